//! The DPP's words, in French and English — one exhaustive `match` per language, so that a missing
//! translation does not compile — the dates of the chapters (absolute, or « J+45 » from the start of
//! the accompaniment), and the names of the places where the anonymity scan finds something in what
//! the chapters quote. The competencies' own wording is the registry's, in French in both languages.

use chrono::NaiveDate;

use crate::domain::evidence::Coverage;
use crate::i18n::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum D {
    Title,
    Certification,
    CertificationLabel,
    Candidate,
    Structure,
    Date,
    Situations,
    SituationsNote,
    CoverageHeading,
    ColCompetency,
    ColEvidence,
    ColCoverage,
    CoverageRule,
    NoPartial,
    Missing,
    NoneMissing,
    RelativeDates,
    Wording,
    NoEvidence,
    Practice,
    ToFill,
    Excerpt,
    Note,
    NoNote,
    DiagnosisOf,
    Revision,
    AxisRecord,
    ObjectiveRecord,
    ActionRecord,
    TieRecord,
    JournalRecord,
    EvaluationRecord,
    SensitiveHidden,
    Annexes,
    Annex,
    Dispositif,
    Synthesis,
    ColDomain,
    ColNeed,
    ColCode,
    NoNeed,
    Plan,
    ColAxis,
    ColObjective,
    ColIndicator,
    ColDeadline,
    ColStatus,
    NoObjective,
    Ecomap,
    EcomapNote,
    ColWith,
    ColStrength,
    ColValence,
    ColFlow,
    NoTie,
    Evaluations,
    ColDate,
    ColKind,
    ScoreT,
    Latest,
    ColPerson,
    ColReferent,
    ColGap,
    PerceptionGap,
    NoEvaluation,
    NoRating,
    DocxNeedsFile,
}

pub fn dt(lang: Lang, d: D) -> &'static str {
    match lang {
        Lang::Fr => fr(d),
        Lang::En => en(d),
    }
}

fn fr(d: D) -> &'static str {
    match d {
        D::Title => "Dossier de pratiques professionnelles",
        D::Certification => "Exercer une mission de référent de parcours santé et social (RS6552)",
        D::CertificationLabel => "Certification",
        D::Candidate => "Candidat",
        D::Structure => "Structure",
        D::Date => "Date",
        D::Situations => "Situations présentées",
        D::SituationsNote => "Chaque situation est désignée par son seul pseudonyme.",
        D::CoverageHeading => "Couverture des compétences",
        D::ColCompetency => "Compétence",
        D::ColEvidence => "Preuves",
        D::ColCoverage => "Couverture",
        D::CoverageRule => {
            "Solide\u{a0}: au moins trois preuves, dont deux avec une note réflexive\u{a0}; en partie\u{a0}: \
             moins que cela\u{a0}; aucune\u{a0}: pas encore de preuve."
        }
        D::NoPartial => "Il n’y a pas de validation partielle\u{a0}: chacune des huit compétences doit être démontrée.",
        D::Missing => "Compétences encore sans preuve",
        D::NoneMissing => "Chacune des huit compétences a au moins une preuve.",
        D::RelativeDates => {
            "Les dates des situations sont écrites en jours depuis le début de l’accompagnement\u{a0}: J+0 \
             est le jour de l’orientation, J+45 quarante-cinq jours plus tard."
        }
        D::Wording => "Intitulé du référentiel",
        D::NoEvidence => {
            "Aucune preuve pour l’instant\u{a0}: cette compétence reste à démontrer avant le dépôt du dossier."
        }
        D::Practice => "Pratique professionnelle",
        D::ToFill => "à compléter",
        D::Excerpt => "Extrait",
        D::Note => "En quoi cela démontre la compétence",
        D::NoNote => "Note réflexive à écrire.",
        D::DiagnosisOf => "diagnostic, domaine",
        D::Revision => "révision",
        D::AxisRecord => "axe d’accompagnement",
        D::ObjectiveRecord => "objectif opérationnel",
        D::ActionRecord => "action",
        D::TieRecord => "lien de l’écocarte avec",
        D::JournalRecord => "journal",
        D::EvaluationRecord => "évaluation",
        D::SensitiveHidden => "Entrée marquée sensible\u{a0}: son résumé n’est pas repris.",
        D::Annexes => "Annexes",
        D::Annex => "Annexe",
        D::Dispositif => "Dispositif",
        D::Synthesis => "Synthèse du diagnostic",
        D::ColDomain => "Domaine",
        D::ColNeed => "Besoin",
        D::ColCode => "Nomenclature SERAFIN-PH",
        D::NoNeed => "Aucun besoin identifié.",
        D::Plan => "Plan d’action",
        D::ColAxis => "Axe",
        D::ColObjective => "Objectif",
        D::ColIndicator => "Indicateur",
        D::ColDeadline => "Échéance",
        D::ColStatus => "Statut",
        D::NoObjective => "Aucun objectif écrit.",
        D::Ecomap => "Écocarte",
        D::EcomapNote => "Liens en cours à la date du dossier.",
        D::ColWith => "Partenaire ou soutien",
        D::ColStrength => "Intensité",
        D::ColValence => "Nature du lien",
        D::ColFlow => "Sens du soutien",
        D::NoTie => "Aucun lien en cours.",
        D::Evaluations => "Évaluations",
        D::ColDate => "Date",
        D::ColKind => "Type",
        D::ScoreT => "Score T",
        D::Latest => "Dernière évaluation",
        D::ColPerson => "Personne",
        D::ColReferent => "Référent",
        D::ColGap => "Écart",
        D::PerceptionGap => "écart de perception",
        D::NoEvaluation => "Aucune évaluation enregistrée.",
        D::NoRating => "Aucune note enregistrée.",
        D::DocxNeedsFile => "Le format docx s’écrit dans un fichier\u{a0}: indiquez --out FICHIER.docx",
    }
}

fn en(d: D) -> &'static str {
    match d {
        D::Title => "Professional practice portfolio (DPP)",
        D::Certification => "Exercer une mission de référent de parcours santé et social (RS6552)",
        D::CertificationLabel => "Certification",
        D::Candidate => "Candidate",
        D::Structure => "Organisation",
        D::Date => "Date",
        D::Situations => "Situations presented",
        D::SituationsNote => "Each situation is named by its pseudonym only.",
        D::CoverageHeading => "Competency coverage",
        D::ColCompetency => "Competency",
        D::ColEvidence => "Evidence",
        D::ColCoverage => "Coverage",
        D::CoverageRule => {
            "Solid: at least three pieces of evidence, two of them with a reflective note; partly: less than \
             that; none: no evidence yet."
        }
        D::NoPartial => "There is no partial validation: each of the eight competencies must be shown.",
        D::Missing => "Competencies still without evidence",
        D::NoneMissing => "Each of the eight competencies has at least one piece of evidence.",
        D::RelativeDates => {
            "Dates of the situations are written in days since the accompaniment began: D+0 is the day of the \
             referral, D+45 forty-five days later."
        }
        D::Wording => "Wording of the standard",
        D::NoEvidence => "No evidence yet: this competency is still to be shown before the portfolio is submitted.",
        D::Practice => "Professional practice",
        D::ToFill => "to fill in",
        D::Excerpt => "Excerpt",
        D::Note => "How this shows the competency",
        D::NoNote => "Reflective note still to write.",
        D::DiagnosisOf => "diagnosis, domain",
        D::Revision => "revision",
        D::AxisRecord => "axis of support",
        D::ObjectiveRecord => "operational objective",
        D::ActionRecord => "action",
        D::TieRecord => "ecomap tie with",
        D::JournalRecord => "journal",
        D::EvaluationRecord => "evaluation",
        D::SensitiveHidden => "Entry marked sensitive: its summary is left out.",
        D::Annexes => "Appendices",
        D::Annex => "Appendix",
        D::Dispositif => "Programme",
        D::Synthesis => "Diagnosis synthesis",
        D::ColDomain => "Domain",
        D::ColNeed => "Need",
        D::ColCode => "SERAFIN-PH nomenclature",
        D::NoNeed => "No need identified.",
        D::Plan => "Action plan",
        D::ColAxis => "Axis",
        D::ColObjective => "Objective",
        D::ColIndicator => "Indicator",
        D::ColDeadline => "Deadline",
        D::ColStatus => "Status",
        D::NoObjective => "No objective written.",
        D::Ecomap => "Ecomap",
        D::EcomapNote => "Ties current on the date of the portfolio.",
        D::ColWith => "Partner or support",
        D::ColStrength => "Strength",
        D::ColValence => "Quality of the tie",
        D::ColFlow => "Direction of support",
        D::NoTie => "No current tie.",
        D::Evaluations => "Evaluations",
        D::ColDate => "Date",
        D::ColKind => "Kind",
        D::ScoreT => "T-score",
        D::Latest => "Latest evaluation",
        D::ColPerson => "Person",
        D::ColReferent => "Case manager",
        D::ColGap => "Gap",
        D::PerceptionGap => "perception gap",
        D::NoEvaluation => "No evaluation recorded.",
        D::NoRating => "No rating recorded.",
        D::DocxNeedsFile => "The docx format is written to a file: give --out FILE.docx",
    }
}

/// « aucune », « en partie », « solide ».
pub fn coverage_word(lang: Lang, c: Coverage) -> &'static str {
    match (lang, c) {
        (Lang::Fr, Coverage::None) => "aucune",
        (Lang::Fr, Coverage::Some) => "en partie",
        (Lang::Fr, Coverage::Solid) => "solide",
        (Lang::En, Coverage::None) => "none",
        (Lang::En, Coverage::Some) => "partly",
        (Lang::En, Coverage::Solid) => "solid",
    }
}

/// How the DPP writes the dates of a situation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateStyle {
    /// « 12/11/2026 ».
    Absolute,
    /// « J+45 »: days since this day, the start of the accompaniment.
    RelativeTo(NaiveDate),
}

/// « 12/11/2026 », or « J+45 » (« D+45 » in English) with a true minus sign before the start.
pub fn situation_date(lang: Lang, style: DateStyle, date: NaiveDate) -> String {
    match style {
        DateStyle::Absolute => crate::domain::date::format_fr(date),
        DateStyle::RelativeTo(start) => {
            let days = crate::domain::date::days_between(start, date);
            let letter = match lang {
                Lang::Fr => "J",
                Lang::En => "D",
            };
            if days < 0 { format!("{letter}−{}", days.unsigned_abs()) } else { format!("{letter}+{days}") }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_dates_count_days_from_the_start() {
        let start = NaiveDate::from_ymd_opt(2026, 4, 24).unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 6, 8).unwrap();
        assert_eq!(situation_date(Lang::Fr, DateStyle::RelativeTo(start), day), "J+45");
        assert_eq!(situation_date(Lang::En, DateStyle::RelativeTo(day), start), "D−45");
        assert_eq!(situation_date(Lang::Fr, DateStyle::Absolute, day), "08/06/2026");
    }
}

//! The DPP's words, in French and English — one exhaustive `match` per language, so that a missing
//! translation does not compile — the dates of the chapters (absolute, or « J+45 » from the start of
//! the accompaniment), and the names of the places where the anonymity scan finds something in what
//! the chapters quote. The competencies' own wording is the registry's, in French in both languages.

use chrono::NaiveDate;

use crate::domain::evidence::Coverage;
use crate::i18n::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DppText {
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

pub fn dpp_words(lang: Lang, d: DppText) -> &'static str {
    match lang {
        Lang::Fr => fr(d),
        Lang::En => en(d),
    }
}

fn fr(d: DppText) -> &'static str {
    match d {
        DppText::Title => "Dossier de pratiques professionnelles",
        DppText::Certification => "Exercer une mission de référent de parcours santé et social (RS6552)",
        DppText::CertificationLabel => "Certification",
        DppText::Candidate => "Candidat",
        DppText::Structure => "Structure",
        DppText::Date => "Date",
        DppText::Situations => "Situations présentées",
        DppText::SituationsNote => "Chaque situation est désignée par son seul pseudonyme.",
        DppText::CoverageHeading => "Couverture des compétences",
        DppText::ColCompetency => "Compétence",
        DppText::ColEvidence => "Preuves",
        DppText::ColCoverage => "Couverture",
        DppText::CoverageRule => {
            "Solide\u{a0}: au moins trois preuves, dont deux avec une note réflexive\u{a0}; en partie\u{a0}: \
             moins que cela\u{a0}; aucune\u{a0}: pas encore de preuve."
        }
        DppText::NoPartial => {
            "Il n’y a pas de validation partielle\u{a0}: chacune des huit compétences doit être démontrée."
        }
        DppText::Missing => "Compétences encore sans preuve",
        DppText::NoneMissing => "Chacune des huit compétences a au moins une preuve.",
        DppText::RelativeDates => {
            "Les dates des situations sont écrites en jours depuis le début de l’accompagnement\u{a0}: J+0 \
             est le jour de l’orientation, J+45 quarante-cinq jours plus tard."
        }
        DppText::Wording => "Intitulé du référentiel",
        DppText::NoEvidence => {
            "Aucune preuve pour l’instant\u{a0}: cette compétence reste à démontrer avant le dépôt du dossier."
        }
        DppText::Practice => "Pratique professionnelle",
        DppText::ToFill => "à compléter",
        DppText::Excerpt => "Extrait",
        DppText::Note => "En quoi cela démontre la compétence",
        DppText::NoNote => "Note réflexive à écrire.",
        DppText::DiagnosisOf => "diagnostic, domaine",
        DppText::Revision => "révision",
        DppText::AxisRecord => "axe d’accompagnement",
        DppText::ObjectiveRecord => "objectif opérationnel",
        DppText::ActionRecord => "action",
        DppText::TieRecord => "lien de l’écocarte avec",
        DppText::JournalRecord => "journal",
        DppText::EvaluationRecord => "évaluation",
        DppText::SensitiveHidden => "Entrée marquée sensible\u{a0}: son résumé n’est pas repris.",
        DppText::Annexes => "Annexes",
        DppText::Annex => "Annexe",
        DppText::Dispositif => "Dispositif",
        DppText::Synthesis => "Synthèse du diagnostic",
        DppText::ColDomain => "Domaine",
        DppText::ColNeed => "Besoin",
        DppText::ColCode => "Nomenclature SERAFIN-PH",
        DppText::NoNeed => "Aucun besoin identifié.",
        DppText::Plan => "Plan d’action",
        DppText::ColAxis => "Axe",
        DppText::ColObjective => "Objectif",
        DppText::ColIndicator => "Indicateur",
        DppText::ColDeadline => "Échéance",
        DppText::ColStatus => "Statut",
        DppText::NoObjective => "Aucun objectif écrit.",
        DppText::Ecomap => "Écocarte",
        DppText::EcomapNote => "Liens en cours à la date du dossier.",
        DppText::ColWith => "Partenaire ou soutien",
        DppText::ColStrength => "Intensité",
        DppText::ColValence => "Nature du lien",
        DppText::ColFlow => "Sens du soutien",
        DppText::NoTie => "Aucun lien en cours.",
        DppText::Evaluations => "Évaluations",
        DppText::ColDate => "Date",
        DppText::ColKind => "Type",
        DppText::ScoreT => "Score T",
        DppText::Latest => "Dernière évaluation",
        DppText::ColPerson => "Personne",
        DppText::ColReferent => "Référent",
        DppText::ColGap => "Écart",
        DppText::PerceptionGap => "écart de perception",
        DppText::NoEvaluation => "Aucune évaluation enregistrée.",
        DppText::NoRating => "Aucune note enregistrée.",
        DppText::DocxNeedsFile => "Le format docx s’écrit dans un fichier\u{a0}: indiquez --out FICHIER.docx",
    }
}

fn en(d: DppText) -> &'static str {
    match d {
        DppText::Title => "Professional practice portfolio (DPP)",
        DppText::Certification => "Exercer une mission de référent de parcours santé et social (RS6552)",
        DppText::CertificationLabel => "Certification",
        DppText::Candidate => "Candidate",
        DppText::Structure => "Organisation",
        DppText::Date => "Date",
        DppText::Situations => "Situations presented",
        DppText::SituationsNote => "Each situation is named by its pseudonym only.",
        DppText::CoverageHeading => "Competency coverage",
        DppText::ColCompetency => "Competency",
        DppText::ColEvidence => "Evidence",
        DppText::ColCoverage => "Coverage",
        DppText::CoverageRule => {
            "Solid: at least three pieces of evidence, two of them with a reflective note; partly: less than \
             that; none: no evidence yet."
        }
        DppText::NoPartial => "There is no partial validation: each of the eight competencies must be shown.",
        DppText::Missing => "Competencies still without evidence",
        DppText::NoneMissing => "Each of the eight competencies has at least one piece of evidence.",
        DppText::RelativeDates => {
            "Dates of the situations are written in days since the accompaniment began: D+0 is the day of the \
             referral, D+45 forty-five days later."
        }
        DppText::Wording => "Wording of the standard",
        DppText::NoEvidence => {
            "No evidence yet: this competency is still to be shown before the portfolio is submitted."
        }
        DppText::Practice => "Professional practice",
        DppText::ToFill => "to fill in",
        DppText::Excerpt => "Excerpt",
        DppText::Note => "How this shows the competency",
        DppText::NoNote => "Reflective note still to write.",
        DppText::DiagnosisOf => "diagnosis, domain",
        DppText::Revision => "revision",
        DppText::AxisRecord => "axis of support",
        DppText::ObjectiveRecord => "operational objective",
        DppText::ActionRecord => "action",
        DppText::TieRecord => "ecomap tie with",
        DppText::JournalRecord => "journal",
        DppText::EvaluationRecord => "evaluation",
        DppText::SensitiveHidden => "Entry marked sensitive: its summary is left out.",
        DppText::Annexes => "Appendices",
        DppText::Annex => "Appendix",
        DppText::Dispositif => "Programme",
        DppText::Synthesis => "Diagnosis synthesis",
        DppText::ColDomain => "Domain",
        DppText::ColNeed => "Need",
        DppText::ColCode => "SERAFIN-PH nomenclature",
        DppText::NoNeed => "No need identified.",
        DppText::Plan => "Action plan",
        DppText::ColAxis => "Axis",
        DppText::ColObjective => "Objective",
        DppText::ColIndicator => "Indicator",
        DppText::ColDeadline => "Deadline",
        DppText::ColStatus => "Status",
        DppText::NoObjective => "No objective written.",
        DppText::Ecomap => "Ecomap",
        DppText::EcomapNote => "Ties current on the date of the portfolio.",
        DppText::ColWith => "Partner or support",
        DppText::ColStrength => "Strength",
        DppText::ColValence => "Quality of the tie",
        DppText::ColFlow => "Direction of support",
        DppText::NoTie => "No current tie.",
        DppText::Evaluations => "Evaluations",
        DppText::ColDate => "Date",
        DppText::ColKind => "Kind",
        DppText::ScoreT => "T-score",
        DppText::Latest => "Latest evaluation",
        DppText::ColPerson => "Person",
        DppText::ColReferent => "Case manager",
        DppText::ColGap => "Gap",
        DppText::PerceptionGap => "perception gap",
        DppText::NoEvaluation => "No evaluation recorded.",
        DppText::NoRating => "No rating recorded.",
        DppText::DocxNeedsFile => "The docx format is written to a file: give --out FILE.docx",
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

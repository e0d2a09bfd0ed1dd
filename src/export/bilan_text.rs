//! The bilan's words, in French and English — one exhaustive `match` per language, so that a
//! missing translation does not compile — and the names of the path's records (journal entries,
//! evaluations) in the anonymity findings that `check` and the exports list.

use crate::domain::evaluation::EvaluationKind;
use crate::domain::journal::JournalKind;
use crate::i18n::evaluation::{evaluation_kind, journal_kind};
use crate::i18n::{Lang, long_date};
use crate::privacy::records::Location;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum B {
    Title,
    Dispositif,
    Since,
    Period,
    From,
    To,
    EvaluationCount,
    PrintedOn,
    NoEvaluation,
    Objectives,
    ColObjective,
    ColWeight,
    ScoreT,
    ObjectivesNote,
    NoGoal,
    Ratings,
    Latest,
    Evolution,
    EvolutionNote,
    ColDomain,
    ColPerson,
    ColReferent,
    ColGap,
    PerceptionGap,
    NoRating,
    Sessions,
    Of,
    Participants,
    Tools,
    PersonView,
    ReferentView,
    Decisions,
    Goals,
    Level,
    Readjustments,
    NoReadjustment,
    Journal,
    ColDate,
    ColKind,
    ColSummary,
    ColPartners,
    JournalEmpty,
    SensitiveLeftOut,
    Sensitive,
    ChartScore,
    AxisDate,
    Reference,
    ChartRatings,
    AxisRating,
    UnknownObjective,
}

pub fn bt(lang: Lang, b: B) -> &'static str {
    match lang {
        Lang::Fr => fr(b),
        Lang::En => en(b),
    }
}

fn fr(b: B) -> &'static str {
    match b {
        B::Title => "Bilan d’évaluation",
        B::Dispositif => "Dispositif",
        B::Since => "Accompagnement depuis le",
        B::Period => "Période évaluée",
        B::From => "du",
        B::To => "au",
        B::EvaluationCount => "évaluations",
        B::PrintedOn => "Édité le",
        B::NoEvaluation => "Aucune évaluation enregistrée.",
        B::Objectives => "Objectifs et échelle d’atteinte (GAS)",
        B::ColObjective => "Objectif",
        B::ColWeight => "Poids",
        B::ScoreT => "Score T",
        B::ObjectivesNote => {
            "Niveaux de −2 à +2, 0 étant le résultat attendu\u{a0}; un score T de 50 correspond au résultat \
                              attendu pour l’ensemble des objectifs, chacun pesant selon son importance et sa \
                              difficulté (score de Kiresuk et Sherman, corrélation ρ\u{a0}= 0,3)."
        }
        B::NoGoal => "Aucun objectif évalué.",
        B::Ratings => "Auto-évaluation et regard du référent",
        B::Latest => "Dernière évaluation",
        B::Evolution => "Évolution",
        B::EvolutionNote => "Chaque case donne la note de la personne puis celle du référent, de 1 à 10.",
        B::ColDomain => "Domaine",
        B::ColPerson => "Personne",
        B::ColReferent => "Référent",
        B::ColGap => "Écart",
        B::PerceptionGap => "écart de perception",
        B::NoRating => "Aucune note enregistrée.",
        B::Sessions => "Évaluations",
        B::Of => "du",
        B::Participants => "Participants",
        B::Tools => "Outils",
        B::PersonView => "Avis de la personne",
        B::ReferentView => "Avis du référent",
        B::Decisions => "Décisions",
        B::Goals => "Niveaux et décisions",
        B::Level => "niveau",
        B::Readjustments => "Réajustements",
        B::NoReadjustment => "Aucun réajustement.",
        B::Journal => "Journal du parcours",
        B::ColDate => "Date",
        B::ColKind => "Type",
        B::ColSummary => "Résumé",
        B::ColPartners => "Partenaires",
        B::JournalEmpty => "Aucune entrée.",
        B::SensitiveLeftOut => "Entrées sensibles non reprises",
        B::Sensitive => "sensible",
        B::ChartScore => "Score T d’une évaluation à l’autre",
        B::AxisDate => "Date de l’évaluation",
        B::Reference => "50 = résultat attendu",
        B::ChartRatings => "Notes de 1 à 10 à la dernière évaluation",
        B::AxisRating => "Note de 1 à 10",
        B::UnknownObjective => "objectif inconnu",
    }
}

fn en(b: B) -> &'static str {
    match b {
        B::Title => "Evaluation review",
        B::Dispositif => "Programme",
        B::Since => "Accompanied since",
        B::Period => "Period evaluated",
        B::From => "from",
        B::To => "to",
        B::EvaluationCount => "evaluations",
        B::PrintedOn => "Printed on",
        B::NoEvaluation => "No evaluation recorded.",
        B::Objectives => "Objectives and goal attainment scaling (GAS)",
        B::ColObjective => "Objective",
        B::ColWeight => "Weight",
        B::ScoreT => "T-score",
        B::ObjectivesNote => {
            "Levels from −2 to +2, 0 being the expected result; a T-score of 50 is the expected result \
                              across all objectives (ρ = 0.3)."
        }
        B::NoGoal => "No objective evaluated.",
        B::Ratings => "Self-rating and case manager’s rating",
        B::Latest => "Latest evaluation",
        B::Evolution => "Over time",
        B::EvolutionNote => "Each cell gives the person’s rating, then the case manager’s, from 1 to 10.",
        B::ColDomain => "Domain",
        B::ColPerson => "Person",
        B::ColReferent => "Case manager",
        B::ColGap => "Gap",
        B::PerceptionGap => "perception gap",
        B::NoRating => "No rating recorded.",
        B::Sessions => "Evaluations",
        B::Of => "of",
        B::Participants => "Participants",
        B::Tools => "Tools",
        B::PersonView => "The person’s view",
        B::ReferentView => "The case manager’s view",
        B::Decisions => "Decisions",
        B::Goals => "Levels and decisions",
        B::Level => "level",
        B::Readjustments => "Readjustments",
        B::NoReadjustment => "No readjustment.",
        B::Journal => "Journal of the path",
        B::ColDate => "Date",
        B::ColKind => "Kind",
        B::ColSummary => "Summary",
        B::ColPartners => "Partners",
        B::JournalEmpty => "No entry.",
        B::SensitiveLeftOut => "Sensitive entries left out",
        B::Sensitive => "sensitive",
        B::ChartScore => "T-score from one evaluation to the next",
        B::AxisDate => "Evaluation date",
        B::Reference => "50 = expected result",
        B::ChartRatings => "Ratings from 1 to 10 at the latest evaluation",
        B::AxisRating => "Rating from 1 to 10",
        B::UnknownObjective => "unknown objective",
    }
}

/// Where in the path a finding lies: « entrée du journal du 13 novembre 2026 (appel), résumé ».
/// A record of the case file is named by [`crate::i18n::record_place`], which calls this one for
/// the others.
pub fn path_place(lang: Lang, location: &Location, field: &str) -> String {
    let record = match location {
        Location::Case(_) => String::new(),
        Location::Journal { date, kind } => journal_place(lang, long_date(lang, *date), *kind),
        Location::Evaluation { date, kind } => evaluation_place(lang, long_date(lang, *date), *kind),
        Location::Evidence { competency, date } => {
            return crate::export::dpp_text::evidence_place(lang, *competency, *date, field);
        }
    };
    format!("{record}, {}", field_name(lang, field))
}

fn journal_place(lang: Lang, date: String, kind: JournalKind) -> String {
    let kind = journal_kind(lang, kind);
    match lang {
        Lang::Fr => format!("entrée du journal du {date} ({kind})"),
        Lang::En => format!("journal entry of {date} ({kind})"),
    }
}

fn evaluation_place(lang: Lang, date: String, kind: EvaluationKind) -> String {
    let kind = evaluation_kind(lang, kind);
    match lang {
        Lang::Fr => format!("évaluation du {date} ({kind})"),
        Lang::En => format!("evaluation of {date} ({kind})"),
    }
}

fn field_name(lang: Lang, field: &str) -> String {
    let named = match (lang, field) {
        (Lang::Fr, "summary") => "résumé",
        (Lang::Fr, "participants") => "participants",
        (Lang::Fr, "tools") => "outils",
        (Lang::Fr, "person_view") => "avis de la personne",
        (Lang::Fr, "referent_view") => "avis du référent",
        (Lang::Fr, "decisions") => "décisions",
        (Lang::En, "person_view") => "person’s view",
        (Lang::En, "referent_view") => "case manager’s view",
        (_, other) => other,
    };
    named.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_records_are_named_by_day_and_kind() {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 13).unwrap();
        let call = Location::Journal { date, kind: JournalKind::Call };
        assert_eq!(path_place(Lang::Fr, &call, "summary"), "entrée du journal du 13 novembre 2026 (appel), résumé");
        let review = Location::Evaluation { date, kind: EvaluationKind::Review };
        assert_eq!(
            path_place(Lang::En, &review, "person_view"),
            "evaluation of 13 November 2026 (review), person’s view"
        );
    }
}

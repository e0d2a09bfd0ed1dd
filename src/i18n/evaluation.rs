//! The journal's and the evaluation's words (C5), in French and English, kept apart from the
//! general texts so that each screen's vocabulary is read in one place.

use super::Lang;
use crate::domain::evaluation::{EvaluationKind, GoalDecision};
use crate::domain::journal::JournalKind;
use crate::domain::timeline::Zoom;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvaluationText {
    DefaultTools,
    DefaultParticipants,
    JournalTitle,
    JournalFilters,
    AllKinds,
    AllPartners,
    WholePath,
    LastMonth,
    LastQuarter,
    LastYear,
    Sensitive,
    SensitiveMark,
    SearchPrompt,
    Partners,
    NoPartner,
    At,
    TimelineTitle,
    ScoreTitle,
    RatingsTitle,
    RatingsNone,
    ColDomain,
    ColPerson,
    ColReferent,
    ColGap,
    PerceptionGap,
    NextEvaluation,
    EvaluationDueSince,
    NoEvaluationYet,
    AccompanimentClosed,
    LegendPerson,
    LegendReferent,
    Expected,
    LastLevel,
    Baseline,
    Weight,
    RatingHint,
    ReferentRatingHint,
    DecisionHint,
    Readjustment,
    Deadline,
    Evaluation,
    ScoreT,
    ThePerson,
    NextOn,
    Shown,
    LateDeadline,
}

pub fn evaluation_words(lang: Lang, e: EvaluationText) -> &'static str {
    match lang {
        Lang::Fr => fr(e),
        Lang::En => en(e),
    }
}

fn fr(e: EvaluationText) -> &'static str {
    match e {
        EvaluationText::DefaultTools => "échelle d’atteinte des objectifs (GAS), auto-évaluation de 1 à 10",
        EvaluationText::DefaultParticipants => "la personne, le référent",
        EvaluationText::JournalTitle => "Journal du parcours",
        EvaluationText::JournalFilters => "Filtres",
        EvaluationText::AllKinds => "tous les types",
        EvaluationText::AllPartners => "tous les partenaires",
        EvaluationText::WholePath => "tout le parcours",
        EvaluationText::LastMonth => "le dernier mois",
        EvaluationText::LastQuarter => "les trois derniers mois",
        EvaluationText::LastYear => "les douze derniers mois",
        EvaluationText::Sensitive => "Information sensible\u{a0}: hors des exports sauf demande expresse.",
        EvaluationText::SensitiveMark => "sensible",
        EvaluationText::SearchPrompt => "Chercher dans le journal",
        EvaluationText::Partners => "Partenaires",
        EvaluationText::NoPartner => "aucun",
        EvaluationText::At => "à",
        EvaluationText::TimelineTitle => "Frise du parcours",
        EvaluationText::ScoreTitle => "Score T (GAS)",
        EvaluationText::RatingsTitle => "Auto-évaluation et regard du référent",
        EvaluationText::RatingsNone => "Aucun domaine noté pour l’instant.",
        EvaluationText::ColDomain => "Domaine",
        EvaluationText::ColPerson => "Pers.",
        EvaluationText::ColReferent => "Réf.",
        EvaluationText::ColGap => "Écart",
        EvaluationText::PerceptionGap => "écart de perception",
        EvaluationText::NextEvaluation => "Prochaine évaluation",
        EvaluationText::EvaluationDueSince => "à prévoir depuis le",
        EvaluationText::NoEvaluationYet => "aucune évaluation encore",
        EvaluationText::AccompanimentClosed => "aucune, l’accompagnement est clos",
        EvaluationText::LegendPerson => "⠒ la personne",
        EvaluationText::LegendReferent => "• le référent",
        EvaluationText::Expected => "attendu",
        EvaluationText::LastLevel => "Dernier niveau",
        EvaluationText::Baseline => "niveau de départ",
        EvaluationText::Weight => "pondération",
        EvaluationText::RatingHint => {
            "Note de la personne\u{a0}: de 1 (très difficile) à 10 (très satisfaisant). ←/→ pour choisir."
        }
        EvaluationText::ReferentRatingHint => "Note du référent, sur la même échelle de 1 à 10. ←/→ pour choisir.",
        EvaluationText::DecisionHint => {
            "Maintenir, réajuster (un nouvel objectif s’écrit ensuite) ou clore l’objectif."
        }
        EvaluationText::Readjustment => "réajustement",
        EvaluationText::Deadline => "échéance",
        EvaluationText::Evaluation => "évaluation",
        EvaluationText::ScoreT => "score T",
        EvaluationText::ThePerson => "la personne",
        EvaluationText::NextOn => "prochaine le",
        EvaluationText::Shown => "Évaluation affichée",
        EvaluationText::LateDeadline => "échéance en retard",
    }
}

fn en(e: EvaluationText) -> &'static str {
    match e {
        EvaluationText::DefaultTools => "goal attainment scaling (GAS), self-rating from 1 to 10",
        EvaluationText::DefaultParticipants => "the person, the case manager",
        EvaluationText::JournalTitle => "Journal of the path",
        EvaluationText::JournalFilters => "Filters",
        EvaluationText::AllKinds => "all kinds",
        EvaluationText::AllPartners => "all partners",
        EvaluationText::WholePath => "whole path",
        EvaluationText::LastMonth => "last month",
        EvaluationText::LastQuarter => "last three months",
        EvaluationText::LastYear => "last twelve months",
        EvaluationText::Sensitive => "Sensitive information: left out of exports unless asked for.",
        EvaluationText::SensitiveMark => "sensitive",
        EvaluationText::SearchPrompt => "Search the journal",
        EvaluationText::Partners => "Partners",
        EvaluationText::NoPartner => "none",
        EvaluationText::At => "at",
        EvaluationText::TimelineTitle => "Timeline of the path",
        EvaluationText::ScoreTitle => "T-score (GAS)",
        EvaluationText::RatingsTitle => "Self-rating and case manager’s view",
        EvaluationText::RatingsNone => "No domain rated yet.",
        EvaluationText::ColDomain => "Domain",
        EvaluationText::ColPerson => "Pers.",
        EvaluationText::ColReferent => "C.M.",
        EvaluationText::ColGap => "Gap",
        EvaluationText::PerceptionGap => "perception gap",
        EvaluationText::NextEvaluation => "Next evaluation",
        EvaluationText::EvaluationDueSince => "due since",
        EvaluationText::NoEvaluationYet => "no evaluation yet",
        EvaluationText::AccompanimentClosed => "none, the accompaniment is closed",
        EvaluationText::LegendPerson => "⠒ the person",
        EvaluationText::LegendReferent => "• the case manager",
        EvaluationText::Expected => "expected",
        EvaluationText::LastLevel => "Last level",
        EvaluationText::Baseline => "baseline",
        EvaluationText::Weight => "weight",
        EvaluationText::RatingHint => "The person’s rating: from 1 (very hard) to 10 (very satisfying). ←/→ to choose.",
        EvaluationText::ReferentRatingHint => "The case manager’s rating, on the same 1 to 10 scale. ←/→ to choose.",
        EvaluationText::DecisionHint => "Keep, readjust (a new objective is written next) or close the objective.",
        EvaluationText::Readjustment => "readjustment",
        EvaluationText::Deadline => "deadline",
        EvaluationText::Evaluation => "evaluation",
        EvaluationText::ScoreT => "T-score",
        EvaluationText::ThePerson => "the person",
        EvaluationText::NextOn => "next on",
        EvaluationText::Shown => "Shown",
        EvaluationText::LateDeadline => "late deadline",
    }
}

pub fn journal_kind(lang: Lang, k: JournalKind) -> &'static str {
    match (lang, k) {
        (Lang::Fr, JournalKind::Appointment) => "rendez-vous",
        (Lang::Fr, JournalKind::HomeVisit) => "visite à domicile",
        (Lang::Fr, JournalKind::Call) => "appel",
        (Lang::Fr, JournalKind::Concertation) => "réunion de concertation",
        (Lang::Fr, JournalKind::Letter) => "courrier",
        (Lang::Fr, JournalKind::Hospitalisation) => "hospitalisation",
        (Lang::Fr, JournalKind::Rupture) => "rupture",
        (Lang::Fr, JournalKind::Transmission) => "transmission",
        (Lang::En, JournalKind::Appointment) => "appointment",
        (Lang::En, JournalKind::HomeVisit) => "home visit",
        (Lang::En, JournalKind::Call) => "call",
        (Lang::En, JournalKind::Concertation) => "case conference",
        (Lang::En, JournalKind::Letter) => "letter",
        (Lang::En, JournalKind::Hospitalisation) => "hospitalisation",
        (Lang::En, JournalKind::Rupture) => "rupture",
        (Lang::En, JournalKind::Transmission) => "transmission",
    }
}

/// The kind in a list's column: « concertation » for « réunion de concertation », the rest whole.
pub fn journal_kind_short(lang: Lang, k: JournalKind) -> &'static str {
    match (lang, k) {
        (Lang::Fr, JournalKind::Concertation) => "concertation",
        (Lang::En, JournalKind::Concertation) => "conference",
        _ => journal_kind(lang, k),
    }
}

pub fn evaluation_kind(lang: Lang, k: EvaluationKind) -> &'static str {
    match (lang, k) {
        (Lang::Fr, EvaluationKind::Checkpoint) => "point d’étape",
        (Lang::Fr, EvaluationKind::Review) => "bilan",
        (Lang::Fr, EvaluationKind::Synthesis) => "synthèse",
        (Lang::En, EvaluationKind::Checkpoint) => "checkpoint",
        (Lang::En, EvaluationKind::Review) => "review",
        (Lang::En, EvaluationKind::Synthesis) => "synthesis",
    }
}

pub fn decision(lang: Lang, d: GoalDecision) -> &'static str {
    match (lang, d) {
        (Lang::Fr, GoalDecision::Keep) => "maintenir",
        (Lang::Fr, GoalDecision::Readjust) => "réajuster",
        (Lang::Fr, GoalDecision::Achieved) => "clore\u{a0}: atteint",
        (Lang::Fr, GoalDecision::PartiallyAchieved) => "clore\u{a0}: partiellement atteint",
        (Lang::Fr, GoalDecision::NotAchieved) => "clore\u{a0}: non atteint",
        (Lang::Fr, GoalDecision::Abandoned) => "clore\u{a0}: abandonné",
        (Lang::En, GoalDecision::Keep) => "keep",
        (Lang::En, GoalDecision::Readjust) => "readjust",
        (Lang::En, GoalDecision::Achieved) => "close: achieved",
        (Lang::En, GoalDecision::PartiallyAchieved) => "close: partially achieved",
        (Lang::En, GoalDecision::NotAchieved) => "close: not achieved",
        (Lang::En, GoalDecision::Abandoned) => "close: abandoned",
    }
}

/// A decision as a document reports it, once taken: « réajusté », « clos (atteint) ».
pub fn decision_taken(lang: Lang, d: GoalDecision) -> &'static str {
    match (lang, d) {
        (Lang::Fr, GoalDecision::Keep) => "maintenu",
        (Lang::Fr, GoalDecision::Readjust) => "réajusté",
        (Lang::Fr, GoalDecision::Achieved) => "clos (atteint)",
        (Lang::Fr, GoalDecision::PartiallyAchieved) => "clos (partiellement atteint)",
        (Lang::Fr, GoalDecision::NotAchieved) => "clos (non atteint)",
        (Lang::Fr, GoalDecision::Abandoned) => "clos (abandonné)",
        (Lang::En, GoalDecision::Keep) => "kept",
        (Lang::En, GoalDecision::Readjust) => "readjusted",
        (Lang::En, GoalDecision::Achieved) => "closed (achieved)",
        (Lang::En, GoalDecision::PartiallyAchieved) => "closed (partially achieved)",
        (Lang::En, GoalDecision::NotAchieved) => "closed (not achieved)",
        (Lang::En, GoalDecision::Abandoned) => "closed (abandoned)",
    }
}

pub fn zoom(lang: Lang, z: Zoom) -> &'static str {
    match (lang, z) {
        (Lang::Fr, Zoom::Month) => "un mois",
        (Lang::Fr, Zoom::Quarter) => "un trimestre",
        (Lang::Fr, Zoom::Year) => "une année",
        (Lang::Fr, Zoom::Whole) => "tout le parcours",
        (Lang::En, Zoom::Month) => "a month",
        (Lang::En, Zoom::Quarter) => "a quarter",
        (Lang::En, Zoom::Year) => "a year",
        (Lang::En, Zoom::Whole) => "the whole path",
    }
}

/// A number with `places` decimals, with the decimal comma in French (« 53,2 »).
pub fn decimal(lang: Lang, value: f64, places: usize) -> String {
    let s = format!("{value:.places$}");
    match lang {
        Lang::Fr => s.replace('.', ","),
        Lang::En => s,
    }
}

/// The prefix of the decision codes in the evaluation form: they share words with the objective's
/// statuses (« achieved ») but not their labels.
pub const DECISION_PREFIX: &str = "decision:";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_follow_the_language() {
        assert_eq!(decimal(Lang::Fr, 53.216, 1), "53,2");
        assert_eq!(decimal(Lang::En, 53.216, 2), "53.22");
    }
}

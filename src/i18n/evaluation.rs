//! The journal's and the evaluation's words (C5), in French and English, kept apart from the
//! general texts so that each screen's vocabulary is read in one place.

use super::Lang;
use crate::domain::evaluation::{EvaluationKind, GoalDecision};
use crate::domain::journal::JournalKind;
use crate::domain::timeline::Zoom;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum E {
    DefaultTools,
    DefaultParticipants,
    JournalTitle,
    JournalEmpty,
    JournalNoMatch,
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
    TimelineEmpty,
    ScoreTitle,
    ScoreNone,
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

pub fn et(lang: Lang, e: E) -> &'static str {
    match lang {
        Lang::Fr => fr(e),
        Lang::En => en(e),
    }
}

fn fr(e: E) -> &'static str {
    match e {
        E::DefaultTools => "échelle d’atteinte des objectifs (GAS), auto-évaluation de 1 à 10",
        E::DefaultParticipants => "la personne, le référent",
        E::JournalTitle => "Journal du parcours",
        E::JournalEmpty => "Rien de noté pour l’instant. « n » ou « i » note une visite, un appel, une réunion.",
        E::JournalNoMatch => "Aucune entrée pour ces filtres. Échap les retire.",
        E::JournalFilters => "Filtres",
        E::AllKinds => "tous les types",
        E::AllPartners => "tous les partenaires",
        E::WholePath => "tout le parcours",
        E::LastMonth => "le dernier mois",
        E::LastQuarter => "les trois derniers mois",
        E::LastYear => "les douze derniers mois",
        E::Sensitive => "Information sensible\u{a0}: hors des exports sauf demande expresse.",
        E::SensitiveMark => "sensible",
        E::SearchPrompt => "Chercher dans le journal",
        E::Partners => "Partenaires",
        E::NoPartner => "aucun",
        E::At => "à",
        E::TimelineTitle => "Frise du parcours",
        E::TimelineEmpty => {
            "Rien dans cette période. «\u{a0}[\u{a0}» et «\u{a0}]\u{a0}» changent de période, «\u{a0}+\u{a0}» et «\u{a0}-\u{a0}» le zoom."
        }
        E::ScoreTitle => "Score T (GAS)",
        E::ScoreNone => "Pas encore de score\u{a0}: « n » ouvre une évaluation avec la personne.",
        E::RatingsTitle => "Auto-évaluation et regard du référent",
        E::RatingsNone => "Aucun domaine noté pour l’instant.",
        E::ColDomain => "Domaine",
        E::ColPerson => "Pers.",
        E::ColReferent => "Réf.",
        E::ColGap => "Écart",
        E::PerceptionGap => "écart de perception",
        E::NextEvaluation => "Prochaine évaluation",
        E::EvaluationDueSince => "à prévoir depuis le",
        E::NoEvaluationYet => "aucune évaluation encore",
        E::AccompanimentClosed => "aucune, l’accompagnement est clos",
        E::LegendPerson => "⠒ la personne",
        E::LegendReferent => "• le référent",
        E::Expected => "attendu",
        E::LastLevel => "Dernier niveau",
        E::Baseline => "niveau de départ",
        E::Weight => "pondération",
        E::RatingHint => "Note de la personne\u{a0}: de 1 (très difficile) à 10 (très satisfaisant). ←/→ pour choisir.",
        E::ReferentRatingHint => "Note du référent, sur la même échelle de 1 à 10. ←/→ pour choisir.",
        E::DecisionHint => "Maintenir, réajuster (un nouvel objectif s’écrit ensuite) ou clore l’objectif.",
        E::Readjustment => "réajustement",
        E::Deadline => "échéance",
        E::Evaluation => "évaluation",
        E::ScoreT => "score T",
        E::ThePerson => "la personne",
        E::NextOn => "prochaine le",
        E::Shown => "Évaluation affichée",
        E::LateDeadline => "échéance en retard",
    }
}

fn en(e: E) -> &'static str {
    match e {
        E::DefaultTools => "goal attainment scaling (GAS), self-rating from 1 to 10",
        E::DefaultParticipants => "the person, the case manager",
        E::JournalTitle => "Journal of the path",
        E::JournalEmpty => "Nothing noted yet. “n” or “i” notes a visit, a call, a meeting.",
        E::JournalNoMatch => "No entry for these filters. Esc clears them.",
        E::JournalFilters => "Filters",
        E::AllKinds => "all kinds",
        E::AllPartners => "all partners",
        E::WholePath => "whole path",
        E::LastMonth => "last month",
        E::LastQuarter => "last three months",
        E::LastYear => "last twelve months",
        E::Sensitive => "Sensitive information: left out of exports unless asked for.",
        E::SensitiveMark => "sensitive",
        E::SearchPrompt => "Search the journal",
        E::Partners => "Partners",
        E::NoPartner => "none",
        E::At => "at",
        E::TimelineTitle => "Timeline of the path",
        E::TimelineEmpty => "Nothing in this period. “[” and “]” change the period, “+” and “-” the zoom.",
        E::ScoreTitle => "T-score (GAS)",
        E::ScoreNone => "No score yet: “n” opens an evaluation with the person.",
        E::RatingsTitle => "Self-rating and case manager’s view",
        E::RatingsNone => "No domain rated yet.",
        E::ColDomain => "Domain",
        E::ColPerson => "Pers.",
        E::ColReferent => "C.M.",
        E::ColGap => "Gap",
        E::PerceptionGap => "perception gap",
        E::NextEvaluation => "Next evaluation",
        E::EvaluationDueSince => "due since",
        E::NoEvaluationYet => "no evaluation yet",
        E::AccompanimentClosed => "none, the accompaniment is closed",
        E::LegendPerson => "⠒ the person",
        E::LegendReferent => "• the case manager",
        E::Expected => "expected",
        E::LastLevel => "Last level",
        E::Baseline => "baseline",
        E::Weight => "weight",
        E::RatingHint => "The person’s rating: from 1 (very hard) to 10 (very satisfying). ←/→ to choose.",
        E::ReferentRatingHint => "The case manager’s rating, on the same 1 to 10 scale. ←/→ to choose.",
        E::DecisionHint => "Keep, readjust (a new objective is written next) or close the objective.",
        E::Readjustment => "readjustment",
        E::Deadline => "deadline",
        E::Evaluation => "evaluation",
        E::ScoreT => "T-score",
        E::ThePerson => "the person",
        E::NextOn => "next on",
        E::Shown => "Shown",
        E::LateDeadline => "late deadline",
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

//! The evaluation with the person (C5): each objective's level on its Goal Attainment Scale, her
//! own rating of each life domain beside the référent's, both views, and what they decide.

use chrono::{Months, NaiveDate};
use serde::{Deserialize, Serialize};

use super::gas::{self, DEFAULT_RHO};
use super::person::PersonId;
use super::plan::{ObjectiveId, ObjectiveStatus};

pub type EvaluationId = i64;

/// Months between two evaluations when nothing else was agreed.
pub const DEFAULT_INTERVAL_MONTHS: u32 = 3;
/// Points between the person's rating and the référent's from which the gap is worth talking about.
pub const PERCEPTION_GAP: u8 = 3;
pub const RATING_MIN: u8 = 1;
pub const RATING_MAX: u8 = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EvaluationKind {
    /// « Point d'étape »: the regular look at the plan.
    Checkpoint,
    /// « Bilan »: at the end of a period or a plan.
    Review,
    /// « Synthèse »: prepared for a synthesis meeting with the partners.
    Synthesis,
}

impl EvaluationKind {
    pub const ALL: [EvaluationKind; 3] =
        [EvaluationKind::Checkpoint, EvaluationKind::Review, EvaluationKind::Synthesis];

    pub fn code(self) -> &'static str {
        match self {
            EvaluationKind::Checkpoint => "checkpoint",
            EvaluationKind::Review => "review",
            EvaluationKind::Synthesis => "synthesis",
        }
    }

    pub fn from_code(code: &str) -> Option<EvaluationKind> {
        EvaluationKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// What the evaluation decides for an objective.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum GoalDecision {
    /// « Maintenir »: it goes on as written.
    Keep,
    /// « Réajuster »: a new objective replaces it, written from the evaluation.
    Readjust,
    Achieved,
    PartiallyAchieved,
    NotAchieved,
    Abandoned,
}

impl GoalDecision {
    pub const ALL: [GoalDecision; 6] = [
        GoalDecision::Keep,
        GoalDecision::Readjust,
        GoalDecision::Achieved,
        GoalDecision::PartiallyAchieved,
        GoalDecision::NotAchieved,
        GoalDecision::Abandoned,
    ];

    pub fn code(self) -> &'static str {
        match self {
            GoalDecision::Keep => "keep",
            GoalDecision::Readjust => "readjust",
            GoalDecision::Achieved => "achieved",
            GoalDecision::PartiallyAchieved => "partially-achieved",
            GoalDecision::NotAchieved => "not-achieved",
            GoalDecision::Abandoned => "abandoned",
        }
    }

    pub fn from_code(code: &str) -> Option<GoalDecision> {
        GoalDecision::ALL.into_iter().find(|d| d.code() == code)
    }

    /// The status that closes the objective; `None` when it stays open (kept, or readjusted once
    /// the new objective is written).
    pub fn closing_status(self) -> Option<ObjectiveStatus> {
        match self {
            GoalDecision::Keep | GoalDecision::Readjust => None,
            GoalDecision::Achieved => Some(ObjectiveStatus::Achieved),
            GoalDecision::PartiallyAchieved => Some(ObjectiveStatus::PartiallyAchieved),
            GoalDecision::NotAchieved => Some(ObjectiveStatus::NotAchieved),
            GoalDecision::Abandoned => Some(ObjectiveStatus::Abandoned),
        }
    }
}

/// An objective's level on its scale at this evaluation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GoalLevel {
    pub objective_id: ObjectiveId,
    /// −2…+2; 0 is the expected result.
    pub level: i8,
    /// Importance × difficulty at the time (1 when not set): kept so that the score can be redone.
    pub weight: f64,
    pub decision: GoalDecision,
}

/// One life domain rated 1–10 by the person and by the référent (each may be missing).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rating {
    pub domain: String,
    pub person: Option<u8>,
    pub referent: Option<u8>,
}

impl Rating {
    /// Person minus référent: positive when she sees it better than the référent does.
    pub fn gap(&self) -> Option<i8> {
        match (self.person, self.referent) {
            (Some(p), Some(r)) => Some(p as i8 - r as i8),
            _ => None,
        }
    }

    pub fn is_perception_gap(&self) -> bool {
        self.gap().is_some_and(|g| g.unsigned_abs() >= PERCEPTION_GAP)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evaluation {
    pub id: EvaluationId,
    pub person_id: PersonId,
    pub date: NaiveDate,
    pub kind: EvaluationKind,
    /// « la personne, sa sœur, l'infirmière du SSIAD »: roles, never names.
    pub participants: String,
    pub tools: String,
    pub person_view: String,
    pub referent_view: String,
    pub decisions: String,
    /// When the next evaluation is planned.
    pub next_date: Option<NaiveDate>,
    pub goals: Vec<GoalLevel>,
    pub ratings: Vec<Rating>,
    /// Computed from `goals` when saved; none without goals.
    pub t_score: Option<f64>,
    /// The ρ the score was computed with.
    pub rho: f64,
}

impl Evaluation {
    pub fn new_draft(person_id: PersonId, today: NaiveDate) -> Evaluation {
        Evaluation {
            id: 0,
            person_id,
            date: today,
            kind: EvaluationKind::Checkpoint,
            participants: String::new(),
            tools: String::new(),
            person_view: String::new(),
            referent_view: String::new(),
            decisions: String::new(),
            next_date: default_next(today),
            goals: Vec::new(),
            ratings: Vec::new(),
            t_score: None,
            rho: DEFAULT_RHO,
        }
    }

    /// The T-score of the goals, with the default ρ; none without goals.
    pub fn scored(mut self) -> Evaluation {
        let goals: Vec<(i8, f64)> = self.goals.iter().map(|g| (g.level, g.weight)).collect();
        self.rho = DEFAULT_RHO;
        self.t_score = gas::t_score(&goals, self.rho).ok();
        self
    }

    pub fn goal(&self, objective: ObjectiveId) -> Option<&GoalLevel> {
        self.goals.iter().find(|g| g.objective_id == objective)
    }

    pub fn rating(&self, domain: &str) -> Option<&Rating> {
        self.ratings.iter().find(|r| r.domain == domain)
    }

    /// The domains rated with a gap of perception, largest first.
    pub fn perception_gaps(&self) -> Vec<&Rating> {
        let mut gaps: Vec<&Rating> = self.ratings.iter().filter(|r| r.is_perception_gap()).collect();
        gaps.sort_by_key(|r| std::cmp::Reverse(r.gap().map(i8::unsigned_abs).unwrap_or(0)));
        gaps
    }
}

/// Three months after `date` (the last day of a shorter month when needed).
pub fn default_next(date: NaiveDate) -> Option<NaiveDate> {
    date.checked_add_months(Months::new(DEFAULT_INTERVAL_MONTHS))
}

/// When the person's next evaluation is due: as agreed at the last one, else three months after
/// it, else three months after the start of the accompaniment. None when nothing says when.
pub fn next_due(last: Option<(NaiveDate, Option<NaiveDate>)>, referral: Option<NaiveDate>) -> Option<NaiveDate> {
    match last {
        Some((date, next)) => next.or_else(|| default_next(date)),
        None => referral.and_then(default_next),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EvaluationProblem {
    DateInFuture,
    /// Neither a level, a rating nor a word: nothing was evaluated.
    Empty,
    RatingOutOfRange,
    LevelOutOfRange,
    /// A goal's weight that no objective gives (importance × difficulty, each at most 3).
    WeightOutOfRange,
    NextBeforeDate,
}

/// The heaviest weight an objective gives its goal: importance 3 × difficulty 3.
pub const MAX_GOAL_WEIGHT: f64 = 9.0;

pub fn validate(e: &Evaluation, today: NaiveDate) -> Vec<EvaluationProblem> {
    let mut out = Vec::new();
    if e.date > today {
        out.push(EvaluationProblem::DateInFuture);
    }
    let said = [&e.person_view, &e.referent_view, &e.decisions].iter().any(|t| !t.trim().is_empty());
    let rated = e.ratings.iter().any(|r| r.person.is_some() || r.referent.is_some());
    if e.goals.is_empty() && !rated && !said {
        out.push(EvaluationProblem::Empty);
    }
    let in_range = |v: Option<u8>| v.is_none_or(|v| (RATING_MIN..=RATING_MAX).contains(&v));
    if e.ratings.iter().any(|r| !in_range(r.person) || !in_range(r.referent)) {
        out.push(EvaluationProblem::RatingOutOfRange);
    }
    if e.goals.iter().any(|g| !(-2..=2).contains(&g.level)) {
        out.push(EvaluationProblem::LevelOutOfRange);
    }
    // Not `!(0..=MAX).contains`: NaN is caught too.
    if e.goals.iter().any(|g| !(0.0..=MAX_GOAL_WEIGHT).contains(&g.weight)) {
        out.push(EvaluationProblem::WeightOutOfRange);
    }
    if e.next_date.is_some_and(|n| n < e.date) {
        out.push(EvaluationProblem::NextBeforeDate);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn goal(id: ObjectiveId, level: i8, weight: f64) -> GoalLevel {
        GoalLevel { objective_id: id, level, weight, decision: GoalDecision::Keep }
    }

    #[test]
    fn the_score_is_computed_from_the_levels() {
        let mut e = Evaluation::new_draft(1, day(2026, 11, 22));
        e.goals = vec![goal(1, 1, 6.0), goal(2, 0, 6.0)];
        let e = e.scored();
        assert!((e.t_score.unwrap() - 56.2017).abs() < 5e-5);
        assert_eq!(e.rho, 0.3);
        let empty = Evaluation::new_draft(1, day(2026, 11, 22)).scored();
        assert_eq!(empty.t_score, None);
    }

    #[test]
    fn gaps_of_three_points_or_more_are_pointed_out_largest_first() {
        let mut e = Evaluation::new_draft(1, day(2026, 11, 22));
        let r = |d: &str, p, x| Rating { domain: d.into(), person: p, referent: x };
        e.ratings = vec![
            r("logement", Some(8), Some(4)),
            r("sante", Some(3), Some(5)),
            r("budget", Some(2), Some(7)),
            r("emploi", Some(6), None),
        ];
        let gaps: Vec<&str> = e.perception_gaps().iter().map(|r| r.domain.as_str()).collect();
        assert_eq!(gaps, ["budget", "logement"]);
        assert_eq!(e.ratings[2].gap(), Some(-5));
        assert_eq!(e.ratings[3].gap(), None);
    }

    #[test]
    fn next_evaluation_defaults_to_three_months() {
        assert_eq!(default_next(day(2026, 11, 30)), Some(day(2027, 2, 28)));
        assert_eq!(next_due(Some((day(2026, 9, 1), None)), None), Some(day(2026, 12, 1)));
        assert_eq!(next_due(Some((day(2026, 9, 1), Some(day(2026, 10, 15)))), None), Some(day(2026, 10, 15)));
        assert_eq!(next_due(None, Some(day(2026, 1, 10))), Some(day(2026, 4, 10)));
        assert_eq!(next_due(None, None), None);
    }

    #[test]
    fn validation_names_each_problem() {
        let today = day(2026, 11, 22);
        let mut e = Evaluation::new_draft(1, today);
        assert_eq!(validate(&e, today), vec![EvaluationProblem::Empty]);
        e.person_view = "Ça va mieux depuis que l'aide à domicile passe.".into();
        assert!(validate(&e, today).is_empty());
        e.date = day(2026, 11, 23);
        e.ratings = vec![Rating { domain: "sante".into(), person: Some(11), referent: None }];
        e.goals = vec![goal(1, 3, 1.0), goal(2, 1, 1e308), goal(3, 1, f64::NAN)];
        e.next_date = Some(day(2026, 11, 1));
        assert_eq!(
            validate(&e, today),
            vec![
                EvaluationProblem::DateInFuture,
                EvaluationProblem::RatingOutOfRange,
                EvaluationProblem::LevelOutOfRange,
                EvaluationProblem::WeightOutOfRange,
                EvaluationProblem::NextBeforeDate
            ]
        );
    }

    #[test]
    fn decisions_close_or_keep() {
        assert_eq!(GoalDecision::Keep.closing_status(), None);
        assert_eq!(GoalDecision::Readjust.closing_status(), None);
        assert_eq!(GoalDecision::Achieved.closing_status(), Some(ObjectiveStatus::Achieved));
        for d in GoalDecision::ALL {
            assert_eq!(GoalDecision::from_code(d.code()), Some(d));
        }
    }
}

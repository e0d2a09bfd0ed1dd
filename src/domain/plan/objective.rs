//! « Objectif opérationnel » (C4): measurable, dated, with its Goal Attainment Scale written
//! when it is set, so that the evaluation later compares with what was agreed.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::NeedRef;
use super::axis::AxisId;

pub type ObjectiveId = i64;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ObjectiveStatus {
    Upcoming,
    InProgress,
    Achieved,
    PartiallyAchieved,
    NotAchieved,
    Abandoned,
    Readjusted,
}

impl ObjectiveStatus {
    pub const ALL: [ObjectiveStatus; 7] = [
        ObjectiveStatus::Upcoming,
        ObjectiveStatus::InProgress,
        ObjectiveStatus::Achieved,
        ObjectiveStatus::PartiallyAchieved,
        ObjectiveStatus::NotAchieved,
        ObjectiveStatus::Abandoned,
        ObjectiveStatus::Readjusted,
    ];

    pub fn code(self) -> &'static str {
        match self {
            ObjectiveStatus::Upcoming => "upcoming",
            ObjectiveStatus::InProgress => "in-progress",
            ObjectiveStatus::Achieved => "achieved",
            ObjectiveStatus::PartiallyAchieved => "partially-achieved",
            ObjectiveStatus::NotAchieved => "not-achieved",
            ObjectiveStatus::Abandoned => "abandoned",
            ObjectiveStatus::Readjusted => "readjusted",
        }
    }

    pub fn from_code(code: &str) -> Option<ObjectiveStatus> {
        ObjectiveStatus::ALL.into_iter().find(|s| s.code() == code)
    }

    /// Still being worked on: its deadline matters.
    pub fn is_open(self) -> bool {
        matches!(self, ObjectiveStatus::Upcoming | ObjectiveStatus::InProgress)
    }
}

/// The five levels of a Goal Attainment Scale, written with the person when the objective is set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GasScale {
    /// Descriptions of levels −2, −1, 0 (expected result), +1, +2.
    pub levels: [String; 5],
    /// Where the person stands when the objective is set: −1 or −2.
    pub baseline: i8,
    /// 0–3, how much the objective matters.
    pub importance: u8,
    /// 0–3, how hard it is expected to be.
    pub difficulty: u8,
}

impl Default for GasScale {
    fn default() -> Self {
        GasScale { levels: Default::default(), baseline: -1, importance: 1, difficulty: 1 }
    }
}

impl GasScale {
    /// Weight in the T-score: importance × difficulty when both are set, else 1.
    pub fn weight(&self) -> f64 {
        if self.importance > 0 && self.difficulty > 0 { f64::from(self.importance * self.difficulty) } else { 1.0 }
    }

    pub fn is_written(&self) -> bool {
        self.levels.iter().all(|l| !l.trim().is_empty())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Objective {
    pub id: ObjectiveId,
    pub axis_id: AxisId,
    pub position: i64,
    pub title: String,
    /// How attainment is measured.
    pub indicator: String,
    pub expected_result: String,
    pub deadline: Option<NaiveDate>,
    pub status: ObjectiveStatus,
    pub gas: GasScale,
    pub person_view: String,
    pub needs: Vec<NeedRef>,
    /// The objective this one readjusts; the old one keeps its history with status « réajusté ».
    pub replaces: Option<ObjectiveId>,
    pub created_on: NaiveDate,
    pub archived: bool,
}

impl Objective {
    pub fn new_draft(axis_id: AxisId, today: NaiveDate) -> Objective {
        Objective {
            id: 0,
            axis_id,
            position: 0,
            title: String::new(),
            indicator: String::new(),
            expected_result: String::new(),
            deadline: None,
            status: ObjectiveStatus::Upcoming,
            gas: GasScale::default(),
            person_view: String::new(),
            needs: Vec::new(),
            replaces: None,
            created_on: today,
            archived: false,
        }
    }

    /// Open and past its deadline.
    pub fn is_late(&self, today: NaiveDate) -> bool {
        self.status.is_open() && !self.archived && self.deadline.is_some_and(|d| d < today)
    }

    /// The new objective that readjusts this one: same axis and needs, a fresh start today.
    pub fn readjusted(&self, today: NaiveDate) -> Objective {
        Objective {
            id: 0,
            status: ObjectiveStatus::InProgress,
            replaces: Some(self.id),
            created_on: today,
            deadline: None,
            ..self.clone()
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ObjectiveProblem {
    TitleEmpty,
    /// A deadline before the day the objective was set.
    DeadlineBeforeCreation,
    BaselineOutOfRange,
    WeightOutOfRange,
}

pub fn validate(o: &Objective) -> Vec<ObjectiveProblem> {
    let mut problems = Vec::new();
    if o.title.trim().is_empty() {
        problems.push(ObjectiveProblem::TitleEmpty);
    }
    if o.deadline.is_some_and(|d| d < o.created_on) {
        problems.push(ObjectiveProblem::DeadlineBeforeCreation);
    }
    if !matches!(o.gas.baseline, -2 | -1) {
        problems.push(ObjectiveProblem::BaselineOutOfRange);
    }
    if o.gas.importance > 3 || o.gas.difficulty > 3 {
        problems.push(ObjectiveProblem::WeightOutOfRange);
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    #[test]
    fn deadline_before_creation_is_refused() {
        let mut o = Objective::new_draft(1, day(11, 22));
        o.title = "Obtenir le FSL".into();
        assert!(validate(&o).is_empty());
        o.deadline = Some(day(11, 21));
        assert_eq!(validate(&o), vec![ObjectiveProblem::DeadlineBeforeCreation]);
        o.deadline = Some(day(11, 22));
        assert!(validate(&o).is_empty());
    }

    #[test]
    fn gas_rules() {
        let mut o = Objective::new_draft(1, day(11, 22));
        o.title = "x".into();
        o.gas.baseline = 0;
        o.gas.importance = 4;
        assert_eq!(validate(&o), vec![ObjectiveProblem::BaselineOutOfRange, ObjectiveProblem::WeightOutOfRange]);
        let gas = GasScale { importance: 3, difficulty: 2, ..GasScale::default() };
        assert_eq!(gas.weight(), 6.0);
        let gas = GasScale { importance: 0, difficulty: 2, ..GasScale::default() };
        assert_eq!(gas.weight(), 1.0);
    }

    #[test]
    fn lateness_and_readjustment() {
        let mut o = Objective::new_draft(4, day(9, 1));
        o.id = 9;
        o.deadline = Some(day(11, 1));
        assert!(o.is_late(day(11, 2)));
        assert!(!o.is_late(day(11, 1)));
        o.status = ObjectiveStatus::Achieved;
        assert!(!o.is_late(day(11, 2)));
        let r = o.readjusted(day(11, 22));
        assert_eq!((r.id, r.replaces, r.axis_id, r.created_on), (0, Some(9), 4, day(11, 22)));
        assert_eq!(r.status, ObjectiveStatus::InProgress);
    }

    #[test]
    fn status_codes_round_trip() {
        for s in ObjectiveStatus::ALL {
            assert_eq!(ObjectiveStatus::from_code(s.code()), Some(s));
        }
    }
}

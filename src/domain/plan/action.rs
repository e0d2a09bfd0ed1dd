//! Actions: the concrete steps under an objective, each carried by someone with a due date.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::objective::ObjectiveId;
use crate::domain::partner::PartnerId;

pub type ActionId = i64;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ActionStatus {
    Todo,
    InProgress,
    Done,
    Cancelled,
}

impl ActionStatus {
    pub const ALL: [ActionStatus; 4] =
        [ActionStatus::Todo, ActionStatus::InProgress, ActionStatus::Done, ActionStatus::Cancelled];

    pub fn code(self) -> &'static str {
        match self {
            ActionStatus::Todo => "todo",
            ActionStatus::InProgress => "in-progress",
            ActionStatus::Done => "done",
            ActionStatus::Cancelled => "cancelled",
        }
    }

    pub fn from_code(code: &str) -> Option<ActionStatus> {
        ActionStatus::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn is_open(self) -> bool {
        matches!(self, ActionStatus::Todo | ActionStatus::InProgress)
    }
}

/// Who carries an action: the person herself, the référent, or a partner of the territory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Carrier {
    Person,
    Referent,
    Partner(PartnerId),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanAction {
    pub id: ActionId,
    pub objective_id: ObjectiveId,
    pub position: i64,
    /// What is to be done (« Déposer le dossier FSL »).
    pub what: String,
    pub carrier: Carrier,
    pub start: Option<NaiveDate>,
    pub due: Option<NaiveDate>,
    pub done_on: Option<NaiveDate>,
    pub status: ActionStatus,
    /// A SERAFIN-PH service (« 2.3.5.1 »), when the action is one.
    pub serafin_service: Option<String>,
    pub archived: bool,
}

impl PlanAction {
    pub fn new_draft(objective_id: ObjectiveId, today: NaiveDate) -> PlanAction {
        PlanAction {
            id: 0,
            objective_id,
            position: 0,
            what: String::new(),
            carrier: Carrier::Referent,
            start: Some(today),
            due: None,
            done_on: None,
            status: ActionStatus::Todo,
            serafin_service: None,
            archived: false,
        }
    }

    /// Open and past its due date.
    pub fn is_late(&self, today: NaiveDate) -> bool {
        self.status.is_open() && !self.archived && self.due.is_some_and(|d| d < today)
    }

    /// Marked done today (the quick key).
    pub fn done(&self, today: NaiveDate) -> PlanAction {
        PlanAction { status: ActionStatus::Done, done_on: Some(today), ..self.clone() }
    }
}

/// A postponement, kept in the journal of the action: when it was moved, from what to what, why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Postponement {
    pub action_id: ActionId,
    pub on: NaiveDate,
    pub from: Option<NaiveDate>,
    pub to: NaiveDate,
    pub reason: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionProblem {
    WhatEmpty,
    /// Due before it starts.
    DueBeforeStart,
    /// Done before it started.
    DoneBeforeStart,
    UnknownService,
    /// A postponement needs a reason and a new date that is not in the past.
    ReasonEmpty,
    NewDateInPast,
}

pub fn validate(a: &PlanAction, known_service: impl Fn(&str) -> bool) -> Vec<ActionProblem> {
    let mut problems = Vec::new();
    if a.what.trim().is_empty() {
        problems.push(ActionProblem::WhatEmpty);
    }
    if let (Some(start), Some(due)) = (a.start, a.due)
        && due < start
    {
        problems.push(ActionProblem::DueBeforeStart);
    }
    if let (Some(start), Some(done)) = (a.start, a.done_on)
        && done < start
    {
        problems.push(ActionProblem::DoneBeforeStart);
    }
    if a.serafin_service.as_deref().is_some_and(|c| !known_service(c)) {
        problems.push(ActionProblem::UnknownService);
    }
    problems
}

/// Checks a postponement before it is recorded.
pub fn validate_postponement(p: &Postponement) -> Vec<ActionProblem> {
    let mut problems = Vec::new();
    if p.to < p.on {
        problems.push(ActionProblem::NewDateInPast);
    }
    if p.reason.trim().is_empty() {
        problems.push(ActionProblem::ReasonEmpty);
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
    fn end_before_start_is_refused() {
        let mut a = PlanAction::new_draft(1, day(11, 10));
        a.what = "Déposer le dossier FSL".into();
        assert!(validate(&a, |_| true).is_empty());
        a.due = Some(day(11, 9));
        a.done_on = Some(day(11, 1));
        a.serafin_service = Some("9.9".into());
        assert_eq!(
            validate(&a, |c| c == "2.3.5.1"),
            vec![ActionProblem::DueBeforeStart, ActionProblem::DoneBeforeStart, ActionProblem::UnknownService]
        );
    }

    #[test]
    fn late_until_done() {
        let mut a = PlanAction::new_draft(1, day(10, 1));
        a.due = Some(day(11, 1));
        assert!(a.is_late(day(11, 22)));
        let done = a.done(day(11, 22));
        assert_eq!((done.status, done.done_on), (ActionStatus::Done, Some(day(11, 22))));
        assert!(!done.is_late(day(11, 22)));
        a.status = ActionStatus::Cancelled;
        assert!(!a.is_late(day(11, 22)));
    }

    #[test]
    fn postponement_needs_a_reason_and_a_future_date() {
        let p =
            Postponement { action_id: 1, on: day(11, 22), from: Some(day(11, 1)), to: day(11, 21), reason: " ".into() };
        assert_eq!(validate_postponement(&p), vec![ActionProblem::NewDateInPast, ActionProblem::ReasonEmpty]);
        let p = Postponement { to: day(12, 5), reason: "Attente du rendez-vous MDPH".into(), ..p };
        assert!(validate_postponement(&p).is_empty());
    }

    #[test]
    fn status_codes_round_trip() {
        for s in ActionStatus::ALL {
            assert_eq!(ActionStatus::from_code(s.code()), Some(s));
        }
    }
}

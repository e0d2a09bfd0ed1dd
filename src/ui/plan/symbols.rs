//! States carry a symbol as well as a colour, so the plan reads without colour.

use crate::domain::plan::{ActionStatus, ObjectiveStatus};
use crate::theme::Role;

pub fn objective_symbol(s: ObjectiveStatus) -> (&'static str, Role) {
    match s {
        ObjectiveStatus::Upcoming => ("○", Role::Muted),
        ObjectiveStatus::InProgress => ("◐", Role::Info),
        ObjectiveStatus::Achieved => ("●", Role::Success),
        ObjectiveStatus::PartiallyAchieved => ("◑", Role::Success),
        ObjectiveStatus::NotAchieved => ("✗", Role::Warning),
        ObjectiveStatus::Abandoned => ("–", Role::Muted),
        ObjectiveStatus::Readjusted => ("↻", Role::Muted),
    }
}

pub fn action_symbol(s: ActionStatus) -> (&'static str, Role) {
    match s {
        ActionStatus::Todo => ("☐", Role::Base),
        ActionStatus::InProgress => ("◔", Role::Info),
        ActionStatus::Done => ("☑", Role::Success),
        ActionStatus::Cancelled => ("✗", Role::Muted),
    }
}

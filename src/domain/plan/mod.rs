//! The personalised plan (C3, C4): axes d'accompagnement → objectifs opérationnels → actions,
//! each step with the person's own view (« avis de la personne »).

pub mod action;
pub mod axis;
pub mod check;
pub mod deadline;
pub mod objective;

use serde::{Deserialize, Serialize};

pub use action::{ActionId, ActionStatus, Carrier, PlanAction, Postponement};
pub use axis::{Axis, AxisId};
pub use objective::{GasScale, Objective, ObjectiveId, ObjectiveStatus};

/// A need of the diagnosis an axis or objective answers, by domain key and the need's text:
/// the same need keeps its meaning across revisions as long as its words stay.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct NeedRef {
    pub domain: String,
    pub text: String,
}

/// One person's whole plan, each list in display order (by position).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    pub axes: Vec<Axis>,
    pub objectives: Vec<Objective>,
    pub actions: Vec<PlanAction>,
}

impl Plan {
    pub fn objectives_of(&self, axis: AxisId) -> impl Iterator<Item = &Objective> {
        self.objectives.iter().filter(move |o| o.axis_id == axis)
    }

    pub fn actions_of(&self, objective: ObjectiveId) -> impl Iterator<Item = &PlanAction> {
        self.actions.iter().filter(move |a| a.objective_id == objective)
    }

    pub fn objective(&self, id: ObjectiveId) -> Option<&Objective> {
        self.objectives.iter().find(|o| o.id == id)
    }

    pub fn axis(&self, id: AxisId) -> Option<&Axis> {
        self.axes.iter().find(|a| a.id == id)
    }

    pub fn action(&self, id: ActionId) -> Option<&PlanAction> {
        self.actions.iter().find(|a| a.id == id)
    }
}

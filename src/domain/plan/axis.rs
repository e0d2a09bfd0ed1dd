//! « Axe d'accompagnement » (C3): a direction of the accompaniment, agreed with the person.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::NeedRef;
use crate::domain::person::PersonId;

pub type AxisId = i64;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Axis {
    pub id: AxisId,
    pub person_id: PersonId,
    /// Order among the person's axes (0 first).
    pub position: i64,
    pub title: String,
    /// Why this axis, from the diagnosis.
    pub rationale: String,
    pub needs: Vec<NeedRef>,
    /// How the person takes part (« modalités de participation »).
    pub participation: String,
    /// « Avis de la personne ».
    pub person_view: String,
    pub created_on: NaiveDate,
    pub archived: bool,
}

impl Axis {
    pub fn new_draft(person_id: PersonId, today: NaiveDate) -> Axis {
        Axis {
            id: 0,
            person_id,
            position: 0,
            title: String::new(),
            rationale: String::new(),
            needs: Vec::new(),
            participation: String::new(),
            person_view: String::new(),
            created_on: today,
            archived: false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AxisProblem {
    TitleEmpty,
}

pub fn validate(axis: &Axis) -> Vec<AxisProblem> {
    if axis.title.trim().is_empty() { vec![AxisProblem::TitleEmpty] } else { Vec::new() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_axis_needs_a_title() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let mut a = Axis::new_draft(1, today);
        assert_eq!(validate(&a), vec![AxisProblem::TitleEmpty]);
        a.title = "Rester chez soi en sécurité".into();
        assert!(validate(&a).is_empty());
    }
}

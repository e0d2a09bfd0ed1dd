//! Consistency the référent wants pointed out, gently: what the plan forgets or lets slip.

use chrono::NaiveDate;

use super::{ActionId, NeedRef, ObjectiveId, ObjectiveStatus, Plan};
use crate::domain::diagnosis::{DiagnosisEntry, Priority};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanWarning {
    /// A need the person or the référent ranked high that no objective answers, open or achieved.
    PriorityNeedUnaddressed(NeedRef),
    ObjectiveWithoutAction(ObjectiveId),
    ObjectiveWithoutIndicator(ObjectiveId),
    ObjectiveLate(ObjectiveId),
    ActionLate(ActionId),
}

/// Warnings in reading order: needs first (the plan's purpose), then objective by objective.
pub fn check(plan: &Plan, latest: &[DiagnosisEntry], today: NaiveDate) -> Vec<PlanWarning> {
    let mut out = Vec::new();
    let live_objectives: Vec<_> = plan
        .objectives
        .iter()
        .filter(|o| !o.archived && o.status.is_open())
        .filter(|o| plan.axis(o.axis_id).is_some_and(|a| !a.archived))
        .collect();
    // An achieved objective has answered its needs: pointing them out again would send the référent
    // looking for a gap that is not there. One not achieved, abandoned or readjusted has not.
    let answering: Vec<_> = plan
        .objectives
        .iter()
        .filter(|o| !o.archived && (o.status.is_open() || o.status == ObjectiveStatus::Achieved))
        .filter(|o| plan.axis(o.axis_id).is_some_and(|a| !a.archived))
        .collect();
    for entry in latest {
        if entry.priority_person != Priority::High && entry.priority_referent != Priority::High {
            continue;
        }
        for need in &entry.needs {
            let r = NeedRef { domain: entry.domain.clone(), text: need.text.clone() };
            if !answering.iter().any(|o| o.needs.contains(&r)) {
                out.push(PlanWarning::PriorityNeedUnaddressed(r));
            }
        }
    }
    for o in &live_objectives {
        let actions: Vec<_> = plan.actions_of(o.id).filter(|a| !a.archived).collect();
        if actions.is_empty() {
            out.push(PlanWarning::ObjectiveWithoutAction(o.id));
        }
        if o.indicator.trim().is_empty() {
            out.push(PlanWarning::ObjectiveWithoutIndicator(o.id));
        }
        if o.is_late(today) {
            out.push(PlanWarning::ObjectiveLate(o.id));
        }
        for a in actions {
            if a.is_late(today) {
                out.push(PlanWarning::ActionLate(a.id));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::diagnosis::Need;
    use crate::domain::plan::{Axis, Objective, PlanAction};

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn entry(domain: &str, need: &str, person: Priority) -> DiagnosisEntry {
        let mut e = DiagnosisEntry::new_draft(1, domain, day(9, 1));
        e.situation = "…".into();
        e.needs.push(Need { text: need.into(), serafin_code: None });
        e.priority_person = person;
        e
    }

    #[test]
    fn flags_what_a_careful_referent_would() {
        let mut axis = Axis::new_draft(1, day(9, 1));
        axis.id = 1;
        axis.title = "Logement".into();
        let mut o1 = Objective::new_draft(1, day(9, 1));
        o1.id = 10;
        o1.title = "Maintien".into();
        o1.needs.push(NeedRef { domain: "logement".into(), text: "Rester chez soi".into() });
        o1.deadline = Some(day(11, 1));
        let mut o2 = Objective::new_draft(1, day(9, 1));
        o2.id = 11;
        o2.title = "Budget".into();
        o2.indicator = "Plan d’apurement tenu trois mois".into();
        let mut late = PlanAction::new_draft(11, day(9, 1));
        late.id = 100;
        late.due = Some(day(10, 15));
        let plan = Plan { axes: vec![axis], objectives: vec![o1, o2], actions: vec![late] };
        let latest = vec![
            entry("logement", "Rester chez soi", Priority::High),
            entry("sante", "Suivi psychiatrique", Priority::High),
            entry("mobilite", "Permis", Priority::Low),
        ];
        assert_eq!(
            check(&plan, &latest, day(11, 22)),
            vec![
                PlanWarning::PriorityNeedUnaddressed(NeedRef {
                    domain: "sante".into(),
                    text: "Suivi psychiatrique".into()
                }),
                PlanWarning::ObjectiveWithoutAction(10),
                PlanWarning::ObjectiveWithoutIndicator(10),
                PlanWarning::ObjectiveLate(10),
                PlanWarning::ActionLate(100),
            ]
        );
    }

    #[test]
    fn closed_or_archived_objectives_do_not_count_as_answers() {
        let mut axis = Axis::new_draft(1, day(9, 1));
        axis.id = 1;
        let mut o = Objective::new_draft(1, day(9, 1));
        o.id = 10;
        o.needs.push(NeedRef { domain: "logement".into(), text: "Rester chez soi".into() });
        o.status = crate::domain::plan::ObjectiveStatus::Abandoned;
        let plan = Plan { axes: vec![axis], objectives: vec![o], actions: vec![] };
        let latest = vec![entry("logement", "Rester chez soi", Priority::High)];
        assert_eq!(check(&plan, &latest, day(11, 22)).len(), 1);
    }

    #[test]
    fn an_achieved_objective_has_answered_its_need() {
        let mut axis = Axis::new_draft(1, day(9, 1));
        axis.id = 1;
        let mut o = Objective::new_draft(1, day(9, 1));
        o.id = 10;
        o.indicator = "Barres d’appui posées".into();
        o.needs.push(NeedRef { domain: "logement".into(), text: "Sécuriser le domicile".into() });
        o.status = ObjectiveStatus::Achieved;
        let plan = Plan { axes: vec![axis], objectives: vec![o], actions: vec![] };
        let latest = vec![entry("logement", "Sécuriser le domicile", Priority::High)];
        assert_eq!(check(&plan, &latest, day(11, 22)), vec![], "achieved, and closed: nothing to point out");
        let mut plan = plan;
        plan.objectives[0].status = ObjectiveStatus::NotAchieved;
        assert_eq!(check(&plan, &latest, day(11, 22)).len(), 1, "not achieved: the need is still open");
    }
}

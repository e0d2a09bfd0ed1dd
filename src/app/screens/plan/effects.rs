//! The plan's effects, run against the store: each change is one transaction in the store, and
//! its result comes back as a message naming the item to keep selected.

use super::PlanItem;
use crate::app::effect::Effect;
use crate::app::model::Model;
use crate::app::msg::{Msg, PlanChange};
use crate::store::{Store, StoreError};

/// Runs one of the plan's effects; the runtime sends no other here (`None` for those).
pub(crate) fn run(store: &mut Store, effect: Effect, m: &Model) -> Option<Result<Msg, StoreError>> {
    let person = m.person.as_ref().map(|p| p.case.person.id).unwrap_or(0);
    let saved = |item: PlanItem, change: PlanChange| Msg::PlanSaved(person, item, change);
    Some(match effect {
        Effect::LoadPlan(id) => load(store, id),
        Effect::SaveAxis(a) => store.save_axis(&a).map(|a| saved(PlanItem::Axis(a.id), PlanChange::Saved)),
        Effect::SaveObjective(o) => {
            store.save_objective(&o).map(|o| saved(PlanItem::Objective(o.id), PlanChange::Saved))
        }
        Effect::Readjust(old, o) => {
            store.readjust_objective(old, &o).map(|o| saved(PlanItem::Objective(o.id), PlanChange::Readjusted))
        }
        Effect::SaveAction(a) => store.save_action(&a).map(|a| saved(PlanItem::Action(a.id), PlanChange::Saved)),
        Effect::MarkDone(id, on) => {
            store.mark_action_done(id, on).map(|a| saved(PlanItem::Action(a.id), PlanChange::Done))
        }
        Effect::ReopenAction(id, status) => {
            store.reopen_action(id, status).map(|a| saved(PlanItem::Action(a.id), PlanChange::Reopened))
        }
        Effect::Postpone(p) => store.postpone_action(&p).map(|a| saved(PlanItem::Action(a.id), PlanChange::Postponed)),
        Effect::ArchiveItem(item) => match item {
            PlanItem::Axis(id) => store.set_axis_archived(id, true),
            PlanItem::Objective(id) => store.set_objective_archived(id, true),
            PlanItem::Action(id) => store.set_action_archived(id, true),
        }
        .map(|_| saved(item, PlanChange::Archived)),
        Effect::RestoreItem(item) => match item {
            PlanItem::Axis(id) => store.set_axis_archived(id, false),
            PlanItem::Objective(id) => store.set_objective_archived(id, false),
            PlanItem::Action(id) => store.set_action_archived(id, false),
        }
        .map(|_| saved(item, PlanChange::Restored)),
        Effect::MoveItem(item, delta) => match item {
            PlanItem::Axis(id) => store.move_axis(id, delta),
            PlanItem::Objective(id) => store.move_objective(id, delta),
            PlanItem::Action(id) => store.move_action(id, delta),
        }
        .map(|_| saved(item, PlanChange::Moved)),
        Effect::LoadPostponements(id) => store.postponements(id).map(|list| Msg::PostponementsLoaded(id, list)),
        Effect::LoadDeadlines(until) => store.deadlines(until).map(Msg::DeadlinesLoaded),
        _ => return None,
    })
}

/// A person's plan, with the directory its carriers are named from.
pub(crate) fn load(store: &Store, id: crate::domain::person::PersonId) -> Result<Msg, StoreError> {
    store.plan(id).and_then(|plan| store.partners(true).map(|partners| Msg::PlanLoaded(id, plan, partners)))
}

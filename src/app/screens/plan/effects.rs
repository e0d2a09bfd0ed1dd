//! The plan's and the directory's effects, run against the store: each change is one transaction in the store, and
//! its result comes back as a message naming the item to keep selected.

use crate::app::effect::Effect;
use crate::app::model::Model;
use crate::app::msg::{Msg, PlanChange};
use crate::app::runtime::failed;
use crate::app::screens::plan::PlanItem;
use crate::i18n::{Say, say};
use crate::store::{Store, StoreError};

pub(crate) fn run(store: &mut Store, effect: Effect, m: &Model) -> Vec<Msg> {
    let person = m.person.as_ref().map(|p| p.person.id).unwrap_or(0);
    let saved = |item: PlanItem, change: PlanChange| Msg::PlanSaved(person, item, change);
    let result: Result<Msg, StoreError> = match effect {
        Effect::LoadPlan(id) => {
            store.plan(id).and_then(|plan| store.partners(true).map(|partners| Msg::PlanLoaded(id, plan, partners)))
        }
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
        Effect::LoadDirectory => store.partners(true).map(Msg::DirectoryLoaded),
        Effect::SavePartner(p) => {
            // Two structures of the same name would be one too many in a directory.
            let clash = store
                .partners(true)
                .map(|all| all.iter().any(|x| x.id != p.id && x.name.to_lowercase() == p.name.trim().to_lowercase()));
            match clash {
                Ok(true) => {
                    let text = say(m.lang, &Say::PartnerNameTaken(p.name.clone()));
                    return vec![Msg::Failed(text, crate::log::ErrorCategory::PartnerNameTaken)];
                }
                Ok(false) => store.save_partner(&p).map(Msg::PartnerSaved),
                Err(e) => Err(e),
            }
        }
        Effect::SetPartnerArchived(id, archived) => {
            store.set_partner_archived(id, archived).map(|_| Msg::PartnerArchived(id, archived))
        }
        Effect::LoadNetwork(id) => store.ties(id).map(|ties| Msg::NetworkLoaded(id, ties)),
        Effect::SaveTie(t, today) => store.save_tie(&t, today).map(|t| Msg::TieSaved(t.person_id, t.id)),
        Effect::EndTie(id, on) => store.end_tie(id, on).map(|t| Msg::TieSaved(t.person_id, t.id)),
        Effect::LoadPartnerPersons(id) => store.partner_persons(id).map(|list| Msg::PartnerPersonsLoaded(id, list)),
        // The runtime runs these itself and never sends them here. Listing them (rather than `_`)
        // keeps this match exhaustive: a new effect cannot be forgotten silently.
        Effect::LoadPersons
        | Effect::LoadPersonAlerts
        | Effect::LoadPerson(_)
        | Effect::SavePerson(_)
        | Effect::SetArchived(..)
        | Effect::SaveEntry(_)
        | Effect::LoadHistory(..)
        | Effect::Search(_)
        | Effect::LoadDemo
        | Effect::LoadJournal(_)
        | Effect::LoadCompetencies(_)
        | Effect::LoadFindings
        | Effect::Export(_)
        | Effect::SaveEvidence(_)
        | Effect::RemoveEvidence(_)
        | Effect::LoadEvaluations(_)
        | Effect::SaveJournalEntry(_)
        | Effect::SaveEvaluation(_) => return Vec::new(),
    };
    vec![result.unwrap_or_else(|e| failed(m.lang, &e))]
}

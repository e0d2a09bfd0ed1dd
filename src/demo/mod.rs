//! The bundled fictitious situations: what a new user explores first and every screenshot shows.

mod ecomaps;
mod evaluations;
mod evidence;
mod journals;
mod partners;
mod plans;
mod situations;

pub use ecomaps::{DemoEcomap, DemoTarget, DemoTie, ecomaps};
pub use evaluations::{DemoEvaluation, DemoEvaluations, DemoGoal, evaluations};
pub use evidence::{DemoEvidence, DemoEvidenceOf, DemoFreeEvidence, DemoRecord, evidence, free_evidence};
pub use journals::{DemoJournal, DemoJournalEntry, journals};
pub use partners::partners;
pub use plans::{DemoAction, DemoCarrier, DemoPlan, plans};
pub use situations::{DemoSituation, situations};

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::domain::evaluation::{Evaluation, GoalLevel};
use crate::domain::evidence::{Evidence, RecordRef};
use crate::domain::journal::JournalEntry;
use crate::domain::partner::PartnerId;
use crate::domain::person::PersonId;
use crate::domain::plan::{ActionStatus, Axis, Carrier, Objective, PlanAction, Postponement};
use crate::domain::tie::{Tie, TieTarget};
use crate::store::{Store, StoreError};

/// Adds the demo situations whose pseudonym is not already in the database, with their plans,
/// ecomaps, journals, evaluations and DPP evidence, the territory's partners not already in the
/// directory and the free evidence not already written, so running it twice changes nothing.
/// Each situation is written in one transaction: an interrupted load leaves it whole or absent.
/// A demo person a former version left incomplete (a part with fewer records than the demo's) has
/// what is missing added, record by record, without doubling what is there.
/// Returns how many situations were added or completed.
pub fn load(store: &mut Store, today: NaiveDate) -> Result<usize, StoreError> {
    load_with(store, today, &|_| Ok(()))
}

/// The parts of a situation, in the order they are written: `after` hears each one written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Part {
    Person,
    Diagnosis,
    Plan,
    Ecomap,
    Journal,
    Evaluations,
    Evidence,
}

/// The demo as seen on one day.
struct Demo {
    today: NaiveDate,
    plans: Vec<DemoPlan>,
    ecomaps: Vec<DemoEcomap>,
    journals: Vec<DemoJournal>,
    evaluations: Vec<DemoEvaluations>,
    evidence: Vec<DemoEvidenceOf>,
}

/// [`load`], with `after` called once each part of a situation is written: an error from it stops
/// the load there, as a `kill` would (tests).
fn load_with(
    store: &mut Store,
    today: NaiveDate,
    after: &dyn Fn(Part) -> Result<(), StoreError>,
) -> Result<usize, StoreError> {
    let directory = store.in_one_transaction(load_partners)?;
    let demo = Demo {
        today,
        plans: plans(today),
        ecomaps: ecomaps(today),
        journals: journals(today),
        evaluations: evaluations(today),
        evidence: evidence(),
    };
    let mut added = 0;
    for situation in situations(today) {
        let existing = match store.find_person(&situation.person.pseudonym) {
            Ok(p) => Some(p.id),
            Err(StoreError::NotFound) => None,
            Err(e) => return Err(e),
        };
        let written =
            store.in_one_transaction(|store| demo.load_situation(store, &situation, existing, &directory, after))?;
        if written {
            added += 1;
        }
    }
    store.in_one_transaction(|store| load_free_evidence(store, today))?;
    Ok(added)
}

impl Demo {
    /// Writes the situation, or what a person already there lacks of it. True when anything was written.
    fn load_situation(
        &self,
        store: &mut Store,
        situation: &DemoSituation,
        existing: Option<PersonId>,
        directory: &HashMap<String, PartnerId>,
        after: &dyn Fn(Part) -> Result<(), StoreError>,
    ) -> Result<bool, StoreError> {
        let pseudonym = situation.person.pseudonym.as_str();
        let (id, mut written) = match existing {
            Some(id) => (id, false),
            None => (store.insert_person(&situation.person)?, true),
        };
        after(Part::Person)?;
        // What is there decides what is missing; a part with as many records as the demo's is left
        // as it is (the user may have corrected it).
        let there = store.case(id)?;
        if there.diagnosis.len() < situation.entries.len() {
            for entry in &situation.entries {
                let entry = crate::domain::diagnosis::DiagnosisEntry { person_id: id, ..entry.clone() };
                if !there.diagnosis.iter().any(|e| same_entry(e, &entry)) {
                    store.save_entry(&entry)?;
                    written = true;
                }
            }
        }
        after(Part::Diagnosis)?;
        if let Some(plan) = self.plans.iter().find(|p| p.pseudonym == pseudonym) {
            let items = |p: &crate::domain::plan::Plan| p.axes.len() + p.objectives.len() + p.actions.len();
            let demo_items: usize =
                plan.axes.iter().map(|a| 1 + a.objectives.iter().map(|o| 1 + o.actions.len()).sum::<usize>()).sum();
            if items(&there.plan) < demo_items {
                load_plan(store, id, plan, directory, &there.plan)?;
                written = true;
            }
        }
        after(Part::Plan)?;
        if let Some(ecomap) = self.ecomaps.iter().find(|e| e.pseudonym == pseudonym)
            && there.ties.len() < ecomap.ties.len()
        {
            load_ecomap(store, id, ecomap, directory, self.today, &there.ties)?;
            written = true;
        }
        after(Part::Ecomap)?;
        if let Some(journal) = self.journals.iter().find(|j| j.pseudonym == pseudonym)
            && there.journal.len() < journal.entries.len()
        {
            load_journal(store, id, journal, directory, &there.journal)?;
            written = true;
        }
        after(Part::Journal)?;
        // After the plan: evaluations name its objectives.
        if let Some(demo) = self.evaluations.iter().find(|e| e.pseudonym == pseudonym)
            && there.evaluations.len() < demo.evaluations.len()
        {
            load_evaluations(store, id, demo, &there.evaluations)?;
            written = true;
        }
        after(Part::Evaluations)?;
        // Last: evidence points to any of the records above.
        if let Some(demo) = self.evidence.iter().find(|e| e.pseudonym == pseudonym)
            && store.evidence(Some(id))?.len() < demo.items.len()
        {
            load_evidence(store, id, demo, directory, self.today)?;
            written = true;
        }
        after(Part::Evidence)?;
        Ok(written)
    }
}

/// The same revision, whatever day the demo was loaded (its dates follow that day).
fn same_entry(
    there: &crate::domain::diagnosis::DiagnosisEntry,
    demo: &crate::domain::diagnosis::DiagnosisEntry,
) -> bool {
    there.same_content(&crate::domain::diagnosis::DiagnosisEntry { date: there.date, ..demo.clone() })
}

/// Each tag on the record its words name, dated a few days after the record (never after today).
fn load_evidence(
    store: &mut Store,
    person: PersonId,
    demo: &DemoEvidenceOf,
    directory: &HashMap<String, PartnerId>,
    today: NaiveDate,
) -> Result<(), StoreError> {
    let records = store.case(person)?;
    let there = store.evidence(Some(person))?;
    for e in &demo.items {
        let (record, date) = find_record(&records, e.record, directory)
            .ok_or_else(|| StoreError::Invalid(format!("demo record missing: {:?}", e.record)))?;
        if there.iter().any(|t| t.record == record && t.competency == e.competency) {
            continue;
        }
        let date = date.checked_add_days(chrono::Days::new(e.after)).unwrap_or(date).min(today);
        let tagged =
            Evidence { note: e.note.to_string(), ..Evidence::new_draft(Some(person), record, e.competency, date) };
        store.save_evidence(&tagged)?;
    }
    Ok(())
}

/// The record a demo tag names, and its date.
fn find_record(
    c: &crate::domain::case::Case,
    record: DemoRecord,
    directory: &HashMap<String, PartnerId>,
) -> Option<(RecordRef, NaiveDate)> {
    Some(match record {
        DemoRecord::Entry(domain) => {
            let e = c.latest(domain)?;
            (RecordRef::Entry(e.id), e.date)
        }
        DemoRecord::Axis(title) => {
            let a = c.plan.axes.iter().find(|a| a.title == title)?;
            (RecordRef::Axis(a.id), a.created_on)
        }
        DemoRecord::Objective(title) => {
            let o = c.plan.objectives.iter().find(|o| o.title == title)?;
            (RecordRef::Objective(o.id), o.created_on)
        }
        DemoRecord::Tie(with) => {
            let partner = directory.get(&with.to_lowercase()).copied();
            let t = c.ties.iter().filter(|t| t.until.is_none()).find(|t| match &t.target {
                TieTarget::Partner(id) => Some(*id) == partner,
                TieTarget::Informal { label, .. } => label == with,
            })?;
            (RecordRef::Tie(t.id), t.since)
        }
        DemoRecord::Journal(start) => {
            let j = c.journal.iter().find(|j| j.summary.starts_with(start))?;
            (RecordRef::Journal(j.id), j.date)
        }
        DemoRecord::Evaluation(rank) => {
            let mut evaluations: Vec<&Evaluation> = c.evaluations.iter().collect();
            evaluations.sort_by_key(|e| (e.date, e.id));
            let e = evaluations.get(rank)?;
            (RecordRef::Evaluation(e.id), e.date)
        }
    })
}

/// The free notes about the practice not already written (they belong to no person, so the
/// skip of the persons already there does not cover them).
fn load_free_evidence(store: &mut Store, today: NaiveDate) -> Result<(), StoreError> {
    let written = store.evidence(None)?;
    for demo in free_evidence() {
        let already = written.iter().any(|e| e.record == RecordRef::Free && e.note == demo.note);
        if already {
            continue;
        }
        let date = today.checked_sub_days(chrono::Days::new(demo.days_ago)).unwrap_or(today);
        let free = Evidence {
            note: demo.note.to_string(),
            ..Evidence::new_draft(None, RecordRef::Free, demo.competency, date)
        };
        store.save_evidence(&free)?;
    }
    Ok(())
}

/// The demo partners by name, adding those the directory lacks.
fn load_partners(store: &mut Store) -> Result<HashMap<String, PartnerId>, StoreError> {
    let mut known: HashMap<String, PartnerId> =
        store.partners(true)?.into_iter().map(|p| (p.name.to_lowercase(), p.id)).collect();
    for partner in partners() {
        if !known.contains_key(&partner.name.to_lowercase()) {
            let saved = store.save_partner(&partner)?;
            known.insert(saved.name.to_lowercase(), saved.id);
        }
    }
    Ok(known)
}

/// The plan's axes, objectives and actions `there` lacks (found by title, action by its words).
fn load_plan(
    store: &mut Store,
    person: PersonId,
    plan: &DemoPlan,
    directory: &HashMap<String, PartnerId>,
    there: &crate::domain::plan::Plan,
) -> Result<(), StoreError> {
    for demo_axis in &plan.axes {
        let axis = match there.axes.iter().find(|a| a.title == demo_axis.axis.title) {
            Some(axis) => axis.id,
            None => store.save_axis(&Axis { person_id: person, ..demo_axis.axis.clone() })?.id,
        };
        let mut previous: Option<i64> = None;
        for demo_objective in &demo_axis.objectives {
            let title = &demo_objective.objective.title;
            let objective = match there.objectives.iter().find(|o| o.axis_id == axis && o.title == *title) {
                Some(objective) => objective.id,
                None => {
                    let replaces = if demo_objective.readjusts_previous { previous } else { None };
                    let objective = Objective { axis_id: axis, replaces, ..demo_objective.objective.clone() };
                    store.save_objective(&objective)?.id
                }
            };
            previous = Some(objective);
            for demo_action in &demo_objective.actions {
                if !there.actions.iter().any(|a| a.objective_id == objective && a.what == demo_action.what) {
                    load_action(store, objective, demo_action, directory)?;
                }
            }
        }
    }
    Ok(())
}

/// Each tie as it was, in order: a tie that continues an earlier one is linked to it, so that the
/// ecomap of any past date can be rebuilt and compared. A tie `there` already holds (same target
/// and drawing, whatever day the demo was loaded) is not written again.
fn load_ecomap(
    store: &mut Store,
    person: PersonId,
    ecomap: &DemoEcomap,
    directory: &HashMap<String, PartnerId>,
    today: NaiveDate,
    there: &[Tie],
) -> Result<(), StoreError> {
    let mut last_of: Vec<(TieTarget, i64)> = Vec::new();
    let mut found: Vec<i64> = Vec::new();
    for demo in &ecomap.ties {
        let target = match &demo.target {
            DemoTarget::Partner(name) => match directory.get(&name.to_lowercase()) {
                Some(id) => TieTarget::Partner(*id),
                None => return Err(StoreError::Invalid(format!("demo partner missing: {name}"))),
            },
            DemoTarget::Informal(kind, label) => TieTarget::Informal { kind: *kind, label: (*label).to_string() },
        };
        let replaces = if demo.continues_previous {
            last_of.iter().rev().find(|(t, _)| *t == target).map(|(_, id)| *id)
        } else {
            None
        };
        let tie = Tie {
            id: 0,
            person_id: person,
            target: target.clone(),
            role: demo.role.clone(),
            strength: demo.strength,
            valence: demo.valence,
            flow: demo.flow,
            since: demo.since,
            until: demo.until,
            replaces,
            consent: demo.consent.clone(),
            notes: demo.notes.clone(),
        };
        let same = |t: &&Tie| {
            !found.contains(&t.id)
                && t.target == tie.target
                && t.role == tie.role
                && t.strength == tie.strength
                && t.valence == tie.valence
                && t.flow == tie.flow
                && t.notes == tie.notes
                && t.until.is_some() == tie.until.is_some()
        };
        let id = match there.iter().find(same) {
            Some(t) => t.id,
            None => store.save_tie(&tie, today)?.id,
        };
        found.push(id);
        last_of.push((target, id));
    }
    Ok(())
}

/// The journal entries `there` lacks, found by their summary.
fn load_journal(
    store: &mut Store,
    person: PersonId,
    journal: &DemoJournal,
    directory: &HashMap<String, PartnerId>,
    there: &[JournalEntry],
) -> Result<(), StoreError> {
    for demo in journal.entries.iter().filter(|d| !there.iter().any(|j| j.summary == d.summary)) {
        let partners = demo
            .partners
            .iter()
            .map(|name| {
                directory
                    .get(&name.to_lowercase())
                    .copied()
                    .ok_or_else(|| StoreError::Invalid(format!("demo partner missing: {name}")))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let entry = JournalEntry {
            id: 0,
            person_id: person,
            kind: demo.kind,
            date: demo.date,
            time: demo.time,
            summary: demo.summary.clone(),
            partners,
            sensitive: demo.sensitive,
        };
        store.save_journal_entry(&entry)?;
    }
    Ok(())
}

/// Each evaluation with its objectives found by title in the person's plan, weighted as their
/// GAS scale says; saving computes the T-score. Closing decisions find their objective closed
/// already (the plan is loaded as it ends), so nothing in the plan changes.
fn load_evaluations(
    store: &mut Store,
    person: PersonId,
    demo: &DemoEvaluations,
    there: &[Evaluation],
) -> Result<(), StoreError> {
    let plan = store.plan(person)?;
    let written = |e: &&DemoEvaluation| {
        there.iter().any(|t| t.kind == e.kind && t.person_view == e.person_view && t.decisions == e.decisions)
    };
    for e in demo.evaluations.iter().filter(|e| !written(e)) {
        let goals = e
            .goals
            .iter()
            .map(|g| {
                let objective = plan
                    .objectives
                    .iter()
                    .find(|o| o.title == g.objective)
                    .ok_or_else(|| StoreError::Invalid(format!("demo objective missing: {}", g.objective)))?;
                Ok(GoalLevel {
                    objective_id: objective.id,
                    level: g.level,
                    weight: objective.gas.weight(),
                    decision: g.decision,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()?;
        let evaluation = Evaluation {
            kind: e.kind,
            participants: e.participants.clone(),
            tools: e.tools.clone(),
            person_view: e.person_view.clone(),
            referent_view: e.referent_view.clone(),
            decisions: e.decisions.clone(),
            next_date: e.next_date,
            goals,
            ratings: e.ratings.clone(),
            ..Evaluation::new_draft(person, e.date)
        };
        store.save_evaluation(&evaluation)?;
    }
    Ok(())
}

/// An action is written as it was at first, then postponed as it was, then closed as it is: so
/// its journal of postponements is the real one.
fn load_action(
    store: &mut Store,
    objective: i64,
    a: &DemoAction,
    directory: &HashMap<String, PartnerId>,
) -> Result<(), StoreError> {
    let carrier = match a.carrier {
        DemoCarrier::Person => Carrier::Person,
        DemoCarrier::Referent => Carrier::Referent,
        DemoCarrier::Partner(name) => match directory.get(&name.to_lowercase()) {
            Some(id) => Carrier::Partner(*id),
            None => return Err(StoreError::Invalid(format!("demo partner missing: {name}"))),
        },
    };
    let final_state = PlanAction {
        id: 0,
        objective_id: objective,
        position: 0,
        what: a.what.clone(),
        carrier,
        start: a.start,
        due: a.due,
        done_on: a.done_on,
        status: a.status,
        serafin_service: a.serafin_service.clone(),
        archived: false,
    };
    let Some((first_on, _, _)) = a.postponements.first() else {
        store.save_action(&final_state)?;
        return Ok(());
    };
    // It was due on the day it was first postponed.
    let first = PlanAction { due: Some(*first_on), done_on: None, status: ActionStatus::Todo, ..final_state.clone() };
    let mut saved = store.save_action(&first)?;
    for (on, to, reason) in &a.postponements {
        let p = Postponement { action_id: saved.id, on: *on, from: saved.due, to: *to, reason: reason.clone() };
        saved = store.postpone_action(&p)?;
    }
    if a.status != ActionStatus::Todo || a.done_on.is_some() {
        store.save_action(&PlanAction { id: saved.id, position: saved.position, ..final_state })?;
    }
    Ok(())
}

/// Every demo text is anonymous and typographically French: no e-mail, address or long number,
/// curly quotes, balanced guillemets, and a no-break space (never a breakable one) before « : ; ? ! »
/// and inside « ».
#[cfg(test)]
pub(crate) fn assert_demo_text(at: &str, text: &str) {
    assert!(!text.trim().is_empty(), "{at}: empty");
    assert!(!text.contains('@'), "{at}: looks like an e-mail");
    assert!(!text.contains("http") && !text.contains("www."), "{at}: looks like an address");
    let mut run = 0;
    for c in text.chars() {
        run = if c.is_ascii_digit() { run + 1 } else { 0 };
        assert!(run < 10, "{at}: ten digits in a row");
    }
    assert!(!text.contains('\'') && !text.contains('"'), "{at}: straight quote");
    assert_eq!(text.matches('«').count(), text.matches('»').count(), "{at}: unbalanced guillemets");
    assert!(!text.contains("  ") && text.trim() == text, "{at}: stray space");
    for bad in ["\x20:", "\x20;", "\x20?", "\x20!", "«\x20", "\x20»"] {
        assert!(!text.contains(bad), "{at}: breakable space in « {bad} »");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loading_twice_adds_nothing_the_second_time() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let mut store = Store::open_in_memory().unwrap();
        let first = load(&mut store, today).unwrap();
        assert_eq!(first, situations(today).len());
        let partners_count = store.partners(true).unwrap().len();
        assert_eq!(load(&mut store, today).unwrap(), 0);
        assert_eq!(store.partners(true).unwrap().len(), partners_count);
        let persons = store.persons(true).unwrap();
        assert_eq!(persons.len(), first);
        let leo = persons.iter().find(|p| p.pseudonym.starts_with("Léo")).unwrap();
        let latest = store.latest_entries(leo.id).unwrap();
        assert_eq!(latest.len(), 10);
        assert!(latest.iter().any(|e| e.revision >= 2), "demo shows revisions");
    }

    /// Per person: revisions, plan items, ties, journal entries, evaluations, evidence; and the
    /// directory's size and the free evidence.
    fn counts(store: &Store) -> (Vec<(String, [usize; 6])>, usize, usize) {
        let mut persons: Vec<_> = store
            .persons(true)
            .unwrap()
            .into_iter()
            .map(|p| {
                let c = store.case(p.id).unwrap();
                let plan = c.plan.axes.len() + c.plan.objectives.len() + c.plan.actions.len();
                let evidence = store.evidence(Some(p.id)).unwrap().len();
                (p.pseudonym, [c.diagnosis.len(), plan, c.ties.len(), c.journal.len(), c.evaluations.len(), evidence])
            })
            .collect();
        persons.sort();
        (persons, store.partners(true).unwrap().len(), store.evidence(None).unwrap().len())
    }

    fn clean_counts(today: NaiveDate) -> (Vec<(String, [usize; 6])>, usize, usize) {
        let mut clean = Store::open_in_memory().unwrap();
        load(&mut clean, today).unwrap();
        counts(&clean)
    }

    #[test]
    fn an_interrupted_situation_leaves_nothing_and_the_rerun_loads_it_whole() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let mut store = Store::open_in_memory().unwrap();
        // Killed while writing the first situation's journal.
        let killed = load_with(&mut store, today, &|part| match part {
            Part::Journal => Err(StoreError::Invalid("killed".into())),
            _ => Ok(()),
        });
        assert!(killed.is_err());
        assert!(store.persons(true).unwrap().is_empty(), "nothing of the situation is left");
        assert_eq!(store.search("M. R.", 5).unwrap().len(), 0);
        // Killed in the third situation: the first two are whole.
        let seen = std::cell::Cell::new(0);
        let killed = load_with(&mut store, today, &|part| {
            if part == Part::Person {
                seen.set(seen.get() + 1);
            }
            if seen.get() == 3 && part == Part::Evaluations {
                Err(StoreError::Invalid("killed".into()))
            } else {
                Ok(())
            }
        });
        assert!(killed.is_err());
        assert_eq!(store.persons(true).unwrap().len(), 2);
        assert_eq!(load(&mut store, today).unwrap(), situations(today).len() - 2);
        assert_eq!(counts(&store), clean_counts(today));
    }

    #[test]
    fn a_demo_person_left_incomplete_by_an_older_version_is_completed_without_doubling() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        // What older versions left after a kill: M. R. with a diagnosis and part of his journal, a
        // day earlier (the demo's dates follow the day it is loaded); Nathan with no diagnosis.
        let before = today.pred_opt().unwrap();
        let mut damaged = Store::open_in_memory().unwrap();
        let directory = load_partners(&mut damaged).unwrap();
        for situation in situations(before) {
            let id = damaged.insert_person(&situation.person).unwrap();
            if situation.person.pseudonym == "M. R." {
                for entry in &situation.entries {
                    damaged
                        .save_entry(&crate::domain::diagnosis::DiagnosisEntry { person_id: id, ..entry.clone() })
                        .unwrap();
                }
                let mut journal = journals(before).into_iter().find(|j| j.pseudonym == "M. R.").unwrap();
                journal.entries.truncate(5);
                load_journal(&mut damaged, id, &journal, &directory, &[]).unwrap();
            }
        }
        assert_eq!(load(&mut damaged, today).unwrap(), situations(today).len());
        assert_eq!(counts(&damaged), clean_counts(today));
        // A third run finds nothing missing.
        assert_eq!(load(&mut damaged, today).unwrap(), 0);
        assert_eq!(counts(&damaged), clean_counts(today));
    }

    #[test]
    fn plans_arrive_whole_with_their_history() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let mut store = Store::open_in_memory().unwrap();
        load(&mut store, today).unwrap();
        let mr = store.find_person("M. R.").unwrap();
        let plan = store.plan(mr.id).unwrap();
        let demo = plans(today).into_iter().find(|p| p.pseudonym == "M. R.").unwrap();
        let actions: usize = demo.axes.iter().flat_map(|a| &a.objectives).map(|o| o.actions.len()).sum();
        assert_eq!(plan.actions.len(), actions);
        let readjusted: Vec<_> = plan.objectives.iter().filter(|o| o.replaces.is_some()).collect();
        assert_eq!(readjusted.len(), 1, "one readjusted objective");
        let old = plan.objective(readjusted[0].replaces.unwrap()).unwrap();
        assert_eq!(old.status, crate::domain::plan::ObjectiveStatus::Readjusted);
        assert!(plan.actions.iter().any(|a| a.is_late(today)), "some actions are late");
        let postponed: usize = plan.actions.iter().map(|a| store.postponements(a.id).unwrap().len()).sum();
        let expected: usize =
            demo.axes.iter().flat_map(|a| &a.objectives).flat_map(|o| &o.actions).map(|a| a.postponements.len()).sum();
        assert_eq!(postponed, expected);
        assert!(!store.deadlines(today + chrono::Days::new(7)).unwrap().is_empty());
    }

    #[test]
    fn ecomaps_arrive_with_their_changes_over_time() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        let mut store = Store::open_in_memory().unwrap();
        load(&mut store, today).unwrap();
        let mr = store.find_person("M. R.").unwrap();
        let ties = store.ties(mr.id).unwrap();
        let demo = ecomaps(today).into_iter().find(|e| e.pseudonym == "M. R.").unwrap();
        assert_eq!(ties.len(), demo.ties.len());
        assert!(ties.iter().any(|t| t.replaces.is_some()), "a tie changed over time");
        let referral = mr.referral_date.unwrap();
        let changes = crate::domain::tie::compare(&ties, referral, today);
        assert!(changes.iter().any(|(_, c)| *c == crate::domain::tie::TieChange::Changed));
        assert!(changes.iter().any(|(_, c)| *c == crate::domain::tie::TieChange::Added));
        let mk = store.find_person("M. K.").unwrap();
        assert!(!store.ties(mk.id).unwrap().iter().any(|t| t.active_on(today) && t.is_informal()));
    }
}

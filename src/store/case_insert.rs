//! A whole case written into the base as a new person (an imported case file): checked first
//! ([`super::case_check`]), then written in one transaction, every link between its records
//! rewritten to the new ids.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::case_check::{check_dates, check_rules, check_sizes};
use super::{Store, StoreError, columns, diagnosis, evaluation, journal, partner, person, plan, tie};
use crate::domain::case::Case;
use crate::domain::case_refusal::{CaseLink, CaseRecord, CaseRefusal, Refused};
use crate::domain::diagnosis::DiagnosisEntry;
use crate::domain::evaluation::Evaluation;
use crate::domain::journal::JournalEntry;
use crate::domain::partner::{Partner, PartnerId};
use crate::domain::person::{Person, PersonId};
use crate::domain::plan::{ActionId, Axis, AxisId, Carrier, Objective, ObjectiveId, PlanAction, Postponement};
use crate::domain::tie::{Tie, TieId, TieTarget};

/// Why a case is not written: a record breaks a rule (nothing was written), or the base failed.
#[derive(Debug, thiserror::Error)]
pub enum InsertError {
    #[error("{0:?}: {1:?}")]
    Refused(CaseRecord, CaseRefusal),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<Refused> for InsertError {
    fn from((record, why): Refused) -> InsertError {
        InsertError::Refused(record, why)
    }
}

/// What an import did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    pub person_id: PersonId,
    /// The pseudonym stored, which differs from the file's when it was already used.
    pub pseudonym: String,
    /// The file's pseudonym, when it had to be renamed (« Mme A. » imported as « Mme A. (2) »).
    pub renamed_from: Option<String>,
}

/// Highest « (n) » tried before giving up on finding a free pseudonym.
const MAX_SUFFIX: u32 = 9_999;

impl Store {
    /// Writes a case as a new person, all or nothing, after it passed the rules of the forms. Text
    /// is cleaned as if typed; a pseudonym already used gets the first free « (2) », « (3) »…
    /// suffix. `partners` are those the case names, by the ids its records use: matched by name
    /// (case ignored) with the directory, or added to it. Every id of the case is replaced.
    pub fn insert_case(
        &mut self,
        case: &Case,
        partners: &[Partner],
        today: NaiveDate,
    ) -> Result<ImportReport, InsertError> {
        // What comes in a file obeys the rules of what is typed in a form, and is never cut to fit.
        check_sizes(case, partners)?;
        let entries = revisions_in_order(&case.diagnosis)?;
        check_rules(case, partners, today)?;
        check_dates(case, partners)?;
        let incoming = person::cleaned(&case.person);
        let at = columns::now();
        self.with_transaction(|tx| {
            let pseudonym = free_pseudonym(tx, &incoming.pseudonym)?;
            let renamed_from = (pseudonym != incoming.pseudonym).then(|| incoming.pseudonym.clone());
            let id = person::insert(tx, &Person { pseudonym: pseudonym.clone(), ..incoming.clone() }, &at)?;
            for e in &entries {
                diagnosis::insert_revision(tx, &DiagnosisEntry { person_id: id, ..e.clone() }, e.revision, &at)?;
            }
            let partners = import_partners(tx, partners, &at)?;
            let objectives = import_plan(tx, id, case, &partners, &at)?;
            import_network(tx, id, &case.ties, &partners, &at)?;
            import_path(tx, id, case, &partners, &objectives, &at)?;
            Ok(ImportReport { person_id: id, pseudonym, renamed_from })
        })
    }
}

/// Ids of the file mapped to the rows written; a record whose id appears twice is refused.
fn remember(map: &mut HashMap<i64, i64>, record: CaseRecord, old: i64, new: i64) -> Result<(), InsertError> {
    if map.insert(old, new).is_some() {
        return Err(InsertError::Refused(record, CaseRefusal::Twice));
    }
    Ok(())
}

/// The new id of what `record` links to, which the file must carry.
fn mapped(map: &HashMap<i64, i64>, record: &CaseRecord, link: CaseLink, old: i64) -> Result<i64, InsertError> {
    map.get(&old).copied().ok_or_else(|| InsertError::Refused(record.clone(), CaseRefusal::Missing(link, old)))
}

/// Each item's place among its parent's (the axis of an objective…), from 0, in the order of the
/// file's positions: whatever numbers the file gives (negative, far apart), the stored ones are
/// those the screens write. Items come as (parent, position).
fn ranks(items: impl Iterator<Item = (i64, i64)>) -> Vec<i64> {
    let items: Vec<(i64, i64)> = items.collect();
    let mut order: Vec<usize> = (0..items.len()).collect();
    order.sort_by_key(|&i| items[i]);
    let mut rank = vec![0; items.len()];
    let mut next: HashMap<i64, i64> = HashMap::new();
    for i in order {
        let n = next.entry(items[i].0).or_insert(0);
        rank[i] = *n;
        *n += 1;
    }
    rank
}

/// Writes the plan of the file for the new person `person`, in the import's transaction: partners
/// matched by name or added, then axes, objectives (each after the one it replaces), actions and
/// postponements, every link rewritten to the new ids. Each record passes the store's rules.
fn import_plan(
    conn: &rusqlite::Connection,
    person: PersonId,
    case: &Case,
    partners: &HashMap<PartnerId, PartnerId>,
    at: &str,
) -> Result<HashMap<ObjectiveId, ObjectiveId>, InsertError> {
    let p = &case.plan;

    let mut axes: HashMap<AxisId, AxisId> = HashMap::new();
    for (a, position) in p.axes.iter().zip(ranks(p.axes.iter().map(|a| (0, a.position)))) {
        let new = plan::insert_axis(conn, &Axis { person_id: person, position, ..a.clone() }, at)?;
        remember(&mut axes, CaseRecord::Axis(a.id), a.id, new)?;
    }

    // An objective is written after the one it replaces, whatever the order of the file.
    let mut objectives: HashMap<ObjectiveId, ObjectiveId> = HashMap::new();
    let mut pending: Vec<(&Objective, i64)> =
        p.objectives.iter().zip(ranks(p.objectives.iter().map(|o| (o.axis_id, o.position)))).collect();
    while let Some(&(first, _)) = pending.first() {
        let before = pending.len();
        let mut later = Vec::new();
        for (o, position) in pending {
            let replaces = match o.replaces {
                None => None,
                Some(old) => match objectives.get(&old) {
                    Some(new) => Some(*new),
                    None => {
                        later.push((o, position));
                        continue;
                    }
                },
            };
            let record = CaseRecord::Objective(o.id);
            let axis_id = mapped(&axes, &record, CaseLink::Axis, o.axis_id)?;
            let new = plan::insert_objective(conn, &Objective { axis_id, replaces, position, ..o.clone() }, at)?;
            remember(&mut objectives, record, o.id, new)?;
        }
        if later.len() == before {
            return Err(InsertError::Refused(CaseRecord::Objective(first.id), CaseRefusal::ReplacesUnknown));
        }
        pending = later;
    }

    let mut actions: HashMap<ActionId, ActionId> = HashMap::new();
    for (a, position) in p.actions.iter().zip(ranks(p.actions.iter().map(|a| (a.objective_id, a.position)))) {
        let record = CaseRecord::Action(a.id);
        let objective_id = mapped(&objectives, &record, CaseLink::Objective, a.objective_id)?;
        let carrier = match a.carrier {
            Carrier::Partner(old) => Carrier::Partner(mapped(partners, &record, CaseLink::Partner, old)?),
            other => other,
        };
        let new = plan::insert_action(conn, &PlanAction { objective_id, carrier, position, ..a.clone() }, at)?;
        remember(&mut actions, record, a.id, new)?;
    }

    for pp in &case.postponements {
        let record = CaseRecord::Postponement(pp.action_id);
        let action_id = mapped(&actions, &record, CaseLink::Action, pp.action_id)?;
        plan::insert_postponement(conn, &Postponement { action_id, ..pp.clone() }, at)?;
    }
    Ok(objectives)
}

/// Writes the journal and the evaluations of the file for the new person, in the import's
/// transaction: partners matched by name or added, objectives of the evaluations rewritten to the
/// plan just imported. Each record passes the store's rules.
fn import_path(
    conn: &rusqlite::Connection,
    person: PersonId,
    case: &Case,
    partners: &HashMap<PartnerId, PartnerId>,
    objectives: &HashMap<ObjectiveId, ObjectiveId>,
    at: &str,
) -> Result<(), InsertError> {
    for e in &case.journal {
        let record = CaseRecord::Journal(e.date);
        let named = e
            .partners
            .iter()
            .map(|p| mapped(partners, &record, CaseLink::Partner, *p))
            .collect::<Result<Vec<_>, _>>()?;
        journal::insert(conn, &JournalEntry { id: 0, person_id: person, partners: named, ..e.clone() }, at)?;
    }
    for e in &case.evaluations {
        let mut goals = e.goals.clone();
        for g in &mut goals {
            g.objective_id = mapped(objectives, &CaseRecord::Evaluation(e.date), CaseLink::Objective, g.objective_id)?;
        }
        let e = Evaluation { id: 0, person_id: person, goals, ..e.clone() };
        evaluation::insert(conn, &e, at)?;
    }
    Ok(())
}

/// Partners of the file matched by name with the directory, or added to it: ids of the file → ids
/// of the database.
fn import_partners(
    conn: &rusqlite::Connection,
    incoming: &[Partner],
    at: &str,
) -> Result<HashMap<PartnerId, PartnerId>, InsertError> {
    let mut partners: HashMap<PartnerId, PartnerId> = HashMap::new();
    for p in incoming {
        let new = match partner::find_by_name(conn, &p.name)? {
            Some(id) => id,
            None => partner::insert(conn, p, at)?,
        };
        remember(&mut partners, CaseRecord::Partner(p.id), p.id, new)?;
    }
    Ok(partners)
}

/// Writes the network of the file for the new person `person`, in the import's transaction:
/// partners matched by name or added, then the ties, each after the one it replaces, every link
/// rewritten to the new ids. Each tie passes the store's rules, except that a consent dated after
/// this computer's today is kept (it is what the exporting computer recorded), and a tie to a
/// partner archived since is kept (it is history).
fn import_network(
    conn: &rusqlite::Connection,
    person: PersonId,
    all: &[Tie],
    partners: &HashMap<PartnerId, PartnerId>,
    at: &str,
) -> Result<(), InsertError> {
    let mut ties: HashMap<TieId, TieId> = HashMap::new();
    let mut pending: Vec<&Tie> = all.iter().collect();
    while !pending.is_empty() {
        let before = pending.len();
        let mut later = Vec::new();
        for t in pending {
            let replaces = match t.replaces {
                None => None,
                Some(old) => match ties.get(&old) {
                    Some(new) => Some(*new),
                    None => {
                        later.push(t);
                        continue;
                    }
                },
            };
            let record = CaseRecord::Tie(t.id);
            let target = match &t.target {
                TieTarget::Partner(old) => TieTarget::Partner(mapped(partners, &record, CaseLink::Partner, *old)?),
                informal => informal.clone(),
            };
            let new = tie::insert(conn, &Tie { person_id: person, target, replaces, ..t.clone() }, None, at)?;
            remember(&mut ties, record, t.id, new)?;
        }
        if let (true, Some(first)) = (later.len() == before, later.first()) {
            return Err(InsertError::Refused(CaseRecord::Tie(first.id), CaseRefusal::ReplacesUnknown));
        }
        pending = later;
    }
    Ok(())
}

/// The revisions cleaned and checked, in an order where each domain's revisions rise, keeping
/// the file's order when it already does (it is the order in which they were written), then
/// numbered 1, 2, 3… in each domain: a file's 9223372036854775807 would leave no next revision.
fn revisions_in_order(entries: &[DiagnosisEntry]) -> Result<Vec<DiagnosisEntry>, InsertError> {
    let mut cleaned: Vec<DiagnosisEntry> = entries.iter().map(diagnosis::cleaned).collect();
    let mut seen = HashSet::new();
    let mut last: HashMap<&str, i64> = HashMap::new();
    let mut rising = true;
    for (e, raw) in cleaned.iter().zip(entries) {
        let record = || CaseRecord::Entry { domain: raw.domain.clone(), revision: raw.revision };
        if e.domain.is_empty() {
            return Err(InsertError::Refused(record(), CaseRefusal::NoDomain));
        }
        if e.revision < 1 {
            return Err(InsertError::Refused(record(), CaseRefusal::RevisionBelowOne));
        }
        if !seen.insert((e.domain.as_str(), e.revision)) {
            return Err(InsertError::Refused(record(), CaseRefusal::Twice));
        }
        if last.insert(e.domain.as_str(), e.revision).is_some_and(|prev| prev > e.revision) {
            rising = false;
        }
    }
    if !rising {
        cleaned.sort_by_key(|e| e.revision);
    }
    let mut counts: HashMap<String, i64> = HashMap::new();
    for e in &mut cleaned {
        let n = counts.entry(e.domain.clone()).or_insert(0);
        *n += 1;
        e.revision = *n;
    }
    Ok(cleaned)
}

fn free_pseudonym(conn: &rusqlite::Connection, wanted: &str) -> Result<String, InsertError> {
    if !person::taken(conn, wanted, None)? {
        return Ok(wanted.to_string());
    }
    for n in 2..=MAX_SUFFIX {
        let candidate = format!("{wanted} ({n})");
        if !person::taken(conn, &candidate, None)? {
            return Ok(candidate);
        }
    }
    Err(InsertError::Refused(CaseRecord::Person, CaseRefusal::NoFreePseudonym))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(domain: &str, revision: i64) -> DiagnosisEntry {
        let mut e = DiagnosisEntry::new_draft(1, domain, chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
        e.revision = revision;
        e
    }

    #[test]
    fn revisions_keep_file_order_or_are_sorted() {
        let order = |es: &[DiagnosisEntry]| {
            revisions_in_order(es).unwrap().iter().map(|e| (e.domain.clone(), e.revision)).collect::<Vec<_>>()
        };
        let written = [entry("sante", 1), entry("sante", 2), entry("logement", 1)];
        assert_eq!(order(&written), vec![("sante".into(), 1), ("sante".into(), 2), ("logement".into(), 1)]);
        let newest_first = [entry("sante", 2), entry("logement", 1), entry("sante", 1)];
        assert_eq!(order(&newest_first), vec![("logement".into(), 1), ("sante".into(), 1), ("sante".into(), 2)]);
    }

    #[test]
    fn insane_revisions_are_refused() {
        for bad in [vec![entry("sante", 0)], vec![entry("sante", 1), entry("sante", 1)], vec![entry(" \u{7} ", 1)]] {
            assert!(
                matches!(revisions_in_order(&bad), Err(InsertError::Refused(CaseRecord::Entry { .. }, _))),
                "{bad:?}"
            );
        }
    }
}

//! A whole person as one versioned JSON file (`parcours export case`, `parcours import case`): to
//! move a situation between two databases, or hand a training case to trainees.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::domain::diagnosis::DiagnosisEntry;
use crate::domain::evaluation::Evaluation;
use crate::domain::journal::JournalEntry;
use crate::domain::partner::{Partner, PartnerId};
use crate::domain::person::{Person, PersonId};
use crate::domain::plan::{ActionId, Axis, AxisId, Carrier, Objective, ObjectiveId, PlanAction, Postponement};
use crate::domain::tie::{Tie, TieId, TieTarget};
use crate::store::{Store, StoreError, columns, diagnosis, partner, person, plan, tie};

pub const CASE_FORMAT: &str = "parcours-case";
/// Version of the file layout written by this build; files of a higher version are refused.
pub const CASE_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseFile {
    pub format: String,
    pub version: u32,
    pub person: Person,
    /// Every revision of every domain, the oldest first.
    pub diagnosis: Vec<DiagnosisEntry>,
    /// The personalised plan, when there is one. Files written before plans existed have none
    /// (the field is optional, so the layout version stays 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<CasePlan>,
    /// The person's network (ecomap), when she has one. Optional like the plan: files written
    /// before networks existed still import.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network: Option<CaseNetwork>,
    /// The journal and the evaluations, when there are some. Optional like the plan: files written
    /// before the path existed still import.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<CasePath>,
}

/// The path of the case: the journal (without its sensitive entries unless the export asked for
/// them) and every evaluation. Ids link evaluations to the plan's objectives and are replaced on
/// import; journal entries name their partners by id, carried by value like the plan's.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CasePath {
    #[serde(default)]
    pub journal: Vec<JournalEntry>,
    #[serde(default)]
    pub evaluations: Vec<Evaluation>,
    /// The partners named in the journal, by value: matched by name on import, or added.
    #[serde(default)]
    pub partners: Vec<Partner>,
}

/// The plan of the case, archived items included. Ids are those of the exporting database: they
/// link the records of the file together and are replaced by new ones on import.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CasePlan {
    #[serde(default)]
    pub axes: Vec<Axis>,
    #[serde(default)]
    pub objectives: Vec<Objective>,
    #[serde(default)]
    pub actions: Vec<PlanAction>,
    /// The journal of the actions' postponements, the oldest first.
    #[serde(default)]
    pub postponements: Vec<Postponement>,
    /// The partners carrying actions, by value: on import, matched by name (case ignored) with the
    /// directory of the receiving database, or added to it.
    #[serde(default)]
    pub partners: Vec<Partner>,
}

/// The network of the case: every tie, ended ones included, so that the ecomap of any past day
/// travels too. Ids link the records of the file (a tie `replaces` another) and are replaced on
/// import, like the plan's.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseNetwork {
    /// By start day, then id.
    #[serde(default)]
    pub ties: Vec<Tie>,
    /// The partners at the end of a tie, by value: on import, matched by name (case ignored) with
    /// the directory of the receiving database, or added to it.
    #[serde(default)]
    pub partners: Vec<Partner>,
}

#[derive(Debug, thiserror::Error)]
pub enum CaseError {
    /// Not JSON, or JSON not of the expected shape; the message gives line and column.
    #[error("invalid JSON: {0}")]
    InvalidJson(String),
    #[error("not a parcours case file")]
    WrongFormat,
    #[error("case file version {0} is newer than this parcours")]
    NewerVersion(u32),
    #[error("invalid case: {0}")]
    Invalid(String),
    /// The person breaks a rule the form would have enforced (pseudonym too long, future date…).
    #[error("the person breaks a rule: {0:?}")]
    PersonRule(crate::domain::person::PersonProblem),
    /// A diagnosis entry of this domain breaks a rule (unknown SERAFIN-PH code, future date…).
    #[error("an entry of domain {0} breaks a rule: {1:?}")]
    EntryRule(String, crate::domain::diagnosis::EntryProblem),
    /// A journal entry of this day breaks a rule (no words, a future day…).
    #[error("the journal entry of {0} breaks a rule: {1:?}")]
    JournalRule(chrono::NaiveDate, crate::domain::journal::JournalProblem),
    /// An evaluation of this day breaks a rule (a level outside −2…+2, a rating outside 1–10…).
    #[error("the evaluation of {0} breaks a rule: {1:?}")]
    EvaluationRule(chrono::NaiveDate, crate::domain::evaluation::EvaluationProblem),
    /// A record of the file points to an objective or a partner the file does not carry.
    #[error("unknown {0} {1}")]
    UnknownReference(&'static str, i64),
    #[error(transparent)]
    Store(#[from] StoreError),
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

pub fn export_case(store: &Store, person: PersonId) -> Result<CaseFile, CaseError> {
    Ok(CaseFile {
        format: CASE_FORMAT.to_string(),
        version: CASE_VERSION,
        person: store.person(person)?,
        diagnosis: store.all_entries(person)?,
        plan: export_plan(store, person)?,
        network: export_network(store, person)?,
        path: export_path(store, person)?,
    })
}

fn export_path(store: &Store, person: PersonId) -> Result<Option<CasePath>, CaseError> {
    // The person is known (the card was just read): no need to ask again for each list.
    let journal = store.journal_of_known(person)?;
    let evaluations = store.evaluations_of_known(person)?;
    if journal.is_empty() && evaluations.is_empty() {
        return Ok(None);
    }
    let mut ids: Vec<PartnerId> = journal.iter().flat_map(|e| e.partners.iter().copied()).collect();
    ids.sort_unstable();
    ids.dedup();
    let partners = store.partners(true)?.into_iter().filter(|p| ids.contains(&p.id)).collect();
    Ok(Some(CasePath { journal, evaluations, partners }))
}

impl CaseFile {
    /// Leaves out the journal's sensitive entries: what an export carries unless asked for them.
    pub fn without_sensitive(mut self) -> CaseFile {
        if let Some(path) = self.path.as_mut() {
            path.journal.retain(|e| !e.sensitive);
            let named: HashSet<PartnerId> = path.journal.iter().flat_map(|e| e.partners.iter().copied()).collect();
            path.partners.retain(|p| named.contains(&p.id));
        }
        self
    }
}

fn export_network(store: &Store, person: PersonId) -> Result<Option<CaseNetwork>, CaseError> {
    let ties = store.ties(person)?;
    if ties.is_empty() {
        return Ok(None);
    }
    let mut ids: Vec<PartnerId> = ties
        .iter()
        .filter_map(|t| match t.target {
            TieTarget::Partner(id) => Some(id),
            TieTarget::Informal { .. } => None,
        })
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let partners = ids.into_iter().map(|id| store.partner(id)).collect::<Result<Vec<_>, _>>()?;
    Ok(Some(CaseNetwork { ties, partners }))
}

fn export_plan(store: &Store, person: PersonId) -> Result<Option<CasePlan>, CaseError> {
    let p = store.plan(person)?;
    if p.axes.is_empty() {
        return Ok(None);
    }
    let mut carriers: Vec<PartnerId> = p
        .actions
        .iter()
        .filter_map(|a| match a.carrier {
            Carrier::Partner(id) => Some(id),
            _ => None,
        })
        .collect();
    carriers.sort_unstable();
    carriers.dedup();
    let partners = carriers.into_iter().map(|id| store.partner(id)).collect::<Result<Vec<_>, _>>()?;
    Ok(Some(CasePlan {
        postponements: store.person_postponements(person)?,
        axes: p.axes,
        objectives: p.objectives,
        actions: p.actions,
        partners,
    }))
}

/// Reads a case file. Format and version are checked before the content, so that a file of a
/// newer version says so rather than failing on a field it added.
pub fn parse_case(json: &str) -> Result<CaseFile, CaseError> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| CaseError::InvalidJson(e.to_string()))?;
    check_header(value.get("format").and_then(|f| f.as_str()), value.get("version").and_then(|v| v.as_u64()))?;
    // Parsed again from the text rather than from `value`: serde_json gives line and column only then.
    serde_json::from_str(json).map_err(|e| CaseError::InvalidJson(e.to_string()))
}

fn check_header(format: Option<&str>, version: Option<u64>) -> Result<(), CaseError> {
    if format != Some(CASE_FORMAT) {
        return Err(CaseError::WrongFormat);
    }
    match version {
        None | Some(0) => Err(CaseError::WrongFormat),
        Some(v) if v > u64::from(CASE_VERSION) => Err(CaseError::NewerVersion(u32::try_from(v).unwrap_or(u32::MAX))),
        Some(_) => Ok(()),
    }
}

/// Imports a case as a new person, all or nothing. Text is cleaned as if typed; a pseudonym
/// already used gets the first free « (2) », « (3) »… suffix.
pub fn import_case(store: &mut Store, case: &CaseFile) -> Result<ImportReport, CaseError> {
    check_header(Some(&case.format), Some(u64::from(case.version)))?;
    let incoming = person::cleaned(&case.person);
    if incoming.pseudonym.is_empty() {
        return Err(CaseError::Invalid("empty pseudonym".into()));
    }
    // What comes in a file obeys the rules of what is typed in a form.
    let today = chrono::Local::now().date_naive();
    if let Some(problem) = crate::domain::person::validate(&incoming, today).into_iter().next() {
        return Err(CaseError::PersonRule(problem));
    }
    let entries = revisions_in_order(&case.diagnosis)?;
    for e in &entries {
        let checked = diagnosis::cleaned(e);
        let known = crate::domain::nomenclature::is_need_code;
        if let Some(problem) = crate::domain::diagnosis::validate(&checked, today, known).into_iter().next() {
            return Err(CaseError::EntryRule(checked.domain.clone(), problem));
        }
    }
    let at = columns::now();
    store.with_transaction(|tx| {
        let pseudonym = free_pseudonym(tx, &incoming.pseudonym)?;
        let renamed_from = (pseudonym != incoming.pseudonym).then(|| incoming.pseudonym.clone());
        let id = person::insert(tx, &Person { pseudonym: pseudonym.clone(), ..incoming.clone() }, &at)?;
        for e in &entries {
            diagnosis::insert_revision(tx, &DiagnosisEntry { person_id: id, ..e.clone() }, e.revision, &at)?;
        }
        let invalid = |e| match e {
            CaseError::Store(StoreError::Invalid(msg)) => CaseError::Invalid(msg),
            other => other,
        };
        let objectives = match &case.plan {
            Some(p) => import_plan(tx, id, p, &at).map_err(invalid)?,
            None => HashMap::new(),
        };
        if let Some(n) = &case.network {
            import_network(tx, id, n, &at).map_err(invalid)?;
        }
        if let Some(path) = &case.path {
            import_path(tx, id, path, &objectives, today, &at).map_err(invalid)?;
        }
        Ok(ImportReport { person_id: id, pseudonym, renamed_from })
    })
}

/// Ids of the file mapped to the rows written; a record whose id appears twice is refused.
fn remember(map: &mut HashMap<i64, i64>, what: &str, old: i64, new: i64) -> Result<(), CaseError> {
    if map.insert(old, new).is_some() {
        return Err(CaseError::Invalid(format!("{what} {old} appears twice")));
    }
    Ok(())
}

fn mapped(map: &HashMap<i64, i64>, what: &'static str, old: i64) -> Result<i64, CaseError> {
    map.get(&old).copied().ok_or(CaseError::UnknownReference(what, old))
}

/// Writes the plan of the file for the new person `person`, in the import's transaction: partners
/// matched by name or added, then axes, objectives (each after the one it replaces), actions and
/// postponements, every link rewritten to the new ids. Each record passes the store's rules.
fn import_plan(
    conn: &rusqlite::Connection,
    person: PersonId,
    p: &CasePlan,
    at: &str,
) -> Result<HashMap<ObjectiveId, ObjectiveId>, CaseError> {
    let partners = import_partners(conn, &p.partners, at)?;

    let mut axes: HashMap<AxisId, AxisId> = HashMap::new();
    for a in &p.axes {
        let new = plan::insert_axis(conn, &Axis { person_id: person, ..a.clone() }, at)?;
        remember(&mut axes, "axis", a.id, new)?;
    }

    // An objective is written after the one it replaces, whatever the order of the file.
    let mut objectives: HashMap<ObjectiveId, ObjectiveId> = HashMap::new();
    let mut pending: Vec<&Objective> = p.objectives.iter().collect();
    while !pending.is_empty() {
        let before = pending.len();
        let mut later = Vec::new();
        for o in pending {
            let replaces = match o.replaces {
                None => None,
                Some(old) => match objectives.get(&old) {
                    Some(new) => Some(*new),
                    None => {
                        later.push(o);
                        continue;
                    }
                },
            };
            let axis_id = mapped(&axes, "axis", o.axis_id)?;
            let new = plan::insert_objective(conn, &Objective { axis_id, replaces, ..o.clone() }, at)?;
            remember(&mut objectives, "objective", o.id, new)?;
        }
        if later.len() == before {
            return Err(CaseError::Invalid("an objective replaces an unknown objective".into()));
        }
        pending = later;
    }

    let mut actions: HashMap<ActionId, ActionId> = HashMap::new();
    for a in &p.actions {
        let objective_id = mapped(&objectives, "objective", a.objective_id)?;
        let carrier = match a.carrier {
            Carrier::Partner(old) => Carrier::Partner(mapped(&partners, "partner", old)?),
            other => other,
        };
        let new = plan::insert_action(conn, &PlanAction { objective_id, carrier, ..a.clone() }, at)?;
        remember(&mut actions, "action", a.id, new)?;
    }

    for pp in &p.postponements {
        let action_id = mapped(&actions, "action", pp.action_id)?;
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
    path: &CasePath,
    objectives: &HashMap<ObjectiveId, ObjectiveId>,
    today: chrono::NaiveDate,
    at: &str,
) -> Result<(), CaseError> {
    // What comes in a file obeys the rules of what is typed in a form.
    for e in &path.journal {
        if let Some(problem) = crate::domain::journal::validate(e, today).into_iter().next() {
            return Err(CaseError::JournalRule(e.date, problem));
        }
    }
    for e in &path.evaluations {
        if let Some(problem) = crate::domain::evaluation::validate(e, today).into_iter().next() {
            return Err(CaseError::EvaluationRule(e.date, problem));
        }
    }
    let partners = import_partners(conn, &path.partners, at)?;
    for e in &path.journal {
        let named = e.partners.iter().map(|p| mapped(&partners, "partner", *p)).collect::<Result<Vec<_>, _>>()?;
        crate::store::journal::insert(
            conn,
            &JournalEntry { id: 0, person_id: person, partners: named, ..e.clone() },
            at,
        )?;
    }
    for e in &path.evaluations {
        let mut goals = e.goals.clone();
        for g in &mut goals {
            g.objective_id = mapped(objectives, "objective", g.objective_id)?;
        }
        let e = Evaluation { id: 0, person_id: person, goals, ..e.clone() };
        crate::store::evaluation::insert(conn, &e, at)?;
    }
    Ok(())
}

/// Partners of the file matched by name with the directory, or added to it: ids of the file → ids
/// of the database.
fn import_partners(
    conn: &rusqlite::Connection,
    incoming: &[Partner],
    at: &str,
) -> Result<HashMap<PartnerId, PartnerId>, CaseError> {
    let mut partners: HashMap<PartnerId, PartnerId> = HashMap::new();
    for p in incoming {
        let new = match partner::find_by_name(conn, &p.name)? {
            Some(id) => id,
            None => partner::insert(conn, p, at)?,
        };
        remember(&mut partners, "partner", p.id, new)?;
    }
    Ok(partners)
}

/// Writes the network of the file for the new person `person`, in the import's transaction:
/// partners matched by name or added, then the ties, each after the one it replaces, every link
/// rewritten to the new ids. Each tie passes the store's rules, except that a consent dated after
/// this computer's today is kept (it is what the exporting computer recorded), and a tie to a
/// partner archived since is kept (it is history).
fn import_network(conn: &rusqlite::Connection, person: PersonId, n: &CaseNetwork, at: &str) -> Result<(), CaseError> {
    let partners = import_partners(conn, &n.partners, at)?;
    let mut ties: HashMap<TieId, TieId> = HashMap::new();
    let mut pending: Vec<&Tie> = n.ties.iter().collect();
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
            let target = match &t.target {
                TieTarget::Partner(old) => TieTarget::Partner(mapped(&partners, "partner", *old)?),
                informal => informal.clone(),
            };
            let new = tie::insert(conn, &Tie { person_id: person, target, replaces, ..t.clone() }, None, at)?;
            remember(&mut ties, "tie", t.id, new)?;
        }
        if later.len() == before {
            return Err(CaseError::Invalid("a tie replaces an unknown tie".into()));
        }
        pending = later;
    }
    Ok(())
}

/// The revisions cleaned and checked, in an order where each domain's revisions rise, keeping
/// the file's order when it already does (it is the order in which they were written).
fn revisions_in_order(entries: &[DiagnosisEntry]) -> Result<Vec<DiagnosisEntry>, CaseError> {
    let mut cleaned: Vec<DiagnosisEntry> = entries.iter().map(diagnosis::cleaned).collect();
    let mut seen = HashSet::new();
    let mut last: HashMap<&str, i64> = HashMap::new();
    let mut rising = true;
    for e in &cleaned {
        if e.domain.is_empty() {
            return Err(CaseError::Invalid("diagnosis entry without domain".into()));
        }
        if e.revision < 1 {
            return Err(CaseError::Invalid(format!("revision {} of {}", e.revision, e.domain)));
        }
        if !seen.insert((e.domain.as_str(), e.revision)) {
            return Err(CaseError::Invalid(format!("revision {} of {} appears twice", e.revision, e.domain)));
        }
        if last.insert(e.domain.as_str(), e.revision).is_some_and(|prev| prev > e.revision) {
            rising = false;
        }
    }
    if !rising {
        cleaned.sort_by_key(|e| e.revision);
    }
    Ok(cleaned)
}

fn free_pseudonym(conn: &rusqlite::Connection, wanted: &str) -> Result<String, StoreError> {
    if !person::taken(conn, wanted, None)? {
        return Ok(wanted.to_string());
    }
    for n in 2..=MAX_SUFFIX {
        let candidate = format!("{wanted} ({n})");
        if !person::taken(conn, &candidate, None)? {
            return Ok(candidate);
        }
    }
    Err(StoreError::Invalid("no free pseudonym for the imported person".into()))
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
            assert!(matches!(revisions_in_order(&bad), Err(CaseError::Invalid(_))), "{bad:?}");
        }
    }

    #[test]
    fn header_checks() {
        assert!(check_header(Some(CASE_FORMAT), Some(1)).is_ok());
        assert!(matches!(check_header(Some("other"), Some(1)), Err(CaseError::WrongFormat)));
        assert!(matches!(check_header(Some(CASE_FORMAT), None), Err(CaseError::WrongFormat)));
        assert!(matches!(check_header(Some(CASE_FORMAT), Some(0)), Err(CaseError::WrongFormat)));
        assert!(matches!(check_header(Some(CASE_FORMAT), Some(1 << 40)), Err(CaseError::NewerVersion(u32::MAX))));
    }
}

//! A whole person as one versioned JSON file (`parcours export case`, `parcours import case`): to
//! move a situation between two databases, or hand a training case to trainees.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::domain::case::Case;
use crate::domain::diagnosis::DiagnosisEntry;
use crate::domain::evaluation::Evaluation;
use crate::domain::journal::JournalEntry;
use crate::domain::partner::{Partner, PartnerId};
use crate::domain::person::{Person, PersonId};
use crate::domain::plan::{ActionId, Axis, AxisId, Carrier, Objective, ObjectiveId, PlanAction, Postponement};
use crate::domain::tie::{Tie, TieId, TieTarget};
use crate::store::{Store, StoreError, columns, diagnosis, partner, person, plan, tie};

pub use super::case_check::{CaseLink, CaseRecord, CaseRefusal, Refused};

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

/// Why a case file is not imported. Every variant is a value `i18n` says in words: nothing here
/// is English text meant for the user.
#[derive(Debug, thiserror::Error)]
pub enum CaseError {
    /// Not JSON, or JSON not of the expected shape, at this line and column.
    #[error("invalid JSON: {0:?}")]
    Json(JsonProblem),
    #[error("not a parcours case file")]
    WrongFormat,
    #[error("case file version {0} is newer than this parcours")]
    NewerVersion(u32),
    /// A record of the file breaks a rule; nothing was written.
    #[error("{0:?}: {1:?}")]
    Refused(CaseRecord, CaseRefusal),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<Refused> for CaseError {
    fn from((record, why): Refused) -> CaseError {
        CaseError::Refused(record, why)
    }
}

/// Where serde_json stopped reading, and why, as values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonProblem {
    pub line: usize,
    pub column: usize,
    pub fault: JsonFault,
    /// The key whose value was being read, when the text before the error names one.
    pub key: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonFault {
    /// Not JSON at this place (a missing comma, a stray character…).
    Syntax,
    /// The file ends in the middle of a value.
    Truncated,
    /// A value of another kind than the one expected here.
    Expected(JsonKind),
    /// A required key is missing from an object.
    MissingField,
    /// A value outside the choices this key takes (an unknown status…), or an impossible one.
    BadValue,
}

/// What kind of value the layout wants at a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    Integer,
    Number,
    Text,
    Boolean,
    List,
    Object,
}

impl JsonProblem {
    /// Reads serde_json's error, whose message is English, into values; `json` is the text it
    /// was reading, where the key being read is looked up.
    pub fn of(e: &serde_json::Error, json: &str) -> JsonProblem {
        use serde_json::error::Category;
        let msg = e.to_string();
        let fault = match e.classify() {
            Category::Eof => JsonFault::Truncated,
            Category::Syntax | Category::Io => JsonFault::Syntax,
            Category::Data if msg.starts_with("missing field") => JsonFault::MissingField,
            Category::Data if msg.starts_with("invalid type") => match expected_kind(&msg) {
                Some(kind) => JsonFault::Expected(kind),
                None => JsonFault::BadValue,
            },
            Category::Data => JsonFault::BadValue,
        };
        let key = if fault == JsonFault::MissingField {
            // « missing field `pseudonym` at line… »: the missing key is the one to name.
            msg.split('`').nth(1).map(str::to_string)
        } else {
            key_before(json, e.line(), e.column())
        };
        JsonProblem { line: e.line(), column: e.column(), fault, key }
    }
}

/// The kind named after « expected » in serde's message (« expected i32 », « expected a string »).
fn expected_kind(msg: &str) -> Option<JsonKind> {
    let wanted = msg.rsplit_once(", expected ")?.1;
    let wanted = wanted.split(" at line ").next().unwrap_or(wanted);
    let has = |words: &[&str]| words.iter().any(|w| wanted.contains(w));
    Some(if has(&["i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "integer"]) {
        JsonKind::Integer
    } else if has(&["f32", "f64", "float", "number"]) {
        JsonKind::Number
    } else if has(&["bool"]) {
        JsonKind::Boolean
    } else if has(&["sequence", "array", "tuple", "Vec"]) {
        JsonKind::List
    } else if has(&["string", "char", "date", "time"]) {
        JsonKind::Text
    } else if has(&["struct", "map", "enum"]) {
        JsonKind::Object
    } else {
        return None;
    })
}

/// The last `"key":` before `line`:`column` (1-based, as serde_json counts), when it looks like a
/// key of the layout (lowercase letters and underscores): the value being read is its value.
fn key_before(json: &str, line: usize, column: usize) -> Option<String> {
    let start: usize = json.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    let rest = json.get(start..)?;
    let end = start + rest.char_indices().nth(column).map_or(rest.len(), |(i, _)| i);
    let before = json.get(..end)?;
    let colon = before.rfind("\":")?;
    let open = before[..colon].rfind('"')?;
    let key = &before[open + 1..colon];
    (!key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase() || c == '_')).then(|| key.to_string())
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
    Ok(CaseFile::of(&store.case(person)?, &store.partners(true)?))
}

impl CaseFile {
    /// The file of a case; `directory` gives the partners it names, by value. The plan, the network
    /// and the path are left out when empty, as files have always been written.
    pub fn of(case: &Case, directory: &[Partner]) -> CaseFile {
        let Case { person, diagnosis, plan, postponements, ties, journal, evaluations, evidence: _ } = case;
        // Partners by id for the plan and the network, in the directory's order for the path.
        let by_id = |mut ids: Vec<PartnerId>| -> Vec<Partner> {
            ids.sort_unstable();
            ids.dedup();
            ids.iter().filter_map(|id| directory.iter().find(|p| p.id == *id).cloned()).collect()
        };
        let plan = (!plan.axes.is_empty()).then(|| {
            let carriers = plan.actions.iter().filter_map(|a| match a.carrier {
                Carrier::Partner(id) => Some(id),
                Carrier::Person | Carrier::Referent => None,
            });
            CasePlan {
                axes: plan.axes.clone(),
                objectives: plan.objectives.clone(),
                actions: plan.actions.clone(),
                postponements: postponements.clone(),
                partners: by_id(carriers.collect()),
            }
        });
        let network = (!ties.is_empty()).then(|| {
            let targets = ties.iter().filter_map(|t| match t.target {
                TieTarget::Partner(id) => Some(id),
                TieTarget::Informal { .. } => None,
            });
            CaseNetwork { ties: ties.clone(), partners: by_id(targets.collect()) }
        });
        let path = (!journal.is_empty() || !evaluations.is_empty()).then(|| {
            let named: HashSet<PartnerId> = journal.iter().flat_map(|e| e.partners.iter().copied()).collect();
            CasePath {
                journal: journal.clone(),
                evaluations: evaluations.clone(),
                partners: directory.iter().filter(|p| named.contains(&p.id)).cloned().collect(),
            }
        });
        CaseFile {
            format: CASE_FORMAT.to_string(),
            version: CASE_VERSION,
            person: person.clone(),
            diagnosis: diagnosis.clone(),
            plan,
            network,
            path,
        }
    }

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

/// Reads a case file. Format and version are checked before the content, so that a file of a
/// newer version says so rather than failing on a field it added.
pub fn parse_case(json: &str) -> Result<CaseFile, CaseError> {
    // A file saved by Notepad and the like starts with a byte-order mark: it is not content.
    let json = crate::domain::text::without_bom(json);
    let invalid = |e: serde_json::Error| CaseError::Json(JsonProblem::of(&e, json));
    let value: serde_json::Value = serde_json::from_str(json).map_err(invalid)?;
    check_header(value.get("format").and_then(|f| f.as_str()), value.get("version").and_then(|v| v.as_u64()))?;
    // Parsed again from the text rather than from `value`: serde_json gives line and column only then.
    serde_json::from_str(json).map_err(invalid)
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
    // What comes in a file obeys the rules of what is typed in a form, and is never cut to fit.
    let today = chrono::Local::now().date_naive();
    super::case_check::check_sizes(case)?;
    let entries = revisions_in_order(&case.diagnosis)?;
    super::case_check::check_rules(case, today)?;
    super::case_check::check_dates(case)?;
    let incoming = person::cleaned(&case.person);
    let at = columns::now();
    store.with_transaction(|tx| {
        let pseudonym = free_pseudonym(tx, &incoming.pseudonym)?;
        let renamed_from = (pseudonym != incoming.pseudonym).then(|| incoming.pseudonym.clone());
        let id = person::insert(tx, &Person { pseudonym: pseudonym.clone(), ..incoming.clone() }, &at)?;
        for e in &entries {
            diagnosis::insert_revision(tx, &DiagnosisEntry { person_id: id, ..e.clone() }, e.revision, &at)?;
        }
        let objectives = match &case.plan {
            Some(p) => import_plan(tx, id, p, &at)?,
            None => HashMap::new(),
        };
        if let Some(n) = &case.network {
            import_network(tx, id, n, &at)?;
        }
        if let Some(path) = &case.path {
            import_path(tx, id, path, &objectives, &at)?;
        }
        Ok(ImportReport { person_id: id, pseudonym, renamed_from })
    })
}

/// Ids of the file mapped to the rows written; a record whose id appears twice is refused.
fn remember(map: &mut HashMap<i64, i64>, record: CaseRecord, old: i64, new: i64) -> Result<(), CaseError> {
    if map.insert(old, new).is_some() {
        return Err(CaseError::Refused(record, CaseRefusal::Twice));
    }
    Ok(())
}

/// The new id of what `record` links to, which the file must carry.
fn mapped(map: &HashMap<i64, i64>, record: &CaseRecord, link: CaseLink, old: i64) -> Result<i64, CaseError> {
    map.get(&old).copied().ok_or_else(|| CaseError::Refused(record.clone(), CaseRefusal::Missing(link, old)))
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
    p: &CasePlan,
    at: &str,
) -> Result<HashMap<ObjectiveId, ObjectiveId>, CaseError> {
    let partners = import_partners(conn, &p.partners, at)?;

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
            return Err(CaseError::Refused(CaseRecord::Objective(first.id), CaseRefusal::ReplacesUnknown));
        }
        pending = later;
    }

    let mut actions: HashMap<ActionId, ActionId> = HashMap::new();
    for (a, position) in p.actions.iter().zip(ranks(p.actions.iter().map(|a| (a.objective_id, a.position)))) {
        let record = CaseRecord::Action(a.id);
        let objective_id = mapped(&objectives, &record, CaseLink::Objective, a.objective_id)?;
        let carrier = match a.carrier {
            Carrier::Partner(old) => Carrier::Partner(mapped(&partners, &record, CaseLink::Partner, old)?),
            other => other,
        };
        let new = plan::insert_action(conn, &PlanAction { objective_id, carrier, position, ..a.clone() }, at)?;
        remember(&mut actions, record, a.id, new)?;
    }

    for pp in &p.postponements {
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
    path: &CasePath,
    objectives: &HashMap<ObjectiveId, ObjectiveId>,
    at: &str,
) -> Result<(), CaseError> {
    let partners = import_partners(conn, &path.partners, at)?;
    for e in &path.journal {
        let record = CaseRecord::Journal(e.date);
        let named = e
            .partners
            .iter()
            .map(|p| mapped(&partners, &record, CaseLink::Partner, *p))
            .collect::<Result<Vec<_>, _>>()?;
        crate::store::journal::insert(
            conn,
            &JournalEntry { id: 0, person_id: person, partners: named, ..e.clone() },
            at,
        )?;
    }
    for e in &path.evaluations {
        let mut goals = e.goals.clone();
        for g in &mut goals {
            g.objective_id = mapped(objectives, &CaseRecord::Evaluation(e.date), CaseLink::Objective, g.objective_id)?;
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
        remember(&mut partners, CaseRecord::Partner(p.id), p.id, new)?;
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
            let record = CaseRecord::Tie(t.id);
            let target = match &t.target {
                TieTarget::Partner(old) => TieTarget::Partner(mapped(&partners, &record, CaseLink::Partner, *old)?),
                informal => informal.clone(),
            };
            let new = tie::insert(conn, &Tie { person_id: person, target, replaces, ..t.clone() }, None, at)?;
            remember(&mut ties, record, t.id, new)?;
        }
        if let (true, Some(first)) = (later.len() == before, later.first()) {
            return Err(CaseError::Refused(CaseRecord::Tie(first.id), CaseRefusal::ReplacesUnknown));
        }
        pending = later;
    }
    Ok(())
}

/// The revisions cleaned and checked, in an order where each domain's revisions rise, keeping
/// the file's order when it already does (it is the order in which they were written), then
/// numbered 1, 2, 3… in each domain: a file's 9223372036854775807 would leave no next revision.
fn revisions_in_order(entries: &[DiagnosisEntry]) -> Result<Vec<DiagnosisEntry>, CaseError> {
    let mut cleaned: Vec<DiagnosisEntry> = entries.iter().map(diagnosis::cleaned).collect();
    let mut seen = HashSet::new();
    let mut last: HashMap<&str, i64> = HashMap::new();
    let mut rising = true;
    for (e, raw) in cleaned.iter().zip(entries) {
        let record = || CaseRecord::Entry { domain: raw.domain.clone(), revision: raw.revision };
        if e.domain.is_empty() {
            return Err(CaseError::Refused(record(), CaseRefusal::NoDomain));
        }
        if e.revision < 1 {
            return Err(CaseError::Refused(record(), CaseRefusal::RevisionBelowOne));
        }
        if !seen.insert((e.domain.as_str(), e.revision)) {
            return Err(CaseError::Refused(record(), CaseRefusal::Twice));
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

fn free_pseudonym(conn: &rusqlite::Connection, wanted: &str) -> Result<String, CaseError> {
    if !person::taken(conn, wanted, None)? {
        return Ok(wanted.to_string());
    }
    for n in 2..=MAX_SUFFIX {
        let candidate = format!("{wanted} ({n})");
        if !person::taken(conn, &candidate, None)? {
            return Ok(candidate);
        }
    }
    Err(CaseError::Refused(CaseRecord::Person, CaseRefusal::NoFreePseudonym))
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
                matches!(revisions_in_order(&bad), Err(CaseError::Refused(CaseRecord::Entry { .. }, _))),
                "{bad:?}"
            );
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

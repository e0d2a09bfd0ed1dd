//! A whole person as one versioned JSON file (`parcours export case`, `parcours import case`): to
//! move a situation between two databases, or hand a training case to trainees.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::domain::diagnosis::DiagnosisEntry;
use crate::domain::person::{Person, PersonId};
use crate::store::{Store, StoreError, columns, diagnosis, person};

pub const CASE_FORMAT: &str = "parcours-case";
/// Version of the file layout written by this build; files of a higher version are refused.
pub const CASE_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseFile {
    pub format: String,
    pub version: u32,
    pub person: Person,
    /// Every revision of every domain, the oldest first.
    pub diagnosis: Vec<DiagnosisEntry>,
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
    })
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
    let entries = revisions_in_order(&case.diagnosis)?;
    let at = columns::now();
    store.with_transaction(|tx| {
        let pseudonym = free_pseudonym(tx, &incoming.pseudonym)?;
        let renamed_from = (pseudonym != incoming.pseudonym).then(|| incoming.pseudonym.clone());
        let id = person::insert(tx, &Person { pseudonym: pseudonym.clone(), ..incoming.clone() }, &at)?;
        for e in &entries {
            diagnosis::insert_revision(tx, &DiagnosisEntry { person_id: id, ..e.clone() }, e.revision, &at)?;
        }
        Ok(ImportReport { person_id: id, pseudonym, renamed_from })
    })
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

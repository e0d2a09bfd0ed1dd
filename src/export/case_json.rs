//! `parcours export case` and `parcours import case` between the base and a case file: the case
//! read from the store and written as the file ([`crate::interchange::case`]), or a file read, converted to
//! a case and written by the store, all or nothing.

pub use crate::domain::case_refusal::{CaseLink, CaseRecord, CaseRefusal, Refused};
use crate::domain::person::PersonId;
pub use crate::interchange::case::{
    CASE_FORMAT, CASE_VERSION, CaseFile, CaseNetwork, CasePath, CasePlan, FileError, JsonFault, JsonKind, JsonProblem,
};
pub use crate::store::ImportReport;
use crate::store::{InsertError, Store, StoreError};

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

impl From<FileError> for CaseError {
    fn from(e: FileError) -> CaseError {
        match e {
            FileError::Json(p) => CaseError::Json(p),
            FileError::WrongFormat => CaseError::WrongFormat,
            FileError::NewerVersion(v) => CaseError::NewerVersion(v),
        }
    }
}

impl From<InsertError> for CaseError {
    fn from(e: InsertError) -> CaseError {
        match e {
            InsertError::Refused(record, why) => CaseError::Refused(record, why),
            InsertError::Store(e) => CaseError::Store(e),
        }
    }
}

/// Her case as a file, every partner it names taken from the directory.
pub fn export_case(store: &Store, person: PersonId) -> Result<CaseFile, CaseError> {
    Ok(CaseFile::of(&store.case(person)?, &store.partners(true)?))
}

/// Reads a case file. Format and version are checked before the content, so that a file of a
/// newer version says so rather than failing on a field it added.
pub fn parse_case(json: &str) -> Result<CaseFile, CaseError> {
    Ok(crate::interchange::case::parse(json)?)
}

/// Imports a case as a new person, all or nothing (see [`Store::insert_case`]).
pub fn import_case(store: &mut Store, case: &CaseFile) -> Result<ImportReport, CaseError> {
    crate::interchange::case::check_header(Some(&case.format), Some(u64::from(case.version)))?;
    let (records, partners) = case.to_case()?;
    let today = chrono::Local::now().date_naive();
    Ok(store.insert_case(&records, &partners, today)?)
}

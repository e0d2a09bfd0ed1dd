//! What can go wrong with the database. The UI turns each variant into a sentence for the user;
//! the messages here are short English reasons for logs.

use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;

use crate::log::ErrorCategory;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// Another process holds the lock of this data folder.
    #[error("the database in {path} is already open in another parcours")]
    AlreadyOpen { path: PathBuf },
    /// The database was written by a newer parcours; it is left untouched.
    #[error("the database has schema {found}, this parcours knows up to {supported}")]
    NewerSchema { found: i64, supported: i64 },
    /// Not an SQLite database, or a damaged one; the file is left byte-for-byte untouched.
    #[error("{path} is not a parcours database or is damaged")]
    NotADatabase { path: PathBuf },
    /// The database must be migrated, and another parcours holds it open: only a reader was asked.
    #[error("the database has schema {found} and needs migrating to {supported} while another parcours holds it")]
    OlderSchemaInUse { found: i64, supported: i64 },
    /// A migration failed and was rolled back: the database is as it was, `backup` a copy of it.
    #[error("migration from schema {from} to {to} failed; backup in {backup}")]
    MigrationFailed { from: i64, to: i64, backup: PathBuf },
    #[error("cannot create or write in {path}")]
    FolderNotWritable { path: PathBuf },
    /// A file to write is one of the data folder's own (the database, its side files, the lock,
    /// the log, a backup): refused before anything is written.
    #[error("{path} is a file of the parcours database")]
    BaseFile { path: PathBuf },
    #[error("no such record")]
    NotFound,
    #[error("invalid data: {0}")]
    Invalid(String),
    #[error(transparent)]
    Io(#[from] std::io::Error),
    #[error(transparent)]
    Sql(#[from] rusqlite::Error),
}

pub(crate) fn is_permission(e: &std::io::Error) -> bool {
    matches!(e.kind(), std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem)
}

/// An I/O error while preparing `folder`: permission problems become `FolderNotWritable`.
pub(crate) fn io_in(folder: &Path, e: std::io::Error) -> StoreError {
    if is_permission(&e) { StoreError::FolderNotWritable { path: folder.to_path_buf() } } else { StoreError::Io(e) }
}

/// An SQLite error while opening or preparing the database at `db`, in `folder`.
pub(crate) fn sql_in(folder: &Path, db: &Path, e: rusqlite::Error) -> StoreError {
    match e.sqlite_error_code() {
        Some(ErrorCode::NotADatabase | ErrorCode::DatabaseCorrupt) => {
            StoreError::NotADatabase { path: db.to_path_buf() }
        }
        Some(ErrorCode::ReadOnly | ErrorCode::CannotOpen | ErrorCode::PermissionDenied) => {
            StoreError::FolderNotWritable { path: folder.to_path_buf() }
        }
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => {
            StoreError::AlreadyOpen { path: folder.to_path_buf() }
        }
        _ => StoreError::Sql(e),
    }
}

// Here rather than in the log: the store writes the log, and the log knows nothing of the store.
impl From<&StoreError> for ErrorCategory {
    fn from(e: &StoreError) -> ErrorCategory {
        match e {
            StoreError::AlreadyOpen { .. } => ErrorCategory::AlreadyOpen,
            StoreError::NewerSchema { .. } => ErrorCategory::NewerSchema,
            StoreError::OlderSchemaInUse { .. } => ErrorCategory::OlderSchemaInUse,
            StoreError::MigrationFailed { .. } => ErrorCategory::MigrationFailed,
            StoreError::BaseFile { .. } => ErrorCategory::BaseFile,
            StoreError::NotADatabase { .. } => ErrorCategory::NotADatabase,
            StoreError::FolderNotWritable { .. } => ErrorCategory::FolderNotWritable,
            StoreError::NotFound => ErrorCategory::NotFound,
            StoreError::Invalid(_) => ErrorCategory::Invalid,
            StoreError::Io(e) => ErrorCategory::Io(e.kind()),
            StoreError::Sql(e) => ErrorCategory::Sql(e.sqlite_error_code()),
        }
    }
}

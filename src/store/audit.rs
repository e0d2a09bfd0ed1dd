//! The audit log: one row per write, in the transaction of that write, so that the log and the data
//! can never disagree (a write rolled back leaves no trace, a committed one always does).

use rusqlite::{Connection, params};

use super::{Store, StoreError};

/// What a write did, as stored in `audit_log.action`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AuditAction {
    Insert,
    Update,
    Archive,
    Unarchive,
    /// Only tags are ever deleted (evidence): the record they pointed to stays.
    Delete,
}

impl AuditAction {
    fn code(self) -> &'static str {
        match self {
            AuditAction::Insert => "insert",
            AuditAction::Update => "update",
            AuditAction::Archive => "archive",
            AuditAction::Unarchive => "unarchive",
            AuditAction::Delete => "delete",
        }
    }
}

pub(crate) fn record(
    conn: &Connection,
    table: &str,
    row_id: i64,
    action: AuditAction,
    at: &str,
) -> rusqlite::Result<()> {
    conn.prepare_cached("INSERT INTO audit_log (table_name, row_id, action, at) VALUES (?1, ?2, ?3, ?4)")?
        .execute(params![table, row_id, action.code(), at])?;
    Ok(())
}

impl Store {
    /// Number of rows in the audit log.
    pub fn audit_count(&self) -> Result<i64, StoreError> {
        Ok(self.conn.query_row("SELECT count(*) FROM audit_log", [], |r| r.get(0))?)
    }
}

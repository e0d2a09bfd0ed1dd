//! SQLite storage: one file per aggregate, every write one transaction with its audit row.

mod audit;
mod backup;
mod case;
pub(crate) mod case_check;
mod case_insert;
pub(crate) mod columns;
mod deadline;
pub(crate) mod diagnosis;
mod error;
pub(crate) mod evaluation;
pub(crate) mod evidence;
mod files;
pub(crate) mod journal;
mod open;
pub(crate) mod partner;
pub(crate) mod person;
pub(crate) mod plan;
mod plan_gaps;
mod plan_write;
mod row;
mod schema;
mod search;
pub mod tie;

use std::fs::File;
use std::path::{Path, PathBuf};

use rusqlite::{Connection, TransactionBehavior};

pub use case_insert::{ImportReport, InsertError};
pub use error::StoreError;
pub use files::{Guard, create_new_private, replace_whole};
pub use open::Reader;
pub use person::PersonSummary;
pub use plan_gaps::PlanGaps;
pub use schema::LATEST_SCHEMA;
pub use search::SearchHit;

/// Name of the database file in the data folder.
pub const DB_FILE: &str = "parcours.db";

/// What opening did to an existing database of an older schema.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MigrationReport {
    pub from: i64,
    pub to: i64,
    /// Copy of the database as it was before the migration.
    pub backup: Option<PathBuf>,
}

#[derive(Debug)]
pub struct Store {
    // Declared before `_lock`: fields drop in order, so the connection is closed (and the WAL
    // checkpointed) before another instance may take the lock.
    conn: Connection,
    path: Option<PathBuf>,
    migration: Option<MigrationReport>,
    _lock: Option<File>,
}

impl Store {
    /// The migration this open performed on an existing database, if any. A database created by
    /// this open reports none: there was nothing to migrate.
    pub fn last_migration(&self) -> Option<&MigrationReport> {
        self.migration.as_ref()
    }

    /// Path of the database file (`None` in memory).
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The data folder holding the database (`None` in memory).
    pub fn data_dir(&self) -> Option<&Path> {
        self.path.as_deref().and_then(Path::parent)
    }

    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(schema::user_version(&self.conn)?)
    }

    /// SQLite's own check of the file; an empty list means it is sound.
    pub fn integrity_check(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.conn.prepare("PRAGMA integrity_check")?;
        let rows = stmt.query_map([], |r| columns::text(r, 0))?;
        let mut problems = Vec::new();
        for row in rows {
            let line = row?;
            if line != "ok" {
                problems.push(line);
            }
        }
        Ok(problems)
    }

    /// Runs `f` in one write transaction: committed when it returns `Ok`, rolled back otherwise.
    /// Inside [`Store::in_one_transaction`] it is a savepoint of the outer transaction instead, so
    /// that the outer one still decides whether anything is written.
    pub(crate) fn with_transaction<T, E>(&mut self, f: impl FnOnce(&Connection) -> Result<T, E>) -> Result<T, E>
    where
        E: From<StoreError>,
    {
        if !self.conn.is_autocommit() {
            let savepoint = self.conn.savepoint().map_err(|e| E::from(StoreError::Sql(e)))?;
            let value = f(&savepoint)?;
            savepoint.commit().map_err(|e| E::from(StoreError::Sql(e)))?;
            return Ok(value);
        }
        // IMMEDIATE takes the write lock at once: a deferred transaction that upgrades later can fail
        // with SQLITE_BUSY without waiting for busy_timeout.
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| E::from(StoreError::Sql(e)))?;
        let value = f(&tx)?;
        tx.commit().map_err(|e| E::from(StoreError::Sql(e)))?;
        Ok(value)
    }

    /// Runs several writes of the store's own methods as one: all of them are committed when `f`
    /// returns `Ok`, none otherwise (the demo's situations, which an interruption must not leave
    /// half-written).
    pub(crate) fn in_one_transaction<T>(
        &mut self,
        f: impl FnOnce(&mut Store) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.conn.execute_batch("BEGIN IMMEDIATE")?;
        let result = f(self).and_then(|value| {
            self.conn.execute_batch("COMMIT")?;
            Ok(value)
        });
        if result.is_err() && !self.conn.is_autocommit() {
            // Rolling back can only fail if there is nothing left to roll back.
            let _ = self.conn.execute_batch("ROLLBACK");
        }
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::person::Person;

    #[test]
    fn a_failed_transaction_leaves_nothing() {
        let mut store = Store::open_in_memory().unwrap();
        let mut p = Person::new_draft(chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap());
        p.pseudonym = "Mme A.".into();
        let result: Result<(), StoreError> = store.with_transaction(|tx| {
            person::insert(tx, &p, "2026-01-05T00:00:00Z")?;
            Err(StoreError::Invalid("second step failed".into()))
        });
        assert!(result.is_err());
        assert!(store.persons(true).unwrap().is_empty());
        assert_eq!(store.audit_count().unwrap(), 0);
        assert!(store.search("mme", 5).unwrap().is_empty());
    }

    #[test]
    fn writes_in_one_transaction_are_kept_or_dropped_together() {
        let mut store = Store::open_in_memory().unwrap();
        let mut p = Person::new_draft(chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap());
        p.pseudonym = "Mme A.".into();
        let result = store.in_one_transaction(|s| {
            s.insert_person(&p)?;
            Err::<(), _>(StoreError::Invalid("second step failed".into()))
        });
        assert!(result.is_err());
        assert!(store.persons(true).unwrap().is_empty());
        assert_eq!(store.audit_count().unwrap(), 0);
        // And the store writes on its own afterwards, outside any transaction.
        store.insert_person(&p).unwrap();
        p.pseudonym = "M. B.".into();
        store.in_one_transaction(|s| s.insert_person(&p)).unwrap();
        assert_eq!(store.persons(true).unwrap().len(), 2);
    }
}

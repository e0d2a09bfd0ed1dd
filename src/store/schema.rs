//! The schema's history: one SQL file per migration, never edited once released (a database in the
//! field was built by it); a change of schema is a new file appended here.

use rusqlite::Connection;
use rusqlite_migration::{M, Migrations};

use super::StoreError;

pub(crate) const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_initial.sql"),
    include_str!("migrations/002_plan.sql"),
    include_str!("migrations/003_network.sql"),
    include_str!("migrations/004_evaluation.sql"),
    include_str!("migrations/005_evidence.sql"),
    include_str!("migrations/006_program_notes.sql"),
];

/// Schema version of a database this build writes: the number of migrations.
pub const LATEST_SCHEMA: i64 = MIGRATIONS.len() as i64;

pub(crate) fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |row| row.get(0))
}

/// Runs the migrations `sqls` not yet applied, in one transaction.
pub(crate) fn migrate(conn: &mut Connection, sqls: &[&str]) -> Result<(), StoreError> {
    let found = user_version(conn)?;
    let supported = sqls.len() as i64;
    Migrations::new(sqls.iter().map(|sql| M::up(sql)).collect()).to_latest(conn).map_err(|e| {
        use rusqlite_migration::{Error, MigrationDefinitionError};
        match e {
            Error::RusqliteError { err, .. } => StoreError::Sql(err),
            Error::MigrationDefinition(MigrationDefinitionError::DatabaseTooFarAhead) => {
                StoreError::NewerSchema { found, supported }
            }
            other => StoreError::Invalid(format!("migration failed: {other}")),
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_apply_on_an_empty_database() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn, MIGRATIONS).unwrap();
        assert_eq!(user_version(&conn).unwrap(), LATEST_SCHEMA);
        // Twice is a no-op, not an error.
        migrate(&mut conn, MIGRATIONS).unwrap();
        assert_eq!(user_version(&conn).unwrap(), LATEST_SCHEMA);
    }

    #[test]
    fn revisions_and_audit_rows_cannot_be_rewritten() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate(&mut conn, MIGRATIONS).unwrap();
        conn.execute_batch(
            "INSERT INTO person (id, pseudonym, pseudonym_key, created_at, updated_at) VALUES (1, 'A', 'a', 'x', 'x');
             INSERT INTO diagnosis_entry (id, person_id, domain, revision, date, created_at)
                 VALUES (1, 1, 'sante', 1, '2026-01-01', 'x');
             INSERT INTO audit_log (table_name, row_id, action, at) VALUES ('person', 1, 'insert', 'x');",
        )
        .unwrap();
        assert!(conn.execute("UPDATE diagnosis_entry SET situation = 'y'", []).is_err());
        assert!(conn.execute("DELETE FROM diagnosis_entry", []).is_err());
        assert!(conn.execute("UPDATE audit_log SET action = 'y'", []).is_err());
        assert!(conn.execute("DELETE FROM audit_log", []).is_err());
    }
}

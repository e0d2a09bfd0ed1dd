//! A record's row, written by one function that destructures the record whole: the INSERT and
//! the UPDATE of a table are built from the same list of (column, value), so a field added to the
//! record is a compile error there until it is given a column (or said to live elsewhere), and an
//! edit can never be dropped by an UPDATE that forgot it.

use rusqlite::Connection;
use rusqlite::types::Value;

use super::StoreError;

/// (column, value), in the table's order.
pub(crate) type Columns = Vec<(&'static str, Value)>;

/// `INSERT INTO table (…) VALUES (…)` of these columns; the new row's id.
pub(crate) fn insert(conn: &Connection, table: &str, columns: Columns) -> Result<i64, StoreError> {
    let names: Vec<&str> = columns.iter().map(|(name, _)| *name).collect();
    let marks: Vec<String> = (1..=columns.len()).map(|i| format!("?{i}")).collect();
    let sql = format!("INSERT INTO {table} ({}) VALUES ({})", names.join(", "), marks.join(", "));
    let values = columns.into_iter().map(|(_, v)| v);
    conn.prepare_cached(&sql)?.execute(rusqlite::params_from_iter(values))?;
    Ok(conn.last_insert_rowid())
}

/// `UPDATE table SET … WHERE id = ?1` of these columns; how many rows changed.
pub(crate) fn update(conn: &Connection, table: &str, id: i64, columns: Columns) -> Result<usize, StoreError> {
    let set: Vec<String> = columns.iter().enumerate().map(|(i, (name, _))| format!("{name} = ?{}", i + 2)).collect();
    let sql = format!("UPDATE {table} SET {} WHERE id = ?1", set.join(", "));
    let values = std::iter::once(Value::Integer(id)).chain(columns.into_iter().map(|(_, v)| v));
    Ok(conn.prepare_cached(&sql)?.execute(rusqlite::params_from_iter(values))?)
}

/// A card's or a partner's first archiving flag and timestamps, written with its other columns.
pub(crate) fn created(archived: bool, at: &str) -> Columns {
    vec![("archived", archived.into()), ("created_at", at.to_string().into()), ("updated_at", at.to_string().into())]
}

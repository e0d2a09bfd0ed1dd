//! Diagnosis entries: each save is a new revision row; none is ever rewritten or deleted.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::audit::{self, AuditAction};
use super::columns::{clean_text, flag, now, parse_date, text};
use super::row::{self, Columns};
use super::{Store, StoreError, person, search};
use crate::domain::diagnosis::{Completeness, DiagnosisEntry, Need, Priority};
use crate::domain::person::PersonId;
use crate::domain::text::{clean, clean_line};

const COLUMNS: &str = "e.id, e.person_id, e.domain, e.revision, e.situation, e.person_words, e.resources, e.risks, \
     e.priority_person, e.priority_referent, e.source, e.date, e.co_built, e.created_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<DiagnosisEntry> {
    // A malformed date falls back on the day the revision was written: still in the right place
    // in the history, rather than an error that would hide the whole diagnosis.
    let date = parse_date(&text(row, 11)?).or_else(|| parse_date(&text(row, 13).unwrap_or_default()));
    Ok(DiagnosisEntry {
        id: row.get(0)?,
        person_id: row.get(1)?,
        domain: clean_text(row, 2)?,
        revision: row.get(3)?,
        situation: clean_text(row, 4)?,
        person_words: clean_text(row, 5)?,
        needs: Vec::new(),
        resources: clean_text(row, 6)?,
        risks: clean_text(row, 7)?,
        priority_person: Priority::from_code(&text(row, 8)?).unwrap_or_default(),
        priority_referent: Priority::from_code(&text(row, 9)?).unwrap_or_default(),
        source: clean_text(row, 10)?,
        date: date.unwrap_or_default(),
        co_built: flag(row, 12)?,
    })
}

fn with_needs(conn: &Connection, mut entries: Vec<DiagnosisEntry>) -> Result<Vec<DiagnosisEntry>, StoreError> {
    let mut stmt =
        conn.prepare_cached("SELECT text, serafin_code FROM diagnosis_need WHERE entry_id = ?1 ORDER BY position")?;
    for e in &mut entries {
        e.needs = stmt
            .query_map([e.id], |row| {
                let code = clean_line(&text(row, 1)?);
                Ok(Need { text: clean_line(&text(row, 0)?), serafin_code: (!code.is_empty()).then_some(code) })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
    }
    Ok(entries)
}

fn query(conn: &Connection, sql: &str, params: impl rusqlite::Params) -> Result<Vec<DiagnosisEntry>, StoreError> {
    let entries = conn.prepare_cached(sql)?.query_map(params, from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
    with_needs(conn, entries)
}

/// The entry as it is stored: text cleaned of control characters, empty codes dropped.
pub(crate) fn cleaned(e: &DiagnosisEntry) -> DiagnosisEntry {
    // Every field named (no `..`): a text added to the entry must be said cleaned here too.
    DiagnosisEntry {
        id: e.id,
        person_id: e.person_id,
        domain: clean_line(&e.domain),
        revision: e.revision,
        situation: clean(&e.situation),
        person_words: clean(&e.person_words),
        needs: e
            .needs
            .iter()
            .map(|Need { text, serafin_code }| Need {
                text: clean_line(text),
                serafin_code: serafin_code.as_deref().map(clean_line).filter(|c| !c.is_empty()),
            })
            .collect(),
        resources: clean(&e.resources),
        risks: clean(&e.risks),
        priority_person: e.priority_person,
        priority_referent: e.priority_referent,
        source: clean_line(&e.source),
        date: e.date,
        co_built: e.co_built,
    }
}

fn latest(conn: &Connection, person: PersonId, domain: &str) -> Result<Option<DiagnosisEntry>, StoreError> {
    let sql = format!(
        "SELECT {COLUMNS} FROM diagnosis_entry e WHERE e.person_id = ?1 AND e.domain = ?2 ORDER BY e.revision DESC LIMIT 1"
    );
    let entry = conn.prepare_cached(&sql)?.query_row(params![person, domain], from_row).optional()?;
    Ok(with_needs(conn, entry.into_iter().collect())?.pop())
}

/// Id and revision number of the latest revision of a domain.
fn latest_key(conn: &Connection, person: PersonId, domain: &str) -> rusqlite::Result<Option<(i64, i64)>> {
    conn.prepare_cached(
        "SELECT id, revision FROM diagnosis_entry WHERE person_id = ?1 AND domain = ?2 ORDER BY revision DESC LIMIT 1",
    )?
    .query_row(params![person, domain], |r| Ok((r.get(0)?, r.get(1)?)))
    .optional()
}

/// A revision's columns; its needs are rows of their own. A revision is written once and never
/// rewritten (the next one is a new row), so there is no UPDATE to keep in step.
fn entry_columns(e: &DiagnosisEntry, revision: i64) -> Columns {
    let DiagnosisEntry {
        id: _,
        person_id,
        domain,
        revision: _,
        situation,
        person_words,
        needs: _,
        resources,
        risks,
        priority_person,
        priority_referent,
        source,
        date,
        co_built,
    } = e;
    vec![
        ("person_id", (*person_id).into()),
        ("domain", domain.clone().into()),
        ("revision", revision.into()),
        ("situation", situation.clone().into()),
        ("person_words", person_words.clone().into()),
        ("resources", resources.clone().into()),
        ("risks", risks.clone().into()),
        ("priority_person", priority_person.code().to_string().into()),
        ("priority_referent", priority_referent.code().to_string().into()),
        ("source", source.clone().into()),
        ("date", date.format("%Y-%m-%d").to_string().into()),
        ("co_built", (*co_built).into()),
        ("explored", (e.completeness() != Completeness::NotExplored).into()),
    ]
}

/// Writes `e` (already cleaned) as revision `revision` of its domain, in the caller's transaction;
/// it becomes the searchable one when it is the highest. Returns the new row id.
pub(crate) fn insert_revision(
    conn: &Connection,
    e: &DiagnosisEntry,
    revision: i64,
    at: &str,
) -> Result<i64, StoreError> {
    if e.domain.is_empty() {
        return Err(StoreError::Invalid("empty diagnosis domain".into()));
    }
    let previous = latest_key(conn, e.person_id, &e.domain)?;
    let mut columns = entry_columns(e, revision);
    columns.push(("created_at", Value::from(at.to_string())));
    let id = row::insert(conn, "diagnosis_entry", columns)?;
    let mut need_stmt = conn.prepare_cached(
        "INSERT INTO diagnosis_need (entry_id, position, text, serafin_code) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (position, need) in e.needs.iter().enumerate() {
        need_stmt.execute(params![id, position as i64, need.text, need.serafin_code])?;
    }
    match previous {
        Some((_, prev_revision)) if prev_revision > revision => {}
        Some((prev_id, _)) => search::index_entry(conn, id, Some(prev_id), e)?,
        None => search::index_entry(conn, id, None, e)?,
    }
    audit::record(conn, "diagnosis_entry", id, AuditAction::Insert, at)?;
    Ok(id)
}

impl Store {
    /// The latest revision of each domain of the person's diagnosis, with its needs, by domain key.
    pub fn latest_entries(&self, person: PersonId) -> Result<Vec<DiagnosisEntry>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM diagnosis_entry e WHERE e.person_id = ?1 AND e.revision = \
             (SELECT max(x.revision) FROM diagnosis_entry x WHERE x.person_id = e.person_id AND x.domain = e.domain) \
             ORDER BY e.domain"
        );
        query(&self.conn, &sql, [person])
    }

    /// Every revision of one domain, the newest first.
    pub fn entry_history(&self, person: PersonId, domain: &str) -> Result<Vec<DiagnosisEntry>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM diagnosis_entry e WHERE e.person_id = ?1 AND e.domain = ?2 ORDER BY e.revision DESC"
        );
        query(&self.conn, &sql, params![person, domain])
    }

    /// Every revision of every domain, in the order they were written (exports).
    pub fn all_entries(&self, person: PersonId) -> Result<Vec<DiagnosisEntry>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM diagnosis_entry e WHERE e.person_id = ?1 ORDER BY e.id");
        query(&self.conn, &sql, [person])
    }

    /// Saves `e` as the next revision of its domain (`e.id` and `e.revision` are ignored) and returns
    /// it as stored. Saving what is already the latest content adds nothing and returns the latest.
    pub fn save_entry(&mut self, e: &DiagnosisEntry) -> Result<DiagnosisEntry, StoreError> {
        let e = cleaned(e);
        let at = now();
        self.with_transaction(|tx| {
            if !person::exists(tx, e.person_id)? {
                return Err(StoreError::NotFound);
            }
            let latest = latest(tx, e.person_id, &e.domain)?;
            if let Some(latest) = latest.as_ref().filter(|l| l.same_content(&e)) {
                return Ok(latest.clone());
            }
            let revision = latest.map_or(1, |l| l.revision + 1);
            let id = insert_revision(tx, &e, revision, &at)?;
            Ok(DiagnosisEntry { id, revision, ..e })
        })
    }
}

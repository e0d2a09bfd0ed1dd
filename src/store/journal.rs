//! The journal of the path: dated entries with the partners involved. Corrected in place, never
//! deleted (a trigger refuses it).

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{Connection, Row, params};

use super::audit::{self, AuditAction};
use super::columns::{clean_text, date_sql, flag, now, opt_date, text};
use super::plan::invalid;
use super::row::{self, Columns};
use super::{Store, StoreError, partner, person};
use crate::domain::journal::{self, JournalEntry, JournalId, JournalKind, format_time, parse_time};
use crate::domain::partner::PartnerId;
use crate::domain::person::PersonId;
use crate::domain::text::clean;

const COLUMNS: &str = "j.id, j.person_id, j.kind, j.day, j.time, j.summary, j.sensitive, j.created_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<JournalEntry> {
    // A malformed day falls back on the day it was written: still in its place in the path.
    let date = opt_date(row, 3)?.or(opt_date(row, 7)?).unwrap_or_default();
    Ok(JournalEntry {
        id: row.get(0)?,
        person_id: row.get(1)?,
        kind: JournalKind::from_code(&text(row, 2)?).unwrap_or(JournalKind::Appointment),
        date,
        time: parse_time(&text(row, 4)?).ok().flatten(),
        summary: clean_text(row, 5)?,
        partners: Vec::new(),
        sensitive: flag(row, 6)?,
    })
}

/// Every entry of the person with its partners, oldest first.
pub(crate) fn load_person_journal(conn: &Connection, person: PersonId) -> Result<Vec<JournalEntry>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM journal_entry j WHERE j.person_id = ?1");
    let mut entries = conn.prepare_cached(&sql)?.query_map([person], from_row)?.collect::<Result<Vec<_>, _>>()?;
    if entries.is_empty() {
        return Ok(entries);
    }
    let mut stmt = conn.prepare_cached(
        "SELECT jp.journal_id, jp.partner_id FROM journal_partner jp JOIN journal_entry j ON j.id = jp.journal_id \
         WHERE j.person_id = ?1 ORDER BY jp.journal_id, jp.position",
    )?;
    let links = stmt.query_map([person], |r| Ok((r.get::<_, JournalId>(0)?, r.get::<_, PartnerId>(1)?)))?;
    let mut by_entry: std::collections::HashMap<JournalId, Vec<PartnerId>> = std::collections::HashMap::new();
    for link in links {
        let (entry, partner) = link?;
        by_entry.entry(entry).or_default().push(partner);
    }
    for e in &mut entries {
        e.partners = by_entry.remove(&e.id).unwrap_or_default();
    }
    entries.sort_by_key(|e| (e.at(), e.id));
    Ok(entries)
}

fn load(conn: &Connection, id: JournalId) -> Result<JournalEntry, StoreError> {
    let person: PersonId = conn
        .prepare_cached("SELECT person_id FROM journal_entry WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .map_err(|_| StoreError::NotFound)?;
    load_person_journal(conn, person)?.into_iter().find(|e| e.id == id).ok_or(StoreError::NotFound)
}

pub(crate) fn cleaned(e: &JournalEntry) -> JournalEntry {
    // Every field named (no `..`): a text added to the entry must be said cleaned here too.
    let mut partners: Vec<PartnerId> = Vec::new();
    for p in &e.partners {
        if !partners.contains(p) {
            partners.push(*p);
        }
    }
    JournalEntry {
        id: e.id,
        person_id: e.person_id,
        kind: e.kind,
        date: e.date,
        time: e.time,
        summary: clean(&e.summary).trim().to_string(),
        partners,
        sensitive: e.sensitive,
    }
}

fn check(conn: &Connection, e: &JournalEntry) -> Result<(), StoreError> {
    // The store has no clock: a future day is the form's business, the rest is checked here.
    let problems: Vec<_> = journal::validate(e, NaiveDate::MAX)
        .into_iter()
        .filter(|p| *p != journal::JournalProblem::DateInFuture)
        .collect();
    if !problems.is_empty() {
        return Err(invalid("journal entry", &problems));
    }
    if !person::exists(conn, e.person_id)? {
        return Err(StoreError::NotFound);
    }
    for p in &e.partners {
        if !partner::exists(conn, *p)? {
            return Err(StoreError::Invalid(format!("unknown partner {p}")));
        }
    }
    Ok(())
}

/// A visit, an appointment or a call is a contact: the person's last contact moves forward to it
/// (never back: an entry written late about an old visit changes nothing).
fn note_contact(conn: &Connection, e: &JournalEntry, at: &str) -> Result<(), StoreError> {
    if !e.kind.is_contact() {
        return Ok(());
    }
    let changed = conn
        .prepare_cached(
            "UPDATE person SET last_contact = ?2 WHERE id = ?1 \
             AND (last_contact IS NULL OR last_contact NOT GLOB '[0-9][0-9][0-9][0-9]-*' OR last_contact < ?2)",
        )?
        .execute(params![e.person_id, date_sql(Some(e.date))])?;
    if changed > 0 {
        audit::record(conn, "person", e.person_id, AuditAction::Update, at)?;
    }
    Ok(())
}

fn write_partners(conn: &Connection, e: &JournalEntry) -> Result<(), StoreError> {
    conn.prepare_cached("DELETE FROM journal_partner WHERE journal_id = ?1")?.execute([e.id])?;
    let mut insert =
        conn.prepare_cached("INSERT INTO journal_partner (journal_id, partner_id, position) VALUES (?1, ?2, ?3)")?;
    for (i, p) in e.partners.iter().enumerate() {
        insert.execute(params![e.id, p, i as i64])?;
    }
    Ok(())
}

/// The entry's columns but its id and person (an entry stays with its person); its partners are
/// rows of their own ([`write_partners`]).
fn journal_columns(e: &JournalEntry) -> Columns {
    let JournalEntry { id: _, person_id: _, kind, date, time, summary, partners: _, sensitive } = e;
    vec![
        ("kind", kind.code().to_string().into()),
        ("day", date_sql(Some(*date)).into()),
        ("time", time.map(format_time).into()),
        ("summary", summary.clone().into()),
        ("sensitive", (*sensitive).into()),
    ]
}

pub(crate) fn insert(conn: &Connection, e: &JournalEntry, at: &str) -> Result<JournalId, StoreError> {
    let e = cleaned(e);
    check(conn, &e)?;
    let mut columns = vec![("person_id", Value::from(e.person_id))];
    columns.extend(journal_columns(&e));
    columns.push(("created_at", Value::from(at.to_string())));
    let id = row::insert(conn, "journal_entry", columns)?;
    write_partners(conn, &JournalEntry { id, ..e.clone() })?;
    note_contact(conn, &e, at)?;
    audit::record(conn, "journal_entry", id, AuditAction::Insert, at)?;
    Ok(id)
}

impl Store {
    /// The person's journal, oldest first. `NotFound` for an unknown person.
    pub fn journal(&self, person: PersonId) -> Result<Vec<JournalEntry>, StoreError> {
        if !person::exists(&self.conn, person)? {
            return Err(StoreError::NotFound);
        }
        load_person_journal(&self.conn, person)
    }

    /// The journal of a person known to exist (no check): for exports that have just read her.
    pub(crate) fn journal_of_known(&self, person: PersonId) -> Result<Vec<JournalEntry>, StoreError> {
        load_person_journal(&self.conn, person)
    }

    /// Inserts the entry when `e.id == 0`, else rewrites it (it stays with its person); returns it
    /// as stored. Refused (`Invalid`): an empty or too long summary, an unknown partner.
    pub fn save_journal_entry(&mut self, e: &JournalEntry) -> Result<JournalEntry, StoreError> {
        let at = now();
        self.with_transaction(|tx| {
            if e.id == 0 {
                let id = insert(tx, e, &at)?;
                return load(tx, id);
            }
            let stored = load(tx, e.id)?;
            if stored.person_id != e.person_id {
                return Err(StoreError::Invalid("a journal entry cannot move to another person".into()));
            }
            let e = cleaned(e);
            check(tx, &e)?;
            row::update(tx, "journal_entry", e.id, journal_columns(&e))?;
            write_partners(tx, &e)?;
            note_contact(tx, &e, &at)?;
            audit::record(tx, "journal_entry", e.id, AuditAction::Update, &at)?;
            load(tx, e.id)
        })
    }
}

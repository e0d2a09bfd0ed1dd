//! Partners of the territory (C6): a directory shared by every person's plan. Never deleted, only
//! archived; names are unique, case ignored.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::audit::{self, AuditAction};
use super::columns::{clean_text, flag, now, text};
use super::person::sort_key;
use super::row::{self, Columns};
use super::{Store, StoreError};
use crate::domain::partner::{Partner, PartnerId, Sector};
use crate::domain::text::{clean, clean_line};

const COLUMNS: &str = "id, name, sector, expertise, territory, contact, notes, archived";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Partner> {
    Ok(Partner {
        id: row.get(0)?,
        name: clean_text(row, 1)?,
        // The CHECK constraint allows only known codes; a file edited by hand still opens.
        sector: Sector::from_code(&text(row, 2)?).unwrap_or(Sector::Autre),
        expertise: clean_text(row, 3)?,
        territory: clean_text(row, 4)?,
        contact: clean_text(row, 5)?,
        notes: clean_text(row, 6)?,
        archived: flag(row, 7)?,
    })
}

/// The partner as it is stored: text cleaned of control characters.
pub(crate) fn cleaned(p: &Partner) -> Partner {
    // Every field named (no `..`): a text added to the partner must be said cleaned here too.
    Partner {
        id: p.id,
        name: clean_line(&p.name),
        sector: p.sector,
        expertise: clean(&p.expertise),
        territory: clean_line(&p.territory),
        contact: clean(&p.contact),
        notes: clean(&p.notes),
        archived: p.archived,
    }
}

/// Key under which names are unique and matched: « CMP ADULTES » is « CMP adultes ».
pub(crate) fn name_key(name: &str) -> String {
    clean_line(name).to_lowercase()
}

pub(crate) fn exists(conn: &Connection, id: PartnerId) -> Result<bool, StoreError> {
    Ok(conn.prepare_cached("SELECT 1 FROM partner WHERE id = ?1")?.exists([id])?)
}

/// The partner bearing this name, case ignored.
pub(crate) fn find_by_name(conn: &Connection, name: &str) -> Result<Option<PartnerId>, StoreError> {
    Ok(conn
        .prepare_cached("SELECT id FROM partner WHERE name_key = ?1")?
        .query_row([name_key(name)], |r| r.get(0))
        .optional()?)
}

pub(crate) fn load(conn: &Connection, id: PartnerId) -> Result<Partner, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM partner WHERE id = ?1");
    conn.prepare_cached(&sql)?.query_row([id], from_row).optional()?.ok_or(StoreError::NotFound)
}

fn check(conn: &Connection, p: &Partner, except: Option<PartnerId>) -> Result<(), StoreError> {
    if p.name.is_empty() {
        return Err(StoreError::Invalid("empty partner name".into()));
    }
    let taken = conn
        .prepare_cached("SELECT 1 FROM partner WHERE name_key = ?1 AND (?2 IS NULL OR id <> ?2)")?
        .exists(params![name_key(&p.name), except])?;
    if taken {
        return Err(StoreError::Invalid("partner name already used".into()));
    }
    Ok(())
}

/// The partner's columns but its id and archiving (which is its own write).
fn partner_columns(p: &Partner) -> Columns {
    let Partner { id: _, name, sector, expertise, territory, contact, notes, archived: _ } = p;
    vec![
        ("name", name.clone().into()),
        ("name_key", name_key(name).into()),
        ("sector", sector.code().to_string().into()),
        ("expertise", expertise.clone().into()),
        ("territory", territory.clone().into()),
        ("contact", contact.clone().into()),
        ("notes", notes.clone().into()),
    ]
}

/// Inserts a partner (its `id` ignored) in the caller's transaction.
pub(crate) fn insert(conn: &Connection, p: &Partner, at: &str) -> Result<PartnerId, StoreError> {
    let p = cleaned(p);
    check(conn, &p, None)?;
    let mut columns = partner_columns(&p);
    columns.extend(row::created(p.archived, at));
    let id = row::insert(conn, "partner", columns)?;
    audit::record(conn, "partner", id, AuditAction::Insert, at)?;
    Ok(id)
}

impl Store {
    /// The directory, ordered by name (case and accents ignored).
    pub fn partners(&self, include_archived: bool) -> Result<Vec<Partner>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM partner WHERE ?1 OR archived = 0");
        let mut partners =
            self.conn.prepare_cached(&sql)?.query_map([include_archived], from_row)?.collect::<Result<Vec<_>, _>>()?;
        partners.sort_by_cached_key(|p| (sort_key(&p.name), p.name.clone(), p.id));
        Ok(partners)
    }

    pub fn partner(&self, id: PartnerId) -> Result<Partner, StoreError> {
        load(&self.conn, id)
    }

    /// Inserts the partner when `p.id == 0`, else rewrites it, and returns it as stored. The name is
    /// required and unique, case ignored (`Invalid`). `p.archived` is written on insert only:
    /// archiving goes through [`Store::set_partner_archived`], so that the log says so.
    pub fn save_partner(&mut self, p: &Partner) -> Result<Partner, StoreError> {
        let at = now();
        self.with_transaction(|tx| {
            if p.id == 0 {
                let id = insert(tx, p, &at)?;
                return load(tx, id);
            }
            let p = cleaned(p);
            if !exists(tx, p.id)? {
                return Err(StoreError::NotFound);
            }
            check(tx, &p, Some(p.id))?;
            let mut columns = partner_columns(&p);
            columns.push(("updated_at", Value::from(at.clone())));
            row::update(tx, "partner", p.id, columns)?;
            audit::record(tx, "partner", p.id, AuditAction::Update, &at)?;
            load(tx, p.id)
        })
    }

    /// Archives or brings back a partner; the actions it carries keep it.
    pub fn set_partner_archived(&mut self, id: PartnerId, archived: bool) -> Result<(), StoreError> {
        let at = now();
        self.with_transaction(|tx| {
            let changed = tx
                .prepare_cached("UPDATE partner SET archived = ?2, updated_at = ?3 WHERE id = ?1")?
                .execute(params![id, archived, at])?;
            if changed == 0 {
                return Err(StoreError::NotFound);
            }
            let action = if archived { AuditAction::Archive } else { AuditAction::Unarchive };
            audit::record(tx, "partner", id, action, &at)?;
            Ok(())
        })
    }
}

//! Evidence for the competencies: records tagged with a competency and a reflective note.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::audit::{self, AuditAction};
use super::columns::{clean_text, date_sql, now, opt_date, opt_i64, text};
use super::plan::invalid;
use super::row::{self, Columns};
use super::{Store, StoreError, person};
use crate::domain::evidence::{Evidence, EvidenceId, RecordRef, validate};
use crate::domain::person::PersonId;
use crate::domain::text::clean;

const COLUMNS: &str = "id, person_id, record_kind, record_id, competency, note, day, created_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Option<Evidence>> {
    // A row of an unknown kind (a file edited by hand) is left out rather than shown wrong.
    let Some(record) = RecordRef::from_parts(&text(row, 2)?, opt_i64(row, 3)?) else { return Ok(None) };
    let competency = opt_i64(row, 4)?.and_then(|c| u8::try_from(c).ok()).filter(|c| (1..=8).contains(c));
    let Some(competency) = competency else { return Ok(None) };
    Ok(Some(Evidence {
        id: row.get(0)?,
        person_id: opt_i64(row, 1)?,
        record,
        competency,
        note: clean_text(row, 5)?,
        date: opt_date(row, 6)?.or(opt_date(row, 7)?).unwrap_or_default(),
    }))
}

/// The table holding each kind of record, and the column leading to its person.
fn record_table(record: RecordRef) -> Option<(&'static str, &'static str)> {
    Some(match record {
        RecordRef::Entry(_) => ("diagnosis_entry", "SELECT person_id FROM diagnosis_entry WHERE id = ?1"),
        RecordRef::Axis(_) => ("axis", "SELECT person_id FROM axis WHERE id = ?1"),
        RecordRef::Objective(_) => {
            ("objective", "SELECT ax.person_id FROM objective o JOIN axis ax ON ax.id = o.axis_id WHERE o.id = ?1")
        }
        RecordRef::Action(_) => (
            "action",
            "SELECT ax.person_id FROM action a JOIN objective o ON o.id = a.objective_id \
             JOIN axis ax ON ax.id = o.axis_id WHERE a.id = ?1",
        ),
        RecordRef::Tie(_) => ("tie", "SELECT person_id FROM tie WHERE id = ?1"),
        RecordRef::Journal(_) => ("journal_entry", "SELECT person_id FROM journal_entry WHERE id = ?1"),
        RecordRef::Evaluation(_) => ("evaluation", "SELECT person_id FROM evaluation WHERE id = ?1"),
        RecordRef::Free => return None,
    })
}

/// The tag's columns but its id: (the person and the record it is on, which stay; its words —
/// competency, note, day —, which an edit rewrites).
fn evidence_columns(e: &Evidence) -> (Columns, Columns) {
    let Evidence { id: _, person_id, record, competency, note, date } = e;
    let tagged = vec![
        ("person_id", (*person_id).into()),
        ("record_kind", record.kind().to_string().into()),
        ("record_id", record.id().into()),
    ];
    let words = vec![
        ("competency", (*competency).into()),
        ("note", note.clone().into()),
        ("day", date_sql(Some(*date)).into()),
    ];
    (tagged, words)
}

fn check(conn: &Connection, e: &Evidence) -> Result<(), StoreError> {
    let problems = validate(e);
    if !problems.is_empty() {
        return Err(invalid("evidence", &problems));
    }
    if let Some(p) = e.person_id
        && !person::exists(conn, p)?
    {
        return Err(StoreError::NotFound);
    }
    if let (Some((_, sql)), Some(id)) = (record_table(e.record), e.record.id()) {
        let owner: Option<PersonId> = conn.prepare_cached(sql)?.query_row([id], |r| r.get(0)).optional()?;
        if owner.is_none() || owner != e.person_id {
            return Err(StoreError::Invalid(format!("{} {id} is not a record of this person", e.record.kind())));
        }
    }
    Ok(())
}

pub(crate) fn insert(conn: &Connection, e: &Evidence, at: &str) -> Result<EvidenceId, StoreError> {
    let e = Evidence { note: clean(&e.note).trim().to_string(), ..e.clone() };
    check(conn, &e)?;
    let taken = e.record.id().is_some()
        && conn
            .prepare_cached("SELECT 1 FROM evidence WHERE record_kind = ?1 AND record_id = ?2 AND competency = ?3")?
            .exists(params![e.record.kind(), e.record.id(), e.competency])?;
    if taken {
        return Err(StoreError::Invalid("this record is already evidence of this competency".into()));
    }
    let (tagged, words) = evidence_columns(&e);
    let mut columns = tagged;
    columns.extend(words);
    columns.push(("created_at", Value::from(at.to_string())));
    let id = row::insert(conn, "evidence", columns)?;
    audit::record(conn, "evidence", id, AuditAction::Insert, at)?;
    Ok(id)
}

fn load(conn: &Connection, id: EvidenceId) -> Result<Evidence, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM evidence WHERE id = ?1");
    conn.prepare_cached(&sql)?.query_row([id], from_row).optional()?.flatten().ok_or(StoreError::NotFound)
}

fn by_competency(mut evidence: Vec<Evidence>) -> Vec<Evidence> {
    evidence.sort_by_key(|e| (e.competency, e.date, e.id));
    evidence
}

impl Store {
    /// Every piece of evidence (`None`), or that of one person and the free evidence about the
    /// practice, by competency then date.
    pub fn evidence(&self, person: Option<PersonId>) -> Result<Vec<Evidence>, StoreError> {
        let Some(person) = person else {
            let sql = format!("SELECT {COLUMNS} FROM evidence");
            let rows = self.conn.prepare_cached(&sql)?.query_map([], from_row)?.collect::<Result<Vec<_>, _>>()?;
            return Ok(by_competency(rows.into_iter().flatten().collect()));
        };
        self.evidence_of(&[person])
    }

    /// The evidence of these persons and the free evidence about the practice, by competency then
    /// date: read through the index by person, so that it does not grow with the rest of the base.
    pub fn evidence_of(&self, persons: &[PersonId]) -> Result<Vec<Evidence>, StoreError> {
        let mut out: Vec<Evidence> = Vec::new();
        let mut owners: Vec<Option<PersonId>> = persons.iter().copied().map(Some).collect();
        owners.sort_unstable();
        owners.dedup();
        owners.push(None);
        for owner in owners {
            out.extend(self.evidence_owned_by(owner)?);
        }
        Ok(by_competency(out))
    }

    /// One person's evidence only (`None`: the free evidence about the practice), by competency
    /// then date, through the index by person.
    pub(crate) fn evidence_owned_by(&self, owner: Option<PersonId>) -> Result<Vec<Evidence>, StoreError> {
        let mut stmt = self.conn.prepare_cached(&format!("SELECT {COLUMNS} FROM evidence WHERE person_id IS ?1"))?;
        let rows = stmt.query_map([owner], from_row)?.collect::<Result<Vec<_>, _>>()?;
        Ok(by_competency(rows.into_iter().flatten().collect()))
    }

    /// Tags a record (`e.id == 0`), or rewrites the competency, note and date of a tag. Refused
    /// (`Invalid`): a competency outside C1–C8, free evidence without a note, a record of another
    /// person, the same record tagged twice with one competency.
    pub fn save_evidence(&mut self, e: &Evidence) -> Result<Evidence, StoreError> {
        let at = now();
        self.with_transaction(|tx| {
            if e.id == 0 {
                let id = insert(tx, e, &at)?;
                return load(tx, id);
            }
            let stored = load(tx, e.id)?;
            if stored.person_id != e.person_id || stored.record != e.record {
                return Err(StoreError::Invalid("a tag stays on its record".into()));
            }
            let e = Evidence { note: clean(&e.note).trim().to_string(), ..e.clone() };
            check(tx, &e)?;
            row::update(tx, "evidence", e.id, evidence_columns(&e).1).map_err(|err| match err {
                StoreError::Sql(rusqlite::Error::SqliteFailure(f, _))
                    if f.code == rusqlite::ErrorCode::ConstraintViolation =>
                {
                    StoreError::Invalid("this record is already evidence of this competency".into())
                }
                other => other,
            })?;
            audit::record(tx, "evidence", e.id, AuditAction::Update, &at)?;
            load(tx, e.id)
        })
    }

    /// Removes a tag (the record itself stays).
    pub fn remove_evidence(&mut self, id: EvidenceId) -> Result<(), StoreError> {
        let at = now();
        self.with_transaction(|tx| {
            load(tx, id)?;
            tx.prepare_cached("DELETE FROM evidence WHERE id = ?1")?.execute([id])?;
            audit::record(tx, "evidence", id, AuditAction::Delete, &at)?;
            Ok(())
        })
    }
}

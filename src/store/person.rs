//! Persons: the file active. Never deleted, only archived.

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::audit::{self, AuditAction};
use super::columns::{clean_text, date_sql, flag, now, opt_date, opt_i64, text};
use super::plan::{OPEN_ACTION, OPEN_OBJECTIVE, aggregate_date};
use super::row::{self, Columns};
use super::{Store, StoreError, search};
use crate::domain::person::{AgeBand, Person, PersonId, PersonStatus, pseudonym_key};
use crate::domain::text::{clean, clean_line, fold};

/// A line of the file active.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonSummary {
    pub person: Person,
    /// Domains whose latest diagnosis entry has something written.
    pub domains_explored: usize,
    /// The earliest due date of an open action or deadline of an open objective, past ones included
    /// (archived items, and items under an archived axis or objective, left out).
    pub next_deadline: Option<NaiveDate>,
    /// Open actions due before the day given to [`Store::person_summaries_on`].
    pub late_actions: usize,
    /// When her next evaluation is due: as agreed at the last one, else three months after it or
    /// after the referral.
    pub next_evaluation: Option<NaiveDate>,
}

const COLUMNS: &str = "p.id, p.pseudonym, p.birth_year, p.age_band, p.dispositif, p.referral_date, \
     p.referral_source, p.status, p.fictitious, p.consent_date, p.consent_scope, p.last_contact, p.archived";
const COLUMN_COUNT: usize = 13;
/// An ISO date, as the store writes them.
const DATE_GLOB: &str = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]";
/// Year 1: the earliest day written in four digits, so that ISO text compares as dates do.
const EARLIEST: NaiveDate = match NaiveDate::from_ymd_opt(1, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

fn from_row(row: &Row<'_>) -> rusqlite::Result<Person> {
    Ok(Person {
        id: row.get(0)?,
        pseudonym: clean_text(row, 1)?,
        birth_year: opt_i64(row, 2)?.and_then(|y| i32::try_from(y).ok()),
        age_band: AgeBand::from_code(&text(row, 3)?),
        dispositif: clean_text(row, 4)?,
        referral_date: opt_date(row, 5)?,
        referral_source: clean_text(row, 6)?,
        // The CHECK constraint allows only known codes; a file edited by hand still opens.
        status: PersonStatus::from_code(&text(row, 7)?).unwrap_or(PersonStatus::Active),
        fictitious: flag(row, 8)?,
        consent_date: opt_date(row, 9)?,
        consent_scope: clean_text(row, 10)?,
        last_contact: opt_date(row, 11)?,
        archived: flag(row, 12)?,
    })
}

/// The person as it is stored: text cleaned of control characters.
pub(crate) fn cleaned(p: &Person) -> Person {
    // Every field named (no `..`): a text added to the card must be said cleaned here too.
    Person {
        id: p.id,
        pseudonym: clean_line(&p.pseudonym),
        birth_year: p.birth_year,
        age_band: p.age_band,
        dispositif: clean_line(&p.dispositif),
        referral_date: p.referral_date,
        referral_source: clean_line(&p.referral_source),
        status: p.status,
        fictitious: p.fictitious,
        consent_date: p.consent_date,
        consent_scope: clean(&p.consent_scope),
        last_contact: p.last_contact,
        archived: p.archived,
    }
}

/// Order of the file active: case and accents ignored, so « Élise » sits beside « Emma ».
pub(crate) fn sort_key(pseudonym: &str) -> String {
    fold(pseudonym.trim())
}

fn sort_persons<T>(items: &mut [T], person: impl Fn(&T) -> &Person) {
    items.sort_by_cached_key(|item| {
        let p = person(item);
        (sort_key(&p.pseudonym), p.pseudonym.clone(), p.id)
    });
}

pub(crate) fn exists(conn: &Connection, id: PersonId) -> Result<bool, StoreError> {
    Ok(conn.prepare_cached("SELECT 1 FROM person WHERE id = ?1")?.exists([id])?)
}

pub(crate) fn taken(conn: &Connection, pseudonym: &str, except: Option<PersonId>) -> Result<bool, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT 1 FROM person WHERE pseudonym_key = ?1 AND (?2 IS NULL OR id <> ?2)")?;
    Ok(stmt.exists(params![pseudonym_key(pseudonym), except])?)
}

fn check(conn: &Connection, p: &Person, except: Option<PersonId>) -> Result<(), StoreError> {
    if p.pseudonym.is_empty() {
        return Err(StoreError::Invalid("empty pseudonym".into()));
    }
    if taken(conn, &p.pseudonym, except)? {
        return Err(StoreError::Invalid("pseudonym already used".into()));
    }
    Ok(())
}

/// The card's columns but its id and archiving (which is its own write, [`Store::set_archived`]).
fn person_columns(p: &Person) -> Columns {
    let Person {
        id: _,
        pseudonym,
        birth_year,
        age_band,
        dispositif,
        referral_date,
        referral_source,
        status,
        fictitious,
        consent_date,
        consent_scope,
        last_contact,
        archived: _,
    } = p;
    vec![
        ("pseudonym", pseudonym.clone().into()),
        ("pseudonym_key", pseudonym_key(pseudonym).into()),
        ("birth_year", (*birth_year).into()),
        ("age_band", age_band.map(|b| b.code().to_string()).into()),
        ("dispositif", dispositif.clone().into()),
        ("referral_date", date_sql(*referral_date).into()),
        ("referral_source", referral_source.clone().into()),
        ("status", status.code().to_string().into()),
        ("fictitious", (*fictitious).into()),
        ("consent_date", date_sql(*consent_date).into()),
        ("consent_scope", consent_scope.clone().into()),
        ("last_contact", date_sql(*last_contact).into()),
    ]
}

/// Inserts a person (its `id` ignored) in the caller's transaction.
pub(crate) fn insert(conn: &Connection, p: &Person, at: &str) -> Result<PersonId, StoreError> {
    let p = cleaned(p);
    check(conn, &p, None)?;
    let mut columns = person_columns(&p);
    columns.extend(row::created(p.archived, at));
    let id = row::insert(conn, "person", columns)?;
    search::index_person(conn, id, &p)?;
    audit::record(conn, "person", id, AuditAction::Insert, at)?;
    Ok(id)
}

impl Store {
    /// Persons ordered by pseudonym, case and accents ignored.
    pub fn persons(&self, include_archived: bool) -> Result<Vec<Person>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM person p WHERE ?1 OR p.archived = 0");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut persons = stmt.query_map([include_archived], from_row)?.collect::<rusqlite::Result<Vec<_>>>()?;
        sort_persons(&mut persons, |p| p);
        Ok(persons)
    }

    /// Every pseudonym of the base, archived ones too, in no order: the names a free note about the
    /// practice may not quote. One column read, nothing sorted.
    pub fn pseudonyms(&self) -> Result<Vec<String>, StoreError> {
        let mut stmt = self.conn.prepare_cached("SELECT pseudonym FROM person")?;
        let names = stmt.query_map([], |row| clean_text(row, 0))?.collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(names)
    }

    /// The file active: persons with the number of domains explored and their next deadline, in one
    /// query. `late_actions` is always 0: see [`Store::person_summaries_on`].
    pub fn person_summaries(&self, include_archived: bool) -> Result<Vec<PersonSummary>, StoreError> {
        self.person_summaries_on(include_archived, NaiveDate::MIN)
    }

    /// The file active as seen on `today`: persons with the number of domains explored, their next
    /// deadline and the number of their open actions due before `today`, in one query.
    pub fn person_summaries_on(
        &self,
        include_archived: bool,
        today: NaiveDate,
    ) -> Result<Vec<PersonSummary>, StoreError> {
        // Bare columns beside max() come from the row holding the maximum (documented SQLite
        // behaviour): `explored` is that of the latest revision of each domain.
        // Dates are compared as ISO text; the GLOB keeps a malformed date from hiding the real minimum.
        // The plan's aggregates walk each person's axes → objectives → open actions through the
        // indexes, in person order (CROSS JOIN fixes that order): no sort, rows read where they lie.
        let sql = format!(
            "SELECT {COLUMNS}, coalesce(x.explored, 0), ad.next_due, coalesce(ad.late, 0), od.next_deadline, \
             ev.last_day, ev.next_day \
             FROM person p LEFT JOIN ( \
                 SELECT person_id, sum(explored) AS explored FROM ( \
                     SELECT person_id, explored, max(revision) FROM diagnosis_entry GROUP BY person_id, domain \
                 ) GROUP BY person_id \
             ) x ON x.person_id = p.id \
             LEFT JOIN ( \
                 SELECT ax.person_id, min(a.due) AS next_due, sum(a.due < ?2) AS late \
                 FROM axis ax CROSS JOIN objective o ON o.axis_id = ax.id CROSS JOIN action a ON a.objective_id = o.id \
                 WHERE {OPEN_ACTION} AND a.due GLOB '{DATE_GLOB}' GROUP BY ax.person_id \
             ) ad ON ad.person_id = p.id \
             LEFT JOIN ( \
                 SELECT ax.person_id, min(o.deadline) AS next_deadline \
                 FROM axis ax CROSS JOIN objective o ON o.axis_id = ax.id \
                 WHERE {OPEN_OBJECTIVE} AND o.deadline GLOB '{DATE_GLOB}' GROUP BY ax.person_id \
             ) od ON od.person_id = p.id \
             LEFT JOIN ( \
                 SELECT person_id, max(day) AS last_day, next_day FROM evaluation GROUP BY person_id \
             ) ev ON ev.person_id = p.id \
             WHERE ?1 OR p.archived = 0"
        );
        // Days before year 1 do not format as four-digit ISO text, which compares as dates do only
        // between equals: clamped (nothing is due before then anyway).
        let today = today.max(EARLIEST).format("%Y-%m-%d").to_string();
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut summaries = stmt
            .query_map(params![include_archived, today], |row| {
                let explored = opt_i64(row, COLUMN_COUNT)?.unwrap_or(0);
                let late = opt_i64(row, COLUMN_COUNT + 2)?.unwrap_or(0);
                let next_deadline =
                    match (aggregate_date(row, COLUMN_COUNT + 1)?, aggregate_date(row, COLUMN_COUNT + 3)?) {
                        (Some(a), Some(b)) => Some(a.min(b)),
                        (a, b) => a.or(b),
                    };
                let person = from_row(row)?;
                let last_evaluation =
                    opt_date(row, COLUMN_COUNT + 4)?.map(|d| (d, opt_date(row, COLUMN_COUNT + 5).ok().flatten()));
                let next_evaluation = crate::domain::evaluation::next_due(last_evaluation, person.referral_date);
                Ok(PersonSummary {
                    person,
                    next_evaluation,
                    domains_explored: usize::try_from(explored).unwrap_or(0),
                    next_deadline,
                    late_actions: usize::try_from(late).unwrap_or(0),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        sort_persons(&mut summaries, |s| &s.person);
        Ok(summaries)
    }

    pub fn person(&self, id: PersonId) -> Result<Person, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM person p WHERE p.id = ?1");
        self.conn.prepare_cached(&sql)?.query_row([id], from_row).optional()?.ok_or(StoreError::NotFound)
    }

    /// A person named on the command line: by id, else by pseudonym (case ignored).
    pub fn find_person(&self, key: &str) -> Result<Person, StoreError> {
        let key = key.trim();
        if let Ok(id) = key.parse::<PersonId>() {
            match self.person(id) {
                // « 15 » may also be a pseudonym: fall through to the name.
                Err(StoreError::NotFound) => {}
                other => return other,
            }
        }
        let sql = format!("SELECT {COLUMNS} FROM person p WHERE p.pseudonym_key = ?1");
        self.conn
            .prepare_cached(&sql)?
            .query_row([pseudonym_key(key)], from_row)
            .optional()?
            .ok_or(StoreError::NotFound)
    }

    /// Whether another person (than `except`) already bears this pseudonym, case ignored.
    pub fn pseudonym_taken(&self, pseudonym: &str, except: Option<PersonId>) -> Result<bool, StoreError> {
        taken(&self.conn, pseudonym, except)
    }

    /// Inserts a new person (`p.id` is ignored) and returns its id. Pseudonyms are unique:
    /// `Invalid` when it is empty or already used.
    pub fn insert_person(&mut self, p: &Person) -> Result<PersonId, StoreError> {
        let at = now();
        self.with_transaction(|tx| insert(tx, p, &at))
    }

    /// Rewrites the person `p.id`. `p.archived` is not written: archiving goes through
    /// [`Store::set_archived`], so that the log says so.
    pub fn update_person(&mut self, p: &Person) -> Result<(), StoreError> {
        let at = now();
        let p = cleaned(p);
        self.with_transaction(|tx| {
            if !exists(tx, p.id)? {
                return Err(StoreError::NotFound);
            }
            check(tx, &p, Some(p.id))?;
            let mut columns = person_columns(&p);
            columns.push(("updated_at", Value::from(at.clone())));
            row::update(tx, "person", p.id, columns)?;
            search::index_person(tx, p.id, &p)?;
            audit::record(tx, "person", p.id, AuditAction::Update, &at)?;
            Ok(())
        })
    }

    /// Archives (soft delete) or brings back a person; all history is kept either way.
    pub fn set_archived(&mut self, id: PersonId, archived: bool) -> Result<(), StoreError> {
        let at = now();
        self.with_transaction(|tx| {
            let changed = tx
                .prepare_cached("UPDATE person SET archived = ?2, updated_at = ?3 WHERE id = ?1")?
                .execute(params![id, archived, at])?;
            if changed == 0 {
                return Err(StoreError::NotFound);
            }
            let action = if archived { AuditAction::Archive } else { AuditAction::Unarchive };
            audit::record(tx, "person", id, action, &at)?;
            Ok(())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sort_key_ignores_case_and_accents() {
        assert_eq!(sort_key(" Élise "), "elise");
        assert_eq!(sort_key("Mme Œ."), "mme oe.");
        assert!(sort_key("Élise") < sort_key("Emma"));
        assert!(sort_key("e\u{301}mile") < sort_key("Eva"));
    }
}

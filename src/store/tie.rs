//! The person's network (C6), drawn as her ecomap: ties to partners of the territory and to
//! informal supports. Ties are never deleted and their drawing is never rewritten: ending a tie
//! sets its end day, a change of strength, valence, flow or target ends it and inserts the tie
//! that replaces it, in one transaction. So the ecomap of any past day can be rebuilt.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::audit::{self, AuditAction};
use super::columns::{clean_text, date_sql, flag, now, opt_date, opt_i64, text};
use super::person::sort_key;
use super::row::{self, Columns};
use super::{Store, StoreError, partner, person};
use crate::domain::partner::PartnerId;
use crate::domain::person::PersonId;
use crate::domain::text::{clean, clean_line};
use crate::domain::tie::{
    Flow, InformalKind, LegalBasis, ShareConsent, Strength, Tie, TieId, TieProblem, TieTarget, Valence, validate,
};

/// What the file active needs to know of a person's network: the ground of the alerts of C6.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkFacts {
    pub person_id: PersonId,
    /// Partners carrying an open action of her plan without an active tie to them that records
    /// her consent to share information (ascending ids).
    pub carriers_without_consent: Vec<PartnerId>,
    /// At least one active tie to an informal support (family, friends, neighbours…).
    pub has_informal_support: bool,
    /// Partners carrying an open action of her plan with whom an active tie is conflictual
    /// (ascending ids).
    pub conflictual_carriers: Vec<PartnerId>,
}

const COLUMNS: &str = "t.id, t.person_id, t.partner_id, t.informal_kind, t.informal_label, t.role, t.strength, \
     t.valence, t.flow, t.since, t.until, t.replaces, t.consent_date, t.consent_scope, t.consent_basis, t.notes, \
     t.created_at";

/// An ISO date, as the store writes them.
const DATE_GLOB: &str = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]";

/// SQL condition of a tie (alias `t`) on the ecomap of the day bound to `?{param}`, dates compared
/// as ISO text. Like [`Tie::active_on`] on what [`from_row`] reads: a malformed start is no
/// obstacle, a malformed end is no end.
fn active_sql(param: u8) -> String {
    format!(
        "(t.since <= ?{param} OR t.since NOT GLOB '{DATE_GLOB}') \
         AND (t.until IS NULL OR t.until NOT GLOB '{DATE_GLOB}' OR t.until > ?{param})"
    )
}

/// A tie with no end recorded (alias `t`): a malformed end reads as none.
fn not_ended_sql() -> String {
    format!("(t.until IS NULL OR t.until NOT GLOB '{DATE_GLOB}')")
}

/// Consent recorded on a tie (alias `t`), as [`from_row`] reads it: a date and a legal basis.
fn consent_sql() -> String {
    format!("(t.consent_date GLOB '{DATE_GLOB}' AND t.consent_basis IS NOT NULL)")
}

/// Year 1: the earliest day written in four digits, so that ISO text compares as dates do.
fn iso_day(day: NaiveDate) -> String {
    let earliest = NaiveDate::from_ymd_opt(1, 1, 1).unwrap_or(NaiveDate::MIN);
    let latest = NaiveDate::from_ymd_opt(9999, 12, 31).unwrap_or(NaiveDate::MAX);
    day.clamp(earliest, latest).format("%Y-%m-%d").to_string()
}

// ---------------------------------------------------------------------------------------------
// Reading

fn from_row(row: &Row<'_>) -> rusqlite::Result<Tie> {
    let target = match opt_i64(row, 2)? {
        Some(id) => TieTarget::Partner(id),
        None => TieTarget::Informal {
            // The CHECK constraints allow only known codes; a file edited by hand still opens.
            kind: InformalKind::from_code(&text(row, 3)?).unwrap_or(InformalKind::Other),
            label: clean_text(row, 4)?,
        },
    };
    // Consent is all or nothing: without a readable date and a known basis, none is recorded.
    let consent = match (opt_date(row, 12)?, LegalBasis::from_code(&text(row, 14)?)) {
        (Some(date), Some(basis)) => Some(ShareConsent { date, scope: clean_text(row, 13)?, basis }),
        _ => None,
    };
    // A malformed start falls back on the day the tie was written: still in its place in history.
    let since = opt_date(row, 9)?.or(opt_date(row, 16)?).unwrap_or_default();
    Ok(Tie {
        id: row.get(0)?,
        person_id: row.get(1)?,
        target,
        role: clean_text(row, 5)?,
        strength: Strength::from_code(&text(row, 6)?).unwrap_or(Strength::Normal),
        valence: Valence::from_code(&text(row, 7)?).unwrap_or(Valence::Neutral),
        // No arrow rather than one that says what nobody recorded.
        flow: Flow::from_code(&text(row, 8)?).unwrap_or(Flow::None),
        since,
        until: opt_date(row, 10)?,
        replaces: opt_i64(row, 11)?,
        consent,
        notes: clean_text(row, 15)?,
    })
}

pub(crate) fn load(conn: &Connection, id: TieId) -> Result<Tie, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM tie t WHERE t.id = ?1");
    conn.prepare_cached(&sql)?.query_row([id], from_row).optional()?.ok_or(StoreError::NotFound)
}

/// Every tie of the person, ended ones included, by start day then id.
pub(crate) fn load_person_ties(conn: &Connection, person: PersonId) -> Result<Vec<Tie>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM tie t WHERE t.person_id = ?1");
    let mut ties = conn.prepare_cached(&sql)?.query_map([person], from_row)?.collect::<Result<Vec<_>, _>>()?;
    ties.sort_by_key(|t| (t.since, t.id));
    Ok(ties)
}

// ---------------------------------------------------------------------------------------------
// Cleaning and checking

/// The tie as it is stored: text cleaned of control characters.
pub(crate) fn cleaned(t: &Tie) -> Tie {
    // Every field named (no `..`): a text added to the tie must be said cleaned here too.
    let target = match &t.target {
        TieTarget::Informal { kind, label } => TieTarget::Informal { kind: *kind, label: clean_line(label) },
        TieTarget::Partner(partner) => TieTarget::Partner(*partner),
    };
    Tie {
        id: t.id,
        person_id: t.person_id,
        target,
        role: clean_line(&t.role),
        strength: t.strength,
        valence: t.valence,
        flow: t.flow,
        since: t.since,
        until: t.until,
        replaces: t.replaces,
        consent: t.consent.as_ref().map(|ShareConsent { date, scope, basis }| ShareConsent {
            date: *date,
            scope: clean(scope),
            basis: *basis,
        }),
        notes: clean(&t.notes),
    }
}

/// The domain's rules. Without `today`, a consent dated later is not refused (a file records
/// what another computer's clock said).
fn check_rules(t: &Tie, today: Option<NaiveDate>) -> Result<(), StoreError> {
    let problems: Vec<TieProblem> = validate(t, today.unwrap_or(NaiveDate::MAX));
    if problems.is_empty() { Ok(()) } else { Err(StoreError::Invalid(format!("tie: {problems:?}"))) }
}

/// A partner a new tie may be drawn to: one of the directory, not archived.
fn check_partner_usable(conn: &Connection, id: PartnerId) -> Result<(), StoreError> {
    match partner::load(conn, id) {
        Ok(p) if p.archived => Err(StoreError::Invalid(format!("partner {id} is archived"))),
        Ok(_) => Ok(()),
        Err(StoreError::NotFound) => Err(StoreError::Invalid(format!("unknown partner {id}"))),
        Err(e) => Err(e),
    }
}

fn target_sql(target: &TieTarget) -> (Option<PartnerId>, Option<&'static str>, &str) {
    match target {
        TieTarget::Partner(id) => (Some(*id), None, ""),
        TieTarget::Informal { kind, label } => (None, Some(kind.code()), label.as_str()),
    }
}

// ---------------------------------------------------------------------------------------------
// Writing, in the caller's transaction

/// The tie's columns but its id and person: (what is drawn — whom, how, since when, what it
/// replaces —, its words — role, notes, consent). Changing the drawing ends the tie and starts
/// another; the words are rewritten in place.
fn tie_columns(t: &Tie) -> (Columns, Columns) {
    let Tie { id: _, person_id: _, target, role, strength, valence, flow, since, until, replaces, consent, notes } = t;
    let (partner_id, kind, label) = target_sql(target);
    let drawing = vec![
        ("partner_id", partner_id.into()),
        ("informal_kind", kind.map(str::to_string).into()),
        ("informal_label", label.to_string().into()),
        ("strength", strength.code().to_string().into()),
        ("valence", valence.code().to_string().into()),
        ("flow", flow.code().to_string().into()),
        ("since", date_sql(Some(*since)).into()),
        ("until", date_sql(*until).into()),
        ("replaces", (*replaces).into()),
    ];
    let consent = consent.as_ref().map(|ShareConsent { date, scope, basis }| (date, scope, basis));
    let words = vec![
        ("role", role.clone().into()),
        ("notes", notes.clone().into()),
        ("consent_date", date_sql(consent.map(|(date, _, _)| *date)).into()),
        ("consent_scope", consent.map_or(String::new(), |(_, scope, _)| scope.clone()).into()),
        ("consent_basis", consent.map(|(_, _, basis)| basis.code().to_string()).into()),
    ];
    (drawing, words)
}

/// Inserts a tie as it is (its `id` ignored: `since`, `until` and `replaces` kept), cleaned and
/// checked, with its audit row. `NotFound` for an unknown person; `Invalid` for the domain's rules
/// (`today` as in [`check_rules`]), an unknown partner, or a replaced tie of another person.
/// Whether the partner is archived is the caller's business.
pub(crate) fn insert(conn: &Connection, t: &Tie, today: Option<NaiveDate>, at: &str) -> Result<TieId, StoreError> {
    let t = cleaned(t);
    check_rules(&t, today)?;
    if !person::exists(conn, t.person_id)? {
        return Err(StoreError::NotFound);
    }
    if let TieTarget::Partner(id) = t.target
        && !partner::exists(conn, id)?
    {
        return Err(StoreError::Invalid(format!("unknown partner {id}")));
    }
    if let Some(replaced) = t.replaces {
        let owner: Option<PersonId> = conn
            .prepare_cached("SELECT person_id FROM tie WHERE id = ?1")?
            .query_row([replaced], |r| r.get(0))
            .optional()?;
        if owner != Some(t.person_id) {
            return Err(StoreError::Invalid(format!("tie {replaced} is not one of this person's ties")));
        }
    }
    let (drawing, words) = tie_columns(&t);
    let mut columns = vec![("person_id", Value::from(t.person_id))];
    columns.extend(drawing);
    columns.extend(words);
    columns.push(("created_at", Value::from(at.to_string())));
    let id = row::insert(conn, "tie", columns)?;
    audit::record(conn, "tie", id, AuditAction::Insert, at)?;
    Ok(id)
}

/// Sets the end day of an active tie, with its audit row.
fn write_end(conn: &Connection, id: TieId, on: NaiveDate, at: &str) -> Result<(), StoreError> {
    conn.prepare_cached("UPDATE tie SET until = ?2 WHERE id = ?1")?.execute(params![id, date_sql(Some(on))])?;
    audit::record(conn, "tie", id, AuditAction::Update, at)?;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The store's API

impl Store {
    /// Every tie of the person, ended ones included, by start day then id: the ecomap of any day
    /// is rebuilt from it with [`Tie::active_on`], two days compared with `domain::tie::compare`.
    /// `NotFound` for an unknown person.
    pub fn ties(&self, person: PersonId) -> Result<Vec<Tie>, StoreError> {
        if !person::exists(&self.conn, person)? {
            return Err(StoreError::NotFound);
        }
        load_person_ties(&self.conn, person)
    }

    pub fn tie(&self, id: TieId) -> Result<Tie, StoreError> {
        load(&self.conn, id)
    }

    /// Saves a tie and returns it as stored.
    ///
    /// - `t.id == 0`: inserted as given (`since`, `until` included), after the domain's rules
    ///   (`domain::tie::validate` on `today`); a partner must be in the directory and not archived.
    ///   `NotFound` for an unknown person.
    /// - Otherwise, when only the role, the notes or the consent to share differ from the stored
    ///   tie, it is updated in place (consent is not a change of the drawing); nothing is written
    ///   when nothing differs.
    /// - When the strength, valence, flow or target differ, the stored tie ends on `today` and a
    ///   new one, from `today` and linked to it by `replaces`, is inserted in the same transaction;
    ///   the new one is returned. A new partner target must not be archived, and the consent of
    ///   the old tie does not follow it to another target (a new consent may be given with it).
    ///
    /// Refused (`Invalid`): the domain's rules; an ended tie; a tie moved to another person; a
    /// different `since`, `until` or `replaces` than stored (a tie ends through
    /// [`Store::end_tie`]); a change of drawing dated before the tie's start.
    pub fn save_tie(&mut self, t: &Tie, today: NaiveDate) -> Result<Tie, StoreError> {
        let at = now();
        self.with_transaction(|tx| {
            let t = cleaned(t);
            if t.id == 0 {
                if let TieTarget::Partner(id) = t.target {
                    check_partner_usable(tx, id)?;
                }
                let id = insert(tx, &t, Some(today), &at)?;
                return load(tx, id);
            }
            let stored = load(tx, t.id)?;
            if stored.until.is_some() {
                return Err(StoreError::Invalid("an ended tie cannot be changed".into()));
            }
            if t.person_id != stored.person_id {
                return Err(StoreError::Invalid("a tie cannot move to another person".into()));
            }
            if (t.since, t.until, t.replaces) != (stored.since, stored.until, stored.replaces) {
                return Err(StoreError::Invalid("the dates and history of a tie are not rewritten".into()));
            }
            // A consent carried over unchanged is not checked against today again.
            let consent_today = if t.consent == stored.consent { None } else { Some(today) };
            let redrawn = t.target != stored.target || !t.same_drawing(&stored);
            if !redrawn {
                check_rules(&t, consent_today)?;
                if (&t.role, &t.notes, &t.consent) == (&stored.role, &stored.notes, &stored.consent) {
                    return Ok(stored);
                }
                row::update(tx, "tie", t.id, tie_columns(&t).1)?;
                audit::record(tx, "tie", t.id, AuditAction::Update, &at)?;
                return load(tx, t.id);
            }
            if today < stored.since {
                return Err(StoreError::Invalid("a tie cannot change before it starts".into()));
            }
            if let TieTarget::Partner(id) = t.target
                && t.target != stored.target
            {
                check_partner_usable(tx, id)?;
            }
            // Consent is given for one partner: the old one's does not follow the tie elsewhere.
            let consent =
                if t.target != stored.target && t.consent == stored.consent { None } else { t.consent.clone() };
            let next = Tie { id: 0, since: today, until: None, replaces: Some(stored.id), consent, ..t };
            check_rules(&next, consent_today)?;
            write_end(tx, stored.id, today, &at)?;
            let id = insert(tx, &next, consent_today, &at)?;
            load(tx, id)
        })
    }

    /// Ends the tie on `on`: from that day it is off the ecomap. Refused (`Invalid`): a tie
    /// already ended, a day before its start.
    pub fn end_tie(&mut self, id: TieId, on: NaiveDate) -> Result<Tie, StoreError> {
        let at = now();
        self.with_transaction(|tx| {
            let stored = load(tx, id)?;
            if stored.until.is_some() {
                return Err(StoreError::Invalid("tie already ended".into()));
            }
            if on < stored.since {
                return Err(StoreError::Invalid("a tie cannot end before it starts".into()));
            }
            write_end(tx, id, on, &at)?;
            load(tx, id)
        })
    }

    /// The persons a partner is involved with, for the directory: those (not archived) with a tie
    /// to it that has not ended (no end day recorded), or an action it carries (not archived, nor
    /// its objective or axis), whatever the action's status. By pseudonym, case and accents
    /// ignored. `NotFound` for an unknown partner.
    /// The persons with at least one tie, ended or not: whose ecomap has been drawn.
    pub fn persons_with_ties(&self) -> Result<Vec<PersonId>, StoreError> {
        let mut stmt = self.conn.prepare_cached("SELECT DISTINCT person_id FROM tie ORDER BY person_id")?;
        let ids = stmt.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<Vec<PersonId>>>()?;
        Ok(ids)
    }

    pub fn partner_persons(&self, partner: PartnerId) -> Result<Vec<(PersonId, String)>, StoreError> {
        if !partner::exists(&self.conn, partner)? {
            return Err(StoreError::NotFound);
        }
        let sql = format!(
            "SELECT p.id, p.pseudonym FROM person p WHERE p.archived = 0 AND p.id IN ( \
                 SELECT t.person_id FROM tie t WHERE t.partner_id = ?1 AND {not_ended} \
                 UNION \
                 SELECT ax.person_id FROM action a JOIN objective o ON o.id = a.objective_id \
                 JOIN axis ax ON ax.id = o.axis_id \
                 WHERE a.partner_id = ?1 AND a.archived = 0 AND o.archived = 0 AND ax.archived = 0)",
            not_ended = not_ended_sql()
        );
        let mut persons = self
            .conn
            .prepare_cached(&sql)?
            .query_map([partner], |r| Ok((r.get::<_, PersonId>(0)?, clean_text(r, 1)?)))?
            .collect::<Result<Vec<_>, _>>()?;
        persons.sort_by_cached_key(|(id, pseudonym)| (sort_key(pseudonym), pseudonym.clone(), *id));
        Ok(persons)
    }

    /// The facts behind the network alerts, for every active person not archived, by person id,
    /// on `today`: the partners carrying an open action of her plan (action, objective and axis not
    /// archived) without an active tie that records consent to share, whether she has an active
    /// informal support, and the carriers with whom an active tie is conflictual. Two aggregate
    /// queries, whatever the number of persons.
    pub fn network_facts(&self, today: NaiveDate) -> Result<Vec<NetworkFacts>, StoreError> {
        let today = iso_day(today);
        let active = active_sql(1);
        let sql = format!(
            "SELECT p.id, EXISTS (SELECT 1 FROM tie t WHERE t.person_id = p.id AND t.informal_kind IS NOT NULL \
                 AND {active}) \
             FROM person p WHERE p.status = 'active' AND p.archived = 0 ORDER BY p.id"
        );
        let mut facts: Vec<NetworkFacts> = self
            .conn
            .prepare_cached(&sql)?
            .query_map([&today], |r| {
                Ok(NetworkFacts {
                    person_id: r.get(0)?,
                    carriers_without_consent: Vec::new(),
                    has_informal_support: flag(r, 1)?,
                    conflictual_carriers: Vec::new(),
                })
            })?
            .collect::<Result<_, _>>()?;
        let index: HashMap<PersonId, usize> = facts.iter().enumerate().map(|(i, f)| (f.person_id, i)).collect();

        // Each person's carriers are found by walking her axes → objectives → actions through the
        // indexes (CROSS JOIN fixes that order); each carrier's ties through `tie_by_person`.
        let sql = format!(
            "SELECT c.person_id, c.partner_id, \
                 EXISTS (SELECT 1 FROM tie t WHERE t.person_id = c.person_id AND t.partner_id = c.partner_id \
                     AND {active} AND {consent}), \
                 EXISTS (SELECT 1 FROM tie t WHERE t.person_id = c.person_id AND t.partner_id = c.partner_id \
                     AND {active} AND t.valence = 'conflictual') \
             FROM ( \
                 SELECT DISTINCT ax.person_id, a.partner_id \
                 FROM person p CROSS JOIN axis ax ON ax.person_id = p.id \
                 CROSS JOIN objective o ON o.axis_id = ax.id CROSS JOIN action a ON a.objective_id = o.id \
                 WHERE p.status = 'active' AND p.archived = 0 AND ax.archived = 0 AND o.archived = 0 \
                     AND a.archived = 0 AND a.status IN ('todo', 'in-progress') AND a.partner_id IS NOT NULL \
             ) c ORDER BY c.person_id, c.partner_id",
            consent = consent_sql()
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([&today], |r| {
            Ok((r.get::<_, PersonId>(0)?, r.get::<_, PartnerId>(1)?, flag(r, 2)?, flag(r, 3)?))
        })?;
        for row in rows {
            let (person, partner, consented, conflictual) = row?;
            let Some(f) = index.get(&person).map(|i| &mut facts[*i]) else { continue };
            if !consented {
                f.carriers_without_consent.push(partner);
            }
            if conflictual {
                f.conflictual_carriers.push(partner);
            }
        }
        Ok(facts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_are_written_in_four_digits() {
        assert_eq!(iso_day(NaiveDate::from_ymd_opt(2026, 3, 5).unwrap()), "2026-03-05");
        assert_eq!(iso_day(NaiveDate::MIN), "0001-01-01");
        assert_eq!(iso_day(NaiveDate::MAX), "9999-12-31");
    }
}

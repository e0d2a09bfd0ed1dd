//! The personalised plan of a person: axes → objectives → actions, with the journal of each
//! action's postponements. Nothing is deleted: items are archived, readjusted objectives keep
//! their row, postponements are append-only.

use std::collections::HashMap;

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::audit::{self, AuditAction};
use super::columns::{clean_text, date_sql, flag, now, opt_date, opt_i64, parse_date, text};
use super::plan_write::{axis_columns, move_row, set_archived, update_action_row, update_objective_row, write_needs};
pub(crate) use super::plan_write::{insert_action, insert_axis, insert_objective, insert_postponement, next_position};
use super::row;
use super::{Store, StoreError, partner, person};
use crate::domain::nomenclature;
use crate::domain::person::PersonId;
use crate::domain::plan::action::{self, ActionProblem};
use crate::domain::plan::{
    ActionId, ActionStatus, Axis, AxisId, Carrier, GasScale, NeedRef, Objective, ObjectiveId, ObjectiveStatus, Plan,
    PlanAction, Postponement, axis, objective,
};
use crate::domain::text::{clean, clean_line};

/// SQL conditions of an open action, to be used with the aliases `a` (action), `o` (objective) and
/// `ax` (axis). They repeat the WHERE of the partial indexes `action_open_by_due` and
/// `action_open_by_objective` word for word, so that SQLite can use them.
pub(crate) const OPEN_ACTION: &str = "a.status IN ('todo', 'in-progress') AND a.archived = 0 AND a.due IS NOT NULL \
     AND o.archived = 0 AND ax.archived = 0";
/// Same for an open objective with a deadline (partial indexes `objective_open_by_deadline` and
/// `objective_open_by_axis`).
pub(crate) const OPEN_OBJECTIVE: &str =
    "o.status IN ('upcoming', 'in-progress') AND o.archived = 0 AND o.deadline IS NOT NULL AND ax.archived = 0";

// ---------------------------------------------------------------------------------------------
// Reading

const AXIS_COLUMNS: &str = "ax.id, ax.person_id, ax.position, ax.title, ax.rationale, ax.participation, ax.person_view, ax.created_on, \
     ax.archived";

fn axis_from_row(row: &Row<'_>) -> rusqlite::Result<Axis> {
    Ok(Axis {
        id: row.get(0)?,
        person_id: row.get(1)?,
        position: opt_i64(row, 2)?.unwrap_or(0),
        title: clean_text(row, 3)?,
        rationale: clean_text(row, 4)?,
        needs: Vec::new(),
        participation: clean_text(row, 5)?,
        person_view: clean_text(row, 6)?,
        created_on: opt_date(row, 7)?.unwrap_or_default(),
        archived: flag(row, 8)?,
    })
}

const OBJECTIVE_COLUMNS: &str = "o.id, o.axis_id, o.position, o.title, o.indicator, o.expected_result, o.deadline, \
     o.status, o.gas_minus2, o.gas_minus1, o.gas_zero, o.gas_plus1, o.gas_plus2, o.gas_baseline, o.gas_importance, \
     o.gas_difficulty, o.person_view, o.replaces, o.created_on, o.archived";

/// A weight of the GAS scale (importance, difficulty): 0–3, else the default 1.
fn weight(row: &Row<'_>, idx: usize) -> rusqlite::Result<u8> {
    Ok(opt_i64(row, idx)?.and_then(|v| u8::try_from(v).ok()).filter(|v| *v <= 3).unwrap_or(1))
}

fn objective_from_row(row: &Row<'_>) -> rusqlite::Result<Objective> {
    let baseline = match opt_i64(row, 13)? {
        Some(-2) => -2,
        _ => -1,
    };
    Ok(Objective {
        id: row.get(0)?,
        axis_id: row.get(1)?,
        position: opt_i64(row, 2)?.unwrap_or(0),
        title: clean_text(row, 3)?,
        indicator: clean_text(row, 4)?,
        expected_result: clean_text(row, 5)?,
        deadline: opt_date(row, 6)?,
        // The CHECK constraint allows only known codes; a file edited by hand still opens.
        status: ObjectiveStatus::from_code(&text(row, 7)?).unwrap_or(ObjectiveStatus::Upcoming),
        gas: GasScale {
            levels: [
                clean_text(row, 8)?,
                clean_text(row, 9)?,
                clean_text(row, 10)?,
                clean_text(row, 11)?,
                clean_text(row, 12)?,
            ],
            baseline,
            importance: weight(row, 14)?,
            difficulty: weight(row, 15)?,
        },
        person_view: clean_text(row, 16)?,
        needs: Vec::new(),
        replaces: opt_i64(row, 17)?,
        created_on: opt_date(row, 18)?.unwrap_or_default(),
        archived: flag(row, 19)?,
    })
}

const ACTION_COLUMNS: &str = "a.id, a.objective_id, a.position, a.what, a.carrier_kind, a.partner_id, a.start, a.due, \
     a.done_on, a.status, a.serafin_service, a.archived";

fn action_from_row(row: &Row<'_>) -> rusqlite::Result<PlanAction> {
    let carrier = match (text(row, 4)?.as_str(), opt_i64(row, 5)?) {
        ("partner", Some(id)) => Carrier::Partner(id),
        ("person", _) => Carrier::Person,
        _ => Carrier::Referent,
    };
    let service = clean_line(&text(row, 10)?);
    Ok(PlanAction {
        id: row.get(0)?,
        objective_id: row.get(1)?,
        position: opt_i64(row, 2)?.unwrap_or(0),
        what: clean_text(row, 3)?,
        carrier,
        start: opt_date(row, 6)?,
        due: opt_date(row, 7)?,
        done_on: opt_date(row, 8)?,
        status: ActionStatus::from_code(&text(row, 9)?).unwrap_or(ActionStatus::Todo),
        serafin_service: (!service.is_empty()).then_some(service),
        archived: flag(row, 11)?,
    })
}

fn need_from_row(row: &Row<'_>) -> rusqlite::Result<(i64, NeedRef)> {
    Ok((row.get(0)?, NeedRef { domain: clean_line(&text(row, 1)?), text: clean_line(&text(row, 2)?) }))
}

fn needs_by_owner(
    conn: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
) -> Result<HashMap<i64, Vec<NeedRef>>, StoreError> {
    let mut map: HashMap<i64, Vec<NeedRef>> = HashMap::new();
    for row in conn.prepare_cached(sql)?.query_map(params, need_from_row)? {
        let (owner, need) = row?;
        map.entry(owner).or_default().push(need);
    }
    Ok(map)
}

pub(crate) fn load_axis(conn: &Connection, id: AxisId) -> Result<Axis, StoreError> {
    let sql = format!("SELECT {AXIS_COLUMNS} FROM axis ax WHERE ax.id = ?1");
    let mut a = conn.prepare_cached(&sql)?.query_row([id], axis_from_row).optional()?.ok_or(StoreError::NotFound)?;
    a.needs = needs_by_owner(conn, "SELECT axis_id, domain, text FROM axis_need WHERE axis_id = ?1 ORDER BY id", [id])?
        .remove(&id)
        .unwrap_or_default();
    Ok(a)
}

pub(crate) fn load_objective(conn: &Connection, id: ObjectiveId) -> Result<Objective, StoreError> {
    let sql = format!("SELECT {OBJECTIVE_COLUMNS} FROM objective o WHERE o.id = ?1");
    let mut o =
        conn.prepare_cached(&sql)?.query_row([id], objective_from_row).optional()?.ok_or(StoreError::NotFound)?;
    o.needs = needs_by_owner(
        conn,
        "SELECT objective_id, domain, text FROM objective_need WHERE objective_id = ?1 ORDER BY id",
        [id],
    )?
    .remove(&id)
    .unwrap_or_default();
    Ok(o)
}

pub(crate) fn load_action(conn: &Connection, id: ActionId) -> Result<PlanAction, StoreError> {
    let sql = format!("SELECT {ACTION_COLUMNS} FROM action a WHERE a.id = ?1");
    conn.prepare_cached(&sql)?.query_row([id], action_from_row).optional()?.ok_or(StoreError::NotFound)
}

/// The whole plan of a person, archived items included, each list in display order: axes by
/// position; objectives by their axis's order, then position; actions likewise.
pub(crate) fn load_plan(conn: &Connection, person: PersonId) -> Result<Plan, StoreError> {
    let sql = format!("SELECT {AXIS_COLUMNS} FROM axis ax WHERE ax.person_id = ?1 ORDER BY ax.position, ax.id");
    let mut axes = conn.prepare_cached(&sql)?.query_map([person], axis_from_row)?.collect::<Result<Vec<_>, _>>()?;
    let mut needs = needs_by_owner(
        conn,
        "SELECT n.axis_id, n.domain, n.text FROM axis_need n JOIN axis ax ON ax.id = n.axis_id \
         WHERE ax.person_id = ?1 ORDER BY n.id",
        [person],
    )?;
    for a in &mut axes {
        a.needs = needs.remove(&a.id).unwrap_or_default();
    }

    let sql = format!(
        "SELECT {OBJECTIVE_COLUMNS} FROM objective o JOIN axis ax ON ax.id = o.axis_id WHERE ax.person_id = ?1 \
         ORDER BY ax.position, ax.id, o.position, o.id"
    );
    let mut objectives =
        conn.prepare_cached(&sql)?.query_map([person], objective_from_row)?.collect::<Result<Vec<_>, _>>()?;
    let mut needs = needs_by_owner(
        conn,
        "SELECT n.objective_id, n.domain, n.text FROM objective_need n JOIN objective o ON o.id = n.objective_id \
         JOIN axis ax ON ax.id = o.axis_id WHERE ax.person_id = ?1 ORDER BY n.id",
        [person],
    )?;
    for o in &mut objectives {
        o.needs = needs.remove(&o.id).unwrap_or_default();
    }

    let sql = format!(
        "SELECT {ACTION_COLUMNS} FROM action a JOIN objective o ON o.id = a.objective_id \
         JOIN axis ax ON ax.id = o.axis_id WHERE ax.person_id = ?1 \
         ORDER BY ax.position, ax.id, o.position, o.id, a.position, a.id"
    );
    let actions = conn.prepare_cached(&sql)?.query_map([person], action_from_row)?.collect::<Result<Vec<_>, _>>()?;
    Ok(Plan { axes, objectives, actions })
}

fn postponement_from_row(row: &Row<'_>) -> rusqlite::Result<Option<Postponement>> {
    // A postponement without a readable date says nothing usable: skipped rather than failing.
    let (Some(on), Some(to)) = (opt_date(row, 1)?, opt_date(row, 3)?) else {
        return Ok(None);
    };
    Ok(Some(Postponement { action_id: row.get(0)?, on, from: opt_date(row, 2)?, to, reason: clean_text(row, 4)? }))
}

/// Every postponement of the person's actions, oldest first (exports).
fn person_postponements(conn: &Connection, person: PersonId) -> Result<Vec<Postponement>, StoreError> {
    let rows = conn
        .prepare_cached(
            "SELECT p.action_id, p.on_date, p.from_date, p.to_date, p.reason FROM action_postponement p \
             JOIN action a ON a.id = p.action_id JOIN objective o ON o.id = a.objective_id \
             JOIN axis ax ON ax.id = o.axis_id WHERE ax.person_id = ?1 ORDER BY p.on_date, p.id",
        )?
        .query_map([person], postponement_from_row)?
        .collect::<Result<Vec<_>, _>>()?;
    Ok(rows.into_iter().flatten().collect())
}

/// The person an objective belongs to, through its axis.
pub(crate) fn person_of_objective(conn: &Connection, id: ObjectiveId) -> Result<Option<PersonId>, StoreError> {
    Ok(conn
        .prepare_cached("SELECT ax.person_id FROM objective o JOIN axis ax ON ax.id = o.axis_id WHERE o.id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?)
}

pub(super) fn person_of_axis(conn: &Connection, id: AxisId) -> Result<Option<PersonId>, StoreError> {
    Ok(conn.prepare_cached("SELECT person_id FROM axis WHERE id = ?1")?.query_row([id], |r| r.get(0)).optional()?)
}

// ---------------------------------------------------------------------------------------------
// Cleaning and checking

fn cleaned_needs(needs: &[NeedRef]) -> Vec<NeedRef> {
    needs
        .iter()
        .map(|n| NeedRef { domain: clean_line(&n.domain), text: clean_line(&n.text) })
        .filter(|n| !n.domain.is_empty() && !n.text.is_empty())
        .collect()
}

// Every field of each item named (no `..`): a text added to it must be said cleaned here too.

pub(crate) fn cleaned_axis(a: &Axis) -> Axis {
    Axis {
        id: a.id,
        person_id: a.person_id,
        position: a.position,
        title: clean_line(&a.title),
        rationale: clean(&a.rationale),
        needs: cleaned_needs(&a.needs),
        participation: clean(&a.participation),
        person_view: clean(&a.person_view),
        created_on: a.created_on,
        archived: a.archived,
    }
}

pub(crate) fn cleaned_objective(o: &Objective) -> Objective {
    let gas = &o.gas;
    Objective {
        id: o.id,
        axis_id: o.axis_id,
        position: o.position,
        title: clean_line(&o.title),
        indicator: clean(&o.indicator),
        expected_result: clean(&o.expected_result),
        deadline: o.deadline,
        status: o.status,
        gas: GasScale {
            levels: gas.levels.clone().map(|l| clean(&l)),
            baseline: gas.baseline,
            importance: gas.importance,
            difficulty: gas.difficulty,
        },
        person_view: clean(&o.person_view),
        needs: cleaned_needs(&o.needs),
        replaces: o.replaces,
        created_on: o.created_on,
        archived: o.archived,
    }
}

pub(crate) fn cleaned_action(a: &PlanAction) -> PlanAction {
    PlanAction {
        id: a.id,
        objective_id: a.objective_id,
        position: a.position,
        what: clean_line(&a.what),
        carrier: a.carrier,
        start: a.start,
        due: a.due,
        done_on: a.done_on,
        status: a.status,
        serafin_service: a.serafin_service.as_deref().map(clean_line).filter(|c| !c.is_empty()),
        archived: a.archived,
    }
}

/// A postponement as it will be stored: its reason cleaned, like every record checked on import.
pub(crate) fn cleaned_postponement(p: &Postponement) -> Postponement {
    let Postponement { action_id, on, from, to, reason } = p;
    Postponement { action_id: *action_id, on: *on, from: *from, to: *to, reason: clean(reason).trim().to_string() }
}

pub(crate) fn is_service_code(code: &str) -> bool {
    nomenclature::services().iter().any(|s| s.code == code)
}

pub(crate) fn invalid<P: std::fmt::Debug>(what: &str, problems: &[P]) -> StoreError {
    StoreError::Invalid(format!("{what}: {problems:?}"))
}

pub(super) fn check_axis(a: &Axis) -> Result<(), StoreError> {
    let problems = axis::validate(a);
    if problems.is_empty() { Ok(()) } else { Err(invalid("axis", &problems)) }
}

/// Domain rules, then the objective it replaces: another objective of the same person.
pub(super) fn check_objective(conn: &Connection, o: &Objective, person: PersonId) -> Result<(), StoreError> {
    let problems = objective::validate(o);
    if !problems.is_empty() {
        return Err(invalid("objective", &problems));
    }
    if let Some(replaced) = o.replaces {
        if replaced == o.id {
            return Err(StoreError::Invalid("an objective cannot replace itself".into()));
        }
        if person_of_objective(conn, replaced)? != Some(person) {
            return Err(StoreError::Invalid("the replaced objective is not in this plan".into()));
        }
    }
    Ok(())
}

/// Domain rules, then the partner carrying it, which must exist.
pub(super) fn check_action(conn: &Connection, a: &PlanAction) -> Result<(), StoreError> {
    let problems = action::validate(a, is_service_code);
    if !problems.is_empty() {
        return Err(invalid("action", &problems));
    }
    if let Carrier::Partner(id) = a.carrier
        && !partner::exists(conn, id)?
    {
        return Err(StoreError::Invalid(format!("unknown partner {id}")));
    }
    Ok(())
}

pub(super) fn carrier_sql(c: Carrier) -> (&'static str, Option<i64>) {
    match c {
        Carrier::Person => ("person", None),
        Carrier::Referent => ("referent", None),
        Carrier::Partner(id) => ("partner", Some(id)),
    }
}

// ---------------------------------------------------------------------------------------------
// The store's API

impl Store {
    /// The person's whole plan, archived items included (flagged: the UI filters). `NotFound` for an
    /// unknown person.
    pub fn plan(&self, person: PersonId) -> Result<Plan, StoreError> {
        if !person::exists(&self.conn, person)? {
            return Err(StoreError::NotFound);
        }
        load_plan(&self.conn, person)
    }

    /// Inserts the axis at the end of the person's axes when `a.id == 0`, else rewrites its text,
    /// needs and date; returns it as stored. Position and archived flag are changed only by
    /// [`Store::move_axis`] and [`Store::set_axis_archived`]; an axis stays with its person.
    pub fn save_axis(&mut self, a: &Axis) -> Result<Axis, StoreError> {
        let at = now();
        self.with_transaction(|tx| {
            if a.id == 0 {
                let position = next_position(tx, "axis", "person_id", a.person_id)?;
                let id = insert_axis(tx, &Axis { position, ..a.clone() }, &at)?;
                return load_axis(tx, id);
            }
            let a = cleaned_axis(a);
            check_axis(&a)?;
            let stored = load_axis(tx, a.id)?;
            if stored.person_id != a.person_id {
                return Err(StoreError::Invalid("an axis cannot move to another person".into()));
            }
            row::update(tx, "axis", a.id, axis_columns(&a))?;
            write_needs(tx, "axis_need", "axis_id", a.id, &a.needs)?;
            audit::record(tx, "axis", a.id, AuditAction::Update, &at)?;
            load_axis(tx, a.id)
        })
    }

    /// Inserts the objective at the end of its axis when `o.id == 0`, else rewrites it; returns it
    /// as stored. Refused (`Invalid`): no title, a deadline before its creation, a GAS baseline or
    /// weight out of range, a replaced objective outside the person's plan. An objective may move
    /// to another axis of the same person (it goes at the end there).
    pub fn save_objective(&mut self, o: &Objective) -> Result<Objective, StoreError> {
        let at = now();
        self.with_transaction(|tx| {
            if o.id == 0 {
                let position = next_position(tx, "objective", "axis_id", o.axis_id)?;
                let id = insert_objective(tx, &Objective { position, ..o.clone() }, &at)?;
                return load_objective(tx, id);
            }
            let mut o = cleaned_objective(o);
            let stored = load_objective(tx, o.id)?;
            let person = person_of_axis(tx, stored.axis_id)?.ok_or(StoreError::NotFound)?;
            check_objective(tx, &o, person)?;
            if o.axis_id == stored.axis_id {
                o.position = stored.position;
            } else {
                if person_of_axis(tx, o.axis_id)? != Some(person) {
                    return Err(StoreError::Invalid("an objective cannot move to another person's plan".into()));
                }
                o.position = next_position(tx, "objective", "axis_id", o.axis_id)?;
            }
            update_objective_row(tx, &o)?;
            audit::record(tx, "objective", o.id, AuditAction::Update, &at)?;
            load_objective(tx, o.id)
        })
    }

    /// Inserts the action at the end of its objective when `a.id == 0`, else rewrites it; returns it
    /// as stored. Refused (`Invalid`): nothing to do, due or done before the start, an unknown
    /// SERAFIN-PH service, a partner carrier that does not exist. An action may move to another
    /// objective of the same person (it goes at the end there).
    pub fn save_action(&mut self, a: &PlanAction) -> Result<PlanAction, StoreError> {
        let at = now();
        self.with_transaction(|tx| {
            if a.id == 0 {
                let position = next_position(tx, "action", "objective_id", a.objective_id)?;
                let id = insert_action(tx, &PlanAction { position, ..a.clone() }, &at)?;
                return load_action(tx, id);
            }
            let mut a = cleaned_action(a);
            let stored = load_action(tx, a.id)?;
            check_action(tx, &a)?;
            if a.objective_id == stored.objective_id {
                a.position = stored.position;
            } else {
                let person = person_of_objective(tx, stored.objective_id)?;
                if person.is_none() || person_of_objective(tx, a.objective_id)? != person {
                    return Err(StoreError::Invalid("an action cannot move to another person's plan".into()));
                }
                a.position = next_position(tx, "action", "objective_id", a.objective_id)?;
            }
            update_action_row(tx, &a)?;
            audit::record(tx, "action", a.id, AuditAction::Update, &at)?;
            load_action(tx, a.id)
        })
    }

    /// Readjusts objective `old`: in one transaction its status becomes « réajusté » (its history
    /// stays), and `new` is inserted right after it in the same axis, linked by `replaces`. Returns
    /// the new objective as stored. An objective already readjusted is refused (`Invalid`).
    pub fn readjust_objective(&mut self, old: ObjectiveId, new: &Objective) -> Result<Objective, StoreError> {
        let at = now();
        self.with_transaction(|tx| {
            let previous = load_objective(tx, old)?;
            if previous.status == ObjectiveStatus::Readjusted {
                return Err(StoreError::Invalid("objective already readjusted".into()));
            }
            let new = Objective {
                id: 0,
                axis_id: previous.axis_id,
                position: previous.position + 1,
                replaces: Some(old),
                ..new.clone()
            };
            let person = person_of_axis(tx, previous.axis_id)?.ok_or(StoreError::NotFound)?;
            check_objective(tx, &cleaned_objective(&new), person)?;

            tx.prepare_cached("UPDATE objective SET status = ?2 WHERE id = ?1")?
                .execute(params![old, ObjectiveStatus::Readjusted.code()])?;
            audit::record(tx, "objective", old, AuditAction::Update, &at)?;
            // Make room right after the old one.
            let shifted: Vec<ObjectiveId> = tx
                .prepare_cached("SELECT id FROM objective WHERE axis_id = ?1 AND position > ?2 AND id <> ?3")?
                .query_map(params![previous.axis_id, previous.position, old], |r| r.get(0))?
                .collect::<Result<_, _>>()?;
            let mut shift = tx.prepare_cached("UPDATE objective SET position = position + 1 WHERE id = ?1")?;
            for id in shifted {
                shift.execute([id])?;
                audit::record(tx, "objective", id, AuditAction::Update, &at)?;
            }
            let id = insert_objective(tx, &new, &at)?;
            load_objective(tx, id)
        })
    }

    pub fn set_axis_archived(&mut self, id: AxisId, archived: bool) -> Result<(), StoreError> {
        let at = now();
        self.with_transaction(|tx| set_archived(tx, "axis", id, archived, &at))
    }

    pub fn set_objective_archived(&mut self, id: ObjectiveId, archived: bool) -> Result<(), StoreError> {
        let at = now();
        self.with_transaction(|tx| set_archived(tx, "objective", id, archived, &at))
    }

    pub fn set_action_archived(&mut self, id: ActionId, archived: bool) -> Result<(), StoreError> {
        let at = now();
        self.with_transaction(|tx| set_archived(tx, "action", id, archived, &at))
    }

    /// Moves an axis among the person's axes: −1 up, +1 down; nothing at either end.
    pub fn move_axis(&mut self, id: AxisId, delta: i64) -> Result<(), StoreError> {
        let at = now();
        self.with_transaction(|tx| move_row(tx, "axis", "person_id", id, delta, &at))
    }

    /// Moves an objective among those of its axis: −1 up, +1 down; nothing at either end.
    pub fn move_objective(&mut self, id: ObjectiveId, delta: i64) -> Result<(), StoreError> {
        let at = now();
        self.with_transaction(|tx| move_row(tx, "objective", "axis_id", id, delta, &at))
    }

    /// Moves an action among those of its objective: −1 up, +1 down; nothing at either end.
    pub fn move_action(&mut self, id: ActionId, delta: i64) -> Result<(), StoreError> {
        let at = now();
        self.with_transaction(|tx| move_row(tx, "action", "objective_id", id, delta, &at))
    }

    /// Marks the action done on `on` (the quick key passes today). Refused (`Invalid`) when that is
    /// before its start.
    pub fn mark_action_done(&mut self, id: ActionId, on: NaiveDate) -> Result<PlanAction, StoreError> {
        let at = now();
        self.with_transaction(|tx| {
            let done = load_action(tx, id)?.done(on);
            let problems = action::validate(&done, |_| true);
            if !problems.is_empty() {
                return Err(invalid("action", &problems));
            }
            tx.prepare_cached("UPDATE action SET status = ?2, done_on = ?3 WHERE id = ?1")?.execute(params![
                id,
                done.status.code(),
                date_sql(done.done_on)
            ])?;
            audit::record(tx, "action", id, AuditAction::Update, &at)?;
            load_action(tx, id)
        })
    }

    /// Undoes « done »: the action gets `status` back (an open one) and loses its done date.
    /// Refused (`Invalid`) for an action that is not done or an open status not asked for.
    pub fn reopen_action(&mut self, id: ActionId, status: ActionStatus) -> Result<PlanAction, StoreError> {
        let at = now();
        self.with_transaction(|tx| {
            let current = load_action(tx, id)?;
            if current.status != ActionStatus::Done || !status.is_open() {
                return Err(StoreError::Invalid("only a done action can be reopened, to an open status".into()));
            }
            tx.prepare_cached("UPDATE action SET status = ?2, done_on = NULL WHERE id = ?1")?
                .execute(params![id, status.code()])?;
            audit::record(tx, "action", id, AuditAction::Update, &at)?;
            load_action(tx, id)
        })
    }

    /// Postpones an open action to `p.to`: the postponement joins the action's journal (its `from`
    /// is the due date the action had, whatever `p.from` says) and the due date moves, in one
    /// transaction. Refused (`Invalid`): no reason, a new date before `p.on`, a new date before the
    /// action's start, an action already done or cancelled.
    pub fn postpone_action(&mut self, p: &Postponement) -> Result<PlanAction, StoreError> {
        let at = now();
        self.with_transaction(|tx| {
            let problems = action::validate_postponement(p);
            if !problems.is_empty() {
                return Err(invalid("postponement", &problems));
            }
            let current = load_action(tx, p.action_id)?;
            if !current.status.is_open() {
                return Err(StoreError::Invalid("only an open action can be postponed".into()));
            }
            let moved = PlanAction { due: Some(p.to), ..current.clone() };
            let problems: Vec<ActionProblem> = action::validate(&moved, |_| true)
                .into_iter()
                .filter(|p| *p == ActionProblem::DueBeforeStart)
                .collect();
            if !problems.is_empty() {
                return Err(invalid("action", &problems));
            }
            insert_postponement(tx, &Postponement { from: current.due, ..p.clone() }, &at)?;
            tx.prepare_cached("UPDATE action SET due = ?2 WHERE id = ?1")?
                .execute(params![p.action_id, date_sql(Some(p.to))])?;
            audit::record(tx, "action", p.action_id, AuditAction::Update, &at)?;
            load_action(tx, p.action_id)
        })
    }

    /// Every postponement of the person's actions, oldest first (exports).
    pub(crate) fn person_postponements(&self, person: PersonId) -> Result<Vec<Postponement>, StoreError> {
        person_postponements(&self.conn, person)
    }

    /// The journal of an action's postponements, oldest first. `NotFound` for an unknown action.
    pub fn postponements(&self, action: ActionId) -> Result<Vec<Postponement>, StoreError> {
        if !self.conn.prepare_cached("SELECT 1 FROM action WHERE id = ?1")?.exists([action])? {
            return Err(StoreError::NotFound);
        }
        let rows = self
            .conn
            .prepare_cached(
                "SELECT action_id, on_date, from_date, to_date, reason FROM action_postponement \
                 WHERE action_id = ?1 ORDER BY on_date, id",
            )?
            .query_map([action], postponement_from_row)?
            .collect::<Result<Vec<_>, _>>()?;
        Ok(rows.into_iter().flatten().collect())
    }
}

/// A date read from an aggregate (min of a text column): `None` when malformed.
pub(crate) fn aggregate_date(row: &Row<'_>, idx: usize) -> rusqlite::Result<Option<NaiveDate>> {
    Ok(parse_date(&text(row, idx)?))
}

//! Writing the plan in the caller's transaction: each item's row from the item destructured whole
//! (see [`super::row`]), its needs, its place among its siblings, its archiving.

use rusqlite::types::Value;
use rusqlite::{Connection, params};

use super::audit::{self, AuditAction};
use super::columns::{date_sql, flag, opt_i64};
use super::plan::{
    carrier_sql, check_action, check_axis, check_objective, cleaned_action, cleaned_axis, cleaned_objective, invalid,
    person_of_axis, person_of_objective,
};
use super::row::{self, Columns};
use super::{StoreError, person};
use crate::domain::plan::action;
use crate::domain::plan::{
    ActionId, Axis, AxisId, GasScale, NeedRef, Objective, ObjectiveId, PlanAction, Postponement,
};

/// The axis's words: what an edit rewrites. Its person, place and archiving are written apart
/// (an axis stays with its person; [`Store::move_axis`], [`Store::set_axis_archived`]); its needs
/// are rows of their own.
pub(super) fn axis_columns(a: &Axis) -> Columns {
    let Axis {
        id: _,
        person_id: _,
        position: _,
        title,
        rationale,
        needs: _,
        participation,
        person_view,
        created_on,
        archived: _,
    } = a;
    vec![
        ("title", title.clone().into()),
        ("rationale", rationale.clone().into()),
        ("participation", participation.clone().into()),
        ("person_view", person_view.clone().into()),
        ("created_on", date_sql(Some(*created_on)).into()),
    ]
}

/// The objective's columns but its id, needs (rows of their own) and archiving (its own write).
fn objective_columns(o: &Objective) -> Columns {
    let Objective {
        id: _,
        axis_id,
        position,
        title,
        indicator,
        expected_result,
        deadline,
        status,
        gas,
        person_view,
        needs: _,
        replaces,
        created_on,
        archived: _,
    } = o;
    let GasScale { levels: [m2, m1, zero, p1, p2], baseline, importance, difficulty } = gas;
    vec![
        ("axis_id", (*axis_id).into()),
        ("position", (*position).into()),
        ("title", title.clone().into()),
        ("indicator", indicator.clone().into()),
        ("expected_result", expected_result.clone().into()),
        ("deadline", date_sql(*deadline).into()),
        ("status", status.code().to_string().into()),
        ("gas_minus2", m2.clone().into()),
        ("gas_minus1", m1.clone().into()),
        ("gas_zero", zero.clone().into()),
        ("gas_plus1", p1.clone().into()),
        ("gas_plus2", p2.clone().into()),
        ("gas_baseline", (*baseline).into()),
        ("gas_importance", (*importance).into()),
        ("gas_difficulty", (*difficulty).into()),
        ("person_view", person_view.clone().into()),
        ("replaces", (*replaces).into()),
        ("created_on", date_sql(Some(*created_on)).into()),
    ]
}

/// The action's columns but its id and archiving (its own write).
fn action_columns(a: &PlanAction) -> Columns {
    let PlanAction {
        id: _,
        objective_id,
        position,
        what,
        carrier,
        start,
        due,
        done_on,
        status,
        serafin_service,
        archived: _,
    } = a;
    let (kind, partner) = carrier_sql(*carrier);
    vec![
        ("objective_id", (*objective_id).into()),
        ("position", (*position).into()),
        ("what", what.clone().into()),
        ("carrier_kind", kind.to_string().into()),
        ("partner_id", partner.into()),
        ("start", date_sql(*start).into()),
        ("due", date_sql(*due).into()),
        ("done_on", date_sql(*done_on).into()),
        ("status", status.code().to_string().into()),
        ("serafin_service", serafin_service.clone().into()),
    ]
}

pub(super) fn write_needs(
    conn: &Connection,
    table: &str,
    owner_column: &str,
    owner: i64,
    needs: &[NeedRef],
) -> Result<(), StoreError> {
    conn.prepare_cached(&format!("DELETE FROM {table} WHERE {owner_column} = ?1"))?.execute([owner])?;
    let mut stmt =
        conn.prepare_cached(&format!("INSERT INTO {table} ({owner_column}, domain, text) VALUES (?1, ?2, ?3)"))?;
    for n in needs {
        stmt.execute(params![owner, n.domain, n.text])?;
    }
    Ok(())
}

pub(crate) fn next_position(
    conn: &Connection,
    table: &str,
    parent_column: &str,
    parent: i64,
) -> Result<i64, StoreError> {
    let sql = format!("SELECT coalesce(max(position), -1) + 1 FROM {table} WHERE {parent_column} = ?1");
    Ok(conn.prepare_cached(&sql)?.query_row([parent], |r| r.get(0))?)
}

/// Inserts an axis at `a.position` (its `id` ignored), cleaned and checked, with its audit row.
pub(crate) fn insert_axis(conn: &Connection, a: &Axis, at: &str) -> Result<AxisId, StoreError> {
    let a = cleaned_axis(a);
    check_axis(&a)?;
    if !person::exists(conn, a.person_id)? {
        return Err(StoreError::NotFound);
    }
    let mut columns = vec![("person_id", Value::from(a.person_id)), ("position", Value::from(a.position))];
    columns.extend(axis_columns(&a));
    columns.push(("archived", Value::from(a.archived)));
    let id = row::insert(conn, "axis", columns)?;
    write_needs(conn, "axis_need", "axis_id", id, &a.needs)?;
    audit::record(conn, "axis", id, AuditAction::Insert, at)?;
    Ok(id)
}

/// Inserts an objective at `o.position` (its `id` ignored), cleaned and checked, with its audit row.
pub(crate) fn insert_objective(conn: &Connection, o: &Objective, at: &str) -> Result<ObjectiveId, StoreError> {
    let o = cleaned_objective(o);
    let person = person_of_axis(conn, o.axis_id)?.ok_or(StoreError::NotFound)?;
    check_objective(conn, &Objective { id: 0, ..o.clone() }, person)?;
    let mut columns = objective_columns(&o);
    columns.push(("archived", Value::from(o.archived)));
    let id = row::insert(conn, "objective", columns)?;
    write_needs(conn, "objective_need", "objective_id", id, &o.needs)?;
    audit::record(conn, "objective", id, AuditAction::Insert, at)?;
    Ok(id)
}

/// Inserts an action at `a.position` (its `id` ignored), cleaned and checked, with its audit row.
pub(crate) fn insert_action(conn: &Connection, a: &PlanAction, at: &str) -> Result<ActionId, StoreError> {
    let a = cleaned_action(a);
    if person_of_objective(conn, a.objective_id)?.is_none() {
        return Err(StoreError::NotFound);
    }
    check_action(conn, &a)?;
    let mut columns = action_columns(&a);
    columns.push(("archived", Value::from(a.archived)));
    let id = row::insert(conn, "action", columns)?;
    audit::record(conn, "action", id, AuditAction::Insert, at)?;
    Ok(id)
}

/// Records a postponement as it is (the action's due date is not touched), checked, with its audit row.
pub(crate) fn insert_postponement(conn: &Connection, p: &Postponement, at: &str) -> Result<i64, StoreError> {
    let p = super::plan::cleaned_postponement(p);
    let problems = action::validate_postponement(&p);
    if !problems.is_empty() {
        return Err(invalid("postponement", &problems));
    }
    conn.prepare_cached(
        "INSERT INTO action_postponement (action_id, on_date, from_date, to_date, reason, created_at) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![p.action_id, date_sql(Some(p.on)), date_sql(p.from), date_sql(Some(p.to)), p.reason, at])?;
    let id = conn.last_insert_rowid();
    audit::record(conn, "action_postponement", id, AuditAction::Insert, at)?;
    Ok(id)
}

pub(super) fn update_objective_row(conn: &Connection, o: &Objective) -> Result<(), StoreError> {
    row::update(conn, "objective", o.id, objective_columns(o))?;
    write_needs(conn, "objective_need", "objective_id", o.id, &o.needs)
}

pub(super) fn update_action_row(conn: &Connection, a: &PlanAction) -> Result<(), StoreError> {
    row::update(conn, "action", a.id, action_columns(a))?;
    Ok(())
}

/// Sets the `archived` flag of one row of `table`, with its audit row.
pub(super) fn set_archived(
    conn: &Connection,
    table: &str,
    id: i64,
    archived: bool,
    at: &str,
) -> Result<(), StoreError> {
    let changed = conn
        .prepare_cached(&format!("UPDATE {table} SET archived = ?2 WHERE id = ?1"))?
        .execute(params![id, archived])?;
    if changed == 0 {
        return Err(StoreError::NotFound);
    }
    let action = if archived { AuditAction::Archive } else { AuditAction::Unarchive };
    audit::record(conn, table, id, action, at)?;
    Ok(())
}

/// Moves row `id` of `table` by `delta` places among its siblings (same `parent_column`), counting
/// only siblings that are archived alike (an archived item hidden by the UI is stepped over).
/// Siblings are renumbered 0, 1, 2… when something moves; every row whose position changes gets
/// its audit row. A move past either end stops there; none at all writes nothing.
pub(super) fn move_row(
    conn: &Connection,
    table: &str,
    parent_column: &str,
    id: i64,
    delta: i64,
    at: &str,
) -> Result<(), StoreError> {
    let sql = format!(
        "SELECT id, position, archived FROM {table} WHERE {parent_column} = \
         (SELECT {parent_column} FROM {table} WHERE id = ?1) ORDER BY position, id"
    );
    let siblings: Vec<(i64, Option<i64>, bool)> = conn
        .prepare_cached(&sql)?
        .query_map([id], |r| Ok((r.get(0)?, opt_i64(r, 1)?, flag(r, 2)?)))?
        .collect::<Result<_, _>>()?;
    let Some(from) = siblings.iter().position(|s| s.0 == id) else {
        return Err(StoreError::NotFound);
    };
    let archived = siblings[from].2;
    let mut to = from;
    let mut steps = delta.unsigned_abs();
    let mut i = from;
    while steps > 0 {
        let next = if delta < 0 { i.checked_sub(1) } else { Some(i + 1).filter(|n| *n < siblings.len()) };
        let Some(n) = next else { break };
        i = n;
        if siblings[n].2 == archived {
            to = n;
            steps -= 1;
        }
    }
    if to == from {
        return Ok(());
    }
    let mut order: Vec<(i64, Option<i64>)> = siblings.iter().map(|s| (s.0, s.1)).collect();
    let moved = order.remove(from);
    order.insert(to, moved);
    let mut stmt = conn.prepare_cached(&format!("UPDATE {table} SET position = ?2 WHERE id = ?1"))?;
    for (position, (row, old)) in order.iter().enumerate() {
        let position = position as i64;
        if *old != Some(position) {
            stmt.execute(params![row, position])?;
            audit::record(conn, table, *row, AuditAction::Update, at)?;
        }
    }
    Ok(())
}

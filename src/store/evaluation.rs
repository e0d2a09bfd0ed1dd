//! Evaluations with the person: the goals' levels and decisions, the two ratings of each domain.
//! Saving applies the decisions that close an objective, in the same transaction: the plan and
//! the evaluation can never disagree about what was decided.

use std::collections::HashMap;

use rusqlite::types::Value;
use rusqlite::{Connection, Row, params};

use super::audit::{self, AuditAction};
use super::columns::{clean_text, date_sql, now, opt_date, opt_i64, text};
use super::plan::{invalid, load_objective, person_of_objective};
use super::row::{self, Columns};
use super::{Store, StoreError, person};
use crate::domain::evaluation::{
    self, Evaluation, EvaluationId, EvaluationKind, EvaluationProblem, GoalDecision, GoalLevel, Rating,
};
use crate::domain::gas::DEFAULT_RHO;
use crate::domain::person::PersonId;
use crate::domain::text::{clean, clean_line};

const COLUMNS: &str = "e.id, e.person_id, e.day, e.kind, e.participants, e.tools, e.person_view, e.referent_view, \
     e.decisions, e.next_day, e.t_score, e.rho, e.created_at";

fn from_row(row: &Row<'_>) -> rusqlite::Result<Evaluation> {
    let rho: Option<f64> = row.get::<_, Option<f64>>(11).ok().flatten();
    Ok(Evaluation {
        id: row.get(0)?,
        person_id: row.get(1)?,
        date: opt_date(row, 2)?.or(opt_date(row, 12)?).unwrap_or_default(),
        kind: EvaluationKind::from_code(&text(row, 3)?).unwrap_or(EvaluationKind::Checkpoint),
        participants: clean_text(row, 4)?,
        tools: clean_text(row, 5)?,
        person_view: clean_text(row, 6)?,
        referent_view: clean_text(row, 7)?,
        decisions: clean_text(row, 8)?,
        next_date: opt_date(row, 9)?,
        goals: Vec::new(),
        ratings: Vec::new(),
        t_score: row.get::<_, Option<f64>>(10).ok().flatten().filter(|t| t.is_finite()),
        rho: rho.filter(|r| (0.0..1.0).contains(r)).unwrap_or(DEFAULT_RHO),
    })
}

fn rating(v: Option<i64>) -> Option<u8> {
    v.and_then(|v| u8::try_from(v).ok()).filter(|v| (evaluation::RATING_MIN..=evaluation::RATING_MAX).contains(v))
}

/// Every evaluation of the person with its goals and ratings, oldest first.
pub(crate) fn load_person_evaluations(conn: &Connection, person: PersonId) -> Result<Vec<Evaluation>, StoreError> {
    let sql = format!("SELECT {COLUMNS} FROM evaluation e WHERE e.person_id = ?1");
    let mut evaluations = conn.prepare_cached(&sql)?.query_map([person], from_row)?.collect::<Result<Vec<_>, _>>()?;
    // Most persons of a large file active have none: two queries fewer each.
    if evaluations.is_empty() {
        return Ok(evaluations);
    }
    let mut goals: HashMap<EvaluationId, Vec<GoalLevel>> = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT g.evaluation_id, g.objective_id, g.level, g.weight, g.decision FROM evaluation_goal g \
         JOIN evaluation e ON e.id = g.evaluation_id WHERE e.person_id = ?1 ORDER BY g.rowid",
    )?;
    let rows = stmt.query_map([person], |r| {
        let level = opt_i64(r, 2)?.and_then(|l| i8::try_from(l).ok()).filter(|l| (-2..=2).contains(l));
        let weight = r.get::<_, Option<f64>>(3).ok().flatten().filter(|w| w.is_finite() && *w >= 0.0);
        Ok((r.get::<_, EvaluationId>(0)?, r.get(1)?, level, weight.unwrap_or(1.0), text(r, 4)?))
    })?;
    for row in rows {
        let (evaluation, objective_id, level, weight, decision) = row?;
        // A level that cannot be read is no level: better left out than counted wrong in the score.
        if let Some(level) = level {
            let decision = GoalDecision::from_code(&decision).unwrap_or(GoalDecision::Keep);
            goals.entry(evaluation).or_default().push(GoalLevel { objective_id, level, weight, decision });
        }
    }
    let mut ratings: HashMap<EvaluationId, Vec<Rating>> = HashMap::new();
    let mut stmt = conn.prepare_cached(
        "SELECT r.evaluation_id, r.domain, r.self_rating, r.referent_rating FROM evaluation_rating r \
         JOIN evaluation e ON e.id = r.evaluation_id WHERE e.person_id = ?1 ORDER BY r.rowid",
    )?;
    let rows = stmt.query_map([person], |r| {
        Ok((r.get::<_, EvaluationId>(0)?, clean_text(r, 1)?, rating(opt_i64(r, 2)?), rating(opt_i64(r, 3)?)))
    })?;
    for row in rows {
        let (evaluation, domain, person, referent) = row?;
        ratings.entry(evaluation).or_default().push(Rating { domain, person, referent });
    }
    for e in &mut evaluations {
        e.goals = goals.remove(&e.id).unwrap_or_default();
        e.ratings = ratings.remove(&e.id).unwrap_or_default();
    }
    evaluations.sort_by_key(|e| (e.date, e.id));
    Ok(evaluations)
}

pub(crate) fn cleaned(e: &Evaluation) -> Evaluation {
    let block = |s: &str| clean(s).trim().to_string();
    let mut ratings: Vec<Rating> = Vec::new();
    for r in &e.ratings {
        let domain = clean_line(&r.domain);
        if !domain.is_empty()
            && (r.person.is_some() || r.referent.is_some())
            && !ratings.iter().any(|x| x.domain == domain)
        {
            ratings.push(Rating { domain, ..r.clone() });
        }
    }
    let mut goals: Vec<GoalLevel> = Vec::new();
    for g in &e.goals {
        if !goals.iter().any(|x| x.objective_id == g.objective_id) {
            goals.push(g.clone());
        }
    }
    // Every field named (no `..`): a text added to the evaluation must be said cleaned here too.
    Evaluation {
        id: e.id,
        person_id: e.person_id,
        date: e.date,
        kind: e.kind,
        participants: clean_line(&e.participants),
        tools: clean_line(&e.tools),
        person_view: block(&e.person_view),
        referent_view: block(&e.referent_view),
        decisions: block(&e.decisions),
        next_date: e.next_date,
        goals,
        ratings,
        t_score: e.t_score,
        rho: e.rho,
    }
    .scored()
}

fn check(conn: &Connection, e: &Evaluation) -> Result<(), StoreError> {
    let problems: Vec<EvaluationProblem> = evaluation::validate(e, chrono::NaiveDate::MAX);
    if !problems.is_empty() {
        return Err(invalid("evaluation", &problems));
    }
    if !person::exists(conn, e.person_id)? {
        return Err(StoreError::NotFound);
    }
    for g in &e.goals {
        if person_of_objective(conn, g.objective_id)? != Some(e.person_id) {
            return Err(StoreError::Invalid(format!("objective {} is not in this plan", g.objective_id)));
        }
    }
    Ok(())
}

fn write_details(conn: &Connection, e: &Evaluation, at: &str) -> Result<(), StoreError> {
    conn.prepare_cached("DELETE FROM evaluation_goal WHERE evaluation_id = ?1")?.execute([e.id])?;
    conn.prepare_cached("DELETE FROM evaluation_rating WHERE evaluation_id = ?1")?.execute([e.id])?;
    let mut goal = conn.prepare_cached(
        "INSERT INTO evaluation_goal (evaluation_id, objective_id, level, weight, decision) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for g in &e.goals {
        goal.execute(params![e.id, g.objective_id, g.level, g.weight, g.decision.code()])?;
        // A decision that closes an objective closes it now, unless it is closed already (an
        // evaluation corrected later does not reopen or re-close what happened since).
        if let Some(status) = g.decision.closing_status() {
            let objective = load_objective(conn, g.objective_id)?;
            if objective.status.is_open() {
                conn.prepare_cached("UPDATE objective SET status = ?2 WHERE id = ?1")?
                    .execute(params![g.objective_id, status.code()])?;
                audit::record(conn, "objective", g.objective_id, AuditAction::Update, at)?;
            }
        }
    }
    let mut rating = conn.prepare_cached(
        "INSERT INTO evaluation_rating (evaluation_id, domain, self_rating, referent_rating) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for r in &e.ratings {
        rating.execute(params![e.id, r.domain, r.person, r.referent])?;
    }
    Ok(())
}

/// The evaluation's columns but its id and person (it stays with its person); its goals and
/// ratings are rows of their own ([`write_details`]).
fn evaluation_columns(e: &Evaluation) -> Columns {
    let Evaluation {
        id: _,
        person_id: _,
        date,
        kind,
        participants,
        tools,
        person_view,
        referent_view,
        decisions,
        next_date,
        goals: _,
        ratings: _,
        t_score,
        rho,
    } = e;
    vec![
        ("day", date_sql(Some(*date)).into()),
        ("kind", kind.code().to_string().into()),
        ("participants", participants.clone().into()),
        ("tools", tools.clone().into()),
        ("person_view", person_view.clone().into()),
        ("referent_view", referent_view.clone().into()),
        ("decisions", decisions.clone().into()),
        ("next_day", date_sql(*next_date).into()),
        ("t_score", (*t_score).into()),
        ("rho", (*rho).into()),
    ]
}

pub(crate) fn insert(conn: &Connection, e: &Evaluation, at: &str) -> Result<EvaluationId, StoreError> {
    let e = cleaned(e);
    check(conn, &e)?;
    let mut columns = vec![("person_id", Value::from(e.person_id))];
    columns.extend(evaluation_columns(&e));
    columns.push(("created_at", Value::from(at.to_string())));
    let id = row::insert(conn, "evaluation", columns)?;
    write_details(conn, &Evaluation { id, ..e }, at)?;
    audit::record(conn, "evaluation", id, AuditAction::Insert, at)?;
    Ok(id)
}

fn load(conn: &Connection, person: PersonId, id: EvaluationId) -> Result<Evaluation, StoreError> {
    load_person_evaluations(conn, person)?.into_iter().find(|e| e.id == id).ok_or(StoreError::NotFound)
}

impl Store {
    /// The person's evaluations, oldest first. `NotFound` for an unknown person.
    pub fn evaluations(&self, person: PersonId) -> Result<Vec<Evaluation>, StoreError> {
        if !person::exists(&self.conn, person)? {
            return Err(StoreError::NotFound);
        }
        load_person_evaluations(&self.conn, person)
    }

    /// The evaluations of a person known to exist (no check): for exports that have just read her.
    pub(crate) fn evaluations_of_known(&self, person: PersonId) -> Result<Vec<Evaluation>, StoreError> {
        load_person_evaluations(&self.conn, person)
    }

    /// Inserts the evaluation when `e.id == 0`, else rewrites it; the T-score is computed here from
    /// the goals (ρ = 0.3). Decisions that close an objective (atteint, non atteint, abandonné…)
    /// close it in the same transaction; « réajuster » is done by [`Store::readjust_objective`]
    /// with the new objective's words. Refused (`Invalid`): nothing evaluated, a rating outside
    /// 1–10, a level outside −2…+2, a next date before this one, an objective of another plan.
    pub fn save_evaluation(&mut self, e: &Evaluation) -> Result<Evaluation, StoreError> {
        let at = now();
        self.with_transaction(|tx| {
            if e.id == 0 {
                let id = insert(tx, e, &at)?;
                return load(tx, e.person_id, id);
            }
            let stored_person: PersonId = tx
                .prepare_cached("SELECT person_id FROM evaluation WHERE id = ?1")?
                .query_row([e.id], |r| r.get(0))
                .map_err(|_| StoreError::NotFound)?;
            if stored_person != e.person_id {
                return Err(StoreError::Invalid("an evaluation cannot move to another person".into()));
            }
            let e = cleaned(e);
            check(tx, &e)?;
            row::update(tx, "evaluation", e.id, evaluation_columns(&e))?;
            write_details(tx, &e, &at)?;
            audit::record(tx, "evaluation", e.id, AuditAction::Update, &at)?;
            load(tx, e.person_id, e.id)
        })
    }
}

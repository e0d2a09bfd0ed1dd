//! Deadlines across the file active: open actions and objectives of active persons, up to a date.

use chrono::NaiveDate;

use super::columns::{clean_text, date_sql, opt_date};
use super::person::sort_key;
use super::plan::{OPEN_ACTION, OPEN_OBJECTIVE};
use super::{Store, StoreError};
use crate::domain::plan::deadline::{Deadline, DeadlineKind};

impl Store {
    /// Every open action due on or before `until` and every open objective whose deadline is on or
    /// before `until` — late ones included — of the persons who are active and not archived, by date
    /// then pseudonym (case and accents ignored). Archived actions, objectives and axes are left
    /// out, as are actions of archived objectives or axes. One query, walking person by person
    /// (CROSS JOIN fixes that order) down to the partial indexes of open items by axis and by
    /// objective: a person's plan lies together, where going by date would jump to an objective,
    /// an axis and a person for every row (twice the time on 2,000 persons). Sorted here.
    pub fn deadlines(&self, until: NaiveDate) -> Result<Vec<Deadline>, StoreError> {
        let sql = format!(
            "SELECT p.id, p.pseudonym, 1, a.id, a.what, a.due FROM person p \
                 CROSS JOIN axis ax ON ax.person_id = p.id CROSS JOIN objective o ON o.axis_id = ax.id \
                 CROSS JOIN action a ON a.objective_id = o.id \
                 WHERE {OPEN_ACTION} AND a.due <= ?1 AND p.status = 'active' AND p.archived = 0 \
             UNION ALL \
             SELECT p.id, p.pseudonym, 0, o.id, o.title, o.deadline FROM person p \
                 CROSS JOIN axis ax ON ax.person_id = p.id CROSS JOIN objective o ON o.axis_id = ax.id \
                 WHERE {OPEN_OBJECTIVE} AND o.deadline <= ?1 AND p.status = 'active' AND p.archived = 0"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([date_sql(Some(until))], |row| {
            // A malformed date cannot be placed: the row is skipped rather than failing the screen.
            let Some(date) = opt_date(row, 5)? else {
                return Ok(None);
            };
            let kind = if row.get::<_, i64>(2)? == 1 { DeadlineKind::Action } else { DeadlineKind::Objective };
            Ok(Some(Deadline {
                person_id: row.get(0)?,
                pseudonym: clean_text(row, 1)?,
                kind,
                id: row.get(3)?,
                title: clean_text(row, 4)?,
                date,
            }))
        })?;
        let mut items = Vec::new();
        for row in rows {
            items.extend(row?);
        }
        items.sort_by_cached_key(|d| {
            let kind = match d.kind {
                DeadlineKind::Objective => 0,
                DeadlineKind::Action => 1,
            };
            (d.date, sort_key(&d.pseudonym), d.person_id, kind, d.id)
        });
        Ok(items)
    }
}

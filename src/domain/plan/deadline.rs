//! Deadlines across the file active: what is late and what falls due soon, by month.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::domain::person::PersonId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DeadlineKind {
    Objective,
    Action,
}

/// One dated item of someone's plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Deadline {
    pub person_id: PersonId,
    pub pseudonym: String,
    pub kind: DeadlineKind,
    /// Row id of the objective or action.
    pub id: i64,
    pub title: String,
    pub date: NaiveDate,
}

/// Days ahead that count as « cette semaine ».
pub const WEEK_DAYS: i64 = 7;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Urgency {
    Late,
    ThisWeek,
    Later,
}

pub fn urgency(date: NaiveDate, today: NaiveDate) -> Urgency {
    let days = (date - today).num_days();
    if days < 0 {
        Urgency::Late
    } else if days <= WEEK_DAYS {
        Urgency::ThisWeek
    } else {
        Urgency::Later
    }
}

/// (year, month) of a date, for grouping an échéancier by month.
pub fn month_of(date: NaiveDate) -> (i32, u32) {
    (date.year(), date.month())
}

/// Deadlines grouped by month, in date order (the input order is not assumed).
pub fn by_month(items: &[Deadline]) -> Vec<((i32, u32), Vec<&Deadline>)> {
    let mut sorted: Vec<&Deadline> = items.iter().collect();
    sorted.sort_by_key(|d| (d.date, d.person_id, d.id));
    let mut out: Vec<((i32, u32), Vec<&Deadline>)> = Vec::new();
    for d in sorted {
        let m = month_of(d.date);
        match out.last_mut() {
            Some((last, list)) if *last == m => list.push(d),
            _ => out.push((m, vec![d])),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn item(id: i64, date: NaiveDate) -> Deadline {
        Deadline { person_id: 1, pseudonym: "M. R.".into(), kind: DeadlineKind::Action, id, title: "x".into(), date }
    }

    #[test]
    fn urgency_boundaries() {
        let today = day(11, 22);
        assert_eq!(urgency(day(11, 21), today), Urgency::Late);
        assert_eq!(urgency(day(11, 22), today), Urgency::ThisWeek);
        assert_eq!(urgency(day(11, 29), today), Urgency::ThisWeek);
        assert_eq!(urgency(day(11, 30), today), Urgency::Later);
    }

    #[test]
    fn grouped_by_month_in_date_order() {
        let items = vec![item(1, day(12, 3)), item(2, day(11, 30)), item(3, day(11, 2)), item(4, day(12, 1))];
        let groups = by_month(&items);
        let shape: Vec<((i32, u32), Vec<i64>)> =
            groups.iter().map(|(m, l)| (*m, l.iter().map(|d| d.id).collect())).collect();
        assert_eq!(shape, vec![((2026, 11), vec![3, 2]), ((2026, 12), vec![4, 1])]);
    }
}

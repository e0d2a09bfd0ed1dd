//! The path as a timeline (C5): journal entries, evaluations, deadlines and readjustments in one
//! dated sequence, seen through a window that zooms from a month to the whole path.

use chrono::{Months, NaiveDate};

use super::evaluation::{Evaluation, EvaluationKind};
use super::journal::{JournalEntry, JournalKind};
use super::plan::Plan;

#[derive(Debug, Clone, PartialEq)]
pub enum EventKind {
    Journal {
        kind: JournalKind,
        sensitive: bool,
    },
    Evaluation {
        kind: EvaluationKind,
        t_score: Option<f64>,
    },
    /// An open objective's deadline or an open action's due date.
    Deadline {
        late: bool,
    },
    /// A new objective replaced the one named in `text`.
    Readjustment,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Event {
    pub date: NaiveDate,
    pub kind: EventKind,
    /// One line: the journal's summary, the objective or action, the readjusted objective.
    pub text: String,
}

/// Every event of the path, oldest first (same day: journal, then evaluations, then the plan).
pub fn events(journal: &[JournalEntry], evaluations: &[Evaluation], plan: &Plan, today: NaiveDate) -> Vec<Event> {
    let first_line = |s: &str| s.lines().next().unwrap_or("").to_string();
    let mut out: Vec<(u8, Event)> = Vec::with_capacity(journal.len() + evaluations.len() + plan.actions.len());
    for e in journal {
        out.push((
            0,
            Event {
                date: e.date,
                kind: EventKind::Journal { kind: e.kind, sensitive: e.sensitive },
                text: first_line(&e.summary),
            },
        ));
    }
    for e in evaluations {
        let text = first_line(&e.decisions);
        out.push((1, Event { date: e.date, kind: EventKind::Evaluation { kind: e.kind, t_score: e.t_score }, text }));
    }
    for o in plan.objectives.iter().filter(|o| !o.archived) {
        if let (Some(date), true) = (o.deadline, o.status.is_open()) {
            out.push((2, Event { date, kind: EventKind::Deadline { late: o.is_late(today) }, text: o.title.clone() }));
        }
        if let Some(old) = o.replaces.and_then(|id| plan.objective(id)) {
            let text = format!("{} → {}", old.title, o.title);
            out.push((2, Event { date: o.created_on, kind: EventKind::Readjustment, text }));
        }
    }
    for a in plan.actions.iter().filter(|a| !a.archived && a.status.is_open()) {
        if let Some(date) = a.due {
            out.push((3, Event { date, kind: EventKind::Deadline { late: a.is_late(today) }, text: a.what.clone() }));
        }
    }
    out.sort_by(|(ra, a), (rb, b)| a.date.cmp(&b.date).then(ra.cmp(rb)));
    out.into_iter().map(|(_, e)| e).collect()
}

/// How much of the path the timeline shows at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Zoom {
    Month,
    #[default]
    Quarter,
    Year,
    Whole,
}

impl Zoom {
    fn months(self) -> Option<u32> {
        match self {
            Zoom::Month => Some(1),
            Zoom::Quarter => Some(3),
            Zoom::Year => Some(12),
            Zoom::Whole => None,
        }
    }

    pub fn wider(self) -> Zoom {
        match self {
            Zoom::Month => Zoom::Quarter,
            Zoom::Quarter => Zoom::Year,
            Zoom::Year | Zoom::Whole => Zoom::Whole,
        }
    }

    pub fn narrower(self) -> Zoom {
        match self {
            Zoom::Whole => Zoom::Year,
            Zoom::Year => Zoom::Quarter,
            Zoom::Quarter | Zoom::Month => Zoom::Month,
        }
    }

    /// The days shown, `back` windows before the one that ends just after today (negative: after
    /// it, where the coming deadlines are). The whole path runs from its first event to its last
    /// or today, whichever is later.
    pub fn window(self, back: i32, today: NaiveDate, events: &[Event]) -> (NaiveDate, NaiveDate) {
        match self.months() {
            None => {
                let first = events.first().map_or(today, |e| e.date.min(today));
                let last = events.last().map_or(today, |e| e.date.max(today));
                (first, last)
            }
            Some(months) => {
                // A sixth of the window lies after today: what is coming matters as much.
                let ahead = (months * 30 / 6).max(7);
                let end = today + chrono::Days::new(u64::from(ahead));
                let shift = Months::new(months.saturating_mul(back.unsigned_abs()));
                let end = if back >= 0 { end.checked_sub_months(shift) } else { end.checked_add_months(shift) }
                    .unwrap_or(end);
                let start = end.checked_sub_months(Months::new(months)).unwrap_or(end);
                (start, end)
            }
        }
    }
}

/// The events inside `[start, end]`, as a range of `events` (which are sorted by date).
pub fn within(events: &[Event], (start, end): (NaiveDate, NaiveDate)) -> std::ops::Range<usize> {
    let from = events.partition_point(|e| e.date < start);
    let to = events.partition_point(|e| e.date <= end);
    from..to.max(from)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::{Objective, PlanAction};

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn sample() -> Vec<Event> {
        let mut visit = JournalEntry::new_draft(1, day(9, 3));
        visit.summary = "Visite à domicile\nle frigo est vide".into();
        let mut evaluation = Evaluation::new_draft(1, day(10, 1));
        evaluation.decisions = "Maintenir l’objectif logement".into();
        evaluation.t_score = Some(46.0);
        let mut old = Objective::new_draft(1, day(6, 1));
        old.id = 1;
        old.title = "Ouvrir les droits AAH".into();
        old.status = crate::domain::plan::ObjectiveStatus::Readjusted;
        let mut new = old.readjusted(day(10, 1));
        new.id = 2;
        new.title = "Compléter le dossier MDPH".into();
        new.deadline = Some(day(11, 1));
        let mut action = PlanAction::new_draft(2, day(10, 1));
        action.what = "Certificat médical".into();
        action.due = Some(day(12, 15));
        let plan = Plan { axes: vec![], objectives: vec![old, new], actions: vec![action] };
        events(&[visit], &[evaluation], &plan, day(11, 22))
    }

    #[test]
    fn the_path_in_date_order_with_what_each_event_is() {
        let e = sample();
        let texts: Vec<&str> = e.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Visite à domicile",
                "Maintenir l’objectif logement",
                "Ouvrir les droits AAH → Compléter le dossier MDPH",
                "Compléter le dossier MDPH",
                "Certificat médical"
            ]
        );
        assert_eq!(e[3].kind, EventKind::Deadline { late: true });
        assert_eq!(e[4].kind, EventKind::Deadline { late: false });
    }

    #[test]
    fn zoom_windows_end_a_little_after_today_and_step_back() {
        let e = sample();
        let today = day(11, 22);
        let (start, end) = Zoom::Month.window(0, today, &e);
        assert_eq!((start, end), (day(10, 29), day(11, 29)));
        assert_eq!(within(&e, (start, end)), 3..4);
        let quarter = Zoom::Quarter.window(0, today, &e);
        assert_eq!(quarter, (day(9, 7), day(12, 7)));
        assert_eq!(within(&e, quarter), 1..4);
        let before = Zoom::Quarter.window(1, today, &e);
        assert_eq!(before, (day(6, 7), day(9, 7)));
        assert_eq!(within(&e, before), 0..1);
        assert_eq!(Zoom::Whole.window(3, today, &e), (day(9, 3), day(12, 15)));
        // And ahead, where the deadlines are.
        assert_eq!(Zoom::Quarter.window(-1, today, &e), (day(12, 7), NaiveDate::from_ymd_opt(2027, 3, 7).unwrap()));
        assert_eq!(Zoom::Month.wider().wider().wider(), Zoom::Whole);
        assert_eq!(Zoom::Whole.narrower(), Zoom::Year);
    }
}

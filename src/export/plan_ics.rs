//! The plan's deadlines as an iCalendar file (RFC 5545) to import into a calendar application:
//! one VTODO per open action with a due date and one per open objective with a deadline.
//!
//! UIDs derive from the person's and the item's database ids, so importing a newer export
//! updates the same to-dos instead of adding copies. Text values are escaped (`\`, `;`, `,`,
//! newlines), control characters removed, and lines folded at 75 octets without ever cutting a
//! UTF-8 sequence, each ended by CRLF.

use crate::interchange::content_line::{escape_text, fold};
use chrono::{DateTime, NaiveDate, Utc};

use super::plan_document::{PlanInput, carrier_label, visible_actions, visible_axes, visible_objectives};
use crate::domain::person::PersonId;
use crate::domain::plan::{ActionId, ActionStatus, ObjectiveId, ObjectiveStatus};
use crate::domain::text::{clean, clean_line};
use crate::i18n::{PlanText, colon, plan_text};

pub const PRODID: &str = "-//parcours//Plan d'action//FR";

/// Stable identifier of an action's to-do.
pub fn action_uid(person: PersonId, action: ActionId) -> String {
    format!("person-{person}-action-{action}@parcours")
}

/// Stable identifier of an objective's deadline to-do.
pub fn objective_uid(person: PersonId, objective: ObjectiveId) -> String {
    format!("person-{person}-objective-{objective}@parcours")
}

/// The calendar; `dtstamp` is when it is written (the command passes now, tests a fixed instant).
pub fn to_ics(input: &PlanInput, dtstamp: DateTime<Utc>) -> String {
    let lang = input.lang;
    let t = |x| plan_text(lang, x);
    let person = input.person;
    let pseudonym = clean_line(&person.pseudonym);
    let stamp = dtstamp.format("%Y%m%dT%H%M%SZ").to_string();
    let mut lines: Vec<String> = vec![
        "BEGIN:VCALENDAR".into(),
        "VERSION:2.0".into(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".into(),
        format!("X-WR-CALNAME:{}", escape_text(&format!("{} — {pseudonym}", t(PlanText::Title)))),
    ];
    for axis in visible_axes(input.plan) {
        let axis_title = clean_line(&axis.title);
        for o in visible_objectives(input.plan, axis.id) {
            let objective_title = clean_line(&o.title);
            if o.status.is_open()
                && let Some(deadline) = o.deadline
            {
                let mut description = vec![format!("{}{}{axis_title}", t(PlanText::Axis), colon(lang))];
                let indicator = clean(&o.indicator);
                if !indicator.trim().is_empty() {
                    description.push(format!("{}{}{}", t(PlanText::Indicator), colon(lang), indicator.trim()));
                }
                lines.extend(vtodo(&Todo {
                    uid: objective_uid(person.id, o.id),
                    stamp: &stamp,
                    due: deadline,
                    summary: format!(
                        "[{pseudonym}] {}{}{objective_title}",
                        t(PlanText::ObjectiveDeadline),
                        colon(lang)
                    ),
                    description: description.join("\n"),
                    status: objective_status(o.status),
                    category: t(PlanText::Title),
                }));
            }
            for a in visible_actions(input.plan, o.id) {
                let Some(due) = a.due else { continue };
                if !a.status.is_open() {
                    continue;
                }
                let description = [
                    format!("{}{}{objective_title}", t(PlanText::Objective), colon(lang)),
                    format!("{}{}{axis_title}", t(PlanText::Axis), colon(lang)),
                    format!("{}{}{}", t(PlanText::ColWho), colon(lang), carrier_label(a.carrier, input.partners, lang)),
                ];
                lines.extend(vtodo(&Todo {
                    uid: action_uid(person.id, a.id),
                    stamp: &stamp,
                    due,
                    summary: format!("[{pseudonym}] {}", clean_line(&a.what)),
                    description: description.join("\n"),
                    status: action_status(a.status),
                    category: t(PlanText::Title),
                }));
            }
        }
    }
    lines.push("END:VCALENDAR".into());
    let mut out = String::new();
    for line in &lines {
        out.push_str(&fold(line));
    }
    out
}

struct Todo<'a> {
    uid: String,
    stamp: &'a str,
    due: NaiveDate,
    summary: String,
    description: String,
    status: &'static str,
    category: &'static str,
}

fn vtodo(todo: &Todo) -> Vec<String> {
    vec![
        "BEGIN:VTODO".into(),
        format!("UID:{}", escape_text(&todo.uid)),
        format!("DTSTAMP:{}", todo.stamp),
        format!("DUE;VALUE=DATE:{}", todo.due.format("%Y%m%d")),
        format!("SUMMARY:{}", escape_text(&todo.summary)),
        format!("DESCRIPTION:{}", escape_text(&todo.description)),
        format!("STATUS:{}", todo.status),
        format!("CATEGORIES:{}", escape_text(todo.category)),
        "END:VTODO".into(),
    ]
}

fn action_status(s: ActionStatus) -> &'static str {
    match s {
        ActionStatus::InProgress => "IN-PROCESS",
        ActionStatus::Done => "COMPLETED",
        ActionStatus::Cancelled => "CANCELLED",
        ActionStatus::Todo => "NEEDS-ACTION",
    }
}

fn objective_status(s: ObjectiveStatus) -> &'static str {
    match s {
        ObjectiveStatus::Upcoming => "NEEDS-ACTION",
        ObjectiveStatus::InProgress => "IN-PROCESS",
        ObjectiveStatus::Achieved
        | ObjectiveStatus::PartiallyAchieved
        | ObjectiveStatus::NotAchieved
        | ObjectiveStatus::Readjusted => "COMPLETED",
        ObjectiveStatus::Abandoned => "CANCELLED",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interchange::content_line::MAX_LINE_OCTETS;

    #[test]
    fn folds_at_75_octets_on_char_boundaries() {
        let line = format!("SUMMARY:{}", "é".repeat(80));
        let folded = fold(&line);
        for piece in folded.split_terminator("\r\n") {
            assert!(piece.len() <= MAX_LINE_OCTETS, "{} octets", piece.len());
        }
        assert_eq!(folded.replace("\r\n ", "").trim_end(), line);
        assert_eq!(fold("VERSION:2.0"), "VERSION:2.0\r\n");
    }

    #[test]
    fn escapes_text_values() {
        assert_eq!(escape_text("a;b,c\\d\ne\u{7}"), "a\\;b\\,c\\\\d\\ne");
    }
}

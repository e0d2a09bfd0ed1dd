//! « Échéancier »: the person's dated open items by month, what is late first.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::details::carrier_name;
use crate::app::model::{Model, PersonState};
use crate::domain::date::format_fr;
use crate::domain::plan::deadline::{Deadline, DeadlineKind, Urgency, by_month, urgency};
use crate::domain::text::display;
use crate::i18n::{Text, month_year, tr};
use crate::theme::{Role, Theme};

/// The person's open, dated objectives and actions as deadlines.
fn items(p: &PersonState) -> Vec<Deadline> {
    let (project, plan) = (&p.plan, &p.case.plan);
    let mut out = Vec::new();
    let base = |kind, id, title: &str, date| Deadline {
        person_id: p.case.person.id,
        pseudonym: String::new(),
        kind,
        id,
        title: title.to_string(),
        date,
    };
    for o in plan.objectives.iter().filter(|o| !o.archived && o.status.is_open()) {
        if plan.axis(o.axis_id).is_some_and(|a| a.archived) {
            continue;
        }
        if let Some(d) = o.deadline {
            out.push(base(DeadlineKind::Objective, o.id, &o.title, d));
        }
    }
    for a in project.open_actions(plan) {
        if let Some(d) = a.due {
            out.push(base(DeadlineKind::Action, a.id, &a.what, d));
        }
    }
    out
}

pub fn draw(m: &Model, p: &PersonState, theme: &Theme, f: &mut Frame, area: Rect) {
    let block = Block::default()
        .borders(Borders::ALL)
        .padding(ratatui::widgets::Padding::horizontal(1))
        .border_style(theme.on_base(Role::BorderFocused))
        .title(Span::styled(format!(" {} ", tr(m.lang, Text::ViewSchedule)), theme.on_base(Role::Title)));
    let deadlines = items(p);
    let (late, coming): (Vec<Deadline>, Vec<Deadline>) =
        deadlines.into_iter().partition(|d| urgency(d.date, m.today) == Urgency::Late);
    let mut lines: Vec<Line> = Vec::new();
    let line_for = |d: &Deadline, lines: &mut Vec<Line>| {
        let kind = match d.kind {
            DeadlineKind::Objective => tr(m.lang, Text::KindObjective),
            DeadlineKind::Action => tr(m.lang, Text::KindAction),
        };
        let who = match d.kind {
            DeadlineKind::Action => p.case.plan.action(d.id).map(|a| carrier_name(m, p, a.carrier)).unwrap_or_default(),
            DeadlineKind::Objective => String::new(),
        };
        let role = match urgency(d.date, m.today) {
            Urgency::Late => Role::StatusLate,
            Urgency::ThisWeek => Role::Warning,
            Urgency::Later => Role::Base,
        };
        let mark = if role == Role::StatusLate { "⚠" } else { " " };
        lines.push(Line::from(vec![
            Span::styled(format!("{mark} {} ", format_fr(d.date)), theme.on_base(role)),
            Span::styled(format!("{kind:<9} "), theme.on_base(Role::Muted)),
            Span::styled(display(&d.title).into_owned(), theme.style(Role::Base)),
            Span::styled(if who.is_empty() { String::new() } else { format!(" — {who}") }, theme.on_base(Role::Muted)),
        ]));
    };
    if !late.is_empty() {
        lines.push(Line::styled(tr(m.lang, Text::LateSection), theme.on_base(Role::StatusLate)));
        let mut late = late;
        late.sort_by_key(|d| (d.date, d.id));
        for d in &late {
            line_for(d, &mut lines);
        }
        lines.push(Line::raw(""));
    }
    for ((year, month), items) in by_month(&coming) {
        lines.push(Line::styled(month_year(m.lang, year, month), theme.on_base(Role::Title)));
        for d in items {
            line_for(d, &mut lines);
        }
        lines.push(Line::raw(""));
    }
    if lines.is_empty() {
        lines.push(Line::styled(tr(m.lang, Text::NoOpenAction), theme.on_base(Role::Muted)));
    }
    f.render_widget(Paragraph::new(lines).block(block).scroll((p.plan.scroll, 0)), area);
}

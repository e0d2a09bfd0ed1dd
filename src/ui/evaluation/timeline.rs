//! The timeline: a strip where each event sits at its day, today marked, then the events of the
//! window one per line, the most recent at the bottom.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::app::model::{Model, PersonState};
use crate::domain::date::format_fr;
use crate::domain::text::display;
use crate::domain::timeline::{Event, EventKind, events, within};
use crate::i18n::evaluation::{EvaluationText, decimal, evaluation_kind, evaluation_words, journal_kind, zoom};
use crate::theme::{Role, Theme};

/// Events to come shown under today's when the timeline opens.
const UPCOMING: usize = 4;

/// The mark of an event, readable without colour, and its style.
fn mark(kind: &EventKind) -> (&'static str, Role) {
    match kind {
        EventKind::Journal { kind, .. } if kind.is_critical() => (kind.symbol(), Role::Warning),
        EventKind::Journal { kind, .. } => (kind.symbol(), Role::Base),
        EventKind::Evaluation { .. } => ("◆", Role::Accent),
        EventKind::Deadline { late: true } => ("⚠", Role::StatusLate),
        EventKind::Deadline { late: false } => ("◇", Role::Info),
        EventKind::Readjustment => ("↻", Role::Title),
    }
}

/// Which of two events on the same cell of the strip is shown: the one that matters most.
fn weight(kind: &EventKind) -> u8 {
    match kind {
        EventKind::Evaluation { .. } => 5,
        EventKind::Readjustment => 4,
        EventKind::Journal { kind, .. } if kind.is_critical() => 3,
        EventKind::Deadline { late: true } => 2,
        EventKind::Deadline { late: false } => 1,
        EventKind::Journal { .. } => 0,
    }
}

fn column(day: NaiveDate, (start, end): (NaiveDate, NaiveDate), width: usize) -> usize {
    let span = (end - start).num_days().max(1) as f64;
    let at = (day - start).num_days().max(0) as f64;
    ((at / span) * (width.saturating_sub(1)) as f64).round() as usize
}

pub fn draw(m: &Model, p: &PersonState, theme: &Theme, f: &mut Frame, area: Rect) {
    let all = events(&p.case.journal, &p.case.evaluations, &p.case.plan, m.today);
    let state = &p.evaluation;
    let window = state.zoom.window(state.back, m.today, &all);
    let title = format!(
        " {} — {} · {} → {} ",
        evaluation_words(m.lang, EvaluationText::TimelineTitle),
        zoom(m.lang, state.zoom),
        format_fr(window.0),
        format_fr(window.1)
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.on_base(Role::BorderFocused))
        .title(Span::styled(title, theme.on_base(Role::Title)));
    let inner = block.inner(area);
    f.render_widget(block, area);
    if inner.height < 3 || inner.width < 10 {
        return;
    }
    let shown = &all[within(&all, window)];
    let width = usize::from(inner.width);
    // The strip: each event at its day; where two fall on one cell, the weightier one.
    let mut cells: Vec<Option<&Event>> = vec![None; width];
    for e in shown {
        let x = column(e.date, window, width).min(width - 1);
        if cells[x].is_none_or(|c| weight(&c.kind) <= weight(&e.kind)) {
            cells[x] = Some(e);
        }
    }
    let strip: Vec<Span> = cells
        .iter()
        .map(|c| match c {
            Some(e) => {
                let (symbol, role) = mark(&e.kind);
                // A symbol drawn two cells wide would push the strip: those are shown as a dot.
                let symbol = if symbol.width() == 1 { symbol } else { "•" };
                Span::styled(symbol, theme.on_base(role))
            }
            None => Span::styled("─", theme.on_base(Role::Border)),
        })
        .collect();
    let mut ruler = vec![' '; width];
    let today = column(m.today, window, width);
    if m.today >= window.0 && m.today <= window.1 && today < width {
        ruler[today] = '▲';
    }
    let start = format_fr(window.0);
    let end = format_fr(window.1);
    let ruler_text: String = ruler.into_iter().collect();
    let ruler_line = overlay_ends(&ruler_text, &start, &end);
    let mut lines = vec![Line::from(strip), Line::styled(ruler_line, theme.on_base(Role::Muted))];
    let room = usize::from(inner.height).saturating_sub(2);
    if shown.is_empty() {
        lines.push(Line::styled(
            m.keymap.say(m.lang, &crate::i18n::KeyedText::TimelineEmpty),
            theme.on_base(Role::Muted),
        ));
        f.render_widget(Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: true }), inner);
        return;
    }
    // The list opens on today: what happened above, the next few events below; scrolling moves
    // back in time or towards what is coming.
    let past = shown.partition_point(|e| e.date <= m.today);
    let anchor = (past + UPCOMING.min(room / 3)).min(shown.len()) as i64;
    let end_at = (anchor - i64::from(state.scroll)).clamp(room.min(shown.len()) as i64, shown.len() as i64) as usize;
    let from = end_at.saturating_sub(room);
    for e in &shown[from..end_at] {
        lines.push(event_line(m, e, theme));
    }
    f.render_widget(Paragraph::new(lines), inner);
}

/// The ruler's first and last dates written over its ends, the today mark kept where it falls.
fn overlay_ends(ruler: &str, start: &str, end: &str) -> String {
    let width = ruler.chars().count();
    if width < start.len() + end.len() + 2 {
        return ruler.to_string();
    }
    let mut chars: Vec<char> = ruler.chars().collect();
    let today = chars.iter().position(|c| *c == '▲');
    // A date the today mark would cut in two is left out: half a date misleads.
    let clear =
        |range: std::ops::Range<usize>| today.is_none_or(|t| !(range.start.saturating_sub(1)..=range.end).contains(&t));
    if clear(0..start.len()) {
        for (i, c) in start.chars().enumerate() {
            chars[i] = c;
        }
    }
    if clear(width - end.len()..width) {
        for (i, c) in end.chars().enumerate() {
            chars[width - end.len() + i] = c;
        }
    }
    chars.into_iter().collect()
}

fn event_line<'a>(m: &Model, e: &Event, theme: &Theme) -> Line<'a> {
    let (symbol, role) = mark(&e.kind);
    let what = match &e.kind {
        EventKind::Journal { kind, sensitive } => {
            let lock = if *sensitive { " ⊘" } else { "" };
            format!("{}{lock}", journal_kind(m.lang, *kind))
        }
        EventKind::Evaluation { kind, t_score } => match t_score {
            Some(t) => format!(
                "{} ({}) — {} {}",
                evaluation_words(m.lang, EvaluationText::Evaluation),
                evaluation_kind(m.lang, *kind),
                evaluation_words(m.lang, EvaluationText::ScoreT),
                decimal(m.lang, *t, 1)
            ),
            None => {
                format!("{} ({})", evaluation_words(m.lang, EvaluationText::Evaluation), evaluation_kind(m.lang, *kind))
            }
        },
        EventKind::Deadline { late: true } => evaluation_words(m.lang, EvaluationText::LateDeadline).to_string(),
        EventKind::Deadline { late: false } => evaluation_words(m.lang, EvaluationText::Deadline).to_string(),
        EventKind::Readjustment => evaluation_words(m.lang, EvaluationText::Readjustment).to_string(),
    };
    let text = display(&e.text);
    Line::from(vec![
        Span::styled(format!("{} ", format_fr(e.date)), theme.on_base(Role::Muted)),
        Span::styled(format!("{symbol} {what}"), theme.on_base(role)),
        Span::raw(if text.is_empty() { String::new() } else { format!(" — {text}") }),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_sit_on_the_ruler_ends_around_today() {
        let ruler = format!("{}▲{}", " ".repeat(14), " ".repeat(25));
        let line = overlay_ends(&ruler, "01/09/2026", "07/12/2026");
        assert!(line.starts_with("01/09/2026    ▲"));
        assert!(line.ends_with("07/12/2026"));
        assert_eq!(line.chars().count(), 40);
        // Today near the end: the end date gives way to the mark.
        let ruler = format!("{}▲{}", " ".repeat(33), " ".repeat(6));
        let line = overlay_ends(&ruler, "01/09/2026", "07/12/2026");
        assert!(line.starts_with("01/09/2026"));
        assert!(line.ends_with("▲      "));
        assert_eq!(overlay_ends("  ▲  ", "01/09/2026", "07/12/2026"), "  ▲  ");
    }
}

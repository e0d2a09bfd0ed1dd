//! « Échéances »: what is late and what falls due within the week, for every person followed.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState};

use super::ViewState;
use crate::app::model::Model;
use crate::app::msg::Target;
use crate::domain::date::format_fr;
use crate::domain::plan::deadline::{DeadlineKind, Urgency, urgency};
use crate::domain::text::display;
use crate::i18n::{Text, tr};
use crate::theme::{Role, Theme};

pub fn draw(m: &Model, vs: &mut ViewState, theme: &Theme, f: &mut Frame, area: Rect) {
    let late = m.deadlines.rows.iter().filter(|d| urgency(d.date, m.today) == Urgency::Late).count();
    let title = format!(
        " {} — {} {} · {} {} ",
        tr(m.lang, Text::DeadlinesTitle),
        late,
        tr(m.lang, Text::Late),
        m.deadlines.rows.len() - late,
        tr(m.lang, Text::ThisWeek)
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.on_base(Role::BorderFocused))
        .title(Span::styled(title, theme.on_base(Role::Title)));
    let inner = block.inner(area);
    if m.deadlines.rows.is_empty() {
        let para =
            Paragraph::new(Span::styled(format!(" ✓ {}", tr(m.lang, Text::NoDeadline)), theme.on_base(Role::Success)));
        f.render_widget(para.block(block), area);
        return;
    }
    // Only the rows that fit are built (the list may hold thousands): the window the table would
    // scroll to, one row per line below the header, the selected row the last one when it is further.
    let height = usize::from(inner.height.saturating_sub(1)).max(1);
    let selected = m.deadlines.selected.min(m.deadlines.rows.len() - 1);
    let first = (selected + 1).saturating_sub(height);
    let rows: Vec<Row> = m.deadlines.rows[first..]
        .iter()
        .take(height)
        .map(|d| {
            let (role, mark) = match urgency(d.date, m.today) {
                Urgency::Late => (Role::StatusLate, "⚠"),
                _ => (Role::Warning, " "),
            };
            let kind = match d.kind {
                DeadlineKind::Objective => tr(m.lang, Text::KindObjective),
                DeadlineKind::Action => tr(m.lang, Text::KindAction),
            };
            Row::new(vec![
                Cell::from(Span::styled(format!("{mark} {}", format_fr(d.date)), theme.on_base(role))),
                Cell::from(display(&d.pseudonym).into_owned()),
                Cell::from(Span::styled(kind, theme.on_base(Role::Muted))),
                Cell::from(display(&d.title).into_owned()),
            ])
        })
        .collect();
    let header = Row::new([Text::ColDate, Text::ColPseudonym, Text::LabelStatus, Text::ColWhat].map(|t| match t {
        Text::LabelStatus => Cell::from(""),
        other => Cell::from(tr(m.lang, other)),
    }))
    .style(theme.on_base(Role::Label));
    let widths = [Constraint::Length(13), Constraint::Length(18), Constraint::Length(9), Constraint::Fill(1)];
    let table = Table::new(rows, widths).header(header).block(block).row_highlight_style(theme.style(Role::Selection));
    let mut state = TableState::default().with_selected(Some(selected - first));
    f.render_stateful_widget(table, area, &mut state);
    for (line, index) in (first + state.offset()..m.deadlines.rows.len()).enumerate() {
        let y = inner.y + 1 + line as u16;
        if y >= inner.bottom() {
            break;
        }
        vs.hit(Rect { x: inner.x, y, width: inner.width, height: 1 }, Target::DeadlineRow(index));
    }
}

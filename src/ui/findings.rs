//! « Données identifiantes »: each finding of the anonymity scan with the person and the record it
//! lies in; Enter goes to the record.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState};

use super::{ViewState, window};
use crate::app::model::Model;
use crate::app::msg::Target;
use crate::domain::text::display;
use crate::i18n::{T, identifier_label, record_place, tr};
use crate::theme::{Role, Theme};

pub fn draw(m: &Model, vs: &mut ViewState, theme: &Theme, f: &mut Frame, area: Rect) {
    let s = &m.findings;
    let title = format!(" {} — {} ", tr(m.lang, T::FindingsTitle), s.rows.len());
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.on_base(Role::BorderFocused))
        .title(Span::styled(title, theme.on_base(Role::Title)));
    let inner = block.inner(area);
    if s.rows.is_empty() {
        let (text, role) = if s.loaded {
            (format!(" ✓ {}", tr(m.lang, T::FindingsNone)), Role::Success)
        } else {
            (format!(" {}", tr(m.lang, T::FindingsScanning)), Role::Muted)
        };
        f.render_widget(Paragraph::new(Span::styled(text, theme.on_base(role))).block(block), area);
        return;
    }
    let selected = s.selected.min(s.rows.len() - 1);
    let shown = window(s.rows.len(), 0, selected, inner.height.saturating_sub(1));
    let rows: Vec<Row> = s.rows[shown.clone()]
        .iter()
        .map(|r| {
            Row::new(vec![
                Cell::from(display(&r.pseudonym).into_owned()),
                Cell::from(Span::styled(
                    identifier_label(m.lang, r.finding.finding.kind),
                    theme.on_base(Role::Warning),
                )),
                Cell::from(format!("« {} »", display(&r.finding.finding.excerpt))),
                Cell::from(Span::styled(
                    record_place(m.lang, &m.domains, &r.finding.place, &r.finding.field),
                    theme.on_base(Role::Muted),
                )),
            ])
        })
        .collect();
    let header = Row::new([T::ColPseudonym, T::ColKind, T::ColExcerpt, T::ColWhere].map(|t| Cell::from(tr(m.lang, t))))
        .style(theme.on_base(Role::Label));
    let widths = [Constraint::Length(16), Constraint::Length(18), Constraint::Fill(2), Constraint::Fill(3)];
    let table = Table::new(rows, widths).header(header).block(block).row_highlight_style(theme.style(Role::Selection));
    let mut state = TableState::default().with_selected(Some(selected - shown.start));
    f.render_stateful_widget(table, area, &mut state);
    for (line, index) in (shown.start + state.offset()..shown.end).enumerate() {
        let y = inner.y + 1 + line as u16;
        if y >= inner.bottom() {
            break;
        }
        vs.hit(Rect { x: inner.x, y, width: inner.width, height: 1 }, Target::FindingRow(index));
    }
}

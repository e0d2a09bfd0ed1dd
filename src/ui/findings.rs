//! « Données identifiantes »: each finding of the anonymity scan with the person and the record it
//! lies in; Enter goes to the record.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState};

use super::{ViewState, window};
use crate::app::model::Model;
use crate::app::msg::Target;
use crate::app::screens::findings::FindingRow;
use crate::domain::text::{display, excerpt};
use crate::i18n::{Text, identifier_label, record_place, tr};
use crate::theme::{Role, Theme};

pub fn draw(m: &Model, vs: &mut ViewState, theme: &Theme, f: &mut Frame, area: Rect) {
    let s = &m.findings;
    let title = format!(" {} — {} ", tr(m.lang, Text::FindingsTitle), s.rows.len());
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.on_base(Role::BorderFocused))
        .title(Span::styled(title, theme.on_base(Role::Title)));
    if s.rows.is_empty() {
        let (text, role) = if s.loaded {
            (format!(" ✓ {}", tr(m.lang, Text::FindingsNone)), Role::Success)
        } else {
            (format!(" {}", tr(m.lang, Text::FindingsScanning)), Role::Muted)
        };
        f.render_widget(Paragraph::new(Span::styled(text, theme.on_base(role))).block(block), area);
        return;
    }
    table(m, &s.rows, s.selected, block, vs, theme, f, area);
}

/// The findings in a table — who, what kind, the excerpt, where — the selected one highlighted,
/// each row a click target. Shared by the screen and the export's guard dialog.
#[allow(clippy::too_many_arguments)]
pub fn table(
    m: &Model,
    rows: &[FindingRow],
    selected: usize,
    block: Block,
    vs: &mut ViewState,
    theme: &Theme,
    f: &mut Frame,
    area: Rect,
) {
    let inner = block.inner(area);
    let Some(last) = rows.len().checked_sub(1) else { return };
    let selected = selected.min(last);
    // Cut with « … » to the columns' widths: a cut without a mark reads as the whole text.
    let excerpt_width = usize::from(inner.width).saturating_sub(16 + 18 + 3) * 2 / 5;
    let where_width = usize::from(inner.width).saturating_sub(16 + 18 + 3 + excerpt_width);
    let shown = window(rows.len(), 0, selected, inner.height.saturating_sub(1));
    let rows: Vec<Row> = rows[shown.clone()]
        .iter()
        .map(|r| {
            let who = if r.pseudonym.is_empty() {
                crate::i18n::evidence::evidence_words(m.lang, crate::i18n::evidence::EvidenceText::WholePractice)
                    .to_string()
            } else {
                display(&r.pseudonym).into_owned()
            };
            let found = excerpt(&display(&r.finding.finding.excerpt), excerpt_width.saturating_sub(4));
            let place = record_place(m.lang, &m.domains, &r.finding.place, &r.finding.field);
            Row::new(vec![
                Cell::from(excerpt(&who, 15)),
                Cell::from(Span::styled(
                    identifier_label(m.lang, r.finding.finding.kind),
                    theme.on_base(Role::Warning),
                )),
                Cell::from(crate::i18n::quoted(m.lang, &found)),
                Cell::from(Span::styled(excerpt(&place, where_width), theme.on_base(Role::Muted))),
            ])
        })
        .collect();
    let header = Row::new(
        [Text::ColPseudonym, Text::ColKind, Text::ColExcerpt, Text::ColWhere].map(|t| Cell::from(tr(m.lang, t))),
    )
    .style(theme.on_base(Role::Label));
    let widths = [
        Constraint::Length(16),
        Constraint::Length(18),
        Constraint::Length(u16::try_from(excerpt_width).unwrap_or(20)),
        Constraint::Fill(1),
    ];
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

//! « Annuaire du territoire » (C6): the structures of the territory, what they do, and which
//! persons of the file active each one is involved with.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState, Wrap};

use super::ViewState;
use crate::app::model::Model;
use crate::app::msg::Target;
use crate::domain::partner::Partner;
use crate::domain::text::{display, excerpt};
use crate::i18n::{Text, colon, sector_label, tr};
use crate::theme::{Role, Theme};

pub fn draw(m: &Model, vs: &mut ViewState, theme: &Theme, f: &mut Frame, area: Rect) {
    let d = &m.directory;
    let label = |p: &Partner| sector_label(m.lang, p.sector).to_string();
    let visible = d.visible(label);
    let filtering = d.filter.is_some();
    let wide = area.width >= 110;
    let [main, filter_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(if filtering { 1 } else { 0 })]).areas(area);
    let (list_area, detail_area) = if wide {
        let [l, r] = Layout::horizontal([Constraint::Percentage(60), Constraint::Fill(1)]).areas(main);
        (l, r)
    } else {
        let [l, r] = Layout::vertical([Constraint::Fill(1), Constraint::Length(9)]).areas(main);
        (l, r)
    };
    let total = d.partners.iter().filter(|p| d.show_archived || !p.archived).count();
    let block =
        Block::default().borders(Borders::ALL).border_style(theme.on_base(Role::BorderFocused)).title(Span::styled(
            format!(" {} — {}/{} ", tr(m.lang, Text::DirectoryTitle), visible.len(), total),
            theme.on_base(Role::Title),
        ));
    let inner = block.inner(list_area);
    let rows: Vec<Row> = visible
        .iter()
        .filter_map(|i| d.partners.get(*i))
        .map(|p| {
            let mut name = display(&p.name).into_owned();
            if p.archived {
                name = format!("{name} [{}]", tr(m.lang, Text::ArchivedMark));
            }
            Row::new(vec![
                Cell::from(name),
                Cell::from(Span::styled(label(p), theme.on_base(Role::Muted))),
                Cell::from(excerpt(&display(&p.territory), 16)),
            ])
        })
        .collect();
    let empty = rows.is_empty();
    let header = Row::new([Text::ColName, Text::ColSector, Text::ColTerritory].map(|t| Cell::from(tr(m.lang, t))))
        .style(theme.on_base(Role::Label));
    let widths = [Constraint::Fill(1), Constraint::Length(18), Constraint::Length(16)];
    let table = Table::new(rows, widths)
        .header(header)
        .block(block)
        .row_highlight_style(theme.style(Role::Selection))
        .highlight_symbol("▶ ");
    let mut state = TableState::default().with_selected(if empty { None } else { Some(d.selected) });
    f.render_stateful_widget(table, list_area, &mut state);
    for (line, index) in (state.offset()..visible.len()).enumerate() {
        let y = inner.y + 1 + line as u16;
        if y >= inner.bottom() {
            break;
        }
        vs.hit(Rect { x: inner.x, y, width: inner.width, height: 1 }, Target::PartnerRow(index));
    }
    if empty {
        let t = if d.partners.is_empty() { Text::DirectoryEmpty } else { Text::NoPartner };
        let msg = Paragraph::new(Line::styled(tr(m.lang, t), theme.on_base(Role::Muted)));
        f.render_widget(msg, Rect { y: inner.y + 1, height: 1, ..inner });
    }
    draw_details(m, theme, f, detail_area);
    if let Some(filter) = &d.filter {
        let cursor = if d.filter_editing { "▏" } else { "" };
        let line = Line::from(vec![
            Span::styled(format!(" {} ", tr(m.lang, Text::FilterPrompt)), theme.on_base(Role::Key)),
            Span::styled(format!("{}{cursor}", display(filter)), theme.style(Role::InputFocused)),
            Span::styled(
                format!("   {}", m.keymap.say(m.lang, &crate::i18n::KeyedText::DirectoryFilterHint)),
                theme.on_base(Role::Muted),
            ),
        ]);
        f.render_widget(Paragraph::new(line), filter_area);
    }
}

fn draw_details(m: &Model, theme: &Theme, f: &mut Frame, area: Rect) {
    let block = Block::default()
        .borders(Borders::ALL)
        .padding(ratatui::widgets::Padding::horizontal(1))
        .border_style(theme.on_base(Role::Border));
    let Some(p) = crate::app::screens::directory::update::selected(m) else {
        f.render_widget(block, area);
        return;
    };
    let label = |t: Text| Span::styled(format!("{}{}", tr(m.lang, t), colon(m.lang)), theme.on_base(Role::Label));
    let text = |s: &str| Span::styled(display(s).into_owned(), theme.style(Role::Base));
    let mut lines = Vec::new();
    for (t, value) in [
        (Text::ColExpertise, &p.expertise),
        (Text::ColTerritory, &p.territory),
        (Text::LabelContact, &p.contact),
        (Text::LabelNotes, &p.notes),
    ] {
        if !value.trim().is_empty() {
            lines.push(Line::from(vec![label(t), text(value)]));
        }
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(tr(m.lang, Text::InvolvedWith), theme.on_base(Role::Title)));
    if m.directory.involved.is_empty() {
        lines.push(Line::styled(tr(m.lang, Text::NoInvolved), theme.on_base(Role::Muted)));
    }
    for (_, pseudonym) in &m.directory.involved {
        lines.push(Line::from(vec![Span::raw("• "), text(pseudonym)]));
    }
    let title = format!(" {} · {} ", display(&p.name), sector_label(m.lang, p.sector));
    let block = block.title(Span::styled(title, theme.on_base(Role::Title)));
    f.render_widget(Paragraph::new(lines).block(block).wrap(Wrap { trim: true }), area);
}

//! « Diagnostic » (C2): the life domains with how far each is explored, and the selected
//! domain's entry, its history, or the synthesis of needs across domains.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, List, ListItem, ListState, Paragraph, Row, Table, Wrap};

use crate::app::model::{DiagnosticMode, Model, PersonState};
use crate::app::msg::Target;
use crate::domain::date::format_fr;
use crate::domain::diagnosis::{Completeness, DiagnosisEntry, domain_completeness, synthesis};
use crate::domain::nomenclature;
use crate::domain::text::display;
use crate::i18n::{KeyedText, Say, Text, colon, completeness_label, priority_label, say, tr};
use crate::theme::{Role, Theme};
use crate::ui::{ViewState, section, user_lines};

pub fn completeness_symbol(c: Completeness) -> (&'static str, Role) {
    match c {
        Completeness::Complete => ("●", Role::Complete),
        Completeness::Partial => ("◐", Role::Partial),
        Completeness::NotExplored => ("○", Role::NotExplored),
    }
}

pub fn draw(m: &Model, p: &PersonState, vs: &mut ViewState, theme: &Theme, f: &mut Frame, area: Rect) {
    // The synthesis spans every domain: it takes the whole width, the domain list would only crowd it.
    if p.mode == DiagnosticMode::Synthesis {
        draw_synthesis(m, p, theme, f, area);
        return;
    }
    let list_width = if area.width >= 110 { 34 } else { 32 };
    let [left, right] = Layout::horizontal([Constraint::Length(list_width), Constraint::Fill(1)]).areas(area);
    draw_domains(m, p, vs, theme, f, left);
    match &p.mode {
        DiagnosticMode::Entry => draw_entry(m, p, theme, f, right),
        DiagnosticMode::Synthesis => draw_synthesis(m, p, theme, f, right),
        DiagnosticMode::History { revisions, selected } => draw_history(m, p, revisions, *selected, theme, f, right),
    }
}

fn draw_domains(m: &Model, p: &PersonState, vs: &mut ViewState, theme: &Theme, f: &mut Frame, area: Rect) {
    let explored = m.domains.iter().filter(|d| p.entry_for(&d.key).is_some()).count();
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.on_base(if p.mode == DiagnosticMode::Entry { Role::BorderFocused } else { Role::Border }))
        .title(Span::styled(
            format!(" {} {explored}/{} ", tr(m.lang, Text::Domains), m.domains.len()),
            theme.on_base(Role::Title),
        ));
    let inner = block.inner(area);
    let items: Vec<ListItem> = m
        .domains
        .iter()
        .map(|d| {
            let c = domain_completeness(p.entry_for(&d.key));
            let (symbol, role) = completeness_symbol(c);
            ListItem::new(Line::from(vec![
                Span::styled(format!("{symbol} "), theme.on_base(role)),
                Span::raw(m.domain_label(&d.key)),
            ]))
        })
        .collect();
    let list =
        List::new(items).block(block).highlight_style(theme.style(Role::Selection)).style(theme.style(Role::Base));
    let mut state = ListState::default().with_selected(Some(p.domain));
    f.render_stateful_widget(list, area, &mut state);
    for (shown, i) in (state.offset()..m.domains.len()).enumerate() {
        let y = inner.y + shown as u16;
        if y >= inner.bottom() {
            break;
        }
        vs.hit(Rect { x: inner.x, y, width: inner.width, height: 1 }, Target::Domain(i));
    }
    // The legend, on the last lines of the list, so the symbols explain themselves.
    if inner.height as usize > m.domains.len() + 3 {
        let legend: Vec<Line> = [Completeness::Complete, Completeness::Partial, Completeness::NotExplored]
            .into_iter()
            .map(|c| {
                let (s, role) = completeness_symbol(c);
                Line::from(vec![
                    Span::styled(format!("{s} "), theme.on_base(role)),
                    Span::styled(completeness_label(m.lang, c), theme.on_base(Role::Muted)),
                ])
            })
            .collect();
        let y = inner.bottom() - 3;
        f.render_widget(Paragraph::new(legend), Rect { y, height: 3, ..inner });
    }
}

fn panel<'a>(title: String, theme: &Theme) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .padding(ratatui::widgets::Padding::horizontal(1))
        .border_style(theme.on_base(Role::Border))
        .title(Span::styled(title, theme.on_base(Role::Title)))
}

/// The text of one entry, section by section; shared by the entry view and the history view.
pub fn entry_lines<'a>(m: &Model, e: &DiagnosisEntry, theme: &Theme) -> Vec<Line<'a>> {
    let base = theme.style(Role::Base);
    let muted = theme.on_base(Role::Muted);
    let yes_no = tr(m.lang, if e.co_built { Text::Yes } else { Text::No });
    let mut lines = vec![Line::from(vec![
        Span::styled(say(m.lang, &Say::RevisionOf(e.revision, format_fr(e.date))), muted),
        Span::styled(format!(" · {}{}{yes_no}", tr(m.lang, Text::CoBuilt), colon(m.lang)), muted),
    ])];
    if !e.source.is_empty() {
        lines.push(Line::styled(format!("{}{}{}", tr(m.lang, Text::Source), colon(m.lang), display(&e.source)), muted));
    }
    let mut block = |title: Text, text: &str, style| {
        if !text.trim().is_empty() {
            lines.push(Line::raw(""));
            lines.push(section(tr(m.lang, title), theme));
            lines.extend(user_lines(text, style));
        }
    };
    block(Text::Situation, &e.situation, base);
    block(Text::PersonWords, &e.person_words, theme.on_base(Role::PersonWords));
    if !e.needs.is_empty() {
        lines.push(Line::raw(""));
        lines.push(section(tr(m.lang, Text::Needs), theme));
        for n in &e.needs {
            lines.push(Line::styled(format!("• {}", display(&n.text)), base));
            let code_line = match n.serafin_code.as_deref() {
                Some(code) => {
                    let label = nomenclature::need(code).map(|i| i.label).unwrap_or_default();
                    Line::from(vec![
                        Span::styled(format!("  [{code}] "), theme.on_base(Role::Accent)),
                        Span::styled(label, muted),
                    ])
                }
                None => Line::styled(format!("  ({})", tr(m.lang, Text::Uncoded)), muted),
            };
            lines.push(code_line);
        }
    }
    let mut block = |title: Text, text: &str| {
        if !text.trim().is_empty() {
            lines.push(Line::raw(""));
            lines.push(section(tr(m.lang, title), theme));
            lines.extend(user_lines(text, base));
        }
    };
    block(Text::Resources, &e.resources);
    block(Text::Risks, &e.risks);
    lines.push(Line::raw(""));
    lines.push(Line::from(vec![
        Span::styled(format!("{}{}", tr(m.lang, Text::PriorityForPerson), colon(m.lang)), theme.on_base(Role::Label)),
        Span::styled(priority_label(m.lang, e.priority_person), base),
        Span::styled(
            format!("   {}{}", tr(m.lang, Text::PriorityForReferent), colon(m.lang)),
            theme.on_base(Role::Label),
        ),
        Span::styled(priority_label(m.lang, e.priority_referent), base),
    ]));
    lines
}

fn draw_entry(m: &Model, p: &PersonState, theme: &Theme, f: &mut Frame, area: Rect) {
    let Some(domain) = m.domains.get(p.domain) else { return };
    let label = m.domain_label(&domain.key);
    let lines = match p.entry_for(&domain.key) {
        Some(e) => entry_lines(m, e, theme),
        None => vec![
            Line::raw(""),
            Line::styled(format!("○ {}", tr(m.lang, Text::NotExploredYet)), theme.on_base(Role::Muted)),
            Line::styled(
                format!("  {}", m.keymap.say(m.lang, &crate::i18n::KeyedText::EntryToWrite)),
                theme.on_base(Role::Key),
            ),
        ],
    };
    let para = Paragraph::new(lines)
        .block(panel(format!(" {label} "), theme))
        .wrap(Wrap { trim: false })
        .scroll((p.scroll, 0));
    f.render_widget(para, area);
}

fn draw_synthesis(m: &Model, p: &PersonState, theme: &Theme, f: &mut Frame, area: Rect) {
    let order: Vec<String> = m.domains.iter().map(|d| d.key.clone()).collect();
    let needs = synthesis(&p.case.latest_by_domain(), &order);
    let block = panel(format!(" {} ({}) ", tr(m.lang, Text::Synthesis), needs.len()), theme).title_bottom(
        Span::styled(format!(" {} ", m.keymap.say(m.lang, &KeyedText::SynthesisLegend)), theme.on_base(Role::Muted)),
    );
    if needs.is_empty() {
        let para = Paragraph::new(Line::styled(tr(m.lang, Text::SynthesisEmpty), theme.on_base(Role::Muted)));
        f.render_widget(para.block(block), area);
        return;
    }
    let domain_width: u16 = if area.width >= 110 { 26 } else { 16 };
    // Borders, padding and the spaces between the five columns.
    let fixed = domain_width + 10 + 8 + 8 + 4 + 4;
    let need_width = area.width.saturating_sub(fixed).max(10);
    let header = Row::new(vec![
        Cell::from(tr(m.lang, Text::Domain)),
        Cell::from(tr(m.lang, Text::Needs)),
        Cell::from("SERAFIN-PH"),
        Cell::from("P."),
        Cell::from("R."),
    ])
    .style(theme.on_base(Role::Label));
    // Each need wraps onto as many lines as it takes: the synthesis is read, not skimmed.
    let wrap = |text: &str, width: u16, style| -> Vec<Line<'static>> {
        textwrap::wrap(text, usize::from(width)).into_iter().map(|l| Line::styled(l.into_owned(), style)).collect()
    };
    let rows: Vec<Row> = needs
        .iter()
        .skip(p.scroll as usize)
        .map(|n| {
            let need = wrap(&display(&n.need.text), need_width, theme.style(Role::Base));
            let domain = wrap(&m.domain_label(&n.domain), domain_width, theme.on_base(Role::Muted));
            let height = need.len().max(domain.len()).max(1) as u16;
            let code = n.need.serafin_code.clone().unwrap_or_else(|| "—".into());
            Row::new(vec![
                Cell::from(domain),
                Cell::from(need),
                Cell::from(Span::styled(code, theme.on_base(Role::Accent))),
                Cell::from(priority_label(m.lang, n.priority_person)),
                Cell::from(priority_label(m.lang, n.priority_referent)),
            ])
            .height(height)
        })
        .collect();
    let widths = [
        Constraint::Length(domain_width),
        Constraint::Length(need_width),
        Constraint::Length(10),
        Constraint::Length(8),
        Constraint::Length(8),
    ];
    f.render_widget(Table::new(rows, widths).header(header).block(block).style(theme.style(Role::Base)), area);
}

fn draw_history(
    m: &Model,
    p: &PersonState,
    revisions: &[DiagnosisEntry],
    selected: usize,
    theme: &Theme,
    f: &mut Frame,
    area: Rect,
) {
    let label = m.domains.get(p.domain).map(|d| m.domain_label(&d.key)).unwrap_or_default();
    let list_height = (revisions.len() as u16 + 2).min(area.height / 3).max(3);
    let [top, bottom] = Layout::vertical([Constraint::Length(list_height), Constraint::Fill(1)]).areas(area);
    let items: Vec<ListItem> = revisions
        .iter()
        .map(|e| ListItem::new(format!("{} {} — {}", tr(m.lang, Text::Revision), e.revision, format_fr(e.date))))
        .collect();
    let list = List::new(items)
        .block(panel(format!(" {} — {label} ", tr(m.lang, Text::History)), theme))
        .highlight_style(theme.style(Role::Selection))
        .style(theme.style(Role::Base));
    let mut state = ListState::default().with_selected(Some(selected));
    f.render_stateful_widget(list, top, &mut state);
    if let Some(e) = revisions.get(selected) {
        let para =
            Paragraph::new(entry_lines(m, e, theme)).block(panel(String::new(), theme)).wrap(Wrap { trim: false });
        f.render_widget(para, bottom);
    }
}

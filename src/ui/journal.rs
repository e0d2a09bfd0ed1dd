//! The « Journal » tab: what happened, newest first, with its filters; the selected entry in full.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Padding, Paragraph, Row, Table, TableState, Wrap};

use super::{ViewState, user_lines, window};
use crate::app::model::{Model, PersonState};
use crate::app::msg::Target;
use crate::domain::date::format_fr;
use crate::domain::journal::{JournalEntry, format_time};
use crate::domain::text::display;
use crate::i18n::evaluation::{EvaluationText, evaluation_words, journal_kind, journal_kind_short};
use crate::i18n::{KeyedText, Text, colon, tr};
use crate::theme::{Role, Theme};

pub fn draw(m: &Model, p: &PersonState, vs: &mut ViewState, theme: &Theme, f: &mut Frame, area: Rect) {
    let (journal, entries) = (&p.journal, &p.case.journal);
    let [filters, body] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    draw_filters(m, p, theme, f, filters);
    let [list_area, detail_area] =
        Layout::horizontal([Constraint::Percentage(60), Constraint::Percentage(40)]).areas(body);
    let visible = journal.visible_on(entries, Some(m.today));
    let title =
        format!(" {} — {} / {} ", evaluation_words(m.lang, EvaluationText::JournalTitle), visible.len(), entries.len());
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.on_base(Role::BorderFocused))
        .title(Span::styled(title, theme.on_base(Role::Title)));
    let inner = block.inner(list_area);
    if visible.is_empty() {
        let text = if entries.is_empty() { KeyedText::JournalEmpty } else { KeyedText::JournalNoMatch };
        let para = Paragraph::new(Span::styled(m.keymap.say(m.lang, &text), theme.on_base(Role::Muted)))
            .wrap(Wrap { trim: true })
            .block(block.padding(Padding::horizontal(1)));
        f.render_widget(para, list_area);
        draw_detail(m, p, None, theme, f, detail_area);
        return;
    }
    let selected = journal.selected.min(visible.len() - 1);
    // On a narrow screen the summary keeps the room: a short date, the kind as its sign.
    let narrow = inner.width < 70;
    // Only the rows that fit are built: a journal of years holds hundreds of entries.
    let shown = window(visible.len(), 0, selected, inner.height.saturating_sub(1));
    let rows: Vec<Row> = visible[shown.clone()]
        .iter()
        .filter_map(|i| entries.get(*i))
        .map(|e| {
            let role = if e.kind.is_critical() { Role::Warning } else { Role::Base };
            let when = match (narrow, e.time) {
                (true, _) => e.date.format("%d/%m/%y").to_string(),
                (false, Some(t)) => format!("{} {}", format_fr(e.date), format_time(t)),
                (false, None) => format_fr(e.date),
            };
            let kind = if narrow {
                e.kind.symbol().to_string()
            } else {
                format!("{} {}", e.kind.symbol(), journal_kind_short(m.lang, e.kind))
            };
            let mut summary = vec![];
            if e.sensitive {
                let mark = if narrow {
                    "⊘ ".to_string()
                } else {
                    format!("⊘ {} ", evaluation_words(m.lang, EvaluationText::SensitiveMark))
                };
                summary.push(Span::styled(mark, theme.on_base(Role::Accent)));
            }
            summary.push(Span::raw(crate::domain::text::excerpt(&display(&e.summary), 120)));
            Row::new(vec![
                Cell::from(Span::styled(when, theme.on_base(Role::Muted))),
                Cell::from(Span::styled(kind, theme.on_base(role))),
                Cell::from(Line::from(summary)),
            ])
        })
        .collect();
    let kind_header = if narrow { "" } else { tr(m.lang, Text::ColKind) };
    let header =
        Row::new([tr(m.lang, Text::ColDate), kind_header, tr(m.lang, Text::ColWhat)]).style(theme.on_base(Role::Label));
    let widths = if narrow {
        [Constraint::Length(8), Constraint::Length(2), Constraint::Fill(1)]
    } else {
        [Constraint::Length(16), Constraint::Length(19), Constraint::Fill(1)]
    };
    let table = Table::new(rows, widths).header(header).block(block).row_highlight_style(theme.style(Role::Selection));
    let mut state = TableState::default().with_selected(Some(selected - shown.start));
    f.render_stateful_widget(table, list_area, &mut state);
    for (line, index) in (shown.start + state.offset()..shown.end).enumerate() {
        let y = inner.y + 1 + line as u16;
        if y >= inner.bottom() {
            break;
        }
        vs.hit(Rect { x: inner.x, y, width: inner.width, height: 1 }, Target::JournalRow(index));
    }
    let entry = visible.get(selected).and_then(|i| entries.get(*i));
    draw_detail(m, p, entry, theme, f, detail_area);
}

/// « Filtres : appel · SSIAD du Val · les trois derniers mois · « frigo » ».
fn draw_filters(m: &Model, p: &PersonState, theme: &Theme, f: &mut Frame, area: Rect) {
    let j = &p.journal;
    let kind = j.kind.map_or(evaluation_words(m.lang, EvaluationText::AllKinds), |k| journal_kind(m.lang, k));
    let partner = match j.partner {
        Some(id) => p.plan.partner_name(id).map(|n| display(n).into_owned()).unwrap_or_else(|| format!("#{id}")),
        None => evaluation_words(m.lang, EvaluationText::AllPartners).to_string(),
    };
    let period = match j.period {
        crate::app::screens::journal::Period::Whole => EvaluationText::WholePath,
        crate::app::screens::journal::Period::Month => EvaluationText::LastMonth,
        crate::app::screens::journal::Period::Quarter => EvaluationText::LastQuarter,
        crate::app::screens::journal::Period::Year => EvaluationText::LastYear,
    };
    let mut spans = vec![
        Span::styled(
            format!(" {}{}", evaluation_words(m.lang, EvaluationText::JournalFilters), colon(m.lang)),
            theme.on_base(Role::Label),
        ),
        Span::styled(format!("{kind} · {partner} · {}", evaluation_words(m.lang, period)), theme.on_base(Role::Info)),
    ];
    match (&j.query, j.editing) {
        (Some(q), true) => {
            spans.push(Span::styled(
                format!("  {}{}", evaluation_words(m.lang, EvaluationText::SearchPrompt), colon(m.lang)),
                theme.on_base(Role::Label),
            ));
            spans.push(Span::styled(format!("{}▏", display(q)), theme.on_base(Role::Key)));
        }
        (Some(q), false) if !q.is_empty() => {
            spans.push(Span::styled(format!("  « {} »", display(q)), theme.on_base(Role::Key)));
        }
        _ => {}
    }
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn draw_detail(m: &Model, p: &PersonState, entry: Option<&JournalEntry>, theme: &Theme, f: &mut Frame, area: Rect) {
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.on_base(Role::Border))
        .padding(Padding::horizontal(1));
    let Some(e) = entry else {
        f.render_widget(block, area);
        return;
    };
    let title_role = if e.kind.is_critical() { Role::Warning } else { Role::Title };
    let when = match e.time {
        Some(t) => format!("{} {} {}", format_fr(e.date), evaluation_words(m.lang, EvaluationText::At), format_time(t)),
        None => format_fr(e.date),
    };
    let mut lines = vec![
        Line::styled(format!("{} {}", e.kind.symbol(), journal_kind(m.lang, e.kind)), theme.on_base(title_role)),
        Line::styled(when, theme.on_base(Role::Muted)),
        Line::raw(""),
    ];
    let names: Vec<String> = e
        .partners
        .iter()
        .map(|id| p.plan.partner_name(*id).map(|n| display(n).into_owned()).unwrap_or_default())
        .collect();
    let partners = if names.is_empty() {
        evaluation_words(m.lang, EvaluationText::NoPartner).to_string()
    } else {
        names.join(", ")
    };
    lines.push(Line::from(vec![
        Span::styled(
            format!("{}{}", evaluation_words(m.lang, EvaluationText::Partners), colon(m.lang)),
            theme.on_base(Role::Label),
        ),
        Span::raw(partners),
    ]));
    if e.sensitive {
        lines.push(Line::styled(
            format!("⊘ {}", evaluation_words(m.lang, EvaluationText::Sensitive)),
            theme.on_base(Role::Accent),
        ));
    }
    lines.push(Line::raw(""));
    lines.extend(user_lines(&e.summary, theme.on_base(Role::Base)));
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }).block(block), area);
}

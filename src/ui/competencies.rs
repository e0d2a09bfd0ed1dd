//! « Compétences » (DPP): the eight competencies with their coverage on the left; on the right
//! the selected one's verbatim wording, what is missing, its evidence and the records that could
//! be evidence (accepted with one key).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Padding, Paragraph, Wrap};
use unicode_width::UnicodeWidthStr;

use super::ViewState;
use crate::app::model::Model;
use crate::app::msg::Target;
use crate::app::screens::competencies::{Item, RecordText};
use crate::domain::competency;
use crate::domain::date::format_fr;
use crate::domain::evidence::{Coverage, SOLID_COUNT};
use crate::domain::text::{display, excerpt};
use crate::i18n::colon;
use crate::i18n::evidence::{EvidenceText, coverage_label, evidence_words, missing, record_in_words};
use crate::theme::{Role, Theme};

/// « ●●○ »: three marks, filled by the evidence count; readable without colour.
fn bar(count: usize) -> String {
    (0..SOLID_COUNT).map(|i| if i < count { '●' } else { '○' }).collect()
}

fn coverage_role(c: Coverage) -> Role {
    match c {
        Coverage::None => Role::Warning,
        Coverage::Some => Role::Info,
        Coverage::Solid => Role::Success,
    }
}

pub fn draw(m: &Model, vs: &mut ViewState, theme: &Theme, f: &mut Frame, area: Rect) {
    let s = &m.competencies;
    let of = |c: Coverage| (1..=8u8).filter(|n| s.coverage_of(*n) == c).count();
    let missing: Vec<&str> = competency::all()
        .iter()
        .enumerate()
        .filter(|(i, _)| s.coverage_of(u8::try_from(i + 1).unwrap_or(1)) == Coverage::None)
        .map(|(_, c)| c.code)
        .collect();
    let solid = of(Coverage::Solid);
    let summary = Line::from(vec![
        Span::styled(
            format!(" {}", crate::i18n::evidence::summary(m.lang, solid, of(Coverage::Some), &missing)),
            theme.on_base(if solid == 8 { Role::Success } else { Role::Warning }),
        ),
        Span::styled(
            format!(" · {}", evidence_words(m.lang, EvidenceText::NoPartialValidation)),
            theme.on_base(Role::Muted),
        ),
    ]);
    // The summary takes the lines it needs: « Il n’y a pas de validation partielle » matters whole.
    let summary_height = textwrap::wrap(&summary.to_string(), usize::from(area.width).max(1)).len().clamp(1, 3);
    let [top, body] = Layout::vertical([Constraint::Length(summary_height as u16), Constraint::Fill(1)]).areas(area);
    f.render_widget(Paragraph::new(summary).wrap(Wrap { trim: false }), top);
    let left_width = if body.width >= 110 { 46 } else { 34 };
    let [left, right] = Layout::horizontal([Constraint::Length(left_width), Constraint::Fill(1)]).areas(body);
    draw_list(m, vs, theme, f, left);
    draw_detail(m, vs, theme, f, right);
}

fn draw_list(m: &Model, vs: &mut ViewState, theme: &Theme, f: &mut Frame, area: Rect) {
    let s = &m.competencies;
    let border = if s.in_items { Role::Border } else { Role::BorderFocused };
    let block = Block::default().borders(Borders::ALL).border_style(theme.on_base(border));
    let inner = block.inner(area);
    f.render_widget(block, area);
    let mut lines = Vec::new();
    for (i, c) in competency::all().iter().enumerate() {
        let n = u8::try_from(i + 1).unwrap_or(1);
        let count = s.evidence_of(n).len();
        let coverage = s.coverage_of(n);
        // Code, bar and count stay whole; the short wording takes what is left.
        let tail = format!(" {} {count:>2}", bar(count));
        let room = usize::from(inner.width).saturating_sub(4 + tail.width() + 1);
        let short = excerpt(c.short, room);
        let pad = room.saturating_sub(short.width());
        let selected = i == s.selected;
        let base = if selected && !s.in_items { theme.style(Role::Selection) } else { theme.on_base(Role::Base) };
        let mark = if coverage == Coverage::None { "⚠" } else { " " };
        lines.push(Line::from(vec![
            Span::styled(format!("{mark}{} ", c.code), base.patch(theme.on_base(coverage_role(coverage)))),
            Span::styled(format!("{short}{}", " ".repeat(pad)), base),
            Span::styled(tail, base.patch(theme.on_base(coverage_role(coverage)))),
        ]));
        lines.push(Line::styled(format!("     {}", coverage_label(m.lang, coverage)), theme.on_base(Role::Muted)));
        let y = inner.y + 2 * i as u16;
        if y < inner.bottom() {
            vs.hit(Rect { x: inner.x, y, width: inner.width, height: 2 }, Target::CompetencyRow(i));
        }
    }
    f.render_widget(Paragraph::new(lines), inner);
}

/// « M. R. · objectif « Tenir le plan… » · 13/11/2026 ».
fn record_line(m: &Model, t: &RecordText) -> String {
    let mut parts: Vec<String> = Vec::new();
    if let Some(p) = &t.pseudonym {
        parts.push(display(p).into_owned());
    }
    let title = match t.kind {
        crate::app::screens::competencies::RecordKind::Entry => m.domain_label(&t.title),
        _ => display(&t.title).into_owned(),
    };
    // Free evidence is its note, shown on the next line: its kind and day are enough here.
    let free = t.kind == crate::app::screens::competencies::RecordKind::Free;
    let title = if free { String::new() } else { excerpt(&title, 36) };
    parts.push(record_in_words(m.lang, t.kind, &title));
    if let Some(d) = t.date {
        parts.push(format_fr(d));
    }
    parts.join(" · ")
}

fn draw_detail(m: &Model, vs: &mut ViewState, theme: &Theme, f: &mut Frame, area: Rect) {
    let s = &m.competencies;
    let Some(c) = competency::all().get(s.selected) else { return };
    let n = s.competency();
    let border = if s.in_items { Role::BorderFocused } else { Role::Border };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.on_base(border))
        .padding(Padding::horizontal(1))
        .title(Span::styled(
            crate::domain::text::fit(&format!(" {} — {} ", c.code, c.short), usize::from(area.width.saturating_sub(2))),
            theme.on_base(Role::Title),
        ));
    let inner = block.inner(area);
    f.render_widget(block, area);
    let evidence = s.evidence_of(n);
    let coverage = s.coverage_of(n);
    let mut head = vec![Line::styled(c.wording, theme.on_base(Role::Muted)), Line::raw("")];
    let noted = evidence.iter().filter(|e| e.has_note()).count();
    let lacking = missing(m.lang, coverage, evidence.len(), noted);
    let wrapped = |text: &str| textwrap::wrap(text, usize::from(inner.width).max(1)).len();
    let mut head_height = wrapped(c.wording) + 1;
    if !lacking.is_empty() {
        head_height +=
            wrapped(&format!("{}{}{lacking}", evidence_words(m.lang, EvidenceText::Missing), colon(m.lang))) + 1;
        head.push(Line::from(vec![
            Span::styled(
                format!("{}{}", evidence_words(m.lang, EvidenceText::Missing), colon(m.lang)),
                theme.on_base(Role::Label),
            ),
            Span::styled(lacking, theme.on_base(coverage_role(coverage))),
        ]));
        head.push(Line::raw(""));
    }
    let head_height = u16::try_from(head_height).unwrap_or(u16::MAX);
    let [head_area, list_area] =
        Layout::vertical([Constraint::Length(head_height.min(inner.height / 2)), Constraint::Fill(1)]).areas(inner);
    f.render_widget(Paragraph::new(head).wrap(Wrap { trim: true }), head_area);

    let items = s.items();
    let first_candidate = items.iter().position(|i| matches!(i, Item::Candidate(..)));
    let width = usize::from(list_area.width);
    // Each item is two lines: the record, then the note or the reason (or the excerpt).
    let mut lines: Vec<(Option<usize>, Line)> = vec![(
        None,
        Line::styled(
            format!("{} ({})", evidence_words(m.lang, EvidenceText::Evidence), evidence.len()),
            theme.on_base(Role::Title),
        ),
    )];
    if evidence.is_empty() {
        lines
            .push((None, Line::styled(evidence_words(m.lang, EvidenceText::NoEvidence), theme.on_base(Role::Warning))));
    }
    for (i, item) in items.iter().enumerate() {
        if Some(i) == first_candidate {
            lines.push((None, Line::raw("")));
            lines.push((
                None,
                Line::styled(evidence_words(m.lang, EvidenceText::Suggestions), theme.on_base(Role::Title)),
            ));
        }
        let selected = s.in_items && i == s.item;
        let style = |role: Role| if selected { theme.style(Role::Selection) } else { theme.on_base(role) };
        let (mark, text, second, role) = match item {
            Item::Evidence(e, t) => {
                let second = if e.has_note() {
                    display(&e.note).into_owned()
                } else {
                    evidence_words(m.lang, EvidenceText::NoNoteYet).to_string()
                };
                ("✓", record_line(m, t), second, Role::Base)
            }
            Item::Candidate(x, t) => {
                ("+", record_line(m, t), crate::i18n::evidence::candidate_note(m.lang, x.why).to_string(), Role::Info)
            }
        };
        lines.push((Some(i), Line::styled(excerpt(&format!("{mark} {text}"), width), style(role))));
        // The second line is indented under the first: cut, not trimmed.
        let second = excerpt(&second, width.saturating_sub(2));
        lines.push((Some(i), Line::styled(format!("  {second}"), style(Role::Muted))));
    }
    if first_candidate.is_none() {
        lines.push((None, Line::raw("")));
        lines
            .push((None, Line::styled(evidence_words(m.lang, EvidenceText::NoSuggestion), theme.on_base(Role::Muted))));
    }
    // Scrolled so that the selected item is in view.
    let height = usize::from(list_area.height);
    let selected_line = lines.iter().position(|(i, _)| s.in_items && *i == Some(s.item)).unwrap_or(0);
    let start = (selected_line + 2).saturating_sub(height);
    for (row, (item, _)) in lines.iter().skip(start).take(height).enumerate() {
        if let Some(i) = item {
            vs.hit(
                Rect { x: list_area.x, y: list_area.y + row as u16, width: list_area.width, height: 1 },
                Target::EvidenceRow(*i),
            );
        }
    }
    let shown: Vec<Line> = lines.into_iter().skip(start).take(height).map(|(_, l)| l).collect();
    f.render_widget(Paragraph::new(shown), list_area);
}

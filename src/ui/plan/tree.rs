//! The tree: axes → objectifs → actions, with who, when and where each stands; the selected
//! item's details beside it and the plan's points of attention below.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Cell, Paragraph, Row, Table, TableState};

use super::details;
use super::symbols::{action_symbol, objective_symbol};
use crate::app::model::{Model, PersonState};
use crate::app::msg::Target;
use crate::app::screens::plan::PlanItem;
use crate::domain::date::format_fr;
use crate::domain::plan::check::check;
use crate::domain::text::{display, fit};
use crate::i18n::{PlanText, Text, plan_text, tr};
use crate::theme::{Role, Theme};
use crate::ui::{ViewState, window};
use unicode_width::UnicodeWidthStr;

fn panel<'a>(title: String, focused: bool, theme: &Theme) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(theme.on_base(if focused { Role::BorderFocused } else { Role::Border }))
        .title(Span::styled(title, theme.on_base(Role::Title)))
}

pub fn draw(m: &Model, p: &PersonState, vs: &mut ViewState, theme: &Theme, f: &mut Frame, area: Rect) {
    let warnings = check(&p.case.plan, &p.case.latest_by_domain(), m.today);
    let warn_height = if warnings.is_empty() { 3 } else { (warnings.len() as u16 + 2).min(area.height / 4).max(3) };
    let wide = area.width >= 110;
    let (tree_area, details_area, warn_area) = if wide {
        let [left, right] = Layout::horizontal([Constraint::Percentage(66), Constraint::Fill(1)]).areas(area);
        let [tree, warn] = Layout::vertical([Constraint::Fill(1), Constraint::Length(warn_height)]).areas(left);
        (tree, right, warn)
    } else {
        let [tree, det, warn] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(7), Constraint::Length(warn_height.min(4))])
                .areas(area);
        (tree, det, warn)
    };
    draw_tree(m, p, vs, theme, f, tree_area);
    details::draw(m, p, theme, f, details_area);
    details::draw_warnings(m, p, &warnings, theme, f, warn_area);
}

/// Statuses fit their column: « partiellement atteint » reads « partiel » in the tree (the details
/// beside it say it in full).
fn short_status(m: &Model, label: &'static str) -> &'static str {
    if label.chars().count() > 11 { tr(m.lang, Text::StatusPartialShort) } else { label }
}

fn status_cell<'a>(m: &Model, item: PlanItem, p: &PersonState, theme: &Theme) -> Cell<'a> {
    let plan = &p.case.plan;
    match item {
        PlanItem::Axis(_) => Cell::from(""),
        PlanItem::Objective(id) => match plan.objective(id) {
            Some(o) => {
                let (symbol, role) = objective_symbol(o.status);
                let label = short_status(m, plan_text(m.lang, PlanText::ObjectiveStatus(o.status)));
                Cell::from(Span::styled(format!("{symbol} {label}"), theme.on_base(role)))
            }
            None => Cell::from(""),
        },
        PlanItem::Action(id) => match plan.action(id) {
            Some(a) => {
                let (symbol, role) = action_symbol(a.status);
                let label = short_status(m, plan_text(m.lang, PlanText::ActionStatus(a.status)));
                Cell::from(Span::styled(format!("{symbol} {label}"), theme.on_base(role)))
            }
            None => Cell::from(""),
        },
    }
}

/// The axis' line, said over the whole width of the tree (it heads the columns below it).
fn axis_text(m: &Model, p: &PersonState, id: crate::domain::plan::AxisId, axis_number: usize) -> String {
    let title = p.case.plan.axis(id).map(|a| display(&a.title).into_owned()).unwrap_or_default();
    format!("▸ {} {axis_number} · {title}", tr(m.lang, Text::AxisWord))
}

/// One row of the tree, each cell cut with « … » to its column (`what` and `who` wide).
fn row<'a>(m: &Model, p: &PersonState, item: PlanItem, theme: &Theme, what: usize, who: usize) -> Row<'a> {
    let plan = &p.case.plan;
    let late = |late: bool, date: Option<chrono::NaiveDate>| -> Cell<'a> {
        match date {
            Some(d) if late => Cell::from(Span::styled(format!("⚠ {}", format_fr(d)), theme.on_base(Role::StatusLate))),
            Some(d) => Cell::from(format_fr(d)),
            None => Cell::from(""),
        }
    };
    match item {
        // An axis's title is drawn over the whole line once the table is (see `draw_tree`).
        PlanItem::Axis(_) => Row::new(Vec::<Cell>::new()),
        PlanItem::Objective(id) => {
            let Some(o) = plan.objective(id) else { return Row::new(Vec::<Cell>::new()) };
            // Its title too, over the carrier's column it has no use for.
            Row::new(vec![
                Cell::from(""),
                Cell::from(""),
                late(o.is_late(m.today), o.deadline),
                status_cell(m, item, p, theme),
            ])
        }
        PlanItem::Action(id) => {
            let Some(a) = plan.action(id) else { return Row::new(Vec::<Cell>::new()) };
            let carrier = details::carrier_name(m, p, a.carrier);
            Row::new(vec![
                Cell::from(Span::styled(fit(&format!("     • {}", display(&a.what)), what), theme.style(Role::Base))),
                Cell::from(Span::styled(fit(&carrier, who), theme.on_base(Role::Muted))),
                late(a.is_late(m.today), a.due),
                status_cell(m, item, p, theme),
            ])
        }
    }
}

fn draw_tree(m: &Model, p: &PersonState, vs: &mut ViewState, theme: &Theme, f: &mut Frame, area: Rect) {
    let rows = p.plan.rows(&p.case.plan);
    let block = panel(format!(" {} ", tr(m.lang, Text::TabProject)), true, theme);
    let inner = block.inner(area);
    if rows.is_empty() {
        let lines = vec![
            Line::raw(""),
            Line::styled(format!("  {}", tr(m.lang, Text::PlanEmpty)), theme.on_base(Role::Muted)),
            Line::styled(format!("  {}", tr(m.lang, Text::PlanEmptyHint)), theme.on_base(Role::Key)),
        ];
        f.render_widget(Paragraph::new(lines).block(block), area);
        return;
    }
    // Axis numbers follow the order of the axes in the tree.
    let mut axis_numbers = Vec::with_capacity(rows.len());
    let mut n = 0;
    for item in &rows {
        if matches!(item, PlanItem::Axis(_)) {
            n += 1;
        }
        axis_numbers.push(n);
    }
    let selected = p.plan.selected.min(rows.len() - 1);
    let shown = window(rows.len(), vs.plan_offset, selected, inner.height.saturating_sub(1));
    // The carrier's column is as wide as the longest name, within reason; the title takes the rest.
    let carriers = rows.iter().filter_map(|i| match i {
        PlanItem::Action(id) => p.case.plan.action(*id).map(|a| details::carrier_name(m, p, a.carrier).width()),
        _ => None,
    });
    let header_who = tr(m.lang, Text::LabelCarrier).width();
    let who = carriers.max().unwrap_or(0).max(header_who).clamp(8, 16) as u16;
    let (deadline, status) = (12u16, 13u16);
    let what = inner.width.saturating_sub(who + deadline + status + 3);
    let table_rows: Vec<Row> =
        rows[shown.clone()].iter().map(|i| row(m, p, *i, theme, usize::from(what), usize::from(who))).collect();
    let widths =
        [Constraint::Length(what), Constraint::Length(who), Constraint::Length(deadline), Constraint::Length(status)];
    let header = Row::new(
        [Text::ColWhat, Text::LabelCarrier, Text::LabelDeadline, Text::LabelStatus].map(|t| Cell::from(tr(m.lang, t))),
    )
    .style(theme.on_base(Role::Label));
    let table = Table::new(table_rows, widths)
        .header(header)
        .block(block)
        .row_highlight_style(theme.style(Role::Selection))
        .column_spacing(1);
    let mut state = TableState::default()
        .with_offset(vs.plan_offset.saturating_sub(shown.start))
        .with_selected(Some(selected.saturating_sub(shown.start)));
    f.render_stateful_widget(table, area, &mut state);
    let offset = shown.start + state.offset();
    vs.plan_offset = offset;
    for (line, index) in (offset..rows.len()).enumerate() {
        let y = inner.y + 1 + line as u16;
        if y >= inner.bottom() {
            break;
        }
        vs.hit(Rect { x: inner.x, y, width: inner.width, height: 1 }, Target::PlanRow(index));
        // An axis has no carrier, date nor status: its title takes the whole line; an objective has
        // no carrier: its title takes that column too.
        let spread = match (rows.get(index), axis_numbers.get(index)) {
            (Some(PlanItem::Axis(id)), Some(n)) => Some((axis_text(m, p, *id, *n), inner.width, Role::Title)),
            (Some(PlanItem::Objective(id)), _) => {
                p.case.plan.objective(*id).map(|o| (format!("  ◎ {}", display(&o.title)), what + 1 + who, Role::Base))
            }
            _ => None,
        };
        if let Some((text, width, role)) = spread {
            let style = if index == selected { theme.style(Role::Selection) } else { theme.on_base(role) };
            let line = Line::styled(format!("{:<w$}", fit(&text, usize::from(width)), w = usize::from(width)), style);
            f.buffer_mut().set_line(inner.x, y, &line, width);
        }
    }
}

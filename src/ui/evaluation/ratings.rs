//! Every rated domain's latest ratings as numbers: the person's, the référent's, the gap and how
//! each moved since the evaluation before; gaps of three points or more in the warning style.

use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Cell, Row, Table, TableState};

use crate::app::model::{Model, PersonState};
use crate::app::msg::Target;
use crate::domain::evaluation::Rating;
use crate::i18n::evaluation::{EvaluationText, evaluation_words};
use crate::theme::{Role, Theme};
use crate::ui::ViewState;

/// The domain's latest rating and the one before it, across the evaluations.
fn last_two<'a>(p: &'a PersonState, domain: &str) -> (Option<&'a Rating>, Option<&'a Rating>) {
    let mut rated = p.evaluation.up_to_chosen(&p.case.evaluations).iter().rev().filter_map(|e| e.rating(domain));
    (rated.next(), rated.next())
}

/// « +4 », « −3 », « 0 »: a gap with a true minus sign, as the bilan writes it.
fn signed(gap: i8) -> String {
    crate::app::screens::evaluation::form::level_text(gap)
}

/// « 6 ↑ »: the value and where it went since last time.
fn value(now: Option<u8>, before: Option<u8>) -> String {
    let arrow = match (now, before) {
        (Some(n), Some(b)) if n > b => " ↑",
        (Some(n), Some(b)) if n < b => " ↓",
        (Some(_), Some(_)) => " =",
        _ => "",
    };
    now.map(|n| format!("{n}{arrow}")).unwrap_or_else(|| "—".to_string())
}

pub fn draw(
    m: &Model,
    p: &PersonState,
    domains: &[String],
    vs: &mut ViewState,
    theme: &Theme,
    f: &mut Frame,
    area: Rect,
) {
    let block = Block::default().borders(Borders::ALL).border_style(theme.on_base(Role::Border));
    let inner = block.inner(area);
    // On a narrow screen the warning sign and the number say it; the words need room.
    let wide = inner.width >= 50;
    let rows: Vec<Row> = domains
        .iter()
        .map(|d| {
            let (now, before) = last_two(p, d);
            let gap = now.and_then(Rating::gap);
            let flagged = now.is_some_and(Rating::is_perception_gap);
            let gap_text = match gap {
                Some(g) if flagged && wide => {
                    format!("⚠ {} {}", signed(g), evaluation_words(m.lang, EvaluationText::PerceptionGap))
                }
                Some(g) if flagged => format!("⚠ {}", signed(g)),
                Some(g) => signed(g),
                None => String::new(),
            };
            let style = if flagged { theme.on_base(Role::Warning) } else { theme.on_base(Role::Base) };
            Row::new(vec![
                Cell::from(m.domain_label(d)),
                Cell::from(value(now.and_then(|r| r.person), before.and_then(|r| r.person))),
                Cell::from(value(now.and_then(|r| r.referent), before.and_then(|r| r.referent))),
                Cell::from(Span::raw(gap_text)),
            ])
            .style(style)
        })
        .collect();
    let header = Row::new(
        [EvaluationText::ColDomain, EvaluationText::ColPerson, EvaluationText::ColReferent, EvaluationText::ColGap]
            .map(|e| Cell::from(evaluation_words(m.lang, e))),
    )
    .style(theme.on_base(Role::Label));
    let gap_width = if wide { 24 } else { 5 };
    let widths = [Constraint::Fill(1), Constraint::Length(5), Constraint::Length(5), Constraint::Length(gap_width)];
    let selected = p.evaluation.domain.min(domains.len().saturating_sub(1));
    let table = Table::new(rows, widths).header(header).block(block).row_highlight_style(theme.style(Role::Selection));
    let mut state = TableState::default().with_selected((!domains.is_empty()).then_some(selected));
    f.render_stateful_widget(table, area, &mut state);
    for (line, index) in (state.offset()..domains.len()).enumerate() {
        let y = inner.y + 1 + line as u16;
        if y >= inner.bottom() {
            break;
        }
        vs.hit(Rect { x: inner.x, y, width: inner.width, height: 1 }, Target::RatingRow(index));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_say_where_they_went() {
        assert_eq!(value(Some(6), Some(4)), "6 ↑");
        assert_eq!(value(Some(3), Some(4)), "3 ↓");
        assert_eq!(value(Some(4), Some(4)), "4 =");
        assert_eq!(value(Some(4), None), "4");
        assert_eq!(value(None, Some(4)), "—");
    }
}

//! The two charts: the GAS T-score across evaluations (50 is « as expected »), and the person's
//! and the référent's ratings of the chosen domain over time. The numbers are also in the table:
//! the charts show the direction, not the values.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Axis, Block, Borders, Chart, Dataset, GraphType, Paragraph, Wrap};

use crate::app::model::{Model, PersonState};
use crate::i18n::evaluation::{EvaluationText, decimal, evaluation_words};
use crate::theme::{Role, Theme};

fn block<'a>(title: String, theme: &Theme) -> Block<'a> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(theme.on_base(Role::Border))
        .title(Span::styled(title, theme.on_base(Role::Title)))
}

/// Days from the first date, as the charts' x.
fn x_of(first: NaiveDate, day: NaiveDate) -> f64 {
    (day - first).num_days() as f64
}

/// The x bounds and the labels of a time axis: first and last dates (a single date stands alone).
fn time_axis<'a>(days: &[NaiveDate], theme: &Theme) -> Axis<'a> {
    let (Some(first), Some(last)) = (days.iter().min(), days.iter().max()) else { return Axis::default() };
    let span = x_of(*first, *last).max(1.0);
    let short = |d: &NaiveDate| d.format("%m/%Y").to_string();
    Axis::default()
        .bounds([-span * 0.05, span * 1.05])
        .labels([Span::raw(short(first)), Span::raw(short(last))])
        .style(theme.on_base(Role::Muted))
}

fn empty(text: &str, title: String, theme: &Theme, f: &mut Frame, area: Rect) {
    let para = Paragraph::new(Span::styled(text.to_string(), theme.on_base(Role::Muted)))
        .wrap(Wrap { trim: true })
        .block(block(title, theme));
    f.render_widget(para, area);
}

pub fn draw_score(m: &Model, p: &PersonState, theme: &Theme, f: &mut Frame, area: Rect) {
    let scores = p.evaluation.scores(&p.case.evaluations);
    let latest = scores.last().map(|(_, t)| format!(" — {}", decimal(m.lang, *t, 1))).unwrap_or_default();
    let title = format!(" {}{latest} ", evaluation_words(m.lang, EvaluationText::ScoreTitle));
    let Some((first, _)) = scores.first().copied() else {
        return empty(&m.keymap.say(m.lang, &crate::i18n::KeyedText::ScoreNone), title, theme, f, area);
    };
    let points: Vec<(f64, f64)> = scores.iter().map(|(d, t)| (x_of(first, *d), *t)).collect();
    let days: Vec<NaiveDate> = scores.iter().map(|(d, _)| *d).collect();
    let last_x = points.last().map_or(1.0, |(x, _)| x.max(1.0));
    let expected = [(0.0, 50.0), (last_x, 50.0)];
    // Symmetric around 50, so that the middle label sits on the « as expected » line.
    let reach = points.iter().fold(10.0f64, |d, (_, t)| d.max((t - 50.0).abs() + 5.0)).ceil();
    let (low, high) = (50.0 - reach, 50.0 + reach);
    let datasets = vec![
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.on_base(Role::Muted))
            .data(&expected),
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.on_base(Role::Accent))
            .data(&points),
        Dataset::default()
            .marker(Marker::Dot)
            .graph_type(GraphType::Scatter)
            .style(theme.on_base(Role::Accent))
            .data(&points),
    ];
    let y = Axis::default()
        .bounds([low, high])
        .labels([
            Line::raw(format!("{low:.0}")),
            Line::raw(format!("50 {}", evaluation_words(m.lang, EvaluationText::Expected))),
            Line::raw(format!("{high:.0}")),
        ])
        .style(theme.on_base(Role::Muted));
    let chart = Chart::new(datasets).block(block(title, theme)).x_axis(time_axis(&days, theme)).y_axis(y);
    f.render_widget(chart, area);
}

/// A day and the two ratings given that day.
type Rated = (NaiveDate, Option<u8>, Option<u8>);

pub fn draw_rating(m: &Model, p: &PersonState, domains: &[String], theme: &Theme, f: &mut Frame, area: Rect) {
    let Some(domain) = domains.get(p.evaluation.domain.min(domains.len().saturating_sub(1))) else {
        return empty(
            evaluation_words(m.lang, EvaluationText::RatingsNone),
            format!(" {} ", evaluation_words(m.lang, EvaluationText::RatingsTitle)),
            theme,
            f,
            area,
        );
    };
    // The legend is in the title: drawn inside the chart it would hide the latest points.
    let title = format!(
        " {} — {} · {} ",
        m.domain_label(domain),
        evaluation_words(m.lang, EvaluationText::LegendPerson),
        evaluation_words(m.lang, EvaluationText::LegendReferent)
    );
    let rated: Vec<Rated> =
        p.case.evaluations.iter().filter_map(|e| e.rating(domain).map(|r| (e.date, r.person, r.referent))).collect();
    let Some(first) = rated.first().map(|(d, _, _)| *d) else {
        return empty(evaluation_words(m.lang, EvaluationText::RatingsNone), title, theme, f, area);
    };
    let series = |pick: fn(&Rated) -> Option<u8>| -> Vec<(f64, f64)> {
        rated.iter().filter_map(|r| pick(r).map(|v| (x_of(first, r.0), f64::from(v)))).collect()
    };
    let person = series(|r| r.1);
    let referent = series(|r| r.2);
    let days: Vec<NaiveDate> = rated.iter().map(|r| r.0).collect();
    // The person's line is continuous, the référent's dotted: told apart without colour.
    let datasets = vec![
        Dataset::default()
            .marker(Marker::Braille)
            .graph_type(GraphType::Line)
            .style(theme.on_base(Role::PersonWords))
            .data(&person),
        Dataset::default()
            .marker(Marker::Dot)
            .graph_type(GraphType::Scatter)
            .style(theme.on_base(Role::Info))
            .data(&referent),
    ];
    let y = Axis::default()
        .bounds([0.0, 10.0])
        .labels([Line::raw("0"), Line::raw("5"), Line::raw("10")])
        .style(theme.on_base(Role::Muted));
    let chart = Chart::new(datasets).block(block(title, theme)).x_axis(time_axis(&days, theme)).y_axis(y);
    f.render_widget(chart, area);
}

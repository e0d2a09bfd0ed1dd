//! The « Évaluation » tab (C5): the path as a timeline on the left; on the right the GAS T-score
//! across evaluations, the person's and the référent's ratings of the chosen domain over time, and
//! every domain's latest ratings as numbers, the gaps of perception pointed out.

mod charts;
mod ratings;
mod timeline;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::ViewState;
use crate::app::model::{Model, PersonState};
use crate::domain::date::format_fr;
use crate::domain::person::PersonStatus;
use crate::i18n::colon;
use crate::i18n::evaluation::{EvaluationText, evaluation_words};
use crate::theme::{Role, Theme};

pub fn draw(m: &Model, p: &PersonState, vs: &mut ViewState, theme: &Theme, f: &mut Frame, area: Rect) {
    let [top, body] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    draw_next(m, p, theme, f, top);
    let [left, right] = Layout::horizontal([Constraint::Percentage(54), Constraint::Percentage(46)]).areas(body);
    timeline::draw(m, p, theme, f, left);
    let domains = p.evaluation.rated_domains(&p.case.evaluations, &m.domains);
    // The table needs a line per domain; the charts share what is left.
    let table_height = u16::try_from(domains.len()).unwrap_or(u16::MAX).saturating_add(4).min(right.height / 2).max(5);
    let [score, rating, table] =
        Layout::vertical([Constraint::Fill(1), Constraint::Fill(1), Constraint::Length(table_height)]).areas(right);
    charts::draw_score(m, p, theme, f, score);
    charts::draw_rating(m, p, &domains, theme, f, rating);
    ratings::draw(m, p, &domains, vs, theme, f, table);
}

/// « Prochaine évaluation : 12/02/2027 », in the warning style once it is due.
fn draw_next(m: &Model, p: &PersonState, theme: &Theme, f: &mut Frame, area: Rect) {
    let due = p.evaluation.next_due(&p.case.evaluations, &p.case.person);
    let label = Span::styled(
        format!(" {}{}", evaluation_words(m.lang, EvaluationText::NextEvaluation), colon(m.lang)),
        theme.on_base(Role::Label),
    );
    let value = match due {
        // The accompaniment has ended: no evaluation is coming, whatever the last one planned.
        None if p.case.person.status == PersonStatus::Closed => {
            Span::styled(evaluation_words(m.lang, EvaluationText::AccompanimentClosed), theme.on_base(Role::Muted))
        }
        Some(d) if d <= m.today => Span::styled(
            format!("⚠ {} {}", evaluation_words(m.lang, EvaluationText::EvaluationDueSince), format_fr(d)),
            theme.on_base(Role::Warning),
        ),
        Some(d) => Span::styled(format_fr(d), theme.on_base(Role::Info)),
        None => Span::styled(evaluation_words(m.lang, EvaluationText::NoEvaluationYet), theme.on_base(Role::Muted)),
    };
    let mut spans = vec![label, value];
    // Which evaluation the table shows and `e` edits, when there are several to choose from.
    if let (Some(e), Some(i)) =
        (p.evaluation.chosen(&p.case.evaluations), p.evaluation.chosen_index(&p.case.evaluations))
    {
        let n = p.case.evaluations.len();
        spans.push(Span::styled(
            format!("   {}{}", evaluation_words(m.lang, EvaluationText::Shown), colon(m.lang)),
            theme.on_base(Role::Label),
        ));
        spans.push(Span::styled(format!("{} ({}/{n})", format_fr(e.date), i + 1), theme.on_base(Role::Accent)));
        if n > 1 {
            spans.push(Span::styled(" < >", theme.on_base(Role::Key)));
        }
    }
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}

//! « Projet » (C3, C4): the plan as a tree, by carrier, or by month.

mod carriers;
mod details;
mod schedule;
mod symbols;
mod tree;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::ViewState;
use crate::app::model::{Model, PersonState};
use crate::app::screens::plan::PlanView;
use crate::i18n::{Text, tr};
use crate::theme::{Role, Theme};

pub fn draw(m: &Model, p: &PersonState, vs: &mut ViewState, theme: &Theme, f: &mut Frame, area: Rect) {
    let [bar, body] = Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(area);
    draw_view_bar(m, p.plan.view, theme, f, bar);
    match p.plan.view {
        PlanView::Tree => tree::draw(m, p, vs, theme, f, body),
        PlanView::WhoDoesWhat => carriers::draw(m, p, theme, f, body),
        PlanView::Schedule => schedule::draw(m, p, theme, f, body),
    }
}

/// The three views as a strip, the current one highlighted, and the key that changes it.
fn draw_view_bar(m: &Model, current: PlanView, theme: &Theme, f: &mut Frame, area: Rect) {
    let mut spans = vec![Span::raw(" ")];
    for (view, t) in [
        (PlanView::Tree, Text::ViewTree),
        (PlanView::WhoDoesWhat, Text::ViewWho),
        (PlanView::Schedule, Text::ViewSchedule),
    ] {
        // Inactive views look like the person's inactive tabs: the tab role is made for the header's
        // background (on the base it is black on black in « contraste-eleve »).
        let style = if view == current { theme.style(Role::TabActive) } else { theme.on(Role::Header, Role::Tab) };
        spans.push(Span::styled(format!(" {} ", tr(m.lang, t)), style));
        spans.push(Span::raw(" "));
    }
    spans.push(Span::styled(format!("  {}", tr(m.lang, Text::ViewKeysHint)), theme.on_base(Role::Muted)));
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}

//! `view`: pure drawing of the model onto any backend. The terminal, the tests, `parcours render`
//! and the screenshots all go through this one function.

mod competencies;
mod deadlines;
mod directory;
mod evaluation;
mod export;
mod file_active;
mod findings;
mod footer;
mod header;
mod journal;
mod network;
mod person;
mod plan;
mod welcome;
pub mod widgets;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Wrap};

use crate::app::model::{Model, Overlay, PersonTab, Screen};
use crate::i18n::{Say, Text, say, tr};
use crate::theme::{Role, Theme};

use crate::app::layout::{MIN_HEIGHT, MIN_WIDTH};

pub use crate::app::layout::ViewState;

/// One frame of the application, for the terminal and the headless renders alike.
pub fn draw_app(app: &mut crate::app::runtime::App, f: &mut Frame) {
    view(&app.model, &mut app.view_state, &app.theme, f);
}

pub fn view(m: &Model, vs: &mut ViewState, theme: &Theme, f: &mut Frame) {
    vs.clear();
    let area = f.area();
    f.render_widget(Block::default().style(theme.style(Role::Base)), area);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(m, theme, f, area);
        return;
    }
    let [head, body, foot] =
        Layout::vertical([Constraint::Length(1), Constraint::Fill(1), Constraint::Length(1)]).areas(area);
    header::draw(m, vs, theme, f, head);
    match m.screen {
        Screen::Welcome => welcome::draw(m, vs, theme, f, body),
        Screen::FileActive => file_active::draw(m, vs, theme, f, body),
        Screen::Deadlines => deadlines::draw(m, vs, theme, f, body),
        Screen::Directory => directory::draw(m, vs, theme, f, body),
        Screen::Competencies => competencies::draw(m, vs, theme, f, body),
        Screen::Findings => findings::draw(m, vs, theme, f, body),
        Screen::Person => {
            if let Some(p) = &m.person {
                match p.tab {
                    PersonTab::Card => person::card::draw(m, p, theme, f, body),
                    PersonTab::Diagnostic => person::diagnostic::draw(m, p, vs, theme, f, body),
                    PersonTab::Plan => plan::draw(m, p, vs, theme, f, body),
                    PersonTab::Network => network::draw(m, p, vs, theme, f, body),
                    PersonTab::Evaluation => evaluation::draw(m, p, vs, theme, f, body),
                    PersonTab::Journal => journal::draw(m, p, vs, theme, f, body),
                }
            }
        }
    }
    footer::draw(m, theme, f, foot);
    match &m.overlay {
        None => {}
        Some(Overlay::Help { scroll, under }) => {
            if let Some(Overlay::Form(form)) = under.as_deref() {
                widgets::form::draw(m, form, vs, theme, f, body);
            }
            widgets::help::draw(m, *scroll, theme, f, body);
        }
        Some(Overlay::Palette(p)) => widgets::palette::draw_palette(m, p, vs, theme, f, body),
        Some(Overlay::Form(form)) => widgets::form::draw(m, form, vs, theme, f, body),
        Some(Overlay::CodePicker(form, picker)) => {
            widgets::form::draw(m, form, vs, theme, f, body);
            widgets::palette::draw_picker(m, picker, vs, theme, f, body);
        }
        Some(Overlay::Confirm { what, under }) => {
            if let Some(Overlay::Form(form)) = under.as_deref() {
                widgets::form::draw(m, form, vs, theme, f, body);
            }
            widgets::confirm::draw(m, *what, theme, f, body);
        }
        Some(Overlay::ExportFindings { rows, selected, under, .. }) => {
            if let Some(Overlay::Form(form)) = under.as_deref() {
                widgets::form::draw(m, form, vs, theme, f, body);
            }
            export::draw_findings(m, rows, *selected, vs, theme, f, body);
        }
    }
}

fn too_small(m: &Model, theme: &Theme, f: &mut Frame, area: Rect) {
    let lines = vec![
        Line::styled(tr(m.lang, Text::TooSmall), theme.on_base(Role::Warning)),
        Line::styled(say(m.lang, &Say::TerminalSize(area.width, area.height)), theme.on_base(Role::Muted)),
    ];
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }).style(theme.style(Role::Base)), area);
}

/// A section title inside a panel: « Situation », « Besoins »…
pub fn section<'a>(title: &'a str, theme: &Theme) -> Line<'a> {
    Line::from(Span::styled(title, theme.on_base(Role::Title)))
}

/// User text, neutralised, one line per line (the panel's padding indents and wraps it).
pub fn user_lines<'a>(text: &str, style: Style) -> Vec<Line<'a>> {
    let safe = crate::domain::text::display(text);
    safe.lines().map(|l| Line::styled(l.to_string(), style)).collect()
}

/// The part of the visible rows the table can show, from where its own scrolling would start
/// (every row is one line high): only those rows are built, so that thousands of persons or
/// hundreds of actions do not cost that many rows a frame. All of them when no row fits.
pub fn window(len: usize, offset: usize, selected: usize, height: u16) -> std::ops::Range<usize> {
    let height = usize::from(height);
    if len == 0 || height == 0 {
        return 0..len;
    }
    let last = len - 1;
    let start = offset.min(last).min(selected);
    let start = if selected.min(last) >= start + height { selected.min(last) + 1 - height } else { start };
    start..len.min(start + height)
}

/// A rectangle of at most `w`×`h` centred in `area`.
pub fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect { x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h }
}

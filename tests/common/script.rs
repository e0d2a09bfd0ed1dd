//! Helpers of the key-driven scripts: a started application on a temporary database, and keys,
//! text and clicks sent through `App::handle_event`, the real input routing.

use std::path::Path;

use chrono::NaiveDate;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use parcours::app::form::{FieldId, FormKind};
use parcours::app::model::Overlay;
use parcours::app::runtime::App;
use parcours::commands::scene::{self, draw, screenshot_day};
use parcours::domain::life_domain::default_domains;
use parcours::i18n::Lang;
use parcours::render::to_text;
use parcours::store::Store;
use parcours::theme::Theme;
use tempfile::TempDir;
use unicode_width::UnicodeWidthStr;

pub fn today() -> NaiveDate {
    screenshot_day()
}

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub fn open_store(dir: &Path) -> Store {
    Store::open(dir).expect("the database opens")
}

/// A started application on the database of `dir`.
pub fn start(dir: &Path) -> App {
    scene::app(open_store(dir), today(), Lang::Fr, default_domains(), Theme::default_theme())
}

/// A temporary folder whose database holds the demo.
pub fn demo_dir() -> TempDir {
    let dir = tempfile::tempdir().unwrap();
    let mut store = open_store(dir.path());
    assert_eq!(parcours::demo::load(&mut store, today()).unwrap(), 6);
    dir
}

pub fn press(app: &mut App, code: KeyCode) {
    app.handle_event(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
}

/// A capital letter, as a terminal reports it: with Shift.
pub fn shift(app: &mut App, c: char) {
    app.handle_event(Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::SHIFT)));
}

pub fn ctrl(app: &mut App, c: char) {
    app.handle_event(Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)));
}

/// Types text as a terminal reports it: capitals come with Shift.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let modifiers = if c.is_uppercase() { KeyModifiers::SHIFT } else { KeyModifiers::NONE };
        app.handle_event(Event::Key(KeyEvent::new(KeyCode::Char(c), modifiers)));
    }
}

pub fn click(app: &mut App, column: u16, row: u16) {
    let kind = MouseEventKind::Down(MouseButton::Left);
    app.handle_event(Event::Mouse(MouseEvent { kind, column, row, modifiers: KeyModifiers::NONE }));
}

pub fn screen_text(app: &mut App) -> String {
    to_text(&draw(app, 120, 36))
}

pub fn selected_pseudonym(app: &App) -> Option<String> {
    app.model.selected_row().map(|r| r.person.pseudonym.clone())
}

pub fn focused_field(app: &App) -> Option<FieldId> {
    match &app.model.overlay {
        Some(Overlay::Form(form)) => form.fields.get(form.focus).map(|f| f.id),
        _ => None,
    }
}

pub fn field_text(app: &App, id: FieldId) -> String {
    match &app.model.overlay {
        Some(Overlay::Form(form)) => form.fields.iter().find(|f| f.id == id).map(|f| f.text()).unwrap_or_default(),
        other => panic!("no form open: {other:?}"),
    }
}

pub fn form_kind(app: &App) -> Option<&FormKind> {
    match &app.model.overlay {
        Some(Overlay::Form(form)) => Some(&form.kind),
        _ => None,
    }
}

/// Tabs through the open form until `id` has the focus.
pub fn tab_to(app: &mut App, id: FieldId) {
    // The evaluation form has a level and a decision per objective, two ratings per domain.
    for _ in 0..80 {
        if focused_field(app) == Some(id) {
            return;
        }
        press(app, KeyCode::Tab);
    }
    panic!("{id:?} never got the focus");
}

/// Empties the focused one-line field.
pub fn clear_line(app: &mut App) {
    let n = focused_field(app).map(|id| field_text(app, id).chars().count()).unwrap_or(0);
    press(app, KeyCode::End);
    for _ in 0..n {
        press(app, KeyCode::Backspace);
    }
}

/// Where `needle` is drawn: (column, row) of its first cell.
pub fn find_on_screen(text: &str, needle: &str) -> Option<(u16, u16)> {
    text.lines().enumerate().find_map(|(y, line)| line.find(needle).map(|i| (line[..i].width() as u16, y as u16)))
}

pub fn open_pseudonym(app: &App) -> Option<String> {
    app.model.person.as_ref().map(|p| p.case.person.pseudonym.clone())
}

/// Moves the file active's selection onto `pseudonym` with the arrow keys, opens her, and returns
/// her id.
pub fn open_with_keys(app: &mut App, pseudonym: &str) -> i64 {
    press(app, KeyCode::Home);
    for _ in 0..app.model.rows.len() {
        if selected_pseudonym(app).as_deref() == Some(pseudonym) {
            break;
        }
        press(app, KeyCode::Down);
    }
    assert_eq!(selected_pseudonym(app).as_deref(), Some(pseudonym));
    press(app, KeyCode::Enter);
    assert_eq!(app.model.screen, parcours::app::model::Screen::Person);
    let p = app.model.person.as_ref().expect("she is open");
    assert_eq!(p.case.person.pseudonym, pseudonym);
    p.case.person.id
}

pub fn tab_of(app: &App) -> parcours::app::model::PersonTab {
    app.model.person.as_ref().expect("a person is open").tab
}

/// Tab through the open person's tabs until `tab` shows.
pub fn go_to(app: &mut App, tab: parcours::app::model::PersonTab) {
    for _ in 0..parcours::app::model::PersonTab::ALL.len() {
        if tab_of(app) == tab {
            return;
        }
        press(app, KeyCode::Tab);
    }
    assert_eq!(tab_of(app), tab);
}

//! Helpers of the whole-screen snapshot tests: the demo on the fixed screenshot day, a person by
//! pseudonym, the screen as text at both sizes, checked to fit before it is snapshotted.

use parcours::app::runtime::App;
use parcours::commands::scene::{self, draw, screenshot_day};
use parcours::domain::life_domain::default_domains;
use parcours::i18n::Lang;
use parcours::render::to_text;
use parcours::store::Store;
use parcours::theme::Theme;
use unicode_width::UnicodeWidthStr;

pub const SIZES: [(u16, u16); 2] = [(80, 24), (120, 36)];

pub fn demo_store() -> Store {
    let mut store = Store::open_in_memory().expect("in-memory store");
    let added = parcours::demo::load(&mut store, screenshot_day()).expect("demo loads");
    assert_eq!(added, 6);
    store
}

pub fn demo_app_in(lang: Lang) -> App {
    scene::app(demo_store(), screenshot_day(), lang, default_domains(), Theme::default_theme())
}

pub fn id_of(app: &App, pseudonym: &str) -> i64 {
    app.model
        .rows
        .iter()
        .find(|r| r.person.pseudonym == pseudonym)
        .map(|r| r.person.id)
        .unwrap_or_else(|| panic!("{pseudonym} is in the demo"))
}

pub fn text_at(app: &mut App, w: u16, h: u16) -> String {
    to_text(&draw(app, w, h))
}

/// The text is the screen's size, no line wider than the terminal.
pub fn check_size(name: &str, text: &str, w: u16, h: u16) {
    assert_eq!(text.lines().count(), h as usize, "{name} at {w}×{h}");
    for line in text.lines() {
        assert!(line.width() <= w as usize, "{name} at {w}×{h}: line too wide: {line:?}");
    }
}

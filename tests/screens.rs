//! Whole-screen snapshots of every screen at the smallest supported size (80×24) and a comfortable
//! one (120×36), drawn from the demo data on a fixed day. Plus: too-small terminals, themes, and
//! wide or combining characters in the file active.

use crossterm::event::KeyCode;
use parcours::app::action::Action;
use parcours::app::model::{Confirm, Overlay, Screen};
use parcours::app::msg::Msg;
use parcours::app::runtime::App;
use parcours::commands::scene::{self, ctrl, draw, key, open_person, screenshot_day, show, type_text};
use parcours::domain::life_domain::default_domains;
use parcours::domain::person::Person;
use parcours::i18n::Lang;
use parcours::render::to_text;
use parcours::store::Store;
use parcours::theme::{self, Theme};
use ratatui::buffer::Buffer;
use ratatui::style::Color;
use unicode_width::UnicodeWidthStr;

mod common;

use common::screens::{SIZES, demo_store, id_of, text_at};

fn app_with(store: Store, lang: Lang, theme: Theme) -> App {
    scene::app(store, screenshot_day(), lang, default_domains(), theme)
}

fn demo_app() -> App {
    app_with(demo_store(), Lang::Fr, Theme::default_theme())
}

/// Snapshots the app's screen at both sizes, checking first that the text is the screen's size.
fn snap(name: &str, app: &mut App) {
    for (w, h) in SIZES {
        let text = to_text(&draw(app, w, h));
        assert_eq!(text.lines().count(), h as usize, "{name} at {w}×{h}");
        for line in text.lines() {
            assert!(line.width() <= w as usize, "{name} at {w}×{h}: line too wide: {line:?}");
        }
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), text);
    }
}

#[test]
fn welcome() {
    let mut app = app_with(Store::open_in_memory().unwrap(), Lang::Fr, Theme::default_theme());
    assert_eq!(app.model.screen, Screen::Welcome);
    snap("welcome", &mut app);
    assert!(text_at(&mut app, 120, 36).contains("▶"), "a choice is selected");
}

#[test]
fn file_active() {
    let mut app = demo_app();
    assert_eq!(app.model.screen, Screen::FileActive);
    snap("file_active", &mut app);
    let text = text_at(&mut app, 120, 36);
    assert!(text.contains("File active — 6 personnes"));
    for name in ["M. R.", "Léo, 15 ans", "Mme D.", "Inès, 19 ans", "M. K.", "Nathan, 9 ans"] {
        assert!(text.contains(name), "{name} listed");
    }
}

#[test]
fn file_active_searching_expulsion() {
    let mut app = demo_app();
    app.dispatch(scene::key(KeyCode::Char('/')));
    type_text(&mut app, "expulsion");
    assert_eq!(app.model.file_active.filter.as_deref(), Some("expulsion"));
    assert!(!app.model.file_active.text_hits.is_empty(), "the diagnoses mention it");
    snap("file_active_search_expulsion", &mut app);
    let text = text_at(&mut app, 120, 36);
    assert!(text.contains("Passage chez M. R.\u{a0}: 1"), "the text hits panel is shown, named for its person");
    assert!(text.contains("[expulsion]"), "the matched word is marked");
}

#[test]
fn person_card() {
    let mut app = demo_app();
    let id = id_of(&app, "M. R.");
    assert!(show(&mut app, "fiche", Some(id)));
    snap("fiche_m_r", &mut app);
    let text = text_at(&mut app, 120, 36);
    assert!(text.contains("M. R. (DAC)"));
    assert!(text.contains("Information et consentement"));
}

#[test]
fn diagnostic_on_logement() {
    let mut app = demo_app();
    let id = id_of(&app, "M. R.");
    open_person(&mut app, id, Some("logement"));
    snap("diagnostic_m_r_logement", &mut app);
    let text = text_at(&mut app, 120, 36);
    assert!(text.contains("Logement"));
    assert!(text.contains("expulsion"));
}

#[test]
fn diagnostic_on_a_domain_not_explored() {
    let mut app = demo_app();
    let id = id_of(&app, "M. K.");
    let explored = app.store.latest_entries(id).unwrap();
    assert!(!explored.iter().any(|e| e.domain == "autonomie"));
    open_person(&mut app, id, Some("autonomie"));
    snap("diagnostic_m_k_not_explored", &mut app);
    let text = text_at(&mut app, 120, 36);
    assert!(text.contains("○"));
}

#[test]
fn history_of_logement() {
    let mut app = demo_app();
    let id = id_of(&app, "M. R.");
    open_person(&mut app, id, Some("logement"));
    app.dispatch(Msg::Action(Action::History));
    snap("historique_m_r_logement", &mut app);
    assert!(text_at(&mut app, 120, 36).contains("Historique"));
}

#[test]
fn synthesis() {
    let mut app = demo_app();
    let id = id_of(&app, "M. R.");
    assert!(show(&mut app, "synthese", Some(id)));
    snap("synthese_m_r", &mut app);
    assert!(text_at(&mut app, 120, 36).contains("SERAFIN-PH"));
}

fn entry_form(app: &mut App) {
    let id = id_of(app, "M. R.");
    open_person(app, id, Some("logement"));
    app.dispatch(Msg::Action(Action::EditEntry));
    assert!(matches!(app.model.overlay, Some(Overlay::Form(_))));
}

#[test]
fn entry_form_on_logement() {
    let mut app = demo_app();
    entry_form(&mut app);
    snap("formulaire_entree_logement", &mut app);
    assert!(text_at(&mut app, 120, 36).contains("Logement"));
}

#[test]
fn serafin_picker() {
    let mut app = demo_app();
    entry_form(&mut app);
    app.dispatch(key(KeyCode::Tab));
    app.dispatch(key(KeyCode::Tab));
    app.dispatch(ctrl('k'));
    assert!(matches!(app.model.overlay, Some(Overlay::CodePicker(..))));
    type_text(&mut app, "logement");
    snap("serafin_logement", &mut app);
    assert!(text_at(&mut app, 120, 36).contains("1.3.2"));
}

#[test]
fn new_person_form() {
    let mut app = demo_app();
    app.dispatch(key(KeyCode::Char('n')));
    snap("formulaire_nouvelle_personne", &mut app);
    assert!(text_at(&mut app, 120, 36).contains("Pseudonyme"));
}

#[test]
fn confirm_discard() {
    let mut app = demo_app();
    app.dispatch(key(KeyCode::Char('n')));
    type_text(&mut app, "Mme Z.");
    app.dispatch(key(KeyCode::Esc));
    assert!(matches!(app.model.overlay, Some(Overlay::Confirm { what: Confirm::DiscardForm, .. })));
    snap("confirm_abandon", &mut app);
    assert!(text_at(&mut app, 80, 24).contains("Abandonner les modifications"));
}

#[test]
fn help() {
    let mut app = demo_app();
    app.dispatch(key(KeyCode::Char('?')));
    snap("aide", &mut app);
    assert!(text_at(&mut app, 120, 36).contains("Aide"));
}

#[test]
fn command_palette() {
    let mut app = demo_app();
    app.dispatch(key(KeyCode::Char(':')));
    assert!(matches!(app.model.overlay, Some(Overlay::Palette(_))));
    snap("palette", &mut app);
    assert!(text_at(&mut app, 120, 36).contains("Nouvelle personne"));
}

#[test]
fn file_active_in_english() {
    let mut app = app_with(demo_store(), Lang::En, Theme::default_theme());
    snap("file_active_en", &mut app);
    let text = text_at(&mut app, 120, 36);
    assert!(text.contains("Caseload"));
    assert!(!text.contains("File active"));
}

#[test]
fn a_small_terminal_asks_to_be_enlarged() {
    let mut app = demo_app();
    for (w, h) in [(60, 20), (79, 24), (80, 23), (1, 1)] {
        let text = text_at(&mut app, w, h);
        assert_eq!(text.lines().count(), h as usize);
        for line in text.lines() {
            assert!(line.width() <= w as usize, "{w}×{h}: {line:?}");
        }
        if w >= 20 {
            assert!(text.contains("Agrandissez le terminal"), "{w}×{h}:\n{text}");
            assert!(!text.contains("File active"), "nothing of the screen is drawn under the notice");
        }
        // Nothing to click on a screen that is not drawn.
        assert_eq!(app.view_state.target_at(2, 3), None);
    }
    let text = text_at(&mut app, 60, 20);
    assert!(text.contains("60×20"));
    insta::assert_snapshot!("too_small_60x20", text);
    // Drawn big again, everything is back.
    assert!(text_at(&mut app, 80, 24).contains("File active"));
}

fn load_theme(name: &str) -> Theme {
    let (theme, problem) = theme::load(name, None);
    assert_eq!(problem, None, "{name} loads");
    assert_eq!(theme.name, name);
    theme
}

/// Every screen a theme must show: file active, diagnostic, form, finder, help, confirm, welcome.
fn themed_buffers(theme: &Theme) -> Vec<(&'static str, Buffer)> {
    let mut out = Vec::new();
    let mut app = app_with(demo_store(), Lang::Fr, theme.clone());
    out.push(("file active", draw(&mut app, 120, 36)));
    app.dispatch(key(KeyCode::Char('/')));
    type_text(&mut app, "expulsion");
    out.push(("search", draw(&mut app, 120, 36)));
    app.dispatch(key(KeyCode::Esc));
    let id = id_of(&app, "M. R.");
    open_person(&mut app, id, Some("logement"));
    out.push(("diagnostic", draw(&mut app, 120, 36)));
    app.dispatch(Msg::Action(Action::Synthesis));
    out.push(("synthesis", draw(&mut app, 120, 36)));
    app.dispatch(Msg::Action(Action::Synthesis));
    app.dispatch(key(KeyCode::Tab));
    out.push(("card", draw(&mut app, 120, 36)));
    app.dispatch(key(KeyCode::Tab));
    app.dispatch(Msg::Action(Action::EditEntry));
    out.push(("form", draw(&mut app, 120, 36)));
    app.dispatch(key(KeyCode::Tab));
    app.dispatch(key(KeyCode::Tab));
    app.dispatch(ctrl('k'));
    out.push(("picker", draw(&mut app, 120, 36)));
    app.dispatch(key(KeyCode::Esc));
    type_text(&mut app, "x");
    app.dispatch(key(KeyCode::Esc));
    out.push(("confirm", draw(&mut app, 120, 36)));
    app.dispatch(key(KeyCode::Char('o')));
    app.dispatch(key(KeyCode::Char('?')));
    out.push(("help", draw(&mut app, 120, 36)));
    let mut welcome = app_with(Store::open_in_memory().unwrap(), Lang::Fr, theme.clone());
    out.push(("welcome", draw(&mut welcome, 120, 36)));
    out
}

#[test]
fn every_theme_draws_the_file_active() {
    for name in ["sombre", "clair", "contraste-eleve"] {
        let theme = load_theme(name);
        let mut app = app_with(demo_store(), Lang::Fr, theme);
        let text = text_at(&mut app, 120, 36);
        assert!(text.contains("File active — 6 personnes"), "{name}");
        assert!(text.contains("M. R."), "{name}");
    }
}

#[test]
fn themes_differ_in_colour_not_in_text() {
    let texts: Vec<String> = ["sombre", "clair", "contraste-eleve"]
        .into_iter()
        .map(|name| {
            let mut app = app_with(demo_store(), Lang::Fr, load_theme(name));
            to_text(&draw(&mut app, 120, 36))
        })
        .collect();
    assert_eq!(texts[0], texts[1]);
    assert_eq!(texts[0], texts[2]);
}

#[test]
fn high_contrast_uses_only_black_and_white() {
    let theme = load_theme("contraste-eleve");
    let allowed = |c: Color| matches!(c, Color::Black | Color::White | Color::Reset);
    for (screen, buf) in themed_buffers(&theme) {
        for y in 0..buf.area.height {
            for x in 0..buf.area.width {
                let cell = &buf[(x, y)];
                assert!(
                    allowed(cell.fg) && allowed(cell.bg),
                    "{screen}: cell ({x}, {y}) {:?} is drawn in {:?} on {:?}",
                    cell.symbol(),
                    cell.fg,
                    cell.bg
                );
            }
        }
    }
}

#[test]
fn the_other_themes_draw_every_screen() {
    for name in ["sombre", "clair"] {
        let buffers = themed_buffers(&load_theme(name));
        assert_eq!(buffers.len(), 10, "{name}");
    }
}

/// Where a column starts on a text line: the display width of what comes before `needle`.
fn column_of(line: &str, needle: &str) -> Option<usize> {
    line.find(needle).map(|i| line[..i].width())
}

#[test]
fn wide_and_combining_pseudonyms_keep_the_table_aligned() {
    let mut store = Store::open_in_memory().unwrap();
    let today = screenshot_day();
    let names = [
        "M. A.",
        "Mme 😀 S.",
        "Rene\u{301}e, 40 ans",
        "李 M.",
        "Zoe\u{301} 👩\u{200d}👧 李小龙",
        // The wide character falls on the column's last cell: it must not spill into the next column.
        "ABCDEFGHIJKLMNOPQRS李",
    ];
    for name in names {
        let p = Person {
            pseudonym: name.into(),
            dispositif: "PCPE".into(),
            last_contact: today.pred_opt(),
            ..Person::new_draft(today)
        };
        store.insert_person(&p).unwrap();
    }
    let mut app = app_with(store, Lang::Fr, Theme::default_theme());
    for (w, h) in SIZES {
        let text = text_at(&mut app, w, h);
        let header = text.lines().find(|l| l.contains("Statut")).expect("table header");
        let status_x = column_of(header, "Statut").expect("status header");
        let dispositif_x = column_of(header, "Disposit").expect("dispositif header");
        let rows: Vec<&str> = text.lines().filter(|l| l.contains("PCPE")).collect();
        assert_eq!(rows.len(), names.len(), "every person is listed at {w}×{h}:\n{text}");
        for row in rows {
            assert_eq!(column_of(row, "PCPE"), Some(dispositif_x), "dispositif column of {row:?}");
            assert_eq!(column_of(row, "actif"), Some(status_x), "status column of {row:?}");
            assert!(row.width() <= w as usize);
        }
        for name in &names[..5] {
            assert!(text.contains(name), "{name:?} drawn whole at {w}×{h}");
        }
    }
    insta::assert_snapshot!("file_active_wide_chars_120x36", text_at(&mut app, 120, 36));
}

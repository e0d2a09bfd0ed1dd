//! Whole-screen snapshots of « Exporter… » on M. R. (the dialog, and what the anonymity guard
//! found in a document) at 80×24 and 120×36, drawn from the demo on the fixed screenshot day.

use crossterm::event::{KeyCode, KeyModifiers};
use parcours::app::model::Overlay;
use parcours::app::runtime::App;
use parcours::commands::scene::{ctrl, key, screenshot_day};
use parcours::domain::journal::{JournalEntry, JournalKind};
use parcours::i18n::Lang;

mod common;

use common::screens::{SIZES, check_size, demo_app_in, id_of, text_at};

fn snap(name: &str, app: &mut App) {
    for (w, h) in SIZES {
        let text = text_at(app, w, h);
        check_size(name, &text, w, h);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), text);
    }
}

/// M. R. open, the export dialog over his diagnostic.
fn dialog_on_m_r() -> App {
    let mut app = demo_app_in(Lang::Fr);
    let id = id_of(&app, "M. R.");
    app.dispatch(parcours::app::msg::Msg::Action(parcours::app::action::Action::Back));
    app.run(vec![parcours::app::effect::Effect::LoadPerson(id)]);
    app.dispatch(parcours::app::msg::Msg::Key(crossterm::event::KeyEvent::new(
        KeyCode::Char('X'),
        KeyModifiers::SHIFT,
    )));
    app
}

#[test]
fn export_dialog() {
    let mut app = dialog_on_m_r();
    snap("exporter", &mut app);
    for (w, h) in SIZES {
        let text = text_at(&mut app, w, h);
        assert!(text.contains("Exporter — M. R."), "at {w}×{h}:\n{text}");
        assert!(text.contains("Plan d’accompagnement"), "at {w}×{h}:\n{text}");
        assert!(text.contains("plan-M-R-2026-11-22.html"), "at {w}×{h}:\n{text}");
        // The dialog saves nothing in the base: its Ctrl-S writes the document, and says so.
        let footer = text.lines().last().unwrap_or("");
        assert!(footer.contains("Ctrl-S Exporter") && !footer.contains("Enregistrer"), "at {w}×{h}: {footer}");
    }
}

#[test]
fn export_findings_dialog() {
    let mut app = dialog_on_m_r();
    let id = id_of(&app, "M. R.");
    let mut planted = JournalEntry::new_draft(id, screenshot_day());
    planted.kind = JournalKind::Call;
    planted.summary = "Rappeler sa fille au 06 12 34 56 78.".into();
    app.store.save_journal_entry(&planted).unwrap();
    // The bilan carries the journal.
    app.dispatch(key(KeyCode::Right));
    app.dispatch(ctrl('s'));
    assert!(matches!(app.model.overlay, Some(Overlay::ExportFindings { .. })), "{:?}", app.model.overlay);
    snap("exporter_constats", &mut app);
    for (w, h) in SIZES {
        let text = text_at(&mut app, w, h);
        assert!(text.contains("téléphone") && text.contains("o exporter quand même"), "at {w}×{h}:\n{text}");
    }
    // Where there is room, the number is quoted whole.
    assert!(text_at(&mut app, 120, 36).contains("06 12 34 56 78"));
}

//! « Données identifiantes » through the real input routing: what the scan finds in the records of
//! the file active, each finding leading to its record.

use crossterm::event::KeyCode;
use parcours::app::model::{PersonTab, Screen};
use parcours::domain::journal::{JournalEntry, JournalKind};

mod common;

use common::script::*;

#[test]
fn the_demo_is_clean_and_a_planted_phone_number_leads_to_its_journal_entry() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    press(&mut app, KeyCode::Char('!'));
    assert_eq!(app.model.screen, Screen::Findings);
    assert!(app.model.findings.loaded);
    assert!(app.model.findings.rows.is_empty(), "the demo is anonymous: {:?}", app.model.findings.rows);
    assert!(screen_text(&mut app).contains("Aucune donnée identifiante trouvée"));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.model.screen, Screen::FileActive);

    let ines = app.store.find_person("Inès, 19 ans").unwrap().id;
    let mut planted = JournalEntry::new_draft(ines, day(2026, 11, 20));
    planted.kind = JournalKind::Call;
    planted.summary = "Rappeler sa tante au 06 12 34 56 78.".into();
    let planted = app.store.save_journal_entry(&planted).unwrap();
    press(&mut app, KeyCode::Char('!'));
    let rows = &app.model.findings.rows;
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0].finding.finding.excerpt, "06 12 34 56 78");
    let screen = screen_text(&mut app);
    assert!(screen.contains("Inès, 19 ans") && screen.contains("téléphone"), "{screen}");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.model.screen, Screen::Person);
    let p = app.model.person.as_ref().unwrap();
    assert_eq!((p.case.person.id, p.tab), (ines, PersonTab::Journal));
    assert_eq!(p.journal.selected_entry(&p.case.journal, today()).map(|e| e.id), Some(planted.id));
    // And from there, e edits it.
    press(&mut app, KeyCode::Char('e'));
    assert!(matches!(form_kind(&app), Some(parcours::app::form::FormKind::Journal(e)) if e.id == planted.id));
    // Échap closes the form, then comes back to the findings, not to the file active.
    press(&mut app, KeyCode::Esc);
    assert!(app.model.overlay.is_none());
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.model.screen, Screen::Findings);
    assert_eq!(app.model.findings.selected, 0);
    assert!(screen_text(&mut app).contains("Inès, 19 ans"));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.model.screen, Screen::FileActive);
}

#[test]
fn the_screen_says_it_is_looking_before_the_scan_runs() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    // As in the terminal: what can wait runs once the frame is drawn.
    app.eager = false;
    press(&mut app, KeyCode::Char('!'));
    assert!(!app.model.findings.loaded);
    assert!(screen_text(&mut app).contains("Examen des dossiers…"));
    assert!(app.settle());
    assert!(app.model.findings.loaded);
    assert!(screen_text(&mut app).contains("Aucune donnée identifiante trouvée"));
}

#[test]
fn the_record_reached_names_the_keys_that_edit_it_there_as_her_keymap_binds_them() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let ines = app.store.find_person("Inès, 19 ans").unwrap().id;
    let mut planted = JournalEntry::new_draft(ines, day(2026, 11, 20));
    planted.summary = "Rappeler sa tante au 06 12 34 56 78.".into();
    app.store.save_journal_entry(&planted).unwrap();
    let said = |app: &parcours::app::runtime::App| app.model.status.as_ref().map(|s| s.text.clone());

    press(&mut app, KeyCode::Char('!'));
    press(&mut app, KeyCode::Enter);
    assert_eq!(said(&app).as_deref(), Some("Voici l’enregistrement : ↵ ou e pour le modifier."));

    let (keymap, problems) = parcours::app::keymap::Keymap::with_user_file("[journal]\nedit_item = [\"m\"]\n");
    assert!(problems.is_empty());
    app.model.keymap = keymap;
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.model.screen, Screen::Findings);
    press(&mut app, KeyCode::Enter);
    assert_eq!(said(&app).as_deref(), Some("Voici l’enregistrement : m pour le modifier."));
}

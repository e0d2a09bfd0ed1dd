//! « Exporter… » from the application, through the real input routing: the dialog on a person,
//! the same document, anonymity guard and guarded writer as `parcours export`.

use std::path::Path;

use crossterm::event::KeyCode;
use parcours::app::form::{FieldId, FormKind};
use parcours::app::model::{Overlay, PersonTab, Screen, StatusKind};
use parcours::domain::journal::{JournalEntry, JournalKind};

mod common;

use common::script::*;

/// Opens the export dialog on the person on screen and aims it at `dest`.
fn export_dialog(app: &mut parcours::app::runtime::App, dest: &Path) {
    shift(app, 'X');
    assert!(matches!(form_kind(app), Some(FormKind::Export { .. })), "{:?}", app.model.overlay);
    tab_to(app, FieldId::Destination);
    clear_line(app);
    type_text(app, &dest.display().to_string());
}

fn status(app: &parcours::app::runtime::App) -> (StatusKind, String) {
    let s = app.model.status.as_ref().expect("something is said");
    (s.kind, s.text.clone())
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn the_plan_of_m_r_is_exported_to_a_private_file() {
    let dir = demo_dir();
    let out = tempfile::tempdir().unwrap();
    let mut app = start(dir.path());
    open_with_keys(&mut app, "M. R.");
    shift(&mut app, 'X');
    // The plan in HTML is proposed first, under a name that says what, who and when.
    let proposed = field_text(&app, FieldId::Destination);
    assert!(proposed.ends_with(&format!("plan-M-R-{}.html", today().format("%Y-%m-%d"))), "{proposed}");
    press(&mut app, KeyCode::Esc);
    let dest = out.path().join("plan-M-R.html");
    export_dialog(&mut app, &dest);
    ctrl(&mut app, 's');
    assert!(app.model.overlay.is_none(), "{:?}", app.model.overlay);
    let (kind, said) = status(&app);
    assert_eq!(kind, StatusKind::Success);
    assert!(said.contains(&dest.display().to_string()), "{said}");
    let html = std::fs::read_to_string(&dest).unwrap();
    assert!(html.contains("<html") && html.contains("M. R."), "{html}");
    // The same document as the command line's.
    let plan = app.store.plan(app.model.person.as_ref().unwrap().case.person.id).unwrap();
    let axis = plan.axes.first().expect("M. R. has a plan");
    assert!(html.contains(&parcours::export::html::escape(&axis.title)), "{html}");
    #[cfg(unix)]
    assert_eq!(mode(&dest), 0o600);
}

#[test]
fn what_the_guard_finds_is_listed_and_the_export_may_be_made_anyway() {
    let dir = demo_dir();
    let out = tempfile::tempdir().unwrap();
    let mut app = start(dir.path());
    let ines = app.store.find_person("Inès, 19 ans").unwrap().id;
    let mut planted = JournalEntry::new_draft(ines, day(2026, 11, 20));
    planted.kind = JournalKind::Call;
    planted.summary = "Rappeler sa tante au 06 12 34 56 78.".into();
    let planted = app.store.save_journal_entry(&planted).unwrap();
    let dest = out.path().join("bilan.html");
    open_with_keys(&mut app, "Inès, 19 ans");
    export_dialog(&mut app, &dest);
    // The bilan carries the journal.
    tab_to(&mut app, FieldId::ExportWhat);
    press(&mut app, KeyCode::Right);
    ctrl(&mut app, 's');
    let Some(Overlay::ExportFindings { rows, .. }) = &app.model.overlay else {
        panic!("the findings are listed: {:?}", app.model.overlay)
    };
    assert_eq!(rows.len(), 1, "{rows:?}");
    assert_eq!(rows[0].finding.finding.excerpt, "06 12 34 56 78");
    assert!(!dest.exists(), "nothing is written before she decides");
    let screen = screen_text(&mut app);
    assert!(screen.contains("Ce document semble identifier quelqu’un"), "{screen}");
    assert!(screen.contains("téléphone") && screen.contains("06 12 34 56 78"), "{screen}");
    assert!(screen.contains("o exporter quand même"), "{screen}");

    // Esc goes back to the dialog, every choice kept.
    press(&mut app, KeyCode::Esc);
    assert!(matches!(form_kind(&app), Some(FormKind::Export { .. })));
    assert_eq!(field_text(&app, FieldId::Destination), dest.display().to_string());
    // « exporter quand même » writes it.
    ctrl(&mut app, 's');
    press(&mut app, KeyCode::Char('o'));
    assert!(app.model.overlay.is_none(), "{:?}", app.model.overlay);
    assert_eq!(status(&app).0, StatusKind::Success);
    assert!(std::fs::read_to_string(&dest).unwrap().contains("06 12 34 56 78"));

    // And ↵ on a finding opens its record, as « Données identifiantes » does.
    let dest = out.path().join("bilan-2.html");
    export_dialog(&mut app, &dest);
    tab_to(&mut app, FieldId::ExportWhat);
    press(&mut app, KeyCode::Right);
    ctrl(&mut app, 's');
    press(&mut app, KeyCode::Enter);
    assert!(app.model.overlay.is_none());
    assert_eq!(app.model.screen, Screen::Person);
    let p = app.model.person.as_ref().unwrap();
    assert_eq!((p.case.person.id, p.tab), (ines, PersonTab::Journal));
    assert_eq!(p.journal.selected_entry(&p.case.journal, today()).map(|e| e.id), Some(planted.id));
    assert!(!dest.exists());
}

#[test]
fn the_base_file_is_refused_in_one_sentence() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let base = dir.path().join("parcours.db");
    let before = std::fs::read(&base).unwrap();
    open_with_keys(&mut app, "M. R.");
    export_dialog(&mut app, &base);
    ctrl(&mut app, 's');
    let (kind, said) = status(&app);
    assert_eq!(kind, StatusKind::Error);
    assert!(said.starts_with("Refusé") && said.contains("est un fichier de la base de parcours"), "{said}");
    // The dialog stays open, to choose another destination; the base is untouched.
    assert!(matches!(form_kind(&app), Some(FormKind::Export { .. })));
    assert_eq!(std::fs::read(&base).unwrap(), before);
}

#[test]
fn a_folder_that_does_not_exist_is_said() {
    let dir = demo_dir();
    let out = tempfile::tempdir().unwrap();
    let mut app = start(dir.path());
    let dest = out.path().join("nowhere").join("plan.html");
    open_with_keys(&mut app, "M. R.");
    export_dialog(&mut app, &dest);
    ctrl(&mut app, 's');
    let (kind, said) = status(&app);
    assert_eq!(kind, StatusKind::Error);
    assert!(said.starts_with("Impossible d’écrire"), "{said}");
    assert!(!dest.exists());
}

#[test]
fn the_palette_offers_the_export_on_every_tab_of_a_person() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    open_with_keys(&mut app, "M. R.");
    for tab in PersonTab::ALL {
        go_to(&mut app, tab);
        press(&mut app, KeyCode::Char(':'));
        type_text(&mut app, "export");
        press(&mut app, KeyCode::Enter);
        assert!(matches!(form_kind(&app), Some(FormKind::Export { .. })), "{tab:?}: {:?}", app.model.overlay);
        press(&mut app, KeyCode::Esc);
        assert!(app.model.overlay.is_none());
    }
}

#[test]
fn the_ecomap_and_the_dpp_in_word_are_written_as_the_command_line_writes_them() {
    let dir = demo_dir();
    let out = tempfile::tempdir().unwrap();
    let mut app = start(dir.path());
    open_with_keys(&mut app, "M. R.");
    // The écocarte, third document, in SVG.
    shift(&mut app, 'X');
    press(&mut app, KeyCode::Right);
    press(&mut app, KeyCode::Right);
    tab_to(&mut app, FieldId::Destination);
    let svg = field_text(&app, FieldId::Destination);
    assert!(svg.ends_with(&format!("ecocarte-M-R-{}.svg", today().format("%Y-%m-%d"))), "{svg}");
    clear_line(&mut app);
    let svg = out.path().join("ecocarte.svg");
    type_text(&mut app, &svg.display().to_string());
    ctrl(&mut app, 's');
    assert_eq!(status(&app).0, StatusKind::Success, "{:?}", app.model.status);
    assert!(std::fs::read_to_string(&svg).unwrap().contains("<svg"));
    // The DPP, fifth document, in Word: a ZIP package.
    shift(&mut app, 'X');
    for _ in 0..4 {
        press(&mut app, KeyCode::Right);
    }
    tab_to(&mut app, FieldId::ExportFormat);
    press(&mut app, KeyCode::Right);
    tab_to(&mut app, FieldId::Destination);
    let docx = field_text(&app, FieldId::Destination);
    assert!(docx.ends_with(".docx"), "{docx}");
    clear_line(&mut app);
    let docx = out.path().join("dpp.docx");
    type_text(&mut app, &docx.display().to_string());
    ctrl(&mut app, 's');
    assert_eq!(status(&app).0, StatusKind::Success, "{:?}", app.model.status);
    assert!(std::fs::read(&docx).unwrap().starts_with(b"PK"));
    #[cfg(unix)]
    assert_eq!((mode(&svg), mode(&docx)), (0o600, 0o600));
}

//! The pure `update` of « Exporter… »: the dialog, what its choices ask of the runtime, the
//! guard's findings and what the user decides about them. No store, no terminal.

use std::path::PathBuf;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use parcours::app::effect::Effect;
use parcours::app::form::{FieldId, FormKind};
use parcours::app::keymap::Keymap;
use parcours::app::model::{Model, Overlay, PersonTab, Screen, StatusKind};
use parcours::app::msg::Msg;
use parcours::app::screens::competencies::Jump;
use parcours::app::screens::export::{Document, ExportRequest};
use parcours::app::screens::findings::FindingRow;
use parcours::app::update::update;
use parcours::cli::{BilanFormat, PlanFormat};
use parcours::commands::scene::screenshot_day;
use parcours::domain::journal::JournalKind;
use parcours::domain::life_domain::default_domains;
use parcours::domain::person::Person;
use parcours::i18n::Lang;
use parcours::privacy::records::{Location, RecordFinding};

fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn shift(c: char) -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::SHIFT))
}

fn ctrl(c: char) -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

/// M. R. open on his diagnostic, the export folder known.
fn on_m_r() -> Model {
    let mut m = Model::new(screenshot_day(), Lang::Fr, Keymap::default_keymap(), default_domains());
    m.export_folder = Some(PathBuf::from("/home/marie/Documents"));
    let p = Person { id: 3, pseudonym: "M. R.".into(), ..Person::new_draft(screenshot_day()) };
    assert!(update(&mut m, Msg::PersonLoaded(p, vec![])).is_empty());
    assert_eq!(m.screen, Screen::Person);
    m
}

fn field(m: &Model, id: FieldId) -> String {
    match &m.overlay {
        Some(Overlay::Form(f)) => f.fields.iter().find(|f| f.id == id).map(|f| f.text()).unwrap_or_default(),
        other => panic!("no form: {other:?}"),
    }
}

fn finding() -> FindingRow {
    let place = Location::Journal { date: screenshot_day(), kind: JournalKind::Call };
    let found = parcours::privacy::scan("Rappeler au 06 12 34 56 78.").remove(0);
    FindingRow {
        person: 3,
        pseudonym: "M. R.".into(),
        finding: RecordFinding { place, field: "summary".into(), finding: found },
        jump: Jump::Journal(3, 42),
    }
}

#[test]
fn x_opens_the_dialog_proposing_the_plan_in_the_documents_folder() {
    let mut m = on_m_r();
    assert!(update(&mut m, shift('X')).is_empty());
    assert!(matches!(&m.overlay, Some(Overlay::Form(f)) if matches!(f.kind, FormKind::Export { person: 3, .. })));
    assert_eq!(field(&m, FieldId::Destination), "/home/marie/Documents/plan-M-R-2026-11-22.html");
    // Saving asks the runtime for the plan in HTML there, guarded.
    let effects = update(&mut m, ctrl('s'));
    let expected = ExportRequest {
        person: 3,
        document: Document::Plan(PlanFormat::Html),
        dest: PathBuf::from("/home/marie/Documents/plan-M-R-2026-11-22.html"),
        force: false,
    };
    assert_eq!(effects, vec![Effect::Export(expected)]);
    // The dialog waits for the result.
    assert!(matches!(m.overlay, Some(Overlay::Form(_))));
}

#[test]
fn the_format_and_the_file_name_follow_the_document_chosen() {
    let mut m = on_m_r();
    update(&mut m, shift('X'));
    update(&mut m, key(KeyCode::Right));
    assert_eq!(field(&m, FieldId::Destination), "/home/marie/Documents/bilan-M-R-2026-11-22.html");
    update(&mut m, key(KeyCode::Tab));
    update(&mut m, key(KeyCode::Right));
    assert_eq!(field(&m, FieldId::Destination), "/home/marie/Documents/bilan-M-R-2026-11-22.md");
    let effects = update(&mut m, ctrl('s'));
    assert!(
        matches!(&effects[..], [Effect::Export(r)] if r.document == Document::Bilan(BilanFormat::Md)),
        "{effects:?}"
    );
}

#[test]
fn the_destination_is_not_scanned_for_names() {
    let mut m = on_m_r();
    // A folder bearing the user's own name is not someone to hide.
    assert!(!parcours::privacy::scan("/home/Marie Dupont/Documents").is_empty());
    m.export_folder = Some(PathBuf::from("/home/Marie Dupont/Documents"));
    update(&mut m, shift('X'));
    let effects = update(&mut m, ctrl('s'));
    assert_eq!(effects.len(), 1, "{:?}", m.overlay);
}

#[test]
fn the_findings_are_listed_and_the_user_decides() {
    let mut m = on_m_r();
    update(&mut m, shift('X'));
    let Some(Effect::Export(request)) = update(&mut m, ctrl('s')).pop() else { panic!("an export") };
    assert!(update(&mut m, Msg::ExportFindings(request.clone(), vec![finding(), finding()])).is_empty());
    assert!(matches!(&m.overlay, Some(Overlay::ExportFindings { selected: 0, rows, .. }) if rows.len() == 2));
    update(&mut m, key(KeyCode::Down));
    assert!(matches!(&m.overlay, Some(Overlay::ExportFindings { selected: 1, .. })));
    update(&mut m, Msg::Click(parcours::app::msg::Target::FindingRow(0)));
    assert!(matches!(&m.overlay, Some(Overlay::ExportFindings { selected: 0, .. })));
    update(&mut m, Msg::Click(parcours::app::msg::Target::FindingRow(1)));
    assert!(matches!(&m.overlay, Some(Overlay::ExportFindings { selected: 1, .. })));
    // « o » exports anyway; the dialog stays until the file is written.
    let forced = update(&mut m, key(KeyCode::Char('o')));
    assert_eq!(forced, vec![Effect::Export(ExportRequest { force: true, ..request.clone() })]);
    assert!(matches!(&m.overlay, Some(Overlay::ExportFindings { .. })));
    assert!(update(&mut m, Msg::Exported(request.dest.clone())).is_empty());
    assert!(m.overlay.is_none());
    let status = m.status.as_ref().unwrap();
    assert_eq!(status.kind, StatusKind::Success);
    assert_eq!(status.text, "Exporté dans «\u{a0}/home/marie/Documents/plan-M-R-2026-11-22.html\u{a0}».");
}

#[test]
fn esc_goes_back_to_the_dialog_and_enter_opens_the_record() {
    let mut m = on_m_r();
    update(&mut m, shift('X'));
    update(&mut m, key(KeyCode::Right));
    let Some(Effect::Export(request)) = update(&mut m, ctrl('s')).pop() else { panic!("an export") };
    update(&mut m, Msg::ExportFindings(request.clone(), vec![finding()]));
    assert!(update(&mut m, key(KeyCode::Esc)).is_empty());
    // Every choice kept.
    assert_eq!(field(&m, FieldId::Destination), "/home/marie/Documents/bilan-M-R-2026-11-22.html");
    update(&mut m, ctrl('s'));
    update(&mut m, Msg::ExportFindings(request, vec![finding()]));
    let effects = update(&mut m, key(KeyCode::Enter));
    assert_eq!(effects, vec![Effect::LoadPerson(3)]);
    assert!(m.overlay.is_none());
    assert_eq!((m.pending_tab, m.pending_journal), (Some(PersonTab::Journal), Some(42)));
}

#[test]
fn a_failure_leaves_the_dialog_open_with_the_sentence() {
    let mut m = on_m_r();
    update(&mut m, shift('X'));
    update(&mut m, ctrl('s'));
    let sentence =
        "Refusé : « /d/parcours.db » est un fichier de la base de parcours ; choisissez une autre destination.";
    update(&mut m, Msg::Failed(sentence.into(), parcours::log::ErrorCategory::BaseFile));
    assert!(matches!(m.overlay, Some(Overlay::Form(_))));
    assert_eq!(m.status.as_ref().map(|s| (s.kind, s.text.as_str())), Some((StatusKind::Error, sentence)));
}

#[test]
fn the_dialog_is_only_about_a_person() {
    let mut m = Model::new(screenshot_day(), Lang::Fr, Keymap::default_keymap(), default_domains());
    assert!(update(&mut m, Msg::Action(parcours::app::action::Action::Export)).is_empty());
    assert!(m.overlay.is_none());
}

#[test]
fn a_document_clicked_in_the_finder_brings_its_formats_and_file_name_like_one_chosen_by_key() {
    let mut m = on_m_r();
    update(&mut m, shift('X'));
    update(&mut m, ctrl('k'));
    assert!(matches!(m.overlay, Some(Overlay::CodePicker(..))), "{:?}", m.overlay);
    update(&mut m, Msg::Click(parcours::app::msg::Target::PickerItem(1)));
    assert_eq!(field(&m, FieldId::Destination), "/home/marie/Documents/bilan-M-R-2026-11-22.html");
    let effects = update(&mut m, ctrl('s'));
    assert!(
        matches!(&effects[..], [Effect::Export(r)] if r.document == Document::Bilan(BilanFormat::Html)),
        "{effects:?}"
    );
}

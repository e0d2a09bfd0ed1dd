//! Key and mouse scripts through `App::handle_event` — the routing the real terminal uses — on a
//! database in a temporary folder. What was saved is checked by reopening the database after the
//! application is dropped, as the next start would see it.

use std::path::Path;

use chrono::NaiveDate;
use crossterm::event::{Event, KeyCode, KeyModifiers, MouseButton, MouseEvent, MouseEventKind};
use parcours::app::form::FieldId;
use parcours::app::model::{Confirm, DiagnosticMode, Overlay, PersonTab, Screen, StatusKind};
use parcours::app::runtime::App;
use parcours::commands::scene::draw;
use parcours::render::to_text;
use parcours::store::Store;

mod common;

use common::script::*;

fn mouse(app: &mut App, kind: MouseEventKind, column: u16, row: u16) {
    app.handle_event(Event::Mouse(MouseEvent { kind, column, row, modifiers: KeyModifiers::NONE }));
}

fn selected_domain_key(app: &App) -> String {
    let p = app.model.person.as_ref().expect("a person is open");
    app.model.domains[p.domain].key.clone()
}

#[test]
fn a_enter_on_the_welcome_screen_loads_the_demo() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = start(dir.path());
    assert_eq!(app.model.screen, Screen::Welcome);
    assert!(screen_text(&mut app).contains("Bienvenue"));
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.model.screen, Screen::FileActive);
    assert_eq!(app.model.visible_rows().len(), 6);
    assert_eq!(app.model.status.as_ref().map(|s| s.kind), Some(StatusKind::Success));
    let text = screen_text(&mut app);
    assert!(text.contains("6 personnes"), "{text}");
    drop(app);
    let store = open_store(dir.path());
    assert_eq!(store.persons(true).unwrap().len(), 6);
}

#[test]
fn a_the_welcome_screen_can_start_with_a_new_person() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = start(dir.path());
    press(&mut app, KeyCode::Down);
    assert_eq!(app.model.welcome.choice, 1);
    press(&mut app, KeyCode::Enter);
    assert_eq!(focused_field(&app), Some(FieldId::Pseudonym));
}

#[test]
fn b_a_new_person_is_saved_and_her_diagnostic_shown() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    press(&mut app, KeyCode::Char('n'));
    assert_eq!(focused_field(&app), Some(FieldId::Pseudonym));
    type_text(&mut app, "Mme Z.");
    for _ in 0..3 {
        press(&mut app, KeyCode::Tab);
    }
    assert_eq!(focused_field(&app), Some(FieldId::Dispositif));
    type_text(&mut app, "PCPE");
    ctrl(&mut app, 's');
    assert!(app.model.overlay.is_none(), "the form closes once saved");
    assert_eq!(app.model.screen, Screen::Person);
    assert_eq!(open_pseudonym(&app).as_deref(), Some("Mme Z."));
    assert_eq!(app.model.person.as_ref().unwrap().tab, PersonTab::Diagnostic);
    assert_eq!(app.model.rows.len(), 7, "the file active is reloaded");
    let text = screen_text(&mut app);
    assert!(text.contains("Mme Z. (PCPE)"), "{text}");
    assert!(text.contains("Domaines de vie 0/10"), "{text}");
    drop(app);

    let store = open_store(dir.path());
    let p = store.find_person("Mme Z.").unwrap();
    assert_eq!(p.dispositif, "PCPE");
    assert_eq!(p.referral_date, Some(today()));
    assert!(!p.archived);
    assert_eq!(store.persons(true).unwrap().len(), 7);
}

#[test]
fn b_a_taken_pseudonym_is_refused_and_the_form_kept() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "m. r.");
    tab_to(&mut app, FieldId::Dispositif);
    type_text(&mut app, "SAVS");
    ctrl(&mut app, 's');
    assert!(matches!(app.model.overlay, Some(Overlay::Form(_))), "nothing typed is lost");
    assert_eq!(field_text(&app, FieldId::Pseudonym), "m. r.");
    assert_eq!(field_text(&app, FieldId::Dispositif), "SAVS");
    let status = app.model.status.clone().unwrap();
    assert_eq!(status.kind, StatusKind::Error);
    assert!(screen_text(&mut app).contains("déjà utilisé"));
    drop(app);
    assert_eq!(open_store(dir.path()).persons(true).unwrap().len(), 6);
}

#[test]
fn b_what_was_typed_never_reaches_the_log() {
    let dir = demo_dir();
    let mut store = open_store(dir.path());
    let mut zq = parcours::domain::person::Person::new_draft(today());
    zq.pseudonym = "Zébulon-Xq".into();
    store.insert_person(&zq).unwrap();
    drop(store);
    let log = dir.path().join(parcours::log::LOG_FILE);
    let mut app = start(dir.path());
    app.log = Some(log.clone());
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "zébulon-xq");
    ctrl(&mut app, 's');
    assert!(screen_text(&mut app).contains("déjà utilisé"));
    drop(app);
    let written = std::fs::read_to_string(&log).unwrap();
    assert!(written.contains("failed save_person: PseudonymTaken"), "{written}");
    assert!(!written.to_lowercase().contains("xq"), "{written}");
}

/// Opens Mme D. (no « logement » yet) on « Logement » with the keys, and opens the entry form.
fn open_logement_of_mme_d(app: &mut App) -> i64 {
    open_with_keys(app, "Mme D.");
    assert_eq!(selected_domain_key(app), "sante");
    press(app, KeyCode::Down);
    press(app, KeyCode::Down);
    assert_eq!(selected_domain_key(app), "logement");
    press(app, KeyCode::Enter);
    assert_eq!(focused_field(app), Some(FieldId::Situation));
    app.model.person.as_ref().unwrap().case.person.id
}

/// Her « logement » entry opened, a situation written, the cursor in the needs.
fn at_the_needs_of_mme_d(app: &mut App) -> i64 {
    let id = open_logement_of_mme_d(app);
    type_text(app, "Loyer impayé.");
    tab_to(app, FieldId::Needs);
    id
}

#[test]
fn c_a_coded_need_without_words_is_refused_naming_its_line() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    at_the_needs_of_mme_d(&mut app);
    type_text(&mut app, "Garder son appartement");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "[1.3.2.1] Payer le loyer");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "[1.3.2.1]");
    ctrl(&mut app, 's');
    assert_eq!(focused_field(&app), Some(FieldId::Needs), "the form stays, on the needs");
    let text = screen_text(&mut app);
    assert!(text.contains("ligne 3\u{a0}: un besoin codé doit aussi être décrit."), "{text}");
}

#[test]
fn c_ctrl_k_in_the_needs_finder_brings_the_code_with_its_label() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let id = at_the_needs_of_mme_d(&mut app);
    ctrl(&mut app, 'k');
    type_text(&mut app, "fonctions mentales");
    assert!(screen_text(&mut app).contains("Ctrl-K avec son libellé"), "the finder says so");
    let label = "Besoins en matière de fonctions mentales, psychiques, cognitives et du système nerveux";
    // On an empty line: the code and its label, a need described in the nomenclature's words.
    ctrl(&mut app, 'k');
    assert_eq!(field_text(&app, FieldId::Needs), format!("[1.1.1] {label}"));
    // On a line with her words: they stay, the coded need comes on its own line.
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "Dormir la nuit");
    ctrl(&mut app, 'k');
    type_text(&mut app, "fonctions mentales");
    ctrl(&mut app, 'k');
    assert_eq!(field_text(&app, FieldId::Needs), format!("[1.1.1] {label}\nDormir la nuit\n[1.1.1] {label}"));
    ctrl(&mut app, 's');
    assert!(app.model.overlay.is_none(), "saved: {:?}", app.model.status);
    let entry = app.store.latest_entries(id).unwrap().into_iter().find(|e| e.domain == "logement").expect("saved");
    assert_eq!(entry.needs.len(), 3);
    assert_eq!((entry.needs[0].serafin_code.as_deref(), entry.needs[0].text.as_str()), (Some("1.1.1"), label));
}

#[test]
fn c_an_entry_is_written_coded_and_revised() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let id = open_logement_of_mme_d(&mut app);
    type_text(&mut app, "Loyer impayé depuis deux mois.");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Je veux rester chez moi.");
    press(&mut app, KeyCode::Tab);
    assert_eq!(focused_field(&app), Some(FieldId::Needs));
    type_text(&mut app, "Garder son appartement");
    ctrl(&mut app, 'k');
    assert!(matches!(app.model.overlay, Some(Overlay::CodePicker(..))));
    type_text(&mut app, "logement");
    assert!(screen_text(&mut app).contains("Besoins pour vivre dans un logement"));
    press(&mut app, KeyCode::Enter);
    let needs = field_text(&app, FieldId::Needs);
    assert!(needs.starts_with("[1.3.2") && needs.ends_with("] Garder son appartement"), "{needs}");
    ctrl(&mut app, 's');
    assert!(app.model.overlay.is_none(), "saved: {:?}", app.model.status);
    assert_eq!(app.model.status.as_ref().map(|s| s.kind), Some(StatusKind::Success));
    let text = screen_text(&mut app);
    assert!(text.contains("Loyer impayé depuis deux mois."), "the saved entry is shown:\n{text}");
    drop(app);

    let store = open_store(dir.path());
    let entry = store.latest_entries(id).unwrap().into_iter().find(|e| e.domain == "logement").expect("saved");
    assert_eq!(entry.revision, 1);
    assert_eq!(entry.situation, "Loyer impayé depuis deux mois.");
    assert_eq!(entry.person_words, "Je veux rester chez moi.");
    assert_eq!(entry.needs.len(), 1);
    assert_eq!(entry.needs[0].text, "Garder son appartement");
    let code = entry.needs[0].serafin_code.clone().expect("coded");
    assert!(code.starts_with("1.3.2"), "{code}");
    assert_eq!(entry.date, today());
    drop(store);

    // Next session: the same domain is written again, a second revision is kept beside the first.
    let mut app = start(dir.path());
    let again = open_logement_of_mme_d(&mut app);
    assert_eq!(again, id);
    assert_eq!(field_text(&app, FieldId::Situation), "Loyer impayé depuis deux mois.");
    tab_to(&mut app, FieldId::Resources);
    type_text(&mut app, "Bailleur joignable.");
    ctrl(&mut app, 's');
    assert!(app.model.overlay.is_none());
    // Saving the form unchanged adds no revision.
    press(&mut app, KeyCode::Enter);
    ctrl(&mut app, 's');
    assert!(app.model.overlay.is_none());
    // The history shows both.
    press(&mut app, KeyCode::Char('h'));
    match &app.model.person.as_ref().unwrap().mode {
        DiagnosticMode::History { revisions, .. } => assert_eq!(revisions.len(), 2),
        other => panic!("expected the history, got {other:?}"),
    }
    assert!(screen_text(&mut app).contains("Révision 2"));
    drop(app);

    let store = open_store(dir.path());
    let history = store.entry_history(id, "logement").unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].revision, 2);
    assert_eq!(history[0].resources, "Bailleur joignable.");
    assert_eq!(history[0].needs, history[1].needs);
    assert_eq!(history[1].revision, 1);
    assert_eq!(history[1].resources, "");
}

#[test]
fn d_a_dirty_form_cancelled_saves_nothing() {
    let dir = demo_dir();
    let before = {
        let store = open_store(dir.path());
        (store.persons(true).unwrap(), store.audit_count().unwrap())
    };
    let mut app = start(dir.path());
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "Mme Y.");
    press(&mut app, KeyCode::Esc);
    assert!(matches!(app.model.overlay, Some(Overlay::Confirm { what: Confirm::DiscardForm, .. })));
    assert!(screen_text(&mut app).contains("Abandonner les modifications"));
    press(&mut app, KeyCode::Char('o'));
    assert!(app.model.overlay.is_none());
    assert_eq!(app.model.screen, Screen::FileActive);

    // The same for a diagnosis entry.
    open_with_keys(&mut app, "M. R.");
    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "Texte qui ne sera pas gardé. ");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('o'));
    assert!(app.model.overlay.is_none());
    drop(app);

    let store = open_store(dir.path());
    assert_eq!(store.persons(true).unwrap(), before.0);
    assert_eq!(store.audit_count().unwrap(), before.1, "not one write");
}

#[test]
fn e_an_impossible_date_is_refused_then_fixed() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let id = open_logement_of_mme_d(&mut app);
    type_text(&mut app, "Hébergée chez sa fille.");
    tab_to(&mut app, FieldId::Date);
    assert_eq!(field_text(&app, FieldId::Date), "22/11/2026");
    clear_line(&mut app);
    type_text(&mut app, "31/02/2026");
    assert_eq!(field_text(&app, FieldId::Date), "31/02/2026");
    tab_to(&mut app, FieldId::Situation);
    ctrl(&mut app, 's');
    assert!(matches!(app.model.overlay, Some(Overlay::Form(_))));
    assert_eq!(focused_field(&app), Some(FieldId::Date), "the focus goes to the field to fix");
    assert_eq!(app.model.status.as_ref().map(|s| s.kind), Some(StatusKind::Error));
    let text = screen_text(&mut app);
    assert!(text.contains("Ce jour n’existe pas"), "{text}");
    assert!(open_store_while_open_is_refused(dir.path()));
    clear_line(&mut app);
    type_text(&mut app, "28/02/2026");
    ctrl(&mut app, 's');
    assert!(app.model.overlay.is_none(), "{:?}", app.model.status);
    drop(app);

    let store = open_store(dir.path());
    let history = store.entry_history(id, "logement").unwrap();
    assert_eq!(history.len(), 1, "only the corrected entry was saved");
    assert_eq!(history[0].date, NaiveDate::from_ymd_opt(2026, 2, 28).unwrap());
    assert_eq!(history[0].situation, "Hébergée chez sa fille.");
}

/// While the app holds the database, a second instance is refused (so the checks after
/// `drop(app)` really read what the app wrote and closed).
fn open_store_while_open_is_refused(dir: &Path) -> bool {
    Store::open(dir).is_err()
}

#[test]
fn e_an_impossible_consent_date_on_a_person_is_refused() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "Mme W.");
    // Consent cannot come before the referral, which a new person's form sets to today.
    tab_to(&mut app, FieldId::ReferralDate);
    clear_line(&mut app);
    type_text(&mut app, "15/02/2026");
    tab_to(&mut app, FieldId::ConsentDate);
    type_text(&mut app, "31/02/2026");
    ctrl(&mut app, 's');
    assert_eq!(focused_field(&app), Some(FieldId::ConsentDate));
    assert!(screen_text(&mut app).contains("Ce jour n’existe pas"));
    clear_line(&mut app);
    type_text(&mut app, "01/03/2026");
    ctrl(&mut app, 's');
    assert_eq!(open_pseudonym(&app).as_deref(), Some("Mme W."));
    drop(app);
    let p = open_store(dir.path()).find_person("Mme W.").unwrap();
    assert_eq!(p.consent_date, NaiveDate::from_ymd_opt(2026, 3, 1));
}

#[test]
fn f_search_opens_the_person_on_the_domain_that_matched() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "expulsion");
    let hits = app.model.file_active.text_hits.clone();
    assert!(!hits.is_empty(), "a diagnosis mentions it");
    let text = screen_text(&mut app);
    assert!(text.contains("[expulsion]"), "{text}");
    let selected = app.model.selected_row().expect("a person matches").person.id;
    let hit = hits.iter().find(|h| h.person_id == selected).expect("the selected person is a hit");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.model.screen, Screen::Person);
    let p = app.model.person.as_ref().unwrap();
    assert_eq!(p.case.person.id, selected);
    assert_eq!(p.case.person.pseudonym, "M. R.");
    assert_eq!(p.tab, PersonTab::Diagnostic);
    assert_eq!(Some(selected_domain_key(&app)), hit.domain.clone());
    assert_eq!(selected_domain_key(&app), "logement");
    assert!(screen_text(&mut app).contains("expulsion"));
    // Back: the filter is still there, Esc again clears it.
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.model.screen, Screen::FileActive);
    assert_eq!(app.model.file_active.filter.as_deref(), Some("expulsion"));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.model.file_active.filter, None);
    assert_eq!(app.model.visible_rows().len(), 6);
}

#[test]
fn g_the_mouse_selects_opens_and_switches_tabs() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let text = screen_text(&mut app);
    let second = app.model.rows[app.model.visible_rows()[1]].person.pseudonym.clone();
    let (_, y) = find_on_screen(&text, &second).expect("second row drawn");
    click(&mut app, 10, y);
    assert_eq!(app.model.file_active.selected, 1);
    assert_eq!(app.model.screen, Screen::FileActive, "a first click only selects");
    screen_text(&mut app);
    click(&mut app, 10, y);
    assert_eq!(app.model.screen, Screen::Person);
    assert_eq!(open_pseudonym(&app), Some(second));
    assert_eq!(app.model.person.as_ref().unwrap().tab, PersonTab::Diagnostic);

    let text = screen_text(&mut app);
    let (x, y) = find_on_screen(&text, " Fiche ").expect("tab drawn");
    click(&mut app, x + 2, y);
    assert_eq!(app.model.person.as_ref().unwrap().tab, PersonTab::Card);
    let text = screen_text(&mut app);
    assert!(text.contains("Cadre de l’accompagnement"), "{text}");
    let (x, y) = find_on_screen(&text, " Diagnostic ").expect("tab drawn");
    click(&mut app, x + 2, y);
    assert_eq!(app.model.person.as_ref().unwrap().tab, PersonTab::Diagnostic);

    // A domain is chosen with a click too.
    let text = screen_text(&mut app);
    let (x, y) = find_on_screen(&text, "Mobilité").expect("domain drawn");
    click(&mut app, x, y);
    assert_eq!(selected_domain_key(&app), "mobilite");
    assert!(app.model.overlay.is_none(), "a first click only chooses");
    // A second click on it opens it.
    screen_text(&mut app);
    click(&mut app, x, y);
    assert!(matches!(form_kind(&app), Some(parcours::app::form::FormKind::Entry(..))), "{:?}", app.model.overlay);
}

#[test]
fn g_the_wheel_moves_and_clicks_outside_targets_do_nothing() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    screen_text(&mut app);
    mouse(&mut app, MouseEventKind::ScrollDown, 50, 10);
    mouse(&mut app, MouseEventKind::ScrollDown, 50, 10);
    assert_eq!(app.model.file_active.selected, 2);
    mouse(&mut app, MouseEventKind::ScrollUp, 50, 10);
    assert_eq!(app.model.file_active.selected, 1);
    // The header line, the border and the footer are not targets.
    for (x, y) in [(5, 0), (0, 5), (5, 35), (119, 35)] {
        click(&mut app, x, y);
        assert_eq!((app.model.screen, app.model.file_active.selected), (Screen::FileActive, 1));
    }
    // A right click or a release is not a click.
    mouse(&mut app, MouseEventKind::Down(MouseButton::Right), 10, 3);
    mouse(&mut app, MouseEventKind::Up(MouseButton::Left), 10, 3);
    assert_eq!(app.model.file_active.selected, 1);
}

#[test]
fn g_clicking_a_form_field_focuses_it() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    press(&mut app, KeyCode::Char('n'));
    let text = screen_text(&mut app);
    let (x, y) = find_on_screen(&text, "Dispositif").expect("label drawn");
    click(&mut app, x, y);
    assert_eq!(focused_field(&app), Some(FieldId::Dispositif));
    type_text(&mut app, "CCAS");
    assert_eq!(field_text(&app, FieldId::Dispositif), "CCAS");
    // A click under a form reaches nothing beneath it.
    assert_eq!(app.model.screen, Screen::FileActive);
}

#[test]
fn h_q_quits_but_is_text_in_a_form() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "q");
    assert!(!app.model.quit);
    assert_eq!(field_text(&app, FieldId::Pseudonym), "q");
    // In the search field too.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('o'));
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "q");
    assert!(!app.model.quit);
    assert_eq!(app.model.file_active.filter.as_deref(), Some("q"));
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('q'));
    assert!(app.model.quit);
}

#[test]
fn h_ctrl_c_quits_from_a_person_too() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    open_with_keys(&mut app, "Léo, 15 ans");
    ctrl(&mut app, 'c');
    assert!(app.model.quit);
}

#[test]
fn h_a_keymap_with_quit_bound_to_nothing_still_lets_ctrl_c_and_the_palette_out() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let (keymap, problems) = parcours::app::keymap::Keymap::with_user_file("[global]\nquit = []\n");
    assert!(problems.is_empty());
    app.model.keymap = keymap;
    press(&mut app, KeyCode::Char('q'));
    assert!(!app.model.quit, "q is bound to nothing now");
    // The palette still offers « Quitter ».
    press(&mut app, KeyCode::Char(':'));
    type_text(&mut app, "Quitter");
    press(&mut app, KeyCode::Enter);
    assert!(app.model.quit, "the palette's « Quitter » quits");
    // Ctrl-C too, from a person; with words typed in a form it asks first.
    drop(app);
    let mut app = start(dir.path());
    app.model.keymap = parcours::app::keymap::Keymap::with_user_file("[global]\nquit = []\n").0;
    open_with_keys(&mut app, "Léo, 15 ans");
    press(&mut app, KeyCode::Char('e'));
    type_text(&mut app, "x");
    ctrl(&mut app, 'c');
    assert!(!app.model.quit, "words not saved: it asks");
    assert!(matches!(app.model.overlay, Some(Overlay::Confirm { what: Confirm::DiscardForm, .. })));
    press(&mut app, KeyCode::Char('o'));
    ctrl(&mut app, 'c');
    assert!(app.model.quit);
}

#[test]
fn i_an_archived_person_leaves_the_file_active_but_stays_in_the_database() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let first = selected_pseudonym(&app).unwrap();
    let id = app.model.selected_row().unwrap().person.id;
    press(&mut app, KeyCode::Char('a'));
    assert!(matches!(app.model.overlay, Some(Overlay::Confirm { what: Confirm::ArchivePerson(x), .. }) if x == id));
    press(&mut app, KeyCode::Char('o'));
    assert_eq!(app.model.visible_rows().len(), 5);
    let text = screen_text(&mut app);
    assert!(!text.contains(&first), "{text}");
    assert!(text.contains("archivée"), "the status tells where she went");

    press(&mut app, KeyCode::Char('A'));
    assert_eq!(app.model.visible_rows().len(), 6);
    let text = screen_text(&mut app);
    let row = text.lines().find(|l| l.contains(&first)).expect("she is listed again");
    assert!(row.contains("archivée"), "marked archived: {row}");
    assert!(!row.contains('⚠'), "no alert for an archived person: {row}");
    let narrow = to_text(&draw(&mut app, 80, 24));
    let row = narrow.lines().find(|l| l.contains(&first)).expect("listed at 80 columns");
    assert!(row.contains("archivée"), "marked archived at 80 columns too: {row}");
    drop(app);

    let store = open_store(dir.path());
    assert!(store.person(id).unwrap().archived);
    assert_eq!(store.persons(false).unwrap().len(), 5);
    assert_eq!(store.persons(true).unwrap().len(), 6);
    drop(store);

    // She can be brought back.
    let mut app = start(dir.path());
    press(&mut app, KeyCode::Char('A'));
    press(&mut app, KeyCode::Home);
    for _ in 0..6 {
        if app.model.selected_row().is_some_and(|r| r.person.id == id) {
            break;
        }
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Char('a'));
    assert!(matches!(app.model.overlay, Some(Overlay::Confirm { what: Confirm::RestorePerson(x), .. }) if x == id));
    press(&mut app, KeyCode::Char('o'));
    drop(app);
    assert!(!open_store(dir.path()).person(id).unwrap().archived);
}

#[test]
fn i_saying_no_to_archiving_changes_nothing() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    press(&mut app, KeyCode::Char('a'));
    press(&mut app, KeyCode::Char('n'));
    assert!(app.model.overlay.is_none());
    assert_eq!(app.model.visible_rows().len(), 6);
    drop(app);
    assert_eq!(open_store(dir.path()).persons(false).unwrap().len(), 6);
}

#[test]
fn a_pasted_text_goes_to_the_field_whole() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    press(&mut app, KeyCode::Char('n'));
    app.handle_event(Event::Paste("Mme\u{1b}[31m P.\nq".into()));
    assert!(!app.model.quit, "a pasted q is not a key");
    assert_eq!(field_text(&app, FieldId::Pseudonym), "Mme[31m P. q");
}

#[test]
fn a_revision_saved_from_the_history_appears_in_it() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    open_with_keys(&mut app, "M. R.");
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Char('h'));
    let count = |app: &App| match &app.model.person.as_ref().unwrap().mode {
        DiagnosticMode::History { revisions, .. } => revisions.len(),
        other => panic!("expected the history, got {other:?}"),
    };
    assert_eq!(count(&app), 3);
    press(&mut app, KeyCode::Enter);
    tab_to(&mut app, FieldId::Source);
    type_text(&mut app, " (relu)");
    ctrl(&mut app, 's');
    assert!(app.model.overlay.is_none());
    assert_eq!(count(&app), 4, "the history shows the revision just saved");
    assert!(screen_text(&mut app).contains("Révision 4"));
}

#[test]
fn g_clicks_follow_a_scrolled_list_and_wide_names() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut store = open_store(dir.path());
        for i in 0..40 {
            let p = parcours::domain::person::Person {
                pseudonym: format!("Personne {i:02} 😀"),
                ..parcours::domain::person::Person::new_draft(today())
            };
            store.insert_person(&p).unwrap();
        }
    }
    let mut app = start(dir.path());
    press(&mut app, KeyCode::End);
    assert_eq!(app.model.file_active.selected, 39);
    let text = to_text(&draw(&mut app, 80, 24));
    assert!(text.contains("Personne 39"), "the list scrolled to the selection:\n{text}");
    assert!(!text.contains("Personne 00"));
    let (_, y) = find_on_screen(&text, "Personne 30").expect("row 30 drawn");
    click(&mut app, 20, y);
    assert_eq!(selected_pseudonym(&app).as_deref(), Some("Personne 30 😀"));
    to_text(&draw(&mut app, 80, 24));
    click(&mut app, 20, y);
    assert_eq!(open_pseudonym(&app).as_deref(), Some("Personne 30 😀"));
    // The tabs after a wide pseudonym are where they are drawn.
    let text = screen_text(&mut app);
    let (x, y) = find_on_screen(&text, " Fiche ").expect("tab drawn");
    click(&mut app, x, y);
    assert_eq!(app.model.person.as_ref().unwrap().tab, PersonTab::Card);
    screen_text(&mut app);
    click(&mut app, x.saturating_sub(2), y);
    assert_eq!(app.model.person.as_ref().unwrap().tab, PersonTab::Card, "left of the tab is not the tab");
}

#[test]
fn g_a_palette_entry_is_run_with_a_click() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    press(&mut app, KeyCode::Char(':'));
    type_text(&mut app, "archives");
    let text = screen_text(&mut app);
    let (x, y) = find_on_screen(&text, "Afficher les archives").expect("entry drawn");
    click(&mut app, x, y);
    assert!(app.model.overlay.is_none());
    assert!(app.model.file_active.show_archived);
}

#[test]
fn a_the_welcome_choices_are_clicked_where_they_are_drawn() {
    for (w, h) in [(80, 24), (120, 36)] {
        let dir = tempfile::tempdir().unwrap();
        let mut app = start(dir.path());
        let text = to_text(&draw(&mut app, w, h));
        let (x, y) = find_on_screen(&text, "Nouvelle personne").expect("choice drawn");
        click(&mut app, x + 3, y);
        assert_eq!(focused_field(&app), Some(FieldId::Pseudonym), "at {w}×{h}:\n{text}");
        press(&mut app, KeyCode::Esc);
        let text = to_text(&draw(&mut app, w, h));
        let (x, y) = find_on_screen(&text, "Découvrir la situation").expect("choice drawn");
        click(&mut app, x + 3, y);
        assert_eq!(app.model.visible_rows().len(), 6, "the demo is loaded at {w}×{h}");
        drop(app);
        assert_eq!(open_store(dir.path()).persons(true).unwrap().len(), 6);
    }
}

#[test]
fn identifying_data_kept_on_purpose_is_shown_on_the_card() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    press(&mut app, KeyCode::Enter);
    assert_eq!(open_pseudonym(&app).as_deref(), Some("Inès, 19 ans"));
    let text = screen_text(&mut app);
    let (x, y) = find_on_screen(&text, " Fiche ").expect("tab drawn");
    click(&mut app, x + 2, y);
    assert!(!screen_text(&mut app).contains("Donnée identifiante"), "the demo identifies no one");
    let (x, y) = find_on_screen(&text, " Diagnostic ").expect("tab drawn");
    click(&mut app, x + 2, y);

    press(&mut app, KeyCode::Enter);
    type_text(&mut app, "Sa tante la joint au 06 45 78 90 12. ");
    ctrl(&mut app, 's');
    assert!(matches!(app.model.overlay, Some(Overlay::Form(_))), "held once");
    assert!(screen_text(&mut app).contains("Ressemble à un téléphone"));
    ctrl(&mut app, 's');
    assert!(app.model.overlay.is_none(), "kept on the second save");

    let text = screen_text(&mut app);
    let (x, y) = find_on_screen(&text, " Fiche ").expect("tab drawn");
    click(&mut app, x + 2, y);
    let text = screen_text(&mut app);
    assert!(
        text.contains("⚠ Donnée identifiante, téléphone «\u{a0}06 45 78 90 12\u{a0}» — diagnostic «\u{a0}Santé\u{a0}», révision 2, situation"),
        "{text}"
    );
}

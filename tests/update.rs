//! The pure `update`: messages in, model changes and effects out. No store, no terminal.

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use parcours::app::effect::Effect;
use parcours::app::form::{FieldError, FieldId, Form, FormKind};
use parcours::app::keymap::Keymap;
use parcours::app::model::{Confirm, DiagnosticMode, Model, Overlay, PersonTab, Screen, StatusKind};
use parcours::app::msg::Msg;
use parcours::app::update::update;
use parcours::commands::scene::screenshot_day;
use parcours::domain::diagnosis::{DiagnosisEntry, Need};
use parcours::domain::life_domain::default_domains;
use parcours::domain::person::{Person, PersonStatus};
use parcours::domain::text::MAX_FIELD_CHARS;
use parcours::i18n::Lang;
use parcours::store::{PersonSummary, SearchHit};

fn today() -> NaiveDate {
    screenshot_day()
}

fn model() -> Model {
    Model::new(today(), Lang::Fr, Keymap::default_keymap(), default_domains())
}

fn press(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn ch(c: char) -> Msg {
    press(KeyCode::Char(c))
}

fn ctrl(c: char) -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

/// Sends each character as a key press and gathers every effect returned.
fn type_text(m: &mut Model, text: &str) -> Vec<Effect> {
    text.chars().flat_map(|c| update(m, ch(c))).collect()
}

fn person(id: i64, pseudonym: &str, status: PersonStatus) -> Person {
    Person {
        id,
        pseudonym: pseudonym.into(),
        dispositif: "DAC".into(),
        last_contact: NaiveDate::from_ymd_opt(2026, 11, 10),
        consent_date: NaiveDate::from_ymd_opt(2026, 9, 1),
        status,
        ..Person::new_draft(today())
    }
}

fn summaries() -> Vec<PersonSummary> {
    [
        (1, "Zoé", PersonStatus::Active),
        (2, "Albert", PersonStatus::Closed),
        (3, "Bruno", PersonStatus::Paused),
        (4, "Émile", PersonStatus::Active),
        (5, "Chloé", PersonStatus::Active),
        (6, "Léon", PersonStatus::Paused),
    ]
    .into_iter()
    .map(|(id, name, status)| PersonSummary {
        person: person(id, name, status),
        domains_explored: 3,
        next_deadline: None,
        late_actions: 0,
        next_evaluation: None,
    })
    .collect()
}

/// A model showing the file active with six persons.
fn loaded() -> Model {
    let mut m = model();
    assert!(update(&mut m, Msg::PersonsLoaded(summaries())).is_empty());
    m
}

fn form(m: &Model) -> &Form {
    match &m.overlay {
        Some(Overlay::Form(form)) => form,
        other => panic!("expected a form, got {other:?}"),
    }
}

fn field_text(m: &Model, id: FieldId) -> String {
    form(m).fields.iter().find(|f| f.id == id).map(|f| f.text()).expect("field in form")
}

fn field_error(m: &Model, id: FieldId) -> Option<FieldError> {
    form(m).fields.iter().find(|f| f.id == id).and_then(|f| f.error)
}

fn entry(person_id: i64, domain: &str, situation: &str) -> DiagnosisEntry {
    DiagnosisEntry {
        id: 10,
        revision: 1,
        situation: situation.into(),
        needs: vec![Need { text: "Un toit".into(), serafin_code: Some("1.3.2.1".into()) }],
        ..DiagnosisEntry::new_draft(person_id, domain, today())
    }
}

/// A model on the diagnostic of person 1, with two domains explored.
fn on_diagnostic() -> Model {
    let mut m = loaded();
    let p = person(1, "Zoé", PersonStatus::Active);
    let entries = vec![entry(1, "sante", "Suivi régulier."), entry(1, "logement", "Dette de loyer.")];
    assert!(update(&mut m, Msg::PersonLoaded(p, entries)).is_empty());
    m
}

#[test]
fn an_empty_store_shows_the_welcome_screen() {
    let mut m = model();
    assert!(update(&mut m, Msg::PersonsLoaded(vec![])).is_empty());
    assert_eq!(m.screen, Screen::Welcome);
    assert!(m.rows.is_empty());
    assert!(m.selected_row().is_none());
}

#[test]
fn loaded_persons_show_the_file_active_active_first() {
    let mut m = model();
    update(&mut m, Msg::PersonsLoaded(vec![]));
    assert_eq!(m.screen, Screen::Welcome);
    update(&mut m, Msg::PersonsLoaded(summaries()));
    assert_eq!(m.screen, Screen::FileActive);
    let names: Vec<&str> = m.rows.iter().map(|r| r.person.pseudonym.as_str()).collect();
    // Active first (accents ignored in the alphabetical order), then paused, then closed.
    assert_eq!(names, ["Chloé", "Émile", "Zoé", "Bruno", "Léon", "Albert"]);
    assert_eq!(m.visible_rows().len(), 6);
    assert_eq!(m.selected_row().map(|r| r.person.id), Some(5));
}

#[test]
fn archived_persons_are_hidden_until_asked_for() {
    let mut all = summaries();
    all[0].person.archived = true;
    let mut m = model();
    update(&mut m, Msg::PersonsLoaded(all));
    assert_eq!(m.visible_rows().len(), 5);
    assert!(m.visible_rows().iter().all(|i| m.rows[*i].person.id != 1));
    assert!(update(&mut m, ch('A')).is_empty());
    assert!(m.file_active.show_archived);
    assert_eq!(m.visible_rows().len(), 6);
}

#[test]
fn n_opens_a_new_person_form() {
    let mut m = loaded();
    assert!(update(&mut m, ch('n')).is_empty());
    let form = form(&m);
    match &form.kind {
        FormKind::Person(p) => {
            assert_eq!(p.id, 0);
            assert!(p.pseudonym.is_empty());
        }
        other => panic!("expected a person form, got {other:?}"),
    }
    assert_eq!(form.fields[form.focus].id, FieldId::Pseudonym);
    assert!(!form.is_dirty());
}

#[test]
fn saving_an_empty_person_form_marks_the_pseudonym_required() {
    let mut m = loaded();
    update(&mut m, ch('n'));
    assert_eq!(update(&mut m, ctrl('s')), vec![]);
    assert_eq!(field_error(&m, FieldId::Pseudonym), Some(FieldError::Required));
    let status = m.status.clone().expect("a status explains the refusal");
    assert_eq!(status.kind, StatusKind::Error);
    assert!(!status.text.is_empty());
    // The form stays open, focused on the field in error.
    assert_eq!(form(&m).fields[form(&m).focus].id, FieldId::Pseudonym);
}

#[test]
fn saving_a_filled_person_form_asks_the_store_to_save_it() {
    let mut m = loaded();
    update(&mut m, ch('n'));
    assert!(type_text(&mut m, "Mme A.").is_empty());
    assert_eq!(field_text(&m, FieldId::Pseudonym), "Mme A.");
    let effects = update(&mut m, ctrl('s'));
    let expected = Person { pseudonym: "Mme A.".into(), ..Person::new_draft(today()) };
    assert_eq!(effects, vec![Effect::SavePerson(expected)]);
    // The form stays until the store says it is saved.
    assert!(matches!(m.overlay, Some(Overlay::Form(_))));
    let saved = Person { id: 42, pseudonym: "Mme A.".into(), ..Person::new_draft(today()) };
    let effects = update(&mut m, Msg::PersonSaved(saved));
    assert_eq!(effects, vec![Effect::LoadPersons, Effect::LoadPerson(42)]);
    assert!(m.overlay.is_none());
    assert_eq!(m.status.as_ref().map(|s| s.kind), Some(StatusKind::Success));
}

#[test]
fn typing_an_error_away_clears_it() {
    let mut m = loaded();
    update(&mut m, ch('n'));
    update(&mut m, ctrl('s'));
    assert_eq!(field_error(&m, FieldId::Pseudonym), Some(FieldError::Required));
    type_text(&mut m, "M");
    assert_eq!(field_error(&m, FieldId::Pseudonym), None);
}

#[test]
fn escape_on_a_dirty_form_asks_before_discarding() {
    let mut m = loaded();
    update(&mut m, ch('n'));
    type_text(&mut m, "Mme B.");
    assert!(update(&mut m, press(KeyCode::Esc)).is_empty());
    match &m.overlay {
        Some(Overlay::Confirm { what: Confirm::DiscardForm, under: Some(under) }) => {
            assert!(matches!(**under, Overlay::Form(_)))
        }
        other => panic!("expected the discard question, got {other:?}"),
    }
    // « n »: back to the form, nothing lost.
    assert!(update(&mut m, ch('n')).is_empty());
    assert_eq!(field_text(&m, FieldId::Pseudonym), "Mme B.");
    // Esc again, then « o »: discarded.
    update(&mut m, press(KeyCode::Esc));
    assert!(matches!(m.overlay, Some(Overlay::Confirm { what: Confirm::DiscardForm, .. })));
    assert!(update(&mut m, ch('o')).is_empty());
    assert!(m.overlay.is_none());
    assert_eq!(m.status.as_ref().map(|s| s.kind), Some(StatusKind::Info));
    assert_eq!(m.screen, Screen::FileActive);
}

#[test]
fn other_keys_leave_the_discard_question_open() {
    let mut m = loaded();
    update(&mut m, ch('n'));
    type_text(&mut m, "x");
    update(&mut m, press(KeyCode::Esc));
    update(&mut m, ch('z'));
    assert!(matches!(m.overlay, Some(Overlay::Confirm { what: Confirm::DiscardForm, .. })));
}

#[test]
fn escape_on_a_clean_form_closes_it_at_once() {
    let mut m = loaded();
    update(&mut m, ch('n'));
    assert!(update(&mut m, press(KeyCode::Esc)).is_empty());
    assert!(m.overlay.is_none());
    assert_eq!(m.screen, Screen::FileActive);
}

#[test]
fn slash_opens_the_filter_and_searches_from_three_letters() {
    let mut m = loaded();
    assert!(update(&mut m, ch('/')).is_empty());
    assert!(m.filter_editing);
    assert_eq!(m.file_active.filter.as_deref(), Some(""));
    assert!(update(&mut m, ch('l')).is_empty(), "one letter is not searched yet");
    assert!(update(&mut m, ch('e')).is_empty(), "two letters filter the pseudonyms only");
    assert_eq!(m.file_active.filter.as_deref(), Some("le"));
    // The filter matches « Léon » (accents ignored) and « Émile », the one whose pseudonym starts
    // as typed first; a key like « q » is text, not quit.
    let visible: Vec<&str> = m.visible_rows().iter().map(|i| m.rows[*i].person.pseudonym.as_str()).collect();
    assert_eq!(visible, ["Léon", "Émile"]);
    assert_eq!(update(&mut m, ch('q')), vec![Effect::Search("leq".into())]);
    assert!(!m.quit);
    assert_eq!(m.file_active.filter.as_deref(), Some("leq"));
}

#[test]
fn search_results_for_the_current_filter_are_kept_stale_ones_dropped() {
    let mut m = loaded();
    update(&mut m, ch('/'));
    type_text(&mut m, "dette");
    let hit = SearchHit {
        person_id: 3,
        pseudonym: "Bruno".into(),
        domain: Some("logement".into()),
        snippet: "[dette] de loyer".into(),
    };
    update(&mut m, Msg::SearchResults("det".into(), vec![hit.clone()]));
    assert!(m.file_active.text_hits.is_empty(), "results of an older query are ignored");
    update(&mut m, Msg::SearchResults("dette".into(), vec![hit]));
    assert_eq!(m.file_active.text_hits.len(), 1);
    // The person whose diagnosis matched is shown although her name does not.
    assert_eq!(m.selected_row().map(|r| r.person.id), Some(3));
    // Enter opens her on the domain that matched.
    let effects = update(&mut m, press(KeyCode::Enter));
    assert_eq!(effects, vec![Effect::LoadPerson(3)]);
    assert!(!m.filter_editing);
    assert_eq!(m.pending_domain, Some(2));
}

#[test]
fn escape_closes_the_filter() {
    let mut m = loaded();
    update(&mut m, ch('/'));
    type_text(&mut m, "zz");
    assert_eq!(m.visible_rows().len(), 0);
    update(&mut m, press(KeyCode::Esc));
    assert!(!m.filter_editing);
    assert_eq!(m.file_active.filter, None);
    assert_eq!(m.visible_rows().len(), 6);
}

#[test]
fn a_failure_keeps_the_form_and_every_word_typed() {
    let mut m = loaded();
    update(&mut m, ch('n'));
    type_text(&mut m, "Zoé");
    let effects = update(&mut m, ctrl('s'));
    assert!(matches!(effects.as_slice(), [Effect::SavePerson(_)]));
    assert!(
        update(
            &mut m,
            Msg::Failed("Le pseudonyme « Zoé » est déjà pris.".into(), parcours::log::ErrorCategory::PseudonymTaken)
        )
        .is_empty()
    );
    assert_eq!(field_text(&m, FieldId::Pseudonym), "Zoé");
    let status = m.status.clone().unwrap();
    assert_eq!(status.kind, StatusKind::Error);
    assert!(status.text.contains("déjà pris"));
    // The error stays visible while the user keeps typing in the form.
    type_text(&mut m, " 2");
    assert_eq!(m.status.as_ref().map(|s| s.kind), Some(StatusKind::Error));
    assert_eq!(field_text(&m, FieldId::Pseudonym), "Zoé 2");
}

fn hostile_paste() -> String {
    let chunk = "Texte collé\u{1b}[2J\u{1b}]0;titre\u{7} \u{9b}31m\u{202E}é\r\n";
    let mut text = String::new();
    while text.chars().count() < 100_000 {
        text.push_str(chunk);
    }
    text
}

#[test]
fn a_huge_hostile_paste_into_a_line_field_is_cleaned_and_cut() {
    let mut m = loaded();
    update(&mut m, ch('n'));
    assert!(update(&mut m, Msg::Paste(hostile_paste())).is_empty());
    let text = field_text(&m, FieldId::Pseudonym);
    assert!(!text.chars().any(char::is_control), "control characters left in {:?}", &text[..80]);
    assert!(!text.contains('\u{202E}'));
    assert!(text.chars().count() <= MAX_FIELD_CHARS + 1, "{} chars kept", text.chars().count());
    assert!(text.ends_with('…'));
    assert!(text.starts_with("Texte collé[2J]0;titre"));
}

#[test]
fn a_huge_hostile_paste_into_a_text_field_keeps_its_lines_only() {
    let mut m = loaded();
    update(&mut m, ch('n'));
    // Tab to « Portée du consentement », a multi-line field.
    while form(&m).fields[form(&m).focus].id != FieldId::ConsentScope {
        update(&mut m, press(KeyCode::Tab));
    }
    update(&mut m, Msg::Paste(hostile_paste()));
    let text = field_text(&m, FieldId::ConsentScope);
    assert!(text.lines().count() > 1, "lines are kept");
    assert!(!text.chars().any(|c| c.is_control() && c != '\n'));
    assert!(text.chars().count() <= MAX_FIELD_CHARS + 1);
    assert!(text.ends_with('…'));
}

#[test]
fn a_paste_into_a_choice_field_is_ignored() {
    let mut m = loaded();
    update(&mut m, ch('n'));
    while form(&m).fields[form(&m).focus].id != FieldId::Status {
        update(&mut m, press(KeyCode::Tab));
    }
    update(&mut m, Msg::Paste("closed".into()));
    assert!(!form(&m).is_dirty());
}

#[test]
fn paging_and_jumping_stay_in_the_list() {
    let mut m = loaded();
    update(&mut m, press(KeyCode::PageDown));
    assert_eq!(m.file_active.selected, 5);
    update(&mut m, press(KeyCode::PageDown));
    assert_eq!(m.file_active.selected, 5);
    update(&mut m, press(KeyCode::Home));
    assert_eq!(m.file_active.selected, 0);
    update(&mut m, press(KeyCode::Up));
    assert_eq!(m.file_active.selected, 0);
    update(&mut m, press(KeyCode::PageUp));
    assert_eq!(m.file_active.selected, 0);
    update(&mut m, press(KeyCode::End));
    assert_eq!(m.file_active.selected, 5);
    update(&mut m, press(KeyCode::Down));
    assert_eq!(m.file_active.selected, 5);
    update(&mut m, ch('g'));
    assert_eq!(m.file_active.selected, 0);
    update(&mut m, ch('j'));
    assert_eq!(m.selected_row().map(|r| r.person.pseudonym.as_str()), Some("Émile"));
}

#[test]
fn a_shorter_list_pulls_the_selection_back() {
    let mut m = loaded();
    update(&mut m, press(KeyCode::End));
    update(&mut m, Msg::PersonsLoaded(summaries().into_iter().take(2).collect()));
    assert_eq!(m.file_active.selected, 1);
    assert!(m.selected_row().is_some());
}

#[test]
fn the_diagnostic_moves_between_domains_and_modes() {
    let mut m = on_diagnostic();
    assert_eq!(m.screen, Screen::Person);
    let p = m.person.as_ref().unwrap();
    assert_eq!((p.tab, p.domain, &p.mode), (PersonTab::Diagnostic, 0, &DiagnosticMode::Entry));

    update(&mut m, press(KeyCode::Down));
    assert_eq!(m.person.as_ref().unwrap().domain, 1);
    update(&mut m, press(KeyCode::Down));
    assert_eq!(m.person.as_ref().unwrap().domain, 2);
    assert_eq!(update(&mut m, ch('h')), vec![Effect::LoadHistory(1, "logement".into())]);
    let revisions = vec![entry(1, "logement", "Dette de loyer."), entry(1, "logement", "Première version.")];
    update(&mut m, Msg::HistoryLoaded("logement".into(), revisions));
    assert!(matches!(m.person.as_ref().unwrap().mode, DiagnosticMode::History { selected: 0, .. }));
    update(&mut m, press(KeyCode::Down));
    assert!(matches!(m.person.as_ref().unwrap().mode, DiagnosticMode::History { selected: 1, .. }));
    update(&mut m, press(KeyCode::Down));
    assert!(matches!(m.person.as_ref().unwrap().mode, DiagnosticMode::History { selected: 1, .. }));
    // « h » again closes the history.
    assert!(update(&mut m, ch('h')).is_empty());
    assert_eq!(m.person.as_ref().unwrap().mode, DiagnosticMode::Entry);

    update(&mut m, ch('s'));
    assert_eq!(m.person.as_ref().unwrap().mode, DiagnosticMode::Synthesis);
    update(&mut m, ch('s'));
    assert_eq!(m.person.as_ref().unwrap().mode, DiagnosticMode::Entry);
    update(&mut m, ch('s'));
    assert_eq!(m.person.as_ref().unwrap().mode, DiagnosticMode::Synthesis);

    // Esc: synthesis → entry, then entry → file active, reloaded.
    assert!(update(&mut m, press(KeyCode::Esc)).is_empty());
    assert_eq!(m.screen, Screen::Person);
    assert_eq!(m.person.as_ref().unwrap().mode, DiagnosticMode::Entry);
    assert_eq!(update(&mut m, press(KeyCode::Esc)), vec![Effect::LoadPersons]);
    assert_eq!(m.screen, Screen::FileActive);
}

#[test]
fn history_of_a_domain_left_meanwhile_is_ignored() {
    let mut m = on_diagnostic();
    update(&mut m, ch('h'));
    update(&mut m, press(KeyCode::Down));
    update(&mut m, Msg::HistoryLoaded("sante".into(), vec![entry(1, "sante", "x")]));
    assert_eq!(m.person.as_ref().unwrap().mode, DiagnosticMode::Entry);
}

#[test]
fn domains_stop_at_both_ends() {
    let mut m = on_diagnostic();
    update(&mut m, press(KeyCode::Up));
    assert_eq!(m.person.as_ref().unwrap().domain, 0);
    update(&mut m, press(KeyCode::End));
    assert_eq!(m.person.as_ref().unwrap().domain, 9);
    update(&mut m, press(KeyCode::PageDown));
    assert_eq!(m.person.as_ref().unwrap().domain, 9);
}

#[test]
fn tabs_cycle_through_card_diagnostic_project_network_evaluation_and_journal() {
    let mut m = on_diagnostic();
    let tab = |m: &Model| m.person.as_ref().unwrap().tab;
    update(&mut m, press(KeyCode::Tab));
    assert_eq!(tab(&m), PersonTab::Plan);
    update(&mut m, press(KeyCode::Tab));
    assert_eq!(tab(&m), PersonTab::Network);
    assert_eq!(m.context(), parcours::app::action::Context::Network);
    update(&mut m, press(KeyCode::Tab));
    assert_eq!(tab(&m), PersonTab::Evaluation);
    assert_eq!(m.context(), parcours::app::action::Context::Evaluation);
    update(&mut m, press(KeyCode::Tab));
    assert_eq!(tab(&m), PersonTab::Journal);
    assert_eq!(m.context(), parcours::app::action::Context::Journal);
    update(&mut m, press(KeyCode::Tab));
    assert_eq!(tab(&m), PersonTab::Card);
    update(&mut m, press(KeyCode::Tab));
    assert_eq!(tab(&m), PersonTab::Diagnostic);
    update(&mut m, press(KeyCode::Left));
    assert_eq!(tab(&m), PersonTab::Card);
    update(&mut m, press(KeyCode::Right));
    assert_eq!(tab(&m), PersonTab::Diagnostic);
    update(&mut m, press(KeyCode::BackTab));
    assert_eq!(tab(&m), PersonTab::Card);
    // The last tabs have their own keys, and the same keys lead out of them.
    update(&mut m, press(KeyCode::BackTab));
    assert_eq!(tab(&m), PersonTab::Journal);
    update(&mut m, press(KeyCode::BackTab));
    assert_eq!(tab(&m), PersonTab::Evaluation);
    update(&mut m, press(KeyCode::BackTab));
    assert_eq!(tab(&m), PersonTab::Network);
    update(&mut m, press(KeyCode::BackTab));
    assert_eq!(tab(&m), PersonTab::Plan);
    assert_eq!(m.context(), parcours::app::action::Context::Project);
    update(&mut m, press(KeyCode::Right));
    assert_eq!(tab(&m), PersonTab::Network);
    update(&mut m, press(KeyCode::Right));
    assert_eq!(tab(&m), PersonTab::Evaluation);
    update(&mut m, press(KeyCode::Right));
    update(&mut m, press(KeyCode::Right));
    assert_eq!(tab(&m), PersonTab::Card);
}

#[test]
fn the_person_record_can_be_edited_from_both_tabs() {
    let mut m = on_diagnostic();
    update(&mut m, ch('E'));
    assert!(matches!(&m.overlay, Some(Overlay::Form(f)) if matches!(&f.kind, FormKind::Person(p) if p.id == 1)));
    update(&mut m, press(KeyCode::Esc));
    assert!(m.overlay.is_none());
    update(&mut m, press(KeyCode::Tab));
    update(&mut m, ch('E'));
    assert!(matches!(&m.overlay, Some(Overlay::Form(f)) if matches!(&f.kind, FormKind::Person(p) if p.id == 1)));
}

#[test]
fn enter_on_a_domain_opens_its_entry_dated_today() {
    let mut m = on_diagnostic();
    update(&mut m, press(KeyCode::Down));
    update(&mut m, press(KeyCode::Down));
    assert!(update(&mut m, press(KeyCode::Enter)).is_empty());
    match &form(&m).kind {
        FormKind::Entry(e) => {
            assert_eq!(e.domain, "logement");
            assert_eq!(e.date, today());
        }
        other => panic!("expected an entry form, got {other:?}"),
    }
    assert_eq!(field_text(&m, FieldId::Situation), "Dette de loyer.");
    assert_eq!(field_text(&m, FieldId::Needs), "[1.3.2.1] Un toit");
}

#[test]
fn q_quits_outside_forms_only() {
    let mut m = loaded();
    update(&mut m, ch('n'));
    type_text(&mut m, "q");
    assert!(!m.quit);
    assert_eq!(field_text(&m, FieldId::Pseudonym), "q");
    update(&mut m, press(KeyCode::Esc));
    update(&mut m, ch('o'));
    update(&mut m, ch('q'));
    assert!(m.quit);
}

#[test]
fn help_and_palette_open_and_close() {
    let mut m = loaded();
    update(&mut m, ch('?'));
    assert!(matches!(m.overlay, Some(Overlay::Help { scroll: 0, .. })));
    update(&mut m, press(KeyCode::Down));
    assert!(matches!(m.overlay, Some(Overlay::Help { scroll: 1, .. })));
    update(&mut m, ch('x'));
    assert!(m.overlay.is_none());

    update(&mut m, ch(':'));
    assert!(matches!(m.overlay, Some(Overlay::Palette(_))));
    type_text(&mut m, "nouvelle");
    update(&mut m, press(KeyCode::Enter));
    assert!(matches!(&m.overlay, Some(Overlay::Form(f)) if matches!(f.kind, FormKind::Person(_))));
}

#[test]
fn key_releases_are_ignored() {
    let mut m = loaded();
    let mut release = KeyEvent::new(KeyCode::Char('q'), KeyModifiers::NONE);
    release.kind = crossterm::event::KeyEventKind::Release;
    update(&mut m, Msg::Key(release));
    assert!(!m.quit);
}

#[test]
fn enter_never_discards_a_form() {
    let mut m = loaded();
    update(&mut m, ch('n'));
    type_text(&mut m, "Mme C.");
    update(&mut m, press(KeyCode::Esc));
    // Enter, pressed out of habit while typing, leaves the question open; only « o » discards.
    update(&mut m, press(KeyCode::Enter));
    assert!(matches!(m.overlay, Some(Overlay::Confirm { what: Confirm::DiscardForm, .. })));
    update(&mut m, press(KeyCode::Esc));
    assert_eq!(field_text(&m, FieldId::Pseudonym), "Mme C.");
}

#[test]
fn only_o_confirms_archiving_not_enter() {
    let mut m = loaded();
    update(&mut m, ch('a'));
    let id = m.selected_row().unwrap().person.id;
    assert!(matches!(m.overlay, Some(Overlay::Confirm { what: Confirm::ArchivePerson(x), under: None }) if x == id));
    // Enter opens and edits elsewhere: one press too many must not archive anybody.
    assert!(update(&mut m, press(KeyCode::Enter)).is_empty());
    assert!(matches!(m.overlay, Some(Overlay::Confirm { .. })));
    assert_eq!(update(&mut m, ch('o')), vec![Effect::SetArchived(id, true)]);
    assert!(m.overlay.is_none());
    let effects = update(&mut m, Msg::Archived(id, true));
    assert_eq!(effects, vec![Effect::LoadPersons]);
}

#[test]
fn function_keys_in_a_form_never_lose_it() {
    let mut m = loaded();
    update(&mut m, ch('n'));
    type_text(&mut m, "Mme F.");
    for code in [KeyCode::F(5), KeyCode::Char('?'), KeyCode::Char(':'), KeyCode::Char('/')] {
        update(&mut m, press(code));
        assert!(matches!(m.overlay, Some(Overlay::Form(_))), "{code:?}");
    }
    // F1 shows the help over the form, and any key goes back to the form as it was.
    update(&mut m, press(KeyCode::F(1)));
    assert!(
        matches!(&m.overlay, Some(Overlay::Help { under: Some(under), .. }) if matches!(**under, Overlay::Form(_)))
    );
    assert_eq!(m.underlying_context(), parcours::app::action::Context::Form);
    update(&mut m, press(KeyCode::Esc));
    assert!(matches!(m.overlay, Some(Overlay::Form(_))));
    // Ctrl-C, which quits whatever the keymap says, asks first over words not saved; « n » keeps them.
    update(&mut m, ctrl('c'));
    assert!(!m.quit);
    assert!(matches!(&m.overlay, Some(Overlay::Confirm { what: Confirm::DiscardForm, under: Some(_) })));
    update(&mut m, ch('n'));
    update(&mut m, ctrl('p'));
    assert!(!m.quit);
    assert!(matches!(m.overlay, Some(Overlay::Form(_))));
    assert!(field_text(&m, FieldId::Pseudonym).starts_with("Mme F."));
}

#[test]
fn saving_an_entry_from_the_history_reloads_it() {
    let mut m = on_diagnostic();
    update(&mut m, press(KeyCode::Down));
    update(&mut m, press(KeyCode::Down));
    update(&mut m, ch('h'));
    update(&mut m, Msg::HistoryLoaded("logement".into(), vec![entry(1, "logement", "Dette de loyer.")]));
    let saved = DiagnosisEntry { revision: 2, ..entry(1, "logement", "Dette soldée.") };
    let effects = update(&mut m, Msg::EntrySaved(saved));
    assert_eq!(effects, vec![Effect::LoadPerson(1), Effect::LoadPersons, Effect::LoadHistory(1, "logement".into())]);
    // Outside the history, no history is loaded.
    update(&mut m, ch('h'));
    let saved = DiagnosisEntry { revision: 3, ..entry(1, "logement", "Relogé.") };
    assert_eq!(update(&mut m, Msg::EntrySaved(saved)), vec![Effect::LoadPerson(1), Effect::LoadPersons]);
}

#[test]
fn identifying_data_holds_the_save_once_and_a_second_save_keeps_the_text() {
    let mut m = on_diagnostic();
    update(&mut m, press(KeyCode::Down));
    update(&mut m, press(KeyCode::Down));
    update(&mut m, press(KeyCode::Enter));
    // The cursor of the situation is at its start: the words go before « Dette de loyer. ».
    type_text(&mut m, "Voir Mme Lefèvre. ");
    assert!(update(&mut m, ctrl('s')).is_empty(), "held");
    assert_eq!(
        field_error(&m, FieldId::Situation),
        Some(FieldError::Identifying(parcours::privacy::IdentifierKind::Name))
    );
    let status = m.status.as_ref().expect("a status");
    assert_eq!(status.kind, StatusKind::Error);
    assert!(status.text.starts_with("Donnée identifiante"), "{}", status.text);

    // Saved again unchanged: kept as typed, never lost.
    let effects = update(&mut m, ctrl('s'));
    match effects.as_slice() {
        [Effect::SaveEntry(e)] => assert_eq!(e.situation, "Voir Mme Lefèvre. Dette de loyer."),
        other => panic!("expected the entry saved, got {other:?}"),
    }
}

#[test]
fn a_changed_text_is_scanned_again_and_pseudonyms_are_not_names() {
    let mut m = on_diagnostic();
    update(&mut m, press(KeyCode::Enter));
    // « Zoé » is the person's pseudonym: not a name to hide.
    type_text(&mut m, "Zoé appelle le 06 12 34 56 78. ");
    assert!(update(&mut m, ctrl('s')).is_empty());
    assert_eq!(
        field_error(&m, FieldId::Situation),
        Some(FieldError::Identifying(parcours::privacy::IdentifierKind::Phone))
    );
    // Another identifier typed after the warning: held again.
    type_text(&mut m, "Son fils Kévin. ");
    assert!(update(&mut m, ctrl('s')).is_empty(), "a new text is a new question");
    assert_eq!(
        field_error(&m, FieldId::Situation),
        Some(FieldError::Identifying(parcours::privacy::IdentifierKind::Phone))
    );
    // A clean text saves at once.
    let mut m = on_diagnostic();
    update(&mut m, press(KeyCode::Enter));
    type_text(&mut m, "Zoé va mieux. ");
    assert!(matches!(update(&mut m, ctrl('s')).as_slice(), [Effect::SaveEntry(_)]));
}

#[test]
fn a_pseudonym_may_be_a_first_name_but_not_a_surname() {
    let mut m = loaded();
    update(&mut m, ch('n'));
    type_text(&mut m, "Mme Lefèvre");
    assert!(update(&mut m, ctrl('s')).is_empty(), "held");
    assert_eq!(
        field_error(&m, FieldId::Pseudonym),
        Some(FieldError::Identifying(parcours::privacy::IdentifierKind::Name))
    );

    let mut m = loaded();
    update(&mut m, ch('n'));
    type_text(&mut m, "Inès, 19 ans");
    assert!(matches!(update(&mut m, ctrl('s')).as_slice(), [Effect::SavePerson(_)]));
}

#[test]
fn a_pseudonym_that_is_a_first_name_and_a_surname_is_held_once() {
    let mut m = loaded();
    update(&mut m, ch('n'));
    type_text(&mut m, "Jean Dupont");
    assert!(update(&mut m, ctrl('s')).is_empty(), "held");
    assert_eq!(
        field_error(&m, FieldId::Pseudonym),
        Some(FieldError::Identifying(parcours::privacy::IdentifierKind::Name))
    );
    // Saved again unchanged: the référent knows best, and it is kept.
    assert!(matches!(update(&mut m, ctrl('s')).as_slice(), [Effect::SavePerson(p)] if p.pseudonym == "Jean Dupont"));
    for allowed in ["Mme A.", "M. R.", "Inès, 19 ans"] {
        let mut m = loaded();
        update(&mut m, ch('n'));
        type_text(&mut m, allowed);
        assert!(matches!(update(&mut m, ctrl('s')).as_slice(), [Effect::SavePerson(_)]), "{allowed}");
    }
}

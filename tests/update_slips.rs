//! Slips the records on screen already show are refused by `update` itself, in words, before any
//! effect: a partner's name already in the directory, a record already tagged for a competency, a
//! pseudonym another person of the file active bears.
//! (The runtime asks the base the same question again, with the same rule.)

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use parcours::app::effect::Effect;
use parcours::app::keymap::Keymap;
use parcours::app::model::{Model, Overlay, PersonTab, Screen, StatusKind};
use parcours::app::msg::Msg;
use parcours::app::screens::competencies::{
    CompetenciesData, Jump, RecordKind, RecordText, already_tagged, already_tagged_text,
};
use parcours::app::screens::directory::name_taken;
use parcours::app::screens::plan::PlanItem;
use parcours::app::update::update;
use parcours::commands::scene::screenshot_day;
use parcours::domain::evidence::{Evidence, RecordRef};
use parcours::domain::life_domain::default_domains;
use parcours::domain::partner::{Partner, Sector};
use parcours::domain::person::Person;
use parcours::domain::plan::{Axis, Objective, Plan};
use parcours::i18n::Lang;

fn today() -> NaiveDate {
    screenshot_day()
}

fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn ctrl_s() -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL))
}

fn model() -> Model {
    Model::new(today(), Lang::Fr, Keymap::default_keymap(), default_domains())
}

fn error(m: &Model) -> Option<&str> {
    m.status.as_ref().filter(|s| s.kind == StatusKind::Error).map(|s| s.text.as_str())
}

fn partner(id: i64, name: &str, archived: bool) -> Partner {
    Partner { id, name: name.into(), sector: Sector::Social, archived, ..Partner::new_draft() }
}

#[test]
fn a_name_already_in_the_directory_is_refused_case_and_spaces_aside_archived_ones_too() {
    let all = vec![partner(1, "Mission locale", false), partner(2, "Ancien CCAS", true)];
    assert!(name_taken(&all, &partner(0, " MISSION LOCALE ", false)));
    assert!(name_taken(&all, &partner(0, "ancien ccas", false)), "an archived partner keeps its name");
    assert!(!name_taken(&all, &partner(1, "Mission locale", false)), "a partner keeps its own name");
    assert!(!name_taken(&all, &partner(0, "Maison des adolescents", false)));
}

#[test]
fn saving_a_partner_under_a_name_taken_stores_nothing_and_says_so() {
    let mut m = model();
    assert_eq!(update(&mut m, key(KeyCode::Char('t'))), vec![Effect::LoadDirectory]);
    assert_eq!(m.screen, Screen::Directory);
    update(&mut m, Msg::DirectoryLoaded(vec![partner(1, "Mission locale", false)]));
    update(&mut m, key(KeyCode::Char('n')));
    for c in "mission LOCALE".chars() {
        update(&mut m, key(KeyCode::Char(c)));
    }
    assert!(update(&mut m, ctrl_s()).is_empty(), "nothing is stored");
    assert_eq!(error(&m), Some("«\u{a0}mission LOCALE\u{a0}» est déjà dans l’annuaire."));
    assert!(matches!(m.overlay, Some(Overlay::Form(_))), "the form stays open with every word");
    // Another name goes through.
    for _ in 0.."LOCALE".len() {
        update(&mut m, key(KeyCode::Backspace));
    }
    for c in "jeunes".chars() {
        update(&mut m, key(KeyCode::Char(c)));
    }
    let effects = update(&mut m, ctrl_s());
    assert!(matches!(effects.as_slice(), [Effect::SavePartner(p)] if p.name == "mission jeunes"), "{effects:?}");
}

fn tagged(record: RecordRef, competency: u8) -> Evidence {
    Evidence { id: 3, ..Evidence::new_draft(Some(1), record, competency, today()) }
}

#[test]
fn a_record_tagged_twice_for_one_competency_is_a_slip_not_for_another_nor_a_free_note() {
    let all = vec![tagged(RecordRef::Objective(10), 4)];
    let again = Evidence::new_draft(Some(1), RecordRef::Objective(10), 4, today());
    assert!(already_tagged(&all, &again));
    assert!(!already_tagged(&all, &Evidence { competency: 5, ..again.clone() }));
    assert!(!already_tagged(&all, &Evidence { id: 3, ..again.clone() }), "editing the evidence itself");
    let free = Evidence::new_draft(Some(1), RecordRef::Free, 4, today());
    assert!(!already_tagged(&[Evidence { id: 3, ..free.clone() }], &free));
    assert!(
        already_tagged_text(Lang::Fr, &Keymap::default_keymap(), &again)
            .starts_with("Cet enregistrement est déjà une preuve de C4")
    );
}

#[test]
fn tagging_an_objective_already_evidence_of_its_competency_stores_nothing_and_says_so() {
    let mut m = model();
    update(&mut m, Msg::PersonLoaded(Person { id: 1, pseudonym: "Zoé".into(), ..Person::new_draft(today()) }, vec![]));
    let plan = Plan {
        axes: vec![Axis { id: 1, title: "Logement".into(), ..Axis::new_draft(1, today()) }],
        objectives: vec![Objective { id: 10, title: "Garder son logement".into(), ..Objective::new_draft(1, today()) }],
        actions: vec![],
    };
    update(&mut m, Msg::PlanLoaded(1, plan, vec![]));
    let text = RecordText {
        person: Some(1),
        pseudonym: Some("Zoé".into()),
        kind: RecordKind::Objective,
        title: "Garder son logement".into(),
        excerpt: String::new(),
        date: Some(today()),
        jump: Jump::Plan(1, PlanItem::Objective(10)),
    };
    let data = CompetenciesData {
        person: Some(1),
        pseudonym: Some("Zoé".into()),
        evidence: vec![(tagged(RecordRef::Objective(10), 4), text)],
        candidates: vec![],
    };
    update(&mut m, Msg::CompetenciesLoaded(data));
    m.screen = Screen::Person;
    if let Some(p) = m.person.as_mut() {
        p.tab = PersonTab::Plan;
    }
    update(&mut m, key(KeyCode::Down));
    update(&mut m, key(KeyCode::Char('P')));
    assert!(matches!(m.overlay, Some(Overlay::Form(_))), "P opens the tag form");
    assert!(update(&mut m, ctrl_s()).is_empty(), "nothing is stored");
    assert_eq!(error(&m).map(|t| t.starts_with("Cet enregistrement est déjà une preuve de C4")), Some(true));
    assert!(matches!(m.overlay, Some(Overlay::Form(_))), "the form stays open");
}

fn row(id: i64, pseudonym: &str) -> parcours::store::PersonSummary {
    parcours::store::PersonSummary {
        person: Person { id, pseudonym: pseudonym.into(), ..Person::new_draft(today()) },
        domains_explored: 0,
        next_deadline: None,
        late_actions: 0,
        next_evaluation: None,
    }
}

#[test]
fn a_pseudonym_already_borne_by_another_is_taken_case_and_spaces_aside_not_accents() {
    let others = [Person { id: 1, pseudonym: "Zoé".into(), ..Person::new_draft(today()) }];
    let named = |id: i64, pseudonym: &str| Person { id, pseudonym: pseudonym.into(), ..Person::new_draft(today()) };
    assert!(named(0, " ZOÉ ").pseudonym_taken_among(others.iter()));
    assert!(!named(1, "zoé").pseudonym_taken_among(others.iter()), "she keeps her own pseudonym");
    // The store's unique key folds case, not accents: « Zoe » is another person there too.
    assert!(!named(0, "Zoe").pseudonym_taken_among(others.iter()));
    assert_eq!(parcours::domain::person::pseudonym_key(" ZOÉ "), "zoé");
}

#[test]
fn renaming_a_person_to_a_pseudonym_of_the_file_active_stores_nothing_and_says_so() {
    let mut m = model();
    update(&mut m, Msg::PersonsLoaded(vec![row(1, "Albert"), row(2, "Zoé")]));
    assert_eq!(m.selected_row().map(|r| r.person.id), Some(1));
    update(&mut m, key(KeyCode::Char('e')));
    assert!(matches!(m.overlay, Some(Overlay::Form(_))));
    for _ in 0.."Albert".len() {
        update(&mut m, key(KeyCode::Backspace));
    }
    for c in "ZOÉ".chars() {
        update(&mut m, key(KeyCode::Char(c)));
    }
    assert!(update(&mut m, ctrl_s()).is_empty(), "nothing is stored");
    assert_eq!(
        error(&m),
        Some("Le pseudonyme «\u{a0}ZOÉ\u{a0}» est déjà utilisé dans la file active\u{a0}: choisissez-en un autre.")
    );
    assert!(matches!(m.overlay, Some(Overlay::Form(_))), "the form stays open with every word");
    // Her own pseudonym, case changed, goes through.
    for _ in 0.."ZOÉ".chars().count() {
        update(&mut m, key(KeyCode::Backspace));
    }
    for c in "ALBERT".chars() {
        update(&mut m, key(KeyCode::Char(c)));
    }
    let effects = update(&mut m, ctrl_s());
    assert!(
        matches!(effects.as_slice(), [Effect::SavePerson(p)] if p.id == 1 && p.pseudonym == "ALBERT"),
        "{effects:?}"
    );
}

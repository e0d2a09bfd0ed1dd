//! The pure `update` of the « Compétences » screen and of tagging: messages in, model and effects out.

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use parcours::app::effect::Effect;
use parcours::app::form::{FieldId, FormKind};
use parcours::app::keymap::Keymap;
use parcours::app::model::{Model, Overlay, PersonTab, Screen};
use parcours::app::msg::Msg;
use parcours::app::screens::competencies::{CompetenciesData, Jump, RecordKind, RecordText};
use parcours::app::screens::plan::PlanItem;
use parcours::app::update::update;
use parcours::commands::scene::screenshot_day;
use parcours::domain::evidence::{Candidate, CandidateReason, Evidence, RecordRef};
use parcours::domain::life_domain::default_domains;
use parcours::domain::person::Person;
use parcours::domain::plan::{Axis, Objective, Plan};
use parcours::i18n::Lang;

fn today() -> NaiveDate {
    screenshot_day()
}

fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn model() -> Model {
    Model::new(today(), Lang::Fr, Keymap::default_keymap(), default_domains())
}

fn text(person: i64, jump: Jump) -> RecordText {
    RecordText {
        person: Some(person),
        pseudonym: Some("Zoé".into()),
        kind: RecordKind::Objective,
        title: "Garder son logement".into(),
        excerpt: "Loyer payé trois mois de suite".into(),
        date: Some(today()),
        jump,
    }
}

/// The screen with one piece of C4 evidence and one C4 suggestion on Zoé's records.
fn loaded() -> Model {
    let mut m = model();
    m.screen = Screen::FileActive;
    assert_eq!(update(&mut m, key(KeyCode::Char('c'))), vec![Effect::LoadCompetencies(None)]);
    assert_eq!(m.screen, Screen::Competencies);
    let evidence = Evidence {
        id: 3,
        note: "Indicateur choisi avec elle.".into(),
        ..Evidence::new_draft(Some(1), RecordRef::Objective(10), 4, today())
    };
    let candidate = Candidate {
        person_id: 1,
        record: RecordRef::Objective(11),
        competency: 4,
        why: CandidateReason::ObjectiveWithIndicatorAndPartner,
        date: today(),
    };
    let data = CompetenciesData {
        person: None,
        pseudonym: None,
        evidence: vec![(evidence, text(1, Jump::Plan(1, PlanItem::Objective(10))))],
        candidates: vec![(candidate, text(1, Jump::Plan(1, PlanItem::Objective(11))))],
    };
    update(&mut m, Msg::CompetenciesLoaded(data));
    m
}

#[test]
fn the_list_moves_over_eight_and_tab_leads_to_the_evidence() {
    let mut m = loaded();
    for _ in 0..20 {
        update(&mut m, key(KeyCode::Down));
    }
    assert_eq!(m.competencies.selected, 7, "eight competencies, no more");
    for _ in 0..4 {
        update(&mut m, key(KeyCode::Up));
    }
    assert_eq!(m.competencies.competency(), 4);
    assert_eq!(m.competencies.items().len(), 2);
    // Keys of the evidence do nothing while the list has the focus.
    assert!(update(&mut m, key(KeyCode::Char('a'))).is_empty());
    update(&mut m, key(KeyCode::Tab));
    assert!(m.competencies.in_items);
    // Esc goes back to the list before leaving the screen.
    update(&mut m, key(KeyCode::Esc));
    assert!(!m.competencies.in_items);
    assert_eq!(m.screen, Screen::Competencies);
}

#[test]
fn a_suggestion_opens_the_tag_form_with_its_reason_as_a_hint_not_a_note() {
    let mut m = loaded();
    m.competencies.selected = 3;
    update(&mut m, key(KeyCode::Tab));
    update(&mut m, key(KeyCode::Down));
    assert!(update(&mut m, key(KeyCode::Char('a'))).is_empty(), "nothing saved before the candidate writes");
    let Some(Overlay::Form(form)) = &m.overlay else { panic!("the tag form opens: {:?}", m.overlay) };
    assert!(
        matches!(&form.kind, FormKind::Evidence(e, _) if e.record == RecordRef::Objective(11) && e.competency == 4)
    );
    let note = form.fields.iter().find(|f| f.id == FieldId::EvidenceNote).unwrap();
    assert_eq!(note.text(), "", "the program's sentence is not in the field");
    assert!(note.editor.placeholder_text().starts_with("Objectif opérationnel mesurable"));
    assert_eq!(form.fields[form.focus].id, FieldId::EvidenceNote);
    // Saved without a word: evidence without a note, which the screen and the DPP say is to write.
    let effects = update(&mut m, Msg::Key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)));
    let [Effect::SaveEvidence(e)] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!((e.id, e.person_id, e.record, e.competency), (0, Some(1), RecordRef::Objective(11), 4));
    assert_eq!(e.note, "");
    // Once stored, the screen is loaded again.
    let saved = Evidence { id: 9, ..e.clone() };
    assert_eq!(update(&mut m, Msg::EvidenceSaved(saved)), vec![Effect::LoadCompetencies(None)]);
    assert_eq!(m.status.as_ref().map(|s| s.text.as_str()), Some("Preuve enregistrée pour C4."));
}

#[test]
fn enter_on_evidence_opens_the_person_where_the_record_is() {
    let mut m = loaded();
    m.competencies.selected = 3;
    update(&mut m, key(KeyCode::Tab));
    let effects = update(&mut m, key(KeyCode::Enter));
    assert_eq!(effects, vec![Effect::LoadPerson(1)]);
    assert_eq!(m.pending_item, Some(PlanItem::Objective(10)));
    assert_eq!(m.pending_tab, Some(PersonTab::Plan));
    update(&mut m, Msg::PersonLoaded(Person { id: 1, pseudonym: "Zoé".into(), ..Person::new_draft(today()) }, vec![]));
    assert_eq!(m.person.as_ref().map(|p| p.tab), Some(PersonTab::Plan));
}

#[test]
fn x_asks_before_removing_a_tag() {
    let mut m = loaded();
    m.competencies.selected = 3;
    update(&mut m, key(KeyCode::Tab));
    assert!(update(&mut m, key(KeyCode::Char('x'))).is_empty());
    assert!(matches!(m.overlay, Some(Overlay::Confirm { .. })));
    assert_eq!(update(&mut m, key(KeyCode::Char('o'))), vec![Effect::RemoveEvidence(3)]);
}

#[test]
fn p_tags_the_objective_selected_in_the_plan_with_its_likely_competency() {
    let mut m = model();
    update(&mut m, Msg::PersonLoaded(Person { id: 1, pseudonym: "Zoé".into(), ..Person::new_draft(today()) }, vec![]));
    let plan = Plan {
        axes: vec![Axis { id: 1, title: "Logement".into(), ..Axis::new_draft(1, today()) }],
        objectives: vec![Objective { id: 10, title: "Garder son logement".into(), ..Objective::new_draft(1, today()) }],
        actions: vec![],
    };
    update(&mut m, Msg::PlanLoaded(1, plan, vec![]));
    if let Some(p) = m.person.as_mut() {
        p.tab = PersonTab::Plan;
    }
    update(&mut m, key(KeyCode::Down));
    update(&mut m, key(KeyCode::Char('P')));
    let Some(Overlay::Form(form)) = &m.overlay else { panic!("P opens the tag form") };
    let FormKind::Evidence(e, label) = &form.kind else { panic!("{:?}", form.kind) };
    assert_eq!((e.record, e.competency, e.person_id), (RecordRef::Objective(10), 4, Some(1)));
    assert!(label.starts_with("objectif") && label.contains("Garder son logement"), "{label}");
    // On the card there is nothing to tag: said, no form.
    update(&mut m, key(KeyCode::Esc));
    if let Some(p) = m.person.as_mut() {
        p.tab = PersonTab::Card;
    }
    update(&mut m, key(KeyCode::Char('P')));
    assert!(m.overlay.is_none());
    assert!(m.status.as_ref().is_some_and(|s| s.text.starts_with("Rien à marquer ici")));
}

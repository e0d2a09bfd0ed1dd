//! The plan's part of `update`: keys of the « Projet » tab and the « Échéances » screen, in,
//! model changes and effects out. No store, no terminal.

use chrono::{Days, NaiveDate};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use parcours::app::action::Context;
use parcours::app::effect::Effect;
use parcours::app::form::{FieldError, FieldId, FormKind};
use parcours::app::keymap::Keymap;
use parcours::app::model::{Confirm, Model, Overlay, PersonTab, Screen};
use parcours::app::msg::{Msg, PlanChange};
use parcours::app::screens::plan::{PlanItem, PlanView};
use parcours::app::update::update;
use parcours::commands::scene::screenshot_day;
use parcours::domain::diagnosis::DiagnosisEntry;
use parcours::domain::life_domain::default_domains;
use parcours::domain::partner::Partner;
use parcours::domain::person::Person;
use parcours::domain::plan::deadline::{Deadline, DeadlineKind};
use parcours::domain::plan::{ActionStatus, Axis, Carrier, Objective, ObjectiveStatus, Plan, PlanAction};
use parcours::i18n::Lang;

fn today() -> NaiveDate {
    screenshot_day()
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

fn type_text(m: &mut Model, text: &str) {
    for c in text.chars() {
        update(m, ch(c));
    }
}

fn plan() -> Plan {
    let axis = Axis { id: 1, title: "Rester chez soi".into(), ..Axis::new_draft(7, today()) };
    let objective = Objective {
        id: 10,
        axis_id: 1,
        title: "Tenir le plan d’apurement".into(),
        indicator: "Six mensualités payées".into(),
        ..Objective::new_draft(1, today())
    };
    let late = PlanAction {
        id: 100,
        objective_id: 10,
        what: "Appeler le bailleur".into(),
        start: today().checked_sub_days(Days::new(30)),
        due: today().checked_sub_days(Days::new(3)),
        ..PlanAction::new_draft(10, today())
    };
    let done = PlanAction { id: 101, what: "Déposer le FSL".into(), ..late.clone() }.done(today());
    Plan { axes: vec![axis], objectives: vec![objective], actions: vec![late, done] }
}

/// A model on Mme T.'s « Projet » tab, her plan loaded, the axis selected.
fn on_project() -> Model {
    let mut m = Model::new(today(), Lang::Fr, Keymap::default_keymap(), default_domains());
    let person = Person { id: 7, pseudonym: "Mme T.".into(), ..Person::new_draft(today()) };
    update(&mut m, Msg::PersonLoaded(person, Vec::<DiagnosisEntry>::new()));
    let partner = Partner { id: 3, name: "SAMSAH".into(), ..Partner::new_draft() };
    update(&mut m, Msg::PlanLoaded(7, plan(), vec![partner]));
    update(&mut m, press(KeyCode::Tab));
    assert_eq!(m.person.as_ref().unwrap().tab, PersonTab::Plan);
    assert_eq!(m.context(), Context::Project);
    m
}

fn selected(m: &Model) -> Option<PlanItem> {
    m.person.as_ref().and_then(|p| p.plan.selected_item(&p.case.plan))
}

fn form_kind(m: &Model) -> Option<&FormKind> {
    match &m.overlay {
        Some(Overlay::Form(f)) => Some(&f.kind),
        _ => None,
    }
}

#[test]
fn arrows_walk_the_tree_and_an_action_loads_its_postponements() {
    let mut m = on_project();
    assert_eq!(selected(&m), Some(PlanItem::Axis(1)));
    assert!(update(&mut m, press(KeyCode::Down)).is_empty());
    assert_eq!(selected(&m), Some(PlanItem::Objective(10)));
    assert_eq!(update(&mut m, press(KeyCode::Down)), vec![Effect::LoadPostponements(100)]);
    update(&mut m, press(KeyCode::End));
    assert_eq!(selected(&m), Some(PlanItem::Action(101)));
    update(&mut m, press(KeyCode::Down));
    assert_eq!(selected(&m), Some(PlanItem::Action(101)), "the tree stops at its end");
}

#[test]
fn n_creates_under_the_selection_and_big_n_a_new_axis() {
    let mut m = on_project();
    update(&mut m, ch('n'));
    assert!(
        matches!(form_kind(&m), Some(FormKind::Objective { objective, readjusts: None }) if objective.axis_id == 1)
    );
    update(&mut m, press(KeyCode::Esc));
    update(&mut m, press(KeyCode::Down));
    update(&mut m, ch('n'));
    assert!(matches!(form_kind(&m), Some(FormKind::Action(a)) if a.objective_id == 10 && a.id == 0));
    update(&mut m, press(KeyCode::Esc));
    update(&mut m, press(KeyCode::Down));
    update(&mut m, ch('n'));
    assert!(matches!(form_kind(&m), Some(FormKind::Action(a)) if a.objective_id == 10), "a sibling action");
    update(&mut m, press(KeyCode::Esc));
    update(&mut m, ch('N'));
    assert!(matches!(form_kind(&m), Some(FormKind::Axis(a)) if a.id == 0 && a.person_id == 7));
}

#[test]
fn a_new_axis_needs_a_title_then_is_saved() {
    let mut m = on_project();
    update(&mut m, ch('N'));
    assert!(update(&mut m, ctrl('s')).is_empty());
    let Some(Overlay::Form(form)) = &m.overlay else { panic!("the form stays open") };
    assert_eq!(
        form.fields.iter().find(|f| f.id == FieldId::AxisTitle).and_then(|f| f.error),
        Some(FieldError::Required)
    );
    type_text(&mut m, "Retrouver une activité");
    let effects = update(&mut m, ctrl('s'));
    assert!(
        matches!(effects.as_slice(), [Effect::SaveAxis(a)] if a.title == "Retrouver une activité" && a.person_id == 7)
    );
}

#[test]
fn an_action_form_offers_the_partners_as_carriers() {
    let mut m = on_project();
    update(&mut m, press(KeyCode::Down));
    update(&mut m, ch('n'));
    type_text(&mut m, "Visite conjointe");
    update(&mut m, press(KeyCode::Tab));
    // Référent by default; → the SAMSAH.
    update(&mut m, press(KeyCode::Right));
    let effects = update(&mut m, ctrl('s'));
    assert!(
        matches!(effects.as_slice(), [Effect::SaveAction(a)] if a.carrier == Carrier::Partner(3) && a.what == "Visite conjointe")
    );
}

#[test]
fn d_marks_only_an_open_action_done_today() {
    let mut m = on_project();
    assert!(update(&mut m, ch('d')).is_empty(), "an axis is not an action");
    assert!(m.status.is_some());
    update(&mut m, press(KeyCode::Down));
    update(&mut m, press(KeyCode::Down));
    assert_eq!(update(&mut m, ch('d')), vec![Effect::MarkDone(100, today())]);
    update(&mut m, press(KeyCode::Down));
    assert!(update(&mut m, ch('d')).is_empty(), "already done");
}

#[test]
fn p_postpones_with_a_new_date_and_a_reason() {
    let mut m = on_project();
    update(&mut m, press(KeyCode::Down));
    update(&mut m, press(KeyCode::Down));
    update(&mut m, ch('p'));
    assert!(matches!(form_kind(&m), Some(FormKind::Postpone(a)) if a.id == 100));
    assert!(update(&mut m, ctrl('s')).is_empty(), "no date, no reason");
    type_text(&mut m, "05/12/2026");
    update(&mut m, press(KeyCode::Tab));
    type_text(&mut m, "Le bailleur ne répond qu’en décembre");
    let effects = update(&mut m, ctrl('s'));
    let [Effect::Postpone(p)] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!(
        (p.action_id, p.from, p.to),
        (100, plan().actions[0].due, NaiveDate::from_ymd_opt(2026, 12, 5).unwrap())
    );
    assert_eq!(p.on, today());
}

#[test]
fn r_readjusts_an_objective_into_a_new_one() {
    let mut m = on_project();
    update(&mut m, press(KeyCode::Down));
    update(&mut m, ch('r'));
    assert!(
        matches!(form_kind(&m), Some(FormKind::Objective { readjusts: Some(10), objective }) if objective.replaces == Some(10) && objective.id == 0)
    );
    type_text(&mut m, " (réajusté)");
    let effects = update(&mut m, ctrl('s'));
    let [Effect::Readjust(old, new)] = effects.as_slice() else { panic!("{effects:?}") };
    assert_eq!(*old, 10);
    assert_eq!(new.title, "Tenir le plan d’apurement (réajusté)");
    assert_eq!(new.status, ObjectiveStatus::InProgress);
}

#[test]
fn archiving_asks_first_and_moving_is_one_effect() {
    let mut m = on_project();
    update(&mut m, press(KeyCode::Down));
    assert!(update(&mut m, ch('x')).is_empty());
    assert!(matches!(
        m.overlay,
        Some(Overlay::Confirm { what: Confirm::ArchivePlanItem(PlanItem::Objective(10)), .. })
    ));
    assert!(update(&mut m, ch('n')).is_empty());
    assert!(m.overlay.is_none());
    update(&mut m, ch('x'));
    assert_eq!(update(&mut m, ch('o')), vec![Effect::ArchiveItem(PlanItem::Objective(10))]);
    assert_eq!(update(&mut m, ch('J')), vec![Effect::MoveItem(PlanItem::Objective(10), 1)]);
    assert_eq!(update(&mut m, ch('K')), vec![Effect::MoveItem(PlanItem::Objective(10), -1)]);
}

#[test]
fn v_cycles_the_three_views() {
    let mut m = on_project();
    let view = |m: &Model| m.person.as_ref().unwrap().plan.view;
    update(&mut m, ch('v'));
    assert_eq!(view(&m), PlanView::WhoDoesWhat);
    update(&mut m, ch('v'));
    assert_eq!(view(&m), PlanView::Schedule);
    update(&mut m, ch('v'));
    assert_eq!(view(&m), PlanView::Tree);
}

#[test]
fn a_stored_change_reloads_the_plan_and_keeps_the_item_selected() {
    let mut m = on_project();
    update(&mut m, ch('N'));
    type_text(&mut m, "Nouvel axe");
    update(&mut m, ctrl('s'));
    let effects = update(&mut m, Msg::PlanSaved(7, PlanItem::Axis(2), PlanChange::Saved));
    assert_eq!(effects, vec![Effect::LoadPlan(7), Effect::LoadPersons]);
    assert!(m.overlay.is_none(), "the form closes once stored");
    let mut with_new = plan();
    with_new.axes.push(Axis { id: 2, position: 1, title: "Nouvel axe".into(), ..Axis::new_draft(7, today()) });
    update(&mut m, Msg::PlanLoaded(7, with_new, vec![]));
    assert_eq!(selected(&m), Some(PlanItem::Axis(2)));
}

#[test]
fn a_failed_save_keeps_the_form_and_its_words() {
    let mut m = on_project();
    update(&mut m, ch('N'));
    type_text(&mut m, "Axe important");
    update(&mut m, ctrl('s'));
    update(
        &mut m,
        Msg::Failed("disque plein".into(), parcours::log::ErrorCategory::Io(std::io::ErrorKind::StorageFull)),
    );
    let Some(Overlay::Form(form)) = &m.overlay else { panic!("the form is still there") };
    assert_eq!(form.fields[0].text(), "Axe important");
}

#[test]
fn echeances_screen_lists_and_jumps_to_the_item() {
    let mut m = Model::new(today(), Lang::Fr, Keymap::default_keymap(), default_domains());
    update(&mut m, Msg::PersonsLoaded(vec![]));
    m.screen = Screen::FileActive;
    let effects = update(&mut m, ch('E'));
    assert_eq!(m.screen, Screen::Deadlines);
    assert_eq!(effects, vec![Effect::LoadDeadlines(today() + Days::new(7))]);
    let item =
        |id, kind| Deadline { person_id: 7, pseudonym: "Mme T.".into(), kind, id, title: "x".into(), date: today() };
    update(&mut m, Msg::DeadlinesLoaded(vec![item(10, DeadlineKind::Objective), item(100, DeadlineKind::Action)]));
    update(&mut m, press(KeyCode::Down));
    assert_eq!(update(&mut m, press(KeyCode::Enter)), vec![Effect::LoadPerson(7)]);
    let person = Person { id: 7, pseudonym: "Mme T.".into(), ..Person::new_draft(today()) };
    update(&mut m, Msg::PersonLoaded(person, vec![]));
    update(&mut m, Msg::PlanLoaded(7, plan(), vec![]));
    assert_eq!(m.person.as_ref().unwrap().tab, PersonTab::Plan);
    assert_eq!(selected(&m), Some(PlanItem::Action(100)));
    // Échap goes back to the échéances, read again, on the row left; then to the file active.
    assert_eq!(update(&mut m, press(KeyCode::Esc)), vec![Effect::LoadDeadlines(today() + Days::new(7))]);
    assert_eq!((m.screen, m.deadlines.selected), (Screen::Deadlines, 1));
    update(&mut m, press(KeyCode::Esc));
    assert_eq!(m.screen, Screen::FileActive);
}

#[test]
fn plan_keys_do_nothing_elsewhere() {
    let mut m = on_project();
    update(&mut m, press(KeyCode::BackTab));
    assert_eq!(m.person.as_ref().unwrap().tab, PersonTab::Diagnostic);
    assert!(update(&mut m, ch('d')).is_empty());
    assert!(update(&mut m, ch('x')).is_empty());
    assert!(m.overlay.is_none());
    let done = plan().actions[1].clone();
    assert_eq!(done.status, ActionStatus::Done);
}

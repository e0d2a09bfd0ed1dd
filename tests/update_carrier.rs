//! A new partner to carry an action, made from the action form without leaving it: keys in,
//! model changes and effects out. No store, no terminal.

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use parcours::app::effect::Effect;
use parcours::app::form::{FieldId, Form, FormKind};
use parcours::app::keymap::Keymap;
use parcours::app::model::{Confirm, Model, Overlay, PersonTab};
use parcours::app::msg::Msg;
use parcours::app::update::update;
use parcours::commands::scene::screenshot_day;
use parcours::domain::diagnosis::DiagnosisEntry;
use parcours::domain::life_domain::default_domains;
use parcours::domain::partner::{Partner, Sector};
use parcours::domain::person::Person;
use parcours::domain::plan::{Axis, Carrier, Objective, Plan};
use parcours::i18n::Lang;

fn today() -> NaiveDate {
    screenshot_day()
}

fn press(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn ctrl(c: char) -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

fn type_text(m: &mut Model, text: &str) {
    for c in text.chars() {
        update(m, press(KeyCode::Char(c)));
    }
}

const WHAT: &str = "Accompagner au premier rendez-vous";

/// Mme T.'s plan, her objective selected, a new action with its « quoi » typed, the focus on
/// its carrier.
fn on_carrier() -> Model {
    let mut m = Model::new(today(), Lang::Fr, Keymap::default_keymap(), default_domains());
    let person = Person { id: 7, pseudonym: "Mme T.".into(), ..Person::new_draft(today()) };
    update(&mut m, Msg::PersonLoaded(person, Vec::<DiagnosisEntry>::new()));
    let axis = Axis { id: 1, title: "Rester chez soi".into(), ..Axis::new_draft(7, today()) };
    let objective =
        Objective { id: 10, axis_id: 1, title: "Payer le loyer".into(), ..Objective::new_draft(1, today()) };
    let plan = Plan { axes: vec![axis], objectives: vec![objective], actions: vec![] };
    let samsah = Partner { id: 3, name: "SAMSAH".into(), ..Partner::new_draft() };
    update(&mut m, Msg::PlanLoaded(7, plan, vec![samsah]));
    update(&mut m, press(KeyCode::Tab));
    assert_eq!(m.person.as_ref().unwrap().tab, PersonTab::Plan);
    update(&mut m, press(KeyCode::Down));
    update(&mut m, press(KeyCode::Char('n')));
    assert!(matches!(form(&m).map(|f| &f.kind), Some(FormKind::Action(a)) if a.objective_id == 10));
    type_text(&mut m, WHAT);
    update(&mut m, press(KeyCode::Tab));
    assert_eq!(form(&m).map(|f| f.fields[f.focus].id), Some(FieldId::Carrier));
    m
}

fn form(m: &Model) -> Option<&Form> {
    match &m.overlay {
        Some(Overlay::Form(f)) => Some(f),
        _ => None,
    }
}

fn text(form: &Form, id: FieldId) -> String {
    form.fields.iter().find(|f| f.id == id).map(|f| f.text()).unwrap_or_default()
}

fn carrier(form: &Form) -> (String, String) {
    let field = form.fields.iter().find(|f| f.id == FieldId::Carrier).expect("a carrier field");
    (field.choice_code().to_string(), field.choice_label().unwrap_or_default().to_string())
}

#[test]
fn a_partner_made_from_the_carrier_field_carries_the_action() {
    let mut m = on_carrier();
    update(&mut m, ctrl('n'));
    let partner_form = form(&m).expect("the partner form");
    assert!(matches!(&partner_form.kind, FormKind::Partner(p) if p.id == 0));
    assert!(partner_form.parked.as_ref().is_some_and(|f| text(f, FieldId::What) == WHAT), "the action waits under it");
    type_text(&mut m, "Mission locale");
    update(&mut m, press(KeyCode::Tab));
    update(&mut m, press(KeyCode::Left));
    let effects = update(&mut m, ctrl('s'));
    let [Effect::SavePartner(p)] = effects.as_slice() else { panic!("the partner is stored: {effects:?}") };
    assert_eq!((p.name.as_str(), p.sector), ("Mission locale", Sector::Associatif));

    // The runtime answers with the partner as stored.
    let stored = Partner { id: 9, ..p.clone() };
    let effects = update(&mut m, Msg::PartnerSaved(stored));
    assert!(effects.is_empty(), "{effects:?}");
    let action_form = form(&m).expect("back to the action form");
    assert!(matches!(action_form.kind, FormKind::Action(_)));
    assert_eq!(text(action_form, FieldId::What), WHAT, "every word typed is still there");
    assert_eq!(carrier(action_form), ("partner:9".to_string(), "Mission locale".to_string()));
    assert_eq!(action_form.fields[action_form.focus].id, FieldId::Carrier);

    let effects = update(&mut m, ctrl('s'));
    let [Effect::SaveAction(a)] = effects.as_slice() else { panic!("the action is stored: {effects:?}") };
    assert_eq!((a.what.as_str(), a.carrier), (WHAT, Carrier::Partner(9)));
}

#[test]
fn leaving_the_partner_form_gives_the_action_form_back_untouched() {
    let mut m = on_carrier();
    update(&mut m, press(KeyCode::Right));
    let before = carrier(form(&m).unwrap());
    // Nothing typed: Échap goes straight back.
    update(&mut m, ctrl('n'));
    assert!(matches!(form(&m).map(|f| &f.kind), Some(FormKind::Partner(_))));
    assert!(update(&mut m, press(KeyCode::Esc)).is_empty());
    let back = form(&m).expect("the action form again");
    assert_eq!((text(back, FieldId::What), carrier(back)), (WHAT.to_string(), before.clone()));

    // Words typed: « abandonner ? », then yes, and the action form is back as it was.
    update(&mut m, ctrl('n'));
    type_text(&mut m, "CCAS");
    update(&mut m, press(KeyCode::Esc));
    assert!(matches!(m.overlay, Some(Overlay::Confirm { what: Confirm::DiscardForm, .. })));
    assert!(update(&mut m, press(KeyCode::Char('o'))).is_empty());
    let back = form(&m).expect("the action form again");
    assert!(matches!(back.kind, FormKind::Action(_)));
    assert_eq!((text(back, FieldId::What), carrier(back)), (WHAT.to_string(), before));
    assert!(back.parked.is_none());
}

#[test]
fn a_name_already_in_the_plans_partners_is_refused_before_storing() {
    let mut m = on_carrier();
    update(&mut m, ctrl('n'));
    type_text(&mut m, "samsah");
    assert!(update(&mut m, ctrl('s')).is_empty(), "nothing stored");
    assert!(matches!(form(&m).map(|f| &f.kind), Some(FormKind::Partner(_))), "the partner form stays");
    assert!(m.status.as_ref().is_some_and(|s| s.text.contains("samsah")), "{:?}", m.status);
}

#[test]
fn only_the_carrier_field_of_an_action_offers_it() {
    let mut m = on_carrier();
    update(&mut m, press(KeyCode::BackTab));
    assert_eq!(form(&m).map(|f| f.fields[f.focus].id), Some(FieldId::What));
    update(&mut m, ctrl('n'));
    assert!(matches!(form(&m).map(|f| &f.kind), Some(FormKind::Action(_))), "still the action form");
}

#[test]
fn ctrl_c_over_a_clean_partner_form_still_asks_for_the_action_typed_under_it() {
    let mut m = on_carrier();
    update(&mut m, ctrl('n'));
    update(&mut m, ctrl('c'));
    assert!(!m.quit, "the action's words would be lost");
    assert!(matches!(m.overlay, Some(Overlay::Confirm { what: Confirm::DiscardForm, .. })));
}

//! Key scripts through `App::handle_event`, on the demo in a temporary folder: an action's carrier
//! made a new partner from the action form, without leaving it. What was saved is checked by
//! reopening the database once the application is dropped.

use crossterm::event::KeyCode;
use parcours::app::form::{FieldId, FormKind};
use parcours::app::keymap::Keymap;
use parcours::app::model::{Overlay, PersonTab};
use parcours::app::runtime::App;
use parcours::app::screens::plan::PlanItem;
use parcours::domain::partner::Sector;
use parcours::domain::plan::Carrier;

mod common;

use common::script::*;

const WHAT: &str = "Rencontrer la conseillère emploi";
const PARTNER: &str = "Mission locale du Val";

/// M. R.'s plan, an objective selected, a new action with its « quoi » typed, on its carrier.
fn new_action_on_its_carrier(app: &mut App) -> i64 {
    let person = open_with_keys(app, "M. R.");
    go_to(app, PersonTab::Plan);
    press(app, KeyCode::Home);
    let on_objective = |app: &App| {
        let selected = app.model.person.as_ref().and_then(|p| p.plan.selected_item(&p.case.plan));
        matches!(selected, Some(PlanItem::Objective(_) | PlanItem::Action(_)))
    };
    for _ in 0..40 {
        if on_objective(app) {
            break;
        }
        press(app, KeyCode::Down);
    }
    assert!(on_objective(app), "an objective or an action of hers is selected");
    press(app, KeyCode::Char('n'));
    assert!(matches!(form_kind(app), Some(FormKind::Action(a)) if a.id == 0), "{:?}", app.model.overlay);
    type_text(app, WHAT);
    tab_to(app, FieldId::Carrier);
    person
}

/// The help opened from the form (F1: letters are text there), as drawn.
fn help_from_the_form(app: &mut App) -> String {
    press(app, KeyCode::F(1));
    assert!(matches!(app.model.overlay, Some(Overlay::Help { .. })), "{:?}", app.model.overlay);
    let text = screen_text(app);
    press(app, KeyCode::Esc);
    text
}

fn carrier_label(app: &App) -> String {
    match &app.model.overlay {
        Some(Overlay::Form(f)) => {
            let field = f.fields.iter().find(|x| x.id == FieldId::Carrier).expect("a carrier field");
            field.choice_label().unwrap_or_default().to_string()
        }
        other => panic!("no form: {other:?}"),
    }
}

#[test]
fn a_new_partner_made_from_the_action_form_carries_the_stored_action() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let person = new_action_on_its_carrier(&mut app);
    let help = help_from_the_form(&mut app);
    assert!(help.contains("Ctrl-N") && help.contains("Nouveau partenaire"), "{help}");
    assert_eq!(focused_field(&app), Some(FieldId::Carrier), "the help gives the form back");

    ctrl(&mut app, 'n');
    assert!(matches!(form_kind(&app), Some(FormKind::Partner(p)) if p.id == 0), "{:?}", app.model.overlay);
    assert_eq!(focused_field(&app), Some(FieldId::PartnerName));
    type_text(&mut app, PARTNER);
    tab_to(&mut app, FieldId::Sector);
    press(&mut app, KeyCode::Left);
    ctrl(&mut app, 's');

    assert!(matches!(form_kind(&app), Some(FormKind::Action(a)) if a.id == 0), "{:?}", app.model.overlay);
    assert_eq!(field_text(&app, FieldId::What), WHAT, "every word typed is still there");
    assert_eq!(carrier_label(&app), PARTNER);
    assert!(screen_text(&mut app).contains(PARTNER), "the carrier is shown");
    ctrl(&mut app, 's');
    assert!(app.model.overlay.is_none(), "the action is saved: {:?}", app.model.status);
    drop(app);

    let store = open_store(dir.path());
    let partner =
        store.partners(true).unwrap().into_iter().find(|p| p.name == PARTNER).expect("the partner is in the directory");
    assert_eq!(partner.sector, Sector::Associatif);
    let plan = store.plan(person).unwrap();
    let action = plan.actions.iter().find(|a| a.what == WHAT).expect("the action is stored");
    assert_eq!(action.carrier, Carrier::Partner(partner.id));
}

#[test]
fn the_help_names_the_key_a_user_keymap_binds() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let (keymap, problems) = Keymap::with_user_file("[form]\nnew_partner = [\"f6\"]\n");
    assert!(problems.is_empty(), "{problems:?}");
    app.model.keymap = keymap;
    new_action_on_its_carrier(&mut app);
    let help = help_from_the_form(&mut app);
    let line = help.lines().find(|l| l.contains("Nouveau partenaire")).expect("the help lists it");
    assert!(line.contains("F6") && !line.contains("Ctrl-N"), "{line}");
    press(&mut app, KeyCode::F(6));
    assert!(matches!(form_kind(&app), Some(FormKind::Partner(_))), "{:?}", app.model.overlay);
}

//! Key and mouse scripts of the « Projet » tab and the « Échéances » screen through
//! `App::handle_event`, on a database in a temporary folder: from the diagnosis to an axis, an
//! objective and an action; done, postponed, readjusted, archived, moved; dates refused. What was
//! saved is checked by reopening the database once the application is dropped.

use crossterm::event::KeyCode;
use parcours::app::form::{FieldId, FormKind};
use parcours::app::model::{Confirm, Overlay, PersonTab, Screen, StatusKind};
use parcours::app::runtime::App;
use parcours::app::screens::plan::{PlanItem, PlanView};
use parcours::commands::scene::draw;
use parcours::domain::date::format_fr;
use parcours::domain::plan::deadline::DeadlineKind;
use parcours::domain::plan::{ActionStatus, Carrier, NeedRef, ObjectiveStatus};
use parcours::render::to_text;
use unicode_width::UnicodeWidthStr;

mod common;

use common::script::*;

/// From her diagnostic, Tab to « Projet ».
fn to_project_tab(app: &mut App) {
    assert_eq!(app.model.person.as_ref().unwrap().tab, PersonTab::Diagnostic);
    press(app, KeyCode::Tab);
    let p = app.model.person.as_ref().unwrap();
    assert_eq!(p.tab, PersonTab::Plan);
    assert_eq!(p.plan.view, PlanView::Tree);
    assert!(screen_text(app).contains("Arbre"));
}

fn rows(app: &App) -> Vec<PlanItem> {
    let p = app.model.person.as_ref().expect("a person is open");
    p.plan.rows(&p.case.plan)
}

fn selected(app: &App) -> Option<PlanItem> {
    app.model.person.as_ref().and_then(|p| p.plan.selected_item(&p.case.plan))
}

/// Moves the tree's selection down with the arrow key until the first row `wanted` accepts.
fn select_first(app: &mut App, wanted: impl Fn(&App, PlanItem) -> bool) -> PlanItem {
    press(app, KeyCode::Home);
    for _ in 0..rows(app).len() {
        if let Some(item) = selected(app)
            && wanted(app, item)
        {
            return item;
        }
        press(app, KeyCode::Down);
    }
    panic!("no row of the tree fits");
}

fn status_kind(app: &App) -> Option<StatusKind> {
    app.model.status.as_ref().map(|s| s.kind)
}

fn saved_ok(app: &App) {
    assert!(app.model.overlay.is_none(), "the form closes once saved: {:?}", app.model.status);
    assert_eq!(status_kind(app), Some(StatusKind::Success), "{:?}", app.model.status);
}

/// Saved, and the status line names what was.
fn saved_as(app: &App, said: &str) {
    saved_ok(app);
    assert_eq!(app.model.status.as_ref().map(|s| s.text.as_str()), Some(said));
}

const AXIS: &str = "Garder son logement";
const OBJECTIVE: &str = "Reprendre le paiement du loyer courant";
const INDICATOR: &str = "Quittances des six prochains mois";
const ACTION: &str = "Monter le dossier FSL avec l’assistante sociale";

/// What (a) leaves in the tree: ids of the new axis, objective and action, the need linked and
/// the partner chosen.
struct Created {
    person: i64,
    need: NeedRef,
    partner: (i64, String),
}

/// (a) From M. R.'s diagnostic: Tab to « Projet », N, an axis linked with Ctrl-K to a need of
/// her diagnosis, then n an objective under it, then n an action carried by a partner.
fn create_axis_objective_action(app: &mut App) -> Created {
    let person = open_with_keys(app, "M. R.");
    let logement = app.store.latest_entries(person).unwrap().into_iter().find(|e| e.domain == "logement").unwrap();
    let need_text = logement.needs[0].text.clone();
    to_project_tab(app);
    let axes_before = app.model.person.as_ref().unwrap().case.plan.axes.len();

    shift(app, 'N');
    assert!(matches!(form_kind(app), Some(FormKind::Axis(a)) if a.id == 0), "{:?}", app.model.overlay);
    assert_eq!(focused_field(app), Some(FieldId::AxisTitle));
    type_text(app, AXIS);
    tab_to(app, FieldId::LinkedNeeds);
    ctrl(app, 'k');
    assert!(matches!(app.model.overlay, Some(Overlay::CodePicker(..))), "the finder of her needs opens");
    type_text(app, &need_text);
    press(app, KeyCode::Enter);
    assert_eq!(field_text(app, FieldId::LinkedNeeds), format!("[Logement] {need_text}"));
    ctrl(app, 's');
    saved_as(app, "Axe enregistré.");
    let p = &app.model.person.as_ref().unwrap().case;
    assert_eq!(p.plan.axes.len(), axes_before + 1);
    let Some(PlanItem::Axis(axis)) = selected(app) else { panic!("the new axis is selected") };
    assert_eq!(app.model.person.as_ref().unwrap().case.plan.axis(axis).unwrap().title, AXIS);

    press(app, KeyCode::Char('n'));
    assert!(
        matches!(form_kind(app), Some(FormKind::Objective { objective, readjusts: None }) if objective.axis_id == axis)
    );
    type_text(app, OBJECTIVE);
    tab_to(app, FieldId::Indicator);
    type_text(app, INDICATOR);
    tab_to(app, FieldId::Deadline);
    type_text(app, "01/06/2027");
    ctrl(app, 's');
    saved_as(app, "Objectif enregistré.");
    let Some(PlanItem::Objective(objective)) = selected(app) else { panic!("the new objective is selected") };

    press(app, KeyCode::Char('n'));
    assert!(matches!(form_kind(app), Some(FormKind::Action(a)) if a.objective_id == objective && a.id == 0));
    type_text(app, ACTION);
    tab_to(app, FieldId::Carrier);
    // The référent by default; → goes on to the partners of the directory.
    let carrier = |app: &App| match &app.model.overlay {
        Some(Overlay::Form(f)) => {
            let field = f.fields.iter().find(|x| x.id == FieldId::Carrier).unwrap();
            (field.choice_code().to_string(), field.choice_label().unwrap_or_default().to_string())
        }
        other => panic!("no form: {other:?}"),
    };
    assert_eq!(carrier(app).0, "referent");
    press(app, KeyCode::Right);
    let (code, name) = carrier(app);
    let partner: i64 = code.strip_prefix("partner:").expect("a partner").parse().unwrap();
    assert!(screen_text(app).contains(&name), "the partner's name is shown");
    tab_to(app, FieldId::Due);
    type_text(app, "15/12/2026");
    ctrl(app, 's');
    saved_as(app, "Action enregistrée.");
    assert!(matches!(selected(app), Some(PlanItem::Action(_))), "the new action is selected");
    let text = screen_text(app);
    assert!(text.contains("15/12/2026"), "{text}");
    Created { person, need: NeedRef { domain: "logement".into(), text: need_text }, partner: (partner, name) }
}

#[test]
fn a_the_needs_finder_finds_a_need_by_its_last_word() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let person = open_with_keys(&mut app, "M. R.");
    let needs: Vec<String> =
        app.store.latest_entries(person).unwrap().into_iter().flat_map(|e| e.needs).map(|n| n.text).collect();
    // A need whose last word has an accent: the finder matched words inside a text, never the last.
    let need = needs
        .iter()
        .find(|n| n.split_whitespace().last().is_some_and(|w| !w.is_ascii()))
        .expect("a need ends with an accented word")
        .clone();
    let last = need.split_whitespace().last().unwrap().trim_end_matches([')', '.', ',']).to_string();
    to_project_tab(&mut app);
    shift(&mut app, 'N');
    tab_to(&mut app, FieldId::LinkedNeeds);
    ctrl(&mut app, 'k');
    type_text(&mut app, &last);
    match &app.model.overlay {
        Some(Overlay::CodePicker(_, picker)) => {
            let found: Vec<&str> = picker.list.matches.iter().map(|i| picker.items[*i].label.as_str()).collect();
            assert!(found.contains(&need.as_str()), "« {last} » finds « {need} »: {found:?}");
        }
        other => panic!("the finder is open: {other:?}"),
    }
    assert!(screen_text(&mut app).contains(&need[..need.len().min(30)]));
}

fn new_action_id(app: &App) -> i64 {
    match selected(app) {
        Some(PlanItem::Action(id)) => id,
        other => panic!("an action is selected: {other:?}"),
    }
}

#[test]
fn a_an_axis_an_objective_and_an_action_from_the_diagnosis() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let created = create_axis_objective_action(&mut app);
    let action = new_action_id(&app);
    drop(app);

    let store = open_store(dir.path());
    let plan = store.plan(created.person).unwrap();
    let axis = plan.axes.iter().find(|a| a.title == AXIS).expect("the axis is stored");
    assert_eq!(axis.needs, vec![created.need.clone()]);
    assert_eq!(axis.person_id, created.person);
    assert_eq!(plan.axes.last().unwrap().id, axis.id, "a new axis goes last");
    let objectives: Vec<_> = plan.objectives_of(axis.id).collect();
    assert_eq!(objectives.len(), 1);
    let o = objectives[0];
    assert_eq!(o.title, OBJECTIVE);
    assert_eq!(o.indicator, INDICATOR);
    assert_eq!(o.deadline, Some(day(2027, 6, 1)));
    assert_eq!(o.created_on, today());
    assert_eq!(o.status, ObjectiveStatus::Upcoming);
    let actions: Vec<_> = plan.actions_of(o.id).collect();
    assert_eq!(actions.len(), 1);
    let a = actions[0];
    assert_eq!(a.id, action);
    assert_eq!(a.what, ACTION);
    assert_eq!(a.carrier, Carrier::Partner(created.partner.0));
    assert_eq!(store.partner(created.partner.0).unwrap().name, created.partner.1);
    assert_eq!((a.start, a.due), (Some(today()), Some(day(2026, 12, 15))));
    assert_eq!(a.status, ActionStatus::Todo);
    assert!(!a.archived);
}

#[test]
fn b_d_marks_the_action_done_today() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let created = create_axis_objective_action(&mut app);
    let action = new_action_id(&app);
    press(&mut app, KeyCode::Char('d'));
    assert_eq!(status_kind(&app), Some(StatusKind::Success), "{:?}", app.model.status);
    assert_eq!(selected(&app), Some(PlanItem::Action(action)), "the selection stays on the action");
    let a = app.model.person.as_ref().unwrap().case.plan.action(action).unwrap().clone();
    assert_eq!((a.status, a.done_on), (ActionStatus::Done, Some(today())));
    let text = screen_text(&mut app);
    let line = text.lines().find(|l| l.contains("• Monter le dossier")).expect("the action is drawn");
    assert!(line.contains("☑ fait"), "{line}");
    // A second d asks before reopening it; « non » changes nothing.
    let audit = app.store.audit_count().unwrap();
    press(&mut app, KeyCode::Char('d'));
    assert!(
        matches!(app.model.overlay, Some(Overlay::Confirm { what: Confirm::ReopenAction(id, _), .. }) if id == action)
    );
    assert!(screen_text(&mut app).contains("Rouvrir l’action\u{a0}?"));
    press(&mut app, KeyCode::Char('n'));
    assert!(app.model.overlay.is_none());
    assert_eq!(app.store.audit_count().unwrap(), audit);
    // « oui »: it is « à faire » again, as it was, with no done date.
    press(&mut app, KeyCode::Char('d'));
    press(&mut app, KeyCode::Char('o'));
    assert_eq!(app.model.status.as_ref().map(|s| s.text.as_str()), Some("Action rouverte."));
    assert_eq!(selected(&app), Some(PlanItem::Action(action)), "the selection stays on the action");
    let a = app.model.person.as_ref().unwrap().case.plan.action(action).unwrap().clone();
    assert_eq!((a.status, a.done_on), (ActionStatus::Todo, None));
    // u right after a d undoes it the same way.
    press(&mut app, KeyCode::Char('d'));
    press(&mut app, KeyCode::Char('u'));
    assert!(matches!(app.model.overlay, Some(Overlay::Confirm { what: Confirm::ReopenAction(..), .. })));
    press(&mut app, KeyCode::Char('o'));
    let a = app.model.person.as_ref().unwrap().case.plan.action(action).unwrap().clone();
    assert_eq!((a.status, a.done_on), (ActionStatus::Todo, None));
    // Nothing just done: u says what it does, and asks nothing.
    press(&mut app, KeyCode::Char('u'));
    assert!(app.model.overlay.is_none());
    assert_eq!(status_kind(&app), Some(StatusKind::Info));
    // Done again, for what is stored.
    press(&mut app, KeyCode::Char('d'));
    drop(app);

    let store = open_store(dir.path());
    let plan = store.plan(created.person).unwrap();
    let a = plan.action(action).unwrap();
    assert_eq!(a.status, ActionStatus::Done);
    assert_eq!(a.done_on, Some(today()));
    assert_eq!(a.due, Some(day(2026, 12, 15)), "nothing else moved");
}

/// Creates a person with the keys, goes to her « Projet » tab (empty) and writes an axis, an
/// objective and one action that started on 01/10/2026 and was due on 15/11/2026 (late).
fn person_with_a_late_action(app: &mut App) -> (i64, i64) {
    press(app, KeyCode::Char('n'));
    type_text(app, "Mme Z.");
    tab_to(app, FieldId::Dispositif);
    type_text(app, "PCPE");
    ctrl(app, 's');
    assert_eq!(app.model.screen, Screen::Person);
    let person = app.model.person.as_ref().unwrap().case.person.id;
    to_project_tab(app);
    assert!(rows(app).is_empty());
    assert!(screen_text(app).contains("écrire le premier axe"));
    // With nothing selected, n writes an axis too.
    press(app, KeyCode::Char('n'));
    assert!(matches!(form_kind(app), Some(FormKind::Axis(_))));
    type_text(app, "Accès aux droits");
    ctrl(app, 's');
    saved_ok(app);
    press(app, KeyCode::Char('n'));
    type_text(app, "Ouvrir la complémentaire santé");
    ctrl(app, 's');
    saved_ok(app);
    press(app, KeyCode::Char('n'));
    type_text(app, "Envoyer le formulaire à la CPAM");
    tab_to(app, FieldId::Start);
    assert_eq!(field_text(app, FieldId::Start), "22/11/2026", "an action starts today unless told");
    clear_line(app);
    type_text(app, "01/10/2026");
    tab_to(app, FieldId::Due);
    type_text(app, "15/11/2026");
    ctrl(app, 's');
    saved_ok(app);
    assert_eq!(rows(app).len(), 3);
    let action = new_action_id(app);
    (person, action)
}

/// The file active's line of a person, at a size.
fn file_active_line(app: &mut App, w: u16, h: u16, pseudonym: &str) -> String {
    assert_eq!(app.model.screen, Screen::FileActive);
    let text = to_text(&draw(app, w, h));
    text.lines().find(|l| l.contains(pseudonym)).unwrap_or_else(|| panic!("{pseudonym} listed:\n{text}")).to_string()
}

#[test]
fn c_d_a_late_action_shows_in_the_file_active_until_postponed() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let (person, action) = person_with_a_late_action(&mut app);
    let text = screen_text(&mut app);
    let line = text.lines().find(|l| l.contains("• Envoyer le formulaire")).expect("the action is drawn");
    assert!(line.contains("⚠ 15/11/2026"), "late in the tree: {line}");
    assert!(text.contains("Action en retard"), "a point of attention:\n{text}");

    // (d) Esc: the file active marks her next deadline late, and alerts.
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.model.screen, Screen::FileActive);
    let row = app.model.rows.iter().find(|r| r.person.id == person).unwrap();
    assert_eq!(row.next_deadline, Some(day(2026, 11, 15)));
    let line = file_active_line(&mut app, 120, 36, "Mme Z.");
    assert!(line.contains("⚠ 15/11/2026"), "the échéance column: {line}");
    assert!(line.contains("en retard"), "the alerts: {line}");
    let line = file_active_line(&mut app, 80, 24, "Mme Z.");
    assert!(line.contains("⚠ 15/11"), "the échéance column at 80 columns: {line}");
    assert!(line.width() <= 80);

    // (c) Back to her plan: p, a new date and why.
    open_with_keys(&mut app, "Mme Z.");
    to_project_tab(&mut app);
    press(&mut app, KeyCode::End);
    assert_eq!(selected(&app), Some(PlanItem::Action(action)));
    press(&mut app, KeyCode::Char('p'));
    assert!(matches!(form_kind(&app), Some(FormKind::Postpone(a)) if a.id == action));
    assert_eq!(focused_field(&app), Some(FieldId::NewDate));
    type_text(&mut app, "10/12/2026");
    press(&mut app, KeyCode::Tab);
    assert_eq!(focused_field(&app), Some(FieldId::Reason));
    type_text(&mut app, "La CPAM demande une pièce de plus.");
    ctrl(&mut app, 's');
    saved_ok(&app);
    assert_eq!(selected(&app), Some(PlanItem::Action(action)));
    let text = screen_text(&mut app);
    let line = text.lines().find(|l| l.contains("• Envoyer le formulaire")).unwrap();
    assert!(line.contains("10/12/2026") && !line.contains('⚠'), "no longer late: {line}");
    assert!(text.contains("Reports"), "the journal in the details:\n{text}");
    assert!(text.contains("15/11/2026 → 10/12/2026"), "{text}");
    assert!(text.contains("La CPAM demande une"), "{text}");

    press(&mut app, KeyCode::Esc);
    let line = file_active_line(&mut app, 120, 36, "Mme Z.");
    assert!(line.contains("10/12/2026") && !line.contains("⚠ 10/12"), "{line}");
    assert!(!line.contains("en retard"), "{line}");
    drop(app);

    let store = open_store(dir.path());
    let a = store.plan(person).unwrap().action(action).unwrap().clone();
    assert_eq!(a.due, Some(day(2026, 12, 10)));
    assert_eq!(a.start, Some(day(2026, 10, 1)));
    assert_eq!(a.status, ActionStatus::Todo);
    let journal = store.postponements(action).unwrap();
    assert_eq!(journal.len(), 1);
    let p = &journal[0];
    assert_eq!(p.reason, "La CPAM demande une pièce de plus.");
    assert_eq!((p.on, p.from, p.to), (today(), Some(day(2026, 11, 15)), day(2026, 12, 10)));
}

#[test]
fn c_a_postponement_into_the_past_is_refused() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let (person, action) = person_with_a_late_action(&mut app);
    press(&mut app, KeyCode::Char('p'));
    type_text(&mut app, "20/11/2026");
    press(&mut app, KeyCode::Tab);
    type_text(&mut app, "Oubli");
    ctrl(&mut app, 's');
    assert!(matches!(form_kind(&app), Some(FormKind::Postpone(_))), "the form stays");
    assert_eq!(focused_field(&app), Some(FieldId::NewDate));
    assert_eq!(status_kind(&app), Some(StatusKind::Error));
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('o'));
    assert!(app.model.overlay.is_none());
    drop(app);
    let store = open_store(dir.path());
    assert!(store.postponements(action).unwrap().is_empty());
    assert_eq!(store.plan(person).unwrap().action(action).unwrap().due, Some(day(2026, 11, 15)));
}

#[test]
fn e_the_echeances_jump_to_the_item_in_the_persons_plan() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    shift(&mut app, 'E');
    assert_eq!(app.model.screen, Screen::Deadlines);
    assert!(app.model.deadlines.rows.len() >= 5, "the demo has late and coming items");
    let text = screen_text(&mut app);
    assert!(text.contains("Échéances de la file active"), "{text}");

    // Enter on the first line (an objective of M. K. in the demo).
    let first = app.model.deadlines.rows[0].clone();
    assert_eq!(first.kind, DeadlineKind::Objective, "{first:?}");
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.model.screen, Screen::Person);
    let p = app.model.person.as_ref().unwrap();
    assert_eq!(p.case.person.id, first.person_id);
    assert_eq!(p.tab, PersonTab::Plan);
    assert_eq!(p.plan.view, PlanView::Tree);
    assert_eq!(p.plan.selected_item(&p.case.plan), Some(PlanItem::Objective(first.id)));
    let text = screen_text(&mut app);
    assert!(text.contains(&format!("Objectif · {}", &first.title[..20])), "its details are shown:\n{text}");

    // Échap comes back to the échéances, then to the file active; é this time, and a click on
    // the fifth line (an action): the first click selects, the second opens.
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.model.screen, Screen::Deadlines);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.model.screen, Screen::FileActive);
    press(&mut app, KeyCode::Char('é'));
    assert_eq!(app.model.screen, Screen::Deadlines);
    let index = 4;
    let target = app.model.deadlines.rows[index].clone();
    assert_eq!(target.kind, DeadlineKind::Action, "{target:?}");
    let text = screen_text(&mut app);
    let header = text.lines().position(|l| l.starts_with("│Date")).expect("the table's header") as u16;
    let y = header + 1 + index as u16;
    assert!(text.lines().nth(y as usize).unwrap().contains(&format_fr(target.date)));
    click(&mut app, 20, y);
    assert_eq!(app.model.screen, Screen::Deadlines, "a first click only selects");
    assert_eq!(app.model.deadlines.selected, index);
    screen_text(&mut app);
    click(&mut app, 20, y);
    assert_eq!(app.model.screen, Screen::Person);
    let p = app.model.person.as_ref().unwrap();
    assert_eq!(p.case.person.id, target.person_id);
    assert_eq!(p.tab, PersonTab::Plan);
    assert_eq!(p.plan.selected_item(&p.case.plan), Some(PlanItem::Action(target.id)));
    let journal = app.store.postponements(target.id).unwrap();
    assert_eq!(p.plan.postponements, journal, "the action's journal is loaded");
    let text = screen_text(&mut app);
    let line = text.lines().find(|l| l.contains(&format!("⚠ {}", format_fr(target.date)))).unwrap_or_default();
    assert!(!line.is_empty(), "the late action is in view in the tree:\n{text}");
}

#[test]
fn e_escape_from_the_item_comes_back_to_the_echeances_on_the_same_row() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    shift(&mut app, 'E');
    for _ in 0..4 {
        press(&mut app, KeyCode::Down);
    }
    let target = app.model.deadlines.rows[4].clone();
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.model.screen, Screen::Person);
    // Moving in her plan, or to another tab, is still being there from the échéances.
    press(&mut app, KeyCode::Down);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.model.screen, Screen::Deadlines, "back where she came from");
    assert_eq!(app.model.deadlines.selected, 4, "on the same row");
    assert_eq!(app.model.deadlines.rows[4], target);
    assert!(screen_text(&mut app).contains("Échéances de la file active"));
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.model.screen, Screen::FileActive);
    // A person opened from the file active goes back there, whatever came before.
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.model.screen, Screen::Person);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.model.screen, Screen::FileActive);
}

#[test]
fn f_r_readjusts_an_objective() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let person = open_with_keys(&mut app, "M. R.");
    to_project_tab(&mut app);
    let item = select_first(&mut app, |app, item| match item {
        PlanItem::Objective(id) => {
            app.model.person.as_ref().unwrap().case.plan.objective(id).is_some_and(|o| o.status.is_open())
        }
        _ => false,
    });
    let PlanItem::Objective(old) = item else { unreachable!() };
    let before = app.store.plan(person).unwrap().objective(old).unwrap().clone();
    press(&mut app, KeyCode::Char('r'));
    assert!(
        matches!(form_kind(&app), Some(FormKind::Objective { readjusts: Some(x), .. }) if *x == old),
        "{:?}",
        app.model.overlay
    );
    assert_eq!(field_text(&app, FieldId::ObjectiveTitle), before.title);
    clear_line(&mut app);
    assert_eq!(field_text(&app, FieldId::ObjectiveTitle), "");
    type_text(&mut app, "Tenir le plan d’apurement révisé avec le bailleur");
    ctrl(&mut app, 's');
    saved_ok(&app);
    assert!(screen_text(&mut app).contains("Objectif réajusté"));
    let Some(PlanItem::Objective(new)) = selected(&app) else { panic!("the new objective is selected") };
    assert_ne!(new, old);
    let rows_now = rows(&app);
    let at = rows_now.iter().position(|r| *r == PlanItem::Objective(old)).expect("the old one stays in the tree");
    let at_new = rows_now.iter().position(|r| *r == PlanItem::Objective(new)).unwrap();
    assert!(at_new > at, "the new one comes after the old one");
    drop(app);

    let store = open_store(dir.path());
    let plan = store.plan(person).unwrap();
    let old_now = plan.objective(old).unwrap();
    assert_eq!(old_now.status, ObjectiveStatus::Readjusted);
    assert_eq!(old_now.title, before.title, "the old one keeps its history");
    let new_now = plan.objective(new).unwrap();
    assert_eq!(new_now.replaces, Some(old));
    assert_eq!(new_now.title, "Tenir le plan d’apurement révisé avec le bailleur");
    assert_eq!(new_now.axis_id, before.axis_id);
    assert_eq!(new_now.position, before.position + 1);
    assert_eq!(new_now.created_on, today());
    assert!(new_now.status.is_open());
    assert_eq!(new_now.needs, before.needs, "it answers the same needs");
    assert_eq!(new_now.indicator, before.indicator);
}

#[test]
fn g_x_then_o_archives_an_action() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let person = open_with_keys(&mut app, "M. R.");
    to_project_tab(&mut app);
    let item = select_first(&mut app, |_, item| matches!(item, PlanItem::Action(_)));
    let PlanItem::Action(action) = item else { unreachable!() };
    let what = app.model.person.as_ref().unwrap().case.plan.action(action).unwrap().what.clone();
    let count = rows(&app).len();
    press(&mut app, KeyCode::Char('x'));
    assert!(matches!(
        app.model.overlay,
        Some(Overlay::Confirm { what: Confirm::ArchivePlanItem(x), .. }) if x == item
    ));
    assert!(screen_text(&mut app).contains("Archiver cette action"));
    press(&mut app, KeyCode::Char('o'));
    assert_eq!(status_kind(&app), Some(StatusKind::Success));
    assert!(!rows(&app).contains(&item), "it leaves the tree");
    assert_eq!(rows(&app).len(), count - 1);
    assert!(!screen_text(&mut app).contains(&what[..25]));
    drop(app);

    let store = open_store(dir.path());
    let a = store.plan(person).unwrap().action(action).cloned().expect("still in the database");
    assert!(a.archived);
    assert_eq!(a.what, what);
}

#[test]
fn g_saying_no_keeps_the_action() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let person = open_with_keys(&mut app, "M. R.");
    to_project_tab(&mut app);
    let item = select_first(&mut app, |_, item| matches!(item, PlanItem::Action(_)));
    press(&mut app, KeyCode::Char('x'));
    press(&mut app, KeyCode::Char('n'));
    assert!(app.model.overlay.is_none());
    assert!(rows(&app).contains(&item));
    drop(app);
    let PlanItem::Action(action) = item else { unreachable!() };
    assert!(!open_store(dir.path()).plan(person).unwrap().action(action).unwrap().archived);
}

#[test]
fn h_j_moves_an_objective_down() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let person = open_with_keys(&mut app, "M. R.");
    to_project_tab(&mut app);
    let item = select_first(&mut app, |_, item| matches!(item, PlanItem::Objective(_)));
    let PlanItem::Objective(first) = item else { unreachable!() };
    let plan = app.store.plan(person).unwrap();
    let axis = plan.objective(first).unwrap().axis_id;
    let siblings: Vec<(i64, i64)> = plan.objectives_of(axis).map(|o| (o.id, o.position)).collect();
    assert!(siblings.len() >= 2 && siblings[0].0 == first, "{siblings:?}");
    let (second, second_position) = siblings[1];
    let first_position = siblings[0].1;

    shift(&mut app, 'J');
    assert_eq!(status_kind(&app), Some(StatusKind::Success), "{:?}", app.model.status);
    assert_eq!(selected(&app), Some(item), "the selection follows the objective");
    let now = rows(&app);
    let at = |x: PlanItem| now.iter().position(|r| *r == x).unwrap();
    assert!(at(PlanItem::Objective(second)) < at(item), "the other one comes first now");
    drop(app);

    let store = open_store(dir.path());
    let plan = store.plan(person).unwrap();
    assert_eq!(plan.objective(first).unwrap().position, second_position);
    assert_eq!(plan.objective(second).unwrap().position, first_position);
    let order: Vec<i64> = plan.objectives_of(axis).map(|o| o.id).collect();
    assert_eq!(&order[..2], &[second, first]);
}

#[test]
fn h_k_on_the_first_objective_moves_nothing() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let person = open_with_keys(&mut app, "M. R.");
    to_project_tab(&mut app);
    let before = app.store.plan(person).unwrap();
    select_first(&mut app, |_, item| matches!(item, PlanItem::Objective(_)));
    shift(&mut app, 'K');
    drop(app);
    let after = open_store(dir.path()).plan(person).unwrap();
    let positions =
        |p: &parcours::domain::plan::Plan| p.objectives.iter().map(|o| (o.id, o.position)).collect::<Vec<_>>();
    assert_eq!(positions(&after), positions(&before));
}

#[test]
fn i_a_deadline_before_the_start_is_refused_and_nothing_stored() {
    let dir = demo_dir();
    let (person, plan_before, audit_before) = {
        let store = open_store(dir.path());
        let person = store.find_person("M. R.").unwrap().id;
        (person, store.plan(person).unwrap(), store.audit_count().unwrap())
    };
    let mut app = start(dir.path());
    open_with_keys(&mut app, "M. R.");
    to_project_tab(&mut app);

    // An objective due before the day it is set.
    assert!(matches!(selected(&app), Some(PlanItem::Axis(_))));
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "Objectif daté d’hier");
    tab_to(&mut app, FieldId::Deadline);
    type_text(&mut app, "01/11/2026");
    tab_to(&mut app, FieldId::ObjectiveTitle);
    ctrl(&mut app, 's');
    assert!(matches!(form_kind(&app), Some(FormKind::Objective { .. })), "the form stays open");
    assert_eq!(focused_field(&app), Some(FieldId::Deadline), "the focus goes to the field to fix");
    assert_eq!(field_text(&app, FieldId::Deadline), "01/11/2026", "nothing typed is lost");
    assert_eq!(status_kind(&app), Some(StatusKind::Error));
    for (w, h) in [(80, 24), (120, 36)] {
        let text = to_text(&draw(&mut app, w, h));
        assert!(text.contains("L’échéance précède la date où l’objectif est fixé"), "at {w}×{h}:\n{text}");
    }
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('o'));
    assert!(app.model.overlay.is_none());

    // An action due before it starts.
    select_first(&mut app, |_, item| matches!(item, PlanItem::Objective(_)));
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "Action à l’envers");
    tab_to(&mut app, FieldId::Start);
    clear_line(&mut app);
    type_text(&mut app, "10/12/2026");
    tab_to(&mut app, FieldId::Due);
    type_text(&mut app, "05/12/2026");
    ctrl(&mut app, 's');
    assert!(matches!(form_kind(&app), Some(FormKind::Action(_))), "the form stays open");
    assert_eq!(focused_field(&app), Some(FieldId::Due));
    for (w, h) in [(80, 24), (120, 36)] {
        let text = to_text(&draw(&mut app, w, h));
        assert!(text.contains("L’échéance précède le début"), "at {w}×{h}:\n{text}");
    }
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('o'));
    assert!(app.model.overlay.is_none());
    drop(app);

    let store = open_store(dir.path());
    assert_eq!(store.plan(person).unwrap(), plan_before, "nothing stored");
    assert_eq!(store.audit_count().unwrap(), audit_before, "not one write");
}

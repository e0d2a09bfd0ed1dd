//! The plan in the store: partners, axes, objectives, actions and postponements round-trip, keep
//! their order, refuse what the référent would refuse (leaving nothing written), feed the
//! échéancier and the file active, migrate from schema 1, and travel in a case file.

use chrono::NaiveDate;
use parcours::domain::partner::{Partner, Sector};
use parcours::domain::person::{Person, PersonId, PersonStatus};
use parcours::domain::plan::deadline::DeadlineKind;
use parcours::domain::plan::{
    ActionStatus, Axis, Carrier, GasScale, NeedRef, Objective, ObjectiveStatus, PlanAction, Postponement,
};
use parcours::export::case_json::{CaseError, CasePlan, export_case, import_case, parse_case};
use parcours::store::{LATEST_SCHEMA, Store, StoreError};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The day the tests are written « today ».
fn today() -> NaiveDate {
    day(2026, 11, 22)
}

fn add_person(store: &mut Store, pseudonym: &str) -> PersonId {
    let mut p = Person::new_draft(day(2026, 9, 1));
    p.pseudonym = pseudonym.into();
    store.insert_person(&p).unwrap()
}

fn need(domain: &str, text: &str) -> NeedRef {
    NeedRef { domain: domain.into(), text: text.into() }
}

fn partner(name: &str) -> Partner {
    Partner { name: name.into(), ..Partner::new_draft() }
}

fn axis(store: &mut Store, person: PersonId, title: &str) -> Axis {
    let mut a = Axis::new_draft(person, day(2026, 9, 15));
    a.title = title.into();
    store.save_axis(&a).unwrap()
}

fn objective(store: &mut Store, axis: i64, title: &str, deadline: Option<NaiveDate>) -> Objective {
    let mut o = Objective::new_draft(axis, day(2026, 9, 15));
    o.title = title.into();
    o.deadline = deadline;
    store.save_objective(&o).unwrap()
}

fn action(store: &mut Store, objective: i64, what: &str, due: Option<NaiveDate>) -> PlanAction {
    let mut a = PlanAction::new_draft(objective, day(2026, 9, 15));
    a.what = what.into();
    a.due = due;
    store.save_action(&a).unwrap()
}

/// A person with one axis, one objective and one action: (store, person, axis, objective, action).
fn small_plan() -> (Store, PersonId, Axis, Objective, PlanAction) {
    let mut store = Store::open_in_memory().unwrap();
    let person = add_person(&mut store, "Mme A.");
    let a = axis(&mut store, person, "Garder son logement");
    let o = objective(&mut store, a.id, "Obtenir le FSL", Some(day(2026, 12, 31)));
    let x = action(&mut store, o.id, "Déposer le dossier FSL", Some(day(2026, 11, 30)));
    (store, person, a, o, x)
}

#[test]
fn partners_round_trip_unique_by_name_and_ordered() {
    let mut store = Store::open_in_memory().unwrap();
    let full = Partner {
        id: 0,
        name: "CMP adultes".into(),
        sector: Sector::Sanitaire,
        expertise: "Psychiatrie adulte\nConsultations".into(),
        territory: "Secteur 3".into(),
        contact: "Secrétariat, 01 00 00 00 00".into(),
        notes: "Délai de 6 semaines.\u{1b}[2J".into(),
        archived: false,
    };
    let saved = store.save_partner(&full).unwrap();
    assert!(saved.id > 0);
    assert_eq!(saved, Partner { id: saved.id, notes: "Délai de 6 semaines.[2J".into(), ..full.clone() });
    assert_eq!(store.partner(saved.id).unwrap(), saved);

    let updated = store.save_partner(&Partner { sector: Sector::MedicoSocial, ..saved.clone() }).unwrap();
    assert_eq!(updated.sector, Sector::MedicoSocial);
    // Renaming to its own name in another case is no clash.
    store.save_partner(&Partner { name: "CMP ADULTES".into(), ..updated.clone() }).unwrap();

    for bad in [partner("cmp Adultes"), partner(" \u{7} ")] {
        assert!(matches!(store.save_partner(&bad), Err(StoreError::Invalid(_))), "{bad:?}");
    }
    let other = store.save_partner(&partner("Mission locale")).unwrap();
    assert!(matches!(
        store.save_partner(&Partner { name: "cmp adultes".into(), ..other.clone() }),
        Err(StoreError::Invalid(_))
    ));
    assert!(matches!(store.save_partner(&Partner { id: 999, ..partner("X") }), Err(StoreError::NotFound)));
    assert!(matches!(store.partner(999), Err(StoreError::NotFound)));

    store.save_partner(&partner("Éducation nationale")).unwrap();
    store.save_partner(&partner("emploi accompagné")).unwrap();
    let names = |store: &Store, all| store.partners(all).unwrap().into_iter().map(|p| p.name).collect::<Vec<_>>();
    assert_eq!(names(&store, false), ["CMP ADULTES", "Éducation nationale", "emploi accompagné", "Mission locale"]);

    store.set_partner_archived(other.id, true).unwrap();
    assert_eq!(names(&store, false).len(), 3);
    assert_eq!(names(&store, true).len(), 4);
    assert!(store.partner(other.id).unwrap().archived);
    // Saving does not bring an archived partner back: archiving has its own call.
    store.save_partner(&Partner { notes: "x".into(), ..store.partner(other.id).unwrap() }).unwrap();
    assert!(store.partner(other.id).unwrap().archived);
    assert!(matches!(store.set_partner_archived(999, true), Err(StoreError::NotFound)));
}

#[test]
fn axis_objective_and_action_round_trip_with_every_field() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let person = add_person(&mut store, "M. B.");
    let carrier = store.save_partner(&Partner { sector: Sector::Logement, ..partner("Bailleur social") }).unwrap();

    let a = Axis {
        id: 0,
        person_id: person,
        position: 42,
        title: "Garder son logement".into(),
        rationale: "Loyer impayé depuis trois mois.\nProcédure engagée.".into(),
        needs: vec![need("logement", "Maintien dans le logement"), need("budget", "Gestion du budget")],
        participation: "Entretiens au domicile tous les quinze jours.".into(),
        person_view: "« Je veux rester chez moi. »".into(),
        created_on: day(2026, 9, 15),
        archived: false,
    };
    let saved_axis = store.save_axis(&a).unwrap();
    assert_eq!(saved_axis, Axis { id: saved_axis.id, position: 0, ..a.clone() });

    let o = Objective {
        id: 0,
        axis_id: saved_axis.id,
        position: 7,
        title: "Obtenir l'aide du FSL".into(),
        indicator: "Notification d'accord reçue".into(),
        expected_result: "Dette apurée".into(),
        deadline: Some(day(2027, 1, 31)),
        status: ObjectiveStatus::InProgress,
        gas: GasScale {
            levels: [
                "Expulsion".into(),
                "Rien".into(),
                "Accord FSL".into(),
                "Accord et plan".into(),
                "Tout réglé".into(),
            ],
            baseline: -2,
            importance: 3,
            difficulty: 2,
        },
        person_view: "« D'accord. »".into(),
        needs: vec![need("logement", "Maintien dans le logement")],
        replaces: None,
        created_on: day(2026, 9, 20),
        archived: false,
    };
    let saved_objective = store.save_objective(&o).unwrap();
    assert_eq!(saved_objective, Objective { id: saved_objective.id, position: 0, ..o.clone() });

    let x = PlanAction {
        id: 0,
        objective_id: saved_objective.id,
        position: 9,
        what: "Déposer le dossier FSL".into(),
        carrier: Carrier::Partner(carrier.id),
        start: Some(day(2026, 10, 1)),
        due: Some(day(2026, 11, 30)),
        done_on: None,
        status: ActionStatus::InProgress,
        serafin_service: Some("2.3.5.1".into()),
        archived: false,
    };
    let saved_action = store.save_action(&x).unwrap();
    assert_eq!(saved_action, PlanAction { id: saved_action.id, position: 0, ..x.clone() });
    drop(store);

    let mut store = Store::open(dir.path()).unwrap();
    let plan = store.plan(person).unwrap();
    assert_eq!(plan.axes, vec![saved_axis.clone()]);
    assert_eq!(plan.objectives, vec![saved_objective.clone()]);
    assert_eq!(plan.actions, vec![saved_action.clone()]);

    // Updates rewrite every field (needs included) but keep the position.
    let a2 = Axis { title: "Garder son logement\u{7}".into(), needs: vec![], position: 5, ..saved_axis.clone() };
    let a2 = store.save_axis(&a2).unwrap();
    assert_eq!((a2.title.as_str(), a2.needs.len(), a2.position), ("Garder son logement", 0, 0));
    let o2 = Objective {
        status: ObjectiveStatus::Achieved,
        gas: GasScale { importance: 0, ..o.gas.clone() },
        needs: vec![need("sante", "Soins"), need("logement", "Maintien dans le logement")],
        ..saved_objective.clone()
    };
    assert_eq!(store.save_objective(&o2).unwrap(), o2);
    let x2 = PlanAction { carrier: Carrier::Person, serafin_service: None, due: None, ..saved_action.clone() };
    assert_eq!(store.save_action(&x2).unwrap(), x2);
    let plan = store.plan(person).unwrap();
    assert_eq!((plan.objectives[0].clone(), plan.actions[0].clone()), (o2, x2));

    // Unknown rows.
    assert!(matches!(store.plan(999), Err(StoreError::NotFound)));
    assert!(matches!(store.save_axis(&Axis { id: 999, ..a.clone() }), Err(StoreError::NotFound)));
    assert!(matches!(store.save_axis(&Axis { person_id: 999, ..a.clone() }), Err(StoreError::NotFound)));
    assert!(matches!(store.save_objective(&Objective { axis_id: 999, ..o.clone() }), Err(StoreError::NotFound)));
    assert!(matches!(store.save_action(&PlanAction { objective_id: 999, ..x.clone() }), Err(StoreError::NotFound)));
}

#[test]
fn new_items_go_last_and_move_among_their_siblings() {
    let mut store = Store::open_in_memory().unwrap();
    let person = add_person(&mut store, "Mme C.");
    let other = add_person(&mut store, "M. D.");
    let axes: Vec<Axis> = ["A", "B", "C"].iter().map(|t| axis(&mut store, person, t)).collect();
    assert_eq!(axes.iter().map(|a| a.position).collect::<Vec<_>>(), [0, 1, 2]);
    // Another person's axes count apart.
    assert_eq!(axis(&mut store, other, "Z").position, 0);
    let o1 = objective(&mut store, axes[0].id, "o1", None);
    let o2 = objective(&mut store, axes[0].id, "o2", None);
    let o3 = objective(&mut store, axes[1].id, "o3", None);
    assert_eq!((o1.position, o2.position, o3.position), (0, 1, 0));
    let x1 = action(&mut store, o1.id, "x1", None);
    let x2 = action(&mut store, o1.id, "x2", None);
    assert_eq!((x1.position, x2.position), (0, 1));

    let titles = |store: &Store| store.plan(person).unwrap().axes.into_iter().map(|a| a.title).collect::<Vec<_>>();
    store.move_axis(axes[2].id, -1).unwrap();
    assert_eq!(titles(&store), ["A", "C", "B"]);
    store.move_axis(axes[2].id, -1).unwrap();
    assert_eq!(titles(&store), ["C", "A", "B"]);

    // At the ends nothing moves and nothing is written.
    let audit = store.audit_count().unwrap();
    store.move_axis(axes[2].id, -1).unwrap();
    store.move_axis(axes[1].id, 1).unwrap();
    assert_eq!(titles(&store), ["C", "A", "B"]);
    assert_eq!(store.audit_count().unwrap(), audit);

    store.move_axis(axes[0].id, 1).unwrap();
    assert_eq!(titles(&store), ["C", "B", "A"]);
    assert_eq!(store.audit_count().unwrap(), audit + 2, "one audit row per row moved");

    store.move_objective(o2.id, -1).unwrap();
    let plan = store.plan(person).unwrap();
    assert_eq!(plan.objectives_of(axes[0].id).map(|o| o.title.as_str()).collect::<Vec<_>>(), ["o2", "o1"]);
    store.move_objective(o3.id, 1).unwrap();
    store.move_action(x1.id, 1).unwrap();
    let plan = store.plan(person).unwrap();
    assert_eq!(plan.actions_of(o1.id).map(|a| a.what.as_str()).collect::<Vec<_>>(), ["x2", "x1"]);
    assert_eq!(plan.objectives_of(axes[1].id).count(), 1);

    // Archived siblings, hidden by the UI, are stepped over.
    let b = axis(&mut store, person, "D");
    store.set_axis_archived(axes[0].id, true).unwrap();
    store.move_axis(b.id, -1).unwrap();
    assert_eq!(titles(&store), ["C", "D", "B", "A"]);

    for result in [store.move_axis(999, 1), store.move_objective(999, 1), store.move_action(999, -1)] {
        assert!(matches!(result, Err(StoreError::NotFound)));
    }
}

#[test]
fn archiving_flags_without_hiding() {
    let (mut store, person, a, o, x) = small_plan();
    store.set_axis_archived(a.id, true).unwrap();
    store.set_objective_archived(o.id, true).unwrap();
    store.set_action_archived(x.id, true).unwrap();
    let plan = store.plan(person).unwrap();
    assert!(plan.axes[0].archived && plan.objectives[0].archived && plan.actions[0].archived);
    // Saving does not unarchive: that has its own call.
    store.save_action(&plan.actions[0]).unwrap();
    assert!(store.plan(person).unwrap().actions[0].archived);
    store.set_action_archived(x.id, false).unwrap();
    assert!(!store.plan(person).unwrap().actions[0].archived);
    for result in [
        store.set_axis_archived(999, true),
        store.set_objective_archived(999, true),
        store.set_action_archived(999, true),
    ] {
        assert!(matches!(result, Err(StoreError::NotFound)));
    }
}

#[test]
fn a_readjusted_objective_keeps_its_history_and_links_the_new_one() {
    let (mut store, person, a, o, x) = small_plan();
    let after = objective(&mut store, a.id, "Après", None);
    let audit = store.audit_count().unwrap();
    let mut new = o.readjusted(today());
    new.title = "Obtenir un plan d'apurement".into();
    new.deadline = Some(day(2027, 3, 1));
    let saved = store.readjust_objective(o.id, &new).unwrap();
    assert_eq!(saved.replaces, Some(o.id));
    assert_eq!((saved.axis_id, saved.status, saved.position), (a.id, ObjectiveStatus::InProgress, 1));

    let plan = store.plan(person).unwrap();
    let titles: Vec<&str> = plan.objectives.iter().map(|o| o.title.as_str()).collect();
    assert_eq!(titles, ["Obtenir le FSL", "Obtenir un plan d'apurement", "Après"]);
    let old = plan.objective(o.id).unwrap();
    assert_eq!(old.status, ObjectiveStatus::Readjusted);
    assert_eq!(Objective { status: o.status, ..old.clone() }, o, "the old one keeps everything else");
    assert_eq!(plan.objective(after.id).unwrap().position, 2);
    assert_eq!(plan.actions_of(o.id).next(), Some(&x), "its actions stay with it");
    assert_eq!(store.audit_count().unwrap(), audit + 3, "old updated, later one shifted, new inserted");

    // Once only; a bad new objective writes nothing.
    assert!(matches!(store.readjust_objective(o.id, &new), Err(StoreError::Invalid(_))));
    let fresh = objective(&mut store, a.id, "Autre", None);
    let audit = store.audit_count().unwrap();
    let bad = Objective { deadline: Some(day(2020, 1, 1)), ..fresh.readjusted(today()) };
    assert!(matches!(store.readjust_objective(fresh.id, &bad), Err(StoreError::Invalid(_))));
    assert_eq!(store.audit_count().unwrap(), audit);
    assert_eq!(store.plan(person).unwrap().objective(fresh.id).unwrap().status, ObjectiveStatus::Upcoming);
    assert!(matches!(store.readjust_objective(999, &new), Err(StoreError::NotFound)));
}

#[test]
fn what_the_rules_refuse_writes_nothing() {
    let (mut store, person, a, o, x) = small_plan();
    let before = store.plan(person).unwrap();
    let audit = store.audit_count().unwrap();

    let mut late = Objective::new_draft(a.id, day(2026, 11, 22));
    late.title = "Deadline before its creation".into();
    late.deadline = Some(day(2026, 11, 21));
    assert!(matches!(store.save_objective(&late), Err(StoreError::Invalid(_))));
    assert!(matches!(
        store.save_objective(&Objective { deadline: Some(day(2026, 9, 1)), ..o.clone() }),
        Err(StoreError::Invalid(_))
    ));
    let gas = GasScale { baseline: 0, ..GasScale::default() };
    assert!(matches!(store.save_objective(&Objective { gas, ..o.clone() }), Err(StoreError::Invalid(_))));

    let mut backwards = PlanAction::new_draft(o.id, day(2026, 11, 22));
    backwards.what = "Due before its start".into();
    backwards.due = Some(day(2026, 11, 1));
    assert!(matches!(store.save_action(&backwards), Err(StoreError::Invalid(_))));
    assert!(matches!(
        store.save_action(&PlanAction { due: Some(day(2026, 9, 1)), ..x.clone() }),
        Err(StoreError::Invalid(_))
    ));
    let stranger = PlanAction { carrier: Carrier::Partner(4242), ..x.clone() };
    assert!(matches!(store.save_action(&stranger), Err(StoreError::Invalid(_))));
    assert!(matches!(store.save_action(&PlanAction { id: 0, ..stranger }), Err(StoreError::Invalid(_))));
    let unknown_service = PlanAction { serafin_service: Some("9.9.9".into()), ..x.clone() };
    assert!(matches!(store.save_action(&unknown_service), Err(StoreError::Invalid(_))));
    assert!(matches!(store.save_axis(&Axis { title: "\u{1b}".into(), ..a.clone() }), Err(StoreError::Invalid(_))));
    assert!(matches!(
        store.save_objective(&Objective { replaces: Some(o.id), ..o.clone() }),
        Err(StoreError::Invalid(_))
    ));

    assert_eq!(store.audit_count().unwrap(), audit);
    assert_eq!(store.plan(person).unwrap(), before);
}

#[test]
fn postponements_are_journaled_and_move_the_due_date() {
    let (mut store, _, _, _, x) = small_plan();
    let audit = store.audit_count().unwrap();
    let first = Postponement {
        action_id: x.id,
        on: day(2026, 11, 20),
        from: None,
        to: day(2026, 12, 10),
        reason: "Attente de l'avis d'imposition".into(),
    };
    let moved = store.postpone_action(&first).unwrap();
    assert_eq!(moved.due, Some(day(2026, 12, 10)));
    let second = Postponement {
        on: day(2026, 12, 8),
        to: day(2027, 1, 15),
        reason: "Rendez-vous reporté".into(),
        ..first.clone()
    };
    store.postpone_action(&second).unwrap();
    assert_eq!(store.audit_count().unwrap(), audit + 4, "each: the journal row and the action");

    let journal = store.postponements(x.id).unwrap();
    assert_eq!(
        journal,
        vec![
            Postponement { from: Some(day(2026, 11, 30)), ..first.clone() },
            Postponement { from: Some(day(2026, 12, 10)), ..second.clone() },
        ]
    );
    let audit = store.audit_count().unwrap();
    let empty_reason = Postponement { reason: " \u{7} ".into(), to: day(2027, 2, 1), ..second.clone() };
    assert!(matches!(store.postpone_action(&empty_reason), Err(StoreError::Invalid(_))));
    let in_the_past = Postponement { to: day(2026, 12, 7), ..second.clone() };
    assert!(matches!(store.postpone_action(&in_the_past), Err(StoreError::Invalid(_))));
    let before_start = Postponement { on: day(2026, 9, 1), to: day(2026, 9, 2), ..second.clone() };
    assert!(matches!(store.postpone_action(&before_start), Err(StoreError::Invalid(_))));
    assert!(matches!(
        store.postpone_action(&Postponement { action_id: 999, ..second.clone() }),
        Err(StoreError::NotFound)
    ));
    assert_eq!(store.audit_count().unwrap(), audit);
    assert_eq!(store.postponements(x.id).unwrap().len(), 2);
    assert!(matches!(store.postponements(999), Err(StoreError::NotFound)));

    store.mark_action_done(x.id, today()).unwrap();
    assert!(matches!(
        store.postpone_action(&Postponement { to: day(2027, 5, 1), ..second }),
        Err(StoreError::Invalid(_))
    ));
}

#[test]
fn marking_done_sets_status_and_date() {
    let (mut store, person, _, _, x) = small_plan();
    let done = store.mark_action_done(x.id, today()).unwrap();
    assert_eq!((done.status, done.done_on), (ActionStatus::Done, Some(today())));
    assert_eq!(store.plan(person).unwrap().actions[0], done);
    // Before its start: refused.
    assert!(matches!(store.mark_action_done(x.id, day(2026, 9, 1)), Err(StoreError::Invalid(_))));
    assert!(matches!(store.mark_action_done(999, today()), Err(StoreError::NotFound)));
}

#[test]
fn deadlines_list_late_and_near_items_of_active_persons_in_order() {
    let mut store = Store::open_in_memory().unwrap();
    let zoe = add_person(&mut store, "Zoé");
    let emile = add_person(&mut store, "Émile");
    let paused = add_person(&mut store, "Paula");
    let archived = add_person(&mut store, "Archie");

    let az = axis(&mut store, zoe, "Axe");
    let oz = objective(&mut store, az.id, "Objectif de Zoé", Some(day(2026, 11, 25)));
    let late = action(&mut store, oz.id, "En retard", Some(day(2026, 11, 10)));
    let near = action(&mut store, oz.id, "Cette semaine", Some(day(2026, 11, 25)));
    let far = action(&mut store, oz.id, "Plus tard", Some(day(2027, 2, 1)));
    let done = action(&mut store, oz.id, "Faite", Some(day(2026, 11, 12)));
    store.mark_action_done(done.id, day(2026, 11, 12)).unwrap();
    let cancelled = action(&mut store, oz.id, "Annulée", Some(day(2026, 11, 12)));
    store.save_action(&PlanAction { status: ActionStatus::Cancelled, ..cancelled }).unwrap();
    let hidden = action(&mut store, oz.id, "Archivée", Some(day(2026, 11, 12)));
    store.set_action_archived(hidden.id, true).unwrap();
    action(&mut store, oz.id, "Sans date", None);
    let achieved = objective(&mut store, az.id, "Atteint", Some(day(2026, 11, 20)));
    store.save_objective(&Objective { status: ObjectiveStatus::Achieved, ..achieved.clone() }).unwrap();
    // Under an archived objective: out, though open.
    let gone = objective(&mut store, az.id, "Archivé", Some(day(2026, 11, 20)));
    action(&mut store, gone.id, "Sous un objectif archivé", Some(day(2026, 11, 20)));
    store.set_objective_archived(gone.id, true).unwrap();

    let ae = axis(&mut store, emile, "Axe");
    let oe = objective(&mut store, ae.id, "Objectif d'Émile", None);
    let same_day = action(&mut store, oe.id, "Même jour", Some(day(2026, 11, 25)));

    for other in [paused, archived] {
        let a = axis(&mut store, other, "Axe");
        let o = objective(&mut store, a.id, "Objectif", Some(day(2026, 11, 23)));
        action(&mut store, o.id, "Action", Some(day(2026, 11, 23)));
    }
    let mut p = store.person(paused).unwrap();
    p.status = PersonStatus::Paused;
    store.update_person(&p).unwrap();
    store.set_archived(archived, true).unwrap();

    let list = store.deadlines(day(2026, 11, 29)).unwrap();
    let shape: Vec<(NaiveDate, &str, DeadlineKind, i64)> =
        list.iter().map(|d| (d.date, d.pseudonym.as_str(), d.kind, d.id)).collect();
    assert_eq!(
        shape,
        vec![
            (day(2026, 11, 10), "Zoé", DeadlineKind::Action, late.id),
            (day(2026, 11, 25), "Émile", DeadlineKind::Action, same_day.id),
            (day(2026, 11, 25), "Zoé", DeadlineKind::Objective, oz.id),
            (day(2026, 11, 25), "Zoé", DeadlineKind::Action, near.id),
        ]
    );
    assert_eq!(list[0].title, "En retard");
    assert_eq!(list[0].person_id, zoe);
    assert!(store.deadlines(day(2027, 3, 1)).unwrap().iter().any(|d| d.id == far.id));
    assert!(store.deadlines(day(2026, 11, 1)).unwrap().is_empty());
}

#[test]
fn the_file_active_shows_next_deadline_and_late_actions() {
    let mut store = Store::open_in_memory().unwrap();
    let a_person = add_person(&mut store, "Mme A.");
    let b_person = add_person(&mut store, "M. B.");
    add_person(&mut store, "Sans plan");
    let ax = axis(&mut store, a_person, "Axe");
    let o = objective(&mut store, ax.id, "Objectif", Some(day(2026, 12, 20)));
    action(&mut store, o.id, "Retard 1", Some(day(2026, 11, 1)));
    action(&mut store, o.id, "Retard 2", Some(day(2026, 11, 21)));
    action(&mut store, o.id, "Aujourd'hui", Some(today()));
    let done = action(&mut store, o.id, "Faite", Some(day(2026, 10, 1)));
    store.mark_action_done(done.id, day(2026, 10, 1)).unwrap();
    let bx = axis(&mut store, b_person, "Axe");
    objective(&mut store, bx.id, "Seulement un objectif", Some(day(2027, 1, 5)));

    let rows = store.person_summaries_on(false, today()).unwrap();
    let shape: Vec<(&str, Option<NaiveDate>, usize)> =
        rows.iter().map(|s| (s.person.pseudonym.as_str(), s.next_deadline, s.late_actions)).collect();
    assert_eq!(
        shape,
        vec![("M. B.", Some(day(2027, 1, 5)), 0), ("Mme A.", Some(day(2026, 11, 1)), 2), ("Sans plan", None, 0)]
    );
    // Without a day, nothing is late; the next deadline is the same.
    let rows = store.person_summaries(false).unwrap();
    assert_eq!(rows[1].next_deadline, Some(day(2026, 11, 1)));
    assert!(rows.iter().all(|s| s.late_actions == 0));
    store.set_axis_archived(ax.id, true).unwrap();
    let rows = store.person_summaries_on(false, today()).unwrap();
    assert_eq!((rows[1].next_deadline, rows[1].late_actions), (None, 0));
}

#[test]
fn every_plan_write_leaves_its_audit_rows() {
    let mut store = Store::open_in_memory().unwrap();
    let person = add_person(&mut store, "Mme A.");
    let mut count = store.audit_count().unwrap();
    let mut expect = |store: &Store, added: i64| {
        count += added;
        assert_eq!(store.audit_count().unwrap(), count);
    };
    let p = store.save_partner(&partner("SAMSAH")).unwrap();
    expect(&store, 1);
    store.save_partner(&p).unwrap();
    expect(&store, 1);
    store.set_partner_archived(p.id, true).unwrap();
    expect(&store, 1);
    let a = axis(&mut store, person, "Axe");
    expect(&store, 1);
    store.save_axis(&a).unwrap();
    expect(&store, 1);
    let o = objective(&mut store, a.id, "Objectif", None);
    expect(&store, 1);
    store.save_objective(&o).unwrap();
    expect(&store, 1);
    let x = action(&mut store, o.id, "Action", Some(day(2026, 12, 1)));
    expect(&store, 1);
    store.save_action(&PlanAction { carrier: Carrier::Partner(p.id), ..x.clone() }).unwrap();
    expect(&store, 1);
    store.set_axis_archived(a.id, true).unwrap();
    store.set_objective_archived(o.id, true).unwrap();
    store.set_action_archived(x.id, true).unwrap();
    expect(&store, 3);
    let x2 = action(&mut store, o.id, "Action 2", None);
    expect(&store, 1);
    store.move_action(x2.id, -1).unwrap();
    expect(&store, 0); // x is archived: nothing to step over alike
    store.set_action_archived(x.id, false).unwrap();
    expect(&store, 1);
    store.move_action(x2.id, -1).unwrap();
    expect(&store, 2);
    store
        .postpone_action(&Postponement {
            action_id: x.id,
            on: today(),
            from: None,
            to: day(2027, 1, 1),
            reason: "r".into(),
        })
        .unwrap();
    expect(&store, 2);
    store.mark_action_done(x.id, today()).unwrap();
    expect(&store, 1);
    store.readjust_objective(o.id, &o.readjusted(today())).unwrap();
    expect(&store, 2);
}

#[test]
fn a_schema_1_database_is_backed_up_then_migrated() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join(parcours::store::DB_FILE);
    {
        let mut conn = rusqlite::Connection::open(&db).unwrap();
        let v1 = rusqlite_migration::Migrations::new(vec![rusqlite_migration::M::up(include_str!(
            "../src/store/migrations/001_initial.sql"
        ))]);
        v1.to_latest(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO person (pseudonym, pseudonym_key, created_at, updated_at)
                 VALUES ('Mme Ancienne', 'mme ancienne', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');",
        )
        .unwrap();
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
        assert_eq!(version, 1);
    }

    let mut store = Store::open(dir.path()).unwrap();
    let report = store.last_migration().unwrap().clone();
    assert_eq!((report.from, report.to), (1, LATEST_SCHEMA));
    assert_eq!(store.schema_version().unwrap(), LATEST_SCHEMA);
    let persons = store.persons(true).unwrap();
    assert_eq!(persons.iter().map(|p| p.pseudonym.as_str()).collect::<Vec<_>>(), ["Mme Ancienne"]);
    // The new tables work on the migrated file.
    let a = axis(&mut store, persons[0].id, "Axe");
    assert_eq!(store.plan(persons[0].id).unwrap().axes, vec![a]);
    assert_eq!(store.integrity_check().unwrap(), Vec::<String>::new());

    let backup = report.backup.unwrap();
    assert!(backup.exists());
    let old = rusqlite::Connection::open(&backup).unwrap();
    let version: i64 = old.pragma_query_value(None, "user_version", |r| r.get(0)).unwrap();
    assert_eq!(version, 1);
    let n: i64 = old.query_row("SELECT count(*) FROM person", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 1);
    let tables: i64 =
        old.query_row("SELECT count(*) FROM sqlite_schema WHERE name = 'axis'", [], |r| r.get(0)).unwrap();
    assert_eq!(tables, 0, "the backup is the database as it was");
}

#[test]
fn postponements_cannot_be_rewritten() {
    let dir = tempfile::tempdir().unwrap();
    let (db, id) = {
        let mut store = Store::open(dir.path()).unwrap();
        let person = add_person(&mut store, "Mme A.");
        let a = axis(&mut store, person, "Axe");
        let o = objective(&mut store, a.id, "Objectif", None);
        let x = action(&mut store, o.id, "Action", Some(day(2026, 12, 1)));
        store
            .postpone_action(&Postponement {
                action_id: x.id,
                on: today(),
                from: None,
                to: day(2027, 1, 1),
                reason: "r".into(),
            })
            .unwrap();
        (store.path().unwrap().to_path_buf(), x.id)
    };
    let conn = rusqlite::Connection::open(db).unwrap();
    assert!(conn.execute("UPDATE action_postponement SET reason = 'x'", []).is_err());
    assert!(conn.execute("DELETE FROM action_postponement", []).is_err());
    // A malformed date edited by hand reads back as unknown rather than failing.
    conn.execute("UPDATE action SET due = 'bientôt', start = '31/12/2026' WHERE id = ?1", [id]).unwrap();
    drop(conn);
    let store = Store::open(dir.path()).unwrap();
    let plan = store.plan(store.persons(true).unwrap()[0].id).unwrap();
    assert_eq!((plan.actions[0].due, plan.actions[0].start), (None, None));
    assert!(store.deadlines(day(2030, 1, 1)).unwrap().is_empty());
    assert_eq!(store.person_summaries(true).unwrap()[0].next_deadline, None);
}

#[test]
fn synthetic_caseload_has_ten_actions_per_person() {
    let mut store = Store::open_in_memory().unwrap();
    parcours::synthetic::generate(&mut store, 50, 3, 42).unwrap();
    let persons = store.persons(true).unwrap();
    assert_eq!(persons.len(), 50);
    let mut actions = Vec::new();
    for p in &persons {
        let plan = store.plan(p.id).unwrap();
        assert_eq!((plan.axes.len(), plan.objectives.len()), (2, 3));
        actions.extend(plan.actions);
    }
    assert_eq!(actions.len(), 500);
    let statuses: std::collections::HashSet<_> = actions.iter().map(|a| a.status).collect();
    assert_eq!(statuses.len(), 4, "mixed statuses");
    let carriers = |f: fn(&Carrier) -> bool| actions.iter().filter(|a| f(&a.carrier)).count();
    assert!(carriers(|c| *c == Carrier::Person) > 0 && carriers(|c| *c == Carrier::Referent) > 0);
    assert!(carriers(|c| matches!(c, Carrier::Partner(_))) > 0);
    let (earliest, latest) = (day(2026, 9, 23), day(2027, 3, 22));
    assert!(actions.iter().all(|a| a.due.is_some_and(|d| earliest <= d && d <= latest)));
    assert!((20..=30).contains(&store.partners(true).unwrap().len()));
    assert!(!store.deadlines(today()).unwrap().is_empty());
}

#[test]
fn a_case_file_carries_the_plan() {
    let mut source = Store::open_in_memory().unwrap();
    let person = add_person(&mut source, "Mme A.");
    let samsah = source.save_partner(&Partner { sector: Sector::MedicoSocial, ..partner("SAMSAH") }).unwrap();
    let mut a = Axis::new_draft(person, day(2026, 9, 15));
    a.title = "Rester chez soi".into();
    a.needs = vec![need("autonomie", "Aide à domicile")];
    let a = source.save_axis(&a).unwrap();
    let archived_axis = axis(&mut source, person, "Ancien axe");
    source.set_axis_archived(archived_axis.id, true).unwrap();
    let mut o = Objective::new_draft(a.id, day(2026, 9, 15));
    o.title = "Aide à domicile en place".into();
    o.needs = vec![need("autonomie", "Aide à domicile")];
    o.gas.levels = ["a", "b", "c", "d", "e"].map(String::from);
    o.deadline = Some(day(2026, 12, 1));
    let o = source.save_objective(&o).unwrap();
    let mut x = PlanAction::new_draft(o.id, day(2026, 10, 1));
    x.what = "Visite d'évaluation".into();
    x.carrier = Carrier::Partner(samsah.id);
    x.due = Some(day(2026, 11, 1));
    x.serafin_service = Some("2.3.5.1".into());
    let x = source.save_action(&x).unwrap();
    source
        .postpone_action(&Postponement {
            action_id: x.id,
            on: day(2026, 10, 30),
            from: None,
            to: day(2026, 11, 15),
            reason: "Absente".into(),
        })
        .unwrap();
    let new = source.readjust_objective(o.id, &o.readjusted(day(2026, 11, 20))).unwrap();
    action(&mut source, new.id, "Appeler le SAMSAH", Some(day(2026, 12, 5)));

    let exported = export_case(&source, person).unwrap();
    let json = serde_json::to_string_pretty(&exported).unwrap();
    let case = parse_case(&json).unwrap();
    let plan = case.plan.as_ref().unwrap();
    assert_eq!((plan.axes.len(), plan.objectives.len(), plan.actions.len()), (2, 2, 2));
    assert_eq!((plan.postponements.len(), plan.partners.len()), (1, 1));

    // In a database whose directory already knows the partner under another case.
    let mut target = Store::open_in_memory().unwrap();
    add_person(&mut target, "Quelqu'un d'autre");
    let known = target.save_partner(&partner("samsah")).unwrap();
    let first = import_case(&mut target, &case).unwrap();
    let second = import_case(&mut target, &case).unwrap();
    assert_eq!(target.partners(true).unwrap().len(), 1, "matched by name, not added");

    for report in [first, second] {
        let imported = target.plan(report.person_id).unwrap();
        let original = source.plan(person).unwrap();
        assert_eq!(imported.axes.len(), original.axes.len());
        for (i, o) in imported.axes.iter().zip(&original.axes) {
            assert_eq!(Axis { id: o.id, person_id: o.person_id, ..i.clone() }, *o);
        }
        let new_of = |id: i64| {
            let at = original.objectives.iter().position(|o| o.id == id).unwrap();
            imported.objectives[at].id
        };
        for (i, o) in imported.objectives.iter().zip(&original.objectives) {
            let axis_at = original.axes.iter().position(|a| a.id == o.axis_id).unwrap();
            assert_eq!(i.axis_id, imported.axes[axis_at].id);
            assert_eq!(i.replaces, o.replaces.map(new_of), "the replaces link follows the new ids");
            assert_eq!(Objective { id: o.id, axis_id: o.axis_id, replaces: o.replaces, ..i.clone() }, *o);
        }
        for (i, o) in imported.actions.iter().zip(&original.actions) {
            assert_eq!(i.objective_id, new_of(o.objective_id));
            let carrier = if o.carrier == Carrier::Partner(samsah.id) { Carrier::Partner(known.id) } else { o.carrier };
            assert_eq!(i.carrier, carrier);
            assert_eq!(PlanAction { id: o.id, objective_id: o.objective_id, carrier: o.carrier, ..i.clone() }, *o);
        }
        let moved = imported.actions.iter().find(|a| a.what == "Visite d'évaluation").unwrap();
        let journal = target.postponements(moved.id).unwrap();
        assert_eq!(journal.len(), 1);
        assert_eq!(
            (journal[0].from, journal[0].to, journal[0].reason.as_str()),
            (Some(day(2026, 11, 1)), day(2026, 11, 15), "Absente")
        );
    }

    // A file without a plan (written before plans existed) still imports, and exports none back.
    let mut old = serde_json::to_value(&exported).unwrap();
    old.as_object_mut().unwrap().remove("plan");
    let case = parse_case(&old.to_string()).unwrap();
    assert!(case.plan.is_none());
    let mut fresh = Store::open_in_memory().unwrap();
    let report = import_case(&mut fresh, &case).unwrap();
    assert!(fresh.plan(report.person_id).unwrap().axes.is_empty());
    assert!(export_case(&fresh, report.person_id).unwrap().plan.is_none());
    assert!(!serde_json::to_string(&export_case(&fresh, report.person_id).unwrap()).unwrap().contains("\"plan\""));
}

#[test]
fn a_case_with_a_broken_plan_imports_nothing() {
    let (source, person, _, o, x) = small_plan();
    let case = export_case(&source, person).unwrap();
    type Breaker = Box<dyn Fn(&mut CasePlan)>;
    let mut breakers: Vec<Breaker> = vec![
        Box::new(|p| p.objectives[0].axis_id = 999),
        Box::new(|p| p.actions[0].objective_id = 999),
        Box::new(|p| p.actions[0].carrier = Carrier::Partner(5)),
        Box::new(|p| p.objectives[0].replaces = Some(999)),
        Box::new(|p| p.objectives[0].deadline = Some(day(2000, 1, 1))),
        Box::new(|p| p.actions[0].due = Some(day(2000, 1, 1))),
    ];
    let (oid, xid) = (o.id, x.id);
    breakers.push(Box::new(move |p| {
        p.postponements.push(Postponement {
            action_id: xid + 100,
            on: today(),
            from: None,
            to: today(),
            reason: "r".into(),
        })
    }));
    breakers.push(Box::new(move |p| p.objectives.push(Objective { replaces: Some(oid), ..p.objectives[0].clone() })));
    for (n, breaker) in breakers.iter().enumerate() {
        let mut broken = case.clone();
        breaker(broken.plan.as_mut().unwrap());
        let mut target = Store::open_in_memory().unwrap();
        let result = import_case(&mut target, &broken);
        assert!(matches!(result, Err(CaseError::Refused(..))), "breaker {n}: {result:?}");
        assert!(target.persons(true).unwrap().is_empty(), "breaker {n}");
        assert_eq!(target.audit_count().unwrap(), 0, "breaker {n}");
    }
}

//! The plan gaps of the file active: for every active person at once, the counts of the warnings
//! of `domain::plan::check` that do not depend on the day (high-priority needs no open objective
//! answers, open objectives without an action or an indicator), which must agree with `check`
//! run on each plan.

use chrono::NaiveDate;
use parcours::domain::diagnosis::{DiagnosisEntry, Need, Priority};
use parcours::domain::person::{Person, PersonId, PersonStatus};
use parcours::domain::plan::check::{PlanWarning, check};
use parcours::domain::plan::{ActionStatus, Axis, NeedRef, Objective, ObjectiveStatus, PlanAction};
use parcours::store::{PlanGaps, Store};

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

/// Saves a revision of the person's diagnosis in `domain` with these needs and priorities.
fn diagnose(
    store: &mut Store,
    person: PersonId,
    domain: &str,
    needs: &[&str],
    by_person: Priority,
    by_referent: Priority,
) {
    let mut e = DiagnosisEntry::new_draft(person, domain, day(2026, 9, 10));
    e.situation = "Situation décrite en entretien.".into();
    e.needs = needs.iter().map(|t| Need { text: (*t).into(), serafin_code: None }).collect();
    e.priority_person = by_person;
    e.priority_referent = by_referent;
    store.save_entry(&e).unwrap();
}

fn need(domain: &str, text: &str) -> NeedRef {
    NeedRef { domain: domain.into(), text: text.into() }
}

fn axis(store: &mut Store, person: PersonId, title: &str) -> Axis {
    let mut a = Axis::new_draft(person, day(2026, 9, 15));
    a.title = title.into();
    store.save_axis(&a).unwrap()
}

/// An objective with the given status, needs and indicator, and no action.
fn objective(store: &mut Store, axis: i64, status: ObjectiveStatus, needs: &[NeedRef], indicator: &str) -> Objective {
    let mut o = Objective::new_draft(axis, day(2026, 9, 15));
    o.title = "Objectif".into();
    o.status = status;
    o.needs = needs.to_vec();
    o.indicator = indicator.into();
    store.save_objective(&o).unwrap()
}

fn action(store: &mut Store, objective: i64, what: &str) -> PlanAction {
    let mut a = PlanAction::new_draft(objective, day(2026, 9, 15));
    a.what = what.into();
    a.due = Some(day(2026, 12, 15));
    store.save_action(&a).unwrap()
}

/// An open objective with an indicator and an action: no gap of its own, it answers `needs`.
fn sound_objective(store: &mut Store, axis: i64, needs: &[NeedRef]) -> Objective {
    let o = objective(store, axis, ObjectiveStatus::InProgress, needs, "Trois mois sans impayé");
    action(store, o.id, "Rendez-vous");
    o
}

fn gaps(needs: usize, without_action: usize, without_indicator: usize) -> PlanGaps {
    PlanGaps {
        needs_unaddressed: needs,
        objectives_without_action: without_action,
        objectives_without_indicator: without_indicator,
    }
}

/// The same counts, from `check` on the person's whole plan.
fn gaps_by_check(store: &Store, person: PersonId) -> PlanGaps {
    let warnings = check(&store.plan(person).unwrap(), &store.latest_entries(person).unwrap(), today());
    let mut g = PlanGaps::default();
    for w in warnings {
        match w {
            PlanWarning::PriorityNeedUnaddressed(_) => g.needs_unaddressed += 1,
            PlanWarning::ObjectiveWithoutAction(_) => g.objectives_without_action += 1,
            PlanWarning::ObjectiveWithoutIndicator(_) => g.objectives_without_indicator += 1,
            PlanWarning::ObjectiveLate(_) | PlanWarning::ActionLate(_) => {}
        }
    }
    g
}

/// `plan_gaps` is `expected`, and `check` says the same of every person listed.
fn assert_gaps(store: &Store, expected: &[(PersonId, PlanGaps)]) {
    assert_eq!(store.plan_gaps().unwrap(), expected);
    for (person, g) in expected {
        assert_eq!(gaps_by_check(store, *person), *g, "check() on person {person}");
    }
}

#[test]
fn a_high_priority_need_is_a_gap_until_an_open_objective_lists_it() {
    let mut store = Store::open_in_memory().unwrap();
    let a = add_person(&mut store, "Mme A.");
    diagnose(&mut store, a, "logement", &["Rester chez soi", "Payer le loyer"], Priority::High, Priority::None);
    diagnose(&mut store, a, "sante", &["Suivi psychiatrique"], Priority::Low, Priority::High);
    // Not ranked high by anyone: never a gap.
    diagnose(&mut store, a, "mobilite", &["Permis"], Priority::Medium, Priority::Medium);
    assert_gaps(&store, &[(a, gaps(3, 0, 0))]);

    let ax = axis(&mut store, a, "Logement");
    sound_objective(&mut store, ax.id, &[need("logement", "Rester chez soi")]);
    assert_gaps(&store, &[(a, gaps(2, 0, 0))]);

    // Same text in another domain, or another text in the domain, answers nothing; an axis listing
    // the need is not an objective.
    let o = sound_objective(&mut store, ax.id, &[need("budget", "Payer le loyer"), need("sante", "Suivi psy")]);
    store.save_axis(&Axis { needs: vec![need("sante", "Suivi psychiatrique")], ..ax.clone() }).unwrap();
    assert_gaps(&store, &[(a, gaps(2, 0, 0))]);

    // An upcoming objective answers as well as one in progress.
    store
        .save_objective(&Objective {
            status: ObjectiveStatus::Upcoming,
            needs: vec![need("logement", "Payer le loyer"), need("sante", "Suivi psychiatrique")],
            ..o
        })
        .unwrap();
    assert_gaps(&store, &[]);
}

#[test]
fn objectives_that_no_longer_run_answer_nothing() {
    let mut store = Store::open_in_memory().unwrap();
    let a = add_person(&mut store, "Mme A.");
    let domains = ["logement", "budget", "sante", "emploi", "mobilite"];
    for d in domains {
        diagnose(&mut store, a, d, &["Besoin"], Priority::High, Priority::High);
    }
    let ax = axis(&mut store, a, "Axe");
    let abandoned = objective(&mut store, ax.id, ObjectiveStatus::Abandoned, &[need("logement", "Besoin")], "");
    // An achieved objective has answered its need (issue 12: pointing it out again was a false alert).
    objective(&mut store, ax.id, ObjectiveStatus::Achieved, &[need("budget", "Besoin")], "");
    objective(&mut store, ax.id, ObjectiveStatus::Readjusted, &[need("sante", "Besoin")], "");
    let archived = sound_objective(&mut store, ax.id, &[need("emploi", "Besoin")]);
    store.set_objective_archived(archived.id, true).unwrap();
    // Closed objectives have neither action nor indicator: that is no gap either.
    assert_gaps(&store, &[(a, gaps(4, 0, 0))]);

    // Under an archived axis, an open objective answers nothing and is not counted.
    let old = axis(&mut store, a, "Ancien axe");
    objective(&mut store, old.id, ObjectiveStatus::InProgress, &[need("mobilite", "Besoin")], "  ");
    assert_gaps(&store, &[(a, gaps(3, 1, 1))]);
    store.set_axis_archived(old.id, true).unwrap();
    assert_gaps(&store, &[(a, gaps(4, 0, 0))]);

    // Reopened, the abandoned objective answers again, and lacks an action and an indicator.
    let reopened = Objective {
        status: ObjectiveStatus::InProgress,
        ..store.plan(a).unwrap().objective(abandoned.id).unwrap().clone()
    };
    store.save_objective(&reopened).unwrap();
    assert_gaps(&store, &[(a, gaps(3, 1, 1))]);
}

#[test]
fn only_the_latest_revision_of_a_domain_counts() {
    let mut store = Store::open_in_memory().unwrap();
    let a = add_person(&mut store, "Mme A.");
    diagnose(&mut store, a, "logement", &["Trouver un logement"], Priority::High, Priority::None);
    let ax = axis(&mut store, a, "Logement");
    sound_objective(&mut store, ax.id, &[need("logement", "Trouver un logement")]);
    assert_gaps(&store, &[]);

    // The need rewritten in a newer revision is another need: the objective lists the old text.
    diagnose(&mut store, a, "logement", &["Trouver un logement adapté"], Priority::High, Priority::None);
    assert_gaps(&store, &[(a, gaps(1, 0, 0))]);

    // A high priority of an older revision counts no more once lowered.
    diagnose(&mut store, a, "sante", &["Soins dentaires", "Bilan"], Priority::None, Priority::High);
    assert_gaps(&store, &[(a, gaps(3, 0, 0))]);
    diagnose(&mut store, a, "sante", &["Soins dentaires", "Bilan"], Priority::None, Priority::Medium);
    assert_gaps(&store, &[(a, gaps(1, 0, 0))]);

    // Each need of the entry is a warning of its own, a repeated one included.
    diagnose(&mut store, a, "sante", &["Bilan", "Bilan", "Soins"], Priority::High, Priority::Medium);
    assert_gaps(&store, &[(a, gaps(4, 0, 0))]);
}

#[test]
fn an_open_objective_needs_a_live_action() {
    let mut store = Store::open_in_memory().unwrap();
    let a = add_person(&mut store, "Mme A.");
    let ax = axis(&mut store, a, "Axe");
    let only_archived = objective(&mut store, ax.id, ObjectiveStatus::InProgress, &[], "Indicateur");
    let x = action(&mut store, only_archived.id, "Appeler la CAF");
    store.set_action_archived(x.id, true).unwrap();
    objective(&mut store, ax.id, ObjectiveStatus::Upcoming, &[], "Indicateur");
    // Done or cancelled, an action is still one (not archived).
    let done = objective(&mut store, ax.id, ObjectiveStatus::InProgress, &[], "Indicateur");
    let d = action(&mut store, done.id, "Dossier déposé");
    store.mark_action_done(d.id, today()).unwrap();
    let cancelled = objective(&mut store, ax.id, ObjectiveStatus::InProgress, &[], "Indicateur");
    let c = action(&mut store, cancelled.id, "Visite annulée");
    store.save_action(&PlanAction { status: ActionStatus::Cancelled, ..c }).unwrap();
    // An archived objective without action is not counted.
    let archived = objective(&mut store, ax.id, ObjectiveStatus::InProgress, &[], "Indicateur");
    store.set_objective_archived(archived.id, true).unwrap();
    assert_gaps(&store, &[(a, gaps(0, 2, 0))]);

    store.set_action_archived(x.id, false).unwrap();
    assert_gaps(&store, &[(a, gaps(0, 1, 0))]);
}

#[test]
fn a_blank_indicator_is_no_indicator() {
    let mut store = Store::open_in_memory().unwrap();
    let a = add_person(&mut store, "Mme A.");
    let ax = axis(&mut store, a, "Axe");
    // A zero-width space draws nothing: the cleaner removes it, so it is no indicator either.
    for indicator in ["", "  ", "\n\t \u{a0}\u{3000}", "\u{1b}\u{7} \u{202e}", "\u{200b}\u{feff}"] {
        sound_objective(&mut store, ax.id, &[]);
        let o = objective(&mut store, ax.id, ObjectiveStatus::InProgress, &[], indicator);
        action(&mut store, o.id, "Faire le point");
    }
    for indicator in ["Trois mois", " x ", "\u{301}"] {
        let o = objective(&mut store, ax.id, ObjectiveStatus::Upcoming, &[], indicator);
        action(&mut store, o.id, "Faire le point");
    }
    // A closed objective without indicator is not counted.
    objective(&mut store, ax.id, ObjectiveStatus::NotAchieved, &[], " ");
    assert_gaps(&store, &[(a, gaps(0, 0, 5))]);
}

#[test]
fn only_active_persons_not_archived_are_listed_in_id_order() {
    let mut store = Store::open_in_memory().unwrap();
    let mut ids = Vec::new();
    for (pseudonym, status) in [
        ("Mme Z.", PersonStatus::Active),
        ("M. En pause", PersonStatus::Paused),
        ("M. Sans gap", PersonStatus::Active),
        ("Mme Sortie", PersonStatus::Closed),
        ("Mme Archivée", PersonStatus::Active),
        ("M. A.", PersonStatus::Active),
    ] {
        let id = add_person(&mut store, pseudonym);
        let p = store.person(id).unwrap();
        store.update_person(&Person { status, ..p }).unwrap();
        ids.push(id);
    }
    let [z, paused, sound, closed, archived, last] = ids[..] else { unreachable!() };
    for id in [z, paused, closed, archived, last] {
        diagnose(&mut store, id, "logement", &["Rester chez soi"], Priority::High, Priority::None);
        let ax = axis(&mut store, id, "Axe");
        objective(&mut store, ax.id, ObjectiveStatus::InProgress, &[], "");
    }
    store.set_archived(archived, true).unwrap();
    diagnose(&mut store, sound, "logement", &["Rester chez soi"], Priority::High, Priority::None);
    let ax = axis(&mut store, sound, "Axe");
    sound_objective(&mut store, ax.id, &[need("logement", "Rester chez soi")]);
    // Only a plan gap, or only a need: listed all the same.
    let only_plan = add_person(&mut store, "Mme Plan");
    let ax = axis(&mut store, only_plan, "Axe");
    objective(&mut store, ax.id, ObjectiveStatus::Upcoming, &[], "Indicateur");
    let only_need = add_person(&mut store, "Mme Besoin");
    diagnose(&mut store, only_need, "sante", &["Bilan"], Priority::None, Priority::High);
    add_person(&mut store, "Mme Vide");

    assert_gaps(
        &store,
        &[(z, gaps(1, 1, 1)), (last, gaps(1, 1, 1)), (only_plan, gaps(0, 1, 0)), (only_need, gaps(1, 0, 0))],
    );
    for id in [paused, closed, archived] {
        assert_eq!(gaps_by_check(&store, id), gaps(1, 1, 1), "person {id} has gaps, left out");
    }
    store.set_archived(archived, false).unwrap();
    assert_eq!(
        store.plan_gaps().unwrap().iter().map(|(id, _)| *id).collect::<Vec<_>>(),
        [z, archived, last, only_plan, only_need]
    );
}

#[test]
fn agrees_with_check_on_the_demo_and_generated_persons() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    assert!(parcours::demo::load(&mut store, today()).unwrap() > 0);
    parcours::synthetic::generate(&mut store, 200, 10, 7).unwrap();
    // Generated plans give every objective actions and keep everything live: some are worn down
    // the way plans are, and some needs rewritten in a newer revision.
    for (i, p) in store.persons(false).unwrap().iter().enumerate() {
        let plan = store.plan(p.id).unwrap();
        if i % 3 == 0
            && let Some(o) = plan.objectives.iter().find(|o| o.status.is_open())
        {
            for a in plan.actions_of(o.id) {
                store.set_action_archived(a.id, true).unwrap();
            }
        }
        if i % 5 == 1
            && let Some(ax) = plan.axes.last()
        {
            store.set_axis_archived(ax.id, true).unwrap();
        }
        if i % 7 == 2
            && let Some(o) = plan.objectives.first()
        {
            store.set_objective_archived(o.id, true).unwrap();
        }
        if i % 4 == 3
            && let Some(e) = store.latest_entries(p.id).unwrap().into_iter().find(|e| !e.needs.is_empty())
        {
            let mut e = DiagnosisEntry { priority_referent: Priority::High, ..e };
            e.needs[0].text.push_str(" (révisé)");
            store.save_entry(&e).unwrap();
        }
    }

    let listed = store.plan_gaps().unwrap();
    let mut expected = Vec::new();
    let mut active = 0;
    for p in store.persons(false).unwrap() {
        if p.status != PersonStatus::Active {
            continue;
        }
        active += 1;
        let g = gaps_by_check(&store, p.id);
        if g != PlanGaps::default() {
            expected.push((p.id, g));
        }
    }
    expected.sort_by_key(|(id, _)| *id);
    assert_eq!(listed, expected);

    // The data exercise every kind, and persons without any gap.
    assert!(active > 100, "{active} active persons");
    assert!(listed.len() < active, "some active persons have no gap");
    let total = |f: fn(&PlanGaps) -> usize| listed.iter().map(|(_, g)| f(g)).sum::<usize>();
    assert!(total(|g| g.needs_unaddressed) > 0);
    assert!(total(|g| g.objectives_without_action) > 0);
    assert!(total(|g| g.objectives_without_indicator) > 0);
}

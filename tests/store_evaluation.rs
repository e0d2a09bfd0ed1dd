//! Journal entries and evaluations in the store: they round-trip, refuse what the référent would
//! refuse, are never deleted, score the goals as `gas::t_score` does, apply closing decisions in
//! the same transaction, feed the file active's next evaluation, and arrive with the demo telling
//! its story.

use chrono::{NaiveDate, NaiveTime};
use parcours::domain::evaluation::{Evaluation, EvaluationKind, GoalDecision, GoalLevel, PERCEPTION_GAP, Rating};
use parcours::domain::gas;
use parcours::domain::journal::{JournalEntry, JournalKind};
use parcours::domain::partner::Partner;
use parcours::domain::person::{Person, PersonId, PersonStatus};
use parcours::domain::plan::{Axis, Objective, ObjectiveStatus};
use parcours::store::{Store, StoreError};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn today() -> NaiveDate {
    day(2026, 11, 22)
}

fn add_person(store: &mut Store, pseudonym: &str, referral: NaiveDate) -> PersonId {
    let mut p = Person::new_draft(referral);
    p.pseudonym = pseudonym.into();
    store.insert_person(&p).unwrap()
}

/// An objective of weight importance × difficulty in a new axis of `person`.
fn objective(store: &mut Store, person: PersonId, title: &str, importance: u8, difficulty: u8) -> Objective {
    let mut a = Axis::new_draft(person, day(2026, 9, 1));
    a.title = format!("Axe de {title}");
    let a = store.save_axis(&a).unwrap();
    let mut o = Objective::new_draft(a.id, day(2026, 9, 1));
    o.title = title.into();
    o.status = ObjectiveStatus::InProgress;
    o.gas.importance = importance;
    o.gas.difficulty = difficulty;
    store.save_objective(&o).unwrap()
}

fn goal(o: &Objective, level: i8, decision: GoalDecision) -> GoalLevel {
    GoalLevel { objective_id: o.id, level, weight: o.gas.weight(), decision }
}

fn rating(domain: &str, person: u8, referent: u8) -> Rating {
    Rating { domain: domain.into(), person: Some(person), referent: Some(referent) }
}

fn invalid<T: std::fmt::Debug>(r: Result<T, StoreError>) -> bool {
    matches!(r, Err(StoreError::Invalid(_)))
}

#[test]
fn journal_entries_round_trip_with_partners_and_time() {
    let mut store = Store::open_in_memory().unwrap();
    let person = add_person(&mut store, "Mme A.", day(2026, 9, 1));
    let ssiad = store.save_partner(&Partner { name: "SSIAD".into(), ..Partner::new_draft() }).unwrap();
    let cmp = store.save_partner(&Partner { name: "CMP adultes".into(), ..Partner::new_draft() }).unwrap();

    let mut e = JournalEntry::new_draft(person, day(2026, 11, 20));
    e.kind = JournalKind::Call;
    e.time = NaiveTime::from_hms_opt(9, 10, 0);
    e.summary = "  Appel de l’infirmière du SSIAD\u{1b}[2J : chute sans gravité.  ".into();
    // Given twice: kept once, in the order given.
    e.partners = vec![cmp.id, ssiad.id, cmp.id];
    let saved = store.save_journal_entry(&e).unwrap();
    assert!(saved.id > 0);
    assert_eq!(saved.summary, "Appel de l’infirmière du SSIAD[2J : chute sans gravité.");
    assert_eq!(saved.partners, vec![cmp.id, ssiad.id]);
    assert_eq!(saved.time, NaiveTime::from_hms_opt(9, 10, 0));
    assert_eq!(store.journal(person).unwrap(), vec![saved.clone()]);

    let mut edited = saved.clone();
    edited.kind = JournalKind::HomeVisit;
    edited.time = None;
    edited.partners = vec![ssiad.id];
    edited.sensitive = true;
    edited.date = day(2026, 11, 19);
    let updated = store.save_journal_entry(&edited).unwrap();
    assert_eq!(updated, edited);
    // An earlier entry sorts first; one without hour sorts at the start of its day.
    let mut earlier = JournalEntry::new_draft(person, day(2026, 11, 19));
    earlier.summary = "Courrier de la MDPH.".into();
    earlier.kind = JournalKind::Letter;
    let letter = store.save_journal_entry(&earlier).unwrap();
    let ids: Vec<i64> = store.journal(person).unwrap().iter().map(|e| e.id).collect();
    assert_eq!(ids, vec![saved.id, letter.id]);
}

#[test]
fn journal_refuses_empty_summaries_unknown_partners_moves_and_deletion() {
    let dir = tempfile::tempdir().unwrap();
    let (db, person, id) = {
        let mut store = Store::open(dir.path()).unwrap();
        let person = add_person(&mut store, "Mme A.", day(2026, 9, 1));
        let other = add_person(&mut store, "M. B.", day(2026, 9, 1));
        let mut e = JournalEntry::new_draft(person, day(2026, 11, 20));
        e.summary = " \n ".into();
        assert!(invalid(store.save_journal_entry(&e)));
        e.summary = "Visite à domicile.".into();
        e.partners = vec![999];
        assert!(invalid(store.save_journal_entry(&e)));
        assert!(store.journal(person).unwrap().is_empty(), "nothing written");
        e.partners = vec![];
        let saved = store.save_journal_entry(&e).unwrap();
        assert!(invalid(store.save_journal_entry(&JournalEntry { person_id: other, ..saved.clone() })));
        assert!(matches!(
            store.save_journal_entry(&JournalEntry { id: 4242, ..saved.clone() }),
            Err(StoreError::NotFound)
        ));
        assert!(matches!(store.journal(9999), Err(StoreError::NotFound)));
        let mut words = Evaluation::new_draft(person, day(2026, 11, 20));
        words.person_view = "« On verra. »".into();
        store.save_evaluation(&words).unwrap();
        (store.path().unwrap().to_path_buf(), person, saved.id)
    };
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute_batch("PRAGMA foreign_keys = ON").unwrap();
    assert!(conn.execute("DELETE FROM journal_entry WHERE id = ?1", [id]).is_err(), "never deleted");
    assert!(conn.execute("DELETE FROM evaluation", []).is_err(), "never deleted");
    drop(conn);
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.journal(person).unwrap().len(), 1);
    assert_eq!(store.evaluations(person).unwrap().len(), 1);
}

#[test]
fn evaluations_round_trip_scored_as_gas_says() {
    let mut store = Store::open_in_memory().unwrap();
    let person = add_person(&mut store, "Mme A.", day(2026, 9, 1));
    let housing = objective(&mut store, person, "Garder son logement", 3, 2);
    let care = objective(&mut store, person, "Reprendre les soins", 2, 3);
    let unweighted = objective(&mut store, person, "Sortir seule", 0, 0);

    let mut e = Evaluation::new_draft(person, day(2026, 11, 20));
    e.kind = EvaluationKind::Synthesis;
    e.participants = "la personne, sa sœur, l’infirmière du SSIAD".into();
    e.tools = "échelle d’atteinte des objectifs (GAS), auto-évaluation 1 à 10".into();
    e.person_view = "« Ça va mieux depuis que l’aide passe. »".into();
    e.referent_view = "Le logement tient.".into();
    e.decisions = "Maintenir les trois objectifs.".into();
    e.next_date = Some(day(2027, 1, 15));
    e.goals = vec![
        goal(&housing, 1, GoalDecision::Keep),
        goal(&care, -1, GoalDecision::Keep),
        goal(&unweighted, 0, GoalDecision::Keep),
    ];
    e.ratings = vec![rating("logement", 8, 4), rating("sante", 5, 6)];
    let saved = store.save_evaluation(&e).unwrap();
    assert!(saved.id > 0);
    assert_eq!(saved.rho, 0.3);
    let expected = gas::t_score(&[(1, 6.0), (-1, 6.0), (0, 1.0)], gas::DEFAULT_RHO).unwrap();
    assert!((saved.t_score.unwrap() - expected).abs() < 1e-9);
    assert_eq!(saved.goals.iter().map(|g| g.weight).collect::<Vec<_>>(), vec![6.0, 6.0, 1.0]);
    assert_eq!(saved.ratings, e.ratings);
    assert_eq!(saved.perception_gaps().len(), 1);
    assert_eq!(store.evaluations(person).unwrap(), vec![saved.clone()]);

    // Rewritten in place: fewer goals, a new score.
    let mut edited = saved.clone();
    edited.goals.truncate(1);
    edited.ratings.pop();
    let rewritten = store.save_evaluation(&edited).unwrap();
    assert_eq!(rewritten.id, saved.id);
    assert!((rewritten.t_score.unwrap() - 60.0).abs() < 1e-9);
    assert_eq!(store.evaluations(person).unwrap().len(), 1);

    // Without goals, no score.
    let mut words = Evaluation::new_draft(person, day(2026, 11, 21));
    words.person_view = "Rien à dire sur les objectifs aujourd’hui.".into();
    assert_eq!(store.save_evaluation(&words).unwrap().t_score, None);
}

#[test]
fn a_closing_decision_closes_the_objective_once() {
    let mut store = Store::open_in_memory().unwrap();
    let person = add_person(&mut store, "Mme A.", day(2026, 9, 1));
    let housing = objective(&mut store, person, "Garder son logement", 3, 2);
    let care = objective(&mut store, person, "Reprendre les soins", 2, 3);
    let mut e = Evaluation::new_draft(person, day(2026, 11, 20));
    e.goals = vec![goal(&housing, 1, GoalDecision::Achieved), goal(&care, 0, GoalDecision::Keep)];
    let saved = store.save_evaluation(&e).unwrap();
    let plan = store.plan(person).unwrap();
    assert_eq!(plan.objective(housing.id).unwrap().status, ObjectiveStatus::Achieved);
    assert_eq!(plan.objective(care.id).unwrap().status, ObjectiveStatus::InProgress);

    // Reopened by hand since: correcting the evaluation does not close it again…
    let mut reopened = store.plan(person).unwrap().objective(housing.id).unwrap().clone();
    reopened.status = ObjectiveStatus::InProgress;
    store.save_objective(&reopened).unwrap();
    let mut corrected = saved.clone();
    corrected.decisions = "Logement : atteint.".into();
    corrected.goals[0].decision = GoalDecision::Keep;
    store.save_evaluation(&corrected).unwrap();
    assert_eq!(store.plan(person).unwrap().objective(housing.id).unwrap().status, ObjectiveStatus::InProgress);
    // …and a decision saved again on a closed objective does not reopen or change it.
    let mut abandoned = store.plan(person).unwrap().objective(care.id).unwrap().clone();
    abandoned.status = ObjectiveStatus::Abandoned;
    store.save_objective(&abandoned).unwrap();
    let mut again = Evaluation::new_draft(person, day(2026, 11, 21));
    again.goals = vec![goal(&care, 1, GoalDecision::Achieved)];
    store.save_evaluation(&again).unwrap();
    assert_eq!(store.plan(person).unwrap().objective(care.id).unwrap().status, ObjectiveStatus::Abandoned);
}

#[test]
fn evaluations_refuse_what_the_form_would_refuse() {
    let mut store = Store::open_in_memory().unwrap();
    let person = add_person(&mut store, "Mme A.", day(2026, 9, 1));
    let other = add_person(&mut store, "M. B.", day(2026, 9, 1));
    let mine = objective(&mut store, person, "Garder son logement", 3, 2);
    let theirs = objective(&mut store, other, "Trouver un emploi", 1, 1);

    let base = {
        let mut e = Evaluation::new_draft(person, day(2026, 11, 20));
        e.goals = vec![goal(&mine, 0, GoalDecision::Keep)];
        e
    };
    let mut foreign = base.clone();
    foreign.goals.push(goal(&theirs, 1, GoalDecision::Achieved));
    assert!(invalid(store.save_evaluation(&foreign)));
    assert_eq!(store.plan(other).unwrap().objective(theirs.id).unwrap().status, ObjectiveStatus::InProgress);

    for (person_rating, referent_rating) in [(0, 5), (5, 11)] {
        let mut bad = base.clone();
        bad.ratings = vec![rating("sante", person_rating, referent_rating)];
        assert!(invalid(store.save_evaluation(&bad)), "{person_rating} / {referent_rating}");
    }
    let mut early = base.clone();
    early.next_date = Some(day(2026, 11, 19));
    assert!(invalid(store.save_evaluation(&early)));
    let mut level = base.clone();
    level.goals[0].level = 3;
    assert!(invalid(store.save_evaluation(&level)));
    assert!(invalid(store.save_evaluation(&Evaluation::new_draft(person, day(2026, 11, 20)))), "nothing evaluated");
    assert!(store.evaluations(person).unwrap().is_empty(), "nothing written");

    let saved = store.save_evaluation(&base).unwrap();
    assert!(invalid(store.save_evaluation(&Evaluation { person_id: other, ..saved.clone() })));
    assert!(matches!(store.evaluations(9999), Err(StoreError::NotFound)));
}

#[test]
fn the_file_active_knows_when_the_next_evaluation_is_due() {
    let mut store = Store::open_in_memory().unwrap();
    let agreed = add_person(&mut store, "Mme A.", day(2026, 1, 10));
    let default = add_person(&mut store, "M. B.", day(2026, 1, 10));
    let never = add_person(&mut store, "Mme C.", day(2026, 1, 10));
    let mut e = Evaluation::new_draft(agreed, day(2026, 6, 1));
    e.person_view = "Premier point.".into();
    e.next_date = Some(day(2026, 12, 31));
    store.save_evaluation(&e).unwrap();
    // The last evaluation decides, not the first.
    let mut later = Evaluation::new_draft(agreed, day(2026, 9, 1));
    later.person_view = "Deuxième point.".into();
    later.next_date = Some(day(2026, 10, 15));
    store.save_evaluation(&later).unwrap();
    let mut undated = Evaluation::new_draft(default, day(2026, 9, 1));
    undated.referent_view = "Sans date convenue.".into();
    undated.next_date = None;
    store.save_evaluation(&undated).unwrap();

    let summaries = store.person_summaries_on(false, today()).unwrap();
    let next = |id: PersonId| summaries.iter().find(|s| s.person.id == id).unwrap().next_evaluation;
    assert_eq!(next(agreed), Some(day(2026, 10, 15)));
    assert_eq!(next(default), Some(day(2026, 12, 1)));
    assert_eq!(next(never), Some(day(2026, 4, 10)));
}

#[test]
fn the_demo_tells_its_story() {
    let mut store = Store::open_in_memory().unwrap();
    parcours::demo::load(&mut store, today()).unwrap();
    let persons = store.persons(true).unwrap();
    assert_eq!(persons.len(), 6);
    let mut readjust = Vec::new();
    let mut gaps = Vec::new();
    for p in &persons {
        let journal = store.journal(p.id).unwrap();
        assert!((8..=20).contains(&journal.len()), "{}", p.pseudonym);
        assert!(journal.iter().any(|e| e.sensitive), "{}", p.pseudonym);
        assert!(journal.iter().any(|e| !e.partners.is_empty()), "{}", p.pseudonym);
        let evaluations = store.evaluations(p.id).unwrap();
        assert!((2..=3).contains(&evaluations.len()), "{}", p.pseudonym);
        let plan = store.plan(p.id).unwrap();
        for e in &evaluations {
            let goals: Vec<(i8, f64)> = e.goals.iter().map(|g| (g.level, g.weight)).collect();
            assert_eq!(e.t_score, gas::t_score(&goals, 0.3).ok(), "{} {}", p.pseudonym, e.date);
            for g in &e.goals {
                let o = plan.objective(g.objective_id).unwrap();
                assert_eq!(g.weight, o.gas.weight());
                if g.decision == GoalDecision::Readjust {
                    let new = plan.objectives.iter().find(|n| n.replaces == Some(o.id)).unwrap();
                    readjust.push((p.pseudonym.clone(), e.date, new.created_on));
                }
            }
        }
        let latest = evaluations.last().unwrap();
        gaps.extend(latest.perception_gaps().iter().map(|r| (p.pseudonym.clone(), r.domain.clone(), r.gap())));
        // Scores move from one evaluation to the next.
        let scores: Vec<f64> = evaluations.iter().filter_map(|e| e.t_score).collect();
        assert!(scores.windows(2).all(|w| (w[0] - w[1]).abs() > 1.0), "{}: {scores:?}", p.pseudonym);
    }
    assert_eq!(readjust.len(), 1, "one readjustment");
    let (who, at, written) = &readjust[0];
    assert_eq!(who, "M. R.");
    assert!((0..=1).contains(&(*written - *at).num_days()), "decided the day the new objective was written");
    assert_eq!(gaps, vec![("M. R.".to_string(), "mobilite".to_string(), Some(4))]);
    assert!(gaps.iter().all(|(_, _, g)| g.unwrap().unsigned_abs() >= PERCEPTION_GAP));

    let due: Vec<String> = store
        .person_summaries_on(false, today())
        .unwrap()
        .into_iter()
        .filter(|s| s.person.status == PersonStatus::Active && s.next_evaluation.is_some_and(|d| d <= today()))
        .map(|s| s.person.pseudonym)
        .collect();
    assert_eq!(due, vec!["M. K."]);

    // Nathan's path climbs to the IME: below 50, at 50, above.
    let nathan = store.find_person("Nathan, 9 ans").unwrap();
    let scores: Vec<f64> = store.evaluations(nathan.id).unwrap().iter().filter_map(|e| e.t_score).collect();
    assert!(scores[0] < 40.0 && (scores[1] - 50.0).abs() < 1e-9 && scores[2] > 60.0, "{scores:?}");

    // Loading again adds nothing.
    assert_eq!(parcours::demo::load(&mut store, today()).unwrap(), 0);
    let mr = store.find_person("M. R.").unwrap();
    assert_eq!(store.evaluations(mr.id).unwrap().len(), 3);
}

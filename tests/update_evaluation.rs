//! The pure `update` of the journal and the evaluation: messages in, model changes and effects out.

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use parcours::app::effect::Effect;
use parcours::app::form::FormKind;
use parcours::app::keymap::Keymap;
use parcours::app::model::{Model, Overlay, PersonTab, Screen, StatusKind};
use parcours::app::msg::Msg;
use parcours::app::update::update;
use parcours::commands::scene::screenshot_day;
use parcours::domain::evaluation::{Evaluation, GoalDecision, GoalLevel, Rating};
use parcours::domain::journal::{JournalEntry, JournalKind};
use parcours::domain::life_domain::default_domains;
use parcours::domain::person::Person;
use parcours::domain::plan::{Axis, Objective, ObjectiveStatus, Plan};
use parcours::domain::timeline::Zoom;
use parcours::i18n::Lang;

fn today() -> NaiveDate {
    screenshot_day()
}

fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn objective(id: i64, title: &str) -> Objective {
    Objective { id, title: title.into(), status: ObjectiveStatus::InProgress, ..Objective::new_draft(1, today()) }
}

/// Zoé's record open, with a plan of two open objectives and a closed one.
fn open() -> Model {
    let mut m = Model::new(today(), Lang::Fr, Keymap::default_keymap(), default_domains());
    // Followed for about a year and a half.
    let referral = today().checked_sub_months(chrono::Months::new(18));
    let p = Person { id: 1, pseudonym: "Zoé".into(), referral_date: referral, ..Person::new_draft(today()) };
    update(&mut m, Msg::PersonLoaded(p, vec![]));
    let mut closed = objective(12, "Ouvrir l’AAH");
    closed.status = ObjectiveStatus::Achieved;
    let plan = Plan {
        axes: vec![Axis { id: 1, ..Axis::new_draft(1, today()) }],
        objectives: vec![
            // Due in two years: the timeline has something to look ahead to.
            Objective {
                deadline: today().checked_add_months(chrono::Months::new(24)),
                ..objective(10, "Garder son logement")
            },
            objective(11, "Reprendre un emploi"),
            closed,
        ],
        actions: vec![],
    };
    update(&mut m, Msg::PlanLoaded(1, plan, vec![]));
    m
}

fn to_tab(m: &mut Model, tab: PersonTab) {
    if let Some(p) = m.person.as_mut() {
        p.tab = tab;
    }
}

fn entry(id: i64, day: u32, kind: JournalKind, summary: &str) -> JournalEntry {
    JournalEntry {
        id,
        kind,
        summary: summary.into(),
        ..JournalEntry::new_draft(1, NaiveDate::from_ymd_opt(2026, 11, day).unwrap())
    }
}

#[test]
fn the_quick_note_opens_from_every_tab_of_the_person_and_nowhere_else() {
    for tab in PersonTab::ALL {
        let mut m = open();
        to_tab(&mut m, tab);
        assert!(update(&mut m, key(KeyCode::Char('i'))).is_empty());
        match &m.overlay {
            Some(Overlay::Form(form)) => assert!(matches!(form.kind, FormKind::Journal(ref e) if e.person_id == 1)),
            other => panic!("{tab:?}: no journal form: {other:?}"),
        }
    }
    let mut m = open();
    m.screen = Screen::FileActive;
    update(&mut m, key(KeyCode::Char('i')));
    assert!(m.overlay.is_none(), "no person on screen, nothing to note about");
}

#[test]
fn a_saved_entry_is_reloaded_selected_and_moves_the_card() {
    let mut m = open();
    to_tab(&mut m, PersonTab::Journal);
    m.overlay =
        Some(Overlay::Form(Box::new(parcours::app::form::Form::journal(&JournalEntry::new_draft(1, today()), &[]))));
    let saved = entry(7, 20, JournalKind::Call, "Appel du SSIAD");
    let effects = update(&mut m, Msg::JournalSaved(saved.clone()));
    assert!(m.overlay.is_none());
    assert_eq!(effects, vec![Effect::LoadJournal(1), Effect::LoadPerson(1), Effect::LoadPersons]);
    assert_eq!(m.status.as_ref().map(|s| s.kind), Some(StatusKind::Success));
    // Filters that would hide it are lifted when it comes back.
    m.person.as_mut().unwrap().journal.kind = Some(JournalKind::Letter);
    update(&mut m, Msg::JournalLoaded(1, vec![entry(3, 2, JournalKind::HomeVisit, "Visite"), saved]));
    let p = m.person.as_ref().unwrap();
    let j = &p.journal;
    assert_eq!(j.kind, None);
    assert_eq!(j.selected_entry(&p.case.journal, today()).map(|e| e.id), Some(7));
}

#[test]
fn journal_keys_filter_and_escape_lifts_the_filters_before_leaving() {
    let mut m = open();
    to_tab(&mut m, PersonTab::Journal);
    let entries = vec![
        entry(1, 2, JournalKind::HomeVisit, "Visite : frigo vide"),
        entry(2, 9, JournalKind::Call, "Appel de la CAF"),
        entry(3, 16, JournalKind::Call, "Appel du frère"),
    ];
    update(&mut m, Msg::JournalLoaded(1, entries));
    let visible = |m: &Model| {
        let p = m.person.as_ref().unwrap();
        p.journal.visible_on(&p.case.journal, Some(today())).len()
    };
    assert_eq!(visible(&m), 3);
    update(&mut m, key(KeyCode::Char('/')));
    for c in "frere".chars() {
        update(&mut m, key(KeyCode::Char(c)));
    }
    assert_eq!(visible(&m), 1, "accents forgiven: « frere » finds « frère »");
    update(&mut m, key(KeyCode::Enter));
    update(&mut m, key(KeyCode::Esc));
    assert_eq!(visible(&m), 3);
    // A paste goes to the search line whole, on one line, control characters out.
    update(&mut m, key(KeyCode::Char('/')));
    update(&mut m, Msg::Paste("CAF\n\u{1b}[31m".into()));
    assert_eq!(m.person.as_ref().unwrap().journal.query.as_deref(), Some("CAF [31m"));
    update(&mut m, key(KeyCode::Esc));
    assert_eq!(visible(&m), 3);
    assert_eq!(m.screen, Screen::Person);
    update(&mut m, key(KeyCode::Esc));
    assert_eq!(m.screen, Screen::FileActive);
}

#[test]
fn a_new_evaluation_offers_the_open_objectives_and_every_domain() {
    let mut m = open();
    to_tab(&mut m, PersonTab::Evaluation);
    update(&mut m, key(KeyCode::Char('n')));
    let Some(Overlay::Form(form)) = &m.overlay else { panic!("n opens the evaluation form") };
    let FormKind::Evaluation { evaluation, goals, domains } = &form.kind else { panic!("an evaluation form") };
    let ids: Vec<i64> = goals.iter().map(|g| g.objective_id).collect();
    assert_eq!(ids, [10, 11], "the achieved objective is not evaluated again");
    assert_eq!(domains.len(), default_domains().len());
    assert_eq!(evaluation.date, today());
    assert!(evaluation.tools.contains("GAS"));
}

#[test]
fn readjustments_decided_are_written_one_after_the_other() {
    let mut m = open();
    to_tab(&mut m, PersonTab::Evaluation);
    let goal = |id, decision| GoalLevel { objective_id: id, level: -1, weight: 1.0, decision };
    let e = Evaluation {
        id: 5,
        goals: vec![goal(10, GoalDecision::Readjust), goal(11, GoalDecision::Readjust)],
        ratings: vec![Rating { domain: "logement".into(), person: Some(8), referent: Some(4) }],
        ..Evaluation::new_draft(1, today())
    }
    .scored();
    // Two goals at −1 of weight 1, ρ = 0.3: 50 − 10·2 / √(0.7·2 + 0.3·4) = 37.6.
    assert!((e.t_score.unwrap() - 37.596).abs() < 1e-3);
    let effects = update(&mut m, Msg::EvaluationSaved(e));
    assert!(effects.contains(&Effect::LoadEvaluations(1)) && effects.contains(&Effect::LoadPlan(1)));
    let readjusting = |m: &Model| match &m.overlay {
        Some(Overlay::Form(form)) => match &form.kind {
            FormKind::Objective { readjusts, .. } => *readjusts,
            _ => None,
        },
        _ => None,
    };
    assert_eq!(readjusting(&m), Some(10));
    let status = m.status.clone().unwrap().text;
    assert!(status.starts_with("Réajustement décidé") && status.contains("Garder son logement"), "{status}");
    // Saved unchanged, the new objective would copy the old one: refused.
    update(&mut m, Msg::Key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)));
    assert_eq!(readjusting(&m), Some(10));
    assert_eq!(m.status.as_ref().map(|s| s.kind), Some(StatusKind::Error));
    // The first readjustment stored: the second form follows.
    update(
        &mut m,
        Msg::PlanSaved(
            1,
            parcours::app::screens::plan::PlanItem::Objective(20),
            parcours::app::msg::PlanChange::Readjusted,
        ),
    );
    assert_eq!(readjusting(&m), Some(11));
    // The second one put off (Esc on the untouched form): said, not forgotten.
    update(&mut m, key(KeyCode::Esc));
    assert!(m.overlay.is_none());
    let status = m.status.clone().unwrap().text;
    assert!(status.contains("Reprendre un emploi") && status.contains("plus tard"), "{status}");
}

#[test]
fn the_timeline_zooms_and_moves_and_the_arrows_pick_a_rated_domain() {
    let mut m = open();
    to_tab(&mut m, PersonTab::Evaluation);
    let rated = |domain: &str| Rating { domain: domain.into(), person: Some(5), referent: Some(6) };
    let e = Evaluation { id: 1, ratings: vec![rated("sante"), rated("logement")], ..Evaluation::new_draft(1, today()) };
    update(&mut m, Msg::EvaluationsLoaded(1, vec![e]));
    let state = |m: &Model| m.person.as_ref().unwrap().evaluation.clone();
    assert_eq!(state(&m).zoom, Zoom::Quarter);
    update(&mut m, key(KeyCode::Char('-')));
    assert_eq!(state(&m).zoom, Zoom::Year);
    // Back no further than the path's start: the year before this one already holds it.
    update(&mut m, key(KeyCode::Char('[')));
    update(&mut m, key(KeyCode::Char('[')));
    assert_eq!(state(&m).back, 1);
    // Ahead of today, where the deadlines are.
    for _ in 0..3 {
        update(&mut m, key(KeyCode::Char(']')));
    }
    assert_eq!(state(&m).back, -2);
    for _ in 0..10 {
        update(&mut m, key(KeyCode::Char('[')));
    }
    assert_eq!(state(&m).back, 1);
    update(&mut m, key(KeyCode::Char('-')));
    assert_eq!((state(&m).zoom, state(&m).back), (Zoom::Whole, 0), "the whole path has no before");
    update(&mut m, key(KeyCode::Char('+')));
    assert_eq!(state(&m).zoom, Zoom::Year);
    update(&mut m, key(KeyCode::Down));
    update(&mut m, key(KeyCode::Down));
    assert_eq!(state(&m).domain, 1, "two domains rated: the second is the last");
    let domains = state(&m).rated_domains(&m.person.as_ref().unwrap().case.evaluations, &default_domains());
    assert_eq!(domains, ["sante", "logement"]);
}

#[test]
fn behind_a_too_small_terminal_keys_do_nothing_but_quit() {
    let mut m = open();
    update(&mut m, Msg::Resized(60, 20));
    update(&mut m, key(KeyCode::Char('i')));
    assert!(m.overlay.is_none(), "no form opens unseen");
    update(&mut m, key(KeyCode::Tab));
    assert_eq!(m.person.as_ref().unwrap().tab, PersonTab::Diagnostic);
    update(&mut m, Msg::Resized(80, 24));
    update(&mut m, key(KeyCode::Char('i')));
    assert!(m.overlay.is_some());
    update(&mut m, key(KeyCode::Esc));
    update(&mut m, Msg::Resized(79, 24));
    update(&mut m, key(KeyCode::Char('q')));
    assert!(m.quit);
}

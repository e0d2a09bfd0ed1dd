//! Benchmarks on a caseload that hurts: 2,000 fictitious persons with 10 diagnosis entries and a
//! plan of 10 actions each, generated once (seed fixed) into a temporary database shared by every
//! bench; the plan bench works on a copy where one person also has a big plan.
//!
//! Budgets: the first frame under 30 ms, a keystroke (update, effects, draw) under 1 ms, also in
//! the tree of a plan of 30 objectives and 200 actions.

use std::hint::black_box;
use std::path::PathBuf;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::KeyCode;
use parcours::app::action::Action;
use parcours::app::keymap::Keymap;
use parcours::app::model::{Model, PersonTab};
use parcours::app::msg::Msg;
use parcours::app::runtime::App;
use parcours::app::screens::plan::PlanView;
use parcours::commands::scene;
use parcours::domain::diagnosis::DiagnosisEntry;
use parcours::domain::life_domain::default_domains;
use parcours::domain::person::PersonStatus;
use parcours::i18n::Lang;
use parcours::store::{DB_FILE, Store};
use parcours::theme::Theme;
use tempfile::TempDir;

const PERSONS: usize = 2_000;
const ENTRIES_PER_PERSON: usize = 10;
const SEED: u64 = 0x5EED_2026;
const WIDTH: u16 = 120;
const HEIGHT: u16 = 36;
/// The big plan added to one person for the plan bench (on top of the three objectives and ten
/// actions every generated person has).
const BIG_PLAN_OBJECTIVES: usize = 30;
const BIG_PLAN_ACTIONS: usize = 200;

/// The generated database, made on first use and removed by the last group (statics are never
/// dropped, so a `OnceLock<TempDir>` would leave it behind).
static DATABASE: Mutex<Option<TempDir>> = Mutex::new(None);

/// The data folder of the synthetic database, generating it the first time (never measured).
fn database() -> PathBuf {
    let mut guard = DATABASE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(dir) = guard.as_ref() {
        return dir.path().to_path_buf();
    }
    let dir = tempfile::tempdir().expect("temporary folder");
    {
        let mut store = Store::open(dir.path()).expect("open the bench database");
        parcours::synthetic::generate(&mut store, PERSONS, ENTRIES_PER_PERSON, SEED).expect("generate the caseload");
    } // Dropped here: the store holds the instance lock.
    let path = dir.path().to_path_buf();
    *guard = Some(dir);
    path
}

/// A started application on the synthetic database. Only one may exist at a time (instance lock).
fn open_app() -> App {
    let store = Store::open(&database()).expect("open the bench database");
    scene::app(store, scene::screenshot_day(), Lang::Fr, default_domains(), Theme::default_theme())
}

fn text_len(e: &DiagnosisEntry) -> usize {
    e.situation.len()
        + e.person_words.len()
        + e.resources.len()
        + e.risks.len()
        + e.source.len()
        + e.needs.iter().map(|n| n.text.len()).sum::<usize>()
}

/// The person whose latest entries hold the most text (ties: the lowest id).
fn richest_person(store: &Store) -> i64 {
    let persons = store.persons(true).expect("persons");
    let mut best = (0, 0);
    for p in &persons {
        let total: usize = store.latest_entries(p.id).expect("entries").iter().map(text_len).sum();
        if total > best.1 || best.0 == 0 {
            best = (p.id, total);
        }
    }
    best.0
}

/// An application started as the terminal starts it: the slower alerts wait for the first frame.
fn terminal_app(store: Store) -> App {
    let model = Model::new(scene::screenshot_day(), Lang::Fr, Keymap::default_keymap(), default_domains());
    let mut app = App::new(model, store, Theme::default_theme());
    app.eager = false;
    app.start();
    app
}

fn open_and_first_frame(c: &mut Criterion) {
    database();
    c.bench_function("open_and_first_frame_file_active_120x36", |b| {
        b.iter_custom(|iters| {
            let mut measured = Duration::ZERO;
            for _ in 0..iters {
                let start = Instant::now();
                let store = Store::open(&database()).expect("open the bench database");
                let mut app = terminal_app(store);
                black_box(scene::draw(&mut app, WIDTH, HEIGHT));
                measured += start.elapsed();
                // Closing (and its WAL checkpoint) is not part of the first frame, but must happen
                // before the next open: the store holds the instance lock.
                drop(app);
            }
            measured
        });
    });
    // The second frame, with every alert: what follows the first one when no key is waiting.
    c.bench_function("file_active_alerts_then_second_frame_120x36", |b| {
        b.iter_custom(|iters| {
            let mut measured = Duration::ZERO;
            for _ in 0..iters {
                let store = Store::open(&database()).expect("open the bench database");
                let mut app = terminal_app(store);
                black_box(scene::draw(&mut app, WIDTH, HEIGHT));
                let start = Instant::now();
                assert!(app.settle());
                black_box(scene::draw(&mut app, WIDTH, HEIGHT));
                measured += start.elapsed();
                drop(app);
            }
            measured
        });
    });
}

fn keystroke_in_diagnostic(c: &mut Criterion) {
    let mut app = open_app();
    let id = richest_person(&app.store);
    scene::open_person(&mut app, id, None);
    assert!(app.model.person.as_ref().is_some_and(|p| p.case.latest_by_domain().len() == ENTRIES_PER_PERSON));
    let mut down = true;
    c.bench_function("keystroke_in_diagnostic_120x36", |b| {
        b.iter(|| {
            app.dispatch(scene::key(if down { KeyCode::Down } else { KeyCode::Up }));
            down = !down;
            black_box(scene::draw(&mut app, WIDTH, HEIGHT))
        });
    });
}

/// The card scans the person's records for identifying data at each frame.
fn keystroke_on_the_card(c: &mut Criterion) {
    let mut app = open_app();
    let id = richest_person(&app.store);
    scene::open_person(&mut app, id, None);
    if let Some(p) = app.model.person.as_mut() {
        p.tab = PersonTab::Card;
    }
    let mut down = true;
    c.bench_function("keystroke_on_the_card_120x36", |b| {
        b.iter(|| {
            app.dispatch(scene::key(if down { KeyCode::Down } else { KeyCode::Up }));
            down = !down;
            black_box(scene::draw(&mut app, WIDTH, HEIGHT))
        });
    });
}

fn keystroke_in_file_active(c: &mut Criterion) {
    let mut app = open_app();
    let shown = app.model.visible_rows().len();
    assert_eq!(shown + archived(&app), PERSONS);
    c.bench_function("keystroke_in_file_active_2000_persons", |b| {
        b.iter(|| {
            // Down stops at the last row: start over from the top so that every Down really moves
            // (and the table scrolls through the whole caseload).
            if app.model.file_active.selected + 1 >= shown {
                app.model.file_active.selected = 0;
            }
            app.dispatch(scene::key(KeyCode::Down));
            black_box(scene::draw(&mut app, WIDTH, HEIGHT))
        });
    });
}

fn archived(app: &App) -> usize {
    app.model.rows.iter().filter(|r| r.person.archived).count()
}

fn filter_keystroke(c: &mut Criterion) {
    let mut app = open_app();
    app.dispatch(Msg::Action(Action::Search));
    // Three letters already typed: every change from here on searches the diagnosis text too.
    scene::type_text(&mut app, "log");
    assert!(app.model.filter_editing);
    assert!(!app.model.file_active.text_hits.is_empty());
    // One iteration is two keystrokes (a letter, then erasing it), each with its full-text search.
    c.bench_function("filter_keystroke_file_active", |b| {
        b.iter(|| {
            app.dispatch(scene::key(KeyCode::Char('e')));
            app.dispatch(scene::key(KeyCode::Backspace));
            black_box(scene::draw(&mut app, WIDTH, HEIGHT))
        });
    });
}

fn keystroke_in_plan_tree(c: &mut Criterion) {
    // A copy of the shared database, so that the other benches keep the caseload they expect; the
    // folder outlives the app (locals drop in reverse order).
    let dir = tempfile::tempdir().expect("temporary folder");
    Store::open(&database())
        .expect("open the bench database")
        .backup_to(&dir.path().join(DB_FILE))
        .expect("copy the bench database");
    let id = {
        let mut store = Store::open(dir.path()).expect("open the copy");
        let persons = store.persons(false).expect("persons");
        let id = persons.iter().find(|p| p.status == PersonStatus::Active).expect("an active person").id;
        parcours::synthetic::generate_big_plan(&mut store, id, BIG_PLAN_OBJECTIVES, BIG_PLAN_ACTIONS, SEED)
            .expect("generate the big plan");
        id
    };
    let store = Store::open(dir.path()).expect("open the copy");
    let mut app = scene::app(store, scene::screenshot_day(), Lang::Fr, default_domains(), Theme::default_theme());
    assert!(scene::show(&mut app, "projet", Some(id)));
    let person = app.model.person.as_ref().expect("the person is open");
    assert_eq!((person.tab, person.plan.view), (PersonTab::Plan, PlanView::Tree));
    assert_eq!(person.case.plan.objectives.len(), BIG_PLAN_OBJECTIVES + 3);
    assert_eq!(person.case.plan.actions.len(), BIG_PLAN_ACTIONS + 10);
    let rows = person.plan.rows(&person.case.plan).len();
    assert!(rows > HEIGHT as usize, "the tree is longer than the screen: {rows} rows");
    c.bench_function("keystroke_in_plan_tree_30_objectives_200_actions_120x36", |b| {
        b.iter(|| {
            // Down stops at the last row: start over from the top so that every Down really moves
            // (and the tree scrolls through the whole plan).
            if let Some(p) = app.model.person.as_mut()
                && p.plan.selected + 1 >= rows
            {
                p.plan.selected = 0;
            }
            app.dispatch(scene::key(KeyCode::Down));
            black_box(scene::draw(&mut app, WIDTH, HEIGHT))
        });
    });
}

/// The « Évaluation » tab of a person with 500 journal entries and 12 evaluations: ↓ picks the
/// next rated domain and the whole tab is drawn again (timeline, two charts, the ratings table).
fn keystroke_in_evaluation(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temporary folder");
    Store::open(&database())
        .expect("open the bench database")
        .backup_to(&dir.path().join(DB_FILE))
        .expect("copy the bench database");
    let today = scene::screenshot_day();
    let id = {
        let mut store = Store::open(dir.path()).expect("open the copy");
        let persons = store.persons(false).expect("persons");
        let id = persons.iter().find(|p| p.status == PersonStatus::Active).expect("an active person").id;
        parcours::synthetic::generate_long_path(&mut store, id, today, 500, 12, SEED).expect("generate the path");
        id
    };
    let store = Store::open(dir.path()).expect("open the copy");
    let mut app = scene::app(store, today, Lang::Fr, default_domains(), Theme::default_theme());
    assert!(scene::show(&mut app, "evaluation", Some(id)));
    let person = app.model.person.as_ref().expect("the person is open");
    assert!(person.case.journal.len() >= 500);
    assert_eq!(person.case.evaluations.len(), 12);
    let domains = person.evaluation.rated_domains(&person.case.evaluations, &default_domains()).len();
    c.bench_function("keystroke_in_evaluation_500_entries_12_evaluations_120x36", |b| {
        b.iter(|| {
            if let Some(p) = app.model.person.as_mut()
                && p.evaluation.domain + 1 >= domains
            {
                p.evaluation.domain = 0;
            }
            app.dispatch(scene::key(KeyCode::Down));
            black_box(scene::draw(&mut app, WIDTH, HEIGHT))
        });
    });
    assert!(scene::show(&mut app, "journal", Some(id)));
    c.bench_function("keystroke_in_journal_500_entries_120x36", |b| {
        b.iter(|| {
            if let Some(p) = app.model.person.as_mut()
                && p.journal.selected + 1 >= p.case.journal.len()
            {
                p.journal.selected = 0;
            }
            app.dispatch(scene::key(KeyCode::Down));
            black_box(scene::draw(&mut app, WIDTH, HEIGHT))
        });
    });
}

/// The store's aggregate queries behind the file active and the « Échéances » screen, alone
/// (they replaced two by-hand timing tests): one query each for the 2,000 persons.
fn store_queries(c: &mut Criterion) {
    let store = Store::open(&database()).expect("open the bench database");
    let today = scene::screenshot_day();
    let until = today + chrono::Days::new(7);
    c.bench_function("store deadlines() of the file active", |b| b.iter(|| black_box(store.deadlines(until))));
    c.bench_function("store person_summaries_on() of the file active", |b| {
        b.iter(|| black_box(store.person_summaries_on(true, today)))
    });
    c.bench_function("store network_facts() of the file active", |b| b.iter(|| black_box(store.network_facts(today))));
}

/// The full-text search behind `/` in the file active, as one typed word reaches the store: every
/// hit of 2,000 persons' records and current diagnosis, the first excerpts with them.
fn search_in_the_store(c: &mut Criterion) {
    let store = Store::open(&database()).expect("open the bench database");
    c.bench_function("store search() of a word typed, 100 excerpts", |b| {
        b.iter(|| black_box(store.search("logement", 100)))
    });
}

/// `export dpp` of one situation without its formatting: what it reads and what its guard scans,
/// which must not grow with the rest of the base.
fn dpp_of_one_situation(c: &mut Criterion) {
    use parcours::export::person::{DppSource, Setting, dpp_findings};
    let store = Store::open(&database()).expect("open the bench database");
    let person = richest_person(&store);
    let domains = default_domains();
    let setting = Setting { lang: Lang::Fr, today: scene::screenshot_day(), domains: &domains };
    c.bench_function("export dpp of one situation: read, build, guard", |b| {
        b.iter(|| {
            let source = DppSource::load(&store, &[person]).expect("dpp source");
            let doc = source.document(setting, parcours::export::formats::DppDates::Absolues, [None, None]);
            black_box(dpp_findings(&store, &source, &doc).expect("dpp findings").count())
        })
    });
}

/// What `parcours check` adds to the integrity check: every case of the caseload exported and
/// scanned for identifying data (2,000 persons, 20,000 diagnosis revisions, 20,000 actions).
fn anonymity_scan_of_the_caseload(c: &mut Criterion) {
    let store = Store::open(&database()).expect("open the bench database");
    let persons = store.persons(true).expect("persons");
    let pseudonyms: Vec<String> = persons.iter().map(|p| p.pseudonym.clone()).collect();
    let partners = store.partners(true).expect("partners");
    c.bench_function("anonymity scan of the whole caseload", |b| {
        b.iter(|| {
            let mut findings = 0;
            for p in &persons {
                let case = store.case(p.id).expect("case");
                findings += parcours::privacy::records::scan_case(&case, &partners, &pseudonyms).len();
            }
            black_box(findings)
        })
    });
}

/// Removes the generated database once every bench has run.
fn remove_database() {
    let dir = DATABASE.lock().unwrap_or_else(|e| e.into_inner()).take();
    drop(dir);
}

criterion_group! {
    name = benches;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    targets = open_and_first_frame, keystroke_in_diagnostic, keystroke_in_file_active, filter_keystroke,
        keystroke_in_plan_tree, anonymity_scan_of_the_caseload, search_in_the_store, dpp_of_one_situation, keystroke_on_the_card, store_queries,
        keystroke_in_evaluation
}
criterion_main!(benches, remove_database);

//! The search finds every person whose current records hold the words, on screen (`/`) and on the
//! command line (`parcours search`), however many there are: checked against SQLite itself.

mod common;

use std::collections::BTreeSet;

use common::script::{press, screen_text, start, type_text};
use common::{Sandbox, succeeded, text};
use crossterm::event::KeyCode;

/// The persons whose latest revision of a domain mentions « diabète », counted by SQL alone;
/// with `archived`, those whose file is archived too.
fn persons_with_diabetes(sb: &Sandbox, archived: bool) -> BTreeSet<i64> {
    let conn = rusqlite::Connection::open(sb.data().join("parcours.db")).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT DISTINCT person_id FROM diagnosis_entry e \
             WHERE id = (SELECT max(id) FROM diagnosis_entry x WHERE x.person_id = e.person_id AND x.domain = e.domain) \
             AND lower(situation || ' ' || person_words || ' ' || resources || ' ' || risks) LIKE '%diabète%' \
             AND (?1 OR person_id IN (SELECT id FROM person WHERE NOT archived))",
        )
        .unwrap();
    stmt.query_map([archived], |r| r.get(0)).unwrap().map(Result::unwrap).collect()
}

fn generated(persons: &str) -> Sandbox {
    let sb = Sandbox::new();
    succeeded(&sb.run(&["generate", "--persons", persons, "--seed", "1"]));
    sb
}

#[test]
fn the_command_line_search_finds_every_person_sql_finds() {
    let sb = generated("300");
    let expected = persons_with_diabetes(&sb, true);
    // Far more than the 50 passages the store used to stop at.
    assert!(expected.len() > 200, "the generated base mentions diabetes often: {}", expected.len());
    let json = succeeded(&sb.run(&["search", "diabete", "--format", "json"]));
    let passages: Vec<serde_json::Value> = json.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let found: BTreeSet<i64> = passages.iter().map(|p| p["person_id"].as_i64().unwrap()).collect();
    assert_eq!(found, expected);
    let first = &passages[0];
    assert_eq!(first["record"], "diagnostic");
    assert!(first["pseudonym"].as_str().is_some_and(|p| !p.is_empty()));
    assert!(first["label"].as_str().is_some_and(|l| !l.is_empty()));
    assert!(first["excerpt"].as_str().unwrap().to_lowercase().contains("[diabète]"), "{first}");

    // The text form: one tab-separated line a passage, accents and case ignored.
    let lines = succeeded(&sb.run(&["search", "DIABÈTE"]));
    assert_eq!(lines.lines().count(), passages.len());
    assert!(lines.lines().all(|l| l.split('\t').count() == 4), "{lines}");
}

#[test]
fn a_search_that_finds_nothing_says_so_and_succeeds() {
    let sb = Sandbox::with_demo();
    let output = sb.run(&["search", "zzzzqqq"]);
    assert!(output.status.success());
    assert!(output.stdout.is_empty());
    assert_eq!(text(&output.stderr).trim(), "Aucun passage ne contient ces mots.");
    let en = sb.cmd().args(["--lang", "en", "search", "zzzzqqq"]).output().unwrap();
    assert_eq!(text(&en.stderr).trim(), "No passage contains these words.");
    // The person record is searched too, and named as such.
    let json = succeeded(&sb.run(&["search", "PCPE", "--format", "json"]));
    assert!(json.lines().any(|l| l.contains("\"record\":\"fiche\"") && l.contains("\"label\":\"Fiche\"")), "{json}");
}

#[test]
fn the_file_active_filter_keeps_every_person_whose_diagnosis_matches() {
    let sb = generated("300");
    // The file active hides archived files unless asked.
    let expected = persons_with_diabetes(&sb, false);
    assert!(expected.len() < persons_with_diabetes(&sb, true).len());
    let mut app = start(&sb.data());
    press(&mut app, KeyCode::Char('/'));
    type_text(&mut app, "diabete");
    let shown: BTreeSet<i64> = app.model.visible_rows().iter().map(|i| app.model.rows[*i].person.id).collect();
    assert_eq!(shown, expected);
    assert!(screen_text(&mut app).contains(&format!("{} sur ", expected.len())));
    // The passages pane names whose passages they are.
    let selected = app.model.selected_row().unwrap().person.pseudonym.clone();
    let screen = screen_text(&mut app);
    assert!(screen.contains(&format!("chez {selected}\u{a0}: ")), "{screen}");
}

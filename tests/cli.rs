//! The `parcours` binary as a user runs it: every command on a private temporary data folder, with
//! an empty config folder so that the user's own settings never leak in. Failures must be one line
//! in the user's language and a non-zero exit code, never a panic, and never touch a file that is
//! not ours.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Output, Stdio};

use predicates::prelude::*;

const DEMO_PSEUDONYMS: [&str; 6] = ["M. R.", "Léo, 15 ans", "Mme D.", "Inès, 19 ans", "M. K.", "Nathan, 9 ans"];

const DOMAIN_LABELS: [&str; 10] = [
    "Santé",
    "Autonomie et vie quotidienne",
    "Logement",
    "Ressources et budget",
    "Droits et démarches",
    "Emploi et formation",
    "Scolarité",
    "Vie familiale et sociale",
    "Mobilité",
    "Sécurité et protection",
];

mod common;

use common::{Sandbox, bin, one_line_error, succeeded, text};

impl Sandbox {
    /// Runs a command that must succeed and returns its standard output.
    fn ok(&self, args: &[&str]) -> String {
        let output = self.cmd().args(args).output().unwrap();
        assert_clean_success(&output, args);
        String::from_utf8(output.stdout).unwrap()
    }

    fn demo(&self) {
        self.ok(&["demo"]);
    }

    fn listed(&self) -> Vec<serde_json::Value> {
        let json = self.ok(&["list", "--format", "json"]);
        serde_json::from_str::<serde_json::Value>(&json).unwrap().as_array().expect("a JSON array").clone()
    }

    fn id_of(&self, pseudonym: &str) -> i64 {
        self.listed()
            .iter()
            .find(|p| p["pseudonym"] == pseudonym)
            .unwrap_or_else(|| panic!("{pseudonym} not listed"))["id"]
            .as_i64()
            .unwrap()
    }
}

fn assert_clean_success(output: &Output, args: &[&str]) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "{args:?} failed with {:?}: {stderr}", output.status);
    assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
}

// ---------------------------------------------------------------------------------------------
// demo, list, help

#[test]
fn demo_loads_once_and_list_shows_it() {
    let sb = Sandbox::new();
    sb.cmd().arg("demo").assert().success().stdout("6 situations fictives de démonstration ajoutées.\n");
    sb.cmd()
        .arg("demo")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("déjà chargée").and(predicate::str::contains("rien n’a été ajouté")));

    let text = sb.ok(&["list"]);
    assert_eq!(text.lines().count(), 6, "{text}");
    for p in DEMO_PSEUDONYMS {
        assert!(text.lines().any(|l| l.split('\t').nth(1) == Some(p)), "{p} missing from:\n{text}");
    }

    let listed = sb.listed();
    assert_eq!(listed.len(), 6);
    let mut names: Vec<&str> = listed.iter().map(|p| p["pseudonym"].as_str().unwrap()).collect();
    names.sort_unstable();
    let mut expected = DEMO_PSEUDONYMS.to_vec();
    expected.sort_unstable();
    assert_eq!(names, expected);
    let mut ids = Vec::new();
    for p in &listed {
        assert!(p.is_object(), "{p}");
        ids.push(p["id"].as_i64().unwrap_or_else(|| panic!("id is a number: {p}")));
        let status = p["status"].as_str().unwrap();
        assert!(["active", "paused", "closed"].contains(&status), "{status}");
    }
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 6, "ids are unique");
    // The demo has every status: the JSON codes are the stable ones, not the French labels.
    for status in ["active", "paused", "closed"] {
        assert!(listed.iter().any(|p| p["status"] == status), "{status}");
    }
}

#[test]
fn help_is_french_and_exits_zero() {
    let sb = Sandbox::new();
    sb.cmd()
        .arg("--help")
        .assert()
        .code(0)
        .stdout(predicate::str::contains("référent de parcours").and(predicate::str::contains("demo")))
        .stderr("");
    // Help needs no database: none was created.
    assert!(!sb.data().exists());
}

// ---------------------------------------------------------------------------------------------
// render

#[test]
fn render_file_active_lists_the_demo() {
    let sb = Sandbox::new();
    sb.demo();
    let text = sb.ok(&["render", "--screen", "file-active", "--format", "text"]);
    assert!(text.contains("File active"), "{text}");
    for p in DEMO_PSEUDONYMS {
        assert!(text.contains(p), "{p} missing from:\n{text}");
    }
    assert!(!text.contains('\x1b'));
    // Default size 120x36.
    assert_eq!(text.lines().count(), 36);
    assert!(text.lines().all(|l| l.chars().count() <= 120), "{text}");
}

#[test]
fn render_diagnostic_shows_the_ten_domains() {
    let sb = Sandbox::new();
    sb.demo();
    let by_name = sb.ok(&["render", "--screen", "diagnostic", "--person", "M. R."]);
    for label in DOMAIN_LABELS {
        assert!(by_name.contains(label), "{label} missing from:\n{by_name}");
    }
    assert!(by_name.lines().next().unwrap().contains("M. R."), "{by_name}");

    let id = sb.id_of("M. R.");
    let by_id = sb.ok(&["render", "--screen", "diagnostic", "--person", &id.to_string()]);
    assert_eq!(by_id, by_name, "the id and the pseudonym name the same person");

    let other = sb.ok(&["render", "--screen", "diagnostic", "--person", "Mme D."]);
    assert_ne!(other, by_name);
    assert!(other.lines().next().unwrap().contains("Mme D."), "{other}");
}

#[test]
fn render_sizes_and_formats() {
    let sb = Sandbox::new();
    sb.demo();
    let small = sb.ok(&["render", "--screen", "diagnostic", "--person", "M. R.", "--size", "80x24"]);
    assert_eq!(small.lines().count(), 24, "{small}");
    assert!(small.ends_with('\n'));
    assert!(small.lines().all(|l| l.chars().count() <= 80), "{small}");
    let wide = sb.ok(&["render", "--screen", "file-active", "--size", "100x30"]);
    assert_eq!(wide.lines().count(), 30);

    let svg = sb.ok(&["render", "--screen", "file-active", "--format", "svg"]);
    assert!(svg.starts_with("<svg"), "{}", &svg[..svg.len().min(200)]);
    assert!(svg.trim_end().ends_with("</svg>"));
    assert!(svg.contains("File active"));

    let ansi = sb.ok(&["render", "--screen", "file-active", "--format", "ansi", "--size", "80x24"]);
    assert!(ansi.contains("\x1b["), "ansi output has SGR sequences");
    assert_eq!(ansi.lines().count(), 24);
    assert_only_sgr(&ansi);
}

#[test]
fn render_help_screen() {
    let sb = Sandbox::new();
    let text = sb.ok(&["render", "--screen", "aide"]);
    assert!(text.contains("Aide"), "{text}");
    assert!(text.contains("raccourcis"), "{text}");
}

// ---------------------------------------------------------------------------------------------
// Refusals: one line, non-zero, no panic

#[test]
fn unknown_screen_is_one_line() {
    let sb = Sandbox::new();
    let line = one_line_error(&sb.cmd().args(["render", "--screen", "nulle-part"]).output().unwrap(), 1);
    assert!(line.starts_with("Écran inconnu «\u{a0}nulle-part\u{a0}»"), "{line}");
    assert!(line.contains("file-active"), "the known screens are listed: {line}");
}

#[test]
fn bad_size_is_one_line() {
    let sb = Sandbox::new();
    for size in ["12", "0x10", "axb", "80x"] {
        let output = sb.cmd().args(["render", "--screen", "file-active", "--size", size]).output().unwrap();
        let line = one_line_error(&output, 1);
        assert!(line.starts_with(&format!("Taille invalide «\u{a0}{size}\u{a0}»")), "{line}");
    }
}

#[test]
fn diagnostic_without_person_is_one_line() {
    let sb = Sandbox::new();
    let line = one_line_error(&sb.cmd().args(["render", "--screen", "diagnostic"]).output().unwrap(), 1);
    assert!(line.contains("--person"), "{line}");
    assert!(line.contains("«\u{a0}diagnostic\u{a0}»"), "{line}");
}

#[test]
fn unknown_person_is_one_line_in_french_and_english() {
    let sb = Sandbox::new();
    sb.demo();
    let args = ["render", "--screen", "diagnostic", "--person", "Personne Inconnue"];
    let line = one_line_error(&sb.cmd().args(args).output().unwrap(), 1);
    assert!(line.starts_with("Aucune personne «\u{a0}Personne Inconnue\u{a0}»"), "{line}");

    let line = one_line_error(&sb.cmd().args(["--lang", "en"]).args(args).output().unwrap(), 1);
    assert!(line.starts_with("No person"), "{line}");
    assert!(line.contains("Personne Inconnue"), "{line}");

    let line = one_line_error(&sb.cmd().args(["render", "--screen", "fiche", "--person", "999"]).output().unwrap(), 1);
    assert!(line.starts_with("Aucune personne «\u{a0}999\u{a0}»"), "{line}");

    let line = one_line_error(&sb.cmd().args(["export", "case", "--person", "Zorro"]).output().unwrap(), 1);
    assert!(line.starts_with("Aucune personne «\u{a0}Zorro\u{a0}»"), "{line}");
}

#[test]
fn unknown_subcommand_is_one_line() {
    let sb = Sandbox::new();
    let line = one_line_error(&sb.cmd().arg("frobnicate").output().unwrap(), 2);
    assert!(line.starts_with("Commande inconnue «\u{a0}frobnicate\u{a0}»"), "{line}");
    let line = one_line_error(&sb.cmd().args(["--lang", "en", "frobnicate"]).output().unwrap(), 2);
    assert!(line.starts_with("Unknown command «\u{a0}frobnicate\u{a0}»"), "{line}");
    let line = one_line_error(&sb.cmd().args(["list", "--format", "xml"]).output().unwrap(), 2);
    assert!(line.starts_with("Valeur invalide"), "{line}");
    // Nothing was opened for a command line that does not parse.
    assert!(!sb.data().exists());
}

#[test]
fn import_refuses_missing_invalid_and_foreign_files() {
    let sb = Sandbox::new();
    sb.demo();

    let missing = sb.path("absent.json");
    let output = sb.cmd().args(["import", "case"]).arg(&missing).output().unwrap();
    let line = one_line_error(&output, 1);
    assert!(line.starts_with("Impossible de lire"), "{line}");
    assert!(line.contains("absent.json"), "{line}");

    let invalid = sb.path("invalide.json");
    std::fs::write(&invalid, "{ \"format\": \"parcours-case\",\n  oups\n").unwrap();
    let line = one_line_error(&sb.cmd().args(["import", "case"]).arg(&invalid).output().unwrap(), 1);
    assert!(line.contains("JSON invalide"), "{line}");
    assert!(line.contains("ligne 2"), "the position is given in French: {line}");

    let foreign = sb.path("autre.json");
    std::fs::write(&foreign, r#"{"nom": "M. R.", "age": 52}"#).unwrap();
    let line = one_line_error(&sb.cmd().args(["import", "case"]).arg(&foreign).output().unwrap(), 1);
    assert_eq!(line, "Ce fichier n’est pas un dossier exporté par parcours.");

    let array = sb.path("tableau.json");
    std::fs::write(&array, "[1, 2, 3]").unwrap();
    let line = one_line_error(&sb.cmd().args(["import", "case"]).arg(&array).output().unwrap(), 1);
    assert_eq!(line, "Ce fichier n’est pas un dossier exporté par parcours.");

    let newer = sb.path("futur.json");
    std::fs::write(&newer, r#"{"format": "parcours-case", "version": 99}"#).unwrap();
    let line = one_line_error(&sb.cmd().args(["import", "case"]).arg(&newer).output().unwrap(), 1);
    assert!(line.contains("version plus récente"), "{line}");

    assert_eq!(sb.listed().len(), 6, "nothing was imported");
}

#[test]
fn a_data_dir_that_is_a_file_is_refused() {
    let sb = Sandbox::new();
    let file = sb.path("file.txt");
    std::fs::write(&file, b"not a folder").unwrap();
    let line = one_line_error(&sb.cmd_on(&file).arg("list").output().unwrap(), 1);
    assert!(line.contains("file.txt"), "the folder is named: {line}");
    assert!(line.contains("--data-dir"), "{line}");

    // A folder under a regular file cannot be created, even by root.
    let under = file.join("sub");
    let line = one_line_error(&sb.cmd_on(&under).arg("list").output().unwrap(), 1);
    assert!(line.contains("file.txt"), "{line}");
    assert!(line.contains("--data-dir"), "{line}");
    assert_eq!(std::fs::read(&file).unwrap(), b"not a folder");
}

#[cfg(unix)]
#[test]
fn a_read_only_data_folder_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let sb = Sandbox::new();
    let data = sb.data();
    std::fs::create_dir(&data).unwrap();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o500)).unwrap();
    let probe = data.join("probe");
    let writable_anyway = std::fs::write(&probe, b"x").is_ok();
    let output = sb.cmd().arg("list").output().unwrap();
    std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o700)).unwrap();
    if writable_anyway {
        // root writes anyway: the refusal cannot be observed, but nothing may go wrong either.
        assert_clean_success(&output, &["list"]);
        return;
    }
    let line = one_line_error(&output, 1);
    assert!(line.starts_with("Impossible d’écrire dans le dossier de données"), "{line}");
}

#[test]
fn a_corrupt_database_is_refused_and_left_untouched() {
    let sb = Sandbox::new();
    let data = sb.data();
    std::fs::create_dir(&data).unwrap();
    let db = data.join("parcours.db");

    // Random bytes, then a file that starts like SQLite but is garbage after the header.
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    let mut noise = || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state >> 24) as u8
    };
    let random: Vec<u8> = (0..8192).map(|_| noise()).collect();
    let mut fake_sqlite = b"SQLite format 3\0".to_vec();
    fake_sqlite.extend((0..8176).map(|_| noise()));

    for bytes in [random, fake_sqlite] {
        std::fs::write(&db, &bytes).unwrap();
        for args in [&["list"][..], &["check"], &["demo"]] {
            let line = one_line_error(&sb.cmd().args(args).output().unwrap(), 1);
            assert!(line.contains("n’est pas une base parcours"), "{args:?}: {line}");
            assert!(line.contains("parcours.db"), "{line}");
            assert_eq!(std::fs::read(&db).unwrap(), bytes, "{args:?} modified the file");
        }
        for side in ["parcours.db-wal", "parcours.db-shm", "parcours.db-journal"] {
            assert!(!data.join(side).exists(), "{side} created next to a foreign file");
        }
    }
}

#[test]
fn a_foreign_sqlite_database_is_refused_and_left_untouched() {
    let sb = Sandbox::new();
    let data = sb.data();
    std::fs::create_dir(&data).unwrap();
    let db = data.join("parcours.db");
    rusqlite::Connection::open(&db).unwrap().execute_batch("CREATE TABLE contacts (nom TEXT);").unwrap();
    let before = std::fs::read(&db).unwrap();
    let line = one_line_error(&sb.cmd().arg("list").output().unwrap(), 1);
    assert!(line.contains("n’est pas une base parcours"), "{line}");
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

#[test]
fn a_newer_schema_is_refused_and_left_untouched() {
    let sb = Sandbox::new();
    let data = sb.data();
    std::fs::create_dir(&data).unwrap();
    let db = data.join("parcours.db");
    {
        let conn = rusqlite::Connection::open(&db).unwrap();
        conn.execute_batch("CREATE TABLE person (id INTEGER PRIMARY KEY); PRAGMA user_version = 999;").unwrap();
    }
    let before = std::fs::read(&db).unwrap();
    for args in [&["list"][..], &["demo"], &["check"], &["--lang", "en", "list"]] {
        let line = one_line_error(&sb.cmd().args(args).output().unwrap(), 1);
        if args[0] == "--lang" {
            assert!(line.contains("999"), "{line}");
        } else {
            assert!(line.contains("version plus récente"), "{line}");
            assert!(line.contains("schéma 999"), "{line}");
        }
        assert_eq!(std::fs::read(&db).unwrap(), before, "{args:?} modified the file");
    }
}

#[test]
fn a_second_instance_is_refused_until_the_first_closes() {
    let sb = Sandbox::new();
    sb.demo();
    let first = parcours::store::Store::open(&sb.data()).unwrap();
    // Reading works beside it (tests/cli_trust.rs); a second writer does not.
    for args in [&["demo"][..], &["generate", "--persons", "1"]] {
        let line = one_line_error(&sb.cmd().args(args).output().unwrap(), 1);
        assert!(line.starts_with("parcours est déjà ouvert sur cette base"), "{args:?}: {line}");
    }
    drop(first);
    let text = sb.ok(&["list"]);
    assert_eq!(text.lines().count(), 6);
}

// ---------------------------------------------------------------------------------------------
// Files and folders

#[cfg(unix)]
#[test]
fn a_missing_data_folder_is_created_private() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let sb = Sandbox::new();
    let data = sb.path("pas/encore/là");
    assert!(!data.exists());
    let output = sb.cmd_on(&data).arg("demo").output().unwrap();
    assert_clean_success(&output, &["demo"]);
    assert!(data.is_dir());
    assert_eq!(mode(&data), 0o700);
    assert_eq!(mode(&sb.path("pas")), 0o700, "missing parents are private too");
    assert_eq!(mode(&data.join("parcours.db")), 0o600);
    assert_eq!(mode(&data.join("parcours.lock")), 0o600);
    for side in ["parcours.db-wal", "parcours.db-shm"] {
        if data.join(side).exists() {
            assert_eq!(mode(&data.join(side)), 0o600, "{side}");
        }
    }
    let output = sb.cmd_on(&data).arg("list").output().unwrap();
    assert_clean_success(&output, &["list"]);
    assert_eq!(String::from_utf8(output.stdout).unwrap().lines().count(), 6);
}

#[test]
fn export_then_import_into_another_folder() {
    let sb = Sandbox::new();
    sb.demo();
    let file = sb.path("m-r.json");
    let output =
        sb.cmd().args(["export", "case", "--person", "M. R.", "--format", "json", "--out"]).arg(&file).output();
    assert_clean_success(&output.unwrap(), &["export"]);
    let case: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(case["format"], "parcours-case");
    assert_eq!(case["person"]["pseudonym"], "M. R.");
    assert!(!case["diagnosis"].as_array().unwrap().is_empty());

    // To stdout, the same document.
    let to_stdout = sb.ok(&["export", "case", "--person", "M. R."]);
    assert_eq!(to_stdout, std::fs::read_to_string(&file).unwrap());

    let other = sb.path("autre-poste");
    sb.cmd_on(&other)
        .args(["import", "case"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("Dossier importé").and(predicate::str::contains("M. R.")));
    let list = sb.cmd_on(&other).arg("list").output().unwrap();
    assert_clean_success(&list, &["list"]);
    let list = String::from_utf8(list.stdout).unwrap();
    assert_eq!(list.lines().count(), 1, "{list}");
    assert_eq!(list.lines().next().unwrap().split('\t').nth(1), Some("M. R."), "{list}");

    sb.cmd_on(&other)
        .args(["import", "case"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("«\u{a0}M. R. (2)\u{a0}»"));
    let list = String::from_utf8(sb.cmd_on(&other).arg("list").output().unwrap().stdout).unwrap();
    let names: Vec<&str> = list.lines().filter_map(|l| l.split('\t').nth(1)).collect();
    assert_eq!(names.len(), 2, "{list}");
    assert!(names.contains(&"M. R.") && names.contains(&"M. R. (2)"), "{list}");

    // The imported person's diagnosis is there, revisions included.
    let back = sb.cmd_on(&other).args(["export", "case", "--person", "M. R. (2)"]).output().unwrap();
    let back: serde_json::Value = serde_json::from_slice(&back.stdout).unwrap();
    assert_eq!(back["diagnosis"].as_array().unwrap().len(), case["diagnosis"].as_array().unwrap().len());
}

#[test]
fn an_imported_case_obeys_the_rules_of_the_forms() {
    let sb = Sandbox::new();
    sb.demo();
    let mut case: serde_json::Value = serde_json::from_str(&sb.ok(&["export", "case", "--person", "M. R."])).unwrap();
    let domain = case["diagnosis"][0]["domain"].as_str().unwrap().to_string();
    case["diagnosis"][0]["date"] = "2999-01-01".into();
    let file = sb.path("futur.json");
    std::fs::write(&file, case.to_string()).unwrap();
    let other = sb.path("autre-poste");
    let line = one_line_error(&sb.cmd_on(&other).args(["import", "case"]).arg(&file).output().unwrap(), 1);
    // Named as the user knows it, not by its stored key.
    assert_eq!(domain, "sante");
    assert!(line.contains("diagnostic «\u{a0}Santé\u{a0}»"), "{line}");
    assert!(line.contains("futur"), "{line}");

    case["diagnosis"][0]["date"] = "2026-01-15".into();
    case["person"]["pseudonym"] = "x".repeat(80).into();
    std::fs::write(&file, case.to_string()).unwrap();
    let output = sb.cmd_on(&other).args(["--lang", "en", "import", "case"]).arg(&file).output().unwrap();
    let line = one_line_error(&output, 1);
    assert!(line.contains("60"), "the limit is given: {line}");
    let list = sb.cmd_on(&other).arg("list").output().unwrap();
    assert!(list.stdout.is_empty(), "nothing was imported");
}

// ---------------------------------------------------------------------------------------------
// Terminal escapes in data never reach the terminal

/// Every ESC must start an SGR sequence `ESC [ digits/semicolons m`; no BEL, no C1, no other
/// control character than newline.
fn assert_only_sgr(ansi: &str) {
    let mut chars = ansi.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => {
                assert_eq!(chars.next(), Some('['), "ESC not followed by '['");
                loop {
                    match chars.next() {
                        Some(d) if d.is_ascii_digit() || d == ';' => {}
                        Some('m') => break,
                        other => panic!("not an SGR sequence, found {other:?}"),
                    }
                }
            }
            '\n' => {}
            c if c.is_control() => panic!("control character {:?} in output", c),
            _ => {}
        }
    }
    assert!(!ansi.contains("\x1b]"), "no OSC");
    assert!(!ansi.contains('\x07'), "no BEL");
    assert!(!ansi.contains('\u{9b}'), "no C1 CSI");
}

#[test]
fn the_escape_checker_accepts_sgr_and_catches_the_rest() {
    assert_only_sgr("\x1b[1;38;2;1;2;3mtitre\x1b[0m\nligne\n");
    for bad in ["\x1b]0;pwned\x07", "a\x07b", "a\u{9b}31mb", "\x1b[2J", "\x1bc", "a\rb", "\x1b[31"] {
        let caught = std::panic::catch_unwind(|| assert_only_sgr(bad)).is_err();
        assert!(caught, "{bad:?} was accepted");
    }
}

#[test]
fn escape_sequences_in_an_imported_case_never_reach_the_terminal() {
    const EVIL: &str = "\u{1b}[2J\u{1b}]0;pwned\u{7}\u{9b}31m";
    let sb = Sandbox::new();
    sb.demo();
    let exported = sb.ok(&["export", "case", "--person", "M. R."]);
    let mut case: serde_json::Value = serde_json::from_str(&exported).unwrap();
    case["person"]["pseudonym"] = format!("Evil{EVIL} X").into();
    case["person"]["dispositif"] = format!("DAC{EVIL}").into();
    for entry in case["diagnosis"].as_array_mut().unwrap() {
        entry["situation"] = format!("Début{EVIL} suite de la situation").into();
        entry["person_words"] = format!("Paroles{EVIL}").into();
    }
    let file = sb.path("evil.json");
    let json = serde_json::to_string_pretty(&case).unwrap();
    assert!(json.contains("\\u001b[2J"), "the file really carries the escapes");
    std::fs::write(&file, json).unwrap();

    let imported = sb.cmd().args(["import", "case"]).arg(&file).output().unwrap();
    assert_clean_success(&imported, &["import"]);
    let message = String::from_utf8(imported.stdout).unwrap();
    assert!(!message.chars().any(|c| c.is_control() && c != '\n'), "{message:?}");

    let listed = sb.listed();
    let evil = listed.iter().find(|p| p["pseudonym"].as_str().unwrap().starts_with("Evil")).expect("imported");
    let pseudonym = evil["pseudonym"].as_str().unwrap();
    assert!(!pseudonym.chars().any(char::is_control), "{pseudonym:?}");
    let id = evil["id"].as_i64().unwrap().to_string();

    let list = sb.ok(&["list"]);
    assert!(!list.chars().any(|c| c.is_control() && c != '\n' && c != '\t'), "{list:?}");

    for screen in ["diagnostic", "fiche", "synthese", "file-active"] {
        let ansi = sb.ok(&["render", "--screen", screen, "--person", &id, "--format", "ansi"]);
        assert_only_sgr(&ansi);
        let text = sb.ok(&["render", "--screen", screen, "--person", &id, "--format", "text"]);
        assert!(!text.contains('\x1b'), "{screen}: ESC in text output");
        assert!(!text.chars().any(|c| c.is_control() && c != '\n'), "{screen}: {text:?}");
        assert!(text.contains("Evil"), "{screen}: the person is shown:\n{text}");
    }
    let text = sb.ok(&["render", "--screen", "diagnostic", "--person", &id, "--format", "text"]);
    assert!(text.contains("pwned"), "the text around the escapes is kept:\n{text}");
    assert!(text.contains("suite de la situation"), "{text}");

    let svg = sb.ok(&["render", "--screen", "diagnostic", "--person", &id, "--format", "svg"]);
    assert!(!svg.chars().any(|c| c.is_control() && c != '\n'), "control character in SVG");

    let again = sb.ok(&["export", "case", "--person", &id]);
    assert!(!again.contains("\\u001b") && !again.contains("\\u0007") && !again.contains('\u{9b}'), "{again}");
}

// ---------------------------------------------------------------------------------------------
// check, backup, generate

#[test]
fn check_reports_a_sound_database() {
    let sb = Sandbox::new();
    sb.demo();
    let out = sb.ok(&["check"]);
    assert!(out.starts_with("Base intègre"), "{out}");
    assert!(out.contains("6 personnes"), "{out}");
}

#[test]
fn backup_writes_a_valid_database() {
    let sb = Sandbox::new();
    sb.demo();
    let dest = sb.path("sauvegarde.db");
    let out = sb.ok(&["backup", "--out", dest.to_str().unwrap()]);
    assert!(out.starts_with("Sauvegarde écrite"), "{out}");
    assert!(out.contains("sauvegarde.db"), "{out}");
    let conn = rusqlite::Connection::open_with_flags(&dest, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let n: i64 = conn.query_row("SELECT count(*) FROM person", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 6);
    let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(ok, "ok");

    // Without --out: a dated file in <data>/backups.
    let out = sb.ok(&["backup"]);
    let backups: Vec<_> = std::fs::read_dir(sb.data().join("backups")).unwrap().collect();
    assert_eq!(backups.len(), 1, "{out}");

    // A destination that cannot be written: one line.
    let blocked = sb.path("sauvegarde.db").join("dedans.db");
    let output = sb.cmd().args(["backup", "--out"]).arg(&blocked).output().unwrap();
    let line = one_line_error(&output, 1);
    assert!(line.starts_with("Impossible d’écrire"), "{line}");
}

#[test]
fn generate_is_deterministic() {
    let one = Sandbox::new();
    let two = Sandbox::new();
    for sb in [&one, &two] {
        let out = sb.ok(&["generate", "--persons", "50", "--seed", "7"]);
        assert!(out.contains("50 personnes synthétiques"), "{out}");
    }
    assert_eq!(one.listed().len(), 50);
    assert_eq!(one.ok(&["list", "--format", "json"]), two.ok(&["list", "--format", "json"]));

    let three = Sandbox::new();
    three.ok(&["generate", "--persons", "50", "--seed", "8"]);
    assert_ne!(one.ok(&["list", "--format", "json"]), three.ok(&["list", "--format", "json"]));
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let sb = Sandbox::new();
    sb.ok(&["generate", "--persons", "2000", "--seed", "1"]);
    for format in ["text", "json"] {
        let mut child = std::process::Command::new(bin())
            .env_remove("PARCOURS_DATA_DIR")
            .env("PARCOURS_CONFIG_DIR", &sb.config)
            .arg("--data-dir")
            .arg(sb.data())
            .args(["list", "--format", format])
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let mut first = String::new();
        // A small buffer: the rest of the output stays in the pipe, and the writer meets it closed.
        BufReader::with_capacity(64, stdout).read_line(&mut first).unwrap();
        assert!(!first.trim().is_empty());
        // `stdout` was moved into the reader, dropped here: the pipe is closed.
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{format}: {stderr}");
        assert!(stderr.trim().is_empty(), "{format}: nothing to say on a closed pipe: {stderr}");
        assert_eq!(output.status.code(), Some(0), "{format}: {:?}", output.status);
    }
}

#[test]
fn a_case_whose_path_breaks_a_rule_is_refused_in_words_and_nothing_is_imported() {
    let sb = Sandbox::new();
    sb.demo();
    let file = sb.path("mr.json");
    sb.ok(&["export", "case", "--person", "M. R.", "--out", file.to_str().unwrap()]);
    let case: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let other = sb.path("autre-poste");
    let refused = |edit: &dyn Fn(&mut serde_json::Value)| -> String {
        let mut broken = case.clone();
        edit(&mut broken);
        let path = sb.path("casse.json");
        std::fs::write(&path, serde_json::to_string(&broken).unwrap()).unwrap();
        let output = sb.cmd_on(&other).args(["import", "case"]).arg(&path).output().unwrap();
        one_line_error(&output, 1)
    };
    let line = refused(&|c| c["path"]["journal"][0]["date"] = "2099-01-01".into());
    assert!(line.starts_with("Dossier refusé") && line.contains("entrée du journal du 01/01/2099"), "{line}");
    assert!(line.contains("dans le futur"), "{line}");
    let line = refused(&|c| c["path"]["evaluations"][0]["goals"][0]["level"] = 7.into());
    assert!(line.contains("évaluation du") && line.contains("−2 à +2"), "{line}");
    let line = refused(&|c| c["path"]["evaluations"][0]["goals"][0]["objective_id"] = 99_999.into());
    assert!(line.contains("l’objectif n°\u{a0}99999") && line.contains("n’y figure pas"), "{line}");
    let line = refused(&|c| c["path"]["journal"][0]["partners"] = serde_json::json!([424_242]));
    assert!(line.contains("le partenaire n°\u{a0}424242"), "{line}");
    assert!(!line.contains("unknown"), "in French: {line}");
    // Nothing of any of them was imported.
    let list = sb.cmd_on(&other).arg("list").output().unwrap();
    assert!(String::from_utf8(list.stdout).unwrap().trim().is_empty());
}

/// A refused case file is one sentence in the user's language: which record, which field, why;
/// never serde's, Rust's or the system's English, never a debug listing.
#[test]
fn refused_case_files_are_told_in_the_users_language() {
    let sb = Sandbox::new();
    sb.demo();
    let exported = sb.ok(&["export", "case", "--person", "M. R."]);
    let case: serde_json::Value = serde_json::from_str(&exported).unwrap();
    let edited = |edit: &dyn Fn(&mut serde_json::Value)| -> Vec<u8> {
        let mut c = case.clone();
        edit(&mut c);
        serde_json::to_vec_pretty(&c).unwrap()
    };
    let not_utf8 = {
        let mut bytes = exported.clone().into_bytes();
        let at = exported.find("M. R.").unwrap();
        bytes.splice(at..at + 1, [0xC9u8]);
        bytes
    };
    let truncated = exported.as_bytes()[..exported.len() / 2].to_vec();
    type Case<'a> = (&'a str, Vec<u8>, &'a str, &'a str);
    let table: Vec<Case> = vec![
        (
            "bad type",
            edited(&|c| c["diagnosis"][0]["revision"] = "abc".into()),
            "un nombre entier est attendu pour «\u{a0}revision\u{a0}»",
            "a whole number is expected for “revision”",
        ),
        (
            "unknown choice",
            edited(&|c| c["person"]["status"] = "xyz".into()),
            "valeur impossible pour «\u{a0}status\u{a0}»",
            "impossible value for “status”",
        ),
        ("missing key", edited(&|c| c["person"].as_object_mut().unwrap().clear()), "manque", "is missing"),
        ("truncated", truncated, "tronqué", "truncated"),
        ("not UTF-8", not_utf8, "pas en UTF-8", "not UTF-8"),
        (
            "duplicate objective",
            edited(&|c| {
                let first = c["plan"]["objectives"][0].clone();
                c["plan"]["objectives"].as_array_mut().unwrap().push(first);
            }),
            "figure deux fois dans le fichier",
            "appears twice in the file",
        ),
        (
            "empty pseudonym",
            edited(&|c| c["person"]["pseudonym"] = " ".into()),
            "fiche de la personne\u{a0}: champ obligatoire",
            "the person's card: required field",
        ),
        (
            "action dates",
            edited(&|c| {
                c["plan"]["actions"][0]["start"] = "2026-03-10".into();
                c["plan"]["actions"][0]["due"] = "2026-03-01".into();
            }),
            "l’échéance précède le début",
            "the due date is before the start",
        ),
        (
            "done without its day",
            edited(&|c| {
                c["plan"]["actions"][0]["status"] = "done".into();
                c["plan"]["actions"][0]["done_on"] = serde_json::Value::Null;
            }),
            "«\u{a0}done_on\u{a0}»",
            "“done_on”",
        ),
        (
            "too long",
            edited(&|c| c["diagnosis"][0]["situation"] = "é".repeat(20_001).into()),
            "champ «\u{a0}situation\u{a0}»\u{a0}: 20\u{a0}001 caractères pour 20\u{a0}000 au plus",
            "field “situation”: 20,001 characters where 20,000 at most fit",
        ),
        (
            "year 0",
            edited(&|c| c["person"]["referral_date"] = "0000-01-01".into()),
            "n’est pas entre 1900 et 2199",
            "is not between 1900 and 2199",
        ),
        (
            "weight",
            edited(&|c| c["path"]["evaluations"][0]["goals"][0]["weight"] = 1e308.into()),
            "les poids vont de 0 à 9",
            "weights go from 0 to 9",
        ),
    ];
    let directory = sb.path("un-dossier.json");
    std::fs::create_dir(&directory).unwrap();
    let english_bits = [
        "expected",
        "invalid type",
        "invalid value",
        "os error",
        "appears",
        "[",
        "Debug",
        "error",
        "line ",
        "column",
        "UTF-8 at",
    ];
    let french_bits = ["ligne", "colonne", "Dossier", "champ", "fichier", "attendu", "caractères", "n’", "«"];
    let target = sb.path("autre-poste");
    for (name, bytes, fr, en) in table {
        let file = sb.path("casse.json");
        std::fs::write(&file, bytes).unwrap();
        let line = one_line_error(&sb.cmd_on(&target).args(["import", "case"]).arg(&file).output().unwrap(), 1);
        assert!(line.contains(fr), "{name}: {line}");
        for bit in english_bits {
            assert!(!line.contains(bit), "{name}: « {bit} » in {line}");
        }
        let line = one_line_error(
            &sb.cmd_on(&target).args(["--lang", "en", "import", "case"]).arg(&file).output().unwrap(),
            1,
        );
        assert!(line.contains(en), "{name}: {line}");
        for bit in french_bits {
            assert!(!line.contains(bit), "{name}: « {bit} » in {line}");
        }
    }
    let line = one_line_error(&sb.cmd_on(&target).args(["import", "case"]).arg(&directory).output().unwrap(), 1);
    assert!(line.contains("c’est un dossier, pas un fichier") && !line.contains("os error"), "{line}");
    // Nothing of it was imported; a byte-order mark and a huge revision are no reason to refuse.
    let list = sb.cmd_on(&target).args(["list"]).output().unwrap();
    assert!(!text(&list.stdout).contains("M. R."), "{}", text(&list.stdout));
    let file = sb.path("bom.json");
    let bom = edited(&|c| c["diagnosis"][0]["revision"] = i64::MAX.into());
    std::fs::write(&file, [&[0xEF, 0xBB, 0xBF][..], &bom].concat()).unwrap();
    let output = sb.cmd_on(&target).args(["import", "case"]).arg(&file).output().unwrap();
    assert!(succeeded(&output).contains("M. R."));
}

#[test]
fn a_config_not_in_utf8_is_said_not_ignored_silently() {
    let sb = Sandbox::new();
    std::fs::write(sb.path("config").join("config.toml"), b"domaines = [\"Sant\xe9\"]\n").unwrap();
    let output = sb.cmd().args(["list"]).output().unwrap();
    let err = text(&output.stderr);
    assert!(err.contains("config.toml ignoré\u{a0}: le fichier n’est pas en UTF-8"), "{err}");
}

#[test]
fn an_entry_of_a_domain_the_configuration_does_not_list_is_shown() {
    let sb = Sandbox::new();
    sb.demo();
    let mut case: serde_json::Value = serde_json::from_str(&sb.ok(&["export", "case", "--person", "M. R."])).unwrap();
    let first = case["diagnosis"][0]["domain"].clone();
    for e in case["diagnosis"].as_array_mut().unwrap().iter_mut().filter(|e| e["domain"] == first) {
        e["domain"] = "jardinage".into();
    }
    let file = sb.path("jardin.json");
    std::fs::write(&file, case.to_string()).unwrap();
    let other = sb.path("autre-poste");
    assert!(sb.cmd_on(&other).args(["import", "case"]).arg(&file).output().unwrap().status.success());
    let screen = sb.cmd_on(&other).args(["render", "--screen", "diagnostic", "--person", "M. R."]).output().unwrap();
    let screen = succeeded(&screen);
    assert!(screen.contains("Autre domaine\u{a0}: jardinage"), "{screen}");
    let screen = sb
        .cmd_on(&other)
        .args(["--lang", "en", "render", "--screen", "diagnostic", "--person", "M. R."])
        .output()
        .unwrap();
    assert!(succeeded(&screen).contains("Other domain: jardinage"));
}

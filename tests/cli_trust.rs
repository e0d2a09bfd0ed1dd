//! What protects the data folder from the commands themselves: no export replaces the database,
//! no input fills the memory, nothing half-written stays behind, the folder stays private, and
//! reading works while the application is open.

mod common;

use std::path::{Path, PathBuf};

use common::{Sandbox, one_line_error};

impl Sandbox {
    fn ok(&self, args: &[&str]) -> String {
        let output = self.cmd().args(args).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{args:?} failed with {:?}: {stderr}", output.status);
        String::from_utf8(output.stdout).unwrap()
    }

    fn refused(&self, args: &[&str], target: &Path) -> String {
        let output = self.cmd().args(args).arg(target).output().unwrap();
        one_line_error(&output, 1)
    }
}

/// Every command that writes a file the user names, with the option that names it last.
const WRITERS: [&[&str]; 7] = [
    &["export", "case", "--person", "Mme D.", "--force", "--out"],
    &["export", "contacts", "--out"],
    &["export", "plan", "--person", "Mme D.", "--format", "md", "--force", "--out"],
    &["export", "ecomap", "--person", "Mme D.", "--format", "svg", "--force", "--out"],
    &["export", "bilan", "--person", "Mme D.", "--format", "md", "--force", "--out"],
    &["export", "dpp", "--person", "Mme D.", "--format", "docx", "--force", "--out"],
    &["backup", "--out"],
];

fn base_files(data: &Path) -> Vec<PathBuf> {
    ["parcours.db", "parcours.db-wal", "parcours.db-shm", "parcours.db-journal", "parcours.lock", "parcours.log"]
        .iter()
        .map(|name| data.join(name))
        .collect()
}

#[test]
fn no_command_writes_over_a_file_of_the_base() {
    let sb = Sandbox::new();
    sb.ok(&["demo"]);
    sb.ok(&["backup"]);
    let data = sb.data();
    let db = data.join("parcours.db");
    let before = std::fs::read(&db).unwrap();
    let backup = std::fs::read_dir(data.join("backups")).unwrap().next().unwrap().unwrap().path();
    let link = sb.path("lien.db");
    #[cfg(unix)]
    std::os::unix::fs::symlink(&db, &link).unwrap();
    let mut targets = base_files(&data);
    targets.push(backup);
    targets.push(data.join("backups").join("nouveau.db"));
    targets.push(data.join("backups").join("..").join("parcours.db"));
    #[cfg(unix)]
    targets.push(link);
    for writer in WRITERS {
        for target in &targets {
            let line = sb.refused(writer, target);
            let shown = target.display().to_string();
            assert_eq!(
                line,
                format!(
                    "Refusé\u{a0}: «\u{a0}{shown}\u{a0}» est un fichier de la base de parcours\u{a0}; choisissez une autre destination."
                ),
                "{writer:?} {shown}"
            );
        }
    }
    assert_eq!(std::fs::read(&db).unwrap(), before, "the database was touched");
    assert_eq!(std::fs::read_dir(data.join("backups")).unwrap().count(), 1);
    assert_eq!(sb.ok(&["list"]).lines().count(), 6);

    let line =
        one_line_error(&sb.cmd().args(["--lang", "en", "export", "contacts", "--out"]).arg(&db).output().unwrap(), 1);
    assert_eq!(
        line,
        format!("Refused: “{}” is a file of the parcours database; choose another destination.", db.display())
    );

    // Screenshots into the backups folder would write among the backups.
    let line = sb.refused(&["screenshots", "--out"], &data.join("backups"));
    assert!(line.starts_with("Refusé\u{a0}: «"), "{line}");
}

#[test]
fn an_ordinary_existing_file_is_still_replaced() {
    let sb = Sandbox::new();
    sb.ok(&["demo"]);
    let dest = sb.path("mme-d.json");
    std::fs::write(&dest, "ancien").unwrap();
    sb.ok(&["export", "case", "--person", "Mme D.", "--out", dest.to_str().unwrap()]);
    assert!(std::fs::read_to_string(&dest).unwrap().contains("Mme D."));
    // A file named like the base, outside the data folder, is an ordinary file.
    let elsewhere = sb.path("parcours.db");
    sb.ok(&["backup", "--out", elsewhere.to_str().unwrap()]);
    assert!(elsewhere.exists());
}

/// A PID no process has: above the kernel's largest.
const DEAD_PID: u32 = 4_194_305;

#[cfg(target_os = "linux")]
#[test]
fn temporary_files_of_killed_runs_are_removed_and_live_ones_kept() {
    let sb = Sandbox::new();
    sb.ok(&["demo"]);
    let out = sb.path("exports");
    std::fs::create_dir(&out).unwrap();
    let stale = out.join(format!(".mme-d.json.parcours-tmp-{DEAD_PID}"));
    let stale_backup = out.join(format!(".ancienne.db.parcours-tmp-{DEAD_PID}"));
    let live = out.join(format!(".autre.json.parcours-tmp-{}", std::process::id()));
    let foreign = out.join(".notes.txt.tmp-4194305");
    for f in [&stale, &stale_backup, &live, &foreign] {
        std::fs::write(f, "texte du dossier").unwrap();
    }
    sb.ok(&["export", "case", "--person", "Mme D.", "--out", out.join("mme-d.json").to_str().unwrap()]);
    assert!(!stale.exists() && !stale_backup.exists(), "stale temporary files left");
    assert!(live.exists(), "the file of a running process was removed");
    assert!(foreign.exists(), "a file parcours did not name was removed");
    let names: Vec<String> =
        std::fs::read_dir(&out).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert_eq!(names.len(), 3, "{names:?}");

    // backup goes through the same writer.
    std::fs::write(&stale, "texte").unwrap();
    sb.ok(&["backup", "--out", out.join("copie.db").to_str().unwrap()]);
    assert!(!stale.exists());
}

#[cfg(unix)]
#[test]
fn an_endless_input_is_refused_at_the_limit_in_one_line() {
    let sb = Sandbox::new();
    let zero = Path::new("/dev/zero");
    for args in [&["import", "case"][..], &["import", "contacts"], &["scan"]] {
        let line = sb.refused(args, zero);
        assert_eq!(line, "Impossible de lire /dev/zero\u{a0}: le fichier dépasse la limite de 64\u{a0}Mo.", "{args:?}");
    }
    let output = sb.cmd().args(["--lang", "en", "scan"]).arg(zero).output().unwrap();
    assert_eq!(one_line_error(&output, 1), "Cannot read /dev/zero: the file is larger than the 64 MB limit.");

    let stdin = std::fs::File::open(zero).unwrap();
    let output = std::process::Command::new(common::bin())
        .env("PARCOURS_CONFIG_DIR", &sb.config)
        .args(["scan", "-"])
        .stdin(stdin)
        .output()
        .unwrap();
    assert_eq!(one_line_error(&output, 1), "Impossible de lire -\u{a0}: le fichier dépasse la limite de 64\u{a0}Mo.");
}

#[test]
fn an_oversized_config_file_is_said_and_ignored() {
    let sb = Sandbox::new();
    let config = sb.config.join("config.toml");
    std::fs::File::create(&config).unwrap().set_len(2 * 1024 * 1024).unwrap();
    let output = sb.cmd().arg("list").output().unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("config.toml ignoré") && stderr.contains("dépasse la limite de 1\u{a0}Mo"), "{stderr}");
    let en = sb.cmd().args(["--lang", "en", "list"]).output().unwrap();
    let stderr = String::from_utf8(en.stderr).unwrap();
    assert!(stderr.contains("config.toml") && stderr.contains("larger than the 1 MB limit"), "{stderr}");
}

#[cfg(unix)]
#[test]
fn any_command_makes_the_data_folder_private_again() {
    use std::os::unix::fs::PermissionsExt;
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    let chmod = |p: &Path, m: u32| std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
    let sb = Sandbox::new();
    sb.ok(&["demo"]);
    let data = sb.data();
    chmod(&data.join("parcours.db"), 0o644);
    chmod(&data, 0o755);
    sb.ok(&["list"]);
    assert_eq!(mode(&data.join("parcours.db")), 0o600);
    assert_eq!(mode(&data), 0o700);
}

#[test]
fn reading_commands_work_while_the_application_is_open_and_writers_are_refused() {
    let sb = Sandbox::new();
    sb.ok(&["demo"]);
    let case = sb.path("mme-d.json");
    sb.ok(&["export", "case", "--person", "Mme D.", "--out", case.to_str().unwrap()]);
    // The application: it holds the lock and writes while the commands read.
    let mut open = parcours::store::Store::open(&sb.data()).unwrap();
    let mut draft = parcours::domain::person::Person::new_draft(chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap());
    draft.pseudonym = "Mme Z.".into();
    open.insert_person(&draft).unwrap();

    assert_eq!(sb.ok(&["list"]).lines().count(), 7, "a reader sees what the application saved");
    assert!(sb.ok(&["check"]).starts_with("Base intègre"));
    assert!(sb.ok(&["render", "--screen", "file-active"]).contains("Mme Z."));
    assert!(sb.ok(&["search", "expulsion"]).contains("M. R."));
    assert!(sb.ok(&["export", "case", "--person", "Mme D."]).contains("Mme D."));
    assert!(sb.ok(&["export", "plan", "--person", "Mme D.", "--format", "md", "--force"]).contains("Mme D."));
    sb.ok(&["export", "contacts"]);
    let copy = sb.path("copie.db");
    sb.ok(&["backup", "--out", copy.to_str().unwrap()]);
    let conn = rusqlite::Connection::open(&copy).unwrap();
    let n: i64 = conn.query_row("SELECT count(*) FROM person", [], |r| r.get(0)).unwrap();
    assert_eq!(n, 7, "the hot backup holds what the application saved");
    assert!(sb.ok(&["backup"]).starts_with("Sauvegarde écrite"));

    let refused = [
        vec!["demo".to_string()],
        vec!["generate".into(), "--persons".into(), "1".into()],
        vec!["import".into(), "case".into(), case.display().to_string()],
    ];
    for args in &refused {
        let line = one_line_error(&sb.cmd().args(args).output().unwrap(), 1);
        assert!(line.starts_with("parcours est déjà ouvert sur cette base"), "{args:?}: {line}");
    }
    drop(open);
    // Nothing was left behind by the readers: the next writer opens as usual.
    sb.ok(&["demo"]);
}

#[test]
fn the_interactive_screen_without_a_terminal_is_a_sentence_not_a_panic() {
    let sb = Sandbox::new();
    let line = one_line_error(&sb.cmd().output().unwrap(), 1);
    assert!(line.starts_with("parcours s’ouvre dans un terminal"), "{line}");
    let line = one_line_error(&sb.cmd().args(["--lang", "en"]).output().unwrap(), 1);
    assert!(line.starts_with("parcours opens in a terminal"), "{line}");
    assert!(!sb.data().join("parcours.log").exists(), "no panic was logged");
}

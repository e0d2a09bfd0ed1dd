//! The anonymity guard from the command line: `parcours scan` on any text, and every export about
//! a person refusing to write what would identify them, unless `--force`.

mod common;

use std::process::Output;

use common::Sandbox;

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

fn findings(output: &Output) -> Vec<serde_json::Value> {
    text(&output.stdout).lines().map(|l| serde_json::from_str(l).expect("one JSON object per line")).collect()
}

#[test]
fn scan_lists_each_identifier_and_exits_1() {
    let sb = Sandbox::new();
    let file = sb.path("note.txt");
    std::fs::write(
        &file,
        "Mme A. va mieux.\nRappeler Mme Lefèvre au 06 12 34 56 78.\nIBAN FR76 3000 6000 0112 3456 7890 189, née le 12/04/1987.\n",
    )
    .unwrap();
    let output = sb.cmd().arg("scan").arg(&file).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let found = findings(&output);
    let summary: Vec<(String, u64, u64, String)> = found
        .iter()
        .map(|f| {
            (
                f["kind"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
                f["column"].as_u64().unwrap(),
                f["excerpt"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        vec![
            ("name".into(), 2, 10, "Mme Lefèvre".into()),
            ("phone".into(), 2, 25, "06 12 34 56 78".into()),
            ("iban".into(), 3, 6, "FR76 3000 6000 0112 3456 7890 189".into()),
            ("birth_date".into(), 3, 41, "née le 12/04/1987".into()),
        ]
    );
    let stderr = text(&output.stderr);
    assert_eq!(
        stderr.trim(),
        "4\u{a0}données identifiantes trouvées\u{a0}: pseudonymisez-les avant de partager ce texte."
    );
}

#[test]
fn scan_reads_stdin_and_stays_quiet_on_ordinary_french() {
    let sb = Sandbox::new();
    let output = sb
        .cmd()
        .args(["scan", "-"])
        .write_stdin("Mme A. a obtenu une place en EHPAD le 12/03/2026 ; GIR 4, AAH à 1 016,05 €, code 1.2.1.2.")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stdout.is_empty());
    assert_eq!(text(&output.stderr).trim(), "Aucune donnée identifiante trouvée.");
}

#[test]
fn scan_spares_declared_pseudonyms_and_never_echoes_control_characters() {
    let sb = Sandbox::new();
    let file = sb.path("note.txt");
    std::fs::write(&file, "Inès a vu Nathalie.\n\u{1b}[31m M. Diallo\u{7}\n").unwrap();
    let output = sb.cmd().args(["scan", "--pseudonym", "Inès, 19 ans"]).arg(&file).output().unwrap();
    let found = findings(&output);
    let excerpts: Vec<&str> = found.iter().map(|f| f["excerpt"].as_str().unwrap()).collect();
    assert_eq!(excerpts, vec!["Nathalie", "M. Diallo"]);
    assert!(!text(&output.stdout).chars().any(|c| c.is_control() && c != '\n'));

    let output = sb.cmd().args(["--lang", "en", "scan"]).arg(sb.path("absent.txt")).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).starts_with("Cannot read"), "{}", text(&output.stderr));
}

#[test]
fn a_latin1_file_is_read_whole() {
    let sb = Sandbox::new();
    let file = sb.path("ancien.txt");
    std::fs::write(&file, b"Appeler Mme Lef\xe8vre demain.\n").unwrap();
    let output = sb.cmd().arg("scan").arg(&file).output().unwrap();
    assert_eq!(findings(&output)[0]["excerpt"], "Mme Lefèvre");
}

#[test]
fn the_demo_exports_carry_no_identifier() {
    let sb = Sandbox::new();
    assert!(sb.run(&["demo"]).status.success());
    let list = text(&sb.run(&["list"]).stdout);
    let pseudonyms: Vec<&str> = list.lines().filter_map(|l| l.split('\t').nth(1)).collect();
    assert_eq!(pseudonyms.len(), 6);
    for p in pseudonyms {
        let mut runs: Vec<Vec<&str>> = vec![vec!["export", "case", "--person", p]];
        for f in ["md", "html", "ics"] {
            runs.push(vec!["export", "plan", "--person", p, "--format", f]);
        }
        for f in ["dot", "svg"] {
            runs.push(vec!["export", "ecomap", "--person", p, "--format", f]);
        }
        for args in runs {
            let output = sb.run(&args);
            assert!(output.status.success(), "{args:?}: {}", text(&output.stderr));
            assert!(!output.stdout.is_empty(), "{args:?}");
        }
    }
}

/// The demo, plus « M. R. (2) »: M. R.'s case with a neighbour's name and phone number typed into
/// his diagnosis.
fn sandbox_with_a_planted_identifier() -> Sandbox {
    let sb = Sandbox::new();
    assert!(sb.run(&["demo"]).status.success());
    let mut case: serde_json::Value =
        serde_json::from_slice(&sb.run(&["export", "case", "--person", "M. R."]).stdout).unwrap();
    let situation = case["diagnosis"][0]["situation"].as_str().unwrap().to_string();
    case["diagnosis"][0]["situation"] =
        format!("{situation} Sa voisine Mme Lefèvre (06 12 34 56 78) passe le soir.").into();
    let file = sb.path("planted.json");
    std::fs::write(&file, case.to_string()).unwrap();
    assert!(sb.cmd().args(["import", "case"]).arg(&file).output().unwrap().status.success());
    sb
}

#[test]
fn an_export_with_an_identifier_is_refused_and_nothing_written() {
    let sb = sandbox_with_a_planted_identifier();
    let out = sb.path("m-r.json");
    let output = sb.cmd().args(["export", "case", "--person", "M. R. (2)", "--out"]).arg(&out).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(!out.exists(), "nothing written");
    assert!(output.stdout.is_empty());
    let stderr = text(&output.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 4, "{stderr}");
    // Where to edit: the person, the record, the field.
    assert!(lines[0].starts_with("M. R. (2) — diagnostic «\u{a0}"), "{stderr}");
    assert!(lines[0].ends_with(", révision 1, situation"), "{stderr}");
    assert!(lines[1].contains("nom\u{a0}: «\u{a0}Mme Lefèvre\u{a0}»"), "{stderr}");
    assert!(lines[2].contains("téléphone\u{a0}: «\u{a0}06 12 34 56 78\u{a0}»"), "{stderr}");
    assert_eq!(
        lines[3],
        "Export refusé\u{a0}: 2\u{a0}données identifiantes (ci-dessus). Pseudonymisez ces passages ou relancez avec --force."
    );

    let output = sb.cmd().args(["--lang", "en", "export", "case", "--person", "M. R. (2)"]).output().unwrap();
    assert!(text(&output.stderr).contains("Export refused: 2 identifying items"), "{}", text(&output.stderr));
}

#[test]
fn force_writes_the_export_all_the_same() {
    let sb = sandbox_with_a_planted_identifier();
    let out = sb.path("m-r.json");
    let output =
        sb.cmd().args(["export", "case", "--person", "M. R. (2)", "--force", "--out"]).arg(&out).output().unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(std::fs::read_to_string(&out).unwrap().contains("Mme Lefèvre"));
    // Other people's exports are not affected by M. R. (2)'s record.
    assert!(sb.run(&["export", "case", "--person", "M. R."]).status.success());
}

#[test]
fn check_lists_identifiers_by_person_and_record() {
    let sb = Sandbox::new();
    assert!(sb.run(&["demo"]).status.success());
    let clean = sb.run(&["check"]);
    assert!(clean.status.success());
    assert_eq!(text(&clean.stdout).lines().count(), 1, "the demo has nothing to report: {}", text(&clean.stdout));

    let sb = sandbox_with_a_planted_identifier();
    let output = sb.run(&["check"]);
    assert!(output.status.success(), "a warning, not a failure");
    let stdout = text(&output.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 5, "{stdout}");
    assert!(lines[0].starts_with("Base intègre"), "{stdout}");
    assert!(lines[1].starts_with("M. R. (2) — diagnostic «\u{a0}"), "{stdout}");
    assert!(lines[1].ends_with(", révision 1, situation"), "{stdout}");
    assert!(lines[2].ends_with("nom\u{a0}: «\u{a0}Mme Lefèvre\u{a0}»"), "{stdout}");
    assert!(lines[3].ends_with("téléphone\u{a0}: «\u{a0}06 12 34 56 78\u{a0}»"), "{stdout}");
    assert_eq!(
        lines[4],
        "2\u{a0}données identifiantes dans 1\u{a0}dossier (ci-dessus)\u{a0}: pseudonymisez-les avant tout export."
    );
}

/// The demo plus « M. R. (3) », whose plan and ecomap hold identifiers in the places an export's
/// encoding would split them: a long indicator (folded at 75 octets in a calendar), a tie label
/// (wrapped in the Graphviz file), a note with line breaks (escaped as \\n in JSON).
fn sandbox_with_identifiers_in_plan_and_network() -> Sandbox {
    let sb = Sandbox::new();
    assert!(sb.run(&["demo"]).status.success());
    let mut case: serde_json::Value =
        serde_json::from_slice(&sb.run(&["export", "case", "--person", "M. R."]).stdout).unwrap();
    case["person"]["pseudonym"] = "M. R. (3)".into();
    case["plan"]["objectives"][0]["indicator"] =
        "Appeler sa sœur et son ami au 06 12 34 56 78 chaque lundi pour faire le point.".into();
    case["network"]["ties"][2]["target"]["informal"]["label"] = "sa voisine de palier, Nathalie".into();
    case["network"]["ties"][0]["notes"] = "Il dit :\nMme Dupont passe le soir.".into();
    let file = sb.path("planted.json");
    std::fs::write(&file, case.to_string()).unwrap();
    let imported = sb.cmd().args(["import", "case"]).arg(&file).output().unwrap();
    assert!(imported.status.success(), "{}", text(&imported.stderr));
    sb
}

#[test]
fn every_format_is_guarded_whatever_its_encoding() {
    let sb = sandbox_with_identifiers_in_plan_and_network();
    let runs: [&[&str]; 6] = [
        &["export", "case", "--person", "M. R. (3)"],
        &["export", "plan", "--person", "M. R. (3)", "--format", "ics"],
        &["export", "plan", "--person", "M. R. (3)", "--format", "md"],
        &["export", "plan", "--person", "M. R. (3)", "--format", "html"],
        &["export", "ecomap", "--person", "M. R. (3)", "--format", "dot"],
        &["export", "ecomap", "--person", "M. R. (3)", "--format", "svg"],
    ];
    for args in runs {
        let output = sb.run(args);
        assert_eq!(output.status.code(), Some(1), "{args:?} must refuse");
        assert!(output.stdout.is_empty(), "{args:?}");
        let stderr = text(&output.stderr);
        assert!(stderr.contains("Export refusé"), "{args:?}: {stderr}");
    }
    // Each export names what it carries: the plan's phone, the ecomap's name.
    let plan = text(&sb.run(&["export", "plan", "--person", "M. R. (3)", "--format", "ics"]).stderr);
    assert!(plan.contains("06 12 34 56 78") && !plan.contains("Nathalie"), "{plan}");
    let ecomap = text(&sb.run(&["export", "ecomap", "--person", "M. R. (3)", "--format", "dot"]).stderr);
    assert!(ecomap.contains("Nathalie") && ecomap.contains("Mme Dupont") && !ecomap.contains("06 12"), "{ecomap}");
    // Each tie is named by who it links her with, the way the Réseau tab shows it.
    assert!(
        ecomap.contains(
            "M. R. (3) — lien de l’écocarte avec «\u{a0}sa voisine de palier, Nathalie\u{a0}», interlocuteur"
        ),
        "{ecomap}"
    );
}

#[test]
fn partners_contact_details_do_not_block_a_case_and_other_pseudonyms_are_names() {
    let sb = Sandbox::new();
    assert!(sb.run(&["demo"]).status.success());
    // A professional's phone and e-mail in the directory: the case that names that partner exports.
    let vcf = sb.path("carnet.vcf");
    std::fs::write(&vcf, "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Cabinet infirmier du bourg\r\nTEL:01 45 67 89 10\r\nEMAIL:cabinet@exemple.fr\r\nEND:VCARD\r\n").unwrap();
    assert!(sb.cmd().args(["import", "contacts"]).arg(&vcf).output().unwrap().status.success());
    for p in ["M. R.", "Inès, 19 ans", "Léo, 15 ans"] {
        assert!(sb.run(&["export", "case", "--person", p]).status.success(), "{p}");
    }
    // « Léo » is a pseudonym, but in M. R.'s notes it is someone else.
    let mut case: serde_json::Value =
        serde_json::from_slice(&sb.run(&["export", "case", "--person", "M. R."]).stdout).unwrap();
    case["person"]["pseudonym"] = "M. R. (4)".into();
    case["diagnosis"][0]["situation"] = "Son petit-fils Léo l’aide pour les courses.".into();
    let file = sb.path("leo.json");
    std::fs::write(&file, case.to_string()).unwrap();
    assert!(sb.cmd().args(["import", "case"]).arg(&file).output().unwrap().status.success());
    let output = sb.run(&["export", "case", "--person", "M. R. (4)"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(text(&output.stderr).contains("«\u{a0}Léo\u{a0}»"), "{}", text(&output.stderr));
}

#[test]
fn why_a_file_cannot_be_read_is_said_in_french() {
    let sb = Sandbox::new();
    let output = sb.cmd().arg("scan").arg(sb.path("absent.txt")).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(stderr.trim().ends_with("absent.txt\u{a0}: fichier ou dossier introuvable."), "{stderr}");
    let output = sb.cmd().arg("scan").arg(sb.root.path()).output().unwrap();
    assert!(text(&output.stderr).trim().ends_with("c’est un dossier, pas un fichier."), "{}", text(&output.stderr));
    let output = sb.cmd().args(["--lang", "en", "scan"]).arg(sb.root.path()).output().unwrap();
    assert!(text(&output.stderr).trim().ends_with("it is a folder, not a file."), "{}", text(&output.stderr));
}

#[test]
fn a_pseudonym_that_is_a_name_is_found_by_check_and_refused_by_every_export() {
    let sb = Sandbox::new();
    assert!(sb.run(&["demo"]).status.success());
    let mut case: serde_json::Value =
        serde_json::from_slice(&sb.run(&["export", "case", "--person", "M. K."]).stdout).unwrap();
    for pseudonym in ["Jean Dupont", "Mme A."] {
        case["person"]["pseudonym"] = pseudonym.into();
        let file = sb.path("case.json");
        std::fs::write(&file, case.to_string()).unwrap();
        let imported = sb.cmd().args(["import", "case"]).arg(&file).output().unwrap();
        assert!(imported.status.success(), "{}", text(&imported.stderr));
    }
    let output = sb.run(&["check"]);
    assert!(output.status.success(), "a warning, not a failure");
    let stdout = text(&output.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{stdout}");
    assert_eq!(lines[1], "Jean Dupont — fiche, pseudonyme", "{stdout}");
    assert!(lines[2].ends_with("nom\u{a0}: «\u{a0}Jean\u{a0}»"), "{stdout}");
    assert!(lines[3].starts_with("1\u{a0}donnée identifiante dans 1\u{a0}dossier"), "{stdout}");
    for args in [
        vec!["export", "case", "--person", "Jean Dupont"],
        vec!["export", "plan", "--person", "Jean Dupont", "--format", "md"],
        vec!["export", "ecomap", "--person", "Jean Dupont", "--format", "svg"],
        vec!["export", "bilan", "--person", "Jean Dupont", "--format", "md"],
    ] {
        let output = sb.run(&args);
        assert_eq!(output.status.code(), Some(1), "{args:?}");
        assert!(text(&output.stderr).contains("Export refusé"), "{args:?}: {}", text(&output.stderr));
    }
    // The tool's own forms pass: initials, a first name declared with an age.
    for p in ["Mme A.", "Inès, 19 ans", "Nathan, 9 ans"] {
        let output = sb.run(&["export", "case", "--person", p]);
        assert!(output.status.success(), "{p}: {}", text(&output.stderr));
    }
}

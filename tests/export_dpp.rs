//! `parcours export dpp`: the « dossier de pratiques professionnelles » of one or more situations as
//! Markdown, an HTML page or a Word document. The tests drive the real binary on the demo; the
//! planted identifiers are written through the library, as a user would type them in a note.

mod common;

use std::io::Read;
use std::process::Output;

use common::{Sandbox, succeeded, text};
use parcours::domain::evidence::{Evidence, RecordRef};
use parcours::export::plan_html::escape;
use parcours::store::Store;

const PLANTED: &str = "Rappeler Mme Lefèvre 06 12 34 56 78 pour le relais.";

fn demo() -> Sandbox {
    Sandbox::with_demo()
}

fn dpp(sb: &Sandbox, args: &[&str]) -> Output {
    let mut all = vec!["export", "dpp"];
    all.extend_from_slice(args);
    sb.run(&all)
}

fn ok(output: &Output) -> String {
    succeeded(output)
}

fn with_store<T>(sb: &Sandbox, f: impl FnOnce(&mut Store) -> T) -> T {
    sb.with_store(f)
}

/// Typed at the end of M. R.'s reflective note on C6, through the library as the form would.
fn add_to_mr_c6_note(sb: &Sandbox, words: &str) {
    with_store(sb, |store| {
        let mr = store.find_person("M. R.").unwrap();
        let mut e = store.evidence(Some(mr.id)).unwrap().into_iter().find(|e| e.competency == 6).unwrap();
        e.note = format!("{} {words}", e.note);
        store.save_evidence(&e).unwrap();
    });
}

/// The eight chapter headings, as the competencies are named: « C4 — Définir les étapes… ».
fn chapter_headings() -> Vec<String> {
    parcours::domain::competency::all().iter().map(|c| format!("{} — {}", c.code, c.short)).collect()
}

/// The part of a Markdown dossier between the cover and the annexes.
fn chapters(md: &str) -> &str {
    let start = md.find("\n# C1 — ").expect("chapter C1");
    let end = md.find("\n# Annexes").expect("the annexes");
    &md[start..end]
}

fn is_absolute_date(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 10
        && b[..10].iter().enumerate().all(|(i, c)| if i == 2 || i == 5 { *c == b'/' } else { c.is_ascii_digit() })
}

#[test]
fn markdown_has_the_cover_a_chapter_per_competency_and_the_annexes() {
    let sb = demo();
    let md = ok(&dpp(&sb, &["--person", "M. R.", "--person", "Léo, 15 ans", "--format", "md"]));
    assert!(md.starts_with("# Dossier de pratiques professionnelles\n"), "{md}");
    assert!(md.contains("Exercer une mission de référent de parcours santé et social (RS6552)"));
    for heading in chapter_headings() {
        assert!(md.contains(&format!("\n# {heading}\n")), "{heading} missing");
    }
    // Each competency's wording, verbatim.
    for c in parcours::domain::competency::all() {
        assert!(md.contains(c.wording.trim()), "{} wording", c.code);
    }
    // The cover: the situations by pseudonym, the coverage, C8 missing, no partial validation.
    assert!(md.contains("- M. R.\n- Léo, 15 ans\n"));
    assert!(md.contains("| C8 — Organiser une veille stratégique | 0 | **aucune** |"), "{md}");
    assert!(md.contains("| C2 — Établir le diagnostic de la situation avec la personne | 3 | solide |"));
    assert!(md.contains("| C7 — Communiquer auprès des institutions | 2 | en partie |"));
    assert!(md.contains("Il n’y a pas de validation partielle"));
    assert!(md.contains("**Compétences encore sans preuve\u{a0}: C8 — Organiser une veille stratégique.**"));
    let c8 = &md[md.find("\n# C8 — ").unwrap()..md.find("\n# Annexes").unwrap()];
    assert!(c8.contains("Aucune preuve pour l’instant\u{a0}:"), "{c8}");
    // The evidence: situation, record, excerpt, note, date.
    assert!(md.contains("## M. R. — objectif opérationnel «\u{a0}Construire un projet professionnel sans conduite"));
    assert!(md.contains("## Léo, 15 ans — journal, transmission\n"));
    // Each free note is told by its opening words, so that two of them can be told apart.
    assert!(md.contains("## Pratique professionnelle — «\u{a0}Le cadre de ma mission\u{a0}»\n"));
    assert!(md.contains("**En quoi cela démontre la compétence\u{a0}:**"));
    let dates: Vec<&str> = chapters(&md).lines().filter_map(|l| l.strip_prefix("**Date\u{a0}:** ")).collect();
    assert_eq!(dates.iter().filter(|d| **d != "—").count(), 19, "{dates:?}");
    assert!(dates.iter().all(|d| is_absolute_date(d)), "{dates:?}");
    // The annexes of both situations.
    for heading in ["## Annexe 1 — M. R.", "## Annexe 2 — Léo, 15 ans"] {
        assert!(md.contains(heading), "{heading}");
    }
    for section in ["### Synthèse du diagnostic", "### Plan d’action", "### Écocarte", "### Évaluations"] {
        assert_eq!(md.matches(section).count(), 2, "{section}");
    }
    assert!(md.contains("| Logement | Tenir le plan d’apurement jusqu’à son terme | 1\\.3.5.1 — "), "a coded need");
    assert!(md.contains("| Mobilité | 7 | 3 | **+4, écart de perception** |"));
    // The ecomap's table: who and how, never the role's words (they may tell a minor's confidences).
    assert!(!md.contains("Personne de confiance pour Léo"));
    assert!(md.contains("| Partenaire ou soutien | Intensité | Nature du lien | Sens du soutien |"));
    assert!(md.contains("| SAMSAH de la commune | moyen | neutre | vers la personne |"));
}

#[test]
fn the_demo_dossier_holds_no_identifier() {
    let sb = demo();
    let out = sb.path("dpp.md");
    let output = sb
        .cmd()
        .args(["export", "dpp", "--person", "M. R.", "--person", "Léo, 15 ans", "--format", "md", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    let scan =
        sb.cmd().args(["scan", "--pseudonym", "M. R.", "--pseudonym", "Léo, 15 ans"]).arg(&out).output().unwrap();
    assert_eq!(scan.status.code(), Some(0), "{}", text(&scan.stdout));
    // And `check` says nothing of the notes.
    let check = ok(&sb.run(&["check"]));
    assert_eq!(check.lines().count(), 1, "{check}");
}

#[test]
fn relative_dates_count_days_from_the_start_of_the_accompaniment() {
    let sb = demo();
    let md = ok(&dpp(&sb, &["--person", "M. R.", "--person", "2", "--format", "md", "--dates", "relatives"]));
    let chapters = chapters(&md);
    assert!(chapters.contains("**Date\u{a0}:** J+"), "{chapters}");
    assert!(!chapters.split_whitespace().any(is_absolute_date), "no absolute date in the chapters");
    for line in chapters.lines().filter(|l| l.starts_with("**Date\u{a0}:** ")) {
        let shown = &line["**Date\u{a0}:** ".len()..];
        assert!(shown.starts_with("J+") || shown == "—", "{line}");
    }
    // Free evidence belongs to no accompaniment: no day to count from.
    let free = &chapters[chapters.find("## Pratique professionnelle").unwrap()..];
    assert!(free.lines().nth(2).unwrap().ends_with("—"), "{free}");
    assert!(md.contains("jours depuis le début de l’accompagnement"));
    // The plan's deadlines follow the same rule.
    let plan = &md[md.find("### Plan d’action").unwrap()..md.find("### Écocarte").unwrap()];
    assert!(plan.contains("| J+") && !plan.split_whitespace().any(is_absolute_date), "{plan}");
}

#[test]
fn html_is_a_standalone_page_with_the_ecomaps_inlined() {
    let sb = demo();
    let html = ok(&dpp(&sb, &["--person", "M. R.", "--person", "Léo, 15 ans", "--format", "html"]));
    assert!(html.starts_with("<!doctype html>\n<html lang=\"fr\">"));
    assert!(html.contains("default-src 'none'") && !html.contains("<script"));
    for heading in chapter_headings() {
        assert!(html.contains(&format!("<h1>{}</h1>", escape(&heading))), "{heading} missing");
    }
    assert_eq!(html.matches("<svg").count(), 2, "one ecomap per situation");
    assert!(html.contains("id=\"ecomap-title-1\"") && html.contains("id=\"ecomap-title-2\""), "ids of their own");
    assert!(!html.contains("<?xml"), "inlined, not pasted as a file");
    assert!(html.contains(".cover { break-after: page;"), "the cover on its own page when printed");
    assert!(html.contains("<p class=\"missing\">Compétences encore sans preuve\u{a0}: C8 — "));
    // Every tag closed in order (void and self-closing elements aside).
    let mut open: Vec<String> = Vec::new();
    let mut rest = html.as_str();
    while let Some(start) = rest.find('<') {
        let len = rest[start..].find('>').unwrap();
        let tag = &rest[start + 1..start + len];
        rest = &rest[start + len + 1..];
        if tag.starts_with('!') || tag.ends_with('/') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            assert_eq!(open.pop().as_deref(), Some(name.trim()), "</{name}>");
            continue;
        }
        let name: String = tag.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        if !["meta", "br"].contains(&name.as_str()) {
            open.push(name);
        }
    }
    assert!(open.is_empty(), "left open: {open:?}");
}

/// The text of the Word document's body, and its headings of level 1.
fn document_xml(path: &std::path::Path) -> String {
    let file = std::fs::File::open(path).unwrap();
    let mut zip = zip::ZipArchive::new(file).expect("a valid ZIP package");
    let mut xml = String::new();
    zip.by_name("word/document.xml").expect("word/document.xml").read_to_string(&mut xml).unwrap();
    assert!(zip.by_name("word/styles.xml").is_ok());
    assert!(zip.by_name("[Content_Types].xml").is_ok());
    // Created the day it is written, which a word processor shows in the file's properties.
    let mut core = String::new();
    zip.by_name("docProps/core.xml").expect("docProps/core.xml").read_to_string(&mut core).unwrap();
    let created = format!(">{}T00:00:00Z<", parcours::commands::scene::screenshot_day().format("%Y-%m-%d"));
    let today = format!(">{}T00:00:00Z<", chrono::Local::now().date_naive().format("%Y-%m-%d"));
    assert!(core.contains(&created) || core.contains(&today), "{core}");
    assert!(!core.contains("1970"), "{core}");
    xml
}

/// The texts of the paragraphs in a style, in order.
fn styled(xml: &str, style: &str) -> Vec<String> {
    let marker = format!("<w:pStyle w:val=\"{style}\" />");
    xml.split("<w:p ")
        .filter(|p| p.contains(&marker))
        .map(|p| {
            p.split("<w:t xml:space=\"preserve\">")
                .skip(1)
                .filter_map(|t| t.split_once("</w:t>").map(|(t, _)| t.replace("&apos;", "'").replace("&amp;", "&")))
                .collect()
        })
        .collect()
}

#[test]
fn docx_is_a_word_document_with_real_headings_and_tables() {
    let sb = demo();
    let out = sb.path("dpp.docx");
    let output = sb
        .cmd()
        .args(["export", "dpp", "--person", "M. R.", "--person", "Léo, 15 ans", "--format", "docx", "--out"])
        .arg(&out)
        .args(["--candidat", "Camille Martin", "--structure", "DAC du territoire"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    let xml = document_xml(&out);
    let h1 = styled(&xml, "Heading1");
    let mut expected = vec![];
    expected.extend(chapter_headings());
    expected.push("Annexes".to_string());
    assert_eq!(h1, expected);
    let h2 = styled(&xml, "Heading2");
    assert!(h2.contains(&"Situations présentées".to_string()) && h2.contains(&"Annexe 2 — Léo, 15 ans".to_string()));
    assert!(h2.iter().any(|h| h.starts_with("M. R. — objectif opérationnel")), "{h2:?}");
    assert_eq!(styled(&xml, "Heading3").iter().filter(|h| *h == "Plan d’action").count(), 2);
    assert_eq!(styled(&xml, "Title"), vec!["Dossier de pratiques professionnelles".to_string()]);
    // The styles carry outline levels: the navigation pane shows the plan of the dossier.
    let mut styles = String::new();
    let file = std::fs::File::open(&out).unwrap();
    zip::ZipArchive::new(file).unwrap().by_name("word/styles.xml").unwrap().read_to_string(&mut styles).unwrap();
    assert!(styles.contains("w:styleId=\"Heading1\"><w:name w:val=\"heading 1\" />"), "{styles}");
    assert!(styles.contains("<w:outlineLvl w:val=\"0\" />") && styles.contains("<w:outlineLvl w:val=\"1\" />"));
    // Tables, a page break after the cover, the candidate's fields only because they were typed.
    assert!(xml.matches("<w:tbl>").count() >= 9, "coverage, and four tables per situation");
    let cover_end = xml.find("<w:br w:type=\"page\" />").expect("a page break");
    assert!(cover_end < xml.find("<w:pStyle w:val=\"Heading1\" />").unwrap(), "the cover ends before C1");
    assert!(xml[..cover_end].contains("Camille Martin") && xml[..cover_end].contains("DAC du territoire"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&out).unwrap().permissions().mode() & 0o777, 0o600);
    }
    // Without the options, lines to fill in by hand: nothing comes from the database.
    let plain = sb.path("plain.docx");
    let output =
        sb.cmd().args(["export", "dpp", "--person", "M. R.", "--format", "docx", "--out"]).arg(&plain).output();
    assert!(output.unwrap().status.success());
    let xml = document_xml(&plain);
    assert_eq!(xml.matches("à compléter").count(), 2, "the candidate and the structure, to fill in");
}

#[test]
fn docx_needs_a_file() {
    let sb = demo();
    let output = dpp(&sb, &["--person", "M. R.", "--format", "docx"]);
    assert!(!output.status.success());
    assert!(output.stdout.is_empty(), "no ZIP bytes on a terminal");
    let err = text(&output.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("docx") && err.contains("--out FICHIER.docx"), "{err}");
}

#[test]
fn an_unknown_situation_is_one_french_line() {
    let sb = demo();
    let out = sb.path("dpp.md");
    let args = ["export", "dpp", "--person", "M. R.", "--person", "Mme Z.", "--format", "md", "--out"];
    let output = sb.cmd().args(args).arg(&out).output().unwrap();
    assert!(!output.status.success());
    let err = text(&output.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("Aucune personne") && err.contains("Mme Z."), "{err}");
    assert!(!out.exists());
}

#[test]
fn one_situation_carries_only_its_own_evidence_and_the_free_notes() {
    let sb = demo();
    let md = ok(&dpp(&sb, &["--person", "Léo, 15 ans", "--person", "2", "--format", "md"]));
    assert!(md.contains("- Léo, 15 ans\n\nChaque"), "named twice, presented once");
    assert!(!md.contains("## M. R. — ") && !md.contains("Annexe 2"));
    assert!(md.contains("## Léo, 15 ans — ") && md.contains("## Pratique professionnelle — "));
    // C4 counts only Léo's evidence here.
    assert!(md.contains("| C4 — Définir les étapes opérationnelles du projet | 1 | en partie |"), "{md}");
}

#[test]
fn english_speaks_english_and_keeps_the_registry_wording() {
    let sb = demo();
    let out =
        ok(&sb.run(&["--lang", "en", "export", "dpp", "--person", "M. R.", "--format", "md", "--dates", "relative"]));
    assert!(out.starts_with("# Professional practice portfolio (DPP)\n"), "{out}");
    assert!(out.contains("**Competencies still without evidence: C8 — Organiser une veille stratégique.**"));
    assert!(out.contains("There is no partial validation"));
    assert!(out.contains("# Appendices") && out.contains("## Appendix 1 — M. R."));
    assert!(out.contains("**Date:** D+"), "{out}");
    let err = sb.run(&["--lang", "en", "export", "dpp", "--person", "M. R.", "--format", "docx", "--out", "-"]);
    assert!(text(&err.stderr).starts_with("The docx format is written to a file"));
}

#[test]
fn an_identifier_in_a_note_refuses_the_export_unless_forced() {
    let sb = demo();
    add_to_mr_c6_note(&sb, PLANTED);
    let out = sb.path("dpp.md");
    let refused = sb
        .cmd()
        .args(["export", "dpp", "--person", "M. R.", "--person", "Léo, 15 ans", "--format", "md", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(!refused.status.success());
    let err = text(&refused.stderr);
    assert!(err.contains("M. R. — preuve C6 du "), "{err}");
    assert!(err.contains(", note réflexive\n"), "{err}");
    assert!(err.contains("Lefèvre") && err.contains("06 12 34 56 78"), "{err}");
    assert!(err.contains("Export refusé\u{a0}: 2\u{a0}données identifiantes"), "{err}");
    assert!(!out.exists(), "nothing written");
    // Léo's dossier does not carry M. R.'s note.
    ok(&dpp(&sb, &["--person", "Léo, 15 ans", "--format", "md"]));
    // `check` lists the note too.
    let check = ok(&sb.run(&["check"]));
    assert!(check.contains("M. R. — preuve C6 du "), "{check}");
    // Forced, it is written as asked.
    let forced = sb
        .cmd()
        .args(["export", "dpp", "--person", "M. R.", "--format", "docx", "--force", "--out"])
        .arg(sb.path("dpp.docx"))
        .output()
        .unwrap();
    assert!(forced.status.success(), "{}", text(&forced.stderr));
    assert!(document_xml(&sb.path("dpp.docx")).contains("Lefèvre"));
}

#[test]
fn an_identifier_in_a_quoted_record_or_a_free_note_refuses_the_export() {
    let sb = demo();
    with_store(&sb, |store| {
        // The transmission M. R.'s C7 evidence quotes.
        let mr = store.find_person("M. R.").unwrap();
        let e = store.evidence(Some(mr.id)).unwrap().into_iter().find(|e| e.competency == 7).unwrap();
        let RecordRef::Journal(id) = e.record else { panic!("C7 quotes a journal entry") };
        let mut entry = store.journal(mr.id).unwrap().into_iter().find(|j| j.id == id).unwrap();
        entry.summary = format!("{} {PLANTED}", entry.summary);
        store.save_journal_entry(&entry).unwrap();
        let free = Evidence {
            note: "Ma mission, vue avec jm.roux@free.fr.".into(),
            ..Evidence::new_draft(None, RecordRef::Free, 1, e.date)
        };
        store.save_evidence(&free).unwrap();
    });
    let refused = dpp(&sb, &["--person", "M. R.", "--format", "html"]);
    assert!(!refused.status.success());
    assert!(refused.stdout.is_empty());
    let err = text(&refused.stderr);
    assert!(err.contains("M. R. — preuve C7 du ") && err.contains(", extrait cité\n"), "{err}");
    assert!(err.contains("Pratique professionnelle — preuve C1 du ") && err.contains("jm.roux@free.fr"), "{err}");
    let forced = ok(&dpp(&sb, &["--person", "M. R.", "--format", "html", "--force"]));
    assert!(forced.contains("06 12 34 56 78"));
}

#[test]
fn a_sensitive_journal_entry_is_evidence_without_its_summary() {
    let sb = demo();
    let summary = with_store(&sb, |store| {
        let mk = store.find_person("M. K.").unwrap();
        let entry = store.journal(mk.id).unwrap().into_iter().find(|j| j.sensitive).unwrap();
        let e = Evidence {
            note: "J’ai transmis le strict nécessaire à l’équipe mobile, avec le CMP.".into(),
            ..Evidence::new_draft(Some(mk.id), RecordRef::Journal(entry.id), 7, entry.date)
        };
        store.save_evidence(&e).unwrap();
        entry.summary
    });
    let md = ok(&dpp(&sb, &["--person", "M. K.", "--format", "md"]));
    let chapter = &md[md.find("\n# C7 — ").unwrap()..md.find("\n# C8 — ").unwrap()];
    assert!(chapter.contains("## M. K. — journal, "), "{chapter}");
    assert!(chapter.contains("> Entrée marquée sensible\u{a0}: son résumé n’est pas repris."), "{chapter}");
    assert!(chapter.contains("J’ai transmis le strict nécessaire"));
    let start: String = summary.chars().take(40).collect();
    assert!(!md.contains(&start), "the summary stays out");
}

/// Whether every character may stand in an XML 1.0 document (Word refuses the file otherwise).
fn xml_allows(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

#[test]
fn characters_xml_forbids_or_that_hide_text_never_reach_the_docx() {
    let sb = demo();
    add_to_mr_c6_note(&sb, "Relais\u{FFFE} pris\u{200B} avec\u{2028}le\u{FEFF} CCAS\u{FDD0}.");
    let out = sb.path("dpp.docx");
    let output = sb
        .cmd()
        .args(["export", "dpp", "--person", "M. R.", "--format", "docx", "--out"])
        .arg(&out)
        .args(["--candidat", "Camille\u{FFFF} Mar\u{200B}tin", "--structure", "DAC\u{202E} du\u{0B} territoire"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    let xml = document_xml(&out);
    let bad: Vec<String> = xml
        .chars()
        .filter(|c| !xml_allows(*c) || matches!(c, '\u{200B}' | '\u{FEFF}' | '\u{202E}' | '\u{2028}'))
        .map(|c| format!("U+{:04X}", u32::from(c)))
        .collect();
    assert!(bad.is_empty(), "{bad:?}");
    assert!(xml.contains("Relais pris avec"), "the note is there, cleaned");
    assert!(xml.contains("Camille Martin") && xml.contains("DAC du territoire"));
}

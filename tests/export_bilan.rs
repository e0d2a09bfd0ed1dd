//! `parcours export bilan`: the evaluation review of a person as Markdown or as a printable HTML
//! page with its charts. Most tests drive the real binary on the demo; the planted identifiers are
//! written through the library, as a user would type them in the journal or the evaluation form.

mod common;

use std::process::Output;

use chrono::NaiveDate;
use common::{Sandbox, succeeded, text};
use parcours::domain::evaluation::{Evaluation, Rating};
use parcours::domain::journal::{JournalEntry, JournalKind};
use parcours::domain::person::Person;
use parcours::domain::plan::Plan;
use parcours::export::bilan_document::{BilanDocument, BilanInput};
use parcours::export::plan_html::escape;
use parcours::export::plan_markdown::inline;
use parcours::export::{bilan_html, bilan_markdown};
use parcours::i18n::Lang;
use parcours::i18n::evaluation::decimal;
use parcours::store::Store;

const PLANTED: &str = "Rappeler Mme Lefèvre 06 12 34 56 78 pour le relais.";

fn demo() -> Sandbox {
    Sandbox::with_demo()
}

fn bilan(sb: &Sandbox, args: &[&str]) -> Output {
    let mut all = vec!["export", "bilan"];
    all.extend_from_slice(args);
    sb.run(&all)
}

fn ok(output: &Output) -> String {
    succeeded(output)
}

fn with_store<T>(sb: &Sandbox, f: impl FnOnce(&mut Store) -> T) -> T {
    sb.with_store(f)
}

/// Every tag closed in order, void elements and self-closing SVG elements aside; comments and the
/// doctype skipped. Returns the first problem found.
fn balanced(html: &str) -> Result<(), String> {
    const VOID: [&str; 4] = ["meta", "br", "hr", "img"];
    let mut open: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let Some(len) = rest[start..].find('>') else { return Err("unclosed <".into()) };
        let tag = &rest[start + 1..start + len];
        rest = &rest[start + len + 1..];
        if tag.starts_with('!') {
            continue;
        }
        if let Some(name) = tag.strip_prefix('/') {
            match open.pop() {
                Some(top) if top == name.trim() => {}
                other => return Err(format!("</{name}> closes {other:?}")),
            }
            continue;
        }
        let name: String = tag.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        if name.is_empty() {
            return Err(format!("stray < before {tag:?}"));
        }
        if tag.ends_with('/') || VOID.contains(&name.as_str()) {
            continue;
        }
        open.push(name);
    }
    if open.is_empty() { Ok(()) } else { Err(format!("left open: {open:?}")) }
}

#[test]
fn markdown_has_every_section_and_the_real_scores() {
    let sb = demo();
    let scores: Vec<String> = with_store(&sb, |store| {
        let mr = store.find_person("M. R.").unwrap();
        store.evaluations(mr.id).unwrap().iter().filter_map(|e| e.t_score).map(|t| decimal(Lang::Fr, t, 1)).collect()
    });
    assert_eq!(scores.len(), 3);
    let md = ok(&bilan(&sb, &["--person", "M. R.", "--format", "md"]));
    assert!(md.starts_with("# Bilan d’évaluation — M. R.\n"), "{md}");
    for heading in [
        "## Objectifs et échelle d’atteinte (GAS)",
        "## Auto-évaluation et regard du référent",
        "### Dernière évaluation (",
        "### Évolution",
        "## Évaluations",
        "### Synthèse du ",
        "## Réajustements",
        "## Journal du parcours",
    ] {
        assert!(md.contains(heading), "{heading} missing");
    }
    assert!(md.contains("Période évaluée\u{a0}: du "), "the period");
    assert!(md.contains("Accompagnement depuis le "), "the start of the accompaniment");
    // The T-scores, two decimals with a French comma, in the row of scores.
    let row = md.lines().find(|l| l.starts_with("| **Score T**")).unwrap();
    for s in &scores {
        assert!(s.contains(',') && row.contains(&format!("**{s}**")), "{s} in {row}");
    }
    // The readjustment, the perception gap, the views.
    assert!(md.contains(
        "«\u{a0}Reprendre son poste au dépôt avec un aménagement\u{a0}» → «\u{a0}Construire un projet professionnel \
         sans conduite, à son rythme\u{a0}»"
    ));
    let mobility = md.lines().find(|l| l.starts_with("| Mobilité | 7 | 3 |")).unwrap();
    assert!(mobility.contains("+4, écart de perception"), "{mobility}");
    assert!(md.contains("**Avis de la personne\u{a0}:** «"));
    assert!(md.contains("**Avis du référent\u{a0}:**"));
    assert!(md.contains("**Décisions\u{a0}:**"));
    assert!(md.contains("| 4 / 3 | 6 / 4 | 7 / 3 |"), "mobility over time");
    // Every table row has as many cells as its header.
    let lines: Vec<&str> = md.lines().collect();
    let mut columns = 0;
    for (i, line) in lines.iter().enumerate().filter(|(_, l)| l.starts_with('|')) {
        if lines.get(i + 1).is_some_and(|next| next.starts_with("| ---")) {
            columns = line.matches(" | ").count();
        } else if !line.starts_with("| ---") {
            assert_eq!(line.matches(" | ").count(), columns, "{line}");
        }
    }
}

/// Every `<` of a Markdown text is escaped, but for the line breaks the renderer puts in cells.
fn no_raw_html(md: &str) -> bool {
    let md = md.replace("<br>", "");
    md.match_indices('<').all(|(i, _)| md[..i].ends_with('\\'))
}

#[test]
fn html_is_a_standalone_page_with_its_charts() {
    let sb = demo();
    let out = sb.path("bilan.html");
    let output =
        sb.cmd().args(["export", "bilan", "--person", "M. R.", "--format", "html", "--out"]).arg(&out).output();
    assert!(output.unwrap().status.success());
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(html.starts_with("<!doctype html>\n<html lang=\"fr\">"));
    assert!(html.contains("<meta charset=\"utf-8\">"));
    assert!(html.contains("default-src 'none'"), "no external resource");
    assert!(!html.contains("<script"));
    // The only address is the SVG namespace, a name rather than a resource.
    assert_eq!(html.matches("://").count(), html.matches("xmlns=\"http://www.w3.org/2000/svg\"").count());
    balanced(&html).unwrap();
    assert_eq!(html.matches("<svg").count(), 2, "the T-score and the ratings");
    let score_chart = &html[html.find("<svg").unwrap()..html.find("</svg>").unwrap()];
    assert!(score_chart.contains("50 = résultat attendu") && score_chart.contains("stroke-dasharray"));
    assert!(score_chart.contains("Date de l’évaluation") && score_chart.contains(">Score T<"), "labelled axes");
    // One decimal, as on screen.
    for t in ["40,0", "37,2", "43,9"] {
        assert!(score_chart.contains(t), "{t} written on the chart");
        assert!(html.contains(&format!("<td class=\"num\">{t}</td>")), "{t} in the table");
    }
    assert!(html.contains("<td class=\"num gap\">+4, écart de perception</td>"));
    assert!(html.matches("écart de perception").count() >= 2, "in the table and on the chart");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&out).unwrap().permissions().mode() & 0o777, 0o600);
    }
}

#[test]
fn sensitive_entries_stay_out_unless_included() {
    let sb = demo();
    let persons: Vec<(String, Vec<String>)> = with_store(&sb, |store| {
        store
            .persons(true)
            .unwrap()
            .into_iter()
            .map(|p| {
                let sensitive = store.journal(p.id).unwrap().into_iter().filter(|e| e.sensitive);
                (p.pseudonym, sensitive.map(|e| e.summary.chars().take(40).collect()).collect())
            })
            .collect()
    });
    assert_eq!(persons.len(), 6);
    for (pseudonym, sensitive) in &persons {
        assert!(!sensitive.is_empty(), "{pseudonym}");
        let md = ok(&bilan(&sb, &["--person", pseudonym, "--format", "md"]));
        let html = ok(&bilan(&sb, &["--person", pseudonym, "--format", "html"]));
        for excerpt in sensitive {
            assert!(!md.contains(&inline(excerpt)), "{pseudonym}: {excerpt}");
            assert!(!html.contains(&escape(excerpt)), "{pseudonym}: {excerpt}");
        }
        let left_out = format!("Entrées sensibles non reprises\u{a0}: {}", sensitive.len());
        assert!(md.contains(&left_out) && html.contains(&left_out), "{pseudonym}");

        let md = ok(&bilan(&sb, &["--person", pseudonym, "--format", "md", "--include-sensitive"]));
        for excerpt in sensitive {
            assert!(md.contains(&inline(excerpt)), "{pseudonym}: {excerpt}");
        }
        assert!(md.contains("(sensible)") && !md.contains("non reprises"), "{pseudonym}");
    }
}

fn plant_in_journal(sb: &Sandbox, sensitive: bool) {
    with_store(sb, |store| {
        let mr = store.find_person("M. R.").unwrap();
        let mut e =
            JournalEntry::new_draft(mr.id, NaiveDate::from_ymd_opt(2026, 1, 5).unwrap().max(mr.referral_date.unwrap()));
        e.kind = JournalKind::Call;
        e.summary = PLANTED.into();
        e.sensitive = sensitive;
        store.save_journal_entry(&e).unwrap();
    });
}

#[test]
fn an_identifier_in_the_journal_refuses_the_export() {
    let sb = demo();
    plant_in_journal(&sb, false);
    let out = sb.path("bilan.md");
    let output =
        sb.cmd().args(["export", "bilan", "--person", "M. R.", "--format", "md", "--out"]).arg(&out).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(!out.exists(), "nothing written");
    let stderr = text(&output.stderr);
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 4, "{stderr}");
    assert!(lines[0].starts_with("M. R. — entrée du journal du "), "{stderr}");
    assert!(lines[0].ends_with(" (appel), résumé"), "{stderr}");
    assert!(lines[1].contains("«\u{a0}Mme Lefèvre\u{a0}»"), "{stderr}");
    assert!(lines[2].contains("«\u{a0}06 12 34 56 78\u{a0}»"), "{stderr}");
    assert!(lines[3].starts_with("Export refusé\u{a0}: 2\u{a0}données identifiantes"), "{stderr}");

    // `check` finds it too, in the same words.
    let check = ok(&sb.run(&["check"]));
    assert!(check.contains("M. R. — entrée du journal du "), "{check}");

    // --force writes it all the same.
    let output = sb
        .cmd()
        .args(["export", "bilan", "--person", "M. R.", "--format", "html", "--force", "--out"])
        .arg(&out)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(std::fs::read_to_string(&out).unwrap().contains("Mme Lefèvre"));
}

#[test]
fn a_sensitive_entry_left_out_is_not_a_reason_to_refuse() {
    let sb = demo();
    plant_in_journal(&sb, true);
    let md = ok(&bilan(&sb, &["--person", "M. R.", "--format", "md"]));
    assert!(!md.contains("Lefèvre"));
    let output = bilan(&sb, &["--person", "M. R.", "--format", "md", "--include-sensitive"]);
    assert_eq!(output.status.code(), Some(1), "carried, so scanned");
    assert!(output.stdout.is_empty());
}

#[test]
fn an_identifier_in_an_evaluation_refuses_the_export() {
    let sb = demo();
    with_store(&sb, |store| {
        let inès = store.find_person("Inès, 19 ans").unwrap();
        let mut e = store.evaluations(inès.id).unwrap().pop().unwrap();
        e.referent_view.push_str(" Joindre sa tante au 06 12 34 56 78.");
        store.save_evaluation(&e).unwrap();
    });
    let output = bilan(&sb, &["--person", "Inès, 19 ans", "--format", "html"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(stderr.starts_with("Inès, 19 ans — évaluation du "), "{stderr}");
    assert!(stderr.lines().next().unwrap().ends_with("(point d’étape), avis du référent"), "{stderr}");
    // Other persons are not affected.
    ok(&bilan(&sb, &["--person", "M. R.", "--format", "html"]));
}

#[test]
fn unknown_person_is_one_french_line() {
    let sb = demo();
    let output = bilan(&sb, &["--person", "Mme Z.", "--format", "md"]);
    assert_ne!(output.status.code(), Some(0));
    assert!(output.stdout.is_empty());
    let stderr = text(&output.stderr);
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("«\u{a0}Mme Z.\u{a0}»") && !stderr.contains("panicked"), "{stderr}");
    let output = bilan(&sb, &["--person", "M. R.", "--format", "pdf"]);
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(text(&output.stderr).lines().count(), 1);
}

#[test]
fn english_on_request() {
    let sb = demo();
    let md = ok(&sb.run(&["--lang", "en", "export", "bilan", "--person", "Nathan, 9 ans", "--format", "md"]));
    assert!(md.starts_with("# Evaluation review — Nathan, 9 ans\n"), "{md}");
    for words in ["## Objectives and goal attainment scaling (GAS)", "| **T-score** |", "**38.1**", "**61.2**"] {
        assert!(md.contains(words), "{words}");
    }
    assert!(md.contains("## Journal of the path") && md.contains("Sensitive entries left out: 1"));
    assert!(!md.contains("Bilan d’évaluation") && !md.contains("Journal du parcours"));
    let html = ok(&sb.run(&["--lang", "en", "export", "bilan", "--person", "Nathan, 9 ans", "--format", "html"]));
    assert!(html.contains("<html lang=\"en\">") && html.contains("50 = expected result"));
    balanced(&html).unwrap();
}

/// A person and one evaluation built by hand, with text that would break the formats.
#[test]
fn users_text_never_becomes_markup() {
    let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
    let mut person = Person::new_draft(day(1));
    person.id = 1;
    person.pseudonym = "Mme <A.> | B".into();
    let mut e = Evaluation::new_draft(1, day(10));
    e.person_view = "« Ça va | ça ne va pas »\n<script>alert(1)</script>".into();
    e.ratings = vec![Rating { domain: "sante".into(), person: Some(2), referent: Some(9) }];
    let mut j = JournalEntry::new_draft(1, day(12));
    j.summary = "# Titre\n| a | b |\n<img src=x>".into();
    let evaluations = [e];
    let journal = [j];
    let plan = Plan::default();
    let input = BilanInput {
        person: &person,
        plan: &plan,
        evaluations: &evaluations,
        journal: &journal,
        partners: &[],
        domains: &parcours::domain::life_domain::default_domains(),
        today: day(22),
        lang: Lang::Fr,
        include_sensitive: false,
    };
    let doc = BilanDocument::build(&input);
    let md = bilan_markdown::to_markdown(&doc);
    assert!(no_raw_html(&md) && md.contains("\\<script\\>"), "{md}");
    let journal_row = md.lines().find(|l| l.contains("Titre")).unwrap();
    assert_eq!(journal_row.matches(" | ").count(), 3, "one row of four cells: {journal_row}");
    let html = bilan_html::to_html(&doc);
    assert!(!html.contains("<script") && !html.contains("<img") && html.contains("&lt;script&gt;"));
    balanced(&html).unwrap();
    assert!(html.contains("−7, écart de perception"));
    assert_eq!(html.matches("<svg").count(), 1, "no score without goals, the ratings chart only");
}

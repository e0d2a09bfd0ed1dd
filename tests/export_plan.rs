//! `parcours export plan`: the printable plan (Markdown, HTML) and its calendar (ICS).
//!
//! The exports are pure functions of domain data, so most tests build a person and her plan by
//! hand: two axes and an archived one, a readjusted objective, a late action, a done one, a
//! cancelled one, archived items, partner carriers, and text full of `|`, `<script>`, `;,\`,
//! newlines, an emoji and accents. The ICS is parsed back (unfolded, split, unescaped) by a small
//! parser written here after RFC 5545. The last tests drive the real binary.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Output;

use chrono::{DateTime, Days, NaiveDate, TimeZone, Utc};

use parcours::domain::diagnosis::{DiagnosisEntry, Need, Priority};
use parcours::domain::life_domain::{LifeDomain, default_domains};
use parcours::domain::partner::Partner;
use parcours::domain::person::Person;
use parcours::domain::plan::{ActionStatus, Axis, Carrier, NeedRef, Objective, ObjectiveStatus, Plan, PlanAction};
use parcours::export::plan_document::{PlanDocument, PlanInput};
use parcours::export::plan_html::to_html;
use parcours::export::plan_ics::to_ics;
use parcours::export::plan_markdown::to_markdown;
use parcours::i18n::Lang;
use parcours::interchange::content_line::fold;

// ---------------------------------------------------------------------------------------------
// The situation

const PERSON_ID: i64 = 3;
const NBSP_COLON: &str = "\u{a0}: ";
/// RFC 5545 §3.1: lines of at most 75 octets, line break excluded.
const MAX_LINE_OCTETS: usize = 75;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn today() -> NaiveDate {
    day(2026, 11, 22)
}

const LATE_ACTION: &str =
    "Appeler le bailleur; négocier, \\ étaler\nle rappel 📞 avec l’assistante sociale de secteur et la CAF";
const AXIS2_TITLE: &str = "Santé : reprendre <script>alert(1)</script> les soins";
const PARTNER_NAME: &str = "CMP adultes; secteur Nord, équipe \\ mobile";
const OLD_PARTNER_NAME: &str = "Mission locale (ancienne convention)";

struct Fixture {
    person: Person,
    plan: Plan,
    latest: Vec<DiagnosisEntry>,
    partners: Vec<Partner>,
    domains: Vec<LifeDomain>,
}

fn person() -> Person {
    let mut p = Person::new_draft(day(2026, 9, 1));
    p.id = PERSON_ID;
    p.pseudonym = "M. R.".into();
    p.birth_year = Some(1974);
    p.dispositif = "PCPE".into();
    p.referral_source = "Docteur Zébulon, médecin traitant".into();
    p.consent_scope = "Partage avec le CMP et la CAF".into();
    p
}

fn axis(id: i64, position: i64, title: &str) -> Axis {
    let mut a = Axis::new_draft(PERSON_ID, day(2026, 9, 1));
    a.id = id;
    a.position = position;
    a.title = title.into();
    a
}

fn objective(id: i64, axis_id: i64, position: i64, title: &str, status: ObjectiveStatus) -> Objective {
    let mut o = Objective::new_draft(axis_id, day(2026, 9, 1));
    o.id = id;
    o.position = position;
    o.title = title.into();
    o.status = status;
    o
}

fn action(
    id: i64,
    objective_id: i64,
    position: i64,
    what: &str,
    carrier: Carrier,
    due: Option<NaiveDate>,
) -> PlanAction {
    let mut a = PlanAction::new_draft(objective_id, day(2026, 9, 1));
    a.id = id;
    a.position = position;
    a.what = what.into();
    a.carrier = carrier;
    a.due = due;
    a
}

fn fixture() -> Fixture {
    let logement = NeedRef { domain: "logement".into(), text: "Rester chez soi".into() };
    let sante = NeedRef { domain: "sante".into(), text: "Suivi psychiatrique".into() };

    let mut a1 = axis(1, 0, "Rester chez soi en sécurité 🏠");
    a1.rationale = "Dette de loyer de 2 400 €, assignation possible.".into();
    a1.needs = vec![logement.clone()];
    a1.participation = "Vient aux rendez-vous avec ses relevés.".into();
    a1.person_view = "Je veux garder mon appartement | pas de foyer".into();
    let mut a2 = axis(2, 1, AXIS2_TITLE);
    a2.person_view = "D’accord\npour le CMP".into();
    let mut a3 = axis(3, 2, "AXE ARCHIVÉ SECRET");
    a3.archived = true;

    let mut o10 = objective(10, 1, 0, "Obtenir l’aide du FSL", ObjectiveStatus::Readjusted);
    o10.deadline = Some(day(2026, 11, 1));
    o10.indicator = "Accord écrit du FSL".into();
    o10.needs = vec![logement.clone()];
    let mut o11 = objective(11, 1, 1, "Obtenir l’aide du FSL et un plan d’apurement", ObjectiveStatus::InProgress);
    o11.replaces = Some(10);
    o11.deadline = Some(day(2026, 12, 15));
    o11.indicator = "Plan tenu | 3 mois".into();
    o11.expected_result = "Plus de dette en juin".into();
    o11.person_view = "D’accord;, mais \\ pas trop vite\nEt avec l’assistante sociale".into();
    o11.needs = vec![logement];
    let mut o16 = objective(16, 1, 2, "Ouvrir un compte à la banque postale", ObjectiveStatus::Achieved);
    o16.deadline = Some(day(2026, 12, 1));
    let mut o12 = objective(12, 2, 0, "Reprendre un suivi au CMP", ObjectiveStatus::Upcoming);
    o12.deadline = Some(day(2026, 11, 1));
    o12.indicator = "Trois rendez-vous honorés".into();
    o12.needs = vec![sante];
    let mut o13 = objective(13, 2, 1, "OBJECTIF ARCHIVÉ", ObjectiveStatus::Upcoming);
    o13.deadline = Some(day(2026, 12, 10));
    o13.archived = true;
    let o14 = objective(14, 2, 2, "Objectif sans échéance", ObjectiveStatus::InProgress);
    let mut o15 = objective(15, 3, 0, "Objectif d’un axe masqué", ObjectiveStatus::Upcoming);
    o15.deadline = Some(day(2026, 12, 10));

    let mut done = action(100, 11, 0, "Déposer le dossier FSL", Carrier::Referent, Some(day(2026, 12, 5)));
    done.status = ActionStatus::Done;
    done.done_on = Some(day(2026, 11, 20));
    let late = action(101, 11, 1, LATE_ACTION, Carrier::Person, Some(day(2026, 11, 1)));
    let mut going = action(102, 12, 0, "Prendre rendez-vous au CMP", Carrier::Partner(7), Some(day(2026, 11, 30)));
    going.status = ActionStatus::InProgress;
    let mut cancelled = action(103, 12, 1, "Demander une place en foyer", Carrier::Referent, Some(day(2026, 12, 10)));
    cancelled.status = ActionStatus::Cancelled;
    let mut archived = action(104, 12, 2, "ACTION ARCHIVÉE", Carrier::Referent, Some(day(2026, 12, 10)));
    archived.archived = true;
    let undated = action(105, 14, 0, "Action sans échéance", Carrier::Person, None);
    let under_archived = action(106, 13, 0, "Action d’un objectif masqué", Carrier::Referent, Some(day(2026, 12, 10)));
    let mut history = action(107, 10, 0, "Constituer le dossier", Carrier::Referent, Some(day(2026, 10, 20)));
    history.status = ActionStatus::Done;
    history.done_on = Some(day(2026, 10, 15));
    let old_partner = action(108, 11, 2, "Rencontrer la mission locale", Carrier::Partner(8), Some(day(2027, 1, 12)));
    let under_hidden_axis = action(109, 15, 0, "Action d’un axe masqué", Carrier::Referent, Some(day(2026, 12, 10)));

    let mut p7 = Partner::new_draft();
    p7.id = 7;
    p7.name = PARTNER_NAME.into();
    let mut p8 = Partner::new_draft();
    p8.id = 8;
    p8.name = OLD_PARTNER_NAME.into();
    p8.archived = true;

    let mut e = DiagnosisEntry::new_draft(PERSON_ID, "sante", day(2026, 9, 1));
    e.needs.push(Need { text: "Suivi psychiatrique".into(), serafin_code: None });
    e.priority_person = Priority::High;
    let mut e2 = DiagnosisEntry::new_draft(PERSON_ID, "mobilite", day(2026, 9, 1));
    e2.needs.push(Need { text: "Passer le permis".into(), serafin_code: None });
    e2.priority_referent = Priority::High;

    Fixture {
        person: person(),
        plan: Plan {
            axes: vec![a1, a2, a3],
            objectives: vec![o10, o11, o16, o12, o13, o14, o15],
            actions: vec![
                done,
                late,
                going,
                cancelled,
                archived,
                undated,
                under_archived,
                history,
                old_partner,
                under_hidden_axis,
            ],
        },
        latest: vec![e, e2],
        partners: vec![p7, p8],
        domains: default_domains(),
    }
}

impl Fixture {
    fn input(&self, lang: Lang) -> PlanInput<'_> {
        PlanInput {
            person: &self.person,
            plan: &self.plan,
            latest: &self.latest,
            partners: &self.partners,
            domains: &self.domains,
            today: today(),
            lang,
        }
    }

    fn markdown(&self, lang: Lang) -> String {
        to_markdown(&PlanDocument::build(&self.input(lang)))
    }

    fn html(&self, lang: Lang) -> String {
        to_html(&PlanDocument::build(&self.input(lang)))
    }

    fn ics(&self, stamp: DateTime<Utc>) -> String {
        to_ics(&self.input(Lang::Fr), stamp)
    }
}

fn stamp() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 10, 30, 5).unwrap()
}

const HIDDEN: [&str; 6] = [
    "ARCHIVÉ",
    "masqué",
    "1974",
    "Zébulon",
    "Partage avec le CMP",
    "Demander une place en foyer — le référent — 10/12/2026 — à faire",
];

fn assert_no_control(text: &str) {
    let bad: Vec<char> = text.chars().filter(|c| c.is_control() && *c != '\n').collect();
    assert!(bad.is_empty(), "control characters in the export: {bad:?}");
}

// ---------------------------------------------------------------------------------------------
// The view model

#[test]
fn the_document_has_one_section_per_visible_axis_with_readable_rows() {
    let f = fixture();
    let doc = PlanDocument::build(&f.input(Lang::Fr));
    assert_eq!(doc.title, "Plan d’action — M. R.");
    assert_eq!(doc.meta, vec![format!("Dispositif{NBSP_COLON}PCPE"), "Édité le 22 novembre 2026".to_string()]);
    let headings: Vec<&str> = doc.axes.iter().map(|a| a.heading.as_str()).collect();
    assert_eq!(headings, vec!["Axe 1 · Rester chez soi en sécurité 🏠", format!("Axe 2 · {AXIS2_TITLE}").as_str()]);
    let rows: Vec<Vec<i64>> = doc.axes.iter().map(|a| a.rows.iter().map(|r| r.objective_id).collect()).collect();
    assert_eq!(rows, vec![vec![10, 11, 16], vec![12, 14]]);

    let text = |axis: usize, row: usize, col: usize| -> Vec<String> {
        doc.axes[axis].rows[row].cells[col].lines.iter().map(|l| l.text.clone()).collect()
    };
    // The readjusted objective says what replaced it; the new one what it readjusts.
    assert_eq!(
        text(0, 0, 6),
        vec!["réajusté", "remplacé par «\u{a0}Obtenir l’aide du FSL et un plan d’apurement\u{a0}»"]
    );
    assert!(doc.axes[0].rows[0].readjusted);
    assert_eq!(text(0, 1, 1)[2], "(réajuste «\u{a0}Obtenir l’aide du FSL\u{a0}»)");
    assert_eq!(text(0, 1, 1)[1], format!("Résultat attendu{NBSP_COLON}Plus de dette en juin"));
    // Actions: done with its date, late marked, carriers in words, the archived partner by name.
    let actions = text(0, 1, 3);
    assert_eq!(actions[0], "Déposer le dossier FSL — le référent — 05/12/2026 — fait le 20/11/2026");
    assert_eq!(
        actions[1],
        "Appeler le bailleur; négocier, \\ étaler le rappel 📞 avec l’assistante sociale de secteur et la CAF — la personne — 01/11/2026 — à faire, en retard"
    );
    assert!(doc.axes[0].rows[1].cells[3].lines[1].late);
    assert_eq!(actions[2], format!("Rencontrer la mission locale — {OLD_PARTNER_NAME} — 12/01/2027 — à faire"));
    assert_eq!(text(0, 1, 4), vec!["le référent", "la personne", OLD_PARTNER_NAME]);
    assert_eq!(
        text(1, 0, 3),
        vec![
            format!("Prendre rendez-vous au CMP — {PARTNER_NAME} — 30/11/2026 — en cours"),
            "Demander une place en foyer — le référent — 10/12/2026 — annulé".to_string(),
        ]
    );
    // Deadline of an open objective already passed, need marked as a priority of the diagnosis.
    assert_eq!(text(1, 0, 5), vec!["01/11/2026, en retard"]);
    assert!(doc.axes[1].rows[0].late);
    assert_eq!(text(1, 0, 0), vec![format!("Santé{NBSP_COLON}Suivi psychiatrique (prioritaire)")]);
    assert_eq!(text(1, 0, 6), vec!["à venir"]);
    assert_eq!(text(0, 2, 6), vec!["atteint"]);
    // Multi-line text keeps its lines.
    assert_eq!(text(0, 1, 7), vec!["D’accord;, mais \\ pas trop vite", "Et avec l’assistante sociale"]);
    // The priority need no objective answers is listed at the end.
    assert_eq!(doc.unaddressed, vec![format!("Mobilité{NBSP_COLON}Passer le permis (prioritaire)")]);
}

// ---------------------------------------------------------------------------------------------
// Markdown

/// Pipes not preceded by an odd number of backslashes: the cell separators.
fn unescaped_pipes(line: &str) -> usize {
    let mut count = 0;
    let mut backslashes = 0;
    for c in line.chars() {
        if c == '|' && backslashes % 2 == 0 {
            count += 1;
        }
        backslashes = if c == '\\' { backslashes + 1 } else { 0 };
    }
    count
}

#[test]
fn markdown_has_one_table_per_axis_with_the_eight_columns() {
    let f = fixture();
    let md = f.markdown(Lang::Fr);
    assert_no_control(&md);
    assert!(md.starts_with("# Plan d’action — M. R.\n"), "{md}");
    assert!(md.contains("Dispositif\u{a0}: PCPE"));
    assert!(md.contains("Édité le 22 novembre 2026"));
    let header = "| Besoin | Objectif | Indicateur | Actions | Qui | Échéance | Statut | Avis de la personne |";
    assert_eq!(md.matches(header).count(), 2, "{md}");
    assert_eq!(md.lines().filter(|l| l.starts_with("## Axe ")).count(), 2);

    // Every line of a table has exactly the 9 separators of 8 columns: escaped pipes do not count.
    let table_lines: Vec<&str> = md.lines().filter(|l| l.starts_with('|')).collect();
    assert_eq!(table_lines.len(), 2 * 2 + 5, "{md}");
    for line in &table_lines {
        assert_eq!(unescaped_pipes(line), 9, "{line}");
        assert!(line.ends_with(" |"), "{line}");
    }
    assert!(md.contains("Plan tenu \\| 3 mois"), "{md}");
    assert!(md.contains("Je veux garder mon appartement \\| pas de foyer"), "{md}");
    // Newlines inside a cell never break the row.
    assert!(md.contains("D’accord;, mais \\\\ pas trop vite<br>Et avec l’assistante sociale"), "{md}");
    assert!(md.contains("en retard"));
    assert!(md.contains("**01/11/2026, en retard**"), "{md}");
    assert!(md.contains("fait le 20/11/2026"));
    assert!(md.contains("réajusté<br>remplacé par «\u{a0}Obtenir l’aide du FSL et un plan d’apurement\u{a0}»"), "{md}");
    assert!(md.contains("annulé"));
    assert!(md.contains(PARTNER_NAME.replace('\\', "\\\\").as_str()), "{md}");
    assert!(md.contains("🏠") && md.contains("📞") && md.contains("Santé"));
    // Raw HTML typed by the user is escaped, not passed through to a renderer.
    let without_breaks = md.replace("<br>", "");
    let raw_angles = without_breaks.match_indices('<').filter(|(i, _)| !without_breaks[..*i].ends_with('\\')).count();
    assert_eq!(raw_angles, 0, "every < typed by the user is escaped:\n{md}");
    assert!(md.contains("\\<script\\>alert(1)\\</script\\>"), "{md}");
    for hidden in HIDDEN {
        assert!(!md.contains(hidden), "« {hidden} » should not be in the plan:\n{md}");
    }
    assert!(md.contains("## Besoins prioritaires sans objectif\n\n- Mobilité\u{a0}: Passer le permis (prioritaire)"));
}

#[test]
fn markdown_in_english() {
    let f = fixture();
    let md = f.markdown(Lang::En);
    assert!(md.starts_with("# Action plan — M. R.\n"), "{md}");
    assert!(md.contains("Printed on 22 November 2026"));
    assert_eq!(
        md.matches("| Need | Objective | Indicator | Actions | Who | Deadline | Status | The person’s view |").count(),
        2
    );
    assert!(md.contains("to do, late"));
    assert!(md.contains("done on 20/11/2026"));
    assert!(md.contains("readjusted<br>replaced by"));
    assert!(md.contains("the coordinator"));
    assert!(!md.contains("en retard") && !md.contains("Besoin"));
}

#[test]
fn an_empty_plan_says_so() {
    let f = Fixture { plan: Plan::default(), ..fixture() };
    let md = f.markdown(Lang::Fr);
    assert!(md.contains("Aucun axe d’accompagnement n’est encore défini."), "{md}");
    assert!(!md.contains("| Besoin |"));
    let html = f.html(Lang::Fr);
    assert!(html.contains("Aucun axe d’accompagnement n’est encore défini."));
    assert!(!html.contains("<table"));
}

// ---------------------------------------------------------------------------------------------
// HTML

/// Checks that elements nest properly (void elements aside) and returns the count of each.
fn check_nesting(html: &str) -> BTreeMap<String, usize> {
    const VOID: [&str; 4] = ["meta", "br", "!doctype", "hr"];
    let mut stack: Vec<String> = Vec::new();
    let mut counts = BTreeMap::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let end = rest[start..].find('>').expect("unclosed tag") + start;
        let tag = &rest[start + 1..end];
        rest = &rest[end + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            let open = stack.pop().unwrap_or_else(|| panic!("</{name}> closes nothing"));
            assert_eq!(open, name, "</{name}> closes <{open}>");
            continue;
        }
        let name = tag.split_whitespace().next().unwrap().to_ascii_lowercase();
        *counts.entry(name.clone()).or_insert(0) += 1;
        if !VOID.contains(&name.as_str()) {
            stack.push(name.clone());
        }
        if name == "style" || name == "title" {
            // Their content is text, not tags.
            let close = format!("</{name}>");
            let at = rest.find(&close).expect("closed");
            assert!(!rest[..at].contains('<'), "markup inside <{name}>");
            rest = &rest[at..];
        }
    }
    assert!(stack.is_empty(), "unclosed: {stack:?}");
    counts
}

#[test]
fn html_is_a_standalone_escaped_printable_page() {
    let f = fixture();
    let html = f.html(Lang::Fr);
    assert_no_control(&html);
    assert!(html.starts_with("<!doctype html>\n<html lang=\"fr\">"), "{html}");
    assert!(html.contains("<meta charset=\"utf-8\">"));
    assert!(html.contains("@media print"));
    assert!(html.contains("break-inside: avoid"));
    assert!(html.contains("<title>Plan d’action — M. R.</title>"));
    // No script, nothing fetched from elsewhere.
    assert!(!html.to_lowercase().contains("<script"), "{html}");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    for external in ["http://", "https://", "src=", "href=", "@import", "url("] {
        assert!(!html.contains(external), "{external} in the page");
    }
    let counts = check_nesting(&html);
    assert_eq!(counts.get("table"), Some(&2));
    assert_eq!(counts.get("th"), Some(&16));
    assert_eq!(counts.get("tr"), Some(&(2 + 5)));
    assert_eq!(counts.get("td"), Some(&(5 * 8)));
    for header in ["Besoin", "Objectif", "Indicateur", "Actions", "Qui", "Échéance", "Statut", "Avis de la personne"]
    {
        assert!(html.contains(&format!("<th scope=\"col\">{header}</th>")), "{header}");
    }
    assert!(html.contains("<strong class=\"late\">01/11/2026, en retard</strong>"));
    assert!(html.contains("Plan tenu | 3 mois"));
    assert!(html.contains("D’accord;, mais \\ pas trop vite<br>Et avec l’assistante sociale"));
    assert!(html.contains("<tr class=\"readjusted\">"));
    assert!(html.contains("🏠") && html.contains("📞"));
    for hidden in HIDDEN {
        assert!(!html.contains(hidden), "« {hidden} » should not be in the plan");
    }
    let en = f.html(Lang::En);
    assert!(en.starts_with("<!doctype html>\n<html lang=\"en\">"));
    assert!(en.contains("<th scope=\"col\">The person’s view</th>"));
    check_nesting(&en);
}

// ---------------------------------------------------------------------------------------------
// ICS, parsed back

#[derive(Debug, Clone, PartialEq)]
struct Property {
    name: String,
    params: Vec<(String, String)>,
    value: String,
}

#[derive(Debug, Default)]
struct Component {
    name: String,
    props: Vec<Property>,
    children: Vec<Component>,
}

impl Component {
    fn get(&self, name: &str) -> Option<&Property> {
        self.props.iter().find(|p| p.name == name)
    }

    fn count(&self, name: &str) -> usize {
        self.props.iter().filter(|p| p.name == name).count()
    }

    fn text(&self, name: &str) -> String {
        unescape(&self.get(name).unwrap_or_else(|| panic!("{name} missing")).value)
    }
}

/// Checks the physical lines (CRLF, 75 octets, whole UTF-8), then unfolds them.
fn unfold(ics: &str) -> Vec<String> {
    let bytes = ics.as_bytes();
    assert!(bytes.ends_with(b"\r\n"), "the last line ends with CRLF");
    let mut physical = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\r' {
            assert_eq!(bytes.get(i + 1), Some(&b'\n'), "CR without LF at {i}");
            physical.push(&bytes[start..i]);
            i += 2;
            start = i;
        } else {
            assert_ne!(bytes[i], b'\n', "LF without CR at {i}");
            i += 1;
        }
    }
    let mut logical: Vec<String> = Vec::new();
    for line in physical {
        assert!(line.len() <= MAX_LINE_OCTETS, "{} octets: {:?}", line.len(), String::from_utf8_lossy(line));
        let text = std::str::from_utf8(line).expect("a fold never splits a UTF-8 sequence");
        assert!(!text.chars().any(char::is_control), "control character in {text:?}");
        if let Some(rest) = text.strip_prefix([' ', '\t']) {
            logical.last_mut().expect("a continuation follows a line").push_str(rest);
        } else {
            logical.push(text.to_string());
        }
    }
    logical
}

/// `NAME;PARAM=VALUE;…:value`, the colon being the first one outside a quoted parameter value.
fn parse_property(line: &str) -> Property {
    let mut in_quotes = false;
    let colon = line
        .char_indices()
        .find(|&(_, c)| {
            if c == '"' {
                in_quotes = !in_quotes;
            }
            c == ':' && !in_quotes
        })
        .map(|(i, _)| i)
        .unwrap_or_else(|| panic!("no colon in {line:?}"));
    let (head, value) = (&line[..colon], &line[colon + 1..]);
    let mut parts = head.split(';');
    let name = parts.next().unwrap().to_ascii_uppercase();
    assert!(!name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'), "bad name {name:?}");
    let params = parts
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or_else(|| panic!("bad parameter {p:?}"));
            (k.to_ascii_uppercase(), v.to_string())
        })
        .collect();
    Property { name, params, value: value.to_string() }
}

fn parse(ics: &str) -> Component {
    let mut stack: Vec<Component> = vec![Component::default()];
    for line in unfold(ics) {
        let p = parse_property(&line);
        match p.name.as_str() {
            "BEGIN" => stack.push(Component { name: p.value, ..Component::default() }),
            "END" => {
                let done = stack.pop().unwrap();
                assert_eq!(done.name, p.value, "END:{} closes BEGIN:{}", p.value, done.name);
                stack.last_mut().expect("END without BEGIN").children.push(done);
            }
            _ => stack.last_mut().unwrap().props.push(p),
        }
    }
    assert_eq!(stack.len(), 1, "unbalanced BEGIN/END");
    let mut root = stack.pop().unwrap();
    assert!(root.props.is_empty(), "property outside VCALENDAR");
    assert_eq!(root.children.len(), 1, "one VCALENDAR");
    root.children.pop().unwrap()
}

/// RFC 5545 §3.3.11, the other way round.
fn unescape(value: &str) -> String {
    let mut out = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n' | 'N') => out.push('\n'),
                Some(e @ ('\\' | ';' | ',')) => out.push(e),
                other => panic!("bad escape \\{other:?} in {value:?}"),
            }
        } else {
            assert!(c != ';' && c != ',', "unescaped {c:?} in TEXT {value:?}");
            out.push(c);
        }
    }
    out
}

#[test]
fn ics_is_a_valid_calendar_of_open_dated_items() {
    let f = fixture();
    let ics = f.ics(stamp());
    let cal = parse(&ics);
    assert_eq!(cal.name, "VCALENDAR");
    assert_eq!(cal.get("VERSION").map(|p| p.value.as_str()), Some("2.0"));
    assert_eq!(cal.get("PRODID").map(|p| p.value.as_str()), Some("-//parcours//Plan d'action//FR"));
    assert_eq!(cal.get("CALSCALE").map(|p| p.value.as_str()), Some("GREGORIAN"));
    assert!(cal.children.iter().all(|c| c.name == "VTODO"));

    let uids: Vec<String> = cal.children.iter().map(|t| t.text("UID")).collect();
    assert_eq!(
        uids,
        vec![
            "person-3-objective-11@parcours",
            "person-3-action-101@parcours",
            "person-3-action-108@parcours",
            "person-3-objective-12@parcours",
            "person-3-action-102@parcours",
        ],
        "one to-do per open dated action and open objective deadline; done, cancelled, archived, undated and closed left out"
    );
    assert_eq!(uids.iter().collect::<BTreeSet<_>>().len(), uids.len(), "UIDs are unique");

    for todo in &cal.children {
        for required in ["UID", "DTSTAMP", "DUE", "SUMMARY", "STATUS"] {
            assert_eq!(todo.count(required), 1, "{required} once in {todo:?}");
        }
        assert_eq!(todo.get("DTSTAMP").unwrap().value, "20261122T103005Z");
        let due = todo.get("DUE").unwrap();
        assert_eq!(due.params, vec![("VALUE".to_string(), "DATE".to_string())]);
        assert!(NaiveDate::parse_from_str(&due.value, "%Y%m%d").is_ok(), "{due:?}");
        assert_eq!(due.value.len(), 8);
        assert!(["NEEDS-ACTION", "IN-PROCESS"].contains(&todo.get("STATUS").unwrap().value.as_str()));
        assert!(todo.text("SUMMARY").starts_with("[M. R.] "));
    }
    let by_uid = |uid: &str| cal.children.iter().find(|t| t.text("UID") == uid).unwrap();

    // Escaped text comes back exactly.
    let late = by_uid("person-3-action-101@parcours");
    assert_eq!(
        late.text("SUMMARY"),
        "[M. R.] Appeler le bailleur; négocier, \\ étaler le rappel 📞 avec l’assistante sociale de secteur et la CAF"
    );
    assert_eq!(late.get("DUE").unwrap().value, "20261101");
    assert_eq!(late.get("STATUS").unwrap().value, "NEEDS-ACTION");
    let going = by_uid("person-3-action-102@parcours");
    assert_eq!(going.get("STATUS").unwrap().value, "IN-PROCESS");
    assert_eq!(
        going.text("DESCRIPTION"),
        format!(
            "Objectif{NBSP_COLON}Reprendre un suivi au CMP\nAxe{NBSP_COLON}{AXIS2_TITLE}\nQui{NBSP_COLON}{PARTNER_NAME}"
        )
    );
    let objective = by_uid("person-3-objective-11@parcours");
    assert_eq!(
        objective.text("SUMMARY"),
        "[M. R.] Échéance de l’objectif\u{a0}: Obtenir l’aide du FSL et un plan d’apurement"
    );
    assert_eq!(objective.get("DUE").unwrap().value, "20261215");
    assert_eq!(
        objective.text("DESCRIPTION"),
        format!("Axe{NBSP_COLON}Rester chez soi en sécurité 🏠\nIndicateur{NBSP_COLON}Plan tenu | 3 mois")
    );
    for hidden in HIDDEN {
        assert!(!unfold(&ics).concat().contains(hidden), "« {hidden} » should not be in the calendar");
    }
}

#[test]
fn ics_uids_are_stable_across_exports() {
    let f = fixture();
    let first = f.ics(stamp());
    let later = Utc.with_ymd_and_hms(2026, 12, 1, 8, 0, 0).unwrap();
    let second = f.ics(later);
    let uids = |ics: &str| -> Vec<String> { parse(ics).children.iter().map(|t| t.text("UID")).collect() };
    assert_eq!(uids(&first), uids(&second));
    // Only DTSTAMP differs between two exports of the same plan.
    assert_eq!(first.replace("20261122T103005Z", "X"), second.replace("20261201T080000Z", "X"));
    assert!(parse(&second).children.iter().all(|t| t.get("DTSTAMP").unwrap().value == "20261201T080000Z"));
    // Another person's items never share a UID.
    let mut other = fixture();
    other.person.id = 4;
    let theirs: BTreeSet<String> = uids(&other.ics(stamp())).into_iter().collect();
    assert!(uids(&first).iter().all(|u| !theirs.contains(u)));
}

#[test]
fn folding_never_splits_a_character() {
    for pad in 60..80 {
        let line = format!("SUMMARY:{}😀é🏠{}", "x".repeat(pad), "ü".repeat(pad));
        let folded = fold(&line);
        assert_eq!(unfold(&folded), vec![line.clone()]);
    }
    assert_eq!(fold("VERSION:2.0"), "VERSION:2.0\r\n");
}

#[test]
fn ics_of_an_empty_plan_is_an_empty_calendar() {
    let f = Fixture { plan: Plan::default(), ..fixture() };
    let cal = parse(&f.ics(stamp()));
    assert!(cal.children.is_empty());
    assert!(cal.get("PRODID").is_some());
}

// ---------------------------------------------------------------------------------------------
// The binary

mod common;

use common::Sandbox;

impl Sandbox {
    fn ok(&self, args: &[&str]) -> String {
        let output = self.run(args);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{args:?} failed: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
        String::from_utf8(output.stdout).unwrap()
    }

    /// A person with a small plan written through the store, dated around the real today (the
    /// binary knows no other): one late action, one done, one carried by a partner.
    fn seed(&self) -> i64 {
        use parcours::store::Store;
        let now = chrono::Local::now().date_naive();
        let before = now.checked_sub_days(Days::new(30)).unwrap();
        let mut store = Store::open(&self.data()).unwrap();
        let mut p = Person::new_draft(before);
        p.pseudonym = "Mme T.".into();
        p.dispositif = "DAC".into();
        p.birth_year = Some(1961);
        p.referral_source = "Docteur Zébulon".into();
        let id = store.insert_person(&p).unwrap();
        let mut partner = Partner::new_draft();
        partner.name = "SAMSAH | Nord".into();
        let partner = store.save_partner(&partner).unwrap();
        let mut a = Axis::new_draft(id, before);
        a.title = "Se soigner <b>sans</b> rupture".into();
        let a = store.save_axis(&a).unwrap();
        let mut o = Objective::new_draft(a.id, before);
        o.title = "Reprendre un suivi; régulier, \\ serein".into();
        o.indicator = "Trois rendez-vous | honorés".into();
        o.deadline = now.checked_add_days(Days::new(20));
        let o = store.save_objective(&o).unwrap();
        let mut late = PlanAction::new_draft(o.id, before);
        late.what = "Appeler le CMP 📞".into();
        late.carrier = Carrier::Partner(partner.id);
        late.due = before.checked_add_days(Days::new(10));
        store.save_action(&late).unwrap();
        let mut done = PlanAction::new_draft(o.id, before);
        done.what = "Prendre rendez-vous chez le médecin".into();
        done.due = now.checked_add_days(Days::new(3));
        let done = store.save_action(&done).unwrap();
        store.mark_action_done(done.id, now).unwrap();
        drop(store);
        // A process another test thread spawned while the store was open may still hold a copy
        // of its lock until it executes: wait until the binary can open the base.
        for _ in 0..200 {
            if self.run(&["list"]).status.success() {
                return id;
            }
            std::thread::sleep(std::time::Duration::from_millis(25));
        }
        panic!("the data folder stays locked");
    }
}

/// A refusal: the exit code, nothing on stdout, one line on stderr with no control character.
fn one_line_error(output: &Output, code: i32) -> String {
    let stderr = String::from_utf8(output.stderr.clone()).unwrap();
    assert_eq!(output.status.code(), Some(code), "stderr: {stderr}");
    assert!(output.stdout.is_empty(), "nothing on stdout: {:?}", String::from_utf8_lossy(&output.stdout));
    assert!(!stderr.contains("panicked") && !stderr.contains("RUST_BACKTRACE"), "{stderr}");
    let lines: Vec<&str> = stderr.lines().filter(|l| !l.trim().is_empty()).collect();
    assert_eq!(lines.len(), 1, "one line on stderr: {stderr:?}");
    assert!(!lines[0].chars().any(char::is_control));
    lines[0].to_string()
}

#[test]
fn cli_exports_each_format_to_stdout_and_to_a_file() {
    let sb = Sandbox::new();
    let id = sb.seed();
    let id_arg = id.to_string();

    let md = sb.ok(&["export", "plan", "--person", "Mme T.", "--format", "md"]);
    assert!(md.starts_with("# Plan d’action — Mme T.\n"), "{md}");
    assert!(
        md.contains("| Besoin | Objectif | Indicateur | Actions | Qui | Échéance | Statut | Avis de la personne |")
    );
    assert!(md.contains("Trois rendez-vous \\| honorés"));
    assert!(md.contains("SAMSAH \\| Nord"));
    assert!(md.contains("à faire, en retard"), "{md}");
    assert!(md.contains(&format!("fait le {}", parcours::domain::date::format_fr(chrono::Local::now().date_naive()))));
    assert!(!md.contains("1961") && !md.contains("Zébulon"));
    assert!(!md.contains("<b>"));

    let html = sb.ok(&["export", "plan", "--person", &id_arg, "--format", "html"]);
    assert!(html.starts_with("<!doctype html>\n<html lang=\"fr\">"));
    assert!(html.contains("Se soigner &lt;b&gt;sans&lt;/b&gt; rupture"));
    check_nesting(&html);

    let ics = sb.ok(&["export", "plan", "--person", "Mme T.", "--format", "ics", "--out", "-"]);
    let cal = parse(&ics);
    let uids: Vec<String> = cal.children.iter().map(|t| t.text("UID")).collect();
    assert_eq!(uids.len(), 2, "the objective's deadline and the late action: {ics}");
    assert!(uids[0].starts_with(&format!("person-{id}-objective-")));
    assert!(uids[1].starts_with(&format!("person-{id}-action-")));
    assert!(cal.children.iter().any(|t| t.text("SUMMARY") == "[Mme T.] Appeler le CMP 📞"));
    let stamp = &cal.children[0].get("DTSTAMP").unwrap().value;
    assert!(DateTime::parse_from_str(&format!("{stamp}+0000"), "%Y%m%dT%H%M%SZ%z").is_ok(), "{stamp}");
    // Stable UIDs from one export to the next.
    let again = sb.ok(&["export", "plan", "--person", "Mme T.", "--format", "ics"]);
    let again_uids: Vec<String> = parse(&again).children.iter().map(|t| t.text("UID")).collect();
    assert_eq!(uids, again_uids);

    for (format, name) in [("md", "plan.md"), ("html", "plan.html"), ("ics", "plan.ics")] {
        let file = sb.path(name);
        let output =
            sb.cmd().args(["export", "plan", "--person", "Mme T.", "--format", format, "--out"]).arg(&file).output();
        let output = output.unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        assert!(output.stdout.is_empty(), "the file, not stdout");
        let written = std::fs::read_to_string(&file).unwrap();
        let on_stdout = sb.ok(&["export", "plan", "--person", "Mme T.", "--format", format]);
        if format == "ics" {
            assert_eq!(parse(&written).children.len(), 2);
        } else {
            assert_eq!(written, on_stdout, "{format}");
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{name} is private to the user");
        }
    }
    // No temporary file left beside them.
    let names: Vec<String> = std::fs::read_dir(sb.root.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect();
    assert!(names.is_empty(), "{names:?}");

    let en = sb.ok(&["--lang", "en", "export", "plan", "--person", "Mme T.", "--format", "md"]);
    assert!(en.starts_with("# Action plan — Mme T.\n"), "{en}");
    assert!(en.contains("to do, late"));
}

#[test]
fn cli_exports_the_demo_plans() {
    let sb = Sandbox::new();
    sb.ok(&["demo"]);
    let list: serde_json::Value = serde_json::from_str(&sb.ok(&["list", "--format", "json"])).unwrap();
    let persons = list.as_array().unwrap();
    assert!(!persons.is_empty());
    for p in persons {
        let id = p["id"].as_i64().unwrap().to_string();
        let md = sb.ok(&["export", "plan", "--person", &id, "--format", "md"]);
        assert!(md.starts_with("# Plan d’action — "), "{md}");
        assert_no_control(&md);
        for line in md.lines().filter(|l| l.starts_with('|')) {
            assert_eq!(unescaped_pipes(line), 9, "{line}");
        }
        check_nesting(&sb.ok(&["export", "plan", "--person", &id, "--format", "html"]));
        let cal = parse(&sb.ok(&["export", "plan", "--person", &id, "--format", "ics"]));
        let uids: BTreeSet<String> = cal.children.iter().map(|t| t.text("UID")).collect();
        assert_eq!(uids.len(), cal.children.len());
        assert!(uids.iter().all(|u| u.starts_with(&format!("person-{id}-"))));
    }
}

#[test]
fn cli_refuses_bad_input_in_one_line() {
    let sb = Sandbox::new();
    sb.seed();

    let line = one_line_error(&sb.run(&["export", "plan", "--person", "Zorro", "--format", "md"]), 1);
    assert!(line.starts_with("Aucune personne «\u{a0}Zorro\u{a0}»"), "{line}");
    let line = one_line_error(&sb.run(&["--lang", "en", "export", "plan", "--person", "Zorro", "--format", "ics"]), 1);
    assert!(line.starts_with("No person"), "{line}");

    let line = one_line_error(&sb.run(&["export", "plan", "--person", "Mme T.", "--format", "pdf"]), 2);
    assert!(line.starts_with("Valeur invalide"), "{line}");
    assert!(line.contains("--format"), "{line}");
    let line = one_line_error(&sb.run(&["export", "plan", "--person", "Mme T."]), 2);
    assert!(line.starts_with("Argument obligatoire manquant"), "{line}");

    let target = "/nonexistent/dir/plan.md";
    let line = one_line_error(&sb.run(&["export", "plan", "--person", "Mme T.", "--format", "md", "--out", target]), 1);
    assert!(line.starts_with(&format!("Impossible d’écrire {target}")), "{line}");
    assert!(!Path::new(target).exists());

    // A folder as the output file: refused, the folder untouched, nothing left beside it.
    let folder = sb.path("plans");
    std::fs::create_dir(&folder).unwrap();
    let output =
        sb.cmd().args(["export", "plan", "--person", "Mme T.", "--format", "html", "--out"]).arg(&folder).output();
    let line = one_line_error(&output.unwrap(), 1);
    assert!(line.starts_with("Impossible d’écrire"), "{line}");
    assert!(folder.is_dir() && std::fs::read_dir(&folder).unwrap().next().is_none());
    let leftovers: Vec<_> = std::fs::read_dir(sb.root.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty());

    // An existing file is replaced whole or not at all.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let locked = sb.path("locked");
        std::fs::create_dir(&locked).unwrap();
        let file = locked.join("plan.md");
        std::fs::write(&file, "ancien plan").unwrap();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o500)).unwrap();
        let output =
            sb.cmd().args(["export", "plan", "--person", "Mme T.", "--format", "md", "--out"]).arg(&file).output();
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o700)).unwrap();
        let output = output.unwrap();
        // Root may write anywhere; everyone else is refused and the old file stays as it was.
        if !output.status.success() {
            let line = one_line_error(&output, 1);
            assert!(line.starts_with("Impossible d’écrire"), "{line}");
            assert_eq!(std::fs::read_to_string(&file).unwrap(), "ancien plan");
        }
    }
}

//! `parcours export ecomap`: the person's ecomap on a date as a Graphviz file and as a standalone
//! SVG image.
//!
//! Most tests build the ties by hand: every strength, valence and direction of support, partners
//! (one archived) and informal supports, a tie ended before the date, one ended on the very day, one
//! starting after it, names full of quotes, backslashes, `<&>` and a newline. The DOT is read back
//! by a small parser written here (braces, node and edge statements, quoted strings with their
//! escapes); the SVG by a small tag checker. When Graphviz is installed, `dot` must render the DOT
//! (skipped otherwise: CI may not have it). The last tests drive the real binary on the demo.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use chrono::NaiveDate;

use parcours::domain::partner::{Partner, Sector};
use parcours::domain::tie::{Flow, InformalKind, Strength, Tie, TieTarget, Valence};
use parcours::export::ecomap_dot::{EcomapInput, to_dot};
use parcours::export::ecomap_svg::to_svg;
use parcours::i18n::Lang;

// ---------------------------------------------------------------------------------------------
// The situation

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn on() -> NaiveDate {
    day(2026, 11, 22)
}

const PSEUDONYM: &str = "M. R.";
const CMP: &str = "CMP \"adultes\" \\ secteur <Nord> & Co";
const SISTER: &str = "sa sœur \"Jo\" <aînée> & \\ co";
const ENDED: &str = "Mission locale (ancienne convention)";
const FUTURE: &str = "son futur employeur";
const ENDED_TODAY: &str = "le club de foot";
const SECRET_ROLE: &str = "Rôle confidentiel 42";
const SECRET_NOTE: &str = "Note confidentielle 43";

fn partner(id: i64, name: &str, sector: Sector, archived: bool) -> Partner {
    Partner { id, name: name.into(), sector, archived, ..Partner::new_draft() }
}

fn partners() -> Vec<Partner> {
    vec![
        partner(1, CMP, Sector::Sanitaire, false),
        partner(2, "Bailleur social", Sector::Logement, false),
        partner(3, "France Travail", Sector::EmploiInsertion, false),
        partner(4, ENDED, Sector::EmploiInsertion, false),
        partner(5, "Ancien SAVS", Sector::MedicoSocial, true),
    ]
}

fn informal(kind: InformalKind, label: &str) -> TieTarget {
    TieTarget::Informal { kind, label: label.into() }
}

fn tie(id: i64, target: TieTarget, drawing: (Strength, Valence, Flow), since: NaiveDate) -> Tie {
    let (strength, valence, flow) = drawing;
    Tie {
        id,
        strength,
        valence,
        flow,
        role: SECRET_ROLE.into(),
        notes: SECRET_NOTE.into(),
        ..Tie::new_draft(9, target, since)
    }
}

/// Seven ties on the map of 22/11/2026, covering every strength, valence and flow, and three not.
fn ties() -> Vec<Tie> {
    use Flow::*;
    use Strength::*;
    use Valence::*;
    let start = day(2026, 1, 10);
    vec![
        tie(1, TieTarget::Partner(1), (Strong, Neutral, ToPerson), start),
        tie(2, TieTarget::Partner(2), (Moderate, Stressful, Mutual), start),
        tie(3, TieTarget::Partner(3), (Normal, Conflictual, FromPerson), start),
        tie(4, informal(InformalKind::Family, SISTER), (Weak, Broken, None), start),
        tie(5, informal(InformalKind::Friends, "un ami\ndu quartier"), (Weak, Neutral, Mutual), start),
        tie(6, TieTarget::Partner(5), (Normal, Neutral, None), start),
        tie(7, informal(InformalKind::Neighbours, "la voisine"), (Strong, Stressful, ToPerson), start),
        Tie { until: Some(day(2026, 6, 1)), ..tie(8, TieTarget::Partner(4), (Strong, Neutral, Mutual), start) },
        tie(9, informal(InformalKind::Work, FUTURE), (Normal, Neutral, Mutual), day(2026, 12, 1)),
        Tie { until: Some(on()), ..tie(10, informal(InformalKind::Other, ENDED_TODAY), (Weak, Neutral, None), start) },
    ]
}

/// The label a tie has on the map, newlines made spaces.
fn label_of(t: &Tie, partners: &[Partner]) -> String {
    let raw = match &t.target {
        TieTarget::Partner(id) => partners.iter().find(|p| p.id == *id).unwrap().name.clone(),
        TieTarget::Informal { label, .. } => label.clone(),
    };
    raw.replace('\n', " ")
}

fn active(ties: &[Tie]) -> Vec<Tie> {
    ties.iter().filter(|t| t.id <= 7).cloned().collect()
}

fn outputs(lang: Lang, pseudonym: &str, ties: &[Tie], partners: &[Partner]) -> (String, String) {
    let input = EcomapInput { pseudonym, ties, partners, date: on(), lang };
    (to_dot(&input), to_svg(&input))
}

fn assert_no_control(text: &str) {
    for c in text.chars() {
        assert!(c == '\n' || !c.is_control(), "control character {c:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// A small DOT reader

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Id(String),
    Str(String),
    Punct(&'static str),
}

impl Tok {
    fn text(&self) -> &str {
        match self {
            Tok::Id(s) | Tok::Str(s) => s,
            Tok::Punct(p) => p,
        }
    }
}

/// Tokens of a DOT file; quoted strings unescaped (`\"`, `\\`, `\n`). Panics on anything else.
fn tokenize(dot: &str) -> Vec<Tok> {
    let chars: Vec<char> = dot.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
        } else if c == '/' && chars.get(i + 1) == Some(&'/') {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '"' {
            let mut s = String::new();
            i += 1;
            loop {
                let c = *chars.get(i).expect("unterminated string");
                match c {
                    '"' => break,
                    '\n' => panic!("raw newline inside a string"),
                    '\\' => {
                        let next = *chars.get(i + 1).expect("dangling backslash");
                        match next {
                            '"' => s.push('"'),
                            '\\' => s.push('\\'),
                            'n' => s.push('\n'),
                            other => panic!("unexpected escape \\{other}"),
                        }
                        i += 2;
                        continue;
                    }
                    c => s.push(c),
                }
                i += 1;
            }
            i += 1;
            out.push(Tok::Str(s));
        } else if c == '-' && chars.get(i + 1) == Some(&'>') {
            out.push(Tok::Punct("->"));
            i += 2;
        } else if let Some(p) = ["{", "}", "[", "]", "=", ";", ","].iter().find(|p| p.starts_with(c)) {
            out.push(Tok::Punct(p));
            i += 1;
        } else if c.is_alphanumeric() || c == '_' || c == '.' {
            let mut s = String::new();
            while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_' || chars[i] == '.') {
                s.push(chars[i]);
                i += 1;
            }
            out.push(Tok::Id(s));
        } else {
            panic!("unexpected character {c:?} in DOT");
        }
    }
    out
}

type Attrs = BTreeMap<String, String>;

#[derive(Debug, Default)]
struct Dot {
    directed: bool,
    graph: Attrs,
    /// name → (attributes, enclosing subgraph)
    nodes: BTreeMap<String, (Attrs, String)>,
    /// (from, to, attributes, enclosing subgraph)
    edges: Vec<(String, String, Attrs, String)>,
    /// subgraph → its own attributes (`label=…;`)
    clusters: BTreeMap<String, Attrs>,
}

fn attr_list(toks: &[Tok], i: &mut usize) -> Attrs {
    let mut attrs = Attrs::new();
    assert_eq!(toks[*i], Tok::Punct("["));
    *i += 1;
    loop {
        match &toks[*i] {
            Tok::Punct("]") => {
                *i += 1;
                return attrs;
            }
            Tok::Punct(",") | Tok::Punct(";") => *i += 1,
            Tok::Id(k) => {
                assert_eq!(toks[*i + 1], Tok::Punct("="), "attribute {k} without a value");
                let v = match &toks[*i + 2] {
                    Tok::Id(v) | Tok::Str(v) => v.clone(),
                    other => panic!("bad value {other:?}"),
                };
                assert!(attrs.insert(k.clone(), v).is_none(), "attribute {k} twice");
                *i += 3;
            }
            other => panic!("unexpected {other:?} in an attribute list"),
        }
    }
}

/// Parses what the export writes: one graph, subgraphs, attribute statements, nodes and edges.
/// Braces must balance; every edge end must be a declared node.
fn parse_dot(dot: &str) -> Dot {
    let toks = tokenize(dot);
    let mut d = Dot::default();
    let mut i = 0;
    match toks[0].text() {
        "digraph" => d.directed = true,
        "graph" => {}
        other => panic!("starts with {other}"),
    }
    assert!(matches!(toks[1], Tok::Id(_)));
    assert_eq!(toks[2], Tok::Punct("{"));
    i += 3;
    let mut stack = vec!["root".to_string()];
    while i < toks.len() {
        let here = stack.last().expect("a closing brace too many").clone();
        match &toks[i] {
            Tok::Punct("}") => {
                stack.pop();
                i += 1;
            }
            Tok::Punct(";") => i += 1,
            Tok::Id(k) if k == "subgraph" => {
                let name = toks[i + 1].text().to_string();
                assert_eq!(toks[i + 2], Tok::Punct("{"));
                assert!(d.clusters.insert(name.clone(), Attrs::new()).is_none(), "subgraph {name} twice");
                stack.push(name);
                i += 3;
            }
            Tok::Id(k) if ["graph", "node", "edge"].contains(&k.as_str()) => {
                let kind = k.clone();
                i += 1;
                let attrs = attr_list(&toks, &mut i);
                if kind == "graph" {
                    d.graph.extend(attrs);
                }
            }
            Tok::Id(_) | Tok::Str(_) if toks.get(i + 1) == Some(&Tok::Punct("=")) => {
                let v = toks[i + 2].text().to_string();
                d.clusters.entry(here.clone()).or_default().insert(toks[i].text().to_string(), v);
                i += 3;
            }
            Tok::Id(_) | Tok::Str(_) if toks.get(i + 1) == Some(&Tok::Punct("->")) => {
                let from = toks[i].text().to_string();
                let to = toks[i + 2].text().to_string();
                i += 3;
                let attrs = if toks.get(i) == Some(&Tok::Punct("[")) { attr_list(&toks, &mut i) } else { Attrs::new() };
                d.edges.push((from, to, attrs, here));
            }
            Tok::Id(name) | Tok::Str(name) => {
                let name = name.clone();
                i += 1;
                let attrs = if toks.get(i) == Some(&Tok::Punct("[")) { attr_list(&toks, &mut i) } else { Attrs::new() };
                assert!(d.nodes.insert(name.clone(), (attrs, here)).is_none(), "node {name} declared twice");
            }
            other => panic!("unexpected {other:?}"),
        }
    }
    assert!(stack.is_empty(), "unbalanced braces: {stack:?} still open");
    for (from, to, _, _) in &d.edges {
        assert!(d.nodes.contains_key(from), "edge from undeclared {from}");
        assert!(d.nodes.contains_key(to), "edge to undeclared {to}");
    }
    d
}

fn dot_on_path() -> bool {
    Command::new("dot").arg("-V").stdout(Stdio::null()).stderr(Stdio::null()).status().is_ok_and(|s| s.success())
}

/// Graphviz renders it (when installed).
fn assert_renders(dot: &str) {
    if !dot_on_path() {
        eprintln!("Graphviz not installed: rendering not checked");
        return;
    }
    let mut child = Command::new("dot")
        .arg("-Tsvg")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(dot.as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "dot failed: {stderr}");
    assert!(!stderr.contains("Error") && !stderr.contains("syntax"), "{stderr}");
    assert!(String::from_utf8_lossy(&output.stdout).contains("<svg"));
}

// ---------------------------------------------------------------------------------------------
// DOT

/// The labels of every node, line breaks made spaces.
fn node_labels(d: &Dot) -> BTreeSet<String> {
    d.nodes.values().filter_map(|(a, _)| a.get("label")).map(|l| l.replace('\n', " ")).collect()
}

/// The edge of the tie whose node is labelled `label`, and whether it is written from the person.
fn edge_of<'a>(d: &'a Dot, label: &str) -> (&'a Attrs, bool) {
    let (name, _) = d
        .nodes
        .iter()
        .find(|(_, (a, _))| a.get("label").map(|l| l.replace('\n', " ")) == Some(label.to_string()))
        .unwrap_or_else(|| panic!("no node labelled {label}"));
    let found: Vec<&(String, String, Attrs, String)> =
        d.edges.iter().filter(|(f, t, _, _)| f == name || t == name).collect();
    assert_eq!(found.len(), 1, "one edge for {label}");
    let (from, to, attrs, _) = found[0];
    assert!(from == "person" || to == "person", "{label}'s edge joins the person");
    (attrs, from == "person")
}

#[test]
fn dot_is_well_formed_escaped_and_renders() {
    let partners = partners();
    let ties = ties();
    let (dot, _) = outputs(Lang::Fr, PSEUDONYM, &ties, &partners);
    assert_no_control(&dot);
    let d = parse_dot(&dot);
    assert!(d.directed);
    assert_eq!(d.graph.get("label").map(String::as_str), Some("Écocarte de M. R. au 22/11/2026"));
    // The raw text escapes quotes and backslashes.
    assert!(dot.contains("CMP \\\"adultes\\\" \\\\ secteur"), "{dot}");
    assert!(dot.contains("sa sœur \\\"Jo\\\""), "{dot}");
    // The person, by pseudonym, in the middle.
    let (person, cluster) = &d.nodes["person"];
    assert_eq!(person["label"], PSEUDONYM);
    assert_eq!(person["shape"], "doublecircle");
    assert_eq!(cluster, "root");
    assert_renders(&dot);
}

#[test]
fn dot_shows_only_the_ties_of_the_date() {
    let partners = partners();
    let ties = ties();
    let (dot, _) = outputs(Lang::Fr, PSEUDONYM, &ties, &partners);
    let d = parse_dot(&dot);
    let person_edges = d.edges.iter().filter(|(f, t, _, _)| f == "person" || t == "person").count();
    assert_eq!(person_edges, 7, "one edge per tie of the day");
    let labels = node_labels(&d);
    for t in active(&ties) {
        assert!(labels.contains(&label_of(&t, &partners)), "{t:?}");
    }
    for gone in [ENDED, FUTURE, ENDED_TODAY] {
        assert!(!labels.contains(gone), "{gone} is not on the map of 22/11/2026");
        assert!(!dot.contains(gone));
    }
    // Roles and notes stay in the file active.
    assert!(!dot.contains(SECRET_ROLE) && !dot.contains(SECRET_NOTE));
    // Earlier, the ended tie is there and the one ended on the 22nd too, not the future one.
    let input =
        EcomapInput { pseudonym: PSEUDONYM, ties: &ties, partners: &partners, date: day(2026, 3, 1), lang: Lang::Fr };
    let march = node_labels(&parse_dot(&to_dot(&input)));
    assert!(march.contains(ENDED) && march.contains(ENDED_TODAY), "{march:?}");
    assert!(!march.contains(FUTURE));
    // The day a tie starts it is on the map; the day it ends it is not.
    let input =
        EcomapInput { pseudonym: PSEUDONYM, ties: &ties, partners: &partners, date: day(2026, 12, 1), lang: Lang::Fr };
    let december = node_labels(&parse_dot(&to_dot(&input)));
    assert!(december.contains(FUTURE) && !december.contains(ENDED_TODAY));
}

#[test]
fn dot_draws_each_tie_after_hartman() {
    let partners = partners();
    let ties = ties();
    let (dot, _) = outputs(Lang::Fr, PSEUDONYM, &ties, &partners);
    let d = parse_dot(&dot);
    let neutral_color = edge_of(&d, CMP).0["color"].clone();
    for t in active(&ties) {
        let label = label_of(&t, &partners);
        let (a, outward) = edge_of(&d, &label);
        let width = match t.strength {
            Strength::Strong => "3",
            Strength::Moderate => "2",
            Strength::Normal | Strength::Weak => "1",
        };
        assert_eq!(a["penwidth"], width, "{label}");
        let style = match (t.strength, t.valence) {
            (_, Valence::Broken) => Some("dotted"),
            (Strength::Weak, _) => Some("dashed"),
            _ => None,
        };
        assert_eq!(a.get("style").map(String::as_str), style, "{label}");
        // Arrows point to whoever receives the support, whichever way the edge is written.
        let to_person_dir = if outward { "back" } else { "forward" };
        let from_person_dir = if outward { "forward" } else { "back" };
        let dir = match t.flow {
            Flow::None => "none",
            Flow::Mutual => "both",
            Flow::ToPerson => to_person_dir,
            Flow::FromPerson => from_person_dir,
        };
        assert_eq!(a["dir"], dir, "{label}");
        let mark = a.get("label").cloned().unwrap_or_default();
        match t.valence {
            Valence::Neutral => {
                assert!(mark.is_empty(), "{label}");
                assert_eq!(a["color"], neutral_color);
            }
            Valence::Stressful => {
                assert!(mark.contains('∿') && mark.contains("stressant"), "{mark}");
                assert_ne!(a["color"], neutral_color);
            }
            Valence::Conflictual => {
                assert!(mark.contains('╫') && mark.contains("conflictuel"), "{mark}");
                assert_ne!(a["color"], neutral_color);
            }
            Valence::Broken => assert!(mark.contains("rompu"), "{mark}"),
        }
        assert!(a["comment"].contains(t.strength.code()) && a["comment"].contains(t.valence.code()));
    }
    // Stressful and conflictual have colours of their own.
    let stress = edge_of(&d, "la voisine").0["color"].clone();
    let conflict = edge_of(&d, "France Travail").0["color"].clone();
    assert_ne!(stress, conflict);
}

#[test]
fn dot_groups_partners_by_sector_and_informal_supports_together() {
    let partners = partners();
    let ties = ties();
    let (dot, _) = outputs(Lang::Fr, PSEUDONYM, &ties, &partners);
    let d = parse_dot(&dot);
    let cluster_of = |label: &str| -> String {
        d.nodes
            .values()
            .find(|(a, _)| a.get("label").map(|l| l.replace('\n', " ")) == Some(label.to_string()))
            .map(|(_, c)| c.clone())
            .unwrap()
    };
    assert_eq!(cluster_of("la voisine"), cluster_of(SISTER));
    assert_eq!(cluster_of("la voisine"), cluster_of("un ami du quartier"));
    let informal = cluster_of("la voisine");
    assert!(informal.starts_with("cluster_"));
    assert_eq!(d.clusters[&informal]["label"], "Entourage");
    let sectors = [
        (CMP, "Sanitaire"),
        ("Bailleur social", "Logement"),
        ("France Travail", "Emploi, insertion"),
        ("Ancien SAVS", "Médico-social"),
    ];
    let mut seen = BTreeSet::new();
    for (name, sector) in sectors {
        let c = cluster_of(name);
        assert!(c.starts_with("cluster_"), "{name} in {c}");
        assert_eq!(d.clusters[&c]["label"], sector, "{name}");
        assert!(seen.insert(c), "one cluster per sector");
    }
    assert!(!seen.contains(&informal));
    // The legend: the seven line styles and the three directions, as edges of their own.
    let legend = d.clusters.keys().find(|c| c.contains("legend")).expect("a legend cluster");
    assert_eq!(d.clusters[legend]["label"], "Légende");
    let words: Vec<String> =
        d.nodes.values().filter(|(_, c)| c == legend).filter_map(|(a, _)| a.get("label").cloned()).collect();
    for w in [
        "fort",
        "assez fort",
        "moyen",
        "faible",
        "stressant",
        "conflictuel",
        "rompu",
        "vers la personne",
        "de la personne",
        "réciproque",
    ] {
        assert!(words.iter().any(|x| x.contains(w)), "legend lacks {w}: {words:?}");
    }
    assert_eq!(d.edges.iter().filter(|(_, _, _, c)| c == legend).count(), 10);
}

#[test]
fn dot_in_english_and_for_an_empty_map() {
    let partners = partners();
    let ties = ties();
    let (dot, _) = outputs(Lang::En, PSEUDONYM, &ties, &partners);
    let d = parse_dot(&dot);
    assert_eq!(d.graph["label"], "Ecomap of M. R. on 22/11/2026");
    assert!(dot.contains("Informal supports") && dot.contains("Legend") && dot.contains("stressful"));
    let empty = to_dot(&EcomapInput { pseudonym: "Inès", ties: &[], partners: &partners, date: on(), lang: Lang::Fr });
    let d = parse_dot(&empty);
    assert_eq!(d.graph["label"], "Écocarte d’Inès au 22/11/2026");
    assert!(empty.contains("Aucun lien à cette date."));
    assert_renders(&empty);
}

#[test]
fn a_hostile_pseudonym_stays_text() {
    let partners = partners();
    let ties = ties();
    let pseudonym = "M. \"R\" <b>&</b> \\ \u{1b}[31m\u{202e}x";
    let (dot, svg) = outputs(Lang::Fr, pseudonym, &ties, &partners);
    assert_no_control(&dot);
    assert_no_control(&svg);
    assert!(!dot.contains('\u{202e}') && !svg.contains('\u{202e}'));
    let d = parse_dot(&dot);
    assert_eq!(d.nodes["person"].0["label"], "M. \"R\" <b>&</b> \\ [31mx");
    assert_renders(&dot);
    check_svg(&svg);
    assert!(svg.contains("M. &quot;R&quot; &lt;b&gt;&amp;&lt;/b&gt; \\ [31mx"), "{svg}");
}

// ---------------------------------------------------------------------------------------------
// SVG

/// Tags balance, `<` and `&` appear only as markup or entities, attributes are quoted. Returns the
/// name of the root element.
fn check_svg(svg: &str) -> String {
    assert!(svg.starts_with("<?xml") || svg.starts_with("<svg"));
    let mut stack: Vec<String> = Vec::new();
    let mut root = None;
    let mut rest = svg;
    let check_text = |text: &str| {
        assert!(!text.contains('>'), "raw > in {text:?}");
        for (i, _) in text.match_indices('&') {
            let after = &text[i..];
            assert!(
                ["&amp;", "&lt;", "&gt;", "&quot;", "&#39;"].iter().any(|e| after.starts_with(e)),
                "raw & in {text:?}"
            );
        }
    };
    while let Some(start) = rest.find('<') {
        check_text(&rest[..start]);
        rest = &rest[start..];
        if let Some(r) = rest.strip_prefix("<?") {
            let end = r.find("?>").expect("unclosed declaration");
            rest = &r[end + 2..];
            continue;
        }
        if let Some(r) = rest.strip_prefix("<!--") {
            let end = r.find("-->").expect("unclosed comment");
            rest = &r[end + 3..];
            continue;
        }
        let end = rest.find('>').expect("unclosed tag");
        let tag = &rest[1..end];
        rest = &rest[end + 1..];
        assert!(!tag.contains('<'), "< inside a tag: {tag}");
        assert_eq!(tag.matches('"').count() % 2, 0, "unbalanced quotes in {tag}");
        // Attribute values: what is between quotes holds no raw `&`.
        for (k, value) in tag.split('"').enumerate() {
            if k % 2 == 1 {
                check_text(value);
            }
        }
        if let Some(name) = tag.strip_prefix('/') {
            let open = stack.pop().unwrap_or_else(|| panic!("</{name}> closes nothing"));
            assert_eq!(open, name.trim(), "</{name}> closes <{open}>");
        } else {
            let name = tag.split_whitespace().next().unwrap().trim_end_matches('/').to_string();
            if root.is_none() {
                root = Some(name.clone());
            } else {
                assert!(!stack.is_empty(), "<{name}> outside the root element");
            }
            if !tag.ends_with('/') {
                stack.push(name);
            }
        }
    }
    assert!(rest.trim().is_empty(), "text after the root: {rest:?}");
    assert!(stack.is_empty(), "unclosed: {stack:?}");
    root.unwrap()
}

/// Each `<g class="tie" …>…</g>` group: its opening tag and its content.
fn tie_groups(svg: &str) -> Vec<(String, String)> {
    svg.split("<g class=\"tie\"")
        .skip(1)
        .map(|part| {
            let (open, body) = part.split_once('>').unwrap();
            let body = &body[..body.find("</g>").unwrap()];
            (open.to_string(), body.to_string())
        })
        .collect()
}

fn attr(tag: &str, name: &str) -> String {
    let key = format!(" {name}=\"");
    let at = tag.find(&key).unwrap_or_else(|| panic!("no {name} in {tag}")) + key.len();
    tag[at..at + tag[at..].find('"').unwrap()].to_string()
}

fn escaped(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

#[test]
fn svg_is_a_standalone_escaped_image_with_title_and_date() {
    let partners = partners();
    let ties = ties();
    let (_, svg) = outputs(Lang::Fr, PSEUDONYM, &ties, &partners);
    assert!(svg.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""));
    assert_eq!(check_svg(&svg), "svg");
    assert_no_control(&svg);
    assert!(svg.contains(" viewBox=\"0 0 1200 900\""));
    assert!(!svg.contains("<script") && !svg.contains("href"), "no script, no external resource");
    let title = "Écocarte de M. R. au 22/11/2026";
    assert!(svg.contains(&format!("<title id=\"ecomap-title\">{title}</title>")));
    let heading = svg.split("<text class=\"heading\"").nth(1).unwrap();
    assert!(heading.split("</text>").next().unwrap().ends_with(&format!(">{title}")));
    // Names escaped wherever they appear (the full name is in each tie's tooltip).
    assert!(svg.contains(&escaped(CMP)), "{svg}");
    assert!(svg.contains(&escaped(SISTER)));
    assert!(!svg.contains("<Nord>") && !svg.contains("& Co"));
    for gone in [ENDED, FUTURE, ENDED_TODAY, SECRET_ROLE, SECRET_NOTE] {
        assert!(!svg.contains(gone), "{gone}");
    }
    // The same input gives the same bytes.
    assert_eq!(svg, outputs(Lang::Fr, PSEUDONYM, &ties, &partners).1);
    let (dot, _) = outputs(Lang::Fr, PSEUDONYM, &ties, &partners);
    assert_eq!(dot, outputs(Lang::Fr, PSEUDONYM, &ties, &partners).0);
}

#[test]
fn svg_draws_one_group_per_tie_in_hartmans_shapes() {
    let partners = partners();
    let ties = ties();
    let (_, svg) = outputs(Lang::Fr, PSEUDONYM, &ties, &partners);
    let groups = tie_groups(&svg);
    assert_eq!(groups.len(), 7, "one line group per tie of the day");
    let mut drawn: Vec<(String, String, String)> = groups
        .iter()
        .map(|(open, _)| (attr(open, "data-strength"), attr(open, "data-valence"), attr(open, "data-flow")))
        .collect();
    let mut expected: Vec<(String, String, String)> = active(&ties)
        .iter()
        .map(|t| (t.strength.code().to_string(), t.valence.code().to_string(), t.flow.code().to_string()))
        .collect();
    drawn.sort();
    expected.sort();
    assert_eq!(drawn, expected);
    let neutral_ink =
        groups.iter().find(|(o, _)| o.contains("data-valence=\"neutral\"")).map(|(o, _)| attr(o, "stroke")).unwrap();
    for (open, body) in &groups {
        let strength = Strength::from_code(&attr(open, "data-strength")).unwrap();
        let valence = Valence::from_code(&attr(open, "data-valence")).unwrap();
        let flow = Flow::from_code(&attr(open, "data-flow")).unwrap();
        let paths: Vec<&str> = body.split("<path ").skip(1).collect();
        let arrows = paths.iter().filter(|p| p.starts_with("class=\"arrow\"")).count();
        let strokes: Vec<&&str> = paths.iter().filter(|p| !p.starts_with("class=\"arrow\"")).collect();
        assert_eq!(
            arrows,
            match flow {
                Flow::None => 0,
                Flow::ToPerson | Flow::FromPerson => 1,
                Flow::Mutual => 2,
            },
            "{open}"
        );
        let parallel = match strength {
            Strength::Strong => 3,
            Strength::Moderate => 2,
            Strength::Normal | Strength::Weak => 1,
        };
        let dashed = strokes.iter().filter(|p| p.contains("stroke-dasharray")).count();
        assert_eq!(dashed, if strength == Strength::Weak { parallel } else { 0 }, "{open}");
        assert!(body.contains("<title>"), "a tooltip names the tie");
        match valence {
            Valence::Neutral => {
                assert_eq!(strokes.len(), parallel, "{open}");
                assert_eq!(attr(open, "stroke"), neutral_ink);
            }
            Valence::Stressful => {
                assert_eq!(strokes.len(), parallel);
                assert!(strokes.iter().all(|p| p.matches(" Q ").count() >= 4), "a wave: {body}");
                assert_ne!(attr(open, "stroke"), neutral_ink);
            }
            Valence::Conflictual => {
                assert!(strokes.len() >= parallel + 2, "crossbars: {body}");
                assert_ne!(attr(open, "stroke"), neutral_ink);
            }
            Valence::Broken => {
                assert_eq!(strokes.len(), parallel + 2, "the cut's two bars: {body}");
                assert!(strokes.iter().take(parallel).all(|p| p.matches('M').count() == 2), "cut in two: {body}");
            }
        }
    }
}

#[test]
fn svg_legend_explains_every_style_and_arrow() {
    let partners = partners();
    let ties = ties();
    let (_, svg) = outputs(Lang::Fr, PSEUDONYM, &ties, &partners);
    let legend = svg.split("<g class=\"legend\">").nth(1).expect("a legend");
    for style in ["strong", "moderate", "normal", "weak", "stressful", "conflictual", "broken"] {
        assert!(legend.contains(&format!("data-style=\"{style}\"")), "{style}");
    }
    for word in ["Légende", "fort", "assez fort", "moyen", "faible", "stressant", "conflictuel", "rompu"] {
        assert!(legend.contains(&format!(">{word}</text>")), "{word}");
    }
    for word in ["vers la personne", "de la personne", "réciproque", "Sens du soutien"] {
        assert!(legend.contains(word), "{word}");
    }
    assert_eq!(legend.matches("class=\"arrow\"").count(), 4, "→, ← and ↔");
    let (_, en) = outputs(Lang::En, PSEUDONYM, &ties, &partners);
    assert!(en.contains(">Ecomap of M. R. on 22/11/2026</text>"));
    assert!(en.contains(">stressful</text>") && en.contains(">Legend</text>"));
}

#[test]
fn svg_of_an_empty_map_and_of_a_crowded_one() {
    let partners = partners();
    let empty =
        to_svg(&EcomapInput { pseudonym: PSEUDONYM, ties: &[], partners: &partners, date: on(), lang: Lang::Fr });
    check_svg(&empty);
    assert!(tie_groups(&empty).is_empty());
    assert!(empty.contains(">Aucun lien à cette date.</text>"));
    // Forty ties: the layout collapses the largest groups into « +N », every tie is somewhere.
    let many: Vec<Tie> = (0..40)
        .map(|i| {
            let kind = InformalKind::ALL[i % 7];
            tie(
                100 + i as i64,
                informal(kind, &format!("soutien numéro {i}")),
                (Strength::Normal, Valence::Neutral, Flow::Mutual),
                day(2026, 1, 1),
            )
        })
        .collect();
    let svg =
        to_svg(&EcomapInput { pseudonym: PSEUDONYM, ties: &many, partners: &partners, date: on(), lang: Lang::Fr });
    check_svg(&svg);
    let single = tie_groups(&svg).len();
    let collapsed: Vec<&str> = svg.split("<g class=\"collapsed\"").skip(1).collect();
    assert!(!collapsed.is_empty() && single + collapsed.len() <= 24);
    let in_collapsed: usize = collapsed
        .iter()
        .map(|c| {
            let title = c.split("<title>").nth(1).unwrap().split("</title>").next().unwrap();
            title.split(", ").count()
        })
        .sum();
    assert_eq!(single + in_collapsed, 40);
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

/// The names in the tooltips of the tie groups (the full label of each tie).
fn tie_names(svg: &str) -> BTreeSet<String> {
    tie_groups(svg)
        .iter()
        .map(|(_, body)| body.split("<title>").nth(1).unwrap().split(" — ").next().unwrap().to_string())
        .collect()
}

#[test]
fn cli_exports_the_demo_ecomaps() {
    let sb = Sandbox::new();
    sb.ok(&["demo"]);
    let today = parcours::domain::date::format_fr(chrono::Local::now().date_naive());

    let dot = sb.ok(&["export", "ecomap", "--person", "M. R.", "--format", "dot"]);
    let d = parse_dot(&dot);
    assert!(d.graph["label"].starts_with("Écocarte de M. R. au "), "{:?}", d.graph);
    let shown = d.graph["label"].rsplit(' ').next().unwrap().to_string();
    assert!(parcours::domain::date::parse_fr(&shown).is_ok(), "{shown}");
    assert!(today.len() == shown.len());
    assert!(d.edges.iter().filter(|(f, t, _, _)| f == "person" || t == "person").count() > 5);
    assert_renders(&dot);

    let file = sb.path("ecocarte.svg");
    let output = sb
        .cmd()
        .args(["export", "ecomap", "--person", "M. R.", "--format", "svg", "--out"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(output.stdout.is_empty(), "the file, not stdout");
    let svg = std::fs::read_to_string(&file).unwrap();
    assert_eq!(check_svg(&svg), "svg");
    assert!(svg.contains("Écocarte de M. R. au "));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "private to the user");
    }
    assert_eq!(svg, sb.ok(&["export", "ecomap", "--person", "M. R.", "--format", "svg"]), "stdout and file agree");

    // An earlier date shows another map, with its date.
    let may = sb.ok(&["export", "ecomap", "--person", "M. R.", "--format", "svg", "--date", "01/05/2026"]);
    check_svg(&may);
    assert!(may.contains("Écocarte de M. R. au 01/05/2026"));
    assert_ne!(tie_names(&may), tie_names(&svg), "the ties of 01/05/2026 are not today's");
    let may_dot = sb.ok(&["export", "ecomap", "--person", "M. R.", "--format", "dot", "--date", "2026-05-01"]);
    let d_may = parse_dot(&may_dot);
    assert_eq!(d_may.graph["label"], "Écocarte de M. R. au 01/05/2026");
    assert_eq!(
        d_may.edges.iter().filter(|(f, t, _, _)| f == "person" || t == "person").count(),
        tie_groups(&may).len(),
        "DOT and SVG show the same ties"
    );

    // Every demo person, in both formats; Graphviz renders each DOT.
    let list: serde_json::Value = serde_json::from_str(&sb.ok(&["list", "--format", "json"])).unwrap();
    for p in list.as_array().unwrap() {
        let id = p["id"].as_i64().unwrap().to_string();
        let pseudonym = p["pseudonym"].as_str().unwrap();
        let dot = sb.ok(&["export", "ecomap", "--person", &id, "--format", "dot"]);
        let d = parse_dot(&dot);
        assert_eq!(d.nodes["person"].0["label"], pseudonym);
        assert_no_control(&dot);
        assert_renders(&dot);
        let svg = sb.ok(&["export", "ecomap", "--person", &id, "--format", "svg"]);
        check_svg(&svg);
        assert_eq!(
            tie_groups(&svg).len(),
            d.edges.iter().filter(|(f, t, _, _)| f == "person" || t == "person").count(),
            "{pseudonym}"
        );
    }

    let en = sb.ok(&["--lang", "en", "export", "ecomap", "--person", "M. R.", "--format", "svg"]);
    assert!(en.contains("Ecomap of M. R. on "));
}

#[test]
fn cli_refuses_bad_input_in_one_line() {
    let sb = Sandbox::new();
    sb.ok(&["demo"]);

    let line = one_line_error(&sb.run(&["export", "ecomap", "--person", "Zorro", "--format", "dot"]), 1);
    assert!(
        line.starts_with("Aucune personne «\u{a0}Zorro\u{a0}»") || line.starts_with("Aucune personne « Zorro »"),
        "{line}"
    );

    let line = one_line_error(&sb.run(&["export", "ecomap", "--person", "M. R.", "--format", "png"]), 2);
    assert!(line.starts_with("Valeur invalide") && line.contains("--format"), "{line}");
    let line = one_line_error(&sb.run(&["export", "ecomap", "--person", "M. R."]), 2);
    assert!(line.starts_with("Argument obligatoire manquant"), "{line}");

    let out = sb.path("jamais.svg");
    for bad in ["31/02/2026", "demain", "1/5/26", ""] {
        let output = sb
            .cmd()
            .args(["export", "ecomap", "--person", "M. R.", "--format", "svg", "--date", bad, "--out"])
            .arg(&out)
            .output()
            .unwrap();
        let line = one_line_error(&output, 1);
        assert!(line.starts_with("Date invalide"), "{line}");
        assert!(line.contains("jj/mm/aaaa"), "{line}");
        assert!(!out.exists(), "nothing written for {bad:?}");
    }
    let line = one_line_error(
        &sb.run(&["--lang", "en", "export", "ecomap", "--person", "M. R.", "--format", "dot", "--date", "32/01/2026"]),
        1,
    );
    assert!(line.starts_with("Invalid date"), "{line}");

    let target = "/nonexistent/dir/ecocarte.svg";
    let line =
        one_line_error(&sb.run(&["export", "ecomap", "--person", "M. R.", "--format", "svg", "--out", target]), 1);
    assert!(line.starts_with(&format!("Impossible d’écrire {target}")), "{line}");
    assert!(!Path::new(target).exists());
    // A folder as the output file: refused, untouched.
    let folder = sb.path("cartes");
    std::fs::create_dir(&folder).unwrap();
    let output =
        sb.cmd().args(["export", "ecomap", "--person", "M. R.", "--format", "dot", "--out"]).arg(&folder).output();
    let line = one_line_error(&output.unwrap(), 1);
    assert!(line.starts_with("Impossible d’écrire"), "{line}");
    assert!(folder.is_dir() && std::fs::read_dir(&folder).unwrap().next().is_none());
}

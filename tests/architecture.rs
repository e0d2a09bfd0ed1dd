//! The shape of the code, checked from the source: the top-level modules of `src/` point one way
//! (no cycle, and each layer only uses the layers below it), and no file of logic grows past the
//! size where one concept stops fitting in it. Read from the `use` lines and `crate::` paths of
//! the code that ships; test modules may reach up (a unit test may open a store to build its case).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// The layers, lowest first. A module may use modules of its own layer's predecessors only: the
/// order is the architecture of the README, written as data so that a new module must be placed.
const LAYERS: &[&[&str]] = &[
    // What everything shares and that knows of nothing: the domain, its rules and reference data.
    &["domain"],
    // Closed vocabularies named by the words and the screens: the intents, the screens `render` draws.
    &["action", "screen_names"],
    // Files written to be read back (the case file, vCards): they know the domain only.
    &["interchange"],
    // The scan of texts for identifying data, over domain records.
    &["privacy"],
    // The base, its files and its log.
    &["log"],
    &["store"],
    // Bounded reading of files and why one could not be followed; then the words, in two languages.
    &["input"],
    &["i18n"],
    // Settings and themes, said in the user's language when they cannot be followed.
    &["config", "theme"],
    // Documents written from domain records.
    &["export"],
    // The bundled demo and the synthetic base, written through the store.
    &["demo", "synthetic"],
    // The application: state, update, effects; then its drawing, and the vector screenshots.
    &["app"],
    &["ui", "render"],
    // The command line: arguments, then the commands that use everything.
    &["cli"],
    &["commands"],
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn top_modules() -> BTreeSet<String> {
    let lib = fs::read_to_string(src().join("lib.rs")).expect("src/lib.rs");
    lib.lines()
        .filter_map(|l| l.trim().strip_prefix("pub mod").or_else(|| l.trim().strip_prefix("mod")))
        .map(|rest| rest.trim().trim_end_matches(';').to_string())
        .collect()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir).expect("readable src").flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The top-level module a file belongs to (`src/store/plan.rs` → `store`), none for the crate root.
fn owner(file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src()).ok()?;
    let first = rel.components().next()?.as_os_str().to_str()?;
    let name = first.trim_end_matches(".rs");
    (name != "lib" && name != "main").then(|| name.to_string())
}

/// The source without its comment lines and without the items under `#[cfg(test)]` (a `mod tests { … }` block or a single item),
/// braces counted outside string and char literals.
fn without_tests(text: &str) -> String {
    let mut out = String::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line.trim_start().starts_with("//") {
            continue;
        }
        if line.trim() != "#[cfg(test)]" {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let mut depth = 0i32;
        let mut opened = false;
        for item in lines.by_ref() {
            depth += brace_balance(item);
            opened |= item.contains('{');
            if (opened && depth <= 0) || (!opened && item.trim_end().ends_with(';')) {
                break;
            }
        }
    }
    out
}

fn brace_balance(line: &str) -> i32 {
    let mut depth = 0;
    let mut in_string = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if in_string => {
                chars.next();
            }
            '"' => in_string = !in_string,
            '\'' if !in_string => {
                // A char literal such as '{' (a lifetime has no closing quote two chars on).
                let mut ahead = chars.clone();
                if let (Some(_), Some('\'')) = (ahead.next(), ahead.next()) {
                    chars.next();
                    chars.next();
                }
            }
            '/' if !in_string && chars.peek() == Some(&'/') => break,
            '{' if !in_string => depth += 1,
            '}' if !in_string => depth -= 1,
            _ => {}
        }
    }
    depth
}

/// Every top-level module named after `crate::` in the code, grouped imports included
/// (`use crate::{domain::x, store::Store}`).
fn used_modules(code: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let mut used = BTreeSet::new();
    let mut rest = code;
    while let Some(at) = rest.find("crate::") {
        let after = &rest[at + "crate::".len()..];
        if let Some(group) = after.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            // Nested groups close early; their heads are still found: each head follows a comma or the brace.
            for part in group[..end].split(',') {
                let head: String = part.trim().chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
                if modules.contains(&head) {
                    used.insert(head);
                }
            }
        } else {
            let head: String = after.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            if modules.contains(&head) {
                used.insert(head);
            }
        }
        rest = after;
    }
    used
}

/// Which module uses which, with one file that shows each use.
fn dependencies() -> BTreeMap<(String, String), PathBuf> {
    let modules = top_modules();
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut edges = BTreeMap::new();
    for file in files {
        let Some(from) = owner(&file) else { continue };
        let code = without_tests(&fs::read_to_string(&file).expect("readable source"));
        for to in used_modules(&code, &modules) {
            if to != from {
                edges.entry((from.clone(), to)).or_insert_with(|| file.clone());
            }
        }
    }
    edges
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|layer| layer.contains(&module))
}

#[test]
fn every_module_has_a_layer() {
    let unplaced: Vec<String> = top_modules().into_iter().filter(|m| layer_of(m).is_none()).collect();
    assert!(unplaced.is_empty(), "modules without a layer in tests/architecture.rs: {unplaced:?}");
}

#[test]
fn layers_point_one_way() {
    let wrong: Vec<String> = dependencies()
        .into_iter()
        .filter(|((from, to), _)| match (layer_of(from), layer_of(to)) {
            (Some(f), Some(t)) => t >= f,
            _ => false,
        })
        .map(|((from, to), file)| format!("{from} → {to} ({})", file.strip_prefix(src()).unwrap_or(&file).display()))
        .collect();
    assert!(wrong.is_empty(), "uses that point up or sideways:\n{}", wrong.join("\n"));
}

#[test]
fn no_cycle_between_top_level_modules() {
    let edges = dependencies();
    let mut graph: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (from, to) in edges.keys() {
        graph.entry(from).or_default().push(to);
    }
    // Depth-first search with three colours: a grey module met again closes a cycle.
    fn visit<'a>(
        m: &'a str,
        graph: &BTreeMap<&'a str, Vec<&'a str>>,
        state: &mut BTreeMap<&'a str, bool>,
        path: &mut Vec<&'a str>,
    ) -> Option<Vec<&'a str>> {
        match state.get(m) {
            Some(true) => return None,
            Some(false) => {
                let start = path.iter().position(|p| *p == m).unwrap_or(0);
                let mut cycle = path[start..].to_vec();
                cycle.push(m);
                return Some(cycle);
            }
            None => {}
        }
        state.insert(m, false);
        path.push(m);
        for next in graph.get(m).into_iter().flatten() {
            if let Some(cycle) = visit(next, graph, state, path) {
                return Some(cycle);
            }
        }
        path.pop();
        state.insert(m, true);
        None
    }
    let mut state = BTreeMap::new();
    for m in graph.keys().copied().collect::<Vec<_>>() {
        let found = visit(m, &graph, &mut state, &mut Vec::new());
        assert!(found.is_none(), "cycle between modules: {}", found.unwrap_or_default().join(" → "));
    }
}

/// Files that are data written as code (the bundled demo situations), not logic.
fn is_data(file: &Path) -> bool {
    file.strip_prefix(src()).is_ok_and(|rel| rel.starts_with("demo"))
}

#[test]
fn no_file_of_logic_over_seven_hundred_lines() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let long: Vec<String> = files
        .iter()
        .filter(|f| !is_data(f))
        .filter_map(|f| {
            let lines = fs::read_to_string(f).ok()?.lines().count();
            (lines > 700).then(|| format!("{} ({lines})", f.strip_prefix(src()).unwrap_or(f).display()))
        })
        .collect();
    assert!(long.is_empty(), "files of logic over 700 lines: {long:?}");
}

#[test]
fn update_is_a_dispatch() {
    let update = fs::read_to_string(src().join("app/update.rs")).expect("src/app/update.rs");
    let lines = update.lines().count();
    assert!(lines < 600, "src/app/update.rs has {lines} lines: a screen's logic belongs in its module");
}

#[test]
fn the_reader_finds_grouped_imports_and_skips_tests() {
    let modules: BTreeSet<String> = ["domain", "store", "app"].iter().map(|s| s.to_string()).collect();
    let code = "use crate::{domain::x, store::Store};\n#[cfg(test)]\nmod tests {\n    use crate::app::Y;\n    fn f() { let s = \"}\"; }\n}\nfn g() {}\n";
    let cleaned = without_tests(code);
    assert!(cleaned.contains("fn g()"), "the code after the test module is kept: {cleaned}");
    let used = used_modules(&cleaned, &modules);
    assert_eq!(used, ["domain", "store"].iter().map(|s| s.to_string()).collect());
}

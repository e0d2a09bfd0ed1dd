//! Case files of every earlier layout still import: tests/data/case_v1_*.json were written at
//! each step of version 1 (before plans, before networks, before the path, today's), the parts
//! added since left out as those builds wrote them. See the policy in src/casefile/mod.rs.

use parcours::export::case_json::{export_case, import_case, parse_case};
use parcours::store::Store;

/// (file, diagnosis revisions, axes, ties, journal entries, evaluations) once imported.
const LAYOUTS: [(&str, usize, usize, usize, usize, usize); 4] = [
    ("case_v1_before_plans.json", 4, 0, 0, 0, 0),
    ("case_v1_before_networks.json", 4, 2, 0, 0, 0),
    ("case_v1_before_path.json", 4, 2, 9, 0, 0),
    ("case_v1_current.json", 4, 2, 9, 14, 3),
];

fn fixture(name: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name);
    std::fs::read_to_string(path).expect("fixture")
}

#[test]
fn every_earlier_layout_imports() {
    for (name, revisions, axes, ties, journal, evaluations) in LAYOUTS {
        let file = parse_case(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let mut store = Store::open_in_memory().unwrap();
        let report = import_case(&mut store, &file).unwrap_or_else(|e| panic!("{name}: {e:?}"));
        let case = store.case(report.person_id).unwrap();
        let counts =
            (case.diagnosis.len(), case.plan.axes.len(), case.ties.len(), case.journal.len(), case.evaluations.len());
        assert_eq!(counts, (revisions, axes, ties, journal, evaluations), "{name}");
        assert_eq!(case.person.pseudonym, file.person.pseudonym, "{name}");
    }
}

#[test]
fn the_current_layout_comes_back_as_it_went() {
    let file = parse_case(&fixture("case_v1_current.json")).unwrap();
    let mut store = Store::open_in_memory().unwrap();
    let report = import_case(&mut store, &file).unwrap();
    let again = export_case(&store, report.person_id).unwrap();
    // Ids are the receiving base's; everything else travels unchanged.
    let texts = |f: &parcours::export::case_json::CaseFile| {
        let plan = f.plan.as_ref().map(|p| p.objectives.iter().map(|o| o.title.clone()).collect::<Vec<_>>());
        let path = f.path.as_ref().map(|p| p.journal.iter().map(|e| e.summary.clone()).collect::<Vec<_>>());
        (f.person.clone(), plan, path)
    };
    let (mut person, plan, path) = texts(&again);
    person.id = file.person.id;
    assert_eq!((person, plan, path), texts(&file));
}

#[test]
fn unknown_fields_are_ignored_and_missing_ones_named() {
    let text = fixture("case_v1_before_plans.json");
    let with_unknown =
        text.replacen("\"person\": {", "\"added_later\": [1, 2],\n  \"person\": {\"nickname\": \"x\", ", 1);
    let file = parse_case(&with_unknown).expect("unknown keys are ignored");
    assert_eq!(file.person.pseudonym, parse_case(&text).unwrap().person.pseudonym);
    let without = text.replacen("\"dispositif\"", "\"dispositif_renamed\"", 1);
    match parse_case(&without) {
        Err(parcours::export::case_json::CaseError::Json(p)) => assert_eq!(p.key.as_deref(), Some("dispositif")),
        other => panic!("{other:?}"),
    }
}

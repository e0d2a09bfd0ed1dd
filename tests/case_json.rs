//! The case file: export → JSON → parse → import gives back the same person and history, and what
//! is not a case file, or is too new, or carries terminal escapes, is handled.

use chrono::NaiveDate;
use parcours::app::form::FieldError;
use parcours::domain::diagnosis::{DiagnosisEntry, EntryProblem, Need, Priority};
use parcours::domain::person::{AgeBand, Person, PersonProblem, PersonStatus};
use parcours::domain::plan::action::ActionProblem;
use parcours::export::case_json::{
    CASE_FORMAT, CASE_VERSION, CaseError, CaseFile, CaseRecord, CaseRefusal, JsonFault, JsonKind, JsonProblem,
    export_case, import_case, parse_case,
};
use parcours::store::Store;
use proptest::prelude::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn sample_person() -> Person {
    Person {
        id: 0,
        pseudonym: "Mme A.".into(),
        birth_year: Some(1958),
        age_band: Some(AgeBand::From60To74),
        dispositif: "DAC".into(),
        referral_date: Some(day(2025, 9, 1)),
        referral_source: "service hospitalier".into(),
        status: PersonStatus::Active,
        fictitious: true,
        consent_date: Some(day(2025, 9, 8)),
        consent_scope: "Échanges avec le SSIAD.".into(),
        last_contact: Some(day(2026, 2, 20)),
        archived: false,
    }
}

fn sample_entry(person: i64, domain: &str, situation: &str) -> DiagnosisEntry {
    let mut e = DiagnosisEntry::new_draft(person, domain, day(2026, 1, 15));
    e.situation = situation.into();
    e.person_words = "« Rester chez moi. »".into();
    e.needs = vec![Need { text: "Aide à domicile".into(), serafin_code: Some("1.2.1.2".into()) }];
    e.resources = "Fils présent".into();
    e.risks = "Chute".into();
    e.priority_person = Priority::High;
    e.source = "entretien".into();
    e.co_built = true;
    e
}

/// A store holding one person whose diagnosis was written as sante 1, logement 1, sante 2.
fn sample_store() -> (Store, i64) {
    let mut store = Store::open_in_memory().unwrap();
    let id = store.insert_person(&sample_person()).unwrap();
    store.save_entry(&sample_entry(id, "sante", "Sortie d'hospitalisation.")).unwrap();
    store.save_entry(&sample_entry(id, "logement", "Escaliers difficiles.")).unwrap();
    store.save_entry(&sample_entry(id, "sante", "Rééducation en cours.")).unwrap();
    (store, id)
}

/// The case with store ids removed: what must survive a move between databases.
fn without_ids(case: &CaseFile) -> CaseFile {
    CaseFile {
        person: Person { id: 0, ..case.person.clone() },
        diagnosis: case.diagnosis.iter().map(|e| DiagnosisEntry { id: 0, person_id: 0, ..e.clone() }).collect(),
        ..case.clone()
    }
}

fn round_trip(source: &Store, id: i64) -> (Store, CaseFile, CaseFile) {
    let exported = export_case(source, id).unwrap();
    let json = serde_json::to_string_pretty(&exported).unwrap();
    let mut target = Store::open_in_memory().unwrap();
    let report = import_case(&mut target, &parse_case(&json).unwrap()).unwrap();
    let imported = export_case(&target, report.person_id).unwrap();
    (target, exported, imported)
}

#[test]
fn export_parse_import_gives_back_the_same_case() {
    let (source, id) = sample_store();
    let (target, exported, imported) = round_trip(&source, id);
    assert_eq!((exported.format.as_str(), exported.version), (CASE_FORMAT, CASE_VERSION));
    let revisions: Vec<(&str, i64)> = exported.diagnosis.iter().map(|e| (e.domain.as_str(), e.revision)).collect();
    assert_eq!(revisions, vec![("sante", 1), ("logement", 1), ("sante", 2)], "all revisions, oldest first");
    assert_eq!(without_ids(&imported), without_ids(&exported));
    let pid = imported.person.id;
    assert_eq!(target.latest_entries(pid).unwrap().len(), 2);
    assert_eq!(target.entry_history(pid, "sante").unwrap()[0].situation, "Rééducation en cours.");
    assert_eq!(target.search("reeducation", 5).unwrap().len(), 1, "imported text is searchable");
    assert!(target.search("hospitalisation", 5).unwrap().is_empty(), "only the latest revision is indexed");
    assert_eq!(target.audit_count().unwrap(), 4, "one audit row per record written");
}

#[test]
fn a_pseudonym_clash_is_renamed() {
    let (mut store, id) = sample_store();
    let case = export_case(&store, id).unwrap();
    let second = import_case(&mut store, &case).unwrap();
    assert_eq!(second.pseudonym, "Mme A. (2)");
    assert_eq!(second.renamed_from.as_deref(), Some("Mme A."));
    assert_eq!(store.person(second.person_id).unwrap().pseudonym, "Mme A. (2)");
    let third = import_case(&mut store, &case).unwrap();
    assert_eq!(third.pseudonym, "Mme A. (3)");
    assert_eq!(store.persons(true).unwrap().len(), 3);

    let mut fresh = Store::open_in_memory().unwrap();
    let first = import_case(&mut fresh, &case).unwrap();
    assert_eq!((first.pseudonym.as_str(), first.renamed_from), ("Mme A.", None));
}

#[test]
fn bad_files_give_the_right_error() {
    match parse_case("{\n  \"format\": \"parcours-case\",\n  oops\n}") {
        Err(CaseError::Json(p)) => assert_eq!((p.line, p.fault), (3, JsonFault::Syntax), "{p:?}"),
        other => panic!("{other:?}"),
    }
    assert!(matches!(parse_case(""), Err(CaseError::Json(JsonProblem { fault: JsonFault::Truncated, .. }))));
    assert!(matches!(parse_case(r#"{"format": "vcard", "version": 1}"#), Err(CaseError::WrongFormat)));
    assert!(matches!(parse_case("[1, 2]"), Err(CaseError::WrongFormat)));
    assert!(matches!(parse_case(r#"{"format": "parcours-case"}"#), Err(CaseError::WrongFormat)));
    assert!(matches!(
        parse_case(r#"{"format": "parcours-case", "version": 2, "persons": []}"#),
        Err(CaseError::NewerVersion(2))
    ));
    // The right header over the wrong content: the shape error, with its position.
    match parse_case(r#"{"format": "parcours-case", "version": 1, "person": {"pseudonym": 3}}"#) {
        Err(CaseError::Json(p)) => {
            assert_eq!((p.line, p.fault, p.key.as_deref()), (1, JsonFault::Expected(JsonKind::Text), Some("pseudonym")))
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_case_that_breaks_a_rule_imports_nothing() {
    let (source, id) = sample_store();
    let mut case = export_case(&source, id).unwrap();
    case.diagnosis[2].revision = 1;
    let mut target = Store::open_in_memory().unwrap();
    assert!(matches!(
        import_case(&mut target, &case),
        Err(CaseError::Refused(CaseRecord::Entry { revision: 1, .. }, CaseRefusal::Twice))
    ));
    case.diagnosis[2].revision = 2;
    case.person.pseudonym = " \u{1b} ".into();
    assert!(matches!(
        import_case(&mut target, &case),
        Err(CaseError::Refused(
            CaseRecord::Person,
            CaseRefusal::Rule(FieldError::Person(PersonProblem::PseudonymEmpty))
        ))
    ));
    assert!(target.persons(true).unwrap().is_empty());
    assert_eq!(target.audit_count().unwrap(), 0);
}

#[test]
fn a_case_the_forms_would_refuse_imports_nothing() {
    let (source, id) = sample_store();
    let good = export_case(&source, id).unwrap();
    let mut target = Store::open_in_memory().unwrap();

    let mut case = good.clone();
    case.person.pseudonym = "x".repeat(61);
    assert!(matches!(
        import_case(&mut target, &case),
        Err(CaseError::Refused(
            CaseRecord::Person,
            CaseRefusal::Rule(FieldError::Person(PersonProblem::PseudonymTooLong))
        ))
    ));

    let mut case = good.clone();
    case.person.consent_date = Some(day(2999, 1, 1));
    assert!(matches!(
        import_case(&mut target, &case),
        Err(CaseError::Refused(
            CaseRecord::Person,
            CaseRefusal::Rule(FieldError::Person(PersonProblem::ConsentInFuture))
        ))
    ));

    let mut case = good.clone();
    case.diagnosis[1].needs[0].serafin_code = Some("9.9.9".into());
    match import_case(&mut target, &case) {
        Err(CaseError::Refused(
            CaseRecord::Entry { domain, .. },
            CaseRefusal::Rule(FieldError::Entry(EntryProblem::UnknownNeedCode)),
        )) => assert_eq!(domain, "logement"),
        other => panic!("{other:?}"),
    }

    let mut case = good;
    case.diagnosis[0].date = day(2999, 1, 1);
    assert!(matches!(
        import_case(&mut target, &case),
        Err(CaseError::Refused(_, CaseRefusal::Rule(FieldError::Entry(EntryProblem::DateInFuture))))
    ));
    assert!(target.persons(true).unwrap().is_empty(), "nothing half-imported");
}

#[test]
fn escape_sequences_in_a_case_file_are_removed() {
    let (source, id) = sample_store();
    let mut json = serde_json::to_string(&export_case(&source, id).unwrap()).unwrap();
    json = json.replace("Mme A.", "Mme \\u001b[31mA.\\u0007").replace("Fils présent", "Fils\\u009b2J\\u202e présent");
    let case = parse_case(&json).unwrap();
    assert!(case.person.pseudonym.contains('\u{1b}'), "the file really carries escapes");
    let mut target = Store::open_in_memory().unwrap();
    let report = import_case(&mut target, &case).unwrap();
    assert_eq!(report.pseudonym, "Mme [31mA.");
    let imported = export_case(&target, report.person_id).unwrap();
    let all_text = serde_json::to_string(&imported).unwrap();
    assert!(!all_text.contains("\\u001b") && !all_text.contains("\\u0007"), "{all_text}");
    assert!(imported.diagnosis.iter().all(|e| e.resources == "Fils2J présent"));
}

fn text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "[a-zA-Zéèàçœ«» .,'\n-]{0,40}", "\\PC{0,30}"]
}

fn has_control(s: &str) -> bool {
    s.chars().any(|c| c.is_control() && c != '\n')
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    #[test]
    fn any_text_survives_the_round_trip(
        pseudonym in text(), dispositif in text(), scope in text(),
        situation in text(), words in text(), need in text(), resources in text(), risks in text(),
        revisions in 1usize..4,
    ) {
        let mut store = Store::open_in_memory().unwrap();
        // A pseudonym the form would take (60 characters at most): the import checks the same rules.
        let pseudonym: String = pseudonym.chars().take(50).collect();
        let p = Person { pseudonym: format!("P{pseudonym}"), dispositif, consent_scope: scope, ..sample_person() };
        let id = store.insert_person(&p).unwrap();
        for r in 0..revisions {
            let mut e = sample_entry(id, "sante", &format!("{situation}{r}"));
            e.person_words = words.clone();
            e.needs = vec![Need { text: format!("n{need}"), serafin_code: None }];
            e.resources = resources.clone();
            e.risks = risks.clone();
            store.save_entry(&e).unwrap();
        }
        let (_, exported, imported) = round_trip(&store, id);
        prop_assert_eq!(exported.diagnosis.len(), revisions);
        prop_assert_eq!(without_ids(&imported), without_ids(&exported));
        let e = &imported.diagnosis[0];
        for field in [&imported.person.pseudonym, &imported.person.dispositif, &e.situation, &e.person_words, &e.needs[0].text] {
            prop_assert!(!has_control(field), "{:?}", field);
        }
    }
}

#[test]
fn the_journal_and_the_evaluations_travel_with_the_case_sensitive_entries_on_request() {
    let today = parcours::commands::scene::screenshot_day();
    let mut source = Store::open_in_memory().unwrap();
    parcours::demo::load(&mut source, today).unwrap();
    let mr = source.find_person("M. R.").unwrap().id;
    let journal = source.journal(mr).unwrap();
    let sensitive = journal.iter().filter(|e| e.sensitive).count();
    assert!(sensitive > 0, "the demo has a sensitive entry for M. R.");
    let full = export_case(&source, mr).unwrap();
    let shared = full.clone().without_sensitive();
    let path = shared.path.as_ref().expect("M. R. has a path");
    assert_eq!(path.journal.len(), journal.len() - sensitive);
    assert!(path.journal.iter().all(|e| !e.sensitive));

    let json = serde_json::to_string(&shared).unwrap();
    let mut target = Store::open_in_memory().unwrap();
    let report = import_case(&mut target, &parse_case(&json).unwrap()).unwrap();
    let imported_journal = target.journal(report.person_id).unwrap();
    assert_eq!(imported_journal.len(), journal.len() - sensitive);
    // Partners are matched by name in the receiving directory.
    let names = |store: &Store, entries: &[parcours::domain::journal::JournalEntry]| -> Vec<Vec<String>> {
        let partners = store.partners(true).unwrap();
        entries
            .iter()
            .map(|e| e.partners.iter().map(|id| partners.iter().find(|p| p.id == *id).unwrap().name.clone()).collect())
            .collect()
    };
    let kept: Vec<_> = journal.iter().filter(|e| !e.sensitive).cloned().collect();
    assert_eq!(names(&target, &imported_journal), names(&source, &kept));
    // Evaluations keep their scores, and their levels point to the same objectives (by title).
    let (before, after) = (source.evaluations(mr).unwrap(), target.evaluations(report.person_id).unwrap());
    assert_eq!(before.len(), after.len());
    let (plan_before, plan_after) = (source.plan(mr).unwrap(), target.plan(report.person_id).unwrap());
    for (a, b) in before.iter().zip(&after) {
        assert_eq!(a.t_score.map(|t| (t * 1e4).round()), b.t_score.map(|t| (t * 1e4).round()));
        let titles =
            |plan: &parcours::domain::plan::Plan, e: &parcours::domain::evaluation::Evaluation| -> Vec<String> {
                e.goals.iter().map(|g| plan.objective(g.objective_id).unwrap().title.clone()).collect()
            };
        assert_eq!(titles(&plan_before, a), titles(&plan_after, b));
        assert_eq!(a.ratings, b.ratings);
    }
}

/// M. R.'s whole case from the demo: plan, network, journal and evaluations.
fn demo_case() -> CaseFile {
    let mut store = Store::open_in_memory().unwrap();
    parcours::demo::load(&mut store, chrono::Local::now().date_naive()).unwrap();
    let id = store.find_person("M. R.").unwrap().id;
    export_case(&store, id).unwrap()
}

fn refusal_of(case: &CaseFile) -> (CaseRecord, CaseRefusal) {
    let mut target = Store::open_in_memory().unwrap();
    let result = import_case(&mut target, case);
    assert!(target.persons(true).unwrap().is_empty(), "nothing half-imported: {result:?}");
    match result {
        Err(CaseError::Refused(record, why)) => (record, why),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_text_longer_than_a_form_takes_is_refused_not_cut() {
    let mut case = demo_case();
    let chars = parcours::domain::text::MAX_FIELD_CHARS + 1;
    case.diagnosis[0].situation = "é".repeat(chars);
    let domain = case.diagnosis[0].domain.clone();
    let revision = case.diagnosis[0].revision;
    assert_eq!(
        refusal_of(&case),
        (CaseRecord::Entry { domain, revision }, CaseRefusal::TooLong { field: "situation", chars, max: chars - 1 })
    );
    let mut case = demo_case();
    case.plan.as_mut().unwrap().objectives[0].title = "x".repeat(chars * 2);
    let id = case.plan.as_ref().unwrap().objectives[0].id;
    assert!(
        matches!(refusal_of(&case), (CaseRecord::Objective(o), CaseRefusal::TooLong { field: "title", .. }) if o == id)
    );
}

#[test]
fn values_no_form_could_write_are_refused() {
    let good = demo_case();

    let mut case = good.clone();
    case.person.referral_date = Some(day(0, 1, 1));
    assert_eq!(
        refusal_of(&case),
        (CaseRecord::Person, CaseRefusal::DateOutOfRange { field: "referral_date", date: day(0, 1, 1) })
    );

    let mut case = good.clone();
    let plan = case.plan.as_mut().unwrap();
    let done = plan.actions.iter_mut().find(|a| a.done_on.is_some()).expect("a done action in the demo");
    done.done_on = None;
    let id = done.id;
    assert_eq!(refusal_of(&case), (CaseRecord::Action(id), CaseRefusal::DoneWithoutDate));

    let mut case = good.clone();
    let evaluation = case.path.as_mut().unwrap().evaluations.iter_mut().find(|e| !e.goals.is_empty()).unwrap();
    evaluation.goals[0].weight = 1e308;
    let date = evaluation.date;
    assert_eq!(
        refusal_of(&case),
        (
            CaseRecord::Evaluation(date),
            CaseRefusal::Rule(FieldError::Evaluation(
                parcours::domain::evaluation::EvaluationProblem::WeightOutOfRange
            ))
        )
    );
}

#[test]
fn revisions_and_positions_are_renumbered_so_the_case_can_be_written_again() {
    let mut case = demo_case();
    let domain = case.diagnosis[0].domain.clone();
    for e in case.diagnosis.iter_mut().filter(|e| e.domain == domain) {
        e.revision += i64::MAX - 10;
    }
    let plan = case.plan.as_mut().unwrap();
    for a in &mut plan.axes {
        a.position = -1_000 * a.position - 7;
    }
    let mut target = Store::open_in_memory().unwrap();
    let report = import_case(&mut target, &case).unwrap();
    let entries = target.all_entries(report.person_id).unwrap();
    let revisions: Vec<i64> = entries.iter().filter(|e| e.domain == domain).map(|e| e.revision).collect();
    assert_eq!(revisions, (1..=revisions.len() as i64).collect::<Vec<_>>());
    // The domain takes a new revision, as after any import.
    let mut next = entries.iter().rev().find(|e| e.domain == domain).unwrap().clone();
    next.situation = "Nouvelle situation.".into();
    target.save_entry(&next).unwrap();
    // Positions from 0, in the file's order: the last axis of the file comes first.
    let axes = target.plan(report.person_id).unwrap().axes;
    let positions: Vec<i64> = axes.iter().map(|a| a.position).collect();
    assert_eq!(positions, (0..axes.len() as i64).collect::<Vec<_>>());
    let titles: Vec<&str> = axes.iter().map(|a| a.title.as_str()).collect();
    let mut expected: Vec<&str> = case.plan.as_ref().unwrap().axes.iter().map(|a| a.title.as_str()).collect();
    expected.reverse();
    assert_eq!(titles, expected);
}

#[test]
fn characters_that_hide_text_are_removed_from_an_imported_case() {
    let mut case = demo_case();
    case.person.pseudonym = "M.\u{200B} R\u{FEFF}.\u{202E}".into();
    case.diagnosis[0].situation = "Vit\u{2028}seul\u{FFFE} depuis\u{00AD} 2020 👩\u{200D}⚕\u{FE0F}".into();
    let mut target = Store::open_in_memory().unwrap();
    let report = import_case(&mut target, &case).unwrap();
    assert_eq!(report.pseudonym, "M. R.");
    let entries = target.all_entries(report.person_id).unwrap();
    assert!(entries.iter().any(|e| e.situation == "Vit\nseul depuis 2020 👩\u{200D}⚕\u{FE0F}"), "{entries:?}");
}

#[test]
fn a_journal_entry_that_cleans_to_nothing_is_refused_by_name_like_the_form_would() {
    let mut case = demo_case();
    let path = case.path.as_mut().unwrap();
    path.journal[0].summary = "\u{7}\u{200b}".into();
    let day = path.journal[0].date;
    let (record, why) = refusal_of(&case);
    assert_eq!(record, CaseRecord::Journal(day));
    assert!(matches!(why, CaseRefusal::Rule(_)), "a rule of the form, not the database's: {why:?}");
}

#[test]
fn a_postponement_reason_of_invisible_characters_is_refused_by_name_before_anything_is_written() {
    let mut case = demo_case();
    let postponement = case.plan.as_mut().unwrap().postponements.first_mut().expect("a postponement in the demo");
    postponement.reason = "\u{7}\u{1b}".into();
    let action = postponement.action_id;
    assert_eq!(
        refusal_of(&case),
        (CaseRecord::Postponement(action), CaseRefusal::Rule(FieldError::Action(ActionProblem::ReasonEmpty)))
    );
}

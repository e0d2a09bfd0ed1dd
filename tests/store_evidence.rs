//! Evidence for the competencies in the store: tags on records of the demo, on a temporary database.

use parcours::domain::evidence::{Evidence, RecordRef};
use parcours::store::{Store, StoreError};

mod common;

use common::script::{demo_dir, open_store, today};

fn ids(store: &Store) -> (i64, i64) {
    let persons = store.persons(true).unwrap();
    let id = |name: &str| persons.iter().find(|p| p.pseudonym == name).unwrap().id;
    (id("M. R."), id("Inès, 19 ans"))
}

#[test]
fn a_record_is_tagged_once_per_competency_and_only_for_its_person() {
    let dir = demo_dir();
    let mut store = open_store(dir.path());
    let (mr, ines) = ids(&store);
    let before = store.evidence(None).unwrap().len();
    let objective = store.plan(mr).unwrap().objectives[0].id;
    let mut e = Evidence::new_draft(Some(mr), RecordRef::Objective(objective), 4, today());
    e.note = "L’objectif a un indicateur mesurable choisi avec lui.".into();
    let saved = store.save_evidence(&e).unwrap();
    assert!(saved.id > 0);
    assert_eq!(saved.note, e.note);
    assert_eq!(store.evidence(Some(mr)).unwrap().iter().filter(|x| x.id == saved.id).count(), 1);
    assert_eq!(store.evidence(None).unwrap().len(), before + 1);
    // Twice the same competency on the same record: refused; another competency: fine.
    assert!(matches!(store.save_evidence(&e), Err(StoreError::Invalid(_))));
    store.save_evidence(&Evidence { competency: 3, ..e.clone() }).unwrap();
    // M. R.'s objective is not Inès's evidence.
    assert!(matches!(
        store.save_evidence(&Evidence { person_id: Some(ines), ..e.clone() }),
        Err(StoreError::Invalid(_))
    ));
    // A competency outside C1–C8, free evidence without words: refused.
    assert!(matches!(store.save_evidence(&Evidence { competency: 9, ..e.clone() }), Err(StoreError::Invalid(_))));
    let free = Evidence::new_draft(None, RecordRef::Free, 1, today());
    assert!(matches!(store.save_evidence(&free), Err(StoreError::Invalid(_))));
    let free = Evidence { note: "Analyse de ma mission au DAC : cadre, public, limites.".into(), ..free };
    let free = store.save_evidence(&free).unwrap();
    assert_eq!((free.record, free.person_id), (RecordRef::Free, None));
    // Free evidence about the practice shows with every person's.
    assert!(store.evidence(Some(ines)).unwrap().iter().any(|x| x.id == free.id));
    // A record's evidence without its person: refused.
    assert!(matches!(store.save_evidence(&Evidence { person_id: None, ..e.clone() }), Err(StoreError::Invalid(_))));
}

#[test]
fn a_tag_is_rewritten_or_removed_and_the_record_stays() {
    let dir = demo_dir();
    let mut store = open_store(dir.path());
    let (mr, _) = ids(&store);
    let tie = store.ties(mr).unwrap()[0].id;
    let e = store.save_evidence(&Evidence::new_draft(Some(mr), RecordRef::Tie(tie), 6, today())).unwrap();
    let audit = store.audit_count().unwrap();
    let rewritten =
        store.save_evidence(&Evidence { note: "Le SAMSAH mobilisé".into(), competency: 7, ..e.clone() }).unwrap();
    assert_eq!((rewritten.competency, rewritten.note.as_str()), (7, "Le SAMSAH mobilisé"));
    // A tag does not move to another record.
    assert!(matches!(
        store.save_evidence(&Evidence { record: RecordRef::Tie(tie + 1000), ..rewritten.clone() }),
        Err(StoreError::Invalid(_))
    ));
    store.remove_evidence(e.id).unwrap();
    assert!(store.evidence(Some(mr)).unwrap().iter().all(|x| x.id != e.id));
    assert_eq!(store.ties(mr).unwrap()[0].id, tie, "the tie itself stays");
    assert_eq!(store.audit_count().unwrap(), audit + 2, "the rewrite and the removal are in the audit log");
    assert!(matches!(store.remove_evidence(e.id), Err(StoreError::NotFound)));
}

#[test]
fn the_demo_dpp_covers_c1_to_c7_and_still_misses_the_watch() {
    use parcours::domain::evidence::{Coverage, coverage};
    let dir = demo_dir();
    let mut store = open_store(dir.path());
    let all = store.evidence(None).unwrap();
    let of = |c: u8| all.iter().filter(|e| e.competency == c).collect::<Vec<_>>();
    for c in 1..=7 {
        assert!(!of(c).is_empty(), "C{c} has evidence");
        assert!(of(c).iter().all(|e| e.has_note()), "C{c}: every demo tag says why");
    }
    assert!(of(8).is_empty(), "C8 (veille) is the competency still missing");
    let solid = (1..=7).filter(|c| coverage(&of(*c)) == Coverage::Solid).count();
    assert!(solid >= 3, "several competencies are solid: {solid}");
    assert!((1..=7).any(|c| coverage(&of(c)) == Coverage::Some), "one is only partly covered");
    // C1 is the analysis of the mission: free notes belonging to no person.
    assert!(of(1).iter().all(|e| e.record == RecordRef::Free && e.person_id.is_none()));

    // Records that look like evidence are left for the screen to suggest.
    let keys: Vec<String> = parcours::domain::life_domain::default_domains().into_iter().map(|d| d.key).collect();
    let screen = parcours::app::screens::competencies::load(&store, None, &keys).unwrap();
    assert_eq!(screen.evidence.len(), all.len(), "every tag names a record that exists");
    assert!(!screen.candidates.is_empty(), "suggestions remain");
    assert!(screen.candidates.iter().any(|(c, _)| c.competency == 2));

    // A second load adds neither persons nor free notes.
    assert_eq!(parcours::demo::load(&mut store, today()).unwrap(), 0);
    assert_eq!(store.evidence(None).unwrap().len(), all.len());
}

#[test]
fn notes_the_program_wrote_are_emptied_on_migration_and_stop_counting_toward_solid() {
    use parcours::domain::evidence::{CandidateReason, Coverage, coverage};
    use parcours::i18n::{Lang, evidence::candidate_note};
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join(parcours::store::DB_FILE);
    let program = candidate_note(Lang::Fr, CandidateReason::ObjectiveWithIndicatorAndPartner);
    let english = candidate_note(Lang::En, CandidateReason::ObjectiveWithIndicatorAndPartner);
    {
        // A schema 5 base where `a` saved the suggestion's reason as the note, twice, next to one
        // note the candidate wrote.
        let mut conn = rusqlite::Connection::open(&db).unwrap();
        let v5: Vec<_> = [
            include_str!("../src/store/migrations/001_initial.sql"),
            include_str!("../src/store/migrations/002_plan.sql"),
            include_str!("../src/store/migrations/003_network.sql"),
            include_str!("../src/store/migrations/004_evaluation.sql"),
            include_str!("../src/store/migrations/005_evidence.sql"),
        ]
        .into_iter()
        .map(rusqlite_migration::M::up)
        .collect();
        rusqlite_migration::Migrations::new(v5).to_latest(&mut conn).unwrap();
        conn.execute_batch(
            "INSERT INTO person (id, pseudonym, pseudonym_key, created_at, updated_at)
                 VALUES (1, 'Mme A.', 'mme a.', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');",
        )
        .unwrap();
        for (id, note) in [(1, program), (2, english), (3, "Indicateur choisi avec elle, en ses mots.")] {
            conn.execute(
                "INSERT INTO evidence (person_id, record_kind, record_id, competency, note, day, created_at)
                 VALUES (1, 'objective', ?1, 4, ?2, '2026-02-01', '2026-02-01T00:00:00Z')",
                rusqlite::params![id, note],
            )
            .unwrap();
        }
        let before: Vec<Evidence> = (1..=3)
            .map(|i| Evidence {
                note: [program, english, "Indicateur choisi avec elle, en ses mots."][i - 1].to_string(),
                ..Evidence::new_draft(Some(1), RecordRef::Objective(i as i64), 4, today())
            })
            .collect();
        assert_eq!(coverage(&before.iter().collect::<Vec<_>>()), Coverage::Solid, "what the old rule counted");
    }
    let store = Store::open(dir.path()).unwrap();
    let all = store.evidence(Some(1)).unwrap();
    assert_eq!(all.len(), 3, "the evidence is kept");
    let notes: Vec<&str> = all.iter().map(|e| e.note.as_str()).collect();
    assert!(!notes.contains(&program) && !notes.contains(&english), "{notes:?}");
    assert!(notes.contains(&"Indicateur choisi avec elle, en ses mots."));
    assert_eq!(coverage(&all.iter().collect::<Vec<_>>()), Coverage::Some);
}

#[test]
fn the_demo_has_no_note_the_program_wrote() {
    use parcours::domain::evidence::CandidateReason;
    use parcours::i18n::{Lang, evidence::candidate_note};
    let dir = demo_dir();
    let store = open_store(dir.path());
    let reasons = [
        CandidateReason::CoBuiltWithWords,
        CandidateReason::AxisWithParticipation,
        CandidateReason::ObjectiveWithIndicatorAndPartner,
        CandidateReason::EvaluationWithSelfRating,
        CandidateReason::TieToCarrier,
        CandidateReason::Transmission,
    ];
    for e in store.evidence(None).unwrap() {
        for lang in [Lang::Fr, Lang::En] {
            assert!(reasons.iter().all(|r| candidate_note(lang, *r) != e.note), "{}", e.note);
        }
    }
    // The migration lists every one of them: a sentence reworded later was stored as it was then,
    // so the old wording stays in the list and the new one goes in a new migration.
    let sql = include_str!("../src/store/migrations/006_program_notes.sql");
    for lang in [Lang::Fr, Lang::En] {
        for r in reasons {
            assert!(sql.contains(&candidate_note(lang, r).replace('\'', "''")), "{}", candidate_note(lang, r));
        }
    }
}

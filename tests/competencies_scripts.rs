//! Key scripts of the « Compétences » screen through `App::handle_event` on the demo: a suggestion
//! accepted in one key, a record tagged from its tab with a note, a jump to the record, a tag
//! removed, free evidence about the practice.

use crossterm::event::KeyCode;
use parcours::app::form::{FieldId, FormKind};
use parcours::app::model::{PersonTab, Screen, StatusKind};
use parcours::app::runtime::App;
use parcours::app::screens::competencies::Item;
use parcours::app::screens::plan::PlanItem;
use parcours::domain::evidence::RecordRef;

mod common;

use common::script::*;

fn competency_screen(app: &mut App) {
    press(app, KeyCode::Char('c'));
    assert_eq!(app.model.screen, Screen::Competencies);
    assert!(screen_text(app).contains("Compétences du référent de parcours (RS6552)"));
}

/// Moves to competency `n` (1…8) in the list.
fn to_competency(app: &mut App, n: usize) {
    press(app, KeyCode::Home);
    for _ in 1..n {
        press(app, KeyCode::Down);
    }
    assert_eq!(app.model.competencies.selected, n - 1);
}

#[test]
fn a_suggestion_is_accepted_without_a_note_and_leads_to_its_record() {
    let sb = common::Sandbox::with_demo();
    let mut app = start(&sb.data());
    competency_screen(&mut app);
    to_competency(&mut app, 2);
    let before = app.store.evidence(None).unwrap().len();
    press(&mut app, KeyCode::Tab);
    // The first suggestion of C2 (after any evidence already there).
    let items = app.model.competencies.items();
    let first = items.iter().position(|i| matches!(i, Item::Candidate(..))).expect("the demo suggests C2 evidence");
    for _ in 0..first {
        press(&mut app, KeyCode::Down);
    }
    let Some(Item::Candidate(candidate, text)) = app.model.competencies.selected_item() else { panic!("a suggestion") };
    // « a » opens the tag form: the reason is a greyed hint, the note hers to write.
    press(&mut app, KeyCode::Char('a'));
    assert!(matches!(form_kind(&app), Some(FormKind::Evidence(..))));
    assert_eq!(focused_field(&app), Some(FieldId::EvidenceNote));
    assert_eq!(field_text(&app, FieldId::EvidenceNote), "");
    assert!(screen_text(&mut app).contains("Diagnostic co-construit"), "the hint is on screen");
    ctrl(&mut app, 's');
    assert_eq!(app.model.status.as_ref().map(|s| s.text.as_str()), Some("Preuve enregistrée pour C2."));
    let all = app.store.evidence(None).unwrap();
    assert_eq!(all.len(), before + 1);
    let saved = all.iter().find(|e| e.record == candidate.record && e.competency == 2).expect("stored");
    assert_eq!(saved.note, "", "nothing the candidate did not write");
    assert!(screen_text(&mut app).contains("sans note réflexive — à écrire"));
    // It is now evidence, no longer a suggestion; Enter opens the record where it lives.
    let items = app.model.competencies.items();
    assert!(items.iter().any(|i| matches!(i, Item::Evidence(e, _) if e.id == saved.id)));
    assert!(!items.iter().any(|i| matches!(i, Item::Candidate(c, _) if c.record == candidate.record)));
    let at = items.iter().position(|i| matches!(i, Item::Evidence(e, _) if e.id == saved.id)).unwrap();
    press(&mut app, KeyCode::Home);
    for _ in 0..at {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Enter);
    assert_eq!(app.model.screen, Screen::Person);
    let p = app.model.person.as_ref().unwrap();
    assert_eq!(Some(p.case.person.pseudonym.clone()), text.pseudonym);
    assert_eq!(p.tab, PersonTab::Diagnostic);
    assert_eq!(app.model.domains[p.domain].key, text.title, "the domain of the tagged revision is shown");
    // Échap comes back to the evidence she left, not to the file active.
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.model.screen, Screen::Competencies);
    let c = &app.model.competencies;
    assert_eq!((c.selected, c.in_items, c.item), (1, true, at));
    assert!(matches!(c.selected_item(), Some(Item::Evidence(e, _)) if e.id == saved.id));
    drop(app);

    // The DPP says the note is to write, in the language asked, never the program's sentence.
    let pseudonym = text.pseudonym.expect("a person's record");
    for (lang, to_write, program) in [
        ("fr", "Note réflexive à écrire.", "Diagnostic co-construit avec la personne"),
        ("en", "Reflective note still to write.", "Diagnosis co-built with the person"),
    ] {
        let output = sb.run(&["--lang", lang, "export", "dpp", "--person", &pseudonym, "--format", "md"]);
        let md = common::succeeded(&output);
        assert!(md.contains(to_write), "{lang}");
        assert!(!md.contains(program), "{lang}");
        assert!(!md.contains("Diagnostic co-construit"), "{lang}: no French program sentence either");
    }
}

#[test]
fn an_objective_is_tagged_from_the_plan_with_a_note_then_the_tag_is_removed() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    press(&mut app, KeyCode::Home);
    press(&mut app, KeyCode::Enter);
    let person = app.model.person.as_ref().unwrap().case.person.id;
    // She opens on her diagnostic; the plan is the next tab.
    press(&mut app, KeyCode::Tab);
    assert_eq!(app.model.person.as_ref().unwrap().tab, PersonTab::Plan);
    // Down to the first objective.
    for _ in 0..5 {
        if matches!(
            app.model.person.as_ref().map(|p| p.plan.selected_item(&p.case.plan)).unwrap(),
            Some(PlanItem::Objective(_))
        ) {
            break;
        }
        press(&mut app, KeyCode::Down);
    }
    let Some(PlanItem::Objective(objective)) =
        app.model.person.as_ref().map(|p| p.plan.selected_item(&p.case.plan)).unwrap()
    else {
        panic!("an objective is selected")
    };
    press(&mut app, KeyCode::Char('P'));
    assert!(matches!(form_kind(&app), Some(FormKind::Evidence(e, _)) if e.competency == 4));
    assert_eq!(focused_field(&app), Some(FieldId::EvidenceNote));
    type_text(&mut app, "J’ai écrit l’indicateur avec elle : elle saura dire si c’est atteint.");
    ctrl(&mut app, 's');
    assert!(app.model.overlay.is_none(), "{:?}", app.model.status);
    let tagged = app.store.evidence(Some(person)).unwrap();
    let e = tagged.iter().find(|e| e.record == RecordRef::Objective(objective) && e.competency == 4).expect("stored");
    assert!(e.note.starts_with("J’ai écrit l’indicateur"));
    // The same record, the same competency once more: said in words, the form stays with its text.
    press(&mut app, KeyCode::Char('P'));
    assert!(screen_text(&mut app).contains("Marquer comme preuve d’une compétence — objectif «"));
    type_text(&mut app, "Encore.");
    ctrl(&mut app, 's');
    let status = app.model.status.clone().unwrap();
    assert_eq!(status.kind, StatusKind::Error);
    assert!(status.text.starts_with("Cet enregistrement est déjà une preuve de C4"), "{}", status.text);
    assert_eq!(field_text(&app, FieldId::EvidenceNote), "Encore.");
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('o'));
    // Her competencies: the tag is there; x then « o » removes it, the objective stays.
    press(&mut app, KeyCode::Char('C'));
    assert_eq!(app.model.competencies.data.person, Some(person));
    to_competency(&mut app, 4);
    press(&mut app, KeyCode::Tab);
    let at =
        app.model.competencies.items().iter().position(|i| matches!(i, Item::Evidence(x, _) if x.id == e.id)).unwrap();
    for _ in 0..at {
        press(&mut app, KeyCode::Down);
    }
    press(&mut app, KeyCode::Char('x'));
    press(&mut app, KeyCode::Char('o'));
    assert!(app.store.evidence(Some(person)).unwrap().iter().all(|x| x.id != e.id));
    assert!(app.store.plan(person).unwrap().objective(objective).is_some());
    // Esc, Esc: back to her record.
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Esc);
    assert_eq!(app.model.screen, Screen::Person);
}

#[test]
fn free_evidence_about_the_mission_needs_its_words() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    competency_screen(&mut app);
    to_competency(&mut app, 1);
    press(&mut app, KeyCode::Char('n'));
    assert!(
        matches!(form_kind(&app), Some(FormKind::Evidence(e, _)) if e.record == RecordRef::Free && e.person_id.is_none())
    );
    ctrl(&mut app, 's');
    assert_eq!(app.model.status.as_ref().map(|s| s.kind), Some(StatusKind::Error));
    assert!(screen_text(&mut app).contains("Une preuve libre, c’est sa note"));
    tab_to(&mut app, FieldId::EvidenceNote);
    type_text(&mut app, "Le cadre du DAC : mission d’appui aux parcours complexes, public sans limite d’âge.");
    ctrl(&mut app, 's');
    assert!(app.model.overlay.is_none());
    let free: Vec<_> = app.store.evidence(None).unwrap().into_iter().filter(|e| e.record == RecordRef::Free).collect();
    assert!(free.iter().any(|e| e.competency == 1 && e.note.starts_with("Le cadre du DAC")));
    assert!(screen_text(&mut app).contains("preuve libre"));
}

#[test]
fn tab_goes_to_the_evidence_and_back_and_the_footer_says_where() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    competency_screen(&mut app);
    to_competency(&mut app, 2);
    let footer = |app: &mut App| screen_text(app).lines().last().unwrap_or("").to_string();
    assert!(footer(&mut app).contains("Tab Preuves"), "{}", footer(&mut app));
    press(&mut app, KeyCode::Tab);
    assert!(app.model.competencies.in_items, "Tab leads to the evidence");
    assert!(footer(&mut app).contains("Tab Liste"), "{}", footer(&mut app));
    press(&mut app, KeyCode::Tab);
    assert!(!app.model.competencies.in_items, "Tab again leads back to the list");
    assert!(footer(&mut app).contains("Tab Preuves"), "{}", footer(&mut app));
}

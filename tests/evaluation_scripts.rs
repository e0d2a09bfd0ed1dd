//! Key scripts of the journal and the evaluation through `App::handle_event`, on the demo in a
//! temporary folder: a note from any tab, the journal's filters, an evaluation that decides a
//! readjustment and rates a domain with a gap of perception. What was saved is read back from a
//! reopened database.

use crossterm::event::KeyCode;
use parcours::app::form::{FieldId, FormKind};
use parcours::app::model::{Overlay, PersonTab, StatusKind};
use parcours::app::runtime::App;
use parcours::domain::evaluation::GoalDecision;
use parcours::domain::journal::JournalKind;
use parcours::domain::plan::ObjectiveStatus;

mod common;

use common::script::*;

/// Moves a choice field with → until its code is `code`.
fn choose(app: &mut App, id: FieldId, code: &str) {
    tab_to(app, id);
    for _ in 0..12 {
        let current = match &app.model.overlay {
            Some(Overlay::Form(form)) => form.fields.iter().find(|f| f.id == id).map(|f| f.choice_code().to_string()),
            _ => None,
        };
        if current.as_deref() == Some(code) {
            return;
        }
        press(app, KeyCode::Right);
    }
    panic!("{id:?} never showed {code}");
}

#[test]
fn a_visit_noted_from_the_plan_lands_in_the_journal_with_its_partner() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let id = open_with_keys(&mut app, "M. R.");
    let before = app.store.journal(id).unwrap().len();
    go_to(&mut app, PersonTab::Plan);
    press(&mut app, KeyCode::Char('i'));
    assert!(matches!(form_kind(&app), Some(FormKind::Journal(_))), "i opens the quick note");
    // The cursor waits in the summary: she types at once.
    assert_eq!(focused_field(&app), Some(FieldId::Summary));
    type_text(&mut app, "Visite : il a repris le dépôt à mi-temps, fatigué mais content.");
    tab_to(&mut app, FieldId::Partners);
    ctrl(&mut app, 'k');
    type_text(&mut app, "cmp adultes");
    press(&mut app, KeyCode::Enter);
    let partner = field_text(&app, FieldId::Partners);
    assert!(!partner.is_empty(), "the finder put a partner's name in the field");
    tab_to(&mut app, FieldId::Time);
    type_text(&mut app, "9h10");
    ctrl(&mut app, 's');
    assert!(app.model.overlay.is_none(), "saved: {:?}", app.model.status);
    let status = app.model.status.clone().expect("a word is said");
    assert_eq!(status.kind, StatusKind::Success);
    assert!(status.text.starts_with("Journal\u{a0}: entrée du "), "{}", status.text);
    // The plan tab is still where she was; the journal shows the entry selected.
    assert_eq!(tab_of(&app), PersonTab::Plan);
    go_to(&mut app, PersonTab::Journal);
    let screen = screen_text(&mut app);
    assert!(screen.contains("fatigué mais content"), "{screen}");
    assert!(screen.contains(&partner), "the partner is named beside the entry: {screen}");
    drop(app);
    let store = open_store(dir.path());
    let journal = store.journal(id).unwrap();
    assert_eq!(journal.len(), before + 1);
    let saved = journal.iter().find(|e| e.summary.contains("mi-temps")).expect("stored");
    assert_eq!(saved.kind, JournalKind::HomeVisit);
    assert_eq!(saved.partners.len(), 1);
    assert_eq!(saved.time.map(|t| t.to_string()).as_deref(), Some("09:10:00"));
    // A home visit is a contact: the card counts from it.
    assert_eq!(store.person(id).unwrap().last_contact, Some(today()));
}

#[test]
fn a_note_with_a_bad_hour_and_no_words_keeps_everything_typed() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    open_with_keys(&mut app, "M. R.");
    press(&mut app, KeyCode::Char('i'));
    tab_to(&mut app, FieldId::Time);
    type_text(&mut app, "midi");
    ctrl(&mut app, 's');
    // Both faults are marked; the first one has the focus; nothing typed is lost.
    assert_eq!(focused_field(&app), Some(FieldId::Time));
    assert_eq!(field_text(&app, FieldId::Time), "midi");
    let screen = screen_text(&mut app);
    assert!(screen.contains("Heure attendue sous la forme 9h10 ou 14:30."), "{screen}");
    assert_eq!(app.model.status.as_ref().map(|s| s.kind), Some(StatusKind::Error));
}

#[test]
fn the_journal_search_takes_every_letter_and_escape_clears_it() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let id = open_with_keys(&mut app, "M. R.");
    go_to(&mut app, PersonTab::Journal);
    let total = app.store.journal(id).unwrap().len();
    assert!(total > 3, "the demo tells his path in the journal");
    press(&mut app, KeyCode::Char('/'));
    // « q » quits elsewhere: here it is a letter of the search.
    type_text(&mut app, "qzxw");
    assert!(!app.model.quit);
    let p = app.model.person.as_ref().unwrap();
    assert_eq!(p.journal.query.as_deref(), Some("qzxw"));
    assert!(p.journal.visible_on(&p.case.journal, Some(today())).is_empty());
    assert!(screen_text(&mut app).contains("Aucune entrée pour ces filtres."));
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('f'));
    let kind = app.model.person.as_ref().unwrap().journal.kind;
    assert_eq!(kind, Some(JournalKind::ALL[0]));
    let shown = {
        let p = app.model.person.as_ref().unwrap();
        p.journal.visible_on(&p.case.journal, Some(today())).len()
    };
    assert!(shown < total);
    // Esc lifts the filters first, then leaves the person.
    press(&mut app, KeyCode::Esc);
    assert_eq!(
        {
            let p = app.model.person.as_ref().unwrap();
            p.journal.visible_on(&p.case.journal, Some(today())).len()
        },
        total
    );
    assert_eq!(tab_of(&app), PersonTab::Journal);
}

#[test]
fn an_evaluation_decides_a_readjustment_and_points_out_a_gap_of_perception() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let id = open_with_keys(&mut app, "M. R.");
    go_to(&mut app, PersonTab::Evaluation);
    let before = app.store.evaluations(id).unwrap().len();
    press(&mut app, KeyCode::Char('n'));
    let Some(FormKind::Evaluation { goals, domains, .. }) = form_kind(&app).cloned() else {
        panic!("n opens the evaluation form")
    };
    assert!(!goals.is_empty(), "his open objectives are in the form");
    let readjusted = goals[0].objective_id;
    // Nothing evaluated yet: refused, the form stays.
    ctrl(&mut app, 's');
    assert!(matches!(form_kind(&app), Some(FormKind::Evaluation { .. })));
    assert_eq!(app.model.status.as_ref().map(|s| s.kind), Some(StatusKind::Error));
    choose(&mut app, FieldId::GoalLevel(0), "-1");
    choose(&mut app, FieldId::GoalDecision(0), "decision:readjust");
    let first_domain = &domains[0].1;
    choose(&mut app, FieldId::SelfRating(0), "8");
    choose(&mut app, FieldId::ReferentRating(0), "3");
    tab_to(&mut app, FieldId::PersonView);
    type_text(&mut app, "Le dépôt, c’est trop tôt le matin.");
    ctrl(&mut app, 's');
    // Saved, and the new objective is asked for at once.
    let Some(FormKind::Objective { readjusts, .. }) = form_kind(&app) else {
        panic!("the readjustment's form follows: {:?}", app.model.status)
    };
    assert_eq!(*readjusts, Some(readjusted));
    tab_to(&mut app, FieldId::ObjectiveTitle);
    clear_line(&mut app);
    type_text(&mut app, "Reprendre au dépôt l’après-midi");
    ctrl(&mut app, 's');
    assert!(app.model.overlay.is_none(), "{:?}", app.model.status);
    go_to(&mut app, PersonTab::Evaluation);
    let screen = screen_text(&mut app);
    assert!(screen.contains("écart de perception"), "{screen}");
    assert!(screen.contains(first_domain.as_str()), "{screen}");
    drop(app);
    let store = open_store(dir.path());
    let evaluations = store.evaluations(id).unwrap();
    assert_eq!(evaluations.len(), before + 1);
    let e = evaluations.iter().find(|e| e.person_view.contains("trop tôt")).expect("stored");
    assert_eq!(e.goals[0].decision, GoalDecision::Readjust);
    assert!(e.t_score.is_some_and(|t| t < 50.0), "a level below expected scores under 50: {:?}", e.t_score);
    let plan = store.plan(id).unwrap();
    assert_eq!(plan.objective(readjusted).map(|o| o.status), Some(ObjectiveStatus::Readjusted));
    let new = plan.objectives.iter().find(|o| o.replaces == Some(readjusted)).expect("the new objective");
    assert_eq!(new.title, "Reprendre au dépôt l’après-midi");
}

#[test]
fn hostile_text_in_a_note_is_kept_as_data_and_a_huge_paste_is_refused_in_words() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let id = open_with_keys(&mut app, "M. R.");
    press(&mut app, KeyCode::Char('i'));
    // Escape sequences, a bell, a bidi override: text, never terminal control. Emoji and combining
    // accents stay as typed.
    app.handle_event(crossterm::event::Event::Paste(
        "Appel\u{1b}[2J\u{7} du SSIAD \u{202e}inversé\u{202c} 👩‍⚕️ e\u{301}te\u{301}".into(),
    ));
    ctrl(&mut app, 's');
    assert!(app.model.overlay.is_none(), "{:?}", app.model.status);
    let saved = app.store.journal(id).unwrap().into_iter().find(|e| e.summary.contains("SSIAD")).unwrap();
    assert!(
        !saved.summary.contains('\u{1b}') && !saved.summary.contains('\u{7}') && !saved.summary.contains('\u{202e}')
    );
    assert!(saved.summary.contains("👩‍⚕️") && saved.summary.contains("e\u{301}te\u{301}"), "{:?}", saved.summary);
    let screen = screen_text(&mut app);
    assert!(!screen.contains('\u{1b}'));
    // A whole report pasted at once: refused with the reason, every word still in the form.
    press(&mut app, KeyCode::Char('i'));
    let report = "Compte rendu de la réunion de synthèse. ".repeat(2_000);
    app.handle_event(crossterm::event::Event::Paste(report));
    ctrl(&mut app, 's');
    assert!(matches!(form_kind(&app), Some(FormKind::Journal(_))));
    assert!(screen_text(&mut app).contains("Trop long pour le journal"));
    assert!(field_text(&app, FieldId::Summary).len() > 4_000, "the text is kept to be cut by her, not by the tool");
}

fn code_of(app: &App, id: FieldId) -> String {
    match &app.model.overlay {
        Some(Overlay::Form(form)) => form.fields.iter().find(|f| f.id == id).map(|f| f.choice_code().to_string()),
        _ => None,
    }
    .expect("the field is in the open form")
}

#[test]
fn a_choice_takes_its_first_letter_or_its_number_and_ctrl_u_clears_a_field() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    open_with_keys(&mut app, "M. R.");
    press(&mut app, KeyCode::Char('i'));
    type_text(&mut app, "Passage du soir.");
    // Ctrl-U empties the field that has the focus, and only it.
    ctrl(&mut app, 'u');
    assert_eq!(field_text(&app, FieldId::Summary), "");
    // Ctrl-Z gives it back.
    ctrl(&mut app, 'z');
    assert_eq!(field_text(&app, FieldId::Summary), "Passage du soir.");
    ctrl(&mut app, 'u');
    type_text(&mut app, "Appel de sa sœur.");
    tab_to(&mut app, FieldId::JournalKind);
    // One letter: « a » for « appel »; « r » is shared by « réunion de concertation », « rupture »
    // and « rendez-vous »: pressed again, it goes to the next of them.
    // A digit is the choice of that rank; a letter no choice starts with changes nothing.
    for (key, kind) in [
        ("a", JournalKind::Call),
        ("r", JournalKind::Concertation),
        ("r", JournalKind::Rupture),
        ("r", JournalKind::Appointment),
        ("3", JournalKind::Call),
        ("z", JournalKind::Call),
        ("v", JournalKind::HomeVisit),
    ] {
        type_text(&mut app, key);
        assert_eq!(code_of(&app, FieldId::JournalKind), kind.code(), "after {key}");
    }
    assert!(screen_text(&mut app).contains("visite à domicile"));
    press(&mut app, KeyCode::Esc);
    press(&mut app, KeyCode::Char('o'));
    assert!(app.model.overlay.is_none());

    // A rating takes the number typed, 10 in two keys; Ctrl-U leaves it not rated.
    go_to(&mut app, PersonTab::Evaluation);
    press(&mut app, KeyCode::Char('n'));
    tab_to(&mut app, FieldId::SelfRating(0));
    type_text(&mut app, "7");
    assert_eq!(code_of(&app, FieldId::SelfRating(0)), "7");
    type_text(&mut app, "10");
    assert_eq!(code_of(&app, FieldId::SelfRating(0)), "10");
    ctrl(&mut app, 'u');
    assert_eq!(code_of(&app, FieldId::SelfRating(0)), "");
    // The form's help names Ctrl-U.
    press(&mut app, KeyCode::F(1));
    let help = screen_text(&mut app);
    assert!(help.contains("Ctrl-U") && help.contains("Vider le champ"), "{help}");
    // q is a letter there and Ctrl-C asks before quitting: the help says so, not « q Quitter ».
    assert!(help.contains("Quitter (demande si la fiche a changé)"), "{help}");
    assert!(help.contains("Ctrl-Z") && help.contains("Défaire"), "{help}");
    assert!(!help.lines().any(|l| l.contains(" q ") && l.contains("Quitter")), "{help}");
    assert!(!help.contains("Palette"), "the palette's keys are typed in a form:\n{help}");
}

#[test]
fn a_partner_the_directory_lacks_is_refused_naming_the_finder_key_of_her_keymap() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let (keymap, problems) = parcours::app::keymap::Keymap::with_user_file("[form]\npick_code = [\"f3\"]\n");
    assert!(problems.is_empty());
    app.model.keymap = keymap;
    open_with_keys(&mut app, "M. R.");
    press(&mut app, KeyCode::Char('i'));
    type_text(&mut app, "Appel au service.");
    tab_to(&mut app, FieldId::Partners);
    type_text(&mut app, "Structure inconnue");
    ctrl(&mut app, 's');
    tab_to(&mut app, FieldId::Partners);
    let screen = screen_text(&mut app);
    assert!(screen.contains("(F3 pour choisir)"), "{screen}");
    assert!(!screen.contains("Ctrl-K"), "{screen}");
}

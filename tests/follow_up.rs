//! What the file active, the card, the plan and its export point out must be true today: no need
//! called unanswered when an achieved objective answered it, no evaluation announced for a closed
//! accompaniment, no « — » beside a silence alert, no consent before the referral.

mod common;

use common::Sandbox;
use common::script::{
    clear_line, ctrl, demo_dir, focused_field, go_to, open_pseudonym, open_store, open_with_keys, press, screen_text,
    start, tab_to, today, type_text,
};
use crossterm::event::KeyCode;
use parcours::app::form::FieldId;
use parcours::app::model::PersonTab;
use parcours::domain::plan::check::{PlanWarning, check};

#[test]
fn an_achieved_objective_answers_its_priority_need() {
    let dir = demo_dir();
    let store = open_store(dir.path());
    let id = store.find_person("M. R.").unwrap().id;
    let plan = store.plan(id).unwrap();
    let latest = store.latest_entries(id).unwrap();
    let unanswered: Vec<String> = check(&plan, &latest, today())
        .into_iter()
        .filter_map(|w| match w {
            PlanWarning::PriorityNeedUnaddressed(n) => Some(n.text),
            _ => None,
        })
        .collect();
    assert!(!unanswered.iter().any(|t| t.starts_with("Sécuriser le domicile")), "{unanswered:?}");
    // The file active counts the same gaps from SQL alone.
    let gaps = store.plan_gaps().unwrap();
    let counted = gaps.iter().find(|(p, _)| *p == id).map(|(_, g)| g.needs_unaddressed).unwrap_or(0);
    assert_eq!(counted, unanswered.len());

    // Nor does the printed plan list it among the needs without objective.
    let sb = Sandbox::with_demo();
    let md = common::succeeded(&sb.run(&["export", "plan", "--person", "M. R.", "--format", "md"]));
    let without = md.split("Besoins prioritaires sans objectif").nth(1).unwrap_or("");
    assert!(!without.lines().take(12).any(|l| l.contains("Sécuriser le domicile")), "{md}");
}

#[test]
fn a_closed_accompaniment_announces_no_next_evaluation() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    open_with_keys(&mut app, "Nathan, 9 ans");
    go_to(&mut app, PersonTab::Card);
    assert_eq!(app.model.person.as_ref().unwrap().case.person.status, parcours::domain::person::PersonStatus::Closed);
    let card = screen_text(&mut app);
    assert!(!card.contains("prochaine le"), "{card}");
    assert!(!card.contains("évaluation à prévoir"), "{card}");
    go_to(&mut app, PersonTab::Evaluation);
    let screen = screen_text(&mut app);
    assert!(screen.contains("Prochaine évaluation\u{a0}: aucune, l’accompagnement est clos"), "{screen}");
}

#[test]
fn a_person_never_contacted_says_so_beside_the_silence_alert() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut store = open_store(dir.path());
        let mut p = parcours::domain::person::Person::new_draft(today());
        p.pseudonym = "Mme S.".into();
        p.referral_date = Some(today() - chrono::Days::new(309));
        p.last_contact = None;
        store.insert_person(&p).unwrap();
    }
    let mut app = start(dir.path());
    open_with_keys(&mut app, "Mme S.");
    go_to(&mut app, PersonTab::Card);
    let card = screen_text(&mut app);
    assert!(card.contains("aucun depuis l’orientation, il y a 309\u{a0}j"), "{card}");
    assert!(card.contains("309 j sans contact"), "{card}");
    assert!(!card.lines().any(|l| l.contains("Dernier contact") && l.contains('—')), "{card}");
}

#[test]
fn consent_before_the_referral_is_refused_in_the_form() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "Mme W.");
    tab_to(&mut app, FieldId::ReferralDate);
    clear_line(&mut app);
    type_text(&mut app, "01/10/2026");
    tab_to(&mut app, FieldId::ConsentDate);
    type_text(&mut app, "30/09/2026");
    ctrl(&mut app, 's');
    assert_eq!(focused_field(&app), Some(FieldId::ConsentDate));
    assert!(screen_text(&mut app).contains("L’accord précède la date d’orientation."));
    assert!(open_store_fails_or_lacks(&app, "Mme W."));
    clear_line(&mut app);
    type_text(&mut app, "01/10/2026");
    ctrl(&mut app, 's');
    assert_eq!(open_pseudonym(&app).as_deref(), Some("Mme W."));
}

/// Nothing was saved: the file active does not list her.
fn open_store_fails_or_lacks(app: &parcours::app::runtime::App, pseudonym: &str) -> bool {
    !app.model.rows.iter().any(|r| r.person.pseudonym == pseudonym)
}

#[test]
fn dates_typed_short_are_written_out_as_the_field_is_left() {
    use parcours::domain::date::format_fr;
    let dir = demo_dir();
    let mut app = start(dir.path());
    press(&mut app, KeyCode::Char('n'));
    type_text(&mut app, "Mme V.");
    tab_to(&mut app, FieldId::ReferralDate);
    clear_line(&mut app);
    type_text(&mut app, "-2s");
    press(&mut app, KeyCode::Tab);
    let referral = today() - chrono::Days::new(14);
    assert_eq!(common::script::field_text(&app, FieldId::ReferralDate), format_fr(referral));
    tab_to(&mut app, FieldId::ConsentDate);
    type_text(&mut app, "hier");
    // Saved straight from the field: the shortcut is understood all the same.
    ctrl(&mut app, 's');
    assert_eq!(open_pseudonym(&app).as_deref(), Some("Mme V."), "{:?}", app.model.status);
    drop(app);
    let p = open_store(dir.path()).find_person("Mme V.").unwrap();
    assert_eq!(p.referral_date, Some(referral));
    assert_eq!(p.consent_date, today().pred_opt());
}

#[test]
fn the_file_active_orders_by_silence_deadline_and_alerts_and_marks_silence_at_every_width() {
    let dir = demo_dir();
    let mut app = start(dir.path());
    let first = |app: &parcours::app::runtime::App| common::script::selected_pseudonym(app).unwrap_or_default();
    let screen = screen_text(&mut app);
    assert!(!screen.contains("· par "), "{screen}");
    // M. K. has not been seen for more than sixty days: at full width too, the contact column says so.
    let line = screen.lines().find(|l| l.contains("M. K.")).unwrap();
    assert!(line.contains("actif     ⚠ ") && line.contains(" j  "), "{line}");
    assert!(!line.contains("sans contact"), "said once, in its column: {line}");
    let narrow = parcours::render::to_text(&parcours::commands::scene::draw(&mut app, 80, 24));
    assert!(narrow.lines().any(|l| l.contains("M. K.") && l.contains("actif    ⚠ ")), "{narrow}");

    press(&mut app, KeyCode::Char('o'));
    assert!(screen_text(&mut app).contains("· par dernier contact "));
    assert_eq!(first(&app), "M. K.", "the longest silence first");
    // Those followed now first (a closed accompaniment calls for nobody), each group by silence.
    let silence = |app: &parcours::app::runtime::App, i: usize| {
        let row = &app.model.rows[app.model.visible_rows()[i]];
        let followed = row.person.status == parcours::domain::person::PersonStatus::Active;
        (!followed, row.person.last_contact.or(row.person.referral_date))
    };
    let last = app.model.visible_rows().len() - 1;
    assert!(silence(&app, last).0, "the closed and paused ones come last");
    assert!((1..app.model.visible_rows().len()).all(|i| silence(&app, i - 1) <= silence(&app, i)));

    press(&mut app, KeyCode::Char('o'));
    assert!(screen_text(&mut app).contains("· par échéance "));
    let due: Vec<_> = app.model.visible_rows().iter().map(|i| app.model.rows[*i].next_deadline).collect();
    let followed: Vec<_> = due.iter().take_while(|d| d.is_some()).collect();
    assert!(followed.windows(2).all(|w| w[0] <= w[1]), "{due:?}");

    press(&mut app, KeyCode::Char('o'));
    assert!(screen_text(&mut app).contains("· par alertes "));
    let counts: Vec<usize> = app.model.visible_rows().iter().map(|i| app.model.rows[*i].alerts.len()).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");

    press(&mut app, KeyCode::Char('o'));
    assert!(!screen_text(&mut app).contains("· par "), "back to the pseudonyms");
}

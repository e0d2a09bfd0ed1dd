//! Whole-screen snapshots of « Compétences » (the whole practice, one person, a suggestion
//! selected) and of « Données identifiantes », at 80×24 and 120×36, from the demo on the fixed
//! screenshot day; plus what must be on them whatever their size.

use crossterm::event::KeyCode;
use parcours::app::model::Screen;
use parcours::app::runtime::App;
use parcours::app::screens::competencies::Item;
use parcours::commands::scene::{key, show};
use parcours::domain::competency;
use parcours::i18n::Lang;

mod common;

use common::screens::*;

fn snap(name: &str, app: &mut App) {
    for (w, h) in SIZES {
        let text = text_at(app, w, h);
        check_size(name, &text, w, h);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), text);
    }
}

#[test]
fn the_whole_practice_with_c8_missing() {
    let mut app = demo_app_in(Lang::Fr);
    assert!(show(&mut app, "competences", None));
    assert_eq!(app.model.screen, Screen::Competencies);
    snap("competences", &mut app);
    for (w, h) in SIZES {
        let text = text_at(&mut app, w, h);
        for c in competency::all() {
            assert!(text.contains(c.code), "{} listed at {w}×{h}", c.code);
        }
        assert!(text.contains("5 solides sur 8 · 2 en partie · sans preuve\u{a0}: C8"), "{text}");
        assert!(text.contains("⚠C8"), "the missing competency in the warning style's mark:\n{text}");
    }
    // C8's page says what is missing, its wording verbatim.
    for _ in 0..7 {
        app.dispatch(key(KeyCode::Down));
    }
    let text = text_at(&mut app, 120, 36);
    assert!(text.contains("Organiser une veille stratégique (réglementaire, législative"), "{text}");
    assert!(text.contains("Ce qui manque\u{a0}: aucune preuve"), "{text}");
}

#[test]
fn one_persons_competencies_with_a_suggestion_selected() {
    let mut app = demo_app_in(Lang::Fr);
    let id = id_of(&app, "Inès, 19 ans");
    assert!(show(&mut app, "competences", Some(id)));
    assert_eq!(app.model.competencies.data.person, Some(id));
    // The first competency with a suggestion for her, its first suggestion selected.
    let with_suggestion = (0..8).find(|i| {
        app.model.competencies.selected = *i;
        app.model.competencies.items().iter().any(|x| matches!(x, Item::Candidate(..)))
    });
    let c = with_suggestion.expect("the demo leaves Inès's records to suggest");
    app.model.competencies.selected = c;
    app.dispatch(key(KeyCode::Tab));
    let first = app.model.competencies.items().iter().position(|x| matches!(x, Item::Candidate(..))).unwrap();
    for _ in 0..first {
        app.dispatch(key(KeyCode::Down));
    }
    assert!(matches!(app.model.competencies.selected_item(), Some(Item::Candidate(..))));
    let text = text_at(&mut app, 120, 36);
    assert!(text.contains("Inès, 19 ans") && text.contains("Suggestions (a : retenir)"), "{text}");
    snap("competences_ines_suggestion", &mut app);
}

#[test]
fn identifying_data_of_the_demo() {
    let mut app = demo_app_in(Lang::Fr);
    assert!(show(&mut app, "donnees-identifiantes", None));
    assert_eq!(app.model.screen, Screen::Findings);
    snap("donnees_identifiantes_demo", &mut app);
    assert!(text_at(&mut app, 80, 24).contains("Aucune donnée identifiante trouvée"));
}

#[test]
fn competencies_in_english_keep_the_certifications_words() {
    let mut app = demo_app_in(Lang::En);
    assert!(show(&mut app, "competences", None));
    let text = text_at(&mut app, 120, 36);
    assert!(text.contains("Competencies of the case manager (RS6552)"), "{text}");
    assert!(text.contains("5 solid out of 8 · 2 partly shown · no evidence: C8"), "{text}");
    assert!(text.contains("Analyser les missions"), "the wording stays verbatim: {text}");
}

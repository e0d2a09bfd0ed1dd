//! Whole-screen snapshots of the « Évaluation » and « Journal » tabs and of their forms, at 80×24
//! and 120×36, from the demo on the fixed screenshot day; plus what must be readable in them
//! whatever their size: the T-score, the gap of perception, the sensitive mark, English.

use crossterm::event::KeyCode;
use parcours::app::model::PersonTab;
use parcours::app::runtime::App;
use parcours::commands::scene::{key, show};
use parcours::i18n::Lang;
use parcours::i18n::evaluation::decimal;

mod common;

use common::screens::*;

/// Snapshots the app's screen at both sizes, checking first that the text is the screen's size.
fn snap(name: &str, app: &mut App) {
    for (w, h) in SIZES {
        let text = text_at(app, w, h);
        check_size(name, &text, w, h);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), text);
    }
}

fn on(screen: &str, pseudonym: &str, lang: Lang) -> App {
    let mut app = demo_app_in(lang);
    let id = id_of(&app, pseudonym);
    assert!(show(&mut app, screen, Some(id)));
    app
}

#[test]
fn evaluation_tab_of_m_r() {
    let mut app = on("evaluation", "M. R.", Lang::Fr);
    snap("evaluation_m_r", &mut app);
    let p = app.model.person.as_ref().unwrap();
    assert_eq!(p.tab, PersonTab::Evaluation);
    let latest =
        p.evaluation.scores(&p.case.evaluations).last().map(|(_, t)| decimal(Lang::Fr, *t, 1)).expect("scored");
    for (w, h) in SIZES {
        let text = text_at(&mut app, w, h);
        assert!(
            text.contains(&format!("Score T (GAS) — {latest}")),
            "the last T-score as a number at {w}×{h}:\n{text}"
        );
        assert!(text.contains("Mobilité"), "the domain with a gap is listed at {w}×{h}");
        assert!(text.contains("⚠ +4"), "the gap of perception is pointed out at {w}×{h}:\n{text}");
    }
    assert!(text_at(&mut app, 120, 36).contains("écart de perception"));
}

#[test]
fn the_timeline_zooms_out_to_the_whole_path() {
    let mut app = on("evaluation", "M. R.", Lang::Fr);
    app.dispatch(key(KeyCode::Char('-')));
    app.dispatch(key(KeyCode::Char('-')));
    let text = text_at(&mut app, 120, 36);
    assert!(text.contains("tout le parcours"), "{text}");
    // The whole path starts with his orientation from the hospital.
    assert!(text.contains("24/04/2026"), "{text}");
    snap("evaluation_whole_path_m_r", &mut app);
}

#[test]
fn evaluation_form_of_m_r() {
    let mut app = on("evaluation", "M. R.", Lang::Fr);
    app.dispatch(key(KeyCode::Char('n')));
    for _ in 0..4 {
        app.dispatch(key(KeyCode::Tab));
    }
    app.dispatch(key(KeyCode::Right));
    app.dispatch(key(KeyCode::Right));
    let text = text_at(&mut app, 120, 36);
    assert!(text.contains("Évaluation avec la personne"), "{text}");
    assert!(text.contains("Dernier niveau"), "the last level is recalled under the level: {text}");
    snap("evaluation_form_m_r", &mut app);
}

#[test]
fn journal_tab_of_m_r() {
    let mut app = on("journal", "M. R.", Lang::Fr);
    snap("journal_m_r", &mut app);
    for (w, h) in SIZES {
        let text = text_at(&mut app, w, h);
        assert!(text.contains("⊘"), "a sensitive entry is marked at {w}×{h}:\n{text}");
        assert!(text.contains("Journal du parcours"), "{text}");
    }
}

#[test]
fn journal_form_from_the_journal() {
    let mut app = on("journal", "Inès, 19 ans", Lang::Fr);
    app.dispatch(key(KeyCode::Char('i')));
    let text = text_at(&mut app, 120, 36);
    assert!(text.contains("Noter au journal") && text.contains("Ce qui s’est passé"), "{text}");
    snap("journal_form", &mut app);
}

#[test]
fn evaluation_and_journal_in_english() {
    let mut app = on("evaluation", "M. R.", Lang::En);
    let text = text_at(&mut app, 120, 36);
    for words in ["T-score (GAS)", "Timeline of the path", "perception gap", "Next evaluation"] {
        assert!(text.contains(words), "« {words} »:\n{text}");
    }
    assert!(!text.contains("Frise"), "{text}");
    let mut app = on("journal", "M. R.", Lang::En);
    let text = text_at(&mut app, 120, 36);
    assert!(text.contains("Journal of the path") && text.contains("home visit"), "{text}");
}

#[test]
fn a_very_long_word_wraps_in_the_form_instead_of_vanishing_at_the_border() {
    let mut app = on("journal", "M. R.", Lang::Fr);
    app.dispatch(key(KeyCode::Char('i')));
    // 300 characters, each run of twelve found once: « 000001002003… ».
    let word: String = (0..100).map(|i| format!("{i:03}")).collect();
    app.dispatch(parcours::app::msg::Msg::Paste(word.clone()));
    for (w, h) in SIZES {
        let text = text_at(&mut app, w, h);
        check_size("long word", &text, w, h);
        // Its start and its end on screen (a word cut at the border shows only its start).
        for part in [&word[..12], &word[288..]] {
            assert!(text.contains(part), "« {part} » on screen at {w}×{h}:\n{text}");
        }
    }
}

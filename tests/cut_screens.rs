//! Text that does not fit its column is cut with « … », and columns take the room there is: the
//! plan's titles, the evaluation's objectives, the help's rules, the competencies' summary, the
//! days since the last contact. Drawn from the demo on the fixed screenshot day, at both sizes.

use chrono::Days;
use crossterm::event::KeyCode;
use parcours::app::action::Action;
use parcours::app::msg::Msg;
use parcours::app::runtime::App;
use parcours::commands::scene::{key, screenshot_day, show};
use parcours::domain::alerts::Alert;
use parcours::i18n::{Lang, Text, tr};

mod common;

use common::screens::{SIZES, check_size, demo_app_in, id_of, text_at};

fn demo_app() -> App {
    demo_app_in(Lang::Fr)
}

/// The words of a screen, frames and runs of spaces aside: a text wrapped over several lines of
/// an overlay reads as one.
fn words(text: &str) -> String {
    text.replace(['│', '┌', '┐', '└', '┘', '─'], " ").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `title` is on screen whole, or its first `at_least` characters followed by « … ».
fn whole_or_cut(text: &str, title: &str, at_least: usize) -> bool {
    if text.contains(title) {
        return true;
    }
    let chars: Vec<char> = title.chars().collect();
    (at_least..chars.len()).any(|n| text.contains(&format!("{}…", chars[..n].iter().collect::<String>())))
}

#[test]
fn the_plans_titles_take_the_room_there_is_and_say_when_they_are_cut() {
    let mut app = demo_app();
    let id = id_of(&app, "M. R.");
    assert!(show(&mut app, "projet", Some(id)));
    let plan = app.model.person.as_ref().unwrap().case.plan.clone();
    for (w, h) in SIZES {
        let text = text_at(&mut app, w, h);
        check_size("projet", &text, w, h);
        // An objective has no carrier: its title takes that column too, whole at both sizes here.
        assert!(text.contains("◎ Tenir le plan d’apurement jusqu’à son terme"), "at {w}×{h}:\n{text}");
        // An axis heads the lines below it: its title takes the whole line.
        assert!(
            text.contains("▸ Axe 1 · Rester chez lui\u{a0}: garder le logement, tenir le budget, vivre en s"),
            "at {w}×{h}:\n{text}"
        );
        let tree: String = text.lines().take(h as usize - 4).collect::<Vec<_>>().join("\n");
        for a in plan.actions.iter().filter(|a| tree.contains(&a.what.chars().take(12).collect::<String>())) {
            assert!(whole_or_cut(&tree, &a.what, 20), "« {} » cut without « … » at {w}×{h}:\n{tree}", a.what);
        }
    }
}

#[test]
fn the_evaluations_objectives_are_named_at_length() {
    let mut app = demo_app();
    let id = id_of(&app, "M. R.");
    assert!(show(&mut app, "evaluation", Some(id)));
    app.dispatch(key(KeyCode::Char('n')));
    let title = "Tenir le plan d’apurement jusqu’à son terme";
    let text = text_at(&mut app, 120, 36);
    assert!(text.contains(title), "whole at 120 columns:\n{text}");
    let text = text_at(&mut app, 80, 24);
    assert!(whole_or_cut(&text, title, 28), "28 characters and « … » at 80 columns:\n{text}");
}

#[test]
fn the_help_wraps_its_rules_instead_of_cutting_them() {
    let mut app = demo_app();
    app.dispatch(Msg::Action(Action::Help));
    // Tall enough to show the symbols at the end of the help without scrolling.
    let text = text_at(&mut app, 80, 90);
    for t in
        [Text::SymbolComplete, Text::SymbolPartial, Text::SymbolNotExplored, Text::SymbolAlert, Text::SymbolNoAlert]
    {
        let rule = tr(Lang::Fr, t);
        assert!(words(&text).contains(rule), "« {rule} » whole:\n{text}");
    }
}

#[test]
fn the_competencies_summary_is_said_whole() {
    let mut app = demo_app();
    app.dispatch(Msg::Action(Action::Competencies));
    for (w, h) in SIZES {
        let text = text_at(&mut app, w, h);
        check_size("competences", &text, w, h);
        assert!(words(&text).contains("chacune des huit compétences doit être démontrée."), "at {w}×{h}:\n{text}");
    }
}

#[test]
fn a_long_silence_keeps_its_unit() {
    let mut app = demo_app();
    let day = screenshot_day() - Days::new(1262);
    let row = app.model.rows.iter_mut().find(|r| r.person.pseudonym == "Mme D.").expect("Mme D. in the demo");
    row.person.last_contact = Some(day);
    row.alerts.retain(|a| !matches!(a, Alert::NoContact(_)));
    row.alerts.push(Alert::NoContact(1262));
    for (w, h) in SIZES {
        let text = text_at(&mut app, w, h);
        check_size("file-active", &text, w, h);
        assert!(text.contains("1262 j"), "at {w}×{h}:\n{text}");
        insta::assert_snapshot!(format!("file_active_long_silence_{w}x{h}"), text);
    }
}

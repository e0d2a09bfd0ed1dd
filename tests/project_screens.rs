//! Whole-screen snapshots of the « Projet » tab (tree, details, « qui fait quoi », « échéancier »),
//! the « Échéances » screen and the plan's forms, at 80×24 and 120×36, drawn from the demo on the
//! fixed screenshot day. Plus: late items marked « ⚠ », nothing wider than the terminal, themes.

use crossterm::event::KeyCode;
use parcours::app::form::{FieldId, FormKind};
use parcours::app::model::{Confirm, Overlay, PersonTab, Screen};
use parcours::app::runtime::App;
use parcours::app::screens::plan::{PlanItem, PlanView};
use parcours::commands::scene::{self, ctrl, draw, key, screenshot_day, show, type_text};
use parcours::domain::life_domain::default_domains;
use parcours::domain::person::Person;
use parcours::i18n::Lang;
use parcours::render::to_text;
use parcours::store::Store;
use parcours::theme::{self, Theme};
use ratatui::buffer::Buffer;
use ratatui::style::Color;
use unicode_width::UnicodeWidthStr;

mod common;

use common::screens::{SIZES, demo_store, id_of, text_at};

fn app_with(store: Store, theme: Theme) -> App {
    scene::app(store, screenshot_day(), Lang::Fr, default_domains(), theme)
}

fn demo_app() -> App {
    app_with(demo_store(), Theme::default_theme())
}

/// Snapshots the app's screen at both sizes, checking first that the text is the screen's size.
fn snap(name: &str, app: &mut App) {
    for (w, h) in SIZES {
        let text = to_text(&draw(app, w, h));
        assert_eq!(text.lines().count(), h as usize, "{name} at {w}×{h}");
        for line in text.lines() {
            assert!(line.width() <= w as usize, "{name} at {w}×{h}: line too wide: {line:?}");
        }
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), text);
    }
}

/// The « Projet » tab of M. R., on the tree, the first axis selected.
fn project_of_m_r() -> App {
    let mut app = demo_app();
    let id = id_of(&app, "M. R.");
    assert!(show(&mut app, "projet", Some(id)));
    app
}

fn rows(app: &App) -> Vec<PlanItem> {
    let p = app.model.person.as_ref().expect("a person is open");
    p.plan.rows(&p.case.plan)
}

fn selected(app: &App) -> Option<PlanItem> {
    app.model.person.as_ref().and_then(|p| p.plan.selected_item(&p.case.plan))
}

/// Moves the selection down with the arrow key until the first row that `wanted` accepts.
fn select_first(app: &mut App, wanted: impl Fn(&App, PlanItem) -> bool) -> PlanItem {
    app.dispatch(key(KeyCode::Home));
    for _ in 0..rows(app).len() {
        if let Some(item) = selected(app)
            && wanted(app, item)
        {
            return item;
        }
        app.dispatch(key(KeyCode::Down));
    }
    panic!("no row of the tree fits");
}

fn focused_field(app: &App) -> Option<FieldId> {
    match &app.model.overlay {
        Some(Overlay::Form(form)) => form.fields.get(form.focus).map(|f| f.id),
        _ => None,
    }
}

fn tab_to(app: &mut App, id: FieldId) {
    for _ in 0..20 {
        if focused_field(app) == Some(id) {
            return;
        }
        app.dispatch(key(KeyCode::Tab));
    }
    panic!("{id:?} never got the focus");
}

#[test]
fn tree_of_m_r_on_an_axis() {
    let mut app = project_of_m_r();
    let p = app.model.person.as_ref().unwrap();
    assert_eq!(p.tab, PersonTab::Plan);
    assert_eq!(p.plan.view, PlanView::Tree);
    assert!(matches!(selected(&app), Some(PlanItem::Axis(_))));
    snap("projet_m_r_axe", &mut app);
    let text = text_at(&mut app, 120, 36);
    assert!(text.contains("Axe 1 ·"), "{text}");
    assert!(text.contains("Pourquoi cet axe"), "the axis's details:\n{text}");
    assert!(text.contains("Points d’attention"), "{text}");
}

#[test]
fn tree_with_an_objective_selected_shows_its_gas_scale() {
    let mut app = project_of_m_r();
    let item = select_first(&mut app, |app, item| match item {
        PlanItem::Objective(id) => {
            let p = app.model.person.as_ref().unwrap();
            p.case.plan.objective(id).is_some_and(|o| o.gas.is_written())
        }
        _ => false,
    });
    let PlanItem::Objective(id) = item else { unreachable!() };
    let objective = app.model.person.as_ref().unwrap().case.plan.objective(id).unwrap().clone();
    snap("projet_m_r_objectif", &mut app);
    let text = text_at(&mut app, 120, 36);
    assert!(text.contains("Objectif ·"), "{text}");
    assert!(text.contains("Indicateur"), "{text}");
    assert!(text.contains("Échelle d’atteinte (GAS)"), "{text}");
    // Written with a true minus sign (issue 12: « −1 everywhere, not -1 »).
    let baseline = parcours::domain::gas::signed(i64::from(objective.gas.baseline));
    assert!(text.contains(&format!("▸{baseline:>2} ")), "the baseline is marked:\n{text}");
    assert!(!text.contains("▸-"), "no hyphen for a minus:\n{text}");
    // Drawn taller, the whole scale shows, its levels one under the other.
    let text = text_at(&mut app, 120, 50);
    let mut columns = Vec::new();
    for (level, words) in (-2..=2).zip(&objective.gas.levels) {
        let first_word = words.split_whitespace().next().unwrap();
        let needle = format!("{:>2} {first_word}", parcours::domain::gas::signed(level));
        let line = text.lines().find(|l| l.contains(&needle)).unwrap_or_else(|| panic!("{needle}:\n{text}"));
        let at = line.find(&needle).unwrap();
        columns.push(line[..at].width());
    }
    assert!(columns.windows(2).all(|w| w[0] == w[1]), "GAS levels aligned: {columns:?}\n{text}");
}

#[test]
fn tree_with_a_postponed_action_shows_its_postponements() {
    let mut app = project_of_m_r();
    let item = select_first(&mut app, |app, item| match item {
        PlanItem::Action(id) => !app.store.postponements(id).unwrap().is_empty(),
        _ => false,
    });
    let PlanItem::Action(id) = item else { unreachable!() };
    let journal = app.store.postponements(id).unwrap();
    assert_eq!(app.model.person.as_ref().unwrap().plan.postponements, journal, "loaded with the selection");
    snap("projet_m_r_action_reportee", &mut app);
    let text = text_at(&mut app, 120, 36);
    assert!(text.contains("Action ·"), "{text}");
    assert!(text.contains("Reports"), "{text}");
    let first = &journal[0];
    let arrow = format!("→ {}", parcours::domain::date::format_fr(first.to));
    assert!(text.contains(&arrow), "{arrow} in:\n{text}");
}

#[test]
fn who_does_what_of_m_r() {
    let mut app = demo_app();
    let id = id_of(&app, "M. R.");
    assert!(show(&mut app, "qui-fait-quoi", Some(id)));
    snap("qui_fait_quoi_m_r", &mut app);
    let text = text_at(&mut app, 120, 36);
    assert!(text.contains("Qui fait quoi"), "{text}");
    assert!(text.contains("la personne ("), "the person's group first:\n{text}");
    assert!(text.contains("le référent ("), "{text}");
    let person_at = text.find("la personne (").unwrap();
    let referent_at = text.find("le référent (").unwrap();
    assert!(person_at < referent_at, "the person before the référent");
}

#[test]
fn schedule_of_m_r() {
    let mut app = demo_app();
    let id = id_of(&app, "M. R.");
    assert!(show(&mut app, "echeancier", Some(id)));
    snap("echeancier_m_r", &mut app);
    let text = text_at(&mut app, 120, 36);
    assert!(text.contains("Échéancier"), "{text}");
    assert!(text.contains("⚠"), "late items first, marked:\n{text}");
}

#[test]
fn deadlines_of_the_file_active() {
    let mut app = demo_app();
    assert!(show(&mut app, "echeances", None));
    assert_eq!(app.model.screen, Screen::Deadlines);
    assert!(!app.model.deadlines.rows.is_empty());
    snap("echeances", &mut app);
    let text = text_at(&mut app, 120, 36);
    assert!(text.contains("Échéances de la file active"), "{text}");
    assert!(text.contains("⚠"), "{text}");
    assert!(text.contains("M. R."), "{text}");
}

#[test]
fn an_empty_plan_says_how_to_start() {
    let mut store = demo_store();
    let p = Person { pseudonym: "Mme Z.".into(), dispositif: "PCPE".into(), ..Person::new_draft(screenshot_day()) };
    let id = store.insert_person(&p).unwrap();
    assert!(store.plan(id).unwrap().axes.is_empty());
    let mut app = app_with(store, Theme::default_theme());
    assert!(show(&mut app, "projet", Some(id)));
    assert!(rows(&app).is_empty());
    snap("projet_vide", &mut app);
    for (w, h) in SIZES {
        let text = text_at(&mut app, w, h);
        assert!(text.contains("N\u{a0}: écrire le premier axe"), "at {w}×{h}:\n{text}");
    }
}

#[test]
fn objective_form() {
    let mut app = project_of_m_r();
    assert!(matches!(selected(&app), Some(PlanItem::Axis(_))));
    app.dispatch(key(KeyCode::Char('n')));
    assert!(matches!(
        &app.model.overlay,
        Some(Overlay::Form(f)) if matches!(&f.kind, FormKind::Objective { readjusts: None, .. })
    ));
    assert_eq!(focused_field(&app), Some(FieldId::ObjectiveTitle));
    type_text(&mut app, "Ouvrir les droits à l’AAH");
    snap("formulaire_objectif", &mut app);
    assert!(text_at(&mut app, 120, 36).contains("Ouvrir les droits à l’AAH"));
}

#[test]
fn action_form_with_a_partner_as_carrier() {
    let mut app = project_of_m_r();
    select_first(&mut app, |_, item| matches!(item, PlanItem::Objective(_)));
    app.dispatch(key(KeyCode::Char('n')));
    assert_eq!(focused_field(&app), Some(FieldId::What));
    type_text(&mut app, "Visite à domicile avec l’ergothérapeute");
    tab_to(&mut app, FieldId::Carrier);
    // The person, the référent, then the partners of the directory.
    app.dispatch(key(KeyCode::Right));
    app.dispatch(key(KeyCode::Right));
    let (code, label) = match &app.model.overlay {
        Some(Overlay::Form(f)) => {
            let field = f.fields.iter().find(|x| x.id == FieldId::Carrier).unwrap();
            (field.choice_code().to_string(), field.choice_label().unwrap_or_default().to_string())
        }
        other => panic!("no form: {other:?}"),
    };
    assert!(code.starts_with("partner:"), "{code}");
    let partners = app.store.partners(false).unwrap();
    assert!(partners.iter().any(|p| p.name == label), "{label} is a partner of the directory");
    snap("formulaire_action_partenaire", &mut app);
    for (w, h) in SIZES {
        let text = text_at(&mut app, w, h);
        assert!(text.contains(&label), "the partner's name at {w}×{h}:\n{text}");
    }
}

#[test]
fn postpone_form_refuses_an_empty_reason() {
    let mut app = project_of_m_r();
    let item = select_first(&mut app, |app, item| match item {
        PlanItem::Action(id) => {
            let p = app.model.person.as_ref().unwrap();
            p.case.plan.action(id).is_some_and(|a| a.is_late(screenshot_day()))
        }
        _ => false,
    });
    let PlanItem::Action(action) = item else { unreachable!() };
    let journal_before = app.store.postponements(action).unwrap().len();
    let due_before = app.model.person.as_ref().unwrap().case.plan.action(action).unwrap().due;
    app.dispatch(key(KeyCode::Char('p')));
    assert!(matches!(&app.model.overlay, Some(Overlay::Form(f)) if matches!(&f.kind, FormKind::Postpone(_))));
    type_text(&mut app, "15/12/2026");
    app.dispatch(ctrl('s'));
    assert_eq!(focused_field(&app), Some(FieldId::Reason), "the focus goes to the field to fix");
    snap("formulaire_report_erreur", &mut app);
    for (w, h) in SIZES {
        let text = text_at(&mut app, w, h);
        assert!(text.contains("Champ obligatoire"), "at {w}×{h}:\n{text}");
    }
    let PlanItem::Action(id) = item else { unreachable!() };
    assert_eq!(app.store.postponements(id).unwrap().len(), journal_before, "nothing recorded");
    let due = app.store.plan(id_of(&app, "M. R.")).unwrap().action(id).unwrap().due;
    assert_eq!(due, due_before, "nothing moved");
}

#[test]
fn archive_confirmation() {
    let mut app = project_of_m_r();
    let item = select_first(&mut app, |_, item| matches!(item, PlanItem::Action(_)));
    app.dispatch(key(KeyCode::Char('x')));
    assert!(matches!(
        app.model.overlay,
        Some(Overlay::Confirm { what: Confirm::ArchivePlanItem(x), .. }) if x == item
    ));
    snap("confirmation_archiver_action", &mut app);
    assert!(text_at(&mut app, 80, 24).contains("Archiver cette action"));
}

// ---------------------------------------------------------------------------------------------
// Checks without snapshots

/// The tree's lines, in the order of `rows()`, drawn tall enough for the whole tree at width `w`.
fn tree_lines(app: &mut App, w: u16) -> Vec<String> {
    let n = rows(app).len();
    let text = text_at(app, w, n as u16 + 30);
    let lines: Vec<&str> = text.lines().collect();
    let header = lines.iter().position(|l| l.starts_with("│Intitulé")).expect("tree header drawn");
    lines[header + 1..header + 1 + n].iter().map(|l| l.to_string()).collect()
}

#[test]
fn late_items_carry_a_warning_sign_in_the_tree() {
    let mut app = demo_app();
    let persons: Vec<(i64, String)> =
        app.model.rows.iter().map(|r| (r.person.id, r.person.pseudonym.clone())).collect();
    let today = screenshot_day();
    let mut late_seen = 0;
    for (id, name) in persons {
        assert!(show(&mut app, "projet", Some(id)));
        let lines = tree_lines(&mut app, 80);
        let p = app.model.person.as_ref().unwrap().clone();
        let (project, plan) = (&p.plan, &p.case.plan);
        for (item, line) in project.rows(plan).into_iter().zip(&lines) {
            let (late, date) = match item {
                PlanItem::Axis(_) => (false, None),
                PlanItem::Objective(o) => {
                    let o = plan.objective(o).unwrap();
                    (o.is_late(today), o.deadline)
                }
                PlanItem::Action(a) => {
                    let a = plan.action(a).unwrap();
                    (a.is_late(today), a.due)
                }
            };
            if late {
                late_seen += 1;
                let date = parcours::domain::date::format_fr(date.unwrap());
                assert!(line.contains(&format!("⚠ {date}")), "{name}: late {item:?} marked: {line}");
            } else {
                assert!(!line.contains('⚠'), "{name}: {item:?} is not late: {line}");
                if let Some(d) = date {
                    assert!(line.contains(&parcours::domain::date::format_fr(d)), "{name}: {item:?} dated: {line}");
                }
            }
        }
    }
    assert!(late_seen >= 3, "the demo has late items ({late_seen})");
}

#[test]
fn the_tree_fits_80_columns_whatever_is_selected() {
    let mut app = demo_app();
    let persons: Vec<i64> = app.model.rows.iter().map(|r| r.person.id).collect();
    for id in persons {
        assert!(show(&mut app, "projet", Some(id)));
        let n = rows(&app).len();
        for i in 0..n {
            assert_eq!(app.model.person.as_ref().unwrap().plan.selected, i);
            let text = text_at(&mut app, 80, 24);
            assert_eq!(text.lines().count(), 24);
            for line in text.lines() {
                assert!(line.width() <= 80, "person {id}, row {i}: line too wide: {line:?}");
            }
            app.dispatch(key(KeyCode::Down));
        }
        for view in [PlanView::WhoDoesWhat, PlanView::Schedule] {
            app.dispatch(key(KeyCode::Char('v')));
            assert_eq!(app.model.person.as_ref().unwrap().plan.view, view);
            for line in text_at(&mut app, 80, 24).lines() {
                assert!(line.width() <= 80, "person {id}, {view:?}: line too wide: {line:?}");
            }
        }
    }
}

fn load_theme(name: &str) -> Theme {
    let (theme, problem) = theme::load(name, None);
    assert_eq!(problem, None, "{name} loads");
    assert_eq!(theme.name, name);
    theme
}

/// The plan's screens in a theme: the three views (the tree on an axis, an objective and a late
/// action), a form with errors, a confirmation, the échéances.
fn plan_buffers(theme: &Theme) -> Vec<(&'static str, Buffer)> {
    let mut out = Vec::new();
    let mut app = app_with(demo_store(), theme.clone());
    let id = id_of(&app, "M. R.");
    assert!(show(&mut app, "projet", Some(id)));
    for (w, h) in SIZES {
        out.push(("tree on an axis", draw(&mut app, w, h)));
    }
    select_first(&mut app, |app, item| match item {
        PlanItem::Objective(id) => app.model.person.as_ref().unwrap().case.plan.objective(id).unwrap().gas.is_written(),
        _ => false,
    });
    out.push(("tree on an objective and its GAS", draw(&mut app, 120, 50)));
    select_first(&mut app, |app, item| match item {
        PlanItem::Action(id) => {
            app.model.person.as_ref().unwrap().case.plan.action(id).unwrap().is_late(screenshot_day())
        }
        _ => false,
    });
    out.push(("tree on a late action", draw(&mut app, 120, 36)));
    app.dispatch(key(KeyCode::Char('p')));
    app.dispatch(ctrl('s'));
    out.push(("postpone form with errors", draw(&mut app, 120, 36)));
    leave_form(&mut app);
    app.dispatch(key(KeyCode::Char('x')));
    out.push(("archive confirmation", draw(&mut app, 120, 36)));
    app.dispatch(key(KeyCode::Char('n')));
    app.dispatch(key(KeyCode::Char('v')));
    out.push(("who does what", draw(&mut app, 120, 36)));
    app.dispatch(key(KeyCode::Char('v')));
    out.push(("schedule", draw(&mut app, 120, 36)));
    assert!(show(&mut app, "echeances", None));
    out.push(("échéances", draw(&mut app, 120, 36)));
    out
}

/// Leaves a form with Esc, saying yes to throwing its changes away if asked.
fn leave_form(app: &mut App) {
    app.dispatch(key(KeyCode::Esc));
    if matches!(app.model.overlay, Some(Overlay::Confirm { what: Confirm::DiscardForm, .. })) {
        app.dispatch(key(KeyCode::Char('o')));
    }
    assert!(app.model.overlay.is_none(), "{:?}", app.model.overlay);
}

#[test]
fn every_theme_draws_the_plan() {
    for name in ["sombre", "clair", "contraste-eleve"] {
        let buffers = plan_buffers(&load_theme(name));
        assert_eq!(buffers.len(), 9, "{name}");
        let tree = to_text(&buffers[1].1);
        assert!(tree.contains("Axe 1 ·"), "{name}:\n{tree}");
    }
}

#[test]
fn high_contrast_draws_the_plan_in_black_and_white() {
    let theme = load_theme("contraste-eleve");
    let allowed = |c: Color| matches!(c, Color::Black | Color::White | Color::Reset);
    for (screen, buf) in plan_buffers(&theme) {
        for y in 0..buf.area.height {
            for x in 0..buf.area.width {
                let cell = &buf[(x, y)];
                assert!(
                    allowed(cell.fg) && allowed(cell.bg),
                    "{screen}: cell ({x}, {y}) {:?} is drawn in {:?} on {:?}",
                    cell.symbol(),
                    cell.fg,
                    cell.bg
                );
            }
        }
    }
}

#[test]
fn themes_differ_in_colour_not_in_the_plan_text() {
    let texts: Vec<Vec<String>> = ["sombre", "clair", "contraste-eleve"]
        .into_iter()
        .map(|name| plan_buffers(&load_theme(name)).iter().map(|(_, b)| to_text(b)).collect())
        .collect();
    assert_eq!(texts[0], texts[1]);
    assert_eq!(texts[0], texts[2]);
}

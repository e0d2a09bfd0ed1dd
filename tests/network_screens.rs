//! Whole-screen snapshots of the « Réseau » tab (the ecomaps of the demo, a comparison with a past
//! date, the tie form) and of the « Annuaire du territoire » (the list, filtered, the partner form),
//! at 80×24 and 120×36, drawn from the demo on the fixed screenshot day. Plus: the legend and the
//! date on every ecomap, nothing wider than the terminal, themes, and a crowded ecomap.

use crossterm::event::KeyCode;
use parcours::app::form::FormKind;
use parcours::app::model::{Overlay, PersonTab, Screen};
use parcours::app::msg::Target;
use parcours::app::runtime::App;
use parcours::commands::scene::{self, ctrl, draw, key, screenshot_day, show, type_text};
use parcours::domain::date::format_fr;
use parcours::domain::ecomap::MAX_NODES;
use parcours::domain::life_domain::default_domains;
use parcours::domain::person::Person;
use parcours::domain::tie::{InformalKind, Tie, TieChange, TieTarget};
use parcours::i18n::Lang;
use parcours::render::to_text;
use parcours::store::Store;
use parcours::theme::{self, Theme};
use ratatui::buffer::Buffer;
use ratatui::style::Color;

mod common;

use common::screens::{SIZES, check_size, demo_store, id_of, text_at};

/// « 22/11/2026 »: the date every ecomap carries.
fn today_fr() -> String {
    format_fr(screenshot_day())
}

fn app_with(store: Store, theme: Theme) -> App {
    scene::app(store, screenshot_day(), Lang::Fr, default_domains(), theme)
}

fn demo_app() -> App {
    app_with(demo_store(), Theme::default_theme())
}

/// Snapshots the app's screen at both sizes, checking first that the text is the screen's size.
fn snap(name: &str, app: &mut App) {
    for (w, h) in SIZES {
        let text = text_at(app, w, h);
        check_size(name, &text, w, h);
        insta::assert_snapshot!(format!("{name}_{w}x{h}"), text);
    }
}

/// The words and line styles of the legend: on the map, whatever its size.
const LEGEND: [&str; 11] =
    ["═══", "fort", "╌╌", "faible", "∿∿", "stressant", "┼┼", "conflictuel", "─/ /─", "rompu", "sens du soutien"];

/// The legend and the date are on the ecomap.
fn check_legend_and_date(name: &str, text: &str) {
    assert!(text.contains(&format!("Écocarte au {}", today_fr())), "{name}: the date in the title:\n{text}");
    for word in LEGEND {
        assert!(text.contains(word), "{name}: « {word} » in the legend:\n{text}");
    }
}

/// The « Réseau » tab of a demo person.
fn network_of(pseudonym: &str) -> App {
    let mut app = demo_app();
    let id = id_of(&app, pseudonym);
    assert!(show(&mut app, "reseau", Some(id)));
    let p = app.model.person.as_ref().expect("she is open");
    assert_eq!(p.tab, PersonTab::Network);
    assert!(!p.case.ties.is_empty(), "{pseudonym} has an ecomap in the demo");
    app
}

fn tie_label_of(app: &App, t: &Tie) -> String {
    let p = app.model.person.as_ref().unwrap();
    parcours::app::screens::network::tie_label(t, &p.plan.partners)
}

fn todays_ties(app: &App) -> Vec<Tie> {
    let p = app.model.person.as_ref().unwrap();
    p.network.on(&p.case.ties, screenshot_day(), &p.plan.partners).into_iter().cloned().collect()
}

#[test]
fn ecomap_of_m_r() {
    let mut app = network_of("M. R.");
    snap("reseau_m_r", &mut app);
    let text = text_at(&mut app, 120, 36);
    check_legend_and_date("M. R.", &text);
    assert!(text.contains("M. R."), "the person at the centre:\n{text}");
    // The selected tie's details beside the map.
    let first = todays_ties(&app)[0].clone();
    let label = tie_label_of(&app, &first);
    let head: String = label.chars().take(12).collect();
    assert!(text.contains(&head), "{label}:\n{text}");
    assert!(text.contains("Depuis"), "{text}");
    assert!(text.contains("c\u{a0}: comparer avec une date passée"), "{text}");
}

/// The ties of M. R. as a list (l), then compared with his referral: every tie in words.
#[test]
fn ties_of_m_r_as_a_list() {
    let mut app = network_of("M. R.");
    app.dispatch(key(KeyCode::Char('l')));
    snap("reseau_m_r_liste", &mut app);
    // Compared with his referral, walking down the list says every change in words.
    let (mut compared, _) = m_r_compared();
    compared.dispatch(key(KeyCode::Char('l')));
    let mut seen = String::new();
    for _ in 0..todays_ties(&compared).len() {
        seen.push_str(&text_at(&mut compared, 120, 36));
        compared.dispatch(key(KeyCode::Down));
    }
    seen.push_str(&text_at(&mut compared, 120, 36));
    for word in ["+ nouveau", "~ changé", "− terminé"] {
        assert!(seen.contains(word), "« {word} » in the list:\n{seen}");
    }
}

#[test]
fn ecomap_of_leo() {
    let mut app = network_of("Léo, 15 ans");
    snap("reseau_leo", &mut app);
    for (w, h) in SIZES {
        let text = text_at(&mut app, w, h);
        check_legend_and_date("Léo", &text);
        assert!(text.contains("Léo, 15 ans"), "at {w}×{h}:\n{text}");
    }
}

#[test]
fn ecomap_of_m_k_without_informal_support() {
    let mut app = network_of("M. K.");
    let ties = todays_ties(&app);
    assert!(!ties.is_empty());
    assert!(ties.iter().all(|t| !t.is_informal()), "his friends are gone from today's map");
    assert!(app.model.person.as_ref().unwrap().case.ties.iter().any(Tie::is_informal), "but not from his history");
    snap("reseau_m_k", &mut app);
    for (w, h) in SIZES {
        let text = text_at(&mut app, w, h);
        check_legend_and_date("M. K.", &text);
        // At 80×24 the side panel is short: the alert may be cut, never missing at 120×36.
        if w == 120 {
            assert!(text.contains("⚠ Aucun soutien de l’entourage"), "{text}");
        }
    }
}

/// M. R.'s ecomap compared with the day he was referred, as a user gets it: c, then Ctrl-S on the
/// date offered.
fn m_r_compared() -> (App, chrono::NaiveDate) {
    let mut app = network_of("M. R.");
    let referral = app.model.person.as_ref().unwrap().case.person.referral_date.expect("a referral date");
    app.dispatch(key(KeyCode::Char('c')));
    assert!(matches!(&app.model.overlay, Some(Overlay::Form(f)) if f.kind == FormKind::CompareDate));
    app.dispatch(ctrl('s'));
    assert!(app.model.overlay.is_none(), "{:?}", app.model.status);
    assert_eq!(app.model.person.as_ref().unwrap().network.compare_with, Some(referral));
    (app, referral)
}

#[test]
fn ecomap_of_m_r_compared_with_his_referral() {
    let (mut app, referral) = m_r_compared();
    let p = app.model.person.as_ref().unwrap();
    let marked = p.network.marked(&p.case.ties, screenshot_day(), &p.plan.partners);
    for change in [TieChange::Added, TieChange::Changed, TieChange::Ended] {
        assert!(marked.iter().any(|(_, c)| *c == change), "the demo has a tie {change:?} since the referral");
    }
    snap("reseau_m_r_comparaison", &mut app);
    for (w, h) in SIZES {
        let text = text_at(&mut app, w, h);
        check_legend_and_date("comparison", &text);
        assert!(text.contains(&format!("comparée au {}", format_fr(referral))), "at {w}×{h}:\n{text}");
        for mark in ["+ nouveau", "~ changé", "− terminé"] {
            assert!(text.contains(mark), "the legend of the marks at {w}×{h}:\n{text}");
        }
        assert!(text.contains("c\u{a0}: arrêter la comparaison"), "at {w}×{h}:\n{text}");
    }
    // Each mark stands before a label of the map.
    let text = text_at(&mut app, 120, 36);
    for mark in ['+', '~', '−'] {
        let marked_label = text.lines().take(30).any(|l| {
            l.char_indices().any(|(i, c)| c == mark && l[i + c.len_utf8()..].starts_with(|n: char| n.is_alphabetic()))
        });
        assert!(marked_label, "a label marked {mark}:\n{text}");
    }
}

#[test]
fn new_tie_form() {
    let mut app = network_of("M. R.");
    app.dispatch(key(KeyCode::Char('n')));
    assert!(matches!(&app.model.overlay, Some(Overlay::Form(f)) if matches!(&f.kind, FormKind::Tie(t) if t.id == 0)));
    app.dispatch(key(KeyCode::Tab));
    type_text(&mut app, "sa voisine de palier");
    snap("formulaire_lien", &mut app);
    for (w, h) in SIZES {
        let text = text_at(&mut app, w, h);
        assert!(text.contains("sa voisine de palier"), "at {w}×{h}:\n{text}");
        assert!(text.contains("famille"), "the target offered by default at {w}×{h}:\n{text}");
    }
}

#[test]
fn directory() {
    let mut app = demo_app();
    assert!(show(&mut app, "annuaire", None));
    assert_eq!(app.model.screen, Screen::Directory);
    assert_eq!(app.model.directory.partners.len(), 28);
    snap("annuaire", &mut app);
    let text = text_at(&mut app, 120, 36);
    assert!(text.contains("Annuaire du territoire — 28/28"), "{text}");
    // The first partner's persons are loaded with the selection.
    let first = parcours::app::screens::directory::update::selected(&app.model).expect("a partner selected");
    assert_eq!(app.model.directory.involved_of, Some(first.id));
    assert_eq!(app.model.directory.involved, app.store.partner_persons(first.id).unwrap());
}

#[test]
fn directory_filtered_by_sector() {
    let mut app = demo_app();
    assert!(show(&mut app, "annuaire", None));
    app.dispatch(key(KeyCode::Char('/')));
    type_text(&mut app, "sanitaire");
    let sanitaire = app.store.partners(false).unwrap().iter().filter(|p| p.sector.code() == "sanitaire").count();
    assert!(sanitaire >= 5, "{sanitaire}");
    snap("annuaire_sanitaire", &mut app);
    let text = text_at(&mut app, 120, 36);
    assert!(text.contains("sanitaire▏"), "the filter being typed:\n{text}");
    let label = |p: &parcours::domain::partner::Partner| parcours::i18n::sector_label(Lang::Fr, p.sector).to_string();
    let visible = app.model.directory.visible(label);
    assert!(visible.len() >= sanitaire, "every sanitaire partner, and those whose words say it");
    assert!(text.contains(&format!("— {}/28", visible.len())), "{text}");
}

#[test]
fn partner_form() {
    let mut app = demo_app();
    assert!(show(&mut app, "annuaire", None));
    app.dispatch(key(KeyCode::Down));
    let partner = parcours::app::screens::directory::update::selected(&app.model).expect("a partner selected");
    app.dispatch(key(KeyCode::Enter));
    assert!(matches!(&app.model.overlay, Some(Overlay::Form(f)) if f.kind == FormKind::Partner(partner.clone())));
    snap("formulaire_partenaire", &mut app);
    for (w, h) in SIZES {
        let text = text_at(&mut app, w, h);
        assert!(text.contains(&partner.name), "at {w}×{h}:\n{text}");
    }
}

// ---------------------------------------------------------------------------------------------
// Checks without snapshots

#[test]
fn every_demo_ecomap_has_its_legend_and_date_and_fits() {
    let mut app = demo_app();
    let persons: Vec<(i64, String)> =
        app.model.rows.iter().map(|r| (r.person.id, r.person.pseudonym.clone())).collect();
    assert_eq!(persons.len(), 6);
    for (id, name) in persons {
        assert!(show(&mut app, "reseau", Some(id)));
        let n = todays_ties(&app).len();
        for compare in [false, true] {
            if compare {
                app.dispatch(key(KeyCode::Char('c')));
                app.dispatch(ctrl('s'));
                assert!(app.model.person.as_ref().unwrap().network.compare_with.is_some(), "{name}");
            }
            for (w, h) in SIZES.into_iter().chain([(100, 30), (160, 50)]) {
                let text = text_at(&mut app, w, h);
                check_size(&name, &text, w, h);
                check_legend_and_date(&format!("{name} at {w}×{h}"), &text);
            }
            // Every selection draws.
            for i in 0..n {
                assert_eq!(app.model.person.as_ref().unwrap().network.selected, i, "{name}");
                for (w, h) in SIZES {
                    check_size(&name, &text_at(&mut app, w, h), w, h);
                }
                app.dispatch(key(KeyCode::Down));
            }
            app.dispatch(key(KeyCode::Home));
        }
    }
}

#[test]
fn every_label_of_a_roomy_ecomap_is_written_whole_or_cut() {
    let mut app = network_of("M. R.");
    let text = text_at(&mut app, 160, 50);
    for t in todays_ties(&app) {
        let label = tie_label_of(&app, &t);
        let head: String = label.chars().take(8).collect();
        assert!(text.contains(&head), "« {label} » is on the map:\n{text}");
    }
}

#[test]
fn every_label_is_drawn_where_a_click_finds_it() {
    let mut app = demo_app();
    let persons: Vec<(i64, String)> =
        app.model.rows.iter().map(|r| (r.person.id, r.person.pseudonym.clone())).collect();
    for (id, name) in persons {
        assert!(show(&mut app, "reseau", Some(id)));
        let ties = todays_ties(&app);
        for (w, h) in SIZES {
            let buf = draw(&mut app, w, h);
            let mut clickable = vec![false; ties.len()];
            for y in 0..h {
                for x in 0..w {
                    let Some(Target::TieNode(i)) = app.view_state.target_at(x, y) else { continue };
                    // The first cell of a target is the first letter of its tie's label.
                    if x > 0 && app.view_state.target_at(x - 1, y) == Some(Target::TieNode(i)) {
                        continue;
                    }
                    let label = tie_label_of(&app, &ties[i]);
                    let drawn: String = (x..w).map(|x| buf[(x, y)].symbol().to_string()).collect();
                    let head: String = label.chars().take(6).collect();
                    assert!(
                        drawn.starts_with(&head),
                        "{name} at {w}×{h}: the click on ({x}, {y}) selects « {label} », the screen shows « {drawn} »"
                    );
                    clickable[i] = true;
                }
            }
            assert!(clickable.iter().filter(|c| **c).count() >= ties.len().min(10), "{name} at {w}×{h}: {clickable:?}");
        }
    }
}

#[test]
fn a_short_map_collapses_rather_than_stack_labels() {
    use parcours::domain::ecomap::{NodeInput, layout};
    for n in 0..=30 {
        let inputs: Vec<NodeInput> = (0..n)
            .map(|i| NodeInput { key: i as i64, label: format!("Partenaire {i}"), group: (i % 9) as u8 })
            .collect();
        for height in 4..=20 {
            let l = layout("M. R.", inputs.clone(), 78, height);
            let covered: usize = l
                .nodes
                .iter()
                .map(|node| match &node.kind {
                    parcours::domain::ecomap::NodeKind::Tie(_) => 1,
                    parcours::domain::ecomap::NodeKind::Collapsed { keys, .. } => keys.len(),
                })
                .sum();
            assert_eq!(covered, n, "every tie is somewhere ({n} ties, height {height})");
            // A row per label on each half: all rows but the first, the last and the person's.
            let slots = 2 * usize::from(height - 3);
            // Nine groups collapse to nine nodes at the fewest: on the tiniest maps some must share.
            if n.min(9) > slots {
                continue;
            }
            assert!(l.nodes.len() <= slots, "{n} ties, height {height}: {} satellites for {slots} rows", l.nodes.len());
            let mut seen = std::collections::HashSet::new();
            for node in &l.nodes {
                assert_ne!(node.label_y, height / 2, "{n} ties, height {height}: the person's row is hers");
                let right = node.anchor.0 >= l.center.0;
                assert!(seen.insert((right, node.label_y)), "{n} ties, height {height}: two labels on a row");
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

/// The network's screens in a theme: M. R.'s ecomap, compared, with the tie form, and M. K.'s
/// (alerts); the directory, filtered, and the partner form.
fn network_buffers(theme: &Theme) -> Vec<(&'static str, Buffer)> {
    let mut out = Vec::new();
    let mut app = app_with(demo_store(), theme.clone());
    let id = id_of(&app, "M. R.");
    assert!(show(&mut app, "reseau", Some(id)));
    for (w, h) in SIZES {
        out.push(("ecomap", draw(&mut app, w, h)));
    }
    app.dispatch(key(KeyCode::Char('c')));
    app.dispatch(ctrl('s'));
    out.push(("comparison", draw(&mut app, 120, 36)));
    app.dispatch(key(KeyCode::Char('n')));
    out.push(("tie form", draw(&mut app, 120, 36)));
    app.dispatch(key(KeyCode::Esc));
    let mk = id_of(&app, "M. K.");
    assert!(show(&mut app, "reseau", Some(mk)));
    out.push(("ecomap with alerts", draw(&mut app, 120, 36)));
    assert!(show(&mut app, "annuaire", None));
    out.push(("directory", draw(&mut app, 120, 36)));
    app.dispatch(key(KeyCode::Char('/')));
    type_text(&mut app, "sanitaire");
    out.push(("directory filtered", draw(&mut app, 120, 36)));
    app.dispatch(key(KeyCode::Enter));
    app.dispatch(key(KeyCode::Char('e')));
    out.push(("partner form", draw(&mut app, 120, 36)));
    out
}

#[test]
fn every_theme_draws_the_ecomap() {
    for name in ["sombre", "clair", "contraste-eleve"] {
        let buffers = network_buffers(&load_theme(name));
        assert_eq!(buffers.len(), 8, "{name}");
        for (screen, buf) in &buffers[..2] {
            let text = to_text(buf);
            check_legend_and_date(&format!("{name}: {screen}"), &text);
            assert!(text.contains("M. R."), "{name}:\n{text}");
        }
        assert!(to_text(&buffers[2].1).contains("comparée au"), "{name}");
        assert!(to_text(&buffers[4].1).contains("⚠ Aucun soutien de l’entourage"), "{name}");
    }
}

#[test]
fn high_contrast_draws_the_network_in_black_and_white() {
    let theme = load_theme("contraste-eleve");
    let allowed = |c: Color| matches!(c, Color::Black | Color::White | Color::Reset);
    for (screen, buf) in network_buffers(&theme) {
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
fn themes_differ_in_colour_not_in_the_network_text() {
    let texts: Vec<Vec<String>> = ["sombre", "clair", "contraste-eleve"]
        .into_iter()
        .map(|name| network_buffers(&load_theme(name)).iter().map(|(_, b)| to_text(b)).collect())
        .collect();
    assert_eq!(texts[0], texts[1]);
    assert_eq!(texts[0], texts[2]);
}

/// A person with 30 ties: one to each of 22 partners of the demo directory, 8 informal supports.
fn crowded() -> (App, i64, Vec<String>) {
    let mut store = demo_store();
    let day = screenshot_day();
    let p = Person { pseudonym: "Mme Z.".into(), ..Person::new_draft(day - chrono::Days::new(60)) };
    let id = store.insert_person(&p).unwrap();
    let partners = store.partners(false).unwrap();
    assert!(partners.len() >= 22);
    let since = day - chrono::Days::new(30);
    let mut labels = Vec::new();
    for partner in &partners[..22] {
        store.save_tie(&Tie::new_draft(id, TieTarget::Partner(partner.id), since), day).unwrap();
        labels.push(partner.name.clone());
    }
    let informal = [
        (InformalKind::Family, "sa sœur"),
        (InformalKind::Family, "son frère"),
        (InformalKind::Family, "sa cousine"),
        (InformalKind::Family, "son oncle"),
        (InformalKind::Friends, "un ami d’enfance"),
        (InformalKind::Friends, "une amie du club"),
        (InformalKind::Neighbours, "la voisine du dessous"),
        (InformalKind::Neighbours, "le voisin du palier"),
    ];
    for (kind, label) in informal {
        let target = TieTarget::Informal { kind, label: label.into() };
        store.save_tie(&Tie::new_draft(id, target, since), day).unwrap();
        labels.push(label.to_string());
    }
    assert_eq!(store.ties(id).unwrap().len(), 30);
    let mut app = app_with(store, Theme::default_theme());
    assert!(show(&mut app, "reseau", Some(id)));
    assert_eq!(todays_ties(&app).len(), 30);
    (app, id, labels)
}

#[test]
fn thirty_ties_collapse_beyond_24_satellites() {
    let (mut app, _, labels) = crowded();
    // The layout the map draws from, at the sizes of the map at 80×24 and 120×36 and larger.
    let p = app.model.person.as_ref().unwrap();
    let ties = p.network.on(&p.case.ties, screenshot_day(), &p.plan.partners);
    for (w, h) in [(78, 12), (76, 28), (118, 40)] {
        let layout = parcours::app::screens::network::ecomap_layout("Mme Z.", &ties, &p.plan.partners, w, h);
        assert!(layout.nodes.len() <= MAX_NODES, "{} satellites", layout.nodes.len());
        let collapsed: Vec<&str> = layout
            .nodes
            .iter()
            .filter(|n| matches!(n.kind, parcours::domain::ecomap::NodeKind::Collapsed { .. }))
            .map(|n| n.label.as_str())
            .collect();
        assert!(!collapsed.is_empty(), "a « + » node");
        assert!(collapsed.iter().all(|l| l.starts_with('+')), "{collapsed:?}");
    }
    for (w, h) in SIZES.into_iter().chain([(100, 30), (200, 60)]) {
        let text = text_at(&mut app, w, h);
        check_size("30 ties", &text, w, h);
        check_legend_and_date(&format!("30 ties at {w}×{h}"), &text);
        // The map's rows: above the legend, left of the side panel when it stands beside the map.
        let legend = text.lines().position(|l| l.contains("═══ fort")).expect("the legend");
        let map: Vec<&str> = text.lines().take(legend).map(|l| l.split("││").next().unwrap_or(l)).collect();
        let collapsed = map
            .iter()
            .flat_map(|l| l.split(|c: char| !c.is_ascii_digit() && c != '+'))
            .filter(|w| w.len() > 1 && w.starts_with('+') && w[1..].chars().all(|c| c.is_ascii_digit()))
            .count();
        assert!(collapsed >= 1, "a collapsed « +N » node at {w}×{h}:\n{text}");
        let shown = labels
            .iter()
            .filter(|l| {
                let head: String = l.chars().take(14).collect();
                map.iter().any(|line| line.contains(&head))
            })
            .count();
        assert!(shown + collapsed <= MAX_NODES, "{shown} labels and {collapsed} « +N » at {w}×{h}:\n{text}");
        assert!(shown >= 5, "the ties not collapsed are written at {w}×{h}:\n{text}");
    }
    // Walking every tie at 80×24 draws without a panic.
    for _ in 0..30 {
        app.dispatch(key(KeyCode::Down));
        check_size("30 ties", &text_at(&mut app, 80, 24), 80, 24);
    }
    assert_eq!(app.model.person.as_ref().unwrap().network.selected, 29);
}

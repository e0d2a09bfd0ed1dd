//! Every text of every screen reaches WCAG AA (4.5:1) against its own background, in every
//! built-in theme. The screens are the screenshots' scenes, drawn from the demo into a buffer;
//! each cell holding a visible symbol is checked with the colours the terminal would show.

use std::collections::BTreeMap;

use parcours::app::action::Action;
use parcours::app::msg::Msg;
use parcours::app::runtime::App;
use parcours::commands::scene::{SCREENS, app, draw, screenshot_day, screenshot_scenes, show};
use parcours::domain::life_domain::default_domains;
use parcours::i18n::Lang;
use parcours::render::color_rgb;
use parcours::store::Store;
use parcours::theme::{BUILTIN, Role, load};
use ratatui::style::Modifier;

/// WCAG 2 relative luminance of an sRGB colour.
fn luminance((r, g, b): (u8, u8, u8)) -> f64 {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 { c / 12.92 } else { ((c + 0.055) / 1.055).powf(2.4) }
    };
    0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
}

fn ratio(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// Text needs 4.5:1 (WCAG 1.4.3); lines, blocks and Braille dots are graphics, which need 3:1
/// (WCAG 1.4.11): frames and the ecomap's ties must still be seen.
fn needed(symbol: &str) -> f64 {
    let graphic = symbol.chars().all(|c| matches!(c, '\u{2500}'..='\u{259f}' | '\u{2800}'..='\u{28ff}'));
    if graphic { 3.0 } else { 4.5 }
}

#[test]
fn the_ratio_is_the_one_wcag_gives() {
    assert!((ratio((0, 0, 0), (255, 255, 255)) - 21.0).abs() < 1e-9);
    assert!((ratio((255, 255, 255), (255, 255, 255)) - 1.0).abs() < 1e-9);
    // #767676 on white is the classic 4.54:1.
    assert!((ratio((0x76, 0x76, 0x76), (255, 255, 255)) - 4.54).abs() < 0.01);
}

type Go = Box<dyn Fn(&mut App)>;

/// M. R.'s `screen` (or the screen itself when it is nobody's), then `action` if any.
fn on_screen(screen: &'static str, action: Option<Action>) -> Go {
    Box::new(move |app: &mut App| {
        let id = app.model.rows.iter().find(|r| r.person.pseudonym == "M. R.").map(|r| r.person.id);
        assert!(show(app, screen, id), "{screen}");
        if let Some(action) = action {
            app.dispatch(Msg::Action(action));
        }
    })
}

/// The screenshots' scenes, every screen `parcours render` knows, the palette over a person, the
/// ties as a list.
fn scenes() -> Vec<(String, u16, u16, Go)> {
    let mut all: Vec<(String, u16, u16, Go)> =
        screenshot_scenes().into_iter().map(|(n, w, h, go)| (n.to_string(), w, h, Box::new(go) as Go)).collect();
    for screen in SCREENS {
        all.push((screen.to_string(), 120, 36, on_screen(screen, None)));
    }
    // The ties as a list: a stressful tie's symbol in the warning colour, the selection over it.
    all.push(("reseau-liste".into(), 80, 24, on_screen("reseau", Some(Action::TieList))));
    all.push(("palette".into(), 120, 36, on_screen("projet", Some(Action::Palette))));
    all
}

#[test]
fn every_text_of_every_screen_reaches_aa_in_every_theme() {
    let mut failures: BTreeMap<String, String> = BTreeMap::new();
    let scenes = scenes();
    for (name, _) in BUILTIN {
        let (theme, problem) = load(name, None);
        assert_eq!(problem, None, "{name}");
        let base = theme.style(Role::Base);
        let default_fg = color_rgb(base.fg.unwrap_or_default(), (255, 255, 255));
        let default_bg = color_rgb(base.bg.unwrap_or_default(), (0, 0, 0));
        for (scene, w, h, go) in &scenes {
            let mut store = Store::open_in_memory().expect("in-memory store");
            parcours::demo::load(&mut store, screenshot_day()).expect("demo loads");
            let mut app = app(store, screenshot_day(), Lang::Fr, default_domains(), theme.clone());
            go(&mut app);
            let buf = draw(&mut app, *w, *h);
            for y in 0..*h {
                for x in 0..*w {
                    let Some(cell) = buf.cell((x, y)) else { continue };
                    if cell.symbol().trim().is_empty() {
                        continue;
                    }
                    let mut fg = color_rgb(cell.fg, default_fg);
                    let mut bg = color_rgb(cell.bg, default_bg);
                    if cell.modifier.contains(Modifier::REVERSED) {
                        std::mem::swap(&mut fg, &mut bg);
                    }
                    let r = ratio(fg, bg);
                    if r < needed(cell.symbol()) {
                        let key = format!("{name}: {fg:02x?} on {bg:02x?} ({r:.2}:1)");
                        let line: String = (0..*w)
                            .filter_map(|x| buf.cell((x, y)).map(|c| c.symbol().to_string()))
                            .collect::<String>();
                        failures.entry(key).or_insert_with(|| format!("{scene} line {y}: {}", line.trim()));
                    }
                }
            }
        }
    }
    let report: Vec<String> = failures.iter().map(|(k, v)| format!("{k}\n    {v}")).collect();
    assert!(failures.is_empty(), "{} pairs below AA:\n{}", failures.len(), report.join("\n"));
}

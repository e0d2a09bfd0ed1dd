//! Headless scenes: an App driven by messages and drawn into a test backend. `parcours render`,
//! `parcours screenshots` and the snapshot tests all use these, so they show what the terminal shows.

use std::path::Path;

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

use super::{Env, out};
use crate::app::action::Action;
use crate::app::keymap::Keymap;
use crate::app::model::{Model, PersonTab};
use crate::app::msg::Msg;
use crate::app::runtime::App;
use crate::app::screens::plan::PlanView;
use crate::cli::RenderFormat;
use crate::domain::life_domain::{LifeDomain, default_domains};
use crate::i18n::store_problem;
use crate::i18n::{Lang, Problem, problem};
use crate::render::{Palette, to_ansi, to_svg, to_text};
use crate::store::{Guard, Store};
use crate::theme::Theme;

/// The day screenshots are taken: fixed, so they only change when the code does.
pub const SCREENSHOT_DAY: (i32, u32, u32) = (2026, 11, 22);

pub fn screenshot_day() -> NaiveDate {
    NaiveDate::from_ymd_opt(SCREENSHOT_DAY.0, SCREENSHOT_DAY.1, SCREENSHOT_DAY.2).unwrap_or_default()
}

/// A started application on a store.
pub fn app(store: Store, today: NaiveDate, lang: Lang, domains: Vec<LifeDomain>, theme: Theme) -> App {
    let mut app = unstarted(store, today, lang, domains, theme);
    app.start();
    app
}

/// An application that has not loaded the file active yet.
fn unstarted(store: Store, today: NaiveDate, lang: Lang, domains: Vec<LifeDomain>, theme: Theme) -> App {
    let model = Model::new(today, lang, Keymap::default_keymap(), domains);
    App::new(model, store, theme)
}

pub fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new_with_kind(code, KeyModifiers::NONE, KeyEventKind::Press))
}

pub fn ctrl(c: char) -> Msg {
    Msg::Key(KeyEvent::new_with_kind(KeyCode::Char(c), KeyModifiers::CONTROL, KeyEventKind::Press))
}

/// Types text key by key, as a person would.
pub fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        let msg = if c == '\n' { key(KeyCode::Enter) } else { key(KeyCode::Char(c)) };
        app.dispatch(msg);
    }
}

pub fn draw(app: &mut App, width: u16, height: u16) -> Buffer {
    let mut terminal = match Terminal::new(TestBackend::new(width, height)) {
        Ok(t) => t,
        Err(never) => match never {},
    };
    let _ = terminal.draw(|f| crate::ui::draw_app(app, f));
    terminal.backend().buffer().clone()
}

/// Opens a person's diagnostic tab (by id) on a given domain key.
pub fn open_person(app: &mut App, id: i64, domain: Option<&str>) {
    app.model.pending_domain = domain.and_then(|d| app.model.domains.iter().position(|x| x.key == d));
    app.run(vec![crate::app::effect::Effect::LoadPerson(id)]);
}

pub use crate::screen_names::SCREENS;

/// Puts the app on a named screen. Returns false for an unknown name.
pub fn show(app: &mut App, screen: &str, person: Option<i64>) -> bool {
    match (screen, person) {
        ("file-active", _) => {}
        ("accueil", _) => app.model.screen = crate::app::model::Screen::Welcome,
        ("aide", _) => app.dispatch(Msg::Action(Action::Help)),
        ("diagnostic", Some(id)) => open_person(app, id, None),
        ("synthese", Some(id)) => {
            open_person(app, id, None);
            app.dispatch(Msg::Action(Action::Synthesis));
        }
        ("projet" | "qui-fait-quoi" | "echeancier", Some(id)) => {
            open_person(app, id, None);
            if let Some(p) = app.model.person.as_mut() {
                p.tab = PersonTab::Plan;
                p.plan.view = match screen {
                    "qui-fait-quoi" => PlanView::WhoDoesWhat,
                    "echeancier" => PlanView::Schedule,
                    _ => PlanView::Tree,
                };
            }
        }
        ("echeances", _) => app.dispatch(Msg::Action(Action::Deadlines)),
        ("donnees-identifiantes", _) => app.dispatch(Msg::Action(Action::Findings)),
        // With --person, her competencies; without, the whole practice.
        ("competences", person) => {
            if let Some(id) = person {
                open_person(app, id, None);
            }
            app.dispatch(Msg::Action(Action::Competencies));
        }
        ("annuaire", _) => app.dispatch(Msg::Action(Action::Directory)),
        ("reseau", Some(id)) => {
            open_person(app, id, None);
            if let Some(p) = app.model.person.as_mut() {
                p.tab = PersonTab::Network;
            }
        }
        ("evaluation" | "journal", Some(id)) => {
            open_person(app, id, None);
            if let Some(p) = app.model.person.as_mut() {
                p.tab = if screen == "journal" { PersonTab::Journal } else { PersonTab::Evaluation };
            }
        }
        ("fiche", Some(id)) => {
            open_person(app, id, None);
            if let Some(p) = app.model.person.as_mut() {
                p.tab = PersonTab::Card;
            }
        }
        _ => return false,
    }
    true
}

fn parse_size(size: &str) -> Option<(u16, u16)> {
    let (w, h) = size.trim().split_once(['x', 'X', '×'])?;
    let (w, h) = (w.trim().parse::<u16>().ok()?, h.trim().parse::<u16>().ok()?);
    ((1..=1000).contains(&w) && (1..=500).contains(&h)).then_some((w, h))
}

fn encode(buf: &Buffer, format: RenderFormat, theme: &Theme) -> String {
    match format {
        RenderFormat::Text => to_text(buf),
        RenderFormat::Ansi => to_ansi(buf),
        RenderFormat::Svg => {
            let (fg, bg) = theme.base_rgb();
            to_svg(buf, &Palette { fg, bg })
        }
    }
}

pub fn render_command(
    env: &Env,
    screen: &str,
    person: Option<&str>,
    size: &str,
    format: RenderFormat,
) -> Result<(), Problem> {
    let screen = crate::domain::text::clean_line(screen);
    if !SCREENS.contains(&screen.as_str()) {
        return Err(Problem::UnknownScreen(screen));
    }
    let (w, h) = parse_size(size).ok_or_else(|| Problem::BadSize(crate::domain::text::clean_line(size)))?;
    let needs_person = matches!(
        screen.as_str(),
        "diagnostic"
            | "synthese"
            | "fiche"
            | "projet"
            | "qui-fait-quoi"
            | "echeancier"
            | "reseau"
            | "evaluation"
            | "journal"
    );
    if needs_person && person.is_none() {
        return Err(Problem::ScreenNeedsPerson(screen));
    }
    let store = env.open_reader()?;
    let id = match person {
        Some(key) => Some(super::person_named(&store, key)?.id),
        None => None,
    };
    let (theme, _) =
        crate::theme::load(env.theme.as_deref().unwrap_or(crate::theme::DEFAULT_THEME), env.config_dir.as_deref());
    // The « Échéances » load their own rows: the file active, which they hide, is not loaded (on a
    // large caseload it would take longer than the whole screen).
    let store = store.into_store();
    let mut app = if screen == "echeances" {
        unstarted(store, env.today, env.lang, env.config.domains(), theme.clone())
    } else {
        app(store, env.today, env.lang, env.config.domains(), theme.clone())
    };
    show(&mut app, &screen, id);
    let buf = draw(&mut app, w, h);
    out(&encode(&buf, format, &theme))
}

/// One screenshot: file name, width, height, and how to get there from the file active.
pub type Scene = (&'static str, u16, u16, fn(&mut App));

pub fn screenshot_scenes() -> Vec<Scene> {
    fn first(app: &App) -> i64 {
        app.model.rows.iter().find(|r| r.person.pseudonym == "M. R.").map(|r| r.person.id).unwrap_or(1)
    }
    vec![
        ("accueil", 120, 36, |app| app.model.screen = crate::app::model::Screen::Welcome),
        ("file-active", 120, 36, |_| {}),
        ("file-active-80x24", 80, 24, |_| {}),
        ("recherche", 120, 36, |app| {
            app.dispatch(Msg::Action(Action::Search));
            type_text(app, "expulsion");
        }),
        ("fiche", 120, 36, |app| {
            let id = first(app);
            show(app, "fiche", Some(id));
        }),
        ("diagnostic", 120, 36, |app| {
            let id = first(app);
            open_person(app, id, Some("logement"));
        }),
        ("diagnostic-80x24", 80, 24, |app| {
            let id = first(app);
            open_person(app, id, Some("logement"));
        }),
        ("historique", 120, 36, |app| {
            let id = first(app);
            open_person(app, id, Some("logement"));
            app.dispatch(Msg::Action(Action::History));
        }),
        ("synthese", 120, 36, |app| {
            let id = first(app);
            show(app, "synthese", Some(id));
        }),
        ("formulaire", 120, 36, |app| {
            let id = first(app);
            open_person(app, id, Some("logement"));
            app.dispatch(Msg::Action(Action::EditEntry));
        }),
        ("serafin", 120, 36, |app| {
            let id = first(app);
            open_person(app, id, Some("logement"));
            app.dispatch(Msg::Action(Action::EditEntry));
            for _ in 0..2 {
                app.dispatch(key(KeyCode::Tab));
            }
            app.dispatch(ctrl('k'));
            type_text(app, "logement");
        }),
        ("projet", 120, 36, |app| {
            let id = first(app);
            show(app, "projet", Some(id));
        }),
        ("projet-80x24", 80, 24, |app| {
            let id = first(app);
            show(app, "projet", Some(id));
        }),
        ("qui-fait-quoi", 120, 36, |app| {
            let id = first(app);
            show(app, "qui-fait-quoi", Some(id));
        }),
        ("echeancier", 120, 36, |app| {
            let id = first(app);
            show(app, "echeancier", Some(id));
        }),
        ("echeances", 120, 36, |app| {
            show(app, "echeances", None);
        }),
        ("objectif", 120, 36, |app| {
            let id = first(app);
            show(app, "projet", Some(id));
            app.dispatch(key(KeyCode::Down));
            app.dispatch(Msg::Action(Action::EditItem));
        }),
        ("reseau", 120, 36, |app| {
            let id = first(app);
            show(app, "reseau", Some(id));
        }),
        ("reseau-80x24", 80, 24, |app| {
            let id = first(app);
            show(app, "reseau", Some(id));
        }),
        ("annuaire", 120, 36, |app| {
            show(app, "annuaire", None);
        }),
        ("competences", 120, 36, |app| {
            show(app, "competences", None);
        }),
        ("competences-80x24", 80, 24, |app| {
            show(app, "competences", None);
        }),
        ("evaluation", 120, 36, |app| {
            let id = first(app);
            show(app, "evaluation", Some(id));
        }),
        ("evaluation-80x24", 80, 24, |app| {
            let id = first(app);
            show(app, "evaluation", Some(id));
        }),
        ("journal", 120, 36, |app| {
            let id = first(app);
            show(app, "journal", Some(id));
        }),
        ("formulaire-evaluation", 120, 36, |app| {
            let id = first(app);
            show(app, "evaluation", Some(id));
            app.dispatch(Msg::Action(Action::NewItem));
            for _ in 0..4 {
                app.dispatch(key(KeyCode::Tab));
            }
        }),
        ("aide", 120, 36, |app| app.dispatch(Msg::Action(Action::Help))),
    ]
}

/// Renders every screenshot as SVG from the demo data, on the fixed screenshot day.
pub fn screenshots(dir: &Path) -> Result<usize, Problem> {
    screenshots_guarded(dir, &Guard::of(None))
}

/// The same, refusing what would replace a file of the data folder `guard` protects.
fn screenshots_guarded(dir: &Path, guard: &Guard<'_>) -> Result<usize, Problem> {
    std::fs::create_dir_all(dir)
        .map_err(|e| Problem::CannotWrite(dir.display().to_string(), crate::i18n::IoReason::of(&e)))?;
    let theme = Theme::default_theme();
    let scenes = screenshot_scenes();
    for (name, w, h, go) in &scenes {
        let mut store = Store::open_in_memory().map_err(|e| store_problem(&e))?;
        if *name != "accueil" {
            crate::demo::load(&mut store, screenshot_day()).map_err(|e| store_problem(&e))?;
        }
        let mut app = app(store, screenshot_day(), Lang::Fr, default_domains(), theme.clone());
        go(&mut app);
        let buf = draw(&mut app, *w, *h);
        let path = dir.join(format!("{name}.svg"));
        super::output::write_whole(guard, &path, encode(&buf, RenderFormat::Svg, &theme).as_bytes())?;
    }
    Ok(scenes.len())
}

pub fn screenshots_command(env: &Env, dir: &Path) -> Result<(), Problem> {
    let n = screenshots_guarded(dir, &env.guard())?;
    out(&format!("{}\n", problem(env.lang, &Problem::ScreenshotsWritten(n, dir.display().to_string()))))
}

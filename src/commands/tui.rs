//! The interactive application: theme, keymap, panic safety, then the terminal loop.

use super::Env;
use super::terminal::run_terminal;
use crate::app::keymap::{Keymap, KeymapProblem};
use crate::app::model::{Model, StatusKind};
use crate::app::runtime::App;
use crate::i18n::{Problem, problem};
use crate::log::{LogEvent, SettingProblem, append, log_path};
use crate::theme::ThemeProblem;

pub fn run(env: &Env) -> Result<(), Problem> {
    // Started from a pipe or a script, there is no screen to draw on: say so before taking the base.
    use std::io::IsTerminal;
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(Problem::NoTerminal);
    }
    let store = env.open_store()?;
    let data_dir = env.data_dir()?.to_path_buf();
    let log = log_path(&data_dir);

    let (theme, theme_problem) =
        crate::theme::load(env.theme.as_deref().unwrap_or(crate::theme::DEFAULT_THEME), env.config_dir.as_deref());
    let mut notes_before = Vec::new();
    let (keymap, keymap_problems) = match env.config_dir.as_ref().map(|d| d.join("keymap.toml")) {
        Some(path) => match crate::input::read_settings(&path) {
            Ok(Some(text)) => Keymap::with_user_file(&text),
            Ok(None) => (Keymap::default_keymap(), Vec::new()),
            Err(reason) => {
                notes_before.push(Problem::KeymapUnreadable(reason));
                (Keymap::default_keymap(), Vec::new())
            }
        },
        None => (Keymap::default_keymap(), Vec::new()),
    };
    let mut model = Model::new(env.today, env.lang, keymap, env.config.domains());
    // Exports go where her other documents are, else into her home folder.
    let dirs = directories::UserDirs::new();
    model.export_folder = dirs.as_ref().map(|d| d.document_dir().unwrap_or(d.home_dir()).to_path_buf());
    // A destination typed « ~/… » is written under her home, not in a folder named « ~ ».
    model.home = dirs.as_ref().map(|d| d.home_dir().to_path_buf());
    // A broken theme or keymap never stops the program: it is said in the status bar and logged.
    let mut notes = notes_before;
    if let Some(p) = &env.config_problem {
        notes.push(Problem::ConfigProblem(p.clone()));
    }
    match theme_problem {
        Some(ThemeProblem::Unknown(name)) => notes.push(Problem::UnknownTheme(name)),
        Some(ThemeProblem::Invalid { name, reason }) => notes.push(Problem::InvalidTheme(name, reason)),
        Some(ThemeProblem::Unreadable { name, reason }) => notes.push(Problem::ThemeUnreadable(name, reason)),
        None => {}
    }
    for p in keymap_problems {
        notes.push(match p {
            KeymapProblem::Syntax { line, column } => Problem::KeymapSyntax { line, column },
            KeymapProblem::OutsideSection(name) => Problem::KeymapOutsideSection(name),
            KeymapProblem::UnknownKey { action, key } => Problem::KeymapUnknownKey { action, key },
            KeymapProblem::UnknownAction(name) => Problem::KeymapUnknownAction(name),
            KeymapProblem::UnknownSection(name) => Problem::KeymapUnknownSection(name),
        });
    }
    let mut app = App::new(model, store, theme);
    app.log = Some(log.clone());
    // The slower alerts wait for the first frame: the terminal loop runs them once it is drawn.
    app.eager = false;
    app.start();
    for note in &notes {
        let setting = match note {
            Problem::ConfigProblem(_) => SettingProblem::Config,
            Problem::UnknownTheme(_) => SettingProblem::UnknownTheme,
            Problem::InvalidTheme(..) | Problem::ThemeUnreadable(..) => SettingProblem::InvalidTheme,
            _ => SettingProblem::Keymap,
        };
        append(&log, &LogEvent::Setting(setting));
    }
    if let Some(note) = notes.first() {
        app.model.set_status(StatusKind::Error, problem(env.lang, note));
    }
    run_terminal(app).map_err(|e| Problem::Storage(crate::i18n::StorageFault::Io(crate::i18n::IoReason::of(&e))))
}

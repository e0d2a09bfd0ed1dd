//! What each command does. `main` only calls `run`; every failure becomes one line in the user's
//! language and a non-zero exit code, never a backtrace.

mod admin;
mod bilan_export;
mod case;
mod contacts;
mod dpp_export;
mod ecomap_export;
mod findings;
mod output;
mod plan_export;
mod scan;
pub mod scene;
mod search;
mod terminal;
mod tui;

use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use clap::error::{ContextKind, ErrorKind};

use crate::cli::{Command, ExportKind, ImportKind, early_lang};
use crate::config::{Config, config_dir, data_dir};
use crate::i18n::store_problem;
use crate::i18n::{Lang, Problem, problem};
use crate::store::{Reader, Store};

/// What every command needs to know.
pub struct Env {
    pub lang: Lang,
    pub data_dir: Option<PathBuf>,
    pub config_dir: Option<PathBuf>,
    pub config: Config,
    pub theme: Option<String>,
    pub today: NaiveDate,
    /// A config.toml that could not be read: said once, then defaults are used.
    pub config_problem: Option<crate::config::ConfigIssue>,
}

impl Env {
    /// The database for a command that writes: refused while another parcours has it open.
    pub fn open_store(&self) -> Result<Store, Problem> {
        let store = Store::open(self.data_dir()?).map_err(|e| store_problem(&e))?;
        self.say_migration(&store);
        Ok(store)
    }

    /// The database for a command that only reads: it works while the application is open.
    pub fn open_reader(&self) -> Result<Reader, Problem> {
        let reader = Store::open_reader(self.data_dir()?).map_err(|e| store_problem(&e))?;
        self.say_migration(&reader);
        Ok(reader)
    }

    fn say_migration(&self, store: &Store) {
        if let Some(report) = store.last_migration() {
            let backup = report.backup.as_ref().map(|p| p.display().to_string()).unwrap_or_default();
            eprintln!("{}", problem(self.lang, &Problem::Migrated { from: report.from, to: report.to, backup }));
        }
    }

    /// What every file written on the user's request goes through: the data folder's own files are
    /// refused.
    pub fn guard(&self) -> crate::store::Guard<'_> {
        crate::store::Guard::of(self.data_dir.as_deref())
    }

    /// What the documents need besides the records, `domains` being the configured ones.
    pub fn setting<'a>(
        &self,
        domains: &'a [crate::domain::life_domain::LifeDomain],
    ) -> crate::export::person::Setting<'a> {
        crate::export::person::Setting { lang: self.lang, today: self.today, domains }
    }

    pub fn data_dir(&self) -> Result<&Path, Problem> {
        self.data_dir.as_deref().ok_or(Problem::NoDataDir)
    }
}

/// The person named on the command line (an id or a pseudonym), or the sentence that says there
/// is none.
pub fn person_named(store: &Store, key: &str) -> Result<crate::domain::person::Person, Problem> {
    store.find_person(key).map_err(|e| match e {
        crate::store::StoreError::NotFound => Problem::UnknownPerson(crate::domain::text::clean_line(key)),
        other => store_problem(&other),
    })
}

/// Writes to standard output; a closed pipe (`parcours list | head -1`) ends quietly.
pub fn out(text: &str) -> Result<(), Problem> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|_| stdout.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(Problem::CannotWrite("-".into(), crate::i18n::IoReason::of(&e))),
    }
}

/// Entry point of the binary: returns the process exit code.
pub fn run(args: Vec<String>) -> i32 {
    let cfg_dir = config_dir();
    let (config, config_problem) = Config::load(cfg_dir.as_deref());
    let lang_hint = early_lang(&args).or(config.lang).unwrap_or_default();
    let cli = match crate::cli::parse(&args) {
        Ok(cli) => cli,
        Err(e) if e.kind() == ErrorKind::DisplayHelp => {
            let _ = out(&crate::cli::french_help(&e.to_string()));
            return 0;
        }
        Err(e) if e.kind() == ErrorKind::DisplayVersion => {
            let _ = out(&format!("{}\n", e.to_string().trim_end()));
            return 0;
        }
        Err(e) => {
            eprintln!("{}", problem(lang_hint, &Problem::Usage(usage_message(lang_hint, &e))));
            return 2;
        }
    };
    let lang = cli.lang.or(config.lang).unwrap_or_default();
    // The interactive screen shows it in its status bar; other commands say it on stderr.
    if let (Some(p), Some(_)) = (&config_problem, &cli.command) {
        eprintln!("{}", problem(lang, &Problem::ConfigProblem(p.clone())));
    }
    let env = Env {
        lang,
        data_dir: data_dir(cli.data_dir.clone()),
        config_dir: cfg_dir,
        theme: cli.theme.clone().or_else(|| config.theme.clone()),
        config,
        today: chrono::Local::now().date_naive(),
        config_problem,
    };
    if let Some(dir) = &env.data_dir {
        install_panic_hook(lang, crate::log::log_path(dir));
    }
    let result = match cli.command {
        None => tui::run(&env),
        Some(Command::Demo) => admin::demo(&env),
        Some(Command::List { format }) => admin::list(&env, format),
        Some(Command::Search { words, format }) => search::search_command(&env, &words.join(" "), format),
        Some(Command::Render { screen, person, size, format }) => {
            scene::render_command(&env, &screen, person.as_deref(), &size, format)
        }
        Some(Command::Screenshots { out }) => scene::screenshots_command(&env, &out),
        Some(Command::Export { kind: ExportKind::Case { person, format: _, out, force, include_sensitive } }) => {
            case::export(&env, &person, &out, force, include_sensitive)
        }
        Some(Command::Export { kind: ExportKind::Plan { person, format, out, force } }) => {
            plan_export::export(&env, &person, format, &out, force)
        }
        Some(Command::Export { kind: ExportKind::Bilan { person, format, out, force, include_sensitive } }) => {
            bilan_export::export(&env, &person, format, &out, force, include_sensitive)
        }
        Some(Command::Export { kind: ExportKind::Dpp { person, format, out, dates, force, candidat, structure } }) => {
            let options = dpp_export::DppOptions {
                format,
                dates,
                force,
                candidate: candidat.as_deref(),
                structure: structure.as_deref(),
            };
            dpp_export::export(&env, &person, &out, &options)
        }
        Some(Command::Export { kind: ExportKind::Contacts { format: _, out } }) => contacts::export(&env, &out),
        Some(Command::Export { kind: ExportKind::Ecomap { person, format, out, date, force } }) => {
            ecomap_export::export(&env, &person, format, &out, date.as_deref(), force)
        }
        Some(Command::Import { kind: ImportKind::Case { file } }) => case::import(&env, &file),
        Some(Command::Import { kind: ImportKind::Contacts { file } }) => contacts::import(&env, &file),
        Some(Command::Scan { file, pseudonyms }) => scan::scan_command(lang, &file, &pseudonyms),
        Some(Command::Check) => admin::check(&env),
        Some(Command::Backup { out }) => admin::backup(&env, out),
        Some(Command::Generate { persons, entries, seed }) => admin::generate(&env, persons, entries, seed),
    };
    match result {
        Ok(()) => 0,
        Err(p) => {
            eprintln!("{}", problem(lang, &p));
            1
        }
    }
}

/// clap's own errors are English; say what went wrong in the user's language, naming the culprit.
fn usage_message(lang: Lang, e: &clap::Error) -> String {
    let culprit = e
        .get(ContextKind::InvalidSubcommand)
        .or_else(|| e.get(ContextKind::InvalidArg))
        .or_else(|| e.get(ContextKind::InvalidValue))
        .map(|v| crate::domain::text::clean_line(&v.to_string()))
        .unwrap_or_default();
    let what = crate::i18n::usage_fault(lang, e.kind());
    let culprit = crate::i18n::value_names(lang, &culprit);
    if culprit.is_empty() { what.to_string() } else { format!("{what} «\u{a0}{culprit}\u{a0}»") }
}

/// A bug must never show a backtrace to a user: one line says where the details are (the log in
/// the data folder), and the interactive screen is restored first (ratatui's own hook runs before).
fn install_panic_hook(lang: Lang, log: PathBuf) {
    std::panic::set_hook(Box::new(move |info| {
        // ratatui's own hook already left raw mode and the alternate screen; mouse capture and
        // bracketed paste would stay on in the user's shell. Only if the TUI had taken them.
        terminal::restore_terminal();
        crate::log::append(&log, &crate::log::LogEvent::Panic(info.location().map(Into::into)));
        eprintln!("{}", problem(lang, &Problem::Panic(log.display().to_string())));
    }));
}

pub fn main() -> i32 {
    run(std::env::args().collect())
}

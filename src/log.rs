//! The log file in the data folder: errors and panics go there, never to the screen.
//!
//! A line holds an event's kind, ids and error category, never text: what was typed may be a real
//! name typed by mistake, and the log is a file nobody reviews. [`append`] takes a [`LogEvent`], whose
//! fields are all closed sets or numbers, so that no sentence can reach it by accident.

use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

pub const LOG_FILE: &str = "parcours.log";

pub fn log_path(data_dir: &Path) -> PathBuf {
    data_dir.join(LOG_FILE)
}

/// What went wrong, as a category: the words shown to the user stay on the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCategory {
    PseudonymTaken,
    PartnerNameTaken,
    EvidenceExists,
    AlreadyOpen,
    NewerSchema,
    OlderSchemaInUse,
    MigrationFailed,
    BaseFile,
    NotADatabase,
    FolderNotWritable,
    NotFound,
    /// A rule the store enforces (its reason may quote the record, so it is not kept).
    Invalid,
    Io(std::io::ErrorKind),
    Sql(Option<rusqlite::ErrorCode>),
}

/// A setting file the program could not follow at start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SettingProblem {
    Config,
    UnknownTheme,
    InvalidTheme,
    Keymap,
}

/// Where a panic happened: a place in the source, never its message (which may quote a record).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PanicSite {
    file: String,
    line: u32,
}

impl From<&std::panic::Location<'_>> for PanicSite {
    fn from(l: &std::panic::Location<'_>) -> PanicSite {
        PanicSite { file: l.file().to_string(), line: l.line() }
    }
}

/// One line of the log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogEvent {
    /// An effect the user asked for failed; `effect` is its kind (« save_person »).
    Failed {
        effect: &'static str,
        category: ErrorCategory,
    },
    Setting(SettingProblem),
    Panic(Option<PanicSite>),
    /// The database could not be brought from schema `from` to `to`; it was left as it was.
    MigrationFailed {
        from: i64,
        to: i64,
        category: ErrorCategory,
    },
}

impl fmt::Display for LogEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LogEvent::Failed { effect, category } => write!(f, "failed {effect}: {category:?}"),
            LogEvent::Setting(p) => write!(f, "setting ignored: {p:?}"),
            LogEvent::Panic(Some(PanicSite { file, line })) => write!(f, "panic at {file}:{line}"),
            LogEvent::Panic(None) => write!(f, "panic at an unknown place"),
            LogEvent::MigrationFailed { from, to, category } => {
                write!(f, "migration v{from} -> v{to} failed: {category:?}")
            }
        }
    }
}

/// Appends one line; logging must never be the reason the program fails, so errors are ignored.
pub fn append(path: &Path, event: &LogEvent) {
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    if let Ok(mut f) = options.open(path) {
        let now = chrono::Local::now().format("%Y-%m-%d %H:%M:%S");
        let _ = writeln!(f, "{now} {event}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::StoreError;

    #[test]
    fn a_line_holds_kinds_and_places_never_words() {
        let dir = tempfile::tempdir().unwrap();
        let path = log_path(dir.path());
        let category = ErrorCategory::from(&StoreError::Invalid("pseudonyme « Jean Dupont »".into()));
        append(&path, &LogEvent::Failed { effect: "save_person", category });
        append(&path, &LogEvent::Panic(Some(std::panic::Location::caller().into())));
        let written = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = written.lines().collect();
        assert!(lines[0].ends_with(" failed save_person: Invalid"), "{written}");
        assert!(lines[1].contains(" panic at src/log.rs:"), "{written}");
        assert!(!written.contains("Dupont"));
    }
}

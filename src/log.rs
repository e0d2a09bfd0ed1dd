//! The log file in the data folder: errors and panics go there, never to the screen.

use std::io::Write;
use std::path::{Path, PathBuf};

pub const LOG_FILE: &str = "parcours.log";

pub fn log_path(data_dir: &Path) -> PathBuf {
    data_dir.join(LOG_FILE)
}

/// Appends one line; logging must never be the reason the program fails, so errors are ignored.
pub fn append(path: &Path, line: &str) {
    let mut options = std::fs::OpenOptions::new();
    options.create(true).append(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    if let Ok(mut f) = options.open(path) {
        let now = chrono::Local::now().format("%Y-%m-%d %H:%M:%S");
        let _ = writeln!(f, "{now} {}", crate::domain::text::clean_line(line));
    }
}

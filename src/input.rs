//! Reading what the user hands over (a case file, a text to scan, a directory, the settings) with
//! a ceiling: a mistaken `/dev/zero` or a huge file is refused at the limit instead of filling the
//! memory.

use std::io::{self, Read};
use std::path::Path;

/// Far above any real case file, text or directory (a case of ten years is a few megabytes).
pub const MAX_INPUT_BYTES: u64 = 64 * 1024 * 1024;

/// Far above any real config.toml, keymap.toml or theme.
pub const MAX_SETTINGS_BYTES: u64 = 1024 * 1024;

/// The file, or standard input for `-`, read to its end: refused with a [`TooLarge`] error as soon
/// as it holds more than `limit` bytes (at most `limit + 1` are read).
pub fn read_limited(source: &Path, limit: u64) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    if source == Path::new("-") {
        io::stdin().lock().take(limit + 1).read_to_end(&mut bytes)?;
    } else {
        std::fs::File::open(source)?.take(limit + 1).read_to_end(&mut bytes)?;
    }
    if bytes.len() as u64 > limit {
        return Err(io::Error::new(io::ErrorKind::FileTooLarge, TooLarge { limit }));
    }
    Ok(bytes)
}

/// [`read_limited`] as text; bytes that are not UTF-8 are an `InvalidData` error.
pub fn read_text_limited(source: &Path, limit: u64) -> io::Result<String> {
    String::from_utf8(read_limited(source, limit)?).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

/// A settings file (config, keymap, theme), read one way for the three: its text without a BOM,
/// `None` when there is none (the defaults apply), or why it cannot be read — larger than
/// [`MAX_SETTINGS_BYTES`], not UTF-8, a folder… — for the user's own language to say.
pub fn read_settings(path: &Path) -> Result<Option<String>, IoReason> {
    match read_text_limited(path, MAX_SETTINGS_BYTES) {
        Ok(text) => Ok(Some(crate::domain::text::without_bom(&text).to_string())),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(IoReason::of(&e)),
    }
}

/// Why a file could not be read or written, in words the user's language has (the system's own
/// message is English).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IoReason {
    NotFound,
    PermissionDenied,
    IsADirectory,
    /// A part of the path that should be a folder is a file.
    NotADirectory,
    AlreadyExists,
    ReadOnly,
    DiskFull,
    /// Text that is not UTF-8 (what `read_to_string` calls invalid data).
    NotUtf8,
    /// More than the limit of what parcours reads, in bytes.
    TooLarge(u64),
    /// Anything else, with the system's error number when there is one: the system's own
    /// sentence is English, and never shown.
    Other(Option<i32>),
}

impl IoReason {
    pub fn of(e: &std::io::Error) -> IoReason {
        use std::io::ErrorKind as K;
        if let Some(too_large) = TooLarge::of(e) {
            return IoReason::TooLarge(too_large.limit);
        }
        match e.kind() {
            K::NotFound => IoReason::NotFound,
            K::PermissionDenied => IoReason::PermissionDenied,
            K::IsADirectory => IoReason::IsADirectory,
            K::NotADirectory => IoReason::NotADirectory,
            K::AlreadyExists => IoReason::AlreadyExists,
            K::ReadOnlyFilesystem => IoReason::ReadOnly,
            K::StorageFull | K::QuotaExceeded => IoReason::DiskFull,
            K::InvalidData => IoReason::NotUtf8,
            _ => IoReason::Other(e.raw_os_error()),
        }
    }
}

/// Why config.toml was ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigIssue {
    /// It could not be read (a folder of that name, no permission…).
    Unreadable(IoReason),
    /// Its bytes are not UTF-8 text (saved as Latin-1 by an old editor…).
    NotUtf8,
    /// Not TOML, or a key it does not know: where, and what.
    Invalid(SettingsFault),
}

/// Why a settings file (config.toml, a theme) was not followed, by where and what: the TOML
/// reader's own sentence is English, and i18n says this in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SettingsFault {
    /// Not TOML: where the reading stopped.
    Syntax { line: usize, column: usize },
    /// A key the file may not hold.
    UnknownKey { line: usize, column: usize, key: String },
    /// A value of the wrong kind (a number where a word is expected…).
    WrongValue { line: usize, column: usize },
    /// A key the file must hold.
    MissingKey(String),
    /// A theme whose parents lead back to itself.
    CircularParent,
    /// A theme's role no build knows.
    UnknownRole(String),
    /// A theme's colour that is no colour.
    InvalidColour(String),
}

impl SettingsFault {
    /// What the TOML reader found in `text`: text that is no TOML at all, or TOML that says what
    /// the file may not. Its message is read only for serde's fixed openings (« unknown field `x` »).
    pub fn of_toml(text: &str, e: &toml::de::Error) -> SettingsFault {
        let (line, column) = toml_position(text, e);
        if text.parse::<toml::Table>().is_err() {
            return SettingsFault::Syntax { line, column };
        }
        let message = e.message();
        let quoted =
            |after: &str| message.strip_prefix(after).and_then(|rest| rest.split('`').next()).map(str::to_string);
        if let Some(key) = quoted("unknown field `") {
            SettingsFault::UnknownKey { line, column, key }
        } else if let Some(key) = quoted("missing field `") {
            SettingsFault::MissingKey(key)
        } else {
            SettingsFault::WrongValue { line, column }
        }
    }
}

/// The line and column (from 1, in characters) where the TOML reader stopped in `text`.
pub fn toml_position(text: &str, e: &toml::de::Error) -> (usize, usize) {
    let at = e.span().map_or(0, |s| s.start).min(text.len());
    let before = text.get(..at).unwrap_or("");
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// A file over the limit of what parcours reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooLarge {
    pub limit: u64,
}

impl std::fmt::Display for TooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "larger than {} MB", self.limit / (1024 * 1024))
    }
}

impl std::error::Error for TooLarge {}

impl TooLarge {
    /// The limit an I/O error says was passed, if that is what it says.
    pub fn of(e: &io::Error) -> Option<TooLarge> {
        e.get_ref().and_then(|inner| inner.downcast_ref::<TooLarge>()).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_endless_file_is_refused_at_the_limit() {
        let e = read_limited(Path::new("/dev/zero"), 1000).unwrap_err();
        assert_eq!(TooLarge::of(&e), Some(TooLarge { limit: 1000 }));
    }

    #[test]
    fn a_file_at_the_limit_is_read_whole() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, vec![b'a'; 1000]).unwrap();
        assert_eq!(read_limited(&path, 1000).unwrap().len(), 1000);
        assert!(read_limited(&path, 999).is_err());
    }
}

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
pub fn read_settings(path: &Path) -> Result<Option<String>, crate::i18n::IoReason> {
    match read_text_limited(path, MAX_SETTINGS_BYTES) {
        Ok(text) => Ok(Some(crate::domain::text::without_bom(&text).to_string())),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(crate::i18n::IoReason::of(&e)),
    }
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

//! Where an export goes: standard output, or a file written whole and private to the user.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::out;
use crate::app::runtime::store_problem;
use crate::i18n::{Lang, Problem, finding_line};
use crate::privacy::scan_except;
use crate::store::Store;

/// `-` is standard output; anything else a file, written all at once and readable by the user only.
pub fn deliver(dest: &str, text: &str) -> Result<(), Problem> {
    if dest == "-" {
        out(text)
    } else {
        write_whole(Path::new(dest), text.as_bytes()).map_err(|e| Problem::CannotWrite(dest.to_string(), e.to_string()))
    }
}

/// What a document says of the persons is checked before it leaves the tool: when the anonymity
/// scan finds an identifier, the findings are listed on stderr and nothing is written, unless the
/// user insists with `--force`. Pseudonyms declared in the database are not names to hide.
pub fn deliver_anonymous(lang: Lang, store: &Store, dest: &str, text: &str, force: bool) -> Result<(), Problem> {
    if !force {
        let pseudonyms: Vec<String> =
            store.persons(true).map_err(|e| store_problem(&e))?.into_iter().map(|p| p.pseudonym).collect();
        let findings = scan_except(text, &pseudonyms);
        if !findings.is_empty() {
            for f in findings.iter().take(MAX_LISTED) {
                eprintln!("{}", finding_line(lang, f));
            }
            if findings.len() > MAX_LISTED {
                eprintln!("  …");
            }
            return Err(Problem::ExportRefused(findings.len()));
        }
    }
    deliver(dest, text)
}

/// Findings listed under a refused export: enough to find the record, not a wall of text.
const MAX_LISTED: usize = 20;

/// Writes `bytes` to `dest` all at once: into a private temporary file beside it, then renamed
/// over it. A failure leaves neither a half-written file nor the temporary one.
pub fn write_whole(dest: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let folder = match dest.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = dest.file_name().ok_or_else(|| std::io::Error::from(std::io::ErrorKind::InvalidInput))?;
    let mut tmp_name = std::ffi::OsString::from(".");
    tmp_name.push(name);
    tmp_name.push(format!(".tmp-{}", std::process::id()));
    let tmp = folder.join(tmp_name);
    let _ = std::fs::remove_file(&tmp);
    let result = create_private(&tmp)
        .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
        .and_then(|()| std::fs::rename(&tmp, dest));
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// A new file readable by the user only: what parcours writes tells of someone's life.
fn create_private(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)
}

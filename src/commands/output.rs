//! Where an export goes: standard output, or a file written whole and private to the user.

use std::io::Write;
use std::path::{Path, PathBuf};

use super::out;
use crate::domain::person::Person;
use crate::export::case_json::export_case;
use crate::i18n::Problem;
use crate::privacy::records::{Scope, scan_path, scan_records};
use crate::store::Store;

/// `-` is standard output; anything else a file, written all at once and readable by the user only.
pub fn deliver(dest: &str, text: &str) -> Result<(), Problem> {
    if dest == "-" {
        out(text)
    } else {
        write_whole(Path::new(dest), text.as_bytes())
            .map_err(|e| Problem::CannotWrite(dest.to_string(), crate::i18n::IoReason::of(&e)))
    }
}

/// What a document says of a person is checked before it leaves the tool: when the anonymity scan
/// finds an identifier in the records the export carries, the findings are listed on stderr by
/// record and nothing is written, unless the user insists with `--force`. Her own pseudonym is not
/// a name to hide; the directory's partners are professionals and are not scanned.
pub fn deliver_anonymous(export: &Export, dest: &str, text: &str) -> Result<(), Problem> {
    if !export.force {
        let case = export_case(export.store, export.person.id).map_err(super::case::export_problem)?;
        let pseudonyms = std::slice::from_ref(&export.person.pseudonym);
        let mut found = scan_records(&case, export.scope, pseudonyms);
        if export.scope.carries_path() {
            found.extend(path_findings(export.store, export.person.id, export.scope, pseudonyms)?);
        }
        if !found.is_empty() {
            let count = found.len();
            let env = export.env;
            let listing = super::findings::listing(env.lang, &env.config.domains(), &export.person.pseudonym, found);
            eprint!("{listing}");
            return Err(Problem::ExportRefused(count));
        }
    }
    deliver(dest, text)
}

/// The findings in the person's journal and evaluations that an export of this scope carries.
pub fn path_findings(
    store: &Store,
    person: crate::domain::person::PersonId,
    scope: Scope,
    pseudonyms: &[String],
) -> Result<Vec<crate::privacy::records::RecordFinding>, Problem> {
    let journal = store.journal(person).map_err(|e| crate::app::runtime::store_problem(&e))?;
    let evaluations = store.evaluations(person).map_err(|e| crate::app::runtime::store_problem(&e))?;
    Ok(scan_path(&journal, &evaluations, scope, pseudonyms))
}

/// An export about one person, and whether the user insisted on it.
pub struct Export<'a> {
    pub env: &'a super::Env,
    pub store: &'a Store,
    pub person: &'a Person,
    pub scope: Scope,
    pub force: bool,
}

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

//! Where an export goes: standard output, or a file written whole and private to the user.

use std::io::Write;
use std::path::Path;

use super::out;
use crate::domain::person::Person;
use crate::export::case_json::export_case;
use crate::i18n::{IoReason, Problem};
use crate::privacy::records::{Scope, scan_path, scan_records};
use crate::store::{Guard, Store, StoreError, create_new_private, replace_whole};

/// `-` is standard output; anything else a file, written all at once and readable by the user only.
pub fn deliver(env: &super::Env, dest: &str, text: &str) -> Result<(), Problem> {
    if dest == "-" { out(text) } else { write_whole(&env.guard(), Path::new(dest), text.as_bytes()) }
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
    deliver(export.env, dest, text)
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
/// over it. A failure leaves neither a half-written file nor the temporary one; the files of the
/// data folder are refused.
pub fn write_whole(guard: &Guard<'_>, dest: &Path, bytes: &[u8]) -> Result<(), Problem> {
    let fill = |tmp: &Path| -> Result<(), StoreError> {
        let mut file = create_new_private(tmp)?;
        file.write_all(bytes)?;
        Ok(file.sync_all()?)
    };
    replace_whole(guard, dest, fill).map_err(|e| write_problem(dest, e))
}

/// The sentence for a file that could not be written.
pub fn write_problem(dest: &Path, e: StoreError) -> Problem {
    let shown = dest.display().to_string();
    match e {
        StoreError::BaseFile { .. } => Problem::BaseFile(shown),
        StoreError::Io(io) => Problem::CannotWrite(shown, IoReason::of(&io)),
        other => crate::app::runtime::store_problem(&other),
    }
}

//! Where an export goes: standard output, or a file written whole and private to the user.

use std::path::Path;

use super::out;
pub use crate::export::person::write_whole;
use crate::export::person::{CaseSource, findings};
use crate::i18n::Problem;
use crate::privacy::records::Scope;

/// `-` is standard output; anything else a file, written all at once and readable by the user only.
pub fn deliver(env: &super::Env, dest: &str, text: &str) -> Result<(), Problem> {
    if dest == "-" { out(text) } else { write_whole(&env.guard(), Path::new(dest), text.as_bytes()) }
}

/// What a document says of a person is checked before it leaves the tool: when the anonymity scan
/// finds an identifier in the records the export carries, the findings are listed on stderr by
/// record and nothing is written, unless the user insists with `--force`.
pub fn deliver_anonymous(export: &Export, dest: &str, text: &str) -> Result<(), Problem> {
    if !export.force {
        let found = findings(export.source, export.scope);
        if !found.is_empty() {
            let count = found.len();
            let env = export.env;
            let pseudonym = &export.source.case.person.pseudonym;
            let listing = super::findings::listing(env.lang, &env.config.domains(), pseudonym, found);
            eprint!("{listing}");
            return Err(Problem::ExportRefused(count));
        }
    }
    deliver(export.env, dest, text)
}

/// An export about one person, and whether the user insisted on it.
pub struct Export<'a> {
    pub env: &'a super::Env,
    /// Her case, read once for the document and for the guard.
    pub source: &'a CaseSource,
    pub scope: Scope,
    pub force: bool,
}

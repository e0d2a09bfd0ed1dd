//! Where an export goes: standard output, or a file written whole and private to the user.

use std::path::Path;

use super::out;
use crate::domain::person::Person;
use crate::export::person::findings;
pub use crate::export::person::write_whole;
use crate::i18n::Problem;
use crate::privacy::records::Scope;
use crate::store::Store;

/// `-` is standard output; anything else a file, written all at once and readable by the user only.
pub fn deliver(env: &super::Env, dest: &str, text: &str) -> Result<(), Problem> {
    if dest == "-" { out(text) } else { write_whole(&env.guard(), Path::new(dest), text.as_bytes()) }
}

/// What a document says of a person is checked before it leaves the tool: when the anonymity scan
/// finds an identifier in the records the export carries, the findings are listed on stderr by
/// record and nothing is written, unless the user insists with `--force`.
pub fn deliver_anonymous(export: &Export, dest: &str, text: &str) -> Result<(), Problem> {
    if !export.force {
        let found = findings(export.store, export.person, export.scope)?;
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

/// An export about one person, and whether the user insisted on it.
pub struct Export<'a> {
    pub env: &'a super::Env,
    pub store: &'a Store,
    pub person: &'a Person,
    pub scope: Scope,
    pub force: bool,
}

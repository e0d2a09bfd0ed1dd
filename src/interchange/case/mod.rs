//! The case file: a whole person as one versioned JSON file (`parcours export case`, `parcours
//! import case`), to move a situation between two databases or hand a training case to trainees.
//! An interchange format, kept apart from the base's tables: it depends on the domain only, and
//! converts explicitly from and to a [`crate::domain::case::Case`] ([`CaseFile::of`],
//! [`CaseFile::to_case`]). Writing an imported case is the store's ([`crate::store::Store::insert_case`]).
//!
//! **Version.** `format` is `parcours-case`, `version` the layout's ([`CASE_VERSION`], 1). A file
//! of a higher version is refused before its content is read, so that it says so rather than
//! failing on a field it added. A change that an older build could not read safely raises the
//! version; one it can (a new optional part) does not.
//!
//! **Missing fields.** The parts added since the first files — the plan, the network, the path —
//! are optional: absent, they are empty (files written before plans, before networks, before the
//! path still import; tests/data/case_v1_*.json are such files). Inside a record every field is
//! required: a record without one is refused with the key's name (« champ manquant »), since a
//! guessed value would be stored as if typed. So a field added to a record later takes
//! `#[serde(default)]` with the value older files mean, or the version goes up; the fixtures'
//! test (tests/case_files.rs) fails until one or the other is done.
//!
//! **Unknown fields** are ignored (serde's default), so that a file written by a newer build of
//! the same version, or edited by hand, still imports what this build knows.
//!
//! **Ids** are those of the exporting base: they only link the file's records together and are
//! replaced on import. Partners travel by value and are matched by name with the receiving
//! directory. The evidence of the competencies does not travel (it is tagged again).

mod json;
mod layout;

pub use json::{FileError, JsonFault, JsonKind, JsonProblem, check_header, parse};
pub use layout::{CASE_FORMAT, CASE_VERSION, CaseFile, CaseNetwork, CasePath, CasePlan};

//! Privacy guards: the persons described are vulnerable, so what leaves the tool is checked for
//! data that would identify them.

pub mod checksums;
pub mod records;
pub mod scan;

pub use scan::{Finding, IdentifierKind, is_first_name_form, scan, scan_except, scan_pseudonym};

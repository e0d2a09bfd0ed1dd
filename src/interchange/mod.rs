//! Interchange formats: files written to be read back by another tool or another copy of
//! parcours (the case file, the directory's vCards), as opposed to the documents people read. They
//! know the domain only, so the store, the documents and the commands can all use them.

pub mod case;
pub mod content_line;
pub mod vcard;

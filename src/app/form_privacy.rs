//! The anonymity scan at the moment of saving: a field that seems to identify someone is flagged
//! and the save held once; saving the same text again keeps it (the référent knows her context
//! better than a pattern does, and a word is never lost).

use super::form::{FieldError, FieldId, FieldKind, Form, FormKind};
use crate::privacy::{scan_except, scan_pseudonym};

impl Form {
    /// Flags the text fields holding identifying data and returns whether any was flagged. The
    /// directory's partners are professionals and are not scanned, nor is where an export goes. The pseudonym may be a first
    /// name declared with an age (« Inès, 19 ans »), but not « Jean Dupont », a phone number…
    pub fn flag_identifying(&mut self, pseudonyms: &[String]) -> bool {
        // A destination is a path, whose folders may well bear the user's own first name.
        if matches!(self.kind, FormKind::Partner(_) | FormKind::Export { .. }) {
            return false;
        }
        let texts: Vec<String> = self.fields.iter().map(|f| f.text()).collect();
        if self.acknowledged.as_ref() == Some(&texts) {
            return false;
        }
        let mut own = pseudonyms.to_vec();
        own.push(self.text_of(FieldId::Pseudonym));
        let mut flagged = false;
        for field in &mut self.fields {
            let scanned = matches!(field.kind, FieldKind::Text | FieldKind::Line | FieldKind::Needs);
            if !scanned {
                continue;
            }
            let found = if field.id == FieldId::Pseudonym {
                scan_pseudonym(&field.text())
            } else {
                scan_except(&field.text(), &own)
            };
            if let Some(first) = found.first() {
                field.error = Some(FieldError::Identifying(first.kind));
                flagged = true;
            }
        }
        if flagged {
            self.acknowledged = Some(texts);
        }
        flagged
    }
}

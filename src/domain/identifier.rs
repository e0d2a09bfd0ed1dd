//! The kinds of identifier the anonymity scan looks for: a domain value, since a form's refusal
//! (« semble identifier quelqu'un ») names one as much as the scan does.

use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum IdentifierKind {
    Email,
    Phone,
    Nir,
    Iban,
    Address,
    BirthDate,
    Name,
}

impl IdentifierKind {
    pub const ALL: [IdentifierKind; 7] = [
        IdentifierKind::Email,
        IdentifierKind::Phone,
        IdentifierKind::Nir,
        IdentifierKind::Iban,
        IdentifierKind::Address,
        IdentifierKind::BirthDate,
        IdentifierKind::Name,
    ];

    /// The key used in the JSON output and in the test corpus.
    pub fn key(self) -> &'static str {
        match self {
            IdentifierKind::Email => "email",
            IdentifierKind::Phone => "phone",
            IdentifierKind::Nir => "nir",
            IdentifierKind::Iban => "iban",
            IdentifierKind::Address => "address",
            IdentifierKind::BirthDate => "birth_date",
            IdentifierKind::Name => "name",
        }
    }

    pub fn from_key(key: &str) -> Option<IdentifierKind> {
        IdentifierKind::ALL.into_iter().find(|k| k.key() == key)
    }
}

//! Partners of the territory (C6): the structures and professionals the référent works with.
//! Professional data about organisations, never about the person accompanied.

use serde::{Deserialize, Serialize};

pub type PartnerId = i64;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sector {
    Sanitaire,
    MedicoSocial,
    Social,
    Scolaire,
    Logement,
    EmploiInsertion,
    Justice,
    DroitCommun,
    Associatif,
    Autre,
}

impl Sector {
    pub const ALL: [Sector; 10] = [
        Sector::Sanitaire,
        Sector::MedicoSocial,
        Sector::Social,
        Sector::Scolaire,
        Sector::Logement,
        Sector::EmploiInsertion,
        Sector::Justice,
        Sector::DroitCommun,
        Sector::Associatif,
        Sector::Autre,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Sector::Sanitaire => "sanitaire",
            Sector::MedicoSocial => "medico-social",
            Sector::Social => "social",
            Sector::Scolaire => "scolaire",
            Sector::Logement => "logement",
            Sector::EmploiInsertion => "emploi-insertion",
            Sector::Justice => "justice",
            Sector::DroitCommun => "droit-commun",
            Sector::Associatif => "associatif",
            Sector::Autre => "autre",
        }
    }

    pub fn from_code(code: &str) -> Option<Sector> {
        Sector::ALL.into_iter().find(|s| s.code() == code)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Partner {
    pub id: PartnerId,
    /// The organisation (« SAMSAH de la commune », « CMP adultes »).
    pub name: String,
    pub sector: Sector,
    pub expertise: String,
    pub territory: String,
    /// A professional contact (service, switchboard): never the person's.
    pub contact: String,
    pub notes: String,
    pub archived: bool,
}

impl Partner {
    pub fn new_draft() -> Partner {
        Partner {
            id: 0,
            name: String::new(),
            sector: Sector::Autre,
            expertise: String::new(),
            territory: String::new(),
            contact: String::new(),
            notes: String::new(),
            archived: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sector_codes_round_trip() {
        for s in Sector::ALL {
            assert_eq!(Sector::from_code(s.code()), Some(s));
        }
        assert_eq!(Sector::from_code("banque"), None);
    }
}

//! The ecomap's and the directory's words: sectors, kinds of informal tie, strength, valence,
//! flow and the legal basis of sharing, in French and English.

use super::Lang;
use crate::domain::partner::Sector;
use crate::domain::tie::{Flow, InformalKind, LegalBasis, Strength, Valence};

pub fn sector_label(lang: Lang, s: crate::domain::partner::Sector) -> &'static str {
    match lang {
        Lang::Fr => sector_fr(s),
        Lang::En => sector_en(s),
    }
}

pub fn informal_label(lang: Lang, x: crate::domain::tie::InformalKind) -> &'static str {
    match lang {
        Lang::Fr => informal_fr(x),
        Lang::En => informal_en(x),
    }
}

pub fn strength_label(lang: Lang, x: crate::domain::tie::Strength) -> &'static str {
    match lang {
        Lang::Fr => strength_fr(x),
        Lang::En => strength_en(x),
    }
}

pub fn valence_label(lang: Lang, x: crate::domain::tie::Valence) -> &'static str {
    match lang {
        Lang::Fr => valence_fr(x),
        Lang::En => valence_en(x),
    }
}

pub fn flow_label(lang: Lang, x: crate::domain::tie::Flow) -> &'static str {
    match lang {
        Lang::Fr => flow_fr(x),
        Lang::En => flow_en(x),
    }
}

pub fn legal_basis_label(lang: Lang, x: crate::domain::tie::LegalBasis) -> &'static str {
    match lang {
        Lang::Fr => legal_basis_fr(x),
        Lang::En => legal_basis_en(x),
    }
}

fn sector_fr(s: Sector) -> &'static str {
    match s {
        Sector::Sanitaire => "sanitaire",
        Sector::MedicoSocial => "médico-social",
        Sector::Social => "social",
        Sector::Scolaire => "scolaire",
        Sector::Logement => "logement",
        Sector::EmploiInsertion => "emploi, insertion",
        Sector::Justice => "justice",
        Sector::DroitCommun => "droit commun",
        Sector::Associatif => "associatif",
        Sector::Autre => "autre",
    }
}

fn informal_fr(x: InformalKind) -> &'static str {
    match x {
        InformalKind::Family => "famille",
        InformalKind::Friends => "amis",
        InformalKind::Neighbours => "voisins",
        InformalKind::Peers => "pairs",
        InformalKind::School => "école",
        InformalKind::Work => "travail",
        InformalKind::Other => "autre soutien",
    }
}

fn strength_fr(x: Strength) -> &'static str {
    match x {
        Strength::Strong => "fort",
        // « modéré » would read weaker than « normal »: the words follow the lines' weight.
        Strength::Moderate => "assez fort",
        Strength::Normal => "moyen",
        Strength::Weak => "faible",
    }
}

fn valence_fr(x: Valence) -> &'static str {
    match x {
        Valence::Neutral => "neutre",
        Valence::Stressful => "stressant",
        Valence::Conflictual => "conflictuel",
        Valence::Broken => "rompu",
    }
}

fn flow_fr(x: Flow) -> &'static str {
    match x {
        Flow::None => "sans échange",
        Flow::ToPerson => "vers la personne",
        Flow::FromPerson => "de la personne",
        Flow::Mutual => "réciproque",
    }
}

fn legal_basis_fr(x: LegalBasis) -> &'static str {
    match x {
        LegalBasis::SameCareTeam => "même équipe de soins",
        LegalBasis::PersonConsent => "consentement de la personne",
        LegalBasis::ChildProtection => "secret partagé, protection de l’enfance",
    }
}

fn sector_en(s: Sector) -> &'static str {
    match s {
        Sector::Sanitaire => "health",
        Sector::MedicoSocial => "medico-social",
        Sector::Social => "social",
        Sector::Scolaire => "school",
        Sector::Logement => "housing",
        Sector::EmploiInsertion => "employment, integration",
        Sector::Justice => "justice",
        Sector::DroitCommun => "mainstream services",
        Sector::Associatif => "voluntary sector",
        Sector::Autre => "other",
    }
}

fn informal_en(x: InformalKind) -> &'static str {
    match x {
        InformalKind::Family => "family",
        InformalKind::Friends => "friends",
        InformalKind::Neighbours => "neighbours",
        InformalKind::Peers => "peers",
        InformalKind::School => "school",
        InformalKind::Work => "work",
        InformalKind::Other => "other support",
    }
}

fn strength_en(x: Strength) -> &'static str {
    match x {
        Strength::Strong => "strong",
        Strength::Moderate => "moderate",
        Strength::Normal => "normal",
        Strength::Weak => "weak",
    }
}

fn valence_en(x: Valence) -> &'static str {
    match x {
        Valence::Neutral => "neutral",
        Valence::Stressful => "stressful",
        Valence::Conflictual => "conflictual",
        Valence::Broken => "broken",
    }
}

fn flow_en(x: Flow) -> &'static str {
    match x {
        Flow::None => "no exchange",
        Flow::ToPerson => "to the person",
        Flow::FromPerson => "from the person",
        Flow::Mutual => "mutual",
    }
}

fn legal_basis_en(x: LegalBasis) -> &'static str {
    match x {
        LegalBasis::SameCareTeam => "same care team",
        LegalBasis::PersonConsent => "the person’s consent",
        LegalBasis::ChildProtection => "shared secret, child protection",
    }
}

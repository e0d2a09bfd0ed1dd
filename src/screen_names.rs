//! The names `parcours render --screen` takes: below the commands, since the messages that list
//! them when a name is wrong (i18n) need them too.

/// The screens `parcours render` knows.
pub const SCREENS: [&str; 16] = [
    "file-active",
    "diagnostic",
    "synthese",
    "fiche",
    "projet",
    "qui-fait-quoi",
    "echeancier",
    "echeances",
    "reseau",
    "evaluation",
    "journal",
    "competences",
    "donnees-identifiantes",
    "annuaire",
    "aide",
    "accueil",
];

//! The keys' side of the interface: actions, contexts and the keys that have a name (« Échap »),
//! in French and English, for the help, the palette and the hint bar.

use super::{Lang, Text, tr};
use crate::action::{Action, Context};

/// The keys that have a name rather than a symbol (« Échap » / « Esc »): said in the interface's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyName {
    Esc,
    PageUp,
    PageDown,
    Home,
    End,
    Delete,
    Space,
}

impl KeyName {
    pub const ALL: [KeyName; 7] = [
        KeyName::Esc,
        KeyName::PageUp,
        KeyName::PageDown,
        KeyName::Home,
        KeyName::End,
        KeyName::Delete,
        KeyName::Space,
    ];
}

/// An action's name where it is offered: some keys do a different thing on some screens (« x »
/// archives a plan item, but removes a tag of evidence).
pub fn action_label_in(lang: Lang, context: Context, a: Action) -> &'static str {
    use super::evidence::{EvidenceText, evidence_words};
    match (context, a) {
        (Context::Competencies, Action::NextTab) => evidence_words(lang, EvidenceText::Evidence),
        (Context::Competencies, Action::PrevTab) => evidence_words(lang, EvidenceText::TheList),
        (Context::Competencies, Action::NewItem) => evidence_words(lang, EvidenceText::WriteFreeEvidence),
        (Context::Competencies, Action::ArchiveItem) => evidence_words(lang, EvidenceText::RemoveTag),
        (Context::Competencies | Context::Findings, Action::Open) => evidence_words(lang, EvidenceText::GoToRecord),
        (Context::FileActive, Action::Deadlines) => evidence_words(lang, EvidenceText::Deadlines),
        (Context::FileActive, Action::Directory) => evidence_words(lang, EvidenceText::Directory),
        (Context::FileActive, Action::Competencies) => evidence_words(lang, EvidenceText::CompetenciesShort),
        (Context::Journal, Action::NewItem) => action_label(lang, Action::NoteJournal),
        (Context::Journal, Action::FilterKind) => evidence_words(lang, EvidenceText::Kind),
        (Context::Journal, Action::FilterPartner) => evidence_words(lang, EvidenceText::Partner),
        (Context::Journal, Action::CyclePeriod) => evidence_words(lang, EvidenceText::Period),
        (Context::Evaluation, Action::Earlier) => evidence_words(lang, EvidenceText::Before),
        (Context::Evaluation, Action::Later) => evidence_words(lang, EvidenceText::After),
        (Context::Evaluation, Action::ZoomOut) => evidence_words(lang, EvidenceText::Wider),
        (Context::Evaluation, Action::ZoomIn) => evidence_words(lang, EvidenceText::Narrower),
        (Context::Evaluation, Action::NewItem) => evidence_words(lang, EvidenceText::NewEvaluation),
        (Context::Form, Action::Quit) => tr(lang, Text::HelpQuitFromForm),
        _ => action_label(lang, a),
    }
}

pub fn action_label(lang: Lang, a: Action) -> &'static str {
    match lang {
        Lang::Fr => action_fr(a),
        Lang::En => action_en(a),
    }
}

pub fn key_name(lang: Lang, k: KeyName) -> &'static str {
    match lang {
        Lang::Fr => key_name_fr(k),
        Lang::En => key_name_en(k),
    }
}

pub fn context_label(lang: Lang, c: Context) -> &'static str {
    match lang {
        Lang::Fr => context_fr(c),
        Lang::En => context_en(c),
    }
}

fn action_fr(a: Action) -> &'static str {
    match a {
        Action::Quit => "Quitter",
        Action::Help => "Aide",
        Action::Palette => "Palette de commandes",
        Action::Search => "Rechercher",
        Action::Back => "Retour",
        Action::Up => "Monter",
        Action::Down => "Descendre",
        Action::PageUp => "Page précédente",
        Action::PageDown => "Page suivante",
        Action::First => "Aller au début",
        Action::Last => "Aller à la fin",
        Action::LoadDemo => "Charger la démonstration",
        Action::NewPerson => "Nouvelle personne",
        Action::Open => "Ouvrir",
        Action::EditPerson => "Modifier la fiche",
        Action::ArchivePerson => "Archiver / désarchiver",
        Action::ToggleArchived => "Afficher les archives",
        Action::CycleOrder => "Ordre",
        Action::Reopen => "Rouvrir l’action qui vient d’être faite",
        Action::Confirm => "Oui",
        Action::Undo => "Défaire la dernière modification du champ",
        Action::ClearField => "Vider le champ",
        Action::NextTab => "Onglet suivant",
        Action::PrevTab => "Onglet précédent",
        Action::EditEntry => "Écrire le domaine",
        Action::History => "Historique du domaine",
        Action::Synthesis => "Synthèse des besoins",
        Action::NewItem => "Nouveau",
        Action::EditItem => "Modifier",
        Action::NewAxis => "Nouvel axe d’accompagnement",
        Action::MarkDone => "Marquer l’action faite aujourd’hui",
        Action::Postpone => "Reporter l’action",
        Action::Readjust => "Réajuster l’objectif",
        Action::ArchiveItem => "Archiver l’élément",
        Action::MoveUp => "Monter d’un rang",
        Action::MoveDown => "Descendre d’un rang",
        Action::CycleView => "Changer de vue (arbre, qui fait quoi, échéancier)",
        Action::Deadlines => "Échéances de la file active",
        Action::Directory => "Annuaire du territoire",
        Action::Compare => "Comparer avec une date passée",
        Action::TieList => "Liste ou carte",
        Action::EndTie => "Mettre fin au lien",
        Action::Save => "Enregistrer",
        Action::NextField => "Champ suivant",
        Action::PrevField => "Champ précédent",
        Action::Cancel => "Abandonner",
        Action::PickCode => "Chercher",
        Action::NewPartner => "Nouveau partenaire",
        Action::NoteJournal => "Noter au journal",
        Action::FilterKind => "Filtrer par type",
        Action::FilterPartner => "Filtrer par partenaire",
        Action::ZoomIn => "Zoom avant",
        Action::ZoomOut => "Zoom arrière",
        Action::Earlier => "Période précédente",
        Action::Competencies => "Compétences (DPP)",
        Action::TagEvidence => "Marquer comme preuve d’une compétence",
        Action::Accept => "Retenir la suggestion",
        Action::Findings => "Données identifiantes",
        Action::Export => "Exporter…",
        Action::OlderEvaluation => "Évaluation précédente",
        Action::NewerEvaluation => "Évaluation suivante",
        Action::CyclePeriod => "Changer de période",
        Action::Later => "Période suivante",
    }
}

fn key_name_fr(k: KeyName) -> &'static str {
    match k {
        KeyName::Esc => "Échap",
        KeyName::PageUp => "PgPréc",
        KeyName::PageDown => "PgSuiv",
        KeyName::Home => "Début",
        KeyName::End => "Fin",
        KeyName::Delete => "Suppr",
        KeyName::Space => "Espace",
    }
}

fn context_fr(c: Context) -> &'static str {
    match c {
        Context::Global => "Partout",
        Context::Welcome => "Accueil",
        Context::FileActive => "File active",
        Context::Person => "Personne",
        Context::Diagnostic => "Diagnostic",
        Context::Project => "Projet",
        Context::Deadlines => "Échéances",
        Context::Directory => "Annuaire",
        Context::Network => "Réseau",
        Context::Form => "Formulaire",
        Context::Journal => "Journal",
        Context::Evaluation => "Évaluation",
        Context::Competencies => "Compétences",
        Context::Findings => "Données identifiantes",
        Context::Confirm => "Confirmation",
    }
}

fn action_en(a: Action) -> &'static str {
    match a {
        Action::Quit => "Quit",
        Action::Help => "Help",
        Action::Palette => "Command palette",
        Action::Search => "Search",
        Action::Back => "Back",
        Action::Up => "Up",
        Action::Down => "Down",
        Action::PageUp => "Page up",
        Action::PageDown => "Page down",
        Action::First => "Go to top",
        Action::Last => "Go to bottom",
        Action::LoadDemo => "Load the demo",
        Action::NewPerson => "New person",
        Action::Open => "Open",
        Action::EditPerson => "Edit card",
        Action::ArchivePerson => "Archive / restore",
        Action::ToggleArchived => "Show archived",
        Action::CycleOrder => "Order",
        Action::Reopen => "Reopen the action just done",
        Action::Confirm => "Yes",
        Action::Undo => "Undo the field’s last change",
        Action::ClearField => "Clear the field",
        Action::NextTab => "Next tab",
        Action::PrevTab => "Previous tab",
        Action::EditEntry => "Write the domain",
        Action::History => "Domain history",
        Action::Synthesis => "Needs overview",
        Action::NewItem => "New",
        Action::EditItem => "Edit",
        Action::NewAxis => "New axis of support",
        Action::MarkDone => "Mark the action done today",
        Action::Postpone => "Postpone the action",
        Action::Readjust => "Readjust the objective",
        Action::ArchiveItem => "Archive the item",
        Action::MoveUp => "Move up",
        Action::MoveDown => "Move down",
        Action::CycleView => "Change view (tree, who does what, schedule)",
        Action::Deadlines => "Caseload deadlines",
        Action::Directory => "Territory directory",
        Action::Compare => "Compare with a past date",
        Action::TieList => "List or map",
        Action::EndTie => "End the tie",
        Action::Save => "Save",
        Action::NextField => "Next field",
        Action::PrevField => "Previous field",
        Action::Cancel => "Discard",
        Action::PickCode => "Search",
        Action::NewPartner => "New partner",
        Action::NoteJournal => "Note in the journal",
        Action::FilterKind => "Filter by kind",
        Action::FilterPartner => "Filter by partner",
        Action::ZoomIn => "Zoom in",
        Action::ZoomOut => "Zoom out",
        Action::Earlier => "Earlier period",
        Action::Competencies => "Competencies (DPP)",
        Action::TagEvidence => "Tag as evidence of a competency",
        Action::Accept => "Accept the suggestion",
        Action::Findings => "Identifying data",
        Action::Export => "Export…",
        Action::OlderEvaluation => "Earlier evaluation",
        Action::NewerEvaluation => "Later evaluation",
        Action::CyclePeriod => "Change the period",
        Action::Later => "Later period",
    }
}

fn key_name_en(k: KeyName) -> &'static str {
    match k {
        KeyName::Esc => "Esc",
        KeyName::PageUp => "PgUp",
        KeyName::PageDown => "PgDn",
        KeyName::Home => "Home",
        KeyName::End => "End",
        KeyName::Delete => "Del",
        KeyName::Space => "Space",
    }
}

fn context_en(c: Context) -> &'static str {
    match c {
        Context::Global => "Everywhere",
        Context::Welcome => "Welcome",
        Context::FileActive => "Caseload",
        Context::Person => "Person",
        Context::Diagnostic => "Assessment",
        Context::Project => "Plan",
        Context::Deadlines => "Deadlines",
        Context::Directory => "Directory",
        Context::Network => "Network",
        Context::Form => "Form",
        Context::Journal => "Journal",
        Context::Evaluation => "Evaluation",
        Context::Competencies => "Competencies",
        Context::Findings => "Identifying data",
        Context::Confirm => "Confirmation",
    }
}

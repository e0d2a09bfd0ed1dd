//! The closed set of user intents. Keys map to actions through the keymap (data), never in code,
//! so the help overlay, the palette and the hint bar are all generated from one source.

use serde::{Deserialize, Serialize};

/// Declares a fieldless enum and its `ALL` array from one list of variants, so that a variant
/// cannot be added to the enum and forgotten in `ALL` (or `ALL` miscounted by hand): the keymap
/// check, the help and the translations' test walk `ALL`. Doc comments and attributes pass
/// through; `ALL` is in declaration order, which is also the derived `Ord`.
macro_rules! enum_with_all {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $( $(#[$variant_meta:meta])* $variant:ident, )*
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $( $(#[$variant_meta])* $variant, )*
        }

        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: [$name; [$(stringify!($variant)),*].len()] = [$($name::$variant),*];
        }
    };
}

enum_with_all! {
    /// Where an action applies. A key is looked up in the focused context first, then in its
    /// parents (see [`Context::parent`]): a person's tab, then `Person`, then `Global`.
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
    #[serde(rename_all = "snake_case")]
    pub enum Context {
        Global,
        Welcome,
        FileActive,
        Person,
        Diagnostic,
        Project,
        Network,
        Deadlines,
        Directory,
        Form,
        Journal,
        Evaluation,
        Competencies,
        Findings,
        /// A question asked before something that cannot be taken back (archive, end, discard).
        Confirm,
    }
}

impl Context {
    pub fn key(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::Welcome => "welcome",
            Context::FileActive => "file_active",
            Context::Person => "person",
            Context::Diagnostic => "diagnostic",
            Context::Project => "project",
            Context::Network => "network",
            Context::Deadlines => "deadlines",
            Context::Directory => "directory",
            Context::Form => "form",
            Context::Journal => "journal",
            Context::Evaluation => "evaluation",
            Context::Competencies => "competencies",
            Context::Findings => "findings",
            Context::Confirm => "confirm",
        }
    }

    /// Where a key not bound here is looked up next: the keymap then says a binding once, in the
    /// section of every context it serves. A question has none: one press too many must not act.
    pub fn parent(self) -> Option<Context> {
        match self {
            Context::Global | Context::Confirm => None,
            Context::Diagnostic | Context::Project | Context::Network | Context::Journal | Context::Evaluation => {
                Some(Context::Person)
            }
            Context::Welcome
            | Context::FileActive
            | Context::Person
            | Context::Deadlines
            | Context::Directory
            | Context::Form
            | Context::Competencies
            | Context::Findings => Some(Context::Global),
        }
    }

    /// This context and its parents, nearest first.
    pub fn chain(self) -> impl Iterator<Item = Context> {
        std::iter::successors(Some(self), |c| c.parent())
    }
}

enum_with_all! {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
    #[serde(rename_all = "snake_case")]
    pub enum Action {
        Quit,
        Help,
        Palette,
        Search,
        Back,
        Up,
        Down,
        PageUp,
        PageDown,
        First,
        Last,
        LoadDemo,
        NewPerson,
        Open,
        EditPerson,
        ArchivePerson,
        ToggleArchived,
        NextTab,
        PrevTab,
        EditEntry,
        History,
        Synthesis,
        NewItem,
        EditItem,
        NewAxis,
        MarkDone,
        Postpone,
        Readjust,
        ArchiveItem,
        MoveUp,
        MoveDown,
        CycleView,
        Deadlines,
        Directory,
        Compare,
        /// The ecomap's ties as a list, in words: readable without colour, and by a screen reader.
        TieList,
        EndTie,
        Save,
        NextField,
        PrevField,
        Cancel,
        PickCode,
        /// Creates a partner from the action form, to carry the action, without leaving the form.
        NewPartner,
        /// Notes what just happened in the person's journal, from any of her tabs.
        NoteJournal,
        FilterKind,
        FilterPartner,
        ZoomIn,
        ZoomOut,
        Earlier,
        Later,
        /// The journal's period: the whole path, the last month, three months, a year.
        CyclePeriod,
        /// The « Compétences » screen: the whole practice from the file active, one person from hers.
        Competencies,
        /// Tags the record on screen as evidence of a competency.
        TagEvidence,
        /// Accepts the suggested evidence.
        Accept,
        /// « Données identifiantes »: what the anonymity scan finds in every person's records.
        Findings,
        /// The evaluation before (or after) the one looked at.
        OlderEvaluation,
        NewerEvaluation,
        /// The file active's order: pseudonym, last contact, next deadline, alerts.
        CycleOrder,
        /// « Exporter… »: a document about the open person, written to a file.
        Export,
        /// Reopens the action just marked done (after a confirmation).
        Reopen,
        /// Answers yes to a question (« o »): only that key, since Enter also opens and edits.
        Confirm,
        /// Gives back what the last change took from the focused field of a form.
        Undo,
        /// Empties the focused field of a form.
        ClearField,
    }
}

impl Action {
    /// Movement keys are listed once in the help, not offered in the palette.
    pub fn is_navigation(self) -> bool {
        matches!(self, Action::Up | Action::Down | Action::PageUp | Action::PageDown | Action::First | Action::Last)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_lists_each_variant_once_in_declaration_order() {
        // The macro builds ALL from the declaration; strictly increasing under the derived Ord
        // means no variant twice and none out of place.
        assert!(Context::ALL.windows(2).all(|w| w[0] < w[1]));
        assert!(Action::ALL.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(Context::ALL.first(), Some(&Context::Global));
        assert_eq!(Action::ALL.first(), Some(&Action::Quit));
        assert_eq!(Action::ALL.last(), Some(&Action::ClearField));
    }

    #[test]
    fn a_context_key_is_its_keymap_section_name() {
        // keymap.toml names sections by serde's snake_case; `key` must agree, variant by variant.
        for c in Context::ALL {
            assert_eq!(serde_json::to_string(&c).ok(), Some(format!("\"{}\"", c.key())), "{c:?}");
        }
    }
}

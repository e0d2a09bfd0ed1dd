//! The command palette: every action of the focused context, found by typing part of its name.

use super::action::{Action, Context};
use super::fuzzy::FuzzyList;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Palette {
    /// The context the palette was opened from: its actions are run there.
    pub context: Context,
    pub actions: Vec<Action>,
    pub list: FuzzyList,
}

impl Palette {
    /// `labelled` pairs each offered action with its label in the user's language.
    pub fn new(context: Context, labelled: Vec<(Action, String)>) -> Palette {
        let (actions, labels): (Vec<_>, Vec<_>) = labelled.into_iter().unzip();
        Palette { context, actions, list: FuzzyList::new(labels) }
    }

    pub fn list_label(&self, index: usize) -> &str {
        self.list.candidate(index)
    }

    pub fn chosen(&self) -> Option<Action> {
        self.list.chosen().and_then(|i| self.actions.get(i).copied())
    }
}

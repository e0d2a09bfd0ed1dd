//! The command palette: every action of the focused context, found by typing part of its name.

use super::action::{Action, Context};
use super::effect::Effect;
use super::fuzzy::FuzzyList;
use super::model::{Model, Overlay};

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

/// Opens the palette on the actions of the focused context, then the global ones.
pub fn open(m: &mut Model) -> Vec<Effect> {
    let context = m.context();
    let mut offered: Vec<Action> = Vec::new();
    for ctx in [context, Context::Global] {
        for (a, _) in m.keymap.in_context(ctx) {
            if !a.is_navigation() && a != Action::Palette && !offered.contains(&a) {
                offered.push(a);
            }
        }
    }
    // Listed even when keymap.toml binds it to no key: the palette is then the way out.
    if !offered.contains(&Action::Quit) {
        offered.push(Action::Quit);
    }
    let labelled =
        offered.into_iter().map(|a| (a, crate::i18n::action_label_in(m.lang, context, a).to_string())).collect();
    m.overlay = Some(Overlay::Palette(Palette::new(context, labelled)));
    vec![]
}

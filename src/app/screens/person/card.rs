//! The person's card: the frame of the accompaniment, her consent, her alerts.

use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::model::Model;
use crate::app::screens::{Pane, scroll};

pub struct Card;

impl Pane for Card {
    fn move_by(&self, m: &mut Model, delta: isize) -> Vec<Effect> {
        if let Some(p) = m.person.as_mut() {
            p.scroll = scroll(p.scroll, delta);
        }
        vec![]
    }

    fn back(&self, m: &mut Model) -> Vec<Effect> {
        super::back(m)
    }

    fn hints(&self, _: &Model) -> Vec<Action> {
        vec![Action::NextTab, Action::EditPerson, Action::Back, Action::Quit]
    }
}

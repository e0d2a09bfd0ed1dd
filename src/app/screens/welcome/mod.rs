//! The first start on an empty database: discover the demo, or write a first person.

use super::{Pane, step};
use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::model::Model;
use crate::app::msg::Target;
use crate::app::update::act;

pub struct Welcome;

/// The welcome screen's own state.
#[derive(Debug, Clone, Default)]
pub struct WelcomeState {
    /// 0: discover the demo, 1: new person.
    pub choice: usize,
}

impl Pane for Welcome {
    fn intents(&self) -> &'static [Action] {
        &[Action::Open]
    }

    fn act(&self, m: &mut Model, action: Action) -> Vec<Effect> {
        match action {
            Action::Open if m.welcome.choice == 0 => vec![Effect::LoadDemo],
            Action::Open => act(m, Action::NewPerson),
            _ => vec![],
        }
    }

    fn move_by(&self, m: &mut Model, delta: isize) -> Vec<Effect> {
        m.welcome.choice = step(m.welcome.choice, delta, 2);
        vec![]
    }

    fn back(&self, _: &mut Model) -> Vec<Effect> {
        vec![]
    }

    fn click(&self, m: &mut Model, target: Target) -> Vec<Effect> {
        match target {
            Target::WelcomeChoice(i) => {
                m.welcome.choice = i.min(1);
                act(m, Action::Open)
            }
            _ => vec![],
        }
    }

    fn hints(&self, _: &Model) -> Vec<Action> {
        vec![Action::Open, Action::LoadDemo, Action::NewPerson, Action::Quit]
    }
}

//! « Échéances »: the late and coming items of every person followed. Its intents are the plan's
//! (`↵` opens the item in its person's plan).

use super::plan::update::{PLAN_INTENTS, act as plan_act};
use super::{Pane, step};
use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::model::{Model, Screen};
use crate::app::msg::Target;
use crate::app::screens::came_from::came_back_or_home;
use crate::app::update::act;
use crate::domain::plan::deadline::Deadline;

pub struct Deadlines;

/// The « Échéances » screen's own state: late and this week's items across the file active.
#[derive(Debug, Clone, Default)]
pub struct DeadlinesState {
    pub rows: Vec<Deadline>,
    pub selected: usize,
}

/// Opens the screen: late items and those due within the week.
pub fn open(m: &mut Model) -> Vec<Effect> {
    m.screen = Screen::Deadlines;
    m.deadlines.selected = 0;
    let until = m.today + chrono::Days::new(crate::domain::plan::deadline::WEEK_DAYS as u64);
    vec![Effect::LoadDeadlines(until)]
}

impl Pane for Deadlines {
    fn intents(&self) -> &'static [Action] {
        PLAN_INTENTS
    }

    fn act(&self, m: &mut Model, action: Action) -> Vec<Effect> {
        plan_act(m, action)
    }

    fn move_by(&self, m: &mut Model, delta: isize) -> Vec<Effect> {
        m.deadlines.selected = step(m.deadlines.selected, delta, m.deadlines.rows.len());
        vec![]
    }

    fn back(&self, m: &mut Model) -> Vec<Effect> {
        came_back_or_home(m)
    }

    fn click(&self, m: &mut Model, target: Target) -> Vec<Effect> {
        match target {
            Target::DeadlineRow(i) if m.deadlines.selected == i => act(m, Action::Open),
            Target::DeadlineRow(i) => {
                m.deadlines.selected = i.min(m.deadlines.rows.len().saturating_sub(1));
                vec![]
            }
            _ => vec![],
        }
    }

    fn hints(&self, _: &Model) -> Vec<Action> {
        vec![Action::Open, Action::Back, Action::Quit]
    }
}

pub fn loaded(m: &mut Model, list: Vec<Deadline>) -> Vec<Effect> {
    m.deadlines.rows = list;
    m.deadlines.selected = m.deadlines.selected.min(m.deadlines.rows.len().saturating_sub(1));
    vec![]
}

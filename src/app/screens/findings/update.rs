//! The « Repérages » screen's part of `update`: what seems to identify someone, across the file
//! active; `↵` opens the record it was found in.

use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::model::{Model, Screen};
use crate::app::msg::Target;
use crate::app::screens::came_from::came_back_or_home;
use crate::app::screens::{Pane, step};
use crate::app::update::act;

pub struct Findings;

/// Opens the screen; its rows are read anew.
pub fn open(m: &mut Model) -> Vec<Effect> {
    m.screen = Screen::Findings;
    m.findings = Default::default();
    vec![Effect::LoadFindings]
}

impl Pane for Findings {
    fn intents(&self) -> &'static [Action] {
        &[Action::Open]
    }

    fn act(&self, m: &mut Model, action: Action) -> Vec<Effect> {
        let Some(row) = m.findings.rows.get(m.findings.selected).filter(|_| action == Action::Open) else {
            return vec![];
        };
        let jump = row.jump;
        super::landing::jump_to_record(m, jump)
    }

    fn move_by(&self, m: &mut Model, delta: isize) -> Vec<Effect> {
        m.findings.selected = step(m.findings.selected, delta, m.findings.rows.len());
        vec![]
    }

    fn back(&self, m: &mut Model) -> Vec<Effect> {
        came_back_or_home(m)
    }

    fn click(&self, m: &mut Model, target: Target) -> Vec<Effect> {
        match target {
            Target::FindingRow(i) if m.findings.selected == i => act(m, Action::Open),
            Target::FindingRow(i) => {
                m.findings.selected = i.min(m.findings.rows.len().saturating_sub(1));
                vec![]
            }
            _ => vec![],
        }
    }

    fn hints(&self, _: &Model) -> Vec<Action> {
        vec![Action::Open, Action::Back, Action::Quit]
    }
}

pub fn loaded(m: &mut Model, rows: Vec<super::FindingRow>) -> Vec<Effect> {
    m.findings.rows = rows;
    m.findings.loaded = true;
    m.findings.selected = m.findings.selected.min(m.findings.rows.len().saturating_sub(1));
    vec![]
}

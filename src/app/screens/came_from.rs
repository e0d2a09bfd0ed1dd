//! The way back: a list left by `↵` for a record is remembered, and `Échap` returns to it.

use super::deadlines;
use super::findings;
use crate::app::effect::Effect;
use crate::app::model::{CameFrom, Model, Screen};

/// Remembers the list on screen before `↵` leaves it for a record, so that `Échap` comes back.
pub fn remember_where(m: &mut Model) {
    let from = match m.screen {
        Screen::Deadlines => CameFrom::Deadlines { selected: m.deadlines.selected },
        Screen::Findings => CameFrom::Findings { selected: m.findings.selected },
        Screen::Competencies => CameFrom::Competencies(m.competencies.clone()),
        Screen::Welcome | Screen::FileActive | Screen::Person | Screen::Directory => return,
    };
    m.came_from.push(from);
}

/// Shows a list left by `↵` again, on the row it was on; its content is read again, since the
/// record may have changed meanwhile (the selection is clamped when it arrives).
pub fn return_to(m: &mut Model, from: CameFrom) -> Vec<Effect> {
    match from {
        CameFrom::Deadlines { selected } => {
            let effects = deadlines::open(m);
            m.deadlines.selected = selected;
            effects
        }
        CameFrom::Findings { selected } => {
            m.screen = Screen::Findings;
            m.findings = findings::FindingsState { selected, ..Default::default() };
            vec![Effect::LoadFindings]
        }
        CameFrom::Competencies(state) => {
            m.screen = Screen::Competencies;
            let person = state.data.person;
            m.competencies = state;
            vec![Effect::LoadCompetencies(person)]
        }
    }
}

/// `Échap` on a list opened from another: back to it, else to the file active.
pub fn came_back_or_home(m: &mut Model) -> Vec<Effect> {
    if let Some(from) = m.came_from.pop() {
        return return_to(m, from);
    }
    m.screen = Screen::FileActive;
    vec![Effect::LoadPersons]
}

//! The person's screen: what every tab shares (the tabs, `Échap`), her card and her diagnostic.
//! The other tabs (plan, network, journal, evaluation) have their own modules beside this one.

pub mod card;
pub mod diagnostic;

use crate::app::action::Action;
use crate::app::effect::Effect;
use crate::app::model::{DiagnosticMode, Model, PersonTab, Screen};
use crate::app::update::return_to;

/// `Échap` on any tab: a diagnostic's history or synthesis closes first, then the person, back to
/// the list she was opened from.
pub fn back(m: &mut Model) -> Vec<Effect> {
    if let Some(p) = m.person.as_mut()
        && p.mode != DiagnosticMode::Entry
    {
        p.mode = DiagnosticMode::Entry;
        p.scroll = 0;
        return vec![];
    }
    if let Some(from) = m.came_from.pop() {
        return return_to(m, from);
    }
    m.screen = Screen::FileActive;
    vec![Effect::LoadPersons]
}

/// Tab and Shift-Tab, round the tabs.
pub fn next_tab(m: &mut Model, action: Action) -> Vec<Effect> {
    if let Some(p) = m.person.as_mut() {
        let n = PersonTab::ALL.len();
        let i = PersonTab::ALL.iter().position(|t| *t == p.tab).unwrap_or(0);
        let next = if action == Action::NextTab { (i + 1) % n } else { (i + n - 1) % n };
        p.tab = PersonTab::ALL[next];
    }
    vec![]
}

/// A click on a tab's title in the header.
pub fn click_tab(m: &mut Model, i: usize) -> Vec<Effect> {
    if let (Some(p), Some(tab)) = (m.person.as_mut(), PersonTab::ALL.get(i)) {
        p.tab = *tab;
    }
    vec![]
}

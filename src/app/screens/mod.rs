//! One module per screen, and per tab of a person's screen. Each owns its state, the intents it
//! answers, its moves, `Échap`, its clicks and its footer hints, behind the [`Pane`] trait;
//! `update` only asks [`focused`] which one has the focus. A new screen is a module here that
//! implements `Pane`, plus one arm in [`focused`] (and its drawing under `src/ui/`, same name).

pub mod came_from;
pub mod competencies;
pub mod deadlines;
pub mod directory;
pub mod evaluation;
pub mod export;
pub mod file_active;
pub mod findings;
pub mod journal;
pub mod network;
pub mod person;
pub mod plan;
pub mod welcome;

use super::action::Action;
use super::effect::Effect;
use super::model::{Model, PersonTab, Screen};
use super::msg::Target;

/// Lines a page key moves.
pub const PAGE: isize = 10;

/// A screen, or a tab of the person's screen: what has the focus when no overlay is open.
pub trait Pane {
    /// The intents this pane gives its own meaning (« n » is a new objective in the plan, a new
    /// entry in the journal): they come to it before the general ones.
    fn intents(&self) -> &'static [Action] {
        &[]
    }

    /// Runs one of [`Pane::intents`].
    fn act(&self, m: &mut Model, action: Action) -> Vec<Effect> {
        let _ = (m, action);
        vec![]
    }

    /// ↑/↓ (±1), page keys (±[`PAGE`]), Début/Fin (a huge delta, clamped by the pane).
    fn move_by(&self, m: &mut Model, delta: isize) -> Vec<Effect>;

    /// `Échap` with nothing open over the pane.
    fn back(&self, m: &mut Model) -> Vec<Effect>;

    /// A click on one of the targets the pane drew.
    fn click(&self, m: &mut Model, target: Target) -> Vec<Effect> {
        let _ = (m, target);
        vec![]
    }

    /// The actions worth a hint in the footer, most useful first; their keys come from the keymap.
    fn hints(&self, m: &Model) -> Vec<Action>;
}

/// The pane that has the focus: the registration of every screen and tab.
pub fn focused(m: &Model) -> &'static dyn Pane {
    match m.screen {
        Screen::Welcome => &welcome::Welcome,
        Screen::FileActive => &file_active::update::FileActive,
        Screen::Deadlines => &deadlines::Deadlines,
        Screen::Directory => &directory::update::Directory,
        Screen::Competencies => &competencies::update::Competencies,
        Screen::Findings => &findings::update::Findings,
        Screen::Person => match m.person.as_ref().map(|p| p.tab) {
            Some(PersonTab::Diagnostic) => &person::diagnostic::Diagnostic,
            Some(PersonTab::Plan) => &plan::update::PlanTab,
            Some(PersonTab::Network) => &network::update::Network,
            Some(PersonTab::Journal) => &journal::update::Journal,
            Some(PersonTab::Evaluation) => &evaluation::update::EvaluationTab,
            Some(PersonTab::Card) | None => &person::card::Card,
        },
    }
}

/// A selection moved by `delta` in a list of `len` rows, kept inside it.
pub fn step(current: usize, delta: isize, len: usize) -> usize {
    if len == 0 {
        return 0;
    }
    (current as isize).saturating_add(delta).clamp(0, len as isize - 1) as usize
}

/// A scroll offset moved by `delta` lines, never above the top.
pub fn scroll(current: u16, delta: isize) -> u16 {
    (current as isize + delta).clamp(0, u16::MAX as isize) as u16
}

//! What the screens need of the terminal, known to `update` (which refuses keys behind the
//! « agrandissez le terminal » notice) as much as to the drawing, and what the last frame drew
//! where, which the runtime turns a click into a target with.

use ratatui::layout::Rect;

use super::msg::Target;

pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

/// What the last frame drew where: lets the runtime turn a mouse click into a `Target`.
#[derive(Debug, Default, Clone)]
pub struct ViewState {
    hits: Vec<(Rect, Target)>,
    /// First row the file active showed: kept between frames so the list does not jump under the
    /// mouse when a click selects a row (the second click must land on the same person).
    pub file_active_offset: usize,
    /// First line the plan's tree showed, for the same reason.
    pub plan_offset: usize,
    /// First field a long form showed, for the same reason.
    pub form_offset: usize,
}

impl ViewState {
    pub fn clear(&mut self) {
        self.hits.clear();
    }

    pub fn hit(&mut self, area: Rect, target: Target) {
        self.hits.push((area, target));
    }

    /// The topmost target under a cell (later draws are on top).
    pub fn target_at(&self, x: u16, y: u16) -> Option<Target> {
        self.hits.iter().rev().find(|(r, _)| r.contains(ratatui::layout::Position { x, y })).map(|(_, t)| *t)
    }
}

//! Overlays drawn on top of a screen.

pub mod confirm;
pub mod form;
pub mod help;
pub mod palette;

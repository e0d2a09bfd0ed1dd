//! parcours: the référent de parcours santé et social's instrument, in the terminal.

pub mod demo;
pub mod domain;
pub mod export;
pub mod render;
pub mod store;
pub mod synthetic;

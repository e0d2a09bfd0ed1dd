//! The runtime: the Elm split of state (`Model`), intents (`Msg`), the pure `update`, and the
//! effects the runtime runs against the store.

pub mod action;
pub mod effect;
pub mod form;
pub mod form_plan;
pub mod fuzzy;
pub mod keymap;
pub mod model;
pub mod msg;
pub mod palette;
pub mod picker;
pub mod project;
pub mod runtime;
mod runtime_plan;
pub mod update;
pub mod update_project;

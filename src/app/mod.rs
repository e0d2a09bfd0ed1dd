//! The runtime: the Elm split of state (`Model`), intents (`Msg`), the pure `update`, and the
//! effects the runtime runs against the store.

// The closed vocabulary of intents lives below app (i18n names it); `app::action` still resolves.
pub use crate::action;
pub mod effect;
pub mod form;
mod form_input;
mod form_privacy;
pub mod fuzzy;
pub mod identifying;
pub mod keymap;
pub mod layout;
pub mod model;
pub mod msg;
pub mod palette;
pub mod picker;
pub mod runtime;
pub mod screens;
pub mod update;

//! The runtime: the Elm split of state (`Model`), intents (`Msg`), the pure `update`, and the
//! effects the runtime runs against the store.

// The closed vocabulary of intents lives below app (i18n names it); `app::action` still resolves.
pub use crate::action;
pub mod competencies;
pub mod directory;
pub mod effect;
pub mod evaluation;
pub mod export;
pub mod findings;
pub mod form;
pub mod form_evaluation;
pub mod form_evidence;
pub mod form_partner;
pub mod form_plan;
mod form_privacy;
pub mod form_tie;
pub mod fuzzy;
pub mod identifying;
pub mod journal;
pub mod keymap;
pub mod model;
pub mod msg;
pub mod network;
pub mod palette;
pub mod picker;
pub mod project;
pub mod runtime;
mod runtime_evaluation;
mod runtime_export;
mod runtime_plan;
pub mod update;
pub mod update_competencies;
pub mod update_directory;
pub mod update_evaluation;
pub mod update_export;
pub mod update_network;
pub mod update_project;

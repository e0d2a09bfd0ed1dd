//! Pure types and rules of the référent's work. No I/O, no clock: "today" is always a parameter.

pub mod alerts;
pub mod case;
pub mod case_refusal;
pub mod competency;
pub mod date;
pub mod diagnosis;
pub mod ecomap;
pub mod ecomap_ties;
pub mod evaluation;
pub mod evidence;
pub mod field;
pub mod fields;
pub mod gas;
pub mod identifier;
pub mod journal;
pub mod life_domain;
pub mod nomenclature;
pub mod partner;
pub mod person;
pub mod plan;
pub mod record_words;
pub mod text;
pub mod tie;
pub mod timeline;

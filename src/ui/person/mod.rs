//! The person's screen: her card and her diagnostic; the other tabs have their own modules.

pub mod card;
pub mod diagnostic;

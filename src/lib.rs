//! parcours: the référent de parcours santé et social's instrument, in the terminal.

pub mod action;
pub mod app;
pub mod cli;
pub mod commands;
pub mod config;
pub mod demo;
pub mod domain;
pub mod export;
pub mod i18n;
pub mod input;
pub mod interchange;
pub mod log;
pub mod privacy;
pub mod render;
pub mod screen_names;
pub mod store;
pub mod synthetic;
pub mod theme;
pub mod ui;

//! The formats each document can be written in, as the command line and the export dialog name
//! them (the command line parses them; the documents and the application only read them).

use clap::ValueEnum;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PlanFormat {
    Md,
    Html,
    Ics,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BilanFormat {
    Md,
    Html,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DppFormat {
    Md,
    Html,
    Docx,
}

/// How the DPP writes the dates of the situations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, ValueEnum)]
pub enum DppDates {
    /// 12/11/2026
    #[default]
    #[value(alias = "absolute")]
    Absolues,
    /// J+45 : jours depuis le début de l’accompagnement.
    #[value(alias = "relative")]
    Relatives,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum EcomapFormat {
    Dot,
    Svg,
}

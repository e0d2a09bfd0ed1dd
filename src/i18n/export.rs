//! The words of the « Exporter… » dialog, in French and English: what can be exported, in which
//! format, and what the anonymity guard found before writing.

use super::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportText {
    Title,
    Plan,
    Bilan,
    Ecomap,
    Case,
    Dpp,
    Markdown,
    Html,
    Ics,
    Svg,
    Dot,
    Json,
    Docx,
    FindingsTitle,
    HintDestination,
}

pub fn export_words(lang: Lang, x: ExportText) -> &'static str {
    match lang {
        Lang::Fr => match x {
            ExportText::Title => "Exporter",
            ExportText::Plan => "Plan d’accompagnement",
            ExportText::Bilan => "Bilan",
            ExportText::Ecomap => "Écocarte",
            ExportText::Case => "Dossier complet",
            ExportText::Dpp => "Dossier de pratiques (DPP)",
            ExportText::Markdown => "Markdown (.md)",
            ExportText::Html => "Page HTML à imprimer (.html)",
            ExportText::Ics => "Agenda iCalendar (.ics)",
            ExportText::Svg => "Image SVG (.svg)",
            ExportText::Dot => "Graphviz (.dot)",
            ExportText::Json => "JSON (.json)",
            ExportText::Docx => "Word (.docx)",
            ExportText::FindingsTitle => "Ce document semble identifier quelqu’un",
            ExportText::HintDestination => "Le fichier est lisible par vous seul. Un fichier existant est remplacé.",
        },
        Lang::En => match x {
            ExportText::Title => "Export",
            ExportText::Plan => "Support plan",
            ExportText::Bilan => "Review",
            ExportText::Ecomap => "Ecomap",
            ExportText::Case => "Whole case",
            ExportText::Dpp => "Practice dossier (DPP)",
            ExportText::Markdown => "Markdown (.md)",
            ExportText::Html => "HTML page to print (.html)",
            ExportText::Ics => "iCalendar (.ics)",
            ExportText::Svg => "SVG image (.svg)",
            ExportText::Dot => "Graphviz (.dot)",
            ExportText::Json => "JSON (.json)",
            ExportText::Docx => "Word (.docx)",
            ExportText::FindingsTitle => "This document seems to identify someone",
            ExportText::HintDestination => "The file is readable by you only. An existing file is replaced.",
        },
    }
}

/// The status line once the file is written.
pub fn exported(lang: Lang, path: &str) -> String {
    match lang {
        Lang::Fr => format!("Exporté dans «\u{a0}{path}\u{a0}»."),
        Lang::En => format!("Exported to “{path}”."),
    }
}

/// Above the findings: how many, and that nothing was written yet.
pub fn findings_intro(lang: Lang, n: usize) -> String {
    match (lang, n) {
        (Lang::Fr, 1) => "1\u{a0}élément semble identifier quelqu’un. Rien n’a été écrit.".into(),
        (Lang::Fr, n) => format!("{n}\u{a0}éléments semblent identifier quelqu’un. Rien n’a été écrit."),
        (Lang::En, 1) => "1 item seems to identify someone. Nothing was written.".into(),
        (Lang::En, n) => format!("{n} items seem to identify someone. Nothing was written."),
    }
}

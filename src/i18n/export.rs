//! The words of the « Exporter… » dialog, in French and English: what can be exported, in which
//! format, and what the anonymity guard found before writing.

use super::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum X {
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
    /// The keys of the findings dialog.
    FindingsKeys,
    HintDestination,
}

pub fn xt(lang: Lang, x: X) -> &'static str {
    match lang {
        Lang::Fr => match x {
            X::Title => "Exporter",
            X::Plan => "Plan d’accompagnement",
            X::Bilan => "Bilan",
            X::Ecomap => "Écocarte",
            X::Case => "Dossier complet",
            X::Dpp => "Dossier de pratiques (DPP)",
            X::Markdown => "Markdown (.md)",
            X::Html => "Page HTML à imprimer (.html)",
            X::Ics => "Agenda iCalendar (.ics)",
            X::Svg => "Image SVG (.svg)",
            X::Dot => "Graphviz (.dot)",
            X::Json => "JSON (.json)",
            X::Docx => "Word (.docx)",
            X::FindingsTitle => "Ce document semble identifier quelqu’un",
            X::FindingsKeys => "↵ ouvrir l’enregistrement · o exporter quand même · Échap revenir",
            X::HintDestination => "Le fichier est lisible par vous seul. Un fichier existant est remplacé.",
        },
        Lang::En => match x {
            X::Title => "Export",
            X::Plan => "Support plan",
            X::Bilan => "Review",
            X::Ecomap => "Ecomap",
            X::Case => "Whole case",
            X::Dpp => "Practice dossier (DPP)",
            X::Markdown => "Markdown (.md)",
            X::Html => "HTML page to print (.html)",
            X::Ics => "iCalendar (.ics)",
            X::Svg => "SVG image (.svg)",
            X::Dot => "Graphviz (.dot)",
            X::Json => "JSON (.json)",
            X::Docx => "Word (.docx)",
            X::FindingsTitle => "This document seems to identify someone",
            X::FindingsKeys => "↵ open the record · o export anyway · Esc go back",
            X::HintDestination => "The file is readable by you only. An existing file is replaced.",
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

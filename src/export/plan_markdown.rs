//! The plan as Markdown (GitHub-flavoured tables), to print or paste into a meeting's notes.
//!
//! Users' text is escaped so that it always reads as text: `|` cannot end a cell, a newline
//! cannot end a row (lines inside a cell are joined with `<br>`), and `<`, `*`, `[`, `#`… are
//! backslash-escaped so that nothing typed becomes markup or raw HTML once rendered.

use super::plan_document::{Cell, PlanDocument};
use crate::i18n::colon;

pub fn to_markdown(doc: &PlanDocument) -> String {
    let mut md = String::new();
    md.push_str(&format!("# {}\n\n", inline(&doc.title)));
    for line in &doc.meta {
        md.push_str(&format!("{}\n\n", inline(line)));
    }
    if doc.axes.is_empty() {
        md.push_str(&format!("{}\n\n", inline(doc.no_axis)));
    }
    for axis in &doc.axes {
        md.push_str(&format!("## {}\n\n", inline(&axis.heading)));
        for note in &axis.notes {
            let text: Vec<String> = note.lines.iter().map(|l| inline(l)).collect();
            md.push_str(&format!("**{}{}**{}\n\n", inline(note.label), colon(doc.lang).trim_end(), hard_breaks(&text)));
        }
        if axis.rows.is_empty() {
            md.push_str(&format!("{}\n\n", inline(doc.no_objective)));
            continue;
        }
        let headers: Vec<String> = doc.headers.iter().map(|h| inline(h)).collect();
        md.push_str(&format!("| {} |\n", headers.join(" | ")));
        md.push_str(&format!("|{}\n", " --- |".repeat(headers.len())));
        for row in &axis.rows {
            let cells: Vec<String> = row.cells.iter().map(cell).collect();
            md.push_str(&format!("| {} |\n", cells.join(" | ")));
        }
        md.push('\n');
    }
    if !doc.unaddressed.is_empty() {
        md.push_str(&format!("## {}\n\n", inline(doc.unaddressed_heading)));
        for need in &doc.unaddressed {
            md.push_str(&format!("- {}\n", inline(need)));
        }
        md.push('\n');
    }
    while md.ends_with("\n\n") {
        md.pop();
    }
    md
}

/// One table cell: lines joined by `<br>`, late lines in bold.
fn cell(c: &Cell) -> String {
    let lines: Vec<String> = c
        .lines
        .iter()
        .map(|l| {
            let text = inline(&l.text);
            if l.late { format!("**{text}**") } else { text }
        })
        .collect();
    let sep = if c.list { "<br>• " } else { "<br>" };
    let joined = lines.join(sep);
    if c.list && !joined.is_empty() { format!("• {joined}") } else { joined }
}

/// Lines of a paragraph, the first after a space, the next after a hard line break.
fn hard_breaks(lines: &[String]) -> String {
    match lines {
        [] => String::new(),
        [one] => format!(" {one}"),
        many => format!(" {}", many.join("\\\n")),
    }
}

/// Escapes one line of users' text for Markdown: inline markup, raw HTML, table pipes, and what
/// would open a block at the start of a line. Newlines (there should be none) become spaces.
pub fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.trim().chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '&' | '#' | '~' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    // A line starting with « - », « + », « = » or « 1. » would turn into a list or a heading.
    if out.starts_with(['-', '+', '=']) {
        out.insert(0, '\\');
    } else if let Some(end) = out.find(|c: char| !c.is_ascii_digit())
        && end > 0
        && out[end..].starts_with(['.', ')'])
    {
        out.insert(end, '\\');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_what_would_become_markup() {
        assert_eq!(inline("a | b"), "a \\| b");
        assert_eq!(inline("<script>x</script>"), "\\<script\\>x\\</script\\>");
        assert_eq!(inline("- liste"), "\\- liste");
        assert_eq!(inline("12. point"), "12\\. point");
        assert_eq!(inline("1er rendez-vous"), "1er rendez-vous");
        assert_eq!(inline("a\nb"), "a b");
        assert_eq!(inline("été 😀"), "été 😀");
    }
}

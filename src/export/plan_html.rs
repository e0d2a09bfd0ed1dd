//! The plan as one standalone HTML page to open in a browser and print for a meeting: UTF-8, no
//! script, no external resource (a Content-Security-Policy forbids both), every text escaped, a
//! small stylesheet whose print rules keep rows whole and repeat table headers on each page.

use super::plan_document::{Cell, PlanDocument};
use crate::i18n::colon;

const STYLE: &str = "\
body { font-family: system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif; font-size: 11pt; line-height: 1.35; color: #111; margin: 1.5em; }
h1 { font-size: 1.5em; margin: 0 0 0.3em; }
h2 { font-size: 1.2em; margin: 1.4em 0 0.4em; }
.meta { margin: 0.1em 0; color: #333; }
.note { margin: 0.3em 0; }
table { border-collapse: collapse; width: 100%; margin: 0.6em 0 1.2em; }
th, td { border: 1px solid #555; padding: 0.3em 0.45em; vertical-align: top; text-align: left; overflow-wrap: break-word; hyphens: auto; }
/* Who, deadline and status are short: they keep their words whole, the long columns give way. */
th:nth-child(5), td:nth-child(5) { min-width: 8em; }
th:nth-child(6), td:nth-child(6), th:nth-child(7), td:nth-child(7) { white-space: nowrap; }
thead th { background: #e8e8e8; }
td ul { margin: 0; padding-left: 1.1em; }
.late { font-weight: bold; }
tr.readjusted td { color: #444; background: #f6f6f6; }
@page { size: A4 landscape; margin: 12mm; }
@page { size: A4 landscape; margin: 1.2cm; }
@media print {
  body { margin: 0; font-size: 9pt; }
  thead { display: table-header-group; }
  tr, li { break-inside: avoid; page-break-inside: avoid; }
  h1, h2 { break-after: avoid; page-break-after: avoid; }
  section.axis { break-before: auto; }
  th, tr.readjusted td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
";

pub fn to_html(doc: &PlanDocument) -> String {
    let mut h = String::new();
    h.push_str(&super::html::page_start(doc.lang, &doc.title, STYLE));
    h.push_str(&format!("<header>\n<h1>{}</h1>\n", escape(&doc.title)));
    for line in &doc.meta {
        h.push_str(&format!("<p class=\"meta\">{}</p>\n", escape(line)));
    }
    h.push_str("</header>\n<main>\n");
    if doc.axes.is_empty() {
        h.push_str(&format!("<p>{}</p>\n", escape(doc.no_axis)));
    }
    for axis in &doc.axes {
        h.push_str(&format!("<section class=\"axis\">\n<h2>{}</h2>\n", escape(&axis.heading)));
        for note in &axis.notes {
            let lines: Vec<String> = note.lines.iter().map(|l| escape(l)).collect();
            h.push_str(&format!(
                "<p class=\"note\"><strong>{}{}</strong> {}</p>\n",
                escape(note.label),
                escape(colon(doc.lang).trim_end()),
                lines.join("<br>")
            ));
        }
        if axis.rows.is_empty() {
            h.push_str(&format!("<p>{}</p>\n</section>\n", escape(doc.no_objective)));
            continue;
        }
        h.push_str("<table>\n<thead>\n<tr>");
        for header in doc.headers {
            h.push_str(&format!("<th scope=\"col\">{}</th>", escape(header)));
        }
        h.push_str("</tr>\n</thead>\n<tbody>\n");
        for row in &axis.rows {
            let mut classes = Vec::new();
            if row.late {
                classes.push("late-row");
            }
            if row.readjusted {
                classes.push("readjusted");
            }
            if classes.is_empty() {
                h.push_str("<tr>");
            } else {
                h.push_str(&format!("<tr class=\"{}\">", classes.join(" ")));
            }
            for c in &row.cells {
                h.push_str(&format!("<td>{}</td>", cell(c)));
            }
            h.push_str("</tr>\n");
        }
        h.push_str("</tbody>\n</table>\n</section>\n");
    }
    if !doc.unaddressed.is_empty() {
        h.push_str(&format!("<section>\n<h2>{}</h2>\n<ul>\n", escape(doc.unaddressed_heading)));
        for need in &doc.unaddressed {
            h.push_str(&format!("<li>{}</li>\n", escape(need)));
        }
        h.push_str("</ul>\n</section>\n");
    }
    h.push_str("</main>\n</body>\n</html>\n");
    h
}

fn cell(c: &Cell) -> String {
    let line = |text: &str, late: bool| {
        if late { format!("<strong class=\"late\">{}</strong>", escape(text)) } else { escape(text) }
    };
    if c.list {
        if c.lines.is_empty() {
            return String::new();
        }
        let items: String = c.lines.iter().map(|l| format!("<li>{}</li>", line(&l.text, l.late))).collect();
        format!("<ul>{items}</ul>")
    } else {
        c.lines.iter().map(|l| line(&l.text, l.late)).collect::<Vec<_>>().join("<br>")
    }
}

pub use super::html::escape;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        assert_eq!(
            escape("<script>\"a\" & 'b'</script>"),
            "&lt;script&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/script&gt;"
        );
        assert_eq!(escape("été 😀\u{1b}[2J"), "été 😀[2J");
    }
}

//! The bilan as one standalone HTML page to open in a browser and print for a synthesis meeting:
//! UTF-8, no script, no external resource (a Content-Security-Policy forbids both), every text
//! escaped, the charts inline SVG beside the tables that give the same numbers.

use super::bilan_document::{BilanDocument, Note};
use super::bilan_svg::{ratings_chart, score_chart};
use super::bilan_text::{BilanText, bilan_words};
use super::plan_html::escape;
use crate::i18n::{Lang, colon};

const STYLE: &str = "\
body { font-family: system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif; font-size: 11pt; line-height: 1.35; color: #111; margin: 1.5em; max-width: 60em; }
h1 { font-size: 1.5em; margin: 0 0 0.3em; }
h2 { font-size: 1.2em; margin: 1.4em 0 0.4em; border-bottom: 1px solid #999; }
h3 { font-size: 1.05em; margin: 1.1em 0 0.3em; }
.meta { margin: 0.1em 0; color: #333; }
.note { margin: 0.3em 0; }
table { border-collapse: collapse; margin: 0.6em 0 1em; }
th, td { border: 1px solid #555; padding: 0.25em 0.45em; vertical-align: top; text-align: left; overflow-wrap: break-word; }
td.num, th.num { text-align: center; white-space: nowrap; }
thead th { background: #e8e8e8; }
tr.score td { font-weight: bold; background: #f3f3f3; }
.gap { color: #a8201a; font-weight: bold; }
.critical { font-weight: bold; }
figure { margin: 0.8em 0 1.2em; }
figure svg { max-width: 100%; height: auto; }
figcaption { font-size: 0.9em; color: #333; }
@page { size: A4; margin: 1.5cm; }
@media print {
  body { margin: 0; font-size: 9.5pt; max-width: none; }
  thead { display: table-header-group; }
  tr, li, figure, article { break-inside: avoid; page-break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  th, tr.score td { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
";

pub fn to_html(doc: &BilanDocument) -> String {
    let lang = doc.lang;
    let t = |b| bilan_words(lang, b);
    let mut h = String::new();
    h.push_str(&super::html::page_start(lang, &doc.title, STYLE));
    h.push_str(&format!("<header>\n<h1>{}</h1>\n", escape(&doc.title)));
    for line in &doc.meta {
        h.push_str(&format!("<p class=\"meta\">{}</p>\n", escape(line)));
    }
    h.push_str("</header>\n<main>\n");
    if doc.sessions.is_empty() {
        h.push_str(&format!("<p>{}</p>\n", escape(t(BilanText::NoEvaluation))));
    }

    h.push_str(&format!("<section>\n<h2>{}</h2>\n", escape(t(BilanText::Objectives))));
    if doc.objectives.is_empty() {
        h.push_str(&format!("<p>{}</p>\n", escape(t(BilanText::NoGoal))));
    } else {
        h.push_str("<table>\n<thead>\n<tr>");
        h.push_str(&th(t(BilanText::ColObjective), false));
        h.push_str(&th(t(BilanText::ColWeight), true));
        for c in &doc.columns {
            h.push_str(&th(c, true));
        }
        h.push_str("</tr>\n</thead>\n<tbody>\n");
        for row in &doc.objectives {
            h.push_str(&format!("<tr><td>{}</td>{}", escape(&row.title), td_num(&row.weight)));
            for l in &row.levels {
                h.push_str(&td_num(l));
            }
            h.push_str("</tr>\n");
        }
        h.push_str(&format!("<tr class=\"score\"><td>{}</td><td></td>", escape(t(BilanText::ScoreT))));
        for s in &doc.scores {
            h.push_str(&td_num(&s.text));
        }
        h.push_str("</tr>\n</tbody>\n</table>\n");
        h.push_str(&format!("<p class=\"note\">{}</p>\n", escape(t(BilanText::ObjectivesNote))));
    }
    if let Some(svg) = score_chart(doc) {
        h.push_str(&figure(&svg, t(BilanText::ChartScore)));
    }
    h.push_str("</section>\n");

    h.push_str(&format!("<section>\n<h2>{}</h2>\n", escape(t(BilanText::Ratings))));
    match &doc.latest {
        Some(latest) if !doc.ratings.is_empty() => {
            h.push_str(&format!("<h3>{} ({})</h3>\n", escape(t(BilanText::Latest)), escape(latest)));
            h.push_str("<table>\n<thead>\n<tr>");
            h.push_str(&th(t(BilanText::ColDomain), false));
            for b in [BilanText::ColPerson, BilanText::ColReferent, BilanText::ColGap] {
                h.push_str(&th(t(b), true));
            }
            h.push_str("</tr>\n</thead>\n<tbody>\n");
            let mark = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_else(|| "—".into());
            for r in &doc.ratings {
                let gap = if r.perception_gap {
                    format!("<td class=\"num gap\">{}, {}</td>", escape(&r.gap), escape(t(BilanText::PerceptionGap)))
                } else {
                    td_num(&r.gap)
                };
                h.push_str(&format!(
                    "<tr><td>{}</td>{}{}{gap}</tr>\n",
                    escape(&r.domain),
                    td_num(&mark(r.person)),
                    td_num(&mark(r.referent))
                ));
            }
            h.push_str("</tbody>\n</table>\n");
            if let Some(svg) = ratings_chart(doc) {
                h.push_str(&figure(&svg, t(BilanText::ChartRatings)));
            }
            h.push_str(&format!("<h3>{}</h3>\n<table>\n<thead>\n<tr>", escape(t(BilanText::Evolution))));
            h.push_str(&th(t(BilanText::ColDomain), false));
            for c in &doc.columns {
                h.push_str(&th(c, true));
            }
            h.push_str("</tr>\n</thead>\n<tbody>\n");
            for row in &doc.evolution {
                h.push_str(&format!("<tr><td>{}</td>", escape(&row.domain)));
                for c in &row.cells {
                    h.push_str(&td_num(c));
                }
                h.push_str("</tr>\n");
            }
            h.push_str("</tbody>\n</table>\n");
            h.push_str(&format!("<p class=\"note\">{}</p>\n", escape(t(BilanText::EvolutionNote))));
        }
        _ => h.push_str(&format!("<p>{}</p>\n", escape(t(BilanText::NoRating)))),
    }
    h.push_str("</section>\n");

    if !doc.sessions.is_empty() {
        h.push_str(&format!("<section>\n<h2>{}</h2>\n", escape(t(BilanText::Sessions))));
        for s in &doc.sessions {
            h.push_str(&format!("<article>\n<h3>{}</h3>\n", escape(&s.heading)));
            for note in &s.notes {
                h.push_str(&paragraph(lang, note));
            }
            if !s.goals.is_empty() {
                h.push_str(&format!(
                    "<p class=\"note\"><strong>{}{}</strong></p>\n<ul>\n",
                    escape(t(BilanText::Goals)),
                    escape(colon(lang).trim_end())
                ));
                for g in &s.goals {
                    h.push_str(&format!("<li>{}</li>\n", escape(g)));
                }
                h.push_str("</ul>\n");
            }
            h.push_str("</article>\n");
        }
        h.push_str("</section>\n");
    }

    h.push_str(&format!("<section>\n<h2>{}</h2>\n", escape(t(BilanText::Readjustments))));
    if doc.readjustments.is_empty() {
        h.push_str(&format!("<p>{}</p>\n", escape(t(BilanText::NoReadjustment))));
    } else {
        h.push_str("<ul>\n");
        for r in &doc.readjustments {
            h.push_str(&format!(
                "<li>{}{}{} → {}</li>\n",
                escape(&r.date),
                escape(colon(lang)),
                quoted(lang, &r.old),
                quoted(lang, &r.new)
            ));
        }
        h.push_str("</ul>\n");
    }
    h.push_str("</section>\n");

    h.push_str(&format!("<section>\n<h2>{}</h2>\n", escape(t(BilanText::Journal))));
    if doc.journal.is_empty() {
        h.push_str(&format!("<p>{}</p>\n", escape(t(BilanText::JournalEmpty))));
    } else {
        h.push_str("<table>\n<thead>\n<tr>");
        for b in [BilanText::ColDate, BilanText::ColKind, BilanText::ColSummary, BilanText::ColPartners] {
            h.push_str(&th(t(b), false));
        }
        h.push_str("</tr>\n</thead>\n<tbody>\n");
        for e in &doc.journal {
            let kind = if e.critical {
                format!("<td class=\"critical\">{}</td>", escape(&e.kind))
            } else {
                format!("<td>{}</td>", escape(&e.kind))
            };
            let summary: Vec<String> = e.summary.iter().map(|l| escape(l)).collect();
            h.push_str(&format!(
                "<tr><td class=\"num\">{}</td>{kind}<td>{}</td><td>{}</td></tr>\n",
                escape(&e.date),
                summary.join("<br>"),
                escape(&e.partners)
            ));
        }
        h.push_str("</tbody>\n</table>\n");
    }
    if doc.left_out > 0 {
        h.push_str(&format!(
            "<p class=\"note\">{}{}{}</p>\n",
            escape(t(BilanText::SensitiveLeftOut)),
            escape(colon(lang)),
            doc.left_out
        ));
    }
    h.push_str("</section>\n</main>\n</body>\n</html>\n");
    h
}

fn th(text: &str, num: bool) -> String {
    let class = if num { " class=\"num\"" } else { "" };
    format!("<th scope=\"col\"{class}>{}</th>", escape(text))
}

fn td_num(text: &str) -> String {
    format!("<td class=\"num\">{}</td>", escape(text))
}

fn figure(svg: &str, caption: &str) -> String {
    format!("<figure>\n{svg}<figcaption>{}</figcaption>\n</figure>\n", escape(caption))
}

fn paragraph(lang: Lang, note: &Note) -> String {
    let lines: Vec<String> = note.lines.iter().map(|l| escape(l)).collect();
    format!(
        "<p class=\"note\"><strong>{}{}</strong> {}</p>\n",
        escape(note.label),
        escape(colon(lang).trim_end()),
        lines.join("<br>")
    )
}

fn quoted(lang: Lang, text: &str) -> String {
    match lang {
        Lang::Fr => format!("«\u{a0}{}\u{a0}»", escape(text)),
        Lang::En => format!("“{}”", escape(text)),
    }
}

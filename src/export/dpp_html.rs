//! The DPP as one standalone HTML page to read in a browser or print: UTF-8, no script, no external
//! resource (a Content-Security-Policy forbids both), every text escaped, the cover on a page of its
//! own when printed, and each situation's ecomap inlined as the same SVG image that `export ecomap`
//! writes, beside the table that says the same in words.

use super::dpp_annex::Annex;
use super::dpp_document::{DppDocument, Proof};
use super::dpp_text::{DppText, dpp_words};
use super::plan_html::escape;
use crate::i18n::{Lang, colon};

const STYLE: &str = "\
body { font-family: system-ui, -apple-system, \"Segoe UI\", Roboto, sans-serif; font-size: 11pt; line-height: 1.4; color: #111; margin: 1.5em; max-width: 60em; }
h1 { font-size: 1.5em; margin: 1.6em 0 0.4em; border-bottom: 2px solid #444; }
h2 { font-size: 1.2em; margin: 1.3em 0 0.4em; }
h3 { font-size: 1.05em; margin: 1.1em 0 0.3em; }
.cover h1 { font-size: 1.9em; border: none; margin-top: 0.5em; }
.field { margin: 0.2em 0; }
.missing { font-weight: bold; color: #a8201a; }
.none { font-weight: bold; color: #a8201a; }
blockquote { margin: 0.5em 0 0.8em; padding: 0.2em 0.9em; border-left: 3px solid #999; color: #222; }
blockquote.wording { font-style: italic; }
.date { color: #333; margin: 0.2em 0; }
.label { font-weight: bold; margin: 0.5em 0 0.2em; }
.todo { font-style: italic; color: #555; }
table { border-collapse: collapse; margin: 0.6em 0 1em; }
th, td { border: 1px solid #555; padding: 0.25em 0.45em; vertical-align: top; text-align: left; overflow-wrap: break-word; }
td.num, th.num { text-align: center; white-space: nowrap; }
thead th { background: #e8e8e8; }
.gap { color: #a8201a; font-weight: bold; }
figure { margin: 0.8em 0 1.2em; }
figure svg { max-width: 100%; height: auto; }
@page { size: A4; margin: 1.5cm; }
@media print {
  body { margin: 0; font-size: 10pt; max-width: none; }
  .cover { break-after: page; page-break-after: always; }
  .annexes { break-before: page; page-break-before: always; }
  thead { display: table-header-group; }
  tr, figure, article { break-inside: avoid; page-break-inside: avoid; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; }
  th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
";

pub fn to_html(doc: &DppDocument) -> String {
    let lang = doc.lang;
    let t = |d| dpp_words(lang, d);
    let cover = &doc.cover;
    let mut h = String::new();
    h.push_str(&super::html::page_start(lang, cover.title, STYLE));

    h.push_str(&format!("<header class=\"cover\">\n<h1>{}</h1>\n", escape(cover.title)));
    for (label, value) in &cover.fields {
        h.push_str(&format!(
            "<p class=\"field\"><strong>{}{}</strong> {}</p>\n",
            escape(label),
            escape(colon(lang).trim_end()),
            escape(value)
        ));
    }
    h.push_str(&format!("<h2>{}</h2>\n<ul>\n", escape(t(DppText::Situations))));
    for s in &cover.situations {
        h.push_str(&format!("<li>{}</li>\n", escape(s)));
    }
    h.push_str(&format!("</ul>\n<p>{}</p>\n", escape(t(DppText::SituationsNote))));
    h.push_str(&format!("<h2>{}</h2>\n<table>\n<thead>\n<tr>", escape(t(DppText::CoverageHeading))));
    h.push_str(&th(t(DppText::ColCompetency), false));
    h.push_str(&th(t(DppText::ColEvidence), true));
    h.push_str(&th(t(DppText::ColCoverage), true));
    h.push_str("</tr>\n</thead>\n<tbody>\n");
    for row in &cover.coverage {
        let word = if row.count == 0 {
            format!("<td class=\"num none\">{}</td>", escape(row.word))
        } else {
            format!("<td class=\"num\">{}</td>", escape(row.word))
        };
        h.push_str(&format!(
            "<tr><td>{}</td><td class=\"num\">{}</td>{word}</tr>\n",
            escape(&row.competency),
            row.count
        ));
    }
    h.push_str("</tbody>\n</table>\n");
    for note in &cover.notes {
        h.push_str(&format!("<p>{}</p>\n", escape(note)));
    }
    h.push_str(&format!("<p class=\"missing\">{}</p>\n</header>\n<main>\n", escape(&cover.missing)));

    for chapter in &doc.chapters {
        h.push_str(&format!("<section class=\"chapter\">\n<h1>{}</h1>\n", escape(&chapter.heading)));
        h.push_str(&format!(
            "<blockquote class=\"wording\" title=\"{}\">{}</blockquote>\n",
            escape(t(DppText::Wording)),
            escape(chapter.wording)
        ));
        if chapter.proofs.is_empty() {
            h.push_str(&format!("<p class=\"missing\">{}</p>\n", escape(doc.no_evidence())));
        }
        for proof in &chapter.proofs {
            push_proof(&mut h, lang, proof);
        }
        h.push_str("</section>\n");
    }

    h.push_str(&format!("<section class=\"annexes\">\n<h1>{}</h1>\n", escape(t(DppText::Annexes))));
    for (i, annex) in doc.annexes.iter().enumerate() {
        push_annex(&mut h, lang, annex, i + 1);
    }
    h.push_str("</section>\n</main>\n</body>\n</html>\n");
    h
}

fn push_proof(h: &mut String, lang: Lang, proof: &Proof) {
    let t = |d| dpp_words(lang, d);
    h.push_str(&format!("<article>\n<h2>{}</h2>\n", escape(&proof.heading)));
    h.push_str(&format!(
        "<p class=\"date\"><strong>{}{}</strong> {}</p>\n",
        escape(t(DppText::Date)),
        escape(colon(lang).trim_end()),
        escape(&proof.date)
    ));
    if !proof.excerpt.is_empty() {
        h.push_str(&format!(
            "<p class=\"label\">{}{}</p>\n",
            escape(t(DppText::Excerpt)),
            escape(colon(lang).trim_end())
        ));
        let lines: Vec<String> = proof.excerpt.iter().map(|l| escape(l)).collect();
        h.push_str(&format!("<blockquote>{}</blockquote>\n", lines.join("<br>")));
    }
    h.push_str(&format!("<p class=\"label\">{}{}</p>\n", escape(t(DppText::Note)), escape(colon(lang).trim_end())));
    if proof.note.is_empty() {
        h.push_str(&format!("<p class=\"todo\">{}</p>\n", escape(t(DppText::NoNote))));
    }
    for line in &proof.note {
        h.push_str(&format!("<p>{}</p>\n", escape(line)));
    }
    h.push_str("</article>\n");
}

fn push_annex(h: &mut String, lang: Lang, annex: &Annex, number: usize) {
    let t = |d| dpp_words(lang, d);
    h.push_str(&format!("<article id=\"annexe-{number}\">\n<h2>{}</h2>\n", escape(&annex.heading)));
    for line in &annex.meta {
        h.push_str(&format!("<p class=\"field\">{}</p>\n", escape(line)));
    }
    h.push_str(&format!("<h3>{}</h3>\n", escape(t(DppText::Synthesis))));
    let rows: Vec<Vec<&str>> = annex.needs.iter().map(|n| vec![n.domain.as_str(), &n.need, &n.code]).collect();
    table(h, &[t(DppText::ColDomain), t(DppText::ColNeed), t(DppText::ColCode)], &rows, t(DppText::NoNeed));

    h.push_str(&format!("<h3>{}</h3>\n", escape(t(DppText::Plan))));
    let rows: Vec<Vec<&str>> = annex
        .objectives
        .iter()
        .map(|o| vec![o.axis.as_str(), &o.objective, &o.indicator, &o.deadline, &o.status])
        .collect();
    let head = [
        t(DppText::ColAxis),
        t(DppText::ColObjective),
        t(DppText::ColIndicator),
        t(DppText::ColDeadline),
        t(DppText::ColStatus),
    ];
    table(h, &head, &rows, t(DppText::NoObjective));

    h.push_str(&format!("<h3>{}</h3>\n", escape(t(DppText::Ecomap))));
    if !annex.ties.is_empty() {
        // The image is ours (every text in it escaped): inlined as it is.
        h.push_str(&format!("<figure>\n{}</figure>\n", annex.ecomap_svg));
        h.push_str(&format!("<p>{}</p>\n", escape(t(DppText::EcomapNote))));
    }
    let rows: Vec<Vec<&str>> =
        annex.ties.iter().map(|r| vec![r.with.as_str(), &r.strength, &r.valence, &r.flow]).collect();
    let head = [t(DppText::ColWith), t(DppText::ColStrength), t(DppText::ColValence), t(DppText::ColFlow)];
    table(h, &head, &rows, t(DppText::NoTie));

    h.push_str(&format!("<h3>{}</h3>\n", escape(t(DppText::Evaluations))));
    let rows: Vec<Vec<&str>> = annex.scores.iter().map(|s| vec![s.date.as_str(), &s.kind, &s.score]).collect();
    table(h, &[t(DppText::ColDate), t(DppText::ColKind), t(DppText::ScoreT)], &rows, t(DppText::NoEvaluation));
    if let Some(latest) = annex.latest.as_ref().filter(|_| !annex.ratings.is_empty()) {
        h.push_str(&format!("<p class=\"label\">{} ({})</p>\n", escape(t(DppText::Latest)), escape(latest)));
        h.push_str("<table>\n<thead>\n<tr>");
        h.push_str(&th(t(DppText::ColDomain), false));
        for d in [DppText::ColPerson, DppText::ColReferent, DppText::ColGap] {
            h.push_str(&th(t(d), true));
        }
        h.push_str("</tr>\n</thead>\n<tbody>\n");
        let mark = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_else(|| "—".into());
        for r in &annex.ratings {
            let gap = if r.perception_gap {
                format!("<td class=\"num gap\">{}, {}</td>", escape(&r.gap), escape(t(DppText::PerceptionGap)))
            } else {
                format!("<td class=\"num\">{}</td>", escape(&r.gap))
            };
            h.push_str(&format!(
                "<tr><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td>{gap}</tr>\n",
                escape(&r.domain),
                mark(r.person),
                mark(r.referent)
            ));
        }
        h.push_str("</tbody>\n</table>\n");
    } else if !annex.scores.is_empty() {
        h.push_str(&format!("<p>{}</p>\n", escape(t(DppText::NoRating))));
    }
    h.push_str("</article>\n");
}

/// A table of text cells, or a sentence when there is no row.
fn table(h: &mut String, head: &[&str], rows: &[Vec<&str>], empty: &str) {
    if rows.is_empty() {
        h.push_str(&format!("<p>{}</p>\n", escape(empty)));
        return;
    }
    h.push_str("<table>\n<thead>\n<tr>");
    for c in head {
        h.push_str(&th(c, false));
    }
    h.push_str("</tr>\n</thead>\n<tbody>\n");
    for row in rows {
        h.push_str("<tr>");
        for c in row {
            h.push_str(&format!("<td>{}</td>", escape(c)));
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</tbody>\n</table>\n");
}

fn th(text: &str, num: bool) -> String {
    let class = if num { " class=\"num\"" } else { "" };
    format!("<th scope=\"col\"{class}>{}</th>", escape(text))
}

//! The DPP as a Word document (docx-rs) for the candidate to rework: real heading styles (« Heading
//! 1 » to « Heading 3 », with their outline levels, so that Word's navigation pane and LibreOffice's
//! navigator show the plan of the dossier), real tables with a shaded header row, the cover on a page
//! of its own and the annexes from a new page. Text is set run by run, never as markup: docx-rs
//! escapes it.

use std::io::Cursor;

use docx_rs::{
    AlignmentType, BreakType, Docx, LineSpacing, Paragraph, Run, RunFonts, Shading, Style, StyleType, Table, TableCell,
    TableRow, WidthType,
};

use super::dpp_annex::Annex;
use super::dpp_document::{DppDocument, Proof};
use super::dpp_text::{DppText, dpp_words};
use crate::i18n::{Lang, colon};

/// Sizes in half-points.
const BODY: usize = 22;
const TITLE: usize = 40;
const H1: usize = 32;
const H2: usize = 26;
const H3: usize = 23;
/// Space after a paragraph, and before a heading, in twentieths of a point.
const SPACE_AFTER: u32 = 100;
const SPACE_BEFORE_HEADING: u32 = 280;
/// Left indent of quotations, in twentieths of a point (1 cm ≈ 567).
const QUOTE_INDENT: i32 = 567;
const HEADER_FILL: &str = "E8E8E8";
/// The width of the text on an A4 page with docx-rs's default margins, in twentieths of a point:
/// tables are given their columns explicitly, as Word expects.
const TEXT_WIDTH: usize = 11906 - 2 * 1701;
const WARNING: &str = "A8201A";

/// The document's bytes (a ZIP package).
pub fn to_docx(doc: &DppDocument) -> std::io::Result<Vec<u8>> {
    let lang = doc.lang;
    let t = |d| dpp_words(lang, d);
    // Created today, not on 1 January 1970: a word processor shows the date in the file's properties.
    let stamp = format!("{}T00:00:00Z", doc.today.format("%Y-%m-%d"));
    let mut docx = styled(Docx::new()).created_at(&stamp).updated_at(&stamp);
    let cover = &doc.cover;

    docx = docx.add_paragraph(Paragraph::new().style("Title").add_run(Run::new().add_text(cover.title)));
    for (label, value) in &cover.fields {
        docx = docx.add_paragraph(labelled(lang, label, value));
    }
    docx = docx.add_paragraph(heading(2, t(DppText::Situations)));
    for s in &cover.situations {
        docx = docx.add_paragraph(text(&format!("•\u{a0}{s}")));
    }
    docx = docx.add_paragraph(text(t(DppText::SituationsNote)));
    docx = docx.add_paragraph(heading(2, t(DppText::CoverageHeading)));
    let rows: Vec<Vec<String>> =
        cover.coverage.iter().map(|r| vec![r.competency.clone(), r.count.to_string(), r.word.to_string()]).collect();
    docx = docx.add_table(table(
        &[t(DppText::ColCompetency), t(DppText::ColEvidence), t(DppText::ColCoverage)],
        &[6, 2, 2],
        &rows,
    ));
    for note in &cover.notes {
        docx = docx.add_paragraph(text(note));
    }
    docx = docx.add_paragraph(Paragraph::new().add_run(Run::new().add_text(&cover.missing).bold().color(WARNING)));
    // The cover stands on its own page.
    docx = docx.add_paragraph(Paragraph::new().add_run(Run::new().add_break(BreakType::Page)));

    for chapter in &doc.chapters {
        docx = docx.add_paragraph(heading(1, &chapter.heading));
        docx = docx.add_paragraph(quotation(chapter.wording));
        if chapter.proofs.is_empty() {
            docx = docx.add_paragraph(Paragraph::new().add_run(Run::new().add_text(doc.no_evidence()).bold()));
        }
        for proof in &chapter.proofs {
            docx = push_proof(docx, lang, proof);
        }
    }

    docx = docx.add_paragraph(heading(1, t(DppText::Annexes)).page_break_before(true));
    for annex in &doc.annexes {
        docx = push_annex(docx, lang, annex);
    }

    let mut bytes = Cursor::new(Vec::new());
    docx.build().pack(&mut bytes).map_err(std::io::Error::other)?;
    Ok(bytes.into_inner())
}

/// The styles the document uses, named as Word names its built-in ones so that it recognises them.
fn styled(docx: Docx) -> Docx {
    let heading_style = |id: &str, name: &str, level: usize, size: usize| {
        Style::new(id, StyleType::Paragraph)
            .name(name)
            .based_on("Normal")
            .next("Normal")
            .q_format(true)
            .outline_lvl(level)
            .size(size)
            .bold()
            .line_spacing(LineSpacing::new().before(SPACE_BEFORE_HEADING).after(SPACE_AFTER))
    };
    docx.default_fonts(RunFonts::new().ascii("Liberation Sans").hi_ansi("Liberation Sans").cs("Liberation Sans"))
        .default_size(BODY)
        .default_line_spacing(LineSpacing::new().after(SPACE_AFTER))
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .based_on("Normal")
                .next("Normal")
                .q_format(true)
                .size(TITLE)
                .bold(),
        )
        .add_style(heading_style("Heading1", "heading 1", 0, H1))
        .add_style(heading_style("Heading2", "heading 2", 1, H2))
        .add_style(heading_style("Heading3", "heading 3", 2, H3))
        .add_style(
            Style::new("Quote", StyleType::Paragraph).name("Quote").based_on("Normal").q_format(true).italic().indent(
                Some(QUOTE_INDENT),
                None,
                None,
                None,
            ),
        )
}

fn heading(level: usize, title: &str) -> Paragraph {
    Paragraph::new().style(&format!("Heading{level}")).keep_next(true).add_run(Run::new().add_text(title))
}

fn text(line: &str) -> Paragraph {
    Paragraph::new().add_run(Run::new().add_text(line))
}

fn quotation(line: &str) -> Paragraph {
    Paragraph::new().style("Quote").add_run(Run::new().add_text(line))
}

/// « **Date :** 12/11/2026 »
fn labelled(lang: Lang, label: &str, value: &str) -> Paragraph {
    Paragraph::new()
        .add_run(Run::new().add_text(format!("{label}{}", colon(lang))).bold())
        .add_run(Run::new().add_text(value))
}

fn push_proof(mut docx: Docx, lang: Lang, proof: &Proof) -> Docx {
    let t = |d| dpp_words(lang, d);
    docx = docx.add_paragraph(heading(2, &proof.heading));
    docx = docx.add_paragraph(labelled(lang, t(DppText::Date), &proof.date));
    if !proof.excerpt.is_empty() {
        docx = docx.add_paragraph(label(lang, t(DppText::Excerpt)));
        for line in &proof.excerpt {
            docx = docx.add_paragraph(quotation(line));
        }
    }
    docx = docx.add_paragraph(label(lang, t(DppText::Note)));
    if proof.note.is_empty() {
        docx = docx.add_paragraph(Paragraph::new().add_run(Run::new().add_text(t(DppText::NoNote)).italic()));
    }
    for line in &proof.note {
        docx = docx.add_paragraph(text(line));
    }
    docx
}

/// A bold label on its own line, kept with what follows.
fn label(lang: Lang, label: &str) -> Paragraph {
    Paragraph::new().keep_next(true).add_run(Run::new().add_text(format!("{label}{}", colon(lang).trim_end())).bold())
}

fn push_annex(mut docx: Docx, lang: Lang, annex: &Annex) -> Docx {
    let t = |d| dpp_words(lang, d);
    docx = docx.add_paragraph(heading(2, &annex.heading));
    for line in &annex.meta {
        docx = docx.add_paragraph(text(line));
    }
    docx = docx.add_paragraph(heading(3, t(DppText::Synthesis)));
    let rows: Vec<Vec<String>> =
        annex.needs.iter().map(|n| vec![n.domain.clone(), n.need.clone(), n.code.clone()]).collect();
    docx = table_or(
        docx,
        &[t(DppText::ColDomain), t(DppText::ColNeed), t(DppText::ColCode)],
        &[2, 4, 4],
        &rows,
        t(DppText::NoNeed),
    );

    docx = docx.add_paragraph(heading(3, t(DppText::Plan)));
    let rows: Vec<Vec<String>> = annex
        .objectives
        .iter()
        .map(|o| vec![o.axis.clone(), o.objective.clone(), o.indicator.clone(), o.deadline.clone(), o.status.clone()])
        .collect();
    let head = [
        t(DppText::ColAxis),
        t(DppText::ColObjective),
        t(DppText::ColIndicator),
        t(DppText::ColDeadline),
        t(DppText::ColStatus),
    ];
    docx = table_or(docx, &head, &[3, 3, 4, 2, 2], &rows, t(DppText::NoObjective));

    docx = docx.add_paragraph(heading(3, t(DppText::Ecomap)));
    if !annex.ties.is_empty() {
        docx = docx.add_paragraph(text(t(DppText::EcomapNote)));
    }
    let rows: Vec<Vec<String>> = annex
        .ties
        .iter()
        .map(|r| vec![r.with.clone(), r.strength.clone(), r.valence.clone(), r.flow.clone()])
        .collect();
    let head = [t(DppText::ColWith), t(DppText::ColStrength), t(DppText::ColValence), t(DppText::ColFlow)];
    docx = table_or(docx, &head, &[4, 2, 2, 2], &rows, t(DppText::NoTie));

    docx = docx.add_paragraph(heading(3, t(DppText::Evaluations)));
    let rows: Vec<Vec<String>> =
        annex.scores.iter().map(|s| vec![s.date.clone(), s.kind.clone(), s.score.clone()]).collect();
    docx = table_or(
        docx,
        &[t(DppText::ColDate), t(DppText::ColKind), t(DppText::ScoreT)],
        &[1, 2, 1],
        &rows,
        t(DppText::NoEvaluation),
    );
    match &annex.latest {
        Some(latest) if !annex.ratings.is_empty() => {
            docx = docx.add_paragraph(label(lang, &format!("{} ({latest})", t(DppText::Latest))));
            let mark = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_else(|| "—".into());
            let rows: Vec<Vec<String>> = annex
                .ratings
                .iter()
                .map(|r| {
                    let gap = if r.perception_gap {
                        format!("{}, {}", r.gap, t(DppText::PerceptionGap))
                    } else {
                        r.gap.clone()
                    };
                    vec![r.domain.clone(), mark(r.person), mark(r.referent), gap]
                })
                .collect();
            let head = [t(DppText::ColDomain), t(DppText::ColPerson), t(DppText::ColReferent), t(DppText::ColGap)];
            docx = docx.add_table(table(&head, &[4, 1, 1, 3], &rows));
        }
        _ if !annex.scores.is_empty() => docx = docx.add_paragraph(text(t(DppText::NoRating))),
        _ => {}
    }
    docx
}

fn table_or(docx: Docx, head: &[&str], weights: &[usize], rows: &[Vec<String>], empty: &str) -> Docx {
    if rows.is_empty() { docx.add_paragraph(text(empty)) } else { docx.add_table(table(head, weights, rows)) }
}

/// A full-width table whose first row, shaded and bold, names the columns; each column's width in
/// proportion to its weight.
fn table(head: &[&str], weights: &[usize], rows: &[Vec<String>]) -> Table {
    let total: usize = weights.iter().sum::<usize>().max(1);
    let widths: Vec<usize> = weights.iter().map(|w| TEXT_WIDTH * w / total).collect();
    let cell = |i: usize, p: Paragraph| {
        TableCell::new().width(widths.get(i).copied().unwrap_or(TEXT_WIDTH / 4), WidthType::Dxa).add_paragraph(p)
    };
    let header = TableRow::new(
        head.iter()
            .enumerate()
            .map(|(i, h)| {
                cell(i, Paragraph::new().add_run(Run::new().add_text(*h).bold()))
                    .shading(Shading::new().fill(HEADER_FILL))
            })
            .collect(),
    )
    .cant_split();
    let body = rows.iter().map(|row| {
        let cells = row
            .iter()
            .enumerate()
            .map(|(i, text)| cell(i, Paragraph::new().align(AlignmentType::Left).add_run(Run::new().add_text(text))))
            .collect();
        TableRow::new(cells).cant_split()
    });
    Table::new(std::iter::once(header).chain(body).collect()).set_grid(widths.clone()).width(TEXT_WIDTH, WidthType::Dxa)
}

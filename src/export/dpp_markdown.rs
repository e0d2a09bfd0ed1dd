//! The DPP as Markdown, to paste into a text of one's own: the cover, a level-1 heading per
//! competency and one per group of annexes, GitHub-flavoured tables, users' text escaped as in the
//! plan (see [`inline`]).

use super::dpp_annex::Annex;
use super::dpp_document::{DppDocument, Proof};
use super::dpp_text::{DppText, dpp_words};
use super::plan_markdown::inline;
use crate::i18n::{Lang, colon};

pub fn to_markdown(doc: &DppDocument) -> String {
    let lang = doc.lang;
    let t = |d| dpp_words(lang, d);
    let mut md = String::new();
    let cover = &doc.cover;
    md.push_str(&format!("# {}\n\n", cover.title));
    for (label, value) in &cover.fields {
        md.push_str(&format!("**{}** {}\n\n", label_of(lang, label), inline(value)));
    }
    md.push_str(&format!("## {}\n\n", t(DppText::Situations)));
    for s in &cover.situations {
        md.push_str(&format!("- {}\n", inline(s)));
    }
    md.push_str(&format!("\n{}\n\n", t(DppText::SituationsNote)));
    md.push_str(&format!("## {}\n\n", t(DppText::CoverageHeading)));
    table_head(&mut md, &[t(DppText::ColCompetency), t(DppText::ColEvidence), t(DppText::ColCoverage)]);
    for row in &cover.coverage {
        let word = if row.count == 0 { format!("**{}**", row.word) } else { row.word.to_string() };
        table_row(&mut md, &[inline(&row.competency), row.count.to_string(), word]);
    }
    md.push('\n');
    for note in &cover.notes {
        md.push_str(&format!("{}\n\n", inline(note)));
    }
    md.push_str(&format!("**{}**\n\n", inline(&cover.missing)));
    // Markdown has no page: a rule marks the end of the cover.
    md.push_str("---\n\n");

    for chapter in &doc.chapters {
        md.push_str(&format!("# {}\n\n", inline(&chapter.heading)));
        md.push_str(&format!("> {}\n\n", inline(chapter.wording)));
        if chapter.proofs.is_empty() {
            md.push_str(&format!("{}\n\n", doc.no_evidence()));
        }
        for proof in &chapter.proofs {
            push_proof(&mut md, lang, proof);
        }
    }

    md.push_str(&format!("# {}\n\n", t(DppText::Annexes)));
    for annex in &doc.annexes {
        push_annex(&mut md, lang, annex);
    }
    while md.ends_with("\n\n") {
        md.pop();
    }
    md
}

/// « **Date :** »
fn label_of(lang: Lang, label: &str) -> String {
    format!("{label}{}", colon(lang).trim_end())
}

fn push_proof(md: &mut String, lang: Lang, proof: &Proof) {
    let t = |d| dpp_words(lang, d);
    md.push_str(&format!("## {}\n\n", inline(&proof.heading)));
    md.push_str(&format!("**{}** {}\n\n", label_of(lang, t(DppText::Date)), inline(&proof.date)));
    if !proof.excerpt.is_empty() {
        md.push_str(&format!("**{}**\n\n", label_of(lang, t(DppText::Excerpt))));
        let lines: Vec<String> = proof.excerpt.iter().map(|l| format!("> {}", inline(l))).collect();
        md.push_str(&format!("{}\n\n", lines.join("\n>\n")));
    }
    md.push_str(&format!("**{}**\n\n", label_of(lang, t(DppText::Note))));
    if proof.note.is_empty() {
        md.push_str(&format!("*{}*\n\n", t(DppText::NoNote)));
    }
    for line in &proof.note {
        md.push_str(&format!("{}\n\n", inline(line)));
    }
}

fn push_annex(md: &mut String, lang: Lang, annex: &Annex) {
    let t = |d| dpp_words(lang, d);
    md.push_str(&format!("## {}\n\n", inline(&annex.heading)));
    for line in &annex.meta {
        md.push_str(&format!("{}\n\n", inline(line)));
    }
    md.push_str(&format!("### {}\n\n", t(DppText::Synthesis)));
    if annex.needs.is_empty() {
        md.push_str(&format!("{}\n\n", t(DppText::NoNeed)));
    } else {
        table_head(md, &[t(DppText::ColDomain), t(DppText::ColNeed), t(DppText::ColCode)]);
        for n in &annex.needs {
            table_row(md, &[inline(&n.domain), inline(&n.need), inline(&n.code)]);
        }
        md.push('\n');
    }
    md.push_str(&format!("### {}\n\n", t(DppText::Plan)));
    if annex.objectives.is_empty() {
        md.push_str(&format!("{}\n\n", t(DppText::NoObjective)));
    } else {
        table_head(
            md,
            &[
                t(DppText::ColAxis),
                t(DppText::ColObjective),
                t(DppText::ColIndicator),
                t(DppText::ColDeadline),
                t(DppText::ColStatus),
            ],
        );
        for o in &annex.objectives {
            let cells = [&o.axis, &o.objective, &o.indicator, &o.deadline, &o.status].map(|c| inline(c));
            table_row(md, &cells);
        }
        md.push('\n');
    }
    md.push_str(&format!("### {}\n\n", t(DppText::Ecomap)));
    if annex.ties.is_empty() {
        md.push_str(&format!("{}\n\n", t(DppText::NoTie)));
    } else {
        md.push_str(&format!("{}\n\n", t(DppText::EcomapNote)));
        table_head(md, &[t(DppText::ColWith), t(DppText::ColStrength), t(DppText::ColValence), t(DppText::ColFlow)]);
        for r in &annex.ties {
            table_row(md, &[&r.with, &r.strength, &r.valence, &r.flow].map(|c| inline(c)));
        }
        md.push('\n');
    }
    md.push_str(&format!("### {}\n\n", t(DppText::Evaluations)));
    if annex.scores.is_empty() {
        md.push_str(&format!("{}\n\n", t(DppText::NoEvaluation)));
        return;
    }
    table_head(md, &[t(DppText::ColDate), t(DppText::ColKind), t(DppText::ScoreT)]);
    for s in &annex.scores {
        table_row(md, &[inline(&s.date), inline(&s.kind), s.score.clone()]);
    }
    md.push('\n');
    match &annex.latest {
        Some(latest) if !annex.ratings.is_empty() => {
            md.push_str(&format!("**{} ({})**\n\n", t(DppText::Latest), inline(latest)));
            table_head(
                md,
                &[t(DppText::ColDomain), t(DppText::ColPerson), t(DppText::ColReferent), t(DppText::ColGap)],
            );
            let mark = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_else(|| "—".into());
            for r in &annex.ratings {
                let gap = if r.perception_gap {
                    format!("**{}, {}**", r.gap, t(DppText::PerceptionGap))
                } else {
                    r.gap.clone()
                };
                table_row(md, &[inline(&r.domain), mark(r.person), mark(r.referent), gap]);
            }
            md.push('\n');
        }
        _ => md.push_str(&format!("{}\n\n", t(DppText::NoRating))),
    }
}

fn table_head(md: &mut String, header: &[&str]) {
    md.push_str(&format!("| {} |\n", header.join(" | ")));
    md.push_str(&format!("|{}\n", " --- |".repeat(header.len())));
}

fn table_row(md: &mut String, cells: &[String]) {
    md.push_str(&format!("| {} |\n", cells.join(" | ")));
}

//! The bilan as Markdown, to paste into the notes of a synthesis meeting: GitHub-flavoured tables,
//! users' text escaped as in the plan (see [`inline`]).

use super::bilan_document::{BilanDocument, Note};
use super::bilan_text::{BilanText, bilan_words};
use super::plan_markdown::inline;
use crate::i18n::colon;

pub fn to_markdown(doc: &BilanDocument) -> String {
    let lang = doc.lang;
    let t = |b| bilan_words(lang, b);
    let mut md = String::new();
    md.push_str(&format!("# {}\n\n", inline(&doc.title)));
    for line in &doc.meta {
        md.push_str(&format!("{}\n\n", inline(line)));
    }
    if doc.sessions.is_empty() {
        md.push_str(&format!("{}\n\n", t(BilanText::NoEvaluation)));
    }

    md.push_str(&format!("## {}\n\n", t(BilanText::Objectives)));
    if doc.objectives.is_empty() {
        md.push_str(&format!("{}\n\n", t(BilanText::NoGoal)));
    } else {
        let mut header = vec![t(BilanText::ColObjective).to_string(), t(BilanText::ColWeight).to_string()];
        header.extend(doc.columns.iter().cloned());
        table_head(&mut md, &header);
        for row in &doc.objectives {
            let mut cells = vec![inline(&row.title), row.weight.clone()];
            // Levels and decisions are our own words: nothing to escape.
            cells.extend(row.levels.iter().cloned());
            table_row(&mut md, &cells);
        }
        let mut score = vec![format!("**{}**", t(BilanText::ScoreT)), String::new()];
        score.extend(doc.scores.iter().map(|s| format!("**{}**", s.text)));
        table_row(&mut md, &score);
        md.push('\n');
        md.push_str(&format!("{}\n\n", t(BilanText::ObjectivesNote)));
    }

    md.push_str(&format!("## {}\n\n", t(BilanText::Ratings)));
    match &doc.latest {
        Some(latest) if !doc.ratings.is_empty() => {
            md.push_str(&format!("### {} ({latest})\n\n", t(BilanText::Latest)));
            table_head(
                &mut md,
                &[t(BilanText::ColDomain), t(BilanText::ColPerson), t(BilanText::ColReferent), t(BilanText::ColGap)]
                    .map(String::from),
            );
            let mark = |v: Option<u8>| v.map(|v| v.to_string()).unwrap_or_else(|| "—".into());
            for r in &doc.ratings {
                let gap = if r.perception_gap {
                    format!("**{}, {}**", r.gap, t(BilanText::PerceptionGap))
                } else {
                    r.gap.clone()
                };
                table_row(&mut md, &[inline(&r.domain), mark(r.person), mark(r.referent), gap]);
            }
            md.push('\n');
            md.push_str(&format!("### {}\n\n", t(BilanText::Evolution)));
            let mut header = vec![t(BilanText::ColDomain).to_string()];
            header.extend(doc.columns.iter().cloned());
            table_head(&mut md, &header);
            for row in &doc.evolution {
                let mut cells = vec![inline(&row.domain)];
                cells.extend(row.cells.iter().cloned());
                table_row(&mut md, &cells);
            }
            md.push('\n');
            md.push_str(&format!("{}\n\n", t(BilanText::EvolutionNote)));
        }
        _ => md.push_str(&format!("{}\n\n", t(BilanText::NoRating))),
    }

    if !doc.sessions.is_empty() {
        md.push_str(&format!("## {}\n\n", t(BilanText::Sessions)));
    }
    for s in &doc.sessions {
        md.push_str(&format!("### {}\n\n", inline(&s.heading)));
        for note in &s.notes {
            md.push_str(&format!("{}\n\n", paragraph(doc, note)));
        }
        if !s.goals.is_empty() {
            md.push_str(&format!("**{}{}**\n\n", t(BilanText::Goals), colon(lang).trim_end()));
            for g in &s.goals {
                md.push_str(&format!("- {}\n", inline(g)));
            }
            md.push('\n');
        }
    }

    md.push_str(&format!("## {}\n\n", t(BilanText::Readjustments)));
    if doc.readjustments.is_empty() {
        md.push_str(&format!("{}\n\n", t(BilanText::NoReadjustment)));
    }
    for r in &doc.readjustments {
        md.push_str(&format!("- {}{}{} → {}\n", r.date, colon(lang), quoted(doc, &r.old), quoted(doc, &r.new)));
    }
    if !doc.readjustments.is_empty() {
        md.push('\n');
    }

    md.push_str(&format!("## {}\n\n", t(BilanText::Journal)));
    if doc.journal.is_empty() {
        md.push_str(&format!("{}\n\n", t(BilanText::JournalEmpty)));
    } else {
        table_head(
            &mut md,
            &[t(BilanText::ColDate), t(BilanText::ColKind), t(BilanText::ColSummary), t(BilanText::ColPartners)]
                .map(String::from),
        );
        for e in &doc.journal {
            let summary: Vec<String> = e.summary.iter().map(|l| inline(l)).collect();
            let kind = if e.critical { format!("**{}**", inline(&e.kind)) } else { inline(&e.kind) };
            table_row(&mut md, &[e.date.clone(), kind, summary.join("<br>"), inline(&e.partners)]);
        }
        md.push('\n');
    }
    if doc.left_out > 0 {
        md.push_str(&format!("{}{}{}\n\n", t(BilanText::SensitiveLeftOut), colon(lang), doc.left_out));
    }
    while md.ends_with("\n\n") {
        md.pop();
    }
    md
}

fn table_head(md: &mut String, header: &[String]) {
    md.push_str(&format!("| {} |\n", header.join(" | ")));
    md.push_str(&format!("|{}\n", " --- |".repeat(header.len())));
}

fn table_row(md: &mut String, cells: &[String]) {
    md.push_str(&format!("| {} |\n", cells.join(" | ")));
}

/// « **Décisions :** first line\ second line »
fn paragraph(doc: &BilanDocument, note: &Note) -> String {
    let lines: Vec<String> = note.lines.iter().map(|l| inline(l)).collect();
    format!("**{}{}** {}", note.label, colon(doc.lang).trim_end(), lines.join("\\\n"))
}

fn quoted(doc: &BilanDocument, text: &str) -> String {
    match doc.lang {
        crate::i18n::Lang::Fr => format!("«\u{a0}{}\u{a0}»", inline(text)),
        crate::i18n::Lang::En => format!("“{}”", inline(text)),
    }
}

//! The « dossier de pratiques professionnelles » (DPP) as a view model, built once from the records
//! and read by the Markdown, HTML and DOCX renderers: a cover (the certification, the candidate's
//! fields given on the command line, the situations by pseudonym, the coverage of C1…C8), one
//! chapter per competency with its verbatim wording and its evidence (the situation, the record, what
//! the record says, the reflective note, the date), then the annexes of each situation
//! ([`super::dpp_annex`]).
//!
//! Nothing on the cover comes from the database but the pseudonyms: the candidate's name and
//! structure are only what she types for this document. The document also lists what its chapters
//! quote ([`DppDocument::quoted`]), so that the anonymity guard scans exactly that. Every text passes
//! through [`clean`] so that no control character reaches an export.

use chrono::NaiveDate;

use super::dpp_annex::{Annex, annex};
use super::dpp_text::{DateStyle, DppText, coverage_word, dpp_words, situation_date};
use crate::domain::case::Case;
use crate::domain::competency;
use crate::domain::evidence::{self, Coverage, Evidence, RecordRef};
use crate::domain::life_domain::LifeDomain;
use crate::domain::partner::Partner;
use crate::domain::person::PersonId;
use crate::domain::record_words::RecordKind;
use crate::domain::text::{clean, clean_line};
use crate::i18n::evaluation::{evaluation_kind, journal_kind};
use crate::i18n::{Lang, colon, domain_label, long_date};

/// Everything the DPP reads: the store is not needed, so the exports are pure.
#[derive(Debug, Clone, Copy)]
pub struct DppInput<'a> {
    /// The situations chosen, in the order given.
    pub cases: &'a [Case],
    /// Their evidence and the free evidence about the practice (others' evidence is left out here).
    pub evidence: &'a [Evidence],
    /// The directory, archived partners too: an old tie keeps its partner's name.
    pub partners: &'a [Partner],
    pub domains: &'a [LifeDomain],
    pub today: NaiveDate,
    pub lang: Lang,
    /// « J+45 » rather than dates for what happened in the situations.
    pub relative_dates: bool,
    /// Typed on the command line for this document, never stored.
    pub candidate: Option<&'a str>,
    pub structure: Option<&'a str>,
}

/// A competency on the cover: how much evidence, how well covered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoverageRow {
    /// « C4 — Définir les étapes opérationnelles du projet »
    pub competency: String,
    pub count: usize,
    pub coverage: Coverage,
    pub word: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cover {
    pub title: &'static str,
    /// (« Certification », the title of RS6552), then the candidate's fields, then the date.
    pub fields: Vec<(&'static str, String)>,
    pub situations: Vec<String>,
    pub coverage: Vec<CoverageRow>,
    /// What follows the coverage table: the rule, « pas de validation partielle », what is missing,
    /// how dates are written.
    pub notes: Vec<String>,
    /// The line naming the competencies without evidence (or saying there is none), set apart.
    pub missing: String,
}

/// One piece of evidence as a chapter shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proof {
    /// « M. R. — objectif opérationnel « Arrêter le tabac » »
    pub heading: String,
    /// « 12/11/2026 », « J+45 », « — ».
    pub date: String,
    /// What the record says (the person's words, the indicator…), line by line; may be empty.
    pub excerpt: Vec<String>,
    /// « En quoi cela démontre la compétence », line by line; empty when not written yet.
    pub note: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chapter {
    /// « C4 — Définir les étapes opérationnelles du projet »
    pub heading: String,
    /// The registry's wording, verbatim.
    pub wording: &'static str,
    pub proofs: Vec<Proof>,
}

/// What a chapter quotes of one piece of evidence, for the anonymity guard.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuotedEvidence {
    /// None for free evidence.
    pub person: Option<PersonId>,
    pub competency: u8,
    pub date: NaiveDate,
    pub note: String,
    pub title: String,
    pub excerpt: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct DppDocument {
    pub lang: Lang,
    /// The day it is written: the document's own date (the DOCX's properties carry it too).
    pub today: NaiveDate,
    pub cover: Cover,
    pub chapters: Vec<Chapter>,
    pub annexes: Vec<Annex>,
    pub quoted: Vec<QuotedEvidence>,
}

impl DppDocument {
    pub fn build(input: &DppInput) -> DppDocument {
        let mut chapters = Vec::new();
        let mut quoted = Vec::new();
        let mut counted: Vec<Vec<&Evidence>> = Vec::new();
        for c in competency::all() {
            let number = c.code.trim_start_matches('C').parse::<u8>().unwrap_or(0);
            let mut proofs: Vec<(SortKey, Proof)> = Vec::new();
            let mut shown: Vec<&Evidence> = Vec::new();
            for e in input.evidence.iter().filter(|e| e.competency == number) {
                if let Some((key, proof, quote)) = proof(input, e) {
                    proofs.push((key, proof));
                    quoted.push(quote);
                    shown.push(e);
                }
            }
            proofs.sort_by_key(|(key, _)| *key);
            chapters.push(Chapter {
                heading: heading(c),
                wording: c.wording,
                proofs: proofs.into_iter().map(|(_, p)| p).collect(),
            });
            counted.push(shown);
        }
        DppDocument {
            today: input.today,
            lang: input.lang,
            cover: cover(input, &counted),
            chapters,
            annexes: input
                .cases
                .iter()
                .enumerate()
                .map(|(i, c)| annex(input, i + 1, c, date_style(input, c)))
                .collect(),
            quoted,
        }
    }

    /// Said in place of a chapter's evidence when it has none.
    pub fn no_evidence(&self) -> &'static str {
        dpp_words(self.lang, DppText::NoEvidence)
    }
}

/// « C4 — Définir les étapes opérationnelles du projet »
fn heading(c: &competency::Competency) -> String {
    format!("{} — {}", c.code, c.short)
}

/// Free evidence first (the analysis of the practice frames the rest), then the situations in the
/// order given, each by date.
type SortKey = (usize, NaiveDate, i64);

/// How a situation's dates are written: from the referral, or else from her first record.
pub fn date_style(input: &DppInput, c: &Case) -> DateStyle {
    if !input.relative_dates {
        return DateStyle::Absolute;
    }
    match c.person.referral_date.or_else(|| first_record(c)) {
        Some(start) => DateStyle::RelativeTo(start),
        None => DateStyle::RelativeTo(input.today),
    }
}

fn first_record(c: &Case) -> Option<NaiveDate> {
    let entries = c.diagnosis.iter().map(|e| e.date);
    let axes = c.plan.axes.iter().map(|a| a.created_on);
    let objectives = c.plan.objectives.iter().map(|o| o.created_on);
    let ties = c.ties.iter().map(|t| t.since);
    let journal = c.journal.iter().map(|j| j.date);
    let evaluations = c.evaluations.iter().map(|e| e.date);
    entries.chain(axes).chain(objectives).chain(ties).chain(journal).chain(evaluations).min()
}

/// « « text » » in French, “text” in English.
pub fn quote(lang: Lang, text: &str) -> String {
    crate::i18n::quoted(lang, text)
}

/// The opening words of a free note, to tell two notes apart: up to its first colon or full stop
/// when that comes soon, else its first fifty characters.
fn opening(note: &str) -> String {
    let first = note.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
    match first.find([':', '.']) {
        Some(end) if first[..end].chars().count() <= 60 => first[..end].trim().to_string(),
        _ => crate::domain::text::excerpt(first, 50),
    }
}

/// The proof of one piece of evidence, where to sort it, and what it quotes; `None` when its
/// record is gone or belongs to a situation not chosen.
fn proof(input: &DppInput, e: &Evidence) -> Option<(SortKey, Proof, QuotedEvidence)> {
    let lang = input.lang;
    let t = |d| dpp_words(lang, d);
    let note = lines_of(&e.note);
    if e.record == RecordRef::Free {
        let date =
            if input.relative_dates { "—".to_string() } else { situation_date(lang, DateStyle::Absolute, e.date) };
        let heading = format!("{} — {}", t(DppText::Practice), quote(lang, &opening(&e.note)));
        let proof = Proof { heading, date, excerpt: Vec::new(), note };
        let quote = QuotedEvidence {
            person: None,
            competency: e.competency,
            date: e.date,
            note: e.note.clone(),
            title: String::new(),
            excerpt: String::new(),
        };
        return Some(((0, e.date, e.id), proof, quote));
    }
    let rank = input.cases.iter().position(|c| Some(c.person.id) == e.person_id)?;
    let case = &input.cases[rank];
    let text = case.describe(e.record, input.partners)?;
    let title = clean_line(&text.title);
    let (record, shown_title, excerpt) = match text.kind {
        RecordKind::Entry => {
            let revision = match e.record {
                RecordRef::Entry(id) => case.diagnosis.iter().find(|x| x.id == id).map(|x| x.revision).unwrap_or(1),
                _ => 1,
            };
            let domain = clean_line(&domain_label(lang, input.domains, &text.title));
            let record =
                format!("{} {}, {} {revision}", t(DppText::DiagnosisOf), quote(lang, &domain), t(DppText::Revision));
            (record, String::new(), text.excerpt.clone())
        }
        RecordKind::Axis => {
            (format!("{} {}", t(DppText::AxisRecord), quote(lang, &title)), title, text.excerpt.clone())
        }
        RecordKind::Objective => {
            (format!("{} {}", t(DppText::ObjectiveRecord), quote(lang, &title)), title, text.excerpt.clone())
        }
        RecordKind::Action => {
            (format!("{} {}", t(DppText::ActionRecord), quote(lang, &title)), title, text.excerpt.clone())
        }
        // A partner is a professional: her name is not the person's data.
        RecordKind::Tie => {
            (format!("{} {}", t(DppText::TieRecord), quote(lang, &title)), String::new(), text.excerpt.clone())
        }
        RecordKind::Journal(kind) => {
            let record = format!("{}, {}", t(DppText::JournalRecord), journal_kind(lang, kind));
            let sensitive = match e.record {
                RecordRef::Journal(id) => case.journal.iter().any(|j| j.id == id && j.sensitive),
                _ => false,
            };
            // A sensitive entry is never quoted: its note says what it shows.
            let excerpt = if sensitive { String::new() } else { text.excerpt.clone() };
            (record, String::new(), excerpt)
        }
        RecordKind::Evaluation(kind) => (
            format!("{}, {}", t(DppText::EvaluationRecord), evaluation_kind(lang, kind)),
            String::new(),
            text.excerpt.clone(),
        ),
        RecordKind::Free => return None,
    };
    let sensitive_hidden = matches!(text.kind, RecordKind::Journal(_)) && excerpt.is_empty();
    let day = text.date.unwrap_or(e.date);
    let mut excerpt_lines = lines_of(&excerpt);
    if sensitive_hidden {
        excerpt_lines = vec![t(DppText::SensitiveHidden).to_string()];
    }
    let proof = Proof {
        heading: format!("{} — {record}", clean_line(&case.person.pseudonym)),
        date: situation_date(lang, date_style(input, case), day),
        excerpt: excerpt_lines,
        note,
    };
    let quote = QuotedEvidence {
        person: e.person_id,
        competency: e.competency,
        date: e.date,
        note: e.note.clone(),
        title: shown_title,
        excerpt,
    };
    Some(((rank + 1, day, e.id), proof, quote))
}

fn cover(input: &DppInput, counted: &[Vec<&Evidence>]) -> Cover {
    let lang = input.lang;
    let t = |d| dpp_words(lang, d);
    let mut fields = vec![(t(DppText::CertificationLabel), t(DppText::Certification).to_string())];
    let typed = |v: Option<&str>| v.map(clean_line).filter(|v| !v.is_empty());
    // Not given: the line is there to fill in by hand, never filled from the database.
    fields.push((t(DppText::Candidate), typed(input.candidate).unwrap_or_else(|| t(DppText::ToFill).to_string())));
    fields.push((t(DppText::Structure), typed(input.structure).unwrap_or_else(|| t(DppText::ToFill).to_string())));
    fields.push((t(DppText::Date), long_date(lang, input.today)));
    let coverage: Vec<CoverageRow> = competency::all()
        .iter()
        .zip(counted)
        .map(|(c, shown)| {
            let coverage = evidence::coverage(shown);
            CoverageRow { competency: heading(c), count: shown.len(), coverage, word: coverage_word(lang, coverage) }
        })
        .collect();
    let missing: Vec<String> =
        coverage.iter().filter(|r| r.coverage == Coverage::None).map(|r| r.competency.clone()).collect();
    let missing = if missing.is_empty() {
        t(DppText::NoneMissing).to_string()
    } else {
        format!("{}{}{}.", t(DppText::Missing), colon(lang), missing.join(", "))
    };
    let mut notes = vec![t(DppText::CoverageRule).to_string(), t(DppText::NoPartial).to_string()];
    if input.relative_dates {
        notes.push(t(DppText::RelativeDates).to_string());
    }
    Cover {
        title: t(DppText::Title),
        fields,
        situations: input.cases.iter().map(|c| clean_line(&c.person.pseudonym)).collect(),
        coverage,
        notes,
        missing,
    }
}

/// The non-blank lines of a cleaned text, trimmed.
pub fn lines_of(text: &str) -> Vec<String> {
    clean(text).lines().map(str::trim).filter(|l| !l.is_empty()).map(str::to_string).collect()
}

//! The DPP's annexes, one per situation, built from her records: the synthesis of the diagnosis
//! (the needs of the latest revision of each domain with their SERAFIN-PH codes), the plan table,
//! the ecomap (its ties as a table for every format, its standalone SVG for HTML) and the evaluation
//! figures (T-score of each evaluation, the latest ratings with their gaps). Only the pseudonym
//! and the dispositif identify the situation, as in the other exports.

use super::bilan_document::{BilanDocument, BilanInput, RatingRow};
use super::dpp_document::DppInput;
use super::dpp_text::{DateStyle, DppText, dpp_words, situation_date};
use super::ecomap_dot::EcomapInput;
use crate::domain::case::Case;
use crate::domain::diagnosis::DiagnosisEntry;
use crate::domain::ecomap_ties::tie_label;
use crate::domain::nomenclature;
use crate::domain::text::clean_line;
use crate::i18n::evaluation::{decimal, evaluation_kind};
use crate::i18n::{PlanText, colon, domain_label, flow_label, plan_text, strength_label, valence_label};

/// A need of the synthesis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NeedRow {
    pub domain: String,
    pub need: String,
    /// « 1.3.2.1 — Besoins pour vivre dans un logement », or « — » when not coded.
    pub code: String,
}

/// An objective of the plan table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObjectiveRow {
    pub axis: String,
    pub objective: String,
    pub indicator: String,
    pub deadline: String,
    pub status: String,
}

/// A tie of the ecomap, in words.
#[derive(Debug, Clone, PartialEq, Eq)]
/// A tie of the ecomap as the jury reads it: who, and how the tie is drawn. Its role in the
/// project stays out: written for the référent, it may say more than a jury needs to know (a
/// minor's confidences, a family conflict).
pub struct TieRow {
    pub with: String,
    pub strength: String,
    pub valence: String,
    pub flow: String,
}

/// An evaluation's figure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreRow {
    pub date: String,
    pub kind: String,
    pub score: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Annex {
    /// « Annexe 1 — M. R. »
    pub heading: String,
    /// « Dispositif : DAC »
    pub meta: Vec<String>,
    pub needs: Vec<NeedRow>,
    pub objectives: Vec<ObjectiveRow>,
    pub ties: Vec<TieRow>,
    /// The ecomap as an SVG element to inline in a page (no XML declaration, ids of its own).
    pub ecomap_svg: String,
    pub scores: Vec<ScoreRow>,
    /// The latest evaluation's date, when there is one.
    pub latest: Option<String>,
    pub ratings: Vec<RatingRow>,
}

pub fn annex(input: &DppInput, number: usize, c: &Case, style: DateStyle) -> Annex {
    let lang = input.lang;
    let pseudonym = clean_line(&c.person.pseudonym);
    let mut meta = Vec::new();
    let dispositif = clean_line(&c.person.dispositif);
    if !dispositif.is_empty() {
        meta.push(format!("{}{}{dispositif}", dpp_words(lang, DppText::Dispositif), colon(lang)));
    }
    let ecomap = EcomapInput {
        pseudonym: &c.person.pseudonym,
        ties: &c.ties,
        partners: input.partners,
        date: input.today,
        lang,
    };
    let bilan = BilanDocument::build(&BilanInput {
        person: &c.person,
        plan: &c.plan,
        evaluations: &c.evaluations,
        journal: &[],
        partners: input.partners,
        domains: input.domains,
        today: input.today,
        lang,
        include_sensitive: false,
    });
    Annex {
        heading: format!("{} {number} — {pseudonym}", dpp_words(lang, DppText::Annex)),
        meta,
        needs: needs(input, c),
        objectives: objectives(input, c, style),
        ties: ecomap
            .shown()
            .iter()
            .map(|t| TieRow {
                with: tie_label(t, input.partners),
                strength: strength_label(lang, t.strength).to_string(),
                valence: valence_label(lang, t.valence).to_string(),
                flow: flow_label(lang, t.flow).to_string(),
            })
            .collect(),
        ecomap_svg: inline_svg(&super::ecomap_svg::to_svg(&ecomap), number),
        scores: c
            .evaluations
            .iter()
            .map(|e| ScoreRow {
                date: situation_date(lang, style, e.date),
                kind: evaluation_kind(lang, e.kind).to_string(),
                score: e.t_score.map(|v| decimal(lang, v, 1)).unwrap_or_else(|| "—".into()),
            })
            .collect(),
        latest: c.evaluations.iter().map(|e| e.date).max().map(|d| situation_date(lang, style, d)),
        ratings: bilan.ratings,
    }
}

/// The standalone image made an element of a page: without its XML declaration, and with ids of
/// its own so that two ecomaps on one page do not share one.
fn inline_svg(svg: &str, number: usize) -> String {
    let body = match svg.strip_prefix("<?xml") {
        Some(rest) => rest.split_once("?>").map(|(_, r)| r.trim_start()).unwrap_or(rest),
        None => svg,
    };
    body.replace("ecomap-title", &format!("ecomap-title-{number}"))
}

/// The latest revision of each domain, in the order of the configured domains (then any other).
fn latest_entries(input: &DppInput, c: &Case) -> Vec<DiagnosisEntry> {
    let mut latest = c.latest_entries();
    let rank = |key: &str| input.domains.iter().position(|d| d.key == key).unwrap_or(usize::MAX);
    latest.sort_by_key(|e| rank(&e.domain));
    latest
}

fn needs(input: &DppInput, c: &Case) -> Vec<NeedRow> {
    let mut rows = Vec::new();
    for e in latest_entries(input, c) {
        let domain = clean_line(&domain_label(input.lang, input.domains, &e.domain));
        for n in &e.needs {
            let code = match n.serafin_code.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
                Some(code) => match nomenclature::need(code) {
                    Some(item) => format!("{} — {}", item.code, item.label),
                    None => clean_line(code),
                },
                None => "—".to_string(),
            };
            rows.push(NeedRow { domain: domain.clone(), need: clean_line(&n.text), code });
        }
    }
    rows
}

fn objectives(input: &DppInput, c: &Case, style: DateStyle) -> Vec<ObjectiveRow> {
    let lang = input.lang;
    let plan = &c.plan;
    let mut axes: Vec<_> = plan.axes.iter().filter(|a| !a.archived).collect();
    axes.sort_by_key(|a| (a.position, a.id));
    let mut rows = Vec::new();
    for a in axes {
        let mut objectives: Vec<_> = plan.objectives.iter().filter(|o| o.axis_id == a.id && !o.archived).collect();
        objectives.sort_by_key(|o| (o.position, o.id));
        for o in objectives {
            rows.push(ObjectiveRow {
                axis: clean_line(&a.title),
                objective: clean_line(&o.title),
                indicator: clean_line(&o.indicator),
                deadline: o.deadline.map(|d| situation_date(lang, style, d)).unwrap_or_else(|| "—".into()),
                status: plan_text(lang, PlanText::ObjectiveStatus(o.status)).to_string(),
            });
        }
    }
    rows
}

//! The anonymity scan over a person's whole case — the card, every diagnosis revision, the plan
//! and the network — and over her path — the journal and the evaluations — each finding placed in
//! its record, so that `parcours check` says where to edit. The partners of the directory are left
//! out: they are professionals, not the person.

use chrono::NaiveDate;

use super::{Finding, scan_except};
use crate::domain::case::Case;
use crate::domain::diagnosis::DiagnosisEntry;
use crate::domain::evaluation::{Evaluation, EvaluationKind};
use crate::domain::fields::{RecordFields, Texts};
use crate::domain::journal::{JournalEntry, JournalKind};
use crate::domain::partner::Partner;
use crate::domain::tie::TieTarget;

/// Which record of the case holds a finding.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    Card,
    Diagnosis {
        domain: String,
        revision: u64,
    },
    Axis {
        title: String,
    },
    Objective {
        title: String,
    },
    Action {
        what: String,
    },
    Postponement {
        number: usize,
    },
    /// A tie of the ecomap, named by who it links her with (« sa sœur aînée », « CMP adultes »).
    Tie {
        with: String,
    },
}

/// Any record a finding can lie in: one of the case file's, or one of the path's, which the case
/// file does not carry (a journal entry, an evaluation), named by its day and kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Case(Place),
    Journal {
        date: NaiveDate,
        kind: JournalKind,
    },
    Evaluation {
        date: NaiveDate,
        kind: EvaluationKind,
    },
    /// A reflective note on evidence of a competency (C1…C8), by its day.
    Evidence {
        competency: u8,
        date: NaiveDate,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordFinding {
    pub place: Location,
    /// The field of the record, as named in the case file (`situation`, `person_words`…).
    pub field: String,
    pub finding: Finding,
}

/// Which records an export carries, and so which ones its guard scans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    /// The whole case, every revision (`export case`, `check`).
    Case,
    /// The card's dispositif, the needs of the latest revision of each domain (the plan quotes
    /// them) and the plan.
    Plan,
    /// The card's dispositif and the ties of the ecomap.
    Network,
    /// The card's dispositif, the objectives' titles, the evaluations and the journal entries —
    /// the sensitive ones only when they are included (`export bilan`).
    Bilan { include_sensitive: bool },
    /// The DPP's annexes: the card's dispositif, the needs of the latest revision of each domain,
    /// the plan and the ties of the ecomap. The records its chapters quote, and the notes, are
    /// scanned by [`scan_evidence`].
    Dpp,
}

impl Scope {
    /// Whether the exported document carries records of the path, which its guard then scans with
    /// [`scan_path`] (the case file carries them too; its guard scans even the sensitive entries
    /// it leaves out: better one warning too many).
    pub fn carries_path(self) -> bool {
        matches!(self, Scope::Case | Scope::Bilan { .. })
    }
}

/// Every text of the whole case, scanned: her card, every revision, the plan, the network, the
/// journal (sensitive entries too) and the evaluations.
pub fn scan_case(case: &Case, partners: &[Partner], pseudonyms: &[String]) -> Vec<RecordFinding> {
    scan_records(case, partners, Scope::Case, pseudonyms)
}

/// The records an export carries, scanned — the records rather than the document, whose
/// encoding (JSON escapes, calendar line folding, label wrapping) could split an identifier.
/// Every text of a record is listed by [`RecordFields::texts`], which destructures it whole: a
/// field added later is scanned as soon as it compiles. `partners` name the ties' partners.
pub fn scan_records(case: &Case, partners: &[Partner], scope: Scope, pseudonyms: &[String]) -> Vec<RecordFinding> {
    let mut found = Vec::new();
    let mut record = |place: Place, texts: Texts<'_>| scan_texts(&Location::Case(place), texts, pseudonyms, &mut found);
    // The plan, the ecomap and the bilan show the card's pseudonym and dispositif only: the rest
    // of the card (who referred her, the consent) does not leave with them. The pseudonym is
    // scanned like any text: only its own declared first name is allowed (see `scan_except`).
    let card = match scope {
        Scope::Case => case.person.texts(),
        Scope::Plan | Scope::Network | Scope::Bilan { .. } | Scope::Dpp => {
            only(&["dispositif", "pseudonym"], case.person.texts())
        }
    };
    record(Place::Card, card);
    let latest = |e: &DiagnosisEntry| case.latest(&e.domain).is_some_and(|l| l.id == e.id);
    let diagnosis = case.diagnosis.iter().filter(|e| match scope {
        Scope::Case => true,
        Scope::Plan | Scope::Dpp => latest(e),
        Scope::Network | Scope::Bilan { .. } => false,
    });
    for e in diagnosis {
        let revision = u64::try_from(e.revision).unwrap_or_default();
        let place = Place::Diagnosis { domain: short(&e.domain), revision };
        // The plan and the DPP's synthesis quote the needs of the diagnosis, not its narrative.
        let texts = match scope {
            Scope::Plan | Scope::Dpp => only(&["needs"], e.texts()),
            Scope::Case | Scope::Network | Scope::Bilan { .. } => e.texts(),
        };
        record(place, texts);
    }
    let (plan, network) = match scope {
        Scope::Case | Scope::Dpp => (true, true),
        Scope::Plan => (true, false),
        Scope::Network => (false, true),
        Scope::Bilan { .. } => {
            // The bilan names the objectives by their titles, nothing more of the plan.
            for o in &case.plan.objectives {
                record(Place::Objective { title: short(&o.title) }, only(&["title"], o.texts()));
            }
            (false, false)
        }
    };
    if plan {
        for a in &case.plan.axes {
            record(Place::Axis { title: short(&a.title) }, a.texts());
        }
        for o in &case.plan.objectives {
            record(Place::Objective { title: short(&o.title) }, o.texts());
        }
        for a in &case.plan.actions {
            record(Place::Action { what: short(&a.what) }, a.texts());
        }
        for (i, p) in case.postponements.iter().enumerate() {
            record(Place::Postponement { number: i + 1 }, p.texts());
        }
    }
    if network {
        for t in &case.ties {
            let with = match &t.target {
                TieTarget::Partner(id) => partners.iter().find(|p| p.id == *id).map(|p| short(&p.name)),
                TieTarget::Informal { label, .. } => Some(short(label)),
            };
            record(Place::Tie { with: with.unwrap_or_default() }, t.texts());
        }
    }
    found.extend(scan_path(&case.journal, &case.evaluations, scope, pseudonyms));
    found
}

/// The path's records an export carries, scanned: every journal entry and evaluation for the whole
/// case; for the bilan, the evaluations and the journal entries it shows (the sensitive ones only
/// when included); nothing for the plan and the ecomap.
pub fn scan_path(
    journal: &[JournalEntry],
    evaluations: &[Evaluation],
    scope: Scope,
    pseudonyms: &[String],
) -> Vec<RecordFinding> {
    let include_sensitive = match scope {
        Scope::Case => true,
        Scope::Bilan { include_sensitive } => include_sensitive,
        // The DPP quotes only the path's records tagged as evidence: [`scan_evidence`] scans them.
        Scope::Plan | Scope::Network | Scope::Dpp => return Vec::new(),
    };
    let mut found = Vec::new();
    let mut record = |place: Location, texts: Texts<'_>| scan_texts(&place, texts, pseudonyms, &mut found);
    for e in journal.iter().filter(|e| include_sensitive || !e.sensitive) {
        record(Location::Journal { date: e.date, kind: e.kind }, e.texts());
    }
    for e in evaluations {
        record(Location::Evaluation { date: e.date, kind: e.kind }, e.texts());
    }
    found
}

/// What a chapter of the DPP quotes of one piece of evidence: the reflective note, and the record's
/// title and excerpt (empty for free evidence, or when the record is not quoted).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quoted<'a> {
    pub competency: u8,
    pub date: NaiveDate,
    pub note: &'a str,
    pub title: &'a str,
    pub excerpt: &'a str,
}

/// A finding in what the DPP quotes, placed by the evidence's competency and date and by the field
/// (`note`, `title`, `excerpt`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EvidenceFinding {
    pub competency: u8,
    pub date: NaiveDate,
    pub field: &'static str,
    pub finding: Finding,
}

/// The notes and the quoted records of the DPP's chapters, scanned as the document carries them.
pub fn scan_evidence(quoted: &[Quoted<'_>], pseudonyms: &[String]) -> Vec<EvidenceFinding> {
    let mut found = Vec::new();
    for q in quoted {
        for (field, text) in [("title", q.title), ("excerpt", q.excerpt), ("note", q.note)] {
            for finding in scan_except(text, pseudonyms) {
                found.push(EvidenceFinding { competency: q.competency, date: q.date, field, finding });
            }
        }
    }
    found
}

/// Each text of a record, scanned, its findings placed in the record and the field.
fn scan_texts(place: &Location, texts: Texts<'_>, pseudonyms: &[String], found: &mut Vec<RecordFinding>) {
    for (field, text) in texts {
        for finding in scan_except(text, pseudonyms) {
            found.push(RecordFinding { place: place.clone(), field: field.to_string(), finding });
        }
    }
}

/// The texts of these keys only.
fn only<'a>(keys: &[&str], mut texts: Texts<'a>) -> Texts<'a> {
    texts.retain(|(key, _)| keys.contains(key));
    texts
}

/// A record named by the start of its words.
fn short(text: &str) -> String {
    crate::domain::text::excerpt(text, 40)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    #[test]
    fn findings_are_placed_in_their_record() {
        let mut store = Store::open_in_memory().unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        crate::demo::load(&mut store, today).unwrap();
        let persons = store.persons(true).unwrap();
        let pseudonyms: Vec<String> = persons.iter().map(|p| p.pseudonym.clone()).collect();
        let mr = persons.iter().find(|p| p.pseudonym == "M. R.").unwrap();
        let mut case = store.case(mr.id).unwrap();
        let partners = store.partners(true).unwrap();
        assert!(scan_case(&case, &partners, &pseudonyms).is_empty(), "the demo is anonymous");

        let plan = &mut case.plan;
        plan.objectives[0].person_view = "Il veut revoir Nathalie.".into();
        plan.actions[0].what.push_str(" Écrire à jm.roux@free.fr.");
        case.person.consent_scope = "Échanges avec M. Diallo.".into();
        let found = scan_case(&case, &partners, &pseudonyms);
        let summary: Vec<(&str, &str)> = found
            .iter()
            .map(|f| {
                let place = match &f.place {
                    Location::Case(Place::Card) => "card",
                    Location::Case(Place::Objective { .. }) => "objective",
                    Location::Case(Place::Action { .. }) => "action",
                    _ => "other",
                };
                (place, f.field.as_str())
            })
            .collect();
        assert_eq!(summary, vec![("card", "consent_scope"), ("objective", "person_view"), ("action", "what")]);
        assert_eq!(found[1].finding.excerpt, "Nathalie");
    }

    #[test]
    fn the_path_is_scanned_as_far_as_the_export_carries_it() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap();
        let mut open = JournalEntry::new_draft(1, day);
        open.summary = "Appel de Mme Lefèvre.".into();
        let mut hidden = open.clone();
        hidden.summary = "Sa sœur, au 06 12 34 56 78.".into();
        hidden.sensitive = true;
        let mut e = Evaluation::new_draft(1, day);
        e.decisions = "Écrire à jm.roux@free.fr.".into();
        let (journal, evaluations) = ([open, hidden], [e]);
        let kinds = |scope| -> Vec<(&'static str, String)> {
            scan_path(&journal, &evaluations, scope, &[])
                .into_iter()
                .map(|f| {
                    let record = match f.place {
                        Location::Journal { .. } => "journal",
                        Location::Evaluation { .. } => "evaluation",
                        Location::Case(_) | Location::Evidence { .. } => "other",
                    };
                    (record, f.field)
                })
                .collect()
        };
        let all =
            vec![("journal", "summary".to_string()), ("journal", "summary".into()), ("evaluation", "decisions".into())];
        assert_eq!(kinds(Scope::Case), all);
        assert_eq!(kinds(Scope::Bilan { include_sensitive: true }), all);
        assert_eq!(
            kinds(Scope::Bilan { include_sensitive: false }),
            vec![("journal", "summary".to_string()), ("evaluation", "decisions".into())]
        );
        assert!(kinds(Scope::Plan).is_empty() && kinds(Scope::Network).is_empty() && kinds(Scope::Dpp).is_empty());
        // The case file carries the path since it travels with the journal and the evaluations.
        assert!(Scope::Bilan { include_sensitive: false }.carries_path() && Scope::Case.carries_path());
        assert!(!Scope::Plan.carries_path() && !Scope::Network.carries_path() && !Scope::Dpp.carries_path());
    }
}

#[cfg(test)]
mod dpp_tests {
    use super::*;
    use crate::store::Store;

    #[test]
    fn the_dpp_scans_its_annexes_and_what_its_chapters_quote() {
        let mut store = Store::open_in_memory().unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
        crate::demo::load(&mut store, today).unwrap();
        let mr = store.find_person("M. R.").unwrap();
        let own = std::slice::from_ref(&mr.pseudonym);
        let mut case = store.case(mr.id).unwrap();
        let partners = store.partners(true).unwrap();
        assert!(scan_records(&case, &partners, Scope::Dpp, own).is_empty(), "the demo is anonymous");
        // The card's referral source does not leave with the DPP; the plan and the ties do.
        case.person.referral_source = "Mme Lefèvre".into();
        assert!(scan_records(&case, &partners, Scope::Dpp, own).is_empty());
        case.plan.axes[0].rationale = "Appeler le 06 12 34 56 78.".into();
        case.ties[0].role = "Voir Mme Lefèvre.".into();
        let places: Vec<bool> = scan_records(&case, &partners, Scope::Dpp, own)
            .iter()
            .map(|f| matches!(f.place, Location::Case(Place::Axis { .. } | Place::Tie { .. })))
            .collect();
        assert_eq!(places, vec![true, true]);

        let quoted = [
            Quoted { competency: 4, date: today, note: "Voir M. R. demain.", title: "Objectif", excerpt: "" },
            Quoted {
                competency: 7, date: today, note: "Rappeler Mme Lefèvre.", title: "", excerpt: "jm.roux@free.fr"
            },
        ];
        let found = scan_evidence(&quoted, own);
        let fields: Vec<(u8, &str)> = found.iter().map(|f| (f.competency, f.field)).collect();
        assert_eq!(fields, vec![(7, "excerpt"), (7, "note")]);
    }
}

//! One person's case, whole: the aggregate every reader of « her records » shares — the person
//! screen, the anonymity scan, the documents, the DPP and the case file. The store loads it in one
//! call ([`crate::store::Store::case`]); a new kind of record is added here, and the compiler then
//! points at every place that must handle it.

use super::diagnosis::DiagnosisEntry;
use super::evaluation::Evaluation;
use super::evidence::{self, Candidate, Evidence};
use super::journal::JournalEntry;
use super::person::Person;
use super::plan::{Plan, Postponement};
use super::tie::Tie;

/// Everything the tool holds of one person, owned.
#[derive(Debug, Clone, PartialEq)]
pub struct Case {
    pub person: Person,
    /// Every revision of every domain, the oldest first (evidence may point to an old one).
    pub diagnosis: Vec<DiagnosisEntry>,
    /// The plan, archived items included.
    pub plan: Plan,
    /// The journal of the actions' postponements, the oldest first.
    pub postponements: Vec<Postponement>,
    /// Every tie, ended ones included (the ecomap of any past day).
    pub ties: Vec<Tie>,
    /// Sensitive entries included: each reader decides whether it shows them.
    pub journal: Vec<JournalEntry>,
    pub evaluations: Vec<Evaluation>,
    /// The evidence of the certification's competencies about her records.
    pub evidence: Vec<Evidence>,
}

impl Case {
    /// Her card, and no record yet.
    pub fn new(person: Person) -> Case {
        Case {
            person,
            diagnosis: Vec::new(),
            plan: Plan::default(),
            postponements: Vec::new(),
            ties: Vec::new(),
            journal: Vec::new(),
            evaluations: Vec::new(),
            evidence: Vec::new(),
        }
    }

    /// The latest revision of each domain, in the order the domains were first written.
    pub fn latest_entries(&self) -> Vec<DiagnosisEntry> {
        let mut latest: Vec<DiagnosisEntry> = Vec::new();
        for e in &self.diagnosis {
            match latest.iter_mut().find(|l| l.domain == e.domain) {
                Some(l) if l.revision < e.revision => *l = e.clone(),
                Some(_) => {}
                None => latest.push(e.clone()),
            }
        }
        latest
    }

    /// The latest revision of one domain.
    pub fn latest(&self, domain: &str) -> Option<&DiagnosisEntry> {
        self.diagnosis.iter().filter(|e| e.domain == domain).max_by_key(|e| e.revision)
    }

    /// The latest revision of each domain, by domain key: the order the person screen and the
    /// plan document list them in.
    pub fn latest_by_domain(&self) -> Vec<DiagnosisEntry> {
        let mut latest = self.latest_entries();
        latest.sort_by(|a, b| a.domain.cmp(&b.domain));
        latest
    }

    /// Her records that look like evidence of a competency and are not tagged with it yet.
    pub fn candidates(&self, tagged: &[Evidence]) -> Vec<Candidate> {
        evidence::candidates(self, tagged)
    }
}

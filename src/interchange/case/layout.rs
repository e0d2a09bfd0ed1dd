//! The layout of a case file: its header, the person, every diagnosis revision, and the optional
//! plan, network and path, each with the partners it names by value; and the conversions between
//! a [`Case`] and its file.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::domain::case::Case;
use crate::domain::case_refusal::{CaseRecord, CaseRefusal, Refused};
use crate::domain::diagnosis::DiagnosisEntry;
use crate::domain::evaluation::Evaluation;
use crate::domain::journal::JournalEntry;
use crate::domain::partner::{Partner, PartnerId};
use crate::domain::person::Person;
use crate::domain::plan::{Axis, Carrier, Objective, Plan, PlanAction, Postponement};
use crate::domain::tie::{Tie, TieTarget};

pub const CASE_FORMAT: &str = "parcours-case";
/// Version of the file layout written by this build; files of a higher version are refused.
pub const CASE_VERSION: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseFile {
    pub format: String,
    pub version: u32,
    pub person: Person,
    /// Every revision of every domain, the oldest first.
    pub diagnosis: Vec<DiagnosisEntry>,
    /// The personalised plan, when there is one. Files written before plans existed have none
    /// (the field is optional, so the layout version stays 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<CasePlan>,
    /// The person's network (ecomap), when she has one. Optional like the plan: files written
    /// before networks existed still import.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network: Option<CaseNetwork>,
    /// The journal and the evaluations, when there are some. Optional like the plan: files written
    /// before the path existed still import.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<CasePath>,
}

/// The path of the case: the journal (without its sensitive entries unless the export asked for
/// them) and every evaluation. Ids link evaluations to the plan's objectives and are replaced on
/// import; journal entries name their partners by id, carried by value like the plan's.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct CasePath {
    #[serde(default)]
    pub journal: Vec<JournalEntry>,
    #[serde(default)]
    pub evaluations: Vec<Evaluation>,
    /// The partners named in the journal, by value: matched by name on import, or added.
    #[serde(default)]
    pub partners: Vec<Partner>,
}

/// The plan of the case, archived items included. Ids are those of the exporting database: they
/// link the records of the file together and are replaced by new ones on import.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CasePlan {
    #[serde(default)]
    pub axes: Vec<Axis>,
    #[serde(default)]
    pub objectives: Vec<Objective>,
    #[serde(default)]
    pub actions: Vec<PlanAction>,
    /// The journal of the actions' postponements, the oldest first.
    #[serde(default)]
    pub postponements: Vec<Postponement>,
    /// The partners carrying actions, by value: on import, matched by name (case ignored) with the
    /// directory of the receiving database, or added to it.
    #[serde(default)]
    pub partners: Vec<Partner>,
}

/// The network of the case: every tie, ended ones included, so that the ecomap of any past day
/// travels too. Ids link the records of the file (a tie `replaces` another) and are replaced on
/// import, like the plan's.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseNetwork {
    /// By start day, then id.
    #[serde(default)]
    pub ties: Vec<Tie>,
    /// The partners at the end of a tie, by value: on import, matched by name (case ignored) with
    /// the directory of the receiving database, or added to it.
    #[serde(default)]
    pub partners: Vec<Partner>,
}

impl CaseFile {
    /// The file of a case; `directory` gives the partners it names, by value. The plan, the network
    /// and the path are left out when empty, as files have always been written.
    pub fn of(case: &Case, directory: &[Partner]) -> CaseFile {
        let Case { person, diagnosis, plan, postponements, ties, journal, evaluations, evidence: _ } = case;
        // Partners by id for the plan and the network, in the directory's order for the path.
        let by_id = |mut ids: Vec<PartnerId>| -> Vec<Partner> {
            ids.sort_unstable();
            ids.dedup();
            ids.iter().filter_map(|id| directory.iter().find(|p| p.id == *id).cloned()).collect()
        };
        let plan = (!plan.axes.is_empty()).then(|| {
            let carriers = plan.actions.iter().filter_map(|a| match a.carrier {
                Carrier::Partner(id) => Some(id),
                Carrier::Person | Carrier::Referent => None,
            });
            CasePlan {
                axes: plan.axes.clone(),
                objectives: plan.objectives.clone(),
                actions: plan.actions.clone(),
                postponements: postponements.clone(),
                partners: by_id(carriers.collect()),
            }
        });
        let network = (!ties.is_empty()).then(|| {
            let targets = ties.iter().filter_map(|t| match t.target {
                TieTarget::Partner(id) => Some(id),
                TieTarget::Informal { .. } => None,
            });
            CaseNetwork { ties: ties.clone(), partners: by_id(targets.collect()) }
        });
        let path = (!journal.is_empty() || !evaluations.is_empty()).then(|| {
            let named: HashSet<PartnerId> = journal.iter().flat_map(|e| e.partners.iter().copied()).collect();
            CasePath {
                journal: journal.clone(),
                evaluations: evaluations.clone(),
                partners: directory.iter().filter(|p| named.contains(&p.id)).cloned().collect(),
            }
        });
        CaseFile {
            format: CASE_FORMAT.to_string(),
            version: CASE_VERSION,
            person: person.clone(),
            diagnosis: diagnosis.clone(),
            plan,
            network,
            path,
        }
    }

    /// The case the file holds, and the partners its records name (by the file's ids). A partner
    /// whose id appears twice in one list is refused.
    pub fn to_case(&self) -> Result<(Case, Vec<Partner>), Refused> {
        let CaseFile { format: _, version: _, person, diagnosis, plan, network, path } = self;
        let mut partners: Vec<Partner> = Vec::new();
        let mut take = |list: &[Partner]| -> Result<(), Refused> {
            let mut seen = HashSet::new();
            for p in list {
                if !seen.insert(p.id) {
                    return Err((CaseRecord::Partner(p.id), CaseRefusal::Twice));
                }
                if !partners.iter().any(|q| q.id == p.id) {
                    partners.push(p.clone());
                }
            }
            Ok(())
        };
        let CasePlan { axes, objectives, actions, postponements, partners: carriers } =
            plan.clone().unwrap_or_default();
        take(&carriers)?;
        let CaseNetwork { ties, partners: targets } = network.clone().unwrap_or_default();
        take(&targets)?;
        let CasePath { journal, evaluations, partners: named } = path.clone().unwrap_or_default();
        take(&named)?;
        let case = Case {
            person: person.clone(),
            diagnosis: diagnosis.clone(),
            plan: Plan { axes, objectives, actions },
            postponements,
            ties,
            journal,
            evaluations,
            // Version 1 does not carry the evidence: it is tagged again in the receiving base.
            evidence: Vec::new(),
        };
        Ok((case, partners))
    }

    /// Leaves out the journal's sensitive entries: what an export carries unless asked for them.
    pub fn without_sensitive(mut self) -> CaseFile {
        if let Some(path) = self.path.as_mut() {
            path.journal.retain(|e| !e.sensitive);
            let named: HashSet<PartnerId> = path.journal.iter().flat_map(|e| e.partners.iter().copied()).collect();
            path.partners.retain(|p| named.contains(&p.id));
        }
        self
    }
}

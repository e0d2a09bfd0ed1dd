//! What in the open person's records seems to identify someone — her card, the latest revision of
//! each domain, the plan, the ecomap, the journal and the evaluations — for the card to say, whatever way it came in (typed
//! before the form's guard, imported, confirmed on purpose).

use super::model::PersonState;
use crate::export::case_json::{CASE_FORMAT, CASE_VERSION, CaseFile, CaseNetwork, CasePlan};
use crate::privacy::records::{RecordFinding, Scope, scan_case, scan_path};

pub fn identifying(p: &PersonState) -> Vec<RecordFinding> {
    let plan = &p.plan.plan;
    let case = CaseFile {
        format: CASE_FORMAT.into(),
        version: CASE_VERSION,
        person: p.person.clone(),
        diagnosis: p.entries.clone(),
        plan: Some(CasePlan {
            axes: plan.axes.clone(),
            objectives: plan.objectives.clone(),
            actions: plan.actions.clone(),
            ..CasePlan::default()
        }),
        // The directory's partners only name the ties; they are not scanned.
        network: Some(CaseNetwork { ties: p.network.ties.clone(), partners: p.plan.partners.clone() }),
        path: None,
    };
    let own = std::slice::from_ref(&p.person.pseudonym);
    let mut found = scan_case(&case, own);
    found.extend(scan_path(p.journal.entries(), &p.evaluation.evaluations, Scope::Case, own));
    found
}

//! What in the open person's records seems to identify someone — her card, the latest revision of
//! each domain, the plan, the ecomap, the journal and the evaluations — for the card to say, whatever way it came in (typed
//! before the form's guard, imported, confirmed on purpose).

use super::model::PersonState;
use crate::app::screens::competencies::case_of;
use crate::privacy::records::{RecordFinding, scan_case};

pub fn identifying(p: &PersonState) -> Vec<RecordFinding> {
    // The directory's partners only name the ties; they are not scanned.
    scan_case(&case_of(p), &p.plan.partners, std::slice::from_ref(&p.case.person.pseudonym))
}

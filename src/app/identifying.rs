//! What in the open person's records seems to identify someone — her card, every revision of her
//! diagnosis, the plan and its postponements, the ecomap, the journal and the evaluations — for
//! the card to say, whatever way it came in (typed before the form's guard, imported, confirmed on
//! purpose). The same scan as the « Repérages » screen's, over the case the screen holds.

use super::model::PersonState;
use crate::privacy::records::{RecordFinding, scan_case};

pub fn identifying(p: &PersonState) -> Vec<RecordFinding> {
    // The directory's partners only name the ties; they are not scanned.
    scan_case(&p.case, &p.plan.partners, std::slice::from_ref(&p.case.person.pseudonym))
}

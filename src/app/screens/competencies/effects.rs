//! The competencies' effects, run against the store: their screen, the evidence tagged.

use crate::app::effect::Effect;
use crate::app::model::Model;
use crate::app::msg::Msg;
use crate::store::{Store, StoreError};

/// Runs one of the competencies' effects; the runtime sends no other here (`None` for those).
pub(crate) fn run(store: &mut Store, effect: Effect, m: &Model) -> Option<Result<Msg, StoreError>> {
    Some(match effect {
        Effect::LoadCompetencies(person) => {
            let domains: Vec<String> = m.domains.iter().map(|d| d.key.clone()).collect();
            super::load(store, person, &domains).map(Msg::CompetenciesLoaded)
        }
        Effect::SaveEvidence(e) => {
            // Said in words rather than as the store's refusal: it is a slip, not a fault.
            let taken = e.id == 0 && store.evidence(e.person_id).is_ok_and(|all| super::already_tagged(&all, &e));
            if taken {
                let text = super::already_tagged_text(m.lang, &m.keymap, &e);
                return Some(Ok(Msg::Failed(text, crate::log::ErrorCategory::EvidenceExists)));
            }
            store.save_evidence(&e).map(Msg::EvidenceSaved)
        }
        Effect::RemoveEvidence(id) => store.remove_evidence(id).map(|_| Msg::EvidenceRemoved),
        _ => return None,
    })
}

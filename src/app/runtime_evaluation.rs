//! The journal's and the evaluations' effects, run against the store.

use super::effect::Effect;
use super::model::Model;
use super::msg::Msg;
use super::runtime::failed;
use crate::store::Store;

pub(super) fn run(store: &mut Store, effect: Effect, m: &Model) -> Vec<Msg> {
    let result = match effect {
        Effect::LoadJournal(id) => store.journal(id).map(|list| Msg::JournalLoaded(id, list)),
        Effect::LoadEvaluations(id) => store.evaluations(id).map(|list| Msg::EvaluationsLoaded(id, list)),
        Effect::SaveJournalEntry(e) => store.save_journal_entry(&e).map(Msg::JournalSaved),
        Effect::SaveEvaluation(e) => store.save_evaluation(&e).map(Msg::EvaluationSaved),
        Effect::LoadCompetencies(person) => {
            let domains: Vec<String> = m.domains.iter().map(|d| d.key.clone()).collect();
            super::competencies::load(store, person, &domains).map(Msg::CompetenciesLoaded)
        }
        Effect::LoadFindings => {
            let domains: Vec<String> = m.domains.iter().map(|d| d.key.clone()).collect();
            super::findings::load(store, &domains).map(Msg::FindingsLoaded)
        }
        Effect::SaveEvidence(e) => {
            // Said in words rather than as the store's refusal: it is a slip, not a fault.
            let taken = e.id == 0
                && e.record != crate::domain::evidence::RecordRef::Free
                && store
                    .evidence(e.person_id)
                    .map(|all| all.iter().any(|x| x.record == e.record && x.competency == e.competency))
                    .unwrap_or(false);
            if taken {
                let code = crate::domain::competency::all()
                    .get(usize::from(e.competency).saturating_sub(1))
                    .map_or(String::new(), |c| c.code.to_string());
                let text = m.keymap.say(m.lang, &crate::i18n::KeyedText::EvidenceExists(code));
                return vec![Msg::Failed(text, crate::log::ErrorCategory::EvidenceExists)];
            }
            store.save_evidence(&e).map(Msg::EvidenceSaved)
        }
        Effect::RemoveEvidence(id) => store.remove_evidence(id).map(|_| Msg::EvidenceRemoved),
        _ => return Vec::new(),
    };
    vec![result.unwrap_or_else(|e| failed(m.lang, &e))]
}

//! The person's own effects, run against the store: her record, her card, her diagnosis.

use crate::app::effect::Effect;
use crate::app::model::Model;
use crate::app::msg::Msg;
use crate::app::runtime::failed;
use crate::i18n::{Say, say};
use crate::store::Store;

/// Runs one of the person's effects; the runtime sends no other here (none then).
pub(crate) fn run(store: &mut Store, effect: Effect, m: &Model) -> Vec<Msg> {
    let result = match effect {
        Effect::LoadPerson(id) => return open(store, id, m),
        Effect::SavePerson(person) => {
            let except = (person.id != 0).then_some(person.id);
            match store.pseudonym_taken(&person.pseudonym, except) {
                Ok(true) => {
                    let text = say(m.lang, &Say::PseudonymTaken(person.pseudonym.clone()));
                    return vec![Msg::Failed(text, crate::log::ErrorCategory::PseudonymTaken)];
                }
                Ok(false) => {}
                Err(e) => return vec![failed(m.lang, &e)],
            }
            let saved = if person.id == 0 {
                store.insert_person(&person).and_then(|id| store.person(id))
            } else {
                store.update_person(&person).and_then(|_| store.person(person.id))
            };
            saved.map(Msg::PersonSaved)
        }
        Effect::SetArchived(id, archived) => store.set_archived(id, archived).map(|_| Msg::Archived(id, archived)),
        Effect::SaveEntry(entry) => store.save_entry(&entry).map(Msg::EntrySaved),
        Effect::LoadHistory(person, domain) => {
            store.entry_history(person, &domain).map(|revs| Msg::HistoryLoaded(domain, revs))
        }
        _ => return Vec::new(),
    };
    vec![result.unwrap_or_else(|e| failed(m.lang, &e))]
}

/// Opening a person (or reading her again after a save) loads her case in one call, with the
/// directory that names her partners.
fn open(store: &mut Store, id: crate::domain::person::PersonId, m: &Model) -> Vec<Msg> {
    let loaded = store.case(id).and_then(|case| store.partners(true).map(|p| Msg::CaseLoaded(Box::new(case), p)));
    vec![loaded.unwrap_or_else(|e| failed(m.lang, &e))]
}

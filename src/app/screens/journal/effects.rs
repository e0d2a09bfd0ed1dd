//! The journal's effects, run against the store.

use crate::app::effect::Effect;
use crate::app::msg::Msg;
use crate::store::{Store, StoreError};

/// Runs one of the journal's effects; the runtime sends no other here (`None` for those).
pub(crate) fn run(store: &mut Store, effect: Effect) -> Option<Result<Msg, StoreError>> {
    Some(match effect {
        Effect::LoadJournal(id) => store.journal(id).map(|list| Msg::JournalLoaded(id, list)),
        Effect::SaveJournalEntry(e) => store.save_journal_entry(&e).map(Msg::JournalSaved),
        _ => return None,
    })
}

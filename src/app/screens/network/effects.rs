//! The ecomap's effects, run against the store.

use crate::app::effect::Effect;
use crate::app::msg::Msg;
use crate::store::{Store, StoreError};

/// Runs one of the network's effects; the runtime sends no other here (`None` for those).
pub(crate) fn run(store: &mut Store, effect: Effect) -> Option<Result<Msg, StoreError>> {
    Some(match effect {
        Effect::LoadNetwork(id) => store.ties(id).map(|ties| Msg::NetworkLoaded(id, ties)),
        Effect::SaveTie(t, today) => store.save_tie(&t, today).map(|t| Msg::TieSaved(t.person_id, t.id)),
        Effect::EndTie(id, on) => store.end_tie(id, on).map(|t| Msg::TieSaved(t.person_id, t.id)),
        _ => return None,
    })
}

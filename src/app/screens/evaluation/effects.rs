//! The evaluations' effects, run against the store.

use crate::app::effect::Effect;
use crate::app::msg::Msg;
use crate::store::{Store, StoreError};

/// Runs one of the evaluations' effects; the runtime sends no other here (`None` for those).
pub(crate) fn run(store: &mut Store, effect: Effect) -> Option<Result<Msg, StoreError>> {
    Some(match effect {
        Effect::LoadEvaluations(id) => store.evaluations(id).map(|list| Msg::EvaluationsLoaded(id, list)),
        Effect::SaveEvaluation(e) => store.save_evaluation(&e).map(Msg::EvaluationSaved),
        _ => return None,
    })
}

//! The directory's effects, run against the store.

use crate::app::effect::Effect;
use crate::app::model::Model;
use crate::app::msg::Msg;
use crate::i18n::{Say, say};
use crate::store::{Store, StoreError};

/// Runs one of the directory's effects; the runtime sends no other here (`None` for those).
pub(crate) fn run(store: &mut Store, effect: Effect, m: &Model) -> Option<Result<Msg, StoreError>> {
    Some(match effect {
        Effect::LoadDirectory => store.partners(true).map(Msg::DirectoryLoaded),
        Effect::SavePartner(p) => match store.partners(true) {
            Ok(all) if super::name_taken(&all, &p) => {
                let text = say(m.lang, &Say::PartnerNameTaken(p.name.clone()));
                Ok(Msg::Failed(text, crate::log::ErrorCategory::PartnerNameTaken))
            }
            Ok(_) => store.save_partner(&p).map(Msg::PartnerSaved),
            Err(e) => Err(e),
        },
        Effect::SetPartnerArchived(id, archived) => {
            store.set_partner_archived(id, archived).map(|_| Msg::PartnerArchived(id, archived))
        }
        Effect::LoadPartnerPersons(id) => store.partner_persons(id).map(|list| Msg::PartnerPersonsLoaded(id, list)),
        _ => return None,
    })
}

//! The findings' effect: the anonymity scan over every person's records.

use crate::app::model::Model;
use crate::app::msg::Msg;
use crate::store::{Store, StoreError};

pub(crate) fn load(store: &Store, m: &Model) -> Result<Msg, StoreError> {
    let domains: Vec<String> = m.domains.iter().map(|d| d.key.clone()).collect();
    super::load(store, &domains).map(Msg::FindingsLoaded)
}

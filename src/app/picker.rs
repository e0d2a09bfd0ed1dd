//! The SERAFIN-PH finder: pick a need code by typing words of its label or its number.

use super::fuzzy::FuzzyList;
use crate::domain::nomenclature::{NomenclatureItem, needs};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    pub list: FuzzyList,
}

impl Picker {
    pub fn needs() -> Picker {
        let candidates = needs().iter().map(|n| format!("{} {}", n.code, n.label)).collect();
        Picker { list: FuzzyList::new(candidates).whole_words() }
    }

    pub fn item(index: usize) -> Option<&'static NomenclatureItem> {
        needs().get(index)
    }

    pub fn chosen(&self) -> Option<&'static NomenclatureItem> {
        self.list.chosen().and_then(Picker::item)
    }
}

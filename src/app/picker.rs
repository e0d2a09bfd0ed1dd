//! Finders opened with Ctrl-K in a form: a SERAFIN-PH need code, a SERAFIN-PH service code, or
//! one of the person's diagnosed needs to link to an axis or objective.

use super::fuzzy::FuzzyList;
use crate::domain::nomenclature::{needs, services};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickerKind {
    /// Sets the code of the need on the cursor's line (diagnosis form).
    NeedCode,
    /// Fills the action's service field.
    ServiceCode,
    /// Adds a line « [Domaine] besoin » to the needs an axis or objective answers.
    DiagnosisNeed,
    /// Picks one of a choice field's options (a partner among thirty is found faster by typing).
    Choice,
    /// Adds a partner of the directory to the partners involved in a journal entry.
    Partner,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PickItem {
    /// What is put into the form.
    pub value: String,
    /// The code column (SERAFIN-PH code, or the domain), empty if none.
    pub code: String,
    pub label: String,
    /// Indentation level, for the nomenclature's hierarchy.
    pub depth: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    pub kind: PickerKind,
    pub items: Vec<PickItem>,
    pub list: FuzzyList,
}

impl Picker {
    fn new(kind: PickerKind, items: Vec<PickItem>) -> Picker {
        let candidates = items.iter().map(|i| format!("{} {}", i.code, i.label)).collect();
        Picker { kind, items, list: FuzzyList::new(candidates).whole_words() }
    }

    fn nomenclature(kind: PickerKind, source: &'static [crate::domain::nomenclature::NomenclatureItem]) -> Picker {
        let items = source
            .iter()
            .map(|n| PickItem {
                value: n.code.to_string(),
                code: n.code.to_string(),
                label: n.label.to_string(),
                depth: n.depth(),
            })
            .collect();
        Picker::new(kind, items)
    }

    pub fn needs() -> Picker {
        Picker::nomenclature(PickerKind::NeedCode, needs())
    }

    pub fn services() -> Picker {
        Picker::nomenclature(PickerKind::ServiceCode, services())
    }

    /// The person's needs, as (domain label, need text).
    pub fn diagnosis_needs(needs: Vec<(String, String)>) -> Picker {
        let items = needs
            .into_iter()
            .map(|(domain, text)| PickItem { value: format!("[{domain}] {text}"), code: domain, label: text, depth: 0 })
            .collect();
        Picker::new(PickerKind::DiagnosisNeed, items)
    }

    /// The directory's partners, by name; the value is the name.
    pub fn partners(names: Vec<String>) -> Picker {
        let items = names
            .into_iter()
            .map(|name| PickItem { value: name.clone(), code: String::new(), label: name, depth: 0 })
            .collect();
        Picker::new(PickerKind::Partner, items)
    }

    /// The options of a choice field, by label; the value is the option's index.
    pub fn choices(labels: Vec<String>) -> Picker {
        let items = labels
            .into_iter()
            .enumerate()
            .map(|(i, label)| PickItem { value: i.to_string(), code: String::new(), label, depth: 0 })
            .collect();
        Picker::new(PickerKind::Choice, items)
    }

    pub fn chosen(&self) -> Option<&PickItem> {
        self.list.chosen().and_then(|i| self.items.get(i))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_services_and_diagnosis_needs_by_words() {
        let mut p = Picker::services();
        p.list.set_query("ouverture droits".into());
        assert_eq!(p.chosen().map(|i| i.value.as_str()), Some("2.3.5.1"));
        let mut p = Picker::diagnosis_needs(vec![
            ("Logement".into(), "Rester chez soi".into()),
            ("Santé".into(), "Suivi psychiatrique".into()),
        ]);
        p.list.set_query("sante".into());
        assert_eq!(p.chosen().map(|i| i.value.as_str()), Some("[Santé] Suivi psychiatrique"));
    }
}

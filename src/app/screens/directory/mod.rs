//! « Annuaire du territoire » (C6): the structures the référent works with, filtered as you type.

pub mod effects;
pub mod form;
pub mod update;

use crate::domain::partner::{Partner, PartnerId};
use crate::domain::person::PersonId;
use crate::domain::text::fold;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct DirectoryState {
    /// Every partner, archived ones too (the view filters).
    pub partners: Vec<Partner>,
    pub selected: usize,
    /// Typed after `/`; `None` when the filter is closed.
    pub filter: Option<String>,
    pub filter_editing: bool,
    pub show_archived: bool,
    /// The persons the selected partner is involved with, once loaded.
    pub involved: Vec<(PersonId, String)>,
    pub involved_of: Option<PartnerId>,
    /// A partner just saved, to select when the list comes back.
    pub pending: Option<PartnerId>,
}

impl DirectoryState {
    /// Indices of the partners shown, in name order. `sector_label` gives the words a sector is
    /// searched by (its label in the user's language).
    pub fn visible(&self, sector_label: impl Fn(&Partner) -> String) -> Vec<usize> {
        let needle = self.filter.as_deref().map(fold).unwrap_or_default();
        let words: Vec<&str> = needle.split_whitespace().collect();
        self.partners
            .iter()
            .enumerate()
            .filter(|(_, p)| self.show_archived || !p.archived)
            .filter(|(_, p)| {
                if words.is_empty() {
                    return true;
                }
                let hay = fold(&format!("{} {} {} {}", p.name, sector_label(p), p.expertise, p.territory));
                words.iter().all(|w| hay.contains(w))
            })
            .map(|(i, _)| i)
            .collect()
    }

    pub fn selected_partner(&self, sector_label: impl Fn(&Partner) -> String) -> Option<&Partner> {
        self.visible(sector_label).get(self.selected).and_then(|i| self.partners.get(*i))
    }
}

/// Two structures of the same name (case aside) would be one too many in a directory.
pub fn name_taken(all: &[Partner], p: &Partner) -> bool {
    all.iter().any(|x| x.id != p.id && x.name.to_lowercase() == p.name.trim().to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::partner::Sector;

    fn partner(id: i64, name: &str, sector: Sector, archived: bool) -> Partner {
        Partner { id, name: name.into(), sector, archived, expertise: "accompagnement".into(), ..Partner::new_draft() }
    }

    #[test]
    fn filters_by_words_across_name_sector_and_expertise_without_accents() {
        let mut d = DirectoryState {
            partners: vec![
                partner(1, "CMP adultes", Sector::Sanitaire, false),
                partner(2, "Bailleur social", Sector::Logement, false),
                partner(3, "Ancienne équipe", Sector::Social, true),
            ],
            ..DirectoryState::default()
        };
        let label = |p: &Partner| p.sector.code().to_string();
        assert_eq!(d.visible(label), vec![0, 1]);
        d.filter = Some("LOGEM".into());
        assert_eq!(d.visible(label), vec![1]);
        d.filter = Some("equipe".into());
        assert!(d.visible(label).is_empty());
        d.show_archived = true;
        assert_eq!(d.visible(label), vec![2]);
        d.filter = Some("sanitaire cmp".into());
        assert_eq!(d.selected_partner(label).map(|p| p.id), Some(1));
    }
}

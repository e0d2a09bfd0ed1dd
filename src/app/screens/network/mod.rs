//! The « Réseau » tab's state: which of the person's ties (in her case) is selected, and the date
//! compared with.

pub mod effects;
pub mod form;
pub mod update;

use chrono::NaiveDate;

use crate::domain::ecomap_ties::ties_on;
pub use crate::domain::ecomap_ties::{ecomap_layout, group_of, tie_label};
use crate::domain::partner::Partner;
use crate::domain::tie::{Tie, TieChange, compare};

#[derive(Debug, Clone, Default, PartialEq)]
pub struct NetworkState {
    /// Index into `shown(today)` of the selected tie.
    pub selected: usize,
    /// When set, the ecomap of that past date is compared with today's.
    pub compare_with: Option<NaiveDate>,
    /// The ties shown as a list in words instead of the map.
    pub list: bool,
}

/// Each method reads `ties`, every tie of the person, ended ones too (`case.ties`).
impl NetworkState {
    /// The ties on the ecomap of `date`, in the layout's order (group, then label).
    pub fn on<'a>(&self, ties: &'a [Tie], date: NaiveDate, partners: &[Partner]) -> Vec<&'a Tie> {
        ties_on(ties, date, partners)
    }

    /// The ties of today's map marked against `compare_with` (all « unchanged » when not comparing),
    /// then the ties that ended since, in the same order.
    pub fn marked(&self, ties: &[Tie], today: NaiveDate, partners: &[Partner]) -> Vec<(Tie, TieChange)> {
        let Some(before) = self.compare_with else {
            return self.on(ties, today, partners).into_iter().map(|t| (t.clone(), TieChange::Unchanged)).collect();
        };
        let mut out = compare(ties, before, today);
        out.sort_by_key(|(t, c)| (*c == TieChange::Ended, group_of(t, partners), tie_label(t, partners), t.id));
        out
    }

    pub fn selected_tie(&self, ties: &[Tie], today: NaiveDate, partners: &[Partner]) -> Option<Tie> {
        self.on(ties, today, partners).get(self.selected).map(|t| (*t).clone())
    }

    pub fn clamp(&mut self, ties: &[Tie], today: NaiveDate, partners: &[Partner]) {
        let n = self.on(ties, today, partners).len();
        self.selected = self.selected.min(n.saturating_sub(1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::partner::Sector;
    use crate::domain::tie::{InformalKind, TieTarget};

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    #[test]
    fn today_map_orders_partners_by_sector_then_informal_supports() {
        let partners = vec![
            Partner { id: 1, name: "CMP".into(), sector: Sector::Sanitaire, ..Partner::new_draft() },
            Partner { id: 2, name: "Bailleur".into(), sector: Sector::Logement, ..Partner::new_draft() },
        ];
        let sister = TieTarget::Informal { kind: InformalKind::Family, label: "sa sœur".into() };
        let ties = vec![
            Tie { id: 1, ..Tie::new_draft(9, sister, day(1, 1)) },
            Tie { id: 2, ..Tie::new_draft(9, TieTarget::Partner(2), day(1, 1)) },
            Tie { id: 3, until: Some(day(6, 1)), ..Tie::new_draft(9, TieTarget::Partner(1), day(1, 1)) },
            Tie { id: 4, ..Tie::new_draft(9, TieTarget::Partner(1), day(6, 1)) },
        ];
        let state = NetworkState::default();
        let ids: Vec<i64> = state.on(&ties, day(11, 22), &partners).iter().map(|t| t.id).collect();
        assert_eq!(ids, vec![4, 2, 1]);
        let old: Vec<i64> = state.on(&ties, day(3, 1), &partners).iter().map(|t| t.id).collect();
        assert_eq!(old, vec![3, 2, 1]);
        let compared = NetworkState { compare_with: Some(day(3, 1)), ..state };
        let marks: Vec<(i64, TieChange)> =
            compared.marked(&ties, day(11, 22), &partners).into_iter().map(|(t, c)| (t.id, c)).collect();
        assert_eq!(
            marks,
            vec![(4, TieChange::Added), (2, TieChange::Unchanged), (1, TieChange::Unchanged), (3, TieChange::Ended)]
        );
    }
}

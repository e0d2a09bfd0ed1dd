//! A person's ties as the ecomap shows them, in the terminal and in the documents alike: what each
//! is called, its group around the circle, the order of a day's map and its layout.

use chrono::NaiveDate;

use super::ecomap::{Layout, NodeInput, layout};
use super::partner::Partner;
use super::tie::{Tie, TieTarget};

/// Group order around the circle: the partners by sector, then the informal supports by kind.
pub fn group_of(t: &Tie, partners: &[Partner]) -> u8 {
    match &t.target {
        TieTarget::Partner(id) => partners.iter().find(|p| p.id == *id).map(|p| p.sector as u8).unwrap_or(9),
        TieTarget::Informal { kind, .. } => 20 + *kind as u8,
    }
}

/// What a tie is called on the map: the partner's name or the informal support's words.
pub fn tie_label(t: &Tie, partners: &[Partner]) -> String {
    match &t.target {
        TieTarget::Partner(id) => partners
            .iter()
            .find(|p| p.id == *id)
            .map(|p| super::text::clean_line(&p.name))
            .unwrap_or_else(|| "?".into()),
        TieTarget::Informal { label, .. } => super::text::clean_line(label),
    }
}

/// The ties on the ecomap of `date`, in the layout's order (group, then label).
pub fn ties_on<'a>(ties: &'a [Tie], date: NaiveDate, partners: &[Partner]) -> Vec<&'a Tie> {
    let mut on: Vec<&Tie> = ties.iter().filter(|t| t.active_on(date)).collect();
    on.sort_by_key(|t| (group_of(t, partners), tie_label(t, partners), t.id));
    on
}

/// The ecomap of `date` laid out in `width` × `height` cells.
pub fn ecomap_layout(pseudonym: &str, ties: &[&Tie], partners: &[Partner], width: u16, height: u16) -> Layout {
    let inputs = ties
        .iter()
        .map(|t| NodeInput { key: t.id, label: tie_label(t, partners), group: group_of(t, partners) })
        .collect();
    layout(pseudonym, inputs, width, height)
}

//! The SERAFIN-PH nomenclature of needs and services (ANS terminology, Licence Ouverte), embedded.

use std::cmp::Ordering;
use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NomenclatureItem {
    pub code: &'static str,
    pub label: &'static str,
}

impl NomenclatureItem {
    /// Depth in the hierarchy: « 1 » is 0, « 1.3.2.1 » is 3.
    pub fn depth(&self) -> usize {
        self.code.matches('.').count()
    }
}

const NEEDS_TSV: &str = include_str!("../../data/serafin-ph-besoins.tsv");
const SERVICES_TSV: &str = include_str!("../../data/serafin-ph-prestations.tsv");

fn parse(tsv: &'static str) -> Vec<NomenclatureItem> {
    let mut items: Vec<NomenclatureItem> = tsv
        .lines()
        .skip(1)
        .filter_map(|line| {
            let (code, label) = line.split_once('\t')?;
            Some(NomenclatureItem { code: code.trim(), label: label.trim() })
        })
        .collect();
    items.sort_by(|a, b| compare_codes(a.code, b.code));
    items
}

/// Numeric order segment by segment: 1.1.9 before 1.1.10.
pub fn compare_codes(a: &str, b: &str) -> Ordering {
    let seg = |s: &str| s.split('.').map(|p| p.parse::<u32>().unwrap_or(u32::MAX)).collect::<Vec<_>>();
    seg(a).cmp(&seg(b))
}

pub fn needs() -> &'static [NomenclatureItem] {
    static NEEDS: OnceLock<Vec<NomenclatureItem>> = OnceLock::new();
    NEEDS.get_or_init(|| parse(NEEDS_TSV))
}

pub fn services() -> &'static [NomenclatureItem] {
    static SERVICES: OnceLock<Vec<NomenclatureItem>> = OnceLock::new();
    SERVICES.get_or_init(|| parse(SERVICES_TSV))
}

pub fn need(code: &str) -> Option<&'static NomenclatureItem> {
    needs().iter().find(|n| n.code == code)
}

pub fn is_need_code(code: &str) -> bool {
    need(code).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needs_are_loaded_and_sorted_numerically() {
        let n = needs();
        assert_eq!(n.len(), 35);
        assert_eq!(n[0].code, "1");
        let pos = |c: &str| n.iter().position(|x| x.code == c).unwrap();
        assert!(pos("1.1.9") < pos("1.1.10"));
        assert!(pos("1.1.10") < pos("1.2"));
        assert_eq!(need("1.3.2.1").map(|x| x.label), Some("Besoins pour vivre dans un logement"));
        assert_eq!(need("1.3.2.1").map(NomenclatureItem::depth), Some(3));
    }

    #[test]
    fn services_include_territory_relations() {
        assert!(services().iter().any(|s| s.code == "3.1.5.1"));
        assert!(!is_need_code("2.1"));
    }
}

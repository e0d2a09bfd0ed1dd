//! The eight competencies of the certification RS6552, verbatim from the registry sheet.

use std::sync::OnceLock;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Competency {
    /// « C1 » … « C8 ».
    pub code: &'static str,
    pub short: &'static str,
    pub wording: &'static str,
}

const TSV: &str = include_str!("../../data/competences-rs6552.tsv");

pub fn all() -> &'static [Competency] {
    static ALL: OnceLock<Vec<Competency>> = OnceLock::new();
    ALL.get_or_init(|| {
        TSV.lines()
            .skip(1)
            .filter_map(|line| {
                let mut cols = line.split('\t');
                Some(Competency { code: cols.next()?, short: cols.next()?, wording: cols.next()? })
            })
            .collect()
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn eight_competencies_verbatim() {
        let all = super::all();
        assert_eq!(all.len(), 8);
        assert_eq!(all[1].code, "C2");
        assert!(all[1].wording.starts_with("Établir conjointement avec une personne accompagnée"));
    }
}

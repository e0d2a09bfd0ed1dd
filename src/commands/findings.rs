//! The findings of the anonymity scan in words, by record: shared by `check` and by the exports
//! that refuse to write.

use crate::domain::life_domain::LifeDomain;
use crate::i18n::{Lang, finding_line, record_place};
use crate::privacy::records::{EvidenceFinding, RecordFinding};

/// « Inès, 19 ans — diagnostic « Santé », révision 2, situation » once per record and field, then
/// one line per finding.
pub fn listing(lang: Lang, domains: &[LifeDomain], pseudonym: &str, found: Vec<RecordFinding>) -> String {
    let pseudonym = crate::domain::text::clean_line(pseudonym);
    let mut lines = String::new();
    let mut last_header = String::new();
    for f in found {
        let header = format!("{pseudonym} — {}\n", record_place(lang, domains, &f.place, &f.field));
        if header != last_header {
            lines.push_str(&header);
            last_header = header;
        }
        lines.push_str(&finding_line(lang, &f.finding));
        lines.push('\n');
    }
    lines
}

/// « M. R. — preuve C4 du 12 novembre 2026, note réflexive » once per piece of evidence and field,
/// then one line per finding: what the DPP quotes, and the notes that `check` scans.
pub fn evidence_listing(lang: Lang, owner: &str, found: Vec<EvidenceFinding>) -> String {
    let owner = crate::domain::text::clean_line(owner);
    let mut lines = String::new();
    let mut last_header = String::new();
    for f in found {
        let place = crate::i18n::evidence_place(lang, f.competency, f.date, f.field);
        let header = format!("{owner} — {place}\n");
        if header != last_header {
            lines.push_str(&header);
            last_header = header;
        }
        lines.push_str(&finding_line(lang, &f.finding));
        lines.push('\n');
    }
    lines
}

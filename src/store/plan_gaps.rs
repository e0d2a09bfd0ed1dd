//! What the plans forget, counted for the whole file active at once: the three warnings of
//! `domain::plan::check` that do not depend on the day, without loading any plan.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use super::columns::opt_i64;
use super::{Store, StoreError};
use crate::domain::person::PersonId;
use crate::domain::text;

/// How many warnings of each day-independent kind `domain::plan::check` gives for a person's plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PlanGaps {
    /// `PriorityNeedUnaddressed`: needs of a latest diagnosis entry ranked high by the person or the
    /// référent that no live open or achieved objective lists (same domain key, same text).
    pub needs_unaddressed: usize,
    /// `ObjectiveWithoutAction`: live open objectives without any action that is not archived.
    pub objectives_without_action: usize,
    /// `ObjectiveWithoutIndicator`: live open objectives whose indicator is blank.
    pub objectives_without_indicator: usize,
}

impl PlanGaps {
    fn is_empty(&self) -> bool {
        *self == PlanGaps::default()
    }
}

/// A live open objective (aliases `o`, `ax`): as `check` filters them, status open, neither it nor
/// its axis archived.
const LIVE_OPEN_OBJECTIVE: &str = "o.status IN ('upcoming', 'in-progress') AND o.archived = 0 AND ax.archived = 0";

/// An objective that answers its needs (aliases `o`, `ax`): as `check` counts them, live and open
/// or achieved.
const ANSWERING_OBJECTIVE: &str =
    "o.status IN ('upcoming', 'in-progress', 'achieved') AND o.archived = 0 AND ax.archived = 0";

/// Whether `c` alone reads as blank: `str::trim` removes it (Unicode whitespace, newlines and tabs
/// included), or cleaning on reading does (control characters, bidi overrides).
fn reads_blank(c: char) -> bool {
    let mut buf = [0u8; 4];
    text::display(c.encode_utf8(&mut buf)).trim().is_empty()
}

/// The characters an indicator may be made of and still read as blank, found by asking the very
/// functions `check` sees the indicator through: every one of the first plane, and beyond it those
/// the cleaner removes (noncharacters such as U+1FFFE, some format characters) — trying the million
/// code points one by one cost the file active's first frame a fifth of a second. NUL is left out:
/// SQLite's `trim` would end its set there (the store never writes one).
fn blank_chars() -> &'static str {
    static SET: OnceLock<String> = OnceLock::new();
    SET.get_or_init(|| {
        ('\u{1}'..='\u{ffff}').chain(text::removed_beyond_first_plane()).filter(|c| reads_blank(*c)).collect()
    })
}

fn count(row: &rusqlite::Row<'_>, idx: usize) -> rusqlite::Result<usize> {
    Ok(opt_i64(row, idx)?.and_then(|n| usize::try_from(n).ok()).unwrap_or(0))
}

impl Store {
    /// The plan gaps of every active person not archived that has at least one, by person id: the
    /// counts of `PriorityNeedUnaddressed`, `ObjectiveWithoutAction` and `ObjectiveWithoutIndicator`
    /// that `domain::plan::check` gives on her plan and the latest revisions of her diagnosis. Two
    /// aggregate queries, whatever the number of persons.
    pub fn plan_gaps(&self) -> Result<Vec<(PersonId, PlanGaps)>, StoreError> {
        let mut gaps: BTreeMap<PersonId, PlanGaps> = BTreeMap::new();

        // Each person's live open objectives, found by walking her axes → objectives through the
        // indexes (CROSS JOIN fixes that order, persons in id order: groups come out sorted); each
        // objective's actions through `action_by_objective`.
        let sql = format!(
            "SELECT p.id, \
                 sum(NOT EXISTS (SELECT 1 FROM action a WHERE a.objective_id = o.id AND a.archived = 0)), \
                 sum(trim(o.indicator, ?1) = '') \
             FROM person p CROSS JOIN axis ax ON ax.person_id = p.id CROSS JOIN objective o ON o.axis_id = ax.id \
             WHERE p.status = 'active' AND p.archived = 0 AND {LIVE_OPEN_OBJECTIVE} \
             GROUP BY p.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([blank_chars()], |r| Ok((r.get::<_, PersonId>(0)?, count(r, 1)?, count(r, 2)?)))?;
        for row in rows {
            let (person, without_action, without_indicator) = row?;
            let g = gaps.entry(person).or_default();
            g.objectives_without_action = without_action;
            g.objectives_without_indicator = without_indicator;
        }

        // The needs of the latest revision of each domain (its highest revision, through the index
        // of UNIQUE (person_id, domain, revision)) ranked high, each looked up among the needs of
        // the live objectives, open or achieved, of active persons: gathered once (axes → objectives → their needs,
        // through the indexes), then probed through the index SQLite builds on them, rather than
        // walking the person's plan again for every need. Needs count row by row, as `check`
        // counts them; texts compare exactly, as the store writes them (cleaned).
        let sql = format!(
            "WITH answered AS MATERIALIZED ( \
                 SELECT ax.person_id, m.domain, m.text \
                 FROM person p CROSS JOIN axis ax ON ax.person_id = p.id \
                 CROSS JOIN objective o ON o.axis_id = ax.id CROSS JOIN objective_need m ON m.objective_id = o.id \
                 WHERE p.status = 'active' AND p.archived = 0 AND {ANSWERING_OBJECTIVE} \
             ) \
             SELECT p.id, count(*) \
             FROM person p CROSS JOIN diagnosis_entry e ON e.person_id = p.id \
             CROSS JOIN diagnosis_need n ON n.entry_id = e.id \
             WHERE p.status = 'active' AND p.archived = 0 \
                 AND (e.priority_person = 'high' OR e.priority_referent = 'high') \
                 AND e.revision = (SELECT max(x.revision) FROM diagnosis_entry x \
                     WHERE x.person_id = e.person_id AND x.domain = e.domain) \
                 AND NOT EXISTS (SELECT 1 FROM answered w \
                     WHERE w.person_id = p.id AND w.domain = e.domain AND w.text = n.text) \
             GROUP BY p.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map([], |r| Ok((r.get::<_, PersonId>(0)?, count(r, 1)?)))?;
        for row in rows {
            let (person, unaddressed) = row?;
            gaps.entry(person).or_default().needs_unaddressed = unaddressed;
        }

        Ok(gaps.into_iter().filter(|(_, g)| !g.is_empty()).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_is_what_reading_then_trimming_empties() {
        let set = blank_chars();
        let blank = [' ', '\n', '\t', '\r', '\u{a0}', '\u{2028}', '\u{3000}', '\u{1b}', '\u{7}', '\u{202e}', '\u{85}'];
        // Invisible since the cleaner removes them, in the first plane and beyond.
        let invisible = ['\u{200b}', '\u{feff}', '\u{fffe}', '\u{1fffe}', '\u{e0001}'];
        for c in blank.into_iter().chain(invisible) {
            assert!(set.contains(c), "{c:?}");
        }
        for c in ['a', '…', '\u{301}', '\u{200d}', '\u{1f600}', '\0'] {
            assert!(!set.contains(c), "{c:?}");
        }
    }

    #[test]
    fn beyond_the_first_plane_only_what_the_cleaner_removes_reads_blank() {
        let set = blank_chars();
        let missed: Vec<char> = ('\u{10000}'..=char::MAX).filter(|c| reads_blank(*c) && !set.contains(*c)).collect();
        assert_eq!(missed, Vec::<char>::new());
    }
}

//! Full-text search (FTS5) over persons and the latest revision of each diagnosis domain.
//!
//! The index holds one document per person (rowid = −person id) and one per domain's latest
//! revision (rowid = entry id). It is written by the store in the transaction of each write; older
//! revisions leave the index when they are superseded, so a hit is always about what is current.

use rusqlite::{Connection, params};

use super::columns::text;
use super::{Store, StoreError};
use crate::domain::diagnosis::DiagnosisEntry;
use crate::domain::person::{Person, PersonId};
use crate::domain::text::clean_line;

/// A search result: a person, or one domain of her diagnosis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchHit {
    pub person_id: PersonId,
    pub pseudonym: String,
    /// The life domain key when the hit is in the diagnosis, `None` when in the person's record.
    pub domain: Option<String>,
    /// A short plain-text excerpt, the matched words between [ ].
    pub snippet: String,
}

/// Enough words to narrow any real search; more would only slow a pasted paragraph down.
const MAX_WORDS: usize = 12;
const SNIPPET_TOKENS: i64 = 12;

pub(crate) fn index_person(conn: &Connection, id: PersonId, p: &Person) -> rusqlite::Result<()> {
    conn.prepare_cached("DELETE FROM search_index WHERE rowid = ?1")?.execute([-id])?;
    conn.prepare_cached(
        "INSERT INTO search_index (rowid, pseudonym, dispositif, referral_source) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![-id, p.pseudonym, p.dispositif, p.referral_source])?;
    Ok(())
}

/// Indexes the revision `entry_id` in place of `replaced`, the domain's previous latest revision.
pub(crate) fn index_entry(
    conn: &Connection,
    entry_id: i64,
    replaced: Option<i64>,
    e: &DiagnosisEntry,
) -> rusqlite::Result<()> {
    if let Some(old) = replaced {
        conn.prepare_cached("DELETE FROM search_index WHERE rowid = ?1")?.execute([old])?;
    }
    let needs: Vec<&str> = e.needs.iter().map(|n| n.text.as_str()).collect();
    conn.prepare_cached(
        "INSERT INTO search_index (rowid, situation, person_words, needs, resources, risks) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![entry_id, e.situation, e.person_words, needs.join("\n"), e.resources, e.risks])?;
    Ok(())
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

/// Turns what the user typed into an FTS5 expression: every word quoted (so `AND`, `NEAR`, `"`, `*`
/// or `(` are only text) and prefix-matched, all required. `None` when there is no word at all.
pub(crate) fn match_expression(query: &str) -> Option<String> {
    let words: Vec<String> = query
        .split(|c: char| !is_word_char(c))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .take(MAX_WORDS)
        .map(|w| format!("\"{w}\"*"))
        .collect();
    if words.is_empty() { None } else { Some(words.join(" ")) }
}

/// The hits of `?1` with their person, in one order for the hits and for their excerpts.
macro_rules! hits_of_query {
    () => {
        "FROM search_index s \
         LEFT JOIN diagnosis_entry e ON s.rowid > 0 AND e.id = s.rowid \
         JOIN person p ON p.id = CASE WHEN s.rowid < 0 THEN -s.rowid ELSE e.person_id END \
         WHERE search_index MATCH ?1 ORDER BY s.rowid DESC"
    };
}

impl Store {
    /// Every person and diagnosis domain matching every word of `query` (accents and case ignored,
    /// words as prefixes), most recently written first: nobody who matches is ever left out, however
    /// many there are. Only the first `excerpts` hits carry their excerpt: building one re-reads the
    /// text, and the file active shows a few for the selected person only.
    /// Any text is accepted: no word gives no hit, never an error.
    pub fn search(&self, query: &str, excerpts: usize) -> Result<Vec<SearchHit>, StoreError> {
        let Some(expression) = match_expression(query) else {
            return Ok(Vec::new());
        };
        let mut stmt = self.conn.prepare_cached(concat!("SELECT p.id, p.pseudonym, e.domain ", hits_of_query!()))?;
        let mut hits = stmt
            .query_map(params![expression], |row| {
                let domain = text(row, 2)?;
                Ok(SearchHit {
                    person_id: row.get(0)?,
                    pseudonym: clean_line(&text(row, 1)?),
                    domain: (!domain.is_empty()).then_some(domain),
                    snippet: String::new(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        if excerpts > 0 && !hits.is_empty() {
            // Same match, same order: the n-th excerpt belongs to the n-th hit.
            let mut stmt = self.conn.prepare_cached(concat!(
                "SELECT snippet(search_index, -1, '[', ']', '…', ?3) ",
                hits_of_query!(),
                " LIMIT ?2"
            ))?;
            let limit = i64::try_from(excerpts).unwrap_or(i64::MAX);
            let snippets = stmt.query_map(params![expression, limit, SNIPPET_TOKENS], |row| text(row, 0))?;
            for (hit, snippet) in hits.iter_mut().zip(snippets) {
                hit.snippet = clean_line(&snippet?);
            }
        }
        Ok(hits)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn user_text_is_never_fts_syntax() {
        assert_eq!(match_expression("santé mentale").as_deref(), Some("\"santé\"* \"mentale\"*"));
        assert_eq!(match_expression("AND ( NEAR").as_deref(), Some("\"AND\"* \"NEAR\"*"));
        assert_eq!(match_expression("l'expulsion").as_deref(), Some("\"l\"* \"expulsion\"*"));
        assert_eq!(match_expression("\"*\" 😀 -- ()"), None);
        assert_eq!(match_expression("   "), None);
        assert_eq!(match_expression("\u{301}"), None);
        assert_eq!(match_expression(&"mot ".repeat(100)).map(|e| e.matches('*').count()), Some(MAX_WORDS));
    }
}

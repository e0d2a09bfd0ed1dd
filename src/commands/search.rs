//! `parcours search`: the file active's `/` from the command line, every passage of every person.

use serde::Serialize;

use super::{Env, out};
use crate::cli::ListFormat;
use crate::domain::text::display;
use crate::i18n::store_problem;
use crate::i18n::{Problem, Text, domain_label, tr};

/// One passage, as `--format json` writes it (one object a line).
#[derive(Serialize)]
struct Passage<'a> {
    person_id: i64,
    pseudonym: &'a str,
    /// « diagnostic » or « fiche ».
    record: &'static str,
    /// The life domain's key, in the diagnosis only.
    #[serde(skip_serializing_if = "Option::is_none")]
    domain: Option<&'a str>,
    /// What the record is called on screen: the domain's label, or « Fiche ».
    label: String,
    excerpt: &'a str,
}

pub fn search_command(env: &Env, query: &str, format: ListFormat) -> Result<(), Problem> {
    let store = env.open_reader()?;
    let hits = store.search(query, usize::MAX).map_err(|e| store_problem(&e))?;
    let domains = env.config.domains();
    let mut text = String::new();
    for hit in &hits {
        let label = match &hit.domain {
            Some(key) => domain_label(env.lang, &domains, key),
            None => tr(env.lang, Text::TabCard).to_string(),
        };
        let excerpt = display(&hit.snippet).replace('\n', " ");
        match format {
            ListFormat::Text => {
                text.push_str(&format!("{}\t{}\t{label}\t{excerpt}\n", hit.person_id, display(&hit.pseudonym)));
            }
            ListFormat::Json => {
                let passage = Passage {
                    person_id: hit.person_id,
                    pseudonym: &hit.pseudonym,
                    record: if hit.domain.is_some() { "diagnostic" } else { "fiche" },
                    domain: hit.domain.as_deref(),
                    label,
                    excerpt: &hit.snippet,
                };
                let line =
                    serde_json::to_string(&passage).map_err(|_| Problem::Storage(crate::i18n::StorageFault::Other))?;
                text.push_str(&line);
                text.push('\n');
            }
        }
    }
    if hits.is_empty() {
        eprintln!("{}", tr(env.lang, Text::NoPassageFound));
    }
    out(&text)
}

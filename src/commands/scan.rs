//! scan FILE|-: the anonymity scan on any text, before it is shared. One JSON object per finding on
//! stdout (for scripts), a sentence on stderr (for the person), exit 1 when anything was found.

use super::out;
use crate::i18n::{Lang, Problem, problem};
use crate::privacy::scan_except;

pub fn scan_command(lang: Lang, source: &str, pseudonyms: &[String]) -> Result<(), Problem> {
    let text = read_text(source)
        .map_err(|e| Problem::CannotRead(crate::domain::text::clean_line(source), crate::i18n::IoReason::of(&e)))?;
    let findings = scan_except(&text, pseudonyms);
    let mut lines = String::new();
    for f in &findings {
        lines.push_str(&serde_json::to_string(f).map_err(|_| Problem::Storage(crate::i18n::StorageFault::Other))?);
        lines.push('\n');
    }
    out(&lines)?;
    match findings.len() {
        0 => {
            eprintln!("{}", problem(lang, &Problem::NoIdentifierFound));
            Ok(())
        }
        n => Err(Problem::IdentifiersFound(n)),
    }
}

/// The text of a file or of stdin (« - »), up to the input limit. A file that is not UTF-8 is read
/// as Latin-1, the usual other encoding of French text files (« Lefèvre » stays whole): nothing is
/// refused.
fn read_text(source: &str) -> std::io::Result<String> {
    let bytes = crate::input::read_limited(std::path::Path::new(source), crate::input::MAX_INPUT_BYTES)?;
    Ok(String::from_utf8(bytes).unwrap_or_else(|e| e.into_bytes().into_iter().map(char::from).collect()))
}

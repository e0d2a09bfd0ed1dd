//! Users' text is data, never terminal control.
//!
//! Everything typed, pasted or imported passes through [`clean`] before it is stored, and
//! everything drawn passes through [`display`] again (an old database or an import may hold
//! anything), so an escape sequence can never reach the terminal or an export.

/// Longest text kept in one field: a pasted book is cut, with a marker, rather than freezing the UI.
pub const MAX_FIELD_CHARS: usize = 20_000;

/// Removes control characters (C0 except newline and tab, DEL, C1) and bidi overrides, which could
/// reorder what the reader sees. Tabs become spaces; CRLF becomes LF. Combining accents and emoji
/// stay: they are text.
pub fn clean(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    let mut count = 0usize;
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        if count >= MAX_FIELD_CHARS {
            out.push('…');
            break;
        }
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\n' => out.push('\n'),
            '\t' => out.push_str("    "),
            c if is_unsafe(c) => {}
            c => out.push(c),
        }
        count += 1;
    }
    out
}

/// A single-line version of [`clean`] (pseudonyms, titles): newlines become spaces.
pub fn clean_line(input: &str) -> String {
    clean(input).replace('\n', " ").trim().to_string()
}

/// What may be drawn: like [`clean`], with newlines kept for multi-line widgets to split.
pub fn display(input: &str) -> std::borrow::Cow<'_, str> {
    if input.chars().any(|c| is_unsafe(c) || c == '\t' || c == '\r') {
        std::borrow::Cow::Owned(clean(input))
    } else {
        std::borrow::Cow::Borrowed(input)
    }
}

fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

/// First line of a text, cut to `max` characters with an ellipsis: for list cells.
pub fn excerpt(input: &str, max: usize) -> String {
    let first = input.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim();
    let mut out: String = first.chars().take(max).collect();
    if first.chars().count() > max || input.lines().filter(|l| !l.trim().is_empty()).count() > 1 {
        if out.chars().count() >= max {
            out.pop();
        }
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_escape_sequences_but_keeps_accents_and_emoji() {
        let dirty = "Mme A.\u{1b}[2J\u{1b}]0;pwn\u{7} a dit « ça va » 😀 e\u{301}\u{9b}31m";
        let cleaned = clean(dirty);
        assert!(!cleaned.chars().any(|c| c.is_control()));
        assert!(cleaned.contains("« ça va » 😀 e\u{301}"));
        assert!(cleaned.starts_with("Mme A.[2J]0;pwn"));
    }

    #[test]
    fn normalises_line_ends_and_tabs() {
        assert_eq!(clean("a\r\nb\rc\td"), "a\nb\nc    d");
        assert_eq!(clean_line("  Léo,\n15 ans "), "Léo, 15 ans");
    }

    #[test]
    fn removes_bidi_overrides() {
        assert_eq!(clean("abc\u{202E}def"), "abcdef");
    }

    #[test]
    fn cuts_huge_pastes() {
        let huge = "é".repeat(MAX_FIELD_CHARS * 3);
        let cleaned = clean(&huge);
        assert_eq!(cleaned.chars().count(), MAX_FIELD_CHARS + 1);
        assert!(cleaned.ends_with('…'));
    }

    #[test]
    fn excerpt_marks_cut_text() {
        assert_eq!(excerpt("court", 10), "court");
        assert_eq!(excerpt("un texte bien plus long", 10), "un texte …");
        assert_eq!(excerpt("\nligne 1\nligne 2", 20), "ligne 1…");
    }
}

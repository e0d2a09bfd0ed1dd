//! Users' text is data, never terminal control.
//!
//! Everything typed, pasted or imported passes through [`clean`] before it is stored, and
//! everything drawn passes through [`display`] again (an old database or an import may hold
//! anything), so an escape sequence can never reach the terminal or an export.

/// Longest text kept in one field: a pasted book is cut, with a marker, rather than freezing the UI.
/// A file is never cut to fit: an import checks this limit first and refuses what exceeds it.
pub const MAX_FIELD_CHARS: usize = 20_000;

/// Removes control characters (C0 except newline and tab, DEL, C1), what XML forbids (noncharacters
/// such as U+FFFE: one in a title makes a .docx Word refuses) and invisible format characters
/// (bidi overrides, which could reorder what the reader sees; zero-width spaces, soft hyphens and
/// byte-order marks, which hide text from a search or the anonymity scan). Tabs become spaces;
/// CRLF and the Unicode line and paragraph separators become LF. Combining accents and emoji
/// (with their zero-width joiners and variation selectors) stay: they are text.
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
            '\n' | '\u{2028}' | '\u{2029}' => out.push('\n'),
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
    if input.chars().any(|c| is_unsafe(c) || matches!(c, '\t' | '\r' | '\u{2028}' | '\u{2029}')) {
        std::borrow::Cow::Owned(clean(input))
    } else {
        std::borrow::Cow::Borrowed(input)
    }
}

/// Lowercase without diacritics, the one key under which text is searched, sorted and matched:
/// « Léo » is found by « Leo », « Œuvre » by « oeuvre », « Élise » sits beside « Emma ». The
/// ligatures become their two letters (œ → oe, æ → ae, ß → ss) because that is how they are
/// typed on a keyboard without them; combining marks (« e\u{301} », as some imports and macOS
/// file names decompose « é ») are dropped so both spellings fold alike.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars().flat_map(char::to_lowercase) {
        match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => out.push('a'),
            'ç' => out.push('c'),
            'è' | 'é' | 'ê' | 'ë' => out.push('e'),
            'ì' | 'í' | 'î' | 'ï' => out.push('i'),
            'ñ' => out.push('n'),
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => out.push('o'),
            'ù' | 'ú' | 'û' | 'ü' => out.push('u'),
            'ý' | 'ÿ' => out.push('y'),
            'œ' => out.push_str("oe"),
            'æ' => out.push_str("ae"),
            'ß' => out.push_str("ss"),
            '\u{300}'..='\u{36f}' => {}
            c => out.push(c),
        }
    }
    out
}

fn is_unsafe(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || is_noncharacter(c) || is_invisible_format(c)
}

/// The code points Unicode never assigns (U+FDD0–U+FDEF, the last two of every plane): XML 1.0
/// forbids U+FFFE and U+FFFF, and none of them is text anyone typed.
fn is_noncharacter(c: char) -> bool {
    let n = u32::from(c);
    (0xFDD0..=0xFDEF).contains(&n) || n & 0xFFFE == 0xFFFE
}

/// The format characters (general category Cf) that draw nothing, but for the zero-width joiner
/// (U+200D) and the tag characters (U+E0020–U+E007F), which build emoji (« 👩‍⚕️ », the flag of
/// Scotland). The Arabic and other prepended marks of Cf that do draw a sign are kept.
fn is_invisible_format(c: char) -> bool {
    INVISIBLE_FORMAT.iter().any(|r| r.contains(&c))
}

const INVISIBLE_FORMAT: [std::ops::RangeInclusive<char>; 13] = [
    '\u{00AD}'..='\u{00AD}',
    '\u{061C}'..='\u{061C}',
    '\u{180E}'..='\u{180E}',
    '\u{200B}'..='\u{200C}',
    '\u{200E}'..='\u{200F}',
    '\u{202A}'..='\u{202E}',
    '\u{2060}'..='\u{2064}',
    '\u{2066}'..='\u{206F}',
    '\u{FEFF}'..='\u{FEFF}',
    '\u{FFF9}'..='\u{FFFB}',
    '\u{1BCA0}'..='\u{1BCA3}',
    '\u{1D173}'..='\u{1D17A}',
    '\u{E0001}'..='\u{E0001}',
];

/// Every character beyond the first plane that cleaning removes: the noncharacters at the end of
/// each plane and the invisible format characters there. Whoever needs the set of what reads as
/// nothing need not try the million code points one by one.
pub fn removed_beyond_first_plane() -> impl Iterator<Item = char> {
    let noncharacters = (1u32..=16).flat_map(|plane| [plane << 16 | 0xFFFE, plane << 16 | 0xFFFF]);
    let formats = INVISIBLE_FORMAT.into_iter().flatten().filter(|c| u32::from(*c) > 0xFFFF).map(u32::from);
    noncharacters.chain(formats).filter_map(char::from_u32)
}

/// The text without the byte-order mark some editors put first (Notepad): it is not content, and
/// a JSON or TOML reader would stop on it.
pub fn without_bom(text: &str) -> &str {
    text.strip_prefix('\u{FEFF}').unwrap_or(text)
}

/// Cuts a text to `max` columns, ending with « … » when something was cut: whoever reads a
/// column must see that there is more.
pub fn fit(label: &str, max: usize) -> String {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    if label.width() <= max {
        return label.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in label.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > max {
            break;
        }
        used += w;
        out.push(c);
    }
    if max > 0 {
        out.push('…');
    }
    out
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
    fn fold_lowercases_and_drops_every_accent() {
        for (word, folded) in [
            ("Œuvre", "oeuvre"),
            ("cœur", "coeur"),
            ("Léo", "leo"),
            ("ÉLODIE", "elodie"),
            ("e\u{301}", "e"),
            ("Le\u{301}o", "leo"),
            ("Ægide", "aegide"),
            ("Straße", "strasse"),
            ("Noël à l'hôpital", "noel a l'hopital"),
            ("Françoise Müñoz", "francoise munoz"),
            ("ÎLE-DE-FRANCE", "ile-de-france"),
            ("déjà vu", "deja vu"),
            ("Mme A.", "mme a."),
        ] {
            assert_eq!(fold(word), folded, "{word:?}");
        }
    }

    #[test]
    fn fit_cuts_with_an_ellipsis_only_what_is_too_wide() {
        assert_eq!(fit("Association", 11), "Association");
        assert_eq!(fit("Association", 6), "Assoc…");
        assert_eq!(fit("été", 2), "é…");
        assert_eq!(fit("abc", 0), "");
    }

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
    fn removes_what_xml_forbids_and_what_draws_nothing() {
        let removed = [
            '\u{0}',
            '\u{1}',
            '\u{8}',
            '\u{b}',
            '\u{c}',
            '\u{1f}',
            '\u{7f}',
            '\u{85}',
            '\u{9f}',
            '\u{FFFE}',
            '\u{FFFF}',
            '\u{FDD0}',
            '\u{FDEF}',
            '\u{1FFFE}',
            '\u{10FFFF}',
            '\u{00AD}',
            '\u{061C}',
            '\u{200B}',
            '\u{200C}',
            '\u{200E}',
            '\u{200F}',
            '\u{202A}',
            '\u{202B}',
            '\u{202C}',
            '\u{202D}',
            '\u{202E}',
            '\u{2060}',
            '\u{2066}',
            '\u{2067}',
            '\u{2068}',
            '\u{2069}',
            '\u{FEFF}',
            '\u{FFF9}',
            '\u{E0001}',
        ];
        for c in removed {
            assert_eq!(clean(&format!("a{c}b")), "ab", "U+{:04X}", u32::from(c));
            assert_eq!(clean_line(&format!("a{c}b")), "ab", "U+{:04X}", u32::from(c));
            assert_eq!(display(&format!("a{c}b")), "ab", "U+{:04X}", u32::from(c));
        }
        for sep in ['\u{2028}', '\u{2029}'] {
            assert_eq!(clean(&format!("a{sep}b")), "a\nb");
            assert_eq!(clean_line(&format!("a{sep}b")), "a b");
            assert_eq!(display(&format!("a{sep}b")), "a\nb");
        }
        // Emoji sequences, variation selectors, accents and no-break spaces are text.
        let kept = "👩\u{200D}⚕\u{FE0F} 🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F} e\u{301} «\u{a0}ça\u{a0}» \u{FFFD}";
        assert_eq!(clean(kept), kept);
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

//! The territory directory as vCard: reading the .vcf files address books export (vCard 2.1, 3.0
//! — RFC 2426 — and 4.0 — RFC 6350) and writing vCard 4.0. Pure: bytes in, partners out, and
//! partners in, text out; the store is the caller's business.
//!
//! Reading: continuation lines are unfolded (CRLF or LF then a space or a tab), groups
//! (`item1.TEL`) dropped, parameters read (`TYPE=work,voice`, `TYPE="work"`, the bare `WORK` of
//! 2.1), text unescaped (`\n`, `\,`, `\;`, `\\`), QUOTED-PRINTABLE decoded (with its soft line
//! breaks) and any CHARSET other than UTF-8 refused rather than turned into mojibake. PHOTO,
//! LOGO, SOUND, KEY and every base64 value are skipped. A card becomes a [`Partner`]:
//!
//! - name: the first component of ORG, else FN; a FN that differs goes into the notes as
//!   « Contact : … » (a professional of the partner), the other ORG components as « Service : … »;
//! - contact: every TEL, then every EMAIL, « Tél. … · Fax … · Courriel … »;
//! - territory: locality and postcode of the (work) ADR;
//! - notes: NOTE;
//! - sector: the first CATEGORIES value that is a sector's code or French label (accents, case
//!   and punctuation ignored: « Médico-social », « Droit commun »); the other values become
//!   expertise tags.
//!
//! Writing: one vCard 4.0 per partner (VERSION right after BEGIN, FN, KIND:org, ORG, CATEGORIES
//! with the sector code, NOTE), the phone numbers and e-mail addresses found in the contact text
//! as TEL and EMAIL for other address books, and the exact expertise, territory and contact text
//! in `X-PARCOURS-*` properties (RFC 6350 §6.10) so that re-importing gives back the same
//! partners. CRLF line ends, lines folded at 75 octets between characters, text escaped.

use super::content_line::{escape_text, fold};
use crate::domain::partner::Partner;
use crate::domain::text::{clean, clean_line};

mod read;

pub use read::sector_from_label;
use read::{card_to_partner, decode_file, parse_cards};

/// Identifies the writer of the exported cards.
pub const PRODID: &str = "-//parcours//Annuaire du territoire//FR";

/// A larger file is refused before it is read through (photos included, an address book of a few
/// thousand contacts weighs far less).
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;

/// The exact text of the fields vCard has no property for, kept for the round trip.
const X_EXPERTISE: &str = "X-PARCOURS-EXPERTISE";
const X_TERRITORY: &str = "X-PARCOURS-TERRITORY";
const X_CONTACT: &str = "X-PARCOURS-CONTACT";

/// Why a file was refused. Line numbers are those of the file (1 for the first line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VcardError {
    /// Nothing but blanks.
    Empty,
    /// More than [`MAX_FILE_BYTES`].
    TooLarge,
    /// NUL bytes: an image, an archive, a database…
    Binary,
    /// Bytes that are not UTF-8 text (a file saved in Latin-1, or a QUOTED-PRINTABLE value).
    NotUtf8 { line: usize },
    /// Text, but it does not begin with `BEGIN:VCARD`.
    NotVcard,
    /// The card begun on this line has no `END:VCARD` (a truncated file).
    Unterminated { line: usize },
    /// `END:VCARD` with no card open.
    StrayEnd { line: usize },
    /// The card begun on this line has neither FN nor ORG.
    NoName { line: usize },
    /// A value declared in another character set than UTF-8.
    Charset { line: usize, charset: String },
    /// A line that is not `NAME:value`.
    BadLine { line: usize },
    /// A value longer than a form of the directory takes (refused, never stored cut): the
    /// property, its length and the limit, in characters.
    TooLong { line: usize, property: String, chars: usize, max: usize },
}

/// Reads every card of a .vcf file. All or nothing: the first problem refuses the whole file.
pub fn parse_partners(bytes: &[u8]) -> Result<Vec<Partner>, VcardError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(VcardError::TooLarge);
    }
    let (text, cut_short) = decode_file(bytes)?;
    if text.trim().is_empty() && cut_short.is_none() {
        return Err(VcardError::Empty);
    }
    // A file cut in the middle of a character is a truncated file: its open card says so.
    let cards = parse_cards(&text)?;
    if let Some(line) = cut_short {
        return Err(VcardError::NotUtf8 { line });
    }
    cards.iter().map(card_to_partner).collect()
}

/// The directory as a vCard 4.0 file, CRLF-ended and folded. The caller chooses the partners
/// (the command leaves the archived ones out).
pub fn to_vcf(partners: &[Partner]) -> String {
    let mut out = String::new();
    for p in partners {
        for line in card_lines(p) {
            out.push_str(&fold(&line));
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Writing

fn card_lines(p: &Partner) -> Vec<String> {
    let name = clean_line(&p.name);
    let mut lines = vec![
        "BEGIN:VCARD".to_string(),
        "VERSION:4.0".to_string(),
        format!("PRODID:{PRODID}"),
        "KIND:org".to_string(),
        format!("FN:{}", escape_text(&name)),
        format!("ORG:{}", escape_text(&name)),
        format!("CATEGORIES:{}", p.sector.code()),
    ];
    let contact = clean(&p.contact);
    let (phones, emails) = phones_and_emails(&contact);
    lines.extend(phones.iter().map(|t| format!("TEL;TYPE=work:{}", escape_text(t))));
    lines.extend(emails.iter().map(|e| format!("EMAIL;TYPE=work:{}", escape_text(e))));
    if !p.notes.trim().is_empty() {
        lines.push(format!("NOTE:{}", escape_text(&p.notes)));
    }
    for (prop, value) in [(X_EXPERTISE, &p.expertise), (X_TERRITORY, &p.territory), (X_CONTACT, &p.contact)] {
        if !value.trim().is_empty() {
            lines.push(format!("{prop}:{}", escape_text(value)));
        }
    }
    lines.push("END:VCARD".to_string());
    lines
}

/// The telephone numbers (French ones of ten digits, international ones after + or 00; groups
/// separated by spaces, dots or dashes) and the e-mail addresses written in a free contact text,
/// each once, in order.
pub fn phones_and_emails(text: &str) -> (Vec<String>, Vec<String>) {
    let mut phones: Vec<String> = Vec::new();
    let mut emails: Vec<String> = Vec::new();
    for word in text.split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | '<' | '>' | '·')) {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if let Some((user, domain)) = word.split_once('@')
            && !user.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.contains('@')
            && !emails.iter().any(|e| e.eq_ignore_ascii_case(word))
        {
            emails.push(word.to_string());
        }
    }
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let starts =
            chars[i].is_ascii_digit() || (chars[i] == '+' && chars.get(i + 1).is_some_and(char::is_ascii_digit));
        let glued = i > 0 && (chars[i - 1].is_alphanumeric() || chars[i - 1] == '@');
        if !starts || glued {
            i += 1;
            continue;
        }
        // Digits, with single separators between groups.
        let mut end = i + 1;
        let mut j = i + 1;
        while j < chars.len() {
            if chars[j].is_ascii_digit() {
                j += 1;
                end = j;
            } else if matches!(chars[j], ' ' | '.' | '-' | '\u{a0}')
                && chars.get(j + 1).is_some_and(char::is_ascii_digit)
            {
                j += 1;
            } else {
                break;
            }
        }
        let candidate: String = chars[i..end].iter().collect();
        let digits = candidate.chars().filter(char::is_ascii_digit).count();
        let in_word = chars.get(end).is_some_and(|c| c.is_alphanumeric() || *c == '@');
        // French numbers (ten digits from 0), international ones (+ or 00): not dates nor amounts.
        let plausible = if candidate.starts_with('+') {
            (9..=15).contains(&digits)
        } else if candidate.starts_with("00") {
            (11..=15).contains(&digits)
        } else {
            candidate.starts_with('0') && digits == 10
        };
        if plausible && !in_word && !phones.contains(&candidate) {
            phones.push(candidate.replace('\u{a0}', " "));
        }
        i = end.max(i + 1);
    }
    (phones, emails)
}

#[cfg(test)]
mod tests {
    use super::read::parse_property;
    use super::*;
    use crate::domain::partner::Sector;

    fn one(text: &str) -> Partner {
        let mut all = parse_partners(text.as_bytes()).unwrap();
        assert_eq!(all.len(), 1);
        all.remove(0)
    }

    #[test]
    fn unfolds_and_unescapes() {
        let p = one(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:CMP\r\nNOTE:ligne un\\nligne\r\n  deux\\, trois\\; \\\\ fin\r\nEND:VCARD\r\n",
        );
        assert_eq!(p.notes, "ligne un\nligne deux, trois; \\ fin");
    }

    #[test]
    fn version_2_1_keeps_the_folding_space_and_joins_soft_breaks() {
        let p = one(
            "BEGIN:VCARD\nVERSION:2.1\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=89quipe =\n=6Dobile\nNOTE:un\n deux\nEND:VCARD\n",
        );
        assert_eq!(p.name, "Équipe mobile");
        assert_eq!(p.notes, "un deux");
    }

    #[test]
    fn parameters_with_quotes_groups_and_bare_types() {
        let prop = parse_property("item1.TEL;TYPE=\"work,voice\";X-LABEL=\"a:b\":01 02", 3).unwrap();
        assert_eq!(prop.name, "TEL");
        assert!(prop.has_type("voice"));
        assert_eq!(prop.value, "01 02");
        let prop = parse_property("TEL;WORK;FAX:01", 1).unwrap();
        assert!(prop.has_type("fax"));
        let prop = parse_property("NOTE;QUOTED-PRINTABLE:=41", 1).unwrap();
        assert_eq!(prop.encoding().as_deref(), Some("QUOTED-PRINTABLE"));
        assert!(parse_property("pas une propriété", 1).is_none());
    }

    #[test]
    fn sectors_by_code_or_label() {
        assert_eq!(sector_from_label("Médico-social"), Some(Sector::MedicoSocial));
        assert_eq!(sector_from_label("DROIT COMMUN"), Some(Sector::DroitCommun));
        assert_eq!(sector_from_label("emploi, insertion"), Some(Sector::EmploiInsertion));
        assert_eq!(sector_from_label("sanitaire"), Some(Sector::Sanitaire));
        assert_eq!(sector_from_label("autisme"), None);
    }

    #[test]
    fn finds_phones_and_emails_in_free_text() {
        let (phones, emails) =
            phones_and_emails("Accueil 01 23 45 67 89 ou +33 6.12.34.56.78, accueil@cmp.fr (le matin) ; 3 jours");
        assert_eq!(phones, ["01 23 45 67 89", "+33 6.12.34.56.78"]);
        assert_eq!(emails, ["accueil@cmp.fr"]);
        let (phones, emails) = phones_and_emails("Du lundi au vendredi, 9h-12h, 2026-11-05");
        assert!(phones.is_empty() && emails.is_empty(), "{phones:?} {emails:?}");
    }

    #[test]
    fn errors() {
        assert_eq!(parse_partners(b""), Err(VcardError::Empty));
        assert_eq!(parse_partners(b" \r\n\n"), Err(VcardError::Empty));
        assert_eq!(parse_partners(b"BEGIN:VCARD\0"), Err(VcardError::Binary));
        assert_eq!(parse_partners(b"BEGIN:VCARD\nFN:\xe9\n"), Err(VcardError::NotUtf8 { line: 2 }));
        assert_eq!(parse_partners(b"nom;tel\nCMP;0102"), Err(VcardError::NotVcard));
        assert_eq!(parse_partners(b"BEGIN:VCARD\nFN:A\n"), Err(VcardError::Unterminated { line: 1 }));
        assert_eq!(parse_partners(b"BEGIN:VCARD\nFN:H\xc3"), Err(VcardError::Unterminated { line: 1 }));
        assert_eq!(parse_partners(b"BEGIN:VCARD\nFN:A\nEND:VCARD\n\xc3"), Err(VcardError::NotUtf8 { line: 4 }));
        assert_eq!(
            parse_partners(b"BEGIN:VCARD\nFN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n"),
            Err(VcardError::Unterminated { line: 1 })
        );
        assert_eq!(parse_partners(b"BEGIN:VCARD\nFN:A\nEND:VCARD\nEND:VCARD\n"), Err(VcardError::StrayEnd { line: 4 }));
        assert_eq!(
            parse_partners(b"BEGIN:VCARD\nFN:A\nEND:VCARD\nBEGIN:VCARD\nTEL:01\nEND:VCARD\n"),
            Err(VcardError::NoName { line: 4 })
        );
        assert_eq!(
            parse_partners(b"BEGIN:VCARD\nFN;CHARSET=ISO-8859-1:A\nEND:VCARD\n"),
            Err(VcardError::Charset { line: 2, charset: "ISO-8859-1".into() })
        );
        assert_eq!(parse_partners(b"BEGIN:VCARD\nFN:A\nbla bla\nEND:VCARD\n"), Err(VcardError::BadLine { line: 3 }));
        assert_eq!(
            parse_partners(b"BEGIN:VCARD\nNOTE;ENCODING=QUOTED-PRINTABLE:=E9\nFN:A\nEND:VCARD\n"),
            Err(VcardError::NotUtf8 { line: 2 })
        );
    }

    #[test]
    fn a_fold_inside_a_character_is_mended() {
        let mut bytes = b"BEGIN:VCARD\r\nFN:H\xc3".to_vec();
        bytes.extend_from_slice(b"\r\n \xb4pital\r\nEND:VCARD\r\n");
        assert_eq!(parse_partners(&bytes).unwrap()[0].name, "Hôpital");
    }

    #[test]
    fn utf16_with_bom_is_read() {
        let text = "BEGIN:VCARD\r\nFN:Hôpital\r\nEND:VCARD\r\n";
        let mut bytes = vec![0xFF, 0xFE];
        bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(parse_partners(&bytes).unwrap()[0].name, "Hôpital");
    }

    #[test]
    fn writes_valid_folded_cards() {
        let p = Partner {
            name: "CMP; adultes, secteur".into(),
            sector: Sector::Sanitaire,
            notes: "é".repeat(100),
            contact: "Accueil 01 23 45 67 89".into(),
            ..Partner::new_draft()
        };
        let text = to_vcf(std::slice::from_ref(&p));
        assert!(text.starts_with("BEGIN:VCARD\r\nVERSION:4.0\r\n"));
        assert!(text.contains("FN:CMP\\; adultes\\, secteur\r\n"));
        assert!(text.contains("TEL;TYPE=work:01 23 45 67 89\r\n"));
        for line in text.split_terminator("\r\n") {
            assert!(line.len() <= 75 && !line.contains('\n') && !line.contains('\r'));
        }
        let back = one(&text);
        assert_eq!((back.name, back.sector, back.notes, back.contact), (p.name, p.sector, p.notes, p.contact));
    }
}

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

use crate::domain::partner::{Partner, Sector};
use crate::domain::text::{MAX_FIELD_CHARS, clean, clean_line};
use crate::export::plan_ics::{escape_text, fold};

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

// ---------------------------------------------------------------------------------------------
// Reading: bytes to text

/// The file as text: UTF-8 (a BOM dropped) or UTF-16 with its BOM; NUL bytes elsewhere mean
/// binary data. A file that ends in the middle of a character gives the text before it and the
/// line of the cut.
fn decode_file(bytes: &[u8]) -> Result<(String, Option<usize>), VcardError> {
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return utf16(rest, u16::from_le_bytes).map(|t| (t, None));
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return utf16(rest, u16::from_be_bytes).map(|t| (t, None));
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if bytes.contains(&0) {
        return Err(VcardError::Binary);
    }
    let e = match std::str::from_utf8(bytes) {
        Ok(text) => return Ok((text.to_string(), None)),
        Err(e) => e,
    };
    // Some writers fold in the middle of a character: unfolded, the bytes may be UTF-8 again.
    if let Ok(text) = String::from_utf8(unfold_bytes(bytes)) {
        return Ok((text, None));
    }
    let valid = &bytes[..e.valid_up_to()];
    let line = valid.iter().filter(|b| **b == b'\n').count() + 1;
    match (e.error_len(), std::str::from_utf8(valid)) {
        (None, Ok(before)) => Ok((before.to_string(), Some(line))),
        _ => Err(VcardError::NotUtf8 { line }),
    }
}

/// The bytes with every line break followed by a space or a tab removed, with that space.
fn unfold_bytes(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let after = match (bytes[i], bytes.get(i + 1)) {
            (b'\r', Some(b'\n')) => i + 2,
            (b'\n', _) => i + 1,
            _ => {
                out.push(bytes[i]);
                i += 1;
                continue;
            }
        };
        if matches!(bytes.get(after), Some(b' ' | b'\t')) {
            i = after + 1;
        } else {
            out.extend_from_slice(&bytes[i..after]);
            i = after;
        }
    }
    out
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, VcardError> {
    if !bytes.len().is_multiple_of(2) {
        return Err(VcardError::Binary);
    }
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]])).collect();
    let text = String::from_utf16(&units).map_err(|_| VcardError::Binary)?;
    if text.contains('\0') {
        return Err(VcardError::Binary);
    }
    Ok(text)
}

// ---------------------------------------------------------------------------------------------
// Reading: lines to cards

/// One property of a card, as written (value still encoded and escaped).
#[derive(Debug, Clone)]
struct Property {
    /// Upper case, group removed.
    name: String,
    /// Parameter names upper case, values as written (quotes removed), in order.
    params: Vec<(String, String)>,
    value: String,
    line: usize,
}

impl Property {
    fn param_values(&self, name: &str) -> impl Iterator<Item = &str> {
        self.params.iter().filter(move |(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    fn has_type(&self, wanted: &str) -> bool {
        self.param_values("TYPE").any(|v| v.eq_ignore_ascii_case(wanted))
    }

    fn encoding(&self) -> Option<String> {
        self.param_values("ENCODING").next().map(str::to_ascii_uppercase)
    }

    fn is_binary(&self) -> bool {
        matches!(self.name.as_str(), "PHOTO" | "LOGO" | "SOUND" | "KEY")
            || matches!(self.encoding().as_deref(), Some("B" | "BASE64"))
    }
}

#[derive(Debug, Default)]
struct Card {
    line: usize,
    props: Vec<Property>,
}

/// The cards of the file: physical lines unfolded into content lines, each remembering the line
/// it begins on, grouped between BEGIN:VCARD and END:VCARD.
fn parse_cards(text: &str) -> Result<Vec<Card>, VcardError> {
    let physical: Vec<&str> = text.split('\n').map(|l| l.strip_suffix('\r').unwrap_or(l)).collect();
    let mut cards = Vec::new();
    let mut open: Option<Card> = None;
    // vCard 2.1 unfolds as RFC 822 does: the whitespace after the line break is kept.
    let mut keep_fold_space = false;
    // After a binary value, 2.1 files may continue its base64 without indentation.
    let mut in_binary = false;
    let mut seen_begin = false;
    let mut i = 0;
    while i < physical.len() {
        let number = i + 1;
        let mut logical = physical[i].to_string();
        // Name and parameters are on the first line: looked at once, not at each continuation.
        let quoted_printable = is_quoted_printable(&logical);
        i += 1;
        while let Some(next) = physical.get(i) {
            if quoted_printable && logical.ends_with('=') {
                logical.pop();
                logical.push_str(next);
            } else if next.starts_with([' ', '\t']) {
                logical.push_str(if keep_fold_space { next } else { &next[1..] });
            } else {
                break;
            }
            i += 1;
        }
        if logical.trim().is_empty() {
            continue;
        }
        let Some(prop) = parse_property(&logical, number) else {
            if open.is_some() && in_binary {
                continue;
            }
            return Err(if seen_begin { VcardError::BadLine { line: number } } else { VcardError::NotVcard });
        };
        let is_vcard = prop.value.trim().eq_ignore_ascii_case("VCARD");
        match (prop.name.as_str(), open.as_mut()) {
            ("BEGIN", None) if is_vcard => {
                seen_begin = true;
                keep_fold_space = false;
                in_binary = false;
                open = Some(Card { line: number, props: Vec::new() });
            }
            ("BEGIN", Some(card)) if is_vcard => return Err(VcardError::Unterminated { line: card.line }),
            ("END", None) if is_vcard => return Err(VcardError::StrayEnd { line: number }),
            ("END", Some(_)) if is_vcard => cards.extend(open.take()),
            (_, None) => {
                return Err(if seen_begin { VcardError::BadLine { line: number } } else { VcardError::NotVcard });
            }
            (_, Some(card)) => {
                if prop.name == "VERSION" {
                    keep_fold_space = prop.value.trim() == "2.1";
                }
                in_binary = prop.is_binary();
                card.props.push(prop);
            }
        }
    }
    match open {
        Some(card) => Err(VcardError::Unterminated { line: card.line }),
        None if cards.is_empty() => Err(VcardError::NotVcard),
        None => Ok(cards),
    }
}

/// Whether a (partial) content line declares QUOTED-PRINTABLE before its value.
fn is_quoted_printable(line: &str) -> bool {
    match split_at_colon(line) {
        Some((head, _)) => head.to_ascii_uppercase().contains("QUOTED-PRINTABLE"),
        None => false,
    }
}

/// `group.NAME;PARAM=v:value` split at the first colon outside double quotes.
fn split_at_colon(line: &str) -> Option<(&str, &str)> {
    let mut quoted = false;
    for (i, c) in line.char_indices() {
        match c {
            '"' => quoted = !quoted,
            ':' if !quoted => return Some((&line[..i], &line[i + 1..])),
            _ => {}
        }
    }
    None
}

/// Splits on `sep` outside double quotes, removing the quotes.
fn split_unquoted(text: &str, sep: char) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            c if c == sep && !quoted => parts.push(String::new()),
            c => parts.last_mut().map_or((), |p| p.push(c)),
        }
    }
    parts
}

fn parse_property(line: &str, number: usize) -> Option<Property> {
    let (head, value) = split_at_colon(line)?;
    let mut segments = split_unquoted(head, ';').into_iter();
    let full_name = segments.next()?;
    let name = full_name.rsplit('.').next().unwrap_or(&full_name).trim().to_ascii_uppercase();
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        return None;
    }
    let mut params = Vec::new();
    for segment in segments {
        let (key, values) = match segment.split_once('=') {
            Some((k, v)) => (k.trim().to_ascii_uppercase(), v.to_string()),
            // vCard 2.1 writes `TEL;WORK;VOICE:` and `NOTE;QUOTED-PRINTABLE:`.
            None => {
                let bare = segment.trim().to_ascii_uppercase();
                let key = match bare.as_str() {
                    "QUOTED-PRINTABLE" | "BASE64" | "B" | "8BIT" | "7BIT" => "ENCODING",
                    _ => "TYPE",
                };
                (key.to_string(), segment.trim().to_string())
            }
        };
        for v in values.split(',') {
            params.push((key.clone(), caret_decode(v.trim())));
        }
    }
    Some(Property { name, params, value: value.to_string(), line: number })
}

/// RFC 6868: `^n`, `^'` and `^^` in parameter values.
fn caret_decode(v: &str) -> String {
    if !v.contains('^') {
        return v.to_string();
    }
    let mut out = String::with_capacity(v.len());
    let mut chars = v.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('^', Some('n' | 'N')) => {
                chars.next();
                out.push('\n');
            }
            ('^', Some('\'')) => {
                chars.next();
                out.push('"');
            }
            ('^', Some('^')) => {
                chars.next();
                out.push('^');
            }
            (c, _) => out.push(c),
        }
    }
    out
}

// ---------------------------------------------------------------------------------------------
// Reading: values

/// The value as text: QUOTED-PRINTABLE decoded, the charset checked, line ends made LF. Still
/// escaped.
fn raw_text(prop: &Property) -> Result<String, VcardError> {
    if let Some(charset) = prop.param_values("CHARSET").next() {
        let lower = charset.trim().to_ascii_lowercase();
        if !matches!(lower.as_str(), "utf-8" | "utf8" | "us-ascii" | "ascii") {
            let shown: String = clean_line(charset).chars().take(40).collect();
            return Err(VcardError::Charset { line: prop.line, charset: shown });
        }
    }
    let text = if prop.encoding().as_deref() == Some("QUOTED-PRINTABLE") {
        String::from_utf8(quoted_printable(&prop.value)).map_err(|_| VcardError::NotUtf8 { line: prop.line })?
    } else {
        prop.value.clone()
    };
    Ok(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// Decodes `=XX` escapes; a malformed one is kept as written, a soft line break removed.
fn quoted_printable(value: &str) -> Vec<u8> {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(h), Some(l)) = (bytes.get(i + 1).and_then(|b| hex(*b)), bytes.get(i + 2).and_then(|b| hex(*b)))
            {
                // Two hex digits: at most 0xFF.
                out.push(u8::try_from(h * 16 + l).unwrap_or(b'?'));
                i += 3;
                continue;
            }
            if i + 1 == bytes.len() {
                break;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

/// Splits an escaped value on the unescaped `sep` (`;` for ORG and ADR components, `,` for
/// CATEGORIES) and unescapes each piece. `sep == None` unescapes the whole value.
fn split_escaped(value: &str, sep: Option<char>) -> Vec<String> {
    let mut parts = vec![String::new()];
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        let Some(part) = parts.last_mut() else { break };
        match c {
            '\\' => match chars.next() {
                Some('n' | 'N') => part.push('\n'),
                Some(e @ (',' | ';' | '\\' | ':')) => part.push(e),
                Some(other) => {
                    part.push('\\');
                    part.push(other);
                }
                None => part.push('\\'),
            },
            c if Some(c) == sep => parts.push(String::new()),
            c => part.push(c),
        }
    }
    parts
}

fn unescape(value: &str) -> String {
    split_escaped(value, None).concat()
}

/// « Médico-social », « DROIT COMMUN », « emploi, insertion » → the sector.
pub fn sector_from_label(label: &str) -> Option<Sector> {
    let mut key = String::new();
    for c in crate::domain::text::fold(label.trim()).chars() {
        if c.is_alphanumeric() {
            key.push(c);
        } else if !key.is_empty() && !key.ends_with('-') {
            key.push('-');
        }
    }
    Sector::from_code(key.trim_end_matches('-'))
}

/// Google's own groups, not the user's categories.
fn is_system_category(c: &str) -> bool {
    c.eq_ignore_ascii_case("myContacts") || c.eq_ignore_ascii_case("starred")
}

fn card_to_partner(card: &Card) -> Result<Partner, VcardError> {
    let mut fn_name = String::new();
    let mut org: Vec<String> = Vec::new();
    let mut phones: Vec<String> = Vec::new();
    let mut emails: Vec<String> = Vec::new();
    let mut notes: Vec<String> = Vec::new();
    let mut sector: Option<Sector> = None;
    let mut tags: Vec<String> = Vec::new();
    let mut addresses: Vec<(bool, String)> = Vec::new();
    let mut exact: [Option<String>; 3] = [None, None, None];
    for prop in &card.props {
        if prop.is_binary() {
            continue;
        }
        let read = matches!(
            prop.name.as_str(),
            "FN" | "ORG" | "TEL" | "EMAIL" | "ADR" | "NOTE" | "CATEGORIES" | X_EXPERTISE | X_TERRITORY | X_CONTACT
        );
        if read {
            let chars = unescape(&raw_text(prop)?).chars().count();
            if chars > MAX_FIELD_CHARS {
                return Err(too_long(prop.line, &prop.name, chars));
            }
        }
        match prop.name.as_str() {
            "FN" if fn_name.is_empty() => fn_name = clean_line(&unescape(&raw_text(prop)?)),
            "ORG" if org.is_empty() => {
                org = split_escaped(&raw_text(prop)?, Some(';'))
                    .iter()
                    .map(|c| clean_line(c))
                    .filter(|c| !c.is_empty())
                    .collect();
            }
            "TEL" => {
                let number = clean_line(&unescape(&raw_text(prop)?));
                let number = number.strip_prefix("tel:").unwrap_or(&number).trim().to_string();
                let label = if prop.has_type("fax") { "Fax" } else { "Tél." };
                let item = format!("{label}\u{a0}{number}");
                if !number.is_empty() && !phones.contains(&item) {
                    phones.push(item);
                }
            }
            "EMAIL" => {
                let email = clean_line(&unescape(&raw_text(prop)?));
                let email = email.strip_prefix("mailto:").unwrap_or(&email).trim().to_string();
                let item = format!("Courriel\u{a0}{email}");
                if !email.is_empty() && !emails.contains(&item) {
                    emails.push(item);
                }
            }
            "ADR" => {
                let parts = split_escaped(&raw_text(prop)?, Some(';'));
                let part = |i: usize| parts.get(i).map(|p| clean_line(&p.replace(',', " "))).unwrap_or_default();
                let (locality, region, postcode) = (part(3), part(4), part(5));
                let place = [postcode, locality].into_iter().filter(|p| !p.is_empty()).collect::<Vec<_>>().join(" ");
                let place = if place.is_empty() { region } else { place };
                if !place.is_empty() {
                    addresses.push((prop.has_type("work"), place));
                }
            }
            "NOTE" => {
                let note = clean(&unescape(&raw_text(prop)?));
                if !note.trim().is_empty() {
                    notes.push(note);
                }
            }
            "CATEGORIES" => {
                for c in split_escaped(&raw_text(prop)?, Some(',')) {
                    let c = clean_line(&c);
                    if c.is_empty() || is_system_category(&c) {
                        continue;
                    }
                    match sector_from_label(&c) {
                        Some(s) if sector.is_none() => sector = Some(s),
                        Some(_) => {}
                        None if !tags.contains(&c) => tags.push(c),
                        None => {}
                    }
                }
            }
            name @ (X_EXPERTISE | X_TERRITORY | X_CONTACT) => {
                let slot = match name {
                    X_EXPERTISE => 0,
                    X_TERRITORY => 1,
                    _ => 2,
                };
                if exact[slot].is_none() {
                    exact[slot] = Some(clean(&unescape(&raw_text(prop)?)));
                }
            }
            _ => {}
        }
    }
    let mut org = org.into_iter();
    let name = org.next().unwrap_or_else(|| fn_name.clone());
    if name.is_empty() {
        return Err(VcardError::NoName { line: card.line });
    }
    let mut head: Vec<String> = Vec::new();
    if !fn_name.is_empty() && fn_name.to_lowercase() != name.to_lowercase() {
        head.push(format!("Contact\u{a0}: {fn_name}"));
    }
    head.extend(org.map(|unit| format!("Service\u{a0}: {unit}")));
    head.extend(notes);
    let territory = addresses.iter().find(|(work, _)| *work).or(addresses.first()).map(|(_, p)| p.clone());
    let [expertise, exact_territory, exact_contact] = exact;
    let partner = Partner {
        name,
        sector: sector.unwrap_or(Sector::Autre),
        expertise: expertise.unwrap_or_else(|| tags.join(", ")),
        territory: exact_territory.map(|t| clean_line(&t)).or(territory).unwrap_or_default(),
        contact: exact_contact.unwrap_or_else(|| [phones, emails].concat().join(" · ")),
        notes: head.join("\n"),
        ..Partner::new_draft()
    };
    // Many values gathered in one field (every NOTE, every TEL) may outgrow it too.
    let gathered = [("CATEGORIES", &partner.expertise), ("TEL", &partner.contact), ("NOTE", &partner.notes)];
    for (property, value) in gathered {
        let chars = value.chars().count();
        if chars > MAX_FIELD_CHARS {
            return Err(too_long(card.line, property, chars));
        }
    }
    Ok(partner)
}

fn too_long(line: usize, property: &str, chars: usize) -> VcardError {
    VcardError::TooLong { line, property: property.to_string(), chars, max: MAX_FIELD_CHARS }
}

#[cfg(test)]
mod tests {
    use super::*;

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

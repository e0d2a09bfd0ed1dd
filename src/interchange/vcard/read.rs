//! Reading a .vcf file: bytes to text (BOM, UTF-16, unfolding), lines to cards (groups,
//! parameters, QUOTED-PRINTABLE), values to a [`Partner`]. The rules are in the module doc of
//! [`super`].

use super::{VcardError, X_CONTACT, X_EXPERTISE, X_TERRITORY};
use crate::domain::partner::{Partner, Sector};
use crate::domain::text::{MAX_FIELD_CHARS, clean, clean_line};

// ---------------------------------------------------------------------------------------------
// Reading: bytes to text

/// The file as text: UTF-8 (a BOM dropped) or UTF-16 with its BOM; NUL bytes elsewhere mean
/// binary data. A file that ends in the middle of a character gives the text before it and the
/// line of the cut.
pub(super) fn decode_file(bytes: &[u8]) -> Result<(String, Option<usize>), VcardError> {
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
pub(super) fn unfold_bytes(bytes: &[u8]) -> Vec<u8> {
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

pub(super) fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> Result<String, VcardError> {
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
pub(super) struct Property {
    /// Upper case, group removed.
    pub(super) name: String,
    /// Parameter names upper case, values as written (quotes removed), in order.
    params: Vec<(String, String)>,
    pub(super) value: String,
    line: usize,
}

impl Property {
    fn param_values(&self, name: &str) -> impl Iterator<Item = &str> {
        self.params.iter().filter(move |(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    pub(super) fn has_type(&self, wanted: &str) -> bool {
        self.param_values("TYPE").any(|v| v.eq_ignore_ascii_case(wanted))
    }

    pub(super) fn encoding(&self) -> Option<String> {
        self.param_values("ENCODING").next().map(str::to_ascii_uppercase)
    }

    fn is_binary(&self) -> bool {
        matches!(self.name.as_str(), "PHOTO" | "LOGO" | "SOUND" | "KEY")
            || matches!(self.encoding().as_deref(), Some("B" | "BASE64"))
    }
}

#[derive(Debug, Default)]
pub(super) struct Card {
    line: usize,
    props: Vec<Property>,
}

/// The cards of the file: physical lines unfolded into content lines, each remembering the line
/// it begins on, grouped between BEGIN:VCARD and END:VCARD.
pub(super) fn parse_cards(text: &str) -> Result<Vec<Card>, VcardError> {
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
pub(super) fn is_quoted_printable(line: &str) -> bool {
    match split_at_colon(line) {
        Some((head, _)) => head.to_ascii_uppercase().contains("QUOTED-PRINTABLE"),
        None => false,
    }
}

/// `group.NAME;PARAM=v:value` split at the first colon outside double quotes.
pub(super) fn split_at_colon(line: &str) -> Option<(&str, &str)> {
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
pub(super) fn split_unquoted(text: &str, sep: char) -> Vec<String> {
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

pub(super) fn parse_property(line: &str, number: usize) -> Option<Property> {
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
pub(super) fn caret_decode(v: &str) -> String {
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
pub(super) fn raw_text(prop: &Property) -> Result<String, VcardError> {
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
pub(super) fn quoted_printable(value: &str) -> Vec<u8> {
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
pub(super) fn split_escaped(value: &str, sep: Option<char>) -> Vec<String> {
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

pub(super) fn unescape(value: &str) -> String {
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
pub(super) fn is_system_category(c: &str) -> bool {
    c.eq_ignore_ascii_case("myContacts") || c.eq_ignore_ascii_case("starred")
}

pub(super) fn card_to_partner(card: &Card) -> Result<Partner, VcardError> {
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

pub(super) fn too_long(line: usize, property: &str, chars: usize) -> VcardError {
    VcardError::TooLong { line, property: property.to_string(), chars, max: MAX_FIELD_CHARS }
}

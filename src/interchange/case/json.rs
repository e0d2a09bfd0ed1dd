//! Reading a case file: the header first (format and version), then the layout, and where
//! serde_json stopped when the text is not a case file, as values `i18n` says in words.

use super::layout::{CASE_FORMAT, CASE_VERSION, CaseFile};

/// Why a text is not read as a case file. Nothing here is English text meant for the user.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    /// Not JSON, or JSON not of the expected shape, at this line and column.
    #[error("invalid JSON: {0:?}")]
    Json(JsonProblem),
    #[error("not a parcours case file")]
    WrongFormat,
    #[error("case file version {0} is newer than this parcours")]
    NewerVersion(u32),
}

/// Where serde_json stopped reading, and why, as values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonProblem {
    pub line: usize,
    pub column: usize,
    pub fault: JsonFault,
    /// The key whose value was being read, when the text before the error names one.
    pub key: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonFault {
    /// Not JSON at this place (a missing comma, a stray character…).
    Syntax,
    /// The file ends in the middle of a value.
    Truncated,
    /// A value of another kind than the one expected here.
    Expected(JsonKind),
    /// A required key is missing from an object.
    MissingField,
    /// A value outside the choices this key takes (an unknown status…), or an impossible one.
    BadValue,
}

/// What kind of value the layout wants at a place.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonKind {
    Integer,
    Number,
    Text,
    Boolean,
    List,
    Object,
}

impl JsonProblem {
    /// Reads serde_json's error, whose message is English, into values; `json` is the text it
    /// was reading, where the key being read is looked up.
    pub fn of(e: &serde_json::Error, json: &str) -> JsonProblem {
        use serde_json::error::Category;
        let msg = e.to_string();
        let fault = match e.classify() {
            Category::Eof => JsonFault::Truncated,
            Category::Syntax | Category::Io => JsonFault::Syntax,
            Category::Data if msg.starts_with("missing field") => JsonFault::MissingField,
            Category::Data if msg.starts_with("invalid type") => match expected_kind(&msg) {
                Some(kind) => JsonFault::Expected(kind),
                None => JsonFault::BadValue,
            },
            Category::Data => JsonFault::BadValue,
        };
        let key = if fault == JsonFault::MissingField {
            // « missing field `pseudonym` at line… »: the missing key is the one to name.
            msg.split('`').nth(1).map(str::to_string)
        } else {
            key_before(json, e.line(), e.column())
        };
        JsonProblem { line: e.line(), column: e.column(), fault, key }
    }
}

/// The kind named after « expected » in serde's message (« expected i32 », « expected a string »).
fn expected_kind(msg: &str) -> Option<JsonKind> {
    let wanted = msg.rsplit_once(", expected ")?.1;
    let wanted = wanted.split(" at line ").next().unwrap_or(wanted);
    let has = |words: &[&str]| words.iter().any(|w| wanted.contains(w));
    Some(if has(&["i8", "i16", "i32", "i64", "u8", "u16", "u32", "u64", "integer"]) {
        JsonKind::Integer
    } else if has(&["f32", "f64", "float", "number"]) {
        JsonKind::Number
    } else if has(&["bool"]) {
        JsonKind::Boolean
    } else if has(&["sequence", "array", "tuple", "Vec"]) {
        JsonKind::List
    } else if has(&["string", "char", "date", "time"]) {
        JsonKind::Text
    } else if has(&["struct", "map", "enum"]) {
        JsonKind::Object
    } else {
        return None;
    })
}

/// The last `"key":` before `line`:`column` (1-based, as serde_json counts), when it looks like a
/// key of the layout (lowercase letters and underscores): the value being read is its value.
fn key_before(json: &str, line: usize, column: usize) -> Option<String> {
    let start: usize = json.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    let rest = json.get(start..)?;
    let end = start + rest.char_indices().nth(column).map_or(rest.len(), |(i, _)| i);
    let before = json.get(..end)?;
    let colon = before.rfind("\":")?;
    let open = before[..colon].rfind('"')?;
    let key = &before[open + 1..colon];
    (!key.is_empty() && key.chars().all(|c| c.is_ascii_lowercase() || c == '_')).then(|| key.to_string())
}

/// Reads a case file. Format and version are checked before the content, so that a file of a
/// newer version says so rather than failing on a field it added.
pub fn parse(json: &str) -> Result<CaseFile, FileError> {
    // A file saved by Notepad and the like starts with a byte-order mark: it is not content.
    let json = crate::domain::text::without_bom(json);
    let invalid = |e: serde_json::Error| FileError::Json(JsonProblem::of(&e, json));
    let value: serde_json::Value = serde_json::from_str(json).map_err(invalid)?;
    check_header(value.get("format").and_then(|f| f.as_str()), value.get("version").and_then(|v| v.as_u64()))?;
    // Parsed again from the text rather than from `value`: serde_json gives line and column only then.
    serde_json::from_str(json).map_err(invalid)
}

pub fn check_header(format: Option<&str>, version: Option<u64>) -> Result<(), FileError> {
    if format != Some(CASE_FORMAT) {
        return Err(FileError::WrongFormat);
    }
    match version {
        None | Some(0) => Err(FileError::WrongFormat),
        Some(v) if v > u64::from(CASE_VERSION) => Err(FileError::NewerVersion(u32::try_from(v).unwrap_or(u32::MAX))),
        Some(_) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_checks() {
        assert!(check_header(Some(CASE_FORMAT), Some(1)).is_ok());
        assert!(matches!(check_header(Some("other"), Some(1)), Err(FileError::WrongFormat)));
        assert!(matches!(check_header(Some(CASE_FORMAT), None), Err(FileError::WrongFormat)));
        assert!(matches!(check_header(Some(CASE_FORMAT), Some(0)), Err(FileError::WrongFormat)));
        assert!(matches!(check_header(Some(CASE_FORMAT), Some(1 << 40)), Err(FileError::NewerVersion(u32::MAX))));
    }
}

//! The anonymity scan: finds in free text what would identify a person — e-mail addresses, French
//! phone numbers, NIR, IBAN, postal addresses, dates of birth and personal names.
//!
//! Numbers that carry a key (NIR, IBAN) are reported only when the key is right, so a file
//! reference that looks like one stays quiet. Names are found by their civility (« Mme Lefèvre »)
//! or by a list of frequent French first names; the tool's own pseudonyms (« Mme A. ») are
//! initials and never match.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;
use serde::Serialize;

use super::checksums::{iban_is_valid, nir_is_valid};

pub use crate::domain::identifier::IdentifierKind;

/// One identifier found: where (line and column from 1, the column in characters) and what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub kind: IdentifierKind,
    pub line: usize,
    pub column: usize,
    pub excerpt: String,
}

/// A match on one line, in bytes, before overlaps are settled.
struct Candidate {
    kind: IdentifierKind,
    start: usize,
    end: usize,
}

const MONTHS: &str = "janvier|janv\\.?|f[ée]vrier|f[ée]vr?\\.?|mars|avril|avr\\.?|mai|juin|juillet|juil\\.?|ao[uû]t|\
septembre|sept?\\.?|octobre|oct\\.?|novembre|nov\\.?|d[ée]cembre|d[ée]c\\.?";
const STREET_TYPES: &str = "rue|r\\.|avenue|av\\.|boulevard|bd\\.?|impasse|imp\\.|rte|all[ée]e|chemin|place|route|quai|cours|square|passage|\
sentier|voie|r[ée]sidence|lotissement|cit[ée]|hameau|rond-point|faubourg|esplanade|promenade|parvis|villa|chauss[ée]e|\
mont[ée]e|traverse|ruelle";
/// The first word of a street's name: a proper name (« Jaurès », « L'Isle »), not a short acronym
/// (« 1 place ESAT », « 2 cours FLE »).
const STREET_NAME: &str = r"(?:\p{Lu}\p{Ll}[\p{L}'’\-]*|\p{Lu}['’]\p{Lu}[\p{L}'’\-]*|\p{Lu}{5,}[\p{L}'’\-]*)";
/// A capitalised word: a proper name's part (« Jaurès », « L'Isle », « Saint-Jean »).
const PROPER: &str = r"\p{Lu}[\p{L}'’\-]*";

fn compile(pattern: &str) -> Regex {
    // The patterns are constants of this file, exercised by its tests: a failure is a bug here.
    Regex::new(pattern).unwrap_or_else(|e| panic!("scan pattern: {e}"))
}

static EMAIL: LazyLock<Regex> = LazyLock::new(|| {
    compile(
        r"(?i)[\p{L}0-9][\p{L}0-9._%+\-]*@[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?)*\.[a-z]{2,}",
    )
});
static PHONE: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"(?:\+33|0033)[ .\-]?(?:\(0\)[ .\-]?)?[1-9](?:[ ./\-]?\d{2}){4}|0[1-9](?:[ ./\-]?\d{2}){4}")
});
static NIR: LazyLock<Regex> = LazyLock::new(|| {
    compile(r"[12][ .\-]?\d{2}[ .\-]?\d{2}[ .\-]?(?:\d{2}|2[ABab])[ .\-]?\d{3}[ .\-]?\d{3}[ .\-]?\d{2}")
});
static IBAN: LazyLock<Regex> =
    LazyLock::new(|| compile(r"(?i)[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?"));
static BIRTH_DATE: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?i)(?-u:\b)(?:n[ée](?:\(e\)|e)?s?(?:\s+[àa]\s+[^\d\n]{{1,30}}?)?\s+le\s*:?|date\s+de\s+naissance[^\d\n]{{0,30}}?|naissance\s*:|ddn[^\d\n]{{0,30}}?)\s*(?:le\s+)?(?:\d{{1,2}}(?:er)?\s+(?:{MONTHS})\s+\d{{4}}|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:\d{{4}}|\d{{2}}))"
    ))
});
static STREET: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?-u:\b)\d{{1,4}}(?:\s?(?:bis|ter|quater|[A-D]))?(?-u:\b),?\s+(?i:{STREET_TYPES})\s+(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|la|le|les|l['’])\s*)?(?:{STREET_NAME}|\d+)(?:[\s\-]+(?:{PROPER}|\d{{4}})){{0,4}}"
    ))
});
static POSTCODE_CITY: LazyLock<Regex> = LazyLock::new(|| {
    compile(&format!(
        r"(?-u:\b)(?:0[1-9]|[1-8]\d|9[0-8]|2[AB])\d{{3}}\s+(?:(?:Le|La|Les)\s+)?{PROPER}(?:\s+(?i:cedex)(?:\s+\d{{1,2}})?)?"
    ))
});
static CIVILITY_NAME: LazyLock<Regex> = LazyLock::new(|| {
    // « Lefèvre », « DIALLO », « N’Diaye », « O'Neill ».
    let surname = r"(?:\p{Lu}\p{Ll}[\p{Ll}'’]*|\p{Lu}['’]\p{Lu}\p{Ll}+|\p{Lu}{2,})";
    compile(&format!(
        r"(?-u:\b)(?:M\.|MM\.|Mr\.?|Mme|MME|Mmes|Mlle|MLLE|Melle|Mlles|Madame|MADAME|Monsieur|MONSIEUR|Mademoiselle|Dr\.?|Docteur|Pr\.|Professeur|Me|Ma[îi]tre)\s+(?:(?:de|du|d['’]|van|von|ben|el)\s*)?{surname}(?:[\s\-]{surname})?"
    ))
});
/// A capitalised word, the only kind a first name can be (« Inès » also in « d'Inès »). Word
/// boundaries here and above are ASCII ones, checked by hand where accents matter: Unicode ones
/// would keep the regex engine off its fast path on French text.
static WORD: LazyLock<Regex> = LazyLock::new(|| compile(r"\p{Lu}[\p{L}'’\-]*"));
/// The first names, and the same without accents: « Kevin » is written as often as « Kévin ».
static FIRST_NAMES: LazyLock<HashSet<String>> = LazyLock::new(|| {
    let names = include_str!("first_names.txt").lines().map(str::trim).filter(|l| !l.is_empty());
    names.flat_map(|n| [n.to_string(), without_accents(n)]).collect()
});

fn without_accents(word: &str) -> String {
    word.chars()
        .map(|c| match c {
            'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'É' | 'È' => 'E',
            other => other,
        })
        .collect()
}

/// The identifiers in `text`, by line then column.
pub fn scan(text: &str) -> Vec<Finding> {
    scan_except(text, &[])
}

/// The identifiers in `text`, except the names that are part of a pseudonym declared in the
/// database in the first-name form (« Inès, 19 ans » is a chosen pseudonym, not the person's
/// name). A pseudonym of any other form exempts nothing: « Jean Dupont » may be the real name.
pub fn scan_except(text: &str, pseudonyms: &[String]) -> Vec<Finding> {
    let declared: Vec<&String> = pseudonyms.iter().filter(|p| is_first_name_form(p)).collect();
    let pseudonyms = declared.as_slice();
    let mut findings = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        // Read as the screen shows it: an escape sequence glued to a name does not hide it, and
        // columns count the characters the user sees.
        let line = crate::domain::text::display(raw);
        let line = line.as_ref();
        for c in scan_line(line) {
            if c.kind == IdentifierKind::Name && pseudonyms.iter().any(|p| holds_words(p, &line[c.start..c.end])) {
                continue;
            }
            findings.push(Finding {
                kind: c.kind,
                line: index + 1,
                column: line[..c.start].chars().count() + 1,
                excerpt: crate::domain::text::clean_line(&line[c.start..c.end]),
            });
        }
    }
    findings
}

/// The identifiers in a pseudonym: none in the tool's forms (« M. R. », « Mme A. », « Inès, 19 ans »),
/// every one in « Jean Dupont », which goes into every export as it is.
pub fn scan_pseudonym(pseudonym: &str) -> Vec<Finding> {
    scan_except(pseudonym, &[pseudonym.to_string()])
}

/// Whether a pseudonym is the declared first-name form: one first name, alone or with an age
/// (« Zoé », « Inès, 19 ans »). A first name alone names nobody; with a second word it may.
pub fn is_first_name_form(pseudonym: &str) -> bool {
    let (name, age) = pseudonym.trim().split_once(',').unwrap_or((pseudonym.trim(), "1 an"));
    let one_name = name.chars().next().is_some_and(char::is_uppercase)
        && name.chars().all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’'));
    let age = age.trim();
    let years = age.strip_suffix("ans").or_else(|| age.strip_suffix("an")).map(str::trim_end);
    one_name && years.is_some_and(|y| (1..=3).contains(&y.len()) && y.chars().all(|c| c.is_ascii_digit()))
}

#[cfg(test)]
#[test]
fn only_a_first_name_with_or_without_an_age_is_a_declared_pseudonym() {
    for ok in ["Zoé", "Inès, 19 ans", "Nathan, 9\u{a0}ans", "Jean-Luc, 1 an"] {
        assert!(is_first_name_form(ok), "{ok}");
    }
    for not in ["Jean Dupont", "Mme Lefèvre", "Jean Dupont, 40 ans", "Inès, dix-neuf ans", "M. R.", ""] {
        assert!(!is_first_name_form(not), "{not}");
    }
    assert!(scan_pseudonym("Jean Dupont").iter().any(|f| f.kind == IdentifierKind::Name));
    for ok in ["M. R.", "Mme A.", "Inès, 19 ans", "Zoé"] {
        assert!(scan_pseudonym(ok).is_empty(), "{ok}");
    }
}

/// Whether the text holds anything identifying: cheaper than `scan` when the details are not shown.
pub fn is_clean(text: &str) -> bool {
    text.lines().all(|line| scan_line(&crate::domain::text::display(line)).is_empty())
}

fn scan_line(line: &str) -> Vec<Candidate> {
    // By precedence: where two kinds overlap, the earlier one is kept (a NIR is not also a phone).
    let mut found: Vec<Candidate> = Vec::new();
    let mut add = |kind, start, end| {
        // A name may sit inside a birth date's phrase (« DDN de Mr Hamidi : … »): both are reported.
        let clash = |c: &Candidate| {
            start < c.end && c.start < end && !(c.kind == IdentifierKind::BirthDate && kind == IdentifierKind::Name)
        };
        // Kept sorted by start: the candidates that can overlap this one are just before the
        // first that starts after it (kept spans are disjoint but for names inside a birth date,
        // a few at most), so a long line of names stays linear.
        let at = found.partition_point(|c| c.start < end);
        if !found[at.saturating_sub(NEIGHBOURS)..at].iter().any(clash) {
            found.insert(at, Candidate { kind, start, end });
        }
    };
    // Most of a note is words: the number patterns only run where there is a digit.
    let numbers = line.bytes().any(|b| b.is_ascii_digit());
    for m in NIR.find_iter(line).take_while(|_| numbers) {
        if digits_apart(line, m.start(), m.end()) && nir_is_valid(m.as_str()) {
            add(IdentifierKind::Nir, m.start(), m.end());
        }
    }
    for m in IBAN.find_iter(line).take_while(|_| numbers) {
        if let Some(end) = valid_iban_end(line, m.start(), m.end()) {
            add(IdentifierKind::Iban, m.start(), end);
        }
    }
    for m in EMAIL.find_iter(line).take_while(|_| line.contains('@')) {
        add(IdentifierKind::Email, m.start(), m.end());
    }
    for m in PHONE.find_iter(line).take_while(|_| numbers) {
        if digits_apart(line, m.start(), m.end()) && !preceded_by_word(line, m.start()) && !date_like(m.as_str()) {
            add(IdentifierKind::Phone, m.start(), m.end());
        }
    }
    for m in BIRTH_DATE.find_iter(line).take_while(|_| numbers) {
        add(IdentifierKind::BirthDate, m.start(), m.end());
    }
    for m in STREET.find_iter(line).take_while(|_| numbers) {
        add(IdentifierKind::Address, m.start(), m.end());
    }
    for m in POSTCODE_CITY.find_iter(line).take_while(|_| numbers) {
        // « 12000 Euros », « 15000 Habitants » are figures, not a town.
        let unit = m.as_str().split_whitespace().nth(1).map(str::to_lowercase).unwrap_or_default();
        if !NOT_TOWNS.contains(&unit.as_str()) {
            add(IdentifierKind::Address, m.start(), m.end());
        }
    }
    for m in CIVILITY_NAME.find_iter(line) {
        // « Monsieur Le Maire » is a title, not a surname.
        let words: Vec<&str> = line[m.start()..].split_whitespace().take(3).collect();
        let title = matches!(words.get(1), Some(&("Le" | "La"))) && words.get(2).is_some_and(|w| TITLES.contains(w));
        if !title {
            add(IdentifierKind::Name, m.start(), m.end());
        }
    }
    // Capitalised words after « lycée », « hôpital »… name a place, however much they look like
    // a person (« lycée Victor Hugo »): the run is skipped to its end.
    let mut institution_until = None;
    for m in WORD.find_iter(line) {
        let before = line[..m.start()].trim_end();
        let previous = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("").to_lowercase();
        if INSTITUTIONS.contains(&previous.as_str()) || institution_until == Some(before.len()) {
            institution_until = Some(m.end());
            continue;
        }
        let glued = line[..m.start()].chars().next_back().is_some_and(char::is_alphanumeric);
        if let (false, Some((from, to))) = (glued, first_name_span(m.as_str())) {
            add(IdentifierKind::Name, m.start() + from, m.start() + to);
        }
    }
    found
}

/// `words` appears in `pseudonym` as whole words (« Inès » in « Inès, 19 ans », not in « Inèsa »).
fn holds_words(pseudonym: &str, words: &str) -> bool {
    pseudonym.match_indices(words).any(|(at, _)| {
        let before = pseudonym[..at].chars().next_back();
        let after = pseudonym[at + words.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// How many kept spans before a new one may overlap it: a birth date's phrase with the names in it.
const NEIGHBOURS: usize = 4;

/// Words after a five-digit number that make it a figure rather than a postcode.
const NOT_TOWNS: [&str; 10] =
    ["euros", "eur", "€", "habitants", "personnes", "heures", "km", "mètres", "places", "jours"];
/// Titles after « Monsieur Le », « Madame La ».
const TITLES: [&str; 10] =
    ["Maire", "Président", "Présidente", "Préfet", "Préfète", "Directeur", "Directrice", "Juge", "Procureur", "Député"];
/// Words that start the name of a place named after someone.
const INSTITUTIONS: [&str; 24] = [
    "hôpital",
    "hopital",
    "lycée",
    "lycee",
    "collège",
    "college",
    "école",
    "ecole",
    "institut",
    "centre",
    "clinique",
    "cmp",
    "fondation",
    "maison",
    "foyer",
    "résidence",
    "ehpad",
    "chu",
    "stade",
    "salle",
    "espace",
    "médiathèque",
    "groupe",
    "pôle",
];
/// Elided words before a first name: « D'Inès », « Qu’Hélène ».
const ELIDED: [&str; 9] = ["d", "l", "qu", "jusqu", "lorsqu", "puisqu", "s", "n", "j"];

/// Where a first name of the list lies in a capitalised word, in bytes: after an elided word
/// (« D'Inès », « Qu’Inès »), before a closing quote (« 'Nathalie' »).
fn first_name_span(word: &str) -> Option<(usize, usize)> {
    let trimmed = word.trim_end_matches(['\'', '’']);
    let start = match trimmed.rfind(['\'', '’']) {
        Some(i) if ELIDED.contains(&trimmed[..i].to_lowercase().as_str()) => {
            i + trimmed[i..].chars().next().map_or(1, char::len_utf8)
        }
        Some(_) => return None,
        None => 0,
    };
    let bare = &trimmed[start..];
    (bare.chars().next().is_some_and(char::is_uppercase) && FIRST_NAMES.contains(bare))
        .then_some((start, trimmed.len()))
}

/// The match is a whole number: no digit glued before or after it, and not the decimals of a
/// figure (« 12.05 20 30 40 50 » in a drawing's coordinates).
fn digits_apart(line: &str, start: usize, end: usize) -> bool {
    let mut before = line[..start].chars().rev();
    let mut after = line[end..].chars();
    let digit = |c: Option<char>| c.is_some_and(|c| c.is_ascii_digit());
    let point = |c: Option<char>| matches!(c, Some('.' | ','));
    let (b1, b2) = (before.next(), before.next());
    let (a1, a2) = (after.next(), after.next());
    let glued = digit(b1) || digit(a1);
    let decimals = (point(b1) && digit(b2)) || (point(a1) && digit(a2));
    !glued && !decimals
}

/// Slashes are a phone's separators only when they are all slashes (« 06/45/78/90/12 »); mixed
/// with others they are a date followed by a time (« 01/02/2026 10 »).
fn date_like(phone: &str) -> bool {
    let separators: Vec<char> = phone.chars().filter(|c| !c.is_ascii_digit() && *c != '+').collect();
    let mixed_slashes = separators.contains(&'/') && (separators.len() != 4 || separators.iter().any(|c| *c != '/'));
    // « 05.03.2026 14 »: a day, a month and a year of four digits, then the hour.
    let c: Vec<char> = phone.chars().collect();
    let digits = |range: std::ops::Range<usize>| c.get(range).is_some_and(|s| s.iter().all(char::is_ascii_digit));
    let full_date = c.len() >= 10
        && digits(0..2)
        && matches!(c[2], '.' | '-' | '/')
        && digits(3..5)
        && c[5] == c[2]
        && digits(6..10)
        && matches!((c[6], c[7]), ('1', '9') | ('2', '0'));
    mixed_slashes || full_date
}

/// Glued to a letter (a reference such as « FR0612345678 » or « n°0612… » with a word before).
fn preceded_by_word(line: &str, start: usize) -> bool {
    line[..start].chars().next_back().is_some_and(char::is_alphanumeric)
}

/// The end of the longest valid IBAN starting the match: trailing groups that belong to the next
/// words are dropped until the key is right.
fn valid_iban_end(line: &str, start: usize, end: usize) -> Option<usize> {
    if line[..start].chars().next_back().is_some_and(char::is_alphanumeric) {
        return None;
    }
    let mut end = end;
    loop {
        if iban_is_valid(&line[start..end]) && !line[end..].chars().next().is_some_and(char::is_alphanumeric) {
            return Some(end);
        }
        let cut = line[start..end].rfind(' ')?;
        if cut < 15 {
            return None;
        }
        end = start + cut;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<IdentifierKind> {
        scan(text).into_iter().map(|f| f.kind).collect()
    }

    #[test]
    fn emails() {
        let f = scan("Écrire à sophie.durand@orange.fr avant jeudi.");
        assert_eq!(f.len(), 1);
        assert_eq!(
            (f[0].kind, f[0].column, f[0].excerpt.as_str()),
            (IdentifierKind::Email, 10, "sophie.durand@orange.fr")
        );
        assert!(kinds("Réunion @ 14h au CCAS.").is_empty());
    }

    #[test]
    fn phones_in_their_usual_forms() {
        for text in [
            "06 12 34 56 78",
            "06/45/78/90/12",
            "06.12.34.56.78",
            "06-12-34-56-78",
            "0612345678",
            "+33 6 12 34 56 78",
            "+33612345678",
            "+33 (0)1 45 67 89 10",
        ] {
            assert_eq!(kinds(&format!("Joindre au {text} le matin.")), vec![IdentifierKind::Phone], "{text}");
        }
        for text in [
            "le 12/03/2026",
            "le 01/02/2026 10h",
            "12.03.2026",
            "M 12.05 20 30 40 50",
            "x 06 12 34 56 78.5",
            "dossier n° 2026-0412",
            "1 250,50 €",
            "de 2019 à 2023",
            "code 1.2.1.2",
            "15 000 habitants",
        ] {
            assert!(kinds(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn nir_with_its_key_only() {
        assert_eq!(kinds("NIR : 1 84 12 75 108 234 33."), vec![IdentifierKind::Nir]);
        assert_eq!(kinds("NIR 184127510823433"), vec![IdentifierKind::Nir]);
        assert!(kinds("NIR 1 84 12 75 108 234 34").iter().all(|k| *k != IdentifierKind::Nir), "wrong key");
        let key = 97 - 2_690_519_004_123u64 % 97;
        assert_eq!(kinds(&format!("immatriculée 2 69 05 2A 004 123 {key:02} en Corse")), vec![IdentifierKind::Nir]);
    }

    #[test]
    fn iban_checked_and_trimmed() {
        assert_eq!(kinds("RIB : FR76 3000 6000 0112 3456 7890 189 POUR la CAF"), vec![IdentifierKind::Iban]);
        let f = scan("Virement FR7630006000011234567890189.");
        assert_eq!(f[0].excerpt, "FR7630006000011234567890189");
        assert!(kinds("Réf. FR76 3000 6000 0112 3456 7890 188").is_empty(), "wrong key");
    }

    #[test]
    fn addresses() {
        for text in [
            "12 rue des Lilas",
            "7, av. de la République",
            "3 bis avenue Jean Jaurès",
            "45, boulevard Voltaire",
            "8 impasse du Moulin",
            "75011 Paris",
            "20000 Ajaccio",
            "13005 Marseille",
        ] {
            let found = scan(&format!("Elle habite {text}, au rez-de-chaussée."));
            assert_eq!(found.iter().map(|f| f.kind).collect::<Vec<_>>(), vec![IdentifierKind::Address], "{text}");
            assert_eq!(found[0].excerpt, text);
        }
        for text in [
            "la rue est bruyante",
            "elle a retrouvé le chemin de l'école",
            "une place en EHPAD",
            "2 places en EHPAD",
            "sur la route du marché",
            "en cours de demande",
            "3 fois par semaine",
        ] {
            assert!(kinds(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn birth_dates_not_birth_years() {
        for text in [
            "née le 12/04/1987",
            "né le 3 mars 1952",
            "date de naissance : 01/02/1960",
            "Date de naissance 5 juin 1948",
            "date de naissance de sa mère : 1er mai 1931",
            "né(e) le : 30/01/1990",
        ] {
            assert_eq!(kinds(text), vec![IdentifierKind::BirthDate], "{text}");
        }
        assert!(kinds("né en 1958, 67 ans").is_empty());
        assert!(kinds("rendez-vous le 12/04/2026").is_empty());
    }

    #[test]
    fn names_but_not_pseudonyms() {
        for text in ["Mme Lefèvre", "M. Diallo", "Madame Nguyen", "Monsieur Benali", "M. DUPONT", "Mme Le Gall"] {
            let found = scan(&format!("Appel de {text} ce matin."));
            assert_eq!(found.len(), 1, "{text}");
            assert_eq!((found[0].kind, found[0].excerpt.as_str()), (IdentifierKind::Name, text));
        }
        assert_eq!(kinds("Son fils Kévin passe le soir."), vec![IdentifierKind::Name]);
        assert_eq!(kinds("Son fils Kevin passe le soir."), vec![IdentifierKind::Name]);
        assert_eq!(kinds("DDN de Mr Hamidi : 27/09/1969"), vec![IdentifierKind::BirthDate, IdentifierKind::Name]);
        assert_eq!(scan("Visite chez d'Inès.")[0].excerpt, "Inès");
        for text in [
            "Mme A. a signé.",
            "M. R. et Mme B.-L. sont venus.",
            "Monsieur le Maire",
            "Madame, Monsieur,",
            "Hôpital Saint-Louis",
        ] {
            assert!(kinds(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn forms_found_by_a_second_reading() {
        let cases: [(&str, &[IdentifierKind]); 14] = [
            ("RDV le 05.03.2026 14h30", &[]),
            ("RDV le 05-03-2026 10h", &[]),
            ("Dette de 12000 Euros", &[]),
            ("1 place ESAT libérée, 2 cours FLE par semaine", &[]),
            ("Monsieur Le Maire a signé.", &[]),
            ("Rendez-vous au lycée Victor Hugo puis à l'hôpital Georges Pompidou.", &[]),
            ("Appel de Mme N’Diaye et de M. D'Angelo.", &[IdentifierKind::Name, IdentifierKind::Name]),
            ("MME DUPONT a rappelé.", &[IdentifierKind::Name]),
            ("Elle a dit 'Nathalie' deux fois.", &[IdentifierKind::Name]),
            ("C'est Qu’Inès qui l'a dit.", &[IdentifierKind::Name]),
            ("né à Lyon le 12/03/1952", &[IdentifierKind::BirthDate]),
            ("Naissance : 12/04/1987, née le 12 avr. 1987", &[IdentifierKind::BirthDate, IdentifierKind::BirthDate]),
            ("RIB fr76 3000 6000 0112 3456 7890 189", &[IdentifierKind::Iban]),
            ("NIR 1-84-12-75-108-234-33", &[IdentifierKind::Nir]),
        ];
        for (text, expected) in cases {
            assert_eq!(kinds(text), expected.to_vec(), "{text}");
        }
        assert_eq!(scan("Elle a dit 'Nathalie' deux fois.")[0].excerpt, "Nathalie");
        assert_eq!(scan("C'est Qu’Inès qui l'a dit.")[0].excerpt, "Inès");
    }

    #[test]
    fn declared_pseudonyms_are_not_names() {
        let pseudonyms = vec!["Inès, 19 ans".to_string(), "Mme Lune".to_string()];
        let text = "Inès et Mme Lune ont vu Nathalie et Mme Soleil.";
        let found: Vec<String> = scan_except(text, &pseudonyms).into_iter().map(|f| f.excerpt).collect();
        // Only the first-name form is a declared pseudonym: « Mme Lune » may be a real name, and
        // being a pseudonym does not make it any less one.
        assert_eq!(found, vec!["Mme Lune", "Nathalie", "Mme Soleil"]);
        assert_eq!(scan(text).len(), 4);
    }

    #[test]
    fn positions_count_characters_and_lines() {
        let f = scan("Première ligne.\nÀ côté : élise@exemple.fr");
        assert_eq!((f[0].line, f[0].column), (2, 10));
        assert!(is_clean("Mme A. va mieux.\nObjectif 2 atteint."));
    }
}

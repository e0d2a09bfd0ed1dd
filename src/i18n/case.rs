//! A refused case file in words: which record, which field, why. Each language is one exhaustive
//! `match`, like the rest of `i18n`.

use crate::domain::case_refusal::{CaseLink, CaseRecord, CaseRefusal};
use crate::domain::date::format_fr;
use crate::domain::life_domain::LifeDomain;
use crate::interchange::case::{JsonFault, JsonKind, JsonProblem};

use super::{KeyNames, Lang, colon, domain_label, field_error, quoted};

/// « diagnostic « Santé », révision 2, champ « situation » : 50 000 000 caractères pour 20 000 au
/// plus »: what goes between « Dossier refusé : » and « Rien n’a été importé. ».
///
/// A refusal that points to a finder names the finder's key as `keys` bind it.
pub fn refusal(
    lang: Lang,
    domains: &[LifeDomain],
    record: &CaseRecord,
    why: &CaseRefusal,
    keys: &dyn KeyNames,
) -> String {
    let record = record_name(lang, domains, record);
    let field = |f: &str| match lang {
        Lang::Fr => format!("champ {}", quoted(lang, f)),
        Lang::En => format!("field {}", quoted(lang, f)),
    };
    let c = colon(lang);
    match (lang, why) {
        (Lang::Fr, CaseRefusal::TooLong { field: f, chars, max }) => {
            format!(
                "{record}, {}{c}{} caractères pour {} au plus",
                field(f),
                grouped(lang, *chars),
                grouped(lang, *max)
            )
        }
        (Lang::En, CaseRefusal::TooLong { field: f, chars, max }) => {
            format!(
                "{record}, {}{c}{} characters where {} at most fit",
                field(f),
                grouped(lang, *chars),
                grouped(lang, *max)
            )
        }
        (Lang::Fr, CaseRefusal::DateOutOfRange { field: f, date }) => {
            let (first, last) = (crate::domain::date::YEARS.start(), crate::domain::date::YEARS.end());
            format!("{record}, {}{c}le {} n’est pas entre {first} et {last}", field(f), format_fr(*date))
        }
        (Lang::En, CaseRefusal::DateOutOfRange { field: f, date }) => {
            let (first, last) = (crate::domain::date::YEARS.start(), crate::domain::date::YEARS.end());
            format!("{record}, {}{c}{} is not between {first} and {last}", field(f), format_fr(*date))
        }
        (_, CaseRefusal::Rule(e)) => {
            format!("{record}{c}{}", after_colon(field_error(lang, *e, keys).trim_end_matches('.')))
        }
        (Lang::Fr, CaseRefusal::DoneWithoutDate) => {
            format!("{record}{c}l’action est faite mais le jour où elle l’a été manque ({})", field("done_on"))
        }
        (Lang::En, CaseRefusal::DoneWithoutDate) => {
            format!("{record}{c}the action is done but the day it was done is missing ({})", field("done_on"))
        }
        (Lang::Fr, CaseRefusal::Twice) => format!("{record}{c}il figure deux fois dans le fichier"),
        (Lang::En, CaseRefusal::Twice) => format!("{record}{c}it appears twice in the file"),
        (Lang::Fr, CaseRefusal::Missing(link, id)) => {
            let cited = if *link == CaseLink::Action { "citée" } else { "cité" };
            format!("{record}{c}{} n°\u{a0}{id}, {cited} dans le fichier, n’y figure pas", link_name(lang, *link))
        }
        (Lang::En, CaseRefusal::Missing(link, id)) => {
            format!("{record}{c}the {} {id}, named in the file, is not in it", link_name(lang, *link))
        }
        (Lang::Fr, CaseRefusal::ReplacesUnknown) => {
            format!("{record}{c}il en remplace un autre qui n’est pas dans le fichier (ou qui le remplace lui-même)")
        }
        (Lang::En, CaseRefusal::ReplacesUnknown) => {
            format!("{record}{c}it replaces another that is not in the file (or that replaces it in turn)")
        }
        (Lang::Fr, CaseRefusal::NoDomain) => format!("{record}{c}le domaine de vie manque ({})", field("domain")),
        (Lang::En, CaseRefusal::NoDomain) => format!("{record}{c}the life domain is missing ({})", field("domain")),
        (Lang::Fr, CaseRefusal::RevisionBelowOne) => {
            format!("{record}{c}les révisions se numérotent à partir de 1 ({})", field("revision"))
        }
        (Lang::En, CaseRefusal::RevisionBelowOne) => {
            format!("{record}{c}revisions are numbered from 1 ({})", field("revision"))
        }
        (Lang::Fr, CaseRefusal::NoFreePseudonym) => {
            format!(
                "{record}{c}ce pseudonyme est déjà pris, et ses variantes de «\u{a0}(2)\u{a0}» à «\u{a0}(9999)\u{a0}» aussi"
            )
        }
        (Lang::En, CaseRefusal::NoFreePseudonym) => {
            format!("{record}{c}this pseudonym is taken, and so are its variants “(2)” to “(9999)”")
        }
    }
}

/// A record the database itself refuses (a rule of its own the checks above do not know).
pub fn database_rule(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => "un enregistrement ne respecte pas une règle de cohérence de la base",
        Lang::En => "a record breaks a consistency rule of the database",
    }
}

fn record_name(lang: Lang, domains: &[LifeDomain], record: &CaseRecord) -> String {
    let numbered = |fr: &str, en: &str, id: &i64| match lang {
        Lang::Fr => format!("{fr} n°\u{a0}{id}"),
        Lang::En => format!("{en} {id}"),
    };
    match record {
        CaseRecord::Person => match lang {
            Lang::Fr => "fiche de la personne".into(),
            Lang::En => "the person's card".into(),
        },
        CaseRecord::Entry { domain, revision } => {
            // The domain as the user knows it (« Santé »); a key from a file may be anything: cut short.
            let shown = crate::domain::text::excerpt(&domain_label(lang, domains, domain), 40);
            match lang {
                Lang::Fr => format!("diagnostic {}, révision {revision}", quoted(lang, &shown)),
                Lang::En => format!("diagnosis {}, revision {revision}", quoted(lang, &shown)),
            }
        }
        CaseRecord::Axis(id) => numbered("axe", "axis", id),
        CaseRecord::Objective(id) => numbered("objectif", "objective", id),
        CaseRecord::Action(id) => numbered("action", "action", id),
        CaseRecord::Postponement(id) => numbered("report de l’action", "postponement of action", id),
        CaseRecord::Tie(id) => numbered("lien de l’écocarte", "ecomap tie", id),
        CaseRecord::Partner(id) => numbered("partenaire", "partner", id),
        CaseRecord::Journal(day) => match lang {
            Lang::Fr => format!("entrée du journal du {}", format_fr(*day)),
            Lang::En => format!("journal entry of {}", format_fr(*day)),
        },
        CaseRecord::Evaluation(day) => match lang {
            Lang::Fr => format!("évaluation du {}", format_fr(*day)),
            Lang::En => format!("evaluation of {}", format_fr(*day)),
        },
    }
}

fn link_name(lang: Lang, link: CaseLink) -> &'static str {
    match (lang, link) {
        (Lang::Fr, CaseLink::Axis) => "l’axe",
        (Lang::Fr, CaseLink::Objective) => "l’objectif",
        (Lang::Fr, CaseLink::Action) => "l’action",
        (Lang::Fr, CaseLink::Partner) => "le partenaire",
        (Lang::En, CaseLink::Axis) => "axis",
        (Lang::En, CaseLink::Objective) => "objective",
        (Lang::En, CaseLink::Action) => "action",
        (Lang::En, CaseLink::Partner) => "partner",
    }
}

/// « ligne 1, colonne 103 : un nombre entier est attendu pour « revision » ».
pub fn json_problem(lang: Lang, p: &JsonProblem) -> String {
    let at = match lang {
        Lang::Fr => format!("ligne {}, colonne {}{}", p.line, p.column, colon(lang)),
        Lang::En => format!("line {}, column {}{}", p.line, p.column, colon(lang)),
    };
    let key = p.key.as_deref().map(|k| quoted(lang, &crate::domain::text::excerpt(k, 40)));
    let what = match (lang, p.fault, key) {
        (Lang::Fr, JsonFault::Syntax, _) => {
            "ce n’est pas du JSON à cet endroit (une virgule, un guillemet ou une accolade manque\u{a0}?)".into()
        }
        (Lang::En, JsonFault::Syntax, _) => "this is not JSON here (a comma, a quote or a brace missing?)".into(),
        (Lang::Fr, JsonFault::Truncated, _) => {
            "le fichier s’arrête au milieu d’une valeur (fichier tronqué\u{a0}?)".into()
        }
        (Lang::En, JsonFault::Truncated, _) => "the file stops in the middle of a value (truncated file?)".into(),
        (Lang::Fr, JsonFault::Expected(kind), Some(k)) => format!("{} est attendu pour {k}", kind_name(lang, kind)),
        (Lang::Fr, JsonFault::Expected(kind), None) => format!("{} est attendu ici", kind_name(lang, kind)),
        (Lang::En, JsonFault::Expected(kind), Some(k)) => format!("{} is expected for {k}", kind_name(lang, kind)),
        (Lang::En, JsonFault::Expected(kind), None) => format!("{} is expected here", kind_name(lang, kind)),
        (Lang::Fr, JsonFault::MissingField, Some(k)) => format!("la clé {k} manque"),
        (Lang::Fr, JsonFault::MissingField, None) => "une clé obligatoire manque".into(),
        (Lang::En, JsonFault::MissingField, Some(k)) => format!("the key {k} is missing"),
        (Lang::En, JsonFault::MissingField, None) => "a required key is missing".into(),
        (Lang::Fr, JsonFault::BadValue, Some(k)) => format!("valeur impossible pour {k}"),
        (Lang::Fr, JsonFault::BadValue, None) => "valeur impossible à cet endroit".into(),
        (Lang::En, JsonFault::BadValue, Some(k)) => format!("impossible value for {k}"),
        (Lang::En, JsonFault::BadValue, None) => "impossible value here".into(),
    };
    format!("{at}{what}")
}

fn kind_name(lang: Lang, kind: JsonKind) -> &'static str {
    match (lang, kind) {
        (Lang::Fr, JsonKind::Integer) => "un nombre entier",
        (Lang::Fr, JsonKind::Number) => "un nombre",
        (Lang::Fr, JsonKind::Text) => "un texte entre guillemets",
        (Lang::Fr, JsonKind::Boolean) => "true ou false",
        (Lang::Fr, JsonKind::List) => "une liste",
        (Lang::Fr, JsonKind::Object) => "un objet entre accolades",
        (Lang::En, JsonKind::Integer) => "a whole number",
        (Lang::En, JsonKind::Number) => "a number",
        (Lang::En, JsonKind::Text) => "a text in quotes",
        (Lang::En, JsonKind::Boolean) => "true or false",
        (Lang::En, JsonKind::List) => "a list",
        (Lang::En, JsonKind::Object) => "an object in braces",
    }
}

/// 50000000 as each language writes it: « 50 000 000 » (no-break spaces), “50,000,000”.
pub(crate) fn grouped(lang: Lang, n: usize) -> String {
    let digits = n.to_string();
    let sep = match lang {
        Lang::Fr => '\u{a0}',
        Lang::En => ',',
    };
    let mut out = String::new();
    for (i, d) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(d);
    }
    out
}

/// A form's sentence continued after a colon: its capital lowered, unless it opens an acronym.
fn after_colon(sentence: &str) -> String {
    let mut chars = sentence.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if !second.is_uppercase() => {
            first.to_lowercase().chain(sentence.chars().skip(1)).collect()
        }
        _ => sentence.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_grouped_by_thousands() {
        assert_eq!(grouped(Lang::Fr, 50_000_000), "50\u{a0}000\u{a0}000");
        assert_eq!(grouped(Lang::En, 20_000), "20,000");
        assert_eq!(grouped(Lang::Fr, 999), "999");
    }
}

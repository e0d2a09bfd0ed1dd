//! Where a finding of the anonymity scan lies (« diagnostic « Santé », révision 2, situation »,
//! « entrée du journal du 13 novembre 2026 (appel), résumé »), in French and English.

use chrono::NaiveDate;

use super::evaluation::{evaluation_kind, journal_kind};
use super::{Lang, domain_label, identifier_label, long_date};
use crate::domain::evaluation::EvaluationKind;
use crate::domain::journal::JournalKind;
use crate::privacy::records::Location;

/// One finding of the anonymity scan, as listed under a refused export.
pub fn finding_line(lang: Lang, f: &crate::privacy::Finding) -> String {
    let what = identifier_label(lang, f.kind);
    match lang {
        Lang::Fr => format!("  ligne {}, colonne {} — {what}\u{a0}: «\u{a0}{}\u{a0}»", f.line, f.column, f.excerpt),
        Lang::En => format!("  line {}, column {} — {what}: “{}”", f.line, f.column, f.excerpt),
    }
}

/// A card's warning for one finding, what before where: « Donnée identifiante, téléphone
/// « 06 12 34 56 78 » — diagnostic « Santé », révision 2, situation ».
pub fn identifying_alert(lang: Lang, f: &crate::privacy::records::RecordFinding, place: &str) -> String {
    let kind = identifier_label(lang, f.finding.kind);
    let excerpt = &f.finding.excerpt;
    match lang {
        Lang::Fr => format!("Donnée identifiante, {kind} «\u{a0}{excerpt}\u{a0}» — {place}"),
        Lang::En => format!("Identifying data, {kind} “{excerpt}” — {place}"),
    }
}

/// Where a finding of `check` lies: « diagnostic « Santé », révision 2, situation ».
/// The domain of a diagnosis is named by its label (cut short: a key from a file may be anything).
/// A journal entry or an evaluation is named in the bilan's words.
pub fn record_place(
    lang: Lang,
    domains: &[crate::domain::life_domain::LifeDomain],
    location: &crate::privacy::records::Location,
    field: &str,
) -> String {
    use crate::privacy::records::{Location, Place};
    let place = match location {
        Location::Case(place) => place,
        path => return path_place(lang, path, field),
    };
    let labelled;
    let place = match place {
        Place::Diagnosis { domain, revision } => {
            let shown = crate::domain::text::excerpt(&domain_label(lang, domains, domain), 40);
            labelled = Place::Diagnosis { domain: shown, revision: *revision };
            &labelled
        }
        other => other,
    };
    match lang {
        Lang::Fr => record_place_fr(place, field),
        Lang::En => record_place_en(place, field),
    }
}

/// Where in the path a finding lies: « entrée du journal du 13 novembre 2026 (appel), résumé ».
/// A record of the case file is named by [`crate::i18n::record_place`], which calls this one for
/// the others.
pub fn path_place(lang: Lang, location: &Location, field: &str) -> String {
    let record = match location {
        Location::Case(_) => String::new(),
        Location::Journal { date, kind } => journal_place(lang, long_date(lang, *date), *kind),
        Location::Evaluation { date, kind } => evaluation_place(lang, long_date(lang, *date), *kind),
        Location::Evidence { competency, date } => {
            return evidence_place(lang, *competency, *date, field);
        }
    };
    format!("{record}, {}", field_name(lang, field))
}

fn journal_place(lang: Lang, date: String, kind: JournalKind) -> String {
    let kind = journal_kind(lang, kind);
    match lang {
        Lang::Fr => format!("entrée du journal du {date} ({kind})"),
        Lang::En => format!("journal entry of {date} ({kind})"),
    }
}

fn evaluation_place(lang: Lang, date: String, kind: EvaluationKind) -> String {
    let kind = evaluation_kind(lang, kind);
    match lang {
        Lang::Fr => format!("évaluation du {date} ({kind})"),
        Lang::En => format!("evaluation of {date} ({kind})"),
    }
}

fn field_name(lang: Lang, field: &str) -> String {
    let named = match (lang, field) {
        (Lang::Fr, "summary") => "résumé",
        (Lang::Fr, "participants") => "participants",
        (Lang::Fr, "tools") => "outils",
        (Lang::Fr, "person_view") => "avis de la personne",
        (Lang::Fr, "referent_view") => "avis du référent",
        (Lang::Fr, "decisions") => "décisions",
        (Lang::En, "person_view") => "person’s view",
        (Lang::En, "referent_view") => "case manager’s view",
        (_, other) => other,
    };
    named.to_string()
}

/// Where the scan found something in what a chapter quotes: « preuve C4 du 12 novembre 2026, note
/// réflexive ».
pub fn evidence_place(lang: Lang, competency: u8, date: NaiveDate, field: &str) -> String {
    let day = long_date(lang, date);
    match lang {
        Lang::Fr => {
            let field = match field {
                "note" => "note réflexive",
                "title" => "intitulé cité",
                _ => "extrait cité",
            };
            format!("preuve C{competency} du {day}, {field}")
        }
        Lang::En => {
            let field = match field {
                "note" => "reflective note",
                "title" => "quoted title",
                _ => "quoted excerpt",
            };
            format!("C{competency} evidence of {day}, {field}")
        }
    }
}

fn record_place_fr(place: &crate::privacy::records::Place, field: &str) -> String {
    use crate::privacy::records::Place as P;
    let record = match place {
        P::Card => "fiche".to_string(),
        P::Diagnosis { domain, revision } => format!("diagnostic «\u{a0}{domain}\u{a0}», révision {revision}"),
        P::Axis { title } => format!("axe «\u{a0}{title}\u{a0}»"),
        P::Objective { title } => format!("objectif «\u{a0}{title}\u{a0}»"),
        P::Action { what } => format!("action «\u{a0}{what}\u{a0}»"),
        P::Postponement { number } => format!("report n°\u{a0}{number}"),
        P::Tie { with } => format!("lien de l’écocarte avec «\u{a0}{with}\u{a0}»"),
    };
    let field = match field {
        "pseudonym" => "pseudonyme",
        "referral_source" => "orientée par",
        "consent_scope" => "portée du consentement",
        "person_words" => "paroles de la personne",
        "needs" => "besoins",
        "resources" => "ressources",
        "risks" => "risques",
        "title" => "intitulé",
        "rationale" => "pourquoi",
        "person_view" => "point de vue de la personne",
        "indicator" => "indicateur",
        "expected_result" => "résultat attendu",
        "what" => "quoi",
        "reason" => "motif",
        "role" => "rôle",
        "gas" => "échelle d’atteinte",
        "target" => "interlocuteur",
        "consent" => "consentement",
        other => other,
    };
    format!("{record}, {field}")
}

fn record_place_en(place: &crate::privacy::records::Place, field: &str) -> String {
    use crate::privacy::records::Place as P;
    let record = match place {
        P::Card => "record card".to_string(),
        P::Diagnosis { domain, revision } => format!("diagnosis “{domain}”, revision {revision}"),
        P::Axis { title } => format!("area “{title}”"),
        P::Objective { title } => format!("objective “{title}”"),
        P::Action { what } => format!("action “{what}”"),
        P::Postponement { number } => format!("postponement no. {number}"),
        P::Tie { with } => format!("ecomap tie with “{with}”"),
    };
    format!("{record}, {}", field.replace('_', " "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn path_records_are_named_by_day_and_kind() {
        let date = chrono::NaiveDate::from_ymd_opt(2026, 11, 13).unwrap();
        let call = Location::Journal { date, kind: JournalKind::Call };
        assert_eq!(path_place(Lang::Fr, &call, "summary"), "entrée du journal du 13 novembre 2026 (appel), résumé");
        let review = Location::Evaluation { date, kind: EvaluationKind::Review };
        assert_eq!(
            path_place(Lang::En, &review, "person_view"),
            "evaluation of 13 November 2026 (review), person’s view"
        );
    }

    #[test]
    fn findings_are_placed_by_competency_and_day() {
        let day = NaiveDate::from_ymd_opt(2026, 11, 12).unwrap();
        assert_eq!(evidence_place(Lang::Fr, 4, day, "note"), "preuve C4 du 12 novembre 2026, note réflexive");
        assert_eq!(evidence_place(Lang::En, 7, day, "excerpt"), "C7 evidence of 12 November 2026, quoted excerpt");
    }
}

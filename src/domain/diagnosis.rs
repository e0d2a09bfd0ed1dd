//! The global diagnosis (C2), built with the person domain by domain. Each save is a new revision:
//! what was written before is never overwritten, so the path of the diagnosis can be read back.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::person::PersonId;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Priority {
    #[default]
    None,
    Low,
    Medium,
    High,
}

impl Priority {
    pub const ALL: [Priority; 4] = [Priority::None, Priority::Low, Priority::Medium, Priority::High];

    pub fn code(self) -> &'static str {
        match self {
            Priority::None => "none",
            Priority::Low => "low",
            Priority::Medium => "medium",
            Priority::High => "high",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.code() == code)
    }
}

/// One need identified in a domain, optionally coded in the SERAFIN-PH nomenclature (« 1.3.2.1 »).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Need {
    pub text: String,
    pub serafin_code: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiagnosisEntry {
    /// Row id of this revision (0 before it is saved).
    pub id: i64,
    pub person_id: PersonId,
    /// Key of the life domain (« logement »).
    pub domain: String,
    /// 1 for the first writing, then 2, 3…
    pub revision: i64,
    /// Facts observed.
    pub situation: String,
    /// « Paroles de la personne »: her expectations, in her own words.
    pub person_words: String,
    pub needs: Vec<Need>,
    /// « Ressources, points d'appui ».
    pub resources: String,
    pub risks: String,
    pub priority_person: Priority,
    pub priority_referent: Priority,
    /// Where the information comes from (entretien, visite à domicile, compte rendu…).
    pub source: String,
    pub date: NaiveDate,
    pub co_built: bool,
}

impl DiagnosisEntry {
    pub fn new_draft(person_id: PersonId, domain: &str, today: NaiveDate) -> Self {
        DiagnosisEntry {
            id: 0,
            person_id,
            domain: domain.to_string(),
            revision: 0,
            situation: String::new(),
            person_words: String::new(),
            needs: Vec::new(),
            resources: String::new(),
            risks: String::new(),
            priority_person: Priority::None,
            priority_referent: Priority::None,
            source: String::new(),
            date: today,
            co_built: false,
        }
    }

    /// The same content as `other`, ignoring identity and revision: saving an unchanged form adds no revision.
    pub fn same_content(&self, other: &DiagnosisEntry) -> bool {
        let strip = |e: &DiagnosisEntry| DiagnosisEntry { id: 0, revision: 0, ..e.clone() };
        strip(self) == strip(other)
    }

    pub fn completeness(&self) -> Completeness {
        let parts = [
            !self.situation.trim().is_empty(),
            !self.person_words.trim().is_empty(),
            !self.needs.is_empty(),
            !self.resources.trim().is_empty(),
            !self.risks.trim().is_empty(),
        ];
        let filled = parts.iter().filter(|p| **p).count();
        if filled == parts.len() {
            Completeness::Complete
        } else if filled == 0 {
            Completeness::NotExplored
        } else {
            Completeness::Partial
        }
    }
}

/// How far a domain has been explored: the marker beside it in the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Completeness {
    NotExplored,
    Partial,
    Complete,
}

/// Completeness of a domain given its latest entry, if any.
pub fn domain_completeness(latest: Option<&DiagnosisEntry>) -> Completeness {
    latest.map_or(Completeness::NotExplored, DiagnosisEntry::completeness)
}

/// A rule a diagnosis entry breaks before it can be saved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryProblem {
    /// Nothing written at all: saving would record an empty revision.
    Empty,
    DateInFuture,
    /// A need was coded with a code not in the SERAFIN-PH needs.
    UnknownNeedCode,
    NeedTextEmpty,
}

pub fn validate(entry: &DiagnosisEntry, today: NaiveDate, known_code: impl Fn(&str) -> bool) -> Vec<EntryProblem> {
    let mut problems = Vec::new();
    if entry.completeness() == Completeness::NotExplored {
        problems.push(EntryProblem::Empty);
    }
    if entry.date > today {
        problems.push(EntryProblem::DateInFuture);
    }
    if entry.needs.iter().any(|n| n.serafin_code.as_deref().is_some_and(|c| !known_code(c))) {
        problems.push(EntryProblem::UnknownNeedCode);
    }
    if entry.needs.iter().any(|n| n.text.trim().is_empty()) {
        problems.push(EntryProblem::NeedTextEmpty);
    }
    problems
}

/// A need seen across all domains: the synthesis view.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NeedInSynthesis {
    pub domain: String,
    pub need: Need,
    pub priority_person: Priority,
    pub priority_referent: Priority,
}

/// All needs of the latest entries, the highest priority first (the person's priority before the
/// référent's: the project is hers), then in domain order.
pub fn synthesis(latest: &[DiagnosisEntry], domain_order: &[String]) -> Vec<NeedInSynthesis> {
    let pos = |d: &str| domain_order.iter().position(|k| k == d).unwrap_or(usize::MAX);
    let mut out: Vec<NeedInSynthesis> = latest
        .iter()
        .flat_map(|e| {
            e.needs.iter().map(move |n| NeedInSynthesis {
                domain: e.domain.clone(),
                need: n.clone(),
                priority_person: e.priority_person,
                priority_referent: e.priority_referent,
            })
        })
        .collect();
    out.sort_by(|a, b| {
        b.priority_person
            .cmp(&a.priority_person)
            .then(b.priority_referent.cmp(&a.priority_referent))
            .then(pos(&a.domain).cmp(&pos(&b.domain)))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn entry(domain: &str) -> DiagnosisEntry {
        DiagnosisEntry::new_draft(1, domain, day(20))
    }

    #[test]
    fn completeness_counts_the_five_parts() {
        let mut e = entry("logement");
        assert_eq!(e.completeness(), Completeness::NotExplored);
        e.situation = "Loyer impayé depuis trois mois.".into();
        assert_eq!(e.completeness(), Completeness::Partial);
        e.person_words = "« Je veux rester chez moi. »".into();
        e.needs.push(Need { text: "Maintien dans le logement".into(), serafin_code: Some("1.3.2.1".into()) });
        e.resources = "Sœur présente".into();
        e.risks = "Expulsion".into();
        assert_eq!(e.completeness(), Completeness::Complete);
        assert_eq!(domain_completeness(None), Completeness::NotExplored);
    }

    #[test]
    fn validation_refuses_empty_future_and_unknown_codes() {
        let mut e = entry("sante");
        e.date = day(23);
        e.needs.push(Need { text: "Soins".into(), serafin_code: Some("9.9".into()) });
        let problems = validate(&e, day(22), |c| c == "1.1.10");
        assert_eq!(problems, vec![EntryProblem::DateInFuture, EntryProblem::UnknownNeedCode]);
        e.needs[0].serafin_code = Some("1.1.10".into());
        e.date = day(22);
        assert!(validate(&e, day(22), |c| c == "1.1.10").is_empty());
        assert_eq!(validate(&entry("sante"), day(22), |_| true), vec![EntryProblem::Empty]);
    }

    #[test]
    fn same_content_ignores_revision() {
        let mut a = entry("sante");
        a.situation = "x".into();
        let mut b = a.clone();
        b.id = 7;
        b.revision = 3;
        assert!(a.same_content(&b));
        b.co_built = true;
        assert!(!a.same_content(&b));
    }

    #[test]
    fn synthesis_orders_by_person_priority_then_domain() {
        let order: Vec<String> = ["sante", "logement", "emploi"].iter().map(|s| s.to_string()).collect();
        let mut a = entry("sante");
        a.needs.push(Need { text: "Suivi".into(), serafin_code: None });
        a.priority_person = Priority::Low;
        a.priority_referent = Priority::High;
        let mut b = entry("emploi");
        b.needs.push(Need { text: "Reprise".into(), serafin_code: None });
        b.priority_person = Priority::High;
        let mut c = entry("logement");
        c.needs.push(Need { text: "Maintien".into(), serafin_code: None });
        c.priority_person = Priority::Low;
        let s = synthesis(&[a, b, c], &order);
        let texts: Vec<_> = s.iter().map(|n| n.need.text.as_str()).collect();
        assert_eq!(texts, vec!["Reprise", "Suivi", "Maintien"]);
    }
}

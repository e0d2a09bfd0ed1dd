//! The person accompanied, known only by a pseudonym: no field asks for identity.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

pub type PersonId = i64;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PersonStatus {
    Active,
    Paused,
    Closed,
}

impl PersonStatus {
    pub const ALL: [PersonStatus; 3] = [PersonStatus::Active, PersonStatus::Paused, PersonStatus::Closed];

    /// Stable code stored in the database and in exports.
    pub fn code(self) -> &'static str {
        match self {
            PersonStatus::Active => "active",
            PersonStatus::Paused => "paused",
            PersonStatus::Closed => "closed",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// Age bands for when the birth year is unknown or too identifying.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AgeBand {
    #[serde(rename = "0-5")]
    Under6,
    #[serde(rename = "6-11")]
    From6To11,
    #[serde(rename = "12-17")]
    From12To17,
    #[serde(rename = "18-25")]
    From18To25,
    #[serde(rename = "26-44")]
    From26To44,
    #[serde(rename = "45-59")]
    From45To59,
    #[serde(rename = "60-74")]
    From60To74,
    #[serde(rename = "75+")]
    From75,
}

impl AgeBand {
    pub const ALL: [AgeBand; 8] = [
        AgeBand::Under6,
        AgeBand::From6To11,
        AgeBand::From12To17,
        AgeBand::From18To25,
        AgeBand::From26To44,
        AgeBand::From45To59,
        AgeBand::From60To74,
        AgeBand::From75,
    ];

    /// Code and label at once: « 18-25 » reads the same in French and English.
    pub fn code(self) -> &'static str {
        match self {
            AgeBand::Under6 => "0-5",
            AgeBand::From6To11 => "6-11",
            AgeBand::From12To17 => "12-17",
            AgeBand::From18To25 => "18-25",
            AgeBand::From26To44 => "26-44",
            AgeBand::From45To59 => "45-59",
            AgeBand::From60To74 => "60-74",
            AgeBand::From75 => "75+",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        let code = code.trim().replace(' ', "");
        Self::ALL.into_iter().find(|b| b.code() == code)
    }
}

/// Dispositifs met in the field, offered as suggestions; any other text is accepted.
pub const DISPOSITIF_SUGGESTIONS: [&str; 12] =
    ["PCPE", "DAC", "PAG-MDPH", "ASE", "CCAS", "SAVS", "SAMSAH", "SESSAD", "EMAS", "Communauté 360", "PTA", "CLIC"];

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: PersonId,
    /// « Mme A. », « Léo, 15 ans »: never a full name.
    pub pseudonym: String,
    pub birth_year: Option<i32>,
    pub age_band: Option<AgeBand>,
    /// PCPE, DAC, PAG-MDPH, ASE, CCAS…: the frame in which the référent intervenes.
    pub dispositif: String,
    pub referral_date: Option<NaiveDate>,
    /// Who referred the person (« MDPH », « médecin traitant », « la personne elle-même »).
    pub referral_source: String,
    pub status: PersonStatus,
    /// A training case: lets trainers and trainees keep practice apart from real work.
    pub fictitious: bool,
    /// Date the person was informed and gave consent to the accompaniment and to data sharing.
    pub consent_date: Option<NaiveDate>,
    /// What the consent covers, in the référent's words.
    pub consent_scope: String,
    pub last_contact: Option<NaiveDate>,
    /// Archived persons leave the file active but keep all their history (soft delete).
    pub archived: bool,
}

impl Person {
    /// A blank person for the creation form, referred today.
    pub fn new_draft(today: NaiveDate) -> Self {
        Person {
            id: 0,
            pseudonym: String::new(),
            birth_year: None,
            age_band: None,
            dispositif: String::new(),
            referral_date: Some(today),
            referral_source: String::new(),
            status: PersonStatus::Active,
            fictitious: false,
            consent_date: None,
            consent_scope: String::new(),
            last_contact: None,
            archived: false,
        }
    }

    /// Whether `others` already hold her pseudonym under another id: the rule the store keeps
    /// with its unique key, asked of the rows at hand before anything is written.
    pub fn pseudonym_taken_among<'a>(&self, mut others: impl Iterator<Item = &'a Person>) -> bool {
        let key = pseudonym_key(&self.pseudonym);
        others.any(|o| o.id != self.id && pseudonym_key(&o.pseudonym) == key)
    }

    /// Age in years this year, from the birth year, when known.
    pub fn age(&self, today: NaiveDate) -> Option<i32> {
        self.birth_year.map(|y| today.year() - y)
    }
}

/// A rule a person record breaks; the form shows it beside the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonProblem {
    PseudonymEmpty,
    PseudonymTooLong,
    BirthYearOutOfRange,
    ReferralInFuture,
    ConsentInFuture,
    /// The person agreed to an accompaniment she had not yet been oriented to: a typing slip.
    ConsentBeforeReferral,
    LastContactInFuture,
}

pub const PSEUDONYM_MAX_CHARS: usize = 60;

/// Key under which pseudonyms are unique and looked up: « MME A. » is « Mme A. ». Case only, not
/// accents: the store keeps this key in a unique column, so « Élise » and « Elise » are two
/// persons in every base already written; folding accents too would need those keys rewritten.
pub fn pseudonym_key(pseudonym: &str) -> String {
    crate::domain::text::clean_line(pseudonym).to_lowercase()
}

/// Checks a person before it is saved. Dates in the future are refused: they are typing slips.
pub fn validate(person: &Person, today: NaiveDate) -> Vec<PersonProblem> {
    let mut problems = Vec::new();
    if person.pseudonym.trim().is_empty() {
        problems.push(PersonProblem::PseudonymEmpty);
    } else if person.pseudonym.chars().count() > PSEUDONYM_MAX_CHARS {
        problems.push(PersonProblem::PseudonymTooLong);
    }
    if let Some(y) = person.birth_year
        && (y < 1900 || y > today.year())
    {
        problems.push(PersonProblem::BirthYearOutOfRange);
    }
    if person.referral_date.is_some_and(|d| d > today) {
        problems.push(PersonProblem::ReferralInFuture);
    }
    if person.consent_date.is_some_and(|d| d > today) {
        problems.push(PersonProblem::ConsentInFuture);
    }
    if let (Some(consent), Some(referral)) = (person.consent_date, person.referral_date)
        && consent < referral
    {
        problems.push(PersonProblem::ConsentBeforeReferral);
    }
    if person.last_contact.is_some_and(|d| d > today) {
        problems.push(PersonProblem::LastContactInFuture);
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    #[test]
    fn a_draft_needs_a_pseudonym() {
        let mut p = Person::new_draft(today());
        assert_eq!(validate(&p, today()), vec![PersonProblem::PseudonymEmpty]);
        p.pseudonym = "Mme A.".into();
        assert!(validate(&p, today()).is_empty());
    }

    #[test]
    fn future_dates_and_impossible_years_are_refused() {
        let mut p = Person::new_draft(today());
        p.pseudonym = "M. B.".into();
        p.birth_year = Some(2027);
        p.consent_date = NaiveDate::from_ymd_opt(2026, 12, 1);
        assert_eq!(validate(&p, today()), vec![PersonProblem::BirthYearOutOfRange, PersonProblem::ConsentInFuture]);
        p.birth_year = Some(1899);
        assert!(validate(&p, today()).contains(&PersonProblem::BirthYearOutOfRange));
    }

    #[test]
    fn consent_cannot_come_before_the_referral() {
        let mut p = Person::new_draft(today());
        p.pseudonym = "M. B.".into();
        p.referral_date = NaiveDate::from_ymd_opt(2026, 9, 10);
        p.consent_date = NaiveDate::from_ymd_opt(2026, 9, 9);
        assert_eq!(validate(&p, today()), vec![PersonProblem::ConsentBeforeReferral]);
        p.consent_date = p.referral_date;
        assert!(validate(&p, today()).is_empty(), "agreed on the day of the referral");
        p.referral_date = None;
        p.consent_date = NaiveDate::from_ymd_opt(2026, 9, 9);
        assert!(validate(&p, today()).is_empty(), "no referral date, nothing to compare");
    }

    #[test]
    fn codes_round_trip() {
        for s in PersonStatus::ALL {
            assert_eq!(PersonStatus::from_code(s.code()), Some(s));
        }
        for b in AgeBand::ALL {
            assert_eq!(AgeBand::from_code(b.code()), Some(b));
        }
        assert_eq!(AgeBand::from_code(" 75 + "), Some(AgeBand::From75));
        assert_eq!(AgeBand::from_code("adulte"), None);
    }

    #[test]
    fn age_from_birth_year() {
        let mut p = Person::new_draft(today());
        assert_eq!(p.age(today()), None);
        p.birth_year = Some(2011);
        assert_eq!(p.age(today()), Some(15));
    }
}

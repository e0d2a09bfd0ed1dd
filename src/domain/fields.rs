//! Every text and every date of each record, named by its key in the case file. Each record is
//! destructured whole, without `..`: a field added to a record is a compile error here until it is
//! listed (or said not to be text), and then the anonymity scan and the import's checks, which read
//! these lists, cover it with nothing more to write.

use chrono::NaiveDate;

use super::diagnosis::{DiagnosisEntry, Need};
use super::evaluation::{Evaluation, Rating};
use super::evidence::Evidence;
use super::journal::JournalEntry;
use super::partner::Partner;
use super::person::Person;
use super::plan::{Axis, GasScale, NeedRef, Objective, PlanAction, Postponement};
use super::tie::{ShareConsent, Tie, TieTarget};

/// (key, text): in the order of the keys for the records of the case file, which is the order the
/// scan has always reported them in.
pub type Texts<'a> = Vec<(&'static str, &'a str)>;
/// (key, day).
pub type Dates = Vec<(&'static str, NaiveDate)>;

/// What a record holds that a person typed (texts) and the days it gives. `texts` destructures the
/// record whole: that is where a new field must be classed; `dates` reads the days named there.
pub trait RecordFields {
    fn texts(&self) -> Texts<'_>;
    fn dates(&self) -> Dates;
}

/// The days that are set, with their keys.
fn set(dates: impl IntoIterator<Item = (&'static str, Option<NaiveDate>)>) -> Dates {
    dates.into_iter().filter_map(|(key, d)| d.map(|d| (key, d))).collect()
}

impl RecordFields for Person {
    fn texts(&self) -> Texts<'_> {
        let Person {
            id: _,
            pseudonym,
            birth_year: _,
            age_band: _,
            dispositif,
            referral_date: _,
            referral_source,
            status: _,
            fictitious: _,
            consent_date: _,
            consent_scope,
            last_contact: _,
            archived: _,
        } = self;
        vec![
            ("consent_scope", consent_scope),
            ("dispositif", dispositif),
            ("pseudonym", pseudonym),
            ("referral_source", referral_source),
        ]
    }

    fn dates(&self) -> Dates {
        set([
            ("referral_date", self.referral_date),
            ("consent_date", self.consent_date),
            ("last_contact", self.last_contact),
        ])
    }
}

impl RecordFields for DiagnosisEntry {
    fn texts(&self) -> Texts<'_> {
        let DiagnosisEntry {
            id: _,
            person_id: _,
            domain,
            revision: _,
            situation,
            person_words,
            needs,
            resources,
            risks,
            priority_person: _,
            priority_referent: _,
            source,
            date: _,
            co_built: _,
        } = self;
        let mut texts = vec![("domain", domain.as_str())];
        for Need { text, serafin_code } in needs {
            texts.extend(serafin_code.as_deref().map(|c| ("needs", c)));
            texts.push(("needs", text));
        }
        texts.extend([
            ("person_words", person_words.as_str()),
            ("resources", resources),
            ("risks", risks),
            ("situation", situation),
            ("source", source),
        ]);
        texts
    }

    fn dates(&self) -> Dates {
        vec![("date", self.date)]
    }
}

fn need_refs(needs: &[NeedRef]) -> impl Iterator<Item = (&'static str, &str)> {
    needs.iter().flat_map(|NeedRef { domain, text }| [("needs", domain.as_str()), ("needs", text)])
}

impl RecordFields for Axis {
    fn texts(&self) -> Texts<'_> {
        let Axis {
            id: _,
            person_id: _,
            position: _,
            title,
            rationale,
            needs,
            participation,
            person_view,
            created_on: _,
            archived: _,
        } = self;
        let mut texts: Texts = need_refs(needs).collect();
        texts.extend([
            ("participation", participation.as_str()),
            ("person_view", person_view),
            ("rationale", rationale),
            ("title", title),
        ]);
        texts
    }

    fn dates(&self) -> Dates {
        vec![("created_on", self.created_on)]
    }
}

impl RecordFields for Objective {
    fn texts(&self) -> Texts<'_> {
        let Objective {
            id: _,
            axis_id: _,
            position: _,
            title,
            indicator,
            expected_result,
            deadline: _,
            status: _,
            gas,
            person_view,
            needs,
            replaces: _,
            created_on: _,
            archived: _,
        } = self;
        let GasScale { levels, baseline: _, importance: _, difficulty: _ } = gas;
        let mut texts = vec![("expected_result", expected_result.as_str())];
        texts.extend(levels.iter().map(|l| ("gas", l.as_str())));
        texts.push(("indicator", indicator));
        texts.extend(need_refs(needs));
        texts.extend([("person_view", person_view.as_str()), ("title", title)]);
        texts
    }

    fn dates(&self) -> Dates {
        let mut dates = vec![("created_on", self.created_on)];
        dates.extend(set([("deadline", self.deadline)]));
        dates
    }
}

impl RecordFields for PlanAction {
    fn texts(&self) -> Texts<'_> {
        let PlanAction {
            id: _,
            objective_id: _,
            position: _,
            what,
            carrier: _,
            start: _,
            due: _,
            done_on: _,
            status: _,
            serafin_service,
            archived: _,
        } = self;
        let mut texts: Texts = serafin_service.as_deref().map(|s| ("serafin_service", s)).into_iter().collect();
        texts.push(("what", what));
        texts
    }

    fn dates(&self) -> Dates {
        set([("start", self.start), ("due", self.due), ("done_on", self.done_on)])
    }
}

impl RecordFields for Postponement {
    fn texts(&self) -> Texts<'_> {
        let Postponement { action_id: _, on: _, from: _, to: _, reason } = self;
        vec![("reason", reason)]
    }

    fn dates(&self) -> Dates {
        let mut dates = vec![("on", self.on), ("to", self.to)];
        dates.extend(set([("from", self.from)]));
        dates
    }
}

impl RecordFields for Tie {
    fn texts(&self) -> Texts<'_> {
        let Tie {
            id: _,
            person_id: _,
            target,
            role,
            strength: _,
            valence: _,
            flow: _,
            since: _,
            until: _,
            replaces: _,
            consent,
            notes,
        } = self;
        let mut texts: Texts =
            consent.iter().map(|ShareConsent { date: _, scope, basis: _ }| ("consent", scope.as_str())).collect();
        texts.extend([("notes", notes.as_str()), ("role", role)]);
        match target {
            TieTarget::Partner(_) => {}
            TieTarget::Informal { kind: _, label } => texts.push(("target", label)),
        }
        texts
    }

    fn dates(&self) -> Dates {
        let mut dates = vec![("since", self.since)];
        dates.extend(set([("until", self.until)]));
        dates.extend(self.consent.as_ref().map(|c| ("consent", c.date)));
        dates
    }
}

impl RecordFields for JournalEntry {
    fn texts(&self) -> Texts<'_> {
        let JournalEntry { id: _, person_id: _, kind: _, date: _, time: _, summary, partners: _, sensitive: _ } = self;
        vec![("summary", summary)]
    }

    fn dates(&self) -> Dates {
        vec![("date", self.date)]
    }
}

impl RecordFields for Evaluation {
    /// In the order of the form, which is the order the scan of the path has always used.
    fn texts(&self) -> Texts<'_> {
        let Evaluation {
            id: _,
            person_id: _,
            date: _,
            kind: _,
            participants,
            tools,
            person_view,
            referent_view,
            decisions,
            next_date: _,
            goals: _,
            ratings,
            t_score: _,
            rho: _,
        } = self;
        let mut texts = vec![
            ("participants", participants.as_str()),
            ("tools", tools),
            ("person_view", person_view),
            ("referent_view", referent_view),
            ("decisions", decisions),
        ];
        texts.extend(ratings.iter().map(|Rating { domain, person: _, referent: _ }| ("ratings", domain.as_str())));
        texts
    }

    fn dates(&self) -> Dates {
        let mut dates = vec![("date", self.date)];
        dates.extend(set([("next_date", self.next_date)]));
        dates
    }
}

impl RecordFields for Partner {
    fn texts(&self) -> Texts<'_> {
        let Partner { id: _, name, sector: _, expertise, territory, contact, notes, archived: _ } = self;
        vec![("name", name), ("expertise", expertise), ("territory", territory), ("contact", contact), ("notes", notes)]
    }

    fn dates(&self) -> Dates {
        Vec::new()
    }
}

impl RecordFields for Evidence {
    fn texts(&self) -> Texts<'_> {
        let Evidence { id: _, person_id: _, record: _, competency: _, note, date: _ } = self;
        vec![("note", note)]
    }

    fn dates(&self) -> Dates {
        vec![("date", self.date)]
    }
}

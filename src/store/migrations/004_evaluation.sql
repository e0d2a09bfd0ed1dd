-- Schema 4: the journal of the path and the evaluations with the person (C5). Journal entries and
-- evaluations are corrected in place (a typo, a forgotten partner) but never deleted: they are
-- the history the evaluations and the bilan are written from.
-- Dates are ISO text (yyyy-mm-dd), times hh:mm, timestamps ISO UTC.

CREATE TABLE journal_entry (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id),
    kind TEXT NOT NULL CHECK (kind IN ('appointment', 'home-visit', 'call', 'concertation', 'letter',
        'hospitalisation', 'rupture', 'transmission')),
    day TEXT NOT NULL,
    time TEXT,
    summary TEXT NOT NULL CHECK (length(trim(summary)) > 0),
    -- Health details, a family conflict: left out of exports unless asked for.
    sensitive INTEGER NOT NULL DEFAULT 0 CHECK (sensitive IN (0, 1)),
    created_at TEXT NOT NULL
);

CREATE INDEX journal_by_person ON journal_entry (person_id, day);

-- Partners of the territory involved in an entry, in the order given.
CREATE TABLE journal_partner (
    journal_id INTEGER NOT NULL REFERENCES journal_entry (id),
    partner_id INTEGER NOT NULL REFERENCES partner (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (journal_id, partner_id)
);

CREATE TRIGGER journal_never_deleted BEFORE DELETE ON journal_entry
BEGIN
    SELECT RAISE(ABORT, 'journal entries are never deleted');
END;

CREATE TABLE evaluation (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id),
    day TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('checkpoint', 'review', 'synthesis')),
    participants TEXT NOT NULL DEFAULT '',
    tools TEXT NOT NULL DEFAULT '',
    person_view TEXT NOT NULL DEFAULT '',
    referent_view TEXT NOT NULL DEFAULT '',
    decisions TEXT NOT NULL DEFAULT '',
    next_day TEXT,
    -- The GAS T-score of the goals and the ρ it was computed with; NULL without goals.
    t_score REAL,
    rho REAL NOT NULL DEFAULT 0.3 CHECK (rho >= 0 AND rho < 1),
    created_at TEXT NOT NULL,
    CHECK (next_day IS NULL OR next_day >= day)
);

CREATE INDEX evaluation_by_person ON evaluation (person_id, day);

CREATE TABLE evaluation_goal (
    evaluation_id INTEGER NOT NULL REFERENCES evaluation (id),
    objective_id INTEGER NOT NULL REFERENCES objective (id),
    level INTEGER NOT NULL CHECK (level BETWEEN -2 AND 2),
    weight REAL NOT NULL CHECK (weight >= 0),
    decision TEXT NOT NULL DEFAULT 'keep' CHECK (decision IN ('keep', 'readjust', 'achieved',
        'partially-achieved', 'not-achieved', 'abandoned')),
    PRIMARY KEY (evaluation_id, objective_id)
);

CREATE TABLE evaluation_rating (
    evaluation_id INTEGER NOT NULL REFERENCES evaluation (id),
    domain TEXT NOT NULL,
    self_rating INTEGER CHECK (self_rating BETWEEN 1 AND 10),
    referent_rating INTEGER CHECK (referent_rating BETWEEN 1 AND 10),
    PRIMARY KEY (evaluation_id, domain)
);

CREATE TRIGGER evaluation_never_deleted BEFORE DELETE ON evaluation
BEGIN
    SELECT RAISE(ABORT, 'evaluations are never deleted');
END;

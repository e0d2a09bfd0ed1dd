-- Schema 5: evidence for the certification's competencies (DPP). A record of the daily work (a
-- diagnosis revision, an axis, an objective, an action, a tie, a journal entry, an evaluation) or
-- a free note, tagged with one competency C1–C8 and a reflective note. A tag can be removed: it is
-- the référent's reading of her work, not the work itself (the removal is in the audit log).

CREATE TABLE evidence (
    id INTEGER PRIMARY KEY,
    -- NULL for free evidence about her practice rather than a person (her mission, her watch).
    person_id INTEGER REFERENCES person (id),
    record_kind TEXT NOT NULL CHECK (record_kind IN ('entry', 'axis', 'objective', 'action', 'tie', 'journal',
        'evaluation', 'free')),
    -- NULL for free evidence only.
    record_id INTEGER,
    competency INTEGER NOT NULL CHECK (competency BETWEEN 1 AND 8),
    note TEXT NOT NULL DEFAULT '',
    day TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CHECK ((record_kind = 'free') = (record_id IS NULL)),
    CHECK (record_kind = 'free' OR person_id IS NOT NULL),
    CHECK (record_kind <> 'free' OR length(trim(note)) > 0)
);

-- A record is evidence of a competency once.
CREATE UNIQUE INDEX evidence_once ON evidence (record_kind, record_id, competency) WHERE record_id IS NOT NULL;
CREATE INDEX evidence_by_person ON evidence (person_id);

-- Schema 3: the person's network, drawn as her ecomap (C6). A tie links the person to a partner of
-- the territory or to an informal support. Ties are never deleted and their drawing is never
-- rewritten: ending one sets `until`, a change of strength, valence, flow or target ends it and
-- inserts the tie that replaces it, so the ecomap of any past day can be rebuilt.
-- Dates are ISO text (yyyy-mm-dd), timestamps ISO UTC.

CREATE TABLE tie (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id),
    partner_id INTEGER REFERENCES partner (id),
    informal_kind TEXT CHECK (informal_kind IN ('family', 'friends', 'neighbours', 'peers', 'school', 'work',
        'other')),
    -- « sa sœur », « les voisins du palier »: a few words, never a name. Empty for a partner.
    informal_label TEXT NOT NULL DEFAULT '',
    -- Role in the project (« aide aux démarches », « soutien moral »).
    role TEXT NOT NULL DEFAULT '',
    strength TEXT NOT NULL DEFAULT 'normal' CHECK (strength IN ('strong', 'moderate', 'normal', 'weak')),
    valence TEXT NOT NULL DEFAULT 'neutral' CHECK (valence IN ('neutral', 'stressful', 'conflictual', 'broken')),
    flow TEXT NOT NULL DEFAULT 'mutual' CHECK (flow IN ('none', 'to-person', 'from-person', 'mutual')),
    since TEXT NOT NULL,
    -- The day the tie ended: it is not on the ecomap from that day on.
    until TEXT,
    -- The tie this one continues after a change of its drawing (that one has ended).
    replaces INTEGER REFERENCES tie (id),
    -- Consent to share information with the partner: date, scope, legal basis; all or nothing.
    consent_date TEXT,
    consent_scope TEXT NOT NULL DEFAULT '',
    consent_basis TEXT CHECK (consent_basis IN ('same-care-team', 'person-consent', 'child-protection')),
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    -- Exactly one target: a partner, or an informal support with its few words.
    CHECK ((partner_id IS NULL) <> (informal_kind IS NULL)),
    CHECK (informal_kind IS NULL OR length(trim(informal_label)) > 0),
    CHECK ((consent_date IS NULL) = (consent_basis IS NULL)),
    CHECK (consent_date IS NULL OR partner_id IS NOT NULL),
    CHECK (until IS NULL OR until >= since)
);

-- A person's ties (the ecomap, the facts of the file active), and whether one goes to a partner.
CREATE INDEX tie_by_person ON tie (person_id, partner_id);
-- The persons a partner is involved with (the directory).
CREATE INDEX tie_by_partner ON tie (partner_id) WHERE partner_id IS NOT NULL;

CREATE TRIGGER tie_never_deleted BEFORE DELETE ON tie
BEGIN
    SELECT RAISE(ABORT, 'ties are never deleted');
END;

-- What was drawn stays drawn: a change is a new tie.
CREATE TRIGGER tie_drawing_never_rewritten
BEFORE UPDATE OF person_id, partner_id, informal_kind, informal_label, strength, valence, flow, since, replaces ON tie
BEGIN
    SELECT RAISE(ABORT, 'the drawing of a tie is never rewritten');
END;

-- An ended tie is history: nothing of it changes any more.
CREATE TRIGGER tie_ended_never_rewritten BEFORE UPDATE ON tie WHEN OLD.until IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'an ended tie is never rewritten');
END;

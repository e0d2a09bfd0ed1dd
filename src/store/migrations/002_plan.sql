-- Schema 2: the personalised plan (axes → objectives → actions, with postponements) and the
-- partners of the territory who carry actions. Dates are ISO text (yyyy-mm-dd), timestamps ISO UTC.

CREATE TABLE partner (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    -- Lowercased name, computed in Rust like person.pseudonym_key (NOCASE would fold ASCII only).
    name_key TEXT NOT NULL UNIQUE,
    sector TEXT NOT NULL DEFAULT 'autre' CHECK (sector IN ('sanitaire', 'medico-social', 'social', 'scolaire',
        'logement', 'emploi-insertion', 'justice', 'droit-commun', 'associatif', 'autre')),
    expertise TEXT NOT NULL DEFAULT '',
    territory TEXT NOT NULL DEFAULT '',
    contact TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE axis (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id),
    position INTEGER NOT NULL,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    rationale TEXT NOT NULL DEFAULT '',
    participation TEXT NOT NULL DEFAULT '',
    person_view TEXT NOT NULL DEFAULT '',
    created_on TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

CREATE INDEX axis_by_person ON axis (person_id, position);

-- Needs of the diagnosis an axis answers, by domain key and need text; rewritten with the axis.
CREATE TABLE axis_need (
    id INTEGER PRIMARY KEY,
    axis_id INTEGER NOT NULL REFERENCES axis (id),
    domain TEXT NOT NULL,
    text TEXT NOT NULL
);

CREATE INDEX axis_need_by_axis ON axis_need (axis_id);

CREATE TABLE objective (
    id INTEGER PRIMARY KEY,
    axis_id INTEGER NOT NULL REFERENCES axis (id),
    position INTEGER NOT NULL,
    title TEXT NOT NULL CHECK (length(trim(title)) > 0),
    indicator TEXT NOT NULL DEFAULT '',
    expected_result TEXT NOT NULL DEFAULT '',
    deadline TEXT,
    status TEXT NOT NULL DEFAULT 'upcoming' CHECK (status IN ('upcoming', 'in-progress', 'achieved',
        'partially-achieved', 'not-achieved', 'abandoned', 'readjusted')),
    gas_minus2 TEXT NOT NULL DEFAULT '',
    gas_minus1 TEXT NOT NULL DEFAULT '',
    gas_zero TEXT NOT NULL DEFAULT '',
    gas_plus1 TEXT NOT NULL DEFAULT '',
    gas_plus2 TEXT NOT NULL DEFAULT '',
    gas_baseline INTEGER NOT NULL DEFAULT -1 CHECK (gas_baseline IN (-2, -1)),
    gas_importance INTEGER NOT NULL DEFAULT 1 CHECK (gas_importance BETWEEN 0 AND 3),
    gas_difficulty INTEGER NOT NULL DEFAULT 1 CHECK (gas_difficulty BETWEEN 0 AND 3),
    person_view TEXT NOT NULL DEFAULT '',
    -- The objective this one readjusts (that one keeps its history, status 'readjusted').
    replaces INTEGER REFERENCES objective (id),
    created_on TEXT NOT NULL,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

CREATE INDEX objective_by_axis ON objective (axis_id, position);
-- Open deadlines only: by date for the échéancier, by axis for the file active's next deadline.
CREATE INDEX objective_open_by_deadline ON objective (deadline)
    WHERE status IN ('upcoming', 'in-progress') AND archived = 0 AND deadline IS NOT NULL;
CREATE INDEX objective_open_by_axis ON objective (axis_id, deadline)
    WHERE status IN ('upcoming', 'in-progress') AND archived = 0 AND deadline IS NOT NULL;

CREATE TABLE objective_need (
    id INTEGER PRIMARY KEY,
    objective_id INTEGER NOT NULL REFERENCES objective (id),
    domain TEXT NOT NULL,
    text TEXT NOT NULL
);

CREATE INDEX objective_need_by_objective ON objective_need (objective_id);

CREATE TABLE action (
    id INTEGER PRIMARY KEY,
    objective_id INTEGER NOT NULL REFERENCES objective (id),
    position INTEGER NOT NULL,
    what TEXT NOT NULL CHECK (length(trim(what)) > 0),
    carrier_kind TEXT NOT NULL CHECK (carrier_kind IN ('person', 'referent', 'partner')),
    partner_id INTEGER REFERENCES partner (id),
    start TEXT,
    due TEXT,
    done_on TEXT,
    status TEXT NOT NULL DEFAULT 'todo' CHECK (status IN ('todo', 'in-progress', 'done', 'cancelled')),
    serafin_service TEXT,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    CHECK ((carrier_kind = 'partner') = (partner_id IS NOT NULL))
);

CREATE INDEX action_by_objective ON action (objective_id, position);
CREATE INDEX action_by_partner ON action (partner_id) WHERE partner_id IS NOT NULL;
-- Open actions only: by due date for the échéancier, by objective for the file active.
CREATE INDEX action_open_by_due ON action (due)
    WHERE status IN ('todo', 'in-progress') AND archived = 0 AND due IS NOT NULL;
CREATE INDEX action_open_by_objective ON action (objective_id, due)
    WHERE status IN ('todo', 'in-progress') AND archived = 0 AND due IS NOT NULL;

-- The journal of an action's postponements: written once, never rewritten.
CREATE TABLE action_postponement (
    id INTEGER PRIMARY KEY,
    action_id INTEGER NOT NULL REFERENCES action (id),
    on_date TEXT NOT NULL,
    from_date TEXT,
    to_date TEXT NOT NULL,
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    created_at TEXT NOT NULL
);

CREATE INDEX action_postponement_by_action ON action_postponement (action_id, on_date);

CREATE TRIGGER action_postponement_never_updated BEFORE UPDATE ON action_postponement
BEGIN
    SELECT RAISE(ABORT, 'postponements are never rewritten');
END;

CREATE TRIGGER action_postponement_never_deleted BEFORE DELETE ON action_postponement
BEGIN
    SELECT RAISE(ABORT, 'postponements are never deleted');
END;

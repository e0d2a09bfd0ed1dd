-- Schema 1: persons, the diagnosis with its revisions, the audit log and the search index.
-- Dates are ISO text (yyyy-mm-dd), timestamps ISO UTC (yyyy-mm-ddThh:mm:ssZ).

CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    pseudonym TEXT NOT NULL CHECK (length(trim(pseudonym)) > 0),
    -- Lowercased pseudonym, computed in Rust: SQLite's NOCASE folds ASCII only, « É » would escape it.
    pseudonym_key TEXT NOT NULL UNIQUE,
    birth_year INTEGER,
    age_band TEXT,
    dispositif TEXT NOT NULL DEFAULT '',
    referral_date TEXT,
    referral_source TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'paused', 'closed')),
    fictitious INTEGER NOT NULL DEFAULT 0 CHECK (fictitious IN (0, 1)),
    consent_date TEXT,
    consent_scope TEXT NOT NULL DEFAULT '',
    last_contact TEXT,
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- One row per revision: a revision is written once and never rewritten.
CREATE TABLE diagnosis_entry (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id),
    domain TEXT NOT NULL CHECK (length(domain) > 0),
    revision INTEGER NOT NULL CHECK (revision >= 1),
    situation TEXT NOT NULL DEFAULT '',
    person_words TEXT NOT NULL DEFAULT '',
    resources TEXT NOT NULL DEFAULT '',
    risks TEXT NOT NULL DEFAULT '',
    priority_person TEXT NOT NULL DEFAULT 'none' CHECK (priority_person IN ('none', 'low', 'medium', 'high')),
    priority_referent TEXT NOT NULL DEFAULT 'none' CHECK (priority_referent IN ('none', 'low', 'medium', 'high')),
    source TEXT NOT NULL DEFAULT '',
    date TEXT NOT NULL,
    co_built INTEGER NOT NULL DEFAULT 0 CHECK (co_built IN (0, 1)),
    -- Whether anything was written (domain::diagnosis::Completeness != NotExplored), computed once in Rust:
    -- the rows never change, and the file active counts explored domains without reading every text.
    explored INTEGER NOT NULL DEFAULT 0 CHECK (explored IN (0, 1)),
    created_at TEXT NOT NULL,
    UNIQUE (person_id, domain, revision)
);

CREATE TABLE diagnosis_need (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES diagnosis_entry (id),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    serafin_code TEXT,
    UNIQUE (entry_id, position)
);

CREATE TRIGGER diagnosis_entry_never_updated BEFORE UPDATE ON diagnosis_entry
BEGIN
    SELECT RAISE(ABORT, 'diagnosis revisions are never rewritten');
END;

CREATE TRIGGER diagnosis_entry_never_deleted BEFORE DELETE ON diagnosis_entry
BEGIN
    SELECT RAISE(ABORT, 'diagnosis revisions are never deleted');
END;

CREATE TRIGGER diagnosis_need_never_updated BEFORE UPDATE ON diagnosis_need
BEGIN
    SELECT RAISE(ABORT, 'needs of a revision are never rewritten');
END;

CREATE TRIGGER diagnosis_need_never_deleted BEFORE DELETE ON diagnosis_need
BEGIN
    SELECT RAISE(ABORT, 'needs of a revision are never deleted');
END;

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    table_name TEXT NOT NULL,
    row_id INTEGER NOT NULL,
    action TEXT NOT NULL,
    at TEXT NOT NULL
);

CREATE TRIGGER audit_log_never_updated BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_never_deleted BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- One document per person (rowid = -person.id) and one per domain's LATEST revision
-- (rowid = diagnosis_entry.id), kept in step by the store in the transaction of each write.
-- remove_diacritics 2: « sante » finds « Santé », as people type in a hurry.
CREATE VIRTUAL TABLE search_index USING fts5 (
    pseudonym,
    dispositif,
    referral_source,
    situation,
    person_words,
    needs,
    resources,
    risks,
    tokenize = 'unicode61 remove_diacritics 2'
);

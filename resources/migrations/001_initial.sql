-- CX Desk schema version 1. Documented in docs/database.md; columns named in
-- the contract keep their meaning forever. Statements end with ';' at line end.
PRAGMA application_id = 1129858131;

CREATE TABLE channels (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
INSERT INTO channels (name) VALUES
    ('Web'), ('Mobile app'), ('Store'), ('Call center'), ('IVR'),
    ('Social media'), ('Email'), ('Self-service'), ('In person');

CREATE TABLE customers (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    external_id      TEXT UNIQUE,
    name             TEXT NOT NULL,
    email            TEXT,
    phone            TEXT,
    segment          TEXT,
    first_contact_on TEXT,
    converted_on     TEXT,
    churned_on       TEXT,
    notes            TEXT
);
CREATE INDEX customers_segment ON customers (segment);
-- Each customer metric counts one index range; the extra columns cover it.
CREATE INDEX customers_first_contact_on ON customers (first_contact_on, converted_on, segment);
CREATE INDEX customers_converted_on ON customers (converted_on, churned_on, segment);
CREATE INDEX customers_churned_on ON customers (churned_on, converted_on, segment);
-- The customer list, sorted by name and searched as you type, reads only this index.
CREATE INDEX customers_list ON customers
    (name COLLATE NOCASE, email, phone, external_id, segment, first_contact_on, converted_on, churned_on);

CREATE TABLE journeys (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    persona     TEXT,
    description TEXT
);

CREATE TABLE stages (
    id              INTEGER PRIMARY KEY,
    journey_id      INTEGER NOT NULL REFERENCES journeys (id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    position        INTEGER NOT NULL DEFAULT 0,
    lifecycle_phase TEXT
);
CREATE INDEX stages_journey ON stages (journey_id, position);

CREATE TABLE touchpoints (
    id         INTEGER PRIMARY KEY,
    stage_id   INTEGER NOT NULL REFERENCES stages (id) ON DELETE CASCADE,
    channel_id INTEGER REFERENCES channels (id),
    name       TEXT NOT NULL,
    position   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX touchpoints_stage ON touchpoints (stage_id, position);
CREATE INDEX touchpoints_channel ON touchpoints (channel_id);
CREATE INDEX touchpoints_name ON touchpoints (name COLLATE NOCASE);

CREATE TABLE interactions (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    customer_id     INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    touchpoint_id   INTEGER REFERENCES touchpoints (id) ON DELETE SET NULL,
    channel_id      INTEGER REFERENCES channels (id),
    occurred_at     TEXT NOT NULL,
    kind            TEXT,
    outcome         TEXT,
    staff_rating    INTEGER CHECK (staff_rating BETWEEN 1 AND 5),
    customer_rating INTEGER CHECK (customer_rating BETWEEN 1 AND 5),
    resolved_at     TEXT,
    notes           TEXT,
    -- Hours from occurred_at to resolved_at, kept by SQLite itself so the
    -- metrics sum a number instead of parsing two timestamps per row. SQLite
    -- holds julian days as whole milliseconds; rounding the difference to
    -- milliseconds makes 2.5 hours exactly 2.5 rather than 2.4999999963.
    resolution_hours REAL GENERATED ALWAYS AS
        (round((julianday(resolved_at) - julianday(occurred_at)) * 86400000.0) / 3600000.0) STORED
);
CREATE INDEX interactions_occurred_at ON interactions (occurred_at);
CREATE INDEX interactions_customer ON interactions (customer_id, occurred_at);
CREATE INDEX interactions_touchpoint ON interactions (touchpoint_id, occurred_at);
CREATE INDEX interactions_channel ON interactions (channel_id, occurred_at);

CREATE TABLE surveys (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    title         TEXT NOT NULL,
    touchpoint_id INTEGER REFERENCES touchpoints (id) ON DELETE SET NULL,
    status        TEXT NOT NULL DEFAULT 'draft',
    description   TEXT,
    language      TEXT,
    thank_you     TEXT
);

CREATE TABLE questions (
    id        INTEGER PRIMARY KEY,
    survey_id INTEGER NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL DEFAULT 0,
    code      TEXT NOT NULL,
    kind      TEXT NOT NULL,
    text      TEXT NOT NULL,
    required  INTEGER NOT NULL DEFAULT 0,
    options   TEXT,
    label_min TEXT,
    label_max TEXT,
    show_if   TEXT,
    UNIQUE (survey_id, code)
);
CREATE INDEX questions_kind ON questions (kind);

CREATE TABLE responses (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    survey_id     INTEGER NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    customer_id   INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    channel_id    INTEGER REFERENCES channels (id),
    touchpoint_id INTEGER REFERENCES touchpoints (id) ON DELETE SET NULL,
    submitted_at  TEXT NOT NULL,
    source        TEXT NOT NULL DEFAULT 'manual'
);
CREATE INDEX responses_submitted_at ON responses (submitted_at);
CREATE INDEX responses_survey ON responses (survey_id, submitted_at);
CREATE INDEX responses_customer ON responses (customer_id, submitted_at);
CREATE INDEX responses_channel ON responses (channel_id, submitted_at);
CREATE INDEX responses_touchpoint ON responses (touchpoint_id, submitted_at);

CREATE TABLE answers (
    response_id INTEGER NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
    value_num   REAL,
    value_text  TEXT,
    PRIMARY KEY (response_id, question_id)
) WITHOUT ROWID;
CREATE INDEX answers_question ON answers (question_id);

CREATE TABLE actions (
    id             INTEGER PRIMARY KEY,
    customer_id    INTEGER REFERENCES customers (id) ON DELETE SET NULL,
    response_id    INTEGER REFERENCES responses (id) ON DELETE SET NULL,
    interaction_id INTEGER REFERENCES interactions (id) ON DELETE SET NULL,
    title          TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done')),
    due_on         TEXT,
    created_at     TEXT NOT NULL,
    closed_at      TEXT,
    resolution     TEXT
);
CREATE INDEX actions_status_due ON actions (status, due_on);
CREATE INDEX actions_customer ON actions (customer_id);
CREATE INDEX actions_response ON actions (response_id);
CREATE INDEX actions_interaction ON actions (interaction_id);

-- Settings of the business (not of one user): follow_up_days, business_name.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT
);
INSERT INTO settings (key, value) VALUES ('follow_up_days', '3');

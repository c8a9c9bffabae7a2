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

-- Daily sums behind the dashboard, kept exact by the triggers below so any
-- period is a sum over at most a few thousand rows. Every sum is an integer
-- (durations in milliseconds), so adding and taking away never drifts.
-- Reports read the raw tables; these are for speed only.
CREATE TABLE daily_answers (
    day           TEXT NOT NULL,
    survey_id     INTEGER NOT NULL,
    channel_id    INTEGER NOT NULL,
    touchpoint_id INTEGER NOT NULL,
    kind          TEXT NOT NULL,
    value         REAL NOT NULL,
    n             INTEGER NOT NULL,
    PRIMARY KEY (day, survey_id, channel_id, touchpoint_id, kind, value)
) WITHOUT ROWID;

CREATE TABLE daily_interactions (
    day           TEXT NOT NULL,
    channel_id    INTEGER NOT NULL,
    touchpoint_id INTEGER NOT NULL,
    resolved_n    INTEGER NOT NULL,
    resolved_ms   INTEGER NOT NULL,
    gap_n         INTEGER NOT NULL,
    staff_sum     INTEGER NOT NULL,
    customer_sum  INTEGER NOT NULL,
    PRIMARY KEY (day, channel_id, touchpoint_id)
) WITHOUT ROWID;

CREATE TRIGGER daily_answers_insert AFTER INSERT ON answers
WHEN new.value_num IS NOT NULL
BEGIN
    INSERT INTO daily_answers (day, survey_id, channel_id, touchpoint_id, kind, value, n)
    SELECT substr(r.submitted_at, 1, 10), r.survey_id, coalesce(r.channel_id, 0), coalesce(r.touchpoint_id, 0),
           q.kind, new.value_num, 1
    FROM responses r, questions q
    WHERE r.id = new.response_id AND q.id = new.question_id AND q.kind IN ('nps', 'csat', 'ces')
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER daily_answers_delete AFTER DELETE ON answers
WHEN old.value_num IS NOT NULL
BEGIN
    UPDATE daily_answers SET n = n - 1
    WHERE (day, survey_id, channel_id, touchpoint_id, kind, value) IN (
        SELECT substr(r.submitted_at, 1, 10), r.survey_id, coalesce(r.channel_id, 0), coalesce(r.touchpoint_id, 0),
               q.kind, old.value_num
        FROM responses r, questions q WHERE r.id = old.response_id AND q.id = old.question_id);
END;

CREATE TRIGGER daily_answers_update AFTER UPDATE OF response_id, question_id, value_num ON answers
BEGIN
    UPDATE daily_answers SET n = n - 1
    WHERE old.value_num IS NOT NULL AND (day, survey_id, channel_id, touchpoint_id, kind, value) IN (
        SELECT substr(r.submitted_at, 1, 10), r.survey_id, coalesce(r.channel_id, 0), coalesce(r.touchpoint_id, 0),
               q.kind, old.value_num
        FROM responses r, questions q WHERE r.id = old.response_id AND q.id = old.question_id);
    INSERT INTO daily_answers (day, survey_id, channel_id, touchpoint_id, kind, value, n)
    SELECT substr(r.submitted_at, 1, 10), r.survey_id, coalesce(r.channel_id, 0), coalesce(r.touchpoint_id, 0),
           q.kind, new.value_num, 1
    FROM responses r, questions q
    WHERE new.value_num IS NOT NULL AND r.id = new.response_id AND q.id = new.question_id
      AND q.kind IN ('nps', 'csat', 'ces')
    ON CONFLICT DO UPDATE SET n = n + 1;
END;

-- A response's answers leave its day before the response goes (its answers
-- then go by cascade, when the response can no longer be found).
CREATE TRIGGER daily_answers_response_delete BEFORE DELETE ON responses
BEGIN
    UPDATE daily_answers SET n = n - (
        SELECT count(*) FROM answers a JOIN questions q ON q.id = a.question_id
        WHERE a.response_id = old.id AND q.kind = daily_answers.kind AND a.value_num = daily_answers.value)
    WHERE day = substr(old.submitted_at, 1, 10) AND survey_id = old.survey_id
      AND channel_id = coalesce(old.channel_id, 0) AND touchpoint_id = coalesce(old.touchpoint_id, 0);
END;

CREATE TRIGGER daily_answers_response_update
AFTER UPDATE OF submitted_at, survey_id, channel_id, touchpoint_id ON responses
BEGIN
    UPDATE daily_answers SET n = n - (
        SELECT count(*) FROM answers a JOIN questions q ON q.id = a.question_id
        WHERE a.response_id = old.id AND q.kind = daily_answers.kind AND a.value_num = daily_answers.value)
    WHERE day = substr(old.submitted_at, 1, 10) AND survey_id = old.survey_id
      AND channel_id = coalesce(old.channel_id, 0) AND touchpoint_id = coalesce(old.touchpoint_id, 0);
    INSERT INTO daily_answers (day, survey_id, channel_id, touchpoint_id, kind, value, n)
    SELECT substr(new.submitted_at, 1, 10), new.survey_id, coalesce(new.channel_id, 0),
           coalesce(new.touchpoint_id, 0), q.kind, a.value_num, count(*)
    FROM answers a JOIN questions q ON q.id = a.question_id
    WHERE a.response_id = new.id AND a.value_num IS NOT NULL AND q.kind IN ('nps', 'csat', 'ces')
    GROUP BY q.kind, a.value_num
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER daily_answers_question_update AFTER UPDATE OF kind ON questions
BEGIN
    UPDATE daily_answers SET n = n - (
        SELECT count(*) FROM answers a JOIN responses r ON r.id = a.response_id
        WHERE a.question_id = old.id AND a.value_num = daily_answers.value
          AND substr(r.submitted_at, 1, 10) = daily_answers.day AND r.survey_id = daily_answers.survey_id
          AND coalesce(r.channel_id, 0) = daily_answers.channel_id
          AND coalesce(r.touchpoint_id, 0) = daily_answers.touchpoint_id)
    WHERE kind = old.kind AND survey_id = old.survey_id;
    INSERT INTO daily_answers (day, survey_id, channel_id, touchpoint_id, kind, value, n)
    SELECT substr(r.submitted_at, 1, 10), r.survey_id, coalesce(r.channel_id, 0), coalesce(r.touchpoint_id, 0),
           new.kind, a.value_num, count(*)
    FROM answers a JOIN responses r ON r.id = a.response_id
    WHERE a.question_id = new.id AND a.value_num IS NOT NULL AND new.kind IN ('nps', 'csat', 'ces')
    GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT DO UPDATE SET n = n + excluded.n;
END;

CREATE TRIGGER daily_answers_question_delete BEFORE DELETE ON questions
BEGIN
    UPDATE daily_answers SET n = n - (
        SELECT count(*) FROM answers a JOIN responses r ON r.id = a.response_id
        WHERE a.question_id = old.id AND a.value_num = daily_answers.value
          AND substr(r.submitted_at, 1, 10) = daily_answers.day AND r.survey_id = daily_answers.survey_id
          AND coalesce(r.channel_id, 0) = daily_answers.channel_id
          AND coalesce(r.touchpoint_id, 0) = daily_answers.touchpoint_id)
    WHERE kind = old.kind AND survey_id = old.survey_id;
END;

CREATE TRIGGER daily_answers_survey_delete AFTER DELETE ON surveys
BEGIN
    DELETE FROM daily_answers WHERE survey_id = old.id;
END;

CREATE TRIGGER daily_interactions_insert AFTER INSERT ON interactions
BEGIN
    INSERT INTO daily_interactions
        (day, channel_id, touchpoint_id, resolved_n, resolved_ms, gap_n, staff_sum, customer_sum)
    VALUES (substr(new.occurred_at, 1, 10), coalesce(new.channel_id, 0), coalesce(new.touchpoint_id, 0),
            new.resolution_hours IS NOT NULL, coalesce(CAST(round(new.resolution_hours * 3600000.0) AS INTEGER), 0),
            new.staff_rating IS NOT NULL AND new.customer_rating IS NOT NULL,
            coalesce(new.staff_rating + 0 * new.customer_rating, 0), coalesce(new.customer_rating + 0 * new.staff_rating, 0))
    ON CONFLICT DO UPDATE SET resolved_n = resolved_n + excluded.resolved_n, resolved_ms = resolved_ms + excluded.resolved_ms,
        gap_n = gap_n + excluded.gap_n, staff_sum = staff_sum + excluded.staff_sum,
        customer_sum = customer_sum + excluded.customer_sum;
END;

CREATE TRIGGER daily_interactions_delete AFTER DELETE ON interactions
BEGIN
    UPDATE daily_interactions SET
        resolved_n = resolved_n - (old.resolution_hours IS NOT NULL),
        resolved_ms = resolved_ms - coalesce(CAST(round(old.resolution_hours * 3600000.0) AS INTEGER), 0),
        gap_n = gap_n - (old.staff_rating IS NOT NULL AND old.customer_rating IS NOT NULL),
        staff_sum = staff_sum - coalesce(old.staff_rating + 0 * old.customer_rating, 0),
        customer_sum = customer_sum - coalesce(old.customer_rating + 0 * old.staff_rating, 0)
    WHERE day = substr(old.occurred_at, 1, 10) AND channel_id = coalesce(old.channel_id, 0)
      AND touchpoint_id = coalesce(old.touchpoint_id, 0);
END;

CREATE TRIGGER daily_interactions_update
AFTER UPDATE OF occurred_at, channel_id, touchpoint_id, resolved_at, staff_rating, customer_rating ON interactions
BEGIN
    UPDATE daily_interactions SET
        resolved_n = resolved_n - (old.resolution_hours IS NOT NULL),
        resolved_ms = resolved_ms - coalesce(CAST(round(old.resolution_hours * 3600000.0) AS INTEGER), 0),
        gap_n = gap_n - (old.staff_rating IS NOT NULL AND old.customer_rating IS NOT NULL),
        staff_sum = staff_sum - coalesce(old.staff_rating + 0 * old.customer_rating, 0),
        customer_sum = customer_sum - coalesce(old.customer_rating + 0 * old.staff_rating, 0)
    WHERE day = substr(old.occurred_at, 1, 10) AND channel_id = coalesce(old.channel_id, 0)
      AND touchpoint_id = coalesce(old.touchpoint_id, 0);
    INSERT INTO daily_interactions
        (day, channel_id, touchpoint_id, resolved_n, resolved_ms, gap_n, staff_sum, customer_sum)
    VALUES (substr(new.occurred_at, 1, 10), coalesce(new.channel_id, 0), coalesce(new.touchpoint_id, 0),
            new.resolution_hours IS NOT NULL, coalesce(CAST(round(new.resolution_hours * 3600000.0) AS INTEGER), 0),
            new.staff_rating IS NOT NULL AND new.customer_rating IS NOT NULL,
            coalesce(new.staff_rating + 0 * new.customer_rating, 0), coalesce(new.customer_rating + 0 * new.staff_rating, 0))
    ON CONFLICT DO UPDATE SET resolved_n = resolved_n + excluded.resolved_n, resolved_ms = resolved_ms + excluded.resolved_ms,
        gap_n = gap_n + excluded.gap_n, staff_sum = staff_sum + excluded.staff_sum,
        customer_sum = customer_sum + excluded.customer_sum;
END;

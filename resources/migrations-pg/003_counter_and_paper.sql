-- Schema version 3 on a PostgreSQL server: migrations/003_counter_and_paper.sql.

-- A survey may name the channel it is collected on (a touchpoint already has one).
ALTER TABLE surveys ADD COLUMN channel_id bigint REFERENCES channels (id) ON DELETE SET NULL;

-- The number printed on a paper form: a card is entered once per survey.
ALTER TABLE responses ADD COLUMN form_number bigint;
CREATE UNIQUE INDEX responses_form_number ON responses (survey_id, form_number) WHERE form_number IS NOT NULL;

-- The daily sums also count rating and yes/no answers by value, so a
-- survey's results over any period are sums over days for those kinds too.
-- The triggers stay; their functions get the new bodies.
CREATE OR REPLACE FUNCTION daily_answers_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO daily_answers AS d (day, survey_id, channel_id, touchpoint_id, kind, value, n)
    SELECT substr(r.submitted_at, 1, 10), r.survey_id, coalesce(r.channel_id, 0), coalesce(r.touchpoint_id, 0),
           q.kind, new.value_num, 1
    FROM responses r, questions q
    WHERE r.id = new.response_id AND q.id = new.question_id AND q.kind IN ('nps', 'csat', 'ces', 'rating', 'yesno')
    ON CONFLICT (day, survey_id, channel_id, touchpoint_id, kind, value) DO UPDATE SET n = d.n + 1;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION daily_answers_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE daily_answers SET n = n - 1
    WHERE old.value_num IS NOT NULL AND (day, survey_id, channel_id, touchpoint_id, kind, value) IN (
        SELECT substr(r.submitted_at, 1, 10), r.survey_id, coalesce(r.channel_id, 0), coalesce(r.touchpoint_id, 0),
               q.kind, old.value_num
        FROM responses r, questions q WHERE r.id = old.response_id AND q.id = old.question_id);
    INSERT INTO daily_answers AS d (day, survey_id, channel_id, touchpoint_id, kind, value, n)
    SELECT substr(r.submitted_at, 1, 10), r.survey_id, coalesce(r.channel_id, 0), coalesce(r.touchpoint_id, 0),
           q.kind, new.value_num, 1
    FROM responses r, questions q
    WHERE new.value_num IS NOT NULL AND r.id = new.response_id AND q.id = new.question_id
      AND q.kind IN ('nps', 'csat', 'ces', 'rating', 'yesno')
    ON CONFLICT (day, survey_id, channel_id, touchpoint_id, kind, value) DO UPDATE SET n = d.n + 1;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION daily_answers_response_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE daily_answers SET n = n - (
        SELECT count(*) FROM answers a JOIN questions q ON q.id = a.question_id
        WHERE a.response_id = old.id AND q.kind = daily_answers.kind AND a.value_num = daily_answers.value)
    WHERE day = substr(old.submitted_at, 1, 10) AND survey_id = old.survey_id
      AND channel_id = coalesce(old.channel_id, 0) AND touchpoint_id = coalesce(old.touchpoint_id, 0);
    INSERT INTO daily_answers AS d (day, survey_id, channel_id, touchpoint_id, kind, value, n)
    SELECT substr(new.submitted_at, 1, 10), new.survey_id, coalesce(new.channel_id, 0),
           coalesce(new.touchpoint_id, 0), q.kind, a.value_num, count(*)
    FROM answers a JOIN questions q ON q.id = a.question_id
    WHERE a.response_id = new.id AND a.value_num IS NOT NULL AND q.kind IN ('nps', 'csat', 'ces', 'rating', 'yesno')
    GROUP BY q.kind, a.value_num
    ON CONFLICT (day, survey_id, channel_id, touchpoint_id, kind, value) DO UPDATE SET n = d.n + excluded.n;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION daily_answers_question_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE daily_answers SET n = n - (
        SELECT count(*) FROM answers a JOIN responses r ON r.id = a.response_id
        WHERE a.question_id = old.id AND a.value_num = daily_answers.value
          AND substr(r.submitted_at, 1, 10) = daily_answers.day AND r.survey_id = daily_answers.survey_id
          AND coalesce(r.channel_id, 0) = daily_answers.channel_id
          AND coalesce(r.touchpoint_id, 0) = daily_answers.touchpoint_id)
    WHERE kind = old.kind AND survey_id = old.survey_id;
    INSERT INTO daily_answers AS d (day, survey_id, channel_id, touchpoint_id, kind, value, n)
    SELECT substr(r.submitted_at, 1, 10), r.survey_id, coalesce(r.channel_id, 0), coalesce(r.touchpoint_id, 0),
           new.kind, a.value_num, count(*)
    FROM answers a JOIN responses r ON r.id = a.response_id
    WHERE a.question_id = new.id AND a.value_num IS NOT NULL AND new.kind IN ('nps', 'csat', 'ces', 'rating', 'yesno')
    GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (day, survey_id, channel_id, touchpoint_id, kind, value) DO UPDATE SET n = d.n + excluded.n;
    RETURN NULL;
END
$$;

INSERT INTO daily_answers (day, survey_id, channel_id, touchpoint_id, kind, value, n)
SELECT substr(r.submitted_at, 1, 10), r.survey_id, coalesce(r.channel_id, 0), coalesce(r.touchpoint_id, 0),
       q.kind, a.value_num, count(*)
FROM answers a JOIN responses r ON r.id = a.response_id JOIN questions q ON q.id = a.question_id
WHERE q.kind IN ('rating', 'yesno') AND a.value_num IS NOT NULL
GROUP BY 1, 2, 3, 4, 5, 6;

-- A customer who gives an email or a phone number at the counter is found by it.
CREATE INDEX customers_email ON customers (lower(trim(email)));
CREATE INDEX customers_phone ON customers (replace(replace(replace(replace(replace(phone, ' ', ''), '-', ''), '(', ''), ')', ''), '.', ''));

-- Schema version 9 on a PostgreSQL server: migrations/009_survey_sources.sql,
-- and the daily sums of new answers added once per statement.

ALTER TABLE questions ADD COLUMN option_codes text;

-- An import adds thousands of answers in one statement: summed there, the
-- daily sums are raised once per day, survey, place, kind and value rather
-- than once per answer (the same sums; a kiosk's one response is one
-- statement too).
DROP TRIGGER daily_answers_insert ON answers;
CREATE OR REPLACE FUNCTION daily_answers_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO daily_answers AS d (day, survey_id, channel_id, touchpoint_id, kind, value, n)
    SELECT substr(r.submitted_at, 1, 10), r.survey_id, coalesce(r.channel_id, 0), coalesce(r.touchpoint_id, 0),
           q.kind, a.value_num, count(*)
    FROM added a JOIN responses r ON r.id = a.response_id JOIN questions q ON q.id = a.question_id
    WHERE a.value_num IS NOT NULL AND q.kind IN ('nps', 'csat', 'ces', 'rating', 'yesno')
    GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (day, survey_id, channel_id, touchpoint_id, kind, value) DO UPDATE SET n = d.n + excluded.n;
    RETURN NULL;
END
$$;
CREATE TRIGGER daily_answers_insert AFTER INSERT ON answers REFERENCING NEW TABLE AS added
FOR EACH STATEMENT EXECUTE FUNCTION daily_answers_insert();

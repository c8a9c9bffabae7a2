-- Schema version 2: what the living journey map needs.

-- The persona a journey is seen through: who they are, what they want, what gets in their way.
ALTER TABLE journeys ADD COLUMN persona_about TEXT;
ALTER TABLE journeys ADD COLUMN persona_goals TEXT;
ALTER TABLE journeys ADD COLUMN persona_frustrations TEXT;

-- The owner's expected ("to-be") feeling at a stage, -2 (very unhappy) to +2 (delighted).
ALTER TABLE stages ADD COLUMN expected_emotion REAL CHECK (expected_emotion BETWEEN -2 AND 2);

-- A touchpoint's target customer score (1-5) and who looks after it.
ALTER TABLE touchpoints ADD COLUMN target REAL CHECK (target BETWEEN 1 AND 5);
ALTER TABLE touchpoints ADD COLUMN owner TEXT;

-- The map's cards count every interaction and average every rating, not only
-- the pairs the perception gap compares.
ALTER TABLE daily_interactions ADD COLUMN n INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_interactions ADD COLUMN customer_n INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_interactions ADD COLUMN customer_total INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_interactions ADD COLUMN staff_n INTEGER NOT NULL DEFAULT 0;
ALTER TABLE daily_interactions ADD COLUMN staff_total INTEGER NOT NULL DEFAULT 0;

DELETE FROM daily_interactions;
INSERT INTO daily_interactions (day, channel_id, touchpoint_id, resolved_n, resolved_ms, gap_n, staff_sum, customer_sum,
                                n, customer_n, customer_total, staff_n, staff_total)
SELECT substr(occurred_at, 1, 10), coalesce(channel_id, 0), coalesce(touchpoint_id, 0),
       count(resolution_hours), coalesce(sum(CAST(round(resolution_hours * 3600000.0) AS INTEGER)), 0),
       count(staff_rating + customer_rating), coalesce(sum(staff_rating + 0 * customer_rating), 0),
       coalesce(sum(customer_rating + 0 * staff_rating), 0),
       count(*), count(customer_rating), coalesce(sum(customer_rating), 0), count(staff_rating), coalesce(sum(staff_rating), 0)
FROM interactions GROUP BY 1, 2, 3;

DROP TRIGGER daily_interactions_insert;
DROP TRIGGER daily_interactions_delete;
DROP TRIGGER daily_interactions_update;

CREATE TRIGGER daily_interactions_insert AFTER INSERT ON interactions
BEGIN
    INSERT INTO daily_interactions
        (day, channel_id, touchpoint_id, resolved_n, resolved_ms, gap_n, staff_sum, customer_sum,
         n, customer_n, customer_total, staff_n, staff_total)
    VALUES (substr(new.occurred_at, 1, 10), coalesce(new.channel_id, 0), coalesce(new.touchpoint_id, 0),
            new.resolution_hours IS NOT NULL, coalesce(CAST(round(new.resolution_hours * 3600000.0) AS INTEGER), 0),
            new.staff_rating IS NOT NULL AND new.customer_rating IS NOT NULL,
            coalesce(new.staff_rating + 0 * new.customer_rating, 0), coalesce(new.customer_rating + 0 * new.staff_rating, 0),
            1, new.customer_rating IS NOT NULL, coalesce(new.customer_rating, 0),
            new.staff_rating IS NOT NULL, coalesce(new.staff_rating, 0))
    ON CONFLICT DO UPDATE SET resolved_n = resolved_n + excluded.resolved_n, resolved_ms = resolved_ms + excluded.resolved_ms,
        gap_n = gap_n + excluded.gap_n, staff_sum = staff_sum + excluded.staff_sum,
        customer_sum = customer_sum + excluded.customer_sum, n = n + 1,
        customer_n = customer_n + excluded.customer_n, customer_total = customer_total + excluded.customer_total,
        staff_n = staff_n + excluded.staff_n, staff_total = staff_total + excluded.staff_total;
END;

CREATE TRIGGER daily_interactions_delete AFTER DELETE ON interactions
BEGIN
    UPDATE daily_interactions SET
        resolved_n = resolved_n - (old.resolution_hours IS NOT NULL),
        resolved_ms = resolved_ms - coalesce(CAST(round(old.resolution_hours * 3600000.0) AS INTEGER), 0),
        gap_n = gap_n - (old.staff_rating IS NOT NULL AND old.customer_rating IS NOT NULL),
        staff_sum = staff_sum - coalesce(old.staff_rating + 0 * old.customer_rating, 0),
        customer_sum = customer_sum - coalesce(old.customer_rating + 0 * old.staff_rating, 0),
        n = n - 1,
        customer_n = customer_n - (old.customer_rating IS NOT NULL),
        customer_total = customer_total - coalesce(old.customer_rating, 0),
        staff_n = staff_n - (old.staff_rating IS NOT NULL),
        staff_total = staff_total - coalesce(old.staff_rating, 0)
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
        customer_sum = customer_sum - coalesce(old.customer_rating + 0 * old.staff_rating, 0),
        n = n - 1,
        customer_n = customer_n - (old.customer_rating IS NOT NULL),
        customer_total = customer_total - coalesce(old.customer_rating, 0),
        staff_n = staff_n - (old.staff_rating IS NOT NULL),
        staff_total = staff_total - coalesce(old.staff_rating, 0)
    WHERE day = substr(old.occurred_at, 1, 10) AND channel_id = coalesce(old.channel_id, 0)
      AND touchpoint_id = coalesce(old.touchpoint_id, 0);
    INSERT INTO daily_interactions
        (day, channel_id, touchpoint_id, resolved_n, resolved_ms, gap_n, staff_sum, customer_sum,
         n, customer_n, customer_total, staff_n, staff_total)
    VALUES (substr(new.occurred_at, 1, 10), coalesce(new.channel_id, 0), coalesce(new.touchpoint_id, 0),
            new.resolution_hours IS NOT NULL, coalesce(CAST(round(new.resolution_hours * 3600000.0) AS INTEGER), 0),
            new.staff_rating IS NOT NULL AND new.customer_rating IS NOT NULL,
            coalesce(new.staff_rating + 0 * new.customer_rating, 0), coalesce(new.customer_rating + 0 * new.staff_rating, 0),
            1, new.customer_rating IS NOT NULL, coalesce(new.customer_rating, 0),
            new.staff_rating IS NOT NULL, coalesce(new.staff_rating, 0))
    ON CONFLICT DO UPDATE SET resolved_n = resolved_n + excluded.resolved_n, resolved_ms = resolved_ms + excluded.resolved_ms,
        gap_n = gap_n + excluded.gap_n, staff_sum = staff_sum + excluded.staff_sum,
        customer_sum = customer_sum + excluded.customer_sum, n = n + 1,
        customer_n = customer_n + excluded.customer_n, customer_total = customer_total + excluded.customer_total,
        staff_n = staff_n + excluded.staff_n, staff_total = staff_total + excluded.staff_total;
END;

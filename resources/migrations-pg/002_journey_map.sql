-- Schema version 2 on a PostgreSQL server: migrations/002_journey_map.sql.

-- The persona a journey is seen through: who they are, what they want, what gets in their way.
ALTER TABLE journeys ADD COLUMN persona_about text COLLATE "C";
ALTER TABLE journeys ADD COLUMN persona_goals text COLLATE "C";
ALTER TABLE journeys ADD COLUMN persona_frustrations text COLLATE "C";

-- The owner's expected ("to-be") feeling at a stage, -2 (very unhappy) to +2 (delighted).
ALTER TABLE stages ADD COLUMN expected_emotion double precision CHECK (expected_emotion BETWEEN -2 AND 2);

-- A touchpoint's target customer score (1-5) and who looks after it.
ALTER TABLE touchpoints ADD COLUMN target double precision CHECK (target BETWEEN 1 AND 5);
ALTER TABLE touchpoints ADD COLUMN owner text COLLATE "C";

-- The map's cards count every interaction and average every rating, not only
-- the pairs the perception gap compares.
ALTER TABLE daily_interactions ADD COLUMN n bigint NOT NULL DEFAULT 0;
ALTER TABLE daily_interactions ADD COLUMN customer_n bigint NOT NULL DEFAULT 0;
ALTER TABLE daily_interactions ADD COLUMN customer_total bigint NOT NULL DEFAULT 0;
ALTER TABLE daily_interactions ADD COLUMN staff_n bigint NOT NULL DEFAULT 0;
ALTER TABLE daily_interactions ADD COLUMN staff_total bigint NOT NULL DEFAULT 0;

DELETE FROM daily_interactions;
INSERT INTO daily_interactions (day, channel_id, touchpoint_id, resolved_n, resolved_ms, gap_n, staff_sum, customer_sum,
                                n, customer_n, customer_total, staff_n, staff_total)
SELECT substr(occurred_at, 1, 10), coalesce(channel_id, 0), coalesce(touchpoint_id, 0),
       count(resolution_hours), coalesce(sum(round(resolution_hours * 3600000.0)::bigint), 0),
       count(staff_rating + customer_rating), coalesce(sum(staff_rating + 0 * customer_rating), 0),
       coalesce(sum(customer_rating + 0 * staff_rating), 0),
       count(*), count(customer_rating), coalesce(sum(customer_rating), 0), count(staff_rating), coalesce(sum(staff_rating), 0)
FROM interactions GROUP BY 1, 2, 3;

-- SQLite drops and makes the three triggers again; here their functions get
-- the new bodies and the triggers stay.
CREATE OR REPLACE FUNCTION daily_interactions_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO daily_interactions AS d
        (day, channel_id, touchpoint_id, resolved_n, resolved_ms, gap_n, staff_sum, customer_sum,
         n, customer_n, customer_total, staff_n, staff_total)
    VALUES (substr(new.occurred_at, 1, 10), coalesce(new.channel_id, 0), coalesce(new.touchpoint_id, 0),
            (new.resolution_hours IS NOT NULL)::int, coalesce(round(new.resolution_hours * 3600000.0)::bigint, 0),
            (new.staff_rating IS NOT NULL AND new.customer_rating IS NOT NULL)::int,
            coalesce(new.staff_rating + 0 * new.customer_rating, 0), coalesce(new.customer_rating + 0 * new.staff_rating, 0),
            1, (new.customer_rating IS NOT NULL)::int, coalesce(new.customer_rating, 0),
            (new.staff_rating IS NOT NULL)::int, coalesce(new.staff_rating, 0))
    ON CONFLICT (day, channel_id, touchpoint_id) DO UPDATE SET
        resolved_n = d.resolved_n + excluded.resolved_n, resolved_ms = d.resolved_ms + excluded.resolved_ms,
        gap_n = d.gap_n + excluded.gap_n, staff_sum = d.staff_sum + excluded.staff_sum,
        customer_sum = d.customer_sum + excluded.customer_sum, n = d.n + 1,
        customer_n = d.customer_n + excluded.customer_n, customer_total = d.customer_total + excluded.customer_total,
        staff_n = d.staff_n + excluded.staff_n, staff_total = d.staff_total + excluded.staff_total;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION daily_interactions_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE daily_interactions SET
        resolved_n = resolved_n - (old.resolution_hours IS NOT NULL)::int,
        resolved_ms = resolved_ms - coalesce(round(old.resolution_hours * 3600000.0)::bigint, 0),
        gap_n = gap_n - (old.staff_rating IS NOT NULL AND old.customer_rating IS NOT NULL)::int,
        staff_sum = staff_sum - coalesce(old.staff_rating + 0 * old.customer_rating, 0),
        customer_sum = customer_sum - coalesce(old.customer_rating + 0 * old.staff_rating, 0),
        n = n - 1,
        customer_n = customer_n - (old.customer_rating IS NOT NULL)::int,
        customer_total = customer_total - coalesce(old.customer_rating, 0),
        staff_n = staff_n - (old.staff_rating IS NOT NULL)::int,
        staff_total = staff_total - coalesce(old.staff_rating, 0)
    WHERE day = substr(old.occurred_at, 1, 10) AND channel_id = coalesce(old.channel_id, 0)
      AND touchpoint_id = coalesce(old.touchpoint_id, 0);
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION daily_interactions_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE daily_interactions SET
        resolved_n = resolved_n - (old.resolution_hours IS NOT NULL)::int,
        resolved_ms = resolved_ms - coalesce(round(old.resolution_hours * 3600000.0)::bigint, 0),
        gap_n = gap_n - (old.staff_rating IS NOT NULL AND old.customer_rating IS NOT NULL)::int,
        staff_sum = staff_sum - coalesce(old.staff_rating + 0 * old.customer_rating, 0),
        customer_sum = customer_sum - coalesce(old.customer_rating + 0 * old.staff_rating, 0),
        n = n - 1,
        customer_n = customer_n - (old.customer_rating IS NOT NULL)::int,
        customer_total = customer_total - coalesce(old.customer_rating, 0),
        staff_n = staff_n - (old.staff_rating IS NOT NULL)::int,
        staff_total = staff_total - coalesce(old.staff_rating, 0)
    WHERE day = substr(old.occurred_at, 1, 10) AND channel_id = coalesce(old.channel_id, 0)
      AND touchpoint_id = coalesce(old.touchpoint_id, 0);
    INSERT INTO daily_interactions AS d
        (day, channel_id, touchpoint_id, resolved_n, resolved_ms, gap_n, staff_sum, customer_sum,
         n, customer_n, customer_total, staff_n, staff_total)
    VALUES (substr(new.occurred_at, 1, 10), coalesce(new.channel_id, 0), coalesce(new.touchpoint_id, 0),
            (new.resolution_hours IS NOT NULL)::int, coalesce(round(new.resolution_hours * 3600000.0)::bigint, 0),
            (new.staff_rating IS NOT NULL AND new.customer_rating IS NOT NULL)::int,
            coalesce(new.staff_rating + 0 * new.customer_rating, 0), coalesce(new.customer_rating + 0 * new.staff_rating, 0),
            1, (new.customer_rating IS NOT NULL)::int, coalesce(new.customer_rating, 0),
            (new.staff_rating IS NOT NULL)::int, coalesce(new.staff_rating, 0))
    ON CONFLICT (day, channel_id, touchpoint_id) DO UPDATE SET
        resolved_n = d.resolved_n + excluded.resolved_n, resolved_ms = d.resolved_ms + excluded.resolved_ms,
        gap_n = d.gap_n + excluded.gap_n, staff_sum = d.staff_sum + excluded.staff_sum,
        customer_sum = d.customer_sum + excluded.customer_sum, n = d.n + 1,
        customer_n = d.customer_n + excluded.customer_n, customer_total = d.customer_total + excluded.customer_total,
        staff_n = d.staff_n + excluded.staff_n, staff_total = d.staff_total + excluded.staff_total;
    RETURN NULL;
END
$$;

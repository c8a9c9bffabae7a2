-- Schema version 4 on a PostgreSQL server: migrations/004_many_hands.sql.
-- Every record a person edits carries a row version that each change raises,
-- with the time of that change, so a save based on an older version is
-- refused instead of writing over what someone else did meanwhile.

ALTER TABLE customers ADD COLUMN row_version bigint NOT NULL DEFAULT 1;
ALTER TABLE customers ADD COLUMN updated_at text COLLATE "C";

ALTER TABLE interactions ADD COLUMN row_version bigint NOT NULL DEFAULT 1;
ALTER TABLE interactions ADD COLUMN updated_at text COLLATE "C";

ALTER TABLE actions ADD COLUMN row_version bigint NOT NULL DEFAULT 1;
ALTER TABLE actions ADD COLUMN updated_at text COLLATE "C";

ALTER TABLE journeys ADD COLUMN row_version bigint NOT NULL DEFAULT 1;
ALTER TABLE journeys ADD COLUMN updated_at text COLLATE "C";

ALTER TABLE stages ADD COLUMN row_version bigint NOT NULL DEFAULT 1;
ALTER TABLE stages ADD COLUMN updated_at text COLLATE "C";

ALTER TABLE touchpoints ADD COLUMN row_version bigint NOT NULL DEFAULT 1;
ALTER TABLE touchpoints ADD COLUMN updated_at text COLLATE "C";

ALTER TABLE surveys ADD COLUMN row_version bigint NOT NULL DEFAULT 1;
ALTER TABLE surveys ADD COLUMN updated_at text COLLATE "C";

ALTER TABLE questions ADD COLUMN row_version bigint NOT NULL DEFAULT 1;
ALTER TABLE questions ADD COLUMN updated_at text COLLATE "C";

ALTER TABLE settings ADD COLUMN row_version bigint NOT NULL DEFAULT 1;
ALTER TABLE settings ADD COLUMN updated_at text COLLATE "C";


-- CX Desk raises the version in the update itself; an update that does not
-- (another tool, a link cleared by a cascade) gets it raised here. The time
-- is the statement's, in UTC, as SQLite's strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
-- writes it. The trigger's own update leaves the version raised, so it does
-- not fire again (its condition is false then).

CREATE FUNCTION customers_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE customers SET row_version = old.row_version + 1,
        updated_at = to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
    WHERE id = new.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER customers_row_version AFTER UPDATE ON customers
FOR EACH ROW WHEN (new.row_version = old.row_version) EXECUTE FUNCTION customers_row_version();

CREATE FUNCTION interactions_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE interactions SET row_version = old.row_version + 1,
        updated_at = to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
    WHERE id = new.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER interactions_row_version AFTER UPDATE ON interactions
FOR EACH ROW WHEN (new.row_version = old.row_version) EXECUTE FUNCTION interactions_row_version();

CREATE FUNCTION actions_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE actions SET row_version = old.row_version + 1,
        updated_at = to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
    WHERE id = new.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER actions_row_version AFTER UPDATE ON actions
FOR EACH ROW WHEN (new.row_version = old.row_version) EXECUTE FUNCTION actions_row_version();

CREATE FUNCTION journeys_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE journeys SET row_version = old.row_version + 1,
        updated_at = to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
    WHERE id = new.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER journeys_row_version AFTER UPDATE ON journeys
FOR EACH ROW WHEN (new.row_version = old.row_version) EXECUTE FUNCTION journeys_row_version();

CREATE FUNCTION stages_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE stages SET row_version = old.row_version + 1,
        updated_at = to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
    WHERE id = new.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER stages_row_version AFTER UPDATE ON stages
FOR EACH ROW WHEN (new.row_version = old.row_version) EXECUTE FUNCTION stages_row_version();

CREATE FUNCTION touchpoints_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE touchpoints SET row_version = old.row_version + 1,
        updated_at = to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
    WHERE id = new.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER touchpoints_row_version AFTER UPDATE ON touchpoints
FOR EACH ROW WHEN (new.row_version = old.row_version) EXECUTE FUNCTION touchpoints_row_version();

CREATE FUNCTION surveys_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE surveys SET row_version = old.row_version + 1,
        updated_at = to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
    WHERE id = new.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER surveys_row_version AFTER UPDATE ON surveys
FOR EACH ROW WHEN (new.row_version = old.row_version) EXECUTE FUNCTION surveys_row_version();

CREATE FUNCTION questions_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE questions SET row_version = old.row_version + 1,
        updated_at = to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
    WHERE id = new.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER questions_row_version AFTER UPDATE ON questions
FOR EACH ROW WHEN (new.row_version = old.row_version) EXECUTE FUNCTION questions_row_version();

CREATE FUNCTION settings_row_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE settings SET row_version = old.row_version + 1,
        updated_at = to_char(statement_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')
    WHERE key = new.key;
    RETURN NULL;
END
$$;
CREATE TRIGGER settings_row_version AFTER UPDATE ON settings
FOR EACH ROW WHEN (new.row_version = old.row_version) EXECUTE FUNCTION settings_row_version();


-- The Interactions page filters by kind, and lists the kinds in use from this
-- index; open interactions (a kind that waits for a resolution, none yet)
-- have one of their own.
CREATE INDEX interactions_kind ON interactions (kind, occurred_at);
CREATE INDEX interactions_open ON interactions (occurred_at)
    WHERE resolved_at IS NULL AND kind IN ('enquiry', 'support', 'complaint', 'delivery');

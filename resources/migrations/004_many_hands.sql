-- Schema version 4: many hands at once.
-- Every record a person edits carries a row version that each change raises,
-- with the time of that change, so a save based on an older version is
-- refused instead of writing over what someone else did meanwhile.

ALTER TABLE customers ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE customers ADD COLUMN updated_at TEXT;

ALTER TABLE interactions ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE interactions ADD COLUMN updated_at TEXT;

ALTER TABLE actions ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE actions ADD COLUMN updated_at TEXT;

ALTER TABLE journeys ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE journeys ADD COLUMN updated_at TEXT;

ALTER TABLE stages ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE stages ADD COLUMN updated_at TEXT;

ALTER TABLE touchpoints ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE touchpoints ADD COLUMN updated_at TEXT;

ALTER TABLE surveys ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE surveys ADD COLUMN updated_at TEXT;

ALTER TABLE questions ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE questions ADD COLUMN updated_at TEXT;

ALTER TABLE settings ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE settings ADD COLUMN updated_at TEXT;


-- CX Desk raises the version in the update itself; an update that does not
-- (another tool, a link cleared by a cascade) gets it raised here.

CREATE TRIGGER customers_row_version AFTER UPDATE ON customers
WHEN new.row_version = old.row_version
BEGIN
    UPDATE customers SET row_version = old.row_version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    WHERE id = new.id;
END;

CREATE TRIGGER interactions_row_version AFTER UPDATE ON interactions
WHEN new.row_version = old.row_version
BEGIN
    UPDATE interactions SET row_version = old.row_version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    WHERE id = new.id;
END;

CREATE TRIGGER actions_row_version AFTER UPDATE ON actions
WHEN new.row_version = old.row_version
BEGIN
    UPDATE actions SET row_version = old.row_version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    WHERE id = new.id;
END;

CREATE TRIGGER journeys_row_version AFTER UPDATE ON journeys
WHEN new.row_version = old.row_version
BEGIN
    UPDATE journeys SET row_version = old.row_version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    WHERE id = new.id;
END;

CREATE TRIGGER stages_row_version AFTER UPDATE ON stages
WHEN new.row_version = old.row_version
BEGIN
    UPDATE stages SET row_version = old.row_version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    WHERE id = new.id;
END;

CREATE TRIGGER touchpoints_row_version AFTER UPDATE ON touchpoints
WHEN new.row_version = old.row_version
BEGIN
    UPDATE touchpoints SET row_version = old.row_version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    WHERE id = new.id;
END;

CREATE TRIGGER surveys_row_version AFTER UPDATE ON surveys
WHEN new.row_version = old.row_version
BEGIN
    UPDATE surveys SET row_version = old.row_version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    WHERE id = new.id;
END;

CREATE TRIGGER questions_row_version AFTER UPDATE ON questions
WHEN new.row_version = old.row_version
BEGIN
    UPDATE questions SET row_version = old.row_version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    WHERE id = new.id;
END;

CREATE TRIGGER settings_row_version AFTER UPDATE ON settings
WHEN new.row_version = old.row_version
BEGIN
    UPDATE settings SET row_version = old.row_version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    WHERE key = new.key;
END;


-- The Interactions page filters by kind, and lists the kinds in use from this
-- index; open interactions (a kind that waits for a resolution, none yet)
-- have one of their own.
CREATE INDEX interactions_kind ON interactions (kind, occurred_at);
CREATE INDEX interactions_open ON interactions (occurred_at)
    WHERE resolved_at IS NULL AND kind IN ('enquiry', 'support', 'complaint', 'delivery');

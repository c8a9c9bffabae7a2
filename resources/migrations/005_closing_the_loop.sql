-- Schema version 5: closing the loop.

-- Search and sort keys of a customer, written by CX Desk with every change it
-- makes: search_key holds the name, email, customer number and the phone's
-- digits in lower case without accents ("zoe fenwick", "07700123456"), so a
-- search ignores case, accents and phone formatting; sort_key is the name's
-- collation key in the business's language (compared byte by byte), so names
-- come out of an index in the order people expect. A row changed by another
-- tool has its keys cleared by a trigger, and CX Desk writes them again when
-- it next opens the database.
ALTER TABLE customers ADD COLUMN search_key TEXT;
ALTER TABLE customers ADD COLUMN sort_key BLOB;
DROP INDEX customers_list;
CREATE INDEX customers_list ON customers
    (sort_key, name, email, phone, external_id, segment, first_contact_on, converted_on, churned_on, search_key);
CREATE INDEX customers_unkeyed ON customers (id) WHERE search_key IS NULL OR sort_key IS NULL;

-- Writing the keys is not an edit: the row version follows the columns a
-- person edits only.
DROP TRIGGER customers_row_version;
CREATE TRIGGER customers_row_version
AFTER UPDATE OF uuid, external_id, name, email, phone, segment, first_contact_on, converted_on,
    churned_on, notes ON customers
WHEN new.row_version = old.row_version
BEGIN
    UPDATE customers SET row_version = old.row_version + 1, updated_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    WHERE id = new.id;
END;

CREATE TRIGGER customers_keys_outside AFTER UPDATE OF name, email, phone, external_id ON customers
WHEN new.row_version = old.row_version
BEGIN
    UPDATE customers SET search_key = NULL, sort_key = NULL WHERE id = new.id;
END;

-- Free tags on customers ("VIP", "allergic to nuts"); one tag once per
-- customer, whatever its case. In files, `tags` is the `;`-separated list.
CREATE TABLE customer_tags (
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    tag         TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (customer_id, tag)
) WITHOUT ROWID;
CREATE INDEX customer_tags_tag ON customer_tags (tag, customer_id);

-- Fields the owner adds to every customer (a birthday, allergies): text,
-- a date (YYYY-MM-DD) or yes/no (1 or 0), shown in this order.
CREATE TABLE customer_fields (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind       TEXT NOT NULL DEFAULT 'text' CHECK (kind IN ('text', 'date', 'yesno')),
    position   INTEGER NOT NULL DEFAULT 0,
    row_version INTEGER NOT NULL DEFAULT 1,
    updated_at TEXT
);
CREATE TABLE customer_field_values (
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    field_id    INTEGER NOT NULL REFERENCES customer_fields (id) ON DELETE CASCADE,
    value       TEXT NOT NULL,
    PRIMARY KEY (customer_id, field_id)
) WITHOUT ROWID;
CREATE INDEX customer_field_values_field ON customer_field_values (field_id, value);

-- Who entered a record (a staff name; null for imports and the kiosk), and
-- who looks after a follow-up.
ALTER TABLE interactions ADD COLUMN created_by TEXT;
ALTER TABLE responses ADD COLUMN created_by TEXT;
ALTER TABLE actions ADD COLUMN created_by TEXT;
ALTER TABLE actions ADD COLUMN owner TEXT;
CREATE INDEX actions_owner ON actions (owner, status, due_on);
CREATE INDEX actions_created_at ON actions (created_at);

-- The history of a follow-up: notes written on it, each with its time and
-- author, oldest first.
CREATE TABLE action_notes (
    id         INTEGER PRIMARY KEY,
    action_id  INTEGER NOT NULL REFERENCES actions (id) ON DELETE CASCADE,
    written_at TEXT NOT NULL,
    author     TEXT,
    text       TEXT NOT NULL
);
CREATE INDEX action_notes_action ON action_notes (action_id, written_at);

-- Each time someone contacted a customer from CX Desk (the mail client opened
-- with a message, or a phone number dialled): how, with which message, by
-- whom, and for which follow-up. CX Desk sends nothing itself.
CREATE TABLE contacts (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    action_id    INTEGER REFERENCES actions (id) ON DELETE SET NULL,
    contacted_at TEXT NOT NULL,
    how          TEXT NOT NULL CHECK (how IN ('email', 'phone')),
    template     TEXT,
    contacted_by TEXT
);
CREATE INDEX contacts_customer ON contacts (customer_id, contacted_at);
CREATE INDEX contacts_action ON contacts (action_id);

-- Schema version 8: who changed what, and what the counter hands over.

-- The person who last changed a customer, an interaction or a follow-up (on a
-- server the login, on a file the name given at the desk); null when it was
-- CX Desk's own rules, an import, or a change made before version 8.
ALTER TABLE customers ADD COLUMN changed_by TEXT;
ALTER TABLE interactions ADD COLUMN changed_by TEXT;
ALTER TABLE actions ADD COLUMN changed_by TEXT;

-- A kiosk logged in with a counter account may add responses but read no
-- customer: a contact left at the kiosk waits here until a staff or owner
-- window links it to the customer (or makes a new one) and opens the
-- follow-up that the answers call for. Then the row goes. A kiosk on a file
-- does this at once and writes nothing here.
CREATE TABLE counter_handover (
    response_id INTEGER PRIMARY KEY REFERENCES responses (id) ON DELETE CASCADE,
    contact     TEXT,
    taken_at    TEXT NOT NULL
);

-- What each kiosk reported when it was last connected: how many answers it
-- took while the server was away and still holds (queued, the oldest taken
-- at oldest_at), and how many it sent in all after an outage.
CREATE TABLE kiosks (
    login       TEXT PRIMARY KEY,
    host        TEXT,
    queued      INTEGER NOT NULL DEFAULT 0,
    oldest_at   TEXT,
    sent        INTEGER NOT NULL DEFAULT 0,
    reported_at TEXT NOT NULL
);

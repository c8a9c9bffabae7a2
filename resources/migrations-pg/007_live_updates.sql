-- Schema version 7 on a PostgreSQL server: migrations/007_live_updates.sql,
-- and the notifications that keep every open window up to date.

-- The list sorts by name and then by id, which tells equal names apart; with
-- the id second in the index, a page of the list, or of a search, is read in
-- that order from the index alone in either direction.
DROP INDEX customers_list;
CREATE INDEX customers_list ON customers
    (sort_key, id, name, email, phone, external_id, segment, first_contact_on, converted_on, churned_on, search_key);

-- Every transaction that changes a table of CX Desk tells the programs
-- listening on the channel cx_changes when it commits (LISTEN cx_changes):
-- the other CX Desk windows read what they show again, as a file's windows do
-- when SQLite's data_version moves. The notice carries no data; however many
-- statements a transaction runs, the server sends it once. Any tool that
-- writes to these tables, psql included, is seen the same way.
CREATE FUNCTION cx_announce_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('cx_changes', '');
    RETURN NULL;
END
$$;
-- One trigger per table, <table>_announce; a later migration that adds a
-- table adds its trigger too.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables
             WHERE schemaname = current_schema() AND tablename <> 'cxdesk_schema'
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
                       'FOR EACH STATEMENT EXECUTE FUNCTION cx_announce_change()',
                       t.tablename || '_announce', t.tablename);
    END LOOP;
END
$$;

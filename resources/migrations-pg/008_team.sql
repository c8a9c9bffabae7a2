-- Schema version 8 on a PostgreSQL server: migrations/008_team.sql, and the
-- rights of the team.

ALTER TABLE customers ADD COLUMN changed_by text COLLATE "C";
ALTER TABLE interactions ADD COLUMN changed_by text COLLATE "C";
ALTER TABLE actions ADD COLUMN changed_by text COLLATE "C";

CREATE TABLE counter_handover (
    response_id bigint PRIMARY KEY REFERENCES responses (id) ON DELETE CASCADE,
    contact     text COLLATE "C",
    taken_at    text COLLATE "C" NOT NULL
);
CREATE TABLE kiosks (
    login       text COLLATE "C" PRIMARY KEY,
    host        text COLLATE "C",
    queued      bigint NOT NULL DEFAULT 0,
    oldest_at   text COLLATE "C",
    sent        bigint NOT NULL DEFAULT 0,
    reported_at text COLLATE "C" NOT NULL
);
CREATE TRIGGER counter_handover_announce AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON counter_handover FOR EACH STATEMENT EXECUTE FUNCTION cx_announce_change();
CREATE TRIGGER kiosks_announce AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
    ON kiosks FOR EACH STATEMENT EXECUTE FUNCTION cx_announce_change();

-- A kiosk tells how many answers it holds (taken while the server was away)
-- and how many it has just sent; the row is the kiosk's own login's.
CREATE FUNCTION cx_kiosk_report(p_host text, p_queued bigint, p_oldest_at text, p_sent bigint)
RETURNS void LANGUAGE sql SECURITY DEFINER AS $$
    INSERT INTO kiosks (login, host, queued, oldest_at, sent, reported_at)
    VALUES (session_user, p_host, p_queued, p_oldest_at, p_sent,
            to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))
    ON CONFLICT (login) DO UPDATE SET host = EXCLUDED.host, queued = EXCLUDED.queued,
        oldest_at = EXCLUDED.oldest_at, sent = kiosks.sent + EXCLUDED.sent,
        reported_at = EXCLUDED.reported_at;
$$;

-- The team. Each person logs in as their own role, a member of one of three
-- groups named after the database: <database>_owner (everything),
-- <database>_staff (customers, interactions, follow-ups, surveys, results and
-- reports; no erase, settings, journey map or accounts) and
-- <database>_counter (a kiosk: reads the active surveys and adds responses).
-- The owner group owns the tables, so its members may erase, restore and
-- copy; the triggers that keep the daily sums, the keys and the notices run
-- with the owner group's rights, whoever wrote the row. The account that
-- makes the schema joins the owner group (it needs CREATEROLE).
DO $$
DECLARE
    db text := current_database();
    sch text := current_schema();
    grp_owner text := db || '_owner';
    grp_staff text := db || '_staff';
    grp_counter text := db || '_counter';
    g text;
    r record;
BEGIN
    IF NOT (SELECT rolsuper OR rolcreaterole FROM pg_roles WHERE rolname = current_user) THEN
        RAISE EXCEPTION 'the team''s rights are set up once, by an account that may create roles: '
                        'open the database once as its owner (CREATEROLE) or as the server''s '
                        'administrator, then everyone else can connect';
    END IF;
    FOREACH g IN ARRAY ARRAY[grp_owner, grp_staff, grp_counter] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = g) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', g);
        END IF;
    END LOOP;
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        EXECUTE format('GRANT %I TO %I', grp_owner, current_user);
    END IF;

    -- An owner of tables needs to be allowed to make them there.
    EXECUTE format('GRANT USAGE, CREATE ON SCHEMA %I TO %I', sch, grp_owner);
    FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = sch LOOP
        EXECUTE format('ALTER TABLE %I OWNER TO %I', r.tablename, grp_owner);
    END LOOP;
    FOR r IN SELECT p.oid::regprocedure AS fn, p.prorettype = 'trigger'::regtype AS is_trigger
             FROM pg_proc p WHERE p.pronamespace = sch::regnamespace LOOP
        EXECUTE format('ALTER FUNCTION %s OWNER TO %I', r.fn, grp_owner);
        IF r.is_trigger THEN
            EXECUTE format('ALTER FUNCTION %s SECURITY DEFINER SET search_path = %I, pg_temp',
                           r.fn, sch);
        END IF;
    END LOOP;
    EXECUTE format('ALTER FUNCTION cx_kiosk_report(text, bigint, text, bigint) '
                   'SET search_path = %I, pg_temp', sch);
    REVOKE ALL ON FUNCTION cx_kiosk_report(text, bigint, text, bigint) FROM PUBLIC;
    EXECUTE format('GRANT EXECUTE ON FUNCTION cx_kiosk_report(text, bigint, text, bigint) TO %I',
                   grp_counter);

    -- Only the team connects (when this account may say so).
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
       OR pg_has_role(current_user, (SELECT datdba FROM pg_database WHERE datname = db), 'MEMBER') THEN
        EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', db);
        EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I, %I, %I',
                       db, grp_owner, grp_staff, grp_counter);
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I, %I', sch, grp_staff, grp_counter);

    -- Staff read everything and write their daily work.
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', sch, grp_staff);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %I, %I', sch, grp_staff, grp_counter);
    EXECUTE format('GRANT INSERT, UPDATE ON customers TO %I', grp_staff);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON customer_tags, customer_field_values, '
                   'interactions, actions, action_notes, contacts, surveys, questions, '
                   'responses, answers, printed_forms, counter_handover TO %I', grp_staff);

    -- A kiosk reads the active surveys and adds responses, nothing else.
    EXECUTE format('GRANT SELECT ON surveys, questions, settings TO %I', grp_counter);
    -- The schema version, kept beside the tables (core/storage/postgresengine.cpp).
    IF to_regclass('cxdesk_schema') IS NOT NULL THEN
        EXECUTE format('GRANT SELECT ON cxdesk_schema TO %I', grp_counter);
    END IF;
    EXECUTE format('GRANT INSERT ON responses, answers, counter_handover TO %I', grp_counter);
    EXECUTE format('GRANT SELECT (id, uuid) ON responses TO %I', grp_counter);
    EXECUTE format('GRANT SELECT (id, channel_id) ON touchpoints TO %I', grp_counter);

    ALTER TABLE surveys ENABLE ROW LEVEL SECURITY;
    ALTER TABLE questions ENABLE ROW LEVEL SECURITY;
    ALTER TABLE settings ENABLE ROW LEVEL SECURITY;
    EXECUTE format('CREATE POLICY team ON surveys TO %I, %I USING (true) WITH CHECK (true)',
                   grp_owner, grp_staff);
    EXECUTE format('CREATE POLICY counter ON surveys FOR SELECT TO %I USING (status = ''active'')',
                   grp_counter);
    EXECUTE format('CREATE POLICY team ON questions TO %I, %I USING (true) WITH CHECK (true)',
                   grp_owner, grp_staff);
    EXECUTE format('CREATE POLICY counter ON questions FOR SELECT TO %I '
                   'USING (survey_id IN (SELECT id FROM surveys))', grp_counter);
    EXECUTE format('CREATE POLICY team ON settings TO %I, %I USING (true) WITH CHECK (true)',
                   grp_owner, grp_staff);
    EXECUTE format('CREATE POLICY counter ON settings FOR SELECT TO %I USING (key IN '
                   '(''business_name'', ''business_logo'', ''kiosk_pin''))', grp_counter);
END
$$;

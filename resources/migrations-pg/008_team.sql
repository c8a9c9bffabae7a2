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

-- Who entered and who changed a record is the login that did it, whatever a
-- client wrote there: nobody signs with another's name. (An import leaves
-- created_by empty and is left alone; the server's administrators, who may do
-- anything anyway, keep what they write, as a sample business does.)
CREATE FUNCTION cx_sign() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN
        RETURN NEW;
    END IF;
    -- A table without one of the columns never reads it (each IF on its own).
    IF TG_OP = 'INSERT' THEN
        IF TG_TABLE_NAME <> 'customers' THEN
            IF NEW.created_by IS NOT NULL THEN
                NEW.created_by := session_user;
            END IF;
        END IF;
        IF TG_TABLE_NAME <> 'responses' THEN
            IF NEW.changed_by IS NOT NULL THEN
                NEW.changed_by := session_user;
            END IF;
        END IF;
    ELSE
        NEW.changed_by := session_user;
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER customers_sign BEFORE INSERT ON customers FOR EACH ROW
    WHEN (new.changed_by IS NOT NULL) EXECUTE FUNCTION cx_sign();
CREATE TRIGGER customers_sign_change BEFORE UPDATE ON customers FOR EACH ROW
    WHEN (new.row_version IS DISTINCT FROM old.row_version OR new.changed_by IS DISTINCT FROM old.changed_by)
    EXECUTE FUNCTION cx_sign();
CREATE TRIGGER interactions_sign BEFORE INSERT ON interactions FOR EACH ROW
    WHEN (new.created_by IS NOT NULL OR new.changed_by IS NOT NULL) EXECUTE FUNCTION cx_sign();
CREATE TRIGGER interactions_sign_change BEFORE UPDATE ON interactions FOR EACH ROW
    WHEN (new.row_version IS DISTINCT FROM old.row_version OR new.changed_by IS DISTINCT FROM old.changed_by)
    EXECUTE FUNCTION cx_sign();
CREATE TRIGGER actions_sign BEFORE INSERT ON actions FOR EACH ROW
    WHEN (new.created_by IS NOT NULL OR new.changed_by IS NOT NULL) EXECUTE FUNCTION cx_sign();
CREATE TRIGGER actions_sign_change BEFORE UPDATE ON actions FOR EACH ROW
    WHEN (new.row_version IS DISTINCT FROM old.row_version OR new.changed_by IS DISTINCT FROM old.changed_by)
    EXECUTE FUNCTION cx_sign();
CREATE TRIGGER responses_sign BEFORE INSERT ON responses FOR EACH ROW
    WHEN (new.created_by IS NOT NULL) EXECUTE FUNCTION cx_sign();

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

-- A kiosk logged in as a counter adds a response only through this: to an
-- active survey, anonymous, signed with its login, with answers to that
-- survey's questions only, and the contact handed over to the desk. Written
-- once by its uuid: true when it was new. (answers: [{"q": question id,
-- "n": number or null, "t": text or null}, ...])
CREATE FUNCTION cx_counter_submit(p_uuid text, p_survey bigint, p_submitted_at text,
                                  p_answers jsonb, p_contact text, p_taken_at text)
RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER AS $$
DECLARE
    r_id bigint;
    tp bigint;
    ch bigint;
BEGIN
    SELECT s.touchpoint_id, coalesce(s.channel_id, t.channel_id) INTO tp, ch
    FROM surveys s LEFT JOIN touchpoints t ON t.id = s.touchpoint_id
    WHERE s.id = p_survey AND s.status = 'active';
    IF NOT FOUND THEN
        RAISE EXCEPTION 'the survey is not active (any more)';
    END IF;
    INSERT INTO responses (uuid, survey_id, customer_id, channel_id, touchpoint_id, submitted_at,
                           source, created_by)
    VALUES (p_uuid, p_survey, NULL, ch, tp, p_submitted_at, 'kiosk', session_user)
    ON CONFLICT (uuid) DO NOTHING
    RETURNING id INTO r_id;
    IF r_id IS NULL THEN
        RETURN false;
    END IF;
    INSERT INTO answers (response_id, question_id, value_num, value_text)
    SELECT r_id, q.id, (a ->> 'n')::double precision, a ->> 't'
    FROM jsonb_array_elements(p_answers) a JOIN questions q ON q.id = (a ->> 'q')::bigint
    WHERE q.survey_id = p_survey;
    INSERT INTO counter_handover (response_id, contact, taken_at)
    VALUES (r_id, nullif(btrim(p_contact), ''), p_taken_at);
    RETURN true;
END
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
    -- The database's owner is the business's owner too, whoever set it up.
    FOR r IN SELECT a.rolname FROM pg_database d JOIN pg_roles a ON a.oid = d.datdba
             WHERE d.datname = db AND NOT a.rolsuper AND a.rolname <> current_user LOOP
        EXECUTE format('GRANT %I TO %I', grp_owner, r.rolname);
    END LOOP;

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
    EXECUTE format('ALTER FUNCTION cx_counter_submit(text, bigint, text, jsonb, text, text) '
                   'SET search_path = %I, pg_temp', sch);
    -- No function runs for anyone but the team, and the ones that act with the
    -- owner group's rights only where CX Desk calls them: a trigger function
    -- cannot be hung on a table of one's own, for nobody else may use it.
    EXECUTE format('REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA %I FROM PUBLIC', sch);
    EXECUTE format('ALTER DEFAULT PRIVILEGES IN SCHEMA %I REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC',
                   sch);
    EXECUTE format('GRANT EXECUTE ON FUNCTION cx_fold(text), cx_julian_ms(text) TO %I, %I, %I',
                   grp_owner, grp_staff, grp_counter);
    EXECUTE format('GRANT EXECUTE ON FUNCTION cx_kiosk_report(text, bigint, text, bigint), '
                   'cx_counter_submit(text, bigint, text, jsonb, text, text) TO %I, %I, %I',
                   grp_owner, grp_staff, grp_counter);
    EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC', sch);

    -- Only the team connects (when this account may say so).
    IF (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
       OR pg_has_role(current_user, (SELECT datdba FROM pg_database WHERE datname = db), 'MEMBER') THEN
        EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', db);
        EXECUTE format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO %I, %I', db, grp_owner,
                       grp_staff);
        EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', db, grp_counter);
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO %I, %I', sch, grp_staff, grp_counter);

    -- Staff read everything and write their daily work.
    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA %I TO %I', sch, grp_staff);
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %I TO %I', sch, grp_staff);
    EXECUTE format('GRANT INSERT, UPDATE ON customers TO %I', grp_staff);
    EXECUTE format('GRANT INSERT, UPDATE, DELETE ON customer_tags, customer_field_values, '
                   'interactions, actions, action_notes, contacts, surveys, questions, '
                   'responses, answers, printed_forms, counter_handover TO %I', grp_staff);

    -- A kiosk reads the active surveys and adds responses (cx_counter_submit),
    -- nothing else.
    EXECUTE format('GRANT SELECT ON surveys, questions, settings TO %I', grp_counter);
    -- The schema version, kept beside the tables (core/storage/postgresengine.cpp).
    IF to_regclass('cxdesk_schema') IS NOT NULL THEN
        EXECUTE format('GRANT SELECT ON cxdesk_schema TO %I', grp_counter);
    END IF;

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

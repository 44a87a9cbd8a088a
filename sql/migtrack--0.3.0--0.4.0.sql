-- migtrack 0.3.0 -> 0.4.0: the audit trail (migtrack.audit); migtrack_status and
-- migtrack_migrations take verify (false: hashes only, no catalog verdicts).
\echo Use "ALTER EXTENSION migtrack UPDATE TO '0.4.0'" to load this file. \quit

DROP FUNCTION migtrack_status(jsonb, text, text);
DROP FUNCTION migtrack_migrations(jsonb, text, text);

CREATE FUNCTION migtrack_status(
    journal jsonb DEFAULT NULL,
    migrations_schema text DEFAULT 'drizzle',
    migrations_table text DEFAULT '__drizzle_migrations',
    verify boolean DEFAULT true)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'migtrack_status'
LANGUAGE C STABLE PARALLEL RESTRICTED SECURITY INVOKER;

COMMENT ON FUNCTION migtrack_status(jsonb, text, text, boolean) IS
'state of the drizzle migration history, compared with the journal when given';

CREATE FUNCTION migtrack_migrations(
    journal jsonb DEFAULT NULL,
    migrations_schema text DEFAULT 'drizzle',
    migrations_table text DEFAULT '__drizzle_migrations',
    verify boolean DEFAULT true,
    OUT "position" integer,
    OUT tag text,
    OUT created_at timestamptz,
    OUT hash text,
    OUT status text,
    OUT applied_at timestamptz,
    OUT row_id bigint,
    OUT verdict text,
    OUT missing text[])
RETURNS SETOF record
AS 'MODULE_PATHNAME', 'migtrack_migrations'
LANGUAGE C STABLE PARALLEL RESTRICTED SECURITY INVOKER ROWS 100;

COMMENT ON FUNCTION migtrack_migrations(jsonb, text, text, boolean) IS
'one row per journal migration and per recorded row that matches none';

-- The audit trail: one row per migtrack_sync or migtrack_migrate call that
-- wrote (dry runs write nothing and are not recorded) and per guard override.
-- It lives in migtrack's own schema, and pg_dump keeps its rows.  Callers
-- cannot write it: the functions insert as its owner, so a row can be neither
-- forged nor skipped through them.  Reading it is a privilege to grant
-- (GRANT USAGE ON SCHEMA migtrack, SELECT ON migtrack.audit); migtrack_status
-- shows the recent entries to those who may read it.
CREATE SCHEMA migtrack;
COMMENT ON SCHEMA migtrack IS 'migtrack''s own objects: the audit trail';

CREATE TABLE migtrack.audit (
    id bigserial PRIMARY KEY,
    recorded_at timestamptz NOT NULL,
    action text NOT NULL CHECK (action IN ('sync', 'migrate', 'guard_override')),
    user_name name NOT NULL,            -- current_user of the call
    session_user_name name NOT NULL,    -- who logged in
    application_name text,
    client_addr inet,
    migrations_table text NOT NULL,     -- the history concerned, schema-qualified
    rows_written integer NOT NULL,      -- rows added to the history
    migrations text[] NOT NULL,         -- their tags (1.0: folder names)
    detail jsonb NOT NULL               -- options and outcome; an override's commands
);
CREATE INDEX audit_migrations_table_idx ON migtrack.audit (migrations_table, id);

COMMENT ON TABLE migtrack.audit IS
'every history write by migtrack_sync/migtrack_migrate and every migtrack.guard override';

SELECT pg_catalog.pg_extension_config_dump('migtrack.audit', '');
SELECT pg_catalog.pg_extension_config_dump('migtrack.audit_id_seq', '');

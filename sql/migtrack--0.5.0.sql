-- migtrack 0.5.0: Drizzle ORM migration history -- status, pre-flight check, verification
-- against the catalog, truthful sync, in-server migrate, guard against untracked DDL, audit trail.
\echo Use "CREATE EXTENSION migtrack" to load this file. \quit

-- This script never creates drizzle's schema or table: migtrack_sync creates
-- them at run time with drizzle's own DDL, so DROP EXTENSION can never drop
-- the history.  All functions are SECURITY INVOKER: they read and write with
-- the caller's privileges on the migrations table.

CREATE FUNCTION migtrack_status(
    journal jsonb DEFAULT NULL,
    migrations_schema text DEFAULT 'drizzle',
    migrations_table text DEFAULT '__drizzle_migrations',
    verify boolean DEFAULT true)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'migtrack_status'
LANGUAGE C STABLE PARALLEL UNSAFE SECURITY INVOKER;

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
LANGUAGE C STABLE PARALLEL UNSAFE SECURITY INVOKER ROWS 100;

COMMENT ON FUNCTION migtrack_migrations(jsonb, text, text, boolean) IS
'one row per journal migration and per recorded row that matches none';

CREATE FUNCTION migtrack_check(
    journal jsonb,
    migrations_schema text DEFAULT 'drizzle',
    migrations_table text DEFAULT '__drizzle_migrations')
RETURNS void
AS 'MODULE_PATHNAME', 'migtrack_check'
LANGUAGE C STABLE PARALLEL UNSAFE SECURITY INVOKER;

COMMENT ON FUNCTION migtrack_check(jsonb, text, text) IS
'pre-flight for drizzle-kit migrate: ERROR when it would fail or misbehave';

CREATE FUNCTION migtrack_sync(
    journal jsonb,
    migrations_schema text DEFAULT 'drizzle',
    migrations_table text DEFAULT '__drizzle_migrations',
    dry_run boolean DEFAULT false,
    up_to text DEFAULT NULL,
    accept text[] DEFAULT NULL,
    force boolean DEFAULT false,
    apply_absent boolean DEFAULT false)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'migtrack_sync'
LANGUAGE C VOLATILE PARALLEL UNSAFE SECURITY INVOKER;

COMMENT ON FUNCTION migtrack_sync(jsonb, text, text, boolean, text, text[], boolean, boolean) IS
'record journal migrations as applied, exactly as drizzle-orm migrate would, when the catalog confirms them';

CREATE FUNCTION migtrack_migrate(
    journal jsonb,
    migrations_schema text DEFAULT 'drizzle',
    migrations_table text DEFAULT '__drizzle_migrations',
    dry_run boolean DEFAULT false,
    out_of_order boolean DEFAULT false)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'migtrack_migrate'
LANGUAGE C VOLATILE PARALLEL UNSAFE SECURITY INVOKER;

COMMENT ON FUNCTION migtrack_migrate(jsonb, text, text, boolean, boolean) IS
'apply pending migrations as drizzle-orm migrate does, after the pre-flight check';

CREATE FUNCTION migtrack_repair(
    journal jsonb,
    accept_edits text[] DEFAULT NULL,
    forget_rows bigint[] DEFAULT NULL,
    name_rows boolean DEFAULT false,
    dry_run boolean DEFAULT false,
    migrations_schema text DEFAULT 'drizzle',
    migrations_table text DEFAULT '__drizzle_migrations')
RETURNS jsonb
AS 'MODULE_PATHNAME', 'migtrack_repair'
LANGUAGE C VOLATILE PARALLEL UNSAFE SECURITY INVOKER;

COMMENT ON FUNCTION migtrack_repair(jsonb, text[], bigint[], boolean, boolean, text, text) IS
'repair the history: accept edited files, forget rows of deleted migrations, name 1.0 rows without a name';

-- Writing history is a privilege to grant explicitly.
REVOKE EXECUTE ON FUNCTION migtrack_sync(jsonb, text, text, boolean, text, text[], boolean, boolean) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION migtrack_migrate(jsonb, text, text, boolean, boolean) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION migtrack_repair(jsonb, text[], bigint[], boolean, boolean, text, text) FROM PUBLIC;

-- The guard (migtrack.guard = off | warn | error): the event triggers collect a
-- transaction's schema changes; the commit fails or warns when no migration was
-- recorded with them.  Off by default; DROP EXTENSION removes it.
CREATE FUNCTION migtrack_guard_ddl()
RETURNS event_trigger
AS 'MODULE_PATHNAME', 'migtrack_guard_ddl'
LANGUAGE C;
CREATE EVENT TRIGGER migtrack_guard_ddl ON ddl_command_end EXECUTE FUNCTION migtrack_guard_ddl();
CREATE EVENT TRIGGER migtrack_guard_drop ON sql_drop EXECUTE FUNCTION migtrack_guard_ddl();

-- Commands that commit on their own (CREATE INDEX CONCURRENTLY, DROP INDEX
-- CONCURRENTLY, DETACH PARTITION ... CONCURRENTLY) are judged before they
-- start: refused at commit, they would be left half done.
CREATE FUNCTION migtrack_guard_start()
RETURNS event_trigger
AS 'MODULE_PATHNAME', 'migtrack_guard_start'
LANGUAGE C;
CREATE EVENT TRIGGER migtrack_guard_start ON ddl_command_start
    WHEN TAG IN ('CREATE INDEX', 'DROP INDEX', 'ALTER TABLE')
    EXECUTE FUNCTION migtrack_guard_start();

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
    action text NOT NULL CHECK (action IN ('sync', 'migrate', 'repair', 'guard_override')),
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
'every history write by migtrack_sync/migtrack_migrate/migtrack_repair and every migtrack.guard override';

SELECT pg_catalog.pg_extension_config_dump('migtrack.audit', '');
SELECT pg_catalog.pg_extension_config_dump('migtrack.audit_id_seq', '');

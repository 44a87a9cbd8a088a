-- migtrack 0.3.0: Drizzle ORM migration history -- status, pre-flight check, verification
-- against the catalog, truthful sync, in-server migrate, guard against untracked DDL.
\echo Use "CREATE EXTENSION migtrack" to load this file. \quit

-- This script never creates drizzle's schema or table: migtrack_sync creates
-- them at run time with drizzle's own DDL, so DROP EXTENSION can never drop
-- the history.  All functions are SECURITY INVOKER: they read and write with
-- the caller's privileges on the migrations table.

CREATE FUNCTION migtrack_status(
    journal jsonb DEFAULT NULL,
    migrations_schema text DEFAULT 'drizzle',
    migrations_table text DEFAULT '__drizzle_migrations')
RETURNS jsonb
AS 'MODULE_PATHNAME', 'migtrack_status'
LANGUAGE C STABLE PARALLEL RESTRICTED SECURITY INVOKER;

COMMENT ON FUNCTION migtrack_status(jsonb, text, text) IS
'state of the drizzle migration history, compared with the journal when given';

CREATE FUNCTION migtrack_migrations(
    journal jsonb DEFAULT NULL,
    migrations_schema text DEFAULT 'drizzle',
    migrations_table text DEFAULT '__drizzle_migrations',
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

COMMENT ON FUNCTION migtrack_migrations(jsonb, text, text) IS
'one row per journal migration and per recorded row that matches none';

CREATE FUNCTION migtrack_check(
    journal jsonb,
    migrations_schema text DEFAULT 'drizzle',
    migrations_table text DEFAULT '__drizzle_migrations')
RETURNS void
AS 'MODULE_PATHNAME', 'migtrack_check'
LANGUAGE C STABLE PARALLEL RESTRICTED SECURITY INVOKER;

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
    dry_run boolean DEFAULT false)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'migtrack_migrate'
LANGUAGE C VOLATILE PARALLEL UNSAFE SECURITY INVOKER;

COMMENT ON FUNCTION migtrack_migrate(jsonb, text, text, boolean) IS
'apply pending migrations as drizzle-orm migrate does, after the pre-flight check';

-- Writing history is a privilege to grant explicitly.
REVOKE EXECUTE ON FUNCTION migtrack_sync(jsonb, text, text, boolean, text, text[], boolean, boolean) FROM PUBLIC;
REVOKE EXECUTE ON FUNCTION migtrack_migrate(jsonb, text, text, boolean) FROM PUBLIC;

-- The guard (migtrack.guard = off | warn | error): the event triggers collect a
-- transaction's schema changes; the commit fails or warns when no migration was
-- recorded with them.  Off by default; DROP EXTENSION removes it.
CREATE FUNCTION migtrack_guard_ddl()
RETURNS event_trigger
AS 'MODULE_PATHNAME', 'migtrack_guard_ddl'
LANGUAGE C;
CREATE EVENT TRIGGER migtrack_guard_ddl ON ddl_command_end EXECUTE FUNCTION migtrack_guard_ddl();
CREATE EVENT TRIGGER migtrack_guard_drop ON sql_drop EXECUTE FUNCTION migtrack_guard_ddl();

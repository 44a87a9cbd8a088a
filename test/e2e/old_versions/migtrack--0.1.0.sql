-- migtrack 0.1.0: Drizzle ORM migration history -- status, pre-flight check, truthful sync.
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
    OUT row_id bigint)
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
    up_to text DEFAULT NULL)
RETURNS jsonb
AS 'MODULE_PATHNAME', 'migtrack_sync'
LANGUAGE C VOLATILE PARALLEL UNSAFE SECURITY INVOKER;

COMMENT ON FUNCTION migtrack_sync(jsonb, text, text, boolean, text) IS
'record journal migrations as applied, exactly as drizzle-orm migrate would';

-- Writing history is a privilege to grant explicitly.
REVOKE EXECUTE ON FUNCTION migtrack_sync(jsonb, text, text, boolean, text) FROM PUBLIC;

-- migtrack 0.1.0 -> 0.2.0: migrations are verified against the catalog.
\echo Use "ALTER EXTENSION migtrack UPDATE TO '0.2.0'" to load this file. \quit

-- migtrack_migrations gains the verdict and what is missing.
DROP FUNCTION migtrack_migrations(jsonb, text, text);
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

-- migtrack_sync verifies what it records; accept, force and apply_absent say how far to trust.
DROP FUNCTION migtrack_sync(jsonb, text, text, boolean, text);
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

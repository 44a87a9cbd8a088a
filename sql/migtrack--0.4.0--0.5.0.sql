-- migtrack 0.4.0 -> 0.5.0: the read-only functions verify in subtransactions,
-- which parallel workers cannot start: they are PARALLEL UNSAFE, not RESTRICTED.
-- The guard judges commands that commit on their own before they start.
\echo Use "ALTER EXTENSION migtrack UPDATE TO '0.5.0'" to load this file. \quit

ALTER FUNCTION migtrack_status(jsonb, text, text, boolean) PARALLEL UNSAFE;
ALTER FUNCTION migtrack_migrations(jsonb, text, text, boolean) PARALLEL UNSAFE;
ALTER FUNCTION migtrack_check(jsonb, text, text) PARALLEL UNSAFE;

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

-- migtrack_migrate takes out_of_order; the roles granted EXECUTE keep it.
CREATE TEMP TABLE migtrack_migrate_grantees ON COMMIT DROP AS
    SELECT a.grantee::regrole::text AS grantee
      FROM pg_catalog.pg_proc p, pg_catalog.aclexplode(p.proacl) a
     WHERE p.oid = 'migtrack_migrate(jsonb, text, text, boolean)'::pg_catalog.regprocedure
       AND a.privilege_type = 'EXECUTE' AND a.grantee <> 0 AND a.grantee <> p.proowner;
DROP FUNCTION migtrack_migrate(jsonb, text, text, boolean);
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
REVOKE EXECUTE ON FUNCTION migtrack_migrate(jsonb, text, text, boolean, boolean) FROM PUBLIC;
DO $$
DECLARE
    g text;
BEGIN
    FOR g IN SELECT grantee FROM pg_temp.migtrack_migrate_grantees LOOP
        EXECUTE pg_catalog.format('GRANT EXECUTE ON FUNCTION migtrack_migrate(jsonb, text, text, boolean, boolean) TO %s', g);
    END LOOP;
END $$;
DROP TABLE pg_temp.migtrack_migrate_grantees;

-- migtrack_repair: accept edited files, forget rows of deleted migrations, name 1.0 rows without a name.
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
REVOKE EXECUTE ON FUNCTION migtrack_repair(jsonb, text[], bigint[], boolean, boolean, text, text) FROM PUBLIC;

-- repairs are audited too
ALTER TABLE migtrack.audit DROP CONSTRAINT audit_action_check;
ALTER TABLE migtrack.audit ADD CONSTRAINT audit_action_check
    CHECK (action IN ('sync', 'migrate', 'repair', 'guard_override'));
COMMENT ON TABLE migtrack.audit IS
'every history write by migtrack_sync/migtrack_migrate/migtrack_repair and every migtrack.guard override';

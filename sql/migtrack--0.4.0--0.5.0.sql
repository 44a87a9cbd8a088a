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

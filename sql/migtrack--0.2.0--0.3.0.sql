-- migtrack 0.2.0 -> 0.3.0: the guard against untracked DDL.
\echo Use "ALTER EXTENSION migtrack UPDATE TO '0.3.0'" to load this file. \quit

-- The guard (migtrack.guard = off | warn | error): the event triggers collect a
-- transaction's schema changes; the commit fails or warns when no migration was
-- recorded with them.  Off by default; DROP EXTENSION removes it.
CREATE FUNCTION migtrack_guard_ddl()
RETURNS event_trigger
AS 'MODULE_PATHNAME', 'migtrack_guard_ddl'
LANGUAGE C;
CREATE EVENT TRIGGER migtrack_guard_ddl ON ddl_command_end EXECUTE FUNCTION migtrack_guard_ddl();
CREATE EVENT TRIGGER migtrack_guard_drop ON sql_drop EXECUTE FUNCTION migtrack_guard_ddl();

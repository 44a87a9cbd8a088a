-- Privileges: every function is SECURITY INVOKER, so it reads and writes the
-- history with the caller's own privileges; writing history (migtrack_sync)
-- additionally needs EXECUTE, which PUBLIC does not have; so does applying
-- migrations (migtrack_migrate).

-- The catalog: no SECURITY DEFINER function; EXECUTE for PUBLIC on all but
-- migtrack_sync and migtrack_migrate.
SELECT p.proname, p.prosecdef AS security_definer,
       p.proacl IS NULL AS default_acl,
       EXISTS (SELECT FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE') AS public_execute,
       has_function_privilege('public', p.oid, 'EXECUTE') AS public_has_execute
  FROM pg_proc p
  JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'migtrack'
 ORDER BY 1;

-- A database with migration 0000_users applied and recorded; 0001_posts is
-- pending (its table does not exist yet).
CREATE TABLE users (id int);
\set j1 '{"version": "7", "dialect": "postgresql", "entries": [{"idx": 0, "version": "7", "when": 1700000000000, "tag": "0000_users", "breakpoints": true, "sql": "CREATE TABLE users (id int);"}]}'
\set j2 '{"version": "7", "dialect": "postgresql", "entries": [{"idx": 0, "version": "7", "when": 1700000000000, "tag": "0000_users", "breakpoints": true, "sql": "CREATE TABLE users (id int);"}, {"idx": 1, "version": "7", "when": 1700000001000, "tag": "0001_posts", "breakpoints": true, "sql": "CREATE TABLE posts (id int);"}]}'
SELECT migtrack_sync(:'j1')->'inserted' AS inserted;

CREATE ROLE regress_migtrack_nobody;   -- no privilege on the history
CREATE ROLE regress_migtrack_reader;   -- may read the history
CREATE ROLE regress_migtrack_writer;   -- may record migrations

-- A role with no privilege: status and check can be called (EXECUTE is
-- PUBLIC's) but read with the caller's privileges, so they fail; sync cannot
-- even be called.
-- (terse: the error's context would quote migtrack's internal query)
\set VERBOSITY terse
SET ROLE regress_migtrack_nobody;
SELECT migtrack_sync(:'j2');
SELECT migtrack_sync(:'j2', dry_run => true);
SELECT migtrack_status(:'j2');
SELECT f, try(format('SELECT %s(%L)', f, :'j2')) AS result
  FROM unnest(ARRAY['migtrack_status', 'migtrack_check', 'migtrack_migrations', 'migtrack_sync', 'migtrack_migrate']) f;
RESET ROLE;

-- USAGE on the schema but no SELECT on the table: still permission denied (42501).
GRANT USAGE ON SCHEMA drizzle TO regress_migtrack_nobody;
SET ROLE regress_migtrack_nobody;
SELECT migtrack_status(:'j2');
SELECT f, try(format('SELECT %s(%L)', f, :'j2')) AS result
  FROM unnest(ARRAY['migtrack_status', 'migtrack_check', 'migtrack_migrations']) f;
SELECT try('SELECT migtrack_status()') AS status_without_journal;
RESET ROLE;
\set VERBOSITY default

-- SELECT on the table is enough to read the history.
GRANT USAGE ON SCHEMA drizzle TO regress_migtrack_reader;
GRANT SELECT ON drizzle.__drizzle_migrations TO regress_migtrack_reader;
SET ROLE regress_migtrack_reader;
SELECT s->>'state' AS state, s->>'pending' AS pending, s->>'applied_rows' AS applied_rows
  FROM migtrack_status(:'j2') s;
SELECT migtrack_check(:'j2');
SELECT position, tag, status, row_id FROM migtrack_migrations(:'j2');
-- but it cannot record or apply anything, not even plan it
SELECT migtrack_sync(:'j2', dry_run => true);
SELECT migtrack_migrate(:'j2', dry_run => true);
RESET ROLE;

-- 0001_posts is now applied by hand (drizzle-kit push): sync has something true to record.
CREATE TABLE posts (id int);

-- The writer: EXECUTE on migtrack_sync alone is not enough; it writes with its
-- own privileges, exactly the ones drizzle-kit migrate needs for its insert.
GRANT EXECUTE ON FUNCTION migtrack_sync(jsonb, text, text, boolean, text, text[], boolean, boolean) TO regress_migtrack_writer;
SET ROLE regress_migtrack_writer;
SELECT try(format('SELECT migtrack_sync(%L)', :'j2')) AS execute_only;
RESET ROLE;
GRANT USAGE ON SCHEMA drizzle TO regress_migtrack_writer;
GRANT SELECT ON drizzle.__drizzle_migrations TO regress_migtrack_writer;
SET ROLE regress_migtrack_writer;
SELECT try(format('SELECT migtrack_sync(%L)', :'j2')) AS no_insert;
-- a dry run only reads
SELECT s->>'inserted' AS inserted, s->'rows'->0->>'tag' AS would_record
  FROM migtrack_sync(:'j2', dry_run => true) s;
RESET ROLE;
GRANT INSERT ON drizzle.__drizzle_migrations TO regress_migtrack_writer;
SET ROLE regress_migtrack_writer;
SELECT try(format('SELECT migtrack_sync(%L)', :'j2')) AS no_sequence;
RESET ROLE;
GRANT USAGE ON SEQUENCE drizzle.__drizzle_migrations_id_seq TO regress_migtrack_writer;
SET ROLE regress_migtrack_writer;
SELECT s->>'inserted' AS inserted, s->>'state_before' AS state_before, s->'rows' AS rows
  FROM migtrack_sync(:'j2') s;
SELECT migtrack_status(:'j2')->>'state' AS state;
RESET ROLE;
SELECT id, hash, created_at FROM drizzle.__drizzle_migrations ORDER BY id;

-- Creating the history (schema and table) needs CREATE on the database: the
-- writer is refused before anything is written.
DROP SCHEMA drizzle CASCADE;
SET ROLE regress_migtrack_writer;
-- (the database's name depends on how pg_regress was run)
SELECT replace(try(format('SELECT migtrack_sync(%L)', :'j2')), current_database(), '<database>') AS no_create;
RESET ROLE;
SELECT to_regnamespace('drizzle') IS NULL AS nothing_written;
-- with CREATE on the database the writer creates them, and owns them
DO $$ BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO regress_migtrack_writer', current_database()); END $$;
SET ROLE regress_migtrack_writer;
SELECT s->>'inserted' AS inserted, s->'tracking_table'->>'created' AS created FROM migtrack_sync(:'j2') s;
RESET ROLE;
SELECT pg_get_userbyid(nspowner) AS schema_owner FROM pg_namespace WHERE nspname = 'drizzle';
SELECT pg_get_userbyid(relowner) AS table_owner FROM pg_class WHERE oid = 'drizzle.__drizzle_migrations'::regclass;

DROP SCHEMA drizzle CASCADE;
DROP TABLE users, posts;

-- migtrack_migrate on a fresh database: EXECUTE is needed, then it runs the
-- migrations' SQL with the caller's own privileges -- here CREATE on schema
-- public, as drizzle-kit migrate would need -- and a failure writes nothing.
SET ROLE regress_migtrack_writer;
SELECT try(format('SELECT migtrack_migrate(%L)', :'j2')) AS no_execute;
RESET ROLE;
GRANT EXECUTE ON FUNCTION migtrack_migrate(jsonb, text, text, boolean, boolean) TO regress_migtrack_writer;
SET ROLE regress_migtrack_writer;
SELECT try(format('SELECT migtrack_migrate(%L)', :'j2')) AS no_create_in_public;
RESET ROLE;
SELECT to_regnamespace('drizzle') IS NULL AS nothing_written, to_regclass('public.users') IS NULL AS no_users;
GRANT CREATE ON SCHEMA public TO regress_migtrack_writer;
SET ROLE regress_migtrack_writer;
SELECT s->>'applied' AS applied, s->'tracking_table'->>'created' AS created FROM migtrack_migrate(:'j2') s;
SELECT migtrack_status(:'j2')->>'state' AS state;
RESET ROLE;
SELECT c.oid::regclass AS relation, pg_get_userbyid(c.relowner) AS owner
  FROM pg_class c WHERE c.oid IN ('public.users'::regclass, 'public.posts'::regclass, 'drizzle.__drizzle_migrations'::regclass)
 ORDER BY c.oid::regclass::text;

-- Clean up.
DROP SCHEMA drizzle CASCADE;
DROP TABLE users, posts;
REVOKE CREATE ON SCHEMA public FROM regress_migtrack_writer;
DO $$ BEGIN EXECUTE format('REVOKE CREATE ON DATABASE %I FROM regress_migtrack_writer', current_database()); END $$;
REVOKE EXECUTE ON FUNCTION migtrack_sync(jsonb, text, text, boolean, text, text[], boolean, boolean) FROM regress_migtrack_writer;
REVOKE EXECUTE ON FUNCTION migtrack_migrate(jsonb, text, text, boolean, boolean) FROM regress_migtrack_writer;
DROP ROLE regress_migtrack_nobody, regress_migtrack_reader, regress_migtrack_writer;
-- sync and migrate are still not PUBLIC's
SELECT has_function_privilege('public', 'migtrack_sync(jsonb, text, text, boolean, text, text[], boolean, boolean)', 'EXECUTE') AS public_can_sync,
       has_function_privilege('public', 'migtrack_migrate(jsonb, text, text, boolean, boolean)', 'EXECUTE') AS public_can_migrate;

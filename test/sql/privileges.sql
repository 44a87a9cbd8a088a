-- Privileges: every function is SECURITY INVOKER, so it reads and writes the
-- history with the caller's own privileges; writing history (migtrack_sync)
-- additionally needs EXECUTE, which PUBLIC does not have.

-- The catalog: no SECURITY DEFINER function; EXECUTE for PUBLIC on all but migtrack_sync.
SELECT p.proname, p.prosecdef AS security_definer,
       p.proacl IS NULL AS default_acl,
       EXISTS (SELECT FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE') AS public_execute,
       has_function_privilege('public', p.oid, 'EXECUTE') AS public_has_execute
  FROM pg_proc p
  JOIN pg_depend d ON d.classid = 'pg_proc'::regclass AND d.objid = p.oid AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'migtrack'
 ORDER BY 1;

-- A database after drizzle-kit push with migration 0000_users recorded;
-- 0001_posts is pending.
CREATE TABLE users (id int);
CREATE TABLE posts (id int);
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
  FROM unnest(ARRAY['migtrack_status', 'migtrack_check', 'migtrack_migrations', 'migtrack_sync']) f;
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
-- but it cannot record anything, not even plan it
SELECT migtrack_sync(:'j2', dry_run => true);
RESET ROLE;

-- The writer: EXECUTE on migtrack_sync alone is not enough; it writes with its
-- own privileges, exactly the ones drizzle-kit migrate needs for its insert.
GRANT EXECUTE ON FUNCTION migtrack_sync(jsonb, text, text, boolean, text) TO regress_migtrack_writer;
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
SELECT try(format('SELECT migtrack_sync(%L)', :'j2')) AS no_create;
RESET ROLE;
SELECT to_regnamespace('drizzle') IS NULL AS nothing_written;
-- with CREATE on the database the writer creates them, and owns them
DO $$ BEGIN EXECUTE format('GRANT CREATE ON DATABASE %I TO regress_migtrack_writer', current_database()); END $$;
SET ROLE regress_migtrack_writer;
SELECT s->>'inserted' AS inserted, s->'tracking_table'->>'created' AS created FROM migtrack_sync(:'j2') s;
RESET ROLE;
SELECT pg_get_userbyid(nspowner) AS schema_owner FROM pg_namespace WHERE nspname = 'drizzle';
SELECT pg_get_userbyid(relowner) AS table_owner FROM pg_class WHERE oid = 'drizzle.__drizzle_migrations'::regclass;

-- Clean up.
DROP SCHEMA drizzle CASCADE;
DROP TABLE users, posts;
DO $$ BEGIN EXECUTE format('REVOKE CREATE ON DATABASE %I FROM regress_migtrack_writer', current_database()); END $$;
REVOKE EXECUTE ON FUNCTION migtrack_sync(jsonb, text, text, boolean, text) FROM regress_migtrack_writer;
DROP ROLE regress_migtrack_nobody, regress_migtrack_reader, regress_migtrack_writer;
-- sync is still not PUBLIC's
SELECT has_function_privilege('public', 'migtrack_sync(jsonb, text, text, boolean, text)', 'EXECUTE') AS public_can_sync;

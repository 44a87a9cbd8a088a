-- A hostile owner of the application's database, a careless user, and what the
-- guard promises (issue 13).  pg_regress runs as a superuser: each attack is
-- staged by a non-superuser role that owns drizzle's history, then a superuser
-- calls migtrack.
SELECT current_database() AS db \gset
CREATE ROLE regress_sec_owner;
GRANT CREATE ON DATABASE :"db" TO regress_sec_owner;
GRANT CREATE ON SCHEMA public TO regress_sec_owner;
-- what the owner's code managed to run, and as whom
CREATE TABLE sec_hits (what text, by_role text);
GRANT INSERT ON sec_hits TO PUBLIC;
CREATE FUNCTION sec_hit(what text) RETURNS void LANGUAGE sql SECURITY INVOKER
  AS $$ INSERT INTO public.sec_hits VALUES (what, current_user) $$;
\set j '{"entries": [{"tag": "0000_init", "when": 1700000000000, "sql": "CREATE TABLE sec_users (id int);"}]}'

---------------------------------------------------------------------------
-- 1. The history's columns must have drizzle's built-in types: a type of the
-- owner's making with a cast would run the owner's code as the superuser.
---------------------------------------------------------------------------
SET SESSION AUTHORIZATION regress_sec_owner;
CREATE SCHEMA drizzle;
CREATE TYPE drizzle.stamp AS (v bigint);
CREATE FUNCTION drizzle.stamp_to_int8(drizzle.stamp) RETURNS bigint LANGUAGE plpgsql
  AS $$ BEGIN PERFORM public.sec_hit('cast'); RETURN ($1).v; END $$;
CREATE CAST (drizzle.stamp AS bigint) WITH FUNCTION drizzle.stamp_to_int8(drizzle.stamp) AS ASSIGNMENT;
CREATE TABLE drizzle.__drizzle_migrations (id serial PRIMARY KEY, hash text NOT NULL, created_at drizzle.stamp);
INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES (repeat('a', 64), ROW(1700000000000));
CREATE TABLE sec_users (id int);
RESET SESSION AUTHORIZATION;
SELECT try('SELECT migtrack_status()');
SELECT try(format('SELECT migtrack_status(%L)', :'j'));
SELECT try(format('SELECT * FROM migtrack_migrations(%L)', :'j'));
SELECT try(format('SELECT migtrack_check(%L)', :'j'));
SELECT try(format('SELECT migtrack_sync(%L)', :'j'));
SELECT try(format('SELECT migtrack_migrate(%L, dry_run => true)', :'j'));
SELECT migtrack_status();
SELECT count(*) AS owner_code_runs FROM sec_hits;
-- a domain over bigint is refused too: its checks are the owner's code
ALTER TABLE drizzle.__drizzle_migrations DROP COLUMN created_at;
SET SESSION AUTHORIZATION regress_sec_owner;
CREATE DOMAIN drizzle.millis AS bigint CHECK (public.sec_hit('domain') IS NULL OR true);
ALTER TABLE drizzle.__drizzle_migrations ADD COLUMN created_at drizzle.millis;
RESET SESSION AUTHORIZATION;
SELECT try('SELECT migtrack_status()');
-- What the HINT suggests, pasted by the superuser, runs none of the owner's
-- code either: no conversion through the owner's cast, none past a CHECK
-- constraint (a conversion re-checks them with the paster's rights).
-- hint_of(stmt): the HINT of the error stmt raises; pasted(stmt): the SQL
-- command at the end of it (after ": "), run as it is, or 'no command'.
CREATE FUNCTION hint_of(stmt text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE h text;
BEGIN
    EXECUTE stmt;
    RETURN NULL;
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS h = PG_EXCEPTION_HINT;
    RETURN h;
END $$;
CREATE FUNCTION pasted(stmt text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE cmd text := substring(hint_of(stmt) FROM ': ((ALTER|DROP) [^;]*;)$');
BEGIN
    IF cmd IS NULL THEN RETURN 'no command'; END IF;
    RETURN cmd || ' -> ' || try(cmd);
END $$;
ALTER TABLE drizzle.__drizzle_migrations DROP COLUMN created_at;
SET SESSION AUTHORIZATION regress_sec_owner;
ALTER TABLE drizzle.__drizzle_migrations ADD COLUMN created_at drizzle.stamp;
UPDATE drizzle.__drizzle_migrations SET created_at = ROW(1700000000000);
RESET SESSION AUTHORIZATION;
SELECT hint_of('SELECT migtrack_status()');
SELECT pasted('SELECT migtrack_status()');
-- a domain over bigint: converting to bigint runs neither the domain's check
-- nor a cast; behind a CHECK constraint, the constraint is named first
ALTER TABLE drizzle.__drizzle_migrations DROP COLUMN created_at;
SET SESSION AUTHORIZATION regress_sec_owner;
ALTER TABLE drizzle.__drizzle_migrations ADD COLUMN created_at drizzle.millis;
UPDATE drizzle.__drizzle_migrations SET created_at = 1700000000000;
ALTER TABLE drizzle.__drizzle_migrations
  ADD CONSTRAINT "Sec ""check""" CHECK (public.sec_hit('check') IS NULL OR created_at > 0);
RESET SESSION AUTHORIZATION;
TRUNCATE sec_hits;
SELECT pasted('SELECT migtrack_status()');
SELECT pasted('SELECT migtrack_status()');
SELECT migtrack_status()->>'state' AS state_after_pasting;
SELECT count(*) AS owner_code_runs FROM sec_hits;
-- drizzle's own types (and their close kin) are read as they are
ALTER TABLE drizzle.__drizzle_migrations DROP COLUMN created_at;
ALTER TABLE drizzle.__drizzle_migrations ADD COLUMN created_at integer;
SELECT migtrack_status()->>'state' AS state_with_int4_created_at;
SELECT count(*) AS owner_code_runs FROM sec_hits;

-- Row level security on the history is refused, not applied: a policy runs the
-- owner's code and can hide rows (status would say untracked).
ALTER TABLE drizzle.__drizzle_migrations DROP COLUMN created_at;
ALTER TABLE drizzle.__drizzle_migrations ADD COLUMN created_at bigint;
GRANT SELECT ON drizzle.__drizzle_migrations TO PUBLIC;
GRANT USAGE ON SCHEMA drizzle TO PUBLIC;
SET SESSION AUTHORIZATION regress_sec_owner;
ALTER TABLE drizzle.__drizzle_migrations ENABLE ROW LEVEL SECURITY;
ALTER TABLE drizzle.__drizzle_migrations FORCE ROW LEVEL SECURITY;
CREATE POLICY hide ON drizzle.__drizzle_migrations USING (public.sec_hit('policy') IS NULL AND false);
SELECT try('SELECT migtrack_status()');
RESET SESSION AUTHORIZATION;
SELECT migtrack_status()->>'state' AS superuser_bypasses_rls;
SELECT count(*) AS owner_code_runs FROM sec_hits;
DROP SCHEMA drizzle CASCADE;
DROP TABLE sec_users;

---------------------------------------------------------------------------
-- 8. What users paste: every value in a suggested command is quoted, and
-- control characters in tags are shown escaped.
---------------------------------------------------------------------------
CREATE TABLE sec_users (id int);
SELECT s->>'recommendation' AS recommendation, s->'next' AS next
  FROM migtrack_status('{"entries": [
    {"tag": "0000_init", "when": 1700000000000, "sql": "CREATE TABLE sec_users (id int);"},
    {"tag": "0001_seed}''); DROP TABLE sec_users; --", "when": 1700000001000, "sql": "INSERT INTO sec_users VALUES (1);"},
    {"tag": "0002_x\nSELECT 1;\u001b[2J", "when": 1700000002000, "sql": "INSERT INTO sec_users VALUES (2);"}]}',
    migrations_table => 'my''table') s;
-- the suggested call, run as it is, does what it says and nothing else
SELECT migtrack_sync('{"entries": [
    {"tag": "0000_init", "when": 1700000000000, "sql": "CREATE TABLE sec_users (id int);"},
    {"tag": "0001_seed}''); DROP TABLE sec_users; --", "when": 1700000001000, "sql": "INSERT INTO sec_users VALUES (1);"},
    {"tag": "0002_x\nSELECT 1;\u001b[2J", "when": 1700000002000, "sql": "INSERT INTO sec_users VALUES (2);"}]}',
    migrations_table => 'my''table', dry_run => true,
    accept => ARRAY['0001_seed}''); DROP TABLE sec_users; --', E'0002_x\x0aSELECT 1;\x1b[2J'])->>'inserted' AS dry_run_inserted;
SELECT to_regclass('sec_users') IS NOT NULL AS users_kept;
-- ... and it calls migtrack's function, not one of the same name that the
-- database's owner put in the search_path (public is the owner's schema).
-- The call is pasted as psql would run it: :'journal' replaced by the literal.
SET SESSION AUTHORIZATION regress_sec_owner;
CREATE FUNCTION public.migtrack_sync(journal text, migrations_table text DEFAULT NULL, accept text[] DEFAULT NULL)
  RETURNS jsonb LANGUAGE plpgsql AS $$ BEGIN PERFORM public.sec_hit('same name'); RETURN '{}'; END $$;
RESET SESSION AUTHORIZATION;
TRUNCATE sec_hits;
\set shadowed '{"entries": [{"tag": "0000_init", "when": 1700000000000, "sql": "CREATE TABLE sec_users (id int);"}, {"tag": "0001_seed", "when": 1700000001000, "sql": "INSERT INTO sec_users VALUES (1);"}]}'
SELECT substring(migtrack_status(:'shadowed', migrations_table => 'my''table')->>'recommendation'
                 FROM ': (SELECT .*\);)$') AS suggested \gset
SELECT :'suggested' AS suggested;
SELECT try(replace(:'suggested', ':''journal''', quote_literal(:'shadowed'))) AS pasted;
SELECT count(*) AS owner_code_runs FROM sec_hits;
SELECT count(*) AS rows_written FROM drizzle."my'table";
DROP FUNCTION public.migtrack_sync(text, text, text[]);
DROP SCHEMA drizzle CASCADE;
-- errors name such a tag escaped too
SELECT try('SELECT migtrack_sync(''{"entries": [{"tag": "0000_a\u001b[31m", "when": 1, "sql": ""}, {"tag": "0000_a\u001b[31m", "when": 2, "sql": ""}]}'')');
DROP TABLE sec_users;

---------------------------------------------------------------------------
-- 11. The read-only functions verify in subtransactions: PARALLEL UNSAFE, and
-- they work when the planner is forced to parallelise.
---------------------------------------------------------------------------
SELECT p.proname, p.proparallel FROM pg_proc p
 WHERE p.proname IN ('migtrack_status', 'migtrack_migrations', 'migtrack_check') ORDER BY 1;
-- force_parallel_mode was renamed debug_parallel_query in 16
SELECT name AS parallel_guc FROM pg_settings
 WHERE name IN ('force_parallel_mode', 'debug_parallel_query') \gset
SET :parallel_guc = on;
SELECT migtrack_status(:'j')->>'state' AS state_under_force_parallel_mode;
SELECT count(*) AS rows FROM migtrack_migrations(:'j');
SELECT try(format('SELECT migtrack_check(%L)', :'j'));
RESET :parallel_guc;

---------------------------------------------------------------------------
-- 12. A query cancel (here a statement timeout) during verification is not
-- swallowed as "unverifiable": the call fails.
---------------------------------------------------------------------------
-- 20,000 migrations: the cancel is answered between two of them, inside the
-- subtransaction that catches what a migration's text makes PostgreSQL reject
SELECT jsonb_build_object('entries', jsonb_agg(jsonb_build_object(
         'tag', format('%s_t', lpad(i::text, 5, '0')), 'when', 1700000000000 + i,
         'sql', format('CREATE TABLE sec_big_%s (id serial PRIMARY KEY, a text DEFAULT %L, b int NOT NULL);
--> statement-breakpoint
CREATE INDEX sec_big_%s_a ON sec_big_%s (a);', i, 'x', i, i)))) AS big
  FROM generate_series(1, 20000) i \gset
\set VERBOSITY terse
SET statement_timeout = '150ms';
SELECT migtrack_status(:'big') IS NULL AS swallowed;
RESET statement_timeout;
\set VERBOSITY default

---------------------------------------------------------------------------
-- 13. A write runs none of the history owner's code.  drizzle's table has no
-- trigger, rule, CHECK constraint, expression index or domain column, and no
-- default but its SERIAL's nextval() (and 1.0's now()): anything else would
-- run with the writer's rights.  Each is refused before a row is written, and
-- the owner's functions never run.
---------------------------------------------------------------------------
SET SESSION AUTHORIZATION regress_sec_owner;
CREATE SCHEMA drizzle;
CREATE TABLE drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint);
CREATE TABLE sec_users (id int);
CREATE FUNCTION drizzle.on_write() RETURNS trigger LANGUAGE plpgsql
  AS $$ BEGIN PERFORM public.sec_hit('trigger'); RETURN NEW; END $$;
CREATE FUNCTION drizzle.stamp() RETURNS bigint LANGUAGE plpgsql
  AS $$ BEGIN PERFORM public.sec_hit('default'); RETURN 1; END $$;
CREATE FUNCTION drizzle.ok(text) RETURNS boolean LANGUAGE plpgsql IMMUTABLE
  AS $$ BEGIN PERFORM public.sec_hit('expression'); RETURN true; END $$;
CREATE DOMAIN drizzle.checked AS text CHECK (drizzle.ok(VALUE));
CREATE TRIGGER on_write BEFORE INSERT ON drizzle.__drizzle_migrations FOR EACH ROW EXECUTE FUNCTION drizzle.on_write();
RESET SESSION AUTHORIZATION;
-- the whole error once
SELECT migtrack_sync(:'j');
SET SESSION AUTHORIZATION regress_sec_owner;
DROP TRIGGER on_write ON drizzle.__drizzle_migrations;
CREATE RULE on_write AS ON INSERT TO drizzle.__drizzle_migrations DO ALSO SELECT public.sec_hit('rule');
RESET SESSION AUTHORIZATION;
SELECT try(format('SELECT migtrack_sync(%L)', :'j')) AS rule;
SET SESSION AUTHORIZATION regress_sec_owner;
DROP RULE on_write ON drizzle.__drizzle_migrations;
ALTER TABLE drizzle.__drizzle_migrations ALTER COLUMN created_at SET DEFAULT drizzle.stamp();
RESET SESSION AUTHORIZATION;
SELECT try(format('SELECT migtrack_sync(%L)', :'j')) AS default_value;
SET SESSION AUTHORIZATION regress_sec_owner;
ALTER TABLE drizzle.__drizzle_migrations ALTER COLUMN created_at DROP DEFAULT;
ALTER TABLE drizzle.__drizzle_migrations ADD COLUMN checked boolean GENERATED ALWAYS AS (drizzle.ok(hash)) STORED;
RESET SESSION AUTHORIZATION;
SELECT try(format('SELECT migtrack_sync(%L)', :'j')) AS generated_column;
SET SESSION AUTHORIZATION regress_sec_owner;
ALTER TABLE drizzle.__drizzle_migrations DROP COLUMN checked;
ALTER TABLE drizzle.__drizzle_migrations ADD CONSTRAINT checked CHECK (drizzle.ok(hash));
RESET SESSION AUTHORIZATION;
SELECT try(format('SELECT migtrack_sync(%L)', :'j')) AS check_constraint;
SET SESSION AUTHORIZATION regress_sec_owner;
ALTER TABLE drizzle.__drizzle_migrations DROP CONSTRAINT checked;
CREATE INDEX checked ON drizzle.__drizzle_migrations (drizzle.ok(hash));
RESET SESSION AUTHORIZATION;
SELECT try(format('SELECT migtrack_sync(%L)', :'j')) AS expression_index;
SET SESSION AUTHORIZATION regress_sec_owner;
DROP INDEX drizzle.checked;
CREATE INDEX checked ON drizzle.__drizzle_migrations (hash) WHERE drizzle.ok(hash);
RESET SESSION AUTHORIZATION;
SELECT try(format('SELECT migtrack_sync(%L)', :'j')) AS partial_index;
SET SESSION AUTHORIZATION regress_sec_owner;
DROP INDEX drizzle.checked;
ALTER TABLE drizzle.__drizzle_migrations ADD COLUMN note drizzle.checked;
RESET SESSION AUTHORIZATION;
SELECT try(format('SELECT migtrack_sync(%L)', :'j')) AS domain_column;
TRUNCATE sec_hits;
SELECT pasted(format('SELECT migtrack_sync(%L)', :'j')) AS domain_column_hint_pasted;
SELECT count(*) AS owner_code_runs FROM sec_hits;
-- a partition's trigger fires on a write through the table
SET SESSION AUTHORIZATION regress_sec_owner;
DROP TABLE drizzle.__drizzle_migrations;
CREATE TABLE drizzle.__drizzle_migrations (id SERIAL, hash text NOT NULL, created_at bigint, PRIMARY KEY (id))
  PARTITION BY RANGE (id);
CREATE TABLE drizzle.history_all PARTITION OF drizzle.__drizzle_migrations FOR VALUES FROM (MINVALUE) TO (MAXVALUE);
CREATE TRIGGER on_write BEFORE INSERT ON drizzle.history_all FOR EACH ROW EXECUTE FUNCTION drizzle.on_write();
RESET SESSION AUTHORIZATION;
SELECT migtrack_sync(:'j');
-- row level security that applies to the writer: its policies would run too
CREATE ROLE regress_sec_writer;
SET SESSION AUTHORIZATION regress_sec_owner;
DROP TABLE drizzle.__drizzle_migrations;
CREATE TABLE drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint);
ALTER TABLE drizzle.__drizzle_migrations ENABLE ROW LEVEL SECURITY;
CREATE POLICY anyone ON drizzle.__drizzle_migrations WITH CHECK (public.sec_hit('policy') IS NULL);
GRANT USAGE ON SCHEMA drizzle TO regress_sec_writer;
GRANT SELECT, INSERT ON drizzle.__drizzle_migrations TO regress_sec_writer;
GRANT USAGE ON SEQUENCE drizzle.__drizzle_migrations_id_seq TO regress_sec_writer;
RESET SESSION AUTHORIZATION;
GRANT EXECUTE ON FUNCTION migtrack_sync(jsonb, text, text, boolean, text, text[], boolean, boolean) TO regress_sec_writer;
SET ROLE regress_sec_writer;
SELECT try(format('SELECT migtrack_sync(%L)', :'j')) AS row_level_security;
RESET ROLE;
REVOKE EXECUTE ON FUNCTION migtrack_sync(jsonb, text, text, boolean, text, text[], boolean, boolean) FROM regress_sec_writer;
-- nothing ran, nothing was written; drizzle's own table is written
SELECT count(*) AS owner_code_runs FROM sec_hits;
SELECT count(*) AS rows_written FROM drizzle.__drizzle_migrations;
SET SESSION AUTHORIZATION regress_sec_owner;
ALTER TABLE drizzle.__drizzle_migrations DISABLE ROW LEVEL SECURITY;
RESET SESSION AUTHORIZATION;
SELECT migtrack_sync(:'j')->>'inserted' AS inserted;
DROP SCHEMA drizzle CASCADE;
DROP TABLE sec_users;
DROP ROLE regress_sec_writer;

---------------------------------------------------------------------------
-- 5 and 6. Under the guard the history only grows, and commands that commit
-- on their own are refused before they start.  (This session has loaded
-- migtrack; what a session that has not loaded it sees is in the end-to-end
-- test guard_security.)
---------------------------------------------------------------------------
CREATE FUNCTION sec_noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
SELECT coalesce(max(id), 0) AS audit_before FROM migtrack.audit \gset
ALTER DATABASE :"db" SET migtrack.guard = error;
\c :db
CREATE TABLE sec_t (id int);      -- refused: and loads the module
BEGIN;
SET LOCAL migtrack.guard = off;
CREATE TABLE sec_users (id int);
COMMIT;
SELECT migtrack_sync(:'j')->>'inserted' AS synced;
-- a fake row with DDL passes (a row is a record), but removing it later does not
BEGIN;
INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES (repeat('f', 64), 1800000000000);
CREATE TABLE sec_pushed (id int);
COMMIT;
DELETE FROM drizzle.__drizzle_migrations WHERE hash = repeat('f', 64);
UPDATE drizzle.__drizzle_migrations SET created_at = 1 WHERE hash = repeat('f', 64);
TRUNCATE drizzle.__drizzle_migrations;
SELECT count(*) AS rows_still_there FROM drizzle.__drizzle_migrations;
-- DDL on the history other than drizzle's own, even with a recorded row
BEGIN;
INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES (repeat('e', 64), 1800000000001);
ALTER TABLE drizzle.__drizzle_migrations ENABLE ROW LEVEL SECURITY;
COMMIT;
ALTER TABLE drizzle.__drizzle_migrations ALTER COLUMN created_at TYPE numeric;
CREATE TRIGGER sec_hide BEFORE INSERT ON drizzle.__drizzle_migrations FOR EACH ROW EXECUTE FUNCTION sec_noop();
SELECT relrowsecurity, (SELECT count(*) FROM pg_trigger WHERE tgrelid = c.oid AND NOT tgisinternal) AS triggers
  FROM pg_class c WHERE c.oid = 'drizzle.__drizzle_migrations'::regclass;
-- drizzle 1.0's own upgrade (ADD COLUMN name, applied_at, then UPDATE of the rows) passes
BEGIN;
ALTER TABLE drizzle.__drizzle_migrations ADD COLUMN IF NOT EXISTS name text;
ALTER TABLE drizzle.__drizzle_migrations ADD COLUMN IF NOT EXISTS applied_at timestamp with time zone DEFAULT now();
UPDATE drizzle.__drizzle_migrations SET name = '20231114221320_init', applied_at = NULL WHERE hash <> repeat('f', 64);
COMMIT;
SELECT count(*) FILTER (WHERE name IS NOT NULL) AS named FROM drizzle.__drizzle_migrations;
-- the override is on record, whatever it did
BEGIN;
SET LOCAL migtrack.guard = off;
DELETE FROM drizzle.__drizzle_migrations WHERE hash = repeat('f', 64);
COMMIT;
SELECT action, detail->'setting' AS setting, detail->'effective' AS effective, detail->'commands' AS commands
  FROM migtrack.audit WHERE action = 'guard_override' ORDER BY id DESC LIMIT 1;
-- 6. CREATE INDEX CONCURRENTLY commits on its own: refused before it starts,
-- leaving no invalid index behind (warn: it runs, with a WARNING)
CREATE INDEX CONCURRENTLY sec_users_id ON sec_users (id);
SELECT count(*) AS indexes FROM pg_index WHERE indrelid = 'sec_users'::regclass;
BEGIN;
SET LOCAL migtrack.guard = off;
CREATE INDEX sec_users_id ON sec_users (id);
COMMIT;
DROP INDEX CONCURRENTLY sec_users_id;
SELECT to_regclass('sec_users_id') IS NOT NULL AS index_kept;
SET migtrack.guard = warn;
DROP INDEX CONCURRENTLY sec_users_id;
SELECT to_regclass('sec_users_id') IS NULL AS index_dropped_with_warning;
RESET migtrack.guard;
SELECT detail->'commands' AS override_on_record FROM migtrack.audit WHERE action = 'guard_override' ORDER BY id DESC LIMIT 1;

-- clean up, as the guard allows
ALTER DATABASE :"db" RESET migtrack.guard;
\c :db
DROP SCHEMA drizzle CASCADE;
DROP TABLE sec_users, sec_pushed, sec_hits;
DROP FUNCTION sec_hit(text), sec_noop();
DELETE FROM migtrack.audit WHERE id > :audit_before;
REVOKE CREATE ON SCHEMA public FROM regress_sec_owner;
REVOKE CREATE ON DATABASE :"db" FROM regress_sec_owner;
DROP ROLE regress_sec_owner;

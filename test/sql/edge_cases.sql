-- Odd journals that once ended in the wrong error or a wrong answer (found by
-- the fuzzer, test/fuzz): each now gets a clean result or a clean ERROR.

-- A migration that puts a rule on the tracking table cannot make migrate
-- write through it (the rule would run with the caller's rights) or report a
-- row it did not write: a clean ERROR, and nothing is left behind.
SELECT try($$SELECT migtrack_migrate('{"entries": [{"tag": "0000_a", "when": 1,
  "sql": "CREATE RULE ec_r AS ON INSERT TO drizzle.__drizzle_migrations DO INSTEAD NOTHING"}]}')$$) AS rule_on_history;
SELECT to_regnamespace('drizzle') IS NULL AS nothing_written;
-- ... nor one that replaces the tracking table by one with a trigger (the
-- INSERT would reach the new one), and one that drops it is the INSERT's
-- clean error (found by the fuzzer)
SELECT try($$SELECT migtrack_migrate('{"entries": [{"tag": "0000_a", "when": 1,
  "sql": "DROP TABLE drizzle.__drizzle_migrations; CREATE TABLE drizzle.__drizzle_migrations (id serial PRIMARY KEY, hash text NOT NULL, created_at bigint); CREATE FUNCTION drizzle.ec_t() RETURNS trigger LANGUAGE plpgsql AS ''BEGIN RETURN NEW; END''; CREATE TRIGGER ec_t BEFORE INSERT ON drizzle.__drizzle_migrations FOR EACH ROW EXECUTE FUNCTION drizzle.ec_t()"}]}')$$) AS replaced_history;
SELECT try($$SELECT migtrack_migrate('{"entries": [{"tag": "0000_a", "when": 1, "sql": "DROP SCHEMA drizzle CASCADE"}]}')$$) AS dropped_history;
SELECT to_regnamespace('drizzle') IS NULL AS nothing_written;

-- A migration given by its hash only cannot be applied (there is nothing to
-- run): a clean ERROR, dry run included, nothing written.
SELECT try($$SELECT migtrack_migrate('{"entries": [{"tag": "0000_a", "when": 1,
  "hash": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}]}')$$) AS hash_only;
SELECT try($$SELECT migtrack_migrate('{"entries": [{"tag": "0000_a", "when": 1,
  "hash": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}]}', dry_run => true)$$) AS hash_only_dry_run;

-- Transaction control and COPY FROM STDIN cannot run inside a function:
-- a clean ERROR that says so, nothing written.
SELECT try($$SELECT migtrack_migrate('{"entries": [{"tag": "0000_a", "when": 1, "sql": "CREATE TABLE ec_x (id int); COMMIT;"}]}')$$) AS with_commit;
SELECT try($$SELECT migtrack_migrate('{"entries": [{"tag": "0000_a", "when": 1, "sql": "CREATE TABLE ec_x (id int); COPY ec_x FROM STDIN;"}]}')$$) AS with_copy;
SELECT to_regnamespace('drizzle') IS NULL AS still_nothing_written, to_regclass('ec_x') IS NULL AS no_ec_x;

-- A type name PostgreSQL rejects (too many dots, a bad typmod, another
-- database) makes that check unverifiable instead of failing the whole
-- status; the other migrations are still judged.
CREATE TABLE ec_app (name text, n numeric, o text);
SELECT m->>'tag' AS tag, m->>'verdict' AS verdict, m->'unverifiable' AS why
  FROM jsonb_array_elements(migtrack_status('{"entries": [
    {"tag": "0000_a", "when": 1, "sql": "CREATE TABLE ec_app (name text, n numeric, o text);"},
    {"tag": "0001_b", "when": 2, "sql": "ALTER TABLE ec_app ALTER COLUMN name TYPE x.y.z.w;"},
    {"tag": "0002_c", "when": 3, "sql": "ALTER TABLE ec_app ALTER COLUMN n TYPE numeric(2000);"},
    {"tag": "0003_d", "when": 4, "sql": "ALTER TABLE ec_app ALTER COLUMN o TYPE otherdb.pg_catalog.text;"},
    {"tag": "0004_e", "when": 5, "sql": "CREATE TABLE ec_e (id int);"}]}')->'migrations') m;
DROP TABLE ec_app;

-- Identifiers longer than 63 bytes are truncated, as PostgreSQL (and so
-- drizzle's CREATE SCHEMA / CREATE TABLE) truncates them: the second call
-- finds the history the first one created.
CREATE TABLE ec_app (id int);
SELECT migtrack_sync('{"entries": [{"tag": "0000_a", "when": 1, "sql": "CREATE TABLE ec_app (id int);"}]}',
                     repeat('s', 70), repeat('t', 70))->'tracking_table' AS first;
SELECT s->>'state' AS state, s->'tracking_table' AS tracking_table
  FROM migtrack_status('{"entries": [{"tag": "0000_a", "when": 1, "sql": "CREATE TABLE ec_app (id int);"}]}',
                       repeat('s', 70), repeat('t', 70)) s;
SELECT migtrack_sync('{"entries": [{"tag": "0000_a", "when": 1, "sql": "CREATE TABLE ec_app (id int);"}]}',
                     repeat('s', 70), repeat('t', 70))->'inserted' AS inserted_again;
DROP SCHEMA sssssssssssssssssssssssssssssssssssssssssssssssssssssssssssssss CASCADE;
DROP TABLE ec_app;
CREATE TABLE ec_app (name text);

-- Two identical migrations at the same "when" (a hand-edited 0.x journal):
-- drizzle 0.x writes a row for each, and the history then pairs them one to
-- one -- in sync, not one recorded and one "out of order".
SELECT migtrack_sync('{"entries": [{"tag": "0000_a", "when": 5, "sql": ""}, {"tag": "0001_b", "when": 5, "sql": ""}]}',
                     force => true)->'inserted' AS inserted;
SELECT s->>'state' AS state, jsonb_path_query_array(s->'migrations', '$[*].row_id') AS row_ids
  FROM migtrack_status('{"entries": [{"tag": "0000_a", "when": 5, "sql": ""}, {"tag": "0001_b", "when": 5, "sql": ""}]}') s;
SELECT migtrack_sync('{"entries": [{"tag": "0000_a", "when": 5, "sql": ""}, {"tag": "0001_b", "when": 5, "sql": ""}]}')->'inserted'
  AS inserted_again;

-- A 0.x "when" beyond JavaScript's Date range (8.64e15 ms): no ISO text, as
-- toISOString() throws there
SELECT m->>'created_at' AS created_at, m->'created_at_iso' AS created_at_iso
  FROM jsonb_array_elements(migtrack_status('{"entries": [{"tag": "0000_a", "when": 8640000000000001, "sql": ""}]}')->'migrations') m;

-- A 1.0 name whose digits overflow the calendar: Date.UTC normalises it, and
-- toISOString writes a year past 9999 with a sign and six digits, as node does:
--   node -e 'console.log(new Date(Date.UTC(9999,98,99,99,99,99)).toISOString())'
--   +010007-06-11T04:40:39.000Z
SELECT m->>'created_at' AS created_at, m->>'created_at_iso' AS created_at_iso
  FROM jsonb_array_elements(migtrack_status('{"migrations": [{"name": "99999999999999_x", "sql": ""}]}')->'migrations') m;

-- A writer needs what drizzle's migrate needs, the id sequence included: the
-- refusal comes from the privilege check, before the writer's lock is taken
-- (no CONTEXT line: no INSERT was attempted), and nothing is written.
CREATE ROLE regress_ec_writer;
GRANT USAGE ON SCHEMA drizzle TO regress_ec_writer;
GRANT SELECT, INSERT ON drizzle.__drizzle_migrations TO regress_ec_writer;
GRANT EXECUTE ON FUNCTION migtrack_sync(jsonb, text, text, boolean, text, text[], boolean, boolean) TO regress_ec_writer;
SET ROLE regress_ec_writer;
\set VERBOSITY default
SELECT migtrack_sync('{"entries": [{"tag": "0000_a", "when": 5, "sql": ""}, {"tag": "0001_b", "when": 5, "sql": ""}, {"tag": "0002_c", "when": 6, "sql": ""}]}',
                     force => true);
RESET ROLE;
SELECT count(*) AS rows_still FROM drizzle.__drizzle_migrations;
REVOKE ALL ON FUNCTION migtrack_sync(jsonb, text, text, boolean, text, text[], boolean, boolean) FROM regress_ec_writer;

DROP SCHEMA drizzle CASCADE;
DROP TABLE ec_app;
DROP ROLE regress_ec_writer;

-- Lists are in the database's collation, as ORDER BY would give them; byte
-- order is only a shortcut taken when it agrees.  In an ICU "en" database
-- lower case sorts before upper case and "Ä" next to "a", unlike bytes.
SELECT current_database() AS orig_db \gset
CREATE DATABASE regress_migtrack_icu LOCALE_PROVIDER icu ICU_LOCALE 'en' LOCALE 'C.UTF-8' TEMPLATE template0;
\c regress_migtrack_icu
SET client_encoding = 'UTF8';
CREATE EXTENSION migtrack;
CREATE TABLE "B_t" (); CREATE TABLE a_t (); CREATE TABLE "C" (); CREATE TABLE b_u (); CREATE TABLE "Ä" (); CREATE TABLE z ();
SELECT migtrack_status()->'tables' AS tables;
SELECT migtrack_status('{"entries": [{"tag": "0000_a", "when": 1, "sql": "CREATE TABLE z ();"}]}')->'drift'->'objects' AS drift;
\c :orig_db
DROP DATABASE regress_migtrack_icu;

-- migtrack.audit: every sync and migrate that wrote, and every guard override,
-- with who, when and what; rolled back with what it describes; written as the
-- table's owner, never by the caller; shown by migtrack_status to those who
-- may read it.
SELECT current_database() AS db \gset
TRUNCATE migtrack.audit;
-- the earlier suites left no table behind (a user table would make migrate refuse)
SELECT c.oid::regclass AS leftover FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'migtrack')
   AND n.nspname NOT LIKE 'pg_toast%';
CREATE ROLE regress_audit_writer;   -- may write the history (drizzle's migrate needs as much)
CREATE ROLE regress_audit_reader;   -- may read the audit trail
GRANT USAGE ON SCHEMA migtrack TO regress_audit_reader;
GRANT SELECT ON migtrack.audit TO regress_audit_reader;

\set j '{"version": "7", "dialect": "postgresql", "entries": [{"idx": 0, "version": "7", "when": 1700000000000, "tag": "0000_a", "breakpoints": true, "sql": "CREATE TABLE au_a (id int);"}, {"idx": 1, "version": "7", "when": 1700000001000, "tag": "0001_b", "breakpoints": true, "sql": "CREATE TABLE au_b (id int);"}, {"idx": 2, "version": "7", "when": 1700000002000, "tag": "0002_c", "breakpoints": true, "sql": "CREATE TABLE au_c (id int);"}]}'

-- who did it, from which application, when; then what
CREATE VIEW audit_seen AS
SELECT id, action, user_name, session_user_name, application_name, migrations_table, rows_written,
       migrations, detail,
       recorded_at BETWEEN now() - interval '1 hour' AND clock_timestamp() AS recorded_now
  FROM migtrack.audit ORDER BY id;

---------------------------------------------------------------------------
-- migrate: the applied migrations and their verdicts before
---------------------------------------------------------------------------
SET application_name = 'audit-regress';
SELECT migtrack_migrate(:'j', dry_run => true)->>'applied' AS dry_run_applies;
SELECT count(*) AS entries_after_dry_run FROM migtrack.audit;
SELECT migtrack_migrate(jsonb_set(:'j', '{entries}', (:'j'::jsonb->'entries') - 2))->>'applied' AS applied;
SELECT id, action, user_name, session_user_name, application_name, migrations_table, rows_written,
       migrations, recorded_now FROM audit_seen;
SELECT jsonb_pretty(detail) AS migrate_detail FROM audit_seen WHERE action = 'migrate';

---------------------------------------------------------------------------
-- sync by a role granted what it needs: recorded under its name, with the
-- options that allowed each row; it cannot touch the trail itself
---------------------------------------------------------------------------
CREATE TABLE au_c (id int);    -- 0002_c pushed by hand: present, ready to be recorded
GRANT USAGE ON SCHEMA drizzle TO regress_audit_writer, regress_audit_reader;
GRANT SELECT, INSERT ON drizzle.__drizzle_migrations TO regress_audit_writer;
GRANT USAGE ON SEQUENCE drizzle.__drizzle_migrations_id_seq TO regress_audit_writer;
GRANT SELECT ON drizzle.__drizzle_migrations TO regress_audit_reader;
GRANT EXECUTE ON FUNCTION migtrack_sync(jsonb, text, text, boolean, text, text[], boolean, boolean)
  TO regress_audit_writer;
SET ROLE regress_audit_writer;
SELECT migtrack_sync(:'j', dry_run => true)->>'inserted' AS dry_run_inserts;
SELECT migtrack_sync(:'j', accept => ARRAY['0002_c'])->>'inserted' AS inserted;
SELECT try($$INSERT INTO migtrack.audit (recorded_at, action, user_name, session_user_name, migrations_table,
             rows_written, migrations, detail) VALUES (now(), 'sync', 'someone', 'someone', 'x', 0, '{}', '{}')$$)
       AS forge;
SELECT try('DELETE FROM migtrack.audit') AS erase;
SELECT try('SELECT count(*) FROM migtrack.audit') AS peek;
-- status says the trail exists but not to this role
SELECT migtrack_status(:'j')->'audit' AS audit_for_writer;
RESET ROLE;
SELECT id, action, user_name, session_user_name, rows_written, migrations, detail->'verdicts' AS verdicts,
       detail->'accept' AS accept, detail->>'state_before' AS state_before
  FROM audit_seen WHERE action = 'sync';
-- a sync with nothing left to record is on record too (it took the writer's lock and looked)
SELECT migtrack_sync(:'j')->>'inserted' AS nothing_to_do;
SELECT action, rows_written, migrations, detail->>'state_before' AS state_before
  FROM audit_seen ORDER BY id DESC LIMIT 1;

---------------------------------------------------------------------------
-- an entry shares the fate of its transaction
---------------------------------------------------------------------------
\set j4 '{"version": "7", "dialect": "postgresql", "entries": [{"idx": 0, "version": "7", "when": 1700000000000, "tag": "0000_a", "breakpoints": true, "sql": "CREATE TABLE au_a (id int);"}, {"idx": 1, "version": "7", "when": 1700000001000, "tag": "0001_b", "breakpoints": true, "sql": "CREATE TABLE au_b (id int);"}, {"idx": 2, "version": "7", "when": 1700000002000, "tag": "0002_c", "breakpoints": true, "sql": "CREATE TABLE au_c (id int);"}, {"idx": 3, "version": "7", "when": 1700000003000, "tag": "0003_d", "breakpoints": true, "sql": "CREATE TABLE au_d (id int);"}]}'
SELECT count(*) AS entries_before FROM migtrack.audit;
BEGIN;
SELECT migtrack_migrate(:'j4')->>'applied' AS applied_then_rolled_back;
ROLLBACK;
-- a failing migrate writes nothing, its entry included
SELECT try(format('SELECT migtrack_migrate(%L)',
                  jsonb_set(:'j4', '{entries,3,sql}', '"CREATE TABLE au_d (id int); SELECT 1/0;"'))) AS failing;
-- a refused sync: nothing on record either
SELECT try(format('SELECT migtrack_sync(%L)', :'j4')) AS refused;
SELECT count(*) AS entries_after FROM migtrack.audit;

---------------------------------------------------------------------------
-- the trail in migtrack_status: count and newest entries of this history,
-- for a role that may read it; null for one that may not
---------------------------------------------------------------------------
SET ROLE regress_audit_reader;
SELECT s->'audit'->'entries' AS entries,
       jsonb_path_query_array(s->'audit'->'recent', '$[*].action') AS recent_actions,
       jsonb_path_query_array(s->'audit'->'recent', '$[*].user_name') AS recent_users,
       (SELECT array_agg(id ORDER BY id DESC) FROM migtrack.audit) =
       ARRAY(SELECT (e->>'id')::bigint FROM jsonb_array_elements(s->'audit'->'recent') e) AS newest_first
  FROM migtrack_status() s;
-- another history has its own trail (empty here)
SELECT migtrack_status(migrations_table => 'other_history')->'audit' AS other_history_audit;
RESET ROLE;
SET ROLE regress_audit_writer;
SELECT migtrack_status()->'audit' AS writer_sees;
RESET ROLE;

---------------------------------------------------------------------------
-- guard overrides: recorded at commit with the commands; not when the
-- transaction recorded a migration, rolled back, or the guard was never on
---------------------------------------------------------------------------
CREATE TABLE au_unguarded (id int);   -- guard off everywhere: no override, nothing recorded
ALTER DATABASE :"db" SET migtrack.guard = error;
\c :db
BEGIN;
SET LOCAL migtrack.guard = off;
CREATE TABLE au_emergency (id int);
CREATE INDEX au_emergency_id ON au_emergency (id);
COMMIT;
BEGIN;
SET LOCAL migtrack.guard = off;
CREATE TABLE au_never (id int);
ROLLBACK;
SELECT action, user_name, migrations_table, rows_written, migrations, detail
  FROM audit_seen WHERE action = 'guard_override';
-- a refused change leaves no entry either
CREATE TABLE au_refused (id int);
SELECT count(*) AS overrides FROM migtrack.audit WHERE action = 'guard_override';
ALTER DATABASE :"db" RESET migtrack.guard;
\c :db

---------------------------------------------------------------------------
-- the trail is the extension's: DROP EXTENSION takes it (and never drizzle's
-- history); the table cannot be dropped on its own
---------------------------------------------------------------------------
SELECT try('DROP TABLE migtrack.audit') AS drop_audit;
SELECT try('DROP SCHEMA migtrack CASCADE') AS drop_schema;
DROP VIEW audit_seen;
DROP EXTENSION migtrack;
SELECT to_regnamespace('migtrack') IS NULL AS schema_gone, count(*) AS history_rows
  FROM drizzle.__drizzle_migrations;
-- a schema called migtrack that is not the extension's: CREATE EXTENSION refuses
-- rather than adopt it (or write into a lookalike audit table)
CREATE SCHEMA migtrack;
CREATE TABLE migtrack.audit (LIKE drizzle.__drizzle_migrations);
SELECT try('CREATE EXTENSION migtrack') AS create_over_lookalike;
DROP SCHEMA migtrack CASCADE;
CREATE EXTENSION migtrack;
SELECT count(*) AS fresh_trail FROM migtrack.audit;

-- clean up
DROP TABLE au_a, au_b, au_c, au_unguarded, au_emergency;
DROP SCHEMA drizzle CASCADE;
REVOKE ALL ON SCHEMA migtrack FROM regress_audit_reader;
DROP ROLE regress_audit_writer, regress_audit_reader;

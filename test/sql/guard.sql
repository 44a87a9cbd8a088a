-- migtrack.guard: a transaction that changes the schema without recording a
-- migration gets a WARNING (warn) or fails at commit (error).  pg_regress
-- runs as a superuser; ALTER DATABASE SET takes effect at the next connection,
-- hence the \c.
SELECT current_database() AS db \gset

CREATE ROLE regress_migtrack_dev;       -- a developer: may change the schema, not the guard
CREATE ROLE regress_migtrack_ops;       -- may turn the guard off (GRANT SET ON PARAMETER)
GRANT CREATE ON SCHEMA public TO regress_migtrack_dev, regress_migtrack_ops;

---------------------------------------------------------------------------
-- off, the default: DDL as usual, nothing on record
---------------------------------------------------------------------------
SHOW migtrack.guard;
CREATE TABLE g_off (id int);
ALTER TABLE g_off ADD COLUMN note text;
DROP TABLE g_off;
-- the tables the error cases below try to change
CREATE TABLE g_users (id int PRIMARY KEY, email text);
CREATE TABLE g_old (id int);

---------------------------------------------------------------------------
-- error, set for the database: effective from the next connection on, and
-- from the first statement (no shared_preload_libraries: the event trigger
-- loads the module, which then picks up the setting)
---------------------------------------------------------------------------
ALTER DATABASE :"db" SET migtrack.guard = error;
\c :db
CREATE TABLE g_new (id int);
SELECT to_regclass('g_new') IS NULL AS g_new_absent;
SHOW migtrack.guard;
ALTER TABLE g_users ADD COLUMN name text;
SELECT count(*) AS name_columns FROM pg_attribute WHERE attrelid = 'g_users'::regclass AND attname = 'name';
DROP TABLE g_old;
SELECT to_regclass('g_old') IS NOT NULL AS g_old_kept;
CREATE INDEX g_users_email ON g_users (email);
SELECT to_regclass('g_users_email') IS NULL AS index_absent;
-- a view, a type, a function: schema changes too
CREATE VIEW g_v AS SELECT 1 AS one;
CREATE TYPE g_mood AS ENUM ('ok');
CREATE FUNCTION g_f() RETURNS int LANGUAGE sql AS 'SELECT 1';

-- a transaction is judged as a whole, at commit; the DETAIL names each command
BEGIN;
CREATE TABLE g_a (id int);
ALTER TABLE g_users ADD COLUMN nick text;
CREATE INDEX g_a_id ON g_a (id);
ALTER TABLE g_users DROP COLUMN email;
DROP TABLE g_old;
SELECT 'not yet refused' AS inside;
COMMIT;
SELECT to_regclass('g_a') IS NULL AS g_a_absent, to_regclass('g_old') IS NOT NULL AS g_old_kept,
       (SELECT array_agg(attname ORDER BY attnum) FROM pg_attribute
         WHERE attrelid = 'g_users'::regclass AND attnum > 0 AND NOT attisdropped) AS g_users_columns;
-- past ten commands the DETAIL counts the rest
DO $$ BEGIN FOR i IN 1..12 LOOP EXECUTE format('CREATE TABLE g_many_%s (id int)', i); END LOOP; END $$;
-- a multi-statement query string is one transaction too
CREATE TABLE g_b (id int); SELECT 'refused at the end' AS multi;

-- temporary objects and privileges are not schema changes
CREATE TEMP TABLE g_tmp (id int);
CREATE INDEX g_tmp_id ON g_tmp (id);
ALTER TABLE g_tmp ADD COLUMN note text;
DROP TABLE g_tmp;
GRANT SELECT ON g_users TO regress_migtrack_dev;
REVOKE SELECT ON g_users FROM regress_migtrack_dev;
ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO regress_migtrack_dev;
ALTER DEFAULT PRIVILEGES REVOKE SELECT ON TABLES FROM regress_migtrack_dev;
-- DML is not either
INSERT INTO g_users VALUES (1, 'a@example.com');
DELETE FROM g_users;

---------------------------------------------------------------------------
-- drizzle: creating its own schema and table needs no migration
---------------------------------------------------------------------------
CREATE SCHEMA IF NOT EXISTS "drizzle";
CREATE TABLE IF NOT EXISTS "drizzle"."__drizzle_migrations" (
				id SERIAL PRIMARY KEY,
				hash text NOT NULL,
				created_at bigint
			);
SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS tracking_table_created;
-- drizzle migrate: the migration's statements and its row in one transaction
BEGIN;
CREATE TABLE "g_posts" ("id" serial PRIMARY KEY NOT NULL, "user_id" integer NOT NULL);
ALTER TABLE "g_posts" ADD CONSTRAINT "g_posts_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."g_users"("id");
INSERT INTO "drizzle"."__drizzle_migrations" ("hash", "created_at") VALUES ('0001', 1700000001000);
COMMIT;
SELECT to_regclass('g_posts') IS NOT NULL AS g_posts_created;
-- the row recorded in a released savepoint counts
BEGIN;
CREATE TABLE g_sp (id int);
SAVEPOINT s;
INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('0002', 1700000002000);
RELEASE s;
COMMIT;
SELECT to_regclass('g_sp') IS NOT NULL AS g_sp_created;
-- a row rolled back to its savepoint does not
BEGIN;
CREATE TABLE g_sp2 (id int);
SAVEPOINT s;
INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('0003', 1700000003000);
ROLLBACK TO s;
COMMIT;
SELECT to_regclass('g_sp2') IS NULL AS g_sp2_absent;
-- a row committed by an earlier transaction does not
CREATE TABLE g_late (id int);
-- drizzle-orm 1.0 upgrading its table (and naming the old rows) needs no migration
BEGIN;
ALTER TABLE "drizzle"."__drizzle_migrations" ADD COLUMN IF NOT EXISTS "name" text;
ALTER TABLE "drizzle"."__drizzle_migrations" ADD COLUMN IF NOT EXISTS "applied_at" timestamp with time zone DEFAULT now();
UPDATE "drizzle"."__drizzle_migrations" SET "name" = 'm' || "hash", "applied_at" = NULL;
COMMIT;
SELECT id, hash, created_at, name, applied_at FROM drizzle.__drizzle_migrations ORDER BY id;

---------------------------------------------------------------------------
-- SET LOCAL migtrack.guard = off: allowed while the database says error,
-- logged, and on record as a guard_override naming the commands
---------------------------------------------------------------------------
BEGIN;
SET LOCAL migtrack.guard = off;
ALTER TABLE g_users ADD COLUMN hotfix text;
COMMIT;
SHOW migtrack.guard;
SELECT count(*) AS hotfix_columns FROM pg_attribute WHERE attrelid = 'g_users'::regclass AND attname = 'hotfix';
-- the same to start the sync and migrate cases afresh: no history, a pushed table
BEGIN;
SET LOCAL migtrack.guard = off;
DROP SCHEMA drizzle CASCADE;
DROP TABLE g_posts, g_sp;
ALTER TABLE g_users DROP COLUMN hotfix;
CREATE TABLE g_pushed (id int);
COMMIT;

---------------------------------------------------------------------------
-- migtrack_sync after a push, and migtrack_migrate: they record, so they pass,
-- and each is on record
---------------------------------------------------------------------------
\set j '{"entries": [{"tag": "0000_users", "when": 1700000000000, "sql": "CREATE TABLE g_users (id int PRIMARY KEY, email text);"}, {"tag": "0001_pushed", "when": 1700000001000, "sql": "CREATE TABLE g_pushed (id int);"}]}'
\set j2 '{"entries": [{"tag": "0000_users", "when": 1700000000000, "sql": "CREATE TABLE g_users (id int PRIMARY KEY, email text);"}, {"tag": "0001_pushed", "when": 1700000001000, "sql": "CREATE TABLE g_pushed (id int);"}, {"tag": "0002_comments", "when": 1700000002000, "sql": "CREATE TABLE g_comments (id int);\\n--> statement-breakpoint\\nCREATE INDEX g_comments_id ON g_comments (id);"}]}'
SELECT migtrack_status(:'j')->>'state' AS state;
SELECT migtrack_sync(:'j')->'inserted' AS inserted;
SELECT migtrack_migrate(:'j2')->'applied' AS applied;
SELECT to_regclass('g_comments_id') IS NOT NULL AS migrated_index;
SELECT migtrack_status(:'j2')->>'state' AS state;
-- the roles below may read the history (migtrack_status needs that)
GRANT USAGE ON SCHEMA drizzle TO regress_migtrack_dev, regress_migtrack_ops;
GRANT SELECT ON drizzle.__drizzle_migrations TO regress_migtrack_dev, regress_migtrack_ops;

---------------------------------------------------------------------------
-- warn: the change commits, with a WARNING; nothing on record
---------------------------------------------------------------------------
SET migtrack.guard = warn;
CREATE TABLE g_warned (id int);
SELECT to_regclass('g_warned') IS NOT NULL AS g_warned_created;
RESET migtrack.guard;
SHOW migtrack.guard;

---------------------------------------------------------------------------
-- Only superusers, and roles granted SET ON PARAMETER, may turn it off
---------------------------------------------------------------------------
SET SESSION AUTHORIZATION regress_migtrack_dev;
SET migtrack.guard = off;
BEGIN;
SET LOCAL migtrack.guard = off;
ROLLBACK;
SET migtrack.migrations_table = 'other';
ALTER ROLE regress_migtrack_dev SET migtrack.guard = off;
CREATE TABLE g_dev (id int);
SELECT to_regclass('g_dev') IS NULL AS g_dev_absent;
RESET SESSION AUTHORIZATION;
-- In a new session the module is loaded only by the first DDL: a SET before
-- that makes a placeholder, which anyone may set; loading the module then
-- refuses it (WARNING) and the guard stays as the database says.
\c :db
SET SESSION AUTHORIZATION regress_migtrack_dev;
SET migtrack.guard = off;
CREATE TABLE g_dev (id int);
SHOW migtrack.guard;
SELECT to_regclass('g_dev') IS NULL AS g_dev_absent;
RESET SESSION AUTHORIZATION;
GRANT SET ON PARAMETER migtrack.guard TO regress_migtrack_ops;
SET SESSION AUTHORIZATION regress_migtrack_ops;
BEGIN;
SET LOCAL migtrack.guard = off;
CREATE TABLE g_ops (id int);
COMMIT;
SELECT to_regclass('g_ops') IS NOT NULL AS g_ops_created;
SET migtrack.migrations_table = 'other';   -- the grant is for migtrack.guard only
RESET SESSION AUTHORIZATION;

---------------------------------------------------------------------------
-- migrations_schema / migrations_table (drizzle.config migrations.schema /
-- .table) choose the table that counts
---------------------------------------------------------------------------
SET migtrack.migrations_schema = 'G Hist';
SET migtrack.migrations_table = 'Migs';
CREATE SCHEMA IF NOT EXISTS "G Hist";
CREATE TABLE IF NOT EXISTS "G Hist"."Migs" (
				id SERIAL PRIMARY KEY,
				hash text NOT NULL,
				created_at bigint
			);
-- a row in drizzle's default table no longer counts
BEGIN;
CREATE TABLE g_c1 (id int);
INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('c1', 1700000003000);
COMMIT;
-- a row in the configured one does
BEGIN;
CREATE TABLE g_c2 (id int);
INSERT INTO "G Hist"."Migs" (hash, created_at) VALUES ('c2', 1700000003000);
COMMIT;
SELECT to_regclass('g_c1') IS NULL AS g_c1_absent, to_regclass('g_c2') IS NOT NULL AS g_c2_created;
RESET migtrack.migrations_schema;
RESET migtrack.migrations_table;

---------------------------------------------------------------------------
-- What counts as recording a migration, precisely: a live row this
-- transaction inserted, in a table it did not merely rewrite; and a change
-- undone by a rolled-back savepoint is no change
---------------------------------------------------------------------------
SET migtrack.guard = error;
CREATE SCHEMA IF NOT EXISTS drizzle;
CREATE TABLE IF NOT EXISTS drizzle.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint);
BEGIN; CREATE TABLE g_seed (id int); INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('seed', 1); COMMIT;
BEGIN; SAVEPOINT s; CREATE TABLE g_rb (id int); ROLLBACK TO s; COMMIT;
BEGIN; SAVEPOINT s; CREATE TABLE g_rel (id int); RELEASE s; COMMIT;
BEGIN; CREATE TABLE g_upd (id int); UPDATE drizzle.__drizzle_migrations SET hash = hash WHERE hash = 'seed'; COMMIT;
BEGIN; CREATE TABLE g_del (id int); INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('tmp', 2);
DELETE FROM drizzle.__drizzle_migrations WHERE hash = 'tmp'; COMMIT;
BEGIN; CREATE TABLE g_rw (id int); ALTER TABLE drizzle.__drizzle_migrations ALTER COLUMN hash TYPE varchar(100); COMMIT;
-- losing the history is a schema change too
DROP TABLE drizzle.__drizzle_migrations;
DROP SCHEMA drizzle CASCADE;
SELECT to_regclass('g_rb') IS NULL AS rolled_back_savepoint_allowed, to_regclass('g_rel') IS NULL AS released_refused,
       to_regclass('g_upd') IS NULL AS update_refused, to_regclass('g_del') IS NULL AS deleted_row_refused,
       to_regclass('g_rw') IS NULL AS rewrite_refused, to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS history_kept;
BEGIN; SET LOCAL migtrack.guard = off; DROP TABLE g_seed; DELETE FROM drizzle.__drizzle_migrations WHERE hash = 'seed'; COMMIT;
-- migtrack_repair's own rewrite of the history passes; a rewrite by hand after it, in the same
-- transaction, is judged as if the repair had not run (the repair's commands are its own, not
-- the transaction's)
BEGIN; SET LOCAL migtrack.guard = off;
INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('stray', 5), ('kept', 6), ('stray2', 7); COMMIT;
SELECT '{"entries": [{"tag": "0000_x", "when": 1, "sql": "SELECT 1;"}]}' AS rj \gset
SELECT id AS stray_id FROM drizzle.__drizzle_migrations WHERE hash = 'stray' \gset
SELECT id AS stray2_id FROM drizzle.__drizzle_migrations WHERE hash = 'stray2' \gset
BEGIN;
SELECT migtrack_repair(:'rj', forget_rows => ARRAY[:stray_id]::bigint[])->>'changed' AS changed;
COMMIT;
BEGIN;
SELECT migtrack_repair(:'rj', forget_rows => ARRAY[:stray2_id]::bigint[])->>'changed' AS changed;
UPDATE drizzle.__drizzle_migrations SET hash = 'forged' WHERE hash = 'kept';
COMMIT;
SELECT hash FROM drizzle.__drizzle_migrations WHERE hash IN ('stray', 'kept', 'stray2', 'forged') ORDER BY id;
BEGIN; SET LOCAL migtrack.guard = off; DELETE FROM drizzle.__drizzle_migrations WHERE hash IN ('kept', 'stray2'); COMMIT;
RESET migtrack.guard;

---------------------------------------------------------------------------
-- DROP EXTENSION takes the event triggers with it; the setting that remains
-- (a placeholder in a new session) restricts nothing
---------------------------------------------------------------------------
DROP EXTENSION migtrack;
SELECT evtname FROM pg_event_trigger ORDER BY 1;
CREATE TABLE g_free (id int);
\c :db
SHOW migtrack.guard;
CREATE TABLE g_free2 (id int);
SELECT to_regclass('g_free') IS NOT NULL AS g_free_created, to_regclass('g_free2') IS NOT NULL AS g_free2_created;

-- clean up: database setting, roles, objects; the extension back for later suites
ALTER DATABASE :"db" RESET migtrack.guard;
\c :db
CREATE EXTENSION migtrack;
SELECT evtname FROM pg_event_trigger ORDER BY 1;
DROP TABLE g_users, g_old, g_pushed, g_comments, g_warned, g_ops, g_c2, g_free, g_free2;
DROP SCHEMA drizzle, "G Hist" CASCADE;
REVOKE SET ON PARAMETER migtrack.guard FROM regress_migtrack_ops;
REVOKE CREATE ON SCHEMA public FROM regress_migtrack_dev, regress_migtrack_ops;
DROP ROLE regress_migtrack_dev, regress_migtrack_ops;
SELECT count(*) AS migtrack_settings_left
  FROM pg_db_role_setting s CROSS JOIN unnest(s.setconfig) AS c(setting)
 WHERE c.setting LIKE 'migtrack.%';
SELECT count(*) AS roles_left FROM pg_roles WHERE rolname LIKE 'regress_migtrack%';

-- migtrack_migrate applies pending migrations exactly as drizzle-orm's
-- migrate() does: each file split on "--> statement-breakpoint", the pieces
-- run in journal order, each migration followed by its row (hash = sha256 hex
-- of the text, created_at = when; name too for 1.0), all in the caller's
-- transaction -- after the pre-flight (migtrack_check) passes.

CREATE TEMP TABLE mig (j text, n int, tag text, sql text);
CREATE FUNCTION pg_temp.journal(name text) RETURNS jsonb LANGUAGE sql AS $$
  SELECT jsonb_build_object('entries', jsonb_agg(
           jsonb_build_object('tag', tag, 'when', 1700000000000 + n * 1000, 'sql', sql) ORDER BY n))
    FROM mig WHERE j = name $$;
-- the rows drizzle-orm 0.x writes for journal "name", migrations 0..upto
CREATE FUNCTION pg_temp.drizzle_rows(name text, upto int)
RETURNS TABLE (id int, hash text, created_at bigint) LANGUAGE sql AS $$
  SELECT (row_number() OVER (ORDER BY n))::int, encode(sha256(convert_to(sql, 'UTF8')), 'hex'), 1700000000000 + n * 1000
    FROM mig WHERE j = name AND n <= upto ORDER BY n $$;

INSERT INTO mig VALUES
  ('m', 0, '0000_users', $$CREATE TABLE "m_users" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "m_users_email_idx" ON "m_users" USING btree ("email");$$),
  ('m', 1, '0001_posts', $$CREATE TABLE "m_posts" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "m_posts" ADD CONSTRAINT "m_posts_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."m_users"("id");$$),
  ('m', 2, '0002_seed', $$INSERT INTO "m_users" ("email") VALUES ('admin@example.com');$$);
SELECT pg_temp.journal('m') AS m \gset

---------------------------------------------------------------------------
-- A fresh database: migrate builds everything.
---------------------------------------------------------------------------
SELECT migtrack_status(:'m')->>'state' AS state;
-- dry run: the plan, and nothing written
SELECT jsonb_pretty(migtrack_migrate(:'m', dry_run => true)) AS plan;
SELECT to_regnamespace('drizzle') IS NULL AS no_history, to_regclass('m_users') IS NULL AS no_users;
-- in a transaction that is rolled back: nothing
BEGIN;
SELECT migtrack_migrate(:'m')->'applied' AS applied;
SELECT migtrack_status(:'m')->>'state' AS state_in_transaction;
ROLLBACK;
SELECT to_regnamespace('drizzle') IS NULL AS no_history, to_regclass('m_users') IS NULL AS no_users;
-- for real
SELECT s->>'applied' AS applied, s->>'state_before' AS state_before, s->'tracking_table' AS tracking_table,
       r.tag, r.verdict, r.apply
  FROM migtrack_migrate(:'m') s, jsonb_to_recordset(s->'rows') AS r(tag text, verdict text, apply boolean);
-- every statement ran
SELECT to_regclass('m_users_email_idx') IS NOT NULL AS index_created,
       (SELECT conname FROM pg_constraint WHERE conrelid = 'm_posts'::regclass AND contype = 'f') AS foreign_key,
       (SELECT email FROM m_users) AS seeded;
-- exactly drizzle's rows
SELECT id, hash, created_at FROM drizzle.__drizzle_migrations ORDER BY id;
SELECT (SELECT array_agg((id, hash, created_at) ORDER BY id) FROM drizzle.__drizzle_migrations)
     = (SELECT array_agg((id, hash, created_at) ORDER BY id) FROM pg_temp.drizzle_rows('m', 2)) AS same_rows_as_drizzle;
-- ...which are the rows migtrack_sync records for the same, now present, migrations
CREATE TEMP TABLE migrated AS SELECT id, hash, created_at FROM drizzle.__drizzle_migrations;
DROP SCHEMA drizzle CASCADE;
SELECT migtrack_sync(:'m', accept => ARRAY['0002_seed'])->'inserted' AS synced;
SELECT (SELECT array_agg((id, hash, created_at) ORDER BY id) FROM drizzle.__drizzle_migrations)
     = (SELECT array_agg((id, hash, created_at) ORDER BY id) FROM migrated) AS same_rows_as_sync;
DROP TABLE migrated;
SELECT migtrack_status(:'m')->>'state' AS state;
-- nothing pending: nothing to do
SELECT s->>'applied' AS applied, s->'rows' AS rows FROM migtrack_migrate(:'m') s;

---------------------------------------------------------------------------
-- Pending: only the pending migrations run.
---------------------------------------------------------------------------
INSERT INTO mig SELECT 'm3', n, tag, sql FROM mig WHERE j = 'm';
INSERT INTO mig VALUES
  ('m3', 3, '0003_tags', $$CREATE TABLE "m_tags" ("id" serial PRIMARY KEY NOT NULL, "label" text);
--> statement-breakpoint
ALTER TABLE "m_posts" ADD COLUMN "tag_id" integer;$$);
SELECT pg_temp.journal('m3') AS m3 \gset
SELECT migtrack_status(:'m3')->>'state' AS state, migtrack_status(:'m3')->>'pending' AS pending;
SELECT s->>'applied' AS applied, s->>'state_before' AS state_before, s->'rows' AS rows FROM migtrack_migrate(:'m3') s;
SELECT count(*) AS users_seeded_once FROM m_users;
SELECT (SELECT array_agg((id, hash, created_at) ORDER BY id) FROM drizzle.__drizzle_migrations)
     = (SELECT array_agg((id, hash, created_at) ORDER BY id) FROM pg_temp.drizzle_rows('m3', 3)) AS same_rows_as_drizzle;
SELECT migtrack_status(:'m3')->>'state' AS state;

---------------------------------------------------------------------------
-- Refusals: migtrack_check's error, and nothing written.
---------------------------------------------------------------------------
-- untracked (drizzle-kit push, no history): migrate would fail on "already exists"
DROP SCHEMA drizzle CASCADE;
SELECT migtrack_migrate(:'m3');
SELECT try(format('SELECT migtrack_migrate(%L)', :'m3')) = try(format('SELECT migtrack_check(%L)', :'m3')) AS same_as_check;
SELECT to_regnamespace('drizzle') IS NULL AS nothing_written;
-- diverged: a migration edited after it was applied
SELECT migtrack_sync(:'m3', up_to => '0001_posts')->'inserted' AS inserted;
UPDATE drizzle.__drizzle_migrations SET hash = repeat('0', 64) WHERE id = 1;
SELECT migtrack_migrate(:'m3');
SELECT try(format('SELECT migtrack_migrate(%L)', :'m3')) = try(format('SELECT migtrack_check(%L)', :'m3')) AS same_as_check;
-- diverged: a pending migration's objects exist already (already_exists)
UPDATE drizzle.__drizzle_migrations SET hash = encode(sha256(convert_to((SELECT sql FROM mig WHERE j = 'm3' AND n = 0), 'UTF8')), 'hex') WHERE id = 1;
SELECT code, migration FROM jsonb_to_recordset(migtrack_status(:'m3')->'problems') AS p(code text, migration text);
SELECT migtrack_migrate(:'m3');
SELECT try(format('SELECT migtrack_migrate(%L)', :'m3')) = try(format('SELECT migtrack_check(%L)', :'m3')) AS same_as_check;
SELECT count(*) AS rows_unchanged FROM drizzle.__drizzle_migrations;
SELECT count(*) AS users_not_seeded_again FROM m_users;
DROP SCHEMA drizzle CASCADE;
DROP TABLE m_posts, m_users, m_tags;

---------------------------------------------------------------------------
-- A migration that fails: the whole call fails, nothing is written -- no
-- rows, no objects, not even those of the migrations before it.
---------------------------------------------------------------------------
INSERT INTO mig VALUES
  ('x', 0, '0000_users', $$CREATE TABLE "x_users" ("id" serial PRIMARY KEY NOT NULL);$$),
  ('x', 1, '0001_broken', $$CREATE TABLE "x_posts" ("id" serial PRIMARY KEY NOT NULL);
--> statement-breakpoint
ALTER TABLE "x_posts" ADD CONSTRAINT "x_posts_fk" FOREIGN KEY ("id") REFERENCES "x_nowhere"("id");$$);
SELECT pg_temp.journal('x') AS x \gset
SELECT migtrack_migrate(:'x');
SELECT to_regnamespace('drizzle') IS NULL AS no_history, to_regclass('x_users') IS NULL AS no_users,
       to_regclass('x_posts') IS NULL AS no_posts;

-- Statements are the file split on the literal marker, as drizzle splits it:
-- even inside a string literal, where it breaks the statement in two.
INSERT INTO mig VALUES
  ('s', 0, '0000_notes', $$CREATE TABLE "s_notes" ("body" text);
--> statement-breakpoint
INSERT INTO "s_notes" VALUES ('one');--> statement-breakpoint
INSERT INTO "s_notes" VALUES ('two');$$),
  ('s2', 0, '0000_notes', $$CREATE TABLE "s_notes" ("body" text);
--> statement-breakpoint
INSERT INTO "s_notes" VALUES ('a --> statement-breakpoint b');$$);
SELECT pg_temp.journal('s') AS s \gset
SELECT pg_temp.journal('s2') AS s2 \gset
SELECT migtrack_migrate(:'s')->'applied' AS applied;
SELECT body FROM s_notes ORDER BY 1;
DROP SCHEMA drizzle CASCADE;
DROP TABLE s_notes;
SELECT migtrack_migrate(:'s2');
SELECT to_regclass('s_notes') IS NULL AS nothing_written;

---------------------------------------------------------------------------
-- drizzle 1.0: rows carry the folder name; created_at from the name.
---------------------------------------------------------------------------
\set v1 '{"migrations": [{"name": "20240102000000_posts", "sql": "CREATE TABLE \\"v1_posts\\" (\\"id\\" integer);"}, {"name": "20240101000000_users", "sql": "CREATE TABLE \\"v1_users\\" (\\"id\\" integer);"}]}'
SELECT s->>'applied' AS applied, s->>'journal_format' AS format, s->'rows' AS rows FROM migtrack_migrate(:'v1') s;
SELECT id, hash = encode(sha256(convert_to(CASE name WHEN '20240101000000_users' THEN 'CREATE TABLE "v1_users" ("id" integer);'
                                                      ELSE 'CREATE TABLE "v1_posts" ("id" integer);' END, 'UTF8')), 'hex') AS hash_ok,
       created_at, name, applied_at IS NOT NULL AS applied_at_set
  FROM drizzle.__drizzle_migrations ORDER BY id;
SELECT migtrack_status(:'v1')->>'state' AS state;
DROP SCHEMA drizzle CASCADE;
DROP TABLE v1_users, v1_posts;

DROP FUNCTION pg_temp.journal(text), pg_temp.drizzle_rows(text, int);
DROP TABLE mig;

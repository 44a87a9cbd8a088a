-- Verification against the catalog: each migration's SQL is parsed and
-- replayed in journal order; what survives is looked up in the catalog and
-- each migration gets a verdict.  Then migtrack_sync records only what the
-- catalog confirms, unless told otherwise (accept, force, apply_absent).

-- Journals are built from this table: one row per migration, sql NULL for a
-- hash-only entry; "when" is 1700000000000 + n seconds.
CREATE TEMP TABLE mig (j text, n int, tag text, sql text);
CREATE FUNCTION pg_temp.journal(name text) RETURNS jsonb LANGUAGE sql AS $$
  SELECT jsonb_build_object('entries', jsonb_agg(
           jsonb_build_object('tag', tag, 'when', 1700000000000 + n * 1000)
           || CASE WHEN sql IS NULL THEN jsonb_build_object('hash', repeat('a', 64))
                   ELSE jsonb_build_object('sql', sql) END ORDER BY n))
    FROM mig WHERE j = name $$;
-- the verdicts, as migtrack_migrations and migtrack_status give them
CREATE FUNCTION pg_temp.verdicts(journal jsonb)
RETURNS TABLE (tag text, status text, verdict text, missing text[]) LANGUAGE sql AS $$
  SELECT tag, status, verdict, missing FROM migtrack_migrations(journal) ORDER BY position $$;

---------------------------------------------------------------------------
-- Every verdict, in one journal.
---------------------------------------------------------------------------
INSERT INTO mig VALUES
  -- present: its objects exist (the index under the name a later migration gives it)
  ('v', 0, '0000_init', $$CREATE TABLE "v_users" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"name" varchar(100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX "v_users_email_idx" ON "v_users" USING btree ("email");$$),
  -- absent: a pgSchema table that drizzle-kit 0.31 push skipped (schemaFilter ["public"])
  ('v', 1, '0001_billing', $$CREATE SCHEMA "billing";
--> statement-breakpoint
CREATE TABLE "billing"."invoices" (
	"id" serial PRIMARY KEY NOT NULL,
	"amount" integer NOT NULL
);$$),
  -- partial: the table exists, its foreign key and index do not
  ('v', 2, '0002_posts', $$CREATE TABLE "v_posts" (
	"id" serial PRIMARY KEY NOT NULL,
	"title" text,
	"user_id" integer
);
--> statement-breakpoint
ALTER TABLE "v_posts" ADD CONSTRAINT "v_posts_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."v_users"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "v_posts_title_idx" ON "v_posts" USING btree ("title");$$),
  -- superseded: a table created, then dropped by the next migration
  ('v', 3, '0003_tmp', $$CREATE TABLE "v_tmp" ("id" integer);$$),
  ('v', 4, '0004_drop_tmp', $$DROP TABLE "v_tmp";$$),
  -- a column type changed later: 0000's "email text" is superseded, 0000 stays present
  ('v', 5, '0005_widen_email', $$ALTER TABLE "v_users" ALTER COLUMN "email" SET DATA TYPE varchar(320);$$),
  -- an enum, and a value added later that the catalog lacks
  ('v', 6, '0006_mood', $$CREATE TYPE "public"."v_mood" AS ENUM('sad', 'ok');$$),
  ('v', 7, '0007_mood_happy', $$ALTER TYPE "public"."v_mood" ADD VALUE 'happy';$$),
  -- a column type changed later, but the catalog still has the old type (varchar(100))
  ('v', 8, '0008_name_text', $$ALTER TABLE "v_users" ALTER COLUMN "name" SET DATA TYPE text;
--> statement-breakpoint
ALTER TABLE "v_users" ADD COLUMN "bio" text;$$),
  -- an index renamed: 0000's index fact follows the rename
  ('v', 9, '0009_rename_idx', $$ALTER INDEX "v_users_email_idx" RENAME TO "v_users_email_key";$$),
  -- data_only: DML only, the catalog cannot tell
  ('v', 10, '0010_seed', $$INSERT INTO "v_users" ("email") VALUES ('admin@example.com');$$),
  -- unverifiable: a DO block; a function
  ('v', 11, '0011_do', $$DO $x$ BEGIN PERFORM 1; END $x$;$$),
  ('v', 12, '0012_function', $$CREATE FUNCTION v_now() RETURNS timestamptz LANGUAGE sql AS 'SELECT now()';$$),
  -- unverifiable: only its hash was given
  ('v', 13, '0013_hash_only', NULL),
  -- unverifiable: it does not parse
  ('v', 14, '0014_typo', $$CREATE TABEL "v_oops" ("id" integer);$$);
SELECT pg_temp.journal('v') AS v \gset

-- The database: what drizzle-kit push made of the schema (no billing, no
-- foreign key or title index, no 'happy', name still varchar(100)).
CREATE TABLE v_users (id serial PRIMARY KEY, email varchar(320) NOT NULL, name varchar(100), bio text);
CREATE UNIQUE INDEX v_users_email_key ON v_users (email);
CREATE TABLE v_posts (id serial PRIMARY KEY, title text, user_id integer);
CREATE TYPE v_mood AS ENUM ('sad', 'ok');

SELECT * FROM pg_temp.verdicts(:'v');
-- migtrack_status: verdict, missing and unverifiable per migration
SELECT m.tag, m.verdict, m.missing, m.unverifiable
  FROM jsonb_to_recordset(migtrack_status(:'v')->'migrations') AS m(tag text, verdict text, missing jsonb, unverifiable jsonb);
-- verification changes nothing about the state: this is the incident (untracked)
SELECT migtrack_status(:'v')->>'state' AS state;

-- The catalog catching up changes the verdicts.
ALTER TYPE v_mood ADD VALUE 'happy';
ALTER TABLE v_users ALTER COLUMN name TYPE text;
SELECT tag, verdict, missing FROM pg_temp.verdicts(:'v') WHERE tag IN ('0007_mood_happy', '0008_name_text');
-- ...and the index under its old name is missing: the rename is checked, not assumed
ALTER INDEX v_users_email_key RENAME TO v_users_email_idx;
SELECT tag, verdict, missing FROM pg_temp.verdicts(:'v') WHERE tag IN ('0000_init', '0009_rename_idx');
ALTER INDEX v_users_email_idx RENAME TO v_users_email_key;
-- the dropped table back: 0004 (DROP TABLE v_tmp) no longer holds
CREATE TABLE v_tmp (id integer);
SELECT tag, verdict, missing FROM pg_temp.verdicts(:'v') WHERE tag IN ('0003_tmp', '0004_drop_tmp');
DROP TABLE v_tmp;
-- a schema that exists with its table missing: the table is named
CREATE SCHEMA billing;
SELECT tag, verdict, missing FROM pg_temp.verdicts(:'v') WHERE tag = '0001_billing';
DROP SCHEMA billing;

-- Unqualified names resolve in the first schema of the search_path.
CREATE SCHEMA v_other;
SET search_path = v_other, public;
SELECT tag, verdict, missing FROM pg_temp.verdicts(:'v') WHERE tag IN ('0000_init', '0003_tmp', '0006_mood');
RESET search_path;
DROP SCHEMA v_other;

---------------------------------------------------------------------------
-- migtrack_sync records only what the catalog confirms.
---------------------------------------------------------------------------
-- The default: one ERROR listing every migration it will not record, and nothing written.
SELECT migtrack_sync(:'v');
SELECT migtrack_sync(:'v', dry_run => true);
SELECT to_regnamespace('drizzle') IS NULL AS nothing_written;
-- up_to stops before the first doubtful one: only present and superseded migrations to record
SELECT s->'rows' @> '[{"tag": "0000_init"}]' AS has_init, jsonb_array_length(s->'rows') AS rows
  FROM migtrack_sync(:'v', up_to => '0000_init', dry_run => true) s;
DROP TABLE v_users, v_posts;
DROP TYPE v_mood;

-- accept: data-only and unverifiable migrations the caller vouches for, by name.
INSERT INTO mig VALUES
  ('a', 0, '0000_users', $$CREATE TABLE "a_users" ("id" serial PRIMARY KEY NOT NULL, "email" text NOT NULL);$$),
  ('a', 1, '0001_seed', $$INSERT INTO "a_users" ("email") VALUES ('admin@example.com');$$),
  ('a', 2, '0002_custom_do', $$DO $d$ BEGIN EXECUTE 'CREATE TABLE a_made (id int)'; END $d$;$$),
  ('a', 3, '0003_hash_only', NULL);
SELECT pg_temp.journal('a') AS a \gset
CREATE TABLE a_users (id serial PRIMARY KEY, email text NOT NULL);
SELECT * FROM pg_temp.verdicts(:'a');
SELECT migtrack_sync(:'a');
-- accepting some is not enough
SELECT migtrack_sync(:'a', accept => ARRAY['0001_seed']);
-- a name not in the journal is a mistake, not a no-op
SELECT migtrack_sync(:'a', accept => ARRAY['0001_seed', '0002_custom_do', '0003_hash_only', '0004_nope']);
SELECT to_regnamespace('drizzle') IS NULL AS nothing_written;
SELECT s->>'inserted' AS inserted, r.tag, r.verdict, r.apply
  FROM migtrack_sync(:'a', accept => ARRAY['0001_seed', '0002_custom_do', '0003_hash_only']) s,
       jsonb_to_recordset(s->'rows') AS r(tag text, verdict text, apply boolean);
SELECT migtrack_status(:'a')->>'state' AS state;
SELECT to_regclass('a_made') IS NULL AS accept_runs_nothing;
DROP SCHEMA drizzle CASCADE;

-- force: everything recorded, a WARNING for each migration not verified.
INSERT INTO mig VALUES
  ('f', 0, '0000_users', $$CREATE TABLE "a_users" ("id" serial PRIMARY KEY NOT NULL, "email" text NOT NULL);$$),
  ('f', 1, '0001_posts', $$CREATE TABLE "f_posts" ("id" serial PRIMARY KEY NOT NULL);
--> statement-breakpoint
CREATE INDEX "f_posts_id_idx" ON "f_posts" ("id");$$),
  ('f', 2, '0002_seed', $$INSERT INTO "a_users" ("email") VALUES ('admin@example.com');$$);
SELECT pg_temp.journal('f') AS f \gset
CREATE TABLE f_posts (id serial PRIMARY KEY);   -- without its index: 0001_posts is partial
SELECT * FROM pg_temp.verdicts(:'f');
SELECT s->>'inserted' AS inserted, r.tag, r.verdict, r.apply
  FROM migtrack_sync(:'f', force => true) s, jsonb_to_recordset(s->'rows') AS r(tag text, verdict text, apply boolean);
SELECT count(*) AS rows FROM drizzle.__drizzle_migrations;
SELECT to_regclass('f_posts_id_idx') IS NULL AS force_applied_nothing;
DROP SCHEMA drizzle CASCADE;
DROP TABLE a_users, f_posts;

-- apply_absent: absent migrations are run (their statements split on the
-- breakpoint marker, in journal order, in the same transaction), then recorded.
INSERT INTO mig VALUES
  ('p', 0, '0000_users', $$CREATE TABLE "p_users" ("id" serial PRIMARY KEY NOT NULL, "email" text NOT NULL);$$),
  ('p', 1, '0001_billing', $$CREATE SCHEMA "billing";
--> statement-breakpoint
CREATE TABLE "billing"."invoices" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"amount" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "billing"."invoices" ADD CONSTRAINT "invoices_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."p_users"("id");$$),
  ('p', 2, '0002_posts', $$CREATE TABLE "p_posts" ("id" serial PRIMARY KEY NOT NULL, "title" text);$$),
  ('p', 3, '0003_billing_index', $$CREATE INDEX "invoices_user_idx" ON "billing"."invoices" ("user_id");$$);
SELECT pg_temp.journal('p') AS p \gset
CREATE TABLE p_users (id serial PRIMARY KEY, email text NOT NULL);
CREATE TABLE p_posts (id serial PRIMARY KEY, title text);
SELECT tag, verdict FROM pg_temp.verdicts(:'p');
\set VERBOSITY terse
SELECT migtrack_sync(:'p');
\set VERBOSITY default
-- dry run: the plan says what it would apply, and nothing is written
SELECT s->>'inserted' AS inserted, r.tag, r.verdict, r.apply
  FROM migtrack_sync(:'p', apply_absent => true, dry_run => true) s,
       jsonb_to_recordset(s->'rows') AS r(tag text, verdict text, apply boolean);
SELECT to_regnamespace('drizzle') IS NULL AS no_history, to_regnamespace('billing') IS NULL AS no_billing;
-- for real
SELECT s->>'inserted' AS inserted, r.tag, r.verdict, r.apply
  FROM migtrack_sync(:'p', apply_absent => true) s,
       jsonb_to_recordset(s->'rows') AS r(tag text, verdict text, apply boolean);
SELECT conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
 WHERE conrelid = 'billing.invoices'::regclass AND contype <> 'n' ORDER BY 1;
SELECT to_regclass('billing.invoices_user_idx') IS NOT NULL AS index_created;
-- the rows are drizzle's: sha256 of the text, created_at = when
SELECT h.id, m.tag, h.hash = encode(sha256(convert_to(m.sql, 'UTF8')), 'hex') AS hash_ok,
       h.created_at = 1700000000000 + m.n * 1000 AS created_at_ok
  FROM drizzle.__drizzle_migrations h JOIN mig m ON m.j = 'p' AND 1700000000000 + m.n * 1000 = h.created_at
 ORDER BY h.id;
SELECT migtrack_status(:'p')->>'state' AS state;
SELECT tag, verdict FROM pg_temp.verdicts(:'p');
DROP SCHEMA drizzle CASCADE;
DROP SCHEMA billing CASCADE;

-- partial still refuses, even with apply_absent (running it would fail on
-- what exists; recording it would hide what does not), and nothing is applied
CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id serial PRIMARY KEY, user_id integer NOT NULL, amount integer NOT NULL);
SELECT tag, verdict, missing FROM pg_temp.verdicts(:'p') WHERE tag = '0001_billing';
SELECT migtrack_sync(:'p', apply_absent => true);
SELECT to_regnamespace('drizzle') IS NULL AS nothing_written,
       to_regclass('billing.invoices_user_idx') IS NULL AS nothing_applied;
-- accept does not cover a partial migration either; force does
SELECT migtrack_sync(:'p', accept => ARRAY['0001_billing']);
SELECT s->>'inserted' AS inserted FROM migtrack_sync(:'p', force => true, apply_absent => true) s;
SELECT to_regclass('billing.invoices_user_idx') IS NOT NULL AS absent_one_applied;
DROP SCHEMA drizzle CASCADE;
DROP SCHEMA billing CASCADE;
DROP TABLE p_users, p_posts;

---------------------------------------------------------------------------
-- The catalog is read relation by relation (by index), or, when the journal
-- names more relations than pg_class has pages, in one pass over pg_class
-- and pg_index.  Both give the same verdicts.
---------------------------------------------------------------------------
INSERT INTO mig SELECT 'c', i, format('%s_t%s', lpad(i::text, 4, '0'), i),
  format($$CREATE TABLE "c_t%s" ("id" serial PRIMARY KEY NOT NULL, "v" text);
--> statement-breakpoint
CREATE INDEX "c_t%s_v_idx" ON "c_t%s" USING btree ("v");$$, i, i, i)
  FROM generate_series(1, 30) i;
INSERT INTO mig VALUES
  ('c', 31, '0031_drop', $$DROP TABLE "c_t12";$$),
  ('c', 32, '0032_rename', $$ALTER TABLE "c_t13" RENAME TO "c_t13b";$$);
SELECT pg_temp.journal('c') AS c \gset
DO $$ BEGIN
  FOR i IN 1..30 LOOP
    CONTINUE WHEN i IN (3, 11, 12);
    EXECUTE format('CREATE TABLE c_t%s (id serial PRIMARY KEY, v %s)', i, CASE WHEN i = 9 THEN 'integer' ELSE 'text' END);
    CONTINUE WHEN i IN (5, 7);
    EXECUTE format('CREATE INDEX c_t%s_v_idx ON c_t%s (v)', i, i);
  END LOOP;
END $$;
CREATE INDEX c_t5_v_idx ON c_t6 (v);	-- on another table
ALTER TABLE c_t13 RENAME TO c_t13b;
CREATE SCHEMA c_elsewhere;
CREATE TABLE c_elsewhere.c_t11 (id serial PRIMARY KEY, v text);
-- 60 relations named (tables and indexes), more than pg_class's pages: one pass
SELECT 60 > pg_relation_size('pg_catalog.pg_class') / 8192 AS one_pass;
CREATE TEMP TABLE one_pass AS SELECT * FROM pg_temp.verdicts(:'c');
SELECT * FROM one_pass WHERE verdict <> 'present';
-- thousands of relations elsewhere: now a look-up each
CREATE SCHEMA c_filler;
DO $$ BEGIN FOR i IN 1..4000 LOOP EXECUTE format('CREATE TABLE c_filler.f%s ()', i); END LOOP; END $$;
SELECT 60 > pg_relation_size('pg_catalog.pg_class') / 8192 AS one_pass;
(SELECT * FROM one_pass EXCEPT SELECT * FROM pg_temp.verdicts(:'c'))
UNION ALL
(SELECT * FROM pg_temp.verdicts(:'c') EXCEPT SELECT * FROM one_pass);
SELECT count(*) AS both_ways FROM one_pass;
SET client_min_messages = warning;
DROP SCHEMA c_filler, c_elsewhere CASCADE;
RESET client_min_messages;
DO $$ BEGIN
  FOR i IN 1..30 LOOP EXECUTE format('DROP TABLE IF EXISTS c_t%s', i); END LOOP;
END $$;
DROP TABLE c_t13b, one_pass;

---------------------------------------------------------------------------
-- Columns that spell their type or default the same share one record of it
-- in the replay, and only those: what changed in one column is that column's
-- alone.  (0 and '0', '{}' as jsonb and as json, 'a' and '1:a', varchar(10)
-- and varchar(20) are told apart.)
---------------------------------------------------------------------------
INSERT INTO mig VALUES ('d', 0, '0000_alike', $$CREATE TABLE "d_alike" (
	"a" integer DEFAULT 0,
	"b" text DEFAULT '0',
	"c" jsonb DEFAULT '{}'::jsonb,
	"d" json DEFAULT '{}'::json,
	"e" text DEFAULT 'a',
	"f" text DEFAULT '1:a',
	"g" varchar(10) DEFAULT 'a',
	"h" varchar(20) DEFAULT '1:a',
	"i" timestamp DEFAULT now(),
	"j" timestamp(3) DEFAULT now()
);$$);
SELECT pg_temp.journal('d') AS d \gset
CREATE TABLE d_alike (a integer DEFAULT 0, b text DEFAULT '0', c jsonb DEFAULT '{}'::jsonb,
  d json DEFAULT '{}'::json, e text DEFAULT 'a', f text DEFAULT '1:a', g varchar(10) DEFAULT 'a',
  h varchar(20) DEFAULT '1:a', i timestamp DEFAULT now(), j timestamp(3) DEFAULT now());
SELECT * FROM pg_temp.verdicts(:'d');
ALTER TABLE d_alike ALTER COLUMN d SET DEFAULT '[]'::json, ALTER COLUMN f SET DEFAULT '2:a',
  ALTER COLUMN h TYPE varchar(30), ALTER COLUMN j TYPE timestamp(6);
SELECT tag, verdict, unnest(missing) AS missing FROM pg_temp.verdicts(:'d');
DROP TABLE d_alike;

DROP FUNCTION pg_temp.journal(text), pg_temp.verdicts(jsonb);
DROP TABLE mig;

-- Pieces are parsed as drizzle runs them: split on the breakpoint marker.  Text
-- after the marker on its line is a statement to drizzle (a comment to psql).
-- Row level security is checked; an ALTER TABLE action migtrack does not model
-- makes the migration unverifiable rather than vacuously present.
CREATE TABLE v_rls (id int);
\set rls '{"migrations": [{"name": "20240101000000_rls", "sql": "CREATE TABLE v_rls (id int);--> statement-breakpoint ALTER TABLE v_rls ENABLE ROW LEVEL SECURITY;"}, {"name": "20240102000000_owner", "sql": "ALTER TABLE v_rls OWNER TO CURRENT_USER;"}]}'
SELECT tag, verdict, missing FROM migtrack_migrations(:'rls');
ALTER TABLE v_rls ENABLE ROW LEVEL SECURITY;
SELECT tag, verdict, missing FROM migtrack_migrations(:'rls');
DROP TABLE v_rls;

-- Options of a column the table takes from its type or parent (no type of its
-- own in the statement) make the migration unverifiable, not a crash.
\set typed '{"migrations": [{"name": "20240101000000_typed", "sql": "CREATE TYPE v_pt AS (a int, b text);--> statement-breakpoint CREATE TABLE v_typed OF v_pt (a WITH OPTIONS NOT NULL, PRIMARY KEY (a));"}, {"name": "20240102000000_part", "sql": "CREATE TABLE v_parent (a int, b text) PARTITION BY LIST (a);--> statement-breakpoint CREATE TABLE v_part PARTITION OF v_parent (b NOT NULL) FOR VALUES IN (1);"}]}'
SELECT e->>'tag' AS tag, e->>'verdict' AS verdict, e->'unverifiable' AS unverifiable
  FROM jsonb_array_elements(migtrack_status(:'typed')->'migrations') e;
-- Applied: the columns such tables take from elsewhere (a type, a parent, LIKE,
-- a query) are not drift, as the replay does not model them; drift leaves those
-- tables' columns and constraints alone (a column added later is not reported).
CREATE TYPE v_pt AS (a int, b text);
CREATE TABLE v_typed OF v_pt (a WITH OPTIONS NOT NULL, PRIMARY KEY (a));
CREATE TABLE v_parent (a int, b text) PARTITION BY LIST (a);
CREATE TABLE v_part PARTITION OF v_parent (b NOT NULL) FOR VALUES IN (1);
\set elsewhere '{"migrations": [{"name": "20240101000000_typed", "sql": "CREATE TYPE v_pt AS (a int, b text);--> statement-breakpoint CREATE TABLE v_typed OF v_pt (a WITH OPTIONS NOT NULL, PRIMARY KEY (a));"}, {"name": "20240102000000_part", "sql": "CREATE TABLE v_parent (a int, b text) PARTITION BY LIST (a);--> statement-breakpoint CREATE TABLE v_part PARTITION OF v_parent (b NOT NULL) FOR VALUES IN (1);--> statement-breakpoint CREATE TABLE v_like (LIKE v_parent, c int);--> statement-breakpoint CREATE TABLE v_as AS SELECT 1 AS x;"}]}'
CREATE TABLE v_like (LIKE v_parent, c int);
CREATE TABLE v_as AS SELECT 1 AS x;
SELECT e->>'tag' AS tag, e->>'verdict' AS verdict FROM jsonb_array_elements(migtrack_status(:'elsewhere')->'migrations') e;
SELECT migtrack_status(:'elsewhere')->'drift'->'objects' AS drift;
ALTER TABLE v_like ADD COLUMN d int;
SELECT migtrack_status(:'elsewhere')->'drift'->'objects' AS drift;
DROP TABLE v_typed, v_parent, v_like, v_as;
DROP TYPE v_pt;

-- DROP TYPE ... CASCADE in a later migration drops the columns of that type
-- declared in an earlier one (the type's name outlives the parse tree it came
-- from; the migration in between reuses that memory).
CREATE TABLE v_kinded (id integer, other integer);
CREATE TABLE v_pad (a integer);
\set kind '{"migrations": [{"name": "20240101000000_kind", "sql": "CREATE TYPE public.v_kind AS ENUM(''a'', ''b'');--> statement-breakpoint CREATE TABLE v_kinded (id integer, kind v_kind, other integer);"}, {"name": "20240102000000_pad", "sql": "CREATE TABLE v_pad (a integer, b text, c text, d text, e text, f text, g text, h text, i text, j text, k text, l text, m text, n text, o text, p text, q text);--> statement-breakpoint ALTER TABLE v_pad DROP COLUMN b;--> statement-breakpoint ALTER TABLE v_pad DROP COLUMN c;--> statement-breakpoint ALTER TABLE v_pad DROP COLUMN d;--> statement-breakpoint ALTER TABLE v_pad DROP COLUMN e;--> statement-breakpoint ALTER TABLE v_pad DROP COLUMN f;--> statement-breakpoint ALTER TABLE v_pad DROP COLUMN g;--> statement-breakpoint ALTER TABLE v_pad DROP COLUMN h;--> statement-breakpoint ALTER TABLE v_pad DROP COLUMN i;--> statement-breakpoint ALTER TABLE v_pad DROP COLUMN j;--> statement-breakpoint ALTER TABLE v_pad DROP COLUMN k;--> statement-breakpoint ALTER TABLE v_pad DROP COLUMN l;--> statement-breakpoint ALTER TABLE v_pad DROP COLUMN m;--> statement-breakpoint ALTER TABLE v_pad DROP COLUMN n;--> statement-breakpoint ALTER TABLE v_pad DROP COLUMN o;--> statement-breakpoint ALTER TABLE v_pad DROP COLUMN p;--> statement-breakpoint ALTER TABLE v_pad DROP COLUMN q;"}, {"name": "20240103000000_drop_kind", "sql": "DROP TYPE public.v_kind CASCADE;"}]}'
SELECT tag, verdict, missing FROM migtrack_migrations(:'kind');
DROP TABLE v_kinded, v_pad;

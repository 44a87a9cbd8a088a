-- What real drizzle folders contain, each case in both journal formats: the
-- migrations are run by PostgreSQL itself (split on the breakpoint marker, as
-- drizzle runs them), then every migration must be judged present (or
-- superseded / data_only); then the catalog is changed and the verdict must
-- follow.  One case per bullet of issue 12.

CREATE TEMP TABLE mig (j text, n int, tag text, sql text);
-- the journal of case name, 0.x (entries, tag/when) or 1.0 (migrations, folder names)
CREATE FUNCTION pg_temp.journal(name text, v1 boolean) RETURNS jsonb LANGUAGE sql AS $$
  SELECT CASE WHEN v1
    THEN jsonb_build_object('migrations', jsonb_agg(jsonb_build_object(
           'name', to_char(timestamp '2024-01-01' + n * interval '1 second', 'YYYYMMDDHH24MISS') || '_' || tag,
           'sql', sql) ORDER BY n))
    ELSE jsonb_build_object('version', '7', 'dialect', 'postgresql', 'entries', jsonb_agg(jsonb_build_object(
           'idx', n, 'version', '7', 'when', 1700000000000 + n * 1000, 'tag', lpad(n::text, 4, '0') || '_' || tag,
           'breakpoints', true, 'sql', sql) ORDER BY n)) END
    FROM mig WHERE j = name $$;
-- run case name's migrations as drizzle does: each piece between breakpoints, in order
CREATE FUNCTION pg_temp.run(name text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  m record;
  piece text;
BEGIN
  FOR m IN SELECT sql FROM mig WHERE j = name ORDER BY n LOOP
    FOREACH piece IN ARRAY string_to_array(m.sql, '--> statement-breakpoint') LOOP
      EXECUTE piece;
    END LOOP;
  END LOOP;
END $$;
-- verdicts in both formats: "tag: verdict [missing / unverifiable]"; one line when both agree
CREATE FUNCTION pg_temp.verdicts(name text) RETURNS SETOF text LANGUAGE sql AS $$
  WITH v AS (
    SELECT f.v1, regexp_replace(m.tag, '^[0-9]+_', '') AS tag, m.position,
           m.verdict || CASE WHEN m.missing = '{}' THEN '' ELSE ' ' || m.missing::text END AS verdict
      FROM (VALUES (false), (true)) AS f(v1),
           migtrack_migrations(pg_temp.journal(name, f.v1)) m)
  SELECT a.tag || ': ' || a.verdict || CASE WHEN a.verdict = b.verdict THEN '' ELSE ' | 1.0: ' || b.verdict END
    FROM v a JOIN v b ON a.position = b.position AND NOT a.v1 AND b.v1
   ORDER BY a.position $$;

---------------------------------------------------------------------------
-- 1. A "dialect": "pg" journal is accepted (see journal_errors too).
---------------------------------------------------------------------------
\set pg '{"version": "5", "dialect": "pg", "entries": [{"idx": 0, "version": "5", "when": 1700000000000, "tag": "0000_init", "breakpoints": true, "sql": "CREATE TABLE rf_pg (id int);"}]}'
SELECT s->>'state' AS state, s->'journal_ignored' AS ignored, s->'migrations'->0->>'verdict' AS verdict
  FROM migtrack_status(:'pg') s;
CREATE TABLE rf_pg (id int);
SELECT s->>'state' AS state, s->'journal_ignored' AS ignored, s->'migrations'->0->>'verdict' AS verdict
  FROM migtrack_status(:'pg') s;
DROP TABLE rf_pg;

---------------------------------------------------------------------------
-- 2. drizzle-kit 0.20-0.29's DO blocks: the statement inside is checked,
-- with "already exists" semantics; guards of the IF [NOT] EXISTS shape too.
---------------------------------------------------------------------------
INSERT INTO mig VALUES
  ('do', 0, 'init', $m$DO $$ BEGIN
 CREATE TYPE "public"."rf_role" AS ENUM('admin', 'user');
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "rf_users" ("id" serial PRIMARY KEY NOT NULL, "role" "rf_role" DEFAULT 'user' NOT NULL);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "rf_posts" ("id" serial PRIMARY KEY NOT NULL, "author_id" integer NOT NULL);
--> statement-breakpoint
DO $$ BEGIN
 ALTER TABLE "rf_posts" ADD CONSTRAINT "rf_posts_author_id_rf_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."rf_users"("id") ON DELETE no action ON UPDATE no action;
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;$m$),
  -- the same enum again, with one more value: duplicate_object, so nothing changes
  ('do', 1, 'enum_again', $m$DO $$ BEGIN
 CREATE TYPE "public"."rf_role" AS ENUM('admin', 'user', 'guest');
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;$m$),
  ('do', 2, 'guards', $m$DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type WHERE typname = 'rf_mood') THEN
        CREATE TYPE "rf_mood" AS ENUM ('sad', 'happy');
    END IF;
END $$ ;--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'rf_nobody') THEN
    GRANT SELECT ON "rf_users" TO rf_nobody;
  END IF;
  IF EXISTS (SELECT 1 FROM "rf_users" WHERE "role" IS NULL) THEN
    RAISE EXCEPTION 'users without a role';
  END IF;
END $$;$m$),
  ('do', 3, 'code', $m$DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT 1 LOOP EXECUTE 'SELECT 1'; END LOOP;
END $$;$m$),
  ('do', 4, 'ddl_under_if_exists', $m$DO $$ BEGIN
  IF EXISTS (SELECT 1 FROM pg_tables WHERE tablename = 'rf_users') THEN
    CREATE TABLE "rf_maybe" ("id" int);
  END IF;
END $$;$m$);
SELECT pg_temp.run('do');
SELECT * FROM pg_temp.verdicts('do');
-- the foreign key inside the wrapper is checked
ALTER TABLE rf_posts DROP CONSTRAINT rf_posts_author_id_rf_users_id_fk;
SELECT * FROM pg_temp.verdicts('do') LIMIT 1;
SELECT m->'unverifiable' AS why FROM jsonb_array_elements(migtrack_status(pg_temp.journal('do', false))->'migrations') m
 WHERE m->>'verdict' = 'unverifiable';
DROP TABLE rf_posts, rf_users, rf_maybe;
DROP TYPE rf_role, rf_mood;

---------------------------------------------------------------------------
-- 3. Functions, procedures, triggers, extensions, policies, roles; settings,
-- privileges and statistics change nothing checked; CALL is data.
---------------------------------------------------------------------------
INSERT INTO mig VALUES
  ('st', 0, 'objects', $m$CREATE EXTENSION IF NOT EXISTS "pg_trgm";
--> statement-breakpoint
CREATE ROLE "rf_reader" NOLOGIN;
--> statement-breakpoint
CREATE TABLE "rf_items" ("id" serial PRIMARY KEY NOT NULL, "name" text NOT NULL, "updated_at" timestamp DEFAULT now() NOT NULL);
--> statement-breakpoint
ALTER TABLE "rf_items" ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY "rf_items_read" ON "rf_items" AS PERMISSIVE FOR SELECT TO "rf_reader" USING (true);
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "public"."rf_touch"() RETURNS trigger LANGUAGE plpgsql AS $f$
BEGIN NEW.updated_at = now(); RETURN NEW; END $f$;
--> statement-breakpoint
CREATE TRIGGER "rf_items_touch" BEFORE UPDATE ON "rf_items" FOR EACH ROW EXECUTE FUNCTION "public"."rf_touch"();
--> statement-breakpoint
CREATE PROCEDURE "rf_noop"(n integer) LANGUAGE sql AS $p$ SELECT 1 $p$;
--> statement-breakpoint
CREATE INDEX "rf_items_name_trgm" ON "rf_items" USING gin ("name" gin_trgm_ops);$m$),
  ('st', 1, 'settings', $m$ALTER TABLE "rf_items" SET (fillfactor = 90);
--> statement-breakpoint
ALTER TABLE "rf_items" ADD CONSTRAINT "rf_items_name_check" CHECK (length("name") > 0) NOT VALID;
--> statement-breakpoint
ALTER TABLE "rf_items" VALIDATE CONSTRAINT "rf_items_name_check";
--> statement-breakpoint
GRANT SELECT ON "rf_items" TO "rf_reader";
--> statement-breakpoint
REVOKE SELECT ON "rf_items" FROM "rf_reader";
--> statement-breakpoint
ANALYZE "rf_items";$m$),
  ('st', 2, 'call', $m$CALL "rf_noop"(1);$m$),
  ('st', 3, 'drop_function', $m$DROP TRIGGER "rf_items_touch" ON "rf_items";
--> statement-breakpoint
DROP FUNCTION "public"."rf_touch"();$m$);
SELECT pg_temp.run('st');
SELECT * FROM pg_temp.verdicts('st');
-- each is looked up: a dropped policy, a procedure with other arguments, a missing role
DROP POLICY rf_items_read ON rf_items;
DROP PROCEDURE rf_noop(integer);
CREATE PROCEDURE rf_noop(n text) LANGUAGE sql AS $p$ SELECT 1 $p$;
SELECT * FROM pg_temp.verdicts('st') LIMIT 1;
-- the trigger the history dropped is back: 0003 is not applied
CREATE FUNCTION rf_touch() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN RETURN NEW; END $f$;
SELECT * FROM pg_temp.verdicts('st') OFFSET 3;
DROP TABLE rf_items;
DROP PROCEDURE rf_noop(text);
DROP FUNCTION rf_touch();
DROP ROLE rf_reader;
DROP EXTENSION pg_trgm;

---------------------------------------------------------------------------
-- 4. What PostgreSQL does implicitly.
---------------------------------------------------------------------------
INSERT INTO mig VALUES
  ('im', 0, 'init', $m$CREATE TABLE "rf_a" ("id" serial PRIMARY KEY NOT NULL, "code" text, "gone" text, CONSTRAINT "rf_a_code_unique" UNIQUE("code"));
--> statement-breakpoint
CREATE INDEX "rf_a_gone_idx" ON "rf_a" ("gone");
--> statement-breakpoint
CREATE TABLE "rf_b" ("id" text PRIMARY KEY NOT NULL, "a_gone" text, "a_id" integer REFERENCES "rf_a"("id"),
  CONSTRAINT "rf_b_id_unique" UNIQUE("id"));
--> statement-breakpoint
CREATE TYPE "rf_kind" AS ENUM('x', 'y');
--> statement-breakpoint
CREATE TABLE "rf_c" ("id" integer NOT NULL, "kind" "rf_kind", CHECK ("id" > 0));
--> statement-breakpoint
ALTER TABLE "rf_c" ADD PRIMARY KEY ("id");
--> statement-breakpoint
CREATE TABLE "rf_d" ("id" integer PRIMARY KEY, "a_id" integer);
--> statement-breakpoint
CREATE TABLE "rf_g" ("id" integer, "d_id" integer REFERENCES "rf_d"("id"));
--> statement-breakpoint
ALTER TABLE "rf_d" ADD CONSTRAINT "rf_d_a_fk" FOREIGN KEY ("a_id") REFERENCES "rf_a"("id");
--> statement-breakpoint
CREATE VIEW "rf_d_view" AS SELECT "id" FROM "rf_d";
--> statement-breakpoint
CREATE UNIQUE INDEX "rf_c_key" ON "rf_c" ("id");$m$),
  -- DROP COLUMN takes its index; DROP TABLE ... CASCADE the foreign keys to it and its views
  ('im', 1, 'drops', $m$ALTER TABLE "rf_a" DROP COLUMN "gone";
--> statement-breakpoint
DROP TABLE "rf_d" CASCADE;
--> statement-breakpoint
DROP TYPE "rf_kind" CASCADE;$m$),
  -- drizzle-kit's foreign key change: drop, then re-add inside its DO block
  ('im', 2, 'fk_change', $m$ALTER TABLE "rf_b" DROP CONSTRAINT "rf_b_a_id_fkey";
--> statement-breakpoint
DO $$ BEGIN
 ALTER TABLE "rf_b" ADD CONSTRAINT "rf_b_a_id_fkey" FOREIGN KEY ("a_id") REFERENCES "public"."rf_a"("id") ON DELETE cascade;
EXCEPTION
 WHEN duplicate_object THEN null;
END $$;$m$),
  -- the primary key dropped and re-added without a name: PostgreSQL names it rf_c_pkey again
  ('im', 3, 'pkey_again', $m$ALTER TABLE "rf_c" DROP CONSTRAINT "rf_c_pkey";
--> statement-breakpoint
ALTER TABLE "rf_c" ADD PRIMARY KEY ("id");$m$),
  -- an index dropped, a unique constraint of the same name added (it owns an index of that name)
  ('im', 4, 'index_to_unique', $m$DROP INDEX "rf_c_key";
--> statement-breakpoint
ALTER TABLE "rf_c" ADD CONSTRAINT "rf_c_key" UNIQUE ("id");$m$),
  -- temporary tables never reach the catalog
  ('im', 5, 'temp', $m$CREATE TEMP TABLE "rf_tmp" ("id" int) ON COMMIT DROP;
--> statement-breakpoint
INSERT INTO "rf_tmp" VALUES (1);
--> statement-breakpoint
CREATE INDEX "rf_tmp_id" ON "rf_tmp" ("id");$m$),
  -- a renamed index stays on its table, and dies with it
  ('im', 6, 'rename', $m$CREATE TABLE "rf_e" ("id" int);
--> statement-breakpoint
CREATE INDEX "rf_e_old" ON "rf_e" ("id");
--> statement-breakpoint
ALTER INDEX "rf_e_old" RENAME TO "rf_e_new";
--> statement-breakpoint
ALTER TABLE "rf_b" RENAME COLUMN "a_gone" TO "a_kept";
--> statement-breakpoint
ALTER TABLE "rf_a" RENAME TO "rf_a2";$m$),
  ('im', 7, 'drop_e', $m$DROP TABLE "rf_e";$m$),
  -- IF EXISTS / IF NOT EXISTS against what the history holds at that point
  ('im', 8, 'if_exists', $m$ALTER INDEX IF EXISTS "rf_never" RENAME TO "rf_never2";
--> statement-breakpoint
DROP TABLE IF EXISTS "rf_never_t";
--> statement-breakpoint
ALTER TABLE "rf_b" ADD COLUMN IF NOT EXISTS "a_kept" text;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "rf_b" ("other" int);$m$);
SELECT pg_temp.run('im');
SELECT * FROM pg_temp.verdicts('im');
-- what each migration is checked for: change the catalog and watch the verdict follow
CREATE INDEX rf_never2 ON rf_b (id);       -- IF EXISTS rename of a never-created index: still nothing expected
ALTER TABLE rf_c DROP CONSTRAINT rf_c_key; -- index_to_unique is no longer there
ALTER TABLE rf_a2 ADD COLUMN gone text;    -- drops: the dropped column is back
SELECT * FROM pg_temp.verdicts('im');
DROP TABLE rf_a2, rf_b, rf_c, rf_g CASCADE;
DROP INDEX IF EXISTS rf_never2;

---------------------------------------------------------------------------
-- 5. A repair never builds a schema drizzle does not: an absent migration
-- whose objects a later migration changed is not re-run by apply_absent.
---------------------------------------------------------------------------
INSERT INTO mig VALUES
  ('rp', 0, 'a', $m$CREATE TABLE "rf_r" ("id" int PRIMARY KEY, "old" text);
--> statement-breakpoint
CREATE INDEX "rf_r_old_idx" ON "rf_r" ("old");$m$),
  ('rp', 1, 'b', $m$CREATE TABLE "rf_s" ("id" int);$m$),
  ('rp', 2, 'c', $m$ALTER TABLE "rf_r" DROP COLUMN "old";$m$),
  ('rp', 3, 'd', $m$CREATE TABLE "rf_t" ("id" int);$m$);
SELECT pg_temp.run('rp');
DROP TABLE rf_r, rf_t;                     -- a's table and d's table are gone
SELECT * FROM pg_temp.verdicts('rp');
SELECT migtrack_sync(pg_temp.journal('rp', false), apply_absent => true);
SELECT migtrack_sync(pg_temp.journal('rp', true), apply_absent => true);
SELECT to_regclass('rf_r') IS NULL AS not_rerun, to_regnamespace('drizzle') IS NULL AS nothing_written;
-- force records it without running it (and says so); d, untouched later, is re-run
SELECT r.tag, r.verdict, r.apply
  FROM migtrack_sync(pg_temp.journal('rp', false), apply_absent => true, force => true, dry_run => true) s,
       jsonb_to_recordset(s->'rows') AS r(tag text, verdict text, apply boolean);
-- once a's table is restored as drizzle left it, apply_absent re-runs d alone
CREATE TABLE rf_r (id int PRIMARY KEY);
SELECT r.tag, r.verdict, r.apply
  FROM migtrack_sync(pg_temp.journal('rp', false), apply_absent => true) s,
       jsonb_to_recordset(s->'rows') AS r(tag text, verdict text, apply boolean);
SELECT to_regclass('rf_t') IS NOT NULL AS d_applied, count(*) AS rows FROM drizzle.__drizzle_migrations;
DROP SCHEMA drizzle CASCADE;
DROP TABLE rf_r, rf_s, rf_t;
-- when the later migration that changed it is absent too, both are re-run, in drizzle's order
INSERT INTO mig VALUES
  ('rq', 0, 'a', $m$CREATE TABLE "rf_u" ("id" int PRIMARY KEY, "old" text);$m$),
  ('rq', 1, 'b', $m$ALTER TABLE "rf_u" ALTER COLUMN "old" SET NOT NULL;
--> statement-breakpoint
CREATE INDEX "rf_u_old_idx" ON "rf_u" ("old");$m$),
  ('rq', 2, 'c', $m$CREATE TABLE "rf_v" ("id" int);$m$);
SELECT pg_temp.run('rq');
SELECT pg_get_indexdef('rf_u_old_idx'::regclass) AS before;
DROP TABLE rf_u;
SELECT * FROM pg_temp.verdicts('rq');
SELECT r.tag, r.verdict, r.apply
  FROM migtrack_sync(pg_temp.journal('rq', true), apply_absent => true) s,
       jsonb_to_recordset(s->'rows') AS r(tag text, verdict text, apply boolean);
SELECT pg_get_indexdef('rf_u_old_idx'::regclass) AS after,
       (SELECT attnotnull FROM pg_attribute WHERE attrelid = 'rf_u'::regclass AND attname = 'old') AS not_null;
DROP SCHEMA drizzle CASCADE;
DROP TABLE rf_u, rf_v;

---------------------------------------------------------------------------
-- 6. Defaults are compared as expressions, through the column's type.
---------------------------------------------------------------------------
INSERT INTO mig VALUES
  ('df', 0, 'init', $m$CREATE TABLE "rf_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"role" text DEFAULT 'user' NOT NULL,
	"name" varchar(50) DEFAULT 'x',
	"settings" jsonb DEFAULT '{}'::jsonb,
	"created_at" timestamp DEFAULT now() NOT NULL,
	"score" integer DEFAULT 0
);$m$),
  ('df', 1, 'widen', $m$ALTER TABLE "rf_accounts" ALTER COLUMN "name" SET DATA TYPE text;
--> statement-breakpoint
ALTER TABLE "rf_accounts" ALTER COLUMN "score" SET DATA TYPE bigint;$m$);
SELECT pg_temp.run('df');
SELECT * FROM pg_temp.verdicts('df');
ALTER TABLE rf_accounts ALTER COLUMN role SET DEFAULT 'member';
SELECT * FROM pg_temp.verdicts('df');
DROP TABLE rf_accounts;

---------------------------------------------------------------------------
-- 7. A dropped object still there is named with what is expected of it.
---------------------------------------------------------------------------
INSERT INTO mig VALUES
  ('ms', 0, 'init', $m$CREATE TABLE "rf_keep" ("id" int, "legacy" text);
--> statement-breakpoint
CREATE TABLE "rf_old" ("id" int);$m$),
  ('ms', 1, 'cleanup', $m$DROP TABLE "rf_old";
--> statement-breakpoint
ALTER TABLE "rf_keep" DROP COLUMN "legacy";$m$);
SELECT pg_temp.run('ms');
CREATE TABLE rf_old (id int);
ALTER TABLE rf_keep ADD COLUMN legacy text;
SELECT * FROM pg_temp.verdicts('ms');
SELECT migtrack_sync(pg_temp.journal('ms', false));
DROP TABLE rf_keep, rf_old;

DROP FUNCTION pg_temp.journal(text, boolean), pg_temp.run(text), pg_temp.verdicts(text);

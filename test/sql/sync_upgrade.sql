-- A drizzle 1.0 journal over a 0.x table: migtrack upgrades the table exactly
-- as drizzle-orm 1.0 does (up-migrations/pg.js), in the same transaction as
-- the sync: add "name" and "applied_at", name each old row (matched by
-- created_at to the second, the hash breaking ties, else by hash alone) and
-- set its applied_at to NULL; an unmatched row refuses the whole sync.
CREATE TABLE a (id int); CREATE TABLE b (id int); CREATE TABLE c (id int);
\set v1 '{"migrations": [{"name": "20240101000000_a", "sql": "CREATE TABLE a (id int);"}, {"name": "20240102000000_b", "sql": "CREATE TABLE b (id int);"}, {"name": "20240103000000_c", "sql": "CREATE TABLE c (id int);"}]}'

-- What drizzle 0.x left: its DDL, its rows (created_at with milliseconds, from the old journal's "when").
CREATE SCHEMA drizzle;
CREATE TABLE IF NOT EXISTS "drizzle"."__drizzle_migrations" (
				id SERIAL PRIMARY KEY,
				hash text NOT NULL,
				created_at bigint
			);
INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES
  (encode(sha256('CREATE TABLE a (id int);'), 'hex'), 1704067200123),   -- 2024-01-01T00:00:00.123Z
  (encode(sha256('CREATE TABLE b (id int);'), 'hex'), 1704153600456);   -- 2024-01-02T00:00:00.456Z

SELECT migtrack_status(:'v1')->>'state' AS state, migtrack_status(:'v1')->'tracking_table'->>'format' AS format;
SELECT position, tag, status, row_id FROM migtrack_migrations(:'v1');

-- dry run: announces the upgrade, changes nothing
SELECT migtrack_sync(:'v1', dry_run => true) - 'rows' AS plan;
SELECT count(*) AS columns FROM pg_attribute WHERE attrelid = 'drizzle.__drizzle_migrations'::regclass AND attnum > 0;

-- The same upgrade done by drizzle 1.0's own statements, on a copy, for comparison.
CREATE SCHEMA ref;
CREATE TABLE IF NOT EXISTS "ref"."__drizzle_migrations" (
				id SERIAL PRIMARY KEY,
				hash text NOT NULL,
				created_at bigint
			);
INSERT INTO ref.__drizzle_migrations (hash, created_at) SELECT hash, created_at FROM drizzle.__drizzle_migrations ORDER BY id;
BEGIN;
ALTER TABLE "ref"."__drizzle_migrations" ADD COLUMN IF NOT EXISTS "name" text;
ALTER TABLE "ref"."__drizzle_migrations" ADD COLUMN IF NOT EXISTS "applied_at" timestamp with time zone DEFAULT now();
UPDATE "ref"."__drizzle_migrations" SET "name" = '20240101000000_a', "applied_at" = NULL WHERE "id" = 1;
UPDATE "ref"."__drizzle_migrations" SET "name" = '20240102000000_b', "applied_at" = NULL WHERE "id" = 2;
COMMIT;
-- drizzle 1.0 migrate then inserts the pending one:
INSERT INTO "ref"."__drizzle_migrations" ("hash", "created_at", "name")
  VALUES (encode(sha256('CREATE TABLE c (id int);'), 'hex'), 1704240000000, '20240103000000_c');

SELECT jsonb_pretty(migtrack_sync(:'v1')) AS result;
SELECT id, left(hash, 12) AS hash, created_at, name, applied_at IS NULL AS applied_at_null FROM drizzle.__drizzle_migrations ORDER BY id;
SELECT (SELECT array_agg((id, hash, created_at, name, applied_at IS NULL) ORDER BY id) FROM drizzle.__drizzle_migrations)
     = (SELECT array_agg((id, hash, created_at, name, applied_at IS NULL) ORDER BY id) FROM ref.__drizzle_migrations) AS same_rows_as_drizzle;
SELECT migtrack_status(:'v1')->>'state' AS state, migtrack_sync(:'v1')->'inserted' AS inserted_again;
DROP SCHEMA drizzle, ref CASCADE;

-- Ties in one second are broken by hash; a row whose created_at matches nothing is matched by hash.
CREATE SCHEMA drizzle;
CREATE TABLE "drizzle"."__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint);
INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES
  (encode(sha256('CREATE TABLE b (id int);'), 'hex'), 1704067200500),   -- same second as both *_a folders
  (encode(sha256('CREATE TABLE a (id int);'), 'hex'), 1704067200900),
  (encode(sha256('CREATE TABLE c (id int);'), 'hex'), 1600000000000);   -- created_at matches nothing
\set tie '{"migrations": [{"name": "20240101000000_a1", "sql": "CREATE TABLE a (id int);"}, {"name": "20240101000000_a2", "sql": "CREATE TABLE b (id int);"}, {"name": "20240103000000_c", "sql": "CREATE TABLE c (id int);"}]}'
SELECT row_id, tag, status FROM migtrack_migrations(:'tie') ORDER BY row_id;
SELECT migtrack_sync(:'tie')->'inserted' AS inserted;
SELECT id, created_at, name FROM drizzle.__drizzle_migrations ORDER BY id;
DROP SCHEMA drizzle CASCADE;

-- An old row that matches no folder: drizzle 1.0 aborts its upgrade; so do we, changing nothing.
-- (Only a was applied: the pending migrations' tables do not exist.)
DROP TABLE b, c;
CREATE SCHEMA drizzle;
CREATE TABLE "drizzle"."__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint);
INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES
  (encode(sha256('CREATE TABLE a (id int);'), 'hex'), 1704067200123),
  (repeat('0', 64), 1500000000000);
SELECT code, migration, message FROM jsonb_to_recordset(migtrack_status(:'v1')->'problems') AS p(code text, migration text, message text);
SELECT migtrack_sync(:'v1');
SELECT count(*) AS columns_unchanged FROM pg_attribute WHERE attrelid = 'drizzle.__drizzle_migrations'::regclass AND attnum > 0;
DROP SCHEMA drizzle CASCADE;
DROP TABLE a;

-- migtrack_sync writes what drizzle-orm's migrate() writes: same DDL, same rows.
CREATE TABLE users (id int); CREATE TABLE posts (id int); CREATE TABLE tags (id int);
\set j '{"version": "7", "dialect": "postgresql", "entries": [{"idx": 0, "version": "7", "when": 1700000000000, "tag": "0000_users", "breakpoints": true, "sql": "CREATE TABLE users (id int);"}, {"idx": 1, "version": "7", "when": 1700000001000, "tag": "0001_posts", "breakpoints": true, "sql": "CREATE TABLE posts (id int);"}, {"idx": 2, "version": "7", "when": 1700000002000, "tag": "0002_tags", "breakpoints": true, "sql": "CREATE TABLE tags (id int);"}]}'

-- Columns, types, nullability and defaults of a table, schema name left out of defaults.
CREATE FUNCTION table_shape(s text, t text)
RETURNS TABLE (col name, typ text, notnull bool, dflt text) LANGUAGE sql AS $$
  SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
         replace(pg_get_expr(d.adbin, d.adrelid), s || '.', '')
    FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE a.attrelid = format('%I.%I', s, t)::regclass AND a.attnum > 0 AND NOT a.attisdropped
   ORDER BY a.attnum $$;
CREATE FUNCTION table_constraints(s text, t text)
RETURNS TABLE (conname name, contype "char", def text) LANGUAGE sql AS $$
  SELECT conname, contype, pg_get_constraintdef(oid) FROM pg_constraint
   WHERE conrelid = format('%I.%I', s, t)::regclass ORDER BY 1 $$;

-- dry_run: the plan, and nothing written -- not even the schema
SELECT jsonb_pretty(migtrack_sync(:'j', dry_run => true)) AS plan;
SELECT to_regnamespace('drizzle') IS NULL AS no_schema;

-- up_to, then the rest, then nothing: idempotent
SELECT migtrack_sync(:'j', up_to => '0001_posts')->'rows' AS rows;
SELECT jsonb_pretty(migtrack_sync(:'j')) AS result;
SELECT migtrack_sync(:'j')->'inserted' AS inserted_again;
SELECT migtrack_sync(:'j', dry_run => true)->'rows' AS nothing_planned;
SELECT id, hash, created_at FROM drizzle.__drizzle_migrations ORDER BY id;

-- The table is drizzle-orm 0.45's, created by its exact DDL (pg-core/dialect.js):
CREATE SCHEMA ref0;
CREATE TABLE IF NOT EXISTS "ref0"."__drizzle_migrations" (
				id SERIAL PRIMARY KEY,
				hash text NOT NULL,
				created_at bigint
			);
SELECT * FROM table_shape('drizzle', '__drizzle_migrations');
SELECT (SELECT array_agg(s) FROM table_shape('drizzle', '__drizzle_migrations') s)
     = (SELECT array_agg(s) FROM table_shape('ref0', '__drizzle_migrations') s) AS same_columns_as_drizzle,
       (SELECT array_agg(c) FROM table_constraints('drizzle', '__drizzle_migrations') c)
     = (SELECT array_agg(c) FROM table_constraints('ref0', '__drizzle_migrations') c) AS same_constraints_as_drizzle;
SELECT pg_get_userbyid(relowner) = current_user AS owned_by_caller FROM pg_class WHERE oid = 'drizzle.__drizzle_migrations'::regclass;
DROP SCHEMA ref0 CASCADE;

-- Work that is rolled back leaves nothing; inside the transaction status sees the rows.
DROP SCHEMA drizzle CASCADE;
BEGIN;
SELECT migtrack_sync(:'j')->'inserted' AS inserted;
SELECT migtrack_status(:'j')->>'state' AS state_in_transaction;
ROLLBACK;
SELECT to_regnamespace('drizzle') IS NULL AS rolled_back;

-- up_to that would leave an older migration behind: drizzle 0.x would skip it forever
\set zigzag '{"entries": [{"tag": "0000_users", "when": 1000, "sql": "CREATE TABLE users (id int);"}, {"tag": "0001_posts", "when": 3000, "sql": "CREATE TABLE posts (id int);"}, {"tag": "0002_tags", "when": 2000, "sql": "CREATE TABLE tags (id int);"}]}'
SELECT migtrack_sync(:'zigzag', up_to => '0001_posts');
SELECT migtrack_sync(:'zigzag')->'inserted' AS all_three_is_fine;
DROP SCHEMA drizzle CASCADE;

-- drizzle 1.0: folders sorted by name, created_at from the name, v1 table
\set v1 '{"migrations": [{"name": "20240102000000_posts", "sql": "CREATE TABLE posts (id int);"}, {"name": "20240101000000_users", "sql": "CREATE TABLE users (id int);"}]}'
SELECT jsonb_pretty(migtrack_sync(:'v1')) AS result;
SELECT id, hash, created_at, name, applied_at IS NOT NULL AS applied_at_set FROM drizzle.__drizzle_migrations ORDER BY id;
SELECT migtrack_status(:'v1')->>'state' AS state;
-- The table is drizzle-orm 1.0's (pg-core/async/session.js):
CREATE SCHEMA ref1;
CREATE TABLE IF NOT EXISTS "ref1"."__drizzle_migrations" (
				id SERIAL PRIMARY KEY,
				hash text NOT NULL,
				created_at bigint,
				name text,
				applied_at timestamp with time zone DEFAULT now()
			);
SELECT * FROM table_shape('drizzle', '__drizzle_migrations');
SELECT (SELECT array_agg(s) FROM table_shape('drizzle', '__drizzle_migrations') s)
     = (SELECT array_agg(s) FROM table_shape('ref1', '__drizzle_migrations') s) AS same_columns_as_drizzle,
       (SELECT array_agg(c) FROM table_constraints('drizzle', '__drizzle_migrations') c)
     = (SELECT array_agg(c) FROM table_constraints('ref1', '__drizzle_migrations') c) AS same_constraints_as_drizzle;
DROP SCHEMA ref1 CASCADE;

-- a 0.x journal over a 1.0 table writes what drizzle 0.x writes: no name
DELETE FROM drizzle.__drizzle_migrations;
SELECT migtrack_sync(:'j', up_to => '0000_users')->'rows' AS rows;
SELECT hash, created_at, name IS NULL AS no_name FROM drizzle.__drizzle_migrations;

DROP SCHEMA drizzle CASCADE;

-- The history kept under a custom migrations.schema/table, but migtrack called
-- without them: say where it probably is, and refuse to start a second history
-- in drizzle.__drizzle_migrations that drizzle would never read.
CREATE SCHEMA app_meta;
CREATE TABLE "app_meta"."MigrationLog" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint);
SELECT migtrack_status(:'j')->>'state' AS state, migtrack_status(:'j')->'problems'->0->>'message' AS message;
SELECT migtrack_status(:'j')->>'recommendation' AS recommendation;
SELECT migtrack_sync(:'j');
SELECT to_regnamespace('drizzle') IS NULL AS nothing_written;
SELECT migtrack_sync(:'j', migrations_schema => 'app_meta', migrations_table => 'MigrationLog')->'inserted' AS inserted_where_drizzle_reads;
DROP SCHEMA app_meta CASCADE;
DROP FUNCTION table_shape(text, text), table_constraints(text, text);
DROP TABLE users, posts, tags;

-- drizzle.config migrationsSchema / migrationsTable, and a hostile search_path.

-- The schema exists (drizzle-kit push), no history.  The journal names its
-- objects schema-qualified (public.ct_users, pg_catalog.text): migtrack checks
-- them in the catalog, and unqualified names would resolve in the first schema
-- of the search_path, which the hostile run below sets to "evil".
CREATE TABLE ct_users (id int);
CREATE TABLE ct_posts (id int, tag text);   -- tag: migration 0002_tags of the journals below
\set j '{"version": "7", "dialect": "postgresql", "entries": [{"idx": 0, "version": "7", "when": 1700000000000, "tag": "0000_users", "breakpoints": true, "sql": "CREATE TABLE public.ct_users (id int);"}, {"idx": 1, "version": "7", "when": 1700000001000, "tag": "0001_posts", "breakpoints": true, "sql": "CREATE TABLE public.ct_posts (id int);"}]}'

---------------------------------------------------------------------------
-- Mixed case and spaces: migrationsSchema "My Schema", migrationsTable "Mig Table".
-- drizzle quotes both (sql.identifier), so they are taken verbatim.
---------------------------------------------------------------------------
-- (the names of the user tables: the database-side view's)
SELECT s->>'state' AS state, s->'tracking_table' AS tracking_table,
       migtrack_status(NULL, migrations_schema => 'My Schema', migrations_table => 'Mig Table')->'tables' AS user_tables
  FROM migtrack_status(:'j', migrations_schema => 'My Schema', migrations_table => 'Mig Table') s;
-- the error names the table, and the hint repeats the non-default arguments
SELECT migtrack_check(:'j', migrations_schema => 'My Schema', migrations_table => 'Mig Table');
SELECT jsonb_pretty(migtrack_sync(:'j', migrations_schema => 'My Schema', migrations_table => 'Mig Table')) AS result;
SELECT to_regnamespace('drizzle') IS NULL AS no_drizzle_schema,
       to_regclass('"My Schema"."Mig Table"') IS NOT NULL AS created_there;

-- drizzle-orm's DDL, quoted as drizzle quotes it:
--   CREATE TABLE IF NOT EXISTS "My Schema"."Mig Table" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)
SELECT column_name, data_type, is_nullable, column_default
  FROM information_schema.columns
 WHERE table_schema = 'My Schema' AND table_name = 'Mig Table'
 ORDER BY ordinal_position;
SELECT pg_get_serial_sequence('"My Schema"."Mig Table"', 'id') AS id_sequence,
       (SELECT data_type FROM information_schema.sequences
         WHERE sequence_schema = 'My Schema' AND sequence_name = 'Mig Table_id_seq') AS sequence_type;
SELECT conname, pg_get_constraintdef(oid) AS definition
  FROM pg_constraint WHERE conrelid = '"My Schema"."Mig Table"'::regclass
   AND contype <> 'n' ORDER BY 1;   -- NOT NULL constraints are listed from 18 on
-- the same, column by column, as the table drizzle's own statement creates
CREATE SCHEMA "Ref Schema";
CREATE TABLE IF NOT EXISTS "Ref Schema"."Mig Table" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint);
SELECT (SELECT array_agg((column_name, data_type, is_nullable, replace(column_default, '"My Schema"', 'S'),
                          is_identity, collation_name) ORDER BY ordinal_position)
          FROM information_schema.columns WHERE table_schema = 'My Schema' AND table_name = 'Mig Table')
     = (SELECT array_agg((column_name, data_type, is_nullable, replace(column_default, '"Ref Schema"', 'S'),
                          is_identity, collation_name) ORDER BY ordinal_position)
          FROM information_schema.columns WHERE table_schema = 'Ref Schema' AND table_name = 'Mig Table')
       AS same_as_drizzle_ddl;
DROP SCHEMA "Ref Schema" CASCADE;

SELECT id, hash, created_at FROM "My Schema"."Mig Table" ORDER BY id;
-- (the names of the user tables: the database-side view's)
SELECT s->>'state' AS state, s->'tracking_table' AS tracking_table,
       migtrack_status(NULL, migrations_schema => 'My Schema', migrations_table => 'Mig Table')->'tables' AS user_tables
  FROM migtrack_status(:'j', migrations_schema => 'My Schema', migrations_table => 'Mig Table') s;
SELECT migtrack_check(:'j', migrations_schema => 'My Schema', migrations_table => 'Mig Table');
SELECT position, tag, status, row_id
  FROM migtrack_migrations(:'j', migrations_schema => 'My Schema', migrations_table => 'Mig Table');
SELECT migtrack_sync(:'j', migrations_schema => 'My Schema', migrations_table => 'Mig Table')->'inserted' AS inserted_again;
-- names are not case-folded: "my schema" is another schema, without history
SELECT migtrack_status(:'j', migrations_schema => 'my schema', migrations_table => 'Mig Table')->'tracking_table' AS other_table;
-- with the default names, the custom history is just another user table
SELECT s->>'state' AS state, migtrack_status()->'tables' AS user_tables FROM migtrack_status(:'j') s;
DROP SCHEMA "My Schema" CASCADE;

---------------------------------------------------------------------------
-- migrationsSchema "public": the table sits among the user tables but is
-- never counted as one.
---------------------------------------------------------------------------
SELECT s->>'inserted' AS inserted, s->'tracking_table' AS tracking_table
  FROM migtrack_sync(:'j', migrations_schema => 'public') s;
SELECT s->>'state' AS state, s->>'user_tables' AS user_table_count,
       migtrack_status(NULL, migrations_schema => 'public')->'tables' AS user_tables,
       s->'tracking_table' AS tracking_table
  FROM migtrack_status(:'j', migrations_schema => 'public') s;
SELECT migtrack_check(:'j', migrations_schema => 'public');
SELECT id, hash, created_at FROM public.__drizzle_migrations ORDER BY id;
-- without the other tables, no user table is left: the history is not one
DROP TABLE ct_users, ct_posts;
SELECT s->>'state' AS state, s->'tables' AS user_tables FROM migtrack_status(migrations_schema => 'public') s;
CREATE TABLE ct_users (id int);
CREATE TABLE ct_posts (id int, tag text);
DROP TABLE public.__drizzle_migrations;

---------------------------------------------------------------------------
-- A hostile search_path is never followed.  Schema "evil", searched before
-- pg_catalog, holds a lookalike history and lookalikes of every function,
-- aggregate, operator, type and catalog that migtrack's queries could name;
-- each RAISEs, so a single call would show.  The same steps run with the
-- normal search_path and with the hostile one must give the same results.
---------------------------------------------------------------------------
CREATE SCHEMA evil;
-- (created_at numeric: a decoy by name only, not shaped like a history -- sync.sql tests that case)
CREATE TABLE evil.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric);
INSERT INTO evil.__drizzle_migrations (hash, created_at) VALUES (repeat('0', 64), 9999999999999);
CREATE FUNCTION evil.boom(what text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'evil % was called', what; END $$;
CREATE FUNCTION evil.now() RETURNS timestamptz LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'evil now() was called'; END $$;
CREATE FUNCTION evil.nextval(regclass) RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'evil nextval() was called'; END $$;
CREATE FUNCTION evil.int8(integer) RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'evil int8() was called'; END $$;
CREATE FUNCTION evil.agg_step(bigint) RETURNS bigint LANGUAGE sql AS $$ SELECT 0::bigint $$;
CREATE FUNCTION evil.agg_step(bigint, bigint) RETURNS bigint LANGUAGE sql AS $$ SELECT 0::bigint $$;
CREATE FUNCTION evil.agg_step(bigint, integer) RETURNS bigint LANGUAGE sql AS $$ SELECT 0::bigint $$;
CREATE FUNCTION evil.count_final(bigint) RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'evil count() was called'; END $$;
CREATE FUNCTION evil.max_final(bigint) RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'evil max() was called'; END $$;
CREATE AGGREGATE evil.count(*) (sfunc = evil.agg_step, stype = bigint, initcond = '0', finalfunc = evil.count_final);
CREATE AGGREGATE evil.max(bigint) (sfunc = evil.agg_step, stype = bigint, initcond = '0', finalfunc = evil.max_final);
CREATE AGGREGATE evil.max(integer) (sfunc = evil.agg_step, stype = bigint, initcond = '0', finalfunc = evil.max_final);
CREATE FUNCTION evil.op(bigint, bigint) RETURNS boolean LANGUAGE sql AS $$ SELECT evil.boom('operator (bigint, bigint)') $$;
CREATE FUNCTION evil.op(integer, bigint) RETURNS boolean LANGUAGE sql AS $$ SELECT evil.boom('operator (integer, bigint)') $$;
CREATE FUNCTION evil.op(oid, oid) RETURNS boolean LANGUAGE sql AS $$ SELECT evil.boom('operator (oid, oid)') $$;
CREATE FUNCTION evil.op(name, name) RETURNS boolean LANGUAGE sql AS $$ SELECT evil.boom('operator (name, name)') $$;
CREATE FUNCTION evil.op(name, text) RETURNS boolean LANGUAGE sql AS $$ SELECT evil.boom('operator (name, text)') $$;
CREATE FUNCTION evil.op(text, text) RETURNS boolean LANGUAGE sql AS $$ SELECT evil.boom('operator (text, text)') $$;
CREATE FUNCTION evil.op("char", "char") RETURNS boolean LANGUAGE sql AS $$ SELECT evil.boom('operator ("char", "char")') $$;
CREATE OPERATOR evil.= (leftarg = bigint, rightarg = bigint, function = evil.op);
CREATE OPERATOR evil.= (leftarg = integer, rightarg = bigint, function = evil.op);
CREATE OPERATOR evil.= (leftarg = oid, rightarg = oid, function = evil.op);
CREATE OPERATOR evil.= (leftarg = name, rightarg = name, function = evil.op);
CREATE OPERATOR evil.= (leftarg = name, rightarg = text, function = evil.op);
CREATE OPERATOR evil.= (leftarg = text, rightarg = text, function = evil.op);
CREATE OPERATOR evil.= (leftarg = "char", rightarg = "char", function = evil.op);
CREATE OPERATOR evil.<> (leftarg = oid, rightarg = oid, function = evil.op);
CREATE OPERATOR evil.<> (leftarg = name, rightarg = name, function = evil.op);
CREATE OPERATOR evil.<> (leftarg = name, rightarg = text, function = evil.op);
CREATE OPERATOR evil.<> (leftarg = "char", rightarg = "char", function = evil.op);
CREATE OPERATOR evil.!~ (leftarg = text, rightarg = text, function = evil.op);
CREATE OPERATOR evil.!~ (leftarg = name, rightarg = text, function = evil.op);
-- types: a "text" and an "int8" whose check constraint raises on any value
CREATE DOMAIN evil.text AS varchar CHECK (evil.boom('type text'));
CREATE DOMAIN evil.int8 AS numeric CHECK (evil.boom('type int8'));
-- catalogs
CREATE VIEW evil.pg_class AS SELECT 0::oid AS oid, evil.boom('pg_class') AS relkind;
CREATE VIEW evil.pg_namespace AS SELECT 0::oid AS oid, evil.boom('pg_namespace') AS nspname;
CREATE VIEW evil.pg_depend AS SELECT 0::oid AS objid, evil.boom('pg_depend') AS deptype;
-- they do bite when called
SET search_path = evil, public, pg_catalog;
SELECT f, try(f) AS result FROM (VALUES
  ('SELECT now()'), ('SELECT nextval(''evil.__drizzle_migrations_id_seq'')'),
  ('SELECT count(*) FROM ct_users'), ('SELECT max(1::pg_catalog.int8)'),
  ('SELECT 1::bigint = 1::bigint'), ('SELECT 1::oid = 1::oid'), ('SELECT ''ab''::text'), ('SELECT 1::int8'),
  ('SELECT relkind FROM pg_class')) v(f);
RESET search_path;

-- The steps: a 0.x sync that creates the table; a REPEATABLE READ sync (its
-- serialization check counts the rows); the 1.0 upgrade of the table
-- (ALTER TABLE ... DEFAULT now() rewrites the rows); status, migrations, check.
\set j3 '{"version": "7", "dialect": "postgresql", "entries": [{"idx": 0, "version": "7", "when": 1700000000000, "tag": "0000_users", "breakpoints": true, "sql": "CREATE TABLE public.ct_users (id int);"}, {"idx": 1, "version": "7", "when": 1700000001000, "tag": "0001_posts", "breakpoints": true, "sql": "CREATE TABLE public.ct_posts (id int);"}, {"idx": 2, "version": "7", "when": 1700000002000, "tag": "0002_tags", "breakpoints": true, "sql": "ALTER TABLE public.ct_posts ADD COLUMN tag pg_catalog.text;"}]}'
\set v1 '{"migrations": [{"name": "20231114221320_users", "sql": "CREATE TABLE public.ct_users (id int);"}, {"name": "20231114221321_posts", "sql": "CREATE TABLE public.ct_posts (id int);"}, {"name": "20231114221322_tags", "sql": "ALTER TABLE public.ct_posts ADD COLUMN tag pg_catalog.text;"}]}'
CREATE TEMP TABLE runs (run text, step int, what text, result jsonb);
CREATE TEMP TABLE shapes (run text, shape jsonb);
CREATE FUNCTION pg_temp.history_shape() RETURNS jsonb LANGUAGE plpgsql AS $$
BEGIN
  RETURN jsonb_build_object(
    'columns', (SELECT jsonb_agg(jsonb_build_array(a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                                                   pg_get_expr(d.adbin, d.adrelid)) ORDER BY a.attnum)
                  FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
                 WHERE a.attrelid = 'drizzle.__drizzle_migrations'::regclass AND a.attnum > 0 AND NOT a.attisdropped),
    'constraints', (SELECT jsonb_agg(pg_get_constraintdef(oid) ORDER BY conname) FROM pg_constraint
                     WHERE conrelid = 'drizzle.__drizzle_migrations'::regclass AND contype <> 'n'),
    'rows', (SELECT jsonb_agg(jsonb_build_array(id, hash, created_at, name, applied_at) ORDER BY id)
               FROM drizzle.__drizzle_migrations));
END $$;

-- run "normal", default search_path
CREATE TEMP TABLE audit_marks AS SELECT 'normal'::text AS run, coalesce(max(id), 0) AS after_id FROM migtrack.audit;
INSERT INTO runs SELECT 'normal', 1, 'status, no history', migtrack_status(:'j');
SELECT migtrack_check(:'j');
INSERT INTO runs SELECT 'normal', 2, 'sync 0.x', migtrack_sync(:'j');
INSERT INTO runs SELECT 'normal', 3, 'status', migtrack_status(:'j');
SELECT migtrack_check(:'j');
BEGIN ISOLATION LEVEL REPEATABLE READ;
INSERT INTO runs SELECT 'normal', 4, 'sync 0.x, repeatable read', migtrack_sync(:'j3');
COMMIT;
INSERT INTO runs SELECT 'normal', 5, 'sync 1.0: upgrade', migtrack_sync(:'v1');
INSERT INTO runs SELECT 'normal', 6, 'status 1.0', migtrack_status(:'v1');
INSERT INTO runs SELECT 'normal', 7, 'status, no journal', migtrack_status();
INSERT INTO runs SELECT 'normal', 8, 'migrations', jsonb_agg(m) FROM migtrack_migrations(:'v1') m;
SELECT migtrack_check(:'v1');
RESET search_path;
INSERT INTO shapes SELECT 'normal', pg_temp.history_shape();
DROP SCHEMA drizzle CASCADE;

-- run "hostile", search_path = evil, public, pg_catalog
INSERT INTO audit_marks SELECT 'hostile', coalesce(max(id), 0) FROM migtrack.audit;
SET search_path = evil, public, pg_catalog;
INSERT INTO runs SELECT 'hostile', 1, 'status, no history', migtrack_status(:'j');
SELECT migtrack_check(:'j');
INSERT INTO runs SELECT 'hostile', 2, 'sync 0.x', migtrack_sync(:'j');
INSERT INTO runs SELECT 'hostile', 3, 'status', migtrack_status(:'j');
SELECT migtrack_check(:'j');
BEGIN ISOLATION LEVEL REPEATABLE READ;
INSERT INTO runs SELECT 'hostile', 4, 'sync 0.x, repeatable read', migtrack_sync(:'j3');
COMMIT;
INSERT INTO runs SELECT 'hostile', 5, 'sync 1.0: upgrade', migtrack_sync(:'v1');
INSERT INTO runs SELECT 'hostile', 6, 'status 1.0', migtrack_status(:'v1');
INSERT INTO runs SELECT 'hostile', 7, 'status, no journal', migtrack_status();
INSERT INTO runs SELECT 'hostile', 8, 'migrations', jsonb_agg(m) FROM migtrack_migrations(:'v1') m;
SELECT migtrack_check(:'v1');
RESET search_path;
INSERT INTO shapes SELECT 'hostile', pg_temp.history_shape();
DROP SCHEMA drizzle CASCADE;

-- same results, step by step, and the same table
SELECT n.step, n.what, coalesce(n.result->>'state', n.result->>'state_before') AS state,
       n.result->>'inserted' AS inserted, n.result->'tracking_table'->>'created' AS created,
       n.result->'tracking_table'->>'upgraded' AS upgraded,
       -- the audit trail grows between the runs: compared below; drift depends on what
       -- else the database holds (the hostile run's own objects) and on the search_path
       -- its type names are printed with: not compared
       (n.result - 'audit' - 'drift' - 'problems') = (h.result - 'audit' - 'drift' - 'problems') AND
       jsonb_path_query_array(n.result, '$.problems[*] ? (@.code != "drift")')
         = jsonb_path_query_array(h.result, '$.problems[*] ? (@.code != "drift")') AS same_when_hostile
  FROM runs n JOIN runs h ON h.step = n.step AND h.run = 'hostile'
 WHERE n.run = 'normal' ORDER BY n.step;
SELECT count(*) AS runs_compared FROM runs;
-- each run's syncs were audited alike (status shows the entries of the run so far)
WITH e AS (
  SELECT m.run, row_number() OVER (PARTITION BY m.run ORDER BY a.id) AS n, a.action, a.user_name,
         a.migrations_table, a.rows_written, a.migrations, a.detail
    FROM migtrack.audit a
    JOIN audit_marks m ON a.id > m.after_id
   WHERE m.run = 'hostile' OR a.id <= (SELECT after_id FROM audit_marks WHERE run = 'hostile'))
SELECT n.n, n.action, n.migrations_table, n.rows_written, n.migrations,
       (n.action, n.user_name, n.migrations_table, n.rows_written, n.migrations, n.detail) =
       (h.action, h.user_name, h.migrations_table, h.rows_written, h.migrations, h.detail) AS same_audit_when_hostile
  FROM e n FULL JOIN e h ON h.n = n.n AND h.run = 'hostile'
 WHERE n.run = 'normal' ORDER BY n.n;
SELECT (SELECT shape FROM shapes WHERE run = 'normal') = (SELECT shape FROM shapes WHERE run = 'hostile') AS same_table;
SELECT jsonb_pretty(shape) AS history_table FROM shapes WHERE run = 'hostile';
-- the lookalike history was not touched
SELECT id, hash, created_at FROM evil.__drizzle_migrations;
SET client_min_messages = warning;
DROP SCHEMA evil CASCADE;
RESET client_min_messages;

---------------------------------------------------------------------------
-- Something else where the history should be: a clear error, nothing written.
---------------------------------------------------------------------------
CREATE SCHEMA "My Schema";
-- a table without the hash column: 42703
CREATE TABLE "My Schema"."No Hash" (id SERIAL PRIMARY KEY, created_at bigint);
SELECT migtrack_status(:'j', migrations_schema => 'My Schema', migrations_table => 'No Hash');
SELECT f, try(format('SELECT %s(%L, %L, %L)', f, :'j', 'My Schema', 'No Hash')) AS result
  FROM unnest(ARRAY['migtrack_status', 'migtrack_check', 'migtrack_migrations', 'migtrack_sync']) f;
-- a view: 42809
CREATE VIEW "My Schema"."A View" AS SELECT 1 AS id, 'h'::text AS hash, 1::bigint AS created_at;
SELECT migtrack_sync(:'j', migrations_schema => 'My Schema', migrations_table => 'A View');
SELECT f, try(format('SELECT %s(%L, %L, %L)', f, :'j', 'My Schema', 'A View')) AS result
  FROM unnest(ARRAY['migtrack_status', 'migtrack_check', 'migtrack_migrations', 'migtrack_sync']) f;
SELECT count(*) AS rows_in_no_hash FROM "My Schema"."No Hash";
SELECT relname, relkind FROM pg_class WHERE relnamespace = '"My Schema"'::regnamespace ORDER BY 1;
DROP SCHEMA "My Schema" CASCADE;

DROP TABLE ct_users, ct_posts;

-- migtrack_repair and migrate(out_of_order): every history problem migtrack
-- reports has a fix it can apply, each item named explicitly, refused when
-- the item is not in the state the option fixes; a dry run shows the exact
-- changes; every write is audited; PUBLIC cannot repair.
SELECT coalesce(max(id), 0) AS audit_before FROM migtrack.audit \gset
CREATE TABLE rp_a (id int);
CREATE TABLE rp_b (id int);
-- rows as drizzle 0.x writes them
CREATE SCHEMA drizzle;
CREATE TABLE drizzle.__drizzle_migrations (id serial PRIMARY KEY, hash text NOT NULL, created_at bigint);
INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES
  (encode(sha256(convert_to('CREATE TABLE rp_a (id int);', 'UTF8')), 'hex'), 1700000000000),
  (encode(sha256(convert_to('CREATE TABLE rp_b (id int);', 'UTF8')), 'hex'), 1700000001000),
  (encode(sha256(convert_to('CREATE TABLE rp_gone (id int);', 'UTF8')), 'hex'), 1700000002000);
-- 0001_b was edited after it was applied (a comment); the migration of row 3 was deleted
\set j '{"entries": [{"tag": "0000_a", "when": 1700000000000, "sql": "CREATE TABLE rp_a (id int);"}, {"tag": "0001_b", "when": 1700000001000, "sql": "-- creates b\\nCREATE TABLE rp_b (id int);"}]}'
SELECT code, migration FROM jsonb_to_recordset(migtrack_status(:'j')->'problems') AS p(code text, migration text);
SELECT migtrack_status(:'j')->>'recommendation' AS recommendation;
SELECT part FROM jsonb_array_elements(migtrack_status(:'j')->'next'->'parts') part WHERE part ? 'call';

-- refusals: each names the item and why, and writes nothing
SELECT try(format('SELECT migtrack_repair(%L)', :'j'));
SELECT try(format('SELECT migtrack_repair(%L, accept_edits => ARRAY[%L])', :'j', '0000_a'));
SELECT try(format('SELECT migtrack_repair(%L, accept_edits => ARRAY[%L])', :'j', '0009_nope'));
SELECT try(format('SELECT migtrack_repair(%L, forget_rows => ARRAY[1]::bigint[])', :'j'));
SELECT try(format('SELECT migtrack_repair(%L, forget_rows => ARRAY[99]::bigint[])', :'j'));
SELECT try(format('SELECT migtrack_repair(%L, forget_rows => ARRAY[NULL]::bigint[])', :'j'));
-- an item named twice (a second write would change nothing and fail as if a trigger had interfered)
SELECT try(format('SELECT migtrack_repair(%L, accept_edits => ARRAY[%L, %L])', :'j', '0001_b', '0001_b'));
SELECT try(format('SELECT migtrack_repair(%L, forget_rows => ARRAY[3, 3]::bigint[])', :'j'));
SELECT try(format('SELECT migtrack_repair(%L, name_rows => true)', :'j'));
SELECT count(*) AS repairs_on_record FROM migtrack.audit WHERE action = 'repair' AND id > :audit_before;

-- the dry run shows exactly what the write does
SELECT c.action, c.row_id, c.tag, c.hash_before = c.hash_after AS same_hash, c.hash_after IS NULL AS deleted
  FROM jsonb_to_recordset(migtrack_repair(:'j', accept_edits => ARRAY['0001_b'], forget_rows => ARRAY[3]::bigint[],
                                          dry_run => true)->'changes')
       AS c(action text, row_id bigint, tag text, hash_before text, hash_after text);
SELECT count(*) AS rows_untouched FROM drizzle.__drizzle_migrations;
SELECT s->>'changed' AS changed FROM migtrack_repair(:'j', accept_edits => ARRAY['0001_b'], forget_rows => ARRAY[3]::bigint[]) s;
SELECT id, hash = encode(sha256(convert_to(E'-- creates b\nCREATE TABLE rp_b (id int);', 'UTF8')), 'hex') AS new_hash
  FROM drizzle.__drizzle_migrations ORDER BY id;
SELECT migtrack_status(:'j')->>'state' AS state_after;
SELECT action, rows_written, migrations, jsonb_array_length(detail->'changes') AS changes
  FROM migtrack.audit WHERE action = 'repair' AND id > :audit_before;
DROP SCHEMA drizzle CASCADE;

-- name_rows: a 1.0 history with a row a 0.x drizzle-kit wrote after the upgrade (no name)
CREATE SCHEMA drizzle;
CREATE TABLE drizzle.__drizzle_migrations (id serial PRIMARY KEY, hash text NOT NULL, created_at bigint,
  name text, applied_at timestamp with time zone DEFAULT now());
INSERT INTO drizzle.__drizzle_migrations (hash, created_at, name, applied_at) VALUES
  (encode(sha256(convert_to('CREATE TABLE rp_a (id int);', 'UTF8')), 'hex'), 1704067200000, '20240101000000_a', NULL);
INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES
  (encode(sha256(convert_to('CREATE TABLE rp_b (id int);', 'UTF8')), 'hex'), 1704067201000);
\set v '{"migrations": [{"name": "20240101000000_a", "sql": "CREATE TABLE rp_a (id int);"}, {"name": "20240101000001_b", "sql": "CREATE TABLE rp_b (id int);"}]}'
SELECT code, migration FROM jsonb_to_recordset(migtrack_status(:'v')->'problems') AS p(code text, migration text);
SELECT migtrack_status(:'v')->>'recommendation' AS recommendation;
SELECT try(format('SELECT migtrack_repair(%L, forget_rows => ARRAY[2]::bigint[])', :'v'));
SELECT c.action, c.row_id, c.name_after FROM jsonb_to_recordset(migtrack_repair(:'v', name_rows => true)->'changes')
       AS c(action text, row_id bigint, name_after text);
SELECT id, name, applied_at IS NULL AS applied_at_null FROM drizzle.__drizzle_migrations ORDER BY id;
SELECT migtrack_status(:'v')->>'state' AS state_after;
SELECT try(format('SELECT migtrack_repair(%L, name_rows => true)', :'v'));
DROP SCHEMA drizzle CASCADE;

-- migrate(out_of_order): a migration drizzle 0.x would skip forever is applied, with drizzle's row
CREATE SCHEMA drizzle;
CREATE TABLE drizzle.__drizzle_migrations (id serial PRIMARY KEY, hash text NOT NULL, created_at bigint);
INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES
  (encode(sha256(convert_to('CREATE TABLE rp_a (id int);', 'UTF8')), 'hex'), 1700000000000),
  (encode(sha256(convert_to('CREATE TABLE rp_b (id int);', 'UTF8')), 'hex'), 1700000002000);
\set o '{"entries": [{"tag": "0000_a", "when": 1700000000000, "sql": "CREATE TABLE rp_a (id int);"}, {"tag": "0001_late", "when": 1700000001000, "sql": "CREATE TABLE rp_late (id int);"}, {"tag": "0002_b", "when": 1700000002000, "sql": "CREATE TABLE rp_b (id int);"}]}'
SELECT tag, status FROM migtrack_migrations(:'o') ORDER BY position;
SELECT try(format('SELECT migtrack_migrate(%L)', :'o'));
SELECT r.tag, r.created_at, r.apply FROM migtrack_migrate(:'o', out_of_order => true) s,
       jsonb_to_recordset(s->'rows') AS r(tag text, created_at bigint, apply boolean);
SELECT to_regclass('rp_late') IS NOT NULL AS late_applied,
       (SELECT array_agg(created_at ORDER BY id) FROM drizzle.__drizzle_migrations) AS created_ats;
SELECT migtrack_status(:'o')->>'state' AS state_after;
SELECT try(format('SELECT migtrack_migrate(%L, out_of_order => true)', :'o'));
DROP SCHEMA drizzle CASCADE;
DROP TABLE rp_a, rp_b, rp_late;

-- drift: what no migration creates, in the schemas the journal touches -- a pushed column
-- and a pushed index; after a migration for them is generated and synced, none
CREATE TABLE rp_reviews (id serial PRIMARY KEY, stars int NOT NULL);
\set d '{"entries": [{"tag": "0000_reviews", "when": 1700000000000, "sql": "CREATE TABLE rp_reviews (id serial PRIMARY KEY, stars int NOT NULL);"}]}'
SELECT migtrack_sync(:'d')->>'inserted' AS synced;
ALTER TABLE rp_reviews ADD COLUMN body text;                  -- drizzle-kit push
CREATE INDEX rp_reviews_stars_idx ON rp_reviews (stars);
CREATE TABLE rp_elsewhere_keep (id int);                       -- in the journal's schema too
CREATE SCHEMA rp_other;
CREATE TABLE rp_other.t (id int);                              -- no migration's, another schema: not drift
SELECT s->>'state' AS state, s->'drift' AS drift, s->'problems'->0->>'code' AS problem
  FROM migtrack_status(:'d') s;
SELECT migtrack_status(:'d')->>'recommendation' AS recommendation;
DROP TABLE rp_elsewhere_keep;
\set d2 '{"entries": [{"tag": "0000_reviews", "when": 1700000000000, "sql": "CREATE TABLE rp_reviews (id serial PRIMARY KEY, stars int NOT NULL);"}, {"tag": "0001_body", "when": 1700000001000, "sql": "ALTER TABLE rp_reviews ADD COLUMN body text;\\n--> statement-breakpoint\\nCREATE INDEX rp_reviews_stars_idx ON rp_reviews (stars);"}]}'
SELECT s->>'state' AS state, s->'drift'->'objects' AS drift, s->'problems'->0->>'code' AS problem
  FROM migtrack_status(:'d2') s;
SELECT migtrack_sync(:'d2')->>'inserted' AS synced;
SELECT s->>'state' AS state, s->'drift'->'objects' AS drift FROM migtrack_status(:'d2') s;
DROP SCHEMA drizzle CASCADE;
DROP SCHEMA rp_other CASCADE;
DROP TABLE rp_reviews;

-- privileges: PUBLIC cannot repair; EXECUTE without UPDATE names the GRANT
SELECT has_function_privilege('public', 'migtrack_repair(jsonb, text[], bigint[], boolean, boolean, text, text)', 'EXECUTE') AS public_can_repair;
CREATE ROLE regress_rp_executor;
CREATE SCHEMA drizzle;
CREATE TABLE drizzle.__drizzle_migrations (id serial PRIMARY KEY, hash text NOT NULL, created_at bigint);
GRANT USAGE ON SCHEMA drizzle TO regress_rp_executor;
GRANT SELECT ON drizzle.__drizzle_migrations TO regress_rp_executor;
GRANT EXECUTE ON FUNCTION migtrack_repair(jsonb, text[], bigint[], boolean, boolean, text, text) TO regress_rp_executor;
SET ROLE regress_rp_executor;
SELECT migtrack_repair(:'j', accept_edits => ARRAY['0001_b']);
SELECT migtrack_repair(:'j', forget_rows => ARRAY[1]::bigint[]);
RESET ROLE;
DROP SCHEMA drizzle CASCADE;
REVOKE EXECUTE ON FUNCTION migtrack_repair(jsonb, text[], bigint[], boolean, boolean, text, text) FROM regress_rp_executor;
DROP ROLE regress_rp_executor;
DELETE FROM migtrack.audit WHERE id > :audit_before;

-- Every problem code; check and sync refuse on each, and sync writes nothing.
CREATE TABLE a (id int); CREATE TABLE b (id int); CREATE TABLE c (id int);
\set j '{"entries": [{"tag": "0000_a", "when": 1700000000000, "sql": "CREATE TABLE a (id int);"}, {"tag": "0001_b", "when": 1700000001000, "sql": "CREATE TABLE b (id int);"}, {"tag": "0002_c", "when": 1700000002000, "sql": "CREATE TABLE c (id int);"}]}'
SELECT migtrack_sync(:'j')->'inserted' AS inserted;
CREATE VIEW history AS SELECT id, left(hash, 12) AS hash, created_at FROM drizzle.__drizzle_migrations ORDER BY id;

-- hash_mismatch: 0001_b was edited after it was applied
\set edited '{"entries": [{"tag": "0000_a", "when": 1700000000000, "sql": "CREATE TABLE a (id int);"}, {"tag": "0001_b", "when": 1700000001000, "sql": "CREATE TABLE b (id bigint);"}, {"tag": "0002_c", "when": 1700000002000, "sql": "CREATE TABLE c (id int);"}]}'
SELECT migtrack_status(:'edited')->>'state' AS state;
SELECT jsonb_pretty(migtrack_status(:'edited')->'problems') AS problems;
SELECT migtrack_status(:'edited')->>'recommendation' AS recommendation;
SELECT migtrack_check(:'edited');
SELECT migtrack_sync(:'edited');
SELECT position, tag, status, row_id FROM migtrack_migrations(:'edited');

-- unknown_row: 0002_c's file was deleted
\set deleted '{"entries": [{"tag": "0000_a", "when": 1700000000000, "sql": "CREATE TABLE a (id int);"}, {"tag": "0001_b", "when": 1700000001000, "sql": "CREATE TABLE b (id int);"}]}'
SELECT migtrack_status(:'deleted')->>'state' AS state;
SELECT jsonb_pretty(migtrack_status(:'deleted')->'problems') AS problems;
SELECT migtrack_check(:'deleted');
SELECT migtrack_sync(:'deleted');
SELECT position, tag, status, row_id FROM migtrack_migrations(:'deleted');

-- out_of_order: a migration from a merged branch, older than the newest row.
-- drizzle 0.x only runs entries newer than the newest created_at: it would skip 0003_late forever.
\set late '{"entries": [{"tag": "0000_a", "when": 1700000000000, "sql": "CREATE TABLE a (id int);"}, {"tag": "0001_b", "when": 1700000001000, "sql": "CREATE TABLE b (id int);"}, {"tag": "0002_c", "when": 1700000002000, "sql": "CREATE TABLE c (id int);"}, {"tag": "0003_late", "when": 1700000001500, "sql": "CREATE TABLE d (id int);"}]}'
SELECT migtrack_status(:'late')->>'state' AS state;
SELECT jsonb_pretty(migtrack_status(:'late')->'problems') AS problems;
SELECT migtrack_status(:'late')->>'recommendation' AS recommendation;
SELECT migtrack_check(:'late');
SELECT migtrack_sync(:'late');
SELECT position, tag, status FROM migtrack_migrations(:'late');

-- out_of_order: a hole in the recorded history
DELETE FROM drizzle.__drizzle_migrations WHERE created_at = 1700000001000;
SELECT migtrack_status(:'j')->>'state' AS state, migtrack_status(:'j')->'problems'->0->>'message' AS message;
SELECT migtrack_sync(:'j');
INSERT INTO drizzle.__drizzle_migrations (hash, created_at)
  SELECT e->>'hash', (e->>'created_at')::bigint FROM jsonb_array_elements(migtrack_status(:'j')->'migrations') e
   WHERE e->>'tag' = '0001_b';

-- a row without created_at: drizzle 0.x reads it as the newest (NULLs sort first
-- in "order by created_at desc") and would run every migration again
INSERT INTO drizzle.__drizzle_migrations (hash, created_at)
  SELECT e->>'hash', NULL FROM jsonb_array_elements(migtrack_status(:'j')->'migrations') e WHERE e->>'tag' = '0002_c';
SELECT migtrack_status(:'j')->>'state' AS state;
SELECT code, migration, message FROM jsonb_to_recordset(migtrack_status(:'j')->'problems') AS p(code text, migration text, message text);
DELETE FROM drizzle.__drizzle_migrations WHERE created_at IS NULL;
SELECT migtrack_status(:'j')->>'state' AS state;

-- All refusals wrote nothing.
SELECT * FROM history;
DROP VIEW history;
DROP SCHEMA drizzle CASCADE;

-- drizzle 1.0 table: rows are matched by name.
\set v1 '{"migrations": [{"name": "20240101000000_a", "sql": "CREATE TABLE a (id int);"}, {"name": "20240102000000_b", "sql": "CREATE TABLE b (id int);"}]}'
SELECT migtrack_sync(:'v1')->'inserted' AS inserted;
-- a row named after a folder that no longer exists, and one with no name
-- (as drizzle 0.x writes into a 1.0 table): drizzle 1.0 ignores unnamed rows
INSERT INTO drizzle.__drizzle_migrations (hash, created_at, name) VALUES ('0000000000000000000000000000000000000000000000000000000000000000', 1704240000000, '20240103000000_gone');
INSERT INTO drizzle.__drizzle_migrations (hash, created_at) SELECT hash, created_at FROM drizzle.__drizzle_migrations WHERE name = '20240101000000_a';
SELECT migtrack_status(:'v1')->>'state' AS state;
SELECT code, migration, message FROM jsonb_to_recordset(migtrack_status(:'v1')->'problems') AS p(code text, migration text, message text);
SELECT position, tag, created_at, status, row_id FROM migtrack_migrations(:'v1');
SELECT migtrack_sync(:'v1');
-- a 1.0 hash mismatch
DELETE FROM drizzle.__drizzle_migrations WHERE id > 2;
UPDATE drizzle.__drizzle_migrations SET hash = repeat('f', 64) WHERE name = '20240102000000_b';
SELECT code, migration FROM jsonb_to_recordset(migtrack_status(:'v1')->'problems') AS p(code text, migration text);
SELECT migtrack_sync(:'v1');

DROP SCHEMA drizzle CASCADE;
DROP TABLE a, b, c;

-- drizzle 0.x knows a migration only by its "when": a row whose created_at is
-- no entry's is unknown even when its hash equals an entry's.  Here a branch's
-- 0002_tags was applied, then regenerated after the merge as 0003_tags (same
-- text, newer when): drizzle would run 0003_tags and fail with "already exists".
CREATE TABLE a (id int); CREATE TABLE b (id int); CREATE TABLE tags (id int);
\set branch '{"entries": [{"tag": "0000_a", "when": 1700000000000, "sql": "CREATE TABLE a (id int);"}, {"tag": "0001_b", "when": 1700000001000, "sql": "CREATE TABLE b (id int);"}, {"tag": "0002_tags", "when": 1700000002000, "sql": "CREATE TABLE tags (id int);"}]}'
\set merged '{"entries": [{"tag": "0000_a", "when": 1700000000000, "sql": "CREATE TABLE a (id int);"}, {"tag": "0001_b", "when": 1700000001000, "sql": "CREATE TABLE b (id int);"}, {"tag": "0002_likes", "when": 1700000003000, "sql": "CREATE TABLE likes (id int);"}, {"tag": "0003_tags", "when": 1700000004000, "sql": "CREATE TABLE tags (id int);"}]}'
SELECT migtrack_sync(:'branch')->'inserted' AS inserted;
SELECT migtrack_status(:'merged')->>'state' AS state;
SELECT code, migration, message FROM jsonb_to_recordset(migtrack_status(:'merged')->'problems') AS p(code text, migration text, message text);
SELECT position, tag, status, row_id FROM migtrack_migrations(:'merged');
\set VERBOSITY terse
SELECT migtrack_check(:'merged');   -- (terse: its problems are listed above)
\set VERBOSITY default
DROP SCHEMA drizzle CASCADE;
DROP TABLE a, b, tags;

-- already_exists: a pending migration whose objects exist already (pushed
-- after the last migrate): drizzle-kit migrate would fail on it with "relation
-- already exists".  check refuses; sync does not -- recording it is the repair.
CREATE TABLE a (id int); CREATE TABLE b (id int);
\set pushed '{"entries": [{"tag": "0000_a", "when": 1700000000000, "sql": "CREATE TABLE a (id int);"}, {"tag": "0001_b", "when": 1700000001000, "sql": "CREATE TABLE b (id int);"}]}'
SELECT migtrack_sync(:'pushed', up_to => '0000_a')->'inserted' AS inserted;
SELECT migtrack_status(:'pushed')->>'state' AS state;
SELECT code, migration, message FROM jsonb_to_recordset(migtrack_status(:'pushed')->'problems') AS p(code text, migration text, message text);
SELECT migtrack_check(:'pushed');
SELECT position, tag, status, row_id, verdict FROM migtrack_migrations(:'pushed');
SELECT s->>'state_before' AS state_before, s->'rows' AS rows FROM migtrack_sync(:'pushed') s;
SELECT migtrack_status(:'pushed')->>'state' AS state;
-- without any history the same database is simply untracked: one problem, not one per migration
DELETE FROM drizzle.__drizzle_migrations;
SELECT code FROM jsonb_to_recordset(migtrack_status(:'pushed')->'problems') AS p(code text);
DROP SCHEMA drizzle CASCADE;
DROP TABLE a, b;

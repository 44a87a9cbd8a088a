-- Every state, with and without a journal.
\set j '{"version": "7", "dialect": "postgresql", "entries": [{"idx": 0, "version": "7", "when": 1700000000000, "tag": "0000_users", "breakpoints": true, "sql": "CREATE TABLE users (id serial PRIMARY KEY);"}, {"idx": 1, "version": "7", "when": 1700000001000, "tag": "0001_posts", "breakpoints": true, "sql": "CREATE TABLE posts (id serial PRIMARY KEY);"}]}'

-- fresh: no user tables, no history
SELECT migtrack_status()->>'state' AS state, migtrack_status()->>'recommendation' AS recommendation;
SELECT migtrack_status(:'j')->>'state' AS state, migtrack_status(:'j')->>'recommendation' AS recommendation;
SELECT migtrack_check(:'j');
SELECT migtrack_sync(:'j');                 -- refused: marking never-applied migrations would be a lie
SELECT to_regnamespace('drizzle') IS NULL AS nothing_written;

-- untracked: the incident (drizzle-kit push made the tables, no history)
CREATE TABLE users (id serial PRIMARY KEY);
CREATE TABLE posts (id serial PRIMARY KEY);
CREATE TEMP TABLE scratch (x int);          -- temporary tables are not user tables
SELECT jsonb_pretty(migtrack_status() - 'recommendation') AS status_without_journal;
SELECT migtrack_status()->>'recommendation' AS recommendation;
SELECT jsonb_pretty(migtrack_status(:'j') - 'recommendation') AS status;
SELECT migtrack_status(:'j')->>'recommendation' AS recommendation;
SELECT migtrack_check(:'j');
SELECT * FROM migtrack_migrations(:'j');
SELECT * FROM migtrack_migrations();

-- pending: a consistent prefix is recorded, and the pending migration's
-- objects do not exist yet (drizzle-kit migrate will create them)
DROP TABLE posts;
SELECT migtrack_sync(:'j', up_to => '0000_users')->'rows' AS rows;
SELECT migtrack_status(:'j')->>'state' AS state, migtrack_status(:'j')->>'pending' AS pending,
       migtrack_status(:'j')->>'recommendation' AS recommendation;
SELECT migtrack_check(:'j');
SELECT position, tag, created_at, status, row_id, verdict, missing FROM migtrack_migrations(:'j');

-- diverged, already_exists: the pending migration's table was made by hand (or
-- pushed) since: drizzle-kit migrate would fail with "relation already exists"
CREATE TABLE posts (id serial PRIMARY KEY);
SELECT migtrack_status(:'j')->>'state' AS state, migtrack_status(:'j')->>'pending' AS pending;
SELECT jsonb_pretty(migtrack_status(:'j')->'problems') AS problems;
SELECT migtrack_status(:'j')->>'recommendation' AS recommendation;
SELECT migtrack_check(:'j');
SELECT position, tag, status, row_id, verdict, missing FROM migtrack_migrations(:'j');
-- only some of its objects exist: still already_exists, and said so
\set j3 '{"entries": [{"tag": "0000_users", "when": 1700000000000, "sql": "CREATE TABLE users (id serial PRIMARY KEY);"}, {"tag": "0001_posts", "when": 1700000001000, "sql": "CREATE TABLE posts (id serial PRIMARY KEY);--> statement-breakpoint\\nCREATE TABLE tags (id int);"}]}'
SELECT code, migration, message FROM jsonb_to_recordset(migtrack_status(:'j3')->'problems') AS p(code text, migration text, message text);
-- and sync will not record a migration that is only partly there
SELECT migtrack_sync(:'j3');

-- in_sync: sync records what was applied by hand (it repairs already_exists)
SELECT migtrack_sync(:'j')->'inserted' AS inserted;
SELECT migtrack_status(:'j')->>'state' AS state, migtrack_status(:'j')->>'recommendation' AS recommendation;
SELECT migtrack_check(:'j');
SELECT position, tag, created_at, status, row_id FROM migtrack_migrations(:'j');

-- tracked: database side only
SELECT migtrack_status()->>'state' AS state, migtrack_status()->>'recommendation' AS recommendation;
SELECT jsonb_pretty(migtrack_status()->'applied') AS applied;
SELECT position, tag, created_at, hash, status, row_id FROM migtrack_migrations();

-- untracked again when the table exists but is empty
DELETE FROM drizzle.__drizzle_migrations;
SELECT migtrack_status()->>'state' AS state, migtrack_status(:'j')->'problems' AS problems;

DROP SCHEMA drizzle CASCADE;
DROP TABLE users, posts, scratch;

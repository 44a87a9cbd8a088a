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

-- verify => false, the hash path: the same matching, no catalog verdicts
-- ("unchecked"), and advice that asks for the check it skipped
SELECT s->>'state' AS state, jsonb_path_query_array(s->'migrations', '$[*].verdict') AS verdicts,
       s->>'recommendation' AS recommendation, s->'user_tables' AS user_tables
  FROM migtrack_status(:'j', verify => false) s;
SELECT position, tag, status, verdict, missing FROM migtrack_migrations(:'j', verify => false);
-- pending: 0001_posts is not recorded but its table exists.  Verified, that is
-- already_exists (drizzle-kit migrate would fail); unverified it cannot be seen,
-- and the advice says to check first
INSERT INTO drizzle.__drizzle_migrations (hash, created_at)
SELECT hash, extract(epoch FROM created_at)::bigint * 1000 FROM migtrack_migrations(:'j') WHERE position = 1;
SELECT migtrack_status(:'j')->>'state' AS verified_state,
       jsonb_path_query_array(migtrack_status(:'j')->'problems', '$[*].code') AS verified_problems;
SELECT s->>'state' AS unverified_state, s->'problems' AS unverified_problems, s->>'recommendation' AS recommendation
  FROM migtrack_status(:'j', verify => false) s;
-- the user tables are counted when something needs their number (the
-- untracked state above, drift's scan); the hash path of a history that
-- matches does not read pg_class for it
SELECT migtrack_status(:'j')->'user_tables' AS verified_count,
       migtrack_status(:'j', verify => false)->'user_tables' AS unverified_count;
SELECT try(format('SELECT migtrack_status(%L, verify => NULL)', :'j')) AS null_verify;

DROP SCHEMA drizzle CASCADE;
DROP TABLE users, posts, scratch;

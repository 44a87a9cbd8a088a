-- Cases that catch realistic one-line bugs directly (issue 14's mutation test
-- found them caught only by the fuzzer or the end-to-end suite).

-- A migration whose "when" equals the newest recorded row's: drizzle-orm 0.x
-- applies an entry only when last.created_at < entry.when, so it is skipped
-- forever -- out_of_order, not pending.
CREATE TABLE dc_a (id int);
CREATE SCHEMA drizzle;
CREATE TABLE drizzle.__drizzle_migrations (id serial PRIMARY KEY, hash text NOT NULL, created_at bigint);
INSERT INTO drizzle.__drizzle_migrations (hash, created_at)
  VALUES (encode(sha256(convert_to('CREATE TABLE dc_a (id int);', 'UTF8')), 'hex'), 1700000001000);
\set j '{"entries": [{"tag": "0000_a", "when": 1700000001000, "sql": "CREATE TABLE dc_a (id int);"}, {"tag": "0001_same_when", "when": 1700000001000, "sql": "CREATE TABLE dc_b (id int);"}, {"tag": "0002_later", "when": 1700000002000, "sql": "CREATE TABLE dc_c (id int);"}]}'
SELECT tag, status FROM migtrack_migrations(:'j') ORDER BY position;
SELECT p->>'code' AS code, p->>'migration' AS migration
  FROM jsonb_array_elements(migtrack_status(:'j')->'problems') p;
DROP SCHEMA drizzle CASCADE;
DROP TABLE dc_a;

-- An existing table that lacks one column of its migration: partial, the
-- missing column named, and a plain sync refused.
CREATE TABLE dc_users (id int, email text);
\set k '{"entries": [{"tag": "0000_users", "when": 1700000000000, "sql": "CREATE TABLE dc_users (id integer, email text, name varchar(50));"}]}'
SELECT tag, verdict, missing FROM migtrack_migrations(:'k');
SELECT try(format('SELECT migtrack_sync(%L)', :'k'));
SELECT to_regnamespace('drizzle') IS NULL AS nothing_written;
DROP TABLE dc_users;

-- Hashing a text that ends in a newline (and in CRLF): the newline is part of
-- what drizzle hashes.  The oracle is PostgreSQL's own sha256 of the bytes.
SELECT t.label, m->>'hash' = encode(sha256(convert_to(t.sql, 'UTF8')), 'hex') AS same_as_sha256_of_the_bytes,
       m->>'hash' <> encode(sha256(convert_to(rtrim(t.sql, E'\r\n'), 'UTF8')), 'hex') AS newline_counted
  FROM (VALUES ('LF', E'CREATE TABLE x (id int);\n'), ('CRLF', E'CREATE TABLE x (id int);\r\n'),
               ('two LF', E'CREATE TABLE x (id int);\n\n')) AS t(label, sql),
       LATERAL jsonb_array_elements(migtrack_status(jsonb_build_object('entries',
         jsonb_build_array(jsonb_build_object('tag', '0000_x', 'when', 1, 'sql', t.sql))))->'migrations') m;

-- The wrong database: tables, but none of the objects the journal creates.
-- Not the incident: drizzle-kit migrate would succeed; check passes and warns.
CREATE TABLE dc_other (id int);
\set w '{"entries": [{"tag": "0000_users", "when": 1700000000000, "sql": "CREATE TABLE dc_users (id integer);"}]}'
SELECT s->>'state' AS state, s->'problems'->0->>'code' AS problem, s->>'recommendation' AS recommendation,
       s->'next'->>'action' AS next_action
  FROM migtrack_status(:'w') s;
SELECT migtrack_check(:'w');
SELECT try(format('SELECT migtrack_sync(%L)', :'w'));
DROP TABLE dc_other;

-- A partial migration gets its own advice: what differs, the choices, and a
-- next command that is not refused (a new look, not a sync).
CREATE TABLE dc_users (id int, email text);
SELECT s->>'recommendation' AS recommendation, s->'next'->>'action' AS next_action
  FROM migtrack_status(:'k') s;
DROP TABLE dc_users;

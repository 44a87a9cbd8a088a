-- A LATIN1 database records the same hash as a UTF8 one: drizzle-orm hashes
-- the UTF-8 encoding of the file's text (node:crypto), so migtrack converts
-- the text from the server encoding to UTF-8 before hashing.
SELECT current_database() AS orig_db \gset
CREATE DATABASE regress_migtrack_latin1 ENCODING 'LATIN1' LC_COLLATE 'C' LC_CTYPE 'C' TEMPLATE template0;
\c regress_migtrack_latin1
SET client_encoding = 'UTF8';
SHOW server_encoding;
CREATE EXTENSION migtrack;

-- é, ß, ü and £ are in LATIN1: one byte each in the database, two in UTF-8.
CREATE TEMP TABLE m (sql text);
INSERT INTO m VALUES ('CREATE TABLE "café" ("straße" text DEFAULT ''Grüße, £5'');');
SELECT sql, length(sql) AS chars, octet_length(sql) AS latin1_bytes,
       octet_length(convert_to(sql, 'UTF8')) AS utf8_bytes
  FROM m;
SELECT jsonb_build_object('version', '7', 'dialect', 'postgresql', 'entries', jsonb_build_array(
         jsonb_build_object('idx', 0, 'version', '7', 'when', 1700000000000, 'tag', '0000_cafe',
                            'breakpoints', true, 'sql', sql))) AS j
  FROM m \gset

-- The hash, against two oracles:
--   convert_to(sql, 'UTF8'): PostgreSQL's own LATIN1 -> UTF-8 conversion;
--   83f29717...: what node computes for this text, from node:crypto:
--     node -e 'console.log(require("crypto").createHash("sha256")
--              .update("CREATE TABLE \"caf\u00e9\" (\"stra\u00dfe\" text DEFAULT '"'"'Gr\u00fc\u00dfe, \u00a35'"'"');")
--              .digest("hex"))'
-- and not the hash of the LATIN1 bytes.
SELECT h AS status_hash,
       h = encode(sha256(convert_to(sql, 'UTF8')), 'hex') AS same_as_postgres_utf8,
       h = '83f29717197cd69b432664c573b7715f5f0721a6ebe1cc2df542741e5eb57fcc' AS same_as_node,
       h <> encode(sha256(convert_to(sql, 'LATIN1')), 'hex') AS not_latin1_bytes
  FROM m, migtrack_status(:'j') s, LATERAL (SELECT s->'migrations'->0->>'hash') AS x(h);

-- The same text written with JSON \u escapes, and with drizzle's hash given
-- beside the text (journal parsing rejects a hash that does not match).
SELECT migtrack_status(
  '{"entries": [{"tag": "0000_cafe", "when": 1700000000000, "sql": "CREATE TABLE \"caf\u00e9\" (\"stra\u00dfe\" text DEFAULT ''Gr\u00fc\u00dfe, \u00a35'');"}]}'
  )->'migrations'->0->>'hash' AS hash_from_json_escapes;
SELECT migtrack_status(jsonb_set(:'j', '{entries,0,hash}',
                                 '"83f29717197cd69b432664c573b7715f5f0721a6ebe1cc2df542741e5eb57fcc"'))
         ->'migrations'->0->>'status' AS with_node_hash;
-- drizzle 1.0 folders hash the same way; a non-ASCII folder name comes back intact
SELECT mig->>'tag' AS tag, mig->>'created_at' AS created_at,
       mig->>'hash' = '83f29717197cd69b432664c573b7715f5f0721a6ebe1cc2df542741e5eb57fcc' AS same_as_node
  FROM m, jsonb_array_elements(migtrack_status(jsonb_build_object('migrations', jsonb_build_array(
            jsonb_build_object('name', '20231114221320_café', 'sql', sql))))->'migrations') AS x(mig);

-- After drizzle-kit push (the migration's own statement), sync records drizzle's row.
SELECT sql FROM m \gexec
SELECT s->>'inserted' AS inserted, s->>'state_before' AS state_before FROM migtrack_sync(:'j') s;
SELECT hash, created_at,
       hash = '83f29717197cd69b432664c573b7715f5f0721a6ebe1cc2df542741e5eb57fcc' AS same_as_node
  FROM drizzle.__drizzle_migrations;
SELECT migtrack_check(:'j');

-- A character LATIN1 lacks cannot reach the database at all.
SELECT migtrack_status('{"entries": [{"tag": "0000_euro", "when": 1, "sql": "SELECT ''€'';"}]}');

\c :orig_db
DROP DATABASE regress_migtrack_latin1;

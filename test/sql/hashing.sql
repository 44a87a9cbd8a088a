-- The hash drizzle records is sha256 hex of the file's text in UTF-8.
-- Three independent oracles: PostgreSQL's sha256(), pgcrypto's digest(), and
-- constants printed by node:crypto (createHash('sha256').update(s).digest('hex')),
-- which is what drizzle-orm calls.
CREATE TEMP TABLE texts (label text, body text, node_sha256 text);
INSERT INTO texts VALUES
 ('empty',     '',                          'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'),
 ('ascii',     'CREATE TABLE a (id int);',  '168f4af76cbece82a4185c6c57366e07883c6e4155f25ce28559018d99433b81'),
 ('crlf',      E'a\r\nb',                   '18745f36a05e29072709042d6062ce54f1b08ff36c27ba80c39f81fb010c8ce2'),
 ('bom',       E'\uFEFFBOM',                '406d008687852286e4c09baca4e9bda5b15dde205daf4261eae81d2f0ad98ca6'),
 ('latin',     'café ü ß £ €',              'feaa35b4946fa89af77bfc84566295e404e48257c9566bc7a01507e5734e3806'),
 ('emoji',     'emoji 🎉',                  '5b6f08e8131bab3933048f1ca2a81962fdb6b05c5dcfa497f62e681088851934');

WITH j AS (
  SELECT jsonb_build_object('migrations',
           jsonb_agg(jsonb_build_object('name', '2024010100000' || n || '_' || label, 'sql', body))) AS journal
    FROM (SELECT row_number() OVER () AS n, * FROM texts) t
), m AS (
  SELECT e->>'tag' AS tag, e->>'hash' AS hash
    FROM j, jsonb_array_elements(migtrack_status(j.journal)->'migrations') e
)
SELECT t.label,
       m.hash = t.node_sha256 AS equals_node,
       m.hash = encode(sha256(convert_to(t.body, 'UTF8')), 'hex') AS equals_sha256,
       m.hash = encode(digest(convert_to(t.body, 'UTF8'), 'sha256'), 'hex') AS equals_pgcrypto
  FROM texts t JOIN m ON m.tag LIKE '%\_' || t.label
 ORDER BY t.label;

-- A caller may send the hash instead of the text; uppercase hex is recorded as drizzle writes it (lowercase).
SELECT e->>'hash' AS hash
  FROM jsonb_array_elements(migtrack_status(
         '{"entries": [{"tag": "0000_a", "when": 1, "hash": "168F4AF76CBECE82A4185C6C57366E07883C6E4155F25CE28559018D99433B81"}]}')->'migrations') e;
-- Text and hash together must agree (they do here).
SELECT migtrack_status('{"entries": [{"tag": "0000_a", "when": 1, "sql": "CREATE TABLE a (id int);",
                          "hash": "168f4af76cbece82a4185c6c57366e07883c6e4155f25ce28559018d99433b81"}]}')->'migrations'->0->>'hash' AS hash;

-- drizzle 1.0: created_at = Date.UTC of the name's first 14 digits, with
-- JavaScript's normalisation.  Expected values printed by node (Date.UTC and toISOString).
CREATE TEMP TABLE names (name text, node_millis bigint, node_iso text);
INSERT INTO names VALUES
 ('20261124193839_init',     1795549119000,   '2026-11-24T19:38:39.000Z'),
 ('20241399250000_overflow', 1744246800000,   '2025-04-10T01:00:00.000Z'),
 ('00990101000000_y2k',      915148800000,    '1999-01-01T00:00:00.000Z'),
 ('20240229235959_leap',     1709251199000,   '2024-02-29T23:59:59.000Z'),
 ('20240001000000_month0',   1701388800000,   '2023-12-01T00:00:00.000Z'),
 ('19700101000000_epoch',    0,               '1970-01-01T00:00:00.000Z'),
 ('99991231235959_max',      253402300799000, '9999-12-31T23:59:59.000Z');
SELECT n.name, (e->>'created_at')::bigint = n.node_millis AS millis_ok,
       e->>'created_at_iso' = n.node_iso AS iso_ok
  FROM names n,
       jsonb_array_elements(migtrack_status(
         (SELECT jsonb_build_object('migrations', jsonb_agg(jsonb_build_object('name', name, 'sql', ''))) FROM names)
       )->'migrations') e
 WHERE e->>'tag' = n.name
 ORDER BY n.name;

-- 0.x created_at_iso is new Date(when).toISOString(): 1795549100297 -> node prints 2026-11-24T19:38:20.297Z
SELECT migtrack_status('{"entries": [{"tag": "0000_init", "when": 1795549100297, "sql": ""}]}')->'migrations'->0->>'created_at_iso' AS iso;

-- drizzle 1.0 orders folders with localeCompare; node sorts these as
-- __x, a, A, b, B (byte order would put A and B first).
SELECT e->>'position' AS position, e->>'tag' AS tag
  FROM jsonb_array_elements(migtrack_status(
    '{"migrations": [{"name": "20240101000000_b", "sql": ""}, {"name": "20240101000000_B", "sql": ""},
                     {"name": "20240101000000_a", "sql": ""}, {"name": "20240101000000__x", "sql": ""},
                     {"name": "20240101000000_A", "sql": ""}]}')->'migrations') e;

-- 0.x keeps array order, whatever the tags say.
SELECT e->>'position' AS position, e->>'tag' AS tag
  FROM jsonb_array_elements(migtrack_status(
    '{"entries": [{"tag": "0001_b", "when": 2, "sql": ""}, {"tag": "0000_a", "when": 1, "sql": ""}]}')->'migrations') e;

-- Malformed journals: every one is a clean ERROR naming the element's path,
-- with the right SQLSTATE (22P02 wrong JSON type, 22023 bad value,
-- 22003 out of range), and nothing is written.
CREATE TABLE users (id int);      -- an "untracked" database: sync would write if it could

CREATE TEMP TABLE bad_journal (label text, journal jsonb);
INSERT INTO bad_journal VALUES
 ('json null',            'null'),
 ('array',                '[]'),
 ('string',               '"drizzle"'),
 ('empty object',         '{}'),
 ('both formats',         '{"entries": [], "migrations": []}'),
 ('entries object',       '{"entries": {}}'),
 ('entry not object',     '{"entries": [1]}'),
 ('tag missing',          '{"entries": [{"when": 1, "sql": ""}]}'),
 ('tag number',           '{"entries": [{"tag": 5, "when": 1, "sql": ""}]}'),
 ('tag empty',            '{"entries": [{"tag": "", "when": 1, "sql": ""}]}'),
 ('when missing',         '{"entries": [{"tag": "0000_a", "sql": ""}]}'),
 ('when string',          '{"entries": [{"tag": "0000_a", "when": "1700000000000", "sql": ""}]}'),
 ('when fraction',        '{"entries": [{"tag": "0000_a", "when": 1.5, "sql": ""}]}'),
 ('when negative',        '{"entries": [{"tag": "0000_a", "when": -1, "sql": ""}]}'),
 ('when huge',            '{"entries": [{"tag": "0000_a", "when": 1e20, "sql": ""}]}'),
 ('when past 2^53',       '{"entries": [{"tag": "0000_a", "when": 9007199254740992, "sql": ""}]}'),
 ('no sql, no hash',      '{"entries": [{"tag": "0000_a", "when": 1}]}'),
 ('sql number',           '{"entries": [{"tag": "0000_a", "when": 1, "sql": 5}]}'),
 ('hash short',           '{"entries": [{"tag": "0000_a", "when": 1, "hash": "abc"}]}'),
 ('hash not hex',         '{"entries": [{"tag": "0000_a", "when": 1, "hash": "gggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggg"}]}'),
 ('hash vs sql',          '{"entries": [{"tag": "0000_a", "when": 1, "sql": "x", "hash": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"}]}'),
 ('hash array',           '{"entries": [{"tag": "0000_a", "when": 1, "hash": ["a"]}]}'),
 ('duplicate tag',        '{"entries": [{"tag": "0000_a", "when": 1, "sql": ""}, {"tag": "0001_b", "when": 2, "sql": ""}, {"tag": "0000_a", "when": 3, "sql": ""}]}'),
 ('second entry bad',     '{"entries": [{"tag": "0000_a", "when": 1, "sql": ""}, {"tag": "0001_b", "when": true, "sql": ""}]}'),
 ('v1 not array',         '{"migrations": "x"}'),
 ('v1 element null',      '{"migrations": [null]}'),
 ('v1 name missing',      '{"migrations": [{"sql": ""}]}'),
 ('v1 no timestamp',      '{"migrations": [{"name": "init", "sql": ""}]}'),
 ('v1 short timestamp',   '{"migrations": [{"name": "2024010100000x_a", "sql": ""}]}'),
 ('v1 duplicate name',    '{"migrations": [{"name": "20240101000000_a", "sql": ""}, {"name": "20240101000000_a", "sql": "x"}]}'),
 ('v1 no sql, no hash',   '{"migrations": [{"name": "20240101000000_a"}]}');

-- Same answer from all four functions; shown once per case.
SELECT label, try(format('SELECT migtrack_sync(%L)', journal)) AS sync_error
  FROM bad_journal ORDER BY label;
SELECT count(*) AS cases,
       count(*) FILTER (WHERE try(format('SELECT migtrack_status(%L)', journal))
                            = try(format('SELECT migtrack_sync(%L)', journal))
                          AND try(format('SELECT migtrack_check(%L)', journal))
                            = try(format('SELECT migtrack_sync(%L)', journal))
                          AND try(format('SELECT * FROM migtrack_migrations(%L)', journal))
                            = try(format('SELECT migtrack_sync(%L)', journal))) AS same_error_everywhere
  FROM bad_journal;

-- What a user sees in psql: message, DETAIL and HINT.
SELECT migtrack_sync('{"entries": [{"tag": "0000_a", "when": 1.5, "sql": ""}]}');
SELECT migtrack_sync('{}');
SELECT migtrack_sync('{"migrations": [{"name": "init", "sql": ""}]}');
SELECT migtrack_sync('{"entries": [{"tag": "0000_a", "when": 1, "sql": ""}, {"tag": "0000_a", "when": 2, "sql": ""}]}');
SELECT migtrack_sync('{"entries": [{"tag": "0000_a", "when": 1}]}');

-- Bad arguments.
SELECT migtrack_sync(NULL);
SELECT migtrack_check(NULL);
SELECT migtrack_sync('{"entries": []}', dry_run => NULL);
SELECT migtrack_status(NULL, migrations_schema => '');
SELECT migtrack_status(NULL, migrations_table => NULL);
SELECT migtrack_sync('{"entries": [{"tag": "0000_a", "when": 1, "sql": ""}]}', up_to => '0009_nope');

-- What drizzle-orm's migrator never reads is not validated, only noted:
-- drizzle-kit before 0.21 wrote "dialect": "pg", and journals keep it.
SELECT d.label, s->>'state' AS state, s->'journal_ignored' AS ignored
  FROM (VALUES ('pg', '{"version": "5", "dialect": "pg", "entries": [{"idx": 0, "version": "5", "when": 1, "tag": "0000_a", "breakpoints": true, "sql": "CREATE TABLE users (id int);"}]}'),
               ('postgresql', '{"dialect": "postgresql", "entries": []}'),
               ('none', '{"entries": []}'),
               ('number', '{"dialect": 7, "entries": []}')) AS d(label, j),
       migtrack_status(d.j::jsonb) s;
SELECT s->>'inserted' AS inserted FROM migtrack_sync('{"dialect": "pg", "entries": [{"idx": 0, "version": "5", "when": 1, "tag": "0000_a", "breakpoints": true, "sql": "CREATE TABLE users (id int);"}]}', dry_run => true) s;

-- Nothing was written by any of it.
SELECT to_regnamespace('drizzle') IS NULL AS no_drizzle_schema;
DROP TABLE users;

-- Privileges, function by function and role by role; a hostile search_path
-- against every entry point (migrate and the guard included); and what
-- CREATE / DROP EXTENSION do to drizzle's history.

---------------------------------------------------------------------------
-- The matrix.  Roles: the superuser running this suite; the owner of
-- drizzle's schema and table (granted the EXECUTE that PUBLIC lacks, and
-- CREATE on schema public, where its migrations create tables); a role with
-- USAGE + SELECT only; the same with EXECUTE on sync and migrate; a role with
-- nothing.  Every cell runs in a subtransaction that is rolled back, so all
-- start from the same database: 0000_users recorded, 0001_posts applied
-- (by push) but not recorded, and for migrate a journal whose 0001_tags is
-- pending and absent.
---------------------------------------------------------------------------
CREATE ROLE regress_pm_owner;
CREATE ROLE regress_pm_reader;
CREATE ROLE regress_pm_executor;
CREATE ROLE regress_pm_nobody;
GRANT CREATE ON SCHEMA public TO regress_pm_owner;
CREATE TABLE pm_users (id int);
CREATE TABLE pm_posts (id int);
ALTER TABLE pm_users OWNER TO regress_pm_owner;
ALTER TABLE pm_posts OWNER TO regress_pm_owner;
\set js '{"version": "7", "dialect": "postgresql", "entries": [{"idx": 0, "version": "7", "when": 1700000000000, "tag": "0000_users", "breakpoints": true, "sql": "CREATE TABLE pm_users (id int);"}, {"idx": 1, "version": "7", "when": 1700000001000, "tag": "0001_posts", "breakpoints": true, "sql": "CREATE TABLE pm_posts (id int);"}]}'
\set jm '{"version": "7", "dialect": "postgresql", "entries": [{"idx": 0, "version": "7", "when": 1700000000000, "tag": "0000_users", "breakpoints": true, "sql": "CREATE TABLE pm_users (id int);"}, {"idx": 1, "version": "7", "when": 1700000002000, "tag": "0001_tags", "breakpoints": true, "sql": "CREATE TABLE pm_tags (id int);"}]}'
-- the history, created by its owner as drizzle-kit migrate would
CREATE SCHEMA drizzle AUTHORIZATION regress_pm_owner;
SET ROLE regress_pm_owner;
CREATE TABLE IF NOT EXISTS "drizzle"."__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint);
INSERT INTO "drizzle"."__drizzle_migrations" ("hash", "created_at")
  VALUES (encode(sha256(convert_to('CREATE TABLE pm_users (id int);', 'UTF8')), 'hex'), 1700000000000);
GRANT USAGE ON SCHEMA drizzle TO regress_pm_reader, regress_pm_executor;
GRANT SELECT ON drizzle.__drizzle_migrations TO regress_pm_reader, regress_pm_executor;
RESET ROLE;
GRANT EXECUTE ON FUNCTION migtrack_sync(jsonb, text, text, boolean, text, text[], boolean, boolean),
                          migtrack_migrate(jsonb, text, text, boolean, boolean)
   TO regress_pm_owner, regress_pm_executor;

-- pm_cell(role, statement): run it as that role, then roll it back; 'ok: '
-- and the statement's one value, or 'SQLSTATE: message'.
CREATE FUNCTION pm_cell(r name, stmt text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    result text;
BEGIN
    BEGIN
        EXECUTE format('SET LOCAL ROLE %I', r);
        EXECUTE stmt INTO result;
        RAISE EXCEPTION USING ERRCODE = 'MTK01', MESSAGE = coalesce(result, 'null');
    EXCEPTION
        WHEN SQLSTATE 'MTK01' THEN RETURN 'ok: ' || SQLERRM;
        WHEN OTHERS THEN RETURN SQLSTATE || ': ' || SQLERRM;
    END;
END $$;

CREATE TEMP TABLE pm_calls (n int, call text, stmt text);
INSERT INTO pm_calls VALUES
  (1, 'status(journal)',      format('SELECT migtrack_status(%L)->>''state''', :'js')),
  (2, 'status()',             'SELECT migtrack_status()->>''state'''),
  (3, 'migrations(journal)',  format('SELECT string_agg(status, '','' ORDER BY position) FROM migtrack_migrations(%L)', :'js')),
  (4, 'migrations()',         'SELECT count(*) FROM migtrack_migrations()'),
  (5, 'check(journal)',       format('SELECT migtrack_check(%L)', :'js')),
  (6, 'sync',                 format('SELECT migtrack_sync(%L)->>''inserted''', :'js')),
  (7, 'sync dry_run',         format('SELECT migtrack_sync(%L, dry_run => true)->>''inserted''', :'js')),
  (8, 'migrate',              format('SELECT migtrack_migrate(%L)->>''applied''', :'jm')),
  (9, 'migrate dry_run',      format('SELECT migtrack_migrate(%L, dry_run => true)->>''applied''', :'jm')),
  (10, 'guard_ddl() directly', 'SELECT migtrack_guard_ddl()');

SET client_min_messages = warning;   -- check's NOTICE
SELECT c.call, r.who, pm_cell(r.role, c.stmt) AS result
  FROM pm_calls c
 CROSS JOIN (VALUES (1, 'superuser', current_user), (2, 'owner', 'regress_pm_owner'),
                    (3, 'select only', 'regress_pm_reader'), (4, 'select + execute', 'regress_pm_executor'),
                    (5, 'nothing', 'regress_pm_nobody')) r(n, who, role)
 ORDER BY c.n, r.n;
RESET client_min_messages;

-- every cell was rolled back
SELECT count(*) AS rows, to_regclass('public.pm_tags') IS NULL AS no_pm_tags FROM drizzle.__drizzle_migrations;
-- the owner's sync and migrate, for real: it keeps owning the history, and
-- migrate's table is the owner's as when drizzle-kit migrate runs as it
SET ROLE regress_pm_owner;
SELECT migtrack_sync(:'js')->>'inserted' AS inserted;
SELECT s->>'applied' AS applied
  FROM migtrack_migrate(jsonb_set(:'js', '{entries,2}', '{"idx": 2, "version": "7", "when": 1700000002000, "tag": "0002_tags", "breakpoints": true, "sql": "CREATE TABLE pm_tags (id int);"}')) s;
RESET ROLE;
SELECT c.relname, pg_get_userbyid(c.relowner) AS owner
  FROM pg_class c
 WHERE c.oid IN ('drizzle.__drizzle_migrations'::regclass, 'drizzle.__drizzle_migrations_id_seq'::regclass, 'pm_tags'::regclass)
 ORDER BY 1;
SELECT pg_get_userbyid(nspowner) AS drizzle_schema_owner FROM pg_namespace WHERE nspname = 'drizzle';
SELECT count(*) AS rows FROM drizzle.__drizzle_migrations;
DROP TABLE pm_tags, pm_users, pm_posts;
DROP SCHEMA drizzle CASCADE;

---------------------------------------------------------------------------
-- A hostile search_path is never followed by migtrack's own queries.
-- Schema "evil", searched before pg_catalog, holds lookalikes of the
-- operators, functions and aggregates a query could name unqualified, of
-- catalogs and of drizzle's table; temporary views shadow catalogs too (the
-- temporary schema is searched first for relations).  Each lookalike gives
-- the right answer but logs its call (a NOTICE, and a row in pm_evil_log),
-- so a call shows even when nothing else would.  Excluded by design: the
-- migrations' own SQL (migrate, apply_absent) runs with the caller's
-- search_path, as drizzle runs it -- so the migrations here name everything
-- schema-qualified or with keywords.
---------------------------------------------------------------------------
CREATE TEMP TABLE pm_evil_log (what text);
CREATE SCHEMA evil;
CREATE FUNCTION evil.hit(what text) RETURNS boolean LANGUAGE plpgsql SET search_path = pg_catalog AS $$
BEGIN
    RAISE NOTICE 'evil % was called', what;
    INSERT INTO pg_temp.pm_evil_log VALUES (what);
    RETURN true;
END $$;
-- operators: OPERATOR(evil.op) runs pg_catalog's after logging
DO $do$
DECLARE
    o record;
    n int := 0;
BEGIN
    FOR o IN SELECT * FROM (VALUES
        ('=', 'text', 'text'), ('=', 'name', 'name'), ('=', 'name', 'text'), ('=', 'text', 'name'),
        ('=', 'oid', 'oid'), ('=', 'int8', 'int8'), ('=', 'int4', 'int4'), ('=', 'int4', 'int8'),
        ('=', 'int8', 'int4'), ('=', 'char', 'char'), ('=', 'bool', 'bool'), ('=', 'jsonb', 'jsonb'),
        ('=', 'timestamptz', 'timestamptz'),
        ('<>', 'text', 'text'), ('<>', 'name', 'name'), ('<>', 'oid', 'oid'), ('<>', 'int8', 'int8'),
        ('<>', 'char', 'char'),
        ('<', 'int8', 'int8'), ('>', 'int8', 'int8'), ('<=', 'int8', 'int8'), ('>=', 'int8', 'int8'),
        ('<', 'text', 'text'), ('>', 'text', 'text'), ('<', 'int4', 'int4'), ('>', 'int4', 'int4'),
        ('~', 'text', 'text'), ('~', 'name', 'text'), ('!~', 'text', 'text'), ('!~', 'name', 'text'),
        ('~~', 'text', 'text'), ('~~', 'name', 'text'), ('||', 'text', 'text'),
        ('->', 'jsonb', 'text'), ('->>', 'jsonb', 'text'), ('->', 'jsonb', 'int4'), ('->>', 'jsonb', 'int4'),
        ('@>', 'jsonb', 'jsonb'), ('?', 'jsonb', 'text'), ('#>>', 'jsonb', '_text'),
        ('+', 'int8', 'int8'), ('-', 'int8', 'int8'), ('*', 'int8', 'int8'), ('/', 'int8', 'int8'),
        ('+', 'int4', 'int4'), ('-', 'int4', 'int4')) v(op, l, r)
    LOOP
        n := n + 1;
        EXECUTE format($f$CREATE FUNCTION evil.op_%s(a pg_catalog.%I, b pg_catalog.%I)
                          RETURNS %s LANGUAGE plpgsql SET search_path = pg_catalog AS
                          $b$BEGIN PERFORM evil.hit(%L); RETURN a OPERATOR(pg_catalog.%s) b; END$b$$f$,
                       n, o.l, o.r,
                       (SELECT oprresult::regtype::text FROM pg_operator
                         WHERE oprname = o.op AND oprleft = ('pg_catalog.' || o.l)::regtype
                           AND oprright = ('pg_catalog.' || o.r)::regtype AND oprnamespace = 'pg_catalog'::regnamespace),
                       format('operator %s (%s, %s)', o.op, o.l, o.r), o.op);
        EXECUTE format('CREATE OPERATOR evil.%s (leftarg = pg_catalog.%I, rightarg = pg_catalog.%I, function = evil.op_%s)',
                       o.op, o.l, o.r, n);
    END LOOP;
END $do$;
-- prefix NOT-like operators and functions
CREATE FUNCTION evil.now() RETURNS timestamptz LANGUAGE plpgsql SET search_path = pg_catalog AS
  $$ BEGIN PERFORM evil.hit('now()'); RETURN pg_catalog.now(); END $$;
CREATE FUNCTION evil.sha256(bytea) RETURNS bytea LANGUAGE plpgsql SET search_path = pg_catalog AS
  $$ BEGIN PERFORM evil.hit('sha256()'); RETURN pg_catalog.sha256($1); END $$;
CREATE FUNCTION evil.encode(bytea, text) RETURNS text LANGUAGE plpgsql SET search_path = pg_catalog AS
  $$ BEGIN PERFORM evil.hit('encode()'); RETURN pg_catalog.encode($1, $2); END $$;
CREATE FUNCTION evil.convert_to(text, name) RETURNS bytea LANGUAGE plpgsql SET search_path = pg_catalog AS
  $$ BEGIN PERFORM evil.hit('convert_to()'); RETURN pg_catalog.convert_to($1, $2); END $$;
CREATE FUNCTION evil.lower(text) RETURNS text LANGUAGE plpgsql SET search_path = pg_catalog AS
  $$ BEGIN PERFORM evil.hit('lower()'); RETURN pg_catalog.lower($1); END $$;
CREATE FUNCTION evil.upper(text) RETURNS text LANGUAGE plpgsql SET search_path = pg_catalog AS
  $$ BEGIN PERFORM evil.hit('upper()'); RETURN pg_catalog.upper($1); END $$;
CREATE FUNCTION evil.length(text) RETURNS int LANGUAGE plpgsql SET search_path = pg_catalog AS
  $$ BEGIN PERFORM evil.hit('length()'); RETURN pg_catalog.length($1); END $$;
CREATE FUNCTION evil.quote_ident(text) RETURNS text LANGUAGE plpgsql SET search_path = pg_catalog AS
  $$ BEGIN PERFORM evil.hit('quote_ident()'); RETURN pg_catalog.quote_ident($1); END $$;
CREATE FUNCTION evil.quote_literal(text) RETURNS text LANGUAGE plpgsql SET search_path = pg_catalog AS
  $$ BEGIN PERFORM evil.hit('quote_literal()'); RETURN pg_catalog.quote_literal($1); END $$;
CREATE FUNCTION evil.nextval(regclass) RETURNS bigint LANGUAGE plpgsql SET search_path = pg_catalog AS
  $$ BEGIN PERFORM evil.hit('nextval()'); RETURN pg_catalog.nextval($1); END $$;
CREATE FUNCTION evil.int8(int4) RETURNS bigint LANGUAGE plpgsql SET search_path = pg_catalog AS
  $$ BEGIN PERFORM evil.hit('int8()'); RETURN $1; END $$;
CREATE FUNCTION evil.text(name) RETURNS text LANGUAGE plpgsql SET search_path = pg_catalog AS
  $$ BEGIN PERFORM evil.hit('text()'); RETURN $1::pg_catalog.text; END $$;
CREATE FUNCTION evil.current_schema() RETURNS name LANGUAGE plpgsql SET search_path = pg_catalog AS
  $$ BEGIN PERFORM evil.hit('current_schema()'); RETURN pg_catalog.current_schema(); END $$;
CREATE FUNCTION evil.inet_client_addr() RETURNS inet LANGUAGE plpgsql SET search_path = pg_catalog AS
  $$ BEGIN PERFORM evil.hit('inet_client_addr()'); RETURN pg_catalog.inet_client_addr(); END $$;
CREATE FUNCTION evil.hashtextextended(text, bigint) RETURNS bigint LANGUAGE plpgsql SET search_path = pg_catalog AS
  $$ BEGIN PERFORM evil.hit('hashtextextended()'); RETURN pg_catalog.hashtextextended($1, $2); END $$;
CREATE FUNCTION evil.pg_advisory_xact_lock(bigint) RETURNS void LANGUAGE plpgsql SET search_path = pg_catalog AS
  $$ BEGIN PERFORM evil.hit('pg_advisory_xact_lock()'); PERFORM pg_catalog.pg_advisory_xact_lock($1); END $$;
CREATE FUNCTION evil.to_regclass(text) RETURNS regclass LANGUAGE plpgsql SET search_path = pg_catalog AS
  $$ BEGIN PERFORM evil.hit('to_regclass()'); RETURN pg_catalog.to_regclass($1); END $$;
CREATE FUNCTION evil.pg_event_trigger_ddl_commands()
  RETURNS TABLE (classid oid, objid oid, objsubid int4, command_tag text, object_type text, schema_name text,
                 object_identity text, in_extension bool)
  LANGUAGE plpgsql SET search_path = pg_catalog AS
  $$ BEGIN
    PERFORM evil.hit('pg_event_trigger_ddl_commands()');
    RETURN QUERY SELECT c.classid, c.objid, c.objsubid, c.command_tag, c.object_type, c.schema_name,
                        c.object_identity, c.in_extension FROM pg_catalog.pg_event_trigger_ddl_commands() c;
  END $$;
-- aggregates
CREATE FUNCTION evil.agg_step(bigint) RETURNS bigint LANGUAGE plpgsql SET search_path = pg_catalog AS
  $$ BEGIN PERFORM evil.hit('an aggregate'); RETURN 0; END $$;
CREATE FUNCTION evil.agg_step(bigint, bigint) RETURNS bigint LANGUAGE plpgsql SET search_path = pg_catalog AS
  $$ BEGIN PERFORM evil.hit('an aggregate'); RETURN 0; END $$;
CREATE FUNCTION evil.agg_step(bigint, int) RETURNS bigint LANGUAGE plpgsql SET search_path = pg_catalog AS
  $$ BEGIN PERFORM evil.hit('an aggregate'); RETURN 0; END $$;
CREATE AGGREGATE evil.count(*) (sfunc = evil.agg_step, stype = bigint, initcond = '0');
CREATE AGGREGATE evil.max(bigint) (sfunc = evil.agg_step, stype = bigint);
CREATE AGGREGATE evil.max(int) (sfunc = evil.agg_step, stype = bigint);
CREATE AGGREGATE evil.min(bigint) (sfunc = evil.agg_step, stype = bigint);
-- drizzle's table (created_at numeric: a decoy by name only -- sync refuses
-- to create a history while one shaped like drizzle's exists elsewhere,
-- which sync.sql tests), and catalogs
CREATE TABLE evil.__drizzle_migrations (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at numeric);
INSERT INTO evil.__drizzle_migrations (hash, created_at) VALUES (repeat('e', 64), 9999999999999);
CREATE VIEW evil.pg_class AS SELECT * FROM pg_catalog.pg_class WHERE evil.hit('view evil.pg_class');
CREATE VIEW evil.pg_namespace AS SELECT * FROM pg_catalog.pg_namespace WHERE evil.hit('view evil.pg_namespace');
CREATE VIEW evil.pg_attribute AS SELECT attrelid, attname, atttypid, attnum, attnotnull, attisdropped
  FROM pg_catalog.pg_attribute WHERE evil.hit('view evil.pg_attribute');
CREATE VIEW evil.pg_depend AS SELECT * FROM pg_catalog.pg_depend WHERE evil.hit('view evil.pg_depend');
CREATE VIEW evil.pg_extension AS SELECT * FROM pg_catalog.pg_extension WHERE evil.hit('view evil.pg_extension');
CREATE TEMP VIEW pg_class AS SELECT * FROM pg_catalog.pg_class WHERE evil.hit('temporary view pg_class');
CREATE TEMP VIEW pg_namespace AS SELECT * FROM pg_catalog.pg_namespace WHERE evil.hit('temporary view pg_namespace');
CREATE TEMP VIEW __drizzle_migrations AS SELECT * FROM evil.__drizzle_migrations WHERE evil.hit('temporary view __drizzle_migrations');
SELECT count(*) AS lookalikes
  FROM pg_catalog.pg_depend d
 WHERE d.refclassid = 'pg_catalog.pg_namespace'::pg_catalog.regclass AND d.refobjid = 'evil'::pg_catalog.regnamespace;

-- they do fire when followed (the control)
SET search_path = evil, pg_catalog, public;
SELECT 'a'::pg_catalog.text = 'a'::pg_catalog.text AS eq, 1::pg_catalog.int8 < 2::pg_catalog.int8 AS lt,
       now() IS NOT NULL AS now, sha256('') IS NOT NULL AS sha256, quote_ident('a') AS quote_ident;
SELECT count(*) AS count FROM (SELECT FROM pg_class LIMIT 1) s;
SELECT count(*) AS count FROM (SELECT FROM evil.pg_attribute LIMIT 1) s;
SELECT id FROM __drizzle_migrations;
RESET search_path;
SELECT count(*) AS control_calls, count(DISTINCT what) AS distinct_lookalikes FROM pm_evil_log;
TRUNCATE pm_evil_log;

-- The runs.  Migrations name their tables schema-qualified; "int" is a keyword.
\set jh '{"version": "7", "dialect": "postgresql", "entries": [{"idx": 0, "version": "7", "when": 1700000000000, "tag": "0000_h1", "breakpoints": true, "sql": "CREATE TABLE public.pm_h1 (id int);"}, {"idx": 1, "version": "7", "when": 1700000001000, "tag": "0001_h2", "breakpoints": true, "sql": "CREATE TABLE public.pm_h2 (id int);\\n--> statement-breakpoint\\nCREATE INDEX pm_h2_id ON public.pm_h2 (id);"}, {"idx": 2, "version": "7", "when": 1700000002000, "tag": "0002_h3", "breakpoints": true, "sql": "CREATE TABLE public.pm_h3 (id int);"}]}'
\set vh '{"migrations": [{"name": "20231114221320_h1", "sql": "CREATE TABLE public.pm_h1 (id int);"}, {"name": "20231114221321_h2", "sql": "CREATE TABLE public.pm_h2 (id int);\\n--> statement-breakpoint\\nCREATE INDEX pm_h2_id ON public.pm_h2 (id);"}, {"name": "20231114221322_h3", "sql": "CREATE TABLE public.pm_h3 (id int);"}]}'
CREATE TEMP TABLE pm_runs (run text, step int, what text, result jsonb);
-- before each run, with the normal search_path: no history; 0000_h1 applied
-- by push (its table exists), 0001_h2 and 0002_h3 not
CREATE FUNCTION pm_reset() RETURNS void LANGUAGE sql SET search_path = pg_catalog SET migtrack.guard = off AS $$
  DROP SCHEMA IF EXISTS drizzle CASCADE;
  DROP TABLE IF EXISTS public.pm_h1, public.pm_h2, public.pm_h3;
  CREATE TABLE public.pm_h1 (id int);
$$;
-- pm_run(run): every entry point, in a fixed order; the search_path is the caller's.
-- (jsonb results only; nothing but pg_catalog's functions is applied to them here)
CREATE FUNCTION pm_run(run text, jh jsonb, vh jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO pg_temp.pm_runs VALUES (run, 1, 'status, untracked', public.migtrack_status(jh));
    INSERT INTO pg_temp.pm_runs VALUES (run, 2, 'sync dry_run up_to 0000', public.migtrack_sync(jh, up_to => '0000_h1', dry_run => true));
    INSERT INTO pg_temp.pm_runs VALUES (run, 3, 'sync up_to 0000', public.migtrack_sync(jh, up_to => '0000_h1'));
    PERFORM public.migtrack_check(jh);
    INSERT INTO pg_temp.pm_runs VALUES (run, 4, 'migrate dry_run', public.migtrack_migrate(jh, dry_run => true));
    INSERT INTO pg_temp.pm_runs VALUES (run, 5, 'migrate up to 0001',
        public.migtrack_migrate(pg_catalog.jsonb_set(jh, '{entries}', pg_catalog.jsonb_build_array(
            pg_catalog.jsonb_extract_path(jh, 'entries', '0'), pg_catalog.jsonb_extract_path(jh, 'entries', '1')))));
    INSERT INTO pg_temp.pm_runs VALUES (run, 6, 'status, pending', public.migtrack_status(jh));
    INSERT INTO pg_temp.pm_runs SELECT run, 7, 'migrations', pg_catalog.jsonb_agg(pg_catalog.to_jsonb(m) ORDER BY m.position) FROM public.migtrack_migrations(jh) m;
    INSERT INTO pg_temp.pm_runs SELECT run, 8, 'migrations, no journal', pg_catalog.jsonb_agg(pg_catalog.jsonb_set(pg_catalog.to_jsonb(m), '{applied_at}', 'null')) FROM public.migtrack_migrations() m;
    -- 0002_h3 is absent: recorded only with apply_absent, which creates it
    INSERT INTO pg_temp.pm_runs VALUES (run, 9, 'sync dry_run apply_absent', public.migtrack_sync(jh, dry_run => true, apply_absent => true));
    INSERT INTO pg_temp.pm_runs VALUES (run, 10, 'sync apply_absent', public.migtrack_sync(jh, apply_absent => true));
    INSERT INTO pg_temp.pm_runs VALUES (run, 11, 'sync again', public.migtrack_sync(jh));
    PERFORM public.migtrack_check(jh);
END $$;
-- the 1.0 upgrade of the table, then 1.0 (a transaction of its own: the
-- upgrade updates every row, and rows this transaction inserted and then
-- updated would not count as recorded for the guard)
CREATE FUNCTION pm_run_v1(run text, vh jsonb) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO pg_temp.pm_runs VALUES (run, 12, 'sync 1.0: upgrade', public.migtrack_sync(vh));
    INSERT INTO pg_temp.pm_runs VALUES (run, 13, 'status 1.0', public.migtrack_status(vh));
    INSERT INTO pg_temp.pm_runs VALUES (run, 14, 'status, no journal', public.migtrack_status());
    INSERT INTO pg_temp.pm_runs VALUES (run, 15, 'migrate 1.0: nothing left', public.migtrack_migrate(vh));
END $$;

SET migtrack.guard = warn;
SELECT pm_reset();
SELECT pm_run('normal', :'jh', :'vh');
SELECT pm_run_v1('normal', :'vh');
SELECT pm_reset();
SET search_path = evil, pg_catalog, public;
SELECT pm_run('hostile', :'jh', :'vh');
SELECT pm_run_v1('hostile', :'vh');
-- the guard, at commit: DDL without a migration (a WARNING), then DDL with a row
BEGIN;
CREATE TABLE public.pm_g (id int);
COMMIT;
BEGIN;
DROP TABLE public.pm_g;
INSERT INTO drizzle.__drizzle_migrations (hash, created_at, name) VALUES ('g', 1800000000000, '20270115080000_g');
COMMIT;
RESET search_path;
RESET migtrack.guard;

-- not one lookalike was called, and the runs agree
SELECT count(*) AS evil_calls FROM pm_evil_log;
-- (status's audit trail differs: the second run's sees the first run's entries)
SELECT n.step, n.what, n.result - 'audit' = h.result - 'audit' AS same_when_hostile,
       coalesce(n.result->>'state', n.result->>'state_before') AS state,
       CASE WHEN n.result ? 'dry_run' THEN coalesce(n.result->>'inserted', n.result->>'applied') END AS written
  FROM pm_runs n JOIN pm_runs h ON h.step = n.step AND h.run = 'hostile'
 WHERE n.run = 'normal' ORDER BY n.step;
SELECT id, created_at, name, applied_at IS NULL AS applied_at_null FROM drizzle.__drizzle_migrations ORDER BY id;
SELECT id, hash, created_at FROM evil.__drizzle_migrations;
SELECT pm_reset();
DROP TABLE pm_h1;
SET client_min_messages = warning;
DROP VIEW pg_temp.pg_class, pg_temp.pg_namespace, pg_temp.__drizzle_migrations;
DROP SCHEMA evil CASCADE;
RESET client_min_messages;
DROP FUNCTION pm_run(text, jsonb, jsonb), pm_run_v1(text, jsonb), pm_reset();
DROP TABLE pm_evil_log;

---------------------------------------------------------------------------
-- DROP EXTENSION leaves drizzle's history alone; CREATE EXTENSION over an
-- existing history takes no ownership of it.
---------------------------------------------------------------------------
-- a history written by migtrack (it created the schema and table)
CREATE TABLE pm_users (id int);
CREATE TABLE pm_posts (id int);
SELECT migtrack_sync(:'js')->>'inserted' AS inserted;
CREATE TEMP TABLE pm_before AS SELECT id, hash, created_at FROM drizzle.__drizzle_migrations;
DROP EXTENSION migtrack;
SELECT (SELECT count(*) FROM drizzle.__drizzle_migrations) AS rows,
       NOT EXISTS (SELECT id, hash, created_at FROM drizzle.__drizzle_migrations
                   EXCEPT SELECT * FROM pm_before) AS same_rows,
       to_regclass('drizzle.__drizzle_migrations_id_seq') IS NOT NULL AS sequence_kept;
-- drizzle's own migrate can go on using it
INSERT INTO "drizzle"."__drizzle_migrations" ("hash", "created_at") VALUES (repeat('d', 64), 1700000003000);

-- CREATE EXTENSION with drizzle's schema and table there, owned by another role
ALTER SCHEMA drizzle OWNER TO regress_pm_owner;
ALTER TABLE drizzle.__drizzle_migrations OWNER TO regress_pm_owner;
CREATE TEMP VIEW pm_history AS
SELECT (SELECT count(*) FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'migtrack'
         WHERE d.deptype = 'e'
           AND ((d.classid = 'pg_namespace'::regclass AND d.objid = 'drizzle'::regnamespace)
             OR (d.classid = 'pg_class'::regclass AND d.objid IN (SELECT oid FROM pg_class
                                                                  WHERE relnamespace = 'drizzle'::regnamespace))))
         AS extension_members,
       (SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'drizzle') AS schema_owner,
       (SELECT string_agg(DISTINCT pg_get_userbyid(relowner), ',') FROM pg_class
         WHERE relnamespace = 'drizzle'::regnamespace) AS relation_owners,
       (SELECT count(*) FROM pg_class WHERE relnamespace = 'drizzle'::regnamespace) AS relations,
       (SELECT count(*) FROM drizzle.__drizzle_migrations) AS rows;
SELECT * FROM pm_history;
CREATE EXTENSION migtrack;
SELECT * FROM pm_history;
-- the same in drizzle's own schema, as someone might
DROP EXTENSION migtrack;
CREATE EXTENSION migtrack SCHEMA drizzle;
SELECT * FROM pm_history;
SELECT s->>'state' AS state, s->'tracking_table'->>'rows' AS rows FROM drizzle.migtrack_status() s;
DROP EXTENSION migtrack;
SELECT * FROM pm_history;
SELECT p.proname FROM pg_proc p WHERE p.pronamespace = 'drizzle'::regnamespace;
DROP VIEW pm_history;
-- back to the suite's extension, in public
CREATE EXTENSION migtrack;

-- Clean up.
DROP SCHEMA drizzle CASCADE;
DROP TABLE pm_users, pm_posts;
DROP FUNCTION pm_cell(name, text);
REVOKE CREATE ON SCHEMA public FROM regress_pm_owner;
DROP ROLE regress_pm_owner, regress_pm_reader, regress_pm_executor, regress_pm_nobody;

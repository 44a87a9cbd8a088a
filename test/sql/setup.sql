-- Every suite runs in this one database, in order; each leaves it as it found it.
CREATE EXTENSION migtrack;
\dx migtrack
SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS args,
       p.prosecdef AS security_definer,
       has_function_privilege('public', p.oid, 'EXECUTE') AS public_execute
  FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'migtrack'
 ORDER BY 1;

-- The install script creates no table and no schema: DROP EXTENSION can never take history
-- with it, and drizzle-kit push finds nothing of migtrack's among the application's tables.
SELECT count(*) AS relations_owned_by_extension
  FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'migtrack'
 WHERE d.classid = 'pg_class'::regclass AND d.deptype = 'e';
SELECT to_regnamespace('drizzle') IS NULL AS no_drizzle_schema;
SELECT count(*) AS drizzle_relations FROM pg_class WHERE relname LIKE '%drizzle%';
-- The guard's event triggers, owned by the extension.
SELECT t.evtname, t.evtevent, t.evtfoid::regproc AS function, t.evtenabled, t.evttags,
       EXISTS (SELECT FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'migtrack'
                WHERE d.classid = 'pg_event_trigger'::regclass AND d.objid = t.oid AND d.deptype = 'e')
         AS owned_by_extension
  FROM pg_event_trigger t ORDER BY 1;

-- try(sql): run a statement, return 'ok' or 'SQLSTATE: message', for tables of error cases.
CREATE FUNCTION try(stmt text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE stmt;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

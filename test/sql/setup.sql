-- Every suite runs in this one database, in order; each leaves it as it found it.
CREATE EXTENSION migtrack;
\dx migtrack
SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS args,
       p.prosecdef AS security_definer,
       has_function_privilege('public', p.oid, 'EXECUTE') AS public_execute
  FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'migtrack'
 ORDER BY 1;

-- The install script creates no table, no schema: DROP EXTENSION can never take history with it.
SELECT count(*) AS tables_owned_by_extension
  FROM pg_depend d JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'migtrack'
 WHERE d.classid = 'pg_class'::regclass;
SELECT to_regnamespace('drizzle') IS NULL AS no_drizzle_schema;

-- try(sql): run a statement, return 'ok' or 'SQLSTATE: message', for tables of error cases.
CREATE FUNCTION try(stmt text) RETURNS text LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE stmt;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    RETURN SQLSTATE || ': ' || SQLERRM;
END $$;

-- Every suite runs in this one database, in order; each leaves it as it found it.
CREATE EXTENSION migtrack;
-- (a query, not \dx: its columns differ between psql majors)
SELECT e.extname AS name, e.extversion AS version, n.nspname AS schema,
       obj_description(e.oid, 'pg_extension') AS description
  FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
 WHERE e.extname = 'migtrack';
SELECT p.proname, pg_get_function_identity_arguments(p.oid) AS args,
       p.prosecdef AS security_definer,
       has_function_privilege('public', p.oid, 'EXECUTE') AS public_execute
  FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.deptype = 'e'
  JOIN pg_extension e ON e.oid = d.refobjid AND e.extname = 'migtrack'
 ORDER BY 1;

-- The install script creates none of drizzle's objects: DROP EXTENSION can never take
-- history with it.  Its only relations are its audit trail, in its own schema, whose
-- rows (and sequence) pg_dump keeps; nobody but the owner may read or write them.
SELECT c.oid::regclass AS extension_relation, c.relkind,
       c.oid = ANY (x.extconfig) AS dumped_by_pg_dump,
       has_table_privilege('public', c.oid, 'SELECT') AS public_select,
       has_table_privilege('public', c.oid, 'INSERT') AS public_insert
  FROM pg_depend d JOIN pg_extension x ON x.oid = d.refobjid AND x.extname = 'migtrack'
  JOIN pg_class c ON c.oid = d.objid
 WHERE d.classid = 'pg_class'::regclass AND d.deptype = 'e'
 ORDER BY 1;
SELECT n.nspname AS extension_schema, has_schema_privilege('public', n.oid, 'USAGE') AS public_usage
  FROM pg_depend d JOIN pg_extension x ON x.oid = d.refobjid AND x.extname = 'migtrack'
  JOIN pg_namespace n ON n.oid = d.objid
 WHERE d.classid = 'pg_namespace'::regclass AND d.deptype = 'e';
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

/*
 * catalog.c -- the user tables that the history is supposed to describe.
 *
 * A user table is an ordinary or partitioned, non-temporary table outside
 * pg_catalog, information_schema, pg_toast and the temp schemas, not owned
 * by an extension.  The tracking table itself is excluded, but not the rest
 * of its schema: drizzle allows migrationsSchema "public".
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "utils/builtins.h"

#include "migtrack.h"

/* Run a query of (schema, name) rows with $1 = an oid; quoted names, or (raw) TableName records. */
static List *
run_names(const char *sql, Oid relid, const char *what, bool raw)
{
	Oid			argtypes[1] = {OIDOID};
	Datum		args[1];
	List	   *names = NIL;
	uint64		i;
	int			rc;

	args[0] = ObjectIdGetDatum(relid);
	rc = SPI_execute_with_args(sql, 1, argtypes, args, NULL, true, 0);
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "%s failed: %s", what, SPI_result_code_string(rc));
	for (i = 0; i < SPI_processed; i++)
	{
		char	   *schema = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);
		char	   *table = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2);

		if (raw)
		{
			TableName  *n = palloc(sizeof(TableName));

			n->schema = schema;
			n->table = table;
			n->qualified = quote_qualified_identifier(schema, table);
			names = lappend(names, n);
		}
		else
			names = lappend(names, quote_qualified_identifier(schema, table));
	}
	SPI_freetuptable(SPI_tuptable);
	return names;
}

List *
user_tables_list(Oid tracking_relid)
{
	static const char *sql =
		"SELECT n.nspname::pg_catalog.text, c.relname::pg_catalog.text"
		"  FROM pg_catalog.pg_class c"
		"  JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace"
		" WHERE c.relkind OPERATOR(pg_catalog.=) ANY ('{r,p}'::pg_catalog.\"char\"[])"
		"   AND c.relpersistence OPERATOR(pg_catalog.<>) 't'"
		"   AND c.oid OPERATOR(pg_catalog.<>) $1"
		"   AND n.nspname OPERATOR(pg_catalog.<>) 'information_schema'"
		"   AND n.nspname::pg_catalog.text OPERATOR(pg_catalog.!~) '^pg_(catalog$|toast|temp_)'"
		"   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d"
		"                    WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass"
		"                      AND d.objid OPERATOR(pg_catalog.=) c.oid"
		"                      AND d.deptype OPERATOR(pg_catalog.=) 'e')"
		" ORDER BY 1, 2";
	return run_names(sql, tracking_relid, "listing user tables", false);
}

/*
 * Tables shaped like drizzle's history (id, hash text, created_at bigint)
 * other than tracking_relid, as TableName records: when the configured
 * table is missing, one of these is probably the history under a custom
 * migrationsSchema/Table.
 */
List *
lookalike_tracking_tables(Oid tracking_relid)
{
	/* from the rare "hash text" columns, not a sub-query per table: 10,000 tables cost 5 ms, not 200 */
	static const char *sql =
		"SELECT n.nspname::pg_catalog.text, c.relname::pg_catalog.text"
		"  FROM pg_catalog.pg_attribute h"
		"  JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) h.attrelid"
		"  JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace"
		" WHERE h.attname OPERATOR(pg_catalog.=) 'hash' AND NOT h.attisdropped"
		"   AND h.atttypid OPERATOR(pg_catalog.=) 'pg_catalog.text'::pg_catalog.regtype"
		"   AND c.relkind OPERATOR(pg_catalog.=) ANY ('{r,p}'::pg_catalog.\"char\"[])"
		"   AND c.relpersistence OPERATOR(pg_catalog.<>) 't'"
		"   AND c.oid OPERATOR(pg_catalog.<>) $1"
		"   AND EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid OPERATOR(pg_catalog.=) c.oid"
		"                 AND a.attname OPERATOR(pg_catalog.=) 'id' AND NOT a.attisdropped)"
		"   AND EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid OPERATOR(pg_catalog.=) c.oid"
		"                 AND a.attname OPERATOR(pg_catalog.=) 'created_at' AND NOT a.attisdropped"
		"                 AND a.atttypid OPERATOR(pg_catalog.=) 'pg_catalog.int8'::pg_catalog.regtype)"
		" ORDER BY 1, 2";
	return run_names(sql, tracking_relid, "looking for migrations tables", true);
}

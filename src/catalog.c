/*
 * catalog.c -- the user tables that the history is supposed to describe.
 *
 * A user table is an ordinary or partitioned, non-temporary table outside
 * pg_catalog, information_schema, pg_toast and the temp schemas, not owned
 * by an extension.  The tracking table itself is excluded, but not the rest
 * of its schema: drizzle allows migrationsSchema "public".  Only the
 * database-side view (no journal) lists them; with a journal, whether there
 * is one decides the state and their number is said.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "utils/builtins.h"

#include "migtrack.h"

/*
 * The user tables but the excluded ones (an oid[]: the history, and tables
 * shaped like it).  Extension members are found from pg_depend's reference
 * side (a few rows, hashed), not with a look-up per table: counting 10,000
 * tables costs a few milliseconds.
 */
#define USER_TABLES \
	"  FROM pg_catalog.pg_class c" \
	"  JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace" \
	" WHERE c.relkind OPERATOR(pg_catalog.=) ANY ('{r,p}'::pg_catalog.\"char\"[])" \
	"   AND c.relpersistence OPERATOR(pg_catalog.<>) 't'" \
	"   AND c.oid OPERATOR(pg_catalog.<>) ALL ($1)" \
	"   AND n.nspname OPERATOR(pg_catalog.<>) 'information_schema'" \
	"   AND n.nspname::pg_catalog.text OPERATOR(pg_catalog.!~) '^pg_(catalog$|toast|temp_)'" \
	"   AND c.oid OPERATOR(pg_catalog.<>) ALL (ARRAY(SELECT d.objid FROM pg_catalog.pg_depend d" \
	"                      WHERE d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_extension'::pg_catalog.regclass" \
	"                        AND d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass" \
	"                        AND d.deptype OPERATOR(pg_catalog.=) 'e'))"

/* $1 of the queries above: the history and the other excluded tables */
static Datum
excluded_array(Oid tracking_relid, List *excluded)
{
	Datum	   *oids = palloc(sizeof(Datum) * (list_length(excluded) + 1));
	ListCell   *lc;
	int			n = 0;

	oids[n++] = ObjectIdGetDatum(tracking_relid);
	foreach(lc, excluded)
		oids[n++] = ObjectIdGetDatum(((TableName *) lfirst(lc))->relid);
	return PointerGetDatum(construct_array(oids, n, OIDOID, sizeof(Oid), true, TYPALIGN_INT));
}

/* run one of the queries with its oid[] or oid argument; SPI_tuptable holds the rows */
static void
run(const char *sql, Oid argtype, Datum arg, const char *what)
{
	Oid			argtypes[1] = {argtype};
	Datum		args[1] = {arg};
	int			rc;

	rc = SPI_execute_with_args(sql, 1, argtypes, args, NULL, true, 0);
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "%s failed: %s", what, SPI_result_code_string(rc));
}

/* the user tables, quoted schema.table, sorted: the database-side view lists them */
List *
user_tables_list(Oid tracking_relid, List *excluded)
{
	List	   *names = NIL;
	uint64		i;

	run("SELECT n.nspname::pg_catalog.text, c.relname::pg_catalog.text" USER_TABLES " ORDER BY 1, 2",
		OIDARRAYOID, excluded_array(tracking_relid, excluded), "listing user tables");
	for (i = 0; i < SPI_processed; i++)
		names = lappend(names, quote_qualified_identifier(SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1),
														  SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2)));
	SPI_freetuptable(SPI_tuptable);
	return names;
}

/* whether there is one: the untracked/fresh test needs no more */
bool
user_tables_exist(Oid tracking_relid, List *excluded)
{
	bool		exist;

	run("SELECT 1" USER_TABLES " LIMIT 1", OIDARRAYOID, excluded_array(tracking_relid, excluded),
		"looking for user tables");
	exist = SPI_processed > 0;
	SPI_freetuptable(SPI_tuptable);
	return exist;
}

/* how many, for the messages that say so */
int
user_tables_count(Oid tracking_relid, List *excluded)
{
	bool		isnull;
	int64		count;

	run("SELECT pg_catalog.count(*)" USER_TABLES, OIDARRAYOID, excluded_array(tracking_relid, excluded),
		"counting user tables");
	count = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	SPI_freetuptable(SPI_tuptable);
	return (int) count;
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
		"SELECT n.nspname::pg_catalog.text, c.relname::pg_catalog.text, c.oid"
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
	List	   *found = NIL;
	uint64		i;

	run(sql, OIDOID, ObjectIdGetDatum(tracking_relid), "looking for migrations tables");
	for (i = 0; i < SPI_processed; i++)
	{
		TableName  *n = palloc(sizeof(TableName));
		bool		isnull;

		n->schema = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);
		n->table = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2);
		n->qualified = quote_qualified_identifier(n->schema, n->table);
		n->relid = DatumGetObjectId(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 3, &isnull));
		found = lappend(found, n);
	}
	SPI_freetuptable(SPI_tuptable);
	return found;
}

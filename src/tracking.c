/*
 * tracking.c -- reading and writing drizzle's tracking table.
 *
 * The table is located through the syscache, never through search_path,
 * and every statement names it schema-qualified and quoted.  DDL is
 * drizzle-orm's own (pg-core/dialect.js in 0.45, async/session.js and
 * up-migrations/pg.js in 1.0), with types and functions qualified by
 * pg_catalog so that a hostile search_path cannot change what they mean;
 * the resulting catalog entries are the ones drizzle creates.
 *
 * All functions here expect SPI to be connected.
 */
#include "postgres.h"

#include "access/xact.h"
#include "catalog/dependency.h"
#include "catalog/namespace.h"
#include "catalog/pg_class.h"
#include "catalog/pg_extension.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "storage/lmgr.h"
#include "storage/lock.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"

#include "compat.h"
#include "migtrack.h"
#include "drizzle_ddl.h"

/* objsubid of the writer's lock: no extension's OID is locked with it */
#define MIGTRACK_LOCK_SUBID 0x6d74

static void
spi_check(int rc, int expected, const char *what)
{
	if (rc != expected)
		elog(ERROR, "%s failed: %s", what, SPI_result_code_string(rc));
}

static bool
has_column(Oid relid, const char *column)
{
	return get_attnum(relid, column) != InvalidAttrNumber;
}

/*
 * The history's columns must have the built-in types drizzle's DDL gives
 * them (or their close kin).  A type of the table owner's making would let
 * a read run the owner's casts and operators with the rights of whoever
 * calls migtrack -- a superuser, perhaps -- so it is refused, not read.
 */
static void
check_column_types(const TrackingTable *t)
{
	static const struct
	{
		const char *column;
		const char *drizzle_type;
		Oid			allowed[3];
	}			columns[] = {
		{"id", "integer", {INT4OID, INT8OID, INT2OID}},
		{"hash", "text", {TEXTOID, VARCHAROID, InvalidOid}},
		{"created_at", "bigint", {INT8OID, INT4OID, INT2OID}},
		{"name", "text", {TEXTOID, VARCHAROID, InvalidOid}},
		{"applied_at", "timestamp with time zone", {TIMESTAMPTZOID, TIMESTAMPOID, InvalidOid}},
	};
	size_t		i;

	for (i = 0; i < lengthof(columns); i++)
	{
		AttrNumber	attnum = get_attnum(t->relid, columns[i].column);
		Oid			type;
		int			k;
		bool		ok = false;

		if (attnum == InvalidAttrNumber)
			continue;			/* name, applied_at: a 0.x table */
		type = get_atttype(t->relid, attnum);
		for (k = 0; k < 3; k++)
			ok = ok || (OidIsValid(columns[i].allowed[k]) && type == columns[i].allowed[k]);
		if (!ok)
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("column \"%s\" of %s has type %s, not %s as drizzle creates it",
							columns[i].column, t->qualified, format_type_be(type), columns[i].drizzle_type),
					 errdetail("migtrack reads the history only in the built-in types drizzle's own DDL creates: reading another type could run code of the table's owner (its casts, operators or input functions) with the rights of the caller."),
					 errhint("%s", column_type_hint(t->relid, columns[i].column, type, columns[i].allowed[0], -1))));
	}
}

/* the relation now named schema.table, or InvalidOid */
static Oid
history_relid(const TrackingTable *t)
{
	Oid			nsp = get_namespace_oid(t->schema, true);

	return OidIsValid(nsp) ? get_relname_relid(t->table, nsp) : InvalidOid;
}

/* (Re)discover the table and its format from the catalog. */
static void
locate(TrackingTable *t)
{
	static const char *const required[] = {"id", "hash", "created_at"};
	char		relkind;
	size_t		i;

	t->relid = history_relid(t);
	t->format = TABLE_ABSENT;
	if (!OidIsValid(t->relid))
		return;

	relkind = get_rel_relkind(t->relid);
	if (relkind != RELKIND_RELATION && relkind != RELKIND_PARTITIONED_TABLE)
		ereport(ERROR,
				(errcode(ERRCODE_WRONG_OBJECT_TYPE),
				 errmsg("migrations table %s is not a table", t->qualified),
				 errhint("Pass migrations_schema and migrations_table as set in drizzle.config (migrations.schema, migrations.table).")));
	for (i = 0; i < lengthof(required); i++)
		if (!has_column(t->relid, required[i]))
			ereport(ERROR,
					(errcode(ERRCODE_UNDEFINED_COLUMN),
					 errmsg("table %s is not a drizzle migrations table", t->qualified),
					 errdetail("It has no column \"%s\".", required[i]),
					 errhint("Pass migrations_schema and migrations_table as set in drizzle.config (migrations.schema, migrations.table).")));
	/* drizzle 1.0 tells the versions apart by the "name" column alone */
	t->format = has_column(t->relid, "name") ? TABLE_V1 : TABLE_V0;
	check_column_types(t);
}

TrackingTable *
tracking_open(const char *schema, const char *table)
{
	TrackingTable *t = palloc0(sizeof(TrackingTable));

	t->schema = schema;
	t->table = table;
	t->qualified = quote_qualified_identifier(schema, table);
	locate(t);
	return t;
}

/* PostgreSQL's "permission denied" for the history, with the GRANT that is missing */
void
permission_denied(const char *kind, const char *object, const char *privileges)
{
	const char *role = quote_identifier(GetUserNameFromId(GetUserId(), false));

	ereport(ERROR,
			(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
			 errmsg("permission denied for %s %s", kind, object),
			 errhint("The history's owner (or a superuser) can grant it: GRANT %s ON %s%s TO %s;",
					 privileges, strcmp(kind, "schema") == 0 ? "SCHEMA " : strcmp(kind, "sequence") == 0 ? "SEQUENCE " : "",
					 object, role)));
}

/* Reading needs USAGE on the schema and SELECT on the table, as drizzle's migrate does. */
static void
check_read_privileges(const TrackingTable *t)
{
	Oid			nsp = get_rel_namespace(t->relid);

	if (pg_namespace_aclcheck(nsp, GetUserId(), ACL_USAGE) != ACLCHECK_OK)
		permission_denied("schema", quote_identifier(t->schema), "USAGE");
	if (pg_class_aclcheck(t->relid, GetUserId(), ACL_SELECT) != ACLCHECK_OK)
		permission_denied("table", t->qualified, "SELECT");
}

/*
 * Writing needs what drizzle's migrate needs: USAGE on the schema, SELECT and
 * INSERT on the table.  Check before locking, so that a caller without them
 * cannot queue an ACCESS EXCLUSIVE lock in front of everybody else.
 */
static void
check_write_privileges(const TrackingTable *t)
{
	ListCell   *lc;

	check_read_privileges(t);
	if (pg_class_aclcheck(t->relid, GetUserId(), ACL_INSERT) != ACLCHECK_OK)
		permission_denied("table", t->qualified, "INSERT");
	/* the id's SERIAL sequence: nextval() needs USAGE or UPDATE */
	foreach(lc, getOwnedSequences(t->relid))
		if (pg_class_aclcheck(lfirst_oid(lc), GetUserId(), ACL_USAGE | ACL_UPDATE) != ACLCHECK_OK)
			permission_denied("sequence",
							  quote_qualified_identifier(get_namespace_name(get_rel_namespace(lfirst_oid(lc))),
														 get_rel_name(lfirst_oid(lc))),
							  "USAGE");
}

/*
 * Serialise writers of this history.  A lock keyed on the table's name
 * covers the moment before the table exists; once it exists, an ACCESS
 * EXCLUSIVE lock makes a concurrent drizzle migrate wait even for its
 * "select ... order by created_at desc limit 1", so it reads our rows, not
 * the ones before them.  The name lock is an object lock on a class that
 * names no catalog (pg_extension's, with a hash for the object): no SQL can
 * take it, so no role -- however unprivileged -- can hold every sync back,
 * as it could hold an advisory lock.
 */
/*
 * Whether the writer taking the lock inserts rows (sync, migrate: INSERT and
 * the id sequence are checked here) or only updates or deletes them
 * (migtrack_repair, which checks UPDATE / DELETE itself before the lock).
 */
bool		tracking_lock_for_inserts = true;

void
tracking_lock(TrackingTable *t)
{
	char	   *key = psprintf("migtrack:%s.%s", t->schema, t->table);
	uint64		h = hash_bytes_extended((const unsigned char *) key, strlen(key), 0);
	LOCKTAG		tag;

	SET_LOCKTAG_OBJECT(tag, MyDatabaseId, ExtensionRelationId, (uint32) (h >> 32) ^ (uint32) h,
					   MIGTRACK_LOCK_SUBID);
	(void) LockAcquire(&tag, ExclusiveLock, false, false);
	/* a writer we waited for may have created the table: see its catalog rows */
	AcceptInvalidationMessages();

	locate(t);
	if (OidIsValid(t->relid))
	{
		if (tracking_lock_for_inserts)
			check_write_privileges(t);
		else
			check_read_privileges(t);
		LockRelationOid(t->relid, AccessExclusiveLock);
		/* it may have been dropped or upgraded while we waited */
		locate(t);
		if (OidIsValid(t->relid))
			tracking_check_writable(t, t->relid);
	}
}

static int64
max_id_and_count(TrackingTable *t, Snapshot snapshot, int64 *count)
{
	char	   *sql = psprintf("SELECT pg_catalog.count(*), pg_catalog.max(id::pg_catalog.int8) FROM %s",
							   t->qualified);
	SPIPlanPtr	plan = SPI_prepare(sql, 0, NULL);
	bool		isnull;
	int64		max;

	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
	spi_check(SPI_execute_snapshot(plan, NULL, NULL, snapshot, InvalidSnapshot,
								   true, false, 1),
			  SPI_OK_SELECT, "counting tracking rows");
	*count = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	max = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull));
	return isnull ? 0 : max;
}

/* an int2, int4 or int8 column's value (check_column_types() allowed no other) */
static int64
integer_value(Datum d, Oid type)
{
	switch (type)
	{
		case INT2OID:
			return DatumGetInt16(d);
		case INT4OID:
			return DatumGetInt32(d);
		default:
			return DatumGetInt64(d);
	}
}

void
tracking_read(TrackingTable *t)
{
	char	   *sql;
	int			nestlevel;
	int			i;

	t->nrows = 0;
	t->rows = NULL;
	if (t->format == TABLE_ABSENT)
		return;
	check_read_privileges(t);

	/*
	 * The columns as they are: their types were checked to be built-in, and
	 * nothing here converts them in SQL.  Row level security is not applied
	 * but refused (as pg_dump does): a policy would run the owner's code and
	 * could hide rows.
	 */
	sql = psprintf("SELECT id, hash, created_at%s FROM %s ORDER BY id",
				   t->format == TABLE_V1 ? ", name, applied_at" : "", t->qualified);
	nestlevel = NewGUCNestLevel();
	(void) set_config_option("row_security", "off", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	spi_check(SPI_execute(sql, false, 0), SPI_OK_SELECT, "reading the migrations table");
	AtEOXact_GUC(true, nestlevel);

	t->nrows = (int) SPI_processed;
	t->rows = palloc0(sizeof(TrackingRow) * Max(t->nrows, 1));
	for (i = 0; i < t->nrows; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		TrackingRow *r = &t->rows[i];
		bool		isnull;
		Datum		d;

		r->id = integer_value(SPI_getbinval(tup, desc, 1, &isnull), SPI_gettypeid(desc, 1));
		r->hash = SPI_getvalue(tup, desc, 2);
		if (r->hash == NULL)
			r->hash = "";
		d = SPI_getbinval(tup, desc, 3, &r->created_at_null);
		r->created_at = r->created_at_null ? 0 : integer_value(d, SPI_gettypeid(desc, 3));
		if (t->format == TABLE_V1)
		{
			r->name = SPI_getvalue(tup, desc, 4);
			d = SPI_getbinval(tup, desc, 5, &r->applied_at_null);
			r->applied_at = r->applied_at_null ? 0 : DatumGetTimestampTz(d);
		}
		else
		{
			r->name = NULL;
			r->applied_at_null = true;
		}
	}
	SPI_freetuptable(SPI_tuptable);

	/*
	 * Under REPEATABLE READ our snapshot predates the lock: rows another
	 * writer committed meanwhile would be invisible, and we would write them
	 * again.  Fail the way PostgreSQL fails a concurrent update instead.
	 */
	if (IsolationUsesXactSnapshot() && CheckRelationOidLockedByMe(t->relid, AccessExclusiveLock, false))
	{
		int64		count;
		int64		max_id = max_id_and_count(t, GetLatestSnapshot(), &count);

		if (count != t->nrows || (t->nrows > 0 && max_id != t->rows[t->nrows - 1].id))
			ereport(ERROR,
					(errcode(ERRCODE_T_R_SERIALIZATION_FAILURE),
					 errmsg("could not serialize access due to concurrent update of %s", t->qualified),
					 errhint("Run migtrack_sync again in a new transaction.")));
	}
}

bool
tracking_create(TrackingTable *t, JournalFormat format)
{
	/* drizzle's own migrate may have created it since we looked */
	AcceptInvalidationMessages();
	locate(t);
	if (t->format != TABLE_ABSENT)
	{
		tracking_lock(t);
		return false;
	}
	if (!OidIsValid(get_namespace_oid(t->schema, true)))
		spi_check(SPI_execute(psprintf("CREATE SCHEMA IF NOT EXISTS %s", quote_identifier(t->schema)),
							  false, 0),
				  SPI_OK_UTILITY, "creating the migrations schema");
	spi_check(SPI_execute(psprintf("CREATE TABLE IF NOT EXISTS %s (" DRIZZLE_TABLE_COLUMNS "%s)",
								   t->qualified, format == JOURNAL_V1 ? DRIZZLE_TABLE_COLUMNS_V1 : ""),
						  false, 0),
			  SPI_OK_UTILITY, "creating the migrations table");
	CommandCounterIncrement();
	tracking_lock(t);
	return true;
}

/*
 * drizzle 1.0's upgrade of a 0.x table (up-migrations/pg.js): add the two
 * columns, then name every old row and set its applied_at to NULL.
 * row_names[i] is the name for t->rows[i]; the caller has matched them all.
 */
void
tracking_upgrade_to_v1(TrackingTable *t, const char **row_names)
{
	Oid			types[2] = {TEXTOID, INT8OID};
	SPIPlanPtr	plan;
	int			i;
	CommandId	first = guard_own_history_writes_begin();

	spi_check(SPI_execute(psprintf("ALTER TABLE %s " DRIZZLE_UPGRADE_ADD_NAME, t->qualified), false, 0),
			  SPI_OK_UTILITY, "adding column name");
	spi_check(SPI_execute(psprintf("ALTER TABLE %s " DRIZZLE_UPGRADE_ADD_APPLIED_AT, t->qualified), false, 0),
			  SPI_OK_UTILITY, "adding column applied_at");
	CommandCounterIncrement();

	plan = SPI_prepare(psprintf("UPDATE %s SET name = $1, applied_at = NULL "
								"WHERE id OPERATOR(pg_catalog.=) $2", t->qualified),
					   2, types);
	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
	for (i = 0; i < t->nrows; i++)
	{
		Datum		values[2];

		values[0] = CStringGetTextDatum(row_names[i]);
		values[1] = Int64GetDatum(t->rows[i].id);
		if (SPI_execute_plan(plan, values, NULL, false, 0) != SPI_OK_UPDATE || SPI_processed != 1)
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("row id " INT64_FORMAT " of %s could not be named %s", t->rows[i].id,
							t->qualified, row_names[i]),
					 errdetail("The UPDATE of drizzle 1.0's upgrade changed no row (a rule or trigger on the table?)."),
					 errhint("drizzle-orm upgrades the table with plain UPDATEs: remove the rule or trigger from %s.",
							 t->qualified)));
	}
	guard_own_history_writes_end(first);
	locate(t);
}

/* drizzle's insert: ("hash", "created_at") for 0.x, plus "name" for 1.0 */
void
tracking_insert(TrackingTable *t, JournalFormat format,
				const Migration *const *migrations, int count)
{
	Oid			types[3] = {TEXTOID, INT8OID, TEXTOID};
	int			nargs = format == JOURNAL_V1 ? 3 : 2;
	SPIPlanPtr	plan;
	int			rc;
	int			i;

	if (count == 0)
		return;
	/*
	 * Again, on the table the INSERT will reach: a migration migtrack_migrate
	 * just ran may have changed the history, or replaced it (the INSERT names
	 * it).  Gone, it is the INSERT's error to report.
	 */
	{
		Oid			relid = history_relid(t);

		if (OidIsValid(relid))
			tracking_check_writable(t, relid);
	}
	plan = SPI_prepare(psprintf(format == JOURNAL_V1
								? "INSERT INTO %s (hash, created_at, name) VALUES ($1, $2, $3)"
								: "INSERT INTO %s (hash, created_at) VALUES ($1, $2)",
								t->qualified),
					   nargs, types);
	if (plan == NULL)
		elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
	for (i = 0; i < count; i++)
	{
		Datum		values[3];

		values[0] = CStringGetTextDatum(migrations[i]->hash);
		values[1] = Int64GetDatum(migrations[i]->created_at);
		values[2] = CStringGetTextDatum(migrations[i]->tag);
		rc = SPI_execute_plan(plan, values, NULL, false, 0);
		/* a rule or trigger a migration put on the table must not make us report a row we did not write */
		if ((rc != SPI_OK_INSERT && rc != SPI_OK_REWRITTEN) || SPI_processed != 1)
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("the row of migration \"%s\" was not written to %s", printable(migrations[i]->tag), t->qualified),
					 errdetail("The INSERT %s.", rc == SPI_OK_REWRITTEN
							   ? "was rewritten by a rule on the table"
							   : psprintf("wrote " UINT64_FORMAT " rows (a trigger on the table?)", SPI_processed)),
					 errhint("drizzle-orm writes its rows with a plain INSERT: remove the rule or trigger from %s.",
							 t->qualified)));
	}
}

const char *
tracking_format_name(TableFormat format)
{
	switch (format)
	{
		case TABLE_V0:
			return "v0";
		case TABLE_V1:
			return "v1";
		default:
			return NULL;
	}
}

/*
 * guard.c -- make "push in production" impossible to do silently.
 *
 * migtrack.guard = off | warn | error.  An event trigger owned by the
 * extension collects the schema changes of each transaction (DDL on
 * non-temporary objects other than the tracking table itself); at
 * pre-commit, a transaction that changed the schema but recorded no
 * migration in the tracking table gets a WARNING or fails.  drizzle's
 * migrate, migtrack_sync/migrate and drizzle's creation or upgrade of its
 * own table pass untouched.
 *
 * No shared_preload_libraries needed: the event trigger loads this module
 * in any backend that runs DDL, and _PG_init registers the setting and the
 * transaction callback then -- before that transaction commits.  Preloaded,
 * the setting is merely defined earlier.
 */
#include "postgres.h"

#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "commands/defrem.h"
#include "commands/event_trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "storage/lmgr.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"

#include "compat.h"
#include "migtrack.h"

typedef enum GuardMode
{
	GUARD_OFF,
	GUARD_WARN,
	GUARD_ERROR
} GuardMode;

static const struct config_enum_entry guard_options[] = {
	{"off", GUARD_OFF, false},
	{"warn", GUARD_WARN, false},
	{"error", GUARD_ERROR, false},
	{NULL, 0, false}
};

static int	guard_mode = GUARD_OFF;
static char *guard_schema = NULL;
static char *guard_table = NULL;

/* one schema change, and the subtransaction that made it */
typedef struct Change
{
	char	   *what;
	SubTransactionId subid;
} Change;

/* this transaction's schema changes, in TopTransactionContext */
static List *changes = NIL;

PG_FUNCTION_INFO_V1(migtrack_guard_ddl);

/* Is the guard meant to be on here, whatever this session set? */
static bool
guard_configured(void)
{
	const char *reset = GetConfigOptionResetString("migtrack.guard");

	return guard_mode != GUARD_OFF || (reset != NULL && strcmp(reset, "off") != 0);
}

/* objects drizzle itself creates for its history never need a migration, nor migtrack's own */
static bool
is_tracking_object(const char *type, const char *schema, const char *identity)
{
	char	   *table = quote_qualified_identifier(guard_schema, guard_table);
	/* the names PostgreSQL gives SERIAL's sequence and the primary key, truncated as it does */
	char	   *seq = quote_qualified_identifier(guard_schema, makeObjectName(guard_table, "id", "seq"));
	char	   *pkey = quote_qualified_identifier(guard_schema, makeObjectName(guard_table, NULL, "pkey"));

	if (strcmp(type, "schema") == 0)
		return strcmp(identity, quote_identifier(guard_schema)) == 0;
	if (schema == NULL || strcmp(schema, guard_schema) != 0)
		return false;
	/* "drizzle.__drizzle_migrations", or a column/constraint "... on drizzle.__drizzle_migrations" */
	return strcmp(identity, table) == 0 || strcmp(identity, seq) == 0 ||
		strcmp(identity, pkey) == 0 ||
		(strlen(identity) > strlen(table) &&
		 strcmp(identity + strlen(identity) - strlen(table), table) == 0);
}

static void
remember(const char *what)
{
	MemoryContext old = MemoryContextSwitchTo(TopTransactionContext);
	Change	   *c = palloc(sizeof(Change));

	c->what = pstrdup(what);
	c->subid = GetCurrentSubTransactionId();
	changes = lappend(changes, c);
	MemoryContextSwitchTo(old);
}

/* a rolled-back savepoint takes its changes with it; a released one hands them up */
static void
guard_subxact_callback(SubXactEvent event, SubTransactionId mySubid,
					   SubTransactionId parentSubid, void *arg pg_attribute_unused())
{
	ListCell   *lc;

	foreach(lc, changes)
	{
		Change	   *c = lfirst(lc);

		if (c->subid != mySubid)
			continue;
		if (event == SUBXACT_EVENT_ABORT_SUB)
			changes = foreach_delete_current(changes, lc);
		else if (event == SUBXACT_EVENT_COMMIT_SUB)
			c->subid = parentSubid;
	}
}

/*
 * The event trigger: ddl_command_end and sql_drop.  It only collects; the
 * verdict waits for commit, when the transaction's inserts are all known.
 */
Datum
migtrack_guard_ddl(PG_FUNCTION_ARGS)
{
	EventTriggerData *trigdata;
	const char *tag;
	bool		dropping;
	uint64		i;

	if (!CALLED_AS_EVENT_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("migtrack_guard_ddl() must be called as an event trigger")));
	if (!guard_configured())
		PG_RETURN_NULL();

	trigdata = (EventTriggerData *) fcinfo->context;
	tag = GetCommandTagName(trigdata->tag);
	/* privileges and refreshed data are not schema changes */
	if (strcmp(tag, "GRANT") == 0 || strcmp(tag, "REVOKE") == 0 ||
		strcmp(tag, "ALTER DEFAULT PRIVILEGES") == 0 || strcmp(tag, "REFRESH MATERIALIZED VIEW") == 0)
		PG_RETURN_NULL();
	dropping = strcmp(trigdata->event, "sql_drop") == 0;

	SPI_connect();
	if (SPI_execute(dropping
					? "SELECT object_type, schema_name, object_identity, is_temporary"
					"  FROM pg_catalog.pg_event_trigger_dropped_objects() WHERE original"
					: "SELECT object_type, schema_name, object_identity,"
					"       schema_name::pg_catalog.text OPERATOR(pg_catalog.~) '^pg_temp'"
					"  FROM pg_catalog.pg_event_trigger_ddl_commands() WHERE NOT in_extension",
					true, 0) != SPI_OK_SELECT)
		elog(ERROR, "migtrack: reading the event's commands failed");
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		char	   *type = SPI_getvalue(tup, desc, 1);
		char	   *schema = SPI_getvalue(tup, desc, 2);
		char	   *identity = SPI_getvalue(tup, desc, 3);
		char	   *temporary = SPI_getvalue(tup, desc, 4);

		/* drizzle creates and upgrades its table unrecorded; dropping history is a change */
		if ((temporary && strcmp(temporary, "t") == 0) || identity == NULL ||
			(!dropping && is_tracking_object(type, schema, identity)) ||
			(strcmp(type, "extension") == 0 && strcmp(identity, "migtrack") == 0))
			continue;
		remember(dropping ? psprintf("DROP %s %s", type, identity) : psprintf("%s %s", tag, identity));
	}
	SPI_finish();
	PG_RETURN_NULL();
}

/* Did this transaction (or one of its live subtransactions) add a row? */
static bool
migration_recorded(void)
{
	Oid			nsp = get_namespace_oid(guard_schema, true);
	Oid			relid = OidIsValid(nsp) ? get_relname_relid(guard_table, nsp) : InvalidOid;
	Relation	rel;
	TableScanDesc scan;
	HeapTuple	tup;
	bool		found = false;

	if (!OidIsValid(relid) || get_rel_relkind(relid) != RELKIND_RELATION)
		return false;
	/*
	 * An INSERT holds ROW EXCLUSIVE until the end of the transaction: without
	 * it, nothing was recorded.  Asking the lock manager first also keeps a
	 * transaction that never touched the history from waiting at commit
	 * behind a sync's or migrate's ACCESS EXCLUSIVE lock -- a deadlock when
	 * that one waits for a table this transaction changed.
	 */
	if (!CheckRelationOidLockedByMe(relid, RowExclusiveLock, true))
		return false;
	rel = table_open(relid, NoLock);
	/* rewritten (not created) in this transaction: every row's xmin is ours, proving nothing */
	if (rel->rd_newRelfilenodeSubid != InvalidSubTransactionId &&
		rel->rd_createSubid == InvalidSubTransactionId)
	{
		table_close(rel, NoLock);
		return false;
	}
	scan = table_beginscan(rel, SnapshotAny, 0, NULL);
	while (!found && (tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		HeapTupleHeader h = tup->t_data;

		/* inserted by us, not a new version of an old row, and not deleted since */
		found = TransactionIdIsCurrentTransactionId(HeapTupleHeaderGetXmin(h)) &&
			!(h->t_infomask & HEAP_UPDATED) &&
			((h->t_infomask & HEAP_XMAX_INVALID) || HEAP_XMAX_IS_LOCKED_ONLY(h->t_infomask) ||
			 !TransactionIdIsCurrentTransactionId(HeapTupleHeaderGetUpdateXid(h)));
	}
	table_endscan(scan);
	table_close(rel, NoLock);
	return found;
}

static char *
changes_text(void)
{
	StringInfoData s;
	ListCell   *lc;
	int			n = 0;

	initStringInfo(&s);
	foreach(lc, changes)
		if (n++ < 10)
			appendStringInfo(&s, "%s%s", s.len ? ", " : "", ((Change *) lfirst(lc))->what);
	if (n > 10)
		appendStringInfo(&s, ", and %d more", n - 10);
	return s.data;
}

/* turned off in this session although configured: an override, logged and audited */
static void
record_override(const char *what)
{
	JsonOut		jo;
	ListCell   *lc;

	ereport(LOG,
			(errmsg("migtrack: schema change outside a tracked migration allowed by migtrack.guard = off"),
			 errdetail("Commands: %s.", what)));
	jo_init(&jo);
	jo_open(&jo, NULL, '{');
	jo_string(&jo, "setting", GetConfigOptionResetString("migtrack.guard"));
	jo_open(&jo, "commands", '[');
	foreach(lc, changes)
		jo_string(&jo, NULL, ((Change *) lfirst(lc))->what);
	jo_close(&jo, ']');
	jo_close(&jo, '}');
	audit_record("guard_override", guard_schema, guard_table, NIL, 0, jo_finish(&jo));
}

static void
guard_at_commit(void)
{
	char	   *what;

	if (changes == NIL || migration_recorded())
		return;
	what = changes_text();
	if (guard_mode == GUARD_OFF)
	{
		record_override(what);
		return;
	}
	ereport(guard_mode == GUARD_ERROR ? ERROR : WARNING,
			(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			 errmsg("schema change outside a tracked migration"),
			 errdetail("This transaction ran %s without recording a migration in %s.", what,
					   quote_qualified_identifier(guard_schema, guard_table)),
			 errhint("Generate a migration and apply it with drizzle-kit migrate (or migtrack migrate); for an emergency fix, SET LOCAL migtrack.guard = off.")));
}

static void
guard_xact_callback(XactEvent event, void *arg pg_attribute_unused())
{
	switch (event)
	{
		case XACT_EVENT_PRE_COMMIT:
		case XACT_EVENT_PARALLEL_PRE_COMMIT:
		case XACT_EVENT_PRE_PREPARE:
			if (changes != NIL)
				guard_at_commit();
			changes = NIL;
			break;
		default:
			/* the list lived in TopTransactionContext, gone with it */
			changes = NIL;
			break;
	}
}

void
guard_init(void)
{
	DefineCustomEnumVariable("migtrack.guard",
							 "Whether a transaction may change the schema without recording a migration.",
							 "off: allowed; warn: allowed with a WARNING; error: the commit fails.",
							 &guard_mode, GUARD_OFF, guard_options,
							 PGC_SUSET, 0, NULL, NULL, NULL);
	DefineCustomStringVariable("migtrack.migrations_schema",
							   "Schema of the tracking table the guard watches (drizzle.config migrations.schema).",
							   NULL, &guard_schema, "drizzle", PGC_SUSET, 0, NULL, NULL, NULL);
	DefineCustomStringVariable("migtrack.migrations_table",
							   "Tracking table the guard watches (drizzle.config migrations.table).",
							   NULL, &guard_table, "__drizzle_migrations", PGC_SUSET, 0, NULL, NULL, NULL);
	MarkGUCPrefixReserved("migtrack");
	RegisterXactCallback(guard_xact_callback, NULL);
	RegisterSubXactCallback(guard_subxact_callback, NULL);
}

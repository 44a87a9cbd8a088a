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
 * transaction callback then -- before that transaction commits.
 *
 * Under the guard the history itself is append-only: DDL on it other than
 * drizzle's own creation and 1.0 upgrade, and (in a backend where migtrack
 * is loaded: preloaded, or since its first DDL or migtrack call) UPDATE,
 * DELETE or TRUNCATE of its rows other than drizzle's and migtrack's own,
 * are refused whatever the transaction recorded.  Commands that commit on
 * their own (CREATE INDEX CONCURRENTLY, ...) are judged before they start.
 *
 * The setting is PGC_SUSET.  A value a role may not set that reached the
 * session before the module loaded (PGOPTIONS, a URI's options, an early
 * SET) is discarded by PostgreSQL when the module loads; the guard then
 * applies the value configured for the database and role, never the
 * built-in "off".  Every schema change committed under a weaker setting
 * than the configured one -- however that setting came about -- is logged
 * and audited as an override.
 */
#include "postgres.h"

#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/genam.h"
#include "access/xact.h"
#include "catalog/indexing.h"
#include "catalog/pg_db_role_setting.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "catalog/namespace.h"
#include "commands/defrem.h"
#include "commands/event_trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "storage/lmgr.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
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

/* a value of migtrack.* was set before the module loaded: it may have been discarded */
static bool placeholder_seen = false;

/* this transaction changed the history other than by appending rows (DDL) */
static List *history_changes = NIL;

/*
 * An override of a command that commits on its own, judged at its start: on
 * record at its ddl_command_end, in its last transaction (its first must not
 * write).  In TopMemoryContext: the command commits transactions between.
 */
static char *pending_override = NULL;
static int	pending_mode;
static int	pending_configured;

/* this transaction may update the history's rows: drizzle's own 1.0 upgrade (its DDL, then its UPDATE) */
static bool history_update_allowed = false;

/*
 * The commands of migtrack's own rewrites of the history (repair, the 1.0
 * upgrade in sync and migrate): first and last command id of each, in
 * TopTransactionContext.  A row they deleted or updated is theirs; any
 * other such row in the same transaction is judged as it would be without
 * them.
 */
typedef struct OwnWrites
{
	CommandId	first;
	CommandId	last;
} OwnWrites;
static List *own_writes = NIL;

/* one schema change, and the subtransaction that made it */
typedef struct Change
{
	char	   *what;
	SubTransactionId subid;
} Change;

/* this transaction's schema changes, in TopTransactionContext */
static List *changes = NIL;

PG_FUNCTION_INFO_V1(migtrack_guard_ddl);
static void record_override(const char *what, List *commands, int mode, int configured);
PG_FUNCTION_INFO_V1(migtrack_guard_start);

static int
mode_of(const char *value)
{
	const struct config_enum_entry *e;

	for (e = guard_options; value != NULL && e->name; e++)
		if (pg_strcasecmp(e->name, value) == 0)
			return e->val;
	return GUARD_OFF;
}

/*
 * The value of a migtrack.* setting configured for this database and session
 * role (ALTER DATABASE / ROLE ... SET), with PostgreSQL's precedence:
 * database and role, role, database, all.  NULL if none.  Needs a
 * transaction.
 */
static char *
configured_setting(const char *name)
{
	const Oid	where[4][2] = {
		{MyDatabaseId, GetSessionUserId()}, {InvalidOid, GetSessionUserId()},
		{MyDatabaseId, InvalidOid}, {InvalidOid, InvalidOid}
	};
	size_t		namelen = strlen(name);
	Relation	rel = table_open(DbRoleSettingRelationId, AccessShareLock);
	char	   *found = NULL;
	int			w;

	for (w = 0; w < 4 && found == NULL; w++)
	{
		ScanKeyData keys[2];
		SysScanDesc scan;
		HeapTuple	tup;

		ScanKeyInit(&keys[0], Anum_pg_db_role_setting_setdatabase, BTEqualStrategyNumber, F_OIDEQ,
					ObjectIdGetDatum(where[w][0]));
		ScanKeyInit(&keys[1], Anum_pg_db_role_setting_setrole, BTEqualStrategyNumber, F_OIDEQ,
					ObjectIdGetDatum(where[w][1]));
		scan = systable_beginscan(rel, DbRoleSettingDatidRolidIndexId, true, NULL, 2, keys);
		while (found == NULL && HeapTupleIsValid(tup = systable_getnext(scan)))
		{
			bool		isnull;
			Datum		config = heap_getattr(tup, Anum_pg_db_role_setting_setconfig,
											 RelationGetDescr(rel), &isnull);
			Datum	   *items;
			int			nitems;
			int			i;

			if (isnull)
				continue;
			deconstruct_array(DatumGetArrayTypeP(config), TEXTOID, -1, false, TYPALIGN_INT,
							  &items, NULL, &nitems);
			for (i = 0; i < nitems; i++)
			{
				char	   *item = TextDatumGetCString(items[i]);

				if (pg_strncasecmp(item, name, namelen) == 0 && item[namelen] == '=')
					found = pstrdup(item + namelen + 1);
			}
		}
		systable_endscan(scan);
	}
	table_close(rel, AccessShareLock);
	return found;
}

/* the session's role could not have set migtrack.* itself: a value it gave was discarded */
static bool
placeholder_discarded(void)
{
	Oid			role = GetSessionUserId();

	return placeholder_seen && !superuser_arg(role) &&
		pg_parameter_aclcheck("migtrack.guard", role, ACL_SET) != ACLCHECK_OK;
}

/* the mode configured for this database and role, else the session's default */
static int
configured_mode(void)
{
	char	   *value = configured_setting("migtrack.guard");

	return value ? mode_of(value) : mode_of(GetConfigOptionResetString("migtrack.guard"));
}

/* the mode in force: the session's, unless a value it was not allowed to set was discarded */
static int
effective_mode(void)
{
	return placeholder_discarded() ? Max(guard_mode, configured_mode()) : guard_mode;
}

/* Is the guard meant to be on here, whatever this session set? */
static bool
guard_configured(void)
{
	const char *reset = GetConfigOptionResetString("migtrack.guard");

	return guard_mode != GUARD_OFF || placeholder_seen || (reset != NULL && strcmp(reset, "off") != 0) ||
		configured_setting("migtrack.guard") != NULL;
}

/* the history the guard watches: the configured one if a value the session gave was discarded */
static const char *
watched(const char *name, const char *value)
{
	char	   *configured;

	if (!placeholder_discarded())
		return value;
	configured = configured_setting(name);
	return configured ? configured : value;
}

#define WATCHED_SCHEMA() watched("migtrack.migrations_schema", guard_schema)
#define WATCHED_TABLE() watched("migtrack.migrations_table", guard_table)

/* migtrack's own rewrite of history rows begins: the first command it may use */
CommandId
guard_own_history_writes_begin(void)
{
	CommandCounterIncrement();
	return GetCurrentCommandId(true);
}

/* ... and ends: the rows its commands deleted or updated are its own */
void
guard_own_history_writes_end(CommandId first)
{
	MemoryContext old = MemoryContextSwitchTo(TopTransactionContext);
	OwnWrites  *w = palloc(sizeof(OwnWrites));

	w->first = first;
	w->last = GetCurrentCommandId(false);
	own_writes = lappend(own_writes, w);
	MemoryContextSwitchTo(old);
}

/* was the old row version h deleted or updated by one of migtrack's own writes? */
static bool
own_write(HeapTupleHeader h)
{
	CommandId	cmax = HeapTupleHeaderGetCmax(h);
	ListCell   *lc;

	foreach(lc, own_writes)
	{
		OwnWrites  *w = lfirst(lc);

		if (cmax >= w->first && cmax <= w->last)
			return true;
	}
	return false;
}

/* objects drizzle itself creates for its history never need a migration, nor migtrack's own */
static bool
is_tracking_object(const char *type, const char *schema, const char *identity)
{
	const char *hschema = WATCHED_SCHEMA();
	const char *htable = WATCHED_TABLE();
	char	   *table = quote_qualified_identifier(hschema, htable);
	/* the names PostgreSQL gives SERIAL's sequence and the primary key, truncated as it does */
	char	   *seq = quote_qualified_identifier(hschema, makeObjectName(htable, "id", "seq"));
	char	   *pkey = quote_qualified_identifier(hschema, makeObjectName(htable, NULL, "pkey"));

	if (strcmp(type, "schema") == 0)
		return strcmp(identity, quote_identifier(hschema)) == 0;
	/* a trigger, rule, policy or constraint "... on drizzle.__drizzle_migrations" (no schema of its own) */
	if (strlen(identity) > strlen(table) + 4 &&
		strcmp(identity + strlen(identity) - strlen(table) - 4, psprintf(" on %s", table)) == 0)
		return true;
	if (schema == NULL || strcmp(schema, hschema) != 0)
		return false;
	/* "drizzle.__drizzle_migrations", a column "drizzle.__drizzle_migrations.x", its sequence, its key */
	return strcmp(identity, table) == 0 || strcmp(identity, seq) == 0 ||
		strcmp(identity, pkey) == 0 ||
		(strncmp(identity, table, strlen(table)) == 0 && identity[strlen(table)] == '.');
}

static void
remember_in(List **list, const char *what)
{
	MemoryContext old = MemoryContextSwitchTo(TopTransactionContext);
	Change	   *c = palloc(sizeof(Change));

	c->what = pstrdup(what);
	c->subid = GetCurrentSubTransactionId();
	*list = lappend(*list, c);
	MemoryContextSwitchTo(old);
}

#define remember(what) remember_in(&changes, (what))

/*
 * What drizzle itself does to its history's definition: create the schema,
 * the table (with its sequence and primary key), and in 1.0 add the name
 * and applied_at columns.  Anything else changes the history.
 */
static bool
drizzle_history_ddl(const char *tag, Node *parsetree)
{
	ListCell   *lc;

	if (strcmp(tag, "CREATE SCHEMA") == 0 || strcmp(tag, "CREATE TABLE") == 0)
		return true;
	if (strcmp(tag, "ALTER TABLE") != 0 || parsetree == NULL || !IsA(parsetree, AlterTableStmt))
		return false;
	foreach(lc, ((AlterTableStmt *) parsetree)->cmds)
	{
		AlterTableCmd *cmd = lfirst(lc);
		const char *column;

		if (cmd->subtype != AT_AddColumn)
			return false;
		column = ((ColumnDef *) cmd->def)->colname;
		if (strcmp(column, "name") != 0 && strcmp(column, "applied_at") != 0)
			return false;
	}
	/* drizzle 1.0 names the old rows right after */
	history_update_allowed = true;
	return true;
}

/* commands that commit on their own: judged before they start (migtrack_guard_start) */
static bool
commits_on_its_own(Node *parsetree)
{
	ListCell   *lc;

	if (parsetree == NULL)
		return false;
	if (IsA(parsetree, IndexStmt))
		return ((IndexStmt *) parsetree)->concurrent;
	if (IsA(parsetree, DropStmt))
		return ((DropStmt *) parsetree)->concurrent;
	if (IsA(parsetree, AlterTableStmt))
		foreach(lc, ((AlterTableStmt *) parsetree)->cmds)
		{
			AlterTableCmd *cmd = lfirst(lc);

			if (cmd->subtype == AT_DetachPartition && cmd->def && IsA(cmd->def, PartitionCmd) &&
				((PartitionCmd *) cmd->def)->concurrent)
				return true;
		}
	return false;
}

/* a rolled-back savepoint takes its changes with it; a released one hands them up */
static void
guard_subxact_callback(SubXactEvent event, SubTransactionId mySubid,
					   SubTransactionId parentSubid, void *arg pg_attribute_unused())
{
	ListCell   *lc;

	List	  **lists[2] = {&changes, &history_changes};
	int			i;

	for (i = 0; i < 2; i++)
		foreach(lc, *lists[i])
		{
			Change	   *c = lfirst(lc);

			if (c->subid != mySubid)
				continue;
			if (event == SUBXACT_EVENT_ABORT_SUB)
				*lists[i] = foreach_delete_current(*lists[i], lc);
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
	/* judged before it started (migtrack_guard_start); its override goes on record at its end */
	if (commits_on_its_own(trigdata->parsetree))
	{
		if (pending_override && !dropping)
		{
			List	   *commands = NIL;

			remember_in(&commands, pending_override);
			record_override(pending_override, commands, pending_mode, pending_configured);
			pfree(pending_override);
			pending_override = NULL;
		}
		PG_RETURN_NULL();
	}

	SPI_connect();
	if (SPI_execute(dropping
					? "SELECT object_type, schema_name, object_identity, is_temporary"
					"  FROM pg_catalog.pg_event_trigger_dropped_objects() WHERE original"
					: "SELECT object_type, schema_name, object_identity,"
					"       schema_name::pg_catalog.text OPERATOR(pg_catalog.~) '^pg_temp'"
					"  FROM pg_catalog.pg_event_trigger_ddl_commands() WHERE NOT in_extension",
					true, 0) != SPI_OK_SELECT)
		elog(ERROR, "reading the event's commands failed");
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		char	   *type = SPI_getvalue(tup, desc, 1);
		char	   *schema = SPI_getvalue(tup, desc, 2);
		char	   *identity = SPI_getvalue(tup, desc, 3);
		char	   *temporary = SPI_getvalue(tup, desc, 4);

		if ((temporary && strcmp(temporary, "t") == 0) || identity == NULL ||
			(strcmp(type, "extension") == 0 && strcmp(identity, "migtrack") == 0))
			continue;
		/* drizzle creates and upgrades its table unrecorded; anything else done to it changes history */
		if (is_tracking_object(type, schema, identity))
		{
			if (dropping || !drizzle_history_ddl(tag, trigdata->parsetree))
				remember_in(&history_changes,
							dropping ? psprintf("DROP %s %s", type, identity) : psprintf("%s %s", tag, identity));
			continue;
		}
		remember(dropping ? psprintf("DROP %s %s", type, identity) : psprintf("%s %s", tag, identity));
	}
	SPI_finish();
	PG_RETURN_NULL();
}

/*
 * What this transaction did to the history's rows: added a live row (a
 * recorded migration), and/or deleted, updated or truncated rows.
 */
typedef struct HistoryWrites
{
	bool		inserted;
	bool		rewritten;		/* a DELETE, an UPDATE or a TRUNCATE */
} HistoryWrites;

static HistoryWrites
history_writes(void)
{
	HistoryWrites w = {false, false};
	const char *hschema = WATCHED_SCHEMA();
	Oid			nsp = get_namespace_oid(hschema, true);
	Oid			relid = OidIsValid(nsp) ? get_relname_relid(WATCHED_TABLE(), nsp) : InvalidOid;
	Relation	rel;
	TableScanDesc scan;
	HeapTuple	tup;

	if (!OidIsValid(relid) || get_rel_relkind(relid) != RELKIND_RELATION)
		return w;
	/*
	 * Every write holds ROW EXCLUSIVE (or more) until the end of the
	 * transaction: without it, nothing was written.  Asking the lock manager
	 * first also keeps a transaction that never touched the history from
	 * waiting at commit behind a sync's or migrate's ACCESS EXCLUSIVE lock --
	 * a deadlock when that one waits for a table this transaction changed.
	 */
	if (!CheckRelationOidLockedByMe(relid, RowExclusiveLock, true))
		return w;
	rel = table_open(relid, NoLock);
	/* rewritten (not created) in this transaction: TRUNCATE, or a table rewrite */
	if (RelationNewRelfilenodeSubid(rel) != InvalidSubTransactionId &&
		rel->rd_createSubid == InvalidSubTransactionId)
	{
		table_close(rel, NoLock);
		w.rewritten = true;
		return w;
	}
	scan = migtrack_table_beginscan(rel, SnapshotAny, 0, NULL);
	while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		HeapTupleHeader h = tup->t_data;
		bool		ours = TransactionIdIsCurrentTransactionId(HeapTupleHeaderGetXmin(h));
		bool		killed_by_us = !(h->t_infomask & HEAP_XMAX_INVALID) &&
			!HEAP_XMAX_IS_LOCKED_ONLY(h->t_infomask) &&
			TransactionIdIsCurrentTransactionId(HeapTupleHeaderGetUpdateXid(h));

		/* inserted by us, not a new version of an old row, and not deleted since */
		if (ours && !(h->t_infomask & HEAP_UPDATED) && !killed_by_us)
			w.inserted = true;
		/* a row that was there before, deleted or updated by us (not by migtrack's own writes) */
		if (killed_by_us && !ours && !own_write(h))
			w.rewritten = true;
	}
	table_endscan(scan);
	table_close(rel, NoLock);
	return w;
}

static char *
changes_text(List *list)
{
	StringInfoData s;
	ListCell   *lc;
	int			n = 0;

	initStringInfo(&s);
	foreach(lc, list)
		if (n++ < 10)
			appendStringInfo(&s, "%s%s", s.len ? ", " : "", ((Change *) lfirst(lc))->what);
	if (n > 10)
		appendStringInfo(&s, ", and %d more", n - 10);
	return s.data;
}

/*
 * A weaker setting than the configured one let a change through: logged and
 * audited whatever route the setting took (SET, SET LOCAL, startup options,
 * a role's setting).
 */
static void
record_override(const char *what, List *commands, int mode, int configured)
{
	JsonOut		jo;
	ListCell   *lc;

	ereport(LOG,
			(errmsg("change outside a tracked migration allowed by migtrack.guard = %s (configured: %s)",
					guard_options[mode].name, guard_options[configured].name),
			 errdetail("Commands: %s.", what)));
	jo_init(&jo);
	jo_open(&jo, NULL, '{');
	jo_string(&jo, "setting", guard_options[configured].name);
	jo_string(&jo, "effective", guard_options[mode].name);
	jo_open(&jo, "commands", '[');
	foreach(lc, commands)
		jo_string(&jo, NULL, ((Change *) lfirst(lc))->what);
	jo_close(&jo, ']');
	jo_close(&jo, '}');
	audit_record("guard_override", WATCHED_SCHEMA(), WATCHED_TABLE(), NIL, 0, jo_finish(&jo));
}

static char *
history_name(void)
{
	return quote_qualified_identifier(WATCHED_SCHEMA(), WATCHED_TABLE());
}

static void
guard_at_commit(void)
{
	/* cheap unless this transaction wrote the history: it asks the lock manager first */
	HistoryWrites w = history_writes();
	int			mode;
	int			configured;

	if (w.rewritten && !history_update_allowed)
		remember_in(&history_changes, psprintf("DELETE, UPDATE or TRUNCATE of %s", history_name()));
	/* a recorded migration excuses schema changes, never changes to the history itself */
	if (history_changes == NIL && (changes == NIL || w.inserted))
		return;
	if (!guard_configured())
		return;
	mode = effective_mode();
	configured = configured_mode();
	if (history_changes == NIL)
	{
		char	   *what = changes_text(changes);

		if (mode < configured)
			record_override(what, changes, mode, configured);
		if (mode == GUARD_OFF)
			return;
		ereport(mode == GUARD_ERROR ? ERROR : WARNING,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("schema change outside a tracked migration"),
				 errdetail("This transaction ran %s without recording a migration in %s.", what, history_name()),
				 errhint("Generate a migration and apply it with drizzle-kit migrate (or migtrack migrate); for an emergency fix, SET LOCAL migtrack.guard = off.")));
		return;
	}
	else
	{
		char	   *what = changes_text(history_changes);

		if (mode < configured)
			record_override(what, history_changes, mode, configured);
		if (mode == GUARD_OFF)
			return;
		ereport(mode == GUARD_ERROR ? ERROR : WARNING,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("change to the migration history %s", history_name()),
				 errdetail("This transaction ran %s. Under migtrack.guard the history only grows: rows are added by drizzle-kit migrate or migtrack, never changed or removed, and the table is changed only by drizzle's own DDL.", what),
				 errhint("Repair the history with migtrack's functions; for an emergency fix, SET LOCAL migtrack.guard = off (recorded in migtrack.audit).")));
	}
}

/*
 * The event trigger at ddl_command_start: commands that commit on their own
 * (CREATE INDEX CONCURRENTLY, DROP INDEX CONCURRENTLY, DETACH PARTITION ...
 * CONCURRENTLY) cannot be refused at commit without leaving them half done,
 * and never record a migration: they are judged before they start.
 */
Datum
migtrack_guard_start(PG_FUNCTION_ARGS)
{
	EventTriggerData *trigdata;
	int			mode;
	int			configured;
	char	   *what;

	if (!CALLED_AS_EVENT_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("migtrack_guard_start() must be called as an event trigger")));
	trigdata = (EventTriggerData *) fcinfo->context;
	if (!commits_on_its_own(trigdata->parsetree) || !guard_configured())
		PG_RETURN_NULL();
	mode = effective_mode();
	configured = configured_mode();
	what = psprintf("%s CONCURRENTLY", GetCommandTagName(trigdata->tag));
	if (mode < configured)
	{
		/* on record at its end (migtrack_guard_ddl): writing now would stop it */
		if (pending_override)
			pfree(pending_override);
		pending_override = MemoryContextStrdup(TopMemoryContext, what);
		pending_mode = mode;
		pending_configured = configured;
	}
	if (mode == GUARD_OFF)
		PG_RETURN_NULL();
	ereport(mode == GUARD_ERROR ? ERROR : WARNING,
			(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			 errmsg("schema change outside a tracked migration"),
			 errdetail("%s commits on its own and cannot record a migration in %s.", what, history_name()),
			 errhint("Put the change in a migration without CONCURRENTLY (drizzle runs each migration in a transaction); for an emergency fix, SET migtrack.guard = off in this session.")));
	PG_RETURN_NULL();
}

static void
guard_xact_callback(XactEvent event, void *arg pg_attribute_unused())
{
	switch (event)
	{
		case XACT_EVENT_PRE_COMMIT:
		case XACT_EVENT_PRE_PREPARE:
			guard_at_commit();
			changes = history_changes = own_writes = NIL;
			history_update_allowed = false;
			break;
		default:
			/* the lists lived in TopTransactionContext, gone with them */
			changes = history_changes = own_writes = NIL;
			history_update_allowed = false;
			break;
	}
}

void
guard_init(void)
{
	/* a value given before we were loaded; PostgreSQL re-checks it below and may discard it */
	placeholder_seen = GetConfigOption("migtrack.guard", true, false) != NULL ||
		GetConfigOption("migtrack.migrations_schema", true, false) != NULL ||
		GetConfigOption("migtrack.migrations_table", true, false) != NULL;
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

/*
 * repair.c -- migtrack_repair(): fix what the history says, each change named
 * explicitly, so that drizzle-kit migrate then reads the truth.
 *
 *   accept_edits  the recorded hash of each named hash_mismatch migration
 *                 becomes its file's hash (a comment-only or formatting edit)
 *   forget_rows   delete each named row that records no migration of the
 *                 journal as drizzle reads it (its file is gone for good, or
 *                 it is a stale copy of a regenerated migration)
 *   name_rows     give a 1.0 history's rows without a name the name drizzle
 *                 1.0's own upgrade would give them (a 0.x drizzle-kit wrote
 *                 them after the upgrade)
 *
 * As sync: one transaction, the writers' lock, privileges checked before it
 * is taken, a dry run that shows the exact changes, an audit entry for every
 * write, and a refusal naming the item when it is not in the state the
 * option fixes.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"

#include "compat.h"
#include "migtrack.h"

PG_FUNCTION_INFO_V1(migtrack_repair);

typedef enum ChangeKind
{
	CHANGE_ACCEPT_EDIT,
	CHANGE_FORGET,
	CHANGE_NAME
} ChangeKind;

typedef struct Change
{
	ChangeKind	kind;
	const TrackingRow *row;
	const Migration *m;			/* accept_edit, name: the migration */
} Change;

static int
row_index(const TrackingTable *t, int64 id)
{
	int			i;

	for (i = 0; i < t->nrows; i++)
		if (t->rows[i].id == id)
			return i;
	return -1;
}

static void
refuse(const char *what, const char *why, const char *hint)
{
	ereport(ERROR,
			(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			 errmsg("cannot repair: %s", what),
			 errdetail("%s", why),
			 hint ? errhint("%s", hint) : 0));
}

static void
need_privilege(const TrackingTable *t, AclMode mode, const char *name)
{
	if (pg_class_aclcheck(t->relid, GetUserId(), mode) != ACLCHECK_OK)
		permission_denied("table", t->qualified, name);
}

/* the changes the options ask for, each checked against the analysis */
static List *
plan_repair(const Analysis *a, List *accept_edits, List *forget_rows, bool name_rows)
{
	const Journal *j = a->journal;
	const TrackingTable *t = a->table;
	List	   *changes = NIL;
	List	   *accepted = NIL;		/* each item once: a second write would change nothing */
	List	   *forgotten = NIL;
	ListCell   *lc;
	int			r;

	foreach(lc, accept_edits)
	{
		const char *tag = lfirst(lc);
		int			m = journal_find(j, tag);
		Change	   *c;

		if (m < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("accept_edits names \"%s\", which is not a migration in the journal", printable(tag))));
		if (a->status[m] != MIG_HASH_MISMATCH)
			refuse(psprintf("migration \"%s\" is %s, not hash_mismatch", printable(tag),
							migration_status_name(a->status[m])),
				   "accept_edits only records the file's current hash for a migration whose recorded hash differs.",
				   NULL);
		if (list_member_int(accepted, m))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("accept_edits names \"%s\" twice", printable(tag))));
		accepted = lappend_int(accepted, m);
		c = palloc0(sizeof(Change));
		c->kind = CHANGE_ACCEPT_EDIT;
		c->row = &t->rows[a->row_of[m]];
		c->m = &j->migrations[m];
		changes = lappend(changes, c);
	}
	foreach(lc, forget_rows)
	{
		int64		id = *(int64 *) lfirst(lc);
		Change	   *c;

		r = row_index(t, id);
		if (r < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("forget_rows names row id " INT64_FORMAT ", which is not in %s", id, t->qualified)));
		if (a->migration_of[r] >= 0)
			refuse(psprintf("row id " INT64_FORMAT " records migration \"%s\"", id,
							printable(j->migrations[a->migration_of[r]].tag)),
				   "forget_rows only deletes rows that record no migration of the journal.", NULL);
		if (a->name_for != NULL && a->name_for[r] >= 0)
			refuse(psprintf("row id " INT64_FORMAT " records migration \"%s\" under no name", id,
							printable(j->migrations[a->name_for[r]].tag)),
				   "It is the row of a migration that drizzle 1.0 cannot see without its name.",
				   "Name it instead: name_rows => true.");
		if (list_member_int(forgotten, r))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("forget_rows names row id " INT64_FORMAT " twice", id)));
		forgotten = lappend_int(forgotten, r);
		c = palloc0(sizeof(Change));
		c->kind = CHANGE_FORGET;
		c->row = &t->rows[r];
		changes = lappend(changes, c);
	}
	if (name_rows)
	{
		int			named = 0;

		for (r = 0; a->name_for != NULL && r < t->nrows; r++)
			if (a->name_for[r] >= 0)
			{
				Change	   *c = palloc0(sizeof(Change));

				c->kind = CHANGE_NAME;
				c->row = &t->rows[r];
				c->m = &j->migrations[a->name_for[r]];
				changes = lappend(changes, c);
				named++;
			}
		if (named == 0)
			refuse("no row to name",
				   t->format == TABLE_V1 && j->format == JOURNAL_V1
				   ? "Every row without a name matches no migration of the journal, or there is none: name_rows names a row only as drizzle 1.0's upgrade would."
				   : "name_rows names the rows of a 1.0 history (a table with a name column) for a 1.0 journal.",
				   NULL);
	}
	return changes;
}

/* run one UPDATE or DELETE of exactly one row */
static void
write_one(const char *sql, int nargs, Oid *types, Datum *values, const TrackingTable *t, int64 id)
{
	int			rc = SPI_execute_with_args(sql, nargs, types, values, NULL, false, 0);

	if ((rc != SPI_OK_UPDATE && rc != SPI_OK_DELETE) || SPI_processed != 1)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("row id " INT64_FORMAT " of %s was not changed", id, t->qualified),
				 errdetail("The statement %s.", rc == SPI_OK_REWRITTEN ? "was rewritten by a rule on the table"
						   : psprintf("changed " UINT64_FORMAT " rows (a trigger on the table?)", SPI_processed)),
				 errhint("Remove the rule or trigger from %s.", t->qualified)));
}

static void
apply_change(const Change *c, const TrackingTable *t)
{
	Oid			types[2] = {TEXTOID, INT8OID};
	Datum		values[2];

	values[1] = Int64GetDatum(c->row->id);
	switch (c->kind)
	{
		case CHANGE_ACCEPT_EDIT:
			values[0] = CStringGetTextDatum(c->m->hash);
			write_one(psprintf("UPDATE %s SET hash = $1 WHERE id OPERATOR(pg_catalog.=) $2", t->qualified),
					  2, types, values, t, c->row->id);
			break;
		case CHANGE_NAME:
			values[0] = CStringGetTextDatum(c->m->tag);
			write_one(psprintf("UPDATE %s SET name = $1 WHERE id OPERATOR(pg_catalog.=) $2", t->qualified),
					  2, types, values, t, c->row->id);
			break;
		case CHANGE_FORGET:
			write_one(psprintf("DELETE FROM %s WHERE id OPERATOR(pg_catalog.=) $1", t->qualified),
					  1, &types[1], &values[1], t, c->row->id);
			break;
	}
}

static void
change_json(JsonOut *jo, const Change *c)
{
	static const char *const kinds[] = {"accept_edit", "forget", "name_row"};

	jo_open(jo, NULL, '{');
	jo_string(jo, "action", kinds[c->kind]);
	jo_int(jo, "row_id", c->row->id);
	jo_string(jo, "tag", c->m ? c->m->tag : NULL);
	jo_string(jo, "hash_before", c->row->hash);
	jo_string(jo, "hash_after", c->kind == CHANGE_ACCEPT_EDIT ? c->m->hash
			  : c->kind == CHANGE_FORGET ? NULL : c->row->hash);
	if (c->row->created_at_null)
		jo_string(jo, "created_at", NULL);
	else
		jo_int(jo, "created_at", c->row->created_at);
	jo_string(jo, "name_before", c->row->name);
	jo_string(jo, "name_after", c->kind == CHANGE_NAME ? c->m->tag
			  : c->kind == CHANGE_FORGET ? NULL : c->row->name);
	jo_close(jo, '}');
}

Datum
migtrack_repair(PG_FUNCTION_ARGS)
{
	Jsonb	   *journal = arg_journal(fcinfo, 0, true);
	List	   *accept_edits = PG_NARGS() > 1 && !PG_ARGISNULL(1) ? text_array_list(PG_GETARG_ARRAYTYPE_P(1)) : NIL;
	List	   *forget_rows = NIL;
	bool		name_rows = arg_bool(fcinfo, 3, "name_rows", false);
	bool		dry_run = arg_bool(fcinfo, 4, "dry_run", false);
	char	   *schema = arg_name(fcinfo, 5, "migrations_schema");
	char	   *table = arg_name(fcinfo, 6, "migrations_table");
	MemoryContext outer = CurrentMemoryContext;
	Analysis   *volatile a;		/* set inside PG_TRY */
	List	   *changes;
	List	   *tags = NIL;
	JsonOut		jo;
	Jsonb	   *result;
	ListCell   *lc;

	if (PG_NARGS() > 2 && !PG_ARGISNULL(2))
	{
		Datum	   *ids;
		bool	   *nulls;
		int			n;
		int			i;

		deconstruct_array(PG_GETARG_ARRAYTYPE_P(2), INT8OID, 8, FLOAT8PASSBYVAL, TYPALIGN_DOUBLE,
						  &ids, &nulls, &n);
		for (i = 0; i < n; i++)
		{
			int64	   *id = palloc(sizeof(int64));

			if (nulls[i])
				ereport(ERROR,
						(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
						 errmsg("forget_rows must not contain NULL")));
			*id = DatumGetInt64(ids[i]);
			forget_rows = lappend(forget_rows, id);
		}
	}
	if (accept_edits == NIL && forget_rows == NIL && !name_rows)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("nothing to repair"),
				 errhint("Name what to repair: accept_edits => ARRAY['tag'], forget_rows => ARRAY[row id], or name_rows => true.")));

	SPI_connect();
	/* privileges first: nobody without them queues behind the writers' lock */
	{
		TrackingTable *t = tracking_open(schema, table);

		if (t->format == TABLE_ABSENT)
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("cannot repair: %s does not exist", t->qualified),
					 errhint("Pass migrations_schema and migrations_table as set in drizzle.config (migrations.schema, migrations.table).")));
		if (accept_edits != NIL || name_rows)
			need_privilege(t, ACL_UPDATE, "UPDATE");
		if (forget_rows != NIL)
			need_privilege(t, ACL_DELETE, "DELETE");
	}
	/* the lock checks what sync needs (INSERT); repair checked UPDATE / DELETE above */
	tracking_lock_for_inserts = false;
	PG_TRY();
	{
		a = analysis_load(journal, schema, table, !dry_run, true);
	}
	PG_FINALLY();
	{
		tracking_lock_for_inserts = true;
	}
	PG_END_TRY();
	changes = plan_repair(a, accept_edits, forget_rows, name_rows);

	if (!dry_run)
	{
		CommandId	first = guard_own_history_writes_begin();

		foreach(lc, changes)
			apply_change(lfirst(lc), a->table);
		guard_own_history_writes_end(first);
	}

	jo_init(&jo);
	jo_open(&jo, NULL, '{');
	jo_bool(&jo, "dry_run", dry_run);
	jo_int(&jo, "changed", dry_run ? 0 : list_length(changes));
	jo_string(&jo, "state_before", state_name(a->state));
	jo_open(&jo, "changes", '[');
	foreach(lc, changes)
	{
		Change	   *c = lfirst(lc);

		change_json(&jo, c);
		if (c->m)
			tags = lappend(tags, c->m->tag);
	}
	jo_close(&jo, ']');
	jo_close(&jo, '}');
	MemoryContextSwitchTo(outer);
	result = jo_finish(&jo);
	if (!dry_run)
		audit_record("repair", a->table->schema, a->table->table, tags, list_length(changes), result);
	SPI_finish();
	PG_RETURN_JSONB_P(result);
}

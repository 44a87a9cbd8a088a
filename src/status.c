/*
 * status.c -- migtrack_status() and migtrack_migrations(): read-only views
 * of one Analysis, as jsonb for programs and as rows for psql.
 */
#include "postgres.h"

#include "executor/spi.h"
#include "fmgr.h"
#include "funcapi.h"
#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "compat.h"
#include "migtrack.h"

PG_FUNCTION_INFO_V1(migtrack_status);
PG_FUNCTION_INFO_V1(migtrack_migrations);

static void
write_tracking_table(JsonOut *jo, const TrackingTable *t)
{
	jo_open(jo, "tracking_table", '{');
	jo_string(jo, "schema", t->schema);
	jo_string(jo, "table", t->table);
	jo_bool(jo, "exists", t->format != TABLE_ABSENT);
	jo_string(jo, "format", tracking_format_name(t->format));
	jo_int(jo, "rows", t->nrows);
	jo_close(jo, '}');
}

static void
write_string_list(JsonOut *jo, const char *key, List *list)
{
	ListCell   *lc;

	jo_open(jo, key, '[');
	foreach(lc, list)
		jo_string(jo, NULL, lfirst(lc));
	jo_close(jo, ']');
}

/*
 * A migration and a row of the history, one object each: thousands of them.
 * Their members are pushed in jsonb's own order (shorter keys first, then
 * bytewise), the order every jsonb object is kept in, so that closing one
 * finds it sorted already.
 */
static void
write_migrations(JsonOut *jo, const Analysis *a)
{
	int			i;

	jo_open(jo, "migrations", '[');
	for (i = 0; a->journal != NULL && i < a->journal->count; i++)
	{
		const Migration *m = &a->journal->migrations[i];
		const TrackingRow *row = a->row_of[i] >= 0 ? &a->table->rows[a->row_of[i]] : NULL;
		const MigrationCheck *c = &a->checks[i];

		jo_open(jo, NULL, '{');
		jo_string(jo, "tag", m->tag);
		jo_string(jo, "hash", m->hash);
		if (row != NULL)
			jo_int(jo, "row_id", row->id);
		else
			jo_string(jo, "row_id", NULL);
		jo_string(jo, "status", migration_status_name(a->status[i]));
		jo_bool(jo, "applied", row != NULL);
		write_string_list(jo, "missing", c->missing);
		jo_string(jo, "verdict", verdict_name(c->verdict));
		jo_int(jo, "position", m->position);
		if (row != NULL)
			jo_timestamptz(jo, "applied_at", row->applied_at_null, row->applied_at);
		else
			jo_string(jo, "applied_at", NULL);
		jo_int(jo, "created_at", m->created_at);
		write_string_list(jo, "unverifiable", c->unverifiable);
		jo_string(jo, "created_at_iso", drizzle_iso_string(m->created_at));
		jo_close(jo, '}');
	}
	jo_close(jo, ']');
}

static void
write_applied(JsonOut *jo, const Analysis *a)
{
	int			i;

	jo_open(jo, "applied", '[');
	for (i = 0; i < a->table->nrows; i++)
	{
		const TrackingRow *r = &a->table->rows[i];
		int			m = a->journal != NULL ? a->migration_of[i] : -1;

		/* in jsonb's order, as write_migrations */
		jo_open(jo, NULL, '{');
		jo_int(jo, "id", r->id);
		jo_string(jo, "tag", m >= 0 ? a->journal->migrations[m].tag : NULL);
		jo_string(jo, "hash", r->hash);
		jo_string(jo, "name", r->name);
		jo_timestamptz(jo, "applied_at", r->applied_at_null, r->applied_at);
		if (r->created_at_null)
		{
			jo_string(jo, "created_at", NULL);
			jo_string(jo, "created_at_iso", NULL);
		}
		else
		{
			jo_int(jo, "created_at", r->created_at);
			jo_string(jo, "created_at_iso", drizzle_iso_string(r->created_at));
		}
		jo_close(jo, '}');
	}
	jo_close(jo, ']');
}

static void
write_problems(JsonOut *jo, const Analysis *a)
{
	ListCell   *lc;

	jo_open(jo, "problems", '[');
	foreach(lc, a->problems)
	{
		Problem    *p = lfirst(lc);

		jo_open(jo, NULL, '{');
		jo_string(jo, "code", problem_code_name(p->code));
		jo_string(jo, "migration", p->migration);
		jo_string(jo, "message", p->message);
		jo_close(jo, '}');
	}
	jo_close(jo, ']');
}

Datum
migtrack_status(PG_FUNCTION_ARGS)
{
	Jsonb	   *journal = arg_journal(fcinfo, 0, false);
	char	   *schema = arg_name(fcinfo, 1, "migrations_schema");
	char	   *table = arg_name(fcinfo, 2, "migrations_table");
	int			verify = arg_bool(fcinfo, 3, "verify", true) ? ANALYSIS_VERIFY | ANALYSIS_DRIFT : 0;
	MemoryContext outer = CurrentMemoryContext;
	Analysis   *a;
	JsonOut		jo;
	Jsonb	   *result;
	int			pending = 0;
	int			i;

	SPI_connect();
	a = analysis_load(journal, schema, table, false, verify);
	for (i = 0; a->journal != NULL && i < a->journal->count; i++)
		pending += a->status[i] == MIG_PENDING;

	jo_init(&jo);
	jo_open(&jo, NULL, '{');
	jo_string(&jo, "state", state_name(a->state));
	jo_string(&jo, "journal_format", a->journal ? journal_format_name(a->journal->format) : NULL);
	/* what drizzle never reads in the journal: nothing without one */
	write_string_list(&jo, "journal_ignored", a->journal ? a->journal->ignored : NIL);
	write_tracking_table(&jo, a->table);
	if (a->journal != NULL)
	{
		jo_int(&jo, "files", a->journal->count);
		jo_int(&jo, "pending", pending);
	}
	else
	{
		jo_string(&jo, "files", NULL);
		jo_string(&jo, "pending", NULL);
	}
	jo_int(&jo, "applied_rows", a->table->nrows);
	/*
	 * Counted when the state, a message or drift's scan needed them; else
	 * null (verify => false): counting reads all of pg_class, which in a
	 * fresh backend with thousands of tables is a fifth of the hash path.
	 */
	if (a->nuser_tables >= 0)
		jo_int(&jo, "user_tables", a->nuser_tables);
	else
		jo_string(&jo, "user_tables", NULL);
	write_migrations(&jo, a);
	write_applied(&jo, a);
	/* the names: the database-side view's (with a journal, only their number) */
	if (a->journal == NULL)
		write_string_list(&jo, "tables", a->user_tables);
	else
		jo_string(&jo, "tables", NULL);
	write_problems(&jo, a);
	if (a->drift_checked)
	{
		jo_open(&jo, "drift", '{');
		write_string_list(&jo, "objects", a->drift);
		write_string_list(&jo, "other_tables", a->other_tables);
		jo_close(&jo, '}');
	}
	else
		jo_string(&jo, "drift", NULL);
	{
		Advice	   *adv = analysis_advice(a);

		jo_string(&jo, "recommendation", advice_text(adv, a->table));
		advice_json(&jo, "next", adv);
	}
	audit_status(&jo, schema, table);
	jo_close(&jo, '}');

	MemoryContextSwitchTo(outer);
	result = jo_finish(&jo);
	SPI_finish();
	PG_RETURN_JSONB_P(result);
}

/*
 * One row per journal migration, then one per recorded row that matches no
 * migration (position NULL).  Without a journal: the recorded rows.
 */
Datum
migtrack_migrations(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Jsonb	   *journal = arg_journal(fcinfo, 0, false);
	char	   *schema = arg_name(fcinfo, 1, "migrations_schema");
	char	   *table = arg_name(fcinfo, 2, "migrations_table");
	bool		verify = arg_bool(fcinfo, 3, "verify", true);
	Analysis   *a;
	int			i;

	InitMaterializedSRF(fcinfo, 0);
	SPI_connect();
	a = analysis_load(journal, schema, table, false, verify);

	for (i = 0; a->journal != NULL && i < a->journal->count; i++)
	{
		const Migration *m = &a->journal->migrations[i];
		const TrackingRow *row = a->row_of[i] >= 0 ? &a->table->rows[a->row_of[i]] : NULL;
		Datum		values[9];
		bool		nulls[9] = {false};

		values[0] = Int32GetDatum(m->position);
		values[1] = CStringGetTextDatum(m->tag);
		values[2] = TimestampTzGetDatum(drizzle_millis_to_timestamptz(m->created_at));
		values[3] = CStringGetTextDatum(m->hash);
		values[4] = CStringGetTextDatum(migration_status_name(a->status[i]));
		nulls[5] = row == NULL || row->applied_at_null;
		values[5] = nulls[5] ? (Datum) 0 : TimestampTzGetDatum(row->applied_at);
		nulls[6] = row == NULL;
		values[6] = nulls[6] ? (Datum) 0 : Int64GetDatum(row->id);
		values[7] = CStringGetTextDatum(verdict_name(a->checks[i].verdict));
		values[8] = PointerGetDatum(list_text_array(list_concat_copy(a->checks[i].missing,
																a->checks[i].unverifiable)));
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}

	for (i = 0; i < a->table->nrows; i++)
	{
		const TrackingRow *r = &a->table->rows[i];
		Datum		values[9];
		bool		nulls[9] = {false};

		if (a->journal != NULL && a->migration_of[i] >= 0)
			continue;
		/* without a journal, the history's own order */
		nulls[0] = a->journal != NULL;
		values[0] = Int32GetDatum(i + 1);
		nulls[1] = r->name == NULL;
		values[1] = nulls[1] ? (Datum) 0 : CStringGetTextDatum(r->name);
		nulls[2] = r->created_at_null;
		values[2] = nulls[2] ? (Datum) 0 : TimestampTzGetDatum(drizzle_millis_to_timestamptz(r->created_at));
		values[3] = CStringGetTextDatum(r->hash);
		values[4] = CStringGetTextDatum(a->journal != NULL ? "unknown_row" : "recorded");
		nulls[5] = r->applied_at_null;
		values[5] = nulls[5] ? (Datum) 0 : TimestampTzGetDatum(r->applied_at);
		values[6] = Int64GetDatum(r->id);
		nulls[7] = nulls[8] = true;
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	}

	SPI_finish();
	return (Datum) 0;
}

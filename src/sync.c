/*
 * sync.c -- migtrack_sync(): record migrations as applied, writing exactly
 * the rows drizzle-orm's migrate() would have written, and nothing at all
 * whenever those rows would tell drizzle something false.
 */
#include "postgres.h"

#include "executor/spi.h"
#include "fmgr.h"
#include "utils/builtins.h"

#include "migtrack.h"

PG_FUNCTION_INFO_V1(migtrack_sync);

/* refuse, naming the first problem's migration; DETAIL lists them all */
static void
refuse_diverged(const Analysis *a)
{
	Problem    *first = linitial(a->problems);
	StringInfoData detail;
	ListCell   *lc;

	initStringInfo(&detail);
	foreach(lc, a->problems)
	{
		Problem    *p = lfirst(lc);

		appendStringInfo(&detail, "%s%s: %s", detail.len > 0 ? "\n" : "",
						 problem_code_name(p->code), p->message);
	}
	ereport(ERROR,
			(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			 first->code == PROBLEM_HASH_MISMATCH
			 ? errmsg("cannot sync: migration %s was edited after it was applied", first->migration)
			 : first->code == PROBLEM_OUT_OF_ORDER
			 ? errmsg("cannot sync: migration %s would be skipped by drizzle-kit migrate", first->migration)
			 : errmsg("cannot sync: row id " INT64_FORMAT " of %s does not match the journal",
					  first->row_id, a->table->qualified),
			 errdetail("%s", detail.data),
			 errhint("%s", analysis_recommendation(a))));
}

/*
 * drizzle 0.x runs only entries newer than the newest row: after our write,
 * every entry left unrecorded must still be newer than everything recorded.
 */
static void
check_left_behind(const Analysis *a, bool *chosen)
{
	const Journal *j = a->journal;
	int64		newest = PG_INT64_MIN;
	int			i;

	if (j->format != JOURNAL_V0)
		return;
	for (i = 0; i < a->table->nrows; i++)
		if (!a->table->rows[i].created_at_null)
			newest = Max(newest, a->table->rows[i].created_at);
	for (i = 0; i < j->count; i++)
		if (chosen[i])
			newest = Max(newest, j->migrations[i].created_at);
	for (i = 0; i < j->count; i++)
		if (a->status[i] == MIG_PENDING && !chosen[i] && j->migrations[i].created_at <= newest)
			ereport(ERROR,
					(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
					 errmsg("cannot sync: migration %s would be left behind", j->migrations[i].tag),
					 errdetail("Its when (" INT64_FORMAT ") is not newer than a migration this sync would record, so drizzle-kit migrate would skip it forever.",
							   j->migrations[i].created_at),
					 errhint("Pass an up_to that includes %s, or omit up_to.", j->migrations[i].tag)));
}

/* The rows to write: unrecorded migrations through position last, or an ERROR. */
typedef struct SyncPlan
{
	const Migration **rows;
	bool	   *chosen;			/* per journal migration */
	int			count;
} SyncPlan;

static void
plan_sync(const Analysis *a, int last, SyncPlan *plan)
{
	const Journal *j = a->journal;
	int			i;

	if (a->state == STATE_DIVERGED)
		refuse_diverged(a);

	plan->chosen = palloc0(sizeof(bool) * Max(j->count, 1));
	plan->rows = palloc(sizeof(Migration *) * Max(j->count, 1));
	plan->count = 0;
	for (i = 0; i <= last; i++)
		if (a->status[i] == MIG_PENDING)
		{
			plan->chosen[i] = true;
			plan->rows[plan->count++] = &j->migrations[i];
		}

	/* a second history that drizzle never reads helps nobody */
	if (a->lookalikes != NIL && plan->count > 0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("cannot sync: %s does not exist, but %s looks like drizzle's migrations table",
						a->table->qualified, (char *) linitial(a->lookalikes)),
				 errdetail("Recording into %s would start a second history that drizzle-kit migrate does not read.",
						   a->table->qualified),
				 errhint("Pass migrations_schema and migrations_table as set in drizzle.config (migrations.schema, migrations.table). To start a new history in %s anyway, create that table first.",
						 a->table->qualified)));
	if (a->state == STATE_FRESH && plan->count > 0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("cannot sync: the database has no user tables"),
				 errdetail("Recording migrations that were never applied would make drizzle-kit migrate skip them."),
				 errhint("Run drizzle-kit migrate to apply the %s.", count_noun(j->count, "migration"))));
	check_left_behind(a, plan->chosen);
}

Datum
migtrack_sync(PG_FUNCTION_ARGS)
{
	Jsonb	   *journal = arg_journal(fcinfo, 0, true);
	char	   *schema = arg_name(fcinfo, 1, "migrations_schema");
	char	   *table = arg_name(fcinfo, 2, "migrations_table");
	bool		dry_run;
	char	   *up_to = PG_ARGISNULL(4) ? NULL : text_to_cstring(PG_GETARG_TEXT_PP(4));
	MemoryContext outer = CurrentMemoryContext;
	Analysis   *a;
	Journal    *j;
	TrackingTable *t;
	SyncPlan	plan;
	int			last;
	bool		created = false;
	bool		upgraded = false;
	JsonOut		jo;
	Jsonb	   *result;
	int			i;

	if (PG_ARGISNULL(3))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("dry_run must not be null")));
	dry_run = PG_GETARG_BOOL(3);

	SPI_connect();
	/*
	 * A dry run takes no writer's lock, so it never blocks anyone; like any
	 * reader of the table it still waits for a running sync to commit.
	 */
	a = analysis_load(journal, schema, table, !dry_run);
	j = a->journal;
	t = a->table;

	last = j->count - 1;
	if (up_to != NULL && (last = journal_find(j, up_to)) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("up_to \"%s\" is not a migration in the journal", up_to),
				 errhint("Pass a %s listed in the journal.",
						 j->format == JOURNAL_V0 ? "tag (for example 0003_alter)" : "folder name")));

	plan_sync(a, last, &plan);

	if (!dry_run)
	{
		if (t->format == TABLE_ABSENT && plan.count > 0 &&
			!(created = tracking_create(t, j->format)))
		{
			/* drizzle created it meanwhile: plan against what it holds now */
			tracking_read(t);
			a = analyze(j, t);
			plan_sync(a, last, &plan);
		}
		if (j->format == JOURNAL_V1 && t->format == TABLE_V0)
		{
			const char **names = palloc(sizeof(char *) * Max(t->nrows, 1));

			for (i = 0; i < t->nrows; i++)
				names[i] = j->migrations[a->migration_of[i]].tag;
			tracking_upgrade_to_v1(t, names);
			upgraded = true;
		}
		tracking_insert(t, j->format, plan.rows, plan.count);
	}

	jo_init(&jo);
	jo_open(&jo, NULL, '{');
	jo_int(&jo, "inserted", dry_run ? 0 : plan.count);
	jo_bool(&jo, "dry_run", dry_run);
	jo_string(&jo, "state_before", state_name(a->state));
	jo_string(&jo, "journal_format", journal_format_name(j->format));
	jo_open(&jo, "tracking_table", '{');
	jo_string(&jo, "schema", t->schema);
	jo_string(&jo, "table", t->table);
	jo_bool(&jo, "created", created || (dry_run && t->format == TABLE_ABSENT && plan.count > 0));
	jo_bool(&jo, "upgraded", upgraded || (dry_run && j->format == JOURNAL_V1 && t->format == TABLE_V0));
	jo_close(&jo, '}');
	jo_open(&jo, "rows", '[');
	for (i = 0; i < plan.count; i++)
	{
		jo_open(&jo, NULL, '{');
		jo_string(&jo, "tag", plan.rows[i]->tag);
		jo_string(&jo, "hash", plan.rows[i]->hash);
		jo_int(&jo, "created_at", plan.rows[i]->created_at);
		if (j->format == JOURNAL_V1)
			jo_string(&jo, "name", plan.rows[i]->tag);
		jo_close(&jo, '}');
	}
	jo_close(&jo, ']');
	jo_close(&jo, '}');

	MemoryContextSwitchTo(outer);
	result = jo_finish(&jo);
	SPI_finish();
	PG_RETURN_JSONB_P(result);
}

/*
 * sync.c -- migtrack_sync(): record migrations as applied, writing exactly
 * the rows drizzle-orm's migrate() would have written, and nothing at all
 * whenever those rows would tell drizzle something false.
 */
#include "postgres.h"

#include "access/xact.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "migtrack.h"

PG_FUNCTION_INFO_V1(migtrack_sync);
PG_FUNCTION_INFO_V1(migtrack_migrate);

/*
 * The problems that make recording a lie or useless.  already_exists is not
 * one of them: a pending migration whose objects exist is what sync is for.
 */
static Problem *
history_problem(const Analysis *a)
{
	ListCell   *lc;

	foreach(lc, a->problems)
	{
		Problem    *p = lfirst(lc);

		if (p->code == PROBLEM_HASH_MISMATCH || p->code == PROBLEM_UNKNOWN_ROW ||
			p->code == PROBLEM_OUT_OF_ORDER)
			return p;
	}
	return NULL;
}

/* refuse, naming the first problem's migration; DETAIL lists them all */
static void
refuse_diverged(const Analysis *a)
{
	Problem    *first = history_problem(a);
	StringInfoData detail;
	ListCell   *lc;

	initStringInfo(&detail);
	foreach(lc, a->problems)
	{
		Problem    *p = lfirst(lc);

		if (p->code != PROBLEM_ALREADY_EXISTS)
			appendStringInfo(&detail, "%s%s: %s", detail.len > 0 ? "\n" : "",
							 problem_code_name(p->code), p->message);
	}
	ereport(ERROR,
			(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			 first->code == PROBLEM_HASH_MISMATCH
			 ? errmsg("cannot sync: migration \"%s\" was edited after it was applied", first->migration)
			 : first->code == PROBLEM_OUT_OF_ORDER
			 ? errmsg("cannot sync: migration \"%s\" would be skipped by drizzle-kit migrate", first->migration)
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
					 errmsg("cannot sync: migration \"%s\" would be left behind", printable(j->migrations[i].tag)),
					 errdetail("Its when (" INT64_FORMAT ") is not newer than a migration this sync would record, so drizzle-kit migrate would skip it forever.",
							   j->migrations[i].created_at),
					 errhint("Pass an up_to that includes %s, or omit up_to.", j->migrations[i].tag)));
}

/* The rows to write: unrecorded migrations through position last, or an ERROR. */
typedef struct SyncPlan
{
	const Migration **rows;
	bool	   *chosen;			/* per journal migration */
	bool	   *reapply;		/* per journal migration: absent, and its SQL is run */
	int			count;
} SyncPlan;

/* How far the caller trusts migrations the catalog cannot confirm. */
typedef struct Trust
{
	List	   *accept;			/* of char *: tags vouched for */
	bool		force;
	bool		apply_absent;
} Trust;

static bool
accepted(const Trust *trust, const char *tag)
{
	ListCell   *lc;

	foreach(lc, trust->accept)
		if (strcmp(lfirst(lc), tag) == 0)
			return true;
	return false;
}

static char *
joined(List *strings)
{
	StringInfoData s;
	ListCell   *lc;

	initStringInfo(&s);
	foreach(lc, strings)
		appendStringInfo(&s, "%s%s", s.len ? ", " : "", (char *) lfirst(lc));
	return s.data;
}

/*
 * Record only what is true: every migration to be marked must be present or
 * superseded, accepted by name (data_only, unverifiable), absent with
 * apply_absent, or forced.  Otherwise one ERROR lists them all.
 */
static void
check_verdicts(const Analysis *a, const SyncPlan *plan, const Trust *trust)
{
	StringInfoData refused;
	int			nrefused = 0;
	int			i;

	initStringInfo(&refused);
	for (i = 0; i < a->journal->count; i++)
	{
		const Migration *m = &a->journal->migrations[i];
		const MigrationCheck *c = &a->checks[i];
		bool		ok;

		if (!plan->chosen[i])
			continue;
		switch (c->verdict)
		{
			case VERDICT_PRESENT:
			case VERDICT_SUPERSEDED:
				ok = true;
				break;
			case VERDICT_ABSENT:
				ok = plan->reapply[i];
				break;
			case VERDICT_DATA_ONLY:
			case VERDICT_UNVERIFIABLE:
				ok = accepted(trust, m->tag);
				break;
			default:
				ok = false;
		}
		if (ok)
			continue;
		if (trust->force)
		{
			ereport(WARNING,
					(errcode(ERRCODE_WARNING),
					 errmsg("recording migration \"%s\" although it is %s", printable(m->tag), verdict_name(c->verdict)),
					 c->missing ? errdetail("Missing: %s.", joined(c->missing)) :
					 c->unverifiable ? errdetail("Not verifiable: %s.", joined(c->unverifiable)) : 0));
			continue;
		}
		nrefused++;
		appendStringInfo(&refused, "%s%s: %s", refused.len ? "\n" : "", printable(m->tag), verdict_name(c->verdict));
		if (c->missing)
			appendStringInfo(&refused, "; missing: %s", joined(c->missing));
		if (c->unverifiable)
			appendStringInfo(&refused, "; not verifiable: %s", joined(c->unverifiable));
		if (c->verdict == VERDICT_ABSENT && trust->apply_absent)
		{
			ListCell   *lc;

			foreach(lc, c->rewriters)
				if (!plan->reapply[lfirst_int(lc)])
				{
					appendStringInfo(&refused, "; cannot be re-applied: %s, which is not re-applied with it, changed what it creates (%s), so running it now would not build the schema drizzle-kit migrate builds",
									 printable(a->journal->migrations[lfirst_int(lc)].tag),
									 (char *) list_nth(c->rewritten, foreach_current_index(lc)));
					break;
				}
		}
	}
	if (nrefused > 0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg_plural("cannot sync: %d migration is not verified as applied",
							   "cannot sync: %d migrations are not verified as applied",
							   nrefused, nrefused),
				 errdetail("%s", refused.data),
				 errhint("Apply what is missing first (apply_absent -- --apply-absent in the client -- runs absent migrations as drizzle-kit migrate would, dropping what they drop), name the data-only or unverifiable migrations you vouch for (accept, --accept), or record everything anyway (force, --force).")));
}

/*
 * Which absent migrations apply_absent re-runs: those whose objects no later
 * migration changed, or only later migrations re-run with them (then the
 * same statements run in drizzle's order).  Re-running one that an applied
 * migration changed would bring back what that migration dropped or
 * altered: refused (force records it without running it).
 */
static bool *
plan_reapply(const Analysis *a, const bool *chosen, const Trust *trust)
{
	int			count = a->journal->count;
	bool	   *reapply = palloc0(sizeof(bool) * Max(count, 1));
	int			i;

	for (i = count - 1; i >= 0; i--)
	{
		ListCell   *lc;

		if (!chosen[i] || trust == NULL || !trust->apply_absent ||
			a->checks[i].verdict != VERDICT_ABSENT)
			continue;
		reapply[i] = true;
		foreach(lc, a->checks[i].rewriters)
			reapply[i] = reapply[i] && reapply[lfirst_int(lc)];
	}
	return reapply;
}

/* where a migration being applied failed: which one, which statement, where in its file */
typedef struct Applying
{
	const Migration *m;
	int			statement;		/* 1-based, as drizzle splits the file */
	int			statements;
	int			line;			/* of the statement's first non-blank character */
} Applying;

static void
applying_context(void *arg)
{
	const Applying *a = arg;

	errcontext("applying migration \"%s\", statement %d of %d (line %d of its file)",
			   printable(a->m->tag), a->statement, a->statements, a->line);
}

static int
count_lines(const char *from, const char *to)
{
	int			n = 0;

	for (; from < to; from++)
		n += *from == '\n';
	return n;
}

/* drizzle's statements: the file split on the breakpoint marker, run as they are */
static void
apply_migration(const Migration *m)
{
	static const char marker[] = "--> statement-breakpoint";
	char	   *sql = migration_sql(m);
	char	   *rest = sql;
	char	   *p;
	ErrorContextCallback context;
	Applying	where = {m, 0, 1, 1};
	const char *counted;		/* lines counted up to here */

	if (rest == NULL)			/* refused before: refuse_hash_only() */
		elog(ERROR, "migration \"%s\" has no SQL to apply", printable(m->tag));
	for (p = rest; (p = strstr(p, marker)) != NULL; p += strlen(marker))
		where.statements++;

	counted = sql;
	context.callback = applying_context;
	context.arg = &where;
	context.previous = error_context_stack;
	error_context_stack = &context;

	for (;;)
	{
		char	   *mark = strstr(rest, marker);
		char	   *stmt = mark ? pnstrdup(rest, mark - rest) : rest;
		int			rc;

		where.statement++;
		where.line += count_lines(counted, rest + strspn(rest, " \t\r\n"));
		counted = rest + strspn(rest, " \t\r\n");
		rc = SPI_execute(stmt, false, 0);
		if (rc == SPI_ERROR_TRANSACTION || rc == SPI_ERROR_COPY)
			ereport(ERROR,
					(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
					 errmsg("migration \"%s\" contains %s, which cannot run inside a function",
							printable(m->tag), rc == SPI_ERROR_COPY ? "COPY to or from the client" : "transaction control"),
					 errhint("Apply it with drizzle-kit migrate.")));
		if (rc < 0)
			elog(ERROR, "applying %s failed: %s", printable(m->tag), SPI_result_code_string(rc));
		if (mark == NULL)
			break;
		rest = mark + strlen(marker);
	}
	CommandCounterIncrement();
	error_context_stack = context.previous;
}

static void
plan_sync(const Analysis *a, int last, const Trust *trust, SyncPlan *plan)
{
	const Journal *j = a->journal;
	int			i;

	if (history_problem(a) != NULL)
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
						a->table->qualified, ((TableName *) linitial(a->lookalikes))->qualified),
				 errdetail("Recording into %s would start a second history that drizzle-kit migrate does not read.",
						   a->table->qualified),
				 errhint("Pass migrations_schema and migrations_table as set in drizzle.config (migrations.schema, migrations.table). To start a new history in %s anyway, create that table first.",
						 a->table->qualified)));
	/*
	 * Recording (not applying) on an empty database would be a lie; beside
	 * unrelated tables too, unless the caller asks to apply (apply_absent) or
	 * to record anyway (force).
	 */
	if (a->state == STATE_FRESH && plan->count > 0 && trust != NULL &&
		(!a->has_user_tables || (!trust->apply_absent && !trust->force)))
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 !a->has_user_tables ? errmsg("cannot sync: the database has no user tables")
				 : errmsg("cannot sync: none of the journal's objects exist in this database"),
				 errdetail("Recording migrations that were never applied would make drizzle-kit migrate skip them."),
				 !a->has_user_tables
				 ? errhint("Run drizzle-kit migrate to apply the %s.", count_noun(j->count, "migration"))
				 : errhint("Is this the right database? If it is, drizzle-kit migrate creates the journal's objects beside its %s.",
						   count_noun(user_table_count(a), "table"))));
	check_left_behind(a, plan->chosen);
	plan->reapply = plan_reapply(a, plan->chosen, trust);
	if (trust != NULL)
		check_verdicts(a, plan, trust);
}

/* one migtrack.audit entry for a write: the rows, and the options that allowed them */
static void
audit_write(const Analysis *a, const SyncPlan *plan, int last, const Trust *trust,
			bool created, bool upgraded)
{
	const Journal *j = a->journal;
	List	   *tags = NIL;
	JsonOut		jo;
	ListCell   *lc;
	int			i;

	jo_init(&jo);
	jo_open(&jo, NULL, '{');
	jo_string(&jo, "state_before", state_name(a->state));
	jo_string(&jo, "journal_format", journal_format_name(j->format));
	jo_int(&jo, "journal_migrations", j->count);
	jo_string(&jo, "up_to", last < j->count - 1 ? j->migrations[last].tag : NULL);
	jo_bool(&jo, "created", created);
	jo_bool(&jo, "upgraded", upgraded);
	if (trust != NULL)
	{
		jo_open(&jo, "accept", '[');
		foreach(lc, trust->accept)
			jo_string(&jo, NULL, lfirst(lc));
		jo_close(&jo, ']');
		jo_bool(&jo, "force", trust->force);
		jo_bool(&jo, "apply_absent", trust->apply_absent);
	}
	/* what the catalog said of each recorded migration: the reason it was allowed */
	jo_open(&jo, "verdicts", '{');
	for (i = 0; i < plan->count; i++)
	{
		const Migration *m = plan->rows[i];

		jo_string(&jo, m->tag, verdict_name(a->checks[m->position - 1].verdict));
		tags = lappend(tags, m->tag);
	}
	jo_close(&jo, '}');
	jo_close(&jo, '}');
	audit_record(trust != NULL ? "sync" : "migrate", a->table->schema, a->table->table,
				 tags, plan->count, jo_finish(&jo));
}

/*
 * Write the plan as drizzle-orm's migrate() would: its table created with its
 * DDL, a 0.x table upgraded for a 1.0 journal, then per migration its SQL
 * (when it is to be applied) and its row.  Returns the result document.
 */
static Jsonb *
write_plan(Analysis *a, int last, const Trust *trust, bool dry_run, bool apply_all,
		   MemoryContext outer)
{
	Journal    *j = a->journal;
	TrackingTable *t = a->table;
	SyncPlan	plan;
	bool		created = false;
	bool		upgraded = false;
	JsonOut		jo;
	Jsonb	   *result;
	int			i;

	plan_sync(a, last, trust, &plan);

	if (!dry_run)
	{
		if (t->format == TABLE_ABSENT && plan.count > 0 &&
			!(created = tracking_create(t, j->format)))
		{
			/* drizzle created it meanwhile: plan against what it holds now */
			tracking_read(t);
			a = analyze(j, t, true);
			plan_sync(a, last, trust, &plan);
		}
		if (j->format == JOURNAL_V1 && t->format == TABLE_V0)
		{
			const char **names = palloc(sizeof(char *) * Max(t->nrows, 1));

			for (i = 0; i < t->nrows; i++)
				names[i] = j->migrations[a->migration_of[i]].tag;
			tracking_upgrade_to_v1(t, names);
			upgraded = true;
		}
		for (i = 0; i < plan.count; i++)
		{
			const Migration *m = plan.rows[i];

			if (apply_all || plan.reapply[m->position - 1])
				apply_migration(m);
			tracking_insert(t, j->format, &plan.rows[i], 1);
		}
	}

	if (!dry_run)
		audit_write(a, &plan, last, trust, created, upgraded);

	jo_init(&jo);
	jo_open(&jo, NULL, '{');
	jo_int(&jo, apply_all ? "applied" : "inserted", dry_run ? 0 : plan.count);
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
		const Migration *m = plan.rows[i];
		const MigrationCheck *c = &a->checks[m->position - 1];

		jo_open(&jo, NULL, '{');
		jo_string(&jo, "tag", m->tag);
		jo_string(&jo, "hash", m->hash);
		jo_int(&jo, "created_at", m->created_at);
		if (j->format == JOURNAL_V1)
			jo_string(&jo, "name", m->tag);
		jo_string(&jo, "verdict", verdict_name(c->verdict));
		jo_bool(&jo, "apply", apply_all || plan.reapply[m->position - 1]);
		jo_close(&jo, '}');
	}
	jo_close(&jo, ']');
	jo_close(&jo, '}');

	MemoryContextSwitchTo(outer);
	result = jo_finish(&jo);
	return result;
}

Datum
migtrack_sync(PG_FUNCTION_ARGS)
{
	Jsonb	   *journal = arg_journal(fcinfo, 0, true);
	char	   *schema = arg_name(fcinfo, 1, "migrations_schema");
	char	   *table = arg_name(fcinfo, 2, "migrations_table");
	bool		dry_run = arg_bool(fcinfo, 3, "dry_run", false);
	char	   *up_to = PG_NARGS() > 4 && !PG_ARGISNULL(4) ? text_to_cstring(PG_GETARG_TEXT_PP(4)) : NULL;
	MemoryContext outer = CurrentMemoryContext;
	Trust		trust = {0};
	Analysis   *a;
	Journal    *j;
	int			last;
	Jsonb	   *result;
	ListCell   *lc;

	trust.accept = PG_NARGS() > 5 && !PG_ARGISNULL(5) ? text_array_list(PG_GETARG_ARRAYTYPE_P(5)) : NIL;
	trust.force = arg_bool(fcinfo, 6, "force", false);
	trust.apply_absent = arg_bool(fcinfo, 7, "apply_absent", false);

	SPI_connect();
	/*
	 * A dry run takes no writer's lock, so it never blocks anyone; like any
	 * reader of the table it still waits for a running sync to commit.
	 */
	a = analysis_load(journal, schema, table, !dry_run, true);
	j = a->journal;

	last = j->count - 1;
	if (up_to != NULL && (last = journal_find(j, up_to)) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("up_to \"%s\" is not a migration in the journal", up_to),
				 errhint("Pass a %s listed in the journal.",
						 j->format == JOURNAL_V0 ? "tag (for example 0003_alter)" : "folder name")));
	foreach(lc, trust.accept)
		if (journal_find(j, lfirst(lc)) < 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("accept names \"%s\", which is not a migration in the journal",
							(char *) lfirst(lc))));

	result = write_plan(a, last, &trust, dry_run, false, outer);
	SPI_finish();
	PG_RETURN_JSONB_P(result);
}

/*
 * migrate(out_of_order => true): the 0.x migrations drizzle would skip
 * forever (older than the newest row) are applied with the pending ones, in
 * journal order, each writing the row drizzle would have written -- as
 * Flyway's outOfOrder.  Refused when there is none: the option then fixes
 * nothing.
 */
static void
take_out_of_order(Analysis *a)
{
	int			taken = 0;
	int			i;
	ListCell   *lc;

	for (i = 0; i < a->journal->count; i++)
		if (a->status[i] == MIG_OUT_OF_ORDER)
		{
			a->status[i] = MIG_PENDING;
			taken++;
		}
	if (taken == 0)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("cannot migrate out of order: no migration is out_of_order"),
				 errhint("Omit out_of_order.")));
	foreach(lc, a->problems)
		if (((Problem *) lfirst(lc))->code == PROBLEM_OUT_OF_ORDER)
			a->problems = foreach_delete_current(a->problems, lc);
	if (a->problems == NIL && a->state == STATE_DIVERGED)
		a->state = STATE_PENDING;
}

/* a migration to apply must come with its SQL, not just its hash */
static void
refuse_hash_only(const Analysis *a)
{
	int			i;

	for (i = 0; i < a->journal->count; i++)
		if (a->status[i] == MIG_PENDING && a->journal->migrations[i].sql_text == NULL)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("cannot migrate: migration \"%s\" is given by its hash only, not its SQL",
							a->journal->migrations[i].tag),
					 errhint("Pass the journal with each migration's \"sql\" (migtrack bundle DIR prints it).")));
}

/*
 * migtrack_migrate: what drizzle-orm's migrate() does, from inside the
 * server -- the pending migrations' statements and rows, in order, in the
 * caller's transaction, under the writer's lock -- after the pre-flight.
 */
Datum
migtrack_migrate(PG_FUNCTION_ARGS)
{
	Jsonb	   *journal = arg_journal(fcinfo, 0, true);
	char	   *schema = arg_name(fcinfo, 1, "migrations_schema");
	char	   *table = arg_name(fcinfo, 2, "migrations_table");
	MemoryContext outer = CurrentMemoryContext;
	Analysis   *a;
	Jsonb	   *result;

	bool		dry_run = arg_bool(fcinfo, 3, "dry_run", false);
	bool		out_of_order = arg_bool(fcinfo, 4, "out_of_order", false);

	SPI_connect();
	a = analysis_load(journal, schema, table, !dry_run, true);
	if (out_of_order)
		take_out_of_order(a);
	check_preflight(a);
	refuse_hash_only(a);
	/* no verdicts asked: drizzle runs every pending migration */
	result = write_plan(a, a->journal->count - 1, NULL, dry_run, true, outer);
	SPI_finish();
	PG_RETURN_JSONB_P(result);
}

/*
 * check.c -- migtrack_check(): the pre-flight run before drizzle-kit migrate.
 * It raises an ERROR whenever migrate would fail or silently misbehave, so a
 * psql script with ON_ERROR_STOP stops there.
 */
#include "postgres.h"

#include "executor/spi.h"
#include "fmgr.h"

#include "migtrack.h"

PG_FUNCTION_INFO_V1(migtrack_check);

static char *
problems_text(const Analysis *a)
{
	StringInfoData s;
	ListCell   *lc;

	initStringInfo(&s);
	foreach(lc, a->problems)
	{
		Problem    *p = lfirst(lc);

		appendStringInfo(&s, "\n%s: %s", problem_code_name(p->code), p->message);
	}
	return s.data;
}

/* The pre-flight: an ERROR when drizzle-kit migrate would fail or misbehave. */
void
check_preflight(const Analysis *a)
{
	if (a->state == STATE_UNTRACKED)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("database schema is not tracked: drizzle-kit migrate would fail"),
				 errdetail("%s.%s", analysis_summary(a), problems_text(a)),
				 errhint("%s", analysis_recommendation(a))));
	if (a->state == STATE_DIVERGED)
		ereport(ERROR,
				(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
				 errmsg("migration history does not match the journal: drizzle-kit migrate would misbehave"),
				 errdetail("%s; %s:%s", analysis_summary(a),
						   count_noun(list_length(a->problems), "problem"), problems_text(a)),
				 errhint("%s", analysis_recommendation(a))));
}

Datum
migtrack_check(PG_FUNCTION_ARGS)
{
	Jsonb	   *journal = arg_journal(fcinfo, 0, true);
	char	   *schema = arg_name(fcinfo, 1, "migrations_schema");
	char	   *table = arg_name(fcinfo, 2, "migrations_table");
	Analysis   *a;

	SPI_connect();
	a = analysis_load(journal, schema, table, false, true);
	check_preflight(a);
	/* tables, none the journal's: migrate would succeed, but is this the right database? */
	if (a->state == STATE_FRESH && a->has_user_tables)
		ereport(WARNING,
				(errcode(ERRCODE_WARNING),
				 errmsg_plural("the database has %d user table, but none of the objects the journal creates",
							   "the database has %d user tables, but none of the objects the journal creates",
							   user_table_count(a), user_table_count(a)),
				 errdetail("drizzle-kit migrate would create the journal's schema beside them."),
				 errhint("Is this the right database?")));
	ereport(NOTICE,
			(errmsg("%s: %s", state_name(a->state), analysis_summary(a)),
			 errhint("%s", analysis_recommendation(a))));
	SPI_finish();
	PG_RETURN_VOID();
}

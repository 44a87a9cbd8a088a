/*
 * report.c -- ask the extension, show the answer.
 *
 * The server does all the analysis; the client only renders it.  The jsonb
 * results are taken apart by SQL (jsonb_to_recordset) in the same round
 * trip, so the client parses no JSON and asks for the analysis once.
 */
#include "migtrack_cli.h"

#include "lib/stringinfo.h"

/* ---- colours ---- */

static bool use_color;

static const char *
paint(const char *text, const char *code)
{
	return use_color ? psprintf("\033[%sm%s\033[0m", code, text) : text;
}

static const char *
state_color(const char *state)
{
	if (strcmp(state, "in_sync") == 0 || strcmp(state, "applied") == 0 ||
		strcmp(state, "tracked") == 0 || strcmp(state, "fresh") == 0)
		return "32";			/* green */
	if (strcmp(state, "pending") == 0 || strcmp(state, "recorded") == 0)
		return "33";			/* yellow */
	return "1;31";				/* bold red */
}

/* ---- talking to the server ---- */

/* Schema of the installed extension, quoted; EXIT_ERROR if it is missing. */
static char *
extension_schema(PGconn *conn)
{
	PGresult   *res = PQexec(conn,
							 "SELECT n.nspname FROM pg_catalog.pg_extension e"
							 " JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) e.extnamespace"
							 " WHERE e.extname OPERATOR(pg_catalog.=) 'migtrack'");
	char	   *schema;

	if (PQresultStatus(res) != PGRES_TUPLES_OK)
		die(EXIT_ERROR, "%s", PQerrorMessage(conn));
	if (PQntuples(res) == 0)
		die(EXIT_ERROR, "extension \"migtrack\" is not installed in database \"%s\"\n"
			"HINT:  Run CREATE EXTENSION migtrack; in that database (the migtrack package must be installed on the server).",
			PQdb(conn));
	schema = PQescapeIdentifier(conn, PQgetvalue(res, 0, 0), strlen(PQgetvalue(res, 0, 0)));
	PQclear(res);
	return schema;
}

static const Request *current_request;
static char *next_step(const Request *req, const char *state, const char *recommendation, int files);

/* An ERROR from the server, shown as psql shows it; refusals exit 3. */
static void
server_error(PGresult *res)
{
	const char *sqlstate = PQresultErrorField(res, PG_DIAG_SQLSTATE);
	const char *detail = PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL);
	const char *hint = PQresultErrorField(res, PG_DIAG_MESSAGE_HINT);
	StringInfoData msg;

	initStringInfo(&msg);
	appendStringInfo(&msg, "%s", PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY));
	if (detail)
		appendStringInfo(&msg, "\nDETAIL:  %s", detail);
	if (hint)
		appendStringInfo(&msg, "\nHINT:  %s",
						 current_request ? next_step(current_request, "", hint, 0) : hint);
	/* class 55, object not in prerequisite state: the history says no */
	die(sqlstate && strncmp(sqlstate, "55", 2) == 0 ? EXIT_REFUSED : EXIT_ERROR, "%s", msg.data);
}

static PGresult *
query(PGconn *conn, const char *sql, int nparams, const char *const *params)
{
	PGresult   *res = PQexecParams(conn, sql, nparams, NULL, params, NULL, NULL, 0);

	if (PQresultStatus(res) != PGRES_TUPLES_OK)
		server_error(res);
	return res;
}

static const char *
val(PGresult *res, int row, int col)
{
	return PQgetisnull(res, row, col) ? NULL : PQgetvalue(res, row, col);
}

/* "2026-11-24T19:38:20.297Z" or "...+00:00" -> "2026-11-24 19:38:20" */
static char *
short_time(const char *iso)
{
	char	   *t;

	if (iso == NULL)
		return "";
	t = pnstrdup(iso, 19);
	if (strlen(t) > 10)
		t[10] = ' ';
	return t;
}

/* the CLI spelling of the table options, for suggested commands */
static char *
table_options(const Request *req)
{
	StringInfoData s;

	initStringInfo(&s);
	if (strcmp(req->schema, "drizzle") != 0)
		appendStringInfo(&s, " --migrations-schema=%s", req->schema);
	if (strcmp(req->table, "__drizzle_migrations") != 0)
		appendStringInfo(&s, " --migrations-table=%s", req->table);
	return s.data;
}

/*
 * What to do next, in CLI terms where the next step is migtrack's own; the
 * server's recommendation otherwise (it speaks SQL and drizzle-kit).
 */
static char *
next_step(const Request *req, const char *state, const char *recommendation, int files)
{
	const char *dir = req->dir ? req->dir : "<drizzle out folder>";
	char	   *cut;

	if (strcmp(state, "untracked") == 0 && req->dir)
		return psprintf("migtrack sync %s%s  -- records the %d migration%s without running them; then drizzle-kit migrate applies only newer ones.",
						dir, table_options(req), files, files == 1 ? "" : "s");
	if (strcmp(state, "untracked") == 0 || strcmp(state, "tracked") == 0)
		return psprintf("migtrack status %s%s  -- compare the history with the migration files.",
						dir, table_options(req));
	if ((cut = strstr(recommendation, "Then check again:")) != NULL)
		return psprintf("%.*sThen check again: migtrack status %s%s",
						(int) (cut - recommendation), recommendation, dir, table_options(req));
	return pstrdup(recommendation);
}

/*
 * One query: the summary row (kind 0), the journal's migrations (1), rows
 * matching none (2; all rows without a journal), the problems (3).
 */
static const char *status_sql =
	"WITH s AS MATERIALIZED (SELECT %s.migtrack_status($1::pg_catalog.jsonb, $2, $3) AS j)"
	" SELECT 0 AS kind, 0::pg_catalog.int8 AS ord, j->>'state', j->>'recommendation',"
	"        (SELECT pg_catalog.count(*) FROM pg_catalog.jsonb_array_elements(j->'migrations') e"
	"          WHERE (e->>'applied')::pg_catalog.bool)::pg_catalog.text,"
	"        j->'tracking_table'->>'format', j->>'applied_rows', j->>'files', j->>'pending', j->>'user_tables'"
	"   FROM s"
	" UNION ALL"
	" SELECT 1, m.position, m.tag, m.created_at_iso, m.status, m.applied_at, m.row_id::pg_catalog.text, NULL, NULL, NULL"
	"   FROM s, pg_catalog.jsonb_to_recordset(s.j->'migrations')"
	"        AS m(position pg_catalog.int8, tag pg_catalog.text, created_at_iso pg_catalog.text, status pg_catalog.text,"
	"             applied_at pg_catalog.text, row_id pg_catalog.int8)"
	" UNION ALL"
	" SELECT 2, a.id, coalesce(a.name, 'hash ' OPERATOR(pg_catalog.||) pg_catalog.left(a.hash, 12)), a.created_at_iso,"
	"        CASE WHEN s.j->>'files' IS NULL THEN 'recorded' ELSE 'unknown_row' END,"
	"        a.applied_at, a.id::pg_catalog.text, NULL, NULL, NULL"
	"   FROM s, pg_catalog.jsonb_to_recordset(s.j->'applied')"
	"        AS a(id pg_catalog.int8, name pg_catalog.text, hash pg_catalog.text, created_at_iso pg_catalog.text,"
	"             applied_at pg_catalog.text, tag pg_catalog.text)"
	"  WHERE a.tag IS NULL"
	" UNION ALL"
	" SELECT 3, p.n, p.e->>'code', p.e->>'migration', p.e->>'message', NULL, NULL, NULL, NULL, NULL"
	"   FROM s, pg_catalog.jsonb_array_elements(s.j->'problems') WITH ORDINALITY AS p(e, n)"
	" ORDER BY 1, 2";

static void
print_table(PGresult *res, const Request *req)
{
	int			rows = PQntuples(res);
	int			width = 9;		/* "migration" */
	int			shown = 0;
	int			r;

	for (r = 0; r < rows; r++)
		if (atoi(PQgetvalue(res, r, 0)) == 1 || atoi(PQgetvalue(res, r, 0)) == 2)
			width = Max(width, (int) strlen(PQgetvalue(res, r, 2)));

	for (r = 0; r < rows; r++)
	{
		int			kind = atoi(PQgetvalue(res, r, 0));
		const char *status;
		char	   *line;
		size_t		len;

		if (kind != 1 && kind != 2)
			continue;
		if (shown++ == 0)
			printf("  %4s  %-*s  %-19s  %-13s  %6s  %s\n", "#", width, "migration",
				   "created (UTC)", "status", "row", "applied at (UTC)");
		status = PQgetvalue(res, r, 4);
		line = psprintf("  %4s  %-*s  %-19s  %s%*s  %6s  %s",
						kind == 1 ? PQgetvalue(res, r, 1) : "-",
						width, PQgetvalue(res, r, 2),
						short_time(val(res, r, 3)),
						paint(status, state_color(status)), 13 - (int) strlen(status), "",
						val(res, r, 6) ? val(res, r, 6) : "",
						short_time(val(res, r, 5)));
		len = strlen(line);
		while (len > 0 && line[len - 1] == ' ')
			line[--len] = '\0';
		printf("%s\n", line);
	}
	if (shown == 0)
		printf("  (no migrations%s)\n", req->dir ? " in the folder, none recorded" : " recorded");
}

int
run_status(PGconn *conn, const Request *req, const Bundle *bundle)
{
	char	   *ext = extension_schema(conn);
	const char *params[3] = {bundle ? bundle->journal : NULL, req->schema, req->table};
	PGresult   *res;
	const char *state;
	int			files;
	int			pending;
	bool		printed_problem = false;
	int			r;

	use_color = req->color;
	current_request = req;
	if (req->json)
	{
		res = query(conn, psprintf("SELECT s, s->>'state', s->>'pending'"
								   "  FROM %s.migtrack_status($1::pg_catalog.jsonb, $2, $3) AS s", ext),
					3, params);
		printf("%s\n", PQgetvalue(res, 0, 0));
		state = pg_strdup(PQgetvalue(res, 0, 1));
		pending = val(res, 0, 2) ? atoi(PQgetvalue(res, 0, 2)) : 0;
		PQclear(res);
	}
	else
	{
		res = query(conn, psprintf(status_sql, ext), 3, params);
		state = pg_strdup(PQgetvalue(res, 0, 2));
		files = val(res, 0, 7) ? atoi(PQgetvalue(res, 0, 7)) : 0;
		pending = val(res, 0, 8) ? atoi(PQgetvalue(res, 0, 8)) : 0;

		if (bundle)
			printf("%s (drizzle-kit %s, %d migration%s) vs %s.%s (%s, %s row%s)\n\n",
				   req->dir, bundle->format, files, files == 1 ? "" : "s",
				   req->schema, req->table,
				   val(res, 0, 5) ? PQgetvalue(res, 0, 5) : "absent",
				   PQgetvalue(res, 0, 6), strcmp(PQgetvalue(res, 0, 6), "1") == 0 ? "" : "s");
		else
			printf("%s.%s (%s, %s row%s)\n\n", req->schema, req->table,
				   val(res, 0, 5) ? PQgetvalue(res, 0, 5) : "absent",
				   PQgetvalue(res, 0, 6), strcmp(PQgetvalue(res, 0, 6), "1") == 0 ? "" : "s");
		print_table(res, req);

		printf("\nState: %s", paint(state, state_color(state)));
		if (bundle)
			printf(" -- %s of %d recorded, %d pending; %s user table%s\n",
				   PQgetvalue(res, 0, 4), files, pending, PQgetvalue(res, 0, 9),
				   strcmp(PQgetvalue(res, 0, 9), "1") == 0 ? "" : "s");
		else
			printf(" -- %s user table%s\n", PQgetvalue(res, 0, 9),
				   strcmp(PQgetvalue(res, 0, 9), "1") == 0 ? "" : "s");

		for (r = 0; r < PQntuples(res); r++)
		{
			if (atoi(PQgetvalue(res, r, 0)) != 3)
				continue;
			if (!printed_problem)
				printf("Problems:\n");
			printed_problem = true;
			printf("  %s %s\n", paint(PQgetvalue(res, r, 2), "1;31"), PQgetvalue(res, r, 4));
		}
		printf("Next: %s\n", next_step(req, state, PQgetvalue(res, 0, 3), files));
		PQclear(res);
	}

	if (strcmp(req->command, "check") != 0)
		return EXIT_OK;
	if (strcmp(state, "untracked") == 0 || strcmp(state, "diverged") == 0)
		return EXIT_PROBLEMS;
	if (req->in_sync && pending > 0)
		return EXIT_PROBLEMS;
	return EXIT_OK;
}

/* ---- sync ---- */

typedef struct SyncResult
{
	PGresult   *res;			/* one row per migration to record (or one empty) */
	int			count;
	const char *state_before;
	bool		created;
	bool		upgraded;
} SyncResult;

static void
call_sync(PGconn *conn, const char *ext, const Request *req, const Bundle *bundle,
		  bool dry_run, SyncResult *out)
{
	const char *params[5] = {bundle->journal, req->schema, req->table,
	dry_run ? "true" : "false", req->up_to};
	PGresult   *res = query(conn, psprintf(
										   "SELECT p->>'state_before', p->'tracking_table'->>'created', p->'tracking_table'->>'upgraded',"
										   "       r.tag, pg_catalog.to_char(pg_catalog.timezone('UTC', pg_catalog.to_timestamp("
										   "           r.created_at::pg_catalog.float8 OPERATOR(pg_catalog./) 1000)), 'YYYY-MM-DD HH24:MI:SS'),"
										   "       r.hash"
										   "  FROM %s.migtrack_sync($1::pg_catalog.jsonb, $2, $3, $4::pg_catalog.bool, $5) AS p"
										   "  LEFT JOIN LATERAL pg_catalog.jsonb_to_recordset(p->'rows')"
										   "       AS r(tag pg_catalog.text, created_at pg_catalog.int8, hash pg_catalog.text) ON true",
										   ext), 5, params);

	out->res = res;
	out->state_before = PQgetvalue(res, 0, 0);
	out->created = strcmp(PQgetvalue(res, 0, 1), "true") == 0;
	out->upgraded = strcmp(PQgetvalue(res, 0, 2), "true") == 0;
	out->count = PQgetisnull(res, 0, 3) ? 0 : PQntuples(res);
}

static void
print_plan(const SyncResult *plan, const Request *req)
{
	int			width = 9;
	int			r;

	for (r = 0; r < plan->count; r++)
		width = Max(width, (int) strlen(PQgetvalue(plan->res, r, 3)));
	if (plan->count > 0)
		printf("  %-*s  %-19s  %s\n", width, "migration", "created (UTC)", "hash");
	for (r = 0; r < plan->count; r++)
		printf("  %-*s  %-19s  %.12s\n", width, PQgetvalue(plan->res, r, 3),
			   PQgetvalue(plan->res, r, 4), PQgetvalue(plan->res, r, 5));
	if (plan->created)
		printf("  (%s.%s will be created with drizzle's own DDL)\n", req->schema, req->table);
	if (plan->upgraded)
		printf("  (%s.%s will be upgraded to drizzle 1.0's format, as drizzle-kit migrate 1.0 would:\n"
			   "   columns name and applied_at added, each recorded row named after its migration)\n",
			   req->schema, req->table);
}

static bool
confirmed(int count)
{
	char		answer[64];

	if (count > 0)
		printf("Record %s%d migration%s as applied? [y/N] ", count == 1 ? "this " : "these ",
			   count, count == 1 ? "" : "s");
	else
		printf("Upgrade the table? [y/N] ");
	fflush(stdout);
	if (fgets(answer, sizeof(answer), stdin) == NULL)
		return false;
	return answer[0] == 'y' || answer[0] == 'Y';
}

int
run_sync(PGconn *conn, const Request *req, const Bundle *bundle)
{
	char	   *ext = extension_schema(conn);
	SyncResult	plan;
	SyncResult	done;

	use_color = req->color;
	current_request = req;
	if (req->json && !req->dry_run && !req->yes)
		die(EXIT_REFUSED, "not recording: --json does not prompt\n"
			"HINT:  Run with --dry-run to see the plan, then with --yes to record it.");
	if (req->json)
	{
		const char *params[5] = {bundle->journal, req->schema, req->table,
		req->dry_run ? "true" : "false", req->up_to};
		PGresult   *res = query(conn, psprintf("SELECT %s.migtrack_sync($1::pg_catalog.jsonb, $2, $3, $4::pg_catalog.bool, $5)",
											   ext), 5, params);

		printf("%s\n", PQgetvalue(res, 0, 0));
		return EXIT_OK;
	}

	/* the plan first: it is also the refusal, when the server refuses */
	call_sync(conn, ext, req, bundle, true, &plan);
	if (plan.count == 0 && !plan.upgraded)
	{
		printf("Nothing to record: every migration in %s up to %s is already recorded in %s.%s.\n",
			   req->dir, req->up_to ? req->up_to : "the last", req->schema, req->table);
		return EXIT_OK;
	}
	if (plan.count > 0)
		printf("%s %d migration%s in %s.%s (state now: %s):\n",
			   req->dry_run ? "Would record" : "To record", plan.count, plan.count == 1 ? "" : "s",
			   req->schema, req->table, paint(plan.state_before, state_color(plan.state_before)));
	else
		printf("Nothing to record, but %s.%s is in drizzle 0.x's format:\n", req->schema, req->table);
	print_plan(&plan, req);
	if (req->dry_run)
		return EXIT_OK;

	if (!req->yes)
	{
		if (!isatty(fileno(stdin)))
			die(EXIT_REFUSED, "not recording without confirmation: standard input is not a terminal\n"
				"HINT:  Check the plan above, then run again with --yes.");
		if (!confirmed(plan.count))
			die(EXIT_REFUSED, "not recorded: not confirmed");
	}

	call_sync(conn, ext, req, bundle, false, &done);
	printf("Recorded %d migration%s in %s.%s%s.%s\n", done.count, done.count == 1 ? "" : "s",
		   req->schema, req->table, done.upgraded ? ", upgraded to drizzle 1.0's format" : "",
		   done.count != plan.count ? " (the history changed since the plan was shown)" : "");
	printf("Next: drizzle-kit migrate applies only migrations newer than these.\n");
	return EXIT_OK;
}

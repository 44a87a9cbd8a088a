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

/* the write function this run calls, migtrack_sync, migtrack_migrate or migtrack_repair (EXECUTE revoked from PUBLIC) */
static const char *write_function;

/* every query the client sends: Ctrl-C meanwhile cancels it in the server */
static PGresult *
exec_query(PGconn *conn, const char *sql, int nparams, const char *const *params)
{
	PGresult   *res;

	query_begins(conn);
	res = PQexecParams(conn, sql, nparams, NULL, params, NULL, NULL, 0);
	query_ends();
	return res;
}

/*
 * After "permission denied" (42501): when the current user lacks EXECUTE on
 * the write function, the GRANT that gives it, the function named with its
 * schema and argument types as the catalog has them.  Asked after ROLLBACK
 * (the failed call's transaction is aborted), with has_function_privilege
 * rather than by reading the message, which the server may have translated.
 */
static void
hint_missing_grant(PGconn *conn)
{
	const char *params[1] = {write_function};
	PGresult   *res;
	int			r;

	if (write_function == NULL)
		return;
	/* the failed call's transaction, if it was in one (a bare ROLLBACK would warn) */
	if (PQtransactionStatus(conn) != PQTRANS_IDLE)
		PQclear(exec_query(conn, "ROLLBACK", 0, NULL));
	res = exec_query(conn,
					 "SELECT CURRENT_USER, pg_catalog.format('%I.%I(%s)'::pg_catalog.text, n.nspname, p.proname,"
					 "       (SELECT pg_catalog.string_agg(pg_catalog.format_type(a.t, NULL), ', ' ORDER BY a.i)"
					 "          FROM pg_catalog.unnest(p.proargtypes::pg_catalog.oid[]) WITH ORDINALITY AS a(t, i)))"
					 "  FROM pg_catalog.pg_proc p"
					 "  JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) p.pronamespace"
					 "  JOIN pg_catalog.pg_extension e ON e.extnamespace OPERATOR(pg_catalog.=) n.oid"
					 " WHERE e.extname OPERATOR(pg_catalog.=) 'migtrack'"
					 "   AND p.proname OPERATOR(pg_catalog.=) $1::pg_catalog.name"
					 "   AND NOT pg_catalog.has_function_privilege(p.oid, 'EXECUTE'::pg_catalog.text)",
					 1, params);
	if (PQresultStatus(res) == PGRES_TUPLES_OK)
		for (r = 0; r < PQntuples(res); r++)
		{
			char	   *role = PQescapeIdentifier(conn, PQgetvalue(res, r, 0), strlen(PQgetvalue(res, r, 0)));

			if (role == NULL)
				break;
			log_hint("A superuser or the function's owner can grant it: GRANT EXECUTE ON FUNCTION %s TO %s;",
					 PQgetvalue(res, r, 1), role);
			PQfreemem(role);
		}
	PQclear(res);
}

/*
 * An ERROR from the server: its message, DETAIL and HINT as they came
 * (control characters escaped; DETAIL of any length keeps its line breaks).
 * Only 55000 (object_not_in_prerequisite_state) is migtrack's refusal,
 * exit 3; everything else, 55P03 lock_not_available included, exits 2.
 */
pg_noreturn static void server_error(PGconn *conn, PGresult *res) pg_attribute_noreturn();

static void
server_error(PGconn *conn, PGresult *res)
{
	const char *sqlstate = PQresultErrorField(res, PG_DIAG_SQLSTATE);
	const char *primary = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
	const char *detail = PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL);
	const char *hint = PQresultErrorField(res, PG_DIAG_MESSAGE_HINT);
	const char *context = PQresultErrorField(res, PG_DIAG_CONTEXT);
	bool		refused = sqlstate != NULL && strcmp(sqlstate, "55000") == 0;

	log_error("%s", escape_controls(primary ? primary : PQresultErrorMessage(res), false));
	if (detail)
		log_detail("%s", detail);
	if (hint)
		log_hint("%s", escape_controls(hint, false));
	if (context)
		log_context(context);
	if (sqlstate != NULL && strcmp(sqlstate, "42501") == 0)
		hint_missing_grant(conn);
	exit(refused ? EXIT_REFUSED : EXIT_ERROR);
}

/*
 * Schema of the installed extension, quoted; EXIT_ERROR if it is missing.
 * Its row of pg_extension was asked with the session's setup (connect.c).
 */
static char *
extension_schema(PGconn *conn)
{
	PGresult   *res = extension_lookup();
	char	   *schema;

	if (PQresultStatus(res) != PGRES_TUPLES_OK)
		server_error(conn, res);
	if (PQntuples(res) == 0)
	{
		log_error("extension \"migtrack\" is not installed in database \"%s\"", PQdb(conn));
		log_hint("Run CREATE EXTENSION migtrack; in that database (the migtrack package must be installed on the server).");
		exit(EXIT_ERROR);
	}
	if (strcmp(PQgetvalue(res, 0, 1), MIGTRACK_VERSION) != 0)
	{
		log_error("extension \"migtrack\" in database \"%s\" is version %s; this client needs %s",
				  PQdb(conn), PQgetvalue(res, 0, 1), MIGTRACK_VERSION);
		log_hint("Run ALTER EXTENSION migtrack UPDATE; after installing migtrack %s on the server.",
				 MIGTRACK_VERSION);
		exit(EXIT_ERROR);
	}
	schema = PQescapeIdentifier(conn, PQgetvalue(res, 0, 0), strlen(PQgetvalue(res, 0, 0)));
	PQclear(res);
	return schema;
}

/*
 * A query calling a migtrack function.  The session runs with an empty
 * search_path (connect.c), but the functions resolve the unqualified names
 * of the migrations' SQL as drizzle would run it, with the session's own
 * search_path: that is set back for the one transaction the call runs in.
 * The query's own text names everything with its schema (OPERATOR(
 * pg_catalog.->>) and so on), so whatever that search_path holds, the
 * client itself calls nothing in it.
 */
static PGresult *
call_query(PGconn *conn, const char *sql, int nparams, const char *const *params)
{
	const char *path[1] = {drizzle_search_path()};
	PGresult   *results[4] = {NULL};
	PGresult   *res;
	int			i;

	/*
	 * BEGIN, the search_path, the call and COMMIT, sent at once in a
	 * pipeline: one round trip.  The server runs them one after the other
	 * as if sent one by one; after an error it skips the rest (the
	 * transaction is then aborted, as it was when we stopped at the error).
	 */
	query_begins(conn);
	if (!PQenterPipelineMode(conn) ||
		!PQsendQueryParams(conn, "BEGIN", 0, NULL, NULL, NULL, NULL, 0) ||
		!PQsendQueryParams(conn, "SELECT pg_catalog.set_config('search_path', $1, true)", 1, NULL, path,
						   NULL, NULL, 0) ||
		!PQsendQueryParams(conn, sql, nparams, NULL, params, NULL, NULL, 0) ||
		!PQsendQueryParams(conn, "COMMIT", 0, NULL, NULL, NULL, NULL, 0) ||
		!PQpipelineSync(conn))
	{
		query_ends();
		die(EXIT_ERROR, "%s", PQerrorMessage(conn));
	}
	for (i = 0; i < 4; i++)
	{
		if ((results[i] = PQgetResult(conn)) == NULL)
			break;
		/* each query's results end with a NULL */
		while ((res = PQgetResult(conn)) != NULL)
			PQclear(res);
	}
	/* the end of the pipeline, PGRES_PIPELINE_SYNC, unless the connection was lost */
	res = PQgetResult(conn);
	if (PQresultStatus(res) == PGRES_PIPELINE_SYNC)
		PQexitPipelineMode(conn);
	query_ends();
	/* the first that failed, as when they were sent one by one */
	for (i = 0; i < 4; i++)
	{
		if (results[i] == NULL)
			die(EXIT_ERROR, "%s", PQerrorMessage(conn));
		if (PQresultStatus(results[i]) != (i == 0 || i == 3 ? PGRES_COMMAND_OK : PGRES_TUPLES_OK))
			server_error(conn, results[i]);
	}
	if (PQresultStatus(res) != PGRES_PIPELINE_SYNC)
		die(EXIT_ERROR, "%s", PQerrorMessage(conn));
	PQclear(res);
	PQclear(results[0]);
	PQclear(results[1]);
	PQclear(results[3]);
	return results[2];
}

/* a value as the server sent it, NULL for NULL */
static const char *
val(PGresult *res, int row, int col)
{
	return PQgetisnull(res, row, col) ? NULL : PQgetvalue(res, row, col);
}

/* a value to print: control characters escaped, "" for NULL (mostly the value itself) */
static const char *
printable(PGresult *res, int row, int col)
{
	const char *v = PQgetvalue(res, row, col);

	return has_controls(v, false) ? escape_controls(v, false) : v;
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

/* ---- suggested commands ---- */

/*
 * The folder as one shell word; "./-x" rather than an option.  Without one,
 * the placeholder DIR: a plain word, so that a command pasted as printed
 * fails for want of that folder rather than redirecting anything.
 */
static char *
dir_word(const Request *req)
{
	if (req->dir == NULL)
		return "DIR";
	if (req->dir[0] == '-')
		return shell_quote(psprintf("./%s", req->dir));
	return shell_quote(req->dir);
}

/*
 * A migtrack command to suggest: the call and its options, from one part of
 * the server's structured "next".  schema/table: the history to name when
 * not the caller's (a mistyped name, corrected), else NULL.
 */
typedef struct CallSpec
{
	const char *call;			/* sync, status, check, repair, migrate */
	const char *schema;
	const char *table;
	const char *accept;			/* sync: --accept's value, one shell word */
	bool		apply_absent;
	const char *accept_edits;	/* repair: --accept-edit's value, one shell word */
	const char *forget;			/* repair: row ids, "4,7" */
	bool		name_rows;
	bool		out_of_order;	/* migrate */
} CallSpec;

/* the CLI spelling of the table options, for suggested commands */
static char *
table_options(const Request *req, const CallSpec *c)
{
	const char *schema = c && c->schema ? c->schema : req->schema;
	const char *table = c && c->table ? c->table : req->table;
	StringInfoData s;

	initStringInfo(&s);
	if (strcmp(schema, "drizzle") != 0)
		appendStringInfo(&s, " --migrations-schema=%s", shell_quote(schema));
	if (strcmp(table, "__drizzle_migrations") != 0)
		appendStringInfo(&s, " --migrations-table=%s", shell_quote(table));
	/*
	 * Through a dev database given on the command line: again.  A URL that
	 * holds a password is given without it (its other options as a conninfo
	 * string): a pasted command then finds the password where libpq looks
	 * (.pgpass, PGPASSWORD), rather than carrying a mask as one.
	 */
	if (req->dev_url_arg != NULL)
	{
		const char *url = req->dev_url_arg;
		PQconninfoOption *opts;

		if (strcmp(mask_secrets(url), url) != 0 && (opts = PQconninfoParse(url, NULL)) != NULL)
		{
			url = conninfo_string(opts, NULL);
			PQconninfoFree(opts);
		}
		appendStringInfo(&s, " --dev-url=%s", shell_quote(url));
	}
	return s.data;
}

/*
 * The tags (rows of kind "kind": 8 accept, 9 accept_edits) of part number
 * "part" as the option's value: joined by ",", a "," or "\" inside a tag
 * written "\," or "\\" (see tag_array), the whole one shell word.  NULL
 * when there are none.
 */
static char *
tag_list_value(PGresult *res, int kind, int part)
{
	StringInfoData list;
	int			r;

	initStringInfo(&list);
	for (r = 0; r < PQntuples(res); r++)
	{
		const char *t;

		if (atoi(PQgetvalue(res, r, 0)) != kind || atoi(PQgetvalue(res, r, 3)) != part)
			continue;
		if (list.len > 0)
			appendStringInfoChar(&list, ',');
		for (t = PQgetvalue(res, r, 2); *t; t++)
		{
			if (*t == ',' || *t == '\\')
				appendStringInfoChar(&list, '\\');
			appendStringInfoChar(&list, *t);
		}
	}
	return list.len > 0 ? shell_quote(list.data) : NULL;
}

/* "migtrack sync DIR --accept=... --apply-absent", every value quoted */
static char *
cli_command(const Request *req, const CallSpec *c)
{
	StringInfoData s;

	initStringInfo(&s);
	appendStringInfo(&s, "migtrack %s %s%s", c->call, dir_word(req), table_options(req, c));
	if (strcmp(c->call, "sync") == 0)
	{
		if (c->accept != NULL)
			appendStringInfo(&s, " --accept=%s", c->accept);
		if (c->apply_absent)
			appendStringInfoString(&s, " --apply-absent");
	}
	if (strcmp(c->call, "repair") == 0)
	{
		if (c->accept_edits != NULL)
			appendStringInfo(&s, " --accept-edit=%s", c->accept_edits);
		if (c->forget != NULL && c->forget[0] != '\0')
			appendStringInfo(&s, " --forget=%s", shell_quote(c->forget));
		if (c->name_rows)
			appendStringInfoString(&s, " --name-rows");
	}
	if (strcmp(c->call, "migrate") == 0 && c->out_of_order)
		appendStringInfoString(&s, " --out-of-order");
	return s.data;
}

static bool
is_true(PGresult *res, int r, int col)
{
	return !PQgetisnull(res, r, col) && strcmp(PQgetvalue(res, r, col), "true") == 0;
}

/* the call of a kind 7 row (a part of "next") */
static CallSpec
part_call(PGresult *res, int r)
{
	CallSpec	c = {0};
	int			part = atoi(PQgetvalue(res, r, 1));

	c.call = val(res, r, 3);
	c.apply_absent = is_true(res, r, 4);
	c.schema = val(res, r, 5);
	c.table = val(res, r, 6);
	c.name_rows = is_true(res, r, 7);
	c.out_of_order = is_true(res, r, 8);
	c.forget = val(res, r, 9);
	c.accept = tag_list_value(res, 8, part);
	c.accept_edits = tag_list_value(res, 9, part);
	return c;
}

/* drop trailing blanks */
static void
trim_end(StringInfo s)
{
	while (s->len > 0 && s->data[s->len - 1] == ' ')
		s->data[--s->len] = '\0';
}

/*
 * What to do next, from the server's structured "next" (kinds 6-8 of
 * status_sql): its prose, control characters escaped, with each migtrack
 * call it names as a command on a line of its own, ready to paste.  Where
 * the next step is a plain sync or a status, say so in CLI terms.  An older
 * server without "next": its recommendation as it is (it speaks SQL).
 */
static char *
next_step(PGresult *res, const Request *req, const char *state, const char *recommendation,
		  int files)
{
	bool		has_next = false;
	CallSpec	action = {0};
	bool		overridden = false;
	StringInfoData out;
	bool		after_call = false;
	int			r;

	for (r = 0; r < PQntuples(res); r++)
	{
		if (atoi(PQgetvalue(res, r, 0)) == 6)
			has_next = true;
		/* the step's action is its last call (as the server's "action") */
		if (atoi(PQgetvalue(res, r, 0)) == 7 && val(res, r, 3) != NULL)
		{
			action = part_call(res, r);
			if (action.schema || action.table)
				overridden = true;
		}
	}
	if (!has_next)
		return escape_controls(recommendation, false);

	if (strcmp(state, "untracked") == 0 && req->dir && action.call && strcmp(action.call, "sync") == 0 &&
		action.accept == NULL && !action.apply_absent)
		return psprintf("record the %d migration%s without running %s (drizzle-kit migrate then applies only newer ones):\n    %s",
						files, files == 1 ? "" : "s", files == 1 ? "it" : "them", cli_command(req, &action));
	/* without a folder the server can only say "pass the journal": say it in CLI terms */
	if (!req->dir && !overridden &&
		(strcmp(state, "untracked") == 0 || strcmp(state, "tracked") == 0))
	{
		CallSpec	status = {.call = "status"};

		return psprintf("compare the history with the migration files (DIR: drizzle.config's out folder):\n    %s",
						cli_command(req, &status));
	}

	initStringInfo(&out);
	for (r = 0; r < PQntuples(res); r++)
	{
		const char *text;

		if (atoi(PQgetvalue(res, r, 0)) != 7)
			continue;
		text = val(res, r, 2);
		if (val(res, r, 3) != NULL)
		{
			CallSpec	c = part_call(res, r);

			trim_end(&out);
			appendStringInfo(&out, "\n    %s", cli_command(req, &c));
			after_call = true;
		}
		else if (text != NULL)
		{
			if (after_call)
			{
				while (*text == ' ')
					text++;
				if (*text == '\0')
					continue;	/* the blank between two sentences: still after the call */
				appendStringInfoChar(&out, '\n');
			}
			appendStringInfoString(&out, escape_controls(text, false));
			after_call = false;
		}
	}
	trim_end(&out);
	return out.data;
}

/*
 * One query: the summary row (kind 0; its column 4 is left to the client,
 * which counts the migrations with a row), the journal's migrations (1), rows
 * matching none (2; all rows without a journal), the problems (3), the
 * audit trail's newest entries (4), what the journal has that drizzle never
 * reads (5), the structured next step (6: action, apply_absent; 7: its
 * parts in order: text, call, apply_absent, migrations_schema,
 * migrations_table, name_rows, out_of_order, forget_rows joined by ","; 8:
 * accept tags, each with the number of its part, 0 for the step's own; 9:
 * accept_edits tags, likewise), the drift (10: objects; 11: other tables).
 *
 * It runs with drizzle's search_path (call_query): every operator, function
 * and type is named with its schema, OPERATOR(pg_catalog.->>) included.
 */
/* x when it is an array, else [] (a field absent or null, as servers evolve) */
#define ARR(x) "(CASE WHEN pg_catalog.jsonb_typeof(" x ") OPERATOR(pg_catalog.=) 'array' THEN " x \
	" ELSE '[]'::pg_catalog.jsonb END)"
#define J_ARRAY(x) "pg_catalog.jsonb_array_elements" ARR(x)
#define J_ARRAY_TEXT(x) "pg_catalog.jsonb_array_elements_text" ARR(x)
#define NEXT "(s.j OPERATOR(pg_catalog.->) 'next')"

static const char *status_sql =
	"WITH s AS MATERIALIZED (SELECT %s.migtrack_status($1::pg_catalog.jsonb, $2::pg_catalog.text,"
	"                                    $3::pg_catalog.text, $4::pg_catalog.bool) AS j)"
	" SELECT 0 AS kind, 0::pg_catalog.int8 AS ord, j OPERATOR(pg_catalog.->>) 'state',"
	"        j OPERATOR(pg_catalog.->>) 'recommendation', NULL,"
	"        j OPERATOR(pg_catalog.->) 'tracking_table' OPERATOR(pg_catalog.->>) 'format',"
	"        j OPERATOR(pg_catalog.->>) 'applied_rows', j OPERATOR(pg_catalog.->>) 'files',"
	"        j OPERATOR(pg_catalog.->>) 'pending', j OPERATOR(pg_catalog.->>) 'user_tables'"
	"   FROM s"
	" UNION ALL"
	" SELECT 1, m.position, m.tag, m.created_at_iso, m.status, m.applied_at, m.row_id::pg_catalog.text, m.verdict,"
	/* the subquery only for a migration that has something to say */
	"        CASE WHEN m.missing OPERATOR(pg_catalog.=) '[]'::pg_catalog.jsonb"
	"              AND m.unverifiable OPERATOR(pg_catalog.=) '[]'::pg_catalog.jsonb THEN NULL"
	"        ELSE (SELECT pg_catalog.string_agg(x, '; ') FROM "
	J_ARRAY_TEXT("(" ARR("m.missing") " OPERATOR(pg_catalog.||) " ARR("m.unverifiable") ")") " AS x) END, NULL"
	"   FROM s, pg_catalog.jsonb_to_recordset" ARR("(s.j OPERATOR(pg_catalog.->) 'migrations')")
	"        AS m(position pg_catalog.int8, tag pg_catalog.text, created_at_iso pg_catalog.text, status pg_catalog.text,"
	"             applied_at pg_catalog.text, row_id pg_catalog.int8, verdict pg_catalog.text,"
	"             missing pg_catalog.jsonb, unverifiable pg_catalog.jsonb)"
	" UNION ALL"
	" SELECT 2, a.id, coalesce(a.name, 'hash ' OPERATOR(pg_catalog.||) pg_catalog.left(a.hash, 12)), a.created_at_iso,"
	"        CASE WHEN s.j OPERATOR(pg_catalog.->>) 'files' IS NULL THEN 'recorded' ELSE 'unknown_row' END,"
	"        a.applied_at, a.id::pg_catalog.text, NULL, NULL, NULL"
	"   FROM s, pg_catalog.jsonb_to_recordset" ARR("(s.j OPERATOR(pg_catalog.->) 'applied')")
	"        AS a(id pg_catalog.int8, name pg_catalog.text, hash pg_catalog.text, created_at_iso pg_catalog.text,"
	"             applied_at pg_catalog.text, tag pg_catalog.text)"
	"  WHERE a.tag IS NULL"
	" UNION ALL"
	" SELECT 3, p.n, p.e OPERATOR(pg_catalog.->>) 'code', p.e OPERATOR(pg_catalog.->>) 'migration',"
	"        p.e OPERATOR(pg_catalog.->>) 'message', NULL, NULL, NULL, NULL, NULL"
	"   FROM s, " J_ARRAY("(s.j OPERATOR(pg_catalog.->) 'problems')") " WITH ORDINALITY AS p(e, n)"
	" UNION ALL"
	" SELECT 4, a.n, a.e OPERATOR(pg_catalog.->>) 'recorded_at', a.e OPERATOR(pg_catalog.->>) 'action',"
	"        a.e OPERATOR(pg_catalog.->>) 'user_name', a.e OPERATOR(pg_catalog.->>) 'rows_written',"
	"        (SELECT pg_catalog.string_agg(x, ', ') FROM "
	J_ARRAY_TEXT("coalesce(a.e OPERATOR(pg_catalog.->) 'detail' OPERATOR(pg_catalog.->) 'commands',"
				 " a.e OPERATOR(pg_catalog.->) 'migrations')") " AS x),"
	"        s.j OPERATOR(pg_catalog.->) 'audit' OPERATOR(pg_catalog.->>) 'entries', NULL, NULL"
	"   FROM s, " J_ARRAY("(s.j OPERATOR(pg_catalog.->) 'audit' OPERATOR(pg_catalog.->) 'recent')")
	"        WITH ORDINALITY AS a(e, n)"
	"  WHERE a.n OPERATOR(pg_catalog.<=) 5::pg_catalog.int8"
	" UNION ALL"
	" SELECT 5, i.n, i.e, NULL, NULL, NULL, NULL, NULL, NULL, NULL"
	"   FROM s, " J_ARRAY_TEXT("(s.j OPERATOR(pg_catalog.->) 'journal_ignored')")
	"        WITH ORDINALITY AS i(e, n)"
	" UNION ALL"
	" SELECT 6, 0, " NEXT " OPERATOR(pg_catalog.->>) 'action', " NEXT " OPERATOR(pg_catalog.->>) 'apply_absent',"
	"        NULL, NULL, NULL, NULL, NULL, NULL"
	"   FROM s WHERE pg_catalog.jsonb_typeof(" NEXT ") OPERATOR(pg_catalog.=) 'object'"
	" UNION ALL"
	" SELECT 7, p.n, p.e OPERATOR(pg_catalog.->>) 'text', p.e OPERATOR(pg_catalog.->>) 'call',"
	"        p.e OPERATOR(pg_catalog.->>) 'apply_absent', p.e OPERATOR(pg_catalog.->>) 'migrations_schema',"
	"        p.e OPERATOR(pg_catalog.->>) 'migrations_table', p.e OPERATOR(pg_catalog.->>) 'name_rows',"
	"        p.e OPERATOR(pg_catalog.->>) 'out_of_order',"
	"        (SELECT pg_catalog.string_agg(x, ',') FROM " J_ARRAY_TEXT("(p.e OPERATOR(pg_catalog.->) 'forget_rows')") " AS x)"
	"   FROM s, " J_ARRAY(NEXT " OPERATOR(pg_catalog.->) 'parts'") " WITH ORDINALITY AS p(e, n)"
	" UNION ALL"
	" SELECT 8, a.m, a.t, '0', NULL, NULL, NULL, NULL, NULL, NULL"
	"   FROM s, " J_ARRAY_TEXT(NEXT " OPERATOR(pg_catalog.->) 'accept'") " WITH ORDINALITY AS a(t, m)"
	" UNION ALL"
	" SELECT 8, a.m, a.t, p.n::pg_catalog.text, NULL, NULL, NULL, NULL, NULL, NULL"
	"   FROM s, " J_ARRAY(NEXT " OPERATOR(pg_catalog.->) 'parts'") " WITH ORDINALITY AS p(e, n),"
	"        " J_ARRAY_TEXT("(p.e OPERATOR(pg_catalog.->) 'accept')") " WITH ORDINALITY AS a(t, m)"
	" UNION ALL"
	" SELECT 9, a.m, a.t, p.n::pg_catalog.text, NULL, NULL, NULL, NULL, NULL, NULL"
	"   FROM s, " J_ARRAY(NEXT " OPERATOR(pg_catalog.->) 'parts'") " WITH ORDINALITY AS p(e, n),"
	"        " J_ARRAY_TEXT("(p.e OPERATOR(pg_catalog.->) 'accept_edits')") " WITH ORDINALITY AS a(t, m)"
	" UNION ALL"
	" SELECT 10, d.n, d.e, NULL, NULL, NULL, NULL, NULL, NULL, NULL"
	"   FROM s, " J_ARRAY_TEXT("(s.j OPERATOR(pg_catalog.->) 'drift' OPERATOR(pg_catalog.->) 'objects')")
	"        WITH ORDINALITY AS d(e, n)"
	" UNION ALL"
	" SELECT 11, d.n, d.e, NULL, NULL, NULL, NULL, NULL, NULL, NULL"
	"   FROM s, " J_ARRAY_TEXT("(s.j OPERATOR(pg_catalog.->) 'drift' OPERATOR(pg_catalog.->) 'other_tables')")
	"        WITH ORDINALITY AS d(e, n)"
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
			width = Max(width, (int) strlen(printable(res, r, 2)));

	for (r = 0; r < rows; r++)
	{
		int			kind = atoi(PQgetvalue(res, r, 0));
		const char *status;
		const char *verdict;
		char	   *line;
		size_t		len;

		if (kind != 1 && kind != 2)
			continue;
		if (shown++ == 0)
			printf("  %4s  %-*s  %-19s  %-13s  %-12s  %6s  %s\n", "#", width, "migration",
				   "created (UTC)", "status", "in catalog", "row", "applied at (UTC)");
		status = printable(res, r, 4);
		verdict = val(res, r, 7) ? val(res, r, 7) : "";
		line = psprintf("  %4s  %-*s  %-19s  %s%*s  %s%*s  %6s  %s",
						kind == 1 ? printable(res, r, 1) : "-",
						width, printable(res, r, 2),
						short_time(val(res, r, 3)),
						paint(status, state_color(status)), 13 - (int) strlen(status), "",
						paint(verdict, strcmp(verdict, "present") == 0 || strcmp(verdict, "superseded") == 0
							  ? "32" : "33"), 12 - (int) strlen(verdict), "",
						val(res, r, 6) ? val(res, r, 6) : "",
						short_time(val(res, r, 5)));
		len = strlen(line);
		while (len > 0 && line[len - 1] == ' ')
			line[--len] = '\0';
		printf("%s\n", line);
	}
	if (shown == 0)
		printf("  (no migrations%s)\n", req->dir ? " in the folder, none recorded" : " recorded");

	/*
	 * What the catalog lacks, or could not tell.  A pending migration whose
	 * objects are all absent is what pending means (drizzle-kit migrate will
	 * create them): not listed.  Pending and partial still is: migrate would
	 * fail on what exists.
	 */
	for (shown = 0, r = 0; r < rows; r++)
		if (atoi(PQgetvalue(res, r, 0)) == 1 && val(res, r, 8) != NULL &&
			!(strcmp(PQgetvalue(res, r, 4), "pending") == 0 &&
			  strcmp(PQgetvalue(res, r, 7), "absent") == 0))
		{
			if (shown++ == 0)
				printf("\nNot verified in the catalog:\n");
			printf("  %s (%s): %s\n", printable(res, r, 2), printable(res, r, 7), printable(res, r, 8));
		}
}

/* a ", "-separated list cut after whole items, so no character is split */
static char *
elide_list(const char *list, size_t max)
{
	const char *cut = list;
	const char *p;

	if (strlen(list) <= max)
		return pg_strdup(list);
	for (p = strstr(list, ", "); p != NULL && (size_t) (p - list) <= max; p = strstr(p + 2, ", "))
		cut = p;
	return psprintf("%.*s, ...", (int) (cut - list), list);
}

/* what drizzle's migrator never reads in the journal (kind 5): said, not refused */
static void
print_ignored(PGresult *res)
{
	int			shown = 0;
	int			r;

	for (r = 0; r < PQntuples(res); r++)
		if (atoi(PQgetvalue(res, r, 0)) == 5)
		{
			if (shown++ == 0)
				printf("\nIgnored in meta/_journal.json, as drizzle-orm's migrator ignores it:\n");
			printf("  %s\n", printable(res, r, 2));
		}
}

/*
 * The drift (kind 10): what the catalog holds, in the schemas the journal
 * touches, that no migration explains; then, on one short line, the tables
 * in schemas no migration touches (kind 11, not a problem).
 */
static void
print_drift(PGresult *res)
{
	StringInfoData others;
	int			nothers = 0;
	int			shown = 0;
	int			r;

	initStringInfo(&others);
	for (r = 0; r < PQntuples(res); r++)
	{
		int			kind = atoi(PQgetvalue(res, r, 0));

		if (kind == 10)
		{
			if (shown++ == 0)
				printf("\nDrift (in the catalog, created by no migration):\n");
			printf("  %s\n", printable(res, r, 2));
		}
		else if (kind == 11)
		{
			appendStringInfo(&others, "%s%s", nothers++ ? ", " : "", printable(res, r, 2));
		}
	}
	if (nothers > 0)
		printf("%s%d table%s in schemas no migration touches (not drift): %s\n",
			   shown ? "" : "\n", nothers, nothers == 1 ? "" : "s", elide_list(others.data, 100));
}

/* the newest entries of migtrack.audit, when the user may read it (kind 4) */
static void
print_audit(PGresult *res)
{
	int			shown = 0;
	int			r;

	for (r = 0; r < PQntuples(res); r++)
	{
		const char *what;
		int			rows;

		if (atoi(PQgetvalue(res, r, 0)) != 4)
			continue;
		if (shown++ == 0)
			printf("\nRecent changes (migtrack.audit, %s entr%s):\n", printable(res, r, 7),
				   strcmp(printable(res, r, 7), "1") == 0 ? "y" : "ies");
		rows = atoi(PQgetvalue(res, r, 5));
		what = elide_list(val(res, r, 6) ? printable(res, r, 6) : "", 100);
		if (strcmp(printable(res, r, 3), "guard_override") == 0)
			printf("  %s  guard override by %s: %s\n", short_time(val(res, r, 2)),
				   printable(res, r, 4), what);
		else
			printf("  %s  %s by %s: %d row%s%s%s%s\n", short_time(val(res, r, 2)),
				   printable(res, r, 3), printable(res, r, 4), rows, rows == 1 ? "" : "s",
				   rows > 0 ? " (" : "", rows > 0 ? what : "", rows > 0 ? ")" : "");
	}
}

int
run_status(PGconn *conn, const Request *req, const Bundle *bundle)
{
	char	   *ext = extension_schema(conn);
	const char *params[4] = {bundle ? bundle->journal : NULL, req->schema, req->table,
	req->no_verify ? "false" : "true"};
	PGresult   *res;
	const char *state;
	int			files;
	int			pending;
	bool		printed_problem = false;
	int			r;

	use_color = req->color;
	if (req->json)
	{
		res = call_query(conn, psprintf("SELECT s, s OPERATOR(pg_catalog.->>) 'state', s OPERATOR(pg_catalog.->>) 'pending'"
										"  FROM %s.migtrack_status($1::pg_catalog.jsonb, $2::pg_catalog.text,"
										"                          $3::pg_catalog.text, $4::pg_catalog.bool) AS s", ext),
						 4, params);
		printf("%s\n", PQgetvalue(res, 0, 0));
		state = pg_strdup(PQgetvalue(res, 0, 1));
		pending = val(res, 0, 2) ? atoi(PQgetvalue(res, 0, 2)) : 0;
		PQclear(res);
	}
	else
	{
		int			recorded = 0;

		res = call_query(conn, psprintf(status_sql, ext), 4, params);
		state = pg_strdup(PQgetvalue(res, 0, 2));
		for (r = 0; r < PQntuples(res); r++)
			recorded += atoi(PQgetvalue(res, r, 0)) == 1 && val(res, r, 6) != NULL;
		files = val(res, 0, 7) ? atoi(PQgetvalue(res, 0, 7)) : 0;
		pending = val(res, 0, 8) ? atoi(PQgetvalue(res, 0, 8)) : 0;

		if (bundle)
			printf("%s (drizzle-kit %s, %d migration%s) vs %s.%s (%s, %s row%s)\n\n",
				   escape_controls(req->dir, false), bundle->format, files, files == 1 ? "" : "s",
				   escape_controls(req->schema, false), escape_controls(req->table, false),
				   val(res, 0, 5) ? PQgetvalue(res, 0, 5) : "absent",
				   PQgetvalue(res, 0, 6), strcmp(PQgetvalue(res, 0, 6), "1") == 0 ? "" : "s");
		else
			printf("%s.%s (%s, %s row%s)\n\n", escape_controls(req->schema, false),
				   escape_controls(req->table, false),
				   val(res, 0, 5) ? PQgetvalue(res, 0, 5) : "absent",
				   PQgetvalue(res, 0, 6), strcmp(PQgetvalue(res, 0, 6), "1") == 0 ? "" : "s");
		print_table(res, req);
		print_drift(res);
		print_ignored(res);
		print_audit(res);

		printf("\nState: %s", paint(state, state_color(state)));
		if (bundle && !val(res, 0, 9))	/* not counted (--no-verify, nothing needed it) */
			printf(" -- %d of %d recorded, %d pending\n", recorded, files, pending);
		else if (bundle)
			printf(" -- %d of %d recorded, %d pending; %s user table%s\n",
				   recorded, files, pending, PQgetvalue(res, 0, 9),
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
			printf("  %s %s\n", paint(printable(res, r, 2), "1;31"), printable(res, r, 4));
		}
		printf("Next: %s\n", next_step(res, req, state, PQgetvalue(res, 0, 3), files));
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

/*
 * A text[] literal of a tag list (--accept, --accept-edit), each quoted.
 * Tags are separated by ","; a tag that holds a "," or a "\\" gives it as
 * "\\," or "\\\\" (the suggested commands write them so).
 */
static char *
tag_array(const char *tags)
{
	StringInfoData s;
	const char *p;

	if (tags == NULL)
		return NULL;
	initStringInfo(&s);
	appendStringInfoChar(&s, '{');
	for (p = tags; *p;)
	{
		appendStringInfoString(&s, s.len > 1 ? ",\"" : "\"");
		for (; *p && *p != ','; p++)
		{
			if (*p == '\\' && (p[1] == ',' || p[1] == '\\'))
				p++;
			if (*p == '"' || *p == '\\')
				appendStringInfoChar(&s, '\\');
			appendStringInfoChar(&s, *p);
		}
		appendStringInfoChar(&s, '"');
		if (*p == ',')
			p++;
	}
	appendStringInfoChar(&s, '}');
	return s.data;
}

/* the SQL call for sync or migrate, with its 8 or 5 parameters */
static const char *
write_call(const char *ext, const Request *req)
{
	if (strcmp(req->command, "migrate") == 0)
		return psprintf("%s.migtrack_migrate($1::pg_catalog.jsonb, $2::pg_catalog.text, $3::pg_catalog.text,"
						" $4::pg_catalog.bool, $5::pg_catalog.bool)", ext);
	return psprintf("%s.migtrack_sync($1::pg_catalog.jsonb, $2::pg_catalog.text, $3::pg_catalog.text,"
					" $4::pg_catalog.bool, $5::pg_catalog.text, $6::pg_catalog.text[], $7::pg_catalog.bool,"
					" $8::pg_catalog.bool)", ext);
}

static int
write_params(const Request *req, const Bundle *bundle, bool dry_run, const char **params)
{
	params[0] = bundle->journal;
	params[1] = req->schema;
	params[2] = req->table;
	params[3] = dry_run ? "true" : "false";
	if (strcmp(req->command, "migrate") == 0)
	{
		params[4] = req->out_of_order ? "true" : "false";
		return 5;
	}
	params[4] = req->up_to;
	params[5] = tag_array(req->accept);
	params[6] = req->force ? "true" : "false";
	params[7] = req->apply_absent ? "true" : "false";
	return 8;
}

static void
call_sync(PGconn *conn, const char *ext, const Request *req, const Bundle *bundle,
		  bool dry_run, SyncResult *out)
{
	const char *params[8];
	int			nparams = write_params(req, bundle, dry_run, params);
	PGresult   *res = call_query(conn, psprintf(
												"SELECT p OPERATOR(pg_catalog.->>) 'state_before',"
												"       p OPERATOR(pg_catalog.->) 'tracking_table' OPERATOR(pg_catalog.->>) 'created',"
												"       p OPERATOR(pg_catalog.->) 'tracking_table' OPERATOR(pg_catalog.->>) 'upgraded',"
												"       r.tag, pg_catalog.to_char(pg_catalog.timezone('UTC'::pg_catalog.text, pg_catalog.to_timestamp("
												"           r.created_at::pg_catalog.float8 OPERATOR(pg_catalog./) 1000::pg_catalog.float8)),"
												"           'YYYY-MM-DD HH24:MI:SS'::pg_catalog.text),"
												"       r.hash, r.verdict, r.apply, p::pg_catalog.text"
												"  FROM %s AS p"
												"  LEFT JOIN LATERAL pg_catalog.jsonb_to_recordset" ARR("(p OPERATOR(pg_catalog.->) 'rows')")
												"       AS r(tag pg_catalog.text, created_at pg_catalog.int8, hash pg_catalog.text,"
												"            verdict pg_catalog.text, apply pg_catalog.bool) ON true",
												write_call(ext, req)), nparams, params);

	out->res = res;
	out->state_before = PQgetvalue(res, 0, 0);
	out->created = strcmp(PQgetvalue(res, 0, 1), "true") == 0;
	out->upgraded = strcmp(PQgetvalue(res, 0, 2), "true") == 0;
	out->count = PQgetisnull(res, 0, 3) ? 0 : PQntuples(res);
}

/*
 * Through a dev database (--dev-url) the write above went to the scratch
 * database: do to the target what it did there.  Returns the rows the
 * target got.
 */
static int
write_to_target(const Request *req, const Bundle *bundle, const SyncResult *done)
{
	char	  **tags = pg_malloc0(sizeof(char *) * (done->count + 1));
	bool	   *apply = pg_malloc0(sizeof(bool) * (done->count + 1));
	int			r;

	for (r = 0; r < done->count; r++)
	{
		tags[r] = PQgetvalue(done->res, r, 3);
		apply[r] = strcmp(PQgetvalue(done->res, r, 7), "t") == 0;
	}
	return dev_write(req, bundle->format, done->count, tags, apply);
}

static void
print_plan(const SyncResult *plan, const Request *req)
{
	int			width = 9;
	int			r;

	for (r = 0; r < plan->count; r++)
		width = Max(width, (int) strlen(printable(plan->res, r, 3)));
	if (plan->count > 0)
		printf("  %-*s  %-19s  %-12s  %s\n", width, "migration", "created (UTC)", "hash", "in the catalog");
	for (r = 0; r < plan->count; r++)
	{
		const char *verdict = printable(plan->res, r, 6);
		bool		apply = strcmp(printable(plan->res, r, 7), "t") == 0;

		printf("  %-*s  %-19s  %.12s  %s%s\n", width, printable(plan->res, r, 3),
			   printable(plan->res, r, 4), printable(plan->res, r, 5),
			   paint(verdict, strcmp(verdict, "present") == 0 || strcmp(verdict, "superseded") == 0 ? "32" : "33"),
			   apply ? "  -> its SQL will be run" : "");
	}
	if (plan->created)
		printf("  (%s.%s will be created with drizzle's own DDL)\n", escape_controls(req->schema, false), escape_controls(req->table, false));
	if (plan->upgraded)
		printf("  (%s.%s will be upgraded to drizzle 1.0's format, as drizzle-kit migrate 1.0 would:\n"
			   "   columns name and applied_at added, each recorded row named after its migration)\n",
			   escape_controls(req->schema, false), escape_controls(req->table, false));
}

/* --json prints one document and asks nothing: without --yes or --dry-run it refuses */
static void
refuse_json_without_yes(const Request *req, const char *doing, const char *shown, const char *do_it)
{
	if (req->json && !req->dry_run && !req->yes)
	{
		log_error("not %s: --json does not prompt", doing);
		log_hint("Run with --dry-run to see the %s, then with --yes to %s.", shown, do_it);
		exit(EXIT_REFUSED);
	}
}

/*
 * Asks "question [y/N]" on the terminal and exits EXIT_REFUSED unless the
 * answer is yes; without a terminal, refuses at once: the caller has shown
 * what (shown) would be done, and --yes does it.
 */
static void
confirm_or_refuse(const char *doing, const char *shown, const char *question, const char *not_done)
{
	char		answer[64];

	if (!isatty(fileno(stdin)))
	{
		log_error("not %s without confirmation: standard input is not a terminal", doing);
		log_hint("Check the %s above, then run again with --yes.", shown);
		exit(EXIT_REFUSED);
	}
	printf("%s [y/N] ", question);
	fflush(stdout);
	if (fgets(answer, sizeof(answer), stdin) == NULL || (answer[0] != 'y' && answer[0] != 'Y'))
		die(EXIT_REFUSED, "%s: not confirmed", not_done);
}

int
run_sync(PGconn *conn, const Request *req, const Bundle *bundle)
{
	char	   *ext = extension_schema(conn);
	bool		migrating = strcmp(req->command, "migrate") == 0;
	SyncResult	plan;
	SyncResult	done;
	const char *dir = escape_controls(req->dir, false);
	const char *schema = escape_controls(req->schema, false);
	const char *table = escape_controls(req->table, false);

	use_color = req->color;
	write_function = migrating ? "migtrack_migrate" : "migtrack_sync";
	refuse_json_without_yes(req, "recording", "plan", "record it");
	if (req->json)
	{
		/* the server's document (through --dev-url: the scratch database's, then the target's write) */
		call_sync(conn, ext, req, bundle, req->dry_run, &done);
		if (dev_active() && !req->dry_run)
			(void) write_to_target(req, bundle, &done);
		printf("%s\n", PQgetvalue(done.res, 0, 8));
		return EXIT_OK;
	}

	/* the plan first: it is also the refusal, when the server refuses */
	call_sync(conn, ext, req, bundle, true, &plan);
	if (plan.count == 0 && !plan.upgraded)
	{
		printf("Nothing to %s: every migration in %s up to %s is already recorded in %s.%s.\n",
			   migrating ? "apply" : "record",
			   dir, req->up_to ? escape_controls(req->up_to, false) : "the last", schema, table);
		return EXIT_OK;
	}
	if (plan.count > 0 && migrating)
		printf("%s %d migration%s, recording each in %s.%s, as drizzle-kit migrate would (state now: %s):\n",
			   req->dry_run ? "Would apply" : "To apply", plan.count, plan.count == 1 ? "" : "s",
			   schema, table, paint(plan.state_before, state_color(plan.state_before)));
	else if (plan.count > 0)
		printf("%s %d migration%s in %s.%s (state now: %s):\n",
			   req->dry_run ? "Would record" : "To record", plan.count, plan.count == 1 ? "" : "s",
			   schema, table, paint(plan.state_before, state_color(plan.state_before)));
	else
		printf("Nothing to record, but %s.%s is in drizzle 0.x's format:\n", schema, table);
	print_plan(&plan, req);
	if (req->dry_run)
		return EXIT_OK;

	if (!req->yes)
		confirm_or_refuse("recording", "plan",
						  plan.count == 0 ? "Upgrade the table?"
						  : psprintf("%s %s%d migration%s?", migrating ? "Apply" : "Record as applied",
									 plan.count == 1 ? "this " : "these ", plan.count,
									 plan.count == 1 ? "" : "s"),
						  "not recorded");

	call_sync(conn, ext, req, bundle, false, &done);
	if (dev_active())
		done.count = write_to_target(req, bundle, &done);
	printf("%s %d migration%s in %s.%s%s.%s\n", migrating ? "Applied and recorded" : "Recorded",
		   done.count, done.count == 1 ? "" : "s",
		   schema, table, done.upgraded ? ", upgraded to drizzle 1.0's format" : "",
		   done.count != plan.count ? " (the history changed since the plan was shown)" : "");
	if (!migrating)
		printf("Next: drizzle-kit migrate applies only migrations newer than these.\n");
	return EXIT_OK;
}

/* ---- repair ---- */

/* a bigint[] literal of --forget's row ids; a usage error (exit 2) for anything else */
static char *
forget_array(const char *ids)
{
	StringInfoData s;
	const char *p = ids;

	if (ids == NULL)
		return NULL;
	initStringInfo(&s);
	appendStringInfoChar(&s, '{');
	for (;;)
	{
		const char *start = p;

		if (*p == '-' || *p == '+')
			p++;
		while (*p >= '0' && *p <= '9')
			p++;
		if (p == start || (p == start + 1 && (*start == '-' || *start == '+')) || (*p && *p != ','))
		{
			log_error("--forget takes row ids separated by \",\" (the row column of migtrack status), not \"%s\"",
					  escape_controls(ids, false));
			log_hint("Try \"%s --help\" for more information.", "migtrack");
			exit(EXIT_ERROR);
		}
		appendBinaryStringInfo(&s, start, p - start);
		if (*p == '\0')
			break;
		appendStringInfoChar(&s, ',');
		p++;
	}
	appendStringInfoChar(&s, '}');
	return s.data;
}

static const char *
repair_call(const char *ext)
{
	return psprintf("%s.migtrack_repair($1::pg_catalog.jsonb, $2::pg_catalog.text[], $3::pg_catalog.int8[],"
					" $4::pg_catalog.bool, $5::pg_catalog.bool, $6::pg_catalog.text, $7::pg_catalog.text)", ext);
}

static void
repair_params(const Request *req, const Bundle *bundle, bool dry_run, const char **params)
{
	params[0] = bundle->journal;
	params[1] = tag_array(req->accept_edits);
	params[2] = forget_array(req->forget);
	params[3] = req->name_rows ? "true" : "false";
	params[4] = dry_run ? "true" : "false";
	params[5] = req->schema;
	params[6] = req->table;
}

/*
 * One row per change (or one with NULLs when there is none): state_before,
 * action, row_id, tag, hash_before, hash_after, created_at (UTC), name_before,
 * name_after, changed.
 */
static PGresult *
call_repair(PGconn *conn, const char *ext, const Request *req, const Bundle *bundle, bool dry_run)
{
	const char *params[7];

	repair_params(req, bundle, dry_run, params);
	return call_query(conn, psprintf(
									 "SELECT p OPERATOR(pg_catalog.->>) 'state_before', c.action, c.row_id::pg_catalog.text, c.tag,"
									 "       c.hash_before, c.hash_after,"
									 "       pg_catalog.to_char(pg_catalog.timezone('UTC'::pg_catalog.text, pg_catalog.to_timestamp("
									 "           c.created_at::pg_catalog.float8 OPERATOR(pg_catalog./) 1000::pg_catalog.float8)),"
									 "           'YYYY-MM-DD HH24:MI:SS'::pg_catalog.text),"
									 "       c.name_before, c.name_after, p OPERATOR(pg_catalog.->>) 'changed'"
									 "  FROM %s AS p"
									 "  LEFT JOIN LATERAL pg_catalog.jsonb_to_recordset" ARR("(p OPERATOR(pg_catalog.->) 'changes')")
									 "       AS c(action pg_catalog.text, row_id pg_catalog.int8, tag pg_catalog.text,"
									 "            hash_before pg_catalog.text, hash_after pg_catalog.text, created_at pg_catalog.int8,"
									 "            name_before pg_catalog.text, name_after pg_catalog.text) ON true",
									 repair_call(ext)), 7, params);
}

static int
repair_count(PGresult *res)
{
	return PQgetisnull(res, 0, 1) ? 0 : PQntuples(res);
}

static void
print_changes(PGresult *res)
{
	int			n = repair_count(res);
	int			width = 9;
	int			r;

	for (r = 0; r < n; r++)
		width = Max(width, (int) strlen(val(res, r, 3) ? printable(res, r, 3) : "-"));
	printf("  %6s  %-11s  %-*s  %-19s  %s\n", "row", "change", width, "migration", "created (UTC)", "what");
	for (r = 0; r < n; r++)
	{
		const char *action = PQgetvalue(res, r, 1);
		const char *what;

		if (strcmp(action, "accept_edit") == 0)
			what = psprintf("hash %.12s -> %.12s (the file's)", printable(res, r, 4), printable(res, r, 5));
		else if (strcmp(action, "forget") == 0)
			what = psprintf("delete the row (hash %.12s%s%s)", printable(res, r, 4),
							val(res, r, 7) ? ", name " : "", val(res, r, 7) ? printable(res, r, 7) : "");
		else if (strcmp(action, "name_row") == 0)
			what = psprintf("name %s -> %s", val(res, r, 7) ? printable(res, r, 7) : "(none)",
							printable(res, r, 8));
		else
			what = "";
		printf("  %6s  %-11s  %-*s  %-19s  %s\n", printable(res, r, 2), printable(res, r, 1), width,
			   val(res, r, 3) ? printable(res, r, 3) : "-", val(res, r, 6) ? printable(res, r, 6) : "", what);
	}
}

int
run_repair(PGconn *conn, const Request *req, const Bundle *bundle)
{
	char	   *ext = extension_schema(conn);
	PGresult   *plan;
	PGresult   *done;
	int			count;
	const char *schema = escape_controls(req->schema, false);
	const char *table = escape_controls(req->table, false);

	use_color = req->color;
	write_function = "migtrack_repair";
	forget_array(req->forget);	/* a bad --forget is a usage error before anything is asked */
	refuse_json_without_yes(req, "repairing", "changes", "make them");
	if (req->json)
	{
		const char *params[7];
		PGresult   *res;

		repair_params(req, bundle, req->dry_run, params);
		res = call_query(conn, psprintf("SELECT %s", repair_call(ext)), 7, params);
		if (dev_active() && !req->dry_run)
			(void) dev_write(req, bundle->format, 0, NULL, NULL);
		printf("%s\n", PQgetvalue(res, 0, 0));
		return EXIT_OK;
	}

	/* the exact changes first (the server's dry run): also the refusal, when it refuses */
	plan = call_repair(conn, ext, req, bundle, true);
	count = repair_count(plan);
	if (count == 0)
	{
		printf("Nothing to repair in %s.%s.\n", schema, table);
		return EXIT_OK;
	}
	printf("%s %d row%s of %s.%s (state now: %s):\n", req->dry_run ? "Would change" : "To change",
		   count, count == 1 ? "" : "s", schema, table,
		   paint(PQgetvalue(plan, 0, 0), state_color(PQgetvalue(plan, 0, 0))));
	print_changes(plan);
	if (req->dry_run)
		return EXIT_OK;

	if (!req->yes)
		confirm_or_refuse("repairing", "changes",
						  psprintf("Make %s%d change%s?", count == 1 ? "this " : "these ", count,
								   count == 1 ? "" : "s"),
						  "not repaired");

	done = call_repair(conn, ext, req, bundle, false);
	if (dev_active())
		(void) dev_write(req, bundle->format, 0, NULL, NULL);
	printf("Repaired %s row%s of %s.%s%s.\n", PQgetvalue(done, 0, 9),
		   strcmp(PQgetvalue(done, 0, 9), "1") == 0 ? "" : "s", schema, table,
		   repair_count(done) != count ? " (the history changed since the changes were shown)" : "");
	printf("Next: check the history again:\n    migtrack status %s%s\n", dir_word(req), table_options(req, NULL));
	return EXIT_OK;
}

/*
 * fleet.c -- status or check for many databases at once, as vacuumdb
 * --all --jobs does: every database of the cluster the role can connect to
 * (--all-databases), or one connection string per line of a file
 * (--targets).  Each database is this program run once more, --jobs of
 * them at a time, with --json; the answers make one summary table and the
 * exit status is the worst of theirs.  With the extension in the targets
 * or through a dev database (--dev-url) alike: each run is the ordinary one.
 */
#include "migtrack_cli.h"

#include "common/jsonapi.h"
#include "common/string.h"
#include "mb/pg_wchar.h"

typedef struct Target
{
	char	   *label;			/* what the table shows: the database, or the line (password masked) */
	char	   *conninfo;		/* without its password */
	char	   *password;		/* for PGPASSWORD, or NULL */
	Spawned		run;
	/* from its --json answer */
	char	   *state;
	char	   *pending;
	StringInfoData problems;	/* codes, comma-separated */
	char	   *error;			/* the first line it printed on stderr, when it failed */
} Target;

/* "a,a,b" as "a (2), b": each code once, in order of first appearance, with its count */
static char *
code_counts(const char *codes)
{
	char	  **seen = pg_malloc0(sizeof(char *) * (strlen(codes) / 2 + 2));
	int		   *count = pg_malloc0(sizeof(int) * (strlen(codes) / 2 + 2));
	int			n = 0;
	int			i;
	StringInfoData out;
	const char *p;

	for (p = codes; *p; p += *p == ',')
	{
		size_t		len = strcspn(p, ",");
		char	   *code = pnstrdup(p, len);

		for (i = 0; i < n && strcmp(seen[i], code) != 0; i++)
			;
		if (i == n)
			seen[n++] = code;
		count[i]++;
		p += len;
	}
	initStringInfo(&out);
	for (i = 0; i < n; i++)
	{
		appendStringInfo(&out, "%s%s", i ? ", " : "", seen[i]);
		if (count[i] > 1)
			appendStringInfo(&out, " (%d)", count[i]);
	}
	return out.data;
}

/* ---- reading one answer: state, pending and the problems' codes ---- */

typedef struct AnswerScan
{
	Target	   *t;
	int			depth;
	char	   *field;			/* at depth 1, or "code" in a problem (depth 3) */
	bool		in_problems;
} AnswerScan;

static JSON_ACTION_RESULT
answer_object_start(void *state)
{
	((AnswerScan *) state)->depth++;
	JSON_ACTION_DONE;
}

static JSON_ACTION_RESULT
answer_object_end(void *state)
{
	((AnswerScan *) state)->depth--;
	JSON_ACTION_DONE;
}

static JSON_ACTION_RESULT
answer_array_start(void *state)
{
	AnswerScan *s = state;

	if (++s->depth == 2 && s->field && strcmp(s->field, "problems") == 0)
		s->in_problems = true;
	JSON_ACTION_DONE;
}

static JSON_ACTION_RESULT
answer_array_end(void *state)
{
	AnswerScan *s = state;

	if (s->depth-- == 2)
		s->in_problems = false;
	JSON_ACTION_DONE;
}

static JSON_ACTION_RESULT
answer_field(void *state, char *fname, bool isnull pg_attribute_unused())
{
	AnswerScan *s = state;

	if (s->depth == 1 || (s->depth == 3 && s->in_problems))
		s->field = fname;
	JSON_ACTION_DONE;
}

static JSON_ACTION_RESULT
answer_scalar(void *state, char *token, JsonTokenType type)
{
	AnswerScan *s = state;

	if (s->field == NULL)
		JSON_ACTION_DONE;
	if (s->depth == 1 && strcmp(s->field, "state") == 0 && type == JSON_TOKEN_STRING)
		s->t->state = token;
	else if (s->depth == 1 && strcmp(s->field, "pending") == 0 && type == JSON_TOKEN_NUMBER)
		s->t->pending = token;
	else if (s->depth == 3 && s->in_problems && strcmp(s->field, "code") == 0 && type == JSON_TOKEN_STRING)
		appendStringInfo(&s->t->problems, "%s%s", s->t->problems.len ? "," : "", token);
	JSON_ACTION_DONE;
}

static void
read_answer(Target *t)
{
	AnswerScan	scan = {0};
	JsonSemAction sem = {0};

	initStringInfo(&t->problems);
	if (t->run.status != EXIT_OK && t->run.status != EXIT_PROBLEMS)
	{
		const char *err = t->run.err.data;
		const char *colon = strstr(err, "error: ");

		t->state = "error";
		t->error = pnstrdup(colon ? colon + 7 : err, strcspn(colon ? colon + 7 : err, "\n"));
		if (t->error[0] == '\0')
			t->error = psprintf("exit status %d", t->run.status);
		return;
	}
	scan.t = t;
	sem.semstate = &scan;
	sem.object_start = answer_object_start;
	sem.object_end = answer_object_end;
	sem.array_start = answer_array_start;
	sem.array_end = answer_array_end;
	sem.object_field_start = answer_field;
	sem.scalar = answer_scalar;
	if (pg_parse_json(migtrack_json_lexer(t->run.out.data, t->run.out.len), &sem) != JSON_SUCCESS ||
		t->state == NULL)
	{
		t->state = "error";
		t->error = "its answer was not the status document";
		t->run.status = EXIT_ERROR;
	}
}

/* ---- the targets ---- */

static Target *
add_target(Target **targets, int *n, int *room)
{
	if (*n == *room)
	{
		*room = *room ? *room * 2 : 16;
		*targets = pg_realloc(*targets, sizeof(Target) * *room);
	}
	memset(&(*targets)[*n], 0, sizeof(Target));
	return &(*targets)[(*n)++];
}

/* every database of the cluster the role may connect to, but the templates */
static Target *
all_databases(const ConnOptions *opts, int *n)
{
	PGconn	   *conn = connect_database(opts);
	PGresult   *res = PQexec(conn,
							 "SELECT datname FROM pg_catalog.pg_database"
							 " WHERE datallowconn AND NOT datistemplate"
							 "   AND pg_catalog.has_database_privilege(oid, 'CONNECT')"
							 " ORDER BY datname COLLATE \"C\"");
	Target	   *targets = NULL;
	int			room = 0;
	int			i;

	if (PQresultStatus(res) != PGRES_TUPLES_OK)
		die(EXIT_ERROR, "listing the databases: %s", PQerrorMessage(conn));
	*n = 0;
	for (i = 0; i < PQntuples(res); i++)
	{
		Target	   *t = add_target(&targets, n, &room);

		t->label = pg_strdup(PQgetvalue(res, i, 0));
		t->conninfo = conninfo_for(conn, t->label);
		t->password = PQpass(conn) ? pg_strdup(PQpass(conn)) : NULL;
	}
	PQclear(res);
	PQfinish(conn);
	return targets;
}

/* one connection string (a URI or key=value pairs) per line; blank lines and # comments skipped */
static Target *
targets_from_file(const char *path, int *n)
{
	size_t		len;
	char	   *text = read_text_file(path, &len);
	char	   *line;
	char	   *next;
	Target	   *targets = NULL;
	int			room = 0;
	int			lineno = 0;

	*n = 0;
	for (line = text; line && *line; line = next)
	{
		char	   *end = strchr(line, '\n');
		PQconninfoOption *opts;
		PQconninfoOption *o;
		char	   *err = NULL;
		Target	   *t;

		next = end ? end + 1 : NULL;
		if (end)
			*end = '\0';
		lineno++;
		(void) pg_strip_crlf(line);
		while (*line == ' ' || *line == '\t')
			line++;
		if (*line == '\0' || *line == '#')
			continue;
		remember_password_in(line);
		if ((opts = PQconninfoParse(line, &err)) == NULL)
			die(EXIT_ERROR, "\"%s\" line %d is not a connection string: %s", path, lineno,
				err ? escape_controls(err, false) : "out of memory");
		t = add_target(&targets, n, &room);
		t->label = escape_controls(mask_secrets(line), false);
		t->conninfo = conninfo_string(opts, NULL);
		for (o = opts; o->keyword; o++)
			if (strcmp(o->keyword, "password") == 0 && o->val)
				t->password = pg_strdup(o->val);
		PQconninfoFree(opts);
	}
	if (*n == 0)
		die(EXIT_ERROR, "\"%s\" names no database", path);
	return targets;
}

/* ---- running them ---- */

/* this program again, for one target: the same command and options, --json, never a prompt */
static char **
target_argv(const char *self, const Target *t, const FleetOptions *f, const Request *req)
{
	char	  **argv = pg_malloc0(sizeof(char *) * 20);
	int			n = 0;

	argv[n++] = (char *) self;
	argv[n++] = "-w";
	argv[n++] = "-d";
	argv[n++] = t->conninfo;
	argv[n++] = psprintf("--migrations-schema=%s", req->schema);
	argv[n++] = psprintf("--migrations-table=%s", req->table);
	if (req->no_verify)
		argv[n++] = "--no-verify";
	if (req->in_sync)
		argv[n++] = "--in-sync";
	if (f->pg_dump)
		argv[n++] = psprintf("--pg-dump=%s", f->pg_dump);
	argv[n++] = "--json";
	argv[n++] = (char *) req->command;
	if (req->dir)
		argv[n++] = (char *) req->dir;
	return argv;
}

static int
severity(int status)
{
	switch (status)
	{
		case EXIT_OK:
			return 0;
		case EXIT_PROBLEMS:
			return 1;
		case EXIT_REFUSED:
			return 2;
		default:
			return 3;
	}
}

int
run_fleet(const ConnOptions *opts, const FleetOptions *f, const Request *req)
{
	char		self[MAXPGPATH];
	Target	   *targets;
	Spawned   **running;
	int			n;
	int			next = 0;
	int			active = 0;
	int			worst = EXIT_OK;
	int			width = 8;
	int			i;

	if (find_my_exec(f->argv0, self) != 0)
		die(EXIT_ERROR, "could not find the path of this program");
	targets = f->targets_file ? targets_from_file(f->targets_file, &n) : all_databases(opts, &n);
	/* the dev database's URL reaches each run in its environment, not on its command line */
	if (f->dev_url)
		setenv("MIGTRACK_DEV_URL", f->dev_url, 1);
	if (req->verbose)
		say("%d database%s, %d at a time", n, n == 1 ? "" : "s", Min(f->jobs, n));

	running = pg_malloc0(sizeof(Spawned *) * Max(f->jobs, 1));
	while (next < n || active > 0)
	{
		while (active < f->jobs && next < n)
		{
			Target	   *t = &targets[next++];

			spawn_program(&t->run, self, target_argv(self, t, f, req), t->password);
			running[active++] = &t->run;
		}
		spawned_progress(running, active, -1);
		for (i = 0; i < active; i++)
			if (running[i]->done)
				running[i--] = running[--active];
	}

	for (i = 0; i < n; i++)
	{
		read_answer(&targets[i]);
		if (severity(targets[i].run.status) > severity(worst))
			worst = targets[i].run.status == -1 ? EXIT_ERROR : targets[i].run.status;
		width = Max(width, (int) strlen(targets[i].label));
	}

	if (req->json)
	{
		StringInfoData js;

		initStringInfo(&js);
		appendStringInfoChar(&js, '[');
		for (i = 0; i < n; i++)
		{
			Target	   *t = &targets[i];
			char	   *codes = t->problems.data;

			appendStringInfoString(&js, i ? ",\n {\"database\": " : "\n {\"database\": ");
			append_json_string(&js, t->label);
			appendStringInfo(&js, ", \"exit\": %d, \"state\": ", t->run.status);
			append_json_string(&js, t->state);
			appendStringInfo(&js, ", \"pending\": %s, \"problems\": [", t->pending ? t->pending : "null");
			while (*codes)
			{
				size_t		len = strcspn(codes, ",");

				append_json_string(&js, pnstrdup(codes, len));
				codes += len;
				if (*codes == ',')
				{
					appendStringInfoString(&js, ", ");
					codes++;
				}
			}
			appendStringInfoString(&js, "], \"error\": ");
			if (t->error)
				append_json_string(&js, t->error);
			else
				appendStringInfoString(&js, "null");
			/* the status document itself, as the run printed it */
			appendStringInfoString(&js, ", \"result\": ");
			if (t->error)
				appendStringInfoString(&js, "null");
			else
				appendBinaryStringInfo(&js, t->run.out.data, (int) strcspn(t->run.out.data, "\n"));
			appendStringInfoChar(&js, '}');
		}
		appendStringInfoString(&js, "\n]\n");
		fputs(js.data, stdout);
		return worst;
	}

	printf("%-*s  %-10s  %7s  %s\n", width, "database", "state", "pending", "problems");
	for (i = 0; i < n; i++)
	{
		Target	   *t = &targets[i];

		printf("%-*s  %-10s  %7s  %s\n", width, t->label, t->state, t->pending ? t->pending : "-",
			   t->error ? escape_controls(t->error, false) : code_counts(t->problems.data));
	}
	{
		const char *states[] = {"in_sync", "pending", "fresh", "tracked", "untracked", "diverged", "error", NULL};
		StringInfoData counts;
		int			s;

		initStringInfo(&counts);
		for (s = 0; states[s]; s++)
		{
			int			c = 0;

			for (i = 0; i < n; i++)
				c += strcmp(targets[i].state, states[s]) == 0;
			if (c > 0)
				appendStringInfo(&counts, ", %d %s", c, states[s]);
		}
		printf("\n%d database%s%s%s\n", n, n == 1 ? "" : "s", counts.len ? ":" : "", counts.data + (counts.len ? 1 : 0));
	}
	return worst;
}

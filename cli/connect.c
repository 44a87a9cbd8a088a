/*
 * connect.c -- connect the way psql does, and never show a password.
 *
 * Precedence: -d (a name, conninfo string or URI) and -h -p -U, then the
 * PG* environment and ~/.pgpass as libpq applies them, then DATABASE_URL --
 * used only when none of those says where to go, since Drizzle projects keep
 * their connection there.  Every password we learn of (in a URI or
 * conninfo, PGPASSWORD, a prompt) is remembered and masked in anything we
 * print, including libpq's own error messages.
 */
#include "migtrack_cli.h"

#include <poll.h>

#include "common/string.h"
#include "fe_utils/string_utils.h"
#include "lib/stringinfo.h"

#define MASK "********"

/* the session's search_path before the client pinned it: drizzle's */
static char *original_search_path;

/* the migtrack extension's schema and version, asked at connect */
static PGresult *extension_result;

static char **secrets;
static int	nsecrets;

/* kept longest first, so that no secret is left half masked by a shorter one */
void
add_secret(const char *secret)
{
	int			i;

	if (secret == NULL || secret[0] == '\0')
		return;
	for (i = 0; i < nsecrets; i++)
		if (strcmp(secrets[i], secret) == 0)
			return;
	secrets = pg_realloc(secrets, sizeof(char *) * (nsecrets + 1));
	for (i = nsecrets; i > 0 && strlen(secrets[i - 1]) < strlen(secret); i--)
		secrets[i] = secrets[i - 1];
	secrets[i] = pg_strdup(secret);
	nsecrets++;
}

/*
 * Is text[at..at+len) where a password is written: a URI's user-info
 * (":secret@") or a conninfo's password= value?  A secret of one to three
 * characters is masked only there: anywhere else its letters are most
 * likely part of a word ("ab" in "database").
 */
static bool
password_field(const char *text, const char *at, size_t len)
{
	static const char key[] = "password=";
	const char *before = at;

	if (at > text && at[-1] == ':' && at[len] == '@')
		return true;
	if (before > text && (before[-1] == '\'' || before[-1] == '"'))
		before--;
	return (size_t) (before - text) >= strlen(key) && strncmp(before - strlen(key), key, strlen(key)) == 0;
}

/* a copy of text with every known secret replaced */
char *
mask_secrets(const char *text)
{
	char	   *result = pg_strdup(text ? text : "");
	int			i;

	for (i = 0; i < nsecrets; i++)
	{
		size_t		len = strlen(secrets[i]);
		size_t		from = 0;
		char	   *hit;

		while ((hit = strstr(result + from, secrets[i])) != NULL)
		{
			char	   *next;

			if (len < 4 && !password_field(result, hit, len))
			{
				from = hit - result + 1;
				continue;
			}
			next = psprintf("%.*s%s%s", (int) (hit - result), result, MASK, hit + len);
			from = hit - result + strlen(MASK);
			free(result);
			result = pg_strdup(next);
			pfree(next);
		}
	}
	return result;
}

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	c = (char) (c | 0x20);
	return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* percent-decoding, as libpq does for URIs */
static char *
uri_decode(const char *s, size_t len)
{
	char	   *out = pg_malloc(len + 1);
	size_t		o = 0;
	size_t		i;

	for (i = 0; i < len; i++)
	{
		if (s[i] == '%' && i + 2 < len && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0)
		{
			out[o++] = (char) (hexval(s[i + 1]) * 16 + hexval(s[i + 2]));
			i += 2;
		}
		else
			out[o++] = s[i];
	}
	out[o] = '\0';
	return out;
}

/*
 * The pieces a password with a raw '@', '/' or ':' could be cut into by a
 * URI parser, each masked too (those of four characters or more: masking
 * shorter ones would garble every message; check_uri keeps such URIs from
 * libpq anyway).
 */
static void
add_fragments(const char *password)
{
	const char *p = password;

	while (*p)
	{
		size_t		len = strcspn(p, "@/:");

		if (len >= 4)
		{
			char	   *piece = pnstrdup(p, len);

			add_secret(piece);
			add_secret(uri_decode(piece, len));
		}
		p += len;
		if (*p)
			p++;
	}
}

/*
 * Remember the password in a conninfo string or URI.  libpq's parser finds
 * it in well-formed input; for input it rejects, whose text may be echoed in
 * its error message, take the URI's user-info by hand.
 */
void
remember_password_in(const char *conninfo)
{
	PQconninfoOption *opts;
	char	   *err = NULL;
	const char *scheme;

	if (conninfo == NULL)
		return;
	if ((opts = PQconninfoParse(conninfo, &err)) != NULL)
	{
		PQconninfoOption *o;

		for (o = opts; o->keyword != NULL; o++)
			if (strcmp(o->keyword, "password") == 0)
				add_secret(o->val);
		PQconninfoFree(opts);
	}
	if (err)
		PQfreemem(err);

	if ((scheme = strstr(conninfo, "://")) != NULL)
	{
		const char *userinfo = scheme + 3;
		const char *end = userinfo + strcspn(userinfo, "/?");
		const char *at = NULL;
		const char *p;
		const char *colon;

		for (p = userinfo; p < end; p++)
			if (*p == '@')
				at = p;
		if (at != NULL && (colon = memchr(userinfo, ':', at - userinfo)) != NULL)
		{
			char	   *raw = pnstrdup(colon + 1, at - colon - 1);

			add_secret(raw);
			add_secret(uri_decode(raw, strlen(raw)));
			add_fragments(raw);
		}
		/* a raw '/' or '?' in the password: the user-info ends at the last '@' */
		if ((colon = memchr(userinfo, ':', strcspn(userinfo, "@/?"))) != NULL &&
			userinfo[strcspn(userinfo, "@/?")] != '@' &&
			(at = strrchr(userinfo, '@')) != NULL)
		{
			char	   *raw = pnstrdup(colon + 1, at - colon - 1);

			add_secret(raw);
			add_fragments(raw);
		}
	}
}

/*
 * A URI whose user-info holds a raw '@' or '/' is one libpq splits in the
 * wrong place: part of the password becomes the host, the port or the
 * database name, and libpq's error message shows it ("could not translate
 * host name \"S3cret@localhost\"").  Refuse such a URI before libpq sees
 * it, without printing any of it.  libpq takes the user-info to end at the
 * first '@' or '/'; any '@' after that, before the query string, means the
 * user-info held one of them raw (or the database name holds an '@', which
 * percent-encoding fixes as well).  The query string is libpq's to decode:
 * ?user=alice@example.com is no ambiguity.
 */
static void
check_uri(const char *conninfo)
{
	const char *rest;
	const char *after;
	size_t		n;

	if (conninfo == NULL)
		return;
	if (strncmp(conninfo, "postgresql://", 13) == 0)
		rest = conninfo + 13;
	else if (strncmp(conninfo, "postgres://", 11) == 0)
		rest = conninfo + 11;
	else
		return;
	n = strcspn(rest, "@/");
	after = rest[n] == '@' ? rest + n + 1 : rest + n;
	if (memchr(after, '@', strcspn(after, "?")) != NULL)
	{
		log_error("the connection URI holds a raw \"@\" or \"/\" in its user name, password or database name, "
				  "so it cannot be split unambiguously (the URI is not shown: it holds a password)");
		log_hint("Percent-encode those characters: \"@\" as %%40, \"/\" as %%2F "
				 "(in JavaScript, encodeURIComponent(password)).");
		exit(EXIT_ERROR);
	}
}

/* the search_path drizzle would run the migrations with */
const char *
drizzle_search_path(void)
{
	return original_search_path ? original_search_path : "";
}

/* the PG* variables that say where to connect */
static const char *const pg_env[] = {"PGDATABASE", "PGHOST", "PGHOSTADDR", "PGPORT", "PGUSER", "PGSERVICE", NULL};

static bool
any_env(const char *const *names)
{
	for (; *names; names++)
	{
		const char *v = getenv(*names);

		if (v != NULL && v[0] != '\0')
			return true;
	}
	return false;
}

/* read a password from the terminal without echo (PostgreSQL's own prompt) */
static char *
prompt_password(void)
{
	char	   *password = simple_prompt("Password: ", false);

	add_secret(password);
	return password;
}

/*
 * Why DATABASE_URL is not used, for --verbose: the options and PG*
 * variables that say where to connect.
 */
static char *
database_url_ignored(const ConnOptions *opts)
{
	StringInfoData why;

	initStringInfo(&why);
	if (opts->dbname)
		appendStringInfoString(&why, ", -d");
	if (opts->host)
		appendStringInfoString(&why, ", -h");
	if (opts->port)
		appendStringInfoString(&why, ", -p");
	if (opts->user)
		appendStringInfoString(&why, ", -U");
	for (const char *const *name = pg_env; *name; name++)
		if (getenv(*name) != NULL && getenv(*name)[0] != '\0')
			appendStringInfo(&why, ", %s", *name);
	return why.data + 2;
}

/*
 * The session's settings and what every command needs first, in one round
 * trip (one simple-protocol message of several statements, run in order):
 *
 * - every time the client prints is labelled UTC, whatever PGTZ or the
 *   server says (a SET: a startup option would lose to PGTZ, which libpq
 *   sends as a startup parameter of its own, applied after "options");
 * - only warnings and errors, not the server's notices;
 * - generic plans: a custom plan would copy the journal (megabytes, a bind
 *   parameter) into the plan as a constant, more than once;
 * - the search_path the session starts with (the database's, the role's,
 *   PGOPTIONS') is what drizzle runs the migrations with: the server
 *   functions get it back for each call (see report.c).  The client's own
 *   queries run with an empty one, as pg_dump's do, so that no object a
 *   database owner puts ahead of pg_catalog is ever called by them;
 * - the extension's schema and version (report.c's extension_schema),
 *   asked with that empty search_path.
 */
static void
send_setup(PGconn *conn)
{
	if (!PQsendQuery(conn,
					 "SET TimeZone = 'UTC';"
					 "SET client_min_messages = warning;"
					 "SET plan_cache_mode = force_generic_plan;"
					 "SHOW search_path;"
					 "SELECT pg_catalog.set_config('search_path', '', false);"
					 "SELECT n.nspname, e.extversion FROM pg_catalog.pg_extension e"
					 " JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) e.extnamespace"
					 " WHERE e.extname OPERATOR(pg_catalog.=) 'migtrack'"))
		die(EXIT_ERROR, "%s", PQerrorMessage(conn));
}

static void
finish_setup(PGconn *conn, bool keep_search_path)
{
	PGresult   *res;
	int			i = 0;

	while ((res = PQgetResult(conn)) != NULL)
	{
		ExecStatusType status = PQresultStatus(res);

		/* the extension's row, or its error: for extension_schema to judge */
		if (i == 5)
		{
			extension_result = res;
			i++;
			continue;
		}
		if (status != (i < 3 ? PGRES_COMMAND_OK : PGRES_TUPLES_OK) || (i == 3 && PQntuples(res) != 1))
			die(EXIT_ERROR, "%s", PQerrorMessage(conn));
		if (i == 3 && !keep_search_path)
			original_search_path = pg_strdup(PQgetvalue(res, 0, 0));
		PQclear(res);
		i++;
	}
	if (extension_result == NULL)
		die(EXIT_ERROR, "%s", PQerrorMessage(conn));
}

/*
 * The session's setup on another connection (the scratch database of a
 * dev server): the extension is looked up there; keep_search_path keeps
 * the target's as the one drizzle runs the migrations with.
 */
void
session_setup(PGconn *conn, bool keep_search_path)
{
	if (extension_result != NULL)
		PQclear(extension_result);
	extension_result = NULL;
	send_setup(conn);
	finish_setup(conn, keep_search_path);
}

/* the row of pg_extension asked at connect (setup_session), or its error */
PGresult *
extension_lookup(void)
{
	return extension_result;
}

/* DATABASE_URL when none of -d, -h, -p, -U and the PG* variables says where to connect (see the top) */
static bool
use_database_url(const ConnOptions *opts)
{
	return opts->dbname == NULL && opts->host == NULL && opts->port == NULL && opts->user == NULL &&
		!any_env(pg_env) && getenv("DATABASE_URL") != NULL && getenv("DATABASE_URL")[0] != '\0';
}

static const char *
target_dbname(const ConnOptions *opts)
{
	return use_database_url(opts) ? getenv("DATABASE_URL") : opts->dbname;
}

/* --verbose says which applies; a malformed URI is refused before libpq sees it */
static void
explain_target(const ConnOptions *opts, const char *dbname)
{
	if (opts->verbose && use_database_url(opts))
		say("using DATABASE_URL=%s", mask_secrets(dbname));
	else if (opts->verbose && getenv("DATABASE_URL") != NULL && getenv("DATABASE_URL")[0] != '\0')
		say("DATABASE_URL is ignored: %s given (it is used only when none of -d, -h, -p, -U, "
			"PGDATABASE, PGHOST, PGHOSTADDR, PGPORT, PGUSER or PGSERVICE is)",
			database_url_ignored(opts));
	check_uri(dbname);
}

/*
 * Connection attempts use PQconnectdbParams()'s options.  The journal we
 * send is UTF-8 whatever the database encoding; the server converts it, so
 * a LATIN1 database hashes the right text.  client_encoding comes after
 * dbname so that it wins over a URI's.
 */
/* a connection being made, step by step (PQconnectPoll) */
typedef struct Attempt
{
	PGconn	   *conn;
	PostgresPollingStatusType poll;	/* what PQconnectPoll() last asked for */
	bool		setup_sent;
} Attempt;

/*
 * A connection begun before the folder is read (connect_early), advanced
 * between its files (connect_advance) and finished by connect_database: the
 * server starts a backend while the client reads.
 */
static Attempt early;

/* can PQconnectPoll() go on without waiting (timeout 0) or after waiting (-1)? */
static bool
socket_ready(PGconn *conn, PostgresPollingStatusType want, int timeout_ms)
{
	struct pollfd pfd;

	pfd.fd = PQsocket(conn);
	pfd.events = want == PGRES_POLLING_READING ? POLLIN : POLLOUT;
	pfd.revents = 0;
	if (pfd.fd < 0)
		return true;			/* PQconnectPoll() says what went wrong */
	return poll(&pfd, 1, timeout_ms) != 0;	/* ready, or an error for PQconnectPoll() to report */
}

/* take the handshake as far as it goes (waiting: timeout -1), then send the session's setup */
static void
advance(Attempt *a, int timeout_ms)
{
	while (a->poll == PGRES_POLLING_READING || a->poll == PGRES_POLLING_WRITING)
	{
		if (!socket_ready(a->conn, a->poll, timeout_ms))
			return;
		a->poll = PQconnectPoll(a->conn);
	}
	if (a->poll == PGRES_POLLING_OK && !a->setup_sent)
	{
		send_setup(a->conn);
		a->setup_sent = true;
	}
}

/* a new attempt (as PQconnectStart() says: polled first as if it asked to write) */
static Attempt
start_attempt(const ConnOptions *opts, const char *dbname, const char *password)
{
	const char *keywords[] = {"host", "port", "user", "password", "dbname",
	"client_encoding", "fallback_application_name", NULL};
	const char *values[] = {opts->host, opts->port, opts->user, password, dbname,
	"UTF8", "migtrack", NULL};
	Attempt		a = {PQconnectStartParams(keywords, values, true), PGRES_POLLING_WRITING, false};

	if (a.conn == NULL || PQstatus(a.conn) == CONNECTION_BAD)
		a.poll = PGRES_POLLING_FAILED;
	return a;
}

/*
 * Start connecting now, without waiting.  Not when a password is to be
 * prompted for (-W): the prompt comes after the folder is read, as before.
 */
void
connect_early(const ConnOptions *opts)
{
	if (opts->prompt > 0)
		return;
	early = start_attempt(opts, target_dbname(opts), NULL);
}

/* a moment to spare: let the early connection proceed */
void
connect_advance(void)
{
	if (early.conn != NULL)
		advance(&early, 0);
}

PGconn *
connect_database(const ConnOptions *opts)
{
	const char *dbname = target_dbname(opts);
	char	   *password = NULL;
	Attempt		a = early;
	PGconn	   *conn;

	explain_target(opts, dbname);
	early.conn = NULL;
	if (a.conn == NULL && opts->prompt > 0)
		password = prompt_password();
	for (;;)
	{
		if (a.conn == NULL)
			a = start_attempt(opts, dbname, password);
		advance(&a, -1);
		if (PQstatus(a.conn) == CONNECTION_OK)
			break;
		if (PQconnectionNeedsPassword(a.conn) && password == NULL && opts->prompt >= 0 &&
			isatty(fileno(stdin)))
		{
			PQfinish(a.conn);
			a.conn = NULL;
			password = prompt_password();
			continue;
		}
		die(EXIT_ERROR, "%s", PQerrorMessage(a.conn));
	}
	conn = a.conn;

	add_secret(PQpass(conn));
	finish_setup(conn, false);	/* advance() sent it */

	if (opts->verbose)
		say("connected to database \"%s\" as user \"%s\" on %s port %s",
			PQdb(conn), PQuser(conn), PQhost(conn), PQport(conn));
	return conn;
}

/*
 * A connection's options as a conninfo string for another program (pg_dump,
 * this one for each database of a fleet): every option libpq used, each
 * value quoted, dbname replaced when given; never the password, which goes
 * in the program's PGPASSWORD, out of ps's sight.
 */
char *
conninfo_for(PGconn *conn, const char *dbname)
{
	PQconninfoOption *opts = PQconninfo(conn);
	char	   *s = conninfo_string(opts, dbname);

	PQconninfoFree(opts);
	return s;
}

char *
conninfo_string(const PQconninfoOption *opts, const char *dbname)
{
	const PQconninfoOption *o;
	PQExpBufferData s;

	initPQExpBuffer(&s);
	for (o = opts; o && o->keyword; o++)
	{
		const char *v = strcmp(o->keyword, "dbname") == 0 && dbname ? dbname : o->val;

		if (v == NULL || v[0] == '\0' || strcmp(o->keyword, "password") == 0)
			continue;
		appendPQExpBuffer(&s, "%s%s=", s.len ? " " : "", o->keyword);
		appendConnStrVal(&s, v);
	}
	return s.data;
}

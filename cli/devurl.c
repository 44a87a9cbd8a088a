/*
 * devurl.c -- migtrack for databases that cannot load the extension:
 * managed PostgreSQL (Neon, Supabase, RDS, Cloud SQL).  As Atlas's dev
 * database and Prisma's shadow database, the work is done in a scratch
 * database of a dev server that has migtrack (--dev-url), and only the
 * writes go to the target.
 *
 * Into the scratch database, created for this run and dropped at exit: the
 * target's schema (pg_dump --schema-only --no-owner --no-privileges), its
 * history rows, the roles its policies name (NOLOGIN, dropped afterwards),
 * then the extension.  status and check are the extension's answers there.
 * sync, migrate and repair run there first -- the scratch database is the
 * target's schema, so a migration that would fail fails there -- and what
 * they did to the history is then done to the target, in one transaction
 * that locks its history table (ACCESS EXCLUSIVE: only roles that may
 * write it can take that lock), re-reads the history and checks that the
 * schema has not changed since the dump.  Migrations applied run the files'
 * SQL exactly as drizzle runs it, statement by statement.
 *
 * The target needs nothing installed and no more privileges than drizzle
 * itself; the dev server needs migtrack, CREATEDB and (for policies'
 * roles) CREATEROLE.
 */
#include "migtrack_cli.h"

#include "common/string.h"
#include "lib/stringinfo.h"

#include "../src/drizzle_ddl.h"

pg_noreturn static void refuse_write(const char *why, const char *detail, const char *hint) pg_attribute_noreturn();

static struct
{
	PGconn	   *target;
	PGconn	   *admin;			/* the dev server, its maintenance database */
	PGconn	   *scratch;
	char	   *scratch_name;
	char	  **roles;			/* created on the dev server for this run */
	int			nroles;
	char	   *history_qualified;	/* the target's history table, quoted */
	bool		history_exists;
	bool		history_v1;
	PGresult   *history;		/* its rows when dumped: id, hash, created_at, name */
	char	   *fingerprint;	/* of the target's schema when dumped */
	int			target_major;
	const char *dev_url;
} dev;

/* ---- running pg_dump ---- */

/* pg_dump: --pg-dump, else the one installed beside this program, else PATH's */
static char *
pg_dump_path(const DevOptions *opts)
{
	char		self[MAXPGPATH];
	char	   *slash;

	if (opts->pg_dump != NULL)
		return pg_strdup(opts->pg_dump);
	if (find_my_exec(opts->argv0, self) == 0 && (slash = strrchr(self, '/')) != NULL)
	{
		char	   *beside = psprintf("%.*s/pg_dump", (int) (slash - self), self);

		if (access(beside, X_OK) == 0)
			return beside;
	}
	/* PATH's, as a shell would find it */
	if (getenv("PATH") != NULL)
	{
		char	   *path = pg_strdup(getenv("PATH"));
		char	   *dir;

		for (dir = strtok(path, ":"); dir != NULL; dir = strtok(NULL, ":"))
		{
			char	   *candidate = psprintf("%s/pg_dump", dir[0] ? dir : ".");

			if (access(candidate, X_OK) == 0)
				return candidate;
		}
	}
	die(EXIT_ERROR, "pg_dump not found beside %s nor on the PATH: name one with --pg-dump", opts->argv0);
}

/* the major release of a pg_dump ("pg_dump (PostgreSQL) 15.14 (Debian ...)"), or 0 */
static int
tool_major(const char *path)
{
	StringInfoData out;
	StringInfoData err;
	char	   *argv[3] = {(char *) path, "--version", NULL};
	const char *p;

	initStringInfo(&out);
	initStringInfo(&err);
	if (run_program(path, argv, NULL, &out, &err) != 0)
		die(EXIT_ERROR, "could not run \"%s --version\": %s", path,
			err.len ? err.data : "it failed without a message");
	p = strstr(out.data, "(PostgreSQL) ");
	return p ? atoi(p + strlen("(PostgreSQL) ")) : 0;
}

static char *
dump_schema(const DevOptions *opts)
{
	char	   *path = pg_dump_path(opts);
	int			major = tool_major(path);
	char	   *argv[] = {path, "--schema-only", "--no-owner", "--no-privileges", "--no-publications",
		"--no-subscriptions", "--no-security-labels", "--no-tablespaces", "-d",
	conninfo_for(dev.target, NULL), NULL};
	StringInfoData out;
	StringInfoData err;

	if (major > 0 && major < dev.target_major)
	{
		log_error("%s is pg_dump %d; the target runs PostgreSQL %d", path, major, dev.target_major);
		log_detail("pg_dump refuses to dump a server newer than itself.");
		log_hint("Name a pg_dump of release %d or newer with --pg-dump, e.g. --pg-dump=/usr/lib/postgresql/%d/bin/pg_dump.",
				 dev.target_major, dev.target_major);
		exit(EXIT_ERROR);
	}
	initStringInfo(&out);
	initStringInfo(&err);
	if (run_program(path, argv, PQpass(dev.target), &out, &err) != 0)
	{
		log_error("pg_dump of the target's schema failed");
		if (err.len > 0)
			log_detail("%s", escape_controls(err.data, true));
		exit(EXIT_ERROR);
	}
	return out.data;
}

/*
 * What the scratch database runs of the dump: its SQL without psql's
 * meta-commands (\restrict, \unrestrict), and without event triggers,
 * which would fire on the rest of the restore with the dev role's rights.
 */
static char *
restorable(const char *dump)
{
	StringInfoData s;
	const char *line = dump;
	bool		skipping = false;

	initStringInfo(&s);
	while (*line)
	{
		const char *end = strchr(line, '\n');
		int			len = end ? (int) (end - line + 1) : (int) strlen(line);

		/* pg_dump heads each object with "-- Name: ...; Type: ...; Schema: ..." */
		if (strncmp(line, "-- Name: ", 9) == 0)
		{
			const char *type = strstr(line, "; Type: EVENT TRIGGER;");

			/* the event trigger, and its comment ("-- Name: EVENT TRIGGER x; Type: COMMENT; ...") */
			skipping = (type != NULL && (!end || type < end)) || strncmp(line + 9, "EVENT TRIGGER ", 14) == 0;
		}
		if (line[0] != '\\' && !skipping)
			appendBinaryStringInfo(&s, line, len);
		line += len;
	}
	return s.data;
}

/* ---- the target's schema: what it is now ---- */

/*
 * A digest of the target's schema, asked of its catalog with built-in
 * functions and operators only (schema-qualified): relations, columns,
 * defaults, constraints, indexes, types and enum labels, functions,
 * triggers, policies, views' rules, schemas and extensions, outside
 * PostgreSQL's own schemas.  The history table (and the schema, sequence
 * and index drizzle's DDL makes with it) is left out: it is compared row
 * by row, and the write may create it.  The same digest before and after
 * the dump proves the dump consistent; at the write, that the schema did not
 * change in between.
 */
static const char *fingerprint_sql =
	"WITH nsp AS (SELECT oid, nspname FROM pg_catalog.pg_namespace"
	"              WHERE nspname OPERATOR(pg_catalog.<>) ALL (ARRAY['pg_catalog', 'information_schema'])"
	"                AND nspname OPERATOR(pg_catalog.!~~) 'pg\\_toast%' AND nspname OPERATOR(pg_catalog.!~~) 'pg\\_temp\\_%'),"
	" rel AS (SELECT c.oid, c.relname, n.nspname, c.relkind, c.relpersistence, c.relrowsecurity, c.relforcerowsecurity"
	"           FROM pg_catalog.pg_class c JOIN nsp n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace"
	"          WHERE NOT (n.nspname OPERATOR(pg_catalog.=) $1"
	"                     AND c.relname OPERATOR(pg_catalog.=) ANY (ARRAY[$2, $2 OPERATOR(pg_catalog.||) '_pkey',"
	"                                                              $2 OPERATOR(pg_catalog.||) '_id_seq']))),"
	" items(x) AS ("
	"  SELECT 'n ' OPERATOR(pg_catalog.||) nspname FROM nsp WHERE nspname OPERATOR(pg_catalog.<>) $1"
	"  UNION ALL SELECT 'r ' OPERATOR(pg_catalog.||) pg_catalog.concat_ws(' ', oid, nspname, relname, relkind, relpersistence,"
	"         relrowsecurity, relforcerowsecurity) FROM rel"
	"  UNION ALL SELECT 'a ' OPERATOR(pg_catalog.||) pg_catalog.concat_ws(' ', a.attrelid, a.attnum, a.attname, a.atttypid,"
	"         a.atttypmod, a.attnotnull, a.atthasdef, a.attidentity, a.attgenerated, a.attisdropped, a.attcollation)"
	"    FROM pg_catalog.pg_attribute a JOIN rel ON rel.oid OPERATOR(pg_catalog.=) a.attrelid"
	"   WHERE a.attnum OPERATOR(pg_catalog.>) 0"
	"  UNION ALL SELECT 'd ' OPERATOR(pg_catalog.||) pg_catalog.concat_ws(' ', d.adrelid, d.adnum, d.adbin::pg_catalog.text)"
	"    FROM pg_catalog.pg_attrdef d JOIN rel ON rel.oid OPERATOR(pg_catalog.=) d.adrelid"
	"  UNION ALL SELECT 'c ' OPERATOR(pg_catalog.||) pg_catalog.concat_ws(' ', k.oid, k.conname, k.contype, k.conrelid,"
	"         k.contypid, k.confrelid, k.conkey::pg_catalog.text, k.confkey::pg_catalog.text, k.conbin::pg_catalog.text,"
	"         k.condeferrable, k.condeferred, k.convalidated, k.confupdtype, k.confdeltype)"
	"    FROM pg_catalog.pg_constraint k JOIN nsp n ON n.oid OPERATOR(pg_catalog.=) k.connamespace"
	"   WHERE k.conrelid OPERATOR(pg_catalog.=) 0 OR k.conrelid OPERATOR(pg_catalog.=) ANY (SELECT oid FROM rel)"
	"  UNION ALL SELECT 'i ' OPERATOR(pg_catalog.||) pg_catalog.concat_ws(' ', i.indexrelid, i.indrelid, i.indisunique,"
	"         i.indisprimary, i.indkey::pg_catalog.text, i.indclass::pg_catalog.text, i.indexprs::pg_catalog.text,"
	"         i.indpred::pg_catalog.text)"
	"    FROM pg_catalog.pg_index i JOIN rel ON rel.oid OPERATOR(pg_catalog.=) i.indexrelid"
	"  UNION ALL SELECT 't ' OPERATOR(pg_catalog.||) pg_catalog.concat_ws(' ', t.oid, n.nspname, t.typname, t.typtype,"
	"         t.typbasetype, t.typnotnull, t.typdefaultbin::pg_catalog.text)"
	"    FROM pg_catalog.pg_type t JOIN nsp n ON n.oid OPERATOR(pg_catalog.=) t.typnamespace"
	"   WHERE t.typtype OPERATOR(pg_catalog.<>) ALL (ARRAY['b', 'c']::pg_catalog.\"char\"[])"
	"  UNION ALL SELECT 'e ' OPERATOR(pg_catalog.||) pg_catalog.concat_ws(' ', e.enumtypid, e.enumsortorder, e.enumlabel)"
	"    FROM pg_catalog.pg_enum e JOIN pg_catalog.pg_type t ON t.oid OPERATOR(pg_catalog.=) e.enumtypid"
	"    JOIN nsp n ON n.oid OPERATOR(pg_catalog.=) t.typnamespace"
	"  UNION ALL SELECT 'f ' OPERATOR(pg_catalog.||) pg_catalog.concat_ws(' ', p.oid, n.nspname, p.proname, p.prokind,"
	"         p.proargtypes::pg_catalog.text, p.prorettype, p.prosrc, p.provolatile, p.prosecdef,"
	"         p.proconfig::pg_catalog.text)"
	"    FROM pg_catalog.pg_proc p JOIN nsp n ON n.oid OPERATOR(pg_catalog.=) p.pronamespace"
	"  UNION ALL SELECT 'g ' OPERATOR(pg_catalog.||) pg_catalog.concat_ws(' ', g.oid, g.tgname, g.tgrelid, g.tgfoid,"
	"         g.tgtype, g.tgenabled, g.tgqual::pg_catalog.text)"
	"    FROM pg_catalog.pg_trigger g JOIN rel ON rel.oid OPERATOR(pg_catalog.=) g.tgrelid WHERE NOT g.tgisinternal"
	"  UNION ALL SELECT 'p ' OPERATOR(pg_catalog.||) pg_catalog.concat_ws(' ', o.oid, o.polname, o.polrelid, o.polcmd,"
	"         o.polpermissive, o.polroles::pg_catalog.text, o.polqual::pg_catalog.text, o.polwithcheck::pg_catalog.text)"
	"    FROM pg_catalog.pg_policy o JOIN rel ON rel.oid OPERATOR(pg_catalog.=) o.polrelid"
	"  UNION ALL SELECT 'w ' OPERATOR(pg_catalog.||) pg_catalog.concat_ws(' ', w.oid, w.ev_class, w.rulename,"
	"         w.ev_action::pg_catalog.text, w.ev_qual::pg_catalog.text)"
	"    FROM pg_catalog.pg_rewrite w JOIN rel ON rel.oid OPERATOR(pg_catalog.=) w.ev_class"
	"  UNION ALL SELECT 'x ' OPERATOR(pg_catalog.||) pg_catalog.concat_ws(' ', x.oid, x.extname, x.extversion)"
	"    FROM pg_catalog.pg_extension x)"
	" SELECT pg_catalog.md5(pg_catalog.string_agg(x, E'\\n' ORDER BY x COLLATE \"C\")) FROM items";

static char *
schema_fingerprint(PGconn *conn, const Request *req)
{
	const char *params[2] = {req->schema, req->table};
	PGresult   *res = PQexecParams(conn, fingerprint_sql, 2, NULL, params, NULL, NULL, 0);
	char	   *digest;

	if (PQresultStatus(res) != PGRES_TUPLES_OK)
		die(EXIT_ERROR, "reading the target's schema: %s", PQerrorMessage(conn));
	digest = pg_strdup(PQgetvalue(res, 0, 0));
	PQclear(res);
	return digest;
}

/* the history table's rows, in id order (name NULL for a 0.x table) */
static PGresult *
read_history(PGconn *conn, bool v1)
{
	PGresult   *res = PQexec(conn, psprintf("SELECT id::pg_catalog.int8, hash, created_at::pg_catalog.int8, %s"
											" FROM %s ORDER BY id",
											v1 ? "name" : "NULL::pg_catalog.text", dev.history_qualified));

	if (PQresultStatus(res) != PGRES_TUPLES_OK)
		die(EXIT_ERROR, "reading %s: %s", dev.history_qualified, PQerrorMessage(conn));
	return res;
}

/*
 * Does the history table exist, and has it drizzle 1.0's name column?  Its
 * columns must be of the built-in types drizzle's DDL makes, as the
 * extension requires: reading another type (ORDER BY, a cast) would run
 * code of the table's owner with the rights of whoever runs migtrack.  Row
 * level security that applies to us is refused for the same reason (its
 * policies would run, and could hide rows).  Writing to it is refused while
 * a write would run anything drizzle's table does not -- a trigger, a rule,
 * a CHECK constraint, an expression index, a domain's check, a default but
 * nextval() and now() -- in the table or a partition (writable: true), as
 * the extension refuses it (src/tracking_safety.c).  The defaults are judged
 * from their stored node trees, as text: deparsing them would run the output
 * functions of whatever types they name.
 */
#define AS_LIST_ITEM(f) CppAsString2(f) ","
static const char *history_sql =
"WITH RECURSIVE tree(oid) AS ("
"   SELECT c.oid FROM pg_catalog.pg_class c"
"     JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace"
"    WHERE n.nspname OPERATOR(pg_catalog.=) $1 AND c.relname OPERATOR(pg_catalog.=) $2"
"   UNION"
"   SELECT i.inhrelid FROM pg_catalog.pg_inherits i JOIN tree t ON i.inhparent OPERATOR(pg_catalog.=) t.oid)"
"SELECT pg_catalog.bool_or(a.attname OPERATOR(pg_catalog.=) 'name'),"
"       pg_catalog.bool_and(CASE a.attname"
"         WHEN 'id' THEN a.atttypid OPERATOR(pg_catalog.=) ANY ('{pg_catalog.int2,pg_catalog.int4,pg_catalog.int8}'::pg_catalog.regtype[]::pg_catalog.oid[])"
"         WHEN 'created_at' THEN a.atttypid OPERATOR(pg_catalog.=) ANY ('{pg_catalog.int2,pg_catalog.int4,pg_catalog.int8}'::pg_catalog.regtype[]::pg_catalog.oid[])"
"         WHEN 'applied_at' THEN a.atttypid OPERATOR(pg_catalog.=) ANY ('{pg_catalog.timestamptz,pg_catalog.timestamp}'::pg_catalog.regtype[]::pg_catalog.oid[])"
"         WHEN 'hash' THEN a.atttypid OPERATOR(pg_catalog.=) ANY ('{pg_catalog.text,pg_catalog.varchar}'::pg_catalog.regtype[]::pg_catalog.oid[])"
"         WHEN 'name' THEN a.atttypid OPERATOR(pg_catalog.=) ANY ('{pg_catalog.text,pg_catalog.varchar}'::pg_catalog.regtype[]::pg_catalog.oid[])"
"         ELSE true END),"
"       pg_catalog.bool_or(pg_catalog.row_security_active(c.oid)),"
"       (SELECT w FROM ("
"          SELECT 1, pg_catalog.format('%s has trigger %I', g.tgrelid::pg_catalog.regclass, g.tgname)"
"            FROM pg_catalog.pg_trigger g JOIN tree t ON g.tgrelid OPERATOR(pg_catalog.=) t.oid WHERE NOT g.tgisinternal"
"          UNION ALL"
"          SELECT 2, pg_catalog.format('%s has rule %I', r.ev_class::pg_catalog.regclass, r.rulename)"
"            FROM pg_catalog.pg_rewrite r JOIN tree t ON r.ev_class OPERATOR(pg_catalog.=) t.oid"
"          UNION ALL"
"          SELECT 3, pg_catalog.format('%s has CHECK constraint %I', k.conrelid::pg_catalog.regclass, k.conname)"
"            FROM pg_catalog.pg_constraint k JOIN tree t ON k.conrelid OPERATOR(pg_catalog.=) t.oid"
"           WHERE k.contype OPERATOR(pg_catalog.=) 'c'"
"          UNION ALL"
"          SELECT 4, pg_catalog.format('%s has index %s on an expression or with a WHERE clause', x.indrelid::pg_catalog.regclass, x.indexrelid::pg_catalog.regclass)"
"            FROM pg_catalog.pg_index x JOIN tree t ON x.indrelid OPERATOR(pg_catalog.=) t.oid"
"           WHERE x.indexprs IS NOT NULL OR x.indpred IS NOT NULL"
"          UNION ALL"
"          SELECT 5, pg_catalog.format('column %I of %s has domain type %s', y.attname, y.attrelid::pg_catalog.regclass, p.oid::pg_catalog.regtype)"
"            FROM pg_catalog.pg_attribute y JOIN tree t ON y.attrelid OPERATOR(pg_catalog.=) t.oid"
"            JOIN pg_catalog.pg_type p ON p.oid OPERATOR(pg_catalog.=) y.atttypid"
"           WHERE y.attnum OPERATOR(pg_catalog.>) 0 AND NOT y.attisdropped AND p.typtype OPERATOR(pg_catalog.=) 'd'"
"          UNION ALL"
"          SELECT 6, pg_catalog.format(CASE y.attgenerated WHEN '' THEN 'column %I of %s has a default other than drizzle''s nextval() or now()'"
"                                      ELSE 'column %I of %s is generated by an expression that calls a function' END,"
"                                      y.attname, y.attrelid::pg_catalog.regclass)"
"            FROM pg_catalog.pg_attrdef d JOIN tree t ON d.adrelid OPERATOR(pg_catalog.=) t.oid"
"            JOIN pg_catalog.pg_attribute y ON y.attrelid OPERATOR(pg_catalog.=) d.adrelid AND y.attnum OPERATOR(pg_catalog.=) d.adnum"
"           WHERE d.adbin::pg_catalog.text OPERATOR(pg_catalog.~) '\\{(?!FUNCEXPR |CONST |RELABELTYPE |SQLVALUEFUNCTION |NEXTVALUEEXPR |VAR )'"
"              OR EXISTS (SELECT FROM pg_catalog.regexp_matches(d.adbin::pg_catalog.text, ':funcid (\\d+)', 'g') m"
"                          WHERE m[1]::pg_catalog.oid OPERATOR(pg_catalog.<>) ALL ('{" DRIZZLE_DEFAULT_FUNCTIONS(AS_LIST_ITEM) "0}'::pg_catalog.oid[]))"
"        ) s(o, w) ORDER BY o LIMIT 1)"
"  FROM pg_catalog.pg_class c"
"  JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace"
"  JOIN pg_catalog.pg_attribute a ON a.attrelid OPERATOR(pg_catalog.=) c.oid"
" WHERE n.nspname OPERATOR(pg_catalog.=) $1 AND c.relname OPERATOR(pg_catalog.=) $2"
"   AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped";

static void
locate_history_for(PGconn *conn, const Request *req, bool *exists, bool *v1, bool writable)
{
	const char *params[2] = {req->schema, req->table};
	PGresult   *res = PQexecParams(conn, history_sql, 2, NULL, params, NULL, NULL, 0);

	if (PQresultStatus(res) != PGRES_TUPLES_OK)
		die(EXIT_ERROR, "looking for %s: %s", dev.history_qualified, PQerrorMessage(conn));
	*exists = !PQgetisnull(res, 0, 0);
	*v1 = *exists && strcmp(PQgetvalue(res, 0, 0), "t") == 0;
	if (*exists && strcmp(PQgetvalue(res, 0, 1), "t") != 0)
	{
		log_error("%s has a column of a type drizzle's own DDL does not make", dev.history_qualified);
		log_detail("migtrack reads the history only in the built-in types drizzle creates: reading another type could run code of the table's owner with your rights.");
		exit(EXIT_ERROR);
	}
	if (*exists && strcmp(PQgetvalue(res, 0, 2), "t") == 0)
	{
		log_error("row level security applies to you on %s", dev.history_qualified);
		log_detail("Its policies would run with your rights, not its owner's, and could hide rows of the history.");
		log_hint("Connect as the table's owner or as a role that bypasses row level security, or disable it if nothing needs it: ALTER TABLE %s DISABLE ROW LEVEL SECURITY;",
				 dev.history_qualified);
		exit(EXIT_ERROR);
	}
	if (*exists && writable && !PQgetisnull(res, 0, 3))
		refuse_write(escape_controls(PQgetvalue(res, 0, 3), false),
					 "drizzle's table runs no code of its own on a write; a write to this history would run that with your rights, not its owner's.",
					 "Remove it if nothing needs it (drizzle's own DDL makes none), then run the command again.");
	PQclear(res);
}

static void
locate_history(PGconn *conn, const Request *req, bool *exists, bool *v1)
{
	locate_history_for(conn, req, exists, v1, false);
}

/* ---- the scratch database ---- */

static void
drop_scratch(void)
{
	int			i;

	if (dev.scratch != NULL)
		PQfinish(dev.scratch);
	dev.scratch = NULL;
	if (dev.target != NULL)
		PQfinish(dev.target);
	dev.target = NULL;
	if (dev.admin == NULL)
		return;
	if (dev.scratch_name != NULL)
	{
		char	   *name = PQescapeIdentifier(dev.admin, dev.scratch_name, strlen(dev.scratch_name));

		PQclear(PQexec(dev.admin, psprintf("DROP DATABASE IF EXISTS %s%s", name,
										   PQserverVersion(dev.admin) >= 130000 ? " WITH (FORCE)" : "")));
		dev.scratch_name = NULL;
	}
	for (i = 0; i < dev.nroles; i++)
		PQclear(PQexec(dev.admin, psprintf("DROP ROLE IF EXISTS %s",
										   PQescapeIdentifier(dev.admin, dev.roles[i], strlen(dev.roles[i])))));
	dev.nroles = 0;
	PQfinish(dev.admin);
	dev.admin = NULL;
}

/* a connection to the dev server, to dbname when not NULL (else the URL's) */
static PGconn *
dev_connect(const char *dbname)
{
	const char *keywords[] = {"dbname", "dbname", "client_encoding", "fallback_application_name", NULL};
	const char *values[] = {dev.dev_url, dbname, "UTF8", "migtrack", NULL};
	PGconn	   *conn;

	if (dbname == NULL)
		keywords[1] = NULL;
	conn = PQconnectdbParams(keywords, values, true);
	if (PQstatus(conn) != CONNECTION_OK)
	{
		log_error("could not connect to the dev server (--dev-url): %s", escape_controls(PQerrorMessage(conn), false));
		exit(EXIT_ERROR);
	}
	add_secret(PQpass(conn));
	PQclear(PQexec(conn, "SET client_min_messages = warning"));
	return conn;
}

/* the Debian package that provides an extension, where known */
static const char *
extension_package(const char *name, int major)
{
	static const char *const contrib[] = {"pgcrypto", "uuid-ossp", "citext", "hstore", "pg_trgm", "btree_gin",
		"btree_gist", "cube", "earthdistance", "fuzzystrmatch", "intarray", "isn", "ltree", "pg_stat_statements",
		"tablefunc", "unaccent", "dblink", "postgres_fdw", "plpgsql", "tsm_system_rows", "lo", "seg", NULL};
	int			i;

	for (i = 0; contrib[i]; i++)
		if (strcmp(name, contrib[i]) == 0)
			return psprintf("postgresql-%d (contrib)", major);
	if (strcmp(name, "vector") == 0)
		return psprintf("postgresql-%d-pgvector", major);
	if (strcmp(name, "postgis") == 0 || strncmp(name, "postgis_", 8) == 0)
		return psprintf("postgresql-%d-postgis-3", major);
	if (strcmp(name, "pg_cron") == 0)
		return psprintf("postgresql-%d-cron", major);
	if (strcmp(name, "pgaudit") == 0)
		return psprintf("postgresql-%d-pgaudit", major);
	if (strcmp(name, "timescaledb") == 0)
		return psprintf("timescaledb-2-postgresql-%d", major);
	return NULL;
}

/* every extension of the target, and migtrack, must be available on the dev server */
static void
check_extensions(void)
{
	PGresult   *have = PQexec(dev.target, "SELECT extname FROM pg_catalog.pg_extension ORDER BY 1");
	PGresult   *avail = PQexec(dev.admin, "SELECT name FROM pg_catalog.pg_available_extensions");
	StringInfoData missing;
	StringInfoData packages;
	int			i,
				j;

	if (PQresultStatus(have) != PGRES_TUPLES_OK || PQresultStatus(avail) != PGRES_TUPLES_OK)
		die(EXIT_ERROR, "listing extensions: %s%s", PQerrorMessage(dev.target), PQerrorMessage(dev.admin));
	initStringInfo(&missing);
	initStringInfo(&packages);
	for (i = -1; i < PQntuples(have); i++)
	{
		const char *name = i < 0 ? "migtrack" : PQgetvalue(have, i, 0);
		bool		found = false;

		for (j = 0; j < PQntuples(avail) && !found; j++)
			found = strcmp(PQgetvalue(avail, j, 0), name) == 0;
		if (!found)
		{
			const char *pkg = extension_package(name, PQserverVersion(dev.admin) / 10000);

			appendStringInfo(&missing, "%s\"%s\"", missing.len ? ", " : "", name);
			if (pkg)
				appendStringInfo(&packages, "%s%s (%s)", packages.len ? ", " : "", pkg, name);
		}
	}
	if (missing.len > 0)
	{
		log_error("the dev server lacks extension%s %s", strchr(missing.data, ',') ? "s" : "",
				  escape_controls(missing.data, false));
		log_detail("The target's schema uses them (or migtrack itself is missing), so it cannot be restored there.");
		if (packages.len > 0)
			log_hint("Install them on the dev server: %s.", packages.data);
		else
			log_hint("Install them on the dev server, or use a dev server that has them.");
		exit(EXIT_ERROR);
	}
	PQclear(have);
	PQclear(avail);
}

/* the roles the target's policies name, created NOLOGIN on the dev server when missing */
static void
create_policy_roles(bool verbose)
{
	PGresult   *res = PQexec(dev.target,
							 "SELECT DISTINCT r.rolname FROM pg_catalog.pg_policy p,"
							 "       LATERAL pg_catalog.unnest(p.polroles) AS u(role)"
							 "  JOIN pg_catalog.pg_roles r ON r.oid OPERATOR(pg_catalog.=) u.role ORDER BY 1");
	int			i;

	if (PQresultStatus(res) != PGRES_TUPLES_OK)
		die(EXIT_ERROR, "listing the roles of policies: %s", PQerrorMessage(dev.target));
	dev.roles = pg_malloc0(sizeof(char *) * (PQntuples(res) + 1));
	for (i = 0; i < PQntuples(res); i++)
	{
		const char *role = PQgetvalue(res, i, 0);
		const char *params[1] = {role};
		PGresult   *exists = PQexecParams(dev.admin, "SELECT 1 FROM pg_catalog.pg_roles WHERE rolname OPERATOR(pg_catalog.=) $1",
										  1, NULL, params, NULL, NULL, 0);
		PGresult   *made;

		if (PQresultStatus(exists) == PGRES_TUPLES_OK && PQntuples(exists) > 0)
			continue;
		made = PQexec(dev.admin, psprintf("CREATE ROLE %s NOLOGIN", PQescapeIdentifier(dev.admin, role, strlen(role))));
		if (PQresultStatus(made) != PGRES_COMMAND_OK)
		{
			log_error("could not create role \"%s\" on the dev server: %s", escape_controls(role, false),
					  escape_controls(PQerrorMessage(dev.admin), false));
			log_detail("The target's policies name it; the scratch database needs it to restore them.");
			log_hint("Give the dev server's role CREATEROLE, or create the role there yourself.");
			exit(EXIT_ERROR);
		}
		dev.roles[dev.nroles++] = pg_strdup(role);
		if (verbose)
			say("created role \"%s\" (NOLOGIN) on the dev server for the target's policies; dropped at exit",
				escape_controls(role, false));
	}
	PQclear(res);
}

static void
create_scratch(void)
{
	PGresult   *res = PQexec(dev.target,
							 "SELECT pg_catalog.pg_encoding_to_char(encoding), datcollate, datctype"
							 "  FROM pg_catalog.pg_database WHERE datname OPERATOR(pg_catalog.=) pg_catalog.current_database()");
	char		random_part[9];
	uint8		bytes[4];
	char	   *name;
	PGresult   *made;

	if (PQresultStatus(res) != PGRES_TUPLES_OK || PQntuples(res) != 1)
		die(EXIT_ERROR, "reading the target database's encoding: %s", PQerrorMessage(dev.target));
	if (!pg_strong_random(bytes, sizeof(bytes)))
		die(EXIT_ERROR, "could not generate a random name");
	snprintf(random_part, sizeof(random_part), "%02x%02x%02x%02x", bytes[0], bytes[1], bytes[2], bytes[3]);
	dev.scratch_name = psprintf("migtrack_scratch_%d_%s", (int) getpid(), random_part);
	name = PQescapeIdentifier(dev.admin, dev.scratch_name, strlen(dev.scratch_name));
	/* the target's encoding and collation (drift is listed in its order); C when the dev server lacks that locale */
	made = PQexec(dev.admin, psprintf("CREATE DATABASE %s TEMPLATE template0 ENCODING %s LC_COLLATE %s LC_CTYPE %s",
									  name,
									  PQescapeLiteral(dev.admin, PQgetvalue(res, 0, 0), strlen(PQgetvalue(res, 0, 0))),
									  PQescapeLiteral(dev.admin, PQgetvalue(res, 0, 1), strlen(PQgetvalue(res, 0, 1))),
									  PQescapeLiteral(dev.admin, PQgetvalue(res, 0, 2), strlen(PQgetvalue(res, 0, 2)))));
	if (PQresultStatus(made) != PGRES_COMMAND_OK)
	{
		PQclear(made);
		made = PQexec(dev.admin, psprintf("CREATE DATABASE %s TEMPLATE template0 ENCODING %s LC_COLLATE 'C' LC_CTYPE 'C'",
										  name,
										  PQescapeLiteral(dev.admin, PQgetvalue(res, 0, 0), strlen(PQgetvalue(res, 0, 0)))));
	}
	if (PQresultStatus(made) != PGRES_COMMAND_OK)
	{
		dev.scratch_name = NULL;
		log_error("could not create the scratch database on the dev server: %s",
				  escape_controls(PQerrorMessage(dev.admin), false));
		log_hint("The dev server's role (--dev-url) needs CREATEDB.");
		exit(EXIT_ERROR);
	}
	PQclear(made);
	PQclear(res);
}

/* the target's history rows, as they are, and its id sequence past them */
static void
copy_history(void)
{
	StringInfoData sql;
	int			i;
	PGresult   *res;

	if (!dev.history_exists || PQntuples(dev.history) == 0)
		return;
	initStringInfo(&sql);
	appendStringInfo(&sql, "INSERT INTO %s (id, hash, created_at%s) VALUES ", dev.history_qualified,
					 dev.history_v1 ? ", name, applied_at" : "");
	for (i = 0; i < PQntuples(dev.history); i++)
	{
		int			c;

		appendStringInfoString(&sql, i ? ", (" : "(");
		for (c = 0; c < (dev.history_v1 ? 4 : 3); c++)
		{
			const char *v = PQgetvalue(dev.history, i, c);

			appendStringInfoString(&sql, c ? ", " : "");
			if (PQgetisnull(dev.history, i, c))
				appendStringInfoString(&sql, "NULL");
			else
				appendStringInfoString(&sql, PQescapeLiteral(dev.scratch, v, strlen(v)));
		}
		/* applied_at: the target's rows keep theirs only on the target; here it is not compared */
		appendStringInfoString(&sql, dev.history_v1 ? ", NULL)" : ")");
	}
	res = PQexec(dev.scratch, sql.data);
	if (PQresultStatus(res) != PGRES_COMMAND_OK)
		die(EXIT_ERROR, "copying the history into the scratch database: %s", PQerrorMessage(dev.scratch));
	PQclear(res);
	res = PQexec(dev.scratch, psprintf("SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence(%s, 'id'),"
									   " (SELECT pg_catalog.max(id) FROM %s))",
									   PQescapeLiteral(dev.scratch, dev.history_qualified, strlen(dev.history_qualified)),
									   dev.history_qualified));
	PQclear(res);
}

PGconn *
dev_scratch(PGconn *target, const DevOptions *opts, const Request *req)
{
	char	   *dump;
	char	   *after;
	PGresult   *res;
	int			attempt;

	dev.target = target;
	dev.dev_url = opts->url;
	dev.target_major = PQserverVersion(target) / 10000;
	dev.history_qualified = psprintf("%s.%s", PQescapeIdentifier(target, req->schema, strlen(req->schema)),
									 PQescapeIdentifier(target, req->table, strlen(req->table)));

	/* the dump, between two equal digests of the schema: nothing changed while it ran */
	for (attempt = 0;; attempt++)
	{
		dev.fingerprint = schema_fingerprint(target, req);
		locate_history(target, req, &dev.history_exists, &dev.history_v1);
		if (dev.history_exists)
			dev.history = read_history(target, dev.history_v1);
		dump = dump_schema(opts);
		after = schema_fingerprint(target, req);
		if (strcmp(after, dev.fingerprint) == 0)
			break;
		if (attempt == 2)
			die(EXIT_ERROR, "the target's schema kept changing while it was dumped");
	}
	if (req->verbose)
		say("dumped the target's schema (%d bytes)", (int) strlen(dump));

	dev.admin = dev_connect(NULL);
	if (PQserverVersion(dev.admin) / 10000 < dev.target_major)
		say("the dev server runs PostgreSQL %d, older than the target's %d: objects of the newer release may not restore",
			PQserverVersion(dev.admin) / 10000, dev.target_major);
	check_extensions();
	atexit(drop_scratch);
	create_policy_roles(req->verbose);
	create_scratch();
	dev.scratch = dev_connect(dev.scratch_name);
	if (req->verbose)
		say("restoring into scratch database \"%s\" on the dev server", dev.scratch_name);

	/* the restore fires no trigger it creates (and an event trigger was not dumped in) */
	PQclear(PQexec(dev.scratch, "SET session_replication_role = replica"));
	query_begins(dev.scratch);	/* Ctrl-C cancels it: the error path drops the scratch database */
	res = PQexec(dev.scratch, restorable(dump));
	query_ends();
	if (PQresultStatus(res) != PGRES_COMMAND_OK && PQresultStatus(res) != PGRES_TUPLES_OK &&
		PQresultStatus(res) != PGRES_EMPTY_QUERY)
	{
		log_error("restoring the target's schema into the scratch database failed: %s",
				  escape_controls(PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY)
								  ? PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY) : PQerrorMessage(dev.scratch), false));
		log_hint("The dev server must be able to hold the target's schema: the same or a newer PostgreSQL release, with its extensions.");
		exit(EXIT_ERROR);
	}
	PQclear(res);
	PQclear(PQexec(dev.scratch, "RESET session_replication_role"));
	copy_history();
	/* a target that has the extension brought it along in the dump */
	res = PQexec(dev.scratch, "CREATE SCHEMA IF NOT EXISTS migtrack_dev;"
				 " CREATE EXTENSION IF NOT EXISTS migtrack SCHEMA migtrack_dev");
	if (PQresultStatus(res) != PGRES_COMMAND_OK)
		die(EXIT_ERROR, "creating the extension in the scratch database: %s", PQerrorMessage(dev.scratch));
	PQclear(res);
	session_setup(dev.scratch, true);
	return dev.scratch;
}

bool
dev_active(void)
{
	return dev.scratch != NULL;
}

/* ---- writing to the target what the scratch database's history became ---- */

static void
target_exec(const char *sql, int nparams, const char *const *params, ExecStatusType want, const char *doing)
{
	PGresult   *res = PQexecParams(dev.target, sql, nparams, NULL, params, NULL, NULL, 0);

	if (PQresultStatus(res) != want)
	{
		const char *primary = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);

		log_error("%s on the target failed: %s", doing,
				  escape_controls(primary ? primary : PQerrorMessage(dev.target), false));
		if (PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL))
			log_detail("%s", PQresultErrorField(res, PG_DIAG_MESSAGE_DETAIL));
		log_detail("Nothing was written to the target: its transaction was rolled back.");
		PQclear(PQexec(dev.target, "ROLLBACK"));
		exit(EXIT_ERROR);
	}
	PQclear(res);
}

/* refuse, roll back, say why */
static void
refuse_write(const char *why, const char *detail, const char *hint)
{
	PQclear(PQexec(dev.target, "ROLLBACK"));
	log_error("not written to the target: %s", why);
	log_detail("%s", detail);
	log_hint("%s", hint ? hint : "Run the command again: migtrack reads the target afresh.");
	exit(EXIT_REFUSED);
}

static bool
same_value(PGresult *a, int ra, PGresult *b, int rb, int col)
{
	if (PQgetisnull(a, ra, col) || PQgetisnull(b, rb, col))
		return PQgetisnull(a, ra, col) && PQgetisnull(b, rb, col);
	return strcmp(PQgetvalue(a, ra, col), PQgetvalue(b, rb, col)) == 0;
}

static int
find_id(PGresult *rows, const char *id)
{
	int			i;

	for (i = 0; i < PQntuples(rows); i++)
		if (strcmp(PQgetvalue(rows, i, 0), id) == 0)
			return i;
	return -1;
}

/* the search_path the migrations run with: the session's, then as the last one left it */
static const char *migrations_path;

/* a migration's statements, run as drizzle runs them: split on the marker, each piece on its own */
static void
run_migration_sql(const char *tag, const char *sql)
{
	static const char marker[] = "--> statement-breakpoint";
	const char *rest = sql;
	PGresult   *res;

	/*
	 * With the session's search_path, as drizzle runs them (one migration's
	 * SET search_path holds for the next, as in drizzle's one session);
	 * migtrack's own queries keep the empty one the connection set
	 */
	if (migrations_path == NULL)
		migrations_path = pg_strdup(drizzle_search_path());
	target_exec("SELECT pg_catalog.set_config('search_path', $1, true)", 1, &migrations_path, PGRES_TUPLES_OK,
				"setting search_path");

	for (;;)
	{
		const char *mark = strstr(rest, marker);
		char	   *piece = mark ? pnstrdup(rest, mark - rest) : pstrdup(rest);
		ExecStatusType st;

		res = PQexec(dev.target, piece);
		st = PQresultStatus(res);

		if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK && st != PGRES_EMPTY_QUERY)
		{
			const char *primary = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);

			log_error("migration \"%s\" failed on the target: %s", escape_controls(tag, false),
					  escape_controls(primary ? primary : PQerrorMessage(dev.target), false));
			log_detail("Nothing was written to the target: its transaction was rolled back.");
			PQclear(PQexec(dev.target, "ROLLBACK"));
			exit(EXIT_ERROR);
		}
		PQclear(res);
		if (mark == NULL)
			break;
		rest = mark + strlen(marker);
	}
	res = PQexec(dev.target, "SELECT pg_catalog.current_setting('search_path')");
	if (PQresultStatus(res) == PGRES_TUPLES_OK)
		migrations_path = pg_strdup(PQgetvalue(res, 0, 0));
	PQclear(res);
	target_exec("SELECT pg_catalog.set_config('search_path', '', true)", 0, NULL, PGRES_TUPLES_OK,
				"setting search_path");
}

/*
 * --audit-table: the trail the extension keeps in migtrack.audit, kept by
 * the client in a table of the target the user names (opt-in: nothing is
 * created otherwise), in the write's own transaction, with the same columns.
 * An unqualified name is in the history's schema.
 */
static void
write_audit(const Request *req, int inserted, int changed, int ntags, char *const *tags)
{
	const char *dot = strchr(req->audit_table, '.');
	char	   *schema = dot ? pnstrdup(req->audit_table, dot - req->audit_table) : pstrdup(req->schema);
	const char *table = dot ? dot + 1 : req->audit_table;
	char	   *qualified = psprintf("%s.%s", PQescapeIdentifier(dev.target, schema, strlen(schema)),
									 PQescapeIdentifier(dev.target, table, strlen(table)));
	StringInfoData names;
	const char *params[5];
	int			i;

	target_exec(psprintf("CREATE SCHEMA IF NOT EXISTS %s", PQescapeIdentifier(dev.target, schema, strlen(schema))),
				0, NULL, PGRES_COMMAND_OK, "creating the audit table's schema");
	target_exec(psprintf("CREATE TABLE IF NOT EXISTS %s ("
						 "id bigserial PRIMARY KEY, recorded_at timestamp with time zone NOT NULL,"
						 " action pg_catalog.text NOT NULL, user_name pg_catalog.name NOT NULL,"
						 " session_user_name pg_catalog.name NOT NULL, application_name pg_catalog.text,"
						 " client_addr pg_catalog.inet, migrations_table pg_catalog.text NOT NULL,"
						 " rows_written integer NOT NULL, migrations pg_catalog.text[] NOT NULL,"
						 " detail pg_catalog.jsonb NOT NULL)", qualified),
				0, NULL, PGRES_COMMAND_OK, "creating the audit table");
	/* the tags as a JSON array (folder.c's escaping), made text[] by the server */
	initStringInfo(&names);
	appendStringInfoChar(&names, '[');
	for (i = 0; i < Min(inserted, ntags); i++)
	{
		if (i > 0)
			appendStringInfoChar(&names, ',');
		append_json_string(&names, tags[i]);
	}
	appendStringInfoChar(&names, ']');
	params[0] = req->command;
	params[1] = dev.history_qualified;
	params[2] = psprintf("%d", inserted);
	params[3] = names.data;
	params[4] = psprintf("{\"through\": \"--dev-url\", \"rows_changed\": %d}", changed);
	target_exec(psprintf("INSERT INTO %s (recorded_at, action, user_name, session_user_name, application_name,"
						 " client_addr, migrations_table, rows_written, migrations, detail)"
						 " VALUES (pg_catalog.now(), $1, CURRENT_USER, SESSION_USER,"
						 " pg_catalog.current_setting('application_name'), pg_catalog.inet_client_addr(),"
						 " $2, $3::pg_catalog.int4,"
						 " ARRAY(SELECT pg_catalog.jsonb_array_elements_text($4::pg_catalog.jsonb)), $5::pg_catalog.jsonb)",
						 qualified),
				5, params, PGRES_COMMAND_OK, "recording the change in the audit table");
}

/*
 * Make the target's history what the scratch database's became: rows
 * changed or forgotten by a repair, drizzle 1.0's upgrade of a 0.x table,
 * and the rows a sync or migrate inserted -- the k-th new row is the k-th
 * of tags[], whose SQL is run first when apply[k], as drizzle does.  One
 * transaction, after the checks above; returns the rows inserted.
 */
int
dev_write(const Request *req, const char *folder_format, int ntags, char *const *tags, const bool *apply)
{
	PGresult   *after;
	PGresult   *now;
	bool		exists;
	bool		existed;
	bool		v1;
	bool		scratch_v1;
	int			inserted = 0;
	int			changed = 0;
	int			i;

	/* what the scratch database's history is now */
	locate_history(dev.scratch, req, &exists, &scratch_v1);
	if (!exists)
		return 0;
	after = read_history(dev.scratch, scratch_v1);

	target_exec("BEGIN", 0, NULL, PGRES_COMMAND_OK, "BEGIN");
	locate_history(dev.target, req, &existed, &v1);
	if (existed != dev.history_exists)
		refuse_write("its history table changed since it was read",
					 psprintf("%s %s when migtrack read it and %s now.", dev.history_qualified,
							  dev.history_exists ? "existed" : "did not exist", existed ? "exists" : "does not"), NULL);
	if (!existed)
	{
		const char *schema[1] = {req->schema};
		PGresult   *nsp = PQexecParams(dev.target, "SELECT FROM pg_catalog.pg_namespace WHERE nspname OPERATOR(pg_catalog.=) $1",
									   1, NULL, schema, NULL, NULL, 0);

		/*
		 * drizzle's own DDL, as its migrate runs it; the schema only when
		 * missing, as the extension does (CREATE SCHEMA IF NOT EXISTS wants
		 * CREATE on the database even when the schema exists)
		 */
		if (PQresultStatus(nsp) != PGRES_TUPLES_OK || PQntuples(nsp) == 0)
			target_exec(psprintf("CREATE SCHEMA IF NOT EXISTS %s",
								 PQescapeIdentifier(dev.target, req->schema, strlen(req->schema))),
						0, NULL, PGRES_COMMAND_OK, "creating the migrations schema");
		PQclear(nsp);
		target_exec(psprintf("CREATE TABLE IF NOT EXISTS %s (" DRIZZLE_TABLE_COLUMNS "%s)", dev.history_qualified,
							 scratch_v1 ? DRIZZLE_TABLE_COLUMNS_V1 : ""),
					0, NULL, PGRES_COMMAND_OK, "creating the migrations table");
	}
	/* writers of the history wait for each other; a role that may not write it cannot take this lock */
	target_exec(psprintf("LOCK TABLE %s IN ACCESS EXCLUSIVE MODE", dev.history_qualified), 0, NULL,
				PGRES_COMMAND_OK, "locking the migrations table");

	/* the history and the schema as they were when dumped */
	locate_history_for(dev.target, req, &exists, &v1, true);
	if ((existed && v1 != dev.history_v1) || (!existed && v1 != scratch_v1))
		refuse_write("its history table changed since it was read",
					 psprintf("%s changed format meanwhile.", dev.history_qualified), NULL);
	now = read_history(dev.target, v1);
	if (PQntuples(now) != (existed ? PQntuples(dev.history) : 0))
		refuse_write("its history changed since it was read",
					 psprintf("%s held %d rows when migtrack read it and %d now.", dev.history_qualified,
							  existed ? PQntuples(dev.history) : 0, PQntuples(now)), NULL);
	for (i = 0; i < PQntuples(now); i++)
		if (!same_value(now, i, dev.history, i, 0) || !same_value(now, i, dev.history, i, 1) ||
			!same_value(now, i, dev.history, i, 2) || !same_value(now, i, dev.history, i, 3))
			refuse_write("its history changed since it was read",
						 psprintf("Row id %s of %s is not what it was.", PQgetvalue(now, i, 0), dev.history_qualified), NULL);
	if (strcmp(schema_fingerprint(dev.target, req), dev.fingerprint) != 0)
		refuse_write("its schema changed since it was dumped",
					 "Objects were created, changed or dropped in the target after migtrack dumped its schema, so what was checked there may no longer hold.", NULL);

	/* drizzle 1.0's upgrade of a 0.x table */
	if (scratch_v1 && !v1)
	{
		target_exec(psprintf("ALTER TABLE %s " DRIZZLE_UPGRADE_ADD_NAME, dev.history_qualified), 0, NULL,
					PGRES_COMMAND_OK, "adding column name");
		target_exec(psprintf("ALTER TABLE %s " DRIZZLE_UPGRADE_ADD_APPLIED_AT, dev.history_qualified), 0, NULL,
					PGRES_COMMAND_OK, "adding column applied_at");
	}
	/* rows changed or forgotten: a repair, or the upgrade naming every row */
	for (i = 0; i < PQntuples(now); i++)
	{
		int			a = find_id(after, PQgetvalue(now, i, 0));
		const char *params[2];

		params[0] = PQgetvalue(now, i, 0);
		if (a < 0)
		{
			target_exec(psprintf("DELETE FROM %s WHERE id OPERATOR(pg_catalog.=) $1::pg_catalog.int8",
								 dev.history_qualified),
						1, params, PGRES_COMMAND_OK, "forgetting a row");
			changed++;
			continue;
		}
		if (!same_value(now, i, after, a, 1))
		{
			params[1] = PQgetvalue(after, a, 1);
			target_exec(psprintf("UPDATE %s SET hash = $2 WHERE id OPERATOR(pg_catalog.=) $1::pg_catalog.int8",
								 dev.history_qualified),
						2, params, PGRES_COMMAND_OK, "updating a row's hash");
			changed++;
		}
		if (scratch_v1 && (!v1 || !same_value(now, i, after, a, 3)))
		{
			params[1] = PQgetvalue(after, a, 3);
			target_exec(psprintf("UPDATE %s SET name = $2%s WHERE id OPERATOR(pg_catalog.=) $1::pg_catalog.int8",
								 dev.history_qualified, v1 ? "" : ", applied_at = NULL"),
						2, params, PGRES_COMMAND_OK, "naming a row");
			changed++;
		}
	}
	/* new rows, in order: the migration's SQL first when it was applied */
	for (i = 0; i < PQntuples(after); i++)
	{
		const char *params[3];

		if (find_id(now, PQgetvalue(after, i, 0)) >= 0)
			continue;
		if (inserted >= ntags)
			refuse_write("the scratch database recorded more than was planned",
						 "Its history gained rows the plan did not name.", NULL);
		if (apply[inserted])
			run_migration_sql(tags[inserted], migration_text(req->dir, tags[inserted], folder_format));
		params[0] = PQgetvalue(after, i, 1);
		params[1] = PQgetvalue(after, i, 2);
		params[2] = PQgetvalue(after, i, 3);
		target_exec(psprintf(scratch_v1 ? "INSERT INTO %s (hash, created_at, name) VALUES ($1, $2::pg_catalog.int8, $3)"
							 : "INSERT INTO %s (hash, created_at) VALUES ($1, $2::pg_catalog.int8)",
							 dev.history_qualified),
					scratch_v1 ? 3 : 2, params, PGRES_COMMAND_OK, "recording a migration");
		inserted++;
	}
	if (req->audit_table != NULL)
		write_audit(req, inserted, changed, ntags, tags);
	target_exec("COMMIT", 0, NULL, PGRES_COMMAND_OK, "COMMIT");
	return inserted;
}

/*
 * migtrack_cli.h -- the migtrack command-line client.
 *
 * folder.c reads a drizzle-kit out folder the way drizzle-orm does and
 * turns it into the journal jsonb; connect.c connects like psql and keeps
 * passwords out of every message; report.c asks the server and renders the
 * answer; quote.c makes text safe to print and to paste into a shell; main.c
 * parses the command line.
 */
#ifndef MIGTRACK_CLI_H
#define MIGTRACK_CLI_H

#include "postgres_fe.h"

#include <unistd.h>

#include "libpq-fe.h"
#include "lib/stringinfo.h"

#include "../src/compat.h"

/* the extension's version (EXTVERSION of the top-level Makefile, cli/Makefile) */
#ifndef MIGTRACK_VERSION
#error "MIGTRACK_VERSION is defined by cli/Makefile"
#endif

/* ---- version differences ---- */
/* error details and hints in PostgreSQL's frontend logging came with 15 */
#if PG_VERSION_NUM < 150000
#define pg_log_error_detail(fmt, arg) pg_log_generic(PG_LOG_INFO, "detail: " fmt, arg)
#define pg_log_error_hint(fmt, ...) pg_log_generic(PG_LOG_INFO, "hint: " fmt, __VA_ARGS__)
#endif

/* exit statuses, as documented in --help */
#define EXIT_OK 0
#define EXIT_PROBLEMS 1
#define EXIT_ERROR 2
#define EXIT_REFUSED 3

/* ---- utf8.c ---- */
extern char *utf8_decode_like_node(const char *bytes, size_t len, size_t *outlen);

/* ---- folder.c ---- */
typedef struct Bundle
{
	const char *format;			/* "0.x" or "1.0" */
	int			count;			/* migrations found */
	char	   *journal;		/* the journal jsonb, as JSON text */
} Bundle;

extern void bundle_folder(const char *dir, bool hashes, Bundle *bundle);
extern char *read_text_file(const char *path, size_t *len);
extern char *migration_text(const char *dir, const char *tag, const char *format);
extern void append_json_string(StringInfo out, const char *s);

/* ---- connect.c ---- */
typedef struct ConnOptions
{
	const char *dbname;
	const char *host;
	const char *port;
	const char *user;
	int			prompt;			/* -1 never (-w), 0 when needed, 1 always (-W) */
	bool		verbose;
} ConnOptions;

extern void connect_early(const ConnOptions *opts);
extern void connect_advance(void);
extern PGconn *connect_database(const ConnOptions *opts);
extern void add_secret(const char *secret);
extern void remember_password_in(const char *conninfo);
extern char *mask_secrets(const char *text);
extern const char *drizzle_search_path(void);
extern PGresult *extension_lookup(void);
extern void session_setup(PGconn *conn, bool keep_search_path);
extern char *conninfo_for(PGconn *conn, const char *dbname);
extern char *conninfo_string(const PQconninfoOption *opts, const char *dbname);

/* ---- spawn.c ---- */
typedef struct Spawned
{
	pid_t		pid;
	int			fd[2];			/* its stdout, stderr; -1 once closed */
	StringInfoData out;
	StringInfoData err;
	int			status;			/* exit status once done, -1 if it did not exit */
	bool		done;
} Spawned;

extern void spawn_program(Spawned *sp, const char *path, char *const argv[], const char *password);
extern void spawned_progress(Spawned *const *sps, int n, int timeout_ms);
extern int	run_program(const char *path, char *const argv[], const char *password, StringInfo out,
						StringInfo err);

/* ---- report.c ---- */
typedef struct Request
{
	const char *command;		/* status, check, sync, migrate, repair */
	const char *dir;			/* NULL: database side only */
	const char *schema;
	const char *table;
	bool		json;
	bool		color;
	bool		verbose;
	bool		dry_run;
	bool		yes;
	bool		in_sync;
	bool		no_verify;		/* status: hashes only, no catalog verdicts */
	const char *up_to;
	const char *accept;			/* comma-separated tags */
	bool		force;
	bool		apply_absent;
	const char *accept_edits;	/* repair: comma-separated tags, escaped as --accept */
	const char *forget;			/* repair: comma-separated row ids */
	bool		name_rows;		/* repair */
	bool		out_of_order;	/* migrate */
	const char *dev_url_arg;	/* --dev-url as given on the command line (not MIGTRACK_DEV_URL) */
	const char *audit_table;	/* --audit-table: with --dev-url, the trail kept in the target */
} Request;

extern int	run_status(PGconn *conn, const Request *req, const Bundle *bundle);
extern int	run_sync(PGconn *conn, const Request *req, const Bundle *bundle);
extern int	run_repair(PGconn *conn, const Request *req, const Bundle *bundle);

/* ---- devurl.c ---- */
typedef struct DevOptions
{
	const char *url;			/* --dev-url or MIGTRACK_DEV_URL */
	const char *pg_dump;		/* --pg-dump, else the one beside this program */
	const char *argv0;
} DevOptions;

extern PGconn *dev_scratch(PGconn *target, const DevOptions *opts, const Request *req);
extern bool dev_active(void);
extern int	dev_write(const Request *req, const char *folder_format, int ntags, char *const *tags,
					  const bool *apply);

/* ---- fleet.c ---- */
typedef struct FleetOptions
{
	bool		all_databases;	/* --all-databases */
	const char *targets_file;	/* --targets */
	int			jobs;			/* --jobs */
	const char *dev_url;
	const char *pg_dump;
	const char *argv0;
} FleetOptions;

extern int	run_fleet(const ConnOptions *opts, const FleetOptions *f, const Request *req);

/* ---- quote.c ---- */
extern char *escape_controls(const char *text, bool keep_layout);
extern bool has_controls(const char *text, bool keep_layout);
extern char *shell_quote(const char *word);

/* ---- main.c ---- */
pg_noreturn extern void die(int status, const char *fmt,...) pg_attribute_printf(2, 3) pg_attribute_noreturn();
extern void say(const char *fmt,...) pg_attribute_printf(1, 2);
extern void log_error(const char *fmt,...) pg_attribute_printf(1, 2);
extern void log_detail(const char *fmt,...) pg_attribute_printf(1, 2);
extern void log_hint(const char *fmt,...) pg_attribute_printf(1, 2);
extern void log_context(const char *context);
extern void query_begins(PGconn *conn);
extern void query_ends(void);

#endif							/* MIGTRACK_CLI_H */

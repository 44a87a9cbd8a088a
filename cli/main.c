/*
 * main.c -- the migtrack command line: options, subcommands, exit status.
 *
 * A subcommand is a name and a handler; new ones (migrate, verify) slot
 * into the table below without reshaping anything else.
 */
#include "migtrack_cli.h"

#include <getopt.h>
#include <signal.h>

#include "common/logging.h"
#include "fe_utils/cancel.h"

#include "../src/compat.h"

static const char *progname = "migtrack";

static void vsay(const char *fmt, va_list ap) pg_attribute_printf(1, 0);
static char *vformat(const char *fmt, va_list ap) pg_attribute_printf(1, 0);
static char *vformat_plain(const char *fmt,...) pg_attribute_printf(1, 2);

/*
 * fmt formatted, of any length, every known password masked and control
 * characters escaped (line breaks kept).  errno as the caller left it, for %m.
 */
static char *
vformat(const char *fmt, va_list ap)
{
	int			save_errno = errno;
	size_t		len = 1024;

	for (;;)
	{
		char	   *buf = pg_malloc(len);
		va_list		copy;
		size_t		need;

		va_copy(copy, ap);
		errno = save_errno;
		need = pvsnprintf(buf, len, fmt, copy);
		va_end(copy);
		if (need < len)
			return escape_controls(mask_secrets(buf), true);
		free(buf);
		len = need;
	}
}

static char *
vformat_plain(const char *fmt,...)
{
	va_list		ap;
	char	   *text;

	va_start(ap, fmt);
	text = vformat(fmt, ap);
	va_end(ap);
	return text;
}

/* a --verbose line: "migtrack: message" on stderr */
static void
vsay(const char *fmt, va_list ap)
{
	pg_log_info("%s", vformat(fmt, ap));
}

/* "migtrack: error: message", after whatever stdout holds (pg_log_* flush it) */
void
log_error(const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	pg_log_error("%s", vformat(fmt, ap));
	va_end(ap);
}

void
log_detail(const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	pg_log_error_detail("%s", vformat(fmt, ap));
	va_end(ap);
}

void
log_hint(const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	pg_log_error_hint("%s", vformat(fmt, ap));
	va_end(ap);
}

/*
 * The server's CONTEXT (where an error happened: "applying migration X,
 * statement N of M (line L of its file)"): "migtrack: context: ..." after the
 * detail, a line for each of its lines (PostgreSQL's logging has no context
 * level; psql prints it as CONTEXT:).
 */
void
log_context(const char *context)
{
	char	   *text = vformat_plain("%s", context);
	char	   *line;
	char	   *next;

	fflush(stdout);
	for (line = text; line != NULL && *line; line = next)
	{
		next = strchr(line, '\n');
		if (next)
			*next++ = '\0';
		fprintf(stderr, "%s: context: %s\n", progname, line);
	}
}

void
die(int status, const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	pg_log_error("%s", vformat(fmt, ap));
	va_end(ap);
	exit(status);
}

/* a --verbose line */
void
say(const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	vsay(fmt, ap);
	va_end(ap);
}

/*
 * Ctrl-C: while a query runs, fe_utils' handler asks the server to cancel it
 * (the query then fails, exit 2); at any other time (reading the folder, the
 * confirmation prompt) there is nothing of the server's to stop, and the
 * client ends as it would without a handler.
 */
static volatile sig_atomic_t query_running = false;

static void
on_sigint(void)
{
	if (!query_running)
	{
		signal(SIGINT, SIG_DFL);
		raise(SIGINT);			/* delivered once the handler returns */
	}
}

void
query_begins(PGconn *conn)
{
	SetCancelConn(conn);
	query_running = true;
}

void
query_ends(void)
{
	query_running = false;
	ResetCancelConn();
}

static void
usage(void)
{
	/* cli/usage.txt, kept as the one source of the help text */
	static const char text[] =
#include "usage.h"
		;

	fputs(text, stdout);
}

pg_noreturn static void usage_error(const char *fmt,...) pg_attribute_printf(1, 2) pg_attribute_noreturn();

static void
usage_error(const char *fmt,...)
{
	va_list		ap;

	va_start(ap, fmt);
	pg_log_error("%s", vformat(fmt, ap));
	va_end(ap);
	pg_log_error_hint("Try \"%s --help\" for more information.", progname);
	exit(EXIT_ERROR);
}

/*
 * Notices (e.g. from the server's IF NOT EXISTS) go to stderr, masked, and
 * with control characters (a tag's, say) escaped.
 */
static void
notice_processor(void *arg pg_attribute_unused(), const char *message)
{
	fflush(stdout);				/* in order, when both go to one file */
	fprintf(stderr, "%s", escape_controls(mask_secrets(message), true));
}

typedef enum DirUse
{
	DIR_NONE,
	DIR_OPTIONAL,
	DIR_REQUIRED
} DirUse;

typedef struct Command
{
	const char *name;
	DirUse		dir;
	bool		needs_database;
	int			(*run) (PGconn *conn, const Request *req, const Bundle *bundle);
} Command;

static int
run_bundle(PGconn *conn pg_attribute_unused(), const Request *req pg_attribute_unused(),
		   const Bundle *bundle)
{
	printf("%s\n", bundle->journal);
	return EXIT_OK;
}

static const Command commands[] = {
	{"status", DIR_OPTIONAL, true, run_status},
	{"check", DIR_REQUIRED, true, run_status},
	{"sync", DIR_REQUIRED, true, run_sync},
	{"migrate", DIR_REQUIRED, true, run_sync},
	{"repair", DIR_REQUIRED, true, run_repair},
	{"bundle", DIR_REQUIRED, false, run_bundle},
};

int
main(int argc, char **argv)
{
	static const struct option long_options[] = {
		{"dbname", required_argument, NULL, 'd'},
		{"host", required_argument, NULL, 'h'},
		{"port", required_argument, NULL, 'p'},
		{"username", required_argument, NULL, 'U'},
		{"no-password", no_argument, NULL, 'w'},
		{"password", no_argument, NULL, 'W'},
		{"dry-run", no_argument, NULL, 'n'},
		{"yes", no_argument, NULL, 'y'},
		{"up-to", required_argument, NULL, 1},
		{"in-sync", no_argument, NULL, 2},
		{"json", no_argument, NULL, 3},
		{"no-color", no_argument, NULL, 4},
		{"migrations-schema", required_argument, NULL, 5},
		{"migrations-table", required_argument, NULL, 6},
		{"accept", required_argument, NULL, 7},
		{"force", no_argument, NULL, 8},
		{"apply-absent", no_argument, NULL, 9},
		{"no-verify", no_argument, NULL, 10},
		{"accept-edit", required_argument, NULL, 11},
		{"forget", required_argument, NULL, 12},
		{"name-rows", no_argument, NULL, 13},
		{"out-of-order", no_argument, NULL, 14},
		{"dev-url", required_argument, NULL, 15},
		{"pg-dump", required_argument, NULL, 16},
		{"all-databases", no_argument, NULL, 17},
		{"targets", required_argument, NULL, 18},
		{"audit-table", required_argument, NULL, 19},
		{"jobs", required_argument, NULL, 'j'},
		{"verbose", no_argument, NULL, 'v'},
		{"version", no_argument, NULL, 'V'},
		{"help", no_argument, NULL, '?'},
		{NULL, 0, NULL, 0}
	};
	ConnOptions conn_opts = {0};
	DevOptions	dev_opts = {0};
	FleetOptions fleet = {0};
	Request		req = {0};
	bool		no_color = false;
	const Command *cmd = NULL;
	Bundle		bundle = {0};
	PGconn	   *conn = NULL;
	int			c;
	int			status;
	size_t		i;

	/*
	 * PostgreSQL's frontend logging: "migtrack: error: ...", "detail:",
	 * "hint:", stdout flushed before each.  Its colours (PG_COLOR) stay off
	 * with NO_COLOR or --no-color, as the report's do.
	 */
	for (c = 1; c < argc; c++)
		if (strcmp(argv[c], "--no-color") == 0)
			no_color = true;
	if (no_color || (getenv("NO_COLOR") != NULL && getenv("NO_COLOR")[0] != '\0'))
		setenv("PG_COLOR", "never", 1);
	pg_logging_init(argv[0]);
	progname = get_progname(argv[0]);

	req.schema = "drizzle";
	req.table = "__drizzle_migrations";

	/*
	 * Learn every password we could be handed before printing anything: a
	 * URI may land in an error message as a stray argument or a bad option.
	 */
	add_secret(getenv("PGPASSWORD"));
	remember_password_in(getenv("DATABASE_URL"));
	remember_password_in(getenv("MIGTRACK_DEV_URL"));
	for (c = 1; c < argc; c++)
		remember_password_in(strchr(argv[c], '=') && strncmp(argv[c], "--", 2) == 0
							 ? strchr(argv[c], '=') + 1 : argv[c]);

	/* --help and --version anywhere, as psql */
	for (c = 1; c < argc; c++)
	{
		if (strcmp(argv[c], "--help") == 0 || strcmp(argv[c], "-?") == 0)
		{
			usage();
			exit(EXIT_OK);
		}
		if (strcmp(argv[c], "--version") == 0 || strcmp(argv[c], "-V") == 0)
		{
			printf("migtrack %s\n", MIGTRACK_VERSION);
			exit(EXIT_OK);
		}
	}

	opterr = 0;
	while ((c = getopt_long(argc, argv, ":d:h:p:U:wWnyvj:", long_options, NULL)) != -1)
	{
		switch (c)
		{
			case 'd':
				conn_opts.dbname = optarg;
				break;
			case 'h':
				conn_opts.host = optarg;
				break;
			case 'p':
				conn_opts.port = optarg;
				break;
			case 'U':
				conn_opts.user = optarg;
				break;
			case 'w':
				conn_opts.prompt = -1;
				break;
			case 'W':
				conn_opts.prompt = 1;
				break;
			case 'n':
				req.dry_run = true;
				break;
			case 'y':
				req.yes = true;
				break;
			case 'v':
				req.verbose = conn_opts.verbose = true;
				break;
			case 1:
				req.up_to = optarg;
				break;
			case 2:
				req.in_sync = true;
				break;
			case 3:
				req.json = true;
				break;
			case 4:
				no_color = true;
				break;
			case 5:
				req.schema = optarg;
				break;
			case 6:
				req.table = optarg;
				break;
			case 7:
				req.accept = optarg;
				break;
			case 8:
				req.force = true;
				break;
			case 9:
				req.apply_absent = true;
				break;
			case 10:
				req.no_verify = true;
				break;
			case 11:
				req.accept_edits = optarg;
				break;
			case 12:
				req.forget = optarg;
				break;
			case 13:
				req.name_rows = true;
				break;
			case 14:
				req.out_of_order = true;
				break;
			case 15:
				dev_opts.url = req.dev_url_arg = optarg;
				break;
			case 16:
				dev_opts.pg_dump = optarg;
				break;
			case 17:
				fleet.all_databases = true;
				break;
			case 18:
				fleet.targets_file = optarg;
				break;
			case 19:
				req.audit_table = optarg;
				break;
			case 'j':
				{
					char	   *end;
					long		jobs = strtol(optarg, &end, 10);

					if (*optarg == '\0' || *end != '\0' || jobs < 1 || jobs > 64)
						usage_error("--jobs takes a number from 1 to 64, not \"%s\"", optarg);
					fleet.jobs = (int) jobs;
				}
				break;
			case ':':
				usage_error("option \"%s\" needs a value", argv[optind - 1]);
				break;
			default:
				usage_error("unknown option \"%s\"", argv[optind - 1]);
		}
	}

	if (optind >= argc)
		usage_error("%s", "no command given (status, check, sync, migrate, repair or bundle)");
	for (i = 0; i < lengthof(commands); i++)
		if (strcmp(argv[optind], commands[i].name) == 0)
			cmd = &commands[i];
	if (cmd == NULL)
		usage_error("unknown command \"%s\"", argv[optind]);
	req.command = cmd->name;
	if (optind + 1 < argc)
		req.dir = argv[optind + 1];
	if (optind + 2 < argc)
		usage_error("too many arguments, starting with \"%s\"", argv[optind + 2]);
	if (cmd->dir == DIR_REQUIRED && req.dir == NULL)
		usage_error("\"%s\" needs the drizzle migrations folder, e.g. migtrack %s drizzle",
					cmd->name, cmd->name);
	if (cmd->dir == DIR_NONE && req.dir != NULL)
		usage_error("\"%s\" takes no folder", cmd->name);
	if ((req.dry_run || req.yes) && strcmp(cmd->name, "sync") != 0 && strcmp(cmd->name, "migrate") != 0 &&
		strcmp(cmd->name, "repair") != 0)
		usage_error("%s", "--dry-run and --yes go with sync, migrate and repair");
	if ((req.accept_edits || req.forget || req.name_rows) && strcmp(cmd->name, "repair") != 0)
		usage_error("%s", "--accept-edit, --forget and --name-rows go with repair");
	if (strcmp(cmd->name, "repair") == 0 && !req.accept_edits && !req.forget && !req.name_rows)
		usage_error("%s", "repair needs --accept-edit=TAG, --forget=ROWID or --name-rows (migtrack status names what to repair)");
	if (req.out_of_order && strcmp(cmd->name, "migrate") != 0)
		usage_error("%s", "--out-of-order goes with migrate");
	if ((req.up_to || req.accept || req.force || req.apply_absent) && strcmp(cmd->name, "sync") != 0)
		usage_error("%s", "--up-to, --accept, --force and --apply-absent go with sync");
	if (req.no_verify && strcmp(cmd->name, "status") != 0)
		usage_error("%s", "--no-verify goes with status (check, sync and migrate always verify)");
	if (req.in_sync && strcmp(cmd->name, "check") != 0)
		usage_error("%s", "--in-sync goes with check");

	if (dev_opts.url == NULL && getenv("MIGTRACK_DEV_URL") != NULL && getenv("MIGTRACK_DEV_URL")[0] != '\0')
		dev_opts.url = getenv("MIGTRACK_DEV_URL");
	if (dev_opts.pg_dump && !dev_opts.url)
		usage_error("%s", "--pg-dump goes with --dev-url");
	if (req.audit_table && !dev_opts.url)
		usage_error("%s", "--audit-table goes with --dev-url (with the extension, migtrack.audit keeps the trail)");
	if (req.audit_table && (req.audit_table[0] == '\0' || strchr(req.audit_table, '.') == req.audit_table))
		usage_error("%s", "--audit-table takes [SCHEMA.]TABLE");
	dev_opts.argv0 = argv[0];
	if (fleet.all_databases && fleet.targets_file)
		usage_error("%s", "--all-databases and --targets exclude each other");
	if (fleet.jobs > 0 && !fleet.all_databases && !fleet.targets_file)
		usage_error("%s", "--jobs goes with --all-databases or --targets");
	if ((fleet.all_databases || fleet.targets_file) &&
		strcmp(cmd->name, "status") != 0 && strcmp(cmd->name, "check") != 0)
		usage_error("%s", "--all-databases and --targets go with status and check (write to one database at a time)");

	req.color = !no_color && !req.json && isatty(fileno(stdout)) &&
		(getenv("NO_COLOR") == NULL || getenv("NO_COLOR")[0] == '\0');

	/* many databases: this program once for each, the answers in one table */
	if (fleet.all_databases || fleet.targets_file)
	{
		if (req.dir != NULL)
			bundle_folder(req.dir, req.no_verify, &bundle);	/* a bad folder: said once, not per database */
		fleet.jobs = Max(fleet.jobs, 1);
		fleet.dev_url = dev_opts.url;
		fleet.pg_dump = dev_opts.pg_dump;
		fleet.argv0 = argv[0];
		return run_fleet(&conn_opts, &fleet, &req);
	}

	/*
	 * The folder is read while the connection is made (a bad folder is
	 * reported as such, whatever the database), then the connection is
	 * finished: its errors and password prompt come after the folder's.
	 */
	if (req.dir != NULL)
	{
		if (cmd->needs_database)
			connect_early(&conn_opts);
		bundle_folder(req.dir, req.no_verify, &bundle);
		if (req.verbose)
			say("read %s: drizzle-kit %s folder, %d migration%s", req.dir, bundle.format,
				bundle.count, bundle.count == 1 ? "" : "s");
	}

	if (cmd->needs_database)
	{
		/* client_min_messages is warning from the start (connect.c) */
		conn = connect_database(&conn_opts);
		PQsetNoticeProcessor(conn, notice_processor, NULL);
		setup_cancel_handler(on_sigint);
		/* without the extension there: the work in a scratch copy of its schema */
		if (dev_opts.url != NULL)
		{
			conn = dev_scratch(conn, &dev_opts, &req);
			PQsetNoticeProcessor(conn, notice_processor, NULL);
		}
	}
	status = cmd->run(conn, &req, req.dir ? &bundle : NULL);
	if (conn && !dev_active())	/* devurl.c closes its own at exit, after dropping the scratch database */
		PQfinish(conn);
	fflush(stdout);
	return status;
}

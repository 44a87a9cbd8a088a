# shellcheck shell=bash
# Shared helpers for migtrack's end-to-end tests. Source it from a test script
# that runs inside `pg_virtualenv -t` (which exports PGHOST/PGPORT/PGUSER/PGPASSWORD).
#
# The tests drive the REAL drizzle-kit / drizzle-orm releases, pinned in
# test/e2e/npm/<kit>/package.json + package-lock.json, so that what migtrack
# writes is compared with what drizzle itself writes, never with numbers copied
# from migtrack.

E2E_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO_ROOT=$(cd "$E2E_DIR/../.." && pwd)
NODE_CACHE="$E2E_DIR/.node"
WORK_ROOT=${E2E_WORK:-$E2E_DIR/.work} # E2E_WORK: another run's scratch (test/majors_e2e.sh)

# The fixtures made by the real drizzle releases (test/fixtures/README.md):
# part of the repository, so that a clone needs nothing beside it.
FIXTURES=${MIGTRACK_FIXTURES:-$REPO_ROOT/test/fixtures}

# The releases the fixtures and FACTS.md were made with. Kept in sync with
# npm/<kit>/package.json (install_kit refuses to run if they disagree).
declare -A KIT_VERSIONS=(
	[kit031]="drizzle-kit=0.31.11 drizzle-orm=0.45.4 pg=8.23.1"
	[kit1rc]="drizzle-kit=1.0.0-rc.5-ab785fc drizzle-orm=1.0.0-rc.5-ab785fc pg=8.23.1"
)

# Nothing here may wait for a prompt: CI has no stdin.
exec </dev/null
export CI=${CI:-true}
export NO_COLOR=1 FORCE_COLOR=0 npm_config_update_notifier=false

FAILS=0
PASSES=0
TEST_NAME=$(basename "$0" .sh)

pass() { PASSES=$((PASSES + 1)); echo "PASS: $*"; }
fail() { FAILS=$((FAILS + 1)); echo "FAIL: $*"; }
note() { echo "  # $*"; }

# An unexpected error (set -e) must not look like a clean run.
trap 'rc=$?; echo "FAIL: ${TEST_NAME}: aborted (exit $rc) at line $LINENO: $BASH_COMMAND"; exit $rc' ERR

# Print a summary and exit non-zero if any check failed. Call at the end.
finish() {
	echo "# ${TEST_NAME}: ${PASSES} passed, ${FAILS} failed"
	[ "$FAILS" -eq 0 ]
}

# check_eq NAME EXPECTED ACTUAL
check_eq() {
	if [ "$2" == "$3" ]; then
		pass "$1"
	else
		fail "$1"
		note "expected: $(printf '%q' "$2")"
		note "actual:   $(printf '%q' "$3")"
	fi
}

# check_files_eq NAME EXPECTED_FILE ACTUAL_FILE — byte-for-byte, diff on mismatch.
check_files_eq() {
	if cmp -s "$2" "$3"; then
		pass "$1"
	else
		fail "$1"
		diff -u "$2" "$3" | sed 's/^/  # /' | head -40 || true
	fi
}

# check_contains NAME NEEDLE HAYSTACK
check_contains() {
	if [[ "$3" == *"$2"* ]]; then
		pass "$1"
	else
		fail "$1"
		note "expected to contain: $2"
		printf '%s\n' "$3" | tail -20 | sed 's/^/  # /'
	fi
}

# ---------------------------------------------------------------- npm toolchains

# install_kit KIT — installs npm/<KIT> into .node/<KIT> once (npm ci, exact lock),
# and verifies the installed versions are the pinned ones.
install_kit() {
	local kit=$1 src="$E2E_DIR/npm/$1" dst="$NODE_CACHE/$1" stamp want
	[ -f "$src/package-lock.json" ] || { echo "no lockfile for $kit" >&2; return 1; }
	stamp=$(cat "$src/package.json" "$src/package-lock.json" | sha256sum | cut -d' ' -f1)
	if [ -x "$dst/node_modules/.bin/drizzle-kit" ] && [ "$(cat "$dst/.stamp" 2>/dev/null)" == "$stamp" ]; then
		:
	else
		echo "# installing $kit toolchain into $dst"
		rm -rf "$dst"
		mkdir -p "$dst"
		cp "$src/package.json" "$src/package-lock.json" "$dst/"
		# npm ci installs exactly the committed lock; esbuild's binary comes from its
		# optional @esbuild/<platform> package, so its postinstall is not needed.
		(cd "$dst" && npm ci --no-audit --no-fund --loglevel=error) >&2
		echo "$stamp" >"$dst/.stamp"
	fi
	local pkgver
	for want in ${KIT_VERSIONS[$kit]}; do
		pkgver=$(node -p "require('$dst/node_modules/${want%%=*}/package.json').version")
		if [ "$pkgver" != "${want#*=}" ]; then
			echo "$kit: ${want%%=*} is $pkgver, want ${want#*=}" >&2
			return 1
		fi
	done
}

kit_bin() { echo "$NODE_CACHE/$1/node_modules/.bin/drizzle-kit"; }

# new_project KIT DIR — an empty drizzle project using the KIT toolchain.
# drizzle.config.ts reads DATABASE_URL at run time, so one project can target
# several databases.
new_project() {
	local kit=$1 dir=$2
	rm -rf "$dir"
	mkdir -p "$dir/src/schema"
	ln -s "$NODE_CACHE/$kit/node_modules" "$dir/node_modules"
	cat >"$dir/drizzle.config.ts" <<-'EOF'
		import { defineConfig } from "drizzle-kit";

		export default defineConfig({
		  dialect: "postgresql",
		  schema: "./src/schema/*.ts",
		  out: "./drizzle",
		  dbCredentials: { url: process.env.DATABASE_URL! },
		  // drizzle's defaults unless a test moves the history elsewhere
		  migrations: {
		    schema: process.env.MIGRATIONS_SCHEMA || "drizzle",
		    table: process.env.MIGRATIONS_TABLE || "__drizzle_migrations",
		  },
		});
	EOF
	# drizzle-kit 1.0 push/pull read every schema: migtrack's own (its audit
	# trail) is declared existing, as docs/drizzle-migrations.md tells 1.0 users
	if [ "$kit" != kit031 ]; then
		cat >"$dir/src/schema/migtrack.ts" <<-'EOF'
			import { pgSchema } from "drizzle-orm/pg-core";

			// migtrack's own schema (its audit trail): not the app's, never pushed or dropped
			export const migtrack = pgSchema("migtrack").existing();
		EOF
	fi
}

# kit KIT DIR ARGS... — run drizzle-kit in project DIR. Output goes to stdout.
# The time limit keeps a prompt that drizzle should not show from hanging CI.
kit() {
	local k=$1 dir=$2
	shift 2
	(cd "$dir" && timeout 300 "$(kit_bin "$k")" "$@")
}

# orm_migrate KIT FOLDER DBNAME — drizzle-orm's migrate() called from code
# (node-postgres driver). Prints the thrown error's message and exits 1 on throw.
orm_migrate() {
	DATABASE_URL=$(db_url "$3") \
		timeout 300 node "$E2E_DIR/migrate.mjs" "$NODE_CACHE/$1/node_modules" "$2"
}

# bundle FOLDER — journal jsonb for migtrack, read from a drizzle out folder.
bundle() { node "$E2E_DIR/bundle.mjs" "$1"; }

# ---------------------------------------------------------------- PostgreSQL

require_pg_env() {
	if [ -z "${PGHOST:-}" ] || [ -z "${PGUSER:-}" ]; then
		echo "run me inside pg_virtualenv -t (PGHOST/PGUSER are not set)" >&2
		exit 2
	fi
}

# new_db NAME — a fresh, empty database with migtrack created when asked
# (second argument "migtrack").
new_db() {
	PGOPTIONS="-c client_min_messages=warning" dropdb --if-exists "$1"
	createdb "$1"
	# A missing extension is reported, not fatal, so the drizzle half of a test
	# still runs and shows what it can.
	if [ "${2:-}" == migtrack ] && ! psql_q "$1" -c 'CREATE EXTENSION migtrack' >/dev/null; then
		fail "CREATE EXTENSION migtrack in $1 (is it installed? make && make install)"
	fi
}

# psql_q DB ARGS... — quiet, unaligned, tuples only, stop on first error.
psql_q() {
	local db=$1
	shift
	psql -X -v ON_ERROR_STOP=1 -At -d "$db" "$@"
}

# sql DB 'SQL' — run SQL read from stdin so psql variables work. The journal
# file named by $JOURNAL is available as :'journal' (loaded with \set from a
# file, so size is not bounded by argv limits).
sql() {
	local db=$1 q=$2
	{
		if [ -n "${JOURNAL:-}" ]; then
			# shellcheck disable=SC2016
			printf '\\set journal `cat "$JOURNAL"`\n'
		fi
		printf '%s\n' "$q"
	} | JOURNAL=${JOURNAL:-} psql_q "$db" -f -
}

# sqlstate DB 'SQL' — run one statement, print its SQLSTATE (00000 on success).
sqlstate() {
	local db=$1 q=$2
	{
		if [ -n "${JOURNAL:-}" ]; then
			# shellcheck disable=SC2016
			printf '\\set journal `cat "$JOURNAL"`\n'
		fi
		# the ";" ends the statement before \echo (psql ignores an empty one)
		printf '\\set ON_ERROR_STOP 0\n%s\n;\n\\echo sqlstate :SQLSTATE\n' "$q"
	} | JOURNAL=${JOURNAL:-} psql -X -At -d "$db" -f - 2>/dev/null | sed -n 's/^sqlstate //p'
}

# db_url DB — a postgres:// URL for node/drizzle built from the PG* environment.
# shellcheck disable=SC2016 # JS template literals, not shell
db_url() {
	PGDB=$1 node -e '
		const e = process.env, enc = encodeURIComponent;
		const host = e.PGHOST || "localhost", port = e.PGPORT || "5432";
		const auth = enc(e.PGUSER || "postgres") + (e.PGPASSWORD ? ":" + enc(e.PGPASSWORD) : "");
		// a socket directory cannot go in the authority part
		const url = host.startsWith("/")
			? `postgres://${auth}@localhost:${port}/${enc(e.PGDB)}?host=${enc(host)}`
			: `postgres://${auth}@${host}:${port}/${enc(e.PGDB)}`;
		process.stdout.write(url);'
}

# tracking_columns KIT — the columns drizzle writes to its tracking table: 0.x's, or 1.0's with name
tracking_columns() {
	case $1 in
	kit031) echo "hash, created_at" ;;
	*) echo "hash, created_at, name" ;;
	esac
}

# generate_stage KIT DIR STAGE — copy test/e2e/schema/STAGE.ts into the project
# and drizzle-kit generate it (logs in $LOGS); a second apart, as 1.0 stamps
# migrations by the second
generate_stage() {
	cp "$E2E_DIR/schema/$3.ts" "$2/src/schema/"
	must "$1: drizzle-kit generate ${3#*_}" "$LOGS/${1}_generate_$3.log" kit "$1" "$2" generate --name "${3#*_}"
	sleep 1
}

# reference_rows KIT APP DB OUT — the history real drizzle-kit migrate writes: APP's
# folder migrated into the new empty database DB, its tracking rows into OUT
reference_rows() {
	new_db "$3"
	DATABASE_URL=$(db_url "$3") must "$1: drizzle-kit migrate on an empty database" "$LOGS/${1}_$3.log" \
		kit "$1" "$2" migrate
	tracking_rows "$3" "$(tracking_columns "$1")" >"$4"
}

# tracking_rows DB COLUMNS [SCHEMA.TABLE] — the tracking table as TSV in id order.
tracking_rows() {
	local tbl=${3:-drizzle.__drizzle_migrations}
	psql_q "$1" -c "COPY (SELECT $2 FROM $tbl ORDER BY id) TO STDOUT"
}

# table_exists DB QUALIFIED_NAME — prints t/f
table_exists() { psql_q "$1" -c "SELECT to_regclass('$2') IS NOT NULL"; }

# fresh_workdir NAME — recreated on each run
fresh_workdir() {
	local d="$WORK_ROOT/$1"
	rm -rf "$d"
	mkdir -p "$d"
	echo "$d"
}

# ---------------------------------------------------------------- helpers for checks

# try_sql DB 'SQL' — like sql, but an error becomes the output "ERROR: ..."
# instead of aborting the script, so a broken migtrack function shows up as a
# FAIL line and the remaining checks still run.
try_sql() {
	local out
	if out=$(sql "$1" "$2" 2>&1); then
		printf '%s\n' "$out"
	else
		printf 'ERROR: %s\n' "$(printf '%s' "$out" | grep -m1 -E 'ERROR|FATAL' || printf '%s' "$out" | tail -1)"
	fi
}

# run_logged LOGFILE CMD... — run CMD with output to LOGFILE; return its exit code.
run_logged() {
	local log=$1 rc=0
	shift
	"$@" >"$log" 2>&1 || rc=$?
	return $rc
}

# check_ok NAME LOG CMD... — CMD must exit 0; on failure, show the log's tail.
# Returns 0 either way (the script goes on under set -e); CHECK_OK says which.
check_ok() {
	local name=$1 log=$2
	shift 2
	CHECK_OK=1
	if run_logged "$log" "$@"; then
		pass "$name"
	else
		fail "$name (exit $?, log $log)"
		tail -30 "$log" | sed 's/^/  # /'
		CHECK_OK=0
	fi
}

# must NAME LOG CMD... — a step the rest of the script depends on: check_ok, or stop.
must() {
	check_ok "$@"
	[ "$CHECK_OK" == 1 ] || { finish || exit 1; }
}

# local_migrations FOLDER — the migration names drizzle would apply, in its
# order: 0.x journal tags, or 1.0 directory names (localeCompare).
local_migrations() {
	node -e '
		const fs = require("fs"), path = require("path"), dir = process.argv[1];
		const j = path.join(dir, "meta", "_journal.json");
		const names = fs.existsSync(j)
			? JSON.parse(fs.readFileSync(j, "utf8")).entries.map((e) => e.tag)
			: fs.readdirSync(dir).filter((d) => fs.existsSync(path.join(dir, d, "migration.sql")))
				.sort((a, b) => a.localeCompare(b));
		console.log(names.join("\n"));' "$1"
}

# jget FILE 'JS expression over j' — read a value out of a JSON file (e.g. a
# migtrack result saved by try_sql). Prints "<not json>" if the file is not JSON.
jget() {
	node -e '
		const fs = require("fs");
		let j;
		try { j = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); }
		catch { console.log("<not json: " + fs.readFileSync(process.argv[1], "utf8").trim() + ">"); process.exit(0); }
		const v = eval(process.argv[2]);
		console.log(typeof v === "string" ? v : JSON.stringify(v));' "$1" "$2"
}

# result_rows_tsv FILE COLS — the "rows" of a migtrack_sync result as TSV in the
# same shape as tracking_rows (COLS: "hash, created_at" or "hash, created_at, name";
# migtrack calls the migration name "tag").
result_rows_tsv() {
	node -e '
		const fs = require("fs");
		let j;
		try { j = JSON.parse(fs.readFileSync(process.argv[1], "utf8")); }
		catch { console.log("<not json>"); process.exit(0); }
		const withName = process.argv[2].includes("name");
		for (const r of j.rows || [])
			console.log([r.hash, r.created_at, ...(withName ? [r.tag] : [])].join("\t"));' "$1" "$2"
}

# dump_schema DB SCHEMA... — pg_dump --schema-only of those schemas, without
# comments and the per-run \restrict key, for comparing two databases' DDL.
dump_schema() {
	local db=$1 args=() s
	shift
	for s in "$@"; do args+=(-n "$s"); done
	pg_dump --schema-only --no-owner "${args[@]}" "$db" | grep -vE '^(--|\\(un)?restrict )' | cat -s
}

# shellcheck shell=bash
# Helpers shared by the tests of the `migtrack` command-line client
# (cli_incident.sh, cli_encoding.sh, cli_errors.sh). Sourced after lib.sh.
#
# The contract under test is cli/usage.txt. Expected tracking-table rows always
# come from real drizzle-kit / drizzle-orm runs, never from migtrack.

MIGTRACK=${MIGTRACK_BIN:-$(pg_config --bindir)/migtrack} # MIGTRACK_BIN: test another build
if [ ! -x "$MIGTRACK" ]; then
	fail "the migtrack client is installed at $MIGTRACK (make && make install)"
	finish || exit 1
fi

# cli_workdir NAME — a fresh work directory for the test NAME: sets W (it),
# OUTD (what `mt` captures), LOGS (drizzle-kit's and psql's logs) and BINDIR
# (where the client under test is, for the suggested commands run as printed).
cli_workdir() {
	W=$(fresh_workdir "$1")
	OUTD=$W/out
	LOGS=$W/logs
	mkdir -p "$OUTD" "$LOGS"
	BINDIR=$(dirname "$MIGTRACK")
}

# mt TAG ARGS... — run the client with stdin from /dev/null (never a terminal);
# stdout to $OUTD/TAG.out, stderr to $OUTD/TAG.err, exit status in RC.
# Environment assignments before `mt` reach the client; MT_TIMEOUT (seconds,
# default 120) bounds the run (exit 124 when it hangs).
mt() {
	local tag=$1
	shift
	RC=0
	timeout "${MT_TIMEOUT:-120}" "$MIGTRACK" "$@" >"$OUTD/$tag.out" 2>"$OUTD/$tag.err" </dev/null || RC=$?
}

# mt_nopg TAG ARGS... — as mt, with none of libpq's PG* connection variables set
# (so DATABASE_URL / -d alone say where to go).
mt_nopg() {
	local tag=$1
	shift
	RC=0
	env -u PGHOST -u PGHOSTADDR -u PGPORT -u PGUSER -u PGPASSWORD -u PGDATABASE -u PGSERVICE \
		timeout 120 "$MIGTRACK" "$@" >"$OUTD/$tag.out" 2>"$OUTD/$tag.err" </dev/null || RC=$?
}

# out TAG / err TAG / both TAG — what the last run with that TAG printed
out() { cat "$OUTD/$1.out"; }
err() { cat "$OUTD/$1.err"; }
both() { cat "$OUTD/$1.out" "$OUTD/$1.err"; }

# check_rc NAME WANT TAG — the exit status of the run TAG (in RC) is WANT
check_rc() {
	if [ "$RC" == "$2" ]; then
		pass "$1 (exit $RC)"
	else
		fail "$1"
		note "expected exit $2, got $RC${4:+; migtrack $(printf '%q ' "${@:4}")}"
		note "stdout:"
		tail -15 "$OUTD/$3.out" | sed 's/^/  #   /'
		note "stderr:"
		tail -15 "$OUTD/$3.err" | sed 's/^/  #   /'
	fi
}

# check_not_contains NAME NEEDLE HAYSTACK
check_not_contains() {
	if [[ "$3" != *"$2"* ]]; then
		pass "$1"
	else
		fail "$1"
		note "must not contain: $2"
		printf '%s\n' "$3" | grep -F -- "$2" | head -5 | sed 's/^/  #   /'
	fi
}

# history DB [SCHEMA.TABLE] — "absent" or the row count of the tracking table
history() {
	local tbl=${2:-drizzle.__drizzle_migrations}
	if [ "$(table_exists "$1" "$tbl")" == t ]; then
		psql_q "$1" -c "SELECT count(*) FROM $tbl"
	else
		echo absent
	fi
}

# rows DB COLUMNS [SCHEMA.TABLE] — tracking_rows, with psql's error as the
# output instead of aborting the script when the table is missing
rows() { tracking_rows "$@" 2>&1 || true; }

# schema_exists DB SCHEMA — t/f
schema_exists() { psql_q "$1" -c "SELECT EXISTS (SELECT FROM pg_namespace WHERE nspname = '$2')"; }


# pty_run ANSWER LOG CMD... — run CMD on a fresh pseudo-terminal (its stdin,
# stdout and stderr, and its controlling tty). Once CMD has printed something
# and then gone quiet (waiting for input), type ANSWER and Enter ("-": type
# nothing). Everything the terminal showed goes to LOG; returns CMD's status.
pty_run() {
	local answer=$1 log=$2
	shift 2
	python3 - "$answer" "$@" >"$log" 2>&1 <<-'PY'
		import os, pty, select, sys, time
		answer, cmd = sys.argv[1], sys.argv[2:]
		pid, fd = pty.fork()
		if pid == 0:
		    os.execvp(cmd[0], cmd)
		buf, sent, last = b"", answer == "-", time.time()
		deadline = time.time() + 120
		while True:
		    r, _, _ = select.select([fd], [], [], 0.2)
		    if fd in r:
		        try:
		            data = os.read(fd, 65536)
		        except OSError:
		            break
		        if not data:
		            break
		        buf, last = buf + data, time.time()
		    elif not sent and buf and time.time() - last > 1.0:
		        os.write(fd, answer.encode() + b"\n")
		        sent = True
		    if time.time() > deadline:
		        os.kill(pid, 9)
		        buf += b"\n[pty_run: timed out]\n"
		        break
		_, status = os.waitpid(pid, 0)
		sys.stdout.buffer.write(buf)
		sys.stdout.flush()
		sys.exit(os.waitstatus_to_exitcode(status))
	PY
}

# sha_text FILE — sha256 hex of the UTF-8 encoding of fs.readFileSync(FILE).toString(),
# i.e. what drizzle-orm hashes (computed by node:crypto, not by migtrack)
sha_text() {
	node -e 'const c = require("crypto"), fs = require("fs");
		process.stdout.write(c.createHash("sha256").update(fs.readFileSync(process.argv[1]).toString(), "utf8").digest("hex"));' "$1"
}

# migration_file KIT FOLDER NAME — the .sql file of migration NAME
migration_file() {
	if [ "$1" == kit031 ]; then echo "$2/$3.sql"; else echo "$2/$3/migration.sql"; fi
}

# cols KIT — the tracking-table columns drizzle writes
cols() {
	if [ "$1" == kit031 ]; then echo "hash, created_at"; else echo "hash, created_at, name"; fi
}

# psql_state DB JOURNAL_FILE — migtrack_status(:'journal')->>'state' from a psql
# script (stdin), the journal passed with -v as the README shows
psql_state() {
	echo "SELECT migtrack_status(:'journal')->>'state';" |
		psql -X -At -v ON_ERROR_STOP=1 -d "$1" -v journal="$(cat "$2")" -f - 2>&1
}

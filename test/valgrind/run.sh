#!/usr/bin/env bash
# Run the pg_regress suites (the Makefile's REGRESS list) against a server
# running under valgrind (memcheck), and count the errors it reports.
#
#   make && make install && make valgrind        # or: bash test/valgrind/run.sh
#
# Run as root (or as the postgres user) with the extension installed.  A
# throwaway cluster is initdb'd in a temporary directory and started as the
# postgres user under valgrind; only the server runs under valgrind (initdb,
# psql and pg_regress do not).  It takes minutes.  Exit status 0 only when the
# suites pass and valgrind reports 0 errors.
#
# Debian's server is not built with USE_VALGRIND, so memory-context-level
# checks (palloc'd chunks, freed chunks reused by a context) are not
# available: memcheck sees whole malloc blocks.  What it does catch:
# uninitialised bytes used in a jump or a system call, reads and writes
# outside malloc'd blocks, overlapping memcpy.  Leak checking is off: a
# backend frees by memory context, not by free().
#
# Environment: VALGRIND_PGPORT (default 5439), VALGRIND_KEEP=1 keeps the
# temporary directory (logs, regression output) for inspection.
set -uo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
port=${VALGRIND_PGPORT:-5439}
pg_config=${PG_CONFIG:-pg_config}
bindir=$("$pg_config" --bindir)
supp="$here/postgres.supp"

die() { echo "valgrind: $*" >&2; exit 2; }

command -v valgrind >/dev/null || die "valgrind is not installed (apt-get install -y valgrind)"
[ -f "$("$pg_config" --sharedir)/extension/migtrack.control" ] || die "migtrack is not installed: run make install first"

# The server refuses to run as root: run it as postgres, in a directory postgres owns.
if [ "$(id -u)" -eq 0 ]; then
	as_pg() { runuser -u postgres -- "$@"; }
else
	as_pg() { "$@"; }
fi

tmp=$(mktemp -d /tmp/migtrack-valgrind.XXXXXX)
chmod 755 "$tmp"
mkdir -p "$tmp/vg" "$tmp/sock" "$tmp/out"
[ "$(id -u)" -eq 0 ] && chown postgres: "$tmp/vg" "$tmp/sock" "$tmp"
pgdata="$tmp/data"
server_pid=

cleanup() {
	if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
		as_pg "$bindir/pg_ctl" stop -D "$pgdata" -m fast -w -t 300 >/dev/null 2>&1 ||
			kill -9 "$server_pid" 2>/dev/null
	fi
	if [ "${VALGRIND_KEEP:-0}" = 1 ]; then
		echo "valgrind: kept $tmp"
	else
		rm -rf "$tmp"
	fi
}
trap cleanup EXIT

as_pg "$bindir/initdb" -D "$pgdata" -A trust -U postgres --no-sync >"$tmp/initdb.log" 2>&1 ||
	{ cat "$tmp/initdb.log"; die "initdb failed"; }

# --trace-children: the postmaster forks its children (no exec on Linux), and
# valgrind follows forks anyway; the flag also covers anything exec'd.
# %p: one log file per process.  The suppressions (postgres.supp) cover only
# PostgreSQL's own known-harmless reports; none names a migtrack function.
as_pg valgrind \
	--tool=memcheck --trace-children=yes --track-origins=yes --read-var-info=yes \
	--leak-check=no --error-limit=no --num-callers=30 \
	--suppressions="$supp" --gen-suppressions=all \
	--log-file="$tmp/vg/%p.log" \
	"$bindir/postgres" -D "$pgdata" -p "$port" -c listen_addresses= \
	-c unix_socket_directories="$tmp/sock" -c fsync=off -c autovacuum=off \
	-c max_connections=20 -c shared_buffers=32MB -c log_min_messages=warning \
	>"$tmp/server.log" 2>&1 &
server_pid=$!

export PGHOST="$tmp/sock" PGPORT="$port" PGUSER=postgres
unset PGDATABASE PGPASSWORD PGSERVICE
for _ in $(seq 1 600); do
	"$bindir/pg_isready" -q && break
	kill -0 "$server_pid" 2>/dev/null || { cat "$tmp/server.log"; die "the server did not start"; }
	sleep 1
done
"$bindir/pg_isready" -q || die "the server did not accept connections within 600 s"
echo "valgrind: server up under valgrind (pid $server_pid, port $port)"

# pg_regress writes its results into $tmp/out, never into the source tree.
make -C "$repo" -s installcheck ISOLATION= \
	REGRESS_OPTS="--inputdir=test --load-extension=pgcrypto --dbname=contrib_regression --outputdir=$tmp/out" 2>&1 |
	tee "$tmp/installcheck.log"
regress_rc=${PIPESTATUS[0]}
[ -s "$tmp/out/regression.diffs" ] && head -200 "$tmp/out/regression.diffs"

as_pg "$bindir/pg_ctl" stop -D "$pgdata" -m fast -w -t 600 >/dev/null 2>&1 || echo "valgrind: pg_ctl stop failed"
wait "$server_pid" 2>/dev/null
server_pid=

# Every process prints "ERROR SUMMARY: N errors from M contexts" when it exits.
logs=$(find "$tmp/vg" -name '*.log' | wc -l)
summaries=$(cat "$tmp/vg"/*.log | grep -c 'ERROR SUMMARY:')
errors=$(cat "$tmp/vg"/*.log | sed -n 's/.*ERROR SUMMARY: \([0-9]*\) errors.*/\1/p' | awk '{ s += $1 } END { print s + 0 }')
# reports whose stack runs through the extension's module
ours=$(cat "$tmp/vg"/*.log | grep -c '/migtrack\.so)')
echo "valgrind: $logs processes, $summaries exited with a summary, $errors errors ($ours stack frames in migtrack.so)"
if [ "$errors" -gt 0 ]; then
	# every report, with its stack, once per log
	for f in $(grep -L 'ERROR SUMMARY: 0 errors' "$tmp/vg"/*.log); do
		echo "--- $f"
		grep -v '^{\|^}\|^   [a-zA-Z]\|insert_a_suppression' "$f" | head -120
	done
fi
# a process that died without a summary (a crash under valgrind) is a failure too
crashed=$((logs - summaries))
[ "$crashed" -gt 0 ] && echo "valgrind: $crashed processes ended without an error summary"

if [ "$regress_rc" -eq 0 ] && [ "$errors" -eq 0 ] && [ "$crashed" -eq 0 ]; then
	echo "PASS: valgrind: regression suites pass, 0 errors"
	exit 0
fi
echo "FAIL: valgrind: regress exit $regress_rc, $errors errors, $crashed processes without a summary"
exit 1

#!/usr/bin/env bash
# memory.sh -- a 50 MB journal through status, check, sync (dry run and
# forced) and migrate (dry run): the backend's peak resident memory (VmHWM,
# read from /proc after the call, in the same session) stays within a fixed
# multiple of the journal's size.  Two shapes: many migrations of real DDL
# (parse trees and catalog facts grow with it), and a few huge files (text
# that is hashed and parsed to nothing).  The baseline is PostgreSQL's own
# cost of receiving the journal: SELECT length(:'journal'::jsonb::text).
#
#   pg_virtualenv -t bash test/e2e/memory.sh      # MEMORY_MB=50, MEMORY_FACTOR=16
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$REPO_ROOT/test/fuzz/pgenv.sh"
require_pg_env

MB=${MEMORY_MB:-50}
# Allowed peak, in journal sizes, above a backend that only received it.
# Verification keeps the journal's net effect: about four facts per column
# (column, type, nullability, default) of ~190 bytes together with their
# index entries, for ~40 bytes of "col" varchar(n) DEFAULT 'x'" text -- about
# 13-14 x the journal for DDL this dense (measured 2026-11-25; it was 36 x
# before facts were allocated in blocks and column types stored resolved).
# The limit catches a return to per-fact parse-tree copies or any leak that
# grows with the journal.
FACTOR=${MEMORY_FACTOR:-16}
W=$(fresh_workdir memory)
BJ="$REPO_ROOT/test/fuzz/bigjournal.mjs"
export PGOPTIONS="-c client_min_messages=error"

# many: 1,000 migrations of 2 wide tables each; few: 5 files of ~10 MB
node "$BJ" --format v0 --count 1000 --tables 2 --pad $((MB * 1024 * 1024 / 1000 - 300)) --out "$W/many.json"
node "$BJ" --format v1 --count 5 --comment $((MB * 1024 * 1024 / 5)) --out "$W/few.json"

new_db mem migtrack
psql_q mem -c "CREATE TABLE app (id int)"

# peak_kb SHAPE 'SQL' -- VmHWM (kB) of a fresh backend after running SQL on the
# journal, read from /proc while the session is still open.  A refusal (the
# call ran its whole analysis, then said no) counts as well: ERROR is noted.
peak_kb() {
	local out
	out=$({
		printf '\\set journal `cat %s`\n' "$W/$1.json"
		printf 'SELECT pg_backend_pid() AS pid \\gset\n\\setenv PID :pid\n'
		printf 'BEGIN;\n%s;\nROLLBACK;\n' "$2"
		# shellcheck disable=SC2016
		printf '\\! grep VmHWM /proc/$PID/status\n'
	} | psql -X -At -d mem -f - 2>&1)
	{ echo "$out" | grep -m1 -o "ERROR: .*" | cut -c1-90 || true; } >"$W/last_error"
	echo "$out" | awk '/VmHWM/ { print $2 }'
}

for shape in many few; do
	bytes=$(wc -c <"$W/$shape.json")
	jmb=$((bytes / 1024 / 1024))
	base=$(peak_kb "$shape" "SELECT length(:'journal'::jsonb::text)")
	note "$shape: journal $jmb MB; a backend that only parses it as jsonb peaks at $((base / 1024)) MB"
	for call in \
		"status|SELECT length(migtrack_status(:'journal')::text)" \
		"check|SELECT migtrack_check(:'journal')" \
		"sync_dry_run|SELECT migtrack_sync(:'journal', dry_run => true)->'inserted'" \
		"sync_force|SELECT migtrack_sync(:'journal', force => true)->'inserted'" \
		"migrate_dry_run|SELECT migtrack_migrate(:'journal', dry_run => true)->'applied'"; do
		name=${call%%|*}
		kb=$(peak_kb "$shape" "${call#*|}")
		[ ! -s "$W/last_error" ] || note "$shape $name: $(cat "$W/last_error")"
		extra=$(((kb - base) / 1024))
		note "$shape $name: peak $((kb / 1024)) MB (+$extra MB over the baseline, $(awk -v e="$extra" -v j="$jmb" 'BEGIN { printf "%.1f", e / j }') x the journal)"
		if [ "$kb" -gt 0 ] && [ "$extra" -le $((FACTOR * jmb)) ]; then
			pass "$shape $name: peak memory bounded (+$extra MB for a $jmb MB journal, limit ${FACTOR}x)"
		else
			fail "$shape $name: peak memory +$extra MB for a $jmb MB journal (limit ${FACTOR}x), or the call failed"
		fi
	done
done
finish

#!/usr/bin/env bash
# crash.sh -- the backend is killed (kill -9 from the shell, at a random
# moment) in the middle of large migtrack_migrate / migtrack_sync runs, at
# least 20 times.  After each crash and the server's recovery, the history
# must be exactly as before the call or exactly complete -- the rows drizzle
# would write for every migration (hash = sha256 of the text, created_at =
# when, or Date.UTC of the 1.0 name), computed by bigjournal.mjs -- and the
# migrations' tables exist exactly when their rows do.  Never partial.
#
#   pg_virtualenv -t bash test/e2e/crash.sh      # CRASH_KILLS=20 CRASH_MIGRATIONS=1000
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$REPO_ROOT/test/fuzz/pgenv.sh"
require_pg_env

# 1,000 tables with an index and a sequence each: within max_locks_per_transaction
N=${CRASH_MIGRATIONS:-1000}
KILLS=${CRASH_KILLS:-20}
W=$(fresh_workdir crash)
LOG=$(server_log)
BJ="$REPO_ROOT/test/fuzz/bigjournal.mjs"
export PGOPTIONS="-c client_min_messages=error"

# The journals: 0.x, and 1.0 (with its first 500 as an older 0.x history).
node "$BJ" --format v0 --count "$N" --out "$W/v0.json" --truth "$W/v0.truth"
node "$BJ" --format v0 --count "$N" --first 500 --out "$W/v0_500.json" --truth "$W/v0_500.truth"
node "$BJ" --format v1 --count "$N" --out "$W/v1.json" --truth "$W/v1.truth"
node "$BJ" --format v1 --count "$N" --first 500 --out "$W/v1_500.json" --truth "$W/v1_500.truth"
# recording without applying is fast: a longer 1.0 journal for it, over an older 0.x history
NU=$((N * 6))
node "$BJ" --format v1 --count "$NU" --out "$W/v1u.json" --truth "$W/v1u.truth"
node "$BJ" --format v1 --count "$NU" --first 500 --as-v0 --out "$W/v1u_500_v0.json"
note "journal: $N migrations, $(wc -c <"$W/v0.json") bytes (0.x)"

# snap DB -- the history (format, rows) and how many of the migrations' tables exist
snap() {
	local cols
	cols=$(psql_q "$1" -c "SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute
		WHERE attrelid = to_regclass('drizzle.__drizzle_migrations') AND attnum > 0 AND NOT attisdropped")
	echo "columns: ${cols:-<no table>}"
	if [ -n "$cols" ]; then
		if [[ $cols == *name* ]]; then tracking_rows "$1" "hash, created_at, name"; else tracking_rows "$1" "hash, created_at"; fi
	fi
	echo "tables: $(psql_q "$1" -c "SELECT count(*) FROM pg_class WHERE relname LIKE 'cr\_%' AND relkind = 'r'")"
}

# complete TRUTH COLUMNS TABLES -- what snap prints once everything is recorded
complete() {
	echo "columns: $2"
	cat "$1"
	echo "tables: $3"
}

# prepare MODE PREFIX DB -- a database in the state before the call
prepare() {
	local mode=$1 prefix=$2 db=$3
	new_db "$db" migtrack
	case $mode in
	migrate_v0)
		[ "$prefix" == 0 ] || JOURNAL="$W/v0_500.json" sql "$db" "SELECT migtrack_migrate(:'journal')->'applied'" >/dev/null
		;;
	apply_v1)
		psql_q "$db" -c "CREATE TABLE app (id int)"
		[ "$prefix" == 0 ] || JOURNAL="$W/v1_500.json" sql "$db" "SELECT migtrack_sync(:'journal', apply_absent => true)->'inserted'" >/dev/null
		;;
	upgrade_v1)
		# an older drizzle's 0.x history of the first 500 (upgraded in place by the call)
		psql_q "$db" -c "CREATE TABLE app (id int)"
		[ "$prefix" == 0 ] || JOURNAL="$W/v1u_500_v0.json" sql "$db" "SELECT migtrack_sync(:'journal', force => true)->'inserted'" >/dev/null
		;;
	esac
}

# the call, its journal, and the complete state
declare -A CALL=(
	[migrate_v0]="SELECT migtrack_migrate(:'journal')->'applied'"
	[apply_v1]="SELECT migtrack_sync(:'journal', apply_absent => true)->'inserted'"
	[upgrade_v1]="SELECT migtrack_sync(:'journal', force => true)->'inserted'"
)
declare -A JFILE=([migrate_v0]=v0.json [apply_v1]=v1.json [upgrade_v1]=v1u.json)
declare -A TRUTH=([migrate_v0]=v0.truth [apply_v1]=v1.truth [upgrade_v1]=v1u.truth)
declare -A COLS=([migrate_v0]="id,hash,created_at" [apply_v1]="id,hash,created_at,name,applied_at"
	[upgrade_v1]="id,hash,created_at,name,applied_at")
declare -A TABLES=([migrate_v0]=$N [apply_v1]=$N [upgrade_v1]=0)
modes=(migrate_v0 apply_v1 upgrade_v1)

# Uninterrupted first: the complete state is what drizzle would write, and how long a call takes.
declare -A MS
for mode in "${modes[@]}"; do
	prepare "$mode" 0 crash
	start=$(date +%s%N)
	out=$(JOURNAL="$W/${JFILE[$mode]}" sql crash "${CALL[$mode]}" 2>&1) || true
	MS[$mode]=$((($(date +%s%N) - start) / 1000000))
	check_eq "$mode uninterrupted: writes every migration" "$(wc -l <"$W/${TRUTH[$mode]}")" "$out"
	complete "$W/${TRUTH[$mode]}" "${COLS[$mode]}" "${TABLES[$mode]}" >"$W/$mode.complete"
	snap crash >"$W/$mode.after"
	check_files_eq "$mode uninterrupted: rows = drizzle's, tables = ${TABLES[$mode]}" "$W/$mode.complete" "$W/$mode.after"
	note "$mode takes ${MS[$mode]} ms"
done

signals_before=$(grep -c "terminated by signal 9" "$LOG" || true)
kills=0 attempts=0 untouched=0 completed=0 partial=0
sent=0	# SIGKILLs delivered: a call that finishes as the signal arrives is killed idle, not mid-call
while [ "$kills" -lt "$KILLS" ] && [ "$attempts" -lt $((KILLS * 4)) ]; do
	attempts=$((attempts + 1))
	mode=${modes[$((attempts % 3))]}
	prefix=$(((attempts / 3) % 2))
	prepare "$mode" "$prefix" crash
	snap crash >"$W/before"
	# somewhere between 5% and 95% of an uninterrupted call
	delay_ms=$((MS[$mode] * (5 + RANDOM % 91) / 100))
	JOURNAL="$W/${JFILE[$mode]}" PGAPPNAME=crash_victim sql crash "${CALL[$mode]}" >"$W/victim.log" 2>&1 &
	victim=$!
	sleep "$(printf '%d.%03d' $((delay_ms / 1000)) $((delay_ms % 1000)))"
	pid=$(psql_q postgres -c "SELECT pid FROM pg_stat_activity WHERE application_name = 'crash_victim' AND state = 'active'")
	if [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null; then sent=$((sent + 1)); fi
	rc=0
	wait "$victim" || rc=$?
	if [ -n "$pid" ] && [ "$rc" != 0 ] && grep -q "server closed the connection unexpectedly" "$W/victim.log"; then
		kills=$((kills + 1))
		how="killed after ${delay_ms} of ~${MS[$mode]} ms"
	else
		how="finished before the kill (rc $rc)"
	fi
	wait_ready crash || { fail "server did not come back after crash $kills"; break; }
	snap crash >"$W/after"
	if cmp -s "$W/after" "$W/before"; then
		untouched=$((untouched + 1))
		pass "$mode (prefix $prefix), $how: history and schema untouched"
	elif cmp -s "$W/after" "$W/$mode.complete"; then
		completed=$((completed + 1))
		pass "$mode (prefix $prefix), $how: history and schema complete"
	else
		partial=$((partial + 1))
		fail "$mode (prefix $prefix), $how: neither untouched nor complete"
		diff "$W/before" "$W/after" | head -5 | sed 's/^/  # before> /' || true
		diff "$W/$mode.complete" "$W/after" | head -5 | sed 's/^/  # complete> /' || true
	fi
done
note "$attempts attempts: $kills backends killed mid-call; $untouched untouched, $completed complete, $partial partial"
check_eq "at least $KILLS backends killed in the middle of a call" yes "$([ "$kills" -ge "$KILLS" ] && echo yes || echo "no ($kills)")"
signals=$(($(grep -c "terminated by signal 9" "$LOG" || true) - signals_before))
# every backend killed mid-call shows in the log, and no more SIGKILLs than were sent: a kill that
# reaches a backend already exiting (its call just finished, the process not yet reaped) leaves no line
check_eq "the server log shows a SIGKILL for each backend killed mid-call, and no more than were sent" yes \
	"$([ "$signals" -ge "$kills" ] && [ "$signals" -le "$sent" ] && echo yes || echo "no ($signals lines, $kills killed mid-call, $sent sent)")"
check_eq "no other signal (no crash of our own) in the server log" "" \
	"$(grep -E "terminated by signal|terminated by exception" "$LOG" | grep -v "signal 9" || true)"
finish

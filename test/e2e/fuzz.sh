#!/usr/bin/env bash
# fuzz.sh -- generated malformed and hostile journals (test/fuzz/gen.mjs: wrong
# types, missing keys, huge and empty strings, deep nesting, duplicate tags
# and keys, negative/float/huge "when", 1.0 names without a timestamp, mixed
# formats, hostile SQL, 10 MB texts) through migtrack_status, _migrations,
# _check, _sync (dry run, plain, force, apply_absent, up_to, accept) and
# _migrate (dry run and real), over databases in several states
# (test/fuzz/run.mjs).  Every call must end in a correct result -- rows =
# drizzle's, computed independently by the generator's oracle -- or a clean
# ERROR whose SQLSTATE the defect calls for; never XX/58, never a crash, and
# an ERROR writes nothing.
#
#   pg_virtualenv -t bash test/e2e/fuzz.sh              # 1,000 cases (FUZZ_CASES, FUZZ_FROM)
#   make fuzz                                           # 10,000
#   node test/fuzz/gen.mjs SEED --info                  # one case, to reproduce
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
source "$REPO_ROOT/test/fuzz/pgenv.sh"
require_pg_env

CASES=${FUZZ_CASES:-1000}
FROM=${FUZZ_FROM:-1}
W=$(fresh_workdir fuzz)
MODULES=$(pg_node_modules)
LOG=$(server_log)

# UTF8, so that every generated text is storable and hashes as drizzle hashes it
PGOPTIONS="-c client_min_messages=warning" dropdb --if-exists fuzz
createdb -E UTF8 -T template0 --locale=C.UTF-8 fuzz
psql_q fuzz -c "CREATE EXTENSION migtrack"

rc=0
PGDATABASE=fuzz node "$REPO_ROOT/test/fuzz/run.mjs" --pg "$MODULES" --from "$FROM" --count "$CASES" \
	--summary "$W/summary.json" ${LOG:+--log "$LOG"} >"$W/run.log" 2>&1 || rc=$?
tail -1 "$W/run.log" | sed 's/^# /  # /'
S="$W/summary.json"
if [ ! -s "$S" ]; then
	fail "fuzz runner finished (exit $rc)"
	tail -20 "$W/run.log" | sed 's/^/  # /'
	finish
fi

check_eq "fuzz: $CASES cases (seeds $FROM..$((FROM + CASES - 1))) ran" "$CASES" "$(jget "$S" j.cases)"
check_eq "fuzz: no backend crash (connection lost)" 0 "$(jget "$S" j.crashes)"
check_eq "fuzz: the server log shows no process terminated by a signal" 0 "$(jget "$S" j.server_log_signals.length)"
[ "$(jget "$S" j.server_log_signals.length)" == 0 ] || note "first: $(jget "$S" "j.server_log_signals[0]")"
check_eq "fuzz: no internal error (SQLSTATE class XX or 58)" 0 "$(jget "$S" 'j.bad_by_kind.internal || 0')"
check_eq "fuzz: an ERROR, a dry run or a read-only call never changed the database" 0 "$(jget "$S" 'j.bad_by_kind.wrote || 0')"
check_eq "fuzz: invalid journals refused with their defect's SQLSTATE, valid ones accepted" 0 "$(jget "$S" 'j.bad_by_kind.code || 0')"
check_eq "fuzz: successful sync/migrate wrote exactly drizzle's rows (and its tables)" 0 "$(jget "$S" 'j.bad_by_kind.rows || 0')"
check_eq "fuzz: created_at_iso = JavaScript's toISOString()" 0 "$(jget "$S" 'j.bad_by_kind.iso || 0')"
check_eq "fuzz: a second identical sync/migrate is a no-op" 0 "$(jget "$S" 'j.bad_by_kind.idem || 0')"
check_eq "fuzz: the harness itself ran cleanly" 0 "$(jget "$S" 'j.bad_by_kind.harness || 0')"
check_eq "fuzz: the oracle's drizzle rows were compared at least once per valid case" yes \
	"$(jget "$S" 'j.rows_checked >= j.valid_cases ? "yes" : "no: " + j.rows_checked')"
if [ "$(jget "$S" j.bad)" != 0 ]; then
	note "bad outcomes (reproduce one with: node test/fuzz/gen.mjs SEED --info):"
	grep '^BAD ' "$W/run.log" | head -40 | cut -c1-300 | sed 's/^/  # /'
fi
note "outcomes: $(jget "$S" 'Object.entries(j.outcomes).sort().map(([k, v]) => k + "=" + v).join(" ")' | cut -c1-1500)"
finish

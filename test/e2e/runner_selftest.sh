#!/usr/bin/env bash
# The test command counts honestly: deliberately broken end-to-end scripts --
# one that dies after a PASS, one that exits non-zero without a FAIL line, one
# that prints nothing, one killed by a signal -- each count as failed in the
# closing "N passed, N failed" line, and so does a pg_regress suite of the
# Makefile that printed no result.  Needs no database.
# Run: bash test/e2e/runner_selftest.sh   (PGHOST set, as inside pg_virtualenv)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
W=$(fresh_workdir runner_selftest)
mkdir -p "$W/scripts"
lib=$E2E_DIR/lib.sh
cat >"$W/scripts/good.sh" <<-SH
	source "$lib"; pass "one"; pass "two"; finish
SH
cat >"$W/scripts/dies.sh" <<-SH
	source "$lib"; pass "before dying"; kill -9 \$\$
SH
cat >"$W/scripts/quits.sh" <<-SH
	source "$lib"; trap - ERR; pass "before quitting"; exit 3
SH
cat >"$W/scripts/silent.sh" <<-'SH'
	exit 0
SH
cat >"$W/scripts/errexit.sh" <<-SH
	set -e; source "$lib"; pass "before an error"; false; pass "never"; finish
SH

# the end-to-end runner on them, as the test command runs it
E2E_SCRIPTS=$W/scripts E2E_LOGS=$W/logs PGHOST=${PGHOST:-/nonexistent} \
	bash "$E2E_DIR/run.sh" good dies quits silent errexit >"$W/e2e.log" 2>&1 || true
# a log of the whole test command: suite headers, one pg_regress suite missing
{
	echo "=== pg_regress"
	for t in $(sed -n 's/^REGRESS = //p' "$REPO_ROOT/Makefile" | tr ' ' '\n' | sed '$d'); do
		echo "test $t                        ... ok           10 ms"
	done
	echo "=== isolation"
	for t in $(sed -n 's/^ISOLATION = //p' "$REPO_ROOT/Makefile"); do
		echo "test $t                        ... ok           10 ms"
	done
	echo "=== end-to-end (real drizzle-kit / drizzle-orm)"
	cat "$W/e2e.log"
} >"$W/tests.log"
closing=$(bash "$REPO_ROOT/test/count_results.sh" "$W/tests.log" 2>/dev/null | tail -1 || true)
regress=$(sed -n 's/^REGRESS = //p' "$REPO_ROOT/Makefile" | wc -w)
isolation=$(sed -n 's/^ISOLATION = //p' "$REPO_ROOT/Makefile" | wc -w)
# passed: the regress suites that printed a line, the isolation suites, good's 2 and the
# PASS lines the broken ones printed before breaking (3); failed: one per broken script (errexit
# twice: lib.sh's own "aborted" line, and the runner's), and the regress suite that printed nothing
want_passed=$((regress - 1 + isolation + 2 + 3))
check_eq "the closing line counts each broken script and the silent suite as failed" \
	"$want_passed passed, 6 failed" "$closing"
for t in dies quits silent errexit; do
	check_contains "the runner names $t as failed" "FAIL: e2e $t" "$(cat "$W/e2e.log")"
done
check_contains "the runner's summary lists them" "e2e FAILED: dies quits silent errexit" "$(cat "$W/e2e.log")"

# A clone needs nothing beside it: no script, Makefile or test README of the test
# command names the workspace's reference folder (the pattern is split so that
# this file does not match itself).
beside='\.\./'"shared"'|/work/'"shared"
outside=$(cd "$REPO_ROOT" && grep -rlE "$beside" .ci Makefile cli/Makefile test bench \
	--exclude-dir=corpus --exclude-dir=.work --exclude-dir=.node --exclude-dir=.majors --exclude-dir=node_modules || true)
check_eq "no test names a path outside the repository" "" "$outside"
finish

#!/usr/bin/env bash
# count_results.sh LOG -- the test command's closing line, "N passed, N failed",
# from the log of test/in_cluster.sh (and of test/majors.sh when present).
#
# pg_regress / pg_isolation_regress print "test NAME ... ok|FAILED" (or
# "ok N - NAME" / "not ok N - NAME" from PostgreSQL 16 on); the end-to-end
# scripts print "PASS: ..." / "FAIL: ...", and test/e2e/run.sh adds a FAIL line
# for a script that did not run to its end.  Nothing that did not run counts as
# passed: a suite whose header is missing, and every pg_regress / isolation
# test of the Makefile that printed no result line, count as failed.
set -uo pipefail
log=$1
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

passed=$(grep -cE '^(ok [0-9]+|test [^ ]+ +\.\.\. ok|PASS: )' "$log")
failed=$(grep -cE '^(not ok [0-9]+|test [^ ]+ +\.\.\. FAILED|FAIL: )' "$log")
for suite in "=== pg_regress" "=== isolation" "=== end-to-end"; do
	grep -q "^$suite" "$log" || failed=$((failed + 1))
done
# every suite of the Makefile reported, ok or failed
section() { awk -v start="$1" -v stop="$2" '$0 ~ "^" start {p=1; next} $0 ~ "^" stop {p=0} p' "$log"; }
for kind in REGRESS ISOLATION; do
	case $kind in
	REGRESS) out=$(section "=== pg_regress" "=== isolation") ;;
	ISOLATION) out=$(section "=== isolation" "=== end-to-end") ;;
	esac
	for t in $(sed -n "s/^$kind = //p" "$top/Makefile"); do
		if ! grep -qE "^(test $t +\\.\\.\\. |(not )?ok [0-9]+ +- +$t )" <<<"$out"; then
			echo "FAIL: $kind suite $t printed no result" >&2
			failed=$((failed + 1))
		fi
	done
done
echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]

#!/usr/bin/env bash
# The test command: install what is missing, build and install the extension,
# then run every suite (pg_regress, isolation, end-to-end with the real drizzle
# packages) in one throwaway cluster.  The last line is "N passed, N failed".
# Run as root on Debian 12.  Exit status 0 only when nothing failed.
set -uo pipefail
cd "$(dirname "$0")/.."
log=test/.log
mkdir -p "$log"

bash test/install_deps.sh || { echo "dependency installation failed"; echo "0 passed, 1 failed"; exit 1; }
if ! { make -s clean && make -s && make -s install; } >"$log/build.log" 2>&1; then
	cat "$log/build.log"
	echo "build failed"
	echo "0 passed, 1 failed"
	exit 1
fi

pg_virtualenv -t bash test/in_cluster.sh 2>&1 | tee "$log/tests.log"

# pg_regress / pg_isolation_regress print "test NAME ... ok|FAILED"; the
# end-to-end scripts print "PASS: ..." / "FAIL: ...".
passed=$(grep -cE '^(ok [0-9]+|test [^ ]+ +\.\.\. ok|PASS: )' "$log/tests.log")
failed=$(grep -cE '^(not ok [0-9]+|test [^ ]+ +\.\.\. FAILED|FAIL: )' "$log/tests.log")
# A suite that never ran is a failure, not a silent pass.
for suite in "=== pg_regress" "=== isolation" "=== end-to-end"; do
	grep -q "^$suite" "$log/tests.log" || failed=$((failed + 1))
done
[ -s regression.diffs ] && { echo "--- regression.diffs"; cat regression.diffs; }
[ -s output_iso/regression.diffs ] && { echo "--- output_iso/regression.diffs"; cat output_iso/regression.diffs; }
echo "${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]

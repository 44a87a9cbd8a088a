#!/usr/bin/env bash
# The test command: install what is missing, build and install the extension,
# then run every suite (pg_regress, isolation, end-to-end with the real drizzle
# packages) in one throwaway cluster, then the regress and isolation suites on
# PostgreSQL 17 and 18 and the end-to-end suite on 17 (test/majors.sh, which
# calls test/majors_e2e.sh).  The last line is "N passed, N failed".
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
# PostgreSQL 17 and 18 (build, regress, isolation; 17 also end-to-end) and 19
# (build), each from a private tree with throwaway clusters of its own
bash test/majors.sh 2>&1 | tee "$log/majors.log"
grep -q '^=== majors: .* in all' "$log/majors.log" || echo "FAIL: test/majors.sh did not run to its end" | tee -a "$log/majors.log"
cat "$log/majors.log" >>"$log/tests.log"

[ -s regression.diffs ] && { echo "--- regression.diffs"; cat regression.diffs; }
[ -s output_iso/regression.diffs ] && { echo "--- output_iso/regression.diffs"; cat output_iso/regression.diffs; }
# the closing line: test/count_results.sh says what counts (and that nothing that did not run passes)
bash test/count_results.sh "$log/tests.log"

#!/usr/bin/env bash
# Runs every end-to-end test, each in its own throwaway PostgreSQL cluster
# (pg_virtualenv -t), and fails if any of them fails. Needs the extension
# installed first (make && make install) plus node/npm with registry access.
# No tty needed; works as root.
#
#   bash test/e2e/run.sh              # all tests
#   bash test/e2e/run.sh fixtures     # only the named ones
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
exec </dev/null

tests=("$@")
[ ${#tests[@]} -gt 0 ] || tests=(fixtures incident_kit031 incident_kit1rc upgrade encoding drift verify_push migrate_inserver cli_incident repair advice cli_encoding cli_errors cli_security cli_privileges utf8_vs_node guard guard_security ext_upgrade stress fuzz crash memory corpus devurl fleet docs_sql docs_samples runner_selftest)
# E2E_SKIP="a b": leave these out of the default list (test/majors_e2e.sh: devurl.sh
# starts a second cluster of the machine's own PostgreSQL, not of the major under test)
if [ $# -eq 0 ] && [ -n "${E2E_SKIP:-}" ]; then
	kept=()
	for t in "${tests[@]}"; do [[ " $E2E_SKIP " == *" $t "* ]] || kept+=("$t"); done
	tests=("${kept[@]}")
fi

# A script passes only when it ran to its end: it printed its closing
# "# NAME: N passed, M failed" line (lib.sh's finish) and exited 0.  One that
# died, exited non-zero or printed nothing is a FAIL line of its own, so that
# the test command's count can never call it passed.
SCRIPTS=${E2E_SCRIPTS:-.}
LOGS=${E2E_LOGS:-.work/logs}
mkdir -p "$LOGS"
failed=()
for t in "${tests[@]}"; do
	echo "=== e2e: $t"
	log=$LOGS/$t.log
	if [ -n "${PGHOST:-}" ]; then
		# already inside a cluster (e.g. run.sh itself under pg_virtualenv)
		bash "$SCRIPTS/$t.sh" 2>&1 | tee "$log"
	else
		pg_virtualenv -t bash "$SCRIPTS/$t.sh" 2>&1 | tee "$log"
	fi
	rc=${PIPESTATUS[0]}
	if ! grep -qE "^# ${t}: [0-9]+ passed, [0-9]+ failed\$" "$log"; then
		echo "FAIL: e2e ${t}: did not run to its end (exit $rc, no closing count)"
		failed+=("$t")
	elif [ "$rc" -ne 0 ]; then
		grep -q '^FAIL: ' "$log" || echo "FAIL: e2e ${t}: exited $rc without naming a failure"
		failed+=("$t")
	fi
done

if [ ${#failed[@]} -gt 0 ]; then
	echo "e2e FAILED: ${failed[*]}"
	exit 1
fi
echo "e2e: all passed (${tests[*]})"

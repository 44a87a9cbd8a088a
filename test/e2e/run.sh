#!/usr/bin/env bash
# Runs every end-to-end test, each in its own throwaway PostgreSQL cluster
# (pg_virtualenv -t), and fails if any of them fails. Needs the extension
# installed first (make && make install) plus node/npm with registry access.
# No tty needed; works as root.
#
#   bash test/e2e/run.sh              # all tests
#   bash test/e2e/run.sh fixtures     # only the named ones
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
exec </dev/null

tests=("$@")
[ ${#tests[@]} -gt 0 ] || tests=(fixtures incident_kit031 incident_kit1rc upgrade encoding drift verify_push migrate_inserver cli_incident cli_encoding cli_errors cli_security cli_privileges utf8_vs_node guard guard_security ext_upgrade stress fuzz crash memory corpus docs_sql)

failed=()
for t in "${tests[@]}"; do
	echo "=== e2e: $t"
	if [ -n "${PGHOST:-}" ]; then
		# already inside a cluster (e.g. run.sh itself under pg_virtualenv)
		bash "./$t.sh" || failed+=("$t")
	else
		pg_virtualenv -t bash "./$t.sh" || failed+=("$t")
	fi
done

if [ ${#failed[@]} -gt 0 ]; then
	echo "e2e FAILED: ${failed[*]}"
	exit 1
fi
echo "e2e: all passed (${tests[*]})"

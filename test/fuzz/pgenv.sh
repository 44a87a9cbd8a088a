# pgenv.sh -- sourced by the fuzz, crash and memory tests (after test/e2e/lib.sh).

# server_log — the log file of the cluster we are connected to (pg_virtualenv's,
# or MIGTRACK_SERVER_LOG: a cluster of test/majors_e2e.sh).
server_log() {
	[ -z "${MIGTRACK_SERVER_LOG:-}" ] || { echo "$MIGTRACK_SERVER_LOG"; return 0; }
	pg_lsclusters -h 2>/dev/null | awk -v p="${PGPORT:-5432}" '$3 == p { print $7; exit }'
}

# wait_ready DB — after a backend crash the postmaster restarts every backend
# and replays WAL; wait (up to 2 minutes) until DB accepts queries again.
wait_ready() {
	local i
	for i in $(seq 1 240); do
		psql -X -Atq -d "$1" -c 'SELECT 1' >/dev/null 2>&1 && return 0
		sleep 0.5
	done
	return 1
}

# pg_node_modules — a node_modules with node-postgres: the pinned drizzle
# toolchain's (installed by install_kit, from its lock file).
pg_node_modules() {
	install_kit kit031 >&2 && echo "$NODE_CACHE/kit031/node_modules"
}

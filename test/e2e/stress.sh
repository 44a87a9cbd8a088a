#!/usr/bin/env bash
# pgbench stress: 16 clients calling migtrack_sync and migtrack_status on the
# same history at once, in READ COMMITTED (pgbench's default), starting from
# no history at all (so the race to create drizzle's schema and table is
# part of it).  After a fixed number of transactions: exactly one row per
# migration, with the hash and created_at drizzle would write (computed here
# with PostgreSQL's own sha256, not taken from migtrack); no deadlock and no
# failed transaction.
#
# In READ COMMITTED no sync may fail: writers serialise on the writers' lock
# and the table's ACCESS EXCLUSIVE lock, and each statement reads the rows
# committed before it.  (The 40001 a REPEATABLE READ sync raises when its
# snapshot predates another writer's commit cannot happen here; it is
# covered by test/specs/sync_vs_sync.spec.)  So any pgbench error fails.
#
#   pg_virtualenv -t bash test/e2e/stress.sh
source "$(dirname "$0")/lib.sh"
require_pg_env

db=migtrack_stress
clients=16
per_client=${STRESS_TRANSACTIONS:-25}
work=$(mktemp -d /tmp/migtrack-stress.XXXXXX)
trap 'rm -rf "$work"' EXIT

psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
# Eight migrations whose tables exist (pushed); the journal is kept in a table
# that pgbench's scripts read.
psql -X -q -v ON_ERROR_STOP=1 -d "$db" <<'SQL'
CREATE EXTENSION migtrack;
CREATE TABLE stress_journal (j jsonb NOT NULL);
DO $$
DECLARE
    entries jsonb := '[]';
BEGIN
    FOR i IN 0..7 LOOP
        EXECUTE format('CREATE TABLE t%s (id int)', i);
        entries := entries || jsonb_build_object('idx', i, 'version', '7', 'when', 1700000000000 + i * 1000,
                                                 'tag', format('%s_t%s', lpad(i::text, 4, '0'), i), 'breakpoints', true,
                                                 'sql', format('CREATE TABLE t%s (id int);', i));
    END LOOP;
    INSERT INTO stress_journal VALUES (jsonb_build_object('version', '7', 'dialect', 'postgresql', 'entries', entries));
END $$;
SQL

# Each client picks one of three transactions at random: a sync of the whole
# journal, a sync up to a random migration, or a status.
cat >"$work/sync.sql" <<'SQL'
SELECT migtrack_sync(j)->>'inserted' FROM stress_journal;
SQL
cat >"$work/sync_up_to.sql" <<'SQL'
\set n random(0, 7)
SELECT migtrack_sync(j, up_to => format('%s_t%s', lpad(:n::text, 4, '0'), :n))->>'inserted' FROM stress_journal;
SQL
cat >"$work/status.sql" <<'SQL'
SELECT migtrack_status(j)->>'state' FROM stress_journal;
SQL

pgbench -n -c "$clients" -j 2 -t "$per_client" \
	-f "$work/sync.sql@2" -f "$work/sync_up_to.sql@2" -f "$work/status.sql@3" \
	"$db" >"$work/pgbench.out" 2>"$work/pgbench.err"
rc=$?
sed 's/^/  # /' "$work/pgbench.out" | grep -E 'transactions|failed|latency average|tps' || true

check_eq "pgbench exit status" 0 "$rc"
processed=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$work/pgbench.out")
check_eq "pgbench: every transaction processed" "$((clients * per_client))" "$processed"
check_eq "pgbench: no client error" "" "$(grep -iE 'error|aborted' "$work/pgbench.err" | head -5)"
check_eq "no deadlock reported to a client" "" "$(grep -i deadlock "$work/pgbench.err" | head -3)"

# One row per migration, each exactly what drizzle's migrate writes:
# sha256 of the SQL text and the entry's "when", in journal order.
expected=$(psql -X -At -F ' ' -d "$db" -c "
	SELECT encode(sha256(convert_to(e->>'sql', 'UTF8')), 'hex'), e->>'when'
	  FROM stress_journal, jsonb_array_elements(j->'entries') WITH ORDINALITY x(e, n) ORDER BY n")
actual=$(psql -X -At -F ' ' -d "$db" -c "SELECT hash, created_at FROM drizzle.__drizzle_migrations ORDER BY id")
check_eq "exactly one row per migration, drizzle's rows, in journal order" "$expected" "$actual"
check_eq "no duplicate hashes" "0" "$(psql -X -At -d "$db" -c "
	SELECT count(*) FROM (SELECT hash FROM drizzle.__drizzle_migrations GROUP BY hash HAVING count(*) > 1) d")"
check_eq "status afterwards" "in_sync" "$(psql -X -At -d "$db" -c "SELECT migtrack_status(j)->>'state' FROM stress_journal")"

# The server's own count: deadlocks detected in this database (backends
# report their statistics when they exit; give the last ones a moment).
sleep 2
check_eq "server: no deadlock detected in the database" "0" \
	"$(psql -X -At -d postgres -c "SELECT deadlocks FROM pg_stat_database WHERE datname = '$db'")"

psql -X -q -d postgres -c "DROP DATABASE $db"
finish

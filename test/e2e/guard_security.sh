#!/usr/bin/env bash
# What the guard promises against a hostile application owner (issue 13), with
# real connections: the database says migtrack.guard = error, the owner is not
# a superuser and connects with its own password.
#   3. a value it may not set, given before migtrack loads (PGOPTIONS, a URI's
#      options), does not weaken the guard: the database's setting applies;
#   4. an override by a superuser or a granted role through startup options is
#      logged and in migtrack.audit, like SET LOCAL;
#   5. the history only grows: a fake row added with DDL cannot be removed
#      later -- in any session when migtrack is preloaded
#      (session_preload_libraries), only in sessions that loaded migtrack when
#      it is not (said in README);
#   7. an unprivileged role holding the advisory lock migtrack used to take
#      does not hold a sync back.
# Run: pg_virtualenv -t bash test/e2e/guard_security.sh   (after make install)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_pg_env

W=$(fresh_workdir guard_security)
DB=gsec
MSG="schema change outside a tracked migration"
new_db "$DB" migtrack
psql_q "$DB" >/dev/null <<-SQL
	DROP ROLE IF EXISTS gsec_owner;
	DROP ROLE IF EXISTS gsec_ops;
	CREATE ROLE gsec_owner LOGIN PASSWORD 'owner-pw';
	CREATE ROLE gsec_ops LOGIN PASSWORD 'ops-pw';
	GRANT CREATE ON DATABASE $DB TO gsec_owner, gsec_ops;
	GRANT CREATE ON SCHEMA public TO gsec_owner, gsec_ops;
	GRANT SET ON PARAMETER migtrack.guard TO gsec_ops;
	ALTER DATABASE $DB SET migtrack.guard = error;
SQL

# as ROLE PASSWORD [PGOPTIONS] -- psql ARGS...: a new session of that role
as() {
	local role=$1 pw=$2 opts=$3
	shift 4
	PGUSER=$role PGPASSWORD=$pw PGOPTIONS=$opts psql -X -At -v ON_ERROR_STOP=1 -d "$DB" "$@"
}
exists() { psql_q "$DB" -c "SELECT to_regclass('$1') IS NOT NULL"; }
audit_count() { psql_q "$DB" -c "SELECT count(*) FROM migtrack.audit WHERE action = 'guard_override'"; }

# ---- 3. a non-superuser's PGOPTIONS / URI options=-c migtrack.guard=off
out=$(as gsec_owner owner-pw "-c migtrack.guard=off" -- -c 'CREATE TABLE g3_pgoptions (id int)' 2>&1 || true)
check_contains "3. PGOPTIONS migtrack.guard=off by the owner: refused" "$MSG" "$out"
check_eq "3. ... and the table does not exist" f "$(exists g3_pgoptions)"
url=$(db_url "$DB" | sed -e "s|^postgres://[^@]*@|postgres://gsec_owner:owner-pw@|")
sep='?'
[[ "$url" == *\?* ]] && sep='&'
out=$(PGUSER= PGPASSWORD= psql -X -At -v ON_ERROR_STOP=1 -d "${url}${sep}options=-c%20migtrack.guard%3Doff" \
	-c 'CREATE TABLE g3_uri (id int)' 2>&1 || true)
check_contains "3. a URI's options=-c migtrack.guard=off by the owner: refused" "$MSG" "$out"
check_eq "3. ... and the table does not exist" f "$(exists g3_uri)"
out=$(as gsec_owner owner-pw "-c migtrack.guard=warn" -- -c 'CREATE TABLE g3_warn (id int)' 2>&1 || true)
check_contains "3. PGOPTIONS migtrack.guard=warn by the owner: still error" "$MSG" "$out"
check_eq "3. ... and the table does not exist" f "$(exists g3_warn)"
# the same route cannot point the guard at another history
out=$(as gsec_owner owner-pw "-c migtrack.migrations_table=mine" -- 2>&1 <<-'SQL' || true
	CREATE TABLE public.mine (id serial PRIMARY KEY, hash text NOT NULL, created_at bigint);
	BEGIN;
	INSERT INTO public.mine (hash, created_at) VALUES ('x', 1);
	CREATE TABLE g3_table (id int);
	COMMIT;
SQL
)
check_eq "3. PGOPTIONS migtrack.migrations_table by the owner: the database's history still counts" f "$(exists g3_table)"

# ---- 4. overrides through startup options are on record
before=$(audit_count)
out=$(as "$PGUSER" "${PGPASSWORD:-}" "-c migtrack.guard=off" -- -c 'CREATE TABLE g4_super (id int)' 2>&1 || true)
check_eq "4. a superuser's PGOPTIONS migtrack.guard=off: allowed" t "$(exists g4_super)"
check_eq "4. ... and audited" "$((before + 1))" "$(audit_count)"
check_contains "4. ... naming the command and both settings" '"effective": "off"' \
	"$(psql_q "$DB" -c "SELECT detail::text FROM migtrack.audit ORDER BY id DESC LIMIT 1")"
out=$(as gsec_ops ops-pw "-c migtrack.guard=off" -- -c 'CREATE TABLE g4_ops (id int)' 2>&1 || true)
check_eq "4. a role granted SET ON PARAMETER: PGOPTIONS override allowed" t "$(exists g4_ops)"
check_eq "4. ... and audited" "$((before + 2))" "$(audit_count)"
check_contains "4. ... with the role that did it" gsec_ops \
	"$(psql_q "$DB" -c "SELECT user_name FROM migtrack.audit ORDER BY id DESC LIMIT 1")"

# ---- 5. the history only grows
J=$W/j.json
printf '%s' '{"entries": [{"tag": "0000_init", "when": 1700000000000, "sql": "CREATE TABLE g5_users (id int);"}]}' >"$J"
psql_q "$DB" >/dev/null <<-SQL
	BEGIN; SET LOCAL migtrack.guard = off; CREATE TABLE g5_users (id int); COMMIT;
	\set journal \`cat $J\`
	SELECT migtrack_sync(:'journal');
	-- the usual deploy role owns drizzle's history
	BEGIN; SET LOCAL migtrack.guard = off;
	ALTER SCHEMA drizzle OWNER TO gsec_owner;
	ALTER TABLE drizzle.__drizzle_migrations OWNER TO gsec_owner;
	COMMIT;
SQL
out=$(as gsec_owner owner-pw "" -- 2>&1 <<-'SQL' || true
	BEGIN;
	INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES (repeat('f', 64), 1800000000000);
	CREATE TABLE g5_pushed (id int);
	COMMIT;
SQL
)
check_eq "5. a fake row with DDL passes (a row is a record; status shows it as unknown_row)" t "$(exists g5_pushed)"
rows() { psql_q "$DB" -c "SELECT count(*) FROM drizzle.__drizzle_migrations"; }
# a session that has loaded migtrack (it ran DDL first) cannot remove it
out=$(as gsec_owner owner-pw "" -- 2>&1 <<-'SQL' || true
	CREATE TEMP TABLE g5_tmp (id int);
	DELETE FROM drizzle.__drizzle_migrations WHERE hash = repeat('f', 64);
SQL
)
check_contains "5. DELETE of a history row, migtrack loaded: refused" "change to the migration history" "$out"
check_eq "5. ... the row is still there" 2 "$(rows)"
# a fresh session that only runs DML does not load migtrack: without preloading, not seen
out=$(as gsec_owner owner-pw "" -- -c "UPDATE drizzle.__drizzle_migrations SET created_at = created_at WHERE false" 2>&1 || true)
note "not preloaded, a DML-only session is not guarded (README says so)"
# preloaded for the database: every session is guarded
psql_q "$DB" -c "ALTER DATABASE $DB SET session_preload_libraries = 'migtrack'" >/dev/null
for stmt in "DELETE FROM drizzle.__drizzle_migrations WHERE hash = repeat('f', 64)" \
	"UPDATE drizzle.__drizzle_migrations SET created_at = 1 WHERE hash = repeat('f', 64)" \
	"TRUNCATE drizzle.__drizzle_migrations"; do
	out=$(as gsec_owner owner-pw "" -- -c "$stmt" 2>&1 || true)
	check_contains "5. preloaded, a fresh session's ${stmt%% *}: refused" "change to the migration history" "$out"
done
check_eq "5. ... every row is still there" 2 "$(rows)"
out=$(as gsec_owner owner-pw "" -- -c "ALTER TABLE drizzle.__drizzle_migrations DISABLE TRIGGER ALL" 2>&1 || true)
check_contains "5. ALTER TABLE of the history: refused" "change to the migration history" "$out"
# drizzle's own 1.0 upgrade of the table still passes, preloaded
out=$(as gsec_owner owner-pw "" -- 2>&1 <<-'SQL' || true
	BEGIN;
	ALTER TABLE drizzle.__drizzle_migrations ADD COLUMN IF NOT EXISTS name text;
	ALTER TABLE drizzle.__drizzle_migrations ADD COLUMN IF NOT EXISTS applied_at timestamp with time zone DEFAULT now();
	UPDATE drizzle.__drizzle_migrations SET name = 'x_' || id, applied_at = NULL;
	COMMIT;
SQL
)
check_eq "5. drizzle 1.0's upgrade (ADD COLUMN name, UPDATE) passes" 2 \
	"$(psql_q "$DB" -c "SELECT count(name) FROM drizzle.__drizzle_migrations")"
psql_q "$DB" -c "ALTER DATABASE $DB RESET session_preload_libraries" >/dev/null

# ---- 7. the writers' lock cannot be taken by anyone
key=$(psql_q "$DB" -c "SELECT hashtextextended('migtrack:drizzle.__drizzle_migrations', 0)")
(as gsec_owner owner-pw "" -- -c "BEGIN; SELECT pg_advisory_xact_lock($key); SELECT pg_sleep(20); COMMIT" >/dev/null 2>&1 &)
sleep 1
start=$(date +%s)
out=$(PGOPTIONS="-c lock_timeout=5s" psql -X -At -d "$DB" -c "SELECT migtrack_sync('$(cat "$J")')->>'inserted'" 2>&1 || true)
if [[ "$out" == *"lock timeout"* ]]; then fail "7. an unprivileged role's advisory lock does not hold a sync back"; note "$out"; else pass "7. an unprivileged role's advisory lock does not hold a sync back"; fi
check_eq "7. ... no wait" 1 "$(($(date +%s) - start < 4))"
psql_q "$DB" -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'gsec_owner'" >/dev/null

psql_q "$DB" -c "ALTER DATABASE $DB RESET migtrack.guard" >/dev/null
finish

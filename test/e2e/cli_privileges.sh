#!/usr/bin/env bash
# The privilege matrix through the `migtrack` client: five roles that log in
# with their own passwords, every command, each cell on a fresh copy of one
# database.  The expected exit statuses follow from PostgreSQL's privileges
# (cli/usage.txt: 0 done, 1 check failed, 2 error, 3 refused), not from
# migtrack: reading needs USAGE on drizzle's schema and SELECT on its table;
# writing needs EXECUTE on the function (revoked from PUBLIC) plus what
# drizzle's migrate needs (INSERT, and USAGE on the id sequence).  A refused
# or failed call writes nothing.
# Run: pg_virtualenv -t bash test/e2e/cli_privileges.sh   (after make install)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_pg_env
# shellcheck source=cli_common.sh
source "$E2E_DIR/cli_common.sh"
cli_workdir cli_privileges

# a 0.x folder: 0000_users recorded; 0001_posts pushed (its table exists), not recorded
F=$W/drizzle
mkdir -p "$F/meta"
printf 'CREATE TABLE "cp_users" ("id" integer);' >"$F/0000_users.sql"
printf 'CREATE TABLE "cp_posts" ("id" integer);' >"$F/0001_posts.sql"
cat >"$F/meta/_journal.json" <<-'EOF'
	{"version": "7", "dialect": "postgresql", "entries": [
	 {"idx": 0, "version": "7", "when": 1700000000000, "tag": "0000_users", "breakpoints": true},
	 {"idx": 1, "version": "7", "when": 1700000001000, "tag": "0001_posts", "breakpoints": true}]}
EOF

T=cp_template
new_db "$T" migtrack
psql_q "$T" >/dev/null <<-SQL
	DO \$\$ BEGIN
	  DROP ROLE IF EXISTS cp_owner; DROP ROLE IF EXISTS cp_reader; DROP ROLE IF EXISTS cp_executor;
	  DROP ROLE IF EXISTS cp_writer; DROP ROLE IF EXISTS cp_nobody;
	END \$\$;
	CREATE ROLE cp_owner LOGIN PASSWORD 'pw-owner';
	CREATE ROLE cp_reader LOGIN PASSWORD 'pw-reader';
	CREATE ROLE cp_executor LOGIN PASSWORD 'pw-executor';
	CREATE ROLE cp_writer LOGIN PASSWORD 'pw-writer';
	CREATE ROLE cp_nobody LOGIN PASSWORD 'pw-nobody';
	CREATE TABLE cp_users (id integer);
	CREATE TABLE cp_posts (id integer);
	-- the history, owned by the deploy role as drizzle-kit migrate leaves it
	CREATE SCHEMA drizzle AUTHORIZATION cp_owner;
	SET ROLE cp_owner;
	CREATE TABLE "drizzle"."__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint);
	INSERT INTO "drizzle"."__drizzle_migrations" ("hash", "created_at")
	  VALUES (encode(sha256(convert_to('CREATE TABLE "cp_users" ("id" integer);', 'UTF8')), 'hex'), 1700000000000);
	GRANT USAGE ON SCHEMA drizzle TO cp_reader, cp_executor, cp_writer;
	GRANT SELECT ON drizzle.__drizzle_migrations TO cp_reader, cp_executor, cp_writer;
	GRANT INSERT ON drizzle.__drizzle_migrations TO cp_writer;
	GRANT USAGE ON SEQUENCE drizzle.__drizzle_migrations_id_seq TO cp_writer;
	RESET ROLE;
	GRANT EXECUTE ON FUNCTION migtrack_sync(jsonb, text, text, boolean, text, text[], boolean, boolean),
	                          migtrack_migrate(jsonb, text, text, boolean, boolean)
	   TO cp_owner, cp_executor, cp_writer;
SQL
rows() { psql_q "$1" -c "SELECT count(*) FROM drizzle.__drizzle_migrations"; }

declare -A PW=([cp_owner]=pw-owner [cp_reader]=pw-reader [cp_executor]=pw-executor [cp_writer]=pw-writer [cp_nobody]=pw-nobody)
# the expected exit status, per role and command
#            status check sync-dry sync migrate-dry bundle
declare -A WANT=(
	[super]="0 1 0 0 3 0"
	[cp_owner]="0 1 0 0 3 0"
	[cp_writer]="0 1 0 0 3 0"
	[cp_executor]="0 1 0 2 3 0"
	[cp_reader]="0 1 2 2 2 0"
	[cp_nobody]="2 2 2 2 2 0"
)
CMDS=("status $F" "check $F" "sync --dry-run $F" "sync --yes $F" "migrate --dry-run $F" "bundle $F")
WRITES=(0 0 0 1 0 0)
n=0
for role in super cp_owner cp_writer cp_executor cp_reader cp_nobody; do
	read -r -a want <<<"${WANT[$role]}"
	for i in "${!CMDS[@]}"; do
		db=cp_cell_$((n++))
		PGOPTIONS="-c client_min_messages=warning" dropdb --if-exists "$db"
		createdb -T "$T" "$db"
		# shellcheck disable=SC2086 # the command's words
		if [ "$role" == super ]; then
			mt "$db" -d "$db" ${CMDS[$i]}
		else
			PGUSER=$role PGPASSWORD=${PW[$role]} mt "$db" -d "$db" ${CMDS[$i]}
		fi
		check_rc "$role: migtrack ${CMDS[$i]%% $F}" "${want[$i]}" "$db"
		expected_rows=1
		[ "${want[$i]}" == 0 ] && [ "${WRITES[$i]}" == 1 ] && expected_rows=2
		check_eq "$role: migtrack ${CMDS[$i]%% $F}: history has $expected_rows row(s) after it" "$expected_rows" "$(rows "$db")"
		if [ "$role" != super ]; then
			check_not_contains "$role: migtrack ${CMDS[$i]%% $F}: no password in the output" "${PW[$role]}" "$(both "$db")"
		fi
		dropdb "$db"
	done
done
# a refused or failed write says which privilege is missing
PGUSER=cp_executor PGPASSWORD=pw-executor mt exec_sync -d "$T" sync --yes "$F"
check_contains "cp_executor: sync --yes names the missing privilege" "permission denied" "$(err exec_sync)"
PGUSER=cp_nobody PGPASSWORD=pw-nobody mt nobody_status -d "$T" status "$F"
check_contains "cp_nobody: status names the missing privilege" "permission denied" "$(err nobody_status)"
finish

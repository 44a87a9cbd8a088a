#!/usr/bin/env bash
# The advice the `migtrack` client shows off the textbook path (issue 16), with
# real drizzle-kit 0.31:
#  - wrong database (tables unrelated to the journal): `migtrack check` exits 0
#    and asks whether this is the right database; real drizzle-kit migrate
#    indeed succeeds there;
#  - two partial migrations (pushed, then a column dropped by hand in each):
#    the advice names what differs, and the suggested command, run as printed,
#    is not refused;
#  - a mistyped --migrations-table with the history elsewhere: Next names the
#    right table, and that command, run as printed, reports the history in sync;
#  - a failing `migtrack migrate`: the client's output names the migration and
#    the statement, with its line in the file; nothing is written;
#  - no folder given (the database side only): the suggested command names
#    the placeholder DIR; pasted as printed in a project with ./drizzle it
#    fails for want of DIR and writes no file; with the folder for DIR, it
#    reports the journal's migrations;
#  - permission errors: a role without UPDATE on the history gets a HINT with
#    the exact GRANT (which, run as printed, lets the repair through); a role
#    without EXECUTE on migtrack_repair gets the GRANT EXECUTE.
# Run: pg_virtualenv -t bash test/e2e/advice.sh   (after make install)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=cli_common.sh
source "$E2E_DIR/cli_common.sh"
require_pg_env

cli_workdir advice
KIT=kit031
install_kit "$KIT"

# next_commands TAG — the suggested commands of `Next:` in run TAG's output
next_commands() { sed -n '/^Next:/,$p' "$OUTD/$1.out" | sed -n 's/^    \(migtrack .*\)$/\1/p'; }

# run_printed TAG DB CMD — CMD run by sh exactly as printed, `migtrack` being
# the client under test, the database from PGDATABASE; RC, $OUTD/TAG.out/.err
run_printed() {
	RC=0
	PGDATABASE=$2 PATH="$BINDIR:$PATH" timeout 120 sh -c "$3" >"$OUTD/$1.out" 2>"$OUTD/$1.err" </dev/null || RC=$?
}

APP=$W/app
D=$APP/drizzle
new_project "$KIT" "$APP"
for stage in 1_users 2_posts; do
	cp "$E2E_DIR/schema/$stage.ts" "$APP/src/schema/"
	must "generate ${stage#*_}" "$LOGS/gen_$stage.log" kit "$KIT" "$APP" generate --name "${stage#*_}"
done
mapfile -t NAMES <<<"$(local_migrations "$D")"

# ------------------------------------------------------------ no folder given
NODIR=adv_nodir
new_db "$NODIR" migtrack
psql_q "$NODIR" -c 'CREATE TABLE users (id int)' >/dev/null
mt nodir_status -d "$NODIR" status --migrations-schema='app hist'
check_rc "no folder: status exits 0" 0 nodir_status
mapfile -t NODIR_CMDS <<<"$(next_commands nodir_status)"
check_eq "no folder: Next suggests one command, DIR for the folder" \
	"migtrack status DIR --migrations-schema='app hist'" "${NODIR_CMDS[0]}"
BEFORE=$(cd "$APP" && ls -A)
(cd "$APP" && run_printed nodir_pasted "$NODIR" "${NODIR_CMDS[0]}"; echo "$RC" >"$OUTD/nodir_pasted.rc")
check_eq "no folder: pasted as printed, it fails (no folder DIR)" 2 "$(cat "$OUTD/nodir_pasted.rc")"
check_contains "no folder: ... naming DIR" "DIR" "$(err nodir_pasted)"
check_eq "no folder: ... and writes no file where it was pasted" "$BEFORE" "$(cd "$APP" && ls -A)"
(cd "$APP" && run_printed nodir_filled "$NODIR" "${NODIR_CMDS[0]/DIR/drizzle}"; echo "$RC" >"$OUTD/nodir_filled.rc")
check_eq "no folder: with DIR replaced by the folder, it runs" 0 "$(cat "$OUTD/nodir_filled.rc")"
check_contains "no folder: ... and compares the journal's migrations" "${NAMES[1]}" "$(out nodir_filled)"

# ------------------------------------------------------------ wrong database
WRONG=adv_wrong
new_db "$WRONG" migtrack
psql_q "$WRONG" -c 'CREATE TABLE invoices (id int); CREATE TABLE customers (id int)' >/dev/null
mt wrong_check -d "$WRONG" check "$D"
check_rc "wrong database: check exits 0 (migrate would succeed)" 0 wrong_check
check_contains "wrong database: ... and asks whether it is the right database" "right database" "$(out wrong_check)"
check_not_contains "wrong database: ... without claiming migrate would fail" "already exists" "$(out wrong_check)"
if DATABASE_URL=$(db_url "$WRONG") run_logged "$LOGS/wrong_migrate.log" kit "$KIT" "$APP" migrate; then
	pass "wrong database: real drizzle-kit migrate succeeds there"
else
	fail "wrong database: real drizzle-kit migrate succeeds there (exit $?)"
fi

# ------------------------------------------------------------ partial
PART=adv_partial
new_db "$PART" migtrack
DATABASE_URL=$(db_url "$PART") must "partial: push" "$LOGS/partial_push.log" kit "$KIT" "$APP" push --force
psql_q "$PART" -c 'ALTER TABLE users DROP COLUMN created_at; ALTER TABLE posts DROP COLUMN title' >/dev/null
mt partial_status -d "$PART" status "$D"
NEXT=$(sed -n '/^Next:/,$p' "$OUTD/partial_status.out")
check_contains "partial: the advice names the first difference" "public.users.created_at" "$NEXT"
check_contains "partial: ... and the second" "public.posts.title" "$NEXT"
CMD=$(next_commands partial_status | head -1)
check_contains "partial: a command is suggested" "migtrack " "$CMD"
run_printed partial_next "$PART" "$CMD"
if [ "$RC" != 3 ]; then pass "partial: the suggested command ($CMD) is not refused (exit $RC)"; else
	fail "partial: the suggested command ($CMD) is not refused (exit 3)"
	sed 's/^/  # /' "$OUTD/partial_next.err"
fi

# ------------------------------------------------------------ mistyped --migrations-table
MIS=adv_mistyped
new_db "$MIS" migtrack
DATABASE_URL=$(db_url "$MIS") MIGRATIONS_TABLE=app_history must "mistyped: migrate into drizzle.app_history" \
	"$LOGS/mis_migrate.log" kit "$KIT" "$APP" migrate
mt mis_status -d "$MIS" --migrations-table=app_histroy status "$D"
CMD=$(next_commands mis_status | head -1)
check_eq "mistyped: Next names the right table" "migtrack status $D --migrations-table=app_history" "$CMD"
check_not_contains "mistyped: ... not the mistyped one" "app_histroy" "$(next_commands mis_status)"
check_not_contains "mistyped: the history found elsewhere is not listed as another table" "drizzle.app_history" \
	"$(grep -v -E '^(Problems|Next|  untracked_schema)|does not exist' "$OUTD/mis_status.out")"
run_printed mis_next "$MIS" "$CMD"
check_rc "mistyped: that command works" 0 mis_next
check_contains "mistyped: ... and finds the history in sync" "State: in_sync" "$(out mis_next)"

# ------------------------------------------------------------ a failing migrate
FAILAPP=$W/failing
new_project "$KIT" "$FAILAPP"
cp "$E2E_DIR/schema/1_users.ts" "$FAILAPP/src/schema/"
must "failing: generate users" "$LOGS/fail_gen.log" kit "$KIT" "$FAILAPP" generate --name users
must "failing: generate --custom boom" "$LOGS/fail_gen2.log" kit "$KIT" "$FAILAPP" generate --custom --name boom
BOOM=$(local_migrations "$FAILAPP/drizzle" | tail -1)
printf 'CREATE TABLE ok_first (id int);\n--> statement-breakpoint\n-- the second statement fails\nSELECT 1 / 0;\n' \
	>"$FAILAPP/drizzle/$BOOM.sql"
FDB=adv_failing
new_db "$FDB" migtrack
mt fail_migrate -d "$FDB" migrate --yes "$FAILAPP/drizzle"
check_rc "failing: migtrack migrate fails" 2 fail_migrate
check_contains "failing: the error is PostgreSQL's" "division by zero" "$(err fail_migrate)"
check_contains "failing: the output names the migration and the statement, with its line" \
	"migtrack: context: applying migration \"$BOOM\", statement 2 of 2 (line 3 of its file)" "$(err fail_migrate)"
check_eq "failing: nothing written" "absent f" "$(history "$FDB") $(table_exists "$FDB" public.ok_first)"

# ------------------------------------------------------------ permission errors
PERM=adv_perm
new_db "$PERM" migtrack
DATABASE_URL=$(db_url "$PERM") must "perm: migrate" "$LOGS/perm_migrate.log" kit "$KIT" "$APP" migrate
EDITED=$W/edited
cp -r "$D" "$EDITED"
printf -- '-- reviewed\n' >>"$EDITED/${NAMES[0]}.sql"
psql_q "$PERM" >/dev/null <<-'SQL'
	DROP ROLE IF EXISTS adv_deployer; DROP ROLE IF EXISTS adv_nobody;
	CREATE ROLE adv_deployer LOGIN PASSWORD 'pw-deployer';
	CREATE ROLE adv_nobody LOGIN PASSWORD 'pw-nobody';
	GRANT USAGE ON SCHEMA drizzle TO adv_deployer, adv_nobody;
	GRANT SELECT ON drizzle.__drizzle_migrations TO adv_deployer, adv_nobody;
	GRANT EXECUTE ON FUNCTION migtrack_repair(jsonb, text[], bigint[], boolean, boolean, text, text) TO adv_deployer;
SQL
PGUSER=adv_nobody PGPASSWORD=pw-nobody mt perm_noexec -d "$PERM" repair --accept-edit="${NAMES[0]}" --yes "$EDITED"
check_rc "perm: repair without EXECUTE" 2 perm_noexec
check_contains "perm: ... hint with the GRANT EXECUTE" \
	'GRANT EXECUTE ON FUNCTION public.migtrack_repair(jsonb, text[], bigint[], boolean, boolean, text, text) TO "adv_nobody";' \
	"$(err perm_noexec)"
PGUSER=adv_deployer PGPASSWORD=pw-deployer mt perm_noupdate -d "$PERM" repair --accept-edit="${NAMES[0]}" --yes "$EDITED"
check_rc "perm: repair without UPDATE on the history" 2 perm_noupdate
check_contains "perm: ... hint with the GRANT UPDATE" \
	'GRANT UPDATE ON drizzle.__drizzle_migrations TO adv_deployer;' "$(err perm_noupdate)"
GRANT=$(sed -n 's/^.*can grant it: \(GRANT UPDATE .*;\)$/\1/p' "$OUTD/perm_noupdate.err")
psql_q "$PERM" -c "$GRANT" >/dev/null
PGUSER=adv_deployer PGPASSWORD=pw-deployer mt perm_granted -d "$PERM" repair --accept-edit="${NAMES[0]}" --yes "$EDITED"
check_rc "perm: after the GRANT as printed, the repair goes through (UPDATE is all it needs)" 0 perm_granted
check_eq "perm: the row's hash is the edited file's" "$(sha_text "$EDITED/${NAMES[0]}.sql")" \
	"$(psql_q "$PERM" -c "SELECT hash FROM drizzle.__drizzle_migrations ORDER BY id LIMIT 1")"

finish

#!/usr/bin/env bash
# The `migtrack` client's exit statuses and messages (cli/usage.txt), and its
# promise never to print a password:
#   usage errors, unreadable folders (also: a named pipe, socket, device or
#   directory where a file should be, refused before it is opened; a file of
#   1 GB or more), connection failures, a database without the extension, an
#   invalid journal -> 2 with a message naming the cause;
#   refusals -> 3 with nothing written; --help is usage.txt;
#   passwords given in a URI, a conninfo string, PGPASSWORD, DATABASE_URL or at
#   the prompt appear in no output (successful or failed, --verbose, --json);
#   DATABASE_URL is used when nothing else says where to connect, and loses to
#   -d and to the PG* variables (-v says which); no colour escapes when output
#   is not a terminal.
# Issue 16: only 55000 is a refusal (55P03, a lock timeout, exits 2); Ctrl-C
# cancels the server's work; a DETAIL of 20 KB comes through whole; in a
# combined log the plan comes before the refusal about it, and the server's
# warnings keep their place; permission denied for migtrack_sync /
# migtrack_migrate gets a HINT with the exact GRANT.
# Run: pg_virtualenv -t bash test/e2e/cli_errors.sh   (after make install)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=cli_common.sh
source "$E2E_DIR/cli_common.sh"
require_pg_env
# colour must stay off because output is not a terminal, not because of NO_COLOR
unset NO_COLOR

cli_workdir cli_errors

# ---------------------------------------------------------------- migrations by real drizzle-kit
declare -A DIRS
for KIT in kit031 kit1rc; do
	install_kit "$KIT"
	APP=$W/$KIT
	new_project "$KIT" "$APP"
	for stage in 1_users 2_posts; do
		cp "$E2E_DIR/schema/$stage.ts" "$APP/src/schema/"
		must "$KIT: drizzle-kit generate ${stage#*_}" "$LOGS/gen_${KIT}_$stage.log" \
			kit "$KIT" "$APP" generate --name "${stage#*_}"
		sleep 1
	done
	DIRS[$KIT]=$APP/drizzle
done
D0=${DIRS[kit031]}
D1=${DIRS[kit1rc]}
mapfile -t N0 < <(local_migrations "$D0")

# a database where the migrations' objects exist without history
DB=cli_err
new_db "$DB" migtrack
DATABASE_URL=$(db_url "$DB") must "drizzle-kit push" "$LOGS/push.log" kit kit031 "$W/kit031" push --force

# ---------------------------------------------------------------- --help, --version
mt help --help
check_rc "--help" 0 help
check_files_eq "--help prints cli/usage.txt" "$REPO_ROOT/cli/usage.txt" "$OUTD/help.out"
mt help_q -?
check_rc "-?" 0 help_q
mt version --version
check_rc "--version" 0 version
check_contains "--version names migtrack" migtrack "$(out version)"
mt version_v -V
check_rc "-V" 0 version_v

# ---------------------------------------------------------------- usage errors: 2
usage_case() { # NAME ARGS...
	local name=$1
	shift
	mt "usage_$name" -d "$DB" "$@"
	check_rc "usage error: $name" 2 "usage_$name" "$@"
	if [ -s "$OUTD/usage_$name.err" ]; then pass "usage error: $name: message on stderr"; else
		fail "usage error: $name: nothing on stderr"
	fi
}
usage_case "unknown option --bogus" --bogus status "$D0"
usage_case "unknown option -x" -x status "$D0"
usage_case "unknown option after the command" status "$D0" --frobnicate
usage_case "no command" --json
usage_case "unknown command" frobnicate "$D0"
usage_case "check without DIR" check
usage_case "sync without DIR" sync --yes
usage_case "bundle without DIR" bundle
usage_case "--up-to without its value" sync "$D0" --up-to
usage_case "two folders" status "$D0" "$D1"
usage_case "--dry-run with status" status --dry-run "$D0"
usage_case "--yes with check" check --yes "$D0"
usage_case "--in-sync with sync" sync --in-sync --yes "$D0"
check_eq "usage errors wrote nothing" absent "$(history "$DB")"

# ---------------------------------------------------------------- unreadable folders: 2, naming the path
BAD=$W/bad
mkdir -p "$BAD/empty" "$BAD/notdrizzle/sub"
echo 'SELECT 1;' >"$BAD/notdrizzle/readme.sql"
echo 'SELECT 1;' >"$BAD/notdrizzle/sub/other.sql"
echo 'not a folder' >"$BAD/file"
cp -r "$D0" "$BAD/missing_sql"
rm "$BAD/missing_sql/${N0[1]}.sql"
cp -r "$D0" "$BAD/bad_json"
sed -i 's/"entries"/"entries" oops/' "$BAD/bad_json/meta/_journal.json"
cp -r "$D0" "$BAD/truncated_json"
head -c 40 "$D0/meta/_journal.json" >"$BAD/truncated_json/meta/_journal.json"

folder_case() { # NAME DIR NEEDLE
	local name=$1 dir=$2 needle=$3 cmd
	for cmd in status check sync bundle; do
		local extra=()
		[ "$cmd" == sync ] && extra=(--yes)
		mt "folder_${cmd}_$name" -d "$DB" "$cmd" "${extra[@]}" "$dir"
		check_rc "$cmd on $name" 2 "folder_${cmd}_$name" "$cmd" "$dir"
		check_contains "$cmd on $name: the message names $(basename "$needle")" "$needle" "$(err "folder_${cmd}_$name")"
	done
}
folder_case "a missing folder" "$BAD/nonexistent" "$BAD/nonexistent"
folder_case "an empty folder" "$BAD/empty" "$BAD/empty"
folder_case "a folder of stray .sql files" "$BAD/notdrizzle" "$BAD/notdrizzle"
folder_case "a regular file" "$BAD/file" "$BAD/file"
folder_case "a 0.x journal naming a missing .sql" "$BAD/missing_sql" "${N0[1]}.sql"
folder_case "a journal that is not JSON" "$BAD/bad_json" "_journal.json"
folder_case "a truncated journal" "$BAD/truncated_json" "_journal.json"

# files that are not regular files: refused before they are opened (a named
# pipe would block for ever), naming the path; and a file of 1 GB or more,
# which PostgreSQL cannot take: an error (2), not "untracked/diverged" (1)
mkdir -p "$BAD/dirs"
cp -r "$D0" "$BAD/fifo_sql"
rm "$BAD/fifo_sql/${N0[1]}.sql"
mkfifo "$BAD/fifo_sql/${N0[1]}.sql"
cp -r "$D0" "$BAD/fifo_journal"
rm "$BAD/fifo_journal/meta/_journal.json"
mkfifo "$BAD/fifo_journal/meta/_journal.json"
cp -r "$D1" "$BAD/fifo_1rc"
mapfile -t N1 < <(local_migrations "$D1")
rm "$BAD/fifo_1rc/${N1[1]}/migration.sql"
mkfifo "$BAD/fifo_1rc/${N1[1]}/migration.sql"
cp -r "$D0" "$BAD/dir_sql"
rm "$BAD/dir_sql/${N0[1]}.sql"
mkdir "$BAD/dir_sql/${N0[1]}.sql"
cp -r "$D0" "$BAD/device_sql"
ln -sf /dev/zero "$BAD/device_sql/${N0[1]}.sql"
cp -r "$D0" "$BAD/socket_sql"
rm "$BAD/socket_sql/${N0[1]}.sql"
python3 -c 'import socket, sys; socket.socket(socket.AF_UNIX).bind(sys.argv[1])' "$BAD/socket_sql/${N0[1]}.sql"
cp -r "$D0" "$BAD/huge_sql"
truncate -s 1100M "$BAD/huge_sql/${N0[1]}.sql" # sparse: no disk used
MT_TIMEOUT=20 folder_case "a named pipe as a migration file" "$BAD/fifo_sql" "${N0[1]}.sql"
MT_TIMEOUT=20 folder_case "a named pipe as the journal" "$BAD/fifo_journal" "_journal.json"
MT_TIMEOUT=20 folder_case "a named pipe as a 1.0 migration file" "$BAD/fifo_1rc" "${N1[1]}/migration.sql"
MT_TIMEOUT=20 folder_case "a directory named like a migration file" "$BAD/dir_sql" "${N0[1]}.sql"
MT_TIMEOUT=20 folder_case "a device as a migration file" "$BAD/device_sql" "${N0[1]}.sql"
MT_TIMEOUT=20 folder_case "a socket as a migration file" "$BAD/socket_sql" "${N0[1]}.sql"
MT_TIMEOUT=60 folder_case "a migration file of 1.1 GB" "$BAD/huge_sql" "${N0[1]}.sql"
check_contains "a named pipe: the message says what it is" "named pipe" "$(err "folder_status_a named pipe as a migration file")"
check_contains "a 1.1 GB file: the message says it is too large" "too large" "$(err "folder_check_a migration file of 1.1 GB")"
check_eq "folder errors wrote nothing" absent "$(history "$DB")"

# a journal the server rejects (entries[1].when a string): invalid journal, 2
cp -r "$D0" "$BAD/when_string"
node -e 'const fs = require("fs"), p = process.argv[1], j = JSON.parse(fs.readFileSync(p, "utf8"));
	j.entries[1].when = "yesterday"; fs.writeFileSync(p, JSON.stringify(j));' "$BAD/when_string/meta/_journal.json"
mt invalid_journal -d "$DB" sync --yes "$BAD/when_string"
check_rc "sync with an invalid journal (when is a string)" 2 invalid_journal
check_contains "invalid journal: the message names the field" "when" "$(err invalid_journal)"
mt invalid_journal_status -d "$DB" status "$BAD/when_string"
check_rc "status with an invalid journal" 2 invalid_journal_status

# ---------------------------------------------------------------- connection errors: 2
# the connection is made while the folder is read: a bad folder is still what is
# reported, whether the server is unreachable or reachable, and a good folder
# with an unreachable server reports the connection
mt folder_then_conn -d "$DB" -p 1 status "$BAD/truncated_json"
check_rc "bad folder, unreachable server: the folder's error" 2 folder_then_conn
check_contains "bad folder, unreachable server: the message names the journal" "_journal.json" "$(err folder_then_conn)"
check_not_contains "bad folder, unreachable server: no connection message" "connection" "$(err folder_then_conn)"
mt conn_port -d "$DB" -p 1 status "$D0"
check_rc "connection refused (wrong port)" 2 conn_port
mt conn_host -d "$DB" -h /nonexistent/socket/dir status "$D0"
check_rc "connection failed (no such socket directory)" 2 conn_host
mt conn_db -d no_such_database status "$D0"
check_rc "connection failed (unknown database)" 2 conn_db
check_contains "unknown database: libpq's message shown" no_such_database "$(err conn_db)"
mt conn_user -d "$DB" -U no_such_role status "$D0"
check_rc "connection failed (unknown role)" 2 conn_user
mt conn_nopw_w -w -U postgres -d "$DB" status "$D0" # PGPASSWORD still set: fine
check_rc "-w with PGPASSWORD set connects" 0 conn_nopw_w
PGPASSWORD='' mt_nopg conn_nopw -w -h localhost -p "$PGPORT" -U postgres -d "$DB" status "$D0"
check_rc "-w and no password anywhere: connection error, no prompt" 2 conn_nopw

# ---------------------------------------------------------------- extension missing: 2
NOEXT=cli_noext
new_db "$NOEXT"
DATABASE_URL=$(db_url "$NOEXT") must "drizzle-kit push (no extension)" "$LOGS/push_noext.log" kit kit031 "$W/kit031" push --force
for args in "status $D0" "status" "check $D0" "sync --yes $D0" "sync --dry-run $D1"; do
	# shellcheck disable=SC2086 # word-split on purpose
	mt noext -d "$NOEXT" $args
	check_rc "without the extension: $args" 2 noext
	check_contains "without the extension: $args: the message says CREATE EXTENSION migtrack" \
		"CREATE EXTENSION migtrack" "$(err noext)"
done
check_eq "without the extension: nothing written" absent "$(history "$NOEXT")"

# the extension in a schema that is not on the search_path: found all the same
ELSE=cli_elsewhere
new_db "$ELSE"
psql_q "$ELSE" -c 'CREATE SCHEMA tools; CREATE EXTENSION migtrack SCHEMA tools' >/dev/null
DATABASE_URL=$(db_url "$ELSE") must "drizzle-kit push (extension in schema tools)" "$LOGS/push_else.log" kit kit031 "$W/kit031" push --force
PGOPTIONS="-c search_path=public" mt else_status -d "$ELSE" --json status "$D0"
check_rc "extension in another schema: status" 0 else_status
check_eq "extension in another schema: untracked" untracked "$(jget "$OUTD/else_status.out" j.state)"

# ---------------------------------------------------------------- refusals: 3, nothing written
FRESH=cli_fresh
new_db "$FRESH" migtrack
mt fresh_sync -d "$FRESH" sync --yes "$D0"
check_rc "sync --yes on a database with no user tables (refused)" 3 fresh_sync
check_eq "refused on an empty database: nothing written" absent "$(history "$FRESH")"
mt fresh_check -d "$FRESH" check "$D0"
check_rc "check on a fresh database (drizzle-kit migrate will build it)" 0 fresh_check

mt upto_unknown -d "$DB" sync --yes --up-to=9999_nope "$D0"
if [ "$RC" != 0 ]; then pass "sync --up-to an unknown migration fails (exit $RC)"; else
	fail "sync --up-to an unknown migration succeeded"
fi
check_eq "sync --up-to an unknown migration: nothing written" absent "$(history "$DB")"

# an unknown row (a migration file deleted after it was applied): check 1, sync 3
cp -r "$D1" "$BAD/one_less_1rc"
mapfile -t N1 < <(local_migrations "$D1")
UNK=cli_unknown
new_db "$UNK" migtrack
DATABASE_URL=$(db_url "$UNK") must "drizzle-kit migrate (1.0)" "$LOGS/migrate_unk.log" kit kit1rc "$W/kit1rc" migrate
rm -r "${BAD:?}/one_less_1rc/${N1[1]}"
rows "$UNK" '*' >"$W/unk_before.tsv"
mt unk_check -d "$UNK" check "$BAD/one_less_1rc"
check_rc "check when a recorded migration's folder was deleted (diverged)" 1 unk_check
mt unk_sync -d "$UNK" sync --yes "$BAD/one_less_1rc"
check_rc "sync --yes when a recorded migration's folder was deleted (refused)" 3 unk_sync
rows "$UNK" '*' >"$W/unk_after.tsv"
check_files_eq "refused: the history is unchanged" "$W/unk_before.tsv" "$W/unk_after.tsv"

# ---------------------------------------------------------------- issue 16: PostgreSQL's frontend manners
# only 55000 is a refusal (3): 55P03, a lock timeout, is an error (2)
LOCKDB=cli_lock
PGOPTIONS="-c client_min_messages=warning" dropdb --if-exists "$LOCKDB"
createdb -T "$DB" "$LOCKDB"
mt lock_setup -d "$LOCKDB" sync --yes "$D0"
check_rc "lock: a history to lock (sync --yes)" 0 lock_setup
PGAPPNAME=mt_locker psql -X -q -d "$LOCKDB" \
	-c 'BEGIN; LOCK TABLE drizzle.__drizzle_migrations IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(300); COMMIT' \
	>/dev/null 2>&1 &
LOCKER=$!
locked=0
for _ in $(seq 100); do
	locked=$(psql_q "$LOCKDB" -c "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a USING (pid)
		WHERE a.application_name = 'mt_locker' AND l.mode = 'AccessExclusiveLock' AND l.granted
		  AND l.relation = 'drizzle.__drizzle_migrations'::regclass")
	[ "$locked" == 1 ] && break
	sleep 0.1
done
check_eq "lock: another session holds the history table" 1 "$locked"
PGOPTIONS='-c lock_timeout=100ms' mt lock_status -d "$LOCKDB" status "$D0"
check_rc "55P03 (lock timeout) in status is an error, not a refusal" 2 lock_status
check_contains "55P03: the server's message is shown" "lock timeout" "$(err lock_status)"
PGOPTIONS='-c lock_timeout=100ms' mt lock_sync -d "$LOCKDB" sync --yes "$D0"
check_rc "55P03 (lock timeout) in sync is an error, not a refusal" 2 lock_sync
PGOPTIONS='-c lock_timeout=100ms' mt lock_migrate -d "$LOCKDB" migrate --dry-run "$D0"
check_rc "55P03 (lock timeout) in migrate is an error, not a refusal" 2 lock_migrate

# Ctrl-C while the server waits for that lock cancels the server's work: the
# client exits 2 with the server's "canceling statement", and its backend is
# gone (a client killed outright would leave it waiting for the lock)
RC=0
timeout --preserve-status -s INT 3 "$MIGTRACK" -d "$LOCKDB" status "$D0" \
	>"$OUTD/cancel.out" 2>"$OUTD/cancel.err" </dev/null || RC=$?
check_rc "Ctrl-C during a query: exit 2" 2 cancel
check_contains "Ctrl-C: the server canceled the statement" "canceling statement due to user request" "$(err cancel)"
waiting=1
for _ in $(seq 50); do
	waiting=$(psql_q "$LOCKDB" -c "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'migtrack'")
	[ "$waiting" == 0 ] && break
	sleep 0.1
done
check_eq "Ctrl-C: no migtrack backend left waiting for the lock" 0 "$waiting"
psql_q "$LOCKDB" -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'mt_locker'" >/dev/null
wait "$LOCKER" || true
# Ctrl-C at the confirmation prompt (no query running): the client stops there,
# killed by SIGINT as without a handler (pty_run reports a signal as 256 - signal)
if pty_run $'\x03' "$OUTD/ctrl_c_prompt.log" "$MIGTRACK" -d "$DB" sync "$D0"; then RC=0; else RC=$?; fi
check_eq "Ctrl-C at the prompt: killed by SIGINT" 254 "$RC"
check_contains "Ctrl-C at the prompt: it was asking" "[y/N]" "$(cat "$OUTD/ctrl_c_prompt.log")"
check_eq "Ctrl-C at the prompt: nothing written" absent "$(history "$DB")"

# a DETAIL of any length comes through whole (an own 8 KB buffer used to cut
# it): one migration creating 600 long-named tables, absent -> sync refuses,
# naming every one
LONG=$W/long_detail
mkdir -p "$LONG/meta"
printf 'CREATE TABLE "base_t" ("id" integer);' >"$LONG/0000_base.sql"
for i in $(seq -w 1 600); do
	printf 'CREATE TABLE "a_table_with_a_rather_long_name_number_%s" ("id" integer);\n--> statement-breakpoint\n' "$i"
done >"$LONG/0001_many.sql"
printf '%s\n' '{"version": "7", "dialect": "postgresql", "entries": [' \
	' {"idx": 0, "version": "7", "when": 1700000000000, "tag": "0000_base", "breakpoints": true},' \
	' {"idx": 1, "version": "7", "when": 1700000001000, "tag": "0001_many", "breakpoints": true}]}' \
	>"$LONG/meta/_journal.json"
LONGDB=cli_long_detail
new_db "$LONGDB" migtrack
psql_q "$LONGDB" -c 'CREATE TABLE base_t (id integer)' >/dev/null
mt long_detail -d "$LONGDB" sync --yes "$LONG"
check_rc "a refusal with a long DETAIL" 3 long_detail
check_eq "the long DETAIL names all 600 missing tables" 600 \
	"$(grep -o 'a_table_with_a_rather_long_name_number_[0-9]*' "$OUTD/long_detail.err" | sort -u | wc -l)"
if [ "$(wc -c <"$OUTD/long_detail.err")" -gt 20000 ]; then
	pass "the long DETAIL: $(wc -c <"$OUTD/long_detail.err") bytes on stderr, whole"
else
	fail "the long DETAIL is over 20 KB ($(wc -c <"$OUTD/long_detail.err") bytes on stderr)"
fi
check_contains "the long DETAIL: PostgreSQL's frontend format" "migtrack: detail: " "$(err long_detail)"
check_eq "a refusal with a long DETAIL wrote nothing" absent "$(history "$LONGDB")"

# output order in a combined log (> f 2>&1): the plan, then the refusal about it
RC=0
"$MIGTRACK" -d "$DB" sync "$D0" >"$OUTD/order.log" 2>&1 </dev/null || RC=$?
check_eq "combined log: sync without a terminal is refused" 3 "$RC"
plan_line=$(grep -n -m1 'To record' "$OUTD/order.log" | cut -d: -f1 || true)
last_plan_line=$(grep -n -F "${N0[${#N0[@]}-1]}" "$OUTD/order.log" | tail -1 | cut -d: -f1 || true)
refusal_line=$(grep -n -m1 'not recording without confirmation' "$OUTD/order.log" | cut -d: -f1 || true)
hint_line=$(grep -n -m1 'hint: Check the plan above' "$OUTD/order.log" | cut -d: -f1 || true)
if [ -n "$plan_line" ] && [ -n "$last_plan_line" ] && [ -n "$refusal_line" ] && [ -n "$hint_line" ] &&
	[ "$plan_line" -lt "$refusal_line" ] && [ "$last_plan_line" -lt "$refusal_line" ] &&
	[ "$refusal_line" -lt "$hint_line" ]; then
	pass "combined log: the plan (lines $plan_line-$last_plan_line), then the refusal (line $refusal_line), then its hint"
else
	fail "combined log: the plan, then the refusal, then its hint"
	sed 's/^/  #   /' "$OUTD/order.log"
fi
# the server's notices (here --force's WARNINGs, sent during the write after
# the plan) keep their place too
createdb -T "$LONGDB" "${LONGDB}_force"
RC=0
"$MIGTRACK" -d "${LONGDB}_force" sync --force --yes "$LONG" >"$OUTD/order_force.log" 2>&1 </dev/null || RC=$?
check_eq "combined log: sync --force --yes" 0 "$RC"
plan_line=$(grep -n -m1 'To record' "$OUTD/order_force.log" | cut -d: -f1 || true)
done_line=$(grep -n -m1 '^Recorded' "$OUTD/order_force.log" | cut -d: -f1 || true)
warning_lines=$(awk -v p="${plan_line:-0}" -v d="${done_line:-0}" '/WARNING/ && NR > p && NR < d' "$OUTD/order_force.log" | wc -l)
if [ -n "$plan_line" ] && [ -n "$done_line" ] && [ "$warning_lines" -ge 1 ]; then
	pass "combined log: --force's WARNING between the plan (line $plan_line) and \"Recorded\" (line $done_line)"
else
	fail "combined log: --force's WARNING between the plan and \"Recorded\""
	cut -c1-200 "$OUTD/order_force.log" | sed 's/^/  #   /'
fi

# permission denied for the write functions: a HINT with the exact GRANT (the
# role's name quoted), and only when EXECUTE is what is missing
psql_q postgres -c "DROP ROLE IF EXISTS \"Mt NoExec\"" -c "CREATE ROLE \"Mt NoExec\" LOGIN PASSWORD 'pw-noexec-16'" >/dev/null
GRANT_SYNC='GRANT EXECUTE ON FUNCTION public.migtrack_sync(jsonb, text, text, boolean, text, text[], boolean, boolean) TO "Mt NoExec";'
# migrate's argument types as the catalog has them (they grow with the versions)
GRANT_MIGRATE="GRANT EXECUTE ON FUNCTION $(psql_q "$DB" -c "SELECT 'public.migtrack_migrate(' ||
	(SELECT string_agg(format_type(t, NULL), ', ' ORDER BY i) FROM unnest(proargtypes::oid[]) WITH ORDINALITY AS a(t, i))
	|| ')' FROM pg_proc WHERE proname = 'migtrack_migrate'") TO \"Mt NoExec\";"
PGUSER="Mt NoExec" PGPASSWORD=pw-noexec-16 PGHOST=localhost mt noexec_sync -d "$DB" sync --dry-run "$D0"
check_rc "no EXECUTE on migtrack_sync: an error (42501), exit 2" 2 noexec_sync
check_contains "no EXECUTE on migtrack_sync: the server's message" "permission denied for function migtrack_sync" "$(err noexec_sync)"
check_contains "no EXECUTE on migtrack_sync: a HINT with the exact GRANT" "$GRANT_SYNC" "$(err noexec_sync)"
PGUSER="Mt NoExec" PGPASSWORD=pw-noexec-16 PGHOST=localhost mt noexec_migrate -d "$DB" migrate --dry-run "$D0"
check_rc "no EXECUTE on migtrack_migrate: exit 2" 2 noexec_migrate
check_contains "no EXECUTE on migtrack_migrate: a HINT with the exact GRANT" "$GRANT_MIGRATE" "$(err noexec_migrate)"
# a role set with SET ROLE (PGOPTIONS): the GRANT names the current user, not the login
PGOPTIONS='-c role=Mt\ NoExec' mt noexec_setrole -d "$DB" sync --dry-run "$D0"
check_rc "no EXECUTE for the current user (SET ROLE): exit 2" 2 noexec_setrole
check_contains "no EXECUTE for the current user (SET ROLE): the GRANT names it" "$GRANT_SYNC" "$(err noexec_setrole)"
# the hints are exact: run as printed, the same calls are past the functions' privilege
psql_q "$DB" -c "$(grep -o 'GRANT EXECUTE ON FUNCTION .*;' "$OUTD/noexec_sync.err")" >/dev/null
psql_q "$DB" -c "$(grep -o 'GRANT EXECUTE ON FUNCTION .*;' "$OUTD/noexec_migrate.err")" >/dev/null
PGUSER="Mt NoExec" PGPASSWORD=pw-noexec-16 PGHOST=localhost mt noexec_granted_migrate -d "$DB" migrate --dry-run "$D0"
check_not_contains "after the GRANT from migrate's hint: no longer denied EXECUTE" "permission denied for function" "$(both noexec_granted_migrate)"
PGUSER="Mt NoExec" PGPASSWORD=pw-noexec-16 PGHOST=localhost mt noexec_granted -d "$DB" sync --yes "$D0"
check_not_contains "after the GRANT from the hint: no longer denied EXECUTE" "permission denied for function" "$(both noexec_granted)"
check_not_contains "when another privilege is missing: no GRANT EXECUTE hint" "GRANT EXECUTE" "$(err noexec_granted)"
note "after the GRANT, sync --yes as \"Mt NoExec\": exit $RC: $(grep -m1 'error:' "$OUTD/noexec_granted.err" || true)"
check_eq "permission errors wrote nothing" absent "$(history "$DB")"

# ================================================================ passwords
P1='S3cr3t-Pa55-xyzzy'
P2='pl:u@g/h %?#&=plugh-é'
PWRONG='Wr0ng-Pa55-quux'
ENC() { node -p 'encodeURIComponent(process.argv[1])' "$1"; }
P2E=$(ENC "$P2")
psql_q postgres -c "CREATE ROLE mt_app LOGIN SUPERUSER PASSWORD '$P1'" >/dev/null
psql_q postgres -c "CREATE ROLE mt_odd LOGIN SUPERUSER PASSWORD '$P2'" >/dev/null
PWA=cli_pw_a # untracked (pushed)
PWB=cli_pw_b # another database, with a table of its own
new_db "$PWA" migtrack
DATABASE_URL=$(db_url "$PWA") must "drizzle-kit push (password db)" "$LOGS/push_pw.log" kit kit031 "$W/kit031" push --force
new_db "$PWB" migtrack
psql_q "$PWB" -c 'CREATE TABLE only_in_b (id int)' >/dev/null
H=localhost
U1="postgresql://mt_app:$P1@$H:$PGPORT/$PWA"
U1B="postgresql://mt_app:$P1@$H:$PGPORT/$PWB"
U2="postgresql://mt_odd:$P2E@$H:$PGPORT/$PWA"
PWOUT=() # tags whose output is checked for passwords

pw() { # TAG WANT_RC ARGS... (PG* set)
	local tag=$1 want=$2
	shift 2
	mt "$tag" "$@"
	check_rc "passwords: $tag" "$want" "$tag"
	PWOUT+=("$tag")
}
pw_url() { # TAG WANT_RC ARGS... (only DATABASE_URL and the arguments)
	local tag=$1 want=$2
	shift 2
	mt_nopg "$tag" "$@"
	check_rc "passwords: $tag" "$want" "$tag"
	PWOUT+=("$tag")
}

# -d URI
pw uri_status_verbose 0 -d "$U1" --verbose status "$D0"
pw uri_json 0 -d "$U1" --json status "$D0"
pw uri_check_verbose 1 -d "$U1" -v check "$D0"
pw uri_dry_verbose 0 -d "$U1" -v sync --dry-run "$D0"
pw uri_refused_verbose 3 -d "$U1" -v sync "$D0"
pw uri_wrong_password 2 -d "postgresql://mt_app:$PWRONG@$H:$PGPORT/$PWA" -v status "$D0"
pw uri_wrong_port 2 -d "postgresql://mt_app:$P1@$H:1/$PWA" -v status "$D0"
pw uri_unknown_db 2 -d "postgresql://mt_app:$P1@$H:$PGPORT/no_such_db" -v status "$D0"
pw uri_bad_ipv6 2 -d "postgresql://mt_app:$P1@[$H:$PGPORT/$PWA" -v status "$D0"
pw uri_bad_param 2 -d "postgresql://mt_app:$P1@$H:$PGPORT/$PWA?bogus=1" -v status "$D0"
pw uri_bad_sslmode 2 -d "postgresql://mt_app:$P1@$H:$PGPORT/$PWA?sslmode=sometimes" -v status "$D0"
pw uri_bad_port 2 -d "postgresql://mt_app:$P1@$H:port/$PWA" -v status "$D0"
pw uri_bad_percent 2 -d "postgresql://mt_app:$P1%zz@$H:$PGPORT/$PWA" -v status "$D0"
pw uri_no_db_ext 2 -d "postgresql://mt_app:$P1@$H:$PGPORT/postgres" -v status "$D0"
pw uri_bad_folder 2 -d "$U1" -v status "$BAD/nonexistent"
# a password needing percent-encoding
pw uri2_status_verbose 0 -d "$U2" --verbose status "$D0"
pw uri2_json 0 -d "$U2" --json status "$D0"
pw uri2_wrong_port 2 -d "postgresql://mt_odd:$P2E@$H:1/$PWA" -v status "$D0"
pw uri2_bad_param 2 -d "$U2?bogus=1" -v status "$D0"
pw uri2_raw 2 -d "postgresql://mt_odd:$P2@$H:$PGPORT/$PWA" -v status "$D0"
# conninfo strings
pw conninfo_verbose 0 -d "host=$H port=$PGPORT user=mt_app password=$P1 dbname=$PWA" -v status "$D0"
pw conninfo2_verbose 0 -d "host=$H port=$PGPORT user=mt_odd password='$P2' dbname=$PWA" -v --json status "$D0"
pw conninfo_wrong_port 2 -d "host=$H port=1 user=mt_app password=$P1 dbname=$PWA" -v status "$D0"
pw conninfo_bad_keyword 2 -d "host=$H port=$PGPORT user=mt_app password=$P1 dbname=$PWA frobnicate=1" -v status "$D0"
pw conninfo_unterminated 2 -d "host=$H user=mt_app password='$P1 dbname=$PWA" -v status "$D0"
# PGPASSWORD
PGPASSWORD=$P1 pw pgpassword_verbose 0 -U mt_app -d "$PWA" -v status "$D0"
PGPASSWORD=$P1 pw pgpassword_wrong_port 2 -U mt_app -d "$PWA" -p 1 -v status "$D0"
PGPASSWORD=$PWRONG pw pgpassword_wrong 2 -U mt_app -d "$PWA" -v status "$D0"
PGPASSWORD=$P1 pw pgpassword_no_db 2 -U mt_app -d no_such_db -v --json status "$D0"

# DATABASE_URL with no PG* variable set
DATABASE_URL=$U1 pw_url env_verbose 0 -v status "$D0"
check_contains "-v says DATABASE_URL is used" "using DATABASE_URL=" "$(err env_verbose)"
# -v says when DATABASE_URL is ignored, and why
DATABASE_URL=$U1 pw_url env_ignored_d 0 -v -d "$U1B" --json status
check_contains "-v: DATABASE_URL ignored because of -d" "DATABASE_URL is ignored: -d given" "$(err env_ignored_d)"
DATABASE_URL=$U1 PGDATABASE=$PWB pw env_ignored_pg 0 -v --json status
check_contains "-v: DATABASE_URL ignored because of the PG* variables" "DATABASE_URL is ignored: " "$(err env_ignored_pg)"
check_contains "-v: ... naming PGDATABASE" "PGDATABASE" "$(err env_ignored_pg)"
DATABASE_URL=$U1 pw_url env_ignored_quiet 0 -d "$U1B" --json status
check_eq "without -v nothing is said about DATABASE_URL" "" "$(err env_ignored_quiet)"
DATABASE_URL=$U1 pw_url env_json 0 --json status
check_eq "DATABASE_URL is used when no PG* variable is set" '["public.posts","public.users"]' \
	"$(jget "$OUTD/env_json.out" 'j.tables && j.tables.slice().sort()')"
DATABASE_URL=$U1 pw_url env_d_wins 0 -d "$U1B" --json status
check_eq "-d beats DATABASE_URL" '["public.only_in_b"]' "$(jget "$OUTD/env_d_wins.out" 'j.tables')"
DATABASE_URL=$U1 PGDATABASE=$PWB pw pg_env_wins 0 --json status
check_eq "PGDATABASE (with the PG* environment) beats DATABASE_URL" '["public.only_in_b"]' \
	"$(jget "$OUTD/pg_env_wins.out" 'j.tables')"
DATABASE_URL=$U1 pw_url env_sync_verbose 0 -v sync --yes "$D0"
check_eq "sync through DATABASE_URL recorded the migrations" "${#N0[@]}" "$(history "$PWA")"
DATABASE_URL=$U2 pw_url env2_verbose 0 -v --json status "$D0"
# PGPASSWORD is not among the variables that say where to connect: DATABASE_URL
# (without a password) is still used, with PGPASSWORD's password
RC=0
env -u PGHOST -u PGHOSTADDR -u PGPORT -u PGUSER -u PGDATABASE -u PGSERVICE PGPASSWORD="$P1" \
	DATABASE_URL="postgresql://mt_app@$H:$PGPORT/$PWA" timeout 120 "$MIGTRACK" -v --json status \
	>"$OUTD/env_pgpassword.out" 2>"$OUTD/env_pgpassword.err" </dev/null || RC=$?
check_rc "passwords: env_pgpassword: DATABASE_URL without a password, PGPASSWORD set" 0 env_pgpassword
check_eq "DATABASE_URL is used when only PGPASSWORD is set" '["public.posts","public.users"]' \
	"$(jget "$OUTD/env_pgpassword.out" 'j.tables && j.tables.slice().sort()')"
PWOUT+=(env_pgpassword)
DATABASE_URL="postgresql://mt_app:$PWRONG@$H:$PGPORT/$PWA" pw_url env_wrong_password 2 -v status "$D0"
DATABASE_URL="postgresql://mt_app:$P1@$H:1/$PWA" pw_url env_wrong_port 2 -v status "$D0"
DATABASE_URL="postgresql://mt_app:$P1@$H:$PGPORT/no_such_db" pw_url env_unknown_db 2 -v status "$D0"
DATABASE_URL="postgresql://mt_app:$P1@[$H:$PGPORT/$PWA" pw_url env_malformed 2 -v status "$D0"
DATABASE_URL="postgresql://mt_odd:$P2E@$H:$PGPORT/$PWA?bogus=1" pw_url env2_malformed 2 -v status "$D0"
DATABASE_URL="postgresql://mt_odd:$P2E@$H:$PGPORT/postgres" pw_url env2_no_ext 2 -v status "$D0"

# a URI given where it does not belong: still a usage error, still masked
pw usage_extra_arg 2 status "$D0" "$U1"
pw usage_unknown_option 2 --database-url="$U1" status "$D0"
pw usage_unknown_option2 2 --url "$U2" status "$D0"

# the password prompt (-W) on a pseudo-terminal: typed, never shown
pty_pw() { # TAG WANT_RC ANSWER ARGS...
	local tag=$1 want=$2 answer=$3
	shift 3
	if pty_run "$answer" "$OUTD/$tag.out" env -u PGPASSWORD "$MIGTRACK" "$@"; then RC=0; else RC=$?; fi
	: >"$OUTD/$tag.err"
	check_rc "passwords: $tag" "$want" "$tag"
	PWOUT+=("$tag")
}
pty_pw prompt_ok 0 "$P1" -W -h "$H" -p "$PGPORT" -U mt_app -d "$PWA" -v status "$D0"
check_contains "passwords: -W prompted on the terminal" "assword" "$(out prompt_ok)"
pty_pw prompt_wrong 2 "$PWRONG" -W -h "$H" -p "$PGPORT" -U mt_app -d "$PWA" -v status "$D0"
pty_pw prompt_needed 0 "$P2" -h "$H" -p "$PGPORT" -U mt_odd -d "$PWA" -v --json status "$D0"

NEEDLES=("$P1" xyzzy "$P2" "$P2E" "$(node -p 'encodeURIComponent(process.argv[1]).toLowerCase()' "$P2")" plugh "$PWRONG" quux)
for tag in "${PWOUT[@]}"; do
	leaked=()
	for n in "${NEEDLES[@]}"; do
		if grep -qF -- "$n" "$OUTD/$tag.out" "$OUTD/$tag.err"; then leaked+=("$n"); fi
	done
	if [ ${#leaked[@]} -eq 0 ]; then
		pass "passwords: none in the output of $tag"
	else
		fail "passwords: the output of $tag shows $(printf '%q ' "${leaked[@]}")"
		grep -hF -e xyzzy -e plugh -e quux "$OUTD/$tag.out" "$OUTD/$tag.err" | head -3 | sed 's/^/  #   /'
	fi
done
# the checks above can fail: the outputs do mention the connections
check_contains "passwords: --verbose says where it connected" "mt_app" "$(both uri_status_verbose)"

# ---------------------------------------------------------------- no colour off a terminal
esc=0
for f in "$OUTD"/*.out "$OUTD"/*.err; do
	case $f in */prompt_*) continue ;; esac # those ran on a terminal
	if grep -q $'\033' "$f"; then
		esc=$((esc + 1))
		note "ESC in $f"
	fi
done
check_eq "no ESC in any output written to a file (NO_COLOR unset)" 0 "$esc"

finish

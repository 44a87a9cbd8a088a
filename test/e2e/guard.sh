#!/usr/bin/env bash
# The guard (migtrack.guard = error, set with ALTER DATABASE before anything
# runs) against the real drizzle tools, both kits: drizzle-kit migrate passes
# (its own schema/table creation and 1.0's in-place upgrade of a 0.x table
# included) and writes the same rows as on an unguarded database; drizzle-kit
# push fails and leaves the schema untouched; psql DDL is refused, temporary
# tables are not, SET LOCAL migtrack.guard = off is an override on record in
# the server log and in migtrack.audit; the push incident is repaired with `migtrack sync` under the
# guard and drizzle's migrate is then a no-op.
# Run: pg_virtualenv -t bash test/e2e/guard.sh   (after make install)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_pg_env
install_kit kit031
install_kit kit1rc

MIGTRACK=${MIGTRACK_BIN:-$(pg_config --bindir)/migtrack}
MSG="schema change outside a tracked migration"
W=$(fresh_workdir guard)
LOGS=$W/logs
mkdir -p "$LOGS"

# guard_on DB — the way a DBA turns it on; applies to new connections
guard_on() { psql_q "$1" -c "ALTER DATABASE \"$1\" SET migtrack.guard = 'error'" >/dev/null; }

# expect_fail NAME LOG CMD... — CMD must exit non-zero
expect_fail() {
	local name=$1 log=$2
	shift 2
	if run_logged "$log" "$@"; then
		fail "$name (exit 0)"
		tail -15 "$log" | sed 's/^/  # /'
	else
		pass "$name (exit $?)"
	fi
}


# show_log LABEL LOG — record what a tool printed (the report quotes it)
show_log() {
	note "$1 printed:"
	sed 's/\x1b\[[0-9;]*[A-Za-z]//g' "$2" | tr '\r' '\n' | grep -v '^[[:space:]]*$' | tail -25 | sed 's/^/  #   | /'
}

count_rows() { psql_q "$1" -c 'SELECT count(*) FROM drizzle.__drizzle_migrations'; }

for KIT in kit031 kit1rc; do
	COLS=$(tracking_columns "$KIT")
	APP=$W/$KIT/app
	new_project "$KIT" "$APP"
	for stage in 1_users 2_posts; do
		cp "$E2E_DIR/schema/$stage.ts" "$APP/src/schema/"
		must "$KIT: drizzle-kit generate ${stage#*_}" "$LOGS/${KIT}_generate_$stage.log" \
			kit "$KIT" "$APP" generate --name "${stage#*_}"
		sleep 1 # 1.0 stamps migrations by the second
	done

	# ------------------------------------------------------------ 1. migrate under the guard
	REF=${KIT}_g_ref # the same steps without migtrack: what drizzle writes
	DB=${KIT}_g_app
	new_db "$REF"
	new_db "$DB" migtrack
	guard_on "$DB"
	check_eq "$KIT: a new connection has migtrack.guard = error" error "$(psql_q "$DB" -c 'SHOW migtrack.guard')"
	check_eq "$KIT: fresh database (no drizzle schema yet)" f "$(table_exists "$DB" drizzle.__drizzle_migrations)"

	DATABASE_URL=$(db_url "$REF") must "$KIT: drizzle-kit migrate (reference, no guard)" \
		"$LOGS/${KIT}_migrate_ref1.log" kit "$KIT" "$APP" migrate
	DATABASE_URL=$(db_url "$DB") check_ok "$KIT: drizzle-kit migrate under guard=error on a fresh database" \
		"$LOGS/${KIT}_migrate1.log" kit "$KIT" "$APP" migrate
	check_eq "$KIT: migrate created the tables under the guard" "t t" \
		"$(table_exists "$DB" public.users) $(table_exists "$DB" public.posts)"
	tracking_rows "$REF" "$COLS" >"$W/${KIT}_ref1.tsv"
	tracking_rows "$DB" "$COLS" >"$W/${KIT}_db1.tsv"
	check_eq "$KIT: drizzle wrote 2 rows" 2 "$(wc -l <"$W/${KIT}_db1.tsv")"
	check_files_eq "$KIT: rows under the guard = rows without it" "$W/${KIT}_ref1.tsv" "$W/${KIT}_db1.tsv"

	# ------------------------------------------------------------ 2. push is refused
	cp "$E2E_DIR/schema/3_settings.ts" "$APP/src/schema/"
	# first, without the filter and without the guard: what a team gets after
	# `CREATE EXTENSION migtrack` as the README says
	PLAIN=$W/$KIT/plain
	new_project "$KIT" "$PLAIN"
	cp "$APP"/src/schema/*.ts "$PLAIN/src/schema/"
	createdb -T "$DB" "${DB}_plain"
	psql_q "${DB}_plain" -c "ALTER DATABASE \"${DB}_plain\" RESET migtrack.guard" >/dev/null
	if [ "$KIT" != kit031 ]; then
		# drizzle-kit 1.0 reads every schema: without the declaration the guide
		# asks for, it takes migtrack.audit for a table of the app's
		mv "$PLAIN/src/schema/migtrack.ts" "$W/$KIT/migtrack.ts"
		RC=0
		DATABASE_URL=$(db_url "${DB}_plain") run_logged "$LOGS/${KIT}_push_undeclared.log" kit "$KIT" "$PLAIN" push --force || RC=$?
		check_eq "$KIT: push without pgSchema(\"migtrack\").existing() stops (exit 2: rename or create?)" "2 f" \
			"$RC $(table_exists "${DB}_plain" public.settings)"
		check_contains "$KIT: ... because it would otherwise rename migtrack's table" "Rename or create" \
			"$(cat "$LOGS/${KIT}_push_undeclared.log")"
		# the other cure the guide gives: schemaFilter in drizzle.config
		FILTERED=$W/$KIT/filtered
		new_project "$KIT" "$FILTERED"
		rm "$FILTERED/src/schema/migtrack.ts"
		cp "$PLAIN"/src/schema/*.ts "$FILTERED/src/schema/"
		sed -i 's|^  out: "./drizzle",$|&\n  schemaFilter: ["public"],|' "$FILTERED/drizzle.config.ts"
		createdb -T "${DB}_plain" "${DB}_filtered"
		DATABASE_URL=$(db_url "${DB}_filtered") check_ok "$KIT: push with schemaFilter [\"public\"] instead works" \
			"$LOGS/${KIT}_push_filtered.log" kit "$KIT" "$FILTERED" push --force
		check_eq "$KIT: ... and creates settings" t "$(table_exists "${DB}_filtered" public.settings)"
		mv "$W/$KIT/migtrack.ts" "$PLAIN/src/schema/migtrack.ts"
	fi
	RC=0
	DATABASE_URL=$(db_url "${DB}_plain") run_logged "$LOGS/${KIT}_push_plain.log" kit "$KIT" "$PLAIN" push --force || RC=$?
	if [ "$(table_exists "${DB}_plain" public.settings)" == t ]; then
		pass "$KIT: push (no guard) works with migtrack installed, as the guide sets it up"
	else
		fail "$KIT: push (no guard) works with migtrack installed (exit $RC)"
		show_log "$KIT push --force, migtrack installed, no guard" "$LOGS/${KIT}_push_plain.log"
	fi
	check_eq "$KIT: push left migtrack's audit trail alone" t "$(table_exists "${DB}_plain" migtrack.audit)"
	# reference: the same push on an unguarded copy does change the schema
	createdb -T "$REF" "${REF}_push"
	DATABASE_URL=$(db_url "${REF}_push") check_ok "$KIT: drizzle-kit push --force without the guard (reference)" \
		"$LOGS/${KIT}_push_ref.log" kit "$KIT" "$APP" push --force
	check_eq "$KIT: unguarded push creates settings" t "$(table_exists "${REF}_push" public.settings)"

	dump_schema "$DB" public drizzle >"$W/${KIT}_before_push.sql"
	tracking_rows "$DB" '*' >"$W/${KIT}_rows_before_push.tsv"
	RC=0
	DATABASE_URL=$(db_url "$DB") run_logged "$LOGS/${KIT}_push.log" kit "$KIT" "$APP" push --force || RC=$?
	show_log "$KIT push --force under guard=error (exit $RC)" "$LOGS/${KIT}_push.log"
	case $KIT in
	# drizzle-kit 0.31's push prints a failed query's error and exits 0 (as it
	# does for any error it catches, e.g. its prompt without a tty above)
	kit031) check_eq "$KIT: push --force under guard=error exits 0 (drizzle-kit 0.31 swallows the error)" 0 "$RC" ;;
	*) check_eq "$KIT: push --force under guard=error fails (exit 1)" 1 "$RC" ;;
	esac
	check_contains "$KIT: push prints the guard's error" "$MSG" "$(cat "$LOGS/${KIT}_push.log")"
	check_eq "$KIT: settings absent after the refused push" f "$(table_exists "$DB" public.settings)"
	dump_schema "$DB" public drizzle >"$W/${KIT}_after_push.sql"
	check_files_eq "$KIT: pg_dump --schema-only unchanged by the refused push" "$W/${KIT}_before_push.sql" "$W/${KIT}_after_push.sql"
	tracking_rows "$DB" '*' >"$W/${KIT}_rows_after_push.tsv"
	check_files_eq "$KIT: history unchanged by the refused push" "$W/${KIT}_rows_before_push.tsv" "$W/${KIT}_rows_after_push.tsv"

	# ------------------------------------------------------------ 3. generate + migrate passes
	sleep 1
	must "$KIT: drizzle-kit generate settings" "$LOGS/${KIT}_generate_3.log" \
		kit "$KIT" "$APP" generate --name settings
	DATABASE_URL=$(db_url "$REF") must "$KIT: drizzle-kit migrate settings (reference)" \
		"$LOGS/${KIT}_migrate_ref2.log" kit "$KIT" "$APP" migrate
	DATABASE_URL=$(db_url "$DB") check_ok "$KIT: drizzle-kit migrate of the generated change under guard=error" \
		"$LOGS/${KIT}_migrate2.log" kit "$KIT" "$APP" migrate
	check_eq "$KIT: the change is applied" t "$(table_exists "$DB" public.settings)"
	check_eq "$KIT: one new row" 3 "$(count_rows "$DB")"
	tracking_rows "$REF" "$COLS" >"$W/${KIT}_ref2.tsv"
	tracking_rows "$DB" "$COLS" >"$W/${KIT}_db2.tsv"
	check_files_eq "$KIT: rows under the guard = rows without it (after the change)" "$W/${KIT}_ref2.tsv" "$W/${KIT}_db2.tsv"
	check_eq "$KIT: schema under the guard = schema without it" "$(dump_schema "$REF" public drizzle)" "$(dump_schema "$DB" public drizzle)"
	DATABASE_URL=$(db_url "$DB") check_ok "$KIT: drizzle-kit migrate again (nothing to do) under the guard" \
		"$LOGS/${KIT}_migrate3.log" kit "$KIT" "$APP" migrate
	check_eq "$KIT: still 3 rows" 3 "$(count_rows "$DB")"

	# ------------------------------------------------------------ 6. the incident repaired under the guard
	INC=${KIT}_g_incident
	new_db "$INC" migtrack
	DATABASE_URL=$(db_url "$INC") must "$KIT: push --force on an unguarded database (the incident)" \
		"$LOGS/${KIT}_push_incident.log" kit "$KIT" "$APP" push --force
	guard_on "$INC"
	DATABASE_URL=$(db_url "$INC") expect_fail "$KIT: drizzle-kit migrate fails on the pushed database (as without the guard)" \
		"$LOGS/${KIT}_migrate_incident.log" kit "$KIT" "$APP" migrate
	RC=0
	"$MIGTRACK" -d "$INC" sync "$APP/drizzle" --yes >"$LOGS/${KIT}_sync.log" 2>&1 || RC=$?
	if [ "$RC" == 0 ]; then
		pass "$KIT: migtrack sync --yes under guard=error"
	else
		fail "$KIT: migtrack sync --yes under guard=error (exit $RC)"
		tail -15 "$LOGS/${KIT}_sync.log" | sed 's/^/  # /'
	fi
	check_eq "$KIT: the sync is in migtrack.audit with its rows" "sync|postgres|3" \
		"$(psql_q "$INC" -c "SELECT concat_ws('|', action, user_name, rows_written) FROM migtrack.audit")"
	tracking_rows "$INC" "$COLS" >"$W/${KIT}_synced.tsv"
	check_files_eq "$KIT: synced rows = rows real drizzle writes" "$W/${KIT}_ref2.tsv" "$W/${KIT}_synced.tsv"
	tracking_rows "$INC" '*' >"$W/${KIT}_synced_all.tsv"
	DATABASE_URL=$(db_url "$INC") check_ok "$KIT: drizzle-kit migrate after the sync under the guard" \
		"$LOGS/${KIT}_migrate_synced.log" kit "$KIT" "$APP" migrate
	tracking_rows "$INC" '*' >"$W/${KIT}_after_migrate.tsv"
	check_files_eq "$KIT: migrate after sync is a no-op" "$W/${KIT}_synced_all.tsv" "$W/${KIT}_after_migrate.tsv"
done

# ---------------------------------------------------------------- 4. DDL typed in psql
DB=kit031_g_app # guarded, built by drizzle above
RC=0
psql -X -d "$DB" -c 'CREATE TABLE x (id int)' >"$LOGS/psql_x.log" 2>&1 || RC=$?
check_eq "psql CREATE TABLE x is refused (exit 1)" 1 "$RC"
check_contains "psql shows the guard's error" "ERROR:  $MSG" "$(cat "$LOGS/psql_x.log")"
check_contains "the DETAIL names the command" "CREATE TABLE public.x" "$(cat "$LOGS/psql_x.log")"
show_log "psql CREATE TABLE x" "$LOGS/psql_x.log"
check_eq "x absent" f "$(table_exists "$DB" public.x)"
check_eq "ALTER TABLE users ADD COLUMN refused" 55000 \
	"$(sqlstate "$DB" 'ALTER TABLE users ADD COLUMN nickname text')"
check_eq "DROP TABLE refused" 55000 "$(sqlstate "$DB" 'DROP TABLE settings')"
check_eq "settings still there" t "$(table_exists "$DB" public.settings)"
check_eq "a temporary table (serial, primary key) is fine" 00000 \
	"$(sqlstate "$DB" "CREATE TEMP TABLE scratch (id serial PRIMARY KEY, v text); INSERT INTO scratch (v) VALUES ('a')")"
check_eq "a rolled-back DDL transaction is fine" 00000 \
	"$(sqlstate "$DB" 'BEGIN; CREATE TABLE never (id int); ROLLBACK')"
# a savepoint rolled back undoes the schema change: nothing to guard at commit
check_eq "DDL undone by ROLLBACK TO SAVEPOINT does not fail the commit" 00000 \
	"$(sqlstate "$DB" 'BEGIN; SAVEPOINT s; CREATE TABLE undone (id int); ROLLBACK TO SAVEPOINT s; COMMIT')"
check_eq "undone absent" f "$(table_exists "$DB" public.undone)"
# "recording a migration" means inserting a row: rewriting the existing rows is not
check_eq "DDL + UPDATE of existing tracking rows (no new row) refused" 55000 \
	"$(sqlstate "$DB" 'BEGIN; CREATE TABLE sneaky (id int); UPDATE drizzle.__drizzle_migrations SET hash = hash; COMMIT')"
check_eq "sneaky absent" f "$(table_exists "$DB" public.sneaky)"
check_eq "DDL + a row inserted and deleted again refused" 55000 \
	"$(sqlstate "$DB" "BEGIN; CREATE TABLE sneaky2 (id int); INSERT INTO drizzle.__drizzle_migrations (hash) VALUES ('x'); DELETE FROM drizzle.__drizzle_migrations WHERE hash = 'x'; COMMIT")"
check_eq "sneaky2 absent" f "$(table_exists "$DB" public.sneaky2)"
check_eq "still 3 tracking rows" 3 "$(count_rows "$DB")"

# warn: the change goes through with a WARNING
RC=0
psql -X -v ON_ERROR_STOP=1 -d "$DB" -c 'SET migtrack.guard = warn' -c 'CREATE TABLE w (id int)' >"$LOGS/psql_w.log" 2>&1 || RC=$?
check_eq "guard=warn: CREATE TABLE succeeds" "0 t" "$RC $(table_exists "$DB" public.w)"
check_contains "guard=warn: WARNING printed" "WARNING:  $MSG" "$(cat "$LOGS/psql_w.log")"

# a role that is not superuser cannot turn it off
psql_q "$DB" -c 'CREATE ROLE guard_app; GRANT CREATE, USAGE ON SCHEMA public TO guard_app' >/dev/null
check_eq "non-superuser: SET LOCAL migtrack.guard = off then DDL is refused" 55000 \
	"$(sqlstate "$DB" 'SET ROLE guard_app; BEGIN; SET LOCAL migtrack.guard = off; CREATE TABLE app_t (id int); COMMIT')"
check_eq "non-superuser: SET migtrack.guard = off after the module is loaded is denied" 42501 \
	"$(sqlstate "$DB" 'SELECT migtrack_status(); SET ROLE guard_app; SET migtrack.guard = off')"
check_eq "app_t absent" f "$(table_exists "$DB" public.app_t)"

# the superuser's override: allowed (and logged in the server log)
RC=0
psql -X -v ON_ERROR_STOP=1 -d "$DB" >"$LOGS/psql_y.log" 2>&1 <<-'SQL' || RC=$?
	BEGIN;
	SET LOCAL migtrack.guard = off;
	CREATE TABLE y (id int);
	COMMIT;
SQL
check_eq "BEGIN; SET LOCAL migtrack.guard = off; CREATE TABLE y; COMMIT works" "0 t" "$RC $(table_exists "$DB" public.y)"
check_eq "the guard is back on in the next transaction" 55000 "$(sqlstate "$DB" 'CREATE TABLE z (id int)')"
check_eq "the guard is back on: SHOW" error "$(psql_q "$DB" -c 'SHOW migtrack.guard')"
# ... and audited: a migtrack.audit entry naming who, the configured and the
# effective setting, and the command -- for every change a weaker setting let
# through, the superuser's warn above included
check_eq "the overrides are in migtrack.audit (who, the setting overridden, the one in force, the command)" \
	"guard_override|postgres|drizzle.__drizzle_migrations|0|error|warn|[\"CREATE TABLE public.w\"]
guard_override|postgres|drizzle.__drizzle_migrations|0|error|off|[\"CREATE TABLE public.y\"]" \
	"$(psql_q "$DB" -c "SELECT concat_ws('|', action, user_name, migrations_table, rows_written, detail->>'setting', detail->>'effective', detail->'commands')
	                      FROM migtrack.audit WHERE action = 'guard_override' ORDER BY id")"
check_eq "refused changes and the non-superuser's attempts are not overrides" 2 \
	"$(psql_q "$DB" -c "SELECT count(*) FROM migtrack.audit WHERE action = 'guard_override'")"
check_contains "migtrack status shows the override among the recent changes" "guard override by postgres: CREATE TABLE public.y" \
	"$("$MIGTRACK" -d "$DB" status 2>&1)"

# ---------------------------------------------------------------- 5. kit1rc upgrades a 0.x table under the guard
# a 0.x history (kit031 migrate, under the guard), the folder converted with the
# real `drizzle-kit up`, then kit1rc's migrate upgrades the table in place
V0=$W/kit031/app/drizzle
P1=$W/up1
new_project kit1rc "$P1"
cp -r "$V0" "$P1/drizzle"
if run_logged "$LOGS/up.log" kit kit1rc "$P1" up && [ ! -e "$P1/drizzle/meta/_journal.json" ]; then
	pass "drizzle-kit 1.0 up converted the 0.x folder"
else
	fail "drizzle-kit 1.0 up converted the 0.x folder"
	tail -20 "$LOGS/up.log" | sed 's/^/  # /'
fi
UCOLS="hash, created_at, name, applied_at IS NULL"
UREF=g_up_ref
UDB=g_up
new_db "$UREF"
new_db "$UDB" migtrack
guard_on "$UDB"
for d in "$UREF" "$UDB"; do
	DATABASE_URL=$(db_url "$d") check_ok "kit031 migrate on $d" "$LOGS/up_v0_$d.log" kit kit031 "$W/kit031/app" migrate
done
createdb -T "$UDB" "${UDB}_mt" # the same v0 history, for migtrack's own upgrade
DATABASE_URL=$(db_url "$UREF") check_ok "kit1rc migrate upgrades the 0.x table (reference, no guard)" \
	"$LOGS/up_ref.log" kit kit1rc "$P1" migrate
DATABASE_URL=$(db_url "$UDB") check_ok "kit1rc migrate upgrades the 0.x table under guard=error" \
	"$LOGS/up_guard.log" kit kit1rc "$P1" migrate
tracking_rows "$UREF" "$UCOLS" >"$W/up_ref.tsv"
tracking_rows "$UDB" "$UCOLS" >"$W/up_guard.tsv" 2>&1 || true
check_eq "upgraded table has 3 named rows" 3 "$(grep -c '_' "$W/up_ref.tsv")"
check_files_eq "upgrade under the guard = upgrade without it" "$W/up_ref.tsv" "$W/up_guard.tsv"

# migtrack's own in-place upgrade (1.0 journal on the v0 table) under the guard
RC=0
"$MIGTRACK" -d "${UDB}_mt" sync "$P1/drizzle" --yes >"$LOGS/up_mt.log" 2>&1 || RC=$?
check_eq "migtrack sync with the 1.0 folder upgrades the v0 table under guard=error" 0 "$RC"
[ "$RC" == 0 ] || tail -10 "$LOGS/up_mt.log" | sed 's/^/  # /'
tracking_rows "${UDB}_mt" "$UCOLS" >"$W/up_mt.tsv" 2>&1 || true
check_files_eq "migtrack's upgrade under the guard = drizzle's" "$W/up_ref.tsv" "$W/up_mt.tsv"

# an EMPTY 0.x table (drizzle 0.x's DDL, typed under the guard: drizzle's own
# objects are exempt): 1.0's upgrade is then only ALTER TABLE, no UPDATE
V0DDL='CREATE SCHEMA IF NOT EXISTS "drizzle";
	CREATE TABLE IF NOT EXISTS "drizzle"."__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)'
for E0 in g_up_empty g_up_empty_kit; do
	new_db "$E0" migtrack
	guard_on "$E0"
	check_eq "$E0: drizzle 0.x's schema/table DDL passes the guard" 00000 "$(sqlstate "$E0" "$V0DDL")"
done
# drizzle-orm 1.0's up-migrations/pg.js statements for version 0 -> 1, as it runs them
check_eq "drizzle-orm 1.0's v0->v1 upgrade statements pass the guard" 00000 "$(sqlstate g_up_empty '
	BEGIN;
	ALTER TABLE "drizzle"."__drizzle_migrations" ADD COLUMN IF NOT EXISTS "name" text;
	ALTER TABLE "drizzle"."__drizzle_migrations" ADD COLUMN IF NOT EXISTS "applied_at" timestamp with time zone DEFAULT now();
	COMMIT')"
check_eq "the upgrade happened" 5 "$(psql_q g_up_empty -c "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'drizzle' AND table_name = '__drizzle_migrations'")"
DATABASE_URL=$(db_url g_up_empty_kit) check_ok "kit1rc migrate on an empty 0.x table under guard=error" \
	"$LOGS/up_empty.log" kit kit1rc "$P1" migrate
check_eq "all 3 migrations applied and recorded" "3 t" "$(count_rows g_up_empty_kit) $(table_exists g_up_empty_kit public.settings)"

finish

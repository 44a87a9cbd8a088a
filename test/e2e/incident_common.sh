# shellcheck shell=bash
# The incident, end to end, with the real drizzle-kit / drizzle-orm release $KIT:
# a database built with `drizzle-kit push` has no migration history, so
# `drizzle-kit migrate` dies; migtrack_sync must write exactly the history that
# drizzle itself writes, after which drizzle's own migrate works again.
# Sourced by incident_kit031.sh / incident_kit1rc.sh with KIT set.

# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_pg_env
install_kit "$KIT"

COLS=$(tracking_columns "$KIT")

W=$(fresh_workdir "incident_$KIT")
APP=$W/app   # the team's project; gets a new migration after the repair
ORIG=$W/orig # the same project frozen before that, for the empty database
LOGS=$W/logs
mkdir -p "$LOGS"
DB_A=${KIT}_incident # built by push: the incident
DB_B=${KIT}_empty    # built by drizzle-kit migrate: the reference history
DB_C=${KIT}_orm      # built by drizzle-orm migrate(): same, through the API


# ---------------------------------------------------------------- the team's migrations
new_project "$KIT" "$APP"
for stage in 1_users 2_posts 3_settings; do
	cp "$E2E_DIR/schema/$stage.ts" "$APP/src/schema/"
	must "$KIT: drizzle-kit generate ${stage#*_}" "$LOGS/generate_$stage.log" \
		kit "$KIT" "$APP" generate --name "${stage#*_}"
	sleep 1 # 1.0 stamps migrations by the second; keep names distinct and ordered
done
new_project "$KIT" "$ORIG"
cp "$APP"/src/schema/*.ts "$ORIG/src/schema/"
cp -r "$APP/drizzle" "$ORIG/drizzle"
mapfile -t ORIG_NAMES < <(local_migrations "$ORIG/drizzle")
N=${#ORIG_NAMES[@]}
check_eq "$KIT: generate wrote 3 migrations" 3 "$N"

JOURNAL1=$W/journal_orig.json
bundle "$ORIG/drizzle" >"$JOURNAL1"

# ---------------------------------------------------------------- reference: real drizzle on empty databases
new_db "$DB_B" migtrack
DATABASE_URL=$(db_url "$DB_B") must "$KIT: drizzle-kit migrate on an empty database" \
	"$LOGS/migrate_B.log" kit "$KIT" "$ORIG" migrate
tracking_rows "$DB_B" "$COLS" >"$W/expected.tsv"
check_eq "$KIT: drizzle wrote one row per migration" "$N" "$(wc -l <"$W/expected.tsv")"

new_db "$DB_C"
must "$KIT: drizzle-orm migrate() on an empty database" "$LOGS/orm_C.log" \
	orm_migrate "$KIT" "$ORIG/drizzle" "$DB_C"
tracking_rows "$DB_C" "$COLS" >"$W/orm.tsv"
check_files_eq "$KIT: drizzle-kit and drizzle-orm write the same history" "$W/expected.tsv" "$W/orm.tsv"

# migtrack must read a history written by real drizzle as in sync
JOURNAL=$JOURNAL1 try_sql "$DB_B" "SELECT migtrack_status(:'journal'::jsonb)" >"$W/status_B.json"
check_eq "$KIT: status of a drizzle-migrated database is in_sync" in_sync "$(jget "$W/status_B.json" j.state)"

# ---------------------------------------------------------------- the incident: push, then migrate
new_db "$DB_A" migtrack
export DATABASE_URL
DATABASE_URL=$(db_url "$DB_A")
# --force auto-approves data-loss statements; none here, but it keeps push from
# ever waiting for an answer
must "$KIT: drizzle-kit push --force" "$LOGS/push_A.log" kit "$KIT" "$APP" push --force
check_eq "$KIT: push created the tables" "t t t" \
	"$(table_exists "$DB_A" public.users) $(table_exists "$DB_A" public.posts) $(table_exists "$DB_A" public.settings)"
check_eq "$KIT: push wrote no tracking table" f "$(table_exists "$DB_A" drizzle.__drizzle_migrations)"

if run_logged "$LOGS/migrate_A_before.log" kit "$KIT" "$APP" migrate; then
	fail "$KIT: drizzle-kit migrate fails after push"
else
	pass "$KIT: drizzle-kit migrate fails after push (exit $?)"
fi
if run_logged "$LOGS/orm_A_before.log" orm_migrate "$KIT" "$APP/drizzle" "$DB_A"; then
	fail "$KIT: drizzle-orm migrate() throws after push"
else
	check_contains "$KIT: drizzle-orm migrate() throws 'already exists'" "already exists" "$(cat "$LOGS/orm_A_before.log")"
fi
# drizzle creates its (empty) table before failing; the failed run records nothing
check_eq "$KIT: failed migrate left an empty history" 0 \
	"$(psql_q "$DB_A" -c 'SELECT count(*) FROM drizzle.__drizzle_migrations')"

# ---------------------------------------------------------------- migtrack repairs the history
export JOURNAL=$JOURNAL1
try_sql "$DB_A" "SELECT migtrack_status(:'journal'::jsonb)" >"$W/status_A_untracked.json"
check_eq "$KIT: status is untracked" untracked "$(jget "$W/status_A_untracked.json" j.state)"

check_eq "$KIT: migtrack_check raises SQLSTATE 55000" 55000 \
	"$(sqlstate "$DB_A" "SELECT migtrack_check(:'journal'::jsonb, 'drizzle', '__drizzle_migrations')")"

try_sql "$DB_A" "SELECT migtrack_sync(:'journal'::jsonb, dry_run => true)" >"$W/sync_dry.json"
check_eq "$KIT: dry run says dry_run" true "$(jget "$W/sync_dry.json" j.dry_run)"
result_rows_tsv "$W/sync_dry.json" "$COLS" >"$W/sync_dry.tsv"
check_files_eq "$KIT: dry run rows = rows real drizzle writes" "$W/expected.tsv" "$W/sync_dry.tsv"
check_eq "$KIT: dry run wrote nothing" 0 "$(psql_q "$DB_A" -c 'SELECT count(*) FROM drizzle.__drizzle_migrations')"

try_sql "$DB_A" "SELECT migtrack_sync(:'journal'::jsonb)" >"$W/sync1.json"
check_eq "$KIT: sync inserted one row per migration" "$N" "$(jget "$W/sync1.json" j.inserted)"
result_rows_tsv "$W/sync1.json" "$COLS" >"$W/sync1.tsv"
check_files_eq "$KIT: sync reports the rows real drizzle writes" "$W/expected.tsv" "$W/sync1.tsv"
tracking_rows "$DB_A" "$COLS" >"$W/synced.tsv"
check_files_eq "$KIT: synced history = history real drizzle writes (empty db)" "$W/expected.tsv" "$W/synced.tsv"

try_sql "$DB_A" "SELECT migtrack_sync(:'journal'::jsonb)" >"$W/sync2.json"
check_eq "$KIT: second sync inserts nothing" 0 "$(jget "$W/sync2.json" j.inserted)"
tracking_rows "$DB_A" '*' >"$W/after_sync.tsv"
check_eq "$KIT: second sync left $N rows" "$N" "$(wc -l <"$W/after_sync.tsv")"

try_sql "$DB_A" "SELECT migtrack_status(:'journal'::jsonb)" >"$W/status_A_synced.json"
check_eq "$KIT: status is in_sync after sync" in_sync "$(jget "$W/status_A_synced.json" j.state)"
check_eq "$KIT: migtrack_check passes after sync" 00000 \
	"$(sqlstate "$DB_A" "SELECT migtrack_check(:'journal'::jsonb, 'drizzle', '__drizzle_migrations')")"

# ---------------------------------------------------------------- drizzle accepts the repaired history
if run_logged "$LOGS/migrate_A_synced.log" kit "$KIT" "$APP" migrate; then
	pass "$KIT: drizzle-kit migrate succeeds after sync"
else
	fail "$KIT: drizzle-kit migrate succeeds after sync (exit $?)"
	tail -20 "$LOGS/migrate_A_synced.log" | sed 's/^/  # /'
fi
if run_logged "$LOGS/orm_A_synced.log" orm_migrate "$KIT" "$APP/drizzle" "$DB_A"; then
	pass "$KIT: drizzle-orm migrate() succeeds after sync"
else
	fail "$KIT: drizzle-orm migrate() succeeds after sync"
	tail -5 "$LOGS/orm_A_synced.log" | sed 's/^/  # /'
fi
tracking_rows "$DB_A" '*' >"$W/after_migrate.tsv"
check_files_eq "$KIT: drizzle migrate left the synced rows unchanged" "$W/after_sync.tsv" "$W/after_migrate.tsv"

# ---------------------------------------------------------------- pushed at an older schema: sync up_to
# The database was pushed when only the first two migrations existed; sync
# records just those, and drizzle's own migrate must apply the third.
PART=$W/partial
DB_D=${KIT}_partial
new_project "$KIT" "$PART"
cp "$E2E_DIR"/schema/1_users.ts "$E2E_DIR"/schema/2_posts.ts "$PART/src/schema/"
cp -r "$ORIG/drizzle" "$PART/drizzle"
new_db "$DB_D" migtrack
DATABASE_URL=$(db_url "$DB_D") must "$KIT: push of the older schema" "$LOGS/push_D.log" \
	kit "$KIT" "$PART" push --force
UPTO=${ORIG_NAMES[1]}
try_sql "$DB_D" "SELECT migtrack_sync(:'journal'::jsonb, up_to => '$UPTO')" >"$W/sync_upto.json"
check_eq "$KIT: sync up_to $UPTO inserted 2 rows" 2 "$(jget "$W/sync_upto.json" j.inserted)"
sed -n 1,2p "$W/expected.tsv" >"$W/expected_2.tsv"
tracking_rows "$DB_D" "$COLS" >"$W/partial.tsv"
check_files_eq "$KIT: up_to rows = drizzle's first two rows" "$W/expected_2.tsv" "$W/partial.tsv"
try_sql "$DB_D" "SELECT migtrack_status(:'journal'::jsonb)" >"$W/status_D.json"
check_eq "$KIT: status after partial sync is pending" pending "$(jget "$W/status_D.json" j.state)"
if DATABASE_URL=$(db_url "$DB_D") run_logged "$LOGS/migrate_D.log" kit "$KIT" "$PART" migrate; then
	pass "$KIT: drizzle-kit migrate applies the rest after partial sync"
else
	fail "$KIT: drizzle-kit migrate applies the rest after partial sync (exit $?)"
	tail -20 "$LOGS/migrate_D.log" | sed 's/^/  # /'
fi
check_eq "$KIT: the unsynced migration ran" t "$(table_exists "$DB_D" public.settings)"
tracking_rows "$DB_D" "$COLS" >"$W/partial_after.tsv"
check_files_eq "$KIT: history after migrate = drizzle's full history" "$W/expected.tsv" "$W/partial_after.tsv"

# ---------------------------------------------------------------- a custom migrations schema/table
# Config `migrations: {schema, table}`: sync must write where drizzle will look.
DB_E=${KIT}_custom
new_db "$DB_E" migtrack
DATABASE_URL=$(db_url "$DB_E") must "$KIT: push (custom history table)" "$LOGS/push_E.log" \
	kit "$KIT" "$ORIG" push --force
try_sql "$DB_E" "SELECT migtrack_sync(:'journal'::jsonb, 'ops', 'schema_history')" >"$W/sync_custom.json"
check_eq "$KIT: sync into ops.schema_history inserted all" "$N" "$(jget "$W/sync_custom.json" j.inserted)"
check_eq "$KIT: nothing written to the default table" f "$(table_exists "$DB_E" drizzle.__drizzle_migrations)"
if DATABASE_URL=$(db_url "$DB_E") MIGRATIONS_SCHEMA=ops MIGRATIONS_TABLE=schema_history \
	run_logged "$LOGS/migrate_E.log" kit "$KIT" "$ORIG" migrate; then
	pass "$KIT: drizzle-kit migrate with the custom table succeeds after sync"
else
	fail "$KIT: drizzle-kit migrate with the custom table succeeds after sync (exit $?)"
	tail -20 "$LOGS/migrate_E.log" | sed 's/^/  # /'
fi
tracking_rows "$DB_E" "$COLS" ops.schema_history >"$W/custom.tsv"
check_files_eq "$KIT: custom table rows = drizzle's rows" "$W/expected.tsv" "$W/custom.tsv"

# ---------------------------------------------------------------- life goes on: a new migration
sleep 1
cp "$E2E_DIR/schema/4_comments.ts" "$APP/src/schema/"
must "$KIT: drizzle-kit generate comments" "$LOGS/generate_4_comments.log" \
	kit "$KIT" "$APP" generate --name comments
mapfile -t APP_NAMES < <(local_migrations "$APP/drizzle")
NEW=${APP_NAMES[${#APP_NAMES[@]} - 1]}
check_eq "$KIT: generate added one migration" "$((N + 1))" "${#APP_NAMES[@]}"

JOURNAL=$W/journal_new.json
bundle "$APP/drizzle" >"$JOURNAL"
try_sql "$DB_A" "SELECT migtrack_status(:'journal'::jsonb)" >"$W/status_A_pending.json"
check_eq "$KIT: status is pending" pending "$(jget "$W/status_A_pending.json" j.state)"
check_eq "$KIT: status lists the new migration as the only unapplied one" "[\"$NEW\"]" \
	"$(jget "$W/status_A_pending.json" '(j.migrations || []).filter((m) => !m.applied).map((m) => m.tag)')"
check_eq "$KIT: migtrack_check passes when only pending" 00000 \
	"$(sqlstate "$DB_A" "SELECT migtrack_check(:'journal'::jsonb, 'drizzle', '__drizzle_migrations')")"

if run_logged "$LOGS/migrate_A_new.log" kit "$KIT" "$APP" migrate; then
	pass "$KIT: drizzle-kit migrate applies the new migration"
else
	fail "$KIT: drizzle-kit migrate applies the new migration (exit $?)"
	tail -20 "$LOGS/migrate_A_new.log" | sed 's/^/  # /'
fi
check_eq "$KIT: new table exists" t "$(table_exists "$DB_A" public.comments)"
check_eq "$KIT: drizzle added one row" "$((N + 1))" "$(psql_q "$DB_A" -c 'SELECT count(*) FROM drizzle.__drizzle_migrations')"
tracking_rows "$DB_A" '*' | sed -n "1,${N}p" >"$W/after_new_head.tsv"
check_files_eq "$KIT: synced rows untouched by the new migrate" "$W/after_sync.tsv" "$W/after_new_head.tsv"
try_sql "$DB_A" "SELECT migtrack_status(:'journal'::jsonb)" >"$W/status_A_final.json"
check_eq "$KIT: status is in_sync after migrate" in_sync "$(jget "$W/status_A_final.json" j.state)"

finish

#!/usr/bin/env bash
# A team repaired its history with a 0.x journal, then upgrades to drizzle 1.0
# (`drizzle-kit up` converts the folder; drizzle-orm 1.0's migrate() upgrades
# the v0 tracking table in place). migtrack must leave the table exactly as
# drizzle's own upgrade does, and drizzle 1.0 must accept it.
# Run: pg_virtualenv -t bash test/e2e/upgrade.sh   (after make install)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_pg_env
install_kit kit031
install_kit kit1rc

W=$(fresh_workdir upgrade)
FIX=$FIXTURES/kit031
[ -f "$FIX/truth.tsv" ] || { fail "fixture present at $FIX (test/fixtures)"; finish; exit 1; }

# the 0.x folder, and the same migrations converted by the real `drizzle-kit up`
V0=$W/v0/drizzle
mkdir -p "$W/v0"
cp -r "$FIX/drizzle" "$V0"
chmod -R u+w "$V0"
P1=$W/v1
new_project kit1rc "$P1"
cp -r "$V0" "$P1/drizzle"
if run_logged "$W/up.log" kit kit1rc "$P1" up && [ ! -e "$P1/drizzle/meta/_journal.json" ]; then
	pass "drizzle-kit 1.0 up converted the 0.x folder"
else
	fail "drizzle-kit 1.0 up converted the 0.x folder"
	tail -20 "$W/up.log" | sed 's/^/  # /'
	finish || exit 1
fi
V1=$P1/drizzle
bundle "$V0" >"$W/journal_v0.json"
bundle "$V1" >"$W/journal_v1.json"
# the rows as drizzle 1.0 leaves them after upgrading: no id (serial), applied_at NULL
COLS="hash, created_at, name, applied_at IS NULL"
layout="SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns
        WHERE table_schema = 'drizzle' AND table_name = '__drizzle_migrations' ORDER BY ordinal_position"

# reference: real 0.x migrate, then real 1.0 migrate() upgrades the table
REF=upgrade_ref
new_db "$REF"
orm_migrate kit031 "$V0" "$REF" >"$W/ref0.log" 2>&1 || fail "drizzle-orm 0.45 migrate() on an empty database"
if run_logged "$W/ref1.log" orm_migrate kit1rc "$V1" "$REF"; then
	pass "drizzle-orm 1.0 migrate() upgrades a 0.x history"
else
	fail "drizzle-orm 1.0 migrate() upgrades a 0.x history"
	tail -5 "$W/ref1.log" | sed 's/^/  # /'
fi
tracking_rows "$REF" "$COLS" >"$W/expected.tsv"

# the incident repaired with the 0.x journal (schema created without history)
DB=upgrade_synced
new_db "$DB" migtrack
files=()
while read -r tag; do files+=(-f "$V0/$tag.sql"); done < <(local_migrations "$V0")
psql_q "$DB" -1 -q "${files[@]}" >/dev/null
# 0004_seed_admin is a data-only INSERT the catalog cannot confirm: vouched for
# by name (it ran above), as migtrack 0.2 requires.
SEED=$(local_migrations "$V0" | grep -m1 seed_admin)
JOURNAL=$W/journal_v0.json try_sql "$DB" "SELECT migtrack_sync(:'journal'::jsonb, accept => '{$SEED}')" >"$W/sync_v0.json"
tracking_rows "$DB" "hash, created_at" >"$W/synced_v0.tsv"
check_files_eq "0.x sync wrote truth.tsv" "$FIX/truth.tsv" "$W/synced_v0.tsv"
createdb -T "$DB" "${DB}_drizzle" # same state, to be upgraded by drizzle instead

# after the upgrade, migtrack with the 1.0 journal must upgrade like drizzle does
export JOURNAL=$W/journal_v1.json
check_eq "migtrack_check passes on the v0 table with the 1.0 journal" 00000 \
	"$(sqlstate "$DB" "SELECT migtrack_check(:'journal'::jsonb, 'drizzle', '__drizzle_migrations')")"
try_sql "$DB" "SELECT migtrack_sync(:'journal'::jsonb)" >"$W/sync_v1.json"
check_eq "1.0 sync on the v0 table inserts nothing" 0 "$(jget "$W/sync_v1.json" j.inserted)"
tracking_rows "$DB" "$COLS" >"$W/synced_v1.tsv" 2>&1 || true
check_files_eq "migtrack's upgrade = drizzle 1.0's upgrade (rows)" "$W/expected.tsv" "$W/synced_v1.tsv"
check_eq "migtrack's upgrade = drizzle 1.0's upgrade (layout)" "$(psql_q "$REF" -c "$layout")" "$(psql_q "$DB" -c "$layout")"
try_sql "$DB" "SELECT migtrack_status(:'journal'::jsonb)" >"$W/status_v1.json"
check_eq "status after the upgrade is in_sync" in_sync "$(jget "$W/status_v1.json" j.state)"
tracking_rows "$DB" '*' >"$W/before.tsv"
if run_logged "$W/migrate_v1.log" orm_migrate kit1rc "$V1" "$DB"; then
	pass "drizzle-orm 1.0 migrate() accepts migtrack's upgrade"
else
	fail "drizzle-orm 1.0 migrate() accepts migtrack's upgrade"
	tail -5 "$W/migrate_v1.log" | sed 's/^/  # /'
fi
tracking_rows "$DB" '*' >"$W/after.tsv"
check_files_eq "drizzle-orm 1.0 migrate() left the rows unchanged" "$W/before.tsv" "$W/after.tsv"

# and drizzle's own upgrade of a history migtrack wrote with the 0.x journal
if DATABASE_URL=$(db_url "${DB}_drizzle") run_logged "$W/migrate_drizzle.log" kit kit1rc "$P1" migrate; then
	pass "drizzle-kit 1.0 migrate upgrades a history migtrack wrote"
else
	fail "drizzle-kit 1.0 migrate upgrades a history migtrack wrote"
	tail -20 "$W/migrate_drizzle.log" | sed 's/^/  # /'
fi
tracking_rows "${DB}_drizzle" "$COLS" >"$W/drizzle_upgraded.tsv"
check_files_eq "drizzle's upgrade of migtrack's rows = drizzle's upgrade of its own" "$W/expected.tsv" "$W/drizzle_upgraded.tsv"

finish

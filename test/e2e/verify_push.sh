#!/usr/bin/env bash
# migtrack 0.2 checks each migration against the live catalog before it
# records it. The trap this guards against: drizzle-kit 0.31's push only looks
# at schemaFilter ["public"] by default, so a `pgSchema("billing")` table is
# never pushed -- yet a naive sync would record its migration as applied and
# drizzle would never create it.
#
#  kit031, scenario 1 (no history): push skips billing.invoices; status says its
#    migration is `absent` (missing names it); plain sync refuses (55000) and
#    writes nothing; sync apply_absent => true creates it and records every
#    row = the rows real drizzle-kit migrate writes on an empty database; real
#    migrate afterwards is a no-op. The same through `migtrack sync --apply-absent`.
#  kit031, scenario 2 (history, then push): the first migrations applied by real
#    drizzle-kit migrate, the later ones pushed (billing skipped): status shows
#    the pushed one `already_exists` (diverged) and billing pending/absent; real
#    migrate fails there; apply_absent sync repairs; real migrate is a no-op.
#  kit1rc: 1.0 does push pgSchema tables; the billing migration's verdict is
#    `present` and a plain sync records drizzle's rows.
# Run: pg_virtualenv -t bash test/e2e/verify_push.sh   (after make install)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_pg_env

W=$(fresh_workdir verify_push)
LOGS=$W/logs
OUTD=$W/out
mkdir -p "$LOGS" "$OUTD"

# The client is built from this tree (make install): its checks always run, never skipped.
# shellcheck source=cli_common.sh
source "$E2E_DIR/cli_common.sh"
HAVE_CLI=1

# the billing stage: a table in its own schema, referencing public.users

# verdict FILE TAG — "<status> <verdict>" of TAG in a migtrack_status result
verdict() { jget "$1" "(m => m ? m.status + ' ' + m.verdict : 'no such migration')(j.migrations.find((m) => m.tag === '$2'))"; }
# missing FILE TAG — the missing list of TAG, comma-joined
missing() { jget "$1" "((j.migrations.find((m) => m.tag === '$2') || {}).missing || []).join(', ')"; }

# the stages, one migration each, in this order
STAGES=(1_users 2_posts 5_billing 3_settings)

# make_project KIT DIR — a project with one generated migration per stage
make_project() {
	local kit=$1 dir=$2 stage
	new_project "$kit" "$dir"
	for stage in "${STAGES[@]}"; do
		cp "$E2E_DIR/schema/$stage.ts" "$dir/src/schema/"
		must "$kit: drizzle-kit generate ${stage#*_}" "$LOGS/${kit}_generate_$stage.log" \
			kit "$kit" "$dir" generate --name "${stage#*_}"
		sleep 1 # 1.0 stamps migrations by the second
	done
}

# ============================================================ kit031
KIT=kit031
COLS="hash, created_at"
install_kit "$KIT"
APP=$W/$KIT/app
make_project "$KIT" "$APP"
mapfile -t NAMES < <(local_migrations "$APP/drizzle")
check_eq "$KIT: four migrations generated" 4 "${#NAMES[@]}"
BILL=${NAMES[2]}
check_contains "$KIT: the billing migration creates billing.invoices" 'CREATE TABLE "billing"."invoices"' \
	"$(cat "$APP/drizzle/$BILL.sql")"
export JOURNAL=$W/$KIT/journal.json
bundle "$APP/drizzle" >"$JOURNAL"

# reference: real drizzle-kit migrate on an empty database
REF=${KIT}_vp_ref
new_db "$REF"
DATABASE_URL=$(db_url "$REF") must "$KIT: drizzle-kit migrate on an empty database" "$LOGS/${KIT}_migrate_ref.log" \
	kit "$KIT" "$APP" migrate
tracking_rows "$REF" "$COLS" >"$W/$KIT/expected.tsv"
check_eq "$KIT: drizzle wrote 4 rows" 4 "$(wc -l <"$W/$KIT/expected.tsv")"
check_eq "$KIT: drizzle-kit migrate created billing.invoices" t "$(table_exists "$REF" billing.invoices)"

# ------------------------------------------------------------ scenario 1: push, no history
P=${KIT}_vp_push
new_db "$P" migtrack
DATABASE_URL=$(db_url "$P") must "$KIT: drizzle-kit push --force" "$LOGS/${KIT}_push.log" kit "$KIT" "$APP" push --force
check_eq "$KIT: push created the public tables" "t t t" \
	"$(table_exists "$P" public.users) $(table_exists "$P" public.posts) $(table_exists "$P" public.settings)"
check_eq "$KIT: push did NOT create billing.invoices (schemaFilter [\"public\"])" f "$(table_exists "$P" billing.invoices)"
createdb -T "$P" "${P}_cli"    # the same state, for the client
createdb -T "$P" "${P}_forced" # and for a forced sync

try_sql "$P" "SELECT migtrack_status(:'journal'::jsonb)" >"$W/$KIT/status_push.json"
check_eq "$KIT: status is untracked" untracked "$(jget "$W/$KIT/status_push.json" j.state)"
check_eq "$KIT: $BILL is pending and absent" "pending absent" "$(verdict "$W/$KIT/status_push.json" "$BILL")"
check_contains "$KIT: missing names billing.invoices (or the billing schema)" billing "$(missing "$W/$KIT/status_push.json" "$BILL")"
note "missing: $(missing "$W/$KIT/status_push.json" "$BILL")"
for i in 0 1 3; do
	check_eq "$KIT: ${NAMES[$i]} is pending and present" "pending present" "$(verdict "$W/$KIT/status_push.json" "${NAMES[$i]}")"
done
check_eq "$KIT: migtrack_migrations shows the same verdict" "absent" \
	"$(sql "$P" "SELECT verdict FROM migtrack_migrations(:'journal'::jsonb) WHERE tag = '$BILL'")"

check_eq "$KIT: plain sync refuses (55000)" 55000 "$(sqlstate "$P" "SELECT migtrack_sync(:'journal'::jsonb)")"
check_contains "$KIT: the refusal names $BILL as absent" "$BILL: absent" \
	"$(sql "$P" "SELECT migtrack_sync(:'journal'::jsonb)" 2>&1 || true)"
check_eq "$KIT: plain sync with accept of $BILL still refuses (absent is not accepted)" 55000 \
	"$(sqlstate "$P" "SELECT migtrack_sync(:'journal'::jsonb, accept => '{$BILL}')")"
check_eq "$KIT: refused sync wrote no tracking table" f "$(table_exists "$P" drizzle.__drizzle_migrations)"
check_eq "$KIT: refused sync created nothing in billing" f "$(table_exists "$P" billing.invoices)"

try_sql "$P" "SELECT migtrack_sync(:'journal'::jsonb, dry_run => true, apply_absent => true)" >"$W/$KIT/dry_absent.json"
result_rows_tsv "$W/$KIT/dry_absent.json" "$COLS" >"$W/$KIT/dry_absent.tsv"
check_files_eq "$KIT: apply_absent dry run rows = drizzle's rows" "$W/$KIT/expected.tsv" "$W/$KIT/dry_absent.tsv"
check_eq "$KIT: apply_absent dry run marks only $BILL to apply" "[\"$BILL\"]" \
	"$(jget "$W/$KIT/dry_absent.json" '(j.rows || []).filter((r) => r.apply).map((r) => r.tag)')"
check_eq "$KIT: dry run created nothing" "f f" \
	"$(table_exists "$P" billing.invoices) $(table_exists "$P" drizzle.__drizzle_migrations)"

try_sql "$P" "SELECT migtrack_sync(:'journal'::jsonb, apply_absent => true)" >"$W/$KIT/sync_absent.json"
check_eq "$KIT: apply_absent sync inserted 4 rows" 4 "$(jget "$W/$KIT/sync_absent.json" j.inserted)"
check_eq "$KIT: apply_absent sync created billing.invoices" t "$(table_exists "$P" billing.invoices)"
check_eq "$KIT: billing.invoices has drizzle's foreign key to users" invoices_user_id_users_id_fk \
	"$(psql_q "$P" -c "SELECT conname FROM pg_constraint WHERE conrelid = 'billing.invoices'::regclass AND contype = 'f'")"
tracking_rows "$P" "$COLS" >"$W/$KIT/synced.tsv"
check_files_eq "$KIT: synced rows = rows real drizzle-kit migrate writes on an empty database" \
	"$W/$KIT/expected.tsv" "$W/$KIT/synced.tsv"
dump_schema "$REF" billing >"$W/$KIT/billing_ref.sql"
dump_schema "$P" billing >"$W/$KIT/billing_synced.sql"
check_files_eq "$KIT: billing schema created by apply_absent = drizzle-kit migrate's (pg_dump)" \
	"$W/$KIT/billing_ref.sql" "$W/$KIT/billing_synced.sql"
try_sql "$P" "SELECT migtrack_status(:'journal'::jsonb)" >"$W/$KIT/status_synced.json"
check_eq "$KIT: status after apply_absent sync is in_sync" in_sync "$(jget "$W/$KIT/status_synced.json" j.state)"
check_eq "$KIT: $BILL is now applied and present" "applied present" "$(verdict "$W/$KIT/status_synced.json" "$BILL")"

tracking_rows "$P" '*' >"$W/$KIT/before_migrate.tsv"
if DATABASE_URL=$(db_url "$P") run_logged "$LOGS/${KIT}_migrate_after.log" kit "$KIT" "$APP" migrate; then
	pass "$KIT: real drizzle-kit migrate after apply_absent sync succeeds (exit 0)"
else
	fail "$KIT: real drizzle-kit migrate after apply_absent sync succeeds (exit $?)"
	tail -20 "$LOGS/${KIT}_migrate_after.log" | sed 's/^/  # /'
fi
tracking_rows "$P" '*' >"$W/$KIT/after_migrate.tsv"
check_files_eq "$KIT: real drizzle-kit migrate was a no-op" "$W/$KIT/before_migrate.tsv" "$W/$KIT/after_migrate.tsv"

# force records the absent migration anyway, with a WARNING: drizzle will then
# never create billing.invoices (shown, so the escape hatch is understood)
out=$(sql "${P}_forced" "SELECT migtrack_sync(:'journal'::jsonb, force => true)->>'inserted'" 2>&1 || true)
check_contains "$KIT: force warns about $BILL" "WARNING:  recording migration \"$BILL\" although it is absent" "$out"
check_eq "$KIT: force recorded 4 rows" 4 "$(psql_q "${P}_forced" -c 'SELECT count(*) FROM drizzle.__drizzle_migrations')"
DATABASE_URL=$(db_url "${P}_forced") run_logged "$LOGS/${KIT}_migrate_forced.log" kit "$KIT" "$APP" migrate || true
check_eq "$KIT: after a forced sync real drizzle-kit migrate never creates billing.invoices" f \
	"$(table_exists "${P}_forced" billing.invoices)"

# the same through the client
if [ -n "$HAVE_CLI" ]; then
	PC=${P}_cli
	mt cli_plain -d "$PC" sync --yes "$APP/drizzle"
	check_rc "$KIT: migtrack sync --yes refuses the absent migration" 3 cli_plain
	check_contains "$KIT: the client's refusal names $BILL" "$BILL" "$(both cli_plain)"
	check_eq "$KIT: refused client sync recorded nothing" absent "$(history "$PC")"
	mt cli_absent -d "$PC" sync --yes --apply-absent "$APP/drizzle"
	check_rc "$KIT: migtrack sync --yes --apply-absent" 0 cli_absent
	check_eq "$KIT: the client's apply_absent created billing.invoices" t "$(table_exists "$PC" billing.invoices)"
	rows "$PC" "$COLS" >"$W/$KIT/cli_synced.tsv"
	check_files_eq "$KIT: client-synced rows = drizzle's rows" "$W/$KIT/expected.tsv" "$W/$KIT/cli_synced.tsv"
	rows "$PC" '*' >"$W/$KIT/cli_before.tsv"
	if DATABASE_URL=$(db_url "$PC") run_logged "$LOGS/${KIT}_migrate_cli.log" kit "$KIT" "$APP" migrate; then
		pass "$KIT: real drizzle-kit migrate after the client's sync succeeds"
	else
		fail "$KIT: real drizzle-kit migrate after the client's sync succeeds (exit $?)"
	fi
	rows "$PC" '*' >"$W/$KIT/cli_after.tsv"
	check_files_eq "$KIT: real drizzle-kit migrate after the client's sync was a no-op" "$W/$KIT/cli_before.tsv" "$W/$KIT/cli_after.tsv"
fi

# ------------------------------------------------------------ scenario 2: history, then push
# The first two migrations applied by real drizzle-kit migrate (history tracked);
# billing and settings then generated and pushed (billing skipped by push).
EARLY=$W/$KIT/early
new_project "$KIT" "$EARLY"
cp "$E2E_DIR/schema/1_users.ts" "$E2E_DIR/schema/2_posts.ts" "$EARLY/src/schema/"
mkdir -p "$EARLY/drizzle/meta"
cp "$APP/drizzle/${NAMES[0]}.sql" "$APP/drizzle/${NAMES[1]}.sql" "$EARLY/drizzle/"
cp "$APP/drizzle/meta/0000_snapshot.json" "$APP/drizzle/meta/0001_snapshot.json" "$EARLY/drizzle/meta/"
node -e '
	const fs = require("fs"), [src, dst] = process.argv.slice(1);
	const j = JSON.parse(fs.readFileSync(src, "utf8"));
	j.entries = j.entries.slice(0, 2);
	fs.writeFileSync(dst, JSON.stringify(j, null, 2));' "$APP/drizzle/meta/_journal.json" "$EARLY/drizzle/meta/_journal.json"
H=${KIT}_vp_hist
new_db "$H" migtrack
DATABASE_URL=$(db_url "$H") must "$KIT: drizzle-kit migrate of the first two migrations" "$LOGS/${KIT}_migrate_early.log" \
	kit "$KIT" "$EARLY" migrate
check_eq "$KIT: history holds 2 rows" 2 "$(history "$H")"
DATABASE_URL=$(db_url "$H") must "$KIT: drizzle-kit push --force of the later schema" "$LOGS/${KIT}_push_hist.log" \
	kit "$KIT" "$APP" push --force
check_eq "$KIT: push created settings, not billing.invoices" "t f" \
	"$(table_exists "$H" public.settings) $(table_exists "$H" billing.invoices)"
check_eq "$KIT: push wrote no row" 2 "$(history "$H")"
createdb -T "$H" "${H}_drizzle"
createdb -T "$H" "${H}_cli"

try_sql "$H" "SELECT migtrack_status(:'journal'::jsonb)" >"$W/$KIT/status_hist.json"
check_eq "$KIT: status is diverged" diverged "$(jget "$W/$KIT/status_hist.json" j.state)"
check_eq "$KIT: the problem is already_exists on ${NAMES[3]} only" "already_exists ${NAMES[3]}" \
	"$(jget "$W/$KIT/status_hist.json" "j.problems.map((p) => p.code + ' ' + p.migration).join(',')")"
check_eq "$KIT: ${NAMES[0]} applied and present" "applied present" "$(verdict "$W/$KIT/status_hist.json" "${NAMES[0]}")"
check_eq "$KIT: ${NAMES[1]} applied and present" "applied present" "$(verdict "$W/$KIT/status_hist.json" "${NAMES[1]}")"
check_eq "$KIT: $BILL pending and absent" "pending absent" "$(verdict "$W/$KIT/status_hist.json" "$BILL")"
check_eq "$KIT: ${NAMES[3]} pending and present" "pending present" "$(verdict "$W/$KIT/status_hist.json" "${NAMES[3]}")"
check_eq "$KIT: migtrack_check raises 55000" 55000 \
	"$(sqlstate "$H" "SELECT migtrack_check(:'journal'::jsonb, 'drizzle', '__drizzle_migrations')")"

# what real drizzle does there: its migrate fails (settings already exists) and records nothing
if DATABASE_URL=$(db_url "${H}_drizzle") run_logged "$LOGS/${KIT}_migrate_hist.log" kit "$KIT" "$APP" migrate; then
	fail "$KIT: real drizzle-kit migrate fails after the push (it succeeded)"
else
	pass "$KIT: real drizzle-kit migrate fails after the push"
fi
check_eq "$KIT: the failed migrate recorded nothing and created nothing" "2 f" \
	"$(history "${H}_drizzle") $(table_exists "${H}_drizzle" billing.invoices)"

check_eq "$KIT: plain sync refuses (55000)" 55000 "$(sqlstate "$H" "SELECT migtrack_sync(:'journal'::jsonb)")"
check_eq "$KIT: refused sync wrote nothing" 2 "$(history "$H")"
try_sql "$H" "SELECT migtrack_sync(:'journal'::jsonb, apply_absent => true)" >"$W/$KIT/sync_hist.json"
check_eq "$KIT: apply_absent sync inserted 2 rows" 2 "$(jget "$W/$KIT/sync_hist.json" j.inserted)"
check_eq "$KIT: apply_absent sync created billing.invoices" t "$(table_exists "$H" billing.invoices)"
tracking_rows "$H" "$COLS" >"$W/$KIT/hist_synced.tsv"
check_files_eq "$KIT: repaired history = rows real drizzle-kit migrate writes on an empty database" \
	"$W/$KIT/expected.tsv" "$W/$KIT/hist_synced.tsv"
try_sql "$H" "SELECT migtrack_status(:'journal'::jsonb)" >"$W/$KIT/status_hist2.json"
check_eq "$KIT: status after repair is in_sync" in_sync "$(jget "$W/$KIT/status_hist2.json" j.state)"
tracking_rows "$H" '*' >"$W/$KIT/hist_before.tsv"
if DATABASE_URL=$(db_url "$H") run_logged "$LOGS/${KIT}_migrate_hist2.log" kit "$KIT" "$APP" migrate; then
	pass "$KIT: real drizzle-kit migrate after the repair succeeds (exit 0)"
else
	fail "$KIT: real drizzle-kit migrate after the repair succeeds (exit $?)"
	tail -20 "$LOGS/${KIT}_migrate_hist2.log" | sed 's/^/  # /'
fi
tracking_rows "$H" '*' >"$W/$KIT/hist_after.tsv"
check_files_eq "$KIT: real drizzle-kit migrate after the repair was a no-op" "$W/$KIT/hist_before.tsv" "$W/$KIT/hist_after.tsv"

if [ -n "$HAVE_CLI" ]; then
	HC=${H}_cli
	mt hist_check -d "$HC" check "$APP/drizzle"
	check_rc "$KIT: migtrack check after the push (diverged)" 1 hist_check
	check_contains "$KIT: the client names already_exists" already_exists "$(both hist_check)"
	mt hist_plain -d "$HC" sync --yes "$APP/drizzle"
	check_rc "$KIT: migtrack sync --yes refuses" 3 hist_plain
	check_eq "$KIT: refused client sync wrote nothing" 2 "$(history "$HC")"
	mt hist_absent -d "$HC" sync --yes --apply-absent "$APP/drizzle"
	check_rc "$KIT: migtrack sync --yes --apply-absent repairs" 0 hist_absent
	rows "$HC" "$COLS" >"$W/$KIT/hist_cli.tsv"
	check_files_eq "$KIT: client-repaired history = drizzle's rows" "$W/$KIT/expected.tsv" "$W/$KIT/hist_cli.tsv"
	check_eq "$KIT: the client created billing.invoices" t "$(table_exists "$HC" billing.invoices)"
	rows "$HC" '*' >"$W/$KIT/hist_cli_before.tsv"
	if DATABASE_URL=$(db_url "$HC") run_logged "$LOGS/${KIT}_migrate_hist_cli.log" kit "$KIT" "$APP" migrate; then
		pass "$KIT: real drizzle-kit migrate after the client's repair succeeds"
	else
		fail "$KIT: real drizzle-kit migrate after the client's repair succeeds (exit $?)"
	fi
	rows "$HC" '*' >"$W/$KIT/hist_cli_after.tsv"
	check_files_eq "$KIT: ... and is a no-op" "$W/$KIT/hist_cli_before.tsv" "$W/$KIT/hist_cli_after.tsv"
fi
unset JOURNAL

# ============================================================ kit1rc: push includes pgSchema tables
KIT=kit1rc
COLS="hash, created_at, name"
install_kit "$KIT"
APP=$W/$KIT/app
make_project "$KIT" "$APP"
mapfile -t NAMES < <(local_migrations "$APP/drizzle")
check_eq "$KIT: four migrations generated" 4 "${#NAMES[@]}"
BILL=${NAMES[2]}
export JOURNAL=$W/$KIT/journal.json
bundle "$APP/drizzle" >"$JOURNAL"

REF=${KIT}_vp_ref
new_db "$REF"
DATABASE_URL=$(db_url "$REF") must "$KIT: drizzle-kit migrate on an empty database" "$LOGS/${KIT}_migrate_ref.log" \
	kit "$KIT" "$APP" migrate
tracking_rows "$REF" "$COLS" >"$W/$KIT/expected.tsv"

P=${KIT}_vp_push
new_db "$P" migtrack
DATABASE_URL=$(db_url "$P") must "$KIT: drizzle-kit push --force" "$LOGS/${KIT}_push.log" kit "$KIT" "$APP" push --force
check_eq "$KIT: 1.0 push DID create billing.invoices" t "$(table_exists "$P" billing.invoices)"
try_sql "$P" "SELECT migtrack_status(:'journal'::jsonb)" >"$W/$KIT/status_push.json"
check_eq "$KIT: status is untracked" untracked "$(jget "$W/$KIT/status_push.json" j.state)"
for i in 0 1 2 3; do
	check_eq "$KIT: ${NAMES[$i]} is pending and present" "pending present" "$(verdict "$W/$KIT/status_push.json" "${NAMES[$i]}")"
done
try_sql "$P" "SELECT migtrack_sync(:'journal'::jsonb)" >"$W/$KIT/sync.json"
check_eq "$KIT: plain sync inserted 4 rows" 4 "$(jget "$W/$KIT/sync.json" j.inserted)"
tracking_rows "$P" "$COLS" >"$W/$KIT/synced.tsv"
check_files_eq "$KIT: synced rows = drizzle's rows" "$W/$KIT/expected.tsv" "$W/$KIT/synced.tsv"
tracking_rows "$P" '*' >"$W/$KIT/before_migrate.tsv"
if DATABASE_URL=$(db_url "$P") run_logged "$LOGS/${KIT}_migrate_after.log" kit "$KIT" "$APP" migrate; then
	pass "$KIT: real drizzle-kit migrate after sync succeeds"
else
	fail "$KIT: real drizzle-kit migrate after sync succeeds (exit $?)"
	tail -20 "$LOGS/${KIT}_migrate_after.log" | sed 's/^/  # /'
fi
tracking_rows "$P" '*' >"$W/$KIT/after_migrate.tsv"
check_files_eq "$KIT: real drizzle-kit migrate was a no-op" "$W/$KIT/before_migrate.tsv" "$W/$KIT/after_migrate.tsv"
unset JOURNAL

finish

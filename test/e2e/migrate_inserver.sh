#!/usr/bin/env bash
# migtrack_migrate(journal) applies pending migrations from inside the server
# exactly as drizzle-orm's migrate() does: the same statements (the file split
# on `--> statement-breakpoint`), the same tracking rows. For both kits:
#  - on an empty database it writes the rows real drizzle-kit migrate writes on
#    another empty database, and builds the same schema (pg_dump of public,
#    billing and drizzle compared);
#  - dry_run writes nothing and lists those rows;
#  - after one more `drizzle-kit generate` it applies only the new migration,
#    and the history equals drizzle's after its own migrate of that migration;
#  - real drizzle-kit migrate afterwards is a no-op;
#  - on the push incident (untracked) it refuses with 55000 and writes nothing.
# The same through `migtrack migrate DIR --yes` when the client has it.
# Run: pg_virtualenv -t bash test/e2e/migrate_inserver.sh   (after make install)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_pg_env

W=$(fresh_workdir migrate_inserver)
LOGS=$W/logs
OUTD=$W/out
mkdir -p "$LOGS" "$OUTD"

# The client is built from this tree (make install): its checks always run, never skipped.
# shellcheck source=cli_common.sh
source "$E2E_DIR/cli_common.sh"
HAVE_CLI=1


# schema_of DB — DDL of everything drizzle and the migrations created
schema_of() { dump_schema "$1" public billing drizzle; }

# run_migrate TAG DB [DRY] — migtrack_migrate into $W/$KIT/TAG.json
run_migrate() {
	try_sql "$2" "SELECT migtrack_migrate(:'journal'::jsonb${3:+, dry_run => true})" >"$W/$KIT/$1.json"
}

for KIT in kit031 kit1rc; do
	install_kit "$KIT"
	COLS=$(tracking_columns "$KIT")
	mkdir -p "$W/$KIT"
	APP=$W/$KIT/app
	new_project "$KIT" "$APP"
	for stage in 1_users 2_posts 5_billing 3_settings; do generate_stage "$KIT" "$APP" "$stage"; done
	mapfile -t NAMES < <(local_migrations "$APP/drizzle")
	check_eq "$KIT: four migrations generated" 4 "${#NAMES[@]}"
	export JOURNAL=$W/$KIT/journal.json
	bundle "$APP/drizzle" >"$JOURNAL"

	# reference: real drizzle-kit migrate on an empty database
	REF=${KIT}_mi_ref
	reference_rows "$KIT" "$APP" "$REF" "$W/$KIT/expected.tsv"
	check_eq "$KIT: drizzle wrote 4 rows" 4 "$(wc -l <"$W/$KIT/expected.tsv")"

	# ------------------------------------------------------------ migtrack_migrate on an empty database
	M=${KIT}_mi
	new_db "$M" migtrack
	run_migrate dry "$M" dry
	check_eq "$KIT: dry run applies nothing" 0 "$(jget "$W/$KIT/dry.json" j.applied)"
	result_rows_tsv "$W/$KIT/dry.json" "$COLS" >"$W/$KIT/dry.tsv"
	check_files_eq "$KIT: dry run lists the rows real drizzle writes" "$W/$KIT/expected.tsv" "$W/$KIT/dry.tsv"
	check_eq "$KIT: dry run created nothing" "f f" \
		"$(table_exists "$M" public.users) $(table_exists "$M" drizzle.__drizzle_migrations)"

	run_migrate first "$M"
	check_eq "$KIT: migtrack_migrate applied 4 migrations" 4 "$(jget "$W/$KIT/first.json" j.applied)"
	result_rows_tsv "$W/$KIT/first.json" "$COLS" >"$W/$KIT/first_result.tsv"
	check_files_eq "$KIT: migtrack_migrate's result rows = drizzle's rows" "$W/$KIT/expected.tsv" "$W/$KIT/first_result.tsv"
	tracking_rows "$M" "$COLS" >"$W/$KIT/first.tsv" 2>&1 || true
	check_files_eq "$KIT: migtrack_migrate wrote the rows real drizzle-kit migrate writes" "$W/$KIT/expected.tsv" "$W/$KIT/first.tsv"
	schema_of "$REF" >"$W/$KIT/schema_ref.sql"
	schema_of "$M" >"$W/$KIT/schema_m.sql"
	check_eq "$KIT: the reference dump has billing.invoices" 1 "$(grep -c 'CREATE TABLE billing.invoices' "$W/$KIT/schema_ref.sql")"
	check_files_eq "$KIT: schema built by migtrack_migrate = drizzle-kit migrate's (pg_dump public, billing, drizzle)" \
		"$W/$KIT/schema_ref.sql" "$W/$KIT/schema_m.sql"
	try_sql "$M" "SELECT migtrack_status(:'journal'::jsonb)" >"$W/$KIT/status_first.json"
	check_eq "$KIT: status after migtrack_migrate is in_sync" in_sync "$(jget "$W/$KIT/status_first.json" j.state)"
	run_migrate again "$M"
	check_eq "$KIT: a second migtrack_migrate applies nothing" 0 "$(jget "$W/$KIT/again.json" j.applied)"

	# ------------------------------------------------------------ one more migration
	generate_stage "$KIT" "$APP" 4_comments
	mapfile -t NAMES2 < <(local_migrations "$APP/drizzle")
	NEW=${NAMES2[4]:-none}
	check_eq "$KIT: generate added one migration" 5 "${#NAMES2[@]}"
	bundle "$APP/drizzle" >"$JOURNAL"
	DATABASE_URL=$(db_url "$REF") must "$KIT: drizzle-kit migrate of the new migration (reference)" \
		"$LOGS/${KIT}_migrate_ref2.log" kit "$KIT" "$APP" migrate
	tracking_rows "$REF" "$COLS" >"$W/$KIT/expected2.tsv"
	check_eq "$KIT: drizzle added one row" 5 "$(wc -l <"$W/$KIT/expected2.tsv")"

	tracking_rows "$M" '*' | head -4 >"$W/$KIT/m_before_new.tsv"
	run_migrate second "$M"
	check_eq "$KIT: migtrack_migrate applied only the new migration" "1 [\"$NEW\"]" \
		"$(jget "$W/$KIT/second.json" j.applied) $(jget "$W/$KIT/second.json" '(j.rows || []).map((r) => r.tag)')"
	check_eq "$KIT: the new migration's table exists" t "$(table_exists "$M" public.comments)"
	tracking_rows "$M" "$COLS" >"$W/$KIT/second.tsv"
	check_files_eq "$KIT: history after migtrack_migrate = drizzle's after its own migrate" "$W/$KIT/expected2.tsv" "$W/$KIT/second.tsv"
	tracking_rows "$M" '*' | head -4 >"$W/$KIT/m_after_new.tsv"
	check_files_eq "$KIT: the earlier rows were left alone" "$W/$KIT/m_before_new.tsv" "$W/$KIT/m_after_new.tsv"
	schema_of "$REF" >"$W/$KIT/schema_ref2.sql"
	schema_of "$M" >"$W/$KIT/schema_m2.sql"
	check_files_eq "$KIT: schema after the new migration = drizzle's (pg_dump)" "$W/$KIT/schema_ref2.sql" "$W/$KIT/schema_m2.sql"

	tracking_rows "$M" '*' >"$W/$KIT/m_before_drizzle.tsv"
	if DATABASE_URL=$(db_url "$M") run_logged "$LOGS/${KIT}_migrate_after.log" kit "$KIT" "$APP" migrate; then
		pass "$KIT: real drizzle-kit migrate after migtrack_migrate succeeds (exit 0)"
	else
		fail "$KIT: real drizzle-kit migrate after migtrack_migrate succeeds (exit $?)"
		tail -20 "$LOGS/${KIT}_migrate_after.log" | sed 's/^/  # /'
	fi
	tracking_rows "$M" '*' >"$W/$KIT/m_after_drizzle.tsv"
	check_files_eq "$KIT: real drizzle-kit migrate was a no-op" "$W/$KIT/m_before_drizzle.tsv" "$W/$KIT/m_after_drizzle.tsv"

	# ------------------------------------------------------------ the push incident: refused
	P=${KIT}_mi_push
	new_db "$P" migtrack
	DATABASE_URL=$(db_url "$P") must "$KIT: drizzle-kit push --force" "$LOGS/${KIT}_push.log" kit "$KIT" "$APP" push --force
	check_eq "$KIT: migtrack_migrate refuses on the untracked database (55000)" 55000 \
		"$(sqlstate "$P" "SELECT migtrack_migrate(:'journal'::jsonb)")"
	check_eq "$KIT: the refused migrate wrote no tracking table" f "$(table_exists "$P" drizzle.__drizzle_migrations)"
	if [ "$KIT" == kit031 ]; then
		check_eq "$KIT: ... and ran nothing (billing.invoices, skipped by push, still absent)" f "$(table_exists "$P" billing.invoices)"
	fi
	check_eq "$KIT: migtrack_migrate dry run refuses too (55000)" 55000 \
		"$(sqlstate "$P" "SELECT migtrack_migrate(:'journal'::jsonb, dry_run => true)")"

	# ------------------------------------------------------------ the client
	if [ -n "$HAVE_CLI" ]; then
		C=${KIT}_mi_cli
		new_db "$C" migtrack
		mt cli_dry -d "$C" migrate --dry-run "$APP/drizzle"
		check_rc "$KIT: migtrack migrate --dry-run" 0 cli_dry
		check_eq "$KIT: the client's dry run wrote nothing" absent "$(history "$C")"
		mt cli_noyes -d "$C" migrate "$APP/drizzle"
		check_rc "$KIT: migtrack migrate without --yes and no terminal is refused" 3 cli_noyes
		check_eq "$KIT: ... and wrote nothing" absent "$(history "$C")"
		mt cli_migrate -d "$C" migrate --yes "$APP/drizzle"
		check_rc "$KIT: migtrack migrate --yes" 0 cli_migrate
		rows "$C" "$COLS" >"$W/$KIT/cli.tsv"
		check_files_eq "$KIT: client migrate rows = drizzle's rows" "$W/$KIT/expected2.tsv" "$W/$KIT/cli.tsv"
		schema_of "$C" >"$W/$KIT/schema_cli.sql"
		check_files_eq "$KIT: client migrate schema = drizzle's (pg_dump)" "$W/$KIT/schema_ref2.sql" "$W/$KIT/schema_cli.sql"
		rows "$C" '*' >"$W/$KIT/cli_before.tsv"
		if DATABASE_URL=$(db_url "$C") run_logged "$LOGS/${KIT}_migrate_cli.log" kit "$KIT" "$APP" migrate; then
			pass "$KIT: real drizzle-kit migrate after the client's migrate succeeds"
		else
			fail "$KIT: real drizzle-kit migrate after the client's migrate succeeds (exit $?)"
		fi
		rows "$C" '*' >"$W/$KIT/cli_after.tsv"
		check_files_eq "$KIT: ... and is a no-op" "$W/$KIT/cli_before.tsv" "$W/$KIT/cli_after.tsv"
		mt cli_push -d "$P" migrate --yes "$APP/drizzle"
		check_rc "$KIT: migtrack migrate --yes refuses on the push incident" 3 cli_push
		check_eq "$KIT: ... and wrote nothing" absent "$(history "$P")"
	fi
	unset JOURNAL
done

finish

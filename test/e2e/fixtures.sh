#!/usr/bin/env bash
# Replays the fixtures of test/fixtures (migration folders made by the real drizzle
# releases, with truth.tsv = the rows drizzle's migrate() wrote) without any
# history, then checks migtrack_sync writes exactly those rows, byte for byte.
# The fixtures include a data-only migration (seed_admin): sync refuses it until
# it is named in accept.
# Run: pg_virtualenv -t bash test/e2e/fixtures.sh   (after make install)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_pg_env

W=$(fresh_workdir fixtures)

for label in kit031 kit1rc; do
	FIX=$FIXTURES/$label
	if [ ! -f "$FIX/truth.tsv" ]; then
		fail "$label: fixture present at $FIX (test/fixtures)"
		continue
	fi
	install_kit "$label"
	COLS=$(tracking_columns "$label")
	TRUTH=$FIX/truth.tsv
	N=$(wc -l <"$TRUTH")
	export JOURNAL=$W/$label.json
	bundle "$FIX/drizzle" >"$JOURNAL"

	# --- reference: the pinned release applied to an empty database must still
	# write truth.tsv (guards the toolchain and the fixture against each other)
	REF=${label}_fixture_ref
	new_db "$REF"
	if run_logged "$W/$label.ref.log" orm_migrate "$label" "$FIX/drizzle" "$REF"; then
		tracking_rows "$REF" "$COLS" >"$W/$label.ref.tsv"
		check_files_eq "$label: drizzle-orm migrate() still writes truth.tsv" "$TRUTH" "$W/$label.ref.tsv"
	else
		fail "$label: drizzle-orm migrate() on an empty database"
		tail -5 "$W/$label.ref.log" | sed 's/^/  # /'
	fi

	# --- the fixture's schema, created WITHOUT history: every migration file in
	# drizzle's order, in one transaction as drizzle does. `--> statement-breakpoint`
	# is an SQL comment to psql, so psql runs the same statements drizzle would.
	DB=${label}_fixture
	new_db "$DB" migtrack
	files=()
	while read -r name; do
		if [ "$label" == kit031 ]; then files+=(-f "$FIX/drizzle/$name.sql"); else files+=(-f "$FIX/drizzle/$name/migration.sql"); fi
	done < <(local_migrations "$FIX/drizzle")
	psql_q "$DB" -1 -q "${files[@]}" >/dev/null
	check_eq "$label: replayed schema has no drizzle schema" f \
		"$(psql_q "$DB" -c "SELECT EXISTS (SELECT FROM pg_namespace WHERE nspname = 'drizzle')")"
	check_eq "$label: replayed schema has the last table" t "$(table_exists "$DB" public.tags)"

	try_sql "$DB" "SELECT migtrack_status(:'journal'::jsonb)" >"$W/$label.status0.json"
	check_eq "$label: status without history is untracked" untracked "$(jget "$W/$label.status0.json" j.state)"

	# The fixture's seed_admin migration is a hand-written INSERT (drizzle-kit
	# generate --custom): the catalog cannot confirm data, so a plain sync must
	# refuse, name it data_only, and write nothing at all.
	SEED=$(local_migrations "$FIX/drizzle" | grep -m1 seed_admin)
	try_sql "$DB" "SELECT migtrack_status(:'journal'::jsonb)" >"$W/$label.status_v.json"
	check_eq "$label: status verdict of $SEED is data_only" data_only \
		"$(jget "$W/$label.status_v.json" "j.migrations.find((m) => m.tag === '$SEED').verdict")"
	check_eq "$label: every other migration's verdict is present" "" \
		"$(jget "$W/$label.status_v.json" "j.migrations.filter((m) => m.tag !== '$SEED' && m.verdict !== 'present').map((m) => m.tag + '=' + m.verdict).join(' ')")"
	check_eq "$label: plain sync refuses (55000)" 55000 "$(sqlstate "$DB" "SELECT migtrack_sync(:'journal'::jsonb)")"
	refusal=$(try_sql "$DB" "SELECT migtrack_sync(:'journal'::jsonb)")
	check_contains "$label: the refusal says why" "not verified as applied" "$refusal"
	refusal=$(sql "$DB" "SELECT migtrack_sync(:'journal'::jsonb)" 2>&1 || true)
	check_contains "$label: the refusal names $SEED as data_only" "$SEED: data_only" "$refusal"
	check_eq "$label: refused sync created no tracking table" f "$(table_exists "$DB" drizzle.__drizzle_migrations)"
	check_eq "$label: refused sync created no drizzle schema" f \
		"$(psql_q "$DB" -c "SELECT EXISTS (SELECT FROM pg_namespace WHERE nspname = 'drizzle')")"
	check_eq "$label: plain dry run refuses too (55000)" 55000 \
		"$(sqlstate "$DB" "SELECT migtrack_sync(:'journal'::jsonb, dry_run => true)")"
	check_eq "$label: accept naming a tag not in the journal is an error (22023)" 22023 \
		"$(sqlstate "$DB" "SELECT migtrack_sync(:'journal'::jsonb, accept => '{9999_nope}')")"

	# vouching for the seed (it ran: users holds the admin) lets sync record all
	check_eq "$label: the seed's row is really there" 1 \
		"$(psql_q "$DB" -c "SELECT count(*) FROM users WHERE email = 'admin@example.com'")"
	try_sql "$DB" "SELECT migtrack_sync(:'journal'::jsonb, dry_run => true, accept => '{$SEED}')" >"$W/$label.dry.json"
	result_rows_tsv "$W/$label.dry.json" "$COLS" >"$W/$label.dry.tsv"
	check_files_eq "$label: dry-run rows = truth.tsv" "$TRUTH" "$W/$label.dry.tsv"
	check_eq "$label: dry run created no tracking table" f "$(table_exists "$DB" drizzle.__drizzle_migrations)"

	try_sql "$DB" "SELECT migtrack_sync(:'journal'::jsonb, accept => '{$SEED}')" >"$W/$label.sync.json"
	check_eq "$label: sync inserted every migration" "$N" "$(jget "$W/$label.sync.json" j.inserted)"
	result_rows_tsv "$W/$label.sync.json" "$COLS" >"$W/$label.sync.tsv"
	check_files_eq "$label: sync result rows = truth.tsv" "$TRUTH" "$W/$label.sync.tsv"
	tracking_rows "$DB" "$COLS" >"$W/$label.table.tsv" 2>&1 || true
	check_files_eq "$label: tracking table = truth.tsv" "$TRUTH" "$W/$label.table.tsv"

	# the table migtrack created must be the one drizzle creates
	layout="SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns
	        WHERE table_schema = 'drizzle' AND table_name = '__drizzle_migrations' ORDER BY ordinal_position"
	check_eq "$label: tracking table layout = drizzle's" "$(psql_q "$REF" -c "$layout")" "$(psql_q "$DB" -c "$layout")"

	try_sql "$DB" "SELECT migtrack_status(:'journal'::jsonb)" >"$W/$label.status1.json"
	check_eq "$label: status after sync is in_sync" in_sync "$(jget "$W/$label.status1.json" j.state)"

	# and real drizzle agrees there is nothing left to do
	tracking_rows "$DB" '*' >"$W/$label.before.tsv" 2>&1 || true
	if run_logged "$W/$label.migrate.log" orm_migrate "$label" "$FIX/drizzle" "$DB"; then
		pass "$label: drizzle-orm migrate() after sync succeeds"
	else
		fail "$label: drizzle-orm migrate() after sync succeeds"
		tail -3 "$W/$label.migrate.log" | sed 's/^/  # /'
	fi
	tracking_rows "$DB" '*' >"$W/$label.after.tsv" 2>&1 || true
	check_files_eq "$label: drizzle-orm migrate() left the rows unchanged" "$W/$label.before.tsv" "$W/$label.after.tsv"
	unset JOURNAL
done

finish

#!/usr/bin/env bash
# Hand-edited migration files (drizzle-kit generate --custom) with CRLF line
# ends, non-ASCII text and an invalid UTF-8 byte: drizzle hashes the text
# fs.readFileSync(p).toString() gives it, and the synced rows must match the
# rows real drizzle writes for the very same files, for both kits.
# Run: pg_virtualenv -t bash test/e2e/encoding.sh   (after make install)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_pg_env

W=$(fresh_workdir encoding)

for KIT in kit031 kit1rc; do
	install_kit "$KIT"
	COLS=$(tracking_columns "$KIT")
	APP=$W/$KIT
	new_project "$KIT" "$APP"
	cp "$E2E_DIR/schema/1_users.ts" "$APP/src/schema/"
	run_logged "$W/$KIT.gen1.log" kit "$KIT" "$APP" generate --name users
	sleep 1 # 1.0 names migrations by the second
	run_logged "$W/$KIT.gen2.log" kit "$KIT" "$APP" generate --custom --name seed
	mapfile -t names < <(local_migrations "$APP/drizzle")
	if [ "$KIT" == kit031 ]; then custom=$APP/drizzle/${names[1]}.sql; else custom=$APP/drizzle/${names[1]}/migration.sql; fi
	# CRLF, é/☕/U+FEFF in UTF-8, and a lone Latin-1 0xE9 byte inside a comment.
	# (Not a leading BOM: drizzle sends it to PostgreSQL, which rejects it, so
	# drizzle can never have recorded such a file.)
	printf -- '-- seed: caf\xc3\xa9 \xe2\x98\x95 \xef\xbb\xbf / latin1 caf\xe9\r\nINSERT INTO "users" ("email") VALUES (\x27zo\xc3\xab@example.com\x27);\r\n' >"$custom"
	check_eq "$KIT: two migrations, the second custom" 2 "${#names[@]}"

	# reference rows: real drizzle-kit migrate on an empty database
	REF=${KIT}_enc_ref
	new_db "$REF"
	if DATABASE_URL=$(db_url "$REF") run_logged "$W/$KIT.ref.log" kit "$KIT" "$APP" migrate; then
		pass "$KIT: drizzle-kit migrate runs the odd file"
	else
		fail "$KIT: drizzle-kit migrate runs the odd file"
		tail -20 "$W/$KIT.ref.log" | sed 's/^/  # /'
	fi
	tracking_rows "$REF" "$COLS" >"$W/$KIT.expected.tsv"
	# the invalid byte reached PostgreSQL as U+FFFD, proving drizzle decoded it
	check_eq "$KIT: seed row inserted by drizzle" "zoë@example.com" "$(psql_q "$REF" -c 'SELECT email FROM users')"

	# the incident: push, then sync from the bundled folder
	DB=${KIT}_enc
	new_db "$DB" migtrack
	DATABASE_URL=$(db_url "$DB") run_logged "$W/$KIT.push.log" kit "$KIT" "$APP" push --force ||
		fail "$KIT: drizzle-kit push"
	export JOURNAL=$W/$KIT.json
	bundle "$APP/drizzle" >"$JOURNAL"
	# the custom migration holds only a comment and an INSERT: data the catalog
	# cannot confirm, so a plain sync refuses it (writing nothing) and the user
	# vouches for it by name
	check_eq "$KIT: plain sync refuses the data-only custom migration (55000)" 55000 \
		"$(sqlstate "$DB" "SELECT migtrack_sync(:'journal'::jsonb)")"
	check_contains "$KIT: the refusal names ${names[1]} as data_only" "${names[1]}: data_only" \
		"$(sql "$DB" "SELECT migtrack_sync(:'journal'::jsonb)" 2>&1 || true)"
	check_eq "$KIT: refused sync created no tracking table" f "$(table_exists "$DB" drizzle.__drizzle_migrations)"
	try_sql "$DB" "SELECT migtrack_sync(:'journal'::jsonb, accept => '{${names[1]}}')" >"$W/$KIT.sync.json"
	tracking_rows "$DB" "$COLS" >"$W/$KIT.synced.tsv" 2>&1 || true
	check_files_eq "$KIT: synced rows = drizzle's rows for CRLF/non-ASCII/invalid UTF-8 files" \
		"$W/$KIT.expected.tsv" "$W/$KIT.synced.tsv"
	try_sql "$DB" "SELECT migtrack_status(:'journal'::jsonb)" >"$W/$KIT.status.json"
	check_eq "$KIT: status is in_sync" in_sync "$(jget "$W/$KIT.status.json" j.state)"
	if DATABASE_URL=$(db_url "$DB") run_logged "$W/$KIT.migrate.log" kit "$KIT" "$APP" migrate; then
		pass "$KIT: drizzle-kit migrate after sync succeeds"
	else
		fail "$KIT: drizzle-kit migrate after sync succeeds"
	fi
	check_eq "$KIT: drizzle treats the synced seed as applied (push never ran it)" 0 "$(psql_q "$DB" -c 'SELECT count(*) FROM users')"
	unset JOURNAL
done

finish

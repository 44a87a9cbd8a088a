#!/usr/bin/env bash
# The `migtrack` client reads migration files exactly as drizzle-orm does
# (fs.readFileSync(p).toString()), for both drizzle-kit 0.31 and 1.0.0-rc.5:
#
#  1. hand-written migrations (drizzle-kit generate --custom) with CRLF line
#     ends, non-ASCII text (é, 中文, emoji) and INVALID UTF-8 (a lone 0xff, a
#     truncated 0xe2 0x82, an overlong 0xc0 0xaf, a surrogate 0xed 0xa0 0x80, a
#     truncated 4-byte sequence, one at the very end of the file) inside SQL
#     comments: real drizzle migrate on database X; on database Y the same
#     objects without history, then `migtrack sync --yes` (refused while the
#     data-only custom migration is not named; then --accept): the rows must be
#     identical, and `migtrack bundle` must carry the text Node reads.
#  2. a LATIN1 database: migrations with é/ü synced by the client get the hash
#     real drizzle writes (sha256 of the UTF-8 text), not that of a
#     re-encoded text.
# Run: pg_virtualenv -t bash test/e2e/cli_encoding.sh   (after make install)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=cli_common.sh
source "$E2E_DIR/cli_common.sh"
require_pg_env

W=$(fresh_workdir cli_encoding)

# drop_history DB — the database keeps drizzle's objects, loses drizzle's history
# (as after a restore of the public schema only)
drop_history() { PGOPTIONS="-c client_min_messages=warning" psql_q "$1" -c 'DROP SCHEMA drizzle CASCADE' >/dev/null; }

# bundle_matches_node BUNDLE_JSON FOLDER — "ok", or what differs: every "sql" of
# `migtrack bundle` against Node's fs.readFileSync(p).toString() of its file
bundle_matches_node() {
	node -e '
		const fs = require("fs"), path = require("path");
		const [file, dir] = process.argv.slice(1);
		let j;
		try { j = JSON.parse(fs.readFileSync(file, "utf8")); } catch (e) { console.log("not JSON: " + e.message); process.exit(0); }
		const items = j.entries
			? j.entries.map((e) => [e.tag, e.sql, path.join(dir, e.tag + ".sql")])
			: j.migrations.map((m) => [m.name, m.sql, path.join(dir, m.name, "migration.sql")]);
		const bad = items.filter(([, sql, p]) => sql !== fs.readFileSync(p).toString()).map(([n]) => n);
		if (j.entries) {
			// everything else in the journal is kept as drizzle-kit wrote it
			const orig = JSON.parse(fs.readFileSync(path.join(dir, "meta", "_journal.json")).toString());
			const stripped = { ...j, entries: j.entries.map(({ sql, ...e }) => e) };
			if (JSON.stringify(stripped) !== JSON.stringify(orig)) bad.push("journal keys");
		}
		console.log(items.length === 0 ? "no migrations" : bad.length ? "differs: " + bad.join(", ") : "ok");' "$1" "$2"
}

for KIT in kit031 kit1rc; do
	install_kit "$KIT"
	COLS=$(cols "$KIT")
	OUTD=$W/$KIT/out
	LOGS=$W/$KIT/logs
	mkdir -p "$OUTD" "$LOGS"

	# ============================================================ CRLF, non-ASCII, invalid UTF-8
	APP=$W/$KIT/odd
	D=$APP/drizzle
	new_project "$KIT" "$APP"
	cp "$E2E_DIR/schema/1_users.ts" "$APP/src/schema/"
	must "$KIT: drizzle-kit generate users" "$LOGS/gen_users.log" kit "$KIT" "$APP" generate --name users
	sleep 1
	must "$KIT: drizzle-kit generate --custom --name x" "$LOGS/gen_x.log" kit "$KIT" "$APP" generate --custom --name x
	sleep 1
	must "$KIT: drizzle-kit generate --custom --name tail" "$LOGS/gen_tail.log" kit "$KIT" "$APP" generate --custom --name tail
	mapfile -t NAMES < <(local_migrations "$D")
	check_eq "$KIT: three migrations (one generated, two custom)" 3 "${#NAMES[@]}"
	X=$(migration_file "$KIT" "$D" "${NAMES[1]}")
	T=$(migration_file "$KIT" "$D" "${NAMES[2]}")
	# CRLF throughout; the invalid sequences only in comments, so PostgreSQL
	# accepts the statements once drizzle has decoded them to U+FFFD.
	printf '%s' \
		'-- hand-written: caf'$'\xc3\xa9'' '$'\xe4\xb8\xad\xe6\x96\x87'' '$'\xf0\x9f\x98\x80'$'\r\n' \
		'-- lone ff ['$'\xff'$'] truncated e2 82 ['$'\xe2\x82'$'] overlong c0 af ['$'\xc0\xaf'$'] surrogate ed a0 80 ['$'\xed\xa0\x80'$']'$'\r\n' \
		'-- truncated 4-byte ['$'\xf0\x9f\x98'$'] lone continuation ['$'\x80'$'] f5 ['$'\xf5'$'] fe fe ['$'\xfe\xfe'$']'$'\r\n' \
		'CREATE TABLE "notes" ("id" serial PRIMARY KEY, "body" text NOT NULL);'$'\r\n' \
		'--> statement-breakpoint'$'\r\n' \
		'INSERT INTO "notes" ("body") VALUES ('\''caf'$'\xc3\xa9'' '$'\xe4\xb8\xad\xe6\x96\x87'' '$'\xf0\x9f\x98\x80'' '$'\xc3\xbc'\'');'$'\r\n' >"$X"
	# a file whose last bytes are a truncated sequence, and a leading CRLF-only line
	printf '%s' $'\r\n''INSERT INTO "notes" ("body") VALUES ('\''tail'\'');'$'\r\n''-- ends mid-character '$'\xe2\x82' >"$T"

	# the files are what the test means them to be (so it can fail)
	RAWX=$(sha256sum "$X" | cut -d' ' -f1)
	NODEX=$(sha_text "$X")
	if [ "$RAWX" != "$NODEX" ]; then
		pass "$KIT: Node's decoding changes the hand-written file's hash (invalid UTF-8 present)"
	else
		fail "$KIT: Node's decoding changes the hand-written file's hash (the file has no invalid UTF-8?)"
	fi
	check_eq "$KIT: the hand-written file has CRLF line ends" 6 "$(tr -cd '\r' <"$X" | wc -c)"

	# X: real drizzle migrate on an empty database
	DBX=${KIT}_cli_enc_x
	new_db "$DBX"
	if DATABASE_URL=$(db_url "$DBX") run_logged "$LOGS/migrate_x.log" kit "$KIT" "$APP" migrate; then
		pass "$KIT: real drizzle-kit migrate runs the hand-written files"
	else
		fail "$KIT: real drizzle-kit migrate runs the hand-written files (exit $?)"
		tail -20 "$LOGS/migrate_x.log" | sed 's/^/  # /'
	fi
	rows "$DBX" "$COLS" >"$W/$KIT/expected.tsv"
	check_eq "$KIT: drizzle wrote 3 rows" 3 "$(wc -l <"$W/$KIT/expected.tsv")"
	check_eq "$KIT: drizzle ran the statements" "café 中文 😀 ü|tail" \
		"$(psql_q "$DBX" -c "SELECT string_agg(body, '|' ORDER BY id) FROM notes" 2>&1)"
	check_eq "$KIT: drizzle's hash of the hand-written file = node:crypto of Node's text" "$NODEX" \
		"$(sed -n 2p "$W/$KIT/expected.tsv" | cut -f1)"

	# Y: the same objects, no history; then the client
	DBY=${KIT}_cli_enc_y
	new_db "$DBY" migtrack
	DATABASE_URL=$(db_url "$DBY") must "$KIT: build Y with drizzle-kit migrate" "$LOGS/migrate_y.log" kit "$KIT" "$APP" migrate
	drop_history "$DBY"
	mt status_y -d "$DBY" --json status "$D"
	check_eq "$KIT: Y without history is untracked" untracked "$(jget "$OUTD/status_y.out" j.state)"
	# the tail migration is only an INSERT (data the catalog cannot confirm):
	# plain sync refuses it and writes nothing; --accept vouches for it
	mt sync_y_plain -d "$DBY" sync --yes "$D"
	check_rc "$KIT: plain sync --yes refuses the data-only ${NAMES[2]}" 3 sync_y_plain
	check_contains "$KIT: the refusal names ${NAMES[2]} as data_only" "${NAMES[2]}: data_only" "$(both sync_y_plain)"
	check_eq "$KIT: refused sync recorded nothing" absent "$(history "$DBY")"
	mt sync_y -d "$DBY" sync --yes --accept="${NAMES[2]}" "$D"
	check_rc "$KIT: sync --yes --accept=${NAMES[2]} of the hand-written files" 0 sync_y
	rows "$DBY" "$COLS" >"$W/$KIT/synced.tsv"
	check_files_eq "$KIT: rows synced by the client = rows real drizzle migrate wrote (CRLF, non-ASCII, invalid UTF-8)" \
		"$W/$KIT/expected.tsv" "$W/$KIT/synced.tsv"
	mt check_y -d "$DBY" check --in-sync "$D"
	check_rc "$KIT: check --in-sync after sync" 0 check_y
	rows "$DBY" '*' >"$W/$KIT/y_before.tsv"
	if DATABASE_URL=$(db_url "$DBY") run_logged "$LOGS/migrate_y2.log" kit "$KIT" "$APP" migrate; then
		pass "$KIT: real drizzle-kit migrate after sync succeeds"
	else
		fail "$KIT: real drizzle-kit migrate after sync succeeds (exit $?)"
		tail -20 "$LOGS/migrate_y2.log" | sed 's/^/  # /'
	fi
	rows "$DBY" '*' >"$W/$KIT/y_after.tsv"
	check_files_eq "$KIT: drizzle left the synced rows alone" "$W/$KIT/y_before.tsv" "$W/$KIT/y_after.tsv"
	check_eq "$KIT: drizzle ran nothing again" 2 "$(psql_q "$DBY" -c 'SELECT count(*) FROM notes')"

	# bundle carries exactly Node's text
	mt bundle_odd bundle "$D"
	check_rc "$KIT: bundle of the hand-written files" 0 bundle_odd
	check_eq "$KIT: bundle's sql = fs.readFileSync(p).toString() for every file" ok \
		"$(bundle_matches_node "$OUTD/bundle_odd.out" "$D")"
	check_eq "$KIT: bundle accepted by migtrack_status from psql" in_sync "$(psql_state "$DBY" "$OUTD/bundle_odd.out")"

	# ============================================================ a LATIN1 database
	LAT=$W/$KIT/latin1
	LD=$LAT/drizzle
	new_project "$KIT" "$LAT"
	cp "$E2E_DIR/schema/1_users.ts" "$LAT/src/schema/"
	must "$KIT: drizzle-kit generate users (latin1)" "$LOGS/gen_lat_users.log" kit "$KIT" "$LAT" generate --name users
	sleep 1
	must "$KIT: drizzle-kit generate --custom --name seed (latin1)" "$LOGS/gen_lat_x.log" kit "$KIT" "$LAT" generate --custom --name seed
	mapfile -t LNAMES < <(local_migrations "$LD")
	LX=$(migration_file "$KIT" "$LD" "${LNAMES[1]}")
	printf '%s\n' '-- Grüße aus Köln, café, naïve, ½ °C' \
		'INSERT INTO "users" ("email") VALUES ('\''jürgen.müller@example.com'\'');' >"$LX"

	REFU=${KIT}_cli_lat_ref # UTF8: the reference rows
	new_db "$REFU"
	DATABASE_URL=$(db_url "$REFU") must "$KIT: real drizzle-kit migrate (UTF8 db)" "$LOGS/migrate_lat_ref.log" kit "$KIT" "$LAT" migrate
	rows "$REFU" "$COLS" >"$W/$KIT/lat_expected.tsv"
	check_eq "$KIT: drizzle's hash of the é/ü file = node:crypto of its UTF-8 text" "$(sha_text "$LX")" \
		"$(sed -n 2p "$W/$KIT/lat_expected.tsv" | cut -f1)"

	L1=${KIT}_cli_latin1
	PGOPTIONS="-c client_min_messages=warning" dropdb --if-exists "$L1"
	createdb -E LATIN1 -l C -T template0 "$L1"
	psql_q "$L1" -c 'CREATE EXTENSION migtrack' >/dev/null
	check_eq "$KIT: $L1 is a LATIN1 database" LATIN1 "$(psql_q "$L1" -c 'SHOW server_encoding')"
	DATABASE_URL=$(db_url "$L1") must "$KIT: real drizzle-kit migrate (LATIN1 db)" "$LOGS/migrate_lat.log" kit "$KIT" "$LAT" migrate
	rows "$L1" "$COLS" >"$W/$KIT/lat_drizzle.tsv"
	check_files_eq "$KIT: drizzle writes the same rows in a LATIN1 database" "$W/$KIT/lat_expected.tsv" "$W/$KIT/lat_drizzle.tsv"
	check_eq "$KIT: the é/ü row reached the LATIN1 database intact" "jürgen.müller@example.com" \
		"$(PGCLIENTENCODING=UTF8 psql_q "$L1" -c 'SELECT email FROM users')"
	drop_history "$L1"

	mt lat_sync_plain -d "$L1" sync --yes "$LD"
	check_rc "$KIT: LATIN1 database: plain sync refuses the data-only seed" 3 lat_sync_plain
	check_eq "$KIT: LATIN1 database: refused sync recorded nothing" absent "$(history "$L1")"
	mt lat_sync -d "$L1" sync --yes --accept="${LNAMES[1]}" "$LD"
	check_rc "$KIT: sync --yes --accept in a LATIN1 database" 0 lat_sync
	rows "$L1" "$COLS" >"$W/$KIT/lat_synced.tsv"
	check_files_eq "$KIT: LATIN1 database: rows synced by the client = rows real drizzle writes" \
		"$W/$KIT/lat_expected.tsv" "$W/$KIT/lat_synced.tsv"
	mt lat_check -d "$L1" check --in-sync "$LD"
	check_rc "$KIT: LATIN1 database: check --in-sync after sync" 0 lat_check
	# the history as a UTF-8 client sees it (psql, journal by node)
	bundle "$LD" >"$W/$KIT/lat_journal.json"
	check_eq "$KIT: LATIN1 database: a UTF-8 psql session finds the synced history in_sync" in_sync \
		"$(PGCLIENTENCODING=UTF8 psql_state "$L1" "$W/$KIT/lat_journal.json")"
	# the same, whatever PGCLIENTENCODING says
	drop_history "$L1"
	PGCLIENTENCODING=LATIN1 mt lat_sync_l1 -d "$L1" sync --yes --accept="${LNAMES[1]}" "$LD"
	check_rc "$KIT: sync --yes in a LATIN1 database with PGCLIENTENCODING=LATIN1" 0 lat_sync_l1
	rows "$L1" "$COLS" >"$W/$KIT/lat_synced_l1.tsv"
	check_files_eq "$KIT: LATIN1 database, PGCLIENTENCODING=LATIN1: rows = drizzle's" \
		"$W/$KIT/lat_expected.tsv" "$W/$KIT/lat_synced_l1.tsv"
	rows "$L1" '*' >"$W/$KIT/lat_before.tsv"
	if DATABASE_URL=$(db_url "$L1") run_logged "$LOGS/migrate_lat2.log" kit "$KIT" "$LAT" migrate; then
		pass "$KIT: LATIN1 database: real drizzle-kit migrate after sync succeeds"
	else
		fail "$KIT: LATIN1 database: real drizzle-kit migrate after sync succeeds (exit $?)"
		tail -20 "$LOGS/migrate_lat2.log" | sed 's/^/  # /'
	fi
	check_eq "$KIT: LATIN1 database: drizzle did not run the seed again" 1 "$(psql_q "$L1" -c 'SELECT count(*) FROM users')"

	# text LATIN1 cannot hold: drizzle cannot apply it there either; the client
	# must not record anything (nor a hash of some other text)
	L2=${KIT}_cli_latin1_cjk
	PGOPTIONS="-c client_min_messages=warning" dropdb --if-exists "$L2"
	createdb -E LATIN1 -l C -T template0 "$L2"
	psql_q "$L2" -c 'CREATE EXTENSION migtrack; CREATE TABLE users (id int)' >/dev/null
	mt lat_cjk -d "$L2" sync --yes "$D"
	if [ "$RC" != 0 ]; then pass "$KIT: LATIN1 database: 中文 cannot be recorded (exit $RC)"; else
		fail "$KIT: LATIN1 database: sync of 中文 text succeeded"
	fi
	check_eq "$KIT: LATIN1 database: nothing recorded for 中文 text" absent "$(history "$L2")"
done

finish

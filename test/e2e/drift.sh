#!/usr/bin/env bash
# A migration merged late from another branch, older than what the database
# already recorded. migtrack's verdict must match what real drizzle then does:
#   0.x: drizzle-kit migrate exits 0 but skips it forever -> migtrack: diverged
#        (out_of_order), migtrack_check raises 55000.
#   1.0: drizzle applies it (pending = name not recorded) -> migtrack: pending,
#        migtrack_check passes, and in_sync once drizzle has run it.
# Run: pg_virtualenv -t bash test/e2e/drift.sh   (after make install)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_pg_env

W=$(fresh_workdir drift)

for KIT in kit031 kit1rc; do
	install_kit "$KIT"
	FULL=$W/$KIT-full   # main after the merge: users, posts, settings
	EARLY=$W/$KIT-early # what was deployed: users, settings (posts still on its branch)
	new_project "$KIT" "$FULL"
	for stage in 1_users 2_posts 3_settings; do
		cp "$E2E_DIR/schema/$stage.ts" "$FULL/src/schema/"
		run_logged "$W/$KIT.gen_$stage.log" kit "$KIT" "$FULL" generate --name "${stage#*_}"
		sleep 1 # 1.0 names migrations by the second
	done
	mapfile -t names < <(local_migrations "$FULL/drizzle")
	LATE=${names[1]}
	new_project "$KIT" "$EARLY"
	cp -r "$FULL/drizzle" "$EARLY/drizzle"
	if [ "$KIT" == kit031 ]; then
		rm "$EARLY/drizzle/$LATE.sql"
		node -e '
			const fs = require("fs"), f = process.argv[1], j = JSON.parse(fs.readFileSync(f, "utf8"));
			j.entries = j.entries.filter((e) => e.tag !== process.argv[2]);
			fs.writeFileSync(f, JSON.stringify(j, null, 2));' "$EARLY/drizzle/meta/_journal.json" "$LATE"
	else
		rm -r "${EARLY:?}/drizzle/$LATE"
	fi

	DB=${KIT}_drift
	new_db "$DB" migtrack
	export DATABASE_URL
	DATABASE_URL=$(db_url "$DB")
	run_logged "$W/$KIT.migrate_early.log" kit "$KIT" "$EARLY" migrate ||
		fail "$KIT: drizzle-kit migrate of the deployed branch"

	export JOURNAL=$W/$KIT.json
	bundle "$FULL/drizzle" >"$JOURNAL"
	try_sql "$DB" "SELECT migtrack_status(:'journal'::jsonb)" >"$W/$KIT.status.json"
	state=$(jget "$W/$KIT.status.json" j.state)
	problems=$(jget "$W/$KIT.status.json" '(j.problems || []).map((p) => p.code + ":" + p.migration).join(",")')
	checkstate=$(sqlstate "$DB" "SELECT migtrack_check(:'journal'::jsonb, 'drizzle', '__drizzle_migrations')")

	run_logged "$W/$KIT.migrate_full.log" kit "$KIT" "$FULL" migrate || fail "$KIT: drizzle-kit migrate after the merge exits 0"
	ran=$(table_exists "$DB" public.posts)
	if [ "$KIT" == kit031 ]; then
		check_eq "$KIT: real drizzle skips the late migration" f "$ran"
		check_eq "$KIT: migtrack says diverged" diverged "$state"
		check_eq "$KIT: migtrack names the out-of-order migration" "out_of_order:$LATE" "$problems"
		check_eq "$KIT: migtrack_check raises 55000" 55000 "$checkstate"
	else
		check_eq "$KIT: real drizzle applies the late migration" t "$ran"
		check_eq "$KIT: migtrack says pending" pending "$state"
		check_eq "$KIT: migtrack reports no problem" "" "$problems"
		check_eq "$KIT: migtrack_check passes" 00000 "$checkstate"
		try_sql "$DB" "SELECT migtrack_status(:'journal'::jsonb)->>'state'" >"$W/$KIT.after"
		check_eq "$KIT: in_sync after drizzle applied it" in_sync "$(cat "$W/$KIT.after")"
	fi
	unset JOURNAL DATABASE_URL
done

finish

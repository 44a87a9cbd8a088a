#!/usr/bin/env bash
# Repair and drift through the `migtrack` client (issue 15), with the real
# pinned drizzle-kit / drizzle-orm releases. Each scenario ends, after the
# migtrack command that `migtrack status` recommends (taken from its "Next:"
# output and run exactly as printed, confirmed on a pseudo-terminal), in
# `migtrack status` in_sync and a real migrate that is a no-op (rows unchanged):
#
#  a. (0.x → 1.0) `drizzle-kit up` to 1.0, then one more migrate by drizzle-kit
#     0.31 with a migration 0.31 generated: a 1.0 history row without `name`.
#     status: unknown_row naming the migration; Next: `migtrack repair DIR
#     --name-rows`; real 1.0 migrate would have run it again (fails on a copy).
#  b. (both kits) a comment-only edit of an applied migration: hash_mismatch;
#     Next: `migtrack repair DIR --accept-edit=TAG`; the row's hash is then the
#     file's (computed by node:crypto).
#  c. (both kits) a column and an index pushed with `drizzle-kit push` on a
#     database in sync: listed in status's drift (and --json's); `drizzle-kit
#     generate` writes a migration for them: already_exists, Next: `migtrack
#     sync DIR`; afterwards no drift.
#  d. (0.x) a late-merged migration older than the newest row: out_of_order;
#     Next: `migtrack migrate DIR --out-of-order`; its row = (sha256 of the
#     file, its `when`), as drizzle would have written it.
#  Refusals and dry runs: a repair of an item not in the state it fixes exits 3
#  naming it and writes nothing; --dry-run and --json --dry-run write nothing;
#  no terminal and no --yes: exit 3; --out-of-order with nothing out of order:
#  exit 3; a bad --forget: exit 2.
# Run: pg_virtualenv -t bash test/e2e/repair.sh   (after make install)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=cli_common.sh
source "$E2E_DIR/cli_common.sh"
require_pg_env

cli_workdir repair

# next_command TAG — the first suggested migtrack command of `Next:` in the
# output of run TAG other than a plain "migtrack status"/"check" (an indented
# line "    migtrack ..."), or, when it has none, the first one
next_command() {
	local cmds
	cmds=$(sed -n '/^Next:/,$p' "$OUTD/$1.out" | sed -n 's/^    \(migtrack .*\)$/\1/p')
	printf '%s\n' "$cmds" | grep -v -m1 -E '^migtrack (status|check) ' || printf '%s\n' "$cmds" | head -1
}

# run_suggested NAME DB TAG CMD — run CMD exactly as printed, by sh, on a
# pseudo-terminal answering y to its question; `migtrack` is the client under
# test, the database comes from PGDATABASE. Exit status in RC, output in
# $OUTD/TAG.out.
run_suggested() {
	local name=$1 db=$2 tag=$3 cmd=$4
	if PGDATABASE=$db PATH="$BINDIR:$PATH" pty_run y "$OUTD/$tag.out" sh -c "$cmd"; then RC=0; else RC=$?; fi
	: >"$OUTD/$tag.err"
	check_rc "$name: the suggested command ($cmd) succeeds" 0 "$tag"
}

# in_sync_and_noop NAME KIT APP DB [ENV...] — migtrack status says in_sync; a
# real drizzle-kit migrate exits 0 and changes no row
in_sync_and_noop() {
	local name=$1 kit=$2 app=$3 db=$4
	mt "${db}_final" -d "$db" --json status "$app/drizzle"
	check_eq "$name: status in_sync" in_sync "$(jget "$OUTD/${db}_final.out" j.state)"
	check_eq "$name: no problem left" "" "$(jget "$OUTD/${db}_final.out" "j.problems.map((p) => p.code).join(',')")"
	rows "$db" '*' >"$W/${db}_before.tsv"
	if DATABASE_URL=$(db_url "$db") run_logged "$LOGS/${db}_final_migrate.log" kit "$kit" "$app" migrate; then
		pass "$name: real drizzle-kit migrate succeeds"
	else
		fail "$name: real drizzle-kit migrate succeeds (exit $?)"
		tail -20 "$LOGS/${db}_final_migrate.log" | sed 's/^/  # /'
	fi
	rows "$db" '*' >"$W/${db}_after.tsv"
	check_files_eq "$name: real drizzle-kit migrate was a no-op (rows unchanged)" "$W/${db}_before.tsv" "$W/${db}_after.tsv"
}

# generate KIT APP STAGE NAME — drizzle-kit generate after copying a schema stage
generate() {
	cp "$E2E_DIR/schema/$3.ts" "$2/src/schema/"
	must "$1: drizzle-kit generate $4" "$LOGS/$1_gen_$4_$(basename "$2").log" kit "$1" "$2" generate --name "$4"
	sleep 1 # 1.0 names migrations by the second
}

install_kit kit031
install_kit kit1rc

# ============================================================ a. a 1.0 row without a name
A31=$W/a/app031 # the 0.x project, still used by a teammate with drizzle-kit 0.31
A1=$W/a/app1    # the same project after drizzle-kit up
new_project kit031 "$A31"
new_project kit1rc "$A1"
generate kit031 "$A31" 1_users users
generate kit031 "$A31" 2_posts posts
DBA=a_nameless
new_db "$DBA" migtrack
DATABASE_URL=$(db_url "$DBA") must "a: kit031 migrate" "$LOGS/a_migrate031.log" kit kit031 "$A31" migrate
cp -r "$A31/drizzle" "$A1/drizzle"
must "a: drizzle-kit up (1.0)" "$LOGS/a_up.log" kit kit1rc "$A1" up
DATABASE_URL=$(db_url "$DBA") must "a: kit1rc migrate (upgrades the history to 1.0's format)" "$LOGS/a_migrate1.log" \
	kit kit1rc "$A1" migrate
check_eq "a: the history is in 1.0's format" 2 \
	"$(psql_q "$DBA" -c "SELECT count(*) FROM drizzle.__drizzle_migrations WHERE name IS NOT NULL")"
# the teammate: one more migration generated and applied by drizzle-kit 0.31
generate kit031 "$A31" 3_settings settings
DATABASE_URL=$(db_url "$DBA") must "a: kit031 migrate of a migration 0.31 generated" "$LOGS/a_migrate031b.log" \
	kit kit031 "$A31" migrate
check_eq "a: drizzle-kit 0.31 wrote a row without name" 1 \
	"$(psql_q "$DBA" -c "SELECT count(*) FROM drizzle.__drizzle_migrations WHERE name IS NULL")"
rm -rf "$A1/drizzle"
cp -r "$A31/drizzle" "$A1/drizzle"
must "a: drizzle-kit up of the teammate's folder" "$LOGS/a_up2.log" kit kit1rc "$A1" up
mapfile -t NAMES_A < <(local_migrations "$A1/drizzle")
SETTINGS=${NAMES_A[2]}
mt a_status -d "$DBA" status "$A1/drizzle"
check_rc "a: status" 0 a_status
check_contains "a: status reports unknown_row" unknown_row "$(out a_status)"
check_contains "a: ... naming the migration the row records" "$SETTINGS" "$(sed -n '/^Problems:/,$p' "$OUTD/a_status.out")"
CMD=$(next_command a_status)
check_eq "a: Next recommends naming the rows" "migtrack repair $A1/drizzle --name-rows" "$CMD"
# without the repair, drizzle 1.0 would run the migration again and fail
createdb -T "$DBA" "${DBA}_norepair"
if DATABASE_URL=$(db_url "${DBA}_norepair") run_logged "$LOGS/a_norepair.log" kit kit1rc "$A1" migrate; then
	fail "a: without the repair real kit1rc migrate fails (it succeeded)"
else
	pass "a: without the repair real kit1rc migrate fails"
fi
check_contains "a: ... re-running the nameless migration" "already exists" "$(cat "$LOGS/a_norepair.log")"
mt a_dry -d "$DBA" repair --name-rows --dry-run "$A1/drizzle"
check_rc "a: repair --name-rows --dry-run" 0 a_dry
check_contains "a: the dry run shows the name it gives" "-> $SETTINGS" "$(out a_dry)"
check_eq "a: the dry run wrote nothing" 1 \
	"$(psql_q "$DBA" -c "SELECT count(*) FROM drizzle.__drizzle_migrations WHERE name IS NULL")"
run_suggested a "$DBA" a_repair "$CMD"
check_eq "a: the row now has the migration's name" "$SETTINGS" \
	"$(psql_q "$DBA" -c "SELECT name FROM drizzle.__drizzle_migrations ORDER BY id DESC LIMIT 1")"
in_sync_and_noop a kit1rc "$A1" "$DBA"
check_eq "a: repair is in migtrack.audit" "repair 1" \
	"$(psql_q "$DBA" -c "SELECT action, rows_written FROM migtrack.audit ORDER BY id DESC LIMIT 1" | tr '|' ' ')"

for KIT in kit031 kit1rc; do
	# ======================================================== b. a comment-only edit
	B=$W/b_$KIT
	new_project "$KIT" "$B"
	generate "$KIT" "$B" 1_users users
	generate "$KIT" "$B" 2_posts posts
	mapfile -t NB < <(local_migrations "$B/drizzle")
	DBB=b_edit_$KIT
	new_db "$DBB" migtrack
	DATABASE_URL=$(db_url "$DBB") must "b $KIT: migrate" "$LOGS/b_$KIT.log" kit "$KIT" "$B" migrate
	F=$(migration_file "$KIT" "$B/drizzle" "${NB[0]}")
	printf -- '-- reviewed: no change\n' >>"$F"
	mt b_status_$KIT -d "$DBB" status "$B/drizzle"
	check_contains "b $KIT: status reports hash_mismatch" "hash_mismatch ${NB[0]}" "$(out b_status_$KIT)"
	CMD=$(next_command b_status_$KIT)
	check_eq "b $KIT: Next recommends accepting the edit" "migtrack repair $B/drizzle --accept-edit=${NB[0]}" "$CMD"

	# refusals and dry runs, before the repair
	rows "$DBB" '*' >"$W/b_$KIT.before.tsv"
	mt b_refuse_$KIT -d "$DBB" repair --accept-edit="${NB[1]}" --yes "$B/drizzle"
	check_rc "b $KIT: accepting an unedited migration is refused" 3 b_refuse_$KIT
	check_contains "b $KIT: ... naming it" "${NB[1]}" "$(err b_refuse_$KIT)"
	mt b_forget_$KIT -d "$DBB" repair --forget=1 --yes "$B/drizzle"
	check_rc "b $KIT: forgetting a row that records a migration is refused" 3 b_forget_$KIT
	check_contains "b $KIT: ... naming the row" "1" "$(err b_forget_$KIT)"
	mt b_names_$KIT -d "$DBB" repair --name-rows --yes "$B/drizzle"
	if [ "$RC" == 3 ] || [ "$RC" == 0 ]; then
		pass "b $KIT: --name-rows with no nameless row: refused or nothing to do (exit $RC)"
	else
		check_rc "b $KIT: --name-rows with no nameless row" 3 b_names_$KIT
	fi
	mt b_badforget_$KIT -d "$DBB" repair --forget=1x "$B/drizzle"
	check_rc "b $KIT: --forget=1x is a usage error" 2 b_badforget_$KIT
	mt b_dry_$KIT -d "$DBB" repair --accept-edit="${NB[0]}" --dry-run "$B/drizzle"
	check_rc "b $KIT: repair --dry-run" 0 b_dry_$KIT
	check_contains "b $KIT: the dry run shows the change" "accept_edit" "$(out b_dry_$KIT)"
	check_contains "b $KIT: ... to the file's hash" "$(sha_text "$F" | cut -c1-12)" "$(out b_dry_$KIT)"
	mt b_dryjson_$KIT -d "$DBB" --json repair --accept-edit="${NB[0]}" --dry-run "$B/drizzle"
	check_eq "b $KIT: --json --dry-run: the change with the file's hash" "accept_edit ${NB[0]} $(sha_text "$F")" \
		"$(jget "$OUTD/b_dryjson_$KIT.out" "j.changes.map((c) => c.action + ' ' + c.tag + ' ' + c.hash_after).join()")"
	mt b_noyes_$KIT -d "$DBB" repair --accept-edit="${NB[0]}" "$B/drizzle"
	check_rc "b $KIT: no terminal, no --yes: refused" 3 b_noyes_$KIT
	if pty_run n "$LOGS/b_pty_n_$KIT.log" "$MIGTRACK" -d "$DBB" repair --accept-edit="${NB[0]}" "$B/drizzle"; then RC=0; else RC=$?; fi
	check_eq "b $KIT: on a terminal, answered n: exit 3" 3 "$RC"
	rows "$DBB" '*' >"$W/b_$KIT.after_refusals.tsv"
	check_files_eq "b $KIT: refusals and dry runs wrote nothing" "$W/b_$KIT.before.tsv" "$W/b_$KIT.after_refusals.tsv"

	run_suggested "b $KIT" "$DBB" b_repair_$KIT "$CMD"
	check_eq "b $KIT: the row's hash is the file's (node:crypto)" "$(sha_text "$F")" \
		"$(psql_q "$DBB" -c "SELECT hash FROM drizzle.__drizzle_migrations ORDER BY id LIMIT 1")"
	in_sync_and_noop "b $KIT" "$KIT" "$B" "$DBB"

	# ======================================================== c. pushed column and index: drift
	C=$W/c_$KIT
	new_project "$KIT" "$C"
	generate "$KIT" "$C" 1_users users
	generate "$KIT" "$C" 2_posts posts
	DBC=c_drift_$KIT
	new_db "$DBC" migtrack
	DATABASE_URL=$(db_url "$DBC") must "c $KIT: migrate" "$LOGS/c_$KIT.log" kit "$KIT" "$C" migrate
	mt c_clean_$KIT -d "$DBC" --json status "$C/drizzle"
	check_eq "c $KIT: in sync, no drift" "in_sync []" \
		"$(jget "$OUTD/c_clean_$KIT.out" "j.state + ' ' + JSON.stringify(j.drift.objects)")"
	# a column and an index on users, pushed without a migration
	cat >"$C/src/schema/1_users.ts" <<-'EOF'
		import { index, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

		export const users = pgTable(
		  "users",
		  {
		    id: serial("id").primaryKey(),
		    email: text("email").notNull().unique(),
		    createdAt: timestamp("created_at").defaultNow().notNull(),
		    nickname: text("nickname"),
		  },
		  (t) => [index("users_nickname_idx").on(t.nickname)],
		);
	EOF
	DATABASE_URL=$(db_url "$DBC") must "c $KIT: drizzle-kit push of a column and an index" "$LOGS/c_push_$KIT.log" \
		kit "$KIT" "$C" push --force
	mt c_drift_$KIT -d "$DBC" status "$C/drizzle"
	check_rc "c $KIT: status" 0 c_drift_$KIT
	DRIFT=$(sed -n '/^Drift/,/^$/p' "$OUTD/c_drift_$KIT.out")
	check_contains "c $KIT: status lists the pushed column in the drift" "public.users.nickname" "$DRIFT"
	check_contains "c $KIT: ... and the pushed index" "users_nickname_idx" "$DRIFT"
	check_contains "c $KIT: the drift comes after the migrations" "Drift" \
		"$(sed -n "/$(local_migrations "$C/drizzle" | tail -1)/,\$p" "$OUTD/c_drift_$KIT.out")"
	mt c_drift_json_$KIT -d "$DBC" --json status "$C/drizzle"
	check_eq "c $KIT: --json drift: the column and the index" "2 yes yes" "$(jget "$OUTD/c_drift_json_$KIT.out" \
		"(o => o.length + ' ' + (o.some((x) => x.includes('public.users.nickname')) ? 'yes' : 'no') + ' ' + (o.some((x) => x.includes('users_nickname_idx')) ? 'yes' : 'no'))(j.drift.objects)")"
	note "drift: $(jget "$OUTD/c_drift_json_$KIT.out" "j.drift.objects.join(' | ')")"
	must "c $KIT: drizzle-kit generate for the pushed change" "$LOGS/c_gen_$KIT.log" kit "$KIT" "$C" generate --name nickname
	mapfile -t NC < <(local_migrations "$C/drizzle")
	mt c_status_$KIT -d "$DBC" status "$C/drizzle"
	check_contains "c $KIT: the new migration is already_exists" "already_exists ${NC[2]}" "$(out c_status_$KIT)"
	CMD=$(next_command c_status_$KIT)
	check_eq "c $KIT: Next recommends sync" "migtrack sync $C/drizzle" "$CMD"
	run_suggested "c $KIT" "$DBC" c_sync_$KIT "$CMD"
	mt c_after_$KIT -d "$DBC" --json status "$C/drizzle"
	check_eq "c $KIT: no drift after the sync" "[]" "$(jget "$OUTD/c_after_$KIT.out" "j.drift.objects")"
	mt c_after_text_$KIT -d "$DBC" status "$C/drizzle"
	check_not_contains "c $KIT: status prints no drift" "Drift" "$(out c_after_text_$KIT)"
	in_sync_and_noop "c $KIT" "$KIT" "$C" "$DBC"
done

# ============================================================ d. out_of_order (0.x)
D=$W/d/app
DB2=$W/d/branch
new_project kit031 "$D"
generate kit031 "$D" 1_users users
cp -r "$D" "$DB2" # the branch, taken before main moves on
rm -f "$DB2/node_modules"
ln -s "$NODE_CACHE/kit031/node_modules" "$DB2/node_modules"
generate kit031 "$DB2" 2_posts posts # the branch's migration: generated first (older when)
generate kit031 "$D" 3_settings settings
DBD=d_order
new_db "$DBD" migtrack
DATABASE_URL=$(db_url "$DBD") must "d: migrate main" "$LOGS/d_migrate.log" kit kit031 "$D" migrate
# the merge: the branch's migration appended to main's journal, its when kept
POSTS=$(node -p 'require(process.argv[1]).entries[1].tag' "$DB2/drizzle/meta/_journal.json")
cp "$DB2/drizzle/$POSTS.sql" "$D/drizzle/"
node -e '
	const fs = require("fs"), [main, branch] = process.argv.slice(1);
	const m = JSON.parse(fs.readFileSync(main)), b = JSON.parse(fs.readFileSync(branch));
	m.entries.push({ ...b.entries[1], idx: m.entries.length });
	fs.writeFileSync(main, JSON.stringify(m, null, 2));' "$D/drizzle/meta/_journal.json" "$DB2/drizzle/meta/_journal.json"
WHEN=$(node -p 'require(process.argv[1]).entries[2].when' "$D/drizzle/meta/_journal.json")
# drizzle 0.31 indeed skips it, silently
createdb -T "$DBD" "${DBD}_drizzle"
DATABASE_URL=$(db_url "${DBD}_drizzle") run_logged "$LOGS/d_skip.log" kit kit031 "$D" migrate || true
check_eq "d: real drizzle-kit migrate skips the late-merged migration" f "$(table_exists "${DBD}_drizzle" public.posts)"
mt d_status -d "$DBD" status "$D/drizzle"
check_contains "d: status reports out_of_order" "out_of_order $POSTS" "$(out d_status)"
CMD=$(next_command d_status)
check_eq "d: Next recommends migrate --out-of-order" "migtrack migrate $D/drizzle --out-of-order" "$CMD"
mt d_plain -d "$DBD" migrate --yes "$D/drizzle"
check_rc "d: migrate without --out-of-order is refused" 3 d_plain
mt d_dry -d "$DBD" migrate --out-of-order --dry-run "$D/drizzle"
check_rc "d: migrate --out-of-order --dry-run" 0 d_dry
check_contains "d: the plan names it" "$POSTS" "$(out d_dry)"
check_eq "d: the dry run created nothing" f "$(table_exists "$DBD" public.posts)"
run_suggested d "$DBD" d_apply "$CMD"
check_eq "d: posts created" t "$(table_exists "$DBD" public.posts)"
check_eq "d: its row is drizzle's (sha256 of the file, its when)" 1 \
	"$(psql_q "$DBD" -c "SELECT count(*) FROM drizzle.__drizzle_migrations WHERE hash = '$(sha_text "$D/drizzle/$POSTS.sql")' AND created_at = $WHEN")"
check_eq "d: three rows" 3 "$(history "$DBD")"
in_sync_and_noop d kit031 "$D" "$DBD"
mt d_again -d "$DBD" migrate --out-of-order --yes "$D/drizzle"
check_rc "d: --out-of-order with nothing out of order" 3 d_again

finish

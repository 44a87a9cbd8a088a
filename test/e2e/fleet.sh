#!/usr/bin/env bash
# Fleets: `migtrack --all-databases` / `--targets=FILE` with `--jobs 4`, status
# and check over 20 databases in mixed states, built by the real drizzle-kit
# 0.31 (migrate, push) and by copying them.  The summary table must say, for
# each database, what `migtrack status --json` says of it alone; the exit
# status is the worst of theirs; --json gives each database's answer.  Then
# the same through a dev database (--dev-url) for targets without migtrack.
# Run: pg_virtualenv -t bash test/e2e/fleet.sh   (after make install)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_pg_env
# shellcheck source=cli_common.sh
source "$E2E_DIR/cli_common.sh"
cli_workdir fleet
install_kit kit031

APP=$W/app
new_project kit031 "$APP"
for stage in 1_users 2_posts 3_settings; do
	cp "$E2E_DIR/schema/$stage.ts" "$APP/src/schema/"
	must "drizzle-kit generate ${stage#*_}" "$LOGS/generate_$stage.log" kit kit031 "$APP" generate --name "${stage#*_}"
done
D=$APP/drizzle

# templates: migrated by drizzle (in_sync), pushed (untracked), migrated then
# one more migration generated (pending), empty (fresh), a history row forged (diverged)
new_db t_synced migtrack
DATABASE_URL=$(db_url t_synced) must "drizzle-kit migrate" "$LOGS/migrate.log" kit kit031 "$APP" migrate
new_db t_pushed migtrack
DATABASE_URL=$(db_url t_pushed) must "drizzle-kit push --force" "$LOGS/push.log" kit kit031 "$APP" push --force
new_db t_fresh migtrack
psql_q postgres -c "CREATE DATABASE t_diverged TEMPLATE t_synced" >/dev/null
psql_q t_diverged -c "INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('0000', 1)" >/dev/null
# the pending ones: the synced databases see one more migration in this folder
PEND=$W/pending
cp -r "$APP" "$PEND"
cp "$E2E_DIR/schema/4_comments.ts" "$PEND/src/schema/"
must "drizzle-kit generate comments" "$LOGS/generate_comments.log" kit kit031 "$PEND" generate --name comments

# 20 databases: 6 in_sync, 5 untracked, 4 fresh, 3 diverged, 2 without the extension (errors)
declare -a DBS
mk() { # NAME TEMPLATE
	psql_q postgres -c "CREATE DATABASE $1 TEMPLATE $2" >/dev/null
	DBS+=("$1")
}
for i in 1 2 3 4 5 6; do mk "app_sync_$i" t_synced; done
for i in 1 2 3 4 5; do mk "app_push_$i" t_pushed; done
for i in 1 2 3 4; do mk "app_fresh_$i" t_fresh; done
for i in 1 2 3; do mk "app_div_$i" t_diverged; done
for i in 1 2; do
	createdb "app_noext_$i"
	DBS+=("app_noext_$i")
done
check_eq "20 databases" 20 "${#DBS[@]}"

# what each says alone
expect() { # FOLDER COMMAND -> "db state pending problems exit" per line, and the worst exit in WORST
	local folder=$1 cmd=$2 db rc
	WORST=0
	for db in "${DBS[@]}"; do
		rc=0
		"$MIGTRACK" -d "$db" --json "$cmd" "$folder" >"$OUTD/alone_$db.json" 2>"$OUTD/alone_$db.err" </dev/null || rc=$?
		if [ "$rc" == 0 ] || [ "$rc" == 1 ]; then
			node -e 'const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
				console.log([process.argv[2], j.state, j.pending, j.problems.map(p => p.code).join(","), process.argv[3]].join(" "));' \
				"$OUTD/alone_$db.json" "$db" "$rc"
		else
			echo "$db error - - $rc"
		fi
		case "$WORST/$rc" in 2/*) ;; */2) WORST=2 ;; 3/*) ;; */3) WORST=3 ;; 1/*) ;; */1) WORST=1 ;; esac
	done
}
# the fleet's --json answer in the same shape (its databases in the same order)
fleet_lines() {
	node -e 'const a = JSON.parse(require("fs").readFileSync(0, "utf8"));
		for (const t of a) if (process.argv[1].split(" ").includes(t.database))
			console.log([t.database, t.state, t.pending === null ? "-" : t.pending,
				t.state === "error" ? "-" : t.problems.join(","), t.exit].join(" "));' "${DBS[*]}"
}

for cmd in status check; do
	expect "$D" "$cmd" >"$W/alone_$cmd.txt"
	sort -o "$W/alone_$cmd.txt" "$W/alone_$cmd.txt"
	mt "fleet_$cmd" -d postgres --all-databases --jobs 4 --json "$cmd" "$D"
	check_rc "--all-databases --jobs 4 $cmd: the worst exit status" "$WORST" "fleet_$cmd"
	fleet_lines <"$OUTD/fleet_$cmd.out" >"$W/fleet_$cmd.txt"
	check_eq "--all-databases: in the order of their names" "$(cut -d' ' -f1 "$W/fleet_$cmd.txt" | LC_ALL=C sort | paste -sd' ')" \
		"$(cut -d' ' -f1 "$W/fleet_$cmd.txt" | paste -sd' ')"
	sort -o "$W/fleet_$cmd.txt" "$W/fleet_$cmd.txt"
	check_files_eq "--all-databases --jobs 4 $cmd: each database as it says alone" "$W/alone_$cmd.txt" "$W/fleet_$cmd.txt"
done
check_eq "the mix: 6 in_sync, 5 untracked, 4 fresh, 3 diverged, 2 errors" "6 5 4 3 2" \
	"$(for s in in_sync untracked fresh diverged error; do grep -c " $s " "$W/alone_status.txt"; done | paste -sd' ')"

# the table
mt fleet_table -d postgres --all-databases --jobs 4 status "$D"
check_rc "the table: exit 2 (two databases without the extension)" 2 fleet_table
check_contains "the table's header" "database" "$(head -1 "$OUTD/fleet_table.out")"
for db in app_sync_1 app_push_3 app_fresh_2 app_div_1; do
	check_contains "the table has a line for $db" "$db" "$(out fleet_table)"
done
check_contains "the table: untracked_schema for a pushed database" "untracked_schema" "$(grep app_push_1 "$OUTD/fleet_table.out")"
check_contains "the table: the missing extension said" "not installed" "$(grep app_noext_1 "$OUTD/fleet_table.out")"
check_eq "the totals count the table's lines" "$(($(grep -c . "$OUTD/fleet_table.out") - 2)) databases" \
	"$(tail -1 "$OUTD/fleet_table.out" | cut -d: -f1)"
# the totals of exactly the 20 (the cluster may hold other tests' databases)
for db in "${DBS[@]}"; do echo "dbname=$db"; done >"$W/twenty.txt"
mt fleet_twenty --targets="$W/twenty.txt" --jobs 4 status "$D"
check_eq "the totals of the 20" "20 databases: 6 in_sync, 4 fresh, 5 untracked, 3 diverged, 2 error" \
	"$(tail -1 "$OUTD/fleet_twenty.out")"

# --targets: a file naming some of them (URIs, a comment, a blank line); a folder
# with one more migration makes the synced ones pending
{
	echo "# the synced ones and a pushed one"
	for db in app_sync_1 app_sync_2 app_sync_3; do db_url "$db"; echo; done
	echo
	echo "dbname=app_push_1"
} >"$W/targets.txt"
DBS=(app_sync_1 app_sync_2 app_sync_3 app_push_1)
expect "$PEND/drizzle" status >"$W/alone_targets.txt"
mt fleet_targets --targets="$W/targets.txt" --jobs 4 --json status "$PEND/drizzle"
check_rc "--targets: exit as the worst" "$WORST" fleet_targets
fleet_lines <"$OUTD/fleet_targets.out" >"$W/fleet_targets.txt" || true
node -e 'const a = JSON.parse(require("fs").readFileSync(0, "utf8")); for (const t of a) console.log(t.state);' \
	<"$OUTD/fleet_targets.out" >"$W/fleet_targets_states.txt"
check_eq "--targets: the states, in the file's order" "pending pending pending untracked" \
	"$(paste -sd' ' "$W/fleet_targets_states.txt")"
check_not_contains "--targets: no password shown" "${PGPASSWORD:-never-set}" "$(both fleet_targets)"
mt fleet_check_pending --targets="$W/targets.txt" --in-sync check "$PEND/drizzle"
check_rc "check --in-sync over them: exit 1" 1 fleet_check_pending

# through a dev database: the two without migtrack, the dev server this cluster
printf 'dbname=app_noext_1\ndbname=app_noext_2\n' >"$W/noext.txt"
mt fleet_dev --targets="$W/noext.txt" --dev-url="dbname=postgres" --jobs 2 status "$D"
check_rc "--targets --dev-url: the databases without the extension answer" 0 fleet_dev
check_eq "--targets --dev-url: both empty, so fresh" "2" "$(grep -c ' fresh ' "$OUTD/fleet_dev.out")"

# usage errors
mt fleet_sync -d postgres --all-databases sync --yes "$D"
check_rc "--all-databases with sync: a usage error" 2 fleet_sync
mt fleet_jobs -d postgres --all-databases --jobs 0 status "$D"
check_rc "--jobs 0: a usage error" 2 fleet_jobs
mt fleet_both -d postgres --all-databases --targets="$W/targets.txt" status "$D"
check_rc "--all-databases with --targets: a usage error" 2 fleet_both

finish

#!/usr/bin/env bash
# The main demo: the "push in production" incident reproduced with the real
# drizzle-kit 0.31.11 / drizzle-orm 0.45.4, diagnosed and repaired with
# migtrack, after which the real drizzle-kit migrate works again.
# Run as root on Debian 12: installs what it needs, builds and installs the
# extension, and uses a throwaway PostgreSQL cluster.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ -z "${MIGTRACK_DEMO_CLUSTER:-}" ]; then
	bash test/install_deps.sh
	make -s && make -s install >/dev/null
	MIGTRACK_DEMO_CLUSTER=1 exec pg_virtualenv -t bash "$0"
fi

PATH=$(pg_config --bindir):$PATH  # where make install put the migtrack client

# The end-to-end harness: pinned drizzle packages, project set-up, bundling.
# shellcheck source=e2e/lib.sh
source test/e2e/lib.sh
trap - ERR

KIT=kit031
DB=shop
W=$(fresh_workdir demo)
APP=$W/app
export DATABASE_URL PGDATABASE=$DB  # drizzle-kit reads the first, psql and migtrack the second
DATABASE_URL=$(db_url "$DB")

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
show() { printf '$ %s\n' "$*"; }
# psql for people: aligned output, the journal available as :'journal'
q() {
	{
		[ -f "$W/journal.json" ] && printf '\\set journal `cat %q`\n' "$W/journal.json"
		printf '%s\n' "$1"
	} | psql -X -q -d "$DB" "${@:2}" -f - 2>&1 || true
}
generate() {
	cp "test/e2e/schema/$1.ts" "$APP/src/schema/"
	kit "$KIT" "$APP" generate --name "${1#*_}" >/dev/null
}

step "1. A Drizzle project with three migrations (drizzle-kit 0.31.11, drizzle-orm 0.45.4)"
install_kit "$KIT"
new_project "$KIT" "$APP"
for stage in 1_users 2_posts 3_settings; do generate "$stage"; done
ls "$APP/drizzle"

step "2. Production is built with drizzle-kit push, which records no history"
new_db "$DB"
show "drizzle-kit push --force"
kit "$KIT" "$APP" push --force >/dev/null
q "SELECT table_schema, table_name FROM information_schema.tables
    WHERE table_schema NOT IN ('pg_catalog', 'information_schema') ORDER BY 1, 2;"

step "3. The incident: drizzle-kit migrate fails"
show "drizzle-kit migrate"
if kit "$KIT" "$APP" migrate >"$W/migrate1.log" 2>&1; then
	echo "unexpected: drizzle-kit migrate succeeded"
	exit 1
fi
echo "drizzle-kit migrate exited with status 1 (it swallows PostgreSQL's \"relation already exists\")"
echo "drizzle-orm's migrate() from code says:"
orm_migrate "$KIT" "$APP/drizzle" "$DB" 2>&1 | grep -m1 -o 'relation "[^"]*" already exists' | sed 's/^/  /' || true

step "4. migtrack diagnoses it, from inside the database"
psql -X -q -d "$DB" -c 'CREATE EXTENSION migtrack'
show "psql: SELECT migtrack_status()  -- no argument: the database side only, for a DBA"
q "SELECT 'state: ' || (migtrack_status()->>'state'), 'recommendation: ' || (migtrack_status()->>'recommendation');" -At -F $'\n' | fold -s -w 120
show "migtrack status drizzle  -- the client reads the folder as drizzle does and asks the extension"
(cd "$APP" && migtrack status drizzle) || true
show "migtrack check drizzle  -- the pre-flight to run before drizzle-kit migrate"
(cd "$APP" && migtrack check drizzle) && echo "exit 0" || echo "exit $?"

step "5. Repair: record exactly the history drizzle would have written"
show "migtrack sync drizzle --dry-run"
(cd "$APP" && migtrack sync drizzle --dry-run)
show "migtrack sync drizzle --yes"
(cd "$APP" && migtrack sync drizzle --yes)
q "SELECT id, hash, created_at FROM drizzle.__drizzle_migrations ORDER BY id;"

step "6. The real drizzle-kit migrate now succeeds"
show "drizzle-kit migrate"
kit "$KIT" "$APP" migrate >"$W/migrate2.log" 2>&1 && echo "drizzle-kit migrate: exit 0"

step "7. The next migration goes through the normal workflow: generate, check, migrate, check"
generate 4_comments
show "migtrack check drizzle && drizzle-kit migrate && migtrack check --in-sync drizzle"
(cd "$APP" && migtrack check drizzle >/dev/null) && echo "check: exit 0 (1 pending, safe to migrate)"
kit "$KIT" "$APP" migrate >"$W/migrate3.log" 2>&1 && echo "drizzle-kit migrate: exit 0"
(cd "$APP" && migtrack check --in-sync drizzle)
migtrack bundle "$APP/drizzle" >"$W/journal.json"
show "psql: SELECT * FROM migtrack_migrations(:'journal')  -- with: migtrack bundle drizzle > journal.json"
q "SELECT position, tag, created_at, status, row_id FROM migtrack_migrations(:'journal');"

step "Done: the incident was reproduced and repaired with the real drizzle tools."

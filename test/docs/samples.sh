#!/usr/bin/env bash
# Regenerates every sample output of README.md and docs/*.md from real runs (issue 16).
#
#   bash test/docs/samples.sh            # rewrite the samples in place (after make install)
#   bash test/docs/samples.sh DOCROOT    # rewrite DOCROOT/README.md and DOCROOT/docs/*.md instead
#
# A sample is a fenced block preceded by a marker line naming the scenario that prints it:
#
#   <!-- sample: incident-status -->
#   ```
#   ...replaced by what the scenario prints...
#   ```
#
# (other HTML comments, such as docs-sql markers, may stand between the marker and the fence;
# the fence's indentation is kept). Each scenario below is a bash function sample_<name>
# ("-" in the name is "_" in the function); what it prints is the block's new content. A
# scenario runs the real programs: the installed migtrack client and extension, the pinned
# drizzle-kit / drizzle-orm releases of test/e2e/npm (lib.sh's install_kit, new_project,
# kit, orm_migrate), the schema stages of test/e2e/schema, psql. A sample the scenario trims
# is trimmed by the scenario, the same on every run. Blocks that cannot be produced here are
# marked <!-- sample: not generated: REASON --> and left alone.
#
# Determinism: fixed inputs rather than masks -- each generated journal's "when"s are set to
# fixed values right after drizzle-kit generate (the SQL files, and so the hashes, are
# drizzle-kit's own and do not depend on the time), database names are fixed, TZ is UTC.
# Normalised (the same way here and in test/e2e/docs_samples.sh, which runs this script):
#   * the throwaway cluster's port      -> 5432
#   * the scratch directory             -> /tmp/doc
#   * a timestamp of the current run (an applied_at or an audit entry's time, "YYYY-MM-DD
#     HH:MM:SS" of today in UTC)        -> 2026-11-25 11:40:00 (no current sample shows one)
#   * drizzle-kit's spinner frame       -> [⣷] (which frame shows depends on timing)
# and nothing else. drizzle-kit's spinner redraws (ESC[2K ESC[1G) are rendered as a terminal
# shows them (the last redraw of the line); trailing blanks and trailing empty lines dropped.
#
# Runs in a throwaway cluster (re-executes itself under pg_virtualenv -t unless PGHOST is set).
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
DOCROOT=$(cd "${1:-$REPO}" && pwd)
if [ -z "${PGHOST:-}" ]; then
	exec pg_virtualenv -t bash "${BASH_SOURCE[0]}" "$DOCROOT"
fi
# shellcheck source=../e2e/lib.sh
source "$REPO/test/e2e/lib.sh"
# shellcheck source=../e2e/cli_common.sh
source "$REPO/test/e2e/cli_common.sh" # pty_run
trap - ERR
TEST_NAME=samples
export TZ=UTC PGTZ=UTC LC_ALL=C.UTF-8
MIGTRACK=${MIGTRACK_BIN:-$(pg_config --bindir)/migtrack}
[ -x "$MIGTRACK" ] || { echo "samples: no migtrack client at $MIGTRACK (make && make install)" >&2; exit 2; }
W=$(fresh_workdir "samples.$$")
[ -n "${SAMPLES_KEEP:-}" ] || trap 'rm -rf "$W"' EXIT
STAGES=$REPO/test/e2e/schema
TODAY=$(date -u +%Y-%m-%d)

install_kit kit031 >&2
install_kit kit1rc >&2

# the documented fixed "when"s of the guide's project
WHEN_USERS=1795606387504 WHEN_POSTS=1795606388150 WHEN_SETTINGS=1795606388822
WHEN_SEED=1795606389433 WHEN_BILLING=1795606390061 WHEN_COMMENTS=1795606431209

# ---------------------------------------------------------------- helpers

# normalise — what changes from run to run (see the header); applied to every sample
normalise() {
	sed -e "s#$W#/tmp/doc#g" -e "s/\\b$PGPORT\\b/5432/g" \
		-e "s/$TODAY [0-2][0-9]:[0-5][0-9]:[0-5][0-9]\\(\\.[0-9]*\\)\\?\\(+00\\)\\?/2026-11-25 11:40:00/g" \
		-e 's/^\[[⣾⣽⣻⢿⡿⣟⣯⣷]\]/[⣷]/'
}

# terminal — what a terminal shows of a line that drizzle-kit's spinner redraws (ESC[2K ESC[1G:
# erase the line, back to column 1): its last redraw. Not a mask: the screen shows just that.
terminal() { sed -e 's/.*\x1b\[1G//' -e 's/\x1b\[[0-9;]*[A-Za-z]//g'; }

# set_whens DIR WHEN... — the journal's entries get these "when"s, in order (fixed inputs)
set_whens() {
	local dir=$1
	shift
	node -e '
		const fs = require("fs"), f = process.argv[1] + "/meta/_journal.json";
		const j = JSON.parse(fs.readFileSync(f, "utf8"));
		process.argv.slice(2).forEach((w, i) => { j.entries[i].when = Number(w); });
		fs.writeFileSync(f, JSON.stringify(j, null, 2));' "$dir/drizzle" "$@"
}

# stage DIR N_NAME — copy a schema stage into the project, generate its migration (fixed name)
stage() {
	cp "$STAGES/$2.ts" "$1/src/schema/"
	kit kit031 "$1" generate --name "${2#*_}" >"$W/gen.log" 2>&1 || { cat "$W/gen.log" >&2; return 1; }
}

# the guide's projects (kit 0.31), made once and copied: p3 = users, posts, settings;
# p5 = p3 + a hand-written seed_admin + the pgSchema("billing") stage
make_projects() {
	new_project kit031 "$W/p3"
	stage "$W/p3" 1_users
	stage "$W/p3" 2_posts
	stage "$W/p3" 3_settings
	set_whens "$W/p3" $WHEN_USERS $WHEN_POSTS $WHEN_SETTINGS
	copy_project p3 p5
	kit kit031 "$W/p5" generate --custom --name seed_admin >"$W/gen.log" 2>&1
	printf '%s\n' "-- Custom SQL migration file, put your code below! --" \
		"INSERT INTO \"users\" (\"email\") VALUES ('admin@example.com');" >"$W/p5/drizzle/0003_seed_admin.sql"
	stage "$W/p5" 5_billing
	set_whens "$W/p5" $WHEN_USERS $WHEN_POSTS $WHEN_SETTINGS $WHEN_SEED $WHEN_BILLING
	# p4 = p3 + comments (section 3's generate)
	copy_project p3 p4
	stage "$W/p4" 4_comments
	set_whens "$W/p4" $WHEN_USERS $WHEN_POSTS $WHEN_SETTINGS $WHEN_COMMENTS
}

# copy_project FROM TO — a copy of a project under $W (node_modules stays a link)
copy_project() {
	rm -rf "${W:?}/$2"
	cp -a "$W/$1" "$W/$2"
}

# db NAME — a fresh database with migtrack
db() { new_db "$1" migtrack >/dev/null; }

# push DIR DB — drizzle-kit 0.31 push of the project's schema (the incident)
push() { DATABASE_URL=$(db_url "$2") kit kit031 "$1" push --force >"$W/push.log" 2>&1 || { cat "$W/push.log" >&2; return 1; }; }

# use DIR DB — run the rest of the scenario's show/run commands in project DIR against DB
use() {
	CWD=$1
	export DATABASE_URL
	DATABASE_URL=$(db_url "$2")
}

# show 'COMMAND' — print "$ COMMAND", run it (in $CWD, migtrack and drizzle-kit on the PATH,
# no PG* connection variables, so DATABASE_URL applies as in a Drizzle project), print its
# output (stdout, then stderr as a terminal would interleave them: one stream); RC = status.
show() {
	printf '$ %s\n' "$1"
	run "$1"
}
run() {
	RC=0
	(
		cd "$CWD"
		export PATH="$(dirname "$MIGTRACK"):$NODE_CACHE/kit031/node_modules/.bin:$PATH"
		unset PGHOST PGPORT PGUSER PGPASSWORD PGDATABASE
		eval "$1"
	) >"$W/run.out" 2>&1 </dev/null || RC=$?
	cat "$W/run.out"
	[ ! -s "$W/run.out" ] || [ -z "$(tail -c1 "$W/run.out")" ] || echo
}

# sql_in DB SQL — run SQL quietly (set-up)
sql_in() { psql_q "$1" -q -c "$2" >/dev/null; }

# session DB PROMPT STATEMENT... — a psql session as a user sees it: the prompt and each
# statement, then its output (aligned, no footer); JOURNAL (a file) is :'journal'
session() {
	local d=$1 prompt=$2 s
	shift 2
	for s in "$@"; do
		printf '%s=# %s\n' "$prompt" "$s"
		{
			[ -z "${JOURNAL:-}" ] || printf '\\set journal `cat %s`\n' "$JOURNAL"
			printf '%s\n' "$s"
		} | if [[ $s == "SELECT jsonb_pretty("* ]]; then
			# shown without psql's column header and "+" wrap markers
			PGCLIENTENCODING=UTF8 psql -X -q -At -d "$d" -f - 2>&1 | sed 's/^/ /'
		else
			PGCLIENTENCODING=UTF8 psql -X -q -P footer=off -d "$d" -f - 2>&1 | sed 's/^psql:<stdin>:[0-9]*: //' | grep -v '^$'
		fi || true
	done
}

# ---------------------------------------------------------------- README.md

# `migtrack_migrations` in psql: a hand-written two-migration journal, the first applied
sample_readme_migrations_table() {
	mkdir -p "$W/rm/drizzle/meta"
	printf 'CREATE TABLE "users" ("id" serial PRIMARY KEY);\n' >"$W/rm/drizzle/0000_users.sql"
	printf 'CREATE TABLE "posts" ("id" serial PRIMARY KEY);\n' >"$W/rm/drizzle/0001_posts.sql"
	printf '%s' '{"version":"7","dialect":"postgresql","entries":[{"idx":0,"version":"7","when":1700000000000,"tag":"0000_users","breakpoints":true},{"idx":1,"version":"7","when":1700000001000,"tag":"0001_posts","breakpoints":true}]}' >"$W/rm/drizzle/meta/_journal.json"
	db readme_mig
	"$MIGTRACK" bundle "$W/rm/drizzle" >"$W/rm/journal.json"
	mkdir -p "$W/rm/one/meta" && cp "$W/rm/drizzle/0000_users.sql" "$W/rm/one/"
	node -e 'const j = require(process.argv[1]); j.entries.length = 1; console.log(JSON.stringify(j))' \
		"$W/rm/drizzle/meta/_journal.json" >"$W/rm/one/meta/_journal.json"
	"$MIGTRACK" -d readme_mig migrate --yes "$W/rm/one" >/dev/null
	printf '\\set journal `cat %s`\nSELECT position, tag, created_at, status, row_id FROM migtrack_migrations(:%s);\n' \
		"$W/rm/journal.json" "'journal'" | psql -X -q -P footer=off -d readme_mig -f -
}

# the guard's refusal, in psql
sample_readme_guard_error() {
	db readme_guard
	sql_in readme_guard "ALTER DATABASE readme_guard SET migtrack.guard = 'error'"
	psql -X -q -d readme_guard -c 'CREATE TABLE t1 (id int)' 2>&1 || true
}

# migtrack status on the shared kit 0.31 fixture: three of seven migrations applied by drizzle
sample_readme_status() {
	local f=$REPO/test/fixtures/kit031/drizzle
	mkdir -p "$W/rs3/meta"
	cp "$f"/000[012]_*.sql "$W/rs3/"
	node -e 'const j = require(process.argv[1]); j.entries.length = 3; console.log(JSON.stringify(j))' \
		"$f/meta/_journal.json" >"$W/rs3/meta/_journal.json"
	db readme_status
	orm_migrate kit031 "$W/rs3" readme_status >/dev/null
	mkdir -p "$W/rs" && cp -a "$f" "$W/rs/drizzle"
	use "$W/rs" readme_status
	show 'migtrack status drizzle' >"$W/rs.out"
	# trimmed: the first row, then the fourth
	awk '/^ +1  /{print; print "     ..."; next} /^ +[235-9]  /{next} {print}' "$W/rs.out"
}

# suggested commands are shell words: a folder with a space, a tag with ";"
sample_readme_next_quoting() {
	mkdir -p "$W/rq/my app/drizzle/meta"
	local d="$W/rq/my app/drizzle"
	printf 'CREATE TABLE "users" ("id" serial PRIMARY KEY, "email" text);\n' >"$d/0000_users.sql"
	printf "INSERT INTO \"users\" (\"email\") VALUES ('admin@example.com');\n" >"$d/0001_seed;touch pwned.sql"
	printf '%s' '{"version":"7","dialect":"postgresql","entries":[{"idx":0,"version":"7","when":1795606387504,"tag":"0000_users","breakpoints":true},{"idx":1,"version":"7","when":1795606388150,"tag":"0001_seed;touch pwned","breakpoints":true}]}' >"$d/meta/_journal.json"
	db readme_quote
	psql_q readme_quote -q -f "$d/0000_users.sql" >/dev/null
	use "$W/rq" readme_quote
	run "migtrack status 'my app/drizzle'"
} >"$W/rq.out"
sample_readme_next_quoting_post() {
	# trimmed: the Next lines, their prose from "Check by hand" on
	sed -n '/^Next:/,$p' "$W/rq.out" | sed 's/^Next: .*\(Check by hand\)/Next: … \1/'
}

# ---------------------------------------------------------------- docs/drizzle-migrations.md

sample_guide_version() {
	printf '%s\n' 'export PATH="$(pg_config --bindir):$PATH"'
	printf 'migtrack --version          # %s\n' "$("$MIGTRACK" --version)"
}

# -v: DATABASE_URL with a password, a role "deployer" (it may exist already: roles
# are per cluster, and on 17 the e2e scripts share one)
sample_guide_verbose() {
	db prod3
	psql_q prod3 -q >/dev/null <<-'SQL'
		DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'deployer') THEN CREATE ROLE deployer; END IF; END $$;
		ALTER ROLE deployer LOGIN PASSWORD 'S3cret-pw';
	SQL
	copy_project p4 verbose
	CWD=$W/verbose
	DATABASE_URL=postgres://deployer:S3cret-pw@localhost:$PGPORT/prod3
	export DATABASE_URL
	printf '$ %s\n' 'migtrack -v check drizzle'
	run 'migtrack -v check drizzle 2>&1 >/dev/null'
}

# section 3: generate, check, migrate, check --in-sync
sample_guide_workflow() {
	copy_project p3 wf
	db shop_wf
	use "$W/wf" shop_wf
	run 'drizzle-kit migrate' >/dev/null
	cp "$STAGES/4_comments.ts" "$W/wf/src/schema/"
	printf '$ %s\n' 'drizzle-kit generate --name comments'
	run 'drizzle-kit generate --name comments | grep "Your SQL migration file"'
	set_whens "$W/wf" $WHEN_USERS $WHEN_POSTS $WHEN_SETTINGS $WHEN_COMMENTS
	show 'migtrack check drizzle'
	printf '$ echo $?\n%s\n' "$RC"
	printf '$ %s\n' 'drizzle-kit migrate'
	run 'drizzle-kit migrate | grep "applied successfully"'
	printf '$ %s\n...\n' 'migtrack check --in-sync drizzle'
	run 'migtrack check --in-sync drizzle' | grep -A10 '^ *4  '
}

# section 4: push, then drizzle-kit migrate fails
sample_guide_push_migrate() {
	copy_project p3 p1
	db shop_push
	use "$W/p1" shop_push
	printf '$ %s\n' 'drizzle-kit push --force'
	run 'drizzle-kit push --force | tail -1'
	show 'drizzle-kit migrate'
	printf '$ echo $?\n%s\n' "$RC"
}

# section 4: drizzle-orm's migrate() from code on the pushed database
sample_guide_orm_error() {
	orm_migrate kit031 "$W/p3/drizzle" shop_push | sed -n 's/^migrate: threw: //p; s/^migrate: cause: /cause: /p' |
		sed 's/^\(Failed query: CREATE TABLE "users" (\).*/\1 ... );/' | grep -v '^params:' || true
}

# section 5, step 1: the pushed database
sample_guide_incident_status() {
	db shop
	push "$W/p3" shop
	PGOPTIONS="-c client_min_messages=warning" sql_in shop 'DROP EXTENSION migtrack'
	copy_project p3 s5
	use "$W/s5" shop
	printf '$ %s\n' "psql \"\$DATABASE_URL\" -c 'CREATE EXTENSION migtrack'          # as a superuser"
	run "psql \"\$DATABASE_URL\" -c 'CREATE EXTENSION migtrack'"
	show 'migtrack status drizzle'
}

# section 5, step 2: the five-migration folder on a database pushed by drizzle-kit 0.31
sample_guide_dry_run_refused() {
	db shop5
	push "$W/p5" shop5
	use "$W/p5" shop5
	show 'migtrack sync drizzle --dry-run'
}

# section 5, step 2: --up-to, then drizzle-kit migrate runs the rest
sample_guide_sync_up_to() {
	db shop5u
	push "$W/p5" shop5u
	use "$W/p5" shop5u
	show 'migtrack sync drizzle --up-to 0002_settings --yes'
	printf '$ %s\n' 'drizzle-kit migrate            # ran 0003_seed_admin and 0004_billing'
	run 'drizzle-kit migrate | grep "applied successfully"'
}

# section 5, step 2: the files applied by hand
sample_guide_psql_by_hand() {
	db shop5h
	push "$W/p5" shop5h
	use "$W/p5" shop5h
	show 'psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -1 -f drizzle/0003_seed_admin.sql -f drizzle/0004_billing.sql'
}

# section 5, step 3: dry run, then sync on a terminal, answering y
sample_guide_sync_terminal() {
	db shop3
	push "$W/p3" shop3
	use "$W/p3" shop3
	show 'migtrack sync drizzle --dry-run'
	printf '$ %s\n' 'migtrack sync drizzle'
	pty_run y "$W/pty.log" env -u PGHOST -u PGPORT -u PGUSER -u PGPASSWORD -u PGDATABASE DATABASE_URL="$DATABASE_URL" \
		bash -c 'cd "$1" && exec "$2" sync drizzle' _ "$CWD" "$MIGTRACK" || true
	tr -d '\r' <"$W/pty.log" | awk '/^  migration/{print "  ..."; skip=1; next} skip && /^  /{next} {skip=0; print}'
}

# section 5, step 3: no terminal, no --yes
sample_guide_sync_no_terminal() {
	db shop3n
	push "$W/p3" shop3n
	use "$W/p3" shop3n
	run 'migtrack sync drizzle 2>&1 >/dev/null'
}

# section 5, step 3 (SQL): the same in psql
sample_guide_psql_session() {
	db shop3s
	push "$W/p3" shop3s
	"$MIGTRACK" bundle "$W/p3/drizzle" >"$W/s53.json"
	printf '%s\n' '$ migtrack bundle drizzle > journal.json' '$ PGCLIENTENCODING=UTF8 psql "$DATABASE_URL"' \
		'shop=# \set journal `cat journal.json`'
	JOURNAL=$W/s53.json session shop3s shop \
		"SELECT migtrack_status()->>'state' AS state;       -- without a journal: the database side only" \
		"SELECT position, tag, status FROM migtrack_migrations(:'journal');" \
		"SELECT migtrack_check(:'journal');" \
		"SELECT jsonb_pretty(migtrack_sync(:'journal', dry_run => true));" \
		"SELECT migtrack_sync(:'journal')->>'inserted' AS inserted;" \
		"SELECT * FROM drizzle.__drizzle_migrations ORDER BY id;" >"$W/s53.out"
	# trimmed: the dry run's second and third rows
	awk '/^         },$/ && !done {print "         },"; print "         ..."; skip=1; done=1; next}
		skip && /^     \],$/ {skip=0} skip {next} {print}' "$W/s53.out"
}

# section 5, step 4
sample_guide_migrate_in_sync() {
	db shop4
	push "$W/p3" shop4
	use "$W/p3" shop4
	run 'migtrack sync drizzle --yes' >/dev/null
	printf '$ %s\n' 'drizzle-kit migrate'
	run 'drizzle-kit migrate | grep "applied successfully"'
	printf '$ %s\n...\n' 'migtrack check --in-sync drizzle'
	run 'migtrack check --in-sync drizzle' | sed -n '/^State:/,$p'
}

# p4 applied by real drizzle-kit migrate in DB
applied_p4() {
	copy_project p4 "$1"
	db "$1"
	use "$W/$1" "$1"
	run 'drizzle-kit migrate' >/dev/null
}

# 6.2: an applied migration edited (a new index)
sample_guide_hash_mismatch() {
	applied_p4 hm
	printf '%s\n' '--> statement-breakpoint' 'CREATE INDEX "posts_title_idx" ON "posts" USING btree ("title");' >>"$W/hm/drizzle/0001_posts.sql"
	run 'migtrack status drizzle' | grep -E '^ +2  |^State:|^Problems:|^  hash_mismatch|^Next:|^    migtrack'
}

# 6.3: an applied migration's file deleted
sample_guide_unknown_row() {
	applied_p4 ur
	rm "$W/ur/drizzle/0003_comments.sql"
	node -e 'const fs = require("fs"), f = process.argv[1], j = JSON.parse(fs.readFileSync(f)); j.entries.length = 3;
		fs.writeFileSync(f, JSON.stringify(j, null, 2))' "$W/ur/drizzle/meta/_journal.json"
	run 'migtrack status drizzle' | grep -E '^ +-  |^Problems:|^  unknown_row'
}

# 6.4: a late-merged migration older than the newest row (hand-written journal, fixed whens)
sample_guide_out_of_order() {
	copy_project p4 oo
	local d=$W/oo/drizzle
	printf 'CREATE TABLE "likes" (\n\t"id" serial PRIMARY KEY NOT NULL,\n\t"post_id" integer NOT NULL\n);\n' >"$d/0004_likes.sql"
	printf 'CREATE TABLE "tags" (\n\t"id" serial PRIMARY KEY NOT NULL,\n\t"name" text NOT NULL\n);\n' >"$d/0005_tags.sql"
	node -e 'const fs = require("fs"), f = process.argv[1], j = JSON.parse(fs.readFileSync(f));
		j.entries.push({ idx: 4, version: "7", when: 1795606466011, tag: "0004_likes", breakpoints: true });
		fs.writeFileSync(f, JSON.stringify(j, null, 2))' "$d/meta/_journal.json"
	db oo
	use "$W/oo" oo
	run 'drizzle-kit migrate' >/dev/null
	node -e 'const fs = require("fs"), f = process.argv[1], j = JSON.parse(fs.readFileSync(f));
		j.entries.push({ idx: 5, version: "7", when: 1795606463332, tag: "0005_tags", breakpoints: true });
		fs.writeFileSync(f, JSON.stringify(j, null, 2))' "$d/meta/_journal.json"
	run 'migtrack status drizzle' | grep -E '^ +[56]  |^State:|^Problems:|^  out_of_order'
}

# 6.7: the 0.x history, the folder converted by drizzle-kit 1.0's up
sample_guide_kit1_check() {
	applied_p4 k1
	rm -f "$W/k1/node_modules" && ln -s "$NODE_CACHE/kit1rc/node_modules" "$W/k1/node_modules"
	cp "$W/k1/drizzle" -a "$W/k1/drizzle031"
	kit kit1rc "$W/k1" up >"$W/k1.up.log" 2>&1
	rm -f "$W/k1/drizzle/meta/_journal.json"
	printf '$ %s\n' 'migtrack check drizzle'
	run 'migtrack check drizzle' | sed -n '1p; /^State:/p' | sed '1a\
...'
}

# 6.7: the rows after drizzle 1.0's upgrade (its next migrate)
sample_guide_kit1_rows() {
	(cd "$W/k1" && DATABASE_URL=$(db_url k1) timeout 300 "$(kit_bin kit1rc)" migrate) >"$W/k1.migrate.log" 2>&1
	psql -X -q -P footer=off -d k1 -c 'SELECT id, left(hash, 12) AS hash, created_at, name, applied_at FROM drizzle.__drizzle_migrations ORDER BY id' |
		awk 'NR <= 3 || /^ +4 \|/ {print} NR == 4 {print "  ..."}'
}

# 6.8: a custom history table, and the options forgotten
sample_guide_custom_table() {
	db shop8
	push "$W/p4" shop8
	sql_in shop8 'CREATE SCHEMA app_meta; CREATE TABLE app_meta."MigrationLog" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)'
	copy_project p4 c8
	use "$W/c8" shop8
	show 'migtrack status --migrations-schema app_meta --migrations-table MigrationLog drizzle' | sed -n '1,2p; 3i\
...
/^Next:/,$p'
}
sample_guide_custom_forgotten() {
	use "$W/c8" shop8
	run 'migtrack status drizzle' | sed -n '/^Problems:/,/^Next:/p' | grep -v '^Next:' | grep -E '^Problems:|^  untracked_schema'
}

# 7: the synopsis of migtrack --help
sample_guide_help_synopsis() {
	"$MIGTRACK" --help | sed -n '/^Usage:/,/^$/p' | sed '1d;$d' | sed 's/^  //'
}

# ---------------------------------------------------------------- the rewriter

# scenarios named by the markers, in document order
mapfile -t NAMES < <(cd "$DOCROOT" && grep -ho '<!-- sample: [a-z0-9-]* -->' README.md docs/*.md | sed 's/<!-- sample: \(.*\) -->/\1/' | awk '!seen[$0]++')
mkdir -p "$W/out"
make_projects
failed=0
for n in "${NAMES[@]}"; do
	f=sample_${n//-/_}
	if ! declare -F "$f" >/dev/null; then
		echo "samples: no scenario $n (no function $f)" >&2
		failed=1
		continue
	fi
	echo "# sample $n" >&2
	if ! "$f" >"$W/out/$n.raw" 2>"$W/out/$n.err"; then
		echo "samples: scenario $n failed:" >&2
		tail -20 "$W/out/$n.err" >&2
		failed=1
		continue
	fi
	if declare -F "${f}_post" >/dev/null; then "${f}_post" <"$W/out/$n.raw" >"$W/out/$n.raw2"; mv "$W/out/$n.raw2" "$W/out/$n.raw"; fi
	terminal <"$W/out/$n.raw" | normalise | sed -e 's/[[:space:]]*$//' |
		awk '{ l[NR] = $0 } END { n = NR; while (n > 0 && l[n] == "") n--; for (i = 1; i <= n; i++) print l[i] }' >"$W/out/$n.txt"
done
[ "$failed" == 0 ] || exit 1

# write each block: the fence's indentation kept, other comments between marker and fence kept
(cd "$DOCROOT" && node - "$W/out" README.md docs/*.md) <<'JS'
const fs = require("fs"), path = require("path");
const [out, ...files] = process.argv.slice(2);
let bad = 0;
for (const file of files) {
	const lines = fs.readFileSync(file, "utf8").split("\n");
	const res = [];
	for (let i = 0; i < lines.length; i++) {
		res.push(lines[i]);
		const m = /^\s*<!-- sample: ([a-z0-9-]+) -->\s*$/.exec(lines[i]);
		if (!m) continue;
		let k = i + 1;
		while (k < lines.length && /^\s*<!--.*-->\s*$/.test(lines[k])) res.push(lines[k++]);
		const fence = /^(\s*)(`{3,})[\w-]*\s*$/.exec(lines[k] || "");
		if (!fence) { console.error(`${file}:${i + 1}: sample marker ${m[1]} not followed by a fenced block`); bad = 1; continue; }
		res.push(lines[k]);
		let e = k + 1;
		while (e < lines.length && !new RegExp("^\\s*`{" + fence[2].length + ",}\\s*$").test(lines[e])) e++;
		if (e >= lines.length) { console.error(`${file}:${k + 1}: unclosed fence`); bad = 1; continue; }
		const body = fs.readFileSync(path.join(out, m[1] + ".txt"), "utf8").replace(/\n$/, "").split("\n");
		for (const b of body) res.push(b === "" ? "" : fence[1] + b);
		res.push(lines[e]);
		i = e;
	}
	const text = res.join("\n");
	if (text !== lines.join("\n")) { fs.writeFileSync(file, text); console.error(`samples: rewrote ${file}`); }
}
process.exit(bad);
JS
echo "samples: ${#NAMES[@]} samples generated" >&2

#!/usr/bin/env bash
# Every SQL statement the documentation shows runs (issue 13): README.md and docs/*.md
# are read by docs_sql.mjs (```sql blocks, psql sessions, heredocs and -c arguments fed
# to psql, inline `code` spans that are complete statements), and each statement is run,
# in document order, in a scratch database per file prepared so that it can run:
# migtrack installed, a small drizzle-kit 0.x folder and its journal (bound to psql's
# :'journal', and as journal.json / drizzle/ in the working directory, where the docs
# read them), the roles and databases the statements name, and the history state the
# file's narrative starts from. One PASS/FAIL line per statement, named file:line.
#
# A block may be marked on the line before it with <!-- docs-sql: skip REASON --> (not
# run here; listed below) or <!-- docs-sql: error SQLSTATE --> (a documented refusal: it
# must fail with that SQLSTATE).
#
# Run: pg_virtualenv -t bash test/e2e/docs_sql.sh   (after make install)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_pg_env

W=$(fresh_workdir docs_sql)
BINDIR=$(dirname "${MIGTRACK_BIN:-$(pg_config --bindir)/migtrack}")
export PATH="$BINDIR:$PATH" # the docs put the migtrack client on the PATH
cd "$REPO_ROOT"
DOCS=(README.md docs/*.md)

# ---------------------------------------------------------------- the drizzle folder
# drizzle/ holds five migrations as drizzle-kit 0.31 writes them; journal.json is the
# folder when it had the first three (the folder of the guide's section 5 and of the
# README's examples; the guide's later script applies 0003 and 0004 by hand).
mkdir -p "$W/drizzle/meta" "$W/folder3/meta"
cat >"$W/drizzle/0000_users.sql" <<'EOF'
CREATE TABLE "users" (
	"id" serial PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"created_at" timestamp DEFAULT now() NOT NULL,
	CONSTRAINT "users_email_unique" UNIQUE("email")
);
EOF
cat >"$W/drizzle/0001_posts.sql" <<'EOF'
CREATE TABLE "posts" (
	"id" serial PRIMARY KEY NOT NULL,
	"author_id" integer NOT NULL,
	"title" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
EOF
cat >"$W/drizzle/0002_settings.sql" <<'EOF'
CREATE TABLE "settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb
);
EOF
cat >"$W/drizzle/0003_seed_admin.sql" <<'EOF'
-- Custom SQL migration file, put your code below! --
INSERT INTO "users" ("email") VALUES ('admin@example.com');
EOF
cat >"$W/drizzle/0004_billing.sql" <<'EOF'
CREATE SCHEMA "billing";
--> statement-breakpoint
CREATE TABLE "billing"."invoices" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" integer NOT NULL,
	"amount_cents" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "billing"."invoices" ADD CONSTRAINT "invoices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;
EOF
node -e '
	const fs = require("fs");
	const tags = ["0000_users", "0001_posts", "0002_settings", "0003_seed_admin", "0004_billing"];
	const j = (n) => JSON.stringify({ version: "7", dialect: "postgresql", entries: tags.slice(0, n).map((tag, idx) =>
		({ idx, version: "7", when: 1795606387504 + 1000 * idx, tag, breakpoints: true })) }, null, 2) + "\n";
	fs.writeFileSync(process.argv[1] + "/drizzle/meta/_journal.json", j(5));
	fs.writeFileSync(process.argv[1] + "/folder3/meta/_journal.json", j(3));' "$W"
cp "$W"/drizzle/000[012]_*.sql "$W/folder3/"
# shellcheck disable=SC2016 # $1/$2 are bash -c arguments
must "migtrack bundle of the 3-migration folder" "$W/bundle.log" \
	bash -c 'migtrack bundle "$1" >"$2"' _ "$W/folder3" "$W/journal.json"
export DOCS_SQL_JOURNAL=$W/journal.json

# ---------------------------------------------------------------- the statements
must "docs_sql.mjs reads ${DOCS[*]}" "$W/extract.log" node "$E2E_DIR/docs_sql.mjs" "$W/units" "${DOCS[@]}"
cat "$W/extract.log"
while IFS= read -r p; do fail "marker: $p"; done <"$W/units/problems.txt"
nstmts=$(wc -l <"$W/units/stmts.tsv")
if [ "$nstmts" -ge 20 ]; then pass "found $nstmts statements"; else fail "found only $nstmts statements (expected 20 or more)"; fi

# prepare_db FILE DB — the state the file's statements start from
prepare_db() {
	local file=$1 db=$2
	new_db "$db" migtrack
	case $file in
	docs/drizzle-migrations.md)
		# the guide's incident (section 5): the three tables pushed, drizzle's history
		# table empty (created by an earlier drizzle-kit migrate that failed, so the
		# section 1 grants on it can run); and the custom history table of section 6.8,
		# empty, as drizzle creates it for a project whose drizzle.config names it (else
		# migtrack rightly refuses to start a second history beside drizzle's)
		psql_q "$db" -1 -q -f "$W/folder3/0000_users.sql" -f "$W/folder3/0001_posts.sql" -f "$W/folder3/0002_settings.sql" >/dev/null
		psql_q "$db" -q >/dev/null <<-'SQL'
			CREATE SCHEMA IF NOT EXISTS "drizzle";
			CREATE TABLE IF NOT EXISTS "drizzle"."__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint);
			CREATE SCHEMA IF NOT EXISTS "app_meta";
			CREATE TABLE IF NOT EXISTS "app_meta"."MigrationLog" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint);
		SQL
		;;
	*)
		# a project that migrates normally: the three migrations applied and recorded
		JOURNAL=$DOCS_SQL_JOURNAL sql "$db" "SELECT migtrack_migrate(:'journal')->>'applied'" >/dev/null
		;;
	esac
}

# ---------------------------------------------------------------- run them
# run_units DIR [RECORD] — runs DIR's units (from docs_sql.mjs) in order, one PASS/FAIL
# per statement; with RECORD, appends "file:line<TAB>pass|fail|skip" there instead.
skips=()
run_units() {
	local dir=$1 record=${2:-} current="" id kind file skip db s out err stopped
	local idx swhere expect lines inc stext got label r d
	# roles and databases the statements name
	while IFS= read -r r; do
		psql_q postgres -v r="$r" >/dev/null <<-'SQL'
			SELECT format('CREATE ROLE %I NOLOGIN', :'r') WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = :'r') \gexec
		SQL
	done <"$dir/roles.txt"
	while IFS= read -r d; do
		psql_q postgres -v d="$d" >/dev/null <<-'SQL'
			SELECT format('CREATE DATABASE %I', :'d') WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = :'d') \gexec
		SQL
	done <"$dir/databases.txt"
	[ -n "$record" ] || note "roles: $(paste -sd' ' "$dir/roles.txt"); databases: $(paste -sd' ' "$dir/databases.txt")"
	while IFS=$'\t' read -r id _ kind file skip _; do
		if [ "$file" != "$current" ]; then
			current=$file
			db=docs_$(basename "$file" .md | tr -c 'a-zA-Z0-9\n' _)
			prepare_db "$file" "$db"
			[ -n "$record" ] || note "$file: database $db"
		fi
		mapfile -t stmts < <(awk -F'\t' -v id="$id" '$1 == id' "$dir/stmts.tsv")
		if [ "$skip" != "-" ]; then
			for s in "${stmts[@]}"; do
				IFS=$'\t' read -r _ _ swhere _ _ _ stext <<<"$s"
				if [ -n "$record" ]; then
					printf '%s\tskip\n' "$swhere" >>"$record"
				else
					skips+=("$swhere ($kind): $skip")
					note "SKIP $swhere: $skip"
				fi
			done
			continue
		fi
		out=$dir/$id.out err=$dir/$id.err
		# CREATE EXTENSION migtrack ($wrap) runs after dropping the prepared one, rolled back
		(cd "$W" && PGCLIENTENCODING=UTF8 psql -X -d "$db" -f "$dir/$id.psql" >"$out" 2>"$err") || true
		stopped=0
		for s in "${stmts[@]}"; do
			IFS=$'\t' read -r _ idx swhere expect lines inc stext <<<"$s"
			got=$(sed -n "s/^docs-sql-state $idx //p" "$out")
			# psql's own errors (a meta-command, an \i'd file) leave :SQLSTATE alone
			if [ "$got" == 00000 ] && awk -v f="$dir/$id.psql" -v a="${lines%-*}" -v b="${lines#*-}" -v inc="$inc" '
				index($0, "psql:" f ":") == 1 && /: (ERROR|error|FATAL):/ { split(substr($0, length(f) + 7), p, ":"); if (p[1] + 0 >= a && p[1] + 0 <= b) bad = 1 }
				inc != "-" && index($0, "psql:" inc ":") == 1 && /: (ERROR|error|FATAL):/ { bad = 1 }
				END { exit !bad }' "$err"; then
				got="psql error"
			fi
			if [ -z "$got" ]; then
				if [ "$stopped" == 0 ]; then
					# psql stopped here (the block's own ON_ERROR_STOP): its last error
					got=$(sed -nE 's/.*ERROR:  ([0-9A-Z]{5}): .*/\1/p' "$err" | tail -1)
					got=${got:-no-state}
					stopped=1
				else
					got="not run"
				fi
			fi
			label="$swhere ($kind) ${stext:0:110}"
			if { [ "$expect" == ok ] && [ "$got" == 00000 ]; } || { [ "$expect" != ok ] && [ "$got" == "$expect" ]; }; then
				if [ -n "$record" ]; then
					printf '%s\tpass\n' "$swhere" >>"$record"
				elif [ "$expect" == ok ]; then
					pass "$label"
				else
					pass "$label -> ERROR $expect, as documented"
				fi
			elif [ -n "$record" ]; then
				printf '%s\tfail\n' "$swhere" >>"$record"
			else
				fail "$label"
				note "expected $([ "$expect" == ok ] && echo success || echo "ERROR $expect"), got $([ "$got" == 00000 ] && echo success || echo "$got")"
				grep -E 'ERROR|DETAIL|HINT|error:|No such file' "$err" | head -4 | sed 's/^/  # /' || true
			fi
		done
	done <"$dir/units.tsv"
}

# ---------------------------------------------------------------- the harness itself
# a canary page with known outcomes: a test that cannot fail proves nothing
mkdir -p "$W/canary"
cat >"$W/canary/canary.md" <<'MD'
# canary

```sql
GRANT EXECUTE ON FUNCTION migtrack_sync(jsonb, text, text, boolean, text) TO deployer;
```

<!-- docs-sql: error 55000 -->
```sql
SELECT migtrack_status(:'journal')->>'state';
```

<!-- docs-sql: error 42883 -->
```sql
SELECT no_such_function();
```

```sql
\i drizzle/no_such_file.sql
SELECT 1;
```

<!-- docs-sql: skip needs a file on the server -->
```sql
SELECT pg_read_file('/nonexistent');
```

Inline `SELECT count(*) FROM drizzle.__drizzle_migrations;` and
`GRANT SELECT ON no_such_table TO ops;`, not `SELECT 1` (no semicolon).

```
$ echo "SELECT migtrack_check(:'journal');" | psql -v ON_ERROR_STOP=1
```

<!-- docs-sql: skip dangling -->

text
MD
want=$(printf '%s\n' 'canary.md:4	fail' 'canary.md:9	fail' 'canary.md:14	pass' 'canary.md:18	fail' \
	'canary.md:19	pass' 'canary.md:24	skip' 'canary.md:27	pass' 'canary.md:28	fail' 'canary.md:31	pass')
(cd "$W/canary" && node "$E2E_DIR/docs_sql.mjs" "$W/canary/units" canary.md) >/dev/null
: >"$W/canary/outcomes.tsv"
run_units "$W/canary/units" "$W/canary/outcomes.tsv"
check_eq "harness: a canary page's statements pass, fail and skip as they should" "$want" "$(cat "$W/canary/outcomes.tsv")"
check_eq "harness: a marker followed by no statement is reported" \
	"canary.md:34: docs-sql marker not followed by a block or statement with SQL" "$(cat "$W/canary/units/problems.txt")"

# ---------------------------------------------------------------- the documentation
run_units "$W/units"

if [ ${#skips[@]} -gt 0 ]; then
	echo "# ${#skips[@]} statements not run here (<!-- docs-sql: skip -->):"
	printf '#   %s\n' "${skips[@]}"
else
	echo "# no statement skipped"
fi
finish

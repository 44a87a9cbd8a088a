#!/usr/bin/env bash
# Databases that cannot load the extension (managed PostgreSQL) through a dev
# database: `migtrack --dev-url`.  The target is a database of this cluster
# where migtrack is NOT created, owned by a role that is not a superuser; the
# dev server is a second cluster (its own port and socket directory) that has
# migtrack.  For both kits, with the real drizzle-kit / drizzle-orm:
#  - the incident (push, no history, drizzle-kit migrate fails);
#  - status / check through --dev-url give the same verdicts as the extension
#    installed in a copy of the target;
#  - sync (0.31: --apply-absent for the pgSchema table push skipped) writes the
#    rows real drizzle writes, byte for byte; drizzle-kit migrate is then a no-op;
#  - nothing is left on the dev server (scratch database, roles) nor in the
#    target (no extension);
#  - a policy naming a role the dev server lacks, an extension, and a folder
#    with pgvector columns (test/vendor/pgvector, built here) restore;
#  - a schema change on the target between the dump and the write is refused.
# Run: pg_virtualenv -t bash test/e2e/devurl.sh   (after make install)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_pg_env
# shellcheck source=cli_common.sh
source "$E2E_DIR/cli_common.sh"
cli_workdir devurl

# ---------------------------------------------------------------- the dev server
DEV=$W/devcluster
DEVPORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
mkdir -p "$DEV"
chown postgres "$DEV"
runuser -u postgres -- "$(pg_config --bindir)/initdb" -D "$DEV/data" -A trust -U devadmin --no-sync >"$LOGS/initdb.log" 2>&1
runuser -u postgres -- "$(pg_config --bindir)/pg_ctl" -D "$DEV/data" -l "$DEV/log" -w \
	-o "-p $DEVPORT -k $DEV -c listen_addresses=''" start >"$LOGS/devstart.log" 2>&1
stop_dev() { runuser -u postgres -- "$(pg_config --bindir)/pg_ctl" -D "$DEV/data" -m fast -w stop >/dev/null 2>&1 || true; }
trap stop_dev EXIT
DEV_URL="postgresql://devadmin@/postgres?host=$DEV&port=$DEVPORT"
devq() { psql -X -At -d "$DEV_URL" -c "$1"; }
check_eq "the dev server answers" 1 "$(devq 'SELECT 1')"

# what a run leaves on the dev server: scratch databases and roles (none, always)
dev_leftovers() {
	devq "SELECT string_agg(datname, ' ') FROM pg_database WHERE datname LIKE 'migtrack_scratch%'"
	devq "SELECT string_agg(rolname, ' ') FROM pg_roles WHERE rolname NOT LIKE 'pg\_%' AND rolname <> 'devadmin'"
}

# the application's role: owns its database, not a superuser
APP_PW=app-secret-7
psql_q postgres -c "DROP ROLE IF EXISTS app_owner" -c "CREATE ROLE app_owner LOGIN PASSWORD '$APP_PW'" >/dev/null
app_url() { # DB — a URL as the application role
	printf 'postgresql://app_owner:%s@%s:%s/%s' "$APP_PW" "${PGHOST:-localhost}" "${PGPORT:-5432}" "$1"
}
new_app_db() { # DB — empty, owned by the application role, no migtrack
	PGOPTIONS="-c client_min_messages=warning" dropdb --if-exists "$1"
	createdb -O app_owner "$1"
}

# the verdicts, state and problems of a status --json answer, one per line; the
# recommendation's calls name the schema migtrack is in (public in the target,
# migtrack_dev in the dev copy), left out of the comparison
verdicts() {
	node -e 'const j = JSON.parse(require("fs").readFileSync(0, "utf8"));
		console.log("state " + j.state);
		for (const m of j.migrations) console.log(m.tag + " " + m.status + " " + m.verdict + " " + JSON.stringify(m.missing || []));
		for (const p of j.problems) console.log("problem " + p.code + " " + (p.migration || ""));
		for (const d of j.drift.objects) console.log("drift " + d);
		for (const d of j.drift.other_tables) console.log("other table " + d);
		console.log("user tables " + j.user_tables);
		console.log("next " + j.recommendation.replace(/SELECT (public|migtrack_dev)\.migtrack_/g, "SELECT migtrack_"));
		console.log("next action " + JSON.stringify(j.next));'
}

for KIT in kit031 kit1rc; do
	install_kit "$KIT"
	COLS=$(tracking_columns "$KIT")
	mkdir -p "$W/$KIT"
	APP=$W/$KIT/app
	new_project "$KIT" "$APP"
	for stage in 1_users 2_posts 5_billing 3_settings; do generate_stage "$KIT" "$APP" "$stage"; done
	D=$APP/drizzle

	# reference: real drizzle-kit migrate on an empty database
	REF=${KIT}_dev_ref
	reference_rows "$KIT" "$APP" "$REF" "$W/$KIT/expected.tsv"
	check_eq "$KIT: drizzle wrote 4 rows" 4 "$(wc -l <"$W/$KIT/expected.tsv")"

	# ------------------------------------------------------------ the incident, on a database without migtrack
	T=${KIT}_target
	new_app_db "$T"
	DATABASE_URL=$(app_url "$T") must "$KIT: drizzle-kit push --force as the application role" \
		"$LOGS/${KIT}_push.log" kit "$KIT" "$APP" push --force
	if DATABASE_URL=$(app_url "$T") run_logged "$LOGS/${KIT}_migrate_before.log" kit "$KIT" "$APP" migrate; then
		fail "$KIT: drizzle-kit migrate fails after push"
	else
		pass "$KIT: drizzle-kit migrate fails after push"
	fi
	check_eq "$KIT: the target has no migtrack" 0 "$(psql_q "$T" -c "SELECT count(*) FROM pg_extension WHERE extname = 'migtrack'")"
	check_eq "$KIT: the application role is no superuser" f "$(psql_q "$T" -c "SELECT rolsuper FROM pg_roles WHERE rolname = 'app_owner'")"

	# the same verdicts as the extension in a copy of the target
	psql_q postgres -c "CREATE DATABASE ${T}_ext TEMPLATE $T" >/dev/null
	psql_q "${T}_ext" -c "CREATE EXTENSION migtrack" >/dev/null
	mt "${KIT}_ext_status" -d "${T}_ext" --json status "$D"
	verdicts <"$OUTD/${KIT}_ext_status.out" >"$W/$KIT/verdicts_ext.txt"
	mt "${KIT}_dev_status" -d "$(app_url "$T")" --dev-url="$DEV_URL" --json status "$D"
	check_rc "$KIT: status --json through --dev-url" 0 "${KIT}_dev_status"
	verdicts <"$OUTD/${KIT}_dev_status.out" >"$W/$KIT/verdicts_dev.txt"
	check_files_eq "$KIT: the same state, verdicts, problems and drift as with the extension" \
		"$W/$KIT/verdicts_ext.txt" "$W/$KIT/verdicts_dev.txt"
	check_eq "$KIT: status says untracked" untracked "$(head -1 "$W/$KIT/verdicts_dev.txt" | cut -d' ' -f2)"
	mt "${KIT}_dev_check" -d "$(app_url "$T")" --dev-url="$DEV_URL" check "$D"
	check_rc "$KIT: check through --dev-url: migrate would fail" 1 "${KIT}_dev_check"
	mt "${KIT}_dev_status_text" -d "$(app_url "$T")" --dev-url="$DEV_URL" status "$D"
	check_contains "$KIT: the suggested command keeps --dev-url (password masked)" \
		"--dev-url=" "$(out "${KIT}_dev_status_text")"
	check_not_contains "$KIT: no password printed" "$APP_PW" "$(both "${KIT}_dev_status_text")"
	# a dev URL with a password: suggested without it (libpq finds it in .pgpass or PGPASSWORD), never masked
	mt "${KIT}_dev_pw" -d "$(app_url "$T")" --dev-url="postgresql://devadmin:dev-secret-9@/postgres?host=$DEV&port=$DEVPORT" status "$D"
	check_rc "$KIT: status with a dev URL holding a password" 0 "${KIT}_dev_pw"
	check_contains "$KIT: ... the suggestion names the dev server without the password" "user=devadmin" \
		"$(grep -- '--dev-url=' "$OUTD/${KIT}_dev_pw.out")"
	check_not_contains "$KIT: ... no mask in a command to paste" "********" "$(grep -- '--dev-url=' "$OUTD/${KIT}_dev_pw.out")"
	check_not_contains "$KIT: ... and no password" "dev-secret-9" "$(both "${KIT}_dev_pw")"
	check_eq "$KIT: nothing left on the dev server" "" "$(dev_leftovers | tr -d '\n')"

	# ------------------------------------------------------------ sync through --dev-url
	SYNC_ARGS=(sync --yes)
	[ "$KIT" == kit031 ] && SYNC_ARGS+=(--apply-absent) # 0.31 push skipped billing.invoices (pgSchema)
	if [ "$KIT" == kit031 ]; then
		check_eq "$KIT: push skipped billing.invoices" f "$(table_exists "$T" billing.invoices)"
		mt "${KIT}_dev_dry" -d "$(app_url "$T")" --dev-url="$DEV_URL" sync --dry-run "$D"
		check_rc "$KIT: sync --dry-run refuses the absent migration" 3 "${KIT}_dev_dry"
		check_contains "$KIT: ... and names --apply-absent" "--apply-absent" "$(both "${KIT}_dev_dry")"
	else
		mt "${KIT}_dev_dry" -d "$(app_url "$T")" --dev-url="$DEV_URL" sync --dry-run "$D"
		check_rc "$KIT: sync --dry-run" 0 "${KIT}_dev_dry"
	fi
	# (drizzle-kit migrate created the table before it failed, as drizzle does)
	check_eq "$KIT: the dry run wrote nothing to the target" 0 "$(psql_q "$T" -c 'SELECT count(*) FROM drizzle.__drizzle_migrations')"
	mt "${KIT}_dev_sync" -d "$(app_url "$T")" --dev-url="$DEV_URL" "${SYNC_ARGS[@]}" "$D"
	check_rc "$KIT: ${SYNC_ARGS[*]} through --dev-url" 0 "${KIT}_dev_sync"
	tracking_rows "$T" "$COLS" >"$W/$KIT/synced.tsv"
	check_files_eq "$KIT: the target's history = the rows real drizzle writes" "$W/$KIT/expected.tsv" "$W/$KIT/synced.tsv"
	check_eq "$KIT: billing.invoices exists in the target" t "$(table_exists "$T" billing.invoices)"
	check_eq "$KIT: still no migtrack in the target" 0 "$(psql_q "$T" -c "SELECT count(*) FROM pg_extension WHERE extname = 'migtrack'")"
	check_eq "$KIT: the history belongs to the application role" app_owner \
		"$(psql_q "$T" -c "SELECT tableowner FROM pg_tables WHERE schemaname = 'drizzle'")"
	check_eq "$KIT: nothing left on the dev server after sync" "" "$(dev_leftovers | tr -d '\n')"
	if DATABASE_URL=$(app_url "$T") run_logged "$LOGS/${KIT}_migrate_after.log" kit "$KIT" "$APP" migrate; then
		pass "$KIT: drizzle-kit migrate succeeds after the sync"
	else
		fail "$KIT: drizzle-kit migrate succeeds after the sync"
		tail -5 "$LOGS/${KIT}_migrate_after.log" | sed 's/^/  # /'
	fi
	tracking_rows "$T" "$COLS" >"$W/$KIT/after_migrate.tsv"
	check_files_eq "$KIT: drizzle-kit migrate was a no-op" "$W/$KIT/expected.tsv" "$W/$KIT/after_migrate.tsv"
	mt "${KIT}_dev_check2" -d "$(app_url "$T")" --dev-url="$DEV_URL" check "$D"
	check_rc "$KIT: check through --dev-url after the sync" 0 "${KIT}_dev_check2"
done

# ---------------------------------------------------------------- what the restore needs
T=kit031_target
D=$W/kit031/app/drizzle
# a policy naming a role that exists here but not on the dev server, and an extension
psql_q postgres -c "DROP ROLE IF EXISTS app_reader" -c "CREATE ROLE app_reader NOLOGIN" >/dev/null
psql_q "$T" -c "CREATE EXTENSION citext" -c "ALTER TABLE public.users ENABLE ROW LEVEL SECURITY" \
	-c "CREATE POLICY users_read ON public.users FOR SELECT TO app_reader USING (true)" >/dev/null
check_eq "the dev server has no role app_reader" 0 "$(devq "SELECT count(*) FROM pg_roles WHERE rolname = 'app_reader'")"
mt policy_status -v -d "$(app_url "$T")" --dev-url="$DEV_URL" status "$D"
check_rc "status through --dev-url with a policy's role and an extension" 0 policy_status
check_contains "the policy's role was created for the restore" "app_reader" "$(err policy_status)"
check_eq "... and dropped afterwards" "" "$(dev_leftovers | tr -d '\n')"
# an event trigger in the target (a superuser's) is not restored: it would run on the dev server
psql_q "$T" -c "CREATE FUNCTION public.no_ddl() RETURNS event_trigger LANGUAGE plpgsql AS 'BEGIN RAISE EXCEPTION ''no DDL here''; END'" \
	-c "CREATE EVENT TRIGGER no_ddl ON ddl_command_end EXECUTE FUNCTION public.no_ddl()" -c "COMMENT ON EVENT TRIGGER no_ddl IS 'blocks DDL'" >/dev/null
mt evt_status -d "$(app_url "$T")" --dev-url="$DEV_URL" status "$D"
check_rc "status through --dev-url with an event trigger in the target (not restored)" 0 evt_status
psql_q "$T" -c "DROP EVENT TRIGGER no_ddl" >/dev/null

# ---------------------------------------------------------------- a folder using pgvector
# pgvector (vendored: test/vendor/pgvector) built and installed for both
# clusters; the folder: a custom migration creating the extension, then a table
# with a vector column, both generated by the real drizzle-kit 0.31.
if run_logged "$LOGS/pgvector_build.log" bash -c "rm -rf '$W/pgvector' && cp -r '$REPO_ROOT/test/vendor/pgvector' '$W/pgvector' &&
		make -C '$W/pgvector' OPTFLAGS= && make -C '$W/pgvector' OPTFLAGS= install"; then
	pass "pgvector built and installed"
else
	fail "pgvector built and installed"
	tail -5 "$LOGS/pgvector_build.log" | sed 's/^/  # /'
fi
VEC=$W/vector/app
new_project kit031 "$VEC"
printf 'export {};\n' >"$VEC/src/schema/none.ts" # generate --custom wants a schema file
must "kit031: drizzle-kit generate --custom (CREATE EXTENSION vector)" "$LOGS/vector_custom.log" \
	kit kit031 "$VEC" generate --custom --name vector_extension
printf 'CREATE EXTENSION IF NOT EXISTS vector;\n' >"$(ls "$VEC"/drizzle/0000_*.sql)"
sleep 1
cat >"$VEC/src/schema/documents.ts" <<'TS'
import { pgTable, serial, text, vector } from "drizzle-orm/pg-core";

export const documents = pgTable("documents", {
  id: serial("id").primaryKey(),
  body: text("body").notNull(),
  embedding: vector("embedding", { dimensions: 3 }),
});
TS
must "kit031: drizzle-kit generate documents (a vector column)" "$LOGS/vector_generate.log" \
	kit kit031 "$VEC" generate --name documents
check_contains "the migration has a vector(3) column" "vector(3)" "$(cat "$VEC"/drizzle/0001_*.sql)"
new_db vector_ref
DATABASE_URL=$(db_url vector_ref) must "kit031: drizzle-kit migrate of the pgvector folder" "$LOGS/vector_ref.log" \
	kit kit031 "$VEC" migrate
tracking_rows vector_ref "hash, created_at" >"$W/vector_expected.tsv"
VT=vector_target
new_app_db "$VT"
psql_q "$VT" -c "CREATE EXTENSION vector" >/dev/null # as a managed service offers it
DATABASE_URL=$(app_url "$VT") must "kit031: drizzle-kit push of the pgvector schema" "$LOGS/vector_push.log" \
	kit kit031 "$VEC" push --force
mt vector_status -d "$(app_url "$VT")" --dev-url="$DEV_URL" --json status "$VEC/drizzle"
check_rc "status --dev-url of a pgvector database (the scratch restores vector columns)" 0 vector_status
check_eq "... every migration present, untracked" "state untracked|present present" \
	"$(verdicts <"$OUTD/vector_status.out" | awk '/^state/ { s = $0 } /^0/ { v = v (v ? " " : "") $3 } END { print s "|" v }')"
mt vector_sync -d "$(app_url "$VT")" --dev-url="$DEV_URL" sync --yes "$VEC/drizzle"
check_rc "sync --yes --dev-url of the pgvector database" 0 vector_sync
tracking_rows "$VT" "hash, created_at" >"$W/vector_synced.tsv"
check_files_eq "... the rows real drizzle writes" "$W/vector_expected.tsv" "$W/vector_synced.tsv"
check_eq "... nothing left on the dev server" "" "$(dev_leftovers | tr -d '\n')"

# sabotage DB CONNINFO SQL: in the background, a session (CONNINFO) that locks DB's history and
# holds it until migtrack waits for its own lock on it (after its dump), then runs SQL and commits;
# returns once that session holds its lock. SAB is its pid.
sabotage() {
	psql -X -q -d "$2" >>"$LOGS/saboteur.log" 2>&1 <<SQL &
BEGIN;
LOCK TABLE drizzle.__drizzle_migrations IN SHARE MODE;
DO \$\$
BEGIN
  FOR i IN 1..1200 LOOP
    EXIT WHEN EXISTS (SELECT 1 FROM pg_locks WHERE relation = 'drizzle.__drizzle_migrations'::regclass
                        AND mode = 'AccessExclusiveLock' AND NOT granted);
    PERFORM pg_sleep(0.05);
  END LOOP;
END \$\$;
$3;
COMMIT;
SQL
	SAB=$!
	for _ in $(seq 100); do
		[ "$(psql_q "$1" -c "SELECT count(*) FROM pg_locks WHERE relation = to_regclass('drizzle.__drizzle_migrations') AND mode = 'ShareLock' AND granted")" == 1 ] && break
		sleep 0.1
	done
}

# ---------------------------------------------------------------- a change between the dump and the write
# A new migration to apply (migrate --yes).  A session holds a lock on the
# history; when migtrack waits for it (after its dump), that session adds a
# column to public.users and commits: migtrack must see the change and refuse.
cp "$E2E_DIR/schema/4_comments.ts" "$W/kit031/app/src/schema/"
must "kit031: drizzle-kit generate comments" "$LOGS/generate_comments.log" kit kit031 "$W/kit031/app" generate --name comments
tracking_rows "$T" '*' >"$W/history_before.tsv"
sabotage "$T" "$T" "ALTER TABLE public.users ADD COLUMN sneaky integer"
mt changed_migrate -d "$(app_url "$T")" --dev-url="$DEV_URL" migrate --yes "$D"
wait "$SAB" || true
check_rc "migrate --yes when the schema changed after the dump: refused" 3 changed_migrate
check_contains "... saying the schema changed" "schema changed" "$(err changed_migrate)"
check_eq "... the change did happen" t "$(psql_q "$T" -c "SELECT count(*) = 1 FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'sneaky'")"
check_eq "... and nothing was written: no comments table" f "$(table_exists "$T" public.comments)"
tracking_rows "$T" '*' >"$W/history_after.tsv"
check_files_eq "... the history is unchanged" "$W/history_before.tsv" "$W/history_after.tsv"
check_eq "... nothing left on the dev server" "" "$(dev_leftovers | tr -d '\n')"
# run again: the plan is made afresh and migrate applies the new migration, as drizzle would
mt again_migrate -d "$(app_url "$T")" --dev-url="$DEV_URL" migrate --yes "$D"
check_rc "migrate --yes again" 0 again_migrate
check_eq "... the comments table now exists" t "$(table_exists "$T" public.comments)"
check_eq "... with one more row" 5 "$(psql_q "$T" -c 'SELECT count(*) FROM drizzle.__drizzle_migrations')"

# ---------------------------------------------------------------- a history table with a trigger: not written
# (drizzle's has none; a write would run it with the rights of whoever runs migtrack)
T1=kit1rc_target
psql_q "$T1" -c "DELETE FROM drizzle.__drizzle_migrations WHERE id = (SELECT max(id) FROM drizzle.__drizzle_migrations)" \
	-c "CREATE FUNCTION public.on_history() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END'" \
	-c "CREATE TRIGGER on_history BEFORE INSERT ON drizzle.__drizzle_migrations FOR EACH ROW EXECUTE FUNCTION public.on_history()" >/dev/null
tracking_rows "$T1" '*' >"$W/trigger_before.tsv"
mt trigger_sync -d "$(app_url "$T1")" --dev-url="$DEV_URL" sync --yes "$W/kit1rc/app/drizzle"
check_rc "sync --yes with a trigger on the history: refused" 3 trigger_sync
check_contains "... saying why" "drizzle.__drizzle_migrations has trigger on_history" "$(err trigger_sync)"
tracking_rows "$T1" '*' >"$W/trigger_after.tsv"
check_files_eq "... and nothing written" "$W/trigger_before.tsv" "$W/trigger_after.tsv"
# a default that calls the owner's function (drizzle's call nextval() and now() only), set
# between the dump and the write, so that the dev server's copy has none: refused by the check
# made under the lock, and the function never runs
psql_q "$T1" -c "DROP TRIGGER on_history ON drizzle.__drizzle_migrations" >/dev/null
psql -X -q -v ON_ERROR_STOP=1 -d "$(app_url "$T1")" -c "CREATE TABLE public.stamp_calls (n int)" \
	-c "CREATE FUNCTION public.stamp() RETURNS bigint LANGUAGE sql AS 'INSERT INTO public.stamp_calls VALUES (1) RETURNING 1'" >/dev/null
sabotage "$T1" "$(app_url "$T1")" "ALTER TABLE drizzle.__drizzle_migrations ALTER COLUMN created_at SET DEFAULT public.stamp()"
mt default_sync -d "$(app_url "$T1")" --dev-url="$DEV_URL" sync --yes "$W/kit1rc/app/drizzle"
wait "$SAB" || true
check_rc "sync --yes when the owner's function became a default of the history after the dump: refused" 3 default_sync
check_contains "... saying why" "column created_at of drizzle.__drizzle_migrations has a default other than drizzle's nextval() or now()" "$(err default_sync)"
check_eq "... the default was set meanwhile" t "$(psql_q "$T1" -c "SELECT pg_get_expr(adbin, adrelid) = 'stamp()' FROM pg_attrdef WHERE adrelid = 'drizzle.__drizzle_migrations'::regclass AND adnum = 3")"
tracking_rows "$T1" '*' >"$W/default_after.tsv"
check_files_eq "... and nothing written" "$W/trigger_before.tsv" "$W/default_after.tsv"
check_eq "... the function never ran" 0 "$(psql_q "$T1" -c 'SELECT count(*) FROM public.stamp_calls')"
psql_q "$T1" -c "ALTER TABLE drizzle.__drizzle_migrations ALTER COLUMN created_at DROP DEFAULT" \
	-c "ALTER TABLE drizzle.__drizzle_migrations ENABLE ROW LEVEL SECURITY, FORCE ROW LEVEL SECURITY" >/dev/null
# row level security that applies to the reader: its policies would run, and could hide rows
mt rls_status -d "$(app_url "$T1")" --dev-url="$DEV_URL" status "$W/kit1rc/app/drizzle"
check_rc "status with row level security forced on the history: an error" 2 rls_status
check_contains "... saying why" "row level security applies to you on \"drizzle\".\"__drizzle_migrations\"" "$(err rls_status)"
psql_q "$T1" -c "ALTER TABLE drizzle.__drizzle_migrations NO FORCE ROW LEVEL SECURITY, DISABLE ROW LEVEL SECURITY" \
	-c "DROP TABLE public.stamp_calls" -c "DROP FUNCTION public.stamp(), public.on_history()" >/dev/null

# ---------------------------------------------------------------- repair, with the opt-in audit table
# a row no migration has (unknown_row): repair --forget through --dev-url deletes it
# from the target; --audit-table keeps the trail there, in the same transaction
psql_q "$T" -c "INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('not-a-migration', 5)" >/dev/null
ROW=$(psql_q "$T" -c "SELECT id FROM drizzle.__drizzle_migrations WHERE hash = 'not-a-migration'")
mt repair_dry -d "$(app_url "$T")" --dev-url="$DEV_URL" repair --dry-run --forget="$ROW" "$D"
check_rc "repair --dry-run --forget through --dev-url" 0 repair_dry
check_contains "... shows the row to delete" "delete the row" "$(out repair_dry)"
mt repair_yes -d "$(app_url "$T")" --dev-url="$DEV_URL" --audit-table=ops.migration_audit repair --yes --forget="$ROW" "$D"
check_rc "repair --yes --forget through --dev-url" 0 repair_yes
check_eq "... the row is gone from the target" 0 "$(psql_q "$T" -c "SELECT count(*) FROM drizzle.__drizzle_migrations WHERE hash = 'not-a-migration'")"
check_eq "... the audit table says so" "repair|app_owner|0|{\"through\": \"--dev-url\", \"rows_changed\": 1}" \
	"$(psql_q "$T" -c "SELECT action, user_name, rows_written, detail FROM ops.migration_audit")"
mt audit_alone -d "$(app_url "$T")" --audit-table=x status "$D"
check_rc "--audit-table without --dev-url: a usage error" 2 audit_alone

# ---------------------------------------------------------------- errors are said
# an extension the target has and the dev server lacks: named, with its package.
# (Both clusters share this installation's extension files: one is made for the
# target and removed before migtrack runs. pg_cron is not installed here.)
EXTDIR=$(pg_config --sharedir)/extension
if [ ! -e "$EXTDIR/pg_cron.control" ]; then
	printf "comment = 'test stand-in'\ndefault_version = '1.0'\nrelocatable = true\n" >"$EXTDIR/pg_cron.control"
	: >"$EXTDIR/pg_cron--1.0.sql"
	psql_q "$T" -c "CREATE EXTENSION pg_cron" >/dev/null
	rm -f "$EXTDIR/pg_cron.control" "$EXTDIR/pg_cron--1.0.sql"
	MIGTRACK_DEV_URL=$DEV_URL mt missing_ext -d "$(app_url "$T")" status "$D" # the URL from the environment
	check_rc "an extension the dev server lacks: an error" 2 missing_ext
	check_contains "... naming it" '"pg_cron"' "$(err missing_ext)"
	check_contains "... and its package" "postgresql-$(pg_config --version | sed 's/[^0-9]*\([0-9]*\).*/\1/')-cron" "$(err missing_ext)"
	check_eq "... nothing left on the dev server" "" "$(dev_leftovers | tr -d '\n')"
	psql_q "$T" -c "DROP EXTENSION pg_cron" >/dev/null
else
	fail "pg_cron is not installed on the test machine (the stand-in would replace it)"
fi
# a pg_dump older than the target's server: said before it runs
printf '#!/bin/sh\necho "pg_dump (PostgreSQL) 14.9"\n' >"$W/pg_dump14"
chmod 755 "$W/pg_dump14"
mt old_dump -d "$(app_url "$T")" --dev-url="$DEV_URL" --pg-dump="$W/pg_dump14" status "$D"
check_rc "a pg_dump 14 for a PostgreSQL $(psql_q postgres -c 'SHOW server_version_num' | cut -c1-2) target: an error" 2 old_dump
check_contains "... saying which release to use" "pg_dump of release" "$(err old_dump)"
mt bad_dev -d "$(app_url "$T")" --dev-url="postgresql://devadmin@/postgres?host=$DEV&port=1" status "$D"
check_rc "an unreachable dev server: an error" 2 bad_dev
check_contains "... naming the dev server" "dev server" "$(err bad_dev)"
mt old_pgdump -d "$(app_url "$T")" --dev-url="$DEV_URL" --pg-dump=/bin/false status "$D"
check_rc "a pg_dump that fails: an error" 2 old_pgdump
mt pgdump_alone -d "$(app_url "$T")" --pg-dump=/bin/false status "$D"
check_rc "--pg-dump without --dev-url: a usage error" 2 pgdump_alone

finish

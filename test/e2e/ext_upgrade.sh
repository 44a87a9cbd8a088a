#!/usr/bin/env bash
# ALTER EXTENSION migtrack UPDATE from every released version must give the
# same extension as a fresh CREATE EXTENSION: same members, function
# definitions, privileges, comments, event triggers, audit table, pg_dump
# configuration.  The old full install scripts are no longer shipped (only
# upgrade scripts are): test/e2e/old_versions keeps them, and they are put
# next to the installed ones for the duration of the test.  History
# written before the update stays, and the audit trail starts working.
# Run: pg_virtualenv -t bash test/e2e/ext_upgrade.sh   (after make install, as root)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_pg_env
install_kit kit031

EXTDIR=$(pg_config --sharedir)/extension
CURRENT=$(sed -n "s/^default_version = '\(.*\)'/\1/p" "$EXTDIR/migtrack.control")
W=$(fresh_workdir ext_upgrade)
installed=()
cleanup() { for f in "${installed[@]}"; do rm -f "$f"; done; }
trap cleanup EXIT

# the catalog's account of the extension, in a stable order
describe() {
	psql_q "$1" <<-'SQL'
		SELECT 'extension ' || extversion || ' schema ' || extnamespace::regnamespace || ' relocatable ' || extrelocatable
		       || ' config ' || coalesce((SELECT string_agg(c::regclass::text, ',' ORDER BY c::regclass::text)
		                                    FROM unnest(extconfig) c), '') || ' ' || coalesce(extcondition::text, '')
		  FROM pg_extension WHERE extname = 'migtrack';
		SELECT 'member ' || pg_describe_object(classid, objid, objsubid)
		  FROM pg_depend WHERE refobjid = (SELECT oid FROM pg_extension WHERE extname = 'migtrack')
		   AND refclassid = 'pg_extension'::regclass AND deptype = 'e' ORDER BY 1;
		SELECT 'function ' || pg_get_functiondef(p.oid) || ' acl ' || coalesce(p.proacl::text, 'default')
		       || ' comment ' || coalesce(obj_description(p.oid, 'pg_proc'), '')
		  FROM pg_proc p JOIN pg_depend d ON d.objid = p.oid AND d.classid = 'pg_proc'::regclass AND d.deptype = 'e'
		 ORDER BY p.proname, pg_get_function_identity_arguments(p.oid);
		SELECT 'relation ' || c.oid::regclass || ' ' || c.relkind::text || ' acl ' || coalesce(c.relacl::text, 'default')
		       || ' comment ' || coalesce(obj_description(c.oid, 'pg_class'), '')
		  FROM pg_class c JOIN pg_depend d ON d.objid = c.oid AND d.classid = 'pg_class'::regclass AND d.deptype = 'e'
		 ORDER BY 1;
		SELECT 'column ' || a.attrelid::regclass || '.' || a.attname || ' ' || format_type(a.atttypid, a.atttypmod)
		       || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END || coalesce(' default ' || pg_get_expr(ad.adbin, ad.adrelid), '')
		  FROM pg_attribute a JOIN pg_depend d ON d.objid = a.attrelid AND d.classid = 'pg_class'::regclass AND d.deptype = 'e'
		  LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
		 WHERE a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attrelid::regclass::text, a.attnum;
		SELECT 'constraint ' || conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
		  FROM pg_constraint WHERE connamespace = 'migtrack'::regnamespace ORDER BY 1;
		SELECT 'index ' || pg_get_indexdef(indexrelid) FROM pg_index
		 WHERE indrelid IN (SELECT oid FROM pg_class WHERE relnamespace = 'migtrack'::regnamespace) ORDER BY 1;
		SELECT 'event trigger ' || evtname || ' ' || evtevent || ' ' || evtfoid::regproc || ' ' || evtenabled::text
		       || ' ' || coalesce(evttags::text, '') FROM pg_event_trigger ORDER BY 1;
		SELECT 'schema ' || nspname || ' acl ' || coalesce(nspacl::text, 'default') || ' comment '
		       || coalesce(obj_description(oid, 'pg_namespace'), '')
		  FROM pg_namespace WHERE nspname = 'migtrack';
	SQL
}

new_db up_fresh migtrack
describe up_fresh >"$W/fresh.txt"
check_eq "fresh CREATE EXTENSION is version $CURRENT" "$CURRENT" \
	"$(psql_q up_fresh -c "SELECT extversion FROM pg_extension WHERE extname = 'migtrack'")"

J=$W/journal.json
bundle "$FIXTURES/kit031/drizzle" >"$J"

for old in $(cd "$EXTDIR" && ls migtrack--*--*.sql | sed -n 's/^migtrack--\([0-9.]*\)--.*/\1/p' | sort -uV); do
	if [ ! -f "$E2E_DIR/old_versions/migtrack--$old.sql" ]; then
		fail "$old: full install script kept in test/e2e/old_versions"
		continue
	fi
	cp "$E2E_DIR/old_versions/migtrack--$old.sql" "$W/"
	if [ ! -e "$EXTDIR/migtrack--$old.sql" ]; then
		cp "$W/migtrack--$old.sql" "$EXTDIR/"
		installed+=("$EXTDIR/migtrack--$old.sql")
	fi

	DB=up_from_${old//./_}
	new_db "$DB"
	check_ok "$old: CREATE EXTENSION migtrack VERSION '$old'" "$W/$DB.create.log" \
		psql_q "$DB" -c "CREATE EXTENSION migtrack VERSION '$old'"
	# a history written by real drizzle before the update
	orm_migrate kit031 "$FIXTURES/kit031/drizzle" "$DB" >"$W/$DB.migrate.log" 2>&1 ||
		fail "$old: drizzle-orm migrate of the fixture"
	tracking_rows "$DB" '*' >"$W/$DB.rows_before.tsv"
	check_eq "$old: drizzle recorded the history" 7 "$(wc -l <"$W/$DB.rows_before.tsv")"
	# new binaries under the old SQL declarations (before ALTER EXTENSION UPDATE):
	# arguments the old script does not declare take their defaults
	check_eq "$old: old declarations, new module: status works" in_sync \
		"$(JOURNAL=$J try_sql "$DB" "SELECT migtrack_status(:'journal')->>'state'")"
	check_eq "$old: old declarations, new module: migtrack_migrations works" 7 \
		"$(JOURNAL=$J try_sql "$DB" "SELECT count(*) FROM migtrack_migrations(:'journal')")"
	check_eq "$old: old declarations, new module: sync dry run works" 0 \
		"$(JOURNAL=$J try_sql "$DB" "SELECT migtrack_sync(:'journal', dry_run => true)->>'inserted'")"

	check_ok "$old: ALTER EXTENSION migtrack UPDATE" "$W/$DB.update.log" \
		psql_q "$DB" -c 'ALTER EXTENSION migtrack UPDATE'
	describe "$DB" >"$W/$DB.txt"
	check_files_eq "$old -> $CURRENT: the same extension as a fresh install (catalog)" "$W/fresh.txt" "$W/$DB.txt"
	tracking_rows "$DB" '*' >"$W/$DB.rows_after.tsv"
	check_files_eq "$old -> $CURRENT: the history is untouched by the update" \
		"$W/$DB.rows_before.tsv" "$W/$DB.rows_after.tsv"
	JOURNAL=$J sql "$DB" "SELECT migtrack_sync(:'journal')" >/dev/null
	check_eq "$old -> $CURRENT: after the update, a sync is audited" "sync|0" \
		"$(psql_q "$DB" -c "SELECT action || '|' || rows_written FROM migtrack.audit")"
done
finish

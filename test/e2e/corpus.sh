#!/usr/bin/env bash
# The corpus test: real public drizzle-kit PostgreSQL migration folders
# (test/corpus/<label>/, see test/corpus/README.md) against real drizzle-orm.
# For every folder (0.x journal -> drizzle-orm 0.45.4, 1.0 folders -> 1.0.0-rc.5):
#
#  1. truth:     drizzle-orm migrate() on a fresh database (prereq.sql first, migtrack
#                created) succeeds; its tracking rows are the truth
#  2. verdicts:  `migtrack --json status` there is in_sync, and no migration is
#                partial or absent (the catalog holds everything drizzle just ran)
#  3. incident:  the same files run by psql WITHOUT history (drizzle's order, one
#                transaction) in another database: every verdict = step 2's
#  3b. dev-url: a copy of the incident database without the extension, through
#                `migtrack --dev-url` (the scratch database on this cluster): every
#                verdict and the state = step 3's
#  4. sync:      `migtrack sync --yes --accept=<data_only>` succeeds there, where
#                data_only is the committed, human-reviewed test/corpus/<label>/data_only
#                (never derived from migtrack); an `unverifiable` verdict is a FAIL
#  5. rows:      the synced rows = the truth, byte for byte
#  6. no-op:     drizzle-orm migrate() afterwards succeeds and changes no row
#  7. absent:    a copy of the incident database with one migration's objects
#                dropped (test/corpus/<label>/absent_case: "tag<TAB>drop statement",
#                or "-<TAB>none" when the folder has no such migration, said why):
#                `migtrack sync --yes --apply-absent --accept=<data_only>` succeeds,
#                pg_dump --schema-only = the truth database's, rows = truth
#  8. measure:   "corpus: N migrations in K projects, U unverifiable (P%), W wrong verdicts";
#                FAIL if P > 2.0 or W > 0 (wrong = partial/absent on the truth database,
#                plus verdicts that differ between steps 2 and 3)
#
# One folder's failure never stops the others (each runs in its own subshell).
# Run: pg_virtualenv -t bash test/e2e/corpus.sh            (after make install)
#      CORPUS_DIR=/tmp/corpus pg_virtualenv -t bash test/e2e/corpus.sh
#      CORPUS_ONLY="label1 label2" ...                      only these folders
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
require_pg_env

CORPUS_DIR=${CORPUS_DIR:-$REPO_ROOT/test/corpus}
NOTES_MAX=${CORPUS_NOTES_MAX:-40} # per folder: how many bad verdicts to explain
MIGTRACK=${MIGTRACK_BIN:-$(pg_config --bindir)/migtrack}
W=$(fresh_workdir corpus)
STATS=$(node -p 'require("path").resolve(process.argv[1])' "$E2E_DIR/corpus_stats.mjs")

if [ ! -x "$MIGTRACK" ]; then
	fail "the migtrack client is installed at $MIGTRACK (make && make install)"
	finish || exit 1
fi
if [ ! -d "$CORPUS_DIR" ]; then
	fail "corpus directory $CORPUS_DIR exists"
	finish || exit 1
fi

stats() { node "$STATS" "$@"; }

# mtrun OUT ERR ARGS... — the client, stdin never a terminal; returns its exit status
mtrun() {
	local out=$1 err=$2
	shift 2
	timeout 900 "$MIGTRACK" "$@" >"$out" 2>"$err" </dev/null
}

# tags_file FILE — the tags listed in FILE (one per line; "#" comments and blank lines ignored), comma-separated
tags_file() {
	[ -f "$1" ] || return 0
	sed -e 's/#.*//' -e 's/[[:space:]]//g' "$1" | grep -v '^$' | paste -sd, - || true
}

# prep_db DB PREREQ — fresh database, prereq.sql (if any), then CREATE EXTENSION migtrack
prep_db() {
	local db=$1 prereq=$2
	PGOPTIONS="-c client_min_messages=warning" dropdb --if-exists "$db"
	createdb "$db"
	if [ -f "$prereq" ]; then
		psql_q "$db" -q -f "$prereq" >/dev/null
	fi
	psql_q "$db" -c 'CREATE EXTENSION migtrack' >/dev/null
}

# user_schemas DB — the schemas a folder's migrations made (not drizzle's, not migtrack's)
user_schemas() {
	psql_q "$1" -c "SELECT nspname FROM pg_namespace
		WHERE nspname NOT IN ('information_schema', 'drizzle', 'migtrack') AND nspname !~ '^pg_'
		ORDER BY 1"
}

# roles — every role of the cluster, one a line. Roles are cluster-wide while a
# folder's migrations (or its prereq.sql) may CREATE ROLE, so the roles a folder made
# are dropped with its databases before the next database needs them created again.
roles() { psql_q postgres -c "SELECT rolname FROM pg_roles ORDER BY 1"; }

# drop_new_roles BEFORE_FILE — drop the roles not listed in BEFORE_FILE (their
# databases must be gone already)
drop_new_roles() {
	local r
	{ roles | grep -vxF -f "$1" || true; } | while read -r r; do
		psql_q postgres -q -c "DROP ROLE IF EXISTS \"${r//\"/\"\"}\"" >/dev/null 2>&1 || echo "could not drop role $r"
	done
}

# check_none NAME LIST — LIST (comma-separated tags) must be empty; on failure it is
# shown one tag a note
check_none() {
	if [ -z "$2" ]; then
		pass "$1"
	else
		fail "$1: $(tr ',' '\n' <<<"$2" | wc -l) found"
		tr ',' '\n' <<<"$2" | head -"$NOTES_MAX" | sed 's/^/  #   /'
	fi
}

# show LOG [N] — the tail of a log as notes
show() { tail -"${2:-15}" "$1" | sed 's/^/  # /'; }
# showerr LOG — the start of the client's error (message, DETAIL, HINT), lines cut short
showerr() { head -8 "$1" | cut -c1-300 | sed 's/^/  # /'; }

# project IDX LABEL — every check for one folder; runs in a subshell (see below).
# Writes "migrations unverifiable wrong seconds" to $W/<label>/stats.
project() {
	local idx=$1 label=$2
	local src=$CORPUS_DIR/$label dir=$CORPUS_DIR/$label/drizzle
	local out=$W/$label
	local T=c${idx}_truth I=c${idx}_incident A=c${idx}_absent
	local kit cols prereq=$src/prereq.sql
	local n u=0 wrong=0
	mkdir -p "$out"

	if [ -f "$dir/meta/_journal.json" ]; then
		kit=kit031 cols="hash, created_at"
	else
		kit=kit1rc cols="hash, created_at, name"
	fi
	local -a names files
	mapfile -t names < <(local_migrations "$dir")
	n=${#names[@]}
	echo "## $label: $n migrations, $kit, $(grep -m1 '^repo=' "$src/SOURCE" 2>/dev/null | cut -d= -f2- || true)"
	if [ "$n" -eq 0 ]; then
		fail "$label: folder has migrations"
		return 0
	fi
	for name in "${names[@]}"; do
		files+=(-f "$(if [ "$kit" == kit031 ]; then echo "$dir/$name.sql"; else echo "$dir/$name/migration.sql"; fi)")
	done

	# ---- 1. the truth: real drizzle-orm migrate() on a fresh database
	roles >"$out/roles_before"
	if ! run_logged "$out/prep_truth.log" prep_db "$T" "$prereq"; then
		fail "$label: fresh truth database (prereq.sql, CREATE EXTENSION)"
		show "$out/prep_truth.log"
		return 0
	fi
	if run_logged "$out/truth_migrate.log" orm_migrate "$kit" "$dir" "$T"; then
		pass "$label: 1. drizzle-orm migrate() on a fresh database"
	else
		fail "$label: 1. drizzle-orm migrate() on a fresh database (folder left out of the measure)"
		show "$out/truth_migrate.log" 5
		return 0
	fi
	tracking_rows "$T" "$cols" >"$out/truth.tsv"
	check_eq "$label: 1. drizzle wrote one row per migration" "$n" "$(wc -l <"$out/truth.tsv")"
	echo "$n -1 -1" >"$out/stats" # counted from here on, even if a later step aborts

	# ---- 2. verdicts on the truth database
	local rc=0
	mtrun "$out/status_truth.json" "$out/status_truth.err" --json -d "$T" status "$dir" || rc=$?
	check_eq "$label: 2. migtrack status on the truth database exits 0" 0 "$rc"
	[ "$rc" == 0 ] || show "$out/status_truth.err" 5
	check_eq "$label: 2. state on the truth database" in_sync "$(stats state "$out/status_truth.json")"
	note "verdicts: $(stats counts "$out/status_truth.json")"
	local bad
	bad=$(stats tags "$out/status_truth.json" partial,absent)
	u=$(stats verdicts "$out/status_truth.json" | awk -F'\t' '$2 == "unverifiable"' | wc -l)
	wrong=$(stats verdicts "$out/status_truth.json" | awk -F'\t' '$2 == "partial" || $2 == "absent"' | wc -l)
	echo "$n $u $wrong" >"$out/stats"
	check_none "$label: 2. no migration is partial or absent where drizzle just ran it" "$bad"
	stats notes "$out/status_truth.json" "$NOTES_MAX" | sed 's/^/  # /'

	# what step 7 compares with, kept as a file: the truth database goes now, and
	# with it the roles drizzle (or prereq.sql) created, which the replay creates again
	local -a schemas
	mapfile -t schemas < <(user_schemas "$T")
	dump_schema "$T" "${schemas[@]}" >"$out/dump_truth.sql"
	PGOPTIONS="-c client_min_messages=warning" dropdb "$T"
	drop_new_roles "$out/roles_before" | sed 's/^/  # /'

	# ---- 3. the incident: the same files without history
	if ! run_logged "$out/prep_incident.log" prep_db "$I" "$prereq"; then
		fail "$label: 3. fresh incident database (prereq.sql, CREATE EXTENSION)"
		show "$out/prep_incident.log"
		return 0
	fi
	if run_logged "$out/replay.log" psql_q "$I" -1 -q "${files[@]}"; then
		pass "$label: 3. psql replay of every migration, no history"
	else
		fail "$label: 3. psql replay of every migration, no history"
		show "$out/replay.log" 5
		return 0
	fi
	# the apply-absent copy, taken before anything is recorded
	createdb -T "$I" "$A"
	rc=0
	mtrun "$out/status_incident.json" "$out/status_incident.err" --json -d "$I" status "$dir" || rc=$?
	check_eq "$label: 3. migtrack status on the incident database exits 0" 0 "$rc"
	[ "$rc" == 0 ] || show "$out/status_incident.err" 5
	check_eq "$label: 3. state on the incident database" untracked "$(stats state "$out/status_incident.json")"
	stats verdicts "$out/status_truth.json" >"$out/verdicts_truth.tsv"
	stats verdicts "$out/status_incident.json" >"$out/verdicts_incident.tsv"
	local mism
	mism=$(stats diff "$out/status_truth.json" "$out/status_incident.json")
	if [ -z "$mism" ]; then
		pass "$label: 3. every verdict without history = with drizzle's history"
	else
		fail "$label: 3. every verdict without history = with drizzle's history ($(printf '%s\n' "$mism" | wc -l) differ)"
		printf '%s\n' "$mism" | head -"$NOTES_MAX" | sed 's/^/  # truth -> incident: /'
		wrong=$((wrong + $(printf '%s\n' "$mism" | wc -l)))
	fi
	echo "$n $u $wrong" >"$out/stats"

	# ---- 3b. the same through a dev database (--dev-url): a copy of the incident
	# database without the extension, the dev server this cluster's postgres database
	local N=c${idx}_noext
	createdb -T "$I" "$N"
	psql_q "$N" -c "DROP EXTENSION migtrack" >/dev/null
	rc=0
	mtrun "$out/status_dev.json" "$out/status_dev.err" --json -d "$N" --dev-url="dbname=postgres" status "$dir" || rc=$?
	check_eq "$label: 3b. migtrack status --dev-url on the copy without the extension exits 0" 0 "$rc"
	[ "$rc" == 0 ] || show "$out/status_dev.err" 5
	mism=$(stats diff "$out/status_incident.json" "$out/status_dev.json")
	if [ -z "$mism" ] && [ "$(stats state "$out/status_dev.json")" == untracked ]; then
		pass "$label: 3b. every verdict through --dev-url = with the extension"
	else
		fail "$label: 3b. every verdict through --dev-url = with the extension ($(printf '%s\n' "$mism" | grep -c . || true) differ, state $(stats state "$out/status_dev.json"))"
		printf '%s\n' "$mism" | head -"$NOTES_MAX" | sed 's/^/  # extension -> dev-url: /'
	fi
	PGOPTIONS="-c client_min_messages=warning" dropdb "$N"

	# ---- 4. sync, vouching for the human-reviewed lists: data_only (rows only)
	# and unverifiable (PL/pgSQL code no reader can judge without running it);
	# migtrack may call unverifiable only what the reviewed list names
	local accept needed unknown extra reviewed
	reviewed=$(tags_file "$src/unverifiable")
	accept=$(tr ',' '\n' <<<"$(tags_file "$src/data_only"),$reviewed" | grep -v '^$' | sort -u | paste -sd, - || true)
	unknown=$(tr ',' '\n' <<<"$accept" | grep -v '^$' | grep -vxF -f <(printf '%s\n' "${names[@]}") | paste -sd, - || true)
	check_none "$label: 4. every tag in data_only and unverifiable is a migration of the folder" "$unknown"
	needed=$(stats tags "$out/status_incident.json" data_only,unverifiable)
	note "vouched for (reviewed): ${accept:-(none)}"
	[ "$needed" == "$accept" ] || note "migtrack would need --accept=${needed:-(none)}"
	extra=$(tr ',' '\n' <<<"$(stats tags "$out/status_incident.json" unverifiable)" | grep -v '^$' |
		grep -vxF -f <(tr ',' '\n' <<<"$reviewed" | grep -v '^$'; echo '<none>') | paste -sd, - || true)
	check_none "$label: 4. only the reviewed code migrations are unverifiable" "$extra"
	rc=0
	mtrun "$out/sync.out" "$out/sync.err" -d "$I" sync --yes ${accept:+--accept="$accept"} "$dir" || rc=$?
	check_eq "$label: 4. migtrack sync --yes --accept=<data_only,unverifiable> exits 0" 0 "$rc"
	if [ "$rc" != 0 ]; then
		showerr "$out/sync.err"
		# go on with the unverifiable ones vouched for too, so that steps 5-7 still
		# say something (step 4 has failed already)
		local more
		more=$(tr ',' '\n' <<<"$accept,$extra" | grep -v '^$' | sort -u | paste -sd, - || true)
		if [ -n "$extra" ] && [ "$more" != "$accept" ]; then
			accept=$more
			note "steps 5-7 below vouch for the unverifiable ones too: --accept=$accept"
			rc=0
			mtrun "$out/sync2.out" "$out/sync2.err" -d "$I" sync --yes --accept="$accept" "$dir" || rc=$?
			note "(diagnostic) that sync exits $rc"
			[ "$rc" == 0 ] || showerr "$out/sync2.err"
		fi
	fi

	if [ "$rc" != 0 ]; then
		note "steps 5-6 skipped: nothing was synced"
	else
		# ---- 5. rows = truth
		tracking_rows "$I" "$cols" >"$out/synced.tsv" 2>&1 || true
		check_files_eq "$label: 5. synced rows = drizzle's rows" "$out/truth.tsv" "$out/synced.tsv"

		# ---- 6. drizzle's migrate afterwards: a no-op
		tracking_rows "$I" '*' >"$out/before.tsv" 2>&1 || true
		if run_logged "$out/noop_migrate.log" orm_migrate "$kit" "$dir" "$I"; then
			pass "$label: 6. drizzle-orm migrate() after sync succeeds"
		else
			fail "$label: 6. drizzle-orm migrate() after sync succeeds"
			show "$out/noop_migrate.log" 3
		fi
		tracking_rows "$I" '*' >"$out/after.tsv" 2>&1 || true
		check_files_eq "$label: 6. drizzle-orm migrate() changed no row" "$out/before.tsv" "$out/after.tsv"
	fi

	# ---- 7. apply-absent on the copy, one migration's objects dropped
	local case_tag case_sql
	if [ ! -f "$src/absent_case" ]; then
		fail "$label: 7. absent_case recorded (tag<TAB>drop statement)"
	else
		IFS=$'\t' read -r case_tag case_sql < <(grep -v '^[[:space:]]*\(#\|$\)' "$src/absent_case" | head -1) || true
		if [ "${case_tag:-}" == - ]; then
			# reviewed: no migration of this folder can be made absent by dropping objects
			note "step 7 skipped: absent_case says there is no case ($(grep -m1 '^#' "$src/absent_case" | cut -c3-))"
		elif ! printf '%s\n' "${names[@]}" | grep -qxF -- "${case_tag:-}" || [ -z "${case_sql:-}" ]; then
			fail "$label: 7. absent_case names a migration of the folder and a statement (got '${case_tag:-}')"
		elif ! run_logged "$out/absent_drop.log" psql_q "$A" -q -c "$case_sql"; then
			fail "$label: 7. drop $case_tag's objects: $case_sql"
			show "$out/absent_drop.log" 3
		else
			rc=0
			mtrun "$out/status_absent.json" "$out/status_absent.err" --json -d "$A" status "$dir" || rc=$?
			check_eq "$label: 7. after '$case_sql', $case_tag is absent" absent \
				"$(stats verdicts "$out/status_absent.json" | awk -F'\t' -v t="$case_tag" '$1 == t { print $2 }')"
			rc=0
			mtrun "$out/sync_absent.out" "$out/sync_absent.err" -d "$A" sync --yes --apply-absent \
				${accept:+--accept="$accept"} "$dir" || rc=$?
			check_eq "$label: 7. migtrack sync --yes --apply-absent exits 0" 0 "$rc"
			[ "$rc" == 0 ] || showerr "$out/sync_absent.err"
		fi
		if [ -f "$out/sync_absent.err" ] && [ "$rc" == 0 ]; then
			tracking_rows "$A" "$cols" >"$out/absent_rows.tsv" 2>&1 || true
			check_files_eq "$label: 7. apply-absent rows = drizzle's rows" "$out/truth.tsv" "$out/absent_rows.tsv"
			check_eq "$label: 7. apply-absent database has drizzle's schemas" "${schemas[*]}" "$(user_schemas "$A" | paste -sd' ' -)"
			dump_schema "$A" "${schemas[@]}" >"$out/dump_absent.sql"
			check_files_eq "$label: 7. pg_dump --schema-only after apply-absent = drizzle's (${schemas[*]})" \
				"$out/dump_truth.sql" "$out/dump_absent.sql"
		elif [ -f "$out/sync_absent.err" ]; then
			note "step 7 rows and pg_dump skipped: the sync failed"
		fi
	fi

}

mapfile -t LABELS < <(for d in "$CORPUS_DIR"/*/drizzle/; do [ -d "$d" ] && basename "$(dirname "$d")"; done | LC_ALL=C sort)
if [ -n "${CORPUS_ONLY:-}" ]; then
	mapfile -t LABELS < <(printf '%s\n' "${LABELS[@]}" | grep -xF -f <(tr ' ' '\n' <<<"$CORPUS_ONLY"))
fi
if [ ${#LABELS[@]} -eq 0 ]; then
	fail "the corpus at $CORPUS_DIR has folders (<label>/drizzle)"
	finish || exit 1
fi
install_kit kit031
install_kit kit1rc
echo "# corpus: ${#LABELS[@]} folders in $CORPUS_DIR"

TOTAL_T0=$(date +%s)
idx=0
for label in "${LABELS[@]}"; do
	idx=$((idx + 1))
	# Its own subshell: an unexpected error ends this folder only (a FAIL), and its
	# PASS/FAIL counts come back through a file.
	t0=$(date +%s%N)
	# (the ERR trap of lib.sh fires on any failing command, set -e or not: off
	# while the subshell runs, whose own trap reports its failure)
	saved_trap=$(trap -p ERR)
	trap - ERR
	set +e
	(
		set -eE
		# shellcheck disable=SC2030 # this folder's own counts, handed back through a file
		PASSES=0 FAILS=0
		trap 'rc=$?; echo "FAIL: $label: aborted (exit $rc) at line $LINENO: $BASH_COMMAND"; FAILS=$((FAILS + 1)); exit $rc' ERR
		trap 'echo "$PASSES $FAILS" >"$W/$label.counts"' EXIT
		project "$idx" "$label"
	)
	set -e
	eval "$saved_trap"
	read -r p f <"$W/$label.counts" || { p=0 f=1; }
	ms=$((($(date +%s%N) - t0) / 1000000))
	secs=$(printf '%d.%03d' $((ms / 1000)) $((ms % 1000)))
	note "time: $label ${secs}s"
	echo "$secs" >"$W/$label.secs"
	# shellcheck disable=SC2031
	PASSES=$((PASSES + p)) FAILS=$((FAILS + f))
	# the folder's databases are not needed any more
	for db in "c${idx}_truth" "c${idx}_incident" "c${idx}_absent"; do
		PGOPTIONS="-c client_min_messages=warning" dropdb --if-exists "$db" >/dev/null 2>&1 || true
	done
	[ ! -f "$W/$label/roles_before" ] || drop_new_roles "$W/$label/roles_before" | sed 's/^/  # /'
done

# ---- 8. the measure
N=0 K=0 U=0 WR=0 skipped=()
echo "# per folder: migrations unverifiable wrong seconds"
for label in "${LABELS[@]}"; do
	if [ -f "$W/$label/stats" ]; then
		read -r n u w <"$W/$label/stats"
		s=$(cat "$W/$label.secs" 2>/dev/null || echo '?')
		if [ "$u" == -1 ]; then
			u=0 w=0 # status on the truth database never ran
		fi
		N=$((N + n)) K=$((K + 1)) U=$((U + u)) WR=$((WR + w))
		printf '#   %-40s %5s %4s %4s %8ss\n' "$label" "$n" "$u" "$w" "${s:-?}"
	else
		skipped+=("$label")
	fi
done
P=$(awk -v u="$U" -v n="$N" 'BEGIN { printf "%.1f", n ? 100 * u / n : 0 }')
echo "corpus: $N migrations in $K projects, $U unverifiable ($P%), $WR wrong verdicts"
[ ${#skipped[@]} -eq 0 ] || echo "# not measured (drizzle itself failed, or the folder is empty): ${skipped[*]}"
echo "# total time: $(($(date +%s) - TOTAL_T0))s"

# every reason migtrack gave for partial/absent/unverifiable on a truth database,
# for the engine's authors: classes (identifiers blanked), most frequent first
stats reasons "$W"/*/status_truth.json >"$W/reasons.tsv" 2>/dev/null || true
if [ -s "$W/reasons.tsv" ]; then
	echo "# reasons by class (all in $W/reasons.tsv):"
	cut -f1-3 "$W/reasons.tsv" |
		sed -E -e 's/"[^"]*"/"…"/g' -e "s/'[^']*'/'…'/g" -e 's/[A-Za-z_][A-Za-z0-9_$]*(\.[A-Za-z_][A-Za-z0-9_$]*)+/X.Y/g' \
			-e 's/ on [A-Za-z0-9_$]+$/ on X/' -e 's/(constraint|index|column|table|type|sequence|view|schema) [A-Za-z0-9_$]+/\1 X/g' |
		sort | uniq -c | sort -rn | head -40 | sed 's/^/#  /'
fi

if [ "$K" -gt 0 ] && awk -v p="$P" 'BEGIN { exit !(p <= 2.0) }'; then
	pass "8. unverifiable share $P% <= 2.0%"
else
	fail "8. unverifiable share $P% <= 2.0% (of $N migrations)"
fi
check_eq "8. wrong verdicts (partial/absent on drizzle's own database, or differing without history)" 0 "$WR"

finish

#!/bin/bash
# migtrack benchmarks: how fast, against which floors, and how it scales.
#
#   bash bench/run.sh                           # throwaway cluster (pg_virtualenv), ~5 min
#   BENCH_SIZES="100 1000" BENCH_MS=0 bash bench/run.sh   # N and M of the scaling table
#   BENCH_N=1000 BENCH_M=10000 bash bench/run.sh          # N and M of the ratio table
#   BENCH_WORK=/tmp/x bash bench/run.sh                   # scratch dir (default bench/.work)
# See docs/benchmarks.md for what each number means.
#
# Needs the extension and the migtrack client installed (make install), node 20
# and npm (pg is installed from bench/package-lock.json), pg_virtualenv.
# Prints Markdown tables; keeps them in $BENCH_WORK/results.md.
set -euo pipefail
exec </dev/null

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
export BENCH_WORK=${BENCH_WORK:-$BENCH_DIR/.work}
export BENCH_SIZES=${BENCH_SIZES:-"100 1000 10000"}	# N of the scaling table
export BENCH_MS=${BENCH_MS:-"0 10000"}				# M of the scaling table
export BENCH_N=${BENCH_N:-1000}						# the ratio table's N ...
export BENCH_M=${BENCH_M:-10000}					# ... and M
export BENCH_ROUNDS=${BENCH_ROUNDS:-3}				# sessions of each SQL query, round-robin

if [ -z "${BENCH_INSIDE:-}" ]; then
	# Creating 10,000 tables with their indexes, sequences and TOAST tables in one
	# transaction (drizzle's migrate, and migtrack_migrate, apply a folder in one)
	# takes one lock per relation: give the lock table room for it.
	export BENCH_INSIDE=1
	exec pg_virtualenv -t -o max_locks_per_transaction=2048 -o shared_buffers=256MB \
		-o fsync=off -o synchronous_commit=off "$0" "$@"
fi

PGBIN=$(pg_config --bindir)
export PATH="$PGBIN:$PATH"
export PGCLIENTENCODING=UTF8 NO_COLOR=1
command -v migtrack >/dev/null || { echo "migtrack client not installed (make install)" >&2; exit 2; }
mkdir -p "$BENCH_WORK"
RESULTS=$BENCH_WORK/results.md
: >"$RESULTS"
say() { printf '%s\n' "$*" | tee -a "$RESULTS"; }
log() { printf '# %s\n' "$*" >&2; }

# ---- baseline 2's driver, pinned
NODE_MODULES=$BENCH_WORK/node/node_modules
stamp=$(cat "$BENCH_DIR/package.json" "$BENCH_DIR/package-lock.json" | sha256sum | cut -d' ' -f1)
if [ "$(cat "$BENCH_WORK/node/.stamp" 2>/dev/null)" != "$stamp" ]; then
	log "installing pg from bench/package-lock.json"
	rm -rf "$BENCH_WORK/node" && mkdir -p "$BENCH_WORK/node"
	cp "$BENCH_DIR/package.json" "$BENCH_DIR/package-lock.json" "$BENCH_WORK/node/"
	(cd "$BENCH_WORK/node" && npm ci --no-audit --no-fund --loglevel=error) >&2
	echo "$stamp" >"$BENCH_WORK/node/.stamp"
fi

# ---- helpers

now_ns() { date +%s%N; }

# median of the numbers on stdin
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR) print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

reps_for() { # fewer repetitions for the big sizes
	if [ "$1" -le 100 ]; then echo 9; elif [ "$1" -le 1000 ]; then echo 5; else echo 3; fi
}

# sql_session DB JOURNAL REPS SQL: one fresh connection (as the client makes),
# the journal sent as a literal (as psql users do; the client sends it as a
# parameter), REPS runs timed by psql. Prints "cold MS" for the first run (fresh
# backend: empty caches, as every CLI call is), "warm MS" for each other, and
# "kb KB": the backend's VmHWM (peak resident set) minus RssShmem (shared memory
# it touched, shared buffers mostly, which stays mapped), its private peak, read
# from /proc after the runs.
sql_session() {
	local db=$1 journal=$2 reps=$3 sql=$4 out i
	out=$BENCH_WORK/psql.out
	{
		printf '\\set ON_ERROR_STOP 1\n\\set journal `cat %s`\n' "$journal"
		printf 'SET client_min_messages = warning;\nSELECT pg_backend_pid() AS pid \\gset\n\\setenv BENCH_PID :pid\n'
		printf '\\o /dev/null\n\\timing on\n'
		for ((i = 0; i < reps; i++)); do printf '%s\n' "$sql"; done
		printf '\\timing off\n\\o\n'
		printf '\\! awk '"'"'/^(VmHWM|RssShmem):/ { printf "%%s %%s\\n", $1, $2 }'"'"' /proc/$BENCH_PID/status\n'
	} | psql -X -q -d "$db" >"$out" || { echo "failed in $db: $sql" >&2; exit 1; }
	awk '/^Time:/ { print (n++ ? "warm " : "cold ") $2 }
		/^VmHWM:/ { h = $2 } /^RssShmem:/ { s = $2 } END { print "kb " h - s }' "$out"
}

# sql_rounds DB ROUNDS REPS KEY JOURNAL SQL [KEY JOURNAL SQL]...: ROUNDS sessions
# of each query (sql_session), round-robin: one session of each per round, so
# that the machine's slower and faster moments fall on every query alike and the
# ratios between them hold (as wall_rounds does for processes).
# R[KEY] = "warm_ms cold_ms peak_kb": the median of every session's warm runs,
# the median of their first runs, the largest private peak.
sql_rounds() {
	local db=$1 rounds=$2 reps=$3 i k
	local -a keys=() journals=() sqls=()
	shift 3
	while [ $# -gt 0 ]; do keys+=("$1"); journals+=("$2"); sqls+=("$3"); shift 3; done
	for k in "${!keys[@]}"; do : >"$BENCH_WORK/rounds.$k"; done
	for ((i = 0; i < rounds; i++)); do
		for k in "${!keys[@]}"; do
			sql_session "$db" "${journals[$k]}" "$reps" "${sqls[$k]}" >>"$BENCH_WORK/rounds.$k"
		done
	done
	local f cold warm kb
	for k in "${!keys[@]}"; do
		f=$BENCH_WORK/rounds.$k
		cold=$(awk '$1 == "cold" { print $2 }' "$f" | median | awk '{ printf "%.1f\n", $1 }')
		warm=$(awk '$1 == "warm" { print $2 }' "$f" | median | awk '{ printf "%.1f\n", $1 }')
		kb=$(awk '$1 == "kb" && $2 > m { m = $2 } END { print m + 0 }' "$f")
		R[${keys[$k]}]="${warm:-$cold} $cold $kb"
		rm -f "$f"
	done
}

# wall_rounds REPS KEY CMD [KEY CMD]...: each command (a shell command line)
# REPS times, round-robin: one timed run of each per round, so that the
# machine's slower and faster moments fall on every command alike and the
# ratios between them hold.  Each timed run follows an untimed one of the same
# command, as in a series of runs: a run straight after another program (node
# leaves the caches its own) is a few milliseconds slower, whichever it is.
# R[KEY] = median milliseconds of the whole process
wall_rounds() {
	local reps=$1 i k t0 t1 out
	local -a keys=() cmds=()
	shift
	while [ $# -gt 0 ]; do keys+=("$1"); cmds+=("$2"); shift 2; done
	out=$(mktemp)
	for ((i = 0; i < reps; i++)); do
		for k in "${!keys[@]}"; do
			eval "${cmds[$k]}" >/dev/null 2>&1 || true
			t0=$(now_ns)
			eval "${cmds[$k]}" >/dev/null 2>&1 || true
			t1=$(now_ns)
			echo "${keys[$k]} $(((t1 - t0) / 1000))" >>"$out"
		done
	done
	for k in "${keys[@]}"; do
		R[$k]=$(awk -v k="$k" '$1 == k { print $2 }' "$out" | median | awk '{ printf "%.1f\n", $1 / 1000 }')
	done
	rm -f "$out"
}

# wall_measure REPS CMD... -> median milliseconds of the whole process: wall_rounds of one command
wall_measure() {
	local reps=$1
	shift
	wall_rounds "$reps" _measured "$(printf '%q ' "$@")"
	echo "${R[_measured]}"
}

# cli_peak_kb DB CMD...: the private peak (VmHWM - RssShmem, kB) of the backend serving one
# client process, sampled from /proc every few milliseconds until the client exits (the
# backend's own figures only grow, so the last sample before it exits is its peak)
cli_peak_kb() {
	local db=$1 before pid= peak=0 v cpid
	shift
	before=$(pgrep -f "postgres: .*$db " | sort)
	PGDATABASE=$db "$@" >/dev/null 2>&1 &
	cpid=$!
	while kill -0 "$cpid" 2>/dev/null; do
		[ -n "$pid" ] || pid=$(comm -13 <(echo "$before") <(pgrep -f "postgres: .*$db " | sort) | head -1)
		if [ -n "$pid" ]; then
			v=$(awk '/^VmHWM:/ { h = $2 } /^RssShmem:/ { s = $2 } END { print h - s }' "/proc/$pid/status" 2>/dev/null || true)
			[ -n "$v" ] && [ "$v" -gt "$peak" ] && peak=$v
		fi
		sleep 0.002
	done
	wait "$cpid" || true
	echo "$peak"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

# ---- the databases: migrations applied with migtrack_migrate (the rows real
# drizzle-orm writes, see test/e2e/migrate_inserver.sh), M unrelated tables

folder_for() { echo "$BENCH_WORK/drizzle_$1"; }

prepare_folder() {
	local n=$1 dir
	dir=$(folder_for "$n")
	if [ ! -f "$dir/.done" ]; then
		rm -rf "$dir"
		node "$BENCH_DIR/gen.mjs" "$dir" "$n" >&2
		touch "$dir/.done"
	fi
	migtrack bundle "$dir" >"$BENCH_WORK/journal_$n.json"
	# the same journal with "hash" instead of "sql": the client-hashed path that
	# exists today (no hashing in the server, every verdict unverifiable)
	node -e 'const fs = require("fs"), c = require("crypto"); const j = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
		for (const e of j.entries) { e.hash = c.createHash("sha256").update(e.sql).digest("hex"); delete e.sql; }
		fs.writeFileSync(process.argv[2], JSON.stringify(j));' "$BENCH_WORK/journal_$n.json" "$BENCH_WORK/journal_${n}_hashes.json"
}

add_unrelated_tables() { # DB M: a legacy application's tables sharing the database
	local db=$1 m=$2
	[ "$m" -gt 0 ] || return 0
	psql -X -q -v ON_ERROR_STOP=1 -d "$db" <<SQL
SET client_min_messages = warning;
SELECT format('CREATE TABLE public.legacy_%s (id bigint PRIMARY KEY, name text NOT NULL, qty integer DEFAULT 0,'
              ' price numeric(12,2), tags text[], meta jsonb, created timestamptz DEFAULT now())', g)
  FROM generate_series(1, $m) g
\gexec
SQL
}

prepare_db() { # N M -> database bench_N_M
	local n=$1 m=$2 db="bench_${1}_${2}" t0
	t0=$(now_ns)
	if [ "$m" -gt 0 ] && psql -X -qAt -d postgres -c "SELECT 1 FROM pg_database WHERE datname = 'bench_${n}_0'" | grep -q 1; then
		createdb -T "bench_${n}_0" "$db"
	else
		createdb "$db"
		psql -X -q -v ON_ERROR_STOP=1 -d "$db" <<SQL >/dev/null
CREATE EXTENSION migtrack;
SET client_min_messages = warning;
\set journal \`cat $BENCH_WORK/journal_$n.json\`
SELECT (migtrack_migrate(:'journal'))->'applied';
-- an empty history elsewhere: migtrack_sync(..., migrations_table => 'bench_no_history')
-- then plans every migration, as in the incident (drizzle's own DDL)
CREATE TABLE drizzle.bench_no_history (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint);
SQL
	fi
	add_unrelated_tables "$db" "$m"
	psql -X -q -d "$db" -c "VACUUM ANALYZE" >/dev/null
	log "$db ready in $((($(now_ns) - t0) / 1000000)) ms"
}

# ---- run

log "sizes N: $BENCH_SIZES; M: $BENCH_MS; ratio table at N=$BENCH_N M=$BENCH_M"
has_verify_knob=$(psql -X -qAt -d postgres -c "CREATE EXTENSION IF NOT EXISTS migtrack" \
	-c "SELECT count(*) FROM pg_proc WHERE proname = 'migtrack_status' AND 'verify' = ANY (proargnames)")
has_verify_knob=${has_verify_knob##*$'\n'}

declare -A R	# R[key,N,M] = value

bench_config() {
	local n=$1 m=$2 db="bench_${1}_${2}" dir journal reps r
	dir=$(folder_for "$n")
	journal=$BENCH_WORK/journal_$n.json
	reps=$(reps_for "$n")

	# sanity: every migration applied and verified present, else the numbers mean nothing
	r=$(printf '\\set journal `cat %s`\nSELECT s->>'"'"'state'"'"', (SELECT count(*) FROM jsonb_array_elements(s->'"'"'migrations'"'"') e WHERE e->>'"'"'verdict'"'"' <> '"'"'present'"'"') FROM migtrack_status(:'"'"'journal'"'"') s;\n' "$journal" |
		psql -X -qAt -d "$db")
	[ "$r" = "in_sync|0" ] || { echo "bench_${n}_${m}: expected in_sync with every verdict present, got $r" >&2; exit 1; }

	log "N=$n M=$m: SQL functions ($BENCH_ROUNDS rounds of a session each, $reps runs a session)"
	local -a queries=(
		"full,$n,$m" "$journal" "SELECT migtrack_status(:'journal') IS NOT NULL;"
		"hashes,$n,$m" "$BENCH_WORK/journal_${n}_hashes.json" "SELECT migtrack_status(:'journal') IS NOT NULL;"
		# the incident: no history at all (another table name), sync plans all N rows
		"sync,$n,$m" "$journal" "SELECT migtrack_sync(:'journal', migrations_table => 'bench_no_history', dry_run => true) IS NOT NULL;"
		"check,$n,$m" "$journal" "SELECT migtrack_check(:'journal');"
		"b1,$n,$m" "$journal" "SELECT count(encode(sha256(convert_to(e->>'sql', 'UTF8')), 'hex')) FROM jsonb_array_elements((:'journal')::jsonb->'entries') e;"
	)
	if [ "$has_verify_knob" = 1 ]; then
		queries+=("hash,$n,$m" "$journal" "SELECT migtrack_status(:'journal', verify => false) IS NOT NULL;")
	fi
	sql_rounds "$db" "$BENCH_ROUNDS" "$reps" "${queries[@]}"
	sql_rounds "$db" 1 1 "idle,$n,$m" "$journal" "SELECT 1;"

	log "N=$n M=$m: processes ($reps rounds of each)"
	local qdb qdir
	qdb=$(printf %q "$db")
	qdir=$(printf %q "$dir")
	# the CLI, baseline 2 (node), baseline 3 (sha256sum) and the floors of a whole process
	# (start, connect, one query), round-robin
	local -a runs=(
		"cli,$n,$m" "PGDATABASE=$qdb migtrack status $qdir"
		"clicheck,$n,$m" "PGDATABASE=$qdb migtrack check $qdir"
		"b2,$n,$m" "PGDATABASE=$qdb node $(printf %q "$BENCH_DIR/baseline_check.mjs") $(printf %q "$NODE_MODULES") $qdir"
		"b3,$n,$m" "sha256sum $qdir/*.sql"
		"clinodir,$n,$m" "PGDATABASE=$qdb migtrack status"
		"psql1,$n,$m" "PGDATABASE=$qdb psql -X -qAt -c 'SELECT 1'"
		"node0,$n,$m" "node -e ''"
	)
	[ "$has_verify_knob" = 1 ] && runs+=("clihash,$n,$m" "PGDATABASE=$qdb migtrack status --no-verify $qdir")
	wall_rounds "$reps" "${runs[@]}"
	# the backend's memory as the client uses it (the journal a parameter, not a literal)
	R[climem,$n,$m]=$(cli_peak_kb "$db" migtrack status "$dir")
}

for n in $BENCH_SIZES; do
	prepare_folder "$n"
done
[ -f "$BENCH_WORK/journal_$BENCH_N.json" ] || prepare_folder "$BENCH_N"

configs=()
for n in $BENCH_SIZES; do for m in $BENCH_MS; do configs+=("$n $m"); done; done
[[ " ${configs[*]} " == *" $BENCH_N $BENCH_M "* ]] || configs+=("$BENCH_N $BENCH_M")
for c in "${configs[@]}"; do
	read -r n m <<<"$c"
	prepare_db "$n" "$m"
	bench_config "$n" "$m"
	# keep the disk small: the M=0 database is the template of the M>0 one
	[ "$m" = 0 ] || dropdb "bench_${n}_${m}"
done

t() { echo "${R[$1,$2,$3]%% *}"; }		# time, ms
cold() { echo "${R[$1,$2,$3]}" | cut -d" " -f2; }		# first call in a fresh backend, ms
mem() { awk -v k="$(echo ${R[$1,$2,$3]} | cut -d" " -f3)" 'BEGIN { printf "%.0f", k / 1024 }'; }	# private peak, MB

n=$BENCH_N m=$BENCH_M
b1=$(t b1 $n $m)
say ""
say "### N = $n migrations, M = $m unrelated tables ($(du -sk "$(folder_for $n)" | cut -f1) kB of SQL on disk)"
say ""
say "| measurement | median ms (warm) | first call ms (fresh backend) | ratio (warm) | target |"
say "|---|---:|---:|---:|---|"
row() { # LABEL KEY TARGET
	say "| $1 | $(t "$2" $n $m) | $(cold "$2" $n $m) | $(ratio "$(t "$2" $n $m)" "$b1") × baseline 1 | $3 |"
}
row "baseline 1: sha256() over the journal texts, one SQL query" b1 ""
if [ -n "${R[hash,$n,$m]:-}" ]; then
	row "migtrack_status, hash path (verify => false)" hash "≤ 1.3"
else
	say "| migtrack_status, hash path | n/a: this build has no verify knob | | | ≤ 1.3 |"
fi
row "migtrack_status, journal of hashes only (no hashing, no verification)" hashes ""
row "migtrack_status, full verification" full "≤ 4"
row "migtrack_check (verdicts, no drift)" check ""
# drift comes from status's replay and one catalog query: what status costs over check
say "| drift: migtrack_status − migtrack_check (the drift query; status also builds its report) | $(awk -v a="$(t full $n $m)" -v b="$(t check $n $m)" 'BEGIN { printf "%.1f", a - b }') | | | |"
row "migtrack_sync dry run, no history (plans $n rows)" sync ""
say "| CLI \`migtrack status DIR\`, whole process | ${R[cli,$n,$m]} | | | |"
say "| CLI \`migtrack check DIR\`, whole process | ${R[clicheck,$n,$m]} | | | |"
if [ -n "${R[clihash,$n,$m]:-}" ]; then
	say "| CLI \`migtrack status --no-verify DIR\` (hash path), whole process | ${R[clihash,$n,$m]} | | | |"
	say "| baseline 2: node + node:crypto + pg, whole process | ${R[b2,$n,$m]} | | $(ratio "${R[b2,$n,$m]}" "${R[cli,$n,$m]}") × CLI status; $(ratio "${R[b2,$n,$m]}" "${R[clihash,$n,$m]}") × CLI --no-verify | CLI status > 1×; CLI --no-verify ≥ 5× |"
else
	say "| baseline 2: node + node:crypto + pg, whole process | ${R[b2,$n,$m]} | | $(ratio "${R[b2,$n,$m]}" "${R[cli,$n,$m]}") × CLI status | CLI status > 1× |"
fi
say "| baseline 3: sha256sum over the files, whole process | ${R[b3,$n,$m]} | | | |"
say "| floor: \`migtrack status\` without DIR (database side only), whole process | ${R[clinodir,$n,$m]} | | | |"
say "| floor: \`psql -c 'SELECT 1'\`, whole process | ${R[psql1,$n,$m]} | | | |"
say "| floor: \`node -e ''\`, whole process | ${R[node0,$n,$m]} | | | |"
say ""
say "### Scaling (migtrack_status with full verification; private peak memory of the backend)"
say ""
say "| N | M | status ms (warm) | status first call ms | µs per migration | status peak MB | CLI status backend peak MB | hashes-only journal ms | baseline 1 ms | baseline 1 peak MB | idle backend MB | check ms | sync dry run ms | CLI status ms | CLI --no-verify ms | baseline 2 ms | baseline 3 ms |"
say "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
for c in "${configs[@]}"; do
	read -r n m <<<"$c"
	say "| $n | $m | $(t full $n $m) | $(cold full $n $m) | $(awk -v a="$(t full $n $m)" -v n=$n 'BEGIN { printf "%.0f", a * 1000 / n }') | $(mem full $n $m) | $(awk -v k="${R[climem,$n,$m]}" 'BEGIN { printf "%.0f", k / 1024 }') | $(t hashes $n $m) | $(t b1 $n $m) | $(mem b1 $n $m) | $(mem idle $n $m) | $(t check $n $m) | $(t sync $n $m) | ${R[cli,$n,$m]} | ${R[clihash,$n,$m]:-} | ${R[b2,$n,$m]} | ${R[b3,$n,$m]} |"
done
if [ -n "${R[hash,$BENCH_N,$BENCH_M]:-}" ]; then
	say ""
	say "| N | M | hash path ms | µs per migration | hash path peak MB |"
	say "|---:|---:|---:|---:|---:|"
	for c in "${configs[@]}"; do
		read -r n m <<<"$c"
		say "| $n | $m | $(t hash $n $m) | $(awk -v a="$(t hash $n $m)" -v n=$n 'BEGIN { printf "%.0f", a * 1000 / n }') | $(mem hash $n $m) |"
	done
fi

# ---- through a dev database (--dev-url), and fleets
# A copy of bench_N_0 without the extension, the dev server this cluster's
# postgres database: what --dev-url adds per run, and the dump's share of it.
# Fleets: BENCH_FLEET copies of bench_100_0, checked with --targets at --jobs 1 and 4.
say ""
say "### Through a dev database (\`--dev-url\`), and fleets"
say ""
say "| N | CLI status, extension in the database ms | CLI status --dev-url ms | of which pg_dump --schema-only ms | dump's share |"
say "|---:|---:|---:|---:|---:|"
for n in ${BENCH_DEV_SIZES:-100 1000}; do
	[ -n "${R[cli,$n,0]:-}" ] || continue
	createdb -T "bench_${n}_0" "bench_${n}_dev"
	psql -X -q -d "bench_${n}_dev" -c "DROP EXTENSION migtrack"
	reps=$(reps_for "$n")
	devms=$(PGDATABASE=bench_${n}_dev wall_measure "$reps" migtrack --dev-url="dbname=postgres" status "$(folder_for "$n")")
	dumpms=$(wall_measure "$reps" pg_dump --schema-only --no-owner --no-privileges -d "bench_${n}_dev")
	say "| $n | ${R[cli,$n,0]} | $devms | $dumpms | $(awk -v a="$dumpms" -v b="$devms" 'BEGIN { printf "%.0f %%", 100 * a / b }') |"
	dropdb "bench_${n}_dev"
done
fleet_n=${BENCH_FLEET:-20}
if [ -n "${R[cli,100,0]:-}" ]; then
	: >"$BENCH_WORK/targets.txt"
	for ((i = 1; i <= fleet_n; i++)); do
		createdb -T bench_100_0 "bench_fleet_$i"
		echo "dbname=bench_fleet_$i" >>"$BENCH_WORK/targets.txt"
	done
	say ""
	say "| fleet of $fleet_n databases (N = 100), \`status --targets\` | whole run ms | per database ms |"
	say "|---|---:|---:|"
	for jobs in 1 4; do
		ms=$(wall_measure 3 migtrack --targets="$BENCH_WORK/targets.txt" --jobs "$jobs" status "$(folder_for 100)")
		say "| --jobs $jobs | $ms | $(awk -v a="$ms" -v n="$fleet_n" 'BEGIN { printf "%.1f", a / n }') |"
	done
	for ((i = 1; i <= fleet_n; i++)); do dropdb "bench_fleet_$i"; done
fi
log "results in $RESULTS"

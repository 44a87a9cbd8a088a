#!/usr/bin/env bash
# majors_e2e.sh [MAJOR] -- the end-to-end suite (test/e2e/run.sh, its default
# list, real drizzle-kit / drizzle-orm from npm) against a throwaway cluster of
# PostgreSQL MAJOR (default 17), with the migtrack extension and client that
# test/majors.sh built and installed into its private tree test/.majors/MAJOR/
# (run by majors.sh right after that major's regress and isolation suites; on
# its own, it tests whatever majors.sh last installed there).
#
# The cluster is set up as pg_virtualenv sets up 15's: initdb as postgres with
# a random password (scram-sha-256 over TCP on localhost, peer on the socket),
# fsync off, PGHOST=localhost PGPORT PGUSER=postgres PGPASSWORD PGDATABASE
# exported, so run.sh runs each script directly against it (no pg_virtualenv).
# On the PATH, ahead of the machine's 15:
#   pg_config  the stand-in of majors.sh: `pg_config --bindir` is where the 17
#              client is (MIGTRACK_BIN is set to it as well), --sharedir the
#              tree the server reads (ext_upgrade.sh puts old versions there)
#   pg_dump    Debian trixie's postgresql-client-17 (pg_dump 15 refuses a newer
#              server; the npm package ships no pg_dump), run by trixie's own
#              dynamic loader and C library (it needs glibc 2.38, Debian 12 has
#              2.36) with the npm package's libpq 17: both extracted with dpkg
#              -x into test/.majors/MAJOR/client, never installed
# psql, createdb, dropdb and pgbench are the machine's 15 (their protocol and
# queries work against 17).  The server log is handed to crash.sh / fuzz.sh
# (test/fuzz/pgenv.sh's server_log) through MIGTRACK_SERVER_LOG.
#
# Prints the header "=== majors: end-to-end on PostgreSQL MAJOR ...", run.sh's
# output (PASS:/FAIL: lines, counted by test/count_results.sh, and a FAIL line
# for every script that did not run to its end), and closes with
# "=== majors: end-to-end on PostgreSQL MAJOR took N s"; exits non-zero when
# anything failed.  Run as root, no stdin.
#   MIGTRACK_E2E_TESTS="fixtures guard"   only these scripts (default: run.sh's list)
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
m=${1:-17}
cache=$root/test/.majors
dir=$cache/$m
start=$SECONDS
exec </dev/null

echo "=== majors: end-to-end on PostgreSQL $m (real drizzle-kit / drizzle-orm, test/e2e/run.sh)"
die() {
	echo "FAIL: e2e on PostgreSQL $m: $*"
	echo "=== majors: end-to-end on PostgreSQL $m took $((SECONDS - start)) s (did not run)"
	exit 1
}

[ "$(id -u)" -eq 0 ] && id postgres >/dev/null 2>&1 || die "runs as root on a machine with a postgres user"
[ -x "$dir/pg_config" ] && [ -x "$dir/pg/bin/postgres" ] || die "no private tree in $dir (run test/majors.sh first)"
[ -x "$dir/bin/migtrack" ] && [ -f "$dir/pg/lib/postgresql/migtrack.so" ] ||
	die "migtrack is not installed in $dir (test/majors.sh builds and installs it)"

# ---- pg_dump of this major (cached) --------------------------------------
apt_opts=(-o "Dir::Etc::SourceList=$cache/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
	-o "Dir::State::Lists=$cache/apt/lists" -o "Dir::Cache::Archives=$cache/apt/archives"
	-o APT::Sandbox::User=root -q)
client=$dir/client
fetch_client() {
	local want c l
	want=$(apt-cache "${apt_opts[@]}" madison "postgresql-client-$m" 2>/dev/null | awk -v m="$m" '$3 ~ ("^" m "[.~]") { print $3; exit }')
	if [ -z "$want" ] || [ ! -s "$cache/apt/sources.list" ]; then
		mkdir -p "$cache/apt/lists/partial" "$cache/apt/archives/partial" "$cache/dl"
		[ -s "$cache/apt/sources.list" ] || cat >"$cache/apt/sources.list" <<-'EOF'
			deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main
			deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main
			deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian sid main
			deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian experimental main
		EOF
		apt-get "${apt_opts[@]}" update >"$cache/apt/update.log" 2>&1 || return 1
		want=$(apt-cache "${apt_opts[@]}" madison "postgresql-client-$m" | awk -v m="$m" '$3 ~ ("^" m "[.~]") { print $3; exit }')
	fi
	[ -n "$want" ] || { echo "no postgresql-client-$m in Debian" >&2; return 1; }
	# the C library of the suite that has that client (17: trixie)
	l=$(apt-cache "${apt_opts[@]}" madison "postgresql-client-$m" | awk -v v="$want" '$3 == v { print $6; exit }')
	l=${l%%/*}
	c=$(apt-cache "${apt_opts[@]}" madison libc6 | awk -v s="$l" '$6 ~ ("^" s "/") { print $3; exit }')
	[ -n "$c" ] || { echo "no libc6 in $l" >&2; return 1; }
	rm -rf "$client.new" && mkdir -p "$client.new" || return 1
	(cd "$cache/dl" && apt-get "${apt_opts[@]}" download "postgresql-client-$m=$want" "libc6=$c") >&2 || return 1
	dpkg -x "$cache/dl/postgresql-client-${m}_${want//:/%3a}_amd64.deb" "$client.new" &&
		dpkg -x "$cache/dl/libc6_${c//:/%3a}_amd64.deb" "$client.new" || return 1
	echo "postgresql-client-$m=$want libc6=$c" >"$client.new/.version"
	rm -rf "$client" && mv "$client.new" "$client"
}
if [ ! -x "$client/usr/lib/postgresql/$m/bin/pg_dump" ]; then
	fetch_client >"$dir/client.log" 2>&1 || { cat "$dir/client.log"; die "could not fetch pg_dump $m (postgresql-client-$m)"; }
fi

# ---- the server's tree ---------------------------------------------------
run=$(mktemp -d /tmp/migtrack-pg$m-e2e.XXXXXX)
data=$run/data
chown postgres: "$run" && chmod 755 "$run"
tree=$dir/pg
if ! runuser -u postgres -- test -x "$tree/bin/postgres"; then
	# the cache is not reachable by postgres (a clone under /root): a copy
	cp -a "$dir/pg" "$run/pg" && chmod -R a+rX "$run/pg" && tree=$run/pg
fi
bin=$tree/bin
stop() {
	[ -f "$data/postmaster.pid" ] && runuser -u postgres -- "$bin/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1
	cp "$run/server.log" "$dir/log/e2e-server.log" 2>/dev/null
	rm -rf "$run"
}
trap stop EXIT
mkdir -p "$dir/log"

# functions that the headers' inline code calls and this server's (older)
# minor release lacks: stubbed as test/majors.sh does
preload=""
missing=$(comm -23 <(nm -D --undefined-only "$tree/lib/postgresql/migtrack.so" | awk '$1 == "U" && $2 !~ /@/ { print $2 }' | sort -u) \
	<(nm -D --defined-only "$bin/postgres" | awk '{ print $3 }' | sort -u))
if [ -n "$missing" ]; then
	[ -f "$tree/lib/migtrack_stubs.so" ] || die "the server lacks $missing and there is no stub library (run test/majors.sh)"
	preload=$tree/lib/migtrack_stubs.so
fi

# ---- PATH: pg_config and pg_dump of this major ---------------------------
path=$run/path
mkdir -p "$path"
cat >"$path/pg_config" <<-EOF
	#!/bin/sh
	# majors.sh's stand-in, with the server's tree ($tree)
	"$dir/pg_config" "\$@" | sed "s|^$dir/pg/|$tree/|"
EOF
# the suite's C library: /usr/lib (trixie on) or /lib (bookworm, for a try on 15)
libs=$client/usr/lib/x86_64-linux-gnu
[ -e "$libs/ld-linux-x86-64.so.2" ] || libs=$client/lib/x86_64-linux-gnu
cat >"$path/pg_dump" <<-EOF
	#!/bin/sh
	# Debian's pg_dump $m, with its own loader and C library, and libpq $m of the npm package
	exec "$libs/ld-linux-x86-64.so.2" --library-path "$libs:$tree/lib:/lib/x86_64-linux-gnu:/usr/lib/x86_64-linux-gnu" \\
		"$client/usr/lib/postgresql/$m/bin/pg_dump" "\$@"
EOF
chmod 755 "$path/pg_config" "$path/pg_dump"
"$path/pg_dump" --version | grep -q "^pg_dump (PostgreSQL) $m\." || die "pg_dump $m does not run: $("$path/pg_dump" --version 2>&1)"

# ---- the cluster, as pg_virtualenv makes it ------------------------------
port=
for p in $(seq 56432 56532); do
	ss -Hlnt "sport = :$p" 2>/dev/null | grep -q . && continue
	[ -e "/tmp/.s.PGSQL.$p" ] || [ -e "/var/run/postgresql/.s.PGSQL.$p" ] && continue
	port=$p && break
done
[ -n "$port" ] || die "no free port"
password=$(head -c 16 /dev/urandom | md5sum | cut -c1-20)
echo "$password" >"$run/pwfile" && chown postgres: "$run/pwfile"
if ! runuser -u postgres -- "$bin/initdb" -D "$data" -U postgres --pwfile="$run/pwfile" \
	--auth-local=peer --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 --no-sync >"$run/initdb.log" 2>&1; then
	cat "$run/initdb.log"; die "initdb failed"
fi
rm -f "$run/pwfile"
if ! runuser -u postgres -- env ${preload:+LD_PRELOAD=$preload} "$bin/pg_ctl" -D "$data" -l "$run/server.log" -w -t 60 \
	-o "-p $port -k $run -c listen_addresses=localhost -c fsync=off -c cluster_name=$m/e2e" \
	-o "-c log_line_prefix='%m [%p] %q%u@%d '" start >"$run/pg_ctl.log" 2>&1; then
	cat "$run/pg_ctl.log" "$run/server.log" 2>/dev/null; die "the server did not start"
fi

export PGHOST=localhost PGPORT=$port PGUSER=postgres PGPASSWORD=$password PGDATABASE=postgres
unset PGHOSTADDR PGSERVICE PGSYSCONFDIR PGOPTIONS PG_CONFIG PGVERSION
export PATH=$path:$PATH
export MIGTRACK_BIN=$dir/bin/migtrack MIGTRACK_SERVER_LOG=$run/server.log
# devurl.sh starts a dev server of the machine's own PostgreSQL (15), not of this major
export E2E_SKIP=devurl
# this run's scratch and logs apart from 15's (test/e2e/.work/pg17/)
export E2E_WORK=$root/test/e2e/.work/pg$m
export E2E_LOGS=$E2E_WORK/logs
server=$(psql -X -At -c 'SHOW server_version' 2>&1)
[[ $server == "$m".* ]] || die "cannot reach the $m server: $server"
echo "# server $server on port $port ($tree), client $MIGTRACK_BIN, $(pg_dump --version), psql $(psql --version | awk '{ print $3 }')"

rc=0
# shellcheck disable=SC2086 # the list is words
bash test/e2e/run.sh ${MIGTRACK_E2E_TESTS:-} || rc=$?
echo "=== majors: end-to-end on PostgreSQL $m took $((SECONDS - start)) s$([ "$rc" -eq 0 ] || echo ", FAILED")"
exit "$rc"

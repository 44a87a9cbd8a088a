#!/usr/bin/env bash
# Differential test of the client's file decoding against Node itself:
# random byte strings, biased towards UTF-8 lead/continuation bytes so that
# every kind of invalid sequence occurs, written as a drizzle-kit 1.0 folder;
# `migtrack bundle` must give each file the very text (and so the hash) that
# Node's fs.readFileSync(p).toString() gives, as drizzle-orm reads it.
# Needs no database.  Run: bash test/e2e/utf8_vs_node.sh
set -euo pipefail
# shellcheck source=lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

MIGTRACK=${MIGTRACK_BIN:-$(pg_config --bindir)/migtrack}
W=$(fresh_workdir utf8_vs_node)
CASES=${UTF8_CASES:-2000}

# Files of 0..40 bytes; no NUL (PostgreSQL text cannot hold it, the client refuses).
node - "$W/drizzle" "$CASES" <<'JS'
const fs = require("fs"), path = require("path");
const [dir, n] = [process.argv[2], +process.argv[3]];
const pool = [0x41, 0x0a, 0x0d, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf,
  0xe0, 0xe1, 0xec, 0xed, 0xee, 0xef, 0xf0, 0xf1, 0xf3, 0xf4, 0xf5, 0xf8, 0xfe, 0xff, 0x22, 0x5c];
let seed = 12345;
const rnd = (k) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % k; };
for (let i = 0; i < n; i++) {
  const len = rnd(41), bytes = Buffer.alloc(len);
  for (let j = 0; j < len; j++) bytes[j] = rnd(4) === 0 ? 1 + rnd(255) : pool[rnd(pool.length)];
  const d = path.join(dir, `20240101${String(i).padStart(6, "0")}_case`);
  fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(path.join(d, "migration.sql"), bytes);
}
JS

"$MIGTRACK" bundle "$W/drizzle" >"$W/migtrack.json"
node "$E2E_DIR/bundle.mjs" "$W/drizzle" >"$W/node.json"

# Compare per file, as parsed JSON strings.
mismatches=$(node -e '
  const a = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).migrations;
  const b = JSON.parse(require("fs").readFileSync(process.argv[2], "utf8")).migrations;
  const byName = new Map(b.map((m) => [m.name, m.sql]));
  let bad = a.length === b.length ? 0 : 1;
  for (const m of a) if (byName.get(m.name) !== m.sql) { bad++; if (bad < 4) console.error("differs:", m.name); }
  console.log(bad);' "$W/migtrack.json" "$W/node.json")
check_eq "utf8: $CASES random files decode exactly as Node's Buffer#toString()" 0 "$mismatches"

invalid=$(node -e '
  const fs = require("fs"), path = require("path"), d = process.argv[1]; let n = 0;
  for (const f of fs.readdirSync(d)) if (fs.readFileSync(path.join(d, f, "migration.sql")).toString().includes("\ufffd")) n++;
  console.log(n);' "$W/drizzle")
if [ "$invalid" -gt $((CASES / 2)) ]; then
	pass "utf8: the corpus exercises invalid input ($invalid of $CASES files need U+FFFD)"
else
	fail "utf8: too few invalid files in the corpus ($invalid of $CASES)"
fi
# Tags are joined to the folder as drizzle-orm joins them ("${folder}/${tag}.sql"): a tag that
# names a subfolder, one that climbs out with "..", one that starts with "/" -- each reads the
# file Node reads (the client opens them from the folder, a name each).
J=$W/paths/drizzle
mkdir -p "$J/meta" "$J/nested" "$W/paths/outside"
printf 'SELECT 1;' >"$J/nested/0000_a.sql"
printf 'SELECT 2;' >"$W/paths/outside/0001_b.sql"
printf 'SELECT 3;' >"$J/0002_c.sql"
cat >"$J/meta/_journal.json" <<'JSON'
{"version":"7","dialect":"postgresql","entries":[
 {"idx":0,"version":"7","when":1700000000000,"tag":"nested/0000_a","breakpoints":true},
 {"idx":1,"version":"7","when":1700000001000,"tag":"../outside/0001_b","breakpoints":true},
 {"idx":2,"version":"7","when":1700000002000,"tag":"/0002_c","breakpoints":true}]}
JSON
"$MIGTRACK" bundle "$J" >"$W/paths_migtrack.json"
node "$E2E_DIR/bundle.mjs" "$J" >"$W/paths_node.json"
same=$(node -e '
  const read = (f) => JSON.parse(require("fs").readFileSync(f, "utf8")).entries.map((e) => e.sql);
  const [a, b] = [read(process.argv[1]), read(process.argv[2])];
  console.log(a.length === 3 && JSON.stringify(a) === JSON.stringify(b) ? "same" : JSON.stringify([a, b]));' \
	"$W/paths_migtrack.json" "$W/paths_node.json")
check_eq "paths: tags with a subfolder, \"..\" and a leading \"/\" read the files Node reads" same "$same"
finish

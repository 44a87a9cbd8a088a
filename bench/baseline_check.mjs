#!/usr/bin/env node
// Baseline 2: the check a Drizzle team scripts without migtrack, in Node --
// read meta/_journal.json and every <tag>.sql as drizzle-orm does
// (fs.readFileSync(p).toString()), hash each with node:crypto, then read the
// tracking table and the list of user tables through node-postgres, and say
// which migrations are applied, pending or edited, and which rows match none.
// No catalog verification: that is what it cannot do.
//
// usage: node baseline_check.mjs <node_modules dir> <drizzle folder> [schema] [table]
//   (connects with the PG* environment, as psql does)
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const [nodeModules, folder, schema = "drizzle", table = "__drizzle_migrations"] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(nodeModules), "noop.js"));
const { Client } = require("pg");

const read = (p) => fs.readFileSync(p).toString();
const journal = JSON.parse(read(path.join(folder, "meta", "_journal.json")));
const migrations = journal.entries.map((e) => ({
  tag: e.tag,
  when: e.when,
  hash: crypto.createHash("sha256").update(read(path.join(folder, `${e.tag}.sql`))).digest("hex"),
}));

const client = new Client();
await client.connect();
const q = (s) => `"${s.replaceAll('"', '""')}"`;
const rows = (await client.query(`select id, hash, created_at from ${q(schema)}.${q(table)} order by id`)).rows;
const tables = (await client.query(
  `select c.relnamespace::regnamespace::text as schema, c.relname as name
     from pg_class c
    where c.relkind in ('r', 'p') and c.relpersistence <> 't'
      and c.relnamespace::regnamespace::text not in ('pg_catalog', 'information_schema')
      and c.relnamespace::regnamespace::text !~ '^pg_(toast|temp_)'
    order by 1, 2`)).rows;
await client.end();

// drizzle 0.x matches by created_at (= when); the hash says whether the file changed
const byWhen = new Map(rows.map((r) => [String(r.created_at), r]));
const seen = new Set();
let applied = 0, pending = 0, edited = 0;
for (const m of migrations) {
  const r = byWhen.get(String(m.when));
  if (!r) { pending++; continue; }
  seen.add(r.id);
  if (r.hash === m.hash) applied++; else edited++;
}
const unknown = rows.filter((r) => !seen.has(r.id)).length;
console.log(`${migrations.length} migrations: ${applied} applied, ${pending} pending, ${edited} edited; ` +
  `${unknown} unknown rows; ${tables.length} tables`);
process.exit(edited || unknown ? 1 : 0);

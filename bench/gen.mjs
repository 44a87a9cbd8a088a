#!/usr/bin/env node
// A realistic drizzle-kit 0.31 migration folder, N migrations long:
//   <out>/meta/_journal.json and <out>/NNNN_<name>.sql, statements separated by
//   "--> statement-breakpoint" exactly as drizzle-kit writes them.
// Most migrations create a table with dozens of columns (serial primary key,
// every common type, enum columns, defaults), foreign keys to earlier tables,
// indexes and unique constraints; every fifth one alters earlier tables the way
// later schema edits do (add/retype/rename columns, defaults, NOT NULL, enum
// values, new and dropped indexes, foreign keys). Deterministic (seeded PRNG),
// so every run benchmarks the same text.
//
// usage: node gen.mjs <out dir> <N> [seed]
import fs from "node:fs";
import path from "node:path";

const [out, nArg, seedArg] = process.argv.slice(2);
const N = Number(nArg);
if (!out || !Number.isInteger(N) || N < 1) {
  console.error("usage: node gen.mjs <out dir> <N> [seed]");
  process.exit(2);
}

// mulberry32: small, seeded, good enough for shapes
let seed = Number(seedArg ?? 20261125) >>> 0;
const rand = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (a) => a[Math.floor(rand() * a.length)];
const between = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

const WORDS = ["account", "order", "invoice", "product", "customer", "shipment", "payment", "review",
  "session", "audit", "ticket", "message", "team", "project", "task", "comment", "tag", "file",
  "report", "plan", "price", "coupon", "address", "device", "event", "metric", "alert", "note"];
const COLS = ["name", "title", "status_note", "description", "amount", "quantity", "email", "phone",
  "country", "city", "zip", "score", "rank", "weight", "height", "color", "label", "code", "slug",
  "summary", "body", "notes", "priority", "level", "source", "channel", "locale", "currency",
  "external_ref", "checksum", "version", "flags", "meta", "settings", "payload", "started_at",
  "finished_at", "expires_at", "deleted_at", "verified", "archived", "visible", "owner_name"];
// [type as drizzle-kit prints it, default or null]
const TYPES = [["text", null], ["varchar(255)", null], ["integer", "0"], ["bigint", null],
  ["boolean", "false"], ["timestamp", "now()"], ["timestamp with time zone", "now()"],
  ["numeric(12, 2)", "'0'"], ["jsonb", "'{}'::jsonb"], ["uuid", "gen_random_uuid()"],
  ["date", null], ["double precision", null], ["smallint", null], ["real", null],
  ["char(2)", null], ["interval", null], ["text[]", null], ["inet", null]];

const tables = [];   // {name, cols: [{name, type}], enumCols, indexes: []}
const enums = [];    // {name, values: []}
const files = [];

function column(c) {
  let s = `\t"${c.name}" ${c.typeSql}`;
  if (c.def !== null) s += ` DEFAULT ${c.def}`;
  if (c.notNull) s += " NOT NULL";
  return s;
}

function createTable(i) {
  const stmts = [];
  const name = `${pick(WORDS)}_${pick(WORDS)}_${i}`;
  const t = { name, cols: [], indexes: [] };
  if (i === 0 || rand() < 0.35) {
    const e = { name: `${pick(WORDS)}_kind_${i}`, values: ["draft", "active", "suspended", "closed"].slice(0, between(2, 4)) };
    enums.push(e);
    stmts.push(`CREATE TYPE "public"."${e.name}" AS ENUM(${e.values.map((v) => `'${v}'`).join(", ")});`);
  }
  const lines = [];
  t.cols.push({ name: "id", typeSql: "serial PRIMARY KEY", def: null, notNull: true });
  const used = new Set(["id"]);
  const ncols = between(30, 60);
  for (let k = 0; k < ncols; k++) {
    let cname = pick(COLS);
    while (used.has(cname)) cname = `${pick(COLS)}_${k}`;
    used.add(cname);
    if (k < 3 && enums.length && rand() < 0.5) {
      const e = pick(enums);
      t.cols.push({ name: cname, typeSql: `"${e.name}"`, def: `'${e.values[0]}'`, notNull: true, enum: e });
      continue;
    }
    const [typeSql, def] = pick(TYPES);
    t.cols.push({ name: cname, typeSql, def: rand() < 0.4 ? def : null, notNull: rand() < 0.5 });
  }
  const fks = [];
  const nfk = tables.length ? between(0, 3) : 0;
  for (let k = 0; k < nfk; k++) {
    const ref = tables[Math.floor(rand() * tables.length)];
    const cname = `${ref.name.slice(0, 40)}_id`;
    if (used.has(cname)) continue;
    used.add(cname);
    t.cols.push({ name: cname, typeSql: "integer", def: null, notNull: rand() < 0.5, fk: true });
    fks.push([cname, ref.name]);
  }
  t.cols.push({ name: "created_at", typeSql: "timestamp", def: "now()", notNull: true });
  t.cols.push({ name: "updated_at", typeSql: "timestamp", def: null, notNull: false });
  for (const c of t.cols) lines.push(column(c));
  const uniq = t.cols[1 + between(0, 5)].name;
  lines.push(`\tCONSTRAINT "${name}_${uniq}_unique" UNIQUE("${uniq}")`);
  stmts.push(`CREATE TABLE "${name}" (\n${lines.join(",\n")}\n);\n`);
  for (const [cname, ref] of fks)
    stmts.push(`ALTER TABLE "${name}" ADD CONSTRAINT "${name}_${cname}_fk" FOREIGN KEY ("${cname}") REFERENCES "public"."${ref}"("id") ON DELETE ${pick(["cascade", "no action", "set null"])} ON UPDATE no action;`);
  const nidx = between(1, 3);
  for (let k = 0; k < nidx; k++) {
    const c = t.cols[between(1, t.cols.length - 1)].name;
    const idx = `${name}_${c.slice(0, 24)}_${k}_idx`;
    if (t.indexes.includes(idx)) continue;
    t.indexes.push(idx);
    stmts.push(`CREATE INDEX "${idx}" ON "${name}" USING btree ("${c}");`);
  }
  tables.push(t);
  return { tag: `${name.split("_")[0]}_${name.split("_")[1]}`, stmts };
}

function alterTables(i) {
  const stmts = [];
  const nalter = between(4, 8);
  for (let k = 0; k < nalter; k++) {
    const t = pick(tables);
    const r = rand();
    const c = t.cols[between(1, t.cols.length - 1)];
    if (r < 0.3) {
      const [typeSql, def] = pick(TYPES);
      const nc = { name: `added_${i}_${k}`, typeSql, def, notNull: def !== null && rand() < 0.5 };
      t.cols.push(nc);
      stmts.push(`ALTER TABLE "${t.name}" ADD COLUMN ${column(nc).trim()};`);
    } else if (r < 0.45 && !c.enum && !c.fk && c.name !== "id") {
      c.typeSql = pick(["text", "varchar(512)"]);
      stmts.push(`ALTER TABLE "${t.name}" ALTER COLUMN "${c.name}" SET DATA TYPE ${c.typeSql};`);
    } else if (r < 0.55 && c.name !== "id") {
      stmts.push(`ALTER TABLE "${t.name}" ALTER COLUMN "${c.name}" ${c.notNull ? "DROP" : "SET"} NOT NULL;`);
      c.notNull = !c.notNull;
    } else if (r < 0.65 && c.name !== "id" && c.def !== null) {
      stmts.push(`ALTER TABLE "${t.name}" ALTER COLUMN "${c.name}" DROP DEFAULT;`);
      c.def = null;
    } else if (r < 0.72 && enums.length) {
      const e = pick(enums);
      const v = `value_${i}_${k}`;
      e.values.push(v);
      stmts.push(`ALTER TYPE "public"."${e.name}" ADD VALUE '${v}';`);
    } else if (r < 0.8 && c.name !== "id" && !c.name.endsWith("_id")) {
      const old = c.name;
      c.name = `${old.slice(0, 40)}_r${i}`;
      stmts.push(`ALTER TABLE "${t.name}" RENAME COLUMN "${old}" TO "${c.name}";`);
    } else if (r < 0.88) {
      const idx = `${t.name}_${c.name.slice(0, 24)}_${i}_${k}_idx`;
      t.indexes.push(idx);
      stmts.push(`CREATE INDEX "${idx}" ON "${t.name}" USING btree ("${c.name}");`);
    } else if (r < 0.94 && t.indexes.length > 1) {
      const idx = t.indexes.shift();
      stmts.push(`DROP INDEX "${idx}";`);
    } else {
      const ref = pick(tables);
      const nc = { name: `ref_${i}_${k}`, typeSql: "integer", def: null, notNull: false, fk: true };
      t.cols.push(nc);
      stmts.push(`ALTER TABLE "${t.name}" ADD COLUMN ${column(nc).trim()};`);
      stmts.push(`ALTER TABLE "${t.name}" ADD CONSTRAINT "${t.name.slice(0, 20)}_${nc.name}_fk" FOREIGN KEY ("${nc.name}") REFERENCES "public"."${ref.name}"("id") ON DELETE no action ON UPDATE no action;`);
    }
  }
  return { tag: `alter_${pick(WORDS)}`, stmts };
}

fs.mkdirSync(path.join(out, "meta"), { recursive: true });
const journal = { version: "7", dialect: "postgresql", entries: [] };
let when = 1764000000000;
let bytes = 0;
for (let i = 0; i < N; i++) {
  const m = i % 5 === 4 ? alterTables(i) : createTable(i);
  const tag = `${String(i).padStart(4, "0")}_${m.tag}`;
  // drizzle-kit: the marker ends each statement's line, a blank line after CREATE TABLE
  const text = m.stmts.join("--> statement-breakpoint\n");
  fs.writeFileSync(path.join(out, `${tag}.sql`), text);
  bytes += Buffer.byteLength(text);
  when += between(60000, 86400000);
  journal.entries.push({ idx: i, version: "7", when, tag, breakpoints: true });
}
fs.writeFileSync(path.join(out, "meta", "_journal.json"), JSON.stringify(journal, null, 2));
console.error(`${out}: ${N} migrations, ${(bytes / 1024).toFixed(0)} KiB of SQL, ${tables.length} tables, ${enums.length} enums`);

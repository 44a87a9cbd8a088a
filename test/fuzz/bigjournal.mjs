// bigjournal.mjs -- a large, valid journal and the rows drizzle-orm would write for it.
//
//   node bigjournal.mjs --format v0|v1 --count N [--first M] [--as-v0] [--tables K]
//                       [--pad BYTES] [--comment BYTES] --out JOURNAL [--truth TSV]
//
// Migration i creates K tables cr_<i>_<j> (with an index each), split on
// drizzle's breakpoint marker; --pad adds that many bytes of extra columns'
// DDL text, --comment a comment of that size (text drizzle hashes but that
// parses to nothing).  --first M keeps the first M migrations (drizzle's
// order); --as-v0 writes a 1.0 journal's migrations as a 0.x journal with the
// same hashes and created_at (what an older drizzle recorded before an
// upgrade).  The truth file is computed here, from drizzle's rules: hash =
// sha256 of the text, created_at = when (0.x) or Date.UTC of the name (1.0),
// name = the folder name (1.0) -- one row per line, tab-separated, in id order.
import { createHash } from "node:crypto";
import fs from "node:fs";

const argv = process.argv.slice(2);
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const format = opt("--format", "v0");
const count = Number(opt("--count", 100));
const first = Number(opt("--first", count));
const tables = Number(opt("--tables", 1));
const pad = Number(opt("--pad", 0));
const comment = Number(opt("--comment", 0));
const asV0 = argv.includes("--as-v0");
const BP = "--> statement-breakpoint";
const sha = (s) => createHash("sha256").update(s, "utf8").digest("hex");

const base = Date.UTC(2025, 0, 1);
const migs = [];
for (let i = 0; i < count; i++) {
	const stmts = [];
	for (let j = 0; j < tables; j++) {
		const t = `cr_${i}_${j}`;
		let cols = `\t"id" serial PRIMARY KEY NOT NULL,\n\t"name" text NOT NULL,\n\t"created_at" timestamp DEFAULT now()`;
		for (let k = 0; cols.length < pad / tables; k++) cols += `,\n\t"col_${k}" varchar(${k + 1}) DEFAULT 'x'`;
		stmts.push(`CREATE TABLE "${t}" (\n${cols}\n);\n`);
		stmts.push(`\nCREATE INDEX "${t}_name_idx" ON "${t}" USING btree ("name");`);
	}
	let sql = stmts.join(`${BP}\n`);
	if (comment) sql += `\n/* ${"ü".repeat(Math.floor(comment / 2))} */\n`;
	const secs = base / 1000 + i * 61; // distinct seconds
	const d = new Date(secs * 1000);
	const stamp = d.toISOString().replace(/[-T:]/g, "").slice(0, 14);
	const name = format === "v1" ? `${stamp}_m${String(i).padStart(5, "0")}` : `${String(i).padStart(5, "0")}_m`;
	const created = format === "v1" ? secs * 1000 : base + i * 1000 + 7;
	migs.push({ name, sql, created });
}
const sel = migs.slice(0, first);
const v1out = format === "v1" && !asV0;
let text;
if (v1out) {
	text = JSON.stringify({ migrations: sel.map((m) => ({ name: m.name, sql: m.sql })) });
} else {
	text = JSON.stringify({
		version: "7", dialect: "postgresql",
		entries: sel.map((m, idx) => ({ idx, version: "7", when: m.created, tag: m.name, breakpoints: true, sql: m.sql })),
	});
}
fs.writeFileSync(opt("--out"), text);
const truth = opt("--truth");
if (truth)
	fs.writeFileSync(truth, sel.map((m) => [sha(m.sql), String(m.created), ...(v1out ? [m.name] : [])].join("\t") + "\n").join(""));

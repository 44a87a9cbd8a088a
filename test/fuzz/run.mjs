// run.mjs -- feed generated journals (gen.mjs) to every migtrack function and
// judge each answer against the oracle and against the database itself.
//
//   node test/fuzz/run.mjs --pg NODE_MODULES --from 1 --count 1000 --summary out.json [--log SERVER_LOG]
//
// Connects with the PG* environment to a UTF8 database where migtrack is
// installed.  Each case runs in one transaction that is rolled back, so cases
// are independent: the database is set up in one of a few states (empty, user
// tables only, a history holding a prefix of the journal, an older 0.x history
// under a 1.0 journal, a history with a row no migration matches), and each
// call runs behind a savepoint.  Bad outcomes:
//   crash     the connection died (a backend crash restarts the server)
//   internal  SQLSTATE class XX or 58 (elog(ERROR), internal_error, ...)
//   wrote     an ERROR, or a dry run, changed the schema or the history
//   code      an invalid journal accepted, or rejected with a code its defect
//             does not call for; a valid one rejected where it may not be
//   rows      a successful sync/migrate wrote other rows than drizzle would
//             (hash = sha256 of the text, created_at = when or Date.UTC of the
//             1.0 name, drizzle's order), or its result says otherwise
//   iso       created_at_iso differs from JavaScript's Date#toISOString()
//   idem      a second identical sync/migrate was not a no-op
import { createRequire } from "node:module";
import fs from "node:fs";
import path from "node:path";
import { genCase, rng } from "./gen.mjs";

const argv = process.argv.slice(2);
const opt = (k, d) => { const i = argv.indexOf(k); return i >= 0 ? argv[i + 1] : d; };
const FROM = Number(opt("--from", 1)), COUNT = Number(opt("--count", 100));
const SUMMARY = opt("--summary", null), SERVER_LOG = opt("--log", null);
const VERBOSE = argv.includes("--verbose");
const require = createRequire(path.join(path.resolve(opt("--pg", ".")), "noop.js"));
const pg = require("pg");

// ---------------------------------------------------------------- connection

let client;
async function connect() {
	if (client) client.end().catch(() => {});
	for (let i = 0; ; i++) {
		try {
			client = new pg.Client();
			client.on("error", () => {}); // a dying backend is reported by the query
			await client.connect();
			await client.query("SET statement_timeout = '300s'; SET client_min_messages = error");
			return;
		} catch (e) {
			if (i > 120) throw e;
			await new Promise((res) => setTimeout(res, 500)); // crash recovery
		}
	}
}
// After a backend crash the postmaster kills every backend and restarts: a
// connection made too early dies with the rest.  Wait until one survives.
async function reconnectAfterCrash() {
	for (let i = 0; i < 60; i++) {
		await new Promise((res) => setTimeout(res, 1000));
		await connect();
		await new Promise((res) => setTimeout(res, 1000));
		try { await q("SELECT 1"); return; } catch { /* killed too: again */ }
	}
	throw new Error("the server did not come back");
}
const q = (text, params) => client.query({ text, values: params, rowMode: "array" });
// a query error always carries a SQLSTATE; a lost connection does not (or says 57P0x)
const lost = (e) => !e.code || /^57P0[123]$/.test(e.code) || /^E[A-Z]+$/.test(e.code);

// ---------------------------------------------------------------- bookkeeping

const outcomes = {};
const bad = [];
let cases = 0, calls = 0, validCases = 0, writesChecked = 0, rowsChecked = 0, crashes = 0;
function count(key) { outcomes[key] = (outcomes[key] || 0) + 1; }
function report(kind, c, state, call, detail) {
	bad.push({ kind, seed: c.seed, state, call, detail: String(detail).slice(0, 600) });
	console.log(`BAD ${kind} seed=${c.seed} state=${state} call=${call}: ${String(detail).slice(0, 300)}`);
}

// ---------------------------------------------------------------- states

const NAMES = [["drizzle", "__drizzle_migrations"]];
const ODD_NAMES = [["public", "Mig Table"], ['we"ird', "ta'ble"], ["drizzle", "x".repeat(70)],
	["s".repeat(70), "m"], ["pg_catalog", "__drizzle_migrations"], ["DRIZZLE", "__Drizzle_Migrations"]];
const qi = (s) => '"' + s.replace(/"/g, '""') + '"';

const V0_DDL = (t) => `CREATE TABLE ${t} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)`;
const V1_DDL = (t) => `CREATE TABLE ${t} (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint, name text, applied_at timestamp with time zone DEFAULT now())`;

// state: {name, schema, table, k, table_format, rows: [[hash, created_at, name|null]]}
function pickStates(c, r) {
	const e = c.expect;
	const names = r.chance(0.9) ? NAMES[0] : r.pick(ODD_NAMES);
	// no table of ours can be created in pg_catalog: only the states without one
	const st = (name, extra = {}) => ({ name: names[0] === "pg_catalog" && !["fresh", "user_tables"].includes(name) ? "user_tables" : name,
		schema: names[0], table: names[1], ...extra });
	if (!e.valid) return [st("fresh"), st("foreign")];
	const n = e.migrations.length;
	const all = [st("fresh"), st("user_tables")];
	const k = r.int(0, n);
	all.push(st("prefix", { k }));
	if (e.format === "1.0") all.push(st("upgrade", { k }));
	all.push(st("foreign"));
	r.shuffle(all);
	return c.info.big ? [st("user_tables")] : all.slice(0, 2);
}

async function setup(state, c) {
	const e = c.expect;
	const t = `${qi(state.schema)}.${qi(state.table)}`;
	state.qualified = t;
	state.rows = [];
	if (state.name === "fresh") return;
	await q("CREATE TABLE public.app_users (id integer PRIMARY KEY, name text)");
	if (state.name === "user_tables") return;
	if (!(await q("SELECT to_regnamespace($1) IS NOT NULL", [qi(state.schema)])).rows[0][0]) await q(`CREATE SCHEMA ${qi(state.schema)}`);
	if (state.name === "foreign") {
		const v1 = e.valid && e.format === "1.0" && c.r.chance(0.5);
		await q(v1 ? V1_DDL(t) : V0_DDL(t));
		const row = ["0".repeat(64), "1", v1 ? "19700101000000_gone" : null];
		await q(`INSERT INTO ${t} (hash, created_at${v1 ? ", name" : ""}) VALUES ($1, $2${v1 ? ", $3" : ""})`, v1 ? row : row.slice(0, 2));
		state.rows.push(row);
		return;
	}
	const v1table = state.name === "prefix" && e.format === "1.0";
	await q(v1table ? V1_DDL(t) : V0_DDL(t));
	for (const m of e.migrations.slice(0, state.k)) {
		const row = [m.hash, m.created_at, v1table ? m.tag : null];
		// as drizzle-orm wrote them (1.0: applied_at defaults to now())
		await q(`INSERT INTO ${t} (hash, created_at${v1table ? ", name" : ""}) VALUES ($1, $2${v1table ? ", $3" : ""})`,
			v1table ? row : row.slice(0, 2));
		state.rows.push(row);
	}
}

// What drizzle would write next, from this state: rows, or refusal.
function plan(state, c) {
	const e = c.expect;
	const ms = e.migrations;
	if (state.name === "foreign") return { refuse: true, why: "unknown row" };
	if (state.name === "fresh" || state.name === "user_tables") return { rows: ms };
	const rest = ms.slice(state.k);
	if (e.format === "0.x") {
		// drizzle 0.x runs only entries newer than the newest row
		const newest = state.rows.reduce((a, r) => (BigInt(r[1]) > a ? BigInt(r[1]) : a), -1n);
		if (state.k > 0 && rest.some((m) => BigInt(m.created_at) <= newest)) return { refuse: true, why: "out of order" };
	}
	if (state.name === "upgrade") {
		// drizzle 1.0 names each old row by created_at (to the second), hash breaking ties
		const keys = ms.map((m) => `${m.created_at}/${m.hash}`);
		if (new Set(keys).size !== keys.length) return { unsure: true };
	}
	return { rows: rest };
}

// ---------------------------------------------------------------- checks

async function fingerprint(state) {
	// user relations, schemas and types, and the history; not migtrack's own schema
	const r = await q(`SELECT
		(SELECT string_agg(n.nspname || '.' || c.relname || ':' || c.relkind::text, ',' ORDER BY n.nspname, c.relname)
		   FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
		  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'migtrack') AND n.nspname !~ '^pg_(toast|temp)'),
		(SELECT string_agg(nspname, ',' ORDER BY nspname) FROM pg_namespace WHERE nspname <> 'migtrack'),
		(SELECT string_agg(n.nspname || '.' || t.typname, ',' ORDER BY n.nspname, t.typname) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
		  WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'migtrack') AND n.nspname !~ '^pg_(toast|temp)'),
		to_regclass($1) IS NOT NULL`, [state.qualified]);
	let rows = "";
	if (r.rows[0][3]) rows = JSON.stringify((await q(`SELECT to_jsonb(t)::text AS r FROM ${state.qualified} t ORDER BY r`)).rows);
	return JSON.stringify(r.rows[0].slice(0, 3)) + rows;
}

function fpDiff(a, b) {
	let i = 0;
	while (i < a.length && a[i] === b[i]) i++;
	return `before …${a.slice(Math.max(0, i - 40), i + 80)}… after …${b.slice(Math.max(0, i - 40), i + 80)}…`;
}

async function historyRows(state) {
	const ex = await q("SELECT to_regclass($1) IS NOT NULL", [state.qualified]);
	if (!ex.rows[0][0]) return null;
	const hasName = (await q(`SELECT EXISTS (SELECT FROM pg_attribute WHERE attrelid = $1::regclass AND attname = 'name' AND NOT attisdropped)`, [state.qualified])).rows[0][0];
	const r = await q(`SELECT hash, created_at::text, ${hasName ? "name, applied_at IS NULL" : "NULL, NULL"} FROM ${state.qualified} ORDER BY id`);
	return { hasName, rows: r.rows };
}

const rowKey = (h, c, n) => `${h}|${c}|${n ?? ""}`;

// the history after a successful write, as drizzle would leave it
function expectedHistory(state, c, written) {
	const e = c.expect;
	const v1 = e.format === "1.0";
	const before = state.rows.map(([h, ca, n]) => {
		if (state.name === "upgrade") {
			const m = e.migrations.find((x) => x.hash === h && x.created_at === ca);
			return rowKey(h, ca, m ? m.tag : "?");
		}
		return rowKey(h, ca, v1 ? n : null);
	});
	return before.concat(written.map((m) => rowKey(m.hash, m.created_at, v1 ? m.tag : null)));
}

async function checkWrite(c, state, call, res, p, mustTables) {
	const e = c.expect;
	const doc = JSON.parse(res.rows[0][0]);
	const n = doc.inserted ?? doc.applied;
	if (p.unsure) return;
	if (p.refuse) { report("code", c, state.name, call, `succeeded where drizzle's history forbids it (${p.why}): ${res.rows[0][0].slice(0, 200)}`); return; }
	const want = p.rows;
	rowsChecked++;
	// the result document lists drizzle's rows
	const got = (doc.rows || []).map((r) => `${r.tag}|${r.hash}|${r.created_at}`);
	const exp = want.map((m) => `${m.tag}|${m.hash}|${m.created_at}`);
	if (JSON.stringify(got) !== JSON.stringify(exp)) report("rows", c, state.name, call, `result rows ${JSON.stringify(got).slice(0, 250)} != ${JSON.stringify(exp).slice(0, 250)}`);
	if (n !== (doc.dry_run ? 0 : want.length)) report("rows", c, state.name, call, `count ${n}, want ${want.length}`);
	if (doc.dry_run) return;
	// a migration whose own SQL touches the history (hostile cases) leaves what it leaves
	if (mustTables !== false && want.some((m) => /drizzle|search_path|RESET ALL|SET ROLE/i.test(m.sql || ""))) return;
	const h = await historyRows(state);
	const actual = h ? h.rows.map(([hh, ca, nn]) => rowKey(hh, ca, nn)) : [];
	const expect = h || want.length ? expectedHistory(state, c, want) : [];
	if (JSON.stringify(actual) !== JSON.stringify(expect))
		report("rows", c, state.name, call, `history ${JSON.stringify(actual).slice(0, 300)} != ${JSON.stringify(expect).slice(0, 300)}`);
	if (h && e.format === "1.0" && !h.hasName && (want.length || state.rows.length)) report("rows", c, state.name, call, "1.0 journal but the table has no name column");
	if (h && state.name === "upgrade") {
		// drizzle 1.0's upgrade sets applied_at NULL on the old rows only
		const nulls = h.rows.map((r) => r[3]);
		const wantNulls = h.rows.map((_, i) => i < state.rows.length);
		if (JSON.stringify(nulls) !== JSON.stringify(wantNulls)) report("rows", c, state.name, call, `applied_at nulls ${nulls} != ${wantNulls}`);
	}
	for (const t of mustTables ? want.flatMap((m) => [...(m.sql || "").matchAll(/CREATE TABLE IF NOT EXISTS "(fz_[^"]+)"/g)].map((x) => x[1])) : []) {
		const ex = (await q("SELECT to_regclass($1) IS NOT NULL", [`public.${qi(t)}`])).rows[0][0];
		if (!ex) report("rows", c, state.name, call, `table ${t} of an applied migration does not exist`);
	}
}

function checkStatus(c, state, doc) {
	const e = c.expect;
	const got = (doc.migrations || []).map((m) => `${m.tag}|${m.hash}|${m.created_at}`);
	const exp = e.migrations.map((m) => `${m.tag}|${m.hash}|${m.created_at}`);
	rowsChecked++;
	if (JSON.stringify(got) !== JSON.stringify(exp))
		report("rows", c, state.name, "status", `migrations ${JSON.stringify(got).slice(0, 250)} != ${JSON.stringify(exp).slice(0, 250)}`);
	for (const m of doc.migrations || []) {
		const ms = Number(m.created_at);
		if (Math.abs(ms) > 8.64e15) continue; // no JavaScript Date
		const js = new Date(ms).toISOString();
		if (m.created_at_iso !== js) { report("iso", c, state.name, "status", `${m.created_at}: ${m.created_at_iso} != ${js}`); break; }
	}
	if (doc.journal_format !== undefined && doc.journal_format !== e.format)
		report("rows", c, state.name, "status", `journal_format ${doc.journal_format} != ${e.format}`);
}

// ---------------------------------------------------------------- calls

function callsFor(c, state, r) {
	const e = c.expect;
	const J = c.text, S = state.schema, T = state.table;
	const sync = (o) => ({
		sql: "SELECT migtrack_sync($1::jsonb, $2, $3, dry_run => $4, up_to => $5, accept => $6::text[], force => $7, apply_absent => $8)::text",
		params: [J, S, T, o.dry ?? false, o.up_to ?? null, o.accept ?? null, o.force ?? false, o.absent ?? false],
	});
	const list = [
		{ name: "status", sql: "SELECT migtrack_status($1::jsonb, $2, $3)::text", params: [J, S, T] },
		{ name: "migrations", sql: "SELECT count(*)::int, count(*) FILTER (WHERE status = 'unknown_row')::int FROM migtrack_migrations($1::jsonb, $2, $3)", params: [J, S, T] },
		{ name: "check", sql: "SELECT migtrack_check($1::jsonb, $2, $3)::text", params: [J, S, T] },
		{ name: "sync_dry", ...sync({ dry: true }) },
		{ name: "sync", ...sync({}), write: true },
		{ name: "sync_force", ...sync({ force: true }), write: true },
		{ name: "migrate_dry", sql: "SELECT migtrack_migrate($1::jsonb, $2, $3, dry_run => true)::text", params: [J, S, T] },
		{ name: "migrate", sql: "SELECT migtrack_migrate($1::jsonb, $2, $3)::text", params: [J, S, T], write: true },
	];
	if (!e.valid) return c.info.big ? list.filter((x) => ["status", "sync", "migrate"].includes(x.name)) : list;
	if (c.info.big) return list.filter((x) => ["status", "check", "sync_dry", "sync_force"].includes(x.name));
	list.push({ name: "sync_absent", ...sync({ absent: true }), write: true });
	// arguments: up_to and accept naming journal tags, or not
	const tags = e.migrations.map((m) => m.tag);
	if (tags.length && r.chance(0.5)) {
		const upTo = r.chance(0.8) ? r.pick(tags) : r.pick(["", "nope", "0000", tags[0] + " "]);
		list.push({ name: "sync_up_to", ...sync({ up_to: upTo, force: true }), write: true, upTo });
	}
	if (r.chance(0.4)) {
		const acc = tags.filter(() => r.chance(0.5));
		if (r.chance(0.2)) acc.push(r.pick(["nope", "", null]));
		list.push({ name: "sync_accept", ...sync({ accept: acc }), write: true, accept: acc });
	}
	return list;
}

// ---------------------------------------------------------------- main

const defaultNames = (state) => state.schema === "drizzle" && state.table === "__drizzle_migrations";

async function runCall(c, state, call) {
	calls++;
	await q("SAVEPOINT fz");
	const fp0 = await fingerprint(state);
	let res, err;
	const t0 = Date.now();
	try { res = await q(call.sql, call.params); } catch (e) { err = e; }
	if (VERBOSE) console.log(`  seed=${c.seed} ${state.name} [${state.schema}.${state.table}] ${call.name}: ${err ? err.code + " " + err.message.slice(0, 120) : "ok"} ${Date.now() - t0}ms`);
	if (err && lost(err)) {
		crashes++;
		report("crash", c, state.name, call.name, `${err.code || ""} ${err.message}`);
		await reconnectAfterCrash();
		return "crash";
	}
	const e = c.expect;
	if (err) {
		const cls = err.code.slice(0, 2);
		count(`${call.name}:${err.code}`);
		await q("ROLLBACK TO SAVEPOINT fz");
		writesChecked++;
		const fp1 = await fingerprint(state);
		if (fp1 !== fp0) report("wrote", c, state.name, call.name, `${err.code} but the database changed: ${fpDiff(fp0, fp1)}`);
		if (cls === "XX" || cls === "58") report("internal", c, state.name, call.name, `${err.code} ${err.message} [${err.where || ""}] ${err.file || ""}:${err.line || ""}`);
		else if (!e.valid) {
			if (!e.codes.includes(err.code)) report("code", c, state.name, call.name, `${err.code} ${err.message}; the defects call for ${e.codes.join("/")} (${e.why.join(", ")})`);
		} else if (call.name === "status" || call.name === "migrations") {
			report("code", c, state.name, call.name, `valid journal refused: ${err.code} ${err.message}`);
		} else if ((call.name.startsWith("migrate") || call.name === "sync_absent") && err.code !== "55000") {
			// the migrations' own SQL may fail any way it likes, but not a sane one on an empty database
			if (c.info.mustMigrate && state.name === "fresh" && defaultNames(state)) report("code", c, state.name, call.name, `${err.code} ${err.message}`);
		} else if (call.upTo !== undefined && err.code === "22023" && !e.migrations.some((m) => m.tag === call.upTo)) {
			// up_to names no migration
		} else if (call.accept && err.code === "22023" && call.accept.some((a) => a !== null && !e.migrations.some((m) => m.tag === a))) {
			// accept names no migration
		} else if (err.code !== "55000" && !(err.code === "42501" && state.schema === "pg_catalog")) {
			report("code", c, state.name, call.name, `valid journal: ${err.code} ${err.message}`);
		} else {
			// a refusal where drizzle's rules say the write is fine?
			const p = plan(state, c);
			const defaults = defaultNames(state);
			if (call.name === "sync_force" && defaults && !p.refuse && !p.unsure &&
				(state.name !== "fresh" || e.migrations.length === 0))
				report("code", c, state.name, call.name, `forced sync refused: ${err.message}`);
			if (call.name === "sync_absent" && defaults && c.info.sane && state.name === "user_tables")
				report("code", c, state.name, call.name, `apply_absent of sane migrations refused: ${err.message}`);
			if (call.name === "migrate" && c.info.mustMigrate && state.name === "fresh" && defaults)
				report("code", c, state.name, call.name, `migrate refused on an empty database: ${err.message}`);
		}
		return "error";
	}
	count(`${call.name}:ok`);
	if (!e.valid) {
		report("code", c, state.name, call.name, `invalid journal accepted (${e.why.join(", ")})`);
	} else if (call.name === "status") {
		checkStatus(c, state, JSON.parse(res.rows[0][0]));
	} else if (call.name === "migrations") {
		const [n, unknown] = res.rows[0];
		if (n - unknown !== e.migrations.length) report("rows", c, state.name, call.name, `${n - unknown} rows for ${e.migrations.length} migrations`);
	} else if (call.name === "sync_dry" || call.name === "migrate_dry" || call.name === "check") {
		const fp1 = await fingerprint(state);
		writesChecked++;
		if (fp1 !== fp0) report("wrote", c, state.name, call.name, `a read-only call changed the database: ${fpDiff(fp0, fp1)}`);
		if (call.name !== "check") await checkWrite(c, state, call.name, res, plan(state, c), false);
	} else if (call.write) {
		let p = plan(state, c);
		if (call.upTo !== undefined && p.rows) {
			// up_to: the prefix of the pending list through that tag
			const i = p.rows.findIndex((m) => m.tag === call.upTo);
			p = i >= 0 ? { rows: p.rows.slice(0, i + 1) } : e.migrations.findIndex((m) => m.tag === call.upTo) < 0 ? { refuse: true, why: "up_to names nothing" } : { rows: [] };
		}
		await checkWrite(c, state, call.name, res, p, call.name === "migrate" || call.name === "sync_absent");
		// again: nothing more to do (unless the migrations' own SQL changed the history)
		if ((call.name === "migrate" || call.name === "sync_absent") && !c.info.sane) { await q("ROLLBACK TO SAVEPOINT fz"); return "ok"; }
		const fp1 = await fingerprint(state);
		let again, aerr;
		try { again = await q(call.sql, call.params); } catch (x) { aerr = x; }
		if (aerr && lost(aerr)) { crashes++; report("crash", c, state.name, call.name + "_again", aerr.message); await reconnectAfterCrash(); return "crash"; }
		if (aerr) {
			if (aerr.code.startsWith("XX")) report("internal", c, state.name, call.name + "_again", `${aerr.code} ${aerr.message}`);
			else if (!(call.name === "migrate" || call.name === "sync_absent") || aerr.code === "55000")
				report("idem", c, state.name, call.name, `second call failed: ${aerr.code} ${aerr.message}`);
		} else {
			const d = JSON.parse(again.rows[0][0]);
			if ((d.inserted ?? d.applied) !== 0) report("idem", c, state.name, call.name, `second call wrote ${d.inserted ?? d.applied}`);
			else if ((await fingerprint(state)) !== fp1) report("idem", c, state.name, call.name, "second call changed the database");
		}
	}
	await q("ROLLBACK TO SAVEPOINT fz");
	return "ok";
}

async function runCase(seed) {
	const c = genCase(seed);
	const r = rng(seed ^ 0x5bd1e995);
	cases++;
	if (c.expect.valid) validCases++;
	for (const state of pickStates(c, r)) {
		await q("BEGIN");
		let crashed = false;
		try {
			await setup(state, c);
			for (const call of callsFor(c, state, r)) {
				if ((await runCall(c, state, call)) === "crash") { crashed = true; break; }
			}
		} catch (e) {
			if (lost(e)) { crashes++; report("crash", c, state.name, "setup", e.message); await reconnectAfterCrash(); crashed = true; }
			else report("harness", c, state.name, "-", `${e.code || ""} ${e.stack}`);
		}
		if (!crashed) await q("ROLLBACK").catch(() => {});
	}
}

await connect();
const logStart = SERVER_LOG && fs.existsSync(SERVER_LOG) ? fs.statSync(SERVER_LOG).size : 0;
const t0 = Date.now();
for (let s = FROM; s < FROM + COUNT; s++) {
	await runCase(s);
	if ((s - FROM + 1) % 100 === 0) console.log(`# ${s - FROM + 1} cases, ${calls} calls, ${bad.length} bad, ${((Date.now() - t0) / 1000).toFixed(0)}s`);
}
await client.end();

let signals = [];
if (SERVER_LOG && fs.existsSync(SERVER_LOG)) {
	const fd = fs.openSync(SERVER_LOG, "r");
	const size = fs.statSync(SERVER_LOG).size;
	const buf = Buffer.alloc(size - logStart);
	fs.readSync(fd, buf, 0, buf.length, logStart);
	signals = buf.toString("utf8").split("\n").filter((l) => /terminated by signal|was terminated by exception|PANIC/.test(l));
}
const byKind = {};
for (const b of bad) byKind[b.kind] = (byKind[b.kind] || 0) + 1;
const summary = {
	seeds: [FROM, FROM + COUNT - 1], cases, valid_cases: validCases, calls, crashes,
	writes_checked: writesChecked, rows_checked: rowsChecked, server_log_signals: signals,
	bad: bad.length, bad_by_kind: byKind, outcomes, seconds: (Date.now() - t0) / 1000, bad_cases: bad.slice(0, 200),
};
if (SUMMARY) fs.writeFileSync(SUMMARY, JSON.stringify(summary, null, 1));
console.log(`# ${cases} cases (${validCases} valid), ${calls} calls, ${rowsChecked} results checked against drizzle's rows, ${writesChecked} error/read-only paths checked for writes, ${bad.length} bad, ${crashes} crashes, ${signals.length} signal lines in the server log, ${summary.seconds}s`);
process.exit(bad.length || signals.length ? 1 : 0);

// gen.mjs -- malformed and hostile journals for migtrack, one per seed.
//
// genCase(seed) builds a journal as a small JSON tree (so that it can carry
// what JSON.parse would lose: duplicate keys, number spellings such as 1.0e3
// or 9007199254740993) and serialises it; oracle() then says, from the README
// and Drizzle's own rules (not from migtrack's code), what every call must
// do with it: reject it with one of a set of SQLSTATEs, or accept it as the
// listed migrations in drizzle's order with drizzle's hash and created_at.
//
//   node test/fuzz/gen.mjs SEED          # print case SEED's journal
//   node test/fuzz/gen.mjs SEED --info   # and what the oracle expects
import { createHash } from "node:crypto";

// ---------------------------------------------------------------- PRNG

// sfc32 seeded through splitmix32: the same seed gives the same case on any
// machine and Node version.
export function rng(seed) {
	let s = seed >>> 0;
	const split = () => {
		s = (s + 0x9e3779b9) >>> 0;
		let z = s;
		z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
		z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
		return (z ^ (z >>> 16)) >>> 0;
	};
	let a = split(), b = split(), c = split(), d = split();
	const next = () => {
		const t = (((a + b) >>> 0) + d) >>> 0;
		d = (d + 1) >>> 0;
		a = b ^ (b >>> 9);
		b = (c + (c << 3)) >>> 0;
		c = (c << 21) | (c >>> 11);
		c = (c + t) >>> 0;
		return t / 4294967296;
	};
	const r = {
		f: next,
		int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)), // inclusive
		chance: (p) => next() < p,
		pick: (xs) => xs[Math.floor(next() * xs.length)],
		shuffle: (xs) => {
			for (let i = xs.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				[xs[i], xs[j]] = [xs[j], xs[i]];
			}
			return xs;
		},
	};
	return r;
}

// ---------------------------------------------------------------- JSON tree

// Obj keeps its members as [key, value] pairs, duplicates allowed (jsonb
// keeps the last); Num is a number as spelled in the text.
export class Obj {
	constructor(pairs = []) { this.pairs = pairs; }
	get(k) {
		let v;
		for (const [pk, pv] of this.pairs) if (pk === k) v = pv;
		return v;
	}
	has(k) { return this.pairs.some(([pk]) => pk === k); }
	set(k, v) { this.pairs = this.pairs.filter(([pk]) => pk !== k); this.pairs.push([k, v]); return this; }
	del(k) { this.pairs = this.pairs.filter(([pk]) => pk !== k); return this; }
}
export class Num { constructor(text) { this.text = String(text); } }

function strText(s, escapeAll) {
	if (!escapeAll) return JSON.stringify(s);
	// the same string, spelled with \u escapes (surrogate pairs for astral)
	let out = '"';
	for (const ch of s) {
		const cp = ch.codePointAt(0);
		if (cp < 0x20 || cp > 0x7e || ch === '"' || ch === "\\") {
			for (let i = 0; i < ch.length; i++)
				out += "\\u" + ch.charCodeAt(i).toString(16).padStart(4, "0");
		} else out += ch;
	}
	return out + '"';
}

export function serialize(v, opts = {}) {
	const parts = [];
	const walk = (x) => {
		if (x instanceof Obj) {
			parts.push("{");
			x.pairs.forEach(([k, val], i) => {
				if (i) parts.push(",");
				parts.push(strText(k, false), ":");
				walk(val);
			});
			parts.push("}");
		} else if (Array.isArray(x)) {
			parts.push("[");
			x.forEach((val, i) => { if (i) parts.push(","); walk(val); });
			parts.push("]");
		} else if (x instanceof Num) parts.push(x.text);
		else if (typeof x === "string") parts.push(strText(x, opts.escape && x.length < 4096));
		else if (x === undefined) parts.push("null");
		else parts.push(JSON.stringify(x));
	};
	walk(v);
	return parts.join("");
}

// ---------------------------------------------------------------- content

export const sha256 = (s) => createHash("sha256").update(s, "utf8").digest("hex");
const BP = "--> statement-breakpoint";

// Characters that are odd but valid: no NUL (jsonb cannot hold it), no lone
// surrogates (not text).
function oddString(r, len) {
	const pools = [
		() => String.fromCharCode(r.int(0x20, 0x7e)),
		() => r.pick(["\n", "\r\n", "\t", " ", "\u00a0", "\u2028", "\ufeff"]),
		() => String.fromCodePoint(r.int(0xa0, 0x7ff)),
		() => String.fromCodePoint(r.int(0x800, 0xd7ff)),
		() => String.fromCodePoint(r.int(0x10000, 0x10ffff)),
		() => r.pick(["'", '"', "\\", "%s", "%n", "%%", "$$", "E'", ";", "--", "/*", "*/", BP, "\u0001", "\u001f", "\ufffd"]),
	];
	let s = "";
	while (s.length < len) s += r.pick(pools)();
	return s;
}

// SQL that runs on an empty database and creates only its own objects.
function saneSql(r, name, tables) {
	const stmts = [];
	const t = `fz_${name}`;
	tables.push(t);
	const cols = [`"id" serial PRIMARY KEY`, `"name" text NOT NULL`];
	for (let i = 0, n = r.int(0, 4); i < n; i++)
		cols.push(`"c${i}" ${r.pick(["integer", "varchar(20)", "boolean DEFAULT false", "timestamp with time zone DEFAULT now()", "jsonb", "numeric(10, 2)", "text[]"])}`);
	stmts.push(`CREATE TABLE IF NOT EXISTS "${t}" (\n\t${cols.join(",\n\t")}\n);\n`);
	if (r.chance(0.4)) stmts.push(`\nCREATE INDEX IF NOT EXISTS "${t}_name_idx" ON "${t}" USING btree ("name");`);
	if (r.chance(0.3)) stmts.push(`\nCREATE TYPE "public"."${t}_e" AS ENUM('a', 'b', '${"é".repeat(r.int(1, 3))}');`);
	if (r.chance(0.3)) stmts.push(`\nINSERT INTO "${t}" ("name") VALUES ('${oddString(r, r.int(0, 20)).replace(/'/g, "''").replace(/--> statement-breakpoint/g, "")}');`);
	if (r.chance(0.2)) stmts.push(`\nCOMMENT ON TABLE "${t}" IS 'fuzz';`);
	return stmts.join(r.pick([BP, `${BP}\n`, `\n${BP}\n`]));
}

// Statements that try to break the caller: transaction control, COPY, the
// tracking table itself, the session.  Any ERROR they cause must be a clean one.
const HOSTILE = [
	"COMMIT", "ROLLBACK", "BEGIN", "SAVEPOINT s1", "RELEASE SAVEPOINT s1", "START TRANSACTION",
	"COPY pg_class TO STDOUT", "COPY \"fz_x\" FROM STDIN",
	"DROP SCHEMA IF EXISTS drizzle CASCADE", "TRUNCATE drizzle.__drizzle_migrations",
	"DROP TABLE IF EXISTS drizzle.__drizzle_migrations",
	"ALTER TABLE drizzle.__drizzle_migrations DROP COLUMN hash",
	"ALTER TABLE drizzle.__drizzle_migrations RENAME TO x",
	"DELETE FROM drizzle.__drizzle_migrations",
	"INSERT INTO drizzle.__drizzle_migrations (hash, created_at) VALUES ('x', 1)",
	"CREATE RULE r AS ON INSERT TO drizzle.__drizzle_migrations DO INSTEAD NOTHING",
	"SET search_path = nowhere", "SET ROLE NONE", "RESET ALL", "SET LOCAL statement_timeout = 1",
	"SELECT 1/0", "DO $$ BEGIN RAISE EXCEPTION 'boom'; END $$", "SELECT pg_sleep(0)",
	"VACUUM", "CREATE INDEX CONCURRENTLY i ON pg_class (oid)", "LISTEN x", "NOTIFY x",
	"PREPARE p AS SELECT 1", "DECLARE c CURSOR FOR SELECT 1", "FETCH c", "DISCARD ALL",
	"SELECT migtrack_sync('{\"entries\": []}')", "SELECT migtrack_migrate('{\"migrations\": []}')",
	"CREATE TEMP TABLE tt (i int)", "LOCK TABLE pg_class IN ACCESS SHARE MODE",
	"CREATE TABLE drizzle.__drizzle_migrations (id serial, hash text, created_at bigint)",
	"CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$",
	"SELECT set_config('search_path', '', true)", "CHECKPOINT", "ANALYZE",
	"CREATE TABLE t (a int(5))", "CREATE TABLE t (a varchar(-1))", "CREATE TABLE t (a a.b.c.d)",
	"ALTER TABLE public.app_users ALTER COLUMN name TYPE int(5)",
	"ALTER TABLE public.app_users ALTER COLUMN name TYPE varchar(0)",
	"ALTER TABLE public.app_users ALTER COLUMN name TYPE x.y.z.w",
	"ALTER TABLE public.app_users ALTER COLUMN name TYPE otherdb.public.t",
	"ALTER TABLE public.app_users ALTER COLUMN name TYPE numeric(2000)",
	"ALTER TABLE public.app_users ALTER COLUMN name TYPE char(a)",
	"ALTER TABLE public.app_users ALTER COLUMN name TYPE text COLLATE \"nope\"",
];

function garbageSql(r) {
	const words = ["CREATE", "TABLE", "ALTER", "DROP", "INDEX", "(", ")", ",", ";", "\"", "'", "$$", "--", "/*",
		"*/", "SELECT", "ON", "CASCADE", "x", "\"public\"", ".", "TYPE", "ENUM", "int", "DEFAULT", BP, "\n"];
	const n = r.int(1, 40);
	let s = "";
	for (let i = 0; i < n; i++) s += r.pick(words) + r.pick([" ", "", "\n"]);
	return s;
}

function deep(r, depth) {
	let v = r.pick([1, "x", null, true]);
	for (let i = 0; i < depth; i++) v = r.chance(0.5) ? [v] : new Obj([["k", v]]);
	return v;
}

// ---------------------------------------------------------------- valid journals

const MAX_SAFE = 9007199254740991n;

function whenText(r, v) {
	// v: a BigInt; spelled as drizzle-kit would, or in an odd but equal way
	const s = v.toString();
	switch (r.int(0, 9)) {
		case 0: return s + ".0";
		case 1: return s + "." + "0".repeat(r.int(1, 30));
		case 2: {
			// d.ddd e+N
			const t = s.replace(/0+$/, "") || "0";
			const zeros = s.length - t.length;
			return t.length > 1 ? `${t[0]}.${t.slice(1)}e${t.length - 1 + zeros}` : `${t}E+${zeros}`;
		}
		case 3: return s === "0" ? "0e-1" : s + "0e-1";
		default: return s;
	}
}

function v1Name(r, i, base) {
	let digits;
	switch (r.int(0, 12)) {
		case 0: digits = Array.from({ length: 14 }, () => r.int(0, 9)).join(""); break; // any digits: Date.UTC normalises
		case 1: digits = "0000" + "0101000000"; break;
		case 2: digits = "0099" + "1231235959"; break;
		case 3: digits = base; break; // same second as another migration
		default: {
			const d = new Date(Date.UTC(2020, 0, 1) + (r.int(0, 200000000) * 1000));
			digits = d.toISOString().replace(/[-T:]/g, "").slice(0, 14);
		}
	}
	const suffix = r.chance(0.8)
		? `${r.pick(["init", "users", "Posts", "add_col", "x", "_", "-a", "A_b", "z9"])}${r.chance(0.3) ? i : ""}`
		: oddString(r, r.int(0, 12));
	return r.chance(0.05) ? digits : `${digits}_${suffix}`;
}

function content(r, el, flavor, name, tables, bigLen, info) {
	let sql;
	switch (flavor) {
		case "sane": sql = saneSql(r, name, tables); break;
		case "empty": sql = ""; break;
		case "blank": sql = r.pick([" ", "\n", "\r\n\r\n", "\t \n", BP, `${BP}${BP}`, `\n${BP}\n`, "\ufeff"]); break;
		case "comment": sql = `-- ${oddString(r, r.int(0, 60)).replace(/[\r\n\u2028]/g, " ")}\n/* ${oddString(r, 10).replace(/\*\//g, "")} */`; break;
		case "odd": sql = oddString(r, r.int(1, 200)); break;
		case "garbage": sql = garbageSql(r); break;
		case "hostile": sql = r.pick(HOSTILE) + r.pick(["", ";", ";\n"]); break;
		case "dml": sql = `INSERT INTO public.app_users (id, name) VALUES (${r.int(1, 1e6)}, 'x') ON CONFLICT DO NOTHING;`; break;
		case "big": {
			// ~bigLen characters: a sane migration padded with a huge comment
			sql = saneSql(r, name, tables) + "\n-- " + "x".repeat(bigLen) + "\n";
			break;
		}
	}
	const mode = r.int(0, 19);
	if (mode === 0) {
		// only the hash, in any case
		const h = sha256(sql);
		info.hashOnly = true;
		el.set("hash", r.chance(0.5) ? h.toUpperCase() : h);
		return { sql: null, hash: h };
	}
	el.set("sql", sql);
	if (mode === 1) el.set("hash", r.chance(0.5) ? sha256(sql).toUpperCase() : sha256(sql));
	return { sql, hash: sha256(sql) };
}

function validJournal(r, seed, info) {
	const v1 = r.chance(0.4);
	const bigCase = info.big;
	let n = r.pick([0, 1, 1, 2, 3, 3, 4, 5, 6, 8]);
	if (r.chance(0.03)) n = r.int(50, 300);
	if (bigCase && n === 0) n = 1;
	const saneOnly = r.chance(0.45);
	const flavors = ["sane", "sane", "sane", "empty", "blank", "comment", "odd", "garbage", "hostile", "hostile", "dml"];
	const els = [];
	let when = BigInt(r.pick([1700000000000, 1, 0, 1795549100297, 4102444800000]));
	const baseDigits = "20240101120000";
	info.tables = [];
	for (let i = 0; i < n; i++) {
		const el = new Obj();
		const name = `${seed}_${i}`;
		if (v1) {
			el.set("name", v1Name(r, i, baseDigits));
		} else {
			el.set("idx", r.chance(0.9) ? i : r.pick([-1, "x", null, 1e9]));
			el.set("version", "7");
			switch (r.int(0, 11)) {
				case 0: break; // equal to the previous one
				case 1: when = r.chance(0.5) ? when - BigInt(r.int(0, 5000)) : 0n; if (when < 0n) when = 0n; break;
				case 2: when = MAX_SAFE - BigInt(r.int(0, 3)); break;
				default: when += BigInt(r.int(1, 100000));
			}
			if (when > MAX_SAFE) when = MAX_SAFE;
			el.set("when", new Num(whenText(r, when)));
			el.set("tag", r.chance(0.85) ? `${String(i).padStart(4, "0")}_${r.pick(["init", "users", "x", "add_col", "seed_admin"])}`
				: r.chance(0.5) ? oddString(r, r.int(1, 40)) : "t".repeat(r.int(1000, 20000)));
			el.set("breakpoints", r.chance(0.9) ? true : r.pick([false, "yes", null, 0]));
		}
		const flavor = bigCase && i === 0 ? "big" : saneOnly ? "sane" : r.pick(flavors);
		content(r, el, flavor, name, info.tables, bigCase ? info.bigLen : 0, info);
		if (r.chance(0.08)) el.set(r.pick(["extra", "snapshot", "", "sql ", "SQL", "Hash"]), r.chance(0.3) ? deep(r, r.int(1, 200)) : oddString(r, 5));
		if (r.chance(0.05)) r.shuffle(el.pairs);
		els.push(el);
	}
	// drizzle-kit 1.0 folders come in any order; drizzle sorts them
	if (v1) r.shuffle(els);
	// every migration sane, and given as SQL (a hash alone cannot be applied)
	info.sane = saneOnly && !info.hashOnly;
	const root = new Obj();
	if (v1) {
		root.set("migrations", els);
	} else {
		root.set("version", "7");
		if (r.chance(0.9)) root.set("dialect", "postgresql");
		root.set("entries", els);
	}
	if (r.chance(0.08)) root.set(r.pick(["extra", "meta", "_journal"]), r.chance(0.5) ? deep(r, r.int(1, 500)) : [1, 2, 3]);
	return root;
}

// ---------------------------------------------------------------- mutations

const WRONG = () => [7, "x", "", null, true, false, [], [1], new Obj(), new Obj([["a", 1]]), new Num("1.5")];

function mutate(r, root) {
	const listKey = root.has("entries") ? "entries" : "migrations";
	const list = root.get(listKey);
	const els = Array.isArray(list) ? list : [];
	const el = els.length ? r.pick(els) : null;
	const idKey = listKey === "entries" ? "tag" : "name";
	const ops = [
		() => r.pick([[], [root], "journal", new Num("42"), null, true]), // root not an object
		() => { root.del("entries").del("migrations"); },
		() => { root.set(listKey === "entries" ? "migrations" : "entries", []); },
		() => { root.set(listKey, r.pick([new Obj(), "[]", new Num("3"), null, true])); },
		() => { els.splice(r.int(0, els.length), 0, r.pick([1, "x", null, [], true, [new Obj()]])); },
		() => el && el.del(idKey),
		() => el && el.set(idKey, r.pick(WRONG().filter((w) => typeof w !== "string"))),
		() => el && el.set(idKey, ""),
		() => el && listKey === "entries" && el.del("when"),
		() => el && listKey === "entries" && el.set("when", r.pick(["1700000000000", null, true, [], new Obj(), "", [1700000000000]])),
		() => el && listKey === "entries" && el.set("when", new Num(r.pick(["1.5", "1700000000000.1", "1e-3", "0.00000000000000000001", "17e-1", "1.0000000000000000000001"]))),
		() => el && listKey === "entries" && el.set("when", new Num(r.pick(["-1", "-1700000000000", "-1.0e3", "-9007199254740992"]))),
		() => el && listKey === "entries" && el.set("when", new Num(r.pick(["9007199254740992", "9007199254740993", "1e20", "1e400", "99999999999999999", "1.5e30", "18446744073709551616", "1" + "0".repeat(1000)]))),
		() => el && listKey === "migrations" && el.set("name", r.pick(["init", "2024010112000_x", "2024-01-01-12_x", "abc_20240101120000", " 20240101120000_x", "２０２４０１０１１２００００_x", "+2024010112000_x", "2024010112000\u0661_x"])),
		() => el && el.del("sql").del("hash"),
		() => el && el.set("sql", r.pick(WRONG().filter((w) => typeof w !== "string"))),
		() => el && el.set("hash", r.pick(WRONG().filter((w) => typeof w !== "string"))),
		() => el && el.set("hash", r.pick(["", "0".repeat(63), "0".repeat(65), "g".repeat(64), "é".repeat(32), " " + "a".repeat(63), "0x" + "a".repeat(62), "a".repeat(64) + "\n"])),
		() => el && el.has("sql") && typeof el.get("sql") === "string" && el.set("hash", sha256(el.get("sql") + " ")),
		() => { if (els.length) { const c = new Obj(el.pairs.map(([k, v]) => [k, v])); els.push(c); } },
		() => { if (listKey === "entries") root.set("dialect", r.pick(["mysql", "sqlite", "PostgreSQL", "", 7, null, ["postgresql"]])); },
		() => { // mixed formats inside one list
			if (!el) return;
			if (listKey === "entries") { el.del("tag"); el.set("name", "20240101120000_x"); }
			else { el.del("name"); el.set("tag", "0000_x"); el.set("when", new Num("1")); }
		},
	];
	let out = root;
	for (let k = 0, n = r.chance(0.8) ? 1 : 2; k < n; k++) {
		const res = r.pick(ops)();
		if (res !== undefined && res !== null && typeof res !== "boolean" && !(res instanceof Obj && res === el) && out === root) {
			// only the root replacement returns a value
			if (!(res instanceof Obj) || res !== root) out = res;
		}
		if (res === null && ops.indexOf !== undefined) { /* root replaced by null handled above */ }
	}
	return out;
}

// ---------------------------------------------------------------- the oracle

// Decimal text -> { neg, int: BigInt|null (null: not a whole number) }
function decimal(text) {
	const m = /^(-?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/.exec(text);
	if (!m) throw new Error("bad number " + text);
	let digits = m[2] + (m[3] || "");
	let exp = (m[4] ? parseInt(m[4], 10) : 0) - (m[3] || "").length;
	digits = digits.replace(/^0+(?=\d)/, "");
	const zero = /^0+$/.test(digits);
	if (exp < 0) {
		const cut = digits.length + exp;
		const frac = cut >= 0 ? digits.slice(cut) : digits;
		if (!/^0*$/.test(frac)) return { neg: m[1] === "-" && !zero, int: null };
		digits = cut > 0 ? digits.slice(0, cut) : "0";
		exp = 0;
	}
	if (zero) return { neg: false, int: 0n };
	if (exp > 400) return { neg: m[1] === "-", int: 10n ** 400n }; // beyond any range here
	return { neg: m[1] === "-", int: BigInt(digits) * 10n ** BigInt(exp) };
}

const typeOf = (v) => v instanceof Obj ? "object" : Array.isArray(v) ? "array" : v instanceof Num ? "number"
	: v === null || v === undefined ? "null" : typeof v;

class Reject extends Error { constructor(codes, why) { super(why); this.codes = codes; } }

// What drizzle would do with this journal, or which SQLSTATEs may reject it.
// Every defect found is collected: migtrack reports the first one in its own
// order, which the README does not fix, so the code must be among them.
export function oracle(root) {
	const codes = new Set();
	const whys = [];
	const bad = (code, why) => { codes.add(code); whys.push(why); };
	if (!(root instanceof Obj)) return { valid: false, codes: ["22P02"], why: ["root not an object"] };
	const entries = root.get("entries"), migrations = root.get("migrations");
	const hasE = root.has("entries"), hasM = root.has("migrations");
	if (hasE && hasM) bad("22023", "both formats");
	if (!hasE && !hasM) bad("22023", "neither format");
	const v1 = !hasE && hasM;
	// "dialect" (like "version" and "idx") is never read by drizzle-orm's migrator: any value,
	// or none, is a journal drizzle accepts ("pg" in journals older than drizzle-kit 0.21)
	const list = hasE ? entries : migrations;
	const out = [];
	if ((hasE || hasM) && !Array.isArray(list)) bad("22P02", "list not an array");
	else if (hasE || hasM) {
		list.forEach((el, i) => {
			if (!(el instanceof Obj)) { bad("22P02", `element ${i} not an object`); return; }
			const m = {};
			const idKey = v1 ? "name" : "tag";
			const id = el.get(idKey);
			if (!el.has(idKey)) bad("22023", `${idKey} missing`);
			else if (typeof id !== "string") bad("22P02", `${idKey} type`);
			else if (id === "") bad("22023", `${idKey} empty`);
			else m.tag = id;
			if (!v1) {
				const w = el.get("when");
				if (!el.has("when")) bad("22023", "when missing");
				else if (!(w instanceof Num)) bad("22P02", "when type");
				else {
					const d = decimal(w.text);
					if (d.int === null) bad("22023", "when fraction");
					else if (d.neg) bad("22023", "when negative");
					else if (d.int > MAX_SAFE) bad("22003", "when range");
					else m.created_at = d.int;
				}
			} else if (m.tag !== undefined) {
				if (!/^[0-9]{14}/.test(m.tag)) bad("22023", "name without timestamp");
				else {
					const s = m.tag, p = (a, b) => Number(s.slice(a, b));
					// drizzle-orm 1.0: Date.UTC of the folder name's first 14 digits
					m.created_at = BigInt(Date.UTC(p(0, 4), p(4, 6) - 1, p(6, 8), p(8, 10), p(10, 12), p(12, 14)));
				}
			}
			const hasSql = el.has("sql"), hasHash = el.has("hash");
			const sql = el.get("sql"), hash = el.get("hash");
			if (!hasSql && !hasHash) bad("22023", "no content");
			if (hasSql) {
				if (typeof sql !== "string") bad("22P02", "sql type");
				else { m.sql = sql; m.hash = sha256(sql); }
			}
			if (hasHash) {
				if (typeof hash !== "string") bad("22P02", "hash type");
				else if (!/^[0-9a-fA-F]{64}$/.test(hash)) bad("22023", "hash form");
				else if (m.hash !== undefined && m.hash !== hash.toLowerCase()) bad("22023", "hash mismatch");
				else if (m.hash === undefined && !hasSql) m.hash = hash.toLowerCase();
			}
			out.push(m);
		});
		const seen = new Set();
		for (const m of out) {
			if (m.tag === undefined) continue;
			if (seen.has(m.tag)) bad("22023", "duplicate " + (v1 ? "name" : "tag"));
			seen.add(m.tag);
		}
	}
	if (codes.size) return { valid: false, codes: [...codes], why: whys };
	// drizzle's order: array order (0.x), localeCompare of the names (1.0)
	if (v1) out.sort((a, b) => a.tag.localeCompare(b.tag));
	return {
		valid: true,
		format: v1 ? "1.0" : "0.x",
		migrations: out.map((m) => ({ tag: m.tag, hash: m.hash, created_at: m.created_at.toString(), sql: m.sql ?? null })),
	};
}

// ---------------------------------------------------------------- cases

// Seeds whose journal carries one ~10 MB text (a few per thousand).
export const isBig = (seed) => seed % 250 === 7;

export function genCase(seed) {
	const r = rng(seed);
	const info = { seed, big: isBig(seed), bigLen: 10 * 1024 * 1024 };
	let root = validJournal(r, seed, info);
	info.mutated = !info.big && r.chance(0.55);
	if (info.mutated) root = mutate(r, root);
	const text = serialize(root, { escape: r.chance(0.1) });
	const expect = oracle(root);
	// migrate on an empty database must succeed when every migration is sane
	info.mustMigrate = expect.valid && info.sane;
	return { seed, text, expect, info, r };
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const seed = Number(process.argv[2] ?? 1);
	const c = genCase(seed);
	if (process.argv.includes("--info")) {
		const e = { ...c.expect };
		if (e.migrations) e.migrations = e.migrations.map(({ sql, ...m }) => ({ ...m, sql_length: sql?.length ?? null }));
		console.error(JSON.stringify({ info: { ...c.info, tables: c.info.tables }, expect: e }, null, 1));
	}
	process.stdout.write(c.text + "\n");
}

// Finds every SQL statement the documentation shows, for test/e2e/docs_sql.sh.
//
//   node docs_sql.mjs OUTDIR FILE.md...
//
// Reads the markdown files in order and writes, into OUTDIR:
//   units.tsv   one line per unit (statements that share one psql session):
//               id, file:line, kind, file, skip reason or "-", wraps CREATE EXTENSION (0/1)
//   stmts.tsv   one line per statement: unit id, index, file:line, expected ("ok" or a
//               SQLSTATE), its lines in the script (FROM-TO), the file it \i's or "-",
//               the statement on one line
//   NNNN.psql   the unit as a psql script; after each statement it echoes
//               "docs-sql-state <index> :SQLSTATE"
//   roles.txt   the roles named by GRANT ... TO / REVOKE ... FROM
//   databases.txt  the databases named by ALTER DATABASE
//
// What counts as a statement:
//   * every statement of a fenced ```sql block (psql meta-commands such as \set and \i
//     are kept; \i counts as a statement);
//   * in other fenced blocks (sh, console, plain): psql sessions (lines after a
//     "name=# " prompt, ERROR output right after a statement marks it as a documented
//     error), heredocs fed to psql (psql ... <<'SQL' ... SQL), psql -c '...' arguments,
//     and quoted strings on a psql command line that are complete statements
//     (echo "SELECT ...;" | psql);
//   * inline `code` spans outside fences that are complete statements: start with
//     SELECT/GRANT/REVOKE/ALTER/CREATE/SET/DROP/COMMENT and end with ";".
// ts, json, yaml ... blocks are not SQL.
//
// Markers, on the line before a block's opening fence (or before the line holding an
// inline span):
//   <!-- docs-sql: skip REASON -->     not run here (listed in the test output)
//   <!-- docs-sql: error SQLSTATE -->  a documented refusal: in a psql session, the
//                                      statements whose transcript shows ERROR; elsewhere
//                                      the unit's first failing statement; must fail with it
// No npm dependencies.
import fs from "node:fs";
import path from "node:path";

const [outDir, ...files] = process.argv.slice(2);
if (!outDir || files.length === 0) {
	console.error("usage: node docs_sql.mjs OUTDIR FILE.md...");
	process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });

const KEYWORDS = /^(SELECT|GRANT|REVOKE|ALTER|CREATE|SET|DROP|COMMENT)\b/i;
const NOT_SQL_LANGS = new Set(["ts", "typescript", "js", "javascript", "json", "yaml", "yml", "toml", "text", "diff"]);
const MARKER = /^\s*<!--\s*docs-sql:\s*(skip|error)\s+(.*?)\s*-->\s*$/;

const units = [];
const problems = [];

// ------------------------------------------------------------ SQL splitting

// splitSql(lines, firstLine) — statements of a psql script: [{line, text, meta}]. A line
// starting with "\" outside a statement is a meta-command. Quotes, dollar quotes and
// comments are skipped when looking for the terminating ";".
function splitSql(lines, firstLine) {
	const out = [];
	let cur = null; // {line, text}
	let state = null; // null | "'" | '"' | "$tag$" | "/*"
	let depth = 0;
	for (let i = 0; i < lines.length; i++) {
		const ln = lines[i];
		const lineNo = firstLine + i;
		if (!cur && state === null && /^\s*\\/.test(ln)) {
			out.push({ line: lineNo, text: ln.trim(), meta: true });
			continue;
		}
		let j = 0;
		while (j < ln.length) {
			const c = ln[j];
			if (state === null) {
				if (!cur) {
					if (/\s/.test(c)) { j++; continue; }
					if (ln.startsWith("--", j)) break;
					cur = { line: lineNo, text: "" };
				}
				if (ln.startsWith("--", j)) { break; }
				if (ln.startsWith("/*", j)) { state = "/*"; depth = 1; cur.text += "/*"; j += 2; continue; }
				if (c === "'" || c === '"') { state = c; cur.text += c; j++; continue; }
				const dq = /^\$([A-Za-z_][A-Za-z_0-9]*)?\$/.exec(ln.slice(j));
				if (c === "$" && dq) { state = dq[0]; cur.text += dq[0]; j += dq[0].length; continue; }
				cur.text += c;
				j++;
				if (c === ";") {
					out.push({ line: cur.line, text: cur.text.trim(), meta: false });
					cur = null;
				}
			} else if (state === "/*") {
				if (ln.startsWith("*/", j)) { depth--; cur.text += "*/"; j += 2; if (depth === 0) state = null; continue; }
				if (ln.startsWith("/*", j)) { depth++; cur.text += "/*"; j += 2; continue; }
				cur.text += c; j++;
			} else if (state === "'" || state === '"') {
				cur.text += c; j++;
				if (c === state) {
					if (ln[j] === state) { cur.text += c; j++; } else state = null;
				}
			} else {
				if (ln.startsWith(state, j)) { cur.text += state; j += state.length; state = null; continue; }
				cur.text += c; j++;
			}
		}
		if (cur) cur.text += "\n";
	}
	if (cur && cur.text.trim()) out.push({ line: cur.line, text: cur.text.trim(), meta: false, unterminated: true });
	return out;
}

// ------------------------------------------------------------ shell command lines

// quoted strings of a shell command line, with their kind: [{q, s, pos}]
function shellStrings(cmd) {
	const out = [];
	let i = 0;
	while (i < cmd.length) {
		const c = cmd[i];
		if (c === "'") {
			const e = cmd.indexOf("'", i + 1);
			if (e < 0) break;
			out.push({ q: "'", s: cmd.slice(i + 1, e), pos: i });
			i = e + 1;
		} else if (c === '"') {
			let e = i + 1, s = "";
			while (e < cmd.length && cmd[e] !== '"') {
				if (cmd[e] === "\\" && e + 1 < cmd.length) { s += cmd[e + 1]; e += 2; } else s += cmd[e++];
			}
			out.push({ q: '"', s, pos: i });
			i = e + 1;
		} else if (c === "#" && (i === 0 || /\s/.test(cmd[i - 1]))) {
			break; // shell comment
		} else i++;
	}
	return out;
}

// ------------------------------------------------------------ markdown

function addUnit(file, line, kind, stmts, marker) {
	const u = { file, line, kind, stmts, skip: null, error: null, wrap: false };
	if (marker) {
		if (marker.kind === "skip") u.skip = marker.arg || "(no reason given)";
		else {
			if (!/^[0-9A-Z]{5}$/.test(marker.arg)) problems.push(`${file}:${marker.line}: docs-sql error marker needs a SQLSTATE, got "${marker.arg}"`);
			u.error = marker.arg;
		}
		marker.used = true;
	}
	u.wrap = stmts.some((s) => !s.meta && /^CREATE\s+EXTENSION\s+(IF\s+NOT\s+EXISTS\s+)?"?migtrack"?\b/i.test(s.text));
	if (stmts.some((s) => !s.meta)) units.push(u);
	else if (marker) problems.push(`${file}:${marker.line}: docs-sql marker before a block with no SQL statement`);
}

function sessionUnit(file, block, marker) {
	// psql session: "db=# stmt", continuation "db-# ...", then output lines
	const stmts = [];
	const L = block.lines;
	for (let i = 0; i < L.length; i++) {
		const m = /^([\w$.-]+)=[#>] ?(.*)$/.exec(L[i]);
		if (!m) continue;
		const parts = [m[2]];
		let k = i;
		const ended = (t) => /^\s*\\/.test(t) || splitSql([t], 0).some((s) => !s.unterminated && !s.meta);
		while (!ended(parts.join("\n")) && k + 1 < L.length && /^[\w$.-]+[-'"(][#>] ?/.test(L[k + 1])) {
			k++;
			parts.push(L[k].replace(/^[\w$.-]+[-'"(][#>] ?/, ""));
		}
		const next = L[k + 1] || "";
		const ss = splitSql(parts, block.first + i);
		for (const s of ss) {
			if (!s.meta && /^ERROR:/.test(next)) s.expectError = true;
			stmts.push(s);
		}
		i = k;
	}
	return stmts;
}

function shellUnits(file, block, marker) {
	// logical commands: join lines ending in \, |, && or ||
	const L = block.lines;
	const found = [];
	for (let i = 0; i < L.length; i++) {
		const start = i;
		let cmd = L[i].replace(/^\$ /, "");
		while (/(\\|\||&&)\s*$/.test(cmd) && i + 1 < L.length) {
			i++;
			cmd = cmd.replace(/\\\s*$/, " ") + "\n" + L[i];
		}
		if (!/(^|[\s|;&(])psql(\s|$)/.test(cmd)) continue;
		const stmts = [];
		const here = /<<-?\s*(['"]?)([A-Za-z_]\w*)\1/.exec(cmd);
		if (here) {
			const body = [];
			let k = i + 1;
			while (k < L.length && L[k].trim() !== here[2]) body.push(L[k++]);
			stmts.push(...splitSql(body, block.first + i + 1));
			i = k;
		}
		const strs = shellStrings(cmd);
		for (const s of strs) {
			const before = cmd.slice(0, s.pos);
			const isC = /(^|\s)(-c|--command)(\s+|=)$/.test(before);
			const t = s.s.trim();
			if (isC) stmts.push(...splitSql([t + (/;\s*$/.test(t) ? "" : ";")], block.first + start));
			else if (/^\\(set|i|ir|encoding)\b/.test(t)) stmts.push({ line: block.first + start, text: t, meta: true });
			else if (KEYWORDS.test(t) && /;$/.test(t)) stmts.push(...splitSql([t], block.first + start));
		}
		if (stmts.some((s) => !s.meta)) found.push({ line: block.first + start, stmts });
	}
	return found;
}

function processFile(file) {
	const text = fs.readFileSync(file, "utf8");
	const lines = text.split("\n");
	let marker = null; // pending marker for the next block/line
	let para = []; // [lineNo, text] of the current paragraph outside fences
	for (let i = 0; i < lines.length; i++) {
		const ln = lines[i];
		const mk = MARKER.exec(ln);
		if (mk) {
			flush();
			if (marker && !marker.used) problems.push(`${file}:${marker.line}: docs-sql marker not followed by a block or statement`);
			marker = { kind: mk[1], arg: mk[2], line: i + 1, used: false, forLine: i + 2 };
			continue;
		}
		const fence = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)/.exec(ln);
		if (fence) {
			flush();
			const indent = fence[1].length, tick = fence[2], lang = fence[3].toLowerCase();
			const body = [];
			let k = i + 1;
			while (k < lines.length && !new RegExp("^\\s*" + tick[0] + "{" + tick.length + ",}\\s*$").test(lines[k])) {
				body.push(lines[k].slice(Math.min(indent, /^\s*/.exec(lines[k])[0].length)));
				k++;
			}
			const block = { first: i + 2, lines: body, lang };
			const mkr = marker && marker.forLine === i + 1 ? marker : null;
			if (lang === "sql") {
				addUnit(file, i + 2, "sql block", splitSql(body, i + 2), mkr);
			} else if (!NOT_SQL_LANGS.has(lang)) {
				const session = sessionUnit(file, block, mkr);
				const shells = shellUnits(file, block, mkr);
				// shell commands and the session, in their order in the transcript
				const all = shells.map((s) => ({ kind: "shell", ...s }));
				if (session.length) all.push({ kind: "psql session", line: session[0].line, stmts: session });
				all.sort((a, b) => a.line - b.line);
				// a skip covers the whole block; an error the session, or the block's only unit
				const target = mkr && mkr.kind === "error" ? (all.find((u) => u.kind === "psql session") || (all.length === 1 ? all[0] : null)) : null;
				if (mkr && mkr.kind === "error" && !target) problems.push(`${file}:${mkr.line}: docs-sql error marker: say which of the block's commands by splitting the block`);
				for (const u of all) addUnit(file, u.line, u.kind, u.stmts, mkr && (mkr.kind === "skip" || u === target) ? mkr : null);
			} else if (mkr) {
				problems.push(`${file}:${mkr.line}: docs-sql marker before a ${lang} block`);
				mkr.used = true;
			}
			if (marker && marker.forLine === i + 1) {
				if (!marker.used) problems.push(`${file}:${marker.line}: docs-sql marker not followed by a block or statement with SQL`);
				marker = null;
			}
			i = k;
			continue;
		}
		if (ln.trim() === "") { flush(); continue; }
		para.push([i + 1, ln]);
	}
	flush();
	if (marker && !marker.used) problems.push(`${file}:${marker.line}: docs-sql marker not followed by a block or statement`);

	// inline code spans of a paragraph (CommonMark: a run of N backticks closes at the next
	// run of exactly N; a span may cross line ends); a marker covers spans starting on the
	// line after it
	function flush() {
		if (para.length === 0) return;
		const text = para.map((p) => p[1]).join("\n");
		const lineAt = (pos) => para[text.slice(0, pos).split("\n").length - 1][0];
		let j = 0;
		while (j < text.length) {
			if (text[j] !== "`") { j++; continue; }
			let n = 0;
			while (text[j + n] === "`") n++;
			const re = new RegExp("(^|[^`])`{" + n + "}(?!`)", "g");
			re.lastIndex = j + n;
			const m = re.exec(text);
			if (!m) { j += n; continue; }
			const end = m.index + m[1].length;
			let content = text.slice(j + n, end).replace(/\n/g, " ");
			if (/^ .* $/.test(content)) content = content.slice(1, -1);
			content = content.trim();
			const line = lineAt(j);
			if (KEYWORDS.test(content) && /;$/.test(content)) {
				const mkr = marker && marker.forLine === line ? marker : null;
				addUnit(file, line, "inline", splitSql([content], line), mkr);
			}
			j = end + n;
		}
		const last = para[para.length - 1][0];
		para = [];
		if (marker && marker.forLine <= last) {
			if (!marker.used) problems.push(`${file}:${marker.line}: docs-sql marker not followed by a block or statement with SQL`);
			marker = null;
		}
	}
}

for (const f of files) processFile(f);

// ------------------------------------------------------------ output

const oneLine = (s) => s.replace(/\s+/g, " ").trim();
const roles = new Set(), dbs = new Set();
let ut = "", st = "";
units.forEach((u, n) => {
	const id = String(n + 1).padStart(4, "0");
	const rel = u.file;
	ut += [id, `${rel}:${u.line}`, u.kind, rel, u.skip ? oneLine(u.skip) : "-", u.wrap ? 1 : 0].join("\t") + "\n";
	let script = "\\set VERBOSITY verbose\n\\set ON_ERROR_STOP 0\n";
	// the journal the test prepared, as :'journal' (the docs' own \set rebinds it)
	script += "\\set journal `cat \"$DOCS_SQL_JOURNAL\"`\n";
	// CREATE EXTENSION migtrack runs for real: after dropping the prepared one, rolled back
	if (u.wrap) script += "BEGIN;\nDROP EXTENSION migtrack;\n";
	script += "\\echo docs-sql-begin\n";
	let idx = 0;
	let firstError = true;
	for (const s of u.stmts) {
		const from = script.split("\n").length; // the statement's first line in the script
		script += s.text + "\n";
		const to = script.split("\n").length - 1;
		const counted = !s.meta || /^\\i[r]?\s/.test(s.text);
		if (!counted) continue;
		idx++;
		let expect = "ok";
		if (u.error && (u.kind === "psql session" ? s.expectError : firstError)) expect = u.error;
		if (u.error && u.kind !== "psql session") firstError = false; // the unit's first statement
		if (s.expectError && !u.error && !u.skip)
			problems.push(`${rel}:${s.line}: the session shows an ERROR for this statement: mark the block <!-- docs-sql: error SQLSTATE -->`);
		script += `\\echo docs-sql-state ${idx} :SQLSTATE\n`;
		// psql reports errors as "psql:FILE:LINE: ..." (an \i'd file under its own name)
		const inc = /^\\ir?\s+(\S+)/.exec(s.text);
		st += [id, idx, `${rel}:${s.line}`, expect, `${from}-${to}`, inc ? inc[1] : "-", oneLine(s.text)].join("\t") + "\n";
		for (const m of s.text.matchAll(/\b(?:TO|FROM)\s+((?:"[^"]+"|[A-Za-z_][\w$]*)(?:\s*,\s*(?:"[^"]+"|[A-Za-z_][\w$]*))*)\s*(?:WITH\b.*)?;?$/gi))
			if (/^\s*(GRANT|REVOKE)\b/i.test(s.text))
				for (const r of m[1].split(",")) {
					const name = r.trim().replace(/^"|"$/g, "");
					if (!/^(public|current_user|session_user|current_role)$/i.test(name)) roles.add(name);
				}
		for (const m of s.text.matchAll(/\bALTER\s+DATABASE\s+("[^"]+"|[A-Za-z_][\w$]*)/gi)) dbs.add(m[1].replace(/^"|"$/g, ""));
	}
	if (u.wrap) script += "ROLLBACK;\n";
	script += "\\echo docs-sql-end\n";
	fs.writeFileSync(path.join(outDir, id + ".psql"), script);
});
fs.writeFileSync(path.join(outDir, "units.tsv"), ut);
fs.writeFileSync(path.join(outDir, "stmts.tsv"), st);
fs.writeFileSync(path.join(outDir, "roles.txt"), [...roles].sort().join("\n") + (roles.size ? "\n" : ""));
fs.writeFileSync(path.join(outDir, "databases.txt"), [...dbs].sort().join("\n") + (dbs.size ? "\n" : ""));
fs.writeFileSync(path.join(outDir, "problems.txt"), problems.join("\n") + (problems.length ? "\n" : ""));
console.log(`${units.length} units, ${st.split("\n").length - 1} statements, ${problems.length} marker problems`);

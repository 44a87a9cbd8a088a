#!/usr/bin/env node
// Reads `migtrack --json status DIR` output for test/e2e/corpus.sh.
//
//   node corpus_stats.mjs state    FILE            the status's state ("<not json>" if the file is not JSON)
//   node corpus_stats.mjs verdicts FILE            "tag<TAB>verdict" per migration, journal order
//   node corpus_stats.mjs counts   FILE            "present=12 data_only=1 ..." (fixed order, zeros left out)
//   node corpus_stats.mjs tags     FILE V1,V2...   the tags whose verdict is one of V1,V2..., comma-separated
//   node corpus_stats.mjs notes    FILE MAX        one line per partial/absent/unverifiable migration with
//                                                  its missing/unverifiable reasons, at most MAX lines
//   node corpus_stats.mjs reasons  FILE...         "verdict<TAB>kind<TAB>reason<TAB>label/tag" for every reason
//                                                  of every partial/absent/unverifiable migration
//   node corpus_stats.mjs diff     A B            the migrations whose verdict differs between two status
//                                                  files, "tag: A -> B" (a tag missing on one side counts)
import fs from "node:fs";
import path from "node:path";

const VERDICTS = ["present", "superseded", "data_only", "unverifiable", "partial", "absent", "unchecked"];
const BAD = new Set(["partial", "absent", "unverifiable"]);

function load(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}
const migs = (j) => (j && Array.isArray(j.migrations) ? j.migrations : []);
const list = (v) => (Array.isArray(v) ? v : v == null ? [] : [v]);
const short = (s, n = 220) => {
  s = String(s).replace(/\s+/g, " ");
  return s.length > n ? s.slice(0, n) + "…" : s;
};

const [cmd, file, arg] = process.argv.slice(2);
const j = load(file);
switch (cmd) {
  case "state":
    console.log(j ? String(j.state) : "<not json>");
    break;
  case "verdicts":
    for (const m of migs(j)) console.log(`${m.tag}\t${m.verdict}`);
    break;
  case "counts": {
    const c = {};
    for (const m of migs(j)) c[m.verdict] = (c[m.verdict] || 0) + 1;
    const keys = [...VERDICTS, ...Object.keys(c).filter((k) => !VERDICTS.includes(k)).sort()];
    console.log(keys.filter((k) => c[k]).map((k) => `${k}=${c[k]}`).join(" ") || "(none)");
    break;
  }
  case "tags": {
    const want = new Set(String(arg || "").split(","));
    console.log(migs(j).filter((m) => want.has(m.verdict)).map((m) => m.tag).join(","));
    break;
  }
  case "notes": {
    const max = Number(arg || 40);
    const bad = migs(j).filter((m) => BAD.has(m.verdict));
    for (const m of bad.slice(0, max)) {
      // identical reasons once, with a count ("unverifiable: DO ×12")
      const counted = new Map();
      for (const r of [
        ...list(m.missing).map((r) => "missing: " + short(r)),
        ...list(m.unverifiable).map((r) => "unverifiable: " + short(r)),
      ])
        counted.set(r, (counted.get(r) || 0) + 1);
      const why = [...counted].map(([r, c]) => (c > 1 ? `${r} ×${c}` : r));
      console.log(`${m.tag} ${m.verdict}${why.length ? " — " + why.slice(0, 4).join("; ") : ""}` +
        (why.length > 4 ? ` (+${why.length - 4} more)` : ""));
    }
    if (bad.length > max) console.log(`... ${bad.length - max} more`);
    break;
  }
  case "reasons": {
    for (const f of process.argv.slice(3)) {
      const label = path.basename(path.dirname(f));
      for (const m of migs(load(f)).filter((m) => BAD.has(m.verdict))) {
        for (const r of list(m.missing)) console.log(`${m.verdict}\tmissing\t${short(r, 300)}\t${label}/${m.tag}`);
        for (const r of list(m.unverifiable)) console.log(`${m.verdict}\tunverifiable\t${short(r, 300)}\t${label}/${m.tag}`);
        if (!list(m.missing).length && !list(m.unverifiable).length)
          console.log(`${m.verdict}\t-\t(no reason given)\t${label}/${m.tag}`);
      }
    }
    break;
  }
  case "diff": {
    const a = new Map(migs(j).map((m) => [m.tag, m.verdict]));
    const b = new Map(migs(load(arg)).map((m) => [m.tag, m.verdict]));
    for (const t of new Set([...a.keys(), ...b.keys()]))
      if (a.get(t) !== b.get(t)) console.log(`${t}: ${a.get(t) ?? "(none)"} -> ${b.get(t) ?? "(none)"}`);
    break;
  }
  default:
    console.error("usage: corpus_stats.mjs state|verdicts|counts|tags|notes|reasons|diff FILE [ARG]");
    process.exit(2);
}

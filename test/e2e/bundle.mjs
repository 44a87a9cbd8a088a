#!/usr/bin/env node
// Turn a drizzle out folder into the journal jsonb migtrack takes, reading files
// exactly like drizzle-orm's migrator does (fs.readFileSync(p).toString()), so
// the text migtrack hashes is the text drizzle hashes.
//
//   0.x folder (meta/_journal.json): the journal object as drizzle-kit wrote it,
//       each entry given one extra key "sql" = text of <tag>.sql.
//   1.0 folder (<dir>/migration.sql): {"migrations":[{"name":<dir>,"sql":...}]},
//       in drizzle's order (directory names sorted with localeCompare).
//
// usage: node bundle.mjs <folder>   (prints JSON on stdout)
import fs from "node:fs";
import path from "node:path";

const folder = process.argv[2];
if (!folder) {
  console.error("usage: node bundle.mjs <drizzle out folder>");
  process.exit(2);
}
const read = (p) => fs.readFileSync(p).toString();
const journalPath = path.join(folder, "meta", "_journal.json");

let out;
if (fs.existsSync(journalPath)) {
  out = JSON.parse(read(journalPath));
  for (const entry of out.entries) {
    entry.sql = read(path.join(folder, `${entry.tag}.sql`));
  }
} else {
  const dirs = fs
    .readdirSync(folder)
    .filter((d) => fs.existsSync(path.join(folder, d, "migration.sql")))
    .sort((a, b) => a.localeCompare(b));
  if (dirs.length === 0) {
    console.error(`${folder}: neither meta/_journal.json nor */migration.sql found`);
    process.exit(1);
  }
  out = {
    migrations: dirs.map((name) => ({
      name,
      sql: read(path.join(folder, name, "migration.sql")),
    })),
  };
}
process.stdout.write(JSON.stringify(out));

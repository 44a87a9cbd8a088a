#!/usr/bin/env node
// drizzle-orm's migrate() called from application code (node-postgres driver),
// the way most apps run migrations at startup. Unlike drizzle-kit 0.31's CLI it
// lets the database error through, so tests can assert on its text.
//
// usage: DATABASE_URL=... node migrate.mjs <node_modules dir> <migrations folder>
import { createRequire } from "node:module";
import path from "node:path";

const [nodeModules, migrationsFolder] = process.argv.slice(2);
const require = createRequire(path.join(path.resolve(nodeModules), "noop.js"));
const { Pool } = require("pg");
const { drizzle } = require("drizzle-orm/node-postgres");
const { migrate } = require("drizzle-orm/node-postgres/migrator");

const pool = new Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
let code = 0;
try {
  await migrate(drizzle({ client: pool }), { migrationsFolder });
  console.log("migrate: ok");
} catch (err) {
  // drizzle wraps the driver error; the PostgreSQL message is in .cause
  console.log(`migrate: threw: ${err.message}`);
  if (err.cause) console.log(`migrate: cause: ${err.cause.message} (${err.cause.code})`);
  code = 1;
} finally {
  await pool.end();
}
process.exit(code);

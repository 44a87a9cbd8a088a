/*
 * drizzle_ddl.h -- drizzle's own DDL for its migrations table, as its
 * migrate() runs it (see FACTS), shared by the extension (tracking.c) and
 * the client's writes through a dev database (cli/devurl.c).  Types and
 * functions are named with their schema: the same catalog entries as
 * drizzle's unqualified text in any normal search_path, and no others in
 * a hostile one.
 */
#ifndef MIGTRACK_DRIZZLE_DDL_H
#define MIGTRACK_DRIZZLE_DDL_H

/* CREATE TABLE IF NOT EXISTS <table> (DRIZZLE_TABLE_COLUMNS [DRIZZLE_TABLE_COLUMNS_V1]) */
#define DRIZZLE_TABLE_COLUMNS "id SERIAL PRIMARY KEY, hash pg_catalog.text NOT NULL, created_at bigint"
/* drizzle 1.0's two more */
#define DRIZZLE_TABLE_COLUMNS_V1 ", name pg_catalog.text, applied_at timestamp with time zone DEFAULT pg_catalog.now()"

/* drizzle 1.0's upgrade of a 0.x table: ALTER TABLE <table> ... (up-migrations/pg.js) */
#define DRIZZLE_UPGRADE_ADD_NAME "ADD COLUMN IF NOT EXISTS name pg_catalog.text"
#define DRIZZLE_UPGRADE_ADD_APPLIED_AT "ADD COLUMN IF NOT EXISTS applied_at timestamp with time zone DEFAULT pg_catalog.now()"

/*
 * What drizzle's defaults call -- the SERIAL's nextval(), 1.0's now() -- and
 * the casts between its columns' types: a write to the history may run these
 * and no other function (src/tracking_safety.c, cli/devurl.c).  X(f) for each.
 */
#include "utils/fmgroids.h"
#define DRIZZLE_DEFAULT_FUNCTIONS(X) \
	X(F_NEXTVAL) X(F_NOW) X(F_TRANSACTION_TIMESTAMP) X(F_STATEMENT_TIMESTAMP) X(F_CLOCK_TIMESTAMP) \
	X(F_TIMESTAMP_TIMESTAMPTZ) X(F_TIMESTAMPTZ_TIMESTAMP) \
	X(F_INT2_INT4) X(F_INT2_INT8) X(F_INT4_INT2) X(F_INT4_INT8) X(F_INT8_INT2) X(F_INT8_INT4)

#endif							/* MIGTRACK_DRIZZLE_DDL_H */

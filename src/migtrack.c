/*
 * migtrack.c -- module entry.  The SQL functions live one concern per file:
 * journal.c (input), hash.c, tracking.c (drizzle's table), catalog.c,
 * analysis.c, status.c, check.c, sync.c.
 */
#include "postgres.h"

#include "fmgr.h"

PG_MODULE_MAGIC;

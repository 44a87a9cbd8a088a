/*
 * migtrack.c -- module entry.  The SQL functions live one concern per file:
 * journal.c (input), hash.c, tracking.c (drizzle's table), catalog.c,
 * analysis.c, verify.c, status.c, check.c, sync.c, guard.c.
 */
#include "postgres.h"

#include "fmgr.h"

#include "compat.h"
#include "migtrack.h"

MIGTRACK_MODULE_MAGIC;

void		_PG_init(void);

/* the guard's setting and transaction callback, in every backend that loads us */
void
_PG_init(void)
{
	guard_init();
}

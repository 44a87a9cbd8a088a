/*
 * args.c -- the SQL functions' common arguments.  They are not STRICT, so
 * that a NULL journal in a pre-flight script is an error, not a silent NULL.
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "migtrack.h"

Jsonb *
arg_journal(FunctionCallInfo fcinfo, int argno, bool required)
{
	if (PG_ARGISNULL(argno))
	{
		if (required)
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("journal must not be null"),
					 errhint("Pass meta/_journal.json with each entry's \"sql\" added (drizzle-kit 0.x), or {\"migrations\": [...]} (drizzle-kit 1.0).")));
		return NULL;
	}
	return PG_GETARG_JSONB_P(argno);
}

char *
arg_name(FunctionCallInfo fcinfo, int argno, const char *what)
{
	char	   *name;

	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s must not be null", what)));
	name = text_to_cstring(PG_GETARG_TEXT_PP(argno));
	if (name[0] == '\0')
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("%s must not be empty", what)));
	return name;
}

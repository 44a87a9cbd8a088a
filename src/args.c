/*
 * args.c -- the SQL functions' common arguments, and text[] conversions.
 * The functions are not STRICT, so that a NULL journal in a pre-flight
 * script is an error, not a silent NULL.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "fmgr.h"
#include "parser/scansup.h"
#include "utils/array.h"
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
	/* as the server truncates drizzle's quoted identifiers (with the same NOTICE) */
	truncate_identifier(name, strlen(name), true);
	return name;
}

/*
 * A boolean option.  An older install script (before ALTER EXTENSION UPDATE)
 * may declare fewer arguments than this module reads: those take their
 * default rather than reading past the call's arguments.
 */
bool
arg_bool(FunctionCallInfo fcinfo, int argno, const char *what, bool dflt)
{
	if (argno >= PG_NARGS())
		return dflt;
	if (PG_ARGISNULL(argno))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("%s must not be null", what)));
	return PG_GETARG_BOOL(argno);
}

/* text[] to a List of C strings, NULL elements skipped */
List *
text_array_list(ArrayType *array)
{
	Datum	   *elems;
	bool	   *nulls;
	int			n;
	int			i;
	List	   *result = NIL;

	deconstruct_array(array, TEXTOID, -1, false, TYPALIGN_INT, &elems, &nulls, &n);
	for (i = 0; i < n; i++)
		if (!nulls[i])
			result = lappend(result, TextDatumGetCString(elems[i]));
	return result;
}

/* a List of C strings to text[] */
ArrayType *
list_text_array(List *strings)
{
	Datum	   *elems = palloc(sizeof(Datum) * Max(list_length(strings), 1));
	ListCell   *lc;
	int			n = 0;

	foreach(lc, strings)
		elems[n++] = CStringGetTextDatum(lfirst(lc));
	return construct_array(elems, n, TEXTOID, -1, false, TYPALIGN_INT);
}

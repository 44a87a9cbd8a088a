/*
 * jsonout.c -- a small writer for the jsonb the SQL functions return.
 *
 * Members are pushed straight into a jsonb parse state (pushJsonbValue), as
 * jsonb_build_object does: no JSON text is written and parsed again.  The
 * strings pushed are referenced, not copied, until jo_finish(): callers
 * pass strings that live as long as the writer (jo_string copies only what
 * it formats itself).
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/json.h"
#include "utils/jsonb.h"
#include "utils/numeric.h"

#include "compat.h"
#include "migtrack.h"

void
jo_init(JsonOut *jo)
{
	jo->build = palloc0(sizeof(JsonbBuild));
	jo->result = NULL;
}

static void
push_key(JsonOut *jo, const char *key)
{
	JsonbValue	k;

	if (key == NULL)
		return;
	k.type = jbvString;
	k.val.string.val = (char *) key;
	k.val.string.len = strlen(key);
	(void) jsonb_build_push(jo->build, WJB_KEY, &k);
}

/* a scalar as an object's value or an array's element */
static void
push_scalar(JsonOut *jo, const char *key, JsonbValue *v)
{
	push_key(jo, key);
	jo->result = jsonb_build_push(jo->build, key != NULL ? WJB_VALUE : WJB_ELEM, v);
}

void
jo_open(JsonOut *jo, const char *key, char bracket)
{
	push_key(jo, key);
	(void) jsonb_build_push(jo->build, bracket == '{' ? WJB_BEGIN_OBJECT : WJB_BEGIN_ARRAY, NULL);
}

void
jo_close(JsonOut *jo, char bracket)
{
	jo->result = jsonb_build_push(jo->build, bracket == '}' ? WJB_END_OBJECT : WJB_END_ARRAY, NULL);
}

void
jo_string(JsonOut *jo, const char *key, const char *value)
{
	JsonbValue	v;

	if (value == NULL)
		v.type = jbvNull;
	else
	{
		v.type = jbvString;
		v.val.string.val = (char *) value;
		v.val.string.len = strlen(value);
	}
	push_scalar(jo, key, &v);
}

void
jo_int(JsonOut *jo, const char *key, int64 value)
{
	JsonbValue	v;

	v.type = jbvNumeric;
	v.val.numeric = int64_to_numeric(value);
	push_scalar(jo, key, &v);
}

void
jo_bool(JsonOut *jo, const char *key, bool value)
{
	JsonbValue	v;

	v.type = jbvBool;
	v.val.boolean = value;
	push_scalar(jo, key, &v);
}

/* the same ISO 8601 text to_jsonb(timestamptz) gives */
void
jo_timestamptz(JsonOut *jo, const char *key, bool isnull, TimestampTz value)
{
	char		buf[MAXDATELEN + 1];

	if (isnull)
	{
		jo_string(jo, key, NULL);
		return;
	}
	JsonEncodeDateTime(buf, TimestampTzGetDatum(value), TIMESTAMPTZOID, NULL);
	jo_string(jo, key, pstrdup(buf));
}

/* a member that is a jsonb document of its own (NULL: null) */
void
jo_jsonb(JsonOut *jo, const char *key, Jsonb *value)
{
	JsonbValue	v;

	if (value == NULL)
	{
		jo_string(jo, key, NULL);
		return;
	}
	if (JB_ROOT_IS_SCALAR(value))
	{
		/* a scalar document is stored as a one-element array: push the element */
		if (!JsonbExtractScalar(&value->root, &v))
			elog(ERROR, "could not read a scalar jsonb document");
	}
	else
	{
		v.type = jbvBinary;
		v.val.binary.data = &value->root;
		v.val.binary.len = VARSIZE(value) - VARHDRSZ;
	}
	push_scalar(jo, key, &v);
}

Jsonb *
jo_finish(JsonOut *jo)
{
	Assert(jo->result != NULL);
	return JsonbValueToJsonb(jo->result);
}

/*
 * jsonout.c -- a small writer for the jsonb the SQL functions return.
 *
 * Members are appended as JSON text (escaped by escape_json) and parsed
 * once by jsonb_in at the end, which keeps the result-building code as
 * flat as the documents it builds.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/json.h"

#include "migtrack.h"

void
jo_init(JsonOut *jo)
{
	initStringInfo(&jo->buf);
	jo->first = true;
}

static void
member(JsonOut *jo, const char *key)
{
	if (!jo->first)
		appendStringInfoChar(&jo->buf, ',');
	jo->first = false;
	if (key != NULL)
	{
		escape_json(&jo->buf, key);
		appendStringInfoChar(&jo->buf, ':');
	}
}

void
jo_open(JsonOut *jo, const char *key, char bracket)
{
	member(jo, key);
	appendStringInfoChar(&jo->buf, bracket);
	jo->first = true;
}

void
jo_close(JsonOut *jo, char bracket)
{
	appendStringInfoChar(&jo->buf, bracket);
	jo->first = false;
}

void
jo_string(JsonOut *jo, const char *key, const char *value)
{
	member(jo, key);
	if (value == NULL)
		appendStringInfoString(&jo->buf, "null");
	else
		escape_json(&jo->buf, value);
}

void
jo_int(JsonOut *jo, const char *key, int64 value)
{
	member(jo, key);
	appendStringInfo(&jo->buf, INT64_FORMAT, value);
}

void
jo_bool(JsonOut *jo, const char *key, bool value)
{
	member(jo, key);
	appendStringInfoString(&jo->buf, value ? "true" : "false");
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
	jo_string(jo, key, buf);
}

/* a member that is already JSON text (checked when the document is parsed) */
void
jo_json(JsonOut *jo, const char *key, const char *json)
{
	member(jo, key);
	appendStringInfoString(&jo->buf, json != NULL ? json : "null");
}

Jsonb *
jo_finish(JsonOut *jo)
{
	return DatumGetJsonbP(DirectFunctionCall1(jsonb_in, CStringGetDatum(jo->buf.data)));
}

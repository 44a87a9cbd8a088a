/*
 * journal.c -- turn the caller's journal jsonb into an ordered Migration list.
 *
 * Two shapes are accepted, detected from their keys:
 *   0.x  the meta/_journal.json object drizzle-kit writes, each entry with
 *        one added key "sql" (the file's text) or "hash" (its sha256 hex);
 *   1.0  {"migrations": [{"name": "<YYYYMMDDHHMMSS>_x", "sql"|"hash": ...}]}
 * Order and created_at follow drizzle-orm exactly: array order and "when"
 * for 0.x; names sorted by localeCompare and Date.UTC of the first 14
 * characters for 1.0.  Every defect is an ERROR naming the element's path,
 * raised before anything is read or written.
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "catalog/pg_collation.h"
#include "utils/builtins.h"
#include "nodes/value.h"
#include "utils/numeric.h"
#include "utils/varlena.h"

#include "migtrack.h"

/* JavaScript's Number.MAX_SAFE_INTEGER: beyond it drizzle's "when" is inexact */
#define JS_MAX_SAFE_INTEGER INT64CONST(9007199254740991)

static const char *
jbv_type_name(const JsonbValue *v)
{
	switch (v->type)
	{
		case jbvNull:
			return "null";
		case jbvString:
			return "a string";
		case jbvNumeric:
			return "a number";
		case jbvBool:
			return "a boolean";
		case jbvBinary:
			return JsonContainerIsArray(v->val.binary.data) ? "an array" : "an object";
		default:
			return "an array";
	}
}

static void
wrong_type(const char *path, const char *expected, const JsonbValue *found)
{
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
			 errmsg("invalid journal: %s must be %s", path, expected),
			 errdetail("Found %s.", jbv_type_name(found))));
}

/* Look up key in an object container; NULL when absent. */
static JsonbValue *
get_key(JsonbContainer *obj, const char *key)
{
	return getKeyJsonValueFromContainer(obj, key, strlen(key), NULL);
}

static bool
is_container(const JsonbValue *v, bool array)
{
	if (v->type != jbvBinary)
		return false;
	return array ? JsonContainerIsArray(v->val.binary.data)
		: JsonContainerIsObject(v->val.binary.data);
}

static char *
jbv_cstring(const JsonbValue *v)
{
	return pnstrdup(v->val.string.val, v->val.string.len);
}

/* A non-empty string member, or an ERROR naming path.key. */
static char *
required_string(JsonbContainer *obj, const char *path, const char *key)
{
	JsonbValue *v = get_key(obj, key);
	char	   *full = psprintf("%s.%s", path, key);

	if (v == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid journal: %s is missing", full)));
	if (v->type != jbvString)
		wrong_type(full, "a string", v);
	if (v->val.string.len == 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid journal: %s must not be empty", full)));
	return jbv_cstring(v);
}

/*
 * "when" as drizzle-kit writes it: Date.now(), a whole number of
 * milliseconds.  A JS number with a zero fraction ("5.0") is the same integer.
 */
static int64
required_millis(JsonbContainer *obj, const char *path)
{
	JsonbValue *v = get_key(obj, "when");
	char	   *full = psprintf("%s.when", path);
	char	   *text;
	char	   *dot;
	int64		millis;

	if (v == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid journal: %s is missing", full),
				 errhint("Each entry of meta/_journal.json has a \"when\" (milliseconds since 1970) written by drizzle-kit generate.")));
	if (v->type != jbvNumeric)
		wrong_type(full, "an integer", v);

	text = DatumGetCString(DirectFunctionCall1(numeric_out,
											   NumericGetDatum(v->val.numeric)));
	dot = strchr(text, '.');
	if (dot != NULL)
	{
		if (strspn(dot + 1, "0") != strlen(dot + 1))
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid journal: %s must be an integer", full),
					 errdetail("Found %s.", text)));
		*dot = '\0';
	}
	if (text[0] == '-')
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid journal: %s must not be negative", full),
				 errdetail("Found %s.", text)));
	if (strlen(text) > 16 ||
		(millis = strtoi64(text, NULL, 10)) > JS_MAX_SAFE_INTEGER)
		ereport(ERROR,
				(errcode(ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE),
				 errmsg("invalid journal: %s is out of range", full),
				 errdetail("Found %s; drizzle stores milliseconds since 1970, at most %lld.",
						   text, (long long) JS_MAX_SAFE_INTEGER)));
	return millis;
}

/*
 * Fill m->hash (and m->sql_text) from the element's "sql" or "hash" key.  With
 * both, they must agree: a caller-side hash that differs from the text is a
 * bug we must not record.
 */
static void
read_content(JsonbContainer *obj, const char *path, Migration *m)
{
	JsonbValue *sql = get_key(obj, "sql");
	JsonbValue *hash = get_key(obj, "hash");

	if (sql == NULL && hash == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid journal: %s has neither \"sql\" nor \"hash\"", path),
				 errhint("Add the migration file's text as \"sql\", or its sha256 in hex as \"hash\".")));

	if (sql != NULL)
	{
		if (sql->type != jbvString)
			wrong_type(psprintf("%s.sql", path), "a string", sql);
		/* not copied: a 10,000-migration journal holds tens of megabytes of text */
		m->sql_text = sql->val.string.val;
		m->sql_len = sql->val.string.len;
		migtrack_sha256_hex(m->sql_text, m->sql_len, m->hash);
	}

	if (hash != NULL)
	{
		char		given[MIGTRACK_HASH_LEN + 1];
		int			i;

		if (hash->type != jbvString)
			wrong_type(psprintf("%s.hash", path), "a string", hash);
		if (hash->val.string.len != MIGTRACK_HASH_LEN ||
			strspn(hash->val.string.val, "0123456789abcdefABCDEF") < MIGTRACK_HASH_LEN)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid journal: %s.hash must be 64 hexadecimal digits", path),
					 errdetail("Found \"%s\".", jbv_cstring(hash)),
					 errhint("Give the sha256 of the file's UTF-8 text in hex, as drizzle computes it.")));
		/* drizzle stores digest("hex"), which is lowercase */
		for (i = 0; i < MIGTRACK_HASH_LEN; i++)
			given[i] = pg_ascii_tolower((unsigned char) hash->val.string.val[i]);
		given[MIGTRACK_HASH_LEN] = '\0';

		if (sql != NULL && strcmp(given, m->hash) != 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid journal: %s.hash does not match %s.sql", path, path),
					 errdetail("The text hashes to %s; the journal says %s.", m->hash, given)));
		memcpy(m->hash, given, sizeof(given));
	}
}

/* Array member key of the journal root, checked for type. */
static JsonbContainer *
root_array(JsonbValue *v, const char *key)
{
	if (!is_container(v, true))
		wrong_type(key, "an array", v);
	return v->val.binary.data;
}

/* The i'th element of an array, which must be an object. */
static JsonbContainer *
element_object(JsonbContainer *array, int i, const char *path)
{
	JsonbValue *el = getIthJsonbValueFromContainer(array, i);

	if (!is_container(el, false))
		wrong_type(path, "an object", el);
	return el->val.binary.data;
}

/* Duplicate tags would make two migrations indistinguishable in the history. */
static int
compare_tag_ptrs(const void *a, const void *b)
{
	const Migration *ma = *(Migration *const *) a;
	const Migration *mb = *(Migration *const *) b;
	int			c = strcmp(ma->tag, mb->tag);

	return c != 0 ? c : (ma < mb ? -1 : 1);
}

static void
check_unique_tags(const Journal *j, const char *what)
{
	Migration **sorted = palloc(sizeof(Migration *) * Max(j->count, 1));
	int			i;

	for (i = 0; i < j->count; i++)
		sorted[i] = &j->migrations[i];
	qsort(sorted, j->count, sizeof(Migration *), compare_tag_ptrs);
	for (i = 1; i < j->count; i++)
		if (strcmp(sorted[i - 1]->tag, sorted[i]->tag) == 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid journal: duplicate %s \"%s\"", what, printable(sorted[i]->tag)),
					 errdetail("It appears at %s[%d] and %s[%d].",
							   j->format == JOURNAL_V0 ? "entries" : "migrations",
							   (int) (sorted[i - 1] - j->migrations),
							   j->format == JOURNAL_V0 ? "entries" : "migrations",
							   (int) (sorted[i] - j->migrations))));
	pfree(sorted);
}

/* drizzle-orm 1.0 sorts folder names with String.prototype.localeCompare */
static Oid	locale_compare_collation;

static int
compare_names(const void *a, const void *b)
{
	const Migration *ma = a;
	const Migration *mb = b;

	return varstr_cmp(ma->tag, strlen(ma->tag), mb->tag, strlen(mb->tag),
					  locale_compare_collation);
}

/* 0.x: a tag and "when"; 1.0: a folder name that carries its timestamp */
static void
read_identity(JsonbContainer *el, const char *path, JournalFormat format, Migration *m)
{
	if (format == JOURNAL_V0)
	{
		m->tag = required_string(el, path, "tag");
		m->created_at = required_millis(el, path);
		return;
	}
	m->tag = required_string(el, path, "name");
	if (!drizzle_millis_from_name(m->tag, &m->created_at))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid journal: %s.name \"%s\" does not start with a 14-digit timestamp",
						path, printable(m->tag)),
				 errhint("drizzle-kit 1.0 names migration folders YYYYMMDDHHMMSS_name; pass the folder name.")));
}

static Journal *
parse_migrations(JsonbValue *list_value, JournalFormat format)
{
	const char *list = format == JOURNAL_V0 ? "entries" : "migrations";
	JsonbContainer *array = root_array(list_value, list);
	Journal    *j = palloc0(sizeof(Journal));
	int			i;

	j->format = format;
	j->count = JsonContainerSize(array);
	j->migrations = palloc0(sizeof(Migration) * Max(j->count, 1));
	for (i = 0; i < j->count; i++)
	{
		char	   *path = psprintf("%s[%d]", list, i);
		JsonbContainer *el = element_object(array, i, path);
		Migration  *m = &j->migrations[i];

		m->position = i + 1;
		read_identity(el, path, format, m);
		read_content(el, path, m);
		pfree(path);
	}
	check_unique_tags(j, format == JOURNAL_V0 ? "tag" : "name");
	if (format == JOURNAL_V0)
		return j;

	/*
	 * Node's default locale collates like ICU's root locale.  Without ICU in
	 * this server, byte order is the best we have; it only differs for
	 * folders created in the same second.
	 */
	locale_compare_collation = get_collation_oid(list_make2(makeString("pg_catalog"),
															makeString("und-x-icu")),
												 true);
	if (!OidIsValid(locale_compare_collation))
		locale_compare_collation = C_COLLATION_OID;
	if (j->count > 1)
		qsort(j->migrations, j->count, sizeof(Migration), compare_names);
	for (i = 0; i < j->count; i++)
		j->migrations[i].position = i + 1;
	return j;
}

/*
 * drizzle-orm's 0.x migrator reads only entries[].tag, .when and .breakpoints:
 * a journal it accepts is accepted here.  What it never reads but a reader
 * might expect to matter (a "dialect" other than "postgresql": drizzle-kit
 * before 0.21 wrote "pg", and later versions kept appending to such
 * journals) is noted in j->ignored rather than refused.
 */
static void
note_ignored_keys(JsonbContainer *root, Journal *j)
{
	JsonbValue *dialect = get_key(root, "dialect");

	if (dialect == NULL)
		return;
	if (dialect->type != jbvString)
		j->ignored = lappend(j->ignored,
							 psprintf("\"dialect\" is %s (drizzle-orm's migrator never reads it)",
									  jbv_type_name(dialect)));
	else if (dialect->val.string.len != strlen("postgresql") ||
			 strncmp(dialect->val.string.val, "postgresql", dialect->val.string.len) != 0)
		j->ignored = lappend(j->ignored,
							 psprintf("\"dialect\": \"%s\" (drizzle-orm's migrator never reads it)",
									  jbv_cstring(dialect)));
}

Journal *
journal_parse(Jsonb *jb)
{
	JsonbContainer *root = &jb->root;
	JsonbValue *entries;
	JsonbValue *migrations;

	if (!JsonContainerIsObject(root) || JB_ROOT_IS_SCALAR(jb))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION),
				 errmsg("invalid journal: must be a JSON object"),
				 errhint("Pass meta/_journal.json with each entry's \"sql\" added (drizzle-kit 0.x), or {\"migrations\": [...]} (drizzle-kit 1.0).")));

	entries = get_key(root, "entries");
	migrations = get_key(root, "migrations");
	if (entries != NULL && migrations != NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("invalid journal: has both \"entries\" and \"migrations\""),
				 errdetail("\"entries\" is the drizzle-kit 0.x journal format; \"migrations\" is the 1.0 folder format."),
				 errhint("Pass one format only.")));
	if (entries != NULL)
	{
		Journal    *j = parse_migrations(entries, JOURNAL_V0);

		note_ignored_keys(root, j);
		return j;
	}
	if (migrations != NULL)
		return parse_migrations(migrations, JOURNAL_V1);
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid journal: has neither \"entries\" nor \"migrations\""),
			 errhint("Pass meta/_journal.json with each entry's \"sql\" added (drizzle-kit 0.x), or {\"migrations\": [...]} (drizzle-kit 1.0).")));
	return NULL;				/* keep compiler quiet */
}

int
journal_find(const Journal *journal, const char *tag)
{
	int			i;

	for (i = 0; i < journal->count; i++)
		if (strcmp(journal->migrations[i].tag, tag) == 0)
			return i;
	return -1;
}

const char *
journal_format_name(JournalFormat format)
{
	return format == JOURNAL_V0 ? "0.x" : "1.0";
}

/* a migration's text as a C string, in the current memory context; NULL if only hashed */
char *
migration_sql(const Migration *m)
{
	return m->sql_text != NULL ? pnstrdup(m->sql_text, m->sql_len) : NULL;
}

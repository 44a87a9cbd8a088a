/*
 * analysis.c -- the journal beside the history, read as drizzle reads it.
 *
 * Which row belongs to which migration:
 *   1.0 journal, 1.0 table:  by name (drizzle 1.0 runs what is not named).
 *   1.0 journal, 0.x table:  drizzle 1.0's upgrade rule, up-migrations/pg.js:
 *                            by created_at to the second; several candidates
 *                            -> the one with the row's hash; none -> by hash.
 *   0.x journal:             by exact created_at, the hash breaking ties; never
 *                            by hash alone: drizzle 0.x knows a migration only
 *                            by its "when", so a row whose created_at is no
 *                            entry's records nothing drizzle will recognise.
 * What drizzle 0.x would do with it: it reads only the newest created_at
 * and runs every entry whose "when" is newer, so an unrecorded entry that
 * is not newer is skipped forever (out_of_order).
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_extension.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"

#include "utils/builtins.h"

#include "migtrack.h"

/* ---- lookups over the journal, sorted copies + binary search ---- */

typedef struct Lookup
{
	Migration **by_tag;
	Migration **by_key;
	Migration **by_hash;
	int			count;
} Lookup;

/* keys are created_at truncated to seconds (1.0 journals); static for qsort */
static bool lookup_seconds;

static int64
millis_key(int64 millis)
{
	return lookup_seconds ? millis - millis % 1000 : millis;
}

static int
cmp_tag(const void *a, const void *b)
{
	return strcmp((*(Migration *const *) a)->tag, (*(Migration *const *) b)->tag);
}

static int
cmp_key(const void *a, const void *b)
{
	const Migration *ma = *(Migration *const *) a;
	const Migration *mb = *(Migration *const *) b;
	int64		ka = millis_key(ma->created_at);
	int64		kb = millis_key(mb->created_at);

	if (ka != kb)
		return ka < kb ? -1 : 1;
	return ma->position - mb->position;
}

static int
cmp_hash(const void *a, const void *b)
{
	const Migration *ma = *(Migration *const *) a;
	const Migration *mb = *(Migration *const *) b;
	int			c = strcmp(ma->hash, mb->hash);

	return c != 0 ? c : ma->position - mb->position;
}

static Migration **
sorted_copy(Journal *j, int (*cmp) (const void *, const void *))
{
	Migration **arr = palloc(sizeof(Migration *) * Max(j->count, 1));
	int			i;

	for (i = 0; i < j->count; i++)
		arr[i] = &j->migrations[i];
	qsort(arr, j->count, sizeof(Migration *), cmp);
	return arr;
}

/* first index in arr whose element is not below the probe */
static int
lower_bound(Migration **arr, int n, const Migration *probe,
			int (*cmp) (const void *, const void *))
{
	int			lo = 0;
	int			hi = n;

	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;

		if (cmp(&arr[mid], &probe) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

static int
find_by_tag(const Lookup *l, const char *tag)
{
	Migration	probe = {.tag = (char *) tag};
	int			i = lower_bound(l->by_tag, l->count, &probe, cmp_tag);

	return i < l->count && strcmp(l->by_tag[i]->tag, tag) == 0
		? l->by_tag[i]->position - 1 : -1;
}

/* drizzle's byHash map keeps the last migration set with that hash */
static int
find_by_hash(const Lookup *l, const char *hash)
{
	Migration	probe = {.position = PG_INT32_MAX};
	int			i;

	strlcpy(probe.hash, hash, sizeof(probe.hash));
	i = lower_bound(l->by_hash, l->count, &probe, cmp_hash);
	return i > 0 && strcmp(l->by_hash[i - 1]->hash, hash) == 0
		? l->by_hash[i - 1]->position - 1 : -1;
}

static int
match_by_time(const Lookup *l, const TrackingRow *row, const int *row_of)
{
	Migration	probe = {.position = 0};
	int			first;
	int			match;
	int			i;

	if (row->created_at_null)	/* Number("null".slice(..)) is NaN: no candidate */
		return lookup_seconds ? find_by_hash(l, row->hash) : -1;
	probe.created_at = row->created_at;
	first = lower_bound(l->by_key, l->count, &probe, cmp_key);
	if (first >= l->count || millis_key(l->by_key[first]->created_at) != millis_key(row->created_at))
		return lookup_seconds ? find_by_hash(l, row->hash) : -1;
	if (first + 1 >= l->count ||
		millis_key(l->by_key[first + 1]->created_at) != millis_key(row->created_at))
		return l->by_key[first]->position - 1;
	/*
	 * Several migrations at this time: the one with this hash.  drizzle 1.0's
	 * upgrade takes the first such, always; for a 0.x journal, identical
	 * migrations at one time (hand-edited journals) pair with rows one to
	 * one, as drizzle 0.x wrote a row for each.
	 */
	match = -1;
	for (i = first; i < l->count && millis_key(l->by_key[i]->created_at) == millis_key(row->created_at); i++)
		if (strcmp(l->by_key[i]->hash, row->hash) == 0)
		{
			int			m = l->by_key[i]->position - 1;

			if (match < 0)
				match = m;
			if (lookup_seconds || row_of[m] < 0)
				return m;
		}
	return match;
}

/* ---- problems ---- */

static void
add_problem(Analysis *a, ProblemCode code, const char *migration, int64 row_id, char *message)
{
	Problem    *p = palloc(sizeof(Problem));

	p->code = code;
	p->migration = migration;
	p->row_id = row_id;
	p->message = message;
	a->problems = lappend(a->problems, p);
}

/* any migration with this hash (for messages, and what repair may forget) */
int
find_migration_by_hash(const Journal *j, const char *hash)
{
	int			i;

	for (i = 0; i < j->count; i++)
		if (strcmp(j->migrations[i].hash, hash) == 0)
			return i;
	return -1;
}

static char *
row_text(const TrackingRow *r)
{
	if (r->created_at_null)
		return psprintf("row id " INT64_FORMAT " (hash %.12s)", r->id, r->hash);
	return psprintf("row id " INT64_FORMAT " (hash %.12s, created_at " INT64_FORMAT " = %s)",
					r->id, r->hash, r->created_at, drizzle_date_text(r->created_at));
}

static void
match_rows(Analysis *a)
{
	Journal    *j = a->journal;
	TrackingTable *t = a->table;
	bool		by_name = j->format == JOURNAL_V1 && t->format == TABLE_V1;
	Lookup		l = {.count = j->count};
	int			r;

	lookup_seconds = j->format == JOURNAL_V1;
	if (by_name)
		l.by_tag = sorted_copy(j, cmp_tag);
	/* by time and hash: drizzle 0.x's reading, and 1.0's upgrade (also of nameless 1.0 rows) */
	l.by_key = sorted_copy(j, cmp_key);
	l.by_hash = sorted_copy(j, cmp_hash);

	for (r = 0; r < t->nrows; r++)
	{
		TrackingRow *row = &t->rows[r];
		int			m;

		if (by_name)
			m = row->name != NULL ? find_by_tag(&l, row->name) : -1;
		else
			m = match_by_time(&l, row, a->row_of);
		a->migration_of[r] = m;
		if (m >= 0 && a->row_of[m] < 0)
			a->row_of[m] = r;

		if (j->format == JOURNAL_V0 && row->created_at_null)
			add_problem(a, PROBLEM_UNKNOWN_ROW, NULL, row->id,
						psprintf("%s has no created_at: drizzle 0.x reads it as the newest row and would run every migration again",
								 row_text(row)));
		else if (m < 0 && by_name && row->name == NULL)
			continue;			/* below, once the named rows are matched */
		else if (m < 0 && j->format == JOURNAL_V0 && (m = find_migration_by_hash(j, row->hash)) >= 0)
			add_problem(a, PROBLEM_UNKNOWN_ROW, j->migrations[m].tag, row->id,
						psprintf("%s has the hash of %s, whose when is now " INT64_FORMAT ": drizzle 0.x knows migrations only by their when, so it would run %s again (regenerated after it was applied?)",
								 row_text(row), j->migrations[m].tag, j->migrations[m].created_at,
								 j->migrations[m].tag));
		else if (m < 0)
			add_problem(a, PROBLEM_UNKNOWN_ROW, row->name, row->id,
						psprintf("%s%s%s matches no migration in the journal: its file was deleted or renamed",
								 row_text(row),
								 row->name ? " named " : "", row->name ? printable(row->name) : ""));
	}

	/*
	 * A 1.0 history's rows without a name (written by a 0.x drizzle-kit after
	 * the upgrade): drizzle 1.0 ignores them.  The migration its own upgrade
	 * would name one after, when no other row records it, is what
	 * migtrack_repair(name_rows => true) names it.
	 */
	if (!by_name)
		return;
	a->name_for = palloc(sizeof(int) * Max(t->nrows, 1));
	for (r = 0; r < t->nrows; r++)
	{
		TrackingRow *row = &t->rows[r];
		int			m;

		a->name_for[r] = -1;
		if (row->name != NULL || a->migration_of[r] >= 0)
			continue;
		m = match_by_time(&l, row, a->row_of);
		if (m >= 0 && a->row_of[m] < 0)
		{
			a->name_for[r] = m;
			add_problem(a, PROBLEM_UNKNOWN_ROW, j->migrations[m].tag, row->id,
						psprintf("%s has no name, but records %s (as drizzle 1.0's upgrade matches rows): drizzle 1.0 ignores it, so %s would run again",
								 row_text(row), printable(j->migrations[m].tag), printable(j->migrations[m].tag)));
		}
		else
			add_problem(a, PROBLEM_UNKNOWN_ROW, NULL, row->id,
						psprintf("%s has no name and records no migration of the journal: drizzle 1.0 ignores it",
								 row_text(row)));
	}
}

/* a row without a name records migration m (repair's name_rows names it): not unrecorded */
static bool
has_nameless_row(const Analysis *a, int m)
{
	int			r;

	for (r = 0; a->name_for != NULL && r < a->table->nrows; r++)
		if (a->name_for[r] == m)
			return true;
	return false;
}

/*
 * The number of user tables, counted once when first said (a scan of
 * pg_class, no query: messages may ask for it while they are built).
 */
int
user_table_count(const Analysis *a)
{
	if (a->nuser_tables < 0)
		((Analysis *) a)->nuser_tables = user_tables_count(a->table->relid, a->lookalikes);
	return a->nuser_tables;
}

Analysis *
analyze(Journal *journal, TrackingTable *table, int verify)
{
	Analysis   *a = palloc0(sizeof(Analysis));
	int64		newest = 0;
	bool		have_newest = false;
	int			i;

	a->journal = journal;
	a->table = table;
	a->has_user_tables = user_tables_exist(table->relid, NIL);
	/* a history kept under other names is no user table, and probably the one meant */
	if (table->format == TABLE_ABSENT && a->has_user_tables)
	{
		a->lookalikes = lookalike_tracking_tables(table->relid);
		if (a->lookalikes != NIL)
			a->has_user_tables = user_tables_exist(table->relid, a->lookalikes);
	}
	a->nuser_tables = -1;
	/* the database-side view lists them; with a journal they are counted when said */
	if (journal == NULL && a->has_user_tables)
	{
		a->user_tables = user_tables_list(table->relid, a->lookalikes);
		a->nuser_tables = list_length(a->user_tables);
	}
	else if (!a->has_user_tables)
		a->nuser_tables = 0;

	if (journal == NULL)
	{
		if (table->nrows > 0)
			a->state = STATE_TRACKED;
		else if (a->has_user_tables)
			a->state = STATE_UNTRACKED;
		else
			a->state = STATE_FRESH;
	}
	else
	{
		a->row_of = palloc(sizeof(int) * Max(journal->count, 1));
		a->migration_of = palloc(sizeof(int) * Max(table->nrows, 1));
		a->status = palloc(sizeof(MigrationStatus) * Max(journal->count, 1));
		for (i = 0; i < journal->count; i++)
			a->row_of[i] = -1;
		match_rows(a);

		for (i = 0; i < table->nrows; i++)
			if (!table->rows[i].created_at_null &&
				(!have_newest || table->rows[i].created_at > newest))
			{
				newest = table->rows[i].created_at;
				have_newest = true;
			}

		for (i = 0; i < journal->count; i++)
		{
			Migration  *m = &journal->migrations[i];
			TrackingRow *row = a->row_of[i] >= 0 ? &table->rows[a->row_of[i]] : NULL;

			if (row != NULL && strcmp(row->hash, m->hash) != 0)
			{
				a->status[i] = MIG_HASH_MISMATCH;
				a->applied++;
				add_problem(a, PROBLEM_HASH_MISMATCH, m->tag, row->id,
							psprintf("%s was applied with hash %s, but its file now hashes to %s: the file was edited after it was applied",
									 printable(m->tag), printable(row->hash), m->hash));
			}
			else if (row != NULL)
			{
				a->status[i] = MIG_APPLIED;
				a->applied++;
			}
			else if (journal->format == JOURNAL_V0 && have_newest && m->created_at <= newest)
			{
				a->status[i] = MIG_OUT_OF_ORDER;
				add_problem(a, PROBLEM_OUT_OF_ORDER, m->tag, 0,
							psprintf("%s is not recorded, but its when (" INT64_FORMAT " = %s) is not newer than the newest recorded migration (" INT64_FORMAT " = %s): drizzle-kit migrate would skip it forever",
									 printable(m->tag), m->created_at, drizzle_date_text(m->created_at),
									 newest, drizzle_date_text(newest)));
			}
			else
				a->status[i] = MIG_PENDING;
		}

		/*
		 * A pending migration whose objects exist already (pushed since the
		 * last migrate): drizzle-kit migrate would fail on it.  Without any
		 * history that is the untracked state, said once, below.  Not
		 * verifying (the hash path) leaves every verdict unchecked.
		 */
		a->verified = (verify & ANALYSIS_VERIFY) != 0;
		a->drift_checked = a->verified && (verify & ANALYSIS_DRIFT) != 0;
		if (a->verified)
		{
			int			counted;

			/* a history found elsewhere (a mistyped name) is drizzle's, not drift nor another table */
			a->checks = verify_journal(journal, table->relid, a->lookalikes,
									   a->drift_checked ? &a->drift : NULL, &a->other_tables,
									   &counted);
			if (a->drift_checked)
				a->nuser_tables = counted;
		}
		else
		{
			a->checks = palloc0(sizeof(MigrationCheck) * Max(journal->count, 1));
			for (i = 0; i < journal->count; i++)
				a->checks[i].verdict = VERDICT_UNCHECKED;
		}
		for (i = 0; table->nrows > 0 && i < journal->count; i++)
			if (a->status[i] == MIG_PENDING && a->checks[i].existing > 0 && !has_nameless_row(a, i))
				add_problem(a, PROBLEM_ALREADY_EXISTS, journal->migrations[i].tag, 0,
							psprintf("%s is not recorded, but %s of the objects it creates exist%s: drizzle-kit migrate would fail with \"already exists\"",
									 journal->migrations[i].tag,
									 a->checks[i].verdict == VERDICT_PRESENT ? "all" : "some",
									 a->checks[i].verdict == VERDICT_PRESENT ? "" : " (others are missing)"));

		if (a->problems != NIL)
			a->state = STATE_DIVERGED;
		else if (table->nrows == 0)
			a->state = a->has_user_tables ? STATE_UNTRACKED : STATE_FRESH;
		else
			a->state = a->applied == journal->count ? STATE_IN_SYNC : STATE_PENDING;
	}

	/*
	 * Tables, no history, and none of the objects the journal creates (it
	 * creates some): not the incident but perhaps the wrong database.  drizzle-kit migrate would create
	 * everything beside them, as on an empty database.
	 */
	if (a->state == STATE_UNTRACKED && journal != NULL && a->verified && journal->count > 0 &&
		a->lookalikes == NIL)
	{
		bool		any_object = false;
		bool		any_existing = false;

		for (i = 0; i < journal->count; i++)
		{
			any_object = any_object || a->checks[i].surviving > 0;
			any_existing = any_existing || a->checks[i].existing > 0;
		}
		if (any_object && !any_existing)
		{
			a->state = STATE_FRESH;
			add_problem(a, PROBLEM_UNRELATED_TABLES, NULL, 0,
						psprintf("the database has %s, but none of the objects the journal creates: is this the right database? drizzle-kit migrate would create the journal's schema beside them",
								 count_noun(user_table_count(a), "user table")));
		}
	}
	/* pushed without a migration: the next drizzle-kit generate would create it again */
	if (a->drift != NIL && a->state != STATE_FRESH)
		add_problem(a, PROBLEM_DRIFT, NULL, 0,
					psprintf("%s in the schemas the journal touches %s no migration's (drizzle-kit push?): %s%s; the next drizzle-kit generate would create %s again",
							 count_noun(list_length(a->drift), "object"),
							 list_length(a->drift) == 1 ? "is" : "are",
							 (char *) linitial(a->drift),
							 list_length(a->drift) > 1 ? psprintf(", and %d more", list_length(a->drift) - 1) : "",
							 list_length(a->drift) == 1 ? "it" : "them"));
	if (a->state == STATE_UNTRACKED)
		add_problem(a, PROBLEM_UNTRACKED_SCHEMA, NULL, 0,
					a->lookalikes != NIL
					? psprintf("%s does not exist, but %s is shaped like drizzle's migrations table: is the history kept there (drizzle.config migrations.schema and migrations.table)?",
							   table->qualified, ((TableName *) linitial(a->lookalikes))->qualified)
					: psprintf("the database has %s but %s %s: drizzle-kit migrate would try to create them again and fail with \"relation already exists\"",
							   count_noun(user_table_count(a), "user table"), table->qualified,
							   table->format == TABLE_ABSENT ? "does not exist" : "has no rows"));
	return a;
}

/* ---- names ---- */

const char *
state_name(MigtrackState state)
{
	static const char *const names[] = {"fresh", "untracked", "pending", "in_sync", "diverged", "tracked"};

	return names[state];
}

const char *
problem_code_name(ProblemCode code)
{
	static const char *const names[] = {"untracked_schema", "hash_mismatch", "unknown_row", "out_of_order", "already_exists", "unrelated_tables", "drift"};

	return names[code];
}

const char *
migration_status_name(MigrationStatus status)
{
	static const char *const names[] = {"applied", "pending", "hash_mismatch", "out_of_order"};

	return names[status];
}

/* ---- sentences for people ---- */

/* "1 migration", "7 migrations" */
char *
count_noun(int n, const char *noun)
{
	return psprintf("%d %s%s", n, noun, n == 1 ? "" : "s");
}

/* ---- advice: prose and the calls to make, rendered in SQL here, in CLI terms by the client ---- */

/*
 * A migration name as prose shows it: control characters escaped, so that
 * no tag can move a terminal's cursor or start a line of its own.
 */
char *
printable(const char *name)
{
	StringInfoData s;
	const unsigned char *p;

	initStringInfo(&s);
	for (p = (const unsigned char *) name; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			appendStringInfo(&s, "\\x%02x", *p);
		else
			appendStringInfoChar(&s, (char) *p);
	return s.data;
}

/* a SQL string literal of any text: E'...' with escapes when it holds control characters */
static char *
sql_literal(const char *text)
{
	StringInfoData s;
	const unsigned char *p;

	for (p = (const unsigned char *) text; *p; p++)
		if (*p < 0x20 || *p == 0x7f)
			break;
	if (*p == '\0')
		return quote_literal_cstr(text);
	initStringInfo(&s);
	appendStringInfoString(&s, "E'");
	for (p = (const unsigned char *) text; *p; p++)
	{
		if (*p == '\'' || *p == '\\')
			appendStringInfoChar(&s, (char) *p);
		if (*p < 0x20 || *p == 0x7f)
			appendStringInfo(&s, "\\x%02x", *p);
		else
			appendStringInfoChar(&s, (char) *p);
	}
	appendStringInfoChar(&s, '\'');
	return s.data;
}

static void
say(Advice *adv, const char *fmt,...) pg_attribute_printf(2, 3);

/* psprintf() for a va_list: what say() and replay_unverifiable() build their text with */
char *
vformat(const char *fmt, va_list args)
{
	size_t		len = 128;

	for (;;)
	{
		char	   *buf = palloc(len);
		va_list		copy;
		size_t		needed;

		va_copy(copy, args);
		needed = pvsnprintf(buf, len, fmt, copy);
		va_end(copy);
		if (needed < len)
			return buf;
		pfree(buf);
		len = needed;
	}
}

static void
say(Advice *adv, const char *fmt,...)
{
	AdvicePart *part = palloc0(sizeof(AdvicePart));
	va_list		args;

	va_start(args, fmt);
	part->text = vformat(fmt, args);
	va_end(args);
	adv->parts = lappend(adv->parts, part);
}

/* a call of migtrack_<function>: "sync", "status" or "check" */
static void
call(Advice *adv, const char *function, List *accept, bool apply_absent)
{
	AdvicePart *part = palloc0(sizeof(AdvicePart));

	part->call = function;
	part->accept = accept;
	part->apply_absent = apply_absent;
	adv->parts = lappend(adv->parts, part);
}

/*
 * The schema migtrack's functions are in, quoted.  A suggested call names
 * it: unqualified, it would call whatever function of that name comes
 * first in the search_path, which the database's owner can set.
 */
static const char *
extension_schema(void)
{
	CatalogScan cs;
	HeapTuple	tup;
	Oid			nsp = InvalidOid;
	char	   *name;

	catalog_scan_begin(&cs, ExtensionRelationId, ExtensionNameIndexId);
	catalog_scan_key(&cs, Anum_pg_extension_extname, F_NAMEEQ, CStringGetDatum("migtrack"));
	if ((tup = catalog_scan_next(&cs)) != NULL)
		nsp = ((Form_pg_extension) GETSTRUCT(tup))->extnamespace;
	catalog_scan_end(&cs);
	name = OidIsValid(nsp) ? get_namespace_name(nsp) : NULL;
	if (name == NULL)
		elog(ERROR, "extension \"migtrack\" is not installed in this database");
	return quote_identifier(name);
}

/* ", name => ARRAY['a', 'b']::pg_catalog.text[]" */
static void
append_text_array(StringInfo s, const char *name, List *values)
{
	ListCell   *lc;

	appendStringInfo(s, ", %s => ARRAY[", name);
	foreach(lc, values)
		appendStringInfo(s, "%s%s", foreach_current_index(lc) ? ", " : "", sql_literal(lfirst(lc)));
	appendStringInfoString(s, "]::pg_catalog.text[]");
}

/*
 * "SELECT public.migtrack_sync(:'journal'::pg_catalog.jsonb, ...);" with the
 * non-default arguments, every value quoted and of its parameter's type: a
 * function of the same name that the database's owner added beside
 * migtrack's (in public, say) can then not be a better match than it.
 */
static char *
call_sql(const AdvicePart *part, const TrackingTable *t)
{
	StringInfoData s;
	ListCell   *lc;
	const char *schema = part->history ? part->history->schema : t->schema;
	const char *table = part->history ? part->history->table : t->table;

	initStringInfo(&s);

	appendStringInfo(&s, "SELECT %s.migtrack_%s(:'journal'::pg_catalog.jsonb", extension_schema(), part->call);
	if (strcmp(schema, "drizzle") != 0)
		appendStringInfo(&s, ", migrations_schema => %s::pg_catalog.text", sql_literal(schema));
	if (strcmp(table, "__drizzle_migrations") != 0)
		appendStringInfo(&s, ", migrations_table => %s::pg_catalog.text", sql_literal(table));
	if (part->accept != NIL)
		append_text_array(&s, "accept", part->accept);
	if (part->apply_absent)
		appendStringInfoString(&s, ", apply_absent => true");
	if (part->accept_edits != NIL)
		append_text_array(&s, "accept_edits", part->accept_edits);
	if (part->forget_rows != NIL)
	{
		appendStringInfoString(&s, ", forget_rows => ARRAY[");
		foreach(lc, part->forget_rows)
			appendStringInfo(&s, "%s" INT64_FORMAT, foreach_current_index(lc) ? ", " : "", *(int64 *) lfirst(lc));
		appendStringInfoString(&s, "]::bigint[]");
	}
	if (part->name_rows)
		appendStringInfoString(&s, ", name_rows => true");
	if (part->out_of_order)
		appendStringInfoString(&s, ", out_of_order => true");
	appendStringInfoString(&s, ");");
	return s.data;
}

/* the advice as one text, its calls in SQL */
char *
advice_text(const Advice *adv, const TrackingTable *t)
{
	StringInfoData s;
	ListCell   *lc;

	initStringInfo(&s);
	foreach(lc, adv->parts)
	{
		const AdvicePart *part = lfirst(lc);

		appendStringInfoString(&s, part->call ? call_sql(part, t) : part->text);
	}
	return s.data;
}

/* the advice for programs: the next migtrack command, and every part (jsonb "next") */
void
advice_json(JsonOut *jo, const char *key, const Advice *adv)
{
	const AdvicePart *action = NULL;
	ListCell   *lc;
	ListCell   *tc;

	foreach(lc, adv->parts)
		if (((AdvicePart *) lfirst(lc))->call)
			action = lfirst(lc);
	jo_open(jo, key, '{');
	jo_string(jo, "action", action ? action->call : NULL);
	jo_open(jo, "accept", '[');
	if (action)
		foreach(tc, action->accept)
			jo_string(jo, NULL, lfirst(tc));
	jo_close(jo, ']');
	jo_bool(jo, "apply_absent", action && action->apply_absent);
	jo_open(jo, "parts", '[');
	foreach(lc, adv->parts)
	{
		const AdvicePart *part = lfirst(lc);

		jo_open(jo, NULL, '{');
		if (part->call)
		{
			jo_string(jo, "call", part->call);
			jo_open(jo, "accept", '[');
			foreach(tc, part->accept)
				jo_string(jo, NULL, lfirst(tc));
			jo_close(jo, ']');
			jo_bool(jo, "apply_absent", part->apply_absent);
			/* the history to name in the call, when not the caller's: a mistyped name, corrected */
			jo_string(jo, "migrations_schema", part->history ? part->history->schema : NULL);
			jo_string(jo, "migrations_table", part->history ? part->history->table : NULL);
			jo_open(jo, "accept_edits", '[');
			foreach(tc, part->accept_edits)
				jo_string(jo, NULL, lfirst(tc));
			jo_close(jo, ']');
			jo_open(jo, "forget_rows", '[');
			foreach(tc, part->forget_rows)
				jo_int(jo, NULL, *(int64 *) lfirst(tc));
			jo_close(jo, ']');
			jo_bool(jo, "name_rows", part->name_rows);
			jo_bool(jo, "out_of_order", part->out_of_order);
		}
		else
			jo_string(jo, "text", part->text);
		jo_close(jo, '}');
	}
	jo_close(jo, ']');
	jo_close(jo, '}');
}

/* up to three tags of migrations with the given status */
static char *
tags_with_status(const Analysis *a, MigrationStatus status, int *count)
{
	StringInfoData s;
	int			i;

	initStringInfo(&s);
	*count = 0;
	for (i = 0; i < a->journal->count; i++)
		if (a->status[i] == status && (*count)++ < 3)
			appendStringInfo(&s, "%s%s", *count > 1 ? ", " : "", printable(a->journal->migrations[i].tag));
	if (*count > 3)
		appendStringInfo(&s, ", and %d more", *count - 3);
	return s.data;
}

static bool
has_problem(const Analysis *a, ProblemCode code, const char **migration)
{
	ListCell   *lc;

	foreach(lc, a->problems)
	{
		Problem    *p = lfirst(lc);

		if (p->code == code)
		{
			if (migration)
				*migration = p->migration;
			return true;
		}
	}
	return false;
}

/* tags of migrations with one of two verdicts: the list, and as prose */
static List *
tags_with_verdict(const Analysis *a, Verdict v1, Verdict v2, char **prose)
{
	List	   *tags = NIL;
	StringInfoData s;
	int			i;

	initStringInfo(&s);
	for (i = 0; i < a->journal->count; i++)
		if (a->checks[i].verdict == v1 || a->checks[i].verdict == v2)
		{
			appendStringInfo(&s, "%s%s", tags ? ", " : "", printable(a->journal->migrations[i].tag));
			tags = lappend(tags, a->journal->migrations[i].tag);
		}
	*prose = s.data;
	return tags;
}

/*
 * What to do when not every migration is confirmed by the catalog; false
 * (and nothing said) when every one is.
 */
static bool
verdict_advice(const Analysis *a, Advice *adv)
{
	char	   *partial;
	char	   *absent;
	char	   *unsure;
	List	   *npartial = tags_with_verdict(a, VERDICT_PARTIAL, VERDICT_PARTIAL, &partial);
	List	   *nabsent = tags_with_verdict(a, VERDICT_ABSENT, VERDICT_ABSENT, &absent);
	List	   *nunsure = tags_with_verdict(a, VERDICT_DATA_ONLY, VERDICT_UNVERIFIABLE, &unsure);

	if (npartial == NIL && nabsent == NIL && nunsure == NIL)
		return false;
	say(adv, "The schema exists but no migration is recorded (typically after drizzle-kit push), and the catalog does not confirm every migration. ");
	if (npartial)
	{
		/*
		 * Partly there: a sync would be refused.  Say what differs, and the
		 * choices; the next command is a new look once one is made.
		 */
		int			shown = 0;
		int			i;

		for (i = 0; i < a->journal->count && shown < 2; i++)
		{
			const MigrationCheck *c = &a->checks[i];
			StringInfoData what;
			ListCell   *lc;

			if (c->verdict != VERDICT_PARTIAL)
				continue;
			initStringInfo(&what);
			foreach(lc, c->missing)
			{
				if (foreach_current_index(lc) == 3)
				{
					appendStringInfo(&what, ", and %d more", list_length(c->missing) - 3);
					break;
				}
				appendStringInfo(&what, "%s%s", what.len ? "; " : "", printable(lfirst(lc)));
			}
			say(adv, "%s is only partly in the database: missing %s. ", printable(a->journal->migrations[i].tag), what.data);
			shown++;
		}
		if (list_length(npartial) > shown)
			say(adv, "So are %d more (%s). ", list_length(npartial) - shown, partial);
		say(adv, "Either apply what is missing by hand (the missing list says what), or, if the database is as it should be, change the schema in a new migration (drizzle-kit generate) and record these anyway with force (you vouch for them). Then check again: ");
		call(adv, "status", NIL, false);
		return true;
	}
	if (nunsure)
		say(adv, "Check by hand that %s (data-only or unverifiable) took effect, or run %s. ",
			unsure, list_length(nunsure) == 1 ? "it" : "them");
	say(adv, "Then record everything%s%s%s: ",
		nabsent ? ", running the absent " : "", nabsent ? absent : "",
		nabsent ? " as drizzle would" : "");
	call(adv, "sync", nunsure, nabsent != NIL);
	return true;
}

/* what no migration creates: a migration for it, recorded once the catalog confirms it */
static void
drift_advice(const Analysis *a, Advice *adv)
{
	if (a->drift == NIL)
		return;
	say(adv, " The database has %s that no migration creates (drift, e.g. %s): generate a migration for %s (drizzle-kit generate); it is then pending with its objects in place, and migtrack status will recommend recording it without running it.",
		count_noun(list_length(a->drift), "object"), printable(linitial(a->drift)),
		list_length(a->drift) == 1 ? "it" : "them");
}

Advice *
analysis_advice(const Analysis *a)
{
	Advice	   *adv = palloc0(sizeof(Advice));
	const TrackingTable *t = a->table;
	const char *tag = NULL;
	int			count;
	char	   *tags;

	if (a->journal == NULL)
	{
		switch (a->state)
		{
			case STATE_FRESH:
				say(adv, "The database has no user tables and no recorded migrations. Run drizzle-kit migrate to create the schema.");
				return adv;
			case STATE_UNTRACKED:
				say(adv, "The database has %s but no recorded migrations (typically after drizzle-kit push), so drizzle-kit migrate would fail with \"relation already exists\". Pass the journal to see which migrations they cover: ",
					count_noun(user_table_count(a), "user table"));
				call(adv, "status", NIL, false);
				say(adv, " Then record them: ");
				call(adv, "sync", NIL, false);
				return adv;
			default:
				say(adv, "The history records %s. Pass the journal to compare it with the migration files: ",
					count_noun(t->nrows, "migration"));
				call(adv, "status", NIL, false);
				return adv;
		}
	}

	switch (a->state)
	{
		case STATE_FRESH:
			if (has_problem(a, PROBLEM_UNRELATED_TABLES, NULL))
				say(adv, "The database has %s, but none of the objects the journal creates: is this the right database? If it is, drizzle-kit migrate applies the %s beside them.",
					count_noun(user_table_count(a), "user table"), count_noun(a->journal->count, "migration"));
			else
				say(adv, "The database is empty. Run drizzle-kit migrate to apply %s.",
					count_noun(a->journal->count, "migration"));
			return adv;
		case STATE_UNTRACKED:
			if (!a->verified)
			{
				say(adv, "The schema exists but no migration is recorded (typically after drizzle-kit push). Check the migrations against the catalog before recording them: ");
				call(adv, "status", NIL, false);
				return adv;
			}
			if (a->checks && verdict_advice(a, adv))
				return adv;
			if (a->lookalikes != NIL)
			{
				AdvicePart *part;

				say(adv, "%s does not exist, but %s looks like the migration history. If drizzle.config names it (migrations.schema and migrations.table), compare it with the journal: ",
					printable(t->qualified), printable(((TableName *) linitial(a->lookalikes))->qualified));
				call(adv, "status", NIL, false);
				part = llast(adv->parts);
				part->history = linitial(a->lookalikes);
				return adv;
			}
			say(adv, "The schema exists but no migration is recorded (typically after drizzle-kit push). Record the %s without running %s: ",
				count_noun(a->journal->count, "migration"), a->journal->count == 1 ? "it" : "them");
			call(adv, "sync", NIL, false);
			say(adv, " Then drizzle-kit migrate applies only newer ones.");
			return adv;
		case STATE_PENDING:
			tags = tags_with_status(a, MIG_PENDING, &count);
			if (!a->verified)
			{
				say(adv, "Run drizzle-kit migrate to apply the %s (%s), after checking that none of their objects exist already (not verified here): ",
					count_noun(count, "pending migration"), tags);
				call(adv, "check", NIL, false);
				return adv;
			}
			say(adv, "Run drizzle-kit migrate to apply the %s (%s).",
				count_noun(count, "pending migration"), tags);
			drift_advice(a, adv);
			return adv;
		case STATE_IN_SYNC:
			if (a->drift != NIL)
				say(adv, "Every migration is recorded.");
			else
				say(adv, "Nothing to do: %s recorded, none pending.",
					count_noun(a->journal->count, "migration"));
			drift_advice(a, adv);
			return adv;
		default:
			break;
	}

	if (has_problem(a, PROBLEM_HASH_MISMATCH, &tag))
	{
		List	   *edited = NIL;
		int			i;

		for (i = 0; i < a->journal->count; i++)
			if (a->status[i] == MIG_HASH_MISMATCH)
				edited = lappend(edited, a->journal->migrations[i].tag);
		say(adv, "Restore %s from version control as it was when it was applied; to change an applied migration, generate a new one instead. If the edit changed nothing that ran (comments, formatting), accept the file as it is now: ",
			printable(tag));
		call(adv, "repair", NIL, false);
		((AdvicePart *) llast(adv->parts))->accept_edits = edited;
		say(adv, " ");
	}
	if (has_problem(a, PROBLEM_UNKNOWN_ROW, NULL))
	{
		List	   *orphans = NIL;
		bool		nameless = false;
		int			r;

		for (r = 0; r < t->nrows; r++)
		{
			if (a->name_for != NULL && a->name_for[r] >= 0)
				nameless = true;
			else if (a->migration_of[r] < 0)
				orphans = lappend(orphans, &t->rows[r].id);
		}
		if (nameless)
		{
			say(adv, "Name the rows drizzle 1.0 cannot see, as its own upgrade would: ");
			call(adv, "repair", NIL, false);
			((AdvicePart *) llast(adv->parts))->name_rows = true;
			say(adv, " ");
		}
		if (orphans != NIL)
		{
			say(adv, "Restore the deleted or renamed migration files from version control: the journal must list every recorded migration. If a migration is gone for good, forget its row: ");
			call(adv, "repair", NIL, false);
			((AdvicePart *) llast(adv->parts))->forget_rows = orphans;
			say(adv, " ");
		}
	}
	if (has_problem(a, PROBLEM_ALREADY_EXISTS, &tag))
	{
		int			m = journal_find(a->journal, tag);

		if (a->checks[m].verdict == VERDICT_PRESENT)
			say(adv, "%s was applied without being recorded (drizzle-kit push?): record it with ",
				printable(tag));
		else
			say(adv, "%s was partly applied without being recorded (drizzle-kit push?): apply what is missing of it by hand (its missing list says what), then record it with ",
				printable(tag));
		call(adv, "sync", NIL, false);
		say(adv, " ");
	}
	if (has_problem(a, PROBLEM_OUT_OF_ORDER, &tag))
	{
		say(adv, "drizzle-kit migrate would skip %s forever: regenerate it so that it is newer than the last recorded migration (drizzle-kit drop, then drizzle-kit generate), or apply it now, writing the row drizzle would have written: ",
			printable(tag));
		call(adv, "migrate", NIL, false);
		((AdvicePart *) llast(adv->parts))->out_of_order = true;
		say(adv, " ");
	}
	say(adv, "Then check again: ");
	call(adv, "status", NIL, false);
	return adv;
}

char *
analysis_recommendation(const Analysis *a)
{
	return advice_text(analysis_advice(a), a->table);
}

/* one line of counts, for NOTICE and DETAIL */
char *
analysis_summary(const Analysis *a)
{
	int			pending = 0;
	int			i;

	if (a->journal == NULL)
		return psprintf("%s recorded, %s",
						count_noun(a->table->nrows, "migration"),
						count_noun(user_table_count(a), "user table"));
	for (i = 0; i < a->journal->count; i++)
		if (a->status[i] == MIG_PENDING)
			pending++;
	return psprintf("%s in the journal, %d recorded, %d pending; %s in %s; %s",
					count_noun(a->journal->count, "migration"), a->applied, pending,
					count_noun(a->table->nrows, "row"), a->table->qualified,
					count_noun(user_table_count(a), "user table"));
}

/*
 * Everything a SQL function needs: the journal checked first (bad input
 * fails before anything is touched), then the history, read under the
 * writer's lock when asked.
 */
Analysis *
analysis_load(Jsonb *journal, const char *schema, const char *table, bool lock, int verify)
{
	Journal    *j = journal != NULL ? journal_parse(journal) : NULL;
	TrackingTable *t = tracking_open(schema, table);

	if (lock)
		tracking_lock(t);
	tracking_read(t);
	return analyze(j, t, verify);
}

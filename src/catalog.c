/*
 * catalog.c -- the user tables that the history is supposed to describe.
 *
 * A user table is an ordinary or partitioned, non-temporary table outside
 * pg_catalog, information_schema, pg_toast and the temp schemas, not owned
 * by an extension.  The tracking table itself is excluded, but not the rest
 * of its schema: drizzle allows migrationsSchema "public".  Only the
 * database-side view (no journal) lists them; with a journal, whether there
 * is one decides the state and their number is said.
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/stratnum.h"
#include "access/table.h"
#include "access/tableam.h"
#include "catalog/dependency.h"
#include "catalog/index.h"
#include "catalog/pg_collation.h"
#include "catalog/pg_depend.h"
#include "catalog/pg_extension.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "executor/spi.h"
#include "executor/tuptable.h"
#include "miscadmin.h"
#include "storage/bufmgr.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/hsearch.h"
#include "utils/snapmgr.h"
#include "utils/varlena.h"

#include "compat.h"
#include "migtrack.h"

/* ---- reading a catalog by index, without the syscache ---- */

/*
 * Rows read once per call (a journal's relations, columns, defaults) are
 * read by index scans rather than through the syscache, which would keep
 * them in the backend after the call: catalog_scan_begin(), a
 * catalog_scan_key() per key column, catalog_scan_next() until NULL,
 * catalog_scan_end().
 *
 * The same index asked about thousands of relations one after another keeps
 * its scan open instead: catalog_scan_kept() once, then for each look-up its
 * keys (always as many) and catalog_scan_next() until NULL, and
 * catalog_scan_again() before the next look-up's keys.  A look-up then costs
 * a descent of the index (index_rescan), not the opening and closing of the
 * index, the scan, a slot and a snapshot.  The scan's resources belong to the
 * current (sub)transaction: it must be ended in it, and forgotten (not
 * ended) when it was rolled back.
 */
void
catalog_scan_begin(CatalogScan *cs, Oid catalog, Oid index)
{
	memset(cs, 0, sizeof(CatalogScan));
	cs->rel = table_open(catalog, AccessShareLock);
	cs->index = index;
}

void
catalog_scan_kept(CatalogScan *cs, Oid catalog, Oid index)
{
	catalog_scan_begin(cs, catalog, index);
	/* as systable_beginscan() decides: else a heap scan per look-up, as catalog_scan_begin()'s */
	cs->keep = !IgnoreSystemIndexes && !ReindexIsProcessingIndex(index);
	cs->restart = true;
	cs->cxt = CurrentMemoryContext;
}

void
catalog_scan_again(CatalogScan *cs)
{
	if (cs->scan != NULL)
		systable_endscan(cs->scan);
	cs->scan = NULL;
	cs->nkeys = 0;
	cs->restart = true;
}

void
catalog_scan_key(CatalogScan *cs, AttrNumber attno, RegProcedure eq, Datum value)
{
	Assert(cs->nkeys < lengthof(cs->keys) && cs->scan == NULL);
	ScanKeyInit(&cs->keys[cs->nkeys++], attno, BTEqualStrategyNumber, eq, value);
}

/* a key of another strategy than equality: e.g. attnum > 0 (BTGreaterStrategyNumber, F_INT2GT) */
void
catalog_scan_key_cmp(CatalogScan *cs, AttrNumber attno, StrategyNumber strategy, RegProcedure cmp,
					 Datum value)
{
	Assert(cs->nkeys < lengthof(cs->keys) && cs->scan == NULL);
	ScanKeyInit(&cs->keys[cs->nkeys++], attno, strategy, cmp, value);
}

/* the kept scan restarted with cs's keys, numbered as the index's columns (systable_beginscan's mapping) */
static void
kept_scan_restart(CatalogScan *cs)
{
	int			natts;
	int			i;
	int			j;

	if (cs->iscan == NULL)
	{
		cs->irel = index_open(cs->index, AccessShareLock);
		cs->snapshot = RegisterSnapshot(GetCatalogSnapshot(RelationGetRelid(cs->rel)));
		cs->slot = table_slot_create(cs->rel, NULL);
		cs->iscan = migtrack_index_beginscan(cs->rel, cs->irel, cs->snapshot, cs->nkeys);
		/* the index's entries themselves, to filter before the heap (as an index-only scan) */
		cs->iscan->xs_want_itup = cs->read_entries;
	}
	/* index_beginscan() fixed the number of keys */
	Assert(cs->iscan->numberOfKeys == cs->nkeys);
	natts = IndexRelationGetNumberOfAttributes(cs->irel);
	for (i = 0; i < cs->nkeys; i++)
	{
		for (j = 0; j < natts; j++)
			if (cs->keys[i].sk_attno == cs->irel->rd_index->indkey.values[j])
				break;
		if (j == natts)
			elog(ERROR, "column is not in index");
		cs->keys[i].sk_attno = j + 1;
	}
	index_rescan(cs->iscan, cs->keys, cs->nkeys, NULL, 0);
	cs->restart = false;
}

HeapTuple
catalog_scan_next(CatalogScan *cs)
{
	HeapTuple	tup;

	if (cs->keep)
	{
		/* the scan outlives the caller's memory context */
		MemoryContext old = MemoryContextSwitchTo(cs->cxt);

		if (cs->restart)
			kept_scan_restart(cs);
		tup = index_getnext_slot(cs->iscan, ForwardScanDirection, cs->slot)
			? ExecFetchSlotHeapTuple(cs->slot, false, NULL) : NULL;
		MemoryContextSwitchTo(old);
		return tup;
	}
	if (cs->scan == NULL)
		cs->scan = systable_beginscan(cs->rel, cs->index, true, NULL, cs->nkeys, cs->keys);
	tup = systable_getnext(cs->scan);
	return HeapTupleIsValid(tup) ? tup : NULL;
}

/* a TID as a number that orders as the TIDs do: block, then offset */
static inline uint64
tid_number(ItemPointer tid)
{
	return ((uint64) ItemPointerGetBlockNumber(tid) << 16) | ItemPointerGetOffsetNumber(tid);
}

/* tid_number_sort(numbers, n): the comparison inlined (a relation's columns, fifty at a time) */
#define ST_SORT tid_number_sort
#define ST_ELEMENT_TYPE uint64
#define ST_COMPARE(a, b) (*(a) < *(b) ? -1 : *(a) > *(b))
#define ST_SCOPE static
#define ST_DECLARE
#define ST_DEFINE
#include "lib/sort_template.h"

/*
 * Every row of a look-up to fn(tup, arg), in the heap's order: for a kept
 * scan, the index's entries first, then each heap page pinned and locked
 * once for all of its rows, where index_getnext_slot() locks the page and
 * stores a slot for each (a table's forty columns are on a page or two).
 * fn is called with the page pinned, not locked, as a slot's tuple is.
 * Catalogs are heaps.  wanted (NULL: every entry; cs->read_entries set)
 * says which of the index's entries to fetch, by their columns.  Not kept:
 * row by row, every row (fn must filter too).
 */
void
catalog_scan_each(CatalogScan *cs, bool (*wanted) (IndexTuple entry, TupleDesc desc, void *arg),
				  void (*fn) (HeapTuple tup, void *arg), void *arg)
{
	uint64		local[128];
	uint64	   *tids = local;	/* tid_number()s */
	int			room = lengthof(local);
	int			ntids = 0;
	HeapTupleData found[MaxHeapTuplesPerPage];
	ItemPointer tid;
	HeapTuple	tup;
	MemoryContext old;
	bool		sorted = true;
	Buffer		buf = InvalidBuffer;
	int			i;

	if (!cs->keep)
	{
		while ((tup = catalog_scan_next(cs)) != NULL)
			fn(tup, arg);
		return;
	}
	old = MemoryContextSwitchTo(cs->cxt);
	if (cs->restart)
		kept_scan_restart(cs);
	MemoryContextSwitchTo(old);
	Assert(wanted == NULL || cs->read_entries);
	while ((tid = index_getnext_tid(cs->iscan, ForwardScanDirection)) != NULL)
	{
		if (wanted != NULL && !wanted(cs->iscan->xs_itup, RelationGetDescr(cs->irel), arg))
			continue;
		if (ntids == room)
		{
			room *= 2;
			tids = tids == local ? memcpy(palloc(sizeof(uint64) * room), local, sizeof(local))
				: repalloc(tids, sizeof(uint64) * room);
		}
		tids[ntids] = tid_number(tid);
		sorted = sorted && (ntids == 0 || tids[ntids - 1] < tids[ntids]);
		ntids++;
	}
	if (!sorted)
		tid_number_sort(tids, ntids);
	for (i = 0; i < ntids;)
	{
		BlockNumber block = (BlockNumber) (tids[i] >> 16);
		int			nfound = 0;
		int			j;

		buf = ReleaseAndReadBuffer(buf, cs->rel, block);
		LockBuffer(buf, BUFFER_LOCK_SHARE);
		/* a page's rows, as many as found[] holds (a page cannot hold more; else the page again) */
		for (; i < ntids && (BlockNumber) (tids[i] >> 16) == block && nfound < (int) lengthof(found); i++)
		{
			ItemPointerData root;
			bool		all_dead;

			ItemPointerSet(&root, block, (OffsetNumber) (tids[i] & 0xFFFF));
			/* the entry's HOT chain, to its member the snapshot sees (index_fetch_heap's way) */
			if (heap_hot_search_buffer(&root, cs->rel, buf, cs->snapshot, &found[nfound],
									   &all_dead, true))
				nfound++;
		}
		LockBuffer(buf, BUFFER_LOCK_UNLOCK);
		for (j = 0; j < nfound; j++)
			fn(&found[j], arg);
	}
	if (BufferIsValid(buf))
		ReleaseBuffer(buf);
	if (tids != local)
		pfree(tids);
}

void
catalog_scan_end(CatalogScan *cs)
{
	if (cs->iscan != NULL)
	{
		index_endscan(cs->iscan);
		ExecDropSingleTupleTableSlot(cs->slot);
		UnregisterSnapshot(cs->snapshot);
		index_close(cs->irel, AccessShareLock);
	}
	if (cs->scan != NULL)
		systable_endscan(cs->scan);
	table_close(cs->rel, AccessShareLock);
}

/* ---- one scan of pg_class for every question about user relations ---- */

#define SH_PREFIX oidmap
#define SH_ELEMENT_TYPE OidEntry
#define SH_KEY_TYPE Oid
#define SH_KEY oid
#define SH_HASH_KEY(tb, k) murmurhash32(k)
#define SH_EQUAL(tb, a, b) ((a) == (b))
#define SH_SCOPE extern
#define SH_DEFINE
#include "lib/simplehash.h"

/* an empty map of oids (OidEntry: with a name or an oid where one is wanted) in cxt */
oidmap_hash *
oid_set(MemoryContext cxt)
{
	return oidmap_create(cxt, 64, NULL);
}

/*
 * The least and greatest oid of a set (lo > hi when empty): most oids asked
 * about (every row of a catalog) fall outside them and need no hashing.
 */
void
oid_set_range(oidmap_hash *set, Oid *lo, Oid *hi)
{
	oidmap_iterator it;
	OidEntry   *e;

	*lo = PG_UINT32_MAX;
	*hi = InvalidOid;
	oidmap_start_iterate(set, &it);
	while ((e = oidmap_iterate(set, &it)) != NULL)
	{
		*lo = Min(*lo, e->oid);
		*hi = Max(*hi, e->oid);
	}
}

/* relations (and types, when types is not NULL) of extensions: pg_depend's reference side, by index */
void
read_extension_members(oidmap_hash *classes, oidmap_hash *types)
{
	CatalogScan cs;
	HeapTuple	tup;
	bool		found;

	catalog_scan_begin(&cs, DependRelationId, DependReferenceIndexId);
	catalog_scan_key(&cs, Anum_pg_depend_refclassid, F_OIDEQ, ObjectIdGetDatum(ExtensionRelationId));
	while ((tup = catalog_scan_next(&cs)) != NULL)
	{
		Form_pg_depend d = (Form_pg_depend) GETSTRUCT(tup);

		if (d->deptype != DEPENDENCY_EXTENSION)
			continue;
		if (d->classid == RelationRelationId && classes != NULL)
			(void) oidmap_insert(classes, d->objid, &found);
		else if (d->classid == TypeRelationId && types != NULL)
			(void) oidmap_insert(types, d->objid, &found);
	}
	catalog_scan_end(&cs);
}

/* the namespaces of the database's users (not pg_catalog, information_schema, pg_toast*, pg_temp_*) */
static oidmap_hash *
user_namespaces(void)
{
	oidmap_hash *set = oid_set(CurrentMemoryContext);
	Relation	rel = table_open(NamespaceRelationId, AccessShareLock);
	TableScanDesc scan = table_beginscan_catalog(rel, 0, NULL);
	HeapTuple	tup;
	bool		found;

	while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		Form_pg_namespace nsp = (Form_pg_namespace) GETSTRUCT(tup);
		const char *name = NameStr(nsp->nspname);

		if (strcmp(name, "pg_catalog") == 0 || strcmp(name, "information_schema") == 0 ||
			strncmp(name, "pg_toast", 8) == 0 || strncmp(name, "pg_temp_", 8) == 0)
			continue;
		oidmap_insert(set, nsp->oid, &found)->name = pstrdup(name);
	}
	table_endscan(scan);
	table_close(rel, AccessShareLock);
	return set;
}

/*
 * The relations of the database's users: not temporary, not in a system
 * schema, not an extension's, not the history (tracking_relid) nor one of
 * excluded (of TableName *: tables shaped like it).  A user table is such a
 * relation of kind r or p.  user_relation_schema() judges pg_class's rows
 * one by one, so that a pass over pg_class made for something else can
 * serve (check_facts()'s).
 */
void
user_relations_begin(UserRelations *u, Oid tracking_relid, List *excluded)
{
	u->nsps = user_namespaces();
	u->ext = oid_set(CurrentMemoryContext);
	read_extension_members(u->ext, NULL);
	oid_set_range(u->ext, &u->ext_lo, &u->ext_hi);
	u->tracking_relid = tracking_relid;
	u->excluded = excluded;
	u->last_nspid = InvalidOid;
	u->last_nsp = NULL;
}

/* the name of the relation's schema when it is a user relation, else NULL */
const char *
user_relation_schema(UserRelations *u, Form_pg_class c)
{
	ListCell   *lc;

	/* relations come namespace by namespace: the last one first */
	if (c->relnamespace != u->last_nspid)
	{
		u->last_nsp = oidmap_lookup(u->nsps, c->relnamespace);
		u->last_nspid = c->relnamespace;
	}
	if (u->last_nsp == NULL || c->relpersistence == RELPERSISTENCE_TEMP || c->oid == u->tracking_relid ||
		(c->oid >= u->ext_lo && c->oid <= u->ext_hi && oidmap_lookup(u->ext, c->oid) != NULL))
		return NULL;
	foreach(lc, u->excluded)
		if (((TableName *) lfirst(lc))->relid == c->oid)
			return NULL;
	return u->last_nsp->name;
}

void
user_relations_end(UserRelations *u)
{
	oidmap_destroy(u->nsps);
	oidmap_destroy(u->ext);
}

/*
 * fn(relation, its schema's name, arg) for every user relation, from one
 * heap scan of pg_class, whatever the planner's statistics; stops when fn
 * returns false.
 */
void
user_relations_scan(UserRelations *u, bool (*fn) (Form_pg_class c, const char *schema, void *arg),
					void *arg)
{
	Relation	rel = table_open(RelationRelationId, AccessShareLock);
	TableScanDesc scan = table_beginscan_catalog(rel, 0, NULL);
	HeapTuple	tup;

	while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		Form_pg_class c = (Form_pg_class) GETSTRUCT(tup);
		const char *schema = user_relation_schema(u, c);

		if (schema != NULL && !fn(c, schema, arg))
			break;
	}
	table_endscan(scan);
	table_close(rel, AccessShareLock);
}

/* user_relations_scan() with a filter of its own */
void
for_each_user_relation(Oid tracking_relid, List *excluded,
					   bool (*fn) (Form_pg_class c, const char *schema, void *arg), void *arg)
{
	UserRelations u;

	user_relations_begin(&u, tracking_relid, excluded);
	user_relations_scan(&u, fn, arg);
	user_relations_end(&u);
}

static bool
is_table(Form_pg_class c)
{
	return c->relkind == RELKIND_RELATION || c->relkind == RELKIND_PARTITIONED_TABLE;
}

static bool
count_table(Form_pg_class c, const char *schema, void *arg)
{
	(void) schema;
	*(int *) arg += is_table(c);
	return true;
}

static bool
found_table(Form_pg_class c, const char *schema, void *arg)
{
	(void) schema;
	*(bool *) arg = is_table(c);
	return !is_table(c);		/* stop at the first */
}

typedef struct NamedTable
{
	char	   *schema;
	char	   *table;
} NamedTable;

static bool
name_table(Form_pg_class c, const char *schema, void *arg)
{
	if (is_table(c))
	{
		NamedTable *t = palloc(sizeof(NamedTable));

		t->schema = pstrdup(schema);
		t->table = pstrdup(NameStr(c->relname));
		*(List **) arg = lappend(*(List **) arg, t);
	}
	return true;
}

/*
 * prefix followed by schema.name, each quoted as needed, in memory of its own
 * size: quote_qualified_identifier() keeps a kilobyte-sized buffer for each,
 * which ten thousand names (a database's tables, drift) turn into megabytes.
 */
char *
qualified_name(const char *prefix, const char *schema, const char *name)
{
	const char *qs = quote_identifier(schema);
	const char *qn = quote_identifier(name);
	size_t		lp = strlen(prefix),
				ls = strlen(qs),
				ln = strlen(qn);
	char	   *out = palloc(lp + ls + ln + 2);

	memcpy(out, prefix, lp);
	memcpy(out + lp, qs, ls);
	out[lp + ls] = '.';
	memcpy(out + lp + ls + 1, qn, ln + 1);
	return out;
}

/*
 * qsort(base, n, size, collated), where collated orders as ORDER BY would in
 * the database's collation.  Sorting by bytes is several times cheaper (no
 * strcoll) and mostly gives that order already -- ASCII names in C.UTF-8,
 * lower-case identifiers in most locales -- so the array is sorted by bytes,
 * then each neighbour compared once in the collation; only when a pair is out
 * of order is it sorted again.  An array whose every neighbour is in order is
 * sorted: varstr_cmp breaks ties by bytes, so it is a total order.
 */
void
sort_collated(void *base, size_t n, size_t size, array_comparator bytewise, array_comparator collated)
{
	if (n < 2)
		return;
	qsort(base, n, size, bytewise);
	collate_sorted(base, n, size, collated);
}

/* the second half of sort_collated(), for an array its caller sorted by bytes */
void
collate_sorted(void *base, size_t n, size_t size, array_comparator collated)
{
	size_t		i;

	for (i = 1; i < n; i++)
		if (collated((char *) base + (i - 1) * size, (char *) base + i * size) > 0)
		{
			qsort(base, n, size, collated);
			return;
		}
}

/* sort_collated() of a list's cells, as list_sort() sorts them */
void
list_sort_collated(List *list, list_sort_comparator bytewise, list_sort_comparator collated)
{
	if (list != NIL)
		sort_collated(list->elements, list_length(list), sizeof(ListCell),
					  (array_comparator) bytewise, (array_comparator) collated);
}

/* two names by bytes: the first sort (the same pointer, often a schema's or a kind's, is the same name) */
static int
name_bytes_cmp(const char *a, const char *b)
{
	return a == b ? 0 : strcmp(a, b);
}

/* two names as ORDER BY would compare them, in the database's collation */
int
collated_name_cmp(const char *a, const char *b)
{
	return a == b ? 0 : varstr_cmp(a, strlen(a), b, strlen(b), DEFAULT_COLLATION_OID);
}

/* as ORDER BY schema, table would, each name compared by cmp */
static int
named_order(const ListCell *a, const ListCell *b, int (*cmp) (const char *, const char *))
{
	const NamedTable *x = lfirst(a);
	const NamedTable *y = lfirst(b);
	int			c = cmp(x->schema, y->schema);

	return c != 0 ? c : cmp(x->table, y->table);
}

/* in the database's collation */
static int
named_cmp(const ListCell *a, const ListCell *b)
{
	return named_order(a, b, collated_name_cmp);
}

/* by bytes */
static int
named_bytes_cmp(const ListCell *a, const ListCell *b)
{
	return named_order(a, b, name_bytes_cmp);
}

/* the user tables, quoted schema.table, sorted: the database-side view lists them */
List *
user_tables_list(Oid tracking_relid, List *excluded)
{
	List	   *tables = NIL;
	List	   *names = NIL;
	ListCell   *lc;

	for_each_user_relation(tracking_relid, excluded, name_table, &tables);
	list_sort_collated(tables, named_bytes_cmp, named_cmp);
	foreach(lc, tables)
		names = lappend(names, qualified_name("", ((NamedTable *) lfirst(lc))->schema,
											  ((NamedTable *) lfirst(lc))->table));
	return names;
}

/* whether there is one: the untracked/fresh test needs no more */
bool
user_tables_exist(Oid tracking_relid, List *excluded)
{
	bool		found = false;

	for_each_user_relation(tracking_relid, excluded, found_table, &found);
	return found;
}

/* how many, for the messages that say so */
int
user_tables_count(Oid tracking_relid, List *excluded)
{
	int			count = 0;

	for_each_user_relation(tracking_relid, excluded, count_table, &count);
	return count;
}

/*
 * Tables shaped like drizzle's history (id, hash text, created_at bigint)
 * other than tracking_relid, as TableName records: when the configured
 * table is missing, one of these is probably the history under a custom
 * migrationsSchema/Table.
 */
List *
lookalike_tracking_tables(Oid tracking_relid)
{
	/* from the rare "hash text" columns, not a sub-query per table: 10,000 tables cost 5 ms, not 200 */
	static const char *sql =
		"SELECT n.nspname::pg_catalog.text, c.relname::pg_catalog.text, c.oid"
		"  FROM pg_catalog.pg_attribute h"
		"  JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) h.attrelid"
		"  JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace"
		" WHERE h.attname OPERATOR(pg_catalog.=) 'hash' AND NOT h.attisdropped"
		"   AND h.atttypid OPERATOR(pg_catalog.=) 'pg_catalog.text'::pg_catalog.regtype"
		"   AND c.relkind OPERATOR(pg_catalog.=) ANY ('{r,p}'::pg_catalog.\"char\"[])"
		"   AND c.relpersistence OPERATOR(pg_catalog.<>) 't'"
		"   AND c.oid OPERATOR(pg_catalog.<>) $1"
		"   AND EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid OPERATOR(pg_catalog.=) c.oid"
		"                 AND a.attname OPERATOR(pg_catalog.=) 'id' AND NOT a.attisdropped)"
		"   AND EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid OPERATOR(pg_catalog.=) c.oid"
		"                 AND a.attname OPERATOR(pg_catalog.=) 'created_at' AND NOT a.attisdropped"
		"                 AND a.atttypid OPERATOR(pg_catalog.=) 'pg_catalog.int8'::pg_catalog.regtype)"
		" ORDER BY 1, 2";
	Oid			argtypes[1] = {OIDOID};
	Datum		args[1] = {ObjectIdGetDatum(tracking_relid)};
	List	   *found = NIL;
	uint64		i;

	if (SPI_execute_with_args(sql, 1, argtypes, args, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "looking for migrations tables failed");
	for (i = 0; i < SPI_processed; i++)
	{
		TableName  *n = palloc(sizeof(TableName));
		bool		isnull;

		n->schema = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);
		n->table = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2);
		n->qualified = quote_qualified_identifier(n->schema, n->table);
		n->relid = DatumGetObjectId(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 3, &isnull));
		found = lappend(found, n);
	}
	SPI_freetuptable(SPI_tuptable);
	return found;
}

/*
 * verify_catalog.c -- each surviving fact of the replay against the catalog.
 *
 * Each relation's catalog is read once per check, whatever the number of
 * facts about it (a table's ~4 facts a column): its pg_class row, its
 * attributes (one index scan), and, when a fact needs them, its defaults and
 * constraints (one index scan each).  The pg_class rows come from one look-up
 * each, or, when the journal names more relations than pg_class has pages,
 * from one pass over pg_class (and pg_index for the indexes' tables).  What
 * was read is kept in hash tables for the check and for drift.
 *
 * Nothing here runs code of the database's users: names are looked up,
 * expressions are parse-analysed and deparsed (never evaluated), and a
 * constant's text comes from output functions in pg_catalog only.
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/stratnum.h"
#include "access/heapam.h"
#include "access/table.h"
#include "access/tableam.h"
#include "catalog/heap.h"
#include "common/hashfn.h"
#include "miscadmin.h"
#include "catalog/index.h"
#include "catalog/namespace.h"
#include "catalog/pg_attrdef.h"
#include "catalog/pg_attribute.h"
#include "catalog/pg_constraint.h"
#include "catalog/pg_index.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_class.h"
#include "catalog/pg_proc.h"
#include "catalog/pg_type.h"
#include "commands/extension.h"
#include "commands/policy.h"
#include "commands/trigger.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "parser/parse_node.h"
#include "parser/parse_type.h"
#include "storage/bufmgr.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/catcache.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/ruleutils.h"
#include "utils/syscache.h"

#include "verify.h"

/* ---- column types ---- */

static void
resolve_type(void *item)
{
	ColType    *t = item;
	int32		typmod = -1;
	Type		found;

	t->typid = InvalidOid;		/* until found */
	found = LookupTypeName(NULL, t->name, &typmod, true);
	if (found == NULL)
		return;
	t->typid = typeTypeId(found);
	t->typmod = typmod;
	ReleaseSysCache(found);
}

/* every spelling, against the catalog (the search_path's types); errors kept per type */
static void
resolve_types(Replay *r)
{
	char	  **errors = run_guarded_each(r->type_list, resolve_type, NULL);
	ListCell   *lc;

	if (errors != NULL)
		foreach(lc, r->type_list)
			((ColType *) lfirst(lc))->error = errors[foreach_current_index(lc)];
}

/* ---- defaults ---- */

/* ---- what a check reads of the catalog, once per relation ---- */

/* 64 bits of a node's text and its length: equal hashes stand for equal texts */
static uint64
text_hash(const char *text)
{
	size_t		len = strlen(text);

	return hash_combine64(hash_bytes_extended((const unsigned char *) text, len, 0), len);
}

typedef struct RelKey
{
	Oid			nsp;
	char		name[NAMEDATALEN];
} RelKey;

typedef struct RelInfo
{
	RelKey		key;
	Oid			relid;			/* InvalidOid: no such relation */
	char		relkind;
	bool		rowsecurity;
	bool		pending;		/* wanted by the check, not read yet (read_wanted_relations) */
	bool		columns_read;
	bool		defaults_read;
	bool		constraints_read;
	int			natts;			/* columns_read: by_attnum[1..natts] (NULL: dropped) */
	struct ColInfo **by_attnum;
	struct ColInfo *cols;		/* columns_read: every attribute, in attnum order */
	int			ncols;
	int			hint;			/* the last column found: a column's facts come together */
	struct ConInfo *cons;		/* constraints_read: its constraints (a few) */
	int			ncons;
	struct StoredDef *defs;		/* defs_passed: its pg_attrdef rows, from read_wanted_parts() */
	int			ndefs;
	bool		defs_passed;
} RelInfo;

/* a pg_attrdef row: the hash of its adbin's node text without locations (see read_defaults) */
typedef struct StoredDef
{
	AttrNumber	adnum;
	uint64		hash;
} StoredDef;

typedef struct ConInfo
{
	char	   *name;
	char		contype;
	bool		explained;		/* a live constraint fact holds: not drift */
} ConInfo;

typedef struct ColInfo
{
	char	   *name;
	AttrNumber	attnum;
	Oid			atttypid;
	int32		atttypmod;
	bool		attnotnull;
	bool		atthasdef;
	char		attgenerated;
	bool		has_stored_def;	/* defaults_read: pg_attrdef has a row */
	uint64		def_hash;		/* ... and the hash of its node text without locations */
	bool		explained;		/* a live column fact holds: not drift */
} ColInfo;

/* a relation's hash: its name's bytes, not a key's padding (pg_class's rows are hashed by the thousand) */
static uint32
relation_hash(Oid nsp, const char *name)
{
	return hash_combine(murmurhash32(nsp),
						hash_bytes((const unsigned char *) name, strnlen(name, NAMEDATALEN)));
}

static uint32
relkey_hash(const void *key, Size keysize)
{
	(void) keysize;
	return relation_hash(((const RelKey *) key)->nsp, ((const RelKey *) key)->name);
}

/* the key of rel in nsp: zero-padded, as the cache compares keys whole */
static void
rel_key(RelKey *key, Oid nsp, const char *rel)
{
	memset(key, 0, sizeof(RelKey));
	key->nsp = nsp;
	strlcpy(key->name, rel, NAMEDATALEN);
}

/*
 * A bit per hash value modulo WANTED_BITS, set for each relation a fact
 * wants (read_wanted_relations): most of pg_class's rows are none of them.
 */
#define WANTED_BITS 65536
static uint64 *wanted_bits;

static void
set_wanted(uint32 hash)
{
	wanted_bits[hash % WANTED_BITS / 64] |= UINT64CONST(1) << (hash % 64);
}

static bool
may_be_wanted(uint32 hash)
{
	return (wanted_bits[hash % WANTED_BITS / 64] & (UINT64CONST(1) << (hash % 64))) != 0;
}

/*
 * The indexes read relation after relation (thousands of look-ups a call)
 * keep their scans open (catalog_scan_kept()): for check_facts()'s
 * subtransaction, which closes them before it ends (kept_scans_close()), and
 * for the drift after it.  A scan whose subtransaction was rolled back went
 * with it: forgotten, not closed.  Checked one by one after an error, each
 * fact in a subtransaction of its own, a look-up opens and closes its scan.
 */
static MemoryContext cache_cxt;	/* what check_facts() reads, until check_facts_done() */

static struct
{
	bool		open;
	SubTransactionId subxact;	/* where it was opened */
	CatalogScan cs;
}			kept[NKEPT];

/* a look-up's scan of that catalog's index, without keys yet: a kept one, or *local begun */
CatalogScan *
lookup_begin(KeptScan which, Oid catalog, Oid index, CatalogScan *local)
{
	SubTransactionId current = GetCurrentSubTransactionId();

	if (guarded_one_by_one)
	{
		catalog_scan_begin(local, catalog, index);
		return local;
	}
	if (kept[which].open && kept[which].subxact != current)
		kept[which].open = false;	/* rolled back, and its scan with it */
	if (kept[which].open)
		catalog_scan_again(&kept[which].cs);
	else
	{
		/* for the look-ups to come: in the cache's memory, not the look-up's */
		MemoryContext old = MemoryContextSwitchTo(cache_cxt);

		catalog_scan_kept(&kept[which].cs, catalog, index);
		MemoryContextSwitchTo(old);
		kept[which].open = true;
		kept[which].subxact = current;
	}
	return &kept[which].cs;
}

/* the look-up is over (a kept scan stays open for the next) */
void
lookup_end(CatalogScan *cs)
{
	int			i;

	for (i = 0; i < NKEPT; i++)
		if (cs == &kept[i].cs)
			return;
	catalog_scan_end(cs);
}

/* the kept scans closed, in the (sub)transaction that opened them */
void
kept_scans_close(void)
{
	SubTransactionId current = GetCurrentSubTransactionId();
	int			i;

	for (i = 0; i < NKEPT; i++)
	{
		if (kept[i].open && kept[i].subxact == current)
			catalog_scan_end(&kept[i].cs);
		kept[i].open = false;
	}
}

static HTAB *rel_cache;			/* RelInfo by (namespace, name), for one check_facts() */
static char *last_schema;		/* facts come schema by schema: the last look-up */
static const char *last_schema_asked;	/* ... and the pointer it was asked with */
static RelInfo *last_rel;
static const char *last_rel_asked;	/* ... and the pointer it was last asked with */
static Oid	last_nsp;

static char *names_block;		/* the rest of the current block for column names */
static Size names_left;

/* a column name in cache_cxt, from blocks: a name each would cost a chunk header */
static char *
cache_strdup(const char *name)
{
	Size		len = strlen(name) + 1;
	char	   *p;

	if (names_left < len)
	{
		names_left = Max(len, 16 * 1024);
		names_block = MemoryContextAlloc(cache_cxt, names_left);
	}
	p = memcpy(names_block, name, len);
	names_block += len;
	names_left -= len;
	return p;
}

static Oid
schema_oid(const char *schema)
{
	/* facts share their schema's name: the same pointer is the same schema */
	if (schema == last_schema_asked)
		return last_nsp;
	if (last_schema == NULL || strcmp(last_schema, schema) != 0)
	{
		last_nsp = get_namespace_oid(schema, true);
		last_schema = MemoryContextStrdup(cache_cxt, schema);
	}
	last_schema_asked = schema;
	return last_nsp;
}

/* rel in nsp, as the catalog has it (relid invalid when absent) */
static RelInfo *
rel_info(const char *rel, Oid nsp)
{
	static RelInfo none;
	RelKey		key;
	RelInfo    *ri;
	bool		found;
	Oid			relid;
	char		relkind = 0;
	bool		rowsecurity = false;
	int			natts = 0;
	CatalogScan local;
	CatalogScan *cs;
	HeapTuple	tup;

	/* facts come relation by relation, sharing its name: the last answer first */
	if (last_rel != NULL && last_rel->key.nsp == nsp &&
		(rel == last_rel_asked || strcmp(last_rel->key.name, rel) == 0))
	{
		last_rel_asked = rel;
		return last_rel;
	}
	if (strlen(rel) >= NAMEDATALEN)
		return &none;			/* no relation has a longer name */
	rel_key(&key, nsp, rel);
	ri = hash_search(rel_cache, &key, HASH_FIND, NULL);
	if (ri != NULL && !ri->pending)
	{
		last_rel_asked = rel;
		return last_rel = ri;
	}
	/*
	 * Read by index, not through the syscache: a journal's thousands of
	 * relations would stay cached in the backend (two entries each, about a
	 * kilobyte).  Read first: an error must not leave a half-filled entry.
	 */
	cs = lookup_begin(KEPT_CLASS, RelationRelationId, ClassNameNspIndexId, &local);
	catalog_scan_key(cs, Anum_pg_class_relname, F_NAMEEQ, CStringGetDatum(key.name));
	catalog_scan_key(cs, Anum_pg_class_relnamespace, F_OIDEQ, ObjectIdGetDatum(nsp));
	relid = InvalidOid;
	if ((tup = catalog_scan_next(cs)) != NULL)
	{
		Form_pg_class c = (Form_pg_class) GETSTRUCT(tup);

		relid = c->oid;
		relkind = c->relkind;
		rowsecurity = c->relrowsecurity;
		natts = c->relnatts;
	}
	lookup_end(cs);
	ri = hash_search(rel_cache, &key, HASH_ENTER, &found);
	memset((char *) ri + sizeof(RelKey), 0, sizeof(RelInfo) - sizeof(RelKey));
	ri->relid = relid;
	if (OidIsValid(relid))
	{
		ri->relkind = relkind;
		ri->rowsecurity = rowsecurity;
		ri->natts = natts;
	}
	last_rel_asked = rel;
	return last_rel = ri;
}

/*
 * The relation's user columns, from one index scan of pg_attribute (from
 * attnum 1: the system columns' rows are not fetched; no migration makes or
 * drops one), its rows fetched page by page (catalog_scan_each()).  Not a
 * syscache list: before PostgreSQL 17 a cache's lists are searched one by
 * one, so a list per relation made thousands of relations quadratic.
 */
static void
file_column(HeapTuple tup, void *arg)
{
	Form_pg_attribute att = (Form_pg_attribute) GETSTRUCT(tup);
	RelInfo    *ri = arg;
	ColInfo    *c;

	if (att->attisdropped || att->attnum > ri->natts)
		return;
	/* in the heap's order: at its number's place, packed after the scan */
	c = &ri->cols[att->attnum - 1];
	c->name = cache_strdup(NameStr(att->attname));
	c->attnum = att->attnum;
	c->atttypid = att->atttypid;
	c->atttypmod = att->atttypmod;
	c->attnotnull = att->attnotnull;
	c->atthasdef = att->atthasdef;
	c->attgenerated = att->attgenerated;
	c->has_stored_def = false;
}

static void
read_columns(RelInfo *ri)
{
	CatalogScan local;
	CatalogScan *cs = lookup_begin(KEPT_ATTRIBUTE, AttributeRelationId, AttributeRelidNumIndexId, &local);
	int			i;

	/* relnatts (read with the relation) bounds the attribute numbers */
	ri->by_attnum = MemoryContextAllocZero(cache_cxt, sizeof(ColInfo *) * (ri->natts + 1));
	ri->cols = MemoryContextAllocZero(cache_cxt, sizeof(ColInfo) * Max(ri->natts, 1));
	catalog_scan_key(cs, Anum_pg_attribute_attrelid, F_OIDEQ, ObjectIdGetDatum(ri->relid));
	catalog_scan_key_cmp(cs, Anum_pg_attribute_attnum, BTGreaterStrategyNumber, F_INT2GT,
						 Int16GetDatum(0));
	catalog_scan_each(cs, NULL, file_column, ri);
	lookup_end(cs);
	/* packed in attnum order, without the dropped: the order columns are asked for in */
	ri->ncols = 0;
	for (i = 0; i < ri->natts; i++)
		if (ri->cols[i].name != NULL)
		{
			if (ri->ncols != i)
				ri->cols[ri->ncols] = ri->cols[i];
			ri->by_attnum[ri->cols[ri->ncols].attnum] = &ri->cols[ri->ncols];
			ri->ncols++;
		}
	ri->hint = Max(ri->ncols - 1, 0);	/* the first column is asked for first */
	ri->columns_read = true;
}

/* the wanted indexes' tables (other: InvalidOid until pg_index is read), from one pass over pg_index */
static oidmap_hash *index_tables;

/* the indexes a live index fact was found to hold for: not drift */
static oidmap_hash *explained_indexes;

bool
index_explained(Oid indexid)
{
	return explained_indexes != NULL && oidmap_lookup(explained_indexes, indexid) != NULL;
}

/* the table an index is on (pg_index by index, not cached) */
Oid
index_table(Oid indexid)
{
	CatalogScan local;
	CatalogScan *cs;
	HeapTuple	tup;
	Oid			table = InvalidOid;
	OidEntry   *e;

	if (index_tables != NULL && (e = oidmap_lookup(index_tables, indexid)) != NULL && OidIsValid(e->other))
		return e->other;

	cs = lookup_begin(KEPT_INDEX, IndexRelationId, IndexRelidIndexId, &local);
	catalog_scan_key(cs, Anum_pg_index_indexrelid, F_OIDEQ, ObjectIdGetDatum(indexid));
	if ((tup = catalog_scan_next(cs)) != NULL)
		table = ((Form_pg_index) GETSTRUCT(tup))->indrelid;
	lookup_end(cs);
	return table;
}

/*
 * The column of that name, or NULL: from the one after the last found (a
 * table's columns are asked for in order), a scan of a few dozen.
 */
static ColInfo *
column_info(RelInfo *ri, const char *name)
{
	int			i;

	if (!ri->columns_read)
		read_columns(ri);
	for (i = 1; i <= ri->ncols; i++)
	{
		int			at = (ri->hint + i) % ri->ncols;

		if (strcmp(ri->cols[at].name, name) == 0)
		{
			ri->hint = at;
			return &ri->cols[at];
		}
	}
	return NULL;
}

/* a pg_attrdef row's adbin (a node's text), or NULL */
static char *
adbin_text(HeapTuple tup, Relation pg_attrdef)
{
	bool		isnull;
	Datum		bin = heap_getattr(tup, Anum_pg_attrdef_adbin, RelationGetDescr(pg_attrdef), &isnull);

	return isnull ? NULL : TextDatumGetCString(bin);
}

/*
 * A pg_attrdef row as the check compares it: a hash, not the text (100,000
 * defaults' texts would be tens of megabytes); false when adbin is null.
 */
static bool
stored_def(HeapTuple tup, Relation pg_attrdef, StoredDef *def)
{
	char	   *node_text = adbin_text(tup, pg_attrdef);

	if (node_text == NULL)
		return false;
	strip_locations(node_text);
	def->adnum = ((Form_pg_attrdef) GETSTRUCT(tup))->adnum;
	def->hash = text_hash(node_text);
	pfree(node_text);
	return true;
}

static void
file_default(RelInfo *ri, const StoredDef *def)
{
	if (def->adnum > 0 && def->adnum <= ri->natts && ri->by_attnum[def->adnum] != NULL)
	{
		ri->by_attnum[def->adnum]->def_hash = def->hash;
		ri->by_attnum[def->adnum]->has_stored_def = true;
	}
}

/* the relation's stored defaults into its columns: from read_wanted_parts(), else one index scan */
static void
read_defaults(RelInfo *ri)
{
	CatalogScan local;
	CatalogScan *cs;
	HeapTuple	tup;
	StoredDef	def;
	int			i;

	/* filed by attribute number: the columns first */
	if (!ri->columns_read)
		read_columns(ri);
	if (ri->defs_passed)
	{
		for (i = 0; i < ri->ndefs; i++)
			file_default(ri, &ri->defs[i]);
		ri->defaults_read = true;
		return;
	}
	cs = lookup_begin(KEPT_ATTRDEF, AttrDefaultRelationId, AttrDefaultIndexId, &local);
	catalog_scan_key(cs, Anum_pg_attrdef_adrelid, F_OIDEQ, ObjectIdGetDatum(ri->relid));
	while ((tup = catalog_scan_next(cs)) != NULL)
		if (stored_def(tup, cs->rel, &def))
			file_default(ri, &def);
	lookup_end(cs);
	ri->defaults_read = true;
}

/* the column's stored default (pg_attrdef.adbin, a node's text), or NULL: one row, by index */
static char *
stored_default(Oid relid, AttrNumber attnum)
{
	CatalogScan cs;
	HeapTuple	tup;
	char	   *adbin = NULL;

	catalog_scan_begin(&cs, AttrDefaultRelationId, AttrDefaultIndexId);
	catalog_scan_key(&cs, Anum_pg_attrdef_adrelid, F_OIDEQ, ObjectIdGetDatum(relid));
	catalog_scan_key(&cs, Anum_pg_attrdef_adnum, F_INT2EQ, Int16GetDatum(attnum));
	if ((tup = catalog_scan_next(&cs)) != NULL)
		adbin = adbin_text(tup, cs.rel);
	catalog_scan_end(&cs);
	return adbin;
}

/* an array of n elements of that size (NULL: none yet) with room for one more: 8, then doubled */
static void *
room_for_one(void *array, int n, Size size)
{
	if (array == NULL)
		return MemoryContextAlloc(cache_cxt, size * 8);
	if (n >= 8 && (n & (n - 1)) == 0)
		return repalloc(array, size * n * 2);
	return array;
}

static void
add_constraint_row(RelInfo *ri, Form_pg_constraint con)
{
	ri->cons = room_for_one(ri->cons, ri->ncons, sizeof(ConInfo));
	ri->cons[ri->ncons].name = cache_strdup(NameStr(con->conname));
	ri->cons[ri->ncons].explained = false;
	ri->cons[ri->ncons++].contype = con->contype;
}

/* the relation's constraints (names and types): one index scan */
static void
read_constraints(RelInfo *ri)
{
	CatalogScan local;
	CatalogScan *cs;
	HeapTuple	tup;

	ri->cons = NULL;
	ri->ncons = 0;
	cs = lookup_begin(KEPT_CONSTRAINT, ConstraintRelationId, ConstraintRelidTypidNameIndexId, &local);
	catalog_scan_key(cs, Anum_pg_constraint_conrelid, F_OIDEQ, ObjectIdGetDatum(ri->relid));
	while ((tup = catalog_scan_next(cs)) != NULL)
		add_constraint_row(ri, (Form_pg_constraint) GETSTRUCT(tup));
	lookup_end(cs);
	ri->constraints_read = true;
}

/* the relation's constraint of that name, or NULL */
static ConInfo *
constraint_named(RelInfo *ri, const char *name)
{
	int			i;

	if (!ri->constraints_read)
		read_constraints(ri);
	for (i = 0; i < ri->ncons; i++)
		if (strcmp(ri->cons[i].name, name) == 0)
			return &ri->cons[i];
	return NULL;
}

/*
 * The migration's default cooked for one column type, as text without
 * locations: one cookDefault per distinct (expression, type), whatever the
 * number of columns that share them.
 */
typedef struct CookedKey
{
	Node	   *expr;			/* interned: default_intern() */
	Oid			typid;
	int32		typmod;
	char		generated;
} CookedKey;

typedef struct CookedEntry
{
	CookedKey	key;
	uint64		hash;			/* text_hash() of its node text without locations */
} CookedEntry;

static HTAB *cooked_cache;		/* for one check_facts() */

static Node *
cook(Node *expr, ColInfo *att)
{
	return cookDefault(make_parsestate(NULL), copyObject(expr), att->atttypid, att->atttypmod,
					   att->name, att->attgenerated);
}

static uint64
cooked_hash(Node *expr, ColInfo *att)
{
	CookedKey	key;
	CookedEntry *e;
	bool		found;

	memset(&key, 0, sizeof(key));
	key.expr = expr;
	key.typid = att->atttypid;
	key.typmod = att->atttypmod;
	key.generated = att->attgenerated;
	e = hash_search(cooked_cache, &key, HASH_FIND, NULL);
	if (e == NULL)
	{
		/* cook first: an error must not leave an empty entry */
		char	   *text = nodeToString(cook(expr, att));

		strip_locations(text);
		e = hash_search(cooked_cache, &key, HASH_ENTER, &found);
		e->hash = text_hash(text);
	}
	return e->hash;
}

/*
 * An expression as a default compares: without the implicit coercions
 * PostgreSQL adds (they differ when a column's type changed after its
 * default was set) and without a constant's type.
 */
static Node *
strip_coercions(Node *node)
{
	for (;;)
	{
		if (node == NULL)
			return NULL;
		if (IsA(node, RelabelType) && ((RelabelType *) node)->relabelformat != COERCE_EXPLICIT_CALL)
			node = (Node *) ((RelabelType *) node)->arg;
		else if (IsA(node, FuncExpr) && ((FuncExpr *) node)->funcformat == COERCE_IMPLICIT_CAST)
			node = linitial(((FuncExpr *) node)->args);
		else if (IsA(node, CoerceViaIO) && ((CoerceViaIO *) node)->coerceformat == COERCE_IMPLICIT_CAST)
			node = (Node *) ((CoerceViaIO *) node)->arg;
		else if (IsA(node, ArrayCoerceExpr) && ((ArrayCoerceExpr *) node)->coerceformat == COERCE_IMPLICIT_CAST)
			node = (Node *) ((ArrayCoerceExpr *) node)->arg;
		else if (IsA(node, CoerceToDomain) && ((CoerceToDomain *) node)->coercionformat == COERCE_IMPLICIT_CAST)
			node = (Node *) ((CoerceToDomain *) node)->arg;
		else
			return node;
	}
}

/* a constant's text, when its type's output function is PostgreSQL's own */
static char *
constant_text(Const *c)
{
	Oid			typoutput;
	bool		isvarlena;

	if (c->constisnull)
		return pstrdup("NULL");
	getTypeOutputInfo(c->consttype, &typoutput, &isvarlena);
	if (get_func_namespace(typoutput) != PG_CATALOG_NAMESPACE)
		return NULL;
	return OidOutputFunctionCall(typoutput, c->constvalue);
}

static char *
default_text(Node *expr)
{
	return deparse_expression(expr, NIL, false, false);
}

/*
 * Does the column's default match the migration's?  The migration's raw
 * expression is cooked as CREATE TABLE would cook it for the column's type
 * (cookDefault: parse analysis only, nothing runs), then both are compared
 * as trees, else as constants' texts, else as deparsed texts.
 */
static bool
default_matches(Node *expr, char **why, RelInfo *ri, ColInfo *att)
{
	char	   *stored_text;
	Node	   *stored;
	Node	   *cooked;
	Node	   *a;
	Node	   *b;
	char	   *ta;
	char	   *tb;

	if (!att->atthasdef)
		return false;
	if (expr == NULL)
		return true;			/* presence is all that is known */
	if (!ri->defaults_read)
		read_defaults(ri);
	if (!att->has_stored_def)
		return false;
	/* the common case: the same tree (as texts without locations, hashed in 64 bits) */
	if (att->def_hash == cooked_hash(expr, att))
		return true;
	stored_text = stored_default(ri->relid, att->attnum);
	if (stored_text == NULL)
		return false;
	stored = stringToNode(stored_text);
	cooked = cook(expr, att);
	a = strip_coercions(cooked);
	b = strip_coercions(stored);
	if (equal(a, b))
		return true;
	if (IsA(a, Const) && IsA(b, Const))
	{
		ta = constant_text((Const *) a);
		tb = constant_text((Const *) b);
		if (ta && tb && strcmp(ta, tb) == 0)
			return true;
	}
	ta = default_text(a);
	tb = default_text(b);
	if (strcmp(ta, tb) == 0)
		return true;
	*why = psprintf("the database has %s; the migration sets %s", default_text(stored),
					default_text(cooked));
	return false;
}

/* ---- each kind of fact ---- */

/*
 * A function or procedure of that name in nsp: with nargs arguments (any
 * when negative) and, when types is given, exactly those input types.
 */
static bool
function_exists(const char *name, Oid nsp, int nargs, const Oid *types)
{
	CatCList   *list = SearchSysCacheList1(PROCNAMEARGSNSP, CStringGetDatum(name));
	bool		found = false;
	int			i;

	for (i = 0; i < list->n_members && !found; i++)
	{
		Form_pg_proc proc = (Form_pg_proc) GETSTRUCT(&list->members[i]->tuple);

		found = proc->pronamespace == nsp && (nargs < 0 || proc->pronargs == nargs) &&
			(types == NULL || memcmp(proc->proargtypes.values, types, sizeof(Oid) * nargs) == 0);
	}
	ReleaseSysCacheList(list);
	return found;
}

/* the function with exactly the history's argument types (a type that does not resolve is an error) */
static bool
function_holds(Fact *f, Oid nsp)
{
	List	   *args = f->x ? f->x->args : NIL;
	Oid		   *types = palloc(sizeof(Oid) * Max(list_length(args), 1));
	ListCell   *lc;

	foreach(lc, args)
		types[foreach_current_index(lc)] = LookupTypeNameOid(NULL, lfirst(lc), false);
	return function_exists(f->rel, nsp, list_length(args), types);
}

static bool
type_exists(const char *name, Oid nsp, char typtype)
{
	HeapTuple	tup = SearchSysCache2(TYPENAMENSP, CStringGetDatum(name), ObjectIdGetDatum(nsp));
	bool		found;

	if (!HeapTupleIsValid(tup))
		return false;
	/* a table's row type is not a type of its own */
	found = ((Form_pg_type) GETSTRUCT(tup))->typrelid == InvalidOid ||
		get_rel_relkind(((Form_pg_type) GETSTRUCT(tup))->typrelid) == RELKIND_COMPOSITE_TYPE;
	if (found && typtype != 0)
		found = ((Form_pg_type) GETSTRUCT(tup))->typtype == typtype;
	ReleaseSysCache(tup);
	return found;
}

/* the dropped (or renamed-away) object is not there */
static bool
gone_holds(Fact *f, Oid nsp)
{
	RelInfo    *ri;

	switch (f->gone)
	{
		case F_SCHEMA:
			return !OidIsValid(nsp);
		case F_EXTENSION:
			return !OidIsValid(get_extension_oid(f->rel, true));
		case F_ROLE:
			return !OidIsValid(get_role_oid(f->rel, true));
		default:
			break;
	}
	if (!OidIsValid(nsp))
		return true;
	switch (f->gone)
	{
		case F_ENUM:
		case F_TYPE:
			return !type_exists(f->rel, nsp, 0);
		case F_FUNCTION:
			return !function_exists(f->rel, nsp, f->sub ? atoi(f->sub) : -1, NULL);
		default:
			break;
	}
	ri = rel_info(f->rel, nsp);
	if (!OidIsValid(ri->relid))
		return true;
	switch (f->gone)
	{
		case F_COLUMN:
			return column_info(ri, f->sub) == NULL;
		case F_CONSTRAINT:
			return constraint_named(ri, f->sub) == NULL;
		case F_TRIGGER:
			return !OidIsValid(get_trigger_oid(ri->relid, f->sub, true));
		case F_POLICY:
			return !OidIsValid(get_relation_policy_oid(ri->relid, f->sub, true));
		default:
			return false;		/* the relation itself */
	}
}

/*
 * The column the last column fact found: its slots are checked right after
 * it, with its very names (the same pointers), and need no look-up.
 */
static struct
{
	const char *schema;
	const char *rel;
	const char *sub;
	RelInfo    *ri;
	ColInfo    *att;
}			last_column;

static bool column_holds(FactKind kind, ColType *type, Node *expr, char **why, RelInfo *ri,
						 ColInfo *att);

/* is the attribute last found that of f's column (the same names, by pointer)? */
static bool
found_last(const Fact *f)
{
	return f->schema == last_column.schema && f->rel == last_column.rel &&
		f->sub == last_column.sub && last_column.att != NULL;
}

static bool
holds(Fact *f)
{
	Oid			nsp;
	RelInfo    *ri;
	Oid			relid;
	char		relkind;
	ColInfo    *att;

	if ((KIND(f->kind) & COLUMN_KINDS) && found_last(f))
		return column_holds(f->kind, f->type, f->expr, &f->why, last_column.ri, last_column.att);

	switch (f->kind)
	{
		case F_EXTENSION:
			return OidIsValid(get_extension_oid(f->rel, true));
		case F_ROLE:
			return OidIsValid(get_role_oid(f->rel, true));
		default:
			break;
	}
	nsp = schema_oid(f->schema);
	if (f->kind == F_GONE)
		return gone_holds(f, nsp);
	if (f->kind == F_SCHEMA || !OidIsValid(nsp))
		return OidIsValid(nsp);

	switch (f->kind)
	{
		case F_ENUM:
			return type_exists(f->rel, nsp, TYPTYPE_ENUM);
		case F_ENUMVAL:
			{
				Oid			typid = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid, CStringGetDatum(f->rel),
													ObjectIdGetDatum(nsp));

				return OidIsValid(typid) && get_typtype(typid) == TYPTYPE_ENUM &&
					SearchSysCacheExists2(ENUMTYPOIDNAME, ObjectIdGetDatum(typid), CStringGetDatum(f->sub));
			}
		case F_TYPE:
			return type_exists(f->rel, nsp, 0);
		case F_FUNCTION:
			return function_holds(f, nsp);
		default:
			break;
	}

	ri = rel_info(f->rel, nsp);
	relid = ri->relid;
	if (!OidIsValid(relid))
		return false;
	relkind = ri->relkind;
	switch (f->kind)
	{
		case F_TABLE:
			return relkind == RELKIND_RELATION || relkind == RELKIND_PARTITIONED_TABLE ||
				relkind == RELKIND_FOREIGN_TABLE;
		case F_VIEW:
			return relkind == RELKIND_VIEW || relkind == RELKIND_MATVIEW;
		case F_SEQUENCE:
			return relkind == RELKIND_SEQUENCE;
		case F_INDEX:
			{
				Oid			table;

				if (relkind != RELKIND_INDEX && relkind != RELKIND_PARTITIONED_INDEX)
					return false;
				/* on the table the history put it on (pg_index read by index, not cached) */
				table = index_table(relid);
				if (table == rel_info(f->sub, nsp)->relid)
				{
					bool		found;

					if (explained_indexes == NULL)
						explained_indexes = oid_set(cache_cxt);
					(void) oidmap_insert(explained_indexes, relid, &found);
					return true;
				}
				f->why = psprintf("it is an index on %s", get_rel_name(table));
				return false;
			}
		case F_CONSTRAINT:
			{
				ConInfo    *con = constraint_named(ri, f->sub);

				if (con == NULL)
					return false;
				con->explained = true;
				return true;
			}
		case F_TRIGGER:
			return OidIsValid(get_trigger_oid(relid, f->sub, true));
		case F_POLICY:
			return OidIsValid(get_relation_policy_oid(relid, f->sub, true));
		case F_RLS:
			return ri->rowsecurity;
		case F_NORLS:
			return !ri->rowsecurity;
		default:
			break;
	}

	/* column facts: the relation's attributes, read once */
	att = column_info(ri, f->sub);
	if (att == NULL)
		return false;
	last_column.schema = f->schema;
	last_column.rel = f->rel;
	last_column.sub = f->sub;
	last_column.ri = ri;
	last_column.att = att;
	return column_holds(f->kind, f->type, f->expr, &f->why, ri, att);
}

/* a fact about a column the catalog has (or a slot of its column fact); why: see Fact's */
static bool
column_holds(FactKind kind, ColType *type, Node *expr, char **why, RelInfo *ri, ColInfo *att)
{
	switch (kind)
	{
		case F_COLUMN:
			att->explained = true;
			return true;
		case F_NOTNULL:
			return att->attnotnull;
		case F_NULLABLE:
			return !att->attnotnull;
		case F_DEFAULT:
			return default_matches(expr, why, ri, att);
		case F_NODEFAULT:
			return !att->atthasdef;
		case F_COLTYPE:
			if (OidIsValid(type->typid) && att->atttypid == type->typid &&
				(type->typmod == -1 || type->typmod == att->atttypmod))
				return true;
			*why = psprintf("the column is %s", format_type_with_typemod(att->atttypid, att->atttypmod));
			return false;
		default:
			return false;
	}
}

/* ---- the journal's relations at once ---- */

/* does checking f look its relation up (rel_info)?  What holds() and gone_holds() ask */
static bool
asks_relation(const Fact *f)
{
	switch (f->kind == F_GONE ? f->gone : f->kind)
	{
		case F_SCHEMA:
		case F_EXTENSION:
		case F_ROLE:
		case F_ENUM:
		case F_ENUMVAL:
		case F_TYPE:
		case F_FUNCTION:
			return false;
		default:
			return true;
	}
}

/* rel in nsp, entered as pending: true when it was not yet */
static bool
want_relation(const char *rel, Oid nsp)
{
	RelKey		key;
	RelInfo    *ri;
	bool		found;

	if (rel == NULL || !OidIsValid(nsp) || strlen(rel) >= NAMEDATALEN)
		return false;
	rel_key(&key, nsp, rel);
	ri = hash_search(rel_cache, &key, HASH_ENTER, &found);
	if (found)
		return false;
	memset((char *) ri + sizeof(RelKey), 0, sizeof(RelInfo) - sizeof(RelKey));
	ri->pending = true;
	set_wanted(relkey_hash(&key, sizeof(RelKey)));
	return true;
}

/*
 * The pg_class rows of the relations the live facts name, in one pass over
 * pg_class instead of a look-up by index each, when they outnumber its pages
 * (a page holds some thirty rows; a look-up costs about what a page does) or
 * when the observer reads every row anyway.  The wanted indexes' tables come
 * from one pass over pg_index the same way.
 */
static void
read_wanted_relations(Replay *r, CatalogObserver *obs)
{
	ListCell   *lc;
	int			wanted = 0;
	Relation	rel;
	TableScanDesc scan;
	HeapTuple	tup;
	HASH_SEQ_STATUS seq;
	RelInfo    *ri;
	bool		any_index = false;
	Oid			nsps[8];		/* the namespaces of the wanted, when they are few */
	int			nnsps = 0;
	bool		many_nsps = false;
	Oid			last_nsp = InvalidOid;
	const char *last_rel = NULL;
	Oid			lo;
	Oid			hi;

	wanted_bits = MemoryContextAllocZero(cache_cxt, WANTED_BITS / 8);
	foreach(lc, r->facts)
	{
		Fact	   *f = lfirst(lc);
		Oid			nsp;
		int			i;

		if (!f->alive || f->rel == NULL || !asks_relation(f))
			continue;
		nsp = schema_oid(f->schema);
		if (f->kind == F_INDEX)
			wanted += want_relation(f->sub, nsp);
		/* a relation's facts come together: the last one asked for first */
		if (last_rel != NULL && nsp == last_nsp && (last_rel == f->rel || strcmp(last_rel, f->rel) == 0))
			continue;
		last_rel = f->rel;
		last_nsp = nsp;
		wanted += want_relation(f->rel, nsp);
		for (i = 0; i < nnsps && nsps[i] != nsp; i++)
			;
		if (i < nnsps || !OidIsValid(nsp))
			continue;
		if (nnsps < (int) lengthof(nsps))
			nsps[nnsps++] = nsp;
		else
			many_nsps = true;
	}

	rel = table_open(RelationRelationId, AccessShareLock);
	if (obs == NULL && wanted <= (int) Min(RelationGetNumberOfBlocks(rel), INT_MAX))
	{
		/* few, and nothing else reads the rows: rel_info() looks each up when asked */
		table_close(rel, AccessShareLock);
		return;
	}
	scan = table_beginscan_catalog(rel, 0, NULL);
	while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		Form_pg_class c = (Form_pg_class) GETSTRUCT(tup);
		RelKey		key;
		uint32		hash;
		int			i;
		bool		named;

		/* in no namespace of the journal's, or wanted by no fact: no live fact names it */
		for (i = 0; !many_nsps && i < nnsps && nsps[i] != c->relnamespace; i++)
			;
		hash = many_nsps || i < nnsps ? relation_hash(c->relnamespace, NameStr(c->relname)) : 0;
		named = (many_nsps || i < nnsps) && may_be_wanted(hash);
		if (obs != NULL)
			obs->relation(c, named, obs->arg);
		if (!named)
			continue;
		rel_key(&key, c->relnamespace, NameStr(c->relname));
		ri = hash_search_with_hash_value(rel_cache, &key, hash, HASH_FIND, NULL);
		if (ri == NULL || !ri->pending)
			continue;
		ri->pending = false;
		ri->relid = c->oid;
		ri->relkind = c->relkind;
		ri->rowsecurity = c->relrowsecurity;
		ri->natts = c->relnatts;
		if (c->relkind == RELKIND_INDEX || c->relkind == RELKIND_PARTITIONED_INDEX)
		{
			bool		found;

			if (index_tables == NULL)
				index_tables = oid_set(cache_cxt);
			oidmap_insert(index_tables, c->oid, &found)->other = InvalidOid;
			any_index = true;
		}
	}
	table_endscan(scan);
	table_close(rel, AccessShareLock);
	if (obs != NULL)
		obs->saw_relations = true;
	/* the rest is not there */
	hash_seq_init(&seq, rel_cache);
	while ((ri = hash_seq_search(&seq)) != NULL)
		ri->pending = false;
	if (!any_index)
		return;

	oid_set_range(index_tables, &lo, &hi);
	rel = table_open(IndexRelationId, AccessShareLock);
	scan = table_beginscan_catalog(rel, 0, NULL);
	while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		Form_pg_index ix = (Form_pg_index) GETSTRUCT(tup);
		OidEntry   *e;

		if (ix->indexrelid >= lo && ix->indexrelid <= hi &&
			(e = oidmap_lookup(index_tables, ix->indexrelid)) != NULL)
			e->other = ix->indrelid;
	}
	table_endscan(scan);
	table_close(rel, AccessShareLock);
}

static int
relinfo_oid_cmp(const void *a, const void *b)
{
	Oid			x = (*(RelInfo *const *) a)->relid;
	Oid			y = (*(RelInfo *const *) b)->relid;

	return x < y ? -1 : x > y;
}

/* the wanted table of that oid (tables: sorted by oid), or NULL */
static RelInfo *
wanted_table(RelInfo **tables, int n, Oid relid)
{
	int			lo = 0;
	int			hi = n - 1;

	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (tables[mid]->relid == relid)
			return tables[mid];
		if (tables[mid]->relid < relid)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return NULL;
}

/* the relation a row of pg_constraint or pg_attrdef is of */
static Oid
constraint_relid(HeapTuple tup)
{
	return ((Form_pg_constraint) GETSTRUCT(tup))->conrelid;
}

static Oid
attrdef_relid(HeapTuple tup)
{
	return ((Form_pg_attrdef) GETSTRUCT(tup))->adrelid;
}

static void
file_constraint_row(RelInfo *ri, HeapTuple tup, Relation pg_constraint pg_attribute_unused())
{
	add_constraint_row(ri, (Form_pg_constraint) GETSTRUCT(tup));
}

static void
file_stored_def(RelInfo *ri, HeapTuple tup, Relation pg_attrdef)
{
	StoredDef	def;

	if (stored_def(tup, pg_attrdef, &def))
	{
		ri->defs = room_for_one(ri->defs, ri->ndefs, sizeof(StoredDef));
		ri->defs[ri->ndefs++] = def;
	}
}

/* a pg_constraint row to the observer's constraint() */
static void
observe_constraint(HeapTuple tup, void *arg)
{
	CatalogObserver *obs = arg;

	obs->constraint((Form_pg_constraint) GETSTRUCT(tup), obs->arg);
}

/*
 * The wanted tables' rows of a catalog (tables: n, sorted by oid), filed by
 * file(), from one pass over it instead of a look-up by index per table: when
 * the tables outnumber its pages (as read_wanted_relations() does for
 * pg_class), or when every row goes to observe() anyway.  True when it made
 * the pass.
 */
static bool
pass_for_wanted(Oid catalog, RelInfo **tables, int n, Oid (*relid_of) (HeapTuple tup),
				void (*file) (RelInfo *ri, HeapTuple tup, Relation rel),
				void (*observe) (HeapTuple tup, void *arg), void *arg)
{
	Relation	rel = table_open(catalog, AccessShareLock);
	bool		pass = observe != NULL || n > (int) Min(RelationGetNumberOfBlocks(rel), INT_MAX);

	if (pass)
	{
		TableScanDesc scan = table_beginscan_catalog(rel, 0, NULL);
		HeapTuple	tup;

		while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
		{
			Oid			relid = relid_of(tup);
			RelInfo    *ri;

			if (observe != NULL)
				observe(tup, arg);
			if (n > 0 && relid >= tables[0]->relid && relid <= tables[n - 1]->relid &&
				(ri = wanted_table(tables, n, relid)) != NULL)
				file(ri, tup, rel);
		}
		table_endscan(scan);
	}
	table_close(rel, AccessShareLock);
	return pass;
}

/*
 * The wanted tables' constraints and stored defaults, each catalog read in
 * one pass when pass_for_wanted() says so; relations met after it keep the
 * look-up by index.  pg_constraint's rows go to obs (drift) too.
 */
static void
read_wanted_parts(CatalogObserver *obs)
{
	HASH_SEQ_STATUS seq;
	RelInfo    *ri;
	RelInfo   **tables = palloc(sizeof(RelInfo *) * Max(hash_get_num_entries(rel_cache), 1));
	int			n = 0;
	int			i;

	hash_seq_init(&seq, rel_cache);
	while ((ri = hash_seq_search(&seq)) != NULL)
		if (OidIsValid(ri->relid) && ri->relkind != RELKIND_INDEX &&
			ri->relkind != RELKIND_PARTITIONED_INDEX && ri->relkind != RELKIND_SEQUENCE)
			tables[n++] = ri;
	qsort(tables, n, sizeof(RelInfo *), relinfo_oid_cmp);

	if (pass_for_wanted(ConstraintRelationId, tables, n, constraint_relid, file_constraint_row,
						obs != NULL ? observe_constraint : NULL, obs))
	{
		for (i = 0; i < n; i++)
			tables[i]->constraints_read = true;
		if (obs != NULL)
			obs->saw_constraints = true;
	}
	if (pass_for_wanted(AttrDefaultRelationId, tables, n, attrdef_relid, file_stored_def, NULL, NULL))
		for (i = 0; i < n; i++)
			tables[i]->defs_passed = true;
	pfree(tables);
}

/* what one fact's check allocates, freed after it */
static MemoryContext fact_cxt;

/* back from fact_cxt to outer, what a check allocated freed but why (NULL, or copied out) */
static char *
check_done(char *why, MemoryContext outer)
{
	MemoryContextSwitchTo(outer);
	if (why)
		why = MemoryContextStrdup(outer, why);
	MemoryContextReset(fact_cxt);
	return why;
}

static void
check_one(void *item)
{
	Fact	   *f = item;
	MemoryContext outer = MemoryContextSwitchTo(fact_cxt);

	f->holds = false;			/* until the catalog says so */
	f->why = NULL;
	if (!(f->type && f->type->error))
		f->holds = holds(f);
	f->why = check_done(f->why, outer);
}

typedef struct SlotCheck
{
	Fact	   *column;
	Slot	   *slot;
} SlotCheck;

/*
 * A column's slot, checked as the fact it stands for: right after its
 * column fact found the attribute, against that (most slots), else as a
 * fact of its own.
 */
static void
check_slot(void *arg)
{
	SlotCheck  *sc = arg;
	Fact	   *column = sc->column;
	Slot	   *s = sc->slot;
	Fact		f;

	if (found_last(column))
	{
		ColType    *type = s->kind == F_COLTYPE ? s->what.type : NULL;
		MemoryContext outer = MemoryContextSwitchTo(fact_cxt);
		char	   *why = NULL;

		s->holds = !(type && type->error) &&
			column_holds(s->kind, type, s->kind == F_DEFAULT ? s->what.expr : NULL, &why,
						 last_column.ri, last_column.att);
		s->why = check_done(why, outer);
		return;
	}
	slot_as_fact(column, s, &f);
	check_one(&f);
	s->holds = f.holds;
	s->why = f.why;
}

/* one fact, and a column's slots; when checked one by one, each slot on its own */
static void
check_fact(void *item)
{
	Fact	   *f = item;
	int			i;

	if (!f->alive)
		return;					/* replaced or dropped: nothing to ask */
	CHECK_FOR_INTERRUPTS();
	if (f->slots == NULL || !guarded_one_by_one)
	{
		check_one(f);
		for (i = 0; f->slots != NULL && i < NSLOTS; i++)
			if (f->slots[i].alive)
			{
				SlotCheck	sc = {f, &f->slots[i]};

				check_slot(&sc);
			}
		return;
	}
	/* a check failed: an error in one slot leaves the column and its other slots checked */
	if ((f->why = run_guarded(check_one, f)) != NULL)
		f->check_failed = true;
	for (i = 0; i < NSLOTS; i++)
		if (f->slots[i].alive)
		{
			SlotCheck	sc = {f, &f->slots[i]};

			if ((f->slots[i].why = run_guarded(check_slot, &sc)) != NULL)
				f->slots[i].check_failed = true;
		}
}

/*
 * holds() for every live fact, answered in the fact; check_failed and why say
 * when a check failed.  With an observer, pg_class and pg_constraint are read
 * in one pass each whatever the number of wanted relations, and every row
 * goes to it too (saw_relations, saw_constraints).
 */
void
check_facts(Replay *r, CatalogObserver *obs)
{
	char	  **errors;
	ListCell   *lc;
	HASHCTL		ctl = {0};

	resolve_types(r);
	cache_cxt = AllocSetContextCreate(CurrentMemoryContext, "migtrack catalog cache", ALLOCSET_DEFAULT_SIZES);
	fact_cxt = AllocSetContextCreate(CurrentMemoryContext, "migtrack fact check", ALLOCSET_DEFAULT_SIZES);
	ctl.keysize = sizeof(CookedKey);
	ctl.entrysize = sizeof(CookedEntry);
	ctl.hcxt = cache_cxt;
	cooked_cache = hash_create("migtrack cooked defaults", 64, &ctl, HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	ctl.keysize = sizeof(RelKey);
	ctl.entrysize = sizeof(RelInfo);
	ctl.hash = relkey_hash;
	ctl.match = memcmp;			/* keys are zero-padded */
	rel_cache = hash_create("migtrack relations read", 1024, &ctl,
							HASH_ELEM | HASH_FUNCTION | HASH_COMPARE | HASH_CONTEXT);
	last_schema = NULL;
	last_schema_asked = NULL;
	last_rel = NULL;
	last_rel_asked = NULL;
	memset(&last_column, 0, sizeof(last_column));
	names_left = 0;
	index_tables = NULL;
	explained_indexes = NULL;
	memset(kept, 0, sizeof(kept));	/* a previous call's went with its transaction */
	read_wanted_relations(r, obs);
	read_wanted_parts(obs);
	/* every fact (the dead are skipped): no list of the live ones to build */
	errors = run_guarded_each(r->facts, check_fact, kept_scans_close);
	if (errors != NULL)
		foreach(lc, r->facts)
			if (errors[foreach_current_index(lc)] != NULL)
			{
				((Fact *) lfirst(lc))->why = errors[foreach_current_index(lc)];
				((Fact *) lfirst(lc))->check_failed = true;
			}
	MemoryContextDelete(fact_cxt);
	/* what was read stays for find_drift(), until check_facts_done() */
}

void
check_facts_done(void)
{
	kept_scans_close();
	MemoryContextDelete(cache_cxt);
	cache_cxt = NULL;
	rel_cache = cooked_cache = NULL;
	index_tables = NULL;
	explained_indexes = NULL;
	wanted_bits = NULL;
	memset(&last_column, 0, sizeof(last_column));
	names_left = 0;
	last_rel = NULL;
	last_rel_asked = NULL;
	last_schema = NULL;
	last_schema_asked = NULL;
}

/*
 * The columns of nsp.rel no live column fact explained (drift), after
 * check_facts(): from what it read, or read now.
 */
void
unexplained_columns(Oid nsp, const char *rel,
					void (*fn) (const char *name, Oid typid, int32 typmod, void *arg), void *arg)
{
	RelInfo    *ri = rel_info(rel, nsp);
	int			i;

	if (!OidIsValid(ri->relid))
		return;
	if (!ri->columns_read)
		read_columns(ri);
	for (i = 0; i < ri->ncols; i++)
	{
		ColInfo    *c = &ri->cols[i];

		if (c->attnum > 0 && !c->explained)
			fn(c->name, c->atttypid, c->atttypmod, arg);
	}
}

/* the constraints of nsp.rel no live constraint fact explained (drift), from what check_facts() read, or read now */
void
unexplained_constraints(Oid nsp, const char *rel, void (*fn) (const char *name, char contype, void *arg),
						void *arg)
{
	RelInfo    *ri = rel_info(rel, nsp);
	int			i;

	if (!OidIsValid(ri->relid))
		return;
	if (!ri->constraints_read)
		read_constraints(ri);
	for (i = 0; i < ri->ncons; i++)
		if (!ri->cons[i].explained)
			fn(ri->cons[i].name, ri->cons[i].contype, arg);
}

/*
 * verify_drift.c -- the schema drizzle does not know about.
 *
 * After the replay, the fact store holds the journal's net effect.  Drift is
 * what the catalog holds, in the schemas the journal touches, that no
 * surviving fact explains: tables, columns (with their type), indexes, named
 * constraints, enums and their values, sequences, views -- typically what
 * drizzle-kit push added without a migration, and what the next drizzle-kit
 * generate would then try to create again.  Tables in other schemas that no
 * migration touches are listed apart: they are not a problem.
 *
 * Objects PostgreSQL makes on its own are not drift: a SERIAL or identity
 * column's sequence, the index of a key constraint, NOT NULL constraints
 * (PostgreSQL 18), objects of extensions, the history itself.
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
#include "catalog/namespace.h"
#include "catalog/pg_attribute.h"
#include "catalog/pg_class.h"
#include "catalog/pg_collation.h"
#include "catalog/pg_constraint.h"
#include "catalog/pg_depend.h"
#include "catalog/pg_enum.h"
#include "catalog/pg_extension.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "port/pg_bswap.h"
#include "utils/builtins.h"
#include "utils/catcache.h"
#include "utils/fmgroids.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"
#include "utils/varlena.h"

#include "verify.h"

static bool
is_kind(Fact *f, FactKind kind)
{
	return f != NULL && f->kind == kind;
}

/* a catalog row no fact explains, with what orders the report */
typedef struct DriftItem
{
	const char *schema;
	const char *rel;
	const char *kind;
	const char *sub;
	char	   *text;
} DriftItem;

/* as ORDER BY schema, relation, kind, part would: in the database's collation, else by bytes */
static inline int
drift_order(const DriftItem *x, const DriftItem *y, bool collated)
{
	const char *xs[4] = {x->schema, x->rel, x->kind, x->sub ? x->sub : ""};
	const char *ys[4] = {y->schema, y->rel, y->kind, y->sub ? y->sub : ""};
	int			i;

	/* mostly one schema, and kinds are constants: the same pointer is the same name */
	for (i = 0; i < 4; i++)
	{
		int			c = xs[i] == ys[i] ? 0
			: collated ? collated_name_cmp(xs[i], ys[i]) : strcmp(xs[i], ys[i]);

		if (c != 0)
			return c;
	}
	return 0;
}

/*
 * An item to sort, with its schema's rank among the items' schemas and the
 * first 16 bytes of its relation's name as two integers that order as
 * strcmp() orders those bytes: the sort by bytes mostly decides on them,
 * without reading the item or its names (thousands of legacy tables are
 * drift).
 */
typedef struct DriftKey
{
	uint32		schema_rank;
	uint64		prefix[2];
	const DriftItem *item;
} DriftKey;

static void
name_prefix(const char *name, uint64 prefix[2])
{
	unsigned char bytes[16] = {0};
	int			i;

	memcpy(bytes, name, strnlen(name, sizeof(bytes)));
	for (i = 0; i < 2; i++)
	{
		memcpy(&prefix[i], bytes + 8 * i, sizeof(uint64));
		prefix[i] = pg_ntoh64(prefix[i]);
	}
}

static int
name_bytes_qsort_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *) a, *(const char *const *) b);
}

static int
drift_cmp(const void *a, const void *b)
{
	return drift_order(((const DriftKey *) a)->item, ((const DriftKey *) b)->item, true);
}

static inline int
drift_bytes_cmp(const DriftKey *x, const DriftKey *y)
{
	int			i;

	if (x->schema_rank != y->schema_rank)
		return x->schema_rank < y->schema_rank ? -1 : 1;
	for (i = 0; i < 2; i++)
		if (x->prefix[i] != y->prefix[i])
			return x->prefix[i] < y->prefix[i] ? -1 : 1;
	return drift_order(x->item, y->item, false);
}

/* drift_key_sort(keys, n): by bytes, the comparison inlined (thousands of legacy tables are drift) */
#define ST_SORT drift_key_sort
#define ST_ELEMENT_TYPE DriftKey
#define ST_COMPARE(a, b) drift_bytes_cmp(a, b)
#define ST_SCOPE static
#define ST_DECLARE
#define ST_DEFINE
#include "lib/sort_template.h"

static List *
drift_texts(List *items)
{
	int			n = list_length(items);
	DriftKey   *keys;
	const char **schemas;		/* the distinct ones, sorted by bytes: a few */
	int			nschemas = 0;
	uint32		rank = 0;
	const char *last = NULL;
	List	   *texts = NIL;
	ListCell   *lc;
	int			i;

	if (n == 0)
		return NIL;
	schemas = palloc(sizeof(char *) * n);
	foreach(lc, items)
	{
		const char *schema = ((DriftItem *) lfirst(lc))->schema;

		if (schema == last)
			continue;
		for (i = 0; i < nschemas && strcmp(schemas[i], schema) != 0; i++)
			;
		if (i == nschemas)
			schemas[nschemas++] = schema;
		last = schema;
	}
	qsort(schemas, nschemas, sizeof(char *), name_bytes_qsort_cmp);
	keys = palloc(sizeof(DriftKey) * n);
	last = NULL;
	foreach(lc, items)
	{
		DriftItem  *item = lfirst(lc);
		DriftKey   *key = &keys[foreach_current_index(lc)];

		if (item->schema != last)
		{
			for (rank = 0; strcmp(schemas[rank], item->schema) != 0; rank++)
				;
			last = item->schema;
		}
		key->schema_rank = rank;
		name_prefix(item->rel, key->prefix);
		key->item = item;
	}
	drift_key_sort(keys, n);
	collate_sorted(keys, n, sizeof(DriftKey), drift_cmp);
	for (i = 0; i < n; i++)
		texts = lappend(texts, keys[i].item->text);
	pfree(keys);
	pfree(schemas);
	return texts;
}

/* ---- reading the catalog: heap and index scans, whatever the statistics ---- */

/* does the sequence belong to a column (SERIAL: auto; identity: internal)? */
static bool
sequence_owned(Oid seqid)
{
	CatalogScan local;
	CatalogScan *cs = lookup_begin(KEPT_DEPEND, DependRelationId, DependDependerIndexId, &local);
	HeapTuple	tup;
	bool		owned = false;

	catalog_scan_key(cs, Anum_pg_depend_classid, F_OIDEQ, ObjectIdGetDatum(RelationRelationId));
	catalog_scan_key(cs, Anum_pg_depend_objid, F_OIDEQ, ObjectIdGetDatum(seqid));
	while (!owned && (tup = catalog_scan_next(cs)) != NULL)
	{
		char		t = ((Form_pg_depend) GETSTRUCT(tup))->deptype;

		owned = t == DEPENDENCY_AUTO || t == DEPENDENCY_INTERNAL;
	}
	lookup_end(cs);
	return owned;
}

/* a sequence of a journal's schema no fact explains: judged after the scan, by whether a column owns it */
typedef struct DriftRelation
{
	Oid			oid;
	const char *schema;
	char	   *name;
} DriftRelation;

/* the sequences to judge, sorted by oid, and those of them a column owns */
typedef struct SequenceOwners
{
	Oid		   *oids;
	int			n;
	oidmap_hash *owned;
} SequenceOwners;

static bool
among_sequences(const SequenceOwners *so, Oid oid)
{
	int			lo = 0;
	int			hi = so->n - 1;

	while (lo <= hi)
	{
		int			mid = lo + (hi - lo) / 2;

		if (so->oids[mid] == oid)
			return true;
		if (so->oids[mid] < oid)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return false;
}

/* an entry of pg_depend's index on the dependent object: one of the sequences'? */
static bool
sequence_entry(IndexTuple entry, TupleDesc desc, void *arg)
{
	bool		isnull;
	Datum		objid = index_getattr(entry, 2, desc, &isnull);	/* (classid, objid, objsubid) */

	return !isnull && among_sequences(arg, DatumGetObjectId(objid));
}

static void
sequence_dependency(HeapTuple tup, void *arg)
{
	SequenceOwners *so = arg;
	Form_pg_depend d = (Form_pg_depend) GETSTRUCT(tup);
	bool		found;

	if (d->classid == RelationRelationId && among_sequences(so, d->objid) &&
		(d->deptype == DEPENDENCY_AUTO || d->deptype == DEPENDENCY_INTERNAL))
		(void) oidmap_insert(so->owned, d->objid, &found);
}

/*
 * Which of the sequences (of DriftRelation) a column owns, as
 * sequence_owned() says: when their oids are close (a journal's serial
 * columns' sequences mostly are), from one range scan of pg_depend's index
 * on the dependent object, whose entries are filtered before the heap, not
 * a look-up each.
 */
static oidmap_hash *
owned_sequences(List *sequences)
{
	SequenceOwners so;
	ListCell   *lc;
	CatalogScan cs;

	so.n = list_length(sequences);
	so.owned = oid_set(CurrentMemoryContext);
	if (so.n == 0)
		return so.owned;
	so.oids = palloc(sizeof(Oid) * so.n);
	foreach(lc, sequences)
		so.oids[foreach_current_index(lc)] = ((DriftRelation *) lfirst(lc))->oid;
	qsort(so.oids, so.n, sizeof(Oid), oid_cmp);
	/* far apart: the range would hold many other objects' entries */
	if ((so.oids[so.n - 1] - so.oids[0]) / so.n > 64)
	{
		bool		found;

		foreach(lc, sequences)
			if (sequence_owned(((DriftRelation *) lfirst(lc))->oid))
				(void) oidmap_insert(so.owned, ((DriftRelation *) lfirst(lc))->oid, &found);
		return so.owned;
	}
	catalog_scan_kept(&cs, DependRelationId, DependDependerIndexId);
	cs.read_entries = true;
	catalog_scan_key(&cs, Anum_pg_depend_classid, F_OIDEQ, ObjectIdGetDatum(RelationRelationId));
	catalog_scan_key_cmp(&cs, Anum_pg_depend_objid, BTGreaterEqualStrategyNumber, F_OIDGE,
						 ObjectIdGetDatum(so.oids[0]));
	catalog_scan_key_cmp(&cs, Anum_pg_depend_objid, BTLessEqualStrategyNumber, F_OIDLE,
						 ObjectIdGetDatum(so.oids[so.n - 1]));
	catalog_scan_each(&cs, sequence_entry, sequence_dependency, &so);
	catalog_scan_end(&cs);
	return so.owned;
}

/* a table the journal creates: its columns and constraints are compared too */
typedef struct JournalTable
{
	Oid			oid;
	Oid			nsp;
	char	   *schema;
	char	   *name;
} JournalTable;

static void
add_item(List **items, const char *schema, const char *rel, const char *kind, const char *sub, char *text)
{
	DriftItem  *item = palloc(sizeof(DriftItem));

	item->schema = schema;
	item->rel = rel;
	item->kind = kind;
	item->sub = sub;
	item->text = text;
	*items = lappend(*items, item);
}

/* a journal's table whose columns or constraints drift reads */
typedef struct TablePartsScan
{
	Replay	   *r;
	JournalTable *table;
	List	  **items;
} TablePartsScan;

/* a column of a journal's table that no fact explains */
static void
drift_column(const char *name, Oid typid, int32 typmod, void *arg)
{
	TablePartsScan *cs = arg;
	const char *schema = cs->table->schema;
	const char *rel = cs->table->name;

	/* a fact the check did not reach (its check failed) still explains it */
	if (fact_find(cs->r, F_COLUMN, schema, rel, name))
		return;
	add_item(cs->items, schema, rel, "column", pstrdup(name),
			 psprintf("column %s.%s type %s", qualified_name("", schema, rel),
					  quote_identifier(name), format_type_with_typemod(typid, typmod)));
}

/* a named constraint of a journal's table that no fact explains (NOT NULL ones are PostgreSQL 18's own) */
static void
drift_constraint(const char *name, char contype, void *arg)
{
	TablePartsScan *cs = arg;
	const char *schema = cs->table->schema;
	const char *rel = cs->table->name;

	if (strchr("pufcx", contype) == NULL || fact_find(cs->r, F_CONSTRAINT, schema, rel, name))
		return;
	add_item(cs->items, schema, rel, "constraint", pstrdup(name),
			 psprintf("constraint %s on %s", quote_identifier(name),
					  qualified_name("", schema, rel)));
}

/* the schemas the journal's surviving facts are in */
static List *
journal_schemas(Replay *r)
{
	List	   *schemas = NIL;
	ListCell   *lc;
	ListCell   *sc;
	const char *last = NULL;

	foreach(lc, r->facts)
	{
		Fact	   *f = lfirst(lc);
		bool		known = false;

		/* consecutive facts share their schema's name: the same pointer is a known schema */
		if (!f->alive || f->schema == last || f->schema[0] == '\0' || f->kind == F_GONE)
			continue;
		foreach(sc, schemas)
			known = known || strcmp(lfirst(sc), f->schema) == 0;
		if (!known)
			schemas = lappend(schemas, f->schema);
		last = f->schema;
	}
	return schemas;
}

/* the name of namespace nsp when it is one of the journal's schemas, else NULL */
static const char *
journal_schema_name(List *schemas, Oid nsp)
{
	ListCell   *lc;

	foreach(lc, schemas)
		if (get_namespace_oid(lfirst(lc), true) == nsp)
			return lfirst(lc);
	return NULL;
}

/*
 * An index of a journal's schema, judged after the scans: a key's is
 * PostgreSQL's own, another by its table's name.  Its name in place, no
 * allocation each: every legacy table has its key's.
 */
typedef struct DriftIndex
{
	Oid			oid;
	const char *schema;
	NameData	name;
} DriftIndex;

/* what the scan of the user relations collects */
struct DriftScan
{
	Replay	   *r;
	Oid			tracking_relid;
	UserRelations users;		/* which of pg_class's rows are the users' */
	List	   *schemas;		/* the journal's */
	const char *last_schema;	/* the same pointer for every relation of a namespace */
	bool		last_in_journal;
	oidmap_hash *key_indexes;	/* the indexes of keys: PostgreSQL's own */
	OidEntry   *relations;		/* the journal's schemas' relations but indexes, with their
								 * names (thousands of legacy tables too), for the indexes on
								 * them ... */
	int			nrelations;
	int			relations_room;
	oidmap_hash *table_names;	/* ... made a map when an index needs one (NULL: not yet) */
	DriftIndex *indexes;		/* the indexes there, judged after the scans (keys' too: the
								 * check reads pg_constraint after pg_class) */
	int			nindexes;
	int			indexes_room;
	List	   *items;
	List	   *others;
	List	   *journal_tables;	/* of JournalTable * */
	List	   *sequences;		/* of DriftRelation: those no fact explains, judged after the scan */
	int			user_tables;
};

/* array (n used of *room, NULL: none yet) with room for one more: thousands of rows, no list cell each */
static void *
room_for_more(void *array, int n, int *room, Size size)
{
	if (n < *room)
		return array;
	*room = Max(*room * 2, 256);
	return array == NULL ? palloc(size * *room) : repalloc(array, size * *room);
}

static void
drift_relation(Form_pg_class c, const char *schema, bool named, DriftScan *ds)
{
	Replay	   *r = ds->r;
	bool		is_table = c->relkind == RELKIND_RELATION || c->relkind == RELKIND_PARTITIONED_TABLE;
	char	   *name = NameStr(c->relname);
	Fact	   *fact;

	if (is_table)
		ds->user_tables++;		/* user_tables_count(), from this scan */
	if (schema != ds->last_schema)
	{
		ListCell   *lc;

		ds->last_schema = schema;
		ds->last_in_journal = false;
		foreach(lc, ds->schemas)
			ds->last_in_journal = ds->last_in_journal || strcmp(lfirst(lc), schema) == 0;
	}
	if (!ds->last_in_journal)
	{
		/* a table in a schema no migration touches: listed apart */
		if (is_table)
			add_item(&ds->others, schema, pstrdup(name), "other table", NULL,
					 qualified_name("", schema, name));
		return;
	}
	/* what an index may be on: a table, a partitioned table, a materialized view */
	if (c->relkind != RELKIND_INDEX && c->relkind != RELKIND_PARTITIONED_INDEX)
	{
		name = pstrdup(name);	/* one copy for the indexes and the report */
		ds->relations = room_for_more(ds->relations, ds->nrelations, &ds->relations_room, sizeof(OidEntry));
		ds->relations[ds->nrelations].oid = c->oid;
		ds->relations[ds->nrelations++].name = name;
		/* the journal's fact of that name (indexes are judged after the scan, with their table) */
		fact = named ? relation_find(r, schema, name) : NULL;
	}
	else
		fact = NULL;
	switch (c->relkind)
	{
		case RELKIND_RELATION:
		case RELKIND_PARTITIONED_TABLE:
			if (!is_kind(fact, F_TABLE))
				add_item(&ds->items, schema, name, "table", NULL,
						 qualified_name("table ", schema, name));
			else if (fact->x == NULL || !fact->x->columns_elsewhere)
			{
				/* a table no migration creates is named once, not again for each of its parts */
				JournalTable *t = palloc(sizeof(JournalTable));

				t->oid = c->oid;
				t->nsp = c->relnamespace;
				t->schema = pstrdup(schema);
				t->name = name;
				ds->journal_tables = lappend(ds->journal_tables, t);
			}
			break;
		case RELKIND_VIEW:
		case RELKIND_MATVIEW:
			if (!is_kind(fact, F_VIEW))
				add_item(&ds->items, schema, name, "view", NULL,
						 qualified_name("view ", schema, name));
			break;
		case RELKIND_SEQUENCE:
			/* owned by a column, or drift: asked after the scan (no look-up inside another's) */
			if (!is_kind(fact, F_SEQUENCE))
			{
				DriftRelation *seq = palloc(sizeof(DriftRelation));

				seq->oid = c->oid;
				seq->schema = schema;
				seq->name = name;
				ds->sequences = lappend(ds->sequences, seq);
			}
			break;
		case RELKIND_INDEX:
		case RELKIND_PARTITIONED_INDEX:
			/* its table may come later in pg_class, its key later in pg_constraint: judged after */
			ds->indexes = room_for_more(ds->indexes, ds->nindexes, &ds->indexes_room, sizeof(DriftIndex));
			ds->indexes[ds->nindexes].oid = c->oid;
			ds->indexes[ds->nindexes].schema = schema;
			ds->indexes[ds->nindexes++].name = c->relname;
			break;
		default:
			break;
	}
}

/*
 * A row of pg_class, during check_facts()'s pass over it: a user relation's
 * goes to drift_relation().  named: false when no
 * live fact can name the relation (check_facts() knows the names it wants).
 */
static void
drift_observe(Form_pg_class c, bool named, void *arg)
{
	DriftScan  *ds = arg;
	const char *schema = user_relation_schema(&ds->users, c);

	if (schema != NULL)
		drift_relation(c, schema, named, ds);
}

/* a user relation's row of find_drift()'s own pass: any fact may name it */
static bool
drift_own_row(Form_pg_class c, const char *schema, void *arg)
{
	drift_relation(c, schema, true, arg);
	return true;
}

/* a row of pg_constraint: the index of a key constraint is PostgreSQL's own */
static void
drift_constraint_row(Form_pg_constraint con, void *arg)
{
	DriftScan  *ds = arg;

	if (OidIsValid(con->conindid) &&
		(con->contype == CONSTRAINT_PRIMARY || con->contype == CONSTRAINT_UNIQUE ||
		 con->contype == CONSTRAINT_EXCLUSION))
	{
		bool		found;

		(void) oidmap_insert(ds->key_indexes, con->conindid, &found);
	}
}

/*
 * What drift needs before the catalog's rows: the journal's schemas.  obs
 * takes pg_class's and pg_constraint's rows during check_facts()'s passes
 * over them; find_drift() reads those the check did not pass over.
 */
DriftScan *
drift_begin(Replay *r, Oid tracking_relid, List *excluded, CatalogObserver *obs)
{
	DriftScan  *ds = palloc0(sizeof(DriftScan));

	ds->r = r;
	ds->tracking_relid = tracking_relid;
	ds->schemas = journal_schemas(r);
	ds->key_indexes = oid_set(CurrentMemoryContext);
	user_relations_begin(&ds->users, tracking_relid, excluded);
	obs->relation = drift_observe;
	obs->constraint = drift_constraint_row;
	obs->arg = ds;
	return ds;
}

/* the drift, after check_facts() (obs: which catalogs' rows it passed to drift) */
void
find_drift(DriftScan *ds, const CatalogObserver *obs, List **drift, List **other_tables, int *user_tables)
{
	Replay	   *r = ds->r;
	Oid			tracking_relid = ds->tracking_relid;
	oidmap_hash *types = oid_set(CurrentMemoryContext);
	oidmap_hash *owned;
	Relation	rel;
	TableScanDesc scan;
	HeapTuple	tup;
	ListCell   *lc;
	int			nestlevel;

	int			i;

	if (!obs->saw_relations)
		user_relations_scan(&ds->users, drift_own_row, ds);
	user_relations_end(&ds->users);
	if (!obs->saw_constraints)
	{
		rel = table_open(ConstraintRelationId, AccessShareLock);
		scan = table_beginscan_catalog(rel, 0, NULL);
		while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
			drift_constraint_row((Form_pg_constraint) GETSTRUCT(tup), ds);
		table_endscan(scan);
		table_close(rel, AccessShareLock);
	}
	*user_tables = ds->user_tables;

	read_extension_members(NULL, types);
	/* type names printed the same whatever the caller's search_path: qualified */
	nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);

	owned = owned_sequences(ds->sequences);
	foreach(lc, ds->sequences)
	{
		DriftRelation *seq = lfirst(lc);

		if (oidmap_lookup(owned, seq->oid) == NULL)
			add_item(&ds->items, seq->schema, seq->name, "sequence", NULL,
					 qualified_name("sequence ", seq->schema, seq->name));
	}

	/*
	 * The indexes, on the tables the scan named: by pg_index and that map,
	 * not the syscache, which would keep an entry of each index and table in
	 * the backend (tens of megabytes for a long journal).
	 */
	for (i = 0; i < ds->nindexes; i++)
	{
		DriftIndex *di = &ds->indexes[i];
		const char *name = NameStr(di->name);
		Oid			table;
		OidEntry   *t;
		const char *tname;

		/* a key's, or one a live index fact holds for (as fact_find() below would say) */
		if (oidmap_lookup(ds->key_indexes, di->oid) != NULL || index_explained(di->oid))
			continue;
		table = index_table(di->oid);
		if (ds->table_names == NULL)
		{
			/* the first index to judge: most calls have none (keys and the journal's own) */
			int			j;
			bool		found;

			ds->table_names = oidmap_create(CurrentMemoryContext, Max(ds->nrelations, 64), NULL);
			for (j = 0; j < ds->nrelations; j++)
				oidmap_insert(ds->table_names, ds->relations[j].oid, &found)->name = ds->relations[j].name;
		}
		t = oidmap_lookup(ds->table_names, table);
		/* not in the map: a table the scan skipped (a history under another name) */
		tname = t ? t->name : get_rel_name(table);
		if (tname == NULL || table == tracking_relid || fact_find(r, F_INDEX, di->schema, name, tname))
			continue;
		add_item(&ds->items, di->schema, pstrdup(name), "index", tname,
				 psprintf("index %s on %s", qualified_name("", di->schema, name), quote_identifier(tname)));
	}

	/* the journal's tables' columns */
	foreach(lc, ds->journal_tables)
	{
		TablePartsScan	cs = {r, lfirst(lc), &ds->items};

		unexplained_columns(cs.table->nsp, cs.table->name, drift_column, &cs);
	}

	/* ... and their named constraints */
	foreach(lc, ds->journal_tables)
	{
		TablePartsScan	cs = {r, lfirst(lc), &ds->items};

		unexplained_constraints(cs.table->nsp, cs.table->name, drift_constraint, &cs);
	}

	/* enums in the journal's schemas, and the values of the journal's enums */
	rel = table_open(TypeRelationId, AccessShareLock);
	scan = table_beginscan_catalog(rel, 0, NULL);
	while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		Form_pg_type t = (Form_pg_type) GETSTRUCT(tup);
		const char *schema;
		char	   *name;
		CatalogScan local;
		CatalogScan *cs;
		HeapTuple	etup;

		if (t->typtype != TYPTYPE_ENUM ||
			oidmap_lookup(types, t->oid) != NULL ||
			(schema = journal_schema_name(ds->schemas, t->typnamespace)) == NULL)
			continue;
		/*
		 * Copies: the fact store may know a name by its address, and a
		 * buffer's next page can hold another name at the same one.
		 */
		name = pstrdup(NameStr(t->typname));
		if (!fact_find(r, F_ENUM, schema, name, NULL))
		{
			add_item(&ds->items, schema, name, "enum", NULL, qualified_name("enum type ", schema, name));
			continue;
		}
		cs = lookup_begin(KEPT_ENUM, EnumRelationId, EnumTypIdLabelIndexId, &local);
		catalog_scan_key(cs, Anum_pg_enum_enumtypid, F_OIDEQ, ObjectIdGetDatum(t->oid));
		while ((etup = catalog_scan_next(cs)) != NULL)
		{
			char	   *label = pstrdup(NameStr(((Form_pg_enum) GETSTRUCT(etup))->enumlabel));

			if (!fact_find(r, F_ENUMVAL, schema, name, label))
				add_item(&ds->items, schema, name, "enum value", label,
						 psprintf("enum value %s of %s", quote_literal_cstr(label),
								  qualified_name("", schema, name)));
		}
		lookup_end(cs);
	}
	table_endscan(scan);
	table_close(rel, AccessShareLock);

	AtEOXact_GUC(true, nestlevel);
	*drift = list_concat(*drift, drift_texts(ds->items));
	*other_tables = list_concat(*other_tables, drift_texts(ds->others));
}

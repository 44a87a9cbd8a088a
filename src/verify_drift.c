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
#include "catalog/pg_attribute.h"
#include "catalog/pg_class.h"
#include "catalog/pg_collation.h"
#include "catalog/pg_constraint.h"
#include "catalog/pg_depend.h"
#include "catalog/pg_enum.h"
#include "catalog/pg_extension.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_type.h"
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

/* as ORDER BY schema, relation, kind, part would, in the database's collation */
static int
drift_cmp(const ListCell *a, const ListCell *b)
{
	const DriftItem *x = lfirst(a);
	const DriftItem *y = lfirst(b);
	const char *xs[4] = {x->schema, x->rel, x->kind, x->sub ? x->sub : ""};
	const char *ys[4] = {y->schema, y->rel, y->kind, y->sub ? y->sub : ""};
	int			i;

	for (i = 0; i < 4; i++)
	{
		int			c = varstr_cmp(xs[i], strlen(xs[i]), ys[i], strlen(ys[i]), DEFAULT_COLLATION_OID);

		if (c != 0)
			return c;
	}
	return 0;
}

static List *
drift_texts(List *items)
{
	List	   *texts = NIL;
	ListCell   *lc;

	list_sort(items, drift_cmp);
	foreach(lc, items)
		texts = lappend(texts, ((DriftItem *) lfirst(lc))->text);
	return texts;
}

/* ---- reading the catalog: heap scans, the same cost whatever the statistics ---- */

typedef struct OidEntry
{
	Oid			oid;
	int			flags;
	char	   *name;			/* namespaces: nspname */
} OidEntry;

#define NSP_JOURNAL		1		/* a schema the journal touches */
#define NSP_SYSTEM		2		/* pg_catalog, information_schema, pg_toast*, pg_temp_* */
#define EXT_MEMBER		4		/* a relation or type of an extension */
#define KEY_INDEX		8		/* the index of a primary key, unique or exclusion constraint */
#define EXCLUDED		16		/* a table shaped like the history (the one meant, misnamed) */

static HTAB *
oid_set(const char *name)
{
	HASHCTL		ctl = {0};

	ctl.keysize = sizeof(Oid);
	ctl.entrysize = sizeof(OidEntry);
	ctl.hcxt = CurrentMemoryContext;
	return hash_create(name, 1024, &ctl, HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
}

static int
flags_of(HTAB *set, Oid oid)
{
	OidEntry   *e = hash_search(set, &oid, HASH_FIND, NULL);

	return e ? e->flags : 0;
}

static OidEntry *
mark(HTAB *set, Oid oid, int flags)
{
	bool		found;
	OidEntry   *e = hash_search(set, &oid, HASH_ENTER, &found);

	if (!found)
	{
		e->flags = 0;
		e->name = NULL;
	}
	e->flags |= flags;
	return e;
}

/* every namespace, flagged: the journal's (of schemas), and the system's */
static HTAB *
read_namespaces(List *schemas)
{
	HTAB	   *set = oid_set("migtrack drift namespaces");
	Relation	rel = table_open(NamespaceRelationId, AccessShareLock);
	TableScanDesc scan = table_beginscan_catalog(rel, 0, NULL);
	HeapTuple	tup;

	while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		Form_pg_namespace nsp = (Form_pg_namespace) GETSTRUCT(tup);
		const char *name = NameStr(nsp->nspname);
		int			flags = 0;
		ListCell   *lc;

		if (strcmp(name, "pg_catalog") == 0 || strcmp(name, "information_schema") == 0 ||
			strncmp(name, "pg_toast", 8) == 0 || strncmp(name, "pg_temp_", 8) == 0)
			flags = NSP_SYSTEM;
		foreach(lc, schemas)
			if (strcmp(lfirst(lc), name) == 0)
				flags |= NSP_JOURNAL;
		mark(set, nsp->oid, flags)->name = pstrdup(name);
	}
	table_endscan(scan);
	table_close(rel, AccessShareLock);
	return set;
}

/* relations and types of extensions: from pg_depend's reference side, by index */
static void
read_extension_members(HTAB *ext_classes, HTAB *types)
{
	Relation	rel = table_open(DependRelationId, AccessShareLock);
	ScanKeyData key[1];
	SysScanDesc scan;
	HeapTuple	tup;

	ScanKeyInit(&key[0], Anum_pg_depend_refclassid, BTEqualStrategyNumber, F_OIDEQ,
				ObjectIdGetDatum(ExtensionRelationId));
	scan = systable_beginscan(rel, DependReferenceIndexId, true, NULL, 1, key);
	while (HeapTupleIsValid(tup = systable_getnext(scan)))
	{
		Form_pg_depend d = (Form_pg_depend) GETSTRUCT(tup);

		if (d->deptype != DEPENDENCY_EXTENSION)
			continue;
		if (d->classid == RelationRelationId)
			mark(ext_classes, d->objid, EXT_MEMBER);
		else if (d->classid == TypeRelationId)
			mark(types, d->objid, EXT_MEMBER);
	}
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
}

/* does the sequence belong to a column (SERIAL: auto; identity: internal)? */
static bool
sequence_owned(Oid seqid)
{
	Relation	rel = table_open(DependRelationId, AccessShareLock);
	ScanKeyData key[2];
	SysScanDesc scan;
	HeapTuple	tup;
	bool		owned = false;

	ScanKeyInit(&key[0], Anum_pg_depend_classid, BTEqualStrategyNumber, F_OIDEQ,
				ObjectIdGetDatum(RelationRelationId));
	ScanKeyInit(&key[1], Anum_pg_depend_objid, BTEqualStrategyNumber, F_OIDEQ,
				ObjectIdGetDatum(seqid));
	scan = systable_beginscan(rel, DependDependerIndexId, true, NULL, 2, key);
	while (!owned && HeapTupleIsValid(tup = systable_getnext(scan)))
	{
		char		t = ((Form_pg_depend) GETSTRUCT(tup))->deptype;

		owned = t == DEPENDENCY_AUTO || t == DEPENDENCY_INTERNAL;
	}
	systable_endscan(scan);
	table_close(rel, AccessShareLock);
	return owned;
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

/* the schemas the journal's surviving facts are in, and the names of its tables */
typedef struct ColumnScan
{
	Replay	   *r;
	JournalTable *table;
	List	  **items;
} ColumnScan;

/* a column of a journal's table that no fact explains */
static void
drift_column(const char *name, Oid typid, int32 typmod, void *arg)
{
	ColumnScan *cs = arg;
	const char *schema = cs->table->schema;
	const char *rel = cs->table->name;

	/* a fact the check did not reach (its check failed) still explains it */
	if (fact_find(cs->r, F_COLUMN, schema, rel, name))
		return;
	add_item(cs->items, schema, rel, "column", pstrdup(name),
			 psprintf("column %s.%s type %s", quote_qualified_identifier(schema, rel),
					  quote_identifier(name), format_type_with_typemod(typid, typmod)));
}

/* the schemas the journal's surviving facts are in */
static List *
journal_schemas(Replay *r)
{
	List	   *schemas = NIL;
	ListCell   *lc;
	ListCell   *sc;

	foreach(lc, r->facts)
	{
		Fact	   *f = lfirst(lc);
		bool		known = false;

		if (!f->alive || f->schema[0] == '\0' || f->kind == F_GONE)
			continue;
		foreach(sc, schemas)
			known = known || strcmp(lfirst(sc), f->schema) == 0;
		if (!known)
			schemas = lappend(schemas, f->schema);
	}
	return schemas;
}

void
find_drift(Replay *r, Oid tracking_relid, List *excluded, List **drift, List **other_tables,
		   int *user_tables)
{
	List	   *items = NIL;
	List	   *others = NIL;
	List	   *journal_tables = NIL;	/* of JournalTable * */
	HTAB	   *nsps;
	HTAB	   *classes = oid_set("migtrack drift relations");	/* key indexes, excluded tables */
	HTAB	   *ext_classes = oid_set("migtrack drift extension relations");
	bool		any_ext;
	Oid			last_nspid = InvalidOid;
	OidEntry   *last_nsp = NULL;
	HTAB	   *types = oid_set("migtrack drift types");
	Relation	rel;
	Relation	enums;
	TableScanDesc scan;
	HeapTuple	tup;
	ListCell   *lc;
	int			nestlevel;

	nsps = read_namespaces(journal_schemas(r));
	read_extension_members(ext_classes, types);
	any_ext = hash_get_num_entries(ext_classes) > 0;
	foreach(lc, excluded)
		mark(classes, ((TableName *) lfirst(lc))->relid, EXCLUDED);
	*user_tables = 0;
	/* type names printed the same whatever the caller's search_path: qualified */
	nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);

	/* the indexes of key constraints are PostgreSQL's, and the journal's tables' constraints drift */
	rel = table_open(ConstraintRelationId, AccessShareLock);
	scan = table_beginscan_catalog(rel, 0, NULL);
	while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		Form_pg_constraint con = (Form_pg_constraint) GETSTRUCT(tup);

		if (OidIsValid(con->conindid) &&
			(con->contype == CONSTRAINT_PRIMARY || con->contype == CONSTRAINT_UNIQUE ||
			 con->contype == CONSTRAINT_EXCLUSION))
			mark(classes, con->conindid, KEY_INDEX);
	}
	table_endscan(scan);
	table_close(rel, AccessShareLock);

	rel = table_open(RelationRelationId, AccessShareLock);
	scan = table_beginscan_catalog(rel, 0, NULL);
	while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		Form_pg_class c = (Form_pg_class) GETSTRUCT(tup);
		bool		is_table = c->relkind == RELKIND_RELATION || c->relkind == RELKIND_PARTITIONED_TABLE;
		int			nflags;
		char	   *schema;
		char	   *name;
		Fact	   *fact;
		int			cflags;

		/* relations come namespace by namespace: the last one first */
		if (c->relnamespace != last_nspid || last_nsp == NULL)
		{
			last_nsp = hash_search(nsps, &c->relnamespace, HASH_FIND, NULL);
			last_nspid = c->relnamespace;
		}
		nflags = last_nsp ? last_nsp->flags : NSP_SYSTEM;
		if ((nflags & NSP_SYSTEM) || c->relpersistence == RELPERSISTENCE_TEMP || c->oid == tracking_relid)
			continue;
		if (any_ext && flags_of(ext_classes, c->oid))
			continue;
		cflags = is_table || c->relkind == RELKIND_INDEX || c->relkind == RELKIND_PARTITIONED_INDEX
			? flags_of(classes, c->oid) : 0;
		if (cflags & EXCLUDED)
			continue;
		if (is_table)
			(*user_tables)++;	/* the same as user_tables_count(), from this scan */
		schema = last_nsp->name;
		name = NameStr(c->relname);
		if (!(nflags & NSP_JOURNAL))
		{
			/* a table in a schema no migration touches: listed apart */
			if (is_table)
				add_item(&others, schema, pstrdup(name), "other table", NULL,
						 quote_qualified_identifier(schema, name));
			continue;
		}
		fact = relation_find(r, schema, name);
		switch (c->relkind)
		{
			case RELKIND_RELATION:
			case RELKIND_PARTITIONED_TABLE:
				if (!is_kind(fact, F_TABLE))
					add_item(&items, schema, pstrdup(name), "table", NULL,
							 psprintf("table %s", quote_qualified_identifier(schema, name)));
				else
				{
					/* a table no migration creates is named once, not again for each of its parts */
					JournalTable *t = palloc(sizeof(JournalTable));

					t->oid = c->oid;
					t->nsp = c->relnamespace;
					t->schema = schema;
					t->name = pstrdup(name);
					journal_tables = lappend(journal_tables, t);
				}
				break;
			case RELKIND_VIEW:
			case RELKIND_MATVIEW:
				if (!is_kind(fact, F_VIEW))
					add_item(&items, schema, pstrdup(name), "view", NULL,
							 psprintf("view %s", quote_qualified_identifier(schema, name)));
				break;
			case RELKIND_SEQUENCE:
				if (!is_kind(fact, F_SEQUENCE) && !sequence_owned(c->oid))
					add_item(&items, schema, pstrdup(name), "sequence", NULL,
							 psprintf("sequence %s", quote_qualified_identifier(schema, name)));
				break;
			case RELKIND_INDEX:
			case RELKIND_PARTITIONED_INDEX:
				if (!(cflags & KEY_INDEX))
				{
					Oid			table = IndexGetRelation(c->oid, false);
					char	   *tname = get_rel_name(table);

					if (table != tracking_relid && !fact_find(r, F_INDEX, schema, name, tname))
						add_item(&items, schema, pstrdup(name), "index", tname,
								 psprintf("index %s on %s", quote_qualified_identifier(schema, name),
										  quote_identifier(tname)));
				}
				break;
			default:
				break;
		}
	}
	table_endscan(scan);
	table_close(rel, AccessShareLock);

	/* the journal's tables' columns */
	foreach(lc, journal_tables)
	{
		ColumnScan	cs = {r, lfirst(lc), &items};

		unexplained_columns(cs.table->nsp, cs.table->name, drift_column, &cs);
	}

	/* ... and their named constraints */
	if (journal_tables != NIL)
	{
		rel = table_open(ConstraintRelationId, AccessShareLock);
		foreach(lc, journal_tables)
		{
			JournalTable *t = lfirst(lc);
			char	   *schema = t->schema;
			ScanKeyData key[1];
			SysScanDesc cscan;

			ScanKeyInit(&key[0], Anum_pg_constraint_conrelid, BTEqualStrategyNumber, F_OIDEQ,
						ObjectIdGetDatum(t->oid));
			cscan = systable_beginscan(rel, ConstraintRelidTypidNameIndexId, true, NULL, 1, key);
			while (HeapTupleIsValid(tup = systable_getnext(cscan)))
			{
				Form_pg_constraint con = (Form_pg_constraint) GETSTRUCT(tup);

				if (strchr("pufcx", con->contype) == NULL ||
					fact_find(r, F_CONSTRAINT, schema, t->name, NameStr(con->conname)))
					continue;
				add_item(&items, schema, t->name, "constraint", pstrdup(NameStr(con->conname)),
						 psprintf("constraint %s on %s", quote_identifier(NameStr(con->conname)),
								  quote_qualified_identifier(schema, t->name)));
			}
			systable_endscan(cscan);
		}
		table_close(rel, AccessShareLock);
	}

	/* enums in the journal's schemas, and the values of the journal's enums */
	enums = table_open(EnumRelationId, AccessShareLock);
	rel = table_open(TypeRelationId, AccessShareLock);
	scan = table_beginscan_catalog(rel, 0, NULL);
	while ((tup = heap_getnext(scan, ForwardScanDirection)) != NULL)
	{
		Form_pg_type t = (Form_pg_type) GETSTRUCT(tup);
		OidEntry   *nsp;
		ScanKeyData key[1];
		SysScanDesc escan;
		HeapTuple	etup;

		if (t->typtype != TYPTYPE_ENUM || !(flags_of(nsps, t->typnamespace) & NSP_JOURNAL) ||
			(any_ext && (flags_of(types, t->oid) & EXT_MEMBER)))
			continue;
		nsp = hash_search(nsps, &t->typnamespace, HASH_FIND, NULL);
		if (!fact_find(r, F_ENUM, nsp->name, NameStr(t->typname), NULL))
		{
			add_item(&items, nsp->name, pstrdup(NameStr(t->typname)), "enum", NULL,
					 psprintf("enum type %s", quote_qualified_identifier(nsp->name, NameStr(t->typname))));
			continue;
		}
		ScanKeyInit(&key[0], Anum_pg_enum_enumtypid, BTEqualStrategyNumber, F_OIDEQ,
					ObjectIdGetDatum(t->oid));
		escan = systable_beginscan(enums, EnumTypIdLabelIndexId, true, NULL, 1, key);
		while (HeapTupleIsValid(etup = systable_getnext(escan)))
		{
			Form_pg_enum e = (Form_pg_enum) GETSTRUCT(etup);

			if (!fact_find(r, F_ENUMVAL, nsp->name, NameStr(t->typname), NameStr(e->enumlabel)))
				add_item(&items, nsp->name, pstrdup(NameStr(t->typname)), "enum value",
						 pstrdup(NameStr(e->enumlabel)),
						 psprintf("enum value %s of %s", quote_literal_cstr(NameStr(e->enumlabel)),
								  quote_qualified_identifier(nsp->name, NameStr(t->typname))));
		}
		systable_endscan(escan);
	}
	table_endscan(scan);
	table_close(rel, AccessShareLock);
	table_close(enums, AccessShareLock);

	AtEOXact_GUC(true, nestlevel);
	*drift = list_concat(*drift, drift_texts(items));
	*other_tables = list_concat(*other_tables, drift_texts(others));
}

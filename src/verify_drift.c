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

#include "catalog/pg_collation.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/varlena.h"

#include "verify.h"

/* the catalog's objects in the given schemas, and the user tables outside them */
static const char *const drift_sql =
	"WITH rel AS ("
	"  SELECT c.oid, c.relkind, n.nspname::pg_catalog.text AS s, c.relname::pg_catalog.text AS r"
	"    FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace"
	"   WHERE c.relpersistence OPERATOR(pg_catalog.<>) 't' AND c.oid OPERATOR(pg_catalog.<>) $2"
	"     AND n.nspname OPERATOR(pg_catalog.<>) 'information_schema'"
	"     AND n.nspname::pg_catalog.text OPERATOR(pg_catalog.!~) '^pg_(catalog$|toast|temp_)'"
	"     AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d"
	"                      WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass"
	"                        AND d.objid OPERATOR(pg_catalog.=) c.oid AND d.deptype OPERATOR(pg_catalog.=) 'e'))"
	" SELECT 'table', s, r, NULL, NULL::pg_catalog.oid, NULL::pg_catalog.int4 FROM rel"
	"  WHERE relkind OPERATOR(pg_catalog.=) ANY ('{r,p}'::pg_catalog.\"char\"[]) AND s OPERATOR(pg_catalog.=) ANY ($1)"
	" UNION ALL"
	" SELECT 'other table', s, r, NULL, NULL, NULL FROM rel"
	"  WHERE relkind OPERATOR(pg_catalog.=) ANY ('{r,p}'::pg_catalog.\"char\"[]) AND NOT (s OPERATOR(pg_catalog.=) ANY ($1))"
	" UNION ALL"
	" SELECT 'view', s, r, NULL, NULL, NULL FROM rel"
	"  WHERE relkind OPERATOR(pg_catalog.=) ANY ('{v,m}'::pg_catalog.\"char\"[]) AND s OPERATOR(pg_catalog.=) ANY ($1)"
	" UNION ALL"
	" SELECT 'sequence', s, r, NULL, NULL, NULL FROM rel"
	"  WHERE relkind OPERATOR(pg_catalog.=) 'S' AND s OPERATOR(pg_catalog.=) ANY ($1)"
	"    AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d"
	"                     WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass"
	"                       AND d.objid OPERATOR(pg_catalog.=) rel.oid"
	"                       AND d.deptype OPERATOR(pg_catalog.=) ANY ('{a,i}'::pg_catalog.\"char\"[]))"
	" UNION ALL"
	" SELECT 'index', s, r, t.relname::pg_catalog.text, NULL, NULL FROM rel"
	"   JOIN pg_catalog.pg_index x ON x.indexrelid OPERATOR(pg_catalog.=) rel.oid"
	"   JOIN pg_catalog.pg_class t ON t.oid OPERATOR(pg_catalog.=) x.indrelid"
	"  WHERE rel.relkind OPERATOR(pg_catalog.=) ANY ('{i,I}'::pg_catalog.\"char\"[]) AND s OPERATOR(pg_catalog.=) ANY ($1)"
	"    AND x.indrelid OPERATOR(pg_catalog.<>) $2"
	/* not the index of a key constraint (looked up by index: pg_constraint.conindid has none) */
	"    AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d"
	"                     WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass"
	"                       AND d.objid OPERATOR(pg_catalog.=) rel.oid AND d.objsubid OPERATOR(pg_catalog.=) 0"
	"                       AND d.refclassid OPERATOR(pg_catalog.=) 'pg_catalog.pg_constraint'::pg_catalog.regclass"
	"                       AND d.deptype OPERATOR(pg_catalog.=) 'i')"
	" UNION ALL"
	/* parts only of the journal's tables ($3: their names; a constant array, hashed), the type
	 * formatted in C only when reported */
	" SELECT 'column', s, r, a.attname::pg_catalog.text, a.atttypid, a.atttypmod FROM rel"
	"   JOIN pg_catalog.pg_attribute a ON a.attrelid OPERATOR(pg_catalog.=) rel.oid"
	"  WHERE rel.relkind OPERATOR(pg_catalog.=) ANY ('{r,p}'::pg_catalog.\"char\"[]) AND s OPERATOR(pg_catalog.=) ANY ($1)"
	"    AND r OPERATOR(pg_catalog.=) ANY ($3)"
	"    AND a.attnum OPERATOR(pg_catalog.>) 0 AND NOT a.attisdropped"
	" UNION ALL"
	" SELECT 'constraint', s, r, k.conname::pg_catalog.text, NULL, NULL FROM rel"
	"   JOIN pg_catalog.pg_constraint k ON k.conrelid OPERATOR(pg_catalog.=) rel.oid"
	"  WHERE rel.relkind OPERATOR(pg_catalog.=) ANY ('{r,p}'::pg_catalog.\"char\"[]) AND s OPERATOR(pg_catalog.=) ANY ($1)"
	"    AND r OPERATOR(pg_catalog.=) ANY ($3)"
	"    AND k.contype OPERATOR(pg_catalog.=) ANY ('{p,u,f,c,x}'::pg_catalog.\"char\"[])"
	" UNION ALL"
	" SELECT 'enum', n.nspname::pg_catalog.text, t.typname::pg_catalog.text, NULL, NULL, NULL"
	"   FROM pg_catalog.pg_type t JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) t.typnamespace"
	"  WHERE t.typtype OPERATOR(pg_catalog.=) 'e' AND n.nspname OPERATOR(pg_catalog.=) ANY ($1)"
	"    AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d"
	"                     WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_type'::pg_catalog.regclass"
	"                       AND d.objid OPERATOR(pg_catalog.=) t.oid AND d.deptype OPERATOR(pg_catalog.=) 'e')"
	" UNION ALL"
	" SELECT 'enum value', n.nspname::pg_catalog.text, t.typname::pg_catalog.text, e.enumlabel::pg_catalog.text, NULL, NULL"
	"   FROM pg_catalog.pg_enum e JOIN pg_catalog.pg_type t ON t.oid OPERATOR(pg_catalog.=) e.enumtypid"
	"   JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) t.typnamespace"
	"  WHERE n.nspname OPERATOR(pg_catalog.=) ANY ($1)"
	"    AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d"
	"                     WHERE d.classid OPERATOR(pg_catalog.=) 'pg_catalog.pg_type'::pg_catalog.regclass"
	"                       AND d.objid OPERATOR(pg_catalog.=) t.oid AND d.deptype OPERATOR(pg_catalog.=) 'e')";

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

/* the schemas the journal's surviving facts are in, and the names of its tables */
static void
journal_names(Replay *r, List **schemas, List **tables)
{
	ListCell   *lc;
	ListCell   *sc;

	foreach(lc, r->facts)
	{
		Fact	   *f = lfirst(lc);
		bool		known = false;

		if (!f->alive || f->schema[0] == '\0' || f->kind == F_GONE)
			continue;
		if (f->kind == F_TABLE)
			*tables = lappend(*tables, f->rel);
		foreach(sc, *schemas)
			known = known || strcmp(lfirst(sc), f->schema) == 0;
		if (!known)
			*schemas = lappend(*schemas, f->schema);
	}
}

void
find_drift(Replay *r, Oid tracking_relid, List **drift, List **other_tables)
{
	List	   *schemas = NIL;
	List	   *tables = NIL;
	List	   *items = NIL;
	List	   *others = NIL;
	Oid			types[3] = {TEXTARRAYOID, OIDOID, TEXTARRAYOID};
	Datum		args[3];
	uint64		i;
	int			nestlevel;

	journal_names(r, &schemas, &tables);
	args[0] = PointerGetDatum(list_text_array(schemas));
	args[1] = ObjectIdGetDatum(tracking_relid);
	args[2] = PointerGetDatum(list_text_array(tables));
	/* type names printed the same whatever the caller's search_path: qualified */
	nestlevel = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog", PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
	if (SPI_execute_with_args(drift_sql, 3, types, args, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "reading the catalog for drift failed");

	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		char	   *kind = SPI_getvalue(tup, desc, 1);
		char	   *schema = SPI_getvalue(tup, desc, 2);
		char	   *rel = SPI_getvalue(tup, desc, 3);
		char	   *sub = SPI_getvalue(tup, desc, 4);
		Fact	   *table = relation_find(r, schema, rel);
		char	   *text = NULL;
		DriftItem  *item;

#define Q() quote_qualified_identifier(schema, rel)
		if (strcmp(kind, "other table") == 0)
			text = Q();
		else if (strcmp(kind, "table") == 0 && !is_kind(table, F_TABLE))
			text = psprintf("table %s", Q());
		else if (strcmp(kind, "view") == 0 && !is_kind(table, F_VIEW))
			text = psprintf("view %s", Q());
		else if (strcmp(kind, "sequence") == 0 && !is_kind(table, F_SEQUENCE))
			text = psprintf("sequence %s", Q());
		else if (strcmp(kind, "index") == 0 && !fact_find(r, F_INDEX, schema, rel, sub))
			text = psprintf("index %s on %s", Q(), quote_identifier(sub));
		/* a table no migration creates is named once, not again for each of its parts */
		else if (strcmp(kind, "column") == 0 && is_kind(table, F_TABLE) &&
				 !fact_find(r, F_COLUMN, schema, rel, sub))
		{
			bool		isnull;
			Oid			typid = DatumGetObjectId(SPI_getbinval(tup, desc, 5, &isnull));
			int32		typmod = DatumGetInt32(SPI_getbinval(tup, desc, 6, &isnull));

			text = psprintf("column %s.%s type %s", Q(), quote_identifier(sub),
							format_type_with_typemod(typid, typmod));
		}
		else if (strcmp(kind, "constraint") == 0 && is_kind(table, F_TABLE) &&
				 !fact_find(r, F_CONSTRAINT, schema, rel, sub))
			text = psprintf("constraint %s on %s", quote_identifier(sub), Q());
		else if (strcmp(kind, "enum") == 0 && !fact_find(r, F_ENUM, schema, rel, NULL))
			text = psprintf("enum type %s", Q());
		else if (strcmp(kind, "enum value") == 0 && fact_find(r, F_ENUM, schema, rel, NULL) &&
				 !fact_find(r, F_ENUMVAL, schema, rel, sub))
			text = psprintf("enum value %s of %s", quote_literal_cstr(sub), Q());
#undef Q
		if (text == NULL)
		{
			/* most rows: explained by a fact */
			pfree(kind);
			pfree(schema);
			pfree(rel);
			if (sub)
				pfree(sub);
			continue;
		}
		item = palloc(sizeof(DriftItem));
		item->schema = schema;
		item->rel = rel;
		item->kind = kind;
		item->sub = sub;
		item->text = text;
		if (strcmp(kind, "other table") == 0)
			others = lappend(others, item);
		else
			items = lappend(items, item);
	}
	AtEOXact_GUC(true, nestlevel);
	SPI_freetuptable(SPI_tuptable);
	*drift = list_concat(*drift, drift_texts(items));
	*other_tables = list_concat(*other_tables, drift_texts(others));
}

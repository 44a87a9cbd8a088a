/*
 * verify.c -- does the catalog hold what the migrations did?
 *
 * Each migration's SQL is parsed with PostgreSQL's own parser (raw_parser)
 * and replayed, in journal order, over a list of facts: schema exists,
 * table exists, column has type T, index exists, enum has value V, ...
 * A later statement that alters, renames or drops something replaces or
 * removes the earlier facts, so what survives is the journal's net effect,
 * each fact owned by the migration that last established it.  The
 * surviving facts are then looked up with the syscache -- one lookup per
 * fact, whatever the size of the catalog -- and every migration gets a
 * verdict (present, absent, partial, superseded, data_only, unverifiable).
 *
 * Unqualified names resolve as they would when drizzle runs the file: in
 * the first schema of the current search_path.
 */
#include "postgres.h"

#include "access/relation.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_attribute.h"
#include "catalog/pg_class.h"
#include "catalog/pg_constraint.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_type.h"
#include "nodes/makefuncs.h"
#include "nodes/parsenodes.h"
#include "nodes/value.h"
#include "parser/parse_type.h"
#include "parser/parser.h"
#include "tcop/utility.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/relcache.h"
#include "utils/resowner.h"
#include "utils/syscache.h"

#include "migtrack.h"

typedef enum FactKind
{
	F_SCHEMA,
	F_TABLE,
	F_VIEW,
	F_SEQUENCE,
	F_INDEX,
	F_COLUMN,
	F_COLTYPE,
	F_NOTNULL,
	F_NULLABLE,
	F_DEFAULT,
	F_NODEFAULT,
	F_PKEY,
	F_CONSTRAINT,
	F_ENUM,
	F_ENUMVAL,
	F_RLS,						/* row level security enabled */
	F_NORLS,
	F_GONE						/* a dropped relation or type: must not exist */
} FactKind;

typedef struct Fact
{
	FactKind	kind;
	char	   *schema;
	char	   *rel;			/* relation, type or index name; NULL for F_SCHEMA */
	char	   *sub;			/* column, constraint or enum value */
	TypeName   *type;			/* F_COLTYPE */
	int			owner;			/* migration index */
	bool		alive;
} Fact;

/* facts of one schema.relation (or one schema, rel ""), the unit most statements touch */
#define BUCKET_KEY (2 * NAMEDATALEN + 2)
typedef struct Bucket
{
	char		key[BUCKET_KEY];
	List	   *facts;
} Bucket;

typedef struct Replay
{
	List	   *facts;			/* all, in the order they were established */
	HTAB	   *buckets;		/* the same facts by schema.relation */
	int			owner;
	const char *default_schema;
	MigrationCheck *check;		/* of the current migration */
} Replay;

/* ---- names ---- */

static const char *
default_schema(void)
{
	List	   *path = fetch_search_path(false);
	ListCell   *lc;

	foreach(lc, path)
	{
		Oid			nsp = lfirst_oid(lc);

		if (nsp != PG_CATALOG_NAMESPACE && !isAnyTempNamespace(nsp))
			return get_namespace_name(nsp);
	}
	return "public";
}

static const char *
schema_of(Replay *r, const char *schemaname)
{
	return schemaname ? schemaname : r->default_schema;
}

/* schema and name from a qualified-name list (DROP TYPE a.b, CREATE TYPE ...) */
static void
split_name(Replay *r, List *names, const char **schema, const char **name)
{
	*name = strVal(llast(names));
	*schema = list_length(names) >= 2 ? strVal(list_nth(names, list_length(names) - 2))
		: r->default_schema;
}

static char *
fact_text(const Fact *f)
{
	const char *q = f->rel ? psprintf("%s.%s", f->schema, f->rel) : f->schema;

	switch (f->kind)
	{
		case F_SCHEMA:
			return psprintf("schema %s", f->schema);
		case F_TABLE:
			return psprintf("table %s", q);
		case F_VIEW:
			return psprintf("view %s", q);
		case F_SEQUENCE:
			return psprintf("sequence %s", q);
		case F_INDEX:
			return psprintf("index %s", q);
		case F_COLUMN:
			return psprintf("column %s.%s", q, f->sub);
		case F_COLTYPE:
			{
				char	   *t = TypeNameToString(f->type);

				if (strncmp(t, "pg_catalog.", 11) == 0)
					t += 11;
				return psprintf("column %s.%s type %s", q, f->sub, t);
			}
		case F_NOTNULL:
			return psprintf("column %s.%s not null", q, f->sub);
		case F_NULLABLE:
			return psprintf("column %s.%s nullable", q, f->sub);
		case F_DEFAULT:
			return psprintf("column %s.%s default", q, f->sub);
		case F_NODEFAULT:
			return psprintf("column %s.%s no default", q, f->sub);
		case F_PKEY:
			return psprintf("primary key of %s", q);
		case F_CONSTRAINT:
			return psprintf("constraint %s on %s", f->sub, q);
		case F_ENUM:
			return psprintf("enum %s", q);
		case F_ENUMVAL:
			return psprintf("enum value %s.%s", q, f->sub);
		case F_RLS:
			return psprintf("row level security on %s", q);
		case F_NORLS:
			return psprintf("no row level security on %s", q);
		case F_GONE:
			return f->rel ? psprintf("no %s (dropped)", q) : psprintf("no schema %s (dropped)", f->schema);
	}
	return "?";
}

/* ---- the fact list ---- */

static bool
same(const char *a, const char *b)
{
	return (a == NULL && b == NULL) || (a && b && strcmp(a, b) == 0);
}

/* facts about the same column attribute replace each other */
static int
slot_of(FactKind k)
{
	switch (k)
	{
		case F_NOTNULL:
		case F_NULLABLE:
			return 1;
		case F_DEFAULT:
		case F_NODEFAULT:
			return 2;
		case F_RLS:
		case F_NORLS:
			return 3;
		default:
			return 100 + (int) k;
	}
}

static List **
bucket(Replay *r, const char *schema, const char *rel)
{
	char		key[BUCKET_KEY];
	Bucket	   *b;
	bool		found;

	snprintf(key, sizeof(key), "%s.%s", schema, rel ? rel : "");
	b = hash_search(r->buckets, key, HASH_ENTER, &found);
	if (!found)
		b->facts = NIL;
	return &b->facts;
}

/* after a relation or type is renamed, its facts belong in another bucket */
static void
rebuild_buckets(Replay *r)
{
	HASHCTL		ctl = {0};
	ListCell   *lc;

	if (r->buckets)
		hash_destroy(r->buckets);
	ctl.keysize = BUCKET_KEY;
	ctl.entrysize = sizeof(Bucket);
	ctl.hcxt = CurrentMemoryContext;
	r->buckets = hash_create("migtrack facts", 1024, &ctl, HASH_ELEM | HASH_STRINGS | HASH_CONTEXT);
	foreach(lc, r->facts)
	{
		Fact	   *f = lfirst(lc);
		List	  **b;

		if (!f->alive)
			continue;
		b = bucket(r, f->schema, f->rel);
		*b = lappend(*b, f);
	}
}

static void
add_fact(Replay *r, FactKind kind, const char *schema, const char *rel, const char *sub, TypeName *type)
{
	Fact	   *f = palloc0(sizeof(Fact));
	List	  **same_rel = bucket(r, schema, rel);
	ListCell   *lc;

	/* what it replaces, or re-creates, is about the same relation */
	foreach(lc, *same_rel)
	{
		Fact	   *o = lfirst(lc);

		if (o->alive && slot_of(o->kind) == slot_of(kind) && same(o->schema, schema) &&
			same(o->rel, rel) && same(o->sub, sub))
			o->alive = false;
		/* re-creating what was dropped */
		if (o->alive && o->kind == F_GONE && kind != F_GONE && same(o->schema, schema) &&
			(kind == F_SCHEMA ? o->rel == NULL
			 : same(o->rel, rel) && (o->sub == NULL || same(o->sub, sub))))
			o->alive = false;
	}
	f->kind = kind;
	f->schema = pstrdup(schema);
	f->rel = rel ? pstrdup(rel) : NULL;
	f->sub = sub ? pstrdup(sub) : NULL;
	f->type = type;
	f->owner = r->owner;
	f->alive = true;
	r->facts = lappend(r->facts, f);
	*same_rel = lappend(*same_rel, f);
	r->check->had_effects = true;
}

/* drop: everything about schema.rel (or all of schema when rel is NULL) */
static void
forget(Replay *r, const char *schema, const char *rel, const char *sub)
{
	ListCell   *lc;

	/* a whole schema (rare): every fact; a relation: its bucket */
	foreach(lc, rel == NULL ? r->facts : *bucket(r, schema, rel))
	{
		Fact	   *o = lfirst(lc);

		if (!o->alive || !same(o->schema, schema))
			continue;
		if (rel == NULL || (same(o->rel, rel) && (sub == NULL || same(o->sub, sub))))
			o->alive = false;
	}
}

/* indexes live in their table's schema; dropping a table drops them too */
static void
kill_indexes_of(Replay *r, const char *schema, const char *table)
{
	ListCell   *lc;

	foreach(lc, r->facts)
	{
		Fact	   *o = lfirst(lc);

		if (o->alive && o->kind == F_INDEX && same(o->schema, schema) && same(o->sub, table))
			o->alive = false;
	}
}

static void
rename_facts(Replay *r, const char *schema, const char *rel, const char *sub,
			 const char *newname, bool renaming_sub)
{
	ListCell   *lc;

	foreach(lc, r->facts)
	{
		Fact	   *o = lfirst(lc);

		if (!o->alive || !same(o->schema, schema))
			continue;
		if (!renaming_sub && same(o->rel, rel))
			o->rel = pstrdup(newname);
		else if (!renaming_sub && o->kind == F_INDEX && same(o->sub, rel))
			o->sub = pstrdup(newname);
		else if (renaming_sub && same(o->rel, rel) && same(o->sub, sub))
			o->sub = pstrdup(newname);
	}
	if (!renaming_sub)
		rebuild_buckets(r);
}

/* ---- statements ---- */

static bool
is_serial(TypeName *t)
{
	const char *n = strVal(llast(t->names));

	return list_length(t->names) == 1 &&
		(strcmp(n, "serial") == 0 || strcmp(n, "serial4") == 0 || strcmp(n, "bigserial") == 0 ||
		 strcmp(n, "serial8") == 0 || strcmp(n, "smallserial") == 0 || strcmp(n, "serial2") == 0);
}

static void
constraint_facts(Replay *r, const char *schema, const char *table, const char *column, Constraint *c)
{
	switch (c->contype)
	{
		case CONSTR_NOTNULL:
			add_fact(r, F_NOTNULL, schema, table, column, NULL);
			break;
		case CONSTR_NULL:
			add_fact(r, F_NULLABLE, schema, table, column, NULL);
			break;
		case CONSTR_DEFAULT:
			add_fact(r, F_DEFAULT, schema, table, column, NULL);
			break;
		case CONSTR_PRIMARY:
			if (column)
				add_fact(r, F_NOTNULL, schema, table, column, NULL);
			if (c->conname)
				add_fact(r, F_CONSTRAINT, schema, table, c->conname, NULL);
			else
				add_fact(r, F_PKEY, schema, table, NULL, NULL);
			break;
		case CONSTR_UNIQUE:
		case CONSTR_FOREIGN:
		case CONSTR_CHECK:
		case CONSTR_EXCLUSION:
			/* unnamed ones get generated names we do not predict */
			if (c->conname)
				add_fact(r, F_CONSTRAINT, schema, table, c->conname, NULL);
			break;
		default:
			break;
	}
}

static void
column_facts(Replay *r, const char *schema, const char *table, ColumnDef *col)
{
	ListCell   *lc;

	add_fact(r, F_COLUMN, schema, table, col->colname, NULL);
	if (is_serial(col->typeName))
	{
		const char *n = strVal(llast(col->typeName->names));
		const char *base = n[0] == 'b' || strcmp(n, "serial8") == 0 ? "int8"
			: n[1] == 'm' || strcmp(n, "serial2") == 0 ? "int2" : "int4";

		add_fact(r, F_COLTYPE, schema, table, col->colname, SystemTypeName((char *) base));
		add_fact(r, F_NOTNULL, schema, table, col->colname, NULL);
		add_fact(r, F_DEFAULT, schema, table, col->colname, NULL);
	}
	else
		add_fact(r, F_COLTYPE, schema, table, col->colname, col->typeName);
	if (col->is_not_null)
		add_fact(r, F_NOTNULL, schema, table, col->colname, NULL);
	if (col->raw_default)
		add_fact(r, F_DEFAULT, schema, table, col->colname, NULL);
	foreach(lc, col->constraints)
		constraint_facts(r, schema, table, col->colname, lfirst(lc));
}

static void
alter_table(Replay *r, AlterTableStmt *stmt)
{
	const char *schema = schema_of(r, stmt->relation->schemaname);
	const char *table = stmt->relation->relname;
	ListCell   *lc;

	if (stmt->objtype != OBJECT_TABLE)
		return;
	foreach(lc, stmt->cmds)
	{
		AlterTableCmd *cmd = lfirst(lc);

		switch (cmd->subtype)
		{
			case AT_AddColumn:
				column_facts(r, schema, table, (ColumnDef *) cmd->def);
				break;
			case AT_DropColumn:
				forget(r, schema, table, cmd->name);
				add_fact(r, F_GONE, schema, table, cmd->name, NULL);
				break;
			case AT_AlterColumnType:
				add_fact(r, F_COLTYPE, schema, table, cmd->name, ((ColumnDef *) cmd->def)->typeName);
				break;
			case AT_SetNotNull:
				add_fact(r, F_NOTNULL, schema, table, cmd->name, NULL);
				break;
			case AT_DropNotNull:
				add_fact(r, F_NULLABLE, schema, table, cmd->name, NULL);
				break;
			case AT_ColumnDefault:
				add_fact(r, cmd->def ? F_DEFAULT : F_NODEFAULT, schema, table, cmd->name, NULL);
				break;
			case AT_AddConstraint:
				constraint_facts(r, schema, table, NULL, (Constraint *) cmd->def);
				break;
			case AT_DropConstraint:
				forget(r, schema, table, cmd->name);
				add_fact(r, F_GONE, schema, table, cmd->name, NULL);
				break;
			case AT_EnableRowSecurity:
				add_fact(r, F_RLS, schema, table, NULL, NULL);
				break;
			case AT_DisableRowSecurity:
				add_fact(r, F_NORLS, schema, table, NULL, NULL);
				break;
			default:
				/* owner, storage, triggers, ...: say so rather than call it done */
				r->check->unverifiable = lappend(r->check->unverifiable,
												 psprintf("an ALTER TABLE %s action migtrack does not check", table));
				break;
		}
	}
}

static void
drop(Replay *r, DropStmt *stmt)
{
	ListCell   *lc;

	foreach(lc, stmt->objects)
	{
		const char *schema;
		const char *name;

		switch (stmt->removeType)
		{
			case OBJECT_SCHEMA:
				forget(r, strVal(lfirst(lc)), NULL, NULL);
				add_fact(r, F_GONE, strVal(lfirst(lc)), NULL, NULL, NULL);
				break;
			case OBJECT_TABLE:
			case OBJECT_VIEW:
			case OBJECT_MATVIEW:
			case OBJECT_SEQUENCE:
			case OBJECT_INDEX:
				split_name(r, lfirst(lc), &schema, &name);
				forget(r, schema, name, NULL);
				kill_indexes_of(r, schema, name);
				add_fact(r, F_GONE, schema, name, NULL, NULL);
				break;
			case OBJECT_TYPE:
				split_name(r, ((TypeName *) lfirst(lc))->names, &schema, &name);
				forget(r, schema, name, NULL);
				add_fact(r, F_GONE, schema, name, NULL, NULL);
				break;
			default:
				r->check->unverifiable = lappend(r->check->unverifiable,
												 psprintf("DROP %s", "of this kind of object"));
		}
	}
}

static void
replay_rename(Replay *r, RenameStmt *stmt)
{
	const char *schema;
	const char *name;

	switch (stmt->renameType)
	{
		case OBJECT_TABLE:
		case OBJECT_VIEW:
		case OBJECT_SEQUENCE:
		case OBJECT_INDEX:
			schema = schema_of(r, stmt->relation->schemaname);
			rename_facts(r, schema, stmt->relation->relname, NULL, stmt->newname, false);
			add_fact(r, stmt->renameType == OBJECT_INDEX ? F_INDEX
					 : stmt->renameType == OBJECT_TABLE ? F_TABLE
					 : stmt->renameType == OBJECT_VIEW ? F_VIEW : F_SEQUENCE,
					 schema, stmt->newname, NULL, NULL);
			break;
		case OBJECT_COLUMN:
		case OBJECT_TABCONSTRAINT:
			schema = schema_of(r, stmt->relation->schemaname);
			rename_facts(r, schema, stmt->relation->relname, stmt->subname, stmt->newname, true);
			add_fact(r, stmt->renameType == OBJECT_COLUMN ? F_COLUMN : F_CONSTRAINT,
					 schema, stmt->relation->relname, stmt->newname, NULL);
			break;
		case OBJECT_TYPE:
			split_name(r, castNode(List, stmt->object), &schema, &name);
			rename_facts(r, schema, name, NULL, stmt->newname, false);
			add_fact(r, F_ENUM, schema, stmt->newname, NULL, NULL);
			break;
		default:
			r->check->unverifiable = lappend(r->check->unverifiable,
											 pstrdup(CreateCommandName((Node *) stmt)));
	}
}

static void
replay(Replay *r, Node *stmt)
{
	ListCell   *lc;
	const char *schema;
	const char *name;

	switch (nodeTag(stmt))
	{
		case T_CreateSchemaStmt:
			add_fact(r, F_SCHEMA, ((CreateSchemaStmt *) stmt)->schemaname, NULL, NULL, NULL);
			break;
		case T_CreateStmt:
			{
				CreateStmt *cs = (CreateStmt *) stmt;

				schema = schema_of(r, cs->relation->schemaname);
				name = cs->relation->relname;
				add_fact(r, F_TABLE, schema, name, NULL, NULL);
				foreach(lc, cs->tableElts)
				{
					if (IsA(lfirst(lc), ColumnDef))
						column_facts(r, schema, name, lfirst(lc));
					else if (IsA(lfirst(lc), Constraint))
						constraint_facts(r, schema, name, NULL, lfirst(lc));
				}
				break;
			}
		case T_AlterTableStmt:
			alter_table(r, (AlterTableStmt *) stmt);
			break;
		case T_IndexStmt:
			{
				IndexStmt  *is = (IndexStmt *) stmt;

				if (is->idxname == NULL)
					r->check->unverifiable = lappend(r->check->unverifiable,
													 pstrdup("CREATE INDEX without a name"));
				else
					/* sub records the table, so that dropping it drops the index */
					add_fact(r, F_INDEX, schema_of(r, is->relation->schemaname), is->idxname,
							 is->relation->relname, NULL);
				break;
			}
		case T_CreateEnumStmt:
			{
				CreateEnumStmt *ce = (CreateEnumStmt *) stmt;

				split_name(r, ce->typeName, &schema, &name);
				add_fact(r, F_ENUM, schema, name, NULL, NULL);
				foreach(lc, ce->vals)
					add_fact(r, F_ENUMVAL, schema, name, strVal(lfirst(lc)), NULL);
				break;
			}
		case T_AlterEnumStmt:
			{
				AlterEnumStmt *ae = (AlterEnumStmt *) stmt;

				split_name(r, ae->typeName, &schema, &name);
				if (ae->oldVal)
					rename_facts(r, schema, name, ae->oldVal, ae->newVal, true);
				add_fact(r, F_ENUMVAL, schema, name, ae->newVal, NULL);
				break;
			}
		case T_CreateSeqStmt:
			{
				RangeVar   *rv = ((CreateSeqStmt *) stmt)->sequence;

				add_fact(r, F_SEQUENCE, schema_of(r, rv->schemaname), rv->relname, NULL, NULL);
				break;
			}
		case T_ViewStmt:
			{
				RangeVar   *rv = ((ViewStmt *) stmt)->view;

				add_fact(r, F_VIEW, schema_of(r, rv->schemaname), rv->relname, NULL, NULL);
				break;
			}
		case T_CreateTableAsStmt:
			{
				CreateTableAsStmt *ct = (CreateTableAsStmt *) stmt;
				RangeVar   *rv = ct->into->rel;

				add_fact(r, ct->objtype == OBJECT_MATVIEW ? F_VIEW : F_TABLE,
						 schema_of(r, rv->schemaname), rv->relname, NULL, NULL);
				break;
			}
		case T_DropStmt:
			drop(r, (DropStmt *) stmt);
			break;
		case T_RenameStmt:
			replay_rename(r, (RenameStmt *) stmt);
			break;
		case T_InsertStmt:
		case T_UpdateStmt:
		case T_DeleteStmt:
		case T_SelectStmt:
			r->check->has_data = true;
			break;
		case T_VariableSetStmt:
		case T_CommentStmt:
		case T_TransactionStmt:
			break;
		default:
			r->check->unverifiable = lappend(r->check->unverifiable,
											 pstrdup(CreateCommandName(stmt)));
	}
}

/*
 * The statements drizzle runs: the file split on the breakpoint marker,
 * each piece parsed on its own.  (Parsing the whole file would be wrong:
 * text after the marker on its line is a comment to PostgreSQL, a statement
 * to drizzle.)
 */
static List *
parse_pieces(const char *sql)
{
	static const char marker[] = "--> statement-breakpoint";
	List	   *stmts = NIL;
	const char *rest = sql;

	for (;;)
	{
		const char *mark = strstr(rest, marker);

		stmts = list_concat(stmts, raw_parser(mark ? pnstrdup(rest, mark - rest) : rest,
											  RAW_PARSE_DEFAULT));
		if (mark == NULL)
			return stmts;
		rest = mark + strlen(marker);
	}
}

/* parse_pieces, with a syntax error caught and kept as the reason */
static List *
parse_or_explain(const char *sql, char **error)
{
	MemoryContext cxt = CurrentMemoryContext;
	ResourceOwner owner = CurrentResourceOwner;
	List	   *stmts = NIL;

	*error = NULL;
	BeginInternalSubTransaction(NULL);
	MemoryContextSwitchTo(cxt);
	PG_TRY();
	{
		stmts = parse_pieces(sql);
		ReleaseCurrentSubTransaction();
	}
	PG_CATCH();
	{
		ErrorData  *edata;

		MemoryContextSwitchTo(cxt);
		edata = CopyErrorData();
		FlushErrorState();
		RollbackAndReleaseCurrentSubTransaction();
		*error = edata->message;
		stmts = NIL;
	}
	PG_END_TRY();
	MemoryContextSwitchTo(cxt);
	CurrentResourceOwner = owner;
	return stmts;
}

/* ---- the catalog ---- */

static bool
holds(const Fact *f)
{
	Oid			nsp = get_namespace_oid(f->schema, true);
	Oid			relid;
	char		relkind;
	AttrNumber	attnum;
	Oid			typid;

	if (f->kind == F_SCHEMA)
		return OidIsValid(nsp);
	if (f->kind == F_GONE && f->rel == NULL)
		return !OidIsValid(nsp);
	if (!OidIsValid(nsp))
		return f->kind == F_GONE;

	if (f->kind == F_ENUM || f->kind == F_ENUMVAL)
	{
		typid = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid, CStringGetDatum(f->rel),
								ObjectIdGetDatum(nsp));
		if (!OidIsValid(typid) || get_typtype(typid) != TYPTYPE_ENUM)
			return false;
		return f->kind == F_ENUM ||
			SearchSysCacheExists2(ENUMTYPOIDNAME, ObjectIdGetDatum(typid), CStringGetDatum(f->sub));
	}

	relid = get_relname_relid(f->rel, nsp);
	if (f->kind == F_GONE)
	{
		if (f->sub != NULL)		/* a dropped column or constraint */
			return !OidIsValid(relid) ||
				(get_attnum(relid, f->sub) == InvalidAttrNumber &&
				 !OidIsValid(get_relation_constraint_oid(relid, f->sub, true)));
		return !OidIsValid(relid) &&
			!OidIsValid(GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid, CStringGetDatum(f->rel),
										ObjectIdGetDatum(nsp)));
	}
	if (!OidIsValid(relid))
		return false;
	relkind = get_rel_relkind(relid);
	switch (f->kind)
	{
		case F_TABLE:
			return relkind == RELKIND_RELATION || relkind == RELKIND_PARTITIONED_TABLE;
		case F_VIEW:
			return relkind == RELKIND_VIEW || relkind == RELKIND_MATVIEW;
		case F_SEQUENCE:
			return relkind == RELKIND_SEQUENCE;
		case F_INDEX:
			return relkind == RELKIND_INDEX || relkind == RELKIND_PARTITIONED_INDEX;
		case F_CONSTRAINT:
			return OidIsValid(get_relation_constraint_oid(relid, f->sub, true));
		case F_RLS:
		case F_NORLS:
			{
				HeapTuple	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
				bool		rls = ((Form_pg_class) GETSTRUCT(tup))->relrowsecurity;

				ReleaseSysCache(tup);
				return f->kind == F_RLS ? rls : !rls;
			}
		case F_PKEY:
			{
				Relation	rel = relation_open(relid, AccessShareLock);
				Oid			pk = RelationGetPrimaryKeyIndex(rel);

				relation_close(rel, AccessShareLock);
				return OidIsValid(pk);
			}
		default:
			break;
	}

	/* column facts */
	attnum = get_attnum(relid, f->sub);
	if (attnum == InvalidAttrNumber)
		return false;
	switch (f->kind)
	{
		case F_COLUMN:
			return true;
		case F_NOTNULL:
		case F_NULLABLE:
		case F_DEFAULT:
		case F_NODEFAULT:
			{
				HeapTuple	tup = SearchSysCache2(ATTNUM, ObjectIdGetDatum(relid), Int16GetDatum(attnum));
				Form_pg_attribute att = (Form_pg_attribute) GETSTRUCT(tup);
				bool		holds = f->kind == F_NOTNULL ? att->attnotnull
					: f->kind == F_NULLABLE ? !att->attnotnull
					: f->kind == F_DEFAULT ? att->atthasdef : !att->atthasdef;

				ReleaseSysCache(tup);
				return holds;
			}
		case F_COLTYPE:
			{
				Oid			atttypid;
				int32		atttypmod;
				Oid			collid;
				int32		typmod;
				Type		t = LookupTypeName(NULL, f->type, &typmod, true);
				bool		ok;

				if (t == NULL)
					return false;
				get_atttypetypmodcoll(relid, attnum, &atttypid, &atttypmod, &collid);
				ok = atttypid == typeTypeId(t) && (typmod == -1 || typmod == atttypmod);
				ReleaseSysCache(t);
				return ok;
			}
		default:
			return false;
	}
}

/* Facts that make a pending migration fail with "already exists". */
static bool
is_creation(FactKind k)
{
	return k == F_SCHEMA || k == F_TABLE || k == F_VIEW || k == F_SEQUENCE || k == F_INDEX ||
		k == F_COLUMN || k == F_CONSTRAINT || k == F_PKEY || k == F_ENUM || k == F_ENUMVAL;
}

MigrationCheck *
verify_journal(const Journal *j)
{
	MigrationCheck *checks = palloc0(sizeof(MigrationCheck) * Max(j->count, 1));
	List	  **missing_parents = palloc0(sizeof(List *) * Max(j->count, 1));	/* per migration */
	int		   *nmissing = palloc0(sizeof(int) * Max(j->count, 1));
	Replay		r = {0};
	ListCell   *lc;
	int			i;

	r.default_schema = default_schema();
	rebuild_buckets(&r);
	for (i = 0; i < j->count; i++)
	{
		MigrationCheck *c = &checks[i];
		char	   *error;
		List	   *stmts;

		r.owner = i;
		r.check = c;
		if (j->migrations[i].sql == NULL)
		{
			c->unverifiable = list_make1(pstrdup("only its hash was given, not its SQL"));
			continue;
		}
		stmts = parse_or_explain(j->migrations[i].sql, &error);
		if (error)
		{
			c->unverifiable = list_make1(psprintf("it does not parse here: %s", error));
			continue;
		}
		foreach(lc, stmts)
			replay(&r, ((RawStmt *) lfirst(lc))->stmt);
	}

	/*
	 * The net effect, against the catalog.  A missing schema or relation is
	 * named once, not again for each of its columns and constraints.
	 */
	foreach(lc, r.facts)
	{
		Fact	   *f = lfirst(lc);
		MigrationCheck *c = &checks[f->owner];

		if (!f->alive)
			continue;
		c->surviving++;
		if (holds(f))
		{
			if (is_creation(f->kind))
				c->existing++;
		}
		else
		{
			/* per migration: each names its own missing facts, parents first */
			List	  **parents = &missing_parents[f->owner];

			nmissing[f->owner]++;
			if (list_member(*parents, makeString(f->schema)) ||
				(f->rel && list_member(*parents, makeString(psprintf("%s.%s", f->schema, f->rel)))))
				continue;
			c->missing = lappend(c->missing, fact_text(f));
			if (f->kind == F_SCHEMA)
				*parents = lappend(*parents, makeString(f->schema));
			else if (f->kind == F_TABLE || f->kind == F_VIEW || f->kind == F_ENUM)
				*parents = lappend(*parents, makeString(psprintf("%s.%s", f->schema, f->rel)));
		}
	}

	for (i = 0; i < j->count; i++)
	{
		MigrationCheck *c = &checks[i];

		if (c->surviving > 0 && nmissing[i] == c->surviving)
			c->verdict = VERDICT_ABSENT;
		else if (nmissing[i] > 0)
			c->verdict = VERDICT_PARTIAL;
		else if (c->unverifiable != NIL)
			c->verdict = VERDICT_UNVERIFIABLE;
		else if (c->surviving > 0)
			c->verdict = VERDICT_PRESENT;
		else if (c->had_effects)
			c->verdict = VERDICT_SUPERSEDED;
		else if (c->has_data)
			c->verdict = VERDICT_DATA_ONLY;
		else
			c->verdict = VERDICT_PRESENT;	/* nothing but comments */
	}
	return checks;
}

const char *
verdict_name(Verdict v)
{
	static const char *const names[] = {"present", "absent", "partial", "superseded", "data_only", "unverifiable"};

	return names[v];
}

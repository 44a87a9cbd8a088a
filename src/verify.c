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

#include "access/genam.h"
#include "access/htup_details.h"
#include "access/relation.h"
#include "access/stratnum.h"
#include "access/table.h"
#include "access/xact.h"
#include "catalog/namespace.h"
#include "catalog/pg_attribute.h"
#include "catalog/pg_class.h"
#include "catalog/pg_constraint.h"
#include "catalog/pg_index.h"
#include "catalog/pg_namespace.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "nodes/makefuncs.h"
#include "nodes/parsenodes.h"
#include "nodes/value.h"
#include "parser/parse_type.h"
#include "parser/parser.h"
#include "tcop/utility.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/hsearch.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
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
	struct ColType *type;		/* F_COLTYPE only */
	char	   *check_error;	/* checking it failed: why (rare) */
	int			owner;			/* migration index */
	bool		alive;
	bool		holds;			/* the catalog's answer: check_facts() */
} Fact;

/*
 * A column's type as written (for messages) and as resolved while its
 * migration's parse tree was alive -- or why it could not be.  A copy of the
 * TypeName per column would cost far more than the journal's text.
 */
typedef struct ColType
{
	char	   *text;
	Oid			typid;
	int32		typmod;
	char	   *error;
} ColType;

/* Facts are allocated in blocks: a long journal makes millions */
#define FACTS_PER_BLOCK 1024

/* a type fact waiting for its TypeName to be resolved (lives in the parse context) */
typedef struct PendingType
{
	Fact	   *fact;
	TypeName   *type;
} PendingType;

/*
 * Facts are also filed in hash tables of lists, so that each statement looks
 * at the few facts it can touch rather than at all of them (a long journal
 * holds hundreds of thousands): by schema.relation (what DROP forgets), by
 * schema.relation.sub (what a new fact replaces or re-creates), and indexes
 * by schema.table (what dropping the table drops).  A list may keep facts
 * that died since; readers check alive.  The key is a 64-bit hash of the
 * names, so a list only holds candidates: readers compare the names.
 */
typedef struct Bucket
{
	uint64		key;
	List	   *facts;
} Bucket;

/* the three tables of buckets, in that order */
enum
{
	BY_REL,
	BY_SUB,
	BY_TABLE
};

typedef struct BucketCache
{
	const char *schema;
	const char *rel;
	const char *sub;
	List	  **list;
} BucketCache;

typedef struct Replay
{
	List	   *facts;			/* all, in the order they were established */
	HTAB	   *by[3];			/* the same facts by BY_REL, BY_SUB, BY_TABLE */
	BucketCache last[3];	/* the last list bucket() found in each */
	int			owner;
	const char *default_schema;
	MigrationCheck *check;		/* of the current migration */
	char	   *last_schema;	/* names of the last fact, shared by the next */
	char	   *last_rel;
	char	   *last_sub;
	char	   *last_type;
	MemoryContext parse_cxt;	/* the current migration's parse trees */
	List	   *pending_types;	/* of PendingType *, in parse_cxt */
	Fact	   *free_facts;		/* the rest of the current block */
	int			nfree;
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
			return psprintf("column %s.%s type %s", q, f->sub,
							strncmp(f->type->text, "pg_catalog.", 11) == 0 ? f->type->text + 11 : f->type->text);
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

/* schema.rel[.sub] as 64 bits: a key only picks candidates */
static uint64
bucket_key(const char *schema, const char *rel, const char *sub, bool with_sub)
{
	const char *parts[3] = {schema, rel, sub};
	uint64		key = 0;
	int			i;

	for (i = 0; i < (with_sub ? 3 : 2); i++)
		key = hash_combine64(key, parts[i] == NULL ? UINT64CONST(0x9e3779b97f4a7c15)
							 : hash_bytes_extended((const unsigned char *) parts[i],
												   strlen(parts[i]), i));
	return key;
}

/*
 * The list of facts filed under schema.rel[.sub] in one of r's tables; NULL
 * if there is none and !create.  Consecutive calls mostly ask for the same
 * list (a column's facts, a table's columns): the last answer is kept.
 */
static List **
bucket(Replay *r, int which, const char *schema, const char *rel, const char *sub, bool create)
{
	BucketCache *last = &r->last[which];
	bool		with_sub = which == BY_SUB;
	uint64		key;
	Bucket	   *b;
	bool		found;

	if (last->list != NULL && same(last->schema, schema) && same(last->rel, rel) &&
		(!with_sub || same(last->sub, sub)))
		return last->list;
	key = bucket_key(schema, rel, sub, with_sub);
	b = hash_search(r->by[which], &key, create ? HASH_ENTER : HASH_FIND, &found);
	if (b == NULL)
		return NULL;
	if (!found)
		b->facts = NIL;
	last->schema = schema;
	last->rel = rel;
	last->sub = sub;
	last->list = &b->facts;
	return &b->facts;
}

/* the names kept in r->last may point into a parse tree about to be freed */
static void
forget_last_buckets(Replay *r)
{
	memset(r->last, 0, sizeof(r->last));
}

#define REL_BUCKET(r, schema, rel) bucket(r, BY_REL, schema, rel, NULL, true)
#define SUB_BUCKET(r, schema, rel, sub) bucket(r, BY_SUB, schema, rel, sub, true)
#define TABLE_BUCKET(r, schema, table) bucket(r, BY_TABLE, schema, table, NULL, true)

static HTAB *
new_buckets(const char *name)
{
	HASHCTL		ctl = {0};

	ctl.keysize = sizeof(uint64);
	ctl.entrysize = sizeof(Bucket);
	ctl.hcxt = CurrentMemoryContext;
	return hash_create(name, 1024, &ctl, HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
}

/* same_sub: f's by_sub list when the caller has it, else NULL */
static void
file_fact(Replay *r, Fact *f, List **same_sub)
{
	List	  **b = REL_BUCKET(r, f->schema, f->rel);

	*b = lappend(*b, f);
	b = same_sub ? same_sub : SUB_BUCKET(r, f->schema, f->rel, f->sub);
	*b = lappend(*b, f);
	if (f->kind == F_INDEX)
	{
		b = TABLE_BUCKET(r, f->schema, f->sub);
		*b = lappend(*b, f);
	}
}

/* after a relation or type is renamed, its facts belong in other buckets */
static void
rebuild_buckets(Replay *r)
{
	ListCell   *lc;

	if (r->by[BY_REL])
	{
		hash_destroy(r->by[BY_REL]);
		hash_destroy(r->by[BY_SUB]);
		hash_destroy(r->by[BY_TABLE]);
	}
	forget_last_buckets(r);
	r->by[BY_REL] = new_buckets("migtrack facts by relation");
	r->by[BY_SUB] = new_buckets("migtrack facts by relation and sub");
	r->by[BY_TABLE] = new_buckets("migtrack indexes by table");
	foreach(lc, r->facts)
	{
		Fact	   *f = lfirst(lc);

		if (f->alive)
			file_fact(r, f, NULL);
	}
}

/* the GONE facts among list that creating kind schema.rel.sub brings back */
static void
undrop(List *list, FactKind kind, const char *schema, const char *rel, const char *sub)
{
	ListCell   *lc;

	foreach(lc, list)
	{
		Fact	   *o = lfirst(lc);

		if (o->alive && o->kind == F_GONE && same(o->schema, schema) &&
			(kind == F_SCHEMA ? o->rel == NULL
			 : same(o->rel, rel) && (o->sub == NULL || same(o->sub, sub))))
			o->alive = false;
	}
}

static void
add_fact(Replay *r, FactKind kind, const char *schema, const char *rel, const char *sub, TypeName *type)
{
	Fact	   *f;
	List	  **same_sub = SUB_BUCKET(r, schema, rel, sub);
	ListCell   *lc;

	/* what it replaces: the same attribute of the same object */
	foreach(lc, *same_sub)
	{
		Fact	   *o = lfirst(lc);

		if (o->alive && slot_of(o->kind) == slot_of(kind) && same(o->schema, schema) &&
			same(o->rel, rel) && same(o->sub, sub))
			o->alive = false;
	}
	/* re-creating what was dropped: the object itself, or its relation */
	if (kind != F_GONE)
	{
		undrop(*same_sub, kind, schema, rel, sub);
		if (kind != F_SCHEMA && sub != NULL)
		{
			List	  **of_rel = bucket(r, BY_SUB, schema, rel, NULL, false);

			if (of_rel)
				undrop(*of_rel, kind, schema, rel, sub);
		}
	}
	if (r->nfree == 0)
	{
		r->free_facts = palloc0(sizeof(Fact) * FACTS_PER_BLOCK);
		r->nfree = FACTS_PER_BLOCK;
	}
	f = r->free_facts++;
	r->nfree--;
	f->kind = kind;
	/* consecutive facts are mostly about one relation: share its names */
	if (r->last_schema == NULL || strcmp(r->last_schema, schema) != 0)
		r->last_schema = pstrdup(schema);
	f->schema = r->last_schema;
	if (rel != NULL && (r->last_rel == NULL || strcmp(r->last_rel, rel) != 0))
		r->last_rel = pstrdup(rel);
	f->rel = rel ? r->last_rel : NULL;
	if (sub != NULL && (r->last_sub == NULL || strcmp(r->last_sub, sub) != 0))
		r->last_sub = pstrdup(sub);
	f->sub = sub ? r->last_sub : NULL;
	if (type != NULL)
	{
		/* resolved before the parse tree it comes from is freed: resolve_types() */
		MemoryContext old = MemoryContextSwitchTo(r->parse_cxt);
		PendingType *p = palloc(sizeof(PendingType));
		char	   *text;

		p->fact = f;
		p->type = type;
		r->pending_types = lappend(r->pending_types, p);
		/* its StringInfo allocates a kilobyte: keep a copy of just the text, shared with the last */
		text = TypeNameToString(type);
		MemoryContextSwitchTo(old);
		if (r->last_type == NULL || strcmp(r->last_type, text) != 0)
			r->last_type = pstrdup(text);
		f->type = palloc0(sizeof(ColType));
		f->type->text = r->last_type;
		f->type->typid = InvalidOid;
		f->type->typmod = -1;
	}
	f->owner = r->owner;
	f->alive = true;
	r->facts = lappend(r->facts, f);
	file_fact(r, f, same_sub);
	r->check->had_effects = true;
}

/* drop: everything about schema.rel (or all of schema when rel is NULL) */
static void
forget(Replay *r, const char *schema, const char *rel, const char *sub)
{
	ListCell   *lc;

	/* a whole schema (rare): every fact; a relation: its bucket */
	foreach(lc, rel == NULL ? r->facts : *REL_BUCKET(r, schema, rel))
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

	foreach(lc, *TABLE_BUCKET(r, schema, table))
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

	if (renaming_sub)
	{
		/* a column, constraint or enum value: only its own facts move */
		List	  **old = SUB_BUCKET(r, schema, rel, sub);
		List	   *moved = NIL;
		List	   *kept = NIL;
		List	  **dest;

		foreach(lc, *old)
		{
			Fact	   *o = lfirst(lc);

			if (o->alive && same(o->schema, schema) && same(o->rel, rel) && same(o->sub, sub))
			{
				o->sub = pstrdup(newname);
				moved = lappend(moved, o);
			}
			else
				kept = lappend(kept, o);
		}
		*old = kept;
		dest = SUB_BUCKET(r, schema, rel, newname);
		*dest = list_concat(*dest, moved);
		foreach(lc, moved)
			if (((Fact *) lfirst(lc))->kind == F_INDEX)
			{
				rebuild_buckets(r);		/* its table changed: never in practice */
				break;
			}
		return;
	}

	/* a relation or type (rare): its facts, and its indexes' table name */
	foreach(lc, r->facts)
	{
		Fact	   *o = lfirst(lc);

		if (!o->alive || !same(o->schema, schema))
			continue;
		if (same(o->rel, rel))
			o->rel = pstrdup(newname);
		else if (o->kind == F_INDEX && same(o->sub, rel))
			o->sub = pstrdup(newname);
	}
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

/*
 * Run fn(arg) in a subtransaction; an ERROR is caught, rolled back and its
 * message returned (NULL when fn succeeded).  For what a migration's text can
 * make PostgreSQL reject: a syntax error, a type name it cannot resolve.
 */
static char *
run_guarded(void (*fn) (void *), void *arg)
{
	MemoryContext cxt = CurrentMemoryContext;
	ResourceOwner owner = CurrentResourceOwner;
	char	   *volatile error = NULL;

	BeginInternalSubTransaction(NULL);
	MemoryContextSwitchTo(cxt);
	PG_TRY();
	{
		fn(arg);
		ReleaseCurrentSubTransaction();
	}
	PG_CATCH();
	{
		ErrorData  *edata;

		MemoryContextSwitchTo(cxt);
		edata = CopyErrorData();
		FlushErrorState();
		RollbackAndReleaseCurrentSubTransaction();
		error = edata->message;
	}
	PG_END_TRY();
	MemoryContextSwitchTo(cxt);
	CurrentResourceOwner = owner;
	return error;
}

typedef struct ParseCall
{
	const char *sql;
	List	   *stmts;
} ParseCall;

static void
parse_call(void *arg)
{
	ParseCall  *pc = arg;

	pc->stmts = parse_pieces(pc->sql);
}

/* parse_pieces, with a syntax error caught and kept as the reason */
static List *
parse_or_explain(const char *sql, char **error)
{
	ParseCall	pc = {sql, NIL};

	*error = run_guarded(parse_call, &pc);
	return *error ? NIL : pc.stmts;
}

typedef struct EachCall
{
	List	   *items;
	void		(*fn) (void *item);
	void	   *only;			/* NULL: every item; else this one */
} EachCall;

static void
each_call(void *arg)
{
	EachCall   *ec = arg;
	ListCell   *lc;

	if (ec->only != NULL)
		ec->fn(ec->only);
	else
		foreach(lc, ec->items)
			ec->fn(lfirst(lc));
}

/*
 * fn(item) for every item: all in one subtransaction, and only when that
 * fails, again one subtransaction per item, so that the items at fault are
 * told apart at no cost to the common case.  Returns NULL when all went
 * through at once, else per item its error (NULL where it succeeded).
 */
static char **
run_guarded_each(List *items, void (*fn) (void *item))
{
	EachCall	ec = {items, fn, NULL};
	char	  **errors;
	ListCell   *lc;

	if (items == NIL || run_guarded(each_call, &ec) == NULL)
		return NULL;
	errors = palloc0(sizeof(char *) * list_length(items));
	foreach(lc, items)
	{
		ec.only = lfirst(lc);
		errors[foreach_current_index(lc)] = run_guarded(each_call, &ec);
	}
	return errors;
}

static void
resolve_type(void *item)
{
	PendingType *p = item;
	int32		typmod = -1;
	Type		t;

	p->fact->type->typid = InvalidOid;	/* until found */
	t = LookupTypeName(NULL, p->type, &typmod, true);
	if (t == NULL)
		return;
	p->fact->type->typid = typeTypeId(t);
	p->fact->type->typmod = typmod;
	ReleaseSysCache(t);
}

/*
 * The current migration's column types, against the catalog (as where the
 * migration would run: the search_path's types).  A name or typmod
 * PostgreSQL rejects is kept as that type's error.
 */
static void
resolve_types(Replay *r)
{
	char	  **errors = run_guarded_each(r->pending_types, resolve_type);
	ListCell   *lc;

	if (errors != NULL)
		foreach(lc, r->pending_types)
			((PendingType *) lfirst(lc))->fact->type->error = errors[foreach_current_index(lc)];
	r->pending_types = NIL;
}

/* ---- the catalog ---- */

/*
 * RelationGetPrimaryKeyIndex()'s answer, read from pg_index as
 * RelationGetIndexList() reads it, without opening the relation: a relcache
 * entry built (and a lock taken) for every table of a long journal cost much
 * time and memory.
 */
static bool
has_primary_key(Oid relid)
{
	Relation	pg_index = table_open(IndexRelationId, AccessShareLock);
	ScanKeyData key;
	SysScanDesc scan;
	HeapTuple	tup;
	bool		found = false;

	ScanKeyInit(&key, Anum_pg_index_indrelid, BTEqualStrategyNumber, F_OIDEQ,
				ObjectIdGetDatum(relid));
	scan = systable_beginscan(pg_index, IndexIndrelidIndexId, true, NULL, 1, &key);
	while (!found && HeapTupleIsValid(tup = systable_getnext(scan)))
	{
		Form_pg_index index = (Form_pg_index) GETSTRUCT(tup);

		found = index->indislive && index->indisvalid && index->indisunique &&
			index->indimmediate && heap_attisnull(tup, Anum_pg_index_indpred, NULL) &&
			index->indisprimary;
	}
	systable_endscan(scan);
	table_close(pg_index, AccessShareLock);
	return found;
}

static bool
holds(const Fact *f)
{
	Oid			nsp = get_namespace_oid(f->schema, true);
	Oid			relid;
	char		relkind;
	HeapTuple	atttup;
	Form_pg_attribute att;
	bool		result;
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
			return has_primary_key(relid);
		default:
			break;
	}

	/* column facts: one look-up of the attribute serves them all */
	atttup = SearchSysCacheAttName(relid, f->sub);
	if (!HeapTupleIsValid(atttup))
		return false;
	att = (Form_pg_attribute) GETSTRUCT(atttup);
	switch (f->kind)
	{
		case F_COLUMN:
			result = true;
			break;
		case F_NOTNULL:
			result = att->attnotnull;
			break;
		case F_NULLABLE:
			result = !att->attnotnull;
			break;
		case F_DEFAULT:
			result = att->atthasdef;
			break;
		case F_NODEFAULT:
			result = !att->atthasdef;
			break;
		case F_COLTYPE:
			result = OidIsValid(f->type->typid) && att->atttypid == f->type->typid &&
				(f->type->typmod == -1 || f->type->typmod == att->atttypmod);
			break;
		default:
			result = false;
			break;
	}
	ReleaseSysCache(atttup);
	return result;
}

static void
check_fact(void *item)
{
	Fact	   *f = item;

	f->holds = false;			/* until the catalog says so */
	if (f->alive)
		f->holds = holds(f);
}

/* holds() for every live fact, answered in the fact; check_error says why a check failed */
static void
check_facts(List *facts)
{
	char	  **errors = run_guarded_each(facts, check_fact);
	ListCell   *lc;

	if (errors != NULL)
		foreach(lc, facts)
			((Fact *) lfirst(lc))->check_error = errors[foreach_current_index(lc)];
}

/* Is f about a schema or relation already reported missing (parents: of Fact *)? */
static bool
under_missing(List *parents, const Fact *f)
{
	ListCell   *lc;

	foreach(lc, parents)
	{
		const Fact *p = lfirst(lc);

		if (same(p->schema, f->schema) &&
			(p->kind == F_SCHEMA || (f->rel != NULL && same(p->rel, f->rel))))
			return true;
	}
	return false;
}

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
	MemoryContext outer = CurrentMemoryContext;
	MemoryContext parse_cxt;
	ListCell   *lc;
	int			i;

	/* one migration's parse trees at a time: the facts copy what they keep */
	parse_cxt = AllocSetContextCreate(outer, "migtrack parse", ALLOCSET_DEFAULT_SIZES);
	r.parse_cxt = parse_cxt;
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
		MemoryContextSwitchTo(parse_cxt);
		stmts = parse_or_explain(j->migrations[i].sql, &error);
		MemoryContextSwitchTo(outer);
		if (error)
			c->unverifiable = list_make1(psprintf("it does not parse here: %s", error));
		else
			foreach(lc, stmts)
				replay(&r, ((RawStmt *) lfirst(lc))->stmt);
		resolve_types(&r);
		forget_last_buckets(&r);
		MemoryContextReset(parse_cxt);
	}
	MemoryContextDelete(parse_cxt);

	/*
	 * The net effect, against the catalog.  A missing schema or relation is
	 * named once, not again for each of its columns and constraints.
	 */
	check_facts(r.facts);
	foreach(lc, r.facts)
	{
		Fact	   *f = lfirst(lc);
		MigrationCheck *c = &checks[f->owner];

		if (!f->alive)
			continue;
		c->surviving++;
		if (f->check_error != NULL || (f->type && f->type->error != NULL))
		{
			/* e.g. a type name PostgreSQL rejects: neither there nor missing */
			c->unverifiable = lappend(c->unverifiable,
									  psprintf("%s cannot be checked here: %s", fact_text(f),
											   f->check_error ? f->check_error : f->type->error));
			continue;
		}
		if (f->holds)
		{
			if (is_creation(f->kind))
				c->existing++;
		}
		else
		{
			/* per migration: each names its own missing facts, parents first */
			List	  **parents = &missing_parents[f->owner];

			nmissing[f->owner]++;
			if (under_missing(*parents, f))
				continue;
			c->missing = lappend(c->missing, fact_text(f));
			if (f->kind == F_SCHEMA || f->kind == F_TABLE || f->kind == F_VIEW || f->kind == F_ENUM)
				*parents = lappend(*parents, f);
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
	static const char *const names[] = {"present", "absent", "partial", "superseded", "data_only", "unverifiable", "unchecked"};

	return names[v];
}

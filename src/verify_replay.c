/*
 * verify_replay.c -- a migration's statements, replayed over the fact store
 * as PostgreSQL would run them.
 *
 * Besides what each statement says, what PostgreSQL does implicitly: DROP
 * COLUMN drops the indexes and constraints using the column, DROP ... CASCADE
 * the foreign keys and views that depend on the object, a unique or primary
 * key constraint owns an index of its name, unnamed constraints and indexes
 * get the names PostgreSQL would choose, renames carry everything that
 * depends on the name, IF [NOT] EXISTS makes a statement a no-op when its
 * target is absent (present) at that point of the history, temporary tables
 * never reach the catalog.  drizzle-kit 0.20-0.29 wrapped foreign keys and
 * enums in DO $$ BEGIN ...; EXCEPTION WHEN duplicate_object THEN null; END $$:
 * the inner statement is replayed with "already exists" semantics.
 *
 * Unqualified names resolve as they would when drizzle runs the file: in
 * the first schema of the current search_path.
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "catalog/pg_class.h"
#include "commands/defrem.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "nodes/parsenodes.h"
#include "nodes/value.h"
#include "parser/parser.h"
#include "parser/scansup.h"
#include "tcop/utility.h"
#include "utils/builtins.h"

#include "compat.h"
#include "verify.h"

/* ---- names ---- */

/* the default schema, named or not, as its one pointer: the fact store compares names by pointer first */
static const char *
schema_of(Replay *r, const char *schemaname)
{
	return schemaname == NULL || strcmp(schemaname, r->default_schema) == 0 ? r->default_schema : schemaname;
}

/* schema and name from a qualified-name list (DROP TYPE a.b, CREATE TYPE ...) */
static void
split_name(Replay *r, List *names, const char **schema, const char **name)
{
	*name = strVal(llast(names));
	*schema = list_length(names) >= 2 ? strVal(list_nth(names, list_length(names) - 2))
		: r->default_schema;
}

/*
 * A temporary relation: created TEMP (ON COMMIT DROP or not, it never
 * outlives the session), or named like one created so earlier -- drizzle
 * runs every migration in one session and transaction, and an unqualified
 * name finds the temporary relation first.
 */
static bool
is_temp(Replay *r, const RangeVar *rv)
{
	ListCell   *lc;

	if (rv->relpersistence == RELPERSISTENCE_TEMP ||
		(rv->schemaname != NULL && strcmp(rv->schemaname, "pg_temp") == 0))
		return true;
	if (rv->schemaname != NULL)
		return false;
	foreach(lc, r->temps)
		if (strcmp(lfirst(lc), rv->relname) == 0)
			return true;
	return false;
}

static void
add_unique_name(List **names, const char *name)
{
	ListCell   *lc;

	foreach(lc, *names)
		if (strcmp(lfirst(lc), name) == 0)
			return;
	*names = lappend(*names, pstrdup(name));
}

static bool
name_in(List *names, const char *name)
{
	ListCell   *lc;

	foreach(lc, names)
		if (strcmp(lfirst(lc), name) == 0)
			return true;
	return false;
}

/* the columns an expression refers to (their last name part) */
static bool
columns_walker(Node *node, List **cols)
{
	if (node == NULL)
		return false;
	if (IsA(node, ColumnRef))
	{
		Node	   *last = llast(((ColumnRef *) node)->fields);

		if (IsA(last, String))
			add_unique_name(cols, strVal(last));
		return false;
	}
	return raw_expression_tree_walker(node, columns_walker, (void *) cols);
}

/* the relations a query reads (a CTE's name may come along: harmless) */
static bool
relations_walker(Node *node, List **rels)
{
	if (node == NULL)
		return false;
	if (IsA(node, RangeVar))
	{
		RangeVar   *rv = (RangeVar *) node;
		RelName    *d = palloc(sizeof(RelName));

		d->schema = NULL;		/* filled in by the caller: it knows the default */
		d->rel = pstrdup(rv->relname);
		if (rv->schemaname)
			d->schema = pstrdup(rv->schemaname);
		*rels = lappend(*rels, d);
		return false;
	}
	return raw_expression_tree_walker(node, relations_walker, (void *) rels);
}

/* PostgreSQL's ChooseIndexNameAddition / ChooseForeignKeyConstraintNameAddition */
static char *
name_addition(List *names)
{
	char		buf[NAMEDATALEN * 2];
	int			buflen = 0;
	ListCell   *lc;

	buf[0] = '\0';
	foreach(lc, names)
	{
		if (buflen > 0)
			buf[buflen++] = '_';
		strlcpy(buf + buflen, lfirst(lc), NAMEDATALEN);
		buflen += strlen(buf + buflen);
		if (buflen >= NAMEDATALEN)
			break;
	}
	return pstrdup(buf);
}

/*
 * The name PostgreSQL gives an unnamed index or constraint of table:
 * makeObjectName(table, addition, label), with a number after the label
 * while the name is taken (ChooseRelationName, ChooseConstraintName).
 */
static char *
choose_name(Replay *r, const char *schema, const char *table, const char *addition,
			const char *label, bool is_relation)
{
	char		modlabel[NAMEDATALEN];
	int			pass = 0;
	char	   *name;

	strlcpy(modlabel, label, sizeof(modlabel));
	for (;;)
	{
		name = makeObjectName(table, addition, modlabel);
		if (is_relation ? relation_find(r, schema, name) == NULL
			: fact_find(r, F_CONSTRAINT, schema, table, name) == NULL)
			return name;
		snprintf(modlabel, sizeof(modlabel), "%s%d", label, ++pass);
	}
}

/* ChooseIndexColumnNames, without its de-duplication (rare) */
static List *
index_column_names(List *elems)
{
	List	   *names = NIL;
	ListCell   *lc;

	foreach(lc, elems)
	{
		IndexElem  *e = lfirst(lc);

		names = lappend(names, (char *) (e->indexcolname ? e->indexcolname : e->name ? e->name : "expr"));
	}
	return names;
}

/* the table columns an index's elements use */
static List *
index_columns(List *elems, Node *where)
{
	List	   *cols = NIL;
	ListCell   *lc;

	foreach(lc, elems)
	{
		IndexElem  *e = lfirst(lc);

		if (e->name)
			add_unique_name(&cols, e->name);
		else
			columns_walker(e->expr, &cols);
	}
	columns_walker(where, &cols);
	return cols;
}

static List *
copy_names(List *strings)
{
	List	   *names = NIL;
	ListCell   *lc;

	foreach(lc, strings)
		names = lappend(names, pstrdup(strVal(lfirst(lc))));
	return names;
}

static char *
gone_fact(Replay *r, FactKind kind, const char *schema, const char *rel, const char *sub)
{
	Fact	   *f = fact_add(r, F_GONE, schema, rel, sub);

	f->gone = kind;
	return f->rel;
}

/* ---- dropping, with what PostgreSQL drops along ---- */

static void drop_relation(Replay *r, const char *schema, const char *name, FactKind kind);

static void
drop_constraint_fact(Replay *r, Fact *c)
{
	Fact	   *index = fact_find(r, F_INDEX, c->schema, c->sub, c->rel);

	fact_kill(r, c);
	if (index)
		fact_kill(r, index);
}

/* foreign keys that reference schema.table (any of cols, or any at all when cols is NIL) */
static void
drop_foreign_keys_to(Replay *r, const char *schema, const char *table, List *cols)
{
	ListCell   *lc;
	ListCell   *cc;

	foreach(lc, foreign_keys_to(r, schema, table))
	{
		Fact	   *o = lfirst(lc);

		if (!o->alive || o->kind != F_CONSTRAINT || o->x->contype != CONSTR_FOREIGN ||
			!same_name(o->x->ref.schema, schema) || !same_name(o->x->ref.rel, table))
			continue;
		if (cols != NIL && o->x->ref_cols != NIL)
		{
			bool		uses = false;

			foreach(cc, cols)
				uses = uses || name_in(o->x->ref_cols, lfirst(cc));
			if (!uses)
				continue;
		}
		drop_constraint_fact(r, o);
	}
}

/* views (and materialized views) that read schema.rel, and views that read them */
static void
drop_dependent_views(Replay *r, const char *schema, const char *rel)
{
	ListCell   *lc;
	ListCell   *dc;

	foreach(lc, r->with_extra)
	{
		Fact	   *o = lfirst(lc);

		if (!o->alive || o->kind != F_VIEW)
			continue;
		foreach(dc, o->x->deps)
		{
			RelName    *d = lfirst(dc);

			if (same_name(d->schema, schema) && same_name(d->rel, rel))
			{
				drop_relation(r, o->schema, o->rel, F_VIEW);
				break;
			}
		}
	}
}

/*
 * DROP TABLE / VIEW / SEQUENCE / INDEX.  Whether or not the statement said
 * CASCADE, dependents are dropped here too: without CASCADE the statement
 * would have failed had they existed.
 */
static void
drop_relation(Replay *r, const char *schema, const char *name, FactKind kind)
{
	Fact	   *rel = relation_find(r, schema, name);
	ListCell   *lc;
	char	   *kept;

	if (rel != NULL)
		kind = rel->kind;
	if (kind == F_INDEX)
	{
		if (rel)
			fact_kill(r, rel);
		gone_fact(r, F_INDEX, schema, name, NULL);
		return;
	}
	/* the names may be the dying facts' own */
	kept = pstrdup(name);
	facts_forget(r, TABLE_KINDS | KIND(F_GONE), schema, kept, NULL);
	foreach(lc, indexes_of(r, schema, kept))
	{
		Fact	   *o = lfirst(lc);

		if (o->alive && o->kind == F_INDEX && same_name(o->schema, schema) && same_name(o->sub, kept))
			fact_kill(r, o);
	}
	drop_foreign_keys_to(r, schema, kept, NIL);
	drop_dependent_views(r, schema, kept);
	gone_fact(r, kind, schema, kept, NULL);
}

/* DROP COLUMN: also the indexes and constraints using it, and what references it */
static void
drop_column(Replay *r, const char *schema, const char *table, const char *column)
{
	char	   *col = pstrdup(column);
	ListCell   *lc;

	facts_forget(r, COLUMN_KINDS | KIND(F_GONE), schema, table, col);
	foreach(lc, facts_of(r, schema, table))
	{
		Fact	   *o = lfirst(lc);

		if (o->alive && o->kind == F_CONSTRAINT && o->x != NULL && name_in(o->x->cols, col) &&
			same_name(o->schema, schema) && same_name(o->rel, table))
			drop_constraint_fact(r, o);
	}
	foreach(lc, indexes_of(r, schema, table))
	{
		Fact	   *o = lfirst(lc);

		if (o->alive && o->kind == F_INDEX && o->x != NULL && name_in(o->x->cols, col) &&
			same_name(o->sub, table))
			fact_kill(r, o);
	}
	drop_foreign_keys_to(r, schema, table, list_make1(col));
	/* a view reading the table may not use the column: it is then just not checked */
	drop_dependent_views(r, schema, table);
	gone_fact(r, F_COLUMN, schema, table, col);
}

static void
drop_constraint(Replay *r, const char *schema, const char *table, const char *name)
{
	Fact	   *c = fact_find(r, F_CONSTRAINT, schema, table, name);

	if (c != NULL)
	{
		/* a key referenced by foreign keys: CASCADE drops them */
		if (c->x != NULL && (c->x->contype == CONSTR_PRIMARY || c->x->contype == CONSTR_UNIQUE))
			drop_foreign_keys_to(r, schema, table, c->x->cols);
		drop_constraint_fact(r, c);
	}
	gone_fact(r, F_CONSTRAINT, schema, table, name);
}

/* the live columns (their column facts, or column-type facts of their own) whose type is schema.name */
static List *
columns_of_type(Replay *r, const char *schema, const char *name)
{
	List	   *found = NIL;
	ListCell   *lc;

	foreach(lc, r->facts)
	{
		Fact	   *o = lfirst(lc);
		ColType   **t = fact_coltype(o);

		if (t != NULL && strcmp((*t)->type_name, name) == 0 &&
			strcmp((*t)->type_schema ? (*t)->type_schema : r->default_schema, schema) == 0)
			found = lappend(found, o);
	}
	return found;
}

/* DROP TYPE [CASCADE]: with CASCADE, the columns of that type go too */
static void
drop_type(Replay *r, const char *schema, const char *name)
{
	char	   *type = pstrdup(name);
	ListCell   *lc;

	facts_forget(r, TYPE_KINDS | KIND(F_GONE), schema, type, NULL);
	foreach(lc, columns_of_type(r, schema, type))
	{
		Fact	   *o = lfirst(lc);

		drop_column(r, o->schema, o->rel, o->sub);
	}
	gone_fact(r, F_ENUM, schema, type, NULL);
}

static int
input_arg_count(List *parameters, List **types)
{
	ListCell   *lc;
	int			n = 0;

	foreach(lc, parameters)
	{
		FunctionParameter *p = lfirst(lc);

		if (p->mode == FUNC_PARAM_IN || p->mode == FUNC_PARAM_INOUT ||
			p->mode == FUNC_PARAM_VARIADIC || p->mode == FUNC_PARAM_DEFAULT)
		{
			n++;
			if (types)
				*types = lappend(*types, copyObject(p->argType));
		}
	}
	return n;
}

/* DROP FUNCTION name[(args)]: that overload (by arity), or all; triggers using it */
static void
drop_function(Replay *r, ObjectWithArgs *o, FactKind kind)
{
	const char *schema;
	const char *name;
	char	   *nargs = NULL;
	ListCell   *lc;

	split_name(r, o->objname, &schema, &name);
	if (!o->args_unspecified)
		nargs = psprintf("%d", o->objfuncargs ? input_arg_count(o->objfuncargs, NULL)
						 : list_length(o->objargs));
	name = pstrdup(name);
	facts_forget(r, KIND(F_FUNCTION), schema, name, nargs);
	foreach(lc, r->with_extra)
	{
		Fact	   *t = lfirst(lc);

		if (t->alive && t->kind == F_TRIGGER &&
			same_name(t->x->ref.schema, schema) && same_name(t->x->ref.rel, name))
			fact_kill(r, t);
	}
	gone_fact(r, kind, schema, name, nargs);
}

/* ---- creating ---- */

static void
add_default(Replay *r, const char *schema, const char *table, const char *column, Node *expr)
{
	fact_slot(r, F_DEFAULT, schema, table, column, NULL, expr ? default_intern(r, expr) : NULL);
}

static void
add_index(Replay *r, const char *schema, const char *name, const char *table, List *cols,
		  bool owns)
{
	Fact	   *f = fact_add(r, F_INDEX, schema, name, table);
	FactExtra  *x = fact_extra(r, f);

	x->cols = cols;
	x->owns_index = owns;
}

/*
 * A table constraint (column is NULL) or a column's constraint, under the
 * name PostgreSQL gives it; a primary key, unique or exclusion constraint
 * with the index of the same name it owns.
 */
static void
add_constraint(Replay *r, const char *schema, const char *table, const char *column, Constraint *c)
{
	List	   *cols = NIL;
	const char *name = c->conname;
	bool		owns_index = false;
	Fact	   *f;
	FactExtra  *x;
	ListCell   *lc;

	switch (c->contype)
	{
		case CONSTR_NOTNULL:
			fact_slot(r, F_NOTNULL, schema, table, column, NULL, NULL);
			return;
		case CONSTR_NULL:
			fact_slot(r, F_NULLABLE, schema, table, column, NULL, NULL);
			return;
		case CONSTR_DEFAULT:
			add_default(r, schema, table, column, c->raw_expr);
			return;
		case CONSTR_IDENTITY:
			fact_slot(r, F_NOTNULL, schema, table, column, NULL, NULL);
			return;
		case CONSTR_GENERATED:
			add_default(r, schema, table, column, NULL);	/* the expression needs its table */
			return;
		case CONSTR_PRIMARY:
		case CONSTR_UNIQUE:
			cols = column ? list_make1(pstrdup(column)) : copy_names(c->keys);
			owns_index = true;
			if (name == NULL)
				name = c->contype == CONSTR_PRIMARY ? choose_name(r, schema, table, NULL, "pkey", true)
					: choose_name(r, schema, table, name_addition(cols), "key", true);
			if (c->contype == CONSTR_PRIMARY)
				foreach(lc, cols)
					fact_slot(r, F_NOTNULL, schema, table, lfirst(lc), NULL, NULL);
			break;
		case CONSTR_EXCLUSION:
			foreach(lc, c->exclusions)
			{
				IndexElem  *e = linitial(lfirst(lc));

				if (e->name)
					add_unique_name(&cols, e->name);
				else
					columns_walker(e->expr, &cols);
			}
			owns_index = true;
			if (name == NULL)
				name = choose_name(r, schema, table, name_addition(cols), "excl", true);
			break;
		case CONSTR_FOREIGN:
			cols = column ? list_make1(pstrdup(column)) : copy_names(c->fk_attrs);
			if (name == NULL)
				name = choose_name(r, schema, table, name_addition(cols), "fkey", false);
			break;
		case CONSTR_CHECK:
			columns_walker(c->raw_expr, &cols);
			if (name == NULL)
				name = choose_name(r, schema, table, list_length(cols) == 1 ? linitial(cols) : NULL,
								   "check", false);
			break;
		default:
			return;
	}
	/* inside drizzle's DO block an existing constraint is duplicate_object: skipped */
	if (r->if_not_exists && fact_find(r, F_CONSTRAINT, schema, table, name) != NULL)
		return;
	f = fact_add(r, F_CONSTRAINT, schema, table, name);
	x = fact_extra(r, f);
	x->contype = c->contype;
	x->cols = cols;
	x->owns_index = owns_index;
	if (c->contype == CONSTR_FOREIGN)
	{
		x->ref.schema = pstrdup(schema_of(r, c->pktable->schemaname));
		x->ref.rel = pstrdup(c->pktable->relname);
		fact_file_reference(r, f);
		x->ref_cols = copy_names(c->pk_attrs);
	}
	if (owns_index)
		add_index(r, schema, f->sub, table, list_copy(cols), true);
}

static bool
is_key(Node *n)
{
	return IsA(n, Constraint) &&
		(((Constraint *) n)->contype == CONSTR_PRIMARY || ((Constraint *) n)->contype == CONSTR_UNIQUE);
}

/* the integer type a serial type name stands for, or NULL */
static const char *
serial_base(const TypeName *tn)
{
	static const char *const serials[][2] = {
		{"serial", "int4"}, {"serial4", "int4"}, {"bigserial", "int8"},
		{"serial8", "int8"}, {"smallserial", "int2"}, {"serial2", "int2"},
	};
	const char *n;
	int			i;

	if (list_length(tn->names) != 1)
		return NULL;
	n = strVal(linitial(tn->names));
	if (strstr(n, "serial") == NULL)
		return NULL;			/* most columns: one search, not six comparisons */
	for (i = 0; i < (int) lengthof(serials); i++)
		if (strcmp(n, serials[i][0]) == 0)
			return serials[i][1];
	return NULL;
}

/* with_keys false: its PRIMARY KEY / UNIQUE are the caller's (create_table) */
static void
add_column(Replay *r, const char *schema, const char *table, ColumnDef *col, bool with_keys)
{
	Fact	   *column;
	const char *name;
	const char *base;
	ListCell   *lc;

	/*
	 * No type: options of a column the table takes from its type or parent
	 * (CREATE TABLE ... OF type, PARTITION OF), which the replay does not
	 * model.
	 */
	if (col->typeName == NULL)
	{
		replay_unverifiable(r, "column %s of %s takes its type from the table's type or parent",
							quote_identifier(col->colname), quote_identifier(table));
		return;
	}
	/* what is said of the column next names it as its fact does: compared by pointer */
	column = fact_add(r, F_COLUMN, schema, table, col->colname);
	name = column->sub;
	base = serial_base(col->typeName);

	schema = column->schema;
	table = column->rel;
	if (base != NULL)
	{
		fact_slot(r, F_COLTYPE, schema, table, name,
				  coltype_intern(r, SystemTypeName((char *) base)), NULL);
		fact_slot(r, F_NOTNULL, schema, table, name, NULL, NULL);
		add_default(r, schema, table, name, NULL);	/* nextval() of its own sequence */
	}
	else
		fact_slot(r, F_COLTYPE, schema, table, name, coltype_intern(r, col->typeName), NULL);
	if (col->is_not_null)
		fact_slot(r, F_NOTNULL, schema, table, name, NULL, NULL);
	if (col->raw_default)
		add_default(r, schema, table, name, col->raw_default);
	foreach(lc, col->constraints)
		if (with_keys || !is_key(lfirst(lc)))
			add_constraint(r, schema, table, name, lfirst(lc));
}

/*
 * CREATE TABLE's primary key and unique constraints as PostgreSQL builds
 * them (transformIndexConstraints): the primary key first, then the others
 * in order; one that repeats an earlier one's columns is merged into it, and
 * its name goes to the earlier one if that had none (a column's PRIMARY KEY
 * with a named UNIQUE on the same column is one index, named as the UNIQUE).
 */
static void
add_table_keys(Replay *r, const char *schema, const char *table, List *elts)
{
	List	   *keys = NIL;
	List	   *kept = NIL;
	ListCell   *lc;
	ListCell   *kc;

	foreach(lc, elts)
	{
		Node	   *elt = lfirst(lc);

		if (IsA(elt, ColumnDef))
		{
			foreach(kc, ((ColumnDef *) elt)->constraints)
				if (is_key(lfirst(kc)))
				{
					Constraint *c = palloc(sizeof(Constraint));

					memcpy(c, lfirst(kc), sizeof(Constraint));
					c->keys = list_make1(makeString(((ColumnDef *) elt)->colname));
					keys = lappend(keys, c);
				}
		}
		else if (is_key(elt))
		{
			Constraint *c = palloc(sizeof(Constraint));

			memcpy(c, elt, sizeof(Constraint));
			keys = lappend(keys, c);
		}
	}
	foreach(lc, keys)
		if (((Constraint *) lfirst(lc))->contype == CONSTR_PRIMARY)
			kept = lappend(kept, lfirst(lc));
	foreach(lc, keys)
	{
		Constraint *c = lfirst(lc);
		bool		keep = true;

		if (c->contype == CONSTR_PRIMARY)
			continue;
		foreach(kc, kept)
		{
			Constraint *prior = lfirst(kc);

			if (equal(c->keys, prior->keys) && equal(c->including, prior->including) &&
				c->nulls_not_distinct == prior->nulls_not_distinct &&
				c->deferrable == prior->deferrable && c->initdeferred == prior->initdeferred)
			{
				if (prior->conname == NULL)
					prior->conname = c->conname;
				keep = false;
				break;
			}
		}
		if (keep)
			kept = lappend(kept, c);
	}
	foreach(lc, kept)
		add_constraint(r, schema, table, NULL, lfirst(lc));
}

static void
create_table(Replay *r, CreateStmt *cs)
{
	const char *schema = schema_of(r, cs->relation->schemaname);
	const char *name = cs->relation->relname;
	Fact	   *table;
	ListCell   *lc;

	if (is_temp(r, cs->relation))
	{
		r->temps = lappend(r->temps, pstrdup(name));
		return;
	}
	if ((cs->if_not_exists || r->if_not_exists) && relation_find(r, schema, name) != NULL)
		return;
	/* the table's facts share the names of its own: compared by pointer */
	table = fact_add(r, F_TABLE, schema, name, NULL);
	schema = table->schema;
	name = table->rel;
	if (cs->ofTypename != NULL || cs->inhRelations != NIL || cs->partbound != NULL)
		fact_extra(r, table)->columns_elsewhere = true;
	foreach(lc, cs->tableElts)
		if (IsA(lfirst(lc), TableLikeClause))
			fact_extra(r, table)->columns_elsewhere = true;
	facts_expect_subs(r, schema, name, list_length(cs->tableElts) + list_length(cs->constraints));
	foreach(lc, cs->tableElts)
	{
		if (IsA(lfirst(lc), ColumnDef))
			add_column(r, schema, name, lfirst(lc), false);
		else if (IsA(lfirst(lc), Constraint) && !is_key(lfirst(lc)))
			add_constraint(r, schema, name, NULL, lfirst(lc));
	}
	add_table_keys(r, schema, name, cs->tableElts);
	foreach(lc, cs->constraints)
		add_constraint(r, schema, name, NULL, lfirst(lc));
}

static void
create_index(Replay *r, IndexStmt *is)
{
	const char *schema = schema_of(r, is->relation->schemaname);
	const char *table = is->relation->relname;
	List	   *elems = list_concat_copy(is->indexParams, is->indexIncludingParams);
	const char *name = is->idxname;

	if (is_temp(r, is->relation))
		return;
	if (name == NULL)
		name = choose_name(r, schema, table, name_addition(index_column_names(elems)),
						   is->primary ? "pkey" : "idx", true);
	else if ((is->if_not_exists || r->if_not_exists) && relation_find(r, schema, name) != NULL)
		return;
	add_index(r, schema, name, table, index_columns(elems, is->whereClause), false);
}

static void
create_view(Replay *r, const char *schema, const char *name, Node *query)
{
	Fact	   *f = fact_add(r, F_VIEW, schema, name, NULL);
	List	   *deps = NIL;
	ListCell   *lc;

	relations_walker(query, &deps);
	foreach(lc, deps)
	{
		RelName    *d = lfirst(lc);

		if (d->schema == NULL)
			d->schema = pstrdup(r->default_schema);
	}
	fact_extra(r, f)->deps = deps;
}

static void
create_function(Replay *r, CreateFunctionStmt *cf)
{
	const char *schema;
	const char *name;
	List	   *types = NIL;
	int			nargs = input_arg_count(cf->parameters, &types);
	Fact	   *f;

	split_name(r, cf->funcname, &schema, &name);
	f = fact_add(r, F_FUNCTION, schema, name, psprintf("%d", nargs));
	fact_extra(r, f)->args = types;
	f->x->objtype = cf->is_procedure ? OBJECT_PROCEDURE : OBJECT_FUNCTION;
}

static void
create_trigger(Replay *r, CreateTrigStmt *ct)
{
	const char *schema = schema_of(r, ct->relation->schemaname);
	const char *fschema;
	const char *fname;
	Fact	   *f;

	if (is_temp(r, ct->relation))
		return;
	if (r->if_not_exists && fact_find(r, F_TRIGGER, schema, ct->relation->relname, ct->trigname))
		return;
	split_name(r, ct->funcname, &fschema, &fname);
	f = fact_add(r, F_TRIGGER, schema, ct->relation->relname, ct->trigname);
	fact_extra(r, f)->ref.schema = pstrdup(fschema);
	f->x->ref.rel = pstrdup(fname);
}

/* ---- ALTER TABLE ---- */

static void
alter_table(Replay *r, AlterTableStmt *stmt)
{
	const char *schema = schema_of(r, stmt->relation->schemaname);
	const char *table = stmt->relation->relname;
	ListCell   *lc;

	if (stmt->objtype != OBJECT_TABLE && stmt->objtype != OBJECT_FOREIGN_TABLE)
		return;					/* ALTER INDEX / VIEW / SEQUENCE ... SET: nothing checked */
	if (is_temp(r, stmt->relation) ||
		(stmt->missing_ok && relation_find(r, schema, table) == NULL))
		return;
	foreach(lc, stmt->cmds)
	{
		AlterTableCmd *cmd = lfirst(lc);

		switch (cmd->subtype)
		{
			case AT_AddColumn:
				if ((cmd->missing_ok || r->if_not_exists) &&
					fact_find(r, F_COLUMN, schema, table, ((ColumnDef *) cmd->def)->colname))
					break;
				add_column(r, schema, table, (ColumnDef *) cmd->def, true);
				break;
			case AT_DropColumn:
				if (cmd->missing_ok && !fact_find(r, F_COLUMN, schema, table, cmd->name))
					break;
				drop_column(r, schema, table, cmd->name);
				break;
			case AT_AlterColumnType:
				fact_slot(r, F_COLTYPE, schema, table, cmd->name,
						  coltype_intern(r, ((ColumnDef *) cmd->def)->typeName), NULL);
				break;
			case AT_SetNotNull:
				fact_slot(r, F_NOTNULL, schema, table, cmd->name, NULL, NULL);
				break;
			case AT_DropNotNull:
				fact_slot(r, F_NULLABLE, schema, table, cmd->name, NULL, NULL);
				break;
			case AT_ColumnDefault:
				if (cmd->def)
					add_default(r, schema, table, cmd->name, cmd->def);
				else
					fact_slot(r, F_NODEFAULT, schema, table, cmd->name, NULL, NULL);
				break;
			case AT_AddConstraint:
				add_constraint(r, schema, table, NULL, (Constraint *) cmd->def);
				break;
			case AT_DropConstraint:
				if (cmd->missing_ok && !fact_find(r, F_CONSTRAINT, schema, table, cmd->name))
					break;
				drop_constraint(r, schema, table, cmd->name);
				break;
			case AT_EnableRowSecurity:
				fact_add(r, F_RLS, schema, table, NULL);
				break;
			case AT_DisableRowSecurity:
				fact_add(r, F_NORLS, schema, table, NULL);
				break;
			case AT_AddIdentity:
				fact_slot(r, F_NOTNULL, schema, table, cmd->name, NULL, NULL);
				break;

				/* settings the catalog keeps but a schema is not judged by */
			case AT_SetIdentity:
			case AT_DropIdentity:
			case AT_ForceRowSecurity:
			case AT_NoForceRowSecurity:
			case AT_SetRelOptions:
			case AT_ResetRelOptions:
			case AT_ReplaceRelOptions:
			case AT_SetOptions:
			case AT_ResetOptions:
			case AT_SetStatistics:
			case AT_SetStorage:
			case AT_SetCompression:
			case AT_ValidateConstraint:
			case AT_AlterConstraint:
			case AT_ChangeOwner:
			case AT_ClusterOn:
			case AT_DropCluster:
			case AT_SetLogged:
			case AT_SetUnLogged:
			case AT_SetTableSpace:
			case AT_SetAccessMethod:
			case AT_ReplicaIdentity:
			case AT_EnableTrig:
			case AT_EnableAlwaysTrig:
			case AT_EnableReplicaTrig:
			case AT_DisableTrig:
			case AT_EnableTrigAll:
			case AT_DisableTrigAll:
			case AT_EnableTrigUser:
			case AT_DisableTrigUser:
			case AT_EnableRule:
			case AT_EnableAlwaysRule:
			case AT_EnableReplicaRule:
			case AT_DisableRule:
			case AT_GenericOptions:
			case AT_AlterColumnGenericOptions:
				break;
			default:
				/* inheritance, partitions, ...: say so rather than call it done */
				replay_unverifiable(r, "an ALTER TABLE %s action migtrack does not model", table);
				break;
		}
	}
}

/* ---- DROP ---- */

static void
drop(Replay *r, DropStmt *stmt)
{
	ListCell   *lc;

	foreach(lc, stmt->objects)
	{
		const char *schema;
		const char *name;
		List	   *names;

		switch (stmt->removeType)
		{
			case OBJECT_SCHEMA:
				name = strVal(lfirst(lc));
				if (stmt->missing_ok && fact_find(r, F_SCHEMA, name, NULL, NULL) == NULL)
					break;
				facts_forget(r, ~0u, name, NULL, NULL);
				gone_fact(r, F_SCHEMA, name, NULL, NULL);
				break;
			case OBJECT_TABLE:
			case OBJECT_VIEW:
			case OBJECT_MATVIEW:
			case OBJECT_SEQUENCE:
			case OBJECT_INDEX:
			case OBJECT_FOREIGN_TABLE:
				{
					RangeVar   *rv = makeRangeVarFromNameList(lfirst(lc));

					schema = schema_of(r, rv->schemaname);
					if (is_temp(r, rv))
					{
						ListCell   *tc;

						foreach(tc, r->temps)
							if (strcmp(lfirst(tc), rv->relname) == 0)
							{
								r->temps = foreach_delete_current(r->temps, tc);
								break;
							}
						break;
					}
					if (stmt->missing_ok && relation_find(r, schema, rv->relname) == NULL)
						break;
					drop_relation(r, schema, rv->relname,
								  stmt->removeType == OBJECT_INDEX ? F_INDEX
								  : stmt->removeType == OBJECT_SEQUENCE ? F_SEQUENCE
								  : stmt->removeType == OBJECT_VIEW || stmt->removeType == OBJECT_MATVIEW ? F_VIEW
								  : F_TABLE);
					break;
				}
			case OBJECT_TYPE:
			case OBJECT_DOMAIN:
				split_name(r, ((TypeName *) lfirst(lc))->names, &schema, &name);
				if (stmt->missing_ok && fact_find(r, F_ENUM, schema, name, NULL) == NULL &&
					fact_find(r, F_TYPE, schema, name, NULL) == NULL)
					break;
				drop_type(r, schema, name);
				break;
			case OBJECT_FUNCTION:
			case OBJECT_PROCEDURE:
			case OBJECT_ROUTINE:
				{
					ObjectWithArgs *o = lfirst(lc);

					split_name(r, o->objname, &schema, &name);
					if (stmt->missing_ok && facts_of(r, schema, name) == NIL)
						break;
					drop_function(r, o, F_FUNCTION);
					break;
				}
			case OBJECT_TRIGGER:
			case OBJECT_POLICY:
				{
					FactKind	kind = stmt->removeType == OBJECT_TRIGGER ? F_TRIGGER : F_POLICY;
					RangeVar   *rv;

					/* [schema.]table.name */
					names = lfirst(lc);
					rv = makeRangeVarFromNameList(list_copy_head(names, list_length(names) - 1));
					schema = schema_of(r, rv->schemaname);
					name = strVal(llast(names));
					if (is_temp(r, rv) ||
						(stmt->missing_ok && fact_find(r, kind, schema, rv->relname, name) == NULL))
						break;
					facts_forget(r, KIND(kind), schema, rv->relname, name);
					gone_fact(r, kind, schema, rv->relname, name);
					break;
				}
			case OBJECT_EXTENSION:
				name = strVal(lfirst(lc));
				if (stmt->missing_ok && fact_find(r, F_EXTENSION, "", name, NULL) == NULL)
					break;
				facts_forget(r, KIND(F_EXTENSION), "", name, NULL);
				gone_fact(r, F_EXTENSION, "", name, NULL);
				break;
			default:
				replay_unverifiable(r, "DROP of an object of a kind migtrack does not model");
				break;
		}
	}
}

/* ---- RENAME ---- */

/* the renaming migration now answers for the object under its new name */
static void
take_over(Replay *r, Fact *f)
{
	Fact	   *old;

	if (f == NULL || f->owner == r->owner)
		return;
	/* a fact of the same kind and names, established now, replaces it */
	old = f;
	f = fact_add(r, old->kind, old->schema, old->rel, old->sub);
	f->type = old->type;
	f->x = old->x;
	if (f->x != NULL)
	{
		r->with_extra = lappend(r->with_extra, f);
		fact_file_reference(r, f);
	}
}

static void
rename_relation(Replay *r, RenameStmt *stmt)
{
	const char *schema = schema_of(r, stmt->relation->schemaname);
	const char *old = stmt->relation->relname;
	Fact	   *rel = relation_find(r, schema, old);
	Fact	   *backed = NULL;

	if (is_temp(r, stmt->relation) || (stmt->missing_ok && rel == NULL))
		return;
	/* renaming a constraint's index renames the constraint */
	if (rel != NULL && rel->kind == F_INDEX && rel->x != NULL && rel->x->owns_index)
		backed = fact_find(r, F_CONSTRAINT, schema, rel->sub, old);
	facts_forget(r, KIND(F_GONE), schema, stmt->newname, NULL);
	facts_rename_rel(r, schema, old, stmt->newname, TABLE_KINDS | KIND(F_INDEX) | KIND(F_GONE));
	if (backed != NULL)
		facts_rename_sub(r, KIND(F_CONSTRAINT), schema, backed->rel, old, stmt->newname);
	take_over(r, relation_find(r, schema, stmt->newname));
	gone_fact(r, rel ? rel->kind : F_TABLE, schema, old, NULL);
}

static void
replay_rename(Replay *r, RenameStmt *stmt)
{
	const char *schema;
	const char *name;
	const char *table;
	ListCell   *lc;

	switch (stmt->renameType)
	{
		case OBJECT_TABLE:
		case OBJECT_VIEW:
		case OBJECT_MATVIEW:
		case OBJECT_SEQUENCE:
		case OBJECT_INDEX:
		case OBJECT_FOREIGN_TABLE:
			rename_relation(r, stmt);
			break;
		case OBJECT_COLUMN:
			schema = schema_of(r, stmt->relation->schemaname);
			table = stmt->relation->relname;
			if (is_temp(r, stmt->relation) ||
				(stmt->missing_ok && relation_find(r, schema, table) == NULL))
				break;
			facts_forget(r, KIND(F_GONE), schema, table, stmt->newname);
			facts_rename_sub(r, COLUMN_KINDS | KIND(F_GONE), schema, table, stmt->subname, stmt->newname);
			take_over(r, fact_find(r, F_COLUMN, schema, table, stmt->newname));
			gone_fact(r, F_COLUMN, schema, table, stmt->subname);
			break;
		case OBJECT_TABCONSTRAINT:
			{
				Fact	   *c;

				schema = schema_of(r, stmt->relation->schemaname);
				table = stmt->relation->relname;
				if (is_temp(r, stmt->relation) ||
					(stmt->missing_ok && relation_find(r, schema, table) == NULL))
					break;
				facts_forget(r, KIND(F_GONE), schema, table, stmt->newname);
				facts_rename_sub(r, KIND(F_CONSTRAINT), schema, table, stmt->subname, stmt->newname);
				c = fact_find(r, F_CONSTRAINT, schema, table, stmt->newname);
				/* a key's index is renamed with it */
				if (c == NULL || (c->x != NULL && c->x->owns_index))
					facts_rename_rel(r, schema, stmt->subname, stmt->newname, KIND(F_INDEX));
				take_over(r, c);
				gone_fact(r, F_CONSTRAINT, schema, table, stmt->subname);
				break;
			}
		case OBJECT_TYPE:
		case OBJECT_DOMAIN:
			split_name(r, castNode(List, stmt->object), &schema, &name);
			facts_rename_rel(r, schema, name, stmt->newname, TYPE_KINDS);
			/* columns of that type: their type is now called by the new name */
			foreach(lc, columns_of_type(r, schema, name))
			{
				ColType   **t = fact_coltype(lfirst(lc));

				*t = coltype_renamed(r, *t, stmt->newname);
			}
			take_over(r, fact_find(r, F_ENUM, schema, stmt->newname, NULL));
			take_over(r, fact_find(r, F_TYPE, schema, stmt->newname, NULL));
			gone_fact(r, F_ENUM, schema, name, NULL);
			break;
		case OBJECT_FUNCTION:
		case OBJECT_PROCEDURE:
		case OBJECT_ROUTINE:
			split_name(r, castNode(ObjectWithArgs, stmt->object)->objname, &schema, &name);
			facts_rename_rel(r, schema, name, stmt->newname, KIND(F_FUNCTION));
			break;
		case OBJECT_TRIGGER:
		case OBJECT_POLICY:
			{
				FactKind	kind = stmt->renameType == OBJECT_TRIGGER ? F_TRIGGER : F_POLICY;

				schema = schema_of(r, stmt->relation->schemaname);
				table = stmt->relation->relname;
				if (is_temp(r, stmt->relation))
					break;
				facts_rename_sub(r, KIND(kind), schema, table, stmt->subname, stmt->newname);
				take_over(r, fact_find(r, kind, schema, table, stmt->newname));
				gone_fact(r, kind, schema, table, stmt->subname);
				break;
			}
		default:
			replay_unverifiable(r, "%s", CreateCommandName((Node *) stmt));
	}
}

typedef enum StatementClass
{
	STMT_SCHEMA,				/* it may change the schema */
	STMT_DATA,					/* it changes data only */
	STMT_NOOP					/* nothing the catalog is checked for */
} StatementClass;

/*
 * What a statement that makes no fact does: changes data (the catalog
 * cannot tell whether it happened), changes nothing a schema is judged by
 * (privileges, owners, comments, settings, statistics, the session), or
 * something else.
 */
static StatementClass
statement_class(Node *stmt)
{
	switch (nodeTag(stmt))
	{
		case T_InsertStmt:
		case T_UpdateStmt:
		case T_DeleteStmt:
		case T_SelectStmt:
		case T_MergeStmt:
		case T_TruncateStmt:
		case T_CopyStmt:
		case T_CallStmt:
			return STMT_DATA;
		case T_GrantStmt:
		case T_GrantRoleStmt:
		case T_AlterDefaultPrivilegesStmt:
		case T_AlterOwnerStmt:
		case T_AlterRoleStmt:
		case T_AlterRoleSetStmt:
		case T_AlterPolicyStmt:
		case T_AlterFunctionStmt:
		case T_AlterSeqStmt:
		case T_AlterDomainStmt:
		case T_AlterExtensionStmt:
		case T_RefreshMatViewStmt:
		case T_CommentStmt:
		case T_SecLabelStmt:
		case T_VariableSetStmt:
		case T_TransactionStmt:
		case T_LockStmt:
		case T_VacuumStmt:
		case T_NotifyStmt:
		case T_DiscardStmt:
		case T_ReindexStmt:
		case T_ClusterStmt:
		case T_CheckPointStmt:
			return STMT_NOOP;
		default:
			return STMT_SCHEMA;
	}
}

/*
 * A statement that makes no fact: one that changes data (the catalog cannot
 * tell whether it happened; rows of a temporary table are gone with it), or
 * nothing a schema is judged by.  False for any other.
 */
bool
replay_without_facts(Replay *r, Node *stmt)
{
	RangeVar   *target = IsA(stmt, InsertStmt) ? ((InsertStmt *) stmt)->relation
		: IsA(stmt, UpdateStmt) ? ((UpdateStmt *) stmt)->relation
		: IsA(stmt, DeleteStmt) ? ((DeleteStmt *) stmt)->relation : NULL;

	switch (statement_class(stmt))
	{
		case STMT_DATA:
			if (target == NULL || !is_temp(r, target))
				r->check->has_data = true;
			return true;
		case STMT_NOOP:
			return true;
		default:
			return false;
	}
}

/* ---- one statement ---- */

void
replay_statement(Replay *r, Node *stmt)
{
	ListCell   *lc;
	const char *schema;
	const char *name;

	switch (nodeTag(stmt))
	{
		case T_CreateSchemaStmt:
			{
				CreateSchemaStmt *cs = (CreateSchemaStmt *) stmt;

				if (cs->schemaname == NULL)
				{
					replay_unverifiable(r, "CREATE SCHEMA AUTHORIZATION without a name");
					break;
				}
				if ((cs->if_not_exists || r->if_not_exists) &&
					fact_find(r, F_SCHEMA, cs->schemaname, NULL, NULL))
					break;
				fact_add(r, F_SCHEMA, cs->schemaname, NULL, NULL);
				if (cs->schemaElts != NIL)
					replay_unverifiable(r, "objects created inside CREATE SCHEMA");
				break;
			}
		case T_CreateStmt:
			create_table(r, (CreateStmt *) stmt);
			break;
		case T_AlterTableStmt:
			alter_table(r, (AlterTableStmt *) stmt);
			break;
		case T_IndexStmt:
			create_index(r, (IndexStmt *) stmt);
			break;
		case T_CreateEnumStmt:
			{
				CreateEnumStmt *ce = (CreateEnumStmt *) stmt;

				split_name(r, ce->typeName, &schema, &name);
				if (r->if_not_exists && fact_find(r, F_ENUM, schema, name, NULL))
					break;
				fact_add(r, F_ENUM, schema, name, NULL);
				foreach(lc, ce->vals)
					fact_add(r, F_ENUMVAL, schema, name, strVal(lfirst(lc)));
				break;
			}
		case T_AlterEnumStmt:
			{
				AlterEnumStmt *ae = (AlterEnumStmt *) stmt;

				split_name(r, ae->typeName, &schema, &name);
				if (ae->oldVal)
				{
					facts_rename_sub(r, KIND(F_ENUMVAL), schema, name, ae->oldVal, ae->newVal);
					take_over(r, fact_find(r, F_ENUMVAL, schema, name, ae->newVal));
				}
				else if (!((ae->skipIfNewValExists || r->if_not_exists) &&
						   fact_find(r, F_ENUMVAL, schema, name, ae->newVal)))
					fact_add(r, F_ENUMVAL, schema, name, ae->newVal);
				break;
			}
		case T_CreateDomainStmt:
		case T_CompositeTypeStmt:
		case T_CreateRangeStmt:
			{
				List	   *names = IsA(stmt, CreateDomainStmt) ? ((CreateDomainStmt *) stmt)->domainname
					: IsA(stmt, CreateRangeStmt) ? ((CreateRangeStmt *) stmt)->typeName : NIL;

				if (IsA(stmt, CompositeTypeStmt))
				{
					RangeVar   *rv = ((CompositeTypeStmt *) stmt)->typevar;

					schema = schema_of(r, rv->schemaname);
					name = rv->relname;
				}
				else
					split_name(r, names, &schema, &name);
				if (r->if_not_exists && fact_find(r, F_TYPE, schema, name, NULL))
					break;
				fact_add(r, F_TYPE, schema, name, NULL);
				break;
			}
		case T_CreateSeqStmt:
			{
				CreateSeqStmt *cs = (CreateSeqStmt *) stmt;
				RangeVar   *rv = cs->sequence;

				if (is_temp(r, rv))
				{
					r->temps = lappend(r->temps, pstrdup(rv->relname));
					break;
				}
				if ((cs->if_not_exists || r->if_not_exists) &&
					relation_find(r, schema_of(r, rv->schemaname), rv->relname))
					break;
				fact_add(r, F_SEQUENCE, schema_of(r, rv->schemaname), rv->relname, NULL);
				break;
			}
		case T_ViewStmt:
			{
				ViewStmt   *vs = (ViewStmt *) stmt;

				if (is_temp(r, vs->view))
				{
					r->temps = lappend(r->temps, pstrdup(vs->view->relname));
					break;
				}
				create_view(r, schema_of(r, vs->view->schemaname), vs->view->relname, vs->query);
				break;
			}
		case T_CreateTableAsStmt:
			{
				CreateTableAsStmt *ct = (CreateTableAsStmt *) stmt;
				RangeVar   *rv = ct->into->rel;

				schema = schema_of(r, rv->schemaname);
				if (is_temp(r, rv))
				{
					r->temps = lappend(r->temps, pstrdup(rv->relname));
					break;
				}
				if (ct->if_not_exists && relation_find(r, schema, rv->relname))
					break;
				if (ct->objtype == OBJECT_MATVIEW)
					create_view(r, schema, rv->relname, ct->query);
				else
				{
					fact_extra(r, fact_add(r, F_TABLE, schema, rv->relname, NULL))->columns_elsewhere = true;
					r->check->has_data = true;
				}
				break;
			}
		case T_CreateFunctionStmt:
			create_function(r, (CreateFunctionStmt *) stmt);
			break;
		case T_CreateTrigStmt:
			create_trigger(r, (CreateTrigStmt *) stmt);
			break;
		case T_CreatePolicyStmt:
			{
				CreatePolicyStmt *cp = (CreatePolicyStmt *) stmt;

				schema = schema_of(r, cp->table->schemaname);
				if (r->if_not_exists && fact_find(r, F_POLICY, schema, cp->table->relname, cp->policy_name))
					break;
				fact_add(r, F_POLICY, schema, cp->table->relname, cp->policy_name);
				break;
			}
		case T_CreateExtensionStmt:
			{
				CreateExtensionStmt *ce = (CreateExtensionStmt *) stmt;

				if ((ce->if_not_exists || r->if_not_exists) &&
					fact_find(r, F_EXTENSION, "", ce->extname, NULL))
					break;
				fact_add(r, F_EXTENSION, "", ce->extname, NULL);
				break;
			}
		case T_CreateRoleStmt:
			{
				CreateRoleStmt *cr = (CreateRoleStmt *) stmt;

				if (r->if_not_exists && fact_find(r, F_ROLE, "", cr->role, NULL))
					break;
				fact_add(r, F_ROLE, "", cr->role, NULL);
				break;
			}
		case T_DropRoleStmt:
			{
				DropRoleStmt *dr = (DropRoleStmt *) stmt;

				foreach(lc, dr->roles)
				{
					RoleSpec   *role = lfirst(lc);

					if (role->roletype != ROLESPEC_CSTRING)
						continue;
					if (dr->missing_ok && fact_find(r, F_ROLE, "", role->rolename, NULL) == NULL)
						continue;
					facts_forget(r, KIND(F_ROLE), "", role->rolename, NULL);
					gone_fact(r, F_ROLE, "", role->rolename, NULL);
				}
				break;
			}
		case T_DropStmt:
			drop(r, (DropStmt *) stmt);
			break;
		case T_RenameStmt:
			replay_rename(r, (RenameStmt *) stmt);
			break;
		case T_DoStmt:
			replay_do(r, (DoStmt *) stmt);
			break;

		default:
			if (!replay_without_facts(r, stmt))
				replay_unverifiable(r, "%s", CreateCommandName(stmt));
	}
}

/*
 * The statements drizzle runs: the file split on the breakpoint marker,
 * each piece parsed on its own.  (Parsing the whole file would be wrong:
 * text after the marker on its line is a comment to PostgreSQL, a statement
 * to drizzle.)
 */
List *
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

/*
 * tracking_safety.c -- may migtrack write to this history?
 *
 * The history belongs to the application's database owner, who may be
 * hostile, and migtrack may be run by a superuser.  drizzle's own table
 * runs no code on a write beyond its SERIAL's nextval() and 1.0's now().
 * Anything else a write would run -- a trigger, a rule, a default or
 * generated column, a CHECK constraint, an index expression, a domain's
 * check, a row level security policy -- is the owner's code running with
 * the rights of whoever writes, so a write is refused while the table (or
 * a partition of it) has any, before anything is written.  Reads run none
 * of it: the columns' types are built-in (tracking.c) and row level
 * security is refused there.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/transam.h"
#include "catalog/pg_attrdef.h"
#include "catalog/pg_attribute.h"
#include "catalog/pg_constraint.h"
#include "catalog/pg_index.h"
#include "catalog/pg_inherits.h"
#include "catalog/pg_rewrite.h"
#include "catalog/pg_trigger.h"
#include "catalog/pg_type.h"
#include "nodes/nodeFuncs.h"
#include "utils/builtins.h"
#include "utils/fmgroids.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"
#include "utils/rls.h"

#include "migtrack.h"
#include "drizzle_ddl.h"

/* a function drizzle's own defaults do not call */
static bool
not_drizzles_function(Oid funcid, void *context pg_attribute_unused())
{
#define DRIZZLES(f) case f:
	switch (funcid)
	{
			DRIZZLE_DEFAULT_FUNCTIONS(DRIZZLES)
			return false;
		default:
			return true;
	}
#undef DRIZZLES
}

/* would evaluating expr call anything else (a function, an operator, a domain's check, a subquery)? */
static bool
runs_other_code(Node *node, void *context)
{
	if (node == NULL)
		return false;
	if (check_functions_in_node(node, not_drizzles_function, NULL))
		return true;
	if (IsA(node, CoerceToDomain) || IsA(node, SubLink) || IsA(node, SubPlan))
		return true;
	return expression_tree_walker(node, runs_other_code, context);
}

/* a partition's or an index's name, quoted and qualified */
static char *
relation_name(Oid relid)
{
	return qualified_name("", get_namespace_name(get_rel_namespace(relid)), get_rel_name(relid));
}

/* the name of relid's first CHECK constraint, quoted; NULL if it has none */
static char *
check_constraint_of(Oid relid)
{
	CatalogScan cs;
	HeapTuple	tup;
	char	   *name = NULL;

	catalog_scan_begin(&cs, ConstraintRelationId, ConstraintRelidTypidNameIndexId);
	catalog_scan_key(&cs, Anum_pg_constraint_conrelid, F_OIDEQ, ObjectIdGetDatum(relid));
	while (name == NULL && (tup = catalog_scan_next(&cs)) != NULL)
	{
		Form_pg_constraint con = (Form_pg_constraint) GETSTRUCT(tup);

		if (con->contype == CONSTRAINT_CHECK)
			name = pstrdup(quote_identifier(NameStr(con->conname)));
	}
	catalog_scan_end(&cs);
	return name;
}

/* the first CHECK constraint of relid or of a partition or child of it: its name and relation */
static bool
first_check_constraint(Oid relid, char **name, Oid *conrelid)
{
	ListCell   *lc;

	/* NoLock: for a hint, in an error already raised */
	foreach(lc, find_all_inheritors(relid, NoLock, NULL))
	{
		if ((*name = check_constraint_of(lfirst_oid(lc))) != NULL)
		{
			*conrelid = lfirst_oid(lc);
			return true;
		}
	}
	return false;
}

/*
 * The HINT for a history column whose type is not the one wanted: the
 * ALTER TABLE that gives it type target (typmod targetmod), where pasting it,
 * by a superuser perhaps, runs no code of the table owner's.  A conversion
 * runs the casts of the column's type, which a type of the owner's making
 * may have (a domain's base type's casts are looked up, not the domain's),
 * and re-checks the CHECK constraints of the table and its partitions or
 * children, calling what they call; in those cases the hint says so instead
 * of giving the conversion.  Index expressions are rebuilt as the table's
 * owner, by PostgreSQL.  Types are written with their schema: a search_path
 * the database's owner set must not choose them.
 */
char *
column_type_hint(Oid relid, const char *column, Oid type, Oid target, int32 targetmod)
{
	const char *rel = relation_name(relid);
	const char *target_shown = format_type_with_typemod(target, targetmod);
	char	   *check;
	Oid			checkrel;

	if (getBaseType(type) >= FirstNormalObjectId)
		return psprintf("Give column %s type %s with a USING expression that calls only functions you trust: "
						"a plain ALTER COLUMN ... TYPE would run the casts of type %s, code of its owner, with your rights.",
						quote_identifier(column), target_shown, format_type_be_qualified(type));
	if (first_check_constraint(relid, &check, &checkrel))
	{
		const char *checkrel_name = relation_name(checkrel);

		return psprintf("Giving column %s type %s would run CHECK constraint %s of %s with your rights; "
						"drop the constraint first if nothing needs it: ALTER TABLE %s DROP CONSTRAINT %s;",
						quote_identifier(column), target_shown, check, checkrel_name, checkrel_name, check);
	}
	return psprintf("Give column %s type %s if nothing needs the one it has: ALTER TABLE %s ALTER COLUMN %s TYPE %s;",
					quote_identifier(column), target_shown, rel, quote_identifier(column),
					format_type_extended(target, targetmod,
										 FORMAT_TYPE_FORCE_QUALIFY | FORMAT_TYPE_TYPEMOD_GIVEN));
}

/* what: the primary message; rel: where it is, the history (t) or a partition of it */
static void
refuse(const TrackingTable *t, const char *rel, const char *what, char *hint)
{
	ereport(ERROR,
			(errcode(ERRCODE_OBJECT_NOT_IN_PREREQUISITE_STATE),
			 errmsg("%s", what),
			 errdetail("drizzle's table runs no code of its own on a write; a write to this history%s would run that with your rights, not its owner's, so migtrack writes nothing.",
					   rel == t->qualified ? "" : psprintf(" (through its partition or child table %s)", rel)),
			 errhint("%s", hint)));
}

/* one relation of the history (root): the table, or one of its partitions */
static void
check_relation(const TrackingTable *t, Oid root, Oid relid)
{
	const char *rel = relid == root ? t->qualified
		: relation_name(relid);
	CatalogScan cs;
	HeapTuple	tup;
	char	   *check;

	/* triggers but a foreign key's own (those run as the tables' owners) */
	catalog_scan_begin(&cs, TriggerRelationId, TriggerRelidNameIndexId);
	catalog_scan_key(&cs, Anum_pg_trigger_tgrelid, F_OIDEQ, ObjectIdGetDatum(relid));
	while ((tup = catalog_scan_next(&cs)) != NULL)
	{
		Form_pg_trigger trig = (Form_pg_trigger) GETSTRUCT(tup);

		if (!trig->tgisinternal)
			refuse(t, rel, psprintf("%s has trigger %s", rel, quote_identifier(NameStr(trig->tgname))),
				   psprintf("Drop it if nothing needs it: DROP TRIGGER %s ON %s;",
							quote_identifier(NameStr(trig->tgname)), rel));
	}
	catalog_scan_end(&cs);

	catalog_scan_begin(&cs, RewriteRelationId, RewriteRelRulenameIndexId);
	catalog_scan_key(&cs, Anum_pg_rewrite_ev_class, F_OIDEQ, ObjectIdGetDatum(relid));
	if ((tup = catalog_scan_next(&cs)) != NULL)
	{
		const char *name = quote_identifier(NameStr(((Form_pg_rewrite) GETSTRUCT(tup))->rulename));

		refuse(t, rel, psprintf("%s has rule %s", rel, name),
			   psprintf("Drop it if nothing needs it: DROP RULE %s ON %s;", name, rel));
	}
	catalog_scan_end(&cs);

	if ((check = check_constraint_of(relid)) != NULL)
		refuse(t, rel, psprintf("%s has CHECK constraint %s", rel, check),
			   psprintf("Drop it if nothing needs it: ALTER TABLE %s DROP CONSTRAINT %s;", rel, check));

	/* defaults and generated columns: drizzle's nextval() and now() only */
	catalog_scan_begin(&cs, AttrDefaultRelationId, AttrDefaultIndexId);
	catalog_scan_key(&cs, Anum_pg_attrdef_adrelid, F_OIDEQ, ObjectIdGetDatum(relid));
	while ((tup = catalog_scan_next(&cs)) != NULL)
	{
		Form_pg_attrdef def = (Form_pg_attrdef) GETSTRUCT(tup);
		bool		isnull;
		Datum		bin = heap_getattr(tup, Anum_pg_attrdef_adbin, RelationGetDescr(cs.rel), &isnull);
		const char *column = quote_identifier(get_attname(relid, def->adnum, false));
		bool		generated = get_attgenerated(relid, def->adnum) != '\0';

		if (isnull || runs_other_code(stringToNode(TextDatumGetCString(bin)), NULL))
			refuse(t, rel, generated ? psprintf("column %s of %s is generated by an expression that calls a function", column, rel)
				   : psprintf("column %s of %s has a default other than drizzle's nextval() or now()", column, rel),
				   generated
				   ? psprintf("Make it a plain column if nothing needs it: ALTER TABLE %s ALTER COLUMN %s DROP EXPRESSION;", rel, column)
				   : psprintf("Drop it if nothing needs it: ALTER TABLE %s ALTER COLUMN %s DROP DEFAULT;", rel, column));
	}
	catalog_scan_end(&cs);

	/* indexes on expressions or partial ones: their expressions run on every write */
	catalog_scan_begin(&cs, IndexRelationId, IndexIndrelidIndexId);
	catalog_scan_key(&cs, Anum_pg_index_indrelid, F_OIDEQ, ObjectIdGetDatum(relid));
	while ((tup = catalog_scan_next(&cs)) != NULL)
	{
		Oid			index = ((Form_pg_index) GETSTRUCT(tup))->indexrelid;

		if (!heap_attisnull(tup, Anum_pg_index_indexprs, RelationGetDescr(cs.rel)) ||
			!heap_attisnull(tup, Anum_pg_index_indpred, RelationGetDescr(cs.rel)))
		{
			const char *name = relation_name(index);

			refuse(t, rel, psprintf("%s has index %s on an expression or with a WHERE clause", rel, name),
				   psprintf("Drop it if nothing needs it: DROP INDEX %s;", name));
		}
	}
	catalog_scan_end(&cs);

	/* a column of a domain of the owner's: its checks run on every row written, NULLs too */
	catalog_scan_begin(&cs, AttributeRelationId, AttributeRelidNumIndexId);
	catalog_scan_key(&cs, Anum_pg_attribute_attrelid, F_OIDEQ, ObjectIdGetDatum(relid));
	catalog_scan_key_cmp(&cs, Anum_pg_attribute_attnum, BTGreaterStrategyNumber, F_INT2GT, Int16GetDatum(0));
	while ((tup = catalog_scan_next(&cs)) != NULL)
	{
		Form_pg_attribute att = (Form_pg_attribute) GETSTRUCT(tup);

		if (!att->attisdropped && get_typtype(att->atttypid) == TYPTYPE_DOMAIN)
		{
			int32		basemod = att->atttypmod;
			Oid			base = getBaseTypeAndTypmod(att->atttypid, &basemod);

			refuse(t, rel, psprintf("column %s of %s has domain type %s", quote_identifier(NameStr(att->attname)),
									  rel, format_type_be(att->atttypid)),
				   column_type_hint(relid, NameStr(att->attname), att->atttypid, base, basemod));
		}
	}
	catalog_scan_end(&cs);
}

/*
 * Refuse to write to the history t, relation relid, while a write would run
 * code of its owner's making.  Row level security first: its policies would
 * run too, and could hide rows, so that migtrack would write them again.
 */
void
tracking_check_writable(const TrackingTable *t, Oid relid)
{
	ListCell   *lc;

	if (check_enable_rls(relid, InvalidOid, true) == RLS_ENABLED)
		refuse(t, t->qualified, psprintf("row level security applies to you on %s", t->qualified),
			   psprintf("Run migtrack as the table's owner or as a role that bypasses row level security, or disable it if nothing needs it: ALTER TABLE %s DISABLE ROW LEVEL SECURITY;",
						t->qualified));
	/*
	 * The partitions' and children's too (their triggers fire, their checks
	 * run), locked: one dropped meanwhile is skipped, not named after it is gone.
	 */
	foreach(lc, find_all_inheritors(relid, AccessShareLock, NULL))
		check_relation(t, relid, lfirst_oid(lc));
}

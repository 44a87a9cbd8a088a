/*
 * verify.c -- does the catalog hold what the migrations did?
 *
 * Each migration's SQL is parsed with PostgreSQL's own parser (raw_parser)
 * and replayed, in journal order, over a store of facts: schema exists,
 * table exists, column has type T, index exists on table, enum has value V,
 * trigger exists, ...  (verify_replay.c, verify_facts.c).  A later statement
 * that alters, renames or drops something replaces or removes the earlier
 * facts, so what survives is the journal's net effect, each fact owned by
 * the migration that last established it.  The surviving facts are then
 * looked up in the catalog (verify_catalog.c) and every migration gets a
 * verdict: present, absent, partial, superseded, data_only, unverifiable.
 */
#include "postgres.h"

#include "access/xact.h"
#include "miscadmin.h"
#include "catalog/namespace.h"
#include "catalog/pg_namespace.h"
#include "nodes/parsenodes.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/resowner.h"

#include "verify.h"

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
kind_word(FactKind k)
{
	switch (k)
	{
		case F_SCHEMA:
			return "schema";
		case F_TABLE:
			return "table";
		case F_VIEW:
			return "view";
		case F_SEQUENCE:
			return "sequence";
		case F_INDEX:
			return "index";
		case F_COLUMN:
			return "column";
		case F_CONSTRAINT:
			return "constraint";
		case F_ENUM:
		case F_TYPE:
			return "type";
		case F_ENUMVAL:
			return "enum value";
		case F_FUNCTION:
			return "function";
		case F_TRIGGER:
			return "trigger";
		case F_POLICY:
			return "policy";
		case F_EXTENSION:
			return "extension";
		case F_ROLE:
			return "role";
		default:
			return "object";
	}
}

/* the fact as a user reads it: the object, and what is expected of it */
static char *
fact_text(const Fact *f)
{
	const char *q = f->rel ? psprintf("%s.%s", f->schema, f->rel) : f->schema;
	char	   *text;

	switch (f->kind)
	{
		case F_SCHEMA:
		case F_TABLE:
		case F_VIEW:
		case F_SEQUENCE:
		case F_TYPE:
			text = psprintf("%s %s", kind_word(f->kind), q);
			break;
		case F_INDEX:
			text = psprintf("index %s on %s", q, f->sub);
			break;
		case F_COLUMN:
			text = psprintf("column %s.%s", q, f->sub);
			break;
		case F_COLTYPE:
			text = psprintf("column %s.%s of type %s", q, f->sub, f->type->text);
			break;
		case F_NOTNULL:
			text = psprintf("column %s.%s NOT NULL", q, f->sub);
			break;
		case F_NULLABLE:
			text = psprintf("column %s.%s nullable (no NOT NULL)", q, f->sub);
			break;
		case F_DEFAULT:
			text = psprintf("column %s.%s with its default", q, f->sub);
			break;
		case F_NODEFAULT:
			text = psprintf("column %s.%s without a default", q, f->sub);
			break;
		case F_CONSTRAINT:
			text = psprintf("constraint %s on %s", f->sub, q);
			break;
		case F_ENUM:
			text = psprintf("enum type %s", q);
			break;
		case F_ENUMVAL:
			text = psprintf("enum value '%s' of %s", f->sub, q);
			break;
		case F_RLS:
			text = psprintf("row level security enabled on %s", q);
			break;
		case F_NORLS:
			text = psprintf("row level security disabled on %s", q);
			break;
		case F_FUNCTION:
			text = psprintf("%s %s with %s argument%s",
							f->x && f->x->objtype == OBJECT_PROCEDURE ? "procedure" : "function",
							q, f->sub, strcmp(f->sub, "1") == 0 ? "" : "s");
			break;
		case F_TRIGGER:
		case F_POLICY:
			text = psprintf("%s %s on %s", kind_word(f->kind), f->sub, q);
			break;
		case F_EXTENSION:
		case F_ROLE:
			text = psprintf("%s %s", kind_word(f->kind), f->rel);
			break;
		case F_GONE:
			/* what the migration dropped (or renamed away) must not be there */
			switch (f->gone)
			{
				case F_COLUMN:
					q = psprintf("column %s.%s", q, f->sub);
					break;
				case F_CONSTRAINT:
				case F_TRIGGER:
				case F_POLICY:
					q = psprintf("%s %s on %s", kind_word(f->gone), f->sub, q);
					break;
				case F_EXTENSION:
				case F_ROLE:
					q = psprintf("%s %s", kind_word(f->gone), f->rel);
					break;
				default:
					q = psprintf("%s %s", kind_word(f->gone), q);
					break;
			}
			return psprintf("%s still exists, but this migration drops or renames it", q);
		default:
			text = pstrdup("?");
	}
	return f->why && !f->check_failed ? psprintf("%s (%s)", text, f->why) : text;
}

/* errors that say the migration's text is wrong here, not that the session is failing */
static bool
swallowable(int sqlerrcode)
{
	switch (ERRCODE_TO_CATEGORY(sqlerrcode))
	{
		case ERRCODE_INSUFFICIENT_RESOURCES:	/* 53: out of memory, disk full */
		case ERRCODE_OPERATOR_INTERVENTION: /* 57: cancel, shutdown */
		case ERRCODE_SYSTEM_ERROR:	/* 58 */
		case ERRCODE_INTERNAL_ERROR:	/* XX */
			return false;
		default:
			return true;		/* a syntax error, too deep a nesting, an unknown type, ... */
	}
}

/*
 * Run fn(arg) in a subtransaction; an ERROR is caught, rolled back and its
 * message returned (NULL when fn succeeded).  For what a migration's text can
 * make PostgreSQL reject: a syntax error, a type name it cannot resolve.
 */
char *
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
		if (!swallowable(edata->sqlerrcode))
		{
			CurrentResourceOwner = owner;
			ReThrowError(edata);
		}
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

	/* a long journal must answer a cancel (raw_parser never asks) */
	CHECK_FOR_INTERRUPTS();
	pc->stmts = parse_pieces(pc->sql);
}

/*
 * SQL's statements as drizzle runs them (parse_pieces), in the current memory
 * context; NULL and *error set when PostgreSQL's parser rejects it.  For a
 * migration file and for a statement of a DO block alike (a DO block's text
 * comes from one piece, so it holds no breakpoint marker).
 */
List *
parse_guarded(const char *sql, char **error)
{
	ParseCall	pc = {sql, NIL};

	*error = run_guarded(parse_call, &pc);
	return pc.stmts;
}

/* run_guarded_each() is calling fn item by item, after an error */
bool		guarded_one_by_one = false;

typedef struct EachCall
{
	List	   *items;
	void		(*fn) (void *item);
	void	   *only;			/* NULL: every item; else this one */
	void		(*done) (void);	/* after them, in their subtransaction (NULL: nothing) */
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
	if (ec->done != NULL)
		ec->done();
}

/*
 * fn(item) for every item: all in one subtransaction, and only when that
 * fails, again one subtransaction per item, so that the items at fault are
 * told apart at no cost to the common case.  Returns NULL when all went
 * through at once, else per item its error (NULL where it succeeded).
 */
char **
run_guarded_each(List *items, void (*fn) (void *item), void (*done) (void))
{
	EachCall	ec = {items, fn, NULL, done};
	char	  **errors;
	ListCell   *lc;

	guarded_one_by_one = false;
	if (items == NIL || run_guarded(each_call, &ec) == NULL)
		return NULL;
	errors = palloc0(sizeof(char *) * list_length(items));
	guarded_one_by_one = true;
	foreach(lc, items)
	{
		ec.only = lfirst(lc);
		errors[foreach_current_index(lc)] = run_guarded(each_call, &ec);
	}
	guarded_one_by_one = false;
	return errors;
}

void
replay_unverifiable(Replay *r, const char *fmt,...)
{
	va_list		args;

	va_start(args, fmt);
	r->check->unverifiable = lappend(r->check->unverifiable, vformat(fmt, args));
	va_end(args);
}

/* Is f about a schema or relation already reported missing (parents: of Fact *)? */
static bool
under_missing(List *parents, const Fact *f)
{
	ListCell   *lc;

	foreach(lc, parents)
	{
		const Fact *p = lfirst(lc);

		/* an index is about its table */
		const char *rel = f->kind == F_INDEX ? f->sub : f->rel;

		if (!same_name(p->schema, f->schema))
			continue;
		if (p->kind == F_SCHEMA)
			return true;
		/* a missing column's type, default, ... */
		if (p->kind == F_COLUMN)
		{
			if (f->kind != F_COLUMN && (KIND(f->kind) & COLUMN_KINDS) &&
				same_name(p->rel, f->rel) && same_name(p->sub, f->sub))
				return true;
		}
		else if (rel != NULL && same_name(p->rel, rel))
			return true;
	}
	return false;
}

static bool
is_creation(FactKind k)
{
	return k != F_GONE && k != F_COLTYPE && k != F_NOTNULL && k != F_NULLABLE && k != F_DEFAULT &&
		k != F_NODEFAULT && k != F_RLS && k != F_NORLS;
}

/* what the verdicts need while the facts are judged */
typedef struct Judging
{
	MigrationCheck *checks;
	List	  **missing_parents;	/* per migration: of Fact *, missing parents said */
	int		   *nmissing;		/* per migration */
	List	  **said;			/* per migration: of Said *, sorted when all are judged */
} Judging;

typedef struct Said
{
	int			seq;
	bool		unverifiable;
	char	   *text;
} Said;

static int
said_cmp(const ListCell *a, const ListCell *b)
{
	int			x = ((Said *) lfirst(a))->seq;
	int			y = ((Said *) lfirst(b))->seq;

	return (x > y) - (x < y);
}

static void
say(Judging *jc, const Fact *f, bool unverifiable, char *text)
{
	Said	   *sd = palloc(sizeof(Said));

	sd->seq = f->seq;
	sd->unverifiable = unverifiable;
	sd->text = text;
	jc->said[f->owner] = lappend(jc->said[f->owner], sd);
}

/* a live fact (or slot), for its migration's verdict */
static void
judge(Judging *jc, Fact *f)
{
	MigrationCheck *c = &jc->checks[f->owner];
	List	  **parents;

	c->surviving++;
	if (f->check_failed || (f->type && f->type->error != NULL))
	{
		/* e.g. a type name PostgreSQL rejects: neither there nor missing */
		say(jc, f, true, psprintf("%s cannot be checked here: %s", fact_text(f),
								  f->check_failed ? f->why : f->type->error));
		return;
	}
	if (f->holds)
	{
		if (is_creation(f->kind))
			c->existing++;
		return;
	}
	/* per migration: each names its own missing facts, parents first */
	parents = &jc->missing_parents[f->owner];
	jc->nmissing[f->owner]++;
	if (under_missing(*parents, f))
		return;
	say(jc, f, false, fact_text(f));
	if (f->kind == F_SCHEMA || f->kind == F_TABLE || f->kind == F_VIEW || f->kind == F_ENUM ||
		f->kind == F_COLUMN)
		*parents = lappend(*parents, f);
}

/*
 * A column's slot, judged as the fact it stands for: that fact is built only
 * when judge() has more to do than count it (most slots hold).
 */
static void
judge_slot(Judging *jc, const Fact *column, const Slot *s)
{
	Fact		slot;

	/* a slot is no creation (is_creation): judge() would only count it */
	if (s->holds && !s->check_failed &&
		!(s->kind == F_COLTYPE && s->what.type != NULL && s->what.type->error != NULL))
	{
		jc->checks[s->owner].surviving++;
		return;
	}
	slot_as_fact(column, s, &slot);
	judge(jc, &slot);
}

/*
 * Files are parsed PARSE_BATCH at a time, then replayed: the parser's tables
 * stay in the CPU's caches through a batch instead of being evicted by the
 * replay after every file (measured: 5 % of a whole status call).
 */
#define PARSE_BATCH 32

MigrationCheck *
verify_journal(const Journal *j, Oid tracking_relid, List *excluded, List **drift,
			   List **other_tables, int *user_tables)
{
	MigrationCheck *checks = palloc0(sizeof(MigrationCheck) * Max(j->count, 1));
	List	  **missing_parents = palloc0(sizeof(List *) * Max(j->count, 1));	/* per migration */
	int		   *nmissing = palloc0(sizeof(int) * Max(j->count, 1));
	Replay		r = {0};
	Judging		jc;
	MemoryContext outer = CurrentMemoryContext;
	ListCell   *lc;
	int			i;

	/* one batch's parse trees at a time: the facts copy what they keep */
	r.parse_cxt = AllocSetContextCreate(outer, "migtrack parse", ALLOCSET_DEFAULT_SIZES);
	r.default_schema = default_schema();
	r.checks = checks;
	facts_init(&r);
	for (i = 0; i < j->count; i += PARSE_BATCH)
	{
		List	   *stmts[PARSE_BATCH];
		char	   *error[PARSE_BATCH];
		int			n = Min(PARSE_BATCH, j->count - i);
		int			k;

		MemoryContextSwitchTo(r.parse_cxt);
		for (k = 0; k < n; k++)
			if (j->migrations[i + k].sql_text != NULL)
				stmts[k] = parse_guarded(migration_sql(&j->migrations[i + k]), &error[k]);
		MemoryContextSwitchTo(outer);
		for (k = 0; k < n; k++)
		{
			MigrationCheck *c = &checks[i + k];

			r.owner = i + k;
			r.check = c;
			if (j->migrations[i + k].sql_text == NULL)
				c->unverifiable = list_make1(pstrdup("only its hash was given, not its SQL"));
			else if (error[k])
				c->unverifiable = list_make1(psprintf("it does not parse here: %s", error[k]));
			else
				foreach(lc, stmts[k])
					replay_statement(&r, ((RawStmt *) lfirst(lc))->stmt);
			facts_forget_names(&r);
		}
		MemoryContextReset(r.parse_cxt);
	}
	MemoryContextDelete(r.parse_cxt);

	/*
	 * The net effect, against the catalog.  A missing schema or relation is
	 * named once, not again for each of its columns and constraints.
	 */
	if (drift != NULL)
	{
		/* drift reads pg_class's and pg_constraint's rows during the check's passes */
		CatalogObserver obs = {0};
		DriftScan  *ds = drift_begin(&r, tracking_relid, excluded, &obs);

		check_facts(&r, &obs);
		find_drift(ds, &obs, drift, other_tables, user_tables);
	}
	else
		check_facts(&r, NULL);
	check_facts_done();
	jc.checks = checks;
	jc.missing_parents = missing_parents;
	jc.nmissing = nmissing;
	jc.said = palloc0(sizeof(List *) * Max(j->count, 1));
	foreach(lc, r.facts)
	{
		Fact	   *f = lfirst(lc);

		if (!f->alive)
			continue;
		judge(&jc, f);
		/* a column's slots right after it: a missing column names them no more */
		for (i = 0; f->slots != NULL && i < NSLOTS; i++)
			if (f->slots[i].alive)
				judge_slot(&jc, f, &f->slots[i]);
	}
	/* what each migration misses, in the order it established it */
	for (i = 0; i < j->count; i++)
	{
		list_sort(jc.said[i], said_cmp);
		foreach(lc, jc.said[i])
		{
			Said	   *sd = lfirst(lc);

			if (sd->unverifiable)
				checks[i].unverifiable = lappend(checks[i].unverifiable, sd->text);
			else
				checks[i].missing = lappend(checks[i].missing, sd->text);
		}
	}

	for (i = 0; i < j->count; i++)
	{
		MigrationCheck *c = &checks[i];

		foreach(lc, c->rewritten)
			lfirst(lc) = fact_text(lfirst(lc));
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

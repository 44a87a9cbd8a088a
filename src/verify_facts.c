/*
 * verify_facts.c -- the fact store of the replay.
 *
 * Facts are filed in hash tables of lists, so that each statement looks at
 * the few facts it can touch rather than at all of them (a long journal
 * holds hundreds of thousands): by schema.relation (what DROP forgets), by
 * schema.relation.sub (what a new fact replaces or re-creates), and indexes
 * by schema.table (what dropping the table drops).  A list may keep facts
 * that died since; readers check alive.  The key is a 64-bit hash of the
 * names, so a list only holds candidates: readers compare the names.
 */
#include "postgres.h"

#include "common/hashfn.h"
#include "nodes/makefuncs.h"
#include "nodes/value.h"
#include "parser/parse_type.h"
#include "utils/builtins.h"

#include "verify.h"

/*
 * Tables keyed by a 64-bit hash of names or spellings, which is already well
 * mixed (a dynahash would hash it again and chain): open addressing.  The
 * buckets' tables (value: a Bucket, which does not move when its entry
 * does), and column types and defaults (value: the first ColType or raw
 * default of that hash).
 */
typedef struct KeyEntry
{
	uint64		key;
	void	   *value;
	char		status;
} KeyEntry;

#define SH_PREFIX keyed
#define SH_ELEMENT_TYPE KeyEntry
#define SH_KEY_TYPE uint64
#define SH_KEY key
#define SH_HASH_KEY(tb, k) ((uint32) ((k) ^ ((k) >> 32)))
#define SH_EQUAL(tb, a, b) ((a) == (b))
#define SH_SCOPE static inline
#define SH_DECLARE
#define SH_DEFINE
#include "lib/simplehash.h"

#define BUCKETS_PER_BLOCK 1024

/* Facts are allocated in blocks: a long journal makes millions */
#define FACTS_PER_BLOCK 1024
/* ... and names and slots from blocks of this size, without a chunk header each */
#define ARENA_BLOCK (64 * 1024)

/* memory that lives as long as the replay, never freed on its own */
static void *
arena_alloc(Replay *r, Size size)
{
	void	   *p;

	size = MAXALIGN(size);
	if (size > ARENA_BLOCK / 4)
		return palloc0(size);
	if (r->arena_left < size)
	{
		r->arena = palloc0(ARENA_BLOCK);
		r->arena_left = ARENA_BLOCK;
	}
	p = r->arena;
	r->arena += size;
	r->arena_left -= size;
	return p;
}

static char *
arena_strdup(Replay *r, const char *s)
{
	Size		len = strlen(s) + 1;

	return memcpy(arena_alloc(r, len), s, len);
}

/* facts about the same attribute of the same object replace each other */
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

static uint64
name_hash(const char *name, int part)
{
	return name == NULL ? UINT64CONST(0x9e3779b97f4a7c15)
		: hash_bytes_extended((const unsigned char *) name, strlen(name), part);
}

/* schema.rel as 64 bits: a key only picks candidates (the schema's part kept: mostly one schema) */
static uint64
bucket_key(Replay *r, const char *schema, const char *rel)
{
	if (r->key_schema == NULL || schema != r->key_schema)
	{
		r->key_schema = schema;
		r->schema_key = hash_combine64(0, name_hash(schema, 0));
	}
	return hash_combine64(r->schema_key, name_hash(rel, 1));
}

/*
 * The bucket of schema.rel in one of r's tables; NULL if there is none and
 * !create.  Consecutive calls mostly ask for the same one (a column's facts,
 * a table's columns): the last answer is kept.
 */
static Bucket *
find_bucket(Replay *r, int which, const char *schema, const char *rel, bool create)
{
	BucketCache *last = &r->last[which];
	uint64		key;
	Bucket	   *b;
	bool		found;

	if (last->bucket != NULL && same_name(last->schema, schema) && same_name(last->rel, rel))
	{
		/* the next call mostly passes the same names again: by pointer then */
		last->schema = schema;
		last->rel = rel;
		return last->bucket;
	}
	key = bucket_key(r, schema, rel);
	if (!create)
	{
		KeyEntry   *e = keyed_lookup(r->by[which], key);

		if (e == NULL)
			return NULL;
		b = e->value;
	}
	else
	{
		KeyEntry   *e = keyed_insert(r->by[which], key, &found);

		if (!found)
		{
			if (r->nfree_buckets == 0)
			{
				r->free_buckets = MemoryContextAlloc(r->bucket_cxt, sizeof(Bucket) * BUCKETS_PER_BLOCK);
				r->nfree_buckets = BUCKETS_PER_BLOCK;
			}
			e->value = r->free_buckets++;
			r->nfree_buckets--;
			memset(e->value, 0, sizeof(Bucket));
		}
		b = e->value;
	}
	last->schema = schema;
	last->rel = rel;
	last->bucket = b;
	return b;
}

/* the list filed under schema.rel in BY_REL, BY_TABLE or BY_REF */
static List **
bucket(Replay *r, int which, const char *schema, const char *rel, bool create)
{
	Bucket	   *b = find_bucket(r, which, schema, rel, create);

	return b ? &b->facts : NULL;
}

/*
 * A relation's chains by sub, in its BY_REL bucket: open addressing on the
 * sub's hash (0: an empty entry).  A table's columns are filed side by side
 * rather than all over one table of every column of the journal (a cache
 * miss each).  An entry moves when the table grows, and sub_last with it.
 */
typedef struct SubEntry
{
	uint64		key;
	Fact	   *first;
} SubEntry;

typedef struct SubTable
{
	uint32		mask;			/* entries - 1, a power of 2 minus 1 */
	uint32		used;
	SubEntry	entries[FLEXIBLE_ARRAY_MEMBER];
} SubTable;

static SubTable *
sub_table(Replay *r, uint32 size)
{
	SubTable   *t = MemoryContextAllocZero(r->bucket_cxt,
										   offsetof(SubTable, entries) + sizeof(SubEntry) * size);

	t->mask = size - 1;
	return t;
}

/* the entry of key in t: its own, else the empty one where it would go */
static SubEntry *
sub_entry(SubTable *t, uint64 key)
{
	uint32		i;

	for (i = (uint32) key & t->mask;; i = (i + 1) & t->mask)
		if (t->entries[i].key == key || t->entries[i].key == 0)
			return &t->entries[i];
}

static Fact **
sub_chain(Replay *r, Bucket *b, const char *sub, bool create)
{
	uint64		key = name_hash(sub, 2);
	SubEntry   *e;

	key = key == 0 ? 1 : key;
	if (b->subs == NULL)
	{
		if (!create)
			return NULL;
		b->subs = sub_table(r, 16);
	}
	e = sub_entry(b->subs, key);
	if (e->key != 0)
		return &e->first;
	if (!create)
		return NULL;
	if ((b->subs->used + 1) * 4 > (b->subs->mask + 1) * 3)
	{
		SubTable   *old = b->subs;
		uint32		i;

		b->subs = sub_table(r, (old->mask + 1) * 2);
		for (i = 0; i <= old->mask; i++)
			if (old->entries[i].key != 0)
				*sub_entry(b->subs, old->entries[i].key) = old->entries[i];
		b->subs->used = old->used;
		pfree(old);
		r->sub_last.chain = NULL;	/* it pointed into the old entries, maybe */
		e = sub_entry(b->subs, key);
	}
	e->key = key;
	e->first = NULL;
	b->subs->used++;
	return &e->first;
}

/* the chain of facts filed under schema.rel.sub (candidates: check alive and names) */
static Fact **
same_sub_chain(Replay *r, const char *schema, const char *rel, const char *sub, bool create)
{
	BucketCache *last = &r->sub_last;
	Bucket	   *b;
	Fact	  **chain;

	if (sub != NULL && last->chain != NULL && same_name(last->schema, schema) &&
		same_name(last->rel, rel) && same_name(last->sub, sub))
	{
		last->schema = schema;
		last->rel = rel;
		last->sub = sub;
		return last->chain;
	}
	b = find_bucket(r, BY_REL, schema, rel, create);
	if (b == NULL)
		return NULL;
	if (sub == NULL)
		return &b->own;
	chain = sub_chain(r, b, sub, create);
	if (chain != NULL)
	{
		last->schema = schema;
		last->rel = rel;
		last->sub = sub;
		last->chain = chain;
	}
	return chain;
}

/*
 * A new relation is about to get about n facts by sub (CREATE TABLE's
 * columns and constraints): its table sized for them at once, rather than
 * grown and rehashed on the way.
 */
void
facts_expect_subs(Replay *r, const char *schema, const char *rel, int n)
{
	Bucket	   *b = find_bucket(r, BY_REL, schema, rel, true);
	uint32		size = 16;

	if (b->subs != NULL)
		return;
	while ((uint32) n * 4 >= size * 3)
		size *= 2;
	b->subs = sub_table(r, size);
}

/* the names kept in r->last may point into a parse tree about to be freed */
void
facts_forget_names(Replay *r)
{
	memset(r->last, 0, sizeof(r->last));
	memset(&r->sub_last, 0, sizeof(r->sub_last));
	r->key_schema = NULL;
}

/* lappend() to a bucket's list, in the buckets' memory */
static List *
bucket_append(Replay *r, List *list, Fact *f)
{
	MemoryContext old = MemoryContextSwitchTo(r->bucket_cxt);

	list = lappend(list, f);
	MemoryContextSwitchTo(old);
	return list;
}

static void
file_fact(Replay *r, Fact *f, Fact **same_sub)
{
	List	  **b = bucket(r, BY_REL, f->schema, f->rel, true);

	*b = bucket_append(r, *b, f);
	if (same_sub == NULL)
		same_sub = same_sub_chain(r, f->schema, f->rel, f->sub, true);
	f->next_same = *same_sub;
	*same_sub = f;
	if (f->kind == F_INDEX)
	{
		b = bucket(r, BY_TABLE, f->schema, f->sub, true);
		*b = bucket_append(r, *b, f);
	}
	if (f->x != NULL)
		fact_file_reference(r, f);
}

/* a foreign key, filed under the table it references once x->ref is set */
void
fact_file_reference(Replay *r, Fact *f)
{
	List	  **b;

	if (f->kind != F_CONSTRAINT || f->x == NULL || f->x->contype != CONSTR_FOREIGN ||
		f->x->ref.rel == NULL)
		return;
	b = bucket(r, BY_REF, f->x->ref.schema, f->x->ref.rel, true);
	*b = bucket_append(r, *b, f);
}

/* the foreign keys filed under the table they reference (candidates: check alive and names) */
List *
foreign_keys_to(Replay *r, const char *schema, const char *table)
{
	List	  **list = bucket(r, BY_REF, schema, table, false);

	return list ? *list : NIL;
}

/* after a relation or type is renamed, its facts belong in other buckets */
static void
rebuild_buckets(Replay *r)
{
	ListCell   *lc;
	int			i;

	if (r->bucket_cxt == NULL)
		r->bucket_cxt = AllocSetContextCreate(CurrentMemoryContext, "migtrack fact buckets",
											  ALLOCSET_DEFAULT_SIZES);
	else
		MemoryContextReset(r->bucket_cxt);
	facts_forget_names(r);
	r->free_buckets = NULL;
	r->nfree_buckets = 0;
	for (i = 0; i < NBUCKETS; i++)
		r->by[i] = keyed_create(r->bucket_cxt, 1024, NULL);
	foreach(lc, r->facts)
	{
		Fact	   *f = lfirst(lc);

		if (f->alive)
			file_fact(r, f, NULL);
	}
}

void
facts_init(Replay *r)
{
	rebuild_buckets(r);
	/* ColTypes by typename_hash(), compared by same_spelling(); raw defaults by default_hash() */
	r->types = keyed_create(CurrentMemoryContext, 64, NULL);
	r->defaults = keyed_create(CurrentMemoryContext, 64, NULL);
}

/*
 * A fact dies.  When a later migration undoes or changes what an earlier one
 * established, re-running the earlier one without the later one would not
 * build what drizzle builds: remember which migrations did, for the repair.
 */
/* a rewritten slot, for its migration's list (rare: made a fact of its own) */
static Fact *
slot_copy(const Fact *column, const Slot *s)
{
	Fact	   *f = palloc(sizeof(Fact));

	slot_as_fact(column, s, f);
	return f;
}

/* what a later migration undid or changed: remember it for the repair */
static void
rewritten(Replay *r, int owner, Fact *what)
{
	MigrationCheck *c = &r->checks[owner];

	if (owner < r->owner && !list_member_int(c->rewriters, r->owner))
	{
		c->rewriters = lappend_int(c->rewriters, r->owner);
		c->rewritten = lappend(c->rewritten, what);	/* made text when the replay is done */
	}
}

static void
slot_kill(Replay *r, Fact *column, Slot *s)
{
	if (!s->alive)
		return;
	s->alive = false;
	if (s->owner < r->owner && !list_member_int(r->checks[s->owner].rewriters, r->owner))
		rewritten(r, s->owner, slot_copy(column, s));
}

/*
 * A fact dies (a column with its slots).  When a later migration undoes or
 * changes what an earlier one established, re-running the earlier one
 * without the later one would not build what drizzle builds: remember which
 * migrations did, for the repair.
 */
void
fact_kill(Replay *r, Fact *f)
{
	int			i;

	if (!f->alive)
		return;
	f->alive = false;
	rewritten(r, f->owner, f);
	for (i = 0; f->slots != NULL && i < NSLOTS; i++)
		slot_kill(r, f, &f->slots[i]);
}

/* the slot a kind of column fact fills, or -1 */
int
slot_index(FactKind kind)
{
	switch (kind)
	{
		case F_COLTYPE:
			return SLOT_TYPE;
		case F_NOTNULL:
		case F_NULLABLE:
			return SLOT_NULL;
		case F_DEFAULT:
		case F_NODEFAULT:
			return SLOT_DEFAULT;
		default:
			return -1;
	}
}

/* a slot as the fact it stands for (for checking and messages) */
void
slot_as_fact(const Fact *column, const Slot *s, Fact *out)
{
	memset(out, 0, sizeof(Fact));
	out->kind = s->kind;
	out->gone = F_GONE;
	out->schema = column->schema;
	out->rel = column->rel;
	out->sub = column->sub;
	out->type = s->kind == F_COLTYPE ? s->what.type : NULL;
	out->expr = s->kind == F_DEFAULT ? s->what.expr : NULL;
	out->why = s->why;
	out->owner = s->owner;
	out->seq = s->seq;
	out->alive = s->alive;
	out->holds = s->holds;
	out->check_failed = s->check_failed;
}

/* where a column-type fact or a column's type slot keeps its type */
ColType **
fact_coltype(Fact *f)
{
	if (f->kind == F_COLUMN)
		return f->slots != NULL && f->slots[SLOT_TYPE].alive ? &f->slots[SLOT_TYPE].what.type : NULL;
	return f->kind == F_COLTYPE && f->alive ? &f->type : NULL;
}

/* the GONE facts among list that creating kind schema.rel[.sub] brings back */
static void
undrop(Replay *r, Fact *chain, FactKind kind, const char *schema, const char *rel, const char *sub)
{
	Fact	   *o;

	for (o = chain; o != NULL; o = o->next_same)
	{
		if (o->alive && o->kind == F_GONE && same_name(o->schema, schema) &&
			(kind == F_SCHEMA ? o->rel == NULL
			 : same_name(o->rel, rel) && (o->sub == NULL || same_name(o->sub, sub))))
			fact_kill(r, o);
	}
}

Fact *
fact_add(Replay *r, FactKind kind, const char *schema, const char *rel, const char *sub)
{
	Fact	   *f;
	Fact	  **same_sub = same_sub_chain(r, schema, rel, sub, true);
	Slot	   *slots = NULL;
	Fact	   *o;

	/* what it replaces: the same attribute of the same object */
	for (o = *same_sub; o != NULL; o = o->next_same)
	{
		if (o->alive && slot_of(o->kind) == slot_of(kind) && same_name(o->schema, schema) &&
			same_name(o->rel, rel) && same_name(o->sub, sub))
		{
			/* a column established again (renamed, re-added) keeps what was said of it */
			if (kind == F_COLUMN && o->slots != NULL)
			{
				slots = o->slots;
				o->slots = NULL;
			}
			fact_kill(r, o);
		}
	}
	/* re-creating what was dropped: the object itself, or its relation */
	if (kind != F_GONE)
	{
		undrop(r, *same_sub, kind, schema, rel, sub);
		if (kind != F_SCHEMA && sub != NULL)
		{
			Fact	  **of_rel = same_sub_chain(r, schema, rel, NULL, false);

			if (of_rel)
				undrop(r, *of_rel, kind, schema, rel, sub);
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
	f->gone = F_GONE;
	/* consecutive facts are mostly about one relation: share its names */
	if (r->last_schema == NULL || !same_name(r->last_schema, schema))
		/* the default schema's name lives as long as the replay: kept, so that its pointer compares */
		r->last_schema = schema == r->default_schema ? (char *) schema : arena_strdup(r, schema);
	f->schema = r->last_schema;
	if (rel != NULL && (r->last_rel == NULL || !same_name(r->last_rel, rel)))
		r->last_rel = arena_strdup(r, rel);
	f->rel = rel ? r->last_rel : NULL;
	if (sub != NULL && (r->last_sub == NULL || !same_name(r->last_sub, sub)))
		r->last_sub = arena_strdup(r, sub);
	f->sub = sub ? r->last_sub : NULL;
	f->owner = r->owner;
	f->seq = r->seq++;
	f->slots = slots;
	f->alive = true;
	r->facts = lappend(r->facts, f);
	file_fact(r, f, same_sub);
	if (kind == F_COLUMN)
		r->last_column = f;
	r->check->had_effects = true;
	return f;
}

/* a fact's extra fields; such facts are also listed apart (few: keys, indexes, views, functions) */
/*
 * What is said of a column: a slot of its live column fact, else (a column
 * the journal did not create) a fact of its own.  Either replaces what was
 * said before in the same slot.
 */
void
fact_slot(Replay *r, FactKind kind, const char *schema, const char *rel, const char *sub,
		  ColType *type, Node *expr)
{
	Fact	   *column = r->last_column;
	Slot	   *s;
	Fact	   *o;

	/* mostly the column just created or found (a column's slots come together): no look-up */
	if (column == NULL || !column->alive || !same_name(column->sub, sub) ||
		!same_name(column->rel, rel) || !same_name(column->schema, schema))
		column = r->last_column = fact_find(r, F_COLUMN, schema, rel, sub);
	if (column == NULL)
	{
		Fact	   *f = fact_add(r, kind, schema, rel, sub);

		f->type = type;
		f->expr = expr;
		return;
	}
	/* a fact of its own said before the column was (re)created is replaced too */
	for (o = *same_sub_chain(r, schema, rel, sub, true); o != NULL; o = o->next_same)
	{
		if (o->alive && slot_of(o->kind) == slot_of(kind) && same_name(o->schema, schema) &&
			same_name(o->rel, rel) && same_name(o->sub, sub))
			fact_kill(r, o);
	}
	if (column->slots == NULL)
		column->slots = arena_alloc(r, sizeof(Slot) * NSLOTS);
	s = &column->slots[slot_index(kind)];
	slot_kill(r, column, s);
	s->kind = kind;
	if (kind == F_COLTYPE)
		s->what.type = type;
	else
		s->what.expr = expr;
	s->why = NULL;
	s->owner = r->owner;
	s->seq = r->seq++;
	s->alive = true;
	s->holds = false;
	s->check_failed = false;
	r->check->had_effects = true;
}

FactExtra *
fact_extra(Replay *r, Fact *f)
{
	if (f->x == NULL)
	{
		f->x = palloc0(sizeof(FactExtra));
		r->with_extra = lappend(r->with_extra, f);
	}
	return f->x;
}

/* the live fact of that kind and name, or NULL */
Fact *
fact_find(Replay *r, FactKind kind, const char *schema, const char *rel, const char *sub)
{
	Fact	  **chain = same_sub_chain(r, schema, rel, sub, false);
	Fact	   *o;

	for (o = chain ? *chain : NULL; o != NULL; o = o->next_same)
	{
		if (o->alive && o->kind == kind && same_name(o->schema, schema) &&
			same_name(o->rel, rel) && same_name(o->sub, sub))
			return o;
	}
	return NULL;
}

/* the live table, view, sequence or index of that name, or NULL */
Fact *
relation_find(Replay *r, const char *schema, const char *rel)
{
	ListCell   *lc;

	foreach(lc, facts_of(r, schema, rel))
	{
		Fact	   *o = lfirst(lc);

		if (o->alive && (KIND(o->kind) & RELATION_KINDS) && same_name(o->schema, schema) &&
			same_name(o->rel, rel))
			return o;
	}
	return NULL;
}

/* the facts filed under schema.rel (candidates: check alive and names) */
List *
facts_of(Replay *r, const char *schema, const char *rel)
{
	List	  **list = bucket(r, BY_REL, schema, rel, false);

	return list ? *list : NIL;
}

/* the index facts filed under their table (candidates, as facts_of) */
List *
indexes_of(Replay *r, const char *schema, const char *table)
{
	List	  **list = bucket(r, BY_TABLE, schema, table, false);

	return list ? *list : NIL;
}

/*
 * Kill the live facts of the given kinds about schema.rel (every sub when
 * sub is NULL); about everything in the schema when rel is NULL too.
 */
void
facts_forget(Replay *r, uint32 kinds, const char *schema, const char *rel, const char *sub)
{
	ListCell   *lc;

	foreach(lc, rel == NULL ? r->facts : facts_of(r, schema, rel))
	{
		Fact	   *o = lfirst(lc);

		if (!o->alive || !(KIND(o->kind) & kinds) || !same_name(o->schema, schema))
			continue;
		if (rel == NULL || (same_name(o->rel, rel) && (sub == NULL || same_name(o->sub, sub))))
			fact_kill(r, o);
	}
}

/*
 * A relation, type or function renamed: its facts follow, and so do the
 * names other facts keep of it (an index's table, a foreign key's target, a
 * view's dependencies).  Rare: one pass over every fact.
 */
void
facts_rename_rel(Replay *r, const char *schema, const char *rel, const char *newname, uint32 kinds)
{
	char	   *name = pstrdup(newname);
	ListCell   *lc;
	ListCell   *dc;

	foreach(lc, r->facts)
	{
		Fact	   *o = lfirst(lc);

		if (!o->alive)
			continue;
		if ((KIND(o->kind) & kinds) && same_name(o->schema, schema) && same_name(o->rel, rel))
			o->rel = name;
		if (!(kinds & TABLE_KINDS))
			continue;
		if (o->kind == F_INDEX && same_name(o->schema, schema) && same_name(o->sub, rel))
			o->sub = name;
		if (o->x != NULL && same_name(o->x->ref.schema, schema) && same_name(o->x->ref.rel, rel))
			o->x->ref.rel = name;
		if (o->x != NULL)
			foreach(dc, o->x->deps)
			{
				RelName    *d = lfirst(dc);

				if (same_name(d->schema, schema) && same_name(d->rel, rel))
					d->rel = name;
			}
	}
	rebuild_buckets(r);
}

static List *
renamed_in(List *names, const char *old, const char *newname)
{
	ListCell   *lc;

	foreach(lc, names)
		if (strcmp(lfirst(lc), old) == 0)
			lfirst(lc) = (char *) newname;
	return names;
}

/*
 * A column, constraint, trigger, policy or enum value renamed: its own facts
 * move; a column's new name also replaces the old in the column lists of its
 * table's indexes and constraints and of foreign keys that reference it.
 */
void
facts_rename_sub(Replay *r, uint32 kinds, const char *schema, const char *rel, const char *sub,
				 const char *newname)
{
	Fact	  **link = same_sub_chain(r, schema, rel, sub, true);
	char	   *name = pstrdup(newname);
	Fact	   *moved = NULL;
	Fact	  **dest;
	Fact	   *o;
	ListCell   *lc;

	while ((o = *link) != NULL)
	{
		if (o->alive && (KIND(o->kind) & kinds) && same_name(o->schema, schema) &&
			same_name(o->rel, rel) && same_name(o->sub, sub))
		{
			*link = o->next_same;
			o->sub = name;
			o->next_same = moved;
			moved = o;
		}
		else
			link = &o->next_same;
	}
	dest = same_sub_chain(r, schema, rel, name, true);
	while ((o = moved) != NULL)
	{
		moved = o->next_same;
		o->next_same = *dest;
		*dest = o;
	}

	if (!(kinds & KIND(F_COLUMN)))
		return;
	foreach(lc, facts_of(r, schema, rel))
	{
		o = lfirst(lc);
		if (o->alive && o->x != NULL && same_name(o->schema, schema) && same_name(o->rel, rel))
			o->x->cols = renamed_in(o->x->cols, sub, name);
	}
	foreach(lc, indexes_of(r, schema, rel))
	{
		o = lfirst(lc);
		if (o->alive && o->x != NULL && same_name(o->sub, rel))
			o->x->cols = renamed_in(o->x->cols, sub, name);
	}
	foreach(lc, foreign_keys_to(r, schema, rel))
	{
		o = lfirst(lc);
		if (o->alive && o->x->contype == CONSTR_FOREIGN &&
			same_name(o->x->ref.schema, schema) && same_name(o->x->ref.rel, rel))
			o->x->ref_cols = renamed_in(o->x->ref_cols, sub, name);
	}
}

/* ---- column types ---- */

/* a typmod written as an integer (the usual), or false */
static bool
integer_typmod(Node *m, int32 *value)
{
	if (!IsA(m, A_Const) || !IsA(&castNode(A_Const, m)->val, Integer))
		return false;
	*value = intVal(&castNode(A_Const, m)->val);
	return true;
}

/*
 * A type's spelling -- names, typmods, array bounds -- hashed without
 * building a key (once per column of the journal); false when a typmod is
 * an expression: never shared.
 */
static bool
typename_hash(TypeName *tn, uint64 *hash)
{
	uint64		h = (uint64) (tn->pct_type | tn->setof << 1) + ((uint64) list_length(tn->arrayBounds) << 2);
	ListCell   *lc;

	foreach(lc, tn->names)
	{
		const char *name = strVal(lfirst(lc));

		h = hash_combine64(h, hash_bytes_extended((const unsigned char *) name, strlen(name), 0));
	}
	foreach(lc, tn->typmods)
	{
		int32		value;

		if (!integer_typmod(lfirst(lc), &value))
			return false;
		h = hash_combine64(h, (uint64) (uint32) value + 1);
	}
	*hash = h;
	return true;
}

/* the same spelling (what typename_hash() hashes) */
static bool
same_spelling(TypeName *a, TypeName *b)
{
	ListCell   *la;
	ListCell   *lb;

	if (a->pct_type != b->pct_type || a->setof != b->setof ||
		list_length(a->arrayBounds) != list_length(b->arrayBounds) ||
		list_length(a->names) != list_length(b->names) ||
		list_length(a->typmods) != list_length(b->typmods))
		return false;
	forboth(la, a->names, lb, b->names)
		if (strcmp(strVal(lfirst(la)), strVal(lfirst(lb))) != 0)
			return false;
	forboth(la, a->typmods, lb, b->typmods)
	{
		int32		va;
		int32		vb;

		if (!integer_typmod(lfirst(la), &va) || !integer_typmod(lfirst(lb), &vb) || va != vb)
			return false;
	}
	return true;
}

/* the type as written, for messages: TypeNameToString() leaves the typmods out */
static char *
type_text(TypeName *tn)
{
	TypeName	bare = *tn;
	char	   *name;
	StringInfoData s;
	ListCell   *lc;

	bare.arrayBounds = NIL;		/* after the typmods */
	name = TypeNameToString(&bare);
	initStringInfo(&s);
	appendStringInfoString(&s, strncmp(name, "pg_catalog.", 11) == 0 ? name + 11 : name);
	foreach(lc, tn->typmods)
	{
		int32		value;

		appendStringInfoChar(&s, foreach_current_index(lc) ? ',' : '(');
		if (integer_typmod(lfirst(lc), &value))
			appendStringInfo(&s, "%d", value);
		else
			appendStringInfoString(&s, "...");
	}
	if (tn->typmods != NIL)
		appendStringInfoChar(&s, ')');
	foreach(lc, tn->arrayBounds)
		appendStringInfoString(&s, "[]");
	return s.data;
}

/* one ColType per distinct spelling, tn copied out of its parse tree */
ColType *
coltype_intern(Replay *r, TypeName *tn)
{
	uint64		key;
	KeyEntry   *e = NULL;
	bool		found;
	ColType    *t;
	/* the parser spells keyword types (integer, varchar, ...) with its constants: the same pointer */
	const char *last = tn->names != NIL ? strVal(llast(tn->names)) : NULL;
	TypeMemo   *memo = &r->type_memo[(murmurhash32((uint32) (uintptr_t) last) ^ list_length(tn->typmods)) %
									 lengthof(r->type_memo)];

	if (last != NULL && memo->name == last && same_spelling(memo->type->name, tn))
		return memo->type;
	if (typename_hash(tn, &key))
	{
		e = keyed_insert(r->types, key, &found);
		if (found && same_spelling(((ColType *) e->value)->name, tn))
		{
			memo->name = last;
			memo->type = e->value;
			return e->value;
		}
		if (found)
			e = NULL;			/* another spelling of the same hash: not shared */
	}
	t = palloc0(sizeof(ColType));
	t->name = copyObject(tn);
	t->name->location = -1;
	t->text = type_text(tn);
	/* names from the copy: tn's parse tree is freed after its migration */
	t->type_name = strVal(llast(t->name->names));
	t->type_schema = list_length(t->name->names) >= 2 ?
		strVal(list_nth(t->name->names, list_length(t->name->names) - 2)) : NULL;
	t->typid = InvalidOid;
	t->typmod = -1;
	if (e != NULL)
		e->value = t;
	memo->name = last;
	memo->type = t;
	r->type_list = lappend(r->type_list, t);
	return t;
}

/* the same spelling with the type's last name replaced: ALTER TYPE ... RENAME */
ColType *
coltype_renamed(Replay *r, ColType *t, const char *newname)
{
	TypeName   *tn = copyObject(t->name);

	llast(tn->names) = makeString(pstrdup(newname));
	return coltype_intern(r, tn);
}

/* ---- default expressions ---- */

/* a node's text without its " :location N" fields, in place: two parses of one expression compare equal */
void
strip_locations(char *text)
{
	static const char field[] = " :location ";
	char	   *out = text;
	char	   *in = text;
	char	   *at;

	/* a node's text is long and has few of them: copy the runs between */
	while ((at = strstr(in, field)) != NULL)
	{
		size_t		run = at - in;

		if (out != in)
			memmove(out, in, run);
		out += run;
		in = at + sizeof(field) - 1;
		if (*in == '-')
			in++;
		while (isdigit((unsigned char) *in))
			in++;
	}
	if (out != in)
		memmove(out, in, strlen(in) + 1);
}

/*
 * A hash of the defaults most columns have -- a constant, a constant with a
 * cast, a call without arguments: '', 0, '{}'::jsonb, now() -- taken in
 * place; false for any other expression, hashed by its node text.
 */
static bool
default_hash(Node *raw, uint64 *hash)
{
	if (IsA(raw, TypeCast) && ((TypeCast *) raw)->arg != NULL && IsA(((TypeCast *) raw)->arg, A_Const))
	{
		uint64		type;

		if (!default_hash(((TypeCast *) raw)->arg, hash) || !typename_hash(((TypeCast *) raw)->typeName, &type))
			return false;
		*hash = hash_combine64(hash_combine64(*hash, type), T_TypeCast);
		return true;
	}
	if (IsA(raw, A_Const))
	{
		Node	   *val = (Node *) &((A_Const *) raw)->val;

		if (IsA(val, Integer))
			*hash = hash_combine64((uint64) (uint32) intVal(val), T_Integer);
		else if (IsA(val, String))
			*hash = hash_combine64(hash_bytes_extended((const unsigned char *) strVal(val), strlen(strVal(val)), 0),
								   T_String);
		else
			return false;		/* NULL, a float's or a bit string's text, a boolean (15) */
		return true;
	}
	if (IsA(raw, FuncCall))
	{
		FuncCall   *fc = (FuncCall *) raw;
		ListCell   *lc;

		if (fc->args != NIL || fc->agg_order != NIL || fc->agg_filter != NULL || fc->over != NULL ||
			fc->agg_within_group || fc->agg_star || fc->agg_distinct || fc->func_variadic ||
			fc->funcformat != COERCE_EXPLICIT_CALL)
			return false;
		*hash = T_FuncCall;
		foreach(lc, fc->funcname)
			*hash = hash_combine64(*hash, hash_bytes_extended((const unsigned char *) strVal(lfirst(lc)),
															  strlen(strVal(lfirst(lc))), 0));
		return true;
	}
	return false;
}

/*
 * The raw default, copied out of its parse tree once per distinct
 * expression: a long journal repeats a handful (now(), '', 0, false, ...).
 * Filed by default_hash(), else the hash of its node text without
 * locations; shared when equal() (which ignores locations) says so.
 */
Node *
default_intern(Replay *r, Node *raw)
{
	uint64		key;
	KeyEntry   *e;
	bool		found;

	if (!default_hash(raw, &key))
	{
		char	   *text = nodeToString(raw);

		strip_locations(text);
		key = hash_bytes_extended((const unsigned char *) text, strlen(text), 0);
		pfree(text);
	}
	e = keyed_insert(r->defaults, key, &found);
	if (found && equal(e->value, raw))
		return e->value;
	if (found)
		return copyObject(raw);	/* a collision: not shared */
	e->value = copyObject(raw);
	return e->value;
}

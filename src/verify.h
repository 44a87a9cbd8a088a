/*
 * verify.h -- shared by the verify*.c files, which answer "does the catalog
 * hold what the migrations did?" in three steps:
 *
 *   verify_replay.c   each statement's parse tree, replayed in journal order
 *                     over a store of facts (what PostgreSQL would do,
 *                     implicit effects included: CASCADE, renames, IF EXISTS)
 *   verify_facts.c    the fact store: add, find, kill, rename, by name
 *   verify_catalog.c  each surviving fact against the catalog (syscache)
 *   verify.c          the driver and the verdicts
 */
#ifndef MIGTRACK_VERIFY_H
#define MIGTRACK_VERIFY_H

#include "postgres.h"

#include "catalog/pg_class.h"
#include "catalog/pg_constraint.h"
#include "nodes/parsenodes.h"
#include "utils/hsearch.h"

#include "migtrack.h"

typedef enum FactKind
{
	F_SCHEMA,					/* (schema) */
	F_TABLE,					/* (schema, table) */
	F_VIEW,						/* (schema, view): views and materialized views */
	F_SEQUENCE,					/* (schema, sequence) */
	F_INDEX,					/* (schema, index, table) */
	F_COLUMN,					/* (schema, table, column) */
	F_COLTYPE,
	F_NOTNULL,
	F_NULLABLE,
	F_DEFAULT,
	F_NODEFAULT,
	F_CONSTRAINT,				/* (schema, table, constraint) */
	F_ENUM,						/* (schema, type) */
	F_ENUMVAL,					/* (schema, type, value) */
	F_TYPE,						/* (schema, type): a domain or composite type */
	F_RLS,						/* (schema, table): row level security enabled */
	F_NORLS,
	F_FUNCTION,					/* (schema, function, number of arguments) */
	F_TRIGGER,					/* (schema, table, trigger) */
	F_POLICY,					/* (schema, table, policy) */
	F_EXTENSION,				/* ("", extension) */
	F_ROLE,						/* ("", role) */
	F_GONE,						/* a dropped object: ->gone says of which kind */
	F_NKINDS
} FactKind;

#define KIND(k) (1u << (k))
/* what a relation's name stands for */
#define RELATION_KINDS (KIND(F_TABLE) | KIND(F_VIEW) | KIND(F_SEQUENCE) | KIND(F_INDEX))
/* what is said of a table's column */
#define COLUMN_KINDS (KIND(F_COLUMN) | KIND(F_COLTYPE) | KIND(F_NOTNULL) | KIND(F_NULLABLE) | \
					  KIND(F_DEFAULT) | KIND(F_NODEFAULT))
/* what dies with its table (its indexes are filed by table: see indexes_of) */
#define TABLE_KINDS (KIND(F_TABLE) | KIND(F_VIEW) | KIND(F_SEQUENCE) | COLUMN_KINDS | \
					 KIND(F_CONSTRAINT) | KIND(F_RLS) | KIND(F_NORLS) | KIND(F_TRIGGER) | \
					 KIND(F_POLICY))
#define TYPE_KINDS (KIND(F_ENUM) | KIND(F_ENUMVAL) | KIND(F_TYPE))

/*
 * A column's type, one record per distinct spelling (most columns share a
 * handful): as written, for messages, and resolved against the catalog after
 * the replay, so that a type renamed later is looked up by its last name.
 */
typedef struct ColType
{
	char	   *text;
	TypeName   *name;			/* a copy that outlives the parse tree */
	const char *type_schema;	/* as written: NULL when unqualified */
	const char *type_name;
	Oid			typid;			/* check_facts(): InvalidOid if not found */
	int32		typmod;
	char	   *error;			/* PostgreSQL rejects the name or typmod */
} ColType;

/* a relation a view or a foreign key depends on */
typedef struct RelName
{
	char	   *schema;
	char	   *rel;
} RelName;

/* what only some facts need */
typedef struct FactExtra
{
	ConstrType contype;			/* F_CONSTRAINT */
	bool		owns_index;		/* F_CONSTRAINT backed by an index of its name */
	bool		columns_elsewhere;	/* F_TABLE: some of its columns come from a type, a parent
									 * or a query (OF, PARTITION OF, INHERITS, LIKE, AS), which
									 * the replay does not model: drift leaves its parts alone */
	List	   *cols;			/* F_INDEX, F_CONSTRAINT: its table's columns it uses */
	RelName		ref;			/* foreign key: the referenced table; trigger: its function */
	List	   *ref_cols;		/* foreign key: the referenced columns */
	List	   *deps;			/* F_VIEW: of RelName *, the relations it reads */
	List	   *args;			/* F_FUNCTION: TypeName * of its input arguments */
	ObjectType objtype;			/* F_FUNCTION: function or procedure */
} FactExtra;

/*
 * What is said of a column that has a fact of its own (F_COLUMN): its type,
 * NOT NULL or not, its default or none -- one slot each, in the column's
 * fact rather than facts of their own (a journal has hundreds of thousands
 * of columns).  A slot is owned, checked and judged as a fact would be; a
 * slot's kind is the FactKind it stands for.  The same said of a column the
 * journal never created (ALTER of a legacy table) is a fact of its own.
 */
enum
{
	SLOT_TYPE,					/* F_COLTYPE */
	SLOT_NULL,					/* F_NOTNULL or F_NULLABLE */
	SLOT_DEFAULT,				/* F_DEFAULT or F_NODEFAULT */
	NSLOTS
};

typedef struct Slot
{
	union
	{
		ColType    *type;		/* SLOT_TYPE */
		Node	   *expr;		/* SLOT_DEFAULT, F_DEFAULT: the raw default, shared (NULL:
								 * presence only) */
	}			what;
	char	   *why;			/* as Fact's */
	int			owner;
	int			seq;
	uint8		kind;
	bool		alive;
	bool		holds;
	bool		check_failed;
} Slot;

typedef struct Fact
{
	char	   *schema;
	char	   *rel;			/* relation, type, function, extension or role */
	char	   *sub;			/* column, constraint, enum value, index's table, ... */
	ColType    *type;			/* F_COLTYPE */
	Node	   *expr;			/* F_DEFAULT: the raw default, shared (NULL: presence only) */
	FactExtra  *x;				/* NULL for most */
	char	   *why;			/* check_failed: why; else, holds == false: what the catalog
								 * has instead (rare) */
	Slot	   *slots;			/* F_COLUMN: NSLOTS of them, or NULL when none was set */
	struct Fact *next_same;		/* the next filed under the same schema.rel.sub */
	int			owner;			/* migration index */
	int			seq;			/* order of establishment (facts and slots): messages keep it */
	uint8		kind;			/* FactKind: a long journal has millions of facts, kept small */
	uint8		gone;			/* F_GONE: the FactKind of what was dropped */
	bool		alive;
	bool		holds;			/* the catalog's answer: check_facts() */
	bool		check_failed;	/* checking it raised an error */
} Fact;

/* lists of facts, filed by name (verify_facts.c) */
typedef struct Bucket
{
	List	   *facts;			/* BY_REL, BY_TABLE, BY_REF */
	/* BY_REL: its facts also chained by next_same, by sub (a column's chain holds one or two) */
	struct Fact *own;			/* those without a sub: the relation's own */
	struct SubTable *subs;		/* the others: chains by the sub's hash (NULL: none yet) */
} Bucket;

enum
{
	BY_REL,						/* schema.rel */
	BY_TABLE,					/* indexes by schema.table */
	BY_REF,						/* foreign keys by the schema.table they reference */
	NBUCKETS
};

typedef struct BucketCache
{
	const char *schema;
	const char *rel;
	const char *sub;
	Bucket	   *bucket;
	struct Fact **chain;		/* the chain of schema.rel.sub (sub_last) */
} BucketCache;

/* the ColType a type name's last name was last interned as (coltype_intern) */
typedef struct TypeMemo
{
	const char *name;			/* by pointer */
	ColType    *type;
} TypeMemo;

typedef struct Replay
{
	List	   *facts;			/* all, in the order they were established */
	List	   *with_extra;		/* those with extra fields (fact_extra), in the same order */
	int			seq;			/* the next fact's or slot's */
	struct keyed_hash *by[NBUCKETS];	/* uint64 key of the names -> Bucket */
	MemoryContext bucket_cxt;	/* the tables, their buckets and lists: rebuilt after renames */
	Bucket	   *free_buckets;	/* the rest of the current block */
	int			nfree_buckets;
	BucketCache last[NBUCKETS];	/* the last list found in each table */
	BucketCache sub_last;		/* the last chain of schema.rel.sub found */
	const char *key_schema;		/* the schema of the last bucket key ... */
	uint64		schema_key;		/* ... and its part of it */
	struct keyed_hash *types;	/* ColType by spelling */
	TypeMemo	type_memo[64];	/* ... and the last few by their names' pointers */
	struct keyed_hash *defaults;	/* raw default expressions by their text */
	List	   *type_list;		/* the same ColTypes, for check_facts */
	int			owner;			/* the migration being replayed */
	const char *default_schema;
	MigrationCheck *checks;		/* all migrations' */
	MigrationCheck *check;		/* the current migration's */
	bool		if_not_exists;	/* inside drizzle's DO ... duplicate_object block */
	List	   *temps;			/* names of temporary relations created so far */
	MemoryContext parse_cxt;	/* the current migration's parse trees */
	char	   *last_schema;	/* names of the last fact, shared by the next */
	char	   *last_rel;
	char	   *last_sub;
	struct Fact *last_column;	/* the last column fact made or found by fact_slot() */
	Fact	   *free_facts;		/* the rest of the current block */
	int			nfree;
	char	   *arena;			/* the rest of the current block for names and slots */
	Size		arena_left;
} Replay;

/* the replay shares one copy of a name between consecutive facts: mostly the same pointer */
static inline bool
same_name(const char *a, const char *b)
{
	return a == b || (a && b && strcmp(a, b) == 0);
}

/* verify_facts.c */
extern void facts_init(Replay *r);
extern Fact *fact_add(Replay *r, FactKind kind, const char *schema, const char *rel, const char *sub);
extern void fact_kill(Replay *r, Fact *f);
extern void facts_expect_subs(Replay *r, const char *schema, const char *rel, int n);
extern void fact_slot(Replay *r, FactKind kind, const char *schema, const char *rel, const char *sub,
					  ColType *type, Node *expr);
extern int	slot_index(FactKind kind);
extern ColType **fact_coltype(Fact *f);
extern void slot_as_fact(const Fact *column, const Slot *s, Fact *out);
extern Fact *fact_find(Replay *r, FactKind kind, const char *schema, const char *rel, const char *sub);
extern Fact *relation_find(Replay *r, const char *schema, const char *rel);
extern void facts_forget(Replay *r, uint32 kinds, const char *schema, const char *rel, const char *sub);
extern List *facts_of(Replay *r, const char *schema, const char *rel);
extern List *indexes_of(Replay *r, const char *schema, const char *table);
extern void facts_rename_rel(Replay *r, const char *schema, const char *rel, const char *newname,
							 uint32 kinds);
extern void facts_rename_sub(Replay *r, uint32 kinds, const char *schema, const char *rel,
							 const char *sub, const char *newname);
extern void facts_forget_names(Replay *r);
extern FactExtra *fact_extra(Replay *r, Fact *f);
extern void fact_file_reference(Replay *r, Fact *f);
extern List *foreign_keys_to(Replay *r, const char *schema, const char *table);
extern ColType *coltype_intern(Replay *r, TypeName *tn);
extern ColType *coltype_renamed(Replay *r, ColType *t, const char *newname);
extern Node *default_intern(Replay *r, Node *raw);
extern void strip_locations(char *node_text);

/* verify_replay.c */
extern bool replay_without_facts(Replay *r, Node *stmt);
extern void replay_statement(Replay *r, Node *stmt);
extern List *parse_pieces(const char *sql);

/* verify_do.c */
extern void replay_do(Replay *r, DoStmt *stmt);

/*
 * What else reads the rows of check_facts()'s passes over pg_class and
 * pg_constraint (drift), so that a catalog is read once.  named: false when
 * no live fact can name the relation.
 */
typedef struct CatalogObserver
{
	void		(*relation) (Form_pg_class c, bool named, void *arg);
	void		(*constraint) (Form_pg_constraint con, void *arg);
	void	   *arg;
	bool		saw_relations;	/* check_facts(): every pg_class row went to relation() */
	bool		saw_constraints;	/* ... and every pg_constraint row to constraint() */
} CatalogObserver;

/* verify_drift.c */
typedef struct DriftScan DriftScan;
extern DriftScan *drift_begin(Replay *r, Oid tracking_relid, List *excluded, CatalogObserver *obs);
extern void find_drift(DriftScan *ds, const CatalogObserver *obs, List **drift, List **other_tables,
					   int *user_tables);

/* verify_catalog.c */
extern void check_facts(Replay *r, CatalogObserver *obs);
extern void check_facts_done(void);
extern Oid	index_table(Oid indexid);
extern bool index_explained(Oid indexid);
extern void unexplained_columns(Oid nsp, const char *rel,
								void (*fn) (const char *name, Oid typid, int32 typmod, void *arg),
								void *arg);
extern void unexplained_constraints(Oid nsp, const char *rel,
									void (*fn) (const char *name, char contype, void *arg), void *arg);

/* the catalog indexes read relation after relation, their scans kept open (verify_catalog.c) */
typedef enum KeptScan
{
	KEPT_CLASS,					/* pg_class by name */
	KEPT_ATTRIBUTE,				/* pg_attribute by relation */
	KEPT_ATTRDEF,				/* pg_attrdef by relation */
	KEPT_CONSTRAINT,			/* pg_constraint by relation */
	KEPT_INDEX,					/* pg_index by index */
	KEPT_DEPEND,				/* pg_depend by dependent object */
	KEPT_ENUM,					/* pg_enum by type */
	NKEPT
} KeptScan;

extern CatalogScan *lookup_begin(KeptScan which, Oid catalog, Oid index, CatalogScan *local);
extern void lookup_end(CatalogScan *cs);
extern void kept_scans_close(void);

/* verify.c */
extern char *run_guarded(void (*fn) (void *), void *arg);
extern List *parse_guarded(const char *sql, char **error);
extern char **run_guarded_each(List *items, void (*fn) (void *item), void (*done) (void));
extern bool guarded_one_by_one;
extern void replay_unverifiable(Replay *r, const char *fmt,...) pg_attribute_printf(2, 3);

#endif							/* MIGTRACK_VERIFY_H */

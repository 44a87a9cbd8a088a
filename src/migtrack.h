/*
 * migtrack.h -- data model shared by the migtrack C files.
 *
 * A Journal is the caller's view of the drizzle migration folder; a
 * TrackingTable is what drizzle recorded in the database; an Analysis puts
 * the two side by side exactly the way drizzle-orm's migrate() would read
 * them.  status, check and sync are thin presentations of one Analysis.
 */
#ifndef MIGTRACK_H
#define MIGTRACK_H

#include "postgres.h"

#include "access/htup.h"
#include "access/skey.h"
#include "catalog/pg_class.h"
#include "utils/relcache.h"
#include "lib/stringinfo.h"
#include "nodes/pg_list.h"
#include "utils/array.h"
#include "utils/hsearch.h"
#include "utils/jsonb.h"
#include "utils/timestamp.h"

#define MIGTRACK_HASH_LEN 64	/* sha256, lowercase hex */

/* ---- journal.c: the caller's migrations ---- */

typedef enum JournalFormat
{
	JOURNAL_V0,					/* drizzle-kit <= 0.31: meta/_journal.json */
	JOURNAL_V1					/* drizzle-kit 1.0: <timestamp>_<name>/ folders */
} JournalFormat;

typedef struct Migration
{
	int			position;		/* 1-based, the order drizzle applies them */
	char	   *tag;			/* 0.x tag or 1.0 folder name */
	int64		created_at;		/* milliseconds, exactly as drizzle stores it */
	char		hash[MIGTRACK_HASH_LEN + 1];
	const char *sql_text;		/* text in server encoding, in the journal's jsonb (not
								 * NUL-terminated: migration_sql() copies it); NULL if only
								 * hashed */
	int			sql_len;
} Migration;

extern char *migration_sql(const Migration *m);

typedef struct Journal
{
	JournalFormat format;
	int			count;
	Migration  *migrations;		/* in drizzle's order */
	List	   *ignored;		/* of char *: what drizzle never reads, yet looks meaningful */
} Journal;

extern Journal *journal_parse(Jsonb *jb);
extern int	journal_find(const Journal *journal, const char *tag);
extern const char *journal_format_name(JournalFormat format);

/* ---- hash.c ---- */
extern void migtrack_sha256_hex(const char *text, int len, char *out);

/* ---- drizzle_time.c: JavaScript Date arithmetic, as drizzle does it ---- */
extern bool drizzle_millis_from_name(const char *name, int64 *millis);
extern char *drizzle_iso_string(int64 millis);
extern char *drizzle_date_text(int64 millis);
extern TimestampTz drizzle_millis_to_timestamptz(int64 millis);

/* ---- tracking.c: drizzle.__drizzle_migrations I/O (SPI connected) ---- */

typedef enum TableFormat
{
	TABLE_ABSENT,
	TABLE_V0,					/* id, hash, created_at */
	TABLE_V1					/* + name, applied_at */
} TableFormat;

typedef struct TrackingRow
{
	int64		id;
	char	   *hash;
	bool		created_at_null;
	int64		created_at;
	char	   *name;			/* NULL: no such column, or NULL value */
	bool		applied_at_null;
	TimestampTz applied_at;
} TrackingRow;

typedef struct TrackingTable
{
	const char *schema;
	const char *table;
	char	   *qualified;		/* quoted, schema-qualified, for SQL text */
	Oid			relid;			/* InvalidOid when absent */
	TableFormat format;
	int			nrows;
	TrackingRow *rows;			/* in id order */
} TrackingTable;

extern TrackingTable *tracking_open(const char *schema, const char *table);
extern void tracking_lock(TrackingTable *t);
extern void tracking_check_writable(const TrackingTable *t, Oid relid);
extern char *column_type_hint(Oid relid, const char *column, Oid type, Oid target, int32 targetmod);
extern void permission_denied(const char *kind, const char *object, const char *privileges);
extern bool tracking_lock_for_inserts;
extern void tracking_read(TrackingTable *t);
extern bool tracking_create(TrackingTable *t, JournalFormat format);
extern void tracking_upgrade_to_v1(TrackingTable *t, const char **row_names);
extern void tracking_insert(TrackingTable *t, JournalFormat format,
							const Migration *const *migrations, int count);
extern const char *tracking_format_name(TableFormat format);

/* ---- catalog.c: what the database holds besides the history ---- */
typedef struct TableName
{
	char	   *schema;
	char	   *table;
	char	   *qualified;		/* quoted */
	Oid			relid;
} TableName;

/*
 * A map from oid to a name or another oid, a set when it holds neither: the
 * one shape of every such map (a simplehash: thousands of relations go
 * through some).  An entry moves when the map grows.
 */
typedef struct OidEntry
{
	Oid			oid;
	char		status;			/* simplehash's */
	Oid			other;			/* an index's table */
	const char *name;			/* a namespace's or a relation's name */
} OidEntry;

#define SH_PREFIX oidmap
#define SH_ELEMENT_TYPE OidEntry
#define SH_KEY_TYPE Oid
#define SH_SCOPE extern
#define SH_DECLARE
#include "lib/simplehash.h"

extern oidmap_hash *oid_set(MemoryContext cxt);
extern void oid_set_range(oidmap_hash *set, Oid *lo, Oid *hi);
extern char *qualified_name(const char *prefix, const char *schema, const char *name);

struct IndexTupleData;

typedef struct CatalogScan
{
	Relation	rel;
	Oid			index;
	int			nkeys;
	ScanKeyData keys[3];
	struct SysScanDescData *scan;
	/* catalog_scan_kept(): the index scan kept open from one look-up to the next */
	bool		keep;
	bool		restart;		/* the next catalog_scan_next() starts a look-up */
	MemoryContext cxt;			/* the scan's memory: CurrentMemoryContext at catalog_scan_kept() */
	Relation	irel;
	struct IndexScanDescData *iscan;
	struct TupleTableSlot *slot;
	struct SnapshotData *snapshot;
	bool		read_entries;	/* set before the first look-up: catalog_scan_each() filters the
								 * index's entries */
} CatalogScan;

extern void catalog_scan_begin(CatalogScan *cs, Oid catalog, Oid index);
extern void catalog_scan_kept(CatalogScan *cs, Oid catalog, Oid index);
extern void catalog_scan_again(CatalogScan *cs);
extern void catalog_scan_key(CatalogScan *cs, AttrNumber attno, RegProcedure eq, Datum value);
extern void catalog_scan_key_cmp(CatalogScan *cs, AttrNumber attno, StrategyNumber strategy,
								 RegProcedure cmp, Datum value);
extern HeapTuple catalog_scan_next(CatalogScan *cs);
extern void catalog_scan_each(CatalogScan *cs,
							  bool (*wanted) (struct IndexTupleData *entry, TupleDesc desc, void *arg),
							  void (*fn) (HeapTuple tup, void *arg), void *arg);
extern void catalog_scan_end(CatalogScan *cs);
/* the user relations among pg_class's rows (catalog.c) */
typedef struct UserRelations
{
	oidmap_hash *nsps;			/* the user namespaces, with their names */
	oidmap_hash *ext;			/* the extensions' relations */
	Oid			ext_lo;
	Oid			ext_hi;
	Oid			tracking_relid;
	List	   *excluded;
	Oid			last_nspid;
	OidEntry   *last_nsp;
} UserRelations;

extern void user_relations_begin(UserRelations *u, Oid tracking_relid, List *excluded);
extern const char *user_relation_schema(UserRelations *u, Form_pg_class c);
extern void user_relations_end(UserRelations *u);
extern void user_relations_scan(UserRelations *u,
								bool (*fn) (Form_pg_class c, const char *schema, void *arg), void *arg);
extern void for_each_user_relation(Oid tracking_relid, List *excluded,
								   bool (*fn) (Form_pg_class c, const char *schema, void *arg),
								   void *arg);
extern void read_extension_members(oidmap_hash *classes, oidmap_hash *types);
extern List *user_tables_list(Oid tracking_relid, List *excluded);
typedef int (*array_comparator) (const void *a, const void *b);
extern void sort_collated(void *base, size_t n, size_t size, array_comparator bytewise,
						  array_comparator collated);
extern void collate_sorted(void *base, size_t n, size_t size, array_comparator collated);
extern void list_sort_collated(List *list, list_sort_comparator bytewise, list_sort_comparator collated);
extern int	collated_name_cmp(const char *a, const char *b);
extern bool user_tables_exist(Oid tracking_relid, List *excluded);
extern int	user_tables_count(Oid tracking_relid, List *excluded);
extern List *lookalike_tracking_tables(Oid tracking_relid);

/* ---- verify.c: the journal's net effect against the catalog ---- */

typedef enum Verdict
{
	VERDICT_PRESENT,			/* its surviving effects are all in the catalog */
	VERDICT_ABSENT,				/* none are */
	VERDICT_PARTIAL,			/* some are */
	VERDICT_SUPERSEDED,			/* all it did was undone or replaced later */
	VERDICT_DATA_ONLY,			/* DML only: the catalog cannot tell */
	VERDICT_UNVERIFIABLE,		/* statements we cannot judge */
	VERDICT_UNCHECKED			/* not asked: migtrack_status(verify => false) */
} Verdict;

typedef struct MigrationCheck
{
	Verdict		verdict;
	List	   *missing;		/* of char *: readable facts not in the catalog */
	List	   *unverifiable;	/* of char *: what could not be judged, and why */
	int			surviving;		/* facts of this migration in the net effect */
	int			existing;		/* of which objects it creates that exist */
	bool		had_effects;	/* it did something to the schema */
	bool		has_data;		/* it has INSERT/UPDATE/DELETE/SELECT */
	List	   *rewriters;		/* of int: later migrations that changed or undid what
								 * this one established, each once, in order */
	List	   *rewritten;		/* of char *: for each, the first such fact */
} MigrationCheck;

/* with drift: excluded (of TableName *) are not reported; user_tables counted by the same scan */
extern MigrationCheck *verify_journal(const Journal *j, Oid tracking_relid, List *excluded,
									  List **drift, List **other_tables, int *user_tables);
extern const char *verdict_name(Verdict v);

/* ---- analysis.c: journal vs history, as drizzle would read it ---- */

typedef enum MigtrackState
{
	STATE_FRESH,
	STATE_UNTRACKED,
	STATE_PENDING,
	STATE_IN_SYNC,
	STATE_DIVERGED,
	STATE_TRACKED				/* only without a journal */
} MigtrackState;

typedef enum ProblemCode
{
	PROBLEM_UNTRACKED_SCHEMA,
	PROBLEM_HASH_MISMATCH,
	PROBLEM_UNKNOWN_ROW,
	PROBLEM_OUT_OF_ORDER,
	PROBLEM_ALREADY_EXISTS,
	PROBLEM_UNRELATED_TABLES,	/* user tables, none the journal's: the wrong database? */
	PROBLEM_DRIFT				/* objects no migration creates (pushed?) */
} ProblemCode;

typedef struct Problem
{
	ProblemCode code;
	const char *migration;		/* tag, or NULL */
	int64		row_id;			/* the row at fault, or 0 */
	char	   *message;
} Problem;

/* per-migration status, also the status column of migtrack_migrations */
typedef enum MigrationStatus
{
	MIG_APPLIED,
	MIG_PENDING,
	MIG_HASH_MISMATCH,
	MIG_OUT_OF_ORDER
} MigrationStatus;

typedef struct Analysis
{
	Journal    *journal;		/* NULL: database side only */
	TrackingTable *table;
	bool		has_user_tables;	/* other than the history and its lookalikes */
	int			nuser_tables;	/* how many: -1 until user_table_count() counts them */
	List	   *user_tables;	/* of char *, quoted schema.table: only without a journal */
	List	   *lookalikes;		/* of TableName *: tables shaped like the history, when it is absent */
	int		   *row_of;			/* per migration: index into rows, or -1 */
	int		   *migration_of;	/* per row: index into migrations, or -1 */
	int		   *name_for;		/* per row of a 1.0 history without a name: the migration
								 * drizzle 1.0's upgrade would name it after, or -1; NULL
								 * unless a 1.0 journal meets a 1.0 history */
	MigrationStatus *status;	/* per migration */
	MigrationCheck *checks;		/* per migration: the catalog's verdict */
	bool		verified;		/* checks come from the catalog, not VERDICT_UNCHECKED */
	bool		drift_checked;	/* drift and other_tables were looked for */
	List	   *drift;			/* of char *: catalog objects no migration explains */
	List	   *other_tables;	/* of char *: tables in schemas the journal does not touch */
	int			applied;		/* migrations with a matching row */
	List	   *problems;		/* of Problem * */
	MigtrackState state;
} Analysis;

/* what analyze() checks against the catalog: verdicts, and drift too */
#define ANALYSIS_VERIFY 1
#define ANALYSIS_DRIFT 2

extern int	user_table_count(const Analysis *a);
extern Analysis *analyze(Journal *journal, TrackingTable *table, int verify);
extern Analysis *analysis_load(Jsonb *journal, const char *schema, const char *table, bool lock,
							   int verify);
extern const char *state_name(MigtrackState state);
extern const char *problem_code_name(ProblemCode code);
extern const char *migration_status_name(MigrationStatus status);
/* advice: prose parts and calls of migtrack functions, rendered in SQL or by the client */
typedef struct AdvicePart
{
	const char *text;			/* prose, or NULL for a call */
	const char *call;			/* "sync", "status", "check", "repair" or "migrate" */
	const TableName *history;	/* call with these history names, not the caller's */
	List	   *accept;			/* of char *: tags for accept */
	bool		apply_absent;
	List	   *accept_edits;	/* repair: of char *, tags */
	List	   *forget_rows;	/* repair: of int64 *, row ids */
	bool		name_rows;		/* repair */
	bool		out_of_order;	/* migrate */
} AdvicePart;

typedef struct Advice
{
	List	   *parts;			/* of AdvicePart * */
} Advice;

extern Advice *analysis_advice(const Analysis *a);
extern char *analysis_recommendation(const Analysis *a);
extern char *analysis_summary(const Analysis *a);
extern char *printable(const char *name);
extern int	find_migration_by_hash(const Journal *j, const char *hash);
extern char *vformat(const char *fmt, va_list args) pg_attribute_printf(1, 0);
extern void check_preflight(const Analysis *a);
extern char *count_noun(int n, const char *noun);

/* ---- jsonout.c: building jsonb results ---- */

typedef struct JsonOut
{
	void	   *build;			/* compat.h's JsonbBuild: the parse state */
	struct JsonbValue *result;	/* the document, once its outermost bracket closed */
} JsonOut;

extern void jo_init(JsonOut *jo);
extern void jo_open(JsonOut *jo, const char *key, char bracket);
extern void jo_close(JsonOut *jo, char bracket);
extern void jo_string(JsonOut *jo, const char *key, const char *value);
extern void jo_int(JsonOut *jo, const char *key, int64 value);
extern void jo_bool(JsonOut *jo, const char *key, bool value);
extern void jo_timestamptz(JsonOut *jo, const char *key, bool isnull, TimestampTz value);
extern void jo_jsonb(JsonOut *jo, const char *key, Jsonb *value);
extern Jsonb *jo_finish(JsonOut *jo);

/* analysis.c, rendering advice (after JsonOut is known) */
extern char *advice_text(const Advice *adv, const TrackingTable *t);
extern void advice_json(JsonOut *jo, const char *key, const Advice *adv);

/* ---- guard.c ---- */
extern void guard_init(void);
extern CommandId guard_own_history_writes_begin(void);
extern void guard_own_history_writes_end(CommandId first);

/* ---- audit.c: migtrack.audit, who changed the history and when ---- */
extern void audit_record(const char *action, const char *schema, const char *table,
						 List *tags, int rows, Jsonb *detail);
extern void audit_status(JsonOut *jo, const char *schema, const char *table);

/* ---- args.c: checking the SQL functions' arguments ---- */
extern Jsonb *arg_journal(FunctionCallInfo fcinfo, int argno, bool required);
extern char *arg_name(FunctionCallInfo fcinfo, int argno, const char *what);
extern bool arg_bool(FunctionCallInfo fcinfo, int argno, const char *what, bool dflt);
extern List *text_array_list(ArrayType *array);
extern ArrayType *list_text_array(List *strings);

#endif							/* MIGTRACK_H */

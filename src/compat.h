/*
 * compat.h -- the one place for PostgreSQL version differences (14+), for
 * the server module and (with FRONTEND defined) the command-line client.
 */
#ifndef MIGTRACK_COMPAT_H
#define MIGTRACK_COMPAT_H

#if PG_VERSION_NUM < 140000
#error "migtrack requires PostgreSQL 14 or later"
#endif

/*
 * 18 replaced pg_attribute_noreturn(), written after a declaration, by
 * pg_noreturn, written before it: declare with both, one of them is empty.
 */
#ifndef pg_noreturn
#define pg_noreturn
#endif
#ifndef pg_attribute_noreturn
#define pg_attribute_noreturn()
#endif

#ifdef FRONTEND

#include "common/jsonapi.h"

/* JSON parser callbacks return an error code from 16 on, nothing before */
#if PG_VERSION_NUM >= 160000
#define JSON_ACTION_RESULT JsonParseErrorType
#define JSON_ACTION_DONE return JSON_SUCCESS
#else
#define JSON_ACTION_RESULT void
#define JSON_ACTION_DONE return
#endif

/* 17 made the lexer context caller-allocated */
#if PG_VERSION_NUM >= 170000
#define migtrack_json_lexer(json, len) \
	makeJsonLexContextCstringLen(NULL, (json), (len), PG_UTF8, true)
#else
#define migtrack_json_lexer(json, len) \
	makeJsonLexContextCstringLen((json), (len), PG_UTF8, true)
#endif

#else							/* !FRONTEND */

#include "postgres.h"
#include "funcapi.h"
/* funcapi.h no longer brings tuplestore_putvalues() in from 19 */
#include "utils/tuplestore.h"

/*
 * An index scan without ORDER BY: 18 added index_beginscan()'s
 * instrumentation (NULL: none), 19 its flags (none).
 */
#if PG_VERSION_NUM >= 190000
#define migtrack_index_beginscan(heap, index, snapshot, nkeys) \
	index_beginscan((heap), (index), (snapshot), NULL, (nkeys), 0, 0)
#elif PG_VERSION_NUM >= 180000
#define migtrack_index_beginscan(heap, index, snapshot, nkeys) \
	index_beginscan((heap), (index), (snapshot), NULL, (nkeys), 0)
#else
#define migtrack_index_beginscan(heap, index, snapshot, nkeys) \
	index_beginscan((heap), (index), (snapshot), (nkeys), 0)
#endif

/*
 * 18 names the module and its version in its magic block (shown by
 * pg_get_loaded_modules()); MIGTRACK_EXTVERSION comes from the Makefile.
 */
#ifndef MIGTRACK_EXTVERSION
#define MIGTRACK_EXTVERSION "unknown"
#endif
#if PG_VERSION_NUM >= 180000
#define MIGTRACK_MODULE_MAGIC \
	PG_MODULE_MAGIC_EXT(.name = "migtrack", .version = MIGTRACK_EXTVERSION)
#else
#define MIGTRACK_MODULE_MAGIC PG_MODULE_MAGIC
#endif

/* 16 replaced the per-object-kind ACL checks by object_aclcheck() */
#if PG_VERSION_NUM >= 160000
#include "catalog/pg_namespace.h"
#include "utils/acl.h"
#define pg_namespace_aclcheck(nspid, roleid, mode) \
	object_aclcheck(NamespaceRelationId, (nspid), (roleid), (mode))
#endif

/* 16 renamed relfilenodes relfilelocators */
#if PG_VERSION_NUM >= 160000
#define RelationNewRelfilenodeSubid(rel) ((rel)->rd_newRelfilelocatorSubid)
#else
#define RelationNewRelfilenodeSubid(rel) ((rel)->rd_newRelfilenodeSubid)
#endif

/* 19 parses CLUSTER, and its new REPACK, as a RepackStmt */
#if PG_VERSION_NUM >= 190000
#define T_ClusterStmt T_RepackStmt
#endif

/*
 * 19 keeps pushJsonbValue()'s parse stack and result in a JsonbInState;
 * before, it took the stack and returned the value.  JsonbBuild is either.
 */
#include "utils/jsonb.h"
#if PG_VERSION_NUM >= 190000
typedef JsonbInState JsonbBuild;
static inline JsonbValue *
jsonb_build_push(JsonbBuild *b, JsonbIteratorToken seq, JsonbValue *v)
{
	pushJsonbValue(b, seq, v);
	return b->result;
}
#else
typedef struct JsonbBuild
{
	JsonbParseState *parseState;
	JsonbValue *result;
} JsonbBuild;
static inline JsonbValue *
jsonb_build_push(JsonbBuild *b, JsonbIteratorToken seq, JsonbValue *v)
{
	b->result = pushJsonbValue(&b->parseState, seq, v);
	return b->result;
}
#endif

/* 19 gave table_beginscan() a flags argument */
#if PG_VERSION_NUM >= 190000
#define migtrack_table_beginscan(rel, snapshot, nkeys, keys) \
	table_beginscan((rel), (snapshot), (nkeys), (keys), SO_NONE)
#else
#define migtrack_table_beginscan(rel, snapshot, nkeys, keys) \
	table_beginscan((rel), (snapshot), (nkeys), (keys))
#endif

/*
 * PostgreSQL 15 added SetSingleFuncCall(), renamed InitMaterializedSRF() in
 * 15.x/16; 14 has neither, so build the tuplestore by hand there.
 */
#if PG_VERSION_NUM < 150000
#include "miscadmin.h"
#include "utils/tuplestore.h"
#define MAT_SRF_USE_EXPECTED_DESC 0x01
static inline void
InitMaterializedSRF(FunctionCallInfo fcinfo, bits32 flags)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext per_query;
	MemoryContext old;
	TupleDesc	tupdesc;

	(void) flags;				/* the expected tuple descriptor is always used */
	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) ||
		(rsinfo->allowedModes & SFRM_Materialize) == 0)
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	per_query = rsinfo->econtext->ecxt_per_query_memory;
	old = MemoryContextSwitchTo(per_query);
	if (get_call_result_type(fcinfo, NULL, &tupdesc) != TYPEFUNC_COMPOSITE)
		elog(ERROR, "return type must be a row type");
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = tuplestore_begin_heap(true, false, work_mem);
	rsinfo->setDesc = tupdesc;
	MemoryContextSwitchTo(old);
}
#elif !defined(MAT_SRF_USE_EXPECTED_DESC)
#define InitMaterializedSRF SetSingleFuncCall
#endif

/* 15 renamed EmitWarningsOnPlaceholders() */
#if PG_VERSION_NUM < 150000
#define MarkGUCPrefixReserved(prefix) EmitWarningsOnPlaceholders(prefix)
#endif

/* pg_cryptohash_error() arrived in 15 */
#if PG_VERSION_NUM < 150000
#define pg_cryptohash_error(ctx) "out of memory"
#endif

#endif							/* FRONTEND */

#endif							/* MIGTRACK_COMPAT_H */

/*
 * compat.h -- the one place for PostgreSQL version differences (14+), for
 * the server module and (with FRONTEND defined) the command-line client.
 */
#ifndef MIGTRACK_COMPAT_H
#define MIGTRACK_COMPAT_H

#if PG_VERSION_NUM < 140000
#error "migtrack requires PostgreSQL 14 or later"
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

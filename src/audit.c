/*
 * audit.c -- migtrack.audit: every history write by migtrack_sync and
 * migtrack_migrate, and every guard override, with who, when and what.
 *
 * The table belongs to the extension, in its own schema, and pg_dump keeps
 * its rows (pg_extension_config_dump).  A row is inserted as the table's
 * owner: callers need only EXECUTE on the functions, and can neither forge
 * an entry through them nor skip one.  Reading stays a privilege to grant.
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "access/xact.h"
#include "catalog/dependency.h"
#include "catalog/namespace.h"
#include "catalog/pg_class.h"
#include "catalog/pg_type.h"
#include "commands/extension.h"
#include "executor/spi.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/lsyscache.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"

#include "compat.h"
#include "migtrack.h"

#define AUDIT_RECENT 10			/* entries migtrack_status shows */

/*
 * The audit table, or InvalidOid while the extension's SQL objects are older
 * than 0.4.0 (a new module under an old script).  Only the extension's own
 * member counts: a user's table that happens to be called migtrack.audit
 * is never written.
 */
static Oid
audit_relid(void)
{
	Oid			nsp = get_namespace_oid("migtrack", true);
	Oid			relid = OidIsValid(nsp) ? get_relname_relid("audit", nsp) : InvalidOid;
	Oid			ext = get_extension_oid("migtrack", true);

	if (!OidIsValid(relid) || !OidIsValid(ext) ||
		getExtensionOfObject(RelationRelationId, relid) != ext)
		return InvalidOid;
	return relid;
}

static Oid
rel_owner(Oid relid)
{
	HeapTuple	tup = SearchSysCache1(RELOID, ObjectIdGetDatum(relid));
	Oid			owner;

	if (!HeapTupleIsValid(tup))
		elog(ERROR, "cache lookup failed for relation %u", relid);
	owner = ((Form_pg_class) GETSTRUCT(tup))->relowner;
	ReleaseSysCache(tup);
	return owner;
}

/*
 * Record one entry in the caller's transaction: it commits or rolls back
 * with what it describes.  Works with or without SPI connected, and at
 * pre-commit, where no snapshot is active.
 */
void
audit_record(const char *action, const char *schema, const char *table,
			 List *tags, int rows, Jsonb *detail)
{
	static const char *const insert =
		"INSERT INTO migtrack.audit (recorded_at, action, user_name, session_user_name,"
		"  application_name, client_addr, migrations_table, rows_written, migrations, detail)"
		" VALUES ($1, $2, $3, $4, $5, pg_catalog.inet_client_addr(), $6, $7, $8, $9)";
	Oid			types[9] = {TIMESTAMPTZOID, TEXTOID, NAMEOID, NAMEOID, TEXTOID,
		TEXTOID, INT4OID, TEXTARRAYOID, JSONBOID};
	Datum		values[9];
	char		nulls[9] = "         ";
	const char *appname = GetConfigOption("application_name", true, false);
	Oid			relid = audit_relid();
	Oid			save_userid;
	int			save_sec;
	bool		snapshot = false;

	if (!OidIsValid(relid))
		return;

	values[0] = TimestampTzGetDatum(GetCurrentTimestamp());
	values[1] = CStringGetTextDatum(action);
	values[2] = CStringGetDatum(GetUserNameFromId(GetUserId(), false));
	values[3] = CStringGetDatum(GetUserNameFromId(GetSessionUserId(), false));
	if (appname == NULL || appname[0] == '\0')
		nulls[4] = 'n';
	else
		values[4] = CStringGetTextDatum(appname);
	values[5] = CStringGetTextDatum(quote_qualified_identifier(schema, table));
	values[6] = Int32GetDatum(rows);
	values[7] = PointerGetDatum(list_text_array(tags));
	values[8] = JsonbPGetDatum(detail);
	/* name parameters travel as NameData */
	values[2] = DirectFunctionCall1(namein, values[2]);
	values[3] = DirectFunctionCall1(namein, values[3]);

	if (!ActiveSnapshotSet())
	{
		PushActiveSnapshot(GetTransactionSnapshot());
		snapshot = true;
	}
	/* an error on the way restores the caller's identity with the (sub)transaction's abort */
	GetUserIdAndSecContext(&save_userid, &save_sec);
	SetUserIdAndSecContext(rel_owner(relid),
						   save_sec | SECURITY_LOCAL_USERID_CHANGE | SECURITY_RESTRICTED_OPERATION);
	SPI_connect();
	if (SPI_execute_with_args(insert, 9, types, values, nulls, false, 0) != SPI_OK_INSERT)
		elog(ERROR, "recording the audit entry failed");
	SPI_finish();
	SetUserIdAndSecContext(save_userid, save_sec);
	if (snapshot)
		PopActiveSnapshot();
}

/*
 * The "audit" member of migtrack_status: how many entries concern this
 * history and the newest ones -- or null when the trail is not installed or
 * the caller may not read it.  Reads with the caller's privileges.  SPI
 * connected.
 */
void
audit_status(JsonOut *jo, const char *schema, const char *table)
{
	Oid			relid = audit_relid();
	Oid			types[1] = {TEXTOID};
	Datum		values[1];
	bool		isnull;
	uint64		i;

	if (!OidIsValid(relid) ||
		pg_namespace_aclcheck(get_rel_namespace(relid), GetUserId(), ACL_USAGE) != ACLCHECK_OK ||
		pg_class_aclcheck(relid, GetUserId(), ACL_SELECT) != ACLCHECK_OK)
	{
		jo_string(jo, "audit", NULL);
		return;
	}

	values[0] = CStringGetTextDatum(quote_qualified_identifier(schema, table));
	if (SPI_execute_with_args("SELECT id, recorded_at, action, user_name::pg_catalog.text,"
							  "  session_user_name::pg_catalog.text, rows_written, migrations,"
							  "  detail, pg_catalog.count(*) OVER ()"
							  " FROM migtrack.audit WHERE migrations_table OPERATOR(pg_catalog.=) $1"
							  " ORDER BY id DESC LIMIT " CppAsString2(AUDIT_RECENT),
							  1, types, values, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "reading the audit trail failed");

	jo_open(jo, "audit", '{');
	jo_int(jo, "entries", SPI_processed == 0 ? 0 :
		   DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 9, &isnull)));
	jo_open(jo, "recent", '[');
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		Datum		at = SPI_getbinval(tup, desc, 2, &isnull);
		ListCell   *lc;

		jo_open(jo, NULL, '{');
		jo_int(jo, "id", DatumGetInt64(SPI_getbinval(tup, desc, 1, &isnull)));
		jo_timestamptz(jo, "recorded_at", false, DatumGetTimestampTz(at));
		jo_string(jo, "action", SPI_getvalue(tup, desc, 3));
		jo_string(jo, "user_name", SPI_getvalue(tup, desc, 4));
		jo_string(jo, "session_user_name", SPI_getvalue(tup, desc, 5));
		jo_int(jo, "rows_written", DatumGetInt32(SPI_getbinval(tup, desc, 6, &isnull)));
		jo_open(jo, "migrations", '[');
		foreach(lc, text_array_list(DatumGetArrayTypeP(SPI_getbinval(tup, desc, 7, &isnull))))
			jo_string(jo, NULL, lfirst(lc));
		jo_close(jo, ']');
		{
			Datum		detail = SPI_getbinval(tup, desc, 8, &isnull);

			/* as stored, without a text round trip; a column altered to another type is not read */
			jo_jsonb(jo, "detail", isnull || TupleDescAttr(desc, 7)->atttypid != JSONBOID ? NULL
					 : DatumGetJsonbP(detail));
		}
		jo_close(jo, '}');
	}
	jo_close(jo, ']');
	jo_close(jo, '}');
}

/*
 * hash.c -- the migration hash drizzle records.
 *
 * drizzle-orm hashes the file's text: crypto.createHash("sha256")
 * .update(text).digest("hex"), and Node encodes a string as UTF-8.  The
 * server holds the text in the database encoding, so convert to UTF-8
 * first: a LATIN1 database must record the same hash as a UTF8 one.
 */
#include "postgres.h"

#include "common/cryptohash.h"
#include "common/sha2.h"
#include "mb/pg_wchar.h"

#include "compat.h"
#include "migtrack.h"

void
migtrack_sha256_hex(const char *text, int len, char *out)
{
	static const char hexdigits[] = "0123456789abcdef";
	const char *utf8 = (const char *) pg_server_to_any(text, len, PG_UTF8);
	int			utf8len = (utf8 == text) ? len : (int) strlen(utf8);
	uint8		digest[PG_SHA256_DIGEST_LENGTH];
	pg_cryptohash_ctx *ctx = pg_cryptohash_create(PG_SHA256);
	int			i;

	if (pg_cryptohash_init(ctx) < 0 ||
		pg_cryptohash_update(ctx, (const uint8 *) utf8, utf8len) < 0 ||
		pg_cryptohash_final(ctx, digest, sizeof(digest)) < 0)
		ereport(ERROR,
				(errcode(ERRCODE_INTERNAL_ERROR),
				 errmsg("could not compute SHA-256 hash: %s",
						pg_cryptohash_error(ctx))));
	pg_cryptohash_free(ctx);

	for (i = 0; i < PG_SHA256_DIGEST_LENGTH; i++)
	{
		out[2 * i] = hexdigits[digest[i] >> 4];
		out[2 * i + 1] = hexdigits[digest[i] & 0x0f];
	}
	out[MIGTRACK_HASH_LEN] = '\0';
	if (utf8 != text)
		pfree((char *) utf8);
}

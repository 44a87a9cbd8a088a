/*
 * folder.c -- a drizzle-kit out folder as the journal jsonb.
 *
 * 0.x: meta/_journal.json, re-emitted byte for byte with "sql" (the text of
 *      <tag>.sql) spliced into each entry; PostgreSQL's own frontend JSON
 *      parser finds the entries and their tags.
 * 1.0: {"migrations": [{"name": <dir>, "sql": <dir>/migration.sql}, ...]}
 *      for every subdirectory holding a migration.sql, as drizzle-orm 1.0
 *      lists them (the server sorts them as drizzle does).
 * When the server needs no text (status --no-verify), each "sql" is
 * replaced by "hash", the text's sha256 in hex, computed here exactly as the
 * server would compute it from "sql" (the same pg_cryptohash, of the same
 * UTF-8 text): 64 bytes sent and nothing hashed there, instead of the file.
 * Files are decoded like Node's Buffer#toString(), see utf8.c.
 */
#include "migtrack_cli.h"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

#include "common/cryptohash.h"
#include "common/jsonapi.h"
#include "common/sha2.h"
#include "lib/stringinfo.h"
#include "mb/pg_wchar.h"

#include "../src/compat.h"

/* what a file that is not a regular file is, for messages */
static const char *
file_kind(mode_t mode)
{
	if (S_ISDIR(mode))
		return "a directory";
	if (S_ISFIFO(mode))
		return "a named pipe";
	if (S_ISSOCK(mode))
		return "a socket";
	if (S_ISCHR(mode) || S_ISBLK(mode))
		return "a device";
	return "not a regular file";
}

/*
 * The whole file, decoded; exits with EXIT_ERROR naming the path.  Only a
 * regular file is read (a symbolic link to one is fine): a named pipe would
 * block, a device never end.  It is checked before opening, and the file
 * opened without blocking and checked again, in case it was swapped
 * meanwhile.  PostgreSQL takes no value of 1 GB or more: neither do we.
 */
static char *
read_text_file_at(int dirfd, const char *name, const char *path, size_t *len)
{
	struct stat st;
	int			fd;
	char	   *raw;
	size_t		size;
	size_t		n = 0;
	ssize_t		got;
	char	   *text;

#define SHOWN escape_controls(path, false)	/* made only for a message */
	if (fstatat(dirfd, name, &st, 0) != 0)
		die(EXIT_ERROR, "could not open \"%s\": %m", SHOWN);
	if (!S_ISREG(st.st_mode))
		die(EXIT_ERROR, "\"%s\" is %s, not a regular file: migtrack reads only regular files", SHOWN,
			file_kind(st.st_mode));
	if ((fd = openat(dirfd, name, O_RDONLY | O_NONBLOCK | PG_BINARY)) < 0)
		die(EXIT_ERROR, "could not open \"%s\": %m", SHOWN);
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))
		die(EXIT_ERROR, "\"%s\" is %s, not a regular file: migtrack reads only regular files", SHOWN,
			file_kind(st.st_mode));
	if (st.st_size >= (off_t) MaxAllocSize)
		die(EXIT_ERROR, "\"%s\" is too large (%lld bytes): PostgreSQL takes at most 1 GB in one value",
			SHOWN, (long long) st.st_size);
	/*
	 * As Node's readFileSync: the size fstat gave and no more (a file that
	 * grew meanwhile is read to that size, one that shrank to its end), in
	 * one call as a rule.  A size of 0 (empty, or a file that does not say):
	 * read to its end.
	 */
	size = (size_t) st.st_size;
	raw = pg_malloc(size + 1);
	got = 0;
	if (size > 0)
		while (n < size && (got = read(fd, raw + n, size - n)) > 0)
			n += (size_t) got;
	else
	{
		size = 8192;
		raw = pg_realloc(raw, size + 1);
		while ((got = read(fd, raw + n, size - n)) > 0)
		{
			n += (size_t) got;
			if (n < size)
				continue;
			if (size >= MaxAllocSize / 2)
				die(EXIT_ERROR, "\"%s\" is too large: PostgreSQL takes at most 1 GB in one value", SHOWN);
			size *= 2;
			raw = pg_realloc(raw, size + 1);
		}
	}
	if (got < 0)
		die(EXIT_ERROR, "could not read \"%s\": %m", SHOWN);
	close(fd);
	if (n >= MaxAllocSize)
		die(EXIT_ERROR, "\"%s\" is too large: PostgreSQL takes at most 1 GB in one value", SHOWN);
	/* valid UTF-8 without NUL (as a rule): Node's decoding changes nothing */
	if (pg_encoding_verifymbstr(PG_UTF8, raw, (int) n) == (int) n)
	{
		raw[n] = '\0';
		*len = n;
		return raw;
	}
	text = utf8_decode_like_node(raw, n, len);
	free(raw);
	if (strlen(text) != *len)
		die(EXIT_ERROR, "\"%s\" contains a NUL byte, which PostgreSQL text cannot hold", SHOWN);
	return text;
#undef SHOWN
}

char *
read_text_file(const char *path, size_t *len)
{
	return read_text_file_at(AT_FDCWD, path, path, len);
}

/*
 * The folder, open: its files are found from it, a name each, not by their
 * whole path from the working directory every time (a thousand path walks).
 */
static int
open_folder(const char *dir)
{
	int			fd = open(dir, O_RDONLY | O_DIRECTORY | PG_BINARY);

	if (fd < 0)
		die(EXIT_ERROR, "could not open directory \"%s\": %m", escape_controls(dir, false));
	return fd;
}

/* the journal may not reach 1 GB either; say so rather than run out of room */
static void
ensure_room(StringInfo out, size_t more)
{
	if (more >= MaxAllocSize - (size_t) out->len - 1)
		die(EXIT_ERROR, "the migrations make a journal of 1 GB or more: PostgreSQL takes at most 1 GB in one value");
}

/* a migration.sql that exists but is not a regular file is refused, not skipped */
static bool
is_file(int dirfd, const char *name, const char *path)
{
	struct stat st;

	if (fstatat(dirfd, name, &st, 0) != 0)
		return false;
	if (!S_ISREG(st.st_mode))
		die(EXIT_ERROR, "\"%s\" is %s, not a regular file: migtrack reads only regular files",
			escape_controls(path, false), file_kind(st.st_mode));
	return true;
}

/*
 * JSON string literal of UTF-8 text: '"' and '\\' escaped, \n \r \t by name,
 * other control characters as \u00xx; everything else, bytes of 0x80 and
 * up included, as is.  The room is counted first, then every byte written
 * in place: a migration's text escapes a quote or a line end every few bytes.
 */
void
append_json_string(StringInfo out, const char *s)
{
	static const char hexdigits[] = "0123456789abcdef";
	/* bytes the escape adds: 5 for \u00xx, 1 for a two-character escape */
	static unsigned char extra[256];
	const unsigned char *p;
	size_t		needed = 2;
	char	   *w;

	if (extra[0] == 0)
	{
		int			c;

		for (c = 0; c < 0x20; c++)
			extra[c] = 5;
		extra['"'] = extra['\\'] = extra['\n'] = extra['\r'] = extra['\t'] = 1;
	}
	for (p = (const unsigned char *) s; *p; p++)
		needed += 1 + extra[*p];
	ensure_room(out, needed);
	enlargeStringInfo(out, (int) needed);
	w = out->data + out->len;
	*w++ = '"';
	for (p = (const unsigned char *) s; *p; p++)
	{
		if (extra[*p] == 0)
		{
			*w++ = (char) *p;
			continue;
		}
		*w++ = '\\';
		switch (*p)
		{
			case '"':
			case '\\':
				*w++ = (char) *p;
				break;
			case '\n':
				*w++ = 'n';
				break;
			case '\r':
				*w++ = 'r';
				break;
			case '\t':
				*w++ = 't';
				break;
			default:
				*w++ = 'u';
				*w++ = '0';
				*w++ = '0';
				*w++ = hexdigits[*p >> 4];
				*w++ = hexdigits[*p & 0xf];
		}
	}
	*w++ = '"';
	*w = '\0';
	out->len = (int) (w - out->data);
}

/*
 * The sha256 of the text in lowercase hex, as drizzle records it
 * (crypto.createHash("sha256").update(text).digest("hex"): the UTF-8 bytes
 * of the decoded text, BOM and line ends as they are) and as the server
 * computes it from "sql" (src/hash.c).
 */
static void
append_sha256_hex(StringInfo out, const char *text, size_t len)
{
	static const char hexdigits[] = "0123456789abcdef";
	uint8		digest[PG_SHA256_DIGEST_LENGTH];
	char		hex[PG_SHA256_DIGEST_LENGTH * 2];
	pg_cryptohash_ctx *ctx = pg_cryptohash_create(PG_SHA256);
	int			i;

	if (ctx == NULL || pg_cryptohash_init(ctx) < 0 ||
		pg_cryptohash_update(ctx, (const uint8 *) text, len) < 0 ||
		pg_cryptohash_final(ctx, digest, sizeof(digest)) < 0)
		die(EXIT_ERROR, "could not compute SHA-256 hash: %s", pg_cryptohash_error(ctx));
	pg_cryptohash_free(ctx);
	for (i = 0; i < PG_SHA256_DIGEST_LENGTH; i++)
	{
		hex[2 * i] = hexdigits[digest[i] >> 4];
		hex[2 * i + 1] = hexdigits[digest[i] & 0x0f];
	}
	ensure_room(out, sizeof(hex) + 2);
	appendStringInfoChar(out, '"');
	appendBinaryStringInfo(out, hex, sizeof(hex));
	appendStringInfoChar(out, '"');
}

/* a migration's content: "sql":<its text>, or "hash":<its sha256> */
static void
append_content(StringInfo out, const char *sql, size_t len, bool hashes)
{
	if (hashes)
	{
		appendStringInfoString(out, "\"hash\":");
		append_sha256_hex(out, sql, len);
	}
	else
	{
		appendStringInfoString(out, "\"sql\":");
		append_json_string(out, sql);
	}
}

/* ---- 0.x: find each entries[] element's tag and closing brace ---- */

typedef struct Entry
{
	char	   *tag;
	int			close;			/* offset of the element's '}' */
	int			fields;
} Entry;

typedef struct JournalScan
{
	JsonLexContext *lex;
	int			depth;			/* 1 = root object, 3 = an entry */
	bool		field_is_entries;	/* at depth 1 */
	bool		in_entries;
	bool		saw_entries;
	char	   *field;			/* current field name inside an entry */
	Entry	   *entries;
	int			count;
	int			allocated;
} JournalScan;

static JSON_ACTION_RESULT
scan_object_start(void *state)
{
	JournalScan *s = state;

	if (++s->depth == 3 && s->in_entries)
	{
		if (s->count == s->allocated)
		{
			s->allocated = s->allocated ? s->allocated * 2 : 16;
			s->entries = pg_realloc(s->entries, sizeof(Entry) * s->allocated);
		}
		memset(&s->entries[s->count], 0, sizeof(Entry));
	}
	JSON_ACTION_DONE;
}

static JSON_ACTION_RESULT
scan_object_end(void *state)
{
	JournalScan *s = state;

	if (s->depth == 3 && s->in_entries)
	{
		/* the lexer has consumed the '}', and only that, since the last token */
		s->entries[s->count].close = (int) (s->lex->prev_token_terminator - 1 - s->lex->input);
		s->count++;
	}
	s->depth--;
	JSON_ACTION_DONE;
}

static JSON_ACTION_RESULT
scan_array_start(void *state)
{
	JournalScan *s = state;

	if (++s->depth == 2 && s->field_is_entries)
		s->in_entries = s->saw_entries = true;
	JSON_ACTION_DONE;
}

static JSON_ACTION_RESULT
scan_array_end(void *state)
{
	JournalScan *s = state;

	if (s->depth-- == 2)
		s->in_entries = false;
	JSON_ACTION_DONE;
}

static JSON_ACTION_RESULT
scan_field(void *state, char *fname, bool isnull pg_attribute_unused())
{
	JournalScan *s = state;

	if (s->depth == 1)
		s->field_is_entries = strcmp(fname, "entries") == 0;
	else if (s->depth == 3 && s->in_entries)
	{
		s->field = fname;
		s->entries[s->count].fields++;
	}
	JSON_ACTION_DONE;
}

static JSON_ACTION_RESULT
scan_scalar(void *state, char *token, JsonTokenType type)
{
	JournalScan *s = state;

	if (s->depth == 3 && s->in_entries && s->field != NULL &&
		strcmp(s->field, "tag") == 0 && type == JSON_TOKEN_STRING)
		s->entries[s->count].tag = token;
	JSON_ACTION_DONE;
}

static void
bundle_journal(const char *dir, const char *journal_path, bool hashes, Bundle *bundle)
{
	size_t		len;
	char	   *text = read_text_file(journal_path, &len);
	JournalScan scan = {0};
	JsonSemAction sem = {0};
	JsonParseErrorType rc;
	StringInfoData out;
	int			copied = 0;
	int			folder;
	int			i;

	scan.lex = migtrack_json_lexer(text, (int) len);
	sem.semstate = &scan;
	sem.object_start = scan_object_start;
	sem.object_end = scan_object_end;
	sem.array_start = scan_array_start;
	sem.array_end = scan_array_end;
	sem.object_field_start = scan_field;
	sem.scalar = scan_scalar;
	rc = pg_parse_json(scan.lex, &sem);
	/* the frontend library has no json_errdetail() before 16: say where */
	if (rc != JSON_SUCCESS)
	{
		const char *at = scan.lex->token_start;

		if (at == NULL || *at == '\0')
			die(EXIT_ERROR, "\"%s\" is not valid JSON: it ends too early (line %d)",
				journal_path, scan.lex->line_number);
		die(EXIT_ERROR, "\"%s\" is not valid JSON: unexpected input at line %d: %.*s",
			journal_path, scan.lex->line_number, (int) Min(strcspn(at, "\r\n"), 20), at);
	}
	if (!scan.saw_entries)
		die(EXIT_ERROR, "\"%s\" has no \"entries\" array", journal_path);

	initStringInfo(&out);
	folder = open_folder(dir);
	for (i = 0; i < scan.count; i++)
	{
		Entry	   *e = &scan.entries[i];
		char	   *path;
		char	   *name;
		char	   *sql;
		size_t		sqllen;

		if (e->tag == NULL)
			die(EXIT_ERROR, "\"%s\": entries[%d] has no \"tag\"", journal_path, i);
		path = psprintf("%s/%s.sql", dir, e->tag);
		/* in the folder as drizzle joins them, even for a tag that starts with "/" */
		name = psprintf("./%s.sql", e->tag);
		sql = read_text_file_at(folder, name, path, &sqllen);
		pfree(name);

		ensure_room(&out, e->close - copied + 8);
		appendBinaryStringInfo(&out, text + copied, e->close - copied);
		if (e->fields > 0)
			appendStringInfoChar(&out, ',');
		append_content(&out, sql, sqllen, hashes);
		copied = e->close;
		free(sql);
		pfree(path);
		connect_advance();		/* the server starts a backend meanwhile */
	}
	close(folder);
	ensure_room(&out, len - copied);
	appendBinaryStringInfo(&out, text + copied, (int) len - copied);

	bundle->format = "0.x";
	bundle->count = scan.count;
	bundle->journal = out.data;
}

/* ---- 1.0: one folder per migration ---- */

static int
compare_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

static void
bundle_folders(const char *dir, bool hashes, Bundle *bundle)
{
	DIR		   *d = opendir(dir);
	int			folder;
	struct dirent *de;
	char	  **names = NULL;
	int			count = 0;
	int			allocated = 0;
	StringInfoData out;
	int			i;

	if (d == NULL)
		die(EXIT_ERROR, "could not open directory \"%s\": %m", dir);
	folder = dirfd(d);
	while ((de = readdir(d)) != NULL)
	{
		char	   *name;
		char	   *path;

		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		name = psprintf("%s/migration.sql", de->d_name);
		path = psprintf("%s/%s", dir, name);
		if (is_file(folder, name, path))
		{
			if (count == allocated)
			{
				allocated = allocated ? allocated * 2 : 64;
				names = pg_realloc(names, sizeof(char *) * allocated);
			}
			names[count++] = pg_strdup(de->d_name);
		}
		pfree(name);
		pfree(path);
	}
		if (count == 0)
		die(EXIT_ERROR, "\"%s\" is not a drizzle migrations folder: it has neither meta/_journal.json (drizzle-kit 0.x) nor */migration.sql (drizzle-kit 1.0)",
			dir);
	qsort(names, count, sizeof(char *), compare_strings);

	initStringInfo(&out);
	appendStringInfoString(&out, "{\"migrations\":[");
	for (i = 0; i < count; i++)
	{
		char	   *name = psprintf("%s/migration.sql", names[i]);
		char	   *path = psprintf("%s/%s", dir, name);
		size_t		len;
		char	   *sql = read_text_file_at(folder, name, path, &len);

		appendStringInfoString(&out, i > 0 ? ",{\"name\":" : "{\"name\":");
		append_json_string(&out, names[i]);
		appendStringInfoChar(&out, ',');
		append_content(&out, sql, len, hashes);
		appendStringInfoChar(&out, '}');
		free(sql);
		pfree(name);
		pfree(path);
		connect_advance();
	}
	appendStringInfoString(&out, "]}");
	closedir(d);

	bundle->format = "1.0";
	bundle->count = count;
	bundle->journal = out.data;
}

/*
 * drizzle-orm 1.0 refuses a folder with meta/_journal.json: it is 0.x.
 * hashes: each migration's sha256 instead of its text.
 */
void
bundle_folder(const char *dir, bool hashes, Bundle *bundle)
{
	struct stat st;
	char	   *journal = psprintf("%s/meta/_journal.json", dir);

	if (stat(dir, &st) != 0)
		die(EXIT_ERROR, "could not access \"%s\": %m", escape_controls(dir, false));
	if (!S_ISDIR(st.st_mode))
		die(EXIT_ERROR, "\"%s\" is not a directory", escape_controls(dir, false));
	if (stat(journal, &st) == 0)
		bundle_journal(dir, journal, hashes, bundle);
	else
		bundle_folders(dir, hashes, bundle);
	pfree(journal);
}

/* a migration's text as drizzle reads it (0.x: <tag>.sql; 1.0: <tag>/migration.sql), to run it */
char *
migration_text(const char *dir, const char *tag, const char *format)
{
	size_t		len;

	return read_text_file(psprintf(strcmp(format, "1.0") == 0 ? "%s/%s/migration.sql" : "%s/%s.sql", dir, tag),
						  &len);
}

/*
 * verify_do.c -- the DO blocks real migration folders contain, read as the
 * SQL they guard.
 *
 * A DO block runs PL/pgSQL, which migtrack does not interpret.  Two shapes
 * are common enough in real drizzle folders to be read instead:
 *
 *   drizzle-kit 0.20-0.29 wrapped every foreign key and enum:
 *     BEGIN <statement>; EXCEPTION WHEN duplicate_object THEN null; END
 *   hand-written guards:
 *     BEGIN IF [NOT] EXISTS (<query>) THEN <statements> END IF; ... END
 *
 * The statements of the first and of an IF NOT EXISTS guard are replayed
 * with "already exists" semantics: a statement whose object exists at that
 * point of the history does nothing.  Under IF EXISTS (a condition migtrack
 * cannot evaluate) only data changes, assertions (RAISE) and statements that
 * change nothing checked are accepted.  Any other block is unverifiable,
 * with the reason.
 */
#include "postgres.h"

#include "nodes/parsenodes.h"
#include "parser/parser.h"
#include "parser/scansup.h"

#include "verify.h"

typedef enum ItemKind
{
	ITEM_SQL,					/* a statement for PostgreSQL's parser */
	ITEM_RAISE,					/* RAISE ...: an assertion, no effect when it passed */
	ITEM_IF						/* IF [NOT] EXISTS (...) THEN items END IF */
} ItemKind;

typedef struct Item
{
	ItemKind	kind;
	char	   *sql;
	bool		negated;		/* IF NOT EXISTS */
	List	   *items;			/* of Item *, inside the IF */
} Item;

typedef struct Cursor
{
	const char *p;
	const char *end;
	const char *error;			/* why the body is not of a known shape */
} Cursor;

static void
skip_space(Cursor *c)
{
	for (;;)
	{
		while (c->p < c->end && scanner_isspace(*c->p))
			c->p++;
		if (c->end - c->p >= 2 && c->p[0] == '-' && c->p[1] == '-')
		{
			while (c->p < c->end && *c->p != '\n')
				c->p++;
		}
		else if (c->end - c->p >= 2 && c->p[0] == '/' && c->p[1] == '*')
		{
			const char *close = c->p + 2;

			while (close + 1 < c->end && !(close[0] == '*' && close[1] == '/'))
				close++;
			c->p = Min(close + 2, c->end);
		}
		else
			return;
	}
}

static bool
is_word_char(char ch)
{
	return isalnum((unsigned char) ch) || ch == '_' || IS_HIGHBIT_SET(ch);
}

/* the next word is word (any case): step over it */
static bool
keyword(Cursor *c, const char *word)
{
	size_t		len = strlen(word);

	skip_space(c);
	if ((size_t) (c->end - c->p) < len || pg_strncasecmp(c->p, word, len) != 0 ||
		(is_word_char(word[0]) && c->p + len < c->end && is_word_char(c->p[len])))
		return false;
	c->p += len;
	return true;
}

/*
 * The end of the SQL text starting at p: the first ';' outside quotes,
 * parentheses and dollar quotes (or the closing ')' when close_paren).
 * NULL if there is none.
 */
static const char *
sql_end(const char *p, const char *end, bool close_paren)
{
	int			depth = 0;

	while (p < end)
	{
		char		ch = *p;

		if (ch == '\'' || ch == '"')
		{
			for (p++; p < end; p++)
				if (*p == ch)
				{
					if (p + 1 < end && p[1] == ch)
						p++;	/* doubled quote */
					else
						break;
				}
		}
		else if (ch == '$')
		{
			const char *tag_end = p + 1;

			while (tag_end < end && is_word_char(*tag_end) && !isdigit((unsigned char) *tag_end))
				tag_end++;
			if (tag_end < end && *tag_end == '$')
			{
				size_t		taglen = tag_end - p + 1;
				const char *q = tag_end + 1;

				while (q + taglen <= end && strncmp(q, p, taglen) != 0)
					q++;
				if (q + taglen > end)
					return NULL;
				p = q + taglen - 1;
			}
		}
		else if (ch == '-' && p + 1 < end && p[1] == '-')
		{
			while (p < end && *p != '\n')
				p++;
		}
		else if (ch == '(')
			depth++;
		else if (ch == ')')
		{
			if (depth == 0 && close_paren)
				return p;
			depth--;
		}
		else if (ch == ';' && depth == 0 && !close_paren)
			return p;
		p++;
	}
	return NULL;
}

/* PL/pgSQL statements that are not SQL */
static bool
plpgsql_keyword(Cursor *c)
{
	static const char *const words[] = {"DECLARE", "PERFORM", "EXECUTE", "FOR", "FOREACH", "LOOP", "WHILE",
	"RETURN", "GET", "ELSE", "ELSIF", "ELSEIF", "CASE", "EXIT", "CONTINUE", "ASSERT", "CALL", "OPEN",
	"FETCH", "CLOSE", "COMMIT", "ROLLBACK", "BEGIN"};
	const char *at = c->p;
	int			i;

	for (i = 0; i < (int) lengthof(words); i++)
	{
		if (keyword(c, words[i]))
		{
			c->p = at;
			return true;
		}
		c->p = at;
	}
	return false;
}

/* items up to the terminator END (of the block) or END IF */
static List *
parse_items(Cursor *c, bool in_if)
{
	List	   *items = NIL;

	for (;;)
	{
		const char *at;
		const char *stop;
		Item	   *item;

		skip_space(c);
		at = c->p;
		if (keyword(c, "END"))
		{
			if (in_if ? keyword(c, "IF") && keyword(c, ";") : true)
				return items;
			c->error = "an END the block does not expect";
			return NIL;
		}
		c->p = at;
		if (!in_if && keyword(c, "EXCEPTION"))
		{
			c->p = at;
			return items;
		}
		item = palloc0(sizeof(Item));
		if (keyword(c, "IF"))
		{
			item->kind = ITEM_IF;
			item->negated = keyword(c, "NOT");
			if (!keyword(c, "EXISTS") || !keyword(c, "("))
			{
				c->error = "an IF whose condition is not [NOT] EXISTS (query)";
				return NIL;
			}
			stop = sql_end(c->p, c->end, true);
			if (stop == NULL)
			{
				c->error = "an unbalanced parenthesis";
				return NIL;
			}
			c->p = stop + 1;
			if (!keyword(c, "THEN"))
			{
				c->error = "an IF with more than one condition";
				return NIL;
			}
			item->items = parse_items(c, true);
			if (c->error)
				return NIL;
		}
		else if (keyword(c, "RAISE") || keyword(c, "NULL"))
		{
			item->kind = ITEM_RAISE;
			stop = sql_end(c->p, c->end, false);
			if (stop == NULL)
			{
				c->error = "a statement without its semicolon";
				return NIL;
			}
			c->p = stop + 1;
		}
		else if (plpgsql_keyword(c))
		{
			c->error = "PL/pgSQL code: a loop, dynamic SQL, PERFORM, ...";
			return NIL;
		}
		else
		{
			item->kind = ITEM_SQL;
			stop = sql_end(c->p, c->end, false);
			if (stop == NULL || stop == c->p)
			{
				c->error = "a statement without its semicolon";
				return NIL;
			}
			item->sql = pnstrdup(c->p, stop - c->p);
			c->p = stop + 1;
		}
		items = lappend(items, item);
	}
}

/* an item's statements, parsed in the parse context; NULL and unverifiable on an error */
static List *
parse_item(Replay *r, Item *item, bool *ok)
{
	MemoryContext old = MemoryContextSwitchTo(r->parse_cxt);
	char	   *error;
	List	   *stmts = parse_guarded(item->sql, &error);

	MemoryContextSwitchTo(old);
	*ok = error == NULL;
	if (error)
		replay_unverifiable(r, "a statement in a DO block does not parse here: %s", error);
	return stmts;
}

/* under a condition migtrack cannot evaluate: data and no-ops only */
static bool
replay_conditional(Replay *r, List *items)
{
	ListCell   *lc;
	ListCell   *sc;
	bool		ok;

	foreach(lc, items)
	{
		Item	   *item = lfirst(lc);
		List	   *stmts;

		if (item->kind == ITEM_RAISE)
			continue;
		if (item->kind == ITEM_IF)
		{
			if (!replay_conditional(r, item->items))
				return false;
			continue;
		}
		stmts = parse_item(r, item, &ok);
		if (!ok)
			return false;
		foreach(sc, stmts)
			if (!replay_without_facts(r, ((RawStmt *) lfirst(sc))->stmt))
			{
				replay_unverifiable(r, "a schema change under IF EXISTS in a DO block (a condition migtrack cannot evaluate)");
				return false;
			}
	}
	return true;
}

static void
replay_items(Replay *r, List *items, bool if_not_exists)
{
	ListCell   *lc;
	ListCell   *sc;
	bool		ok;

	foreach(lc, items)
	{
		Item	   *item = lfirst(lc);
		List	   *stmts;

		switch (item->kind)
		{
			case ITEM_RAISE:
				break;
			case ITEM_IF:
				if (item->negated)
					replay_items(r, item->items, true);
				else
					replay_conditional(r, item->items);
				break;
			case ITEM_SQL:
				stmts = parse_item(r, item, &ok);
				if (!ok)
					return;
				foreach(sc, stmts)
				{
					bool		outer = r->if_not_exists;

					r->if_not_exists = if_not_exists || outer;
					replay_statement(r, ((RawStmt *) lfirst(sc))->stmt);
					r->if_not_exists = outer;
				}
				break;
		}
	}
}

void
replay_do(Replay *r, DoStmt *stmt)
{
	const char *body = NULL;
	const char *language = "plpgsql";
	Cursor		c;
	List	   *items;
	bool		duplicate_object = false;
	ListCell   *lc;

	foreach(lc, stmt->args)
	{
		DefElem    *d = lfirst(lc);

		if (strcmp(d->defname, "as") == 0)
			body = strVal(d->arg);
		else if (strcmp(d->defname, "language") == 0)
			language = strVal(d->arg);
	}
	if (body == NULL || strcmp(language, "plpgsql") != 0)
	{
		replay_unverifiable(r, "a DO block in language %s", language);
		return;
	}
	c.p = body;
	c.end = body + strlen(body);
	c.error = NULL;
	if (keyword(&c, "DECLARE"))
		c.error = "a DECLARE section: PL/pgSQL code with variables";
	else if (!keyword(&c, "BEGIN"))
		c.error = "no BEGIN";
	items = c.error ? NIL : parse_items(&c, false);
	/* drizzle-kit's wrapper: already existing is not an error */
	if (c.error == NULL && keyword(&c, "EXCEPTION"))
	{
		if (keyword(&c, "WHEN") && keyword(&c, "duplicate_object") && keyword(&c, "THEN") &&
			keyword(&c, "null") && keyword(&c, ";") && keyword(&c, "END"))
			duplicate_object = true;
		else
			c.error = "an EXCEPTION clause other than drizzle-kit's WHEN duplicate_object THEN null";
	}
	if (c.error == NULL)
	{
		keyword(&c, ";");
		skip_space(&c);
		if (c.p != c.end)
			c.error = "text after its END";
	}
	if (c.error)
	{
		replay_unverifiable(r, "a DO block migtrack cannot read (%s)", c.error);
		return;
	}
	replay_items(r, items, duplicate_object);
}

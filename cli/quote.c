/*
 * quote.c -- text that is safe to print, and words that are safe to paste.
 *
 * Migration tags, folder names and the server's sentences can hold any
 * character.  Nothing the client prints may drive the terminal (control
 * characters are shown escaped, as \n or \x1b), and every command it
 * suggests must do, once pasted into a shell, exactly what it says: each
 * value is one shell word, quoted when it holds anything but the characters
 * no shell treats specially.
 */
#include "migtrack_cli.h"

#include "lib/stringinfo.h"

/*
 * Length of the control character at s, or 0: C0 controls and DEL (one
 * byte), C1 controls U+0080..U+009F (two bytes in UTF-8), which some
 * terminals obey as well.
 */
static int
control_length(const unsigned char *s)
{
	if (s[0] < 0x20 || s[0] == 0x7f)
		return 1;
	if (s[0] == 0xc2 && s[1] >= 0x80 && s[1] <= 0x9f)
		return 2;
	return 0;
}

static void
append_escaped_control(StringInfo out, const unsigned char *s, int len)
{
	if (len == 2)
		appendStringInfo(out, "\\u%04x", s[1]);
	else if (s[0] == '\n')
		appendStringInfoString(out, "\\n");
	else if (s[0] == '\r')
		appendStringInfoString(out, "\\r");
	else if (s[0] == '\t')
		appendStringInfoString(out, "\\t");
	else
		appendStringInfo(out, "\\x%02x", s[0]);
}

/*
 * text with every control character escaped; with keep_layout, newlines and
 * tabs are kept (libpq's and the server's multi-line messages), which move
 * the cursor but never drive the terminal
 */
char *
escape_controls(const char *text, bool keep_layout)
{
	const unsigned char *s = (const unsigned char *) (text ? text : "");
	const unsigned char *run = s;
	StringInfoData out;

	/* most text has none: a copy of its size, not a buffer of a kilobyte (thousands of lines) */
	if (!has_controls(text, keep_layout))
		return pstrdup((const char *) s);
	initStringInfo(&out);
	/* runs without a control character copied whole */
	while (*s)
	{
		int			len = control_length(s);

		if (len == 0 || (keep_layout && (*s == '\n' || *s == '\t')))
		{
			s++;
			continue;
		}
		appendBinaryStringInfo(&out, (const char *) run, (int) (s - run));
		append_escaped_control(&out, s, len);
		s += len;
		run = s;
	}
	appendBinaryStringInfo(&out, (const char *) run, (int) (s - run));
	return out.data;
}

/* would escape_controls() change text? */
bool
has_controls(const char *text, bool keep_layout)
{
	const unsigned char *s = (const unsigned char *) (text ? text : "");

	for (; *s; s++)
		if (control_length(s) != 0 && !(keep_layout && (*s == '\n' || *s == '\t')))
			return true;
	return false;
}

/*
 * One shell word for word.  As is when it holds only [A-Za-z0-9_./:=,@%+-]
 * (and is not empty); else in single quotes, each ' written '\''; and when it
 * holds control characters, which no POSIX quoting can show without printing
 * them raw, as $'...' with \n, \xHH escapes (bash, zsh, ksh, busybox sh and
 * POSIX.1-2024 shells understand it; dash before 0.5.13 does not).
 */
char *
shell_quote(const char *word)
{
	const unsigned char *s;
	bool		plain = word[0] != '\0';
	bool		controls = false;
	StringInfoData out;

	for (s = (const unsigned char *) word; *s; s++)
	{
		if (!((*s >= 'A' && *s <= 'Z') || (*s >= 'a' && *s <= 'z') ||
			  (*s >= '0' && *s <= '9') || strchr("_./:=,@%+-", *s) != NULL))
			plain = false;
		if (control_length(s) > 0)
			controls = true;
	}
	if (plain)
		return pg_strdup(word);

	initStringInfo(&out);
	if (!controls)
	{
		appendStringInfoChar(&out, '\'');
		for (s = (const unsigned char *) word; *s; s++)
		{
			if (*s == '\'')
				appendStringInfoString(&out, "'\\''");
			else
				appendStringInfoChar(&out, (char) *s);
		}
		appendStringInfoChar(&out, '\'');
		return out.data;
	}

	appendStringInfoString(&out, "$'");
	for (s = (const unsigned char *) word; *s;)
	{
		int			len = control_length(s);

		if (len == 2)
		{
			appendStringInfo(&out, "\\x%02x\\x%02x", s[0], s[1]);
			s += 2;
		}
		else if (len == 1)
			append_escaped_control(&out, s++, 1);
		else if (*s == '\'' || *s == '\\')
		{
			appendStringInfoChar(&out, '\\');
			appendStringInfoChar(&out, (char) *s++);
		}
		else
			appendStringInfoChar(&out, (char) *s++);
	}
	appendStringInfoChar(&out, '\'');
	return out.data;
}

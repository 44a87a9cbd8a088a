/*
 * utf8.c -- decode bytes to text exactly as Node's Buffer#toString() does.
 *
 * drizzle-orm hashes fs.readFileSync(path).toString(): valid UTF-8 passes
 * through unchanged (BOM included); every maximal subpart of an invalid
 * sequence becomes one U+FFFD, per the WHATWG Encoding Standard's UTF-8
 * decoder.  The hash is then that of the repaired text, not of the bytes.
 */
#include "migtrack_cli.h"

static const char replacement[] = "\xEF\xBF\xBD";	/* U+FFFD in UTF-8 */

char *
utf8_decode_like_node(const char *bytes, size_t len, size_t *outlen)
{
	const unsigned char *in = (const unsigned char *) bytes;
	/* each input byte yields at most one U+FFFD (3 bytes) */
	char	   *out = pg_malloc(len * 3 + 1);
	size_t		o = 0;
	size_t		i = 0;
	size_t		start = 0;		/* first byte of the sequence being read */
	int			needed = 0;
	int			seen = 0;
	unsigned char lower = 0x80;
	unsigned char upper = 0xBF;

	while (i < len)
	{
		unsigned char b = in[i];

		if (needed == 0)
		{
			start = i++;
			if (b <= 0x7F)
				out[o++] = (char) b;
			else if (b >= 0xC2 && b <= 0xDF)
				needed = 1;
			else if (b >= 0xE0 && b <= 0xEF)
			{
				if (b == 0xE0)
					lower = 0xA0;
				if (b == 0xED)
					upper = 0x9F;
				needed = 2;
			}
			else if (b >= 0xF0 && b <= 0xF4)
			{
				if (b == 0xF0)
					lower = 0x90;
				if (b == 0xF4)
					upper = 0x8F;
				needed = 3;
			}
			else
			{
				memcpy(out + o, replacement, 3);
				o += 3;
			}
			continue;
		}

		if (b < lower || b > upper)
		{
			/* the sequence so far is one error; b starts afresh */
			needed = seen = 0;
			lower = 0x80;
			upper = 0xBF;
			memcpy(out + o, replacement, 3);
			o += 3;
			continue;
		}
		lower = 0x80;
		upper = 0xBF;
		i++;
		if (++seen == needed)
		{
			memcpy(out + o, bytes + start, i - start);
			o += i - start;
			needed = seen = 0;
		}
	}
	if (needed != 0)
	{
		memcpy(out + o, replacement, 3);
		o += 3;
	}
	out[o] = '\0';
	*outlen = o;
	return out;
}

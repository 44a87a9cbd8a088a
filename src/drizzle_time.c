/*
 * drizzle_time.c -- JavaScript Date arithmetic, as drizzle-orm relies on it.
 *
 * drizzle 1.0 derives created_at from a folder name with
 * Date.UTC(YYYY, MM - 1, DD, hh, mm, ss); Date.UTC normalises out-of-range
 * fields (month 13 is January of the next year) and maps years 0..99 to
 * 1900..1999.  We reproduce ECMA-262's MakeDay/MakeTime exactly, and print
 * created_at the way Date.prototype.toISOString does.
 */
#include "postgres.h"

#include "datatype/timestamp.h"

#include "migtrack.h"

#define MS_PER_DAY INT64CONST(86400000)

/* days since 1970-01-01 of a proleptic Gregorian date (month 1..12) */
static int64
days_from_civil(int64 y, int m, int d)
{
	int64		era;
	int64		yoe;
	int64		doy;
	int64		doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

static void
civil_from_days(int64 z, int64 *y, int *m, int *d)
{
	int64		era;
	int64		doe;
	int64		yoe;
	int64		doy;
	int64		mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int) (doy - (153 * mp + 2) / 5 + 1);
	*m = (int) (mp < 10 ? mp + 3 : mp - 9);
	*y = yoe + era * 400 + (*m <= 2);
}

static int64
digits(const char *s, int n)
{
	int64		v = 0;

	while (n-- > 0)
		v = v * 10 + (*s++ - '0');
	return v;
}

/* Date.UTC of the name's first 14 characters; false if they are not digits */
bool
drizzle_millis_from_name(const char *name, int64 *millis)
{
	int64		year;
	int64		month;
	int64		day;

	if (strlen(name) < 14 || strspn(name, "0123456789") < 14)
		return false;

	year = digits(name, 4);
	if (year <= 99)
		year += 1900;
	month = digits(name + 4, 2) - 1;	/* -1 .. 98 */
	year += month >= 0 ? month / 12 : -1;
	month = month >= 0 ? month % 12 : 11;
	day = days_from_civil(year, (int) month + 1, 1) + digits(name + 6, 2) - 1;

	*millis = day * MS_PER_DAY
		+ digits(name + 8, 2) * INT64CONST(3600000)
		+ digits(name + 10, 2) * INT64CONST(60000)
		+ digits(name + 12, 2) * INT64CONST(1000);
	return true;
}

/* value's last n decimal digits at p, zero-padded */
static void
put_digits(char *p, int64 value, int n)
{
	while (n-- > 0)
	{
		p[n] = (char) ('0' + value % 10);
		value /= 10;
	}
}

/*
 * new Date(millis).toISOString(), e.g. 2026-11-24T19:38:20.297Z; NULL past
 * JavaScript's Date range (8.64e15 ms either way), where it throws.
 */
char *
drizzle_iso_string(int64 millis)
{
	int64		days = millis / MS_PER_DAY;
	int64		ms = millis % MS_PER_DAY;
	int64		year;
	int			month;
	int			day;

	if (millis > INT64CONST(8640000000000000) || millis < -INT64CONST(8640000000000000))
		return NULL;

	if (ms < 0)
	{
		ms += MS_PER_DAY;
		days--;
	}
	civil_from_days(days, &year, &month, &day);
	/* toISOString: four-digit years (by hand: one per migration and row), else a sign and six digits */
	if (year >= 0 && year <= 9999)
	{
		char	   *iso = palloc(sizeof("YYYY-MM-DDTHH:MM:SS.mmmZ"));

		put_digits(iso, year, 4);
		iso[4] = '-';
		put_digits(iso + 5, month, 2);
		iso[7] = '-';
		put_digits(iso + 8, day, 2);
		iso[10] = 'T';
		put_digits(iso + 11, ms / 3600000, 2);
		iso[13] = ':';
		put_digits(iso + 14, ms / 60000 % 60, 2);
		iso[16] = ':';
		put_digits(iso + 17, ms / 1000 % 60, 2);
		iso[19] = '.';
		put_digits(iso + 20, ms % 1000, 3);
		iso[23] = 'Z';
		iso[24] = '\0';
		return iso;
	}
	return psprintf("%+07lld-%02d-%02dT%02d:%02d:%02d.%03dZ",
					(long long) year, month, day,
					(int) (ms / 3600000), (int) (ms / 60000 % 60),
					(int) (ms / 1000 % 60), (int) (ms % 1000));
}

TimestampTz
drizzle_millis_to_timestamptz(int64 millis)
{
	return (TimestampTz) ((millis - (int64) (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE)
						   * MS_PER_DAY) * 1000);
}

/* the same, for messages: String(new Date(millis)) says "Invalid Date" out of range */
char *
drizzle_date_text(int64 millis)
{
	char	   *iso = drizzle_iso_string(millis);

	return iso != NULL ? iso : pstrdup("Invalid Date");
}

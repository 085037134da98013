/*
 * compat.c — when two event mentions may report the same event: actor merge keys,
 * CAMEO code compatibility, day numbers for the date window (rules in merge.h and
 * docs/schema.md).
 */
#include <string.h>
#include "merge/merge.h"
#include "util/util.h"

static int S_is_generic(const char *c)
{
    return strlen(c) == 3 && c[2] == '0';
}

int dyad_codes_compatible(const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    if (na < 2 || nb < 2 || strncmp(a, b, 2))
        return 0;
    if (na == nb)
        return !strcmp(a, b) || S_is_generic(a) || S_is_generic(b);
    const char *shortc = na < nb ? a : b, *longc = na < nb ? b : a;
    return !strncmp(shortc, longc, strlen(shortc)) || S_is_generic(shortc);
}

static int S_digits(const char *s, int n, int *out)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 1;
}

long dyad_day_number(const char *date, int *ok)
{
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int y, m, d;
    *ok = 0;
    if (strlen(date) != 10 || date[4] != '-' || date[7] != '-' || !S_digits(date, 4, &y) ||
        !S_digits(date + 5, 2, &m) || !S_digits(date + 8, 2, &d) || m < 1 || m > 12 ||
        d < 1 || d > mdays[m - 1])
        return 0;
    if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)))
        return 0;
    *ok = 1;
    return dyad_days_from_civil(y, m, d);
}

/*
 * date.c — recognise the calendar dates that news metadata and datelines use and turn
 * them into "YYYY-MM-DD". A hand-written scanner rather than strptime: it must accept
 * the abbreviations of wire copy ("Aug.", "Sept.") and never read past n bytes.
 */
#include <stdio.h>
#include <string.h>
#include "clean/clean.h"

static const struct {
    const char *name;
    unsigned char len, month;
} S_months[] = {
    {"january", 7, 1}, {"february", 8, 2}, {"march", 5, 3},    {"april", 5, 4},
    {"may", 3, 5},     {"june", 4, 6},     {"july", 4, 7},     {"august", 6, 8},
    {"september", 9, 9}, {"october", 7, 10}, {"november", 8, 11}, {"december", 8, 12},
    {"jan", 3, 1},     {"feb", 3, 2},      {"mar", 3, 3},      {"apr", 3, 4},
    {"jun", 3, 6},     {"jul", 3, 7},      {"aug", 3, 8},      {"sept", 4, 9},
    {"sep", 3, 9},     {"oct", 3, 10},     {"nov", 3, 11},     {"dec", 3, 12},
};

static const char *const S_days[] = {"monday", "tuesday", "wednesday", "thursday",
                                     "friday", "saturday", "sunday", "mon", "tue",
                                     "tues", "wed", "thu", "thurs", "fri", "sat", "sun"};

static int S_alpha(int c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static int S_digit(int c) { return c >= '0' && c <= '9'; }

/* Length of the letters run at s (at most n). */
static size_t S_word(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && S_alpha((unsigned char)s[i]))
        i++;
    return i;
}

static int S_ieq(const char *s, size_t n, const char *lower)
{
    if (!n || (s[0] | 32) != lower[0] || strlen(lower) != n)
        return 0;
    for (size_t i = 0; i < n; i++)
        if ((s[i] | 32) != lower[i])
            return 0;
    return 1;
}

/* A month name (full or abbreviated, optional '.') at s: month number, *used set. */
static int S_month(const char *s, size_t n, size_t *used)
{
    size_t w = S_word(s, n);
    for (size_t k = 0; k < sizeof S_months / sizeof *S_months; k++) {
        if (S_ieq(s, w, S_months[k].name)) {
            *used = w + (w < n && s[w] == '.' && w <= 4);
            return S_months[k].month;
        }
    }
    return 0;
}

/* Up to `max` digits at s: value, *used digits (0 when none). */
static int S_num(const char *s, size_t n, size_t max, size_t *used)
{
    int v = 0;
    size_t i = 0;
    while (i < n && i < max && S_digit((unsigned char)s[i]))
        v = v * 10 + (s[i++] - '0');
    *used = i;
    return v;
}

static size_t S_spaces(const char *s, size_t n, size_t i)
{
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i;
}

static int S_valid(int y, int m, int d)
{
    static const unsigned char mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return y >= 1000 && y <= 2999 && m >= 1 && m <= 12 && d >= 1 && d <= mdays[m - 1];
}

static size_t S_out(int y, int m, int d, size_t used, char out[11])
{
    if (!S_valid(y, m, d))
        return 0;
    char tmp[32];
    snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y, m, d);
    memcpy(out, tmp, 11);
    return used;
}

size_t dyad_date_parse(const char *s, size_t n, int year, char out[11])
{
    size_t i = 0, u;
    out[0] = '\0';
    /* numeric forms: 2024-05-20, 2024/05/20, 20240520 */
    int y = S_num(s, n, 4, &u);
    if (u == 4) {
        if (u < n && (s[u] == '-' || s[u] == '/')) {
            size_t um, ud;
            int m = S_num(s + 5, n - 5, 2, &um);
            if (um == 0 || 5 + um >= n || s[5 + um] != s[4])
                return 0;
            int d = S_num(s + 6 + um, n - 6 - um, 2, &ud);
            if (ud == 0 || (6 + um + ud < n && S_digit((unsigned char)s[6 + um + ud])))
                return 0;
            return S_out(y, m, d, 6 + um + ud, out);
        }
        size_t u8;
        int v = S_num(s, n, 8, &u8);
        if (u8 == 8 && (u8 == n || !S_digit((unsigned char)s[8])))
            return S_out(v / 10000, v / 100 % 100, v % 100, 8, out);
        return 0;
    }
    /* optional weekday: "Monday, " / "Mon " */
    size_t w = S_word(s, n);
    for (size_t k = 0; k < sizeof S_days / sizeof *S_days; k++) {
        if (w && S_ieq(s, w, S_days[k])) {
            i = w;
            if (i < n && s[i] == '.')
                i++;
            if (i < n && s[i] == ',')
                i++;
            i = S_spaces(s, n, i);
            break;
        }
    }
    int m = 0, d = 0;
    y = 0;
    if (i < n && S_digit((unsigned char)s[i])) {
        /* 20 May 2024 */
        d = S_num(s + i, n - i, 2, &u);
        i += u;
        if (i < n && s[i] == '.')
            i++;
        size_t j = S_spaces(s, n, i);
        if (j == i || !(m = S_month(s + j, n - j, &u)))
            return 0;
        i = j + u;
    } else {
        /* May 20, 2024 / Aug. 6 */
        if (!(m = S_month(s + i, n - i, &u)))
            return 0;
        size_t j = S_spaces(s, n, i + u);
        if (j == i + u)
            return 0;
        d = S_num(s + j, n - j, 2, &u);
        if (!u)
            return 0;
        i = j + u;
        if (i + 1 < n && S_alpha((unsigned char)s[i]) && S_alpha((unsigned char)s[i + 1]) &&
            (S_ieq(s + i, 2, "st") || S_ieq(s + i, 2, "nd") || S_ieq(s + i, 2, "rd") ||
             S_ieq(s + i, 2, "th")))
            i += 2;
    }
    if (i < n && S_alpha((unsigned char)s[i]))
        return 0;
    /* year: ", 2024" or " 2024" */
    size_t j = i;
    if (j < n && s[j] == ',')
        j++;
    j = S_spaces(s, n, j);
    size_t uy;
    int yy = S_num(s + j, n - j, 4, &uy);
    if (uy == 4 && (j + 4 == n || !S_digit((unsigned char)s[j + 4])))
        y = yy, i = j + 4;
    else if (year)
        y = year;
    else
        return 0;
    return S_out(y, m, d, i, out);
}

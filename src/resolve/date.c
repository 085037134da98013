/*
 * date.c — the date of an event: a date written in the event's clause, a relative
 * expression anchored to the article date, or the article date itself.
 *
 * Algorithm: scan the sentence once for time expressions (word tables, no regular
 * expressions); attach each to a verb; keep those attached to the event verb; resolve
 * the best one against the article date with the event verb's tense.
 *
 * Expressions (Penn Treebank tokens; months and weekdays must be capitalised):
 *   explicit  2019-08-12 | Aug. 12, 2019 | August 12 2019 | 12 August 2019 | August 2019
 *             | on August 12 / Aug. 12th / August 12-14 (year inferred, see below)
 *             | in/during/by/of/from/between March (year inferred) | in 2018 | (1972)
 *             | at/during/in/on the 2018 summit (a year modifying a noun counts only
 *             behind one of these prepositions: "criticised the 2018 summit" does not)
 *   relative  yesterday, today, tonight, tomorrow, last night, this morning
 *             | (on|last|next|this) Monday [night|morning|...]
 *             | last/this/next week|weekend|month|year, earlier/later this month|year,
 *               later in the week|month|year
 *             | over/during the weekend
 *             | N days|weeks|months|years ago, last/next March
 *             | in the summer, last autumn, next spring (the year the season starts in)
 *   skipped   (matched so they are not misread, never used): since/until/before/after X
 *             (except "Since August 2022, when X ...", which dates X), a possessive
 *             ("last month's deportations") unless its noun is the subject or follows
 *             in/during/at ("Monday's attack killed", "killed in Tuesday's attack"),
 *             decades ("the 1990s": no decade form exists in the record), "the past
 *             week" and "the coming days" (durations), "a few days ago", "the next day"
 *             (relative to another event).
 * Resolution (article date A, tense of the event verb from modality analysis):
 *   - weekdays: past tense -> the most recent such day on or before A, future/planned ->
 *     the next on or after A, present/unknown -> the nearest; "last Friday" is strictly
 *     before A (2024-01-02 -> 2023-12-29), "next Friday" strictly after.
 *   - a month (and day) without a year: past -> the latest not after A, future -> the
 *     earliest not before A, present -> this year unless more than six months away. A
 *     year expression attached to the same verb supplies the year ("In 2019, ... on
 *     August 12"). Impossible dates (Feb 29 2023, April 31) are ignored.
 *   - weeks have no form in the record: last/this/next week give the month (YYYY-MM) of
 *     that week's Thursday; "N weeks ago" the month of A - 7N days; a weekend gives its
 *     Saturday.
 *   - ranges ("from Monday to Wednesday", "August 12-14", "between 2018 and 2020") give
 *     their start: the expression nearest the verb, or the first number of a range.
 * Attachment: with a dependency parse, an expression belongs to the first verb above its
 * head. Without one, to the nearest verb heading its own group, where crossing a comma
 * or "and" costs 3 tokens and crossing that/if/whether/because/which (a new clause) or
 * an infinitive's "to" ("urged X on Tuesday to force") costs 10;
 * ties go to the verb on the left. The event verb also takes expressions of a verb it is
 * the purpose of ("met on Monday to discuss": discuss) and of a verb coordinated with it
 * ("attacked and seized the town on Monday", also past a place set off by commas: "met in
 * the capital, Bangui, and signed"), of a gerund it takes as its object ("stopped
 * supplying weapons on Wednesday"), of its purpose infinitive ("launched an
 * operation to flush out ... in 2015"), of the verb its participle or gerund clause hangs
 * from or that hangs from it ("declared martial law on Tuesday, accusing ...", "by
 * imposing"; not a gerund inside another gerund's clause), of a participle describing its
 * object ("held a summit lasting three hours on Monday", a day, not a bare year), of a
 * ", when" clause after the expression ("in 2013, when both countries withdrew their
 * ambassadors") and of a "when" clause after the event's own
 * words ("to visit Cuba when Air Force One landed in Havana on Sunday"). Expressions
 * inside the source or target words describe those actors and are not used, except where
 * the parser hung the event's time on a noun: a day or relative expression behind a
 * preposition at their end ("shelled towns inside Armenia on Tuesday"), a bare weekday
 * after a noun ("called a meeting Wednesday of the Council") and a time that opens them
 * before a comma ("Last week, Cameroon and C.A.R. officials met"). An event in an
 * "N days/hours/weeks after|before" clause with no expression of its own takes the
 * date of the clause the phrase hangs from, moved by N ("hit Odesa on Saturday, a day
 * after Moscow and Kyiv signed a deal": Friday; "days after": that month). Among several, the finest (day, month,
 * year) wins, then the nearest. A participle clause after a comma takes the time of the
 * verb before it ("declared martial law on Tuesday, accusing ..."). An event with no
 * expression of its own inside a clause of a reporting verb ("said on Friday that the US
 * was terminating ...") takes the statement's date, unless it is planned or future.
 * Unknown article date: relative expressions and years to infer cannot be anchored, so
 * only dates with a written year are used; otherwise the date is "" (basis article).
 */
#include <stdio.h>
#include <string.h>
#include "resolve/resolve.h"
#include "util/util.h"

#define S_N(a) (sizeof(a) / sizeof((a)[0]))

/* ---------------------------------------------------------------- calendar */

static int S_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static int S_mdays(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && S_leap(y) ? 29 : d[m - 1];
}

/* Days since 1970-01-01 (H. Hinnant's days_from_civil). */
static long S_days(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static void S_civil(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* 0 = Sunday .. 6 = Saturday; 1970-01-01 was a Thursday. */
static int S_wday(long z)
{
    return (int)(((z % 7) + 11) % 7);
}

/* Parse "YYYY-MM-DD", "YYYYMMDD", "YYYY-MM" or "YYYY" (n bytes); gran 3/2/1, 0 bad. */
static int S_parse_date(const char *p, size_t n, int *y, int *m, int *d)
{
    int v[8];
    size_t k = 0, nd = 0;
    int sep = 0;
    for (; k < n && nd < 8; k++) {
        if (p[k] >= '0' && p[k] <= '9')
            v[nd++] = p[k] - '0';
        else if (p[k] == '-' && (nd == 4 || nd == 6))
            sep++;
        else
            return 0;
    }
    if (k != n || (sep && sep != (int)(nd - 4) / 2))
        return 0;
    if (nd != 4 && nd != 6 && nd != 8)
        return 0;
    *y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
    *m = nd >= 6 ? v[4] * 10 + v[5] : 1;
    *d = nd == 8 ? v[6] * 10 + v[7] : 1;
    if (*y < 1000 || *y > 9998 || *m < 1 || *m > 12 || *d < 1 || *d > S_mdays(*y, *m))
        return 0;
    return nd == 8 ? 3 : nd == 6 ? 2 : 1;
}

int dyad_date_is_historical(const char *date, const char *article_date, int days)
{
    int y, m, d, ay, am, ad;
    if (!date || !article_date)
        return 0;
    int g = S_parse_date(date, strlen(date), &y, &m, &d);
    if (!g || S_parse_date(article_date, strlen(article_date), &ay, &am, &ad) != 3)
        return 0;
    if (g == 1)
        m = 12;
    if (g <= 2)
        d = S_mdays(y, m); /* a year or month counts by its last day */
    return S_days(ay, am, ad) - S_days(y, m, d) > days;
}

/* ---------------------------------------------------------------- words */

/* Words that time expressions start with, sorted by strcmp: 100 + month, 200 + weekday
 * (0 = Sunday), 300 + a count ("a", "two"), 1 another trigger ("last", "summer"). */
static const struct S_tw {
    const char *w;
    int code;
} S_timew[] = {
    {"a", 301}, {"an", 301}, {"apr", 104}, {"apr.", 104}, {"april", 104}, {"aug", 108},
    {"aug.", 108}, {"august", 108}, {"autumn", 1}, {"coming", 1}, {"dec", 112},
    {"dec.", 112}, {"december", 112}, {"eight", 308}, {"eleven", 311}, {"fall", 1},
    {"feb", 102}, {"feb.", 102}, {"february", 102}, {"few", 1}, {"five", 305},
    {"following", 1}, {"four", 304}, {"friday", 205}, {"jan", 101}, {"jan.", 101},
    {"january", 101}, {"jul", 107}, {"jul.", 107}, {"july", 107}, {"jun", 106},
    {"jun.", 106}, {"june", 106}, {"last", 1}, {"later", 1}, {"mar", 103}, {"mar.", 103},
    {"march", 103}, {"may", 105}, {"may.", 105}, {"monday", 201}, {"next", 1}, {"nine", 309}, {"nov", 111},
    {"nov.", 111}, {"november", 111}, {"oct", 110}, {"oct.", 110}, {"october", 110},
    {"one", 301}, {"past", 1}, {"previous", 1}, {"saturday", 206}, {"sep", 109},
    {"sep.", 109}, {"sept", 109}, {"sept.", 109}, {"september", 109}, {"seven", 307},
    {"several", 1}, {"six", 306}, {"spring", 1}, {"summer", 1}, {"sunday", 200},
    {"ten", 310}, {"this", 1}, {"three", 303}, {"thursday", 204}, {"today", 1},
    {"tomorrow", 1}, {"tonight", 1}, {"tuesday", 202}, {"twelve", 312}, {"two", 302},
    {"wednesday", 203}, {"weekend", 1}, {"winter", 1}, {"yesterday", 1},
};

static int S_time_code(const char *w)
{
    size_t lo = 0, hi = S_N(S_timew);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(w, S_timew[mid].w);
        if (c == 0)
            return S_timew[mid].code;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

int dyad_rs_date_table_ok(void)
{
    for (size_t i = 1; i < S_N(S_timew); i++)
        if (strcmp(S_timew[i - 1].w, S_timew[i].w) >= 0)
            return 0;
    return 1;
}

/* Month 1..12 of a word ("Aug.", "sept", "mid-March"), 0 when none. */
static int S_month(const char *w)
{
    if (strncmp(w, "mid-", 4) == 0)
        w += 4;
    int c = S_time_code(w);
    return c > 100 && c <= 112 ? c - 100 : 0;
}

/* Weekday 0 (Sunday) .. 6, -1 when none. */
static int S_weekday(const char *w)
{
    int c = S_time_code(w);
    return c >= 200 && c < 207 ? c - 200 : -1;
}

/* A count word or number 1..99 ("a", "two", "3"); 0 when none. */
static int S_count(const char *w)
{
    int c = S_time_code(w);
    if (c > 300)
        return c - 300;
    int v = 0, k = 0;
    for (; w[k] >= '0' && w[k] <= '9' && k < 3; k++)
        v = v * 10 + (w[k] - '0');
    return k && !w[k] && v > 0 && v < 100 ? v : 0;
}

/* A day of month: "12", "12th", "1st", "12-14" (start of a range); 0 when none. */
static int S_mday(const char *w)
{
    int v = 0, k = 0;
    for (; w[k] >= '0' && w[k] <= '9' && k < 2; k++)
        v = v * 10 + (w[k] - '0');
    if (!k || v < 1 || v > 31)
        return 0;
    const char *r = w + k;
    if (!*r || !strcmp(r, "st") || !strcmp(r, "nd") || !strcmp(r, "rd") || !strcmp(r, "th") ||
        !strcmp(r, ",") || (r[0] == '-' && r[1] >= '0' && r[1] <= '9') ||
        (!strncmp(r, "\xe2\x80\x93", 3) && r[3] >= '0' && r[3] <= '9'))
        return v;
    return 0;
}

/* A year 1800..2199: "2018", "2018-19"; 0 when none. */
static int S_year(const char *w)
{
    int v = 0, k = 0;
    for (; w[k] >= '0' && w[k] <= '9' && k < 4; k++)
        v = v * 10 + (w[k] - '0');
    if (k != 4 || v < 1800 || v > 2199)
        return 0;
    if (!w[4] || (w[4] == '-' && w[5] >= '0' && w[5] <= '9') || !strncmp(w + 4, "\xe2\x80\x93", 3))
        return v;
    return 0;
}

static int S_is_decade(const char *w)
{
    size_t n = strlen(w);
    return n >= 3 && w[n - 1] == 's' && w[n - 2] == '0' && w[0] >= '0' && w[0] <= '9';
}

/* ---------------------------------------------------------------- expressions */

enum { K_SKIP = 0, K_ABS, K_MONTHDAY, K_WEEKDAY, K_OFFSET, K_UNIT, K_SEASON };

typedef struct S_expr {
    int a, b;      /* tokens [a, b) */
    int kind;
    int y, m, d;   /* K_ABS: as written (m/d 0 when absent); K_MONTHDAY: m, d (d 0) */
    int rel;       /* K_MONTHDAY/K_WEEKDAY: -1 last, +1 next, 2 this, 0 plain */
    int unit;      /* K_OFFSET: days offset in d; K_UNIT: 'w','W'(weekend),'m','y' */
    int explicit_; /* basis */
} S_expr;

/* Token i is capitalised (after a "mid-" prefix). */
static int S_cap(const dyad_tagged *s, int i)
{
    if (i < 0 || i >= s->ntok || s->tok[i].len == 0 || s->tok[i].off >= s->text_len ||
        s->tok[i].len > s->text_len - s->tok[i].off)
        return 0;
    const char *p = s->text + s->tok[i].off;
    if (s->tok[i].len > 4 && (p[0] == 'm' || p[0] == 'M') && !strncmp(p + 1, "id-", 3))
        p += 4;
    return *p >= 'A' && *p <= 'Z';
}

/* Lower-cased word i into b, "" when absent. */
static const char *S_w(const dyad_tagged *s, int i, char *b)
{
    if (!dyad_rs_word(s, i, b))
        b[0] = 0;
    return b;
}

static const char *const S_blockers[] = {"since", "until", "till", "before", "after",
                                         "than", "through", "throughout", NULL};
static const char *const S_parts[] = {"morning", "afternoon", "evening", "night",
                                      "overnight", NULL};

/* The month token at i (capitalised, not the verb "march" / modal "may"). */
static int S_month_at(const dyad_tagged *s, int i)
{
    char b[DYAD_RS_WORD_MAX + 1];
    if (!S_cap(s, i) || !dyad_rs_word(s, i, b))
        return 0;
    int m = S_month(b);
    if ((m == 5 || m == 3) && strncmp(b, "mid-", 4) &&
        (!dyad_rs_tag_is(s, i, "NNP") && s->tag && s->tag[i]))
        return 0;
    if (m == 5 && !strcmp(b, "may") && i == 0)
        return 0;
    return m;
}

/* Cheap filter: can an expression start with word w (token i)? Most words cannot. */
static int S_may_start(const char *w)
{
    return (w[0] >= '0' && w[0] <= '9') || !strncmp(w, "mid-", 4) || S_time_code(w) != 0;
}

/* The letter of a calendar unit (week 'w', weekend 'W', month 'm', year 'y'), 0 none. */
static char S_unit_of(const char *w)
{
    static const char *const units[] = {"week", "weekend", "month", "year"};
    static const char letters[] = {'w', 'W', 'm', 'y'};
    for (size_t k = 0; k < S_N(units); k++)
        if (!strcmp(w, units[k]))
            return letters[k];
    return 0;
}

/* Match one expression starting at token i; 0 when none. With `through`, a blocker
 * before it ("since August 2022") does not make it K_SKIP. */
static int S_match_at(const dyad_tagged *s, int i, S_expr *e, int through)
{
    char w0[DYAD_RS_WORD_MAX + 1], w1[DYAD_RS_WORD_MAX + 1], w2[DYAD_RS_WORD_MAX + 1];
    char pw[DYAD_RS_WORD_MAX + 1];
    if (!S_may_start(S_w(s, i, w0)))
        return 0;
    S_w(s, i + 1, w1);
    S_w(s, i + 2, w2);
    S_w(s, i - 1, pw);
    memset(e, 0, sizeof *e);
    e->a = i;
    int blocked = !through && dyad_among(pw, S_blockers);
    int y, m, d;

    /* 2019-08-12 */
    if (w0[0] >= '1' && w0[0] <= '2' && strlen(w0) == 10 &&
        S_parse_date(w0, 10, &y, &m, &d) == 3) {
        *e = (S_expr){i, i + 1, blocked ? K_SKIP : K_ABS, y, m, d, 0, 0, 1};
        return 1;
    }
    /* months: Aug. 12, 2019 | August 2019 | in March | last March */
    if ((m = S_month_at(s, i)) != 0) {
        int j = i + 1;
        if (!strcmp(w1, ".")) {
            j++;
            S_w(s, j, w1);
            S_w(s, j + 1, w2);
        }
        int day = S_mday(w1);
        if (day) {
            int k = j + 1;
            if (!strcmp(w2, ",")) {
                k++;
                S_w(s, k, w2);
            }
            y = S_year(w2);
            if (y) {
                *e = (S_expr){i, k + 1, K_ABS, y, m, day, 0, 0, 1};
            } else {
                *e = (S_expr){i, j + 1, K_MONTHDAY, 0, m, day, 0, 0, 1};
            }
        } else if ((y = S_year(w1)) != 0) {
            *e = (S_expr){i, j + 1, K_ABS, y, m, 0, 0, 0, 1};
        } else {
            static const char *const pre[] = {"in", "during", "by", "of", "from", "between",
                                              "early", "late", "mid", "last", "next", "this",
                                              "since", "until", "till", "before", "after",
                                              NULL};
            if (!dyad_among(pw, pre))
                return 0;
            int rel = !strcmp(pw, "last") ? -1 : !strcmp(pw, "next") ? 1 : !strcmp(pw, "this") ? 2 : 0;
            *e = (S_expr){rel ? i - 1 : i, j, K_MONTHDAY, 0, m, 0, rel, 0, rel == 0};
        }
        if (blocked)
            e->kind = K_SKIP;
        return 1;
    }
    /* 12 August 2019 | 12 August */
    int day = S_mday(w0);
    if (day && (m = S_month_at(s, i + 1)) != 0) {
        int j = i + 2;
        if (dyad_rs_is(s, j, "."))
            j++;
        char wy[DYAD_RS_WORD_MAX + 1];
        y = S_year(S_w(s, j, wy));
        if (y)
            *e = (S_expr){i, j + 1, K_ABS, y, m, day, 0, 0, 1};
        else
            *e = (S_expr){i, j, K_MONTHDAY, 0, m, day, 0, 0, 1};
        if (blocked)
            e->kind = K_SKIP;
        return 1;
    }
    /* years */
    if (!strncmp(w0, "mid-", 4) && (y = S_year(w0 + 4)) != 0) { /* "in mid-2018" */
        *e = (S_expr){i, i + 1, blocked ? K_SKIP : K_ABS, y, 0, 0, 0, 0, 1};
        return 1;
    }
    if ((y = S_year(w0)) != 0 && dyad_rs_tag_is(s, i, "CD")) {
        static const char *const pre[] = {"in", "during", "by", "of", "from", "between", "for",
                                          NULL};
        static const char *const adjpre[] = {"at", "during", "in", "on", NULL};
        char ppw[DYAD_RS_WORD_MAX + 1];
        S_w(s, i - 2, ppw);
        *e = (S_expr){i, i + 1, K_ABS, y, 0, 0, 0, 0, 1};
        if (blocked) {
            e->kind = K_SKIP;
        } else if (dyad_among(pw, pre) || ((!strcmp(pw, "early") || !strcmp(pw, "late") ||
                                            !strcmp(pw, "mid")) && dyad_among(ppw, pre))) {
            /* "in 2018", "in early 2018" */
        } else if (!strcmp(pw, "(") || !strcmp(pw, "-lrb-")) {
            /* "(1972)" */
        } else if ((dyad_rs_tag_is(s, i - 1, "DT") || dyad_rs_tag_is(s, i - 1, "PRP$")) &&
                   (dyad_rs_tag_is(s, i + 1, "NN") || dyad_rs_tag_is(s, i + 1, "JJ") ||
                    dyad_rs_tag_is(s, i + 1, "POS"))) {
            /* "the 2018 summit": only as a time or place adjunct */
            if (!dyad_among(ppw, adjpre))
                e->kind = K_SKIP;
        } else {
            return 0;
        }
        return 1;
    }
    if (S_is_decade(w0) && dyad_rs_tag_is(s, i, "CD")) {
        *e = (S_expr){i, i + 1, K_SKIP, 0, 0, 0, 0, 0, 0};
        return 1;
    }
    /* weekdays: on/last/next/this Monday [night] */
    int wd = S_cap(s, i) ? S_weekday(w0) : -1;
    if (wd >= 0) {
        int rel = !strcmp(pw, "last") ? -1 : !strcmp(pw, "next") ? 1 : !strcmp(pw, "this") ? 2 : 0;
        int b = i + 1;
        if (dyad_among(w1, S_parts))
            b++;
        char ppw[DYAD_RS_WORD_MAX + 1];
        int nominal = !strcmp(rel ? S_w(s, i - 2, ppw) : pw, "of"); /* "the attack of last Friday" */
        *e = (S_expr){rel ? i - 1 : i, b, blocked || nominal ? K_SKIP : K_WEEKDAY, 0, 0, wd, rel, 0, 0};
        return 1;
    }
    /* yesterday, today, tonight, tomorrow, last night, this morning */
    static const char *const dayw[] = {"yesterday", "today", "tonight", "tomorrow"};
    static const int dayoff[] = {-1, 0, 0, 1};
    for (size_t k = 0; k < S_N(dayw); k++)
        if (!strcmp(w0, dayw[k])) {
            int b = i + 1 + dyad_among(w1, S_parts);
            *e = (S_expr){i, b, blocked ? K_SKIP : K_OFFSET, 0, 0, dayoff[k], 0, 0, 0};
            return 1;
        }
    if ((!strcmp(w0, "last") || !strcmp(w0, "this")) && dyad_among(w1, S_parts) &&
        strcmp(w1, "overnight")) {
        *e = (S_expr){i, i + 2, K_OFFSET, 0, 0, !strcmp(w0, "last") ? -1 : 0, 0, 0, 0};
        return 1;
    }
    /* over/during/at the weekend: the weekend before or after by tense */
    if (!strcmp(w0, "weekend") && !strcmp(pw, "the")) {
        static const char *const pre[] = {"over", "during", "at", "on", NULL};
        char ppw[DYAD_RS_WORD_MAX + 1];
        if (!dyad_among(S_w(s, i - 2, ppw), pre))
            return 0;
        *e = (S_expr){i - 1, i + 1, K_UNIT, 0, 0, 0, 3, 'W', 0};
        return 1;
    }
    /* last/this/next week|weekend|month|year; earlier/later this month */
    static const char *const rels[] = {"last", "this", "next", "past", "coming", "previous",
                                       "following", NULL};
    char unit = dyad_among(w0, rels) ? S_unit_of(w1) : 0;
    if (unit) {
        int rel = !strcmp(w0, "last") ? -1 : !strcmp(w0, "next") ? 1 :
                  !strcmp(w0, "this") ? 0 : 9;
        int a = i;
        if (!strcmp(pw, "earlier") || !strcmp(pw, "later") || !strcmp(pw, "late") ||
            !strcmp(pw, "early"))
            a--;
        char ppw[DYAD_RS_WORD_MAX + 1];
        int kind = rel == 9 || (a == i ? blocked
                                       : !through && dyad_among(S_w(s, a - 1, ppw), S_blockers))
                       ? K_SKIP : K_UNIT;
        *e = (S_expr){a, i + 2, kind, 0, 0, 0, rel, unit, 0};
        return 1;
    }
    /* later in the week|month|year: later this one */
    if (!strcmp(w0, "later") && !strcmp(w1, "in") && !strcmp(w2, "the")) {
        char w3[DYAD_RS_WORD_MAX + 1];
        unit = S_unit_of(S_w(s, i + 3, w3));
        if (unit) {
            *e = (S_expr){i, i + 4, blocked ? K_SKIP : K_UNIT, 0, 0, 0, 0, unit, 0};
            return 1;
        }
    }
    /* N days|weeks|months|years ago */
    int n = S_count(w0);
    if (n || !strcmp(w0, "few") || !strcmp(w0, "several")) {
        static const char *const agou[] = {"day", "days", "week", "weeks", "month", "months",
                                           "year", "years", NULL};
        if (dyad_among(w1, agou) && !strcmp(w2, "ago")) {
            *e = (S_expr){i, i + 3, n ? K_OFFSET : K_SKIP, 0, 0, -n, 0, w1[0], 0};
            if (w1[0] == 'd')
                e->unit = 0;
            return 1;
        }
    }
    /* in the autumn, last summer, this spring: the year the season starts in */
    static const char *const seasons[] = {"spring", "summer", "autumn", "fall", "winter"};
    static const int season_m[] = {3, 6, 9, 9, 12};
    for (size_t k = 0; k < S_N(seasons); k++) {
        if (strcmp(w0, seasons[k]) != 0)
            continue;
        char ppw[DYAD_RS_WORD_MAX + 1];
        S_w(s, i - 2, ppw);
        int rel = !strcmp(pw, "last") ? -1 : !strcmp(pw, "next") ? 1 : !strcmp(pw, "this") ? 2 : 0;
        int ok = rel || (!strcmp(pw, "the") && (!strcmp(ppw, "in") || !strcmp(ppw, "during"))) ||
                 (k != 3 && (!strcmp(pw, "in") || !strcmp(pw, "during")));
        if (!ok)
            return 0;
        /* "the summer of 2018", "summer 2018": the year matcher takes the year */
        int written = S_year(w1) || (!strcmp(w1, "of") && S_year(w2));
        if (!strcmp(w1, "of") && !written)
            return 0; /* "the fall of the regime" */
        *e = (S_expr){rel ? i - 1 : i, i + 1, written || blocked ? K_SKIP : K_SEASON, 0,
                      season_m[k], 0, rel, 0, 0};
        return 1;
    }
    /* "the next day", "a day later": relative to some other event */
    if ((!strcmp(w0, "next") || !strcmp(w0, "following") || !strcmp(w0, "previous")) &&
        !strcmp(w1, "day")) {
        *e = (S_expr){i, i + 2, K_SKIP, 0, 0, 0, 0, 0, 0};
        return 1;
    }
    return 0;
}

static int S_sep(const dyad_tagged *s, int i);

/* S_match_at; an expression that is a possessive dates the noun after it. That noun is
 * the event when it is the subject ("Monday's attack killed five") or the occasion behind
 * in/during/at ("killed in Tuesday's attack"); as an object it is not the verb's time
 * ("condemned Tuesday's attack", "the rebukes over last month's deportations"): K_SKIP. */
static int S_match(const dyad_tagged *s, int i, S_expr *e, int through)
{
    static const char *const occasion[] = {"in", "during", "at", NULL};
    char pw[DYAD_RS_WORD_MAX + 1];
    if (!S_match_at(s, i, e, through))
        return 0;
    if ((dyad_rs_tag_eq(s, e->b, "POS") || dyad_rs_is(s, e->b, "'s")) && e->a > 0 &&
        !S_sep(s, e->a - 1) && !dyad_among(S_w(s, e->a - 1, pw), occasion))
        e->kind = K_SKIP;
    return 1;
}

/* ---------------------------------------------------------------- attachment */

static int S_clause_word(const dyad_tagged *s, int i)
{
    static const char *const w[] = {"that", "if", "whether", "because", "which", "who",
                                    "while", "although", "when", "unless", "where", NULL};
    char b[DYAD_RS_WORD_MAX + 1];
    if (dyad_rs_is(s, i, "that"))
        return dyad_rs_that_kind(s, i) != 0;
    return dyad_rs_word(s, i, b) && dyad_among(b, w);
}

static int S_sep(const dyad_tagged *s, int i)
{
    char b[DYAD_RS_WORD_MAX + 1];
    int n = dyad_rs_word(s, i, b);
    return (n == 1 && strchr(",;:\"()", b[0])) || !strcmp(b, "--") || !strcmp(b, "``") ||
           !strcmp(b, "''");
}

static int S_tag_vbg_after_in(const dyad_tagged *s, int u)
{
    return dyad_rs_tag_is(s, u, "VBG") && dyad_rs_tag_is(s, u - 1, "IN");
}

/* Token k is an infinitive's "to" (a base-form verb follows), not the preposition. */
static int S_inf_to(const dyad_tagged *s, int k)
{
    return (dyad_rs_tag_is(s, k, "TO") || dyad_rs_is(s, k, "to")) && dyad_rs_tag_eq(s, k + 1, "VB");
}

/* How far (tokens) an expression may be from its verb without a parse. */
#define S_WINDOW 40

/* Cost of crossing token k between an expression and a verb: punctuation, "and" and an
 * infinitive's "to" start another phrase ("urged X on Tuesday to force"), a clause word
 * another clause. */
static int S_cross(const dyad_tagged *s, int k)
{
    int c = S_clause_word(s, k) || S_inf_to(s, k) ? 10 : 0;
    if (S_sep(s, k) || dyad_rs_tag_is(s, k, "CC"))
        c += 3;
    return c;
}

/* The verb an expression [a, b) belongs to, or -1. Without a parse: the cheapest main
 * verb within S_WINDOW on either side, cost = tokens apart + crossings; ties go left. */
static int S_attach(const dyad_tagged *s, int a, int b)
{
    if (s->head) {
        for (int t = a; t < b; t++) {
            int h = s->head[t];
            if (h >= a && h < b)
                continue;
            for (int k = 0; k < 8 && h >= 0 && h < s->ntok; k++, h = s->head[h])
                if (dyad_rs_tag_is(s, h, "VB"))
                    return h;
            break;
        }
    }
    int left = -1, leftc = 0, right = -1, rightc = 0, pen = 0;
    for (int u = a - 1; u >= 0 && a - u <= S_WINDOW; u--) {
        if (dyad_rs_is_main_verb(s, u)) {
            left = u, leftc = a - u + pen;
            break;
        }
        pen += S_cross(s, u);
    }
    pen = 0;
    for (int u = b; u < s->ntok && u - b < S_WINDOW; u++) {
        if (dyad_rs_is_main_verb(s, u)) {
            right = u, rightc = u - b + 1 + pen;
            if (S_tag_vbg_after_in(s, u))
                rightc += 3; /* "accused X on Sunday of massacring" */
            break;
        }
        pen += S_cross(s, u);
    }
    if (left >= 0 && (right < 0 || leftc <= rightc))
        return left;
    return right;
}

/* The main verb that a gerund or participle v hangs from, or -1: v follows a comma, a
 * preposition or a coordinated gerund ("declared martial law on Tuesday, accusing ...",
 * "ignited the war by first imposing and then delaying ..."); the verb is the nearest
 * main verb before it, with no clause word or gerund of a preposition between ("blamed X
 * for disrupting the deal by withdrawing in 2017": not blamed). */
static int S_adjunct_of(const dyad_tagged *s, int v)
{
    if (!dyad_rs_tag_is(s, v, "VBG") && !dyad_rs_tag_eq(s, v, "VBN"))
        return -1;
    int k = v - 1;
    while (k >= 0 && (dyad_rs_tag_is(s, k, "RB") || dyad_rs_tag_is(s, k, "CC") ||
                      dyad_rs_tag_is(s, k, "VBG")))
        k--;
    if (k < 0 || !(S_sep(s, k) || (dyad_rs_tag_is(s, k, "IN") && !S_clause_word(s, k))))
        return -1;
    for (int steps = 0; k >= 0 && steps < 30; k--, steps++) {
        if (S_clause_word(s, k) || dyad_rs_is(s, k, ";"))
            return -1;
        if (S_tag_vbg_after_in(s, k))
            return -1; /* it hangs from that gerund: "blamed X for disrupting Y by withdrawing" */
        if (dyad_rs_is_main_verb(s, k) && !dyad_rs_tag_is(s, k, "VBG"))
            return k;
    }
    return -1;
}

/* The main verb whose object a participle v describes, or -1: "held a virtual summit
 * lasting three hours on Monday" (v right after a noun, no comma or clause word back to
 * the verb); its time is the verb's. */
static int S_reduced_of(const dyad_tagged *s, int v)
{
    if (!dyad_rs_tag_eq(s, v, "VBG") || !dyad_rs_tag_is(s, v - 1, "NN"))
        return -1;
    for (int k = v - 2, steps = 0; k >= 0 && steps < 15; k--, steps++) {
        if (S_clause_word(s, k) || S_sep(s, k) || S_inf_to(s, k))
            return -1;
        if (dyad_rs_is_main_verb(s, k))
            return dyad_rs_tag_is(s, k, "VBG") ? -1 : k;
    }
    return -1;
}

/* 1 when v governs u as its purpose infinitive: "launched an operation to flush". */
static int S_purpose_of(const dyad_tagged *s, int v, int u)
{
    if (u <= v + 1 || u - v > 12 || !S_inf_to(s, u - 1))
        return 0;
    for (int k = v + 1; k < u - 1; k++)
        if (dyad_rs_tag_is(s, k, "VB") || dyad_rs_tag_is(s, k, "MD") || S_sep(s, k) ||
            S_clause_word(s, k))
            return 0;
    return 1;
}

/* 1 when an expression attached to u counts for the event verb v: its own, or that of
 * a verb sharing its time (purpose infinitive, participle clause, coordinated verb). */
static int S_counts_for(const dyad_tagged *s, const dyad_rs_info *info, int v, int u)
{
    if (u == v || (u == info->gov && info->gov_to) || S_purpose_of(s, v, u))
        return 1;
    if (S_adjunct_of(s, v) == u || S_adjunct_of(s, u) == v)
        return 1;
    /* a gerund the verb takes as its object, right after it: "stopped supplying
     * weapons to Ukraine on Wednesday", "began shelling the city on Monday" (not "with
     * Chile shipping 229,176 tonnes (1985)", "including the visit this week") */
    if (s->head && u > v && s->head[u] == v && dyad_rs_tag_is(s, u, "VBG")) {
        int k = v + 1;
        while (k < u && dyad_rs_tag_is(s, k, "RB"))
            k++;
        if (k == u)
            return 1;
    }
    /* coordinated verbs: "attacked and seized the town", "met and discussed" */
    int lo = u < v ? u : v, hi = u < v ? v : u;
    const char *tu = dyad_rs_tag(s, u), *tv = dyad_rs_tag(s, v);
    int past = (!strcmp(tu, "VBD") || !strcmp(tu, "VBN")) && (!strcmp(tv, "VBD") || !strcmp(tv, "VBN"));
    if ((strcmp(tu, tv) != 0 && !past) || hi - lo > 12)
        return 0;
    int cc = 0; /* commas may set off a place: "met in the capital, Bangui, and signed" */
    for (int k = lo + 1; k < hi; k++) {
        if (dyad_rs_is(s, k, "and") || dyad_rs_is(s, k, "or"))
            cc++;
        else if (dyad_rs_tag_is(s, k, "VB") || dyad_rs_tag_is(s, k, "MD") ||
                 (S_sep(s, k) && !dyad_rs_is(s, k, ",")) || S_clause_word(s, k) || S_inf_to(s, k))
            return 0;
    }
    return cc == 1 && (dyad_rs_is(s, hi - 1, "and") || dyad_rs_is(s, hi - 1, "or"));
}

/* 1 when v sits in a ", when ..." clause right after the expression ending at b: "in
 * 2013, when both countries withdrew their ambassadors". */
static int S_when_after(const dyad_tagged *s, int b, int v)
{
    if (!S_sep(s, b) || !dyad_rs_is(s, b + 1, "when") || v <= b + 1 || v - b > 12)
        return 0;
    for (int k = b + 2; k < v; k++)
        if (dyad_rs_is_main_verb(s, k) || S_sep(s, k) || S_clause_word(s, k))
            return 0;
    return 1;
}

/* 1 when u heads a "when" clause right after the event verb v's own words: "became the
 * first president to visit Cuba when Air Force One landed in Havana on Sunday". */
static int S_when_clause(const dyad_tagged *s, int v, int u)
{
    int w = -1;
    if (u <= v + 2 || u - v > 20)
        return 0;
    for (int k = v + 1; k < u; k++) {
        if (dyad_rs_is(s, k, "when") && w < 0)
            w = k;
        else if (dyad_rs_is_main_verb(s, k) || dyad_rs_is(s, k, ";") ||
                 (w < 0 && S_clause_word(s, k)))
            return 0;
    }
    return w >= 0;
}

/* 1 when the expression [a, b) lies inside the actor words [t, t + n) and describes them
 * ("the 2018 summit"). Where the parser hung the event's time on a noun it is not inside:
 * a day or relative expression that ends the actor words behind a preposition ("shelled
 * towns inside Armenia on Tuesday", "The Security Council on Monday demanded"), a bare
 * weekday after a noun ("called a meeting Wednesday of the Council"), and a time that
 * opens the actor words before a comma ("Last week, Cameroon and C.A.R. officials met"). */
static int S_inside(const dyad_tagged *s, const S_expr *e, int t, int n)
{
    if (n <= 0 || e->a < t || e->b > t + n)
        return 0;
    if (e->a == t && e->b < t + n && dyad_rs_is(s, e->b, ","))
        return 0;
    if (e->kind == K_WEEKDAY && !e->rel && dyad_rs_tag_is(s, e->a - 1, "NN"))
        return 0;
    int year_only = e->kind == K_ABS && !e->m;
    return year_only || e->b != t + n || e->a == t || !dyad_rs_tag_is(s, e->a - 1, "IN");
}

/* ---------------------------------------------------------------- resolution */

typedef struct S_res {
    int y, m, d, gran;      /* gran 3 day, 2 month, 1 year, 0 none */
    int explicit_, inferred; /* inferred: the year was not written */
    int later;              /* after the article's date (S_later) */
} S_res;

static int S_rel_weekday(int aw, int wd, int rel, dyad_rs_tense t)
{
    int back = (aw - wd + 7) % 7, fwd = (wd - aw + 7) % 7;
    if (rel == -1)
        return back ? -back : -7;
    if (rel == 1)
        return fwd ? fwd : 7;
    if (t == DYAD_RS_PAST)
        return -back;
    if (t == DYAD_RS_FUTURE)
        return fwd;
    return back <= fwd ? -back : fwd;
}

/* Resolve e; 0 when it cannot be (no anchor, impossible date). */
static int S_resolve(const S_expr *e, int have_a, long az, dyad_rs_tense t, S_res *r)
{
    int ay = 0, am = 0, ad = 0;
    if (have_a)
        S_civil(az, &ay, &am, &ad);
    memset(r, 0, sizeof *r);
    r->explicit_ = e->explicit_;
    switch (e->kind) {
    case K_ABS:
        r->y = e->y, r->m = e->m, r->d = e->d;
        r->gran = e->d ? 3 : e->m ? 2 : 1;
        if (e->d && e->d > S_mdays(e->y, e->m))
            return 0;
        return 1;
    case K_MONTHDAY: {
        if (!have_a) { /* only usable with a year from another expression */
            if (e->rel)
                return 0;
            r->m = e->m, r->d = e->d;
            r->gran = e->d ? 3 : 2;
            r->inferred = 1;
            return 1;
        }
        int y = ay;
        int after = e->m > am || (e->m == am && e->d > ad);
        int before = e->m < am || (e->m == am && e->d && e->d < ad);
        if (e->rel == -1)
            y = e->m < am ? ay : ay - 1;
        else if (e->rel == 1)
            y = e->m > am ? ay : ay + 1;
        else if (e->rel == 2)
            y = ay;
        else if (t == DYAD_RS_PAST)
            y = after ? ay - 1 : ay;
        else if (t == DYAD_RS_FUTURE)
            y = before ? ay + 1 : ay;
        else
            y = e->m - am > 6 ? ay - 1 : am - e->m > 6 ? ay + 1 : ay;
        if (e->d && e->d > S_mdays(y, e->m))
            return 0;
        r->y = y, r->m = e->m, r->d = e->d;
        r->gran = e->d ? 3 : 2;
        r->inferred = e->rel == 0;
        return 1;
    }
    case K_WEEKDAY:
        if (!have_a)
            return 0;
        S_civil(az + S_rel_weekday(S_wday(az), e->d, e->rel, t), &r->y, &r->m, &r->d);
        r->gran = 3;
        return 1;
    case K_OFFSET:
        if (!have_a)
            return 0;
        if (e->unit == 0) {
            S_civil(az + e->d, &r->y, &r->m, &r->d);
            r->gran = 3;
        } else if (e->unit == 'w') {
            S_civil(az + 7L * e->d, &r->y, &r->m, &r->d);
            r->gran = 2;
        } else if (e->unit == 'm') {
            int mm = ay * 12 + (am - 1) + e->d;
            r->y = mm / 12, r->m = mm % 12 + 1;
            r->gran = 2;
        } else {
            r->y = ay + e->d;
            r->gran = 1;
        }
        return 1;
    case K_UNIT:
        if (!have_a)
            return 0;
        if (e->unit == 'w' || e->unit == 'W') {
            int aw = S_wday(az);
            int rel = e->rel;
            if (rel == 3) /* "over the weekend": this one if it is under way */
                rel = t == DYAD_RS_FUTURE || aw == 6 || aw == 0 ? 0 : -1;
            long thu = az + (4 - (aw ? aw : 7)); /* this ISO week's Thursday */
            if (e->unit == 'w') {
                S_civil(thu + 7L * rel, &r->y, &r->m, &r->d);
                r->gran = 2;
            } else {
                long sat;
                if (rel == -1)
                    sat = az - ((aw - 6 + 7) % 7 ? (aw - 6 + 7) % 7 : 7);
                else if (aw == 0)
                    sat = az - 1 + 7L * rel; /* Sunday: this weekend began yesterday */
                else
                    sat = az + (6 - aw) + 7L * rel;
                S_civil(sat, &r->y, &r->m, &r->d);
                r->gran = 3;
            }
        } else if (e->unit == 'm') {
            int mm = ay * 12 + (am - 1) + e->rel;
            r->y = mm / 12, r->m = mm % 12 + 1;
            r->gran = 2;
        } else {
            r->y = ay + e->rel;
            r->gran = 1;
        }
        return 1;
    case K_SEASON: {
        if (!have_a)
            return 0;
        int sm = e->m, em = e->m + 2; /* winter ends in the next year's February */
        if (e->rel == -1)
            r->y = am > em ? ay : ay - 1;
        else if (e->rel == 1)
            r->y = am < sm ? ay : ay + 1;
        else if (e->rel == 2 || t == DYAD_RS_PRESENT)
            r->y = ay;
        else if (t == DYAD_RS_PAST)
            r->y = am >= sm ? ay : ay - 1;
        else
            r->y = am <= em ? ay : ay + 1;
        r->gran = 1;
        return 1;
    }
    default:
        return 0;
    }
}

static void S_format(char out[11], const S_res *r)
{
    unsigned y = (unsigned)r->y % 10000u, m = (unsigned)r->m % 100u, d = (unsigned)r->d % 100u;
    if (r->gran == 3)
        snprintf(out, 11, "%04u-%02u-%02u", y, m, d);
    else if (r->gran == 2)
        snprintf(out, 11, "%04u-%02u", y, m);
    else if (r->gran == 1)
        snprintf(out, 11, "%04u", y);
    else
        out[0] = 0;
}

/* Is expression e, resolved to r, the time of an act after the article's day az? A day or
 * a month (or year) after the article's, or a week, month or year counted forward ("next
 * week", whose month may still be the article's) or later in the present one ("later this
 * month", which may end on the article's day); not a deadline or a term ("a balanced
 * budget by 1991", "by late Friday", "the goal for 1988", "a bond due June 30, 1992") nor
 * a day of habit ("rarely invites bids on a Saturday"). */
static int S_later(const dyad_tagged *s, const S_expr *e, const S_res *r, long az)
{
    static const char *const terms[] = {"by", "for", "due", "until", "till", "through", "a"};
    int ay, am, ad;
    char w[DYAD_RS_WORD_MAX + 1];
    int k = e->a - 1;
    if (!strcmp(S_w(s, k, w), "late") || !strcmp(w, "early"))
        S_w(s, --k, w); /* "by late Friday" */
    for (size_t i = 0; i < S_N(terms); i++)
        if (!strcmp(w, terms[i]))
            return 0;
    S_civil(az, &ay, &am, &ad);
    if (e->kind == K_UNIT)
        return e->rel == 1 || (e->rel == 0 && !strcmp(S_w(s, e->a, w), "later"));
    if (e->kind == K_OFFSET)
        return e->d > 0;
    if (r->gran == 3)
        return S_days(r->y, r->m, r->d) > az;
    return r->y > ay || (r->gran == 2 && r->y == ay && r->m > am);
}

/* The best date attached to verb v (analysed in info) into *best (gran 0: none). */
static void S_pick(const dyad_tagged *s, const dyad_event_toks *ev, const dyad_rs_info *info,
                   int v, int have_a, long az, S_res *best_out)
{
    S_res best = {0}, year = {0};
    int bestdist = 1 << 30, yeardist = 1 << 30;
    for (int i = 0; i < s->ntok;) {
        S_expr e;
        if (!S_match(s, i, &e, 0)) {
            i++;
            continue;
        }
        char pw[DYAD_RS_WORD_MAX + 1];
        if (e.kind == K_SKIP && !strcmp(S_w(s, e.a - 1, pw), "since") &&
            S_when_after(s, e.b, v))
            S_match(s, i, &e, 1); /* "Since August 2022, when the president called ..." */
        int next = e.b > i ? e.b : i + 1;
        S_res r;
        int u = e.kind == K_SKIP ? -1 : S_attach(s, e.a, e.b);
        int reduced = e.kind != K_ABS || e.d; /* not a bare year: "the group fighting since" */
        if (u >= 0 &&
            (S_counts_for(s, info, v, u) || S_when_after(s, e.b, v) || S_when_clause(s, v, u) ||
             (reduced && S_reduced_of(s, u) == v)) &&
            !S_inside(s, &e, ev->src_tok, ev->src_ntok) &&
            !S_inside(s, &e, ev->tgt_tok, ev->tgt_ntok) &&
            S_resolve(&e, have_a, az, info->tense, &r)) {
            r.later = have_a && !r.inferred && S_later(s, &e, &r, az);
            int dist = e.a > v ? e.a - v : v - e.b + 1;
            if (r.gran == 1 && !r.inferred && dist < yeardist) {
                year = r;
                yeardist = dist;
            }
            if (r.gran > best.gran || (r.gran == best.gran && dist < bestdist)) {
                best = r;
                bestdist = dist;
            }
        }
        i = next;
    }
    if (best.gran > 1 && best.inferred && year.gran) {
        best.y = year.y; /* "In 2019, ... in August" */
        best.explicit_ |= year.explicit_;
        if (best.gran == 3 && best.d > S_mdays(best.y, best.m))
            best.gran = 0;
    } else if (best.gran > 1 && best.inferred && !have_a) {
        best = year; /* no year to give the month: the year alone, if any */
    }
    *best_out = best;
}

/* An event verb v in a "(a day | two days | hours | weeks) after/before" clause: "hit
 * Odesa on Saturday, a day after Moscow and Kyiv signed a deal". Returns the verb of the
 * clause the phrase hangs from (-1 when none: the article date anchors), the day
 * offset in *days (weeks, months: *months) and the precision the offset leaves in
 * *gran; 0 when v is in no such clause. */
static int S_offset_clause(const dyad_tagged *s, int v, int *anchor, long *days, int *months,
                           int *gran)
{
    static const char *const units[] = {"hour", "hours", "day", "days", "week", "weeks",
                                        "month", "months", "year", "years"};
    char w[DYAD_RS_WORD_MAX + 1];
    int k = v - 1;
    for (; k >= 0 && v - k <= 12; k--) {
        S_w(s, k, w);
        if (!strcmp(w, "after") || !strcmp(w, "before"))
            break;
        if (dyad_rs_is_main_verb(s, k) || S_sep(s, k) || S_clause_word(s, k))
            return 0;
    }
    if (k < 1 || v - k > 12)
        return 0;
    int sign = !strcmp(S_w(s, k, w), "after") ? -1 : 1;
    size_t u = 0;
    for (S_w(s, k - 1, w); u < S_N(units) && strcmp(w, units[u]); u++)
        ;
    if (u == S_N(units))
        return 0;
    int n = S_count(S_w(s, k - 2, w));
    int lead = k - 1 - (n != 0); /* first word of "a day after" */
    *days = 0, *months = 0, *gran = 3;
    if (u >= 2 && u <= 3)
        n ? (void)(*days = sign * n) : (void)(*gran = 2);
    else if (u >= 4 && u <= 5)
        *days = sign * 7L * (n ? n : 1), *gran = 2;
    else if (u >= 6 && u <= 7)
        *months = sign * (n ? n : 1), *gran = 2;
    else if (u >= 8)
        *months = sign * 12 * (n ? n : 1), *gran = 1;
    *anchor = -1;
    for (int j = lead - 1; j >= 0 && lead - j <= 30; j--) {
        if (S_clause_word(s, j) || dyad_rs_is(s, j, ";"))
            break;
        if (dyad_rs_is_main_verb(s, j)) {
            *anchor = j;
            break;
        }
    }
    return 1;
}

/* The date written for verb v of event ev: its own expressions, else, when `reported`
 * and v is inside a clause of a reporting verb ("said on Friday that the US was
 * terminating ..."), the statement's date unless the event is planned or future. */
static void S_date_of(const dyad_tagged *s, const dyad_event_toks *ev, int v, int reported,
                      int have_a, long az, S_res *best)
{
    dyad_rs_info info;
    dyad_event_toks vev = *ev;
    vev.verb = v;
    dyad_rs_analyse(s, &vev, &info);
    S_pick(s, &vev, &info, v, have_a, az, best);
    if (reported && !best->gran && info.rep_gov >= 0 && info.tense != DYAD_RS_FUTURE &&
        info.mod != DYAD_MOD_PLANNED) {
        dyad_rs_info rinfo;
        vev.verb = info.rep_gov;
        dyad_rs_analyse(s, &vev, &rinfo);
        S_pick(s, &vev, &rinfo, vev.verb, have_a, az, best);
    }
}

static int S_valid(const dyad_tagged *s, const dyad_event_toks *ev)
{
    return s && ev && s->tok && (s->text || !s->text_len) && s->ntok > 0 && ev->verb >= 0 &&
           ev->verb < s->ntok;
}

/* The article's date, when it is a full one. */
static int S_article_day(const char *article_date, S_res *a)
{
    *a = (S_res){0};
    if (!article_date ||
        S_parse_date(article_date, strnlen(article_date, 11), &a->y, &a->m, &a->d) != 3)
        return 0;
    a->gran = 3;
    return 1;
}

/* An event's date (gran 0: none found), and in *own_later whether the verb's own words
 * put it after the article's date: one pass serves the date and the modality. */
static S_res S_event_res(const dyad_tagged *s, const dyad_event_toks *ev, const S_res *art,
                         int *own_later)
{
    int have_a = art->gran != 0;
    long az = have_a ? S_days(art->y, art->m, art->d) : 0;
    S_res best;
    S_date_of(s, ev, ev->verb, 0, have_a, az, &best);
    *own_later = have_a && best.gran && best.later;
    int anchor, months, gran;
    long days;
    if (!best.gran && have_a && S_offset_clause(s, ev->verb, &anchor, &days, &months, &gran)) {
        /* "a day after X": X's date is the governing clause's date moved back */
        S_res a = {0};
        if (anchor >= 0)
            S_date_of(s, ev, anchor, 1, have_a, az, &a);
        if (!a.gran)
            a = *art;
        if (a.gran == 3) {
            int mm = a.y * 12 + (a.m - 1) + months;
            int y = mm / 12, m = mm % 12 + 1;
            int d = a.d > S_mdays(y, m) ? S_mdays(y, m) : a.d;
            S_civil(S_days(y, m, d) + days, &best.y, &best.m, &best.d);
            best.gran = gran;
            best.explicit_ = a.explicit_;
        }
    }
    if (!best.gran)
        S_date_of(s, ev, ev->verb, 1, have_a, az, &best);
    return best;
}

/* Writes the date found, else the article's. */
static void S_write_date(const S_res *best, const S_res *art, char out[11],
                         dyad_date_basis *basis)
{
    if (best->gran) {
        S_format(out, best);
        *basis = best->explicit_ ? DYAD_DATE_EXPLICIT : DYAD_DATE_RELATIVE;
    } else if (art->gran) {
        S_format(out, art);
    }
}

dyad_status dyad_event_date(const dyad_tagged *s, const dyad_event_toks *ev,
                            const char *article_date, char out[11], dyad_date_basis *basis)
{
    if (out)
        out[0] = 0;
    if (basis)
        *basis = DYAD_DATE_ARTICLE;
    if (!out || !basis || !S_valid(s, ev))
        return DYAD_EINVAL;
    S_res art;
    int later;
    S_article_day(article_date, &art);
    S_res best = S_event_res(s, ev, &art, &later);
    S_write_date(&best, &art, out, basis);
    return DYAD_OK;
}

/* A verb in the present tense, "leaves" or "is leaving", whose own time is after the
 * article's tells what is planned: "Nakasone leaves for Washington next week", "the
 * talks open on April 29"; so does a base form the tagger gave a plural subject's verb
 * right after its name ("Japan and the U.S. begin talks tomorrow"). Only the verb's own
 * time counts: a past verb can carry a later date that belongs to another phrase
 * ("pledged to privatise the bank by 1991"). */
static int S_present(const dyad_tagged *s, const dyad_event_toks *ev)
{
    int v = ev->verb, k = v - 1;
    while (k > 0 && dyad_rs_tag_is(s, k, "RB"))
        k--;
    return dyad_rs_tag_eq(s, v, "VBZ") || dyad_rs_tag_eq(s, v, "VBP") ||
           (dyad_rs_tag_eq(s, v, "VBG") && k >= 0 &&
            (dyad_rs_tag_eq(s, k, "VBZ") || dyad_rs_tag_eq(s, k, "VBP"))) ||
           (dyad_rs_tag_eq(s, v, "VB") && v > 0 && dyad_rs_tag_is(s, v - 1, "NNP"));
}

dyad_status dyad_resolve_event(const dyad_tagged *s, const dyad_event_toks *ev,
                               const char *article_date, dyad_event *out)
{
    if (!out)
        return DYAD_EINVAL;
    S_res art;
    out->article_date[0] = 0;
    if (S_article_day(article_date, &art))
        S_format(out->article_date, &art);
    if (s && ev && s->tok && ev->verb < 0) {
        /* no verb to look around: the sentence's mood and the article's date */
        int last = s->ntok - 1;
        while (last > 0 && (dyad_rs_is(s, last, "''") || dyad_rs_is(s, last, "\"") ||
                            dyad_rs_is(s, last, ")")))
            last--;
        out->modality = dyad_rs_is(s, last, "?") ? DYAD_MOD_QUESTION : DYAD_MOD_ASSERTED;
        memcpy(out->date, out->article_date, sizeof out->date);
        out->date_basis = DYAD_DATE_ARTICLE;
        return DYAD_OK;
    }
    out->modality = !strncmp(out->code, "13", 2) ? dyad_threat_modality(s, ev)
                                                 : dyad_modality_of(s, ev);
    out->date[0] = 0;
    out->date_basis = DYAD_DATE_ARTICLE;
    if (!S_valid(s, ev))
        return DYAD_EINVAL;
    int later;
    S_res best = S_event_res(s, ev, &art, &later);
    if (out->modality == DYAD_MOD_ASSERTED && later && S_present(s, ev))
        out->modality = DYAD_MOD_PLANNED;
    S_write_date(&best, &art, out->date, &out->date_basis);
    return DYAD_OK;
}

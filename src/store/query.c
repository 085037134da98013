/*
 * query.c — reading the store: filtered event or mention rows as dyad_record, and
 * per-dyad per-period aggregates. Filters become one WHERE clause with bound
 * parameters (never spliced into the SQL text), shared by both queries. Code prefixes
 * are matched with GLOB 'PREFIX*', which is case-sensitive like CAMEO codes and can use
 * the indexes on events(source, target).
 */
#include <stdlib.h>
#include <string.h>
#include "store/store_int.h"
#include "util/util.h"

#define S_MAXPARAM 16

/* A WHERE clause under construction and its text parameters, bound in order. */
typedef struct S_where {
    dyad_buf sql;
    char param[S_MAXPARAM][80];
    int nparam;
    int err;
} S_where;

static void S_cond(S_where *w, const char *cond, const char *p, int times)
{
    if (w->err || w->nparam + times > S_MAXPARAM) {
        w->err = 1;
        return;
    }
    w->err = dyad_buf_puts(&w->sql, w->sql.len ? " AND " : " WHERE ") ||
             dyad_buf_puts(&w->sql, cond);
    for (int i = 0; i < times; i++)
        snprintf(w->param[w->nparam++], sizeof w->param[0], "%s", p);
}

/* A code prefix as a GLOB pattern; 0 when it is not a plausible code. */
static int S_prefix(const char *code, char out[80])
{
    size_t n = strlen(code);
    if (n == 0 || n > 32 || strpbrk(code, "*?[]"))
        return 0;
    snprintf(out, 80, "%s*", code);
    return 1;
}

/* Filters on the rows of alias x (e: events, m: mentions); DYAD_EINVAL for bad values. */
static dyad_status S_filters(S_where *w, const dyad_query *q, char x, dyad_diag *diag)
{
    char c[256], pat[80];
    const struct {
        const char *val, *what, *cond;
        int times;
    } prefixes[] = {
        {q->actor, "actor", "(%c.source GLOB ? OR %c.target GLOB ?)", 2},
        {q->source, "source", "%c.source GLOB ?", 1},
        {q->target, "target", "%c.target GLOB ?", 1},
        {q->code, "event code", "%c.code GLOB ?", 1},
    };
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++) {
        if (!prefixes[i].val || !*prefixes[i].val)
            continue;
        if (!S_prefix(prefixes[i].val, pat)) {
            dyad_diagf(diag, DYAD_ERROR, NULL, 0, "bad %s code '%s'", prefixes[i].what,
                       prefixes[i].val);
            return DYAD_EINVAL;
        }
        snprintf(c, sizeof c, prefixes[i].cond, x, x);
        S_cond(w, c, pat, prefixes[i].times);
    }
    if (q->root && *q->root) {
        snprintf(c, sizeof c, "%c.root = ?", x);
        S_cond(w, c, q->root, 1);
    }
    if (q->quad) {
        if (q->quad < 1 || q->quad > 4) {
            dyad_diagf(diag, DYAD_ERROR, NULL, 0, "quad class %d is not 1..4", q->quad);
            return DYAD_EINVAL;
        }
        snprintf(c, sizeof c, "%c.quad = %d", x, q->quad);
        S_cond(w, c, "", 0);
    }
    if (q->modality >= 0) {
        snprintf(c, sizeof c, "%c.modality = ?", x);
        S_cond(w, c, dyad_modality_name((dyad_modality)q->modality), 1);
    }
    /* Plain string comparison: "2015-06" sorts before "2015-06-01", so partial dates
     * fall inside a range only when the range includes the month's (year's) start. */
    if (q->from && *q->from) {
        snprintf(c, sizeof c, "%c.date >= ?", x);
        S_cond(w, c, q->from, 1);
    }
    if (q->to && *q->to) {
        snprintf(c, sizeof c, "%c.date <= ?", x);
        S_cond(w, c, q->to, 1);
    }
    if (q->text && *q->text) {
        if (strlen(q->text) >= sizeof w->param[0]) {
            dyad_diagf(diag, DYAD_ERROR, NULL, 0, "text query longer than %zu bytes",
                       sizeof w->param[0] - 1);
            return DYAD_EINVAL;
        }
        S_cond(w,
               x == 'm' ? "m.sentence_id IN (SELECT rowid FROM sentences_fts WHERE "
                          "sentences_fts MATCH ?)"
                        : "e.event_id IN (SELECT mm.event_id FROM mentions mm WHERE "
                          "mm.sentence_id IN (SELECT rowid FROM sentences_fts WHERE "
                          "sentences_fts MATCH ?))",
               q->text, 1);
    }
    return w->err ? DYAD_ENOMEM : DYAD_OK;
}

/* Prepare "head WHERE... tail" and bind the filter values. */
static dyad_status S_prepare(dyad_store *s, const char *head, S_where *w, const char *tail,
                             long limit, sqlite3_stmt **out, dyad_diag *diag)
{
    dyad_buf sql = {0};
    *out = NULL;
    if (dyad_buf_puts(&sql, head) || dyad_buf_put(&sql, w->sql.data, w->sql.len) ||
        dyad_buf_puts(&sql, tail) || (limit > 0 && dyad_buf_printf(&sql, " LIMIT %ld", limit))) {
        dyad_buf_free(&sql);
        return DYAD_ENOMEM;
    }
    int rc = sqlite3_prepare_v2(s->db, sql.data, -1, out, NULL);
    dyad_buf_free(&sql);
    if (rc != SQLITE_OK)
        return dyad_store_sqlerr(s, diag, "query");
    for (int i = 0; i < w->nparam; i++)
        sqlite3_bind_text(*out, i + 1, w->param[i], -1, SQLITE_STATIC);
    return DYAD_OK;
}

/* A failed step: FTS5 query syntax is the user's error, anything else the store's. */
static dyad_status S_step_error(dyad_store *s, dyad_diag *diag)
{
    const char *msg = sqlite3_errmsg(s->db);
    if (strstr(msg, "fts5") || strstr(msg, "syntax error") || strstr(msg, "no such column")) {
        dyad_diagf(diag, DYAD_ERROR, NULL, 0, "bad text query: %s", msg);
        return DYAD_ESYNTAX;
    }
    return dyad_store_sqlerr(s, diag, "query");
}

/* Reads one result row and hands it on; nonzero stops. */
typedef int (*S_row_fn)(sqlite3_stmt *st, void *ctx);

/* Run "head WHERE... tail" over its rows; st is the status of building w (the query
 * does not run unless DYAD_OK). Frees w's text. */
static dyad_status S_rows(dyad_store *s, dyad_status st, const char *head, S_where *w,
                          const char *tail, long limit, S_row_fn row, void *ctx,
                          dyad_diag *diag)
{
    sqlite3_stmt *stmt = NULL;
    if (st == DYAD_OK)
        st = S_prepare(s, head, w, tail, limit, &stmt, diag);
    dyad_buf_free(&w->sql);
    if (st != DYAD_OK)
        return st;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        if (row(stmt, ctx)) {
            rc = SQLITE_DONE;
            break;
        }
    if (rc != SQLITE_DONE)
        st = S_step_error(s, diag);
    sqlite3_finalize(stmt);
    return st;
}

static const char *S_col(sqlite3_stmt *st, int i)
{
    const char *t = (const char *)sqlite3_column_text(st, i);
    return t ? t : "";
}

static void S_copy(char *dst, size_t cap, const char *src)
{
    snprintf(dst, cap, "%s", src);
}

static dyad_span S_span(sqlite3_stmt *st, int i)
{
    dyad_span sp = {0, 0};
    if (sqlite3_column_type(st, i) != SQLITE_NULL) {
        sp.off = (uint32_t)sqlite3_column_int64(st, i);
        sp.len = (uint32_t)sqlite3_column_int64(st, i + 1);
    }
    return sp;
}

/* Columns 0..: x.date source target code quad goldstein modality (x = e or m), then
 * mention and article details; see S_select. */
static const char S_select_fmt[] =
    "SELECT %c.date, %c.source, %c.target, %c.code, %c.quad, %c.goldstein, %c.modality,"
    " m.sent, s.text, s.off, m.date_basis, m.article_date,"
    " m.source_off, m.source_len, m.target_off, m.target_len, m.verb_off, m.verb_len,"
    " a.doc, a.url, a.outlet, length(CAST(a.text AS BLOB)), d.doc,"
    " e.event_id, %s, e.num_mentions, e.num_sources, e.num_articles, m.context"
    " FROM %s JOIN sentences s ON s.sentence_id = m.sentence_id"
    " JOIN articles a ON a.article_id = m.article_id"
    " LEFT JOIN articles d ON d.article_id = a.dup_of";

static void S_fill(sqlite3_stmt *st, int mentions, dyad_record *r)
{
    memset(r, 0, sizeof *r);
    dyad_event *ev = &r->ev;
    S_copy(ev->date, sizeof ev->date, S_col(st, 0));
    S_copy(ev->source, sizeof ev->source, S_col(st, 1));
    S_copy(ev->target, sizeof ev->target, S_col(st, 2));
    S_copy(ev->code, sizeof ev->code, S_col(st, 3));
    ev->quad = sqlite3_column_int(st, 4);
    ev->goldstein = sqlite3_column_double(st, 5);
    int m = dyad_modality_parse(S_col(st, 6));
    ev->modality = m < 0 ? DYAD_MOD_ASSERTED : (dyad_modality)m;
    ev->sent = sqlite3_column_int(st, 7);
    ev->text = S_col(st, 8);
    ev->sent_off = (uint32_t)sqlite3_column_int64(st, 9);
    int b = dyad_date_basis_parse(S_col(st, 10));
    ev->date_basis = b < 0 ? DYAD_DATE_ARTICLE : (dyad_date_basis)b;
    S_copy(ev->article_date, sizeof ev->article_date, S_col(st, 11));
    ev->source_span = S_span(st, 12);
    ev->target_span = S_span(st, 14);
    ev->verb_span = S_span(st, 16);
    ev->doc = S_col(st, 18);
    r->url = S_col(st, 19);
    r->outlet = S_col(st, 20);
    r->doc_len = sqlite3_column_int64(st, 21);
    r->dup_of = S_col(st, 22);
    r->event_id = sqlite3_column_int64(st, 23);
    if (mentions) {
        r->mention_id = sqlite3_column_int64(st, 24);
    } else {
        r->num_mentions = sqlite3_column_int(st, 25);
        r->num_sources = sqlite3_column_int(st, 26);
        r->num_articles = sqlite3_column_int(st, 27);
    }
    int k = dyad_context_parse((const char *)sqlite3_column_text(st, 28));
    ev->context = k < 0 ? 0 : k;
}

typedef struct S_records {
    dyad_record_fn fn;
    void *user;
    int mentions;
} S_records;

static int S_record_row(sqlite3_stmt *st, void *ctx)
{
    S_records *c = ctx;
    dyad_record r;
    S_fill(st, c->mentions, &r);
    return c->fn(c->user, &r);
}

dyad_status dyad_store_query(dyad_store *s, const dyad_query *q, dyad_record_fn fn,
                             void *user, dyad_diag *diag)
{
    char x = q->mentions ? 'm' : 'e', head[1400];
    snprintf(head, sizeof head, S_select_fmt, x, x, x, x, x, x, x,
             q->mentions ? "m.mention_id" : "e.rep_mention_id",
             q->mentions ? "mentions m JOIN events e ON e.event_id = m.event_id"
                         : "events e JOIN mentions m ON m.mention_id = e.rep_mention_id");
    S_where w;
    memset(&w, 0, sizeof w);
    dyad_status st = S_filters(&w, q, x, diag);
    S_records c = {fn, user, q->mentions};
    return S_rows(s, st, head, &w,
                  q->mentions ? " ORDER BY m.date, m.mention_id" : " ORDER BY e.date, e.event_id",
                  q->limit, S_record_row, &c, diag);
}

/* An actor's country-level key in SQL: 3 characters, 6 for transnational roots
 * (util.h, dyad_actor_key_len). */
static const char S_country_fmt[] =
    "CASE WHEN substr(%c.source, 1, 3) IN ('IGO', 'NGO', 'IMG', 'MNC') "
    "THEN substr(%c.source, 1, 6) ELSE substr(%c.source, 1, 3) END";

typedef struct S_dyads {
    dyad_dyad_fn fn;
    void *user;
} S_dyads;

static int S_dyad_row(sqlite3_stmt *st, void *ctx)
{
    S_dyads *c = ctx;
    dyad_dyad_row r = {
        .period = S_col(st, 0),
        .source = S_col(st, 1),
        .target = S_col(st, 2),
        .events = sqlite3_column_int64(st, 3),
        .mentions = sqlite3_column_int64(st, 4),
        .goldstein_sum = sqlite3_column_double(st, 5),
        .goldstein_mean = sqlite3_column_double(st, 6),
    };
    return c->fn(c->user, &r);
}

dyad_status dyad_store_dyads(dyad_store *s, const dyad_query *q, dyad_period by, int level,
                             dyad_dyad_fn fn, void *user, dyad_diag *diag)
{
    dyad_query none = {.modality = -1};
    if (!q)
        q = &none;
    if (level < 0 || level > 32)
        return DYAD_EINVAL;
    char x = q->mentions ? 'm' : 'e', period[200], src[200], tgt[200], head[1400];
    switch (by) {
    case DYAD_BY_DAY: snprintf(period, sizeof period, "%c.date", x); break;
    case DYAD_BY_WEEK:
        /* the Monday on or before the day */
        snprintf(period, sizeof period,
                 "date(%c.date, '-' || ((CAST(strftime('%%w', %c.date) AS INTEGER) + 6) %% 7)"
                 " || ' days')",
                 x, x);
        break;
    case DYAD_BY_MONTH: snprintf(period, sizeof period, "substr(%c.date, 1, 7)", x); break;
    default: return DYAD_EINVAL;
    }
    if (level == 3) { /* country level, as event merging keys actors */
        snprintf(src, sizeof src, S_country_fmt, x, x, x);
        snprintf(tgt, sizeof tgt, S_country_fmt, x, x, x);
        for (char *p = tgt; (p = strstr(p, "source")); p += 6)
            memcpy(p, "target", 6);
    } else if (level) {
        snprintf(src, sizeof src, "substr(%c.source, 1, %d)", x, level);
        snprintf(tgt, sizeof tgt, "substr(%c.target, 1, %d)", x, level);
    } else {
        snprintf(src, sizeof src, "%c.source", x);
        snprintf(tgt, sizeof tgt, "%c.target", x);
    }
    snprintf(head, sizeof head,
             "SELECT %s AS p, %s AS src, %s AS tgt, count(*), %s, sum(%c.goldstein),"
             " avg(%c.goldstein) FROM %s",
             period, src, tgt, q->mentions ? "count(*)" : "sum(e.num_mentions)", x, x,
             q->mentions ? "mentions m" : "events e");
    S_where w;
    memset(&w, 0, sizeof w);
    dyad_status st = S_filters(&w, q, x, diag);
    if (st == DYAD_OK) {
        char cond[64];
        snprintf(cond, sizeof cond, "length(%c.date) >= %d", x, by == DYAD_BY_MONTH ? 7 : 10);
        S_cond(&w, cond, "", 0);
        st = w.err ? DYAD_ENOMEM : DYAD_OK;
    }
    S_dyads c = {fn, user};
    return S_rows(s, st, head, &w, " GROUP BY p, src, tgt ORDER BY p, src, tgt", 0, S_dyad_row,
                  &c, diag);
}

void dyad_query_init(dyad_query *q)
{
    memset(q, 0, sizeof *q);
    q->modality = -1;
}

static int S_is_date(const char *d)
{
    if (strlen(d) != 10 || d[4] != '-' || d[7] != '-')
        return 0;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && (d[i] < '0' || d[i] > '9'))
            return 0;
    return 1;
}

/* Split "SRC-TGT" at the first '-' that follows a character other than '-', so that
 * codes with the unknown-country marker ("---GOV-RUS") still split in the right place. */
static int S_split_dyad(const char *v, char out[2][33])
{
    size_t n = strlen(v);
    for (size_t i = 1; i + 1 < n; i++)
        if (v[i] == '-' && v[i - 1] != '-') {
            if (i > 32 || n - i - 1 > 32)
                return 0;
            memcpy(out[0], v, i);
            out[0][i] = '\0';
            memcpy(out[1], v + i + 1, n - i - 1);
            out[1][n - i - 1] = '\0';
            return 1;
        }
    return 0;
}

dyad_status dyad_query_set(dyad_query *q, const char *name, const char *value,
                           dyad_diag *diag)
{
    char *end;
    if (!strcmp(name, "actor"))
        q->actor = value;
    else if (!strcmp(name, "code"))
        q->code = value;
    else if (!strcmp(name, "text"))
        q->text = value;
    else if (!strcmp(name, "root")) {
        if (strlen(value) != 2 || strspn(value, "0123456789") != 2)
            goto bad;
        q->root = value;
    } else if (!strcmp(name, "dyad")) {
        if (!S_split_dyad(value, q->pair))
            goto bad;
        q->source = q->pair[0];
        q->target = q->pair[1];
    } else if (!strcmp(name, "quad")) {
        long v = strtol(value, &end, 10);
        if (*end || v < 1 || v > 4)
            goto bad;
        q->quad = (int)v;
    } else if (!strcmp(name, "modality")) {
        if ((q->modality = dyad_modality_parse(value)) < 0)
            goto bad;
    } else if (!strcmp(name, "from") || !strcmp(name, "to")) {
        if (!S_is_date(value))
            goto bad;
        *(name[0] == 'f' ? &q->from : &q->to) = value;
    } else if (!strcmp(name, "limit")) {
        long v = strtol(value, &end, 10);
        if (*end || v < 1)
            goto bad;
        q->limit = v;
    } else {
        return DYAD_ENOTFOUND;
    }
    return DYAD_OK;
bad:
    dyad_diagf(diag, DYAD_ERROR, NULL, 0, "bad value for %s: '%s'", name, value);
    return DYAD_EINVAL;
}

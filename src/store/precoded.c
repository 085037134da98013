/*
 * precoded.c — reader of pre-coded articles as JSON lines (format in dyad_store.h):
 * an article with its event records already attached, as `dyad code --format articles`
 * writes them (or any tool that writes the records of shared/schema/events.md). It
 * stands in for the live coder behind dyad_code_fn, so that shards coded elsewhere
 * (a cluster job) are stored exactly as a live run would store them, and stored
 * results can be produced, tested and benchmarked without the parser.
 *
 * Sentence spans and span offsets are taken as given when the line has them, and
 * checked against the text; records of other tools, which carry only the sentence
 * text and the words, are placed by searching (see dyad_store.h).
 */
#define _GNU_SOURCE /* memmem */
#include <cJSON.h>
#include <stdlib.h>
#include <string.h>
#include "dyad_store.h"
#include "store/store_int.h"
#include "util/util.h"

/* More sentences than any article has: bounds the span table an input can demand. */
#define S_MAX_SENT 100000

struct dyad_precoded {
    dyad_arena *arena;   /* strings of the current article */
    const char *id;
    const char *text;
    size_t text_len;
    dyad_span *sents;    /* [nsent] */
    size_t nsent;
    dyad_event *events;  /* [nevents] */
    size_t nevents;
};

dyad_precoded *dyad_precoded_new(void)
{
    return calloc(1, sizeof(dyad_precoded));
}

static void S_reset(dyad_precoded *p)
{
    dyad_arena_free(p->arena);
    free(p->sents);
    free(p->events);
    p->arena = NULL;
    p->sents = NULL;
    p->events = NULL;
    p->nsent = p->nevents = 0;
    p->id = p->text = NULL;
    p->text_len = 0;
}

void dyad_precoded_free(dyad_precoded *p)
{
    if (!p)
        return;
    S_reset(p);
    free(p);
}

typedef struct S_ctx {
    dyad_precoded *p;
    const char *file;
    long line;
    dyad_diag *diag;
} S_ctx;

#define S_FAIL(c, st, ...)                                                        \
    do {                                                                          \
        dyad_diagf((c)->diag, DYAD_WARN, (c)->file, (c)->line, __VA_ARGS__);      \
        return (st);                                                              \
    } while (0)

/* A string member: NULL when absent (ok), error when present but not a string. */
static int S_get_str(const cJSON *o, const char *key, const char **out)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    *out = NULL;
    if (!v || cJSON_IsNull(v))
        return 0;
    if (!cJSON_IsString(v) || !v->valuestring)
        return -1;
    *out = v->valuestring;
    return 0;
}

static const char *S_dup(S_ctx *c, const char *s)
{
    return dyad_arena_strndup(c->p->arena, s ? s : "", s ? strlen(s) : 0);
}

/* Copy a string member into a fixed field; absent is "". */
/* A string member naming an enum value (parse: name -> value, -1 when unknown), dflt
 * when absent. */
static dyad_status S_enum(S_ctx *c, const cJSON *o, size_t i, const char *key,
                          int (*parse)(const char *), int dflt, int *out)
{
    const char *s;
    if (S_get_str(o, key, &s))
        S_FAIL(c, DYAD_ESYNTAX, "event %zu: \"%s\" is not a string", i, key);
    *out = s ? parse(s) : dflt;
    if (*out < 0)
        S_FAIL(c, DYAD_ESYNTAX, "event %zu: unknown %s \"%s\"", i, key, s);
    return DYAD_OK;
}

static dyad_status S_field(S_ctx *c, const cJSON *o, size_t i, const char *key, char *dst,
                           size_t cap)
{
    const char *v;
    if (S_get_str(o, key, &v))
        S_FAIL(c, DYAD_ESYNTAX, "event %zu: \"%s\" is not a string", i, key);
    if (v && strlen(v) >= cap)
        S_FAIL(c, DYAD_ELIMIT, "event %zu: \"%s\" longer than %zu bytes", i, key, cap - 1);
    snprintf(dst, cap, "%s", v ? v : "");
    return DYAD_OK;
}

static int S_date_ok(const char *d)
{
    static const char *const shapes[] = {"", "dddd", "dddd-dd", "dddd-dd-dd"};
    for (size_t k = 0; k < 4; k++) {
        const char *s = shapes[k];
        if (strlen(s) != strlen(d))
            continue;
        size_t i = 0;
        for (; s[i]; i++)
            if (s[i] == 'd' ? (d[i] < '0' || d[i] > '9') : d[i] != s[i])
                break;
        if (!s[i])
            return 1;
    }
    return 0;
}

/* A non-negative integer below max, or -1. (Range first: the cast needs it.) */
static double S_index(const cJSON *v, double max)
{
    if (!cJSON_IsNumber(v) || !(v->valuedouble >= 0 && v->valuedouble < max) ||
        v->valuedouble != (double)(long)v->valuedouble)
        return -1;
    return v->valuedouble;
}

/*
 * The span of the words w in the sentence: at offset off when given (an error when
 * they are not there), else at their first occurrence (a warning and an empty span
 * when they do not occur). Empty when w is.
 */
static dyad_status S_locate(S_ctx *c, size_t i, const char *key, const char *sent,
                            const char *w, const cJSON *off, dyad_span *sp)
{
    *sp = (dyad_span){0, 0};
    size_t wl = w ? strlen(w) : 0, sl = strlen(sent);
    if (off) {
        double o = S_index(off, (double)sl + 1);
        if (o < 0 || !wl || (size_t)o + wl > sl || memcmp(sent + (size_t)o, w, wl))
            S_FAIL(c, DYAD_ESYNTAX, "event %zu: \"%s\" is not where its offset says", i, key);
        *sp = (dyad_span){(uint32_t)o, (uint32_t)wl};
        return DYAD_OK;
    }
    if (!wl)
        return DYAD_OK;
    const char *hit = strstr(sent, w);
    if (!hit) {
        dyad_diagf(c->diag, DYAD_WARN, c->file, c->line,
                   "event %zu: \"%s\" words not found in its sentence", i, key);
        return DYAD_OK;
    }
    *sp = (dyad_span){(uint32_t)(hit - sent), (uint32_t)wl};
    return DYAD_OK;
}

static dyad_status S_event(S_ctx *c, const cJSON *o, size_t i, dyad_event *e)
{
    const char *s;
    memset(e, 0, sizeof *e);
    if (!cJSON_IsObject(o))
        S_FAIL(c, DYAD_ESYNTAX, "event %zu is not an object", i);
    double sent = S_index(cJSON_GetObjectItemCaseSensitive(o, "sent"), S_MAX_SENT);
    if (sent < 0)
        S_FAIL(c, DYAD_ESYNTAX, "event %zu: \"sent\" must be an integer 0..%d", i,
               S_MAX_SENT - 1);
    e->sent = (int)sent;
    if (S_get_str(o, "text", &s) || !s || !*s)
        S_FAIL(c, DYAD_ESYNTAX, "event %zu: \"text\" (the sentence) missing", i);
    e->text = S_dup(c, s);
    if (S_get_str(o, "doc", &s))
        S_FAIL(c, DYAD_ESYNTAX, "event %zu: \"doc\" is not a string", i);
    if (s && strcmp(s, c->p->id))
        S_FAIL(c, DYAD_ESYNTAX, "event %zu: \"doc\" %s is not the article's id", i, s);
    e->doc = c->p->id;
    dyad_status st;
    if ((st = S_field(c, o, i, "source", e->source, sizeof e->source)) ||
        (st = S_field(c, o, i, "target", e->target, sizeof e->target)) ||
        (st = S_field(c, o, i, "code", e->code, sizeof e->code)) ||
        (st = S_field(c, o, i, "date", e->date, sizeof e->date)) ||
        (st = S_field(c, o, i, "article_date", e->article_date, sizeof e->article_date)))
        return st;
    size_t cl = strlen(e->code);
    if (cl < 3 || cl > 4 || strspn(e->code, "0123456789") != cl)
        S_FAIL(c, DYAD_ESYNTAX, "event %zu: \"code\" must be 3 or 4 digits", i);
    if (!S_date_ok(e->date) || !S_date_ok(e->article_date))
        S_FAIL(c, DYAD_ESYNTAX, "event %zu: dates must be YYYY-MM-DD, YYYY-MM or YYYY", i);
    const cJSON *quad = cJSON_GetObjectItemCaseSensitive(o, "quad");
    if (!cJSON_IsNumber(quad) || quad->valuedouble < 1 || quad->valuedouble > 4 ||
        quad->valuedouble != (double)(int)quad->valuedouble)
        S_FAIL(c, DYAD_ESYNTAX, "event %zu: \"quad\" must be 1..4", i);
    e->quad = (int)quad->valuedouble;
    const cJSON *g = cJSON_GetObjectItemCaseSensitive(o, "goldstein");
    if (g && !cJSON_IsNumber(g))
        S_FAIL(c, DYAD_ESYNTAX, "event %zu: \"goldstein\" is not a number", i);
    e->goldstein = g ? g->valuedouble : 0.0;
    if (e->goldstein < -10 || e->goldstein > 10)
        S_FAIL(c, DYAD_ESYNTAX, "event %zu: \"goldstein\" outside -10..10", i);
    int m, b;
    if ((st = S_enum(c, o, i, "modality", dyad_modality_parse, DYAD_MOD_ASSERTED, &m)) ||
        (st = S_enum(c, o, i, "date_basis", dyad_date_basis_parse, DYAD_DATE_ARTICLE, &b)))
        return st;
    e->modality = (dyad_modality)m;
    e->date_basis = (dyad_date_basis)b;
    static const char *const spans[] = {"source_text", "target_text", "verb_text"};
    static const char *const offs[] = {"source_off", "target_off", "verb_off"};
    dyad_span *dst[] = {&e->source_span, &e->target_span, &e->verb_span};
    for (int k = 0; k < 3; k++) {
        if (S_get_str(o, spans[k], &s))
            S_FAIL(c, DYAD_ESYNTAX, "event %zu: \"%s\" is not a string", i, spans[k]);
        if ((st = S_locate(c, i, spans[k], e->text, s,
                           cJSON_GetObjectItemCaseSensitive(o, offs[k]), dst[k])))
            return st;
    }
    /* a party the sentence left out, taken from the article's context */
    if (S_get_str(o, "context", &s))
        S_FAIL(c, DYAD_ESYNTAX, "event %zu: \"context\" is not a string", i);
    e->context = dyad_context_parse(s);
    if (e->context < 0)
        S_FAIL(c, DYAD_ESYNTAX, "event %zu: \"context\" must be \"target\" or \"source\"", i);
    return DYAD_OK;
}

static int S_by_sent(const void *x, const void *y)
{
    const dyad_event *a = *(const dyad_event *const *)x, *b = *(const dyad_event *const *)y;
    return (a->sent > b->sent) - (a->sent < b->sent);
}

/* The "sents" member: every sentence's span in the text. */
static dyad_status S_given_sentences(S_ctx *c, const cJSON *arr)
{
    dyad_precoded *p = c->p;
    if (!cJSON_IsArray(arr))
        S_FAIL(c, DYAD_ESYNTAX, "\"sents\" is not an array");
    size_t n = (size_t)cJSON_GetArraySize(arr);
    if (n > S_MAX_SENT)
        S_FAIL(c, DYAD_ELIMIT, "more than %d sentences", S_MAX_SENT);
    if (n && !(p->sents = calloc(n, sizeof *p->sents)))
        return DYAD_ENOMEM;
    p->nsent = n;
    size_t i = 0;
    for (const cJSON *sp = arr->child; sp; sp = sp->next, i++) {
        double off = -1, len = -1;
        if (cJSON_IsArray(sp) && cJSON_GetArraySize(sp) == 2) {
            off = S_index(sp->child, (double)p->text_len + 1);
            len = S_index(sp->child->next, (double)p->text_len + 1);
        }
        if (off < 0 || len < 0 || off + len > (double)p->text_len)
            S_FAIL(c, DYAD_ESYNTAX, "sentence %zu: not [offset,length] inside the text", i);
        p->sents[i] = (dyad_span){(uint32_t)off, (uint32_t)len};
    }
    return DYAD_OK;
}

/* Each event's sentence is the given span's text. */
static dyad_status S_check_sentences(S_ctx *c)
{
    dyad_precoded *p = c->p;
    for (size_t i = 0; i < p->nevents; i++) {
        const dyad_event *e = &p->events[i];
        const dyad_span *sp = (size_t)e->sent < p->nsent ? &p->sents[e->sent] : NULL;
        if (!sp || !sp->len || strlen(e->text) != sp->len ||
            memcmp(p->text + sp->off, e->text, sp->len))
            S_FAIL(c, DYAD_ESYNTAX, "event %zu: its text is not sentence %d", i, e->sent);
    }
    return DYAD_OK;
}

/* Sentence spans from the events' sentence texts (see dyad_store.h). */
static dyad_status S_search_sentences(S_ctx *c)
{
    dyad_precoded *p = c->p;
    size_t n = p->nevents, nsent = 0;
    if (!n)
        return DYAD_OK;
    const dyad_event **order = malloc(n * sizeof *order);
    if (!order)
        return DYAD_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        order[i] = &p->events[i];
        if ((size_t)p->events[i].sent + 1 > nsent)
            nsent = (size_t)p->events[i].sent + 1;
    }
    qsort(order, n, sizeof *order, S_by_sent);
    p->sents = calloc(nsent, sizeof *p->sents);
    dyad_status st = p->sents ? DYAD_OK : DYAD_ENOMEM;
    p->nsent = nsent;
    size_t from = 0;
    for (size_t i = 0; i < n && st == DYAD_OK; i++) {
        const dyad_event *e = order[i];
        dyad_span *sp = &p->sents[e->sent];
        size_t tl = strlen(e->text);
        if (sp->len) {
            if (tl != sp->len || memcmp(p->text + sp->off, e->text, tl)) {
                dyad_diagf(c->diag, DYAD_WARN, c->file, c->line,
                           "events disagree on the text of sentence %d", e->sent);
                st = DYAD_ESYNTAX;
            }
            continue;
        }
        const char *hit = from < p->text_len
                              ? memmem(p->text + from, p->text_len - from, e->text, tl)
                              : NULL;
        if (!hit)
            hit = memmem(p->text, p->text_len, e->text, tl);
        if (!hit) {
            dyad_diagf(c->diag, DYAD_WARN, c->file, c->line,
                       "sentence %d of the events does not occur in the article text",
                       e->sent);
            st = DYAD_ESYNTAX;
            continue;
        }
        sp->off = (uint32_t)(hit - p->text);
        sp->len = (uint32_t)tl;
        from = sp->off + tl;
    }
    free(order);
    return st;
}

static dyad_status S_parse(S_ctx *c, const cJSON *j, dyad_article *a)
{
    dyad_precoded *p = c->p;
    const char *id, *date, *title, *url, *source, *text;
    if (!cJSON_IsObject(j))
        S_FAIL(c, DYAD_ESYNTAX, "not a JSON object");
    if (S_get_str(j, "id", &id) || !id || !*id)
        S_FAIL(c, DYAD_ESYNTAX, "\"id\" missing or not a string");
    if (S_get_str(j, "text", &text) || !text)
        S_FAIL(c, DYAD_ESYNTAX, "article %s: \"text\" missing or not a string", id);
    if (S_get_str(j, "date", &date) || S_get_str(j, "title", &title) ||
        S_get_str(j, "url", &url) || S_get_str(j, "source", &source))
        S_FAIL(c, DYAD_ESYNTAX, "article %s: date, title, url and source must be strings", id);
    if (date && !S_date_ok(date))
        S_FAIL(c, DYAD_ESYNTAX, "article %s: \"date\" must be YYYY-MM-DD", id);
    p->id = S_dup(c, id);
    p->text = S_dup(c, text);
    p->text_len = strlen(text);
    memset(a, 0, sizeof *a);
    a->id = p->id;
    a->date = S_dup(c, date);
    a->title = S_dup(c, title);
    a->url = S_dup(c, url);
    a->source = S_dup(c, source);
    a->text = p->text;
    a->text_len = p->text_len;
    a->file = c->file;
    a->line = c->line;
    if (!p->id || !p->text || !a->date || !a->title || !a->url || !a->source)
        return DYAD_ENOMEM;

    const cJSON *sents = cJSON_GetObjectItemCaseSensitive(j, "sents");
    int given = sents && !cJSON_IsNull(sents);
    dyad_status st;
    if (given && (st = S_given_sentences(c, sents)) != DYAD_OK)
        return st;
    const cJSON *evs = cJSON_GetObjectItemCaseSensitive(j, "events");
    if (evs && !cJSON_IsNull(evs) && !cJSON_IsArray(evs))
        S_FAIL(c, DYAD_ESYNTAX, "article %s: \"events\" is not an array", id);
    size_t n = evs ? (size_t)cJSON_GetArraySize(evs) : 0;
    if (n) {
        p->events = calloc(n, sizeof *p->events);
        if (!p->events)
            return DYAD_ENOMEM;
    }
    size_t i = 0;
    for (const cJSON *e = evs ? evs->child : NULL; e; e = e->next, i++) {
        if ((st = S_event(c, e, i, &p->events[i])) != DYAD_OK)
            return st;
        if (!p->events[i].text)
            return DYAD_ENOMEM;
        p->nevents = i + 1;
    }
    if ((st = given ? S_check_sentences(c) : S_search_sentences(c)) != DYAD_OK)
        return st;
    for (i = 0; i < p->nevents; i++)
        p->events[i].sent_off = p->sents[p->events[i].sent].off;
    return DYAD_OK;
}

dyad_status dyad_precoded_parse(dyad_precoded *p, const char *line, size_t len,
                                const char *file, long lineno, dyad_article *a,
                                dyad_diag *diag)
{
    S_reset(p);
    S_ctx c = {p, file, lineno, diag};
    p->arena = dyad_arena_new();
    if (!p->arena)
        return DYAD_ENOMEM;
    cJSON *j = cJSON_ParseWithLength(line, len);
    if (!j)
        S_FAIL(&c, DYAD_ESYNTAX, "malformed JSON");
    dyad_status st = S_parse(&c, j, a);
    cJSON_Delete(j);
    if (st != DYAD_OK) {
        S_reset(p);
        memset(a, 0, sizeof *a);
    }
    return st;
}

dyad_status dyad_precoded_code(void *user, const dyad_article *a, dyad_coded_article *out)
{
    dyad_precoded *p = user;
    if (!p->id || strcmp(a->id, p->id))
        return DYAD_EINVAL;
    out->clean_text = p->text;
    out->clean_len = p->text_len;
    out->sents = p->sents;
    out->nsent = p->nsent;
    out->events = p->events;
    out->nevents = p->nevents;
    return DYAD_OK;
}

/*
 * cmd_score.c — `dyad score`: precision, recall and F1 of coded events against a
 * hand-coded gold file (format and rules: tests/eval/README.md).
 *
 * Events are compared within one article at the level of (source, target, CAMEO root).
 * S_level() cuts an actor code to its country (first 3 letters: USAGOV -> USA) or, for
 * the organisation prefixes IGO/NGO/MNC/IMG, to the prefix plus its first qualifier
 * (6 letters: IGOUNOKID -> IGOUNO). System events whose source or target is unknown are
 * not scored, because gold lists only events between identifiable actors. Each system
 * event, in file order, takes one unmatched gold event with the same key, preferring the
 * same sentence and then the same full code (greedy one-to-one matching). The sentence
 * of an event of a corpus passage is the gold's: the "sents" range its sentence starts in
 * (S_renumber), not the coder's own count.
 *
 * `--articles` prints the gold articles as JSON lines for `dyad code`; passages of the
 * shared VOA corpus are cut out of ../shared by byte offsets and checked by hash, so the
 * repository holds no copy of their text. Tooling, not library: it lives in the command.
 */
#define _GNU_SOURCE /* memmem */
#include <cJSON.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "util/util.h"

#define S_NROOT 21 /* roots 01..20; index 0 unused */

typedef struct S_ev {
    char src[8], tgt[8];           /* comparison level, "" when unknown */
    char src_code[32], tgt_code[32];
    char code[8], root[3];
    char modality[16];
    char date[11];                 /* gold: "" means the article's date */
    int sent;                      /* -1 when not given */
    const char *text;              /* system: the sentence; gold: the note; never NULL */
    long line;
    long match;                    /* partner's index, -1 when unmatched */
    int skip;                      /* unknown actor, or a repeat under --distinct */
} S_ev;

typedef struct S_evs {
    S_ev *v;
    size_t n, cap;
} S_evs;

typedef struct S_doc {
    const char *id, *date, *title, *text; /* text NULL for corpus passages */
    const char *story, *corpus, *fnv;     /* corpus passage: story id, file, hash */
    long start, end, line;                /* byte range of the passage in the story */
    const long *starts;                   /* corpus passage: where each "sents" range starts */
    long nsents;                          /* how many ranges; -1 for a text article */
    S_evs gold, absent, sys;
} S_doc;

typedef struct S_ctx {
    const char *gold_file;
    dyad_arena *arena;
    dyad_strmap *ids;
    S_doc *docs;
    size_t ndocs, capdocs;
    dyad_diag diag;
    long outside, unknown;  /* system events of no gold article / with an unknown actor */
} S_ctx;

static const char *const S_modalities[] = {"asserted", "planned", "hypothetical",
                                           "question", "negated"};

/* ---- small checks on outside strings ---- */

static int S_is_actor(const char *s)
{
    size_t n = strlen(s);
    if (n < 3 || n >= 32)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < 'A' || s[i] > 'Z')
            return 0;
    return 1;
}

static int S_is_code(const char *s)
{
    size_t n = strlen(s);
    if (n < 3 || n > 4)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    int r = (s[0] - '0') * 10 + (s[1] - '0');
    return r >= 1 && r <= 20;
}

static int S_is_root(const char *s)
{
    return strlen(s) == 2 && s[0] >= '0' && s[0] <= '2' && s[1] >= '0' && s[1] <= '9' &&
           atoi(s) >= 1 && atoi(s) <= 20;
}

/* YYYY, YYYY-MM or YYYY-MM-DD with a plausible month and day. */
static int S_is_date(const char *s)
{
    size_t n = strlen(s);
    if (n != 4 && n != 7 && n != 10)
        return 0;
    for (size_t i = 0; i < n; i++) {
        int dash = i == 4 || i == 7;
        if (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
            return 0;
    }
    if (n >= 7 && (atoi(s + 5) < 1 || atoi(s + 5) > 12))
        return 0;
    if (n == 10 && (atoi(s + 8) < 1 || atoi(s + 8) > 31))
        return 0;
    return 1;
}

static int S_modality_ok(const char *s, int first, int last)
{
    for (int i = first; i <= last; i++)
        if (!strcmp(s, S_modalities[i]))
            return 1;
    return 0;
}

/* The comparison level of an actor code (see the file comment); "" stays "". */
static void S_level(const char *code, char out[8])
{
    size_t n = dyad_actor_key_len(code);
    memcpy(out, code, n);
    out[n] = '\0';
}

/* ---- containers ---- */

static S_ev *S_push(S_evs *e)
{
    if (dyad_vec_grow((void **)&e->v, &e->cap, e->n, sizeof *e->v))
        return NULL;
    S_ev *ev = &e->v[e->n++];
    memset(ev, 0, sizeof *ev);
    ev->sent = -1;
    ev->match = -1;
    ev->text = "";
    return ev;
}

static void S_ctx_free(S_ctx *c)
{
    for (size_t i = 0; i < c->ndocs; i++) {
        free(c->docs[i].gold.v);
        free(c->docs[i].absent.v);
        free(c->docs[i].sys.v);
    }
    free(c->docs);
    dyad_strmap_free(c->ids);
    dyad_arena_free(c->arena);
}

static S_doc *S_find_doc(S_ctx *c, const char *id)
{
    void *v = dyad_strmap_get(c->ids, id, strlen(id));
    return v ? &c->docs[(uintptr_t)v - 1] : NULL;
}

/* ---- reading JSON lines ---- */

/* String member `key` of o: def when absent, NULL (and *bad set) when not a string. */
static const char *S_str(const cJSON *o, const char *key, const char *def, int *bad)
{
    const cJSON *j = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!j || cJSON_IsNull(j))
        return def;
    if (!cJSON_IsString(j) || !j->valuestring) {
        *bad = 1;
        return NULL;
    }
    return j->valuestring;
}

/* Integer member `key` >= 0, or -1 when absent; -2 when present but not such a number. */
static long S_index(const cJSON *o, const char *key)
{
    const cJSON *j = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!j || cJSON_IsNull(j))
        return -1;
    if (!cJSON_IsNumber(j) || j->valuedouble < 0 || j->valuedouble > 1e9 ||
        j->valuedouble != (double)(long)j->valuedouble)
        return -2;
    return (long)j->valuedouble;
}

/* Fills ev from one gold event object; kind is "events" or "absent". 0 or -1 (reported). */
static int S_gold_event(S_ctx *c, long line, const cJSON *o, const char *kind, S_ev *ev,
                        long nsents)
{
    int bad = 0;
    const char *src = S_str(o, "source", NULL, &bad), *tgt = S_str(o, "target", NULL, &bad);
    const char *root = S_str(o, "root", NULL, &bad), *code = S_str(o, "code", "", &bad);
    const char *absent_mod = !strcmp(kind, "absent") ? NULL : "asserted";
    const char *mod = S_str(o, "modality", absent_mod, &bad);
    const char *date = S_str(o, "date", "", &bad), *note = S_str(o, "note", "", &bad);
    long sent = S_index(o, "sent");
    const char *why = NULL;
    if (!cJSON_IsObject(o))
        why = "is not an object";
    else if (bad)
        why = "has a member that should be a string";
    else if (!src || !S_is_actor(src) || !tgt || !S_is_actor(tgt))
        why = "needs \"source\" and \"target\" actor codes (3 to 31 capital letters)";
    else if (!root || !S_is_root(root))
        why = "needs \"root\", a CAMEO root code \"01\" to \"20\"";
    else if (*code && (!S_is_code(code) || strncmp(code, root, 2)))
        why = "has a \"code\" that is not a CAMEO code under its root";
    else if (!mod || !S_modality_ok(mod, absent_mod ? 0 : 2, absent_mod ? 1 : 4))
        why = absent_mod ? "has a modality other than asserted or planned"
                         : "needs a modality hypothetical, question or negated";
    else if (*date && !S_is_date(date))
        why = "has a date that is not YYYY, YYYY-MM or YYYY-MM-DD";
    else if (sent == -2 || (nsents >= 0 && sent >= nsents))
        why = "has a bad \"sent\" index";
    if (why) {
        dyad_diagf(&c->diag, DYAD_ERROR, c->gold_file, line, "an entry of \"%s\" %s", kind,
                   why);
        return -1;
    }
    snprintf(ev->src_code, sizeof ev->src_code, "%s", src);
    snprintf(ev->tgt_code, sizeof ev->tgt_code, "%s", tgt);
    S_level(src, ev->src);
    S_level(tgt, ev->tgt);
    snprintf(ev->root, sizeof ev->root, "%s", root);
    snprintf(ev->code, sizeof ev->code, "%s", code);
    snprintf(ev->modality, sizeof ev->modality, "%s", mod);
    snprintf(ev->date, sizeof ev->date, "%s", date);
    ev->sent = (int)sent;
    ev->line = line;
    ev->text = dyad_arena_strndup(c->arena, note, strlen(note));
    return ev->text ? 0 : -1;
}

static int S_gold_events(S_ctx *c, long line, const cJSON *o, const char *kind, S_evs *out,
                         long nsents)
{
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(o, kind);
    if (!arr && !strcmp(kind, "absent"))
        return 0;
    if (!cJSON_IsArray(arr)) {
        dyad_diagf(&c->diag, DYAD_ERROR, c->gold_file, line, "\"%s\" must be an array", kind);
        return -1;
    }
    const cJSON *e;
    cJSON_ArrayForEach(e, arr) {
        S_ev *ev = S_push(out);
        if (!ev || S_gold_event(c, line, e, kind, ev, nsents))
            return -1;
        for (size_t i = 0; i + 1 < out->n && ev->sent >= 0; i++)
            if (out->v[i].sent == ev->sent && !strcmp(out->v[i].src, ev->src) &&
                !strcmp(out->v[i].tgt, ev->tgt) && !strcmp(out->v[i].root, ev->root)) {
                dyad_diagf(&c->diag, DYAD_WARN, c->gold_file, line,
                           "\"%s\" repeats %s->%s %s in sentence %d; it counts once", kind,
                           ev->src, ev->tgt, ev->root, ev->sent);
                break;
            }
    }
    return 0;
}

/* A corpus passage: "sents" is a list of [start, end) byte ranges in ascending order. */
static int S_gold_sents(S_ctx *c, long line, const cJSON *o, S_doc *d)
{
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(o, "sents"), *e;
    long prev = 0, n = 0, *starts;
    if (!cJSON_IsArray(arr) || cJSON_GetArraySize(arr) == 0)
        goto bad;
    starts = dyad_arena_alloc(c->arena, (size_t)cJSON_GetArraySize(arr) * sizeof *starts);
    if (!starts)
        return -1;
    cJSON_ArrayForEach(e, arr) {
        const cJSON *a = cJSON_GetArrayItem(e, 0), *b = cJSON_GetArrayItem(e, 1);
        if (!cJSON_IsArray(e) || cJSON_GetArraySize(e) != 2 || !cJSON_IsNumber(a) ||
            !cJSON_IsNumber(b) || a->valuedouble < prev || b->valuedouble <= a->valuedouble ||
            b->valuedouble > 1e9)
            goto bad;
        if (n == 0)
            d->start = (long)a->valuedouble;
        starts[n++] = (long)a->valuedouble;
        prev = d->end = (long)b->valuedouble;
    }
    d->starts = starts;
    d->nsents = n;
    return 0;
bad:
    dyad_diagf(&c->diag, DYAD_ERROR, c->gold_file, line,
               "\"sents\" must be a non-empty list of ascending [start, end] byte offsets");
    return -1;
}

static const char *S_dup(S_ctx *c, const char *s)
{
    return s ? dyad_arena_strndup(c->arena, s, strlen(s)) : NULL;
}

static int S_gold_line(void *user, const char *file, long line, const char *s, size_t n)
{
    S_ctx *c = user;
    (void)file;
    cJSON *o = cJSON_ParseWithLength(s, n);
    int bad = 0, rc = -1;
    if (!cJSON_IsObject(o)) {
        dyad_diagf(&c->diag, DYAD_ERROR, c->gold_file, line, "not a JSON object");
        goto done;
    }
    const char *id = S_str(o, "id", NULL, &bad), *date = S_str(o, "date", "", &bad);
    const char *title = S_str(o, "title", "", &bad), *text = S_str(o, "text", NULL, &bad);
    const char *story = S_str(o, "story", NULL, &bad), *corpus = S_str(o, "corpus", NULL, &bad);
    const char *fnv = S_str(o, "fnv", NULL, &bad);
    if (bad || !id || !*id) {
        dyad_diagf(&c->diag, DYAD_ERROR, c->gold_file, line,
                   "needs a string \"id\"; \"date\", \"title\", \"text\" must be strings");
        goto done;
    }
    if (*date && (strlen(date) != 10 || !S_is_date(date))) {
        dyad_diagf(&c->diag, DYAD_ERROR, c->gold_file, line, "\"date\" is not YYYY-MM-DD");
        goto done;
    }
    if (!text == !story || (story && (!corpus || !fnv || strlen(fnv) != 16))) {
        dyad_diagf(&c->diag, DYAD_ERROR, c->gold_file, line,
                   "needs either \"text\" or \"story\" with \"corpus\", \"sents\", \"fnv\"");
        goto done;
    }
    int created = 0;
    void **slot = dyad_strmap_slot(c->ids, id, strlen(id), &created);
    if (!slot)
        goto done;
    if (!created) {
        dyad_diagf(&c->diag, DYAD_ERROR, c->gold_file, line, "duplicate id \"%s\"", id);
        goto done;
    }
    if (dyad_vec_grow((void **)&c->docs, &c->capdocs, c->ndocs, sizeof *c->docs))
        goto done;
    S_doc *d = &c->docs[c->ndocs++];
    memset(d, 0, sizeof *d);
    *slot = (void *)(uintptr_t)c->ndocs;
    d->line = line;
    d->id = S_dup(c, id);
    d->date = S_dup(c, date);
    d->title = S_dup(c, title);
    d->text = S_dup(c, text);
    d->story = S_dup(c, story);
    d->corpus = S_dup(c, corpus);
    d->fnv = S_dup(c, fnv);
    d->nsents = -1;
    if (!d->id || !d->date || !d->title || (story && S_gold_sents(c, line, o, d)))
        goto done;
    if (S_gold_events(c, line, o, "events", &d->gold, d->nsents) ||
        S_gold_events(c, line, o, "absent", &d->absent, d->nsents))
        goto done;
    rc = 0;
done:
    cJSON_Delete(o);
    return rc;
}

static int S_sys_line(void *user, const char *file, long line, const char *s, size_t n)
{
    S_ctx *c = user;
    cJSON *o = cJSON_ParseWithLength(s, n);
    int bad = 0, rc = -1;
    const char *doc = NULL, *src = NULL, *tgt = NULL, *code = NULL, *root = NULL;
    const char *mod = NULL, *date = NULL, *text = NULL;
    long sent = -1;
    if (cJSON_IsObject(o)) {
        doc = S_str(o, "doc", NULL, &bad);
        src = S_str(o, "source", "", &bad);
        tgt = S_str(o, "target", "", &bad);
        code = S_str(o, "code", "", &bad);
        root = S_str(o, "root", "", &bad);
        mod = S_str(o, "modality", "asserted", &bad);
        date = S_str(o, "date", "", &bad);
        text = S_str(o, "text", "", &bad);
        sent = S_index(o, "sent");
    }
    if (!o || bad || !doc || sent == -2 || (*code && !S_is_code(code)) ||
        (*root && !S_is_root(root)) || (!*code && !*root) ||
        (*code && *root && strncmp(code, root, 2))) {
        dyad_diagf(&c->diag, DYAD_ERROR, file, line,
                   "not an event record (needs \"doc\" and a CAMEO \"code\" or \"root\")");
        goto done;
    }
    S_doc *d = S_find_doc(c, doc);
    if (!d) {
        c->outside++;
        rc = 0;
        goto done;
    }
    S_ev *ev = S_push(&d->sys);
    if (!ev)
        goto done;
    snprintf(ev->src_code, sizeof ev->src_code, "%s", src);
    snprintf(ev->tgt_code, sizeof ev->tgt_code, "%s", tgt);
    S_level(ev->src_code, ev->src);
    S_level(ev->tgt_code, ev->tgt);
    snprintf(ev->code, sizeof ev->code, "%s", code);
    snprintf(ev->root, sizeof ev->root, "%.2s", *root ? root : code);
    snprintf(ev->modality, sizeof ev->modality, "%s", mod);
    if (S_is_date(date))
        snprintf(ev->date, sizeof ev->date, "%s", date);
    ev->sent = (int)sent;
    ev->line = line;
    if (!(ev->text = S_dup(c, text)))
        goto done;
    if (!*ev->src || !*ev->tgt) {
        ev->skip = 1;
        c->unknown++;
    }
    rc = 0;
done:
    cJSON_Delete(o);
    return rc;
}

/* Called on every non-blank line of a JSON-lines file; 0 or -1 (reported). */
typedef int (*S_line_fn)(void *user, const char *file, long line, const char *s, size_t n);

/* Calls fn on every non-blank line of buf; stops at the first failure. */
static int S_lines(const char *path, const char *buf, size_t len, S_line_fn fn, void *user)
{
    long line = 0;
    int rc = 0;
    for (size_t i = 0; i < len && rc == 0;) {
        const char *nl = memchr(buf + i, '\n', len - i);
        size_t end = nl ? (size_t)(nl - buf) : len, j = i;
        line++;
        while (j < end && (buf[j] == ' ' || buf[j] == '\t' || buf[j] == '\r'))
            j++;
        if (j < end)
            rc = fn(user, path, line, buf + i, end - i);
        i = end + 1;
    }
    return rc;
}

static int S_load(dyad_diag *diag, const char *path, S_line_fn fn, void *user)
{
    char *buf = NULL;
    size_t len = 0;
    dyad_status st = dyad_read_file(path, &buf, &len);
    if (st != DYAD_OK) {
        dyad_diagf(diag, DYAD_ERROR, path, 0, "%s", dyad_status_str(st));
        return -1;
    }
    int rc = S_lines(path, buf, len, fn, user);
    free(buf);
    return rc;
}

/* ---- matching and figures ---- */

static int S_same_key(const S_ev *a, const S_ev *b)
{
    return !strcmp(a->src, b->src) && !strcmp(a->tgt, b->tgt) && !strcmp(a->root, b->root);
}

/* Gold lists each (source, target, root) once per sentence, so a repeat of a key in
 * the same sentence (two verbs, or a mention coded twice) does not count again; with
 * --distinct only the first event of each key in the whole article counts. */
static void S_mark_repeats(S_evs *e, int distinct)
{
    for (size_t i = 0; i < e->n; i++)
        for (size_t j = 0; j < i && !e->v[i].skip; j++)
            if (!e->v[j].skip && S_same_key(&e->v[i], &e->v[j]) &&
                (distinct || (e->v[i].sent >= 0 && e->v[i].sent == e->v[j].sent)))
                e->v[i].skip = 1;
}

static void S_match_doc(S_doc *d)
{
    for (size_t i = 0; i < d->sys.n; i++) {
        S_ev *s = &d->sys.v[i];
        long best = -1;
        int best_score = -1;
        for (size_t j = 0; j < d->gold.n && !s->skip; j++) {
            S_ev *g = &d->gold.v[j];
            if (g->skip || g->match >= 0 || !S_same_key(s, g))
                continue;
            int score = 2 * (s->sent >= 0 && s->sent == g->sent) + !strcmp(s->code, g->code);
            if (score > best_score) {
                best_score = score;
                best = (long)j;
            }
        }
        if (best >= 0) {
            s->match = best;
            d->gold.v[best].match = (long)i;
        }
    }
}

typedef struct S_counts {
    long gold, sys, match;
} S_counts;

typedef struct S_result {
    S_counts all, root[S_NROOT];
    long mod_ok, date_ok, date_known, absent, absent_seen;
} S_result;

/* The gold event's expected date: its own, else its article's. */
static const char *S_gold_date(const S_doc *d, const S_ev *g)
{
    return *g->date ? g->date : d->date;
}

/* A system date is right when it says at least as much as gold and agrees with it. */
static int S_date_ok(const char *sys, const char *gold)
{
    return strlen(sys) >= strlen(gold) && !strncmp(sys, gold, strlen(gold));
}

/* Is absent annotation a contradicted by an unmatched system event of its article? */
static int S_absent_hit(const S_doc *d, const S_ev *a)
{
    for (size_t i = 0; i < d->sys.n; i++)
        if (!d->sys.v[i].skip && d->sys.v[i].match < 0 && S_same_key(&d->sys.v[i], a))
            return 1;
    return 0;
}

static void S_score(S_ctx *c, int distinct, S_result *r)
{
    memset(r, 0, sizeof *r);
    for (size_t k = 0; k < c->ndocs; k++) {
        S_doc *d = &c->docs[k];
        S_mark_repeats(&d->gold, distinct);
        S_mark_repeats(&d->sys, distinct);
        S_match_doc(d);
        for (size_t j = 0; j < d->gold.n; j++) {
            const S_ev *g = &d->gold.v[j];
            if (g->skip)
                continue;
            int root = atoi(g->root);
            r->all.gold++;
            r->root[root].gold++;
            if (g->match < 0)
                continue;
            const S_ev *s = &d->sys.v[g->match];
            r->all.match++;
            r->root[root].match++;
            r->mod_ok += !strcmp(s->modality, g->modality);
            if (*S_gold_date(d, g)) {
                r->date_known++;
                r->date_ok += S_date_ok(s->date, S_gold_date(d, g));
            }
        }
        for (size_t i = 0; i < d->sys.n; i++)
            if (!d->sys.v[i].skip) {
                r->all.sys++;
                r->root[atoi(d->sys.v[i].root)].sys++;
            }
        for (size_t j = 0; j < d->absent.n; j++) {
            r->absent++;
            r->absent_seen += S_absent_hit(d, &d->absent.v[j]);
        }
    }
}

static double S_ratio(long a, long b)
{
    return b ? (double)a / (double)b : 0.0;
}

static double S_f1(double p, double r)
{
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

static void S_print_text(const S_ctx *c, const S_result *r, int distinct)
{
    double p = S_ratio(r->all.match, r->all.sys), rc = S_ratio(r->all.match, r->all.gold);
    printf("articles %zu, gold events %ld, system events scored %ld (%s)\n", c->ndocs,
           r->all.gold, r->all.sys, distinct ? "distinct per article" : "distinct per sentence");
    printf("not scored: %ld with an unknown source or target, %ld of articles not in gold\n",
           c->unknown, c->outside);
    printf("matched %ld  precision %.3f  recall %.3f  F1 %.3f\n", r->all.match, p, rc,
           S_f1(p, rc));
    printf("root  gold   sys match  prec recall    F1\n");
    for (int k = 1; k < S_NROOT; k++) {
        const S_counts *x = &r->root[k];
        if (!x->gold && !x->sys)
            continue;
        double pk = S_ratio(x->match, x->sys), rk = S_ratio(x->match, x->gold);
        printf("  %02d %5ld %5ld %5ld %5.3f %6.3f %5.3f\n", k, x->gold, x->sys, x->match, pk,
               rk, S_f1(pk, rk));
    }
    printf("modality right on matched events: %ld/%ld (%.3f)\n", r->mod_ok, r->all.match,
           S_ratio(r->mod_ok, r->all.match));
    printf("date right on matched events: %ld/%ld (%.3f)\n", r->date_ok, r->date_known,
           S_ratio(r->date_ok, r->date_known));
    printf("absent events found in the output: %ld/%ld\n", r->absent_seen, r->absent);
}

static void S_print_json(const S_ctx *c, const S_result *r)
{
    double p = S_ratio(r->all.match, r->all.sys), rc = S_ratio(r->all.match, r->all.gold);
    printf("{\"articles\":%zu,\"gold\":%ld,\"system\":%ld,\"matched\":%ld,\"unknown\":%ld,"
           "\"outside\":%ld,\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f,"
           "\"modality_right\":%ld,\"date_right\":%ld,\"date_known\":%ld,\"absent\":%ld,"
           "\"absent_seen\":%ld,\"roots\":{",
           c->ndocs, r->all.gold, r->all.sys, r->all.match, c->unknown, c->outside, p, rc,
           S_f1(p, rc), r->mod_ok, r->date_ok, r->date_known, r->absent, r->absent_seen);
    const char *sep = "";
    for (int k = 1; k < S_NROOT; k++) {
        const S_counts *x = &r->root[k];
        if (!x->gold && !x->sys)
            continue;
        printf("%s\"%02d\":{\"gold\":%ld,\"system\":%ld,\"matched\":%ld}", sep, k, x->gold,
               x->sys, x->match);
        sep = ",";
    }
    printf("}}\n");
}

static void S_print_ev(const char *what, const S_doc *d, const S_ev *e)
{
    printf("%-6s %s s%d %s->%s %s", what, d->id, e->sent, e->src_code[0] ? e->src_code : "-",
           e->tgt_code[0] ? e->tgt_code : "-", e->root);
    if (*e->code)
        printf(" (%s)", e->code);
    printf(" %s%s%s\n", e->modality, *e->text ? " | " : "", e->text);
}

/* FP: output not in gold; MISS: gold not in output; MODAL, DATE: matched but wrong;
 * ABSENT: an annotated non-event that the output contains. */
static void S_print_errors(const S_ctx *c)
{
    for (size_t k = 0; k < c->ndocs; k++) {
        const S_doc *d = &c->docs[k];
        for (size_t i = 0; i < d->sys.n; i++)
            if (!d->sys.v[i].skip && d->sys.v[i].match < 0)
                S_print_ev("FP", d, &d->sys.v[i]);
        for (size_t j = 0; j < d->gold.n; j++) {
            const S_ev *g = &d->gold.v[j];
            if (g->skip)
                continue;
            if (g->match < 0) {
                S_print_ev("MISS", d, g);
                continue;
            }
            const S_ev *s = &d->sys.v[g->match];
            if (strcmp(s->modality, g->modality))
                printf("MODAL  %s s%d %s->%s %s: %s, want %s\n", d->id, s->sent, s->src,
                       s->tgt, s->root, s->modality, g->modality);
            if (*S_gold_date(d, g) && !S_date_ok(s->date, S_gold_date(d, g)))
                printf("DATE   %s s%d %s->%s %s: \"%s\", want %s\n", d->id, s->sent, s->src,
                       s->tgt, s->root, s->date, S_gold_date(d, g));
        }
        for (size_t j = 0; j < d->absent.n; j++)
            if (S_absent_hit(d, &d->absent.v[j]))
                S_print_ev("ABSENT", d, &d->absent.v[j]);
    }
}

/* ---- --articles: the gold's articles as input for `dyad code` ---- */

typedef struct S_corpus {
    S_ctx *c;
    dyad_strmap *texts; /* story id -> dyad_buf* (arena) holding the story text */
} S_corpus;

static int S_corpus_line(void *user, const char *file, long line, const char *s, size_t n)
{
    S_corpus *k = user;
    cJSON *o = cJSON_ParseWithLength(s, n);
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(o, "id");
    const cJSON *text = cJSON_GetObjectItemCaseSensitive(o, "text");
    int rc = -1;
    if (!cJSON_IsString(id) || !cJSON_IsString(text)) {
        dyad_diagf(&k->c->diag, DYAD_ERROR, file, line, "needs string \"id\" and \"text\"");
        goto done;
    }
    void **slot = dyad_strmap_slot(k->texts, id->valuestring, strlen(id->valuestring), NULL);
    dyad_buf *b = dyad_arena_alloc(k->c->arena, sizeof *b);
    if (!slot || !b)
        goto done;
    b->len = b->cap = strlen(text->valuestring);
    if (!(b->data = dyad_arena_strndup(k->c->arena, text->valuestring, b->len)))
        goto done;
    *slot = b;
    rc = 0;
done:
    cJSON_Delete(o);
    return rc;
}

/* The text of a passage, cut from its story (the corpus file is read once into corpora,
 * a map of corpus file -> S_corpus texts) and checked by hash so that offsets coded
 * against another version of the story never pass silently; 0 or -1 (reported). */
static int S_passage(S_ctx *c, const S_doc *d, const char *shared, dyad_strmap *corpora,
                     const char **text, size_t *len)
{
    void **slot = dyad_strmap_slot(corpora, d->corpus, strlen(d->corpus), NULL);
    if (!slot)
        return -1;
    if (!*slot) {
        S_corpus k = {c, dyad_strmap_new()};
        dyad_buf path = {0};
        int rc = !k.texts || dyad_buf_printf(&path, "%s/%s", shared, d->corpus) ? -1
                 : S_load(&c->diag, path.data, S_corpus_line, &k);
        dyad_buf_free(&path);
        /* keep the map even on failure so that it is freed with the others */
        *slot = k.texts;
        if (rc || !k.texts)
            return -1;
    }
    const dyad_buf *story = dyad_strmap_get(*slot, d->story, strlen(d->story));
    char hex[17];
    if (story && (size_t)d->end <= story->len)
        snprintf(hex, sizeof hex, "%016llx",
                 (unsigned long long)dyad_hash(story->data + d->start,
                                               (size_t)(d->end - d->start)));
    if (!story || (size_t)d->end > story->len || strcmp(hex, d->fnv)) {
        dyad_diagf(&c->diag, DYAD_ERROR, c->gold_file, d->line,
                   "story %s of %s/%s is missing or differs from the coded version", d->story,
                   shared, d->corpus);
        return -1;
    }
    *text = story->data + d->start;
    *len = (size_t)(d->end - d->start);
    return 0;
}

/* S_passage's map owns a map of story texts per corpus file, freed with it. */
static void S_corpora_free(dyad_strmap *corpora)
{
    size_t it = 0;
    const char *key;
    size_t n;
    void *val;
    while (corpora && dyad_strmap_next(corpora, &it, &key, &n, &val))
        dyad_strmap_free(val);
    dyad_strmap_free(corpora);
}

/* Writes one article line, a corpus passage cut from its story. */
static int S_put_article(S_ctx *c, const S_doc *d, const char *shared, dyad_strmap *corpora,
                         dyad_buf *out)
{
    const char *text = d->text;
    size_t len = text ? strlen(text) : 0;
    if (!text && S_passage(c, d, shared, corpora, &text, &len))
        return -1;
    dyad_buf_clear(out);
    return dyad_buf_puts(out, "{\"id\":") || dyad_buf_json_str(out, d->id, strlen(d->id)) ||
                   dyad_buf_puts(out, ",\"date\":") ||
                   dyad_buf_json_str(out, d->date, strlen(d->date)) ||
                   dyad_buf_puts(out, ",\"title\":") ||
                   dyad_buf_json_str(out, d->title, strlen(d->title)) ||
                   dyad_buf_puts(out, ",\"text\":") || dyad_buf_json_str(out, text, len) ||
                   dyad_buf_puts(out, "}\n") || fwrite(out->data, 1, out->len, stdout) != out->len
               ? -1
               : 0;
}

static int S_articles(S_ctx *c, const char *shared)
{
    dyad_strmap *corpora = dyad_strmap_new();
    dyad_buf out = {0};
    int rc = corpora ? 0 : -1;
    for (size_t k = 0; k < c->ndocs && rc == 0; k++)
        rc = S_put_article(c, &c->docs[k], shared, corpora, &out);
    S_corpora_free(corpora);
    dyad_buf_free(&out);
    return rc;
}

/* ---- sentence numbers of corpus passages ---- */

/* The coder cleans a passage before it splits it (whitespace runs, curly quotes, dashes
 * and odd spaces become plain ASCII; a dateline goes), so a sentence is looked for by its
 * ASCII letters and digits alone, lower-cased. Writes them to out and, when pos is not
 * NULL, the byte offset in s of each; returns how many. */
static size_t S_fold(const char *s, size_t n, char *out, long *pos)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (ch >= 'A' && ch <= 'Z')
            ch = (char)(ch - 'A' + 'a');
        else if (!(ch >= 'a' && ch <= 'z') && !(ch >= '0' && ch <= '9'))
            continue;
        if (pos)
            pos[k] = (long)i;
        out[k++] = ch;
    }
    return k;
}

/* Gold numbers a passage's sentences by its "sents" ranges and the coder by its own
 * splitter, which cuts subheadings and quotations otherwise, so the numbers of the two
 * sides name different sentences. Each system event takes the index of the range that
 * holds the start of its sentence, found in the passage text in order: a sentence that
 * occurs twice is the next occurrence after the previous event's, and events of one
 * coder sentence share one look-up. Returns how many events could not be found (they
 * keep the coder's number), -1 on ENOMEM. */
static long S_renumber(S_doc *d, const char *text, size_t len)
{
    char *fold = malloc(len + 1), *want = NULL;
    long *pos = malloc((len + 1) * sizeof *pos), lost = -1;
    if (!fold || !pos)
        goto done;
    size_t nfold = S_fold(text, len, fold, pos), from = 0;
    int own_prev = -1, gold_prev = -1, lost_prev = 0;
    lost = 0;
    for (size_t i = 0; i < d->sys.n; i++) {
        S_ev *e = &d->sys.v[i];
        int own = e->sent;
        if (own >= 0 && own == own_prev) {
            e->sent = gold_prev;
            lost += lost_prev;
            continue;
        }
        size_t n = strlen(e->text);
        char *w = realloc(want, n + 1);
        if (!w) {
            lost = -1;
            goto done;
        }
        want = w;
        size_t k = S_fold(e->text, n, want, NULL);
        const char *hit = k ? memmem(fold + from, nfold - from, want, k) : NULL;
        if (!hit && k)
            hit = memmem(fold, nfold, want, k);
        lost_prev = !hit;
        if (hit) {
            long at = d->start + pos[hit - fold], g = 0;
            while (g + 1 < d->nsents && d->starts[g + 1] <= at)
                g++;
            e->sent = (int)g;
            from = (size_t)(hit - fold) + k;
        }
        lost += lost_prev;
        own_prev = own;
        gold_prev = e->sent;
    }
done:
    free(fold);
    free(pos);
    free(want);
    return lost;
}

/* Renumbers the system events of every corpus passage (S_renumber) and says once how
 * many could not be found; 0 or -1 (reported). */
static int S_place(S_ctx *c, const char *shared)
{
    dyad_strmap *corpora = dyad_strmap_new();
    long lost = 0, n;
    int rc = corpora ? 0 : -1;
    for (size_t k = 0; k < c->ndocs && rc == 0; k++) {
        S_doc *d = &c->docs[k];
        const char *text;
        size_t len;
        if (!d->story || !d->sys.n)
            continue;
        if (S_passage(c, d, shared, corpora, &text, &len))
            rc = -1;
        else if ((n = S_renumber(d, text, len)) < 0)
            rc = -1;
        else
            lost += n;
    }
    S_corpora_free(corpora);
    if (rc == 0 && lost)
        fprintf(stderr,
                "dyad score: %ld system event(s) of corpus passages not found in their "
                "passage keep the coder's sentence numbers\n",
                lost);
    return rc;
}

/* ---- the command ---- */

static const char S_usage[] =
    "usage: dyad score --gold GOLD.jsonl [--distinct] [--show-errors] [--json] [--shared DIR]\n"
    "                  EVENTS.jsonl\n"
    "       dyad score --gold GOLD.jsonl --articles [--shared DIR]\n"
    "\n"
    "Scores coded events (JSON lines of shared/schema/events.md; - for stdin) against\n"
    "hand-coded gold (tests/eval/README.md): precision, recall and F1 at the level of\n"
    "source country, target country and CAMEO root, per root, and the share of matched\n"
    "events with the right modality and date.\n"
    "\n"
    "  --gold FILE     the gold file (JSON lines, one article per line)\n"
    "  --distinct      count each (source, target, root) once per article, not once\n"
    "                  per sentence\n"
    "  --show-errors   list false positives (FP), misses (MISS), wrong modality (MODAL)\n"
    "                  or date (DATE), and annotated non-events found in the output (ABSENT)\n"
    "  --json          print the figures as one JSON object\n"
    "  --articles      print the gold's articles as JSON lines {id,date,title,text} for\n"
    "                  `dyad code`, cutting corpus passages out of the shared folder\n"
    "  --shared DIR    the shared data folder (default $DYAD_SHARED or ../shared); scoring\n"
    "                  reads corpus passages there to number events by gold's sentences\n";

int cmd_score(int argc, char **argv)
{
    const char *gold = NULL, *events = NULL, *shared = getenv("DYAD_SHARED");
    int distinct = 0, errors = 0, json = 0, articles = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            fputs(S_usage, stdout);
            return 0;
        } else if (!strcmp(a, "--gold") && i + 1 < argc) {
            gold = argv[++i];
        } else if (!strcmp(a, "--shared") && i + 1 < argc) {
            shared = argv[++i];
        } else if (!strcmp(a, "--distinct")) {
            distinct = 1;
        } else if (!strcmp(a, "--show-errors")) {
            errors = 1;
        } else if (!strcmp(a, "--json")) {
            json = 1;
        } else if (!strcmp(a, "--articles")) {
            articles = 1;
        } else if (a[0] == '-' && a[1] && !events) {
            fprintf(stderr, "dyad score: unknown option or missing value: %s\n%s", a, S_usage);
            return 2;
        } else if (!events) {
            events = a;
        } else {
            fprintf(stderr, "dyad score: one events file only\n%s", S_usage);
            return 2;
        }
    }
    if (!gold || articles == !!events) {
        fputs(S_usage, stderr);
        return 2;
    }
    if (!shared)
        shared = "../shared";
    S_ctx c = {0};
    c.gold_file = gold;
    c.diag.fn = cli_print_diag;
    c.arena = dyad_arena_new();
    c.ids = dyad_strmap_new();
    int rc = 1;
    if (!c.arena || !c.ids) {
        fprintf(stderr, "dyad score: out of memory\n");
        goto done;
    }
    if (S_load(&c.diag, gold, S_gold_line, &c))
        goto done;
    if (articles) {
        rc = S_articles(&c, shared) ? 1 : 0;
        goto done;
    }
    if (S_load(&c.diag, events, S_sys_line, &c) || S_place(&c, shared))
        goto done;
    S_result r;
    S_score(&c, distinct, &r);
    if (json)
        S_print_json(&c, &r);
    else
        S_print_text(&c, &r, distinct);
    if (errors)
        S_print_errors(&c);
    rc = 0;
done:
    S_ctx_free(&c);
    return rc;
}

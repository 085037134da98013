/*
 * train.c — build/dyad-train: trains the tagger and parser of dyad_parse.h on a
 * CoNLL-U treebank (UD English EWT) and evaluates models.
 *
 *   dyad-train train [-t TAG_EPOCHS] [-p PARSE_EPOCHS] [-k FOLDS] [-P T[/A],...]
 *                    [-c CLUSTERS] [-m MIN_COUNT] [-u TEXT,...] [-S MARGIN] [-r RUNS]
 *                    TRAIN DEV OUT
 *   dyad-train eval MODEL FILE.conllu
 *
 * Words first: the training text and the unlabelled articles of -u (any input dyad
 * reads, cleaned and split as the pipeline does) give Brown clusters (-c of them, over
 * words seen -m times; brown.h) and how often each word is capitalised, the WORD table
 * that tagger and parser features read.
 * Tagger: averaged perceptron (Collins 2002) over joint UPOS+XPOS tags, greedy
 * left-to-right, two passes; at run time words whose first-pass margin is at least -S
 * skip the second. The parser is trained on tags predicted by taggers that did not see
 * the sentence (k-fold jackknifing), so that it learns to live with tagging errors.
 * Parser: arc-eager with the dynamic oracle of Goldberg & Nivre (2012, "A dynamic
 * oracle for arc-eager dependency parsing"): from the second epoch on it follows its own
 * predictions with probability 0.9 and learns the best zero-cost action from wherever
 * it is. The oracle needs projective trees: non-projective ones are lifted.
 * Arcs are labelled as they are made by a second perceptron, trained on the gold arcs.
 * The parser is trained -r times from different shuffles and explorations and the model
 * keeps the mean of the runs' weights (an ensemble that costs no more than one parser).
 * After each epoch of the first run the model is written and evaluated on DEV with the
 * runtime itself (to watch the curve); the mean of the runs' last epochs is kept,
 * written once per pruning variant of -P (a comma-separated list of T or T/A: averaged
 * weights below T are dropped from the tagger and labeller tables, below A from the
 * action table).
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "aptrain.h"
#include "brown.h"
#include "dyad_text.h"
#include "util/util.h"

typedef struct S_corpus {
    const dyad_conllu *c;
    size_t *off;          /* word offset of each sentence */
    dyad_ptok *tok;       /* all words, features precomputed */
    int *gtag, *glab, *ghead, *ptag, *tag1;
    char *sure;           /* first tagging pass: margin at least the skip threshold */
    int *alt;             /* runner-up tags of the tagging that gave ptag */
    char *proj;           /* 1: projective tree, 2: made so by lifting, 0: unusable */
    size_t nwords;
} S_corpus;

typedef struct S_inv {
    dyad_strmap *map;
    char **names;
    int n;
} S_inv;

static uint64_t S_rng = 0x2545F4914F6CDD1DULL;

static uint32_t S_rand(void)
{
    return dyad_xorshift(&S_rng);
}

static void S_die(const char *what)
{
    fprintf(stderr, "dyad-train: %s: %s\n", what, errno ? strerror(errno) : "failed");
    exit(1);
}

static void S_print_diag(void *user, dyad_severity sev, const char *file, long line,
                         const char *msg)
{
    (void)user;
    fprintf(stderr, "dyad-train: %s:%ld: %s: %s\n", file ? file : "-", line,
            sev == DYAD_ERROR ? "error" : "warning", msg);
}

static dyad_conllu *S_read(const char *path)
{
    char *text;
    size_t len;
    if (dyad_read_file(path, &text, &len) != DYAD_OK)
        S_die(path);
    dyad_diag d = {S_print_diag, NULL, 0, 0};
    dyad_conllu *c;
    if (dyad_conllu_parse(text, len, path, &c, &d) != DYAD_OK)
        S_die("out of memory");
    free(text);
    fprintf(stderr, "%s: %zu sentences\n", path, c->nsent);
    return c;
}

static int S_inv_get(S_inv *v, const char *key, int add)
{
    void **slot = add ? dyad_strmap_slot(v->map, key, strlen(key), NULL)
                      : (void **)NULL;
    if (!add) {
        void *x = dyad_strmap_get(v->map, key, strlen(key));
        return x ? (int)(intptr_t)x - 1 : -1;
    }
    if (!slot)
        S_die("out of memory");
    if (!*slot) {
        v->names = realloc(v->names, (size_t)(v->n + 1) * sizeof *v->names);
        if (!v->names || !(v->names[v->n] = strdup(key)))
            S_die("out of memory");
        *slot = (void *)(intptr_t)(++v->n);
    }
    return (int)(intptr_t)*slot - 1;
}

static void S_inv_free(S_inv *v)
{
    for (int k = 0; k < v->n; k++)
        free(v->names[k]);
    free(v->names);
    dyad_strmap_free(v->map);
}

/* The dependent of the shortest non-projective arc of heads h[1..n] (a word between
 * the dependent and its head is not under the head), or 0 when the tree is projective. */
static int S_nonproj(const int *h, int n)
{
    int best = 0, blen = 0;
    for (int d = 1; d <= n; d++) {
        int lo = h[d] < d ? h[d] : d, hi = h[d] < d ? d : h[d];
        if (best && hi - lo >= blen)
            continue;
        for (int k = lo + 1; k < hi; k++) {
            int a = k, steps = 0;
            while (a != 0 && a != h[d] && steps++ <= n)
                a = h[a];
            if (a != h[d]) {
                best = d;
                blen = hi - lo;
                break;
            }
        }
    }
    return best;
}

static void S_corpus_init(S_corpus *C, const dyad_conllu *c, S_inv *tags, S_inv *labs,
                          int add)
{
    memset(C, 0, sizeof *C);
    C->c = c;
    C->off = malloc((c->nsent + 1) * sizeof *C->off);
    size_t nw = 0;
    for (size_t s = 0; s < c->nsent; s++) {
        C->off[s] = nw;
        nw += (size_t)c->sent[s].n;
    }
    C->off[c->nsent] = nw;
    C->nwords = nw;
    C->tok = malloc(nw * sizeof *C->tok);
    /* heads are stored 1-based per sentence with a slot for the root: n+1 per sentence */
    C->gtag = malloc(nw * sizeof(int));
    C->ptag = malloc(nw * sizeof(int));
    C->tag1 = malloc(nw * sizeof(int));
    C->sure = calloc(nw, 1);
    C->alt = malloc(nw * sizeof(int));
    C->glab = malloc((nw + c->nsent) * sizeof(int));
    C->ghead = malloc((nw + c->nsent) * sizeof(int));
    C->proj = malloc(c->nsent);
    if (!C->off || !C->tok || !C->gtag || !C->ptag || !C->tag1 || !C->sure || !C->alt ||
        !C->glab || !C->ghead || !C->proj)
        S_die("out of memory");
    char key[256];
    for (size_t s = 0; s < c->nsent; s++) {
        const dyad_conllu_sent *st = &c->sent[s];
        size_t o = C->off[s];
        int *gh = C->ghead + o + s, *gl = C->glab + o + s;
        gh[0] = -1;
        gl[0] = -1;
        int ok = 1;
        for (int i = 0; i < st->n; i++) {
            dyad_ptok_init(&C->tok[o + i], st->form[i], strlen(st->form[i]));
            snprintf(key, sizeof key, "%s\t%s", st->upos[i], st->xpos[i]);
            C->gtag[o + i] = S_inv_get(tags, key, add);
            gl[i + 1] = S_inv_get(labs, st->deprel[i], add);
            gh[i + 1] = st->head[i];
            if (st->head[i] < 0)
                ok = 0;
        }
        dyad_ptok_sentence(C->tok + o, st->n);
        /* pseudo-projective training (Nivre & Nilsson 2005, without label encoding):
         * a non-projective tree is made projective by lifting its shortest crossing
         * arc to the grandparent until none is left; the parser's output is projective */
        int d = 0, lifts = 0;
        while (ok && (d = S_nonproj(gh, st->n)) != 0 && lifts++ < 4 * st->n)
            gh[d] = gh[gh[d]];
        C->proj[s] = ok && d == 0 ? 1 + (lifts > 0) : 0;
    }
}

/* ---- tagger ----------------------------------------------------------------------- */

static int S_argmax(const float *sc, int n, int skip)
{
    int best = -1;
    for (int i = 0; i < n; i++)
        if (i != skip && (best < 0 || sc[i] > sc[best]))
            best = i;
    return best;
}

/* One perceptron step: the best class for features f (never `skip`) by the current
 * weights; on a mistake against gold (when >= 0), a move towards it. */
static int S_step(dyad_aptrain *t, const uint64_t *f, int nf, int gold, int skip, float *sc)
{
    t->clock += 1;
    dyad_aptrain_score(t, f, nf, 0, sc);
    int pred = S_argmax(sc, (int)t->ncls, skip);
    if (gold >= 0 && pred != gold &&
        (dyad_aptrain_update(t, f, nf, (uint32_t)gold, 1) ||
         dyad_aptrain_update(t, f, nf, (uint32_t)pred, -1)))
        S_die("out of memory");
    return pred;
}

/* Tag sentence s (train != 0: perceptron updates against the gold tags); the second
 * pass reads the first pass's tags from C->tag1. Tagging with averaged weights goes as
 * at run time: the first pass marks the words whose margin is at least `skip`, whose
 * tags the second keeps. */
static void S_tag_sent(dyad_aptrain *t, S_corpus *C, size_t s, int train, int pass2,
                       float skip, float *sc)
{
    int n = C->c->sent[s].n;
    size_t o = C->off[s];
    dyad_ptok *tok = C->tok + o;
    const int *gold = C->gtag + o;
    uint64_t f[DYAD_MAX_FEATS];
    for (int i = 0; i < n; i++)
        tok[i].tag1 = C->tag1[o + (size_t)i];
    for (int i = 0; i < n; i++) {
        if (!train && pass2 && C->sure[o + (size_t)i]) {
            tok[i].tag = tok[i].tag1;
            continue;
        }
        int nf = dyad_tag_feats(tok, n, i, pass2, 1, f);
        if (train) {
            tok[i].tag = S_step(t, f, nf, gold[i], -1, sc);
            continue;
        }
        dyad_aptrain_score(t, f, nf, 1, sc);
        int best = tok[i].tag = S_argmax(sc, (int)t->ncls, -1);
        int alt = C->alt[o + (size_t)i] = S_argmax(sc, (int)t->ncls, best);
        if (!pass2)
            C->sure[o + (size_t)i] = sc[best] - sc[alt] >= skip;
    }
}

/* ---- what unlabelled text says of words ------------------------------------------ */

/* Tokens (WORD keys, 0 after each sentence) and case counts of unlabelled text. */
typedef struct S_text {
    uint64_t *v;
    size_t n, cap;
    dyad_aptrain caps;    /* per key: class 0 capitalised, 1 lower case */
} S_text;

static void S_push(S_text *t, uint64_t key)
{
    if (t->n == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 1u << 20;
        if (!(t->v = realloc(t->v, t->cap * sizeof *t->v)))
            S_die("out of memory");
    }
    t->v[t->n++] = key;
}

/* Add one token; `initial`: it starts its sentence, where case says nothing. Tokens
 * that are neither Capitalised nor lower case (numbers, acronyms) are not counted. */
static void S_add_token(S_text *t, const char *w, size_t len, int initial)
{
    dyad_ptok pt;
    dyad_ptok_init(&pt, w, len);
    uint64_t key = dyad_word_key(&pt);
    S_push(t, key);
    unsigned char c0 = len ? (unsigned char)w[0] : 0, c1 = len > 1 ? (unsigned char)w[1] : 0;
    int cls = c0 >= 'a' && c0 <= 'z'                            ? 1
              : c0 >= 'A' && c0 <= 'Z' && !(c1 >= 'A' && c1 <= 'Z') ? 0
                                                                    : -1;
    if (!initial && cls >= 0 && dyad_aptrain_update(&t->caps, &key, 1, (uint32_t)cls, 1))
        S_die("out of memory");
}

/* Add the articles of `path` (any input dyad reads), cleaned and split into sentences
 * and tokens as the pipeline does. */
static void S_read_text(S_text *t, const char *path)
{
    dyad_diag d = {S_print_diag, NULL, 0, 0};
    dyad_reader *r = dyad_reader_new(path, DYAD_INPUT_AUTO, &d);
    dyad_cleaner *cl = dyad_cleaner_new(NULL);
    dyad_splitter *sp = dyad_splitter_new();
    if (!r || !cl || !sp)
        S_die(path);
    dyad_article a;
    size_t narticles = 0, before = t->n;
    while (dyad_reader_next(r, &a) == 1) {
        dyad_cleaned c;
        dyad_split_result res;
        if (dyad_clean(cl, &a, &c) != DYAD_OK || dyad_split(sp, c.text, c.len, &res) != DYAD_OK)
            S_die("out of memory");
        for (size_t s = 0; s < res.nsent; s++) {
            for (uint32_t k = 0; k < res.sent[s].ntok; k++) {
                char buf[256];
                const char *w = dyad_token_str(&res.tok[res.sent[s].tok + k], c.text, buf,
                                               sizeof buf);
                S_add_token(t, w, strlen(w), k == 0);
            }
            S_push(t, 0);
        }
        narticles++;
    }
    if (dyad_reader_status(r) != DYAD_OK)
        S_die(path);
    fprintf(stderr, "%s: %zu articles, %zu tokens\n", path, narticles, t->n - before);
    dyad_reader_free(r);
    dyad_cleaner_free(cl);
    dyad_splitter_free(sp);
}

/* The WORD table from the training text and the unlabelled text of `files` (comma-
 * separated): Brown clusters (brown.h) of the words seen at least mincount times, and
 * the case class of words seen at least twice where case tells. */
static void S_corpus_free(S_corpus *C)
{
    free(C->off);
    free(C->tok);
    free(C->gtag);
    free(C->ptag);
    free(C->tag1);
    free(C->sure);
    free(C->alt);
    free(C->glab);
    free(C->ghead);
    free(C->proj);
}

static void S_build_words(dyad_apmap *map, const S_corpus *T, const char *files,
                          int nclusters, int mincount)
{
    S_text t = {0};
    dyad_aptrain vals; /* per key: class 0 the cluster code, 1 the case class */
    if (dyad_aptrain_init(&t.caps, 2) || dyad_aptrain_init(&vals, 2))
        S_die("out of memory");
    clock_t t0 = clock();
    for (size_t s = 0; s < T->c->nsent; s++) {
        for (int i = 0; i < T->c->sent[s].n; i++)
            S_add_token(&t, T->c->sent[s].form[i], strlen(T->c->sent[s].form[i]), i == 0);
        S_push(&t, 0);
    }
    char path[4096];
    for (const char *f = files; f && *f;) {
        size_t len = strcspn(f, ",");
        snprintf(path, sizeof path, "%.*s", (int)len, f);
        S_read_text(&t, path);
        f += len + (f[len] == ',');
    }
    uint64_t *keys = NULL;
    uint32_t *codes = NULL;
    size_t nw = 0;
    if (nclusters > 0 && dyad_brown(t.v, t.n, nclusters, mincount, &keys, &codes, &nw))
        S_die("out of memory");
    for (size_t i = 0; i < nw; i++)
        if (dyad_aptrain_update(&vals, &keys[i], 1, 0, (float)codes[i]))
            S_die("out of memory");
    for (size_t i = 0; i < t.caps.cap; i++) {
        if (!t.caps.keys[i])
            continue;
        const float *c = t.caps.w + (size_t)t.caps.rowof[i] * 2;
        float all = c[0] + c[1], r = all > 0 ? c[0] / all : 0;
        int cls = r < 0.05f ? 1 : r < 0.5f ? 2 : r < 0.95f ? 3 : 4;
        if (all >= 2 && dyad_aptrain_update(&vals, &t.caps.keys[i], 1, 1, (float)cls))
            S_die("out of memory");
    }
    uint64_t *mk = malloc(vals.used * sizeof *mk + 1);
    uint32_t *mv = malloc(vals.used * sizeof *mv + 1);
    if (!mk || !mv)
        S_die("out of memory");
    size_t nm = 0;
    for (size_t i = 0; i < vals.cap; i++) {
        if (!vals.keys[i])
            continue;
        const float *v = vals.w + (size_t)vals.rowof[i] * 2;
        mk[nm] = vals.keys[i];
        mv[nm++] = (uint32_t)v[0] | (uint32_t)v[1] << DYAD_WORD_CAPS_SHIFT;
    }
    if (dyad_map_build(map, mk, mv, nm))
        S_die("out of memory");
    fprintf(stderr, "word table: %d Brown clusters of %zu words, %zu words in all, from %zu "
            "tokens (%.0fs)\n", nclusters, nw, nm, t.n,
            (double)(clock() - t0) / CLOCKS_PER_SEC);
    free(t.v);
    free(keys);
    free(codes);
    free(mk);
    free(mv);
    dyad_aptrain_free(&t.caps);
    dyad_aptrain_free(&vals);
}

/* Give the words of C what the WORD table knows of them. */
static void S_apply_words(S_corpus *C, const dyad_apmap *map)
{
    dyad_aptab view = {.b = map->b, .nbuckets = map->nbuckets};
    for (size_t w = 0; w < C->nwords; w++) {
        uint32_t v;
        if (dyad_ap_get(&view, dyad_word_key(&C->tok[w]), &v))
            dyad_ptok_word(&C->tok[w], v);
    }
}

static void S_shuffle(size_t *v, size_t n)
{
    for (size_t i = n; i > 1; i--) {
        size_t j = S_rand() % i;
        size_t x = v[i - 1];
        v[i - 1] = v[j];
        v[j] = x;
    }
}

/* Train a tagger on the sentences whose index % folds != fold (all when folds == 0). */
static void S_train_tagger(dyad_aptrain *t, S_corpus *C, int ntags, int epochs, int folds,
                           int fold, int pass2)
{
    if (dyad_aptrain_init(t, (uint32_t)ntags))
        S_die("out of memory");
    size_t ns = C->c->nsent, nuse = 0;
    size_t *order = malloc(ns * sizeof *order);
    float *sc = malloc((size_t)ntags * sizeof *sc);
    if (!order || !sc)
        S_die("out of memory");
    for (size_t s = 0; s < ns; s++)
        if (!folds || (int)(s % (size_t)folds) != fold)
            order[nuse++] = s;
    for (int e = 0; e < epochs; e++) {
        S_shuffle(order, nuse);
        for (size_t k = 0; k < nuse; k++)
            S_tag_sent(t, C, order[k], 1, pass2, 0, sc);
    }
    free(order);
    free(sc);
}

/* Tag sentences (those of `fold` when folds > 0) with averaged weights into out. */
static double S_tag_corpus(dyad_aptrain *t, S_corpus *C, int folds, int fold, int pass2,
                           float skip, int *out)
{
    float *sc = malloc(t->ncls * sizeof *sc);
    if (!sc)
        S_die("out of memory");
    long right = 0, all = 0;
    for (size_t s = 0; s < C->c->nsent; s++) {
        if (folds && (int)(s % (size_t)folds) != fold)
            continue;
        S_tag_sent(t, C, s, 0, pass2, skip, sc);
        for (int i = 0; i < C->c->sent[s].n; i++) {
            size_t w = C->off[s] + (size_t)i;
            out[w] = C->tok[w].tag;
            right += out[w] == C->gtag[w];
            all++;
        }
    }
    free(sc);
    return all ? 100.0 * (double)right / (double)all : 0;
}

/* ---- parser ----------------------------------------------------------------------- */

static int S_in_stack(const dyad_pstate *s, int k)
{
    for (int i = 0; i < s->sp; i++)
        if (s->stack[i] == k)
            return 1;
    return 0;
}

/* Goldberg & Nivre (2012): gold arcs made unreachable by taking act. gh: gold heads.
 * With the root at the end of the buffer, a gold head 0 is always still ahead. */
static int S_cost(const dyad_pstate *s, const int *gh, int act)
{
    int s0 = s->sp > 0 ? s->stack[s->sp - 1] : -1, b = s->b, n = s->n, c = 0;
    int b0 = dyad_pstate_buf(s, 0);
    switch (act) {
    case DYAD_LEFT:
        if (gh[s0] != b0)
            c += gh[s0] > b || (gh[s0] == 0 && b0 != 0);
        for (int k = b; k <= n; k++)
            c += gh[k] == s0;
        break;
    case DYAD_RIGHT:
        if (gh[b0] != s0)
            c += gh[b0] > b || gh[b0] == 0 || S_in_stack(s, gh[b0]);
        for (int i = 0; i < s->sp; i++) {
            int k = s->stack[i];
            c += gh[k] == b0 && s->head[k] < 0;
        }
        break;
    case DYAD_REDUCE:
        for (int k = b; k <= n; k++)
            c += gh[k] == s0;
        break;
    case DYAD_SHIFT:
        c += S_in_stack(s, gh[b0]);
        for (int i = 0; i < s->sp; i++) {
            int k = s->stack[i];
            c += gh[k] == b0 && s->head[k] < 0;
        }
        break;
    }
    return c;
}

typedef struct S_lab_ctx {
    dyad_aptrain *lab;
    const dyad_ptok *tok;
    int root;
    float *sc;
} S_lab_ctx;

static int S_label_pred(void *user, const dyad_pstate *s, int h, int d)
{
    S_lab_ctx *x = user;
    if (h == 0)
        return x->root;
    uint64_t f[DYAD_MAX_FEATS];
    int nf = dyad_label_feats(s, x->tok, h, d, f);
    dyad_aptrain_score(x->lab, f, nf, 0, x->sc);
    return S_argmax(x->sc, (int)x->lab->ncls, x->root);
}

static void S_parse_sent(dyad_aptrain *act, dyad_aptrain *lab, S_corpus *C, size_t s,
                         int explore, int root, dyad_pstate *st, float *lsc)
{
    int n = C->c->sent[s].n;
    size_t o = C->off[s];
    dyad_ptok *tok = C->tok + o;
    const int *gh = C->ghead + o + s, *gl = C->glab + o + s;
    for (int i = 0; i < n; i++) {
        tok[i].tag = C->ptag[o + (size_t)i];
        tok[i].alt = C->alt[o + (size_t)i];
    }
    uint64_t f[DYAD_MAX_FEATS], lf[DYAD_MAX_FEATS];
    float sc[DYAD_NACT];
    int cost[DYAD_NACT];
    S_lab_ctx lx = {lab, tok, root, lsc};
    dyad_pstate_init(st, n);
    while (!dyad_pstate_done(st)) {
        int nf = dyad_act_feats(st, tok, NULL, f);
        act->clock += 1;
        dyad_aptrain_score(act, f, nf, 0, sc);
        int pred = -1, gold = -1, mincost = 1 << 30;
        for (int a = 0; a < DYAD_NACT; a++) {
            cost[a] = -1;
            if (!dyad_pstate_valid(st, a))
                continue;
            cost[a] = S_cost(st, gh, a);
            if (cost[a] < mincost)
                mincost = cost[a];
            if (pred < 0 || sc[a] > sc[pred])
                pred = a;
        }
        for (int a = 0; a < DYAD_NACT; a++)
            if (cost[a] == mincost && (gold < 0 || sc[a] > sc[gold]))
                gold = a;
        if (cost[pred] > mincost) {
            if (dyad_aptrain_update(act, f, nf, (uint32_t)gold, 1) ||
                dyad_aptrain_update(act, f, nf, (uint32_t)pred, -1))
                S_die("out of memory");
        }
        int follow = explore && S_rand() % 10 != 0 ? pred : gold;
        int label = -1;
        if (follow == DYAD_LEFT || follow == DYAD_RIGHT) {
            int s0 = st->stack[st->sp - 1];
            int h = follow == DYAD_LEFT ? dyad_pstate_buf(st, 0) : s0;
            int d = follow == DYAD_LEFT ? s0 : st->b;
            if (h == 0) {
                label = root;
            } else {
                int lnf = dyad_label_feats(st, tok, h, d, lf);
                label = S_step(lab, lf, lnf, gh[d] == h ? gl[d] : -1, root, lsc);
            }
        }
        dyad_pstate_apply(st, follow, label);
    }
    dyad_pstate_finish(st, root, S_label_pred, &lx);
}

static void S_print_scores(const char *what, const dyad_parse_scores *r)
{
    double t = r->tokens ? 100.0 / (double)r->tokens : 0;
    printf("%s: UPOS %.2f  XPOS %.2f  UAS %.2f  LAS %.2f  LAS(univ) %.2f  "
           "(%ld sentences, %ld words, %.0f sentences/s)\n",
           what, (double)r->upos * t, (double)r->xpos * t, (double)r->uas * t,
           (double)r->las * t, (double)r->las_univ * t, r->sents, r->tokens,
           r->seconds > 0 ? (double)r->sents / r->seconds : 0);
    fflush(stdout);
}

static int S_eval_file(const char *model, const dyad_conllu *gold, dyad_parse_scores *r)
{
    dyad_diag d = {S_print_diag, NULL, 0, 0};
    dyad_model *m;
    if (dyad_model_load(model, &m, &d) != DYAD_OK)
        return -1;
    dyad_parser *p = dyad_parser_new(m);
    dyad_status st = p ? dyad_parse_eval(p, gold, r) : DYAD_ENOMEM;
    dyad_parser_free(p);
    dyad_model_free(m);
    return st == DYAD_OK ? 0 : -1;
}

/* A pruning variant "T" or "T/A": threshold T for the tagger and labeller tables, A
 * (default T) for the parser's action table, by far the largest. */
static void S_prunes(const char *v, float pr[DYAD_NTAB])
{
    char *end;
    float t = strtof(v, &end), a = t;
    if (*end == '/')
        a = strtof(end + 1, NULL);
    for (int k = 0; k < DYAD_NTAB; k++)
        pr[k] = k == DYAD_TAB_ACT ? a : t;
}

static int S_usage(void)
{
    fprintf(stderr,
            "usage: dyad-train train [-t TAG_EPOCHS] [-p PARSE_EPOCHS] [-k FOLDS] [-P T[/A],...]\n"
            "                        [-c CLUSTERS] [-m MIN_COUNT] [-u TEXT,...] [-S MARGIN] [-r RUNS]\n"
            "                        TRAIN DEV OUT\n"
            "       dyad-train eval MODEL FILE.conllu\n");
    return 2;
}

static int S_cmd_train(int argc, char **argv)
{
    int tag_epochs = 6, parse_epochs = 12, folds = 4, nclusters = 0, mincount = 3, runs = 1;
    float skip = 20;
    const char *prunes = "0.1", *text = NULL;
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i += 2) {
        if (i + 1 >= argc)
            return S_usage();
        if (!strcmp(argv[i], "-t"))
            tag_epochs = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "-p"))
            parse_epochs = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "-k"))
            folds = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "-P"))
            prunes = argv[i + 1];
        else if (!strcmp(argv[i], "-c"))
            nclusters = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "-m"))
            mincount = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "-u"))
            text = argv[i + 1];
        else if (!strcmp(argv[i], "-S"))
            skip = strtof(argv[i + 1], NULL);
        else if (!strcmp(argv[i], "-r"))
            runs = atoi(argv[i + 1]);
        else
            return S_usage();
    }
    if (argc - i != 3 || tag_epochs < 1 || parse_epochs < 1 || folds < 2 || runs < 1)
        return S_usage();
    const char *out = argv[i + 2];
    dyad_conllu *train = S_read(argv[i]), *dev = S_read(argv[i + 1]);
    S_inv tags = {dyad_strmap_new(), NULL, 0}, labs = {dyad_strmap_new(), NULL, 0};
    if (!tags.map || !labs.map)
        S_die("out of memory");
    S_inv_get(&labs, "root", 1);
    S_corpus T, D;
    S_corpus_init(&T, train, &tags, &labs, 1);
    S_corpus_init(&D, dev, &tags, &labs, 0);
    size_t nproj = 0, nlift = 0;
    for (size_t s = 0; s < train->nsent; s++) {
        nproj += T.proj[s] == 1;
        nlift += T.proj[s] == 2;
    }
    fprintf(stderr, "%d tags, %d labels, %zu of %zu training trees projective, %zu lifted\n",
            tags.n, labs.n, nproj, train->nsent, nlift);

    dyad_model_src src = {.ntags = tags.n, .nlabels = labs.n, .tag2_skip = skip};
    S_build_words(&src.maps[DYAD_TAB_WORD], &T, text, nclusters, mincount);
    S_apply_words(&T, &src.maps[DYAD_TAB_WORD]);
    S_apply_words(&D, &src.maps[DYAD_TAB_WORD]);

    clock_t t0 = clock();
    /* two tagging passes, each jackknifed: pass 1 gives the second pass its right
     * context on training text as it will look at run time, pass 2 gives the parser
     * its tags */
    dyad_aptrain tagger[2];
    for (int pass = 0; pass < 2; pass++) {
        int *out_train = pass ? T.ptag : T.tag1, *out_dev = pass ? D.ptag : D.tag1;
        for (int k = 0; k < folds; k++) {
            S_train_tagger(&tagger[pass], &T, tags.n, tag_epochs, folds, k, pass);
            double acc = S_tag_corpus(&tagger[pass], &T, folds, k, pass, skip, out_train);
            fprintf(stderr, "pass %d jackknife fold %d: tag accuracy %.2f (%.0fs)\n", pass + 1,
                    k, acc, (double)(clock() - t0) / CLOCKS_PER_SEC);
            dyad_aptrain_free(&tagger[pass]);
        }
        S_train_tagger(&tagger[pass], &T, tags.n, tag_epochs, 0, 0, pass);
        double dacc = S_tag_corpus(&tagger[pass], &D, 0, 0, pass, skip, out_dev);
        fprintf(stderr, "tagger pass %d: %zu features, dev joint tag accuracy %.2f (%.0fs)\n",
                pass + 1, tagger[pass].nrows, dacc, (double)(clock() - t0) / CLOCKS_PER_SEC);
    }

    char **upos = malloc((size_t)tags.n * 2 * sizeof(char *));
    if (!upos)
        S_die("out of memory");
    char **xpos = upos + tags.n;
    for (int k = 0; k < tags.n; k++) {
        upos[k] = tags.names[k];
        char *tab = strchr(upos[k], '\t');
        *tab = '\0';
        xpos[k] = tab + 1;
    }
    dyad_aptrain act, lab;
    if (dyad_aptrain_init(&act, DYAD_NACT) || dyad_aptrain_init(&lab, (uint32_t)labs.n))
        S_die("out of memory");
    dyad_pstate st;
    void *stmem;
    int maxn = 0;
    for (size_t s = 0; s < train->nsent; s++)
        if (train->sent[s].n > maxn)
            maxn = train->sent[s].n;
    float *lsc = malloc((size_t)labs.n * sizeof *lsc);
    size_t *order = malloc(train->nsent * sizeof *order);
    if (!lsc || !order || dyad_pstate_alloc(&st, maxn, &stmem))
        S_die("out of memory");
    size_t nuse = 0;
    for (size_t s = 0; s < train->nsent; s++)
        if (T.proj[s])
            order[nuse++] = s;
    size_t olen = strlen(out);
    char *tmp = malloc(olen + 8);
    if (!tmp)
        S_die("out of memory");
    memcpy(tmp, out, olen);
    memcpy(tmp + olen, ".tmp", 5);
    src.upos = (const char *const *)upos;
    src.xpos = (const char *const *)xpos;
    src.labels = (const char *const *)labs.names;
    src.tabs[DYAD_TAB_TAG] = &tagger[0];
    src.tabs[DYAD_TAB_TAG2] = &tagger[1];
    float prune[DYAD_NTAB];
    S_prunes(prunes, prune);
    /* -r runs of the parser from different shuffles and explorations; the model keeps
     * the mean of their averaged weights, i.e. the sum of their scores: an ensemble at
     * the cost of one parser, and a model that depends less on one run's luck */
    for (int run = 0; run < runs; run++) {
        dyad_aptrain ract, rlab;
        if (dyad_aptrain_init(&ract, DYAD_NACT) || dyad_aptrain_init(&rlab, (uint32_t)labs.n))
            S_die("out of memory");
        src.tabs[DYAD_TAB_ACT] = &ract;
        src.tabs[DYAD_TAB_LAB] = &rlab;
        for (int e = 0; e < parse_epochs; e++) {
            S_shuffle(order, nuse);
            for (size_t k = 0; k < nuse; k++)
                S_parse_sent(&ract, &rlab, &T, order[k], e > 0, 0, &st, lsc);
            if (run > 0 && e + 1 < parse_epochs)
                continue; /* the curve of the first run is enough */
            if (dyad_model_write(tmp, &src, prune))
                S_die(tmp);
            dyad_parse_scores r;
            if (S_eval_file(tmp, dev, &r))
                S_die("evaluating the model");
            char what[64];
            snprintf(what, sizeof what, "run %d epoch %d dev (%.0fs)", run + 1, e + 1,
                     (double)(clock() - t0) / CLOCKS_PER_SEC);
            S_print_scores(what, &r);
        }
        if (dyad_aptrain_add(&act, &ract, 1.0f / (float)runs) ||
            dyad_aptrain_add(&lab, &rlab, 1.0f / (float)runs))
            S_die("out of memory");
        dyad_aptrain_free(&ract);
        dyad_aptrain_free(&rlab);
    }
    src.tabs[DYAD_TAB_ACT] = &act;
    src.tabs[DYAD_TAB_LAB] = &lab;
    /* the runs' mean, pruned at each requested threshold: OUT for the first,
     * OUT.P<threshold> for the others, to trade size against accuracy */
    for (const char *pv = prunes; *pv;) {
        char path[4096], what[4200];
        float pr[DYAD_NTAB];
        S_prunes(pv, pr);
        if (pv == prunes)
            snprintf(path, sizeof path, "%s", out);
        else
            snprintf(path, sizeof path, "%s.P%g-%g", out, (double)pr[0], (double)pr[1]);
        if (dyad_model_write(path, &src, pr))
            S_die(path);
        dyad_parse_scores r;
        if (S_eval_file(path, dev, &r))
            S_die("evaluating the model");
        FILE *f = fopen(path, "rb");
        long size = f && !fseek(f, 0, SEEK_END) ? ftell(f) : -1;
        if (f)
            fclose(f);
        snprintf(what, sizeof what, "%s (prune %g/%g, %.1f MB) dev", path, (double)pr[0],
                 (double)pr[1], (double)size / 1e6);
        S_print_scores(what, &r);
        const char *comma = strchr(pv, ',');
        pv = comma ? comma + 1 : pv + strlen(pv);
    }
    remove(tmp);
    fprintf(stderr, "wrote %s (%zu tagger, %zu action, %zu label features before pruning)\n",
            out, tagger[0].nrows + tagger[1].nrows, act.nrows, lab.nrows);
    free(tmp);
    free(order);
    free(lsc);
    free(stmem);
    free(upos);
    for (int k = 0; k < 2; k++)
        dyad_aptrain_free(&tagger[k]);
    dyad_aptrain_free(&act);
    dyad_aptrain_free(&lab);
    dyad_map_free(&src.maps[DYAD_TAB_WORD]);
    S_corpus_free(&T);
    S_corpus_free(&D);
    S_inv_free(&tags);
    S_inv_free(&labs);
    dyad_conllu_free(train);
    dyad_conllu_free(dev);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc >= 2 && !strcmp(argv[1], "train"))
        return S_cmd_train(argc - 1, argv + 1);
    if (argc == 4 && !strcmp(argv[1], "eval")) {
        dyad_conllu *gold = S_read(argv[3]);
        dyad_parse_scores r;
        if (S_eval_file(argv[2], gold, &r))
            return 1;
        S_print_scores(argv[3], &r);
        dyad_conllu_free(gold);
        return 0;
    }
    return S_usage();
}

/*
 * train.c — build/dyad-train: trains the tagger and parser of dyad_parse.h on a
 * CoNLL-U treebank (UD English EWT) and evaluates models.
 *
 *   dyad-train train [-t TAG_EPOCHS] [-p PARSE_EPOCHS] [-k FOLDS] [-P T[/A],...] TRAIN DEV OUT
 *   dyad-train eval MODEL FILE.conllu
 *
 * Tagger: averaged perceptron (Collins 2002) over joint UPOS+XPOS tags, greedy
 * left-to-right. The parser is trained on tags predicted by taggers that did not see
 * the sentence (k-fold jackknifing), so that it learns to live with tagging errors.
 * Parser: arc-eager with the dynamic oracle of Goldberg & Nivre (2012, "A dynamic
 * oracle for arc-eager dependency parsing"): from the second epoch on it follows its own
 * predictions with probability 0.9 and learns the best zero-cost action from wherever
 * it is. Non-projective training trees are skipped (the oracle needs projective ones).
 * Arcs are labelled as they are made by a second perceptron, trained on the gold arcs.
 * After each parser epoch the model is written and evaluated on DEV with the runtime
 * itself (to watch the curve); the last epoch is kept, written once per pruning
 * variant of -P (a comma-separated list of T or T/A: averaged weights below T are
 * dropped from the tagger and labeller tables, below A from the action table).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "aptrain.h"
#include "util/util.h"

typedef struct S_corpus {
    const dyad_conllu *c;
    size_t *off;          /* word offset of each sentence */
    dyad_ptok *tok;       /* all words, features precomputed */
    int *gtag, *glab, *ghead, *ptag, *tag1;
    char *proj;           /* projective tree? */
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
    S_rng ^= S_rng << 13;
    S_rng ^= S_rng >> 7;
    S_rng ^= S_rng << 17;
    return (uint32_t)(S_rng >> 11);
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

/* Is the gold tree of sentence s (1-based heads h[1..n]) projective? */
static int S_projective(const int *h, int n)
{
    for (int d = 1; d <= n; d++) {
        int lo = h[d] < d ? h[d] : d, hi = h[d] < d ? d : h[d];
        for (int k = lo + 1; k < hi; k++) {
            int a = k, steps = 0;
            while (a != 0 && a != h[d] && steps++ <= n)
                a = h[a];
            if (a != h[d])
                return 0;
        }
    }
    return 1;
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
    C->glab = malloc((nw + c->nsent) * sizeof(int));
    C->ghead = malloc((nw + c->nsent) * sizeof(int));
    C->proj = malloc(c->nsent);
    if (!C->off || !C->tok || !C->gtag || !C->ptag || !C->tag1 || !C->glab || !C->ghead || !C->proj)
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
        C->proj[s] = ok && S_projective(gh, st->n);
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

/* Tag sentence s (train != 0: perceptron updates against the gold tags); the second
 * pass reads the first pass's tags from C->tag1. */
static void S_tag_sent(dyad_aptrain *t, S_corpus *C, size_t s, int train, int pass2,
                       float *sc)
{
    int n = C->c->sent[s].n;
    dyad_ptok *tok = C->tok + C->off[s];
    const int *gold = C->gtag + C->off[s];
    uint64_t f[DYAD_MAX_FEATS];
    for (int i = 0; i < n; i++)
        tok[i].tag1 = C->tag1[C->off[s] + (size_t)i];
    for (int i = 0; i < n; i++) {
        int nf = dyad_tag_feats(tok, n, i, pass2, f);
        if (train)
            t->clock += 1;
        dyad_aptrain_score(t, f, nf, !train, sc);
        int pred = S_argmax(sc, (int)t->ncls, -1);
        if (train && pred != gold[i] && gold[i] >= 0) {
            if (dyad_aptrain_update(t, f, nf, (uint32_t)gold[i], 1) ||
                dyad_aptrain_update(t, f, nf, (uint32_t)pred, -1))
                S_die("out of memory");
        }
        tok[i].tag = pred;
    }
}

/* The tag dictionary: forms seen at least 20 times in training, with one tag at least
 * 99.5% of the time, map to that tag (a weight no pruning removes). */
static void S_build_dict(dyad_aptrain *dict, const S_corpus *C, int ntags)
{
    dyad_aptrain cnt;
    if (dyad_aptrain_init(&cnt, (uint32_t)ntags) || dyad_aptrain_init(dict, (uint32_t)ntags))
        S_die("out of memory");
    for (size_t w = 0; w < C->nwords; w++)
        if (C->gtag[w] >= 0 &&
            dyad_aptrain_update(&cnt, &C->tok[w].form, 1, (uint32_t)C->gtag[w], 1))
            S_die("out of memory");
    size_t nd = 0;
    for (size_t i = 0; i < cnt.cap; i++) {
        if (!cnt.keys[i])
            continue;
        const float *c = cnt.w + (size_t)cnt.rowof[i] * cnt.ncls;
        float total = 0;
        int best = 0;
        for (int k = 0; k < ntags; k++) {
            total += c[k];
            if (c[k] > c[best])
                best = k;
        }
        if (total >= 20 && c[best] >= 0.995f * total) {
            if (dyad_aptrain_update(dict, &cnt.keys[i], 1, (uint32_t)best, 1000))
                S_die("out of memory");
            nd++;
        }
    }
    fprintf(stderr, "tag dictionary: %zu words\n", nd);
    dyad_aptrain_free(&cnt);
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
            S_tag_sent(t, C, order[k], 1, pass2, sc);
    }
    free(order);
    free(sc);
}

/* Tag sentences (those of `fold` when folds > 0) with averaged weights into out. */
static double S_tag_corpus(dyad_aptrain *t, S_corpus *C, int folds, int fold, int pass2,
                           int *out)
{
    float *sc = malloc(t->ncls * sizeof *sc);
    if (!sc)
        S_die("out of memory");
    long right = 0, all = 0;
    for (size_t s = 0; s < C->c->nsent; s++) {
        if (folds && (int)(s % (size_t)folds) != fold)
            continue;
        S_tag_sent(t, C, s, 0, pass2, sc);
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
    for (int i = 0; i < n; i++)
        tok[i].tag = C->ptag[o + (size_t)i];
    uint64_t f[DYAD_MAX_FEATS], lf[DYAD_MAX_FEATS];
    float sc[DYAD_NACT];
    int cost[DYAD_NACT];
    S_lab_ctx lx = {lab, tok, root, lsc};
    dyad_pstate_init(st, n);
    while (!dyad_pstate_done(st)) {
        int nf = dyad_act_feats(st, tok, f);
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
                lab->clock += 1;
                dyad_aptrain_score(lab, lf, lnf, 0, lsc);
                label = S_argmax(lsc, (int)lab->ncls, root);
                if (gh[d] == h && gl[d] >= 0 && gl[d] != label) {
                    if (dyad_aptrain_update(lab, lf, lnf, (uint32_t)gl[d], 1) ||
                        dyad_aptrain_update(lab, lf, lnf, (uint32_t)label, -1))
                        S_die("out of memory");
                }
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
            "usage: dyad-train train [-t TAG_EPOCHS] [-p PARSE_EPOCHS] [-k FOLDS] [-P T[/A],...] TRAIN DEV OUT\n"
            "       dyad-train eval MODEL FILE.conllu\n");
    return 2;
}

static int S_cmd_train(int argc, char **argv)
{
    int tag_epochs = 6, parse_epochs = 12, folds = 4;
    const char *prunes = "0.1";
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
        else
            return S_usage();
    }
    if (argc - i != 3 || tag_epochs < 1 || parse_epochs < 1 || folds < 2)
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
    size_t nproj = 0;
    for (size_t s = 0; s < train->nsent; s++)
        nproj += (size_t)T.proj[s];
    fprintf(stderr, "%d tags, %d labels, %zu of %zu training trees projective\n", tags.n,
            labs.n, nproj, train->nsent);

    clock_t t0 = clock();
    /* two tagging passes, each jackknifed: pass 1 gives the second pass its right
     * context on training text as it will look at run time, pass 2 gives the parser
     * its tags */
    dyad_aptrain tagger[2];
    for (int pass = 0; pass < 2; pass++) {
        int *out_train = pass ? T.ptag : T.tag1, *out_dev = pass ? D.ptag : D.tag1;
        for (int k = 0; k < folds; k++) {
            S_train_tagger(&tagger[pass], &T, tags.n, tag_epochs, folds, k, pass);
            double acc = S_tag_corpus(&tagger[pass], &T, folds, k, pass, out_train);
            fprintf(stderr, "pass %d jackknife fold %d: tag accuracy %.2f (%.0fs)\n", pass + 1,
                    k, acc, (double)(clock() - t0) / CLOCKS_PER_SEC);
            dyad_aptrain_free(&tagger[pass]);
        }
        S_train_tagger(&tagger[pass], &T, tags.n, tag_epochs, 0, 0, pass);
        double dacc = S_tag_corpus(&tagger[pass], &D, 0, 0, pass, out_dev);
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
    dyad_aptrain dict;
    S_build_dict(&dict, &T, tags.n);
    dyad_aptrain *tabs[DYAD_NTAB] = {&tagger[0], &act, &lab, &tagger[1], &dict};
    float prune[DYAD_NTAB];
    S_prunes(prunes, prune);
    for (int e = 0; e < parse_epochs; e++) {
        S_shuffle(order, nuse);
        for (size_t k = 0; k < nuse; k++)
            S_parse_sent(&act, &lab, &T, order[k], e > 0, 0, &st, lsc);
        if (dyad_model_write(tmp, tags.n, (const char *const *)upos,
                             (const char *const *)xpos, labs.n,
                             (const char *const *)labs.names, tabs, prune))
            S_die(tmp);
        dyad_parse_scores r;
        if (S_eval_file(tmp, dev, &r))
            S_die("evaluating the model");
        char what[64];
        snprintf(what, sizeof what, "epoch %d dev (%.0fs)", e + 1,
                 (double)(clock() - t0) / CLOCKS_PER_SEC);
        S_print_scores(what, &r);
    }
    /* the last epoch's weights, pruned at each requested threshold: OUT for the first,
     * OUT.P<threshold> for the others, to trade size against accuracy */
    for (const char *pv = prunes; *pv;) {
        char path[4096], what[4200];
        float pr[DYAD_NTAB];
        S_prunes(pv, pr);
        if (pv == prunes)
            snprintf(path, sizeof path, "%s", out);
        else
            snprintf(path, sizeof path, "%s.P%g-%g", out, (double)pr[0], (double)pr[1]);
        if (dyad_model_write(path, tags.n, (const char *const *)upos,
                             (const char *const *)xpos, labs.n,
                             (const char *const *)labs.names, tabs, pr))
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

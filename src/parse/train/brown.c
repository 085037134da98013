/*
 * brown.c — Brown clusters by Liang's (2005) algorithm (see brown.h).
 *
 * With cluster counts c, bigram counts n(i,j) and q(i,j) = n(i,j) log(n(i,j) / (c_i c_j)),
 * the bigram mutual information is (up to constants) the sum of q over active pairs.
 * L(a,b), the loss of merging a and b, is kept for every active pair and updated in O(1)
 * per pair when a word enters or two clusters merge (only terms that involve the
 * changed clusters move), so that each step costs O(C^2) instead of O(C^3).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "brown.h"

#define NLOGN_TAB (1u << 18)

typedef struct S_bc {
    int S;              /* slots: C + 1 */
    int64_t *n;         /* n[i*S+j]: bigrams "cluster i then cluster j" */
    double *cnt, *logc; /* word count of each cluster, its log */
    double *lm;         /* lm[i*S+j] = log(cnt i + cnt j) */
    double *s;          /* s[i]: sum of the q terms that involve i */
    double *L;          /* L[i*S+j], i < j: merge loss */
    double *ds;         /* scratch */
    char *act;
    int *al, na;        /* active slots */
    double *nlogn;      /* x log x for small x */
} S_bc;

static double S_nlogn(const S_bc *b, int64_t x)
{
    return x < (int64_t)NLOGN_TAB ? b->nlogn[x] : (double)x * log((double)x);
}

static double S_q(const S_bc *b, int64_t x, double la, double lb)
{
    return x ? S_nlogn(b, x) - (double)x * (la + lb) : 0;
}

#define N(i, j) b->n[(size_t)(i) * (size_t)b->S + (size_t)(j)]
#define LM(i, j) b->lm[(size_t)(i) * (size_t)b->S + (size_t)(j)]
/* L is kept for i < j */
#define LOSS(i, j) \
    b->L[(size_t)((i) < (j) ? (i) : (j)) * (size_t)b->S + (size_t)((i) < (j) ? (j) : (i))]

static double S_Q(const S_bc *b, int i, int j)
{
    return S_q(b, N(i, j), b->logc[i], b->logc[j]);
}

static void S_actives(S_bc *b)
{
    b->na = 0;
    for (int i = 0; i < b->S; i++)
        if (b->act[i])
            b->al[b->na++] = i;
}

static double S_s(const S_bc *b, int i)
{
    double s = -S_Q(b, i, i);
    for (int k = 0; k < b->na; k++) {
        int d = b->al[k];
        s += S_Q(b, i, d) + S_Q(b, d, i);
    }
    return s;
}

/* The loss of merging i and j, from scratch: O(C). */
static double S_loss(const S_bc *b, int i, int j)
{
    double lm = LM(i, j);
    double v = b->s[i] + b->s[j] - S_Q(b, i, j) - S_Q(b, j, i);
    for (int k = 0; k < b->na; k++) {
        int d = b->al[k];
        if (d == i || d == j)
            continue;
        v -= S_q(b, N(i, d) + N(j, d), lm, b->logc[d]) +
             S_q(b, N(d, i) + N(d, j), b->logc[d], lm);
    }
    return v - S_q(b, N(i, i) + N(i, j) + N(j, i) + N(j, j), lm, lm);
}

/* Slot k has just become active with its counts in place: finish its bookkeeping. */
static void S_activate(S_bc *b, int k)
{
    for (int t = 0; t < b->na; t++) {
        int d = b->al[t];
        LM(k, d) = LM(d, k) = log(b->cnt[k] + b->cnt[d]);
    }
    b->act[k] = 1;
    S_actives(b);
    b->s[k] = S_s(b, k);
    for (int t = 0; t < b->na; t++)
        if (b->al[t] != k)
            LOSS(k, b->al[t]) = S_loss(b, k, b->al[t]);
}

/* Word with neighbour lists (rn/rc right, ln/lc left) enters free slot k. */
static void S_add(S_bc *b, int k, const int *slot_of, const int *rn, const int64_t *rc,
                  size_t nr, const int *ln, const int64_t *lc, size_t nl, int64_t count)
{
    for (int i = 0; i < b->S; i++)
        N(k, i) = N(i, k) = 0;
    for (size_t t = 0; t < nr; t++)
        if (slot_of[rn[t]] >= 0)
            N(k, slot_of[rn[t]]) += rc[t];
    for (size_t t = 0; t < nl; t++)
        if (slot_of[ln[t]] >= 0 && slot_of[ln[t]] != k)
            N(slot_of[ln[t]], k) += lc[t];
    b->cnt[k] = (double)count;
    b->logc[k] = log(b->cnt[k]);
    /* pairs of old clusters: s gains the terms with k, the merged pair's sum gains
     * its own; only clusters adjacent to the word change anything */
    double *z = b->ds;
    for (int t = 0; t < b->na; t++) {
        int i = b->al[t];
        z[i] = N(i, k) || N(k, i) ? S_Q(b, i, k) + S_Q(b, k, i) : 0;
    }
    double lk = b->logc[k];
    for (int t = 0; t < b->na; t++) {
        int i = b->al[t];
        int nzi = N(i, k) || N(k, i);
        for (int u = t + 1; u < b->na; u++) {
            int j = b->al[u];
            if (!nzi && !N(j, k) && !N(k, j))
                continue;
            double lm = LM(i, j);
            LOSS(i, j) += z[i] + z[j] - S_q(b, N(i, k) + N(j, k), lm, lk) -
                          S_q(b, N(k, i) + N(k, j), lk, lm);
        }
    }
    for (int t = 0; t < b->na; t++)
        b->s[b->al[t]] += z[b->al[t]];
    S_activate(b, k);
}

static void S_best(const S_bc *b, int *ba, int *bb)
{
    double best = INFINITY;
    *ba = *bb = -1;
    for (int t = 0; t < b->na; t++)
        for (int u = t + 1; u < b->na; u++) {
            double v = LOSS(b->al[t], b->al[u]);
            if (v < best) {
                best = v;
                *ba = b->al[t];
                *bb = b->al[u];
            }
        }
}

/* Merge b2 into a (slot b2 becomes free). */
static void S_merge(S_bc *b, int a, int b2)
{
    double lm = LM(a, b2);
    double *ds = b->ds;
    for (int t = 0; t < b->na; t++) {
        int i = b->al[t];
        if (i == a || i == b2)
            continue;
        ds[i] = S_q(b, N(i, a) + N(i, b2), b->logc[i], lm) +
                S_q(b, N(a, i) + N(b2, i), lm, b->logc[i]) - S_Q(b, i, a) - S_Q(b, a, i) -
                S_Q(b, i, b2) - S_Q(b, b2, i);
    }
    double la = b->logc[a], lb = b->logc[b2];
    for (int t = 0; t < b->na; t++) {
        int i = b->al[t];
        if (i == a || i == b2)
            continue;
        for (int u = t + 1; u < b->na; u++) {
            int j = b->al[u];
            if (j == a || j == b2)
                continue;
            double l = LM(i, j);
            int64_t ia = N(i, a) + N(j, a), ai = N(a, i) + N(a, j);
            int64_t ib = N(i, b2) + N(j, b2), bi = N(b2, i) + N(b2, j);
            LOSS(i, j) += ds[i] + ds[j] + S_q(b, ia, l, la) + S_q(b, ai, la, l) +
                          S_q(b, ib, l, lb) + S_q(b, bi, lb, l) - S_q(b, ia + ib, l, lm) -
                          S_q(b, ai + bi, lm, l);
        }
    }
    for (int t = 0; t < b->na; t++) {
        int d = b->al[t];
        if (d == a || d == b2)
            continue;
        N(a, d) += N(b2, d);
        N(d, a) += N(d, b2);
        b->s[d] += ds[d];
    }
    N(a, a) += N(a, b2) + N(b2, a) + N(b2, b2);
    b->cnt[a] += b->cnt[b2];
    b->logc[a] = lm;
    b->act[a] = b->act[b2] = 0;
    S_actives(b);
    S_activate(b, a);
}

/* ---- vocabulary ----------------------------------------------------------------- */

typedef struct S_word {
    uint64_t key;
    int64_t count;
} S_word;

static int S_by_count(const void *x, const void *y)
{
    const S_word *a = x, *b = y;
    if (a->count != b->count)
        return a->count > b->count ? -1 : 1;
    return a->key < b->key ? -1 : a->key > b->key;
}

static int S_u64cmp(const void *x, const void *y)
{
    uint64_t a = *(const uint64_t *)x, b = *(const uint64_t *)y;
    return a < b ? -1 : a > b;
}

/* Index of key in the sorted array u[0..n), or -1. */
static long S_search(const uint64_t *u, size_t n, uint64_t key)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (u[mid] < key)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < n && u[lo] == key ? (long)lo : -1;
}

/* Bigram lists of words 0..V-1 in CSR form, from packed (first << 32 | second) pairs. */
static int S_csr(uint64_t *pairs, size_t np, int V, size_t **start, int **nb, int64_t **cnt)
{
    qsort(pairs, np, sizeof *pairs, S_u64cmp);
    *start = calloc((size_t)V + 1, sizeof **start);
    *nb = malloc((np ? np : 1) * sizeof **nb);
    *cnt = malloc((np ? np : 1) * sizeof **cnt);
    if (!*start || !*nb || !*cnt)
        return -1;
    size_t m = 0;
    for (size_t i = 0; i < np;) {
        size_t j = i;
        while (j < np && pairs[j] == pairs[i])
            j++;
        (*start)[(pairs[i] >> 32) + 1]++;
        (*nb)[m] = (int)(pairs[i] & 0xffffffffu);
        (*cnt)[m++] = (int64_t)(j - i);
        i = j;
    }
    for (int w = 0; w < V; w++)
        (*start)[w + 1] += (*start)[w];
    return 0;
}

int dyad_brown(const uint64_t *tok, size_t n, int nclusters, int min_count,
               uint64_t **out_keys, uint32_t **out_codes, size_t *nw)
{
    int rc = -1;
    *out_keys = NULL;
    *out_codes = NULL;
    *nw = 0;
    /* the vocabulary: distinct keys by sorting, then by decreasing count */
    uint64_t *u = malloc((n + 1) * sizeof *u);
    S_word *words = malloc((n + 1) * sizeof *words);
    int *id = malloc((n + 1) * sizeof *id);
    uint64_t *pairs = NULL;
    size_t *rs = NULL, *ls = NULL;
    int *rn = NULL, *ln = NULL, *slot_of = NULL, *next = NULL, *head = NULL, *size = NULL;
    int64_t *rcnt = NULL, *lcnt = NULL;
    int *leaf = NULL, *node = NULL, *kid = NULL, *rank = NULL;
    uint32_t *path = NULL;
    S_bc b = {0};
    if (!u || !words || !id)
        goto done;
    size_t nu = 0, nv = 0;
    for (size_t i = 0; i < n; i++)
        if (tok[i])
            u[nu++] = tok[i];
    qsort(u, nu, sizeof *u, S_u64cmp);
    for (size_t i = 0; i < nu; nv++) {
        size_t j = i;
        while (j < nu && u[j] == u[i])
            j++;
        words[nv].key = u[i];
        words[nv].count = (int64_t)(j - i);
        u[nv] = u[i];
        i = j;
    }
    qsort(words, nv, sizeof *words, S_by_count);
    int V = 0;
    while ((size_t)V < nv && words[V].count >= min_count)
        V++;
    /* u[0..nv) are the distinct keys, sorted: rank[k] is key k's place by count */
    if (!(rank = malloc((nv + 1) * sizeof *rank)))
        goto done;
    for (size_t w = 0; w < nv; w++)
        rank[S_search(u, nv, words[w].key)] = (int)w;
    for (size_t i = 0; i < n; i++) {
        long k = tok[i] ? S_search(u, nv, tok[i]) : -1;
        id[i] = k >= 0 && rank[k] < V ? rank[k] : -1;
    }
    /* right neighbours: (w << 32 | u) sorted; left neighbours: (u << 32 | w) */
    size_t np = 0;
    pairs = malloc((n + 1) * sizeof *pairs);
    if (!pairs)
        goto done;
    for (size_t i = 0; i + 1 < n; i++)
        if (id[i] >= 0 && id[i + 1] >= 0)
            pairs[np++] = (uint64_t)id[i] << 32 | (uint32_t)id[i + 1];
    if (S_csr(pairs, np, V, &rs, &rn, &rcnt))
        goto done;
    for (size_t i = 0; i < np; i++)
        pairs[i] = pairs[i] << 32 | pairs[i] >> 32;
    if (S_csr(pairs, np, V, &ls, &ln, &lcnt))
        goto done;

    int C = nclusters < V ? nclusters : V;
    if (C < 1) {
        rc = 0;
        goto done;
    }
    int S = b.S = C + 1;
    size_t SS = (size_t)S * (size_t)S;
    b.n = calloc(SS, sizeof *b.n);
    b.lm = calloc(SS, sizeof *b.lm);
    b.L = calloc(SS, sizeof *b.L);
    b.cnt = calloc((size_t)S, sizeof *b.cnt);
    b.logc = calloc((size_t)S, sizeof *b.logc);
    b.s = calloc((size_t)S, sizeof *b.s);
    b.ds = calloc((size_t)S, sizeof *b.ds);
    b.act = calloc((size_t)S, 1);
    b.al = malloc((size_t)S * sizeof *b.al);
    b.nlogn = malloc(NLOGN_TAB * sizeof *b.nlogn);
    slot_of = malloc((size_t)V * sizeof *slot_of);
    next = malloc((size_t)V * sizeof *next);
    head = malloc((size_t)S * sizeof *head);
    size = calloc((size_t)S, sizeof *size);
    if (!b.n || !b.lm || !b.L || !b.cnt || !b.logc || !b.s || !b.ds || !b.act || !b.al ||
        !b.nlogn || !slot_of || !next || !head || !size)
        goto done;
    b.nlogn[0] = 0;
    for (uint32_t x = 1; x < NLOGN_TAB; x++)
        b.nlogn[x] = (double)x * log((double)x);
    for (int w = 0; w < V; w++)
        slot_of[w] = -1;

    /* phase 1: words enter by frequency; beyond C+1 clusters the cheapest pair merges */
    for (int w = 0; w < V; w++) {
        int k = 0;
        while (b.act[k])
            k++;
        slot_of[w] = k;
        head[k] = w;
        next[w] = -1;
        size[k] = 1;
        S_add(&b, k, slot_of, rn + rs[w], rcnt + rs[w], rs[w + 1] - rs[w], ln + ls[w],
              lcnt + ls[w], ls[w + 1] - ls[w], words[w].count);
        if (b.na < S)
            continue;
        int x, y;
        S_best(&b, &x, &y);
        if (size[x] < size[y]) { /* relabel the smaller cluster's words */
            int t = x;
            x = y;
            y = t;
        }
        S_merge(&b, x, y);
        int last = -1;
        for (int v = head[y]; v >= 0; v = next[v]) {
            slot_of[v] = x;
            last = v;
        }
        next[last] = head[x];
        head[x] = head[y];
        size[x] += size[y];
    }

    /* phase 2: merge the C clusters down to one, recording the binary tree: nodes
     * 0..C-1 are the clusters, C.. the merges (kid[2*(node-C)+{0,1}]) */
    leaf = malloc((size_t)S * sizeof *leaf);
    node = malloc((size_t)S * sizeof *node);
    kid = malloc((size_t)(2 * C + 2) * sizeof *kid);
    path = calloc((size_t)(2 * C + 1), sizeof *path);
    if (!leaf || !node || !kid || !path)
        goto done;
    int nl = 0;
    for (int k = 0; k < S; k++)
        if (b.act[k]) {
            leaf[k] = nl;
            node[k] = nl++;
        }
    int nn = nl;
    while (b.na > 1) {
        int x, y;
        S_best(&b, &x, &y);
        S_merge(&b, x, y);
        kid[2 * (nn - nl)] = node[x];
        kid[2 * (nn - nl) + 1] = node[y];
        node[x] = nn++;
    }
    /* paths from the root down (the root is the last node): left 0, right 1 */
    path[nn - 1] = 1;
    for (int v = nn - 1; v >= nl; v--)
        for (int c = 0; c < 2; c++) {
            uint32_t p = path[v];
            path[kid[2 * (v - nl) + c]] = p >> DYAD_BROWN_DEPTH ? p : p << 1 | (uint32_t)c;
        }
    *out_keys = malloc((size_t)V * sizeof **out_keys);
    *out_codes = malloc((size_t)V * sizeof **out_codes);
    if (!*out_keys || !*out_codes) {
        free(*out_keys);
        free(*out_codes);
        *out_keys = NULL;
        *out_codes = NULL;
        goto done;
    }
    for (int w = 0; w < V; w++) {
        (*out_keys)[w] = words[w].key;
        (*out_codes)[w] = path[leaf[slot_of[w]]];
    }
    *nw = (size_t)V;
    rc = 0;
done:
    free(u);
    free(rank);
    free(words);
    free(id);
    free(pairs);
    free(rs);
    free(ls);
    free(rn);
    free(ln);
    free(rcnt);
    free(lcnt);
    free(slot_of);
    free(next);
    free(head);
    free(size);
    free(leaf);
    free(node);
    free(kid);
    free(path);
    free(b.n);
    free(b.lm);
    free(b.L);
    free(b.cnt);
    free(b.logc);
    free(b.s);
    free(b.ds);
    free(b.act);
    free(b.al);
    free(b.nlogn);
    return rc;
}

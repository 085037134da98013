/*
 * aptrain.c — trainable averaged-perceptron table (dense rows of ncls weights per
 * feature, allocated on the first update) and the writer of the sparse, mmap-able
 * model file read by src/parse/model.c.
 */
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include "aptrain.h"

int dyad_aptrain_init(dyad_aptrain *t, uint32_t ncls)
{
    memset(t, 0, sizeof *t);
    t->ncls = ncls;
    t->cap = 1u << 16;
    t->keys = calloc(t->cap, sizeof *t->keys);
    t->rowof = calloc(t->cap, sizeof *t->rowof);
    return t->keys && t->rowof ? 0 : -1;
}

void dyad_aptrain_free(dyad_aptrain *t)
{
    free(t->keys);
    free(t->rowof);
    free(t->w);
    free(t->u);
    memset(t, 0, sizeof *t);
}

static size_t S_slot(const uint64_t *keys, size_t cap, uint64_t key)
{
    size_t j = (size_t)(key ^ (key >> 32)) & (cap - 1);
    while (keys[j] && keys[j] != key)
        j = (j + 1) & (cap - 1);
    return j;
}

static int S_grow(dyad_aptrain *t)
{
    size_t nc = t->cap * 2;
    uint64_t *nk = calloc(nc, sizeof *nk);
    uint32_t *nr = calloc(nc, sizeof *nr);
    if (!nk || !nr) {
        free(nk);
        free(nr);
        return -1;
    }
    for (size_t i = 0; i < t->cap; i++)
        if (t->keys[i]) {
            size_t j = S_slot(nk, nc, t->keys[i]);
            nk[j] = t->keys[i];
            nr[j] = t->rowof[i];
        }
    free(t->keys);
    free(t->rowof);
    t->keys = nk;
    t->rowof = nr;
    t->cap = nc;
    return 0;
}

static long S_row(dyad_aptrain *t, uint64_t key, int create)
{
    size_t j = S_slot(t->keys, t->cap, key);
    if (t->keys[j])
        return t->rowof[j];
    if (!create)
        return -1;
    if ((t->used + 1) * 2 > t->cap) {
        if (S_grow(t))
            return -2;
        j = S_slot(t->keys, t->cap, key);
    }
    if (t->nrows == t->rowcap) {
        size_t nc = t->rowcap ? t->rowcap * 2 : 4096;
        float *nw = realloc(t->w, nc * t->ncls * sizeof *nw);
        if (!nw)
            return -2;
        t->w = nw;
        double *nu = realloc(t->u, nc * t->ncls * sizeof *nu);
        if (!nu)
            return -2;
        t->u = nu;
        t->rowcap = nc;
    }
    size_t r = t->nrows++;
    memset(t->w + r * t->ncls, 0, t->ncls * sizeof *t->w);
    memset(t->u + r * t->ncls, 0, t->ncls * sizeof *t->u);
    t->keys[j] = key;
    t->rowof[j] = (uint32_t)r;
    t->used++;
    return (long)r;
}

void dyad_aptrain_score(const dyad_aptrain *t, const uint64_t *f, int nf, int avg,
                        float *scores)
{
    uint32_t n = t->ncls;
    for (uint32_t c = 0; c < n; c++)
        scores[c] = 0;
    double inv = t->clock > 0 ? 1.0 / t->clock : 0;
    for (int i = 0; i < nf; i++) {
        long r = S_row((dyad_aptrain *)t, f[i], 0);
        if (r < 0)
            continue;
        const float *w = t->w + (size_t)r * n;
        if (!avg) {
            for (uint32_t c = 0; c < n; c++)
                scores[c] += w[c];
        } else {
            const double *u = t->u + (size_t)r * n;
            for (uint32_t c = 0; c < n; c++)
                scores[c] += (float)(w[c] - u[c] * inv);
        }
    }
}

int dyad_aptrain_update(dyad_aptrain *t, const uint64_t *f, int nf, uint32_t cls,
                        float delta)
{
    for (int i = 0; i < nf; i++) {
        long r = S_row(t, f[i], 1);
        if (r < 0)
            return -1;
        t->w[(size_t)r * t->ncls + cls] += delta;
        t->u[(size_t)r * t->ncls + cls] += t->clock * delta;
    }
    return 0;
}

int dyad_aptrain_add(dyad_aptrain *dst, const dyad_aptrain *src, float k)
{
    double inv = src->clock > 0 ? 1.0 / src->clock : 0;
    uint32_t n = src->ncls;
    for (size_t i = 0; i < src->cap; i++) {
        if (!src->keys[i])
            continue;
        long r = S_row(dst, src->keys[i], 1);
        if (r < 0)
            return -1;
        size_t from = (size_t)src->rowof[i] * n, to = (size_t)r * n;
        for (uint32_t c = 0; c < n; c++)
            dst->w[to + c] += (float)(k * (src->w[from + c] - src->u[from + c] * inv));
    }
    return 0;
}

/* ---- writer --------------------------------------------------------------------- */

/* Slots filled per bucket on average: low enough that a home bucket is rarely full (a
 * lookup then reads the next cache line too), high enough to keep the file small. */
#define S_LOAD 0.7

static uint32_t S_nbuckets(size_t nkeys, int per)
{
    return (uint32_t)((double)nkeys / (per * S_LOAD)) + 1; /* keeps an empty slot */
}

/* The slot (bucket * per + index) for key: the first free one from its home bucket on.
 * Both bucket types are 64 bytes and start with their fingerprints. */
static size_t S_place(void *buckets, uint32_t nb, int per, uint64_t key)
{
    uint32_t j = dyad_ap_home(key, nb);
    for (;;) {
        uint32_t *fp = (uint32_t *)((unsigned char *)buckets + (size_t)j * 64);
        for (int k = 0; k < per; k++)
            if (!fp[k]) {
                fp[k] = dyad_ap_fp(key);
                return (size_t)j * (size_t)per + (size_t)k;
            }
        j = j + 1 == nb ? 0 : j + 1;
    }
}

int dyad_map_build(dyad_apmap *m, const uint64_t *keys, const uint32_t *vals, size_t n)
{
    m->nbuckets = S_nbuckets(n, DYAD_APB);
    m->b = calloc(m->nbuckets, sizeof *m->b);
    if (!m->b)
        return -1;
    for (size_t i = 0; i < n; i++) {
        size_t at = S_place(m->b, m->nbuckets, DYAD_APB, keys[i]);
        m->b[at / DYAD_APB].val[at % DYAD_APB] = vals[i];
    }
    return 0;
}

void dyad_map_free(dyad_apmap *m)
{
    free(m->b);
    m->b = NULL;
}

typedef struct S_out {
    dyad_apbucket *b;
    dyad_actbucket *ab;   /* instead of b and entries: the action table */
    dyad_apent *ents;
    int16_t *dense;
    uint32_t nbuckets, nents, ndense;
    float scale;
} S_out;

/* Quantised averaged weights of row r into q[0..ncls), 0 where pruned; returns how many
 * are kept. */
static uint32_t S_row_q(const dyad_aptrain *t, size_t r, double inv, double scale,
                        float prune, int16_t *q)
{
    uint32_t k = 0;
    for (uint32_t c = 0; c < t->ncls; c++) {
        size_t i = r * t->ncls + c;
        double v = t->w[i] - t->u[i] * inv;
        long x = fabs(v) >= prune ? lrint(v / scale) : 0;
        q[c] = (int16_t)(x > 32767 ? 32767 : x < -32767 ? -32767 : x);
        k += q[c] != 0;
    }
    return k;
}

/* A feature with weights for at least a quarter of the classes gets a dense row: adding
 * eight at a time is then cheaper than walking its run. */
static int S_is_dense(uint32_t kept, uint32_t ncls)
{
    return kept * 4 >= ncls;
}

/* Averaged, pruned, int16-quantised copy of t in the model file's layout: runs and
 * dense rows, or the action table's weights in the slots. */
static int S_freeze(const dyad_aptrain *t, float prune, int act, S_out *o)
{
    double inv = t->clock > 0 ? 1.0 / t->clock : 0;
    uint32_t n = t->ncls, stride = DYAD_PAD8(n);
    double maxw = 0;
    for (size_t i = 0; i < t->nrows * n; i++) {
        double v = fabs(t->w[i] - t->u[i] * inv);
        if (v >= prune && v > maxw)
            maxw = v;
    }
    double scale = maxw > 0 ? maxw / 32767.0 : 1.0;
    o->scale = (float)scale;
    int16_t *q = calloc(stride, sizeof *q);
    if (!q)
        return -1;
    size_t nfeat = 0, nents = 0, ndense = 0;
    for (size_t r = 0; r < t->nrows; r++) {
        uint32_t k = S_row_q(t, r, inv, scale, prune, q);
        nfeat += k > 0;
        if (!act && S_is_dense(k, n) && k)
            ndense++;
        else
            nents += k;
    }
    o->nbuckets = S_nbuckets(nfeat, act ? DYAD_ACTB : DYAD_APB);
    if (act) {
        o->ab = calloc(o->nbuckets, sizeof *o->ab);
    } else {
        o->b = calloc(o->nbuckets, sizeof *o->b);
        o->ents = malloc((nents + 1) * sizeof *o->ents);
        o->dense = calloc(ndense * stride + 1, sizeof *o->dense);
    }
    if (act ? !o->ab : !o->b || !o->ents || !o->dense) {
        free(q);
        return -1;
    }
    size_t e = 0, nd = 0;
    for (size_t i = 0; i < t->cap; i++) {
        if (!t->keys[i])
            continue;
        uint32_t k = S_row_q(t, t->rowof[i], inv, scale, prune, q), val;
        if (!k)
            continue;
        if (act) {
            size_t at = S_place(o->ab, o->nbuckets, DYAD_ACTB, t->keys[i]);
            memcpy(o->ab[at / DYAD_ACTB].w[at % DYAD_ACTB], q, DYAD_NACT * sizeof *q);
            continue;
        }
        if (S_is_dense(k, n)) {
            memcpy(o->dense + nd * stride, q, n * sizeof *q);
            val = DYAD_AP_DENSE | (uint32_t)nd++;
        } else {
            val = (uint32_t)e;
            for (uint32_t c = 0; c < n; c++)
                if (q[c]) {
                    o->ents[e].cls = (uint16_t)c;
                    o->ents[e++].w = q[c];
                }
            o->ents[e - 1].cls |= DYAD_AP_LAST;
        }
        size_t at = S_place(o->b, o->nbuckets, DYAD_APB, t->keys[i]);
        o->b[at / DYAD_APB].val[at % DYAD_APB] = val;
    }
    free(q);
    if (!act && e == 0) { /* an empty table still ends with a closed run */
        o->ents[0].cls = DYAD_AP_LAST;
        o->ents[0].w = 0;
        e = 1;
    }
    o->nents = act ? 0 : (uint32_t)e;
    o->ndense = (uint32_t)nd;
    return 0;
}

static int S_pad(FILE *f, uint64_t *off, unsigned align)
{
    while (*off % align) {
        if (fputc(0, f) == EOF)
            return -1;
        (*off)++;
    }
    return 0;
}

int dyad_model_write(const char *path, const dyad_model_src *src,
                     const float prune[DYAD_NTAB])
{
    S_out o[DYAD_NTAB] = {{0}};
    FILE *f = NULL;
    int rc = -1;
    for (int k = 0; k < DYAD_NTAB; k++) {
        int kind = dyad_tab_kind(k);
        if (kind == DYAD_KIND_MAP) {
            o[k].nbuckets = src->maps[k].nbuckets;
            o[k].scale = 1;
        } else if (S_freeze(src->tabs[k], prune[k], kind == DYAD_KIND_ACT, &o[k])) {
            goto done;
        }
    }
    dyad_mhdr h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, DYAD_MODEL_MAGIC, 8);
    h.version = DYAD_MODEL_VERSION;
    h.endian = DYAD_MODEL_ENDIAN;
    h.feat_version = DYAD_FEAT_VERSION;
    h.tag2_skip = src->tag2_skip;
    h.ntags = (uint32_t)src->ntags;
    h.nlabels = (uint32_t)src->nlabels;
    uint64_t off = sizeof h;
    h.names_off = off;
    for (int i = 0; i < src->ntags; i++)
        h.names_len += strlen(src->upos[i]) + strlen(src->xpos[i]) + 2;
    for (int i = 0; i < src->nlabels; i++)
        h.names_len += strlen(src->labels[i]) + 1;
    off += h.names_len;
    /* buckets on cache-line boundaries (the mapping starts on a page) */
    for (int k = 0; k < DYAD_NTAB; k++) {
        off = (off + 63) & ~(uint64_t)63;
        int kind = dyad_tab_kind(k);
        h.tab[k].ncls = kind == DYAD_KIND_ACT   ? DYAD_NACT
                        : kind == DYAD_KIND_MAP ? 0
                                                : src->tabs[k]->ncls;
        h.tab[k].scale = o[k].scale;
        h.tab[k].nbuckets = o[k].nbuckets;
        h.tab[k].nents = o[k].nents;
        h.tab[k].ndense = o[k].ndense;
        h.tab[k].slots_off = off;
        off += (uint64_t)o[k].nbuckets * 64;
        h.tab[k].ents_off = off;
        off += (uint64_t)o[k].nents * sizeof(dyad_apent);
        off = (off + 15) & ~(uint64_t)15;
        h.tab[k].dense_off = off;
        off += (uint64_t)o[k].ndense * DYAD_PAD8(h.tab[k].ncls) * sizeof(int16_t);
    }
    off = (off + 7) & ~(uint64_t)7;
    h.size = off;
    if (!(f = fopen(path, "wb")))
        goto done;
    uint64_t pos = 0;
    if (fwrite(&h, sizeof h, 1, f) != 1)
        goto done;
    pos += sizeof h;
    const char *const *names[3] = {src->upos, src->xpos, src->labels};
    int counts[3] = {src->ntags, src->ntags, src->nlabels};
    for (int g = 0; g < 3; g++)
        for (int i = 0; i < counts[g]; i++)
            pos += fwrite(names[g][i], 1, strlen(names[g][i]) + 1, f);
    for (int k = 0; k < DYAD_NTAB; k++) {
        const void *b = o[k].ab ? (const void *)o[k].ab
                        : o[k].b ? (const void *)o[k].b : (const void *)src->maps[k].b;
        if (S_pad(f, &pos, 64) || fwrite(b, 64, o[k].nbuckets, f) != o[k].nbuckets)
            goto done;
        pos += (uint64_t)o[k].nbuckets * 64;
        if (o[k].nents && fwrite(o[k].ents, sizeof(dyad_apent), o[k].nents, f) != o[k].nents)
            goto done;
        pos += (uint64_t)o[k].nents * sizeof(dyad_apent);
        size_t nd = (size_t)o[k].ndense * DYAD_PAD8(h.tab[k].ncls);
        if (S_pad(f, &pos, 16) || (nd && fwrite(o[k].dense, sizeof(int16_t), nd, f) != nd))
            goto done;
        pos += nd * sizeof(int16_t);
    }
    if (S_pad(f, &pos, 8))
        goto done;
    rc = pos == h.size ? 0 : -1;
    if (rc)
        errno = EIO;
done:
    if (f && fclose(f) != 0)
        rc = -1;
    for (int k = 0; k < DYAD_NTAB; k++) {
        free(o[k].b);
        free(o[k].ab);
        free(o[k].ents);
        free(o[k].dense);
    }
    return rc;
}

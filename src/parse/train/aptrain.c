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

/* ---- writer --------------------------------------------------------------------- */

typedef struct S_out {
    dyad_apslot *slots;
    dyad_apent *ents;
    dyad_actslot *aslots; /* instead of slots and entries: the action table */
    uint32_t nslots, nents;
    float scale;
} S_out;

/* The action table's layout: weights inside the slots. */
static int S_freeze_act(const dyad_aptrain *t, float prune, S_out *o)
{
    double inv = t->clock > 0 ? 1.0 / t->clock : 0, maxw = 0;
    size_t nfeat = 0;
    for (size_t r = 0; r < t->nrows * DYAD_NACT; r++) {
        double v = fabs(t->w[r] - t->u[r] * inv);
        if (v > maxw)
            maxw = v;
    }
    double scale = maxw > 0 ? maxw / 32767.0 : 1.0;
    o->scale = (float)scale;
    for (size_t r = 0; r < t->nrows; r++) {
        int keep = 0;
        for (int c = 0; c < DYAD_NACT; c++) {
            double v = t->w[r * DYAD_NACT + c] - t->u[r * DYAD_NACT + c] * inv;
            keep |= fabs(v) >= prune && lrint(v / scale) != 0;
        }
        nfeat += (size_t)keep;
    }
    uint32_t ns = (uint32_t)(nfeat + nfeat / 4 + 2);
    o->nslots = ns;
    o->nents = 0;
    o->aslots = calloc(ns, sizeof *o->aslots);
    if (!o->aslots)
        return -1;
    for (size_t i = 0; i < t->cap; i++) {
        if (!t->keys[i])
            continue;
        size_t r = t->rowof[i];
        int16_t q[DYAD_NACT];
        int keep = 0;
        for (int c = 0; c < DYAD_NACT; c++) {
            double v = t->w[r * DYAD_NACT + c] - t->u[r * DYAD_NACT + c] * inv;
            long x = lrint(v / scale);
            q[c] = (int16_t)(x > 32767 ? 32767 : x < -32767 ? -32767 : x);
            keep |= fabs(v) >= prune && x != 0;
        }
        if (!keep)
            continue;
        uint32_t j = dyad_ap_home(t->keys[i], ns);
        while (o->aslots[j].fp)
            j = j + 1 == ns ? 0 : j + 1;
        o->aslots[j].fp = dyad_ap_fp(t->keys[i]);
        memcpy(o->aslots[j].w, q, sizeof q);
    }
    return 0;
}

/* Averaged, pruned, int16-quantised copy of t in the model file's layout. */
static int S_freeze(const dyad_aptrain *t, float prune, S_out *o)
{
    double inv = t->clock > 0 ? 1.0 / t->clock : 0;
    uint32_t n = t->ncls;
    double maxw = 0;
    for (size_t r = 0; r < t->nrows; r++)
        for (uint32_t c = 0; c < n; c++) {
            double v = fabs(t->w[r * n + c] - t->u[r * n + c] * inv);
            if (v >= prune && v > maxw)
                maxw = v;
        }
    double scale = maxw > 0 ? maxw / 32767.0 : 1.0;
    o->scale = (float)scale;
    size_t nfeat = 0, nents = 0;
    for (size_t r = 0; r < t->nrows; r++) {
        size_t k = 0;
        for (uint32_t c = 0; c < n; c++) {
            double v = t->w[r * n + c] - t->u[r * n + c] * inv;
            k += fabs(v) >= prune && lrint(v / scale) != 0;
        }
        nfeat += k > 0;
        nents += k;
    }
    /* load factor 0.8: short probe runs, little wasted space */
    uint32_t ns = (uint32_t)(nfeat + nfeat / 4 + 2);
    o->nslots = ns;
    o->slots = calloc(ns, sizeof *o->slots);
    o->ents = malloc((nents + 1) * sizeof *o->ents);
    if (!o->slots || !o->ents)
        return -1;
    size_t e = 0;
    for (size_t i = 0; i < t->cap; i++) {
        if (!t->keys[i])
            continue;
        size_t r = t->rowof[i];
        size_t start = e;
        for (uint32_t c = 0; c < n; c++) {
            double v = t->w[r * n + c] - t->u[r * n + c] * inv;
            long q = lrint(v / scale);
            if (fabs(v) >= prune && q != 0) {
                o->ents[e].cls = (uint16_t)c;
                o->ents[e].w = (int16_t)(q > 32767 ? 32767 : q < -32767 ? -32767 : q);
                e++;
            }
        }
        if (e == start)
            continue;
        o->ents[e - 1].cls |= DYAD_AP_LAST;
        uint64_t key = t->keys[i];
        uint32_t j = dyad_ap_home(key, ns);
        while (o->slots[j].fp)
            j = j + 1 == ns ? 0 : j + 1;
        o->slots[j].fp = dyad_ap_fp(key);
        o->slots[j].start = (uint32_t)start;
    }
    if (e == 0) { /* an empty table still ends with a closed run */
        o->ents[0].cls = DYAD_AP_LAST;
        o->ents[0].w = 0;
        e = 1;
    }
    o->nents = (uint32_t)e;
    return 0;
}

static int S_pad(FILE *f, uint64_t *off)
{
    while (*off % 8) {
        if (fputc(0, f) == EOF)
            return -1;
        (*off)++;
    }
    return 0;
}

int dyad_model_write(const char *path, int ntags, const char *const *upos,
                     const char *const *xpos, int nlabels, const char *const *labels,
                     dyad_aptrain *const tabs[DYAD_NTAB], const float prune[DYAD_NTAB])
{
    S_out o[DYAD_NTAB] = {{0}};
    FILE *f = NULL;
    int rc = -1;
    for (int k = 0; k < DYAD_NTAB; k++)
        if (k == DYAD_TAB_ACT ? S_freeze_act(tabs[k], prune[k], &o[k])
                              : S_freeze(tabs[k], prune[k], &o[k]))
            goto done;
    dyad_mhdr h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, DYAD_MODEL_MAGIC, 8);
    h.version = DYAD_MODEL_VERSION;
    h.endian = DYAD_MODEL_ENDIAN;
    h.feat_version = DYAD_FEAT_VERSION;
    h.ntags = (uint32_t)ntags;
    h.nlabels = (uint32_t)nlabels;
    uint64_t off = sizeof h;
    h.names_off = off;
    for (int i = 0; i < ntags; i++)
        h.names_len += strlen(upos[i]) + strlen(xpos[i]) + 2;
    for (int i = 0; i < nlabels; i++)
        h.names_len += strlen(labels[i]) + 1;
    off += h.names_len;
    off = (off + 7) & ~(uint64_t)7;
    for (int k = 0; k < DYAD_NTAB; k++) {
        h.tab[k].ncls = tabs[k]->ncls;
        h.tab[k].scale = o[k].scale;
        h.tab[k].nslots = o[k].nslots;
        h.tab[k].nents = o[k].nents;
        h.tab[k].slots_off = off;
        off += (uint64_t)o[k].nslots * (o[k].aslots ? sizeof(dyad_actslot) : sizeof(dyad_apslot));
        off = (off + 7) & ~(uint64_t)7;
        h.tab[k].ents_off = off;
        off += (uint64_t)o[k].nents * sizeof(dyad_apent);
        off = (off + 7) & ~(uint64_t)7;
    }
    h.size = off;
    if (!(f = fopen(path, "wb")))
        goto done;
    uint64_t pos = 0;
    if (fwrite(&h, sizeof h, 1, f) != 1)
        goto done;
    pos += sizeof h;
    for (int i = 0; i < ntags; i++)
        pos += fwrite(upos[i], 1, strlen(upos[i]) + 1, f);
    for (int i = 0; i < ntags; i++)
        pos += fwrite(xpos[i], 1, strlen(xpos[i]) + 1, f);
    for (int i = 0; i < nlabels; i++)
        pos += fwrite(labels[i], 1, strlen(labels[i]) + 1, f);
    if (S_pad(f, &pos))
        goto done;
    for (int k = 0; k < DYAD_NTAB; k++) {
        if (o[k].aslots) {
            if (fwrite(o[k].aslots, sizeof(dyad_actslot), o[k].nslots, f) != o[k].nslots)
                goto done;
            pos += (uint64_t)o[k].nslots * sizeof(dyad_actslot);
        } else {
            if (fwrite(o[k].slots, sizeof(dyad_apslot), o[k].nslots, f) != o[k].nslots)
                goto done;
            pos += (uint64_t)o[k].nslots * sizeof(dyad_apslot);
        }
        if (S_pad(f, &pos))
            goto done;
        if (o[k].nents && fwrite(o[k].ents, sizeof(dyad_apent), o[k].nents, f) != o[k].nents)
            goto done;
        pos += (uint64_t)o[k].nents * sizeof(dyad_apent);
        if (S_pad(f, &pos))
            goto done;
    }
    rc = pos == h.size ? 0 : -1;
    if (rc)
        errno = EIO;
done:
    if (f && fclose(f) != 0)
        rc = -1;
    for (int k = 0; k < DYAD_NTAB; k++) {
        free(o[k].slots);
        free(o[k].ents);
        free(o[k].aslots);
    }
    return rc;
}

/*
 * aptrain.h — the trainer's mutable averaged-perceptron weight table and the writer of
 * the model file. Collins (2002) averaging with the lazy trick of Daume (2006): keep w
 * and u = sum of t * delta; the average after c updates is w - u / c.
 */
#ifndef DYAD_APTRAIN_H
#define DYAD_APTRAIN_H

#include <stdint.h>
#include <stdio.h>
#include "parse/parse_int.h"

typedef struct dyad_aptrain {
    uint32_t ncls;
    uint64_t *keys;      /* open addressing, 0 = empty */
    uint32_t *rowof;
    size_t cap, used;
    float *w;            /* nrows * ncls */
    double *u;
    size_t nrows, rowcap;
    double clock;        /* instances seen, for averaging */
} dyad_aptrain;

int dyad_aptrain_init(dyad_aptrain *t, uint32_t ncls);
void dyad_aptrain_free(dyad_aptrain *t);
/* scores[c] = sum over features; averaged weights when avg != 0. */
void dyad_aptrain_score(const dyad_aptrain *t, const uint64_t *f, int nf, int avg,
                        float *scores);
/* Add delta to the weights of class cls for the given features. -1 on ENOMEM. */
int dyad_aptrain_update(dyad_aptrain *t, const uint64_t *f, int nf, uint32_t cls,
                        float delta);
/* dst (never updated: its weights are its averages) += k * the averaged weights of src
 * (same classes). -1 on ENOMEM. */
int dyad_aptrain_add(dyad_aptrain *dst, const dyad_aptrain *src, float k);

/* A map table (the word table) in the model file's layout. */
typedef struct dyad_apmap {
    dyad_apbucket *b;
    uint32_t nbuckets;
} dyad_apmap;

/* Build m from n distinct keys and their values. 0 ok, -1 on ENOMEM. */
int dyad_map_build(dyad_apmap *m, const uint64_t *keys, const uint32_t *vals, size_t n);
void dyad_map_free(dyad_apmap *m);

/* What a model file is written from: names are ntags UPOS, ntags XPOS, nlabels labels;
 * tabs[k] for run and action tables, maps[k] for map tables (dyad_tab_kind). */
typedef struct dyad_model_src {
    int ntags, nlabels;
    const char *const *upos, *const *xpos, *const *labels;
    float tag2_skip;    /* dyad_mhdr */
    dyad_aptrain *tabs[DYAD_NTAB];
    dyad_apmap maps[DYAD_NTAB];
} dyad_model_src;

/* Write a model file; averaged weights of table k whose magnitude is below prune[k] are
 * dropped. 0 ok, -1 on error. */
int dyad_model_write(const char *path, const dyad_model_src *src,
                     const float prune[DYAD_NTAB]);

#endif

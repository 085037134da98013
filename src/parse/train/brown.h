/*
 * brown.h — hierarchical word clusters (Brown et al. 1992, "Class-based n-gram models
 * of natural language") induced from unlabelled text by the trainer, with the
 * incremental algorithm of Liang (2005, "Semi-supervised learning for natural
 * language", ch. 3): words enter by decreasing frequency into a window of C+1 clusters,
 * and after each entry the pair whose merge loses the least bigram mutual information
 * is merged; the last C clusters are then merged down to one, which gives each cluster
 * a bit string (its path from the root). Words are 64-bit keys (token hashes).
 */
#ifndef DYAD_BROWN_H
#define DYAD_BROWN_H

#include <stddef.h>
#include <stdint.h>

#define DYAD_BROWN_DEPTH 23

/* Cluster the words of tok[0..n) (0 = sentence break) that occur at least min_count
 * times into nclusters clusters. On success *keys and *codes (caller frees) hold *nw
 * words and their codes: (1 << len) | path, the path's first bit the highest, len at
 * most DYAD_BROWN_DEPTH (deeper paths are cut). Returns 0, or -1 when memory runs out. */
int dyad_brown(const uint64_t *tok, size_t n, int nclusters, int min_count,
               uint64_t **keys, uint32_t **codes, size_t *nw);

#endif

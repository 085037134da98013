/*
 * merge.h — internal: the two "same thing reported twice" decisions the store makes.
 *
 *  1. Near-duplicate articles. Words are lower-cased runs of letters and digits; an
 *     article is the set of its word 5-shingles (all words when fewer than 5). MinHash
 *     (Broder 1997) keeps, for each of 126 hash functions, the minimum over the
 *     shingles; the fraction of equal minima estimates the Jaccard similarity. LSH
 *     banding (Leskovec, Rajaraman & Ullman, "Mining of Massive Datasets", ch. 3): 42
 *     bands of 3 rows, each band hashed to a bucket; articles sharing a bucket are
 *     candidates (a pair with Jaccard s is found with probability 1-(1-s^3)^42: 0.68
 *     at s=0.3, 0.94 at 0.4, 0.995 at 0.5; unrelated news articles have s near 0, and
 *     at s=0.01 a pair collides with probability 4e-5), and a candidate whose
 *     estimated similarity reaches DYAD_NEAR_DUP_MIN is a near duplicate. 0.4 lets
 *     through rewrites that drop a sentence in six and reword a few phrases (s ~ 0.5)
 *     while independent reports of one event, in other words, stay below 0.05. Hash
 *     functions come from fixed seeds, so signatures are the same on every run.
 *
 *  2. Mentions of the same event. A mention is compatible with an event when their
 *     actors agree at country level (dyad_actor_key_len), their CAMEO roots are equal
 *     and the mention's code is compatible (dyad_codes_compatible) with a code of one
 *     of the event's mentions, their modalities are equal, and the mention's date lies
 *     within DYAD_MERGE_WINDOW_DAYS of the event's anchor, the date of its first
 *     mention (partial dates: equal). The mention joins the compatible event with the
 *     nearest anchor (then the oldest), else starts one. Anchoring bounds an event to
 *     three days: linking mention to mention instead would chain a daily series of
 *     meetings into one months-long "event". The price is that grouping can depend on
 *     ingest order when reports of one event spread over more than the window; it is
 *     always the same for the same order (docs/schema.md).
 */
#ifndef DYAD_MERGE_H
#define DYAD_MERGE_H

#include <stddef.h>
#include <stdint.h>

#define DYAD_MH_SHINGLE 5
#define DYAD_MH_HASHES 126
#define DYAD_MH_BANDS 42
#define DYAD_MH_ROWS (DYAD_MH_HASHES / DYAD_MH_BANDS)
#define DYAD_NEAR_DUP_MIN 0.4
#define DYAD_MERGE_WINDOW_DAYS 1

typedef struct dyad_minhash {
    uint32_t h[DYAD_MH_HASHES];
    size_t nshingles; /* 0: no words, never a near duplicate of anything */
} dyad_minhash;

/* Signature of text[0..n). */
void dyad_minhash_text(const char *text, size_t n, dyad_minhash *out);

/* Estimated Jaccard similarity: the fraction of equal minima. */
double dyad_minhash_similarity(const dyad_minhash *a, const dyad_minhash *b);

/* The LSH bucket of band b (0 <= b < DYAD_MH_BANDS) as a signed 64-bit key. */
int64_t dyad_minhash_bucket(const dyad_minhash *m, int band);

/* Signatures as stored: DYAD_MH_HASHES little-endian uint32. */
#define DYAD_MH_BYTES (DYAD_MH_HASHES * 4)
void dyad_minhash_pack(const dyad_minhash *m, unsigned char out[DYAD_MH_BYTES]);
void dyad_minhash_unpack(const unsigned char in[DYAD_MH_BYTES], dyad_minhash *m);

/* 128-bit hash of text[0..n) as 32 lower-case hex digits + NUL (exact duplicates). */
void dyad_content_hash(const char *text, size_t n, char out[33]);

/* 1 when CAMEO codes a and b may describe the same event: same root and equal, one
 * the parent of the other (087 / 0874), or one the root's generic code (190 / 193). */
int dyad_codes_compatible(const char *a, const char *b);

/* Days since 1970-01-01 of a full "YYYY-MM-DD" date; 0 with *ok = 0 when not one. */
long dyad_day_number(const char *date, int *ok);

#endif

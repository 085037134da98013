/*
 * minhash.c — MinHash signatures over word shingles, LSH band keys, and the exact
 * content hash (see merge.h for the method and its parameters).
 *
 * The i-th hash function is h_i(x) = high 32 bits of (a_i * x + b_i) mod 2^64 with odd
 * a_i, applied to a 64-bit shingle hash; multiply-shift hashing is 2-universal enough
 * for MinHash and costs one multiply per shingle and function. a_i, b_i come from
 * splitmix64 on a fixed seed so signatures never change between runs.
 */
#include <string.h>
#include "merge/merge.h"
#include "util/util.h"

static uint64_t S_splitmix(uint64_t *state)
{
    uint64_t z = (*state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

static uint64_t S_mix(uint64_t z)
{
    uint64_t s = z;
    return S_splitmix(&s);
}

/* Bytes >= 0x80 are parts of UTF-8 letters: keeping them makes non-ASCII words words. */
static int S_is_word_byte(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           c >= 0x80;
}

/* Hash of the next word at or after *pos, or 0 with *pos = n when there is none. */
static int S_next_word(const char *text, size_t n, size_t *pos, uint64_t *h)
{
    size_t i = *pos;
    while (i < n && !S_is_word_byte((unsigned char)text[i]))
        i++;
    if (i >= n) {
        *pos = n;
        return 0;
    }
    uint64_t x = DYAD_HASH_BASIS;
    while (i < n && S_is_word_byte((unsigned char)text[i])) {
        unsigned char c = (unsigned char)text[i++];
        if (c >= 'A' && c <= 'Z')
            c = (unsigned char)(c - 'A' + 'a');
        x = (x ^ c) * DYAD_HASH_PRIME;
    }
    *pos = i;
    *h = x;
    return 1;
}

static void S_add_shingle(dyad_minhash *m, const uint64_t *a, const uint64_t *b, uint64_t x)
{
    for (int i = 0; i < DYAD_MH_HASHES; i++) {
        uint32_t v = (uint32_t)((a[i] * x + b[i]) >> 32);
        if (v < m->h[i])
            m->h[i] = v;
    }
    m->nshingles++;
}

/* A shingle's hash: the words' hashes combined in order, so "a b" differs from "b a". */
static uint64_t S_shingle(const uint64_t *win, size_t start, size_t k)
{
    uint64_t x = 0x2545F4914F6CDD1DULL;
    for (size_t j = 0; j < k; j++)
        x = S_mix(x ^ win[(start + j) % DYAD_MH_SHINGLE]);
    return x;
}

void dyad_minhash_text(const char *text, size_t n, dyad_minhash *out)
{
    uint64_t a[DYAD_MH_HASHES], b[DYAD_MH_HASHES], seed = 0x64796164ULL; /* "dyad" */
    for (int i = 0; i < DYAD_MH_HASHES; i++) {
        a[i] = S_splitmix(&seed) | 1;
        b[i] = S_splitmix(&seed);
    }
    memset(out->h, 0xff, sizeof out->h);
    out->nshingles = 0;
    uint64_t win[DYAD_MH_SHINGLE], h;
    size_t pos = 0, nwords = 0;
    while (S_next_word(text, n, &pos, &h)) {
        win[nwords % DYAD_MH_SHINGLE] = h;
        nwords++;
        if (nwords >= DYAD_MH_SHINGLE)
            S_add_shingle(out, a, b, S_shingle(win, nwords - DYAD_MH_SHINGLE, DYAD_MH_SHINGLE));
    }
    if (nwords > 0 && nwords < DYAD_MH_SHINGLE)
        S_add_shingle(out, a, b, S_shingle(win, 0, nwords));
}

double dyad_minhash_similarity(const dyad_minhash *x, const dyad_minhash *y)
{
    if (!x->nshingles || !y->nshingles)
        return 0.0;
    int eq = 0;
    for (int i = 0; i < DYAD_MH_HASHES; i++)
        eq += x->h[i] == y->h[i];
    return (double)eq / DYAD_MH_HASHES;
}

int64_t dyad_minhash_bucket(const dyad_minhash *m, int band)
{
    uint64_t x = (uint64_t)band;
    for (int r = 0; r < DYAD_MH_ROWS; r++)
        x = S_mix(x ^ ((uint64_t)m->h[band * DYAD_MH_ROWS + r] << 8));
    return (int64_t)x;
}

void dyad_minhash_pack(const dyad_minhash *m, unsigned char out[DYAD_MH_BYTES])
{
    for (int i = 0; i < DYAD_MH_HASHES; i++)
        for (int j = 0; j < 4; j++)
            out[i * 4 + j] = (unsigned char)(m->h[i] >> (8 * j));
}

void dyad_minhash_unpack(const unsigned char in[DYAD_MH_BYTES], dyad_minhash *m)
{
    for (int i = 0; i < DYAD_MH_HASHES; i++) {
        uint32_t v = 0;
        for (int j = 0; j < 4; j++)
            v |= (uint32_t)in[i * 4 + j] << (8 * j);
        m->h[i] = v;
    }
    m->nshingles = 1; /* stored signatures are only kept for texts with words */
}

void dyad_content_hash(const char *text, size_t n, char out[33])
{
    /* Two independent 64-bit lanes: FNV-1a and a splitmix chain over 8-byte words. */
    uint64_t h1 = dyad_hash(text, n), h2 = (uint64_t)n ^ 0x6A09E667F3BCC908ULL;
    const unsigned char *s = (const unsigned char *)text;
    for (size_t i = 0; i < n; i += 8) {
        uint64_t w = 0;
        for (size_t j = 0; j < 8 && i + j < n; j++)
            w |= (uint64_t)s[i + j] << (8 * j);
        h2 = S_mix(h2 ^ w);
    }
    static const char hex[] = "0123456789abcdef";
    for (int i = 0; i < 16; i++) {
        out[i] = hex[(h1 >> (60 - 4 * i)) & 15];
        out[16 + i] = hex[(h2 >> (60 - 4 * i)) & 15];
    }
    out[32] = '\0';
}

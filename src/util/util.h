/*
 * util.h — small internal building blocks shared by every stage: a growable byte
 * buffer and growable arrays, tests of a word against fixed strings and word lists
 * (the verbs of saying among them), a string-keyed hash map, a bump arena for strings
 * that live as long as their owner, day numbers of dates, and diagnostic reporting.
 * Internal only (not installed); symbols use the dyad_ prefix so the static library
 * exports nothing that can clash.
 */
#ifndef DYAD_UTIL_H
#define DYAD_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "dyad.h"

#if defined(__GNUC__)
#define DYAD_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define DYAD_PRINTF(a, b)
#endif

/* Report a diagnostic through d (which may be NULL); counts it either way. */
void dyad_diagf(dyad_diag *d, dyad_severity sev, const char *file, long line,
                const char *fmt, ...) DYAD_PRINTF(5, 6);

/* ---- growable buffer: bytes, always NUL-terminated after len ---- */
typedef struct dyad_buf {
    char *data;
    size_t len, cap;
} dyad_buf;

int dyad_buf_reserve(dyad_buf *b, size_t extra);   /* 0 on success, -1 on ENOMEM */
int dyad_buf_put(dyad_buf *b, const void *p, size_t n);
int dyad_buf_puts(dyad_buf *b, const char *s);
/* One byte, inline and without the length-generic path when it fits: the Treebank
 * writer puts most of every sentence's tree a byte at a time. */
static inline int dyad_buf_putc(dyad_buf *b, int c)
{
    if (b->len + 2 > b->cap && dyad_buf_reserve(b, 1))
        return -1;
    b->data[b->len++] = (char)c;
    b->data[b->len] = '\0';
    return 0;
}
int dyad_buf_printf(dyad_buf *b, const char *fmt, ...) DYAD_PRINTF(2, 3);
void dyad_buf_clear(dyad_buf *b);                  /* len = 0, keeps memory */
void dyad_buf_free(dyad_buf *b);                   /* releases memory, b reusable */
/* Append s as a JSON string literal, quotes included; invalid UTF-8 becomes U+FFFD. */
int dyad_buf_json_str(dyad_buf *b, const char *s, size_t n);

/* Room for at least n elements in the array *v of *cap elements of elem bytes: doubled
 * (from 16) until there is. 0 ok, -1 ENOMEM (the array unchanged). */
int dyad_vec_reserve(void **v, size_t *cap, size_t n, size_t elem);

/* Room for one more element when n are in use. */
static inline int dyad_vec_grow(void **v, size_t *cap, size_t n, size_t elem)
{
    return dyad_vec_reserve(v, cap, n + 1, elem);
}

/* Where prefix p ends in s, or NULL when s does not start with p. The parser and the
 * coder test words and labels against fixed strings many times per sentence, and most
 * tests fail at the first letter, which strlen + strncmp or a call to strcmp do not
 * exploit. */
static inline const char *dyad_after(const char *s, const char *p)
{
    for (; *p; s++, p++)
        if (*s != *p)
            return NULL;
    return s;
}

/* s into buf of cap bytes as snprintf(buf, cap, "%s", s) puts it (cut to fit, ended by a
 * NUL when cap > 0), without the cost of formatting: coreference copies codes and
 * names so for every phrase it remembers. */
static inline void dyad_copy_str(char *buf, size_t cap, const char *s)
{
    if (!cap)
        return;
    size_t n = strlen(s);
    if (n >= cap)
        n = cap - 1;
    memcpy(buf, s, n);
    buf[n] = 0;
}

/* s equals p, stopping at the first difference as dyad_after does. */
static inline int dyad_is(const char *s, const char *p)
{
    const char *e = dyad_after(s, p);
    return e && !*e;
}

/* The one word-list test behind dyad_among, dyad_among_n and dyad_among_lc: is w one of
 * the strings of list (NULL-terminated)? w is n bytes, or ends at its NUL when n is
 * SIZE_MAX; with lower, its ASCII capitals stand for the small letters of the list's
 * (lower-case) entries. Only the entries that start with w's first letter are compared
 * further, each up to its first difference: the parser and the coder ask this of most
 * words, and most entries differ at once. w is read no further than that difference, so
 * a NUL-ended w shorter than n is safe (a code "IG" against "IGO"). */
static inline int dyad_among_cased(const char *w, size_t n, const char *const *list,
                                   int lower)
{
#define DYAD_FOLD(ch) (lower && (ch) >= 'A' && (ch) <= 'Z' ? (ch) + 32 : (ch))
    int first = n ? DYAD_FOLD(w[0]) : 0;
    for (; *list; list++) {
        const char *e = *list;
        if (e[0] != first)
            continue;
        size_t i = 0;
        while (e[i] && i < n && DYAD_FOLD(w[i]) == e[i])
            i++;
        if (!e[i] && (i == n || (n == SIZE_MAX && !w[i])))
            return 1;
    }
    return 0;
#undef DYAD_FOLD
}

/* Is s one of the strings of list (NULL-terminated), exactly? */
static inline int dyad_among(const char *s, const char *const *list)
{
    return dyad_among_cased(s, SIZE_MAX, list, 0);
}

/* Is w[0..n) one of the strings of list, exactly: a token not ended by a NUL, the
 * first three letters of an actor code? */
static inline int dyad_among_n(const char *w, size_t n, const char *const *list)
{
    return dyad_among_cased(w, n, list, 0);
}

/* Is w[0..n), in any ASCII case, one of the lower-case strings of list ("Said" and
 * "SAID" are "said")? */
static inline int dyad_among_lc(const char *w, size_t n, const char *const *list)
{
    return dyad_among_cased(w, n, list, 1);
}

/* 1 when w (len bytes, any case) is a verb of saying or alleging ("said", "told",
 * "wrote", "warned", "alleged", "announced" ...): its subject is the speaker of a
 * quotation, the reporter of the clause it takes (the coder's S_reporter, S_teller and
 * S_reported) and, for the word filter, one who may report a duty; the parser takes no
 * quotation opened after one for a predicate's fragment. Here, below the parser,
 * because stages on both sides of it ask (src/util/words.c). */
int dyad_say_word(const char *w, size_t len);

/* 1 when w (len bytes, any case) is a day of the week: the tagger's "on Tuesday" between
 * subject and verb and the tree's day hung on a clause ask alike (src/util/words.c). */
int dyad_weekday_word(const char *w, size_t len);

/* Is an actor code's root one of the transnational ones, IGO, NGO, IMG or MNC, whose
 * key keeps its sector (IGOUNO, NGOAMN)? */
static inline int dyad_actor_transnational(const char *code)
{
    static const char *const roots[] = {"IGO", "NGO", "IMG", "MNC", NULL};
    return dyad_among_n(code, 3, roots);
}

/* Length of the key of an actor code, which is what "the same actor" means for scoring,
 * merging and coreference: 6 for the transnational roots (IGOUNOKID -> IGOUNO), else 3
 * (the country: USAGOV -> USA); shorter codes are their own key. A group ("USA/CHN")
 * ends at its first '/'. */
static inline size_t dyad_actor_key_len(const char *code)
{
    size_t n = strcspn(code, "/"), k = dyad_actor_transnational(code) ? 6 : 3;
    return n < k ? n : k;
}

/* Marsaglia's xorshift64: a cheap, seedable pseudo-random stream (never seed 0) for
 * shuffles and tests that must replay the same way. */
static inline uint32_t dyad_xorshift(uint64_t *state)
{
    uint64_t x = *state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    *state = x;
    return (uint32_t)(x >> 11);
}

/* Read a whole file into *out (NUL-terminated; caller frees). path "-" is stdin. */
dyad_status dyad_read_file(const char *path, char **out, size_t *len);

/* ---- arena: many small allocations freed together ---- */
typedef struct dyad_arena dyad_arena;
dyad_arena *dyad_arena_new(void);
void dyad_arena_free(dyad_arena *a);
void *dyad_arena_alloc(dyad_arena *a, size_t n);               /* 16-aligned, NULL on ENOMEM */
char *dyad_arena_strndup(dyad_arena *a, const char *s, size_t n);
size_t dyad_arena_bytes(const dyad_arena *a);                  /* bytes reserved */
/* Frees every allocation but keeps the newest block for the next ones (an arena that
 * is filled and emptied again and again, as for each article). */
void dyad_arena_reset(dyad_arena *a);

/* ---- string map: NUL-free byte keys -> void* (keys are copied) ---- */
typedef struct dyad_strmap dyad_strmap;
dyad_strmap *dyad_strmap_new(void);
void dyad_strmap_free(dyad_strmap *m);
/* Returns the slot for key, inserting NULL if absent (*created set when given);
 * NULL on ENOMEM. The slot stays valid until the next insertion. */
void **dyad_strmap_slot(dyad_strmap *m, const char *key, size_t n, int *created);
void *dyad_strmap_get(const dyad_strmap *m, const char *key, size_t n);
/* Removes every key, keeping the table and key memory for the next ones: cheaper
 * than a new map for one refilled again and again (each article's words). */
void dyad_strmap_clear(dyad_strmap *m);
size_t dyad_strmap_count(const dyad_strmap *m);
size_t dyad_strmap_bytes(const dyad_strmap *m);
/* Iterate: start with *it = 0; returns 0 when done. */
int dyad_strmap_next(const dyad_strmap *m, size_t *it, const char **key, size_t *n, void **val);

/* FNV-1a 64 over n bytes. The offset basis is the published one without its last digit
 * (14695981039346656037); it stays, as stored content hashes and minhash signatures
 * (src/merge/minhash.c) and the eval sets' sentence fingerprints were made with it. The
 * parser's feature hashes (src/parse/feats.c) use the published basis: the shipped model's
 * weights are indexed by them. */
#define DYAD_HASH_BASIS 1469598103934665603ULL
#define DYAD_HASH_PRIME 1099511628211ULL
uint64_t dyad_hash(const void *p, size_t n);
/* Is w one of the words of a blank-separated list ("DT JJ")? An empty w never is. */
int dyad_word_listed(const char *list, const char *w);

/* A bit for a word of n bytes from w (its first byte and length): a set of words is
 * signed by or'ing theirs, and a word whose bit the signature lacks is none of them,
 * which answers most look-ups of words that are not there without hashing. */
static inline uint64_t dyad_word_sig(const char *w, size_t n)
{
    return 1ull << (((unsigned char)w[0] * 31u + n) & 63);
}

/* Days since 1970-01-01 of year y, month m (1..12), day d (not checked against the
 * month), proleptic Gregorian. */
long dyad_days_from_civil(int y, int m, int d);

#endif

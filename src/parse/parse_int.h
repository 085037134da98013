/*
 * parse_int.h — internals of the tagger and parser shared by the runtime (libdyad) and
 * the trainer (build/dyad-train): the model file layout, the sparse weight tables,
 * per-token feature precomputation, the arc-eager transition state, and the feature
 * templates. Training and runtime must extract features with the very same code, which
 * is why it lives here and in feats.c / arceager.c, not in either side.
 */
#ifndef DYAD_PARSE_INT_H
#define DYAD_PARSE_INT_H

#include <stddef.h>
#include <stdint.h>
#include "dyad_parse.h"

/* ---- model file ---------------------------------------------------------------------
 * Little-endian, loadable by mmap as is:
 *   header (dyad_mhdr) | names: NUL-terminated strings, ntags UPOS, ntags XPOS, nlabels
 *   deprels | for each table (64-byte aligned): buckets[nbuckets], entries[nents], then
 *   dense rows[ndense] of DYAD_PAD8(ncls) int16 weights
 * A table is a hash table of 64-bit feature keys in buckets of one cache line. A key
 * lives in its home bucket (dyad_ap_home) or, when that was full, in the first later one
 * (wrapping) with room; slots fill in order, so a lookup stops at the first empty slot
 * and, at the loads the writer uses, nearly always touches one cache line, also for the
 * many features a table does not hold. A slot holds the high 32 bits of the key (| 1, 0
 * marks an empty slot) and, by the kind of table:
 *  - runs (tables TAG, TAG2, LAB): the start of the feature's run of (class, weight)
 *    entries, the non-zero averaged weights quantised to int16 (weight = q * scale), the
 *    last entry of a run with DYAD_AP_LAST set in its class; or, for a feature with
 *    weights for many classes (the common ones: they make most of the work), DYAD_AP_DENSE
 *    | the index of its dense row, added up eight classes at a time;
 *  - actions (ACT): the DYAD_NACT weights themselves, no entries: it is read ~80 times
 *    per parser transition, by far the hottest table;
 *  - map (WORD): a 32-bit value, no entries. */
#define DYAD_MODEL_MAGIC "DYADPM\r\n"
#define DYAD_MODEL_VERSION 7u
#define DYAD_MODEL_ENDIAN 0x01020304u
/* Bumped whenever feature templates change: old models would score garbage. */
#define DYAD_FEAT_VERSION 6u

/* TAG and TAG2 score joint tags: tagging runs twice, the second pass also seeing the
 * first pass's tags of the words to the right, a cheap bidirectional context. WORD maps
 * a word (dyad_word_key) to what unlabelled text says of it: its Brown cluster and how
 * often it is capitalised (layout at dyad_ptok_word). */
enum {
    DYAD_TAB_TAG = 0,
    DYAD_TAB_ACT = 1,
    DYAD_TAB_LAB = 2,
    DYAD_TAB_TAG2 = 3,
    DYAD_TAB_WORD = 4,
    DYAD_NTAB = 5
};

enum { DYAD_KIND_RUNS, DYAD_KIND_ACT, DYAD_KIND_MAP };

static inline int dyad_tab_kind(int k)
{
    return k == DYAD_TAB_ACT ? DYAD_KIND_ACT : k == DYAD_TAB_WORD ? DYAD_KIND_MAP : DYAD_KIND_RUNS;
}

#define DYAD_AP_LAST 0x8000u
#define DYAD_AP_DENSE 0x80000000u
/* Classes of a dense row, and scores dyad_ap_score() fills: ncls rounded up to 8. */
#define DYAD_PAD8(n) (((n) + 7u) & ~7u)

typedef struct dyad_mtab {
    uint64_t slots_off, ents_off, dense_off;
    uint32_t nbuckets, nents, ndense, ncls;
    float scale;
    uint32_t pad;
} dyad_mtab;

typedef struct dyad_mhdr {
    char magic[8];
    uint32_t version, endian;
    uint64_t size;
    uint32_t ntags, nlabels;
    uint64_t names_off, names_len;
    dyad_mtab tab[DYAD_NTAB];
    uint32_t feat_version;
    float tag2_skip;    /* a word whose first-pass margin (best score minus the runner-up,
                           in weight units) is at least this keeps its first tag: the
                           second pass, which seldom changes such tags, is skipped */
} dyad_mhdr;

enum { DYAD_APB = 8, DYAD_NACT = 4, DYAD_ACTB = 5 };

/* A bucket of a run or map table: fingerprints first, so that they are scanned together. */
typedef struct dyad_apbucket {
    uint32_t fp[DYAD_APB];
    uint32_t val[DYAD_APB]; /* run start, or map value */
} dyad_apbucket;

typedef struct dyad_actbucket {
    uint32_t fp[DYAD_ACTB];
    int16_t w[DYAD_ACTB][DYAD_NACT];
    uint32_t pad;
} dyad_actbucket;

typedef struct dyad_apent {
    uint16_t cls;   /* class | DYAD_AP_LAST on the last entry of a run */
    int16_t w;
} dyad_apent;

_Static_assert(sizeof(dyad_apbucket) == 64 && sizeof(dyad_actbucket) == 64,
               "buckets are cache lines and part of the file format");

static inline uint32_t dyad_ap_fp(uint64_t key)
{
    return (uint32_t)(key >> 32) | 1u;
}

/* Home bucket: the low 32 bits of the key scaled to [0, nbuckets) (Lemire's
 * multiply-shift), so that tables need not have power-of-two sizes. */
static inline uint32_t dyad_ap_home(uint64_t key, uint32_t nbuckets)
{
    return (uint32_t)(((key & 0xffffffffULL) * nbuckets) >> 32);
}

typedef struct dyad_aptab {
    const dyad_apbucket *b;     /* runs and maps */
    const dyad_actbucket *ab;   /* the action table */
    const dyad_apent *ents;
    const int16_t *dense;
    uint32_t nbuckets, ncls;
} dyad_aptab;

struct dyad_model {
    void *mem;          /* mapping or heap copy */
    size_t size;
    int mapped;
    int ntags, nlabels;
    const char **upos, **xpos, **labels;
    int root_label;     /* index of "root" */
    int32_t tag2_skip;  /* the header's tag2_skip in the TAG table's quantised units */
    dyad_aptab tab[DYAD_NTAB];
};

/* The value a run or map table holds for `key` (a run start for runs): 1 if it holds
 * the key, else 0. */
int dyad_ap_get(const dyad_aptab *t, uint64_t key, uint32_t *val);

/* scores[0..ncls) = base[0..ncls) (NULL: zeros) + the sum of the (quantised) weights of
 * the nf features; works on the action table too. scores (and base) must have room for
 * DYAD_PAD8(ncls); base may be scores. */
void dyad_ap_score(const dyad_aptab *t, const uint64_t *f, int nf, const int32_t *base,
                   int32_t *scores);

/* ---- feature hashing ---------------------------------------------------------------- */

/* A feature: template number and up to three values; never 0 (0 marks empty slots).
 * Each step (xor a value, fold the high half down, multiply by an odd constant) is a
 * bijection, so features that differ in one value never share a key; the last shift
 * brings high bits down to the low half, which picks the home bucket. Three multiplies
 * instead of the six of chained murmur finalisers: hashing is a tenth of parsing. */
static inline uint64_t dyad_feat(uint64_t tmpl, uint64_t a, uint64_t b, uint64_t c)
{
    uint64_t h = (tmpl * 0x9e3779b97f4a7c15ULL) ^ a;
    h *= 0xff51afd7ed558ccdULL;
    h = (h ^ (h >> 32) ^ b) * 0xc4ceb9fe1a85ec53ULL;
    h = (h ^ (h >> 32) ^ c) * 0x94d049bb133111ebULL;
    h ^= h >> 29;
    return h ? h : 1;
}

/* Brown cluster features per token: the whole bit string and prefixes (feats.c). */
#define DYAD_NCLP 4

/* What the feature templates need of a token, computed once per sentence. */
typedef struct dyad_ptok {
    uint64_t form, low, shape, pre[3], suf[4];
    uint64_t clus[DYAD_NCLP]; /* Brown cluster, whole and prefixes */
    uint64_t caps;            /* capitalisation class in unlabelled text */
    uint32_t flags;
    int tag;            /* joint tag id once tagged */
    int tag1;           /* the first tagging pass's tag */
    int alt;            /* the runner-up to tag */
    int sure;           /* the first pass's margin was at least tag2_skip */
    int alpha;          /* starts with a letter */
    int sep;            /* clause punctuation: , ; : -- */
    int nsep;           /* clause punctuation before the token in its sentence */
    int title;          /* its sentence's share of capitalised words: 0 low .. 2 a title */
    int noprep;         /* not a word of the closed class of prepositions (IN) */
    int roman;          /* letters of Roman numerals only ("II", "XIV") */
    int noverb;         /* an abbreviation in capitals or a capitalised name, never a
                           verb; 2: nor a number (dyad_ptok_sentence) */
} dyad_ptok;

void dyad_ptok_init(dyad_ptok *t, const char *w, size_t len);
/* Once the n tokens of a sentence are initialised: what depends on the others (nsep,
 * title, noverb). */
void dyad_ptok_sentence(dyad_ptok *t, int n);

/* The key under which the WORD table knows a token: its lower-case form. */
static inline uint64_t dyad_word_key(const dyad_ptok *t)
{
    return t->low;
}

/* A value of the WORD table: bits 0-23 the Brown cluster code (brown.h; 0: none), bits
 * 24-26 how often the word is capitalised where it does not start a sentence: 0 unknown,
 * 1 (almost) never, 2 less than half the time, 3 more than half, 4 (almost) always. */
#define DYAD_WORD_CODE 0xffffffu
#define DYAD_WORD_CAPS_SHIFT 24

/* Set the WORD features of t from a value of the table (0: nothing known). */
void dyad_ptok_word(dyad_ptok *t, uint32_t v);

/* Most features any template set produces. */
#define DYAD_MAX_FEATS 128

/* Tagger features of word i given the tags already chosen for words < i; in the second
 * pass (pass2 != 0) also the first pass's tags (tag1) of the following words. With
 * word == 0 without those of dyad_word_feats. */
int dyad_tag_feats(const dyad_ptok *t, int n, int i, int pass2, int word, uint64_t *f);
/* The tagger features that read the word's letters alone, not its place or neighbours,
 * in two groups as the templates list them: part 0 its forms, affixes and shape, part 1
 * its Brown clusters. They are the same wherever the word stands, so the tagger keeps
 * their scores for the words it saw last (parser.c). */
int dyad_word_feats(const dyad_ptok *w, int part, uint64_t *f);

/* ---- arc-eager transition system ---------------------------------------------------- */

enum { DYAD_SHIFT = 0, DYAD_REDUCE = 1, DYAD_LEFT = 2, DYAD_RIGHT = 3 };

/* Words are 1..n, 0 is the artificial root; arrays have n+1 entries, -1 = none.
 * The root sits at the END of the buffer (Ballesteros & Nivre 2013, "Going to the
 * roots of dependency parsing"): buffer positions b = 1..n are words, b = n+1 is the
 * root, so the root word is chosen last, when the whole sentence has been seen. */
typedef struct dyad_pstate {
    int n, sp, b;
    int *stack;
    int *head, *label;
    int *lc1, *lc2, *rc1, *rc2;   /* two leftmost / two rightmost children */
    int *nl, *nr;                 /* number of left / right children */
    uint64_t *lset, *rset;        /* bit sets of the children's labels (mod 64) */
    int *scratch;                 /* for dyad_pstate_finish */
    int keep;                     /* a word dyad_pstate_finish keeps as the root if it
                                   * is among the root's children; 0 none */
} dyad_pstate;

/* The word at buffer position b + k: a word index, 0 for the root, -1 past the end. */
static inline int dyad_pstate_buf(const dyad_pstate *s, int k)
{
    int p = s->b + k;
    return p <= s->n ? p : p == s->n + 1 ? 0 : -1;
}

/* Allocate arrays for up to maxn words in one block (*mem, caller frees). */
int dyad_pstate_alloc(dyad_pstate *s, int maxn, void **mem);
void dyad_pstate_init(dyad_pstate *s, int n);
int dyad_pstate_valid(const dyad_pstate *s, int act);
int dyad_pstate_done(const dyad_pstate *s);
/* Apply act; for arcs the label of the new dependent is `label`. */
void dyad_pstate_apply(dyad_pstate *s, int act, int label);
/* Leave exactly one word under the root (s->keep if it is there, else the one heading
 * the most words) and hang the root's other children under it; `label_of(user, h, d)`
 * labels the new arcs. */
void dyad_pstate_finish(dyad_pstate *s, int root_label,
                        int (*label_of)(void *user, const dyad_pstate *s, int h, int d),
                        void *user);

/* Roles of a word in a parser state whose action features read that word alone, its
 * form and tag (not the state: its place, children or labels): the top of the stack s0,
 * the buffer b0-b2, s0's head h, leftmost child l and rightmost r, b0's leftmost child,
 * and the second of each. The features of a word in a role are the same at every step of
 * a parse, so the parser scores them once per word and role. */
enum {
    DYAD_ROLE_S0, DYAD_ROLE_B0, DYAD_ROLE_B1, DYAD_ROLE_B2, DYAD_ROLE_S0H, DYAD_ROLE_S0L,
    DYAD_ROLE_S0R, DYAD_ROLE_B0L, DYAD_ROLE_S0H2, DYAD_ROLE_S0L2, DYAD_ROLE_S0R2,
    DYAD_ROLE_B0L2, DYAD_NROLE
};

/* The features of word i (parser numbering: 0 the root, -1 none) in role `role`. */
int dyad_role_feats(const dyad_ptok *t, int role, int i, uint64_t *f);
/* The action features of state s. With who (who[DYAD_NROLE]) not NULL, the words of
 * each role are written there and their features (dyad_role_feats) left out. */
int dyad_act_feats(const dyad_pstate *s, const dyad_ptok *t, int *who, uint64_t *f);
int dyad_label_feats(const dyad_pstate *s, const dyad_ptok *t, int h, int d, uint64_t *f);

#endif

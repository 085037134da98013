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
 * Little-endian, every section 8-byte aligned, loadable by mmap as is:
 *   header (dyad_mhdr) | names: NUL-terminated strings, ntags UPOS, ntags XPOS, nlabels
 *   deprels | for each table: slots[nslots] then entries[nents]
 * A table maps a 64-bit feature hash to a run of (class, weight) entries, the non-zero
 * averaged weights of that feature, quantised to int16 (weight = q * scale). Slots are
 * open addressing with linear probing from dyad_ap_home(), holding the high 32 bits of
 * the key (| 1, so that 0 marks an empty slot) and the start of the feature's run; the
 * last entry of a run has DYAD_AP_LAST set in its class. Table 0 scores tags (first
 * pass), 1 parser actions, 2 arc labels, 3 tags (second pass), 4 the tag dictionary.
 * The action table (DYAD_NACT classes) is different: its slots (dyad_actslot) hold the
 * four weights themselves, one cache miss per feature instead of two; it has no
 * entries. It is read ~80 times per parser transition, by far the hottest table. */
#define DYAD_MODEL_MAGIC "DYADPM\r\n"
#define DYAD_MODEL_VERSION 6u
#define DYAD_MODEL_ENDIAN 0x01020304u
/* Bumped whenever feature templates change: old models would score garbage. */
#define DYAD_FEAT_VERSION 5u

/* Tagging runs twice: the second pass (TAG2) also sees the first pass's tags of the
 * words to the right, a cheap bidirectional context. DICT maps the exact form of frequent words that always had one tag in training to that
 * tag: they skip the tagger (Honnibal's tag dictionary), a third of the words of news. */
enum {
    DYAD_TAB_TAG = 0,
    DYAD_TAB_ACT = 1,
    DYAD_TAB_LAB = 2,
    DYAD_TAB_TAG2 = 3,
    DYAD_TAB_DICT = 4,
    DYAD_NTAB = 5
};

#define DYAD_AP_LAST 0x8000u

typedef struct dyad_mtab {
    uint64_t slots_off, ents_off;
    uint32_t nslots, nents, ncls;
    float scale;
} dyad_mtab;

typedef struct dyad_mhdr {
    char magic[8];
    uint32_t version, endian;
    uint64_t size;
    uint32_t ntags, nlabels;
    uint64_t names_off, names_len;
    dyad_mtab tab[DYAD_NTAB];
    uint32_t feat_version, pad;
} dyad_mhdr;

typedef struct dyad_apslot {
    uint32_t fp, start;
} dyad_apslot;

typedef struct dyad_apent {
    uint16_t cls;   /* class | DYAD_AP_LAST on the last entry of a run */
    int16_t w;
} dyad_apent;

typedef struct dyad_actslot {
    uint32_t fp;
    int16_t w[4];   /* DYAD_NACT weights */
} dyad_actslot;

_Static_assert(sizeof(dyad_actslot) == 12, "dyad_actslot is part of the file format");

static inline uint32_t dyad_ap_fp(uint64_t key)
{
    return (uint32_t)(key >> 32) | 1u;
}

/* First slot to probe: the low 32 bits of the key scaled to [0, nslots) (Lemire's
 * multiply-shift), so that tables need not have power-of-two sizes. */
static inline uint32_t dyad_ap_home(uint64_t key, uint32_t nslots)
{
    return (uint32_t)(((key & 0xffffffffULL) * nslots) >> 32);
}

typedef struct dyad_aptab {
    const dyad_apslot *slots;
    const dyad_apent *ents;
    const dyad_actslot *aslots; /* the action table only */
    uint32_t nslots, ncls;
} dyad_aptab;

struct dyad_model {
    void *mem;          /* mapping or heap copy */
    size_t size;
    int mapped;
    int ntags, nlabels;
    const char **upos, **xpos, **labels;
    int root_label;     /* index of "root" */
    dyad_aptab tab[DYAD_NTAB];
};

/* The run of entries of feature `key`, or NULL when the table does not hold it. */
const dyad_apent *dyad_ap_find(const dyad_aptab *t, uint64_t key);

/* scores[0..ncls) = sum of the (quantised) weights of the nf features; works on the
 * action table too. */
void dyad_ap_score(const dyad_aptab *t, const uint64_t *f, int nf, int32_t *scores);

/* ---- feature hashing ---------------------------------------------------------------- */

static inline uint64_t dyad_fmix(uint64_t h, uint64_t v)
{
    h ^= v;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 29;
    return h;
}

/* A feature: template number and up to three values; never 0 (0 marks empty slots). */
static inline uint64_t dyad_feat(uint64_t tmpl, uint64_t a, uint64_t b, uint64_t c)
{
    uint64_t h = dyad_fmix(dyad_fmix(dyad_fmix(tmpl * 0x9e3779b97f4a7c15ULL + 1, a), b), c);
    return h ? h : 1;
}

/* What the feature templates need of a token, computed once per sentence. */
typedef struct dyad_ptok {
    uint64_t form, low, shape, pre[3], suf[4];
    uint32_t flags;
    int tag;            /* joint tag id once tagged */
    int tag1;           /* the first tagging pass's tag */
} dyad_ptok;

void dyad_ptok_init(dyad_ptok *t, const char *w, size_t len);

/* Most features any template set produces. */
#define DYAD_MAX_FEATS 96

/* Tagger features of word i given the tags already chosen for words < i; in the second
 * pass (pass2 != 0) also the first pass's tags (tag1) of the following words. */
int dyad_tag_feats(const dyad_ptok *t, int n, int i, int pass2, uint64_t *f);

/* ---- arc-eager transition system ---------------------------------------------------- */

enum { DYAD_SHIFT = 0, DYAD_REDUCE = 1, DYAD_LEFT = 2, DYAD_RIGHT = 3, DYAD_NACT = 4 };

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
/* Leave exactly one word under the root (the one heading the most words) and hang the
 * root's other children under it; `label_of(user, h, d)` labels the new arcs. */
void dyad_pstate_finish(dyad_pstate *s, int root_label,
                        int (*label_of)(void *user, const dyad_pstate *s, int h, int d),
                        void *user);

int dyad_act_feats(const dyad_pstate *s, const dyad_ptok *t, uint64_t *f);
int dyad_label_feats(const dyad_pstate *s, const dyad_ptok *t, int h, int d, uint64_t *f);

#endif

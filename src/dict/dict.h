/*
 * dict.h — internal layout of a loaded dictionary set (dyad_dict) shared by the readers
 * (verbs.c, actors.c, lists.c) and the coder. Everything lives in one arena plus a few
 * growable arrays; look-ups are hash maps keyed by upper-case words, so coding a
 * sentence never walks a whole dictionary.
 *
 * Phrase tries (actors, agents, issues) are stored as one hash map per trie whose keys
 * are "<parent node id in hex>:<WORD>", so a word-by-word walk costs one probe a word.
 * Actor and agent phrases written with blanks ("ITHILEN TELEVISION") allow other words
 * in between (TABARI / PETRARCH-1); those edges use ';' instead of ':' in the key.
 */
#ifndef DYAD_DICT_DICT_H
#define DYAD_DICT_DICT_H

#include "dyad_code.h"
#include "util/util.h"

/* ---- phrase trie ---- */
typedef struct dyad_trie {
    dyad_strmap *map;  /* "hex(parent):WORD" -> node id + 1 */
    int32_t *val;      /* node -> payload index, -1 none */
    unsigned char *gapkids; /* node -> 1 when some child edge allows words between */
    size_t n, cap;
    int maxlen;        /* longest phrase in words */
} dyad_trie;

int dyad_trie_init(dyad_trie *t);
void dyad_trie_fini(dyad_trie *t);
/* Insert words[0..nw); gaps[i] (may be NULL: none) lets words come between word i-1
 * and word i. Returns the node id or -1 on ENOMEM. */
int dyad_trie_insert(dyad_trie *t, const char *const *words, const size_t *lens,
                     const unsigned char *gaps, int nw);
/* Child of node for word w (upper case) along an adjacent-only edge, -1 when absent. */
int dyad_trie_child(const dyad_trie *t, int node, const char *w, size_t n);
/* The same along an edge that allows words in between. */
int dyad_trie_child_gap(const dyad_trie *t, int node, const char *w, size_t n);
size_t dyad_trie_bytes(const dyad_trie *t);

/* ---- actors ---- */
enum { DYAD_DATE_NONE = 0, DYAD_DATE_BEFORE, DYAD_DATE_AFTER, DYAD_DATE_RANGE };
typedef struct dyad_actor_code {
    const char *code;
    int kind;          /* DYAD_DATE_* */
    int32_t d1, d2;    /* ordinal days */
} dyad_actor_code;
typedef struct dyad_actor {
    uint32_t first, n; /* range in codes[] */
} dyad_actor;

/* ---- verbs ---- */
enum { DYAD_PT_WORD = 0, DYAD_PT_SYN, DYAD_PT_SRC, DYAD_PT_TGT, DYAD_PT_SKIP, DYAD_PT_COMP };
typedef struct dyad_ptok {
    int type;          /* DYAD_PT_* */
    int gap;           /* 1: other words may come before it; 0: must be adjacent */
    const char *word;  /* DYAD_PT_WORD */
    int syn;           /* DYAD_PT_SYN: synset index */
} dyad_ptok;
typedef struct dyad_pattern {
    dyad_ptok *up;     /* nearest the verb first */
    dyad_ptok *low;
    int nup, nlow;
    const char *code;
    long line;
} dyad_pattern;
typedef struct dyad_vblock {
    const char *name, *code;
    uint32_t first, end; /* patterns [first, end) */
} dyad_vblock;
typedef struct dyad_verb {
    const char *code;    /* the verb's own code ("---": none) */
    int block;
    const char **pre;    /* multi-word verbs: words before (nearest first) */
    const char **post;   /* and after the verb word */
    int npre, npost;
    int next;            /* next entry for the same word, -1 */
} dyad_verb;
typedef struct dyad_phrase {
    const char **w;
    int n;
} dyad_phrase;
typedef struct dyad_synset {
    const char *name;
    dyad_phrase *ph;
    size_t n, cap;
} dyad_synset;

/* ---- discards and issues ---- */
typedef struct dyad_discard {
    int story;           /* '+' entries */
    int exact;           /* last word must match whole ('_' suffix) */
} dyad_discard;

#define DYAD_VEC(T) struct { T *v; size_t n, cap; }

struct dyad_dict {
    dyad_arena *arena;
    /* actors and agents */
    dyad_trie actors, agents;
    DYAD_VEC(dyad_actor_code) codes;
    DYAD_VEC(dyad_actor) actor;
    DYAD_VEC(const char *) agent;   /* agent codes as written: "~GOV", "NGO~" */
    size_t actor_phrases;
    /* verbs */
    dyad_strmap *verbmap;           /* WORD -> index + 1 into verb[] (first entry) */
    DYAD_VEC(dyad_verb) verb;
    DYAD_VEC(dyad_vblock) block;
    DYAD_VEC(dyad_pattern) pat;
    DYAD_VEC(dyad_synset) syn;
    dyad_strmap *synmap;            /* "&NAME" -> index + 1 */
    /* discards: trie of phrases */
    dyad_trie discards;
    DYAD_VEC(dyad_discard) disc;
    /* issues */
    dyad_trie issues;
    DYAD_VEC(int) issue_code;       /* payload -> code index */
    DYAD_VEC(const char *) issue_codes;
};

/* Grow a DYAD_VEC to hold one more element; 0 ok, -1 ENOMEM. */
int dyad_vec_grow(void **v, size_t *cap, size_t n, size_t elem);
#define DYAD_VEC_PUSH(vec, x)                                                          \
    (dyad_vec_grow((void **)&(vec).v, &(vec).cap, (vec).n, sizeof *(vec).v) ? -1        \
                                                                           : ((vec).v[(vec).n++] = (x), 0))

/* Ordinal day of "YYYYMMDD", "YYYY-MM-DD" or "YYMMDD" (YY <= 30 is 20YY); -1 if bad. */
int32_t dyad_date_ordinal(const char *s, size_t n);

/* Line iteration over a dictionary text: comments (# to end of line, <!-- ... -->,
 * lines starting "<!") removed, then trimmed; empty lines skipped. The callback gets
 * a writable NUL-terminated copy and the 1-based line number; nonzero stops. */
typedef int (*dyad_line_fn)(void *ctx, char *line, long lineno);
int dyad_dict_lines(const char *text, size_t len, int keep_hash, dyad_line_fn fn, void *ctx);

/* Split s in place into words at blanks and (when us) underscores; returns count. */
int dyad_split_words(char *s, int us, char **w, int max);
void dyad_upcase(char *s);

/* Readers (one per kind). */
dyad_status dyad_read_verbs(dyad_dict *d, const char *name, const char *text, size_t len,
                            dyad_diag *diag);
dyad_status dyad_read_actors(dyad_dict *d, const char *name, const char *text, size_t len,
                             dyad_diag *diag);
dyad_status dyad_read_agents(dyad_dict *d, const char *name, const char *text, size_t len,
                             dyad_diag *diag);
dyad_status dyad_read_discards(dyad_dict *d, const char *name, const char *text, size_t len,
                               dyad_diag *diag);
dyad_status dyad_read_issues(dyad_dict *d, const char *name, const char *text, size_t len,
                             dyad_diag *diag);

/* Actor code of an actor entry for a date (ordinal, <0: none known); "---" if none. */
const char *dyad_actor_code_for(const dyad_dict *d, int actor, int32_t date);

#endif

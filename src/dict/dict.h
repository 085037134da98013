/*
 * dict.h — internal layout of a loaded dictionary set (dyad_dict) shared by the readers
 * (verbs.c, actors.c, lists.c), the compiled form (compiled.c) and the coder.
 *
 * Every structure is a flat array of fixed-size records that refer to each other by
 * index and to strings by offset into one string pool (d->str): nothing holds a
 * pointer. The same arrays are grown by the text readers and, in the compiled form,
 * mapped read-only from a file and used in place (compiled.c), so a set loads in the
 * time it takes to check it and coding reads identical bytes either way.
 *
 * Look-ups are open-addressing hash tables (dyad_wmap) over pool strings: the verb
 * map (WORD -> first verb entry), the synset names, the synsets' members by first
 * word, and one per phrase trie whose keys are (parent node, edge kind, WORD), so a
 * word-by-word walk costs one probe a word.
 * Actor and agent phrases written with blanks ("ITHILEN TELEVISION") allow other words
 * in between (TABARI / PETRARCH-1); those edges are the "gap" kind.
 */
#ifndef DYAD_DICT_DICT_H
#define DYAD_DICT_DICT_H

#include "dyad_cameo.h"
#include "dyad_code.h"
#include "util/util.h"

#define DYAD_VEC(T) struct { T *v; size_t n, cap; }

/* Offset of a NUL-terminated string in d->str; 0 is "". */
typedef uint32_t dyad_str;

/* ---- hash tables: (key, WORD) -> value; linear probing, load factor <= 1/2 ---- */
typedef struct dyad_slot {
    uint32_t hash;   /* low bits of the key's hash */
    uint32_t key;    /* tries: parent node << 1 | gap edge; word maps: 0 */
    dyad_str word;
    uint32_t val;    /* value + 1; 0 marks an empty slot */
} dyad_slot;
typedef struct dyad_wmap {
    DYAD_VEC(dyad_slot) slot; /* n is 0 or a power of two */
    size_t used;
} dyad_wmap;

/* Value stored for (key, w[0..n)), -1 when absent. */
int32_t dyad_wmap_get(const dyad_wmap *h, const char *pool, uint32_t key, const char *w,
                      size_t n);
/* Insert or replace; the word is added to d's pool. 0 ok, -1 ENOMEM. */
int dyad_wmap_set(dyad_dict *d, dyad_wmap *h, uint32_t key, const char *w, size_t n,
                  int32_t val);

/* ---- phrase trie ---- */
typedef struct dyad_trie {
    dyad_wmap edge;          /* (parent, gap, WORD) -> child node */
    int32_t *val;            /* node -> payload index, -1 none */
    unsigned char *gapkids;  /* node -> 1 when some child edge allows words between */
    size_t n, cap;           /* nodes (both arrays); node 0 is the root */
    int maxlen;              /* longest phrase in words */
    char *const *pool;       /* &d->str.v: the edges' words */
} dyad_trie;

/* Insert words[0..nw); gaps[i] (may be NULL: none) lets words come between word i-1
 * and word i. Returns the node id or -1 on ENOMEM. */
int dyad_trie_insert(dyad_dict *d, dyad_trie *t, const char *const *words,
                     const size_t *lens, const unsigned char *gaps, int nw);
/* Child of node for word w (upper case) along an adjacent-only edge, -1 when absent. */
int dyad_trie_child(const dyad_trie *t, int node, const char *w, size_t n);
/* The same along an edge that allows words in between. */
int dyad_trie_child_gap(const dyad_trie *t, int node, const char *w, size_t n);

/* ---- actors ---- */
enum { DYAD_DATE_NONE = 0, DYAD_DATE_BEFORE, DYAD_DATE_AFTER, DYAD_DATE_RANGE };
typedef struct dyad_actor_code {
    dyad_str code;
    int32_t kind;      /* DYAD_DATE_* */
    int32_t d1, d2;    /* ordinal days */
} dyad_actor_code;
typedef struct dyad_actor {
    uint32_t first, n; /* range in codes */
} dyad_actor;

/* ---- verbs ---- */
/* The hash key of the upper-case word w[0..n) that pattern and phrase words store and
 * the coder's prefilter probes the sentence's words with: the low bits of dyad_hash. */
static inline uint32_t dyad_word_key(const char *w, size_t n) { return (uint32_t)dyad_hash(w, n); }

enum { DYAD_PT_WORD = 0, DYAD_PT_SYN, DYAD_PT_SRC, DYAD_PT_TGT, DYAD_PT_SKIP, DYAD_PT_COMP };
typedef struct dyad_ptok {
    int32_t type;      /* DYAD_PT_* */
    int32_t gap;       /* 1: other words may come before it; 0: must be adjacent */
    dyad_str word;     /* DYAD_PT_WORD */
    int32_t syn;       /* DYAD_PT_SYN: synset index */
    uint32_t key;      /* DYAD_PT_WORD: dyad_word_key of word, so the coder's prefilter
                          does not hash it at every verb of every sentence; 0 otherwise */
} dyad_ptok;
typedef struct dyad_pattern {
    uint32_t up, low;  /* first token in ptok; up is nearest the verb first */
    int32_t nup, nlow;
    dyad_str code;
    int32_t line;
} dyad_pattern;
typedef struct dyad_vblock {
    dyad_str name, code;
    uint32_t first, end; /* patterns [first, end) */
} dyad_vblock;
typedef struct dyad_verb {
    dyad_str code;       /* the verb's own code ("---": none) */
    int32_t block;
    uint32_t pre, post;  /* multi-word verbs: words (in words) before the verb, nearest
                            first, and after it */
    int32_t npre, npost;
    int32_t next;        /* next entry for the same word, -1 */
} dyad_verb;
/* A word of a multi-word verb or a synset phrase, with its dyad_word_key. */
typedef struct dyad_word {
    dyad_str s;
    uint32_t key;
} dyad_word;
typedef struct dyad_phrase {
    uint32_t w;          /* first word in words */
    int32_t n;
    int32_t next;        /* the set's next member with the same first word (synhead),
                            -1 none */
} dyad_phrase;
typedef struct dyad_synset {
    dyad_str name;
    uint32_t first, n;   /* range in phrase */
} dyad_synset;
/* Synonym sets the coder reads as word lists of its own, not through patterns: the
 * wrongs (112) and the judging words (111) a reported clause may charge its subject
 * with (data/dict/README.md). Their members must be plain words (S_syn_member). */
#define DYAD_SYN_WRONG "&WRONG"
#define DYAD_SYN_JUDGING "&JUDGING"

/* ---- discards and issues ---- */
typedef struct dyad_discard {
    int32_t story;       /* '+' entries */
    int32_t exact;       /* last word must match whole ('_' suffix) */
} dyad_discard;

struct dyad_dict {
    DYAD_VEC(char) str;             /* string pool */
    /* actors and agents */
    dyad_trie actors, agents;
    DYAD_VEC(dyad_actor_code) codes;
    DYAD_VEC(dyad_actor) actor;
    DYAD_VEC(dyad_str) agent;       /* agent codes as written: "~GOV", "NGO~" */
    size_t actor_phrases;
    /* verbs */
    dyad_wmap verbmap;              /* WORD -> first entry in verb */
    DYAD_VEC(dyad_verb) verb;
    DYAD_VEC(dyad_vblock) block;
    DYAD_VEC(dyad_pattern) pat;
    DYAD_VEC(dyad_ptok) ptok;
    DYAD_VEC(dyad_word) words;      /* words of multi-word verbs and synset phrases */
    DYAD_VEC(dyad_phrase) phrase;
    DYAD_VEC(dyad_synset) syn;
    dyad_wmap synmap;               /* "&NAME" -> synset */
    dyad_wmap synhead;              /* (synset, first WORD) -> its first member with it
                                       (dyad_dict_syn_first) */
    /* discards: trie of phrases */
    dyad_trie discards;
    DYAD_VEC(dyad_discard) disc;
    /* issues */
    dyad_trie issues;
    DYAD_VEC(int32_t) issue_code;   /* payload -> index in issue_codes */
    DYAD_VEC(dyad_str) issue_codes;
    /* building only: pool string -> offset + 1, so each string is stored once */
    dyad_strmap *intern;
    /* compiled form (compiled.c): the image every array points into, or NULL */
    void *map;
    size_t mapsize;
    int map_heap;                   /* the image is malloc'd (from memory), not mapped */
    char *compiled_path;            /* file loaded from or written, or NULL */
    struct dyad_gather *gather;     /* files recorded for a set load, or NULL */
};

static inline const char *dyad_dict_str(const dyad_dict *d, dyad_str s) { return d->str.v + s; }
/* Word i of a run of words starting at first. */
static inline const char *dyad_dict_word(const dyad_dict *d, uint32_t first, int i)
{
    return d->str.v + d->words.v[first + (uint32_t)i].s;
}
/* Its dyad_word_key. */
static inline uint32_t dyad_dict_word_key(const dyad_dict *d, uint32_t first, int i)
{
    return d->words.v[first + (uint32_t)i].key;
}
/* Pattern tokens from first (NULL when there are none at all). */
static inline const dyad_ptok *dyad_dict_toks(const dyad_dict *d, uint32_t first)
{
    return d->ptok.n ? d->ptok.v + first : NULL;
}
/* First verb entry of an upper-case word, -1 when it is no verb. */
int dyad_dict_verb(const dyad_dict *d, const char *w, size_t n);
/* The first member (in d->phrase) of synset syn whose first word is the upper-case
 * w[0..n), -1 none; the set's other members that start with it follow through
 * dyad_phrase.next, in the set's order. Built when a verb dictionary is read, so a
 * look-up at a word costs one probe however big the set is. */
int32_t dyad_dict_syn_first(const dyad_dict *d, int syn, const char *w, size_t n);
/* Is verb entry v one of the block of denial (DENY), whose verbs with no pattern that
 * holds still answer a charge made of their doer (the coder's S_bare_denial)? */
int dyad_dict_denial(const dyad_dict *d, const dyad_verb *v);

/* String s[0..n) in the pool (stored once); 0 with *ok = 0 on ENOMEM. */
dyad_str dyad_dict_intern(dyad_dict *d, const char *s, size_t n, int *ok);

/* The arrays of a dictionary set, in the order of the compiled format: count, capacity
 * and element size of each, so one loop frees, copies, writes or maps them all. Arrays
 * that share a count (a trie's val and gapkids) name the same n. */
typedef struct dyad_dict_sec {
    void **v;
    size_t *n, *cap;
    size_t elem;
} dyad_dict_sec;
#define DYAD_DICT_NSEC 29
void dyad_dict_sections(dyad_dict *d, dyad_dict_sec *s);

/* Make a mapped (compiled) set writable before entries are added: copy its arrays out
 * of the mapping. 0 ok, -1 ENOMEM (d unchanged). */
int dyad_dict_own(dyad_dict *d);
/* Free (or unmap) every array of d and zero the sections; compiled.c then points them
 * into a mapping. d is not usable until it does. */
void dyad_dict_release(dyad_dict *d);

/* ---- compiled form and set loading (compiled.c) ---- */
/* Start gathering a set: until dyad_dict_gather_end, dyad_dict_load records the files
 * (dyad_dict_gather_add) instead of reading them. Does nothing unless d is empty. */
void dyad_dict_gather(dyad_dict *d);
dyad_status dyad_dict_gather_add(dyad_dict *d, dyad_dict_kind kind, const char *path,
                                 dyad_diag *diag);
/* Load the gathered set (st: status of gathering it; an error is passed through):
 * from its compiled file when that is sound and current, else from the text, writing
 * the compiled file. cache is DYAD_CACHE_*. */
dyad_status dyad_dict_gather_end(dyad_dict *d, dyad_status st, int cache, dyad_diag *diag);
/* Use a compiled image from memory (copied) in the empty d; a refused image gives
 * DYAD_ESYNTAX with an error naming the reason. */
dyad_status dyad_dict_from_image(dyad_dict *d, const void *image, size_t size,
                                 const char *name, dyad_diag *diag);
/* Recompute an image's checksum in place (the fuzz target checks the rest). */
void dyad_dict_image_seal(void *image, size_t size);

/* Append x to a DYAD_VEC (grown by dyad_vec_grow); 0 ok, -1 ENOMEM. */
#define DYAD_VEC_PUSH(vec, x)                                                          \
    (dyad_vec_grow((void **)&(vec).v, &(vec).cap, (vec).n, sizeof *(vec).v) ? -1        \
                                                                           : ((vec).v[(vec).n++] = (x), 0))

/* Ordinal day of "YYYYMMDD", "YYYY-MM-DD" or "YYMMDD" (YY <= 30 is 20YY); -1 if bad. */
int32_t dyad_date_ordinal(const char *s, size_t n);

/* Line iteration over a dictionary text, the loop of every reader: comments (# to end
 * of line, <!-- ... -->, lines starting "<!") removed, then trimmed; empty lines
 * skipped. The callback gets a writable NUL-terminated copy and the 1-based line
 * number, and returns 0, or nonzero when it ran out of memory, which stops reading.
 * Returns DYAD_OK or DYAD_ENOMEM. */
typedef int (*dyad_line_fn)(void *ctx, char *line, long lineno);
dyad_status dyad_dict_lines(const char *text, size_t len, dyad_line_fn fn, void *ctx);

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

/* Where an upper-cased word names who owns, flags, operates, charters, is linked or
 * connected to, appointed, leads or drafted something ("BRITISH-FLAGGED",
 * "ISRAEL-LINKED", "KUWAITI-CONNECTED", "NATIONS-APPOINTED", "SAUDI-LED",
 * "U.S.-DRAFTED"): the hyphen that opens that ending, with the owner's words before it;
 * NULL for any other word. A coalition a state leads acts as that state, and a
 * resolution it drafted is its own as "a resolution drafted by the United States" is.
 * Made, backed or bound are no ownership ("U.S.-MADE", "IRAN-BACKED": the groups a state
 * backs are parties of their own). */
const char *dyad_owner_ending(const char *w);

/* Is a word of n bytes, as written, one or two letters in lower case ("is", "us")? The
 * abbreviations of two letters that name actors (IS, US, UN, EU, AU) do so only in
 * capitals: in an article the coder reads no actor phrase of one word at such a word
 * (S_code_words), whatever its tag, and the word filter (src/pipeline/prefilter.c),
 * which cannot see tags, counts none there: "is" is in most sentences. */
int dyad_lower_short(const char *w, size_t n);

/* Is an upper-cased word one that may lay a duty on its clause's subject ("must",
 * "should", "need(s) to", "needed to" of reported speech, "has/have to", "ought to"),
 * which the coder reads in reported speech as the reporter's appeal or demand ("Turkey
 * said Israel should withdraw"), whatever the clause's verb? 1 such a word before
 * "to"; 2 a time or a need that lays it on the party after "for" ("said it was time
 * for Russia to end the war", "necessary for Tokyo to act"); 0 neither. */
int dyad_duty_word(const char *w);

/* Is an upper-cased word a noun of asking whose clause of "that", when a verb makes,
 * repeats or presses it ("renewed its demand that Tokyo open its market", "revived
 * the proposal that Japan buy grain"), asks the clause's subject whatever the clause's
 * verb? 2 a demand ("demand", "insistence"), 1 an appeal ("call", "appeal", "request",
 * "plea", "proposal", "suggestion"), 0 neither. */
int dyad_asking_noun(const char *w);

/* Upper-cased nouns of acts the coder codes from a noun, with no verb of the dictionary
 * (src/code/coder.c, S_noun_event, S_setting_act, S_relative_harm): an act of force
 * (190), one from the air (195), talks (046), a meeting (040), a visit (042:043), a
 * punitive measure put in force (163: sanctions, tariffs, duties, levies, an embargo,
 * but the bare "restrictions" and "ban", which as often curb a thing at home as a
 * party), aid given (070: "aid", "assistance"), each list NULL-terminated. The word
 * filter (src/pipeline/prefilter.c) parses a sentence with any of them
 * (dyad_act_noun), so the two read one list. */
extern const char *const dyad_force_nouns[], *const dyad_air_nouns[],
    *const dyad_talks_nouns[], *const dyad_meet_nouns[], *const dyad_visit_nouns[],
    *const dyad_measure_nouns[], *const dyad_aid_nouns[];

/* Is an upper-cased word one of the nouns above? */
int dyad_act_noun(const char *w);

/* Warn (as file verbs_file) about each code of a verb, verb block or pattern that the
 * CAMEO table t does not know: the coder would find such events and drop them, so a
 * typo in a dictionary would silently cost events. Each distinct code is named once,
 * with the line of a pattern that has it where one does. -1 on ENOMEM. */
int dyad_dict_check_codes(const dyad_dict *d, const dyad_cameo *t,
                          const char *verbs_file, dyad_diag *diag);

#endif

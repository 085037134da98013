/*
 * dyad_code.h — event coding from parsed sentences: TABARI / PETRARCH dictionaries,
 * Penn Treebank trees, and the coder that turns a tree plus a date into CAMEO events.
 *
 * The coder follows the PETRARCH family: noun phrases of the parse become named
 * entities coded from the actor and agent dictionaries; each verb phrase whose head is
 * in the verb dictionary is matched against that verb's patterns (words before the verb
 * and words inside the verb phrase, with $ source, + target, ^ skip, & synsets);
 * the source and target come from the pattern or from the nearest coded entities.
 *
 * Ownership: every object returned through an OUT pointer is the caller's and is freed
 * with its own _free function. A loaded dyad_dict is read-only and may be shared by any
 * number of threads coding at once; trees and codings belong to one thread.
 */
#ifndef DYAD_CODE_H
#define DYAD_CODE_H

#include <stddef.h>
#include "dyad.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- dictionaries */

typedef struct dyad_dict dyad_dict;

typedef enum dyad_dict_kind {
    DYAD_DICT_VERBS = 0,  /* verbs, synsets and patterns (CAMEO.2.0.txt style) */
    DYAD_DICT_ACTORS,     /* actors with synonyms and dated codes; several files allowed */
    DYAD_DICT_AGENTS,     /* agents: ~CODE suffixes or CODE~ prefixes, plurals */
    DYAD_DICT_DISCARDS,   /* phrases that discard a sentence (or with '+', a story) */
    DYAD_DICT_ISSUES      /* issue phrases with n:, v:, + expansions */
} dyad_dict_kind;

/* An empty dictionary set; NULL on ENOMEM. */
dyad_dict *dyad_dict_new(void);
void dyad_dict_free(dyad_dict *d);

/* Add the entries of one dictionary file. Malformed lines are reported as warnings
 * (file:line) and skipped; DYAD_EIO / DYAD_ENOMEM are the only failures. */
dyad_status dyad_dict_load(dyad_dict *d, dyad_dict_kind kind, const char *path,
                           dyad_diag *diag);
/* The same from memory; `name` is used in diagnostics (may be NULL). */
dyad_status dyad_dict_read(dyad_dict *d, dyad_dict_kind kind, const char *name,
                           const char *text, size_t len, dyad_diag *diag);

typedef struct dyad_dict_stats {
    size_t verbs, verb_patterns, synsets, actors, actor_phrases, agents, discards, issues;
    size_t bytes; /* memory held by the dictionary structures */
    int compiled; /* 1: mapped from a compiled file (bytes is then mostly that file) */
} dyad_dict_stats;
void dyad_dict_get_stats(const dyad_dict *d, dyad_dict_stats *out);
/* The compiled file (see dyad_dict_load_set) d was mapped from or that loading d wrote;
 * NULL when there is none. */
const char *dyad_dict_compiled_path(const dyad_dict *d);

/* Discard check of a sentence text: 0 none, 1 discard the sentence, 2 the story. */
int dyad_dict_discard(const dyad_dict *d, const char *text);

typedef struct dyad_issue {
    const char *code; /* owned by the dictionary */
    int count;
} dyad_issue;
/* Issues found in text (case-insensitive word match); fills at most max entries and
 * returns how many distinct issues were found; 0 when an ignore phrase occurs. */
size_t dyad_dict_issues(const dyad_dict *d, const char *text, dyad_issue *out, size_t max);

/* ---------------------------------------------------------------- parse trees */

typedef struct dyad_tree dyad_tree;

/* Parse a Penn Treebank bracketed tree, e.g. "(ROOT (S (NP (NNP Arnor)) (VP ...)))".
 * `file`/`line` locate s for diagnostics (line of its first character; may be NULL/0).
 * Unbalanced brackets, empty input and nesting deeper than DYAD_TREE_MAX_DEPTH give
 * DYAD_ESYNTAX / DYAD_ELIMIT with a diagnostic naming the line. *out is the caller's. */
#define DYAD_TREE_MAX_DEPTH 400
dyad_status dyad_tree_parse(const char *s, size_t n, const char *file, long line,
                            dyad_diag *diag, dyad_tree **out);
void dyad_tree_free(dyad_tree *t);
size_t dyad_tree_ntokens(const dyad_tree *t);
const char *dyad_tree_token(const dyad_tree *t, size_t i); /* word as written */
const char *dyad_tree_tag(const dyad_tree *t, size_t i);   /* its POS tag */

/* ---------------------------------------------------------------- coder */

typedef struct dyad_code_opts {
    int require_dyad;     /* drop events whose source or target is unknown (default 1) */
    int new_actor_length; /* >0: uncoded entities of at most this many words are coded as
                             their quoted text (PETRARCH new_actor_length; default 0) */
    int comma_min, comma_max;   /* drop inner comma clauses of this many words (max 0:
                                   off; default 2..8, as PETRARCH) */
    int comma_bmin, comma_bmax; /* the same for an initial clause (default off) */
    int comma_emin, comma_emax; /* the same for a final clause (default 2..8) */
} dyad_code_opts;
void dyad_code_opts_default(dyad_code_opts *o);

typedef struct dyad_coded_event {
    char source[64], target[64]; /* actor codes, or quoted phrases (new_actor_length) */
    char code[16];               /* event code as written in the verb dictionary */
    int src_tok, src_ntok;       /* tokens that gave the source (ntok 0: none) */
    int tgt_tok, tgt_ntok;
    int verb_tok, verb_ntok;
    int negated;                 /* "not"/"n't"/"never" governs the verb */
    int src_actor, tgt_actor;    /* 1 + the dictionary's actor entry the source's
                                    (target's) code starts with, 0 none */
    char threat_target[64];      /* a hostile act promised on a condition another actor
                                    sets ("if Europe follows through, he will impose the
                                    tariff on French wine"): that actor's code, at whom
                                    the threat the promise makes is aimed; "" none */
    int thr_tok, thr_ntok;       /* tokens that gave it */
    int planned;                 /* 1: an act the clause is set before ("arrived in
                                    Riyadh ahead of a meeting with the crown prince"):
                                    planned where the clause is asserted */
    int context;                 /* 1: the sentence names no target and the article's
                                    context gave it (the one party its latest events
                                    make the source's other side); 2: the same for the
                                    source of a paired code's second event; else 0 */
} dyad_coded_event;

#define DYAD_MAX_ISSUES 8
typedef struct dyad_coding {
    dyad_coded_event *ev; /* n events; freed by dyad_coding_free */
    size_t n, cap;
    int discard;          /* dyad_dict_discard() of the text: 2 means no coding, 1 that
                             only acts on persons (release, arrest, expulsion,
                             abduction) are coded */
    dyad_issue issues[DYAD_MAX_ISSUES]; /* issues of the sentence when it gave events */
    size_t nissues;
} dyad_coding;

/* Code one sentence. `date` is YYYYMMDD or YYYY-MM-DD (actor codes are chosen by it;
 * NULL or "" means no date restriction applies). `text` is the sentence text used for
 * discards (NULL: the tree's words). `opts` may be NULL for the defaults. Events are
 * appended to *out after clearing it; call dyad_coding_free when done. */
dyad_status dyad_code_tree(const dyad_dict *d, const dyad_tree *t, const char *date,
                           const char *text, const dyad_code_opts *opts, dyad_coding *out);
void dyad_coding_free(dyad_coding *c);

/* Fill ev[0..c->n) as event records: doc, sentence text (borrowed pointers), codes,
 * article date from `date`, date basis "article", modality asserted (negated when the
 * verb is negated), and byte spans of
 * the source, target and verb words located in `text` (len 0 when not found). */
void dyad_coding_events(const dyad_coding *c, const dyad_tree *t, const char *doc,
                        const char *text, const char *date, dyad_event *ev);

/* An event its sentence dates itself ("met Reagan in Reykjavik in 1986": `date`,
 * "YYYY-MM-DD", "YYYY-MM" or "YYYY") before the date `as_of` the sentence was coded
 * for has the actors of its own date (a date to come keeps as_of's): a source or
 * target whose code starts with its actor entry's code for as_of (x->src_actor,
 * x->tgt_actor) gets the entry's code for date in its place, its agents' roles kept
 * where the new code lacks them ("Gorbachev" RUSELI -> SUNGOV); an entry that names no
 * one on that date keeps its code. A year counts as its 1 July, a month as its 15th: the code in
 * force for most of it, unless an office changed hands twice that year. `source` and
 * `target` (cap bytes each) are rewritten in place; returns 1 when either changed. */
int dyad_coded_redate(const dyad_dict *d, const dyad_coded_event *x, const char *as_of,
                      const char *date, char *source, char *target, size_t cap);

/* ---------------------------------------------------------------- validation */

typedef struct dyad_validate_opts {
    const char *verbs, *agents, *discards, *issues; /* NULL: from <Environment> */
    const char *const *actors;                       /* nactors paths replace the list */
    size_t nactors;
    /* NULL: code each record's <Parse>. Else the tree to code is reparse(user, text) of
     * the record's <Text> (`dyad validate --reparse`); NULL from it means no parse (the
     * record then has no events). The string need only last until the next call. */
    const char *(*reparse)(void *user, const char *text);
    void *reparse_user;
    int cache; /* DYAD_CACHE_*: how the set's compiled form is used (see below) */
} dyad_validate_opts;

enum {
    DYAD_CACHE_AUTO = 0, /* use the compiled form when current, else read and rewrite it */
    DYAD_CACHE_OFF,      /* read the text files only (as does DYAD_NO_CACHE=1) */
    DYAD_CACHE_REBUILD   /* read the text files and rewrite the compiled form */
};

/* Load a full dictionary set: the files named in opts, and for every kind opts leaves
 * NULL, the file named in the <Environment> of validation file `xml_path` (may be NULL),
 * resolved relative to that file's folder.
 * A set loaded into an empty dictionary is kept compiled (a file mapped in place) in
 * $DYAD_CACHE, else $XDG_CACHE_HOME/dyad, else ~/.cache/dyad; the compiled form is used
 * while no file of the set (nor the program) has changed, and gives the same results
 * and warnings as the text. A cache that cannot be written only costs speed. */
dyad_status dyad_dict_load_set(dyad_dict *d, const dyad_validate_opts *opts,
                               const char *xml_path, dyad_diag *diag);

/* Called once per record: ok 1/0, expected and got as "SRC TGT CODE; ..." strings. */
typedef void (*dyad_validate_fn)(void *user, const char *id, int ok, const char *expected,
                                 const char *got);

/* Run a PETRARCH validation file (<Environment>, <Config>, <Sentence> records with
 * <EventCoding>, <Text>, <Parse>): load the dictionaries it names (relative to the XML
 * file's folder, unless opts names them), code each record and compare the multiset of
 * (source, target, code) with the expected one, as PETRARCH's validation does. */
dyad_status dyad_validate_file(const char *xml_path, const dyad_validate_opts *opts,
                               dyad_validate_fn fn, void *user, dyad_diag *diag,
                               long *npass, long *nfail);

#ifdef __cplusplus
}
#endif
#endif

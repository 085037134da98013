/*
 * dyad_parse.h — part-of-speech tagging and dependency parsing of tokenised sentences,
 * the CoNLL-U reader, evaluation, and conversion of a dependency parse into a Penn
 * Treebank bracketed tree for the event coder.
 *
 * The tagger is an averaged perceptron predicting a joint (UPOS, XPOS) tag; the parser
 * is a greedy arc-eager transition parser (averaged perceptron, dynamic-oracle
 * training) that labels each arc as it makes it. Both are trained on UD English EWT by
 * build/dyad-train (scripts/train-model.sh) into one binary model file.
 *
 * Threads: a dyad_model is read-only after loading and may be shared by any number of
 * threads; each thread needs its own dyad_parser (scratch memory).
 */
#ifndef DYAD_PARSE_H
#define DYAD_PARSE_H

#include <stddef.h>
#include "dyad.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The model shipped with dyad, relative to the repository root. */
#define DYAD_MODEL_DEFAULT "data/model/en_ewt.dpm"

/* Longest sentence dyad_parse_sentence() accepts, in tokens. */
#define DYAD_PARSE_MAX_TOKENS 4096

/* ---- model ---------------------------------------------------------------------- */

typedef struct dyad_model dyad_model;

/*
 * Load a model file (memory-mapped, validated: sizes, offsets, indices and weights are
 * checked so that a corrupt or truncated file is rejected with a diagnostic naming the
 * file, never crashes). On success *out owns the mapping; free with dyad_model_free().
 */
dyad_status dyad_model_load(const char *path, dyad_model **out, dyad_diag *diag);

/* The same from bytes in memory (copied; `name` is used in diagnostics, may be NULL). */
dyad_status dyad_model_from_memory(const void *data, size_t len, const char *name,
                                   dyad_model **out, dyad_diag *diag);

void dyad_model_free(dyad_model *m);

/* Label inventories of the model: counts and names (static for the model's lifetime). */
int dyad_model_ntags(const dyad_model *m);
const char *dyad_model_upos(const dyad_model *m, int tag);   /* "NOUN" */
const char *dyad_model_xpos(const dyad_model *m, int tag);   /* "NN" */
int dyad_model_nlabels(const dyad_model *m);
const char *dyad_model_label(const dyad_model *m, int label); /* "nsubj" */

/* ---- tagging and parsing -------------------------------------------------------- */

typedef struct dyad_parser dyad_parser;

/* Per-thread tagger/parser state over a model that must outlive it. NULL on ENOMEM. */
dyad_parser *dyad_parser_new(const dyad_model *m);
void dyad_parser_free(dyad_parser *p);

/* Result of one sentence: arrays of n entries owned by the parser, valid until the
 * next call with the same parser. Strings are the model's own (never freed by you). */
typedef struct dyad_parse_result {
    int n;
    const char *const *upos;   /* universal POS, e.g. "PROPN" */
    const char *const *xpos;   /* Penn Treebank tag, e.g. "NNP" */
    const int *head;           /* 0 = root, else 1-based index of the head word */
    const char *const *deprel; /* UD relation, e.g. "nsubj", "obl:tmod" */
} dyad_parse_result;

/*
 * Tag and parse one sentence of n tokens given as (pointer, length) pairs over the
 * caller's text (no NUL needed). Returns DYAD_EINVAL for n < 1 or a NULL argument,
 * DYAD_ELIMIT for n > DYAD_PARSE_MAX_TOKENS, DYAD_ENOMEM. With parse == 0 only the
 * tags are filled (head/deprel are then NULL).
 */
dyad_status dyad_parse_sentence(dyad_parser *p, const char *const *words,
                                const size_t *lens, int n, int parse,
                                dyad_parse_result *out);

/* ---- CoNLL-U -------------------------------------------------------------------- */

/* One sentence of a CoNLL-U file (multiword-token ranges and empty nodes skipped).
 * Columns absent in the input ("_") are "" and head -1. */
typedef struct dyad_conllu_sent {
    int n;
    const char **form, **upos, **xpos, **deprel;
    int *head;
    long line;          /* line of the first token */
} dyad_conllu_sent;

typedef struct dyad_conllu {
    dyad_conllu_sent *sent;
    size_t nsent;
    struct dyad_arena *mem;   /* internal */
} dyad_conllu;

/*
 * Parse CoNLL-U text. Malformed lines are reported as `file:line: message` through
 * diag; a malformed sentence is skipped with a warning (DYAD_WARN) and reading goes on.
 * Fails only on ENOMEM. Free *out with dyad_conllu_free().
 */
dyad_status dyad_conllu_parse(const char *text, size_t len, const char *file,
                              dyad_conllu **out, dyad_diag *diag);
void dyad_conllu_free(dyad_conllu *c);

/* ---- evaluation ----------------------------------------------------------------- */

typedef struct dyad_parse_scores {
    long tokens;     /* scored tokens (all words, punctuation included) */
    long upos, xpos; /* correctly tagged */
    long uas;        /* correct head */
    long las;        /* correct head and full label ("obl:tmod") */
    long las_univ;   /* correct head and universal label ("obl"), as CoNLL 2018 */
    long sents;
    double seconds;  /* CPU time spent tagging and parsing */
} dyad_parse_scores;

/* Tag and parse every sentence of gold (tokens as given) and add up the agreement
 * with its tags, heads and labels into *out (zeroed first). */
dyad_status dyad_parse_eval(dyad_parser *p, const dyad_conllu *gold,
                            dyad_parse_scores *out);

/* ---- Penn Treebank conversion --------------------------------------------------- */

/*
 * Turn a dependency parse with Penn tags into a PETRARCH-style bracketed constituency
 * tree, e.g. "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties))) (. .)))".
 * Phrases: NP (with possessive POS inside, relative clauses as SBAR), PP (case marker
 * + NP), VP chains for auxiliaries, modals and passives, S for subject + VP, SBAR for
 * marked clauses, coordination with CC, drawn as CoreNLP draws them (the shapes the
 * coder was written for). A few parser mistakes that would cost the coder events are
 * undone first (see src/parse/ptb.c). Brackets in words become -LRB-/-RRB-.
 * Writes a NUL-terminated string into buf (cap bytes); *needed (may be NULL) gets the
 * length required without the NUL. Returns DYAD_ELIMIT if it did not fit,
 * DYAD_EINVAL for an inconsistent parse (heads out of range or cyclic).
 */
dyad_status dyad_dep_to_ptb(const char *const *words, const size_t *lens,
                            const dyad_parse_result *parse, char *buf, size_t cap,
                            size_t *needed);

/* The same, also writing to heads (parse->n ints, unless NULL) the heads the tree was
 * drawn from, 1-based with 0 the root: the parse's, made projective and repaired, so
 * that what reads the dependencies (modality, dates) sees the tree the coder sees. */
dyad_status dyad_dep_to_ptb_heads(const char *const *words, const size_t *lens,
                                  const dyad_parse_result *parse, char *buf, size_t cap,
                                  size_t *needed, int *heads);

#ifdef __cplusplus
}
#endif
#endif /* DYAD_PARSE_H */

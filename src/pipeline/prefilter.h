/*
 * prefilter.h — the pipeline's word filter (prefilter.c): which sentences of an
 * article must be tagged, parsed and coded, decided from their words, the loaded
 * dictionaries and the tags of the sentences parsed before. Internal to src/pipeline/.
 */
#ifndef DYAD_PIPELINE_PREFILTER_H
#define DYAD_PIPELINE_PREFILTER_H

#include <stdlib.h>
#include <string.h>
#include "dyad_code.h"
#include "dyad_text.h"

/* The word of a token as the parser is given it: its normal form, else its text. */
static inline const char *dyad_token_word(const char *text, const dyad_token *t, size_t *len)
{
    if (t->norm) {
        *len = strlen(t->norm);
        return t->norm;
    }
    *len = t->len;
    return text + t->off;
}

typedef struct dyad_prefilter dyad_prefilter;

/* Per-thread scratch memory; NULL on ENOMEM. */
dyad_prefilter *dyad_prefilter_new(void);
void dyad_prefilter_free(dyad_prefilter *f);

/*
 * Which sentences of an article to parse and code, in three steps: the article's
 * sentences (split from text) are looked at first; then, in order, each sentence is
 * asked about (1: parse and code it, 0: it cannot change the events coded with d and o)
 * and the tags of each parsed one are handed back, as the names they hold decide about
 * later ones. -1: ENOMEM.
 */
int dyad_prefilter_article(dyad_prefilter *f, const dyad_dict *d, const dyad_code_opts *o,
                           const char *text, const dyad_split_result *sp);
int dyad_prefilter_keep(dyad_prefilter *f, const char *text, const dyad_split_result *sp,
                        size_t s);
/* The n words of a parsed sentence (as the parser got them) with their Penn tags. */
int dyad_prefilter_names(dyad_prefilter *f, const char *const *words, const size_t *lens,
                         const char *const *xpos, int n);

#endif

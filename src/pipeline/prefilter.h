/*
 * prefilter.h — the pipeline's word filter (prefilter.c): which sentences of an
 * article must be tagged, parsed and coded, decided from their words and the loaded
 * dictionaries before the parser runs. Internal to src/pipeline/.
 */
#ifndef DYAD_PIPELINE_PREFILTER_H
#define DYAD_PIPELINE_PREFILTER_H

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
 * For each sentence of an article split from text: 1 when it must be parsed and coded,
 * 0 when doing so cannot change the events of the article (coded with d and o). The
 * array belongs to f and lasts until its next call; NULL on ENOMEM.
 */
const unsigned char *dyad_prefilter_article(dyad_prefilter *f, const dyad_dict *d,
                                            const dyad_code_opts *o, const char *text,
                                            const dyad_split_result *sp);

#endif

/*
 * fuzz_conllu.c — libFuzzer target for the CoNLL-U reader: any bytes must parse (or be
 * skipped with diagnostics) without crashing; every sentence read must be consistent
 * (heads inside the sentence) and, if a model is present, tag, parse and convert to a
 * PTB tree without error.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "dyad_parse.h"

static dyad_model *S_model;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    if (dyad_model_load(DYAD_MODEL_DEFAULT, &S_model, NULL) != DYAD_OK)
        S_model = NULL;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dyad_conllu *c;
    dyad_diag d = {0};
    if (dyad_conllu_parse((const char *)data, size, "fuzz", &c, &d) != DYAD_OK)
        return 0;
    dyad_parser *p = S_model ? dyad_parser_new(S_model) : NULL;
    char tree[4096];
    for (size_t k = 0; k < c->nsent; k++) {
        const dyad_conllu_sent *s = &c->sent[k];
        size_t *lens = malloc((size_t)s->n * sizeof *lens);
        if (!lens)
            break;
        for (int i = 0; i < s->n; i++) {
            if (s->head[i] > s->n)
                abort();
            lens[i] = strlen(s->form[i]);
        }
        /* the gold columns as a parse: the converter must refuse or convert it */
        dyad_parse_result g = {s->n, s->upos, s->xpos, s->head, s->deprel};
        (void)dyad_dep_to_ptb(s->form, lens, &g, tree, sizeof tree, NULL);
        dyad_parse_result r;
        if (p && dyad_parse_sentence(p, s->form, lens, s->n, 1, &r) == DYAD_OK) {
            dyad_status st = dyad_dep_to_ptb(s->form, lens, &r, tree, sizeof tree, NULL);
            if (st != DYAD_OK && st != DYAD_ELIMIT)
                abort();
        }
        free(lens);
    }
    dyad_parser_free(p);
    dyad_conllu_free(c);
    return 0;
}

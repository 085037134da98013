/*
 * fuzz_model.c — libFuzzer target for the model loader: a corrupt model file must be
 * refused with a diagnostic or, if it passes validation, be usable: tag and parse a
 * sentence without reading outside the file.
 */
#include <stdint.h>
#include <string.h>
#include "dyad_parse.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dyad_model *m;
    if (dyad_model_from_memory(data, size, "fuzz", &m, NULL) != DYAD_OK)
        return 0;
    dyad_parser *p = dyad_parser_new(m);
    const char *w[] = {"The", "talks", "failed", "in", "Geneva", "."};
    size_t len[] = {3, 5, 6, 2, 6, 1};
    dyad_parse_result r;
    if (p && dyad_parse_sentence(p, w, len, 6, 1, &r) == DYAD_OK) {
        char tree[1024];
        (void)dyad_dep_to_ptb(w, len, &r, tree, sizeof tree, NULL);
    }
    dyad_parser_free(p);
    dyad_model_free(m);
    return 0;
}

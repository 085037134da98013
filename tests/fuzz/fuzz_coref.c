/* fuzz_coref.c — libFuzzer target: an article of Treebank trees, one a line, coded in
 * order with one coreference state (pronouns, titles, names, plurals and event nouns
 * referring back across sentences), then again after a reset. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "dyad_code.h"
#include "resolve/coref.h"

static const char S_verbs[] = "--- ATTACK [190] ---\nATTACK\n--- MEET [040] ---\nMEET\n"
                              "--- GREET [043:042] ---\nGREET\n--- SAY [---] ---\nSAID\n"
                              "--- URGE [020] ---\nURGED\n- * + TO [021]\n"
                              "--- EXPEL [174] ---\nSENT\n--- REJECT [120] ---\nREJECTED\n";
static const char S_actors[] = "ARNOR [ARN]\n+ARNORIAN\nGONDOR [GON]\nROHAN [ROH]\n"
                               "FARAMIR\n[GONGOV >20000101]\n[GONELI]\nBIL [FRO/BIL]\n";
static const char S_agents[] = "PRESIDENT [~GOV]\nLEADER [~GOV]\nARMY [~MIL]\n"
                               "TROOPS {} [~MIL]\nNGO [NGO~]\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static dyad_dict *d;
    static dyad_coref *cr;
    dyad_diag diag = {0};
    if (!d) {
        d = dyad_dict_new();
        cr = dyad_coref_new();
        if (!d || !cr)
            return 0;
        dyad_dict_read(d, DYAD_DICT_VERBS, "v", S_verbs, sizeof S_verbs - 1, &diag);
        dyad_dict_read(d, DYAD_DICT_ACTORS, "a", S_actors, sizeof S_actors - 1, &diag);
        dyad_dict_read(d, DYAD_DICT_AGENTS, "g", S_agents, sizeof S_agents - 1, &diag);
    }
    for (int round = 0; round < 2; round++) {
        dyad_coref_reset(cr);
        const char *p = (const char *)data, *end = p + size;
        while (p < end) {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
            dyad_tree *t = NULL;
            if (dyad_tree_parse(p, n, "fuzz", 1, &diag, &t) == DYAD_OK) {
                dyad_coding c = {0};
                dyad_code_opts o;
                dyad_code_opts_default(&o);
                o.require_dyad = round;
                dyad_code_tree_coref(d, t, "20240301", NULL, &o, cr, &c);
                dyad_coding_free(&c);
                dyad_tree_free(t);
            }
            p += n + 1;
        }
    }
    return 0;
}

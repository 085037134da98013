/* fuzz_tree.c — libFuzzer target: the Treebank reader, then the coder on what it read
 * (with a small dictionary, so that entity, pattern and comma code paths run). */
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include "dyad_code.h"

static const char S_verbs[] = "&SYN\n+DIPLOMATIC TIES\n--- RESTORE [064] ---\nRESTORE\n"
                              "- * &SYN WITH + [064]\n- $ BY ^ * [065]\n- % * [030:030]\n"
                              "- * WITH % [031]\n--- SAID [023] ---\nSAID\n+CUT_OFF\n";
static const char S_actors[] = "ARNOR [ARN]\nGONDOR [GON]\n+MINAS TIRITH\nGOLLUM\n"
                               "[HOB < 950601]\n[HOBGOV 950601-990815]\nBIL [FRO/BIL]\n";
static const char S_agents[] = "POLICE {} [~COP]\nMINISTER [~GOV]\nNGO [NGO~]\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static dyad_dict *d;
    dyad_diag diag = {0};
    if (!d) {
        d = dyad_dict_new();
        if (!d)
            return 0;
        dyad_dict_read(d, DYAD_DICT_VERBS, "v", S_verbs, sizeof S_verbs - 1, &diag);
        dyad_dict_read(d, DYAD_DICT_ACTORS, "a", S_actors, sizeof S_actors - 1, &diag);
        dyad_dict_read(d, DYAD_DICT_AGENTS, "g", S_agents, sizeof S_agents - 1, &diag);
    }
    dyad_tree *t = NULL;
    if (dyad_tree_parse((const char *)data, size, "fuzz", 1, &diag, &t) != DYAD_OK)
        return 0;
    dyad_coding c = {0};
    dyad_code_opts o;
    dyad_code_opts_default(&o);
    o.comma_bmax = 6;
    o.require_dyad = size & 1;
    o.new_actor_length = 3;
    if (dyad_code_tree(d, t, "19960101", NULL, &o, &c) == DYAD_OK && c.n) {
        dyad_event ev[4];
        dyad_coding tmp = c;
        if (tmp.n > 4)
            tmp.n = 4;
        dyad_coding_events(&tmp, t, "f", "arnor restored ties with gondor", "19960101", ev);
    }
    dyad_coding_free(&c);
    dyad_tree_free(t);
    return 0;
}

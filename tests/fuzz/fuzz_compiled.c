/*
 * fuzz_compiled.c — libFuzzer target for the compiled dictionary loader: the input is
 * resealed (its checksum recomputed) so that damage reaches the checks of every array
 * and record; an image must be refused with a diagnostic or, if accepted, be usable:
 * discard and issue look-ups, coding a sentence with dated actors, agents, patterns and
 * synsets, and adding entries to it as text.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "dict/dict.h"

static const char tree[] =
    "(ROOT (S (NP (DT The) (NNP Gondor) (NN army)) (VP (VBD attacked) (NP (NNP Arnor) "
    "(NNS rebels)) (PP (IN with) (NP (NNS arms)))) (. .)))";
static const char text[] = "The Gondor army attacked Arnor rebels with arms over oil.";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    unsigned char *img = malloc(size ? size : 1);
    dyad_dict *d = dyad_dict_new();
    if (!img || !d)
        goto done;
    memcpy(img, data, size);
    dyad_dict_image_seal(img, size);
    dyad_diag diag = {0};
    if (dyad_dict_from_image(d, img, size, "fuzz", &diag) != DYAD_OK)
        goto done;
    dyad_dict_stats st;
    dyad_dict_get_stats(d, &st);
    dyad_issue is[4];
    (void)dyad_dict_discard(d, text);
    (void)dyad_dict_issues(d, text, is, 4);
    dyad_tree *t = NULL;
    dyad_coding c = {0};
    if (dyad_tree_parse(tree, sizeof tree - 1, NULL, 0, NULL, &t) == DYAD_OK) {
        (void)dyad_code_tree(d, t, "20100101", text, NULL, &c);
        (void)dyad_code_tree(d, t, NULL, NULL, NULL, &c);
    }
    dyad_coding_free(&c);
    dyad_tree_free(t);
    static const char more[] = "ROHAN [ROH]\n";
    (void)dyad_dict_read(d, DYAD_DICT_ACTORS, "more", more, sizeof more - 1, &diag);
done:
    dyad_dict_free(d);
    free(img);
    return 0;
}

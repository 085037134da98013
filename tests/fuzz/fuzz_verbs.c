/* fuzz_verbs.c — libFuzzer target: the verbs dictionary reader on arbitrary bytes. */
#include <stddef.h>
#include <stdint.h>
#include "dyad_code.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dyad_diag diag = {0};
    dyad_dict *d = dyad_dict_new();
    if (!d)
        return 0;
    dyad_dict_read(d, DYAD_DICT_VERBS, "fuzz", (const char *)data, size, &diag);
    dyad_dict_stats st;
    dyad_dict_get_stats(d, &st);
    dyad_dict_free(d);
    return 0;
}

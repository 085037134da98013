/* fuzz_lists.c — libFuzzer target: the discards and issues readers on arbitrary bytes
 * (the first byte's low bit picks the reader, the rest is the file). */
#include <stddef.h>
#include <stdint.h>
#include "dyad_code.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    dyad_diag diag = {0};
    dyad_dict *d = dyad_dict_new();
    if (!d)
        return 0;
    dyad_dict_read(d, data[0] & 1 ? DYAD_DICT_ISSUES : DYAD_DICT_DISCARDS, "fuzz",
                   (const char *)data + 1, size - 1, &diag);
    dyad_dict_stats st;
    dyad_dict_get_stats(d, &st);
    dyad_dict_free(d);
    return 0;
}

/* fuzz_petrxml.c — libFuzzer target: the PETRARCH validation XML reader. */
#include <stddef.h>
#include <stdint.h>
#include "parse/petrxml.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dyad_diag diag = {0};
    dyad_petrxml *x = NULL;
    if (dyad_petrxml_parse("fuzz", (const char *)data, size, &diag, &x) == DYAD_OK)
        dyad_petrxml_free(x);
    return 0;
}

/* fuzz_date.c — dyad_event_date and dyad_date_is_historical on arbitrary tagged
 * sentences and article dates (resolve_input.h); checks the output's shape. */
#include "resolve_input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static fz_input in;
    if (!fz_decode(data, size, &in))
        return 0;
    char out[11];
    dyad_date_basis basis;
    if (dyad_event_date(&in.s, &in.ev, in.article_date, out, &basis) != DYAD_OK)
        __builtin_trap();
    size_t n = strnlen(out, sizeof out);
    if (n != 0 && n != 4 && n != 7 && n != 10)
        __builtin_trap(); /* YYYY, YYYY-MM or YYYY-MM-DD */
    if (n == 0 && basis != DYAD_DATE_ARTICLE)
        __builtin_trap();
    (void)dyad_date_is_historical(out, in.article_date, data[0]);
    return 0;
}

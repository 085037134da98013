/* fuzz_modality.c — dyad_modality_of and dyad_stated_intent on arbitrary tagged
 * sentences (resolve_input.h). */
#include <string.h>
#include "resolve_input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static fz_input in;
    if (!fz_decode(data, size, &in))
        return 0;
    dyad_modality m = dyad_modality_of(&in.s, &in.ev);
    if (m < DYAD_MOD_ASSERTED || m > DYAD_MOD_NEGATED)
        __builtin_trap();
    /* a promise is a threat only when hypothetical, and the threat is a 13x code */
    char out[8];
    if (dyad_stated_intent(&in.s, &in.ev, "190", out) &&
        (m != DYAD_MOD_HYPOTHETICAL || strncmp(out, "13", 2)))
        __builtin_trap();
    return 0;
}

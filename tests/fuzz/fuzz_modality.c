/* fuzz_modality.c — dyad_modality_of on arbitrary tagged sentences (resolve_input.h). */
#include "resolve_input.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static fz_input in;
    if (!fz_decode(data, size, &in))
        return 0;
    dyad_modality m = dyad_modality_of(&in.s, &in.ev);
    if (m < DYAD_MOD_ASSERTED || m > DYAD_MOD_NEGATED)
        __builtin_trap();
    return 0;
}

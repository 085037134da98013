/* fuzz_cameo.c — libFuzzer target for the CAMEO table reader and look-up: any bytes
 * must load or be rejected with diagnostics, never crash, leak or hang. */
#include <stdint.h>
#include <string.h>
#include "dyad_cameo.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dyad_diag d = {NULL, NULL, 0, 0};
    dyad_cameo *t = NULL;
    if (dyad_cameo_read("fuzz", (const char *)data, size, &t, &d) == DYAD_OK) {
        static const char *const codes[] = {"010", "0874", "1834", "19", "155", "204"};
        for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++) {
            double g;
            int q;
            const char *name;
            if (dyad_cameo_lookup(t, codes[i], &g, &q, &name) == DYAD_OK && name)
                (void)strlen(name);
        }
        for (size_t i = 0; i < dyad_cameo_count(t); i++)
            (void)dyad_cameo_entry(t, i, NULL, NULL, NULL);
    }
    dyad_cameo_free(t);
    /* the input as a code to look up */
    char code[8];
    size_t n = size < sizeof code - 1 ? size : sizeof code - 1;
    memcpy(code, data, n);
    code[n] = 0;
    (void)dyad_cameo_lookup(dyad_cameo_builtin(), code, NULL, NULL, NULL);
    return 0;
}

/*
 * fuzz_split.c — sentence splitter and tokeniser on arbitrary bytes: sentences in
 * order inside the text, tokens in order inside their sentence, no token empty except
 * PTB's added period, no token containing a space.
 */
#include <stdint.h>
#include <string.h>
#include "dyad_text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dyad_splitter *sp = dyad_splitter_new();
    if (!sp)
        return 0;
    const char *text = (const char *)data;
    dyad_split_result r;
    if (dyad_split(sp, text, size, &r) != DYAD_OK)
        __builtin_trap();
    uint32_t send = 0, ntok = 0;
    for (size_t s = 0; s < r.nsent; s++) {
        const dyad_sentence *se = &r.sent[s];
        if (se->off < send || se->len == 0 || (size_t)se->off + se->len > size ||
            se->tok != ntok)
            __builtin_trap();
        send = se->off + se->len;
        uint32_t tend = se->off;
        for (uint32_t t = se->tok; t < se->tok + se->ntok; t++) {
            const dyad_token *tk = &r.tok[t];
            if (tk->off < tend || tk->off + tk->len > send || (tk->len == 0 && !tk->norm) ||
                memchr(text + tk->off, ' ', tk->len))
                __builtin_trap();
            tend = tk->off + tk->len;
        }
        ntok += se->ntok;
    }
    if (ntok != r.ntok)
        __builtin_trap();
    dyad_splitter_free(sp);
    return 0;
}

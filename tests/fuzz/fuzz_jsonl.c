/*
 * fuzz_jsonl.c — the streaming reader on arbitrary bytes read as JSON lines (gzip when
 * the bytes start with its magic, which exercises member and truncation handling):
 * every article it returns must have a non-NULL id, a date that is "" or YYYY-MM-DD,
 * and text whose length is text_len.
 */
#include <stdint.h>
#include <string.h>
#include "dyad_text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dyad_diag d = {0};
    dyad_input_format f = size && data[0] == 0x1f ? DYAD_INPUT_AUTO : DYAD_INPUT_JSONL;
    dyad_reader *r = dyad_reader_new_mem("fuzz.jsonl", data, size, f, &d);
    if (!r)
        return 0;
    dyad_article a;
    int k, n = 0;
    while ((k = dyad_reader_next(r, &a)) > 0) {
        if (!a.id || !a.title || !a.url || !a.source || !a.text || !a.date ||
            strlen(a.text) != a.text_len)
            __builtin_trap();
        size_t dl = strlen(a.date);
        if (dl != 0 && (dl != 10 || a.date[4] != '-' || a.date[7] != '-'))
            __builtin_trap();
        if (++n > 1000000)
            __builtin_trap(); /* no endless stream */
    }
    if (k < 0 && dyad_reader_status(r) == DYAD_OK)
        __builtin_trap();
    dyad_reader_free(r);
    return 0;
}

/*
 * fuzz_html.c — HTML main-text extraction (and the gzip and text paths, by sniffing)
 * on arbitrary bytes, then cleaning of what was extracted: one article at most, with
 * well-formed fields; the cleaned text never has more than one blank line in a row.
 */
#include <stdint.h>
#include <string.h>
#include "dyad_text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dyad_diag d = {0};
    dyad_input_format f = size && (data[0] == 0x1f || data[0] == ' ') ? DYAD_INPUT_AUTO
                                                                      : DYAD_INPUT_HTML;
    dyad_reader *r = dyad_reader_new_mem("fuzz.html", data, size, f, &d);
    dyad_cleaner *c = dyad_cleaner_new(NULL);
    if (!r || !c)
        goto done;
    dyad_article a;
    int n = 0;
    while (dyad_reader_next(r, &a) > 0) {
        if (!a.id || !a.title || !a.url || !a.source || !a.text || !a.date ||
            strlen(a.text) != a.text_len)
            __builtin_trap();
        if (++n > 1 && dyad_reader_format(r) != DYAD_INPUT_JSONL)
            __builtin_trap();
        dyad_cleaned cl;
        if (dyad_clean(c, &a, &cl) != DYAD_OK)
            continue;
        if (strstr(cl.text, "\n\n\n") || strlen(cl.text) != cl.len)
            __builtin_trap();
    }
done:
    dyad_cleaner_free(c);
    dyad_reader_free(r);
    return 0;
}

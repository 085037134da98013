/*
 * fuzz_prefilter.c — the pipeline's word filter against parsing every sentence: an
 * article of arbitrary bytes is coded with the default dictionaries and model twice,
 * with the filter and with dyad_engine_opts.parse_all, and the events written must be
 * the same bytes (src/pipeline/prefilter.c states why they are).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dyad_export.h"
#include "dyad_pipeline.h"

static dyad_worker *S_worker(int parse_all)
{
    dyad_engine_opts o = {0};
    o.parse_all = parse_all;
    dyad_engine *e = NULL;
    if (dyad_engine_load(&o, &e, NULL) != DYAD_OK)
        abort(); /* the default data must load */
    return dyad_worker_new(e); /* the engines live as long as the process */
}

/* The events of text coded by w, as JSON lines; the caller frees. */
static char *S_code(dyad_worker *w, const char *text, size_t len)
{
    dyad_article a = {"fuzz", "2024-03-05", "", text, len, "", "", "fuzz", 0};
    dyad_coded_article c;
    char *out = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&out, &n);
    if (!f)
        return NULL;
    fprintf(f, "%d\n", (int)dyad_worker_code(w, &a, &c, NULL));
    for (size_t i = 0; i < c.nevents; i++)
        dyad_event_write(f, DYAD_FMT_JSONL, &c.events[i]);
    fclose(f);
    return out;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static dyad_worker *filtered, *all;
    if (!filtered) {
        filtered = S_worker(0);
        all = S_worker(1);
        if (!filtered || !all)
            abort();
    }
    char *text = malloc(size + 1);
    if (!text)
        return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    size_t len = strlen(text); /* the reader's texts are NUL-terminated strings */
    char *x = S_code(filtered, text, len), *y = S_code(all, text, len);
    if (x && y && strcmp(x, y))
        __builtin_trap();
    free(x);
    free(y);
    free(text);
    return 0;
}

/* fuzz_precoded_jsonl.c — libFuzzer target for the pre-coded article reader
 * (dyad_precoded_parse) and the store's validation and ingest of what it accepts:
 * every line of the input is parsed and stored in an in-memory store. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "dyad_store.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    dyad_store *s;
    if (dyad_store_open(":memory:", &s, NULL) != DYAD_OK)
        abort();
    dyad_precoded *p = dyad_precoded_new();
    if (!p)
        abort();
    const char *text = (const char *)data, *end = text + size;
    long lineno = 0;
    while (text < end) {
        const char *nl = memchr(text, '\n', (size_t)(end - text));
        size_t len = nl ? (size_t)(nl - text) : (size_t)(end - text);
        dyad_article a;
        lineno++;
        if (dyad_precoded_parse(p, text, len, "fuzz", lineno, &a, NULL) == DYAD_OK) {
            dyad_add_status what;
            dyad_status st = dyad_store_ingest(s, &a, dyad_precoded_code, p, &what, NULL);
            if (st != DYAD_OK && st != DYAD_EINVAL)
                abort();
        }
        text += len + 1;
    }
    dyad_precoded_free(p);
    dyad_store_free(s);
    return 0;
}

/* fuzz_precoded_jsonl.c — libFuzzer target for the pre-coded article reader
 * (dyad_precoded_parse) and the store's validation and ingest of what it accepts:
 * every line of the input is parsed and stored in an in-memory store. What the reader
 * accepts is also written back (dyad_precoded_write) and read again: that must give
 * the same line, unless writing had to replace bytes that are not UTF-8. */
#define _GNU_SOURCE /* memmem */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dyad_store.h"

static char *S_written(dyad_precoded *p, const dyad_article *a, size_t *n)
{
    dyad_coded_article c;
    char *out = NULL;
    FILE *f = open_memstream(&out, n);
    if (!f || dyad_precoded_code(p, a, &c) != DYAD_OK || dyad_precoded_write(f, a, &c))
        abort();
    fclose(f);
    return out;
}

/* write(parse(line)) read again and written again is the same line */
static void S_round_trip(dyad_precoded *p, const dyad_article *a)
{
    size_t n1, n2;
    char *once = S_written(p, a, &n1);
    dyad_precoded *q = dyad_precoded_new();
    dyad_article b;
    if (!q)
        abort();
    if (dyad_precoded_parse(q, once, n1, "again", 1, &b, NULL) == DYAD_OK) {
        char *twice = S_written(q, &b, &n2);
        if (n1 != n2 || memcmp(once, twice, n1))
            abort();
        free(twice);
    } else if (!memmem(once, n1, "\xEF\xBF\xBD", 3)) {
        abort();
    }
    dyad_precoded_free(q);
    free(once);
}

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
            S_round_trip(p, &a);
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

/*
 * store.c — ingest throughput of the event store: articles of a JSON-lines corpus
 * (Reuters-21578) with fabricated coded mentions are stored in a fresh database in
 * batches, as `dyad ingest` does (near-duplicate search, event merging, full-text
 * index and all), then stored again (every article a duplicate), then queried.
 *
 * Mentions: the text is cut into sentences after a full stop and space or line break; each sentence up to
 * MENTIONS_PER_ARTICLE gets one mention with actors and a code drawn from small lists
 * by a fixed-seed generator, dated the article's day or the day before, so that merges
 * happen at a realistic rate. Reading and fabricating are timed apart. Figures are
 * CPU time of the process (other load on the machine does not count) and wall time
 * (which includes waiting for the disk).
 * Usage: store CORPUS.jsonl DB [MENTIONS_PER_ARTICLE] [BATCH]
 */
#include <cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "dyad_store.h"
#include "util/util.h"

static double S_cpu(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static double S_wall(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

typedef struct S_doc {
    dyad_article a;
    char *text;
    dyad_span *sents;
    size_t nsent;
    dyad_event *ev;
    size_t nev;
} S_doc;

static uint64_t S_rng = 0x9E3779B97F4A7C15ULL;

static uint32_t S_rand(void)
{
    return dyad_xorshift(&S_rng);
}

static char *S_dup(const cJSON *j, const char *key)
{
    const cJSON *v = cJSON_GetObjectItem(j, key);
    return strdup(cJSON_IsString(v) ? v->valuestring : "");
}

/* Sentences at ". " boundaries; mentions on the first max of them. */
static int S_fabricate(S_doc *d, int max)
{
    static const char *const actors[] = {"USA", "USAGOV", "JPN", "JPNGOV", "GBR", "DEU",
                                         "FRA", "BRA", "CHN", "SAU", "IGOEEC", "USABUS"};
    static const char *const codes[] = {"010", "012", "036", "040", "042", "043", "051",
                                        "057", "061", "111", "112", "130", "163", "172"};
    size_t n = strlen(d->text), cap = 8;
    d->sents = malloc(cap * sizeof *d->sents);
    if (!d->sents)
        return -1;
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i < n && !(d->text[i] == '.' && (i + 1 == n || d->text[i + 1] == ' ' ||
                                                 d->text[i + 1] == '\n')))
            continue;
        size_t end = i < n ? i + 1 : n;
        while (start < end && (d->text[start] == ' ' || d->text[start] == '\n'))
            start++;
        if (end > start + 1) {
            if (d->nsent == cap) {
                dyad_span *p = realloc(d->sents, (cap *= 2) * sizeof *p);
                if (!p)
                    return -1;
                d->sents = p;
            }
            d->sents[d->nsent++] = (dyad_span){(uint32_t)start, (uint32_t)(end - start)};
        }
        start = end;
    }
    size_t nev = d->nsent < (size_t)max ? d->nsent : (size_t)max;
    d->ev = calloc(nev ? nev : 1, sizeof *d->ev);
    if (!d->ev)
        return -1;
    for (size_t i = 0; i < nev; i++) {
        dyad_event *e = &d->ev[d->nev++];
        const char *code = codes[S_rand() % 14];
        e->sent = (int)i;
        snprintf(e->source, sizeof e->source, "%s", actors[S_rand() % 12]);
        snprintf(e->target, sizeof e->target, "%s", actors[S_rand() % 12]);
        snprintf(e->code, sizeof e->code, "%s", code);
        int root = atoi(code) / 10;
        e->quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 16 ? 3 : 4;
        e->goldstein = (double)(5 - root) / 2;
        snprintf(e->date, sizeof e->date, "%s", d->a.date);
        e->date_basis = S_rand() % 2 ? DYAD_DATE_ARTICLE : DYAD_DATE_RELATIVE;
        uint32_t len = d->sents[i].len;
        e->source_span = (dyad_span){0, len < 5 ? len : 5};
        e->verb_span = (dyad_span){len / 2, len - len / 2 < 4 ? len - len / 2 : 4};
    }
    return 0;
}

static int S_count(void *user, const dyad_record *r)
{
    (void)r;
    (*(long *)user)++;
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: %s CORPUS.jsonl DB [MENTIONS_PER_ARTICLE] [BATCH]\n", argv[0]);
        return 2;
    }
    int per = argc > 3 ? atoi(argv[3]) : 8, batch = argc > 4 ? atoi(argv[4]) : 256;
    FILE *f = fopen(argv[1], "r");
    if (!f) {
        fprintf(stderr, "store: cannot open %s\n", argv[1]);
        return 1;
    }
    size_t ndoc = 0, cap = 1024, nment = 0;
    S_doc *docs = calloc(cap, sizeof *docs);
    char *line = NULL;
    size_t lcap = 0;
    double t0 = S_cpu();
    while (docs && getline(&line, &lcap, f) > 0) {
        cJSON *j = cJSON_Parse(line);
        if (!j)
            continue;
        if (ndoc == cap) {
            S_doc *p = realloc(docs, (cap *= 2) * sizeof *p);
            if (!p)
                break;
            docs = p;
        }
        S_doc *d = &docs[ndoc];
        memset(d, 0, sizeof *d);
        d->a.id = S_dup(j, "id");
        d->a.date = S_dup(j, "date");
        d->a.title = S_dup(j, "title");
        d->a.url = "";
        d->a.source = "reuters";
        d->text = S_dup(j, "text");
        d->a.text = d->text;
        d->a.text_len = strlen(d->text);
        cJSON_Delete(j);
        if (S_fabricate(d, per))
            break;
        nment += d->nev;
        ndoc++;
    }
    free(line);
    fclose(f);
    double t_read = S_cpu() - t0;

    unlink(argv[2]);
    dyad_store *s;
    dyad_diag diag = {0};
    if (dyad_store_open(argv[2], &s, &diag) != DYAD_OK) {
        fprintf(stderr, "store: cannot open database %s\n", argv[2]);
        return 1;
    }
    double passes[2][2];
    long added = 0;
    for (int pass = 0; pass < 2; pass++) {
        double c0 = S_cpu(), w0 = S_wall();
        for (size_t i = 0; i < ndoc; i++) {
            if (i % (size_t)batch == 0 && dyad_store_begin(s) != DYAD_OK)
                return 1;
            dyad_add_status what;
            S_doc *d = &docs[i];
            if (dyad_store_add_article(s, &d->a, NULL, 0, d->sents, d->nsent, d->ev, d->nev,
                                       &what, &diag) != DYAD_OK)
                return 1;
            added += pass == 0 && what == DYAD_ADD_ADDED;
            if ((i + 1) % (size_t)batch == 0 || i + 1 == ndoc)
                if (dyad_store_commit(s) != DYAD_OK)
                    return 1;
        }
        passes[pass][0] = S_cpu() - c0;
        passes[pass][1] = S_wall() - w0;
    }
    dyad_store_counts c;
    dyad_store_counts_get(s, &c);
    dyad_query q;
    dyad_query_init(&q);
    long rows = 0;
    double c0 = S_cpu();
    dyad_store_query(s, &q, S_count, &rows, &diag);
    double t_query = S_cpu() - c0;
    dyad_store_free(s);

    printf("store: %zu articles, %zu mentions read and fabricated in %.2fs CPU\n", ndoc, nment,
           t_read);
    printf("store: ingest   %.0f articles/s, %.0f mentions/s CPU (%.2fs); wall %.0f articles/s, "
           "%.0f mentions/s (%.2fs); batch %d\n",
           ndoc / passes[0][0], nment / passes[0][0], passes[0][0], ndoc / passes[0][1],
           nment / passes[0][1], passes[0][1], batch);
    printf("store: re-ingest (all duplicates) %.0f articles/s CPU\n", ndoc / passes[1][0]);
    printf("store: stored %ld articles (%ld exact copies, %ld near-duplicates), %ld mentions "
           "merged into %ld events\n",
           c.articles, c.aliases, c.near_dups, c.mentions, c.events);
    printf("store: query of all %ld events %.2fs CPU\n", rows, t_query);
    for (size_t i = 0; i < ndoc; i++) {
        free((char *)docs[i].a.id);
        free((char *)docs[i].a.date);
        free((char *)docs[i].a.title);
        free(docs[i].text);
        free(docs[i].sents);
        free(docs[i].ev);
    }
    free(docs);
    return added > 0 ? 0 : 1;
}

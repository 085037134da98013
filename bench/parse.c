/*
 * parse.c — throughput of tagging + parsing on one core: loads a model (timing the
 * load), reads sentences from a CoNLL-U file or a tokenised text file (one sentence per
 * line, tokens separated by spaces), then tags and parses them all REPEAT times.
 *
 *   bench/parse MODEL FILE [REPEAT]
 *
 * Prints sentences/s and words/s measured on the file (CPU time of the process), and the
 * sentences/s that words/s means for 25-word news sentences (linear in length).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "dyad_parse.h"
#include "util/util.h"

static double S_clock(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Rates use CPU time of this process: on a shared machine, waiting for the core is
 * not the parser's cost. Wall time is printed beside it. */
static double S_now(void)
{
    return S_clock(CLOCK_PROCESS_CPUTIME_ID);
}

static void S_diag(void *user, dyad_severity sev, const char *file, long line,
                   const char *msg)
{
    (void)user;
    (void)sev;
    fprintf(stderr, "bench/parse: %s:%ld: %s\n", file ? file : "-", line, msg);
}

/* Token i of the flat list: (word, len). 0, or -1 on ENOMEM. */
static int S_push(const char ***w, size_t *cap, size_t **lens, size_t *lcap, size_t i,
                  const char *word, size_t len)
{
    if (dyad_vec_grow((void **)w, cap, i, sizeof **w) ||
        dyad_vec_grow((void **)lens, lcap, i, sizeof **lens))
        return -1;
    (*w)[i] = word;
    (*lens)[i] = len;
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: bench/parse MODEL FILE [REPEAT]\n");
        return 2;
    }
    int repeat = argc > 3 ? atoi(argv[3]) : 3;
    if (repeat < 1)
        repeat = 1;
    dyad_diag d = {S_diag, NULL, 0, 0};
    double t0 = S_now();
    dyad_model *m;
    if (dyad_model_load(argv[1], &m, &d) != DYAD_OK)
        return 1;
    double load_ms = (S_now() - t0) * 1e3;
    char *text;
    size_t len;
    if (dyad_read_file(argv[2], &text, &len) != DYAD_OK) {
        fprintf(stderr, "bench/parse: cannot read %s\n", argv[2]);
        return 1;
    }
    /* sentences as (pointer, length) arrays over one flat token list */
    size_t cap = 0, lcap = 0, ntok = 0, nsent = 0, scap = 0;
    const char **w = NULL;
    size_t *lens = NULL, *start = NULL;
    dyad_conllu *c = NULL;
    int conllu = len && (text[0] == '#' || memchr(text, '\t', len < 4096 ? len : 4096));
    if (conllu) {
        if (dyad_conllu_parse(text, len, argv[2], &c, &d) != DYAD_OK)
            return 1;
    }
    size_t pos = 0, k = 0;
    for (;;) {
        size_t first = ntok;
        if (conllu) {
            if (k >= c->nsent)
                break;
            for (int i = 0; i < c->sent[k].n; i++)
                if (S_push(&w, &cap, &lens, &lcap, ntok++, c->sent[k].form[i],
                           strlen(c->sent[k].form[i])))
                    return 1;
            k++;
        } else {
            if (pos >= len)
                break;
            char *nl = memchr(text + pos, '\n', len - pos);
            size_t end = nl ? (size_t)(nl - text) : len;
            for (size_t i = pos; i < end;) {
                while (i < end && text[i] == ' ')
                    i++;
                size_t s = i;
                while (i < end && text[i] != ' ')
                    i++;
                if (i > s && S_push(&w, &cap, &lens, &lcap, ntok++, text + s, i - s))
                    return 1;
            }
            pos = end + 1;
        }
        if (ntok == first || ntok - first > DYAD_PARSE_MAX_TOKENS) {
            ntok = first;
            continue;
        }
        if (dyad_vec_reserve((void **)&start, &scap, nsent + 2, sizeof *start))
            return 1;
        start[nsent++] = first;
    }
    if (!start)
        return 1;
    start[nsent] = ntok;
    dyad_parser *p = dyad_parser_new(m);
    if (!p || nsent == 0)
        return 1;
    double t1 = S_now(), w1 = S_clock(CLOCK_MONOTONIC);
    long heads = 0;
    for (int r = 0; r < repeat; r++)
        for (size_t s = 0; s < nsent; s++) {
            dyad_parse_result res;
            if (dyad_parse_sentence(p, w + start[s], lens + start[s],
                                    (int)(start[s + 1] - start[s]), 1, &res) != DYAD_OK)
                return 1;
            heads += res.head[0];
        }
    double secs = S_now() - t1, wall = S_clock(CLOCK_MONOTONIC) - w1;
    double sps = (double)nsent * repeat / secs, wps = (double)ntok * repeat / secs;
    printf("parse: model load %.1f ms; %zu sentences, %zu words (%.1f words/sentence) x %d\n",
           load_ms, nsent, ntok, (double)ntok / (double)nsent, repeat);
    printf("parse: %.0f sentences/s, %.0f words/s on one core (CPU time; wall %.0f "
           "sentences/s); = %.0f sentences/s at 25 words/sentence (checksum %ld)\n", sps, wps,
           (double)nsent * repeat / wall, wps / 25.0, heads);
    dyad_parser_free(p);
    dyad_model_free(m);
    dyad_conllu_free(c);
    free(w);
    free(lens);
    free(start);
    free(text);
    return 0;
}

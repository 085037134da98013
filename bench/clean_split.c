/*
 * clean_split.c — throughput of the text stages on one core: every article of a JSON
 * lines corpus is read into memory first (reading is timed apart), then cleaned, split
 * into sentences and tokenised; MB/s counts the article text bytes as read.
 * Times are CPU time of the process (one thread), so other load on the machine does
 * not count against it. Usage: clean_split CORPUS.jsonl [ROUNDS]
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "dyad_text.h"

static double S_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s CORPUS.jsonl [ROUNDS]\n", argv[0]);
        return 2;
    }
    int rounds = argc > 2 ? atoi(argv[2]) : 3;
    dyad_diag diag = {0};
    double t0 = S_now();
    dyad_reader *r = dyad_reader_new(argv[1], DYAD_INPUT_AUTO, &diag);
    if (!r) {
        fprintf(stderr, "%s: cannot open\n", argv[1]);
        return 1;
    }
    size_t n = 0, cap = 0, bytes = 0;
    dyad_article *arts = NULL;
    dyad_article a;
    while (dyad_reader_next(r, &a) > 0) {
        if (n == cap) {
            cap = cap ? cap * 2 : 1024;
            arts = realloc(arts, cap * sizeof *arts);
            if (!arts)
                return 1;
        }
        arts[n] = a;
        arts[n].text = strdup(a.text);
        arts[n].title = strdup(a.title);
        arts[n].date = strdup(a.date);
        if (!arts[n].text || !arts[n].title || !arts[n].date)
            return 1;
        bytes += a.text_len;
        n++;
    }
    double t_read = S_now() - t0;
    dyad_reader_free(r);
    dyad_cleaner *cl = dyad_cleaner_new(NULL);
    dyad_splitter *sp = dyad_splitter_new();
    double best_clean = 1e9, best_all = 1e9;
    size_t nsent = 0, ntok = 0;
    for (int k = 0; k < rounds; k++) {
        double tc = 0, t1 = S_now();
        nsent = ntok = 0;
        for (size_t i = 0; i < n; i++) {
            dyad_cleaned c;
            dyad_split_result sr;
            double tb = S_now();
            if (dyad_clean(cl, &arts[i], &c) != DYAD_OK)
                return 1;
            tc += S_now() - tb;
            if (dyad_split(sp, c.text, c.len, &sr) != DYAD_OK)
                return 1;
            nsent += sr.nsent;
            ntok += sr.ntok;
        }
        double t = S_now() - t1;
        if (t < best_all)
            best_all = t;
        if (tc < best_clean)
            best_clean = tc;
    }
    double mb = bytes / 1e6;
    printf("corpus: %zu articles, %.1f MB of text, %zu sentences, %zu tokens\n", n, mb,
           nsent, ntok);
    printf("read (JSON lines):          %7.1f MB/s\n", mb / t_read);
    printf("clean:                      %7.1f MB/s\n", mb / best_clean);
    printf("split + tokenise (cleaned): %7.1f MB/s\n", mb / (best_all - best_clean));
    printf("clean + split + tokenise:   %7.1f MB/s  (best of %d, one core)\n", mb / best_all,
           rounds);
    for (size_t i = 0; i < n; i++) {
        free((char *)arts[i].text);
        free((char *)arts[i].title);
        free((char *)arts[i].date);
    }
    free(arts);
    dyad_cleaner_free(cl);
    dyad_splitter_free(sp);
    return 0;
}

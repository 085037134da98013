/*
 * clean_split.c — throughput of the text stages on one core: every article of a JSON
 * lines corpus is read into memory first (reading is timed apart), then cleaned, split
 * into sentences and tokenised; MB/s counts the article text bytes as read.
 * Times are CPU time of the process (one thread), so other load on the machine does
 * not count against it. Usage: clean_split CORPUS.jsonl [ROUNDS]
 *
 * Given a CoNLL-U file instead (UD English EWT), it measures sentence boundaries: the
 * "# text" lines of each paragraph ("# newpar"/"# newdoc") are joined by spaces, split,
 * and boundaries inside paragraphs are compared with the treebank's (precision/recall).
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

/* ---- sentence boundaries against a CoNLL-U treebank ---- */

typedef struct S_eval {
    dyad_splitter *sp;
    char *para;
    size_t len, cap;
    size_t *gold; /* end offsets of the gold sentences of the paragraph */
    size_t ngold, capgold;
    long tp, fp, fn, paras;
} S_eval;

static int S_has_end(const size_t *v, size_t n, size_t x)
{
    for (size_t i = 0; i < n; i++)
        if (v[i] == x)
            return 1;
    return 0;
}

static void S_eval_flush(S_eval *e)
{
    dyad_split_result r;
    if (!e->len || dyad_split(e->sp, e->para, e->len, &r) != DYAD_OK) {
        e->len = e->ngold = 0;
        return;
    }
    size_t sys[4096], nsys = 0; /* inner boundaries only: the paragraph end is given */
    for (size_t s = 0; s + 1 < r.nsent && nsys < 4096; s++)
        sys[nsys++] = r.sent[s].off + r.sent[s].len;
    for (size_t i = 0; i < nsys; i++)
        S_has_end(e->gold, e->ngold ? e->ngold - 1 : 0, sys[i]) ? e->tp++ : e->fp++;
    for (size_t g = 0; g + 1 < e->ngold; g++)
        if (!S_has_end(sys, nsys, e->gold[g]))
            e->fn++;
    e->paras++;
    e->len = e->ngold = 0;
}

static int S_eval_conllu(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "%s: cannot open\n", path);
        return 1;
    }
    S_eval e = {0};
    e.sp = dyad_splitter_new();
    char line[65536];
    while (e.sp && fgets(line, sizeof line, f)) {
        if (!strncmp(line, "# newpar", 8) || !strncmp(line, "# newdoc", 8))
            S_eval_flush(&e);
        if (strncmp(line, "# text = ", 9))
            continue;
        size_t n = strcspn(line + 9, "\r\n");
        if (e.len + n + 2 > e.cap) {
            e.cap = (e.len + n + 2) * 2;
            e.para = realloc(e.para, e.cap);
        }
        if (e.ngold == e.capgold) {
            e.capgold = e.capgold ? e.capgold * 2 : 64;
            e.gold = realloc(e.gold, e.capgold * sizeof *e.gold);
        }
        if (!e.para || !e.gold)
            return 1;
        if (e.len)
            e.para[e.len++] = ' ';
        memcpy(e.para + e.len, line + 9, n);
        e.len += n;
        e.gold[e.ngold++] = e.len;
    }
    S_eval_flush(&e);
    fclose(f);
    printf("%s: %ld paragraphs, sentence boundaries precision %.3f recall %.3f "
           "(%ld right, %ld wrong, %ld missed)\n",
           path, e.paras, e.tp / (double)(e.tp + e.fp ? e.tp + e.fp : 1),
           e.tp / (double)(e.tp + e.fn ? e.tp + e.fn : 1), e.tp, e.fp, e.fn);
    dyad_splitter_free(e.sp);
    free(e.para);
    free(e.gold);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s CORPUS.jsonl [ROUNDS]\n", argv[0]);
        return 2;
    }
    size_t al = strlen(argv[1]);
    if (al > 7 && !strcmp(argv[1] + al - 7, ".conllu"))
        return S_eval_conllu(argv[1]);
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

/*
 * cmd_ingest.c — `dyad ingest --db FILE ARTICLES...`: store articles, their sentences
 * and coded mentions in the event store, merging events as they come.
 *
 * Input for now: pre-coded articles as JSON lines (dyad_store.h, dyad_precoded_*),
 * coded through the dyad_code_fn callback so that the live pipeline can take its place
 * without changing anything else here. Articles are committed in batches; a run that is
 * killed loses at most the open batch, and running the same command again completes
 * the store to what an uninterrupted run gives.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "cli.h"
#include "dyad_store.h"

static void S_help(FILE *f)
{
    fprintf(f,
            "usage: dyad ingest --db FILE [--batch N] [--quiet] ARTICLES.jsonl...\n"
            "\n"
            "Store pre-coded articles (JSON lines: {\"id\",\"date\",\"title\",\"url\",\"source\",\n"
            "\"text\",\"events\":[event records as `dyad code` writes them]}) in the event\n"
            "store FILE (created when absent). '-' reads standard input. Articles already\n"
            "stored (same id or same text) are skipped, so an interrupted run can simply be\n"
            "run again.\n"
            "\n"
            "  --db FILE    the SQLite event store\n"
            "  --batch N    articles per transaction (default 256)\n"
            "  --quiet      no summary line\n"
            "\n"
            "On a terminal, progress (articles/s) is shown on standard error.\n");
}

typedef struct S_run {
    dyad_store *store;
    dyad_precoded *pre;
    dyad_diag diag;
    long batch, in_batch;
    long total, added, dup_id, dup_content, bad, mentions;
    int progress;
    double start, last_shown;
} S_run;

static double S_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void S_progress(S_run *r, int final)
{
    double now = S_now();
    if (!r->progress || (!final && now - r->last_shown < 0.5))
        return;
    r->last_shown = now;
    double dt = now - r->start > 1e-9 ? now - r->start : 1e-9;
    fprintf(stderr, "\r%ld articles, %ld added, %.0f articles/s, %.0f mentions/s   %s",
            r->total, r->added, r->total / dt, r->mentions / dt, final ? "\n" : "");
    fflush(stderr);
}

/* One input line: parse, code (pre-coded), store. Returns -1 on a store failure. */
static int S_line(S_run *r, const char *line, size_t len, const char *file, long lineno)
{
    dyad_article a;
    r->total++;
    if (dyad_precoded_parse(r->pre, line, len, file, lineno, &a, &r->diag) != DYAD_OK) {
        r->bad++;
        return 0;
    }
    if (r->in_batch == 0 && dyad_store_begin(r->store) != DYAD_OK)
        return -1;
    dyad_add_status what;
    dyad_status st = dyad_store_ingest(r->store, &a, dyad_precoded_code, r->pre, &what, &r->diag);
    if (st == DYAD_EIO || st == DYAD_ENOMEM) {
        return -1; /* the store failed: stop, keeping what was committed */
    } else if (st != DYAD_OK) {
        r->bad++;  /* this article was refused (diagnosed): go on with the next */
    } else if (what == DYAD_ADD_ADDED) {
        dyad_coded_article c;
        dyad_precoded_code(r->pre, &a, &c);
        r->added++;
        r->mentions += (long)c.nevents;
    } else if (what == DYAD_ADD_DUPLICATE_ID) {
        r->dup_id++;
    } else {
        r->dup_content++;
    }
    if (++r->in_batch >= r->batch) {
        r->in_batch = 0;
        if (dyad_store_commit(r->store) != DYAD_OK)
            return -1;
    }
    S_progress(r, 0);
    return 0;
}

static int S_file(S_run *r, const char *path)
{
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!f) {
        fprintf(stderr, "dyad: %s: cannot open\n", path);
        return -1;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long lineno = 0;
    int rc = 0;
    while (rc == 0 && (n = getline(&line, &cap, f)) >= 0) {
        lineno++;
        size_t len = (size_t)n;
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            len--;
        if (strspn(line, " \t") == len)
            continue;
        rc = S_line(r, line, len, path, lineno);
    }
    if (ferror(f)) {
        fprintf(stderr, "dyad: %s: read error\n", path);
        rc = -1;
    }
    free(line);
    if (f != stdin)
        fclose(f);
    return rc;
}

int cmd_ingest(int argc, char **argv)
{
    const char *db = NULL;
    int quiet = 0, i;
    S_run r;
    memset(&r, 0, sizeof r);
    r.batch = 256;
    for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            S_help(stdout);
            return 0;
        } else if (!strcmp(argv[i], "--db") && i + 1 < argc) {
            db = argv[++i];
        } else if (!strcmp(argv[i], "--batch") && i + 1 < argc) {
            char *end;
            r.batch = strtol(argv[++i], &end, 10);
            if (*end || r.batch < 1) {
                fprintf(stderr, "dyad ingest: --batch needs a positive number\n");
                return 2;
            }
        } else if (!strcmp(argv[i], "--quiet")) {
            quiet = 1;
        } else if (!strcmp(argv[i], "--")) {
            i++;
            break;
        } else {
            fprintf(stderr, "dyad ingest: unknown option '%s'\n", argv[i]);
            S_help(stderr);
            return 2;
        }
    }
    if (!db || i >= argc) {
        S_help(stderr);
        return 2;
    }
    r.diag.fn = cli_print_diag;
    if (dyad_store_open(db, &r.store, &r.diag) != DYAD_OK)
        return 1;
    r.pre = dyad_precoded_new();
    if (!r.pre) {
        dyad_store_free(r.store);
        return 1;
    }
    r.progress = isatty(2);
    r.start = S_now();
    int rc = 0;
    for (; i < argc && rc == 0; i++)
        rc = S_file(&r, argv[i]);
    if (rc == 0 && r.in_batch && dyad_store_commit(r.store) != DYAD_OK)
        rc = -1;
    S_progress(&r, 1);
    if (rc)
        fprintf(stderr, "dyad ingest: stopped; what was committed stays, run again to finish\n");
    if (!quiet)
        fprintf(stderr,
                "dyad ingest: %ld articles: %ld added, %ld duplicate id, %ld duplicate "
                "content, %ld bad; %ld mentions\n",
                r.total, r.added, r.dup_id, r.dup_content, r.bad,
                r.mentions);
    dyad_precoded_free(r.pre);
    dyad_store_free(r.store);
    return rc || r.bad ? 1 : 0;
}

/*
 * cmd_ingest.c — `dyad ingest --db FILE ARTICLES...`: code articles and store them, with
 * their sentences and event mentions, in the event store, merging events as they come.
 *
 * Raw articles (every reader's format) run through the pipeline on -j threads; with
 * --precoded the input is articles that already carry their events (as `dyad code
 * --format articles` writes them, e.g. on the shards of a cluster job). Either way the
 * store sees the same calls in input order, so the result does not depend on -j or on
 * how the work was split. Articles are committed in batches; a run that is killed
 * loses at most the open batch, and running the same command again completes the
 * store to what an uninterrupted run gives (stored ids are skipped before coding).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "cli.h"

static void S_help(FILE *f)
{
    fprintf(f,
            "usage: dyad ingest --db FILE [OPTIONS] ARTICLES...\n"
            "\n"
            "Code articles and store them in the event store FILE (SQLite, created when\n"
            "absent): articles, sentences, event mentions and merged events. ARTICLES are\n"
            "plain text, JSON lines or HTML, any of them gzip-compressed; '-' reads\n"
            "standard input. Articles already stored (same id or same text) are skipped, so\n"
            "an interrupted run can simply be run again.\n"
            "\n"
            "  --db FILE          the SQLite event store\n"
            "  --precoded         input is JSON lines of articles with their events\n"
            "                     ({\"id\",\"date\",...,\"text\",\"events\":[...]}, as `dyad code\n"
            "                     --format articles` writes them): stored as they are\n"
            "  --input FMT        auto (default: sniffed), text, jsonl, html\n"
            "  --batch N          articles per transaction (default 256)\n"
            "  --quiet            no summary line\n"
            "%s"
            "On a terminal, progress (articles/s) is shown on standard error.\n",
            cli_engine_help);
}

typedef struct S_run {
    dyad_store *store;
    dyad_diag diag;
    long batch, in_batch;
    long total, added, dup_id, dup_content, bad, mentions, sentences;
    int progress, failed; /* failed: the store failed; stop */
    double start, last_shown;
    cli_inputs *in;       /* raw input */
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
    fprintf(stderr, "\r%ld articles, %ld added, %.0f articles/s, %.0f sentences/s   %s",
            r->total, r->added, r->total / dt, r->sentences / dt, final ? "\n" : "");
    fflush(stderr);
}

/* Store one coded article in the open batch (opening one when needed). */
static void S_store(S_run *r, const dyad_article *a, const dyad_coded_article *c)
{
    if (r->in_batch == 0 && dyad_store_begin(r->store) != DYAD_OK) {
        r->failed = 1;
        return;
    }
    dyad_add_status what;
    dyad_status st = dyad_store_add_article(r->store, a, c->clean_text, c->clean_len, c->sents,
                                            c->nsent, c->events, c->nevents, &what, &r->diag);
    if (st == DYAD_EIO || st == DYAD_ENOMEM) {
        r->failed = 1; /* the batch was rolled back: stop, keeping what was committed */
        return;
    } else if (st != DYAD_OK) {
        r->bad++;      /* this article was refused (diagnosed): go on with the next */
    } else if (what == DYAD_ADD_ADDED) {
        r->added++;
        r->mentions += (long)c->nevents;
    } else if (what == DYAD_ADD_DUPLICATE_ID) {
        r->dup_id++;
    } else {
        r->dup_content++;
    }
    r->sentences += (long)c->nsent;
    if (++r->in_batch >= r->batch) {
        r->in_batch = 0;
        if (dyad_store_commit(r->store) != DYAD_OK)
            r->failed = 1;
    }
    S_progress(r, 0);
}

/* 1 when the id is stored already (counted, not coded again); 0 when new. */
static int S_known(S_run *r, const char *id)
{
    int k = dyad_store_has_article(r->store, id);
    if (k < 0)
        r->failed = 1;
    if (k == 1) {
        r->total++;
        r->dup_id++;
    }
    return k != 0;
}

/* ---- raw articles through the pipeline ---- */

static int S_next_raw(void *user, dyad_article *out)
{
    S_run *r = user;
    while (!r->failed && cli_inputs_next(r->in, out))
        if (!S_known(r, out->id))
            return 1;
    return 0;
}

static int S_sink_raw(void *user, const dyad_article *a, const dyad_coded_article *c,
                      dyad_status st)
{
    S_run *r = user;
    r->total++;
    if (!c) {
        cli_not_coded(a, st);
        r->bad++;
        return 0;
    }
    S_store(r, a, c);
    return r->failed;
}

/* ---- pre-coded JSON lines ---- */

static void S_precoded_file(S_run *r, dyad_precoded *pre, const char *path)
{
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!f) {
        fprintf(stderr, "dyad: %s: cannot open\n", path);
        r->bad++;
        return;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long lineno = 0;
    while (!r->failed && (n = getline(&line, &cap, f)) >= 0) {
        lineno++;
        size_t len = (size_t)n;
        while (len && (line[len - 1] == '\n' || line[len - 1] == '\r'))
            len--;
        if (strspn(line, " \t") == len)
            continue;
        dyad_article a;
        if (dyad_precoded_parse(pre, line, len, path, lineno, &a, &r->diag) != DYAD_OK) {
            r->total++;
            r->bad++;
            continue;
        }
        if (S_known(r, a.id))
            continue;
        dyad_coded_article c;
        r->total++;
        dyad_precoded_code(pre, &a, &c);
        S_store(r, &a, &c);
    }
    if (ferror(f)) {
        fprintf(stderr, "dyad: %s: read error\n", path);
        r->bad++;
    }
    free(line);
    if (f != stdin)
        fclose(f);
}

int cmd_ingest(int argc, char **argv)
{
    const char *db = NULL;
    int quiet = 0, precoded = 0;
    cli_engine_args args = {0};
    cli_inputs in = {.paths = calloc((size_t)argc + 1, sizeof *in.paths)};
    S_run r;
    memset(&r, 0, sizeof r);
    r.batch = 256;
    int rc = 2;
    dyad_engine *e = NULL;
    if (!in.paths)
        return 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int k = cli_inputs_arg(&in, &args, "dyad ingest", argc, argv, &i);
        if (k < 0)
            goto out;
        if (k)
            continue;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            S_help(stdout);
            rc = 0;
            goto out;
        } else if (!strcmp(a, "--db") && i + 1 < argc) {
            db = argv[++i];
        } else if (!strcmp(a, "--batch") && i + 1 < argc) {
            char *end;
            r.batch = strtol(argv[++i], &end, 10);
            if (*end || r.batch < 1) {
                fprintf(stderr, "dyad ingest: --batch needs a positive number\n");
                goto out;
            }
        } else if (!strcmp(a, "--precoded")) {
            precoded = 1;
        } else if (!strcmp(a, "--quiet")) {
            quiet = 1;
        } else {
            fprintf(stderr, "dyad ingest: unknown option '%s'\n", a);
            S_help(stderr);
            goto out;
        }
    }
    if (!db || !in.n) {
        S_help(stderr);
        goto out;
    }
    rc = 1;
    r.diag.fn = cli_print_diag;
    if (!precoded && !(e = cli_engine_load(&args, &r.diag)))
        goto out;
    if (dyad_store_open(db, &r.store, &r.diag) != DYAD_OK)
        goto out;
    r.progress = isatty(2);
    r.start = S_now();
    if (precoded) {
        dyad_precoded *pre = dyad_precoded_new();
        if (!pre)
            goto out;
        for (int f = 0; f < in.n && !r.failed; f++)
            S_precoded_file(&r, pre, in.paths[f]);
        dyad_precoded_free(pre);
    } else {
        dyad_diag rdiag = {cli_print_diag, NULL, 0, 0}; /* its warnings are skipped records */
        in.diag = &rdiag;
        r.in = &in;
        if (dyad_code_stream(e, S_next_raw, &r, args.jobs, S_sink_raw, &r, &r.diag) != DYAD_OK)
            r.failed = 1;
        cli_inputs_close(&in);
        r.bad += rdiag.nwarn + in.failed;
    }
    if (!r.failed && r.in_batch && dyad_store_commit(r.store) != DYAD_OK)
        r.failed = 1;
    S_progress(&r, 1);
    if (r.failed)
        fprintf(stderr, "dyad ingest: stopped; what was committed stays, run again to finish\n");
    if (!quiet)
        fprintf(stderr,
                "dyad ingest: %ld articles: %ld added, %ld duplicate id, %ld duplicate "
                "content, %ld bad; %ld sentences, %ld mentions\n",
                r.total, r.added, r.dup_id, r.dup_content, r.bad, r.sentences, r.mentions);
    rc = r.failed || r.bad ? 1 : 0;
out:
    dyad_store_free(r.store);
    dyad_engine_free(e);
    cli_engine_args_free(&args);
    free(in.paths);
    return rc;
}

/*
 * cmd_events.c — `dyad events --db FILE [filters] [--format F]`: merged events (or,
 * with --mentions, every mention) from the event store, in any export format.
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli.h"
#include "dyad_store.h"

static void S_help(FILE *f)
{
    fprintf(f,
            "usage: dyad events --db FILE [filters] [--mentions] [--format F]\n"
            "\n"
            "Events from the event store, ordered by date. Filters:\n"
            "  --actor CODE      source or target code starts with CODE (USA, RUSMIL)\n"
            "  --dyad SRC-TGT    directed: source starts with SRC, target with TGT\n"
            "  --code CODE       CAMEO code starts with CODE (19, 190, 0874)\n"
            "  --root NN         CAMEO root code\n"
            "  --quad N          quad class 1..4\n"
            "  --modality M      asserted, planned, hypothetical, question, negated\n"
            "  --from DATE, --to DATE   event date range YYYY-MM-DD, inclusive\n"
            "  --text WORDS      full-text query over the sentences (SQLite FTS5 syntax)\n"
            "  --limit N         at most N rows\n"
            "Output:\n"
            "  --mentions        one row per mention instead of per merged event\n"
            "  --format F        table, csv, jsonl, phoenix, gdelt-events, gdelt-mentions\n"
            "                    (default: table on a terminal, jsonl otherwise)\n");
}

typedef struct S_out {
    dyad_format fmt;
    int failed;
} S_out;

static int S_row(void *user, const dyad_record *r)
{
    S_out *o = user;
    if (dyad_record_write(stdout, o->fmt, r) != DYAD_OK) {
        o->failed = 1;
        return 1;
    }
    return 0;
}

int cmd_events(int argc, char **argv)
{
    const char *db = NULL, *fmt_name = NULL;
    dyad_query q;
    dyad_query_init(&q);
    dyad_diag diag = {cli_print_diag, NULL, 0, 0};
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            S_help(stdout);
            return 0;
        }
        if (!strcmp(a, "--mentions")) {
            q.mentions = 1;
            continue;
        }
        if (strncmp(a, "--", 2) || i + 1 >= argc) {
            fprintf(stderr, "dyad events: unexpected '%s'\n", a);
            S_help(stderr);
            return 2;
        }
        const char *v = argv[++i];
        if (!strcmp(a, "--db")) {
            db = v;
        } else if (!strcmp(a, "--format")) {
            fmt_name = v;
        } else {
            dyad_status st = dyad_query_set(&q, a + 2, v, &diag);
            if (st == DYAD_ENOTFOUND)
                fprintf(stderr, "dyad events: unknown option '%s'\n", a);
            if (st != DYAD_OK)
                return 2;
        }
    }
    if (!db) {
        S_help(stderr);
        return 2;
    }
    S_out o = {isatty(1) ? DYAD_FMT_TABLE : DYAD_FMT_JSONL, 0};
    if (fmt_name) {
        int f = dyad_format_from_name(fmt_name);
        if (f < 0) {
            fprintf(stderr, "dyad events: unknown format '%s'\n", fmt_name);
            return 2;
        }
        o.fmt = (dyad_format)f;
    }
    struct stat sb;
    if (stat(db, &sb) != 0) {
        fprintf(stderr, "dyad events: %s: no such database\n", db);
        return 1;
    }
    dyad_store *s;
    if (dyad_store_open(db, &s, &diag) != DYAD_OK)
        return 1;
    dyad_status st = dyad_event_write_header(stdout, o.fmt);
    if (st == DYAD_OK)
        st = dyad_store_query(s, &q, S_row, &o, &diag);
    dyad_store_free(s);
    if (fflush(stdout) || o.failed) {
        fprintf(stderr, "dyad events: write error\n");
        return 1;
    }
    return st == DYAD_OK ? 0 : 1;
}

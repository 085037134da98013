/*
 * cmd_events.c — `dyad events --db FILE [filters] [--format F]`: merged events (or,
 * with --mentions, every mention) from the event store, in any export format.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include "cli.h"

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

/* --format, checked once the command line is read */
static int S_own(void *user, const char *opt, const char *v)
{
    if (strcmp(opt, "--format"))
        return 0;
    *(const char **)user = v;
    return 1;
}

int cmd_events(int argc, char **argv)
{
    const char *fmt_name = NULL;
    cli_query_args a = {.cmd = "dyad events", .help = S_help};
    int rc = cli_query_parse(&a, argc, argv, S_own, &fmt_name);
    if (rc >= 0)
        return rc;
    S_out o = {isatty(1) ? DYAD_FMT_TABLE : DYAD_FMT_JSONL, 0};
    if (fmt_name) {
        int f = dyad_format_from_name(fmt_name);
        if (f < 0) {
            fprintf(stderr, "dyad events: unknown format '%s'\n", fmt_name);
            return 2;
        }
        o.fmt = (dyad_format)f;
    }
    dyad_store *s = cli_query_open(&a);
    if (!s)
        return 1;
    dyad_status st = dyad_event_write_header(stdout, o.fmt);
    if (st == DYAD_OK)
        st = dyad_store_query(s, &a.q, S_row, &o, &a.diag);
    dyad_store_free(s);
    return cli_query_end(&a, st, o.failed);
}

/*
 * cmd_dyads.c — `dyad dyads --db FILE --by day|week|month`: event counts and summed /
 * mean Goldstein per directed dyad per period, as an aligned table or CSV.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "cli.h"
#include "dyad_store.h"

static void S_help(FILE *f)
{
    fprintf(f,
            "usage: dyad dyads --db FILE [--by day|week|month] [--level N] [filters]\n"
            "                  [--mentions] [--format table|csv]\n"
            "\n"
            "Per directed dyad (source -> target) and period: number of merged events,\n"
            "mentions behind them, summed and mean Goldstein score.\n"
            "  --by P        day (default), week (labelled by its Monday) or month\n"
            "  --level N     leading characters of actor codes that make the dyad\n"
            "                (default 3: countries, and IGO/NGO/IMG/MNC with the next\n"
            "                three letters, IGOUNO; 0: full codes)\n"
            "  --mentions    count mentions instead of merged events\n"
            "  --format F    table (default on a terminal) or csv\n"
            "Filters as for 'dyad events': --actor --dyad --code --root --quad --modality\n"
            "--from --to --text.\n");
}

typedef struct S_out {
    int csv;
    int failed;
} S_out;

static int S_row(void *user, const dyad_dyad_row *r)
{
    S_out *o = user;
    int n;
    if (o->csv)
        n = printf("%s,%s,%s,%ld,%ld,%.1f,%.3f\r\n", r->period, r->source, r->target,
                   r->events, r->mentions, r->goldstein_sum, r->goldstein_mean);
    else
        n = printf("%-10s  %-12s %-12s %7ld %8ld %10.1f %8.3f\n", r->period, r->source,
                   r->target, r->events, r->mentions, r->goldstein_sum, r->goldstein_mean);
    if (n < 0) {
        o->failed = 1;
        return 1;
    }
    return 0;
}

int cmd_dyads(int argc, char **argv)
{
    const char *db = NULL;
    dyad_period by = DYAD_BY_DAY;
    int level = 3;
    S_out o = {!isatty(1), 0};
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
            fprintf(stderr, "dyad dyads: unexpected '%s'\n", a);
            S_help(stderr);
            return 2;
        }
        const char *v = argv[++i];
        if (!strcmp(a, "--db")) {
            db = v;
        } else if (!strcmp(a, "--by")) {
            if (!strcmp(v, "day"))
                by = DYAD_BY_DAY;
            else if (!strcmp(v, "week"))
                by = DYAD_BY_WEEK;
            else if (!strcmp(v, "month"))
                by = DYAD_BY_MONTH;
            else {
                fprintf(stderr, "dyad dyads: --by takes day, week or month\n");
                return 2;
            }
        } else if (!strcmp(a, "--level")) {
            char *end;
            long l = strtol(v, &end, 10);
            if (*end || l < 0 || l > 32) {
                fprintf(stderr, "dyad dyads: --level takes 0..32\n");
                return 2;
            }
            level = (int)l;
        } else if (!strcmp(a, "--format")) {
            if (strcmp(v, "csv") && strcmp(v, "table")) {
                fprintf(stderr, "dyad dyads: --format takes table or csv\n");
                return 2;
            }
            o.csv = !strcmp(v, "csv");
        } else {
            dyad_status st = dyad_query_set(&q, a + 2, v, &diag);
            if (st == DYAD_ENOTFOUND)
                fprintf(stderr, "dyad dyads: unknown option '%s'\n", a);
            if (st != DYAD_OK)
                return 2;
        }
    }
    if (!db) {
        S_help(stderr);
        return 2;
    }
    struct stat sb;
    if (stat(db, &sb) != 0) {
        fprintf(stderr, "dyad dyads: %s: no such database\n", db);
        return 1;
    }
    dyad_store *s;
    if (dyad_store_open(db, &s, &diag) != DYAD_OK)
        return 1;
    if (o.csv)
        printf("period,source,target,events,mentions,goldstein_sum,goldstein_mean\r\n");
    else
        printf("%-10s  %-12s %-12s %7s %8s %10s %8s\n", "PERIOD", "SOURCE", "TARGET",
               "EVENTS", "MENTIONS", "GOLD_SUM", "GOLD_AVG");
    dyad_status st = dyad_store_dyads(s, &q, by, level, S_row, &o, &diag);
    dyad_store_free(s);
    if (fflush(stdout) || o.failed) {
        fprintf(stderr, "dyad dyads: write error\n");
        return 1;
    }
    return st == DYAD_OK ? 0 : 1;
}

/*
 * common.c — option handling shared by the commands that run the pipeline (code,
 * ingest, sentences): which dictionaries, model and modalities, how many threads, and
 * the chain of input files read one article at a time; and by the commands that query
 * the store (events, dyads): the database, its filters and the end of the output.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "cli.h"

const char cli_engine_help[] =
    "  --dict DIR         dictionaries of a folder (dyad layout or a Phoenix set);\n"
    "                     default: the bundled ones in DATA/dict\n"
    "  --verbs FILE       verb dictionary (replaces the folder's)\n"
    "  --actors FILE      actor dictionary; repeatable (replaces the folder's)\n"
    "  --agents FILE, --discards FILE, --issues FILE\n"
    "  --model FILE       parser model (default DATA/model/en_ewt.dpm)\n"
    "  --cameo FILE       CAMEO table with Goldstein scores (default built in)\n"
    "  --all-modalities   also emit hypothetical, question and negated events\n"
    "  --format NAME      jsonl (default), csv, table, phoenix; articles (dyad code): one\n"
    "                     line per article with its cleaned text, sentences and events,\n"
    "                     for `dyad ingest --precoded` (docs/slurm.md)\n"
    "  --date YYYY-MM-DD  code every article as of this date (actor codes, relative\n"
    "                     dates), whatever its own date\n"
    "  -j N               threads (output is identical for every N)\n"
    "DATA is $DYAD_DATA, else the data folder dyad was built with.\n";

int cli_engine_arg(cli_engine_args *a, int argc, char **argv, int *i)
{
    const char *opt = argv[*i];
    static const char *const valued[] = {"--dict", "--verbs", "--actors", "--agents",
                                         "--discards", "--issues", "--model", "--cameo",
                                         "--format", "-j", "--date"};
    if (!strcmp(opt, "--all-modalities")) {
        a->o.modalities = ~0u;
        return 1;
    }
    size_t k = 0;
    while (k < sizeof valued / sizeof *valued && strcmp(opt, valued[k]))
        k++;
    if (k == sizeof valued / sizeof *valued)
        return 0;
    if (*i + 1 >= argc) {
        fprintf(stderr, "dyad: %s needs a value\n", opt);
        return -1;
    }
    const char *v = argv[++*i];
    switch (k) {
    case 0: a->o.dict_dir = v; break;
    case 1: a->o.verbs = v; break;
    case 2: {
        const char **p = realloc(a->actors, (a->o.nactors + 1) * sizeof *p);
        if (!p)
            return -1;
        a->actors = p;
        p[a->o.nactors++] = v;
        a->o.actors = p;
        break;
    }
    case 3: a->o.agents = v; break;
    case 4: a->o.discards = v; break;
    case 5: a->o.issues = v; break;
    case 6: a->o.model = v; break;
    case 7: a->o.cameo = v; break;
    case 8:
        a->articles = !strcmp(v, "articles");
        if (!a->articles && (a->format = dyad_format_from_name(v)) < 0) {
            fprintf(stderr, "dyad: unknown format '%s'\n", v);
            return -1;
        }
        break;
    case 9: {
        char *end;
        long n = strtol(v, &end, 10);
        if (*end || n < 1 || n > 256) {
            fprintf(stderr, "dyad: -j takes a number from 1 to 256\n");
            return -1;
        }
        a->jobs = (int)n;
        break;
    }
    case 10: a->o.date = v; break;
    }
    return 1;
}

dyad_engine *cli_engine_load(cli_engine_args *a, dyad_diag *diag)
{
    dyad_engine *e = NULL;
    dyad_status st = dyad_engine_load(&a->o, &e, diag);
    if (st != DYAD_OK) {
        fprintf(stderr, "dyad: cannot load dictionaries and model: %s\n", dyad_status_str(st));
        return NULL;
    }
    return e;
}

void cli_engine_args_free(cli_engine_args *a) { free(a->actors); }

int cli_inputs_next(void *user, dyad_article *out)
{
    cli_inputs *in = user;
    for (;;) {
        if (!in->r) {
            if (in->i >= in->n)
                return 0;
            in->r = dyad_reader_new(in->paths[in->i++], in->fmt, in->diag);
            if (!in->r) {
                in->failed = 1;
                continue;
            }
        }
        if (dyad_reader_next(in->r, out) == 1)
            return 1;
        if (dyad_reader_status(in->r) != DYAD_OK)
            in->failed = 1;
        dyad_reader_free(in->r);
        in->r = NULL;
    }
}

void cli_inputs_close(cli_inputs *in)
{
    dyad_reader_free(in->r);
    in->r = NULL;
}

int cli_inputs_arg(cli_inputs *in, cli_engine_args *a, const char *cmd, int argc, char **argv,
                   int *i)
{
    const char *o = argv[*i];
    int k = cli_engine_arg(a, argc, argv, i);
    if (k)
        return k;
    if (o[0] != '-' || !o[1]) {
        in->paths[in->n++] = argv[*i];
        return 1;
    }
    if (strcmp(o, "--input") || *i + 1 >= argc)
        return 0;
    const char *v = argv[++*i];
    if (dyad_input_format_parse(v, &in->fmt)) {
        fprintf(stderr, "%s: unknown input format '%s'\n", cmd, v);
        return -1;
    }
    return 1;
}

void cli_not_coded(const dyad_article *a, dyad_status st)
{
    fprintf(stderr, "dyad: %s:%ld: article '%s' not coded: %s\n", a->file ? a->file : "-",
            a->line, a->id, dyad_status_str(st));
}

int cli_query_parse(cli_query_args *a, int argc, char **argv,
                    int (*own)(void *user, const char *opt, const char *v), void *user)
{
    dyad_query_init(&a->q);
    a->diag = (dyad_diag){cli_print_diag, NULL, 0, 0};
    for (int i = 1; i < argc; i++) {
        const char *o = argv[i];
        if (!strcmp(o, "--help") || !strcmp(o, "-h")) {
            a->help(stdout);
            return 0;
        }
        if (!strcmp(o, "--mentions")) {
            a->q.mentions = 1;
            continue;
        }
        if (strncmp(o, "--", 2) || i + 1 >= argc) {
            fprintf(stderr, "%s: unexpected '%s'\n", a->cmd, o);
            a->help(stderr);
            return 2;
        }
        const char *v = argv[++i];
        int k = 1;
        if (!strcmp(o, "--db"))
            a->db = v;
        else
            k = own(user, o, v);
        if (k < 0)
            return 2;
        if (k)
            continue;
        dyad_status st = dyad_query_set(&a->q, o + 2, v, &a->diag);
        if (st == DYAD_ENOTFOUND)
            fprintf(stderr, "%s: unknown option '%s'\n", a->cmd, o);
        if (st != DYAD_OK)
            return 2;
    }
    if (!a->db) {
        a->help(stderr);
        return 2;
    }
    return -1;
}

dyad_store *cli_query_open(cli_query_args *a)
{
    /* opening would create a missing database */
    struct stat sb;
    if (stat(a->db, &sb) != 0) {
        fprintf(stderr, "%s: %s: no such database\n", a->cmd, a->db);
        return NULL;
    }
    dyad_store *s;
    return dyad_store_open(a->db, &s, &a->diag) == DYAD_OK ? s : NULL;
}

int cli_query_end(cli_query_args *a, dyad_status st, int failed)
{
    if (fflush(stdout) || failed) {
        fprintf(stderr, "%s: write error\n", a->cmd);
        return 1;
    }
    return st == DYAD_OK ? 0 : 1;
}

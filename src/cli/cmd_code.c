/*
 * cmd_code.c — `dyad code`: articles in, event mentions out (JSON lines by default).
 *
 * Raw articles (text, JSON lines, HTML, gzip of each, stdin) go through the whole
 * pipeline on -j threads with output in input order, so the command is also a streaming
 * filter (JSON lines in, JSON lines out) for running on shards. --format articles writes
 * one line per article instead, with everything the store keeps of it, so that shards
 * coded apart are merged by `dyad ingest --precoded` into the store one run would give
 * (docs/slurm.md). With --parsed the input is already parsed: a PETRARCH records file
 * (XML) or lines "id<TAB>date<TAB>(ROOT ...)", coded without the built-in parser.
 *
 * Exit status: 0 when every input was read and coded; 1 when some file, record or
 * article was skipped (each reported as file:line), the output holding all the rest;
 * 2 for bad usage; 3 when the dictionaries or model could not be loaded, writing failed
 * or coding stopped (the output is missing or incomplete), which scripts that run it on
 * shards must tell apart from 1.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "parse/petrxml.h"
#include "util/util.h"

static void S_usage(FILE *f)
{
    fprintf(f,
            "usage: dyad code [OPTIONS] [FILE...]\n"
            "Code news articles into CAMEO events, one event mention per line on stdout.\n"
            "FILE: plain text (one article), JSON lines ({\"id\",\"date\",\"title\",\"text\",\n"
            "\"url\",\"source\"}), or an HTML page, any of them gzip-compressed; '-' or no\n"
            "FILE reads standard input.\n\n"
            "  --input FMT        auto (default: sniffed), text, jsonl, html\n"
            "  --parsed           input is parsed already: a PETRARCH records file (XML; its\n"
            "                     <Environment> dictionaries are used unless others are\n"
            "                     given) or lines 'id<TAB>date<TAB>(ROOT ...)'\n"
            "  --env FILE.xml     dictionaries named by a validation file's <Environment>\n"
            "  --no-dyad          keep events whose source or target is unknown\n"
            "%s",
            cli_engine_help);
}

typedef struct S_out {
    cli_engine_args *args;
    long articles, events;
    int bad, failed; /* an article not coded; output failed */
} S_out;

/* Write the events of c, or with --format articles the article a with them. */
static int S_write(S_out *o, const dyad_article *a, const dyad_coded_article *c)
{
    int bad = o->args->articles && dyad_precoded_write(stdout, a, c) != DYAD_OK;
    for (size_t i = 0; i < c->nevents && !o->args->articles && !bad; i++)
        bad = dyad_event_write(stdout, (dyad_format)o->args->format, &c->events[i]) != DYAD_OK;
    o->failed |= bad;
    o->events += bad ? 0 : (long)c->nevents;
    return bad;
}

static int S_sink(void *user, const dyad_article *a, const dyad_coded_article *c,
                  dyad_status st)
{
    S_out *o = user;
    o->articles++;
    if (!c) {
        cli_not_coded(a, st);
        o->bad = 1;
        return 0;
    }
    return S_write(o, a, c);
}

/* One parsed sentence: code it with w and write its events. */
static void S_code_parsed(dyad_worker *w, S_out *o, const char *id, const char *date,
                          const char *tree, const char *file, long line, dyad_diag *diag)
{
    dyad_coded_article c;
    dyad_status st = dyad_worker_code_tree(w, id, date, tree, strlen(tree), file, line, &c, diag);
    o->articles++;
    if (st == DYAD_OK)
        S_write(o, NULL, &c); /* never --format articles */
    else
        o->bad = 1; /* reported through diag */
}

/* Tree lines start with an id; a records file with markup. */
static int S_is_xml(const char *path)
{
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : NULL;
    int c = ' ';
    while (f && (c = getc(f)) != EOF && (c == ' ' || c == '\t' || c == '\r' || c == '\n'))
        ;
    if (f)
        fclose(f);
    return c == '<';
}

/* A PETRARCH records file. */
static void S_parsed_xml(dyad_worker *w, S_out *o, const char *path, dyad_diag *diag)
{
    dyad_petrxml *x = NULL;
    if (dyad_petrxml_read(path, diag, &x) != DYAD_OK) {
        o->bad = 1;
        return;
    }
    for (size_t i = 0; i < x->nrec && !o->failed; i++) {
        const dyad_petr_record *r = &x->rec[i];
        if (r->is_config)
            continue;
        if (!r->parse) {
            dyad_diagf(diag, DYAD_WARN, path, r->line, "record '%s' has no <Parse>; skipped",
                       r->id ? r->id : "");
            o->bad = 1;
            continue;
        }
        S_code_parsed(w, o, r->id ? r->id : "", r->date ? r->date : "", r->parse, path,
                      r->parse_line, diag);
    }
    dyad_petrxml_free(x);
}

/* Lines "id<TAB>date<TAB>tree". */
static void S_parsed_lines(dyad_worker *w, S_out *o, const char *path, dyad_diag *diag)
{
    FILE *in = strcmp(path, "-") ? fopen(path, "r") : stdin;
    if (!in) {
        dyad_diagf(diag, DYAD_ERROR, path, 0, "cannot open");
        o->bad = 1;
        return;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long ln = 0;
    while (!o->failed && (n = getline(&line, &cap, in)) > 0) {
        ln++;
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = 0;
        if (!n)
            continue;
        char *t1 = strchr(line, '\t'), *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
        if (!t2) {
            dyad_diagf(diag, DYAD_WARN, path, ln, "expected id<TAB>date<TAB>tree; skipped");
            o->bad = 1;
            continue;
        }
        *t1 = *t2 = 0;
        S_code_parsed(w, o, line, t1 + 1, t2 + 1, path, ln, diag);
    }
    if (ferror(in)) {
        dyad_diagf(diag, DYAD_ERROR, path, ln, "read error");
        o->bad = 1;
    }
    free(line);
    if (in != stdin)
        fclose(in);
}

int cmd_code(int argc, char **argv)
{
    cli_engine_args args = {0};
    dyad_code_opts_default(&args.o.code);
    cli_inputs in = {.paths = calloc((size_t)argc + 1, sizeof *in.paths)};
    int parsed = 0, rc = 2;
    dyad_engine *e = NULL;
    if (!in.paths)
        return 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        int k = cli_inputs_arg(&in, &args, "dyad code", argc, argv, &i);
        if (k < 0)
            goto out;
        if (k)
            continue;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            S_usage(stdout);
            rc = 0;
            goto out;
        } else if (!strcmp(a, "--parsed")) {
            parsed = 1;
        } else if (!strcmp(a, "--no-dyad")) {
            args.o.code.require_dyad = 0;
        } else if (!strcmp(a, "--env") && i + 1 < argc) {
            args.o.env = argv[++i];
        } else {
            fprintf(stderr, "dyad code: unknown option '%s'\n", a);
            S_usage(stderr);
            goto out;
        }
    }
    if (!in.n)
        in.paths[in.n++] = "-";
    if (parsed && args.articles) {
        fprintf(stderr, "dyad code: --format articles needs articles, not --parsed sentences\n");
        goto out;
    }
    rc = 3; /* until the end, a failure leaves no output or an incomplete one */
    dyad_diag diag = {cli_print_diag, NULL, 0, 0};
    /* A records file brings its own dictionaries, as `dyad validate` reads them. */
    int own_dict = args.o.dict_dir || args.o.verbs || args.o.nactors || args.o.env;
    if (parsed && !own_dict && in.n == 1 && S_is_xml(in.paths[0]))
        args.o.env = in.paths[0];
    args.o.no_model = parsed;
    if (!(e = cli_engine_load(&args, &diag)))
        goto out;
    S_out o = {&args, 0, 0, 0, 0};
    if (dyad_event_write_header(stdout, (dyad_format)args.format) != DYAD_OK)
        o.failed = 1;
    if (parsed) {
        dyad_worker *w = dyad_worker_new(e);
        if (!w)
            goto out;
        for (int i = 0; i < in.n && !o.failed; i++) {
            if (S_is_xml(in.paths[i]))
                S_parsed_xml(w, &o, in.paths[i], &diag);
            else
                S_parsed_lines(w, &o, in.paths[i], &diag);
        }
        dyad_worker_free(w);
    } else if (!o.failed) {
        dyad_diag rdiag = {cli_print_diag, NULL, 0, 0}; /* its warnings are skipped records */
        in.diag = &rdiag;
        dyad_status st = dyad_code_stream(e, cli_inputs_next, &in, args.jobs, S_sink, &o, &diag);
        cli_inputs_close(&in);
        if (st != DYAD_OK) {
            fprintf(stderr, "dyad code: stopped: %s\n", dyad_status_str(st));
            o.failed = 1;
        }
        if (in.failed || rdiag.nwarn || rdiag.nerror)
            o.bad = 1;
    }
    if (fflush(stdout) != 0)
        o.failed = 1;
    if (o.failed)
        fprintf(stderr, "dyad code: output failed\n");
    rc = o.failed ? 3 : o.bad;
out:
    dyad_engine_free(e);
    cli_engine_args_free(&args);
    free(in.paths);
    return rc;
}

/*
 * cli.h — shared pieces of the dyad subcommands: the command table's entry points and
 * a diagnostic printer that writes "file:line: message" to stderr.
 */
#ifndef DYAD_CLI_H
#define DYAD_CLI_H

#include <stdio.h>
#include "dyad.h"
#include "dyad_export.h"
#include "dyad_pipeline.h"
#include "dyad_store.h"
#include "dyad_text.h"

#define DYAD_CMD(name, fn, help) int fn(int argc, char **argv);
#include "commands.inc"
#undef DYAD_CMD

/* A dyad_diag_fn that prints "dyad: file:line: warning|error: msg" to stderr. */
void cli_print_diag(void *user, dyad_severity sev, const char *file, long line,
                    const char *msg);


/* ---- pipeline options shared by code, ingest and sentences (common.c) ---- */
typedef struct cli_engine_args {
    dyad_engine_opts o;
    const char **actors; /* storage behind o.actors */
    int jobs;            /* -j; 0 means 1 */
    int format;          /* --format as dyad_format; 0 (JSON lines) by default */
    int articles;        /* --format articles: pre-coded articles (dyad_precoded_write) */
} cli_engine_args;

extern const char cli_engine_help[];
/* argv[*i] is a pipeline option: consume it (and its value) and return 1; 0 when it is
 * not one; -1 after printing why its value is missing or bad. */
int cli_engine_arg(cli_engine_args *a, int argc, char **argv, int *i);
dyad_engine *cli_engine_load(cli_engine_args *a, dyad_diag *diag); /* prints on failure */
void cli_engine_args_free(cli_engine_args *a);

/* Input files read one article at a time, as a dyad_next_fn. A file that cannot be
 * opened or ends in error sets failed (the reader has reported it) and reading goes on. */
typedef struct cli_inputs {
    char **paths;
    int n, i;
    dyad_input_format fmt;
    dyad_diag *diag;
    dyad_reader *r;
    int failed;
} cli_inputs;
int cli_inputs_next(void *user, dyad_article *out);
void cli_inputs_close(cli_inputs *in);
/* argv[*i] of a command that runs the pipeline over files (code, ingest): a pipeline
 * option (cli_engine_arg), --input FMT into in->fmt, or a file ('-': standard input)
 * added to in->paths, which has room for argc. Returns 1 when taken, 0 for another
 * option (the command's own), -1 after printing why it is bad; cmd begins messages. */
int cli_inputs_arg(cli_inputs *in, cli_engine_args *a, const char *cmd, int argc, char **argv,
                   int *i);
/* Report an article the pipeline could not code (a dyad_sink_fn given no result). */
void cli_not_coded(const dyad_article *a, dyad_status st);


/* ---- store queries shared by events and dyads (common.c) ---- */
typedef struct cli_query_args {
    const char *cmd;         /* "dyad events": how messages begin */
    void (*help)(FILE *f);   /* the command's usage */
    const char *db;          /* --db */
    dyad_query q;            /* --mentions and the filters of dyad_query_set */
    dyad_diag diag;
} cli_query_args;

/* Read the command line of a store query: --help, --db (required), --mentions, the
 * filters, and the command's own valued options through own(user, option, value),
 * which returns 1 when it took the option, 0 when it is not one, -1 after printing why
 * the value is bad. Returns -1 when the command goes on, else its exit status. */
int cli_query_parse(cli_query_args *a, int argc, char **argv,
                    int (*own)(void *user, const char *opt, const char *v), void *user);
/* The existing store a->db; NULL after printing why not. Free with dyad_store_free. */
dyad_store *cli_query_open(cli_query_args *a);
/* Exit status once the rows are written: 1 after a write error (failed: a row could
 * not be written) or when the query ended with st other than DYAD_OK. */
int cli_query_end(cli_query_args *a, dyad_status st, int failed);

#endif

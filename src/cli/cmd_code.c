/*
 * cmd_code.c — `dyad code`: code parsed sentences into JSON-lines events.
 * Input: lines "id<TAB>date<TAB>(ROOT (S ...))" (one Treebank tree per line; the text
 * of each sentence is its words joined by blanks). Dictionaries come from options or
 * from the <Environment> of a PETRARCH validation file given with --env. Bad lines are
 * reported as file:line and skipped; the exit status is then 1.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "dyad_code.h"
#include "dyad_export.h"
#include "util/util.h"

static void S_usage(FILE *f)
{
    fprintf(f, "usage: dyad code [OPTIONS] [FILE|-]\n"
               "Code lines 'id<TAB>date<TAB>treebank' into events (JSON lines on stdout).\n\n"
               "  --env FILE.xml    take dictionaries from a validation file's <Environment>\n"
               "  --verbs FILE      verb dictionary\n"
               "  --actors FILE     actor dictionary; repeatable\n"
               "  --agents FILE     agent dictionary\n"
               "  --discards FILE   discard dictionary\n"
               "  --issues FILE     issue dictionary\n"
               "  --no-dyad         keep events with an unknown source or target\n");
}

/* 0 ok, -1 a bad line (reported, skipped), 1 an output or memory failure. */
static int S_code_line(const dyad_dict *d, const dyad_code_opts *o, char *line, const char *file,
                       long ln, dyad_diag *diag, dyad_coding *cod)
{
    char *t1 = strchr(line, '\t');
    char *t2 = t1 ? strchr(t1 + 1, '\t') : NULL;
    if (!t2) {
        fprintf(stderr, "dyad: %s:%ld: expected id<TAB>date<TAB>tree; line skipped\n", file, ln);
        return -1;
    }
    *t1 = *t2 = 0;
    const char *id = line, *date = t1 + 1, *tree = t2 + 1;
    dyad_tree *t = NULL;
    if (dyad_tree_parse(tree, strlen(tree), file, ln, diag, &t) != DYAD_OK)
        return -1; /* reported through diag */
    dyad_buf text = {0};
    int rc = 0;
    for (size_t i = 0; i < dyad_tree_ntokens(t); i++)
        if ((i && dyad_buf_putc(&text, ' ')) || dyad_buf_puts(&text, dyad_tree_token(t, i)))
            rc = 1;
    if (!rc && dyad_code_tree(d, t, date, text.data ? text.data : "", o, cod) != DYAD_OK)
        rc = 1;
    if (!rc && cod->n) {
        dyad_event *ev = calloc(cod->n, sizeof *ev);
        if (!ev) {
            rc = 1;
        } else {
            dyad_coding_events(cod, t, id, text.data, date, ev);
            for (size_t i = 0; i < cod->n && !rc; i++)
                rc = dyad_event_write(stdout, DYAD_FMT_JSONL, &ev[i]) != DYAD_OK;
            free(ev);
        }
    }
    dyad_buf_free(&text);
    dyad_tree_free(t);
    return rc;
}

int cmd_code(int argc, char **argv)
{
    dyad_validate_opts vo = {0};
    const char **actors = calloc((size_t)argc + 1, sizeof *actors);
    const char *file = NULL, *env = NULL;
    dyad_code_opts o;
    dyad_code_opts_default(&o);
    int rc = 2;
    dyad_dict *d = NULL;
    if (!actors)
        return 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char **slot = NULL;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            S_usage(stdout);
            rc = 0;
            goto out;
        } else if (!strcmp(a, "--no-dyad")) {
            o.require_dyad = 0;
            continue;
        } else if (!strcmp(a, "--env"))
            slot = &env;
        else if (!strcmp(a, "--verbs"))
            slot = &vo.verbs;
        else if (!strcmp(a, "--agents"))
            slot = &vo.agents;
        else if (!strcmp(a, "--discards"))
            slot = &vo.discards;
        else if (!strcmp(a, "--issues"))
            slot = &vo.issues;
        else if (!strcmp(a, "--actors"))
            slot = &actors[vo.nactors];
        else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "dyad code: unknown option '%s'\n", a);
            S_usage(stderr);
            goto out;
        } else if (!file) {
            file = a;
            continue;
        } else {
            fprintf(stderr, "dyad code: one input file only\n");
            goto out;
        }
        if (i + 1 >= argc) {
            fprintf(stderr, "dyad code: %s needs a file\n", a);
            goto out;
        }
        *slot = argv[++i];
        if (slot == &actors[vo.nactors])
            vo.nactors++;
    }
    if (!env && !vo.verbs) {
        fprintf(stderr, "dyad code: give --verbs (and actors/agents) or --env FILE.xml\n");
        goto out;
    }
    vo.actors = actors;
    rc = 1;
    dyad_diag diag = {cli_print_diag, NULL, 0, 0};
    if (!(d = dyad_dict_new()) || dyad_dict_load_set(d, &vo, env, &diag) != DYAD_OK)
        goto out;
    FILE *in = (!file || !strcmp(file, "-")) ? stdin : fopen(file, "r");
    if (!in) {
        fprintf(stderr, "dyad code: cannot open %s\n", file);
        goto out;
    }
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    long ln = 0;
    dyad_coding cod = {0};
    rc = 0;
    int bad = 0;
    while ((n = getline(&line, &cap, in)) > 0 && rc <= 0) {
        ln++;
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r'))
            line[--n] = 0;
        if (n && (rc = S_code_line(d, &o, line, file ? file : "-", ln, &diag, &cod)) < 0)
            bad = 1;
    }
    if (rc < 0)
        rc = 0;
    if (bad)
        rc = 1; /* every good line was still coded */
    free(line);
    dyad_coding_free(&cod);
    if (in != stdin)
        fclose(in);
out:
    dyad_dict_free(d);
    free(actors);
    return rc;
}

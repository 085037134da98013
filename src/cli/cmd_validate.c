/*
 * cmd_validate.c — `dyad validate FILE.xml`: run a PETRARCH validation file and print
 * each failing record (id, expected, got) and "N passed, M failed".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "dyad_code.h"
#include "dyad_pipeline.h"
#include "util/util.h"

typedef struct S_state {
    int verbose;
    dyad_worker *w; /* --reparse */
    dyad_diag *diag;
} S_state;

/* A record's text as one sentence parsed by the built-in parser. */
static const char *S_reparse(void *user, const char *text)
{
    S_state *s = user;
    const char *ptb = NULL;
    dyad_status st = dyad_worker_parse_text(s->w, text, strlen(text), &ptb);
    if (st != DYAD_OK) {
        dyad_diagf(s->diag, DYAD_WARN, NULL, 0, "cannot parse '%.60s': %s", text,
                   dyad_status_str(st));
        return NULL;
    }
    return ptb;
}

static void S_report(void *user, const char *id, int ok, const char *expected, const char *got)
{
    S_state *s = user;
    if (ok && !s->verbose)
        return;
    printf("%s %s\n  expected: %s\n  got:      %s\n", ok ? "ok  " : "FAIL", id,
           *expected ? expected : "(no events)", *got ? got : "(no events)");
}

static void S_usage(FILE *f)
{
    fprintf(f, "usage: dyad validate [OPTIONS] FILE.xml\n"
               "Code a PETRARCH validation file and compare with its expected events.\n\n"
               "  --verbs FILE      verb dictionary (default: from <Environment>)\n"
               "  --actors FILE     actor dictionary; repeatable (replaces the list)\n"
               "  --agents FILE     agent dictionary\n"
               "  --discards FILE   discard dictionary\n"
               "  --issues FILE     issue dictionary\n"
               "  --reparse         ignore the records' <Parse> trees: parse their <Text> with\n"
               "                    the built-in tagger and parser\n"
               "  --model FILE      parser model for --reparse (default DATA/model/en_ewt.dpm)\n"
               "  --min-pass N      exit 1 when fewer than N records pass\n"
               "  -v, --verbose     print passing records too\n");
}

int cmd_validate(int argc, char **argv)
{
    dyad_validate_opts o = {0};
    const char **actors = calloc((size_t)argc + 1, sizeof *actors);
    const char *file = NULL, *model = NULL;
    long min_pass = -1;
    int reparse = 0;
    dyad_engine *e = NULL;
    S_state st = {0};
    int rc = 2;
    if (!actors)
        return 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char **slot = NULL;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            S_usage(stdout);
            rc = 0;
            goto out;
        } else if (!strcmp(a, "-v") || !strcmp(a, "--verbose")) {
            st.verbose = 1;
            continue;
        } else if (!strcmp(a, "--verbs"))
            slot = &o.verbs;
        else if (!strcmp(a, "--agents"))
            slot = &o.agents;
        else if (!strcmp(a, "--discards"))
            slot = &o.discards;
        else if (!strcmp(a, "--issues"))
            slot = &o.issues;
        else if (!strcmp(a, "--actors"))
            slot = &actors[o.nactors];
        else if (!strcmp(a, "--reparse")) {
            reparse = 1;
            continue;
        } else if (!strcmp(a, "--model") && i + 1 < argc) {
            model = argv[++i];
            continue;
        } else if (!strcmp(a, "--min-pass")) {
            char *end;
            if (i + 1 >= argc || (min_pass = strtol(argv[i + 1], &end, 10)) < 0 || *end) {
                fprintf(stderr, "dyad validate: --min-pass needs a number\n");
                goto out;
            }
            i++;
            continue;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "dyad validate: unknown option '%s'\n", a);
            S_usage(stderr);
            goto out;
        } else if (!file) {
            file = a;
            continue;
        } else {
            fprintf(stderr, "dyad validate: one file only\n");
            goto out;
        }
        if (i + 1 >= argc) {
            fprintf(stderr, "dyad validate: %s needs a file\n", a);
            goto out;
        }
        *slot = argv[++i];
        if (slot == &actors[o.nactors])
            o.nactors++;
    }
    if (!file) {
        S_usage(stderr);
        goto out;
    }
    o.actors = actors;
    dyad_diag diag = {cli_print_diag, NULL, 0, 0};
    if (reparse) {
        /* The parser comes from an engine; its dictionaries are the records' own. */
        dyad_engine_opts eo = {.env = file, .model = model};
        rc = 1;
        if (dyad_engine_load(&eo, &e, &diag) != DYAD_OK || !(st.w = dyad_worker_new(e)))
            goto out;
        st.diag = &diag;
        o.reparse = S_reparse;
        o.reparse_user = &st;
    }
    long pass = 0, fail = 0;
    dyad_status s = dyad_validate_file(file, &o, S_report, &st, &diag, &pass, &fail);
    if (s != DYAD_OK) {
        fprintf(stderr, "dyad validate: %s: %s\n", file, dyad_status_str(s));
        rc = 1;
        goto out;
    }
    printf("%ld passed, %ld failed\n", pass, fail);
    rc = (min_pass >= 0 && pass < min_pass) ? 1 : 0;
out:
    dyad_worker_free(st.w);
    dyad_engine_free(e);
    free(actors);
    return rc;
}

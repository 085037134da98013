/*
 * cmd_parse.c — `dyad parse`: tag and parse tokenised sentences (one per line, tokens
 * separated by spaces) or CoNLL-U, printing CoNLL-U with predicted tags, heads and
 * relations, or (--ptb) one Penn Treebank bracketed tree per sentence; --eval scores
 * the model against the gold columns of a CoNLL-U file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "dyad_parse.h"
#include "util/util.h"

typedef struct S_opts {
    int ptb;
    dyad_parser *p;
    char *tree;
    size_t tree_cap;
} S_opts;

static void S_usage(FILE *f)
{
    fprintf(f,
            "usage: dyad parse [--model PATH] [--ptb] [--eval] [FILE...]\n"
            "\n"
            "Tags and parses sentences from the FILEs (or standard input, '-'): either one\n"
            "tokenised sentence per line (tokens separated by spaces) or CoNLL-U (detected\n"
            "by a line starting with '#' or holding tabs). Prints CoNLL-U with predicted\n"
            "UPOS, XPOS, HEAD and DEPREL.\n"
            "\n"
            "  --model PATH  model file (default: $DYAD_MODEL or " DYAD_MODEL_DEFAULT ")\n"
            "  --ptb         print one Penn Treebank bracketed tree per sentence instead\n"
            "  --eval        compare with the gold columns of CoNLL-U input; print UPOS,\n"
            "                XPOS, UAS, LAS accuracy (%%) and speed\n");
}

static int S_emit(S_opts *o, const char *const *w, const size_t *lens, int n)
{
    dyad_parse_result r;
    dyad_status st = dyad_parse_sentence(o->p, w, lens, n, 1, &r);
    if (st)
        return (int)st;
    if (o->ptb) {
        size_t need = 0;
        while ((st = dyad_dep_to_ptb(w, lens, &r, o->tree, o->tree_cap, &need)) ==
               DYAD_ELIMIT) {
            free(o->tree);
            o->tree_cap = need + 1;
            if (!(o->tree = malloc(o->tree_cap)))
                return DYAD_ENOMEM;
        }
        if (st)
            return (int)st;
        puts(o->tree);
        return 0;
    }
    for (int i = 0; i < n; i++)
        printf("%d\t%.*s\t_\t%s\t%s\t_\t%d\t%s\t_\t_\n", i + 1, (int)lens[i], w[i],
               r.upos[i], r.xpos[i], r.head[i], r.deprel[i]);
    putchar('\n');
    return 0;
}

static int S_is_conllu(const char *text, size_t len)
{
    size_t i = 0;
    while (i < len && (text[i] == '\n' || text[i] == '\r'))
        i++;
    if (i < len && text[i] == '#')
        return 1;
    const char *nl = memchr(text + i, '\n', len - i);
    size_t end = nl ? (size_t)(nl - text) : len;
    return memchr(text + i, '\t', end - i) != NULL;
}

/* Tokenised text: one sentence per line. */
static int S_run_lines(S_opts *o, const char *path, char *text, size_t len)
{
    const char **w = NULL;
    size_t *lens = NULL;
    int cap = 0, rc = 0;
    long lineno = 0;
    size_t pos = 0;
    while (pos < len) {
        char *line = text + pos;
        char *nl = memchr(line, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - line) : len - pos;
        pos += n + (nl ? 1 : 0);
        lineno++;
        int nt = 0;
        for (size_t i = 0; i < n;) {
            while (i < n && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r'))
                i++;
            if (i == n)
                break;
            size_t s = i;
            while (i < n && line[i] != ' ' && line[i] != '\t' && line[i] != '\r')
                i++;
            if (nt == cap) {
                cap = cap ? cap * 2 : 64;
                const char **nw = realloc(w, (size_t)cap * sizeof *w);
                size_t *nlens = realloc(lens, (size_t)cap * sizeof *lens);
                if (nw)
                    w = nw;
                if (nlens)
                    lens = nlens;
                if (!nw || !nlens) {
                    fprintf(stderr, "dyad parse: out of memory\n");
                    rc = 1;
                    goto done;
                }
            }
            w[nt] = line + s;
            lens[nt++] = i - s;
        }
        if (nt == 0)
            continue;
        int st = S_emit(o, w, lens, nt);
        if (st) {
            fprintf(stderr, "dyad parse: %s:%ld: %s; sentence skipped\n", path, lineno,
                    dyad_status_str((dyad_status)st));
            rc = 1;
        }
    }
done:
    free(w);
    free(lens);
    return rc;
}

static int S_run_conllu(S_opts *o, const char *path, const char *text, size_t len,
                        int eval)
{
    dyad_diag d = {cli_print_diag, NULL, 0, 0};
    dyad_conllu *c;
    if (dyad_conllu_parse(text, len, path, &c, &d) != DYAD_OK) {
        fprintf(stderr, "dyad parse: out of memory\n");
        return 1;
    }
    int rc = d.nwarn ? 1 : 0;
    if (eval) {
        dyad_parse_scores s;
        if (dyad_parse_eval(o->p, c, &s) != DYAD_OK) {
            fprintf(stderr, "dyad parse: out of memory\n");
            rc = 1;
        } else {
            double k = s.tokens ? 100.0 / (double)s.tokens : 0;
            printf("%s: UPOS %.2f  XPOS %.2f  UAS %.2f  LAS %.2f  LAS(univ) %.2f  "
                   "(%ld sentences, %ld words, %.0f sentences/s)\n",
                   path, (double)s.upos * k, (double)s.xpos * k, (double)s.uas * k,
                   (double)s.las * k, (double)s.las_univ * k, s.sents, s.tokens,
                   s.seconds > 0 ? (double)s.sents / s.seconds : 0);
        }
        dyad_conllu_free(c);
        return rc;
    }
    size_t *lens = NULL;
    int cap = 0;
    for (size_t k = 0; k < c->nsent; k++) {
        const dyad_conllu_sent *s = &c->sent[k];
        if (s->n > cap) {
            free(lens);
            cap = s->n;
            if (!(lens = malloc((size_t)cap * sizeof *lens))) {
                fprintf(stderr, "dyad parse: out of memory\n");
                rc = 1;
                break;
            }
        }
        for (int i = 0; i < s->n; i++)
            lens[i] = strlen(s->form[i]);
        int st = S_emit(o, s->form, lens, s->n);
        if (st) {
            fprintf(stderr, "dyad parse: %s:%ld: %s; sentence skipped\n", path, s->line,
                    dyad_status_str((dyad_status)st));
            rc = 1;
        }
    }
    free(lens);
    dyad_conllu_free(c);
    return rc;
}

int cmd_parse(int argc, char **argv)
{
    const char *model = getenv("DYAD_MODEL");
    int eval = 0, i = 1;
    S_opts o = {0};
    for (; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            S_usage(stdout);
            return 0;
        } else if (!strcmp(argv[i], "--model") && i + 1 < argc) {
            model = argv[++i];
        } else if (!strcmp(argv[i], "--ptb")) {
            o.ptb = 1;
        } else if (!strcmp(argv[i], "--eval")) {
            eval = 1;
        } else if (!strcmp(argv[i], "--")) {
            i++;
            break;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            fprintf(stderr, "dyad parse: unknown option '%s'\n", argv[i]);
            S_usage(stderr);
            return 2;
        } else {
            break;
        }
    }
    if (!model || !*model)
        model = DYAD_MODEL_DEFAULT;
    dyad_diag d = {cli_print_diag, NULL, 0, 0};
    dyad_model *m;
    if (dyad_model_load(model, &m, &d) != DYAD_OK)
        return 1;
    o.p = dyad_parser_new(m);
    if (!o.p) {
        dyad_model_free(m);
        fprintf(stderr, "dyad parse: out of memory\n");
        return 1;
    }
    static char *const stdin_only[] = {"-"};
    char *const *files = i < argc ? argv + i : stdin_only;
    int nfiles = i < argc ? argc - i : 1, rc = 0;
    for (int k = 0; k < nfiles; k++) {
        char *text;
        size_t len;
        dyad_status st = dyad_read_file(files[k], &text, &len);
        if (st) {
            fprintf(stderr, "dyad parse: %s: %s\n", files[k], dyad_status_str(st));
            rc = 1;
            continue;
        }
        const char *name = strcmp(files[k], "-") ? files[k] : "<stdin>";
        if (S_is_conllu(text, len))
            rc |= S_run_conllu(&o, name, text, len, eval);
        else if (eval) {
            fprintf(stderr, "dyad parse: %s: --eval needs CoNLL-U input\n", name);
            rc = 1;
        } else
            rc |= S_run_lines(&o, name, text, len);
        free(text);
    }
    free(o.tree);
    dyad_parser_free(o.p);
    dyad_model_free(m);
    return rc;
}

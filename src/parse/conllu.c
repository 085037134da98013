/*
 * conllu.c — reader for CoNLL-U (https://universaldependencies.org/format.html): ten
 * tab-separated columns per word, sentences separated by blank lines, '#' comments.
 * Multiword-token ranges ("3-4") and empty nodes ("5.1") are skipped: the tagger and
 * parser work on syntactic words. A malformed sentence is reported (file:line) and
 * skipped whole so that one bad line never shifts the words of its neighbours.
 */
#include <stdlib.h>
#include <string.h>
#include "dyad_parse.h"
#include "util/util.h"

typedef struct S_tok {
    const char *f[4]; /* form, upos, xpos, deprel (arena copies) */
    int head;
} S_tok;

typedef struct S_reader {
    dyad_conllu *c;
    size_t cap;
    S_tok *toks;
    int ntok, tokcap;
    long first_line;
    int bad;
} S_reader;

static int S_flush(S_reader *r)
{
    if (r->ntok == 0 || r->bad) {
        r->ntok = 0;
        r->bad = 0;
        return 0;
    }
    dyad_conllu *c = r->c;
    if (dyad_vec_grow((void **)&c->sent, &r->cap, c->nsent, sizeof *c->sent))
        return -1;
    int n = r->ntok;
    dyad_conllu_sent *s = &c->sent[c->nsent];
    s->n = n;
    s->line = r->first_line;
    const char ***cols[4] = {&s->form, &s->upos, &s->xpos, &s->deprel};
    for (int k = 0; k < 4; k++) {
        *cols[k] = dyad_arena_alloc(c->mem, (size_t)n * sizeof(char *));
        if (!*cols[k])
            return -1;
    }
    s->head = dyad_arena_alloc(c->mem, (size_t)n * sizeof(int));
    if (!s->head)
        return -1;
    for (int i = 0; i < n; i++) {
        for (int k = 0; k < 4; k++)
            (*cols[k])[i] = r->toks[i].f[k];
        s->head[i] = r->toks[i].head;
    }
    c->nsent++;
    r->ntok = 0;
    return 0;
}

/* Parse a non-negative decimal integer filling [p, p+n); -1 if it is not one. */
static long S_num(const char *p, size_t n)
{
    if (n == 0 || n > 9)
        return -1;
    long v = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] < '0' || p[i] > '9')
            return -1;
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

/* One word line; returns 0 ok or skipped, -1 ENOMEM, 1 malformed (reported). */
static int S_line(S_reader *r, const char *p, size_t n, const char *file, long lineno,
                  dyad_diag *diag)
{
    const char *col[10];
    size_t len[10];
    int nc = 0;
    size_t start = 0;
    for (size_t i = 0; i <= n; i++) {
        if (i == n || p[i] == '\t') {
            if (nc == 10) {
                nc++;
                break;
            }
            col[nc] = p + start;
            len[nc] = i - start;
            nc++;
            start = i + 1;
        }
    }
    if (nc != 10) {
        dyad_diagf(diag, DYAD_WARN, file, lineno, "expected 10 tab-separated columns, got %s%d",
                   nc > 10 ? "more than " : "", nc > 10 ? 10 : nc);
        return 1;
    }
    if (memchr(col[0], '-', len[0]) || memchr(col[0], '.', len[0]))
        return 0; /* multiword token range or empty node */
    long id = S_num(col[0], len[0]);
    if (id != r->ntok + 1) {
        dyad_diagf(diag, DYAD_WARN, file, lineno, "word id '%.*s' out of sequence (expected %d)",
                   (int)(len[0] > 20 ? 20 : len[0]), col[0], r->ntok + 1);
        return 1;
    }
    if (len[1] == 0) {
        dyad_diagf(diag, DYAD_WARN, file, lineno, "empty FORM column");
        return 1;
    }
    long head = -1;
    if (!(len[6] == 1 && col[6][0] == '_')) {
        head = S_num(col[6], len[6]);
        if (head < 0) {
            dyad_diagf(diag, DYAD_WARN, file, lineno, "HEAD '%.*s' is not a number",
                       (int)(len[6] > 20 ? 20 : len[6]), col[6]);
            return 1;
        }
    }
    if (r->ntok == r->tokcap) {
        int nc2 = r->tokcap ? r->tokcap * 2 : 64;
        S_tok *nt = realloc(r->toks, (size_t)nc2 * sizeof *nt);
        if (!nt)
            return -1;
        r->toks = nt;
        r->tokcap = nc2;
    }
    S_tok *t = &r->toks[r->ntok];
    static const int which[4] = {1, 3, 4, 7};
    for (int k = 0; k < 4; k++) {
        int j = which[k];
        size_t l = len[j];
        if (k > 0 && l == 1 && col[j][0] == '_')
            l = 0;
        t->f[k] = dyad_arena_strndup(r->c->mem, col[j], l);
        if (!t->f[k])
            return -1;
    }
    t->head = (int)head;
    if (r->ntok == 0)
        r->first_line = lineno;
    r->ntok++;
    return 0;
}

/* Heads must point inside the sentence; checked once the sentence is complete. */
static int S_check_heads(S_reader *r, const char *file, dyad_diag *diag)
{
    for (int i = 0; i < r->ntok; i++) {
        if (r->toks[i].head > r->ntok) {
            dyad_diagf(diag, DYAD_WARN, file, r->first_line + i,
                       "HEAD %d outside the sentence of %d words; sentence skipped",
                       r->toks[i].head, r->ntok);
            return 1;
        }
    }
    return 0;
}

dyad_status dyad_conllu_parse(const char *text, size_t len, const char *file,
                              dyad_conllu **out, dyad_diag *diag)
{
    *out = NULL;
    dyad_conllu *c = calloc(1, sizeof *c);
    S_reader r = {0};
    if (!c || !(c->mem = dyad_arena_new()))
        goto nomem;
    r.c = c;
    long lineno = 0;
    size_t pos = 0;
    while (pos < len) {
        const char *p = text + pos;
        const char *nl = memchr(p, '\n', len - pos);
        size_t n = nl ? (size_t)(nl - p) : len - pos;
        pos += n + (nl ? 1 : 0);
        lineno++;
        if (n > 0 && p[n - 1] == '\r')
            n--;
        if (n == 0) {
            if (!r.bad && S_check_heads(&r, file, diag))
                r.bad = 1;
            if (S_flush(&r))
                goto nomem;
            continue;
        }
        if (p[0] == '#' || r.bad)
            continue;
        int rc = S_line(&r, p, n, file, lineno, diag);
        if (rc < 0)
            goto nomem;
        if (rc > 0)
            r.bad = 1;
    }
    if (!r.bad && S_check_heads(&r, file, diag))
        r.bad = 1;
    if (S_flush(&r))
        goto nomem;
    free(r.toks);
    *out = c;
    return DYAD_OK;
nomem:
    free(r.toks);
    dyad_conllu_free(c);
    return DYAD_ENOMEM;
}

void dyad_conllu_free(dyad_conllu *c)
{
    if (!c)
        return;
    dyad_arena_free(c->mem);
    free(c->sent);
    free(c);
}

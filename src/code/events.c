/*
 * events.c — turning a coding into event records: copies the codes and finds the
 * source, target and verb words in the sentence text (tokens are searched in order,
 * case-insensitively; Treebank escapes such as -LRB- are not found and leave no span).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dyad_code.h"
#include "parse/tree.h"

static const char *S_find_ci(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    if (!n)
        return NULL;
    for (const char *p = hay; *p; p++) {
        size_t i = 0;
        while (i < n && p[i] && tolower((unsigned char)p[i]) == tolower((unsigned char)needle[i]))
            i++;
        if (i == n)
            return p;
    }
    return NULL;
}

/* Byte offsets of tokens in text: off[i] = -1 when not found. */
static void S_align(const dyad_tree *t, const char *text, long *off, long *end)
{
    const char *cur = text;
    for (size_t i = 0; i < t->ntok; i++) {
        const char *w = t->n[t->tok_node[i]].word;
        const char *f = S_find_ci(cur, w);
        /* do not jump far ahead for a token that is not in the text */
        if (f && f - cur > 64 + (long)strlen(w) * 4)
            f = NULL;
        if (f) {
            off[i] = f - text;
            end[i] = off[i] + (long)strlen(w);
            cur = f + strlen(w);
        } else {
            off[i] = end[i] = -1;
        }
    }
}

static dyad_span S_span(const long *off, const long *end, size_t ntok, int tok, int n)
{
    dyad_span s = {0, 0};
    long b = -1, e = -1;
    for (int k = tok; n > 0 && k < tok + n && k >= 0 && (size_t)k < ntok; k++) {
        if (off[k] < 0)
            continue;
        if (b < 0)
            b = off[k];
        e = end[k];
    }
    if (b >= 0 && e > b) {
        s.off = (uint32_t)b;
        s.len = (uint32_t)(e - b);
    }
    return s;
}

static void S_copy(char *dst, size_t cap, const char *src)
{
    size_t n = strlen(src);
    if (n >= cap)
        n = cap - 1;
    memcpy(dst, src, n);
    dst[n] = 0;
}

static void S_date(const char *in, char *out)
{
    char dig[9];
    size_t k = 0;
    out[0] = 0;
    for (const char *p = in ? in : ""; *p && k < 8; p++)
        if (isdigit((unsigned char)*p))
            dig[k++] = *p;
    if (k == 8)
        snprintf(out, 11, "%.4s-%.2s-%.2s", dig, dig + 4, dig + 6);
}

void dyad_coding_events(const dyad_coding *c, const dyad_tree *t, const char *doc,
                        const char *text, const char *date, dyad_event *ev)
{
    if (!c || !c->n)
        return;
    long *off = t ? malloc((t->ntok + 1) * sizeof *off) : NULL;
    long *end = t ? malloc((t->ntok + 1) * sizeof *end) : NULL;
    if (off && end && text)
        S_align(t, text, off, end);
    char d[11];
    S_date(date, d);
    for (size_t i = 0; i < c->n; i++) {
        const dyad_coded_event *x = &c->ev[i];
        dyad_event *e = &ev[i];
        memset(e, 0, sizeof *e);
        e->doc = doc ? doc : "";
        e->text = text ? text : "";
        /* dyad_event fields are shorter: long quoted phrases are cut */
        S_copy(e->source, sizeof e->source, x->source);
        S_copy(e->target, sizeof e->target, x->target);
        S_copy(e->code, sizeof e->code, x->code);
        memcpy(e->date, d, sizeof d);
        memcpy(e->article_date, d, sizeof d);
        e->date_basis = DYAD_DATE_ARTICLE;
        e->modality = x->negated   ? DYAD_MOD_NEGATED
                      : x->planned ? DYAD_MOD_PLANNED
                                   : DYAD_MOD_ASSERTED;
        e->context = x->context;
        if (off && end && text) {
            e->source_span = S_span(off, end, t->ntok, x->src_tok, x->src_ntok);
            e->target_span = S_span(off, end, t->ntok, x->tgt_tok, x->tgt_ntok);
            e->verb_span = S_span(off, end, t->ntok, x->verb_tok, x->verb_ntok);
        }
    }
    free(off);
    free(end);
}

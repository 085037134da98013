/*
 * lists.c — discard and issue dictionaries and their look-ups in sentence text.
 *
 * Discards: one phrase a line; '+' in front discards the whole story; a final '_'
 * requires the last word to end there, otherwise it is a stem (TABARI). Matching is by
 * words, case-insensitive, with punctuation trimmed from the text's words.
 * Issues (PETRARCH): "phrase [CODE]" inside <ISSUE> sections; "n:word" adds the plural,
 * "v:word" the -S/-ED/-ING forms, "a+b" both "a b" and "a-b"; "~phrase" is an ignore
 * phrase that cancels the issues of a sentence.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dict/dict.h"

#define MAXW 64

typedef struct S_lctx {
    dyad_dict *d;
    const char *name;
    dyad_diag *diag;
} S_lctx;

static int S_insert(dyad_dict *d, dyad_trie *t, char *phrase, int us)
{
    char *w[MAXW];
    size_t lens[MAXW];
    dyad_upcase(phrase);
    int nw = dyad_split_words(phrase, us, w, MAXW);
    if (nw == 0)
        return -2;
    for (int i = 0; i < nw; i++)
        lens[i] = strlen(w[i]);
    return dyad_trie_insert(d, t, (const char *const *)w, lens, NULL, nw);
}

static int S_discard_line(void *ctx, char *line, long ln)
{
    S_lctx *c = ctx;
    dyad_discard ds = {0};
    if (line[0] == '+') {
        ds.story = 1;
        line++;
    }
    size_t n = strlen(line);
    while (n && (line[n - 1] == ' ' || line[n - 1] == '\t'))
        line[--n] = 0;
    if (n && line[n - 1] == '_') {
        ds.exact = 1;
        line[--n] = 0;
    }
    int node = S_insert(c->d, &c->d->discards, line, 0);
    if (node == -2) {
        dyad_diagf(c->diag, DYAD_WARN, c->name, ln, "empty discard phrase; skipped");
        return 0;
    }
    if (node < 0 || DYAD_VEC_PUSH(c->d->disc, ds))
        return -1;
    c->d->discards.val[node] = (int32_t)c->d->disc.n - 1;
    return 0;
}

dyad_status dyad_read_discards(dyad_dict *d, const char *name, const char *text, size_t len,
                               dyad_diag *diag)
{
    S_lctx c = {d, name, diag};
    return dyad_dict_lines(text, len, S_discard_line, &c);
}

/* ---------------------------------------------------------------- issues */

static int S_issue_store(S_lctx *c, const char *form, int code)
{
    char buf[1024];
    snprintf(buf, sizeof buf, "%s", form);
    int node = S_insert(c->d, &c->d->issues, buf, 0);
    if (node == -2)
        return 0;
    if (node < 0)
        return -1;
    if (c->d->issues.val[node] < 0) {
        if (DYAD_VEC_PUSH(c->d->issue_code, code))
            return -1;
        c->d->issues.val[node] = (int32_t)c->d->issue_code.n - 1;
    }
    return 0;
}

/* Expand the first n:, v: or + in form, recursively; depth bounds pathological lines. */
static int S_issue_expand(S_lctx *c, const char *form, int code, int depth)
{
    if (depth > 12)
        return 0;
    const char *p;
    char a[1024], b[1024];
    if ((p = strstr(form, "N:")) && (p == form || p[-1] == ' ' || p[-1] == '+')) {
        const char *w = p + 2, *e = w;
        while (*e && *e != ' ' && *e != '+')
            e++;
        size_t wn = (size_t)(e - w);
        snprintf(a, sizeof a, "%.*s%.*s%s", (int)(p - form), form, (int)wn, w, e);
        if (wn && w[wn - 1] == 'Y')
            snprintf(b, sizeof b, "%.*s%.*sIES%s", (int)(p - form), form, (int)wn - 1, w, e);
        else
            snprintf(b, sizeof b, "%.*s%.*sS%s", (int)(p - form), form, (int)wn, w, e);
        return S_issue_expand(c, a, code, depth + 1) || S_issue_expand(c, b, code, depth + 1);
    }
    if ((p = strstr(form, "V:")) && (p == form || p[-1] == ' ' || p[-1] == '+')) {
        const char *w = p + 2, *e = w;
        while (*e && *e != ' ' && *e != '+')
            e++;
        size_t wn = (size_t)(e - w);
        int pre = (int)(p - form);
        int ee = wn && w[wn - 1] == 'E';
        const char *suf[4] = {"", "S", ee ? "D" : "ED", "ING"};
        for (int i = 0; i < 4; i++) {
            int keep = (i == 3 && ee) ? (int)wn - 1 : (int)wn;
            snprintf(a, sizeof a, "%.*s%.*s%s%s", pre, form, keep, w, suf[i], e);
            if (S_issue_expand(c, a, code, depth + 1))
                return -1;
        }
        return 0;
    }
    if ((p = strchr(form, '+'))) {
        snprintf(a, sizeof a, "%.*s %s", (int)(p - form), form, p + 1);
        snprintf(b, sizeof b, "%.*s-%s", (int)(p - form), form, p + 1);
        return S_issue_expand(c, a, code, depth + 1) || S_issue_expand(c, b, code, depth + 1);
    }
    return S_issue_store(c, form, code);
}

static int S_issue_line(void *ctx, char *line, long ln)
{
    S_lctx *c = ctx;
    dyad_dict *d = c->d;
    if (line[0] == '<')
        return 0; /* <ISSUE ...> section markers */
    /* codes 0 and 1 are the ignore markers '~' and '~~' (no code string) */
    if (d->issue_codes.n == 0 &&
        (DYAD_VEC_PUSH(d->issue_codes, 0) || DYAD_VEC_PUSH(d->issue_codes, 0)))
        return -1;
    int code;
    char *target;
    if (line[0] == '~') {
        code = line[1] == '~';
        target = line + 1 + code;
    } else {
        char *b = strchr(line, '[');
        char *e = b ? strchr(b, ']') : NULL;
        if (!b || !e || e == b + 1) {
            dyad_diagf(c->diag, DYAD_WARN, c->name, ln, "issue phrase without [CODE]; skipped");
            return 0;
        }
        *e = 0;
        *b = 0;
        int ok;
        dyad_str s = dyad_dict_intern(d, b + 1, strlen(b + 1), &ok);
        if (!ok)
            return -1;
        code = -1;
        for (size_t i = 2; i < d->issue_codes.n; i++)
            if (d->issue_codes.v[i] == s)
                code = (int)i;
        if (code < 0) {
            if (DYAD_VEC_PUSH(d->issue_codes, s))
                return -1;
            code = (int)d->issue_codes.n - 1;
        }
        target = line;
    }
    dyad_upcase(target);
    return S_issue_expand(c, target, code, 0) ? -1 : 0;
}

dyad_status dyad_read_issues(dyad_dict *d, const char *name, const char *text, size_t len,
                             dyad_diag *diag)
{
    S_lctx c = {d, name, diag};
    return dyad_dict_lines(text, len, S_issue_line, &c);
}

/* ---------------------------------------------------------------- look-ups */

typedef struct S_words {
    char buf[4096];
    const char *w[512];
    size_t n[512];
    int nw;
} S_words;

/* Upper-case words of text with surrounding punctuation trimmed; NULL on ENOMEM. The
 * caller frees. */
static S_words *S_text_words(const char *text)
{
    S_words *ws = malloc(sizeof *ws);
    if (!ws)
        return NULL;
    size_t k = 0;
    ws->nw = 0;
    const char *p = text;
    while (*p && ws->nw < 512) {
        while (*p && isspace((unsigned char)*p))
            p++;
        const char *b = p;
        while (*p && !isspace((unsigned char)*p))
            p++;
        const char *e = p;
        while (b < e && strchr("\"'([{`", *b))
            b++;
        while (e > b && strchr(".,;:!?\"')]}`", e[-1]))
            e--;
        if (b == e)
            continue;
        size_t n = (size_t)(e - b);
        if (k + n + 1 > sizeof ws->buf)
            break;
        for (size_t i = 0; i < n; i++)
            ws->buf[k + i] = (char)toupper((unsigned char)b[i]);
        ws->buf[k + n] = 0;
        ws->w[ws->nw] = ws->buf + k;
        ws->n[ws->nw++] = n;
        k += n + 1;
    }
    return ws;
}

int dyad_dict_discard(const dyad_dict *d, const char *text)
{
    S_words *ws = d && text && d->disc.n ? S_text_words(text) : NULL;
    if (!ws)
        return 0;
    int best = 0;
    for (int i = 0; i < ws->nw && best < 2; i++) {
        int node = 0;
        for (int j = i; j < ws->nw && best < 2; j++) {
            /* a stem entry may end inside this word; the whole word's child, the first
             * looked up, is where the phrase goes on */
            int next = ws->n[j] < 3 ? dyad_trie_child(&d->discards, node, ws->w[j], ws->n[j])
                                    : -1;
            for (size_t pl = ws->n[j]; pl >= 3; pl--) {
                int ch = dyad_trie_child(&d->discards, node, ws->w[j], pl);
                if (pl == ws->n[j])
                    next = ch;
                if (ch < 0)
                    continue;
                int v = d->discards.val[ch];
                if (v >= 0 && (pl == ws->n[j] || !d->disc.v[v].exact)) {
                    int lev = d->disc.v[v].story ? 2 : 1;
                    if (lev > best)
                        best = lev;
                }
            }
            node = next;
            if (node < 0)
                break;
        }
    }
    free(ws);
    return best;
}

size_t dyad_dict_issues(const dyad_dict *d, const char *text, dyad_issue *out, size_t max)
{
    S_words *ws = d && text && d->issue_code.n ? S_text_words(text) : NULL;
    if (!ws)
        return 0;
    size_t nout = 0;
    int i = 0;
    while (i < ws->nw) {
        int node = 0, best = -1, bestlen = 0;
        for (int j = i; j < ws->nw; j++) {
            node = dyad_trie_child(&d->issues, node, ws->w[j], ws->n[j]);
            if (node < 0)
                break;
            if (d->issues.val[node] >= 0) {
                best = d->issues.val[node];
                bestlen = j - i + 1;
            }
        }
        if (best < 0) {
            i++;
            continue;
        }
        i += bestlen;
        int code = d->issue_code.v[best];
        if (code < 2) {
            nout = 0; /* an ignore phrase cancels the sentence's issues */
            break;
        }
        size_t k;
        for (k = 0; k < nout; k++)
            if (out[k].code == dyad_dict_str(d, d->issue_codes.v[code])) {
                out[k].count++;
                break;
            }
        if (k == nout && nout < max) {
            out[nout].code = dyad_dict_str(d, d->issue_codes.v[code]);
            out[nout++].count = 1;
        }
    }
    free(ws);
    return nout;
}

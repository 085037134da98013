/*
 * verbs.c — reader of TABARI / PETRARCH verb dictionaries.
 *
 * "--- NAME [code] ---" opens a block; the verb lines that follow share the block's
 * patterns. A verb line is "VERB {IRREGULAR FORMS} [code]"; without {} the regular
 * forms (-S/-ES/-IES, -ED/-D/-IED, -ING) are generated. Multi-word verbs join words
 * with '_' and mark the verb with '+' ("+BREAK_DOWN", "WIRE_+TAP"). "&NAME" starts a
 * synset whose "+PHRASE" members get automatic plurals unless NAME or the phrase ends
 * in '_'; a member "+&OTHER" includes another synset (not in the sets the coder reads
 * as words, DYAD_SYN_WRONG and DYAD_SYN_JUDGING, whose members must be plain words: an
 * error names the line otherwise). Patterns are
 * "- WORDS * WORDS [code]": '_' joins words that must be adjacent, blanks allow words
 * in between; $ source, + target, ^ skip a noun phrase, % compound, &SYN a synset.
 * "~" transformation lines (PETRARCH-2) are accepted and ignored.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dict/dict.h"

#define MAXW 64

typedef struct S_vctx {
    dyad_dict *d;
    const char *name;
    dyad_diag *diag;
    int block;   /* current block, -1 none */
    int syn;     /* synset being defined, -1 none */
    int noplural;
    int plain;   /* it is one the coder reads as words (DYAD_SYN_WRONG, ...) */
} S_vctx;

/* s[0..n) upper-cased (in place) and stored in the pool; *ok = 0 on ENOMEM. */
static dyad_str S_dup(S_vctx *c, char *s, size_t n, int *ok)
{
    for (size_t i = 0; i < n; i++)
        s[i] = (char)toupper((unsigned char)s[i]);
    return dyad_dict_intern(c->d, s, n, ok);
}

/* The same for a word that patterns or phrases match, with its key. */
static dyad_word S_word(S_vctx *c, char *s, size_t n, int *ok)
{
    dyad_word w = {S_dup(c, s, n, ok), 0};
    w.key = dyad_word_key(s, n);
    return w;
}

/* ---------------------------------------------------------------- synsets */

/* A synset's phrases are contiguous: before one grows, move its phrases to the end of
 * d->phrase unless they are there (a synset reopened after another was defined; the
 * old copies stay unused). */
static int S_syn_tail(dyad_dict *d, int syn)
{
    dyad_synset *sy = &d->syn.v[syn];
    if (sy->first + sy->n == d->phrase.n)
        return 0;
    uint32_t first = (uint32_t)d->phrase.n;
    for (uint32_t i = 0; i < sy->n; i++)
        if (DYAD_VEC_PUSH(d->phrase, d->phrase.v[sy->first + i]))
            return -1;
    sy->first = first;
    return 0;
}

static int S_syn_add(S_vctx *c, char **w, int nw)
{
    dyad_dict *d = c->d;
    dyad_phrase ph = {(uint32_t)d->words.n, nw, -1};
    for (int i = 0; i < nw; i++) {
        int ok;
        dyad_word ws = S_word(c, w[i], strlen(w[i]), &ok);
        if (!ok || DYAD_VEC_PUSH(d->words, ws))
            return -1;
    }
    if (S_syn_tail(d, c->syn) || DYAD_VEC_PUSH(d->phrase, ph))
        return -1;
    d->syn.v[c->syn].n++;
    return 0;
}

/* Index every synset's members by first word (d->synhead, dyad_phrase.next), each
 * chain in the set's order. Built whole once a file is read: members move while one
 * is (S_syn_tail) and copies of another set's carry that set's links. */
static int S_syn_index(dyad_dict *d)
{
    free(d->synhead.slot.v);
    memset(&d->synhead, 0, sizeof d->synhead);
    for (size_t i = 0; i < d->phrase.n; i++)
        d->phrase.v[i].next = -1;
    for (size_t s = 0; s < d->syn.n; s++)
        for (uint32_t i = d->syn.v[s].n; i-- > 0;) { /* last first: the first ends up head */
            uint32_t k = d->syn.v[s].first + i;
            dyad_phrase *p = &d->phrase.v[k];
            const char *w = dyad_dict_word(d, p->w, 0);
            p->next = dyad_dict_syn_first(d, (int)s, w, strlen(w));
            if (dyad_wmap_set(d, &d->synhead, (uint32_t)s, w, strlen(w), (int32_t)k))
                return -1;
        }
    return 0;
}

static int S_syn_member(S_vctx *c, char *s, long ln)
{
    dyad_dict *d = c->d;
    /* the coder matches such a set's members word by word in the sentence, so a code
     * or a pattern mark in one ("STEAL [112]", "(OF +)") is a mistake, not a word */
    for (const char *p = s; c->plain && *p; p++)
        if (ispunct((unsigned char)*p) && !strchr("_-'.", *p)) {
            dyad_diagf(c->diag, DYAD_ERROR, c->name, ln,
                       "member '%s' of a word set of the coder is not plain words; skipped", s);
            return 0;
        }
    if (s[0] == '&') {
        char *w[2];
        if (dyad_split_words(s, 0, w, 2) < 1)
            return 0;
        int inc = dyad_wmap_get(&d->synmap, d->str.v, 0, w[0], strlen(w[0]));
        if (inc < 0) {
            dyad_diagf(c->diag, DYAD_WARN, c->name, ln, "undefined synset %s; skipped", w[0]);
            return 0;
        }
        if (inc == c->syn || S_syn_tail(d, c->syn))
            return inc == c->syn ? 0 : -1;
        for (uint32_t i = 0; i < d->syn.v[inc].n; i++) {
            if (DYAD_VEC_PUSH(d->phrase, d->phrase.v[d->syn.v[inc].first + i]))
                return -1;
            d->syn.v[c->syn].n++;
        }
        return 0;
    }
    size_t n = strlen(s);
    int plural = !c->noplural;
    if (n && s[n - 1] == '_') {
        plural = 0;
        s[--n] = 0;
    }
    char *w[MAXW];
    int nw = dyad_split_words(s, 1, w, MAXW);
    if (nw == 0) {
        dyad_diagf(c->diag, DYAD_WARN, c->name, ln, "empty synset member; skipped");
        return 0;
    }
    if (S_syn_add(c, w, nw))
        return -1;
    if (plural) {
        char pl[256];
        const char *last = w[nw - 1];
        size_t ln2 = strlen(last);
        char e = (char)toupper((unsigned char)last[ln2 - 1]);
        if (ln2 + 3 >= sizeof pl)
            return 0;
        if (e == 'Y')
            snprintf(pl, sizeof pl, "%.*sIES", (int)(ln2 - 1), last);
        else if (e == 'S' || e == 'X' || e == 'Z')
            snprintf(pl, sizeof pl, "%.200sES", last);
        else
            snprintf(pl, sizeof pl, "%.200sS", last);
        w[nw - 1] = pl;
        if (S_syn_add(c, w, nw))
            return -1;
    }
    return 0;
}

/* ---------------------------------------------------------------- verbs */

static int S_verb_push(S_vctx *c, const char *word, dyad_verb v)
{
    dyad_dict *d = c->d;
    size_t wn = strlen(word);
    int idx = (int)d->verb.n;
    int head = dyad_dict_verb(d, word, wn);
    v.next = -1;
    if (head >= 0) {
        if (v.npre || v.npost) {
            v.next = head; /* multi-word forms are tried first */
        } else {
            int k = head;
            for (;;) {
                const dyad_verb *e = &d->verb.v[k];
                if (!e->npre && !e->npost && e->block == v.block)
                    return 0; /* already defined in this block */
                if (e->next < 0)
                    break;
                k = e->next;
            }
            if (DYAD_VEC_PUSH(d->verb, v))
                return -1;
            d->verb.v[k].next = idx;
            return 0;
        }
    }
    if (DYAD_VEC_PUSH(d->verb, v))
        return -1;
    return dyad_wmap_set(d, &d->verbmap, 0, word, wn, idx);
}

/* Regular forms of a stem into out (4 forms). */
static int S_forms(const char *stem, char out[4][128])
{
    size_t n = strlen(stem);
    if (n == 0 || n > 100)
        return 0;
    char e = stem[n - 1];
    char p = n > 1 ? stem[n - 2] : 0;
    snprintf(out[0], 128, "%.100s", stem);
    if (e == 'Y' && !strchr("AEIOU", p))
        snprintf(out[1], 128, "%.*sIES", (int)(n - 1), stem);
    else if (e == 'S' || e == 'X' || e == 'Z' || (e == 'H' && (p == 'C' || p == 'S')))
        snprintf(out[1], 128, "%.100sES", stem);
    else
        snprintf(out[1], 128, "%.100sS", stem);
    if (e == 'E')
        snprintf(out[2], 128, "%.100sD", stem);
    else if (e == 'Y' && !strchr("AEIOU", p))
        snprintf(out[2], 128, "%.*sIED", (int)(n - 1), stem);
    else
        snprintf(out[2], 128, "%.100sED", stem);
    if (e == 'E' && n > 2 && p != 'E')
        snprintf(out[3], 128, "%.*sING", (int)(n - 1), stem);
    else
        snprintf(out[3], 128, "%.100sING", stem);
    return 4;
}

/* Add one written form: "WORD" or "A_B_+C_D" (the '+' word is the verb). */
static int S_verb_form(S_vctx *c, char *form, dyad_str code, int regular, long ln)
{
    char *w[MAXW];
    int multi = strchr(form, '_') != NULL;
    int nw = dyad_split_words(form, 1, w, MAXW);
    if (nw == 0)
        return 0;
    int vi = -1;
    for (int i = 0; i < nw; i++)
        if (w[i][0] == '+') {
            vi = i;
            w[i]++;
        }
    if (vi < 0) {
        if (multi) {
            dyad_diagf(c->diag, DYAD_WARN, c->name, ln,
                       "multi-word verb needs '+' on its verb word; skipped");
            return 0;
        }
        vi = 0;
    }
    if (!w[vi][0])
        return 0;
    dyad_verb v = {0};
    v.code = code;
    v.block = c->block;
    v.npre = vi;
    v.npost = nw - vi - 1;
    /* the words before the verb, nearest first, then those after it */
    v.pre = (uint32_t)c->d->words.n;
    v.post = v.pre + (uint32_t)v.npre;
    for (int i = 0; i < v.npre + v.npost; i++) {
        char *x = i < v.npre ? w[vi - 1 - i] : w[vi + 1 + i - v.npre];
        int ok;
        dyad_word ws = S_word(c, x, strlen(x), &ok);
        if (!ok || DYAD_VEC_PUSH(c->d->words, ws))
            return -1;
    }
    char stem[128];
    snprintf(stem, sizeof stem, "%s", w[vi]);
    dyad_upcase(stem);
    if (!regular)
        return S_verb_push(c, stem, v);
    char forms[4][128];
    int nf = S_forms(stem, forms);
    for (int i = 0; i < nf; i++)
        if (S_verb_push(c, forms[i], v))
            return -1;
    return 0;
}

static int S_verb_line(S_vctx *c, char *line, long ln)
{
    dyad_str code = c->d->block.v[c->block].code;
    char *b = strchr(line, '[');
    if (b) {
        char *e = strchr(b, ']');
        if (!e) {
            dyad_diagf(c->diag, DYAD_WARN, c->name, ln, "missing ']' in verb code; skipped");
            return 0;
        }
        char *cw[2];
        int ok = 1;
        *e = 0;
        if (dyad_split_words(b + 1, 0, cw, 2) >= 1)
            code = S_dup(c, cw[0], strlen(cw[0]), &ok);
        if (!ok)
            return -1;
        *b = 0;
    }
    char *brace = strchr(line, '{');
    if (brace) {
        char *be = strchr(brace, '}');
        if (!be) {
            dyad_diagf(c->diag, DYAD_WARN, c->name, ln, "missing '}' in verb forms; skipped");
            return 0;
        }
        *be = 0;
        *brace = 0;
        char *f[MAXW];
        int nf = dyad_split_words(brace + 1, 0, f, MAXW);
        for (int i = 0; i < nf; i++)
            if (S_verb_form(c, f[i], code, 0, ln))
                return -1;
    }
    /* "LASH OUT": blanks join a multi-word verb whose first word is the verb */
    size_t n = strlen(line);
    while (n && (line[n - 1] == ' ' || line[n - 1] == '\t'))
        line[--n] = 0;
    if (!n)
        return 0;
    if (strchr(line, '_') && !strchr(line, '+')) {
        dyad_diagf(c->diag, DYAD_WARN, c->name, ln,
                   "multi-word verb needs '+' on its verb word; skipped");
        return 0;
    }
    char main_form[512];
    size_t k = 0;
    int has_plus = strchr(line, '+') != NULL, words = 0;
    for (char *p = line; *p && k + 2 < sizeof main_form; p++) {
        if (*p == ' ' || *p == '\t') {
            if (k && main_form[k - 1] != '_')
                main_form[k++] = '_';
            continue;
        }
        if (!has_plus && words == 0 && (p == line))
            main_form[k++] = '+', words = 1;
        main_form[k++] = *p;
    }
    main_form[k] = 0;
    if (!strchr(main_form, '_') && main_form[0] == '+')
        memmove(main_form, main_form + 1, k);
    return S_verb_form(c, main_form, code, brace == NULL, ln);
}

/* ---------------------------------------------------------------- patterns */

/* Tokenize a pattern half. `upper`: tokens are returned nearest-the-verb first. */
static int S_tokens(S_vctx *c, char *s, int upper, int first_gap, uint32_t *first,
                    int32_t *nout, long ln)
{
    dyad_ptok tok[MAXW];
    int gapafter[MAXW];
    int nt = 0, gap = first_gap;
    char *p = s;
    while (*p) {
        int sep_us = 0, sep = 0;
        while (*p == ' ' || *p == '\t' || *p == '_' || *p == '(' || *p == ')' || *p == '{' ||
               *p == '}') {
            if (*p == '_')
                sep_us = 1;
            sep = 1;
            p++;
        }
        if (nt > 0 && sep)
            gapafter[nt - 1] = !sep_us;
        if (!*p)
            break;
        char *b = p;
        while (*p && *p != ' ' && *p != '\t' && *p != '_' && *p != '(' && *p != ')' &&
               *p != '{' && *p != '}')
            p++;
        if (nt >= MAXW)
            break;
        dyad_ptok t = {0};
        size_t n = (size_t)(p - b);
        if (nt > 0)
            gap = sep ? !sep_us : 0;
        t.gap = gap;
        if (n == 1 && strchr("$+^%", b[0])) {
            t.type = b[0] == '$' ? DYAD_PT_SRC
                   : b[0] == '+' ? DYAD_PT_TGT
                   : b[0] == '^' ? DYAD_PT_SKIP
                                 : DYAD_PT_COMP;
        } else if (b[0] == '&') {
            char name[128];
            snprintf(name, sizeof name, "%.*s", (int)n, b);
            dyad_upcase(name);
            size_t nl = strlen(name);
            const dyad_dict *d = c->d;
            int syn = dyad_wmap_get(&d->synmap, d->str.v, 0, name, nl);
            if (syn < 0 && nl > 1 && name[nl - 1] == '_')
                syn = dyad_wmap_get(&d->synmap, d->str.v, 0, name, nl - 1);
            if (syn < 0) {
                dyad_diagf(c->diag, DYAD_WARN, c->name, ln,
                           "undefined synset %s in pattern; pattern skipped", name);
                return 1;
            }
            t.type = DYAD_PT_SYN;
            t.syn = syn;
        } else {
            int ok;
            t.type = DYAD_PT_WORD;
            dyad_word x = S_word(c, b, n, &ok);
            if (!ok)
                return -1;
            t.word = x.s;
            t.key = x.key;
        }
        gapafter[nt] = 1;
        tok[nt++] = t;
    }
    if (upper) {
        /* matching runs from the verb outwards: a token's gap is the separator after it */
        if (nt > 0)
            gapafter[nt - 1] = first_gap;
        dyad_ptok rev[MAXW];
        for (int i = 0; i < nt; i++) {
            rev[i] = tok[nt - 1 - i];
            rev[i].gap = gapafter[nt - 1 - i];
        }
        memcpy(tok, rev, (size_t)nt * sizeof *tok);
    }
    *nout = nt;
    *first = (uint32_t)c->d->ptok.n;
    for (int i = 0; i < nt; i++)
        if (DYAD_VEC_PUSH(c->d->ptok, tok[i]))
            return -1;
    return 0;
}

static int S_pattern(S_vctx *c, char *s, long ln)
{
    if (c->block < 0) {
        dyad_diagf(c->diag, DYAD_WARN, c->name, ln, "pattern outside a verb block; skipped");
        return 0;
    }
    char *b = strrchr(s, '[');
    char *e = b ? strchr(b, ']') : NULL;
    if (!b || !e) {
        dyad_diagf(c->diag, DYAD_WARN, c->name, ln, "pattern without [code]; skipped");
        return 0;
    }
    *e = 0;
    char *cw[2];
    if (dyad_split_words(b + 1, 0, cw, 2) < 1) {
        dyad_diagf(c->diag, DYAD_WARN, c->name, ln, "empty pattern code; skipped");
        return 0;
    }
    int ok;
    dyad_str code = S_dup(c, cw[0], strlen(cw[0]), &ok);
    if (!ok)
        return -1;
    *b = 0;
    char *star = strchr(s, '*');
    if (!star) {
        dyad_diagf(c->diag, DYAD_WARN, c->name, ln, "pattern without '*' verb marker; skipped");
        return 0;
    }
    if (strchr(star + 1, '*')) {
        dyad_diagf(c->diag, DYAD_WARN, c->name, ln, "pattern with two '*'; skipped");
        return 0;
    }
    dyad_pattern pt = {0};
    pt.code = code;
    pt.line = (int32_t)ln;
    int upgap = !(star > s && star[-1] == '_');
    int lowgap = star[1] != '_';
    *star = 0;
    size_t ntok = c->d->ptok.n;
    int r = S_tokens(c, s, 1, upgap, &pt.up, &pt.nup, ln);
    if (r == 0)
        r = S_tokens(c, star + 1, 0, lowgap, &pt.low, &pt.nlow, ln);
    if (r > 0) {
        c->d->ptok.n = ntok; /* drop the tokens of the half already read */
        return 0;
    }
    if (r < 0)
        return -1;
    if (DYAD_VEC_PUSH(c->d->pat, pt))
        return -1;
    c->d->block.v[c->block].end = (uint32_t)c->d->pat.n;
    return 0;
}

static int S_line(void *ctx, char *line, long ln)
{
    S_vctx *c = ctx;
    int rc = 0;
    if (line[0] == '-' && line[1] == '-' && line[2] == '-') {
        c->syn = -1;
        char *w[4];
        char *b = strchr(line, '[');
        char none[] = "---";
        dyad_vblock bl = {0};
        int ok;
        bl.code = S_dup(c, none, 3, &ok);
        if (b) {
            char *e = strchr(b, ']');
            if (e) {
                *e = 0;
                char *cw[2];
                if (ok && dyad_split_words(b + 1, 0, cw, 2) >= 1)
                    bl.code = S_dup(c, cw[0], strlen(cw[0]), &ok);
            }
            *b = 0;
        }
        int nw = dyad_split_words(line + 3, 0, w, 4);
        if (ok && nw)
            bl.name = S_dup(c, w[0], strlen(w[0]), &ok);
        bl.first = bl.end = (uint32_t)c->d->pat.n;
        if (!ok || DYAD_VEC_PUSH(c->d->block, bl))
            return -1;
        c->block = (int)c->d->block.n - 1;
    } else if (line[0] == '-') {
        c->syn = -1;
        rc = S_pattern(c, line + 1, ln);
    } else if (line[0] == '&') {
        char *w[2];
        dyad_split_words(line, 0, w, 2);
        size_t n = strlen(w[0]);
        c->noplural = n > 1 && w[0][n - 1] == '_';
        if (c->noplural)
            w[0][--n] = 0;
        dyad_dict *d = c->d;
        dyad_upcase(w[0]);
        c->syn = dyad_wmap_get(&d->synmap, d->str.v, 0, w[0], n);
        c->plain = !strcmp(w[0], DYAD_SYN_WRONG) || !strcmp(w[0], DYAD_SYN_JUDGING);
        if (c->syn < 0) {
            int ok;
            dyad_synset sy = {0};
            sy.name = S_dup(c, w[0], n, &ok);
            sy.first = (uint32_t)d->phrase.n;
            c->syn = (int)d->syn.n;
            if (!ok || DYAD_VEC_PUSH(d->syn, sy) ||
                dyad_wmap_set(d, &d->synmap, 0, w[0], n, c->syn))
                return -1;
        }
    } else if (line[0] == '+' && c->syn >= 0) {
        rc = S_syn_member(c, line + 1, ln);
    } else if (line[0] == '~') {
        /* PETRARCH-2 verb transformation: not used by this coder */
    } else if (line[0] == '<') {
        /* stray markup */
    } else {
        c->syn = -1;
        if (c->block < 0) {
            dyad_diagf(c->diag, DYAD_WARN, c->name, ln, "verb outside a '---' block; skipped");
            return 0;
        }
        rc = S_verb_line(c, line, ln);
    }
    return rc < 0 ? -1 : 0;
}

dyad_status dyad_read_verbs(dyad_dict *d, const char *name, const char *text, size_t len,
                            dyad_diag *diag)
{
    S_vctx c = {d, name, diag, -1, -1, 0, 0};
    dyad_status st = dyad_dict_lines(text, len, S_line, &c);
    return st == DYAD_OK && S_syn_index(d) ? DYAD_ENOMEM : st;
}

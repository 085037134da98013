/*
 * actors.c — readers of actor and agent dictionaries (TABARI / PETRARCH formats).
 *
 * Actors: an entry line "NAME [CODE]" (words joined by '_' or blanks), then optional
 * "+SYNONYM" lines and "[CODE restriction]" lines; restrictions are "<YYMMDD",
 * ">YYMMDD", "YYMMDD-YYMMDD" or a bare date (from then on); dates have 6 or 8 digits.
 * Names on consecutive lines before any code share the codes that follow (TABARI). Every phrase of an entry maps to
 * the entry's code list; the sentence date picks the code when coding.
 * Agents: "PHRASE {PLURAL} [~CODE]" (or [CODE~]); without {} a regular plural is made;
 * "!MARK! = A, B" defines a substitution used as "CONGRESS!MARK!".
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dict/dict.h"

#define MAXW 64

typedef struct S_actx {
    dyad_dict *d;
    const char *name;
    dyad_diag *diag;
    /* pending actor entry */
    char *phr[256];
    long phr_line[256];
    int nphr;
    uint32_t code_first, ncodes;
    long entry_line;
    int have_entry;
    /* agent substitution markers and their lists, for one file */
    dyad_strmap *marks;
    dyad_arena *lists;
} S_actx;

/* Insert a phrase into trie t: words split at '_' (adjacent) and blanks (other words
 * may come between); returns node, -1 on ENOMEM, -2 for an empty phrase. */
static int S_insert_phrase(dyad_dict *d, dyad_trie *t, const char *phrase)
{
    char buf[1024];
    size_t n = strlen(phrase);
    if (n >= sizeof buf)
        n = sizeof buf - 1;
    memcpy(buf, phrase, n);
    buf[n] = 0;
    dyad_upcase(buf);
    const char *w[MAXW];
    size_t lens[MAXW];
    unsigned char gaps[MAXW];
    int nw = 0, gap = 0;
    char *p = buf;
    while (*p && nw < MAXW) {
        while (*p == ' ' || *p == '\t' || *p == '_') {
            if (*p != '_')
                gap = 1;
            p++;
        }
        if (!*p)
            break;
        char *b = p;
        while (*p && *p != ' ' && *p != '\t' && *p != '_')
            p++;
        w[nw] = b;
        lens[nw] = (size_t)(p - b);
        gaps[nw++] = (unsigned char)gap;
        gap = 0;
    }
    if (nw == 0)
        return -2;
    return dyad_trie_insert(d, t, w, lens, gaps, nw);
}

/* Parse one "[CODE restriction]" group (without brackets) into d->codes. */
static int S_code(S_actx *c, char *s, long ln)
{
    char *w[8];
    int nw = dyad_split_words(s, 0, w, 8);
    if (nw == 0) {
        dyad_diagf(c->diag, DYAD_WARN, c->name, ln, "empty code '[]'; skipped");
        return 0;
    }
    dyad_actor_code ac = {0};
    int ok;
    dyad_upcase(w[0]);
    ac.code = dyad_dict_intern(c->d, w[0], strlen(w[0]), &ok);
    if (!ok)
        return -1;
    /* join the rest: "< 950601", "19950601 - 19990815", ">990816", "170120-210120" */
    char rest[64] = "";
    size_t rl = 0;
    for (int i = 1; i < nw; i++) {
        size_t l = strlen(w[i]);
        if (rl + l >= sizeof rest)
            break;
        memcpy(rest + rl, w[i], l);
        rl += l;
        rest[rl] = 0;
    }
    if (rl) {
        int bad = 0;
        if (rest[0] == '<' || rest[0] == '>') {
            ac.kind = rest[0] == '<' ? DYAD_DATE_BEFORE : DYAD_DATE_AFTER;
            ac.d1 = dyad_date_ordinal(rest + 1, rl - 1);
            bad = ac.d1 < 0;
        } else {
            char *dash = strchr(rest, '-');
            if (!dash) {
                /* a bare date: from that date on (PETRARCH-2 reads it so) */
                ac.kind = DYAD_DATE_AFTER;
                ac.d1 = dyad_date_ordinal(rest, rl);
                bad = ac.d1 < 0;
            } else {
                ac.kind = DYAD_DATE_RANGE;
                ac.d1 = dyad_date_ordinal(rest, (size_t)(dash - rest));
                ac.d2 = dyad_date_ordinal(dash + 1, strlen(dash + 1));
                bad = ac.d1 < 0 || ac.d2 < 0;
            }
        }
        if (bad) {
            dyad_diagf(c->diag, DYAD_WARN, c->name, ln,
                       "bad date restriction '%s' on code %s; code skipped", rest, w[0]);
            return 0;
        }
    }
    if (DYAD_VEC_PUSH(c->d->codes, ac))
        return -1;
    c->ncodes++;
    return 0;
}

/* Codes in every [...] of s (s is cut at the first '['). */
static int S_codes(S_actx *c, char *s, long ln)
{
    char *b = strchr(s, '[');
    if (!b)
        return 0;
    *b = 0;
    b++;
    for (;;) {
        char *e = strchr(b, ']');
        if (!e) {
            dyad_diagf(c->diag, DYAD_WARN, c->name, ln, "missing ']'; code skipped");
            return 0;
        }
        *e = 0;
        if (S_code(c, b, ln))
            return -1;
        b = strchr(e + 1, '[');
        if (!b)
            return 0;
        b++;
    }
}

static int S_flush(S_actx *c)
{
    if (!c->have_entry)
        return 0;
    int rc = 0;
    if (c->ncodes == 0) {
        dyad_diagf(c->diag, DYAD_WARN, c->name, c->entry_line,
                   "actor '%s' has no code; skipped", c->phr[0]);
    } else {
        dyad_actor a = {c->code_first, c->ncodes};
        int idx = (int)c->d->actor.n;
        if (DYAD_VEC_PUSH(c->d->actor, a)) {
            rc = -1;
        } else {
            for (int i = 0; i < c->nphr; i++) {
                int node = S_insert_phrase(c->d, &c->d->actors, c->phr[i]);
                if (node == -1) {
                    rc = -1;
                    break;
                }
                if (node >= 0) {
                    c->d->actors.val[node] = idx;
                    c->d->actor_phrases++;
                }
            }
        }
    }
    for (int i = 0; i < c->nphr; i++)
        free(c->phr[i]);
    c->nphr = 0;
    c->have_entry = 0;
    c->ncodes = 0;
    c->code_first = (uint32_t)c->d->codes.n;
    return rc;
}

static int S_add_phrase(S_actx *c, const char *s, long ln)
{
    if (c->nphr >= 256) {
        dyad_diagf(c->diag, DYAD_WARN, c->name, ln, "more than 256 synonyms; skipped");
        return 0;
    }
    char *p = strdup(s);
    if (!p)
        return -1;
    size_t n = strlen(p);
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
        p[--n] = 0;
    c->phr_line[c->nphr] = ln;
    c->phr[c->nphr++] = p;
    return 0;
}

static int S_actor_line(void *ctx, char *line, long ln)
{
    S_actx *c = ctx;
    int rc = 0;
    if (line[0] == '[') {
        if (!c->have_entry) {
            dyad_diagf(c->diag, DYAD_WARN, c->name, ln, "code line before any actor; skipped");
            return 0;
        }
        rc = S_codes(c, line, ln);
    } else if (line[0] == '+') {
        if (!c->have_entry) {
            dyad_diagf(c->diag, DYAD_WARN, c->name, ln, "synonym before any actor; skipped");
            return 0;
        }
        rc = S_codes(c, line, ln);
        if (!rc && line[1])
            rc = S_add_phrase(c, line + 1, ln);
    } else {
        /* TABARI lists several names on consecutive lines before their shared codes */
        int joins = c->have_entry && c->ncodes == 0 && c->nphr > 0 &&
                    c->phr_line[c->nphr - 1] == ln - 1;
        if (!joins) {
            if (S_flush(c))
                return -1;
            c->have_entry = 1;
            c->entry_line = ln;
        }
        rc = S_codes(c, line, ln);
        if (!rc)
            rc = S_add_phrase(c, line, ln);
    }
    return rc;
}

dyad_status dyad_read_actors(dyad_dict *d, const char *name, const char *text, size_t len,
                             dyad_diag *diag)
{
    S_actx c = {.d = d, .name = name, .diag = diag, .code_first = (uint32_t)d->codes.n};
    dyad_status st = dyad_dict_lines(text, len, S_actor_line, &c);
    if (S_flush(&c))
        st = DYAD_ENOMEM;
    for (int i = 0; i < c.nphr; i++)
        free(c.phr[i]);
    return st;
}

/* ---------------------------------------------------------------- agents */

static int S_store_agent(S_actx *c, const char *phrase, int code)
{
    int node = S_insert_phrase(c->d, &c->d->agents, phrase);
    if (node == -1)
        return -1;
    if (node >= 0)
        c->d->agents.val[node] = code;
    return 0;
}

static int S_agent_line(void *ctx, char *line, long ln)
{
    S_actx *c = ctx;
    char *bang = strchr(line, '!');
    if (bang && strchr(line, '=')) { /* !MARK! = A, B, C */
        char *e = strchr(bang + 1, '!');
        char *eq = strchr(line, '=');
        if (!e || eq < e) {
            dyad_diagf(c->diag, DYAD_WARN, c->name, ln,
                       "substitution marker incorrectly defined; skipped");
            return 0;
        }
        char *list = dyad_arena_strndup(c->lists, eq + 1, strlen(eq + 1));
        if (!list)
            return -1;
        void **slot = dyad_strmap_slot(c->marks, bang + 1, (size_t)(e - bang - 1), NULL);
        if (!slot)
            return -1;
        *slot = list;
        return 0;
    }
    char *b = strchr(line, '[');
    char *be = b ? strchr(b, ']') : NULL;
    if (!b || !be) {
        dyad_diagf(c->diag, DYAD_WARN, c->name, ln, "agent without a [code]; skipped");
        return 0;
    }
    *be = 0;
    char codebuf[64];
    size_t cn = 0;
    for (char *p = b + 1; *p && cn + 1 < sizeof codebuf; p++)
        if (*p != ' ' && *p != '\t')
            codebuf[cn++] = (char)toupper((unsigned char)*p);
    codebuf[cn] = 0;
    *b = 0;
    if (cn < 2 || !strchr(codebuf, '~')) {
        dyad_diagf(c->diag, DYAD_WARN, c->name, ln,
                   "agent code '%s' needs a '~' before or after it; skipped", codebuf);
        return 0;
    }
    int ok;
    dyad_str code = dyad_dict_intern(c->d, codebuf, cn, &ok);
    int idx = (int)c->d->agent.n;
    if (!ok || DYAD_VEC_PUSH(c->d->agent, code))
        return -1;
    char *phrase = line;
    if ((bang = strchr(phrase, '!'))) {
        char *e = strchr(bang + 1, '!');
        const char *list = e ? dyad_strmap_get(c->marks, bang + 1, (size_t)(e - bang - 1))
                             : NULL;
        if (!list) {
            dyad_diagf(c->diag, DYAD_WARN, c->name, ln,
                       "substitution marker missing or undefined; skipped");
            return 0;
        }
        const char *p = list;
        while (*p) {
            const char *q = strchr(p, ',');
            size_t n = q ? (size_t)(q - p) : strlen(p);
            char sub[1024];
            while (n && (*p == ' ' || *p == '\t'))
                p++, n--;
            while (n && (p[n - 1] == ' ' || p[n - 1] == '\t'))
                n--;
            int k = snprintf(sub, sizeof sub, "%.*s%.*s%s", (int)(bang - phrase), phrase,
                             (int)n, p, e + 1);
            if (k > 0 && (size_t)k < sizeof sub && S_store_agent(c, sub, idx))
                return -1;
            if (!q)
                break;
            p = q + 1;
        }
        return 0;
    }
    char *brace = strchr(phrase, '{');
    if (brace) {
        char *be2 = strchr(brace, '}');
        if (!be2) {
            dyad_diagf(c->diag, DYAD_WARN, c->name, ln, "missing '}'; skipped");
            return 0;
        }
        *be2 = 0;
        *brace = 0;
        if (S_store_agent(c, phrase, idx))
            return -1;
        char *w[16];
        int nw = dyad_split_words(brace + 1, 0, w, 16); /* several plural forms allowed */
        for (int i = 0; i < nw; i++)
            if (S_store_agent(c, w[i], idx))
                return -1;
        return 0;
    }
    size_t n = strlen(phrase);
    while (n && (phrase[n - 1] == ' ' || phrase[n - 1] == '\t' || phrase[n - 1] == '_'))
        phrase[--n] = 0;
    if (!n) {
        dyad_diagf(c->diag, DYAD_WARN, c->name, ln, "agent without a phrase; skipped");
        return 0;
    }
    if (S_store_agent(c, phrase, idx))
        return -1;
    char plural[1024];
    char last = (char)toupper((unsigned char)phrase[n - 1]);
    if (n + 3 < sizeof plural) {
        if (last == 'Y')
            snprintf(plural, sizeof plural, "%.*sIES", (int)(n - 1), phrase);
        else if (last == 'S')
            snprintf(plural, sizeof plural, "%sES", phrase);
        else
            snprintf(plural, sizeof plural, "%sS", phrase);
        if (S_store_agent(c, plural, idx))
            return -1;
    }
    return 0;
}

dyad_status dyad_read_agents(dyad_dict *d, const char *name, const char *text, size_t len,
                             dyad_diag *diag)
{
    S_actx c = {.d = d, .name = name, .diag = diag};
    c.marks = dyad_strmap_new();
    c.lists = dyad_arena_new();
    dyad_status st = DYAD_ENOMEM;
    if (c.marks && c.lists)
        st = dyad_dict_lines(text, len, S_agent_line, &c);
    dyad_strmap_free(c.marks);
    dyad_arena_free(c.lists);
    return st;
}

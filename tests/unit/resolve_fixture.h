/*
 * resolve_fixture.h — reads the data-driven cases of tests/fixtures/resolve/: one case per
 * line, some leading fields, then the sentence as tagged tokens "word/TAG", the event
 * verb in brackets "[met/VBD]". A token may carry its dependency head as "word/TAG@N"
 * (1-based, 0 the root, CoNLL-style); then every token of that line must. The tag is
 * what follows the last '/', so "24/7/CD" works. Lines starting with '#' and blank
 * lines are skipped. The sentence text is the words joined by single spaces.
 */
#ifndef DYAD_RESOLVE_FIXTURE_H
#define DYAD_RESOLVE_FIXTURE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dyad_resolve.h"

#define RF_MAXTOK 200
#define RF_MAXFIELD 4

typedef struct rf_case {
    long line;
    char field[RF_MAXFIELD][32];  /* the leading fields */
    char text[4096];
    char tagbuf[RF_MAXTOK][12];
    const char *tags[RF_MAXTOK];
    dyad_span tok[RF_MAXTOK];
    int head[RF_MAXTOK];
    int verb;
    dyad_tagged s;
    dyad_event_toks ev;
} rf_case;

/* Parse one fixture line with nfield leading fields into c. Returns 1 for a case, 0 for
 * a comment/blank line, -1 for a malformed line (message in err). */
static int rf_parse(const char *line, int nfield, rf_case *c, char *err, size_t errlen)
{
    const char *p = line;
    int nheads = 0;
    while (*p == ' ' || *p == '\t')
        p++;
    if (*p == '#' || *p == '\n' || *p == '\0')
        return 0;
    memset(&c->s, 0, sizeof c->s);
    memset(&c->ev, 0, sizeof c->ev);
    c->verb = -1;
    for (int f = 0; f < nfield; f++) {
        size_t n = strcspn(p, " \t\n");
        if (n == 0 || n >= sizeof c->field[f]) {
            snprintf(err, errlen, "field %d missing or too long", f + 1);
            return -1;
        }
        memcpy(c->field[f], p, n);
        c->field[f][n] = 0;
        p += n;
        while (*p == ' ' || *p == '\t')
            p++;
    }
    size_t tl = 0;
    int nt = 0;
    while (*p && *p != '\n') {
        size_t n = strcspn(p, " \t\n");
        char tokbuf[256];
        if (n >= sizeof tokbuf || nt >= RF_MAXTOK) {
            snprintf(err, errlen, "token too long or too many tokens");
            return -1;
        }
        memcpy(tokbuf, p, n);
        tokbuf[n] = 0;
        p += n;
        while (*p == ' ' || *p == '\t')
            p++;
        char *t = tokbuf;
        size_t len = n;
        if (t[0] == '[' && len > 2 && t[len - 1] == ']') {
            if (c->verb >= 0) {
                snprintf(err, errlen, "two verbs marked");
                return -1;
            }
            c->verb = nt;
            t++;
            len -= 2;
            t[len] = 0;
        }
        char *at = strrchr(t, '@');
        c->head[nt] = -1;
        if (at && at[1] >= '0' && at[1] <= '9') {
            c->head[nt] = atoi(at + 1) - 1;
            *at = 0;
            len = (size_t)(at - t);
            nheads++;
        }
        char *slash = strrchr(t, '/');
        if (!slash || slash == t || !slash[1] || strlen(slash + 1) >= sizeof c->tagbuf[0]) {
            snprintf(err, errlen, "token '%.40s' is not word/TAG", t);
            return -1;
        }
        strcpy(c->tagbuf[nt], slash + 1);
        size_t wl = (size_t)(slash - t);
        if (tl + wl + 2 >= sizeof c->text) {
            snprintf(err, errlen, "sentence too long");
            return -1;
        }
        if (tl)
            c->text[tl++] = ' ';
        memcpy(c->text + tl, t, wl);
        c->tok[nt].off = (uint32_t)tl;
        c->tok[nt].len = (uint32_t)wl;
        c->tags[nt] = c->tagbuf[nt];
        tl += wl;
        nt++;
    }
    c->text[tl] = 0;
    if (c->verb < 0) {
        snprintf(err, errlen, "no verb marked with [word/TAG]");
        return -1;
    }
    if (nheads && nheads != nt) {
        snprintf(err, errlen, "heads given for %d of %d tokens", nheads, nt);
        return -1;
    }
    c->s.text = c->text;
    c->s.text_len = tl;
    c->s.tok = c->tok;
    c->s.tag = c->tags;
    c->s.head = nheads ? c->head : NULL;
    c->s.ntok = nt;
    c->ev.verb = c->verb;
    return 1;
}

/* Run every case of the fixture file path (nfield leading fields) through check, which
 * reports its own assertion and returns whether the case passed; a line that cannot be
 * read fails. Prints "what fixture: P of N cases pass" and returns N. */
static int rf_run(const char *path, int nfield, const char *what,
                  int (*check)(const rf_case *c, const char *path))
{
    FILE *f = fopen(path, "r");
    if (!f) {
        T_REPORT(0, "cannot open %s", path);
        return 0;
    }
    static rf_case c;
    char line[8192], err[128];
    long ln = 0;
    int ncase = 0, npass = 0;
    while (fgets(line, sizeof line, f)) {
        ln++;
        int r = rf_parse(line, nfield, &c, err, sizeof err);
        if (r == 0)
            continue;
        if (r < 0) {
            T_REPORT(0, "%s:%ld: %s", path, ln, err);
            continue;
        }
        c.line = ln;
        ncase++;
        npass += check(&c, path);
    }
    fclose(f);
    fprintf(stderr, "%s fixture: %d of %d cases pass\n", what, npass, ncase);
    return ncase;
}

#endif

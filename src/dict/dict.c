/*
 * dict.c — the dictionary set: lifetime, loading by kind, phrase tries, shared line
 * reader (comment rules of PETRARCH's read_FIN_line: '#' comments, <!-- --> blocks),
 * dates of dated actor codes, memory accounting.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dict/dict.h"

int dyad_vec_grow(void **v, size_t *cap, size_t n, size_t elem)
{
    if (n < *cap)
        return 0;
    size_t nc = *cap ? *cap * 2 : 16;
    void *p = realloc(*v, nc * elem);
    if (!p)
        return -1;
    *v = p;
    *cap = nc;
    return 0;
}

/* ---------------------------------------------------------------- tries */

int dyad_trie_init(dyad_trie *t)
{
    memset(t, 0, sizeof *t);
    t->map = dyad_strmap_new();
    if (!t->map || dyad_vec_grow((void **)&t->val, &t->cap, 0, sizeof *t->val))
        return -1;
    t->gapkids = calloc(t->cap, 1);
    if (!t->gapkids)
        return -1;
    t->val[0] = -1; /* root */
    t->n = 1;
    return 0;
}

void dyad_trie_fini(dyad_trie *t)
{
    dyad_strmap_free(t->map);
    free(t->val);
    free(t->gapkids);
    memset(t, 0, sizeof *t);
}

static size_t S_key(char *buf, size_t cap, int node, int gap, const char *w, size_t n)
{
    /* hex digits of node (at least one), then the edge kind; cheaper than snprintf */
    static const char hex[] = "0123456789abcdef";
    size_t k = 0;
    unsigned u = (unsigned)node;
    char tmp[8];
    do {
        tmp[k++] = hex[u & 15];
        u >>= 4;
    } while (u);
    for (size_t i = 0; i < k; i++)
        buf[i] = tmp[k - 1 - i];
    buf[k++] = gap ? ';' : ':';
    if (n > cap - k - 1)
        n = cap - (size_t)k - 1;
    memcpy(buf + k, w, n);
    buf[k + n] = 0;
    return (size_t)k + n;
}

static int S_child(const dyad_trie *t, int node, int gap, const char *w, size_t n)
{
    char key[256];
    size_t kn = S_key(key, sizeof key, node, gap, w, n);
    void *v = dyad_strmap_get(t->map, key, kn);
    return v ? (int)((intptr_t)v - 1) : -1;
}

int dyad_trie_child(const dyad_trie *t, int node, const char *w, size_t n)
{
    return S_child(t, node, 0, w, n);
}

int dyad_trie_child_gap(const dyad_trie *t, int node, const char *w, size_t n)
{
    return S_child(t, node, 1, w, n);
}

int dyad_trie_insert(dyad_trie *t, const char *const *words, const size_t *lens,
                     const unsigned char *gaps, int nw)
{
    int node = 0;
    char key[256];
    for (int i = 0; i < nw; i++) {
        size_t kn = S_key(key, sizeof key, node, i > 0 && gaps && gaps[i], words[i], lens[i]);
        int created = 0;
        void **slot = dyad_strmap_slot(t->map, key, kn, &created);
        if (!slot)
            return -1;
        if (created) {
            size_t oldcap = t->cap;
            if (dyad_vec_grow((void **)&t->val, &t->cap, t->n, sizeof *t->val))
                return -1;
            if (t->cap != oldcap) {
                unsigned char *g = realloc(t->gapkids, t->cap);
                if (!g)
                    return -1;
                memset(g + oldcap, 0, t->cap - oldcap);
                t->gapkids = g;
            }
            t->val[t->n] = -1;
            *slot = (void *)(intptr_t)(t->n + 1);
            t->n++;
        }
        if (i > 0 && gaps && gaps[i])
            t->gapkids[node] = 1;
        node = (int)((intptr_t)*slot - 1);
    }
    if (nw > t->maxlen)
        t->maxlen = nw;
    return node;
}

size_t dyad_trie_bytes(const dyad_trie *t)
{
    return (t->map ? dyad_strmap_bytes(t->map) : 0) + t->cap * (sizeof *t->val + 1);
}

/* ---------------------------------------------------------------- text helpers */

void dyad_upcase(char *s)
{
    for (; *s; s++)
        *s = (char)toupper((unsigned char)*s);
}

int dyad_split_words(char *s, int us, char **w, int max)
{
    int n = 0;
    char *p = s;
    for (;;) {
        while (*p == ' ' || *p == '\t' || (us && *p == '_'))
            p++;
        if (!*p)
            break;
        char *b = p;
        while (*p && *p != ' ' && *p != '\t' && !(us && *p == '_'))
            p++;
        if (n < max)
            w[n++] = b;
        if (*p)
            *p++ = 0;
    }
    return n;
}

int dyad_dict_lines(const char *text, size_t len, int keep_hash, dyad_line_fn fn, void *ctx)
{
    size_t i = 0;
    long ln = 0;
    int in_comment = 0;
    char small[512];
    while (i < len) {
        size_t b = i;
        while (i < len && text[i] != '\n')
            i++;
        size_t e = i;
        if (i < len)
            i++;
        ln++;
        size_t n = e - b;
        char *line = n < sizeof small ? small : malloc(n + 1);
        if (!line)
            return -1;
        memcpy(line, text + b, n);
        line[n] = 0;
        for (size_t k = 0; k < n; k++) /* NULs inside a line end it */
            if (!line[k]) {
                n = k;
                break;
            }
        char *p = line;
        if (in_comment) {
            char *end = strstr(p, "-->");
            if (!end) {
                if (line != small)
                    free(line);
                continue;
            }
            p = end + 3;
            in_comment = 0;
        }
        /* XML comments on the line */
        for (;;) {
            char *c = strstr(p, "<!--");
            if (!c)
                break;
            char *end = strstr(c + 4, "-->");
            if (end) {
                memmove(c, end + 3, strlen(end + 3) + 1);
            } else {
                *c = 0;
                in_comment = 1;
                break;
            }
        }
        while (*p == ' ' || *p == '\t' || *p == '\r')
            p++;
        if (p[0] == '<' && p[1] == '!')
            *p = 0;
        if (!keep_hash) {
            /* '#' starts a comment at the start of a line or after a blank or ']', but
             * not inside [...]: "[###]" is a (TABARI discard) code */
            int depth = 0;
            for (char *h = p; *h; h++) {
                if (*h == '[')
                    depth++;
                else if (*h == ']' && depth)
                    depth--;
                else if (*h == '#' && !depth &&
                         (h == p || h[-1] == ' ' || h[-1] == '\t' || h[-1] == ']')) {
                    *h = 0;
                    break;
                }
            }
        }
        size_t m = strlen(p);
        while (m && (p[m - 1] == ' ' || p[m - 1] == '\t' || p[m - 1] == '\r'))
            p[--m] = 0;
        int stop = 0;
        if (m)
            stop = fn(ctx, p, ln);
        if (line != small)
            free(line);
        if (stop)
            return stop;
    }
    return 0;
}

/* ---------------------------------------------------------------- dates */

static int32_t S_days(int y, int m, int d)
{
    /* days from civil (proleptic Gregorian), H. Hinnant's algorithm */
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe;
}

int32_t dyad_date_ordinal(const char *s, size_t n)
{
    char dig[9];
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (isdigit((unsigned char)s[i])) {
            if (k >= 8)
                return -1;
            dig[k++] = s[i];
        } else if (s[i] != '-') {
            return -1;
        }
    }
    int y, m, d;
    if (k == 8) {
        y = (dig[0] - '0') * 1000 + (dig[1] - '0') * 100 + (dig[2] - '0') * 10 + dig[3] - '0';
        m = (dig[4] - '0') * 10 + dig[5] - '0';
        d = (dig[6] - '0') * 10 + dig[7] - '0';
    } else if (k == 6) {
        y = (dig[0] - '0') * 10 + dig[1] - '0';
        y += y <= 30 ? 2000 : 1900;
        m = (dig[2] - '0') * 10 + dig[3] - '0';
        d = (dig[4] - '0') * 10 + dig[5] - '0';
    } else {
        return -1;
    }
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
        return -1;
    return S_days(y, m, d) + 1000000; /* keep every real date positive */
}

const char *dyad_actor_code_for(const dyad_dict *d, int actor, int32_t date)
{
    const dyad_actor *a = &d->actor.v[actor];
    const char *plain = NULL;
    for (uint32_t i = 0; i < a->n; i++) {
        const dyad_actor_code *c = &d->codes.v[a->first + i];
        switch (c->kind) {
        case DYAD_DATE_NONE:
            if (!plain)
                plain = c->code;
            break;
        case DYAD_DATE_BEFORE:
            if (date >= 0 && date < c->d1)
                return c->code;
            break;
        case DYAD_DATE_AFTER:
            if (date >= 0 && date >= c->d1)
                return c->code;
            break;
        case DYAD_DATE_RANGE:
            if (date >= 0 && date >= c->d1 && date <= c->d2)
                return c->code;
            break;
        }
    }
    return plain ? plain : "---";
}

/* ---------------------------------------------------------------- lifetime */

dyad_dict *dyad_dict_new(void)
{
    dyad_dict *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    d->arena = dyad_arena_new();
    d->verbmap = dyad_strmap_new();
    d->synmap = dyad_strmap_new();
    if (!d->arena || !d->verbmap || !d->synmap || dyad_trie_init(&d->actors) ||
        dyad_trie_init(&d->agents) || dyad_trie_init(&d->discards) ||
        dyad_trie_init(&d->issues)) {
        dyad_dict_free(d);
        return NULL;
    }
    return d;
}

void dyad_dict_free(dyad_dict *d)
{
    if (!d)
        return;
    dyad_arena_free(d->arena);
    dyad_trie_fini(&d->actors);
    dyad_trie_fini(&d->agents);
    dyad_trie_fini(&d->discards);
    dyad_trie_fini(&d->issues);
    free(d->codes.v);
    free(d->actor.v);
    free(d->agent.v);
    dyad_strmap_free(d->verbmap);
    dyad_strmap_free(d->synmap);
    free(d->verb.v);
    free(d->block.v);
    free(d->pat.v);
    for (size_t i = 0; i < d->syn.n; i++)
        free(d->syn.v[i].ph);
    free(d->syn.v);
    free(d->disc.v);
    free(d->issue_code.v);
    free(d->issue_codes.v);
    free(d);
}

dyad_status dyad_dict_read(dyad_dict *d, dyad_dict_kind kind, const char *name,
                           const char *text, size_t len, dyad_diag *diag)
{
    if (!d || (!text && len))
        return DYAD_EINVAL;
    switch (kind) {
    case DYAD_DICT_VERBS: return dyad_read_verbs(d, name, text, len, diag);
    case DYAD_DICT_ACTORS: return dyad_read_actors(d, name, text, len, diag);
    case DYAD_DICT_AGENTS: return dyad_read_agents(d, name, text, len, diag);
    case DYAD_DICT_DISCARDS: return dyad_read_discards(d, name, text, len, diag);
    case DYAD_DICT_ISSUES: return dyad_read_issues(d, name, text, len, diag);
    }
    return DYAD_EINVAL;
}

dyad_status dyad_dict_load(dyad_dict *d, dyad_dict_kind kind, const char *path,
                           dyad_diag *diag)
{
    char *text = NULL;
    size_t len = 0;
    dyad_status st = dyad_read_file(path, &text, &len);
    if (st != DYAD_OK) {
        dyad_diagf(diag, DYAD_ERROR, path, 0, "cannot read dictionary: %s",
                   dyad_status_str(st));
        return st;
    }
    st = dyad_dict_read(d, kind, path, text, len, diag);
    free(text);
    return st;
}

void dyad_dict_get_stats(const dyad_dict *d, dyad_dict_stats *o)
{
    memset(o, 0, sizeof *o);
    if (!d)
        return;
    o->verbs = d->verb.n;
    o->verb_patterns = d->pat.n;
    o->synsets = d->syn.n;
    o->actors = d->actor.n;
    o->actor_phrases = d->actor_phrases;
    o->agents = d->agent.n;
    o->discards = d->disc.n;
    o->issues = d->issue_code.n;
    size_t b = sizeof *d + dyad_arena_bytes(d->arena) + dyad_trie_bytes(&d->actors) +
               dyad_trie_bytes(&d->agents) + dyad_trie_bytes(&d->discards) +
               dyad_trie_bytes(&d->issues) + dyad_strmap_bytes(d->verbmap) +
               dyad_strmap_bytes(d->synmap);
    b += d->codes.cap * sizeof *d->codes.v + d->actor.cap * sizeof *d->actor.v +
         d->agent.cap * sizeof *d->agent.v + d->verb.cap * sizeof *d->verb.v +
         d->block.cap * sizeof *d->block.v + d->pat.cap * sizeof *d->pat.v +
         d->syn.cap * sizeof *d->syn.v + d->disc.cap * sizeof *d->disc.v +
         d->issue_code.cap * sizeof *d->issue_code.v +
         d->issue_codes.cap * sizeof *d->issue_codes.v;
    for (size_t i = 0; i < d->syn.n; i++)
        b += d->syn.v[i].cap * sizeof *d->syn.v[i].ph;
    o->bytes = b;
}

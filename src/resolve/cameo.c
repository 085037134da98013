/*
 * cameo.c — CAMEO code table: reader of data/cameo/cameo.txt ("CODE GOLDSTEIN QUAD
 * NAME" lines), the built-in copy of that file, and look-up with fallback from a
 * 4-digit code to its 3-digit parent and then to its root.
 *
 * Numbers are parsed by hand rather than with strtod so that the result does not
 * depend on the host program's locale (a decimal comma would misread every score).
 */
#include <stdlib.h>
#include <string.h>
#include "resolve/cameo.h"
#include "util/util.h"

static const dyad_cameo_ent S_builtin_ent[] = {
#include "resolve/cameo_table.inc"
};

static const dyad_cameo S_builtin = {
    S_builtin_ent, sizeof S_builtin_ent / sizeof S_builtin_ent[0], NULL, NULL};

const dyad_cameo *dyad_cameo_builtin(void)
{
    return &S_builtin;
}

/* Root number (1..20) of a string of 2-4 digits, else 0. */
static int S_root(const char *s, size_t n)
{
    if (n < 2 || n > 4)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return 0;
    int r = (s[0] - '0') * 10 + (s[1] - '0');
    return r >= 1 && r <= 20 ? r : 0;
}

static int S_quad_of_root(int r)
{
    return r <= 0 ? 0 : r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : r <= 20 ? 4 : 0;
}

int dyad_cameo_quad(const char *code)
{
    return code ? S_quad_of_root(S_root(code, strlen(code))) : 0;
}

/* Decimal number "-7.25": optional sign, digits, optional fraction; whole string.
 * Returns 0 and sets *v on success. */
static int S_number(const char *s, double *v)
{
    int neg = 0, digits = 0;
    double x = 0, scale = 1;
    if (*s == '-' || *s == '+')
        neg = *s++ == '-';
    /* past 1e6 the value is out of any valid range anyway: stop growing it */
    for (; *s >= '0' && *s <= '9'; s++, digits++)
        if (x < 1e6)
            x = x * 10 + (*s - '0');
    if (*s == '.')
        for (s++; *s >= '0' && *s <= '9'; s++, digits++)
            if ((scale /= 10) > 1e-12)
                x += (*s - '0') * scale;
    if (*s || !digits)
        return -1;
    *v = neg ? -x : x;
    return 0;
}

static int S_cmp(const void *a, const void *b)
{
    return strcmp(((const dyad_cameo_ent *)a)->code, ((const dyad_cameo_ent *)b)->code);
}

/* An entry being read, with its line: sorting by (code, line) keeps the first of
 * duplicate codes first. */
typedef struct S_item {
    dyad_cameo_ent e;
    long line;
} S_item;

static int S_item_cmp(const void *a, const void *b)
{
    const S_item *x = a, *y = b;
    int c = strcmp(x->e.code, y->e.code);
    return c ? c : (x->line > y->line) - (x->line < y->line);
}

/* Entry with exactly this code, or NULL. */
static const dyad_cameo_ent *S_find(const dyad_cameo *t, const char *code)
{
    dyad_cameo_ent key;
    memset(&key, 0, sizeof key);
    memcpy(key.code, code, strlen(code) + 1);
    return bsearch(&key, t->e, t->n, sizeof *t->e, S_cmp);
}

typedef struct S_reader {
    const char *name;
    dyad_diag *diag;
    S_item *v;
    size_t n, cap;
    dyad_arena *names;
} S_reader;

/* Next blank- or tab-separated field of *p (advanced past it); NULL at the end. */
static char *S_field(char **p)
{
    char *s = *p;
    while (*s == ' ' || *s == '\t')
        s++;
    if (!*s)
        return NULL;
    char *e = s;
    while (*e && *e != ' ' && *e != '\t')
        e++;
    if (*e)
        *e++ = 0;
    *p = e;
    return s;
}

/* One line (NUL-terminated, writable, comment already cut). 0 ok or skipped, -1 ENOMEM. */
static int S_line(S_reader *r, char *line, long ln)
{
    char *p = line;
    char *code = S_field(&p);
    if (!code)
        return 0; /* blank or comment only */
    char *gs = S_field(&p);
    char *qs = gs ? S_field(&p) : NULL;
    while (*p == ' ' || *p == '\t')
        p++;
    size_t nl = strlen(p);
    while (nl && (p[nl - 1] == ' ' || p[nl - 1] == '\t' || p[nl - 1] == '\r'))
        p[--nl] = 0;
    size_t cl = strlen(code);
    int root = S_root(code, cl);
    double g = 0;
    if (!root || cl < 3) {
        dyad_diagf(r->diag, DYAD_WARN, r->name, ln,
                   "'%.40s' is not a CAMEO code (3 or 4 digits, root 01-20); line skipped",
                   code);
        return 0;
    }
    if (!gs || !qs || !nl) {
        dyad_diagf(r->diag, DYAD_WARN, r->name, ln,
                   "code %s needs four fields: CODE GOLDSTEIN QUAD NAME; line skipped", code);
        return 0;
    }
    if (S_number(gs, &g) || g < -10.0 || g > 10.0) {
        dyad_diagf(r->diag, DYAD_WARN, r->name, ln,
                   "code %s: Goldstein score '%.40s' is not a number from -10 to 10; "
                   "line skipped", code, gs);
        return 0;
    }
    if (qs[0] < '1' || qs[0] > '4' || qs[1]) {
        dyad_diagf(r->diag, DYAD_WARN, r->name, ln,
                   "code %s: quad class '%.40s' is not 1, 2, 3 or 4; line skipped", code, qs);
        return 0;
    }
    if (nl > DYAD_CAMEO_MAX_NAME) {
        dyad_diagf(r->diag, DYAD_WARN, r->name, ln,
                   "code %s: name longer than %d bytes; line skipped", code,
                   DYAD_CAMEO_MAX_NAME);
        return 0;
    }
    if (dyad_vec_grow((void **)&r->v, &r->cap, r->n, sizeof *r->v))
        return -1;
    r->v[r->n].line = ln;
    dyad_cameo_ent *e = &r->v[r->n].e;
    memset(e, 0, sizeof *e);
    memcpy(e->code, code, cl + 1);
    e->goldstein = g;
    e->quad = qs[0] - '0';
    e->name = dyad_arena_strndup(r->names, p, nl);
    if (!e->name)
        return -1;
    r->n++;
    return 0;
}

dyad_status dyad_cameo_read(const char *name, const char *text, size_t len,
                            dyad_cameo **out, dyad_diag *diag)
{
    S_reader r;
    memset(&r, 0, sizeof r);
    r.name = name;
    r.diag = diag;
    dyad_status st = DYAD_ENOMEM;
    dyad_cameo *t = NULL;
    dyad_cameo_ent *ents = NULL;
    char *line = NULL;
    size_t cap = 0;
    if (!out)
        return DYAD_EINVAL;
    *out = NULL;
    if (!text && len)
        return DYAD_EINVAL;
    if (!(r.names = dyad_arena_new()))
        goto fail;
    long ln = 0;
    for (size_t i = 0; i < len;) {
        size_t j = i;
        while (j < len && text[j] != '\n')
            j++;
        ln++;
        size_t n = j - i;
        const char *hash = memchr(text + i, '#', n);
        if (hash)
            n = (size_t)(hash - (text + i));
        if (n + 1 > cap) {
            char *nb = realloc(line, n + 1);
            if (!nb)
                goto fail;
            line = nb;
            cap = n + 1;
        }
        memcpy(line, text + i, n);
        line[n] = 0;
        /* a NUL byte inside a line would silently cut it: report it instead */
        if (strlen(line) != n)
            dyad_diagf(diag, DYAD_WARN, name, ln, "NUL byte in line; line skipped");
        else if (S_line(&r, line, ln))
            goto fail;
        i = j + 1;
    }
    if (r.n == 0) {
        dyad_diagf(diag, DYAD_ERROR, name, 0, "no CAMEO code found");
        st = DYAD_ESYNTAX;
        goto fail;
    }
    qsort(r.v, r.n, sizeof *r.v, S_item_cmp);
    if (!(t = calloc(1, sizeof *t)) || !(ents = malloc(r.n * sizeof *ents)))
        goto fail;
    size_t m = 0;
    for (size_t i = 0; i < r.n; i++) {
        if (i && strcmp(r.v[i - 1].e.code, r.v[i].e.code) == 0) {
            size_t f = i - 1;
            while (f && strcmp(r.v[f - 1].e.code, r.v[i].e.code) == 0)
                f--;
            dyad_diagf(diag, DYAD_WARN, name, r.v[i].line,
                       "duplicate code %s (first at line %ld); line skipped", r.v[i].e.code,
                       r.v[f].line);
            continue;
        }
        ents[m++] = r.v[i].e;
    }
    t->e = t->owned = ents;
    t->n = m;
    t->names = r.names;
    free(r.v);
    free(line);
    *out = t;
    return DYAD_OK;
fail:
    free(t);
    free(ents);
    free(r.v);
    free(line);
    dyad_arena_free(r.names);
    return st;
}

dyad_status dyad_cameo_load(const char *path, dyad_cameo **out, dyad_diag *diag)
{
    char *text = NULL;
    size_t len = 0;
    if (!out || !path)
        return DYAD_EINVAL;
    *out = NULL;
    dyad_status st = dyad_read_file(path, &text, &len);
    if (st != DYAD_OK) {
        dyad_diagf(diag, DYAD_ERROR, path, 0, "cannot read CAMEO table: %s",
                   dyad_status_str(st));
        return st;
    }
    st = dyad_cameo_read(path, text, len, out, diag);
    free(text);
    return st;
}

void dyad_cameo_free(dyad_cameo *t)
{
    if (!t || t == &S_builtin)
        return;
    free(t->owned);
    dyad_arena_free(t->names);
    free(t);
}

dyad_status dyad_cameo_lookup(const dyad_cameo *t, const char *code, double *goldstein,
                              int *quad, const char **name)
{
    if (!t || !code)
        return DYAD_EINVAL;
    size_t n = strlen(code);
    if (!S_root(code, n))
        return DYAD_EINVAL;
    char key[5];
    const dyad_cameo_ent *e = NULL;
    if (n >= 3) {
        memcpy(key, code, n + 1);
        e = S_find(t, key);
        if (!e && n == 4) {
            key[3] = 0;
            e = S_find(t, key);
        }
    }
    if (!e) {
        key[0] = code[0];
        key[1] = code[1];
        key[2] = '0';
        key[3] = 0;
        e = S_find(t, key);
    }
    if (!e)
        return DYAD_ENOTFOUND;
    if (goldstein)
        *goldstein = e->goldstein;
    if (quad)
        *quad = e->quad;
    if (name)
        *name = e->name;
    return DYAD_OK;
}

size_t dyad_cameo_count(const dyad_cameo *t)
{
    return t ? t->n : 0;
}

const char *dyad_cameo_entry(const dyad_cameo *t, size_t i, double *goldstein, int *quad,
                             const char **name)
{
    if (!t || i >= t->n)
        return NULL;
    const dyad_cameo_ent *e = &t->e[i];
    if (goldstein)
        *goldstein = e->goldstein;
    if (quad)
        *quad = e->quad;
    if (name)
        *name = e->name;
    return e->code;
}

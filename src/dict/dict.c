/*
 * dict.c — the dictionary set: lifetime, loading by kind, the string pool, hash tables
 * and phrase tries, shared line reader (comment rules of PETRARCH's read_FIN_line: '#'
 * comments, <!-- --> blocks), dates of dated actor codes, memory accounting.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "dict/dict.h"
#include "dyad_cameo.h"

/* ---------------------------------------------------------------- strings */

dyad_str dyad_dict_intern(dyad_dict *d, const char *s, size_t n, int *ok)
{
    *ok = 1;
    void **slot = dyad_strmap_slot(d->intern, s, n, NULL);
    if (!slot)
        goto nomem;
    if (*slot)
        return (dyad_str)((uintptr_t)*slot - 1);
    /* offsets are 32 bits: a pool near 4 GB is treated as out of memory */
    if (d->str.n + n + 1 > UINT32_MAX)
        goto nomem;
    size_t off = d->str.n;
    while (d->str.cap < off + n + 1)
        if (dyad_vec_grow((void **)&d->str.v, &d->str.cap, d->str.cap, 1))
            goto nomem;
    memcpy(d->str.v + off, s, n);
    d->str.v[off + n] = 0;
    d->str.n = off + n + 1;
    *slot = (void *)(uintptr_t)(off + 1);
    return (dyad_str)off;
nomem:
    *ok = 0;
    return 0;
}

/* ---------------------------------------------------------------- hash tables */

static uint64_t S_hkey(uint32_t key, const char *w, size_t n)
{
    return dyad_hash(w, n) ^ ((uint64_t)key * 0x9E3779B97F4A7C15ULL);
}

/* The slot of (key, w) or the empty slot where it would go; NULL for an empty table.
 * strncmp stops at the pool string's end, so no read passes it. */
static dyad_slot *S_find(const dyad_wmap *h, const char *pool, uint32_t key, const char *w,
                         size_t n, uint64_t hv)
{
    if (!h->slot.n)
        return NULL;
    size_t mask = h->slot.n - 1;
    for (size_t i = (size_t)hv & mask;; i = (i + 1) & mask) {
        dyad_slot *s = &h->slot.v[i];
        if (!s->val || (s->hash == (uint32_t)hv && s->key == key &&
                        !strncmp(pool + s->word, w, n) && !pool[s->word + n]))
            return s;
    }
}

int32_t dyad_wmap_get(const dyad_wmap *h, const char *pool, uint32_t key, const char *w,
                      size_t n)
{
    const dyad_slot *s = S_find(h, pool, key, w, n, S_hkey(key, w, n));
    return s && s->val ? (int32_t)(s->val - 1) : -1;
}

static int S_rehash(dyad_wmap *h, size_t nn)
{
    dyad_slot *v = calloc(nn, sizeof *v);
    if (!v)
        return -1;
    for (size_t i = 0; i < h->slot.n; i++) {
        const dyad_slot *s = &h->slot.v[i];
        if (!s->val)
            continue;
        size_t k = s->hash & (nn - 1);
        while (v[k].val)
            k = (k + 1) & (nn - 1);
        v[k] = *s;
    }
    free(h->slot.v);
    h->slot.v = v;
    h->slot.n = h->slot.cap = nn;
    return 0;
}

int dyad_wmap_set(dyad_dict *d, dyad_wmap *h, uint32_t key, const char *w, size_t n,
                  int32_t val)
{
    if ((h->used + 1) * 2 > h->slot.n && S_rehash(h, h->slot.n ? h->slot.n * 2 : 16))
        return -1;
    uint64_t hv = S_hkey(key, w, n);
    dyad_slot *s = S_find(h, d->str.v, key, w, n, hv);
    if (!s->val) {
        int ok;
        dyad_str ws = dyad_dict_intern(d, w, n, &ok);
        if (!ok)
            return -1;
        s->hash = (uint32_t)hv;
        s->key = key;
        s->word = ws;
        h->used++;
    }
    s->val = (uint32_t)val + 1;
    return 0;
}

int dyad_dict_verb(const dyad_dict *d, const char *w, size_t n)
{
    return dyad_wmap_get(&d->verbmap, d->str.v, 0, w, n);
}

int32_t dyad_dict_syn_first(const dyad_dict *d, int syn, const char *w, size_t n)
{
    return syn < 0 ? -1 : dyad_wmap_get(&d->synhead, d->str.v, (uint32_t)syn, w, n);
}

int dyad_dict_denial(const dyad_dict *d, const dyad_verb *v)
{
    return !strcmp(dyad_dict_str(d, d->block.v[v->block].name), "DENY");
}

/* ---------------------------------------------------------------- tries */

static int S_trie_init(dyad_dict *d, dyad_trie *t)
{
    t->pool = &d->str.v;
    if (dyad_vec_grow((void **)&t->val, &t->cap, 0, sizeof *t->val))
        return -1;
    t->gapkids = calloc(t->cap, 1);
    if (!t->gapkids)
        return -1;
    t->val[0] = -1; /* root */
    t->n = 1;
    return 0;
}

int dyad_trie_child(const dyad_trie *t, int node, const char *w, size_t n)
{
    return dyad_wmap_get(&t->edge, *t->pool, (uint32_t)node << 1, w, n);
}

int dyad_trie_child_gap(const dyad_trie *t, int node, const char *w, size_t n)
{
    return dyad_wmap_get(&t->edge, *t->pool, (uint32_t)node << 1 | 1, w, n);
}

int dyad_trie_insert(dyad_dict *d, dyad_trie *t, const char *const *words,
                     const size_t *lens, const unsigned char *gaps, int nw)
{
    int node = 0;
    for (int i = 0; i < nw; i++) {
        int gap = i > 0 && gaps && gaps[i];
        uint32_t key = (uint32_t)node << 1 | (uint32_t)gap;
        int32_t ch = dyad_wmap_get(&t->edge, d->str.v, key, words[i], lens[i]);
        if (ch < 0) {
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
            ch = (int32_t)t->n;
            if (dyad_wmap_set(d, &t->edge, key, words[i], lens[i], ch))
                return -1;
            t->val[t->n++] = -1;
        }
        if (gap)
            t->gapkids[node] = 1;
        node = ch;
    }
    if (nw > t->maxlen)
        t->maxlen = nw;
    return node;
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

dyad_status dyad_dict_lines(const char *text, size_t len, dyad_line_fn fn, void *ctx)
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
            return DYAD_ENOMEM;
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
        /* '#' starts a comment at the start of a line or after a blank or ']', but not
         * inside [...]: "[###]" is a (TABARI discard) code */
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
        size_t m = strlen(p);
        while (m && (p[m - 1] == ' ' || p[m - 1] == '\t' || p[m - 1] == '\r'))
            p[--m] = 0;
        int stop = 0;
        if (m)
            stop = fn(ctx, p, ln);
        if (line != small)
            free(line);
        if (stop)
            return DYAD_ENOMEM;
    }
    return DYAD_OK;
}

/* ---------------------------------------------------------------- dates */

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
    /* counted from 0000-03-01 and shifted to keep every real date positive; compiled
     * dictionaries hold these numbers */
    return (int32_t)(dyad_days_from_civil(y, m, d) + 719468 + 1000000);
}

const char *dyad_actor_code_for(const dyad_dict *d, int actor, int32_t date)
{
    const dyad_actor *a = &d->actor.v[actor];
    const dyad_actor_code *plain = NULL;
    for (uint32_t i = 0; i < a->n; i++) {
        const dyad_actor_code *c = &d->codes.v[a->first + i];
        switch (c->kind) {
        case DYAD_DATE_NONE:
            if (!plain)
                plain = c;
            break;
        case DYAD_DATE_BEFORE:
            if (date >= 0 && date < c->d1)
                return dyad_dict_str(d, c->code);
            break;
        case DYAD_DATE_AFTER:
            if (date >= 0 && date >= c->d1)
                return dyad_dict_str(d, c->code);
            break;
        case DYAD_DATE_RANGE:
            if (date >= 0 && date >= c->d1 && date <= c->d2)
                return dyad_dict_str(d, c->code);
            break;
        }
    }
    return plain ? dyad_dict_str(d, plain->code) : "---";
}

/* ---------------------------------------------------------------- lifetime */

void dyad_dict_sections(dyad_dict *d, dyad_dict_sec *s)
{
#define S_SEC(vec) (dyad_dict_sec){(void **)&(vec).v, &(vec).n, &(vec).cap, sizeof *(vec).v}
#define S_TRIE(t)                                                                          \
    S_SEC((t).edge.slot), (dyad_dict_sec){(void **)&(t).val, &(t).n, &(t).cap, sizeof *(t).val}, \
        (dyad_dict_sec){(void **)&(t).gapkids, &(t).n, &(t).cap, 1}
    dyad_dict_sec all[DYAD_DICT_NSEC] = {
        S_SEC(d->str), S_SEC(d->codes), S_SEC(d->actor), S_SEC(d->agent), S_SEC(d->verb),
        S_SEC(d->block), S_SEC(d->pat), S_SEC(d->ptok), S_SEC(d->words), S_SEC(d->phrase),
        S_SEC(d->syn), S_SEC(d->disc), S_SEC(d->issue_code), S_SEC(d->issue_codes),
        S_SEC(d->verbmap.slot), S_SEC(d->synmap.slot), S_SEC(d->synhead.slot),
        S_TRIE(d->actors), S_TRIE(d->agents), S_TRIE(d->discards), S_TRIE(d->issues)};
#undef S_TRIE
#undef S_SEC
    memcpy(s, all, sizeof all);
}

static void S_unmap(dyad_dict *d)
{
    if (d->map_heap)
        free(d->map);
    else if (d->map)
        munmap(d->map, d->mapsize);
    d->map = NULL;
    d->mapsize = 0;
    d->map_heap = 0;
}

void dyad_dict_release(dyad_dict *d)
{
    dyad_dict_sec s[DYAD_DICT_NSEC];
    dyad_dict_sections(d, s);
    for (int i = 0; i < DYAD_DICT_NSEC; i++) {
        if (!d->map)
            free(*s[i].v);
        *s[i].v = NULL;
        *s[i].n = *s[i].cap = 0;
    }
    S_unmap(d);
    dyad_strmap_free(d->intern);
    d->intern = NULL;
}

int dyad_dict_own(dyad_dict *d)
{
    if (!d->map)
        return 0;
    dyad_dict_sec s[DYAD_DICT_NSEC];
    void *copy[DYAD_DICT_NSEC] = {0};
    dyad_dict_sections(d, s);
    dyad_strmap *in = dyad_strmap_new();
    int i;
    for (i = 0; in && i < DYAD_DICT_NSEC; i++) {
        size_t bytes = *s[i].n * s[i].elem;
        if (bytes && !(copy[i] = malloc(bytes)))
            break;
        if (bytes)
            memcpy(copy[i], *s[i].v, bytes);
    }
    /* the pool is a run of NUL-terminated strings: index each for later additions */
    for (size_t off = 0; in && i == DYAD_DICT_NSEC && off < d->str.n;) {
        size_t len = strlen(d->str.v + off);
        void **slot = dyad_strmap_slot(in, d->str.v + off, len, NULL);
        if (!slot)
            i = -1;
        else if (!*slot)
            *slot = (void *)(uintptr_t)(off + 1);
        off += len + 1;
    }
    if (i != DYAD_DICT_NSEC) {
        for (int k = 0; k < DYAD_DICT_NSEC; k++)
            free(copy[k]);
        dyad_strmap_free(in);
        return -1;
    }
    S_unmap(d);
    for (i = 0; i < DYAD_DICT_NSEC; i++) {
        *s[i].v = copy[i];
        *s[i].cap = *s[i].n;
    }
    d->intern = in;
    return 0;
}

dyad_dict *dyad_dict_new(void)
{
    dyad_dict *d = calloc(1, sizeof *d);
    if (!d)
        return NULL;
    int ok = (d->intern = dyad_strmap_new()) != NULL;
    if (ok)
        dyad_dict_intern(d, "", 0, &ok); /* offset 0 is "" */
    if (!ok || S_trie_init(d, &d->actors) || S_trie_init(d, &d->agents) ||
        S_trie_init(d, &d->discards) || S_trie_init(d, &d->issues)) {
        dyad_dict_free(d);
        return NULL;
    }
    return d;
}

void dyad_dict_free(dyad_dict *d)
{
    if (!d)
        return;
    if (d->gather) /* a set load left unfinished: drop the files it recorded */
        dyad_dict_gather_end(d, DYAD_EINVAL, DYAD_CACHE_OFF, NULL);
    dyad_dict_release(d);
    free(d->compiled_path);
    free(d);
}

dyad_status dyad_dict_read(dyad_dict *d, dyad_dict_kind kind, const char *name,
                           const char *text, size_t len, dyad_diag *diag)
{
    if (!d || (!text && len))
        return DYAD_EINVAL;
    if (dyad_dict_own(d))
        return DYAD_ENOMEM;
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
    if (d && d->gather)
        return dyad_dict_gather_add(d, kind, path, diag);
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
    o->compiled = d->map != NULL;
    if (d->map) {
        o->bytes = sizeof *d + d->mapsize;
        return;
    }
    dyad_dict_sec s[DYAD_DICT_NSEC];
    dyad_dict_sections((dyad_dict *)d, s);
    size_t b = sizeof *d + dyad_strmap_bytes(d->intern);
    for (int i = 0; i < DYAD_DICT_NSEC; i++)
        b += *s[i].cap * s[i].elem;
    o->bytes = b;
}

const char *dyad_dict_compiled_path(const dyad_dict *d)
{
    return d ? d->compiled_path : NULL;
}

/* Each ':'-separated part of code is empty (":173": no event that way), "---" or a code
 * t knows. */
static int S_code_known(const dyad_cameo *t, const char *code)
{
    char part[16];
    for (const char *p = code;;) {
        size_t n = strcspn(p, ":");
        if (n >= sizeof part)
            return 0;
        memcpy(part, p, n);
        part[n] = 0;
        if (n && strcmp(part, "---") && dyad_cameo_lookup(t, part, NULL, NULL, NULL) != DYAD_OK)
            return 0;
        if (!p[n])
            return 1;
        p += n + 1;
    }
}

static int S_check_code(const dyad_dict *d, const dyad_cameo *t, dyad_strmap *seen,
                        dyad_str code, const char *file, long line, const char *what,
                        dyad_diag *diag)
{
    const char *c = dyad_dict_str(d, code);
    if (S_code_known(t, c) || dyad_strmap_get(seen, c, strlen(c)))
        return 0;
    void **slot = dyad_strmap_slot(seen, c, strlen(c), NULL);
    if (!slot)
        return -1;
    *slot = (void *)1;
    dyad_diagf(diag, DYAD_WARN, file, line, "%s code '%s' is not a CAMEO code: its events are dropped",
               what, c);
    return 0;
}

int dyad_dict_check_codes(const dyad_dict *d, const dyad_cameo *t, const char *verbs_file,
                          dyad_diag *diag)
{
    dyad_strmap *seen = dyad_strmap_new();
    if (!seen)
        return -1;
    int rc = 0;
    for (size_t i = 0; i < d->pat.n && !rc; i++)
        rc = S_check_code(d, t, seen, d->pat.v[i].code, verbs_file, d->pat.v[i].line,
                          "pattern", diag);
    for (size_t i = 0; i < d->block.n && !rc; i++)
        rc = S_check_code(d, t, seen, d->block.v[i].code, verbs_file, 0, "verb block", diag);
    for (size_t i = 0; i < d->verb.n && !rc; i++)
        rc = S_check_code(d, t, seen, d->verb.v[i].code, verbs_file, 0, "verb", diag);
    dyad_strmap_free(seen);
    return rc;
}

const char *dyad_owner_ending(const char *w)
{
    static const char *const owned[] = {"-FLAGGED", "-OWNED", "-REGISTERED", "-OPERATED",
                                        "-CHARTERED", "-LINKED", "-CONNECTED", "-APPOINTED",
                                        "-LED", "-DRAFTED", NULL};
    const char *h = strrchr(w, '-');
    return h && h != w && dyad_among(h, owned) ? h : NULL;
}

int dyad_lower_short(const char *w, size_t n)
{
    if (n == 0 || n > 2)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!islower((unsigned char)w[i]))
            return 0;
    return 1;
}

const char *const dyad_force_nouns[] = {"ATTACK", "ATTACKS", "STRIKE", "STRIKES", "RAID",
                                        "RAIDS", "ASSAULT", "ASSAULTS", "OFFENSIVE",
                                        "BOMBARDMENT", "SHELLING", "INCURSION", "INVASION",
                                        "INVASIONS", NULL};
const char *const dyad_air_nouns[] = {"AIRSTRIKE", "AIRSTRIKES", "BOMBING", "BOMBINGS", NULL};
const char *const dyad_talks_nouns[] = {"TALKS", "NEGOTIATIONS", "CONSULTATIONS", NULL};
const char *const dyad_meet_nouns[] = {"MEETING", "MEETINGS", "SUMMIT", NULL};
const char *const dyad_visit_nouns[] = {"VISIT", "TRIP", "TOUR", NULL};
const char *const dyad_measure_nouns[] = {
    "SANCTIONS", "TARIFF", "TARIFFS", "DUTIES", "LEVY", "LEVIES", "SURCHARGE",
    "SURCHARGES", "EMBARGO", "COUNTERMEASURES", "COUNTER-TARIFFS", NULL};
const char *const dyad_aid_nouns[] = {"AID", "ASSISTANCE", NULL};

int dyad_act_noun(const char *w)
{
    return dyad_among(w, dyad_talks_nouns) || dyad_among(w, dyad_meet_nouns) ||
           dyad_among(w, dyad_visit_nouns) || dyad_among(w, dyad_force_nouns) ||
           dyad_among(w, dyad_air_nouns) || dyad_among(w, dyad_measure_nouns) ||
           dyad_among(w, dyad_aid_nouns);
}

int dyad_asking_noun(const char *w)
{
    static const char *const demand[] = {"DEMAND", "DEMANDS", "INSISTENCE", NULL};
    static const char *const appeal[] = {"CALL",     "CALLS",     "APPEAL",     "APPEALS",
                                         "REQUEST",  "REQUESTS",  "PLEA",       "PLEAS",
                                         "PROPOSAL", "PROPOSALS", "SUGGESTION", "SUGGESTIONS",
                                         NULL};
    return dyad_among(w, demand) ? 2 : dyad_among(w, appeal) ? 1 : 0;
}

int dyad_duty_word(const char *w)
{
    static const char *const duty[] = {"MUST", "SHOULD", "NEED",  "NEEDS", "NEEDED",
                                       "HAS",  "HAVE",   "OUGHT", NULL};
    static const char *const need_for[] = {"TIME",      "NECESSARY", "ESSENTIAL",
                                           "IMPERATIVE", "IMPORTANT", "VITAL",
                                           "CRUCIAL",   "URGENT",    NULL};
    return dyad_among(w, duty) ? 1 : dyad_among(w, need_for) ? 2 : 0;
}

/*
 * strmap.c — open-addressing hash map from byte strings to pointers (linear probing,
 * power-of-two capacity, load factor <= 1/2). Keys are copied into an arena owned by
 * the map; there is no deletion because no user needs it.
 */
#include <stdlib.h>
#include <string.h>
#include "util.h"

typedef struct entry {
    const char *key; /* NULL = empty */
    size_t n;
    uint64_t h;
    void *val;
} entry;

struct dyad_strmap {
    entry *tab;
    size_t cap, count;
    dyad_arena *keys;
};

uint64_t dyad_hash(const void *p, size_t n)
{
    const unsigned char *s = p;
    uint64_t h = DYAD_HASH_BASIS;
    for (size_t i = 0; i < n; i++)
        h = (h ^ s[i]) * DYAD_HASH_PRIME;
    return h;
}

dyad_strmap *dyad_strmap_new(void)
{
    dyad_strmap *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->cap = 16;
    m->tab = calloc(m->cap, sizeof(entry));
    m->keys = dyad_arena_new();
    if (!m->tab || !m->keys) {
        dyad_strmap_free(m);
        return NULL;
    }
    return m;
}

void dyad_strmap_free(dyad_strmap *m)
{
    if (!m)
        return;
    free(m->tab);
    dyad_arena_free(m->keys);
    free(m);
}

static entry *S_find(const entry *tab, size_t cap, const char *key, size_t n, uint64_t h)
{
    size_t i = (size_t)h & (cap - 1);
    for (;;) {
        const entry *e = &tab[i];
        if (!e->key || (e->h == h && e->n == n && memcmp(e->key, key, n) == 0))
            return (entry *)e;
        i = (i + 1) & (cap - 1);
    }
}

static int S_grow(dyad_strmap *m)
{
    size_t cap = m->cap * 2;
    entry *tab = calloc(cap, sizeof(entry));
    if (!tab)
        return -1;
    for (size_t i = 0; i < m->cap; i++)
        if (m->tab[i].key)
            *S_find(tab, cap, m->tab[i].key, m->tab[i].n, m->tab[i].h) = m->tab[i];
    free(m->tab);
    m->tab = tab;
    m->cap = cap;
    return 0;
}

void **dyad_strmap_slot(dyad_strmap *m, const char *key, size_t n, int *created)
{
    if ((m->count + 1) * 2 > m->cap && S_grow(m))
        return NULL;
    uint64_t h = dyad_hash(key, n);
    entry *e = S_find(m->tab, m->cap, key, n, h);
    if (created)
        *created = !e->key;
    if (!e->key) {
        char *k = dyad_arena_strndup(m->keys, key, n);
        if (!k)
            return NULL;
        e->key = k;
        e->n = n;
        e->h = h;
        e->val = NULL;
        m->count++;
    }
    return &e->val;
}

void *dyad_strmap_get(const dyad_strmap *m, const char *key, size_t n)
{
    entry *e = S_find(m->tab, m->cap, key, n, dyad_hash(key, n));
    return e->key ? e->val : NULL;
}

void dyad_strmap_clear(dyad_strmap *m)
{
    if (!m->count)
        return;
    /* the table is sized for as many keys as it had, as the next fill is likely alike:
     * it need not grow then, and one long input does not make every later clear slow */
    size_t cap = 16;
    while (m->count * 2 > cap)
        cap *= 2;
    entry *tab = cap < m->cap ? calloc(cap, sizeof(entry)) : NULL;
    if (tab) {
        free(m->tab);
        m->tab = tab;
        m->cap = cap;
    } else {
        memset(m->tab, 0, m->cap * sizeof(entry));
    }
    m->count = 0;
    dyad_arena_reset(m->keys);
}

size_t dyad_strmap_count(const dyad_strmap *m) { return m->count; }

size_t dyad_strmap_bytes(const dyad_strmap *m)
{
    return sizeof *m + m->cap * sizeof(entry) + dyad_arena_bytes(m->keys);
}

int dyad_strmap_next(const dyad_strmap *m, size_t *it, const char **key, size_t *n, void **val)
{
    while (*it < m->cap) {
        const entry *e = &m->tab[(*it)++];
        if (e->key) {
            if (key)
                *key = e->key;
            if (n)
                *n = e->n;
            if (val)
                *val = e->val;
            return 1;
        }
    }
    return 0;
}

int dyad_word_listed(const char *list, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = list; n && (p = strstr(p, w)); p += n)
        if ((p == list || p[-1] == ' ') && (p[n] == ' ' || !p[n]))
            return 1;
    return 0;
}

/*
 * lsh.c — a hash table from LSH bucket keys to the article that first filled them,
 * for the weeks of articles the store is working in (store.c says how keys are made
 * and why only a few weeks are needed). Near-duplicate search does over a hundred
 * bucket look-ups per article: in memory they cost next to nothing, as SQLite index
 * rows they cost a seek each and 42 index inserts per article. The table is filled from
 * stored signatures a week at a time and dropped whenever it could be stale (a
 * rollback, another connection's commit) or holds too many weeks. Open addressing with
 * linear probing; key 0 marks an empty slot (real keys never are 0: they carry the week
 * plus two in their high bits).
 */
#include <stdlib.h>
#include <string.h>
#include "store/store_int.h"

#define S_MAX_WEEKS 12

typedef struct S_slot {
    int64_t key, article;
} S_slot;

struct dyad_lsh_cache {
    S_slot *tab;
    size_t cap, count;
    long weeks[S_MAX_WEEKS];
    int nweeks;
};

dyad_lsh_cache *dyad_lsh_cache_new(void)
{
    return calloc(1, sizeof(dyad_lsh_cache));
}

void dyad_lsh_cache_free(dyad_lsh_cache *c)
{
    if (!c)
        return;
    free(c->tab);
    free(c);
}

void dyad_lsh_cache_clear(dyad_lsh_cache *c)
{
    if (c->tab)
        memset(c->tab, 0, c->cap * sizeof *c->tab);
    c->count = 0;
    c->nweeks = 0;
}

int dyad_lsh_cache_has_week(const dyad_lsh_cache *c, long week)
{
    for (int i = 0; i < c->nweeks; i++)
        if (c->weeks[i] == week)
            return 1;
    return 0;
}

int dyad_lsh_cache_room(const dyad_lsh_cache *c, int weeks)
{
    return c->nweeks + weeks <= S_MAX_WEEKS;
}

void dyad_lsh_cache_add_week(dyad_lsh_cache *c, long week)
{
    if (c->nweeks < S_MAX_WEEKS && !dyad_lsh_cache_has_week(c, week))
        c->weeks[c->nweeks++] = week;
}

static size_t S_index(int64_t key, size_t cap)
{
    uint64_t h = (uint64_t)key * 0x9E3779B97F4A7C15ULL;
    return (size_t)(h >> 17) & (cap - 1);
}

static int S_grow(dyad_lsh_cache *c)
{
    size_t cap = c->cap ? c->cap * 2 : 1 << 14;
    S_slot *tab = calloc(cap, sizeof *tab);
    if (!tab)
        return -1;
    for (size_t i = 0; i < c->cap; i++)
        if (c->tab[i].key) {
            size_t j = S_index(c->tab[i].key, cap);
            while (tab[j].key)
                j = (j + 1) & (cap - 1);
            tab[j] = c->tab[i];
        }
    free(c->tab);
    c->tab = tab;
    c->cap = cap;
    return 0;
}

int dyad_lsh_cache_put(dyad_lsh_cache *c, int64_t key, int64_t article)
{
    if (!key)
        return 0;
    if ((c->count + 1) * 2 > c->cap && S_grow(c))
        return -1;
    size_t j = S_index(key, c->cap);
    while (c->tab[j].key && c->tab[j].key != key)
        j = (j + 1) & (c->cap - 1);
    if (!c->tab[j].key) { /* the first article to fill a key keeps it */
        c->tab[j].key = key;
        c->tab[j].article = article;
        c->count++;
    }
    return 0;
}

int64_t dyad_lsh_cache_get(const dyad_lsh_cache *c, int64_t key)
{
    if (!c->cap || !key)
        return 0;
    size_t j = S_index(key, c->cap);
    while (c->tab[j].key) {
        if (c->tab[j].key == key)
            return c->tab[j].article;
        j = (j + 1) & (c->cap - 1);
    }
    return 0;
}

/*
 * arena.c — bump allocator: dictionaries and parse trees make millions of small
 * strings that all die together, so one free per block beats one per string.
 */
#include <stdlib.h>
#include <string.h>
#include "util.h"

typedef struct block {
    struct block *next;
    size_t used, cap;
    _Alignas(16) unsigned char mem[];
} block;

struct dyad_arena {
    block *head;
    size_t bytes;
};

dyad_arena *dyad_arena_new(void) { return calloc(1, sizeof(dyad_arena)); }

void dyad_arena_free(dyad_arena *a)
{
    if (!a)
        return;
    for (block *b = a->head, *n; b; b = n) {
        n = b->next;
        free(b);
    }
    free(a);
}

void *dyad_arena_alloc(dyad_arena *a, size_t n)
{
    n = (n + 15) & ~(size_t)15;
    if (n == 0)
        n = 16;
    block *b = a->head;
    if (!b || b->cap - b->used < n) {
        size_t cap = n > 65536 - sizeof(block) ? n : 65536 - sizeof(block);
        b = malloc(sizeof(block) + cap);
        if (!b)
            return NULL;
        b->used = 0;
        b->cap = cap;
        b->next = a->head;
        a->head = b;
        a->bytes += sizeof(block) + cap;
    }
    void *p = b->mem + b->used;
    b->used += n;
    return p;
}

char *dyad_arena_strndup(dyad_arena *a, const char *s, size_t n)
{
    char *p = dyad_arena_alloc(a, n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

void dyad_arena_reset(dyad_arena *a)
{
    if (!a || !a->head)
        return;
    for (block *b = a->head->next, *n; b; b = n) {
        n = b->next;
        free(b);
    }
    a->head->next = NULL;
    a->head->used = 0;
    a->bytes = sizeof(block) + a->head->cap;
}

size_t dyad_arena_bytes(const dyad_arena *a) { return a ? a->bytes : 0; }

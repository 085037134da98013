/*
 * arceager.c — the arc-eager transition system (Nivre 2003, 2008): a stack, a buffer,
 * and four actions SHIFT, REDUCE, LEFT-ARC (b0 heads s0, pop) and RIGHT-ARC (s0 heads
 * b0, push). Besides heads and labels the state keeps what the rich features of Zhang &
 * Nivre (2011) read: the two outermost children on each side, valencies and label sets.
 * Used by the runtime parser and by the trainer's dynamic oracle alike.
 */
#include <stdlib.h>
#include "parse_int.h"

int dyad_pstate_alloc(dyad_pstate *s, int maxn, void **mem)
{
    size_t m = (size_t)maxn + 2;
    char *p = malloc(m * (10 * sizeof(int) + 2 * sizeof(uint64_t)));
    *mem = p;
    if (!p)
        return -1;
    s->lset = (uint64_t *)p;
    s->rset = s->lset + m;
    int *q = (int *)(s->rset + m);
    int **arr[10] = {&s->stack, &s->head, &s->label, &s->lc1, &s->lc2,
                     &s->rc1, &s->rc2, &s->nl, &s->nr, &s->scratch};
    for (int k = 0; k < 10; k++, q += m)
        *arr[k] = q;
    return 0;
}

void dyad_pstate_init(dyad_pstate *s, int n)
{
    s->n = n;
    s->sp = 0;
    s->b = 1;
    s->keep = 0;
    for (int i = 0; i <= n; i++) {
        s->head[i] = s->label[i] = -1;
        s->lc1[i] = s->lc2[i] = s->rc1[i] = s->rc2[i] = -1;
        s->nl[i] = s->nr[i] = 0;
        s->lset[i] = s->rset[i] = 0;
    }
}

int dyad_pstate_valid(const dyad_pstate *s, int act)
{
    int s0 = s->sp > 0 ? s->stack[s->sp - 1] : -1;
    int word = s->b <= s->n; /* b0 is a word, not the root */
    switch (act) {
    case DYAD_SHIFT: return word;
    case DYAD_REDUCE: return s0 > 0 && s->head[s0] >= 0;
    case DYAD_LEFT: return s0 > 0 && s->head[s0] < 0 && s->b <= s->n + 1;
    case DYAD_RIGHT: return word && s0 > 0;
    }
    return 0;
}

int dyad_pstate_done(const dyad_pstate *s)
{
    return s->b > s->n && s->sp == 0;
}

static void S_arc(dyad_pstate *s, int h, int d, int label)
{
    s->head[d] = h;
    s->label[d] = label;
    uint64_t bit = 1ULL << ((unsigned)label & 63);
    /* the root counts as right of every word */
    if (h == 0 || d < h) {
        s->nl[h]++;
        s->lset[h] |= bit;
        if (s->lc1[h] < 0 || d < s->lc1[h]) {
            s->lc2[h] = s->lc1[h];
            s->lc1[h] = d;
        } else if (s->lc2[h] < 0 || d < s->lc2[h]) {
            s->lc2[h] = d;
        }
    } else {
        s->nr[h]++;
        s->rset[h] |= bit;
        if (s->rc1[h] < 0 || d > s->rc1[h]) {
            s->rc2[h] = s->rc1[h];
            s->rc1[h] = d;
        } else if (s->rc2[h] < 0 || d > s->rc2[h]) {
            s->rc2[h] = d;
        }
    }
}

void dyad_pstate_apply(dyad_pstate *s, int act, int label)
{
    int s0 = s->sp > 0 ? s->stack[s->sp - 1] : -1;
    switch (act) {
    case DYAD_SHIFT:
        s->stack[s->sp++] = s->b++;
        break;
    case DYAD_REDUCE:
        s->sp--;
        break;
    case DYAD_LEFT:
        S_arc(s, dyad_pstate_buf(s, 0), s0, label);
        s->sp--;
        break;
    case DYAD_RIGHT:
        S_arc(s, s0, s->b, label);
        s->stack[s->sp++] = s->b++;
        break;
    }
}

void dyad_pstate_finish(dyad_pstate *s, int root_label,
                        int (*label_of)(void *user, const dyad_pstate *s, int h, int d),
                        void *user)
{
    /* size of each subtree under the root: count each word into its top ancestor
     * (one upward walk per word: O(n * depth), never quadratic in root children) */
    int best = -1;
    int *size = s->scratch;
    for (int i = 0; i <= s->n; i++)
        size[i] = 0;
    for (int i = 1; i <= s->n; i++) {
        int a = i, steps = 0;
        while (a > 0 && s->head[a] > 0 && steps++ <= s->n)
            a = s->head[a];
        if (a > 0 && s->head[a] == 0)
            size[a]++;
    }
    for (int r = 1; r <= s->n; r++)
        if (s->head[r] == 0 && (best < 0 || size[r] > size[best]))
            best = r;
    if (s->keep > 0 && s->keep <= s->n && s->head[s->keep] == 0)
        best = s->keep;
    if (best < 0) /* cannot happen after a complete parse; keep the tree valid anyway */
        best = 1;
    for (int i = 1; i <= s->n; i++) {
        if (i == best || s->head[i] > 0)
            continue;
        s->head[i] = -1;
        S_arc(s, best, i, label_of(user, s, best, i));
    }
    s->head[best] = 0;
    s->label[best] = root_label;
}

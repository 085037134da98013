/*
 * fuzz_ptb.c — libFuzzer target for dyad_dep_to_ptb(): the bytes spell a dependency
 * parse (per word: word, tag, relation and head out of small lists that reach the
 * conversion's repairs), which must be refused as inconsistent or turned into one
 * balanced tree whose leaves are the words in order.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "dyad_parse.h"

static const char *const S_words[] = {
    "after", "said", "Russian", "President", "Putin", "years", "five", "next", "month",
    "Monday", "and", ",", ".", "not", "was", "killed", "by", "the", "to", "meet", "of",
    "State", "in", "Beijing", "(", ")", "that", "'s", "forces", "agency",
    /* appended only, so that the seeds keep decoding to the same parses */
    "who", "which", "whose", "whom", "speaking", "accusing", "visiting", "including",
    "minister", "secretary", "chief", "Gondor", "Rohan", "Aragorn", "--", "as", "called",
    "than", "a", "today", "week", "told", "urged", "he", "they", "both", "together",
    "between", "from", "with", "were", "more", "an", "on", "charges", ":", "or", "'",
    "it", "is", "Inc", "described"};
static const char *const S_tags[] = {
    "NN", "NNS", "NNP", "JJ", "JJS", "VB", "VBD", "VBN", "VBZ", "MD", "IN", "TO", "RB", "DT",
    "CD", "CC", ",", ".", "POS", "PRP", "WDT", "-LRB-", "-RRB-", "HYPH",
    "VBG", "VBP", "WP", "WP$", "WRB", "NNPS", "PRP$", "JJR", "RBR", "RP", "EX", ":", "``",
    "''", "PDT", "FW", "SYM", "$", "NFP", "UH"};
static const char *const S_rels[] = {
    "nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:npmod", "nmod", "nmod:poss",
    "nmod:unmarked", "amod", "advmod", "compound", "flat", "appos", "list", "conj", "cc",
    "case", "mark", "aux", "aux:pass", "cop", "det", "nummod", "acl", "acl:relcl", "advcl",
    "ccomp", "xcomp", "parataxis", "punct", "root", "expl", "dep",
    "csubj", "csubj:pass", "vocative", "compound:prt", "det:poss", "obl:tmod", "nmod:tmod",
    "obl:agent", "fixed", "cc:preconj", "det:predet", "advcl:relcl", "orphan", "discourse",
    "dislocated", "goeswith", "nsubj:outer", "acl:part"};

#define N_OF(a) (sizeof a / sizeof a[0])

/* The leaves of tree, in order, are the words (with PTB's bracket escapes). */
static int S_yield_ok(const char *tree, const char *const *w, int n)
{
    int depth = 0, k = 0;
    for (const char *p = tree; *p; p++) {
        if (*p == ')') {
            if (--depth < 0)
                return 0;
            continue;
        }
        if (*p != '(')
            continue;
        depth++;
        const char *sp = strchr(p, ' ');
        if (!sp || sp[1] == '(')
            continue;
        const char *e = strchr(sp + 1, ')');
        if (!e || k >= n)
            return 0;
        const char *want = !strcmp(w[k], "(") ? "-LRB-" : !strcmp(w[k], ")") ? "-RRB-" : w[k];
        k++;
        if ((size_t)(e - sp - 1) != strlen(want) || strncmp(sp + 1, want, strlen(want)))
            return 0;
        p = e;
        depth--;
    }
    return depth == 0 && k == n;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    enum { MAXN = 64 };
    const char *w[MAXN], *tag[MAXN], *rel[MAXN];
    size_t len[MAXN];
    int head[MAXN];
    int n = (int)(size / 4);
    if (n < 1 || n > MAXN)
        return 0;
    for (int i = 0; i < n; i++) {
        const uint8_t *b = data + 4 * i;
        w[i] = S_words[b[0] % N_OF(S_words)];
        len[i] = strlen(w[i]);
        tag[i] = S_tags[b[1] % N_OF(S_tags)];
        rel[i] = S_rels[b[2] % N_OF(S_rels)];
        head[i] = b[3] % (n + 1);
    }
    static char tree[1 << 16];
    dyad_parse_result r = {n, tag, tag, head, rel};
    dyad_status st = dyad_dep_to_ptb(w, len, &r, tree, sizeof tree, NULL);
    if (st == DYAD_EINVAL)
        return 0; /* heads out of range, a word its own head, or a cycle */
    if (st != DYAD_OK || !S_yield_ok(tree, w, n))
        abort();
    return 0;
}

/*
 * ptb.c — dependency parse (UD relations, Penn tags) to a Penn Treebank bracketed
 * constituency tree in the style of the Stanford parser output that PETRARCH-2 reads.
 *
 * Algorithm: the tree is first made projective by lifting crossing arcs to the
 * grandparent (Kahane et al. 1998), so every head's subtree is a contiguous span, and a
 * few unmistakable parser mistakes that would cost the coder events are undone (see
 * "repairs"). Then
 * each head builds its phrase "head-outward" (as in Collins' head-driven models read
 * backwards, cf. Xia & Palmer 2001): it starts from the head word and wraps layers
 * around it, each layer taking the dependents next to the current span, which keeps
 * the words in order whatever the relations:
 *   nominal  base NP (det, amod, compound, nummod, possessor NP with its POS 's, flat;
 *            modifiers that are NPs themselves are spliced in, so that titles and names
 *            make one flat NP as in CoreNLP's trees)
 *            -> NP (NP base) + PP / SBAR / VP / appositive post-modifiers
 *            -> coordination (NP (NP ..) (CC and) (NP ..)), flat when all are single words
 *               (the coder takes each NP of a coordination as a member of a compound)
 *            -> PP when it has a `case` marker: (PP (IN of) (NP ...))
 *   clause   innermost VP = verb (or copula + predicate phrase) and its complements,
 *            with nothing before the verb (the coder finds verbs as a VP's first word);
 *            one VP per auxiliary, modal or infinitival "to" around it (PTB's VP chain),
 *            holding the adverbs that follow it, negation as a bare RB: (VP (VBD did)
 *            (RB not) (VP (VB meet) ..)); subjectless conjuncts coordinate VPs inside
 *            the chain they share;
 *            S = fronted material + subject NP + adverbs + VP + clause punctuation;
 *            SBAR = complementiser (mark) or relative pronoun (WHNP) + S.
 */
#include <stdlib.h>
#include <string.h>
#include "dyad_parse.h"
#include "util/util.h"

typedef struct S_node {
    const char *label;  /* phrase label, or the tag of a word */
    int word;           /* 1-based word for leaves, 0 for phrases */
    int first, last, next;
} S_node;

typedef struct S_ctx {
    int n;
    const char *const *words;
    const size_t *lens;
    const char **xpos;  /* tags, [w - 1]; repairs may replace some */
    const char **rel;   /* relations, [w - 1]; repairs may replace some */
    int *head;          /* projective heads, 1-based, [0] unused */
    int *kids;          /* children of each head, in word order */
    int *kid_off;       /* kids of h: kids[kid_off[h] .. kid_off[h+1]) */
    char *taken;        /* dependent already placed by an outer rule */
    S_node *nodes;
    int nn, cap;
    int oom;
} S_ctx;

/* ---- small helpers ------------------------------------------------------------------ */

/* Word 0, the root every head walk ends at, has neither tag nor relation: repairs ask
 * them of a word's head without checking first that it is a word. */
static const char *S_tag(const S_ctx *c, int w)
{
    const char *t = w > 0 ? c->xpos[w - 1] : NULL;
    return t && *t ? t : "XX";
}

/* Does the relation of w have universal part u ("nsubj" matches "nsubj:pass")? */
static int S_rel(const S_ctx *c, int w, const char *u)
{
    const char *e = w > 0 && c->rel[w - 1] ? dyad_after(c->rel[w - 1], u) : NULL;
    return e && (*e == '\0' || *e == ':');
}

static int S_rel_exact(const S_ctx *c, int w, const char *r)
{
    return w > 0 && c->rel[w - 1] && dyad_is(c->rel[w - 1], r);
}

static int S_tag_is(const S_ctx *c, int w, const char *prefix)
{
    return dyad_after(S_tag(c, w), prefix) != NULL;
}

/* A walk up the heads takes at most n steps, each walk counting its own: in a tree the
 * root is never further, but repairs move heads during the pass, and one that left a
 * cycle would hang the walk. It ends the walk's condition:
 *   while (... && S_step(c, &steps)) x = c->head[x]; */
static int S_step(const S_ctx *c, int *steps)
{
    return ++*steps <= c->n;
}

static int S_new(S_ctx *c, const char *label, int word)
{
    if (c->nn == c->cap) {
        int nc = c->cap ? c->cap * 2 : 64;
        S_node *nw = realloc(c->nodes, (size_t)nc * sizeof *nw);
        if (!nw) {
            c->oom = 1;
            return 0;
        }
        c->nodes = nw;
        c->cap = nc;
    }
    S_node *x = &c->nodes[c->nn];
    x->label = label;
    x->word = word;
    x->first = x->last = x->next = -1;
    return c->nn++;
}

static void S_append(S_ctx *c, int parent, int child)
{
    if (c->oom || child < 0)
        return;
    S_node *p = &c->nodes[parent];
    c->nodes[child].next = -1;
    if (p->last < 0)
        p->first = child;
    else
        c->nodes[p->last].next = child;
    p->last = child;
}

static int S_has_subject(const S_ctx *c, int h);
static int S_verb_onset(const S_ctx *c, int v, int *a);
static int S_passive(const S_ctx *c, int v);

static int S_leaf(S_ctx *c, int w)
{
    /* a past form the parser hung on a noun as a clause of no subject of its own is
     * its participle: "The attack left 13 U.S. service members (VBN killed)" */
    if (S_tag_is(c, w, "VBD") && S_rel_exact(c, w, "acl") && !S_has_subject(c, w))
        return S_new(c, "VBN", w);
    return S_new(c, S_tag(c, w), w);
}

/* A phrase holding one child: returns the new node. */
static int S_wrap(S_ctx *c, const char *label, int child)
{
    int p = S_new(c, label, 0);
    if (!c->oom)
        S_append(c, p, child);
    return p;
}

static int S_nkids(const S_ctx *c, int node)
{
    int k = 0;
    for (int x = c->nodes[node].first; x >= 0; x = c->nodes[x].next)
        k++;
    return k;
}

static int S_all_leaves(const S_ctx *c, int node)
{
    for (int x = c->nodes[node].first; x >= 0; x = c->nodes[x].next)
        if (!c->nodes[x].word)
            return 0;
    return 1;
}

/* Has node a child phrase labelled NP (a clause's subject)? */
static int S_has_np(const S_ctx *c, int node)
{
    for (int x = c->nodes[node].first; x >= 0; x = c->nodes[x].next)
        if (!c->nodes[x].word && !strcmp(c->nodes[x].label, "NP"))
            return 1;
    return 0;
}

/* ---- classification ------------------------------------------------------------------ */

/* Is word w `s`, ignoring ASCII case? */
static int S_word_is(const S_ctx *c, int w, const char *s)
{
    const char *a = c->words[w - 1];
    for (size_t i = 0, n = c->lens[w - 1]; i < n; i++, s++)
        if (!*s || (a[i] >= 'A' && a[i] <= 'Z' ? a[i] + 32 : a[i]) != *s)
            return 0;
    return *s == '\0';
}

/* Does word w (1-based; none for 0) open with a capital letter? */
static int S_capital(const S_ctx *c, int w)
{
    return w > 0 && c->lens[w - 1] && c->words[w - 1][0] >= 'A' && c->words[w - 1][0] <= 'Z';
}

/* "not", "n't", "never": bare RB leaves in the VP, where the coder looks for negation. */
static int S_negation(const S_ctx *c, int w)
{
    return S_tag_is(c, w, "RB") &&
           (S_word_is(c, w, "not") || S_word_is(c, w, "n't") || S_word_is(c, w, "never"));
}

static int S_nominal_tag(const S_ctx *c, int w)
{
    static const char *const t[] = {"NN", "PRP", "CD", "EX", "WP", "FW", "DT", "SYM",
                                    "$", "ADD", "GW", "LS", "NFP", "WDT", NULL};
    const char *tag = S_tag(c, w);
    if (dyad_is(tag, "PRP$") || dyad_is(tag, "WP$"))
        return 0;
    for (int i = 0; t[i]; i++)
        if (dyad_after(tag, t[i]))
            return 1;
    return 0;
}

static int S_subject(const S_ctx *c, int d)
{
    return S_rel(c, d, "nsubj") || S_rel(c, d, "csubj") || S_rel(c, d, "expl");
}

/* A measure phrase "five years (after ...)", in any of UD's spellings. */
static int S_unmarked(const S_ctx *c, int d)
{
    return S_rel_exact(c, d, "obl:npmod") || S_rel_exact(c, d, "obl:unmarked") ||
           S_rel_exact(c, d, "nmod:npmod") || S_rel_exact(c, d, "nmod:unmarked");
}

/* A participle before its noun, "a clearly (JJ inebriated) official": an adjective. */
static int S_prenominal(const S_ctx *c, int h)
{
    return S_rel(c, h, "amod") && h < c->head[h];
}

static int S_is_clause(const S_ctx *c, int h)
{
    if (S_prenominal(c, h))
        return 0;
    if (S_tag_is(c, h, "VB") || S_tag_is(c, h, "MD"))
        return 1;
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++) {
        int d = c->kids[k];
        if (S_rel(c, d, "nsubj") || S_rel(c, d, "csubj") || S_rel(c, d, "cop") ||
            S_rel(c, d, "aux") || S_rel(c, d, "expl"))
            return 1;
    }
    return 0;
}

/* Dependents that sit inside a base NP next to the head noun. */
static int S_np_internal(const S_ctx *c, int d, int h)
{
    if (S_rel(c, d, "det") || S_rel(c, d, "amod") || S_rel(c, d, "compound") ||
        S_rel(c, d, "nummod") || S_rel(c, d, "flat") || S_rel(c, d, "fixed") ||
        S_rel(c, d, "goeswith") || S_rel_exact(c, d, "nmod:poss"))
        return 1;
    if (S_rel(c, d, "case") && !strcmp(S_tag(c, d), "POS"))
        return 1;
    if (S_rel(c, d, "punct") && !strcmp(S_tag(c, d), "HYPH"))
        return 1;
    if (d < h && (S_rel(c, d, "advmod") || S_rel(c, d, "nmod")))
        return 1;
    return 0;
}

static int S_phrase(S_ctx *c, int h);

/* A dependent inside a base phrase: the bare word when it has no dependents of its
 * own, else its full phrase. */
static int S_inner(S_ctx *c, int d)
{
    for (int k = c->kid_off[d]; k < c->kid_off[d + 1]; k++)
        if (!c->taken[c->kids[k]])
            return S_phrase(c, d);
    return S_leaf(c, d);
}

/* The children of h not yet placed (taken[] == 0), in word order. */
typedef struct S_span {
    int *v;
    int n;
    int hpos; /* index in v where the head would go: v[0..hpos) are left of h */
} S_span;

static int S_collect(S_ctx *c, int h, S_span *s)
{
    int cnt = c->kid_off[h + 1] - c->kid_off[h];
    s->v = malloc((size_t)(cnt ? cnt : 1) * sizeof(int));
    s->n = 0;
    s->hpos = 0;
    if (!s->v) {
        c->oom = 1;
        return -1;
    }
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++) {
        int d = c->kids[k];
        if (c->taken[d])
            continue;
        if (d < h)
            s->hpos = s->n + 1;
        s->v[s->n++] = d;
    }
    return 0;
}

/* ---- nominal and other non-clausal phrases ------------------------------------------ */

static const char *S_base_label(const S_ctx *c, int h)
{
    /* an adjective as subject or object, "Israel's (JJ military) said", is a noun */
    if (S_nominal_tag(c, h) || (S_tag_is(c, h, "JJ") && (S_subject(c, h) || S_rel(c, h, "obj") ||
                                                         S_rel(c, h, "iobj"))))
        return "NP";
    if (S_tag_is(c, h, "JJ") || S_prenominal(c, h))
        return "ADJP";
    if (S_tag_is(c, h, "RB") || S_tag_is(c, h, "WRB"))
        return "ADVP";
    if (S_tag_is(c, h, "IN") || S_tag_is(c, h, "TO"))
        return "PP";
    if (S_tag_is(c, h, "UH"))
        return "INTJ";
    return "X";
}

/* Leading cc / punctuation of a conjunct, placed by the coordination around it. */
static void S_take_conj_lead(S_ctx *c, int conj, int *lead, int *nlead)
{
    *nlead = 0;
    for (int k = c->kid_off[conj]; k < c->kid_off[conj + 1]; k++) {
        int d = c->kids[k];
        if (d > conj || c->taken[d])
            break;
        if (!(S_rel(c, d, "cc") || S_rel(c, d, "punct")) || *nlead == 64)
            break;
        c->taken[d] = 1;
        lead[(*nlead)++] = d;
    }
}

static void S_add_dep(S_ctx *c, int parent, int d);
static void S_append_kids(S_ctx *c, int parent, int x, const char *label);

/* Coordination layer: node `first` plus the conj dependents of h in v[from..to); what
 * follows the last conjunct of a phrase modifies the whole coordination:
 * (NP (NP (NP air strikes) (CC and) (NP artillery fire)) (PP against ..)). */
static int S_coordinate(S_ctx *c, int first, const char *label, const int *v, int from,
                        int to)
{
    int coord = S_new(c, label, 0);
    if (c->oom)
        return first;
    S_append(c, coord, first);
    int end = to;
    if (strcmp(label, "S")) {
        end = from;
        for (int k = from; k < to; k++)
            if (S_rel(c, v[k], "conj"))
                end = k + 1;
    }
    for (int k = from; k < end; k++) {
        int d = v[k];
        if (S_rel(c, d, "conj")) {
            int lead[64], nlead;
            S_take_conj_lead(c, d, lead, &nlead);
            for (int j = 0; j < nlead; j++)
                S_append(c, coord, S_inner(c, lead[j]));
            S_append(c, coord, S_phrase(c, d));
        } else {
            S_append(c, coord, S_inner(c, d));
        }
    }
    /* "(NP (NNP A) (CC and) (NNP B))": one-word conjuncts stay flat; longer ones are
     * NPs of their own, which the coder takes as the members of a compound actor */
    int simple = !c->oom && !strcmp(label, "NP");
    for (int x = c->nodes[coord].first; x >= 0 && simple; x = c->nodes[x].next)
        simple = c->nodes[x].word || (S_nkids(c, x) == 1 && S_all_leaves(c, x));
    if (simple) {
        int flat = S_new(c, "NP", 0);
        for (int x = c->nodes[coord].first; x >= 0;) {
            int nx = c->nodes[x].next;
            S_append_kids(c, flat, x, c->nodes[x].label);
            x = nx;
        }
        coord = flat;
    }
    if (end == to)
        return coord;
    int outer = S_new(c, label, 0);
    S_append(c, outer, coord);
    for (int k = end; k < to; k++)
        S_add_dep(c, outer, v[k]);
    return outer;
}

static int S_phrase_noncl(S_ctx *c, int h);

/* Does the comma kids[k] of d close a pair opened by an earlier comma after d, as in
 * "(NP (NP minister) (, ,) (PP in remarks ..) (, ,))"? */
static int S_closing_comma(const S_ctx *c, int d, int k)
{
    if (strcmp(S_tag(c, c->kids[k]), ","))
        return 0;
    for (int j = c->kid_off[d]; j < k; j++)
        if (c->kids[j] > d && !strcmp(S_tag(c, c->kids[j]), ","))
            return 1;
    return 0;
}

/* Append dependent d's phrase to parent; punctuation at the edges of d's span goes to
 * parent's level, as PTB attaches commas around appositions and clauses (the second of
 * a pair inside d's span stays with it). */
static void S_add_dep(S_ctx *c, int parent, int d)
{
    int k0 = c->kid_off[d], k1 = c->kid_off[d + 1];
    int lo = k0, hi = k1;
    while (lo < hi && (c->taken[c->kids[lo]] ||
                       (c->kids[lo] < d && S_rel(c, c->kids[lo], "punct") &&
                        c->kid_off[c->kids[lo]] == c->kid_off[c->kids[lo] + 1])))
        lo++;
    while (hi > lo && (c->taken[c->kids[hi - 1]] ||
                       (c->kids[hi - 1] > d && S_rel(c, c->kids[hi - 1], "punct") &&
                        c->kid_off[c->kids[hi - 1]] == c->kid_off[c->kids[hi - 1] + 1] &&
                        !S_closing_comma(c, d, hi - 1))))
        hi--;
    for (int k = k0; k < lo; k++)
        if (!c->taken[c->kids[k]]) {
            c->taken[c->kids[k]] = 1;
            S_append(c, parent, S_leaf(c, c->kids[k]));
        }
    int trail[16], nt = 0;
    if (k1 - hi > 16)
        hi = k1 - 16; /* a longer run: its first marks stay in the phrase, in order */
    for (int k = hi; k < k1; k++)
        if (!c->taken[c->kids[k]]) {
            c->taken[c->kids[k]] = 1; /* placed after the phrase below */
            trail[nt++] = c->kids[k];
        }
    S_append(c, parent, S_phrase(c, d));
    for (int j = 0; j < nt; j++)
        S_append(c, parent, S_leaf(c, trail[j]));
}

/* Append x to parent, or x's children when x is labelled `label`. */
static void S_append_kids(S_ctx *c, int parent, int x, const char *label)
{
    if (c->oom || c->nodes[x].word || strcmp(c->nodes[x].label, label)) {
        S_append(c, parent, x);
        return;
    }
    for (int y = c->nodes[x].first; y >= 0;) {
        int ny = c->nodes[y].next;
        S_append(c, parent, y);
        y = ny;
    }
}

/* Can NP x be spliced into the base NP around it: words, QP and ADJP only, no
 * possessive? */
static int S_flat_np(const S_ctx *c, int x)
{
    if (c->nodes[x].word || strcmp(c->nodes[x].label, "NP"))
        return 0;
    for (int y = c->nodes[x].first; y >= 0; y = c->nodes[y].next) {
        const char *l = c->nodes[y].label;
        if (c->nodes[y].word ? !strcmp(l, "POS")
                             : strcmp(l, "QP") && strcmp(l, "ADJP"))
            return 0;
    }
    return 1;
}

/* Append x to base, splicing a flat NP: CoreNLP draws one flat NP for a name with its
 * titles and modifiers, "(NP (JJ Iranian) (NNP Foreign) (NNP Minister) (NNP Hossein)
 * (NNP Amirabdollahian))", and the coder reads an inner NP as the entity. */
static void S_append_flat(S_ctx *c, int base, int x)
{
    S_append_kids(c, base, x, !c->oom && S_flat_np(c, x) ? "NP" : "");
}

static int S_phrase_noncl(S_ctx *c, int h)
{
    S_span s;
    if (S_collect(c, h, &s))
        return S_leaf(c, h);
    const char *label = S_base_label(c, h);
    if (S_rel(c, h, "nummod") && S_tag_is(c, h, "CD"))
        label = "QP"; /* "(QP (RB almost) (CD five))" */
    int nominal = !strcmp(label, "NP");
    /* a lone function word, punctuation mark or negation is just a leaf */
    if (s.n == 0 && (!strcmp(label, "X") || !strcmp(label, "PP") || S_negation(c, h))) {
        free(s.v);
        return S_leaf(c, h);
    }
    /* case markers at the outer left (and "ago"-like ones at the outer right) make PP,
     * with the adverbs before them: (PP (ADVP early) (IN on) (NP Friday)) */
    int lo = 0, hi = s.n;
    while (lo < s.hpos && S_rel(c, s.v[lo], "advmod"))
        lo++;
    if (lo == s.hpos || !S_rel(c, s.v[lo], "case") || !strcmp(S_tag(c, s.v[lo]), "POS"))
        lo = 0;
    while (lo < s.hpos && S_rel(c, s.v[lo], "case") && strcmp(S_tag(c, s.v[lo]), "POS"))
        lo++;
    /* "at least 12", "at most": an adverb of the number, (ADVP (IN at) (JJS least)); as
     * a PP inside the noun phrase it made the coder read "at least 12 Ukrainian
     * soldiers" as no one */
    if (lo == 1 && s.hpos == 1 && S_word_is(c, s.v[0], "at") &&
        (S_word_is(c, h, "least") || S_word_is(c, h, "most"))) {
        lo = 0;
        label = "ADVP";
    }
    int rcase_from = hi;
    while (rcase_from > s.hpos && S_rel(c, s.v[rcase_from - 1], "case") &&
           strcmp(S_tag(c, s.v[rcase_from - 1]), "POS") && nominal)
        rcase_from--;
    hi = rcase_from;
    /* base phrase: internal dependents adjacent to the head */
    int bl = s.hpos, br = s.hpos;
    if (nominal) {
        while (bl > lo && S_np_internal(c, s.v[bl - 1], h))
            bl--;
        while (br < hi && S_np_internal(c, s.v[br], h))
            br++;
    } else {
        /* adjectives, adverbs: one flat phrase up to the coordination, if any */
        bl = lo;
        while (br < hi && !S_rel(c, s.v[br], "conj"))
            br++;
        if (br < hi)
            while (br > s.hpos && (S_rel(c, s.v[br - 1], "punct") || S_rel(c, s.v[br - 1], "cc")))
                br--;
    }
    int base = S_new(c, label, 0);
    for (int k = bl; k < br; k++) {
        if (k == s.hpos)
            S_append(c, base, S_leaf(c, h));
        int d = s.v[k];
        int x = S_inner(c, d);
        if (nominal && !S_rel_exact(c, d, "nmod:poss"))
            S_append_flat(c, base, x);
        else
            S_append(c, base, x);
    }
    if (br == s.hpos)
        S_append(c, base, S_leaf(c, h));
    int cur = base;
    /* conjuncts and what follows them form a coordination; other post-modifiers
     * wrap the base as (NP (NP ...) (PP ...)) */
    int conj_at = -1;
    for (int k = br; k < hi; k++)
        if (S_rel(c, s.v[k], "conj")) {
            conj_at = k;
            break;
        }
    int mod_end = conj_at >= 0 ? conj_at : hi;
    /* punctuation and cc just before the first conjunct belong to the coordination */
    while (conj_at >= 0 && mod_end > br &&
           (S_rel(c, s.v[mod_end - 1], "punct") || S_rel(c, s.v[mod_end - 1], "cc")))
        mod_end--;
    if (mod_end > br || bl > lo) {
        int outer = S_new(c, label, 0);
        for (int k = lo; k < bl; k++)
            S_add_dep(c, outer, s.v[k]);
        S_append(c, outer, cur);
        for (int k = br; k < mod_end; k++)
            S_add_dep(c, outer, s.v[k]);
        cur = outer;
    }
    if (mod_end < hi)
        cur = S_coordinate(c, cur, label, s.v, mod_end, hi);
    if (lo > 0 || rcase_from < s.n) {
        int pp = S_new(c, "PP", 0);
        for (int k = 0; k < lo; k++)
            S_append(c, pp, S_inner(c, s.v[k]));
        S_append(c, pp, cur);
        for (int k = rcase_from; k < s.n; k++)
            S_append(c, pp, S_inner(c, s.v[k]));
        cur = pp;
    }
    free(s.v);
    return cur;
}

/* ---- clauses -------------------------------------------------------------------------- */

static int S_chain_elem(const S_ctx *c, int d)
{
    return S_rel(c, d, "aux") || S_rel(c, d, "cop") ||
           (S_rel(c, d, "mark") && !strcmp(S_tag(c, d), "TO"));
}

static int S_has_to(const S_ctx *c, int h)
{
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++)
        if (S_rel(c, c->kids[k], "mark") && !strcmp(S_tag(c, c->kids[k]), "TO"))
            return 1;
    return 0;
}

/* Has word h a dependent of relation rel (S_rel)? */
static int S_has_rel(const S_ctx *c, int h, const char *rel)
{
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++)
        if (S_rel(c, c->kids[k], rel))
            return 1;
    return 0;
}

static int S_has_subject(const S_ctx *c, int h)
{
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++)
        if (S_subject(c, c->kids[k]))
            return 1;
    return 0;
}

/* Right dependents of a copular predicate that belong to the clause, not the predicate. */
static int S_clause_level(const S_ctx *c, int d)
{
    return S_rel(c, d, "advcl") || S_rel(c, d, "parataxis") || S_rel(c, d, "punct") ||
           S_rel(c, d, "obl") || S_rel(c, d, "ccomp") || S_rel(c, d, "xcomp") ||
           S_rel(c, d, "discourse") || S_rel(c, d, "vocative") || S_rel(c, d, "conj") ||
           S_rel(c, d, "cc") || S_rel(c, d, "advmod") || S_rel(c, d, "csubj") ||
           S_rel(c, d, "nsubj") || S_rel(c, d, "mark") || S_rel(c, d, "aux") ||
           S_rel(c, d, "cop") || S_rel(c, d, "expl") || S_rel(c, d, "dislocated");
}

static int S_clause(S_ctx *c, int h);

/* Adverbs right after a copula that go in its VP rather than the predicate:
 * (VP (VBZ is) (RB not) (NP a member)); an adjective keeps its own ("very good"). */
static int S_vp_adverb(const S_ctx *c, int d, int pred)
{
    return S_rel(c, d, "advmod") && (S_negation(c, d) || !S_tag_is(c, pred, "JJ"));
}

/* Last word of d's subtree (subtrees are spans once the tree is projective). */
static int S_right_edge(const S_ctx *c, int d)
{
    while (c->kid_off[d + 1] > c->kid_off[d] && c->kids[c->kid_off[d + 1] - 1] > d)
        d = c->kids[c->kid_off[d + 1] - 1];
    return d;
}

static int S_has_chain(const S_ctx *c, int h)
{
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++)
        if (S_chain_elem(c, c->kids[k]))
            return 1;
    return 0;
}

/* VP coordination: vp, the cc and punctuation v[vend..conj_at), then the conjuncts and
 * whatever else h has up to v[end). A subjectless conjunct drawn as a clause,
 * (S (ADVP then) (VP ...)), gives its parts to the coordination. */
static int S_coordinate_vp(S_ctx *c, int vp, const S_span *s, int vend, int conj_at, int end)
{
    int coord = S_new(c, "VP", 0);
    S_append(c, coord, vp);
    for (int k = vend; k < conj_at; k++)
        S_append(c, coord, S_inner(c, s->v[k]));
    for (int k = conj_at; k < end; k++) {
        int d = s->v[k];
        if (!S_rel(c, d, "conj")) {
            S_add_dep(c, coord, d);
            continue;
        }
        int lead[64], nlead;
        S_take_conj_lead(c, d, lead, &nlead);
        for (int j = 0; j < nlead; j++)
            S_append(c, coord, S_inner(c, lead[j]));
        /* a nominal conjunct (a parser's slip, or "is X and Y") stays an NP */
        int x = S_phrase(c, d);
        int bare = !c->oom && !strcmp(c->nodes[x].label, "S") && !S_has_np(c, x) &&
                   !strcmp(c->nodes[c->nodes[x].last].label, "VP");
        S_append_kids(c, coord, x, bare ? "S" : "");
    }
    return coord;
}

/* Does the infinitive h after copula cop ("is to meet") tell what the subject is to do
 * ("Blinken is to meet Wang Yi", "Spain is to sign an order"), not what the subject is
 * ("Russia's chief aim is to seize Donetsk", "its aims are to invest", "What we want is to
 * end it", "One of our strategies is to"): only with a subject of its own before the
 * copula whose head names no aim, way or the like. */
static int S_planned_to(const S_ctx *c, int h, int cop)
{
    static const char *const what[] = {
        "aim", "goal", "objective", "idea", "task", "plan", "purpose", "intention", "intent",
        "position", "role", "function", "way", "effect", "option", "strategy", "strategies",
        "move", "priority", "priorities", "mission", "job", "challenge", "solution", "answer",
        "step", "policy", "policies", "target", "hope", "point", "problem", "concern", "wish",
        "desire", "alternative", "approach", "focus", "proposal", "response", "reason",
        "result", "thing", "agenda", "method", "means", "tactic", "duty", "responsibility",
        "rule", "practice", "key", "object", "ambition", "dream", "preference", "demand",
        "request", "decision", "choice", "order", "message", "view", "fear", "question",
        "issue", "test", "effort", "attempt", "advice", "recommendation",
        "suggestion", "instruction", "consequence", "outcome", "impact", NULL};
    if (!S_tag_is(c, h, "VB") || !S_has_to(c, h))
        return 0;
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++) {
        int d = c->kids[k];
        if (!S_rel(c, d, "nsubj") || d > cop)
            continue;
        const char *w = c->words[d - 1];
        size_t n = c->lens[d - 1];
        int plural = n > 1 && (w[n - 1] == 's' || w[n - 1] == 'S');
        return !S_tag_is(c, d, "WP") && !S_tag_is(c, d, "CD") && !dyad_among_lc(w, n, what) &&
               !(plural && dyad_among_lc(w, n - 1, what));
    }
    return 0;
}

/* The clause of h without complementiser: (S subj (VP ...)) or a bare VP chain. */
static int S_clause_body(S_ctx *c, int h)
{
    int cop = -1;
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++) {
        int d = c->kids[k];
        if (!c->taken[d] && S_rel(c, d, "cop") && d < h) /* "how fanatic they are": not */
            cop = d;
    }
    /* the predicate of a copula: h with the dependents that are not clause-level */
    int pred = -1;
    if (cop > 0) {
        char *mark = calloc((size_t)c->n + 1, 1);
        if (!mark) {
            c->oom = 1;
            return S_leaf(c, h);
        }
        /* the predicate keeps its right dependents up to the first clause-level one,
         * so that both stay contiguous; adverbs right after the copula belong to its
         * VP: (VP (VBZ is) (RB not) (NP a member)) */
        int cut = c->n + 1, lift_end = cop;
        /* a verb after "is to" that tells a plan (S_planned_to) is the copula's
         * infinitive clause, with all its words but the closing ones: "Blinken is to
         * meet Wang Yi in Beijing" is (VP (VBZ is) (S (VP (TO to) (VP (VB meet) ...)))),
         * as "is due to meet" keeps its own */
        int inf = S_planned_to(c, h, cop);
        for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++) {
            int d = c->kids[k];
            if (c->taken[d] || d < cop)
                continue;
            if (d < h && d == lift_end + 1 && S_vp_adverb(c, d, h))
                lift_end = S_right_edge(c, d);
            /* an adjective keeps its infinitive: (ADJP (JJ ready) (S (VP (TO to) ..))) */
            if (d > h && S_clause_level(c, d) &&
                !(S_rel(c, d, "xcomp") && S_tag_is(c, h, "JJ") && S_has_to(c, d)) &&
                !(inf && !S_rel(c, d, "punct") && !S_rel(c, d, "conj") && !S_rel(c, d, "cc") &&
                  !S_rel(c, d, "parataxis"))) {
                cut = d;
                break;
            }
        }
        for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++) {
            int d = c->kids[k];
            int inside = d > lift_end && d < cut;
            if (!c->taken[d] && !inside) {
                c->taken[d] = 1;
                mark[d] = 1;
            }
        }
        pred = inf ? S_clause_body(c, h) : S_phrase_noncl(c, h);
        if (inf && !c->oom && strcmp(c->nodes[pred].label, "S"))
            pred = S_wrap(c, "S", pred);
        for (int d = 1; d <= c->n; d++)
            if (mark[d])
                c->taken[d] = 0;
        free(mark);
        /* the predicate's own dependents are now placed */
        for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++) {
            int d = c->kids[k];
            if (d > lift_end && d < cut)
                c->taken[d] = 1;
        }
    }
    S_span s;
    if (S_collect(c, h, &s))
        return S_leaf(c, h);
    /* the word that heads the innermost VP: the copula or h; v[0..vstart) precede it,
     * v[vpos..) follow it */
    int verb = cop > 0 ? cop : h;
    int vstart = 0;
    while (vstart < s.n && s.v[vstart] < verb)
        vstart++;
    int vpos = cop > 0 ? vstart + 1 : vstart;
    /* chain elements: auxiliaries, modals, infinitival "to" left of the verb */
    int chain[32], nchain = 0;
    for (int k = 0; k < vstart; k++)
        if (S_chain_elem(c, s.v[k]) && nchain < 32)
            chain[nchain++] = k;
    int chain_start = nchain ? chain[0] : vstart;
    /* right edge of the VP: trailing punctuation and conjuncts stay outside */
    int conj_at = s.n;
    for (int k = vpos; k < s.n; k++)
        if (S_rel(c, s.v[k], "conj")) {
            conj_at = k;
            break;
        }
    int vend = conj_at;
    while (vend > vpos && (S_rel(c, s.v[vend - 1], "punct") || S_rel(c, s.v[vend - 1], "cc")))
        vend--;
    /* innermost VP: nothing before its verb, which is how the coder finds it */
    int vp = S_new(c, "VP", 0);
    S_append(c, vp, cop > 0 ? S_inner(c, cop) : S_leaf(c, h));
    for (int k = vpos; k < vend; k++) {
        if (pred >= 0 && s.v[k] > h) {
            S_append(c, vp, pred);
            pred = -1;
        }
        int d = s.v[k];
        if (k + 1 < vend && (S_rel(c, d, "obj") || S_rel(c, d, "iobj")) &&
            S_rel(c, s.v[k + 1], "xcomp") && S_has_to(c, s.v[k + 1]) &&
            !S_has_subject(c, s.v[k + 1])) {
            /* "urged (S (NP Eriador) (VP (TO to) (VP respond)))", as CoreNLP */
            int sn = S_new(c, "S", 0);
            S_add_dep(c, sn, d);
            int x = S_phrase(c, s.v[++k]);
            S_append_kids(c, sn, x, "S");
            S_append(c, vp, sn);
            continue;
        }
        S_add_dep(c, vp, d);
    }
    if (pred >= 0)
        S_append(c, vp, pred);
    /* conjuncts without a subject coordinate VPs; without auxiliaries of their own
     * they share ours: (VP (MD will) (VP (VP meet ..) (CC and) (VP discuss ..))) */
    int vpcoord = conj_at < s.n && !S_has_subject(c, s.v[conj_at]);
    int lead_end = s.n;
    if (vpcoord && s.n > conj_at + 1 && S_rel(c, s.v[s.n - 1], "punct"))
        lead_end = s.n - 1;
    if (vpcoord && nchain && !S_has_chain(c, s.v[conj_at]))
        vp = S_coordinate_vp(c, vp, &s, vend, conj_at, lead_end);
    /* one VP per chain element, innermost first, with the adverbs that follow it */
    for (int j = nchain - 1; j >= 0; j--) {
        int outer = S_new(c, "VP", 0);
        S_append(c, outer, S_inner(c, s.v[chain[j]]));
        int to = j + 1 < nchain ? chain[j + 1] : vstart;
        for (int k = chain[j] + 1; k < to; k++)
            S_add_dep(c, outer, s.v[k]);
        S_append(c, outer, vp);
        vp = outer;
    }
    if (vpcoord && !(nchain && !S_has_chain(c, s.v[conj_at])))
        vp = S_coordinate_vp(c, vp, &s, vend, conj_at, lead_end);
    /* S: what precedes the chain (subject, fronted phrases, adverbs), the VP, the rest */
    int sn = S_new(c, "S", 0);
    for (int k = 0; k < chain_start; k++)
        S_add_dep(c, sn, s.v[k]);
    S_append(c, sn, vp);
    int rest = vpcoord ? lead_end : vend;
    for (int k = rest; k < (vpcoord ? s.n : conj_at); k++)
        S_add_dep(c, sn, s.v[k]);
    int res = sn;
    if (!vpcoord && conj_at < s.n)
        res = S_coordinate(c, sn, "S", s.v, conj_at, s.n);
    free(s.v);
    return res;
}

/* A clause with its complementiser or relative pronoun: SBAR, S or (for some
 * subjectless modifiers) VP. */
static int S_clause(S_ctx *c, int h)
{
    /* leading marks (that, because, if; not infinitival "to") make SBAR, with a
     * measure phrase before them: (SBAR (NP five years) (IN after) (S ...)) */
    int marks[8], nm = 0, wh = -1, pre = -1, first = 1;
    int relcl = S_rel_exact(c, h, "acl:relcl");
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++) {
        int d = c->kids[k];
        if (d > h)
            break;
        if (c->taken[d])
            continue; /* a comma before the clause, placed beside it: ", while X did" */
        if (first && S_unmarked(c, d) && k + 1 < c->kid_off[h + 1] &&
            S_rel(c, c->kids[k + 1], "mark")) {
            pre = d;
            first = 0;
            continue;
        }
        first = 0;
        if (S_rel(c, d, "mark") && strcmp(S_tag(c, d), "TO") && nm < 8) {
            marks[nm++] = d;
            c->taken[d] = 1;
            continue;
        }
        /* relative and interrogative pronouns at the left edge: WHNP / WHADVP */
        if (nm == 0 && wh < 0 && (relcl || S_rel(c, h, "ccomp") || S_rel(c, h, "advcl")) &&
            (S_tag_is(c, d, "W")) && c->kid_off[d] == c->kid_off[d + 1]) {
            wh = d;
            c->taken[d] = 1;
            continue;
        }
        break;
    }
    if (nm == 0)
        pre = -1;
    int pre_node = pre > 0 ? S_phrase(c, pre) : -1;
    if (pre > 0)
        c->taken[pre] = 1;
    int body = S_clause_body(c, h);
    int subjless = !S_has_subject(c, h);
    if (nm == 0 && wh < 0) {
        /* "said (SBAR (S ...))", "the man (SBAR (S he named))" */
        if ((S_rel(c, h, "ccomp") && h > c->head[h]) || relcl)
            return S_wrap(c, "SBAR", body);
        /* participial modifiers "the man killed by ...": VP */
        if ((S_rel(c, h, "acl") || S_rel(c, h, "advcl")) && subjless && !S_has_to(c, h) &&
            !strcmp(c->nodes[body].label, "S") && S_nkids(c, body) == 1)
            return c->nodes[body].first;
        return body;
    }
    int sbar = S_new(c, "SBAR", 0);
    if (pre_node >= 0)
        S_append(c, sbar, pre_node);
    if (wh > 0) {
        const char *wl = S_tag_is(c, wh, "WRB") ? "WHADVP" : "WHNP";
        S_append(c, sbar, S_wrap(c, wl, S_leaf(c, wh)));
    }
    for (int j = 0; j < nm; j++)
        S_append(c, sbar, S_inner(c, marks[j]));
    S_append(c, sbar, body);
    return sbar;
}

static int S_phrase(S_ctx *c, int h)
{
    if (c->oom)
        return 0;
    return S_is_clause(c, h) ? S_clause(c, h) : S_phrase_noncl(c, h);
}

/* ---- repairs ---------------------------------------------------------------------------- */

/* A few mistakes of a greedy parser cost the coder whole events; they are undone here,
 * where the tree they leave is unmistakable. */

/* Word x hangs on h with relation rel (a repair's new arc). */
static void S_attach(S_ctx *c, int x, int h, const char *rel)
{
    c->head[x] = h;
    c->rel[x - 1] = rel;
}

static int S_left_edge(const S_ctx *c, int d)
{
    while (c->kid_off[d + 1] > c->kid_off[d] && c->kids[c->kid_off[d]] < d)
        d = c->kids[c->kid_off[d]];
    return d;
}

/* Is word w, in any case, one of list (lower case)? */
static int S_word_in(const S_ctx *c, int w, const char *const *list)
{
    return dyad_among_lc(c->words[w - 1], c->lens[w - 1], list);
}

/* The verb a nominal belongs to, up through nominal heads (-1: none). */
static int S_clause_verb(const S_ctx *c, int o)
{
    for (int steps = 0; o > 0 && steps < 8; steps++, o = c->head[o])
        if (S_tag_is(c, o, "VB"))
            return o;
        else if (!S_nominal_tag(c, o))
            return -1;
    return -1;
}

/* The verb or adjectival predicate the clause holding word o is built on, up through
 * the heads of o's phrases whatever they are ("(holding out) for so long", "(being too
 * close) to Iran"); -1 none. */
static int S_clause_head(const S_ctx *c, int o)
{
    for (int steps = 0; o > 0 && steps < 8; steps++, o = c->head[o]) {
        if (S_tag_is(c, o, "VB") || (!S_nominal_tag(c, o) && S_has_rel(c, o, "cop")))
            return o;
    }
    return -1;
}

/* Is verb v a conjunct of verb h ("putting forces on standby and (conj sending)
 * ships")? */
static int S_conj_of(const S_ctx *c, int v, int h)
{
    return v > 0 && h > 0 && c->head[v] == h && S_rel(c, v, "conj");
}

static const char *const S_time_units[] = {"years", "months", "weeks", "days", "hours",
                                           "decades", "year", "month", "week", "day",
                                           "hour", "decade", NULL};

static const char *const S_time_nouns[] = {
    "day", "week", "weekend", "month", "year", "morning", "afternoon", "evening", "night",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "spring", "summer", "autumn", "fall", "winter", "quarter", "decade", NULL};
static const char *const S_time_mods[] = {"next", "last", "this", "coming", "past",
                                          "previous", "following", NULL};
static const char *const S_days[] = {"today", "yesterday", "tonight", NULL};

/* A time noun: "(last) week", "five years". */
static int S_time(const S_ctx *c, int w)
{
    return S_word_in(c, w, S_time_nouns) || S_word_in(c, w, S_time_units);
}

static int S_punct_tag(const S_ctx *c, int w)
{
    static const char *const t[] = {",", ".", ":", "``", "''", "-LRB-", "-RRB-", "HYPH",
                                    "NFP", NULL};
    return dyad_among(S_tag(c, w), t);
}

static int S_fronted_name(const S_ctx *c, int v, int *a, int *p, int *bare);

static const char *const S_subordinators[] = {
    "after", "before", "since", "until", "till", "while", "because", "once", "as", "if",
    "unless", "although", "though", "whereas", "when", NULL};

/* "after a hafling was reported", "after crowds burned": the parser takes the subject
 * for the object of "after", leaving "was reported" (or "burned", then read as a
 * conjunct of the main verb) without a subject, or hangs the subordinator on the
 * subject. A nominal whose first word is a subordinator, and that is the subject of a
 * verb or is followed at once by the finite auxiliary of a subjectless one, or by a
 * subjectless verb the parser made a conjunct of its own head without a conjunction,
 * is that verb's subject and the subordinator its mark (a measure phrase before the
 * subordinator, "five years after", goes with the mark). */
static int S_repair_subordinate(S_ctx *c, int n)
{
    int cs = -1, pre = -1;
    for (int k = c->kid_off[n]; k < c->kid_off[n + 1] && c->kids[k] < n && cs < 0; k++) {
        int d = c->kids[k];
        if (S_rel(c, d, "case") && S_word_in(c, d, S_subordinators))
            cs = d;
        else if (S_rel(c, d, "punct") && cs < 0 && pre < 0)
            continue; /* ", after North Korea demanded" */
        else if (k == c->kid_off[n] && S_unmarked(c, d))
            pre = d;
        else
            break;
    }
    if (cs < 0 || !S_nominal_tag(c, n) || c->taken[cs] || (pre > 0 && c->taken[pre]))
        return 0;
    int v = c->head[n], fa, fp, bare;
    if (S_subject(c, n) && v > n && c->head[v] == 0 && S_tag_is(c, v, "VB") &&
        S_fronted_name(c, v, &fa, &fp, &bare) > n && S_right_edge(c, n) == fp)
        return 0; /* "After talks with Xi, Macron said": a name ends the phrase, the
                   * verb's subject (S_repair_fronted_subject) */
    if (!(S_subject(c, n) && v > n)) {
        int a = S_right_edge(c, n) + 1;
        if (a > c->n)
            return 0;
        int aux = S_rel(c, a, "aux") || S_rel(c, a, "cop");
        if (!aux) {
            /* "a day after bombers (conj struck) three sites", also with the nominal in
             * a phrase of the verb's: "on Saturday, a day after Moscow and Kyiv signed",
             * or the verb taken for a complement of the main one: "sending ships to
             * eastern Europe as Russia (xcomp massed) troops" */
            if (!(S_rel(c, a, "conj") || S_rel(c, a, "advcl") || S_rel(c, a, "parataxis") ||
                  S_rel(c, a, "xcomp")) ||
                (c->head[a] != c->head[n] && c->head[a] != S_clause_verb(c, c->head[n]) &&
                 !S_conj_of(c, S_clause_verb(c, c->head[n]), c->head[a])) ||
                !(S_tag_is(c, a, "VBD") || S_tag_is(c, a, "VBZ") || S_tag_is(c, a, "VBP") ||
                  S_tag_is(c, a, "VBN")))
                return 0; /* a past participle: the tagger's mistake for the past */
            for (int k = c->kid_off[a]; k < c->kid_off[a + 1]; k++)
                if (S_rel(c, c->kids[k], "cc") || S_rel(c, c->kids[k], "mark"))
                    return 0;
        } else if (!(S_tag_is(c, a, "VBD") || S_tag_is(c, a, "VBZ") ||
                     S_tag_is(c, a, "VBP") || S_tag_is(c, a, "MD"))) {
            return 0;
        }
        v = aux ? c->head[a] : a;
        if (v < a || S_has_subject(c, v) || S_left_edge(c, v) != a || c->taken[v])
            return 0;
        if (c->head[n] != v) {
            S_attach(c, v, aux ? c->head[n] : c->head[a], "advcl");
            c->head[n] = v;
        }
        int pass = 0;
        for (int k = c->kid_off[v]; k < c->kid_off[v + 1]; k++)
            pass |= S_rel_exact(c, c->kids[k], "aux:pass");
        c->rel[n - 1] = pass ? "nsubj:pass" : "nsubj";
    }
    c->taken[n] = c->taken[v] = c->taken[cs] = 1;
    S_attach(c, cs, v, "mark");
    for (int k = c->kid_off[n]; k < c->kid_off[n + 1] && c->kids[k] < cs; k++)
        if (S_rel(c, c->kids[k], "punct")) /* the comma before the clause, beside it */
            c->head[c->kids[k]] = c->head[v] > 0 ? c->head[v] : v;
    if (pre > 0) {
        c->taken[pre] = 1;
        S_attach(c, pre, v, "obl:npmod");
    }
    return 1;
}

/* "(restored ties) five years after crowds trashed its embassy": the measure phrase
 * the parser hangs on the verb belongs to the clause it measures, as CoreNLP's
 * (SBAR (NP five years) (IN after) (S ...)). */
static int S_repair_measure(S_ctx *c, int t)
{
    int h = c->head[t];
    if (h < 1 || t < h || !S_word_in(c, t, S_time_units) || c->taken[t] ||
        S_left_edge(c, t) == t)
        return 0;
    for (int k = c->kid_off[t]; k < c->kid_off[t + 1]; k++)
        if (c->kids[k] > t || S_rel(c, c->kids[k], "case"))
            return 0; /* "years of war", "in five years" */
    int m = S_right_edge(c, t) + 1;
    if (m > c->n || !S_rel(c, m, "mark") || !S_word_in(c, m, S_subordinators))
        return 0;
    int v = c->head[m];
    if (v < m || c->head[v] != h || !S_rel(c, v, "advcl") || S_left_edge(c, v) != m)
        return 0;
    c->taken[t] = 1;
    S_attach(c, t, v, "obl:npmod");
    return 1;
}

/* A conjunct with no conjunction or comma before it is part of a name: of the head
 * ("Bree Prime Minister Romendacil" read as Bree + Romendacil), or of the conjunct
 * right before it ("Putin and U.S. President Donald Trump" read as Putin + U.S.
 * President + Donald Trump), which then modifies it. */
static int S_repair_conj(S_ctx *c, int d)
{
    int h = c->head[d];
    if (h < 1 || d < h || !S_rel(c, d, "conj") || !S_tag_is(c, d, "NNP") || c->taken[d])
        return 0;
    int lead = S_left_edge(c, d);
    for (int k = c->kid_off[d]; k < c->kid_off[d + 1] && c->kids[k] < d; k++)
        if (S_rel(c, c->kids[k], "cc") || S_rel(c, c->kids[k], "punct"))
            return 0;
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++) {
        int q = c->kids[k];
        if (q > h && q < d && S_rel(c, q, "conj") && S_right_edge(c, q) + 1 == lead &&
            S_tag_is(c, q, "NN") && !c->taken[q]) {
            for (int j = c->kid_off[q]; j < c->kid_off[q + 1]; j++) {
                int e = c->kids[j];
                if (e < q && (S_rel(c, e, "cc") || S_rel(c, e, "punct")))
                    c->head[e] = d;
            }
            S_attach(c, q, d, "compound");
            c->taken[q] = c->taken[d] = 1;
            return 1;
        }
    }
    if (!S_tag_is(c, h, "NNP"))
        return 0;
    for (int w = h + 1; w < d; w++)
        if (S_rel(c, w, "cc") || S_rel(c, w, "punct") || S_tag_is(c, w, "CC"))
            return 0;
    c->taken[d] = 1;
    c->rel[d - 1] = "flat";
    return 1;
}

/* Is x opened by a conjunction of its own ("and China"): the last member of a list? A
 * verb so opened ("and launched") is a second act of the same doer; one without it after
 * a comma is another clause's. */
static int S_cc_opened(const S_ctx *c, int x)
{
    for (int k = c->kid_off[x]; k < c->kid_off[x + 1] && c->kids[k] < x; k++)
        if (S_rel(c, c->kids[k], "cc"))
            return 1;
    return 0;
}

/* The top of the phrase that ends right before word p: from the word before it, up
 * the heads that stand before p and whose phrases end before it. */
static int S_phrase_before(const S_ctx *c, int p)
{
    int e = p - 1, steps = 0;
    while (c->head[e] >= 1 && c->head[e] < p && S_right_edge(c, c->head[e]) < p &&
           S_step(c, &steps))
        e = c->head[e];
    return e;
}

/* "A, B, and C" read as A with an apposition or list item that has a conjunction:
 * those items are conjuncts. */
static int S_repair_list(S_ctx *c, int h)
{
    int last = -1;
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++) {
        int d = c->kids[k];
        if (d > h && (S_rel(c, d, "appos") || S_rel(c, d, "list")) && S_cc_opened(c, d))
            last = d;
    }
    if (last < 0 || !S_nominal_tag(c, h))
        return 0;
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++) {
        int d = c->kids[k];
        if (d > h && d <= last && !c->taken[d] && (S_rel(c, d, "appos") || S_rel(c, d, "list"))) {
            c->rel[d - 1] = "conj";
            c->taken[d] = 1;
        }
    }
    return 1;
}

/* "asked four countries, including the United States, the Soviet Union, Britain and
 * China", "asked the United States, the Soviet Union, Britain and China for help", "The
 * United States, the Soviet Union, Britain and China condemned": the first member of a
 * list, set off by a comma from the coordination of the others, was cut from it (hung
 * on the verb beside it, on the noun the others were read as the subject of, or below
 * the next member as a compound). The name before the comma is the coordination's
 * first conjunct; a phrase the parser hung on the coordination after its last member
 * (", for help") is the verb's. Not a phrase of its own before the list ("In Kabul,
 * Britain and France ..." has two relations; "flew from Paris to London and Rome" a
 * preposition of the list's own). */
static int S_has_case(const S_ctx *c, int w);

/* The name before the comma that opens member x's words (its determiner and modifiers
 * aside), with no conjunct of its own; *comma is that comma (a comma itself: what a dash
 * sets off, "three members of the U.S. Senate -- Chuck Grassley, Jeanne Shaheen and Jim
 * Risch", names the phrase before it, no more members). 0 when there is none. */
static int S_member_before(const S_ctx *c, int x, int *comma)
{
    int p = x - 1;
    while (p > 0 && c->head[p] == x && (S_rel(c, p, "det") || S_rel(c, p, "compound") ||
                                         S_rel(c, p, "amod")) && S_tag(c, p)[0] != ',')
        p--;
    if (p < 2 || strcmp(S_tag(c, p), ",") || c->lens[p - 1] != 1 || c->words[p - 1][0] != ',')
        return 0;
    int e = S_phrase_before(c, p);
    if (!S_tag_is(c, e, "NNP") || S_right_edge(c, e) != (c->head[p] == e ? p : p - 1) ||
        c->taken[e])
        return 0;
    for (int k = c->kid_off[e]; k < c->kid_off[e + 1]; k++)
        if (S_rel(c, c->kids[k], "conj") || S_rel(c, c->kids[k], "cc"))
            return 0;
    *comma = p;
    return e;
}

/* Is d hung on its head as an object, an oblique or a modifier (or, when appos, an
 * apposition)? */
static int S_object_like(const S_ctx *c, int d, int appos)
{
    return S_rel(c, d, "obj") || S_rel(c, d, "iobj") || S_rel(c, d, "obl") ||
           S_rel(c, d, "nmod") || (appos && S_rel(c, d, "appos"));
}

static int S_repair_split_list(S_ctx *c, int d)
{
    int hd = c->head[d], last = 0, p = 0;
    if (hd < 1 || !S_tag_is(c, d, "NNP") || c->taken[d])
        return 0;
    for (int k = c->kid_off[d]; k < c->kid_off[d + 1]; k++) {
        int x = c->kids[k];
        if (x < d && S_rel(c, x, "case"))
            return 0;
        if (x > d && S_rel(c, x, "conj") && S_nominal_tag(c, x) && S_cc_opened(c, x))
            last = x;
    }
    int e = last ? S_member_before(c, d, &p) : 0;
    if (!e || c->taken[hd])
        return 0;
    int he = c->head[e], inside = he == d, nominal = 0;
    for (int k = c->kid_off[hd]; k < c->kid_off[hd + 1] && he == c->head[hd]; k++)
        nominal |= S_rel(c, c->kids[k], "cop");
    nominal = !nominal && he == c->head[hd] && S_subject(c, d) && S_tag_is(c, hd, "NN");
    int beside = he == hd && S_object_like(c, e, 0) && S_object_like(c, d, 1);
    if (!inside && !nominal && !beside)
        return 0;
    /* more members beside it before it, each after a comma: "including the United
     * States, Soviet Union, Britain and China" read as three phrases of "countries" */
    int mem[16], commas[16], nm = 0;
    mem[nm] = e;
    commas[nm++] = p;
    while (beside && nm < 16 && !S_has_case(c, mem[nm - 1])) {
        int q, f = S_member_before(c, mem[nm - 1], &q);
        if (!f || c->head[f] != hd || !S_object_like(c, f, 0))
            break;
        mem[nm] = f;
        commas[nm++] = q;
    }
    int first = mem[nm - 1];
    if (inside)
        S_attach(c, e, hd, c->rel[d - 1]);
    int top = c->head[first];
    for (int k = c->kid_off[d]; k < c->kid_off[d + 1]; k++) {
        int x = c->kids[k];
        if (x > d && S_rel(c, x, "conj"))
            c->head[x] = first;
        else if (x > last && !S_rel(c, x, "punct") && S_tag_is(c, top, "VB"))
            S_attach(c, x, top, "obl");
    }
    S_attach(c, d, first, "conj");
    S_attach(c, p, d, "punct");
    for (int i = 0; i + 1 < nm; i++) {
        S_attach(c, mem[i], first, "conj");
        S_attach(c, commas[i + 1], mem[i], "punct");
        c->taken[mem[i]] = 1;
    }
    c->taken[d] = c->taken[first] = c->taken[hd] = 1;
    return 1;
}

/* The word before name d's determiner, compounds and adjectives that stand before it:
 * where a comma setting d's phrase off would be (S_repair_list_tail,
 * S_repair_object_list). */
static int S_before_mods(const S_ctx *c, int d)
{
    int p = d - 1;
    while (p > 0 && c->head[p] == d && (S_rel(c, p, "det") || S_rel(c, p, "compound") ||
                                         S_rel(c, p, "amod")))
        p--;
    return p;
}

/* "expelled diplomats from Argentina, Chile, Peru, the Dominican Republic and Uruguay",
 * "imposed by Canada, Australia, Japan, the United States and Britain": the parser
 * opened a new phrase at a later member's determiner and hung that member, with the
 * members after it, on the verb (or the verb's object), so the coder saw the list stop
 * before it and lost a party per member. Where name d, with no preposition, subject or
 * copula of its own, ends the list (a conjunct of its own opened by "and"), follows a
 * comma right after a name that is already a conjunct of another, not the last of a
 * pair ("Dale and Esgaroth, the Shire and Bree" are two phrases), and hangs above that
 * list, d and its conjuncts are members of the list; what else hangs on d after the
 * list's end ("against attacking its forces") is its old head's. */
static int S_repair_list_tail(S_ctx *c, int d)
{
    int hd = c->head[d], p = S_before_mods(c, d), last = 0;
    if (hd < 1 || !S_tag_is(c, d, "NNP") || c->taken[d] || p < 3 || strcmp(S_tag(c, p), ","))
        return 0;
    int e = p - 1, first = c->head[e];
    if (!S_rel_exact(c, e, "conj") || !S_tag_is(c, e, "NNP") || S_cc_opened(c, e) ||
        first < 1 || first >= e || first == hd || !S_tag_is(c, first, "NNP") ||
        c->taken[first])
        return 0;
    /* not when the list hangs on d itself: d made its member would be its own head */
    int a = c->head[first], steps = 0;
    while (a > 0 && a != hd && a != d && S_step(c, &steps))
        a = c->head[a];
    if (a != hd)
        return 0;
    for (int k = c->kid_off[d]; k < c->kid_off[d + 1]; k++) {
        int x = c->kids[k];
        if (S_rel(c, x, "case") || S_subject(c, x) || S_rel(c, x, "cop"))
            return 0;
        if (x > d && S_rel(c, x, "conj") && S_tag_is(c, x, "NNP") && S_cc_opened(c, x))
            last = x;
    }
    if (!last)
        return 0;
    for (int k = c->kid_off[d]; k < c->kid_off[d + 1]; k++) {
        int x = c->kids[k];
        if (x > d && x <= last && S_rel(c, x, "conj"))
            c->head[x] = first;
        else if (x > last && !S_rel(c, x, "punct"))
            S_attach(c, x, hd,
                     S_rel(c, x, "nmod") && S_tag_is(c, hd, "VB") ? "obl" : c->rel[x - 1]);
    }
    S_attach(c, d, first, "conj");
    S_attach(c, p, d, "punct");
    c->taken[d] = c->taken[first] = 1;
    return 1;
}

/* "accused Washington and London of arming Kyiv", "accused Colombia and the United
 * States of plotting a coup": the clause that tells what the verb charges all of its
 * object's members with was hung on the last member alone, and the coder took it for
 * that member's own and the verb's act for the first member only. Where -ing clause x,
 * opened by a preposition such verbs take ("of", "for", "against", "from") right
 * after its head h, hangs on h, the last name (with "and") of a coordination whose
 * first member is a verb's object or oblique, x is the verb's. */
static int S_repair_list_clause(S_ctx *c, int x)
{
    static const char *const charge[] = {"of", "for", "against", "from", NULL};
    int h = c->head[x], m = 0;
    if (h < 1 || x < h || !S_tag_is(c, x, "VBG") ||
        !(S_rel(c, x, "acl") || S_rel(c, x, "advcl")) || !S_tag_is(c, h, "NNP") ||
        !S_rel_exact(c, h, "conj") || !S_cc_opened(c, h))
        return 0;
    for (int k = c->kid_off[x]; k < c->kid_off[x + 1] && c->kids[k] < x; k++)
        if (S_rel(c, c->kids[k], "mark") && S_word_in(c, c->kids[k], charge))
            m = c->kids[k];
    int end = h; /* where h's words end before x */
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++)
        if (c->kids[k] > h && c->kids[k] < x)
            end = S_right_edge(c, c->kids[k]);
    int first = c->head[h], v = first > 0 ? c->head[first] : 0;
    if (!m || m != end + 1 || S_left_edge(c, x) != m || first < 1 ||
        first > h || !S_nominal_tag(c, first) || v < 1 || v > first ||
        !S_tag_is(c, v, "VB") || !S_object_like(c, first, 0))
        return 0;
    S_attach(c, x, v, "advcl");
    return 1;
}

/* "Iran praised its allies, Russia and China", "criticised its neighbours, Iraq and
 * Kuwait": a coordination of names after a comma that ends the verb's object, a plural
 * noun, was read as a conjunct of the verb (or hung on the final full stop); it is the
 * object's apposition, which names who the object is. Not names with a preposition, a
 * subject or a verb of their own. */
static int S_repair_object_list(S_ctx *c, int d)
{
    int h = c->head[d], p = S_before_mods(c, d), last = 0;
    if (h < 1 || !S_tag_is(c, d, "NNP") || c->taken[d] || p < 2 || strcmp(S_tag(c, p), ","))
        return 0;
    for (int k = c->kid_off[d]; k < c->kid_off[d + 1]; k++) {
        int x = c->kids[k];
        if (S_rel(c, x, "case") || S_subject(c, x) || S_rel(c, x, "cop") ||
            S_tag_is(c, x, "VB"))
            return 0;
        if (x > d && S_rel(c, x, "conj") && S_cc_opened(c, x))
            last = x;
    }
    int o = S_phrase_before(c, p);
    int v = c->head[o];
    for (int k = c->kid_off[o]; k < c->kid_off[o + 1]; k++)
        if (S_rel(c, c->kids[k], "conj"))
            return 0; /* the last items of a list ("export values, warehouse stocks, M-1
                         and M-3 money supply figures") */
    if (!last || v < 1 || !S_tag_is(c, o, "NNS") || S_right_edge(c, o) != o || !(S_rel(c, o, "obj") || S_rel(c, o, "iobj")) ||
        S_right_edge(c, o) != p - 1 || !S_tag_is(c, v, "VB") || c->taken[o] ||
        !((h == v && S_rel(c, d, "conj")) || (S_punct_tag(c, h) && c->head[h] == v)))
        return 0;
    S_attach(c, d, o, "appos");
    if (c->head[p] != d)
        S_attach(c, p, d, "punct");
    c->taken[d] = c->taken[o] = 1;
    return 1;
}

static const char *const S_report_verbs[] = {
    "said", "says", "say", "told", "tells", "reported", "reports", "added", "adds",
    "stated", "announced", "noted", "claimed", "confirmed", NULL};

/* "..., the official news agency WFNA said." read as a relative clause of "agency"
 * (with "WFNA" its subject) inside an apposition: the reporting verb heads the
 * sentence, as the parser draws "..., an official said.", with the agency and its name
 * as subject and the rest of the sentence as what was said. */
static int S_repair_report(S_ctx *c, int v)
{
    int np = c->head[v];
    if (np < 1 || !S_rel_exact(c, v, "acl:relcl") || !S_word_in(c, v, S_report_verbs) ||
        c->taken[np])
        return 0;
    int name = -1;
    for (int k = c->kid_off[v]; k < c->kid_off[v + 1]; k++) {
        int d = c->kids[k];
        if (d < v && (S_subject(c, d) ? name >= 0 || !S_tag_is(c, d, "NNP") :
                                        S_rel(c, d, "mark") || S_tag_is(c, d, "W")))
            return 0; /* a relative clause with its own subject or pronoun */
        if (d < v && S_subject(c, d))
            name = d;
    }
    int base = np; /* last word of the noun phrase without the clause */
    for (int k = c->kid_off[np]; k < c->kid_off[np + 1] && c->kids[k] < v; k++)
        if (c->kids[k] > np)
            base = S_right_edge(c, c->kids[k]);
    int end = S_right_edge(c, v);
    while (end < c->n && S_rel(c, end + 1, "punct"))
        end++;
    int lead = S_left_edge(c, np);
    int root = c->kid_off[1] > c->kid_off[0] ? c->kids[c->kid_off[0]] : -1;
    if (name < 0 || end != c->n || S_left_edge(c, name) != base + 1 ||
        lead < 2 || strcmp(S_tag(c, lead), ",") || root < 1 || root >= lead ||
        c->kid_off[1] - c->kid_off[0] != 1)
        return 0;
    c->taken[v] = c->taken[np] = c->taken[name] = c->taken[root] = 1;
    S_attach(c, v, 0, "root");
    S_attach(c, root, v, "ccomp");
    S_attach(c, np, v, "nsubj");
    S_attach(c, name, np, "flat");
    return 1;
}

/* "Germany had reneged on the accord": the parser made "had" the clause's verb and the
 * participle its complement (xcomp), so the clause's subject was no subject of the
 * participle's event. A form of "have" followed, past adverbs only, by its participle
 * and with no object or other complement of its own is the perfect's auxiliary; the
 * participle takes its place, relation and other dependents. */
static int S_repair_perfect(S_ctx *c, int w)
{
    static const char *const have[] = {"had", "has", "have", NULL};
    static const char *const finite[] = {"VBD", "VBZ", "VBP", NULL};
    int h = c->head[w];
    if (h < 1 || h >= w || c->taken[h] || !S_tag_is(c, w, "VBN") || !S_rel(c, w, "xcomp") ||
        !S_word_in(c, h, have) || !dyad_among(S_tag(c, h), finite))
        return 0;
    for (int k = h + 1; k < w; k++)
        if (!S_tag_is(c, k, "RB"))
            return 0;
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++) {
        int d = c->kids[k];
        if (d != w && (S_rel(c, d, "obj") || S_rel(c, d, "iobj") || S_rel(c, d, "xcomp") ||
                       S_rel(c, d, "ccomp") || S_rel(c, d, "aux") || S_rel(c, d, "cop")))
            return 0;
    }
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++)
        if (c->kids[k] != w)
            S_attach(c, c->kids[k], w, c->rel[c->kids[k] - 1]), c->taken[c->kids[k]] = 1;
    S_attach(c, w, c->head[h], c->rel[h - 1]);
    S_attach(c, h, w, "aux");
    c->taken[w] = c->taken[h] = 1;
    return 1;
}

/* Verbs of saying or of a stance taken in words. */
static const char *const S_speech_verbs[] = {
    "said", "says", "told", "tells", "added", "adds", "warned", "warns", "vowed", "vows",
    "urged", "urges", "pledged", "pledges", "promised", "promises", "insisted", "insists",
    "stressed", "stresses", "threatened", "threatens", "demanded", "demands", "noted",
    "notes", "denied", "denies", NULL};

/* A day named by a deictic noun right after a verb of saying, which the parser hangs
 * on what follows: "Ukraine said today its troops had repelled the assaults" (today a
 * compound of "troops") or "the communique said Iraqi warplanes today bombed Iranian
 * positions" (the warplanes the object of "said", "bombed" left without a subject).
 * The day after the verb of saying is when the saying was done; the day before the
 * verb it modifies goes with the noun before it, that verb's subject (as the parser
 * draws "Iraqi warplanes today destroyed ..." alone). */
static int S_repair_today(S_ctx *c, int t)
{
    int h = c->head[t];
    if (t < 3 || h < 1 || !S_tag_is(c, t, "NN") || !S_word_in(c, t, S_days) || c->taken[t] ||
        c->kid_off[t + 1] > c->kid_off[t])
        return 0;
    if (h > t && S_rel_exact(c, t, "compound") && S_nominal_tag(c, h) &&
        S_left_edge(c, h) == t && S_tag_is(c, t - 1, "VB") && S_word_in(c, t - 1, S_speech_verbs) &&
        S_subject(c, h)) {
        c->taken[t] = 1;
        S_attach(c, t, t - 1, "obl:tmod");
        return 1;
    }
    int s = c->head[h], o = -1;
    if (h != t + 1 || !S_tag_is(c, h, "VB") || !S_unmarked(c, t) || !S_rel(c, h, "ccomp") ||
        s < 1 || !S_word_in(c, s, S_speech_verbs) || c->taken[h])
        return 0;
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++)
        if (S_subject(c, c->kids[k]))
            return 0;
    for (int k = c->kid_off[s]; k < c->kid_off[s + 1]; k++)
        if (S_rel_exact(c, c->kids[k], "obj") && S_right_edge(c, c->kids[k]) == t - 1)
            o = c->kids[k];
    if (o < 0 || !S_nominal_tag(c, o) || c->taken[o])
        return 0;
    c->taken[t] = c->taken[o] = 1;
    S_attach(c, o, h, "nsubj");
    S_attach(c, t, o, "nmod:tmod"); /* as in "Iraqi warplanes today destroyed ..." */
    return 1;
}

/* "Clark yesterday said ...", "Gorbachev today met Shultz": a deictic day between a
 * name and its verb, which the parser takes for the head of the subject with the name
 * its compound, so the clause's actor is read as "Clark yesterday" or is lost (the day
 * hung on the verb as a measure, no subject left). The name is the verb's subject,
 * taking the day's other dependents ("The Soviet Union yesterday accused ..."), and the
 * day goes with the name as S_repair_today hangs it, the shape the coder reads with the
 * day resolved (a day of its own before the verb leaves a clause's subject unread).
 * S_repair_today leaves this shape: its day has no dependents. */
static int S_repair_day_subject(S_ctx *c, int t)
{
    int v = c->head[t], o = -1;
    if (t < 2 || v <= t || !S_tag_is(c, t, "NN") || !S_word_in(c, t, S_days) || c->taken[t] ||
        !S_tag_is(c, v, "VB") || c->taken[v] ||
        !(S_rel_exact(c, t, "nsubj") || (S_unmarked(c, t) && !S_has_subject(c, v))))
        return 0;
    for (int k = c->kid_off[t]; k < c->kid_off[t + 1]; k++)
        if (c->kids[k] > t)
            return 0;
        else if (S_right_edge(c, c->kids[k]) == t - 1)
            o = c->kids[k];
    if (o < 0 || !S_rel_exact(c, o, "compound") || !S_nominal_tag(c, o) || c->taken[o])
        return 0;
    for (int k = c->kid_off[t]; k < c->kid_off[t + 1]; k++)
        if (c->kids[k] != o)
            c->head[c->kids[k]] = o;
    c->taken[t] = c->taken[o] = 1;
    S_attach(c, o, v, "nsubj");
    S_attach(c, t, o, "nmod:tmod");
    return 1;
}

/* Verbs of a stance a speaker takes toward another party, in words or by an offer, that
 * do not report speech: "X said ... and invited Y", "... and called on Y". */
static const char *const S_stance_verbs[] = {
    "invited", "invites", "called", "calls", "accused", "accuses", "blamed", "blames",
    "rejected", "rejects", "welcomed", "welcomes", "praised", "praises", "criticized",
    "criticizes", "criticised", "criticises", "condemned", "condemns", "appealed",
    "appeals", "asked", "asks", "proposed", "proposes", "offered", "offers", NULL};

/* Nouns of things, events and words (and "this", "that" standing for one), which say,
 * warn or invite no one: a reported clause's subject that cannot be the doer of a verb
 * of saying joined after it. */
static const char *const S_mute_nouns[] = {
    "report", "reports", "talks", "visit", "attack", "attacks", "meeting", "meetings",
    "move", "decision", "plan", "proposal", "offer", "agreement", "accord", "deal", "pact",
    "measure", "measures", "sanctions", "action", "situation", "crisis", "economy",
    "relief", "lack", "wave", "interest", "indicators", "revenue", "policy", "statement",
    "remarks", "comments", "allegations", "accusations", "charges", "claims", "rumours",
    "rumors", "incident", "explosion", "blast", "war", "conflict", "fighting", "violence",
    "tension", "tensions", "election", "elections", "vote", "resolution", "law", "bill",
    "dispute", "negotiations", "summit", "conference", "trip", "exercises", "drills",
    "progress", "aid", "cooperation", "relations", "ties", "this", "that",
    NULL};

/* Is the subject of clause q a thing or an event, which cannot act ("the reports were
 * baseless", "the talks had been useful")? */
static int S_mute_subject(const S_ctx *c, int q)
{
    for (int k = c->kid_off[q]; k < c->kid_off[q + 1]; k++) {
        int d = c->kids[k];
        if (S_subject(c, d))
            return !S_tag_is(c, d, "NNP") && (S_tag_is(c, d, "NN") || S_tag_is(c, d, "DT")) &&
                   S_word_in(c, d, S_mute_nouns);
    }
    return 0;
}

/* Is v, tagged a participle after a copula, the past tense of a reporting verb r: r is
 * in the past, and v acts on something ("said the move was unacceptable and (VBN
 * called) for restraint"), with no "by" phrase ("was significant and welcomed by OPEC"
 * is a passive)? */
static int S_copula_past(const S_ctx *c, int v, int r)
{
    if (!dyad_is(S_tag(c, v), "VBN") || !dyad_is(S_tag(c, r), "VBD") || S_passive(c, v))
        return 0;
    for (int k = c->kid_off[v]; k < c->kid_off[v + 1]; k++)
        if (S_rel(c, c->kids[k], "obj") || S_rel(c, c->kids[k], "obl") ||
            S_rel(c, c->kids[k], "xcomp") || S_rel(c, c->kids[k], "ccomp"))
            return 1;
    return 0;
}

/* "Tehran said the attack caused limited damage and warned it would respond": a verb
 * of saying coordinated with the verb of what a reporting verb says, in the reporting
 * verb's tense and without a subject of its own, is the reporter's second act of saying
 * ("X said ... and said ...", "X says ... and urges ..."), not one of the reported
 * clause's subject; "she says an officer recognized her and called her a spy" stays.
 * So is a verb of a stance toward another party ("and invited", "and called on") after
 * the "be" of a copula or a passive, or after a subject that cannot act: "Iran said the
 * reports were baseless and warned ...", "the minister said the talks had been useful
 * and invited ...". The tagger may make the verb after a copula a participle. */
static int S_repair_report_conj(S_ctx *c, int v)
{
    int q = c->head[v];
    int speech = S_word_in(c, v, S_speech_verbs);
    if (q < 1 || v < q || !S_rel_exact(c, v, "conj") || c->taken[v] ||
        !(speech || S_word_in(c, v, S_stance_verbs)) || S_has_subject(c, v) ||
        S_has_chain(c, v))
        return 0;
    int r = c->head[q];
    if (r < 1 || r > q || !S_rel_exact(c, q, "ccomp") || !S_word_in(c, r, S_report_verbs) ||
        !S_has_subject(c, q) || c->taken[q])
        return 0;
    int finite = dyad_is(S_tag(c, v), "VBD") || dyad_is(S_tag(c, v), "VBZ") ||
                 dyad_is(S_tag(c, v), "VBP");
    int participle = S_copula_past(c, v, r);
    if (strcmp(S_tag(c, r), S_tag(c, v)) && !participle)
        return 0;
    /* a perfect or modal goes on over "and" ("said the bank has declared a default
     * and demanded repayment"), unless the subject is a thing, and a condition is no
     * report ("said: if the board wrote to us and asked ..."); the "be" of a passive or
     * a copula does not go on to a finite verb ("said many people were injured in the
     * Israeli attack and vowed revenge": no one "was vowed"; "says the plan is unfair
     * and urges ...") */
    int mute = S_mute_subject(c, q), be = 0, cop = 0;
    /* nor does the chain of a verb in "-ing" ("said Azerbaijan was carrying out a purge
     * and accused the peacekeepers": no one "was accused" them) */
    int ing = dyad_is(S_tag(c, q), "VBG") && finite;
    for (int k = c->kid_off[q]; k < c->kid_off[q + 1]; k++) {
        int d = c->kids[k];
        cop |= S_rel_exact(c, d, "cop");
        if (S_chain_elem(c, d) && !mute) {
            if (!(S_rel_exact(c, d, "cop") ? finite || participle :
                                             (S_rel_exact(c, d, "aux:pass") || ing) && finite))
                return 0;
            be = 1;
        }
    }
    if ((!speech && !mute && !be) || (participle && !cop))
        return 0;
    for (int k = c->kid_off[q]; k < c->kid_off[q + 1] && c->kids[k] < q; k++)
        if (S_rel(c, c->kids[k], "mark") && !S_word_is(c, c->kids[k], "that"))
            return 0;
    int cc = 0;
    for (int k = c->kid_off[v]; k < c->kid_off[v + 1] && c->kids[k] < v; k++)
        cc |= S_rel(c, c->kids[k], "cc");
    if (!cc || S_right_edge(c, q) != S_right_edge(c, v))
        return 0;
    c->head[v] = r;
    c->taken[v] = c->taken[q] = 1;
    return 1;
}

/* "Blinken said in a statement that Russia attacked Ukraine", "announced during a visit
 * to Kyiv that Washington would send more air defences": what a verb of saying says,
 * read as a clause of the noun of its prepositional phrase (a statement, a speech, a
 * visit, a news conference), is the verb's own. "that" opens the clause, which has a subject of its
 * own and, when "that" would be its object, an object too: "said in a statement that
 * the ministry issued" keeps its relative clause. */
static int S_repair_report_medium(S_ctx *c, int x)
{
    int np = c->head[x];
    if (np < 1 || x < np || c->taken[x] || c->taken[np] || !S_rel(c, np, "obl") ||
        !(S_rel_exact(c, x, "acl") || S_rel_exact(c, x, "acl:relcl")))
        return 0;
    int v = c->head[np];
    if (v < 1 || np < v || c->taken[v] ||
        !(S_word_in(c, v, S_report_verbs) || S_word_in(c, v, S_speech_verbs)))
        return 0;
    for (int k = c->kid_off[v]; k < c->kid_off[v + 1]; k++)
        if (S_rel(c, c->kids[k], "ccomp"))
            return 0; /* the verb says something else already */
    int that = S_left_edge(c, x), subj = 0, obj = 0;
    if (!S_word_is(c, that, "that") || c->head[that] != x ||
        !(S_rel(c, that, "mark") || S_rel(c, that, "obj")))
        return 0;
    for (int k = c->kid_off[x]; k < c->kid_off[x + 1]; k++) {
        int d = c->kids[k];
        subj |= d != that && S_subject(c, d);
        obj |= d != that && (S_rel(c, d, "obj") || S_rel(c, d, "ccomp") || S_rel(c, d, "xcomp"));
    }
    if (!subj || (S_rel(c, that, "obj") && !obj))
        return 0;
    S_attach(c, that, x, "mark");
    S_attach(c, x, v, "ccomp");
    c->taken[x] = c->taken[np] = c->taken[that] = 1;
    return 1;
}

/* Nouns of a claim or an act that a relative clause without "that" set off by a comma
 * says who answered ("a charge New Delhi rejected", "a move officials dismissed"). */
static const char *const S_claim_nouns[] = {
    "charge",  "charges",   "accusation", "accusations", "allegation", "allegations",
    "claim",   "claims",    "assertion",  "assertions",  "suggestion", "report",
    "reports", "move",      "step",       "decision",    "proposal",   "offer",
    "demand",  "demands",   "request",    "plan",        "call",       NULL};

/* Words that open a coordination: "both A and B". */
static const char *const S_preconj[] = {"both", "either", "neither", NULL};

/* "The Hermit Kingdom fired", "Russian envoy Vassily Nebenzia dismissed": a subject,
 * or a bare noun phrase before the verb, right before its subject is part of one name;
 * not a time ("Last week(,) officials met"), a phrase closed by a comma or a relative
 * pronoun ("the evidence that the group presented"), nor a claim or an act set off by a
 * comma before it, the noun of a relative clause (", a move Israeli officials
 * dismissed": S_repair_comma_relative). */
static int S_repair_subjects(S_ctx *c, int a)
{
    int h = c->head[a];
    if (h < 1 || !S_nominal_tag(c, a) || S_tag_is(c, a, "W") || a > h || S_time(c, a) ||
        S_word_in(c, a, S_preconj) ||
        (S_word_in(c, a, S_claim_nouns) && S_punct_tag(c, S_left_edge(c, a))))
        return 0;
    if (!S_subject(c, a) && !S_rel(c, a, "obj") && !S_rel(c, a, "iobj") && !S_unmarked(c, a))
        return 0;
    /* the sibling whose subtree starts right after a's */
    int b = S_right_edge(c, a) + 1;
    if (S_punct_tag(c, b - 1))
        return 0;
    /* a possessor: "Myanmar 's military seized", its noun read as an adjective */
    int poss = S_has_case(c, a) && !strcmp(S_tag(c, b - 1), "POS");
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++) {
        int d = c->kids[k];
        if (d > a && S_left_edge(c, d) == b && !c->taken[d] && S_subject(c, d) &&
            (S_nominal_tag(c, d) || (poss && d == b && S_tag_is(c, d, "JJ") &&
                                     c->kid_off[d] == c->kid_off[d + 1]))) {
            S_attach(c, a, d, poss ? "nmod:poss" : "compound");
            c->taken[a] = c->taken[d] = 1;
            return 1;
        }
    }
    return 0;
}

/* "Japan and the U.S. begin talks", "Britain and the U.S. sign a treaty": a sentence
 * opened by two names joined by "and" (the second with or without a determiner), the
 * plural verb right after the second, which the parser read as part of a noun phrase
 * or a clause hung on the first name, made the root (or the verb is the root and the
 * second name its compound, or a second subject the "the" before it is not hung on).
 * The verb is the root, the names its subject, and whatever hung on the names after
 * the verb is the verb's. Only when every word before the verb belongs to the names,
 * so the verb is the sentence's first. */
static int S_repair_joined_names(S_ctx *c, int v)
{
    static const char *const andw[] = {"and", NULL};
    int a = 0;
    if (v < 4 || !(S_tag_is(c, v, "VBP") || !strcmp(S_tag(c, v), "VB")) ||
        !S_tag_is(c, v - 1, "NNP") || c->taken[v])
        return 0;
    for (int w = 1; w < v; w++) {
        if (!a && S_word_in(c, w, andw))
            a = w;
        else if (!S_tag_is(c, w, "NNP") && !(a && w == a + 1 && !strcmp(S_tag(c, w), "DT")))
            return 0;
    }
    int r = a - 1;
    if (r < 1 || a + 2 > v ||
        !(c->head[v] == 0 ? c->head[r] == v && c->head[v - 1] == v : c->head[r] == 0))
        return 0;
    for (int w = v + 1; w <= c->n; w++)
        if (c->head[w] < v)
            S_attach(c, w, v, c->rel[w - 1]); /* the full stop, a phrase hung on a name */
    for (int w = 1; w < r; w++)
        S_attach(c, w, r, "compound");
    for (int w = a + 1; w < v - 1; w++)
        S_attach(c, w, v - 1, strcmp(S_tag(c, w), "DT") ? "compound" : "det");
    S_attach(c, a, v - 1, "cc");
    S_attach(c, v - 1, r, "conj");
    S_attach(c, r, v, "nsubj");
    S_attach(c, v, 0, "root");
    for (int w = 1; w <= v; w++)
        c->taken[w] = 1;
    return 1;
}

/* "Egypt, Jordan will reject ...", "Saudi Arabia, Qatar would ...": a sentence opened by
 * names joined by commas alone, right before its verb or the verb's auxiliary, is a
 * headline's plural subject; the parser, seeing no "and", hung the first name on the
 * verb as one addressed (vocative) beside the subject. The names hung on the verb are
 * one subject, the first name its head and the others its conjuncts, each comma with
 * the name after it. */
static int S_repair_name_list(S_ctx *c, int v)
{
    int e = 1, comma = 0, heads = 0, vocative = 0;
    for (; e <= c->n && (!strcmp(S_tag(c, e), ",") ||
                         ((S_tag_is(c, e, "NNP") || S_tag_is(c, e, "JJ")) && S_capital(c, e)));
         e++)
        comma |= !strcmp(S_tag(c, e), ",");
    if (c->taken[v] || !S_tag_is(c, v, "VB") || !comma || e > c->n || e == 1 ||
        !strcmp(S_tag(c, e - 1), ",") || !(e == v || (c->head[e] == v && S_rel(c, e, "aux"))))
        return 0;
    for (int w = 1; w < e; w++) {
        if (c->head[w] == v) {
            heads++;
            vocative |= S_rel(c, w, "vocative");
            if (!(S_rel(c, w, "vocative") || S_subject(c, w)) || !strcmp(S_tag(c, w), ","))
                return 0;
        } else if (c->head[w] < 1 || c->head[w] >= e) {
            return 0;
        }
    }
    if (heads < 2 || !vocative)
        return 0;
    int first = 0;
    for (int w = 1; w < e; w++) {
        if (c->head[w] != v)
            continue;
        if (!first) {
            first = w;
            S_attach(c, w, v, "nsubj");
        } else {
            S_attach(c, w, first, "conj");
            for (int m = S_left_edge(c, w) - 1; m > first && !strcmp(S_tag(c, m), ","); m--)
                S_attach(c, m, w, "punct");
        }
        c->taken[w] = 1;
    }
    return 1;
}

/* "criticised West Germany for", "met Agriculture Secretary Richard Lyng and Clayton
 * Yeutter", "its president, Hiroshi Mochizuki,": two proper nouns side by side after
 * the word they hang on, both its objects or appositions (or the second a word of the
 * name before them), are one name, not two phrases: the first is the second's
 * compound, and what opened the first opens the name (its comma or preposition).
 * Single words, neither a day. */
static int S_repair_object_name(S_ctx *c, int a)
{
    static const char *const rels[] = {"obj", "iobj", "appos", "list", "flat", NULL};
    int h = c->head[a], b = a + 1;
    if (h < 1 || a < h || b > c->n || c->head[b] != h || c->taken[a] || c->taken[b] ||
        !S_tag_is(c, a, "NNP") || !S_tag_is(c, b, "NNP") || !S_capital(c, a) ||
        !S_capital(c, b) || S_time(c, a) || S_time(c, b) ||
        S_right_edge(c, a) != a || S_left_edge(c, b) != b)
        return 0;
    int ra = 0, rb = 0;
    for (int i = 0; rels[i]; i++) {
        ra |= S_rel_exact(c, a, rels[i]) && strcmp(rels[i], "flat");
        rb |= S_rel_exact(c, b, rels[i]);
    }
    /* ... also after a preposition: "travelled to South Korea", read as "to South"
     * and an object "Korea" */
    ra |= S_rel_exact(c, a, "obl") && S_has_case(c, a) && !S_rel_exact(c, b, "appos");
    if (!ra || !rb)
        return 0;
    for (int k = c->kid_off[a]; k < c->kid_off[a + 1]; k++)
        c->head[c->kids[k]] = b; /* a comma before the name opens the whole name */
    if (S_rel_exact(c, b, "flat"))
        c->rel[b - 1] = c->rel[a - 1]; /* the name is what its first word was */
    S_attach(c, a, b, "compound");
    c->taken[a] = c->taken[b] = 1;
    return 1;
}

/* "Trump and Kim signed": subjects of one verb with a conjunction (and commas) between
 * them, all hung on the verb, are one coordination, as in "A, B and C met"; the
 * conjunction and commas go with the conjunct after them, and so does an adjective or
 * an adverb the parser hung on the verb between them ("A and outgoing B spoke", "A and
 * also B criticized"). A "both", "either"
 * or "neither" made a subject of its own opens the subject after it ("Both A and B"). */
static int S_repair_subject_cc(S_ctx *c, int a)
{
    static const char *const joins[] = {"and", "or", "nor", "&", NULL};
    int h = c->head[a];
    if (h < 1 || a > h || !S_subject(c, a) || c->taken[a])
        return 0;
    if (S_word_in(c, a, S_preconj) && c->kid_off[a] == c->kid_off[a + 1]) {
        for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++) {
            int d = c->kids[k];
            if (d > a && d < h && S_subject(c, d) && S_left_edge(c, d) == a + 1) {
                c->head[a] = d;
                c->rel[a - 1] = "det"; /* in the first conjunct's base NP */
                c->taken[a] = 1;
                return 1;
            }
        }
        return 0;
    }
    /* "Police used tear gas to clear the building, and one woman was shot": the first
     * is a clause of its own (see S_repair_reduced) */
    for (int k = c->kid_off[a]; k < c->kid_off[a + 1]; k++)
        if (S_rel_exact(c, c->kids[k], "acl") &&
            (S_tag_is(c, c->kids[k], "VBN") || S_tag_is(c, c->kids[k], "VBD")))
            return 0;
    int conj[16], gap[16], n = 0, cc = 0, comma = 0; /* conjuncts, their gaps' starts */
    for (int last = a; n < 16;) {
        int e = S_right_edge(c, last) + 1, from = e;
        for (; e < h && c->head[e] == h && (S_rel(c, e, "cc") || S_rel(c, e, "punct")) &&
               c->kid_off[e] == c->kid_off[e + 1]; e++) {
            if (S_rel(c, e, "cc") && !S_word_in(c, e, joins))
                return 0; /* "X did this, but analysts said" */
            cc |= S_rel(c, e, "cc");
            comma |= !strcmp(S_tag(c, e), ",");
        }
        while (cc && e < h && c->head[e] == h && (S_tag_is(c, e, "JJ") || S_tag_is(c, e, "RB")) &&
               c->kid_off[e] == c->kid_off[e + 1])
            e++;
        int b = -1;
        for (int k = c->kid_off[h]; k < c->kid_off[h + 1] && e > from; k++) {
            int d = c->kids[k];
            if (d < h && S_subject(c, d) && S_left_edge(c, d) == e && !c->taken[d])
                b = d;
        }
        if (b < 0)
            break;
        gap[n] = from;
        conj[n++] = last = b;
    }
    /* commas alone, "Putin, he said", or the comma of two clauses, "a stake in X, and
     * the company said" */
    if (!n || !cc || (n == 1 && comma))
        return 0;
    for (int i = 0; i < n; i++) {
        for (int w = gap[i]; w < S_left_edge(c, conj[i]); w++) {
            c->head[w] = conj[i];
            if (S_tag_is(c, w, "JJ"))
                c->rel[w - 1] = "amod";
        }
        c->head[conj[i]] = a;
        c->rel[conj[i] - 1] = "conj";
        c->taken[conj[i]] = 1;
    }
    c->taken[a] = 1;
    return 1;
}

static int S_has_case(const S_ctx *c, int w)
{
    return S_has_rel(c, w, "case");
}

/* Is participle v passive: no object, and a "by" phrase that names a doer ("the budget
 * approved by Parliament"), not an amount ("increased by 20 pct")? Then it is no verb
 * whose subject is the noun before it. */
static int S_passive(const S_ctx *c, int v)
{
    int agent = 0;
    for (int k = c->kid_off[v]; k < c->kid_off[v + 1]; k++) {
        int d = c->kids[k];
        if (S_rel(c, d, "obj"))
            return 0;
        if (!S_rel(c, d, "obl") || S_tag_is(c, d, "CD"))
            continue;
        int by = 0, amount = 0;
        for (int j = c->kid_off[d]; j < c->kid_off[d + 1]; j++) {
            by |= S_rel(c, c->kids[j], "case") && S_word_is(c, c->kids[j], "by");
            amount |= S_rel(c, c->kids[j], "nummod");
        }
        agent |= by && !amount;
    }
    return agent;
}

/* "Ukrainian forces crossed into Russia, the military said", "Hamas gunmen stormed
 * into Israel", "Leaders from 90 countries gathered": the verb read as a participle
 * modifying the subject, or a noun of the root noun phrase (the noun phrase then being
 * the sentence's root, or a second subject of the reporting verb, or the subject of a
 * punctuation mark, mostly the full stop, that the parser took for the clause's head:
 * "He said the banks provided credit lines ."). The participle without a subject of
 * its own is the verb, and the noun phrase its subject. */
static int S_repair_reduced(S_ctx *c, int n)
{
    int h = c->head[n], v = -1, subj = n;
    if (h < 0 || !S_tag_is(c, n, "NN") || c->taken[n] || S_has_chain(c, n))
        return 0;
    int mark = h > 0 && S_punct_tag(c, h) && S_subject(c, n) ? h : 0;
    /* the noun's first dependent after it; in the root noun phrase or a subject hung on
     * a mark, after its PPs and conjuncts too (a noun phrase has no verb, a sentence
     * has) */
    int root = h == 0;
    if (!root && S_rel(c, n, "nmod") && S_has_case(c, n)) {
        for (int steps = 0; S_rel(c, subj, "nmod") && S_has_case(c, subj) &&
                            c->head[subj] > 0 && S_step(c, &steps);)
            subj = c->head[subj];
        root = c->head[subj] == 0 && S_nominal_tag(c, subj) && !S_has_chain(c, subj) &&
               !c->taken[subj];
        if (!root)
            subj = n;
    }
    for (int k = c->kid_off[n]; k < c->kid_off[n + 1] && v < 0; k++) {
        int d = c->kids[k];
        if (d > n && !S_rel(c, d, "punct") &&
            !((root || mark) &&
              (S_rel(c, d, "cc") || S_rel(c, d, "conj") || S_rel(c, d, "nmod"))))
            v = d;
    }
    if (v < 0 || !S_rel_exact(c, v, "acl") || S_has_subject(c, v) || c->taken[v] ||
        !(S_tag_is(c, v, "VBN") || S_tag_is(c, v, "VBD")))
        return 0;
    const char *rel;
    if (root) {
        /* a sentence, closed by a full stop, not a title or a PP ("From the amount of
         * time spent ..."), nor a participle after a comma ("a ride in the park,
         * followed by coffee.") or a passive one */
        int end = c->n, lv = S_left_edge(c, v);
        while (end > 1 && (!strcmp(S_tag(c, end), "''") || !strcmp(S_tag(c, end), "-RRB-")))
            end--;
        if (strcmp(S_tag(c, end), ".") || S_has_case(c, subj) || !strcmp(S_tag(c, lv), ",") ||
            !strcmp(S_tag(c, lv - 1), ",") || S_passive(c, v))
            return 0;
        h = 0;
        rel = "root";
    } else if (mark) {
        /* the verb takes the mark's place: the root, or a clause of the mark's head
         * (S_repair_punct gives it the mark's other dependents); not a passive
         * participle ("the figures given by a spokesman show ..."), nor one after a
         * comma, nor one followed by a verb of its own without a subject, which is
         * the clause's verb ("the bonuses awarded averaged 116 dlrs"), nor in a clause
         * whose auxiliary is the mark's ("... as did patients treated with it .") */
        int lv = S_left_edge(c, v);
        if (mark < v || S_passive(c, v) || !strcmp(S_tag(c, lv), ",") ||
            !strcmp(S_tag(c, lv - 1), ","))
            return 0;
        for (int k = c->kid_off[mark]; k < c->kid_off[mark + 1]; k++)
            if (S_rel(c, c->kids[k], "aux") || S_rel(c, c->kids[k], "cop"))
                return 0;
        for (int k = c->kid_off[v]; k < c->kid_off[v + 1]; k++) {
            int d = c->kids[k];
            if (d > v && (S_tag_is(c, d, "VBD") || S_tag_is(c, d, "VBZ") ||
                          S_tag_is(c, d, "VBP") || S_tag_is(c, d, "VBN")) &&
                !S_rel(c, d, "amod") && !S_has_subject(c, d))
                return 0;
        }
        h = c->head[mark];
        if (h > 0 && c->head[h] == 0 && h < n && !c->taken[h] && S_nominal_tag(c, h) &&
            (S_has_case(c, h) || S_time(c, h))) {
            /* the root was a fronted phrase of time or place ("On Friday, troops
             * attacked ..."): it is the verb's, the verb the root */
            for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++)
                if (c->kids[k] > v && c->kids[k] != mark)
                    c->head[c->kids[k]] = v;
            S_attach(c, h, v, S_has_case(c, h) ? "obl" : "obl:tmod");
            c->taken[h] = 1;
            h = 0;
        }
        rel = h == 0 ? "root" : S_tag_is(c, h, "VB") && h < v ? "ccomp" : "parataxis";
        if (h == 0) {
            for (int k = c->kid_off[mark]; k < c->kid_off[mark + 1]; k++)
                if (c->kids[k] != n && !c->taken[c->kids[k]])
                    c->head[c->kids[k]] = v;
            S_attach(c, mark, v, "punct");
            c->taken[mark] = 1;
        }
    } else if (S_rel(c, n, "ccomp") || S_rel(c, n, "parataxis")) {
        rel = c->rel[n - 1];
    } else if (S_subject(c, n) && h > v) {
        int other = 0; /* another subject of h after this one */
        for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++)
            other |= c->kids[k] > n && c->kids[k] < h && S_subject(c, c->kids[k]);
        if (!other)
            return 0;
        rel = "ccomp";
    } else {
        return 0;
    }
    c->taken[n] = c->taken[v] = c->taken[subj] = 1;
    for (int k = c->kid_off[n]; k < c->kid_off[n + 1]; k++)
        if (c->kids[k] > v)
            c->head[c->kids[k]] = v;
    for (int k = c->kid_off[subj]; k < c->kid_off[subj + 1]; k++)
        if (c->kids[k] > v)
            c->head[c->kids[k]] = v;
    S_attach(c, v, h, rel);
    S_attach(c, subj, v, "nsubj");
    return 1;
}

/* Can nominal x be the subject of finite verb a ("history are", "Iceland were": not)? */
static int S_agrees(const S_ctx *c, int x, int a)
{
    static const char *const plural[] = {"they", "we", "you", NULL};
    static const char *const singular[] = {"he", "she", "it", NULL};
    if (S_tag_is(c, a, "VBZ") || S_word_is(c, a, "was"))
        return !S_tag_is(c, x, "NNS") && !S_tag_is(c, x, "NNPS") && !S_word_in(c, x, plural);
    if (S_tag_is(c, a, "VBP") || S_word_is(c, a, "were"))
        return strcmp(S_tag(c, x), "NN") && !S_word_in(c, x, singular);
    return 1;
}

/* x becomes the subject of verb v (a passive one when v has a passive auxiliary), both
 * taken. Returns 1, for a repair that ends so. */
static int S_make_subject(S_ctx *c, int x, int v)
{
    S_attach(c, x, v, "nsubj");
    for (int k = c->kid_off[v]; k < c->kid_off[v + 1]; k++)
        if (S_rel_exact(c, c->kids[k], "aux:pass"))
            c->rel[x - 1] = "nsubj:pass";
    c->taken[x] = c->taken[v] = 1;
    return 1;
}

/* Verb v becomes the sentence's root, and the root nominal n its subject; n's
 * dependents after v (the closing mark) are v's. Returns 1. */
static int S_root_verb(S_ctx *c, int n, int v)
{
    for (int k = c->kid_off[n]; k < c->kid_off[n + 1]; k++)
        if (c->kids[k] > v)
            c->head[c->kids[k]] = v;
    S_attach(c, v, 0, "root");
    return S_make_subject(c, n, v);
}

/* "The foreign ministry on Tuesday expelled the ambassador, a day after the talks
 * failed": the parser read "on" as the mark of a clause (as in "on arriving") whose
 * verb, "expelled", it hung on the later verb or on the noun before "on", with the day
 * for that verb's subject or measure: the ministry became the subject of "failed", or
 * a noun phrase at the root, and the act was coded with no actor. "on" marks no finite
 * clause: before a day of the week and a verb in the past or present tense it is the
 * day's preposition, the day goes with the verb, and the phrase before "on" is the
 * verb's subject; a verb the parser hung the clause on becomes a clause of it
 * ("... after the talks failed"), or the clause's verb the root when the subject was. */
static int S_repair_day_mark(S_ctx *c, int m)
{
    static const char *const on[] = {"on", NULL};
    int t = m + 1, v = m < c->n ? c->head[t] : -1;
    if (m < 2 || v <= t || !S_word_in(c, m, on) || !S_rel(c, m, "mark") || c->head[m] != v ||
        !dyad_weekday_word(c->words[t - 1], c->lens[t - 1]) || c->taken[m] || c->taken[t] || c->taken[v] ||
        !(S_tag_is(c, v, "VBD") || S_tag_is(c, v, "VBZ") || S_tag_is(c, v, "VBP")) ||
        (S_has_subject(c, v) && !S_rel(c, t, "nsubj")))
        return 0;
    int o = S_phrase_before(c, m), h = c->head[v];
    if (!S_nominal_tag(c, o) || c->taken[o] || (c->head[o] > 0 && c->taken[c->head[o]]))
        return 0;
    if (c->head[o] == 0) {
        c->taken[m] = c->taken[t] = 1;
        S_attach(c, m, t, "case");
        S_attach(c, t, v, "obl");
        return S_root_verb(c, o, v);
    }
    if (h < 1 || h <= v || c->head[o] != h || !S_rel(c, o, "nsubj") || c->taken[h])
        return 0;
    c->taken[m] = c->taken[t] = c->taken[h] = 1;
    S_attach(c, m, t, "case");
    S_attach(c, t, v, "obl");
    S_attach(c, v, c->head[h], c->rel[h - 1]);
    S_attach(c, h, v, "advcl");
    return S_make_subject(c, o, v);
}

/* "Gondor said on Monday it had expelled Rohan's envoy": the parser hung the reported
 * clause on the day as a relative clause ("Monday it had expelled ..."), so the verb of
 * saying reported nothing and the coder read the act as said of the day. A clause with
 * its own subject and no relative pronoun or mark, on a day of the week (or "today",
 * "yesterday") that says when a verb of saying was done, is what that verb reports. */
static int S_repair_day_clause(S_ctx *c, int v)
{
    int t = c->head[v], s = t >= 1 ? c->head[t] : -1;
    if (s < 1 || t > v || s > t || !S_rel_exact(c, v, "acl:relcl") || c->taken[v] ||
        c->taken[t] || !(dyad_weekday_word(c->words[t - 1], c->lens[t - 1]) || S_word_in(c, t, S_days)) ||
        !S_tag_is(c, s, "VB") || !S_word_in(c, s, S_speech_verbs) || !S_has_subject(c, v))
        return 0;
    for (int k = c->kid_off[v]; k < c->kid_off[v + 1]; k++) {
        int d = c->kids[k];
        if (S_rel(c, d, "mark") || S_tag_is(c, d, "WDT") || S_tag_is(c, d, "WP"))
            return 0;
    }
    c->taken[v] = c->taken[t] = 1;
    S_attach(c, v, s, "ccomp");
    return 1;
}

/* "warships held exercises on Wednesday, and Tokyo lodged a protest": the subject of
 * the second clause read as a conjunct of a noun in the first, leaving its verb without
 * a subject (or with the first clause's). A nominal joined by a comma and a conjunction
 * to a head with no other conjunct (but the verb that follows), followed at once by a
 * finite verb, is that verb's subject, and the verb a conjunct of the first clause's;
 * when the first clause is a participle on the verb's subject, that participle is the
 * first clause's verb. */
static int S_repair_clause_subject(S_ctx *c, int x)
{
    int q = c->head[x], cc = -1, comma = -1;
    if (q < 1 || x < q || !S_rel(c, x, "conj") || !S_nominal_tag(c, x) || c->taken[x])
        return 0;
    for (int k = c->kid_off[x]; k < c->kid_off[x + 1] && c->kids[k] < x; k++) {
        int d = c->kids[k];
        if (S_rel(c, d, "cc"))
            cc = d;
        else if (comma < 0 && !strcmp(S_tag(c, d), ","))
            comma = d;
    }
    if (cc < 0 || comma > cc)
        return 0;
    /* the verb after x may be the other conjunct ("Canada expelled a diplomat, and India
     * retaliated": both "India" and "retaliated" conjuncts of "expelled") */
    int after = S_right_edge(c, x) + 1;
    if (after <= c->n && (S_rel(c, after, "aux") || S_rel(c, after, "cop")))
        after = c->head[after];
    for (int k = c->kid_off[q]; k < c->kid_off[q + 1]; k++)
        if (c->kids[k] != x && c->kids[k] != after && S_rel(c, c->kids[k], "conj"))
            return 0;
    /* without a comma ("Israel struck Gaza and Hamas fired rockets"), only when the
     * verb after x hangs, subjectless, on the verb of x's clause as a clause of its own
     * or a conjunct, with no conjunction of its own: "hosted Zelenskiy held talks"
     * reads as no English */
    if (comma < 0) {
        int a = S_right_edge(c, x) + 1, g = c->head[q];
        if (a > c->n || !S_rel(c, q, "obj") || g < 1 || !S_tag_is(c, g, "VB") ||
            c->head[a] != g || !(S_rel_exact(c, a, "ccomp") || S_rel_exact(c, a, "conj")) ||
            S_left_edge(c, a) != a || S_has_subject(c, a) || S_has_chain(c, a))
            return 0;
        for (int k = c->kid_off[a]; k < c->kid_off[a + 1]; k++)
            if (S_rel(c, c->kids[k], "cc") || S_rel(c, c->kids[k], "mark"))
                return 0;
    }
    /* a past participle is a finite verb after a nominal conjunct of a verb (no such
     * thing): "was assassinated near Tehran, and Iranian officials accused Israel" */
    int a = S_right_edge(c, x) + 1;
    if (a > c->n || !S_agrees(c, x, a) ||
        !(S_tag_is(c, a, "VBD") || S_tag_is(c, a, "VBZ") || S_tag_is(c, a, "VBP") ||
          S_tag_is(c, a, "MD") ||
          (S_tag_is(c, a, "VBN") && ((S_tag_is(c, q, "VB") && c->head[a] == q) || comma < 0))))
        return 0;
    int v = S_rel(c, a, "aux") || S_rel(c, a, "cop") ? c->head[a] : a;
    if (v < a || !S_tag_is(c, v, "VB") || c->taken[v])
        return 0;
    /* the verb's words before it: only its chain, or a subject that holds x */
    int s = -1, p = -1;
    for (int k = c->kid_off[v]; k < c->kid_off[v + 1] && c->kids[k] < a; k++) {
        int d = c->kids[k];
        if (S_subject(c, d) && S_left_edge(c, d) < x && S_right_edge(c, d) >= x)
            s = d;
        else if (!S_rel(c, d, "punct"))
            return 0;
    }
    if (s > 0) {
        for (int k = c->kid_off[s]; k < c->kid_off[s + 1]; k++) {
            int d = c->kids[k];
            if (d > s && S_rel_exact(c, d, "acl") && S_left_edge(c, d) < x &&
                S_right_edge(c, d) >= x && !S_has_subject(c, d) &&
                (S_tag_is(c, d, "VBN") || S_tag_is(c, d, "VBD")))
                p = d;
        }
        if (p < 0 || c->taken[s] || c->taken[p])
            return 0;
        S_attach(c, p, c->head[v], c->rel[v - 1]);
        S_attach(c, s, c->head[v] = p, "nsubj");
        /* the sentence's closing marks are the new head's */
        for (int k = c->kid_off[v + 1] - 1; k >= c->kid_off[v] && c->kids[k] > v &&
                                            S_rel(c, c->kids[k], "punct"); k--)
            c->head[c->kids[k]] = p;
        c->taken[s] = c->taken[p] = 1;
    } else if (c->head[v] > 0 && !(c->head[v] < x && S_tag_is(c, c->head[v], "VB"))) {
        return 0;
    }
    if (c->head[v] > 0)
        c->rel[v - 1] = "conj";
    c->head[cc] = v;
    if (comma > 0)
        c->head[comma] = v;
    return S_make_subject(c, x, v);
}

/* Is r a verb of saying that does not take whom it is told as its object ("told",
 * "tells")? What it reports is a clause, and a nominal after it no object of its. */
static int S_reports_clause(const S_ctx *c, int r)
{
    return S_word_in(c, r, S_report_verbs) && !S_word_is(c, r, "told") &&
           !S_word_is(c, r, "tells");
}

/* Is nominal x, after verb r, hung on r as its object, its nominal complement or a
 * second subject where r has its own before it, r a verb of saying that reports a
 * clause (S_reports_clause)? Such a word is mostly that clause's subject, misread. */
static int S_said_object(const S_ctx *c, int x, int r)
{
    if (x < r || c->head[x] != r || !S_reports_clause(c, r))
        return 0;
    int own = 0; /* the verb of saying has a subject before it */
    for (int k = c->kid_off[r]; k < c->kid_off[r + 1]; k++)
        own |= c->kids[k] < r && S_subject(c, c->kids[k]);
    return S_rel_exact(c, x, "obj") || S_rel_exact(c, x, "ccomp") ||
           (S_rel_exact(c, x, "nsubj") && own);
}

/* "Japan and the United States will open trade talks", "Israel and the Palestinians will
 * resume talks": a subject of two nominals whose second opens with a determiner (or a
 * possessive, an adjective, a number) was read as a noun phrase, the first nominal the
 * root and the clause of the second a conjunct of it, "(NP (NP Japan) (CC and) (S (NP the
 * United States) (VP will open ...)))", in which the coder finds no verb for the first
 * party and no second party. A finite verb joined to a nominal (NN*) as a conjunct that
 * opens with "and" or "or" and then such a nominal subject, with no verb, modal or
 * subordinator before the conjunction, is the sentence's verb: the nominal's phrase, the
 * root or one holding it in a PP (not itself a PP: "At that price, A and the fund will
 * buy ..."), is its subject, and the verb's subject the conjunct of the nominal. Where
 * the nominal is the root ("The talks between Japan and the United States start on
 * Friday", read so too), a name in a "between" or "among" phrase right before the
 * conjunction takes the conjunct instead, as the preposition asks for two. The same
 * subject in a reported clause ("Officials said Kenya and the Somali authorities would
 * meet") was read as the object of the verb of saying (S_said_object), the clause a
 * conjunct of that verb: the clause is what it reports, the object the first of its
 * subjects. A verb in -s or "was" wants a subject of one ("A services loans and the B
 * unit is a lender": not two). Over the parses of UD English EWT this changes 1 tree of
 * dev (rightly) and none of test. */
static int S_repair_name_clause(S_ctx *c, int v)
{
    static const char *const joins[] = {"and", "or", NULL};
    static const char *const verbs[] = {"VB", "VBD", "VBP", "VBZ", "MD", NULL};
    static const char *const two[] = {"between", "among", NULL};
    static const char *const opens[] = {"DT", "PRP$", "JJ", "CD", NULL};
    int q = c->head[v], cc = S_left_edge(c, v), s = -1, fin = v;
    if (q < 1 || c->taken[v] || c->taken[q] || !S_rel_exact(c, v, "conj") ||
        c->head[cc] != v || !S_rel(c, cc, "cc") || !S_word_in(c, cc, joins) || c->taken[cc])
        return 0;
    for (int k = c->kid_off[v]; k < c->kid_off[v + 1] && c->kids[k] < v; k++) {
        int d = c->kids[k];
        if (S_rel_exact(c, d, "nsubj") && S_left_edge(c, d) == cc + 1)
            s = d;
        else if ((S_rel(c, d, "aux") || S_rel(c, d, "cop")) && fin == v)
            fin = d;
    }
    if (s < 0 || c->taken[s] || !S_tag_is(c, s, "NN") ||
        !dyad_among(S_tag(c, cc + 1), opens) || S_tag_is(c, fin, "VBZ") ||
        S_word_is(c, fin, "was") || (fin == v && !dyad_among(S_tag(c, v), verbs)))
        return 0;
    int x = cc - 1; /* the nominal before the conjunction, by its head */
    while (x > q && S_rel(c, x, "flat") && c->head[x] < x)
        x = c->head[x];
    if (x > q && S_said_object(c, x, q)) {
        if (!S_tag_is(c, x, "NN") || S_time(c, x) || c->taken[x] || S_is_clause(c, x) ||
            S_left_edge(c, x) != q + 1)
            return 0;
        S_attach(c, v, q, "ccomp");
        S_attach(c, s, x, "conj");
        S_attach(c, cc, s, "cc");
        c->taken[s] = c->taken[cc] = c->taken[q] = 1;
        return S_make_subject(c, x, v);
    }
    if (!S_tag_is(c, q, "NN"))
        return 0;
    for (int w = 1; w < cc; w++)
        if (dyad_among(S_tag(c, w), verbs) || S_rel(c, w, "mark"))
            return 0; /* "Closing date if May 2 and the bonds will trade at par" */
    /* the subject: q's phrase, or the root noun's whose PP holds q */
    int t = q;
    for (int steps = 0; c->head[t] > 0; steps++, t = c->head[t])
        if (steps > 3 || !S_rel(c, t, "nmod") || !S_nominal_tag(c, c->head[t]) ||
            c->taken[c->head[t]])
            return 0;
    if (S_has_case(c, t))
        return 0; /* "At that price, A and the fund will buy ...": no subject */
    if (x <= q || c->head[x] != q || !S_tag_is(c, x, "NNP") || c->taken[x] ||
        !S_has_case(c, x))
        x = q;
    for (int k = c->kid_off[x]; x != q && k < c->kid_off[x + 1] && c->kids[k] < x; k++)
        if (S_rel(c, c->kids[k], "case") && !S_word_in(c, c->kids[k], two))
            x = q;
    /* what the root had after the clause (the closing mark) is the verb's */
    for (int w = S_right_edge(c, v) + 1; w <= c->n; w++)
        if (c->head[w] > 0 && c->head[w] < cc)
            c->head[w] = v;
    S_attach(c, v, 0, "root");
    S_attach(c, s, x, "conj");
    S_attach(c, cc, s, "cc");
    c->taken[s] = c->taken[cc] = c->taken[x] = 1;
    return S_make_subject(c, t, v);
}

/* Is word w an adverb of verb v's own ("the U.S. group also urged")? */
static int S_verb_adverb(const S_ctx *c, int w, int v)
{
    return c->head[w] == v && S_tag_is(c, w, "RB") && S_rel(c, w, "advmod");
}

/* Does nominal x have a conjunct ("West Germany, Britain and Denmark")? A list's verb
 * agrees with several, so a bare form the tagger gave it is a present tense. */
static int S_has_conj(const S_ctx *c, int x)
{
    for (int k = c->kid_off[x]; k < c->kid_off[x + 1]; k++)
        if (S_rel_exact(c, c->kids[k], "conj"))
            return 1;
    return 0;
}

/* Does nominal x end in a participle, apposition or relative clause set off by a comma
 * ("an Iranian brigade, backed by tanks", "the group, a Shi'ite militia")? */
static int S_set_off(const S_ctx *c, int x)
{
    for (int k = c->kid_off[x]; k < c->kid_off[x + 1]; k++) {
        int d = c->kids[k], l = S_left_edge(c, d);
        if (d > x && (S_rel(c, d, "acl") || S_rel_exact(c, d, "appos")) &&
            (S_tag_is(c, l, ",") || S_tag_is(c, l - 1, ",")))
            return 1;
    }
    return 0;
}

/* The participle or relative clause set off by commas right after nominal x that the
 * parser hung on verb r instead ("said Iranian troops, backed by artillery, attacked",
 * "said Hamas, which rules Gaza, fired"): a clause of r's opening with a comma after x,
 * its verb a participle without a subject or auxiliary or one whose subject is a
 * relative pronoun, and closing with a comma; 0 none. */
static int S_stray_set_off(const S_ctx *c, int x, int r)
{
    int comma = S_right_edge(c, x) + 1;
    if (comma >= c->n || !S_tag_is(c, comma, ","))
        return 0;
    for (int k = c->kid_off[r]; k < c->kid_off[r + 1]; k++) {
        int m = c->kids[k], who = 0;
        if (m <= comma || S_left_edge(c, m) != comma ||
            !(S_rel(c, m, "ccomp") || S_rel(c, m, "advcl") || S_rel(c, m, "parataxis")))
            continue;
        for (int j = c->kid_off[m]; j < c->kid_off[m + 1]; j++)
            if (S_subject(c, c->kids[j]) || S_rel(c, c->kids[j], "aux"))
                who |= S_subject(c, c->kids[j]) && S_tag_is(c, c->kids[j], "W") ? 1 : 2;
        int end = S_right_edge(c, m) + 1;
        if ((who == 1 || (!who && dyad_is(S_tag(c, m), "VBN"))) && c->head[comma] == m &&
            end < c->n && S_tag_is(c, end, ","))
            return m;
    }
    return 0;
}

/* "Rubio said both Russia and Ukraine need to make concessions": the subject of the
 * clause a verb of saying reports read as that verb's object, leaving the clause
 * without one. An object (or nominal complement) of such a verb (not "told", whose
 * object is whom it is told) followed at once, or after adverbs of its own ("said
 * Moscow now has a chance"), by a finite verb of a clause of the same verb, with no
 * subject or complementiser of its own, is that clause's subject; so is a second
 * subject the parser gave the verb of saying after it (its own stands before it).
 * The coder would give the act to the one who says it. The tagger may read the verb
 * after a list as a bare form ("said West Germany, Britain and Denmark oppose the
 * tax": VB), which a list's verb is not. An object whose phrase ends in a participle
 * or apposition set off by commas may be followed by the comma and a verb the parser
 * joined to the verb of saying without "and" ("said an Iranian brigade, backed by
 * tanks, launched the attack"), also when the parser hung what sets the phrase off on
 * the verb of saying (S_stray_set_off): a second act of the sayer would take "and", so
 * that verb is the clause's too. */
static int S_repair_report_object(S_ctx *c, int x)
{
    int r = c->head[x];
    if (r < 1 || c->taken[x] || !S_nominal_tag(c, x) || !S_said_object(c, x, r))
        return 0;
    int lead = S_right_edge(c, x) + 1, stray = S_stray_set_off(c, x, r);
    if (stray)
        lead = S_right_edge(c, stray) + 1;
    int set_off = lead <= c->n && S_tag_is(c, lead, ",") && (stray || S_set_off(c, x));
    int a = lead + set_off;
    while (a < c->n && S_tag_is(c, a, "RB") && S_rel(c, a, "advmod") && c->head[a] > a)
        a++;
    if (a > c->n || !S_agrees(c, x, a) ||
        !(S_tag_is(c, a, "VBD") || S_tag_is(c, a, "VBZ") || S_tag_is(c, a, "VBP") ||
          S_tag_is(c, a, "MD") || (dyad_is(S_tag(c, a), "VB") && S_has_conj(c, x))))
        return 0;
    int v = S_rel(c, a, "aux") || S_rel(c, a, "cop") ? c->head[a] : a;
    if (v < a || c->head[v] != r || c->taken[v] || S_has_subject(c, v) ||
        S_left_edge(c, v) != lead ||
        !(S_rel_exact(c, v, "ccomp") ||
          (set_off && S_rel_exact(c, v, "conj") && !S_cc_opened(c, v))))
        return 0;
    for (int w = lead + set_off; w < a; w++)
        if (!S_verb_adverb(c, w, v))
            return 0;
    if (stray) {
        S_attach(c, stray, x, S_has_subject(c, stray) ? "acl:relcl" : "acl");
        c->taken[stray] = 1;
    }
    S_attach(c, v, r, "ccomp");
    return S_make_subject(c, x, v);
}

/* "Pakistan reiterated the claim that the attack was planned in Afghanistan, a charge
 * Kabul rejected": the "that" clause of a charge a verb voices again is what the verb's
 * doer says, as after "its claim", where the parser hangs it on the verb; hung on the
 * noun, its words were the noun's phrase, and a charge answered within it was no one's.
 * Such a clause (acl) of a noun of a charge that is the verb's object hangs on the
 * verb. Not after a verb of answering ("rejected the claim that"), whose claim's clause
 * tells what is rejected, nor after a demand's noun, whose clause is no one's deed. */
static int S_repair_voiced_claim(S_ctx *c, int x)
{
    static const char *const voicing[] = {
        "reiterated", "reiterates", "reiterate", "reiterating", "repeated", "repeats",
        "repeat",     "repeating",  "renewed",   "renews",      "renew",    "renewing",
        "restated",   "restates",   "voiced",    "voices",      NULL};
    static const char *const charges[] = {"charge", "charges", "claim", "claims",
                                          "accusation", "accusations", "allegation",
                                          "allegations", "assertion", "assertions", NULL};
    int n = c->head[x], v = n > 0 ? c->head[n] : -1, mark = 0;
    if (v < 1 || c->taken[x] || !S_rel(c, x, "acl") || !S_rel(c, n, "obj") ||
        !S_word_in(c, n, charges) || !S_word_in(c, v, voicing))
        return 0;
    for (int k = c->kid_off[x]; k < c->kid_off[x + 1] && c->kids[k] < x; k++)
        mark |= S_rel(c, c->kids[k], "mark") && S_word_is(c, c->kids[k], "that");
    if (!mark)
        return 0;
    S_attach(c, x, v, "ccomp"); /* left free: a comma clause may still hang on it */
    return 1;
}

/* An object the parser hung on the first of two verbs joined by "and" or "or" though
 * it follows the second, which has none of its own, is the second's, as the object both
 * share is in a tree: "four American frigates shelled and destroyed two Iranian
 * platforms" drew (VP (VP shelled) and (VP destroyed) (NP ...)), and neither verb had
 * it in its phrase. */
static int S_repair_shared_object(S_ctx *c, int o)
{
    int h = c->head[o];
    if (h < 1 || o < h || !S_rel(c, o, "obj") || !S_tag_is(c, h, "VB") || c->taken[o] ||
        c->taken[h])
        return 0;
    int lead = S_left_edge(c, o);
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++) {
        int d = c->kids[k], cc = 0;
        if (d <= h || d >= o || !S_rel(c, d, "conj") || !S_tag_is(c, d, "VB") ||
            c->taken[d] || S_right_edge(c, d) + 1 != lead)
            continue;
        for (int j = c->kid_off[d]; j < c->kid_off[d + 1]; j++) {
            int x = c->kids[j];
            if (S_subject(c, x) || S_rel(c, x, "obj") || S_rel(c, x, "ccomp") ||
                S_rel(c, x, "xcomp") || S_rel(c, x, "aux"))
                return 0;
            cc |= x < d && S_rel(c, x, "cc");
        }
        if (!cc)
            return 0;
        S_attach(c, o, d, "obj");
        c->taken[o] = c->taken[d] = c->taken[h] = 1;
        return 1;
    }
    return 0;
}

/* A noun the parser made a conjunct of the verb, joined by "and" or "or" right after
 * the verb's object, with no subject, auxiliary, copula, marker or preposition of its
 * own and no verb joined after it without a subject or "and" of its own (whose subject
 * it would be: "eased 3.5 pct and Far East exports, ..., dropped 5.2 pct"), is a
 * conjunct of the object: "Turkey launched air strikes and artillery fire against
 * Kurdish-led forces", "Iraq said its warplanes had attacked a supertanker and four
 * Iranian oil sites", "Kuwait asked the United States and the Soviet Union for help",
 * whose second objects, with the target in them, were read as no part of the verb's
 * phrase. Not a name that modifies the noun after it ("equipped itself with Chinese
 * and Italian-made missiles"). */
static int S_repair_conj_noun(S_ctx *c, int d)
{
    int h = c->head[d], cc = 0;
    if (h < 1 || d < h || !S_rel(c, d, "conj") || !S_tag_is(c, d, "NN") ||
        !S_tag_is(c, h, "VB") || c->taken[d] || c->taken[h])
        return 0;
    int after = S_right_edge(c, d) + 1;
    if (S_tag_is(c, d, "NNP") && after <= c->n &&
        (S_tag_is(c, after, "NN") || S_tag_is(c, after, "JJ")))
        return 0;
    for (int k = c->kid_off[d]; k < c->kid_off[d + 1]; k++) {
        int x = c->kids[k];
        if (S_subject(c, x) || S_rel(c, x, "aux") || S_rel(c, x, "cop") ||
            S_rel(c, x, "mark") || (x < d && S_rel(c, x, "case")))
            return 0;
        cc |= x < d && S_rel(c, x, "cc");
    }
    int lead = S_left_edge(c, d), obj = -1;
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++) {
        int o = c->kids[k];
        if (o > d && S_rel(c, o, "conj") && S_tag_is(c, o, "VB")) {
            int own = 0; /* a subject or an "and" of its own: "... and vowed to" */
            for (int j = c->kid_off[o]; j < c->kid_off[o + 1] && c->kids[j] < o; j++)
                own |= S_subject(c, c->kids[j]) || S_rel(c, c->kids[j], "cc");
            if (!own)
                return 0;
        }
        if (o > h && o < d && (S_rel(c, o, "obj") || S_rel(c, o, "iobj")) &&
            S_nominal_tag(c, o) && !c->taken[o] &&
            S_right_edge(c, o) + 1 == lead)
            obj = o;
    }
    if (!cc || obj < 0)
        return 0;
    S_attach(c, d, obj, "conj");
    c->taken[d] = c->taken[obj] = 1;
    return 1;
}

/* "declared a general mobilization and called on the United States to ...", "called the
 * attack outrageous and spoke by telephone with Lula": a verb after "and", with no
 * subject of its own, that the parser made a conjunct of the object, complement or
 * oblique of an earlier verb is that verb's conjunct, a second act of its subject: a
 * noun or an adjective with neither subject nor copula heads no clause for a verb to
 * join. A participle there without an auxiliary, read as a passive ("spoke" and its
 * "by telephone"), is the past tense of the verb it joins. */
static int S_repair_verb_conj(S_ctx *c, int d)
{
    static const char *const verbs[] = {"VBD", "VBZ", "VBP", "VBN", NULL};
    int h = c->head[d], v = h > 0 ? c->head[h] : -1, cc = 0, aux = 0, obj = 0;
    if (v < 1 || v > h || d < h || c->taken[d] || c->taken[h] || !S_rel_exact(c, d, "conj") ||
        !dyad_among(S_tag(c, d), verbs) || !(S_nominal_tag(c, h) || S_tag_is(c, h, "JJ")) ||
        !(S_rel(c, h, "obj") || S_rel(c, h, "xcomp") || S_rel(c, h, "obl")) ||
        !S_tag_is(c, v, "VB") || S_has_subject(c, d) || S_has_subject(c, h) ||
        S_has_rel(c, h, "cop"))
        return 0;
    for (int k = c->kid_off[d]; k < c->kid_off[d + 1]; k++) {
        int x = c->kids[k];
        if (S_rel(c, x, "mark"))
            return 0; /* "budget plans and to be debated by ministers" */
        cc |= x < d && S_rel(c, x, "cc") && S_word_is(c, x, "and");
        aux |= S_rel(c, x, "aux");
        obj |= S_rel(c, x, "obj");
    }
    /* a participle with an object of its own and no auxiliary modifies that object ("a
     * tense and pressured campaign") */
    if (!cc || (S_tag_is(c, d, "VBN") && !aux && obj))
        return 0;
    if (S_tag_is(c, d, "VBN") && !aux && S_tag_is(c, v, "VBD"))
        c->xpos[d - 1] = "VBD";
    S_attach(c, d, v, "conj");
    c->taken[d] = c->taken[h] = 1;
    return 1;
}

/* "Gondor's rates fell on Monday and the Rohan central bank cut its own", "Exports fell
 * sharply and Arnor became a net importer": a second clause after "and" or "but" whose
 * subject the parser made a conjunct of the first clause's verb, and whose verb a
 * subjectless conjunct of it, so that the coder gave the second act to the first
 * clause's subject. A nominal conjunct of a verb (or of the verb's object or oblique)
 * that opens with its conjunction and is followed at once by a finite conjunct of that
 * verb with no subject is that conjunct's subject; the conjunction (and a comma before
 * it) is the second verb's. */
static int S_repair_conj_subject(S_ctx *c, int n)
{
    static const char *const joins[] = {"and", "but", NULL};
    static const char *const pair[] = {"between", "among", NULL};
    int h = c->head[n], cc, v, a;
    if (h < 1 || n < h || c->taken[n] || !S_rel_exact(c, n, "conj") || !S_nominal_tag(c, n))
        return 0;
    cc = S_left_edge(c, n);
    v = S_right_edge(c, n) + 1;
    /* a preposition that takes two or more ("agreed between Israel and Hamas") */
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++)
        if (c->kids[k] < h && S_rel(c, c->kids[k], "case") && S_word_in(c, c->kids[k], pair))
            return 0;
    /* or a conjunct of the verb's object or oblique ("bombed oil installations on
     * Monday and the Iranian navy attacked ...", "was seized in May and his kidnappers
     * have asked for"); not of a clause it hangs on the verb ("expect that slow growth
     * and weak banks rule out a rise": "growth" read as that clause) */
    if (h > 0 && S_nominal_tag(c, h) && (S_rel(c, h, "obl") || S_rel(c, h, "obj")) &&
        c->head[h] > 0 && c->head[h] < h)
        h = c->head[h];
    if (h < 1 || n < h || v > c->n || c->taken[v] || !S_tag_is(c, h, "VB") ||
        c->head[cc] != n || !S_rel(c, cc, "cc") || !S_word_in(c, cc, joins))
        return 0;
    /* v's own auxiliaries and adverbs may come first ("and Rohan has bought") */
    while (v <= c->n && c->head[v] > v && (S_rel(c, v, "aux") || S_rel(c, v, "advmod")))
        v = c->head[v];
    if (v > c->n || !S_conj_of(c, v, h) || S_has_subject(c, v) || !S_verb_onset(c, v, &a) ||
        S_left_edge(c, v) != S_right_edge(c, n) + 1)
        return 0;
    for (int k = c->kid_off[n]; k < c->kid_off[n + 1] && c->kids[k] < n; k++)
        if (S_rel(c, c->kids[k], "cc") || S_rel(c, c->kids[k], "punct"))
            c->head[c->kids[k]] = v;
    return S_make_subject(c, n, v);
}

/* "Trump met Kim at the border and briefly stepped onto North Korean soil": the object of
 * the first verb read as the subject of a past participle coordinated with it. A past
 * participle with a subject but no auxiliary is no clause of its own (a passive needs
 * "was", a perfect "has"), so the noun phrase between the two verbs is the first
 * verb's object, when that verb has a subject and no object, and the participle shares
 * the first verb's subject as a verb of the same clause. */
static int S_repair_conj_object(S_ctx *c, int s)
{
    int v = c->head[s];
    if (v < 1 || s > v || !S_subject(c, s) || !S_nominal_tag(c, s) || c->taken[s] ||
        c->taken[v] || !S_tag_is(c, v, "VBN") || !S_rel(c, v, "conj"))
        return 0;
    int h = c->head[v];
    if (h < 1 || h > s || !S_tag_is(c, h, "VB") || c->taken[h] || S_has_chain(c, v))
        return 0;
    /* v's only subject is s, and its conjunction comes after s */
    int cc = -1;
    for (int k = c->kid_off[v]; k < c->kid_off[v + 1] && c->kids[k] < v; k++) {
        int d = c->kids[k];
        if (d != s && S_subject(c, d))
            return 0;
        if (S_rel(c, d, "cc") && d > s)
            cc = d;
    }
    if (cc < 0 || S_right_edge(c, s) > cc)
        return 0;
    /* h: a subject before it, no object or clause after it */
    int subj = 0;
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++) {
        int d = c->kids[k];
        if (d < h && S_subject(c, d))
            subj = 1;
        if (d > h && (S_rel(c, d, "obj") || S_rel(c, d, "ccomp") || S_rel(c, d, "xcomp")))
            return 0;
    }
    if (!subj)
        return 0;
    S_attach(c, s, h, "obj");
    c->taken[s] = c->taken[v] = c->taken[h] = 1;
    return 1;
}

/* Is d a capitalised adjective coordinated with the one it hangs on ("Russian and
 * Ukrainian")? */
static int S_conj_adjective(const S_ctx *c, int d)
{
    return S_rel(c, d, "conj") && S_tag_is(c, d, "JJ") && S_capital(c, d);
}

/* "Turkish President Erdogan visited", "Chinese Foreign Minister Wang Yi hailed", "X and
 * Russian Foreign Minister Lavrov": a capitalised adjective right before a noun phrase,
 * taken by the parser for a subject, an adverb or a conjunct of its own (with the noun
 * phrase beside it or below it), modifies that phrase. So it does when both are subjects
 * of the verb and the word after it, with nothing of its own, was tagged an adjective
 * too: "The Pakistani military killed 33 militants" (two subjects side by side, the
 * noun "military" read as an adjective), and the determiner before them goes with it.
 * Adjectives coordinated with it come along, and the preposition or determiner hung on
 * it goes to the noun: "mediated talks between Russian and Ukrainian delegations". */
static int S_repair_adjective(S_ctx *c, int a)
{
    int h = c->head[a];
    if (h < 1 || !S_tag_is(c, a, "JJ") || S_tag_is(c, a, "JJR") ||
        (S_rel(c, a, "amod") && !S_tag_is(c, h, "VB")) ||
        c->lens[a - 1] == 0 || c->words[a - 1][0] < 'A' || c->words[a - 1][0] > 'Z')
        return 0;
    int n = -1, below = 0, coord = 0;
    for (int k = c->kid_off[a]; k < c->kid_off[a + 1]; k++)
        coord |= S_conj_adjective(c, c->kids[k]);
    for (int pass = 0; pass < 2 - coord && n < 0; pass++) {
        int p = pass ? a : h;
        for (int k = c->kid_off[p]; k < c->kid_off[p + 1]; k++) {
            int d = c->kids[k];
            int noun = S_tag_is(c, d, "NN") ||
                       (!pass && d == a + 1 && S_tag_is(c, d, "JJ") && S_subject(c, a) &&
                        S_subject(c, d) && S_tag_is(c, h, "VB") &&
                        c->kid_off[d] == c->kid_off[d + 1]);
            /* past coordinated adjectives only to a common noun: "Eastern and
             * Southern Africa" is a name */
            if (coord && S_tag_is(c, d, "NNP"))
                continue;
            if (d > a && S_left_edge(c, d) == (coord ? S_right_edge(c, a) : a) + 1 && noun &&
                !c->taken[d]) {
                n = d;
                below = pass;
            }
        }
    }
    if (n < 0)
        return 0;
    for (int k = c->kid_off[a]; k < c->kid_off[a + 1]; k++) {
        int d = c->kids[k];
        if (d != n && !S_rel(c, d, "cc") && !S_rel(c, d, "punct") &&
            !(coord && S_conj_adjective(c, d) && d < n) &&
            !(coord && d < a && (S_rel(c, d, "case") || S_rel(c, d, "det"))))
            return 0;
    }
    if (below) {
        c->head[n] = h;
        if (!S_subject(c, n))
            c->rel[n - 1] = c->rel[a - 1];
    } else if (S_rel(c, a, "conj")) {
        c->rel[n - 1] = "conj";
        /* "Biden and Russian President Vladimir Putin": the words of the name that the
         * parser hung on the first conjunct follow the title */
        for (int w = n + 1; w <= c->n && c->head[w] == h && S_rel(c, w, "flat") &&
                            S_tag_is(c, w, "NNP") && !c->taken[w]; w++) {
            S_attach(c, w, n, "flat");
            c->taken[w] = 1;
        }
    }
    for (int k = c->kid_off[a]; k < c->kid_off[a + 1]; k++)
        if (c->kids[k] != n && !S_conj_adjective(c, c->kids[k]))
            c->head[c->kids[k]] = n;
    if (a > 1 && c->head[a - 1] == h && S_rel(c, a - 1, "det") && !c->taken[a - 1]) {
        c->head[a - 1] = n;
        c->taken[a - 1] = 1;
    }
    S_attach(c, a, n, "amod");
    c->taken[a] = c->taken[n] = 1;
    return 1;
}

/* "fired more than a dozen missiles" read as "more" the object and "missiles" its PP:
 * the noun is the object, "more than" its quantity, as the parser draws it elsewhere. */
static int S_repair_than(S_ctx *c, int m)
{
    int h = c->head[m];
    if (h < 1 || !S_tag_is(c, m, "JJR") || c->taken[m] ||
        !(S_word_is(c, m, "more") || S_word_is(c, m, "less") || S_word_is(c, m, "fewer")))
        return 0;
    for (int k = c->kid_off[m]; k < c->kid_off[m + 1]; k++) {
        int n = c->kids[k], th = S_left_edge(c, n);
        if (n < m || th != m + 1 || !S_word_is(c, th, "than") || !S_tag_is(c, n, "NN") ||
            c->taken[n] || c->taken[th])
            continue;
        int num = n; /* the number it quantifies, else the noun */
        for (int j = c->kid_off[n]; j < c->kid_off[n + 1]; j++)
            if (S_rel(c, c->kids[j], "nummod"))
                num = c->kids[j];
        c->taken[m] = c->taken[n] = c->taken[th] = 1;
        /* what else hung on "more" is the verb's or the noun's */
        for (int j = c->kid_off[m]; j < c->kid_off[m + 1]; j++) {
            int d = c->kids[j];
            if (d != n && d != th)
                c->head[d] = S_rel(c, d, "obl") || S_rel(c, d, "advcl") ? h : n;
        }
        S_attach(c, n, h, c->rel[m - 1]);
        S_attach(c, m, num, "advmod");
        S_attach(c, th, m, "fixed");
        return 1;
    }
    return 0;
}

/* A possessor takes no preposition but its "'s": one the parser gave possessor a before
 * it is the phrase's, of the noun d it possesses ("a fight (PP with (NP the United
 * States' partners))"), unless d has its own. Returns whether one moved. */
static int S_possessor_case(S_ctx *c, int a, int d)
{
    int moved = 0;
    for (int k = c->kid_off[a]; !S_has_case(c, d) && k < c->kid_off[a + 1]; k++) {
        int p = c->kids[k];
        if (p < a && S_rel(c, p, "case") && S_tag_is(c, p, "IN")) {
            c->head[p] = d;
            moved = 1;
        }
    }
    return moved;
}

/* "Doug Ford, Ontario's provincial leader": a phrase ending in a possessive 's that the
 * parser hung beside the noun phrase right after it (two appositions, or two phrases
 * of one noun: "a fight with the United States' biggest partners") is that phrase's
 * possessor, (NP (NP Ontario 's) provincial leader), and a preposition before it is
 * the phrase's. */
static int S_repair_possessor(S_ctx *c, int a)
{
    int h = c->head[a], e = S_right_edge(c, a);
    if (h < 1 || e == a || !S_tag_is(c, e, "POS") || c->head[e] != a || !S_nominal_tag(c, a))
        return 0;
    if (a < h && S_rel_exact(c, a, "nmod:poss") && !c->taken[h] && S_possessor_case(c, a, h))
        return c->taken[a] = 1;
    if (a < h || (S_rel(c, a, "nmod") && !S_has_case(c, a)))
        return 0;
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++) {
        int d = c->kids[k];
        if (d > e && S_left_edge(c, d) == e + 1 && S_nominal_tag(c, d) && !c->taken[d] &&
            !S_rel(c, d, "nsubj") && !S_rel(c, d, "obj") &&
            (!S_rel(c, a, "nmod") || (S_rel(c, d, "nmod") && !S_has_case(c, d)))) {
            /* the comma or conjunction that opens it opens the phrase it joins: an
             * apposition's comma goes to the noun it describes, a conjunct's to it */
            for (int j = c->kid_off[a]; j < c->kid_off[a + 1] && c->kids[j] < a; j++)
                if (S_rel(c, c->kids[j], "punct") || S_rel(c, c->kids[j], "cc"))
                    c->head[c->kids[j]] = S_rel(c, d, "conj") ? d : h;
            S_possessor_case(c, a, d);
            S_attach(c, a, d, "nmod:poss");
            c->taken[a] = 1;
            return 1;
        }
    }
    return 0;
}

/* "waging a tariff fight with the partners -- Mexico, Canada and the EU --": a name
 * the parser hung on the verb as an oblique without a preposition, set off by a dash
 * after a noun phrase of the verb's, is that phrase's apposition (not one a verb
 * follows, nor one after a comma, which may be a conjunct: "met Lawson, Howe and
 * Leigh-Pemberton"). */
static int S_repair_appos(S_ctx *c, int x)
{
    int v = c->head[x], l = S_left_edge(c, x), n = l - 1, r = S_right_edge(c, x);
    if (v < 1 || x < v || !S_rel_exact(c, x, "obl") || !S_tag_is(c, x, "NNP") ||
        S_has_case(c, x) || !S_word_is(c, l, "--") || n <= v ||
        !S_nominal_tag(c, n) || c->taken[n] ||
        (!S_punct_tag(c, r) && r < c->n && !S_punct_tag(c, r + 1)))
        return 0;
    int h = n, steps = 0;
    while (h >= 1 && c->head[h] != v && S_step(c, &steps))
        h = c->head[h];
    if (h < 1 || S_right_edge(c, h) != n)
        return 0;
    S_attach(c, x, n, "appos");
    return 1;
}

/* "U.S. Secretary of State Marco Rubio": the name after the PP goes with the PP's noun,
 * (PP (IN of) (NP (NNP State) (NNP Marco) (NNP Rubio))), as CoreNLP draws it; so does
 * the name after a conjunct with that conjunct ("urged Japan and South Korea", read as
 * Japan ... Korea and South: the second country was lost). */
static int S_repair_flat(S_ctx *c, int f)
{
    int h = c->head[f];
    if (h < 1 || f < h || !S_rel(c, f, "flat") || !S_tag_is(c, f, "NNP"))
        return 0;
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++) {
        int q = c->kids[k];
        if (q < h || q >= f || !(S_rel(c, q, "nmod") || S_rel(c, q, "conj")) ||
            !S_tag_is(c, q, "NNP") ||
            S_left_edge(c, q) == q || c->taken[q])
            continue;
        /* only other words of the name between the PP and f */
        int w = S_right_edge(c, q) + 1;
        while (w < f && c->head[w] == q && S_rel(c, w, "flat"))
            w++;
        if (w == S_left_edge(c, f)) {
            c->head[f] = q;
            c->taken[f] = 1;
            return 1;
        }
    }
    return 0;
}

/* "called President Xi a dear friend", "calls King Charles a friend": before a second
 * noun phrase the parser took a title for the verb's object and the name after it for
 * the complement ("called him Xi"), so the object was a bare title, no one's. A title
 * that ends the object, right before a proper noun the same verb took as a second
 * object or a complement, is that name's; the name is the object. */
static int S_repair_title(S_ctx *c, int t)
{
    static const char *const titles[] = {
        "president", "premier", "chancellor", "minister", "secretary", "king", "queen",
        "prince", "emir", "sheikh", "ayatollah", "pope", "senator", "governor", "general",
        "chairman", "ambassador", "leader", "mayor", NULL};
    int v = c->head[t], m = t + 1;
    if (v < 1 || v > t || m > c->n || !S_tag_is(c, v, "VB") || !S_tag_is(c, t, "NNP") ||
        !S_rel_exact(c, t, "obj") || !S_word_in(c, t, titles) || S_right_edge(c, t) != t ||
        !S_tag_is(c, m, "NNP") || c->head[m] != v || S_left_edge(c, m) != m ||
        !(S_rel_exact(c, m, "xcomp") || S_rel_exact(c, m, "obj") || S_rel_exact(c, m, "iobj")) ||
        c->taken[m])
        return 0;
    S_attach(c, m, v, "obj");
    S_attach(c, t, m, "compound");
    c->taken[t] = c->taken[m] = 1;
    return 1;
}

/* The quote, comma, conjunction and preposition hung before t on t go to g, the head of
 * the phrase they open; 1 if any did. */
static int S_marks_to(S_ctx *c, int t, int g)
{
    int moved = 0;
    for (int k = c->kid_off[t]; k < c->kid_off[t + 1]; k++) {
        int d = c->kids[k];
        if (d < t && !c->taken[d] &&
            (S_rel(c, d, "punct") || S_rel(c, d, "cc") || S_rel(c, d, "case"))) {
            S_attach(c, d, g, c->rel[d - 1]);
            c->taken[d] = 1;
            moved = 1;
        }
    }
    return moved;
}

/* Does w hang on the noun after it as a word of its name or title? */
static int S_title_rel(const S_ctx *c, int w)
{
    return S_rel_exact(c, w, "compound") || S_rel_exact(c, w, "nmod:desc");
}

/* "But ``President Trump, in many ways", "according to U.S. Attorney Rudolph Giuliani",
 * "and President Bashar al-Assad fled", ", Development Minister Ali Wardhana said": the
 * parser hung the quote, comma, conjunction or preposition before a name's title on
 * the title (or on the title's first word), so the title made a phrase of its own and
 * the name was read apart from it, as no one or the title as a second actor. Those
 * marks open the whole noun phrase: they hang on its head, up the nouns the modifier
 * hangs on, and title and name make one phrase. */
static int S_repair_title_marks(S_ctx *c, int t)
{
    int g = c->head[t], steps = 0;
    if (g <= t || !S_tag_is(c, t, "NN") || !S_tag_is(c, g, "NN") || c->taken[t] ||
        !S_title_rel(c, t))
        return 0;
    while (c->head[g] > g && S_title_rel(c, g) && S_tag_is(c, c->head[g], "NN") &&
           S_step(c, &steps))
        g = c->head[g];
    if (!S_tag_is(c, g, "NNP"))
        return 0; /* "Arnorian and Rohirric leaders": modifiers coordinated */
    return S_marks_to(c, t, g);
}

static const char *const S_office_titles[] = {
    "secretary", "minister", "chancellor", "governor", "chairman", "chairwoman",
    "president", "director", "commissioner", "ambassador", "speaker", "leader",
    "commander", "chief", "head", "undersecretary", "under-secretary", "envoy",
    "secretary-general", "attorney", "mayor", "premier", "spokesman", "spokeswoman", NULL};

/* "a revolt against President Raul Alfonsin's government", "a strike against
 * President Emmanuel Macron's reform": the parser took the title with its preposition
 * for the phrase and the name after it for the possessor of the noun that follows, so
 * the title was no one's and the name was split from it. The title is a word of the
 * possessor's name, and the noun the name possesses takes the title's place with its
 * preposition (not when that noun holds the title's head: a cycle). */
static int S_repair_title_possessor(S_ctx *c, int t)
{
    int n = t + 1, h = c->head[t], g = n <= c->n ? c->head[n] : 0, steps = 0;
    if (h < 1 || n > c->n || g <= n || !S_tag_is(c, t, "NNP") ||
        !S_word_in(c, t, S_office_titles) || !S_tag_is(c, n, "NNP") ||
        !S_rel_exact(c, n, "nmod:poss") || S_right_edge(c, t) != t || !S_has_case(c, t) ||
        !S_nominal_tag(c, g) || c->taken[t] || c->taken[n] || c->taken[g])
        return 0;
    for (int w = h; w > 0 && S_step(c, &steps); w = c->head[w])
        if (w == g && h != g)
            return 0;
    S_marks_to(c, t, g);
    if (h != g)
        S_attach(c, g, h, c->rel[t - 1]);
    S_attach(c, t, n, "compound");
    c->taken[t] = c->taken[n] = c->taken[g] = 1;
    return 1;
}

/* The head h of the proper nouns [lo, hi] that name the holder of office t, which the
 * parser made a phrase apart (a second subject, an oblique, the head with the office
 * its modifier): the name hangs on at with relation rel, and the office takes the
 * name's place in the clause with what hung there (a determiner, a relative clause),
 * so that the coder reads office and name as one person. 0 when h is on neither t nor
 * t's head nor the comma after the name, nor holds t. */
static int S_office_holder(S_ctx *c, int t, int h, int lo, int hi, int at, const char *rel)
{
    if (c->head[t] == h)
        S_attach(c, t, c->head[h], c->rel[h - 1]);
    else if (c->head[h] != t && c->head[h] != c->head[t] && c->head[h] != hi + 1)
        return 0;
    for (int w = 1; w <= c->n; w++)
        if (c->head[w] == h && (w < lo || w > hi) && w != t)
            c->head[w] = t;
    S_attach(c, h, at, rel);
    return 1;
}

/* The head of the proper nouns from lo on (capitalised, no day), the last at *hi, when
 * they hang together as one name and own nothing ("Shultz' Moscow talks"); 0 none. */
static int S_name_run(const S_ctx *c, int lo, int *hi)
{
    int m = lo - 1, h = 0;
    while (m < c->n && S_tag_is(c, m + 1, "NNP") && S_capital(c, m + 1) && !S_time(c, m + 1))
        m++;
    if (m < c->n && dyad_is(S_tag(c, m + 1), "POS"))
        return 0;
    for (int w = lo; w <= m; w++)
        if (c->words[w - 1][c->lens[w - 1] - 1] == '\'') {
            return 0;
        } else if (c->head[w] < lo || c->head[w] > m) {
            if (h)
                return 0; /* two phrases, no one name */
            h = w;
        }
    *hi = m;
    return h;
}

/* "Secretary of State Mike Pompeo", "Minister of Foreign Affairs Sergei Lavrov": the
 * parser ends the office at its PP and reads the name after it as the head (the office
 * its modifier) or as a second subject, so the coder saw an office ("Secretary of
 * State", a government of no country) and lost the person the dictionary knows. A
 * capitalised title with a capitalised "of" phrase, right before a run of proper nouns
 * the title's phrase does not hold, takes the name into that phrase, after the PP's
 * last noun as in "Secretary of Defense Lloyd Austin", which the parser gets right. */
static int S_repair_office_name(S_ctx *c, int t)
{
    if (!S_tag_is(c, t, "NN") || !S_capital(c, t) || !S_word_in(c, t, S_office_titles) ||
        t + 2 > c->n || !S_word_is(c, t + 1, "of"))
        return 0;
    int p = 0;
    for (int k = c->kid_off[t]; k < c->kid_off[t + 1] && !p; k++)
        if (c->kids[k] > t && S_rel(c, c->kids[k], "nmod") && S_left_edge(c, c->kids[k]) == t + 1)
            p = c->kids[k];
    int e = p ? S_right_edge(c, p) : 0, m = 0;
    if (!p || !S_tag_is(c, e, "NN") || !S_capital(c, e))
        return 0;
    /* up to the office; an earlier repair may have moved e out from under it, and the
     * climb then stops at the root */
    for (int w = e, steps = 0; w > 0 && w != t && S_step(c, &steps); w = c->head[w])
        if (S_rel(c, w, "conj"))
            return 0; /* "of Trade and Industry": the name would join the last conjunct */
    int h = S_name_run(c, e + 1, &m);
    if (!h)
        return 0;
    return S_office_holder(c, t, h, e + 1, m, e, "flat");
}

/* "The Russian foreign minister, Sergei Lavrov, said", "hosted the Secretary of State,
 * Mike Pompeo, on Monday": the name in commas after an office is its apposition, as in
 * "Sergei Lavrov, the foreign minister,"; the parser read it as a second subject or
 * object, or hung it on the comma, and the tree that came of it had no subject or an
 * office without its holder. */
static int S_repair_office_appos(S_ctx *c, int t)
{
    if (!S_tag_is(c, t, "NN") || !S_word_in(c, t, S_office_titles) || S_rel(c, t, "appos") ||
        S_rel(c, t, "conj") || S_rel(c, t, "list"))
        return 0; /* "X, vice president of Acme, Inc.", "X, a director, Y, ...": a list */
    /* the office's own words up to a comma: its right edge may hold the commas */
    int r = t, m = 0;
    for (int w = r + 1, a = w, steps = 0; w <= c->n && strcmp(S_tag(c, w), ",");
         a = ++w, steps = 0) {
        while (a > t && S_step(c, &steps))
            a = c->head[a];
        if (a != t)
            break;
        r = w;
    }
    if (r + 3 > c->n || strcmp(S_tag(c, r + 1), ","))
        return 0;
    int h = S_name_run(c, r + 2, &m);
    if (!h || m == c->n || strcmp(S_tag(c, m + 1), ",") ||
        (c->head[h] == t && S_rel(c, h, "appos")))
        return 0;
    return S_office_holder(c, t, h, r + 2, m, t, "appos");
}

/* "Budget Minister Alain Juppe said": the parser made the office's sector a noun of its
 * own and the office with the name its apposition, so the phrase's head was "Budget",
 * no one. A capitalised noun right before the capitalised title that opens its
 * apposition is a word of the office, as in "Finance Minister Alain Juppe"; the name
 * takes the noun's place in the clause. */
static int S_repair_office_sector(S_ctx *c, int t)
{
    if (!S_tag_is(c, t, "NN") || !S_capital(c, t) || c->head[t] < 1 || t + 2 > c->n ||
        !S_capital(c, t + 1) || !S_word_in(c, t + 1, S_office_titles))
        return 0;
    int d = 0;
    for (int k = c->kid_off[t]; k < c->kid_off[t + 1]; k++)
        if (c->kids[k] > t + 1 && S_rel_exact(c, c->kids[k], "appos") &&
            S_left_edge(c, c->kids[k]) == t + 1 && S_tag_is(c, c->kids[k], "NNP") &&
            c->head[c->kids[k]] == t)
            d = c->kids[k];
    if (!d)
        return 0;
    for (int w = 1; w <= c->n; w++)
        if (c->head[w] == t && w != d)
            c->head[w] = d;
    S_attach(c, d, c->head[t], c->rel[t - 1]);
    S_attach(c, t, d, "compound");
    return 1;
}

/* "travel to Beijing next month": the parser makes the place a compound of the time
 * noun. A proper noun before "next/last/this ..." heads its own phrase, which takes
 * the time noun's place; the time noun becomes a temporal modifier of the same head. */
static int S_repair_time(S_ctx *c, int t)
{
    if (c->head[t] < 1 || !S_tag_is(c, t, "NN") || !S_word_in(c, t, S_time_nouns))
        return 0;
    int place = -1, mod = -1;
    for (int k = c->kid_off[t]; k < c->kid_off[t + 1]; k++) {
        int d = c->kids[k];
        if (d > t)
            break;
        if (S_rel(c, d, "compound") && S_tag_is(c, d, "NNP") && mod < 0)
            place = d;
        else if (place > 0 && S_word_in(c, d, S_time_mods) && S_right_edge(c, place) + 1 == d)
            mod = d;
    }
    if (place < 0 || mod < 0 || c->taken[place])
        return 0;
    c->taken[t] = c->taken[place] = 1;
    for (int k = c->kid_off[t]; k < c->kid_off[t + 1]; k++) {
        int d = c->kids[k];
        if (d < place && S_rel(c, d, "case"))
            c->head[d] = place;
    }
    S_attach(c, place, c->head[t], c->rel[t - 1]);
    c->rel[t - 1] = S_tag_is(c, c->head[t], "VB") ? "obl:tmod" : "nmod:tmod";
    return 1;
}

/* "flew on Monday to Kabul", "landed on Tuesday at an air base": the parser hangs the
 * place on the time noun before it, as though the day were "to Kabul". A time says
 * when, not where: a phrase of "to", "in", "at" or "into" after a time that hangs on a
 * verb is the verb's own. Not another time ("on Tuesday at night"). */
static int S_repair_time_place(S_ctx *c, int t)
{
    static const char *const where[] = {"to", "in", "at", "into", NULL};
    int v = c->head[t];
    if (v < 1 || v > t || !S_time(c, t) || !S_rel(c, t, "obl") || !S_tag_is(c, v, "VB") ||
        c->taken[t])
        return 0;
    for (int k = c->kid_off[t]; k < c->kid_off[t + 1]; k++) {
        int d = c->kids[k], p = d > t + 1 ? S_left_edge(c, d) : -1;
        if (p > t && S_rel_exact(c, d, "nmod") && c->head[p] == d && S_rel(c, p, "case") &&
            S_word_in(c, p, where) && !S_time(c, d) && !S_tag_is(c, d, "CD") && !c->taken[d]) {
            c->taken[t] = c->taken[d] = 1;
            S_attach(c, d, v, "obl");
            return 1;
        }
    }
    return 0;
}

/* "passed a resolution on Tuesday decrying the report", read with "Tuesday" a compound
 * of the participle after it and "on" the participle's own: a time noun before the
 * verb it hangs on as a compound is when the verb is done ("on Tuesday"), with the
 * preposition its own, not part of the verb's name; otherwise the day is taken for
 * the participle clause's subject. */
static int S_repair_day_compound(S_ctx *c, int t)
{
    int v = c->head[t];
    if (v <= t || !S_rel_exact(c, t, "compound") || !S_tag_is(c, v, "VB") ||
        !S_time(c, t) || c->taken[t] || c->taken[v])
        return 0;
    c->taken[t] = 1;
    for (int k = c->kid_off[v]; k < c->kid_off[v + 1]; k++) {
        int d = c->kids[k];
        if (d < t && S_rel(c, d, "case"))
            S_attach(c, d, t, "case");
    }
    S_attach(c, t, v, "obl");
    return 1;
}

/* A punctuation mark never heads a phrase: its dependents go to its head (a subject
 * after the verb being its object). A subject right after a verb with nothing after it
 * of its own is that verb's object instead ("..., and the party accused
 * President Yoon of failing to ...": "Yoon" hung on the full stop went to the first
 * clause's verb, and the accusation had no target). */
static int S_repair_punct(S_ctx *c, int p)
{
    int h = c->head[p];
    if (h < 1 || c->kid_off[p + 1] == c->kid_off[p] || !S_punct_tag(c, p))
        return 0;
    for (int k = c->kid_off[p]; k < c->kid_off[p + 1]; k++) {
        int d = c->kids[k], v = S_left_edge(c, d) - 1, to = h;
        if (c->taken[d])
            continue;
        c->taken[d] = 1;
        /* not an auxiliary ("as did towns founded in ..."), nor a subjectless verb
         * after a comma or a quotation's end, whose subject follows it ("..., said
         * the lead manager, Gondor Bank") */
        if (S_subject(c, d) && v > h && S_tag_is(c, v, "VB") && S_right_edge(c, v) == v &&
            !S_rel(c, v, "aux") && !S_rel(c, v, "cop") &&
            !((S_word_is(c, v - 1, ",") || S_tag_is(c, v - 1, "''")) && !S_has_subject(c, v)))
            to = v;
        c->head[d] = to;
        if (S_subject(c, d) && d > to && S_tag_is(c, to, "VB"))
            c->rel[d - 1] = "obj";
    }
    return 1;
}

static const char *const S_dates[] = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", NULL};

/* "On December 1, the court ordered ...", "In Gondor, the king said ...": a phrase with a
 * preposition set off by a comma at the head of a clause is the verb's, where the parser
 * may hang it on the subject after it, which the coder then reads as one entity with the
 * date or place ("On December 1, the court"). */
static int S_repair_fronted_pp(S_ctx *c, int t)
{
    int o = c->head[t], v = o > 0 ? c->head[o] : 0, r = S_right_edge(c, t);
    if (o <= t || v <= o || c->taken[t] || !(S_rel(c, t, "obl") || S_rel(c, t, "nmod")) ||
        !S_has_case(c, t) || !S_subject(c, o) || !S_tag_is(c, v, "VB") ||
        S_left_edge(c, o) != S_left_edge(c, t))
        return 0;
    if (r + 1 < o && S_word_is(c, r + 1, ",") && c->head[r + 1] == o)
        S_attach(c, ++r, v, "punct");
    if (!S_word_is(c, r, ","))
        return 0;
    c->taken[t] = 1;
    S_attach(c, t, v, "obl");
    return 1;
}

/* "signed an accord on Thursday", "sanctions over abuses in Xinjiang on Monday": a date
 * hung on a noun after the verb goes to the verb, where CoreNLP draws it; an object with
 * a PP inside reads to the coder as "accord on Thursday", the rest of the phrase unseen. */
static int S_repair_date(S_ctx *c, int t)
{
    int o = c->head[t];
    if (o < 1 || !S_rel(c, t, "nmod") || !S_tag_is(c, t, "NNP") || !S_word_in(c, t, S_dates) ||
        S_right_edge(c, t) != t)
        return 0;
    int v = S_clause_verb(c, o);
    if (v < 1 || v > t)
        return 0;
    c->taken[t] = 1;
    S_attach(c, t, v, "obl");
    return 1;
}

/* "Russian police arrested students" read as "(police arrested) students": a
 * participle before a noun has no subject, so one with a subject is the verb, and the
 * noun its object. */
static int S_repair_amod(S_ctx *c, int v)
{
    int n = c->head[v];
    if (n < 1 || !S_prenominal(c, v) || !(S_tag_is(c, v, "VBN") || S_tag_is(c, v, "VBD")) ||
        !S_has_subject(c, v) || c->taken[n])
        return 0;
    c->taken[v] = c->taken[n] = 1;
    S_attach(c, v, c->head[n], c->rel[n - 1]);
    S_attach(c, n, v, "obj");
    return 1;
}

/* "were pursuing retreating Russian troops" read as "(retreating Russian troops)" the
 * verb's clause, "retreating" a verb with the troops its object: an -ing form of a verb
 * that takes no object ("retreating", "fleeing", "warring", "outgoing" ...) right
 * before its object, with no subject, auxiliary or other word before it and no
 * determiner after it, describes the noun, which is the object of the verb before; what
 * followed the noun goes with that verb ("near Kharkiv"). */
static int S_repair_participle(S_ctx *c, int w)
{
    static const char *const intrans[] = {"retreating", "fleeing", "warring", "departing",
                                          "outgoing", "incoming", "remaining", "rioting",
                                          "existing", "emerging", NULL};
    int h = c->head[w], n = -1;
    if (h < 1 || h > w || !S_tag_is(c, w, "VBG") || !S_tag_is(c, h, "VB") || c->taken[h] ||
        !S_word_in(c, w, intrans))
        return 0;
    for (int k = c->kid_off[w]; k < c->kid_off[w + 1]; k++) {
        int d = c->kids[k];
        if (d < w || (n < 0 && !S_rel_exact(c, d, "obj")))
            return 0;
        if (n < 0)
            n = d;
    }
    /* an adjective comes after a determiner: "will start retiring the issue" acts */
    if (n < 0 || S_left_edge(c, n) != w + 1 || !S_tag_is(c, n, "NN") ||
        S_tag_is(c, w + 1, "DT") || S_tag_is(c, w + 1, "PRP") || S_tag_is(c, w + 1, "PDT"))
        return 0;
    for (int k = c->kid_off[w]; k < c->kid_off[w + 1]; k++)
        if (c->kids[k] != n)
            S_attach(c, c->kids[k], h, c->rel[c->kids[k] - 1]);
    S_attach(c, n, h, "obj");
    S_attach(c, w, n, "amod");
    c->taken[w] = c->taken[n] = c->taken[h] = 1;
    return 1;
}

/* "received the visiting Iranian foreign minister", "The visiting Chinese premier met
 * ...": after a determiner, "visiting" describes the guest, but the parser can read it
 * as a verb with the guest its object and hang the determiner elsewhere, so the coder
 * saw a visit by no one, or one the wrong way round. The noun, with its modifiers
 * between, is the object of a verb right before the determiner, or the subject of the
 * verb the parser made "visiting" the subject of; what followed the noun goes with that
 * verb ("in Beijing"). */
static int S_repair_visiting(S_ctx *c, int w)
{
    static const char *const dets[] = {"the", "a", "an", NULL};
    int h = c->head[w], n = -1, v;
    if (w < 2 || !S_word_is(c, w, "visiting") || !S_tag_is(c, w, "VBG") ||
        !S_word_in(c, w - 1, dets) || c->head[w - 1] == w || c->taken[w])
        return 0;
    for (int k = c->kid_off[w]; k < c->kid_off[w + 1]; k++)
        if (S_rel_exact(c, c->kids[k], "obj"))
            n = c->kids[k];
    if (n < 0 || !S_tag_is(c, n, "NN") || S_left_edge(c, n) != w + 1)
        return 0;
    if (w > 2 && S_tag_is(c, w - 2, "VB") && !S_rel(c, w - 2, "aux") && !c->taken[w - 2])
        v = w - 2;
    else if (w == 2 && S_rel(c, w, "csubj") && h > n && S_tag_is(c, h, "VB") && !c->taken[h])
        v = h;
    else
        return 0;
    for (int k = c->kid_off[w]; k < c->kid_off[w + 1]; k++)
        if (c->kids[k] > n)
            S_attach(c, c->kids[k], v, c->rel[c->kids[k] - 1]);
    S_attach(c, n, v, v < w ? "obj" : "nsubj");
    S_attach(c, w - 1, n, "det");
    S_attach(c, w, n, "amod");
    c->taken[w - 1] = c->taken[w] = c->taken[n] = c->taken[v] = 1;
    return 1;
}

/* A gerund that opens the sentence and that the parser hung on the verb after it as
 * an auxiliary, which no gerund is, is that verb's subject: "Fighting broke out in
 * Khartoum on Saturday between the army and the Rapid Support Forces" read "Fighting"
 * as the auxiliary of "broke", and the clause had no subject for the fighting's
 * parties to be found by. */
static int S_repair_gerund_subject(S_ctx *c, int g)
{
    int h = c->head[g];
    if (g != 1 || h <= g || !S_tag_is(c, g, "VBG") || !S_rel(c, g, "aux") ||
        !S_tag_is(c, h, "VB") || S_tag_is(c, h, "VBG") || S_tag_is(c, h, "VBN") ||
        c->taken[g] || c->taken[h])
        return 0;
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1]; k++)
        if (S_subject(c, c->kids[k]))
            return 0;
    c->rel[g - 1] = "nsubj";
    c->taken[g] = c->taken[h] = 1;
    return 1;
}

/* "Trump at first imposed 25% tariffs on ...", "Standard Trustco previously reported
 * assets of ...": a sentence whose root is a noun and which has no finite verb but a
 * past form before a noun of the root's phrase, the parser having read "(adverb)
 * imposed tariffs" as an adjective, has that form as its verb: the root noun is its
 * subject and the noun its object; a preposition before the adverb goes with it ("at
 * first"). So does a root noun with a subject before such a form ("India and
 * Mauritius elevated ties", read as the noun "ties" with "elevated" its modifier). */
static int S_repair_verbless(S_ctx *c, int v)
{
    int n = c->head[v], r = c->head[n > 0 ? n : 0];
    if (n < 1 || !S_prenominal(c, v) || !(S_tag_is(c, v, "VBN") || S_tag_is(c, v, "VBD")) ||
        c->taken[n] || c->taken[v])
        return 0;
    /* the root: the noun's head or the noun's head's head, before the verb; or the
     * noun is the root and has the subject ("India and Mauritius elevated ties") */
    if (c->head[n] == 0) {
        r = -1;
        for (int k = c->kid_off[n]; k < c->kid_off[n + 1]; k++) {
            if (S_rel(c, c->kids[k], "cop"))
                return 0;
            if (S_subject(c, c->kids[k]) && c->kids[k] < v)
                r = c->kids[k];
        }
        if (r < 1 || c->taken[r] || S_right_edge(c, r) + 1 != v || !S_nominal_tag(c, r))
            return 0;
    } else {
        if (r > 0 && c->head[r] != 0)
            r = c->head[r];
        if (r < 1 || c->head[r] != 0 || r > v || !S_nominal_tag(c, r))
            return 0;
    }
    for (int w = 1; w <= c->n; w++)
        if (w != v && (S_tag_is(c, w, "VBD") || S_tag_is(c, w, "VBZ") ||
                       S_tag_is(c, w, "VBP") || S_tag_is(c, w, "MD")))
            return 0;
    for (int k = c->kid_off[n]; k < c->kid_off[n + 1]; k++) {
        int d = c->kids[k];
        if (d < v && S_rel(c, d, "case")) {
            int adv = -1;
            for (int j = c->kid_off[v]; j < c->kid_off[v + 1]; j++)
                if (c->kids[j] == d + 1 && S_rel(c, d + 1, "advmod"))
                    adv = d + 1;
            if (adv < 0)
                return 0;
            c->head[d] = adv;
            c->rel[adv - 1] = "obl";
        }
    }
    /* the sentence's closing mark is the verb's */
    for (int k = c->kid_off[n]; k < c->kid_off[n + 1]; k++)
        if (c->kids[k] == c->n && S_rel(c, c->n, "punct"))
            c->head[c->n] = v;
    S_attach(c, v, 0, "root");
    S_attach(c, r, v, "nsubj");
    S_attach(c, n, v, "obj");
    c->taken[v] = c->taken[n] = c->taken[r] = 1;
    return 1;
}

/* "Russian and DPRK leaders", "Russian and North Korean leaders": the second of two
 * coordinated modifiers read as a modifier of the noun with a conjunction of its own
 * (or with one the parser hung on the noun).
 * A prenominal modifier whose first word is a conjunction after another modifier of
 * the same noun is that modifier's conjunct, as in "Russian and Chinese leaders", when
 * both are capitalised: names and nationalities, where it costs the coder an actor; or
 * when both are in lower case and the first was hung on the verb (below), where it cost
 * the verb its object ("cut diplomatic and trade ties": "ties" a second act). */
static int S_repair_modifier_conj(S_ctx *c, int x)
{
    int n = c->head[x], cc = S_left_edge(c, x);
    if (cc == x && cc > 2 && n > 0 && c->head[cc - 1] == n && S_tag_is(c, n, "NN") &&
        !S_tag_is(c, n, "NNP") &&
        ((S_capital(c, x) && S_capital(c, x - 2)) ||
         (!S_capital(c, x) && !S_capital(c, x - 2) && S_tag_is(c, x - 2, "JJ"))))
        cc--; /* "met Japanese and Australian foreign ministers", "diplomatic and trade
               * ties": the conjunction the parser hung on the noun, its conjunct of the
               * first modifier */
    if (n < 1 || x > n || c->taken[x] || !(S_rel(c, x, "compound") || S_rel(c, x, "amod")) ||
        cc < 2 || (c->head[cc] != x && c->head[cc] != n) || !S_rel(c, cc, "cc"))
        return 0;
    int y = cc - 1, v = c->head[n], moved = 0;
    while (y > 0 && c->head[y] != n && c->head[y] > y && c->head[y] < cc)
        y = c->head[y];
    int caps = S_capital(c, x) && S_capital(c, y),
        lower = y == cc - 1 && !S_capital(c, y) && !S_capital(c, x) && S_tag_is(c, x, "NN");
    /* "Last week, Russian and DPRK leaders signed": an adjective hung on the noun before
     * it, past a comma, modifies no such noun */
    if (y > 1 && c->head[y] < y && S_rel(c, y, "amod") && S_tag_is(c, y, "JJ") &&
        !strcmp(S_tag(c, y - 1), ",") && !c->taken[c->head[y]])
        S_attach(c, y, n, "amod");
    /* "met Japanese and South Korean foreign ministers", "cut diplomatic and trade ties
     * with Qatar": the first adjective hung on the noun's verb as its object or
     * complement (the noun maybe as the verb's conjunct); its determiner or possessor is
     * the noun's. In lower case only right before the conjunction, a noun after it. */
    else if ((caps || lower) && v > 0 && v < y && c->head[y] == v &&
             S_tag_is(c, y, "JJ") && (S_rel(c, y, "obj") || S_rel(c, y, "xcomp")) &&
             !c->taken[y] && !c->taken[n] && (S_rel(c, n, "obj") || S_rel(c, n, "conj")) &&
             S_tag_is(c, n, "NN") && !S_tag_is(c, n, "NNP")) {
        for (int k = c->kid_off[y]; k < c->kid_off[y + 1]; k++)
            if (c->kids[k] < y)
                c->head[c->kids[k]] = n;
        S_attach(c, n, v, "obj");
        S_attach(c, y, n, "amod");
        moved = 1;
    }
    /* (an adjective another repair already hung on the noun is still its first) */
    if (y < 1 || c->head[y] != n || (c->taken[y] && !S_rel(c, y, "amod")) ||
        !(S_rel(c, y, "amod") || S_rel(c, y, "compound")) ||
        !(caps || (lower && moved)))
        return 0; /* names and nationalities: "finance and economy ministers" are fine */
    if (c->head[cc] == n)
        S_attach(c, cc, x, "cc");
    S_attach(c, x, y, "conj");
    c->taken[x] = c->taken[y] = 1;
    return 1;
}

/* "U.S., Japanese and Canadian ministers met", "attacked U.S., British and French
 * ships", "a wedge between U.S. and European banks": a name in capitals coordinated with
 * capitalised adjectives right before a noun is the first of the noun's coordinated
 * modifiers, as in "Russian and Ukrainian delegations"; the parser made it a subject,
 * an object or a phrase of its own, with the noun beside it or above it. The noun takes
 * the name's place (its relation, and its preposition and determiner) unless it was
 * the name's head. Not a day or a clause's subject after ", and". */
static int S_repair_modifier_list(S_ctx *c, int a)
{
    int n = a + 1, cc = 0;
    if (!S_tag_is(c, a, "NNP") || c->taken[a] || c->lens[a - 1] == 0 ||
        c->words[a - 1][0] < 'A' || c->words[a - 1][0] > 'Z')
        return 0;
    for (size_t i = 0; i < c->lens[a - 1]; i++)
        if (c->words[a - 1][i] >= 'a' && c->words[a - 1][i] <= 'z')
            return 0; /* a state's name in capitals, not a person's ("Funaro and") */
    for (; n <= c->n && (S_tag(c, n)[0] == ',' || S_tag_is(c, n, "CC") ||
                         (S_tag_is(c, n, "JJ") && S_capital(c, n)));
         n++)
        cc += S_tag_is(c, n, "CC");
    if (!cc || n > c->n || n == a + 1 || !S_tag_is(c, n - 1, "JJ") || !S_tag_is(c, n, "NN") ||
        S_tag_is(c, n, "NNP") || S_rel(c, n, "compound") || c->taken[n] || S_time(c, a) ||
        (n < c->n && S_tag_is(c, n + 1, "NN")))
        return 0; /* the noun ends its phrase: "U.S. and Canadian money centre bank FRNs",
                     "<Telefonica SA> and British Telecommunications Plc" */
    /* ", and" after the name alone joins clauses ("near Tehran on Friday, and Iranian
     * officials accused"), as does a noun that is the subject of a verb of its own */
    if ((S_tag(c, a + 1)[0] == ',' && S_tag_is(c, a + 2, "CC")) ||
        (c->head[a] != n && S_subject(c, n) && c->head[n] != c->head[a]))
        return 0;
    for (int k = c->kid_off[a]; k < c->kid_off[a + 1]; k++) {
        int x = c->kids[k];
        if (x > a && !S_rel(c, x, "conj") && !S_rel(c, x, "cc") && !S_rel(c, x, "punct"))
            return 0;
    }
    if (c->head[a] != n) {
        for (int k = c->kid_off[a]; k < c->kid_off[a + 1]; k++)
            if (c->kids[k] < a)
                c->head[c->kids[k]] = n;
        if (c->head[n] != a)
            S_attach(c, n, c->head[a], c->rel[a - 1]);
    }
    for (int w = n - 1; w > a; w--)
        if (S_tag_is(c, w, "JJ"))
            S_attach(c, w, a, "conj");
        else
            S_attach(c, w, w + 1, S_tag_is(c, w, "CC") ? "cc" : "punct");
    S_attach(c, a, n, "amod");
    for (int w = a; w <= n; w++)
        c->taken[w] = 1;
    return 1;
}

/* The phrase of verb v (or of the sentence, where v heads none) that holds x. */
static int S_phrase_top(const S_ctx *c, int v, int x)
{
    for (int steps = 0; c->head[x] != v && c->head[x] != 0 && S_step(c, &steps);)
        x = c->head[x];
    return x;
}

/* Does x hang in a phrase that opens v's clause as a phrase, not as its subject: one
 * that a preposition, subordinator, adverb or participle opens ("In a filing, ...",
 * "Earlier this month, ...", "Accusing Ottawa of dumping, ...", "According to the
 * agency, ..."), one the parser made v's adverbial ("Yesterday, ..."), or a clause
 * with a subject of its own that v tells ("Exports rose, ...")? A sentence that opens
 * with a noun phrase the parser made none of these ("A group led by X, a Y, said") has
 * its subject there, whatever the parser made of it. */
static int S_opening(const S_ctx *c, int v, int x)
{
    int o = S_phrase_top(c, v, x), le = S_left_edge(c, o);
    return S_has_subject(c, o) || S_rel(c, o, "obl") || S_rel(c, o, "advcl") ||
           S_rel(c, o, "advmod") || S_tag_is(c, le, "IN") || S_tag_is(c, le, "RB") ||
           S_tag_is(c, le, "VBG") || S_tag_is(c, le, "VBN");
}

/* The title of name x that the parser split from it ("In a phone call with Modi,
 * Japanese Prime Minister Fumio Kishida praised India": "Minister" and "Kishida" two
 * appositions or conjuncts of "Modi", the title after the comma): the proper noun that
 * a comma opens, ends right before x's words (a name, no comma or conjunction of its
 * own) and hangs as x does on the same noun, 0 none. */
static int S_title_before(const S_ctx *c, int x)
{
    int h = c->head[x], le = S_left_edge(c, x), t = le - 1;
    return h > 0 && S_tag_is(c, x, "NNP") && S_tag_is(c, le, "NN") && t > 0 &&
                   c->head[t] == h && !c->taken[t] && !strcmp(c->rel[t - 1], c->rel[x - 1]) &&
                   S_tag_is(c, t, "NNP") && !strcmp(S_tag(c, S_left_edge(c, t)), ",") &&
                   (S_rel_exact(c, x, "appos") || S_rel_exact(c, x, "conj"))
               ? t
               : 0;
}

/* Is x, a noun on the right edge of an opening phrase, the subject that phrase took
 * (S_fronted_name)? Not the parser's subject of a verb of the phrase, a noun a
 * preposition opens (the phrase's own "of" or "with"), a date, a clause of its own
 * ("while the rest ...", "whose profits ..."), or a name whose comma
 * does not end the phrase before it: "to the Council, an advisory group," or
 * "in a hearing, Senator Smith" starts where the comma does and hangs on a word
 * before it. The parser's apposition or conjunct is taken so; a noun it hung
 * otherwise (an object, a vocative, an "of" phrase without its "of") only in a
 * phrase that opens the clause (S_opening). The last of a list that is the subject
 * ("Macron and Scholz"), hung on its first, gives that first. Returns the subject's
 * head, 0 not one. */
static int S_fronted_at(const S_ctx *c, int v, int x, int *bare)
{
    if (!S_tag_is(c, x, "NN") || S_subject(c, x) || c->taken[x] || S_word_in(c, x, S_dates) ||
        S_has_case(c, x) ||
        (!S_rel_exact(c, x, "appos") && !S_rel_exact(c, x, "conj") && !S_opening(c, v, x)))
        return 0;
    int h = c->head[x], cc = 0;
    for (int k = c->kid_off[x]; k < c->kid_off[x + 1]; k++) {
        if (S_rel(c, c->kids[k], "mark") || S_tag_is(c, c->kids[k], "W"))
            return 0;
        cc |= S_rel(c, c->kids[k], "cc");
    }
    if (cc && h > 0 && h < x && S_rel_exact(c, x, "conj") &&
        (S_rel_exact(c, h, "appos") || S_rel_exact(c, h, "conj")) && S_tag_is(c, h, "NNP"))
        x = h;
    if (c->taken[x] || S_has_case(c, x))
        return 0;
    /* the comma that opens x (or the title split from it), its own first word or the
     * one before it, stays behind */
    int t = S_title_before(c, x), le = S_left_edge(c, t ? t : x);
    h = c->head[x];
    int comma = !strcmp(S_tag(c, le), ",") ? le : le - 1;
    *bare = strcmp(S_tag(c, le), ",") && h == le - 1 && S_rel_exact(c, x, "appos") &&
            c->head[h] == v && S_has_case(c, h) && !c->taken[h] && S_tag_is(c, x, "NNP");
    if (!*bare && (comma < 1 || h >= comma || strcmp(S_tag(c, comma), ",")))
        return 0;
    /* in an opening phrase, a name right before the comma that hangs on the noun a
     * description x hangs on is the subject, x its apposition ("In rich countries, Gross
     * Product, a measure of output, was ..."); a name x is not ("Speaking in Austin,
     * Texas, Smith said"), nor the teller after a clause ("Oil rose in New York, Gulf,
     * brokers said") */
    if (h > 0 && comma - 1 > h && c->head[comma - 1] == h && S_tag_is(c, h, "NN") &&
        S_tag_is(c, comma - 1, "NNP") &&
        !S_tag_is(c, x, "NNP") && !S_has_subject(c, S_phrase_top(c, v, x)) &&
        !S_has_case(c, comma - 1) && !S_word_in(c, comma - 1, S_dates) &&
        !S_rel(c, comma - 1, "conj") && !S_rel(c, comma - 1, "flat"))
        return 0;
    for (int k = c->kid_off[x]; k < c->kid_off[x + 1]; k++)
        if (S_rel(c, c->kids[k], "cc"))
            return 0;
    return x;
}

/* Is verb v finite, itself or by its auxiliary or copula? A subject's verb is; the
 * phrases before it need one. Sets *a to v's first word (its auxiliary or copula). */
static int S_verb_onset(const S_ctx *c, int v, int *a)
{
    int finite = S_tag_is(c, v, "VBD") || S_tag_is(c, v, "VBZ") || S_tag_is(c, v, "VBP");
    *a = v;
    for (int k = c->kid_off[v]; k < c->kid_off[v + 1] && c->kids[k] < v; k++) {
        int d = c->kids[k];
        if (!S_rel(c, d, "aux") && !S_rel(c, d, "cop"))
            continue;
        *a = d < *a ? d : *a;
        finite |= S_tag_is(c, d, "MD") || S_tag_is(c, d, "VBD") || S_tag_is(c, d, "VBZ") ||
                  S_tag_is(c, d, "VBP");
    }
    return finite;
}

/* The subject an opening phrase took as a dependent of its last words
 * (S_repair_fronted_subject): the comma-led name or noun ("the U.S. delegation"; or,
 * without a comma, a name read as an apposition of the noun right before it in a
 * phrase of v's own: *bare) whose words end where finite verb v's words before it
 * (past commas, a time phrase with its preposition, and v's own adverb) begin; a list
 * of names that ends there is the subject as a whole ("During a meeting with Xi,
 * Macron and Scholz raised"). The parser hangs it as an apposition or conjunct of the
 * phrase's last noun, but also as its "of" phrase, the object of its participle
 * ("Accusing Ottawa of dumping, Washington said"), a vocative or a flat part of a name
 * ("According to the agency, Moi thanked ..."): the lowest of the nouns whose words end
 * there that S_fronted_at takes is the subject. Sets *a to v's first word (its
 * auxiliary or copula) and *p to the name's last. Returns the name's head, 0 none. */
static int S_fronted_name(const S_ctx *c, int v, int *a, int *p, int *bare)
{
    int finite = S_verb_onset(c, v, a), e = *a - 1;
    while (e > 0 && (!strcmp(S_tag(c, e), ",") || S_time(c, e) || S_word_in(c, e, S_time_mods) ||
                     S_word_in(c, e, S_days) || S_verb_adverb(c, e, v) ||
                     (S_rel(c, e, "case") && c->head[e] > e && c->head[e] < *a &&
                      S_time(c, c->head[e]))))
        e--;
    *p = e;
    *bare = 0;
    if (!finite || e < 1)
        return 0;
    for (int x = e, steps = 0; x > 0 && S_step(c, &steps);
         x = S_right_edge(c, c->head[x]) == e ? c->head[x] : 0) {
        int s = S_fronted_at(c, v, x, bare), h = s ? c->head[s] : 0, hb;
        /* a description in commas after a name is the name's apposition, the name the
         * subject ("Speaking in Ankara, Minister Kemal Arslan, a former army chief,
         * criticized ..."), a name the parser hung as it hangs a fronted subject, not
         * one a verb of the opening phrase takes ("..., who controls Acme Inc, a cinema
         * chain, ...") */
        if (s && S_rel_exact(c, s, "appos") && !S_tag_is(c, s, "NNP") && h > 0 &&
            S_tag_is(c, h, "NNP") &&
            (S_rel(c, h, "obl") || S_rel(c, h, "nmod") || S_rel(c, h, "vocative") ||
             S_rel_exact(c, h, "appos") || S_rel_exact(c, h, "conj")) &&
            S_fronted_at(c, v, h, &hb) == h) {
            *bare = hb;
            return h;
        }
        if (s)
            return s;
    }
    return 0;
}

/* Is verb v's clause one that a verb of saying after it tells, as the parser hangs it
 * ("..., the U.S. delegation urged Japan to act, a ministry spokesman said": a clause,
 * parataxis or adverbial clause of the later verb, with no subordinator of its own)?
 * Its subject is its own, not the teller's. */
static int S_told_clause(const S_ctx *c, int v)
{
    int h = c->head[v];
    if (h <= v || !S_word_in(c, h, S_report_verbs) ||
        !(S_rel_exact(c, v, "ccomp") || S_rel_exact(c, v, "parataxis") ||
          S_rel_exact(c, v, "advcl")))
        return 0;
    for (int k = c->kid_off[v]; k < c->kid_off[v + 1]; k++)
        if (S_rel(c, c->kids[k], "mark"))
            return 0;
    return 1;
}

/* "On Sunday, Egyptian President Abdel Fattah el-Sisi, a former army chief, met with
 * Rubio", "In a move that irritated Athens, Cairo last month signed a deal with Ankara":
 * the subject after an opening phrase read as an apposition or conjunct of that
 * phrase's last noun, or as another of its words' dependents (S_fronted_name: "Accusing
 * Ottawa of dumping, Washington on Monday said"), which leaves the main verb without a
 * subject. A finite root verb
 * (its auxiliary or copula finite: "Under the deal brokered by Egypt and Qatar, Hamas
 * is to release ..."), or one whose clause a verb of saying after it tells
 * (S_told_clause: "In talks with Miyazawa, the U.S. delegation urged Japan to ..., a
 * spokesman said"), with no subject whose words before it (past commas, a time phrase
 * and its own adverb) end a comma-led apposition or conjunct has that phrase as its
 * subject; the time phrase goes to the verb. The phrase may be a common noun's: "Japan has opened
 * its market, a U.S. official said", whose teller the parser hung on "market". So has
 * a name read, without a comma, as an apposition of the noun right before it, when
 * that noun opens the sentence in a phrase of the verb's own ("With this decision
 * Mr. Sanchez has made a grave error", "In his speech President Obama said"): no
 * apposition of a noun in such a phrase is left without a comma while the verb after
 * it has no subject. Nor is a subject that a preposition opens one: "After talks with
 * Xi, Macron said" is said by Macron, after the talks. */
static int S_repair_fronted_subject(S_ctx *c, int v)
{
    if (!S_tag_is(c, v, "VB") || c->taken[v] || (c->head[v] != 0 && !S_told_clause(c, v)))
        return 0;
    /* a subject that a preposition opens is the opening phrase itself ("After talks
     * with Xi, Macron said", "Following talks with Erdogan in Ankara, Blinken said"):
     * the name at its end is the subject, the phrase the verb's */
    int ps = 0, ns = 0;
    for (int k = c->kid_off[v]; k < c->kid_off[v + 1]; k++)
        if (S_subject(c, c->kids[k])) {
            int d = c->kids[k], le = S_left_edge(c, d);
            ns++;
            ps = d < v && c->head[le] == d && S_rel(c, le, "case") && !c->taken[d] ? d : 0;
        }
    int a, p, bare, x = ns > 1 || (ns && !ps) ? 0 : S_fronted_name(c, v, &a, &p, &bare);
    if (x < 1 || (ps && (x < ps || S_right_edge(c, ps) != p)))
        return 0;
    for (int w = p + 1; w < a; w++)
        if ((c->head[w] < p + 1 || c->head[w] >= a) && !S_verb_adverb(c, w, v)) {
            c->head[w] = v;
            if (strcmp(S_tag(c, w), ","))
                c->rel[w - 1] = "obl:tmod";
            c->taken[w] = 1;
        }
    int t = S_title_before(c, x), le = S_left_edge(c, t ? t : x);
    if (t) {
        S_attach(c, t, x, "nmod:desc");
        c->taken[t] = 1;
    }
    if (!bare && !strcmp(S_tag(c, le), ","))
        c->head[le] = c->head[x];
    if (ps) {
        c->rel[ps - 1] = "obl";
        c->taken[ps] = 1;
    }
    return S_make_subject(c, x, v);
}

/* Nominal x, set off by comma and modifier m (rel) and the comma k before verb v, is
 * v's subject and m its modifier: the common end of the set-off repairs. An -ing
 * participle is v's adverbial clause, as the parser hangs it where it reads such a
 * sentence right ("Turkey, condemning the raid, recalled its envoy"), not x's: the
 * coder reads the clause's subject as the participle's doer ("Pakistan, accusing India
 * of ..., expelled ...": the accusation is Pakistan's act too), and a phrase on a noun
 * as words of that noun. Returns 1. */
static int S_hang_set_off(S_ctx *c, int x, int comma, int m, const char *rel, int k, int v)
{
    int clause = S_tag_is(c, m, "VBG") && !strcmp(rel, "acl");
    S_attach(c, comma, x, "punct");
    S_attach(c, m, clause ? v : x, clause ? "advcl" : rel);
    S_attach(c, k, clause ? m : v, "punct");
    c->taken[m] = 1;
    return S_make_subject(c, x, v);
}

/* "Germany, backed by France, urged Russia to ...", "Qatar, together with Egypt, urged
 * both sides to ...", "The envoy, who arrived in Cairo on Sunday, said", "The
 * spokesman, a ministry official, said": a subject set off from its verb by a
 * modifier between commas that the parser read as the modifier's own subject (or its
 * vocative, an adverbial without a preposition, or a participle's compound: "Zelensky,
 * speaking via video link, thanked ..."), the modifier hung on the verb,
 * which so has no subject, and the coder no doer (nor the "together with" partner).
 * Where finite verb v (or its auxiliary), past its own adverbs, follows a comma that
 * closes a phrase of v's, and that phrase opens with a nominal, hung on the phrase's
 * head, and its comma, the nominal is v's subject and the phrase its modifier: a
 * relative clause after "who", "which" or "whose" ("whose offering began"); a
 * participle (a past form without an object too: "The agency, monitored in Nicosia,
 * said"); "together" or "along" with its partner; an apposition; an adjective. Not a
 * phrase with a subject of its own ("That, he said, would anger Moscow"), a subordinator
 * ("The rules, if adopted, would ..."), a copula or a conjunction (the last of a
 * list), nor a name set against the subject ("Rome, not Paris, will host the talks"). */
static int S_repair_set_off(S_ctx *c, int v)
{
    static const char *const partner[] = {"together", "along", NULL};
    int a, k;
    if (!S_tag_is(c, v, "VB") || c->taken[v] || !S_verb_onset(c, v, &a))
        return 0;
    for (k = a - 1; k > 0 && S_verb_adverb(c, k, v); k--)
        ;
    if (k < 4 || strcmp(S_tag(c, k), ","))
        return 0;
    int m = k - 1, steps = 0;
    while (c->head[m] > 0 && c->head[m] != v && c->head[m] < k &&
           S_right_edge(c, c->head[m]) <= k && S_step(c, &steps))
        m = c->head[m];
    int x = c->kid_off[m] < c->kid_off[m + 1] ? c->kids[c->kid_off[m]] : m;
    if (c->head[m] != v || x >= m || c->taken[m] || c->taken[x] || !S_nominal_tag(c, x) ||
        S_tag_is(c, x, "W") || S_has_case(c, x) || S_word_in(c, x, S_dates) ||
        !(S_subject(c, x) || S_rel(c, x, "vocative") || S_rel(c, x, "obl") ||
          S_rel_exact(c, x, "dep") || (S_rel_exact(c, x, "compound") && S_tag_is(c, m, "VB"))))
        return 0;
    int comma = S_right_edge(c, x);
    comma += strcmp(S_tag(c, comma), ",") != 0;
    if (comma + 1 >= k || strcmp(S_tag(c, comma), ",") ||
        (c->head[comma] != x && c->head[comma] != m))
        return 0;
    /* v's only subject is the phrase itself, an apposition read as a predicate, or a
     * nominal after v that the parser gave it for want of one before: v's object,
     * where v has none ("Blinken, speaking at a conference in Tokyo, urged China to
     * ...", "Pakistan, accusing India of ..., expelled two diplomats"); not after a
     * verb of saying that reports a clause, whose subject may follow it ("..., said
     * Bill Smith") and whose nominal there is mostly that clause's subject */
    int late = 0, obj = 0;
    for (int j = c->kid_off[v]; j < c->kid_off[v + 1]; j++) {
        int d = c->kids[j];
        obj |= S_rel_exact(c, d, "obj");
        if (S_subject(c, d) && d != m) {
            if (d < v || late || !S_rel_exact(c, d, "nsubj") || !S_nominal_tag(c, d) ||
                c->taken[d] || S_reports_clause(c, v))
                return 0;
            late = d;
        }
    }
    if (late && obj)
        return 0;
    /* a past form with an object or auxiliary of its own is no participle */
    int wh = S_tag_is(c, comma + 1, "W"), own = 0, neg = 0;
    for (int j = c->kid_off[m]; j < c->kid_off[m + 1]; j++) {
        int d = c->kids[j];
        if ((S_subject(c, d) && d != x && !S_tag_is(c, d, "W") &&
             !S_tag_is(c, S_left_edge(c, d), "W")) ||
            S_rel(c, d, "mark") || S_rel(c, d, "cc") || S_rel(c, d, "conj") ||
            (S_rel(c, d, "cop") && !wh))
            return 0;
        own |= S_rel_exact(c, d, "obj") || S_rel(c, d, "aux");
        neg |= S_negation(c, d);
    }
    const char *rel = NULL;
    if (wh)
        rel = S_tag_is(c, m, "VB") ? "acl:relcl" : NULL;
    else if (S_tag_is(c, m, "VBN") || S_tag_is(c, m, "VBG") || (S_tag_is(c, m, "VBD") && !own))
        rel = "acl";
    else if (S_tag_is(c, m, "NN") && !neg)
        rel = S_has_case(c, m) ? "nmod" : "appos";
    else if (S_tag_is(c, m, "JJ"))
        rel = "amod";
    else if (S_word_in(c, m, partner))
        rel = "advmod";
    if (!rel)
        return 0;
    if (late) {
        c->rel[late - 1] = "obj";
        c->taken[late] = 1;
    }
    return S_hang_set_off(c, x, comma, m, rel, k, v);
}

/* "Hungary, citing security concerns, rejected the plan" read with "citing" a
 * preposition of "concerns" and Hungary that noun's subject; "Egypt, seeking to revive
 * the talks, invited negotiators to Cairo" and "Subroto, attending a conference,
 * blamed ..." read with the participle the sentence's verb and the real one a reduced
 * relative on the participle's last noun ("The United States, citing abuses, imposed
 * sanctions", an adjective of its object): either way the verb after the second comma
 * has no subject, and the coder no doer or, worse, the participle's act for the main
 * one. Where verb v follows a comma (past its own adverbs) and, before it, a
 * clause-opening nominal, a comma and an -ing form (not a preposition-like
 * "including", "according"): the -ing form a preposition or adjective of a noun it
 * takes (which becomes its object), that noun v's adverbial whose subject the nominal
 * is, v subjectless, or the sentence's root with v its conjunct (v takes its place),
 * or a conjunct or apposition of the nominal, v's subject ("Algeria, accusing France
 * of meddling, recalled ..."); or, v subjectless, the participle the nominal's verb
 * and v a modifier with an object (or of it) inside the participle's phrase (v takes
 * the participle's place); the nominal is v's subject and the participle its
 * modifier. A reduced relative without an object ("hosting the talks, held in Rome")
 * stays, and so does a noun with a word of its own before the -ing form ("procedures,
 * especially involving lasers, have grown"). */
static int S_repair_set_off_participle(S_ctx *c, int v)
{
    static const char *const preps[] = {"including", "according", "following", "excluding",
                                        "regarding", "concerning", "considering", "pending",
                                        "barring", "beginning", "starting", "ending",
                                        "compared", NULL};
    int a, k, g = 0, x = 0, comma = 0;
    if (!S_tag_is(c, v, "VB") || c->taken[v])
        return 0;
    int finite = S_verb_onset(c, v, &a);
    for (k = a - 1; k > 0 && S_verb_adverb(c, k, v); k--)
        ;
    if (k < 5 || strcmp(S_tag(c, k), ","))
        return 0;
    for (int j = k - 2; j > 1 && !g; j--) {
        int p = j + 1;
        while (p < k && S_tag_is(c, p, "RB"))
            p++;
        if (strcmp(S_tag(c, j), ",") || !S_tag_is(c, p, "VBG") || S_word_in(c, p, preps))
            continue;
        x = j - 1;
        for (int steps = 0; c->head[x] > 0 && c->head[x] < j && S_step(c, &steps);)
            x = c->head[x];
        if (S_nominal_tag(c, x) && S_subject(c, x) && !S_tag_is(c, x, "W") &&
            (S_left_edge(c, x) == 1 || !strcmp(S_tag(c, S_left_edge(c, x) - 1), ",")) &&
            !c->taken[x] && !c->taken[p])
            g = p, comma = j;
    }
    if (!g)
        return 0;
    /* the -ing form read as a preposition or adjective of a noun it takes: of v's
     * adverbial whose subject the nominal is ("Kenya, citing security threats, closed
     * ...": "citing" an adjective of "threats"), or of the sentence's root with v its
     * conjunct ("Egypt, citing Israeli violations, suspended talks"), or of a conjunct
     * or apposition of the nominal, v's only subject ("Algeria, accusing France of
     * meddling, recalled ...": "France" a second Algeria) */
    int n = c->head[g], subj = S_has_subject(c, v);
    int mark = S_rel(c, g, "case") || S_rel_exact(c, g, "amod");
    for (int j = c->kid_off[n]; mark && j < c->kid_off[n + 1]; j++)
        mark = c->kids[j] >= g || c->kids[j] == x; /* none of the noun's words before it */
    int own = subj && c->head[x] == v && c->head[n] == x &&
              (S_rel_exact(c, n, "conj") || S_rel_exact(c, n, "appos"));
    for (int j = c->kid_off[v]; own && j < c->kid_off[v + 1]; j++)
        own = !S_subject(c, c->kids[j]) || c->kids[j] == x;
    int root = !subj && c->head[n] == 0 && c->head[v] == n; /* v the noun's conjunct */
    if (mark && n < k && finite &&
        ((!subj && c->head[x] == n && (c->head[n] == v || root)) || own)) {
        for (int j = c->kid_off[n]; root && j < c->kid_off[n + 1]; j++)
            if (c->kids[j] > v)
                S_attach(c, c->kids[j], v, c->rel[c->kids[j] - 1]);
        if (root)
            S_attach(c, v, 0, "root");
        S_attach(c, n, g, "obj");
        return S_hang_set_off(c, x, comma, g, "acl", k, v);
    }
    if (subj)
        return 0;
    /* v within the participle's phrase, on a noun of it, with an object of its own; or
     * v read as an adjective of its object ("imposed sanctions"), a noun of the phrase */
    int h = c->head[v], lead = h > v && S_rel(c, v, "amod") && S_left_edge(c, h) >= k;
    int obj = lead && S_nominal_tag(c, h);
    for (int j = c->kid_off[v]; j < c->kid_off[v + 1]; j++)
        obj |= S_rel_exact(c, c->kids[j], "obj");
    if (lead)
        h = c->head[h];
    else if (h < 1 || !S_nominal_tag(c, h))
        return 0;
    for (int steps = 0; h > g && h < v && S_step(c, &steps);)
        h = c->head[h];
    if (c->head[x] != g || h != g || !obj || !(S_tag_is(c, v, "VBD") || S_tag_is(c, v, "VBN")) ||
        a != v)
        return 0;
    int o = c->head[v];
    for (int j = c->kid_off[g]; j < c->kid_off[g + 1]; j++)
        if (c->kids[j] > v)
            S_attach(c, c->kids[j], v, c->rel[c->kids[j] - 1]);
    if (lead)
        S_attach(c, o, v, "obj");
    S_attach(c, v, c->head[g], c->rel[g - 1]);
    return S_hang_set_off(c, x, comma, g, "acl", k, v);
}

/* The clause before finite verb v's comma k that the parser read as the sentence's own,
 * "X, whose N V ..." (or "who V", "which V"): a verb or predicate r on which v hangs
 * after it (a conjunct, or an adverbial clause with no subordinator), or that hangs on
 * v before it (a clause v tells: "Walsh, whose job is to ..., said"), and whose
 * subject opens with "whose", "who" or "which" right after a comma that a nominal hung
 * on r ends (or, r told by the verb before it, a nominal hung on that verb). Sets *x
 * to that nominal and *w to the wh-word. Returns r, 0 none. */
static int S_relative_clause_at(const S_ctx *c, int v, int k, int *x, int *w)
{
    static const char *const wh[] = {"whose", "who", "which", NULL};
    int r = c->head[v], s = 0, m = 0;
    if (r < 1 || r > v || !(S_rel_exact(c, v, "conj") || S_rel_exact(c, v, "advcl"))) {
        r = 0;
        for (int j = c->kid_off[v]; j < c->kid_off[v + 1]; j++)
            if (c->kids[j] < k && S_right_edge(c, c->kids[j]) >= k - 1 &&
                !S_rel(c, c->kids[j], "punct"))
                r = c->kids[j];
    }
    if (r < 1 || c->taken[r])
        return 0;
    for (int j = c->kid_off[r]; j < c->kid_off[r + 1]; j++) {
        int d = c->kids[j];
        if ((S_rel(c, d, "conj") && d > v) || (S_rel(c, d, "cc") && d > k))
            return 0;
        if (S_subject(c, d) && d < r && S_word_in(c, S_left_edge(c, d), wh) &&
            S_tag_is(c, S_left_edge(c, d), "W"))
            s = d;
        if (!m && S_rel(c, d, "mark"))
            m = d;
    }
    *w = s ? S_left_edge(c, s) : 0;
    *x = *w - 2;
    /* a clause v tells opens with no subordinator: "If X, whose ..., is ..., Y said" */
    if (*x < 1 || strcmp(S_tag(c, *w - 1), ",") || c->taken[s] ||
        (m && m < *w && c->head[v] != r))
        return 0;
    int h = c->head[r], steps = 0;
    while (c->head[*x] > 0 && c->head[*x] < *w - 1 && c->head[*x] != h && S_step(c, &steps))
        *x = c->head[*x];
    if (c->head[*x] == r)
        return r;
    /* or, in a told clause, on the verb of saying ("said Kuwait, whose tankers ...") */
    return c->head[v] == r && h > 0 && h < *x && c->head[*x] == h && S_rel_exact(c, r, "ccomp")
               ? r
               : 0;
}

/* "Hungary, whose prime minister has kept close ties with Moscow, blocked the aid
 * package", "Erdogan, who has ruled Turkey since 2003, criticized Sweden": a relative
 * clause set off by commas read as the sentence's clause (S_relative_clause_at), its
 * "whose" noun (or "who", "which") the subject and the name before it a vocative or
 * second subject, with the sentence's verb a conjunct or clause of the relative verb,
 * or the relative clause one of the sentence's verb: the coder gave the main verb's
 * act to "whose prime minister", which names no one, or to no one. Where finite verb
 * v (or a bare past form the tagger took for a participle, conjunct of the relative
 * verb: "Nakasone, whose party lost seats, promised"), with no subject or conjunction
 * of its own, follows a comma past its adverbs, that nominal is v's subject and the
 * clause its relative clause; v takes the place of a relative verb it hung on, with
 * that verb's dependents outside the clause. */
static int S_repair_relative_root(S_ctx *c, int v)
{
    int a, k, x, w;
    if (!S_tag_is(c, v, "VB") || c->taken[v] || S_has_subject(c, v) ||
        (!S_verb_onset(c, v, &a) &&
         !(S_tag_is(c, v, "VBN") && a == v && S_rel_exact(c, v, "conj"))))
        return 0;
    for (k = a - 1; k > 0 && S_verb_adverb(c, k, v); k--)
        ;
    if (k < 5 || strcmp(S_tag(c, k), ","))
        return 0;
    for (int j = c->kid_off[v]; j < c->kid_off[v + 1]; j++)
        if ((S_rel(c, c->kids[j], "cc") || S_rel(c, c->kids[j], "mark")) && c->kids[j] < v)
            return 0;
    int r = S_relative_clause_at(c, v, k, &x, &w);
    if (!r || !S_nominal_tag(c, x) || S_tag_is(c, x, "W") || S_has_case(c, x) || c->taken[x])
        return 0;
    for (int j = c->kid_off[r]; j < c->kid_off[r + 1]; j++)
        if (c->kids[j] != x && c->kids[j] != v && (c->kids[j] < x || c->kids[j] > k))
            c->head[c->kids[j]] = v;
    if (c->head[v] == r)
        S_attach(c, v, c->head[r], c->rel[r - 1]);
    return S_hang_set_off(c, x, w - 1, r, "acl:relcl", k, v);
}

/* "flew from Riyadh to Jeddah", "moved its embassy from Tel Aviv to Jerusalem": where a
 * verb's "from" phrase goes "to" or "into", read as a phrase of the "from" noun, is the
 * verb's; the coder reads (NP (NP a) (PP p b)) as one entity and would see neither the
 * verb's preposition ("+FLY_TO") nor whom it names. */
static int S_repair_from_to(S_ctx *c, int p)
{
    static const char *const to[] = {"to", "into", NULL};
    int n = c->head[p];
    if (n < 1 || p < n || !S_rel(c, p, "nmod") || !S_rel(c, n, "obl") || c->taken[p])
        return 0;
    int cs = S_left_edge(c, p), cn = S_left_edge(c, n), v = c->head[n];
    if (c->head[cs] != p || !S_word_in(c, cs, to) || c->head[cn] != n ||
        !S_word_is(c, cn, "from") || v < 1 || !S_tag_is(c, v, "VB"))
        return 0;
    c->taken[p] = 1;
    S_attach(c, p, v, "obl");
    return 1;
}

/* "Israel 's strikes on Gaza drew condemnation", "The American raid on Tripoli drew
 * protests": the parser can hang the preposition after a subject on the verb as a mark
 * and make its object a second subject, leaving the coder a subject "Gaza" and a flat
 * "(IN on)" between the two. A verb's subject, a preposition (no subordinator) with no
 * words of its own right after it and a second subject right after that are one noun
 * phrase: the object and its preposition are the first subject's. */
static int S_repair_subject_pp(S_ctx *c, int p)
{
    int v = c->head[p];
    if (v < 1 || p > v || c->taken[p] || !S_tag_is(c, p, "IN") ||
        !(S_rel(c, p, "mark") || S_rel(c, p, "case")) || c->kid_off[p] != c->kid_off[p + 1] ||
        S_word_in(c, p, S_subordinators) || S_word_is(c, p, "that"))
        return 0;
    int a = 0, b = 0;
    for (int k = c->kid_off[v]; k < c->kid_off[v + 1]; k++) {
        int d = c->kids[k];
        if (!S_subject(c, d) || c->taken[d] || !S_nominal_tag(c, d))
            continue;
        if (d < p && S_right_edge(c, d) + 1 == p)
            a = d;
        else if (d > p && S_left_edge(c, d) == p + 1 && d < v)
            b = d;
    }
    if (!a || !b || S_time(c, b) || S_tag_is(c, b, "DT") || S_tag_is(c, b, "W"))
        return 0; /* "in (DT a) (NP U.S. Airline)": a determiner left alone is no object */
    S_attach(c, p, b, "case");
    S_attach(c, b, a, "nmod");
    c->taken[p] = c->taken[a] = c->taken[b] = 1;
    return 1;
}

/* "the closure of guest houses in Michel Delving": of two PPs side by side after a
 * noun, the second goes to the nearer noun (but a PP after a coordination inside a PP
 * goes to the verb). The coder reads (NP (NP a) (PP p b)) as one
 * entity "a p b" and would not see a second PP beside the first at all. */
static int S_repair_pp(S_ctx *c, int p)
{
    int n = c->head[p];
    if (n < 1 || p < n || !S_rel(c, p, "nmod") || !S_nominal_tag(c, n) || c->taken[p])
        return 0;
    int cs = S_left_edge(c, p);
    if (cs == p || c->head[cs] != p || !S_rel(c, cs, "case"))
        return 0;
    /* after "of Japan and South Korea", "at Camp David" is the verb's */
    int conj = 0, incase = 0;
    for (int k = c->kid_off[n]; k < c->kid_off[n + 1]; k++) {
        conj |= c->kids[k] < p && S_rel(c, c->kids[k], "conj");
        incase |= c->kids[k] < n && S_rel(c, c->kids[k], "case");
    }
    int v = conj && incase ? S_clause_verb(c, c->head[n]) : -1;
    if (v > 0 && v < n) {
        c->taken[p] = 1;
        S_attach(c, p, v, "obl");
        return 1;
    }
    for (int k = c->kid_off[n]; k < c->kid_off[n + 1]; k++) {
        int q = c->kids[k];
        if (q > n && q < p && S_right_edge(c, q) + 1 == cs && S_rel(c, q, "nmod") &&
            S_nominal_tag(c, q) && S_left_edge(c, q) < q && !c->taken[q]) {
            /* "a meeting in Beijing with Iran and Russia": whom one meets "with" is
             * no part of a named place; the verb's, where the coder sees it */
            int v2 = S_word_is(c, cs, "with") && S_tag_is(c, q, "NNP") &&
                             (S_word_is(c, S_left_edge(c, q), "in") ||
                              S_word_is(c, S_left_edge(c, q), "at"))
                         ? S_clause_verb(c, n)
                         : -1;
            c->taken[p] = 1;
            c->head[p] = v2 > 0 && v2 < n ? v2 : q;
            if (v2 > 0 && v2 < n)
                c->rel[p - 1] = "obl";
            return 1;
        }
    }
    return 0;
}

/* Verbs that take their object "as" something: "described the move as reckless". */
static const char *const S_as_verbs[] = {
    "describe", "described", "describes", "describing", "brand", "branded", "brands",
    "branding", "label", "labeled", "labelled", "labels", "labeling", "labelling", "decry",
    "decried", "decries", "decrying", "denounce", "denounced", "denounces", "denouncing",
    "condemn", "condemned", "condemns", "condemning", "criticize", "criticized",
    "criticizes", "criticizing", "criticise", "criticised", "criticises", "criticising",
    "dismiss", "dismissed", "dismisses", "dismissing", "reject", "rejected", "rejects",
    "rejecting", "slam", "slammed", "slams", "slamming", "characterize", "characterized",
    "characterizes", "characterizing", "characterise", "characterised", "characterises",
    "characterising", "hail", "hailed", "hails", "hailing", "praise", "praised", "praises",
    "praising", NULL};

/* "described Ukraine's incursion into the Kursk region as a provocation", read with
 * "as a provocation" inside the object (of "region", or of a clause of the object's
 * noun: "India's decision to revoke ... as illegal"): at the object's end, it is the
 * verb's, which takes its object as something; not when a verb of the object's own
 * takes it so ("denounced what it described as provocations"). */
static int S_repair_as(S_ctx *c, int p)
{
    int as = S_left_edge(c, p);
    if (as == p || c->head[as] != p || !S_rel(c, as, "case") || !S_word_is(c, as, "as") ||
        !(S_rel(c, p, "nmod") || S_rel(c, p, "obl")))
        return 0;
    int o = c->head[p];
    if (o > 0 && S_word_in(c, o, S_as_verbs))
        return 0; /* a verb of the object's own that takes it so: "what it described as" */
    for (int steps = 0; o > 0 && steps < 8 && !S_rel_exact(c, o, "obj"); steps++)
        o = c->head[o];
    int v = o > 0 ? c->head[o] : -1;
    if (v < 1 || !S_rel_exact(c, o, "obj") || v > o ||
        !S_word_in(c, v, S_as_verbs) || S_right_edge(c, o) != S_right_edge(c, p) ||
        c->taken[v] || c->taken[o])
        return 0;
    c->taken[p] = 1;
    S_attach(c, p, v, "obl");
    return 1;
}

/* Verbs that take their object with what it is called: "called the move unjust". */
static const char *const S_call_verbs[] = {
    "call", "called", "calls", "calling", "deem", "deemed", "deems", "deeming", "consider",
    "considered", "considers", "considering", "declare", "declared", "declares", "declaring",
    "brand", "branded", "brands", "branding", "label", "labeled", "labelled", "labels",
    "labeling", "labelling", "dub", "dubbed", "dubs", "dubbing", "term", "termed", NULL};

/* Verbs that take their own object with a complement: "to keep prices stable". */
static const char *const S_complement_verbs[] = {
    "make", "keep", "leave", "render", "find", "hold", "get", "turn", "set", "call",
    "consider", "deem", "declare", "paint", "push", "drive", "prove", NULL};

/* Verbs that take two objects side by side: "to give Ukraine a loan". */
static const char *const S_two_object_verbs[] = {
    "give", "send", "offer", "grant", "hand", "lend", "loan", "pay", "sell", "show", "tell",
    "owe", "promise", "award", "deny", "allow", "cost", "bring", "buy", "issue", "teach",
    "ask", "charge", "win", "earn", "save", "spare", "wish", "assign", "name", "elect",
    "appoint", "brand", "label", "dub", "term", NULL};

/* "called Italy's comments unacceptable", "called Israel's strike a violation of
 * international law", read with the adjective a modifier of the object's noun after
 * it, or the noun phrase, opened by "a", one of its own without a preposition (not a
 * name's last word, "the Reform (FAIR) Act"): an adjective or such a noun phrase that
 * ends the object of a verb that takes its object with what it is
 * called is what the verb calls it, the verb's own, as the parser draws "called the
 * sanctions illegal" and "called Putin a dear friend" (English adjectives come before
 * their noun; one with a phrase of its own, "equal to 15 cents", may follow it). So is
 * such a noun phrase read as a second object of a verb in a clause of the object's
 * noun, after that verb's object and a phrase of its own ("called Washington's decision
 * to send a warship near its islands a dangerous provocation"): no verb takes a second
 * object there. Right after that object it is the same unless the verb is one that
 * takes two objects or an object with a complement ("branded Tokyo's decision to close
 * the border a provocation"; "to give Ukraine a loan" has its two). So is an adjective
 * read as the complement of the verb of an infinitive that ends the object, of its
 * noun ("called the U.S. plan to deploy missiles in Germany provocative", also where
 * the parser hangs it on that verb as an adverb: "... to close the border unacceptable") or of the
 * verb right after its object ("called the EU decision to tax American whiskey deeply
 * disappointing"), unless that verb takes its own object with a complement ("to keep
 * prices stable"). */
static int S_repair_called(S_ctx *c, int a)
{
    int o = c->head[a], v = o > 0 ? c->head[o] : -1;
    int adj = S_tag_is(c, a, "JJ") && S_rel_exact(c, a, "amod");
    int first = S_left_edge(c, a);
    int noun = S_tag_is(c, a, "NN") && (S_rel_exact(c, a, "nmod:unmarked") ||
                                         S_rel_exact(c, a, "appos")) &&
               (S_word_is(c, first, "a") || S_word_is(c, first, "an"));
    if (o > 0 && o < a && S_tag_is(c, o, "VB") && S_tag_is(c, a, "NN") &&
        S_rel_exact(c, a, "obj") && (S_word_is(c, first, "a") || S_word_is(c, first, "an"))) {
        int second = 0;
        for (int k = c->kid_off[o]; k < c->kid_off[o + 1]; k++)
            second |= c->kids[k] < a && (S_rel_exact(c, c->kids[k], "obj") ||
                                         S_rel_exact(c, c->kids[k], "iobj")) &&
                      (S_right_edge(c, c->kids[k]) + 1 < first ||
                       !(S_word_in(c, o, S_two_object_verbs) ||
                         S_word_in(c, o, S_complement_verbs)));
        for (int steps = 0; second && o > 0 && steps < 8 && !S_rel_exact(c, o, "obj");
             steps++)
            o = c->head[o];
        noun = second && o > 0 && S_rel_exact(c, o, "obj");
        v = noun ? c->head[o] : -1;
    }
    int inf = 0;
    if (o > 0 && o < a && S_tag_is(c, a, "JJ") &&
        (S_rel_exact(c, a, "xcomp") || S_rel_exact(c, a, "advmod")) &&
        S_tag_is(c, o, "VB") && !S_word_in(c, o, S_complement_verbs) &&
        S_right_edge(c, o) == S_right_edge(c, a)) {
        int u = o, to = S_left_edge(c, u);
        v = c->head[u];
        o = -1;
        if (!S_word_is(c, to, "to") || c->head[to] != u || !S_rel(c, to, "mark") || v < 1)
            v = -1;
        else if (S_rel_exact(c, u, "acl")) {
            o = v;
            v = c->head[o];
        } else if (S_rel_exact(c, u, "advcl")) {
            for (int k = c->kid_off[v]; k < c->kid_off[v + 1]; k++)
                if (S_rel_exact(c, c->kids[k], "obj") && S_right_edge(c, c->kids[k]) + 1 == to)
                    o = c->kids[k];
        }
        inf = o > 0 && S_rel_exact(c, o, "obj");
        if (!inf)
            return 0;
    }
    if (v < 1 || o > a || !(adj || noun || inf) || !S_rel_exact(c, o, "obj") || v > o ||
        !S_word_in(c, v, S_call_verbs) ||
        (!inf && S_right_edge(c, o) != S_right_edge(c, a)) || c->taken[v] || c->taken[o])
        return 0;
    /* not an adjective with a phrase of its own ("declared total dividends equal to 15
     * cents"), nor a noun with a preposition of its own ("called elections for June") */
    for (int k = c->kid_off[a]; k < c->kid_off[a + 1]; k++)
        if (adj || inf ? !S_rel(c, c->kids[k], "advmod") && !S_rel(c, c->kids[k], "cc") &&
                      !S_rel(c, c->kids[k], "conj") && !S_rel(c, c->kids[k], "punct")
                : S_rel(c, c->kids[k], "case"))
            return 0;
    c->taken[a] = 1;
    S_attach(c, a, v, "xcomp");
    return 1;
}

/* "called Japan's curbs economic retaliation", "called the law an affront to all
 * nations": the parser makes what the verb calls its object a conjunct of the verb,
 * with no conjunction, and hangs the phrase after it on the verb. A noun or adjective
 * conjunct of a verb that takes its object with what it is called, right after that
 * object, with no "and", comma or subject of its own, is that complement (what
 * S_repair_called makes of the shapes it reads), and a phrase of "to", "of" or
 * "against" that follows it is its own ("an affront to ..."); "an affront", read as an
 * adjective after its article, is a noun. */
static int S_repair_called_conj(S_ctx *c, int d)
{
    static const char *const own[] = {"to", "of", "against", NULL};
    int v = c->head[d], o = 0, end = S_right_edge(c, d);
    if (v < 1 || v > d || !S_rel_exact(c, d, "conj") || c->taken[d] || c->taken[v] ||
        !(S_tag_is(c, d, "NN") || S_tag_is(c, d, "JJ")) || !S_tag_is(c, v, "VB") ||
        !S_word_in(c, v, S_call_verbs) || S_has_subject(c, d))
        return 0;
    for (int k = c->kid_off[v]; k < c->kid_off[v + 1]; k++)
        if (S_rel_exact(c, c->kids[k], "obj") &&
            S_right_edge(c, c->kids[k]) + 1 == S_left_edge(c, d))
            o = c->kids[k];
    for (int k = c->kid_off[d]; k < c->kid_off[d + 1]; k++)
        if (S_rel(c, c->kids[k], "cc") || S_rel(c, c->kids[k], "punct"))
            return 0;
    if (o < 1 || c->taken[o])
        return 0;
    for (int k = c->kid_off[v]; k < c->kid_off[v + 1]; k++) {
        int p = c->kids[k], m = S_left_edge(c, p);
        if (m == end + 1 && S_rel_exact(c, p, "obl") && c->head[m] == p &&
            S_rel(c, m, "case") && S_word_in(c, m, own) && !c->taken[p]) {
            c->taken[p] = 1;
            S_attach(c, p, d, "nmod");
        }
    }
    if (S_tag_is(c, d, "JJ") &&
        (S_word_is(c, S_left_edge(c, d), "a") || S_word_is(c, S_left_edge(c, d), "an")))
        c->xpos[d - 1] = "NN";
    c->taken[d] = 1;
    S_attach(c, d, v, "xcomp");
    return 1;
}

/* "The government, which believed the vessels were military ones, demanded that Beijing
 * remove them", "China, which Trump hit with a tariff, retaliated with duties": the
 * sentence's verb read as a conjunct of the relative clause of its subject, leaving the
 * sentence a noun phrase. The parser also hangs it as a second relative clause of the
 * nominal ("Japan, which has long sought a bigger role, had talks with Kenya") or as a
 * clause of the relative clause's last noun ("..., which sought a bigger role, flew to
 * Nairobi"). A verb after a comma, finite or a participle (the tagger's "retaliated"),
 * with no conjunction and no subject of its own, that is the only conjunct of a relative
 * clause whose subject or object is "which", "who" or "whom", on a root nominal, in a
 * sentence closed by a full stop, or that comes right after the comma closing such a
 * clause and hangs on the nominal or inside the clause, is the sentence's verb, and that
 * nominal its subject. */
static int S_repair_relative_conj(S_ctx *c, int v)
{
    static const char *const wh[] = {"which", "who", "whom", NULL};
    int r = c->head[v], n = r > 0 ? c->head[r] : -1, comma = 0, pron = 0, steps = 0;
    int conj = S_rel(c, v, "conj") && r > 0 && S_rel_exact(c, r, "acl:relcl");
    if (!conj && r > 0) {
        /* the clause that ends at v's comma: up from v's head to the root nominal's
         * relative clause, or, v itself one of the nominal's, the one before it */
        n = r;
        if (c->head[n] != 0)
            while (c->head[n] > 0 && c->head[c->head[n]] != 0 && S_step(c, &steps))
                n = c->head[n];
        r = n;
        if (c->head[r] != 0)
            n = c->head[r];
        else
            for (int k = c->kid_off[n], j; k < c->kid_off[n + 1] && (j = c->kids[k]) < v; k++)
                r = S_rel_exact(c, j, "acl:relcl") ? j : r;
        int l = S_left_edge(c, v), e = S_right_edge(c, r);
        if (r == n || r > v || !S_rel_exact(c, r, "acl:relcl") ||
            !(S_rel(c, v, "acl") || S_rel(c, v, "conj")) || strcmp(S_tag(c, l), ",") ||
            (e < v && e != l - 1))
            return 0;
    }
    if (n < 1 || c->head[n] != 0 ||
        !S_nominal_tag(c, n) || c->taken[v] || c->taken[n] || c->taken[r] ||
        !(S_tag_is(c, v, "VBD") || S_tag_is(c, v, "VBZ") || S_tag_is(c, v, "VBP") ||
          S_tag_is(c, v, "VBN")) ||
        S_has_subject(c, v) || strcmp(S_tag(c, c->n), "."))
        return 0;
    for (int k = c->kid_off[v]; k < c->kid_off[v + 1] && c->kids[k] < v; k++) {
        if (S_rel(c, c->kids[k], "cc"))
            return 0;
        comma |= !strcmp(S_tag(c, c->kids[k]), ",");
    }
    for (int k = c->kid_off[r]; k < c->kid_off[r + 1]; k++) {
        int d = c->kids[k];
        if (d != v && S_rel(c, d, "conj"))
            return 0;
        pron |= d < r && (S_subject(c, d) || S_rel(c, d, "obj")) && S_word_in(c, d, wh);
    }
    if (!comma || !pron)
        return 0;
    c->taken[r] = 1;
    return S_root_verb(c, n, v);
}

/* "Ahead of the summit, Turkish Foreign Minister Hakan Fidan held talks with ...": the
 * sentence's clause, with a subject of its own, read as a relative clause of the last
 * noun of an opening phrase that the parser made the sentence's root ("Ahead"). A
 * finite verb so hung, whose words open with a comma, with a subject that is no
 * relative pronoun and no subordinator, under a root that is no verb and no predicate
 * ("Japan is not happy with the bill, officials said" keeps its own), in a sentence
 * closed by a full stop, is the sentence's verb, and the opening phrase its adverbial. */
static int S_repair_opening_clause(S_ctx *c, int v)
{
    int r = v, steps = 0, a, subj = 0;
    if (!S_rel_exact(c, v, "acl:relcl") || c->taken[v] || !S_verb_onset(c, v, &a) ||
        strcmp(S_tag(c, S_left_edge(c, v)), ",") || strcmp(S_tag(c, c->n), "."))
        return 0;
    for (int k = c->kid_off[v]; k < c->kid_off[v + 1]; k++) {
        int d = c->kids[k];
        if (S_rel(c, d, "mark") || (d < v && S_tag_is(c, S_left_edge(c, d), "W")))
            return 0;
        subj |= d < v && S_subject(c, d);
    }
    while (c->head[r] > 0 && S_step(c, &steps))
        r = c->head[r];
    if (!subj || r >= v || S_tag_is(c, r, "VB") || c->taken[r] || S_has_subject(c, r))
        return 0;
    for (int k = c->kid_off[r]; k < c->kid_off[r + 1]; k++)
        if (S_rel(c, c->kids[k], "cop") || S_rel(c, c->kids[k], "aux"))
            return 0;
    for (int k = c->kid_off[r]; k < c->kid_off[r + 1]; k++)
        if (c->kids[k] > v)
            c->head[c->kids[k]] = v;
    c->taken[r] = 1;
    S_attach(c, v, 0, "root");
    S_attach(c, r, v, S_tag_is(c, r, "RB") ? "advmod" : "obl");
    return 1;
}

/* "The Baloch Liberation Army, or BLA, quickly claimed responsibility", "Al-Shabab, a
 * designated terrorist group, claimed responsibility": the sentence's verb, after the
 * comma that closes its subject's apposition, read as a conjunct or a participle of the
 * root nominal or of its apposition, leaving the sentence a noun phrase. A verb after a
 * comma, with an object and no subject or conjunction of its own, on a root nominal or
 * on an apposition or conjunct of one, in a sentence closed by a full stop, is the
 * sentence's verb, and the nominal its subject ("a ride in the park, followed by
 * coffee" has no object). */
static int S_repair_comma_verb(S_ctx *c, int v)
{
    int h = c->head[v], n = h, comma = 0, obj = 0;
    if (h > 0 && (S_rel(c, h, "conj") || S_rel(c, h, "appos")) && c->head[h] > 0 &&
        h > c->head[h])
        n = c->head[h];
    if (h < 1 || c->head[n] != 0 || !S_nominal_tag(c, n) || !S_nominal_tag(c, h) ||
        !(S_rel(c, v, "conj") || S_rel_exact(c, v, "acl")) || c->taken[v] || c->taken[n] ||
        c->taken[h] || !(S_tag_is(c, v, "VBD") || S_tag_is(c, v, "VBN")) ||
        S_has_subject(c, v) || strcmp(S_tag(c, c->n), "."))
        return 0;
    for (int k = c->kid_off[v]; k < c->kid_off[v + 1]; k++) {
        int d = c->kids[k];
        if (d < v && S_rel(c, d, "cc"))
            return 0;
        comma |= d < v && !strcmp(S_tag(c, d), ",");
        obj |= d > v && S_rel_exact(c, d, "obj");
    }
    if (!comma || !obj)
        return 0;
    c->taken[h] = 1;
    return S_root_verb(c, n, v);
}

/* "The European Union imposed tariffs on electric cars made in China on Tuesday,
 * prompting Beijing to warn of retaliation": a clause of result after a comma, read as
 * an adverbial clause of a participle on a noun ("made"), which states no result of its
 * own. An -ing verb after its comma, adverbial clause of a past participle that
 * modifies a nominal, hangs on the verb that nominal belongs to. */
static int S_repair_result(S_ctx *c, int v)
{
    int h = c->head[v], comma = 0;
    if (h < 1 || v < h || c->taken[v] || c->taken[h] || !S_tag_is(c, v, "VBG") ||
        !S_rel_exact(c, v, "advcl") || !S_tag_is(c, h, "VBN") || !S_rel_exact(c, h, "acl"))
        return 0;
    for (int k = c->kid_off[v]; k < c->kid_off[v + 1]; k++)
        comma |= c->kids[k] == v - 1 && !strcmp(S_tag(c, v - 1), ",");
    int u = comma ? S_clause_verb(c, c->head[h]) : -1;
    if (u < 1 || u > h)
        return 0;
    S_attach(c, v, u, "advcl");
    c->taken[v] = 1;
    return 1;
}

/* "The remarks matched those of the Dutch foreign minister, who saw Blinken on Monday",
 * "The emir will travel with his ministers, who are to meet their Spanish
 * colleagues": a clause whose subject is "who" right after a noun (a
 * person's name, people) and its comma, which the parser hung on the sentence's verb
 * (parataxis, a conjunct, a complement), is that noun's relative clause: its verb's
 * doer is the person, whom the coder finds through the noun phrase the clause is of,
 * where before it found only "who". The noun must end right before the comma (or before
 * "who"), and no conjunction may open the clause ("..., and who"); after conjuncts
 * ("legislators and opposition members, who asked ...") it is of them all. So is one
 * the parser already hung on the last conjunct when its verb is one of meeting with no
 * object, which takes two ("Yoon and Kishida, who met on the sidelines, condemned"). */
static int S_repair_who(S_ctx *c, int v)
{
    static const char *const who[] = {"who", NULL};
    static const char *const meet[] = {"met", "talked", "spoke", "conferred", NULL};
    int h = c->head[v], w = -1, rel = S_rel_exact(c, v, "acl:relcl");
    if (h < 1 || c->taken[v] || !S_tag_is(c, v, "VB") ||
        (rel ? !S_word_in(c, v, meet)
             : !(S_rel(c, v, "parataxis") || S_rel(c, v, "conj") || S_rel(c, v, "ccomp") ||
                 S_rel(c, v, "advcl") || S_rel(c, v, "dep") || S_rel(c, v, "appos"))))
        return 0;
    for (int k = c->kid_off[v]; k < c->kid_off[v + 1]; k++) {
        int d = c->kids[k];
        if (d > v) {
            if (rel && S_rel(c, d, "obj"))
                return 0; /* "who met Xi": one who met another */
            continue;
        }
        if (S_rel(c, d, "cc") || S_rel(c, d, "mark"))
            return 0;
        if (S_subject(c, d) && S_word_in(c, d, who) && S_tag_is(c, d, "WP"))
            w = d;
    }
    if (w < 2 || S_left_edge(c, v) < w - 1)
        return 0;
    int comma = !strcmp(S_tag(c, w - 1), ",") ? w - 1 : 0, p = comma ? w - 2 : w - 1;
    if (p < 1 || p >= v || !S_tag_is(c, p, "NN"))
        return 0;
    int x = p;
    while (c->head[x] > 0 && c->head[x] < x && (S_rel(c, x, "flat") || S_rel(c, x, "compound")))
        x = c->head[x];
    if (S_rel(c, x, "conj") && c->head[x] > 0 && c->head[x] < x && (!rel || h == x))
        x = c->head[x]; /* "A and B, who ...": of both, on the first as UD hangs it */
    else if (rel)
        return 0; /* the clause of one noun, as the parser read it */
    if (!S_tag_is(c, x, "NN") || (!rel && S_right_edge(c, x) != p))
        return 0;
    if (comma)
        S_attach(c, comma, v, "punct");
    S_attach(c, v, x, "acl:relcl"); /* whatever another repair did with the name itself */
    c->taken[v] = 1;
    return 1;
}

/* "Pakistan accused India of arming militants, a charge New Delhi quickly rejected": a
 * relative clause without "that" on a noun of a claim or an act set off by a comma,
 * which the parser reads as a compound ("charge New Delhi"), a subject ("a charge the
 * spokesman"), a conjunct or a clause of its own, leaving the verb without its doer or
 * the noun without its clause, so the coder finds no one rejecting. The noun after the
 * comma and its determiner is what the verb is done to, the noun phrase between it and
 * the verb (past adverbs) its subject, the verb a relative clause of the noun, and the
 * noun hangs on the verb of the clause before the comma, as when the parser reads it
 * right; the verb past or present ("a charge Kyiv denies"). Not a verb with an object
 * or a clause of its own ("a move officials said would ...", also where the parser hung
 * the clause elsewhere), nor one that reports the clause before the comma ("..., the
 * plan's backers said"), nor a clause the parser already hung on the noun (one it hung
 * on the noun before the comma is repaired: "accused Kyiv of shelling the plant, a
 * charge Ukraine denied"). */
static int S_repair_comma_relative(S_ctx *c, int v)
{
    static const char *const np_tags[] = {"NN", "NNS", "NNP", "NNPS", "JJ", "DT", "PRP$", "POS",
                                          NULL};
    static const char *const verb_tags[] = {"VBD", "VBN", "VBZ", "VBP", NULL};
    if (c->taken[v] || !dyad_among(S_tag(c, v), verb_tags) || S_rel(c, v, "aux") ||
        (v < c->n && (S_tag_is(c, v + 1, "MD") || S_tag_is(c, v + 1, "VB") ||
                      S_word_is(c, v + 1, "that"))))
        return 0;
    int e = v - 1;
    while (e > 1 && S_tag_is(c, e, "RB"))
        e--;
    int n = e - 1;
    while (n > 3 && !S_word_in(c, n, S_claim_nouns) && dyad_among(S_tag(c, n), np_tags))
        n--;
    if (n < 4 || n >= e || !S_word_in(c, n, S_claim_nouns) || !S_nominal_tag(c, e) ||
        !S_tag_is(c, n - 1, "DT") || strcmp(S_tag(c, n - 2), ",") ||
        (S_rel_exact(c, v, "acl:relcl") && c->head[v] == n))
        return 0;
    for (int k = c->kid_off[v]; k < c->kid_off[v + 1]; k++) {
        int d = c->kids[k];
        if ((d > v && (S_rel(c, d, "obj") || S_rel(c, d, "ccomp"))) || S_rel(c, d, "aux"))
            return 0;
    }
    int h = S_clause_head(c, n - 3);
    if (h < 1 || h > n || c->taken[n] || c->taken[e] || c->taken[h])
        return 0;
    for (int x = n + 1; x < e; x++)
        if (c->head[x] < n + 1 || c->head[x] > e)
            c->head[x] = e; /* a modifier of the doer */
    for (int x = e + 1; x < v; x++)
        S_attach(c, x, v, "advmod");
    if (c->head[v] == 0) {
        /* the verb was the root: the clause before the comma is, with its end */
        int top = h, steps = 0;
        while (c->head[top] > 0 && c->head[top] != v && S_step(c, &steps))
            top = c->head[top];
        if (c->head[top] != v || c->taken[top] || S_rel(c, top, "ccomp"))
            return 0; /* "..., the plan's backers said": the verb reports that clause */
        for (int k = c->kid_off[v]; k < c->kid_off[v + 1]; k++) {
            int d = c->kids[k];
            if (d != top && (d < n - 2 || (d > v && S_punct_tag(c, d))))
                c->head[d] = top;
        }
        S_attach(c, top, 0, "root");
    }
    S_attach(c, n - 2, n, "punct");
    S_attach(c, n - 1, n, "det");
    S_attach(c, n, h, "obl:unmarked");
    S_attach(c, e, v, "nsubj");
    S_attach(c, v, n, "acl:relcl");
    c->taken[v] = c->taken[n] = c->taken[e] = c->taken[h] = 1;
    return 1;
}

/* A finite verb joined by "and" to an infinitive ("has refused to free the envoy and is
 * backed in that by Gondor"): no infinitive takes a finite conjunct, so it is the second
 * act of the verb the infinitive completes, whose phrase would else run on over the
 * conjunct's parties. */
static int S_repair_finite_conj(S_ctx *c, int d)
{
    static const char *const finite[] = {"VBZ", "VBD", "VBP", "MD", NULL};
    int h = c->head[d], g = h >= 1 ? c->head[h] : -1, to = 0, fin = dyad_among(S_tag(c, d), finite);
    if (g < 1 || d < h || !S_rel(c, d, "conj") || !S_rel(c, h, "xcomp") ||
        !S_tag_is(c, g, "VB") || c->taken[d] || c->taken[h] || S_has_subject(c, d) ||
        S_right_edge(c, d) != S_right_edge(c, h))
        return 0;
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1] && c->kids[k] < h; k++)
        to |= S_rel(c, c->kids[k], "mark") && S_tag_is(c, c->kids[k], "TO");
    for (int k = c->kid_off[d]; k < c->kid_off[d + 1] && c->kids[k] < d; k++) {
        int a = c->kids[k];
        if (S_rel(c, a, "mark"))
            return 0;
        fin |= S_rel(c, a, "aux") && dyad_among(S_tag(c, a), finite);
    }
    if (!to || !fin)
        return 0;
    c->taken[d] = c->taken[h] = 1;
    S_attach(c, d, g, "conj");
    return 1;
}

/* "ordered the U.S. consulate in Chengdu closed", "found the bodies buried": a past
 * form in -ed right after the object of a verb with a subject (and the
 * phrases after the object), with no conjunction, comma, subject or object of its own,
 * is what the verb made of that object, not a second act of the verb's subject: the
 * parser, which joins such a word to the verb's own when there is no phrase between
 * ("ordered the consulate closed"), made it a conjunct. Not a past tense that is no
 * participle ("Jailed ... Navalny went on hunger strike", the first verb misread).
 * A participle spelt as its present, which the tagger took for a noun heading the
 * object ("ordered the U.S. embassy shut": embassy its compound), is so too: the noun
 * before it heads the object, with the words that went before. */
static int S_repair_object_predicate(S_ctx *c, int d)
{
    static const char *const same[] = {"shut", NULL};
    int h = c->head[d], obj = 0;
    size_t len = c->lens[d - 1];
    if (h >= 1 && d > 2 && d > h + 2 && !c->taken[d] && !c->taken[d - 1] &&
        S_rel_exact(c, d, "obj") && S_tag_is(c, d, "NN") && S_word_in(c, d, same) &&
        S_tag_is(c, h, "VB") && S_has_subject(c, h) && c->head[d - 1] == d &&
        S_rel_exact(c, d - 1, "compound") && S_tag_is(c, d - 1, "NN") &&
        c->kids[c->kid_off[d + 1] - 1] < d) {
        for (int k = c->kid_off[d]; k < c->kid_off[d + 1]; k++)
            if (c->kids[k] < d - 1)
                c->head[c->kids[k]] = d - 1;
        S_attach(c, d - 1, h, "obj");
        S_attach(c, d, h, "xcomp");
        c->xpos[d - 1] = "VBN";
        c->taken[d] = c->taken[d - 1] = 1;
        return 1;
    }
    if (h < 1 || d < h || c->taken[d] || !S_rel_exact(c, d, "conj") || !S_tag_is(c, d, "VBD") ||
        !S_tag_is(c, h, "VB") || !S_has_subject(c, h) || S_left_edge(c, d) != d ||
        S_punct_tag(c, d - 1) || S_tag_is(c, d - 1, "CC") ||
        len < 4 || memcmp(c->words[d - 1] + len - 2, "ed", 2))
        return 0;
    for (int k = c->kid_off[d]; k < c->kid_off[d + 1]; k++)
        if (S_rel(c, c->kids[k], "obj") || S_rel(c, c->kids[k], "ccomp") ||
            S_rel(c, c->kids[k], "xcomp"))
            return 0;
    for (int k = c->kid_off[h]; k < c->kid_off[h + 1] && c->kids[k] < d; k++)
        obj |= c->kids[k] > h && S_rel_exact(c, c->kids[k], "obj");
    if (!obj)
        return 0;
    S_attach(c, d, h, "xcomp");
    c->taken[d] = 1;
    return 1;
}

/* Each repair reads the tree as the parser left it (the child lists are not updated)
 * and marks the words it changes in taken[], which the others leave alone. Returns the
 * number of repairs. */
static int S_repair(S_ctx *c)
{
    int fixed = 0;
    for (int w = 1; w <= c->n; w++)
        if (!c->taken[w])
            fixed += S_repair_modifier_list(c, w) ||
                     S_repair_subordinate(c, w) || S_repair_subjects(c, w) ||
                     S_repair_subject_cc(c, w) || S_repair_joined_names(c, w) ||
                     S_repair_name_list(c, w) ||
                     S_repair_object_name(c, w) ||
                     S_repair_time(c, w) || S_repair_time_place(c, w) ||
                     S_repair_list(c, w) || S_repair_split_list(c, w) ||
                     S_repair_list_tail(c, w) ||
                     S_repair_object_list(c, w) || S_repair_report(c, w) ||
                     S_repair_perfect(c, w) ||
                     S_repair_report_object(c, w) || S_repair_voiced_claim(c, w) ||
                     S_repair_punct(c, w) || S_repair_date(c, w) || S_repair_fronted_pp(c, w) ||
                     S_repair_amod(c, w) ||
                     S_repair_day_compound(c, w) || S_repair_today(c, w) || S_repair_day_subject(c, w) ||
                     S_repair_day_mark(c, w) || S_repair_day_clause(c, w) ||
                     S_repair_from_to(c, w) || S_repair_pp(c, w) || S_repair_subject_pp(c, w) ||
                     S_repair_adjective(c, w) || S_repair_flat(c, w) ||
                     S_repair_title(c, w) || S_repair_title_marks(c, w) ||
                     S_repair_title_possessor(c, w) ||
                     S_repair_reduced(c, w) || S_repair_measure(c, w) || S_repair_conj(c, w) ||
                     S_repair_than(c, w) || S_repair_clause_subject(c, w) ||
                     S_repair_name_clause(c, w) ||
                     S_repair_conj_object(c, w) || S_repair_conj_noun(c, w) ||
                     S_repair_conj_subject(c, w) ||
                     S_repair_verb_conj(c, w) ||
                     S_repair_shared_object(c, w) ||
                     S_repair_report_conj(c, w) || S_repair_report_medium(c, w) ||
                     S_repair_possessor(c, w) ||
                     S_repair_appos(c, w) ||
                     S_repair_verbless(c, w) || S_repair_gerund_subject(c, w) ||
                     S_repair_participle(c, w) || S_repair_visiting(c, w) ||
                     S_repair_fronted_subject(c, w) || S_repair_set_off(c, w) ||
                     S_repair_set_off_participle(c, w) || S_repair_relative_root(c, w) ||
                     S_repair_as(c, w) ||
                     S_repair_called(c, w) || S_repair_called_conj(c, w) ||
                     S_repair_modifier_conj(c, w) || S_repair_relative_conj(c, w) ||
                     S_repair_comma_verb(c, w) || S_repair_result(c, w) ||
                     S_repair_who(c, w) || S_repair_comma_relative(c, w) ||
                     S_repair_opening_clause(c, w) ||
                     S_repair_finite_conj(c, w) || S_repair_object_predicate(c, w);
    memset(c->taken, 0, (size_t)c->n + 1);
    /* after the others, which read the name as the clause's nominal ("George Shultz,
     * who arrived Sunday, met ...") or join a second subject to it, or give a list its
     * verb (S_repair_list_clause), or read the clause by the subject the parser gave it
     * (S_repair_office_sector) */
    for (int w = 1; w <= c->n; w++)
        fixed += S_repair_office_name(c, w) || S_repair_office_appos(c, w) ||
                 S_repair_office_sector(c, w) || S_repair_list_clause(c, w);
    return fixed;
}

/* ---- tree preparation and output ---------------------------------------------------- */

typedef struct S_arc {
    int lo, hi, dep;
} S_arc;

static int S_arc_cmp(const void *a, const void *b)
{
    const S_arc *x = a, *y = b;
    if (x->lo != y->lo)
        return x->lo < y->lo ? -1 : 1;
    return x->hi > y->hi ? -1 : x->hi < y->hi;
}

/* A dependent whose arc crosses another one, or 0 when the tree is projective. Arcs
 * (with the root at position 0) must nest like brackets: sorted by left end (longest
 * first), an arc may not end inside the one open before it. O(n log n). */
static int S_crossing(const int *h, int n, S_arc *arcs, int *stack)
{
    for (int d = 1; d <= n; d++) {
        arcs[d - 1].lo = h[d] < d ? h[d] : d;
        arcs[d - 1].hi = h[d] < d ? d : h[d];
        arcs[d - 1].dep = d;
    }
    qsort(arcs, (size_t)n, sizeof *arcs, S_arc_cmp);
    int sp = 0;
    for (int i = 0; i < n; i++) {
        while (sp > 0 && arcs[stack[sp - 1]].hi <= arcs[i].lo)
            sp--;
        if (sp > 0 && arcs[stack[sp - 1]].hi < arcs[i].hi)
            return arcs[i].dep;
        stack[sp++] = i;
    }
    return 0;
}

/* Lift crossing arcs to the grandparent until none is left, so that every subtree is
 * a span. Lifting moves a word up, so it ends; after 4n lifts (adversarial input) all
 * words go under the first root word, a tree that is projective by construction.
 * Returns -1 on ENOMEM. */
static int S_projectivize(int *h, int n)
{
    S_arc *arcs = malloc((size_t)n * sizeof *arcs);
    int *stack = malloc((size_t)n * sizeof *stack);
    if (!arcs || !stack) {
        free(arcs);
        free(stack);
        return -1;
    }
    int d, lifts = 0;
    while ((d = S_crossing(h, n, arcs, stack)) != 0 && lifts++ < 4 * n)
        h[d] = h[d] > 0 ? h[h[d]] : 0;
    if (d != 0) {
        int r = 0;
        for (int i = 1; i <= n && !r; i++)
            if (h[i] == 0)
                r = i;
        for (int i = 1; i <= n; i++)
            h[i] = i == r ? 0 : r;
    }
    free(arcs);
    free(stack);
    return 0;
}

static int S_put_word(dyad_buf *b, const char *w, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        const char *rep = NULL;
        switch (w[i]) {
        case '(': rep = "-LRB-"; break;
        case ')': rep = "-RRB-"; break;
        case '[': rep = "-LSB-"; break;
        case ']': rep = "-RSB-"; break;
        case '{': rep = "-LCB-"; break;
        case '}': rep = "-RCB-"; break;
        case ' ': case '\t': case '\n': case '\r': rep = "_"; break;
        }
        if (rep ? dyad_buf_puts(b, rep) : dyad_buf_putc(b, w[i]))
            return -1;
    }
    return 0;
}

static int S_emit(const S_ctx *c, int node, dyad_buf *b)
{
    /* iterative walk: deep trees must not exhaust the stack */
    int *stack = malloc((size_t)(c->nn + 1) * sizeof *stack);
    if (!stack)
        return -1;
    int sp = 0, x = node, rc = 0;
    for (;;) {
        const S_node *nd = &c->nodes[x];
        if (nd->word) {
            int w = nd->word - 1;
            rc |= dyad_buf_putc(b, '(') | dyad_buf_puts(b, nd->label) | dyad_buf_putc(b, ' ');
            if (c->lens[w])
                rc |= S_put_word(b, c->words[w], c->lens[w]);
            else
                rc |= dyad_buf_puts(b, "_");
            rc |= dyad_buf_putc(b, ')');
        } else {
            rc |= dyad_buf_putc(b, '(') | dyad_buf_puts(b, nd->label);
            if (nd->first >= 0) {
                rc |= dyad_buf_putc(b, ' ');
                stack[sp++] = x;
                x = nd->first;
                continue;
            }
            rc |= dyad_buf_putc(b, ')');
        }
        /* climb to the next sibling, closing finished phrases */
        while (c->nodes[x].next < 0 && sp > 0) {
            x = stack[--sp];
            rc |= dyad_buf_putc(b, ')');
        }
        if (sp == 0 && (x == node || c->nodes[x].next < 0))
            break;
        x = c->nodes[x].next;
        rc |= dyad_buf_putc(b, ' ');
    }
    free(stack);
    return rc ? -1 : 0;
}

/* Does every word reach the root? state: n + 1 ints of scratch. O(n). */
static int S_acyclic(const int *head, int n, int *state)
{
    memset(state, 0, (size_t)(n + 1) * sizeof(int)); /* 0 new, 1 on the path, 2 done */
    state[0] = 2;
    for (int w = 1; w <= n; w++) {
        int a = w;
        while (state[a] == 0) {
            state[a] = 1;
            a = head[a];
        }
        if (state[a] == 1)
            return 0;
        for (a = w; state[a] == 1; a = head[a])
            state[a] = 2;
    }
    return 1;
}

/* Children by head, in word order (counting sort). */
static int S_kids(S_ctx *c)
{
    int n = c->n;
    int *fill = malloc((size_t)(n + 2) * sizeof(int));
    if (!fill)
        return -1;
    memset(c->kid_off, 0, (size_t)(n + 3) * sizeof(int));
    for (int d = 1; d <= n; d++)
        c->kid_off[c->head[d] + 1]++;
    for (int h = 0; h <= n + 1; h++)
        c->kid_off[h + 1] += c->kid_off[h];
    memcpy(fill, c->kid_off, (size_t)(n + 2) * sizeof(int));
    for (int d = 1; d <= n; d++)
        c->kids[fill[c->head[d]]++] = d;
    free(fill);
    return 0;
}

dyad_status dyad_dep_to_ptb(const char *const *words, const size_t *lens,
                            const dyad_parse_result *parse, char *buf, size_t cap,
                            size_t *needed)
{
    return dyad_dep_to_ptb_heads(words, lens, parse, buf, cap, needed, NULL);
}

dyad_status dyad_dep_to_ptb_heads(const char *const *words, const size_t *lens,
                                  const dyad_parse_result *parse, char *buf, size_t cap,
                                  size_t *needed, int *heads)
{
    if (!words || !lens || !parse || !parse->head || !parse->xpos || !parse->deprel ||
        parse->n < 1 || (!buf && cap))
        return DYAD_EINVAL;
    int n = parse->n;
    if (n > DYAD_PARSE_MAX_TOKENS)
        return DYAD_ELIMIT;
    for (int i = 0; i < n; i++) {
        if (parse->head[i] < 0 || parse->head[i] > n || parse->head[i] == i + 1)
            return DYAD_EINVAL;
        if (!words[i] && lens[i])
            return DYAD_EINVAL;
    }
    /* no cycles: from every word the root is reachable in n steps */
    for (int i = 1; i <= n; i++) {
        int a = i, steps = 0;
        while (a != 0 && steps++ <= n)
            a = parse->head[a - 1];
        if (a != 0)
            return DYAD_EINVAL;
    }
    S_ctx c;
    memset(&c, 0, sizeof c);
    c.n = n;
    c.words = words;
    c.lens = lens;
    dyad_buf out = {0};
    dyad_status st = DYAD_ENOMEM;
    c.head = malloc((size_t)(n + 1) * sizeof(int));
    c.kids = malloc((size_t)(n + 1) * sizeof(int));
    c.kid_off = calloc((size_t)n + 3, sizeof(int));
    c.taken = calloc((size_t)n + 1, 1);
    c.rel = malloc((size_t)n * sizeof *c.rel);
    c.xpos = malloc((size_t)n * sizeof *c.xpos);
    int *saved = malloc((size_t)(n + 1) * sizeof(int));
    if (!c.head || !c.kids || !c.kid_off || !c.taken || !c.rel || !c.xpos || !saved)
        goto done;
    memcpy(c.rel, parse->deprel, (size_t)n * sizeof *c.rel);
    memcpy(c.xpos, parse->xpos, (size_t)n * sizeof *c.xpos);
    c.head[0] = -1;
    for (int i = 1; i <= n; i++)
        c.head[i] = parse->head[i - 1];
    if (S_projectivize(c.head, n) || S_kids(&c))
        goto done;
    memcpy(saved, c.head, (size_t)(n + 1) * sizeof(int));
    if (S_repair(&c)) {
        /* repairs keep the tree a tree; should they not, the parse stands as it was (the
         * child lists, rebuilt below, serve as scratch) */
        if (!S_acyclic(c.head, n, c.kids))
            memcpy(c.head, saved, (size_t)(n + 1) * sizeof(int));
        if (S_projectivize(c.head, n) || S_kids(&c))
            goto done;
    }
    int root = S_new(&c, "ROOT", 0);
    for (int k = c.kid_off[0]; k < c.kid_off[1]; k++)
        S_append(&c, root, S_phrase(&c, c.kids[k]));
    if (c.oom || dyad_buf_puts(&out, "") || S_emit(&c, root, &out))
        goto done;
    for (int i = 1; heads && i <= n; i++)
        heads[i - 1] = c.head[i];
    if (needed)
        *needed = out.len;
    if (out.len + 1 > cap) {
        st = DYAD_ELIMIT;
        goto done;
    }
    memcpy(buf, out.data, out.len + 1);
    st = DYAD_OK;
done:
    dyad_buf_free(&out);
    free(c.head);
    free(c.kids);
    free(c.kid_off);
    free(c.taken);
    free(c.rel);
    free(c.xpos);
    free(c.nodes);
    free(saved);
    return st;
}

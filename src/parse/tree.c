/*
 * tree.c — reader of Penn Treebank bracketed trees ("(ROOT (S (NP (NNP Arnor)) ...))").
 *
 * A single left-to-right scan with an explicit stack of open nodes, so depth costs no
 * C recursion; nesting deeper than DYAD_TREE_MAX_DEPTH is refused. Accepted shapes:
 * "(LABEL child...)", "(TAG word)", "( (S ...))" (empty root label). Extra words in a
 * phrase become leaves with an empty tag. Unbalanced brackets are errors naming the
 * line where the problem shows.
 */
#include <stdlib.h>
#include <string.h>
#include "parse/tree.h"
#include "util/util.h"

static int S_add(dyad_tree *t, int parent, const char *label, const char *word, int depth)
{
    if (dyad_vec_grow((void **)&t->n, &t->cap, t->nn, sizeof *t->n))
        return -1;
    int id = (int)t->nn++;
    dyad_tnode *x = &t->n[id];
    x->label = label;
    x->word = word;
    x->parent = parent;
    x->first = x->last = x->next = -1;
    x->tok = -1;
    x->tok_end = -1;
    x->depth = depth;
    if (parent >= 0) {
        dyad_tnode *p = &t->n[parent];
        if (p->last >= 0)
            t->n[p->last].next = id;
        else
            p->first = id;
        p->last = id;
    }
    return id;
}

static int S_isatom(int c)
{
    return c != '(' && c != ')' && c != ' ' && c != '\t' && c != '\n' && c != '\r' &&
           c != '\f' && c != '\v' && c != '\0';
}

void dyad_tree_free(dyad_tree *t)
{
    if (!t)
        return;
    free(t->n);
    free(t->tok_node);
    dyad_arena_free(t->strs);
    free(t);
}

dyad_status dyad_tree_parse(const char *s, size_t n, const char *file, long line,
                            dyad_diag *diag, dyad_tree **out)
{
    *out = NULL;
    if (!s)
        return DYAD_EINVAL;
    dyad_tree *t = calloc(1, sizeof *t);
    int stack[DYAD_TREE_MAX_DEPTH + 1];
    int depth = 0, root = -1;
    long ln = line;
    dyad_status st = DYAD_OK;
    if (!t || !(t->strs = dyad_arena_new()))
        goto nomem;
    size_t i = 0;
    while (i < n) {
        char c = s[i];
        if (c == '\n') {
            ln++;
            i++;
        } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' || c == '\0') {
            i++;
        } else if (c == '(') {
            if (depth == 0 && root >= 0) {
                dyad_diagf(diag, DYAD_ERROR, file, ln, "tree: text after the end of the tree");
                st = DYAD_ESYNTAX;
                goto fail;
            }
            if (depth >= DYAD_TREE_MAX_DEPTH) {
                dyad_diagf(diag, DYAD_ERROR, file, ln, "tree: nesting deeper than %d",
                           DYAD_TREE_MAX_DEPTH);
                st = DYAD_ELIMIT;
                goto fail;
            }
            i++;
            while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n')) {
                if (s[i] == '\n')
                    ln++;
                i++;
            }
            size_t b = i;
            while (i < n && S_isatom((unsigned char)s[i]))
                i++;
            const char *label = dyad_arena_strndup(t->strs, s + b, i - b);
            if (!label)
                goto nomem;
            int id = S_add(t, depth ? stack[depth - 1] : -1, label, NULL, depth);
            if (id < 0)
                goto nomem;
            if (depth == 0)
                root = id;
            stack[depth++] = id;
        } else if (c == ')') {
            if (depth == 0) {
                dyad_diagf(diag, DYAD_ERROR, file, ln, "tree: unbalanced ')'");
                st = DYAD_ESYNTAX;
                goto fail;
            }
            depth--;
            i++;
        } else {
            size_t b = i;
            while (i < n && S_isatom((unsigned char)s[i]))
                i++;
            if (depth == 0) {
                dyad_diagf(diag, DYAD_ERROR, file, ln, "tree: word outside brackets");
                st = DYAD_ESYNTAX;
                goto fail;
            }
            const char *w = dyad_arena_strndup(t->strs, s + b, i - b);
            if (!w)
                goto nomem;
            int cur = stack[depth - 1];
            if (t->n[cur].first < 0 && !t->n[cur].word) {
                t->n[cur].word = w; /* (TAG word) */
            } else {
                /* a word beside phrases or a second word: keep each as an untagged leaf */
                if (t->n[cur].word && t->n[cur].first < 0) {
                    const char *w0 = t->n[cur].word;
                    t->n[cur].word = NULL;
                    if (S_add(t, cur, "", w0, depth) < 0)
                        goto nomem;
                }
                if (S_add(t, cur, "", w, depth) < 0)
                    goto nomem;
            }
        }
    }
    if (depth != 0) {
        dyad_diagf(diag, DYAD_ERROR, file, ln, "tree: %d unclosed '('", depth);
        st = DYAD_ESYNTAX;
        goto fail;
    }
    if (root < 0) {
        dyad_diagf(diag, DYAD_ERROR, file, ln, "tree: empty input");
        st = DYAD_ESYNTAX;
        goto fail;
    }
    /* "(X w (Y z))": the word of X becomes an untagged leaf before Y would be wrong
     * order-wise, so X keeps only its phrase children (the word is rare parser noise) */
    for (size_t k = 0; k < t->nn; k++)
        if (t->n[k].word && t->n[k].first >= 0)
            t->n[k].word = NULL;
    /* tokens in document order: nodes are already in document order */
    for (size_t k = 0; k < t->nn; k++)
        if (t->n[k].word)
            t->ntok++;
    t->tok_node = malloc((t->ntok ? t->ntok : 1) * sizeof(int));
    if (!t->tok_node)
        goto nomem;
    size_t nt = 0;
    for (size_t k = 0; k < t->nn; k++)
        if (t->n[k].word) {
            t->n[k].tok = (int)nt;
            t->tok_node[nt++] = (int)k;
        }
    /* token ranges of phrases: children follow parents, so go backwards */
    for (size_t k = t->nn; k-- > 0;) {
        dyad_tnode *x = &t->n[k];
        if (x->word) {
            x->tok_end = x->tok + 1;
        }
        if (x->tok >= 0 && x->parent >= 0) {
            dyad_tnode *p = &t->n[x->parent];
            if (p->tok < 0 || x->tok < p->tok)
                p->tok = x->tok;
            if (x->tok_end > p->tok_end)
                p->tok_end = x->tok_end;
        }
    }
    *out = t;
    return DYAD_OK;
nomem:
    st = DYAD_ENOMEM;
fail:
    dyad_tree_free(t);
    return st;
}

size_t dyad_tree_ntokens(const dyad_tree *t) { return t ? t->ntok : 0; }

const char *dyad_tree_token(const dyad_tree *t, size_t i)
{
    return t && i < t->ntok ? t->n[t->tok_node[i]].word : NULL;
}

const char *dyad_tree_tag(const dyad_tree *t, size_t i)
{
    return t && i < t->ntok ? t->n[t->tok_node[i]].label : NULL;
}

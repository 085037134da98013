/* test_tree.c — Treebank reader: shapes, tokens, and refusal of bad input with lines. */
#include <string.h>
#include "harness.h"
#include "dyad_code.h"
#include "parse/tree.h"

static dyad_status S_parse(const char *s, dyad_tree **t, dyad_diag *d)
{
    return dyad_tree_parse(s, strlen(s), "t", 1, d, t);
}

int main(void)
{
    dyad_diag d = {0};
    dyad_tree *t = NULL;
    INT_EQ(S_parse("(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (NNS ties))) (. .)))", &t, &d),
           DYAD_OK);
    INT_EQ(dyad_tree_ntokens(t), 4);
    STR_EQ(dyad_tree_token(t, 0), "Arnor");
    STR_EQ(dyad_tree_tag(t, 1), "VBD");
    STR_EQ(dyad_tree_token(t, 3), ".");
    OK(dyad_tree_token(t, 4) == NULL);
    /* phrase token ranges */
    int vp = -1;
    for (size_t i = 0; i < t->nn; i++)
        if (!strcmp(t->n[i].label, "VP"))
            vp = (int)i;
    OK(vp >= 0);
    INT_EQ(t->n[vp].tok, 1);
    INT_EQ(t->n[vp].tok_end, 3);
    dyad_tree_free(t);

    /* "( (S ...))" with an empty root label, multi-line */
    INT_EQ(S_parse("( (S\n (NP (DT The) (NN court))\n (VP (VBD ruled))))", &t, &d), DYAD_OK);
    INT_EQ(dyad_tree_ntokens(t), 3);
    STR_EQ(t->n[0].label, "");
    dyad_tree_free(t);

    /* bad input: errors with the line where they show */
    long before = d.nerror;
    INT_EQ(S_parse("(S (NP (NN a))", &t, &d), DYAD_ESYNTAX);
    OK(t == NULL);
    INT_EQ(S_parse("(S (NP (NN a))))", &t, &d), DYAD_ESYNTAX);
    INT_EQ(S_parse("", &t, &d), DYAD_ESYNTAX);
    INT_EQ(S_parse("word (S)", &t, &d), DYAD_ESYNTAX);
    INT_EQ(S_parse("(S a) (S b)", &t, &d), DYAD_ESYNTAX);
    INT_EQ(d.nerror, before + 5);

    /* deep nesting is refused without recursion */
    size_t n = 100000;
    char *deep = malloc(2 * n + 8);
    memset(deep, '(', n);
    memset(deep + n, ')', n);
    deep[2 * n] = 0;
    INT_EQ(dyad_tree_parse(deep, 2 * n, "deep", 7, &d, &t), DYAD_ELIMIT);
    free(deep);

    /* NUL bytes and odd shapes do not crash */
    INT_EQ(dyad_tree_parse("(S (A b c) (D))", 15, NULL, 0, &d, &t), DYAD_OK);
    INT_EQ(dyad_tree_ntokens(t), 2);
    dyad_tree_free(t);
    dyad_tree_free(NULL);
    return T_done();
}

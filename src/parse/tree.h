/*
 * tree.h — the in-memory form of a Penn Treebank tree (internal to libdyad): nodes in
 * one array in document order, linked by index, words of leaves kept in order as
 * tokens. Built by dyad_tree_parse() (tree.c); read by the coder.
 */
#ifndef DYAD_PARSE_TREE_H
#define DYAD_PARSE_TREE_H

#include "dyad_code.h"
#include "util/util.h"

typedef struct dyad_tnode {
    const char *label;  /* phrase label or POS tag; "" when absent */
    const char *word;   /* leaf word, NULL for phrases */
    int parent;         /* -1 for the root */
    int first, last;    /* children; -1 when none */
    int next;           /* next sibling, -1 when none */
    int tok;            /* leaf: token index; phrase: first token below it, -1 if none */
    int tok_end;        /* one past the last token below it */
    int depth;
} dyad_tnode;

struct dyad_tree {
    dyad_tnode *n;
    size_t nn, cap;
    int *tok_node;      /* token index -> leaf node */
    size_t ntok;
    dyad_arena *strs;
};

#endif

/*
 * cameo.h — internal layout of a CAMEO code table (dyad_cameo), shared by the loader
 * (cameo.c) and the generated built-in table (cameo_table.inc, made from
 * data/cameo/cameo.txt by scripts/gen_cameo_inc.sh). Entries are kept sorted by code
 * string so look-up is a binary search.
 */
#ifndef DYAD_RESOLVE_CAMEO_H
#define DYAD_RESOLVE_CAMEO_H

#include "dyad_cameo.h"
#include "util/util.h"

typedef struct dyad_cameo_ent {
    char code[5];      /* 3 or 4 digits, NUL-terminated */
    double goldstein;
    int quad;          /* 1..4 */
    const char *name;
} dyad_cameo_ent;

struct dyad_cameo {
    const dyad_cameo_ent *e;  /* n entries sorted by strcmp of code */
    size_t n;
    dyad_cameo_ent *owned;    /* == e for a loaded table, NULL for the built-in one */
    dyad_arena *names;        /* names of a loaded table */
};

#endif

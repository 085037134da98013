/*
 * ewt_fixture.h — the UD English EWT dev split from ../shared, for the tests that
 * measure the tagger, the parser and the Treebank conversion on it.
 */
#ifndef DYAD_EWT_FIXTURE_H
#define DYAD_EWT_FIXTURE_H

#include <stdio.h>
#include "harness.h"
#include "dyad_parse.h"
#include "util/util.h"

/* en_ewt-ud-dev.conllu read and parsed; *text holds the file, which the result points
 * into (free both). NULL, the test skipped and `what` said to be unchecked, when
 * ../shared or the file is missing. */
static dyad_conllu *ewt_dev(const char *what, char **text)
{
    char path[1024], why[1400];
    const char *sh = T_shared();
    snprintf(path, sizeof path, "%s/ud/en-ewt/en_ewt-ud-dev.conllu", sh ? sh : "../shared");
    size_t len;
    dyad_conllu *c;
    if (!sh || dyad_read_file(path, text, &len) != DYAD_OK) {
        snprintf(why, sizeof why, "%s not found: %s not checked", path, what);
        SKIP(why);
        return NULL;
    }
    if (dyad_conllu_parse(*text, len, path, &c, NULL) != DYAD_OK) {
        snprintf(why, sizeof why, "%s not readable: %s not checked", path, what);
        SKIP(why);
        free(*text);
        return NULL;
    }
    return c;
}

#endif

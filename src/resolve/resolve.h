/*
 * resolve.h — internal helpers shared by modality.c and date.c: reading tokens as
 * lower-cased words and tags, and the analysis of an event verb's group and clause
 * (modals, negation, governing verbs, tense) that both modality and dating need.
 */
#ifndef DYAD_RESOLVE_INT_H
#define DYAD_RESOLVE_INT_H

#include "dyad_resolve.h"

/* Longest word the tables know; longer tokens never match a table word. */
#define DYAD_RS_WORD_MAX 24

/* Token i lower-cased (ASCII) into buf (DYAD_RS_WORD_MAX+1 bytes); returns its length,
 * 0 when i is out of range, empty, or longer than DYAD_RS_WORD_MAX. */
int dyad_rs_word(const dyad_tagged *s, int i, char *buf);
/* The tag of token i, "" when out of range or NULL. */
const char *dyad_rs_tag(const dyad_tagged *s, int i);
/* 1 when token i's tag starts with prefix ("VB", "NN", "JJ", ...). */
int dyad_rs_tag_is(const dyad_tagged *s, int i, const char *prefix);
/* 1 when token i's tag is exactly t. */
int dyad_rs_tag_eq(const dyad_tagged *s, int i, const char *t);
/* 1 when token i is exactly the ASCII word w (case-insensitive). */
int dyad_rs_is(const dyad_tagged *s, int i, const char *w);

/* Tense of the event verb as far as dating needs it. */
typedef enum dyad_rs_tense {
    DYAD_RS_PRESENT = 0, /* present or unknown: relative days resolve to the nearest */
    DYAD_RS_PAST,
    DYAD_RS_FUTURE
} dyad_rs_tense;

typedef struct dyad_rs_info {
    dyad_modality mod;
    dyad_rs_tense tense;
    int gov;       /* the verb governing the event's clause or infinitive, or -1 */
    int gov_to;    /* 1 when gov governs the event verb through "to" (infinitive) */
    int rep_gov;   /* a reporting verb whose clause holds the event ("said on Monday that
                      ..."), or -1: its date stands in when the event has none */
    int promise;   /* the consequence of a condition, with will/would or a plan:
                      "will impose tariffs if ...", "If X attacks, we will strike",
                      "agreed to impose tariffs unless ..." (not the if-clause itself,
                      nor could/might) */
    int wish;      /* hypothetical only as the doer's wish or offer: "seeks to improve
                      ties", "offered to mediate" (no modal, condition or negation) */
    dyad_modality made; /* mod when the verb's act is a threat: a condition its clause is
                           the consequence of does not count (dyad_threat_modality) */
} dyad_rs_info;

/* Analyse the event verb ev->verb of s (both already checked valid). */
void dyad_rs_analyse(const dyad_tagged *s, const dyad_event_toks *ev, dyad_rs_info *out);

/* 1 when token i heads a verb group of its own: a verb (VB*) that is not an auxiliary
 * of a following verb. Used to attach time expressions to their nearest verb. */
int dyad_rs_is_main_verb(const dyad_tagged *s, int i);

/* Token i as "that": 0 not "that" or a determiner ("that deal"), 1 a complementiser
 * ("said that the police ..."), 2 a relative pronoun ("the militants that attacked").
 * Decided by what follows, since taggers confuse IN / WDT / DT here. */
int dyad_rs_that_kind(const dyad_tagged *s, int i);

/* 1 when the word tables are sorted (binary search relies on it); for the tests. */
int dyad_rs_tables_ok(void);
int dyad_rs_date_table_ok(void);

#endif

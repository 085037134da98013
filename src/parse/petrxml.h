/*
 * petrxml.h — reader of PETRARCH validation files (internal to libdyad): the
 * <Environment> block naming the dictionaries, and the <Sentence> records with their
 * expected <EventCoding>s, <Text> and <Parse>, plus <Config> option changes in order.
 */
#ifndef DYAD_PARSE_PETRXML_H
#define DYAD_PARSE_PETRXML_H

#include <stddef.h>
#include "dyad.h"

typedef struct dyad_petr_event {
    char *source, *target, *code; /* "" when the attribute is absent */
} dyad_petr_event;

typedef struct dyad_petr_record {
    int is_config;          /* 1: a <Config option value> item, only option/value set */
    char *option, *value;
    char *id, *date, *category;
    long line;              /* line of the <Sentence> element */
    int noevents;           /* <EventCoding noevents="True"> */
    char *error;            /* <EventCoding error="..."> (e.g. sentencediscard), or NULL */
    dyad_petr_event *ev;
    size_t nev;
    char *text;             /* whitespace-normalised */
    char *parse;
    long parse_line;
} dyad_petr_record;

typedef struct dyad_petrxml {
    char *verbs, *agents, *discards, *issues; /* as written, or NULL */
    char **actors;
    size_t nactors;
    dyad_petr_record *rec;
    size_t nrec;
} dyad_petrxml;

/* Read from a file or from memory (`name` for diagnostics). The network is never used
 * and entities are not expanded. *out is the caller's (dyad_petrxml_free). */
dyad_status dyad_petrxml_read(const char *path, dyad_diag *diag, dyad_petrxml **out);
dyad_status dyad_petrxml_parse(const char *name, const char *buf, size_t len, dyad_diag *diag,
                               dyad_petrxml **out);
void dyad_petrxml_free(dyad_petrxml *x);

#endif

/*
 * dyad_export.h — writing event mentions and merged events in the standard formats.
 *
 * JSON lines follow shared/schema/events.md key for key. Writers take a FILE* and never
 * buffer across calls, so output order is exactly the order of calls. Column lists of
 * the tabular formats are documented in docs/schema.md ("Export formats").
 */
#ifndef DYAD_EXPORT_H
#define DYAD_EXPORT_H

#include <stdio.h>
#include "dyad.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum dyad_format {
    DYAD_FMT_JSONL = 0,      /* one JSON object per line (schema/events.md) */
    DYAD_FMT_CSV,            /* RFC 4180, header line, CRLF line ends */
    DYAD_FMT_TABLE,          /* aligned columns for a terminal, header line */
    DYAD_FMT_PHOENIX,        /* Phoenix data set TSV column order, no header */
    DYAD_FMT_GDELT_EVENTS,   /* GDELT 2.0 event table subset, TSV, header line */
    DYAD_FMT_GDELT_MENTIONS  /* GDELT 2.0 mention table subset, TSV, header line */
} dyad_format;

/* Parse a format name ("jsonl", "csv", "table", "phoenix", "gdelt-events",
 * "gdelt-mentions"); returns -1 when unknown. */
int dyad_format_from_name(const char *name);

/*
 * One output row: a mention, or a merged event shown through its representative
 * mention. Everything beyond `ev` is optional (0 / NULL when unknown), so a bare coded
 * mention is a record with only `ev` set.
 */
typedef struct dyad_record {
    dyad_event ev;            /* the mention (or the event's representative mention) */
    long long event_id;       /* merged event id (GlobalEventID); 0: none */
    long long mention_id;     /* mention id for mention rows; 0 for event rows */
    int num_mentions;         /* merged-event counts; 0 when not known */
    int num_sources;
    int num_articles;
    const char *url;          /* article URL of ev.doc, NULL/"" when absent */
    const char *outlet;       /* article source (outlet) of ev.doc */
    const char *dup_of;       /* doc id of the original when ev.doc is a near-duplicate */
    long long doc_len;        /* length in bytes of the cleaned article; 0 unknown */
} dyad_record;

/* Write the header line a format needs (nothing for JSON lines and Phoenix). */
dyad_status dyad_event_write_header(FILE *f, dyad_format fmt);

/* Write one record as one line. DYAD_EIO when the stream fails. */
dyad_status dyad_record_write(FILE *f, dyad_format fmt, const dyad_record *r);

/* Write one event mention as one record (dyad_record_write with only ev set). */
dyad_status dyad_event_write(FILE *f, dyad_format fmt, const dyad_event *ev);

#ifdef __cplusplus
}
#endif
#endif

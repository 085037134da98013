/*
 * dyad_export.h — writing event mentions in the standard output formats.
 *
 * JSON lines follow shared/schema/events.md key for key. Writers take a FILE* and never
 * buffer across calls, so output order is exactly the order of calls.
 */
#ifndef DYAD_EXPORT_H
#define DYAD_EXPORT_H

#include <stdio.h>
#include "dyad.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum dyad_format {
    DYAD_FMT_JSONL = 0  /* one JSON object per line (schema/events.md) */
} dyad_format;

/* Parse a format name ("jsonl", ...); returns -1 when unknown. */
int dyad_format_from_name(const char *name);

/* Write the header line a format needs (nothing for JSON lines). */
dyad_status dyad_event_write_header(FILE *f, dyad_format fmt);

/* Write one event mention as one record. DYAD_EIO when the stream fails. */
dyad_status dyad_event_write(FILE *f, dyad_format fmt, const dyad_event *ev);

#ifdef __cplusplus
}
#endif
#endif

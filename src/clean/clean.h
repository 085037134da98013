/*
 * clean.h — internals of the cleaning stage shared with the readers: the date parser
 * used for JSON/HTML metadata and for datelines found in article text.
 */
#ifndef DYAD_CLEAN_CLEAN_H
#define DYAD_CLEAN_CLEAN_H

#include <stddef.h>

/*
 * Parse a date at the start of s[0..n): ISO "2024-05-20" (any time after it ignored),
 * "2024/05/20", "20240520", "20 May 2024", "May 20, 2024", "Aug. 6" / "6 August" (year
 * taken from `year`, which is 0 when unknown: such dates then do not parse), each
 * optionally after a weekday ("Monday, "). Writes "YYYY-MM-DD" to out and returns the
 * number of bytes consumed (0 when s does not start with a date; out is then "").
 */
size_t dyad_date_parse(const char *s, size_t n, int year, char out[11]);

/* Is this stand-alone (normalised) paragraph site furniture: a menu, share bar, cookie
 * or ad-blocker notice, comment form, related-links heading, tag list, byline or photo
 * credit? Only paragraphs of at most 300 bytes can be. (boiler.c) */
int dyad_clean_is_boilerplate(const char *s, size_t n);

#endif

/*
 * read.h — internals of the reading stage: main-text extraction from HTML pages.
 */
#ifndef DYAD_READ_READ_H
#define DYAD_READ_READ_H

#include "util/util.h"

/* What a page says about itself; strings are in the caller's buffer `meta` after the
 * call, as offsets (0 = absent) because the buffer may move while it grows. */
typedef struct dyad_html_meta {
    size_t title, date, url, site; /* offsets+1 into meta->data; 0 = absent */
} dyad_html_meta;

/*
 * Extract the readable text of an HTML page (libxml2's HTML parser in recover mode,
 * no network): scripts, styles, navigation, header/footer, asides, forms and elements
 * whose class/id/role mark them as menus, share bars, cookie banners, comments or
 * related links are dropped; the <article> (else <main>, else <body>) is kept;
 * block elements end paragraphs ("\n\n"), <br> ends a line ("\n"). Appends the text
 * to *text and NUL-terminated metadata strings to *meta. Returns DYAD_OK,
 * DYAD_ENOMEM, or DYAD_ESYNTAX when nothing could be parsed.
 */
dyad_status dyad_html_extract(const char *html, size_t n, dyad_buf *text, dyad_buf *meta,
                              dyad_html_meta *out);

#endif

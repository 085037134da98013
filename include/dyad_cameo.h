/*
 * dyad_cameo.h — the CAMEO event-code table: for each code its Goldstein score, quad
 * class and short name, as listed in data/cameo/cameo.txt (format described at the top
 * of that file). A copy of that file is compiled into the library, so look-ups work
 * without the data folder; a user-edited table can be loaded instead.
 *
 * Look-up falls back from a code missing in the table to its 3-digit parent and then to
 * its root's "x0" code, so a coder may emit finer codes than the table knows.
 *
 * Ownership and threads: a table from dyad_cameo_load/_read is the caller's and is freed
 * with dyad_cameo_free; the built-in table is static and must not be freed. Tables are
 * read-only after loading and may be shared by any number of threads.
 */
#ifndef DYAD_CAMEO_H
#define DYAD_CAMEO_H

#include <stddef.h>
#include "dyad.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dyad_cameo dyad_cameo;

/* Longest name accepted in a table file (bytes); longer lines are reported and skipped. */
#define DYAD_CAMEO_MAX_NAME 200

/* Load a table file into *out (the caller's; free with dyad_cameo_free). Malformed and
 * duplicate lines are reported as warnings "file:line: ..." through diag and skipped.
 * Returns DYAD_ENOTFOUND / DYAD_EIO when the file is missing or unreadable (an error
 * diagnostic names it), DYAD_ESYNTAX when it holds no valid code at all, DYAD_ENOMEM;
 * *out is NULL on any failure. */
dyad_status dyad_cameo_load(const char *path, dyad_cameo **out, dyad_diag *diag);

/* The same from memory; `name` names the text in diagnostics (may be NULL). */
dyad_status dyad_cameo_read(const char *name, const char *text, size_t len,
                            dyad_cameo **out, dyad_diag *diag);

/* Free a loaded table; NULL and the built-in table are ignored. */
void dyad_cameo_free(dyad_cameo *t);

/* The table compiled from data/cameo/cameo.txt; static storage, never NULL. */
const dyad_cameo *dyad_cameo_builtin(void);

/* Look up `code` ("0874", "190", "19"): exact, else the 3-digit parent, else the root's
 * "x0" code. Any OUT pointer may be NULL; *name points into the table.
 * Returns DYAD_OK, DYAD_ENOTFOUND when neither the code nor its fallbacks are in the
 * table, DYAD_EINVAL when `code` is not 2-4 digits with a root from 01 to 20. */
dyad_status dyad_cameo_lookup(const dyad_cameo *t, const char *code,
                              double *goldstein /* OUT */, int *quad /* OUT */,
                              const char **name /* OUT */);

/* Number of codes in the table, and the i-th one in code order (for listing); the
 * function returns NULL when i is out of range, else the code string. */
size_t dyad_cameo_count(const dyad_cameo *t);
const char *dyad_cameo_entry(const dyad_cameo *t, size_t i, double *goldstein /* OUT */,
                             int *quad /* OUT */, const char **name /* OUT */);

/* Quad class of a code by the CAMEO root rule (01-05: 1, 06-08: 2, 09-13: 3,
 * 14-20: 4), or 0 when `code` is not a valid code. Needs no table. */
int dyad_cameo_quad(const char *code);

#ifdef __cplusplus
}
#endif
#endif

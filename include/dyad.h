/*
 * dyad.h — public API of libdyad, an event-data engine: news text in, CAMEO-coded
 * events (who did what to whom, when) out.
 *
 * Conventions, everywhere in this header:
 *   - every public symbol carries the dyad_ / DYAD_ prefix;
 *   - objects are opaque and come in pairs dyad_x_new()/dyad_x_free(); free(NULL) is a no-op;
 *   - functions that can fail return a dyad_status; details (file, line, message) go to
 *     the caller's dyad_diag, never to stdout/stderr: the library does not print or exit;
 *   - loaded dictionaries and models are read-only after loading and may be shared by
 *     threads; per-thread state lives in the objects that say so.
 */
#ifndef DYAD_H
#define DYAD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define DYAD_VERSION "0.1.0"

typedef enum dyad_status {
    DYAD_OK = 0,
    DYAD_ENOMEM,   /* out of memory */
    DYAD_EIO,      /* a file could not be opened, read or written */
    DYAD_ESYNTAX,  /* malformed input; the diagnostics say where */
    DYAD_EINVAL,   /* a bad argument from the caller */
    DYAD_ELIMIT,   /* input exceeds a documented limit (line length, nesting, ...) */
    DYAD_ENOTFOUND /* a named thing (file, entry, model) does not exist */
} dyad_status;

/* A short English description of a status; static storage, never NULL. */
const char *dyad_status_str(dyad_status st);

/*
 * Diagnostics: how the library reports problems in outside input without printing.
 * `file` may be NULL (input without a name), `line` is 1-based or 0 when not applicable.
 * Severity DYAD_WARN means the item was skipped and work went on; DYAD_ERROR means the
 * operation that reported it failed.
 */
typedef enum dyad_severity { DYAD_WARN = 1, DYAD_ERROR = 2 } dyad_severity;

typedef void (*dyad_diag_fn)(void *user, dyad_severity sev, const char *file, long line,
                             const char *msg);

typedef struct dyad_diag {
    dyad_diag_fn fn;   /* may be NULL: messages are then only counted */
    void *user;
    long nwarn;        /* OUT: warnings reported so far */
    long nerror;       /* OUT: errors reported so far */
} dyad_diag;

#ifdef __cplusplus
}
#endif
#endif /* DYAD_H */

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


/* ---------------------------------------------------------------------------------
 * Plain records passed between stages. Strings are UTF-8 and NUL-terminated; who owns
 * them is said by the function that fills the record.
 * ------------------------------------------------------------------------------- */

/* An article as read from any input (text file, JSON lines, HTML, gzip, stdin). */
typedef struct dyad_article {
    const char *id;      /* JSON "id", or the file name without extension; never NULL */
    const char *date;    /* "YYYY-MM-DD" or "" when unknown */
    const char *title;   /* "" when absent */
    const char *text;    /* body text as read (before cleaning) */
    size_t text_len;
    const char *url;     /* "" when absent */
    const char *source;  /* outlet name or domain, "" when absent */
    const char *file;    /* where it came from, for diagnostics */
    long line;           /* line in that file (JSON lines), else 0 */
} dyad_article;

typedef enum dyad_modality {
    DYAD_MOD_ASSERTED = 0,  /* it happened / is happening */
    DYAD_MOD_PLANNED,       /* announced, scheduled, intended: "will meet" */
    DYAD_MOD_HYPOTHETICAL,  /* could, might, may, if, would */
    DYAD_MOD_QUESTION,      /* asked, not stated */
    DYAD_MOD_NEGATED        /* did not happen: "refused to", "did not meet" */
} dyad_modality;

typedef enum dyad_date_basis {
    DYAD_DATE_ARTICLE = 0,  /* the article's own date */
    DYAD_DATE_RELATIVE,     /* "on Monday", "last year": anchored to the article date */
    DYAD_DATE_EXPLICIT      /* a date or year written in the sentence */
} dyad_date_basis;

/* Byte span [off, off+len) within the sentence text. len == 0: none. */
typedef struct dyad_span {
    uint32_t off, len;
} dyad_span;

/* One coded event mention: the JSON-lines record of shared/schema/events.md. */
typedef struct dyad_event {
    const char *doc;          /* article id */
    int sent;                 /* 0-based sentence index in the cleaned article */
    const char *text;         /* the sentence as cleaned */
    uint32_t sent_off;        /* byte offset of the sentence in the cleaned article */
    char source[32];          /* CAMEO actor code, "" when unknown */
    char target[32];          /* "" when the event has none */
    char code[8];             /* CAMEO event code, 3 or 4 digits */
    int quad;                 /* 1..4 */
    double goldstein;
    char date[11];            /* YYYY-MM-DD, YYYY-MM or YYYY */
    char article_date[11];    /* YYYY-MM-DD or "" */
    dyad_date_basis date_basis;
    dyad_modality modality;
    dyad_span source_span, target_span, verb_span; /* words that gave each part */
    int context;              /* 1: the target, 2: the source was not named in the
                                 sentence but taken from the article's context; 0 */
} dyad_event;

/* Names used in outputs: "asserted", ...; "article", "relative", "explicit"; the
 * party an event's context gave, "target" or "source" (NULL for none). */
const char *dyad_modality_name(dyad_modality m);
const char *dyad_date_basis_name(dyad_date_basis b);
const char *dyad_context_name(int context);

#ifdef __cplusplus
}
#endif
#endif /* DYAD_H */

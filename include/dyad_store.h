/*
 * dyad_store.h — the event store: a SQLite database of articles, their sentences,
 * coded event mentions and the merged events they report (schema: docs/schema.md).
 *
 * Ingest is idempotent and transactional: one article with all its sentences and
 * mentions is committed atomically (or, inside dyad_store_begin/commit, a whole batch
 * is), an article seen again by id or by exact content is not stored twice, and a run
 * killed at any moment leaves a consistent database that a rerun completes to exactly
 * the contents of an uninterrupted run.
 *
 * On ingest the store also
 *   - links near-duplicate articles (syndicated copies, light rewrites) to the original
 *     through MinHash signatures over word 5-shingles with LSH banding (src/merge/);
 *   - merges mentions of the same real event across articles into events with
 *     GDELT-like counts NumMentions / NumSources / NumArticles (src/merge/).
 *
 * A store is one connection: use it from one thread at a time. Several processes may
 * read a database while one writes (WAL).
 */
#ifndef DYAD_STORE_H
#define DYAD_STORE_H

#include <stdio.h>
#include "dyad.h"
#include "dyad_export.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Schema version kept in PRAGMA user_version. Version 1 stores are brought up to date
 * when opened (2: mentions.context). */
#define DYAD_STORE_SCHEMA_VERSION 2

typedef struct dyad_store dyad_store;

/*
 * Open (creating when absent) the database at path, create or check the schema, and
 * switch to WAL with synchronous=NORMAL. A database written by a newer schema version
 * is refused (DYAD_EINVAL). On success *out is the caller's; free it with
 * dyad_store_free(). Problems are reported through diag (may be NULL). Memory: a page
 * cache of up to 64 MiB, and while ingesting the LSH buckets of at most 12 weeks of
 * articles (about 1 KiB per article).
 */
dyad_status dyad_store_open(const char *path, dyad_store **out, dyad_diag *diag);

/* Close the database. Rolls back a batch that was begun and not committed. NULL: no-op. */
void dyad_store_free(dyad_store *s);

/*
 * Batches: between dyad_store_begin() and dyad_store_commit() every added article goes
 * into one transaction, which is much faster than one transaction per article. A batch
 * commits atomically: a crash before the commit loses the whole batch and nothing else.
 * Without a batch, each dyad_store_add_article() commits by itself. Begin inside a
 * batch is DYAD_EINVAL, and so is commit outside one.
 */
dyad_status dyad_store_begin(dyad_store *s);
dyad_status dyad_store_commit(dyad_store *s);

/* What dyad_store_add_article() did with an article. */
typedef enum dyad_add_status {
    DYAD_ADD_ADDED = 0,          /* stored, with its sentences and mentions */
    DYAD_ADD_DUPLICATE_ID,       /* an article with this id is already stored: skipped */
    DYAD_ADD_DUPLICATE_CONTENT   /* same cleaned text as a stored article: recorded as an
                                    alias of it (table article_aliases), nothing counted */
} dyad_add_status;

/* Name of an add status: "added", "duplicate_id", "duplicate_content". */
const char *dyad_add_status_name(dyad_add_status st);

/*
 * Store one article with its sentences and coded mentions.
 *   clean_text/clean_len: the cleaned article text the sentence spans index (NULL: use
 *                       a->text, a->text_len);
 *   sents[0..nsent):    byte spans of the sentences in clean_text, in order; a span of
 *                       length 0 marks a sentence the caller does not give (not stored);
 *   mentions[0..n):     coded mentions; mentions[i].sent indexes sents, spans are
 *                       relative to that sentence; doc/text/sent_off are ignored (the
 *                       store takes them from the article and the sentence spans).
 * Invalid input (a sentence span outside the text, a mention naming a missing
 * sentence, a malformed code...) is DYAD_EINVAL, reported through diag with the
 * article's file and line, and nothing of the article is written; a batch goes on.
 * A database failure (DYAD_EIO, DYAD_ENOMEM) rolls back the article, and inside a batch
 * the whole batch, which then is over (begin a new one to go on). *out_status (may be
 * NULL) says what happened.
 */
dyad_status dyad_store_add_article(dyad_store *s, const dyad_article *a,
                                   const char *clean_text, size_t clean_len,
                                   const dyad_span *sents, size_t nsent,
                                   const dyad_event *mentions, size_t n,
                                   dyad_add_status *out_status, dyad_diag *diag);

/* 1 when an article with this id (or an alias of one) is stored, 0 when not, -1 on a
 * database error. Lets callers skip coding articles a previous run already stored. */
int dyad_store_has_article(dyad_store *s, const char *id);

/* ---- ingest through a coder --------------------------------------------------- */

/* What a coder produces for one article. The coder owns every pointer; they stay valid
 * until its next call. Meanings as for dyad_store_add_article(). */
typedef struct dyad_coded_article {
    const char *clean_text;
    size_t clean_len;
    const dyad_span *sents;
    size_t nsent;
    const dyad_event *events;
    size_t nevents;
} dyad_coded_article;

/* The coding step: article in, cleaned text + sentences + mentions out. A status other
 * than DYAD_OK skips the article (the coder reports why through its own diagnostics). */
typedef dyad_status (*dyad_code_fn)(void *user, const dyad_article *a,
                                    dyad_coded_article *out);

/*
 * Ingest one article: skip it when its id is already stored (without coding it), else
 * code it with code(user, a, &coded) and store the result as dyad_store_add_article().
 * *out_status as there.
 */
dyad_status dyad_store_ingest(dyad_store *s, const dyad_article *a, dyad_code_fn code,
                              void *user, dyad_add_status *out_status, dyad_diag *diag);

/* ---- pre-coded articles as JSON lines ----------------------------------------- */

/*
 * Pre-coded articles, one JSON object per line:
 *   {"id":..., "date":"YYYY-MM-DD", "title":..., "url":..., "source":..., "text":...,
 *    "sents":[[off,len],...], "events":[ event records of shared/schema/events.md ]}
 * Only "id" and "text" are required; "text" is the cleaned text the store keeps.
 *   - "sents", when present, gives the byte span in "text" of every sentence, all of
 *     which are stored; each event's "sent" indexes it and its "text" must be that
 *     sentence. Without "sents", each event's sentence text is searched for in the
 *     article text, in sentence order from the end of the previous sentence (repeated
 *     sentences map to successive occurrences), and only sentences with events are
 *     stored.
 *   - An event's source_text/target_text/verb_text lie in its sentence at the byte
 *     offsets "source_off"/"target_off"/"verb_off" when these are given, else at their
 *     first occurrence.
 * dyad_precoded_write() writes this format with everything present, so that
 * dyad_precoded_parse() of its output hands the store exactly what the coder gave:
 * ingesting the output of `dyad code --format articles` gives the store that ingesting
 * the raw articles gives (strings that are not UTF-8 excepted: they are written with
 * U+FFFD in their place). dyad_precoded_code() is a dyad_code_fn that hands back what
 * the last parse read, so pre-coded input runs through the same path as a live coder.
 */
typedef struct dyad_precoded dyad_precoded;

dyad_precoded *dyad_precoded_new(void);   /* NULL on ENOMEM; free with _free */
void dyad_precoded_free(dyad_precoded *p);

/*
 * Parse one line (len bytes, need not be NUL-terminated) into *a. Strings in *a live
 * in p until the next parse. file/lineno name the line in diagnostics. Malformed input
 * is DYAD_ESYNTAX (DYAD_ELIMIT for an over-long field or too many sentences) with a
 * "file:line: message" diagnostic; the line is then skipped.
 */
dyad_status dyad_precoded_parse(dyad_precoded *p, const char *line, size_t len,
                                const char *file, long lineno, dyad_article *a,
                                dyad_diag *diag);

/* The dyad_code_fn for pre-coded input: user is the dyad_precoded. */
dyad_status dyad_precoded_code(void *user, const dyad_article *a, dyad_coded_article *out);

/*
 * Write article a with its coding c as one line of the format above (one fwrite):
 * a's id, date, title, url and source, c's cleaned text, sentence spans and events
 * (each its JSON-lines record, dyad_event_write, plus the span offsets). DYAD_EIO when
 * the stream fails.
 */
dyad_status dyad_precoded_write(FILE *f, const dyad_article *a, const dyad_coded_article *c);

/* ---- queries ------------------------------------------------------------------ */

/* Filters; zero/NULL fields do not filter. Codes are matched as written (upper case). */
typedef struct dyad_query {
    const char *actor;     /* prefix of the source or the target code */
    const char *source;    /* prefix of the source code (directed dyad: source, target) */
    const char *target;    /* prefix of the target code */
    const char *code;      /* prefix of the CAMEO event code ("19", "190", "0874") */
    const char *root;      /* CAMEO root code, two digits */
    int quad;              /* 1..4, 0 = any */
    int modality;          /* a dyad_modality, -1 = any */
    const char *from, *to; /* event date range, inclusive, YYYY-MM-DD */
    const char *text;      /* FTS5 query over the sentences ("sanctions AND oil") */
    int mentions;          /* 1: one row per mention; 0: one row per merged event */
    long limit;            /* 0 = no limit */
    char pair[2][33];      /* storage for source/target set by dyad_query_set("dyad") */
} dyad_query;

/* A query with no filters (modality -1). */
void dyad_query_init(dyad_query *q);

/*
 * Set one filter by its command-line name, as `dyad events` and `dyad dyads` take them:
 * "actor", "dyad" (SRC-TGT, directed: sets source and target), "code", "root", "quad",
 * "modality", "from", "to", "text", "limit". value is referenced, not copied (except
 * for "dyad"). DYAD_ENOTFOUND for an unknown name, DYAD_EINVAL (with a diagnostic) for
 * a bad value.
 */
dyad_status dyad_query_set(dyad_query *q, const char *name, const char *value,
                           dyad_diag *diag);

/* Called for each row; the record and its strings are valid during the call only.
 * Return non-zero to stop early. */
typedef int (*dyad_record_fn)(void *user, const dyad_record *r);

/* Run q, rows ordered by date then id. DYAD_ESYNTAX for a bad FTS query, DYAD_EINVAL for
 * malformed filters (reported through diag). */
dyad_status dyad_store_query(dyad_store *s, const dyad_query *q, dyad_record_fn fn,
                             void *user, dyad_diag *diag);

/* Time buckets for dyad_store_dyads(). */
typedef enum dyad_period { DYAD_BY_DAY = 0, DYAD_BY_WEEK, DYAD_BY_MONTH } dyad_period;

/* One directed dyad in one period. Strings valid during the callback only. */
typedef struct dyad_dyad_row {
    const char *period;      /* YYYY-MM-DD (day; the Monday of a week) or YYYY-MM */
    const char *source;      /* actor code cut to the chosen level */
    const char *target;
    long events;             /* merged events (or mentions, with q->mentions) */
    long mentions;           /* mentions behind them */
    double goldstein_sum;    /* over events (or mentions) */
    double goldstein_mean;
} dyad_dyad_row;

typedef int (*dyad_dyad_fn)(void *user, const dyad_dyad_row *r);

/*
 * Counts and Goldstein per directed dyad per period, ordered by period, source, target.
 * level: number of leading characters of actor codes that name the dyad; 3 is country
 * level as event merging uses it (6 characters for IGO, NGO, IMG, MNC: IGOUNO), 0 full
 * codes. Events whose date lacks the day (YYYY-MM, YYYY) are left out
 * of day and week buckets. q filters as for dyad_store_query() (may be NULL).
 */
dyad_status dyad_store_dyads(dyad_store *s, const dyad_query *q, dyad_period by, int level,
                             dyad_dyad_fn fn, void *user, dyad_diag *diag);

/* ---- totals and dumps --------------------------------------------------------- */

typedef struct dyad_store_counts {
    long articles;        /* stored articles */
    long aliases;         /* exact-content duplicates recorded as aliases */
    long near_dups;       /* stored articles with a dup_of original */
    long sentences;
    long mentions;
    long events;          /* merged events */
} dyad_store_counts;

dyad_status dyad_store_counts_get(dyad_store *s, dyad_store_counts *out);

/*
 * Write a canonical text dump of the whole database to f: every table (sorted by name)
 * with every row (sorted by all columns), and the full-text index as its logical
 * contents (every term instance) rather than its b-tree pages, which depend on how
 * rows were batched. Two stores with equal contents give byte-identical dumps.
 */
dyad_status dyad_store_dump(dyad_store *s, FILE *f, dyad_diag *diag);

#ifdef __cplusplus
}
#endif
#endif /* DYAD_STORE_H */

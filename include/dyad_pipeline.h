/*
 * dyad_pipeline.h — the whole chain from a raw article to event mentions:
 *
 *   clean -> split -> tag + parse -> Penn Treebank tree -> code -> resolve -> records
 *
 * A dyad_engine holds everything read-only (dictionaries, parser model, CAMEO table)
 * and may be shared by any number of threads; each thread codes with its own
 * dyad_worker, which owns the reusable buffers of every stage.
 */
#ifndef DYAD_PIPELINE_H
#define DYAD_PIPELINE_H

#include "dyad.h"
#include "dyad_code.h"
#include "dyad_store.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dyad_engine dyad_engine;

typedef struct dyad_engine_opts {
    /* Dictionaries: a folder (see dyad_dict_dir_files), and/or single files that take
     * the place of that kind's files. No folder (and no env): the default
     * dictionaries in DATA/dict, where DATA is $DYAD_DATA or the data folder dyad was
     * built with, fill every kind not given. */
    const char *dict_dir;
    const char *verbs, *agents, *discards, *issues;
    const char *const *actors;
    size_t nactors;
    const char *env;     /* a PETRARCH validation file: its <Environment> names the
                            dictionaries of the kinds not given above (no defaults) */
    const char *model;   /* parser model file; NULL: DATA/model/en_ewt.dpm */
    int no_model;        /* 1: load no parser; only dyad_worker_code_tree can code */
    const char *cameo;   /* CAMEO table file; NULL: the built-in table */
    unsigned modalities; /* bit (1 << dyad_modality) per modality to emit; 0: asserted
                            and planned (the default output) */
    dyad_code_opts code; /* coder options; zero-filled means dyad_code_opts_default */
    const char *date;    /* YYYY-MM-DD: code every article as of this date, whatever its
                            own; NULL: the article's date, else a dateline's, else none */
    int parse_all;       /* 1: tag and parse every sentence, also those whose words show
                            they cannot give an event (the same events, slower: a check
                            of that filter) */
    int dict_cache;      /* DYAD_CACHE_* (dyad_code.h): how the dictionaries' compiled
                            form is used; 0 (auto) as dyad_dict_load_set */
} dyad_engine_opts;

/* The data folder: $DYAD_DATA when set, else the one dyad was built with. Static. */
const char *dyad_data_dir(void);

/*
 * Find the dictionary files of a folder, by name:
 *   - a Phoenix/PETRARCH distribution (a CAMEO*.txt verb file present): CAMEO*.txt,
 *     Phoenix.*actors*.txt, Phoenix.agents.txt, Phoenix.discards.txt,
 *     Phoenix.IssueCoding.txt;
 *   - otherwise the dyad layout: verbs.txt, *.actors.txt, agents.txt, discards.txt,
 *     issues.txt.
 * Fills o->verbs/agents/discards/issues/actors (strings in *mem, one allocation the
 * caller frees) for every kind it finds and that o does not already name.
 * DYAD_ENOTFOUND (with a diagnostic) when the folder cannot be read or has no verbs.
 */
dyad_status dyad_dict_dir_files(const char *dir, dyad_validate_opts *o, char **mem,
                                dyad_diag *diag);

/* Load an engine; *out is the caller's (dyad_engine_free). Diagnostics name files and
 * lines; dictionary lines that do not parse are warnings and are skipped. */
dyad_status dyad_engine_load(const dyad_engine_opts *opts, dyad_engine **out,
                             dyad_diag *diag);
void dyad_engine_free(dyad_engine *e);
const dyad_dict *dyad_engine_dict(const dyad_engine *e);

typedef struct dyad_worker dyad_worker;

/* Per-thread state over an engine that must outlive it. NULL on ENOMEM. */
dyad_worker *dyad_worker_new(const dyad_engine *e);
void dyad_worker_free(dyad_worker *w);

/*
 * Code one article. *out points into the worker and stays valid until its next call:
 * cleaned text, sentence spans over it, and the event mentions (those of the engine's
 * modalities) in sentence order. Event dates, modality, Goldstein and quad class are
 * resolved. A sentence the parser or coder cannot handle (too long, say) is skipped
 * with a warning through diag; only ENOMEM fails the article. A story discard ('+'
 * in the discards file) in any sentence leaves the article without events.
 */
dyad_status dyad_worker_code(dyad_worker *w, const dyad_article *a, dyad_coded_article *out,
                             dyad_diag *diag);

/*
 * Code one sentence supplied as a Penn Treebank tree (as in PETRARCH records) instead
 * of raw text: the tree's words joined by blanks are the sentence, and events go
 * through the same coding and resolve steps as dyad_worker_code (modality and dates
 * from the tree's tags; there are no dependency heads). date is YYYY-MM-DD or
 * YYYYMMDD. *out as for dyad_worker_code, with one sentence. A malformed tree is
 * DYAD_ESYNTAX or DYAD_ELIMIT, reported through diag at file:line.
 */
dyad_status dyad_worker_code_tree(dyad_worker *w, const char *doc, const char *date,
                                  const char *ptb, size_t len, const char *file, long line,
                                  dyad_coded_article *out, dyad_diag *diag);

/* What a worker has coded since it was made: articles, their sentences (those with a
 * token), and how many of those were tagged and parsed (see parse_all). */
typedef struct dyad_worker_counts {
    size_t articles, sentences, parsed;
} dyad_worker_counts;
void dyad_worker_get_counts(const dyad_worker *w, dyad_worker_counts *out);

/* dyad_worker_code as a dyad_code_fn (user is the worker), diagnostics dropped. */
dyad_status dyad_worker_code_fn(void *user, const dyad_article *a, dyad_coded_article *out);

/*
 * Parse one sentence of raw text into a Penn Treebank bracketed tree with the engine's
 * model (the same path dyad_worker_code takes). The string points into the worker,
 * valid until its next call. Used by `dyad validate --reparse` and `dyad sentences`.
 */
dyad_status dyad_worker_parse_text(dyad_worker *w, const char *text, size_t len,
                                   const char **ptb);

/* ---- streams on several threads ---------------------------------------------- */

/* A source of articles: fill *out and return 1, or return 0 at the end. *out need only
 * stay valid until the next call (a dyad_reader's articles qualify). */
typedef int (*dyad_next_fn)(void *user, dyad_article *out);

/* Receives each article, in the order read, with its coding: c is NULL when coding
 * failed with status st. Return non-zero to stop the stream early. */
typedef int (*dyad_sink_fn)(void *user, const dyad_article *a, const dyad_coded_article *c,
                            dyad_status st);

/*
 * Code every article next() gives on nthreads threads (each with its own worker) and
 * hand the results to sink in input order. Output and diagnostics are identical for
 * every nthreads: results and messages of worker threads are replayed in order on the
 * calling thread, which is also the only thread that calls next, sink and diag.
 * Fails only on ENOMEM (or thread creation failure, reported as DYAD_ENOMEM).
 */
dyad_status dyad_code_stream(const dyad_engine *e, dyad_next_fn next, void *next_user,
                             int nthreads, dyad_sink_fn sink, void *sink_user,
                             dyad_diag *diag);

#ifdef __cplusplus
}
#endif
#endif

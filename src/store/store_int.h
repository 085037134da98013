/*
 * store_int.h — internal: the store object shared by the files of src/store/ (schema
 * and ingest in store.c, queries in query.c, dumps in dump.c).
 */
#ifndef DYAD_STORE_INT_H
#define DYAD_STORE_INT_H

#include <sqlite3.h>
#include "dyad_store.h"

/* Prepared statements kept for the life of the store (ingest hot path). */
enum {
    S_LOOKUP_DOC,
    S_LOOKUP_HASH,
    S_INSERT_ALIAS,
    S_INSERT_ARTICLE,
    S_INSERT_MINHASH,
    S_CANDIDATE_SIG,
    S_INSERT_SENTENCE,
    S_INSERT_FTS,
    S_MERGE_FULL,
    S_MERGE_PARTIAL,
    S_EVENT_CODES,
    S_INSERT_EVENT,
    S_INSERT_MENTION,
    S_EVENT_MENTIONS,
    S_UPDATE_EVENT,
    S_LSH_WEEK,
    S_DATA_VERSION,
    S_NSTMT
};

/* In-memory LSH band buckets of a few weeks (lsh.c; how they are used: store.c). */
typedef struct dyad_lsh_cache dyad_lsh_cache;
dyad_lsh_cache *dyad_lsh_cache_new(void);
void dyad_lsh_cache_free(dyad_lsh_cache *c);
void dyad_lsh_cache_clear(dyad_lsh_cache *c);
int dyad_lsh_cache_has_week(const dyad_lsh_cache *c, long week);
int dyad_lsh_cache_room(const dyad_lsh_cache *c, int weeks);   /* can hold more weeks */
void dyad_lsh_cache_add_week(dyad_lsh_cache *c, long week);
int dyad_lsh_cache_put(dyad_lsh_cache *c, int64_t key, int64_t article); /* -1: ENOMEM */
int64_t dyad_lsh_cache_get(const dyad_lsh_cache *c, int64_t key);        /* 0: absent */

struct dyad_store {
    sqlite3 *db;
    char *path;
    int in_batch;
    sqlite3_stmt *st[S_NSTMT];
    dyad_lsh_cache *lsh;     /* LSH buckets of the weeks in use */
    sqlite3_int64 data_version; /* of the last transaction begun: other writers? */
};

/* Report the connection's last error through diag; returns DYAD_EIO (or ENOMEM). */
dyad_status dyad_store_sqlerr(dyad_store *s, dyad_diag *diag, const char *what);

/* Names back to enums (-1 when unknown): "asserted"..., "article"..., and "target" or
 * "source" (dyad_context_name; NULL, no party from context, is 0). */
int dyad_modality_parse(const char *name);
int dyad_date_basis_parse(const char *name);
int dyad_context_parse(const char *name);

#endif

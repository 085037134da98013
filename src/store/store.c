/*
 * store.c — the SQLite event store: schema creation and versioning, transactional and
 * idempotent ingest of an article with its sentences and mentions, near-duplicate
 * linking and event merging at ingest time. Tables and rules: docs/schema.md.
 *
 * Idempotence rests on three facts: every write for an article happens inside one
 * transaction (its own, or its batch's); an article is recognised again by
 * its id (articles.doc, article_aliases.doc) before anything is written; and every
 * value written depends only on the database contents and the article, never on the
 * clock or on how articles were batched. So a run killed mid-batch and rerun performs
 * exactly the writes an uninterrupted run would, and ends with the same rows.
 */
#include <stdlib.h>
#include <string.h>
#include "store/store_int.h"
#include "merge/merge.h"
#include "util/util.h"

static const char *const S_schema =
    "CREATE TABLE articles("
    " article_id INTEGER PRIMARY KEY,"
    " doc TEXT NOT NULL UNIQUE,"
    " date TEXT NOT NULL,"
    " title TEXT NOT NULL,"
    " url TEXT NOT NULL,"
    " outlet TEXT NOT NULL,"
    " content_hash TEXT NOT NULL UNIQUE,"
    " dup_of INTEGER REFERENCES articles(article_id),"
    " dup_sim REAL,"
    " n_sentences INTEGER NOT NULL,"
    " n_mentions INTEGER NOT NULL,"
    " text TEXT NOT NULL);"
    "CREATE INDEX articles_dup_of ON articles(dup_of);"
    "CREATE TABLE article_aliases("
    " doc TEXT PRIMARY KEY,"
    " article_id INTEGER NOT NULL REFERENCES articles(article_id),"
    " date TEXT NOT NULL, title TEXT NOT NULL, url TEXT NOT NULL, outlet TEXT NOT NULL"
    ") WITHOUT ROWID;"
    "CREATE TABLE minhash("
    " article_id INTEGER PRIMARY KEY REFERENCES articles(article_id),"
    " week INTEGER NOT NULL,"
    " sig BLOB NOT NULL);"
    "CREATE INDEX minhash_week ON minhash(week, article_id);"
    "CREATE TABLE sentences("
    " sentence_id INTEGER PRIMARY KEY,"
    " article_id INTEGER NOT NULL REFERENCES articles(article_id),"
    " sent INTEGER NOT NULL,"
    " off INTEGER NOT NULL,"
    " len INTEGER NOT NULL,"
    " text TEXT NOT NULL,"
    " UNIQUE(article_id, sent));"
    "CREATE VIRTUAL TABLE sentences_fts USING fts5("
    " text, content='sentences', content_rowid='sentence_id');"
    "CREATE TABLE events("
    " event_id INTEGER PRIMARY KEY,"
    " date TEXT NOT NULL,"
    " source TEXT NOT NULL, target TEXT NOT NULL,"
    " code TEXT NOT NULL, root TEXT NOT NULL,"
    " quad INTEGER NOT NULL, goldstein REAL NOT NULL,"
    " modality TEXT NOT NULL,"
    " num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL,"
    " num_articles INTEGER NOT NULL,"
    " rep_mention_id INTEGER,"
    " codes TEXT NOT NULL,"
    " src_key TEXT NOT NULL, tgt_key TEXT NOT NULL,"
    " anchor TEXT NOT NULL, anchor_day INTEGER);"
    "CREATE INDEX events_merge ON events(src_key, tgt_key, root, modality, anchor_day);"
    "CREATE INDEX events_date ON events(date);"
    "CREATE INDEX events_dyad ON events(source, target);"
    "CREATE TABLE mentions("
    " mention_id INTEGER PRIMARY KEY,"
    " event_id INTEGER NOT NULL REFERENCES events(event_id),"
    " article_id INTEGER NOT NULL REFERENCES articles(article_id),"
    " sentence_id INTEGER NOT NULL REFERENCES sentences(sentence_id),"
    " sent INTEGER NOT NULL,"
    " source TEXT NOT NULL, target TEXT NOT NULL,"
    " code TEXT NOT NULL, root TEXT NOT NULL,"
    " quad INTEGER NOT NULL, goldstein REAL NOT NULL,"
    " date TEXT NOT NULL, date_basis TEXT NOT NULL, article_date TEXT NOT NULL,"
    " modality TEXT NOT NULL,"
    " source_off INTEGER, source_len INTEGER,"
    " target_off INTEGER, target_len INTEGER,"
    " verb_off INTEGER, verb_len INTEGER,"
    " context TEXT);"
    "CREATE INDEX mentions_event ON mentions(event_id);"
    "CREATE INDEX mentions_article ON mentions(article_id);"
    "CREATE INDEX mentions_sentence ON mentions(sentence_id);";

static const char *const S_sql[S_NSTMT] = {
    [S_LOOKUP_DOC] = "SELECT 1 FROM articles WHERE doc=?1 "
                     "UNION ALL SELECT 2 FROM article_aliases WHERE doc=?1",
    [S_LOOKUP_HASH] = "SELECT article_id FROM articles WHERE content_hash=?1",
    [S_INSERT_ALIAS] = "INSERT INTO article_aliases(doc,article_id,date,title,url,outlet) "
                       "VALUES(?1,?2,?3,?4,?5,?6)",
    [S_INSERT_ARTICLE] =
        "INSERT INTO articles(doc,date,title,url,outlet,content_hash,dup_of,dup_sim,"
        "n_sentences,n_mentions,text) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11)",
    [S_INSERT_MINHASH] = "INSERT INTO minhash(article_id,week,sig) VALUES(?1,?2,?3)",
    [S_LSH_WEEK] = "SELECT article_id, sig FROM minhash WHERE week=?1 ORDER BY article_id",
    [S_DATA_VERSION] = "PRAGMA data_version",
    [S_CANDIDATE_SIG] = "SELECT m.sig, a.dup_of FROM minhash m JOIN articles a "
                        "ON a.article_id=m.article_id WHERE m.article_id=?1",
    [S_INSERT_SENTENCE] = "INSERT INTO sentences(article_id,sent,off,len,text) "
                          "VALUES(?1,?2,?3,?4,?5)",
    [S_INSERT_FTS] = "INSERT INTO sentences_fts(rowid,text) VALUES(?1,?2)",
    [S_MERGE_FULL] = "SELECT event_id, anchor_day, codes FROM events WHERE src_key=?1 AND "
                     "tgt_key=?2 AND root=?3 AND modality=?4 AND anchor_day BETWEEN ?5 AND ?6",
    [S_MERGE_PARTIAL] = "SELECT event_id, 0, codes FROM events WHERE src_key=?1 AND "
                        "tgt_key=?2 AND root=?3 AND modality=?4 AND anchor_day IS NULL AND "
                        "anchor=?5",
    [S_EVENT_CODES] = "UPDATE events SET codes=?2 WHERE event_id=?1",
    [S_INSERT_EVENT] = "INSERT INTO events(date,source,target,code,root,quad,goldstein,"
                       "modality,num_mentions,num_sources,num_articles,codes,src_key,tgt_key,"
                       "anchor,anchor_day) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,0,0,0,?4,?9,?10,?1,"
                       "?11)",
    [S_INSERT_MENTION] =
        "INSERT INTO mentions(event_id,article_id,sentence_id,sent,source,target,code,root,"
        "quad,goldstein,date,date_basis,article_date,modality,source_off,source_len,"
        "target_off,target_len,verb_off,verb_len,context) VALUES(?1,?2,?3,?4,"
        "?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21)",
    [S_EVENT_MENTIONS] =
        "SELECT m.mention_id, coalesce(a.dup_of,a.article_id), a.outlet, a.doc, m.sent,"
        " m.date, m.source, m.target, m.code, m.quad, m.goldstein FROM mentions m"
        " JOIN articles a ON a.article_id=m.article_id WHERE m.event_id=?1",
    [S_UPDATE_EVENT] =
        "UPDATE events SET date=?2,source=?3,target=?4,code=?5,root=?6,quad=?7,"
        "goldstein=?8,num_mentions=?9,num_sources=?10,num_articles=?11,"
        "rep_mention_id=?12 WHERE event_id=?1",
};

const char *dyad_add_status_name(dyad_add_status st)
{
    switch (st) {
    case DYAD_ADD_ADDED: return "added";
    case DYAD_ADD_DUPLICATE_ID: return "duplicate_id";
    case DYAD_ADD_DUPLICATE_CONTENT: return "duplicate_content";
    }
    return "unknown";
}

int dyad_modality_parse(const char *name)
{
    for (int m = DYAD_MOD_ASSERTED; m <= DYAD_MOD_NEGATED; m++)
        if (!strcmp(name, dyad_modality_name((dyad_modality)m)))
            return m;
    return -1;
}

int dyad_date_basis_parse(const char *name)
{
    for (int b = DYAD_DATE_ARTICLE; b <= DYAD_DATE_EXPLICIT; b++)
        if (!strcmp(name, dyad_date_basis_name((dyad_date_basis)b)))
            return b;
    return -1;
}

int dyad_context_parse(const char *name)
{
    if (!name)
        return 0;
    for (int k = 1; k <= 2; k++)
        if (!strcmp(name, dyad_context_name(k)))
            return k;
    return -1;
}

dyad_status dyad_store_sqlerr(dyad_store *s, dyad_diag *diag, const char *what)
{
    int rc = sqlite3_errcode(s->db);
    dyad_diagf(diag, DYAD_ERROR, s->path, 0, "%s: %s", what, sqlite3_errmsg(s->db));
    return rc == SQLITE_NOMEM ? DYAD_ENOMEM : DYAD_EIO;
}

/*
 * LSH banding, in memory. Signatures are stored with the week of their article's date
 * (days since 1970-01-01 over 7; -1 without a date). Copies are searched for among
 * articles dated within a week either side, which is where syndication happens, so the
 * store only needs the band buckets of three weeks at a time: it computes them from
 * the stored signatures of those weeks into a hash table (lsh.c) and adds each new
 * article's. A bucket key keeps the first article that filled it (later ones with the
 * same bucket are near-duplicate candidates of it anyway). Keys are the week in the high
 * bits and the bucket in the low 40: 40-bit buckets collide by chance about once per
 * million articles in a week, a wasted comparison, never a false link, since candidates
 * are confirmed by their signatures. Nothing of this is stored, so it costs no writes.
 */
#define S_LSH_WEEKS 3

static int64_t S_lsh_key(long week, int64_t bucket)
{
    return (int64_t)(((uint64_t)(week + 2) << 40) | ((uint64_t)bucket & 0xFFFFFFFFFFULL));
}

static long S_week(const char *date)
{
    int ok;
    long day = dyad_day_number(date ? date : "", &ok);
    return ok && day >= 0 ? day / 7 : -1;
}

static int S_lsh_put(dyad_store *s, long week, const dyad_minhash *mh, sqlite3_int64 id)
{
    for (int b = 0; b < DYAD_MH_BANDS; b++)
        if (dyad_lsh_cache_put(s->lsh, S_lsh_key(week, dyad_minhash_bucket(mh, b)), id))
            return -1;
    return 0;
}

static int S_exec(dyad_store *s, const char *sql)
{
    return sqlite3_exec(s->db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
}

static int S_user_version(dyad_store *s)
{
    sqlite3_stmt *st;
    int v = -1;
    if (sqlite3_prepare_v2(s->db, "PRAGMA user_version", -1, &st, NULL) != SQLITE_OK)
        return -1;
    if (sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* Create the schema in a fresh database, or check the version of an existing one. */
static dyad_status S_schema_init(dyad_store *s, dyad_diag *diag)
{
    /* the common case, a current store, needs no write lock: readers can open a store
     * while an ingest holds the lock */
    if (S_user_version(s) == DYAD_STORE_SCHEMA_VERSION)
        return DYAD_OK;
    if (S_exec(s, "BEGIN IMMEDIATE"))
        return dyad_store_sqlerr(s, diag, "cannot lock database");
    int v = S_user_version(s);
    dyad_status st = DYAD_OK;
    char pragma[64];
    snprintf(pragma, sizeof pragma, "PRAGMA user_version=%d", DYAD_STORE_SCHEMA_VERSION);
    if (v < 0) {
        st = dyad_store_sqlerr(s, diag, "cannot read schema version");
    } else if (v == 0) {
        sqlite3_stmt *probe;
        /* version 0 with tables in it is some other program's database */
        if (sqlite3_prepare_v2(s->db, "SELECT count(*) FROM sqlite_master", -1, &probe,
                               NULL) != SQLITE_OK ||
            sqlite3_step(probe) != SQLITE_ROW) {
            sqlite3_finalize(probe);
            st = dyad_store_sqlerr(s, diag, "cannot read schema");
        } else {
            int ntab = sqlite3_column_int(probe, 0);
            sqlite3_finalize(probe);
            if (ntab > 0) {
                dyad_diagf(diag, DYAD_ERROR, s->path, 0, "not a dyad event store");
                st = DYAD_EINVAL;
            } else if (S_exec(s, S_schema) || S_exec(s, pragma)) {
                st = dyad_store_sqlerr(s, diag, "cannot create schema");
            }
        }
    } else if (v == 1) {
        /* version 1 had no context mark: its events all name both parties */
        if (S_exec(s, "ALTER TABLE mentions ADD COLUMN context TEXT") ||
            S_exec(s, pragma))
            st = dyad_store_sqlerr(s, diag, "cannot upgrade schema");
    } else if (v != DYAD_STORE_SCHEMA_VERSION) {
        dyad_diagf(diag, DYAD_ERROR, s->path, 0,
                   "schema version %d, this dyad reads version %d", v,
                   DYAD_STORE_SCHEMA_VERSION);
        st = DYAD_EINVAL;
    }
    if (st == DYAD_OK && S_exec(s, "COMMIT"))
        st = dyad_store_sqlerr(s, diag, "cannot commit schema");
    if (st != DYAD_OK)
        S_exec(s, "ROLLBACK");
    return st;
}

dyad_status dyad_store_open(const char *path, dyad_store **out, dyad_diag *diag)
{
    *out = NULL;
    dyad_store *s = calloc(1, sizeof *s);
    if (!s)
        return DYAD_ENOMEM;
    s->path = strdup(path);
    s->lsh = dyad_lsh_cache_new();
    if (!s->path || !s->lsh) {
        free(s->path);
        dyad_lsh_cache_free(s->lsh);
        free(s);
        return DYAD_ENOMEM;
    }
    dyad_status st = DYAD_OK;
    if (sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) !=
        SQLITE_OK) {
        st = s->db ? dyad_store_sqlerr(s, diag, "cannot open database") : DYAD_ENOMEM;
        goto fail;
    }
    sqlite3_busy_timeout(s->db, 10000);
    if (S_exec(s, "PRAGMA journal_mode=WAL") || S_exec(s, "PRAGMA synchronous=NORMAL") ||
        S_exec(s, "PRAGMA cache_size=-65536") || S_exec(s, "PRAGMA wal_autocheckpoint=8192") ||
        S_exec(s, "PRAGMA foreign_keys=OFF")) {
        st = dyad_store_sqlerr(s, diag, "cannot configure database");
        goto fail;
    }
    if ((st = S_schema_init(s, diag)) != DYAD_OK)
        goto fail;
    for (int i = 0; i < S_NSTMT; i++) {
        if (sqlite3_prepare_v3(s->db, S_sql[i], -1, SQLITE_PREPARE_PERSISTENT, &s->st[i],
                               NULL) != SQLITE_OK) {
            st = dyad_store_sqlerr(s, diag, "cannot prepare statement");
            goto fail;
        }
    }
    *out = s;
    return DYAD_OK;
fail:
    dyad_store_free(s);
    return st;
}

void dyad_store_free(dyad_store *s)
{
    if (!s)
        return;
    for (int i = 0; i < S_NSTMT; i++)
        sqlite3_finalize(s->st[i]);
    if (s->db) {
        if (!sqlite3_get_autocommit(s->db))
            S_exec(s, "ROLLBACK");
        sqlite3_close(s->db);
    }
    dyad_lsh_cache_free(s->lsh);
    free(s->path);
    free(s);
}

/* Start a write transaction; forget cached LSH keys if another connection committed
 * since our last transaction (they may have added keys, or this may be a new file). */
static int S_begin(dyad_store *s)
{
    if (S_exec(s, "BEGIN IMMEDIATE"))
        return -1;
    sqlite3_stmt *st = s->st[S_DATA_VERSION];
    sqlite3_int64 v = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int64(st, 0) : -1;
    sqlite3_reset(st);
    if (v != s->data_version) {
        dyad_lsh_cache_clear(s->lsh);
        s->data_version = v;
    }
    return 0;
}

/* Roll back the open transaction; cached keys may include rolled-back inserts. */
static void S_rollback(dyad_store *s)
{
    S_exec(s, "ROLLBACK");
    dyad_lsh_cache_clear(s->lsh);
    s->in_batch = 0;
}

dyad_status dyad_store_begin(dyad_store *s)
{
    if (s->in_batch)
        return DYAD_EINVAL;
    if (S_begin(s))
        return dyad_store_sqlerr(s, NULL, "begin");
    s->in_batch = 1;
    return DYAD_OK;
}

dyad_status dyad_store_commit(dyad_store *s)
{
    if (!s->in_batch)
        return DYAD_EINVAL;
    s->in_batch = 0;
    if (S_exec(s, "COMMIT")) {
        dyad_status st = dyad_store_sqlerr(s, NULL, "commit");
        S_rollback(s);
        return st;
    }
    return DYAD_OK;
}

/* ---- statement helpers: bind, step to completion, reset ---- */

static void S_text(sqlite3_stmt *st, int i, const char *v)
{
    sqlite3_bind_text(st, i, v ? v : "", -1, SQLITE_STATIC);
}

static void S_textn(sqlite3_stmt *st, int i, const char *v, size_t n)
{
    sqlite3_bind_text64(st, i, v, n, SQLITE_STATIC, SQLITE_UTF8);
}

/* Run a statement that returns no rows. */
static int S_run(sqlite3_stmt *st)
{
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc == SQLITE_DONE ? 0 : -1;
}

static void S_done(sqlite3_stmt *st)
{
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
}

/* 0: unknown id, 1: a stored article, 2: an alias of one, -1: error. */
static int S_lookup_doc(dyad_store *s, const char *id)
{
    sqlite3_stmt *st = s->st[S_LOOKUP_DOC];
    S_text(st, 1, id);
    int rc = sqlite3_step(st), r = 0;
    if (rc == SQLITE_ROW)
        r = sqlite3_column_int(st, 0);
    else if (rc != SQLITE_DONE)
        r = -1;
    S_done(st);
    return r;
}

int dyad_store_has_article(dyad_store *s, const char *id)
{
    int r = S_lookup_doc(s, id);
    return r < 0 ? -1 : r > 0;
}

/* ---- validation of caller input ---- */

static int S_str_ok(const char *field, size_t cap)
{
    return memchr(field, '\0', cap) != NULL;
}

static int S_code_ok(const char *c)
{
    size_t n = strnlen(c, 8);
    if (n < 3 || n > 4)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (c[i] < '0' || c[i] > '9')
            return 0;
    return 1;
}

static int S_span_ok(dyad_span sp, size_t len)
{
    return sp.len == 0 || (size_t)sp.off + sp.len <= len;
}

static dyad_status S_validate(const dyad_article *a, size_t text_len, const dyad_span *sents,
                              size_t nsent, const dyad_event *ev, size_t n, dyad_diag *diag)
{
    for (size_t i = 0; i < nsent; i++)
        if (!S_span_ok(sents[i], text_len)) {
            dyad_diagf(diag, DYAD_ERROR, a->file, a->line,
                       "article %s: sentence %zu lies outside the text", a->id, i);
            return DYAD_EINVAL;
        }
    for (size_t i = 0; i < n; i++) {
        const dyad_event *e = &ev[i];
        const char *why = NULL;
        if (e->sent < 0 || (size_t)e->sent >= nsent || sents[e->sent].len == 0)
            why = "names a sentence the article does not have";
        else if (!S_str_ok(e->source, sizeof e->source) ||
                 !S_str_ok(e->target, sizeof e->target) || !S_str_ok(e->date, sizeof e->date) ||
                 !S_str_ok(e->article_date, sizeof e->article_date) ||
                 !S_str_ok(e->code, sizeof e->code))
            why = "has an unterminated field";
        else if (!S_code_ok(e->code))
            why = "has an event code that is not 3 or 4 digits";
        else if (e->quad < 1 || e->quad > 4)
            why = "has a quad class outside 1..4";
        else if ((unsigned)e->modality > DYAD_MOD_NEGATED ||
                 (unsigned)e->date_basis > DYAD_DATE_EXPLICIT)
            why = "has an unknown modality or date basis";
        else if (!S_span_ok(e->source_span, sents[e->sent].len) ||
                 !S_span_ok(e->target_span, sents[e->sent].len) ||
                 !S_span_ok(e->verb_span, sents[e->sent].len))
            why = "has a span outside its sentence";
        if (why) {
            dyad_diagf(diag, DYAD_ERROR, a->file, a->line, "article %s: mention %zu %s",
                       a->id, i, why);
            return DYAD_EINVAL;
        }
    }
    return DYAD_OK;
}

/* ---- near duplicates ---- */

/* The original a new article copies, or 0: the most similar stored article whose
 * estimated similarity reaches DYAD_NEAR_DUP_MIN (ties: the lowest id), followed to
 * its own original so that copies of copies point at the first report. */
/* Make sure the LSH keys of weeks week-1..week+1 are in the cache. */
static int S_lsh_load(dyad_store *s, long week)
{
    long first = week < 0 ? week : week - 1, last = week < 0 ? week : week + 1;
    int missing = 0;
    for (long w = first; w <= last; w++)
        missing += !dyad_lsh_cache_has_week(s->lsh, w);
    if (!missing)
        return 0;
    if (!dyad_lsh_cache_room(s->lsh, missing))
        dyad_lsh_cache_clear(s->lsh);
    sqlite3_stmt *st = s->st[S_LSH_WEEK];
    for (long w = first; w <= last; w++) {
        if (dyad_lsh_cache_has_week(s->lsh, w))
            continue;
        sqlite3_bind_int64(st, 1, w);
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            dyad_minhash mh;
            if (sqlite3_column_bytes(st, 1) != DYAD_MH_BYTES)
                continue;
            dyad_minhash_unpack(sqlite3_column_blob(st, 1), &mh);
            if (S_lsh_put(s, w, &mh, sqlite3_column_int64(st, 0))) {
                rc = SQLITE_NOMEM;
                break;
            }
        }
        S_done(st);
        if (rc != SQLITE_DONE) {
            dyad_lsh_cache_clear(s->lsh);
            return -1;
        }
        dyad_lsh_cache_add_week(s->lsh, w);
    }
    return 0;
}

static int S_find_original(dyad_store *s, const dyad_minhash *mh, long week,
                           sqlite3_int64 *orig, double *sim)
{
    sqlite3_int64 seen[64], best_id = 0;
    size_t nseen = 0;
    double best = -1;
    sqlite3_stmt *q = s->st[S_CANDIDATE_SIG];
    if (S_lsh_load(s, week))
        return -1;
    for (int k = 0; k < S_LSH_WEEKS * DYAD_MH_BANDS; k++) {
        long w = week < 0 ? week : week - 1 + k / DYAD_MH_BANDS;
        sqlite3_int64 id =
            dyad_lsh_cache_get(s->lsh, S_lsh_key(w, dyad_minhash_bucket(mh, k % DYAD_MH_BANDS)));
        if (!id)
            continue;
        int dup = 0;
        for (size_t i = 0; i < nseen && !dup; i++)
            dup = seen[i] == id;
        if (dup)
            continue;
        if (nseen < sizeof seen / sizeof *seen)
            seen[nseen++] = id; /* beyond that a candidate may be compared twice: harmless */
        sqlite3_bind_int64(q, 1, id);
        int rc = sqlite3_step(q);
        if (rc == SQLITE_ROW && sqlite3_column_bytes(q, 0) == DYAD_MH_BYTES) {
            dyad_minhash other;
            dyad_minhash_unpack(sqlite3_column_blob(q, 0), &other);
            double sv = dyad_minhash_similarity(mh, &other);
            sqlite3_int64 root =
                sqlite3_column_type(q, 1) == SQLITE_NULL ? id : sqlite3_column_int64(q, 1);
            if (sv >= DYAD_NEAR_DUP_MIN && (sv > best || (sv == best && root < best_id))) {
                best = sv;
                best_id = root;
            }
        }
        S_done(q);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE)
            return -1;
    }
    *orig = best_id;
    *sim = best_id ? best : 0;
    return 0;
}

/* The codes of an event's mentions are kept in events.codes, distinct, sorted, separated
 * by spaces, so that matching a mention needs no look-up of the event's mentions. */
#define S_CODES_MAX 256

/* Whether the list holds a code compatible with c, and whether it holds c itself. */
static void S_codes_check(const char *list, const char *c, int *compat, int *has)
{
    *compat = *has = 0;
    for (const char *p = list; *p;) {
        size_t n = strcspn(p, " ");
        char one[8];
        if (n < sizeof one) {
            memcpy(one, p, n);
            one[n] = '\0';
            *compat |= dyad_codes_compatible(one, c);
            *has |= !strcmp(one, c);
        }
        p += n;
        p += *p == ' ';
    }
}

/* list with c inserted in order, into out; 0 when it does not fit (c left out). */
static int S_codes_add(const char *list, const char *c, char out[S_CODES_MAX])
{
    size_t k = 0, cl = strlen(c), ll = strlen(list);
    int done = 0;
    if (ll + cl + 2 > S_CODES_MAX)
        return 0;
    for (const char *p = list; *p || !done;) {
        size_t n = strcspn(p, " ");
        const char *tok = p;
        if (!done && (!*p || strncmp(c, tok, n > cl ? n : cl) < 0)) {
            tok = c;
            n = cl;
            done = 1;
        } else {
            p += n;
            p += *p == ' ';
        }
        if (k)
            out[k++] = ' ';
        memcpy(out + k, tok, n);
        k += n;
    }
    out[k] = '\0';
    return 1;
}

/*
 * The event a mention joins (see merge.h): among events with the same actor keys, root
 * and modality whose anchor (the date of the event's first mention) lies within the
 * window of the mention's date (partial dates: equal), and that hold a mention with a
 * compatible code, the one whose anchor is nearest, then the oldest. 0: none. The
 * chosen event's code list takes the mention's code.
 */
static int S_join_event(dyad_store *s, const dyad_event *e, const char *sk, const char *tk,
                        const char *root, const char *date, long day, int full,
                        sqlite3_int64 *out)
{
    sqlite3_stmt *st = s->st[full ? S_MERGE_FULL : S_MERGE_PARTIAL];
    S_text(st, 1, sk);
    S_text(st, 2, tk);
    S_text(st, 3, root);
    S_text(st, 4, dyad_modality_name(e->modality));
    if (full) {
        sqlite3_bind_int64(st, 5, day - DYAD_MERGE_WINDOW_DAYS);
        sqlite3_bind_int64(st, 6, day + DYAD_MERGE_WINDOW_DAYS);
    } else {
        S_text(st, 5, date);
    }
    sqlite3_int64 best = 0;
    long best_dist = 0;
    int rc, best_has = 0;
    char best_codes[S_CODES_MAX] = "";
    *out = 0;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *codes = (const char *)sqlite3_column_text(st, 2);
        int compat, has;
        S_codes_check(codes ? codes : "", e->code, &compat, &has);
        if (!compat)
            continue;
        sqlite3_int64 id = sqlite3_column_int64(st, 0);
        long dist = full ? labs((long)sqlite3_column_int64(st, 1) - day) : 0;
        if (!best || dist < best_dist || (dist == best_dist && id < best)) {
            best = id;
            best_dist = dist;
            best_has = has;
            snprintf(best_codes, sizeof best_codes, "%s", codes);
        }
    }
    S_done(st);
    if (rc != SQLITE_DONE)
        return -1;
    char codes[S_CODES_MAX];
    if (best && !best_has && S_codes_add(best_codes, e->code, codes)) {
        sqlite3_bind_int64(s->st[S_EVENT_CODES], 1, best);
        S_text(s->st[S_EVENT_CODES], 2, codes);
        if (S_run(s->st[S_EVENT_CODES]))
            return -1;
    }
    *out = best;
    return 0;
}

/* Events an article touched, refreshed once when it is stored. */
typedef struct S_idset {
    sqlite3_int64 *v;
    size_t n, cap;
} S_idset;

static int S_idset_add(S_idset *set, sqlite3_int64 id)
{
    for (size_t i = 0; i < set->n; i++)
        if (set->v[i] == id)
            return 0;
    if (dyad_vec_grow((void **)&set->v, &set->cap, set->n, sizeof *set->v))
        return -1;
    set->v[set->n++] = id;
    return 0;
}

/* One mention of an event, as the representative choice compares them. */
typedef struct S_cand {
    sqlite3_int64 id;
    int sent, quad;
    double goldstein;
    char date[11], code[8], source[32], target[32];
    const char *doc;
} S_cand;

static void S_text_into(sqlite3_stmt *st, int col, char *dst, size_t cap)
{
    const char *t = (const char *)sqlite3_column_text(st, col);
    size_t n = t ? (size_t)sqlite3_column_bytes(st, col) : 0;
    n = n < cap - 1 ? n : cap - 1;
    if (n)
        memcpy(dst, t, n);
    dst[n] = '\0';
}

/* Is a a better representative than b? Full dates before partial ones, then the
 * earliest, then the most specific code, then the most specific actors, then the
 * names, article and sentence: a total order on what the mentions say, so the choice
 * does not depend on the order they were stored in. */
static int S_better(const S_cand *a, const S_cand *b)
{
    int c;
    size_t la = strlen(a->date), lb = strlen(b->date);
    if ((la == 10) != (lb == 10))
        return la == 10;
    if ((c = strcmp(a->date, b->date)))
        return c < 0;
    if (strlen(a->code) != strlen(b->code))
        return strlen(a->code) > strlen(b->code);
    if ((c = strcmp(a->code, b->code)))
        return c < 0;
    size_t sa = strlen(a->source) + strlen(a->target), sb = strlen(b->source) + strlen(b->target);
    if (sa != sb)
        return sa > sb;
    if ((c = strcmp(a->source, b->source)) || (c = strcmp(a->target, b->target)) ||
        (c = strcmp(a->doc, b->doc)))
        return c < 0;
    if (a->sent != b->sent)
        return a->sent < b->sent;
    return a->id < b->id;
}

/* Growable list of distinct strings, for counting distinct clusters and outlets. */
typedef struct S_strset {
    char **v;
    size_t n, cap;
} S_strset;

static int S_strset_add(S_strset *set, const char *x)
{
    for (size_t i = 0; i < set->n; i++)
        if (!strcmp(set->v[i], x))
            return 0;
    if (dyad_vec_grow((void **)&set->v, &set->cap, set->n, sizeof *set->v))
        return -1;
    if (!(set->v[set->n] = strdup(x)))
        return -1;
    set->n++;
    return 0;
}

static void S_strset_free(S_strset *set)
{
    for (size_t i = 0; i < set->n; i++)
        free(set->v[i]);
    free(set->v);
}

/* Recompute an event's counts and representative mention from its mentions
 * (NumArticles: distinct near-duplicate clusters; NumSources: distinct outlets, an
 * article without one counting as its cluster's own source). Events are small (their
 * mentions lie within the date window), so this reads them all. */
static int S_refresh_event(dyad_store *s, sqlite3_int64 ev)
{
    sqlite3_stmt *st = s->st[S_EVENT_MENTIONS], *u = s->st[S_UPDATE_EVENT];
    S_idset clusters = {0};
    S_strset outlets = {0};
    S_cand best, cur;
    char *best_doc = NULL;
    int n = 0, rc, bad = 0;
    sqlite3_bind_int64(st, 1, ev);
    while (!bad && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        sqlite3_int64 cluster = sqlite3_column_int64(st, 1);
        const char *outlet = (const char *)sqlite3_column_text(st, 2);
        if (outlet && *outlet) {
            bad = S_strset_add(&outlets, outlet);
        } else { /* "\x01" + cluster id: cannot equal an outlet name */
            char key[32];
            snprintf(key, sizeof key, "\x01%lld", (long long)cluster);
            bad = S_strset_add(&outlets, key);
        }
        bad = bad || S_idset_add(&clusters, cluster);
        cur.id = sqlite3_column_int64(st, 0);
        cur.doc = (const char *)sqlite3_column_text(st, 3);
        cur.doc = cur.doc ? cur.doc : "";
        cur.sent = sqlite3_column_int(st, 4);
        S_text_into(st, 5, cur.date, sizeof cur.date);
        S_text_into(st, 6, cur.source, sizeof cur.source);
        S_text_into(st, 7, cur.target, sizeof cur.target);
        S_text_into(st, 8, cur.code, sizeof cur.code);
        cur.quad = sqlite3_column_int(st, 9);
        cur.goldstein = sqlite3_column_double(st, 10);
        if (!bad && (n == 0 || S_better(&cur, &best))) {
            free(best_doc);
            best = cur;
            best.doc = best_doc = strdup(cur.doc);
            bad = !best_doc;
        }
        n++;
    }
    S_done(st);
    if (!bad && rc == SQLITE_DONE && n > 0) {
        char root[3] = {best.code[0], best.code[1], '\0'};
        sqlite3_bind_int64(u, 1, ev);
        S_text(u, 2, best.date);
        S_text(u, 3, best.source);
        S_text(u, 4, best.target);
        S_text(u, 5, best.code);
        S_text(u, 6, root);
        sqlite3_bind_int(u, 7, best.quad);
        sqlite3_bind_double(u, 8, best.goldstein);
        sqlite3_bind_int(u, 9, n);
        sqlite3_bind_int64(u, 10, (sqlite3_int64)outlets.n);
        sqlite3_bind_int64(u, 11, (sqlite3_int64)clusters.n);
        sqlite3_bind_int64(u, 12, best.id);
        bad = S_run(u);
    } else {
        bad = 1;
    }
    free(best_doc);
    free(clusters.v);
    S_strset_free(&outlets);
    return bad ? -1 : 0;
}

static void S_span(sqlite3_stmt *st, int i, dyad_span sp)
{
    if (sp.len) {
        sqlite3_bind_int64(st, i, sp.off);
        sqlite3_bind_int64(st, i + 1, sp.len);
    } else {
        sqlite3_bind_null(st, i);
        sqlite3_bind_null(st, i + 1);
    }
}

/* The coding an event and each of its mentions keep: source, target, code, root, quad,
 * Goldstein in the columns from i on. */
static void S_coding(sqlite3_stmt *st, int i, const dyad_event *e, const char *root)
{
    S_text(st, i, e->source);
    S_text(st, i + 1, e->target);
    S_text(st, i + 2, e->code);
    S_text(st, i + 3, root);
    sqlite3_bind_int(st, i + 4, e->quad);
    sqlite3_bind_double(st, i + 5, e->goldstein);
}

/* Store one mention in the event it joins, or in a new event. */
static int S_add_mention(dyad_store *s, const dyad_article *a, sqlite3_int64 art,
                         sqlite3_int64 sentence_id, const dyad_event *e, S_idset *touched)
{
    char sk[32], tk[32], root[3] = {e->code[0], e->code[1], '\0'};
    size_t skn = dyad_actor_key_len(e->source), tkn = dyad_actor_key_len(e->target);
    memcpy(sk, e->source, skn);
    sk[skn] = '\0';
    memcpy(tk, e->target, tkn);
    tk[tkn] = '\0';
    const char *date = e->date[0] ? e->date : a->date ? a->date : "";
    const char *adate = e->article_date[0] ? e->article_date : a->date ? a->date : "";
    int full;
    long day = dyad_day_number(date, &full);

    sqlite3_int64 ev;
    if (S_join_event(s, e, sk, tk, root, date, day, full, &ev))
        return -1;
    if (!ev) {
        sqlite3_stmt *st = s->st[S_INSERT_EVENT];
        S_text(st, 1, date);
        S_coding(st, 2, e, root);
        S_text(st, 8, dyad_modality_name(e->modality));
        S_text(st, 9, sk);
        S_text(st, 10, tk);
        if (full)
            sqlite3_bind_int64(st, 11, day);
        else
            sqlite3_bind_null(st, 11);
        if (S_run(st))
            return -1;
        ev = sqlite3_last_insert_rowid(s->db);
    }
    sqlite3_stmt *st = s->st[S_INSERT_MENTION];
    sqlite3_bind_int64(st, 1, ev);
    sqlite3_bind_int64(st, 2, art);
    sqlite3_bind_int64(st, 3, sentence_id);
    sqlite3_bind_int(st, 4, e->sent);
    S_coding(st, 5, e, root);
    S_text(st, 11, date);
    S_text(st, 12, dyad_date_basis_name(e->date_basis));
    S_text(st, 13, adate);
    S_text(st, 14, dyad_modality_name(e->modality));
    S_span(st, 15, e->source_span);
    S_span(st, 17, e->target_span);
    S_span(st, 19, e->verb_span);
    if (dyad_context_name(e->context))
        S_text(st, 21, dyad_context_name(e->context));
    else
        sqlite3_bind_null(st, 21);
    if (S_run(st))
        return -1;
    return S_idset_add(touched, ev);
}

/* ---- one article ---- */

/* All writes for one article; the caller wraps them in a transaction. */
static int S_add(dyad_store *s, const dyad_article *a, const char *text, size_t len,
                 const dyad_span *sents, size_t nsent, const dyad_event *ev, size_t n,
                 dyad_add_status *out)
{
    int known = S_lookup_doc(s, a->id);
    if (known < 0)
        return -1;
    if (known) {
        *out = known == 1 ? DYAD_ADD_DUPLICATE_ID : DYAD_ADD_DUPLICATE_CONTENT;
        return 0;
    }
    char hash[33];
    dyad_content_hash(text, len, hash);
    sqlite3_stmt *st = s->st[S_LOOKUP_HASH];
    S_text(st, 1, hash);
    int rc = sqlite3_step(st);
    sqlite3_int64 same = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    S_done(st);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        return -1;
    if (same) {
        st = s->st[S_INSERT_ALIAS];
        S_text(st, 1, a->id);
        sqlite3_bind_int64(st, 2, same);
        S_text(st, 3, a->date);
        S_text(st, 4, a->title);
        S_text(st, 5, a->url);
        S_text(st, 6, a->source);
        *out = DYAD_ADD_DUPLICATE_CONTENT;
        return S_run(st);
    }

    dyad_minhash mh;
    dyad_minhash_text(text, len, &mh);
    sqlite3_int64 orig = 0;
    double sim = 0;
    long week = S_week(a->date);
    if (mh.nshingles && S_find_original(s, &mh, week, &orig, &sim))
        return -1;
    st = s->st[S_INSERT_ARTICLE];
    S_text(st, 1, a->id);
    S_text(st, 2, a->date);
    S_text(st, 3, a->title);
    S_text(st, 4, a->url);
    S_text(st, 5, a->source);
    S_text(st, 6, hash);
    if (orig) {
        sqlite3_bind_int64(st, 7, orig);
        sqlite3_bind_double(st, 8, sim);
    }
    sqlite3_bind_int64(st, 9, (sqlite3_int64)nsent);
    sqlite3_bind_int64(st, 10, (sqlite3_int64)n);
    S_textn(st, 11, text, len);
    if (S_run(st))
        return -1;
    sqlite3_int64 art = sqlite3_last_insert_rowid(s->db);

    if (mh.nshingles) {
        unsigned char sig[DYAD_MH_BYTES];
        dyad_minhash_pack(&mh, sig);
        st = s->st[S_INSERT_MINHASH];
        sqlite3_bind_int64(st, 1, art);
        sqlite3_bind_int64(st, 2, week);
        sqlite3_bind_blob(st, 3, sig, DYAD_MH_BYTES, SQLITE_STATIC);
        if (S_run(st) || S_lsh_put(s, week, &mh, art))
            return -1;
    }

    sqlite3_int64 *sid = malloc((nsent ? nsent : 1) * sizeof *sid);
    S_idset touched = {0};
    rc = sid ? 0 : -1;
    for (size_t i = 0; i < nsent && !rc; i++) {
        if (sents[i].len == 0)
            continue;
        st = s->st[S_INSERT_SENTENCE];
        sqlite3_bind_int64(st, 1, art);
        sqlite3_bind_int64(st, 2, (sqlite3_int64)i);
        sqlite3_bind_int64(st, 3, sents[i].off);
        sqlite3_bind_int64(st, 4, sents[i].len);
        S_textn(st, 5, text + sents[i].off, sents[i].len);
        rc = S_run(st);
        sid[i] = sqlite3_last_insert_rowid(s->db);
        st = s->st[S_INSERT_FTS];
        sqlite3_bind_int64(st, 1, sid[i]);
        S_textn(st, 2, text + sents[i].off, sents[i].len);
        rc = rc || S_run(st);
    }
    for (size_t i = 0; i < n && !rc; i++)
        rc = S_add_mention(s, a, art, sid[ev[i].sent], &ev[i], &touched);
    for (size_t i = 0; i < touched.n && !rc; i++)
        rc = S_refresh_event(s, touched.v[i]);
    free(sid);
    free(touched.v);
    *out = DYAD_ADD_ADDED;
    return rc;
}

dyad_status dyad_store_add_article(dyad_store *s, const dyad_article *a,
                                   const char *clean_text, size_t clean_len,
                                   const dyad_span *sents, size_t nsent,
                                   const dyad_event *mentions, size_t n,
                                   dyad_add_status *out_status, dyad_diag *diag)
{
    if (!s || !a || !a->id || !*a->id || (nsent && !sents) || (n && !mentions)) {
        dyad_diagf(diag, DYAD_ERROR, a ? a->file : NULL, a ? a->line : 0,
                   "article without an id");
        return DYAD_EINVAL;
    }
    const char *text = clean_text ? clean_text : a->text ? a->text : "";
    size_t len = clean_text ? clean_len : a->text ? a->text_len : 0;
    dyad_status st = S_validate(a, len, sents, nsent, mentions, n, diag);
    if (st != DYAD_OK)
        return st;
    /* No savepoint per article inside a batch: everything that can be wrong with the
     * input was checked above, so only a database failure can stop S_add, and that
     * abandons the batch. (A savepoint would copy every page the article touches to a
     * statement journal, which costs more than the article's own writes.) */
    if (!s->in_batch && S_begin(s))
        return dyad_store_sqlerr(s, diag, "cannot start transaction");
    dyad_add_status what = DYAD_ADD_ADDED;
    if (S_add(s, a, text, len, sents, nsent, mentions, n, &what) ||
        (!s->in_batch && S_exec(s, "COMMIT"))) {
        st = dyad_store_sqlerr(s, diag, a->id);
        S_rollback(s);
        return st;
    }
    if (out_status)
        *out_status = what;
    return DYAD_OK;
}

dyad_status dyad_store_ingest(dyad_store *s, const dyad_article *a, dyad_code_fn code,
                              void *user, dyad_add_status *out_status, dyad_diag *diag)
{
    int known = S_lookup_doc(s, a->id);
    if (known < 0)
        return dyad_store_sqlerr(s, diag, a->id);
    if (known) {
        if (out_status)
            *out_status = known == 1 ? DYAD_ADD_DUPLICATE_ID : DYAD_ADD_DUPLICATE_CONTENT;
        return DYAD_OK;
    }
    dyad_coded_article c = {0};
    dyad_status st = code(user, a, &c);
    if (st != DYAD_OK)
        return st;
    return dyad_store_add_article(s, a, c.clean_text, c.clean_len, c.sents, c.nsent,
                                  c.events, c.nevents, out_status, diag);
}

dyad_status dyad_store_counts_get(dyad_store *s, dyad_store_counts *out)
{
    static const char *const sql =
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM article_aliases),"
        " (SELECT count(*) FROM articles WHERE dup_of IS NOT NULL),"
        " (SELECT count(*) FROM sentences), (SELECT count(*) FROM mentions),"
        " (SELECT count(*) FROM events)";
    sqlite3_stmt *st;
    memset(out, 0, sizeof *out);
    if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK)
        return dyad_store_sqlerr(s, NULL, "counts");
    dyad_status r = DYAD_OK;
    if (sqlite3_step(st) == SQLITE_ROW) {
        out->articles = sqlite3_column_int64(st, 0);
        out->aliases = sqlite3_column_int64(st, 1);
        out->near_dups = sqlite3_column_int64(st, 2);
        out->sentences = sqlite3_column_int64(st, 3);
        out->mentions = sqlite3_column_int64(st, 4);
        out->events = sqlite3_column_int64(st, 5);
    } else {
        r = dyad_store_sqlerr(s, NULL, "counts");
    }
    sqlite3_finalize(st);
    return r;
}

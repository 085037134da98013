/* test_merge.c — near-duplicate detection and event merging on the test collection
 * (tests/fixtures/store/collection.jsonl, written by make_collection.py): merged event
 * counts, duplicate-detection precision and recall over article pairs (printed), and
 * the same events whichever order the articles come in. */
#include <cJSON.h>
#include <sqlite3.h>
#include <unistd.h>
#include "harness.h"
#include "dyad_store.h"

#define COLLECTION "tests/fixtures/store/collection.jsonl"
#define MAXART 64

static char *S_lines[MAXART];
static char S_story[MAXART][32], S_id[MAXART][32];
static int S_n;

static int S_load(void)
{
    FILE *f = fopen(COLLECTION, "r");
    if (!f)
        return -1;
    char *line = NULL;
    size_t cap = 0;
    while (S_n < MAXART && getline(&line, &cap, f) > 0) {
        cJSON *j = cJSON_Parse(line);
        OK(j != NULL);
        if (!j)
            continue;
        snprintf(S_id[S_n], 32, "%s", cJSON_GetObjectItem(j, "id")->valuestring);
        snprintf(S_story[S_n], 32, "%s", cJSON_GetObjectItem(j, "_story")->valuestring);
        cJSON_Delete(j);
        S_lines[S_n++] = strdup(line);
    }
    free(line);
    fclose(f);
    return 0;
}

/* Ingest the collection in the given order, in batches of 5. */
static void S_ingest(dyad_store *s, const int *order)
{
    dyad_precoded *p = dyad_precoded_new();
    dyad_diag diag = {0};
    INT_EQ(dyad_store_begin(s), DYAD_OK);
    for (int k = 0; k < S_n; k++) {
        int i = order[k];
        dyad_article a;
        INT_EQ(dyad_precoded_parse(p, S_lines[i], strlen(S_lines[i]), COLLECTION, i + 1, &a,
                                   &diag),
               DYAD_OK);
        dyad_add_status what;
        INT_EQ(dyad_store_ingest(s, &a, dyad_precoded_code, p, &what, &diag), DYAD_OK);
        if (k % 5 == 4) {
            INT_EQ(dyad_store_commit(s), DYAD_OK);
            INT_EQ(dyad_store_begin(s), DYAD_OK);
        }
    }
    INT_EQ(dyad_store_commit(s), DYAD_OK);
    INT_EQ(diag.nwarn + diag.nerror, 0);
    dyad_precoded_free(p);
}

static long S_int(sqlite3 *db, const char *sql, const char *a1, int a2, const char *a3,
                  const char *a4)
{
    sqlite3_stmt *st;
    long v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        return -2;
    if (a1)
        sqlite3_bind_text(st, 1, a1, -1, SQLITE_STATIC);
    sqlite3_bind_int(st, 2, a2);
    if (a3)
        sqlite3_bind_text(st, 3, a3, -1, SQLITE_STATIC);
    if (a4)
        sqlite3_bind_text(st, 4, a4, -1, SQLITE_STATIC);
    if (sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

/* The event holding the mention (doc, sent, code, source). */
static long S_event_of(sqlite3 *db, const char *doc, int sent, const char *code,
                       const char *src)
{
    return S_int(db,
                 "SELECT m.event_id FROM mentions m JOIN articles a USING(article_id) "
                 "WHERE a.doc=?1 AND m.sent=?2 AND m.code=?3 AND m.source=?4",
                 doc, sent, code, src);
}

/* NumMentions*10000 + NumSources*100 + NumArticles of that event. */
static long S_counts(sqlite3 *db, const char *doc, int sent, const char *code, const char *src)
{
    return S_int(db,
                 "SELECT num_mentions*10000 + num_sources*100 + num_articles FROM events "
                 "WHERE event_id = (SELECT m.event_id FROM mentions m JOIN articles a "
                 "USING(article_id) WHERE a.doc=?1 AND m.sent=?2 AND m.code=?3 AND "
                 "m.source=?4)",
                 doc, sent, code, src);
}

/* Cluster (original article id) of each input article, via dup_of and aliases. */
static long S_cluster(sqlite3 *db, const char *doc)
{
    return S_int(db,
                 "SELECT coalesce(dup_of, article_id) FROM articles WHERE doc=?1 "
                 "UNION ALL SELECT coalesce(a.dup_of, a.article_id) FROM article_aliases al "
                 "JOIN articles a ON a.article_id = al.article_id WHERE al.doc=?1",
                 doc, 0, NULL, NULL);
}

static int S_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every event as "its mentions' (sentence, source, target, code) sorted | counts",
 * sorted: equal lists mean the same grouping whatever ids the events got. */
static char **S_events(sqlite3 *db, int *n)
{
    static const char *const sql =
        "SELECT group_concat(k, ' + ') || ' | ' || e.num_mentions || '/' || e.num_sources "
        "|| '/' || e.num_articles FROM (SELECT m.event_id AS ev, s.text || '/' || m.source "
        "|| '/' || m.target || '/' || m.code AS k FROM mentions m JOIN sentences s "
        "USING(sentence_id) ORDER BY m.event_id, k) JOIN events e ON e.event_id = ev "
        "GROUP BY ev";
    sqlite3_stmt *st;
    char **out = calloc(128, sizeof *out);
    *n = 0;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK)
        return out;
    while (*n < 128 && sqlite3_step(st) == SQLITE_ROW)
        out[(*n)++] = strdup((const char *)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    qsort(out, (size_t)*n, sizeof *out, S_cmp);
    return out;
}

static void S_prf(sqlite3 *db, const char *label, double *prec, double *rec)
{
    long cl[MAXART];
    int tp = 0, fp = 0, fn = 0;
    for (int i = 0; i < S_n; i++)
        cl[i] = S_cluster(db, S_id[i]);
    for (int i = 0; i < S_n; i++)
        for (int j = i + 1; j < S_n; j++) {
            int truth = !strcmp(S_story[i], S_story[j]), pred = cl[i] == cl[j];
            tp += truth && pred;
            fp += !truth && pred;
            fn += truth && !pred;
        }
    *prec = tp + fp ? (double)tp / (tp + fp) : 1.0;
    *rec = tp + fn ? (double)tp / (tp + fn) : 1.0;
    printf("near-duplicate articles (%s order, %d article pairs): precision %.3f recall %.3f "
           "(%d true pairs found, %d false, %d missed)\n",
           label, S_n * (S_n - 1) / 2, *prec, *rec, tp, fp, fn);
}

typedef struct S_dyads {
    int uno, afu, usa_rus;
} S_dyads;

static int S_dyad_row(void *user, const dyad_dyad_row *r)
{
    S_dyads *d = user;
    d->uno += !strcmp(r->source, "IGOUNO") && !strcmp(r->target, "SDN") && r->events == 1;
    d->afu += !strcmp(r->source, "IGOAFU") && !strcmp(r->target, "SDN") && r->events == 1;
    /* sanctions twice (03-04, 03-20) and talks: 3 events, 7 + 1 + 1 mentions */
    d->usa_rus += !strcmp(r->source, "USA") && !strcmp(r->target, "RUS") &&
                  !strcmp(r->period, "2024-03") && r->events == 3 && r->mentions == 9;
    return 0;
}

int main(void)
{
    if (S_load()) {
        T_REPORT(0, "cannot read %s", COLLECTION);
        return T_done();
    }
    OK(S_n >= 20);
    char dir[] = "/tmp/dyad-test-merge-XXXXXX", p1[64], p2[64];
    if (!mkdtemp(dir)) {
        SKIP("cannot create a temporary folder");
        return T_done();
    }
    snprintf(p1, sizeof p1, "%s/fwd.db", dir);
    snprintf(p2, sizeof p2, "%s/rev.db", dir);
    int fwd[MAXART], rev[MAXART];
    for (int i = 0; i < S_n; i++) {
        fwd[i] = i;
        rev[i] = S_n - 1 - i;
    }
    dyad_store *s1, *s2;
    INT_EQ(dyad_store_open(p1, &s1, NULL), DYAD_OK);
    INT_EQ(dyad_store_open(p2, &s2, NULL), DYAD_OK);
    S_ingest(s1, fwd);
    S_ingest(s2, rev);
    dyad_store_counts c;
    INT_EQ(dyad_store_counts_get(s1, &c), DYAD_OK);
    INT_EQ(c.aliases, 1);       /* s1-copy */
    INT_EQ(c.near_dups, 5);     /* s1-synd, s1-rewrite, s2-rewrite, s5-synd, s5-synd2 */
    INT_EQ(c.articles, S_n - 1);
    INT_EQ(c.mentions, 36);
    INT_EQ(c.events, 19);
    /* dyads at country level keep transnational actors apart, like merging does */
    S_dyads d = {0};
    INT_EQ(dyad_store_dyads(s1, NULL, DYAD_BY_MONTH, 3, S_dyad_row, &d, NULL), DYAD_OK);
    OK(d.uno == 1 && d.afu == 1 && d.usa_rus == 1);
    dyad_store_free(s1);
    dyad_store_free(s2);

    sqlite3 *db, *db2;
    OK(sqlite3_open_v2(p1, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK);
    OK(sqlite3_open_v2(p2, &db2, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK);

    /* duplicates: every copy links to its story's original, nothing else links */
    double prec, rec;
    S_prf(db, "file", &prec, &rec);
    OK(prec == 1.0);
    OK(rec == 1.0);
    S_prf(db2, "reverse", &prec, &rec);
    OK(prec == 1.0);
    OK(rec == 1.0);
    INT_EQ(S_cluster(db, "s1-rewrite"), S_cluster(db, "s1"));
    OK(S_cluster(db, "s1-indep") != S_cluster(db, "s1"));

    /* US sanctions: 2 mentions in each of s1, its syndicated copy and its rewrite, 1 in
     * an independent report = 7 mentions from 4 outlets, but 2 independent articles */
    INT_EQ(S_counts(db, "s1", 0, "163", "USA"), 70402);
    INT_EQ(S_event_of(db, "s1", 5, "163", "USAGOV"), S_event_of(db, "s1", 0, "163", "USA"));
    INT_EQ(S_event_of(db, "s1-indep", 0, "163", "USAGOV"),
           S_event_of(db, "s1", 0, "163", "USA"));
    /* the same dyad and code 16 days later is another event */
    OK(S_event_of(db, "s1-later", 0, "163", "USA") != S_event_of(db, "s1", 0, "163", "USA"));
    INT_EQ(S_counts(db, "s1-later", 0, "163", "USA"), 10101);
    /* Russia's condemnation, dated 03-04 and 03-05 by different reports: one event */
    INT_EQ(S_counts(db, "s1", 3, "111", "RUSGOV"), 40402);
    /* same source and day, other root (planned retaliation): its own event */
    INT_EQ(S_counts(db, "s1-indep", 2, "138", "RUSGOV"), 10101);
    /* same country dyad and day, other root (talks): not merged with sanctions */
    INT_EQ(S_counts(db, "s8", 0, "040", "USAGOV"), 10101);
    /* a rewrite counts its mentions and outlet but not as an independent article */
    INT_EQ(S_counts(db, "s2", 0, "040", "CHNGOV"), 20201);
    INT_EQ(S_counts(db, "s2", 2, "040", "JPNGOV"), 20201);
    /* 195 (aerial weapons) and the generic 190 of the next-day report merge ... */
    INT_EQ(S_event_of(db, "s3", 0, "195", "ISRMIL"), S_event_of(db, "s3-indep", 0, "190", "ISRMIL"));
    INT_EQ(S_counts(db, "s3", 0, "195", "ISRMIL"), 20202);
    /* ... but not three days later, nor the reverse direction */
    OK(S_event_of(db, "s3-later", 0, "190", "ISRMIL") != S_event_of(db, "s3", 0, "195", "ISRMIL"));
    OK(S_event_of(db, "s3", 2, "190", "PSEREB") != S_event_of(db, "s3", 0, "195", "ISRMIL"));
    /* transnational actors are told apart by six letters: UN and AU appeals differ */
    OK(S_event_of(db, "s4", 0, "020", "IGOUNO") != S_event_of(db, "s4-au", 0, "020", "IGOAFU"));
    /* three syndicated copies: 3 mentions, 3 outlets, 1 article, each direction */
    INT_EQ(S_counts(db, "s5", 0, "057", "DEU"), 30301);
    INT_EQ(S_counts(db, "s5", 0, "057", "FRA"), 30301);
    /* asserted arrests merge across reports; the negated one stays apart */
    INT_EQ(S_counts(db, "s6", 0, "173", "INDCOP"), 20202);
    INT_EQ(S_counts(db, "s6", 1, "173", "INDCOP"), 10101);
    /* sibling codes 043 and 046 are not compatible */
    OK(S_event_of(db, "s7", 1, "043", "ARGGOV") != S_event_of(db, "s7-indep", 0, "046", "ARGGOV"));

    /* ingest order does not change how mentions group into events, nor their counts */
    int n1, n2;
    char **e1 = S_events(db, &n1), **e2 = S_events(db2, &n2);
    INT_EQ(n1, 19);
    INT_EQ(n1, n2);
    int same = n1 == n2;
    for (int i = 0; same && i < n1; i++)
        same = !strcmp(e1[i], e2[i]);
    OK(same);
    for (int i = 0; i < n1; i++)
        free(e1[i]);
    for (int i = 0; i < n2; i++)
        free(e2[i]);
    free(e1);
    free(e2);
    sqlite3_close(db);
    sqlite3_close(db2);

    for (int i = 0; i < S_n; i++)
        free(S_lines[i]);
    char f[96];
    const char *const files[] = {"fwd.db", "fwd.db-wal", "fwd.db-shm", "rev.db",
                                 "rev.db-wal", "rev.db-shm"};
    for (size_t i = 0; i < sizeof files / sizeof *files; i++) {
        snprintf(f, sizeof f, "%s/%s", dir, files[i]);
        unlink(f);
    }
    rmdir(dir);
    return T_done();
}

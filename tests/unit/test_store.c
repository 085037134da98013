/* test_store.c — the event store through its library API: schema and versioning,
 * one-transaction ingest, duplicate ids and contents, validation, batches that roll back
 * one bad article alone, queries with every filter, dyad aggregates, canonical dumps. */
#include <sqlite3.h>
#include <unistd.h>
#include "harness.h"
#include "cli_store.h"

static char S_dir[64];

static const char *S_path(const char *name)
{
    static char p[128];
    snprintf(p, sizeof p, "%s/%s", S_dir, name);
    return p;
}

static dyad_event S_ev(int sent, const char *src, const char *tgt, const char *code, int quad,
                       double g, const char *date)
{
    dyad_event e;
    memset(&e, 0, sizeof e);
    e.sent = sent;
    snprintf(e.source, sizeof e.source, "%s", src);
    snprintf(e.target, sizeof e.target, "%s", tgt);
    snprintf(e.code, sizeof e.code, "%s", code);
    e.quad = quad;
    e.goldstein = g;
    snprintf(e.date, sizeof e.date, "%s", date);
    return e;
}

/* An article whose sentences are the given strings joined by one space. */
typedef struct S_art {
    dyad_article a;
    char text[2048];
    dyad_span sents[8];
    size_t nsent;
} S_art;

static void S_make(S_art *x, const char *id, const char *date, const char *outlet,
                   const char *const *sents)
{
    memset(x, 0, sizeof *x);
    size_t k = 0;
    for (size_t i = 0; sents[i]; i++) {
        if (i)
            x->text[k++] = ' ';
        size_t n = strlen(sents[i]);
        memcpy(x->text + k, sents[i], n);
        x->sents[i] = (dyad_span){(uint32_t)k, (uint32_t)n};
        k += n;
        x->nsent = i + 1;
    }
    x->text[k] = '\0';
    x->a.id = id;
    x->a.date = date;
    x->a.title = "";
    x->a.url = "";
    x->a.source = outlet;
    x->a.text = x->text;
    x->a.text_len = k;
    x->a.file = "test";
}

static dyad_add_status S_add(dyad_store *s, S_art *x, const dyad_event *ev, size_t n)
{
    dyad_add_status what = (dyad_add_status)-1;
    dyad_status st = dyad_store_add_article(s, &x->a, NULL, 0, x->sents, x->nsent, ev, n,
                                            &what, NULL);
    INT_EQ(st, DYAD_OK);
    return what;
}

typedef struct S_rows {
    int n;
    char first[256];
    long long first_event;
    int first_mentions, first_articles, first_sources, first_context;
} S_rows;

static int S_count(void *user, const dyad_record *r)
{
    S_rows *c = user;
    if (c->n++ == 0) {
        snprintf(c->first, sizeof c->first, "%s:%d %s %s %s %s", r->ev.doc, r->ev.sent,
                 r->ev.source, r->ev.target, r->ev.code, r->ev.date);
        c->first_event = r->event_id;
        c->first_mentions = r->num_mentions;
        c->first_articles = r->num_articles;
        c->first_sources = r->num_sources;
        c->first_context = r->ev.context;
    }
    return 0;
}

static int S_query(dyad_store *s, const char *name, const char *value, int mentions)
{
    dyad_query q;
    dyad_query_init(&q);
    q.mentions = mentions;
    if (name)
        INT_EQ(dyad_query_set(&q, name, value, NULL), DYAD_OK);
    S_rows c = {0};
    INT_EQ(dyad_store_query(s, &q, S_count, &c, NULL), DYAD_OK);
    return c.n;
}

/* The context mark of the one event (mention) of code; -1 when there is not one. */
static int S_context_of(dyad_store *s, const char *code, int mentions)
{
    dyad_query q;
    dyad_query_init(&q);
    q.code = code;
    q.mentions = mentions;
    S_rows c = {0};
    INT_EQ(dyad_store_query(s, &q, S_count, &c, NULL), DYAD_OK);
    return c.n == 1 ? c.first_context : -1;
}

static char *S_dump(dyad_store *s)
{
    char *out = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&out, &n);
    INT_EQ(dyad_store_dump(s, f, NULL), DYAD_OK);
    fclose(f);
    return out;
}

typedef struct S_dy {
    int n;
    char rows[8][96];
} S_dy;

static int S_dyad_row(void *user, const dyad_dyad_row *r)
{
    S_dy *d = user;
    if (d->n < 8)
        snprintf(d->rows[d->n], sizeof d->rows[0], "%s %s %s %ld %ld %.1f", r->period,
                 r->source, r->target, r->events, r->mentions, r->goldstein_sum);
    d->n++;
    return 0;
}

/* The fixed little corpus both stores of the dump test are filled with. */
static void S_fill(dyad_store *s, int batched)
{
    static const char *const s1[] = {
        "Canada imposed sanctions on five Russian arms makers on Monday.",
        "Moscow condemned the sanctions and summoned the Canadian ambassador.", NULL};
    static const char *const s2[] = {
        "Ottawa blacklisted Russian weapons producers, officials said on Tuesday.", NULL};
    static const char *const s3[] = {
        "Canadian and Russian diplomats met in Vienna to discuss prisoner exchanges.", NULL};
    S_art a1, a2, a3, a1copy;
    S_make(&a1, "a1", "2015-06-08", "wire", s1);
    S_make(&a2, "a2", "2015-06-09", "daily", s2);
    S_make(&a3, "a3", "2015-07-01", "daily", s3);
    S_make(&a1copy, "a1-copy", "2015-06-08", "portal", s1);
    dyad_event e1[] = {S_ev(0, "CAN", "RUSBUS", "163", 4, -8, "2015-06-08"),
                       S_ev(1, "RUSGOV", "CAN", "111", 3, -2, "2015-06-08")};
    e1[0].source_span = (dyad_span){0, 6};
    e1[0].target_span = (dyad_span){28, 23};
    e1[0].verb_span = (dyad_span){7, 20};
    e1[1].modality = DYAD_MOD_ASSERTED;
    dyad_event e2[] = {S_ev(0, "CANGOV", "RUSBUS", "163", 4, -8, "2015-06-09")};
    dyad_event e3[] = {S_ev(0, "CANGOV", "RUSGOV", "040", 1, 1, "2015-07-01")};
    e3[0].modality = DYAD_MOD_PLANNED;
    if (batched)
        INT_EQ(dyad_store_begin(s), DYAD_OK);
    S_add(s, &a1, e1, 2);
    S_add(s, &a2, e2, 1);
    if (batched == 2) { /* commit in the middle: a different batching, same contents */
        INT_EQ(dyad_store_commit(s), DYAD_OK);
        INT_EQ(dyad_store_begin(s), DYAD_OK);
    }
    S_add(s, &a3, e3, 1);
    S_add(s, &a1copy, e1, 2);
    if (batched)
        INT_EQ(dyad_store_commit(s), DYAD_OK);
}

int main(void)
{
    snprintf(S_dir, sizeof S_dir, "/tmp/dyad-test-store-XXXXXX");
    if (!mkdtemp(S_dir)) {
        SKIP("cannot create a temporary folder");
        return T_done();
    }
    dyad_store *s = NULL;
    dyad_diag diag = {0};
    const char *db = S_path("a.db");
    INT_EQ(dyad_store_open(db, &s, &diag), DYAD_OK);
    OK(s != NULL);
    S_fill(s, 0);

    /* counts: a1-copy has a1's exact text, so it is an alias and adds nothing */
    dyad_store_counts c;
    INT_EQ(dyad_store_counts_get(s, &c), DYAD_OK);
    INT_EQ(c.articles, 3);
    INT_EQ(c.aliases, 1);
    INT_EQ(c.sentences, 4);
    INT_EQ(c.mentions, 4);
    /* CAN->RUS 163 on 06-08 and 06-09 merge; RUS->CAN 111; CAN->RUS 040 on 07-01 */
    INT_EQ(c.events, 3);

    /* the same article again: by id, and by content under a new id */
    static const char *const again[] = {
        "Canada imposed sanctions on five Russian arms makers on Monday.",
        "Moscow condemned the sanctions and summoned the Canadian ambassador.", NULL};
    S_art x;
    S_make(&x, "a1", "2015-06-08", "wire", again);
    dyad_event ex = S_ev(0, "CAN", "RUSBUS", "163", 4, -8, "2015-06-08");
    INT_EQ(S_add(s, &x, &ex, 1), DYAD_ADD_DUPLICATE_ID);
    S_make(&x, "a1-other", "2015-06-08", "wire", again);
    INT_EQ(S_add(s, &x, &ex, 1), DYAD_ADD_DUPLICATE_CONTENT);
    INT_EQ(S_add(s, &x, &ex, 1), DYAD_ADD_DUPLICATE_CONTENT); /* alias id seen again */
    INT_EQ(dyad_store_has_article(s, "a1"), 1);
    INT_EQ(dyad_store_has_article(s, "a1-other"), 1);
    INT_EQ(dyad_store_has_article(s, "nope"), 0);
    dyad_store_counts c2;
    INT_EQ(dyad_store_counts_get(s, &c2), DYAD_OK);
    INT_EQ(c2.articles, 3);
    INT_EQ(c2.mentions, 4);
    INT_EQ(c2.aliases, 2);

    /* invalid input is refused whole, with a diagnostic naming the article */
    static const char *const one[] = {"Kenya protested to Uganda.", NULL};
    S_make(&x, "bad1", "2015-06-10", "", one);
    dyad_event bad = S_ev(3, "KEN", "UGA", "130", 3, -4.4, "2015-06-10");
    long nerr = diag.nerror;
    INT_EQ(dyad_store_add_article(s, &x.a, NULL, 0, x.sents, x.nsent, &bad, 1, NULL, &diag),
           DYAD_EINVAL);
    OK(diag.nerror == nerr + 1);
    bad = S_ev(0, "KEN", "UGA", "13", 3, -4.4, "2015-06-10");
    INT_EQ(dyad_store_add_article(s, &x.a, NULL, 0, x.sents, x.nsent, &bad, 1, NULL, &diag),
           DYAD_EINVAL);
    bad = S_ev(0, "KEN", "UGA", "130", 3, -4.4, "2015-06-10");
    bad.verb_span = (dyad_span){20, 30};
    INT_EQ(dyad_store_add_article(s, &x.a, NULL, 0, x.sents, x.nsent, &bad, 1, NULL, &diag),
           DYAD_EINVAL);
    dyad_span outside = {10, 500};
    INT_EQ(dyad_store_add_article(s, &x.a, NULL, 0, &outside, 1, NULL, 0, NULL, &diag),
           DYAD_EINVAL);
    INT_EQ(dyad_store_has_article(s, "bad1"), 0);

    /* in a batch, a bad article is skipped and the good ones around it are kept */
    static const char *const k1[] = {"Kenya and Uganda agreed to reopen their border.", NULL};
    static const char *const k2[] = {"Ethiopia accused Eritrea of moving troops to the frontier.", NULL};
    S_art g1, g2;
    S_make(&g1, "k1", "2015-06-10", "wire", k1);
    S_make(&g2, "k2", "2015-06-11", "wire", k2);
    dyad_event eg1 = S_ev(0, "KEN", "UGA", "057", 1, 8, "2015-06-10");
    dyad_event eg2 = S_ev(0, "ETH", "ERI", "112", 3, -2, "2015-06-11");
    INT_EQ(dyad_store_begin(s), DYAD_OK);
    INT_EQ(dyad_store_begin(s), DYAD_EINVAL); /* no nesting */
    S_add(s, &g1, &eg1, 1);
    bad = S_ev(0, "KEN", "UGA", "130", 9, -4.4, "2015-06-10");
    INT_EQ(dyad_store_add_article(s, &x.a, NULL, 0, x.sents, x.nsent, &bad, 1, NULL, NULL),
           DYAD_EINVAL);
    S_add(s, &g2, &eg2, 1);
    INT_EQ(dyad_store_commit(s), DYAD_OK);
    INT_EQ(dyad_store_commit(s), DYAD_EINVAL);
    INT_EQ(dyad_store_counts_get(s, &c2), DYAD_OK);
    INT_EQ(c2.articles, 5);
    INT_EQ(c2.events, 5);

    /* queries: events and mentions with each filter */
    INT_EQ(S_query(s, NULL, NULL, 0), 5);
    INT_EQ(S_query(s, NULL, NULL, 1), 6);
    INT_EQ(S_query(s, "actor", "CAN", 0), 3);
    INT_EQ(S_query(s, "actor", "RUSGOV", 0), 2);  /* the 111 source, the 040 target */
    INT_EQ(S_query(s, "dyad", "CAN-RUS", 0), 2);  /* directed */
    INT_EQ(S_query(s, "dyad", "RUS-CAN", 0), 1);
    INT_EQ(S_query(s, "dyad", "CAN-RUS", 1), 3);  /* 163 twice, 040 once */
    INT_EQ(S_query(s, "code", "16", 0), 1);
    INT_EQ(S_query(s, "code", "163", 1), 2);
    INT_EQ(S_query(s, "root", "11", 0), 2);
    INT_EQ(S_query(s, "quad", "4", 0), 1);
    INT_EQ(S_query(s, "modality", "planned", 0), 1);
    INT_EQ(S_query(s, "from", "2015-06-09", 1), 4);
    INT_EQ(S_query(s, "to", "2015-06-08", 1), 2);
    INT_EQ(S_query(s, "text", "sanctions", 1), 2);
    INT_EQ(S_query(s, "text", "blacklisted", 0), 1); /* the merged event of that mention */
    INT_EQ(S_query(s, "text", "\"prisoner exchanges\"", 0), 1);
    INT_EQ(S_query(s, "limit", "2", 1), 2);
    dyad_query q;
    dyad_query_init(&q);
    INT_EQ(dyad_query_set(&q, "quad", "7", NULL), DYAD_EINVAL);
    INT_EQ(dyad_query_set(&q, "from", "June", NULL), DYAD_EINVAL);
    INT_EQ(dyad_query_set(&q, "dyad", "USA", NULL), DYAD_EINVAL);
    INT_EQ(dyad_query_set(&q, "colour", "red", NULL), DYAD_ENOTFOUND);
    INT_EQ(dyad_query_set(&q, "dyad", "---GOV-RUS", NULL), DYAD_OK);
    STR_EQ(q.source, "---GOV");
    STR_EQ(q.target, "RUS");
    dyad_query_init(&q);
    q.text = "sanctions AND (";
    S_rows rows = {0};
    INT_EQ(dyad_store_query(s, &q, S_count, &rows, NULL), DYAD_ESYNTAX);
    dyad_query_init(&q);
    q.actor = "US*";
    INT_EQ(dyad_store_query(s, &q, S_count, &rows, NULL), DYAD_EINVAL);

    /* the merged sanctions event: counts and representative (earliest date first) */
    dyad_query_init(&q);
    q.code = "163";
    memset(&rows, 0, sizeof rows);
    INT_EQ(dyad_store_query(s, &q, S_count, &rows, NULL), DYAD_OK);
    INT_EQ(rows.n, 1);
    INT_EQ(rows.first_mentions, 2);
    INT_EQ(rows.first_articles, 2);
    INT_EQ(rows.first_sources, 2);
    STR_EQ(rows.first, "a1:0 CAN RUSBUS 163 2015-06-08");

    /* dyads per period at country level */
    S_dy d = {0};
    INT_EQ(dyad_store_dyads(s, NULL, DYAD_BY_MONTH, 3, S_dyad_row, &d, NULL), DYAD_OK);
    INT_EQ(d.n, 5);
    STR_EQ(d.rows[0], "2015-06 CAN RUS 1 2 -8.0");
    memset(&d, 0, sizeof d);
    dyad_query_init(&q);
    q.mentions = 1;
    INT_EQ(dyad_store_dyads(s, &q, DYAD_BY_WEEK, 3, S_dyad_row, &d, NULL), DYAD_OK);
    /* 2015-06-08 is a Monday; 06-09 falls in the same week */
    STR_EQ(d.rows[0], "2015-06-08 CAN RUS 2 2 -16.0");
    memset(&d, 0, sizeof d);
    INT_EQ(dyad_store_dyads(s, &q, DYAD_BY_DAY, 0, S_dyad_row, &d, NULL), DYAD_OK);
    STR_EQ(d.rows[0], "2015-06-08 CAN RUSBUS 1 1 -8.0");
    dyad_store_free(s);

    /* reopen: contents persist */
    INT_EQ(dyad_store_open(db, &s, NULL), DYAD_OK);
    INT_EQ(dyad_store_counts_get(s, &c2), DYAD_OK);
    INT_EQ(c2.articles, 5);
    /* a party the article's context gave keeps its mark, for the mention and the event */
    static const char *const k3[] = {"Moscow vowed to retaliate.", NULL};
    S_make(&g1, "k3", "2015-06-12", "wire", k3);
    eg1 = S_ev(0, "RUS", "CAN", "130", 3, -4.4, "2015-06-12");
    eg1.context = 1;
    S_add(s, &g1, &eg1, 1);
    INT_EQ(S_context_of(s, "130", 0), 1);
    INT_EQ(S_context_of(s, "130", 1), 1);
    dyad_store_free(s);
    /* a version 1 store (no context column) is brought up to date when opened */
    sqlite3 *raw;
    OK(sqlite3_open(db, &raw) == SQLITE_OK);
    OK(sqlite3_exec(raw, "ALTER TABLE mentions DROP COLUMN context; PRAGMA user_version=1",
                    NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(raw);
    INT_EQ(dyad_store_open(db, &s, NULL), DYAD_OK);
    INT_EQ(S_context_of(s, "130", 0), 0);
    dyad_store_free(s);
    sqlite3_stmt *ver;
    OK(sqlite3_open(db, &raw) == SQLITE_OK);
    OK(sqlite3_prepare_v2(raw, "PRAGMA user_version", -1, &ver, NULL) == SQLITE_OK);
    OK(sqlite3_step(ver) == SQLITE_ROW);
    INT_EQ(sqlite3_column_int(ver, 0), DYAD_STORE_SCHEMA_VERSION);
    sqlite3_finalize(ver);
    /* a newer schema version is refused */
    OK(sqlite3_exec(raw, "PRAGMA user_version=99", NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(raw);
    s = NULL;
    INT_EQ(dyad_store_open(db, &s, NULL), DYAD_EINVAL);
    OK(s == NULL);
    /* some other program's database is left alone */
    const char *other = S_path("other.db");
    OK(sqlite3_open(other, &raw) == SQLITE_OK);
    OK(sqlite3_exec(raw, "CREATE TABLE t(x)", NULL, NULL, NULL) == SQLITE_OK);
    sqlite3_close(raw);
    INT_EQ(dyad_store_open(other, &s, NULL), DYAD_EINVAL);
    INT_EQ(dyad_store_open("/nonexistent/dir/x.db", &s, NULL), DYAD_EIO);

    /* canonical dumps: equal contents give equal dumps whatever the batching; a second
     * ingest of the same articles changes nothing */
    dyad_store *p1, *p2, *p3;
    INT_EQ(dyad_store_open(S_path("p1.db"), &p1, NULL), DYAD_OK);
    INT_EQ(dyad_store_open(S_path("p2.db"), &p2, NULL), DYAD_OK);
    INT_EQ(dyad_store_open(S_path("p3.db"), &p3, NULL), DYAD_OK);
    S_fill(p1, 0);
    S_fill(p2, 1);
    S_fill(p3, 2);
    char *d1 = S_dump(p1), *d2 = S_dump(p2), *d3 = S_dump(p3);
    OK(strstr(d1, "-- table mentions") && strstr(d1, "-- full-text index instances") &&
       strstr(d1, "\"sanctions\"|"));
    STR_EQ(d1, d2);
    STR_EQ(d1, d3);
    S_fill(p1, 1);
    char *d4 = S_dump(p1);
    STR_EQ(d1, d4);
    free(d1);
    free(d2);
    free(d3);
    free(d4);
    dyad_store_free(p1);
    dyad_store_free(p2);
    dyad_store_free(p3);
    dyad_store_free(NULL);

    const char *const dbs[] = {"a.db", "other.db", "p1.db", "p2.db", "p3.db"};
    for (size_t i = 0; i < sizeof dbs / sizeof *dbs; i++)
        cs_remove_db(S_path(dbs[i]));
    rmdir(S_dir);
    return T_done();
}

/*
 * pipeline.c — the figures of `make bench` (bench/run.sh, bench/README.md): dyad's
 * stages and the whole pipeline on a JSON-lines corpus, each run printing its figures
 * as one JSON object, and the report that puts a run's objects into a table, compares
 * them with the previous run of the results file and appends them to it.
 *
 *   pipeline stages [--set NAME] [--dict DIR] CORPUS
 *       start-up (engine load), clean + split (best of 3 rounds), tag + parse with the
 *       Treebank conversion, coding of those trees (coder + resolve), and the share of
 *       sentences the pipeline's word filter sends to the parser; one thread.
 *   pipeline e2e [--set NAME] [--kind NAME] [--dict DIR] [-j N] [--parse-all]
 *                [--db FILE] [--limit N] CORPUS
 *       raw articles to events as `dyad code` does it (into SQLite as `dyad ingest`
 *       does with --db); a digest of the events written shows whether two runs gave
 *       the same output; peak resident memory.
 *   pipeline report RESULTS.jsonl KEY=VALUE... FILE...
 *       FILEs are the objects above, and SET.callgrind.txt files of callgrind_annotate
 *       --inclusive=yes output for a run of kind "callgrind"; KEY=VALUE pairs (commit,
 *       dirty, ...) go into the record as they are.
 *
 * Rates divide by the CPU time of the process (all its threads), so that other work on
 * a shared machine does not count against dyad; runs on several threads also give the
 * wall-clock rate, which is what more cores buy.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>
#include <cJSON.h>
#include "dyad_export.h"
#include "dyad_parse.h"
#include "dyad_pipeline.h"
#include "dyad_text.h"
#include "pipeline/prefilter.h"
#include "util/util.h"

static double S_clock(clockid_t id)
{
    struct timespec ts;
    clock_gettime(id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static double S_cpu(void) { return S_clock(CLOCK_PROCESS_CPUTIME_ID); }
static double S_wall(void) { return S_clock(CLOCK_MONOTONIC); }

static long S_peak_kb(void)
{
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    return ru.ru_maxrss;
}

static void S_diag(void *user, dyad_severity sev, const char *file, long line,
                   const char *msg)
{
    (void)user;
    if (sev == DYAD_ERROR)
        fprintf(stderr, "bench: %s:%ld: %s\n", file ? file : "-", line, msg);
}

static int S_fail(const char *what)
{
    fprintf(stderr, "bench: %s\n", what);
    return 1;
}

/* ---------------------------------------------------------------- options */

typedef struct S_opts {
    const char *set, *kind, *dict, *db, *corpus;
    int threads, parse_all;
    long limit;
} S_opts;

static int S_parse_opts(int argc, char **argv, S_opts *o)
{
    *o = (S_opts){"default", "e2e", NULL, NULL, NULL, 1, 0, 0};
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--parse-all"))
            o->parse_all = 1;
        else if (v && !strcmp(a, "--set"))
            o->set = argv[++i];
        else if (v && !strcmp(a, "--kind"))
            o->kind = argv[++i];
        else if (v && !strcmp(a, "--dict"))
            o->dict = argv[++i];
        else if (v && !strcmp(a, "--db"))
            o->db = argv[++i];
        else if (v && !strcmp(a, "-j"))
            o->threads = atoi(argv[++i]);
        else if (v && !strcmp(a, "--limit"))
            o->limit = atol(argv[++i]);
        else if (a[0] != '-' && !o->corpus)
            o->corpus = a;
        else
            return -1;
    }
    return o->corpus && o->threads >= 1 ? 0 : -1;
}

/* Load the engine of o, timing it: the start-up figure. */
static dyad_engine *S_engine(const S_opts *o, double *cpu_ms, double *wall_ms)
{
    dyad_engine_opts eo = {0};
    eo.dict_dir = o->dict;
    eo.parse_all = o->parse_all;
    dyad_diag d = {S_diag, NULL, 0, 0};
    dyad_engine *e = NULL;
    double c0 = S_cpu(), w0 = S_wall();
    if (dyad_engine_load(&eo, &e, &d) != DYAD_OK)
        return NULL;
    *cpu_ms = (S_cpu() - c0) * 1e3;
    *wall_ms = (S_wall() - w0) * 1e3;
    return e;
}

/* ---------------------------------------------------------------- stages */

typedef struct S_corpus {
    dyad_article *a;
    size_t n;
    size_t bytes;
    dyad_arena *mem;
} S_corpus;

static int S_read_corpus(const char *path, S_corpus *c)
{
    memset(c, 0, sizeof *c);
    dyad_diag d = {S_diag, NULL, 0, 0};
    dyad_reader *r = dyad_reader_new(path, DYAD_INPUT_AUTO, &d);
    if (!r || !(c->mem = dyad_arena_new()))
        return -1;
    size_t cap = 0;
    dyad_article a;
    int rc = 0;
    while (rc == 0 && dyad_reader_next(r, &a) > 0) {
        if (c->n == cap) {
            cap = cap ? cap * 2 : 1024;
            dyad_article *p = realloc(c->a, cap * sizeof *p);
            if (!p) {
                rc = -1;
                break;
            }
            c->a = p;
        }
        dyad_article *x = &c->a[c->n++];
        *x = a;
        x->id = dyad_arena_strndup(c->mem, a.id, strlen(a.id));
        x->date = dyad_arena_strndup(c->mem, a.date, strlen(a.date));
        x->title = dyad_arena_strndup(c->mem, a.title, strlen(a.title));
        x->text = dyad_arena_strndup(c->mem, a.text, a.text_len);
        x->url = x->source = x->file = NULL;
        if (!x->id || !x->date || !x->title || !x->text)
            rc = -1;
        c->bytes += a.text_len;
    }
    dyad_reader_free(r);
    return rc;
}

static void S_free_corpus(S_corpus *c)
{
    free(c->a);
    dyad_arena_free(c->mem);
}

/* Clean and split every article ROUNDS times; the best round's CPU seconds. */
static double S_clean_split(const S_corpus *c, int rounds, size_t *nsent, size_t *ntok)
{
    dyad_cleaner *cl = dyad_cleaner_new(NULL);
    dyad_splitter *sp = dyad_splitter_new();
    double best = -1;
    for (int k = 0; cl && sp && k < rounds; k++) {
        double t0 = S_cpu();
        *nsent = *ntok = 0;
        for (size_t i = 0; i < c->n; i++) {
            dyad_cleaned cd;
            dyad_split_result sr;
            if (dyad_clean(cl, &c->a[i], &cd) != DYAD_OK ||
                dyad_split(sp, cd.text, cd.len, &sr) != DYAD_OK)
                continue;
            *nsent += sr.nsent;
            *ntok += sr.ntok;
        }
        double t = S_cpu() - t0;
        if (best < 0 || t < best)
            best = t;
    }
    dyad_cleaner_free(cl);
    dyad_splitter_free(sp);
    return best;
}

static int S_stages(const S_opts *o)
{
    double load_cpu, load_wall;
    dyad_engine *e = S_engine(o, &load_cpu, &load_wall);
    if (!e)
        return S_fail("cannot load the engine");
    S_corpus c;
    if (S_read_corpus(o->corpus, &c))
        return S_fail("cannot read the corpus");
    size_t nsent = 0, ntok = 0;
    double t_cs = S_clean_split(&c, 3, &nsent, &ntok);

    /* Tag + parse + Treebank conversion of every sentence, then coding of those trees,
     * one article at a time; and what the word filter would keep. */
    dyad_buf mp = {0};
    dyad_model *m = NULL;
    dyad_diag d = {S_diag, NULL, 0, 0};
    if (dyad_buf_printf(&mp, "%s/model/en_ewt.dpm", dyad_data_dir()) ||
        dyad_model_load(mp.data, &m, &d) != DYAD_OK)
        return S_fail("cannot load the model");
    dyad_parser *p = dyad_parser_new(m);
    dyad_cleaner *cl = dyad_cleaner_new(NULL);
    dyad_splitter *sp = dyad_splitter_new();
    dyad_prefilter *pf = dyad_prefilter_new();
    dyad_worker *w = dyad_worker_new(e);
    dyad_code_opts co;
    dyad_code_opts_default(&co);
    size_t cap = DYAD_PARSE_MAX_TOKENS;
    const char **words = malloc(cap * sizeof *words);
    size_t *lens = malloc(cap * sizeof *lens);
    size_t *ptb_off = NULL, ptb_cap = 0;
    dyad_buf trees = {0};
    if (!p || !cl || !sp || !pf || !w || !words || !lens || dyad_buf_reserve(&trees, 1 << 16))
        return S_fail("out of memory");
    double t_parse = 0, t_code = 0, t_filter = 0;
    size_t parsed = 0, kept = 0, kept_tok = 0, events = 0;
    for (size_t i = 0; i < c.n; i++) {
        dyad_cleaned cd;
        dyad_split_result sr;
        if (dyad_clean(cl, &c.a[i], &cd) != DYAD_OK ||
            dyad_split(sp, cd.text, cd.len, &sr) != DYAD_OK)
            continue;
        double t0 = S_cpu();
        if (dyad_prefilter_article(pf, dyad_engine_dict(e), &co, cd.text, &sr))
            return S_fail("out of memory");
        double t1 = S_cpu();
        t_filter += t1 - t0;
        if (sr.nsent > ptb_cap) {
            ptb_cap = sr.nsent * 2;
            if (!(ptb_off = realloc(ptb_off, ptb_cap * sizeof *ptb_off)))
                return S_fail("out of memory");
        }
        dyad_buf_clear(&trees);
        size_t ntrees = 0;
        for (size_t s = 0; s < sr.nsent; s++) {
            const dyad_sentence *se = &sr.sent[s];
            if (se->ntok == 0 || se->ntok > cap)
                continue;
            double tf = S_cpu();
            int keep = dyad_prefilter_keep(pf, cd.text, &sr, s);
            tf = S_cpu() - tf;
            t_filter += tf;
            t_parse -= tf; /* timed inside the parse loop */
            if (keep) {
                kept++;
                kept_tok += se->ntok;
            }
            for (size_t k = 0; k < se->ntok; k++)
                words[k] = dyad_token_word(cd.text, &sr.tok[se->tok + k], &lens[k]);
            dyad_parse_result res;
            if (dyad_parse_sentence(p, words, lens, (int)se->ntok, 1, &res) != DYAD_OK)
                continue;
            if (keep && dyad_prefilter_names(pf, words, lens, res.xpos, (int)se->ntok))
                return S_fail("out of memory");
            /* the tree goes straight after the article's others, room made as needed */
            size_t need = 0, room = trees.cap - trees.len;
            dyad_status ts = dyad_dep_to_ptb(words, lens, &res, trees.data + trees.len, room,
                                             &need);
            if (ts == DYAD_ELIMIT) {
                if (dyad_buf_reserve(&trees, need + 1))
                    return S_fail("out of memory");
                ts = dyad_dep_to_ptb(words, lens, &res, trees.data + trees.len, need + 1, NULL);
            }
            if (ts != DYAD_OK)
                continue;
            ptb_off[ntrees++] = trees.len;
            trees.len += need + 1;
            parsed++;
        }
        double t2 = S_cpu();
        t_parse += t2 - t1;
        for (size_t k = 0; k < ntrees; k++) {
            const char *tree = trees.data + ptb_off[k];
            dyad_coded_article out;
            if (dyad_worker_code_tree(w, c.a[i].id, cd.date, tree, strlen(tree), NULL, 0, &out,
                                      NULL) == DYAD_OK)
                events += out.nevents;
        }
        t_code += S_cpu() - t2;
    }
    printf("{\"set\":\"%s\",\"kind\":\"stages\",\"articles\":%zu,\"sentences\":%zu,"
           "\"tokens\":%zu,\"mb\":%.3f,\"startup_cpu_ms\":%.1f,\"startup_wall_ms\":%.1f,"
           "\"clean_split_s\":%.4f,\"parsed\":%zu,\"parse_s\":%.3f,\"code_s\":%.3f,"
           "\"tree_events\":%zu,\"filter_s\":%.4f,\"kept\":%zu,\"kept_tokens\":%zu}\n",
           o->set, c.n, nsent, ntok, c.bytes / 1e6, load_cpu, load_wall, t_cs, parsed,
           t_parse, t_code, events, t_filter, kept, kept_tok);
    free(words);
    free(lens);
    free(ptb_off);
    dyad_buf_free(&trees);
    dyad_buf_free(&mp);
    dyad_worker_free(w);
    dyad_prefilter_free(pf);
    dyad_splitter_free(sp);
    dyad_cleaner_free(cl);
    dyad_parser_free(p);
    dyad_model_free(m);
    S_free_corpus(&c);
    dyad_engine_free(e);
    return 0;
}

/* ---------------------------------------------------------------- end to end */

typedef struct S_run {
    dyad_reader *r;
    long limit, articles, sentences, events;
    FILE *mem;           /* each article's output, serialised for the digest */
    char *buf;
    size_t len;
    uint64_t digest;
    dyad_store *db;
    long in_batch;
    int failed;
} S_run;

static uint64_t S_fnv(uint64_t h, const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 1099511628211u;
    return h;
}

static int S_next(void *user, dyad_article *a)
{
    S_run *r = user;
    if (r->limit && r->articles >= r->limit)
        return 0;
    return dyad_reader_next(r->r, a) > 0;
}

/* What `dyad code` writes of an article (its events as JSON lines) goes into the
 * digest; with a store, the article is added to it in batches as `dyad ingest` does. */
static int S_sink(void *user, const dyad_article *a, const dyad_coded_article *c,
                  dyad_status st)
{
    S_run *r = user;
    r->articles++;
    rewind(r->mem);
    fprintf(r->mem, "# %s %d\n", a->id, (int)st);
    for (size_t i = 0; c && i < c->nevents; i++)
        dyad_event_write(r->mem, DYAD_FMT_JSONL, &c->events[i]);
    fflush(r->mem);
    r->digest = S_fnv(r->digest, r->buf, (size_t)ftell(r->mem));
    if (!c)
        return 0;
    r->sentences += (long)c->nsent;
    r->events += (long)c->nevents;
    if (!r->db)
        return 0;
    if (!r->in_batch && dyad_store_begin(r->db) != DYAD_OK)
        return r->failed = 1;
    if (dyad_store_add_article(r->db, a, c->clean_text, c->clean_len, c->sents, c->nsent,
                               c->events, c->nevents, NULL, NULL) == DYAD_EIO)
        return r->failed = 1;
    if (++r->in_batch == 256) {
        r->in_batch = 0;
        if (dyad_store_commit(r->db) != DYAD_OK)
            return r->failed = 1;
    }
    return 0;
}

static int S_e2e(const S_opts *o)
{
    long rss0 = S_peak_kb();
    double load_cpu, load_wall;
    dyad_engine *e = S_engine(o, &load_cpu, &load_wall);
    if (!e)
        return S_fail("cannot load the engine");
    long rss_loaded = S_peak_kb();
    dyad_diag d = {S_diag, NULL, 0, 0};
    S_run r = {0};
    r.limit = o->limit;
    r.digest = 14695981039346656037u;
    r.r = dyad_reader_new(o->corpus, DYAD_INPUT_AUTO, &d);
    r.mem = open_memstream(&r.buf, &r.len);
    if (!r.r || !r.mem)
        return S_fail("cannot read the corpus");
    if (o->db && dyad_store_open(o->db, &r.db, &d) != DYAD_OK)
        return S_fail("cannot open the store");
    double c0 = S_cpu(), w0 = S_wall();
    dyad_status st = dyad_code_stream(e, S_next, &r, o->threads, S_sink, &r, NULL);
    if (st == DYAD_OK && r.in_batch && dyad_store_commit(r.db) != DYAD_OK)
        r.failed = 1;
    double cpu = S_cpu() - c0, wall = S_wall() - w0;
    if (st != DYAD_OK || r.failed)
        return S_fail("coding failed");
    printf("{\"set\":\"%s\",\"kind\":\"%s\",\"threads\":%d,\"parse_all\":%d,\"store\":%d,"
           "\"articles\":%ld,\"sentences\":%ld,\"events\":%ld,\"cpu_s\":%.3f,\"wall_s\":%.3f,"
           "\"startup_cpu_ms\":%.1f,\"startup_wall_ms\":%.1f,\"rss_start_kb\":%ld,"
           "\"rss_loaded_kb\":%ld,\"rss_peak_kb\":%ld,\"digest\":\"%016llx\"}\n",
           o->set, o->kind, o->threads, o->parse_all, o->db != NULL, r.articles, r.sentences,
           r.events, cpu, wall, load_cpu, load_wall, rss0, rss_loaded, S_peak_kb(),
           (unsigned long long)r.digest);
    dyad_store_free(r.db);
    fclose(r.mem);
    free(r.buf);
    dyad_reader_free(r.r);
    dyad_engine_free(e);
    return 0;
}

/* ---------------------------------------------------------------- report */

#define S_MAXSETS 4

typedef struct S_set {
    char name[64];
    cJSON *stages, *e2e1, *e2en, *all, *ingest, *cg; /* objects of the run, by kind */
    double ir[16];       /* callgrind: inclusive instructions of S_cg_fn[] */
    int have_ir;
} S_set;

/* Functions whose inclusive instruction counts are the hot stages. */
static const char *const S_cg_fn[] = {
    "dyad_worker_code",   "dyad_clean",     "dyad_split",     "dyad_prefilter_article",
    "dyad_parse_sentence", "dyad_dep_to_ptb_heads", "dyad_tree_parse", "dyad_code_tree_coref",
    "dyad_resolve_event",
};
#define S_NCG (sizeof S_cg_fn / sizeof *S_cg_fn)
static const char *const S_cg_name[S_NCG] = {
    "ir_end_to_end", "ir_clean", "ir_split", "ir_filter", "ir_tag_parse", "ir_ptb",
    "ir_tree_read", "ir_code", "ir_resolve",
};

static double S_num(const cJSON *o, const char *k)
{
    const cJSON *x = o ? cJSON_GetObjectItemCaseSensitive(o, k) : NULL;
    return cJSON_IsNumber(x) ? x->valuedouble : -1;
}

/* a / b, or -1 when either figure is unknown */
static double S_rate(double a, double b) { return a >= 0 && b > 0 ? a / b : -1; }

static const char *S_str(const cJSON *o, const char *k)
{
    const cJSON *x = o ? cJSON_GetObjectItemCaseSensitive(o, k) : NULL;
    return cJSON_IsString(x) ? x->valuestring : "";
}

static S_set *S_find_set(S_set *sets, int *n, const char *name)
{
    for (int i = 0; i < *n; i++)
        if (!strcmp(sets[i].name, name))
            return &sets[i];
    if (*n == S_MAXSETS)
        return NULL;
    sets[*n] = (S_set){0};
    snprintf(sets[*n].name, sizeof sets[*n].name, "%s", name);
    return &sets[(*n)++];
}

/* Inclusive counts from `callgrind_annotate --inclusive=yes` lines such as
 *   "1,234,567 (12.34%)  src/parse/parser.c:dyad_parse_sentence [/path/bin]". */
static void S_read_callgrind(const char *path, S_set *s)
{
    FILE *f = fopen(path, "r");
    char line[4096];
    while (f && fgets(line, sizeof line, f)) {
        for (size_t k = 0; k < S_NCG; k++) {
            char pat[128];
            snprintf(pat, sizeof pat, ":%s [", S_cg_fn[k]);
            if (!strstr(line, pat))
                continue;
            double v = 0;
            const char *p = line + strspn(line, " ");
            for (; *p && *p != ' '; p++)
                if (*p >= '0' && *p <= '9')
                    v = v * 10 + (*p - '0');
            if (v > s->ir[k])
                s->ir[k] = v;
            s->have_ir = 1;
        }
    }
    if (f)
        fclose(f);
}

/* The record's figures of one set, from the run's objects. */
static cJSON *S_figures(const S_set *s)
{
    cJSON *o = cJSON_CreateObject();
    const cJSON *st = s->stages;
    double sent = S_num(st, "sentences");
    cJSON_AddNumberToObject(o, "startup_ms", S_num(s->e2e1, "startup_cpu_ms"));
    cJSON_AddNumberToObject(o, "startup_wall_ms", S_num(s->e2e1, "startup_wall_ms"));
    double parsed = S_num(st, "parsed");
    cJSON_AddNumberToObject(o, "clean_split_mb_s",
                            S_rate(S_num(st, "mb"), S_num(st, "clean_split_s")));
    cJSON_AddNumberToObject(o, "tag_parse_sent_s", S_rate(parsed, S_num(st, "parse_s")));
    cJSON_AddNumberToObject(o, "code_sent_s", S_rate(parsed, S_num(st, "code_s")));
    cJSON_AddNumberToObject(o, "filter_kept_pct", 100 * S_rate(S_num(st, "kept"), sent));
    cJSON_AddNumberToObject(o, "filter_kept_tokens_pct",
                            100 * S_rate(S_num(st, "kept_tokens"), S_num(st, "tokens")));
    cJSON_AddNumberToObject(o, "filter_sent_s", S_rate(sent, S_num(st, "filter_s")));
    const cJSON *runs[] = {s->e2e1, s->all, s->ingest, s->e2en};
    const char *names[] = {"e2e_1", "e2e_1_parse_all", "ingest_1", "e2e_n"};
    for (int k = 0; k < 4; k++) {
        const cJSON *r = runs[k];
        char key[64];
        double secs = k == 3 ? S_num(r, "wall_s") : S_num(r, "cpu_s");
        snprintf(key, sizeof key, "%s_sent_s", names[k]);
        cJSON_AddNumberToObject(o, key, S_rate(S_num(r, "sentences"), secs));
        snprintf(key, sizeof key, "%s_art_s", names[k]);
        cJSON_AddNumberToObject(o, key, S_rate(S_num(r, "articles"), secs));
        snprintf(key, sizeof key, "%s_peak_mb", names[k]);
        cJSON_AddNumberToObject(o, key, S_rate(S_num(r, "rss_peak_kb"), 1024));
    }
    cJSON_AddNumberToObject(o, "e2e_n_threads", S_num(s->e2en, "threads"));
    cJSON_AddNumberToObject(o, "e2e_n_cpu_sent_s",
                            S_rate(S_num(s->e2en, "sentences"), S_num(s->e2en, "cpu_s")));
    cJSON_AddNumberToObject(o, "events", S_num(s->e2e1, "events"));
    const char *dg = S_str(s->e2e1, "digest");
    cJSON_AddBoolToObject(o, "j_n_identical", *dg && !strcmp(dg, S_str(s->e2en, "digest")));
    cJSON_AddBoolToObject(o, "parse_all_identical", *dg && !strcmp(dg, S_str(s->all, "digest")));
    if (s->have_ir && s->cg) {
        double n = S_num(s->cg, "sentences");
        cJSON_AddNumberToObject(o, "ir_sentences", n);
        for (size_t k = 0; k < S_NCG; k++)
            cJSON_AddNumberToObject(o, S_cg_name[k], S_rate(s->ir[k], n));
    }
    return o;
}

/* The last line of the results file, parsed; NULL when there is none. */
static cJSON *S_previous(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return NULL;
    char *line = NULL, *last = NULL;
    size_t cap = 0;
    while (getline(&line, &cap, f) > 0)
        if (line[0] == '{') {
            free(last);
            last = strdup(line);
        }
    free(line);
    fclose(f);
    cJSON *j = last ? cJSON_Parse(last) : NULL;
    free(last);
    return j;
}

/* "12,345" (or "-" for an unknown figure); decimals for small numbers. */
static const char *S_fmt(char *buf, size_t cap, double v)
{
    if (v < 0 || v != v)
        return snprintf(buf, cap, "-"), buf;
    if (v < 100)
        return snprintf(buf, cap, v == (long)v ? "%.0f" : "%.1f", v), buf;
    char tmp[32];
    int n = snprintf(tmp, sizeof tmp, "%.0f", v), o = 0;
    for (int i = 0; i < n && o + 2 < (int)cap; i++) {
        if (i && (n - i) % 3 == 0)
            buf[o++] = ',';
        buf[o++] = tmp[i];
    }
    buf[o] = 0;
    return buf;
}

typedef struct S_row {
    const char *label, *key, *key_n; /* key_n: the figure of the all-cores column */
} S_row;

static void S_print_row(const S_row *row, cJSON *const *fig, int nset, const cJSON *prev,
                        const char *const *names, int change)
{
    printf("%-36s", row->label);
    for (int i = 0; i < nset; i++) {
        const char *keys[2] = {row->key, row->key_n};
        for (int k = 0; k < 2; k++) {
            char b[32];
            if (!keys[k]) {
                printf(" %10s", "");
                continue;
            }
            double v = S_num(fig[i], keys[k]);
            if (!change) {
                printf(" %10s", S_fmt(b, sizeof b, v));
                continue;
            }
            const cJSON *ps = prev ? cJSON_GetObjectItemCaseSensitive(prev, names[i]) : NULL;
            double p = S_num(ps, keys[k]);
            if (p > 0 && v >= 0)
                snprintf(b, sizeof b, "%+.1f%%", 100 * (v - p) / p);
            else
                snprintf(b, sizeof b, "-");
            printf(" %10s", b);
        }
    }
    printf("\n");
}

static int S_report(int argc, char **argv)
{
    if (argc < 1)
        return S_fail("report: no results file");
    const char *results = argv[0];
    S_set sets[S_MAXSETS];
    int nset = 0;
    cJSON *rec = cJSON_CreateObject(), *kept[64];
    int nkept = 0;
    time_t now = time(NULL);
    char date[32];
    strftime(date, sizeof date, "%Y-%m-%dT%H:%M:%SZ", gmtime(&now));
    cJSON_AddStringToObject(rec, "date", date);
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *eq = strchr(a, '=');
        size_t al = strlen(a);
        if (eq && !strchr(a, '/')) {
            char key[64];
            snprintf(key, sizeof key, "%.*s", (int)(eq - a), a);
            cJSON_AddStringToObject(rec, key, eq + 1);
        } else if (al > 14 && !strcmp(a + al - 14, ".callgrind.txt")) {
            const char *base = strrchr(a, '/') ? strrchr(a, '/') + 1 : a;
            char name[64];
            snprintf(name, sizeof name, "%.*s", (int)(strlen(base) - 14), base);
            S_set *s = S_find_set(sets, &nset, name);
            if (s)
                S_read_callgrind(a, s);
        } else {
            char *text;
            size_t len;
            if (dyad_read_file(a, &text, &len) != DYAD_OK)
                return S_fail("report: cannot read a figures file");
            cJSON *j = cJSON_Parse(text);
            free(text);
            if (!j || nkept == 64)
                return S_fail("report: a figures file is not JSON");
            kept[nkept++] = j;
            S_set *s = S_find_set(sets, &nset, S_str(j, "set"));
            const char *k = S_str(j, "kind");
            cJSON **slot = !s                          ? NULL
                           : !strcmp(k, "stages")      ? &s->stages
                           : !strcmp(k, "e2e")         ? &s->e2e1
                           : !strcmp(k, "e2e-n")       ? &s->e2en
                           : !strcmp(k, "parse-all")   ? &s->all
                           : !strcmp(k, "ingest")      ? &s->ingest
                           : !strcmp(k, "callgrind")   ? &s->cg
                                                       : NULL;
            if (slot)
                *slot = j;
        }
    }
    /* machine */
    cJSON *mach = cJSON_AddObjectToObject(rec, "machine");
    char cpu[256] = "";
    FILE *ci = fopen("/proc/cpuinfo", "r");
    char line[512];
    while (ci && fgets(line, sizeof line, ci))
        if (!strncmp(line, "model name", 10) && strchr(line, ':')) {
            snprintf(cpu, sizeof cpu, "%s", strchr(line, ':') + 2);
            cpu[strcspn(cpu, "\n")] = 0;
            break;
        }
    if (ci)
        fclose(ci);
    struct utsname u;
    uname(&u);
    cJSON_AddStringToObject(mach, "cpu", cpu);
    cJSON_AddNumberToObject(mach, "cores", (double)sysconf(_SC_NPROCESSORS_ONLN));
    cJSON_AddStringToObject(mach, "os", u.sysname);
    cJSON_AddStringToObject(mach, "kernel", u.release);
    cJSON *fig[S_MAXSETS];
    const char *names[S_MAXSETS];
    const cJSON *st0 = nset ? sets[0].stages : NULL;
    cJSON *corp = cJSON_AddObjectToObject(rec, "corpus");
    cJSON_AddNumberToObject(corp, "articles", S_num(st0, "articles"));
    cJSON_AddNumberToObject(corp, "sentences", S_num(st0, "sentences"));
    cJSON_AddNumberToObject(corp, "tokens", S_num(st0, "tokens"));
    cJSON_AddNumberToObject(corp, "mb", S_num(st0, "mb"));
    for (int i = 0; i < nset; i++) {
        names[i] = sets[i].name;
        fig[i] = S_figures(&sets[i]);
        cJSON_AddItemToObject(rec, names[i], fig[i]);
    }
    cJSON *prev = S_previous(results);

    static const S_row rows[] = {
        {"start-up, engine load (ms CPU)", "startup_ms", NULL},
        {"clean + split (MB/s)", "clean_split_mb_s", NULL},
        {"tag + parse + tree (sentences/s)", "tag_parse_sent_s", NULL},
        {"coding, tree -> events (sent/s)", "code_sent_s", NULL},
        {"end to end (sentences/s)", "e2e_1_sent_s", "e2e_n_sent_s"},
        {"end to end (articles/s)", "e2e_1_art_s", "e2e_n_art_s"},
        {"  every sentence parsed (sent/s)", "e2e_1_parse_all_sent_s", NULL},
        {"ingest into SQLite (sentences/s)", "ingest_1_sent_s", NULL},
        {"ingest into SQLite (articles/s)", "ingest_1_art_s", NULL},
        {"sentences parsed (%)", "filter_kept_pct", NULL},
        {"tokens parsed (%)", "filter_kept_tokens_pct", NULL},
        {"peak memory, end to end (MB)", "e2e_1_peak_mb", "e2e_n_peak_mb"},
        {"events", "events", NULL},
        {"instructions/sentence, end to end", "ir_end_to_end", NULL},
        {"  clean", "ir_clean", NULL},
        {"  split", "ir_split", NULL},
        {"  word filter", "ir_filter", NULL},
        {"  tag + parse", "ir_tag_parse", NULL},
        {"  Treebank conversion", "ir_ptb", NULL},
        {"  tree reading", "ir_tree_read", NULL},
        {"  coder", "ir_code", NULL},
        {"  resolve", "ir_resolve", NULL},
    };
    printf("dyad bench: %s articles, %s sentences, %.1f MB of text; %s, %d cores\n",
           S_fmt((char[32]){0}, 32, S_num(st0, "articles")),
           S_fmt((char[32]){0}, 32, S_num(st0, "sentences")), S_num(st0, "mb"), cpu,
           (int)sysconf(_SC_NPROCESSORS_ONLN));
    for (int change = 0; change < (prev ? 2 : 1); change++) {
        if (change)
            printf("\nchange since %s (commit %s):\n", S_str(prev, "date"),
                   S_str(prev, "commit"));
        printf("%-36s", "");
        for (int i = 0; i < nset; i++)
            printf(" %21s", names[i]);
        printf("\n%-36s", "");
        for (int i = 0; i < nset; i++)
            printf(" %10s %10s", "1 core", "all cores");
        printf("\n");
        for (size_t k = 0; k < sizeof rows / sizeof *rows; k++)
            S_print_row(&rows[k], fig, nset, prev, names, change);
    }
    int same = 1;
    for (int i = 0; i < nset; i++) {
        int a = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(fig[i], "j_n_identical"));
        int b = cJSON_IsTrue(cJSON_GetObjectItemCaseSensitive(fig[i], "parse_all_identical"));
        printf("%s: -j %.0f output %s -j 1; every sentence parsed: output %s\n", names[i],
               S_num(fig[i], "e2e_n_threads"), a ? "identical to" : "DIFFERS from",
               b ? "identical" : "DIFFERS");
        same &= a && b;
    }
    char *out = cJSON_PrintUnformatted(rec);
    FILE *f = fopen(results, "a");
    if (!out || !f || fprintf(f, "%s\n", out) < 0)
        return S_fail("report: cannot append to the results file");
    fclose(f);
    printf("figures appended to %s\n", results);
    free(out);
    cJSON_Delete(prev);
    cJSON_Delete(rec);
    for (int i = 0; i < nkept; i++)
        cJSON_Delete(kept[i]);
    return same ? 0 : 1;
}

int main(int argc, char **argv)
{
    S_opts o;
    if (argc >= 2 && !strcmp(argv[1], "report"))
        return S_report(argc - 2, argv + 2);
    if (argc >= 3 && !S_parse_opts(argc - 2, argv + 2, &o)) {
        if (!strcmp(argv[1], "stages"))
            return S_stages(&o);
        if (!strcmp(argv[1], "e2e"))
            return S_e2e(&o);
    }
    fprintf(stderr, "usage: pipeline stages|e2e [OPTIONS] CORPUS | report RESULTS ...\n"
                    "(see the comment at the top of bench/pipeline.c)\n");
    return 2;
}

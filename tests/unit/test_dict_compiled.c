/*
 * test_dict_compiled.c — the compiled dictionary form and its cache (src/dict/compiled.c):
 * the same arrays and the same codings from text and compiled sets (default set, and
 * the Phoenix set when ../shared is there), rebuild when a file changes, refusal of
 * truncated, corrupt and foreign files, warnings given again from the compiled form,
 * an unwritable cache, DYAD_NO_CACHE, and concurrent loads that replace the file.
 */
#include <dirent.h>
#include <fcntl.h>
#include <stdint.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "dict/dict.h"
#include "dyad_pipeline.h"
#include "harness.h"
#include "parse/petrxml.h"

static char cache_dir[256];

typedef struct S_diags {
    long warn, refused;
    char last[512], why[512]; /* the last message, the last refusal */
} S_diags;

static void S_on_diag(void *user, dyad_severity sev, const char *file, long line,
                      const char *msg)
{
    S_diags *d = user;
    d->warn++;
    snprintf(d->last, sizeof d->last, "%s:%ld: %s", file ? file : "", line, msg);
    if (strstr(msg, "refused")) {
        d->refused++;
        snprintf(d->why, sizeof d->why, "%s", d->last);
    }
    (void)sev;
}

/* Remove the files of a folder (the test's folders hold no sub-folders). */
static void S_empty_dir(const char *dir)
{
    DIR *dp = opendir(dir);
    struct dirent *e;
    char p[512];
    while (dp && (e = readdir(dp)))
        if (e->d_name[0] != '.') {
            snprintf(p, sizeof p, "%s/%s", dir, e->d_name);
            unlink(p);
        }
    if (dp)
        closedir(dp);
}

static int S_count_files(const char *dir)
{
    DIR *dp = opendir(dir);
    struct dirent *e;
    int n = 0;
    while (dp && (e = readdir(dp)))
        n += e->d_name[0] != '.';
    if (dp)
        closedir(dp);
    return n;
}

static dyad_dict *S_load(const dyad_validate_opts *files, int cache, S_diags *dg)
{
    dyad_validate_opts o = *files;
    o.cache = cache;
    dyad_diag diag = {dg ? S_on_diag : NULL, dg, 0, 0};
    dyad_dict *d = dyad_dict_new();
    if (d && dyad_dict_load_set(d, &o, NULL, &diag) != DYAD_OK) {
        dyad_dict_free(d);
        return NULL;
    }
    return d;
}

static int S_compiled(const dyad_dict *d)
{
    dyad_dict_stats st;
    dyad_dict_get_stats(d, &st);
    return st.compiled;
}

/* Every array and count of a and b holds the same bytes. */
static int S_same(dyad_dict *a, dyad_dict *b)
{
    dyad_dict_sec sa[DYAD_DICT_NSEC], sb[DYAD_DICT_NSEC];
    dyad_dict_sections(a, sa);
    dyad_dict_sections(b, sb);
    for (int i = 0; i < DYAD_DICT_NSEC; i++)
        if (*sa[i].n != *sb[i].n || (*sa[i].n && memcmp(*sa[i].v, *sb[i].v, *sa[i].n * sa[i].elem)))
            return 0;
    return a->actor_phrases == b->actor_phrases && a->actors.maxlen == b->actors.maxlen &&
           a->agents.maxlen == b->agents.maxlen && a->verbmap.used == b->verbmap.used &&
           a->issues.edge.used == b->issues.edge.used;
}

/* Events, discard level and issues of one sentence appended to out. */
static void S_code(const dyad_dict *d, const char *tree, const char *date, const char *text,
                   dyad_buf *out)
{
    dyad_tree *t = NULL;
    dyad_coding c = {0};
    if (dyad_tree_parse(tree, strlen(tree), NULL, 0, NULL, &t) != DYAD_OK)
        return;
    if (dyad_code_tree(d, t, date, text, NULL, &c) == DYAD_OK) {
        dyad_buf_printf(out, "[%d]", c.discard);
        for (size_t i = 0; i < c.n; i++)
            dyad_buf_printf(out, " %s %s %s;", c.ev[i].source, c.ev[i].target, c.ev[i].code);
        for (size_t i = 0; i < c.nissues; i++)
            dyad_buf_printf(out, " %s:%d", c.issues[i].code, c.issues[i].count);
    }
    dyad_buf_putc(out, '\n');
    dyad_coding_free(&c);
    dyad_tree_free(t);
}

static const char *subj[] = {"(NNP Canada)", "(NNP Hamas)", "(DT the) (NNP Israeli) (NN army)",
                             "(NNP Russia)", "(DT the) (NNP Iraqi) (NN government)",
                             "(NNP Kofi) (NNP Annan)", "(NNS rebels)", "(NNP Spain)",
                             "(DT the) (NNP United) (NNPS Nations)", "(NNP Barack) (NNP Obama)"};
static const char *verb[] = {"imposed", "released", "met", "accused", "attacked", "criticized",
                             "signed", "praised", "killed", "visited", "threatened", "beat"};
static const char *obj[] = {"(NNS sanctions)", "(NNP Italy)", "(DT the) (NNP Iranian) (NN minister)",
                            "(NNS protesters)", "(NNP Syria)", "(DT an) (NN agreement)"};
static const char *dates[] = {"20050315", "20170601", NULL};

/* Codings of a grid of simple sentences (any set) and, with ../shared, of every record
 * of the PETRARCH unit-test file. */
static void S_code_all(const dyad_dict *d, const dyad_petrxml *x, dyad_buf *out)
{
    char tree[512], text[256];
    for (size_t s = 0; s < sizeof subj / sizeof *subj; s++)
        for (size_t v = 0; v < sizeof verb / sizeof *verb; v++)
            for (size_t o = 0; o < sizeof obj / sizeof *obj; o++) {
                snprintf(tree, sizeof tree,
                         "(ROOT (S (NP %s) (VP (VBD %s) (NP %s)) (. .)))", subj[s], verb[v],
                         obj[o]);
                snprintf(text, sizeof text, "%s %s %s over the nuclear program.", subj[s],
                         verb[v], obj[o]);
                S_code(d, tree, dates[(s + v + o) % 3], text, out);
            }
    for (size_t i = 0; x && i < x->nrec; i++)
        if (x->rec[i].parse)
            S_code(d, x->rec[i].parse, x->rec[i].date, x->rec[i].text, out);
}

/* Text, first cached load (writes) and second (maps) of one set give the same arrays
 * and the same codings. */
static void test_same(const char *what, const dyad_validate_opts *files, const dyad_petrxml *x)
{
    S_empty_dir(cache_dir);
    S_diags g0 = {0}, g1 = {0}, g2 = {0};
    dyad_dict *text = S_load(files, DYAD_CACHE_OFF, &g0);
    dyad_dict *first = S_load(files, DYAD_CACHE_AUTO, &g1);
    dyad_dict *comp = S_load(files, DYAD_CACHE_AUTO, &g2);
    OK(text && first && comp);
    if (!text || !first || !comp)
        goto done;
    fprintf(stderr, "%s: compiled file %s\n", what, dyad_dict_compiled_path(comp));
    OK(!S_compiled(text) && dyad_dict_compiled_path(text) == NULL);
    OK(!S_compiled(first) && dyad_dict_compiled_path(first) != NULL);
    OK(S_compiled(comp));
    STR_EQ(dyad_dict_compiled_path(comp), dyad_dict_compiled_path(first));
    INT_EQ(g1.warn, g0.warn);
    INT_EQ(g2.warn, g0.warn); /* warnings of the text are given again */
    OK(S_same(text, comp));
    dyad_buf a = {0}, b = {0};
    S_code_all(text, x, &a);
    S_code_all(comp, x, &b);
    OK(a.len > 1000 && strstr(a.data, ";") != NULL);
    OK(a.len == b.len && !memcmp(a.data, b.data, a.len));
    dyad_buf_free(&a);
    dyad_buf_free(&b);
done:
    dyad_dict_free(text);
    dyad_dict_free(first);
    dyad_dict_free(comp);
}

static void S_copy(const char *from, const char *to)
{
    char *t = NULL;
    size_t n = 0;
    if (dyad_read_file(from, &t, &n) == DYAD_OK) {
        FILE *f = fopen(to, "wb");
        if (f) {
            fwrite(t, 1, n, f);
            fclose(f);
        }
    }
    free(t);
}

static void S_append(const char *path, const char *line)
{
    FILE *f = fopen(path, "a");
    if (f) {
        fputs(line, f);
        fclose(f);
    }
}

static const char *S_actor(const dyad_dict *d, const char *word)
{
    int node = dyad_trie_child(&d->actors, 0, word, strlen(word));
    return node < 0 || d->actors.val[node] < 0 ? NULL
                                               : dyad_actor_code_for(d, d->actors.val[node], -1);
}

/* A small set in a folder of its own that the tests may change. */
static char set_dir[256], f_verbs[300], f_actors[300], f_agents[300];

static void S_make_set(dyad_validate_opts *o)
{
    static const char *actors[1];
    snprintf(f_verbs, sizeof f_verbs, "%s/verbs.txt", set_dir);
    snprintf(f_actors, sizeof f_actors, "%s/test.actors.txt", set_dir);
    snprintf(f_agents, sizeof f_agents, "%s/agents.txt", set_dir);
    S_copy(DYAD_DATADIR "/dict/verbs.txt", f_verbs);
    S_copy(DYAD_DATADIR "/dict/agents.txt", f_agents);
    FILE *f = fopen(f_actors, "w");
    if (f) {
        fputs("ARNOR [ARN]\nGONDOR [GON]\n[ [broken\nMORDOR [MOR]\n", f);
        fclose(f);
    }
    actors[0] = f_actors;
    memset(o, 0, sizeof *o);
    o->verbs = f_verbs;
    o->agents = f_agents;
    o->actors = actors;
    o->nactors = 1;
}

static void S_touch(const char *path, long sec_ago)
{
    struct timespec ts[2];
    clock_gettime(CLOCK_REALTIME, &ts[0]);
    ts[0].tv_sec -= sec_ago;
    ts[0].tv_nsec = 123456789; /* only the nanoseconds may differ from the last write */
    ts[1] = ts[0];
    utimensat(AT_FDCWD, path, ts, 0);
}

static void test_stale(void)
{
    dyad_validate_opts o;
    S_make_set(&o);
    S_empty_dir(cache_dir);
    S_diags g = {0};
    dyad_dict *d = S_load(&o, DYAD_CACHE_AUTO, &g);
    OK(d && !S_compiled(d));
    INT_EQ(g.warn, 1); /* the broken line */
    dyad_dict_free(d);
    g.warn = 0;
    d = S_load(&o, DYAD_CACHE_AUTO, &g);
    OK(d && S_compiled(d));
    INT_EQ(g.warn, 1);
    OK(strstr(g.last, "test.actors.txt:3:") != NULL);
    dyad_dict_free(d);

    /* the same files named another way: the same compiled file, and its warnings name
     * the files as the caller does */
    char other[320];
    const char *oa[1] = {other};
    snprintf(other, sizeof other, "%s/./test.actors.txt", set_dir);
    dyad_validate_opts o3 = o;
    o3.actors = oa;
    d = S_load(&o3, DYAD_CACHE_AUTO, &g);
    OK(d && S_compiled(d));
    OK(strstr(g.last, "/./test.actors.txt:3:") != NULL);
    dyad_dict_free(d);

    /* a new mtime (same content) makes the compiled file stale */
    S_touch(f_verbs, 100);
    d = S_load(&o, DYAD_CACHE_AUTO, &g);
    OK(d && !S_compiled(d));
    dyad_dict_free(d);
    d = S_load(&o, DYAD_CACHE_AUTO, &g);
    OK(d && S_compiled(d));
    dyad_dict_free(d);

    /* a changed file: the new entry is there, compiled from then on */
    S_append(f_actors, "RIVENDELL [RIV]\n");
    d = S_load(&o, DYAD_CACHE_AUTO, &g);
    OK(d && !S_compiled(d));
    STR_EQ(d ? S_actor(d, "RIVENDELL") : NULL, "RIV");
    dyad_dict_free(d);
    d = S_load(&o, DYAD_CACHE_AUTO, &g);
    OK(d && S_compiled(d));
    STR_EQ(d ? S_actor(d, "RIVENDELL") : NULL, "RIV");
    STR_EQ(d ? S_actor(d, "GONDOR") : NULL, "GON");

    /* entries added to a compiled set: its arrays are copied out first */
    char extra[300];
    snprintf(extra, sizeof extra, "%s/more.actors.txt", set_dir);
    FILE *f = fopen(extra, "w");
    if (f) {
        fputs("ROHAN [ROH]\n", f);
        fclose(f);
    }
    OK(d && dyad_dict_load(d, DYAD_DICT_ACTORS, extra, NULL) == DYAD_OK);
    OK(d && !S_compiled(d));
    STR_EQ(d ? S_actor(d, "ROHAN") : NULL, "ROH");
    STR_EQ(d ? S_actor(d, "RIVENDELL") : NULL, "RIV");
    dyad_dict_free(d);

    /* the same set in another order is another compiled file */
    int before = S_count_files(cache_dir);
    dyad_validate_opts o2 = o;
    o2.agents = NULL;
    d = S_load(&o2, DYAD_CACHE_AUTO, &g);
    OK(d && !S_compiled(d));
    INT_EQ(S_count_files(cache_dir), before + 1);
    dyad_dict_free(d);
}

static const char *S_only_file(char *buf, size_t cap)
{
    DIR *dp = opendir(cache_dir);
    struct dirent *e;
    buf[0] = 0;
    while (dp && (e = readdir(dp)))
        if (e->d_name[0] != '.')
            snprintf(buf, cap, "%s/%s", cache_dir, e->d_name);
    if (dp)
        closedir(dp);
    return buf;
}

/* Damage the compiled file, then load: the text is read (with a warning), results are
 * the same and the file is rewritten. */
static void S_damage(const dyad_validate_opts *o, dyad_dict *ref, int how, const char *why)
{
    char path[512];
    S_empty_dir(cache_dir);
    dyad_dict_free(S_load(o, DYAD_CACHE_AUTO, NULL));
    S_only_file(path, sizeof path);
    char *img = NULL;
    size_t n = 0;
    if (dyad_read_file(path, &img, &n) != DYAD_OK)
        return;
    FILE *f = fopen(path, "wb");
    if (how == 0) /* truncated */
        fwrite(img, 1, n / 2, f);
    else if (how == 1) { /* one flipped bit in the middle */
        img[n / 2] ^= 4;
        fwrite(img, 1, n, f);
    } else if (how == 2) /* foreign */
        fputs("verbs, actors and agents\n", f);
    else { /* header from another format */
        img[12]++;
        fwrite(img, 1, n, f);
    }
    fclose(f);
    free(img);
    S_diags g = {0};
    dyad_dict *d = S_load(o, DYAD_CACHE_AUTO, &g);
    OK(d && !S_compiled(d) && S_same(d, ref));
    INT_EQ(g.warn - g.refused, 1); /* the broken actor line, as ever */
    if (why) {
        INT_EQ(g.refused, 1);
        OK(strstr(g.why, why) != NULL);
        fprintf(stderr, "  %s\n", g.why);
    } else {
        INT_EQ(g.refused, 0); /* an older format is replaced without a word */
    }
    dyad_dict_free(d);
    d = S_load(o, DYAD_CACHE_AUTO, &g);
    OK(d && S_compiled(d) && S_same(d, ref));
    dyad_dict_free(d);
}

static void test_corrupt(const dyad_validate_opts *o)
{
    dyad_dict *ref = S_load(o, DYAD_CACHE_OFF, NULL);
    S_damage(o, ref, 0, "truncated");
    S_damage(o, ref, 1, "checksum");
    S_damage(o, ref, 2, "not a compiled dyad dictionary");
    S_damage(o, ref, 3, NULL);

    /* images cut anywhere are refused from memory too, never read past their end */
    char path[512];
    char *img = NULL;
    size_t n = 0;
    S_only_file(path, sizeof path);
    if (dyad_read_file(path, &img, &n) == DYAD_OK) {
        int refused = 0, tries = 0;
        for (size_t cut = 0; cut < n; cut += n / 37 + 1, tries++) {
            dyad_dict *d = dyad_dict_new();
            refused += dyad_dict_from_image(d, img, cut, "cut", NULL) == DYAD_ESYNTAX;
            dyad_dict_free(d);
        }
        INT_EQ(refused, tries);
        dyad_dict *d = dyad_dict_new();
        OK(dyad_dict_from_image(d, img, n, "whole", NULL) == DYAD_OK && S_same(d, ref));
        dyad_dict_free(d);
        /* resealed after damage (as the fuzz target does), bad indexes are still caught:
         * every 4-byte word of the arrays set to a huge value in turn, a sample of them */
        int caught = 0, changed = 0;
        for (size_t at = 1024; at + 4 <= n; at += n / 211 * 4 + 4) {
            char *bad = malloc(n);
            memcpy(bad, img, n);
            memset(bad + at, 0x7f, 4);
            dyad_dict_image_seal(bad, n);
            d = dyad_dict_new();
            if (dyad_dict_from_image(d, bad, n, "resealed", NULL) == DYAD_OK) {
                /* accepted: then it must be usable */
                dyad_buf out = {0};
                S_code(d, "(ROOT (S (NP (NNP Gondor)) (VP (VBD attacked) (NP (NNP Arnor)))))",
                       "20100101", NULL, &out);
                dyad_buf_free(&out);
            } else {
                caught++;
            }
            changed++;
            dyad_dict_free(d);
            free(bad);
        }
        OK(caught > 0);
        fprintf(stderr, "  resealed damage: %d of %d refused, the rest usable\n", caught, changed);
        /* a chain of synset members by first word that turns back (so would loop) is
         * refused; one that goes forward is an index that may be wrong but ends */
        size_t pb = ref->phrase.n * sizeof *ref->phrase.v;
        char *ph = NULL;
        for (size_t at = 0; ref->phrase.n >= 2 && !ph && at + pb <= n; at += 8)
            if (!memcmp(img + at, ref->phrase.v, pb))
                ph = img + at;
        OK(ph != NULL);
        for (int k = 0; ph && k < 3; k++) {
            dyad_phrase p[2];
            memcpy(p, ph, sizeof p);
            p[k == 2 ? 0 : k].next = k == 2; /* itself, back to the first, forward */
            char *bad = malloc(n);
            memcpy(bad, img, n);
            memcpy(bad + (ph - img), p, sizeof p);
            dyad_dict_image_seal(bad, n);
            S_diags g = {0};
            dyad_diag dg = {S_on_diag, &g, 0, 0};
            d = dyad_dict_new();
            INT_EQ(dyad_dict_from_image(d, bad, n, "chain", &dg), k == 2 ? DYAD_OK : DYAD_ESYNTAX);
            OK(k == 2 || strstr(g.why, "bad synset phrase") != NULL);
            dyad_dict_free(d);
            free(bad);
        }
        /* a pattern word's hash key that is not its word's is refused: the coder's
         * prefilter would drop the pattern without a word */
        size_t tb = ref->ptok.n * sizeof *ref->ptok.v;
        char *pt = NULL;
        for (size_t at = 0; ref->ptok.n && !pt && at + tb <= n; at += 8)
            if (!memcmp(img + at, ref->ptok.v, tb))
                pt = img + at;
        size_t wt = 0;
        while (wt < ref->ptok.n && ref->ptok.v[wt].type != DYAD_PT_WORD)
            wt++;
        OK(pt != NULL && wt < ref->ptok.n);
        if (pt && wt < ref->ptok.n) {
            dyad_ptok t = ref->ptok.v[wt];
            INT_EQ(t.key, dyad_word_key(dyad_dict_str(ref, t.word),
                                        strlen(dyad_dict_str(ref, t.word))));
            t.key ^= 1;
            char *bad = malloc(n);
            memcpy(bad, img, n);
            memcpy(bad + (pt - img) + wt * sizeof t, &t, sizeof t);
            dyad_dict_image_seal(bad, n);
            S_diags g = {0};
            dyad_diag dg = {S_on_diag, &g, 0, 0};
            d = dyad_dict_new();
            INT_EQ(dyad_dict_from_image(d, bad, n, "key", &dg), DYAD_ESYNTAX);
            OK(strstr(g.why, "bad key of pattern token") != NULL);
            dyad_dict_free(d);
            free(bad);
        }
        free(img);
    }
    dyad_dict_free(ref);
}

static void test_no_cache(const dyad_validate_opts *o)
{
    S_empty_dir(cache_dir);
    setenv("DYAD_NO_CACHE", "1", 1);
    dyad_dict *d = S_load(o, DYAD_CACHE_AUTO, NULL);
    OK(d && !S_compiled(d) && dyad_dict_compiled_path(d) == NULL);
    INT_EQ(S_count_files(cache_dir), 0);
    dyad_dict_free(d);
    unsetenv("DYAD_NO_CACHE");

    /* a cache folder that cannot be made: text, no word about it */
    setenv("DYAD_CACHE", "/proc/self/no/such/dir", 1);
    S_diags g = {0};
    d = S_load(o, DYAD_CACHE_AUTO, &g);
    OK(d && !S_compiled(d) && dyad_dict_compiled_path(d) == NULL);
    INT_EQ(g.warn, 1); /* only the broken actor line */
    dyad_dict_free(d);
    setenv("DYAD_CACHE", cache_dir, 1);
}

/* Processes loading and rebuilding the same set at once never see a partial file. */
static void test_concurrent(const dyad_validate_opts *o)
{
    S_empty_dir(cache_dir);
    dyad_dict *ref = S_load(o, DYAD_CACHE_OFF, NULL);
    enum { NPROC = 6, ROUNDS = 15 };
    pid_t pid[NPROC];
    for (int p = 0; p < NPROC; p++) {
        pid[p] = fork();
        if (pid[p] == 0) {
            int bad = 0;
            for (int r = 0; r < ROUNDS; r++) {
                S_diags g = {0};
                dyad_dict *d = S_load(o, (p + r) % 3 == 0 ? DYAD_CACHE_REBUILD : DYAD_CACHE_AUTO, &g);
                bad += !d || !S_same(d, ref) || g.warn != 1;
                dyad_dict_free(d);
            }
            _exit(bad ? 1 : 0);
        }
    }
    int failed = 0;
    for (int p = 0; p < NPROC; p++) {
        int status = 0;
        waitpid(pid[p], &status, 0);
        failed += !WIFEXITED(status) || WEXITSTATUS(status) != 0;
    }
    INT_EQ(failed, 0);
    INT_EQ(S_count_files(cache_dir), 1); /* one file, no temporary left behind */
    dyad_dict *d = S_load(o, DYAD_CACHE_AUTO, NULL);
    OK(d && S_compiled(d) && S_same(d, ref));
    dyad_dict_free(d);
    dyad_dict_free(ref);
}

int main(void)
{
    snprintf(cache_dir, sizeof cache_dir, "/tmp/dyad-test-cache-XXXXXX");
    snprintf(set_dir, sizeof set_dir, "/tmp/dyad-test-set-XXXXXX");
    if (!mkdtemp(cache_dir) || !mkdtemp(set_dir)) {
        perror("mkdtemp");
        return 1;
    }
    setenv("DYAD_CACHE", cache_dir, 1);
    unsetenv("DYAD_NO_CACHE");

    const char *sh = T_shared();
    dyad_petrxml *x = NULL;
    char xml[512];
    if (sh) {
        snprintf(xml, sizeof xml, "%s/petrarch2/PETR.UnitTest.records.xml", sh);
        if (dyad_petrxml_read(xml, NULL, &x) != DYAD_OK)
            x = NULL;
    }

    dyad_validate_opts def = {0};
    char *mem = NULL;
    OK(dyad_dict_dir_files(DYAD_DATADIR "/dict", &def, &mem, NULL) == DYAD_OK);
    test_same("default set", &def, x);
    free(mem);

    if (sh) {
        char dir[512];
        dyad_validate_opts phx = {0};
        snprintf(dir, sizeof dir, "%s/petrarch2", sh);
        OK(dyad_dict_dir_files(dir, &phx, &mem, NULL) == DYAD_OK);
        test_same("Phoenix set", &phx, x);
        free(mem);
    } else {
        SKIP("../shared absent: Phoenix set (text vs compiled) not compared");
    }
    dyad_petrxml_free(x);

    dyad_validate_opts small;
    S_make_set(&small);
    test_stale();
    S_make_set(&small);
    test_corrupt(&small);
    test_no_cache(&small);
    test_concurrent(&small);

    S_empty_dir(cache_dir);
    S_empty_dir(set_dir);
    rmdir(cache_dir);
    rmdir(set_dir);
    return T_done();
}

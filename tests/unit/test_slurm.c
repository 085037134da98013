/* test_slurm.c — coding a collection in shards and merging them gives what one run
 * gives: the event mentions of `dyad code`, byte for byte, and the store of `dyad
 * ingest`, by its canonical dump (near-duplicate links, aliases and merged events
 * included). First by hand, without a cluster: `dyad code --format articles` over three
 * shards (each on another -j) and `dyad ingest --precoded` of the outputs in order.
 * Then the recipe of scripts/slurm/ itself (run.sh: split, sbatch --array, merge job)
 * on a one-machine SLURM cluster started in a temporary folder (tests/slurm/), with a
 * failing task and a resumed run; skipped when slurm-wlm and munge are not installed
 * or the test does not run as root.
 *
 * The collection: tests/eval/news.jsonl, the store fixture (exact and syndicated
 * copies) and, when ../shared is there, the first 300 Reuters-21578 articles. */
#include <limits.h>
#include <time.h>
#include "harness.h"
#include "cli_store.h"

#define REUTERS "corpora/reuters21578/reuters21578.jsonl"

static const char *S_bin;
static char S_dir[] = "/tmp/dyad-test-slurm-XXXXXX";

/* S_dir/name in a static buffer, one of four: valid until the fourth call after. */
static const char *S_path(const char *name)
{
    static char buf[4][256];
    static int k;
    k = (k + 1) % 4;
    snprintf(buf[k], sizeof buf[k], "%s/%s", S_dir, name);
    return buf[k];
}

/* The event mentions of pre-coded article files, in order, as `dyad code` writes them. */
static char *S_events_of(const char *const *files, int n)
{
    char *out = NULL, *line = NULL;
    size_t len = 0, cap = 0;
    FILE *m = open_memstream(&out, &len);
    dyad_precoded *p = dyad_precoded_new();
    int bad = 0;
    for (int i = 0; i < n; i++) {
        FILE *f = fopen(files[i], "r");
        bad |= !f;
        ssize_t k;
        long ln = 0;
        while (f && (k = getline(&line, &cap, f)) > 0) {
            dyad_article a;
            dyad_coded_article c;
            bad |= dyad_precoded_parse(p, line, (size_t)k, files[i], ++ln, &a, NULL) != DYAD_OK ||
                   dyad_precoded_code(p, &a, &c) != DYAD_OK;
            for (size_t e = 0; !bad && e < c.nevents; e++)
                dyad_event_write(m, DYAD_FMT_JSONL, &c.events[e]);
        }
        if (f)
            fclose(f);
    }
    free(line);
    dyad_precoded_free(p);
    fclose(m);
    if (bad) {
        free(out);
        return NULL;
    }
    return out;
}

/* Same bytes; on a difference, where it starts. */
static void S_same(const char *what, const char *got, const char *want)
{
    size_t i = 0;
    while (got && want && got[i] && got[i] == want[i])
        i++;
    T_REPORT(got && want && got[i] == want[i], "%s differs from the single run at byte %zu",
             what, i);
}

/* Shards by hand: the library path the recipe uses, without a cluster. */
static void test_by_hand(const char *coll, const char *want_events, const char *want_dump)
{
    /* three shards of consecutive lines, the last one longest */
    INT_EQ(cs_sh("cd %s && split -n l/3 -d -a 1 --additional-suffix=.jsonl %s part-", S_dir,
                coll), 0);
    const char *outs[3] = {"out-0.jsonl", "out-1.jsonl", "out-2.jsonl"};
    char files[3][256];
    for (int i = 0; i < 3; i++) {
        INT_EQ(cs_sh("%s code -j %d --format articles %s/part-%d.jsonl > %s/%s 2>/dev/null",
                    S_bin, i + 1, S_dir, i, S_dir, outs[i]),
               0);
        snprintf(files[i], sizeof files[i], "%s/%s", S_dir, outs[i]);
    }
    const char *const fp[3] = {files[0], files[1], files[2]};
    char *ev = S_events_of(fp, 3);
    S_same("events of the article shards", ev, want_events);
    free(ev);
    INT_EQ(cs_sh("%s ingest --precoded --quiet --db %s %s %s %s", S_bin, S_path("hand.db"),
                files[0], files[1], files[2]),
           0);
    char *dump = cs_dump(S_path("hand.db"), NULL);
    S_same("store merged from shards", dump, want_dump);
    free(dump);

    /* shard scripts tell a skipped record (1) from a missing output (3) */
    INT_EQ(cs_sh("printf '{\"id\":\"ok\",\"text\":\"A.\"}\\nnot json\\n' | %s code - "
                ">/dev/null 2>&1", S_bin), 1);
    INT_EQ(cs_sh("%s code --model %s %s >/dev/null 2>&1", S_bin, S_path("missing.dpm"), coll),
           3);
    INT_EQ(cs_sh("%s code --parsed --format articles %s >/dev/null 2>&1", S_bin, coll), 2);
}

static int S_have(const char *prog)
{
    return cs_sh("PATH=$PATH:/usr/sbin:/sbin command -v %s >/dev/null 2>&1", prog) == 0;
}

/* The recipe on a one-machine cluster (tests/slurm/recipe.sh runs it). */
static void test_cluster(const char *coll, const char *want_events, const char *want_dump)
{
    if (!S_have("sbatch") || !S_have("slurmctld") || !S_have("slurmd") || !S_have("munged")) {
        SKIP("slurm-wlm and munge are not installed (sh scripts/install-deps.sh --slurm "
             "installs them): the SLURM recipe was not run on a cluster");
        return;
    }
    if (geteuid() != 0) {
        SKIP("not root: the one-machine SLURM cluster needs root to start slurmd");
        return;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    int rc = cs_sh("DYAD=%s bash tests/slurm/recipe.sh %s %s > %s 2>&1", S_bin, S_dir, coll,
                  S_path("recipe.log"));
    clock_gettime(CLOCK_MONOTONIC, &t1);
    INT_EQ(rc, 0);
    if (rc != 0)
        cs_sh("tail -n 40 %s >&2", S_path("recipe.log"));
    /* nothing of the cluster outlives it */
    INT_EQ(cs_sh("ps -eo args | grep -F %s/cluster | grep -v grep", S_dir), 1);

    char *ev = cs_slurp(S_path("events.jsonl"));
    S_same("events of the SLURM array (run.sh --events)", ev, want_events);
    free(ev);
    const char *const outs[4] = {S_path("work/out-0000.jsonl"), S_path("work/out-0001.jsonl"),
                                 S_path("work/out-0002.jsonl"), S_path("work/out-0003.jsonl")};
    ev = S_events_of(outs, 4);
    S_same("events of the SLURM array's article shards", ev, want_events);
    free(ev);
    INT_EQ(cs_sh("test -e %s", S_path("work/shard-0004.jsonl")), 1);

    char *dump = cs_dump(S_path("store.db"), NULL);
    S_same("store merged by the SLURM job (run.sh --db)", dump, want_dump);
    free(dump);

    /* a failing task: the merge job is cancelled, no store, run.sh says so */
    char *bad = cs_slurp(S_path("bad.rc"));
    OK(bad && atoi(bad) == 1);
    free(bad);
    INT_EQ(access(S_path("bad.db"), F_OK), -1);

    /* resumed after losing one output: three tasks found theirs done */
    char *done = cs_slurp(S_path("done.count"));
    OK(done && atoi(done) == 3);
    free(done);
    dump = cs_dump(S_path("resumed.db"), NULL);
    S_same("store of the resumed run", dump, want_dump);
    free(dump);
    printf("SLURM recipe: 4 shards, merged store and events equal to single runs; "
           "cluster up, four runs and down in %.1f s\n",
           (double)(t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9);
}

int main(void)
{
    S_bin = getenv("DYAD_BIN");
    if (!S_bin || access(S_bin, X_OK) != 0) {
        SKIP("DYAD_BIN (the dyad command) not available");
        return T_done();
    }
    if (!mkdtemp(S_dir)) {
        SKIP("cannot create a temporary folder");
        return T_done();
    }
    char bin[PATH_MAX];
    if (S_bin[0] != '/' && realpath(S_bin, bin))
        S_bin = bin;
    const char *shared = T_shared();
    char coll[256];
    snprintf(coll, sizeof coll, "%s", S_path("collection.jsonl"));
    INT_EQ(cs_sh("cat tests/eval/news.jsonl tests/fixtures/store/collection.jsonl > %s", coll), 0);
    if (shared)
        INT_EQ(cs_sh("head -n 300 %s/%s >> %s", shared, REUTERS, coll), 0);
    else
        SKIP("../shared absent: the collection has no Reuters articles");

    /* the single runs */
    INT_EQ(cs_sh("%s code %s > %s 2>/dev/null", S_bin, coll, S_path("single.jsonl")), 0);
    INT_EQ(cs_sh("%s ingest --quiet --db %s %s", S_bin, S_path("single.db"), coll), 0);
    char *want_events = cs_slurp(S_path("single.jsonl"));
    dyad_store_counts c = {0};
    char *want_dump = cs_dump(S_path("single.db"), &c);
    OK(want_events && strlen(want_events) > 10000);
    OK(want_dump != NULL);
    /* what the comparison covers: events merged, copies linked and aliased */
    OK(c.articles > 200 && c.mentions > 150 && c.events < c.mentions);
    OK(c.aliases > 0 && c.near_dups > 0);

    if (want_events && want_dump) {
        test_by_hand(coll, want_events, want_dump);
        test_cluster(coll, want_events, want_dump);
    }
    free(want_events);
    free(want_dump);
    cs_sh("rm -rf %s", S_dir);
    return T_done();
}

/* test_jobs.c — `dyad code -j N` and `dyad ingest -j N` give the output of one thread,
 * byte for byte and in the same order, on a bigger input: a slice of Reuters-21578 when
 * ../shared is there, else the evaluation set and the store fixtures. The events and the
 * diagnostics of `dyad code` are compared, and the canonical dumps of the two stores. */
#include "harness.h"
#include "cli_store.h"

static long S_lines(const char *s)
{
    long n = 0;
    for (; s && *s; s++)
        n += *s == '\n';
    return n;
}

int main(void)
{
    const char *bin = getenv("DYAD_BIN"), *shared = T_shared();
    char dir[] = "/tmp/dyad-test-jobs-XXXXXX", in[128], p[6][128];
    if (!bin || access(bin, X_OK) != 0 || !mkdtemp(dir)) {
        SKIP("DYAD_BIN (the dyad command) not available");
        return T_done();
    }
    snprintf(in, sizeof in, "%s/in.jsonl", dir);
    if (shared) {
        char corpus[256];
        snprintf(corpus, sizeof corpus, "%s/corpora/reuters21578/reuters21578.jsonl", shared);
        INT_EQ(cs_sh("head -n 1500 %s > %s", corpus, in), 0);
    } else {
        SKIP("../shared not found: -j compared on the evaluation set, not Reuters-21578");
        INT_EQ(cs_sh("cat tests/eval/news.jsonl tests/fixtures/store/collection.jsonl > %s", in), 0);
    }
    const char *names[6] = {"1.out", "1.err", "2.out", "2.err", "3.out", "3.err"};
    for (int k = 0; k < 6; k++)
        snprintf(p[k], sizeof p[k], "%s/%s", dir, names[k]);

    /* dyad code: events and diagnostics */
    INT_EQ(cs_sh("%s code -j 1 %s > %s 2> %s", bin, in, p[0], p[1]), 0);
    INT_EQ(cs_sh("%s code -j 2 %s > %s 2> %s", bin, in, p[2], p[3]), 0);
    INT_EQ(cs_sh("%s code -j 3 %s > %s 2> %s", bin, in, p[4], p[5]), 0);
    char *out[6];
    for (int k = 0; k < 6; k++)
        out[k] = cs_slurp(p[k]);
    OK(out[0] && S_lines(out[0]) > 100);
    for (int k = 2; k < 6; k++)
        T_REPORT(out[k] && out[k % 2] && !strcmp(out[k], out[k % 2]),
                 "dyad code -j %d: %s differs from -j 1", k / 2 + 1,
                 k % 2 ? "standard error" : "the events");
    printf("dyad code: %ld event lines, identical for -j 1, 2 and 3\n", S_lines(out[0]));
    for (int k = 0; k < 6; k++)
        free(out[k]);

    /* dyad ingest into two stores */
    char db1[160], db2[160];
    snprintf(db1, sizeof db1, "%s/one.db", dir);
    snprintf(db2, sizeof db2, "%s/two.db", dir);
    INT_EQ(cs_sh("%s ingest --quiet --db %s -j 1 %s", bin, db1, in), 0);
    INT_EQ(cs_sh("%s ingest --quiet --db %s -j 2 %s", bin, db2, in), 0);
    char *d1 = cs_dump(db1, NULL), *d2 = cs_dump(db2, NULL);
    OK(d1 && S_lines(d1) > 1000);
    T_REPORT(d1 && d2 && !strcmp(d1, d2), "dyad ingest -j 2: the store differs from -j 1");
    printf("dyad ingest: dumps of %ld lines, identical for -j 1 and 2\n", S_lines(d1));
    free(d1);
    free(d2);

    INT_EQ(cs_sh("rm -rf %s", dir), 0);
    return T_done();
}

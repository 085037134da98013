/* test_validate.c — validation runs: a small file written here, then the PETRARCH-2
 * unit-test records from ../shared, whose pass count must not fall below the floor. */
#include <string.h>
#include "harness.h"
#include "dyad_code.h"
#include "dyad_pipeline.h"

/* Records of PETR.UnitTest.records.xml coded as expected when these floors were set:
 * with the records' own trees, and with their text parsed by the built-in parser. */
#define DYAD_PETR_FLOOR 280
#define DYAD_PETR_REPARSE_FLOOR 238

static const char *S_reparse(void *user, const char *text)
{
    const char *ptb = NULL;
    return dyad_worker_parse_text(user, text, strlen(text), &ptb) == DYAD_OK ? ptb : NULL;
}

typedef struct fails {
    char ids[8][32];
    int n;
} fails;

static void S_rec(void *user, const char *id, int ok, const char *exp, const char *got)
{
    fails *f = user;
    (void)exp, (void)got;
    if (!ok && f->n < 8)
        snprintf(f->ids[f->n++], sizeof f->ids[0], "%s", id);
}

int main(void)
{
    dyad_diag q = {0};
    long pass = 0, fail = 0;
    fails f = {0};
    INT_EQ(dyad_validate_file("tests/fixtures/dict/mini.xml", NULL, S_rec, &f, &q, &pass, &fail),
           DYAD_OK);
    INT_EQ(pass, 4);
    INT_EQ(fail, 1);
    STR_EQ(f.ids[0], "T-04"); /* its expected event is deliberately reversed */
    OK(q.nerror >= 1);        /* the broken tree of T-05 was reported */
    INT_EQ(dyad_validate_file("tests/fixtures/dict/none.xml", NULL, NULL, NULL, &q, &pass, &fail),
           DYAD_ENOTFOUND);

    /* the command: --min-pass decides the exit status */
    const char *bin = getenv("DYAD_BIN");
    if (bin) {
        char cmd[512];
        snprintf(cmd, sizeof cmd, "%s validate tests/fixtures/dict/mini.xml >/dev/null 2>&1", bin);
        INT_EQ(system(cmd), 0);
        snprintf(cmd, sizeof cmd,
                 "%s validate --min-pass 5 tests/fixtures/dict/mini.xml >/dev/null 2>&1", bin);
        OK(system(cmd) != 0);
        snprintf(cmd, sizeof cmd, "%s validate --bogus >/dev/null 2>&1", bin);
        OK(system(cmd) != 0);
    }

    const char *sh = T_shared();
    if (!sh) {
        SKIP("../shared not present");
        return T_done();
    }
    char path[512];
    snprintf(path, sizeof path, "%s/petrarch2/PETR.UnitTest.records.xml", sh);
    dyad_diag q2 = {0};
    INT_EQ(dyad_validate_file(path, NULL, NULL, NULL, &q2, &pass, &fail), DYAD_OK);
    INT_EQ(pass + fail, 284);
    OK(pass >= DYAD_PETR_FLOOR);
    fprintf(stderr, "PETRARCH-2 unit records: %ld passed, %ld failed (floor %d)\n", pass, fail,
            DYAD_PETR_FLOOR);

    /* --reparse: the same records from their text through the built-in parser */
    dyad_engine_opts eo = {.env = path};
    dyad_engine *e = NULL;
    INT_EQ(dyad_engine_load(&eo, &e, &q2), DYAD_OK);
    dyad_worker *w = e ? dyad_worker_new(e) : NULL;
    OK(w != NULL);
    if (w) {
        dyad_validate_opts vo = {.reparse = S_reparse, .reparse_user = w};
        INT_EQ(dyad_validate_file(path, &vo, NULL, NULL, &q2, &pass, &fail), DYAD_OK);
        INT_EQ(pass + fail, 284);
        OK(pass >= DYAD_PETR_REPARSE_FLOOR);
        fprintf(stderr, "PETRARCH-2 unit records, reparsed: %ld passed, %ld failed (floor %d)\n",
                pass, fail, DYAD_PETR_REPARSE_FLOOR);
    }
    dyad_worker_free(w);
    dyad_engine_free(e);
    return T_done();
}

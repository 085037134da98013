/* test_cameo.c — CAMEO table: data file, built-in copy, quad rule, fallback, diagnostics. */
#include "harness.h"
#include "dyad_cameo.h"

#define TABLE "data/cameo/cameo.txt"

typedef struct {
    int n;
    long line[16];
    char msg[16][256];
    char file[16][64];
} collect;

static void on_diag(void *user, dyad_severity sev, const char *file, long line,
                    const char *msg)
{
    collect *c = user;
    (void)sev;
    if (c->n < 16) {
        c->line[c->n] = line;
        snprintf(c->msg[c->n], sizeof c->msg[0], "%s", msg);
        snprintf(c->file[c->n], sizeof c->file[0], "%s", file ? file : "");
    }
    c->n++;
}

static int near(double a, double b)
{
    return a - b < 1e-9 && b - a < 1e-9;
}

static void check_value(const dyad_cameo *t, const char *code, double g, int q)
{
    double got = 99;
    int quad = 0;
    const char *name = NULL;
    dyad_status st = dyad_cameo_lookup(t, code, &got, &quad, &name);
    T_REPORT(st == DYAD_OK && near(got, g) && quad == q && name && *name,
             "lookup %s: status %d goldstein %.2f quad %d, want %.2f %d", code, (int)st, got,
             quad, g, q);
}

/* Every root has its "x0" code, and every entry's quad follows the root rule. */
static void check_table_shape(const dyad_cameo *t)
{
    char code[4] = "000";
    for (int r = 1; r <= 20; r++) {
        code[0] = (char)('0' + r / 10);
        code[1] = (char)('0' + r % 10);
        double g;
        int q;
        T_REPORT(dyad_cameo_lookup(t, code, &g, &q, NULL) == DYAD_OK, "root code %s", code);
        INT_EQ(q, r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4);
    }
    int bad = 0;
    for (size_t i = 0; i < dyad_cameo_count(t); i++) {
        double g;
        int q;
        const char *c = dyad_cameo_entry(t, i, &g, &q, NULL);
        if (!c || q != dyad_cameo_quad(c) || g < -10 || g > 10)
            bad++;
        /* entries are in code order, without duplicates */
        if (i && strcmp(dyad_cameo_entry(t, i - 1, NULL, NULL, NULL), c) >= 0)
            bad++;
    }
    INT_EQ(bad, 0);
    OK(dyad_cameo_entry(t, dyad_cameo_count(t), NULL, NULL, NULL) == NULL);
}

static void test_builtin(void)
{
    const dyad_cameo *t = dyad_cameo_builtin();
    OK(dyad_cameo_count(t) >= 290);
    check_table_shape(t);
    /* Values of the standard Goldstein mapping, spread over every quad. */
    check_value(t, "010", 0.0, 1);
    check_value(t, "013", 0.4, 1);
    check_value(t, "020", 3.0, 1);
    check_value(t, "036", 4.0, 1);
    check_value(t, "040", 1.0, 1);
    check_value(t, "042", 1.9, 1);
    check_value(t, "043", 2.8, 1);
    check_value(t, "046", 7.0, 1);
    check_value(t, "051", 3.4, 1);
    check_value(t, "057", 8.0, 1);
    check_value(t, "061", 6.4, 2);
    check_value(t, "064", 7.0, 2);
    check_value(t, "071", 7.4, 2);
    check_value(t, "073", 7.4, 2);
    check_value(t, "081", 5.0, 2);
    check_value(t, "0874", 10.0, 2);
    check_value(t, "111", -2.0, 3);
    check_value(t, "112", -2.0, 3);
    check_value(t, "120", -4.0, 3);
    check_value(t, "130", -4.4, 3);
    check_value(t, "138", -7.0, 3);
    check_value(t, "140", -6.5, 4);
    check_value(t, "145", -7.5, 4);
    check_value(t, "150", -7.2, 4);
    check_value(t, "160", -4.0, 4);
    check_value(t, "163", -8.0, 4);
    check_value(t, "172", -5.0, 4);
    check_value(t, "173", -5.0, 4);
    check_value(t, "180", -9.0, 4);
    check_value(t, "1823", -10.0, 4);
    check_value(t, "190", -10.0, 4);
    check_value(t, "195", -10.0, 4);
    check_value(t, "200", -10.0, 4);
}

static void test_fallback(void)
{
    const dyad_cameo *t = dyad_cameo_builtin();
    const char *name = NULL, *parent = NULL;
    /* 1834 is not in CAMEO 1.1b3: its parent 183 answers */
    check_value(t, "1834", -10.0, 4);
    dyad_cameo_lookup(t, "1834", NULL, NULL, &name);
    dyad_cameo_lookup(t, "183", NULL, NULL, &parent);
    OK(name && name == parent);
    check_value(t, "0215", 3.4, 1);  /* -> 021 */
    check_value(t, "155", -7.2, 4);  /* -> 150 */
    check_value(t, "1559", -7.2, 4); /* -> 155 -> 150 */
    check_value(t, "19", -10.0, 4);  /* a root alone -> 190 */
    check_value(t, "04", 1.0, 1);
    INT_EQ(dyad_cameo_lookup(t, "21", NULL, NULL, NULL), DYAD_EINVAL);
    INT_EQ(dyad_cameo_lookup(t, "000", NULL, NULL, NULL), DYAD_EINVAL);
    INT_EQ(dyad_cameo_lookup(t, "0a1", NULL, NULL, NULL), DYAD_EINVAL);
    INT_EQ(dyad_cameo_lookup(t, "01234", NULL, NULL, NULL), DYAD_EINVAL);
    INT_EQ(dyad_cameo_lookup(t, "", NULL, NULL, NULL), DYAD_EINVAL);
    INT_EQ(dyad_cameo_lookup(t, "---", NULL, NULL, NULL), DYAD_EINVAL);
    INT_EQ(dyad_cameo_lookup(t, NULL, NULL, NULL, NULL), DYAD_EINVAL);
    INT_EQ(dyad_cameo_quad("0874"), 2);
    INT_EQ(dyad_cameo_quad("09"), 3);
    INT_EQ(dyad_cameo_quad("204"), 4);
    INT_EQ(dyad_cameo_quad("210"), 0);

    /* A table without root 19: no fallback can answer. */
    const char *small = "193\t-10\t4\tSmall arms\n";
    dyad_cameo *s = NULL;
    INT_EQ(dyad_cameo_read("small", small, strlen(small), &s, NULL), DYAD_OK);
    INT_EQ(dyad_cameo_count(s), 1);
    check_value(s, "1931", -10.0, 4);
    INT_EQ(dyad_cameo_lookup(s, "194", NULL, NULL, NULL), DYAD_ENOTFOUND);
    INT_EQ(dyad_cameo_lookup(s, "010", NULL, NULL, NULL), DYAD_ENOTFOUND);
    dyad_cameo_free(s);
}

/* The data file loads cleanly and agrees entry by entry with the compiled-in copy
 * (regenerate with scripts/gen_cameo_inc.sh when this fails). */
static void test_file_matches_builtin(void)
{
    collect c = {0};
    dyad_diag d = {on_diag, &c, 0, 0};
    dyad_cameo *t = NULL;
    INT_EQ(dyad_cameo_load(TABLE, &t, &d), DYAD_OK);
    INT_EQ(d.nwarn + d.nerror, 0);
    if (c.n)
        fprintf(stderr, "%s:%ld: %s\n", c.file[0], c.line[0], c.msg[0]);
    if (!t)
        return;
    check_table_shape(t);
    const dyad_cameo *b = dyad_cameo_builtin();
    INT_EQ(dyad_cameo_count(t), dyad_cameo_count(b));
    int diff = 0;
    for (size_t i = 0; i < dyad_cameo_count(t) && i < dyad_cameo_count(b); i++) {
        double g1, g2;
        int q1, q2;
        const char *n1, *n2;
        const char *c1 = dyad_cameo_entry(t, i, &g1, &q1, &n1);
        const char *c2 = dyad_cameo_entry(b, i, &g2, &q2, &n2);
        if (strcmp(c1, c2) || !near(g1, g2) || q1 != q2 || strcmp(n1, n2)) {
            if (!diff)
                fprintf(stderr, "first difference at %s / %s\n", c1, c2);
            diff++;
        }
    }
    INT_EQ(diff, 0);
    dyad_cameo_free(t);
}

static void test_diagnostics(void)
{
    const char *text = "# comment line\n"
                       "010\t0.0\t1\tMake statement\n"
                       "0x1\t0.0\t1\tNot a code\n"           /* 3 */
                       "020\tthree\t1\tAppeal\n"             /* 4 */
                       "030\t4.0\t5\tIntend\n"               /* 5 */
                       "040\t1.0\n"                          /* 6 */
                       "050 3.5 1 Cooperate   # blanks are fine\n"
                       "050\t9.9\t1\tAgain\n"                /* 8: duplicate */
                       "220\t1\t4\tNo such root\n"           /* 9 */
                       "\n"
                       "060\t-11\t2\tOut of range\n"         /* 11 */
                       "12\t-4\t3\tRoot alone\n";            /* 12 */
    collect c = {0};
    dyad_diag d = {on_diag, &c, 0, 0};
    dyad_cameo *t = NULL;
    INT_EQ(dyad_cameo_read("bad.txt", text, strlen(text), &t, &d), DYAD_OK);
    INT_EQ(d.nwarn, 8);
    INT_EQ(d.nerror, 0);
    long want[] = {3, 4, 5, 6, 9, 11, 12, 8};
    int seen = 0;
    for (int i = 0; i < c.n && i < 16; i++) {
        OK(strcmp(c.file[i], "bad.txt") == 0);
        for (int k = 0; k < 8; k++)
            if (c.line[i] == want[k])
                seen |= 1 << k;
    }
    INT_EQ(seen, 0xff);
    INT_EQ(dyad_cameo_count(t), 2);
    const char *name = NULL;
    double g = 0;
    OK(dyad_cameo_lookup(t, "050", &g, NULL, &name) == DYAD_OK);
    STR_EQ(name, "Cooperate"); /* the first of the duplicates is kept */
    OK(near(g, 3.5));
    dyad_cameo_free(t);

    /* Nothing usable, and no file. */
    c.n = 0;
    d.nwarn = d.nerror = 0;
    t = (dyad_cameo *)1;
    INT_EQ(dyad_cameo_read("empty", "# nothing\n", 10, &t, &d), DYAD_ESYNTAX);
    OK(t == NULL);
    INT_EQ(d.nerror, 1);
    INT_EQ(dyad_cameo_load("tests/fixtures/no/such/cameo.txt", &t, &d), DYAD_ENOTFOUND);
    OK(t == NULL);
    INT_EQ(d.nerror, 2);
    dyad_cameo_free(NULL);
    dyad_cameo_free((dyad_cameo *)dyad_cameo_builtin()); /* ignored */
    OK(dyad_cameo_count(dyad_cameo_builtin()) >= 290);
}

int main(void)
{
    test_builtin();
    test_fallback();
    test_file_matches_builtin();
    test_diagnostics();
    return T_done();
}

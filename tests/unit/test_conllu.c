/*
 * test_conllu.c — the CoNLL-U reader: columns, comments, multiword ranges and empty
 * nodes skipped, malformed sentences skipped with file:line diagnostics, and the real
 * UD EWT dev file when ../shared is present.
 */
#include "harness.h"
#include "dyad_parse.h"
#include "util/util.h"

static char S_last[512];
static long S_last_line;

static void S_diag(void *user, dyad_severity sev, const char *file, long line,
                   const char *msg)
{
    (void)user;
    (void)sev;
    snprintf(S_last, sizeof S_last, "%s:%ld: %s", file ? file : "-", line, msg);
    S_last_line = line;
}

static void test_basic(void)
{
    const char *t =
        "# sent_id = 1\n"
        "# text = I can't go.\n"
        "1\tI\tI\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
        "2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "2\tca\tcan\tAUX\tMD\t_\t4\taux\t_\t_\n"
        "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
        "4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_\n"
        "4.1\tgone\t_\t_\t_\t_\t_\t_\t_\t_\n"
        "5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\r\n"
        "\n"
        "1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n";
    dyad_diag d = {S_diag, NULL, 0, 0};
    dyad_conllu *c;
    INT_EQ(dyad_conllu_parse(t, strlen(t), "t.conllu", &c, &d), DYAD_OK);
    INT_EQ(d.nwarn, 0);
    INT_EQ(c->nsent, 2);
    INT_EQ(c->sent[0].n, 5);
    STR_EQ(c->sent[0].form[1], "ca");
    STR_EQ(c->sent[0].xpos[2], "RB");
    STR_EQ(c->sent[0].deprel[4], "punct");
    INT_EQ(c->sent[0].head[0], 4);
    INT_EQ(c->sent[0].head[3], 0);
    INT_EQ(c->sent[0].line, 3);
    STR_EQ(c->sent[1].upos[0], "INTJ");
    dyad_conllu_free(c);
    dyad_conllu_free(NULL);
}

static void test_malformed(void)
{
    /* sentence 1: a line with 9 columns; sentence 2: head out of range; 3: fine;
     * 4: ids out of order; 5: "_" columns are empty strings and head -1 */
    const char *t =
        "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\n"
        "2\tdog\tdog\tNOUN\tNN\t_\t0\troot\t_\t_\n"
        "\n"
        "1\tA\ta\tDET\tDT\t_\t7\tdet\t_\t_\n"
        "\n"
        "1\tOk\tok\tINTJ\tUH\t_\t0\troot\t_\t_\n"
        "\n"
        "2\tB\tb\tX\tXX\t_\t0\troot\t_\t_\n"
        "\n"
        "1\tC\t_\t_\t_\t_\t_\t_\t_\t_\n";
    dyad_diag d = {S_diag, NULL, 0, 0};
    dyad_conllu *c;
    INT_EQ(dyad_conllu_parse(t, strlen(t), "bad.conllu", &c, &d), DYAD_OK);
    INT_EQ(d.nwarn, 3);
    INT_EQ(d.nerror, 0);
    INT_EQ(c->nsent, 2);
    STR_EQ(c->sent[0].form[0], "Ok");
    STR_EQ(c->sent[1].upos[0], "");
    INT_EQ(c->sent[1].head[0], -1);
    OK(strstr(S_last, "bad.conllu:8:") != NULL);
    dyad_conllu_free(c);

    /* garbage and empty input never fail */
    const char *g = "\t\t\t\n##\n-\t\n\n\n1\t\t\n";
    INT_EQ(dyad_conllu_parse(g, strlen(g), NULL, &c, NULL), DYAD_OK);
    INT_EQ(c->nsent, 0);
    dyad_conllu_free(c);
    INT_EQ(dyad_conllu_parse("", 0, NULL, &c, NULL), DYAD_OK);
    INT_EQ(c->nsent, 0);
    dyad_conllu_free(c);
}

static void test_shared(void)
{
    const char *sh = T_shared();
    if (!sh) {
        SKIP("../shared not found: UD EWT dev not read");
        return;
    }
    char path[1024];
    snprintf(path, sizeof path, "%s/ud/en-ewt/en_ewt-ud-dev.conllu", sh);
    char *text;
    size_t len;
    if (dyad_read_file(path, &text, &len) != DYAD_OK) {
        SKIP("en_ewt-ud-dev.conllu not readable");
        return;
    }
    dyad_diag d = {S_diag, NULL, 0, 0};
    dyad_conllu *c;
    INT_EQ(dyad_conllu_parse(text, len, path, &c, &d), DYAD_OK);
    INT_EQ(d.nwarn, 0);
    INT_EQ(c->nsent, 2001);
    long words = 0, roots = 0;
    for (size_t s = 0; s < c->nsent; s++) {
        words += c->sent[s].n;
        for (int i = 0; i < c->sent[s].n; i++)
            roots += c->sent[s].head[i] == 0;
    }
    INT_EQ(words, 25147);
    INT_EQ(roots, 2001);
    dyad_conllu_free(c);
    free(text);
}

int main(void)
{
    test_basic();
    test_malformed();
    test_shared();
    return T_done();
}

/*
 * test_train.c — the trainer end to end on a tiny made-up language: build/dyad-train
 * learns Brown clusters and case classes from unlabelled text and a model from a few
 * CoNLL-U sentences; the model loads, words of one distributional class share a
 * cluster, and the tagger tags what it was taught.
 */
#include <unistd.h>
#include "harness.h"
#include "dyad_parse.h"
#include "parse/parse_int.h"
#include "util/util.h"

static char S_dir[64];

static void S_write(const char *name, const char *text)
{
    char path[128];
    snprintf(path, sizeof path, "%s/%s", S_dir, name);
    FILE *f = fopen(path, "w");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
}

/* The WORD table's value for w (0 when it has none). */
static uint32_t S_word(const dyad_model *m, const char *w)
{
    dyad_ptok t;
    uint32_t v = 0;
    dyad_ptok_init(&t, w, strlen(w));
    if (!dyad_ap_get(&m->tab[DYAD_TAB_WORD], dyad_word_key(&t), &v))
        v = 0;
    return v;
}

static uint32_t S_cluster(const dyad_model *m, const char *w)
{
    return S_word(m, w) & DYAD_WORD_CODE;
}

int main(void)
{
    const char *bin = getenv("DYAD_BIN");
    char train[512];
    snprintf(train, sizeof train, "%s-train", bin ? bin : "build/dyad");
    if (access(train, X_OK) != 0) {
        SKIP("dyad-train not built");
        return T_done();
    }
    snprintf(S_dir, sizeof S_dir, "/tmp/dyad-test-train-XXXXXX");
    if (!mkdtemp(S_dir)) {
        OK(!"mkdtemp");
        return T_done();
    }
    /* unlabelled text: determiners, nouns, verbs and a place in strict alternation */
    static const char *det[] = {"The", "A", "Every"}, *noun[] = {"cat", "dog", "bird", "fox"},
                      *verb[] = {"sleeps", "runs", "eats", "sings"};
    dyad_buf text = {0};
    for (int i = 0; i < 400; i++)
        dyad_buf_printf(&text, "%s %s %s in Paris. ", det[i % 3], noun[(i / 3) % 4],
                        verb[(i / 12) % 4]);
    S_write("text.txt", text.data);
    dyad_buf_free(&text);
    S_write("train.conllu",
            "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
            "2\tcat\tcat\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
            "3\tsleeps\tsleep\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
            "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
            "5\tParis\tParis\tPROPN\tNNP\t_\t3\tobl\t_\t_\n"
            "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n"
            "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n"
            "2\tdog\tdog\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
            "3\truns\trun\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
            "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
    char cmd[1024];
    snprintf(cmd, sizeof cmd,
             "%s train -t 4 -p 2 -k 2 -c 6 -m 2 -u %s/text.txt %s/train.conllu "
             "%s/train.conllu %s/m.dpm >/dev/null 2>&1",
             train, S_dir, S_dir, S_dir, S_dir);
    INT_EQ(system(cmd), 0);

    char path[128];
    snprintf(path, sizeof path, "%s/m.dpm", S_dir);
    dyad_model *m = NULL;
    INT_EQ(dyad_model_load(path, &m, NULL), DYAD_OK);
    if (m) {
        uint32_t c = S_cluster(m, "cat");
        OK(c != 0);
        for (int i = 1; i < 4; i++)
            INT_EQ(S_cluster(m, noun[i]), c);
        for (int i = 1; i < 4; i++)
            INT_EQ(S_cluster(m, verb[i]), S_cluster(m, "sleeps"));
        OK(S_cluster(m, "sleeps") != c);
        OK(S_cluster(m, "the") != c && S_cluster(m, "the") != S_cluster(m, "sleeps"));
        INT_EQ(S_cluster(m, "zebra"), 0);
        /* case: "Paris" is always capitalised, "cat" never (sentence starts say nothing) */
        INT_EQ(S_word(m, "paris") >> DYAD_WORD_CAPS_SHIFT, 4);
        INT_EQ(S_word(m, "cat") >> DYAD_WORD_CAPS_SHIFT, 1);
        INT_EQ(S_word(m, "the") >> DYAD_WORD_CAPS_SHIFT, 0);

        dyad_parser *p = dyad_parser_new(m);
        const char *w[] = {"A", "fox", "eats", "in", "Paris", "."};
        size_t len[] = {1, 3, 4, 2, 5, 1};
        dyad_parse_result r;
        INT_EQ(dyad_parse_sentence(p, w, len, 6, 1, &r), DYAD_OK);
        STR_EQ(r.xpos[1], "NN"); /* an unseen noun, known by its cluster */
        STR_EQ(r.xpos[2], "VBZ");
        dyad_parser_free(p);
    }
    dyad_model_free(m);
    snprintf(cmd, sizeof cmd, "rm -rf %s", S_dir);
    OK(system(cmd) == 0);
    return T_done();
}

/* test_score.c — `dyad score` on hand-made gold and system outputs whose precision,
 * recall, modality and date figures were worked out by hand (tests/fixtures/score/). */
#include <cJSON.h>
#include <sys/wait.h>
#include "harness.h"

#define FIX "tests/fixtures/score/"

/* Runs `$DYAD_BIN args` with stderr joined to stdout; returns the exit status, -1 when
 * it could not run. *out gets the output (caller frees). */
static int S_run(const char *args, char **out)
{
    const char *bin = getenv("DYAD_BIN");
    char cmd[1024];
    snprintf(cmd, sizeof cmd, "%s %s 2>&1", bin ? bin : "build/dyad", args);
    size_t n = 0;
    FILE *o = open_memstream(out, &n);
    FILE *p = popen(cmd, "r");
    if (!p || !o) {
        if (p)
            pclose(p);
        if (o)
            fclose(o);
        return -1;
    }
    char buf[4096];
    size_t k;
    while ((k = fread(buf, 1, sizeof buf, p)) > 0)
        fwrite(buf, 1, k, o);
    int st = pclose(p);
    fclose(o);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

/* A figure of the JSON summary and its value (counts exact, ratios to 1e-3); a key
 * "roots/RR/name" is a figure of root code RR. */
typedef struct S_fig {
    const char *key;
    double want;
} S_fig;

/* Run `dyad score --json ARGS` and check the figures of its summary (after any notes on
 * stderr); returns the summary (the caller deletes it). */
static cJSON *S_figures(const char *args, const S_fig *fig, size_t n)
{
    char cmd[512], *out = NULL;
    snprintf(cmd, sizeof cmd, "score --json %s", args);
    INT_EQ(S_run(cmd, &out), 0);
    cJSON *j = cJSON_Parse(out && strchr(out, '{') ? strchr(out, '{') : out);
    OK(j != NULL);
    for (size_t i = 0; i < n; i++) {
        char key[64];
        const cJSON *v = j;
        snprintf(key, sizeof key, "%s", fig[i].key);
        for (char *k = strtok(key, "/"); k; k = strtok(NULL, "/"))
            v = cJSON_GetObjectItem(v, k);
        double got = cJSON_IsNumber(v) ? v->valuedouble : -999;
        T_REPORT(got - fig[i].want < 1e-3 && fig[i].want - got < 1e-3,
                 "score %s: %s = %g, want %g", args, fig[i].key, got, fig[i].want);
    }
    free(out);
    return j;
}

static void S_mentions(void)
{
    /* 6 gold events; 8 scored system events (of 11 lines: one has no source, one is of
     * an article not in gold, one repeats USA->RUS 04 in the same sentence); 5 match:
     * IGOUNO matches IGOUNOKID, MLIGOV matches MLI. The planned French move came out
     * asserted; two dates are wrong. The hypothetical US-China meeting was output; the
     * negated Iranian strike was not. */
    static const S_fig fig[] = {
        {"articles", 4}, {"gold", 6}, {"system", 8}, {"matched", 5}, {"unknown", 1},
        {"outside", 1}, {"precision", 5.0 / 8}, {"recall", 5.0 / 6},
        {"f1", 2 * (5.0 / 8) * (5.0 / 6) / (5.0 / 8 + 5.0 / 6)},
        {"modality_right", 4}, {"date_right", 3}, {"date_known", 5},
        {"absent", 2}, {"absent_seen", 1},
        {"roots/16/gold", 1}, {"roots/16/system", 2}, {"roots/16/matched", 1},
        {"roots/13/gold", 2}, {"roots/13/matched", 1},
    };
    cJSON *j = S_figures("--gold " FIX "gold.jsonl " FIX "sys.jsonl", fig,
                         sizeof fig / sizeof *fig);
    OK(cJSON_GetObjectItem(cJSON_GetObjectItem(j, "roots"), "18") == NULL);
    cJSON_Delete(j);
}

static void S_distinct(void)
{
    /* the repeated FRA->MLI 16 and the second USA->IRN 13 gold event collapse */
    static const S_fig fig[] = {
        {"gold", 5}, {"system", 7}, {"matched", 5}, {"precision", 5.0 / 7}, {"recall", 1.0},
    };
    cJSON_Delete(S_figures("--distinct --gold " FIX "gold.jsonl " FIX "sys.jsonl", fig,
                           sizeof fig / sizeof *fig));
}

static void S_errors(void)
{
    char *out = NULL;
    INT_EQ(S_run("score --show-errors --gold " FIX "gold.jsonl " FIX "sys.jsonl", &out), 0);
    OK(strstr(out, "precision 0.625  recall 0.833") != NULL);
    /* greedy matching preferred the gold event of the same sentence: s0 is the miss */
    OK(strstr(out, "MISS   a4 s0 USA->IRN 13") != NULL);
    OK(strstr(out, "MISS   a4 s2") == NULL);
    OK(strstr(out, "FP     a1 s2 USA->CHN 04 (040) hypothetical") != NULL);
    OK(strstr(out, "ABSENT a1 s2 USA->CHN 04") != NULL);
    OK(strstr(out, "MODAL  a2 s1 FRA->MLI 16: asserted, want planned") != NULL);
    OK(strstr(out, "DATE   a1 s1 RUS->UKR 19: \"2024-03-05\", want 2024-03-04") != NULL);
    OK(strstr(out, "FP     a3 s0 IRN->ISR 19") != NULL);
    OK(strstr(out, "ABSENT a3") == NULL);
    free(out);
}

static void S_bad_input(void)
{
    char *out = NULL;
    INT_EQ(S_run("score --gold " FIX "bad_gold.jsonl " FIX "sys.jsonl", &out), 1);
    OK(strstr(out, FIX "bad_gold.jsonl:2:") != NULL);
    free(out);
    INT_EQ(S_run("score --gold " FIX "gold.jsonl " FIX "bad_sys.jsonl", &out), 1);
    OK(strstr(out, FIX "bad_sys.jsonl:2:") != NULL);
    free(out);
    INT_EQ(S_run("score --gold " FIX "gold.jsonl " FIX "no_such_file.jsonl", &out), 1);
    OK(strstr(out, "no_such_file.jsonl") != NULL);
    free(out);
    /* a key repeated within one sentence of gold is a warning, not an error */
    INT_EQ(S_run("score --json --gold " FIX "dup_gold.jsonl /dev/null", &out), 0);
    OK(strstr(out, FIX "dup_gold.jsonl:1: warning:") != NULL);
    OK(strstr(out, "\"gold\":1,") != NULL);
    free(out);
    INT_EQ(S_run("score " FIX "sys.jsonl", &out), 2);
    free(out);
    INT_EQ(S_run("score --help", &out), 0);
    OK(strstr(out, "--show-errors") != NULL);
    free(out);
}

static void S_articles(void)
{
    char *out = NULL;
    INT_EQ(S_run("score --articles --shared " FIX " --gold " FIX "articles.jsonl", &out), 0);
    char *nl = strchr(out, '\n');
    OK(nl != NULL);
    if (nl) {
        cJSON *a = cJSON_Parse(out), *b = cJSON_Parse(nl + 1);
        STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(a, "text")), "Inline \"text\".");
        STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(b, "id")), "p1");
        STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(b, "date")), "2024-05-01");
        /* byte offsets: the passage ends after the second sentence, past the é */
        STR_EQ(cJSON_GetStringValue(cJSON_GetObjectItem(b, "text")),
               "Le caf\xc3\xa9 ouvre. Paris a dit oui.");
        cJSON_Delete(a);
        cJSON_Delete(b);
    }
    free(out);
    INT_EQ(S_run("score --articles --shared " FIX " --gold " FIX "articles_stale.jsonl", &out),
           1);
    OK(strstr(out, "articles_stale.jsonl:1:") != NULL);
    free(out);
}

/* A corpus passage that the coder splits otherwise than its "sents" ranges (fixtures
 * passage_*.jsonl): the cleaner drops the passage's subheading and the splitter cuts a
 * quotation in two, so the coder's sentences 1 to 5 lie in gold's 2, 3, 4, 4 and 5, and a
 * sentence written twice is its second occurrence the second time. Scored by the
 * coder's numbers, the planned meeting would take the gold event of sentence 1 (asserted)
 * and the two halves of the quotation would count twice. */
static void S_passages(void)
{
    static const S_fig fig[] = {
        {"gold", 5}, {"system", 5}, {"matched", 4}, {"precision", 0.8}, {"recall", 0.8},
        {"modality_right", 4}, {"date_right", 4}, {"roots/12/system", 1},
        {"roots/11/system", 3}, {"roots/11/matched", 2},
    };
    cJSON_Delete(S_figures("--shared " FIX " --gold " FIX "passage_gold.jsonl " FIX
                           "passage_sys.jsonl",
                           fig, sizeof fig / sizeof *fig));
    char *out = NULL;
    INT_EQ(S_run("score --show-errors --shared " FIX " --gold " FIX "passage_gold.jsonl " FIX
                 "passage_sys.jsonl",
                 &out),
           0);
    OK(strstr(out, "MISS   p2 s1 ARM->AZE 04 (046)") != NULL);
    OK(strstr(out, "MODAL") == NULL);
    OK(strstr(out, "FP     p2 s4") == NULL);
    /* a sentence not in the passage keeps the coder's number, and is counted once */
    OK(strstr(out, "FP     p2 s7 ARM->AZE 11") != NULL);
    OK(strstr(out, "dyad score: 1 system event(s) of corpus passages not found") != NULL);
    free(out);
    /* without the passage the sentences cannot be numbered: an error, not a guess */
    INT_EQ(S_run("score --shared tests/fixtures --gold " FIX "passage_gold.jsonl " FIX
                 "passage_sys.jsonl",
                 &out),
           1);
    OK(strstr(out, "tests/fixtures/corpus.jsonl") != NULL);
    free(out);
}

/* The repository's own evaluation sets must load, and the passages of real stories must
 * still match the shared corpus they were coded from. */
static void S_eval_sets(void)
{
    static const char *const passages[] = {"voa", "voa_heldout", "voa_heldout2", "reuters",
                                           "reuters_dev", "reuters_dev2", "reuters_heldout",
                                           "reuters_heldout2"};
    char *out = NULL;
    INT_EQ(S_run("score --articles --gold tests/eval/news.jsonl > /dev/null", &out), 0);
    free(out);
    if (!T_shared()) {
        SKIP("no ../shared: the passages of real stories are not checked");
        return;
    }
    for (size_t i = 0; i < sizeof passages / sizeof passages[0]; i++) {
        char args[512];
        snprintf(args, sizeof args, "score --articles --shared %s --gold tests/eval/%s.jsonl",
                 T_shared(), passages[i]);
        INT_EQ(S_run(args, &out), 0);
        OK(out && strstr(out, "\"text\":") != NULL);
        free(out);
    }
}

int main(void)
{
    S_mentions();
    S_distinct();
    S_errors();
    S_bad_input();
    S_articles();
    S_passages();
    S_eval_sets();
    return T_done();
}

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

static long S_num(const cJSON *j, const char *key)
{
    const cJSON *v = cJSON_GetObjectItem(j, key);
    return cJSON_IsNumber(v) ? (long)v->valuedouble : -999;
}

static double S_real(const cJSON *j, const char *key)
{
    const cJSON *v = cJSON_GetObjectItem(j, key);
    return cJSON_IsNumber(v) ? v->valuedouble : -1.0;
}

static int S_close(double a, double b)
{
    return a - b < 1e-3 && b - a < 1e-3;
}

static long S_root(const cJSON *j, const char *root, const char *key)
{
    return S_num(cJSON_GetObjectItem(cJSON_GetObjectItem(j, "roots"), root), key);
}

static void S_mentions(void)
{
    char *out = NULL;
    INT_EQ(S_run("score --json --gold " FIX "gold.jsonl " FIX "sys.jsonl", &out), 0);
    cJSON *j = cJSON_Parse(out);
    OK(j != NULL);
    /* 6 gold events; 8 scored system events (of 11 lines: one has no source, one is of
     * an article not in gold, one repeats USA->RUS 04 in the same sentence); 5 match:
     * IGOUNO matches IGOUNOKID, MLIGOV matches MLI. */
    INT_EQ(S_num(j, "articles"), 4);
    INT_EQ(S_num(j, "gold"), 6);
    INT_EQ(S_num(j, "system"), 8);
    INT_EQ(S_num(j, "matched"), 5);
    INT_EQ(S_num(j, "unknown"), 1);
    INT_EQ(S_num(j, "outside"), 1);
    OK(S_close(S_real(j, "precision"), 5.0 / 8));
    OK(S_close(S_real(j, "recall"), 5.0 / 6));
    OK(S_close(S_real(j, "f1"), 2 * (5.0 / 8) * (5.0 / 6) / (5.0 / 8 + 5.0 / 6)));
    /* the planned French move came out asserted; two dates are wrong */
    INT_EQ(S_num(j, "modality_right"), 4);
    INT_EQ(S_num(j, "date_right"), 3);
    INT_EQ(S_num(j, "date_known"), 5);
    /* the hypothetical US-China meeting was output; the negated Iranian strike was not */
    INT_EQ(S_num(j, "absent"), 2);
    INT_EQ(S_num(j, "absent_seen"), 1);
    INT_EQ(S_root(j, "16", "gold"), 1);
    INT_EQ(S_root(j, "16", "system"), 2);
    INT_EQ(S_root(j, "16", "matched"), 1);
    INT_EQ(S_root(j, "13", "gold"), 2);
    INT_EQ(S_root(j, "13", "matched"), 1);
    OK(cJSON_GetObjectItem(cJSON_GetObjectItem(j, "roots"), "18") == NULL);
    cJSON_Delete(j);
    free(out);
}

static void S_distinct(void)
{
    char *out = NULL;
    INT_EQ(S_run("score --json --distinct --gold " FIX "gold.jsonl " FIX "sys.jsonl", &out), 0);
    cJSON *j = cJSON_Parse(out);
    OK(j != NULL);
    /* the repeated FRA->MLI 16 and the second USA->IRN 13 gold event collapse */
    INT_EQ(S_num(j, "gold"), 5);
    INT_EQ(S_num(j, "system"), 7);
    INT_EQ(S_num(j, "matched"), 5);
    OK(S_close(S_real(j, "precision"), 5.0 / 7));
    OK(S_close(S_real(j, "recall"), 1.0));
    cJSON_Delete(j);
    free(out);
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

/* The repository's own evaluation sets must load (and VOA passages must still match the
 * shared corpus they were coded from). */
static void S_eval_sets(void)
{
    char *out = NULL;
    INT_EQ(S_run("score --articles --gold tests/eval/news.jsonl > /dev/null", &out), 0);
    free(out);
    if (!T_shared()) {
        SKIP("no ../shared: VOA passages not checked");
        return;
    }
    char args[512];
    snprintf(args, sizeof args, "score --articles --shared %s --gold tests/eval/voa.jsonl",
             T_shared());
    INT_EQ(S_run(args, &out), 0);
    OK(strstr(out, "\"id\":\"voa-") != NULL);
    free(out);
}

int main(void)
{
    S_mentions();
    S_distinct();
    S_errors();
    S_bad_input();
    S_articles();
    S_eval_sets();
    return T_done();
}

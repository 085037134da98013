/* test_coref.c — coreference and the coder's other rules: the cases of
 * tests/fixtures/coref/cases.txt through the coder, then the pipeline's use of it. */
#include <string.h>
#include "harness.h"
#include "dyad_pipeline.h"
#include "resolve/coref.h"

#define DIR "tests/fixtures/coref/"

static int S_cmp(const void *a, const void *b) { return strcmp(a, b); }

/* Events of a coding as sorted "SRC TGT CODE" joined by "; ", "-" when none; a party
 * taken from the article's context is marked "TGT*" (or "SRC*"). */
static void S_events(const dyad_coding *c, char *buf, size_t cap)
{
    char lines[16][160];
    size_t n = c->n < 16 ? c->n : 16;
    for (size_t i = 0; i < n; i++)
        snprintf(lines[i], sizeof lines[i], "%s%s %s%s %s", c->ev[i].source,
                 c->ev[i].context == 2 ? "*" : "", c->ev[i].target,
                 c->ev[i].context == 1 ? "*" : "", c->ev[i].code);
    qsort(lines, n, sizeof lines[0], S_cmp);
    buf[0] = 0;
    for (size_t i = 0; i < n; i++)
        snprintf(buf + strlen(buf), cap - strlen(buf), "%s%s", i ? "; " : "", lines[i]);
    if (!n)
        snprintf(buf, cap, "-");
}

static void S_trim(char *s)
{
    size_t n = strlen(s);
    while (n && (s[n - 1] == '\n' || s[n - 1] == '\r' || s[n - 1] == ' '))
        s[--n] = 0;
}

/* Run every case of the fixture file; returns how many sentences were checked. */
static int S_cases(const dyad_dict *d, dyad_coref *cr)
{
    FILE *f = fopen(DIR "cases.txt", "r");
    OK(f != NULL);
    if (!f)
        return 0;
    char line[4096], title[256] = "", date[16] = "", tree[4096] = "", got[1024];
    int checked = 0, lineno = 0, have_tree = 0, alone = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        S_trim(line);
        if (!strncmp(line, "=== ", 4)) {
            snprintf(title, sizeof title, "%.200s", line + 4);
            date[0] = 0;
            alone = 0;
            dyad_coref_reset(cr);
        } else if (!strcmp(line, "petrarch")) {
            alone = 1;
        } else if (!strncmp(line, "date ", 5)) {
            snprintf(date, sizeof date, "%.10s", line + 5);
        } else if (!strncmp(line, "> ", 2)) {
            snprintf(tree, sizeof tree, "%s", line + 2);
            have_tree = 1;
        } else if (!strncmp(line, "= ", 2) && have_tree) {
            dyad_diag q = {0};
            dyad_tree *t = NULL;
            dyad_coding c = {0};
            have_tree = 0;
            if (dyad_tree_parse(tree, strlen(tree), DIR "cases.txt", lineno - 1, &q, &t) !=
                    DYAD_OK ||
                dyad_code_tree_coref(d, t, date, NULL, NULL, alone ? NULL : cr, &c) != DYAD_OK)
                snprintf(got, sizeof got, "(no coding)");
            else
                S_events(&c, got, sizeof got);
            T_REPORT(!strcmp(got, line + 2), "cases.txt:%d (%s): got \"%s\", want \"%s\"",
                     lineno, title, got, line + 2);
            checked++;
            dyad_coding_free(&c);
            dyad_tree_free(t);
        }
    }
    fclose(f);
    return checked;
}

static dyad_dict *S_dict(void)
{
    dyad_diag q = {0};
    dyad_dict *d = dyad_dict_new();
    if (!d || dyad_dict_load(d, DYAD_DICT_VERBS, DIR "verbs.txt", &q) != DYAD_OK ||
        dyad_dict_load(d, DYAD_DICT_ACTORS, DIR "actors.txt", &q) != DYAD_OK ||
        dyad_dict_load(d, DYAD_DICT_AGENTS, DIR "agents.txt", &q) != DYAD_OK) {
        dyad_dict_free(d);
        return NULL;
    }
    return d;
}

/* The same phrase without the article state is left to the coder alone. */
static void S_without(const dyad_dict *d)
{
    static const char *he = "(S (NP (PRP He)) (VP (VBD attacked) (NP (NNP Rohan))))";
    static const char *first = "(S (NP (NNP Faramir)) (VP (VBD criticized) (NP (NNP Rohan))))";
    dyad_diag q = {0};
    dyad_tree *t1 = NULL, *t2 = NULL;
    dyad_coding c = {0};
    char got[256];
    OK(dyad_tree_parse(first, strlen(first), NULL, 0, &q, &t1) == DYAD_OK);
    OK(dyad_tree_parse(he, strlen(he), NULL, 0, &q, &t2) == DYAD_OK);
    if (!t1 || !t2)
        return;
    dyad_code_tree(d, t1, "2024-03-01", NULL, NULL, &c);
    OK(dyad_code_tree(d, t2, "2024-03-01", NULL, NULL, &c) == DYAD_OK);
    S_events(&c, got, sizeof got);
    STR_EQ(got, "-");
    /* a state reset between articles forgets the first one */
    dyad_coref *cr = dyad_coref_new();
    OK(cr != NULL);
    dyad_code_tree_coref(d, t1, "2024-03-01", NULL, NULL, cr, &c);
    dyad_coref_reset(cr);
    dyad_code_tree_coref(d, t2, "2024-03-01", NULL, NULL, cr, &c);
    S_events(&c, got, sizeof got);
    STR_EQ(got, "-");
    dyad_code_tree_coref(d, t1, "2024-03-01", NULL, NULL, cr, &c);
    dyad_code_tree_coref(d, t2, "2024-03-01", NULL, NULL, cr, &c);
    S_events(&c, got, sizeof got);
    STR_EQ(got, "GONGOV ROH 190");
    /* the event keeps the sentence's own words as its source */
    OK(c.n == 1 && c.ev[0].src_tok == 0 && c.ev[0].src_ntok == 1);
    dyad_coref_free(cr);
    dyad_coding_free(&c);
    dyad_tree_free(t1);
    dyad_tree_free(t2);
}

/* A phrase of no words and no code is remembered without reading a word of it. */
static void S_empty(void)
{
    dyad_coref *cr = dyad_coref_new();
    OK(cr != NULL);
    if (!cr)
        return;
    dyad_coref_sentence(cr);
    dyad_cr_np np = {0};
    np.code = "---";
    int id = -1;
    OK(dyad_coref_add(cr, &np, "---", -1, &id) == DYAD_OK);
    INT_EQ(id, 0);
    dyad_coref_free(cr);
}

/* The words the word filter asks about: a pronoun an unknown actor may claim (2), a
 * word that may make a phrase a person (1), exactly in upper case; a verb of saying
 * in any case (dyad_say_word's, tests/unit/test_util.c). */
static void S_words(void)
{
    static const struct {
        const char *w;
        int unknown;
    } t[] = {
        {"HE", 2},        {"HERSELF", 2},   {"IT", 2},          {"ITS", 0},
        {"THEY", 0},      {"He", 0},        {"SAID", 1},        {"said", 1},
        {"Announced", 1}, {"MR", 1},        {"Mr", 0},          {"DR.", 1},
        {"SPOKESMAN", 1}, {"MINISTER", 1},  {"PRIME", 0},       {"STATE", 1},
        {"UNDER-SECRETARY", 1}, {"PRESIDENT-ELECT", 1}, {"TABLE", 0},
        {"SAIDS", 0},     {"SAI", 0},       {"", 0},
        {"AVERYLONGWORDTHATNOTABLEHASINITATALL", 0},
    };
    for (size_t i = 0; i < sizeof t / sizeof *t; i++)
        INT_EQ(dyad_coref_unknown_word(t[i].w), t[i].unknown);
}

/* Through the pipeline: each article is resolved on its own, across its sentences. */
static void S_pipeline(void)
{
    dyad_engine_opts eo = {0};
    eo.verbs = DIR "verbs.txt";
    eo.agents = DIR "agents.txt";
    const char *actors[] = {DIR "actors.txt"};
    eo.actors = actors;
    eo.nactors = 1;
    eo.no_model = 1;
    dyad_engine *e = NULL;
    dyad_diag q = {0};
    OK(dyad_engine_load(&eo, &e, &q) == DYAD_OK);
    dyad_worker *w = e ? dyad_worker_new(e) : NULL;
    OK(w != NULL);
    if (!w) {
        dyad_engine_free(e);
        return;
    }
    static const char *first = "(S (NP (NNP Faramir)) (VP (VBD criticized) (NP (NNP Rohan))))";
    static const char *he = "(S (NP (PRP He)) (VP (VBD attacked) (NP (NNP Rohan))))";
    dyad_coded_article out;
    OK(dyad_worker_code_tree(w, "a", "2024-03-01", first, strlen(first), NULL, 0, &out, &q) ==
       DYAD_OK);
    INT_EQ(out.nevents, 1);
    /* a tree is one article: nothing carries over into the next */
    OK(dyad_worker_code_tree(w, "b", "2024-03-01", he, strlen(he), NULL, 0, &out, &q) ==
       DYAD_OK);
    INT_EQ(out.nevents, 0);
    dyad_worker_free(w);
    dyad_engine_free(e);
}

int main(void)
{
    dyad_dict *d = S_dict();
    OK(d != NULL);
    dyad_coref *cr = dyad_coref_new();
    OK(cr != NULL);
    if (d && cr) {
        int n = S_cases(d, cr);
        OK(n >= 20);
        printf("coref fixture: %d sentences checked\n", n);
        S_without(d);
    }
    dyad_coref_free(cr);
    dyad_dict_free(d);
    S_empty();
    S_words();
    S_pipeline();
    return T_done();
}

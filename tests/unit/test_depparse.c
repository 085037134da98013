/*
 * test_depparse.c — the dependency parser on the shipped model: well-formed trees, the
 * obvious arcs of simple news sentences, accuracy on UD EWT dev when ../shared is there.
 * (The Treebank conversion of parses is tested in test_ptb.c.)
 */
#include "ewt_fixture.h"
#include "dyad_parse.h"
#include "util/util.h"

static dyad_model *S_model(void)
{
    dyad_diag d = {0};
    dyad_model *m = NULL;
    INT_EQ(dyad_model_load(DYAD_MODEL_DEFAULT, &m, &d), DYAD_OK);
    return m;
}

static void test_parse(dyad_model *m)
{
    dyad_parser *p = dyad_parser_new(m);
    OK(p != NULL);
    if (!p)
        return;
    /* tokens as spans over one text: no NUL after each */
    const char *text = "Arnor restored full diplomatic ties with Gondor.";
    const char *w[] = {text, text + 6, text + 15, text + 20, text + 31, text + 36,
                       text + 41, text + 47};
    size_t len[] = {5, 8, 4, 10, 4, 4, 6, 1};
    dyad_parse_result r;
    INT_EQ(dyad_parse_sentence(p, w, len, 8, 1, &r), DYAD_OK);
    INT_EQ(r.n, 8);
    INT_EQ(r.head[0], 2);
    STR_EQ(r.deprel[0], "nsubj");
    INT_EQ(r.head[1], 0);
    STR_EQ(r.deprel[1], "root");
    INT_EQ(r.head[4], 2);
    STR_EQ(r.deprel[4], "obj");
    INT_EQ(r.head[3], 5);
    INT_EQ(r.head[5], 7);
    STR_EQ(r.deprel[5], "case");
    INT_EQ(r.head[7], 2);
    STR_EQ(r.deprel[7], "punct");
    char tree[1024];
    INT_EQ(dyad_dep_to_ptb(w, len, &r, tree, sizeof tree, NULL), DYAD_OK);
    OK(strncmp(tree, "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored)", 44) == 0);

    /* any sequence of tokens gives one tree: one root, heads in range, no cycle */
    const char *junk[] = {"", ")", "((", "\xff\xfe", "the", "the", ",", "123", "x-y", "."};
    size_t jl[] = {0, 1, 2, 2, 3, 3, 1, 3, 3, 1};
    for (int n = 1; n <= 10; n++) {
        INT_EQ(dyad_parse_sentence(p, junk, jl, n, 1, &r), DYAD_OK);
        int roots = 0, cyc = 0;
        for (int i = 0; i < n; i++) {
            roots += r.head[i] == 0;
            int a = i + 1, steps = 0;
            while (a != 0 && steps++ <= n)
                a = r.head[a - 1] >= 0 && r.head[a - 1] <= n ? r.head[a - 1] : 0;
            cyc += a != 0;
        }
        INT_EQ(roots, 1);
        INT_EQ(cyc, 0);
        INT_EQ(dyad_dep_to_ptb(junk, jl, &r, tree, sizeof tree, NULL), DYAD_OK);
    }
    /* the longest sentence accepted: punctuation only, one tree all the same */
    static const char *many[DYAD_PARSE_MAX_TOKENS];
    static size_t ml[DYAD_PARSE_MAX_TOKENS];
    for (int i = 0; i < DYAD_PARSE_MAX_TOKENS; i++) {
        many[i] = i % 2 ? "," : "!";
        ml[i] = 1;
    }
    INT_EQ(dyad_parse_sentence(p, many, ml, DYAD_PARSE_MAX_TOKENS, 1, &r), DYAD_OK);
    int nroot = 0;
    for (int i = 0; i < DYAD_PARSE_MAX_TOKENS; i++)
        nroot += r.head[i] == 0;
    INT_EQ(nroot, 1);
    INT_EQ(dyad_parse_sentence(p, junk, jl, 0, 1, &r), DYAD_EINVAL);
    INT_EQ(dyad_parse_sentence(p, junk, jl, DYAD_PARSE_MAX_TOKENS + 1, 1, &r), DYAD_ELIMIT);
    dyad_parser_free(p);
    dyad_parser_free(NULL);
}

/* Parse a space-separated sentence (up to 32 words) with p into *r. */
static int S_parse_text(dyad_parser *p, const char *sent, dyad_parse_result *r)
{
    static char buf[512];
    static const char *w[32];
    static size_t len[32];
    int n = 0;
    snprintf(buf, sizeof buf, "%s", sent);
    for (char *t = strtok(buf, " "); t && n < 32; t = strtok(NULL, " ")) {
        w[n] = t;
        len[n++] = strlen(t);
    }
    return dyad_parse_sentence(p, w, len, n, 1, r) == DYAD_OK ? n : 0;
}

/* A quotation opening a predicate inside a clause (after its subject) is parsed as the
 * clause it is part of: the subject is the quoted verb's, not the saying verb's object
 * or subject, and the marks are the quotation's punctuation; a speaker's words set
 * apart keep theirs; odd marks anywhere still give one projective tree. */
static void test_fragment_marks(dyad_model *m)
{
    dyad_parser *p = dyad_parser_new(m);
    OK(p != NULL);
    if (!p)
        return;
    dyad_parse_result r;
    /* 2024 and 1987 wire shapes: "Pyongyang" was "said"'s nsubj, "Honduras" too */
    OK(S_parse_text(p, "Seoul said Pyongyang `` fired several missiles '' into the sea .", &r));
    INT_EQ(r.head[2], 5);
    STR_EQ(r.deprel[2], "nsubj");
    STR_EQ(r.xpos[3], "``");
    STR_EQ(r.deprel[3], "punct");
    INT_EQ(r.head[3], 5);
    STR_EQ(r.xpos[7], "''");
    OK(r.head[7] >= 5 && r.head[7] <= 7);
    OK(S_parse_text(p, "Managua said Honduras `` is sheltering '' the rebels .", &r));
    INT_EQ(r.head[2], 6);
    STR_EQ(r.deprel[2], "nsubj");
    /* a quotation opening the sentence is the model's to parse, as it was */
    OK(S_parse_text(p, "`` We will respond , '' he said .", &r));
    INT_EQ(r.head[1], 4);
    INT_EQ(r.head[3], 8);
    STR_EQ(r.xpos[0], "``");
    /* marks in odd places: one root, no cycle, no crossing arcs */
    static const char *const odd[] = {
        "Iran said Iraq `` `` attacked '' '' .", "Iran said Iraq `` attacked", "Iran said Iraq ``",
        "Iran said Iraq `` '' attacked .", "a `` is `` b '' c '' d `` was", "x \" was \" y \" z"};
    for (size_t k = 0; k < sizeof odd / sizeof *odd; k++) {
        int n = S_parse_text(p, odd[k], &r), roots = 0, cross = 0;
        OK(n > 0);
        for (int i = 0; i < n; i++) {
            roots += r.head[i] == 0;
            OK(r.head[i] >= 0 && r.head[i] <= n && r.head[i] != i + 1);
            for (int j = 0; j < n; j++) {
                int a = i < r.head[i] - 1 ? i : r.head[i] - 1;
                int b = i < r.head[i] - 1 ? r.head[i] - 1 : i;
                int c = j < r.head[j] - 1 ? j : r.head[j] - 1;
                int d = j < r.head[j] - 1 ? r.head[j] - 1 : j;
                cross += r.head[i] && r.head[j] && a < c && c < b && b < d;
            }
        }
        T_REPORT(roots == 1 && cross == 0, "\"%s\": %d roots, %d crossings", odd[k], roots,
                 cross);
    }
    dyad_parser_free(p);
}

static void test_dev(dyad_model *m)
{
    char *text;
    dyad_conllu *c = ewt_dev("parser accuracy on EWT dev", &text);
    if (!c)
        return;
    dyad_parser *p = dyad_parser_new(m);
    dyad_parse_scores s;
    INT_EQ(dyad_parse_eval(p, c, &s), DYAD_OK);
    INT_EQ(s.tokens, 25147);
    /* the shipped model's dev figures (data/model/README.md) less a little: a broken
     * model gives < 50%, a feature that stops finding its table (clusters) ~1 point less */
    OK(s.uas * 1000 >= s.tokens * 850);
    OK(s.las * 1000 >= s.tokens * 813);
    dyad_parser_free(p);
    dyad_conllu_free(c);
    free(text);
}

int main(void)
{
    dyad_model *m = S_model();
    if (m) {
        test_parse(m);
        test_fragment_marks(m);
        test_dev(m);
    }
    dyad_model_free(m);
    return T_done();
}

/* test_code.c — the coder on small trees with the fixture dictionaries. */
#include <stdio.h>
#include <string.h>
#include "harness.h"
#include "dyad_code.h"

static dyad_dict *S_dict(void)
{
    dyad_diag q = {0};
    dyad_dict *d = dyad_dict_new();
    dyad_dict_load(d, DYAD_DICT_VERBS, "tests/fixtures/dict/verbs.txt", &q);
    dyad_dict_load(d, DYAD_DICT_ACTORS, "tests/fixtures/dict/actors.txt", &q);
    dyad_dict_load(d, DYAD_DICT_AGENTS, "tests/fixtures/dict/agents.txt", &q);
    dyad_dict_load(d, DYAD_DICT_DISCARDS, "tests/fixtures/dict/discards.txt", &q);
    dyad_dict_load(d, DYAD_DICT_ISSUES, "tests/fixtures/dict/issues.txt", &q);
    return d;
}

/* Code a tree; returns events as sorted "SRC TGT CODE;" text in buf. */
static const char *S_code(const dyad_dict *d, const char *tree, const char *date,
                          const char *text, const dyad_code_opts *o, char *buf, size_t cap)
{
    dyad_diag q = {0};
    dyad_tree *t = NULL;
    buf[0] = 0;
    if (dyad_tree_parse(tree, strlen(tree), "test", 1, &q, &t) != DYAD_OK)
        return "(parse error)";
    dyad_coding c = {0};
    if (dyad_code_tree(d, t, date, text, o, &c) != DYAD_OK) {
        dyad_tree_free(t);
        return "(code error)";
    }
    /* simple insertion order is deterministic; sort by string for stable checks */
    char lines[16][160];
    size_t n = c.n < 16 ? c.n : 16;
    for (size_t i = 0; i < n; i++)
        snprintf(lines[i], sizeof lines[i], "%s %s %s;", c.ev[i].source, c.ev[i].target,
                 c.ev[i].code);
    for (size_t i = 1; i < n; i++)
        for (size_t j = i; j > 0 && strcmp(lines[j - 1], lines[j]) > 0; j--) {
            char tmp[160];
            strcpy(tmp, lines[j]);
            strcpy(lines[j], lines[j - 1]);
            strcpy(lines[j - 1], tmp);
        }
    for (size_t i = 0; i < n; i++)
        strncat(buf, lines[i], cap - strlen(buf) - 1);
    dyad_coding_free(&c);
    dyad_tree_free(t);
    return buf;
}

typedef struct S_where {
    int n;
    const char *file;
    long line;
} S_where;

static void S_note(void *user, dyad_severity sev, const char *file, long line, const char *msg)
{
    S_where *w = user;
    (void)sev, (void)msg;
    w->n++;
    w->file = file;
    w->line = line;
}

/* The pattern prefilter passes a pattern only when its words are the sentence's, each
 * found by the key the dictionary stored with it, and a set's when all words of one of
 * its members are; a broken pattern is still reported at its file and line. */
static void test_prefilter(void)
{
    static const char verbs[] = "&PACT_\n+TRUCE\n+PEACE_ACCORD\n\n"
                                "--- SIGN [---] ---\nSIGN {SIGNED}\n"
                                "- * TRADE TREATY WITH + [057]\n"
                                "- * &PACT WITH + [051]\n"
                                "- * &PARLEY WITH + [036]\n";
    S_where w = {0};
    dyad_diag q = {S_note, &w, 0, 0};
    dyad_dict *d = dyad_dict_new();
    INT_EQ(dyad_dict_load(d, DYAD_DICT_ACTORS, "tests/fixtures/dict/actors.txt", &q), DYAD_OK);
    w.n = 0;
    INT_EQ(dyad_dict_read(d, DYAD_DICT_VERBS, "pacts.txt", verbs, sizeof verbs - 1, &q), DYAD_OK);
    INT_EQ(w.n, 1);
    STR_EQ(w.file ? w.file : "", "pacts.txt");
    INT_EQ(w.line, 9);
    static const struct {
        const char *obj, *want;
    } cases[] = {
        {"(NP (DT a) (NN trade) (NN treaty))", "ARN GON 057;"},
        {"(NP (DT a) (NN trade) (NN pact))", ""},      /* TREATY missing */
        {"(NP (DT a) (NN treaty))", ""},               /* TRADE missing */
        {"(NP (DT a) (NN truce))", "ARN GON 051;"},    /* a one-word member */
        {"(NP (DT a) (NN peace) (NN accord))", "ARN GON 051;"},
        {"(NP (DT an) (NN accord))", ""},              /* a member's word missing */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char tree[256], b[256];
        snprintf(tree, sizeof tree, "(S (NP (NNP Arnor)) (VP (VBD signed) %s (PP (IN with) "
                 "(NP (NNP Gondor)))))", cases[i].obj);
        STR_EQ(S_code(d, tree, NULL, NULL, NULL, b, sizeof b), cases[i].want);
    }
    dyad_dict_free(d);
}

int main(void)
{
    test_prefilter();
    dyad_dict *d = S_dict();
    char b[1024];
    const char *restore = "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (JJ diplomatic) "
                          "(NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))";
    STR_EQ(S_code(d, restore, "19950101", NULL, NULL, b, sizeof b), "ARN GON 064;");
    /* a pattern reads no words of a clause of "while", "when", "as" ... within the verb's
     * phrase: the aid is the villagers' wait, not what Arnor restored */
    STR_EQ(S_code(d, "(S (NP (NNP Arnor)) (VP (VBD restored) (NP (NN order)) (PP (IN in) "
                     "(NP (NNP Gondor))) (SBAR (IN while) (S (NP (NNS villagers)) (VP (VBD waited) "
                     "(PP (IN for) (NP (NN aid))))))))", NULL, NULL, NULL, b, sizeof b),
           "ARN GON 064;");
    STR_EQ(S_code(d, "(S (NP (NNP Arnor)) (VP (VBD restored) (NP (NN order)) (PP (IN in) "
                     "(NP (NNP Gondor))) (SBAR (WHADVP (WRB when)) (S (NP (NNS donors)) "
                     "(VP (VBD sent) (NP (NN aid)))))))", NULL, NULL, NULL, b, sizeof b),
           "ARN GON 064;");
    STR_EQ(S_code(d, "(S (NP (NNP Arnor)) (VP (VBD restored) (NP (NN order)) (PP (IN in) "
                     "(NP (NNP Gondor))) (SBAR (IN until) (S (NP (NNS donors)) (VP (VBD sent) "
                     "(NP (NN aid)))))))", NULL, NULL, NULL, b, sizeof b),
           "ARN GON 064;");
    /* ... also when the parser tore it into a PP of the conjunction and its subject and
     * a clause without a subject */
    STR_EQ(S_code(d, "(S (NP (NNP Arnor)) (VP (VBD restored) (NP (NN order)) (PP (IN in) "
                     "(NP (NNP Gondor))) (PP (IN as) (NP (NNS donors))) (SBAR (S (VP (VBD sent) "
                     "(NP (NN aid)))))))", NULL, NULL, NULL, b, sizeof b),
           "ARN GON 064;");
    STR_EQ(S_code(d, "(S (NP (NNP Arnor)) (VP (VBD restored) (NP (NN aid)) (PP (IN to) "
                     "(NP (NNP Gondor))) (SBAR (IN after) (S (NP (NNS talks)) (VP (VBD ended))))))",
                  NULL, NULL, NULL, b, sizeof b),
           "ARN GON 070;");
    /* symmetric codes give both directions */
    STR_EQ(S_code(d, "(S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor))))", "19950101", NULL,
                  NULL, b, sizeof b),
           "ARN GON 031;GON ARN 031;");
    /* verb code without a pattern */
    STR_EQ(S_code(d, "(S (NP (NNP Arnor)) (VP (VBZ attacks) (NP (NNP Gondor))))", NULL, NULL,
                  NULL, b, sizeof b),
           "ARN GON 190;");
    /* passive: the "by" phrase is the source */
    STR_EQ(S_code(d, "(S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN attacked) (PP (IN by) "
                     "(NP (NNP Arnor))))))", NULL, NULL, NULL, b, sizeof b),
           "ARN GON 191;");
    /* ... and the doer is the entity after "by", not another one before it */
    STR_EQ(S_code(d, "(S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN blocked) (PP (IN in) "
                     "(NP (NNP Ithilen))) (PP (IN by) (NP (NNP Arnor))))))", NULL, NULL, NULL,
                  b, sizeof b),
           "ARN GON 191;");
    /* dated actor codes follow the sentence date */
    const char *gollum = "(S (NP (NNP Gollum)) (VP (VBD attacked) (NP (NNP Arnor))))";
    STR_EQ(S_code(d, gollum, "19970101", NULL, NULL, b, sizeof b), "HOBGOV ARN 190;");
    STR_EQ(S_code(d, gollum, "2005-01-01", NULL, NULL, b, sizeof b), "HOBREB ARN 190;");
    STR_EQ(S_code(d, gollum, "19900101", NULL, NULL, b, sizeof b), "HOB ARN 190;");
    /* agents combine with the actor of their phrase */
    STR_EQ(S_code(d, "(S (NP (JJ Arnorian) (NNS police)) (VP (VBD attacked) (NP (NNP Gondor))))",
                  NULL, NULL, NULL, b, sizeof b),
           "ARNCOP GON 190;");
    /* a verb with the null code and no pattern codes nothing */
    STR_EQ(S_code(d, "(S (NP (NNP Arnor)) (VP (VBD said) (NP (NNP Gondor))))", NULL, NULL, NULL,
                  b, sizeof b),
           "");
    /* unknown target: dropped unless require_dyad is off */
    const char *half = "(S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNS villages))))";
    STR_EQ(S_code(d, half, NULL, NULL, NULL, b, sizeof b), "");
    dyad_code_opts o;
    dyad_code_opts_default(&o);
    o.require_dyad = 0;
    STR_EQ(S_code(d, half, NULL, NULL, &o, b, sizeof b), "ARN --- 190;");
    o.new_actor_length = 2;
    STR_EQ(S_code(d, half, NULL, NULL, &o, b, sizeof b), "ARN \"VILLAGES\" 190;");
    /* compound subjects multiply events */
    STR_EQ(S_code(d, "(S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD attacked) "
                     "(NP (NNP Gollum))))", "19900101", NULL, NULL, b, sizeof b),
           "ARN HOB 190;GON HOB 190;");
    /* a run of nouns is one member of a compound; coordinated modifiers share a noun */
    STR_EQ(S_code(d, "(S (NP (NNP Minas) (NNP Tirith) (CC and) (NNP Arnor)) (VP (VBD attacked) "
                     "(NP (NNP Ithilen))))", NULL, NULL, NULL, b, sizeof b),
           "ARN ITH 190;GONCAP ITH 190;");
    STR_EQ(S_code(d, "(S (NP (NNP Gondor)) (VP (VBD attacked) (NP (JJ Arnorian) (CC and) "
                     "(JJ Ithilen) (NNS police))))", NULL, NULL, NULL, b, sizeof b),
           "GON ARNCOP 190;GON ITHCOP 190;");
    /* coordinated actor adjectives are a compound, other adjectives not */
    STR_EQ(S_code(d, "(S (NP (NNP Gondor)) (VP (VBD attacked) (NP (ADJP (JJ Arnorian) (CC and) "
                     "(JJ Ithilen)) (NNS police))))", NULL, NULL, NULL, b, sizeof b),
           "GON ARNCOP 190;GON ITHCOP 190;");
    STR_EQ(S_code(d, "(S (NP (NNP Gondor)) (VP (VBD attacked) (NP (NP (NNP Ithilen) (POS 's)) "
                     "(ADJP (JJ awful) (CC and) (JJ evil)) (NNS police))))", NULL, NULL, NULL, b,
                  sizeof b),
           "GON ITHCOP 190;");
    /* a compound's conjunctions are its own: one nested in a member stays in it */
    STR_EQ(S_code(d, "(S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NP (NNP Gondor)) (CC and) "
                     "(NP (NP (NNP Ithilen)) (CC or) (NP (NNP Gollum))))))", "19900101", NULL,
                  NULL, b, sizeof b),
           "ARN GON 190;ARN ITH 190;");
    /* a list of names the parser nested around a compound or in one is the compound */
    STR_EQ(S_code(d, "(S (NP (NP (NNP Gondor)) (, ,) (NP (NNP Ithilen) (CC and) (NNP Gollum))) "
                     "(VP (VBD attacked) (NP (NNP Arnor))))", "19900101", NULL, NULL, b, sizeof b),
           "GON ARN 190;HOB ARN 190;ITH ARN 190;");
    STR_EQ(S_code(d, "(S (NP (NP (NP (NNP Gondor)) (, ,) (NP (NNP Ithilen))) (CC and) "
                     "(NP (NNP Gollum))) (VP (VBD attacked) (NP (NNP Arnor))))", "19900101", NULL,
                  NULL, b, sizeof b),
           "GON ARN 190;HOB ARN 190;ITH ARN 190;");
    /* TABARI's FORMER conversion: former officials are elites */
    STR_EQ(S_code(d, "(S (NP (JJ Former) (JJ Arnorian) (NNS police)) (VP (VBD attacked) "
                     "(NP (NNP Gondor))))", NULL, NULL, NULL, b, sizeof b),
           "ARNELI GON 190;");
    /* actor phrases written with blanks allow words in between */
    STR_EQ(S_code(d, "(S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Ithilen) (JJ state-run) "
                     "(NN television))))", NULL, NULL, NULL, b, sizeof b),
           "ARN ITHTV 190;");
    /* "% *": events among the members of a compound; "* WITH %": the compound is target */
    STR_EQ(S_code(d, "(S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBP agree)))", NULL, NULL,
                  NULL, b, sizeof b),
           "ARN GON 030;GON ARN 030;");
    STR_EQ(S_code(d, "(S (NP (NNP Gollum)) (VP (VBZ agrees) (PP (IN with) (NP (NNP Arnor) "
                     "(CC and) (NNP Gondor)))))", "19900101", NULL, NULL, b, sizeof b),
           "HOB ARN 031;HOB GON 031;");
    /* a short final comma clause is removed before coding (PETRARCH's default 2..8) */
    const char *two = "(S (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)))) (, ,) "
                      "(S (NP (NNP Gollum)) (VP (VBD attacked) (NP (NNP Arnor)))) (. .))";
    STR_EQ(S_code(d, two, "19900101", NULL, NULL, b, sizeof b), "ARN GON 190;");
    dyad_code_opts o2;
    dyad_code_opts_default(&o2);
    o2.comma_emax = 0;
    STR_EQ(S_code(d, two, "19900101", NULL, &o2, b, sizeof b), "ARN GON 190;HOB ARN 190;");
    /* discarded sentences are not coded */
    STR_EQ(S_code(d, restore, NULL, "Arnor restored baseball ties with Gondor.", NULL, b, sizeof b),
           "");

    /* event records with spans in the text */
    dyad_diag q = {0};
    dyad_tree *t = NULL;
    const char *text = "Arnor restored diplomatic ties with Gondor.";
    INT_EQ(dyad_tree_parse(restore, strlen(restore), NULL, 0, &q, &t), DYAD_OK);
    dyad_coding c = {0};
    INT_EQ(dyad_code_tree(d, t, "19950101", text, NULL, &c), DYAD_OK);
    INT_EQ(c.n, 1);
    dyad_event ev;
    dyad_coding_events(&c, t, "doc1", text, "19950101", &ev);
    STR_EQ(ev.doc, "doc1");
    STR_EQ(ev.date, "1995-01-01");
    STR_EQ(ev.code, "064");
    INT_EQ(ev.source_span.off, 0);
    INT_EQ(ev.source_span.len, 5);
    INT_EQ(ev.target_span.off, 36);
    INT_EQ(ev.target_span.len, 6);
    INT_EQ(ev.verb_span.off, 6); /* "restored diplomatic ties with": verb and pattern */
    INT_EQ(ev.verb_span.len, 29);
    INT_EQ(ev.modality, DYAD_MOD_ASSERTED);
    INT_EQ(c.nissues, 0);
    dyad_coding_free(&c);
    INT_EQ(dyad_code_tree(d, t, "19950101", "Arnor restored ties with Gondor after the elections.",
                          NULL, &c), DYAD_OK);
    INT_EQ(c.nissues, 1); /* issues come with the events of a sentence */
    STR_EQ(c.issues[0].code, "ELECTIONS");
    dyad_coding_free(&c);
    dyad_tree_free(t);

    /* negation is kept as the event's modality */
    const char *neg = "(S (NP (NNP Arnor)) (VP (VBD did) (RB not) (VP (VB attack) "
                      "(NP (NNP Gondor)))))";
    INT_EQ(dyad_tree_parse(neg, strlen(neg), NULL, 0, &q, &t), DYAD_OK);
    INT_EQ(dyad_code_tree(d, t, NULL, NULL, NULL, &c), DYAD_OK);
    INT_EQ(c.n, 1);
    INT_EQ(c.ev[0].negated, 1);
    dyad_coding_events(&c, t, "doc2", "Arnor did not attack Gondor.", NULL, &ev);
    INT_EQ(ev.modality, DYAD_MOD_NEGATED);
    STR_EQ(ev.date, "");
    dyad_coding_free(&c);
    dyad_tree_free(t);
    /* "never" without an auxiliary: a word of the clause, alone or as an ADVP */
    static const struct {
        const char *tree;
        int negated;
    } negs[] = {
        {"(S (NP (NNP Arnor)) (RB never) (VP (VBD attacked) (NP (NNP Gondor))))", 1},
        {"(S (NP (NNP Arnor)) (ADVP (RB never)) (VP (VBD attacked) (NP (NNP Gondor))))", 1},
        {"(S (NP (NNP Arnor)) (VP (VBZ has) (ADVP (RB never)) (VP (VBN attacked) "
         "(NP (NNP Gondor)))))", 1},
        {"(S (NP (NNP Arnor)) (ADVP (RB often)) (VP (VBD attacked) (NP (NNP Gondor))))", 0},
        {"(S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Gondor)) (SBAR (IN because) "
         "(S (NP (NNP Gondor)) (RB never) (VP (VBD paid))))))", 0},
    };
    for (size_t i = 0; i < sizeof negs / sizeof *negs; i++) {
        INT_EQ(dyad_tree_parse(negs[i].tree, strlen(negs[i].tree), NULL, 0, &q, &t), DYAD_OK);
        INT_EQ(dyad_code_tree(d, t, NULL, NULL, NULL, &c), DYAD_OK);
        INT_EQ(c.n, 1);
        T_REPORT(c.n == 1 && c.ev[0].negated == negs[i].negated, "negation of %s", negs[i].tree);
        dyad_coding_free(&c);
        dyad_tree_free(t);
    }
    dyad_dict_free(d);
    return T_done();
}

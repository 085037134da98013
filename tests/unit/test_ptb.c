/*
 * test_ptb.c — dyad_dep_to_ptb(): small hand-made dependency trees against the
 * CoreNLP-style trees the coder was written for, errors, and the invariant on every gold
 * tree of UD EWT dev and on long non-projective input: brackets balance and the leaves
 * are the words in order.
 */
#include "ewt_fixture.h"
#include "dyad_parse.h"
#include "util/util.h"

#define MAXW 64

/* Hand-made parse: space-separated words, tags, relations; heads as given. */
typedef struct S_sent {
    char buf[3][1024];
    const char *w[MAXW], *xpos[MAXW], *rel[MAXW];
    size_t len[MAXW];
    int n;
} S_sent;

static int S_split(char *s, const char **out)
{
    int n = 0;
    for (char *p = strtok(s, " "); p && n < MAXW; p = strtok(NULL, " "))
        out[n++] = p;
    return n;
}

static char S_tree[8192];
static int S_heads[MAXW]; /* the heads of the last S_ptb tree, 1-based */

static const char *S_ptb(const char *words, const char *tags, const int *heads,
                         const char *rels)
{
    static S_sent s;
    snprintf(s.buf[0], sizeof s.buf[0], "%s", words);
    snprintf(s.buf[1], sizeof s.buf[1], "%s", tags);
    snprintf(s.buf[2], sizeof s.buf[2], "%s", rels);
    s.n = S_split(s.buf[0], s.w);
    int nt = S_split(s.buf[1], s.xpos), nr = S_split(s.buf[2], s.rel);
    if (nt != s.n || nr != s.n)
        return "(bad test)";
    for (int i = 0; i < s.n; i++)
        s.len[i] = strlen(s.w[i]);
    /* the tags in an array of their own size, so that ASan sees a read past either end */
    const char **tag = malloc((size_t)s.n * sizeof *tag);
    if (!tag)
        return "(out of memory)";
    memcpy(tag, s.xpos, (size_t)s.n * sizeof *tag);
    dyad_parse_result r = {s.n, tag, tag, heads, s.rel};
    dyad_status st = dyad_dep_to_ptb_heads(s.w, s.len, &r, S_tree, sizeof S_tree, NULL, S_heads);
    free(tag);
    return st == DYAD_OK ? S_tree : "(failed)";
}

static void test_ptb_hand(void)
{
    static const int h1[] = {2, 0, 5, 5, 2, 7, 2, 2};
    STR_EQ(S_ptb("Arnor restored full diplomatic ties with Gondor .",
                 "NNP VBD JJ JJ NNS IN NNP .", h1,
                 "nsubj root amod amod obj case obl punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD restored) (NP (JJ full) (JJ diplomatic) "
           "(NNS ties)) (PP (IN with) (NP (NNP Gondor)))) (. .)))");

    static const int h2[] = {3, 3, 0, 3, 3};
    STR_EQ(S_ptb("Arnor will meet Gondor .", "NNP MD VB NNP .", h2,
                 "nsubj aux root obj punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (MD will) (VP (VB meet) (NP (NNP Gondor)))) (. .)))");

    /* "shut" the tagger took for the object's noun is what the verb made of it; a
     * noun so joined stays the object's ("ordered a price cut") */
    static const int hs[] = {2, 0, 6, 6, 6, 2, 2};
    STR_EQ(S_ptb("Arnor ordered the Gondorian embassy shut .", "NNP VBD DT JJ NN NN .", hs,
                 "nsubj root det amod compound obj punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD ordered) (NP (DT the) (JJ Gondorian) "
           "(NN embassy)) (S (VP (VBN shut)))) (. .)))");
    STR_EQ(S_ptb("Arnor ordered the Gondorian price cut .", "NNP VBD DT JJ NN NN .", hs,
                 "nsubj root det amod compound obj punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD ordered) (NP (DT the) (JJ Gondorian) "
           "(NN price) (NN cut))) (. .)))");

    static const int h3[] = {2, 4, 4, 0, 6, 4, 4};
    STR_EQ(S_ptb("An Eriadorian was attacked by soldiers .", "DT NN VBD VBN IN NNS .", h3,
                 "det nsubj:pass aux:pass root case obl punct"),
           "(ROOT (S (NP (DT An) (NN Eriadorian)) (VP (VBD was) (VP (VBN attacked) "
           "(PP (IN by) (NP (NNS soldiers))))) (. .)))");

    static const int h4[] = {4, 1, 4, 5, 0, 5};
    STR_EQ(S_ptb("Gondor 's new mayor left .", "NNP POS JJ NN VBD .", h4,
                 "nmod:poss case amod nsubj root punct"),
           "(ROOT (S (NP (NP (NNP Gondor) (POS 's)) (JJ new) (NN mayor)) (VP (VBD left)) "
           "(. .)))");

    static const int h5[] = {2, 0, 6, 6, 6, 2, 2};
    STR_EQ(S_ptb("Arnor believes that Gondor will attack .", "NNP VBZ IN NNP MD VB .", h5,
                 "nsubj root mark nsubj aux ccomp punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBZ believes) (SBAR (IN that) (S (NP (NNP Gondor)) "
           "(VP (MD will) (VP (VB attack)))))) (. .)))");

    STR_EQ(S_ptb("Arnor and Gondor met .", "NNP CC NNP VBD .", (const int[]){4, 3, 1, 0, 4},
                 "nsubj cc conj root punct"),
           "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD met)) (. .)))");

    STR_EQ(S_ptb("Arnor is angry .", "NNP VBZ JJ .", (const int[]){3, 3, 0, 3},
                 "nsubj cop root punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (ADJP (JJ angry))) (. .)))");

    /* relative clause inside the NP, infinitival complement as (S (VP (TO to) ...)) */
    STR_EQ(S_ptb("The man who left wants to talk", "DT NN WP VBD VBZ TO VB",
                 (const int[]){2, 5, 4, 2, 0, 7, 5},
                 "det nsubj nsubj acl:relcl root mark xcomp"),
           "(ROOT (S (NP (NP (DT The) (NN man)) (SBAR (WHNP (WP who)) (S (VP (VBD left))))) "
           "(VP (VBZ wants) (S (VP (TO to) (VP (VB talk)))))))");

    /* brackets in words are escaped; a fronted PP and its comma stay at clause level */
    STR_EQ(S_ptb("On Monday , talks ( again ) failed", "IN NNP , NNS -LRB- RB -RRB- VBD",
                 (const int[]){2, 8, 8, 8, 6, 4, 6, 0},
                 "case obl punct nsubj punct appos punct root"),
           "(ROOT (S (PP (IN On) (NP (NNP Monday))) (, ,) (NP (NP (NNS talks)) "
           "(-LRB- -LRB-) (ADVP (RB again)) (-RRB- -RRB-)) (VP (VBD failed))))");

    /* a comma before a marked clause or a relative clause stays outside its SBAR */
    STR_EQ(S_ptb("Arnor left , while Gondor stayed", "NNP VBD , IN NNP VBD",
                 (const int[]){2, 0, 6, 6, 6, 2}, "nsubj root punct mark nsubj advcl"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD left) (, ,) (SBAR (IN while) (S (NP (NNP Gondor)) "
           "(VP (VBD stayed)))))))");
    STR_EQ(S_ptb("Bree , which Arnor took", "NNP , WDT NNP VBD", (const int[]){0, 5, 5, 5, 1},
                 "root punct obj nsubj acl:relcl"),
           "(ROOT (NP (NP (NNP Bree)) (, ,) (SBAR (WHNP (WDT which)) (S (NP (NNP Arnor)) "
           "(VP (VBD took))))))");
    /* commas around a subject's modifier both stay in the subject */
    STR_EQ(S_ptb("Arnor , in remarks , urged Gondor", "NNP , IN NNS , VBD NNP",
                 (const int[]){6, 1, 4, 1, 1, 0, 6}, "nsubj punct case nmod punct root obj"),
           "(ROOT (S (NP (NP (NNP Arnor)) (, ,) (PP (IN in) (NP (NNS remarks))) (, ,)) "
           "(VP (VBD urged) (NP (NNP Gondor)))))");

    /* compound names stay one flat NP beside a possessor; commas around an apposition
     * belong to the enclosing NP */
    STR_EQ(S_ptb("Gondor 's Prime Minister Telemar , a veteran , left",
                 "NNP POS NNP NNP NNP , DT NN , VBD",
                 (const int[]){5, 1, 4, 5, 10, 8, 8, 5, 8, 0},
                 "nmod:poss case compound compound nsubj punct det appos punct root"),
           "(ROOT (S (NP (NP (NP (NNP Gondor) (POS 's)) (NNP Prime) (NNP Minister) "
           "(NNP Telemar)) (, ,) (NP (DT a) (NN veteran)) (, ,)) (VP (VBD left))))");
    /* "today" after a verb of saying is when it was said, not part of the reported
     * subject; the noun the parser took for the object before "today" and a
     * subjectless reported verb is that verb's subject (repair S_repair_today) */
    STR_EQ(S_ptb("Arnor said today its forces attacked Gondor .",
                 "NNP VBD NN PRP$ NNS VBD NNP .", (const int[]){2, 0, 5, 5, 6, 2, 6, 2},
                 "nsubj root compound nmod:poss nsubj ccomp obj punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (NP (NN today)) (SBAR (S (NP (PRP$ its) "
           "(NNS forces)) (VP (VBD attacked) (NP (NNP Gondor)))))) (. .)))");
    STR_EQ(S_ptb("Arnor said Gondorian warplanes today bombed Rohan .",
                 "NNP VBD JJ NNS NN VBD NNP .", (const int[]){2, 0, 4, 2, 6, 2, 6, 2},
                 "nsubj root amod obj obl:unmarked ccomp obj punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (SBAR (S (NP (NP (JJ Gondorian) (NNS "
           "warplanes)) (NP (NN today))) (VP (VBD bombed) (NP (NNP Rohan)))))) (. .)))");
    /* a day between a name and its verb, which the parser made the subject's head
     * (or hung on the verb with the name its compound), goes with the name, and the
     * name with the day's other dependents is the subject (S_repair_day_subject) */
    STR_EQ(S_ptb("The Gondor Council yesterday accused Rohan .", "DT NNP NNP NN VBD NNP .",
                 (const int[]){4, 3, 4, 5, 0, 5, 5},
                 "det compound compound nsubj root obj punct"),
           "(ROOT (S (NP (NP (DT The) (NNP Gondor) (NNP Council)) (NP (NN yesterday))) (VP "
           "(VBD accused) (NP (NNP Rohan))) (. .)))");
    STR_EQ(S_ptb("Telemar today met Arnor .", "NNP NN VBD NNP .",
                 (const int[]){2, 3, 0, 3, 3}, "compound obl:unmarked root obj punct"),
           "(ROOT (S (NP (NP (NNP Telemar)) (NP (NN today))) (VP (VBD met) (NP (NNP Arnor))) "
           "(. .)))");
    /* a title the parser took for the object, before the name it took for the
     * complement, is the name's: the name is the object (repair S_repair_title) */
    STR_EQ(S_ptb("Arnor called President Telemar a dear friend .",
                 "NNP VBD NNP NNP DT JJ NN .", (const int[]){2, 0, 2, 2, 7, 7, 2, 2},
                 "nsubj root obj xcomp det amod xcomp punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD called) (NP (NNP President) (NNP Telemar)) "
           "(NP (DT a) (JJ dear) (NN friend))) (. .)))");
}

static void test_ptb_errors(void)
{
    const char *w[] = {"a", "b"};
    size_t len[] = {1, 1};
    const char *tags[] = {"DT", "NN"}, *rels[] = {"det", "root"};
    int cyc[] = {2, 1}, ok[] = {2, 0}, self[] = {1, 0};
    dyad_parse_result r = {2, tags, tags, cyc, rels};
    char buf[64];
    size_t need = 0;
    INT_EQ(dyad_dep_to_ptb(w, len, &r, buf, sizeof buf, &need), DYAD_EINVAL);
    r.head = self;
    INT_EQ(dyad_dep_to_ptb(w, len, &r, buf, sizeof buf, &need), DYAD_EINVAL);
    r.head = ok;
    INT_EQ(dyad_dep_to_ptb(w, len, &r, buf, 5, &need), DYAD_ELIMIT);
    STR_EQ(buf[0] == '(' ? "written" : "untouched", "untouched");
    INT_EQ(dyad_dep_to_ptb(w, len, &r, buf, need + 1, &need), DYAD_OK);
    STR_EQ(buf, "(ROOT (NP (DT a) (NN b)))");
    INT_EQ(need, strlen(buf));
    r.n = 0;
    INT_EQ(dyad_dep_to_ptb(w, len, &r, buf, sizeof buf, NULL), DYAD_EINVAL);
}

/* The leaves of a bracketed tree, in order, must be the words (escaped as PTB does). */
static int S_yield_ok(const char *tree, const dyad_conllu_sent *s)
{
    int depth = 0, k = 0;
    char want[256];
    for (const char *p = tree; *p; p++) {
        if (*p == '(') {
            depth++;
            const char *sp = strchr(p, ' ');
            const char *q = sp ? sp + 1 : NULL;
            if (q && *q != '(') { /* a leaf "(TAG word)" */
                const char *e = strchr(q, ')');
                if (!e || k >= s->n)
                    return 0;
                size_t o = 0;
                for (const char *f = s->form[k++]; *f && o + 8 < sizeof want; f++) {
                    const char *r = *f == '(' ? "-LRB-" : *f == ')' ? "-RRB-" :
                                    *f == '[' ? "-LSB-" : *f == ']' ? "-RSB-" :
                                    *f == '{' ? "-LCB-" : *f == '}' ? "-RCB-" :
                                    *f == ' ' ? "_" : NULL;
                    if (r)
                        o += (size_t)snprintf(want + o, sizeof want - o, "%s", r);
                    else
                        want[o++] = *f;
                }
                want[o] = '\0';
                if (strlen(want) != (size_t)(e - q) || strncmp(q, want, o))
                    return 0;
                p = e;
                depth--;
            }
        } else if (*p == ')') {
            if (--depth < 0)
                return 0;
        }
    }
    return depth == 0 && k == s->n;
}

static void test_ptb_gold(void)
{
    char *text;
    dyad_conllu *c = ewt_dev("PTB conversion of EWT dev", &text);
    if (!c)
        return;
    size_t bad = 0, cap = 1 << 16;
    char *buf = malloc(cap);
    size_t lens[1024];
    for (size_t k = 0; k < c->nsent && buf; k++) {
        const dyad_conllu_sent *s = &c->sent[k];
        if (s->n > 1024)
            continue;
        for (int i = 0; i < s->n; i++)
            lens[i] = strlen(s->form[i]);
        dyad_parse_result r = {s->n, s->upos, s->xpos, s->head, s->deprel};
        if (dyad_dep_to_ptb(s->form, lens, &r, buf, cap, NULL) != DYAD_OK ||
            !S_yield_ok(buf, s)) {
            if (bad++ < 3)
                fprintf(stderr, "bad tree for dev sentence at line %ld: %s\n", s->line, buf);
        }
    }
    INT_EQ(bad, 0);
    free(buf);
    dyad_conllu_free(c);
    free(text);
}

/* A run of more punctuation marks at the end of a phrase than are moved out of it keeps
 * its order (a fuzzer's find). */
static void test_ptb_punct_run(void)
{
    enum { N = 24 };
    const char *form[N], *tag[N], *rel[N];
    size_t len[N];
    int head[N];
    for (int i = 0; i < N; i++) {
        form[i] = i == 0 ? "Arnor" : i == 1 ? "left" : i == 2 ? "Gondor" : i % 2 ? "," : ";";
        tag[i] = i == 0 || i == 2 ? "NNP" : i == 1 ? "VBD" : ",";
        rel[i] = i == 0 ? "nsubj" : i == 1 ? "root" : i == 2 ? "obj" : "punct";
        head[i] = i == 1 ? 0 : i < 3 ? 2 : 3;
        len[i] = strlen(form[i]);
    }
    dyad_conllu_sent s = {N, form, tag, tag, rel, head, 0};
    dyad_parse_result r = {N, tag, tag, head, rel};
    INT_EQ(dyad_dep_to_ptb(form, len, &r, S_tree, sizeof S_tree, NULL), DYAD_OK);
    OK(S_yield_ok(S_tree, &s));
}

/* Long, heavily non-projective trees convert (lifting stays fast) with words in order. */
static void test_ptb_long(void)
{
    enum { N = 4000 };
    static const char *w[N], *tag[N], *rel[N];
    static size_t len[N];
    static int head[N];
    static char buf[N * 40];
    unsigned x = 12345;
    for (int i = 0; i < N; i++) {
        x = x * 1103515245u + 12345u;
        w[i] = i % 3 ? "w" : ",";
        len[i] = 1;
        tag[i] = i % 3 ? (i % 2 ? "NN" : "VB") : ",";
        rel[i] = i % 3 ? (i % 2 ? "obj" : "conj") : "punct";
        head[i] = i == 0 ? 0 : (int)((x >> 8) % (unsigned)i) + 1; /* an earlier word */
    }
    dyad_parse_result r = {N, tag, tag, head, rel};
    size_t need = 0;
    INT_EQ(dyad_dep_to_ptb(w, len, &r, buf, sizeof buf, &need), DYAD_OK);
    int leaves = 0, depth = 0, bad = 0;
    for (const char *p = buf; *p; p++) {
        if (*p == '(')
            depth++;
        else if (*p == ')')
            bad |= --depth < 0;
        else if (*p == ' ' && p[1] != '(')
            leaves++;
    }
    INT_EQ(leaves, N);
    INT_EQ(depth, 0);
    INT_EQ(bad, 0);
}

/* Shapes the coder depends on: it finds a verb as the first word of a VP, negation as
 * an RB child of the VP chain, and takes an NP without inner NPs as one actor. */
static void test_ptb_coder_shapes(void)
{
    /* negation and adverbs beside the auxiliary, never before the verb inside its VP */
    STR_EQ(S_ptb("China did not meet Japan .", "NNP VBD RB VB NNP .",
                 (const int[]){4, 4, 4, 0, 4, 4}, "nsubj aux advmod root obj punct"),
           "(ROOT (S (NP (NNP China)) (VP (VBD did) (RB not) (VP (VB meet) (NP (NNP Japan)))) "
           "(. .)))");
    STR_EQ(S_ptb("Arnor has again appealed", "NNP VBZ RB VBN", (const int[]){4, 4, 4, 0},
                 "nsubj aux advmod root"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBZ has) (ADVP (RB again)) (VP (VBN appealed)))))");
    /* without an auxiliary the adverb is the clause's */
    STR_EQ(S_ptb("Arnor also met Gondor", "NNP RB VBD NNP", (const int[]){3, 3, 0, 3},
                 "nsubj advmod root obj"),
           "(ROOT (S (NP (NNP Arnor)) (ADVP (RB also)) (VP (VBD met) (NP (NNP Gondor)))))");
    /* a copula keeps the negation in its VP, not in the predicate NP */
    STR_EQ(S_ptb("Mordor is n't a place", "NNP VBZ RB DT NN", (const int[]){5, 5, 5, 5, 0},
                 "nsubj cop advmod det root"),
           "(ROOT (S (NP (NNP Mordor)) (VP (VBZ is) (RB n't) (NP (DT a) (NN place)))))");
    /* ... but an adjective keeps its degree adverb */
    STR_EQ(S_ptb("Arnor is very angry", "NNP VBZ RB JJ", (const int[]){4, 4, 4, 0},
                 "nsubj cop advmod root"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (ADJP (RB very) (JJ angry)))))");
    /* conjuncts without their own auxiliary share it */
    STR_EQ(S_ptb("Arnor will meet Gondor and sign a pact", "NNP MD VB NNP CC VB DT NN",
                 (const int[]){3, 3, 0, 3, 6, 3, 8, 6},
                 "nsubj aux root obj cc conj det obj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (MD will) (VP (VP (VB meet) (NP (NNP Gondor))) "
           "(CC and) (VP (VB sign) (NP (DT a) (NN pact)))))))");
    /* a participle before its noun is an adjective phrase */
    STR_EQ(S_ptb("a clearly inebriated official", "DT RB VBN NN", (const int[]){4, 3, 4, 0},
                 "det advmod amod root"),
           "(ROOT (NP (DT a) (ADJP (RB clearly) (VBN inebriated)) (NN official)))");
    /* the object of a verb with a "to" complement is that complement's subject */
    STR_EQ(S_ptb("Arnor urged Eriador to respond", "NNP VBD NNP TO VB",
                 (const int[]){2, 0, 2, 5, 2}, "nsubj root obj mark xcomp"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD urged) (S (NP (NNP Eriador)) (VP (TO to) "
           "(VP (VB respond)))))))");
    /* conjuncts of several words are NPs of their own (the members of a compound) */
    STR_EQ(S_ptb("Russian President Putin and Chinese leader Xi met",
                 "JJ NNP NNP CC JJ NN NNP VBD", (const int[]){3, 3, 8, 7, 7, 7, 3, 0},
                 "amod compound nsubj cc amod compound conj root"),
           "(ROOT (S (NP (NP (JJ Russian) (NNP President) (NNP Putin)) (CC and) "
           "(NP (JJ Chinese) (NN leader) (NNP Xi))) (VP (VBD met))))");
    /* what follows the last conjunct modifies the coordination */
    STR_EQ(S_ptb("air strikes and artillery fire against forces", "NN NNS CC NN NN IN NNS",
                 (const int[]){2, 0, 5, 5, 2, 7, 2}, "compound root cc compound conj case nmod"),
           "(ROOT (NP (NP (NP (NN air) (NNS strikes)) (CC and) (NP (NN artillery) (NN fire))) "
           "(PP (IN against) (NP (NNS forces)))))");
    /* adverbs before a preposition are in its PP; an adjective subject is a noun phrase;
     * an adjective keeps its infinitive */
    STR_EQ(S_ptb("Israel 's military struck early on Friday", "NNP POS JJ VBD RB IN NNP",
                 (const int[]){3, 1, 4, 0, 7, 7, 4}, "nmod:poss case nsubj root advmod case obl"),
           "(ROOT (S (NP (NP (NNP Israel) (POS 's)) (JJ military)) (VP (VBD struck) "
           "(PP (RB early) (IN on) (NP (NNP Friday))))))");
    STR_EQ(S_ptb("Beijing was ready to work", "NNP VBD JJ TO VB", (const int[]){3, 3, 0, 5, 3},
                 "nsubj cop root mark xcomp"),
           "(ROOT (S (NP (NNP Beijing)) (VP (VBD was) (ADJP (JJ ready) (S (VP (TO to) "
           "(VP (VB work))))))))");
    /* titles and names: one flat NP however the parser nested them */
    STR_EQ(S_ptb("Iranian Foreign Minister Hossein Amirabdollahian left",
                 "JJ NNP NNP NNP NNP VBD", (const int[]){4, 3, 4, 6, 4, 0},
                 "amod amod nmod:desc nsubj flat root"),
           "(ROOT (S (NP (JJ Iranian) (NNP Foreign) (NNP Minister) (NNP Hossein) "
           "(NNP Amirabdollahian)) (VP (VBD left))))");
    STR_EQ(S_ptb("Bree Prime Minister Romendacil left", "NNP NNP NNP NNP VBD",
                 (const int[]){5, 3, 4, 1, 0}, "nsubj amod nmod:desc flat root"),
           "(ROOT (S (NP (NNP Bree) (NNP Prime) (NNP Minister) (NNP Romendacil)) "
           "(VP (VBD left))))");
}

/* Parser mistakes that would cost the coder its events are undone. */
/* A compound subject whose second part has a determiner, read as a noun phrase with the
 * second part's clause conjoined to it ("(NP (NP Gondor) (CC and) (S ...))"), or as the
 * object of a verb of saying with the clause conjoined to that verb, is the clause's
 * subject (S_repair_name_clause). */
/* The subject of a reported clause the parser gave the verb of saying as its object is
 * the clause's when it is a list before a bare verb, or when a participle or relative
 * clause set off by commas follows it and the verb is joined to "said" without "and"
 * (also when that phrase hangs on "said"); a verb after "and" stays the sayer's. */
static void test_ptb_report_set_off(void)
{
    STR_EQ(S_ptb("Elrond said Gondor , Rohan and Harad oppose the tax .",
                 "NNP VBD NNP , NNP CC NNP VB DT NN .",
                 (const int[]){2, 0, 2, 5, 3, 7, 3, 2, 10, 8, 2},
                 "nsubj root ccomp punct conj cc conj ccomp det obj punct"),
           "(ROOT (S (NP (NNP Elrond)) (VP (VBD said) (SBAR (S (NP (NNP Gondor) (, ,) (NNP Rohan)"
           " (CC and) (NNP Harad)) (VP (VB oppose) (NP (DT the) (NN tax)))))) (. .)))");
    STR_EQ(S_ptb("The communique said a brigade , backed by tanks , launched the attack .",
                 "DT NN VBD DT NN , VBN IN NNS , VBD DT NN .",
                 (const int[]){2, 3, 0, 5, 3, 7, 5, 9, 7, 11, 3, 13, 11, 3},
                 "det nsubj root det obj punct acl case obl:agent punct conj det obj punct"),
           "(ROOT (S (NP (DT The) (NN communique)) (VP (VBD said) (SBAR (S (NP (NP (DT a)"
           " (NN brigade)) (, ,) (VP (VBN backed) (PP (IN by) (NP (NNS tanks))))) (, ,) (VP"
           " (VBD launched) (NP (DT the) (NN attack)))))) (. .)))");
    STR_EQ(S_ptb("The army said Harad , which rules Umbar , fired rockets .",
                 "DT NN VBD NNP , WDT VBZ NNP , VBD NNS .",
                 (const int[]){2, 3, 0, 3, 7, 7, 3, 7, 10, 3, 10, 3},
                 "det nsubj root nsubj punct nsubj ccomp obj punct conj obj punct"),
           "(ROOT (S (NP (DT The) (NN army)) (VP (VBD said) (SBAR (S (NP (NP (NNP Harad)) (, ,)"
           " (SBAR (WHNP (WDT which)) (S (VP (VBZ rules) (NP (NNP Umbar)))))) (, ,) (VP"
           " (VBD fired) (NP (NNS rockets)))))) (. .)))");
    STR_EQ(S_ptb("Elrond said the tax , passed by Gondor , and warned Rohan .",
                 "NNP VBD DT NN , VBN IN NNP , CC VBD NNP .",
                 (const int[]){2, 0, 4, 2, 6, 4, 8, 6, 11, 11, 2, 11, 2},
                 "nsubj root det obj punct acl case obl:agent punct cc conj obj punct"),
           "(ROOT (S (NP (NNP Elrond)) (VP (VP (VBD said) (NP (NP (DT the) (NN tax)) (, ,) (VP"
           " (VBN passed) (PP (IN by) (NP (NNP Gondor)))))) (, ,) (CC and) (VP (VBD warned)"
           " (NP (NNP Rohan)))) (. .)))");
}

/* A relative clause set off by commas that the parser read as the sentence's clause,
 * with the sentence's verb its conjunct or adverbial clause, or the clause one the
 * verb tells (S_repair_relative_root): the nominal before "whose", "who" or "which"
 * (also one hung on a verb of saying before it) is the verb's subject and the clause
 * its relative clause; a verb after "and" stays the relative verb's conjunct. */
static void test_ptb_relative_root(void)
{
    STR_EQ(S_ptb("Gondor , whose king met Rohan , warned Harad .",
                 "NNP , WP$ NN VBD NNP , VBD NNP .", (const int[]){5, 1, 4, 5, 0, 5, 8, 5, 8, 5},
                 "vocative punct nmod:poss nsubj root obj punct conj obj punct"),
           "(ROOT (S (NP (NP (NNP Gondor)) (, ,) (SBAR (S (NP (WP$ whose) (NN king)) (VP (VBD"
           " met) (NP (NNP Rohan)))))) (, ,) (VP (VBD warned) (NP (NNP Harad))) (. .)))");
    STR_EQ(S_ptb("Elrond , who has ruled Rivendell , criticized Harad .",
                 "NNP , WP VBZ VBN NNP , VBD NNP .", (const int[]){5, 1, 5, 5, 0, 5, 8, 5, 8, 5},
                 "vocative punct nsubj aux root obj punct conj obj punct"),
           "(ROOT (S (NP (NP (NNP Elrond)) (, ,) (SBAR (WHNP (WP who)) (S (VP (VBZ has) (VP"
           " (VBN ruled) (NP (NNP Rivendell))))))) (, ,) (VP (VBD criticized) (NP (NNP"
           " Harad))) (. .)))");
    STR_EQ(S_ptb("Gondor and Rohan , whose trade grew , have held talks .",
                 "NNP CC NNP , WP$ NN VBD , VBP VBN NNS .",
                 (const int[]){7, 3, 1, 7, 6, 7, 0, 10, 10, 7, 10, 7},
                 "nsubj cc conj punct nmod:poss nsubj root punct aux advcl obj punct"),
           "(ROOT (S (NP (NP (NNP Gondor) (CC and) (NNP Rohan)) (, ,) (SBAR (S (NP (WP$ whose)"
           " (NN trade)) (VP (VBD grew))))) (, ,) (VP (VBP have) (VP (VBN held) (NP (NNS"
           " talks)))) (. .)))");
    STR_EQ(S_ptb("Gondor , whose king is old , said Rohan erred .",
                 "NNP , WP$ NN VBZ JJ , VBD NNP VBD .",
                 (const int[]){6, 1, 4, 6, 6, 8, 6, 0, 10, 8, 8},
                 "vocative punct nmod:poss nsubj cop ccomp punct root nsubj ccomp punct"),
           "(ROOT (S (NP (NP (NNP Gondor)) (, ,) (SBAR (S (NP (WP$ whose) (NN king)) (VP (VBZ"
           " is) (ADJP (JJ old)))))) (, ,) (VP (VBD said) (SBAR (S (NP (NNP Rohan)) (VP (VBD"
           " erred))))) (. .)))");
    STR_EQ(S_ptb("Elrond said Gondor , whose king met Rohan , warned Harad .",
                 "NNP VBD NNP , WP$ NN VBD NNP , VBD NNP .",
                 (const int[]){2, 0, 2, 7, 6, 7, 2, 7, 10, 7, 10, 2},
                 "nsubj root nsubj punct nmod:poss nsubj ccomp obj punct conj obj punct"),
           "(ROOT (S (NP (NNP Elrond)) (VP (VBD said) (SBAR (S (NP (NP (NNP Gondor)) (, ,)"
           " (SBAR (S (NP (WP$ whose) (NN king)) (VP (VBD met) (NP (NNP Rohan)))))) (, ,) (VP"
           " (VBD warned) (NP (NNP Harad)))))) (. .)))");
    /* guard: a verb after "and" is the relative clause's */
    STR_EQ(S_ptb("Gondor , whose king met Rohan , and warned Harad .",
                 "NNP , WP$ NN VBD NNP , CC VBD NNP .",
                 (const int[]){5, 1, 4, 5, 0, 5, 9, 9, 5, 9, 5},
                 "vocative punct nmod:poss nsubj root obj punct cc conj obj punct"),
           "(ROOT (S (NP (NNP Gondor)) (, ,) (NP (WP$ whose) (NN king)) (VP (VP (VBD met) (NP"
           " (NNP Rohan))) (, ,) (CC and) (VP (VBD warned) (NP (NNP Harad)))) (. .)))");
}

/* A subject set off from its verb by a modifier between commas, read as the modifier's
 * own (S_repair_set_off): the modifier goes to the subject (an -ing participle to the
 * verb, as its clause's adverbial), the subject to the verb. */
static void test_ptb_set_off(void)
{
    STR_EQ(S_ptb("Gondor , backed by Rohan , urged Harad .", "NNP , VBN IN NNP , VBD NNP .",
                 (const int[]){3, 1, 7, 5, 3, 7, 0, 7, 7},
                 "obl:unmarked punct advcl case obl:agent punct root obj punct"),
           "(ROOT (S (NP (NP (NNP Gondor)) (, ,) (VP (VBN backed) (PP (IN by) (NP (NNP"
           " Rohan))))) (, ,) (VP (VBD urged) (NP (NNP Harad))) (. .)))");
    STR_EQ(S_ptb("Gondor , together with Rohan , urged Harad .", "NNP , RB IN NNP , VBD NNP .",
                 (const int[]){3, 1, 7, 5, 3, 3, 0, 7, 7},
                 "nsubj punct advcl case obl punct root obj punct"),
           "(ROOT (S (NP (NP (NNP Gondor)) (, ,) (ADVP (RB together) (PP (IN with) (NP (NNP"
           " Rohan))))) (, ,) (VP (VBD urged) (NP (NNP Harad))) (. .)))");
    STR_EQ(S_ptb("Elrond , who rules Rivendell , warned Sauron .", "NNP , WP VBZ NNP , VBD NNP .",
                 (const int[]){4, 1, 4, 7, 4, 7, 0, 7, 7},
                 "vocative punct nsubj advcl obj punct root obj punct"),
           "(ROOT (S (NP (NP (NNP Elrond)) (, ,) (SBAR (WHNP (WP who)) (S (VP (VBZ rules) (NP"
           " (NNP Rivendell)))))) (, ,) (VP (VBD warned) (NP (NNP Sauron))) (. .)))");
    STR_EQ(S_ptb("The steward , a Gondor official , warned Rohan .",
                 "DT NN , DT NNP NN , VBD NNP .", (const int[]){2, 6, 2, 6, 6, 8, 8, 0, 8, 8},
                 "det nsubj punct det compound nsubj punct root obj punct"),
           "(ROOT (S (NP (NP (DT The) (NN steward)) (, ,) (NP (DT a) (NNP Gondor) (NN"
           " official))) (, ,) (VP (VBD warned) (NP (NNP Rohan))) (. .)))");
    STR_EQ(S_ptb("Elrond , speaking at Rivendell , warned Sauron .",
                 "NNP , VBG IN NNP , VBD NNP .", (const int[]){3, 3, 7, 5, 3, 3, 0, 7, 7},
                 "compound punct advcl case obl punct root obj punct"),
           "(ROOT (S (NP (NNP Elrond)) (, ,) (VP (VBG speaking) (PP (IN at) (NP (NNP"
           " Rivendell)))) (, ,) (VP (VBD warned) (NP (NNP Sauron))) (. .)))");
    /* the participle read as a preposition of the verb's adverbial, or as the verb,
     * the verb a reduced relative in its phrase */
    STR_EQ(S_ptb("Gondor , citing old debts , rejected Harad .", "NNP , VBG JJ NNS , VBD NNP .",
                 (const int[]){5, 3, 5, 5, 7, 5, 0, 7, 7},
                 "nsubj punct case amod obl punct root obj punct"),
           "(ROOT (S (NP (NNP Gondor)) (, ,) (VP (VBG citing) (NP (JJ old) (NNS debts)))"
           " (, ,) (VP (VBD rejected) (NP (NNP Harad))) (. .)))");
    STR_EQ(S_ptb("Gondor , seeking new allies , invited Harad envoys .",
                 "NNP , VBG JJ NNS , VBN NNP NNS .", (const int[]){3, 1, 0, 5, 3, 7, 5, 9, 7, 3},
                 "nsubj punct root amod obj punct acl compound obj punct"),
           "(ROOT (S (NP (NNP Gondor)) (, ,) (VP (VBG seeking) (NP (JJ new) (NNS allies)))"
           " (, ,) (VP (VBN invited) (NP (NNP Harad) (NNS envoys))) (. .)))");
    STR_EQ(S_ptb("Gondor , citing old debts , imposed tolls on Harad .",
                 "NNP , VBG JJ NNS , VBN NNS IN NNP .",
                 (const int[]){3, 1, 0, 5, 3, 8, 8, 3, 10, 8, 3},
                 "nsubj punct root amod obj punct amod obl case nmod punct"),
           "(ROOT (S (NP (NNP Gondor)) (, ,) (VP (VBG citing) (NP (JJ old) (NNS debts)))"
           " (, ,) (VP (VBN imposed) (NP (NP (NNS tolls)) (PP (IN on) (NP (NNP Harad))))) (. .)))");
    /* the verb's object read as its subject, for want of one before it */
    STR_EQ(S_ptb("Elrond , speaking at Rivendell , warned Sauron .",
                 "NNP , VBG IN NNP , VBD NNP .", (const int[]){3, 3, 7, 5, 3, 3, 0, 7, 7},
                 "compound punct advcl case obl punct root nsubj punct"),
           "(ROOT (S (NP (NNP Elrond)) (, ,) (VP (VBG speaking) (PP (IN at) (NP (NNP"
           " Rivendell)))) (, ,) (VP (VBD warned) (NP (NNP Sauron))) (. .)))");
    STR_EQ(S_ptb("Gondor , accusing Rohan , expelled two envoys .",
                 "NNP , VBG NNP , VBD CD NNS .", (const int[]){3, 1, 6, 3, 3, 0, 8, 6, 6},
                 "nsubj punct advcl obj punct root nummod nsubj punct"),
           "(ROOT (S (NP (NNP Gondor)) (, ,) (VP (VBG accusing) (NP (NNP Rohan))) (, ,) (VP"
           " (VBD expelled) (NP (CD two) (NNS envoys))) (. .)))");
    /* guard: after a verb of saying, the nominal is its subject, not its object */
    STR_EQ(S_ptb("The riders , a third of the host , fled , said Elrond .",
                 "DT NNS , DT NN IN DT NN , VBD , VBD NNP .",
                 (const int[]){2, 10, 5, 5, 2, 8, 8, 5, 10, 12, 12, 0, 12, 12},
                 "det nsubj punct det appos case det nmod punct ccomp punct root nsubj punct"),
           "(ROOT (S (S (NP (NP (DT The) (NNS riders)) (, ,) (NP (NP (DT a) (NN third)) (PP (IN"
           " of) (NP (DT the) (NN host))))) (, ,) (VP (VBD fled))) (, ,) (VP (VBD said) (NP (NNP"
           " Elrond))) (. .)))");
    /* the participle read as an adjective of v's adverbial, as a preposition of a
     * conjunct of the subject, or of the noun read as the sentence's root */
    STR_EQ(S_ptb("Gondor , citing old debts , closed its border .",
                 "NNP , VBG JJ NNS , VBD PRP$ NN .", (const int[]){5, 3, 5, 5, 7, 7, 0, 9, 7, 7},
                 "nsubj punct amod amod obl punct root nmod:poss obj punct"),
           "(ROOT (S (NP (NNP Gondor)) (, ,) (VP (VBG citing) (NP (JJ old) (NNS debts))) (, ,)"
           " (VP (VBD closed) (NP (PRP$ its) (NN border))) (. .)))");
    STR_EQ(S_ptb("Gondor , accusing Rohan of treachery , recalled its envoy .",
                 "NNP , VBG NNP IN NN , VBD PRP$ NN .",
                 (const int[]){8, 1, 4, 1, 6, 4, 1, 0, 10, 8, 8},
                 "nsubj punct case conj case nmod punct root nmod:poss obj punct"),
           "(ROOT (S (NP (NNP Gondor)) (, ,) (VP (VBG accusing) (NP (NP (NNP Rohan)) (PP (IN of)"
           " (NP (NN treachery))))) (, ,) (VP (VBD recalled) (NP (PRP$ its) (NN envoy))) (. .)))");
    STR_EQ(S_ptb("Gondor , citing old debts , halted talks with Rohan .",
                 "NNP , VBG JJ NNS , VBD NNS IN NNP .",
                 (const int[]){5, 1, 5, 5, 0, 7, 5, 7, 10, 8, 5},
                 "nsubj punct case amod root punct conj obj case nmod punct"),
           "(ROOT (S (NP (NNP Gondor)) (, ,) (VP (VBG citing) (NP (JJ old) (NNS debts))) (, ,)"
           " (VP (VBD halted) (NP (NP (NNS talks)) (PP (IN with) (NP (NNP Rohan))))) (. .)))");
    /* guard: a word of that noun's before the participle */
    STR_EQ(S_ptb("Rangers , especially wielding swords , have marched north .",
                 "NNS , RB VBG NNS , VBP VBN RB .", (const int[]){8, 5, 5, 5, 1, 1, 8, 0, 8, 8},
                 "nsubj punct advmod amod conj punct aux root advmod punct"),
           "(ROOT (S (NP (NP (NNS Rangers)) (, ,) (NP (RB especially) (VBG wielding) (NNS"
           " swords))) (, ,) (VP (VBP have) (VP (VBN marched) (ADVP (RB north)))) (. .)))");
    /* guards: a preposition-like "including"; a reduced relative without an object */
    STR_EQ(S_ptb("The lords , including Elrond , rejected Harad .", "DT NNS , VBG NNP , VBD NNP .",
                 (const int[]){2, 5, 4, 5, 7, 5, 0, 7, 7},
                 "det nsubj punct case obl punct root obj punct"),
           "(ROOT (S (S (NP (DT The) (NNS lords)) (, ,) (S (VP (VBG including))) (VP (NNP"
           " Elrond))) (, ,) (VP (VBD rejected) (NP (NNP Harad))) (. .)))");
    STR_EQ(S_ptb("Gondor , hosting the talks , held in Rohan .", "NNP , VBG DT NNS , VBN IN NNP .",
                 (const int[]){3, 1, 0, 5, 3, 7, 5, 9, 7, 3},
                 "nsubj punct root det obj punct acl case obl punct"),
           "(ROOT (S (NP (NNP Gondor)) (, ,) (VP (VBG hosting) (NP (NP (DT the) (NNS talks)) (,"
           " ,) (VP (VBN held) (PP (IN in) (NP (NNP Rohan)))))) (. .)))");
    /* guards: a condition with its subordinator; a sayer set off in commas; a name set
     * against the subject */
    STR_EQ(S_ptb("The rules , if adopted , would bar banks .", "DT NNS , IN VBN , MD VB NNS .",
                 (const int[]){2, 5, 5, 5, 8, 8, 8, 0, 8, 8},
                 "det nsubj:pass punct mark advcl punct aux root obj punct"),
           "(ROOT (S (S (NP (DT The) (NNS rules)) (, ,) (IN if) (VP (VBN adopted))) (, ,)"
           " (VP (MD would) (VP (VB bar) (NP (NNS banks)))) (. .)))");
    STR_EQ(S_ptb("That , he said , will anger Rohan .", "DT , PRP VBD , MD VB NNP .",
                 (const int[]){4, 1, 4, 7, 7, 7, 0, 7, 7},
                 "obj punct nsubj advcl punct aux root obj punct"),
           "(ROOT (S (S (NP (DT That)) (, ,) (NP (PRP he)) (VP (VBD said))) (, ,) (VP (MD"
           " will) (VP (VB anger) (NP (NNP Rohan)))) (. .)))");
    STR_EQ(S_ptb("Gondor , not Rohan , rules Harad .", "NNP , RB NNP , VBZ NNP .",
                 (const int[]){4, 1, 4, 6, 6, 0, 6, 6},
                 "nsubj punct advmod nsubj punct root obj punct"),
           "(ROOT (S (S (NP (NNP Gondor)) (, ,) (RB not) (VP (NNP Rohan))) (, ,) (VP (VBZ"
           " rules) (NP (NNP Harad))) (. .)))");
}

static void test_ptb_name_clause(void)
{
    /* the first name the root, the clause its conjunct */
    STR_EQ(S_ptb("Gondor and the Rohirrim will open talks .", "NNP CC DT NNPS MD VB NNS .",
                 (const int[]){0, 6, 4, 6, 6, 1, 6, 1}, "root cc det nsubj aux conj obj punct"),
           "(ROOT (S (NP (NP (NNP Gondor)) (CC and) (NP (DT the) (NNPS Rohirrim))) (VP"
           " (MD will) (VP (VB open) (NP (NNS talks)))) (. .)))");
    /* the pair in a "between" phrase of the root noun */
    STR_EQ(S_ptb("The talks between Gondor and the Rohirrim start on Friday",
                 "DT NNS IN NNP CC DT NNPS VBP IN NNP",
                 (const int[]){2, 0, 4, 2, 8, 7, 8, 2, 10, 8},
                 "det root case nmod cc det nsubj conj case obl"),
           "(ROOT (S (NP (NP (DT The) (NNS talks)) (PP (IN between) (NP (NP"
           " (NNP Gondor)) (CC and) (NP (DT the) (NNPS Rohirrim))))) (VP (VBP start) (PP"
           " (IN on) (NP (NNP Friday))))))");
    /* ... or on the name in an "of" phrase of the root: the pair is that phrase's */
    STR_EQ(S_ptb("The king of Gondor and the Rohirrim will meet",
                 "DT NN IN NNP CC DT NNPS MD VB",
                 (const int[]){2, 0, 4, 2, 9, 7, 9, 9, 4},
                 "det root case nmod cc det nsubj aux conj"),
           "(ROOT (S (NP (NP (DT The) (NN king)) (PP (IN of) (NP (NP (NNP Gondor))"
           " (CC and) (NP (DT the) (NNPS Rohirrim))))) (VP (MD will) (VP (VB meet)))))");
    /* reported: the first name a second subject of "said" */
    STR_EQ(S_ptb("Elrond said Gondor and the Rohirrim would meet",
                 "NNP VBD NNP CC DT NNPS MD VB",
                 (const int[]){2, 0, 2, 8, 6, 8, 8, 2},
                 "nsubj root nsubj cc det nsubj aux conj"),
           "(ROOT (S (NP (NNP Elrond)) (VP (VBD said) (SBAR (S (NP (NP (NNP Gondor))"
           " (CC and) (NP (DT the) (NNPS Rohirrim))) (VP (MD would) (VP (VB meet))))))))");
    /* left as the parser read them: a verb before the conjunction (two clauses) ... */
    STR_EQ(S_ptb("Arnor taxed wine and the Rohirrim will protest",
                 "NNP VBD NN CC DT NNPS MD VB",
                 (const int[]){2, 0, 2, 8, 6, 8, 8, 3},
                 "nsubj root obj cc det nsubj aux conj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD taxed) (NP (NP (NN wine)) (CC and) (S (NP"
           " (DT the) (NNPS Rohirrim)) (VP (MD will) (VP (VB protest))))))))");
    /* ... and a verb in -s, which wants a subject of one */
    STR_EQ(S_ptb("Bree lenders and the Shire bank is solvent",
                 "NNP NNS CC DT NNP NN VBZ JJ",
                 (const int[]){2, 0, 8, 6, 6, 8, 8, 2},
                 "compound root cc det compound nsubj cop conj"),
           "(ROOT (NP (NP (NNP Bree) (NNS lenders)) (CC and) (S (NP (DT the) (NNP Shire)"
           " (NN bank)) (VP (VBZ is) (ADJP (JJ solvent))))))");
}

static void test_ptb_repairs(void)
{
    /* a finite verb joined to an infinitive is the second act of the verb the
     * infinitive completes; an infinitive joined to one stays its conjunct */
    STR_EQ(S_ptb("Arnor refused to free Bree and was backed by Gondor",
                 "NNP VBD TO VB NNP CC VBD VBN IN NNP",
                 (const int[]){2, 0, 4, 2, 4, 8, 8, 4, 10, 8},
                 "nsubj root mark xcomp obj cc aux:pass conj case obl:agent"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD refused) (S (VP (TO to) (VP (VB free) (NP "
           "(NNP Bree)))))) (CC and) (VP (VBD was) (VP (VBN backed) (PP (IN by) (NP (NNP "
           "Gondor))))))))");
    STR_EQ(S_ptb("Arnor refused to free Bree and pay Gondor", "NNP VBD TO VB NNP CC VB NNP",
                 (const int[]){2, 0, 4, 2, 4, 7, 4, 7},
                 "nsubj root mark xcomp obj cc conj obj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD refused) (S (VP (TO to) (VP (VP (VB free) (NP "
           "(NNP Bree))) (CC and) (VP (VB pay) (NP (NNP Gondor)))))))))");
    /* "had" read as the verb, its participle a complement: the perfect's auxiliary */
    STR_EQ(S_ptb("Arnor said Gondor had reneged on the pact", "NNP VBD NNP VBD VBN IN DT NN",
                 (const int[]){2, 0, 4, 2, 4, 8, 8, 5},
                 "nsubj root nsubj ccomp xcomp case det obl"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (SBAR (S (NP (NNP Gondor)) (VP (VBD had) "
           "(VP (VBN reneged) (PP (IN on) (NP (DT the) (NN pact))))))))))");
    /* ... not one with an object of its own before the participle ("had Bree arrested") */
    STR_EQ(S_ptb("Arnor had Bree arrested", "NNP VBD NNP VBN", (const int[]){2, 0, 2, 2},
                 "nsubj root obj xcomp"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD had) (NP (NNP Bree)) (S (VP (VBN arrested))))))");
    /* "after a hafling" taken for a PP: the nominal is the subject of "was reported" */
    STR_EQ(S_ptb("Arnor left after a hafling was reported", "NNP VBD IN DT NN VBD VBN",
                 (const int[]){2, 0, 5, 5, 2, 7, 2},
                 "nsubj root case det obl aux:pass advcl"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD left) (SBAR (IN after) (S (NP (DT a) (NN hafling)) "
           "(VP (VBD was) (VP (VBN reported))))))))");
    /* ... or of a verb taken for a conjunct of the main verb, with no conjunction */
    STR_EQ(S_ptb("Arnor left a day after crowds burned it", "NNP VBD DT NN IN NNS VBN PRP",
                 (const int[]){2, 0, 4, 2, 6, 2, 2, 7},
                 "nsubj root det obl:tmod case obl conj obj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD left) (NP (DT a) (NN day)) (SBAR (IN after) "
           "(S (NP (NNS crowds)) (VP (VBN burned) (NP (PRP it))))))))");
    /* ... also when the nominal is in a phrase of the verb's, after a comma */
    STR_EQ(S_ptb("Arnor left Bree on Monday , a day after Gondor signed a pact",
                 "NNP VBD NNP IN NNP , DT NN IN NNP VBD DT NN",
                 (const int[]){2, 0, 2, 5, 2, 8, 8, 5, 10, 8, 2, 13, 11},
                 "nsubj root obj case obl punct det appos case nmod conj det obj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD left) (NP (NNP Bree)) (PP (IN on) (NP (NP (NNP Monday)) "
           "(, ,) (NP (DT a) (NN day)))) (SBAR (IN after) (S (NP (NNP Gondor)) (VP (VBD signed) "
           "(NP (DT a) (NN pact))))))))");
    STR_EQ(S_ptb("Arnor left without a deal , after Gondor demanded it",
                 "NNP VBD IN DT NN , IN NNP VBD PRP", (const int[]){2, 0, 5, 5, 2, 8, 8, 5, 2, 9},
                 "nsubj root case det obl punct case nmod conj obj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD left) (PP (IN without) (NP (DT a) (NN deal))) (, ,) "
           "(SBAR (IN after) (S (NP (NNP Gondor)) (VP (VBD demanded) (NP (PRP it))))))))");
    /* ... but a true conjunct, with its conjunction, stays one */
    STR_EQ(S_ptb("Arnor left after talks and burned it", "NNP VBD IN NNS CC VBD PRP",
                 (const int[]){2, 0, 4, 2, 6, 2, 6}, "nsubj root case obl cc conj obj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD left) (PP (IN after) (NP (NNS talks)))) "
           "(CC and) (VP (VBD burned) (NP (PRP it))))))");
    /* ... but a PP followed by a clause with a subject of its own stays */
    STR_EQ(S_ptb("Arnor left after talks as Gondor was angry",
                 "NNP VBD IN NNS IN NNP VBD JJ", (const int[]){2, 0, 4, 2, 8, 8, 8, 2},
                 "nsubj root case obl mark nsubj cop advcl"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD left) (PP (IN after) (NP (NNS talks))) "
           "(SBAR (IN as) (S (NP (NNP Gondor)) (VP (VBD was) (ADJP (JJ angry))))))))");
    /* a clause of result after a comma, read as one of a participle on the object's
     * noun, is the sentence verb's */
    STR_EQ(S_ptb("Arnor taxed wine made in Bree , prompting Gondor to protest",
                 "NNP VBD NN VBN IN NNP , VBG NNP TO VB",
                 (const int[]){2, 0, 2, 3, 6, 4, 8, 4, 8, 11, 8},
                 "nsubj root obj acl case obl punct advcl obj mark xcomp"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD taxed) (NP (NP (NN wine)) (VP (VBN made) (PP "
           "(IN in) (NP (NNP Bree))))) (, ,) (VP (VBG prompting) (S (NP (NNP Gondor)) (VP (TO "
           "to) (VP (VB protest))))))))");
    /* where a verb's "from" phrase goes, read as a phrase of the "from" noun, is the
     * verb's; a noun's "from ... to" stays the noun's */
    STR_EQ(S_ptb("Arnor flew from Bree to Gondor", "NNP VBD IN NNP IN NNP",
                 (const int[]){2, 0, 4, 2, 6, 4}, "nsubj root case obl case nmod"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD flew) (PP (IN from) (NP (NNP Bree))) (PP (IN to) "
           "(NP (NNP Gondor))))))");
    STR_EQ(S_ptb("Arnor closed the road from Bree to Gondor", "NNP VBD DT NN IN NNP IN NNP",
                 (const int[]){2, 0, 4, 2, 6, 4, 8, 6}, "nsubj root det obj case nmod case nmod"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD closed) (NP (NP (DT the) (NN road)) (PP (IN from) "
           "(NP (NP (NNP Bree)) (PP (IN to) (NP (NNP Gondor)))))))))");
    /* a preposition hung on the verb between two of its subjects: the second is the
     * first's object */
    STR_EQ(S_ptb("Arnor 's raid on Bree drew protests from Gondor .",
                 "NNP POS NN IN NNP VBD NNS IN NNP .", (const int[]){3, 1, 6, 6, 6, 0, 6, 9, 7, 6},
                 "nmod:poss case nsubj mark nsubj root obj case nmod punct"),
           "(ROOT (S (NP (NP (NP (NNP Arnor) (POS 's)) (NN raid)) (PP (IN on) (NP (NNP Bree)))) "
           "(VP (VBD drew) (NP (NP (NNS protests)) (PP (IN from) (NP (NNP Gondor))))) (. .)))");
    /* ... but not a time, nor a determiner left alone */
    STR_EQ(S_ptb("Arnor on Monday drew protests", "NNP IN NNP VBD NNS",
                 (const int[]){4, 4, 4, 0, 4}, "nsubj mark nsubj root obj"),
           "(ROOT (S (NP (NNP Arnor)) (IN on) (NP (NNP Monday)) (VP (VBD drew) (NP (NNS "
           "protests)))))");
    STR_EQ(S_ptb("shares in a Bree firm be sold", "NNS IN DT NNP NN VB VBN",
                 (const int[]){7, 7, 7, 5, 7, 7, 0},
                 "nsubj:pass mark nsubj:pass compound nsubj:pass aux:pass root"),
           "(ROOT (S (NP (NNS shares)) (IN in) (NP (DT a) (NNP Bree) (NN firm)) (VP (VB be) "
           "(VP (VBN sold)))))");
    /* two subjects side by side are one name */
    STR_EQ(S_ptb("The Hermit Kingdom fired shells", "DT NN NNP VBD NNS",
                 (const int[]){2, 4, 4, 0, 4}, "det nsubj nsubj root obj"),
           "(ROOT (S (NP (DT The) (NN Hermit) (NNP Kingdom)) (VP (VBD fired) (NP (NNS shells)))))");
    /* the subordinator hung on the subject marks the clause, with its measure phrase */
    STR_EQ(S_ptb("Arnor left five years after crowds burned it", "NNP VBD CD NNS IN NNS VBD PRP",
                 (const int[]){2, 0, 4, 6, 6, 7, 2, 7},
                 "nsubj root nummod nmod:unmarked case nsubj advcl obj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD left) (SBAR (NP (CD five) (NNS years)) (IN after) "
           "(S (NP (NNS crowds)) (VP (VBD burned) (NP (PRP it))))))))");
    /* "A, B, and C" read as appositions */
    STR_EQ(S_ptb("Mordor , Fornost , and Gondor met", "NNP , NNP , CC NNP VBD",
                 (const int[]){7, 3, 1, 6, 6, 1, 0}, "nsubj punct list punct cc appos root"),
           "(ROOT (S (NP (NNP Mordor) (, ,) (NNP Fornost) (, ,) (CC and) (NNP Gondor)) "
           "(VP (VBD met))))");
    /* "..., the agency WFNA said." read as a relative clause of "agency" */
    STR_EQ(S_ptb("Arnor met Gondor , the agency WFNA said .", "NNP VBD NNP , DT NN NNP VBD .",
                 (const int[]){2, 0, 2, 6, 6, 3, 8, 6, 2},
                 "nsubj root obj punct det appos nsubj acl:relcl punct"),
           "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor)))) (, ,) "
           "(NP (DT the) (NN agency) (NNP WFNA)) (VP (VBD said)) (. .)))");
    /* what a verb of saying says, read as a clause of the noun of its phrase ("said in
     * a statement that ..."), is the verb's: "that" as the clause's object, or its mark */
    STR_EQ(S_ptb("Arnor said in a statement that Gondor attacked Rohan .",
                 "NNP VBD IN DT NN WDT NNP VBD NNP .", (const int[]){2, 0, 5, 5, 2, 8, 8, 5, 8, 2},
                 "nsubj root case det obl obj nsubj acl:relcl obj punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (PP (IN in) (NP (DT a) (NN statement))) "
           "(SBAR (WDT that) (S (NP (NNP Gondor)) (VP (VBD attacked) (NP (NNP Rohan)))))) (. .)))");
    STR_EQ(S_ptb("Arnor confirmed during a briefing that Gondor is arming Rohan .",
                 "NNP VBD IN DT NN IN NNP VBZ VBG NNP .",
                 (const int[]){2, 0, 5, 5, 2, 9, 9, 9, 5, 9, 2},
                 "nsubj root case det obl mark nsubj aux acl obj punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD confirmed) (PP (IN during) (NP (DT a) (NN "
           "briefing))) (SBAR (IN that) (S (NP (NNP Gondor)) (VP (VBZ is) (VP (VBG arming) (NP "
           "(NNP Rohan))))))) (. .)))");
    /* ... but not a relative clause that "that" is the object of */
    STR_EQ(S_ptb("Arnor said in a statement that Gondor issued .", "NNP VBD IN DT NN WDT NNP VBD .",
                 (const int[]){2, 0, 5, 5, 2, 8, 8, 5, 2},
                 "nsubj root case det obl obj nsubj acl:relcl punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (PP (IN in) (NP (NP (DT a) (NN statement)) "
           "(SBAR (WHNP (WDT that)) (S (NP (NNP Gondor)) (VP (VBD issued))))))) (. .)))");
    /* ... but a real relative clause stays */
    STR_EQ(S_ptb("Arnor met the man Gondor named", "NNP VBD DT NN NNP VBD",
                 (const int[]){2, 0, 4, 2, 6, 4}, "nsubj root det obj nsubj acl:relcl"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NP (DT the) (NN man)) "
           "(SBAR (S (NP (NNP Gondor)) (VP (VBD named))))))))");
    /* a punctuation mark heading the object */
    STR_EQ(S_ptb("Arnor closed the roads .", "NNP VBD DT NNS .", (const int[]){2, 0, 4, 5, 2},
                 "nsubj root det nsubj punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD closed) (NP (DT the) (NNS roads))) (. .)))");
    /* a date on the object belongs to the verb */
    STR_EQ(S_ptb("Arnor signed an accord on Thursday", "NNP VBD DT NN IN NNP",
                 (const int[]){2, 0, 4, 2, 6, 4}, "nsubj root det obj case nmod"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD signed) (NP (DT an) (NN accord)) "
           "(PP (IN on) (NP (NNP Thursday))))))");
    /* a fronted phrase set off by a comma and hung on the subject is the verb's, the
     * comma its own or the subject's */
    STR_EQ(S_ptb("On Monday , the king of Gondor warned Rohan", "IN NNP , DT NN IN NNP VBD NNP",
                 (const int[]){2, 5, 2, 5, 8, 7, 5, 0, 8},
                 "case obl punct det nsubj case nmod root obj"),
           "(ROOT (S (PP (IN On) (NP (NNP Monday))) (, ,) (NP (NP (DT the) (NN king)) (PP (IN of) "
           "(NP (NNP Gondor)))) (VP (VBD warned) (NP (NNP Rohan)))))");
    STR_EQ(S_ptb("In Bree , the king of Gondor warned Rohan", "IN NNP , DT NN IN NNP VBD NNP",
                 (const int[]){2, 5, 5, 5, 8, 7, 5, 0, 8},
                 "case nmod punct det nsubj case nmod root obj"),
           "(ROOT (S (PP (IN In) (NP (NNP Bree))) (, ,) (NP (NP (DT the) (NN king)) (PP (IN of) "
           "(NP (NNP Gondor)))) (VP (VBD warned) (NP (NNP Rohan)))))");
    /* ... but with no comma the parser's reading stands */
    STR_EQ(S_ptb("In Bree the king of Gondor warned Rohan", "IN NNP DT NN IN NNP VBD NNP",
                 (const int[]){2, 4, 4, 7, 6, 4, 0, 7},
                 "case nmod det nsubj case nmod root obj"),
           "(ROOT (S (NP (NP (PP (IN In) (NP (NNP Bree))) (DT the) (NN king)) (PP (IN of) (NP "
           "(NNP Gondor)))) (VP (VBD warned) (NP (NNP Rohan)))))");
    /* a participle with a subject of its own is the verb */
    STR_EQ(S_ptb("Russian police arrested students", "JJ NN VBN NNS",
                 (const int[]){2, 3, 4, 0}, "amod nsubj amod root"),
           "(ROOT (S (NP (JJ Russian) (NN police)) (VP (VBN arrested) (NP (NNS students)))))");
    /* a second PP after a noun goes to the nearer noun */
    STR_EQ(S_ptb("the closure of houses in Bree", "DT NN IN NNS IN NNP",
                 (const int[]){2, 0, 4, 2, 6, 2}, "det root case nmod case nmod"),
           "(ROOT (NP (NP (DT the) (NN closure)) (PP (IN of) (NP (NP (NNS houses)) "
           "(PP (IN in) (NP (NNP Bree)))))))");
    /* ... but whom one meets "with" is no part of a named place: the verb's */
    STR_EQ(S_ptb("Gondor held talks in Bree with Arnor", "NNP VBD NNS IN NNP IN NNP",
                 (const int[]){2, 0, 2, 5, 3, 7, 3}, "nsubj root obj case nmod case nmod"),
           "(ROOT (S (NP (NNP Gondor)) (VP (VBD held) (NP (NP (NNS talks)) (PP (IN in) (NP "
           "(NNP Bree)))) (PP (IN with) (NP (NNP Arnor))))))");
    /* two coordinated names before a noun, the second read as a modifier with a
     * conjunction of its own, are conjuncts; common nouns are left as the parser read
     * them */
    STR_EQ(S_ptb("Arnorian and Rohirric leaders met", "JJ CC NNP NNS VBD",
                 (const int[]){4, 3, 4, 5, 0}, "amod cc compound nsubj root"),
           "(ROOT (S (NP (ADJP (ADJP (JJ Arnorian)) (CC and) (NP (NNP Rohirric))) (NNS "
           "leaders)) (VP (VBD met))))");
    STR_EQ(S_ptb("finance and economy ministers met", "NN CC NN NNS VBD",
                 (const int[]){4, 3, 4, 5, 0}, "compound cc compound nsubj root"),
           "(ROOT (S (NP (NN finance) (NP (CC and) (NP (NN economy))) (NNS ministers)) (VP "
           "(VBD met))))");
    /* a nationality the parser took for a subject or an adverb modifies the name */
    /* two adjectives read as subjects side by side, the second a noun ("military") */
    STR_EQ(S_ptb("The Pakistani military killed militants", "DT JJ JJ VBD NNS",
                 (const int[]){4, 4, 4, 0, 4}, "det nsubj nsubj root obj"),
           "(ROOT (S (NP (DT The) (JJ Pakistani) (JJ military)) (VP (VBD killed) "
           "(NP (NNS militants)))))");
    STR_EQ(S_ptb("Turkish President Erdogan visited Cairo", "JJ NNP NNP VBD NNP",
                 (const int[]){4, 3, 4, 0, 4}, "nsubj nmod:desc nsubj root obj"),
           "(ROOT (S (NP (JJ Turkish) (NNP President) (NNP Erdogan)) (VP (VBD visited) "
           "(NP (NNP Cairo)))))");
    STR_EQ(S_ptb("Rubio and Russian Foreign Minister Lavrov met", "NNP CC JJ NNP NNP NNP VBD",
                 (const int[]){7, 3, 1, 5, 6, 1, 0}, "nsubj cc conj amod nmod:desc appos root"),
           "(ROOT (S (NP (NP (NNP Rubio)) (CC and) (NP (JJ Russian) (NNP Foreign) "
           "(NNP Minister) (NNP Lavrov))) (VP (VBD met))))");
    /* ... and the words of the name that the parser hung on the first conjunct come
     * with the title: not "(NP Rohirric King) (NP Theoden) (NP Thengel)" */
    STR_EQ(S_ptb("King Elessar and Rohirric King Theoden Thengel met",
                 "NNP NNP CC JJ NNP NNP NNP VBD", (const int[]){2, 8, 4, 2, 2, 2, 2, 0},
                 "nmod:desc nsubj cc conj flat flat flat root"),
           "(ROOT (S (NP (NP (NNP King) (NNP Elessar)) (CC and) (NP (JJ Rohirric) (NNP King) "
           "(NNP Theoden) (NNP Thengel))) (VP (VBD met))))");
    /* ... with the adjectives coordinated with it and the preposition hung on it,
       before a common noun, not a name ("Eastern and Southern Africa") */
    STR_EQ(S_ptb("Turkey mediated talks between Russian and Ukrainian delegations",
                 "NNP VBD NNS IN JJ CC JJ NNS", (const int[]){2, 0, 2, 5, 3, 7, 5, 3},
                 "nsubj root obj case nmod cc conj nmod"),
           "(ROOT (S (NP (NNP Turkey)) (VP (VBD mediated) (NP (NP (NNS talks)) (PP (IN between) "
           "(NP (ADJP (ADJP (JJ Russian)) (CC and) (ADJP (JJ Ukrainian))) (NNS delegations)))))))");
    STR_EQ(S_ptb("Turkey criticised Russian and Ukrainian delegations", "NNP VBD JJ CC JJ NNS",
                 (const int[]){2, 0, 2, 5, 3, 2}, "nsubj root xcomp cc conj obj"),
           "(ROOT (S (NP (NNP Turkey)) (VP (VBD criticised) (NP (ADJP (ADJP (JJ Russian)) (CC and) "
           "(ADJP (JJ Ukrainian))) (NNS delegations)))))");
    STR_EQ(S_ptb("Turkey praised Eastern and Southern Africa", "NNP VBD JJ CC JJ NNP",
                 (const int[]){2, 0, 2, 5, 3, 2}, "nsubj root xcomp cc conj obj"),
           "(ROOT (S (NP (NNP Turkey)) (VP (VBD praised) (ADJP (ADJP (JJ Eastern)) (CC and) "
           "(ADJP (JJ Southern))) (NP (NNP Africa)))))");
    /* a list whose first member the parser cut from the coordination of the others:
       beside it on the verb, the others the subject of the noun after them ... */
    STR_EQ(S_ptb("Rohan asked the Blue Mountains , the Iron Hills , Dale and Esgaroth for help",
                 "NNP VBD DT NNP NNPS , DT NNP NNP , NNP CC NNP IN NN",
                 (const int[]){2, 0, 5, 5, 2, 2, 9, 9, 15, 11, 9, 13, 9, 15, 2},
                 "nsubj root det compound iobj punct det compound nsubj punct conj cc conj "
                 "case obl"),
           "(ROOT (S (NP (NNP Rohan)) (VP (VBD asked) (NP (NP (DT the) (NNP Blue) "
           "(NNPS Mountains)) (, ,) (NP (DT the) (NNP Iron) (NNP Hills)) (, ,) (NP (NNP Dale)) "
           "(CC and) (NP (NNP Esgaroth))) (PP (IN for) (NP (NN help))))))");
    /* ... both on the verb, the first with "including", a phrase after the last member
       hung on them (the verb's) ... */
    STR_EQ(S_ptb("Rohan asked four realms , including the Blue Mountains , the Iron Hills , "
                 "Dale and Esgaroth , for help",
                 "NNP VBD CD NNS , VBG DT NNP NNPS , DT NNP NNP , NNP CC NNP , IN NN",
                 (const int[]){2, 0, 4, 2, 9, 9, 9, 9, 2, 13, 13, 13, 2, 15, 13, 17, 13, 20,
                               20, 13},
                 "nsubj root nummod obj punct case det compound obl punct det compound obl "
                 "punct conj cc conj punct case nmod"),
           "(ROOT (S (NP (NNP Rohan)) (VP (VBD asked) (NP (CD four) (NNS realms)) (, ,) "
           "(PP (VBG including) (NP (NP (DT the) (NNP Blue) (NNPS Mountains)) (, ,) (NP (DT the) "
           "(NNP Iron) (NNP Hills)) (, ,) (NP (NNP Dale)) (CC and) (NP (NNP Esgaroth)))) (, ,) "
           "(PP (IN for) (NP (NN help))))))");
    /* ... also when the members before the last ones are each a phrase of the plural
       noun, the last ones its apposition */
    STR_EQ(S_ptb("Rohan asked four realms , including the Blue Mountains , Iron Hills , Dale and "
                 "Esgaroth , for help",
                 "NNP VBD CD NNS , VBG DT NNP NNPS , NNP NNP , NNP CC NNP , IN NN",
                 (const int[]){2, 0, 4, 2, 9, 9, 9, 9, 4, 12, 12, 4, 14, 4, 16, 14, 19, 19, 2},
                 "nsubj root nummod obl punct case det compound nmod punct compound nmod punct "
                 "appos cc conj punct case obl"),
           "(ROOT (S (NP (NNP Rohan)) (VP (VBD asked) (NP (NP (CD four) (NNS realms)) (, ,) (PP "
           "(VBG including) (NP (NP (DT the) (NNP Blue) (NNPS Mountains)) (, ,) (NP (NNP Iron) "
           "(NNP Hills)) (, ,) (NP (NNP Dale)) (CC and) (NP (NNP Esgaroth))))) (, ,) (PP (IN for) "
           "(NP (NN help))))))");
    /* ... but not after a dash, which sets off who the phrase before it is */
    STR_EQ(S_ptb("Rohan thanked the Blue Mountains -- Dale and Esgaroth",
                 "NNP VBD DT NNP NNPS , NNP CC NNP", (const int[]){2, 0, 5, 5, 2, 7, 2, 9, 7},
                 "nsubj root det compound obj punct obj cc conj"),
           "(ROOT (S (NP (NNP Rohan)) (VP (VBD thanked) (NP (DT the) (NNP Blue) (NNPS Mountains)) "
           "(, --) (NP (NNP Dale) (CC and) (NNP Esgaroth)))))");
    /* ... or below the next member as a compound */
    STR_EQ(S_ptb("The Blue Mountains , the Iron Hills , Dale and Esgaroth condemned Rohan",
                 "DT NNP NNPS , DT NNP NNP , NNP CC NNP VBD NNP",
                 (const int[]){3, 3, 7, 3, 7, 7, 12, 9, 7, 11, 7, 0, 12},
                 "det compound compound punct det compound nsubj punct conj cc conj root obj"),
           "(ROOT (S (NP (NP (DT The) (NNP Blue) (NNPS Mountains)) (, ,) (NP (DT the) (NNP Iron) "
           "(NNP Hills)) (, ,) (NP (NNP Dale)) (CC and) (NP (NNP Esgaroth))) (VP (VBD condemned) "
           "(NP (NNP Rohan)))))");
    /* a list cut at a later member's determiner, that member and the ones after it
       hung on the verb, is one list again ... */
    STR_EQ(S_ptb("Rohan expelled envoys from Dale , Esgaroth , Bree , the Iron Hills and Gondor",
                 "NNP VBD NNS IN NNP , NNP , NNP , DT NNP NNPS CC NNP",
                 (const int[]){2, 0, 2, 5, 3, 7, 5, 9, 5, 13, 13, 13, 2, 15, 13},
                 "nsubj root obj case nmod punct conj punct conj punct det compound conj cc "
                 "conj"),
           "(ROOT (S (NP (NNP Rohan)) (VP (VBD expelled) (NP (NP (NNS envoys)) (PP (IN from) (NP "
           "(NP (NNP Dale)) (, ,) (NP (NNP Esgaroth)) (, ,) (NP (NNP Bree)) (, ,) (NP (DT the) "
           "(NNP Iron) (NNPS Hills)) (CC and) (NP (NNP Gondor))))))))");
    /* ... a clause after its last member the verb's ... */
    STR_EQ(S_ptb("Rohan warned Dale , Esgaroth , Bree , the Iron Hills and Gondor against "
                 "raiding its farms",
                 "NNP VBD NNP , NNP , NNP , DT NNP NNPS CC NNP IN VBG PRP$ NNS",
                 (const int[]){2, 0, 2, 5, 3, 7, 3, 11, 11, 11, 2, 13, 11, 15, 11, 17, 15},
                 "nsubj root iobj punct conj punct conj punct det compound obl cc conj mark "
                 "advcl nmod:poss obj"),
           "(ROOT (S (NP (NNP Rohan)) (VP (VBD warned) (NP (NP (NNP Dale)) (, ,) (NP (NNP Esgaroth)) "
           "(, ,) (NP (NNP Bree)) (, ,) (NP (DT the) (NNP Iron) (NNPS Hills)) (CC and) (NP (NNP "
           "Gondor))) (SBAR (IN against) (S (VP (VBG raiding) (NP (PRP$ its) (NNS farms))))))))");
    /* ... but not a second pair after a first */
    STR_EQ(S_ptb("Rohan praised Dale and Esgaroth , the Iron Hills and Gondor",
                 "NNP VBD NNP CC NNP , DT NNP NNPS CC NNP",
                 (const int[]){2, 0, 2, 5, 3, 9, 9, 9, 2, 11, 9},
                 "nsubj root obj cc conj punct det compound conj cc conj"),
           "(ROOT (S (NP (NNP Rohan)) (VP (VP (VBD praised) (NP (NNP Dale) (CC and) (NNP Esgaroth))) "
           "(, ,) (NP (NP (DT the) (NNP Iron) (NNPS Hills)) (CC and) (NP (NNP Gondor))))))");
    /* ... nor a list that hangs on the member itself: made the list's member, it would
       be its own head, and the cycle undid every repair of the sentence (here the
       title's) or, where a later repair walked the heads, never ended (the fuzz seed
       fuzz_ptb/list_tail_cycle) */
    STR_EQ(S_ptb("Rohan called President Telemar a friend of Dale , Esgaroth , the Iron Hills "
                 "and Gondor",
                 "NNP VBD NNP NNP DT NN IN NNP , NNP , DT NNP NNPS CC NNP",
                 (const int[]){2, 0, 2, 2, 6, 2, 8, 14, 10, 8, 14, 14, 14, 6, 16, 14},
                 "nsubj root obj xcomp det xcomp case nmod punct conj punct det compound nmod "
                 "cc conj"),
           "(ROOT (S (NP (NNP Rohan)) (VP (VBD called) (NP (NNP President) (NNP Telemar)) (NP "
           "(NP (DT a) (NN friend)) (NP (NP (PP (IN of) (NP (NNP Dale) (, ,) (NNP Esgaroth))) "
           "(, ,) (NP (DT the) (NNP Iron) (NNPS Hills))) (CC and) (NP (NNP Gondor)))))))");
    /* ... nor reads a list that hangs on the sentence's root noun as the members of a
       verb's phrase: the root has no tag to ask (the fuzz seed fuzz_ptb/list_under_root) */
    OK(!strncmp(S_ptb("Dale , Esgaroth , the Iron Hills and Gondor with peace talks",
                      "NNP , NNP , DT NNP NNP CC NNP RB NN NNS",
                      (const int[]){7, 11, 1, 7, 7, 7, 11, 9, 1, 7, 0, 11},
                      "nmod punct conj punct det compound nsubj cc conj case root obj"),
                "(ROOT (NP (NNP Dale)) (, ,) (PP (NP (NP (NNP Esgaroth))", 40));
    /* the clause of a charge hung on the last of the verb's names is the verb's, also
       once another repair made that name a member ... */
    STR_EQ(S_ptb("Rohan accused Dale and Esgaroth of arming orcs",
                 "NNP VBD NNP CC NNP IN VBG NNS", (const int[]){2, 0, 2, 5, 3, 7, 5, 7},
                 "nsubj root obj cc conj mark acl obj"),
           "(ROOT (S (NP (NNP Rohan)) (VP (VBD accused) (NP (NNP Dale) (CC and) (NNP Esgaroth)) "
           "(SBAR (IN of) (S (VP (VBG arming) (NP (NNS orcs))))))))");
    STR_EQ(S_ptb("Rohan accused Dale and the Iron Hills of arming orcs",
                 "NNP VBD NNP CC DT NNP NNPS IN VBG NNS",
                 (const int[]){2, 0, 2, 7, 7, 7, 2, 9, 7, 9},
                 "nsubj root obj cc det compound conj mark acl obj"),
           "(ROOT (S (NP (NNP Rohan)) (VP (VBD accused) (NP (NP (NNP Dale)) (CC and) (NP (DT the) "
           "(NNP Iron) (NNPS Hills))) (SBAR (IN of) (S (VP (VBG arming) (NP (NNS orcs))))))))");
    /* ... but not a clause of a common noun ("a deeper commitment to ending ...") */
    STR_EQ(S_ptb("Rohan sought peace and the hope of ending raids",
                 "NNP VBD NN CC DT NN IN VBG NNS", (const int[]){2, 0, 2, 6, 6, 3, 8, 6, 8},
                 "nsubj root obj cc det conj mark acl obj"),
           "(ROOT (S (NP (NNP Rohan)) (VP (VBD sought) (NP (NP (NN peace)) (CC and) (NP (NP (DT the) "
           "(NN hope)) (SBAR (IN of) (S (VP (VBG ending) (NP (NNS raids))))))))))");
    /* names after a comma that ends the verb's plural object, read as a conjunct of
       the verb or hung on the full stop, are the object's apposition ... */
    STR_EQ(S_ptb("Rohan praised its allies , Dale and Esgaroth .", "NNP VBD PRP$ NNS , NNP CC NNP .",
                 (const int[]){2, 0, 4, 2, 6, 2, 8, 6, 2},
                 "nsubj root nmod:poss obj punct conj cc conj punct"),
           "(ROOT (S (NP (NNP Rohan)) (VP (VBD praised) (NP (NP (PRP$ its) (NNS allies)) (, ,) "
           "(NP (NNP Dale) (CC and) (NNP Esgaroth)))) (. .)))");
    STR_EQ(S_ptb("Rohan blamed its neighbours , Dale and Esgaroth .",
                 "NNP VBD PRP$ NNS , NNP CC NNP .", (const int[]){2, 0, 4, 2, 6, 9, 8, 6, 2},
                 "nsubj root nmod:poss obj punct nsubj cc conj punct"),
           "(ROOT (S (NP (NNP Rohan)) (VP (VBD blamed) (NP (NP (PRP$ its) (NNS neighbours)) (, ,) "
           "(NP (NNP Dale) (CC and) (NNP Esgaroth)))) (. .)))");
    /* ... but not the last items of a list of the object's, nor names after the object's
       own phrase */
    STR_EQ(S_ptb("Rohan sold spears , shields , Dale and Esgaroth .",
                 "NNP VBD NNS , NNS , NNP CC NNP .", (const int[]){2, 0, 2, 5, 3, 7, 2, 9, 7, 2},
                 "nsubj root obj punct conj punct conj cc conj punct"),
           "(ROOT (S (NP (NNP Rohan)) (VP (VP (VBD sold) (NP (NNS spears) (, ,) (NNS shields))) "
           "(, ,) (NP (NNP Dale) (CC and) (NNP Esgaroth))) (. .)))");
    /* the second word of a conjunct's name, hung on the first conjunct as part of its
       name, is the conjunct's */
    STR_EQ(S_ptb("Arnor pressed Gondor and North Rohan", "NNP VBD NNP CC NNP NNP",
                 (const int[]){2, 0, 2, 5, 3, 3}, "nsubj root obj cc conj flat"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD pressed) (NP (NP (NNP Gondor)) (CC and) (NP "
           "(NNP North) (NNP Rohan))))))");
    /* a place before the subjects is no member */
    STR_EQ(S_ptb("In Minas Tirith , Dale and Esgaroth signed a pact",
                 "IN NNP NNP , NNP CC NNP VBD DT NN", (const int[]){3, 3, 8, 3, 8, 7, 5, 0, 10, 8},
                 "case compound obl punct nsubj cc conj root det obj"),
           "(ROOT (S (PP (IN In) (NP (NNP Minas) (NNP Tirith))) (, ,) (NP (NNP Dale) (CC and) "
           "(NNP Esgaroth)) (VP (VBD signed) (NP (DT a) (NN pact)))))");
    /* "at least" and "at most" are adverbs of their number, no phrase of place in
       the noun phrase */
    STR_EQ(S_ptb("Russian troops killed at least 12 Ukrainian soldiers",
                 "JJ NNS VBD IN JJS CD JJ NNS", (const int[]){2, 3, 0, 5, 6, 8, 8, 3},
                 "amod nsubj root case nmod nummod amod obj"),
           "(ROOT (S (NP (JJ Russian) (NNS troops)) (VP (VBD killed) (NP (QP (ADVP (IN at) "
           "(JJS least)) (CD 12)) (JJ Ukrainian) (NNS soldiers)))))");
    /* an adjective hung on the noun before it, past a comma, is the first of the
       coordinated modifiers after it */
    STR_EQ(S_ptb("Last week , Arnorian and GON leaders signed", "JJ NN , JJ CC NNP NNS VBD",
                 (const int[]){2, 8, 2, 2, 6, 7, 8, 0},
                 "amod obl:unmarked punct amod cc compound nsubj root"),
           "(ROOT (S (NP (JJ Last) (NN week)) (, ,) (NP (ADJP (ADJP (JJ Arnorian)) (CC and) (NP "
           "(NNP GON))) (NNS leaders)) (VP (VBD signed))))");
    /* a noun joined by "and" to the verb is a second object, not a second verb; not
       when a verb with no subject of its own follows it */
    STR_EQ(S_ptb("Iraq attacked a tanker and two Iranian oil sites",
                 "NNP VBD DT NN CC CD JJ NN NNS", (const int[]){2, 0, 4, 2, 9, 9, 9, 9, 2},
                 "nsubj root det obj cc nummod amod compound conj"),
           "(ROOT (S (NP (NNP Iraq)) (VP (VBD attacked) (NP (NP (DT a) (NN tanker)) (CC and) "
           "(NP (CD two) (JJ Iranian) (NN oil) (NNS sites))))))");
    STR_EQ(S_ptb("Exports eased 3 pct and Asian exports dropped 5 pct",
                 "NNS VBD CD NN CC JJ NNS VBD CD NN",
                 (const int[]){2, 0, 4, 2, 7, 7, 2, 2, 10, 8},
                 "nsubj root nummod obj cc amod conj conj nummod obj"),
           "(ROOT (S (S (NP (NNS Exports)) (VP (VBD eased) (NP (CD 3) (NN pct)))) (CC and) (S (NP "
           "(JJ Asian) (NNS exports)) (VP (VBD dropped) (NP (CD 5) (NN pct))))))");
    /* ... so is a name after an indirect object, but not one that modifies the noun
       after it */
    STR_EQ(S_ptb("Rohan asked the Blue Mountains and the Iron Hills for help",
                 "NNP VBD DT NNP NNPS CC DT NNP NNP IN NN",
                 (const int[]){2, 0, 5, 5, 2, 9, 9, 9, 2, 11, 2},
                 "nsubj root det compound iobj cc det compound conj case obl"),
           "(ROOT (S (NP (NNP Rohan)) (VP (VBD asked) (NP (NP (DT the) (NNP Blue) (NNPS "
           "Mountains)) (CC and) (NP (DT the) (NNP Iron) (NNP Hills))) (PP (IN for) (NP (NN "
           "help))))))");
    STR_EQ(S_ptb("Rohan armed itself with Dwarvish and Dale-made spears",
                 "NNP VBD PRP IN JJ CC NNP NNS", (const int[]){2, 0, 2, 5, 3, 7, 2, 2},
                 "nsubj root obj case nmod cc conj obj"),
           "(ROOT (S (NP (NNP Rohan)) (VP (VP (VBD armed) (NP (NP (PRP itself)) (PP (IN with) "
           "(ADJP (JJ Dwarvish))))) (CC and) (NP (NNP Dale-made)) (NP (NNS spears)))))");
    /* a state's name in capitals coordinated with adjectives before a noun is the
       first of its modifiers: read as a subject of the noun, or as an object beside it;
       not a day before ", and" that joins clauses */
    STR_EQ(S_ptb("GON , Rohirric and Arnorian envoys met", "NNP , JJ CC JJ NNS VBD",
                 (const int[]){6, 3, 1, 5, 3, 7, 0}, "nsubj punct conj cc conj nsubj root"),
           "(ROOT (S (NP (NNP GON) (, ,) (JJ Rohirric) (CC and) (JJ Arnorian) (NNS envoys)) "
           "(VP (VBD met))))");
    STR_EQ(S_ptb("Mordor attacked GON , Rohirric and Arnorian ships",
                 "NNP VBD NNP , JJ CC JJ NNS", (const int[]){2, 0, 2, 5, 3, 7, 8, 2},
                 "nsubj root obj punct conj cc amod obl"),
           "(ROOT (S (NP (NNP Mordor)) (VP (VBD attacked) (NP (NNP GON) (, ,) (JJ Rohirric) "
           "(CC and) (JJ Arnorian) (NNS ships)))))");
    STR_EQ(S_ptb("Rohan fell on FRIDAY , and Arnorian envoys wept",
                 "NNP VBD IN NNP , CC JJ NNS VBD", (const int[]){2, 0, 4, 2, 9, 9, 8, 9, 2},
                 "nsubj root case obl punct cc amod nsubj conj"),
           "(ROOT (S (S (NP (NNP Rohan)) (VP (VBD fell) (PP (IN on) (NP (NNP FRIDAY))))) (, ,) "
           "(CC and) (S (NP (JJ Arnorian) (NNS envoys)) (VP (VBD wept)))))");
    /* ... nor the first word of a longer name */
    STR_EQ(S_ptb("Mordor praised GON and Rohirric Riders Guild", "NNP VBD NNP CC JJ NNS NNP",
                 (const int[]){2, 0, 2, 5, 3, 2, 6}, "nsubj root obj cc conj obj appos"),
           "(ROOT (S (NP (NNP Mordor)) (VP (VBD praised) (NP (NNP GON) (CC and) (JJ Rohirric)) "
           "(NP (NP (NNS Riders)) (NP (NNP Guild))))))");
    /* an object after the second of two verbs joined by "and" is the second's */
    STR_EQ(S_ptb("Greek frigates shelled and sank two Turkish boats",
                 "JJ NNS VBD CC VBD CD JJ NNS", (const int[]){2, 3, 0, 5, 3, 8, 8, 3},
                 "amod nsubj root cc conj nummod amod obj"),
           "(ROOT (S (NP (JJ Greek) (NNS frigates)) (VP (VP (VBD shelled)) (CC and) (VP (VBD "
           "sank) (NP (CD two) (JJ Turkish) (NNS boats))))))");
    /* an -ing form of a verb that takes no object, read as the verb of a clause with the
     * noun after it as its object, describes the noun, the object of the verb before */
    STR_EQ(S_ptb("Gondorian troops were pursuing retreating Arnorian riders near Annuminas",
                 "JJ NNS VBD VBG VBG JJ NNS IN NNP", (const int[]){2, 4, 4, 0, 4, 7, 5, 9, 5},
                 "amod nsubj aux root xcomp amod obj case obl"),
           "(ROOT (S (NP (JJ Gondorian) (NNS troops)) (VP (VBD were) (VP (VBG pursuing) (NP "
           "(VBG retreating) (JJ Arnorian) (NNS riders)) (PP (IN near) (NP (NNP Annuminas)))))))");
    /* ... not one that takes an object */
    STR_EQ(S_ptb("Gondor began attacking Arnorian riders", "NNP VBD VBG JJ NNS",
                 (const int[]){2, 0, 2, 5, 3}, "nsubj root xcomp amod obj"),
           "(ROOT (S (NP (NNP Gondor)) (VP (VBD began) (S (VP (VBG attacking) (NP (JJ Arnorian) "
           "(NNS riders)))))))");
    /* "visiting" after a determiner, read as a verb with the guest its object, describes
     * the guest: the object of the verb before the determiner ... */
    STR_EQ(S_ptb("Gondor received the visiting Arnorian envoy in Minas .",
                 "NNP VBD DT VBG JJ NN IN NNP .", (const int[]){2, 0, 9, 9, 6, 4, 8, 4, 2},
                 "nsubj root det csubj amod obj case obl punct"),
           "(ROOT (S (NP (NNP Gondor)) (VP (VBD received) (NP (DT the) (VBG visiting) (JJ "
           "Arnorian) (NN envoy)) (PP (IN in) (NP (NNP Minas)))) (. .)))");
    /* ... or, opening the sentence, the subject of the verb it was the subject of */
    STR_EQ(S_ptb("The visiting Arnorian envoy met Aragorn .", "DT VBG JJ NN VBD NNP .",
                 (const int[]){5, 5, 4, 2, 0, 5, 5}, "det csubj amod obj root obj punct"),
           "(ROOT (S (NP (DT The) (VBG visiting) (JJ Arnorian) (NN envoy)) (VP (VBD met) (NP "
           "(NNP Aragorn))) (. .)))");
    /* a gerund that opens the sentence is no auxiliary of the verb after it: its subject */
    STR_EQ(S_ptb("Fighting broke out between Armenia and Azerbaijan",
                 "VBG VBD RP IN NNP CC NNP", (const int[]){2, 0, 2, 5, 2, 7, 5},
                 "aux:pass root compound:prt case obl cc conj"),
           "(ROOT (S (S (VP (VBG Fighting))) (VP (VBD broke) (RP out) (PP (IN between) (NP (NNP "
           "Armenia) (CC and) (NNP Azerbaijan))))))");
    /* a bare noun before the subject is part of its name */
    STR_EQ(S_ptb("Russian envoy Vassily Nebenzia dismissed it", "JJ NN NNP NNP VBD PRP",
                 (const int[]){2, 5, 5, 3, 0, 5}, "amod obj nsubj flat root obj"),
           "(ROOT (S (NP (JJ Russian) (NN envoy) (NNP Vassily) (NNP Nebenzia)) "
           "(VP (VBD dismissed) (NP (PRP it)))))");
    /* ... but not a relative pronoun before it */
    STR_EQ(S_ptb("the evidence that the group presented", "DT NN WDT DT NN VBD",
                 (const int[]){2, 0, 6, 5, 6, 2}, "det root obj det nsubj acl:relcl"),
           "(ROOT (NP (NP (DT the) (NN evidence)) (SBAR (WHNP (WDT that)) (S (NP (DT the) "
           "(NN group)) (VP (VBD presented))))))");
    /* ... but not a time before it, with or without a comma */
    STR_EQ(S_ptb("Last week , Gondor officials met", "JJ NN , NNP NNS VBD",
                 (const int[]){2, 6, 2, 5, 6, 0}, "amod obl:unmarked punct compound nsubj root"),
           "(ROOT (S (NP (JJ Last) (NN week)) (, ,) (NP (NNP Gondor) (NNS officials)) "
           "(VP (VBD met))))");
    STR_EQ(S_ptb("Earlier this month Arnor hosted Erdogan", "RBR DT NN NNP VBD NNP",
                 (const int[]){3, 3, 5, 5, 0, 5}, "advmod det obl:npmod nsubj root obj"),
           "(ROOT (S (NP (RBR Earlier) (DT this) (NN month)) (NP (NNP Arnor)) "
           "(VP (VBD hosted) (NP (NNP Erdogan)))))");
    /* subjects with a conjunction between them, all hung on the verb, are coordinated */
    STR_EQ(S_ptb("Arnor and Gondor signed a pact", "NNP CC NNP VBD DT NN",
                 (const int[]){4, 4, 4, 0, 6, 4}, "nsubj cc nsubj root det obj"),
           "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD signed) "
           "(NP (DT a) (NN pact)))))");
    /* ... also after a "both" and with an adjective between them that the parser hung
     * on the verb */
    STR_EQ(S_ptb("Both Arnor and outgoing Gondor leader Faramir spoke", "DT NNP CC JJ NNP NN NNP VBD",
                 (const int[]){8, 8, 8, 8, 6, 7, 8, 0},
                 "nsubj nsubj cc advcl compound compound nsubj root"),
           "(ROOT (S (NP (NP (DT Both) (NNP Arnor)) (CC and) (NP (JJ outgoing) (NNP Gondor) "
           "(NN leader) (NNP Faramir))) (VP (VBD spoke))))");
    /* a possessor takes no preposition: one the parser gave it is its noun's, also when
     * the parser hung both beside each other */
    STR_EQ(S_ptb("Rohan fought with the Gondor ' allies", "NNP VBD IN DT NNP POS NNS",
                 (const int[]){2, 0, 5, 5, 7, 5, 2}, "nsubj root case det nmod:poss case obl"),
           "(ROOT (S (NP (NNP Rohan)) (VP (VBD fought) (PP (IN with) (NP (NP (DT the) (NNP Gondor) "
           "(POS ')) (NNS allies))))))");
    STR_EQ(S_ptb("Arnor waged a fight with Gondor ' allies", "NNP VBD DT NN IN NNP POS NNS",
                 (const int[]){2, 0, 4, 2, 6, 4, 6, 4}, "nsubj root det obj case nmod case nmod"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD waged) (NP (NP (DT a) (NN fight)) (PP (IN with) (NP "
           "(NP (NNP Gondor) (POS ')) (NNS allies)))))))");
    /* a name hung on the verb after a dash that closes its noun phrase is its apposition;
     * not after a comma, where it may be a conjunct */
    STR_EQ(S_ptb("Arnor fought the allies -- Rohan and Gondor -- today",
                 "NNP VBD DT NNS , NNP CC NNP , NN",
                 (const int[]){2, 0, 4, 2, 6, 2, 8, 6, 6, 2},
                 "nsubj root det obj punct obl cc conj punct obl:tmod"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD fought) (NP (NP (DT the) (NNS allies)) (, --) (NP "
           "(NNP Rohan) (CC and) (NNP Gondor)) (, --)) (NP (NN today)))))");
    STR_EQ(S_ptb("Arnor met the allies , Rohan and Gondor", "NNP VBD DT NNS , NNP CC NNP",
                 (const int[]){2, 0, 4, 2, 6, 2, 8, 6},
                 "nsubj root det obj punct obl cc conj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (DT the) (NNS allies)) (, ,) (NP (NNP Rohan) "
           "(CC and) (NNP Gondor)))))");
    /* a possessive hung beside the noun after it is that noun's possessor */
    STR_EQ(S_ptb("Faramir , Gondor 's new steward , left", "NNP , NNP POS JJ NN , VBD",
                 (const int[]){8, 3, 1, 3, 6, 1, 1, 0},
                 "nsubj punct appos case amod appos punct root"),
           "(ROOT (S (NP (NP (NNP Faramir)) (, ,) (NP (NP (NNP Gondor) (POS 's)) (JJ new) "
           "(NN steward)) (, ,)) (VP (VBD left))))");
    STR_EQ(S_ptb("Arnor 's Elessar and Gondor 's Faramir met", "NNP POS NNP CC NNP POS NNP VBD",
                 (const int[]){3, 1, 8, 5, 3, 5, 3, 0},
                 "nmod:poss case nsubj cc conj case conj root"),
           "(ROOT (S (NP (NP (NP (NNP Arnor) (POS 's)) (NNP Elessar)) (CC and) (NP (NP (NNP Gondor) "
           "(POS 's)) (NNP Faramir))) (VP (VBD met))))");
    /* a verbless sentence whose past form the parser read as an adjective has it as
     * its verb ("at first" a PP of its own); not so a noun phrase ("the newly elected
     * steward") */
    STR_EQ(S_ptb("Arnor at first imposed tariffs on Gondor", "NNP IN RB VBN NNS IN NNP",
                 (const int[]){0, 5, 4, 5, 1, 7, 5}, "root case advmod amod nmod case nmod"),
           "(ROOT (S (NP (NNP Arnor)) (PP (IN at) (ADVP (RB first))) (VP (VBN imposed) (NP (NP "
           "(NNS tariffs)) (PP (IN on) (NP (NNP Gondor)))))))");
    STR_EQ(S_ptb("Arnor and Gondor elevated ties .", "NNP CC NNP VBN NNS .",
                 (const int[]){5, 3, 1, 5, 0, 5}, "nsubj cc conj amod root punct"),
           "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBN elevated) (NP (NNS "
           "ties))) (. .)))");
    /* the sentence's verb read as a conjunct of its subject's relative clause */
    STR_EQ(S_ptb("Arnor , which fears the storm , closed the gate .",
                 "NNP , WDT VBZ DT NN , VBD DT NN .",
                 (const int[]){0, 4, 4, 1, 6, 4, 8, 4, 10, 8, 1},
                 "root punct nsubj acl:relcl det obj punct conj det obj punct"),
           "(ROOT (S (NP (NP (NNP Arnor)) (, ,) (SBAR (WHNP (WDT which)) (S (VP (VBZ fears) (NP "
           "(DT the) (NN storm)))))) (, ,) (VP (VBD closed) (NP (DT the) (NN gate))) (. .)))");
    /* the pronoun the clause's object, the verb tagged a participle */
    STR_EQ(S_ptb("Arnor , which Gondor struck , retaliated with raids .",
                 "NNP , WDT NNP VBD , VBN IN NNS .",
                 (const int[]){0, 5, 5, 5, 1, 7, 5, 9, 7, 1},
                 "root punct obj nsubj acl:relcl punct conj case obl punct"),
           "(ROOT (S (NP (NP (NNP Arnor)) (, ,) (SBAR (WHNP (WDT which)) (S (NP (NNP Gondor)) (VP "
           "(VBD struck))))) (, ,) (VP (VBN retaliated) (PP (IN with) (NP (NNS raids)))) (. .)))");
    /* the verb after the comma that closes the subject's apposition, read as a
     * participle of the apposition */
    STR_EQ(S_ptb("Arnor , or the North , quickly closed the gate .",
                 "NNP , CC DT NNP , RB VBN DT NN .",
                 (const int[]){0, 5, 5, 5, 1, 8, 8, 5, 10, 8, 1},
                 "root punct cc det conj punct advmod acl det obj punct"),
           "(ROOT (S (NP (NP (NNP Arnor)) (, ,) (CC or) (NP (DT the) (NNP North))) (, ,) (ADVP (RB "
           "quickly)) (VP (VBN closed) (NP (DT the) (NN gate))) (. .)))");
    /* not when it has a conjunction ("which fears the storm and closed the gate") */
    STR_EQ(S_ptb("Arnor , which fears the storm and closed the gate .",
                 "NNP , WDT VBZ DT NN CC VBD DT NN .",
                 (const int[]){0, 4, 4, 1, 6, 4, 8, 4, 10, 8, 1},
                 "root punct nsubj acl:relcl det obj cc conj det obj punct"),
           "(ROOT (NP (NP (NNP Arnor)) (, ,) (SBAR (WHNP (WDT which)) (S (VP (VP (VBZ fears) (NP "
           "(DT the) (NN storm))) (CC and) (VP (VBD closed) (NP (DT the) (NN gate)))))) (. .)))");
    STR_EQ(S_ptb("the newly elected steward", "DT RB VBN NN", (const int[]){4, 3, 4, 0},
                 "det advmod amod root"),
           "(ROOT (NP (DT the) (ADJP (RB newly) (VBN elected)) (NN steward)))");
    /* a subject after an opening phrase read as an apposition or conjunct of the
     * phrase's last noun is the subjectless root verb's, with the time phrase between */
    STR_EQ(S_ptb("In a move that angered Arnor , Gondor last year signed a pact .",
                 "IN DT NN WDT VBD NNP , NNP JJ NN VBD DT NN .",
                 (const int[]){3, 3, 11, 5, 3, 5, 8, 6, 10, 5, 0, 13, 11, 11},
                 "case det obl nsubj acl:relcl obj punct conj amod obl:unmarked root det obj "
                 "punct"),
           "(ROOT (S (PP (IN In) (NP (NP (DT a) (NN move)) (SBAR (WHNP (WDT that)) (S (VP "
           "(VBD angered) (NP (NNP Arnor)) (, ,)))))) (NP (NNP Gondor)) (NP (JJ last) (NN "
           "year)) (VP (VBD signed) (NP (DT a) (NN pact))) (. .)))");
    /* ... and the heads the tree was drawn from say so, for modality and dates */
    INT_EQ(S_heads[7], 11);
    INT_EQ(S_heads[9], 11);
    STR_EQ(S_ptb("On Monday , Gondor 's steward Faramir , known as the Wise , met Elessar .",
                 "IN NNP , NNP POS NN NNP , VBN IN DT NNP , VBD NNP .",
                 (const int[]){2, 14, 7, 7, 4, 7, 2, 9, 7, 12, 12, 9, 2, 0, 14, 14},
                 "case obl punct nmod:poss case compound appos punct acl case det obl punct "
                 "root obj punct"),
           "(ROOT (S (PP (IN On) (NP (NNP Monday))) (, ,) (NP (NP (NP (NNP Gondor) (POS "
           "'s)) (NN steward) (NNP Faramir)) (, ,) (VP (VBN known) (PP (IN as) (NP (DT "
           "the) (NNP Wise))))) (, ,) (VP (VBD met) (NP (NNP Elessar))) (. .)))");
    /* ... and so is a name read, without a comma, as an apposition of the noun of an
     * opening phrase */
    STR_EQ(S_ptb("With this move Elessar has made a mistake", "IN DT NN NNP VBZ VBN DT NN",
                 (const int[]){3, 3, 6, 3, 6, 0, 8, 6},
                 "case det obl appos aux root det obj"),
           "(ROOT (S (PP (IN With) (NP (DT this) (NN move))) (NP (NNP Elessar)) (VP (VBZ "
           "has) (VP (VBN made) (NP (DT a) (NN mistake))))))");
    /* ... and a subject before a copula ("is to") */
    STR_EQ(S_ptb("Under the pact signed by Arnor , Gondor is to free the captives",
                 "IN DT NN VBN IN NNP , NNP VBZ TO VB DT NNS",
                 (const int[]){3, 3, 11, 3, 6, 4, 8, 6, 11, 11, 0, 13, 11},
                 "case det obl acl case obl:agent punct conj cop mark root det obj"),
           "(ROOT (S (PP (IN Under) (NP (NP (DT the) (NN pact)) (VP (VBN signed) (PP (IN "
           "by) (NP (NNP Arnor))) (, ,)))) (NP (NNP Gondor)) (VP (VBZ is) (S (VP (TO to) (VP "
           "(VB free) (NP (DT the) (NNS captives))))))))");
    /* "is to" of a plan is the copula's infinitive clause, with its verb's phrases; not
     * after a subject that names an aim ("the goal is to free them" says what it is) */
    STR_EQ(S_ptb("Gondor is to free the captives in Annuminas .", "NNP VBZ TO VB DT NNS IN NNP .",
                 (const int[]){4, 4, 4, 0, 6, 4, 8, 4, 4},
                 "nsubj cop mark root det obj case obl punct"),
           "(ROOT (S (NP (NNP Gondor)) (VP (VBZ is) (S (VP (TO to) (VP (VB free) (NP (DT the) "
           "(NNS captives)) (PP (IN in) (NP (NNP Annuminas))))))) (. .)))");
    STR_EQ(S_ptb("The goal is to free the captives .", "DT NN VBZ TO VB DT NNS .",
                 (const int[]){2, 5, 5, 5, 0, 7, 5, 5}, "det nsubj cop mark root det obj punct"),
           "(ROOT (S (NP (DT The) (NN goal)) (VP (VBZ is) (X (TO to) (VB free) (NP (DT the) "
           "(NNS captives)))) (. .)))");
    /* ... and a list of names ("Elessar and Faramir") as a whole */
    STR_EQ(S_ptb("During a meeting with Gondor , Elessar and Faramir raised trade .",
                 "IN DT NN IN NNP , NNP CC NNP VBD NN .",
                 (const int[]){3, 3, 10, 5, 3, 7, 5, 9, 7, 0, 10, 10},
                 "case det obl case nmod punct conj cc conj root obj punct"),
           "(ROOT (S (PP (IN During) (NP (NP (DT a) (NN meeting)) (PP (IN with) (NP (NNP "
           "Gondor))) (, ,))) (NP (NNP Elessar) (CC and) (NNP Faramir)) (VP (VBD raised) (NP "
           "(NN trade))) (. .)))");
    /* ... and the parser's subject that a preposition opens is the opening phrase */
    STR_EQ(S_ptb("After talks with Gondor , Elessar said it was over .",
                 "IN NNS IN NNP , NNP VBD PRP VBD JJ .",
                 (const int[]){2, 7, 4, 2, 6, 4, 0, 10, 10, 7, 7},
                 "case nsubj case nmod punct conj root nsubj cop ccomp punct"),
           "(ROOT (S (PP (IN After) (NP (NP (NNS talks)) (PP (IN with) (NP (NNP Gondor))) (, "
           ",))) (NP (NNP Elessar)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (VBD was) (ADJP "
           "(JJ over)))))) (. .)))");
    /* ... and the subject a participle took as a vocative, with the day between */
    STR_EQ(S_ptb("Accusing Arnor of raiding , Gondor yesterday said it would close the pass .",
                 "VBG NNP IN NN , NNP NN VBD PRP MD VB DT NN .",
                 (const int[]){8, 1, 4, 2, 6, 1, 1, 0, 11, 11, 8, 13, 11, 8},
                 "advcl obj case nmod punct vocative obl:unmarked root nsubj aux ccomp det "
                 "obj punct"),
           "(ROOT (S (VP (VBG Accusing) (NP (NP (NNP Arnor)) (PP (IN of) (NP (NN raiding))))) "
           "(, ,) (NP (NNP Gondor)) (NP (NN yesterday)) (VP (VBD said) (SBAR (S (NP (PRP it)) "
           "(VP (MD would) (VP (VB close) (NP (DT the) (NN pass))))))) (. .)))");
    INT_EQ(S_heads[5], 8);
    /* ... and past the day's preposition ("on Tuesday") */
    STR_EQ(S_ptb("Accusing Arnor of raiding , Gondor on Tuesday said it would close the pass .",
                 "VBG NNP IN NN , NNP IN NNP VBD PRP MD VB DT NN .",
                 (const int[]){9, 1, 4, 2, 6, 1, 8, 1, 0, 12, 12, 9, 14, 12, 9},
                 "advcl obj case nmod punct vocative case obl root nsubj aux ccomp det obj "
                 "punct"),
           "(ROOT (S (VP (VBG Accusing) (NP (NP (NNP Arnor)) (PP (IN of) (NP (NN raiding))))) "
           "(, ,) (NP (NNP Gondor)) (PP (IN on) (NP (NNP Tuesday))) (VP (VBD said) (SBAR (S "
           "(NP (PRP it)) (VP (MD would) (VP (VB close) (NP (DT the) (NN pass))))))) (. .)))");
    /* ... and a name with its description in commas: the name, not the description */
    STR_EQ(S_ptb("Speaking to reporters in Ankara , Turkish Foreign Minister Kemal Arslan , a "
                 "former army chief , criticized Greece .",
                 "VBG IN NNS IN NNP , JJ NNP NNP NNP NNP , DT JJ NN NN , VBD NNP .",
                 (const int[]){18, 3, 1, 5, 1, 9, 9, 9, 10, 1, 10, 16, 16, 16, 16, 10, 1, 0, 18,
                               18},
                 "advcl case obl case obl punct amod amod nmod:desc obl flat punct det amod "
                 "compound appos punct root obj punct"),
           "(ROOT (S (VP (VBG Speaking) (PP (IN to) (NP (NNS reporters))) (PP (IN in) (NP (NNP "
           "Ankara)))) (, ,) (NP (NP (JJ Turkish) (NNP Foreign) (NNP Minister) (NNP Kemal) (NNP "
           "Arslan)) (, ,) (NP (DT a) (JJ former) (NN army) (NN chief))) (, ,) (VP (VBD "
           "criticized) (NP (NNP Greece))) (. .)))");
    /* ... and the one "According to" took as a flat part of its name */
    STR_EQ(S_ptb("According to Westernesse , Elessar thanked Faramir for his help .",
                 "VBG IN NNP , NNP VBD NNP IN PRP$ NN .",
                 (const int[]){3, 1, 6, 3, 3, 0, 6, 10, 10, 6, 6},
                 "case fixed obl punct flat root obj case nmod:poss obl punct"),
           "(ROOT (S (PP (S (VP (VBG According) (IN to))) (NP (NNP Westernesse))) (, ,) (NP "
           "(NNP Elessar)) (VP (VBD thanked) (NP (NNP Faramir)) (PP (IN for) (NP (PRP$ his) "
           "(NN help)))) (. .)))");
    /* ... and one whose own phrase ends in a list the parser hung elsewhere */
    S_ptb("In a letter to the council , the group , led by Elessar and Faramir , said it "
          "sold its shares .",
          "IN DT NN IN DT NN , DT NN , VBN IN NNP CC NNP , VBD PRP VBD PRP$ NNS .",
          (const int[]){3, 3, 17, 6, 6, 3, 9, 9, 3, 11, 9, 13, 11, 15, 13, 3, 0, 19, 17, 21, 19,
                        17},
          "case det obl case det nmod punct det conj punct acl case obl:agent cc conj punct "
          "root nsubj ccomp nmod:poss obj punct");
    INT_EQ(S_heads[8], 17);
    /* ... not a description after a name in the opening phrase, its apposition */
    S_ptb("In the northern lands , Arnor , a kingdom of men , was expected to grow .",
          "IN DT JJ NNS , NNP , DT NN IN NNS , VBD VBN TO VB .",
          (const int[]){4, 4, 4, 14, 4, 4, 9, 9, 4, 11, 9, 4, 14, 0, 16, 14, 14},
          "case det amod obl punct nmod punct det conj case nmod punct aux:pass root mark "
          "xcomp punct");
    INT_EQ(S_heads[8], 4);
    /* ... and a common noun ("the Gondorian envoy"), past the verb's own adverb, in a
     * clause a later verb of saying tells */
    STR_EQ(S_ptb("In talks with Faramir , the Gondorian envoy also urged Arnor to act , an "
                 "official said .",
                 "IN NNS IN NNP , DT JJ NN RB VBD NNP TO VB , DT NN VBD .",
                 (const int[]){2, 10, 4, 2, 8, 8, 8, 4, 10, 17, 10, 13, 10, 16, 16, 17, 0, 17},
                 "case obl case nmod punct det amod appos advmod advcl iobj mark xcomp punct "
                 "det nsubj root punct"),
           "(ROOT (S (S (PP (IN In) (NP (NP (NNS talks)) (PP (IN with) (NP (NNP Faramir))) (, "
           ",))) (NP (DT the) (JJ Gondorian) (NN envoy)) (ADVP (RB also)) (VP (VBD urged) (S "
           "(NP (NNP Arnor)) (VP (TO to) (VP (VB act)))))) (, ,) (NP (DT an) (NN official)) (VP "
           "(VBD said)) (. .)))");
    /* ... and the teller after a clause that the parser took for an apposition of the
     * clause's last noun */
    STR_EQ(S_ptb("Arnor has opened its gates , a Gondorian official said .",
                 "NNP VBZ VBN PRP$ NNS , DT JJ NN VBD .",
                 (const int[]){3, 3, 10, 5, 3, 9, 9, 9, 5, 0, 10},
                 "nsubj aux ccomp nmod:poss obj punct det amod appos root punct"),
           "(ROOT (S (S (NP (NNP Arnor)) (VP (VBZ has) (VP (VBN opened) (NP (PRP$ its) (NNS "
           "gates)) (, ,)))) (NP (DT a) (JJ Gondorian) (NN official)) (VP (VBD said)) (. .)))");
    /* the first of two coordinated nationalities hung on the verb, the second a name of
     * two words or with its conjunction hung on the noun: both modify the noun */
    STR_EQ(S_ptb("Elessar met his Arnorian and South Gondorian counterparts .",
                 "NNP VBD PRP$ JJ CC NNP NNP NNS .", (const int[]){2, 0, 4, 2, 7, 7, 8, 2, 2},
                 "nsubj root nmod:poss xcomp cc compound compound obj punct"),
           "(ROOT (S (NP (NNP Elessar)) (VP (VBD met) (NP (PRP$ his) (ADJP (ADJP (JJ Arnorian)) "
           "(CC and) (NP (NNP South) (NNP Gondorian))) (NNS counterparts))) (. .)))");
    STR_EQ(S_ptb("Elessar met the Arnorian and Gondorian foreign envoys .",
                 "NNP VBD DT JJ CC JJ JJ NNS .", (const int[]){2, 0, 4, 2, 8, 8, 8, 2, 2},
                 "nsubj root det obj cc amod amod conj punct"),
           "(ROOT (S (NP (NNP Elessar)) (VP (VBD met) (NP (DT the) (ADJP (ADJP (JJ Arnorian)) (CC "
           "and) (ADJP (JJ Gondorian))) (JJ foreign) (NNS envoys))) (. .)))");
    STR_EQ(S_ptb("Elessar met Arnorian and South Gondorian foreign envoys .",
                 "NNP VBD JJ CC NNP NNP JJ NNS .", (const int[]){2, 0, 2, 6, 6, 8, 8, 2, 2},
                 "nsubj root xcomp cc compound compound amod obj punct"),
           "(ROOT (S (NP (NNP Elessar)) (VP (VBD met) (NP (ADJP (ADJP (JJ Arnorian)) (CC and) (NP "
           "(NNP South) (NNP Gondorian))) (JJ foreign) (NNS envoys))) (. .)))");
    /* ... not the name of an opening phrase's noun when the verb has its subject */
    STR_EQ(S_ptb("With his brother Faramir he has left", "IN PRP$ NN NNP PRP VBZ VBN",
                 (const int[]){3, 3, 7, 3, 7, 7, 0}, "case nmod:poss obl appos nsubj aux root"),
           "(ROOT (S (PP (IN With) (NP (NP (PRP$ his) (NN brother)) (NP (NNP Faramir)))) "
           "(NP (PRP he)) (VP (VBZ has) (VP (VBN left)))))");
    /* a verb with its subject keeps it */
    STR_EQ(S_ptb("They met on Monday , Tuesday .", "PRP VBD IN NNP , NNP .",
                 (const int[]){2, 0, 4, 2, 6, 4, 2}, "nsubj root case obl punct appos punct"),
           "(ROOT (S (NP (PRP They)) (VP (VBD met) (PP (IN on) (NP (NP (NNP Monday)) (, ,) "
           "(NP (NNP Tuesday))))) (. .)))");
    /* the name after "Secretary of State" goes with State */
    STR_EQ(S_ptb("Secretary of State Marco Rubio left", "NNP IN NNP NNP NNP VBD",
                 (const int[]){6, 3, 1, 1, 1, 0}, "nsubj case nmod flat flat root"),
           "(ROOT (S (NP (NP (NNP Secretary)) (PP (IN of) (NP (NNP State) (NNP Marco) "
           "(NNP Rubio)))) (VP (VBD left))))");
    /* an office's sector the parser set apart from the title and name it took for its
     * apposition is a word of the office; not before a title in commas */
    STR_EQ(S_ptb("Budget Minister Ori Telcar left", "NN NNP NNP NNP VBD",
                 (const int[]){5, 3, 1, 3, 0}, "nsubj nmod:desc appos flat root"),
           "(ROOT (S (NP (NN Budget) (NNP Minister) (NNP Ori) (NNP Telcar)) (VP (VBD left))))");
    STR_EQ(S_ptb("Budget , Minister Ori Telcar said , fell", "NN , NNP NNP NNP VBD , VBD",
                 (const int[]){8, 4, 4, 1, 4, 4, 8, 0},
                 "nsubj punct nmod:desc appos flat parataxis punct root"),
           "(ROOT (S (NP (NP (NN Budget)) (, ,) (NP (NP (NNP Minister) (NNP Ori) (NNP Telcar)) "
           "(S (VP (VBD said))))) (, ,) (VP (VBD fell))))");
    /* the verb read as a participle on the subject of the reporting verb */
    STR_EQ(S_ptb("forces crossed into Russia , the military said", "NNS VBN IN NNP , DT NN VBD",
                 (const int[]){8, 1, 4, 2, 8, 7, 8, 0},
                 "nsubj acl case obl punct det nsubj root"),
           "(ROOT (S (S (NP (NNS forces)) (VP (VBN crossed) (PP (IN into) (NP (NNP Russia))))) "
           "(, ,) (NP (DT the) (NN military)) (VP (VBD said))))");
    /* ... and as the root noun phrase */
    STR_EQ(S_ptb("Hamas gunmen stormed Israel .", "NNP NNS VBN NNP .",
                 (const int[]){2, 0, 2, 3, 2}, "compound root acl obj punct"),
           "(ROOT (S (NP (NNP Hamas) (NNS gunmen)) (VP (VBN stormed) (NP (NNP Israel))) (. .)))");
    /* ... and on a noun in the PPs of the root noun phrase, or after its conjuncts, in a
     * sentence (closed by a full stop), unless it is passive */
    STR_EQ(S_ptb("Leaders from Bree gathered in Arnor .", "NNS IN NNP VBN IN NNP .",
                 (const int[]){0, 3, 1, 3, 6, 4, 1}, "root case nmod acl case obl punct"),
           "(ROOT (S (NP (NP (NNS Leaders)) (PP (IN from) (NP (NNP Bree)))) (VP (VBN gathered) "
           "(PP (IN in) (NP (NNP Arnor)))) (. .)))");
    STR_EQ(S_ptb("Leaders from Bree gathered in Arnor", "NNS IN NNP VBN IN NNP",
                 (const int[]){0, 3, 1, 3, 6, 4}, "root case nmod acl case obl"),
           "(ROOT (NP (NP (NNS Leaders)) (PP (IN from) (NP (NP (NNP Bree)) (VP (VBN gathered) "
           "(PP (IN in) (NP (NNP Arnor))))))))");
    STR_EQ(S_ptb("Talks on the plan approved by Gondor .", "NNS IN DT NN VBN IN NNP .",
                 (const int[]){0, 4, 4, 1, 4, 7, 5, 1}, "root case det nmod acl case obl punct"),
           "(ROOT (NP (NP (NNS Talks)) (PP (IN on) (NP (NP (DT the) (NN plan)) (VP (VBN approved) "
           "(PP (IN by) (NP (NNP Gondor)))))) (. .)))");
    /* ... and on a subject that the parser hung on the full stop: the verb takes the
     * mark's place, as a clause of its head or as the root */
    STR_EQ(S_ptb("Arnor said the troops seized the fort .", "NNP VBD DT NNS VBN DT NN .",
                 (const int[]){2, 0, 4, 8, 4, 7, 5, 2},
                 "nsubj root det nsubj acl det obj punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (SBAR (S (NP (DT the) (NNS troops)) "
           "(VP (VBN seized) (NP (DT the) (NN fort)))))) (. .)))");
    STR_EQ(S_ptb("Generally , the rules tightened controls .", "RB , DT NNS VBN NNS .",
                 (const int[]){7, 7, 4, 7, 4, 5, 0}, "advmod punct det nsubj acl obj root"),
           "(ROOT (S (ADVP (RB Generally)) (, ,) (NP (DT the) (NNS rules)) (VP (VBN tightened) "
           "(NP (NNS controls))) (. .)))");
    /* ... after the subject's PPs; a fronted phrase of time or place that the parser
     * made the root, with the mark under it, becomes the verb's */
    STR_EQ(S_ptb("Arnor said the army of Gondor seized the fort .",
                 "NNP VBD DT NN IN NNP VBN DT NN .", (const int[]){2, 0, 4, 10, 6, 4, 4, 9, 7, 2},
                 "nsubj root det nsubj case nmod acl det obj punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (SBAR (S (NP (NP (DT the) (NN army)) (PP (IN of) "
           "(NP (NNP Gondor)))) (VP (VBN seized) (NP (DT the) (NN fort)))))) (. .)))");
    STR_EQ(S_ptb("On Friday , the troops attacked the fort .", "IN NNP , DT NNS VBN DT NN .",
                 (const int[]){2, 0, 2, 5, 9, 5, 8, 6, 2},
                 "case root punct det nsubj acl det obj punct"),
           "(ROOT (S (PP (IN On) (NP (NNP Friday))) (, ,) (NP (DT the) (NNS troops)) (VP (VBN attacked) "
           "(NP (DT the) (NN fort))) (. .)))");
    STR_EQ(S_ptb("Last week , the troops attacked the fort .", "JJ NN , DT NNS VBN DT NN .",
                 (const int[]){2, 0, 2, 5, 9, 5, 8, 6, 2},
                 "amod root punct det nsubj acl det obj punct"),
           "(ROOT (S (NP (JJ Last) (NN week)) (, ,) (NP (DT the) (NNS troops)) (VP (VBN attacked) "
           "(NP (DT the) (NN fort))) (. .)))");
    /* ... not when the participle has a verb of its own, nor when the mark has the
     * clause's auxiliary */
    STR_EQ(S_ptb("Arnor said the fees charged rose sharply .", "NNP VBD DT NNS VBN VBD RB .",
                 (const int[]){2, 0, 4, 8, 4, 5, 6, 2},
                 "nsubj root det nsubj acl xcomp advmod punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (NP (NP (DT the) (NNS fees)) (VP (VBN charged) "
           "(S (VP (VBD rose) (ADVP (RB sharply))))))) (. .)))");
    STR_EQ(S_ptb("Arnor grew as did towns founded in Gondor .", "NNP VBD IN VBD NNS VBN IN NNP .",
                 (const int[]){2, 0, 9, 9, 9, 5, 8, 6, 2},
                 "nsubj root mark aux nsubj acl case obl punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD grew) (IN as) (S (VP (VBD did))) (NP (NP (NNS towns)) "
           "(VP (VBN founded) (PP (IN in) (NP (NNP Gondor)))))) (. .)))");
    STR_EQ(S_ptb("Arnor and Gondor agreed on Monday .", "NNP CC NNP VBD IN NNP .",
                 (const int[]){0, 3, 1, 1, 6, 4, 1}, "root cc conj acl case obl punct"),
           "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VBD agreed) "
           "(PP (IN on) (NP (NNP Monday)))) (. .)))");
    /* two names joined by "and", the second with "the", and the plural verb after them
     * read as a noun of the second (the full stop the head) or a clause hung on the
     * first, or made the root with the second name its compound: the names are the
     * verb's subject */
    STR_EQ(S_ptb("Arnor and the Shire begin talks tomorrow .", "NNP CC DT NNP VB NNS NN .",
                 (const int[]){0, 8, 8, 5, 8, 5, 5, 1},
                 "root cc det compound compound obj obl:unmarked punct"),
           "(ROOT (S (NP (NP (NNP Arnor)) (CC and) (NP (DT the) (NNP Shire))) (VP (VB begin) "
           "(NP (NNS talks)) (NP (NN tomorrow))) (. .)))");
    STR_EQ(S_ptb("North Arnor and the Shire open talks .", "NNP NNP CC DT NNP VBP NNS .",
                 (const int[]){2, 0, 8, 6, 6, 8, 6, 2},
                 "compound root cc det compound advcl obj punct"),
           "(ROOT (S (NP (NP (NNP North) (NNP Arnor)) (CC and) (NP (DT the) (NNP Shire))) "
           "(VP (VBP open) (NP (NNS talks))) (. .)))");
    STR_EQ(S_ptb("Arnor and the Shire sign a pact .", "NNP CC DT NNP VB DT NN .",
                 (const int[]){5, 5, 5, 5, 0, 7, 5, 5},
                 "nsubj cc det compound root det obj punct"),
           "(ROOT (S (NP (NP (NNP Arnor)) (CC and) (NP (DT the) (NNP Shire))) (VP (VB sign) "
           "(NP (DT a) (NN pact))) (. .)))");
    STR_EQ(S_ptb("Arnor and the Shire hold talks .", "NNP CC DT NNP VB NNS .",
                 (const int[]){5, 5, 5, 5, 0, 5, 5}, "nsubj cc det nsubj root obj punct"),
           "(ROOT (S (NP (NP (NNP Arnor)) (CC and) (NP (DT the) (NNP Shire))) (VP (VB hold) "
           "(NP (NNS talks))) (. .)))");
    /* not a verb after words that are no names ("the arrest") */
    STR_EQ(S_ptb("Arnor and the arrest began .", "NNP CC DT NN VBD .",
                 (const int[]){5, 4, 4, 1, 0, 5}, "nsubj cc det conj root punct"),
           "(ROOT (S (NP (NP (NNP Arnor)) (CC and) (NP (DT the) (NN arrest))) (VP (VBD began)) "
           "(. .)))");
    /* conjuncts without a conjunction before them are parts of names */
    STR_EQ(S_ptb("Bree Prime Minister Romendacil left", "NNP NNP NNP NNP VBD",
                 (const int[]){5, 3, 4, 1, 0}, "nsubj amod nmod:desc conj root"),
           "(ROOT (S (NP (NNP Bree) (NNP Prime) (NNP Minister) (NNP Romendacil)) "
           "(VP (VBD left))))");
    STR_EQ(S_ptb("Putin and U.S. President Donald Trump met", "NNP CC NNP NNP NNP NNP VBD",
                 (const int[]){7, 4, 4, 1, 6, 1, 0},
                 "nsubj cc compound conj compound conj root"),
           "(ROOT (S (NP (NP (NNP Putin)) (CC and) (NP (NNP U.S.) (NNP President) (NNP Donald) "
           "(NNP Trump))) (VP (VBD met))))");
    /* the subject of a second clause read as a conjunct in the first */
    STR_EQ(S_ptb("Arnor attacked Bree on Monday , and Gondor responded",
                 "NNP VBD NNP IN NNP , CC NNP VBD", (const int[]){2, 0, 2, 5, 2, 8, 8, 5, 2},
                 "nsubj root obj case obl punct cc conj advcl"),
           "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Bree)) (PP (IN on) "
           "(NP (NNP Monday))))) (, ,) (CC and) (S (NP (NNP Gondor)) (VP (VBD responded)))))");
    /* ... and so when its verb is the first verb's other conjunct */
    STR_EQ(S_ptb("Arnor expelled an envoy , and Gondor retaliated .",
                 "NNP VBD DT NN , CC NNP VBD .", (const int[]){2, 0, 4, 2, 7, 7, 2, 2, 2},
                 "nsubj root det obj punct cc conj conj punct"),
           "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD expelled) (NP (DT an) (NN envoy)))) (, ,) "
           "(CC and) (S (NP (NNP Gondor)) (VP (VBD retaliated))) (. .)))");
    /* ... with the first clause's verb read as a participle on the subject */
    STR_EQ(S_ptb("ships held drills on Monday , and Gondor protested .",
                 "NNS VBN NNS IN NNP , CC NNP VBD .", (const int[]){9, 1, 2, 5, 3, 8, 8, 5, 0, 9},
                 "nsubj acl obj case nmod punct cc conj root punct"),
           "(ROOT (S (S (NP (NNS ships)) (VP (VBN held) (NP (NP (NNS drills)) (PP (IN on) "
           "(NP (NNP Monday)))))) (, ,) (CC and) (S (NP (NNP Gondor)) (VP (VBD protested))) "
           "(. .)))");
    /* ... or as a conjunct of its verb, followed by a participle */
    STR_EQ(S_ptb("Arnor was attacked on Monday , and Gondor blamed Rohan .",
                 "NNP VBD VBN IN NNP , CC NNP VBN NNP .", (const int[]){3, 3, 0, 5, 3, 8, 8, 3, 3, 9, 3},
                 "nsubj:pass aux:pass root case obl punct cc conj xcomp obj punct"),
           "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD was) (VP (VBN attacked) (PP (IN on) "
           "(NP (NNP Monday)))))) (, ,) (CC and) (S (NP (NNP Gondor)) (VP (VBN blamed) "
           "(NP (NNP Rohan)))) (. .)))");
    /* ... but not one that does not agree with the verb */
    STR_EQ(S_ptb("Arnor attacked Bree , and history are made", "NNP VBD NNP , CC NN VBP VBN",
                 (const int[]){2, 0, 2, 6, 6, 3, 8, 2}, "nsubj root obj punct cc conj aux:pass advcl"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD attacked) (NP (NNP Bree) (, ,) (CC and) "
           "(NN history)) (VP (VBP are) (VP (VBN made))))))");
    /* a measure phrase hung on the verb belongs to the clause it measures */
    STR_EQ(S_ptb("Arnor left five years after crowds came", "NNP VBD CD NNS IN NNS VBD",
                 (const int[]){2, 0, 4, 2, 7, 7, 2}, "nsubj root nummod obl:npmod mark nsubj advcl"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD left) (SBAR (NP (CD five) (NNS years)) (IN after) "
           "(S (NP (NNS crowds)) (VP (VBD came)))))))");
    /* "more than" read as the object */
    STR_EQ(S_ptb("Iran fired more than a dozen missiles", "NNP VBD JJR IN DT CD NNS",
                 (const int[]){2, 0, 2, 7, 6, 7, 3}, "nsubj root obj case det nummod obl"),
           "(ROOT (S (NP (NNP Iran)) (VP (VBD fired) (NP (QP (ADJP (JJR more) (IN than)) (DT a) "
           "(CD dozen)) (NNS missiles)))))");
    /* a date deep in the object, and a PP after a coordination inside a PP, are the verb's */
    STR_EQ(S_ptb("EU imposed sanctions over abuses in Xinjiang on Monday",
                 "NNP VBD NNS IN NNS IN NNP IN NNP", (const int[]){2, 0, 2, 5, 3, 7, 5, 9, 5},
                 "nsubj root obj case nmod case nmod case nmod"),
           "(ROOT (S (NP (NNP EU)) (VP (VBD imposed) (NP (NP (NNS sanctions)) (PP (IN over) "
           "(NP (NP (NNS abuses)) (PP (IN in) (NP (NNP Xinjiang)))))) (PP (IN on) (NP (NNP Monday))))))");
    STR_EQ(S_ptb("Biden hosted leaders of Japan and Korea at Camp David",
                 "NNP VBD NNS IN NNP CC NNP IN NNP NNP", (const int[]){2, 0, 2, 5, 3, 7, 5, 10, 10, 5},
                 "nsubj root obj case nmod cc conj case compound nmod"),
           "(ROOT (S (NP (NNP Biden)) (VP (VBD hosted) (NP (NP (NNS leaders)) (PP (IN of) "
           "(NP (NNP Japan) (CC and) (NNP Korea)))) (PP (IN at) (NP (NNP Camp) (NNP David))))))");
    /* a place glued to "next month" gets its own phrase */
    STR_EQ(S_ptb("Wang will travel to Beijing next month", "NNP MD VB IN NNP JJ NN",
                 (const int[]){3, 3, 0, 7, 7, 7, 3},
                 "nsubj aux root case compound amod obl"),
           "(ROOT (S (NP (NNP Wang)) (VP (MD will) (VP (VB travel) (PP (IN to) (NP (NNP Beijing))) "
           "(NP (JJ next) (NN month))))))");
    /* a place hung on the day before it is the verb's: "to Kabul" is where one flew,
     * not which Monday; another time after the day stays the day's */
    STR_EQ(S_ptb("Modi flew on Monday to Kabul", "NNP VBD IN NNP IN NNP",
                 (const int[]){2, 0, 4, 2, 6, 4}, "nsubj root case obl case nmod"),
           "(ROOT (S (NP (NNP Modi)) (VP (VBD flew) (PP (IN on) (NP (NNP Monday))) (PP (IN to) "
           "(NP (NNP Kabul))))))");
    STR_EQ(S_ptb("Modi spoke on Tuesday at night", "NNP VBD IN NNP IN NN",
                 (const int[]){2, 0, 4, 2, 6, 4}, "nsubj root case obl case nmod"),
           "(ROOT (S (NP (NNP Modi)) (VP (VBD spoke) (PP (IN on) (NP (NP (NNP Tuesday)) (PP "
           "(IN at) (NP (NN night))))))))");
    /* the subject of a second clause read as a conjunct of the first verb's object,
     * with no comma: its verb hangs on the first verb without a subject */
    STR_EQ(S_ptb("Arnor struck Bree and Gondor fired rockets .", "NNP VBD NNP CC NNP VBD NNS .",
                 (const int[]){2, 0, 2, 5, 3, 2, 6, 2},
                 "nsubj root obj cc conj ccomp obj punct"),
           "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD struck) (NP (NNP Bree)))) (CC and) (S (NP "
           "(NNP Gondor)) (VP (VBD fired) (NP (NNS rockets)))) (. .)))");
    /* ... not when that verb has a conjunction of its own ("and Gondor and fired") */
    STR_EQ(S_ptb("Arnor struck Bree and Gondor and fired rockets", "NNP VBD NNP CC NNP CC VBD NNS",
                 (const int[]){2, 0, 2, 5, 3, 7, 2, 7},
                 "nsubj root obj cc conj cc conj obj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD struck) (NP (NNP Bree) (CC and) (NNP "
           "Gondor))) (CC and) (VP (VBD fired) (NP (NNS rockets))))))");
    /* a possessor hung beside the subject it possesses, its noun read as an adjective */
    STR_EQ(S_ptb("Gondor 's military seized Bree", "NNP POS JJ VBD NNP",
                 (const int[]){4, 1, 4, 0, 4}, "nsubj case nsubj root obj"),
           "(ROOT (S (NP (NP (NNP Gondor) (POS 's)) (JJ military)) (VP (VBD seized) (NP (NNP "
           "Bree)))))");
    /* the first verb's object read as the subject of a past participle coordinated with
     * it (no auxiliary): the object, and the participle a verb of the same clause */
    STR_EQ(S_ptb("Arnor met Faramir at Bree and briefly stepped onto Gondor soil .",
                 "NNP VBD NNP IN NNP CC RB VBN IN NNP NN .",
                 (const int[]){2, 0, 8, 5, 3, 8, 8, 2, 11, 11, 8, 2},
                 "nsubj root nsubj:pass case nmod cc advmod conj case compound obl punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD met) (NP (NP (NNP Faramir)) (PP (IN at) "
           "(NP (NNP Bree))))) (CC and) (ADVP (RB briefly)) (VP (VBN stepped) (PP (IN "
           "onto) (NP (NNP Gondor) (NN soil))))) (. .)))");
    /* ... not a clause with its auxiliary ("and Faramir was received") */
    STR_EQ(S_ptb("Arnor left and Faramir was received", "NNP VBD CC NNP VBD VBN",
                 (const int[]){2, 0, 6, 6, 6, 2}, "nsubj root cc nsubj:pass aux:pass conj"),
           "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD left))) (CC and) (S (NP (NNP Faramir)) "
           "(VP (VBD was) (VP (VBN received))))))");
    /* the subject of a reported clause read as the object of the verb of saying */
    STR_EQ(S_ptb("Gondor said both Arnor and Rohan need to yield .",
                 "NNP VBD CC NNP CC NNP VBP TO VB .",
                 (const int[]){2, 0, 4, 2, 6, 4, 2, 9, 7, 2},
                 "nsubj root cc:preconj ccomp cc conj ccomp mark xcomp punct"),
           "(ROOT (S (NP (NNP Gondor)) (VP (VBD said) (SBAR (S (NP (NP (CC both) (NP (NNP "
           "Arnor))) (CC and) (NP (NNP Rohan))) (VP (VBP need) (S (VP (TO to) (VP (VB "
           "yield)))))))) (. .)))");
    /* ... not the object of "told", whom it is told */
    STR_EQ(S_ptb("Gondor told Arnor must yield .", "NNP VBD NNP MD VB .",
                 (const int[]){2, 0, 2, 5, 2, 2}, "nsubj root obj aux ccomp punct"),
           "(ROOT (S (NP (NNP Gondor)) (VP (VBD told) (NP (NNP Arnor)) (SBAR (S (VP (MD must) "
           "(VP (VB yield)))))) (. .)))");
    /* ... also with adverbs of the clause's verb in between */
    STR_EQ(S_ptb("Gondor said Arnor now must withdraw .", "NNP VBD NNP RB MD VB .",
                 (const int[]){2, 0, 2, 6, 6, 2, 2}, "nsubj root obj advmod aux ccomp punct"),
           "(ROOT (S (NP (NNP Gondor)) (VP (VBD said) (SBAR (S (NP (NNP Arnor)) (ADVP (RB "
           "now)) (VP (MD must) (VP (VB withdraw)))))) (. .)))");
    /* ... but not past an adverb of the verb of saying's own */
    STR_EQ(S_ptb("Gondor said Arnor now must withdraw .", "NNP VBD NNP RB MD VB .",
                 (const int[]){2, 0, 2, 2, 6, 2, 2}, "nsubj root obj advmod aux ccomp punct"),
           "(ROOT (S (NP (NNP Gondor)) (VP (VBD said) (NP (NNP Arnor)) (ADVP (RB now)) (SBAR "
           "(S (VP (MD must) (VP (VB withdraw)))))) (. .)))");
    /* ... and a second subject the parser gave the verb of saying after it */
    STR_EQ(S_ptb("Gondor said Arnor attacked Rohan .", "NNP VBD NNP VBD NNP .",
                 (const int[]){2, 0, 2, 2, 4, 2}, "nsubj root nsubj ccomp obj punct"),
           "(ROOT (S (NP (NNP Gondor)) (VP (VBD said) (SBAR (S (NP (NNP Arnor)) (VP (VBD "
           "attacked) (NP (NNP Rohan)))))) (. .)))");
    /* a verb of saying coordinated with the verb of what is said, in the reporting
     * verb's tense, is the reporter's */
    STR_EQ(S_ptb("Arnor said the attack caused damage and warned it would respond .",
                 "NNP VBD DT NN VBN NN CC VBD PRP MD VB .",
                 (const int[]){2, 0, 4, 5, 2, 5, 8, 5, 11, 11, 8, 2},
                 "nsubj root det nsubj ccomp obj cc conj nsubj aux ccomp punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD said) (SBAR (S (NP (DT the) (NN "
           "attack)) (VP (VBN caused) (NP (NN damage)))))) (CC and) (VP (VBD warned) (SBAR "
           "(S (NP (PRP it)) (VP (MD would) (VP (VB respond))))))) (. .)))");
    /* ... also after a passive, whose "be" is no past tense's ("were injured ... and
     * vowed revenge": no one was vowed) */
    STR_EQ(S_ptb("Arnor said several people were injured in the attack and vowed revenge",
                 "NNP VBD JJ NNS VBD VBN IN DT NN CC VBD NN",
                 (const int[]){2, 0, 4, 6, 6, 2, 9, 9, 6, 11, 6, 11},
                 "nsubj root amod nsubj:pass aux:pass ccomp case det obl cc conj obj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD said) (SBAR (S (NP (JJ several) (NNS "
           "people)) (VP (VBD were) (VP (VBN injured) (PP (IN in) (NP (DT the) (NN "
           "attack)))))))) (CC and) (VP (VBD vowed) (NP (NN revenge))))))");
    /* ... not in another tense, nor after a perfect */
    STR_EQ(S_ptb("Arnor says the attack caused damage and warned Gondor",
                 "NNP VBZ DT NN VBD NN CC VBD NNP",
                 (const int[]){2, 0, 4, 5, 2, 5, 8, 5, 8},
                 "nsubj root det nsubj ccomp obj cc conj obj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBZ says) (SBAR (S (NP (DT the) (NN attack)) "
           "(VP (VP (VBD caused) (NP (NN damage))) (CC and) (VP (VBD warned) (NP (NNP "
           "Gondor)))))))))");
    STR_EQ(S_ptb("Arnor said Gondor has seized Bree and demanded gold",
                 "NNP VBD NNP VBZ VBN NNP CC VBD NN",
                 (const int[]){2, 0, 5, 5, 2, 5, 8, 5, 8},
                 "nsubj root nsubj aux ccomp obj cc conj obj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (SBAR (S (NP (NNP Gondor)) (VP (VBZ "
           "has) (VP (VP (VBN seized) (NP (NNP Bree))) (CC and) (VP (VBD demanded) (NP (NN "
           "gold))))))))))");
    /* ... also after a copula, whose "be" is no past tense's either ("were baseless and
     * warned": no one "was warned" there) */
    STR_EQ(S_ptb("Arnor said the reports were baseless and warned Gondor",
                 "NNP VBD DT NNS VBD JJ CC VBD NNP", (const int[]){2, 0, 4, 6, 6, 2, 8, 6, 8},
                 "nsubj root det nsubj cop ccomp cc conj obj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD said) (SBAR (S (NP (DT the) (NNS "
           "reports)) (VP (VBD were) (ADJP (JJ baseless)))))) (CC and) (VP (VBD warned) "
           "(NP (NNP Gondor))))))");
    /* ... and after a verb in "-ing", whose "be" a finite verb does not share ("was
     * besieging Bree and accused Rohan": no one "was accused" Rohan) */
    STR_EQ(S_ptb("Arnor said Gondor was besieging Bree and accused Rohan",
                 "NNP VBD NNP VBD VBG NNP CC VBD NNP", (const int[]){2, 0, 5, 5, 2, 5, 8, 5, 8},
                 "nsubj root nsubj aux ccomp obj cc conj obj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD said) (SBAR (S (NP (NNP Gondor)) (VP (VBD "
           "was) (VP (VBG besieging) (NP (NNP Bree))))))) (CC and) (VP (VBD accused) (NP (NNP "
           "Rohan))))))");
    /* a verb of a stance toward another party is the reporter's after a subject that
     * cannot act, even over a perfect */
    STR_EQ(S_ptb("Arnor said the talks had been useful and invited Gondor",
                 "NNP VBD DT NNS VBD VBN JJ CC VBD NNP",
                 (const int[]){2, 0, 4, 7, 7, 7, 2, 9, 7, 9},
                 "nsubj root det nsubj aux cop ccomp cc conj obj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD said) (SBAR (S (NP (DT the) (NNS "
           "talks)) (VP (VBD had) (VP (VBN been) (ADJP (JJ useful))))))) (CC and) (VP (VBD "
           "invited) (NP (NNP Gondor))))))");
    /* ... also when the tagger made it a participle after the copula, acting on
     * something */
    STR_EQ(S_ptb("Arnor said the move was unacceptable and called for restraint",
                 "NNP VBD DT NN VBD JJ CC VBN IN NN", (const int[]){2, 0, 4, 6, 6, 2, 8, 6, 10, 8},
                 "nsubj root det nsubj cop ccomp cc conj case obl"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD said) (SBAR (S (NP (DT the) (NN move)) "
           "(VP (VBD was) (ADJP (JJ unacceptable)))))) (CC and) (VP (VBN called) (PP (IN "
           "for) (NP (NN restraint)))))))");
    /* ... not a passive one ("were welcome and praised by Rohan") */
    STR_EQ(S_ptb("Arnor said the cuts were welcome and praised by Rohan",
                 "NNP VBD DT NNS VBD JJ CC VBN IN NNP", (const int[]){2, 0, 4, 6, 6, 2, 8, 6, 10, 8},
                 "nsubj root det nsubj cop ccomp cc conj case obl"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (SBAR (S (NP (DT the) (NNS cuts)) (VP "
           "(VP (VBD were) (ADJP (JJ welcome))) (CC and) (VP (VBN praised) (PP (IN by) (NP "
           "(NNP Rohan))))))))))");
    /* ... not after a subject that can ("Gondor had seized Bree and invited Rohan") */
    STR_EQ(S_ptb("Arnor said Gondor had seized Bree and invited Rohan",
                 "NNP VBD NNP VBD VBN NNP CC VBD NNP", (const int[]){2, 0, 5, 5, 2, 5, 8, 5, 8},
                 "nsubj root nsubj aux ccomp obj cc conj obj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (SBAR (S (NP (NNP Gondor)) (VP (VBD "
           "had) (VP (VP (VBN seized) (NP (NNP Bree))) (CC and) (VP (VBD invited) (NP (NNP "
           "Rohan))))))))))");
    /* ... nor with no copula, passive or thing for subject ("an officer recognized her
     * and called her a spy") */
    STR_EQ(S_ptb("Arnor said an officer recognized her and called her a spy",
                 "NNP VBD DT NN VBD PRP CC VBD PRP DT NN",
                 (const int[]){2, 0, 4, 5, 2, 5, 8, 5, 8, 11, 8},
                 "nsubj root det nsubj ccomp obj cc conj obj det xcomp"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (SBAR (S (NP (DT an) (NN officer)) "
           "(VP (VP (VBD recognized) (NP (PRP her))) (CC and) (VP (VBD called) (NP (PRP "
           "her)) (NP (DT a) (NN spy)))))))))");
    /* "as" something at the end of the object of a verb that takes its object as
     * something is the verb's, not the last noun's */
    STR_EQ(S_ptb("Arnor described Gondor 's raid on Bree as a provocation",
                 "NNP VBD NNP POS NN IN NNP IN DT NN",
                 (const int[]){2, 0, 5, 3, 2, 7, 5, 10, 10, 7},
                 "nsubj root nmod:poss case obj case nmod case det nmod"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD described) (NP (NP (NP (NNP Gondor) (POS 's)) "
           "(NN raid)) (PP (IN on) (NP (NNP Bree)))) (PP (IN as) (NP (DT a) (NN "
           "provocation))))))");
    /* ... not of another verb ("sent troops to Bree as reinforcements") */
    STR_EQ(S_ptb("Arnor sent troops to Bree as reinforcements", "NNP VBD NNS IN NNP IN NNS",
                 (const int[]){2, 0, 2, 5, 3, 7, 5}, "nsubj root obj case nmod case nmod"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD sent) (NP (NP (NNS troops)) (PP (IN to) (NP "
           "(NP (NNP Bree)) (PP (IN as) (NP (NNS reinforcements)))))))))");
    /* an adjective read after the noun of the object of "call" is what it is called */
    STR_EQ(S_ptb("Arnor called Gondor 's remarks unacceptable", "NNP VBD NNP POS NNS JJ",
                 (const int[]){2, 0, 5, 3, 2, 5}, "nsubj root nmod:poss case obj amod"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD called) (NP (NP (NNP Gondor) (POS 's)) (NNS "
           "remarks)) (ADJP (JJ unacceptable)))))");
    /* a day read as a compound of the participle after it is when it is done */
    STR_EQ(S_ptb("Arnor passed a resolution on Tuesday decrying Gondor",
                 "NNP VBD DT NN IN NNP VBG NNP", (const int[]){2, 0, 4, 2, 7, 7, 2, 7},
                 "nsubj root det obj case compound advcl obj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD passed) (NP (DT a) (NN resolution)) (S (PP "
           "(IN on) (NP (NNP Tuesday))) (VP (VBG decrying) (NP (NNP Gondor)))))))");
    /* ... and so is a noun phrase opened by "a" that the parser hung on that noun */
    STR_EQ(S_ptb("Arnor called Gondor 's raid a provocation", "NNP VBD NNP POS NN DT NN",
                 (const int[]){2, 0, 5, 3, 2, 7, 5},
                 "nsubj root nmod:poss case obj det nmod:unmarked"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD called) (NP (NP (NNP Gondor) (POS 's)) (NN "
           "raid)) (NP (DT a) (NN provocation)))))");
    /* ... and so is a noun phrase right after the object that the parser made a
     * conjunct of the verb, with what follows it ("an affront to ...") its own */
    STR_EQ(S_ptb("Arnor called Gondor 's curbs economic retaliation",
                 "NNP VBD NNP POS NNS JJ NN", (const int[]){2, 0, 5, 3, 2, 7, 2},
                 "nsubj root nmod:poss case obj amod conj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD called) (NP (NP (NNP Gondor) (POS 's)) (NNS "
           "curbs)) (NP (JJ economic) (NN retaliation)))))");
    STR_EQ(S_ptb("Arnor called the ban an affront to all nations",
                 "NNP VBD DT NN DT JJ IN DT NNS", (const int[]){2, 0, 4, 2, 6, 2, 9, 9, 2},
                 "nsubj root det obj det conj case det obl"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD called) (NP (DT the) (NN ban)) (NP (NP (DT "
           "an) (NN affront)) (PP (IN to) (NP (DT all) (NNS nations)))))))");
    /* ... not a conjunct joined by "and" */
    STR_EQ(S_ptb("Arnor called talks and a truce", "NNP VBD NNS CC DT NN",
                 (const int[]){2, 0, 2, 6, 6, 2}, "nsubj root obj cc det conj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD called) (NP (NP (NNS talks)) (CC and) (NP "
           "(DT a) (NN truce))))))");
    /* ... and so is one read as a second object of the verb of the object's clause,
     * after that verb's object and a phrase */
    STR_EQ(S_ptb("Arnor called Gondor 's decision to send ships near Bree a provocation",
                 "NNP VBD NNP POS NN TO VB NNS IN NNP DT NN",
                 (const int[]){2, 0, 5, 3, 2, 7, 5, 7, 10, 7, 12, 7},
                 "nsubj root nmod:poss case obj mark acl obj case obl det obj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD called) (NP (NP (NP (NNP Gondor) (POS 's)) "
           "(NN decision)) (S (VP (TO to) (VP (VB send) (NP (NNS ships)) (PP (IN near) (NP "
           "(NNP Bree))))))) (NP (DT a) (NN provocation)))))");
    /* ... not the second of two objects side by side */
    STR_EQ(S_ptb("Arnor declared its plan to give Gondor a loan",
                 "NNP VBD PRP$ NN TO VB NNP DT NN",
                 (const int[]){2, 0, 4, 2, 6, 4, 6, 9, 6},
                 "nsubj root nmod:poss obj mark acl iobj det obj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD declared) (NP (NP (PRP$ its) (NN plan)) (S "
           "(VP (TO to) (VP (VB give) (NP (NNP Gondor)) (NP (DT a) (NN loan)))))))))");
    /* ... not one with a phrase of its own */
    STR_EQ(S_ptb("Arnor declared dividends equal to cents", "NNP VBD NNS JJ IN NNS",
                 (const int[]){2, 0, 2, 3, 6, 4}, "nsubj root obj amod case obl"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD declared) (NP (NNS dividends) (ADJP (JJ "
           "equal) (PP (IN to) (NP (NNS cents))))))))");
    /* ... and so is an adjective read as the complement of the verb of an infinitive
     * that ends the object, of its noun ... */
    STR_EQ(S_ptb("Arnor called Gondor 's plan to sell ships to Bree dangerous",
                 "NNP VBD NNP POS NN TO VB NNS IN NNP JJ",
                 (const int[]){2, 0, 5, 3, 2, 7, 5, 7, 10, 7, 7},
                 "nsubj root nmod:poss case obj mark acl obj case obl xcomp"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD called) (NP (NP (NP (NNP Gondor) (POS 's)) "
           "(NN plan)) (S (VP (TO to) (VP (VB sell) (NP (NNS ships)) (PP (IN to) (NP "
           "(NNP Bree))))))) (ADJP (JJ dangerous)))))");
    /* ... or of the verb, right after its object */
    STR_EQ(S_ptb("Arnor called the Gondor decision to tax ale deeply disappointing",
                 "NNP VBD DT NNP NN TO VB NN RB JJ",
                 (const int[]){2, 0, 5, 5, 2, 7, 2, 7, 10, 7},
                 "nsubj root det compound obj mark advcl obj advmod xcomp"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD called) (NP (DT the) (NNP Gondor) (NN "
           "decision)) (S (VP (TO to) (VP (VB tax) (NP (NN ale))))) (ADJP (RB deeply) (JJ "
           "disappointing)))))");
    /* ... not the complement of a verb that takes its own object with one */
    STR_EQ(S_ptb("Arnor called a meeting to keep prices stable",
                 "NNP VBD DT NN TO VB NNS JJ",
                 (const int[]){2, 0, 4, 2, 6, 4, 6, 6},
                 "nsubj root det obj mark acl obj xcomp"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD called) (NP (NP (DT a) (NN meeting)) (S (VP "
           "(TO to) (VP (VB keep) (NP (NNS prices)) (ADJP (JJ stable)))))))))");
    /* a clause of "who" after a name and its comma, hung on the sentence's verb, is the
     * name's relative clause */
    STR_EQ(S_ptb("Arnor echoed the remarks of envoy Faramir Hurin , who met Eomer",
                 "NNP VBD DT NNS IN NN NNP NNP , WP VBD NNP",
                 (const int[]){2, 0, 4, 2, 7, 7, 4, 7, 11, 11, 2, 11},
                 "nsubj root det obj case compound nmod flat punct nsubj parataxis obj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD echoed) (NP (NP (DT the) (NNS remarks)) (PP "
           "(IN of) (NP (NP (NN envoy) (NNP Faramir) (NNP Hurin)) (, ,) (SBAR (WHNP (WP "
           "who)) (S (VP (VBD met) (NP (NNP Eomer)))))))))))");
    /* ... after conjuncts, of them all */
    STR_EQ(S_ptb("Arnor met envoys and generals , who criticized Gondor",
                 "NNP VBD NNS CC NNS , WP VBD NNP", (const int[]){2, 0, 2, 5, 3, 8, 8, 2, 8},
                 "nsubj root obj cc conj punct nsubj parataxis obj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NP (NNS envoys) (CC and) (NNS "
           "generals)) (, ,) (SBAR (WHNP (WP who)) (S (VP (VBD criticized) (NP (NNP "
           "Gondor)))))))))");
    /* ... not one a conjunction opens, nor one after a verb */
    STR_EQ(S_ptb("Arnor met Faramir , and who met Eomer", "NNP VBD NNP , CC WP VBD NNP",
                 (const int[]){2, 0, 2, 7, 7, 7, 2, 7},
                 "nsubj root obj punct cc nsubj conj obj"),
           "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Faramir)))) (, ,) (CC and) "
           "(S (NP (WP who)) (VP (VBD met) (NP (NNP Eomer))))))");
    /* a relative clause of meeting with no object that the parser hung on the last
     * conjunct is of them all; one of another verb stays the last conjunct's */
    STR_EQ(S_ptb("Elrond and Faramir , who met in Bree , warned Harad",
                 "NNP CC NNP , WP VBD IN NNP , VBD NNP",
                 (const int[]){10, 3, 1, 6, 6, 3, 8, 6, 1, 0, 10},
                 "nsubj cc conj punct nsubj acl:relcl case obl punct root obj"),
           "(ROOT (S (NP (NP (NNP Elrond) (CC and) (NNP Faramir)) (, ,) (SBAR (WHNP (WP who)) "
           "(S (VP (VBD met) (PP (IN in) (NP (NNP Bree))))))) (, ,) (VP (VBD warned) (NP (NNP "
           "Harad)))))");
    STR_EQ(S_ptb("Elrond and Faramir , who ruled Bree , warned Harad",
                 "NNP CC NNP , WP VBD NNP , VBD NNP",
                 (const int[]){9, 3, 1, 6, 6, 3, 6, 1, 0, 9},
                 "nsubj cc conj punct nsubj acl:relcl obj punct root obj"),
           "(ROOT (S (NP (NP (NNP Elrond)) (CC and) (NP (NP (NNP Faramir)) (, ,) (SBAR (WHNP "
           "(WP who)) (S (VP (VBD ruled) (NP (NNP Bree))))))) (, ,) (VP (VBD warned) (NP (NNP "
           "Harad)))))");
    STR_EQ(S_ptb("Arnor asked who met Eomer", "NNP VBD WP VBD NNP",
                 (const int[]){2, 0, 4, 2, 4}, "nsubj root nsubj ccomp obj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD asked) (SBAR (WHNP (WP who)) (S (VP (VBD met) "
           "(NP (NNP Eomer))))))))");
    /* a clause without "that" on a charge after a comma, read as the root with the
     * charge a compound of its subject, is the charge's relative clause and the clause
     * before the comma the root */
    STR_EQ(S_ptb("Arnor accused Gondor of smuggling ale , a charge Minas rejected .",
                 "NNP VBD NNP IN VBG NN , DT NN NNP VBD .",
                 (const int[]){2, 11, 2, 5, 2, 5, 9, 9, 10, 11, 0, 11},
                 "nsubj advcl obj mark advcl obj punct det compound nsubj root punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD accused) (NP (NNP Gondor)) (SBAR (IN of) (S "
           "(VP (VBG smuggling) (NP (NN ale)) (, ,) (NP (NP (DT a) (NN charge)) (SBAR (S "
           "(NP (NNP Minas)) (VP (VBD rejected))))))))) (. .)))");
    /* ... and read as a participle of its doer, the charge that doer's subject */
    STR_EQ(S_ptb("Arnor accused Gondor of smuggling ale , a charge the Gondor spokesman "
                 "quickly rejected",
                 "NNP VBD NNP IN VBG NN , DT NN DT NNP NN RB VBN",
                 (const int[]){2, 0, 2, 5, 2, 5, 9, 9, 12, 12, 12, 5, 14, 12},
                 "nsubj root obj mark advcl obj punct det nsubj det compound obl advmod acl"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD accused) (NP (NNP Gondor)) (SBAR (IN of) (S "
           "(VP (VBG smuggling) (NP (NN ale)) (, ,) (NP (NP (DT a) (NN charge)) (SBAR (S "
           "(NP (DT the) (NNP Gondor) (NN spokesman)) (ADVP (RB quickly)) (VP (VBN "
           "rejected)))))))))))");
    /* ... also after a clause built on an adjective ("of being close to Rohan"), with
     * the charge a compound of the doer and the verb a clause of the sentence's */
    STR_EQ(S_ptb("Arnor accused Gondor of being close to Rohan , a charge Minas always denied .",
                 "NNP VBD NNP IN VBG JJ IN NNP , DT NN NNP RB VBN .",
                 (const int[]){2, 0, 2, 6, 6, 2, 8, 6, 11, 11, 12, 14, 14, 2, 2},
                 "nsubj root obj mark cop conj case obl punct det compound nsubj:pass advmod "
                 "parataxis punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD accused) (NP (NNP Gondor))) (SBAR (IN of) "
           "(S (VP (VBG being) (ADJP (JJ close)) (PP (IN to) (NP (NNP Rohan))) (, ,) (NP (NP "
           "(DT a) (NN charge)) (SBAR (S (NP (NNP Minas)) (ADVP (RB always)) (VP (VBN "
           "denied))))))))) (. .)))");
    /* ... and with a possessive in the doer's phrase, the doer read as the charge's
     * object and the verb as its participle */
    STR_EQ(S_ptb("Arnor accused Gondor of raiding a base , a charge its leaders denied .",
                 "NNP VBD NNP IN VBG DT NN , DT NN PRP$ NNS VBD .",
                 (const int[]){2, 0, 2, 5, 2, 7, 5, 10, 10, 5, 12, 10, 10, 2},
                 "nsubj root obj mark advcl det obj punct det conj nmod:poss obj acl punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD accused) (NP (NNP Gondor)) (SBAR (IN of) (S "
           "(VP (VBG raiding) (NP (DT a) (NN base)) (, ,) (NP (NP (DT a) (NN charge)) (SBAR "
           "(S (NP (PRP$ its) (NNS leaders)) (VP (VBD denied))))))))) (. .)))");
    /* the "that" clause of a charge voiced again, hung on its noun (also read as a
     * relative clause with "that" its mark), is the voicing verb's, as after "its
     * claim"; not after a verb of answering */
    STR_EQ(S_ptb("Arnor repeated the claim that Gondor armed rebels",
                 "NNP VBD DT NN IN NNP VBD NNS", (const int[]){2, 0, 4, 2, 7, 7, 4, 7},
                 "nsubj root det obj mark nsubj acl obj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD repeated) (NP (DT the) (NN claim)) (SBAR (IN "
           "that) (S (NP (NNP Gondor)) (VP (VBD armed) (NP (NNS rebels))))))))");
    STR_EQ(S_ptb("Arnor reiterated the charge that Gondor armed rebels",
                 "NNP VBD DT NN WDT NNP VBD NNS", (const int[]){2, 0, 4, 2, 7, 7, 4, 7},
                 "nsubj root det obj mark nsubj acl:relcl obj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD reiterated) (NP (DT the) (NN charge)) (SBAR "
           "(WDT that) (S (NP (NNP Gondor)) (VP (VBD armed) (NP (NNS rebels))))))))");
    STR_EQ(S_ptb("Arnor rejected the claim that Gondor armed rebels",
                 "NNP VBD DT NN IN NNP VBD NNS", (const int[]){2, 0, 4, 2, 7, 7, 4, 7},
                 "nsubj root det obj mark nsubj acl obj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD rejected) (NP (NP (DT the) (NN claim)) (SBAR "
           "(IN that) (S (NP (NNP Gondor)) (VP (VBD armed) (NP (NNS rebels)))))))))");
    /* ... not a verb of saying with a clause of its own, nor one reporting the clause
     * before the comma, nor after a noun of no claim */
    STR_EQ(S_ptb("Arnor taxed ale , a move Gondor said hurt trade",
                 "NNP VBD NN , DT NN NNP VBD VBD NN",
                 (const int[]){2, 0, 2, 6, 6, 8, 8, 2, 8, 9},
                 "nsubj root obj punct det obl nsubj ccomp ccomp obj"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD taxed) (NP (NN ale)) (SBAR (S (, ,) (NP (DT "
           "a) (NN move)) (NP (NNP Gondor)) (VP (VBD said) (SBAR (S (VP (VBD hurt) (NP (NN "
           "trade)))))))))))");
    STR_EQ(S_ptb("Arnor taxed ale , the plan 's backers said",
                 "NNP VBD NN , DT NN POS NNS VBD",
                 (const int[]){2, 9, 2, 9, 6, 8, 6, 9, 0},
                 "nsubj ccomp obj punct det nmod:poss case nsubj root"),
           "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD taxed) (NP (NN ale)))) (, ,) (NP (NP (DT the) "
           "(NN plan) (POS 's)) (NNS backers)) (VP (VBD said))))");
    STR_EQ(S_ptb("Arnor taxed ale , a ministry spokesman said",
                 "NNP VBD NN , DT NN NN VBD",
                 (const int[]){2, 8, 2, 8, 7, 7, 8, 0},
                 "nsubj ccomp obj punct det compound nsubj root"),
           "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD taxed) (NP (NN ale)))) (, ,) (NP (DT a) "
           "(NN ministry) (NN spokesman)) (VP (VBD said))))");
}

/* Two proper nouns side by side, both objects or appositions of one word (or the second
 * a word of the name before them), are one name. */
static void test_ptb_object_name(void)
{
    STR_EQ(S_ptb("Rohan criticised West Gondor for raising rates", "NNP VBD NNP NNP IN VBG NNS",
                 (const int[]){2, 0, 2, 2, 6, 2, 6}, "nsubj root obj obj mark advcl obj"),
           "(ROOT (S (NP (NNP Rohan)) (VP (VBD criticised) (NP (NNP West) (NNP Gondor)) "
           "(SBAR (IN for) (S (VP (VBG raising) (NP (NNS rates))))))))");
    STR_EQ(S_ptb("its envoy , Faramir Hurin , said", "PRP$ NN , NNP NNP , VBD",
                 (const int[]){2, 7, 4, 2, 2, 2, 0}, "nmod:poss nsubj punct appos appos punct root"),
           "(ROOT (S (NP (NP (PRP$ its) (NN envoy)) (, ,) (NP (NNP Faramir) (NNP Hurin))) (, ,) "
           "(VP (VBD said))))");
    /* the second a word of the first's name: the name is the apposition, not a word of
     * the name it follows */
    STR_EQ(S_ptb("Elessar Telcontar , Gondor Steward , said", "NNP NNP , NNP NNP , VBD",
                 (const int[]){7, 1, 4, 1, 1, 1, 0}, "nsubj flat punct appos flat punct root"),
           "(ROOT (S (NP (NP (NNP Elessar) (NNP Telcontar)) (, ,) (NP (NNP Gondor) (NNP Steward))) "
           "(, ,) (VP (VBD said))))");
    /* not a day after a name: "met Gondor Monday" */
    STR_EQ(S_ptb("Rohan met Gondor Monday", "NNP VBD NNP NNP", (const int[]){2, 0, 2, 2},
                 "nsubj root obj obl:tmod"),
           "(ROOT (S (NP (NNP Rohan)) (VP (VBD met) (NP (NNP Gondor)) (NP (NNP Monday)))))");
}

/* A verb after "and" with no subject, hung by the parser on the object, complement or
 * oblique of an earlier verb, is that verb's conjunct; a participle there without an
 * auxiliary is its past tense. Not a participle with an object of its own, nor an
 * infinitive. */
static void test_ptb_verb_conj(void)
{
    STR_EQ(S_ptb("Arnor declared a mobilization and called on Gondor .",
                 "NNP VBD DT NN CC VBD IN NNP .", (const int[]){2, 0, 4, 2, 6, 4, 8, 6, 2},
                 "nsubj root det obj cc conj case obl punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD declared) (NP (DT a) (NN mobilization))) (CC "
           "and) (VP (VBD called) (PP (IN on) (NP (NNP Gondor))))) (. .)))");
    STR_EQ(S_ptb("Arnor called the raid outrageous and spoke by telephone with Faramir .",
                 "NNP VBD DT NN JJ CC VBN IN NN IN NNP .",
                 (const int[]){2, 0, 4, 2, 2, 7, 5, 9, 7, 11, 9, 2},
                 "nsubj root det obj xcomp cc conj case obl:agent case nmod punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VP (VBD called) (NP (DT the) (NN raid)) (ADJP (JJ "
           "outrageous))) (CC and) (VP (VBD spoke) (PP (IN by) (NP (NP (NN telephone)) (PP "
           "(IN with) (NP (NNP Faramir))))))) (. .)))");
    STR_EQ(S_ptb("Arnor called it a tense and pressured campaign .",
                 "NNP VBD PRP DT NN CC VBN NN .", (const int[]){2, 0, 2, 5, 2, 7, 5, 7, 2},
                 "nsubj root obj det xcomp cc conj obj punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD called) (NP (PRP it)) (NP (NP (DT a) (NN tense)) "
           "(CC and) (S (VP (VBN pressured) (NP (NN campaign)))))) (. .)))");
    STR_EQ(S_ptb("Arnor gave figures and to be discussed by Gondor .",
                 "NNP VBD NNS CC TO VB VBN IN NNP .", (const int[]){2, 0, 2, 7, 7, 7, 3, 9, 7, 2},
                 "nsubj root obj cc mark aux:pass conj case obl:agent punct"),
           "(ROOT (S (NP (NNP Arnor)) (VP (VBD gave) (NP (NP (NNS figures)) (CC and) (S (VP (TO "
           "to) (VP (VB be) (VP (VBN discussed) (PP (IN by) (NP (NNP Gondor))))))))) (. .)))");
}

/* A subject the parser hung on the closing full stop, right after a verb with nothing
 * after it of its own, is that verb's object; after any other verb (an auxiliary, or a
 * verb of an attribution set off by a comma, whose subject follows it) it goes to the
 * full stop's head, as before. */
static void test_ptb_punct_subject(void)
{
    STR_EQ(S_ptb("Rohan rallied , and the party accused Faramir of lying .",
                 "NNP VBD , CC DT NN VBD NNP IN VBG .",
                 (const int[]){2, 0, 7, 7, 6, 7, 2, 11, 10, 8, 2},
                 "nsubj root punct cc det nsubj conj nsubj mark advcl punct"),
           "(ROOT (S (S (NP (NNP Rohan)) (VP (VBD rallied))) (, ,) (CC and) (S (NP (DT the) (NN "
           "party)) (VP (VBD accused) (NP (NP (NNP Faramir)) (SBAR (IN of) (S (VP (VBG "
           "lying))))))) (. .)))");
    STR_EQ(S_ptb("Rohan raised rates , said Faramir .", "NNP VBD NNS , VBD NNP .",
                 (const int[]){2, 0, 2, 5, 2, 7, 2}, "nsubj root obj punct parataxis nsubj punct"),
           "(ROOT (S (NP (NNP Rohan)) (VP (VBD raised) (NP (NNS rates)) (, ,) (S (VP (VBD said))) "
           "(NP (NNP Faramir))) (. .)))");
}

/* A second clause's subject after "and" that the parser made a conjunct of the first
 * clause's verb, or of its object or oblique, with the second verb a subjectless
 * conjunct of the first: the subject of the second verb; not a conjunct of a clause
 * the parser hung on the first verb ("believe that growth and strains rule out"). */
static void test_ptb_conj_subject(void)
{
    STR_EQ(S_ptb("Gondor bombed Arnor on Monday and the Rohan navy attacked a tanker .",
                 "NNP VBD NNP IN NNP CC DT NNP NN VBD DT NN .",
                 (const int[]){2, 0, 2, 5, 2, 9, 9, 9, 5, 2, 12, 10, 2},
                 "nsubj root obj case obl cc det compound conj conj det obj punct"),
           "(ROOT (S (S (NP (NNP Gondor)) (VP (VBD bombed) (NP (NNP Arnor)) (PP (IN on) (NP (NNP "
           "Monday))))) (CC and) (S (NP (DT the) (NNP Rohan) (NN navy)) (VP (VBD attacked) (NP "
           "(DT a) (NN tanker)))) (. .)))");
    STR_EQ(S_ptb("Rates fell and Gondor became rich .", "NNS VBD CC NNP VBD JJ .",
                 (const int[]){2, 0, 4, 2, 2, 5, 2}, "nsubj root cc conj conj xcomp punct"),
           "(ROOT (S (S (NP (NNS Rates)) (VP (VBD fell))) (CC and) (S (NP (NNP Gondor)) (VP (VBD "
           "became) (ADJP (JJ rich)))) (. .)))");
    STR_EQ(S_ptb("Elves believe that rain and winds ruin crops .", "NNS VBP IN NN CC NNS VBP NNS .",
                 (const int[]){2, 0, 4, 2, 6, 4, 2, 7, 2}, "nsubj root mark ccomp cc conj conj obj punct"),
           "(ROOT (S (NP (NNS Elves)) (VP (VP (VBP believe) (NP (NP (IN that) (NP (NN rain))) (CC "
           "and) (NP (NNS winds)))) (VP (VBP ruin) (NP (NNS crops)))) (. .)))");
}

/* A quote, comma, conjunction or preposition that the parser hung on a name's title
 * (or the title's first word) opens the whole phrase: title and name are one NP. */
static void test_ptb_title_marks(void)
{
    STR_EQ(S_ptb("Rohan fell and King Theoden fled", "NNP VBD CC NNP NNP VBD",
                 (const int[]){2, 0, 4, 5, 6, 2}, "nsubj root cc nmod:desc nsubj conj"),
           "(ROOT (S (S (NP (NNP Rohan)) (VP (VBD fell))) (S (NP (CC and) (NP (NNP King) "
           "(NNP Theoden))) (VP (VBD fled)))))");
    STR_EQ(S_ptb("Exports rose , Trade Minister Faramir Hurin said", "NNS VBD , NN NNP NNP NNP VBD",
                 (const int[]){2, 8, 4, 5, 6, 8, 6, 0},
                 "nsubj ccomp punct compound nmod:desc nsubj flat root"),
           "(ROOT (S (S (NP (NNS Exports)) (VP (VBD rose))) (, ,) (NP (NN Trade) (NNP Minister) "
           "(NNP Faramir) (NNP Hurin)) (VP (VBD said))))");
    /* a title with its preposition before the name read as a possessor: the title is a
     * word of the possessor's name, and the possessed noun takes the preposition */
    STR_EQ(S_ptb("Rohan backed a revolt against President Faramir Hurin 's rule",
                 "NNP VBD DT NN IN NNP NNP NNP POS NN", (const int[]){2, 0, 4, 2, 6, 4, 10, 7, 7, 2},
                 "nsubj root det obj case nmod nmod:poss flat case obj"),
           "(ROOT (S (NP (NNP Rohan)) (VP (VBD backed) (NP (NP (DT a) (NN revolt)) (PP (IN against) "
           "(NP (NP (NNP President) (NNP Faramir) (NNP Hurin) (POS 's)) (NN rule)))))))");
    STR_EQ(S_ptb("It fell , according to Gondor Steward Denethor", "PRP VBD , VBG IN NNP NNP NNP",
                 (const int[]){2, 0, 7, 7, 4, 7, 8, 2},
                 "nsubj root punct case fixed compound nmod:desc obl"),
           "(ROOT (S (NP (PRP It)) (VP (VBD fell) (, ,) (PP (S (VP (VBG according) (IN to))) "
           "(NP (NNP Gondor) (NNP Steward) (NNP Denethor))))))");
}

int main(void)
{
    test_ptb_hand();
    test_ptb_title_marks();
    test_ptb_object_name();
    test_ptb_verb_conj();
    test_ptb_punct_subject();
    test_ptb_conj_subject();
    test_ptb_coder_shapes();
    test_ptb_repairs();
    test_ptb_name_clause();
    test_ptb_report_set_off();
    test_ptb_set_off();
    test_ptb_relative_root();
    test_ptb_errors();
    test_ptb_gold();
    test_ptb_long();
    test_ptb_punct_run();
    return T_done();
}

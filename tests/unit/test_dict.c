/* test_dict.c — dictionary readers: entries, forms, dated codes, warnings with lines. */
#include <string.h>
#include "harness.h"
#include "dyad_code.h"
#include "dict/dict.h"

typedef struct warns {
    int n;
    long lines[64];
    const char *file; /* of the last one */
} warns;

static void S_diag(void *user, dyad_severity sev, const char *file, long line, const char *msg)
{
    warns *w = user;
    (void)sev, (void)msg;
    w->file = file;
    if (w->n < 64)
        w->lines[w->n++] = line;
}

static int S_has_line(const warns *w, long line)
{
    for (int i = 0; i < w->n; i++)
        if (w->lines[i] == line)
            return 1;
    return 0;
}

static const char *S_actor(const dyad_dict *d, const char *phrase, const char *date)
{
    char buf[256];
    char *w[16];
    strcpy(buf, phrase);
    int nw = dyad_split_words(buf, 1, w, 16);
    int node = 0;
    for (int i = 0; i < nw && node >= 0; i++)
    {
        int a = dyad_trie_child(&d->actors, node, w[i], strlen(w[i]));
        node = a >= 0 || i == 0 ? a : dyad_trie_child_gap(&d->actors, node, w[i], strlen(w[i]));
    }
    if (node < 0 || d->actors.val[node] < 0)
        return NULL;
    return dyad_actor_code_for(d, d->actors.val[node], date ? dyad_date_ordinal(date, strlen(date)) : -1);
}

/* The members of synset syn that start with word w, through the index, as
 * "WORDS|WORDS" in the order found; "!" when one is outside the set's range. */
static const char *S_chain(const dyad_dict *d, const char *set, const char *w)
{
    static char out[256];
    int syn = dyad_wmap_get(&d->synmap, d->str.v, 0, set, strlen(set));
    size_t len = 0;
    out[0] = 0;
    for (int32_t i = dyad_dict_syn_first(d, syn, w, strlen(w)); i >= 0 && len < 200;
         i = d->phrase.v[i].next) {
        const dyad_phrase *p = &d->phrase.v[i];
        const dyad_synset *sy = &d->syn.v[syn];
        if ((uint32_t)i < sy->first || (uint32_t)i >= sy->first + sy->n)
            return "!";
        for (int j = 0; j < p->n; j++)
            len += (size_t)snprintf(out + len, sizeof out - len, "%s%s",
                                    j ? " " : len ? "|" : "", dyad_dict_word(d, p->w, j));
    }
    return out;
}

int main(void)
{
    warns w = {0};
    dyad_diag diag = {S_diag, &w, 0, 0};
    dyad_dict *d = dyad_dict_new();
    OK(d != NULL);

    INT_EQ(dyad_dict_load(d, DYAD_DICT_VERBS, "tests/fixtures/dict/verbs.txt", &diag), DYAD_OK);
    dyad_dict_stats st;
    dyad_dict_get_stats(d, &st);
    INT_EQ(st.verb_patterns, 5);
    INT_EQ(st.synsets, 1);
    OK(dyad_dict_verb(d, "RESTORED", 8) >= 0);
    OK(dyad_dict_verb(d, "RESTORING", 9) >= 0);
    OK(dyad_dict_verb(d, "MET", 3) >= 0);
    OK(dyad_dict_verb(d, "MEETED", 6) < 0); /* {} forms replace regular ones */
    OK(dyad_dict_verb(d, "BEATING", 7) >= 0); /* multi-word +BEAT_UP */
    /* broken lines are reported with their line numbers and skipped */
    OK(S_has_line(&w, 31));
    OK(S_has_line(&w, 32));
    OK(S_has_line(&w, 33));
    OK(S_has_line(&w, 34));

    w.n = 0;
    INT_EQ(dyad_dict_load(d, DYAD_DICT_ACTORS, "tests/fixtures/dict/actors.txt", &diag), DYAD_OK);
    STR_EQ(S_actor(d, "ARNOR", NULL), "ARN");
    STR_EQ(S_actor(d, "ARNORIAN", NULL), "ARN");
    STR_EQ(S_actor(d, "GONDOR", NULL), "GON");
    STR_EQ(S_actor(d, "MINAS TIRITH", NULL), "GONCAP");
    STR_EQ(S_actor(d, "SMEAGOL", "19940101"), "HOB");
    STR_EQ(S_actor(d, "GOLLUM", "19970101"), "HOBGOV");
    STR_EQ(S_actor(d, "GOLLUM", "2001-01-01"), "HOBREB");
    OK(S_actor(d, "NOCODE", NULL) == NULL);
    STR_EQ(S_actor(d, "NASGUL", NULL), "###");
    STR_EQ(S_actor(d, "ITHILEN TELEVISION", NULL), "ITHTV");
    /* names on consecutive lines share the codes after them */
    STR_EQ(S_actor(d, "LEONID BREZHNEV", "19700101"), "RUSGOV");
    STR_EQ(S_actor(d, "SECRETARY BREZHNEV", "19700101"), "RUSGOV");
    /* a bare date means from that date on */
    STR_EQ(S_actor(d, "CAMERON", "20120101"), "GBRGOV");
    STR_EQ(S_actor(d, "CAMERON", "20000101"), "---");
    OK(S_has_line(&w, 11)); /* actor without a code */
    OK(S_has_line(&w, 12)); /* bad date */

    w.n = 0;
    INT_EQ(dyad_dict_load(d, DYAD_DICT_AGENTS, "tests/fixtures/dict/agents.txt", &diag), DYAD_OK);
    dyad_dict_get_stats(d, &st);
    INT_EQ(st.agents, 4);
    OK(dyad_trie_child(&d->agents, 0, "CONGRESSWOMAN", 13) >= 0);
    OK(dyad_trie_child(&d->agents, 0, "MINISTERS", 9) >= 0);
    OK(dyad_trie_child(&d->agents, 0, "POLICES", 7) < 0);
    OK(S_has_line(&w, 6));
    OK(S_has_line(&w, 7));

    INT_EQ(dyad_dict_load(d, DYAD_DICT_DISCARDS, "tests/fixtures/dict/discards.txt", &diag), DYAD_OK);
    INT_EQ(dyad_dict_discard(d, "The baseball season opened."), 1);
    INT_EQ(dyad_dict_discard(d, "Fans of the World Cup cheered."), 2);
    INT_EQ(dyad_dict_discard(d, "Baseballs flew."), 1);   /* stem */
    INT_EQ(dyad_dict_discard(d, "Golfers met."), 0);      /* GOLF_ is a whole word */
    INT_EQ(dyad_dict_discard(d, "They played golf."), 1);
    INT_EQ(dyad_dict_discard(d, "Arnor met Gondor."), 0);

    w.n = 0;
    INT_EQ(dyad_dict_load(d, DYAD_DICT_ISSUES, "tests/fixtures/dict/issues.txt", &diag), DYAD_OK);
    dyad_issue is[4];
    size_t ni = dyad_dict_issues(d, "Voters voted in the elections on human-rights.", is, 4);
    INT_EQ(ni, 2);
    STR_EQ(is[0].code, "ELECTIONS");
    INT_EQ(is[0].count, 2);
    STR_EQ(is[1].code, "RIGHTS");
    INT_EQ(dyad_dict_issues(d, "It was a mock election.", is, 4), 0);
    OK(S_has_line(&w, 6));

    dyad_dict_get_stats(d, &st);
    OK(st.bytes > 1000);

    /* a member of the coder's word sets that is no plain words (a code, a pattern mark)
     * is an error naming its file and line, and is skipped; other sets read such lines
     * as before */
    {
        static const char text[] = "&WRONG_\n+STEAL_\n+LOOT [112]\n+RIG_THE_VOTE\n"
                                   "&JUDGING_\n+(OF +)\n+UNFAIR_\n&OTHER_\n+SEIZE [112]\n";
        warns ew = {0};
        dyad_diag ed = {S_diag, &ew, 0, 0};
        dyad_dict *v = dyad_dict_new();
        OK(v != NULL);
        INT_EQ(dyad_dict_read(v, DYAD_DICT_VERBS, "charges.txt", text, sizeof text - 1, &ed),
               DYAD_OK);
        INT_EQ(ed.nerror, 2);
        INT_EQ(ed.nwarn, 0);
        OK(S_has_line(&ew, 3) && S_has_line(&ew, 6));
        OK(ew.file && !strcmp(ew.file, "charges.txt"));
        int wrong = dyad_wmap_get(&v->synmap, v->str.v, 0, DYAD_SYN_WRONG,
                                  strlen(DYAD_SYN_WRONG)),
            judging = dyad_wmap_get(&v->synmap, v->str.v, 0, DYAD_SYN_JUDGING,
                                    strlen(DYAD_SYN_JUDGING)),
            other = dyad_wmap_get(&v->synmap, v->str.v, 0, "&OTHER", 6);
        OK(wrong >= 0 && judging >= 0 && other >= 0);
        if (wrong >= 0 && judging >= 0 && other >= 0) {
            INT_EQ(v->syn.v[wrong].n, 2); /* STEAL, RIG THE VOTE */
            INT_EQ(v->syn.v[judging].n, 1);
            INT_EQ(v->syn.v[other].n, 1);
        }
        /* the skipped members are in no set's index, the other set's member is */
        STR_EQ(S_chain(v, DYAD_SYN_WRONG, "STEAL"), "STEAL");
        STR_EQ(S_chain(v, DYAD_SYN_WRONG, "LOOT"), "");
        STR_EQ(S_chain(v, DYAD_SYN_JUDGING, "(OF"), "");
        STR_EQ(S_chain(v, "&OTHER", "SEIZE"), "SEIZE [112]"); /* as it is written */
        dyad_dict_free(v);
    }

    /* each set's members by first word: those that share it in the set's order, with
     * their plurals, through a set reopened after another (its members move), one
     * included in another, and a second file */
    {
        static const char one[] = "&CHARGE\n+UNFAIR_TRADE\n+THEFT_\n+UNFAIR_\n"
                                  "&ODD_\n+UNFAIR_\n+BLOCKADE_OF_PORTS\n"
                                  "&CHARGE\n+UNFAIR_PRICES_\n+&ODD\n",
                          two[] = "&ODD_\n+THEFT_OF_HORSES\n&CHARGE_\n+THEFT_OF_GRAIN\n";
        warns ew = {0};
        dyad_diag ed = {S_diag, &ew, 0, 0};
        dyad_dict *v = dyad_dict_new();
        OK(v != NULL);
        INT_EQ(dyad_dict_read(v, DYAD_DICT_VERBS, "one.txt", one, sizeof one - 1, &ed), DYAD_OK);
        STR_EQ(S_chain(v, "&CHARGE", "UNFAIR"),
               "UNFAIR TRADE|UNFAIR TRADES|UNFAIR|UNFAIR PRICES|UNFAIR");
        STR_EQ(S_chain(v, "&CHARGE", "THEFT"), "THEFT");
        STR_EQ(S_chain(v, "&CHARGE", "BLOCKADE"), "BLOCKADE OF PORTS");
        STR_EQ(S_chain(v, "&CHARGE", "TRADE"), ""); /* a word inside a member only */
        STR_EQ(S_chain(v, "&CHARGE", "GONDOR"), "");
        STR_EQ(S_chain(v, "&ODD", "UNFAIR"), "UNFAIR");
        STR_EQ(S_chain(v, "&ODD", "THEFT"), "");
        INT_EQ(dyad_dict_syn_first(v, -1, "UNFAIR", 6), -1);
        INT_EQ(dyad_dict_read(v, DYAD_DICT_VERBS, "two.txt", two, sizeof two - 1, &ed), DYAD_OK);
        STR_EQ(S_chain(v, "&ODD", "THEFT"), "THEFT OF HORSES");
        STR_EQ(S_chain(v, "&CHARGE", "THEFT"), "THEFT|THEFT OF GRAIN");
        STR_EQ(S_chain(v, "&CHARGE", "UNFAIR"),
               "UNFAIR TRADE|UNFAIR TRADES|UNFAIR|UNFAIR PRICES|UNFAIR");
        INT_EQ(ew.n, 0);
        dyad_dict_free(v);
    }
    INT_EQ(dyad_dict_load(d, DYAD_DICT_VERBS, "tests/fixtures/dict/no-such-file", &diag), DYAD_ENOTFOUND);
    dyad_dict_free(d);
    dyad_dict_free(NULL);

    /* the full Phoenix set loads without errors */
    const char *sh = T_shared();
    if (!sh) {
        SKIP("../shared not present");
    } else {
        static const char *files[][2] = {
            {"V", "petrarch2/CAMEO.2.0.txt"},
            {"A", "petrarch2/Phoenix.Countries.actors.txt"},
            {"A", "petrarch2/Phoenix.International.actors.txt"},
            {"A", "petrarch2/Phoenix.MilNonState.actors.txt"},
            {"G", "petrarch2/Phoenix.agents.txt"},
            {"D", "petrarch2/Phoenix.discards.txt"},
            {"I", "petrarch2/Phoenix.IssueCoding.txt"},
        };
        dyad_diag quiet = {0};
        d = dyad_dict_new();
        for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
            char path[512];
            snprintf(path, sizeof path, "%s/%s", sh, files[i][1]);
            dyad_dict_kind k = files[i][0][0] == 'V' ? DYAD_DICT_VERBS
                             : files[i][0][0] == 'A' ? DYAD_DICT_ACTORS
                             : files[i][0][0] == 'G' ? DYAD_DICT_AGENTS
                             : files[i][0][0] == 'D' ? DYAD_DICT_DISCARDS
                                                     : DYAD_DICT_ISSUES;
            INT_EQ(dyad_dict_load(d, k, path, &quiet), DYAD_OK);
        }
        INT_EQ(quiet.nerror, 0);
        dyad_dict_get_stats(d, &st);
        OK(st.actors > 10000);
        OK(st.verb_patterns > 4000);
        OK(st.agents > 500);
        STR_EQ(S_actor(d, "UNITED STATES", "20150101"), "USA");
        dyad_dict_free(d);
    }
    return T_done();
}

/*
 * clauses.c — comma clauses for the event coder (coder.c): which clauses set off by
 * commas are removed from the linearised items before coding, and which are kept.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "code/coder_int.h"

/* ---------------------------------------------------------------- comma clauses */

/* PETRARCH's check_commas: clauses set off by commas whose length in words is within
 * the configured bounds are removed before coding (initial, internal, terminal), then
 * a comma left with no words before it (or after it) is dropped too. Removing a clause
 * removes its words and the entities wholly inside it. */

static int S_alpha_words(const dyad_cd_ctx *c, int lo, int hi)
{
    int n = 0;
    for (int k = lo; k < hi; k++)
        if (!c->del[k] && c->it[k].type == I_WORD && isalpha((unsigned char)c->up[c->it[k].tok][0]))
            n++;
    return n;
}

/* Does items [lo, hi) hold the verb of the sentence's own predicate (a verb phrase of
 * its top clause or of a clause coordinated there, also a finite one of verb phrases
 * coordinated in it: "officials met in X, and signed ..."; a participle there is a
 * clause of its own, "launched missiles ..., damaging power facilities"), or of a
 * participle clause of a verb phrase (dyad_cd_verbc.end_own)? */
static int S_holds_main_verb(const dyad_cd_ctx *c, int lo, int hi)
{
    for (size_t i = 0; i < c->nvc; i++) {
        int vp = c->vc[i].vp, p = dyad_cd_node(c, vp)->parent, v = c->vc[i].verb_item;
        if (v < lo || v >= hi)
            continue;
        while (p >= 0 && dyad_cd_label_is(c, p, "VP") &&
               !dyad_cd_label_is(c, dyad_cd_node(c, vp)->first, "VBG"))
            p = dyad_cd_node(c, p)->parent;
        /* the clause a verb of the predicate reports ("Trump said that if Europe
         * follows through, he will impose the tariff") is the predicate's too */
        while (p >= 0 && dyad_cd_label_is(c, p, "S") && p != c->root &&
               dyad_cd_node(c, p)->parent != c->root) {
            int q = dyad_cd_node(c, p)->parent, m = dyad_cd_node(c, q)->first;
            if (dyad_cd_label_is(c, q, "S")) {
                p = q; /* one of clauses coordinated in the reported one: "said Russia was
                        * responsible, and Britain expelled 23 diplomats" */
                continue;
            }
            if (dyad_cd_label_is(c, q, "SBAR") &&
                (m == p ||
                 (dyad_cd_isleaf(c, m) && !strcmp(c->up[dyad_cd_node(c, m)->tok], "THAT"))))
                q = dyad_cd_node(c, q)->parent; /* not "during", "after": no report */
            if (q < 0 || !dyad_cd_label_is(c, q, "VP"))
                break;
            while (q >= 0 && dyad_cd_label_is(c, q, "VP"))
                q = dyad_cd_node(c, q)->parent;
            p = q;
        }
        if (p < 0)
            continue;
        if (p == c->root || (dyad_cd_label_is(c, p, "S") && dyad_cd_node(c, p)->parent == c->root))
            return 1;
        /* an adverbial clause of the sentence with a doer of its own (dyad_cd_own_clause):
         * ", while Israel placed the blame on Islamic Jihad", ", three months after Russia
         * invaded Ukraine" */
        int sb = dyad_cd_label_is(c, p, "S") ? dyad_cd_node(c, p)->parent : -1, from = -1;
        if (sb >= 0) /* its first word: a comma opening it is no word item, "(NP , hours)" */
            for (int t = dyad_cd_node(c, sb)->tok; from < 0 && t < dyad_cd_node(c, sb)->tok_end; t++)
                from = dyad_cd_item_of_tok(c, 0, (int)c->nit, t);
        int up = sb >= 0 ? dyad_cd_node(c, sb)->parent : -1;
        while (up >= 0 && up != c->root && dyad_cd_label_is(c, up, "VP"))
            up = dyad_cd_node(c, up)->parent; /* or of the predicate's verb phrase */
        if (from >= 0 && dyad_cd_label_is(c, sb, "SBAR") && up == c->root &&
            dyad_cd_own_clause(c, sb, from, 0))
            return 1;
        for (size_t j = 0; j < c->nvc; j++)
            if (v >= c->vc[j].end_own && v < c->vc[j].end_item)
                return 1;
    }
    return 0;
}

/* Does items [lo, hi) hold the first entity of the top clause's subject, the noun
 * phrase before its verb phrase ("On Monday, [Saudi Crown Prince Mohammed bin Salman],
 * known as MBS, met ...")? A verb phrase opening the clause before a comma is a
 * participle's, no predicate: the subject comes after it ("Speaking in Ankara,
 * [Turkish Foreign Minister Kemal Arslan], a former spy chief, condemned ..." lost its
 * subject with the description's commas, and the verb its doer). */
static int S_holds_subject(const dyad_cd_ctx *c, int lo, int hi)
{
    int subj = -1;
    for (int ch = dyad_cd_node(c, c->root)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next) {
        int next = dyad_cd_node(c, ch)->next;
        if (dyad_cd_label_is(c, ch, "VP") &&
            (subj >= 0 || next < 0 || !dyad_cd_label_is(c, next, ",")))
            break;
        if (dyad_cd_label_is(c, ch, "NP"))
            subj = ch;
    }
    if (subj < 0)
        return 0;
    const dyad_tnode *sn = dyad_cd_node(c, subj);
    for (int k = 0; k < (int)c->nit; k++) {
        const dyad_cd_item *x = &c->it[k];
        if (x->type != I_NES && x->type != I_NECS)
            continue;
        const dyad_cd_ent *e = &c->ent[x->ent];
        if (e->tok0 >= sn->tok && e->tok1 <= sn->tok_end)
            return k >= lo && k < hi;
    }
    return 0;
}

/* Do items [lo, hi) begin with "including", naming members of the phrase before them
 * ("levied tariffs on exports from 35 countries, including the EU bloc")? */
static int S_including(const dyad_cd_ctx *c, int lo, int hi)
{
    for (int k = lo; k < hi; k++)
        if (c->it[k].type == I_WORD)
            return !strcmp(c->up[c->it[k].tok], "INCLUDING");
    return 0;
}

/* Do items [lo, hi) begin with a claim (dyad_cd_claim_noun) that a clause after it
 * answers ("accused India of backing militants, [a charge New Delhi rejected]")? */
static int S_charge_clause(const dyad_cd_ctx *c, int lo, int hi)
{
    for (int k = lo; k < hi; k++) {
        if (c->it[k].type != I_WORD)
            continue;
        const char *w = c->up[c->it[k].tok];
        if (!strcmp(w, "A") || !strcmp(w, "AN") || !strcmp(w, "THE"))
            continue;
        return dyad_cd_claim_noun(w);
    }
    return 0;
}

/* Do items [lo, hi) hold the verb of an object's or a subject's relative clause
 * (dyad_cd_object_relative, dyad_cd_subject_relative, dyad_cd_whose_clause)? */
static int S_holds_relative(const dyad_cd_ctx *c, int lo, int hi)
{
    for (size_t i = 0; i < c->nvc; i++) {
        int s = dyad_cd_vp_clause(c, c->vc[i].vp);
        if (c->vc[i].verb_item >= lo && c->vc[i].verb_item < hi &&
            (dyad_cd_relative_pron(c, c->vc[i].vp) >= 0 ||
             dyad_cd_subject_relative(c, s, (int)c->nit, 0) >= 0 ||
             dyad_cd_whose_clause(c, s)))
            return 1;
    }
    return 0;
}

/* Do items [lo, hi) hold a participle with its doer set off by commas after the noun it
 * is said of ("The Saudi convoy, ambushed by Houthi fighters near Marib, lost three
 * trucks"), or a subjectless gerund clause whose doer is the subject before it
 * ("Rohan's king, after meeting the envoy, said ...": dyad_cd_adjunct_doer)? It tells
 * an act of its own, as it does without the commas, while for the sentence's other
 * verbs it is a clause to remove as any other: its doer is none of theirs ("A group of
 * politicians, led by Governor Cuomo, charged ..."). */
static int S_holds_by_participle(const dyad_cd_ctx *c, int lo, int hi)
{
    for (size_t i = 0; i < c->nvc; i++) {
        int vp = c->vc[i].vp, np = dyad_cd_node(c, vp)->parent, doer;
        if (c->vc[i].verb_item < lo || c->vc[i].verb_item >= hi)
            continue;
        if (np >= 0 && dyad_cd_label_is(c, np, "NP") && dyad_cd_by_participle(c, vp, 1) &&
            dyad_cd_item_of_tok(c, 0, lo, dyad_cd_node(c, np)->tok) >= 0)
            return 1;
        int v0 = dyad_cd_node(c, vp)->first; /* a gerund, not "as agreed by OPEC" */
        if (v0 >= 0 && dyad_cd_label_is(c, v0, "VBG") && dyad_cd_adjunct_doer(c, vp, &doer) &&
            doer >= 0 && doer < lo)
            return 1;
    }
    return 0;
}

static void S_delete(dyad_cd_ctx *c, int lo, int hi)
{
    /* in an article: ", the foreign minister, met X" keeps "met X", "On Monday, X,
     * known as Y, met Z" keeps X, ", including Japan" keeps the parties it names, and
     * ", a charge Tehran rejected" the rejection, ", which he hit with a levy" the
     * levy */
    if (c->cr && (S_holds_main_verb(c, lo, hi) || S_holds_subject(c, lo, hi) ||
                  S_including(c, lo, hi) || S_charge_clause(c, lo, hi) ||
                  S_holds_relative(c, lo, hi)))
        return;
    /* ", ambushed by Houthi fighters," is removed for every verb but its own
     * (dyad_cd_own_clause_only) */
    int byp = c->cr && c->nbyc < 255 && S_holds_by_participle(c, lo, hi) ? ++c->nbyc : 0;
    int k = 0;
    while (k < hi) {
        const dyad_cd_item *x = &c->it[k];
        if (x->type == I_NES || x->type == I_NECS) {
            int e = dyad_cd_ent_end(c, k);
            if (k >= lo && e < hi)
                for (int j = k; j <= e; j++)
                    c->del[j] = 1, c->bydel[j] = (unsigned char)byp;
            k = e + 1; /* an entity reaching outside the clause stays whole */
            continue;
        }
        if (k >= lo && (x->type == I_WORD || x->type == I_COMMA))
            c->del[k] = 1, c->bydel[k] = (unsigned char)byp;
        k++;
    }
}

static int S_next_comma(const dyad_cd_ctx *c, int from, int to)
{
    for (int k = from; k < to; k++)
        if (!c->del[k] && c->it[k].type == I_COMMA)
            return k;
    return -1;
}

static int S_prev_comma(const dyad_cd_ctx *c, int from)
{
    for (int k = from; k >= 0; k--)
        if (!c->del[k] && c->it[k].type == I_COMMA)
            return k;
    return -1;
}

void dyad_cd_commas(dyad_cd_ctx *c)
{
    const dyad_code_opts *o = c->o;
    int n = (int)c->nit;
    int first = S_next_comma(c, 0, n);
    if (first < 0)
        return;
    if (o->comma_bmax) {
        int kount = S_alpha_words(c, 0, first);
        if (kount >= o->comma_bmin && kount <= o->comma_bmax)
            S_delete(c, 0, first);
    }
    int kend = n - 1; /* the final punctuation, or the last word */
    while (kend > 0 && c->it[kend].type != I_WORD && c->it[kend].type != I_COMMA)
        kend--;
    if (o->comma_emax) {
        int ka = S_prev_comma(c, kend - 1);
        if (ka >= 0) {
            int kount = S_alpha_words(c, ka, n);
            if (kount >= o->comma_emin && kount <= o->comma_emax)
                S_delete(c, ka + 1, kend);
        }
    }
    if (o->comma_max) {
        int ka = S_next_comma(c, 0, n);
        while (ka >= 0) {
            int kb = S_next_comma(c, ka + 1, n);
            if (kb < 0)
                break;
            int kount = S_alpha_words(c, ka + 1, kb);
            if (kount >= o->comma_min && kount <= o->comma_max)
                S_delete(c, ka, kb);
            ka = kb;
        }
    }
    first = S_next_comma(c, 0, n);
    if (first >= 0 && S_alpha_words(c, 0, first) == 0)
        c->del[first] = 1;
    int last = S_prev_comma(c, kend - 1);
    if (last >= 0 && S_alpha_words(c, last + 1, kend) == 0)
        c->del[last] = 1;
}

/* Make the items of the n-th comma clause of a participle with its doer (S_delete) seen
 * and the other such clauses removed, for coding the verb of that clause; n 0 removes
 * them all. */
void dyad_cd_own_clause_only(dyad_cd_ctx *c, int n)
{
    for (size_t k = 0; c->nbyc && k < c->nit; k++)
        if (c->bydel[k])
            c->del[k] = c->bydel[k] != n;
}

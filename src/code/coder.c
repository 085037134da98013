/*
 * coder.c — the event coder: parse tree + date + dictionaries -> (source, target, code).
 * This file holds the items, patterns, events, the verbs' check and the API; the
 * entities are in entity.c, coreference in corefs.c, comma clauses in clauses.c, and
 * the context they share in coder_int.h.
 *
 * Algorithm (after PETRARCH-1's read_TreeBank/check_commas/check_verbs, re-done on a
 * tree; PETRARCH-2 is followed for agents consuming their words and for negation):
 *  1. Noun phrases become entities (NE), compounds (NEC) open into their members
 *     and each entity is given a code (entity.c).
 *  2. The sentence is linearised into words and entity markers; comma clauses of the
 *     configured lengths are removed. For each verb phrase headed by a VB* word found in
 *     the verb dictionary, the words before the verb (back to a comma, nearest first)
 *     and the words of the verb phrase are matched against the verb's patterns; the
 *     first match gives the code, else the verb's own code ([+++] patterns are
 *     passed over). A match skips the rest of that verb phrase. Passive "was VBN ...
 *     by X" makes X the doer. A multi-word verb whose last word is a noun inside an
 *     entity ("expressed condolences [to X]") leaves the rest of that entity to be
 *     read as it ("(TO +)").
 *  3. Source: the pattern's $, else the first coded entity before the verb; target: the
 *     pattern's +, else the first coded entity after the verb with another code, else
 *     one before it (not a member of the source); "% *" codes among a compound's members, "* WITH %" makes the
 *     compound the target. Compounds multiply events; "a:b" codes give a and the
 *     reverse b; "A/B" actor codes stand for both.
 * In an article (dyad_code_tree_coref, resolve/coref.h) the coder also reads beyond
 * the sentence and its first actor, as PETRARCH's single-sentence records do not:
 *  - an entity without an actor of its own takes the code coreference finds for it
 *    (corefs.c);
 *  - an actor still without a country ("---GOV") is unknown, as "---" is;
 *  - a duty reported of another actor ("X said Y must ...", "should", "needs to", "it
 *    is time for Y to") is the reporter's appeal or demand, whatever the duty's verb
 *    (S_duty), coded by what it asks where CAMEO has a code for that (to yield, give
 *    aid, meet: S_asked_as);
 *  - the subject of an embedded clause is its verb's source ("X said Y attacked Z"),
 *    and so is a subject cut off by commas ("X, Ukraine's foreign minister, met Y"):
 *    a comma clause that holds the sentence's own verb is not removed, and an
 *    apposition gives an unknown name its actor;
 *  - a participle clause in a verb phrase ("issued a warrant for X, accusing him of
 *    ...", "signed an order withdrawing the United States from ...") is coded on its
 *    own after the verb's match, with the clause's subject as its doer; so is an
 *    adverbial clause whose subject names an actor ("hit Odesa, a day after Moscow
 *    and Kyiv signed a deal");
 *  - every form of "be" makes a passive, and so does a participle with "by" after a
 *    noun ("a meeting requested by X"), also set off by commas ("Iran, accused by the
 *    United States of ..., denied"); the doer is the "by" phrase or the attack it
 *    was done in ("killed in a U.S. air strike"), and a passive without one is no act
 *    of its subject, even when a pattern names the other party; nor is an occasion
 *    in a place its subject ("a summit in Paris hosted by X"); a protest, request or
 *    proposal put to a party so is its reporter's ("Tokyo said a protest was lodged
 *    with Beijing");
 *  - several actors with no one else named do a reciprocal event with one another
 *    ("A and B held talks in C": A->B and B->A); a place ("in C", "a summit in C")
 *    is no one, nor is whom a [---] pattern names as +, as "met (IN +)" does, nor a
 *    pattern's + that is a place or no one known ("met for hours in Geneva"); a
 *    paired code done to no one known is done among them only when it is the same
 *    act both ways (a call), not a visit or hosting ("A and B received criticism");
 *  - what is said or agreed in a place is not said to it ("pledged in Paris");
 *  - an adjunct of concession, circumstance or time after the verb ("despite warnings
 *    from X", "amid protests by X", "following health ministry tests") is read by no pattern that
 *    does not name its preposition, and its party is no target of the verb when
 *    conceded or the adjunct's actor after the verb's object (S_adjunct_party).
 * Everything is per-call state in one context; the dictionary is only read.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "code/coder_int.h"

/* ---------------------------------------------------------------- items */

int dyad_cd_push(dyad_cd_ctx *c, int type, int tok, int ent)
{
    if (GROW(c, c->it, c->nit, c->capit))
        return -1;
    c->it[c->nit].type = type;
    c->it[c->nit].tok = tok;
    c->it[c->nit].ent = ent;
    c->nit++;
    return 0;
}

/* ---------------------------------------------------------------- patterns */

typedef struct S_loc {
    int item;  /* item index of the entity start marker, -1 none */
    int last;  /* item of the last pattern word matched (on the target's S_loc), -1 */
    int lead;  /* item of its first word, a phrase's of a synonym set ("a slap in the
                * face": the judgement's own noun, before its PP), -1 */
} S_loc;

static const char *S_itword(const dyad_cd_ctx *c, int item)
{
    const dyad_cd_item *x = &c->it[item];
    return x->type == I_WORD || x->type == I_COMMA ? c->up[x->tok] : NULL;
}

/* Entity start marker of the entity an entering marker belongs to. */
static int S_start_of(const dyad_cd_ctx *c, const int *seq, int nseq, int ks, int upper)
{
    int e = c->it[seq[ks]].ent;
    if (!upper)
        return seq[ks];
    for (int k = ks; k < nseq; k++) {
        const dyad_cd_item *x = &c->it[seq[k]];
        if ((x->type == I_NES || x->type == I_NECS) && x->ent == e)
            return seq[k];
    }
    return seq[ks];
}

/* A pattern matches only when each of its words is a word of the sentence and, for
 * each &SET in it, all words of one of the set's phrases are; with a big verb
 * dictionary most patterns fail so, and checking that against a set of the sentence's
 * words is much cheaper than running the matcher over the sentence for them. The set
 * is keyed by dyad_word_key, which pattern and phrase words carry from the dictionary,
 * and signed by a bit of the key (its top bits: the slot takes the low ones). */
static uint64_t S_key_sig(uint32_t key) { return 1ull << (key >> 26); }

/* Is w, of key `key`, a word of the sentence? */
static int S_has_word(const dyad_cd_ctx *c, uint32_t key, const char *w)
{
    if (!(c->wsig & S_key_sig(key)))
        return 0;
    size_t h = key & (c->wcap - 1);
    for (; c->wset[h]; h = (h + 1) & (c->wcap - 1))
        if (!strcmp(c->up[c->wset[h] - 1], w))
            return 1;
    return 0;
}

/* May pattern tokens tk[0..ntk) match? The word set is made when first needed. */
static int S_may_match(dyad_cd_ctx *c, const dyad_ptok *tk, int ntk)
{
    size_t ntok = c->t->ntok;
    if (!c->wcap && ntk) {
        size_t cap = 16;
        while (cap < 2 * ntok)
            cap *= 2;
        c->wset = calloc(cap, sizeof *c->wset);
        c->synok = calloc(c->d->syn.n + 1, 1);
        if (!c->wset || !c->synok) {
            c->oom = 1;
            return 0;
        }
        c->wcap = cap;
        for (size_t k = 0; k < ntok; k++) {
            uint32_t key = dyad_word_key(c->up[k], strlen(c->up[k]));
            size_t h = key & (cap - 1);
            c->wsig |= S_key_sig(key);
            while (c->wset[h] && strcmp(c->up[c->wset[h] - 1], c->up[k]))
                h = (h + 1) & (cap - 1);
            c->wset[h] = (int)k + 1;
        }
    }
    for (int i = 0; i < ntk; i++) {
        if (tk[i].type == DYAD_PT_WORD &&
            !S_has_word(c, tk[i].key, dyad_dict_str(c->d, tk[i].word)))
            return 0;
        if (tk[i].type != DYAD_PT_SYN || c->synok[tk[i].syn] == 1)
            continue;
        if (c->synok[tk[i].syn] == 2)
            return 0;
        const dyad_synset *sy = &c->d->syn.v[tk[i].syn];
        int any = 0;
        for (uint32_t k = 0; k < sy->n && !any; k++) {
            const dyad_phrase *p = &c->d->phrase.v[sy->first + k];
            any = 1;
            for (int j = 0; j < p->n && any; j++)
                any = S_has_word(c, dyad_dict_word_key(c->d, p->w, j),
                                 dyad_dict_word(c->d, p->w, j));
        }
        c->synok[tk[i].syn] = any ? 1 : 2;
        if (!any)
            return 0;
    }
    return 1;
}

/* The length of the longest phrase of set sy at seq[ks] (0 if none): a member that
 * another one opens ("AID" of "AID PACKAGE") leaves the rest to the pattern's next word
 * only when the longer one is absent ("announced an aid package for Ukraine"). */
static int S_syn_match(const dyad_cd_ctx *c, const dyad_synset *sy, const int *seq, int nseq,
                       int ks, int upper)
{
    int best = 0;
    for (size_t i = 0; i < sy->n; i++) {
        const dyad_phrase *p = &c->d->phrase.v[sy->first + i];
        int ok = 1;
        for (int j = 0; j < p->n && ok; j++) {
            int k = ks + j;
            const char *w = k < nseq ? S_itword(c, seq[k]) : NULL;
            const char *pw = dyad_dict_word(c->d, p->w, upper ? p->n - 1 - j : j);
            ok = w && !strcmp(w, pw) && !(c->lowverb[c->it[seq[k]].tok] & DYAD_CD_MONTH);
        }
        if (ok && p->n > best)
            best = p->n;
    }
    return best;
}

/* Is item x, which the party of pattern token kp would pass over, the verb of an
 * infinitive whose "to" the token before matched? "(TO +)" names whom something is
 * directed to ("objected to the plan", "appealed to Iran"); the object of an act that
 * "to" opens is no such party ("opposes EC efforts to curb U.S. exports"). */
static int S_infinitive_verb(const dyad_cd_ctx *c, const dyad_ptok *tk, int kp,
                             const dyad_cd_item *x)
{
    return kp > 0 && tk[kp - 1].type == DYAD_PT_WORD &&
           !strcmp(dyad_dict_str(c->d, tk[kp - 1].word), "TO") && x->type == I_WORD &&
           x->tok > 0 && dyad_is(c->up[x->tok - 1], "TO") &&
           dyad_cd_label_is(c, c->t->tok_node[x->tok], "VB");
}

/* Is the entity at item a time ("fired his defence minister on Sunday", "attacked on
 * March 3", "fired into the night")? It is no party, so a pattern's $, + or % does not
 * take it: "- * (ON +)" then fails and a later pattern ("- * MINISTER") holds. */
static int S_time_ent(const dyad_cd_ctx *c, int item)
{
    const dyad_cd_ent *e = &c->ent[c->it[item].ent];
    return !dyad_cd_coded(c, item) && dyad_cd_time_span(c, e->tok0, e->tok1);
}

static int S_item_tok(const dyad_cd_ctx *c, int k);
static int S_in_act_judgement(const dyad_cd_ctx *c, int tok);

/* Is the word at item it the verb of an infinitive ("to impose") inside another
 * infinitive that opens at token from or later? A pattern's "(TO VERB)" reads the
 * verb's own infinitive, not one that the first governs: "voted to urge Reagan to impose
 * penalties" votes to urge, and the penalties are urged on Reagan; "intended to ask the
 * government to retaliate" intends an appeal. An infinitive joined to the first ("pledged
 * to keep the sea lanes open and to protect tankers") is not inside it, and one of going
 * on or trying ("pledged to continue to support Pakistan") leaves the act its own. */
static int S_inner_infinitive(const dyad_cd_ctx *c, int it, int from)
{
    static const char *const aspect[] = {"CONTINUE", "KEEP", "BEGIN", "START", "TRY", "SEEK",
                                         "ATTEMPT", "STRIVE", "MOVE", NULL};
    const dyad_cd_item *x = &c->it[it];
    if (x->type != I_WORD || x->tok < 1 || !dyad_is(c->up[x->tok - 1], "TO") ||
        !dyad_cd_label_is(c, c->t->tok_node[x->tok], "VB"))
        return 0;
    for (int p = dyad_cd_node(c, c->t->tok_node[x->tok])->parent;
         p >= 0 && dyad_cd_node(c, p)->tok >= from; p = dyad_cd_node(c, p)->parent) {
        int first = dyad_cd_node(c, p)->first;
        if (dyad_cd_label_is(c, p, "VP") && first >= 0 && dyad_cd_label_is(c, first, "TO") &&
            dyad_cd_node(c, first)->tok < x->tok - 1 &&
            !dyad_among(c->up[dyad_cd_node(c, first)->tok + 1], aspect))
            return 1;
    }
    return 0;
}

/* Is the word at item it, before the finite verb whose nearest earlier word is at token
 * last, inside a modifier of a noun that closes before the verb: an adjective phrase or
 * a prepositional phrase other than "of" ("Protesters angry at the fall of Goma
 * attacked")? A set of the doer's kind ("&MARKETMOVE_ *": "the slump in share prices hit
 * investors") names the doer, not what it feels for or against; a participle's noun
 * stays its own, inside a phrase or not ("during a raid carried out by ..."). */
static int S_modifier_word(const dyad_cd_ctx *c, int it, int last)
{
    if (last + 1 >= (int)c->t->ntok || dyad_cd_label_is(c, c->t->tok_node[last + 1], "VBN") ||
        dyad_cd_label_is(c, c->t->tok_node[last + 1], "VBG"))
        return 0;
    int mod = 0;
    for (int n = dyad_cd_node(c, c->t->tok_node[c->it[it].tok])->parent; n >= 0;
         n = dyad_cd_node(c, n)->parent) {
        const dyad_tnode *x = dyad_cd_node(c, n);
        if (dyad_cd_label_is(c, n, "S") || x->tok_end > last + 1)
            return 0;
        if (dyad_cd_label_is(c, n, "ADJP") ||
            (dyad_cd_label_is(c, n, "PP") && !dyad_is(c->up[x->tok], "OF")))
            mod = 1;
        else if (mod && dyad_cd_label_is(c, n, "NP"))
            return 1;
    }
    return 0;
}

static int S_match(const dyad_cd_ctx *c, const dyad_ptok *tk, int ntk, const int *seq, int nseq,
                   int upper, S_loc *src, S_loc *tgt)
{
    if (ntk == 0)
        return 1;
    if (nseq == 0)
        return 0;
    int kp = 0, ks = 0, inside = -1; /* inside: entity start item, -1 none */
    int adj = 0; /* reading an adjunct whose preposition the pattern named (S_sequences) */
    while (kp < ntk) {
        const dyad_cd_item *x = &c->it[seq[ks]];
        /* quotation marks are no words of a pattern: scare quotes ("is \"deeply
         * disappointed\" by the approval", "called the move \"unacceptable\"") leave
         * the words they quote where they stand */
        if (x->type == I_WORD && (!strcmp(c->up[x->tok], "``") || !strcmp(c->up[x->tok], "''"))) {
            if (++ks >= nseq)
                return 0;
            continue;
        }
        if (x->type >= I_NES) {
            int entering = upper ? (x->type == I_NEE || x->type == I_NECE)
                                 : (x->type == I_NES || x->type == I_NECS);
            /* within a compound, $ + % refer to the whole compound, not a member */
            if (entering && !(inside >= 0 && c->it[inside].type == I_NECS))
                inside = S_start_of(c, seq, nseq, ks, upper);
            else if (!entering && inside >= 0 && c->it[inside].ent == x->ent)
                inside = -1;
            if (++ks >= nseq)
                return 0;
            continue;
        }
        const dyad_ptok *t = &tk[kp];
        if (t->type == DYAD_PT_SRC || t->type == DYAD_PT_TGT || t->type == DYAD_PT_SKIP ||
            t->type == DYAD_PT_COMP) {
            /* % needs a compound; over anything else it is a word that did not match */
            int fits = inside >= 0 && (t->type != DYAD_PT_COMP || c->it[inside].type == I_NECS) &&
                       (upper || !c->subcl[inside] || (adj && c->subcl[inside] == 2)) &&
                       !S_time_ent(c, inside);
            if (fits) {
                if (t->type == DYAD_PT_SRC)
                    src->item = inside;
                else if (t->type == DYAD_PT_TGT)
                    tgt->item = inside;
                else if (t->type == DYAD_PT_COMP && !upper)
                    tgt->item = inside; /* "* WITH %": the compound is the target */
                else if (t->type == DYAD_PT_COMP)
                    src->item = tgt->item = inside; /* "% *": events among its members */
                /* the rest of the entity is passed over */
                int e = c->it[inside].ent;
                while (ks < nseq) {
                    const dyad_cd_item *y = &c->it[seq[ks]];
                    if (y->type >= I_NES && y->ent == e)
                        break;
                    ks++;
                }
                if (++kp >= ntk)
                    return 1;
                if (ks >= nseq)
                    return 0; /* the entity's other end is not in the sequence */
                continue;
            }
            if (!t->gap || (!upper && S_infinitive_verb(c, tk, kp, x)))
                return 0;
            if (++ks >= nseq)
                return 0;
            continue;
        }
        int len = 0, sub = upper ? 0 : c->subcl[seq[ks]];
        if (sub == 1 || (sub == 2 && !adj))
            len = 0; /* a subordinate clause's words are its own verb's, an adjunct's
                      * its setting's (S_sequences) */
        else if (t->type == DYAD_PT_SYN)
            len = upper && x->type == I_WORD && S_modifier_word(c, seq[ks], S_item_tok(c, seq[0]))
                      ? 0
                      : S_syn_match(c, &c->d->syn.v[t->syn], seq, nseq, ks, upper);
        else {
            const char *w = S_itword(c, seq[ks]);
            len = w && !strcmp(w, dyad_dict_str(c->d, t->word)) &&
                  (upper || !S_inner_infinitive(c, seq[ks], S_item_tok(c, seq[0])));
        }
        if (sub == 3)
            adj = len > 0;
        if (len) {
            tgt->lead = seq[ks];
            ks += len - 1;
            tgt->last = seq[ks];
            if (++kp >= ntk)
                return 1;
            if (++ks >= nseq)
                return 0;
        } else {
            if (!t->gap)
                return 0;
            if (++ks >= nseq)
                return 0;
        }
    }
    return 1;
}

/* ---------------------------------------------------------------- events */

/* Is the entity at item coded: an actor of its own or, for a compound, of a member
 * ("air strikes and artillery fire" is not)? */
int dyad_cd_coded(const dyad_cd_ctx *c, int item)
{
    const dyad_cd_item *x = &c->it[item];
    const dyad_cd_ent *e = &c->ent[x->ent];
    int first = x->type == I_NECS ? e->first_mem : x->ent;
    int cnt = x->type == I_NECS ? e->nmem : 1;
    for (int i = 0; i < cnt; i++)
        if (strncmp(c->ent[first + i].code, "---", 3))
            return 1;
    return 0;
}

/* Codes of the entity at item: members of a compound, or the entity alone; a code
 * "A/B" written in the actor dictionary stands for both A and B. */
static int S_codes(const dyad_cd_ctx *c, int item, char (*codes)[64], const dyad_cd_ent **ents,
                   int max)
{
    const dyad_cd_item *x = &c->it[item];
    const dyad_cd_ent *e = &c->ent[x->ent];
    int n = 0;
    int first = x->type == I_NECS ? e->first_mem : x->ent;
    int cnt = x->type == I_NECS ? e->nmem : 1;
    for (int i = 0; i < cnt && n < max; i++) {
        const dyad_cd_ent *m = &c->ent[first + i];
        const char *p = m->code;
        for (;;) {
            const char *sl = strchr(p, '/');
            size_t len = sl ? (size_t)(sl - p) : strlen(p);
            if (n < max) {
                snprintf(codes[n], 64, "%.*s", (int)len, p);
                ents[n++] = m;
            }
            if (!sl)
                break;
            p = sl + 1;
        }
    }
    return n;
}

static void S_code_or_phrase(const dyad_cd_ctx *c, const dyad_cd_ent *e, const char *code,
                             char *out,
                             size_t cap)
{
    if (!strcmp(code, "---") && c->o->new_actor_length > 0 && e->nwords > 0 &&
        e->nwords <= c->o->new_actor_length)
        snprintf(out, cap, "\"%.60s\"", e->phrase);
    else
        snprintf(out, cap, "%s", code);
}

/* Is the upper-cased word w "not", "n't" or "never"? */
static int S_not_word(const char *w)
{
    return dyad_is(w, "NOT") || dyad_is(w, "N'T") || dyad_is(w, "NEVER");
}

/* The tags of a finite verb: a clause's own verb, or its modal. */
static const char *const S_finite_tags[] = {"VBP", "VBZ", "VBD", "MD", NULL};

/* Is node a negation: RB "not", "n't" or "never", alone or as an ADVP's word? */
static int S_neg_word(const dyad_cd_ctx *c, int node)
{
    const dyad_tnode *x = dyad_cd_node(c, node);
    if (!x->word && !strcmp(x->label, "ADVP")) {
        for (int ch = x->first; ch >= 0; ch = dyad_cd_node(c, ch)->next)
            if (S_neg_word(c, ch))
                return 1;
        return 0;
    }
    return x->word && !strcmp(x->label, "RB") && S_not_word(c->up[x->tok]);
}

/* Does noun phrase np say that no one is its own: "no" or "none" opening it ("no OPEC
 * member", "none of the ministers"), "no one", "nobody"? A subject so is a negation of
 * its clause as "not" is, though no word beside the verb says so ("said that no OPEC
 * member was exceeding quotas" charges no one); a "no" inside it is its phrase's own
 * ("countries with no nuclear weapons"). */
static int S_no_one(const dyad_cd_ctx *c, int np)
{
    static const char *const none[] = {"NONE", "NOBODY", NULL};
    const dyad_tnode *x = dyad_cd_node(c, np);
    if (!dyad_cd_label_is(c, np, "NP") || x->tok_end <= x->tok)
        return 0;
    return dyad_among(c->up[x->tok], none) ||
           (dyad_is(c->up[x->tok], "NO") && dyad_cd_label_is(c, c->t->tok_node[x->tok], "DT"));
}

/* Is the verb of phrase vp negated: a negation before the verb as a child of its verb
 * phrase, of an enclosing one in the same clause, or of the clause itself ("China
 * (ADVP never) (VP attacked ...)"), or a subject of no one (S_no_one)? */
static int S_negated(const dyad_cd_ctx *c, int vp, int verb_tok)
{
    int p = vp, top = vp;
    for (; p >= 0 && dyad_cd_label_is(c, p, "VP"); top = p, p = dyad_cd_node(c, p)->parent)
        for (int ch = dyad_cd_node(c, p)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next)
            if (dyad_cd_node(c, ch)->tok < verb_tok && S_neg_word(c, ch))
                return 1;
    if (p < 0 || dyad_cd_node(c, p)->label[0] != 'S' || dyad_cd_label_is(c, p, "SBAR"))
        return 0;
    for (int ch = dyad_cd_node(c, p)->first; ch >= 0 && ch != top; ch = dyad_cd_node(c, ch)->next)
        if (S_neg_word(c, ch) || S_no_one(c, ch))
            return 1;
    return 0;
}

/* The agent codes after code's three-letter key, read three letters at a time: with any,
 * is one of them in set; else are all of them (none for a bare key), and is code made of
 * whole three-letter codes? The one reading behind the tests of roles below. */
static int S_agents_in(const char *code, const char *const *set, int any)
{
    size_t n = strlen(code), k = 3;
    if (!any && n % 3)
        return 0;
    for (; k + 3 <= n; k += 3)
        if (dyad_among_n(code + k, 3, set) == any)
            return any;
    return !any;
}

static const char *const S_gov_role[] = {"GOV", NULL};
static const char *const S_firm_role[] = {"BUS", NULL};
static const char *const S_press_role[] = {"MED", NULL};

/* Is code a state's own: the state or its government, armed forces, police or
 * intelligence ("RUS", "RUSMIL", "ISRGOVMIL"), not its rebels, opposition or people? */
static int S_state_force(const char *code)
{
    static const char *const force[] = {"GOV", "MIL", "COP", "SPY", NULL};
    return dyad_coref_state(code) && S_agents_in(code, force, 0);
}

/* Is code one that speaks for a state or a body of states: the state, its government or
 * an organisation of states ("JPN", "FRAGOV", "IGOEUREEC"), not its farmers, unions or
 * opposition? Its protest at another party's act is an official complaint. */
static int S_official_voice(const char *code)
{
    return (dyad_coref_state(code) && S_agents_in(code, S_gov_role, 0)) ||
           !strncmp(code, "IGO", 3);
}

/* Is code that of men under arms: a state's forces, rebels or unidentified gunmen? */
static int S_armed(const char *code)
{
    static const char *const armed[] = {"MIL", "REB", "UAF", NULL};
    return S_agents_in(code, armed, 1);
}

/* Is code tgt the forces, police or intelligence of the state or government src, both
 * a state's own (S_state_force) and of one state: "USAGOV" and "USAMIL"? */
static int S_commands(const char *src, const char *tgt)
{
    return (strlen(src) == 3 || S_agents_in(src, S_gov_role, 1)) &&
           !S_agents_in(tgt, S_gov_role, 0);
}

/* Is code a company of a state ("JPNBUS": "Honda Motor Co Ltd of Japan", "the company"),
 * not a minister of finance ("BELGOVBUS") or a lender of states ("IGOBUSIMF")? */
static int S_company(const char *code)
{
    return strlen(code) == 6 && !strcmp(code + 3, "BUS") && dyad_coref_state(code);
}

/* Verbs that say an act of force told by their subject's noun took place ("Israeli
 * strikes on Gaza killed", "U.S. attacks on two Iranian platforms caused damage", "a
 * drone attack set fire to a depot"). */
static const char *const S_harm_verbs[] = {"KILL",   "KILLS",     "KILLED", "WOUNDED", "INJURED",
                                           "HIT",    "HITS",      "STRUCK", "TARGETED",
                                           "DAMAGED", "DESTROYED", "LEFT",  "CAUSE",  "CAUSES",
                                           "CAUSED", "SET",       "SETS",   NULL};

/* The head of the words [t0, t1): the last before any preposition; -1 for none. */
static int S_head_in(const dyad_cd_ctx *c, int t0, int t1)
{
    if (t0 < 0 || t1 <= t0)
        return -1;
    int head = t0;
    for (int k = t0; k < t1; k++) {
        const char *tag = dyad_cd_node(c, c->t->tok_node[k])->label;
        if (dyad_is(tag, "IN") || dyad_is(tag, "TO"))
            break;
        head = k;
    }
    return head;
}

/* The head of entity e; -1 for none. */
static int S_head_tok(const dyad_cd_ctx *c, const dyad_cd_ent *e)
{
    return e ? S_head_in(c, e->tok0, e->tok1) : -1;
}

/* Is w (upper case) a noun of an act of force, on the ground or from the air
 * (dyad_force_nouns, dyad_air_nouns)? */
static int S_force_noun(const char *w)
{
    return dyad_among(w, dyad_force_nouns) || dyad_among(w, dyad_air_nouns);
}

/* Is w (upper case) a noun of an attack, or of an advance in battle? */
static int S_attack_noun(const char *w)
{
    static const char *const gain[] = {"ADVANCE", "ADVANCES", NULL};
    return S_force_noun(w) || dyad_among(w, gain);
}

/* When entity e names the doer of an attack, the attack's owner before its noun ("the
 * Russian offensive": its head an attack, an actor's word before it; "Russia's new
 * offensive": e the possessor), the token of the attack's noun, and the owner's code in
 * own (when not NULL); else -1. Not "its offensive in Gaza", whose actor comes after. */
static int S_attack_tok(const dyad_cd_ctx *c, const dyad_cd_ent *e, char *own, size_t cap)
{
    int h = S_head_tok(c, e), n = (int)c->t->ntok;
    if (h > e->tok0 && S_attack_noun(c->up[h])) {
        char code[64];
        int dated;
        dyad_cd_code_words(c, c->up + e->tok0, NULL, h - e->tok0, code, sizeof code, &dated);
        if (own)
            snprintf(own, cap, "%s", code);
        return strncmp(code, "---", 3) ? h : -1;
    }
    if (e->tok1 >= n || !dyad_cd_label_is(c, c->t->tok_node[e->tok1], "POS"))
        return -1;
    int k = e->tok1 + 1; /* the possessed noun: its last word before what is no noun's */
    static const char *const nominal[] = {"JJ", "NN", "NNS", "CD", "VBN", NULL};
    while (k + 1 < n && dyad_among(dyad_cd_node(c, c->t->tok_node[k + 1])->label, nominal))
        k++;
    if (own)
        snprintf(own, cap, "%s", e->code);
    return k < n && S_attack_noun(c->up[k]) ? k : -1;
}

/* Does entity e name the doer of an attack (S_attack_tok)? */
static int S_attack_owner(const dyad_cd_ctx *c, const dyad_cd_ent *e)
{
    return S_attack_tok(c, e, NULL, 0) >= 0;
}

/* Is the head of entity e a name ("Japan", "the United States"), not a noun of people
 * or things ("an Australian writer", "dozens of Palestinians")? */
static int S_name_head(const dyad_cd_ctx *c, const dyad_cd_ent *e)
{
    int head = S_head_tok(c, e);
    return head >= 0 &&
           dyad_after(dyad_cd_node(c, c->t->tok_node[head])->label, "NNP") != NULL;
}

/* Is code, of entity e, a person named or an office that speaks rather than fights: a
 * government, legislature, court, party, firm, union or elite ("USAGOV", "JPNBUS",
 * "---LAB")? Crowds, police and forces are not. */
static int S_civil_office(const char *code, const dyad_cd_ent *e)
{
    static const char *const civil[] = {"GOV", "LEG", "JUD", "PTY",
                                        "BUS", "LAB", "ELI", NULL};
    return e->dated || (strlen(code) >= 6 && S_agents_in(code, civil, 0));
}

/* Does the verb go on "over" a matter, a common noun heading what follows ("clashed
 * today over demands for access", "clashed over the war"), not a place named ("clashed
 * over Kashmir") or a border ("clashed over the border")? */
static int S_over_matter(const dyad_cd_ctx *c)
{
    int n = (int)c->t->ntok, i = c->verb_tok0 + 1;
    for (int k = 0; k < 2 && i < n && !dyad_is(c->up[i], "OVER"); k++)
        i++;
    if (i >= n || !dyad_is(c->up[i], "OVER"))
        return 0;
    for (i++; i < n; i++) {
        const char *l = dyad_cd_node(c, c->t->tok_node[i])->label;
        if (dyad_after(l, "NN") && !(i + 1 < n && dyad_after(dyad_cd_node(c,
                                     c->t->tok_node[i + 1])->label, "NN")))
            return !dyad_after(l, "NNP") && !dyad_after(c->up[i], "BORDER") &&
                   !dyad_after(c->up[i], "TERRITOR") && !dyad_after(c->up[i], "FRONTIER");
        if (!dyad_after(l, "DT") && !dyad_after(l, "JJ") && !dyad_after(l, "NN") &&
            !dyad_after(l, "PRP$") && !dyad_after(l, "POS") && !dyad_after(l, "CD"))
            return 0;
    }
    return 0;
}

/* The depth in the tree of token tok's word (a large one for no token). */
static int S_tok_depth(const dyad_cd_ctx *c, int tok)
{
    return tok >= 0 && (size_t)tok < c->t->ntok ? dyad_cd_node(c, c->t->tok_node[tok])->depth
                                                : 1 << 20;
}

/* The agents of a state's offices: government, legislature, judiciary. */
static const char *const S_offices[] = {"GOV", "LEG", "JUD", NULL};

/* Is own a code of the bare state's own office, people or firm (the state's code with
 * more after it), and not its other side in an armed conflict or politics? */
static int S_state_own(const char *state, const char *own)
{
    return strlen(state) == 3 && strlen(own) > 3 && !strncmp(own, state, 3) &&
           dyad_coref_state(state) && !dyad_coref_two_sides(own, state);
}

/* In an article, may an event of code ecode go between entities se and te of one
 * actor code? Two offices of one government, legislature or judiciary that the
 * sentence names each by its own words, from two entries of the dictionary, are two
 * parties ("the Commerce Secretary asked the White House", "the budget office asked
 * the commission"), though what one gives the other is the budget's business, no aid
 * (07: "a study the Interior Department sent to the White House"); one code is
 * otherwise one party said twice ("the EC ... from the EC budget", "the White House
 * urged Washington", one entry's two names), a phrase referring back ("said it would
 * retaliate"), or a state's people or forces, whose acts on their own are no event of
 * theirs. */
static int S_two_offices(const dyad_cd_ctx *c, const char *code, const char *ecode,
                         const dyad_cd_ent *se, const dyad_cd_ent *te)
{
    if (!c->cr || !se || !te || strlen(code) != 6 || !strncmp(code, "---", 3) ||
        !dyad_among(code + 3, S_offices) || !strncmp(ecode, "07", 2))
        return 0;
    if (se->own[0] || te->own[0] || se->cr_ante >= 0 || te->cr_ante >= 0 ||
        se->actor == te->actor)
        return 0;
    return (se->tok1 <= te->tok0 || te->tok1 <= se->tok0) && strcmp(se->phrase, te->phrase);
}

static int S_thing(const dyad_cd_ctx *c, const dyad_cd_ent *e);

static int S_add_event(dyad_cd_ctx *c, const char *src, const char *tgt, const char *code,
                       const dyad_cd_ent *se, const dyad_cd_ent *te)
{
    c->told = 1;
    if (!strcmp(src, tgt) && !S_two_offices(c, src, code, se, te))
        return 0;
    /* in an article, what a company agrees, signs, supplies or talks over with anyone,
     * or anyone with it, is commerce, not cooperation of states (roots 03 to 07: "a
     * Chinese company has won a contract to supply pumping stations for Cyprus", "the
     * company held talks with the National Union of Mineworkers"), and so is what it
     * eases or gives up (08: "Canadian banks eased in nervous trading"), and the accord
     * it reaches (019: "the refiner agreed with the Nigerian ministry on a supply of
     * oil"); the humanitarian aid it gives (073) is still aid, and a businessman
     * extradited (063) or freed (08 by a state) is still a matter of states */
    if (c->cr && code[0] == '0' &&
        ((code[1] >= '3' && code[1] <= '8') || !strcmp(code, "019")) && strcmp(code, "073") &&
        strcmp(code, "063") && (S_company(src) || (code[1] != '8' && S_company(tgt))))
        return 0;
    /* in an article, a state's own office, people or firm can say, offer, give or
     * agree nothing to the bare state itself (roots 01 to 07): such a target is a
     * thing of the state's, "Italy's willingness", "German industry", "U.S. national
     * security", "a facility in upstate New York"; its people and offices carry agents
     * ("urged the president", "pleading with civilians"); the other side of its armed
     * conflict or politics deals with the state itself ("Colombia and the ELN will
     * resume peace talks": the rebels' talks with Colombia as well); its people named by
     * their plural demonym, one word the tagger reads as NNPS, are still asked to act
     * ("Goita called on Malians to rally", "urged Americans to save more") */
    if (c->cr && code[0] == '0' && code[1] >= '1' && code[1] <= '7' && S_state_own(tgt, src) &&
        !(code[1] == '2' && te && te->tok1 == te->tok0 + 1 &&
          dyad_cd_label_is(c, c->t->tok_node[te->tok0], "NNPS")))
        return 0;
    /* nor is a state's wish for its own people, firms or forces an appeal to them (02):
     * "We want our carmakers to sell more cars in Japan", said by a British minister,
     * wants a thing for its own side, with no other party; what it asks or urges of
     * them ("pleading with civilians to return") is still an appeal, and so is its wish
     * for its offices or the other side of its conflict or politics */
    if (c->cr && code[0] == '0' && code[1] == '2' && dyad_after(c->up[c->verb_tok0], "WANT") &&
        !strncmp(src, tgt, 3) && strlen(tgt) > 3 && S_official_voice(src) &&
        dyad_coref_state(tgt) && !S_agents_in(tgt, S_offices, 1) &&
        !dyad_coref_two_sides(tgt, src))
        return 0;
    /* nor does the bare state host its own people or office (043, or visit them: 042):
     * "passengers transferred after arriving at U.S. airports" is a journey at home */
    if (c->cr && (!strcmp(code, "042") || !strcmp(code, "043")) && S_state_own(src, tgt))
        return 0;
    /* nor does one who goes back or home to a place of its own state visit it: "the
     * president flew back to Paris", "arrived home in Beijing" */
    static const char *const home[] = {"BACK", "HOME", NULL};
    int back = 0;
    for (int k = c->verb_tok0 + 1; k <= c->verb_tok1 && k < (int)c->t->ntok; k++)
        back |= dyad_among(c->up[k], home);
    if (c->cr && back && (!strcmp(code, "042") || !strcmp(code, "043")) &&
        !strncmp(src, tgt, 3) && strncmp(src, "---", 3))
        return 0;
    /* in an article, the press a party speaks to or meets is the audience of its public
     * statement (01), no party consulted or visited (04): "speaking with reporters",
     * "discussing the results with reporters", "will meet the press", "press reports
     * said he may give up plans to visit Washington" */
    if (c->cr && code[0] == '0' && code[1] == '4' &&
        (S_agents_in(src, S_press_role, 1) || S_agents_in(tgt, S_press_role, 1)))
        return 0;
    /* in an article, a state named is charged with no crime in a court: "charged Japan
     * with violating GATT rules" accuses it (112), and so is an organisation of states
     * ("charged the EC Commission with unfair practices") or another state's government
     * as a body, charged by a state ("Cairo charged the Israeli government with
     * violating the truce"); its people ("an Australian writer") are charged (173), as
     * people are arrested */
    static const char *const bodies[] = {"GOVERNMENT", "ADMINISTRATION", "AUTHORITIES",
                                         "REGIME", "CABINET", "LEADERSHIP", NULL};
    int head = te ? S_head_tok(c, te) : -1;
    if (c->cr && !strcmp(code, "173") && dyad_after(c->up[c->verb_tok0], "CHARG") &&
        ((strlen(tgt) == 3 && dyad_coref_state(tgt) && S_name_head(c, te)) ||
         !strncmp(tgt, "IGO", 3) ||
         (S_official_voice(src) && S_official_voice(tgt) && strncmp(src, tgt, 3) &&
          head >= 0 && dyad_among(c->up[head], bodies))))
        code = "112";
    /* in an article, a state's order to its own government, forces, police or intelligence
     * is how it runs itself, not a demand on another party: "Biden ordered the U.S. Navy
     * to send two more carriers", "Putin ordered the defence ministry to prepare"; orders
     * to its people, media or firms are still demands on them, and an order's own act
     * ("ordered troops into Ukraine": 192) is coded as the act. So are the other words of
     * a state or its government to its own forces, police or intelligence (roots 01 to
     * 14): "he praised the efforts of the armed forces", "warned the army could be called
     * in", "ruled out Japanese military help"; force between them (a coup, troops storming
     * the palace) and what the forces say to the government stay events. */
    if (c->cr && S_state_force(src) && S_state_force(tgt) && !strncmp(src, tgt, 3) &&
        ((code[0] == '1' && code[1] == '0' && dyad_after(c->up[c->verb_tok0], "ORDER")) ||
         (strncmp(code, "15", 2) < 0 && S_commands(src, tgt))))
        return 0;
    /* in an article, two people, offices or firms who clash are at odds, not in battle:
     * "Trump and Zelenskiy clash in Oval Office", "the French president clashed with the
     * German chancellor", "the union has clashed with the airline" is criticism (111),
     * and so is states' clash "over" a matter ("Britain and Japan clashed over demands
     * for market access"); armed men, police or crowds clashing ("Indian and Chinese
     * troops clashed", "protesters clashed with police over fuel prices") and states
     * clashing on a border or over a place ("clashed over Kashmir") stay force */
    if (c->cr && !strcmp(code, "190") && dyad_after(c->up[c->verb_tok0], "CLASH") && se &&
        te && (S_civil_office(src, se) || (strlen(src) == 3 && S_over_matter(c))) &&
        (S_civil_office(tgt, te) || (strlen(tgt) == 3 && S_over_matter(c))))
        code = "111";
    /* in an article, one who goes along with people of its own country is no host of
     * theirs ("Kohl, accompanied by Genscher, visited Moscow"), nor is a thing that goes
     * with another ("may be accompanied by British and French rate cuts") */
    if (c->cr && !strncmp(code, "04", 2) && dyad_after(c->up[c->verb_tok0], "ACCOMPAN") &&
        (!strncmp(src, tgt, 3) || (se && S_thing(c, se)) || (te && S_thing(c, te))))
        return 0;
    /* in an article, a state beats no state: a beating (182) is done to people ("police
     * beat protesters"), and one state named beating another is a team's win or a race
     * won ("Spain beat England 2-1 in the final", "China beat the United States in the
     * volleyball final") */
    if (c->cr && !strcmp(code, "182") && strlen(src) == 3 && strlen(tgt) == 3 &&
        dyad_coref_state(src) && dyad_coref_state(tgt))
        return 0;
    /* in an article, fire that armed men open on someone is fire, the criticism the
     * idiom names otherwise ("came under fire from lawmakers"): "Israeli troops came
     * under fire from Hezbollah fighters", "positions came under fire from Russian
     * artillery" (190) */
    if (c->cr && !strcmp(code, "111") && S_armed(src) && c->verb_tok0 + 2 < (int)c->t->ntok &&
        (dyad_after(c->up[c->verb_tok0], "CAM") || dyad_after(c->up[c->verb_tok0], "COM")) &&
        dyad_is(c->up[c->verb_tok0 + 1], "UNDER") &&
        dyad_is(c->up[c->verb_tok0 + 2], "FIRE"))
        code = "190";
    /* in an article, unconventional violence ("attacked several villages", "killed
     * civilians": 180) is what irregulars do; a state's own forces doing it use force
     * as states do (19, as "armed forces killing people") */
    if (c->cr && !strcmp(code, "180") && S_state_force(src))
        code = "190";
    /* in an article, another's attack or advance that a state or its forces halted or
     * stopped is fought off (190, as "repelled"): "Ukrainian forces halted the Russian
     * advance", "stopped Russia's offensive"; the doer's own stays a de-escalation (087:
     * "Israel halted its offensive in Gaza"), and so does what a government stops
     * ("Trump halted Israeli strikes on Iran" is no fighting) */
    if (c->cr && !strcmp(code, "087") && te && S_attack_owner(c, te) &&
        (strlen(src) == 3 || !strcmp(src + 3, "MIL")) && dyad_coref_state(src) &&
        !dyad_coref_same_actor(src, tgt))
        code = "190";
    /* a sentence a phrase of sport or show marks (a discard of the sentence) may
     * still tell what a state did to a person the games made known: "Russia freed
     * U.S. basketball star Brittney Griner", "Australia deported tennis star Novak
     * Djokovic" (a release, an arrest, an expulsion, an abduction); the words of war
     * and diplomacy a game uses code nothing */
    static const char *const custody[] = {"084", "0841", "173", "174", "181", NULL};
    if (c->out->discard == 1 && !dyad_among(code, custody))
        return 0;
    /* the doer is remembered even when the target is unknown: "the killings"; so is
     * the threat a promised act makes now, which later words answer ("would consider
     * new sanctions if Maduro did not publish the results. Maduro dismissed the
     * threat") */
    const char *threat = c->threat_to >= 0 ? dyad_threat_code(code) : NULL;
    if (c->cr && (dyad_coref_event(c->cr, src, code, NULL) != DYAD_OK ||
                  (threat && dyad_coref_event(c->cr, src, threat, NULL) != DYAD_OK))) {
        c->oom = 1;
        return -1;
    }
    /* in an article, an actor coreference could not name is unknown too ("---GOV"), and
     * so is a region, which names no one country: "Western governments say the
     * government must change the exchange rate", "credit to Latin American countries",
     * "Putin warned the West" */
    size_t unk = c->cr ? 3 : 4;
    if (c->o->require_dyad && (!strncmp(src, "---", unk) || !strncmp(tgt, "---", unk) ||
                               (c->cr && (dyad_coref_region(src) || dyad_coref_region(tgt)))))
        return 0;
    /* an event given twice is read at its least embedded verb, which tells it most
     * directly: "Moscow denied any plan to menace Kyiv and warned it" is the warning's,
     * not the threat the denial's clause holds */
    dyad_coding *o = c->out;
    dyad_coded_event *e = NULL;
    for (size_t i = 0; i < o->n && !e; i++)
        if (!strcmp(o->ev[i].source, src) && !strcmp(o->ev[i].target, tgt) &&
            !strcmp(o->ev[i].code, code)) {
            if (S_tok_depth(c, c->verb_tok0) >= S_tok_depth(c, o->ev[i].verb_tok))
                return 0;
            e = &o->ev[i];
        }
    if (!e && dyad_vec_grow((void **)&o->ev, &o->cap, o->n, sizeof *o->ev)) {
        c->oom = 1;
        return -1;
    }
    if (!e)
        e = &o->ev[o->n++];
    memset(e, 0, sizeof *e);
    snprintf(e->source, sizeof e->source, "%s", src);
    snprintf(e->target, sizeof e->target, "%s", tgt);
    snprintf(e->code, sizeof e->code, "%s", code);
    if (se) {
        e->src_tok = se->tok0;
        e->src_ntok = se->tok1 - se->tok0;
        e->src_actor = se->actor;
    }
    if (te) {
        e->tgt_tok = te->tok0;
        e->tgt_ntok = te->tok1 - te->tok0;
        e->tgt_actor = te->actor;
    }
    e->verb_tok = c->verb_tok0;
    e->verb_ntok = c->verb_tok1 - c->verb_tok0 + 1;
    e->negated = c->negated;
    e->planned = c->planned;
    e->context = c->context;
    if (c->threat_to >= 0) {
        const dyad_cd_ent *ce = &c->ent[c->it[c->threat_to].ent];
        snprintf(e->threat_target, sizeof e->threat_target, "%s", ce->code);
        e->thr_tok = ce->tok0;
        e->thr_ntok = ce->tok1 - ce->tok0;
    }
    if (c->cr && !c->negated && strncmp(src, "---", 3) && strncmp(tgt, "---", 3) &&
        dyad_coref_done(c->cr, src, tgt, code) != DYAD_OK) {
        c->oom = 1;
        return -1;
    }
    return 0;
}

/* Does item k close a quoted sentence ("Should we meet with Iran?" the chancellor
 * asked)? Like a comma, it ends what lies before a verb after it: the quotation's
 * actors are its speaker's words, not the verb's doers. */
static int S_quoted_sentence_end(const dyad_cd_ctx *c, int k)
{
    if (c->it[k].type != I_WORD || strcmp(c->up[c->it[k].tok], "''") || k == 0 ||
        c->it[k - 1].type != I_WORD)
        return 0;
    const char *p = c->up[c->it[k - 1].tok];
    return !strcmp(p, "?") || !strcmp(p, "!") || !strcmp(p, ".");
}

/* Is w a subordinating conjunction, one that opens a clause of time, cause, condition
 * or concession, which tells no one's object? */
int dyad_cd_subordinator(const char *w)
{
    static const char *const sub[] = {"AFTER",  "ALTHOUGH", "AS",      "BECAUSE", "BEFORE",
                                      "IF",     "ONCE",     "SINCE",   "THOUGH",  "UNLESS",
                                      "UNTIL",  "WHEN",     "WHEREAS", "WHILE",   "WHILST",
                                      NULL};
    return dyad_among(w, sub);
}

/* Does item k open a clause of a subordinating conjunction ("as Delhi readied an aid
 * convoy", "while talks went on", "because Iran had refused")? Its words are
 * no words of the patterns of a verb before it, however deep it lies in that verb's
 * phrase: its own verb is coded with them ("still oppose the levy after Brussels
 * offered to soften it" is no offer). Returns the token one past the clause, -1 when k
 * opens none. */
static int S_subordinate_end(const dyad_cd_ctx *c, int k)
{
    if (c->it[k].type != I_WORD || !dyad_cd_subordinator(c->up[c->it[k].tok]))
        return -1;
    int n = c->t->tok_node[c->it[k].tok], p = dyad_cd_node(c, n)->parent;
    if (p >= 0 && dyad_cd_label_is(c, p, "WHADVP") && dyad_cd_node(c, p)->first == n)
        n = p, p = dyad_cd_node(c, p)->parent;
    int s = dyad_cd_node(c, n)->next;
    if (p >= 0 && dyad_cd_label_is(c, p, "SBAR") && dyad_cd_node(c, p)->first == n && s >= 0 &&
        dyad_cd_label_is(c, s, "S"))
        return dyad_cd_node(c, p)->tok_end;
    /* the parser may tear the clause apart: the conjunction and its subject a PP, the
     * rest a clause without a subject after it ("(as India) (prepared to send ...)") */
    if (p < 0 || !dyad_cd_label_is(c, p, "PP") || dyad_cd_node(c, p)->first != n || s < 0 ||
        !dyad_cd_label_is(c, s, "NP") || dyad_cd_node(c, s)->next >= 0)
        return -1;
    int end = dyad_cd_node(c, p)->tok_end;
    if (end >= (int)c->t->ntok)
        return -1;
    for (int q = c->t->tok_node[end]; q >= 0 && dyad_cd_node(c, q)->tok == end;
         q = dyad_cd_node(c, q)->parent) {
        int cl = dyad_cd_node(c, q)->first;
        if (dyad_cd_label_is(c, q, "SBAR") && cl >= 0 && dyad_cd_label_is(c, cl, "S") &&
            dyad_cd_node(c, cl)->first >= 0 &&
            dyad_cd_label_is(c, dyad_cd_node(c, cl)->first, "VP"))
            return dyad_cd_node(c, q)->tok_end;
    }
    return -1;
}

/* Does item k open an adjunct of concession, circumstance or time on the verb before it,
 * a phrase of a preposition with a noun phrase ("despite warnings from U.N. experts",
 * "in spite of protests", "amid tensions with China", "after talks with Japan",
 * "following a request from Kyiv", "under pressure from Washington")? Its words are the
 * setting's, none of a pattern of the verb unless the pattern names its preposition
 * ("(DESPITE &CEASEFIRE)"): "deported 40 Uyghurs to China despite warnings from U.N.
 * experts" is no "(FROM +)". Not "as part of a deal with": the deal is often the very
 * act ("agreed to cut tariffs as part of a deal with the United States"). Returns the
 * token one past the phrase, -1 when k opens none. */
static int S_adjunct_end(const dyad_cd_ctx *c, int k)
{
    static const char *const preps[] = {"DESPITE", "NOTWITHSTANDING", "AMID", "AMIDST",
                                        "AFTER", "FOLLOWING", NULL};
    /* a preposition whose noun makes the adjunct: "in spite of", "under pressure from" */
    static const char *const heads[][2] = {{"IN", "SPITE"}, {"UNDER", "PRESSURE"}};
    if (!c->cr || c->it[k].type != I_WORD)
        return -1;
    int t = c->it[k].tok, n = c->t->tok_node[t], p = dyad_cd_node(c, n)->parent;
    int np = dyad_cd_node(c, n)->next;
    if (p < 0 || !dyad_cd_label_is(c, p, "PP") || dyad_cd_node(c, p)->first != n || np < 0 ||
        !dyad_cd_label_is(c, np, "NP") || dyad_cd_node(c, np)->tok_end < 0)
        return -1;
    int open = dyad_among(c->up[t], preps);
    for (size_t i = 0; !open && i < sizeof heads / sizeof *heads; i++)
        open = dyad_is(c->up[t], heads[i][0]) && dyad_is(c->up[t + 1], heads[i][1]);
    return open ? dyad_cd_node(c, p)->tok_end : -1;
}

/* The first token item k stands for (an entity's end: its last). */
static int S_item_tok(const dyad_cd_ctx *c, int k)
{
    int t = c->it[k].type;
    if (t == I_NES || t == I_NECS)
        return c->ent[c->it[k].ent].tok0;
    if (t == I_NEE || t == I_NECE)
        return c->ent[c->it[k].ent].tok1 - 1;
    return c->it[k].tok;
}

/* Sequences: upper = items before the verb back to a comma, nearest first; lower =
 * items after the verb to the end of its verb phrase, those of a subordinate clause
 * (S_subordinate_end) marked 1 in c->subcl: no pattern reads them, but the verb's other
 * party, when no pattern names it, may be found there (a cut there lost as many right
 * events as wrong ones on the Reuters stories: "called for a probe while the two
 * sides keep a truce" is a call on them). Those of an adjunct (S_adjunct_end) are
 * marked 2, its preposition 3: a pattern reads them only after naming that preposition,
 * and the target search only as S_adjunct_party allows. When a multi-word verb ends
 * inside an entity ("expressed condolences [to Morocco]"), the lower sequence opens
 * with the start markers of the entities still open there, so that the rest of the
 * phrase is read as theirs ("(TO +)"). */
static int S_sequences(dyad_cd_ctx *c, int verb_item, int first_item, int last_item, int end_item,
                       int *nup, int *nlow)
{
    *nup = *nlow = 0;
    for (int k = first_item - 1; k >= 0; k--) {
        if (c->del[k])
            continue;
        if (c->it[k].type == I_COMMA || S_quoted_sentence_end(c, k))
            break;
        c->seq_up[(*nup)++] = k;
    }
    int closed = 0;
    for (int k = last_item - 1; k > verb_item; k--) {
        int t = c->it[k].type;
        if (t == I_NEE || t == I_NECE)
            closed++;
        else if ((t == I_NES || t == I_NECS) && closed)
            closed--;
        else if ((t == I_NES || t == I_NECS) && !c->del[k])
            c->seq_low[(*nlow)++] = k; /* innermost first: reversed below */
    }
    for (int i = 0; i < *nlow / 2; i++) {
        int tmp = c->seq_low[i];
        c->seq_low[i] = c->seq_low[*nlow - 1 - i];
        c->seq_low[*nlow - 1 - i] = tmp;
    }
    /* "back" after the object (S_multi_fits): the object is whom the verb drives back,
     * read before the words after the particle ("beat Russia back from Kharkiv" fights
     * Russia, not Kharkiv); after other particles it is mostly the doer's own or a
     * thing ("pulled its troops out of Lebanon", "was taking the firm over") */
    int split = last_item > verb_item + 1 && c->it[last_item].type == I_WORD &&
                !strcmp(c->up[c->it[last_item].tok], "BACK") &&
                (c->it[verb_item + 1].type == I_NES || c->it[verb_item + 1].type == I_NECS);
    for (int k = verb_item + 1; split && k < last_item && !*nlow; k++)
        if (c->it[k].type == I_NEE || c->it[k].type == I_NECE)
            split = 2; /* the object closes before the particle */
    if (split == 2)
        for (int k = verb_item + 1; k < last_item; k++)
            if (!c->del[k])
                c->seq_low[(*nlow)++] = k;
    memset(c->subcl, 0, c->nit);
    /* an attribution tells who says so, no word of the act: "raided Lebanon, according
     * to a statement" raided no statement, "sent aid to Kyiv, according to a statement"
     * sent no writing; from its "to" on only the ends of the phrases it closes are read */
    int attribution = 0;
    for (int k = last_item + 1, sub_end = -1, adj_end = -1; k < end_item; k++) {
        int t = c->it[k].type;
        attribution |= t == I_WORD && c->it[k].tok > 0 && dyad_is(c->up[c->it[k].tok], "TO") &&
                       dyad_is(c->up[c->it[k].tok - 1], "ACCORDING");
        if (attribution && t != I_NEE && t != I_NECE)
            continue;
        if (sub_end < 0 || S_item_tok(c, k) >= sub_end)
            sub_end = S_subordinate_end(c, k);
        int opens = adj_end < 0 || S_item_tok(c, k) >= adj_end;
        if (opens)
            adj_end = S_adjunct_end(c, k);
        c->subcl[k] = sub_end >= 0 ? 1 : adj_end < 0 ? 0 : opens ? 3 : 2;
        if (!c->del[k])
            c->seq_low[(*nlow)++] = k;
    }
    return 0;
}

/* In an article, a verb right after a comma has no words before it, so the patterns
 * that name the doer could not read its doer: a participle set off by a comma ("An
 * Islamic State suicide bomber struck crowds outside Kabul airport, killing 13 U.S.
 * service members": "{SUICIDE BOMBER} *", a suicide bombing), or a verb whose subject
 * ends in words between commas ("Thousands of demonstrators, many waving EU flags,
 * blocked Rustaveli Avenue": "DEMONSTRATORS *", a blockade). The words of its clause's
 * subject stand there, in c->seq_up, nearest first. Returns their number, 0 for none. */
static int S_subject(const dyad_cd_ctx *c, int vp, int before, int *embedded);

static int S_comma_doer(dyad_cd_ctx *c, int vp, int first)
{
    int v = dyad_cd_node(c, vp)->first, emb, n = 0;
    if (v < 0 || first < 1 || c->it[first - 1].type != I_COMMA)
        return 0;
    int subj = S_subject(c, vp, first, &emb);
    if (subj < 0 || c->it[subj].type != I_NES)
        return 0;
    int end = subj;
    while (end + 1 < first && !(c->it[end].type == I_NEE && c->it[end].ent == c->it[subj].ent))
        end++;
    for (int k = end; k >= subj; k--)
        if (!c->del[k])
            c->seq_up[n++] = k;
    return n;
}

/* The nearest entity before the verb from token from on, the nearest coded one if any;
 * -1 none. */
static int S_nearest(const dyad_cd_ctx *c, const int *up, int nup, int from)
{
    int any = -1;
    for (int k = 0; k < nup; k++) {
        int t = c->it[up[k]].type;
        if ((t == I_NES || t == I_NECS) && c->ent[c->it[up[k]].ent].tok0 < from)
            continue;
        if (t == I_NECS || (t == I_NES && dyad_cd_coded(c, up[k])))
            return up[k];
        if (t == I_NES && any < 0)
            any = up[k];
    }
    return any;
}

/* The first token of the clause a participle's verb phrase vp hangs in, past a clause
 * of its own: what it was done to is a party of that clause ("the IS leader died during
 * a raid (carried out by U.S. forces)"), not of one above it ("the envoy said hope was
 * placed on the reform (promised by the president)" promises the envoy nothing); 0
 * when no clause holds it. */
static int S_hung_clause(const dyad_cd_ctx *c, int vp)
{
    int p = dyad_cd_node(c, vp)->parent;
    if (p >= 0 && dyad_cd_label_is(c, p, "S") && dyad_cd_node(c, p)->first == vp)
        p = dyad_cd_node(c, p)->parent;
    while (p >= 0 && !dyad_cd_label_is(c, p, "S"))
        p = dyad_cd_node(c, p)->parent;
    return p >= 0 ? dyad_cd_node(c, p)->tok : 0;
}

/* The entity of phrase node among items [0, before) still in the sentence: the first
 * coded one, else an uncoded one; -1 when none. Not one of a clause within the
 * phrase, a relative clause coded as a clause of its own: "The government, which
 * believed the vessels were the Chinese military's, demanded ..." is the government's
 * demand. While the sentence is linearised no item is deleted yet (c->del NULL). */
int dyad_cd_phrase_entity(const dyad_cd_ctx *c, int node, int before)
{
    const dyad_tnode *sn = dyad_cd_node(c, node);
    int any = -1;
    for (int k = 0; k < before; k++) {
        const dyad_cd_item *x = &c->it[k];
        if ((c->del && c->del[k]) || (x->type != I_NES && x->type != I_NECS))
            continue;
        const dyad_cd_ent *e = &c->ent[x->ent];
        if (e->tok0 < sn->tok || e->tok1 > sn->tok_end)
            continue;
        int p = c->t->tok_node[e->tok0];
        while (p >= 0 && p != node && !dyad_cd_label_is(c, p, "SBAR"))
            p = dyad_cd_node(c, p)->parent;
        if (p != node)
            continue; /* in a clause of the phrase */
        if (x->type == I_NECS || dyad_cd_coded(c, k))
            return k;
        if (any < 0)
            any = k;
    }
    return any;
}

/* The noun phrase after "for" that stands before infinitive clause s in the predicate
 * of "be" ("it is time for Russia to end the war", "said it would be difficult for
 * Sudan to pay"): the party to do what the clause says, though the tree makes it no
 * subject of the clause; -1 when there is none. *pred: the predicate's phrase before
 * "for"; *be: the verb phrase of "be". A supplied tree may give the clause a verb
 * phrase of no words ("(S (VP) ...)"), which has no "to" to look at. */
static int S_for_doer(const dyad_cd_ctx *c, int s, int *pred, int *be)
{
    static const char *const be_word[] = {"IS", "'S", "ARE", "WAS", "WERE", "BE", "BEEN", NULL};
    int up = dyad_cd_node(c, s)->parent, vp = dyad_cd_node(c, s)->first, pp = -1;
    if (up < 0 || !dyad_cd_label_is(c, s, "S") || vp < 0 || !dyad_cd_label_is(c, vp, "VP") ||
        dyad_cd_node(c, vp)->first < 0 || !dyad_cd_label_is(c, dyad_cd_node(c, vp)->first, "TO"))
        return -1;
    *pred = -1;
    for (int ch = dyad_cd_node(c, up)->first; ch >= 0 && ch != s; ch = dyad_cd_node(c, ch)->next)
        *pred = pp, pp = ch;
    int in = pp >= 0 && dyad_cd_label_is(c, pp, "PP") ? dyad_cd_node(c, pp)->first : -1;
    int np = in >= 0 ? dyad_cd_node(c, in)->next : -1;
    if (np < 0 || *pred < 0 || !dyad_cd_isleaf(c, in) ||
        !dyad_is(c->up[dyad_cd_node(c, in)->tok], "FOR") || !dyad_cd_label_is(c, np, "NP") ||
        dyad_cd_node(c, np)->next >= 0 ||
        !(dyad_cd_label_is(c, *pred, "NP") || dyad_cd_label_is(c, *pred, "ADJP")))
        return -1;
    /* "(VP is (ADJP necessary) (PP for X) (S to ...))", "(VP is (NP (NP time) (PP for X)
     * (S to ...)))" */
    *be = dyad_cd_label_is(c, up, "NP") ? dyad_cd_node(c, up)->parent : up;
    int v = *be >= 0 && dyad_cd_label_is(c, *be, "VP") ? dyad_cd_node(c, *be)->first : -1;
    return v >= 0 && dyad_cd_isleaf(c, v) && dyad_among(c->up[dyad_cd_node(c, v)->tok], be_word)
               ? np
               : -1;
}

/* The node right before node among its parent's children, -1 when it is the first. */
static int S_prev_sibling(const dyad_cd_ctx *c, int node)
{
    int p = dyad_cd_node(c, node)->parent, prev = -1;
    for (int ch = p >= 0 ? dyad_cd_node(c, p)->first : -1; ch >= 0 && ch != node;
         ch = dyad_cd_node(c, ch)->next)
        prev = ch;
    return prev;
}

/* The subject of a clause of a subordinating conjunction the parser tore apart and
 * joined to the verb phrase before it without a conjunction: the conjunction and the
 * subject end that phrase as a prepositional phrase, the rest follows as a verb phrase
 * of its own ("(VP (VP agreed to ship the oil (PP after (NP the Greek company)))
 * (VP threatened to cancel the order))"). Returns the noun phrase's node when vp, or a
 * verb phrase it heads, is that rest and opens with a finite verb; else -1. */
static int S_torn_subject(const dyad_cd_ctx *c, int vp)
{
    for (int q = vp, up = dyad_cd_node(c, q)->parent; up >= 0 && dyad_cd_label_is(c, up, "VP");
         q = up, up = dyad_cd_node(c, up)->parent) {
        int prev = S_prev_sibling(c, q), v = dyad_cd_node(c, q)->first;
        if (prev < 0 || !dyad_cd_label_is(c, prev, "VP") || v < 0 || !dyad_cd_isleaf(c, v) ||
            !dyad_among(dyad_cd_node(c, v)->label, S_finite_tags))
            continue;
        /* the phrase of the conjunction ends the one before, however deep on its right
         * edge ("agreed to ship part of the order (PP after (NP ...))") */
        for (int last = prev; last >= 0 && !dyad_cd_isleaf(c, last);) {
            int in = dyad_cd_node(c, last)->first, np = in >= 0 ? dyad_cd_node(c, in)->next : -1;
            if (dyad_cd_label_is(c, last, "PP") && np >= 0 && dyad_cd_isleaf(c, in) &&
                dyad_cd_subordinator(c->up[dyad_cd_node(c, in)->tok]) &&
                dyad_cd_label_is(c, np, "NP") && dyad_cd_node(c, np)->next < 0 &&
                !dyad_cd_time_np(c, np))
                return np;
            while (in >= 0 && dyad_cd_node(c, in)->next >= 0)
                in = dyad_cd_node(c, in)->next;
            last = in;
        }
    }
    return -1;
}

/* Is np a measure of time before a mark the parser set inside a clause, "(S (, ,) (NP
 * two days) (IN after) (VP visiting ...))"? It is no subject. */
static int S_measure_np(const dyad_cd_ctx *c, int np)
{
    int mark = dyad_cd_node(c, np)->next;
    return mark >= 0 && dyad_cd_label_is(c, mark, "IN") && dyad_cd_isleaf(c, mark) &&
           dyad_cd_time_np(c, np);
}

/* In an article: the subject of the clause of verb phrase vp, as the entity of its
 * subject phrase before item `before` (dyad_cd_phrase_entity); -1 when the clause has no
 * subject of its own, or when it is an office without a country in an embedded clause
 * ("officials said that Prime Minister X would ...": X is theirs, as PETRARCH reads
 * it). *embedded tells whether the clause is embedded ("X said [Y attacked Z]"). */
static int S_subject(const dyad_cd_ctx *c, int vp, int before, int *embedded)
{
    int top = dyad_cd_top_vp(c, vp), torn = c->cr ? S_torn_subject(c, vp) : -1;
    *embedded = torn >= 0;
    if (torn >= 0)
        return dyad_cd_phrase_entity(c, torn, before);
    int s = dyad_cd_node(c, top)->parent;
    if (s < 0 || dyad_cd_node(c, s)->label[0] != 'S' || dyad_cd_label_is(c, s, "SBAR"))
        return -1;
    for (int p = dyad_cd_node(c, s)->parent; p >= 0 && !*embedded; p = dyad_cd_node(c, p)->parent)
        *embedded = dyad_cd_label_is(c, p, "SBAR") || dyad_cd_label_is(c, p, "VP");
    /* the last noun phrase before the verb, not a time the parser set between the
     * subject and its verb ("(NP Jopling during a visit to Tokyo) (NP this week) (VP
     * endorsed ...)", "Iraq on Sunday denied ... and warned ...") */
    int subj = -1;
    for (int ch = dyad_cd_node(c, s)->first; ch >= 0 && ch != top; ch = dyad_cd_node(c, ch)->next)
        if (dyad_cd_label_is(c, ch, "NP") && (subj < 0 || !dyad_cd_time_np(c, ch)) &&
            !S_measure_np(c, ch))
            subj = ch;
    /* an infinitive after "for X" is X's to do, not the subject's of "be" ("it was
     * necessary for Tokyo to open its market": S_for_doer) */
    int pred, be, for_np = subj < 0 && c->cr ? S_for_doer(c, s, &pred, &be) : -1, doer = -1;
    if (for_np >= 0)
        doer = dyad_cd_phrase_entity(c, for_np, before);
    for (int k = 0; for_np >= 0 && doer < 0 && k < before; k++) {
        if ((c->del && c->del[k]) || c->it[k].type != I_NES)
            continue;
        const dyad_cd_ent *e = &c->ent[c->it[k].ent];
        if (e->tok0 <= dyad_cd_node(c, for_np)->tok && e->tok1 >= dyad_cd_node(c, for_np)->tok_end)
            doer = k; /* the party of an entity made of "time for China" */
    }
    if (for_np >= 0)
        return doer;
    /* an infinitive complement without a subject of its own is done by its verb's
     * subject ("said Washington seeks to weaponize the Council"), when the verb has no
     * object it could be done by ("urged Israel to stop") */
    int up = dyad_cd_node(c, s)->parent, to = dyad_cd_node(c, top)->first, obj = 0;
    for (int ch = up >= 0 ? dyad_cd_node(c, up)->first : -1; ch >= 0 && ch != s;
         ch = dyad_cd_node(c, ch)->next)
        obj |= dyad_cd_label_is(c, ch, "NP");
    obj &= up != c->journey_vp; /* "visited Tokyo to press for": the traveller's */
    /* so is one of a predicate adjective ("is due to meet", "was likely to sign", "are
     * ready to talk"): done by the subject of the verb the adjective is the predicate
     * of, also one a comma sets apart from it ("The Turkish ambassador, Mehmet Kaya,
     * is due to meet Mitsotakis") */
    if (up >= 0 && dyad_cd_label_is(c, up, "ADJP") && dyad_cd_node(c, up)->parent >= 0 &&
        dyad_cd_label_is(c, dyad_cd_node(c, up)->parent, "VP"))
        up = dyad_cd_node(c, up)->parent;
    if (subj < 0 && c->cr && !obj && dyad_cd_label_is(c, s, "S") && up >= 0 &&
        dyad_cd_label_is(c, up, "VP") && to >= 0 && dyad_cd_label_is(c, to, "TO"))
        return S_subject(c, up, before, embedded);
    /* a subject's relative clause is done by the phrase it is of, also where the
     * parser hung a "who" after a comma away from it */
    int ant = dyad_cd_subject_relative(c, s, before, 0);
    if (ant < 0 && subj >= 0)
        ant = dyad_cd_who_antecedent(c, subj, before);
    if (ant >= 0) {
        *embedded = 1;
        return ant;
    }
    int any = subj >= 0 ? dyad_cd_phrase_entity(c, subj, before) : -1;
    if (*embedded && any >= 0 && c->it[any].type == I_NES && !dyad_cd_coded(c, any)) {
        int toks[CR_MAXW];
        const char *w[CR_MAXW], *tag[CR_MAXW];
        dyad_cr_np np;
        dyad_cd_span_np(c, &c->ent[c->it[any].ent], toks, w, tag, &np);
        if (dyad_coref_office(&np))
            return -1;
    }
    return any;
}

/* A quotation's speaker is the subject of its verb of saying, however much the
 * subject's phrase holds (dyad_cd_quote_speaker): S_subject's reading, before any item
 * of the sentence is deleted. */
int dyad_cd_subject(const dyad_cd_ctx *c, int vp)
{
    int embedded;
    /* vp -1: the verb's leaf is the whole tree ("(VBD said)"), in no phrase */
    return vp < 0 ? -1 : S_subject(c, vp, (int)c->nit, &embedded);
}

/* In an article: the doer of a subjectless adverbial clause, the subject of the clause
 * it modifies ("Funaro met Baker before travelling to Europe", "After meeting Putin, Xi
 * said ...", "Accusing the French of overfishing, Canada said ..."): 1 with *ent its
 * entity (-1: the subject is no entity) when vp heads such a clause, else 0. Without it
 * the nearest coded phrase before the verb, often the main verb's object ("explaining
 * Brazil's actions to Baker before travelling to Europe"), was taken for the traveller. */
int dyad_cd_adjunct_doer(const dyad_cd_ctx *c, int vp, int *ent)
{
    int top = dyad_cd_top_vp(c, vp);
    int s = dyad_cd_node(c, top)->parent, inner = 0;
    /* a participle on the noun of a phrase that opens the sentence before a comma, the
     * subject and its verb ("In a statement condemning the decision, Egypt called for
     * restraint"): that subject's, as the statement is */
    int pp = s >= 0 && dyad_cd_label_is(c, s, "NP") ? dyad_cd_node(c, s)->parent : -1;
    int opener = dyad_cd_label_is(c, pp, "PP") ? dyad_cd_node(c, pp)->parent : -1;
    int part = dyad_cd_node(c, top)->first;
    if (opener >= 0 && dyad_cd_label_is(c, opener, "S") && dyad_cd_node(c, opener)->first == pp &&
        dyad_cd_label_is(c, part, "VBG") && dyad_cd_isleaf(c, part) &&
        dyad_cd_label_is(c, dyad_cd_node(c, s)->first, "NP") &&
        dyad_cd_label_is(c, dyad_cd_node(c, pp)->next, ",")) {
        int np = dyad_cd_node(c, dyad_cd_node(c, pp)->next)->next;
        if (!dyad_cd_label_is(c, np, "NP") || !dyad_cd_label_is(c, dyad_cd_node(c, np)->next, "VP"))
            return 0;
        *ent = dyad_cd_phrase_entity(c, np, (int)c->nit);
        if (dyad_cd_event_ref(c, *ent))
            *ent = -1;
        return 1;
    }
    if (s < 0 || !dyad_cd_label_is(c, s, "S"))
        return 0;
    /* the parser may set the mark and a measure of time inside the clause itself, "(S
     * (, ,) (NP two days) (IN after) (VP visiting ...))": no subject of its own */
    for (int ch = dyad_cd_node(c, s)->first; ch >= 0 && ch != top; ch = dyad_cd_node(c, ch)->next)
        if (dyad_cd_label_is(c, ch, "IN") && dyad_cd_isleaf(c, ch))
            inner = 1;
        else if (dyad_cd_label_is(c, ch, "NP") && !S_measure_np(c, ch))
            return 0;
    /* a participle clause the parser drew as the sentence's first verb phrase, before a
     * comma, the subject and its verb ("Accusing the French of overfishing, Canada said
     * ..."): that subject's; not a gerund with its doer after "by", a noun the parser
     * cut from its sentence ("Lending by the World Bank, ..., to China is expected to
     * double") */
    int v0 = dyad_cd_node(c, top)->first, comma = dyad_cd_node(c, top)->next;
    int np = comma >= 0 && dyad_cd_label_is(c, comma, ",") ? dyad_cd_node(c, comma)->next : -1;
    int by = v0 >= 0 ? dyad_cd_node(c, v0)->next : -1;
    if (by >= 0 && dyad_cd_label_is(c, by, "PP") && dyad_is(c->up[dyad_cd_node(c, by)->tok], "BY"))
        np = -1;
    if (v0 >= 0 && dyad_cd_isleaf(c, v0) && dyad_cd_label_is(c, v0, "VBG") && np >= 0 &&
        dyad_cd_label_is(c, np, "NP") && dyad_cd_node(c, np)->next >= 0 &&
        dyad_cd_label_is(c, dyad_cd_node(c, np)->next, "VP")) {
        *ent = dyad_cd_phrase_entity(c, np, (int)c->nit);
        if (dyad_cd_event_ref(c, *ent))
            *ent = -1;
        return 1;
    }
    int sub = inner ? s : dyad_cd_node(c, s)->parent;
    if (sub < 0 || (!inner && dyad_cd_clause_mark(c, sub) < 0))
        return 0;
    int up = dyad_cd_node(c, sub)->parent, subj = -1;
    int head = up >= 0 && dyad_cd_label_is(c, up, "NP") ? dyad_cd_node(c, up)->first : -1;
    if (head >= 0) {
        /* set off by a comma inside the subject's phrase: "Rohan's king, after meeting
         * the envoy, said ..." is the king's meeting; not a clause of a noun ("invoked
         * a right to self-defense in destroying a platform"), whose doer is the verb's */
        int sep = dyad_cd_node(c, head)->next;
        if (!dyad_cd_label_is(c, head, "NP") || sep < 0 || !dyad_cd_label_is(c, sep, ",") ||
            dyad_cd_node(c, sep)->next != sub)
            return 0;
        subj = head;
    } else if (up >= 0 && dyad_cd_label_is(c, up, "VP")) {
        up = dyad_cd_top_vp(c, up);
        int cl = dyad_cd_node(c, up)->parent;
        if (cl < 0 || !dyad_cd_label_is(c, cl, "S"))
            return 0;
        for (int ch = dyad_cd_node(c, cl)->first; ch >= 0 && ch != up;
             ch = dyad_cd_node(c, ch)->next)
            if (dyad_cd_label_is(c, ch, "NP"))
                subj = ch;
    } else if (up >= 0 && dyad_cd_label_is(c, up, "S")) {
        /* fronted: the first subject after it; set off by commas between the subject
         * and its verb ("Rohan's king, after meeting the envoy, said ..."), the subject
         * before it */
        for (int ch = dyad_cd_node(c, sub)->next; ch >= 0 && subj < 0;
             ch = dyad_cd_node(c, ch)->next)
            if (dyad_cd_label_is(c, ch, "NP"))
                subj = ch;
            else if (dyad_cd_label_is(c, ch, "VP"))
                break;
        int lead = -1, sep = -1, after = dyad_cd_node(c, sub)->next;
        for (int ch = dyad_cd_node(c, up)->first; subj < 0 && ch >= 0 && ch != sub;
             ch = dyad_cd_node(c, ch)->next)
            lead = sep, sep = ch;
        if (subj < 0 && lead >= 0 && dyad_cd_label_is(c, lead, "NP") &&
            dyad_cd_label_is(c, sep, ",") && after >= 0 && dyad_cd_label_is(c, after, ","))
            subj = lead;
    }
    if (subj < 0)
        return 0;
    *ent = dyad_cd_phrase_entity(c, subj, (int)c->nit);
    if (dyad_cd_event_ref(c, *ent))
        *ent = -1; /* an act does nothing: "the move would not deter it from supporting" */
    return 1;
}

/* Is node n a later conjunct of its parent: a sibling of its own label before it, and
 * "and"/"or" (or, when comma, a comma) right before it? */
static int S_later_conjunct(const dyad_cd_ctx *c, int n, int comma)
{
    int p = dyad_cd_node(c, n)->parent, before = 0, joint = 0;
    for (int ch = p >= 0 ? dyad_cd_node(c, p)->first : -1; ch >= 0 && ch != n;
         ch = dyad_cd_node(c, ch)->next) {
        before |= dyad_is(dyad_cd_node(c, ch)->label, dyad_cd_node(c, n)->label);
        joint = before && dyad_cd_node(c, ch)->word &&
                (dyad_cd_label_is(c, ch, "CC") || (comma && dyad_cd_label_is(c, ch, ",")));
    }
    return joint;
}

/* Is verb phrase vp's verb coordinated after another one, so that its clause's subject
 * is its doer, not the first actor of the sentence nor the nearest party before it?
 * 2: a verb phrase sharing the subject with one before it ("Gondor's king called the
 * pact a surrender to Mordor and accused Rohan ...", "the raiders crossed the river,
 * burning farms and taking prisoners"), where the nearest party is the earlier verb's
 * object, no doer even when the subject names no one known; 1: a clause of its own
 * ("(S (S Iran attacked Israel) (CC and) (S the United States condemned Tehran))"),
 * also with no comma between the clauses to end the words before the verb; 0: neither. */
static int S_conj_clause(const dyad_cd_ctx *c, int vp)
{
    int top = dyad_cd_top_vp(c, vp);
    for (int q = vp; q != top; q = dyad_cd_node(c, q)->parent)
        if (dyad_cd_label_is(c, q, "VP") && S_later_conjunct(c, q, 1))
            return 2;
    int s = dyad_cd_node(c, top)->parent;
    return dyad_cd_label_is(c, s, "S") && dyad_cd_label_is(c, dyad_cd_node(c, s)->parent, "S") &&
           S_later_conjunct(c, s, 0);
}

/* In an article: is item `item` only where something else happened, a place inside a
 * phrase before the verb that is no setting of the whole clause ("a trial opened in
 * Paris over the bombing that killed ...", "has been in Japan exchanging views with
 * the OECD")? Such a place does nothing; a fronted setting of the clause ("In
 * Beijing, the ministry condemned ...") still stands for its state, and people of a
 * place ("mine owners in Malaysia") are its people. */
static int S_mere_place(const dyad_cd_ctx *c, int item)
{
    if (!c->cr || c->it[item].type != I_NES)
        return 0;
    const dyad_cd_ent *e = &c->ent[c->it[item].ent];
    if (!dyad_cd_place_prep(c, e->tok0 - 1))
        return 0; /* "mine owners in Malaysia" are still Malaysia's */
    int pp = dyad_cd_node(c, c->t->tok_node[e->tok0 - 1])->parent;
    int up = pp >= 0 ? dyad_cd_node(c, pp)->parent : -1;
    return !(pp >= 0 && dyad_cd_label_is(c, pp, "PP") && up >= 0 && dyad_cd_label_is(c, up, "S"));
}

/* The doer by position: the last actor before the verb, coded ones first, none that
 * is only a place (S_mere_place) nor an act named by its kind, which is a doer only as
 * its clause's subject ("The seizure came two weeks after British marines helped
 * detain an Iranian tanker": the marines detain). */
static int S_find_source(const dyad_cd_ctx *c, const int *up, int nup)
{
    for (int k = nup - 1; k >= 0; k--) {
        const dyad_cd_item *x = &c->it[up[k]];
        if ((x->type == I_NECS || (x->type == I_NES && dyad_cd_coded(c, up[k]))) &&
            !S_mere_place(c, up[k]) && !dyad_cd_event_ref(c, up[k]))
            return up[k];
    }
    for (int k = nup - 1; k >= 0; k--)
        if (c->it[up[k]].type == I_NES && !S_mere_place(c, up[k]) && !dyad_cd_event_ref(c, up[k]))
            return up[k];
    return -1;
}

/* Nouns of an amount or of its change. What their prepositional phrase names is what is
 * measured, no doer: "a drop in EC intervention stocks would help Australian sales",
 * "the steep increase in Japanese branches in London has helped the market", "profits
 * from the arms sold to Iran went to aid the contras" tell of no act of the EC, Japan
 * or Iran. "Number" and "total" are not among them, as they count doers as often ("a
 * number of Western states pledged aid"). */
static const char *const S_amount_nouns[] = {
    "INCREASE", "INCREASES", "RISE", "RISES", "FALL", "DROP", "DECLINE", "GROWTH",
    "SURGE", "SLUMP", "JUMP", "SHARE", "LEVEL", "LEVELS", "VOLUME", "VALUE", "PRICE",
    "PRICES", "COST", "COSTS", "PROFITS", "EARNINGS", "REVENUE", "REVENUES", "OUTPUT",
    "DEMAND", "SURPLUS", "DEFICIT", NULL};

/* In an article: is the entity at item, found as a verb's doer, a law or rule, its
 * phrase's last word ("U.S. law requires", "GATT regulations prohibit"), with no
 * preposition before it ("the bill's sponsors", "an attachment to a trade bill" are
 * not)? What a law requires or bars is no act of the state or body that made it. */
static int S_rule_doer(const dyad_cd_ctx *c, int item)
{
    static const char *const rules[] = {"LAW",         "LAWS",       "RULE",    "RULES",
                                        "REGULATION",  "REGULATIONS", "STATUTE", "STATUTES",
                                        "LEGISLATION", "BILL",        "BILLS",   NULL};
    if (!c->cr || item < 0 || c->it[item].type != I_NES)
        return 0;
    const dyad_cd_ent *e = &c->ent[c->it[item].ent];
    for (int t = e->tok0; t < e->tok1; t++) {
        const char *tag = dyad_cd_node(c, c->t->tok_node[t])->label;
        if (dyad_is(tag, "IN") || dyad_is(tag, "TO"))
            return 0;
    }
    const char *tag = dyad_cd_node(c, c->t->tok_node[e->tok1 - 1])->label;
    return (dyad_is(tag, "NN") || dyad_is(tag, "NNS")) && dyad_among(c->up[e->tok1 - 1], rules);
}

/* The phrase of noun phrase np's head, before a PP or a clause on it: down its first
 * children while they are noun phrases ("(NP (NP the other) (PP of ...))" heads "the
 * other"); -1 for -1. */
static int S_head_phrase(const dyad_cd_ctx *c, int np)
{
    while (np >= 0 && dyad_cd_node(c, np)->first >= 0 &&
           dyad_cd_label_is(c, dyad_cd_node(c, np)->first, "NP"))
        np = dyad_cd_node(c, np)->first;
    return np;
}

/* In an article: are the words of the entity at item, found as a verb's doer, inside a
 * phrase that hangs on a noun of amount (S_amount_nouns), in the same clause, the
 * entity's own phrase ("a drop in EC stocks") or one it is in ("an increase in [the
 * number of Japanese branches]")? Then the doer is the amount, which does nothing to
 * anyone, and the actor is what it measures. An act named by its kind keeps its own
 * reading. */
static int S_measured(const dyad_cd_ctx *c, int item)
{
    if (!c->cr || item < 0 || (c->it[item].type != I_NES && c->it[item].type != I_NECS) ||
        dyad_cd_event_ref(c, item))
        return 0;
    int n = c->t->tok_node[c->ent[c->it[item].ent].tok1 - 1];
    for (int p = dyad_cd_node(c, n)->parent;
         p >= 0 && (dyad_cd_label_is(c, p, "NP") || dyad_cd_label_is(c, p, "PP"));
         n = p, p = dyad_cd_node(c, n)->parent) {
        if (!dyad_cd_label_is(c, n, "PP") || !dyad_cd_label_is(c, p, "NP"))
            continue;
        int head = -1; /* the noun the PP hangs on: the last word before it */
        for (int ch = dyad_cd_node(c, p)->first; ch >= 0 && ch != n; ch = dyad_cd_node(c, ch)->next)
            head = dyad_cd_node(c, ch)->tok_end - 1;
        if (head < 0 || strncmp(dyad_cd_node(c, c->t->tok_node[head])->label, "NN", 2) ||
            !strncmp(dyad_cd_node(c, c->t->tok_node[head])->label, "NNP", 3) ||
            !dyad_among(c->up[head], S_amount_nouns))
            continue;
        /* an amount of acts is acts: "a surge in Russian attacks killed 20"; a phrase
         * with no words (tok_end -1, in a tree given from outside: "(PP (IN in) (NP
         * (X)) ...)") names no act */
        int m = dyad_cd_node(c, n)->first;
        while (m >= 0 && !dyad_cd_label_is(c, m, "NP"))
            m = dyad_cd_node(c, m)->next;
        m = S_head_phrase(c, m);
        int last = m >= 0 ? dyad_cd_node(c, m)->tok_end - 1 : -1;
        return last < 0 || !dyad_coref_act_noun(c->up[last]);
    }
    return 0;
}

static int S_same_prefix(const dyad_cd_ctx *c, int item, const char *src)
{
    if (!src)
        return 0;
    const dyad_cd_item *x = &c->it[item];
    if (x->type != I_NES)
        return 0;
    return !strncmp(c->ent[x->ent].code, src, strlen(src));
}

/* Is an event of this code said or agreed somewhere rather than done to a place, so
 * that in an article the place it happened in is no other party: "pledged in Paris to
 * boost demand", "started negotiations with its creditor banks in New York", "rejected
 * the allegations at a news conference", "IRNA, received in London, said" (roots
 * 01 to 05 and 09 to 13; a visit's place is its host, "arrived in Kyiv", and force,
 * aid, a truce or a crackdown "in Gaza" is aimed at it)? */
static int S_said_somewhere(const char *code)
{
    if (!isdigit((unsigned char)code[0]) || !isdigit((unsigned char)code[1]) ||
        !strncmp(code, "042", 3))
        return 0;
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    return (root >= 1 && root <= 5) || (root >= 9 && root <= 13);
}

/* Is item k, a place (dyad_cd_at_place), the verb's object whose phrase the parser ran
 * on into a setting ("rejected [the allegations during a news conference]", "[the
 * allegations at a press conference]")? Its words before the setting, which name no
 * one known (or it would be no place), are what the verb is done to: it stays the
 * object, coded by those words alone, and the event is not lost with it; the
 * setting's words name no party ("the press" of a press conference). */
static int S_object_in_setting(dyad_cd_ctx *c, int k)
{
    dyad_cd_ent *e = &c->ent[c->it[k].ent];
    if (c->it[k].type != I_NES || e->tok0 > c->verb_tok1 + 1)
        return 0;
    int p = e->tok0 + 1, dated;
    while (p < e->tok1 && !dyad_cd_place_prep(c, p))
        p++;
    dyad_cd_code_words(c, c->up + e->tok0, NULL, p - e->tok0, e->code, sizeof e->code, &dated);
    size_t n = strlen(e->code) < sizeof e->own ? strlen(e->code) : sizeof e->own - 1;
    memcpy(e->own, e->code, n);
    e->own[n] = 0;
    return 1;
}

/* In an article, the first token of the embedded clause verb phrase vp heads ("Iraq
 * said [its forces killed ...]"), whose reporter is no party of its events; -1 when
 * the clause is not embedded. */
static int S_embedded_start(const dyad_cd_ctx *c, int vp)
{
    int top = dyad_cd_top_vp(c, vp), embedded = 0;
    int s = dyad_cd_node(c, top)->parent;
    if (!c->cr || s < 0 || dyad_cd_node(c, s)->label[0] != 'S' || dyad_cd_label_is(c, s, "SBAR"))
        return -1;
    for (int p = dyad_cd_node(c, s)->parent; p >= 0 && !embedded; p = dyad_cd_node(c, p)->parent)
        embedded = dyad_cd_label_is(c, p, "SBAR") || dyad_cd_label_is(c, p, "VP");
    return embedded ? dyad_cd_node(c, s)->tok : -1;
}

/* Reverses seq_low[a, b). */
static void S_reverse_low(dyad_cd_ctx *c, int a, int b)
{
    for (b--; a < b; a++, b--) {
        int tmp = c->seq_low[a];
        c->seq_low[a] = c->seq_low[b];
        c->seq_low[b] = tmp;
    }
}

/* Swaps seq_low[a, mid) and seq_low[mid, end). */
static void S_rotate_low(dyad_cd_ctx *c, int a, int mid, int end)
{
    S_reverse_low(c, a, mid);
    S_reverse_low(c, mid, end);
    S_reverse_low(c, a, end);
}

/* The items of a passive's agent (its "by" phrase) in the lower sequence, [*a, return),
 * for patterns that read only words after the verb: such words name what was done, so
 * the doer after "by" is none of them ("a policeman was shot by protesters" is no
 * shooting of protesters). Empty at nlow. */
static int S_agent_span(const dyad_cd_ctx *c, int nlow, int *a)
{
    *a = nlow;
    for (int q = 0; q < nlow; q++) {
        const dyad_cd_item *x = &c->it[c->seq_low[q]];
        if (x->type != I_WORD || strcmp(c->up[x->tok], "BY"))
            continue;
        int pp = dyad_cd_node(c, c->t->tok_node[x->tok])->parent;
        int end = pp >= 0 ? dyad_cd_node(c, pp)->tok_end : x->tok + 1, b = q;
        while (b < nlow && S_item_tok(c, c->seq_low[b]) < end)
            b++;
        *a = q;
        return b;
    }
    return nlow;
}

/* Does pattern pt name "by" or a party after the verb, and so read a passive's agent? */
static int S_reads_agent(const dyad_cd_ctx *c, const dyad_pattern *pt)
{
    const dyad_ptok *tk = dyad_dict_toks(c->d, pt->low);
    for (int i = 0; i < pt->nlow; i++)
        if (tk[i].type == DYAD_PT_SRC || tk[i].type == DYAD_PT_TGT ||
            (tk[i].type == DYAD_PT_WORD && !strcmp(dyad_dict_str(c->d, tk[i].word), "BY")))
            return 1;
    return 0;
}

/* Is code a sanction or cut in ties (root 16), or the easing of economic sanctions
 * (085), which a state never aims at its own country? */
static int S_sanction_code(const char *code)
{
    return !strncmp(code, "16", 2) || !strncmp(code, "085", 3);
}

/* Is item the doer's own country, which no sanction, cut in ties or sanctions eased
 * (S_sanction_code) of the doer is aimed at, so that the words after the verb name the
 * target further on ("levied tariffs on exports to the U.S. from 35 countries,
 * including the EU"; "delayed a tariff on products exported to the United States")? */
static int S_own_country(const dyad_cd_ctx *c, int item, int src, const char *code)
{
    if (!c->cr || !S_sanction_code(code) || item < 0 || src < 0 ||
        c->it[item].type != I_NES || c->it[src].type != I_NES)
        return 0;
    const char *t = c->ent[c->it[item].ent].code;
    return strlen(t) == 3 && !strncmp(t, c->ent[c->it[src].ent].code, 3);
}

/* In an article, goods named by their maker ("American-brewed beer", "Chinese-made
 * electric cars") are their maker's country as the target of a sanction on them (code
 * S_sanction_code), though no owner elsewhere ("shot down Iranian-made drones" attacks
 * no Iran). Of the uncoded entities among items low[0..nlow), from `from` on, the first
 * with such a word gets that country's code; its item, -1 none. */
static int S_maker_target(dyad_cd_ctx *c, const int *low, int nlow, int from,
                          const char *code)
{
    static const char *const made[] = {"-MADE",     "-BUILT",   "-PRODUCED", "-DISTILLED",
                                       "-GROWN",    "-BREWED",  "-ASSEMBLED",
                                       "-MANUFACTURED", NULL};
    for (int k = from; c->cr && S_sanction_code(code) && k >= 0 && k < nlow; k++) {
        const dyad_cd_item *x = &c->it[low[k]];
        if (x->type != I_NES || dyad_cd_coded(c, low[k]))
            continue;
        dyad_cd_ent *e = &c->ent[x->ent];
        for (int t = e->tok0; t < e->tok1; t++) {
            const char *h = strrchr(c->up[t], '-');
            char pre[64], *w = pre;
            int len;
            if (!h || h == c->up[t] || !dyad_among(h, made) ||
                (size_t)(h - c->up[t]) >= sizeof pre)
                continue;
            snprintf(pre, sizeof pre, "%.*s", (int)(h - c->up[t]), c->up[t]);
            int a = dyad_cd_longest(&c->d->actors, &w, 1, &len);
            const char *ac = a >= 0 ? dyad_actor_code_for(c->d, a, c->date) : "---";
            if (strlen(ac) < 3 || !strncmp(ac, "---", 3))
                continue;
            snprintf(e->code, sizeof e->code, "%.3s", ac);
            e->cr_try = 0; /* settled: no rule refers it elsewhere */
            return low[k];
        }
    }
    return -1;
}

/* Is entity e the teller of the whole sentence, named after a comma with a verb of
 * saying that closes the sentence ("..., an Arab newspaper reported on Tuesday.",
 * "..., EC sources said.", "..., the association's chairman Frits van Horick said.")?
 * The parser often draws it into the clause before, whose events it is no party of. */
static int S_closing_teller(const dyad_cd_ctx *c, const dyad_cd_ent *e)
{
    int ntok = (int)c->t->ntok, k = e->tok0 - 1;
    if (k >= 0 && dyad_cd_label_is(c, c->t->tok_node[k], "DT"))
        k--;
    if (k < 0 || strcmp(c->up[k], ","))
        return 0;
    for (k = e->tok1; k < ntok && k < e->tok1 + 4 && dyad_cd_label_is(c, c->t->tok_node[k], "NNP");)
        k++; /* the name after a title */
    if (k >= ntok || strncmp(dyad_cd_node(c, c->t->tok_node[k])->label, "VB", 2) ||
        !(dyad_say_word(c->up[k], strlen(c->up[k])) || !strcmp(c->up[k], "REPORTED")))
        return 0;
    for (k++; k < ntok; k++)
        if (!strcmp(c->up[k], ",") || !strncmp(dyad_cd_node(c, c->t->tok_node[k])->label, "VB", 2))
            return 0;
    return 1;
}

/* Is entity e a point of reference for where something was, a place named after a
 * distance and a direction ("attacked the platform about 120 miles east of Bahrain",
 * "some 80 km (50 miles) west of Kharg island"), which lies away from it? */
static int S_reference_place(const dyad_cd_ctx *c, const dyad_cd_ent *e)
{
    static const char *const dir[] = {"NORTH", "SOUTH", "EAST", "WEST", "NORTHEAST",
                                      "NORTHWEST", "SOUTHEAST", "SOUTHWEST", "NORTH-EAST",
                                      "NORTH-WEST", "SOUTH-EAST", "SOUTH-WEST", NULL};
    static const char *const unit[] = {"MILES", "MILE", "KM", "KMS", "KILOMETERS",
                                       "KILOMETRES", "KILOMETER", "KILOMETRE", ")", NULL};
    int k = e->tok0;
    return k >= 3 && !strcmp(c->up[k - 1], "OF") && dyad_among(c->up[k - 2], dir) &&
           dyad_among(c->up[k - 3], unit);
}

/* Is entity e the setting the verb's act was done in, a time of strife named by its
 * noun after "in", "during", "amid" or "after" ("detained 30,000 people in the
 * crackdown that followed", "during the unrest"), with no actor of its own?
 * Coreference makes such a noun the doing of whoever did the last act of its kind,
 * often another party of the story, who is not what the verb was done to. Not talks
 * or an assault, which have a side the act may be aimed at ("refused to negotiate the
 * boundary during the talks"). */
static int S_setting_act_ref(const dyad_cd_ctx *c, const dyad_cd_ent *e)
{
    static const char *const settings[] = {"IN", "DURING", "AMID", "AMIDST", "AFTER",
                                           "FOLLOWING", NULL};
    static const char *const strife[] = {"CRACKDOWN", "CRACKDOWNS", "UNREST", "VIOLENCE",
                                         "FIGHTING", "PROTESTS", "DEMONSTRATIONS", "RIOTS",
                                         "RIOTING", "CLASHES", "TURMOIL", "UPRISING", NULL};
    int head = S_head_tok(c, e);
    return e->cr_try && head >= 0 && e->tok0 > 0 && dyad_among(c->up[e->tok0 - 1], settings) &&
           dyad_among(c->up[head], strife);
}

/* Is entity e named only as the victim of the act the verb answers, in a phrase of
 * "in response to", "in retaliation for", "in reprisal for" or "in revenge for", not as
 * that act's doer ("U.S. warships destroyed the platform in response to a missile
 * strike on the Kuwaiti tanker Sea Isle City" is no act on Kuwait; "in retaliation for
 * an Iranian attack on ..." still names Iran)? */
static int S_answered_victim(const dyad_cd_ctx *c, const dyad_cd_ent *e)
{
    static const char *const answer[] = {"RESPONSE", "RETALIATION", "REPRISAL", "REVENGE",
                                         NULL};
    int n = (int)c->t->ntok;
    for (int a = c->t->tok_node[e->tok0]; a >= 0; a = dyad_cd_node(c, a)->parent) {
        int k = dyad_cd_node(c, a)->tok;
        if (dyad_cd_label_is(c, a, "PP") && k + 2 < n && k + 2 < e->tok0 &&
            dyad_is(c->up[k], "IN") && dyad_among(c->up[k + 1], answer) &&
            (dyad_is(c->up[k + 2], "TO") || dyad_is(c->up[k + 2], "FOR")))
            return !S_attack_owner(c, e);
    }
    return 0;
}

/* In an article, is entity e only the receiver of an act that criticism, rejection or
 * a threat (roots 11 to 13, code) is aimed at, named by a noun whose doer the phrase
 * names too: "to"/"for"/"on"/"against"/"into" after the act ("protested the American
 * arms sales to Taiwan", "condemned the sale of F-16 jets to Taiwan by the United
 * States", "criticised Western support for Ukraine")? The doer is a word before the act
 * noun that names an actor or a bloc (a nationality, a possessor, "Western", "foreign")
 * or a "by" phrase, also a possessor no dictionary knows ("criticised the firm's sale of
 * arms to Iran", "unhappy with the bourse's reply to London's deadline");
 * the criticism is of the doer, and a doer that is no state leaves no target rather
 * than the receiver. With no doer named ("condemned the sale of jets to
 * Taiwan"), the receiver is all that is named and stays. Support (root 05) of an attack
 * is the attacker's too ("Britain backed the U.S. raid on the Iranian platform"), and
 * never its victim's, named doer or not ("backed the attack on Iran" is for no one
 * named); support of other acts keeps its receiver ("praised the aid to Ukraine"). The
 * parser may make the act, its preposition and the receiver one phrase, coded by the
 * receiver ("[foreign support for Ukraine]", "[Taiwan by the United States]"); one coded
 * by its doer ("[the U.S. sale of jets to Taiwan]") is the doer's. */
static int S_act_receiver(const dyad_cd_ctx *c, const dyad_cd_ent *e, const char *code)
{
    static const char *const act[] = {
        "SALE",      "SALES",        "DELIVERY",  "DELIVERIES", "SUPPLY",     "SUPPLIES",
        "SHIPMENT",  "SHIPMENTS",    "TRANSFER",  "TRANSFERS",  "DEPLOYMENT", "DEPLOYMENTS",
        "DECISION",  "SUPPORT",      "AID",       "ASSISTANCE", "SANCTIONS",  "EXPORTS",
        "INCURSION", "INTERVENTION", "INVASION",  "RESPONSE",   NULL};
    static const char *const to[] = {"TO", "FOR", "ON", "AGAINST", "INTO", NULL};
    static const char *const bloc[] = {"WESTERN", "FOREIGN", "ALLIED", "OUTSIDE", NULL};
    static const char *const pre[] = {"JJ", "NN", "NNS", "NNP", "NNPS", "POS", "CD", NULL};
    int n = (int)c->t->ntok, p = -1; /* the preposition before the receiver */
    int support = code[0] == '0' && code[1] == '5';
    if (!c->cr || (!support && (code[0] != '1' || code[1] < '1' || code[1] > '3')) ||
        e->tok0 < 1)
        return 0;
    if (dyad_among(c->up[e->tok0 - 1], to))
        p = e->tok0 - 1;
    for (int j = e->tok0 + 1; p < 0 && j + 1 < e->tok1; j++)
        if (dyad_cd_label_is(c, c->t->tok_node[j], "IN") && dyad_among(c->up[j], to))
            p = j;
    int a = -1, by = 0; /* the act noun; a "by" phrase between it and the receiver */
    for (int j = p - 1; j >= 0 && a < 0; j--) {
        const char *tag = dyad_cd_node(c, c->t->tok_node[j])->label;
        if (dyad_among(c->up[j], act) || S_attack_noun(c->up[j]))
            a = j;
        else if (!strncmp(tag, "VB", 2) || !strcmp(tag, "TO") ||
                 (!strcmp(tag, "IN") && !dyad_is(c->up[j], "OF") && !dyad_is(c->up[j], "BY")))
            return 0;
        by |= dyad_is(c->up[j], "BY");
    }
    if (a < 0 || (support && !S_attack_noun(c->up[a])))
        return 0;
    for (int j = p + 2; j <= e->tok1 && j < n && !by; j++)
        by = dyad_is(c->up[j], "BY"); /* after the receiver, in its phrase or after it */
    if (by)
        return 1;
    int m = a; /* the words before the act noun in its phrase */
    while (m > 0 && dyad_among(dyad_cd_node(c, c->t->tok_node[m - 1])->label, pre))
        m--;
    for (int j = m; j < a; j++)
        if (dyad_among(c->up[j], bloc))
            return 1;
    char own[64];
    int dated;
    if (a == m)
        return support;
    dyad_cd_code_words(c, c->up + m, NULL, a - m, own, sizeof own, &dated);
    if (!strncmp(own, "---", 3)) /* a possessor no one knows is a doer all the same */
        return dyad_cd_label_is(c, c->t->tok_node[a - 1], "POS");
    return p < e->tok0 || strncmp(own, e->code, 3);
}

/* Is entity e, for a meeting (root 04), the other side of a tie its possessor has, named
 * after "with" that follows a noun of dealings owned by a possessive ("discussed their
 * trade problems with Japan", "reviewed Germany's ties with China") or part of what
 * another noun is about ("review the deepening rift in trade relations with Korea",
 * "the state of relations with Cuba")? Those dealings are the topic, and their partner
 * no party of the talk: with whom one talks the sentence does not say there (two doers
 * talk with each other). A meeting held ("held his first
 * talks with Xi") is the meeting itself, and an act on the dealings is one towards the
 * partner ("hailed its partnership with Beijing", "deepen our ties with India", "warned
 * that its ties with Tokyo would suffer"); a noun without a possessive may be the verb's
 * own dealing ("discussed the crisis with Wang Yi"), and a stance is no dealing ("raised
 * his concerns with Beijing"). */
static int S_possessed_tie(const dyad_cd_ctx *c, const dyad_cd_ent *e, const char *code)
{
    static const char *const tie[] = {
        "RELATIONS",  "TIES",     "DISPUTE",     "DISPUTES",    "PROBLEMS", "PROBLEM",
        "TROUBLE",    "TROUBLES", "DIFFERENCES", "AGREEMENT",   "AGREEMENTS", "DEAL",
        "DEALS",      "ROW",      "FRICTION",    "TENSIONS",    "CONFLICT", "RIFT",
        "FEUD",       "COOPERATION", "PARTNERSHIP", "ALLIANCE", "TRADE",    "DEALINGS", NULL};
    static const char *const pre[] = {"JJ", "NN", "NNS", "NNP", "NNPS", NULL};
    if (strncmp(code, "04", 2))
        return 0;
    int w = -1; /* the "with" in e's phrase when the parser made the dealings one with it */
    for (int k = e->tok0 + 1; k + 1 < e->tok1 && w < 0; k++)
        if (dyad_is(c->up[k], "WITH"))
            w = k;
    /* else the "with" before e, or before the partners e is one of */
    for (int k = e->tok0 - 1; w < 0 && k >= 0 && k >= e->tok0 - 8; k--) {
        const char *tag = dyad_cd_node(c, c->t->tok_node[k])->label;
        if (dyad_is(c->up[k], "WITH"))
            w = k;
        else if (!strcmp(c->up[k], ",") || !strncmp(tag, "VB", 2) || !strcmp(tag, "IN") ||
                 !strcmp(tag, "TO"))
            return 0;
    }
    if (w < 1 || !dyad_is(c->up[w], "WITH") || !dyad_among(c->up[w - 1], tie))
        return 0;
    int k = w - 1;
    while (k > 0 && dyad_among(dyad_cd_node(c, c->t->tok_node[k - 1])->label, pre))
        k--;
    if (k > 1 && (dyad_is(c->up[k - 1], "IN") || dyad_is(c->up[k - 1], "OF")) &&
        (dyad_cd_label_is(c, c->t->tok_node[k - 2], "NN") ||
         dyad_cd_label_is(c, c->t->tok_node[k - 2], "NNS")))
        return 1; /* what the dealings are a part of ("the crisis in trade relations") */
    return k > 0 && (dyad_cd_label_is(c, c->t->tok_node[k - 1], "PRP$") ||
                     dyad_cd_label_is(c, c->t->tok_node[k - 1], "POS"));
}

/* Is entity e no party but what something is about: the other side of a trade
 * balance, the country a surplus, deficit or imbalance is "with" ("lent less to
 * exporters to shrink the trade surplus with America and the EC", "to
 * narrow its deficit with Japan") or whose trade balance it is by its name as a
 * modifier ("examines its impact on the U.S. trade deficit", "U.S. trade and budget
 * deficits"), or a name an affair, a war or an issue is named by ("investigating the
 * Iran arms affair", "a push to stop the Iraq-Iran war", "discussed the Taiwan
 * issue")? A balance is a figure, and no act on
 * it or on an affair is an act on the country it names; the owner a possessive or a
 * name before "with" names ("deplored Japan's trade surplus", "Japan's surplus with
 * the U.S.", "Russia's war") is still the one blamed. The phrase may hold the balance
 * itself when the parser made it one ("reduce [the surplus with Japan]
 * and [the EC]"), and a later partner stands after "and". */
static int S_topic_only(const dyad_cd_ctx *c, const dyad_cd_ent *e)
{
    static const char *const bal[] = {"SURPLUS", "SURPLUSES", "DEFICIT", "DEFICITS",
                                      "IMBALANCE", "IMBALANCES", NULL};
    static const char *const affair[] = {"AFFAIR", "SCANDAL", "WAR", "CONFLICT",
                                         "CRISIS", "ISSUE", "QUESTION", NULL};
    int ntok = (int)c->t->ntok, name = 0, last = -1, k = e->tok0 - 1;
    if (k >= 0 && dyad_cd_label_is(c, c->t->tok_node[k], "DT"))
        k--;
    /* a later member of the partners ("with the United States and the EC") */
    for (int j = k - 1; k >= 0 && !strcmp(c->up[k], "AND") && j > 0 && j >= k - 8; j--) {
        if (!strcmp(c->up[j], "WITH"))
            return dyad_among(c->up[j - 1], bal);
        if (!strcmp(c->up[j], ",") ||
            !strncmp(dyad_cd_node(c, c->t->tok_node[j])->label, "VB", 2))
            break;
    }
    for (k = e->tok0 > 2 ? e->tok0 - 2 : 0; k < e->tok1; k++) {
        if (k + 1 < e->tok1 && dyad_among(c->up[k], bal) && !strcmp(c->up[k + 1], "WITH") &&
            !name)
            return 1;
        if (!strcmp(c->up[k], "TRADE") && k > e->tok0 && last == k - 1) {
            /* "the U.S. trade deficit", or one of balances joined ("U.S. trade and
             * current account deficits"), the parser's phrase ending before "and" */
            int j = k + 1;
            if (j < ntok && !strcmp(c->up[j], "AND"))
                for (j++; j < ntok && j < k + 5 && !dyad_among(c->up[j], bal) &&
                          (dyad_cd_label_is(c, c->t->tok_node[j], "JJ") ||
                           dyad_cd_label_is(c, c->t->tok_node[j], "NN"));
                     j++)
                    ;
            if ((j > k + 1 ? j < ntok : j < e->tok1) && dyad_among(c->up[j], bal))
                return 1;
        }
        if (k >= e->tok0 && (dyad_cd_label_is(c, c->t->tok_node[k], "NNP") ||
                             dyad_cd_label_is(c, c->t->tok_node[k], "NNPS")))
            name = 1, last = k;
    }
    /* the last name, then at most two plain nouns before the affair's */
    for (k = last + 1; last >= 0 && k < ntok && k <= last + 3; k++) {
        if (!dyad_cd_label_is(c, c->t->tok_node[k], "NN") &&
            !dyad_cd_label_is(c, c->t->tok_node[k], "NNS"))
            return 0;
        if (dyad_among(c->up[k], affair))
            return 1;
    }
    return 0;
}

/* Is clause node p, of "that", the complement of the noun ending the noun phrase
 * just before it, which the parser hung beside it on the verb ("(VP backed (NP the
 * Commission's opinion) (SBAR that Paris ought to act))")? What a view, a proposal or a
 * position says is its own matter; a party told ("warned Moscow that") is no common
 * noun, and the verb's own noun ("expressed concern that Japan ...") is its act. */
static int S_noun_clause(const dyad_cd_ctx *c, int p)
{
    int np = dyad_cd_node(c, p)->parent;
    if (!dyad_is(c->up[dyad_cd_node(c, p)->tok], "THAT") || np < 0 ||
        !dyad_cd_label_is(c, np, "VP"))
        return 0; /* "that" as a conjunction or, as the parser may tag it, a wh-word */
    for (np = dyad_cd_node(c, np)->first; np >= 0 && dyad_cd_node(c, np)->next != p;
         np = dyad_cd_node(c, np)->next)
        ;
    int last = np >= 0 && dyad_cd_label_is(c, np, "NP") ? dyad_cd_node(c, np)->tok_end - 1 : -1;
    return last > c->verb_tok1 && dyad_cd_label_is(c, c->t->tok_node[last], "NN") &&
           !dyad_cd_time_np(c, np); /* "alleged this month that ..." */
}

/* Is clause node p, an SBAR, one that names its own parties: a relative clause ("which
 * favours Japan") or one with a subject of its own ("that Paris ought to act"), not a
 * gerund or infinitive doing the verb's doer's act ("in providing a loan to
 * Argentina"), nor a clause of "what" that is the verb's object? */
static int S_own_clause(const dyad_cd_ctx *c, int p)
{
    int t = dyad_cd_node(c, p)->tok;
    if (dyad_is(c->up[t], "WHAT") || (t > 0 && dyad_is(c->up[t - 1], "WHAT")))
        return 0; /* the object itself, as a teller names it ("struck what it called
                   * militant bases in Pakistan") */
    for (int ch = dyad_cd_node(c, p)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next) {
        if (!strncmp(dyad_cd_node(c, ch)->label, "WH", 2))
            return 1;
        if (dyad_cd_label_is(c, ch, "S"))
            for (int g = dyad_cd_node(c, ch)->first; g >= 0; g = dyad_cd_node(c, g)->next)
                if (dyad_cd_label_is(c, g, "NP"))
                    return 1;
    }
    return 0;
}

/* Is entity e only named inside a clause deeper than the verb's own complement, a
 * party of that clause and not of verb phrase vp's act: a clause of "that", "which" or
 * "who" on a noun ("backed the Commission's opinion that Paris ought to act", "criticised
 * the ruling, which favours Japan"), or one hung on a further verb or clause below the
 * verb ("has accepted to drop his veto, so as to make sure that the premier is chosen by
 * the assembly")? A clause the verb itself takes ("demanded that Iran withdraw") and
 * infinitives in a row ("pledged to continue to back Iraq") still name its party, and
 * so does a condition ("threatened to impose duties unless Japan opens its market").
 * Nor is one named in a clause that judges the act (S_in_act_judgement). */
static int S_deep_topic(const dyad_cd_ctx *c, const dyad_cd_ent *e, int vp)
{
    if (S_in_act_judgement(c, e->tok0))
        return 1;
    static const char *const cond[] = {"IF", "UNLESS", "UNTIL", "WHETHER", NULL};
    int deep = 0, p = c->t->tok_node[e->tok0];
    for (; p >= 0 && p != vp; p = dyad_cd_node(c, p)->parent) {
        int q = dyad_cd_node(c, p)->parent, lead = dyad_cd_node(c, p)->first;
        if (deep || !dyad_cd_label_is(c, p, "SBAR") || q < 0 || !S_own_clause(c, p) ||
            (lead >= 0 && dyad_cd_isleaf(c, lead) &&
             dyad_among(c->up[dyad_cd_node(c, lead)->tok], cond)))
            continue;
        deep = (dyad_cd_label_is(c, q, "NP") && dyad_cd_node(c, p)->tok > c->verb_tok1 + 1) ||
               S_noun_clause(c, p);
        for (; !deep && q >= 0 && q != vp; q = dyad_cd_node(c, q)->parent)
            deep = dyad_cd_node(c, q)->label[0] == 'S';
    }
    return deep && p == vp;
}

/* Is entity e named only in the judgement a verb passes on its object, the phrase of
 * "as" after that object ("condemned the strikes as a violation of Yemen's
 * sovereignty", "hailed the rout as the failure of Iran's offensive")? The judgement
 * says what the act is, and a party named in it is whom that act concerns, not the one
 * the verb judges; a doer it names after "by" ("as interference by Washington") still
 * is. */
static int S_judged_as(const dyad_cd_ctx *c, const dyad_cd_ent *e, int vp)
{
    int p = c->t->tok_node[e->tok0];
    while (p >= 0 && dyad_cd_node(c, p)->parent >= 0 && dyad_cd_node(c, p)->parent != vp)
        p = dyad_cd_node(c, p)->parent;
    if (p < 0 || dyad_cd_node(c, p)->parent != vp)
        return 0;
    /* the "as" opens the phrase, or stands alone before it: "(IN as) (NP the failure
     * ...)"; the object is the phrase before the "as" */
    int prev = -1, prev2 = -1;
    for (int ch = dyad_cd_node(c, vp)->first; ch >= 0 && ch != p; ch = dyad_cd_node(c, ch)->next)
        prev2 = prev, prev = ch;
    int pp = dyad_cd_label_is(c, p, "PP");
    int as = pp ? dyad_cd_node(c, p)->first : dyad_cd_label_is(c, p, "NP") ? prev : -1;
    int before = pp ? prev : prev2;
    if (as < 0 || !dyad_cd_isleaf(c, as) || !dyad_is(c->up[dyad_cd_node(c, as)->tok], "AS") ||
        before < 0 || !dyad_cd_label_is(c, before, "NP"))
        return 0;
    for (int k = dyad_cd_node(c, as)->tok + 1; k < e->tok1; k++)
        if (dyad_is(c->up[k], "BY"))
            return 0;
    return 1;
}

/* Are tokens t, t + 1 "call on" or "call upon", whose "on" names the one called on, a
 * party (S_courtesy_call), and is no topic of talks (S_talk_topic)? */
static int S_call_on(const dyad_cd_ctx *c, int t)
{
    static const char *const call[] = {"CALL", "CALLS", "CALLED", "CALLING", NULL};
    return t >= 0 && t + 1 < (int)c->t->ntok && dyad_among(c->up[t], call) &&
           (dyad_is(c->up[t + 1], "ON") || dyad_is(c->up[t + 1], "UPON"));
}

/* Is the "on" at token k a time's, ended by a preposition before token end? Then a
 * visit's place after it is its host ("flew on Monday to Kabul"); a meeting's is where
 * it was held ("met on Monday in Riyadh with"). */
static int S_on_time(const dyad_cd_ctx *c, int k, int end)
{
    for (int j = k + 2; j < end; j++)
        if (dyad_cd_label_is(c, c->t->tok_node[j], "IN") ||
            dyad_cd_label_is(c, c->t->tok_node[j], "TO"))
            return dyad_cd_time_span(c, k + 1, j);
    return 0;
}

/* Is entity e what a consultation or meeting (root 04) is "on", "about" or "over"
 * ("held frank discussions with the premiers on the pace of free trade talks with the
 * United States"), its topic rather than the other party? */
static int S_talk_topic(const dyad_cd_ctx *c, const dyad_cd_ent *e, const char *code)
{
    static const char *const on[] = {"ON", "ABOUT", "OVER", NULL};
    if (strncmp(code, "04", 2))
        return 0;
    /* a topic may run long before the name ("on every farm product as well as a fresh
     * round of GATT farm talks") */
    for (int k = e->tok0 - 1; k >= 0 && k >= e->tok0 - 16; k--) {
        if (dyad_among(c->up[k], on))
            return !S_call_on(c, k - 1) &&
                   !(!strncmp(code, "042", 3) && S_on_time(c, k, e->tok0));
        if (!strcmp(c->up[k], ",") || !strcmp(c->up[k], "WITH") ||
            !strncmp(dyad_cd_node(c, c->t->tok_node[k])->label, "VB", 2))
            return 0;
    }
    return 0;
}

/* Is entity e where a visitor came from, the object of "from" of a visit (042: "Blinken
 * arrived from Helsinki", "flew in from Ankara"), which is no host: one arrives, flies
 * or comes to a place, not from it ("arrived in Moscow from Helsinki" visits Moscow)? */
static int S_visit_origin(const dyad_cd_ctx *c, const dyad_cd_ent *e, const char *code)
{
    /* one back "from a U.S. visit" made it: the visit's words name its host */
    return !strncmp(code, "042", 3) && e->tok0 > 0 && !strcmp(c->up[e->tok0 - 1], "FROM") &&
           !dyad_among(c->up[S_head_tok(c, e)], dyad_visit_nouns);
}

/* The forms of "be" a participle or a time is told with ("is visiting", "was set for"). */
static const char *const S_be_forms[] = {"IS", "ARE", "WAS", "WERE", "BE", "BEEN", NULL};

/* Is "visiting" at token vtok, of a visit (042) whose phrase at item tgt follows it
 * right away, a word before that phrase's noun rather than a verb with an object: after
 * a determiner, a possessive, a preposition, a conjunction or a verb other than "be"
 * ("told visiting Japanese Foreign Minister Kuranari", "met a visiting Soviet trade
 * delegation")? Then that phrase names the visitor, and the clause's other party the
 * host. Not "is visiting Brasilia", nor a participle's clause after a comma
 * ("Shultz, visiting China, said") or a conjunction ("told reporters after visiting
 * Moscow"). */
static int S_visiting_noun(const dyad_cd_ctx *c, int vtok, int tgt, const char *code)
{
    static const char *const before[] = {"DT", "PRP$", "IN", "CC", "TO", "VB", "VBD", "VBZ",
                                         "VBP", "VBN", "VBG", NULL};
    if (strncmp(code, "042", 3) || vtok < 1 || tgt < 0 || c->it[tgt].type != I_NES ||
        !dyad_is(c->up[vtok], "VISITING") || c->ent[c->it[tgt].ent].tok0 != vtok + 1)
        return 0;
    return dyad_among(dyad_cd_node(c, c->t->tok_node[vtok - 1])->label, before) &&
           !dyad_among(c->up[vtok - 1], S_be_forms) && !dyad_cd_subordinator(c->up[vtok - 1]);
}

/* Is the + that pattern pt found at item such an origin of a visit, after a "from" the
 * pattern does not name ("- * +" over "arrived from Helsinki", which its gap lets pass):
 * then the pattern does not match, and a later one may find the host ("(TO +)")? */
static int S_pattern_origin(const dyad_cd_ctx *c, const dyad_pattern *pt, int item)
{
    const char *code = dyad_dict_str(c->d, pt->code);
    if (item < 0 || c->it[item].type < I_NES || !S_visit_origin(c, &c->ent[c->it[item].ent], code))
        return 0;
    const dyad_ptok *tk = dyad_dict_toks(c->d, pt->low);
    for (int i = 0; i < pt->nlow; i++)
        if (tk[i].type == DYAD_PT_WORD && !strcmp(dyad_dict_str(c->d, tk[i].word), "FROM"))
            return 0;
    return 1;
}

/* The code of the reporter of the clause of verb phrase vp (S_reporter) when it is a
 * state's own (S_state_force) and the doer at item src, another phrase, that state's
 * forces, police or intelligence: such a state telling of what its forces did is no
 * party of it under another of its names ("Iraq said its warplanes attacked two large
 * naval targets -- Baghdad's usual term for oil tankers -- in the Gulf"); NULL
 * otherwise. */
static int S_reporter(const dyad_cd_ctx *c, int vp, int vitem, int *say_tok);

static const char *S_reporting_state(const dyad_cd_ctx *c, int vp, int vitem, int src,
                                     const char *sc)
{
    int rep = c->cr && sc ? S_reporter(c, vp, vitem, NULL) : -1;
    if (rep < 0 || rep == src || c->it[rep].type != I_NES || !dyad_cd_coded(c, rep))
        return NULL;
    const char *rc = c->ent[c->it[rep].ent].code;
    static const char *const forces[] = {"MIL", "COP", "SPY", NULL};
    if (!S_state_force(rc) || !S_state_force(sc) || !dyad_coref_same_actor(rc, sc))
        return NULL;
    return S_agents_in(sc, forces, 1) ? rc : NULL;
}

/* Does item name only that reporting state rc (members it knows nothing of aside): by
 * its name, its capital, its government or forces, not people of its country its
 * adjective names ("Japanese chip-makers")? */
static int S_reporter_again(const dyad_cd_ctx *c, int item, const char *rc)
{
    char codes[64][64];
    const dyad_cd_ent *ents[64];
    int n = rc ? S_codes(c, item, codes, ents, 64) : 0, known = 0;
    for (int i = 0; i < n; i++) {
        if (!strncmp(codes[i], "---", 3))
            continue;
        if (!S_state_force(codes[i]) || !dyad_coref_same_actor(rc, codes[i]) ||
            (strlen(codes[i]) == 3 && !S_name_head(c, ents[i])))
            return 0;
        known = 1;
    }
    return known;
}

/* Verbs by which a doer states a stance of its side or pledges its help: what they
 * express or offer is its own. */
static const char *const S_stance_verbs[] = {"EXPRESS", "EXPRESSED", "EXPRESSES", "EXPRESSING",
    "REAFFIRM", "REAFFIRMED", "REAFFIRMS", "REAFFIRMING", "REITERATE", "REITERATED",
    "REITERATES", "REITERATING", "REPEAT", "REPEATED", "REPEATS", "REPEATING", "CONVEY",
    "CONVEYED", "CONVEYS", "CONVEYING", "VOICE", "VOICED", "VOICES", "VOICING", "PLEDGE",
    "PLEDGED", "PLEDGES", "PLEDGING", "OFFER", "OFFERED", "OFFERS", "OFFERING", NULL};

/* ... of them, those that also take whom they give to as a first object. */
static const char *const S_offer_verbs[] = {"PLEDGE", "PLEDGED", "PLEDGES", "PLEDGING",
    "OFFER", "OFFERED", "OFFERS", "OFFERING", NULL};

/* Entity x coded by its words after its token p, a preposition: 1, or -1 when they
 * name no one known (x as it was). */
static int S_code_after(dyad_cd_ctx *c, dyad_cd_ent *x, int p)
{
    char code[64];
    int dated;
    if (p + 1 >= x->tok1)
        return -1;
    dyad_cd_code_words(c, c->up + p + 1, NULL, x->tok1 - p - 1, code, sizeof code, &dated);
    if (!strncmp(code, "---", 3))
        return -1;
    memcpy(x->code, code, sizeof code);
    return 1;
}

/* Entity item k as the object of a verb stating a stance when the pattern's noun of that
 * stance (or the preposition after it) lies inside it after a possessor or an adjective
 * naming an actor ("Macron expressed France's support for Kyiv", "reaffirmed U.S.
 * support for Israel", "voiced Europe's concern over Russia's build-up", "expressed
 * France's condolences to Turkey"), or when that noun is itself a word of a role
 * ("voiced its opposition to NATO's expansion" is no act on NATO's opposition): that
 * actor or role is the stance's owner, the doer's side or one it speaks for, never its
 * target; the party is the one the noun's preposition names ("for", "to", "with" ...),
 * whose code the entity takes (1). -1 when it names none (the entity is no target), 0
 * when k is no such phrase. A role's noun whose preposition names no one gives -2: the
 * stance has no party to look for elsewhere, as the opposition the phrase names is the
 * doer's ("Delta had been the lone bidder voicing opposition to the merger" opposes
 * neither the bidder nor the story's opposition). The welcoming of someone's stance
 * ("welcomed China's commitment") is the owner's and stays so. */
static int S_stance_party(dyad_cd_ctx *c, int k)
{
    static const char *const preps[] = {"FOR", "TO", "WITH", "TOWARD", "TOWARDS", "OVER",
                                        "ABOUT", "AT", "ON", NULL};
    int p = c->verb_tok1;
    if (!c->cr || c->it[k].type != I_NES || p <= c->verb_tok0 ||
        !dyad_among(c->up[c->verb_tok0], S_stance_verbs))
        return 0;
    int q = dyad_among(c->up[p], preps) ? p - 1 : p; /* the pattern's noun */
    dyad_cd_ent *e = &c->ent[c->it[k].ent];
    char own[64];
    int dated;
    if (e->tok0 > q || e->tok1 <= p)
        return 0;
    dyad_cd_code_words(c, c->up + e->tok0, NULL, q - e->tok0, own, sizeof own, &dated);
    int role = !strncmp(own, "---", 3);
    if (role)
        dyad_cd_code_words(c, c->up + q, NULL, 1, own, sizeof own, &dated);
    if (!strcmp(own, "---"))
        return 0;
    p = q + 1; /* the noun's preposition */
    int r = p < e->tok1 && dyad_among(c->up[p], preps) ? S_code_after(c, e, p) : -1;
    /* a bare name before the noun of what is offered or pledged, with no party after
     * it, is the one given to, the verb's first object ("offered Israel help", "pledged
     * Kyiv security guarantees"), not an owner ("pledged Israel's help", "offered
     * Israeli help", "pledged U.S. aid to Kyiv") */
    if (r < 0 && !role && dyad_among(c->up[c->verb_tok0], S_offer_verbs)) {
        int bare = q > e->tok0;
        for (int t = e->tok0; t < q && bare; t++)
            bare = !dyad_is(c->up[t], "'S") && !dyad_is(c->up[t], "'");
        int name = c->t->tok_node[e->tok0];
        if (bare && (dyad_cd_label_is(c, name, "NNP") || dyad_cd_label_is(c, name, "NNPS")))
            return 0;
    }
    return r < 0 && role ? -2 : r;
}

static int S_np_head(const dyad_cd_ctx *c, int np);

/* The token of the head noun of the adjunct whose preposition is at token pt
 * ("warnings" of "despite warnings from ..."). */
static int S_adjunct_head(const dyad_cd_ctx *c, int pt)
{
    return S_np_head(c, dyad_cd_node(c, c->t->tok_node[pt])->next);
}

/* Is token t "by" or "from", which name the doer of the act before them? */
static int S_doer_prep(const dyad_cd_ctx *c, int t)
{
    return dyad_is(c->up[t], "BY") || dyad_is(c->up[t], "FROM");
}

/* Is entity e, in the adjunct whose preposition is at token pt, that adjunct's actor:
 * after "by" or "from" ("amid protests by opposition supporters", "under pressure from
 * the IMF"), or the owner or a word before the head of its noun ("following health ministry
 * tests", "after a week-long opposition boycott")? Not one after the noun it is party to ("amid
 * tensions with Lithuania"). */
static int S_adjunct_actor(const dyad_cd_ctx *c, int pt, const dyad_cd_ent *e)
{
    if (e->tok0 > 0 && S_doer_prep(c, e->tok0 - 1))
        return 1;
    int head = S_adjunct_head(c, pt), dated;
    if (e->tok0 > head || e->tok1 <= head)
        return e->tok0 <= head;
    /* a phrase of the noun itself, whose words before it or after its "by" or "from"
     * ("warnings from United Nations") name the actor */
    char code[64];
    dyad_cd_code_words(c, c->up + head, NULL, 1, code, sizeof code, &dated);
    return !strncmp(code, "---", 3) &&
           (head > e->tok0 || (head + 1 < e->tok1 && S_doer_prep(c, head + 1)));
}

/* Is item low[k] of a verb's lower sequence in an adjunct of concession, circumstance or
 * time (S_adjunct_end) whose party is none of the verb's: any of one of concession
 * ("deported 40 Uyghurs to China despite warnings from U.N. experts", "fired missiles
 * despite warnings from Washington": done against their wishes, not to them), unless the
 * verb answers the requests or calls it names ("refused to release the files despite
 * pleas from Congress" turns down Congress); the actor of any other after the verb's own
 * words, an object or its phrase, which gave the act what it is done to ("recalled two
 * batches of vaccine following health ministry tests", "arrested dozens of activists
 * amid protests by opposition supporters"). The other party of the adjunct's act may be
 * the verb's ("recalled its ambassador amid tensions with Lithuania"), and so may the
 * actor after a verb with nothing of its own, whom it answers ("vowed to retaliate after
 * Monday's U.S. attack"). */
static int S_adjunct_party(const dyad_cd_ctx *c, const int *low, int k)
{
    static const char *const concede[] = {"DESPITE", "NOTWITHSTANDING", "IN", NULL};
    int open = low[k];
    while (open > 0 && c->subcl[open] == 2)
        open--;
    if (c->subcl[open] != 3)
        return 0;
    int pt = c->it[open].tok;
    if (dyad_among(c->up[pt], concede)) /* "in" opens only "in spite of" (S_adjunct_end) */
        return !dyad_cd_answer_verb(c->up[c->verb_tok0]) ||
               !dyad_asking_noun(c->up[S_adjunct_head(c, pt)]);
    for (int j = 0; j < k && low[j] < open; j++)
        if (c->it[low[j]].type == I_NES || c->it[low[j]].type == I_NECS)
            return S_adjunct_actor(c, pt, &c->ent[c->it[low[k]].ent]);
    return 0;
}

/* Item tgt, whom someone is extradited or handed over to justice (063) by a phrase the
 * parser ran on from the people handed into where they go ("extradited [a Russian
 * suspect to the United States]", "[two Basque separatists to France]"), coded by the
 * words after its "to" when they name someone: the cooperation is with the state that
 * receives them, whatever their own country. */
static void S_handed_to(dyad_cd_ctx *c, int tgt)
{
    if (tgt < 0 || c->it[tgt].type != I_NES)
        return;
    dyad_cd_ent *e = &c->ent[c->it[tgt].ent];
    for (int j = e->tok0 + 1; j + 1 < e->tok1; j++)
        if (dyad_is(c->up[j], "TO") && S_code_after(c, e, j) > 0)
            return;
}

static int S_possessed(const dyad_cd_ctx *c, const dyad_cd_ent *e);
static int S_doers_own(const dyad_cd_ctx *c, int tgt, int src, int country);
static int S_reciprocal(const dyad_cd_ctx *c, const char *code, const char *w);

/* Is item k, whose code extends the doer's code sc (a role of its own state: its
 * government, lawmakers or firms), the verb's direct object: the first noun phrase of
 * verb phrase vp, the entity ending at its head? The verb acts on that party at home
 * ("would question President Reagan about his plan to escort Kuwaiti tankers", "praised
 * the premier's call to carry the fight to Congress"): a state named further on, in
 * what it asks, questions or praises, is no target of it. */
static int S_home_object(const dyad_cd_ctx *c, int k, int vp, const char *sc)
{
    if (!c->cr || c->it[k].type != I_NES || !S_same_prefix(c, k, sc))
        return 0;
    const dyad_cd_ent *e = &c->ent[c->it[k].ent];
    /* not the doer itself named again ("asked President Lusinchi" of a bank's president
     * read as its own title), nor its own forces or people it moves towards or from the
     * party ("pulled its troops back from the area around Kyiv") */
    if (strlen(e->code) <= strlen(sc) || S_possessed(c, e))
        return 0;
    int np = c->t->tok_node[e->tok0];
    while (np >= 0 && dyad_cd_node(c, np)->parent != vp)
        np = dyad_cd_node(c, np)->parent;
    if (np < 0 || !dyad_cd_label_is(c, np, "NP"))
        return 0;
    for (int ch = dyad_cd_node(c, vp)->first; ch != np; ch = dyad_cd_node(c, ch)->next)
        if (dyad_cd_label_is(c, ch, "NP"))
            return 0;
    int head = S_np_head(c, np); /* the entity ends at the head: not one the parser ran
                                    on into the phrases after it */
    return e->tok0 <= head && head + 1 == e->tok1;
}

/* Is item k in a clause of a subordinating conjunction (c->subcl) that qualifies a noun
 * set off by a comma before it, not the verb: "hosted talks between Hamas and Fatah,
 * the first round since rockets hit Israel" hosts no one the clause names. The words
 * from the comma to the conjunction are a noun phrase's: no verb, no relative word. */
static int S_apposition_clause(const dyad_cd_ctx *c, int k)
{
    if (c->subcl[k] != 1)
        return 0;
    while (k > 0 && c->subcl[k - 1] == 1)
        k--;
    int noun = 0;
    for (int j = S_item_tok(c, k) - 1; j >= 0 && j >= c->verb_tok1; j--) {
        const char *tag = dyad_cd_node(c, c->t->tok_node[j])->label;
        if (!strcmp(c->up[j], ","))
            return noun;
        if (!strncmp(tag, "VB", 2) || !strcmp(tag, "MD") || tag[0] == 'W' ||
            !strcmp(tag, "TO") || dyad_is(c->up[j], "THAT"))
            return 0;
        noun |= !strncmp(tag, "NN", 2);
    }
    return 0;
}

static int S_find_target(dyad_cd_ctx *c, const int *up, int nup, const int *low, int nlow,
                         int src, int vp, int vitem, const char *code)
{
    const char *sc = NULL;
    int from = S_embedded_start(c, vp);
    if (src >= 0 && c->it[src].type == I_NES)
        sc = c->ent[c->it[src].ent].code;
    const char *rc = S_reporting_state(c, vp, vitem, src, sc);
    /* a phrase that could not say whom it refers to may once the doer is known ("Scholz
     * spoke with Netanyahu and urged him", "Russian forces struck cities across the
     * country") */
    for (int k = 0; c->cr && src >= 0 && k < nlow; k++)
        if (c->it[low[k]].type == I_NES && !dyad_cd_coded(c, low[k]))
            dyad_cd_recheck_one(c, low[k], src, 1);
    /* coded and not the source; then a phrase that refers back to the source's actor
     * (resolved again for the event: "Xi greeted him"); then uncoded */
    int own = -1; /* the doer's own country or the verb's own noun, when no one else is
                     found after the verb */
    int home = -1; /* a role of the doer's state as the object, which a party named
                      after it does not displace (S_home_object) */
    char two[2][64];
    const dyad_cd_ent *two_e[2];
    /* doers named as a list or as one phrase of several ("the two countries") */
    int several = src >= 0 && S_codes(c, src, two, two_e, 2) > 1;
    for (int pass = 0; pass < 3; pass++)
        for (int k = 0; k < nlow; k++) {
            int t = c->it[low[k]].type;
            if (t != I_NES && t != I_NECS)
                continue;
            const dyad_cd_ent *e = &c->ent[c->it[low[k]].ent];
            if (S_adjunct_party(c, low, k) || S_apposition_clause(c, low[k]))
                continue;
            int stance = S_stance_party(c, low[k]);
            if (stance == -2)
                return -1; /* the doer's own role's stance, at no one */
            if (stance < 0)
                continue;
            /* an occasion ("held a press conference") is no party, whatever its words
             * name ("press") */
            if ((c->cr && (S_closing_teller(c, e) || S_reference_place(c, e) ||
                           S_setting_act_ref(c, e) ||
                           dyad_cd_occasion(c, e->tok0, e->tok1) == 2 ||
                           S_topic_only(c, e) || S_talk_topic(c, e, code) ||
                           S_deep_topic(c, e, vp) || S_judged_as(c, e, vp) ||
                           S_possessed_tie(c, e, code) ||
                           S_answered_victim(c, e) || S_act_receiver(c, e, code))) ||
                S_visit_origin(c, e, code) || S_reporter_again(c, low[k], rc)) {
                /* a receiver whose phrase the parser ran on into the act's "by" phrase
                 * ("to [Taiwan by the United States]") is that doer's */
                if (c->cr && S_act_receiver(c, e, code))
                    for (int j = e->tok0 + 1; j + 1 < e->tok1; j++)
                        if (dyad_is(c->up[j], "BY") &&
                            S_code_after(c, &c->ent[c->it[low[k]].ent], j) > 0)
                            return low[k];
                continue;
            }
            int coded = dyad_cd_coded(c, low[k]);
            /* several doers' own is passed by, as a single doer's "its" is: a party
             * named after it is the target ("Egypt and Jordan closed their borders
             * with Syria"); with none, words or cooperation on it are between them
             * ("pledged to deepen their partnership"), but a hostile deed is each
             * the other's only when done both ways ("withdrew their ambassadors",
             * each from the other; "closed their airspace" is aimed at no fellow
             * doer) */
            int doers = several && S_possessed(c, e) && S_doers_own(c, low[k], src, 1);
            if (pass == 0 && own < 0 && S_own_country(c, low[k], src, code))
                own = low[k];
            else if (pass == 0 && home < 0 && coded && S_home_object(c, low[k], vp, sc))
                home = low[k];
            else if (pass == 0 && coded && !S_same_prefix(c, low[k], sc) && !doers)
                return home >= 0 ? home : low[k];
            if (pass == 1 && coded && t == I_NES && c->ent[c->it[low[k]].ent].cr_try &&
                !(doers && code[0] == '1' && code[1] >= '4' &&
                  !S_reciprocal(c, code, vitem >= 0 ? c->up[c->it[vitem].tok] : "")))
                return low[k];
            /* not the verb's own noun ("launched an offensive against ...") */
            if (pass == 2 && t == I_NES && !coded && c->cr && own < 0 &&
                e->tok0 >= c->verb_tok0 && e->tok1 <= c->verb_tok1 + 1)
                own = low[k];
            /* nor a setting that names no one after it: "rejected the allegations
             * during the weekend", "... during a meeting" reject the allegations,
             * and a setting is no party (S_said_somewhere) */
            else if (pass == 2 && t == I_NES && !coded &&
                     !(c->cr && own >= 0 && dyad_cd_place_prep(c, e->tok0 - 1) &&
                       dyad_cd_at_place(c, e, 1)))
                return low[k];
        }
    if (own >= 0)
        return own;
    const dyad_cd_ent *se = src >= 0 ? &c->ent[c->it[src].ent] : NULL;
    for (int pass = 0; pass < 2; pass++)
        for (int k = 0; k < nup; k++) {
            int t = c->it[up[k]].type;
            const dyad_cd_ent *e = &c->ent[c->it[up[k]].ent];
            if ((t != I_NES && t != I_NECS) ||
                (se && e->tok0 >= se->tok0 && e->tok1 <= se->tok1) || e->tok0 < from ||
                S_visit_origin(c, e, code))
                continue; /* the source, or one of its members; the reporter; an origin */
            if (pass == 0 && dyad_cd_coded(c, up[k]) && !S_same_prefix(c, up[k], sc))
                return up[k];
            if (pass == 1 && t == I_NES && !dyad_cd_coded(c, up[k]) && up[k] != src)
                return up[k];
        }
    return -1;
}

/* The first phrase between verb item v and item time that names no one and is no
 * time ("begins trade talks tomorrow": the talks); -1 if none. */
static int S_unknown_object(const dyad_cd_ctx *c, int v, int time)
{
    for (int it = v + 1; it < time; it++)
        if (c->it[it].type == I_NES && !dyad_cd_coded(c, it) && !S_time_ent(c, it))
            return it;
    return -1;
}

/* Compound members nothing is known of are left out when other members are known. */
static int S_drop_unknown(char (*codes)[64], const dyad_cd_ent **ents, int n)
{
    int known = 0, k = 0;
    for (int i = 0; i < n; i++)
        known |= strcmp(codes[i], "---") != 0;
    if (n < 2 || !known)
        return n;
    for (int i = 0; i < n; i++)
        if (strcmp(codes[i], "---")) {
            if (k != i) {
                memcpy(codes[k], codes[i], 64);
                ents[k] = ents[i];
            }
            k++;
        }
    return k;
}

/* Is entity e a thing or people of the actor a possessive pronoun refers to ("his
 * appeal", "their ambassadors"), which as a target is never that actor's other party:
 * "Egypt and Turkey withdrew their ambassadors" is each from the other, not from
 * itself ("his fighters took control of a Russian city" may be against his own)? */
static int S_possessed(const dyad_cd_ctx *c, const dyad_cd_ent *e)
{
    return c->cr && e->cr_try && dyad_cd_label_is(c, c->t->tok_node[e->tok0], "PRP$");
}

/* Is the entity at item tgt, or a compound's first member, "any" hostile act on the
 * doer at src's own country or people ("any attack on its citizens or interests"),
 * which the doer warns against rather than threatens? */
static int S_any_attack_on_own(const dyad_cd_ctx *c, int tgt, int src)
{
    const dyad_cd_item *x = &c->it[tgt];
    if ((x->type != I_NES && x->type != I_NECS) || c->it[src].type != I_NES ||
        (x->type == I_NECS && !c->ent[x->ent].nmem))
        return 0; /* a compound the tree left with no members has no first one */
    const dyad_cd_ent *e = &c->ent[x->type == I_NECS ? c->ent[x->ent].first_mem : x->ent];
    if (!dyad_is(c->up[e->tok0], "ANY"))
        return 0;
    int hostile = 0;
    for (int j = e->tok0 + 1; j <= e->tok0 + 3 && j < e->tok1; j++)
        hostile |= dyad_hostile_word(c->up[j], strlen(c->up[j]));
    return hostile && !strncmp(e->code, c->ent[c->it[src].ent].code, 3);
}

/* Is entity e a thing of the actor a possessive pronoun refers to ("his appeal", not
 * "his army"), which stands for that actor on either side? */
static int S_own_thing(const dyad_cd_ctx *c, const dyad_cd_ent *e)
{
    return S_possessed(c, e) && !strcmp(e->own, "---");
}

static int S_make_events(dyad_cd_ctx *c, int src, int tgt, const char *code, int passive);

/* The teller of a clause whose noun phrase np is followed by a verb phrase of saying,
 * nothing said in it ("(NP a Soviet official) (VP said)" after the clause and a comma):
 * np's entity, and in *say_tok (when not NULL) the verb's token; -1 when np is no such
 * phrase. A clause of the verb with a subject of its own is a saying of its own ("...,
 * he said that ..."), and so is an infinitive ("..., the leader said to be ill"); one
 * without is where or how it was said, misread as a clause ("said in an interview
 * published here"). */
static int S_teller(const dyad_cd_ctx *c, int np, int *say_tok)
{
    int say = np >= 0 && dyad_cd_label_is(c, np, "NP") ? dyad_cd_node(c, np)->next : -1;
    int sv = say >= 0 && dyad_cd_label_is(c, say, "VP") ? dyad_cd_node(c, say)->first : -1;
    if (sv < 0 || !dyad_cd_isleaf(c, sv) || strncmp(dyad_cd_node(c, sv)->label, "VB", 2) ||
        !dyad_say_word(c->up[dyad_cd_node(c, sv)->tok], strlen(c->up[dyad_cd_node(c, sv)->tok])) ||
        dyad_is(c->up[dyad_cd_node(c, sv)->tok + 1], "TO"))
        return -1;
    for (int ch = dyad_cd_node(c, sv)->next; ch >= 0; ch = dyad_cd_node(c, ch)->next) {
        int cl = dyad_cd_label_is(c, ch, "SBAR") ? dyad_cd_node(c, ch)->last : ch;
        if (!dyad_cd_label_is(c, ch, "S") && !dyad_cd_label_is(c, ch, "SBAR"))
            continue;
        for (int k = cl >= 0 && dyad_cd_label_is(c, cl, "S") ? dyad_cd_node(c, cl)->first : -1;
             k >= 0; k = dyad_cd_node(c, k)->next)
            if (dyad_cd_label_is(c, k, "NP"))
                return -1; /* "..., he said that ...": a saying of its own */
        if (cl < 0 || !dyad_cd_label_is(c, cl, "S"))
            return -1;
    }
    int rep = dyad_cd_phrase_entity(c, np, (int)c->nit);
    if (rep >= 0 && say_tok)
        *say_tok = dyad_cd_node(c, sv)->tok;
    return rep;
}

/* Is node an SBAR of "that" on a noun of demand or appeal (dyad_asking_noun) that a
 * verb makes, repeats or presses ("repeated the American demand that Tokyo scrap its
 * quotas", "renewed its call that Tokyo open its market"; a proposal or suggestion that
 * a party act asks it too: "revived its proposal that Seoul buy more beef")? Such a
 * noun's clause is the verb's doer asking of the clause's subject, as "demanded that
 * ..." is; a verb that judges the demand ("rejected the U.N. demand that Iraq
 * withdraw") makes none of its own. Returns the code of the asking, a demand (100) or
 * an appeal (020), and sets *verb to the verb's node; NULL otherwise. */
const char *dyad_cd_demand_clause(const dyad_cd_ctx *c, int node, int *verb)
{
    static const char *const make[] = {"REPEAT", "RENEW", "REITERAT", "REAFFIRM", "RESTAT",
                                       "REVIV",  "RESURRECT", "MAKE", "MADE", "MAKING",
                                       "VOIC",   "ISSU", "PRESS", NULL};
    int np = dyad_cd_label_is(c, node, "SBAR") ? dyad_cd_node(c, node)->parent : -1;
    int head = np >= 0 && dyad_cd_label_is(c, np, "NP") ? dyad_cd_node(c, np)->first : -1;
    int lead = dyad_cd_node(c, node)->first;
    if (head < 0 || !dyad_cd_label_is(c, head, "NP") || dyad_cd_node(c, head)->next != node ||
        lead < 0 || !dyad_cd_isleaf(c, lead) || !dyad_is(c->up[dyad_cd_node(c, lead)->tok], "THAT"))
        return NULL;
    int asking = dyad_asking_noun(c->up[dyad_cd_node(c, head)->tok_end - 1]);
    const char *code = asking == 2 ? "100" : asking ? "020" : NULL;
    int vp = dyad_cd_node(c, np)->parent;
    int v = vp >= 0 && dyad_cd_label_is(c, vp, "VP") ? dyad_cd_node(c, vp)->first : -1;
    if (!code || v < 0 || !dyad_cd_isleaf(c, v) || strncmp(dyad_cd_node(c, v)->label, "VB", 2))
        return NULL;
    for (int i = 0; make[i]; i++)
        if (!strncmp(c->up[dyad_cd_node(c, v)->tok], make[i], strlen(make[i]))) {
            *verb = v;
            return code;
        }
    return NULL;
}

/* Does verb phrase q only frame the clause it takes as its speaker's own hedged
 * judgement: "it" with "be" and an adjective of likelihood or certainty ("said it was
 * highly likely that Russia was responsible", "said it was clear that"), or a pronoun
 * believing or thinking ("said it believed Tokyo had broken the pact"), not negated
 * ("it was not clear that", "did not believe")? The clause is then still the report's
 * of the verb of saying above: the charge is made however it is hedged. */
static int S_hedge_frame(const dyad_cd_ctx *c, int q)
{
    static const char *const sure[] = {"LIKELY", "CLEAR", "CERTAIN", "OBVIOUS", "EVIDENT",
                                       "APPARENT", NULL};
    static const char *const deem[] = {"BELIEVE", "BELIEVES", "BELIEVED", "THINK", "THINKS",
                                       "THOUGHT", NULL};
    int v = dyad_cd_node(c, q)->first, s = q, adj = -1;
    while (s >= 0 && dyad_cd_label_is(c, s, "VP"))
        s = dyad_cd_node(c, s)->parent;
    int subj = s >= 0 && dyad_cd_label_is(c, s, "S") ? dyad_cd_node(c, s)->first : -1;
    if (subj < 0 || !dyad_cd_label_is(c, subj, "NP") ||
        dyad_cd_node(c, subj)->tok_end != dyad_cd_node(c, subj)->tok + 1 ||
        !dyad_cd_label_is(c, c->t->tok_node[dyad_cd_node(c, subj)->tok], "PRP"))
        return 0;
    const char *vw = c->up[dyad_cd_node(c, v)->tok];
    if (dyad_among(vw, S_be_forms) && dyad_is(c->up[dyad_cd_node(c, subj)->tok], "IT"))
        for (int ch = dyad_cd_node(c, v)->next; ch >= 0 && adj < 0; ch = dyad_cd_node(c, ch)->next)
            if (dyad_cd_label_is(c, ch, "ADJP") &&
                dyad_among(c->up[dyad_cd_node(c, ch)->tok_end - 1], sure))
                adj = ch;
    if (adj < 0 && !dyad_among(vw, deem))
        return 0;
    return !S_negated(c, q, adj >= 0 ? dyad_cd_node(c, adj)->tok : dyad_cd_node(c, v)->tok);
}

/* In an article, who reports the verb phrase vp (verb word at item vitem): the subject
 * of a verb of saying or alleging whose clause holds it ("The United States said Iran
 * is defying the Security Council") or follows it after a comma ("..., Moscow
 * said."), or the speaker of the quotation it is in
 * ("'the American side has violated the signed agreement,' Akhundzada alleged"),
 * also through a complement ("said Washington seeks to weaponize the Council").
 * The reporter's item, or -1; *say (when not NULL) the token of the verb of saying,
 * whose modality is the report's. */
static int S_reporter(const dyad_cd_ctx *c, int vp, int vitem, int *say_tok)
{
    for (int p = dyad_cd_node(c, vp)->parent; p >= 0; p = dyad_cd_node(c, p)->parent) {
        int q = dyad_cd_node(c, p)->parent, asker;
        /* "repeated the demand that Japan lift": the one who repeats it asks, or when
         * not known ("he" of no one known), whose demand the noun says it is ("the
         * U.S. demand", "Washington's demand") */
        if (dyad_cd_demand_clause(c, p, &asker)) {
            int vi = dyad_cd_item_of_tok(c, 0, (int)c->nit, dyad_cd_node(c, asker)->tok), emb;
            int by = vi >= 0 ? S_subject(c, dyad_cd_node(c, asker)->parent, vi, &emb) : -1;
            const dyad_tnode *head = dyad_cd_node(c, dyad_cd_node(c, q)->first);
            for (int k = 0; k < (int)c->nit && (by < 0 || !dyad_cd_coded(c, by)); k++)
                if (c->it[k].type == I_NES && c->ent[c->it[k].ent].tok0 >= head->tok &&
                    c->ent[c->it[k].ent].tok1 <= head->tok_end && dyad_cd_coded(c, k))
                    by = k;
            if (say_tok)
                *say_tok = dyad_cd_node(c, asker)->tok;
            return by;
        }
        if (!(dyad_cd_label_is(c, p, "SBAR") || dyad_cd_label_is(c, p, "S")) || q < 0 ||
            !dyad_cd_label_is(c, q, "VP"))
            continue;
        int v = dyad_cd_node(c, q)->first;
        if (v < 0 || !dyad_cd_isleaf(c, v) || strncmp(dyad_cd_node(c, v)->label, "VB", 2))
            return -1;
        const char *vw = c->up[dyad_cd_node(c, v)->tok];
        int say_verb = dyad_say_word(vw, strlen(vw));
        int s = dyad_cd_label_is(c, p, "S") ? p : -1, subject = 0;
        for (int ch = dyad_cd_node(c, p)->first; s < 0 && ch >= 0; ch = dyad_cd_node(c, ch)->next)
            if (dyad_cd_label_is(c, ch, "S"))
                s = ch; /* "(SBAR (IN to) (S (VP ...)))" */
        for (int ch = s >= 0 ? dyad_cd_node(c, s)->first : -1; ch >= 0;
             ch = dyad_cd_node(c, ch)->next)
            subject |= dyad_cd_label_is(c, ch, "NP");
        /* a complement without a subject of its own is its verb's doing, reported as
         * that verb is ("Niger said France had been working to destabilise it") */
        if (!say_verb && ((s >= 0 && !subject) || S_hedge_frame(c, q)))
            continue;
        if (!say_verb)
            break; /* under another verb: reported only as part of a quotation, by its
                    * speaker ("'They know that they need to return the S-400,' an
                    * official said") */
        int vi = dyad_cd_item_of_tok(c, 0, (int)c->nit, dyad_cd_node(c, v)->tok), emb;
        if (say_tok)
            *say_tok = dyad_cd_node(c, v)->tok;
        return vi >= 0 ? S_subject(c, q, vi, &emb) : -1;
    }
    /* a teller after the clause and a comma, without quotation marks: "(S (S Any
     * Iranian attack will bring a response) , (NP a Soviet official) (VP said) .)" */
    int cl = dyad_cd_vp_clause(c, vp);
    int up = cl >= 0 && dyad_cd_label_is(c, cl, "S") ? dyad_cd_node(c, cl)->parent : -1;
    int comma = cl >= 0 ? dyad_cd_node(c, cl)->next : -1;
    int rep = up >= 0 && dyad_cd_label_is(c, up, "S") && comma >= 0 &&
                      dyad_cd_label_is(c, comma, ",")
                  ? S_teller(c, dyad_cd_node(c, comma)->next, say_tok)
                  : -1;
    /* ... also where the parser hung the teller's clause on the last verb phrase of
     * the clause it tells, "(VP is (ADJP unfair) (, ,) (S (NP the EC) (VP said)))", or
     * the teller as one noun phrase, "(VP bring (NP a response) , (NP (NP a Soviet
     * official) (VP said ...)))" */
    for (int p = vp; rep < 0 && p >= 0 && dyad_cd_label_is(c, p, "VP");
         p = dyad_cd_node(c, p)->parent) {
        int last = dyad_cd_node(c, p)->first, before = -1;
        while (last >= 0 && dyad_cd_node(c, last)->next >= 0)
            before = last, last = dyad_cd_node(c, last)->next;
        int np = before >= 0 && dyad_cd_label_is(c, before, ",") &&
                         (dyad_cd_label_is(c, last, "S") || dyad_cd_label_is(c, last, "NP"))
                     ? dyad_cd_node(c, last)->first
                     : -1;
        int say = np >= 0 ? dyad_cd_node(c, np)->next : -1;
        if (say >= 0 && dyad_cd_node(c, say)->next < 0)
            rep = S_teller(c, np, say_tok);
    }
    if (rep >= 0)
        return rep;
    int tok = c->it[vitem].tok;
    if (c->inq && c->quote_sp >= 0 && tok >= 0 && c->inq[tok])
        for (int k = 0; k < (int)c->nit; k++)
            if (c->it[k].type == I_NES && c->it[k].ent == c->quote_sp) {
                if (say_tok)
                    *say_tok = c->quote_say;
                return k;
            }
    return -1;
}

/* In an article, whom the clause holding the verb phrase vp is told to ("He told
 * Zelenskiy that India was ready to play an active role in bringing peace"): the
 * object of a verb of telling whose clause it is, when it names an actor of its own
 * (not "told reporters", whose country is only their place's); -1 none. */
static int S_addressee(const dyad_cd_ctx *c, int vp)
{
    for (int p = dyad_cd_node(c, vp)->parent; p >= 0; p = dyad_cd_node(c, p)->parent) {
        int q = dyad_cd_node(c, p)->parent;
        if (!dyad_cd_label_is(c, p, "SBAR") || q < 0 || !dyad_cd_label_is(c, q, "VP"))
            continue;
        int v = dyad_cd_node(c, q)->first;
        if (v < 0 || !dyad_cd_telling(c, v))
            return -1;
        for (int ch = dyad_cd_node(c, v)->next; ch >= 0 && ch != p; ch = dyad_cd_node(c, ch)->next)
            if (dyad_cd_label_is(c, ch, "NP"))
                for (int k = 0; k < (int)c->nit; k++)
                    if (c->it[k].type == I_NES &&
                        c->ent[c->it[k].ent].tok0 >= dyad_cd_node(c, ch)->tok &&
                        c->ent[c->it[k].ent].tok1 <= dyad_cd_node(c, ch)->tok_end &&
                            dyad_cd_coded(c, k))
                        return c->ent[c->it[k].ent].cr_try ? -1 : k; /* not "reporters" */
        return -1;
    }
    return -1;
}

/* The reporter of the clause holding verb phrase vp (S_reporter) when it is not the
 * doer at item src: "Pakistan said it had defied ..." is Pakistan's own telling; with
 * each, the reporter must be each actor of the doer ("India said India and Japan were
 * concerned" is not Japan's); two sides of one country are two actors (the Taliban
 * telling of the Kabul government, the opposition of the government). -1 when there
 * is none or it is the doer. */
static int S_other_reporter(const dyad_cd_ctx *c, int vp, int vitem, int src, int each,
                            int *say_tok)
{
    int rep = S_reporter(c, vp, vitem, say_tok);
    if (rep < 0 || rep == src || !dyad_cd_coded(c, rep) || !dyad_cd_coded(c, src))
        return rep == src ? -1 : rep;
    char rc[64][64], sc[64][64];
    const dyad_cd_ent *re[64], *se[64];
    int nr = S_codes(c, rep, rc, re, 64), ns = S_codes(c, src, sc, se, 64), told = 0;
    for (int j = 0; j < ns; j++) {
        int same = 0;
        for (int i = 0; i < nr && !same; i++)
            same = dyad_coref_same_actor(rc[i], sc[j]) &&
                   !dyad_coref_two_sides(rc[i], sc[j]);
        told += same;
    }
    return told == ns || (told && !each) ? -1 : rep;
}

/* Is code an act done by words (roots 01 to 05, 10 to 12: statements, appeals,
 * intents, consultations, cooperation; demands, disapproval, rejection)? */
static int S_voiced_code(const char *code)
{
    return code[0] == '0' ? code[1] >= '1' && code[1] <= '5'
                          : code[0] == '1' && code[1] >= '0' && code[1] <= '2';
}

/* In an article, the doer of a protest, a request or a proposal told in the passive
 * with no "by" ("new proposals were made to Moscow", "a protest has been
 * lodged with the Chinese embassy") in a clause its reporter tells: a government's
 * spokesman speaks so of his own side's acts, whereas a force or a measure so reported
 * may be anyone's, and is left unknown. The reporter's item when coded and not the
 * party the act is put to, else -1. */
static int S_passive_reporter(const dyad_cd_ctx *c, int vp, int vitem, int tgt)
{
    int rep = S_other_reporter(c, vp, vitem, tgt, 0, NULL);
    return rep >= 0 && dyad_cd_coded(c, rep) ? rep : -1;
}

static int S_said_charge(dyad_cd_ctx *c, int vp, int vitem, int tok, int of, const char *code);

/* Is item k an act, words or policy named without its party ("the law", "the decision",
 * "the move"): one noun phrase of no actor whose last word is a noun of an act
 * (dyad_coref_act_noun)? A judgement or a charge said of it is its reporter's all the
 * same, towards a party the article may tell, as "called the law an affront" is. */
static int S_unowned_act(const dyad_cd_ctx *c, int k)
{
    const dyad_cd_ent *e = &c->ent[c->it[k].ent];
    return c->it[k].type == I_NES && !dyad_cd_coded(c, k) && e->tok1 > e->tok0 &&
           dyad_coref_act_noun(c->up[e->tok1 - 1]);
}

/* In an article, what a clause reported by someone of another country says of its
 * doer at item src is that one's act towards it (code): a violation its accusation
 * (112: "The United States said Iran is flagrantly defying the U.N. Security Council"
 * is USA->IRN 112), a judgement of the clause's subject its criticism (111: "Trump
 * said the EU is one of the most hostile taxing authorities" is USA->EU), a duty its
 * appeal or demand (S_duty: "Rubio said Russia and Ukraine need to make concessions"
 * is USA->RUS and USA->UKR 020). The event is read at the verb of saying when there
 * is one, as the report's own: a charge is made however the clause hedges what it
 * charges ("said Washington was trying to smear China"; a wrong's charge has the
 * guards of S_said_charge), though a negated clause charges no one; with duty, the
 * duty has not been done, the appeal has been made ("should not" asks to refrain),
 * and a verb of saying is needed. Without duty, the doer may be an act whose party is
 * not named (S_unowned_act): the target stays unknown. 1 when made, 0 not such a
 * report, -1 ENOMEM. */
static int S_reported_before(dyad_cd_ctx *c, int vitem, int src, const char *code, int duty);

static int S_reported_as(dyad_cd_ctx *c, int vp, int vitem, int src, const char *code, int duty)
{
    int say = -1, rep = S_other_reporter(c, vp, vitem, src, 0, &say);
    if (rep < 0 && say < 0)
        return S_reported_before(c, vitem, src, code, duty);
    if (rep < 0 || !dyad_cd_coded(c, rep) || (duty && say < 0) ||
        (!dyad_cd_coded(c, src) && (duty || !S_unowned_act(c, src))))
        return 0;
    int v0 = c->verb_tok0, v1 = c->verb_tok1, neg = c->negated;
    if (say >= 0)
        c->verb_tok0 = c->verb_tok1 = say;
    if (duty)
        c->negated = 0;
    int r = S_make_events(c, rep, src, code, 0);
    c->verb_tok0 = v0, c->verb_tok1 = v1, c->negated = neg;
    return r < 0 ? -1 : 1;
}

/* The same for the words of a quotation whose speaker is named in another sentence of it,
 * before or after (dyad_cd_quote_speaker): the speaker's act towards each actor of the doer
 * at item src that is not the speaker's own side ("'We will not give up,' Zelenskiy said.
 * 'Russia must leave our land.'": UKR->RUS 100; "we must protect our borders" asks no one). */
static int S_reported_before(dyad_cd_ctx *c, int vitem, int src, const char *code, int duty)
{
    int tok = c->it[vitem].tok;
    if (!c->spk_before[0] || !c->inq || tok < 0 || !c->inq[tok] || !dyad_cd_coded(c, src))
        return 0;
    char sc[64][64];
    const dyad_cd_ent *se[64];
    int ns = S_codes(c, src, sc, se, 64), neg = c->negated, r = 0;
    for (int j = 0; j < ns; j++)
        if (dyad_coref_same_actor(c->spk_before, sc[j]) &&
            !dyad_coref_two_sides(c->spk_before, sc[j]))
            return 0;
    if (duty)
        c->negated = 0;
    for (int j = 0; j < ns && !r; j++)
        if (strncmp(sc[j], "---", 3))
            r = S_add_event(c, c->spk_before, sc[j], code, NULL, se[j]);
    c->negated = neg;
    return r < 0 ? -1 : 1;
}

/* Is code an act of force (roots 18, 19, 20)? */
static int S_force_root(const char *code)
{
    return !strncmp(code, "18", 2) || !strncmp(code, "19", 2) || !strncmp(code, "20", 2);
}

/* Whom a clause in the passive names with "by" as the doer of a wrong ("the vote was
 * rigged by the ruling party": 128 or 196) or of an act of force whose own noun is the
 * subject ("Islamabad said the attack was orchestrated by Afghan militants", "Kyiv
 * said the strike was carried out by Russia"): such a clause tells whose the act
 * was, which, reported by someone else, is that one's charge, as the active "said
 * Afghan militants orchestrated the attack" is. A party the force was used on as the
 * subject ("Kharkiv was shelled by Russian forces") is told what was done to it, no
 * charge. The agent's item (agent, coded, and not a pattern's role), else -1. */
static int S_attributed(const dyad_cd_ctx *c, int vp, int agent, const char *code, int pat_roles)
{
    static const char *const harm[] = {"&ATTACK", "&AIRSTRIKE", "&CYBER", "&BLAMABLE", NULL};
    if (!c->cr || pat_roles || agent < 0 || !dyad_cd_coded(c, agent))
        return -1;
    if (!strncmp(code, "128", 3) || !strncmp(code, "196", 3))
        return agent;
    if (!S_force_root(code))
        return -1;
    int top = dyad_cd_top_vp(c, vp), s = dyad_cd_node(c, top)->parent, np = -1;
    if (s < 0 || !dyad_cd_label_is(c, s, "S"))
        return -1;
    for (int ch = dyad_cd_node(c, s)->first; ch >= 0 && ch != top; ch = dyad_cd_node(c, ch)->next)
        if (dyad_cd_label_is(c, ch, "NP"))
            np = ch;
    int h = np >= 0 ? S_head_in(c, dyad_cd_node(c, np)->tok, dyad_cd_node(c, np)->tok_end) : -1;
    if (h < 0)
        return -1;
    if (S_attack_noun(c->up[h]))
        return agent;
    for (int i = 0; harm[i]; i++)
        if (dyad_cd_synset_at(c, harm[i], h, h + 1))
            return agent;
    return -1;
}

/* Is verb phrase vp a duty its clause's subject is told of: its verb (or one of verbs
 * joined by "and") under "should" or "must", or "need(s) to", "has/have to", "ought
 * to" (also "will have to"), or bare after "insist that", none of them negated ("does
 * not need to" is no duty; "should not" is one, to refrain), or the infinitive of a
 * time or a need "for" a party, whose subject is that party (S_time_for: "it is time
 * for Russia to end the war")? Returns the code of the telling, a demand (100)
 * for "must", else an appeal (020), and sets *subj to the subject's item and *act_vp
 * to the verb phrase of what it is to do (whose code says what is asked); NULL when
 * not a duty, when the subject does not come before it ("Should NATO send troops?"
 * asks) or when a purpose does (a condition of it, no one's appeal: "the law says
 * that to qualify for the program, China must be a member"), and for knowing ("U.S.
 * lawmakers must understand they will get nowhere" warns) or a passive. */
static int S_be_adjective(const dyad_cd_ctx *c, int k);
static int S_judged_party(const dyad_cd_ctx *c, int k, int vp);

/* Is the infinitive whose "to" is token to a verb's complement ("if Washington wants to
 * sell wheat, it must offer ...")? Such a clause tells what someone wants or tries,
 * not a purpose the duty serves, so it does not make the duty a mere condition. */
static int S_verb_complement(const dyad_cd_ctx *c, int to)
{
    int vp = dyad_cd_node(c, c->t->tok_node[to])->parent;
    int s = vp >= 0 ? dyad_cd_node(c, vp)->parent : -1;
    int up = s >= 0 && dyad_cd_label_is(c, s, "S") ? dyad_cd_node(c, s)->parent : -1;
    return up >= 0 && dyad_cd_label_is(c, up, "VP");
}

/* Does "be" make infinitive clause s a duty of the party after "for" (S_for_doer), its
 * predicate a time or a need ("said it was time for Moscow to withdraw", "it is
 * essential for Iran to return to talks", "now is the time for Hamas to accept")? Not
 * when negated, nor for an ease or a hardness ("difficult for Britain to join" asks
 * no one), nor when another verb makes the need ("the crisis made it necessary for
 * Japan to act" tells of a cause). A predicate of no words, which a supplied tree may
 * hold ("(NP)"), has no last word to read. */
static int S_time_for(const dyad_cd_ctx *c, int s)
{
    int pred, be;
    if (S_for_doer(c, s, &pred, &be) < 0)
        return 0;
    const dyad_tnode *x = dyad_cd_node(c, pred);
    return x->tok_end > x->tok && dyad_duty_word(c->up[x->tok_end - 1]) == 2 &&
           !S_negated(c, be, x->tok);
}

/* Is participle pv "held" to answer for something ("held responsible", "held
 * accountable", "held to account")? Such a passive duty of a party is a demand made of
 * it, whoever is to hold it so ("Belgrade must be held to account"), unlike the passive
 * duties that ask something of no one named ("must be followed"). */
static int S_held_to_account(const dyad_cd_ctx *c, int pv)
{
    static const char *const answer[] = {"RESPONSIBLE", "ACCOUNTABLE", NULL};
    int n = (int)c->t->ntok;
    if (!dyad_is(c->up[pv], "HELD") || pv + 1 >= n)
        return 0;
    return dyad_among(c->up[pv + 1], answer) ||
           (pv + 2 < n && dyad_is(c->up[pv + 1], "TO") && dyad_is(c->up[pv + 2], "ACCOUNT"));
}

/* Is node a verb phrase of "insist" ("insisted that ...", "insists Kyiv pull out")? */
static int S_insists(const dyad_cd_ctx *c, int node)
{
    int v = node >= 0 && dyad_cd_label_is(c, node, "VP") ? dyad_cd_node(c, node)->first : -1;
    return v >= 0 && dyad_cd_isleaf(c, v) && !strncmp(c->up[dyad_cd_node(c, v)->tok], "INSIST", 6);
}

static const char *S_duty(const dyad_cd_ctx *c, int vp, int *subj, int *act_vp)
{
    static const char *const know[] = {"KNOW", "UNDERSTAND", "REALIZE", "REALISE",
                                       "REMEMBER", NULL};
    const dyad_tnode *x = dyad_cd_node(c, vp);
    int p = x->parent;
    while (p >= 0 && dyad_cd_label_is(c, p, "VP") &&
           dyad_cd_label_is(c, dyad_cd_node(c, p)->first, "VP"))
        p = dyad_cd_node(c, p)->parent; /* "must stop killing civilians and return to talks" */
    int md = p >= 0 && dyad_cd_label_is(c, p, "VP") &&
        dyad_cd_label_is(c, dyad_cd_node(c, p)->first, "MD");
    int at = dyad_cd_node(c, md ? dyad_cd_node(c, p)->first : x->first)->tok;
    int refrain = md && (!strcmp(c->up[at], "MUST") || !strcmp(c->up[at], "SHOULD"));
    const char *code = !refrain ? NULL : !strcmp(c->up[at], "MUST") ? "100" : "020";
    int act = x->tok; /* the verb of what the subject is to do */
    *act_vp = vp;
    /* "need to", right after the verb: "will need more financing to recover" needs money;
     * "needed to" as reported speech tells it ("said Kyiv needed to accept"), not as a
     * passive ("more growth is needed to help exports" asks no one) */
    int ch = dyad_cd_node(c, x->first)->next;
    int to = ch >= 0 && dyad_cd_label_is(c, ch, "S") ? dyad_cd_node(c, ch)->first : -1;
    if (!code && (!md || !strcmp(c->up[at], "WILL")) && dyad_duty_word(c->up[x->tok]) == 1 &&
        !dyad_cd_label_is(c, x->first, "VBN") &&
        to >= 0 && dyad_cd_label_is(c, to, "VP") &&
            dyad_cd_label_is(c, dyad_cd_node(c, to)->first, "TO") &&
        dyad_is(c->up[dyad_cd_node(c, to)->tok], "TO")) { /* the word, which the filter seeks */
        code = "020";
        at = x->tok;
        act = dyad_cd_node(c, to)->tok + 1;
        *act_vp = dyad_cd_node(c, to)->first; /* "need to either destroy or return" */
        while (*act_vp >= 0 && !dyad_cd_label_is(c, *act_vp, "VP"))
            *act_vp = dyad_cd_node(c, *act_vp)->next;
    }
    /* "said it is time for Russia to end the war": an appeal to the party after "for" */
    int to_cl = p >= 0 ? dyad_cd_node(c, p)->parent : -1;
    if (!code && !md && to_cl >= 0 && S_time_for(c, to_cl)) {
        code = "020";
        at = dyad_cd_node(c, p)->tok;
    }
    /* "insisted that Armenia drop its claims": a bare verb after "insist that" is a duty
     * (not "insisted that Ukraine attacked first") */
    int sb = p >= 0 && dyad_cd_label_is(c, p, "S") ? dyad_cd_node(c, p)->parent : -1;
    int q = sb >= 0 && dyad_cd_label_is(c, sb, "SBAR") ? dyad_cd_node(c, sb)->parent : -1;
    int bare = !code && !md && dyad_cd_label_is(c, x->first, "VB");
    if (bare && S_insists(c, q))
        code = "100";
    /* so is one without "that" the parser set apart from its party, the object of
     * "insist" before a clause without a subject: "(VP insisted (NP Ukraine) (S (VP
     * withdraw ...)))" */
    int party = -1;
    if (bare && !code && S_insists(c, sb) && dyad_cd_node(c, p)->first == vp)
        for (int kid = dyad_cd_node(c, sb)->first; kid >= 0; kid = dyad_cd_node(c, kid)->next)
            if (dyad_cd_node(c, kid)->next == p && dyad_cd_label_is(c, kid, "NP"))
                party = kid;
    code = party >= 0 ? "100" : code;
    int asker; /* "repeated the demand that Japan lift its quotas" */
    if (!code && !md && dyad_cd_label_is(c, x->first, "VB") && sb >= 0)
        code = dyad_cd_demand_clause(c, sb, &asker);
    /* what someone "must understand" or "should know" it is warned of, not asked to do;
     * what "must be followed" is no doer's ("Democracy in Latin America must not be
     * endangered") */
    if (act < (int)c->t->ntok && dyad_among(c->up[act], know))
        code = NULL;
    /* nor does a clause of "that" under a negated verb ask anything ("We can never
     * accept that Greece should confine us", "does not believe that Iran must") */
    int cl = vp;
    while (cl >= 0 && !dyad_cd_label_is(c, cl, "S"))
        cl = dyad_cd_node(c, cl)->parent;
    int sbar = cl >= 0 ? dyad_cd_node(c, cl)->parent : -1;
    int above = sbar >= 0 && dyad_cd_label_is(c, sbar, "SBAR") ? dyad_cd_node(c, sbar)->parent : -1;
    if (code && above >= 0 && dyad_cd_label_is(c, above, "VP") &&
        S_negated(c, above, dyad_cd_node(c, dyad_cd_node(c, above)->first)->tok))
        code = NULL;
    int pv = act < (int)c->t->ntok ? S_be_adjective(c, act) : -1;
    if (pv >= 0 && dyad_cd_label_is(c, c->t->tok_node[pv], "VBN") && !S_held_to_account(c, pv))
        code = NULL;
    int emb;
    *subj = party >= 0 ? dyad_cd_phrase_entity(c, party, (int)c->nit)
            : code     ? S_subject(c, vp, (int)c->nit, &emb)
                       : -1;
    if (*subj < 0 || c->ent[c->it[*subj].ent].tok1 > at)
        return NULL;
    /* a duty is a party's, or its act's or policy's (S_judged_party), not a thing's a
     * party's name qualifies: "said the Canadian harvests should serve as a model",
     * "U.S. purchases of Soviet products must increase" ask no one; a pronoun's is
     * whom it stands for ("'You must leave,' X told Y") */
    const dyad_cd_ent *se = c->it[*subj].type == I_NECS ? NULL : &c->ent[c->it[*subj].ent];
    int pron = se && se->tok1 == se->tok0 + 1 &&
               dyad_cd_label_is(c, c->t->tok_node[se->tok0], "PRP");
    if (!pron && !S_judged_party(c, *subj, vp))
        return NULL;
    for (int k = c->ent[c->it[*subj].ent].tok1; k < at && !refrain; k++)
        if (S_not_word(c->up[k]))
            return NULL;
    for (int k = c->ent[c->it[*subj].ent].tok0 - 1; k > 0; k--) {
        const char *tag = dyad_cd_node(c, c->t->tok_node[k])->label;
        int inf = dyad_cd_label_is(c, c->t->tok_node[k - 1], "TO");
        if (!strcmp(tag, "VB") && inf && !S_verb_complement(c, k - 1))
            return NULL; /* "to qualify for the program, ..." */
        if (!strcmp(tag, "``") || !strcmp(c->up[k], "THAT") ||
            (!strncmp(tag, "VB", 2) && !inf))
            break;
    }
    return code;
}

/* Whom an event made earlier in the sentence (one of the first nev) makes the other
 * party of doer's event, or NULL. */
typedef const char *(*S_party_fn)(const dyad_cd_ctx *c, size_t nev, const dyad_coded_event *e,
                                  const char *doer);

/* Is code a rejection or a denial of responsibility (12, 016), what answers a charge? */
static int S_answer_code(const char *code)
{
    return !strncmp(code, "12", 2) || !strcmp(code, "016");
}

/* The least code of a charge that an answer of code (S_answer_code) answers: a denial
 * of responsibility answers an accusation, a complaint, a lawsuit or a verdict (112 to
 * 116), not a criticism or a concern (111: "Australia conveyed its concern to India.
 * Modi denied any role" denies no charge of Australia's); a rejection answers any (11). */
static const char *S_charge_lo(const char *code)
{
    return strcmp(code, "016") ? "11" : "112";
}

/* Did a party other than other charge target (S_charge_lo) in the two sentences before,
 * from index from of the events done on, for an answer of code? Then an answer to "the
 * charges" is to either, and to no one named: "Iran accused Kuwait of spying. Iraq
 * accused it of smuggling. Kuwait rejected the allegations". */
static int S_other_charger(const dyad_cd_ctx *c, const char *target, int from,
                           const char *other, const char *code)
{
    char next[64];
    while ((from = dyad_coref_acted_by(c->cr, target, S_charge_lo(code), "11", 2, from, next,
                                       sizeof next)) >= 0)
        if (!dyad_coref_same_actor(next, other))
            return 1;
    return 0;
}

/* The event of code from a (entity ae) to b; of a paired code ("043:042"), its first
 * part so and its second from b to a. 0 ok, -1 ENOMEM. */
static int S_add_paired(dyad_cd_ctx *c, const char *a, const char *b, const char *code,
                        const dyad_cd_ent *ae)
{
    const char *colon = strchr(code, ':');
    char first[16];
    snprintf(first, sizeof first, "%.*s", colon ? (int)(colon - code) : 15, code);
    return S_add_event(c, a, b, first, ae, NULL) ||
                   (colon && S_add_event(c, b, a, colon + 1, NULL, ae))
               ? -1
               : 0;
}

/* For each known actor of item src, an event of `code` towards the party that `party`
 * finds in each event made earlier in the sentence; with party NULL, towards whoever
 * used force against it in the sentence before, or for a rejection or denial (12,
 * 016) the one party that charged it (11, S_charge_lo) in the two before (dyad_coref_acted_by,
 * S_other_charger), for the first actor with any. 1 when some were made, 0 none, -1 ENOMEM. */
static int S_towards_earlier(dyad_cd_ctx *c, int src, const char *code, S_party_fn party)
{
    char sc[64][64];
    const dyad_cd_ent *se[64];
    int ns = S_codes(c, src, sc, se, 64), made = 0;
    int answer = S_answer_code(code);
    size_t nev = c->out->n;
    for (int i = 0; i < ns && (party || !made); i++) {
        if (!strncmp(sc[i], "---", 3))
            continue;
        char other[64]; /* a copy: adding may move the events */
        for (int k = 0;;) {
            if (party) {
                if ((size_t)k >= nev)
                    break;
                const char *p = party(c, nev, &c->out->ev[k++], sc[i]);
                if (!p)
                    continue;
                snprintf(other, sizeof other, "%s", p);
            } else if ((k = dyad_coref_acted_by(c->cr, sc[i], answer ? S_charge_lo(code) : "15",
                                                answer ? "11" : "20", answer ? 2 : 1, k,
                                                other, sizeof other)) < 0 ||
                       (answer && S_other_charger(c, sc[i], k, other, code))) {
                break;
            }
            if (S_add_paired(c, sc[i], other, code, se[i]))
                return -1;
            made = 1;
            if (answer && !party)
                break; /* one charge answered: its maker's offices are the same party */
        }
    }
    return made;
}

/* The doer of an event against doer's own actor; not the cooperative other side of an
 * act of doer's own with it, which does nothing to doer: "Baker was to visit Belgium and
 * the department refused to release details of his trip" (Belgium hosting him, 043) or
 * "Putin met Erdogan and the Kremlin declined to give details" reject no one (a clash
 * both ways still does something to each side). */
static const char *S_acted_on(const dyad_cd_ctx *c, size_t nev, const dyad_coded_event *e,
                              const char *doer)
{
    if (e->negated || !dyad_coref_same_actor(e->target, doer) ||
        dyad_coref_same_actor(e->source, doer) || !strncmp(e->source, "---", 3))
        return NULL;
    for (size_t k = 0; k < nev && strncmp(e->code, "09", 2) < 0; k++) {
        const dyad_coded_event *f = &c->out->ev[k];
        if (f != e && f->verb_tok == e->verb_tok && dyad_coref_same_actor(f->source, doer) &&
            dyad_coref_same_actor(f->target, e->source))
            return NULL;
    }
    return e->source;
}

/* In an article, the threat (code) of the doers at item src towards the doer of an
 * attack on them that a noun of the sentence names with its doer's word before it: "Iran
 * said several sailors were hurt in the U.S. raid on an Iranian oil rig and vowed
 * retaliation", "Following the Israeli strike on its consulate, Iran threatened
 * retaliation". The attack's target after "on" or "against", when coded, must be the
 * doer's side ("after the U.S. raid on Iraqi positions" is none of Iran's); an attack
 * naming no coded target is answered only by a retaliation (138), not warned of ("warned
 * of an Iranian attack on shipping"). The first such attack; 1 when events were made, 0
 * none, -1 ENOMEM. */
static int S_attacker_named(dyad_cd_ctx *c, int src, const char *code)
{
    static const char *const on[] = {"ON", "AGAINST", NULL};
    char sc[64][64], own[64];
    const dyad_cd_ent *se[64];
    int ns = S_codes(c, src, sc, se, 64), made = 0;
    for (int k = 0; k < (int)c->nit && !made; k++) {
        const dyad_cd_ent *x = c->it[k].type == I_NES ? &c->ent[c->it[k].ent] : NULL;
        int a = k != src && x ? S_attack_tok(c, x, own, sizeof own) : -1, hit = -1;
        if (a < 0)
            continue;
        for (int j = 0; j < (int)c->nit && hit < 0 && dyad_among(c->up[a + 1], on); j++)
            if (c->it[j].type == I_NES && c->ent[c->it[j].ent].tok0 >= a + 2 &&
                c->ent[c->it[j].ent].tok0 <= a + 4 && dyad_cd_coded(c, j))
                hit = j;
        for (int i = 0; i < ns; i++) {
            if (!strncmp(sc[i], "---", 3) || dyad_coref_same_actor(own, sc[i]) ||
                (hit >= 0 ? !dyad_coref_same_actor(c->ent[c->it[hit].ent].code, sc[i])
                          : strcmp(code, "138")))
                continue;
            if (S_add_event(c, sc[i], own, code, se[i], x))
                return -1;
            made = 1;
        }
    }
    return made;
}

/* The target of an act of codes lo to hi (dyad_coref_code_in) that the doer did itself,
 * not negated. */
static const char *S_own_act_on(const dyad_coded_event *e, const char *doer, const char *lo,
                                const char *hi)
{
    if (e->negated || !dyad_coref_code_in(e->code, lo, hi) ||
        !dyad_coref_same_actor(e->source, doer) || dyad_coref_same_actor(e->target, doer) ||
        !strncmp(e->target, "---", 3))
        return NULL;
    return e->target;
}

/* The target of force (roots 15 to 20) the doer used itself. */
static const char *S_own_force_on(const dyad_cd_ctx *c, size_t nev, const dyad_coded_event *e,
                                  const char *doer)
{
    return S_own_act_on(e, doer, "15", "20");
}

/* The party the doer itself accused of a wrong (112): not one it only criticised,
 * whose act may be no wrong done to the doer ("condemned the postponement and warned
 * it would end its truce with foreign troops" names another party). */
static const char *S_own_charge_on(const dyad_cd_ctx *c, size_t nev, const dyad_coded_event *e,
                                   const char *doer)
{
    return S_own_act_on(e, doer, "112", "112");
}

/* The party that charged the doer (11) itself, not a party it was named beside. */
static const char *S_charger(const dyad_cd_ctx *c, size_t nev, const dyad_coded_event *e,
                             const char *doer)
{
    return strncmp(e->code, "11", 2) ? NULL : S_acted_on(c, nev, e, doer);
}

/* A denial or rejection (016, 12) that names no charge's maker answers each party that
 * charged its doer earlier in the sentence ("Washington and Riyadh blamed Iran for that
 * attack, which Tehran denied carrying out": IRN -> USA and IRN -> SAU), else the one
 * that charged it in the two sentences before (S_towards_earlier). 1 when events were
 * made, 0 none, -1 ENOMEM. */
static int S_answer_charge(dyad_cd_ctx *c, int src, const char *code)
{
    int made = S_towards_earlier(c, src, code, S_charger);
    return made ? made : S_towards_earlier(c, src, code, NULL);
}

/* In an article, a threat or warning that names no one is aimed at whoever did
 * something to its doer's country earlier in the sentence: "The European Union imposed
 * tariffs on electric cars made in China, prompting Beijing to warn of retaliation",
 * "The United States raised tariffs on Chinese goods, and Beijing vowed to take
 * countermeasures". 1 when such events were made, 0 none, -1 ENOMEM. */
static int S_threat_back(dyad_cd_ctx *c, int src, const char *code)
{
    int made = S_towards_earlier(c, src, code, S_acted_on);
    if (!made) /* or whose attack on it a noun names (S_attacker_named) */
        made = S_attacker_named(c, src, code);
    if (!made) /* or whom its own force hit ("Iraqi jets raided Iranian oil sites and
                * Baghdad vowed to keep up the raids") */
        made = S_towards_earlier(c, src, code, S_own_force_on);
    if (!made) /* or whom it charged with the wrong it answers ("France accused the junta
                * of failing to protect its diplomats and warned that it would respond") */
        made = S_towards_earlier(c, src, code, S_own_charge_on);
    /* none in this sentence: whoever used force against it in the sentence before
     * ("The United States and Britain struck Houthi targets in Yemen on Friday. The
     * Houthis vowed to retaliate") */
    return made ? made : S_towards_earlier(c, src, code, NULL);
}

/* Nouns of an act between two parties, which names them or leaves them to the story
 * ("the talks", "a truce", "the tariffs"). */
static const char *const S_between[] = {
    "ACCORD", "AGREEMENT", "ATTACK", "ATTACKS", "BLOCKADE", "CEASEFIRE", "CEASE-FIRE",
    "DEAL", "DIALOGUE", "DUTIES", "EMBARGO", "FIRE", "LEVIES", "LEVY", "NEGOTIATIONS",
    "OFFENSIVE", "PACT", "RAID", "RAIDS", "RELATIONS", "RETALIATION", "SANCTIONS",
    "SHELLING", "TALKS", "TARIFF", "TARIFFS", "TENSION", "TENSIONS", "TIES", "TREATY",
    "TRUCE", NULL};

/* A party of a reciprocal event (one whose mirror is among the first nev) that is not
 * the doer. */
static const char *S_mutual_party(const dyad_cd_ctx *c, size_t nev, const dyad_coded_event *e,
                                  const char *doer)
{
    int mutual = 0;
    for (size_t j = 0; j < nev && !mutual; j++)
        mutual = !strcmp(c->out->ev[j].source, e->target) &&
                 !strcmp(c->out->ev[j].target, e->source) && !strcmp(c->out->ev[j].code, e->code);
    if (!mutual || e->negated || dyad_coref_same_actor(e->source, doer) ||
        !strncmp(e->source, "---", 3))
        return NULL;
    return e->source;
}

/* In an article, mediation that names no party known is between the parties of a
 * reciprocal event earlier in the sentence: "Saudi Arabia and Iran agreed to restore
 * relations, in a deal brokered by China", "Russian and Ukrainian delegations held
 * talks, with Turkish Foreign Minister Hakan Fidan chairing the meeting": the
 * mediator's event towards each. So is hosting that names no guest known (code
 * "043:042"), the host's pair with each ("the two leaders met at a summit hosted by
 * Gondor"). vp is the verb's phrase, party the item of what it names as mediated or
 * hosted (-1 none). 1 when such events were made, 0 none, -1 ENOMEM. */
static int S_mediated(dyad_cd_ctx *c, int src, int vp, int party, const char *code)
{
    int made = S_towards_earlier(c, src, code, S_mutual_party);
    /* the words of the verb's phrase, of the noun a participle is set on, and of the
     * other party's item (a passive's subject) */
    const dyad_tnode *v = dyad_cd_node(c, vp);
    int up = dyad_cd_node(c, vp)->parent, t0 = v->tok, act = 0;
    while (up >= 0 && dyad_cd_label_is(c, up, "S"))
        up = dyad_cd_node(c, up)->parent; /* a clause the parser wrapped it in, one with a
                                           * relative after it: "a truce brokered by
                                           * Moscow, under which peacekeepers were sent" */
    if (up >= 0 && dyad_cd_label_is(c, up, "NP"))
        t0 = dyad_cd_node(c, up)->tok;
    /* or the doer's own role names it ("acted as a go-between", "Oman mediated") */
    static const char *const role[] = {"MEDIATOR", "MEDIATORS", "GO-BETWEEN", "INTERMEDIARY",
                                       "MEDIATE", "MEDIATES", "MEDIATED", "MEDIATING", NULL};
    for (int k = t0; k >= 0 && k < v->tok_end && !act; k++)
        act = dyad_among(c->up[k], S_between) || dyad_among(c->up[k], role);
    const dyad_cd_ent *x = party >= 0 && c->it[party].type == I_NES ? &c->ent[c->it[party].ent]
                                                                    : NULL;
    for (int k = x ? x->tok0 : 0; x && k < x->tok1 && !act; k++)
        act = dyad_among(c->up[k], S_between);
    if (made || !c->cr || !act)
        return made;
    /* none in the sentence, and the act mediated one between two ("the agreement", "a
     * truce", "the talks"; not "chaired a meeting of the cabinet"): the one pair the
     * article's talks, accords, truces or fighting so far were all between
     * (dyad_coref_pair), the latest told of, when the mediator or host is neither ("The
     * two countries fought a war in 2020. It ended with a truce brokered by Moscow") */
    static const int roots[] = {4, 5, 3, 8, 19, 18, 0};
    char sc[64][64], a[64], b[64], ra[64], rb[64];
    const dyad_cd_ent *se[64];
    int ns = S_codes(c, src, sc, se, 64), mutual, pair = 0;
    for (int r = 0; roots[r]; r++) {
        int at = dyad_coref_pair(c->cr, roots[r], ra, rb, sizeof ra, &mutual);
        if (at > pair) {
            pair = at;
            memcpy(a, ra, sizeof a);
            memcpy(b, rb, sizeof b);
        }
    }
    for (int i = 0; pair && i < ns; i++)
        if (dyad_coref_same_actor(sc[i], a) || dyad_coref_same_actor(sc[i], b))
            return 0;
    for (int i = 0; pair && i < ns; i++) {
        if (!strncmp(sc[i], "---", 3))
            continue;
        if (S_add_paired(c, sc[i], a, code, se[i]) || S_add_paired(c, sc[i], b, code, se[i]))
            return -1;
        made = 1;
    }
    return made;
}

/* The events of the doers at item that are of a state, each on its own country; a
 * state named bare acts on itself through its government ("Poland declared a state of
 * emergency": POLGOV -> POL). 0 ok, -1 ENOMEM. */
static int S_state_home(dyad_cd_ctx *c, int src, const char *code)
{
    char sc[64][64];
    const dyad_cd_ent *se[64];
    int ns = S_codes(c, src, sc, se, 64);
    for (int i = 0; i < ns; i++) {
        if (!dyad_coref_state(sc[i]) || strlen(sc[i]) < 3)
            continue;
        char home[8], doer[64];
        snprintf(home, sizeof home, "%.3s", sc[i]);
        snprintf(doer, sizeof doer, "%s%s", sc[i], strlen(sc[i]) == 3 ? "GOV" : "");
        if (S_add_event(c, doer, home, code, se[i], NULL))
            return -1;
    }
    return 0;
}

static int S_place_country(const dyad_cd_ctx *c, const dyad_cd_ent *e, char *out, size_t cap);

/* Is entity x named by a plural noun, its head before the place they are in ("Nurses
 * across Nigeria"), or counted as a crowd whatever its tag ("Thousands of Turks",
 * "several thousand South Koreans", which the tagger may read as a name)? The end of
 * its head's words into *end. */
static int S_plural_head(const dyad_cd_ctx *c, const dyad_cd_ent *x, int *end)
{
    static const char *const crowd[] = {"DOZENS", "HUNDREDS", "THOUSANDS", "TENS", "SCORES",
                                        "MILLIONS", "HUNDRED", "THOUSAND", NULL};
    static const char *const where[] = {"IN", "ACROSS", "THROUGHOUT", "AROUND", NULL};
    int before = x->tok0 > 1 && dyad_is(c->up[x->tok0 - 1], "OF") ? x->tok0 - 2 : x->tok0 - 1;
    int counted = x->tok1 > x->tok0 && (dyad_among(c->up[x->tok0], crowd) ||
                                        (before >= 0 && dyad_among(c->up[before], crowd)));
    *end = x->tok0 + 1;
    while (*end < x->tok1 && !(dyad_among(c->up[*end], where) &&
                               dyad_cd_label_is(c, c->t->tok_node[*end], "IN")))
        (*end)++;
    return x->tok1 > x->tok0 &&
           (counted || dyad_cd_label_is(c, c->t->tok_node[*end - 1], "NNS") ||
            dyad_cd_label_is(c, c->t->tok_node[*end - 1], "NNPS"));
}

/* Are the doers at item people named by a plural noun of an actor or agent ("Iranians",
 * "protesters", "West German farmers"; S_plural_head), not a state or an organisation?
 * So is anyone coded as a state's opposition, civilians, workers, students, farmers,
 * refugees or health workers ("Jailed opposition leader Alexei Navalny", "they" whom
 * coreference made protesters). */
static int S_people(const dyad_cd_ctx *c, int item)
{
    static const char *const folk[] = {"OPP", "CVL", "LAB", "EDU", "AGR", "REF", "HLH", NULL};
    if (c->it[item].type != I_NES)
        return 0;
    const dyad_cd_ent *x = &c->ent[c->it[item].ent];
    /* people named in another state's place are not at home there, and their protest
     * is no one's against their government ("Afghan refugees in Pakistan staged a
     * protest against deportations") */
    char place[4];
    if (dyad_coref_state(x->code) && S_place_country(c, x, place, sizeof place) &&
        strncmp(place, x->code, 3))
        return 0;
    if (strlen(x->code) == 6 && dyad_coref_state(x->code) && dyad_among(x->code + 3, folk))
        return 1;
    int end;
    if (!S_plural_head(c, x, &end))
        return 0;
    if (dyad_cd_names_actor(c, item))
        return 1;
    /* people whose country is where they act ("Rioters set fire to the town hall in
     * Bordeaux ... in France"): an agent's plural, its actor found by coreference */
    int len;
    for (int k = x->tok0; k < end; k++)
        if (dyad_cd_longest(&c->d->agents, c->up + k, end - k, &len) >= 0 && k + len == end)
            return x->cr_try && x->code[0] && strncmp(x->code, "---", 3);
    return 0;
}

/* The item of the coded phrase that holds the word after "against" or after a
 * denouncing verb in the -ing participle at token t0, whose words end before token t1
 * ("chanting slogans against the United States", "denouncing Israel's offensive");
 * -1 when there is none. */
static int S_aim_at(const dyad_cd_ctx *c, int t0, int t1)
{
    static const char *const decry[] = {"DENOUNCING", "CONDEMNING", "ACCUSING", "CRITICIZING",
                                        "CRITICISING", "BLAMING", NULL};
    int at = dyad_among(c->up[t0], decry) ? t0 + 1 : -1;
    for (int t = t0 + 1; at < 0 && t + 1 < t1; t++)
        if (dyad_is(c->up[t], "AGAINST"))
            at = t + 1;
    for (size_t k = 0; at >= 0 && k < c->nit; k++) {
        const dyad_cd_ent *e = &c->ent[c->it[k].ent];
        if ((c->it[k].type == I_NES || c->it[k].type == I_NECS) && e->tok0 > t0 &&
            e->tok0 <= at && at < e->tok1 && e->tok1 <= t1 && dyad_cd_coded(c, (int)k))
            return (int)k;
    }
    return -1;
}

/* The party a protest is aimed at when the verb names none but its -ing participle
 * does: what the crowd chants or shouts against ("rallied in Sanaa, chanting slogans
 * against the United States and Israel") or denounces ("marched in Karachi, denouncing
 * Israel's offensive"). The protest's place is only where it was held ("Sanaa" is no
 * party), and the participle's own act, when coded, is a second event beside it. The
 * item of the coded phrase, in verb phrase vp's participle, that holds the word after
 * "against" or after the denouncing verb; -1 when there is none. */
static int S_protest_aim(const dyad_cd_ctx *c, int vp)
{
    for (int ch = dyad_cd_node(c, vp)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next) {
        int v = dyad_cd_label_is(c, ch, "VP") ? dyad_cd_node(c, ch)->first : -1;
        if (v < 0 || !dyad_cd_isleaf(c, v) || !dyad_cd_label_is(c, v, "VBG"))
            continue;
        int aim = S_aim_at(c, dyad_cd_node(c, v)->tok, dyad_cd_node(c, ch)->tok_end);
        if (aim >= 0)
            return aim;
    }
    return -1;
}

/* A protest whose subject holds the participle ("Protesters chanting slogans against
 * Israel marched through Amman", "Students denouncing the United States rallied"): the
 * item of the people right before the participle, when src is they or the party their
 * participle chants against or denounces (the parser may hang "against Israel" on the
 * subject, and Israel was then taken for the doer), with that party's item in *aim;
 * else -1. The verb is at token vtok. */
static int S_subject_aim(const dyad_cd_ctx *c, int src, int vtok, int *aim)
{
    for (int t0 = 1; src >= 0 && t0 < vtok; t0++) {
        if (!dyad_cd_label_is(c, c->t->tok_node[t0], "VBG"))
            continue;
        *aim = S_aim_at(c, t0, vtok);
        for (size_t k = 0; *aim >= 0 && k < c->nit; k++)
            if (c->it[k].type == I_NES && c->ent[c->it[k].ent].tok1 == t0 &&
                ((int)k == src || *aim == src))
                return (int)k;
        return -1;
    }
    return -1;
}

/* Is the entity at item tgt people with no actor of their own ("the hostages", "the
 * students", "refugees") who took their country from the doers at src by coreference?
 * Protesters who rally for them ("Israelis rallied demanding a deal to bring the
 * hostages home") name no one they protest against; not police, troops or other organs
 * of a state, nor rivals of the doers (the opposition, employers), who may be the aim;
 * nor a place of theirs ("marched into the refugee camp"). */
static int S_own_people(const dyad_cd_ctx *c, int tgt, int src)
{
    static const char *const people[] = {"---CVL", "---EDU", "---REF", "---HLH", NULL};
    if (tgt < 0 || c->it[tgt].type != I_NES)
        return 0;
    const dyad_cd_ent *x = &c->ent[c->it[tgt].ent];
    return x->tok1 > x->tok0 && dyad_cd_label_is(c, c->t->tok_node[x->tok1 - 1], "NNS") &&
           dyad_among(x->own, people) && S_doers_own(c, tgt, src, 1);
}

/* The token before the entity at item tgt and its articles, where the preposition that
 * says how the doers stand to it is; -1 when there is none or tgt is no entity. */
static int S_word_before(const dyad_cd_ctx *c, int tgt)
{
    static const char *const det[] = {"THE", "A", "AN", NULL};
    if (tgt < 0 || c->it[tgt].type != I_NES)
        return -1;
    int t = c->ent[c->it[tgt].ent].tok0 - 1;
    while (t >= 0 && dyad_among(c->up[t], det))
        t--;
    return t;
}

/* Is the other party at item tgt a building its doers stood outside ("gathered outside
 * the French embassy", "outside parliament"), not a party they met? */
static int S_outside(const dyad_cd_ctx *c, int tgt)
{
    int t = S_word_before(c, tgt);
    return t >= 0 && dyad_is(c->up[t], "OUTSIDE");
}

/* Words of a verb phrase that say its doers protest ("in protest", "to protest the
 * sanctions", "chanting slogans", "denouncing the coup"), and those that, after "to",
 * say its march or gathering is held to honour, mourn or celebrate ("marched in Kyiv to
 * honour the fallen", "rallied to mark Victory Day"): such a crowd dissents from no
 * one. */
static const char *const S_protest_verbs[] = {"PROTEST",    "PROTESTING", "CHANTING",
                                              "DENOUNCING", "CONDEMNING", "SHOUTING", NULL};
static const char *const S_tribute_verbs[] = {"HONOUR", "HONOR",       "MOURN",    "CELEBRATE",
                                              "MARK",   "COMMEMORATE", "REMEMBER", "PAY",
                                              "WELCOME", NULL};

/* Does verb phrase vp hold one of words, right after word `after` where one is given,
 * its clauses included (S_vp_says reads outside them)? */
static int S_vp_holds(const dyad_cd_ctx *c, int vp, const char *const *words, const char *after)
{
    int t0 = dyad_cd_node(c, vp)->tok;
    for (int t = t0; t < dyad_cd_node(c, vp)->tok_end; t++)
        if (dyad_among(c->up[t], words) && (!after || (t > t0 && dyad_is(c->up[t - 1], after))))
            return 1;
    return 0;
}

/* Does noun phrase np name a price ("a higher premium to borrowers": its first
 * phrase's last word)? */
static int S_price_np(const dyad_cd_ctx *c, int np)
{
    static const char *const price[] = {"PRICE", "PRICES",  "RATE",    "RATES",    "FEE",
                                        "FEES",  "INTEREST", "PREMIUM", "PREMIUMS", NULL};
    for (int f; (f = dyad_cd_node(c, np)->first) >= 0 && dyad_cd_label_is(c, f, "NP");)
        np = f;
    return dyad_among(c->up[dyad_cd_node(c, np)->tok_end - 1], price);
}

/* Is what verb phrase vp charges a price, not a crime: a price its object names ("charge
 * borrowers a higher premium") or the phrase before its clause does ("the rate the
 * central bank charges banks", "interest rates charged to farmers"), up through its
 * auxiliaries and a relative clause (not one "after" or "because" leads)? A charge
 * "with" something keeps its crime ("charged the firm with fixing prices"). */
static int S_price_charged(const dyad_cd_ctx *c, int vp)
{
    for (int ch = dyad_cd_node(c, vp)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next)
        if (dyad_cd_label_is(c, ch, "NP") && S_price_np(c, ch))
            return 1;
    for (int x = vp, up; (up = dyad_cd_node(c, x)->parent) >= 0; x = up) {
        int prev = S_prev_sibling(c, x);
        if (prev >= 0 && dyad_cd_label_is(c, prev, "NP") && S_price_np(c, prev))
            return 1;
        int f = dyad_cd_node(c, up)->first;
        if (!dyad_cd_label_is(c, up, "S") &&
            !(dyad_cd_label_is(c, up, "VP") && dyad_cd_label_is(c, x, "VP")) &&
            !(dyad_cd_label_is(c, up, "SBAR") && !dyad_cd_label_is(c, f, "IN")))
            break;
    }
    return 0;
}

/* Unrest that breaks out, erupts or spreads in a state ("Protests broke out in poor
 * districts of Caracas against the government", "Riots erupted across Kenya") is its
 * people's protest (141, riots 145): the event of the place's state against the party
 * the words after "against" name, else against its government. The place is the first
 * one a preposition of where ("in", "across", "throughout", "to") names in verb phrase
 * vp before any other verb or comma; where it names no state ("in several cities"), the
 * state protesters there would be of (the story's home state). The verb is at token
 * vtok. 1 when coded, 0 when the clause is no such, -1 ENOMEM. */
static int S_unrest(dyad_cd_ctx *c, int vp, int vtok)
{
    /* not "rallies", which markets have ("rallies spread to Tokyo") */
    static const char *const unrest[] = {"PROTESTS", "DEMONSTRATIONS", "RIOTS", NULL};
    static const char *const erupt[] = {"ERUPTED", "ERUPT", "ERUPTS", "BROKE", "BREAK",
                                        "BREAKS", "SPREAD", "SPREADS", "FLARED", NULL};
    static const char *const where[] = {"IN", "ACROSS", "THROUGHOUT", "TO", NULL};
    if (vtok < 1 || !dyad_among(c->up[vtok], erupt) || !dyad_among(c->up[vtok - 1], unrest) ||
        (vtok > 1 && dyad_is(c->up[vtok - 2], "NO")))
        return 0; /* "no protests broke out" is none */
    int end = dyad_cd_node(c, vp)->tok_end, stop = vtok + 1, in = 0, place = -1, at = -1;
    for (; stop < end; stop++) {
        const char *tag = dyad_cd_node(c, c->t->tok_node[stop])->label;
        if (!strncmp(tag, "VB", 2) || !strcmp(tag, ","))
            break;
        if (at < 0 && dyad_is(c->up[stop], "AGAINST"))
            at = stop + 1;
    }
    /* the place, which the parser may join to what follows it ("Karachi against the
     * United States"); another preposition than "of" ends the phrase of where, since
     * what it names is no place of the unrest ("in the capital after the arrest of a
     * Kenyan activist", "in several cities over a French plan") */
    for (int t = vtok + 1, open = 0; t < stop && place < 0 && (at < 0 || t < at); t++) {
        if (dyad_among(c->up[t], where))
            in = open = 1;
        else if (!dyad_is(c->up[t], "OF") && (dyad_cd_label_is(c, c->t->tok_node[t], "IN") ||
                                              dyad_cd_label_is(c, c->t->tok_node[t], "TO")))
            open = 0;
        for (size_t k = 0; open && k < c->nit && place < 0; k++)
            if (c->it[k].type == I_NES && c->ent[c->it[k].ent].tok0 == t &&
                dyad_coref_state(c->ent[c->it[k].ent].code))
                place = (int)k;
    }
    /* a place of no state named ("in several cities"): the country protesters would
     * be of there, the story's home state (coref.h) */
    static const char *const w[] = {"PROTESTERS"}, *const tag[] = {"NNS"};
    dyad_cr_np np = {.w = w, .tag = tag, .n = 1, .tok = vtok - 1, .code = "---OPP",
                     .quoted = c->qopen};
    char home[64] = "";
    int ante;
    if (place < 0 && (!in || !dyad_coref_resolve(c->cr, &np, NULL, home, sizeof home, &ante) ||
                      !dyad_coref_state(home)))
        return 0;
    const dyad_cd_ent *pe = place >= 0 ? &c->ent[c->it[place].ent] : NULL;
    char state[4], aim[64] = "";
    snprintf(state, sizeof state, "%.3s", pe ? pe->code : home);
    int toks[CR_MAXW], n = 0, dated;
    for (int t = at; at >= 0 && t < stop && n < CR_MAXW &&
                     !dyad_cd_label_is(c, c->t->tok_node[t], "IN");
         t++)
        toks[n++] = t;
    if (n)
        dyad_cd_code_words(c, c->up + at, toks, n, aim, sizeof aim, &dated);
    if (!aim[0] || !strncmp(aim, "---", 3))
        snprintf(aim, sizeof aim, "%sGOV", state);
    c->negated = S_negated(c, vp, vtok);
    return S_add_event(c, state, aim, dyad_is(c->up[vtok - 1], "RIOTS") ? "145" : "141", pe,
                       NULL)
               ? -1
               : 1;
}

/* The state of the place at item tgt where a protest was held, into state (4 bytes):
 * a state's place after "in", "across", "through" or "throughout" ("marched in
 * Tbilisi", "through Belgrade"), not a building they stood outside, whose owner may be
 * the aim. 0 when tgt is no such place. */
static int S_protest_place(const dyad_cd_ctx *c, int tgt, char *state)
{
    static const char *const where[] = {"IN", "ACROSS", "THROUGH", "THROUGHOUT", NULL};
    int t = S_word_before(c, tgt);
    if (t < 0 || !dyad_among(c->up[t], where) ||
        !dyad_cd_label_is(c, c->t->tok_node[t], "IN"))
        return 0;
    const char *code = c->ent[c->it[tgt].ent].code;
    if (!dyad_coref_state(code))
        return 0;
    snprintf(state, 4, "%.3s", code);
    return 1;
}

/* The state of the place where the protest of verb phrase vp was held, the first of
 * its items S_protest_place reads as one ("rallied in Belgrade against the
 * government"), into state (4 bytes); 0 when it names none. */
static int S_protest_place_in(const dyad_cd_ctx *c, int vp, char *state)
{
    int t0 = dyad_cd_node(c, vp)->tok, t1 = dyad_cd_node(c, vp)->tok_end;
    for (size_t k = 0; k < c->nit; k++)
        if (c->it[k].type == I_NES && c->ent[c->it[k].ent].tok0 >= t0 &&
            c->ent[c->it[k].ent].tok0 < t1 && S_protest_place(c, (int)k, state))
            return 1;
    return 0;
}

/* In an article, people who protest against no one named protest against their own
 * state's authorities ("Iranians protested in dozens of cities", "protesters in
 * Yerevan stormed government buildings"): the events of the doers at item src that
 * are of a state, each against its government. 0 ok, -1 ENOMEM. */
static int S_protest_home(dyad_cd_ctx *c, int src, const char *code)
{
    char sc[64][64];
    const dyad_cd_ent *se[64];
    int ns = S_codes(c, src, sc, se, 64);
    for (int i = 0; i < ns; i++) {
        const char *a = sc[i];
        if (strlen(a) < 3 || !strncmp(a, "---", 3) || !strncmp(a, "IGO", 3) ||
            !strncmp(a, "NGO", 3) || !strncmp(a, "IMG", 3) || !strncmp(a, "MNC", 3) ||
            !isupper((unsigned char)a[0]) || !isupper((unsigned char)a[1]) ||
            !isupper((unsigned char)a[2]) || !dyad_coref_state(a))
            continue;
        char gov[8];
        snprintf(gov, sizeof gov, "%.3sGOV", a);
        if (S_add_event(c, a, gov, code, se[i], NULL))
            return -1;
    }
    return 0;
}

/* The country of the place entity e names after "in" or "inside" ("Kurdish militant
 * positions in northern Iraq"), into out (cap bytes); 0 when it names none. */
static int S_place_country(const dyad_cd_ctx *c, const dyad_cd_ent *e, char *out, size_t cap)
{
    int toks[CR_MAXW], n = 0, dated;
    char code[64];
    for (int t = e->tok0 + 1; t < e->tok1; t++) {
        if (!dyad_cd_place_prep(c, t) || (strcmp(c->up[t], "IN") && strcmp(c->up[t], "INSIDE")))
            continue;
        for (int k = t + 1; k < e->tok1 && n < CR_MAXW; k++)
            toks[n++] = k;
        dyad_cd_code_words(c, c->up + t + 1, toks, n, code, sizeof code, &dated);
        if (!dyad_coref_state(code))
            return 0;
        snprintf(out, cap, "%.3s", code);
        return 1;
    }
    return 0;
}

/* Is the word at token head a common noun that names no agent, nor the coming of one
 * (S_thing)? */
static int S_thing_head(const dyad_cd_ctx *c, int head)
{
    static const char *const coming[] = {"VISIT", "VISITS", "TRIP", "ARRIVAL", NULL};
    int len;
    const char *tag = dyad_cd_node(c, c->t->tok_node[head])->label;
    return (dyad_is(tag, "NN") || dyad_is(tag, "NNS")) && !dyad_among(c->up[head], coming) &&
           dyad_cd_longest(&c->d->agents, c->up + head, 1, &len) < 0;
}

/* Could the other party of an act of `code` (verb phrase vp) be one the sentence leaves
 * out, the verb's object (else its phrase found as the target, item tgt, -1 none)
 * naming no one: nothing, a time ("arrived last night"), a relation or a measure
 * between two parties ("agreed to mend ties", "raised the tariffs", also when the
 * parser cut the object in two: "the rice and wheat" "tariffs"; "returned fire"; a
 * share of one: "reimposed many of those sanctions"), or
 * for a threat whatever is threatened ("threatened to take countermeasures"), or for
 * force (18 to 20) a thing of war, whose side the article makes plain ("U.S. warships
 * destroyed an offshore oil platform", "shelled the positions", "raided the nearby
 * Ardeshir oil field"; not a ship or a town, which may be anyone's)?
 * Not a statement (01), an intent (03: "pledged a swift victory", "proposed easing the
 * rules"), aid or trade (06, 07), whose objects are mostly goods and
 * money, nor a protest (14), which is against the doer's own authorities or no one;
 * nor a phrase that names its other party by words no dictionary knows ("a loan
 * program with the lenders", "talks with creditors"). 1 when so; 2 when the object is
 * a thing that names no one, whose owner a story of two parties may make plain ("urged
 * wider access to the market", "complained about the plans"; not "others"); 3 when aid,
 * help, relief or rescuers are given, promised or cut (07, 033, 162) with no one named
 * and to or for no one ("ready to send rescuers", "paused some aid programs"), which go
 * to the stricken state the story is about; else 0. */
static int S_left_out(const dyad_cd_ctx *c, const char *code, int vp, int tgt)
{
    static const char *const share[] = {"MANY", "SOME", "ALL", "MOST", "PART", "SEVERAL",
                                        "FEW", "ONE", "EACH", NULL};
    static const char *const when[] = {
        "TODAY", "TONIGHT", "YESTERDAY", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY",
        "FRIDAY", "SATURDAY", "SUNDAY", "NIGHT", "MORNING", "EVENING", "WEEKEND", NULL};
    static const char *const party[] = {"WITH", "AGAINST", "TO", "FROM", "BETWEEN",
                                        "AMONG", NULL};
    static const char *const war_thing[] = {
        "PLATFORM", "PLATFORMS", "RIG", "RIGS", "POSITION", "POSITIONS", "TARGET", "TARGETS",
        "INSTALLATION", "INSTALLATIONS", "FIELD", "FIELDS", "TERMINAL", "BASE", "BASES",
        "FRONT", "OUTPOST", "OUTPOSTS", "DEPOT", "DEPOTS", "INFRASTRUCTURE", "FACILITIES",
        NULL};
    static const char *const aid[] = {"AID", "HELP", "ASSISTANCE", "RELIEF", "RESCUERS",
                                      NULL};
    static const char *const states[] = {"COUNTRY", "STATE", "NATION", NULL};
    /* a state named as whichever one may ("will retaliate against any country that
     * punishes its officials") is named, if by no one known */
    const dyad_tnode *v = dyad_cd_node(c, vp);
    for (int k = v->tok; k >= 0 && k + 1 < v->tok_end; k++)
        if (dyad_is(c->up[k], "ANY") && dyad_among(c->up[k + 1], states))
            return 0;
    int force = S_force_root(code);
    int t0 = -1, t1 = -1; /* the noun phrases that open the verb's phrase */
    for (int ch = dyad_cd_node(c, vp)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next) {
        if (dyad_cd_label_is(c, ch, "NP")) {
            t0 = t0 < 0 ? dyad_cd_node(c, ch)->tok : t0;
            t1 = dyad_cd_node(c, ch)->tok_end;
        } else if (t0 >= 0) {
            break;
        }
    }
    if (t0 < 0 && tgt >= 0) {
        t0 = c->ent[c->it[tgt].ent].tok0;
        t1 = c->ent[c->it[tgt].ent].tok1;
    }
    /* aid, help or rescuers given, promised or cut (07, 033, 162) */
    int aid_act = !strncmp(code, "07", 2) || !strncmp(code, "033", 3) ||
                  !strncmp(code, "162", 3), aiding = 0;
    for (int k = t0; aid_act && k >= 0 && k < t1; k++)
        aiding |= dyad_among(c->up[k], aid);
    if (!aiding && (!strncmp(code, "01", 2) || !strncmp(code, "03", 2) ||
                    !strncmp(code, "06", 2) || !strncmp(code, "07", 2) ||
                    !strncmp(code, "14", 2)))
        return 0;
    if (t0 < 0)
        return 1;
    char place[8];
    for (size_t k = 0; k < c->nent; k++) {
        const dyad_cd_ent *e = &c->ent[k];
        if (!e->compound && e->tok0 < t1 && e->tok1 > t0 &&
            (strcmp(e->code, "---") || S_place_country(c, e, place, sizeof place)))
            return 0; /* someone named after all ("the government"), or a place force
                       * "in" which is aimed at it (S_make_events) */
    }
    int head = S_head_in(c, t0, t1);
    if (head < 0)
        return 0;
    /* a share of a thing is that thing: "reimposed many of those sanctions" */
    if (dyad_among(c->up[head], share) && head + 2 < t1 && dyad_is(c->up[head + 1], "OF"))
        head = S_head_in(c, head + 2, t1);
    int to_thing = 0; /* "access to the market", "an end to the raids": a thing's */
    for (int k = head + 1; k < t1; k++) {
        int h = strcmp(c->up[k], "TO") ? -1 : S_head_in(c, k + 1, t1);
        if (h >= 0 && S_thing_head(c, h))
            to_thing = 1;
        else if (dyad_among(c->up[k], party))
            return 0;
    }
    for (int ch = dyad_cd_node(c, vp)->first; aiding && ch >= 0; ch = dyad_cd_node(c, ch)->next)
        if (dyad_cd_label_is(c, ch, "PP") && dyad_cd_node(c, ch)->tok >= 0 &&
            (dyad_among(c->up[dyad_cd_node(c, ch)->tok], party) ||
             !strcmp(c->up[dyad_cd_node(c, ch)->tok], "FOR")))
            return 0; /* aid to or for people no dictionary knows ("to the borrower") */
    if (aiding)
        return to_thing ? 0 : 3;
    if (!to_thing && (!strncmp(code, "13", 2) || dyad_among(c->up[head], S_between) ||
                      dyad_among(c->up[head], when) ||
                      (force && dyad_among(c->up[head], war_thing))))
        return 1;
    return S_thing_head(c, head) && strcmp(c->up[head], "OTHERS") ? 2 : 0;
}

/* Does verb phrase vp take a clause of its own as its object, with a subject, after
 * "that" or "whether" ("warned it would not be enough", "said that ...", also "warning that
 * ..." the parser left beside the verb's phrase)? What such a verb tells is the
 * clause, no act on another party (an adverbial clause, "because ...", is none). */
static int S_clause_object(const dyad_cd_ctx *c, int vp)
{
    int after = dyad_cd_node(c, vp)->tok_end;
    if (after >= 0 && (size_t)after < c->t->ntok &&
        (!strcmp(c->up[after], "THAT") || !strcmp(c->up[after], "WHETHER")))
        return 1;
    for (int ch = dyad_cd_node(c, vp)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next) {
        int f = dyad_cd_node(c, ch)->first;
        if (f < 0)
            continue;
        if (dyad_cd_label_is(c, ch, "SBAR")) {
            const dyad_tnode *x = dyad_cd_node(c, f);
            while (!x->word && x->first >= 0 && !dyad_is(x->label, "S"))
                x = dyad_cd_node(c, x->first);
            if (dyad_is(x->label, "S") ||
                (x->word && (dyad_is(x->word, "that") || dyad_is(x->word, "whether"))))
                return 1;
        } else if (dyad_cd_label_is(c, ch, "S") && dyad_cd_label_is(c, f, "NP")) {
            return 1;
        }
    }
    return 0;
}

/* How many actors does the sentence name besides those of a's and b's countries, of
 * the n doers of the act beside a ("Chile and Colombia recalled their ambassadors"),
 * and regions, which are no one ("selling arms in Africa")? 0, 1 with its code in out
 * (cap bytes), or 2 for more. */
static int S_others_named(const dyad_cd_ctx *c, const char *a, const char *b,
                          const char (*doers)[64], int n_doers, char *out, size_t cap)
{
    int found = 0;
    for (size_t k = 0; k < c->nent; k++) {
        const dyad_cd_ent *e = &c->ent[k];
        for (const char *p = e->code; !e->compound && strncmp(p, "---", 3);) {
            char one[64];
            size_t n = strcspn(p, "/");
            snprintf(one, sizeof one, "%.*s", (int)n, p);
            int doer = 0;
            for (int i = 0; i < n_doers && !doer; i++)
                doer = dyad_coref_same_actor(one, doers[i]);
            if (!doer && !dyad_coref_same_actor(one, a) && !dyad_coref_same_actor(one, b) &&
                !dyad_coref_region(one) && !(found && dyad_coref_same_actor(one, out))) {
                if (found++)
                    return 2;
                snprintf(out, cap, "%s", one);
            }
            if (!p[n])
                break;
            p += n + 1;
        }
    }
    return found;
}

/* Does the sentence name no actor but those of a's and b's countries (and regions)? */
static int S_names_only(const dyad_cd_ctx *c, const char *a, const char *b)
{
    char third[64];
    return !S_others_named(c, a, b, NULL, 0, third, sizeof third);
}

/* Is code a state's, or an organisation's of states, as itself or through its
 * government, forces, legislature or intelligence, not people or firms of it? */
static int S_state_party(const char *code)
{
    static const char *const roles[] = {"GOV", "MIL", "LEG", "SPY", NULL};
    if (!strncmp(code, "IGO", 3))
        return 1;
    return dyad_coref_state(code) && S_agents_in(code, roles, 0);
}

/* Is entity e a thing of an actor named before "'s", not one of its agents ("Japan's
 * restrictions", "the minister's latest offer"; not "Russia's army")? */
static int S_owned_thing(const dyad_cd_ctx *c, const dyad_cd_ent *e)
{
    int head = S_head_tok(c, e), len;
    for (int k = e->tok0; k < head; k++)
        if (dyad_cd_label_is(c, c->t->tok_node[k], "POS"))
            return dyad_cd_longest(&c->d->agents, c->up + head, 1, &len) < 0;
    return 0;
}

/* Is entity e a thing, no one who could be a guest: its head a common noun that names
 * no agent ("Lawson's budget", "the first U.S. night session", "the plan"; not "the
 * Chinese delegation", "Japan", "him"), nor the coming of one ("welcomed the visit of
 * the Pakistani prime minister", "the arrival of Zelenskiy" host them)? */
static int S_thing(const dyad_cd_ctx *c, const dyad_cd_ent *e)
{
    int head = S_head_tok(c, e);
    return head >= 0 && S_thing_head(c, head);
}

/* Nouns of people with no actor of their own: those who may be anyone's, as often of
 * the place they are in as not ("people", "women", "students"), and those who came
 * from elsewhere ("foreigners", "asylum seekers"); and nouns of a crowd of them
 * ("hundreds of Syrians"). */
static const char *const S_people_words[] = {"PEOPLE", "PERSONS", "PERSON", "MEN", "MAN",
    "WOMEN", "WOMAN", "CHILDREN", "CHILD", "BOYS", "GIRLS", "FAMILIES", "CITIZENS",
    "RESIDENTS", "STUDENTS", "STAFF", "MEMBERS", "INDIVIDUALS", "CAPTIVES", "CREW",
    "PASSENGERS", "SURVIVORS", "VICTIMS", "BODIES", "REMAINS", NULL};
static const char *const S_stranger_words[] = {"NATIONALS", "FOREIGNERS", "IMMIGRANTS",
    "SEEKERS", "FUGITIVES", "FUGITIVE", "TOURISTS", "PILGRIMS", "DEPORTEES", "EXILES", NULL};
static const char *const S_crowd_words[] = {"DOZENS", "HUNDREDS", "THOUSANDS", "SCORES",
                                            "MILLIONS", NULL};

/* Is the object of verb phrase vp, whose verb sends, turns or hands over or repatriates
 * people as often as things, a thing, in which no one is deported or extradited (the
 * 174 or 063 its patterns give): "sent the bill back to the House", "handed power over
 * to a civilian government", "repatriate their profits"? Its head is then a common noun
 * that names no agent, no actor and no people ("sent 40 people back", "handed over
 * three Afghan men", "sent hundreds of Syrians back" are deported). */
static int S_handed_thing(const dyad_cd_ctx *c, int vp)
{
    static const char *const verbs[] = {"SEND", "SENDS", "SENT", "SENDING", "TURN", "TURNS",
        "TURNED", "TURNING", "HAND", "HANDS", "HANDED", "HANDING", "REPATRIATE",
        "REPATRIATES", "REPATRIATED", "REPATRIATING", NULL};
    static const char *const some[] = {"GROUP", "GROUPS", "NUMBER", NULL};
    int v = dyad_cd_node(c, vp)->first;
    if (v < 0 || !dyad_cd_isleaf(c, v) ||
        !dyad_among(c->up[dyad_cd_node(c, v)->tok], verbs))
        return 0;
    int np = dyad_cd_node(c, v)->next;
    while (np >= 0 && !dyad_cd_label_is(c, np, "NP") && !dyad_cd_label_is(c, np, "PP"))
        np = dyad_cd_node(c, np)->next; /* the particle of "sent back" */
    int p0 = np >= 0 && dyad_cd_label_is(c, np, "PP") ? dyad_cd_node(c, np)->first : -1;
    if (p0 >= 0 && dyad_is(c->up[dyad_cd_node(c, p0)->tok], "OVER"))
        np = dyad_cd_node(c, p0)->next; /* "over" read as a preposition: "(handed (over X))" */
    if (np < 0 || !dyad_cd_label_is(c, np, "NP") || dyad_cd_node(c, np)->tok_end < 0)
        return 0;
    int head = S_np_head(c, np), dated;
    /* a number of them: "hundreds of Syrians" */
    int of = head + 1 < (int)c->t->ntok && dyad_is(c->up[head + 1], "OF")
                 ? dyad_cd_node(c, c->t->tok_node[head + 1])->next
                 : -1;
    if (of >= 0 && (dyad_among(c->up[head], S_crowd_words) || dyad_among(c->up[head], some)) &&
        dyad_cd_label_is(c, of, "NP") && dyad_cd_node(c, of)->tok_end >= 0)
        head = S_np_head(c, of);
    char code[64];
    dyad_cd_code_words(c, c->up + head, NULL, 1, code, sizeof code, &dated);
    return S_thing_head(c, head) && !dyad_among(c->up[head], S_people_words) &&
           !dyad_among(c->up[head], S_stranger_words) &&
           !strncmp(code, "---", 3);
}

/* In an article, an act of the doers at item src that leaves its other party out
 * (S_left_out, `out` its answer) is with the one party the article's latest events make
 * each doer's other side (dyad_coref_counterpart): "Ankara accused Athens of breaking
 * the accord. It threatened countermeasures" -> TUR->GRC 130. An appeal, a demand, a
 * criticism or a threat (roots 02, 10, 11, 13: words aimed at someone) whose latest
 * events make none plain, or that is aimed at a thing that names no one, is with the
 * party of a story of two (dyad_coref_story_party): "Japan and the U.S. opened chip
 * talks ... Washington pressed for access to the market" -> USA->JPN. Well after its
 * latest events, such an act (out 1) of roots 10 to 13 or 17 to 20, or a criticism or
 * threat aimed at a thing, is with the one party of all the doer's events so far, when
 * they are two or more (dyad_coref_lead_party: "Gondor shelled Rohan ... Rohan accused
 * Gondor ... Gondor attacked again on Monday" -> GON->ROH), not a rejection, demand or
 * force at a thing, in 1987 wire copy mostly the doer's own business ("opposed the
 * textile bill", "declined to comment", "slash chip output"); a threat told as a
 * clause (`out` 4: "Islamabad warned that any attempt would be an act of war") with
 * that party alone, as the latest events may be of another matter. Read on 1987
 * wire copy, other acts at such things are mostly the doer's own business or done with
 * a third party no one names ("repaired the pipeline", "signed a contract", "defended
 * the price", "met on the issue", "refused to release details"). Aid with no one named
 * (`out` 3) goes to that other side, else to the story's home state, the dateline's,
 * which its sentences keep naming (dyad_coref_home_party: "NIAMEY - ... Washington
 * paused some aid programs" -> USA->NER). The events are marked as taking that party
 * from the context. Such aid, and an envoy recalled (envoy set: S_own_envoy), with no
 * such party go to the one state besides the doers their sentence names
 * ("Greece, which has long had tense relations with Ankara, was among the first to
 * dispatch help"; "Chile and Colombia recalled their ambassadors, accusing Israel
 * ..."); an envoy so also when the doers are several, named beside each other. That
 * state is not the reporter at item rep (-1 none), who tells of the act and takes no
 * part in it ("Egypt sent aid on Monday, Israel said"). 1 when such events were made,
 * 0 none, -1 ENOMEM. */
static int S_towards_context(dyad_cd_ctx *c, int src, const char *code, int out, int envoy,
                             int rep)
{
    static const char *const aimed[] = {"02", "10", "11", "13", NULL};
    static const char *const lead[] = {"10", "11", "12", "13", "17", "18", "19", "20", NULL};
    static const char *const lead_aimed[] = {"11", "13", NULL};
    char sc[64][64];
    const dyad_cd_ent *se[64];
    int ns = S_codes(c, src, sc, se, 64), made = 0;
    const char *colon = strchr(code, ':');
    char first[16], root[3];
    snprintf(first, sizeof first, "%.*s", colon ? (int)(colon - code) : 15, code);
    snprintf(root, sizeof root, "%.2s", first);
    const char *rc = rep >= 0 && c->it[rep].type == I_NES ? c->ent[c->it[rep].ent].code : NULL;
    for (int i = 0; i < ns; i++) {
        char other[64], third[64];
        if (S_owned_thing(c, se[i]) || !S_state_party(sc[i]) || dyad_coref_region(sc[i]) ||
            !((out % 2 && dyad_coref_counterpart(c->cr, sc[i], other, sizeof other)) ||
              (out < 4 && dyad_among(root, aimed) &&
               dyad_coref_story_party(c->cr, sc[i], other, sizeof other)) ||
              ((out == 1 ? dyad_among(root, lead) : out % 2 == 0 && dyad_among(root, lead_aimed)) &&
               dyad_coref_lead_party(c->cr, sc[i], other, sizeof other)) ||
              (out == 3 && dyad_coref_home_party(c->cr, sc[i], other, sizeof other)) ||
              ((envoy || out == 3) &&
               S_others_named(c, sc[i], rc ? rc : sc[i], (const char(*)[64])sc, ns, third,
                              sizeof third) == 1 &&
               dyad_coref_state(third) && snprintf(other, sizeof other, "%.3s", third))) ||
            dyad_coref_same_actor(other, sc[i]) ||
            S_others_named(c, sc[i], other, (const char(*)[64])sc, envoy ? ns : 0, third,
                           sizeof third))
            continue; /* a sentence that names a third party makes none plain */
        c->context = 1;
        int r = (strcmp(first, "---") && S_add_event(c, sc[i], other, first, se[i], NULL)) ||
                (colon && strcmp(colon + 1, "---") &&
                 (c->context = 2, S_add_event(c, other, sc[i], colon + 1, NULL, se[i])));
        c->context = 0;
        if (r)
            return -1;
        made = 1;
    }
    return made;
}

/* Are the people of entity e, no actor, whom the party of code a reaches by an act of
 * `code`, that state's own civilians, the act its organs' at home (the README's
 * domestic events)? So in an article for an arrest or detention, a crackdown or an
 * abduction (173, 175, 181) by a state, its government, police, courts, intelligence or
 * rebels ("Malian police arrested Oumar Mariko", "Boko Haram abducted dozens of
 * women") of people named by a number or a noun of people who may be anyone's, or by
 * a name no dictionary knows when the doers are police, intelligence or rebels, who lay
 * hands on people (a government or a court that charges a name mostly charges a firm
 * or a foreigner: "the SEC charged Kraft"); in a sentence that names no other state,
 * in a story of no second state (whose people they might be: "Hamas took hostages" in
 * a story of Israel). Troops are not among the doers: they hold people abroad as often
 * as at home. */
static int S_home_victims(const dyad_cd_ctx *c, const char *a, const char *code,
                          const dyad_cd_ent *e)
{
    static const char *const acts[] = {"173", "175", "181", NULL};
    static const char *const organs[] = {"GOV", "COP", "JUD", "SPY", "REB", NULL};
    static const char *const hands[] = {"COP", "SPY", "REB", NULL};
    static const char *const more[] = {"MORE", "FEWER", "LESS", NULL};
    char other[64];
    int head = S_head_tok(c, e);
    if (head >= 0 && head + 2 < e->tok1 && dyad_among(c->up[head], more) &&
        dyad_is(c->up[head + 1], "THAN"))
        head = S_head_in(c, head + 2, e->tok1); /* "more than 300 people" */
    if (!c->cr || head < 0 || !dyad_among(code, acts) || !dyad_coref_state(a) ||
        !S_agents_in(a, organs, 0) || !S_names_only(c, a, a) ||
        (dyad_coref_story_party(c->cr, a, other, sizeof other) && dyad_coref_state(other)))
        return 0;
    for (int t = e->tok0; t < e->tok1; t++)
        if (dyad_among(c->up[t], S_stranger_words))
            return 0;
    const char *tag = dyad_cd_node(c, c->t->tok_node[head])->label;
    return dyad_among(c->up[head], S_people_words) || dyad_among(c->up[head], S_crowd_words) ||
           dyad_is(tag, "CD") ||
           ((dyad_is(tag, "NNP") || dyad_is(tag, "NNPS")) && S_agents_in(a, hands, 1));
}

/* Is the phrase at item t the own envoy of the doers at item s, named by a pronoun of
 * theirs ("Chile and Colombia recalled their ambassadors"), and from where it is
 * recalled left out (not "from Moldova")? Not of a pair named as one ("both countries
 * withdrew their ambassadors" are each other's). */
static int S_own_envoy(const dyad_cd_ctx *c, int s, int t)
{
    static const char *const poss[] = {"ITS", "THEIR", "HIS", "HER", NULL};
    static const char *const envoys[] = {"AMBASSADOR", "AMBASSADORS", "ENVOY", "ENVOYS",
                                         "DIPLOMATS", NULL};
    static const char *const from[] = {"FROM", "TO", "IN", NULL};
    const dyad_cd_ent *e = &c->ent[c->it[t].ent];
    if (e->compound || e->tok0 < 0 || e->tok1 <= e->tok0 + 1 ||
        !dyad_among(c->up[e->tok0], poss) || !dyad_among(c->up[e->tok0 + 1], envoys) ||
        strchr(c->ent[c->it[s].ent].code, '/'))
        return 0;
    for (int k = e->tok0 + 2; k <= e->tok1 && (size_t)k < c->t->ntok; k++)
        if (dyad_among(c->up[k], from))
            return 0;
    return 1;
}

/* In an article: the troops of another state a base attacked by force houses, named
 * right after it ("fired missiles at two Iraqi bases housing U.S. troops", "attacked
 * bases where American troops are based"): the attack is on them as well as on the
 * base's state (host, its code); NULL when e names no such base. */
static const dyad_cd_ent *S_hosted_troops(const dyad_cd_ctx *c, const dyad_cd_ent *e,
                                          const char *host)
{
    static const char *const bases[] = {"BASE", "BASES", "AIRBASE", "AIRBASES", "CAMP",
                                        "CAMPS", NULL};
    static const char *const house[] = {"HOUSING", "HOSTING", "HOUSES", "HOSTS", "HOUSE",
                                        "HOST", NULL};
    static const char *const posted[] = {"STATIONED", "BASED", "DEPLOYED", NULL};
    int ntok = (int)c->t->ntok, b = -1;
    for (int k = e->tok0; k < e->tok1; k++)
        if (dyad_among(c->up[k], bases))
            b = k;
    if (b < 0 || b + 2 >= ntok)
        return NULL;
    int where = dyad_is(c->up[b + 1], "WHERE");
    if (!where && !dyad_among(c->up[b + 1], house))
        return NULL;
    for (size_t i = 0; i < c->nent; i++) {
        const dyad_cd_ent *x = &c->ent[i];
        if (x->compound || x->tok0 != b + 2 || strlen(x->code) < 6 ||
            strncmp(x->code + 3, "MIL", 3) || !dyad_coref_state(x->code) ||
            !strncmp(x->code, host, 3))
            continue;
        /* "where American troops are stationed" */
        int t = x->tok1;
        while (where && t < ntok && t < x->tok1 + 3 && !dyad_among(c->up[t], posted))
            t++;
        return !where || (t < ntok && dyad_among(c->up[t], posted)) ? x : NULL;
    }
    return NULL;
}

static int S_make_events(dyad_cd_ctx *c, int src, int tgt, const char *code, int passive)
{
    static const int MAXC = 64;
    char sc[64][64], tc[64][64];
    const dyad_cd_ent *se[64], *te[64];
    int ns = S_codes(c, src, sc, se, MAXC);
    int nt = S_codes(c, tgt, tc, te, MAXC);
    if (!ns || !nt)
        return 0;
    /* unknown entities may stand as their words (new_actor_length) from here on */
    for (int i = 0; i < ns; i++) {
        char tmp[64];
        S_code_or_phrase(c, se[i], sc[i], tmp, sizeof tmp);
        memcpy(sc[i], tmp, sizeof tmp);
    }
    for (int i = 0; i < nt; i++) {
        char tmp[64];
        S_code_or_phrase(c, te[i], tc[i], tmp, sizeof tmp);
        memcpy(tc[i], tmp, sizeof tmp);
    }
    /* in an article, force against people of no country named in a place is aimed
     * at the place: "bombed Kurdish militant positions in northern Iraq" */
    for (int j = 0; c->cr && !passive && code[0] == '1' && code[1] >= '8' && j < nt; j++)
        if (!strncmp(tc[j], "---", 3))
            S_place_country(c, te[j], tc[j], sizeof tc[j]);
    /* ... and at the troops of another state a base it hits houses */
    const dyad_cd_ent *troops = c->cr && !passive && code[0] == '1' && code[1] >= '8' && nt == 1
                                    ? S_hosted_troops(c, te[0], tc[0])
                                    : NULL;
    if (troops) {
        snprintf(tc[nt], sizeof tc[nt], "%s", troops->code);
        te[nt++] = troops;
    }
    /* ... also in a passive, whose subject is done to by its agent ("224 people had been
     * detained", the Interior Ministry said) */
    char(*doer)[64] = passive ? tc : sc, (*done)[64] = passive ? sc : tc;
    const dyad_cd_ent **done_e = passive ? se : te;
    for (int j = 0; (passive ? nt : ns) == 1 && j < (passive ? ns : nt); j++)
        if (!strcmp(done[j], "---") && S_home_victims(c, doer[0], code, done_e[j]))
            snprintf(done[j], sizeof done[j], "%.3sCVL", doer[0]);
    ns = S_drop_unknown(sc, se, ns);
    nt = S_drop_unknown(tc, te, nt);
    char s0[64], t0[64];
    snprintf(s0, sizeof s0, "%s", sc[0]);
    snprintf(t0, sizeof t0, "%s", tc[0]);
    const char *colon = strchr(code, ':');
    int sym_fill_t = 0, sym_fill_s = 0;
    /* a paired code with one side unknown is done among the other side's members ("A
     * and B held talks"); not in a passive, whose unknown side is what was done to
     * ("the policies were welcomed by the World Bank and the IMF": no one hosted),
     * and in an article only when it is the same act both ways (041:041): members who
     * host or visit someone unknown did not visit one another ("A and B also received
     * strong criticism") */
    int same = colon && strlen(colon + 1) == (size_t)(colon - code) &&
               !strncmp(code, colon + 1, (size_t)(colon - code));
    if (colon && !(c->cr && (passive || !same)) && (!strcmp(s0, "---") || !strcmp(t0, "---"))) {
        if (!strcmp(t0, "---"))
            sym_fill_t = 1;
        else
            sym_fill_s = 1;
    }
    /* the doers' act among themselves ("A, B and C agreed", "A and B held talks"):
     * in an article only among at most three parties, as gold coders code "A, B and
     * C agreed" but not a communique of the seven states of a group listed beside it
     * ("the Group of Seven -- the United States, Japan, ... -- agreed to": the group's
     * act, no 42 pairs), and never between two of one state ("Baker, Stoltenberg and
     * Poehl agreed": no West German event with West Germany) unless they are its two
     * sides (a government and its opposition clash) */
    int among = src == tgt || sym_fill_t || sym_fill_s, parties = 0;
    for (int i = 0; c->cr && among && i < (sym_fill_s ? nt : ns); i++) {
        char (*P)[64] = sym_fill_s ? tc : sc;
        int k = 0;
        while (k < i && strcmp(P[k], P[i]))
            k++;
        parties += k == i; /* "both sides" may name each side twice */
    }
    if (parties > 3)
        return 0;
    for (int round = 0; round < (colon ? 2 : 1); round++) {
        char ecode[16];
        if (colon)
            snprintf(ecode, sizeof ecode, "%.*s", round == 0 ? (int)(colon - code) : 15,
                     round == 0 ? code : colon + 1);
        else
            snprintf(ecode, sizeof ecode, "%s", code);
        if (!strcmp(ecode, "---") || !ecode[0])
            continue;
        char (*A)[64] = sc, (*B)[64] = tc;
        const dyad_cd_ent **Ae = se, **Be = te;
        int na = ns, nb = nt;
        if (sym_fill_t)
            B = sc, Be = se, nb = ns;
        if (sym_fill_s)
            A = tc, Ae = te, na = nt;
        if (round == 1) {
            char (*T)[64] = A;
            const dyad_cd_ent **Te = Ae;
            int tn = na;
            A = B, Ae = Be, na = nb;
            B = T, Be = Te, nb = tn;
        }
        for (int i = 0; i < na; i++)
            for (int j = 0; j < nb; j++) {
                const char *a = A[i], *b = B[j];
                if ((!strcmp(a, b) && (among || !S_two_offices(c, a, ecode, Ae[i], Be[j]))) ||
                    (c->cr && among && dyad_coref_same_actor(a, b) &&
                     !dyad_coref_two_sides(a, b)))
                    continue;
                if ((S_own_thing(c, Ae[i]) || S_own_thing(c, Be[j]) ||
                     S_possessed(c, passive ? Ae[i] : Be[j]) || !strncmp(ecode, "174", 3)) &&
                    dyad_coref_same_actor(a, b))
                    continue; /* "X issued his appeal": X's own, no one else's; a state
                               * deports no people of its own ("Thailand deported 173
                               * mostly women and children") */
                if (c->cr && S_sanction_code(ecode) && strlen(passive ? a : b) == 3 &&
                    dyad_coref_same_actor(a, b))
                    continue; /* nor does it sanction, cut ties with, or ease sanctions
                               * on, itself: "the 25% U.S. tariff", "a tariff fight with
                               * the United States' partners" are no American sanctions
                               * on America */
                int r = passive ? S_add_event(c, b, a, ecode, Be[j], Ae[i])
                                : S_add_event(c, a, b, ecode, Ae[i], Be[j]);
                if (r)
                    return -1;
            }
    }
    return 0;
}

/* Is word k a form of "be" (or "get", "stand accused") that makes a passive?
 * PETRARCH's test, which its records expect, takes WAS, IS and BEEN only. */
int dyad_cd_passive_aux(const dyad_cd_ctx *c, int k)
{
    static const char *const aux[] = {"WAS", "IS", "BEEN", "AM", "ARE", "BE", "BEING",
                                      "GET", "GETS", "GOT", "GOTTEN", "STAND", "STANDS",
                                      "STOOD", "WERE"};
    size_t n = c->cr ? sizeof aux / sizeof *aux : 3;
    if (k < 0 || strncmp(dyad_cd_node(c, c->t->tok_node[k])->label, "VB", 2))
        return 0;
    for (size_t i = 0; i < n; i++)
        if (dyad_is(c->up[k], aux[i]))
            return 1;
    return 0;
}

/* Is token k a word of verb phrase vp itself (in an article: not of a clause or noun
 * phrase inside it, "said [troops had been sent]")? */
static int S_vp_word(const dyad_cd_ctx *c, int k, int vp)
{
    int p = dyad_cd_node(c, c->t->tok_node[k])->parent;
    while (c->cr && p >= 0 && p != vp && dyad_cd_label_is(c, p, "VP"))
        p = dyad_cd_node(c, p)->parent;
    return !c->cr || p == vp;
}

/* Is verb phrase vp, a passive, told in a clause reported by a verb whose subject is
 * a gerund or an infinitive, or that has none ("Boschwitz said cutting the tax was
 * opposed by Tokyo", the parser's "that (S applying the provision to crops) (SBAR (S (VP
 * was supported by the administration)))")? What was done names no one, and the
 * reporter or the one told before the clause is not it. */
static int S_no_one_done_to(const dyad_cd_ctx *c, int vp)
{
    int top = dyad_cd_top_vp(c, vp), s = dyad_cd_node(c, top)->parent;
    int sbar = s >= 0 ? dyad_cd_node(c, s)->parent : -1;
    if (s < 0 || !dyad_cd_label_is(c, s, "S") || sbar < 0 || !dyad_cd_label_is(c, sbar, "SBAR") ||
        !strncmp(dyad_cd_node(c, dyad_cd_node(c, sbar)->first)->label, "WH", 2))
        return 0; /* a relative clause's subject is its noun: "the budget, which has been
                   * criticised by Congress" */
    int subj = -1;
    for (int ch = dyad_cd_node(c, s)->first; ch >= 0 && ch != top; ch = dyad_cd_node(c, ch)->next)
        if (dyad_cd_label_is(c, ch, "NP") || dyad_cd_label_is(c, ch, "S"))
            subj = ch;
    return subj < 0 || dyad_cd_label_is(c, subj, "S");
}

/* Passive voice in verb phrase vp: a VBN after a form of "be" in it; in an article
 * also a VBN heading it below such a form ("has been killed") or, with "by", below a
 * noun phrase it modifies (*np; "a deal brokered by China"; also drawn as the verb of a
 * clause with that noun its subject, or of an absolute phrase of "with": "with its bid
 * backed by France") or alone in a clause after it (*np -2: the nearest
 * entity before it in the clause it hangs in, S_hung_clause). Returns the VBN's token or -1; *by
 * tells whether "by" follows it. */
static int S_passive(const dyad_cd_ctx *c, int vp, int *by, int *np)
{
    const dyad_tnode *x = dyad_cd_node(c, vp);
    int vbn = -1;
    *by = 0;
    *np = -1;
    int relative = 0;
    if (c->cr && x->first >= 0 && dyad_cd_isleaf(c, x->first) &&
        dyad_cd_label_is(c, x->first, "VBN")) {
        int p = x->parent;
        /* below its noun, or alone in a clause after it: "a meeting (requested by X)" */
        relative = p >= 0 && (dyad_cd_label_is(c, p, "NP") ||
                              (dyad_cd_label_is(c, p, "S") && dyad_cd_node(c, p)->first == vp));
        /* or drawn as a clause with the noun its subject, "by" after the participle (no
         * object; adverbs and phrases of place or time may come between): "charges that
         * (S trawlers (taken last week by Iran)) were spying"; also set off from
         * the subject by a comma, alone or as the first of verb phrases coordinated
         * there, as the parser draws a participle on a name: "Iran, (accused by the
         * United States of ...), denied", "(S Venezuela, (hit by U.S. sanctions)), sold
         * oil" */
        int cl = p, own = vp;
        if (p >= 0 && dyad_cd_label_is(c, p, "VP") && dyad_cd_node(c, p)->first == vp)
            own = p, cl = dyad_cd_node(c, p)->parent;
        /* the verb phrases coordinated on a noun, as the parser draws a sentence whose
         * verb it missed: "(NP Venezuelan migrants ((deported by the United States)
         * (landed in Caracas)))" */
        int in_np = own != vp && cl >= 0 && dyad_cd_label_is(c, cl, "NP");
        int lead = cl >= 0 && (dyad_cd_label_is(c, cl, "S") || in_np) ? dyad_cd_node(c, cl)->first
                                                                        : -1;
        int subj = lead;
        /* also in an absolute phrase of "with", the noun "with" opens: "with its
         * application supported by the United States" */
        if (lead >= 0 && dyad_cd_label_is(c, lead, "PP") &&
            dyad_is(c->up[dyad_cd_node(c, lead)->tok], "WITH"))
            subj = dyad_cd_node(c, dyad_cd_node(c, lead)->first)->next;
        int after = lead >= 0 ? dyad_cd_node(c, lead)->next : -1;
        if (after >= 0 && after != own && dyad_cd_label_is(c, after, ","))
            after = dyad_cd_node(c, after)->next;
        /* ... or, with no comma, as the first of verb phrases the parser joined without a
         * conjunction, the sentence's finite verb opening the next: "(S (NP two tankers)
         * (VP (VP (hit near Bahrain by Iranian speedboats)) (VP have docked)))" */
        int torn = own != vp && !in_np && x->next >= 0 && dyad_cd_label_is(c, x->next, "VP") &&
                   dyad_cd_node(c, x->next)->first >= 0 &&
                   dyad_among(dyad_cd_node(c, dyad_cd_node(c, x->next)->first)->label,
                              S_finite_tags);
        if (!relative && subj >= 0 && dyad_cd_label_is(c, subj, "NP") && after == own &&
            (own == vp || in_np || torn || after != dyad_cd_node(c, lead)->next)) {
            /* "by" after the participle, past adverbs and phrases of where and when
             * ("hit near Bahrain by Iranian speedboats") */
            int ch = dyad_cd_node(c, x->first)->next;
            while (ch >= 0 && (dyad_cd_label_is(c, ch, "ADVP") ||
                               (dyad_cd_label_is(c, ch, "PP") &&
                                !dyad_is(c->up[dyad_cd_node(c, ch)->tok], "BY"))))
                ch = dyad_cd_node(c, ch)->next;
            if (ch >= 0 && dyad_cd_label_is(c, ch, "PP") &&
                dyad_is(c->up[dyad_cd_node(c, ch)->tok], "BY"))
                relative = 3; /* the noun is the clause's subject */
            /* set off by commas from the subject and from the verb phrase after it, and
             * without an object, no act of the subject's even without "by": its doer may
             * be the attack it was done in (S_agent), "(the frigate), damaged last month
             * in an Iraqi air attack, left Bahrain" (a predicate alone after the
             * subject's comma may be a past tense the tagger took for a participle:
             * "China, which Trump hit with a tariff, retaliated with duties") */
            int obj = 0, comma = x->next;
            for (ch = dyad_cd_node(c, x->first)->next; ch >= 0; ch = dyad_cd_node(c, ch)->next)
                obj |= dyad_cd_label_is(c, ch, "NP") && !dyad_cd_time_np(c, ch);
            if (!relative && own != vp && !in_np && !obj && comma >= 0 &&
                dyad_cd_label_is(c, comma, ",") && dyad_cd_node(c, comma)->next >= 0 &&
                dyad_cd_label_is(c, dyad_cd_node(c, comma)->next, "VP"))
                relative = 4;
            /* ... also drawn as a clause of its own, the subject, its comma and the
             * participle, before the sentence's verb phrase: "(S (S the tanker, damaged
             * last week in a Houthi missile attack), was towed to port)" */
            comma = cl >= 0 ? dyad_cd_node(c, cl)->next : -1;
            if (!relative && own == vp && x->next < 0 && !in_np && !obj && comma >= 0 &&
                dyad_cd_label_is(c, comma, ",") && dyad_cd_node(c, comma)->next >= 0 &&
                dyad_cd_label_is(c, dyad_cd_node(c, comma)->next, "VP"))
                relative = 4;
        }
        /* the noun a participle hung after it follows, the one it was done to: "searched
         * (NP the freighters) (S (VP attacked by X))" */
        int noun = -1;
        if (relative == 1 && dyad_cd_label_is(c, p, "S"))
            noun = S_prev_sibling(c, p);
        if (!relative && p >= 0 && dyad_cd_label_is(c, p, "VP")) {
            /* hung by the parser on the verb phrase of the noun it follows: "spoke
             * ahead of a meeting (requested by X)" */
            int prev = S_prev_sibling(c, vp);
            if (prev >= 0 && (dyad_cd_label_is(c, prev, "NP") || dyad_cd_label_is(c, prev, "PP")))
                relative = 2, noun = prev;
            /* or on the object ending a verb phrase the parser joined to it with no
             * conjunction: "(VP (VP searched (NP two freighters)) (VP attacked by X))" */
            int last = -1;
            if (prev >= 0 && dyad_cd_label_is(c, prev, "VP") && dyad_cd_by_participle(c, vp, 1))
                for (int ch = dyad_cd_node(c, prev)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next)
                    last = ch;
            if (last >= 0 && dyad_cd_label_is(c, last, "NP"))
                relative = 2, noun = last;
        }
        if (relative)
            vbn = x->tok, *np = relative >= 3                              ? subj
                                : relative == 1 && dyad_cd_label_is(c, p, "NP") ? p
                                : noun >= 0 && dyad_cd_label_is(c, noun, "NP") ? noun
                                                                          : -2;
        for (; vbn < 0 && p >= 0 && dyad_cd_label_is(c, p, "VP"); p = dyad_cd_node(c, p)->parent)
            if (dyad_cd_passive_aux(c, dyad_cd_node(c, p)->tok))
                vbn = x->tok;
    }
    /* a verb right after a form of "be" or "stand" is its participle, whatever tag and
     * clause the parser gave it: "two officers stand (accused of the shelling)" */
    if (c->cr && vbn < 0 && x->first >= 0 && dyad_cd_isleaf(c, x->first) &&
        (dyad_cd_label_is(c, x->first, "VBN") || dyad_cd_label_is(c, x->first, "VBD")) &&
        dyad_cd_passive_aux(c, x->tok - 1))
        vbn = x->tok;
    for (int k = x->tok + 1; k < x->tok_end && vbn < 0; k++)
        if (dyad_is(dyad_cd_node(c, c->t->tok_node[k])->label, "VBN") && S_vp_word(c, k, vp))
            for (int a = k - 1; a >= x->tok && vbn < 0; a--)
                if (dyad_cd_passive_aux(c, a) && S_vp_word(c, a, vp))
                    vbn = k;
    if (vbn < 0)
        return -1;
    for (int k = vbn + 1; k < x->tok_end && !*by; k++)
        *by = dyad_is(c->up[k], "BY");
    /* "troops stationed in Syria" is no act */
    return relative && relative != 4 && !*by ? -1 : vbn;
}

/* The doer of a passive: the entity right after "by", or in an article the attack it
 * was done in ("killed in a U.S. air strike", "killed in the Iranian offensive") or the
 * measure it was hit with, whose owner imposed it ("was hit with new U.S. tariffs"); -1
 * when none. */
static int S_agent(const dyad_cd_ctx *c, const int *low, int nlow)
{
    static const char *const counter[] = {"COUNTER-ATTACK", "COUNTER-ATTACKS", NULL};
    for (int k = 0; k + 1 < nlow; k++) {
        const dyad_cd_item *x = &c->it[low[k]];
        int t = c->it[low[k + 1]].type;
        if (x->type != I_WORD || (t != I_NES && t != I_NECS))
            continue;
        if (!strcmp(c->up[x->tok], "BY"))
            return low[k + 1];
        const dyad_cd_ent *e = &c->ent[c->it[low[k + 1]].ent];
        if (c->cr && !strcmp(c->up[x->tok], "WITH") && e->tok1 > e->tok0 &&
            dyad_among(c->up[e->tok1 - 1], dyad_measure_nouns) && dyad_cd_coded(c, low[k + 1]))
            return low[k + 1];
        if (!c->cr || strcmp(c->up[x->tok], "IN"))
            continue;
        for (int w = e->tok0; w < e->tok1; w++)
            if (S_force_noun(c->up[w]) || dyad_among(c->up[w], counter))
                return low[k + 1];
    }
    return -1;
}

/* Is entity e, the subject of a passive of force, people or a hospital of no country
 * named with where they were ("Two civilians in Kharkiv were killed by Russian
 * shelling", "A hospital in Kharkiv was hit by Russian missiles")? They are whom it was
 * done to, no occasion in a place (dyad_cd_at_place), and of that place's state. */
static int S_struck_there(const dyad_cd_ctx *c, const dyad_cd_ent *e, const char *code)
{
    static const char *const victims[] = {"---CVL", "---HLH", NULL};
    if (!S_force_root(code))
        return 0;
    for (int k = e->tok0 + 1; k < e->tok1; k++)
        if (dyad_cd_place_prep(c, k)) {
            char own[64];
            int dated;
            dyad_cd_code_words(c, c->up + e->tok0, NULL, k - e->tok0, own, sizeof own, &dated);
            return dyad_among(own, victims);
        }
    return 0;
}

/* In an article, the doer of a passive of force whose agent names no one (none, or "by
 * a missile") in a clause of "when" on a clause whose subject is an attack with its
 * owner: "The latest Iraqi raid came on May 2, when an Iranian freighter was struck"
 * (the attack's entity item, as S_agent's; -1 none). War reports date the latest
 * attack so, the attack their subject and what it hit a passive after "when". */
static int S_when_attack(const dyad_cd_ctx *c, int vp, const char *code)
{
    if (!c->cr || !S_force_root(code))
        return -1;
    int cl = vp;
    for (; cl >= 0; cl = dyad_cd_node(c, cl)->parent) {
        int f = dyad_cd_node(c, cl)->first;
        while (f >= 0 && !dyad_cd_isleaf(c, f))
            f = dyad_cd_node(c, f)->first;
        if (f >= 0 && cl != vp && !dyad_cd_label_is(c, cl, "VP") &&
            dyad_is(c->up[dyad_cd_node(c, f)->tok], "WHEN"))
            break;
    }
    for (int p = cl >= 0 ? dyad_cd_node(c, cl)->parent : -1; p >= 0;
         p = dyad_cd_node(c, p)->parent) {
        int subj = dyad_cd_node(c, p)->first;
        if (!dyad_cd_label_is(c, p, "S") || subj < 0 || !dyad_cd_label_is(c, subj, "NP"))
            continue;
        int item = dyad_cd_phrase_entity(c, subj, (int)c->nit);
        return item >= 0 && c->it[item].type == I_NES && dyad_cd_coded(c, item) &&
                       S_attack_owner(c, &c->ent[c->it[item].ent])
                   ? item
                   : -1;
    }
    return -1;
}

/* The party an attack a passive was done in ("killed in Israeli strikes on Gaza",
 * "wounded by a Russian missile attack on the city of Odesa") was on, for people the
 * passive names with no country of their own: the entity after the attack's "on",
 * "against" or "in" (returns 2 + its item), or, when the attack's phrase holds it, the
 * words after them, whose event with the attack's doer is made here (returns 1); 0 none, -1
 * ENOMEM. */
static int S_attacked_party(dyad_cd_ctx *c, int agent, const char *code)
{
    /* what an attack is on, or where it struck ("killed by Russian shelling in Kharkiv",
     * "killed in Israeli strikes in southern Lebanon"): the state of a place is hit */
    static const char *const aim[] = {"ON", "AGAINST", "IN", NULL};
    if (c->it[agent].type != I_NES)
        return 0;
    const dyad_cd_ent *ae = &c->ent[c->it[agent].ent];
    int on = dyad_cd_ent_end(c, agent) + 1;
    if (ae->tok1 > ae->tok0 && S_force_noun(c->up[ae->tok1 - 1]))
        return on + 1 < (int)c->nit && c->it[on].type == I_WORD &&
                       dyad_among(c->up[c->it[on].tok], aim) &&
                       (c->it[on + 1].type == I_NES || c->it[on + 1].type == I_NECS) &&
                       !c->del[on + 1] && dyad_cd_coded(c, on + 1)
                   ? 2 + on + 1
                   : 0;
    for (int j = ae->tok0; j + 2 < ae->tok1; j++) {
        if (!S_force_noun(c->up[j]) || !dyad_among(c->up[j + 1], aim))
            continue;
        char own[64], other[64];
        int dated;
        dyad_cd_code_words(c, c->up + ae->tok0, NULL, j + 1 - ae->tok0, own, sizeof own, &dated);
        dyad_cd_code_words(c, c->up + j + 2, NULL, ae->tok1 - j - 2, other, sizeof other, &dated);
        if (!strncmp(own, "---", 3) || !strncmp(other, "---", 3) ||
            dyad_coref_same_actor(own, other))
            return 0;
        return S_add_event(c, own, other, code, NULL, NULL) ? -1 : 1;
    }
    return 0;
}

int dyad_cd_item_of_tok(const dyad_cd_ctx *c, int from, int to, int tok)
{
    for (int k = from; k < to; k++)
        if (c->it[k].type == I_WORD && c->it[k].tok == tok)
            return k;
    return -1;
}

/* End item of the entity starting at k. */
int dyad_cd_ent_end(const dyad_cd_ctx *c, int k)
{
    int e = c->it[k].ent;
    for (size_t j = (size_t)k + 1; j < c->nit; j++)
        if ((c->it[j].type == I_NEE || c->it[j].type == I_NECE) && c->it[j].ent == e)
            return (int)j;
    return (int)c->nit - 1;
}

/* Is item k (before end) the word after the verb of multi-word entry v at i? */
static int S_post_word(const dyad_cd_ctx *c, const dyad_verb *v, int k, int end, int i)
{
    return k < end && c->it[k].type == I_WORD &&
           !strcmp(c->up[c->it[k].tok], dyad_dict_word(c->d, v->post, i));
}

/* The phrase of the verb at item vi's own phrase that holds the word at item k, -1 for
 * none. A particle after the object is the verb's when it stands in such a phrase of
 * its own, after no other of the verb's prepositional phrases: "took aim at Canada over
 * its tariffs" and "took issue with (Washington over the tariffs)" took nothing over,
 * "pulled most of its troops out" pulled them out. */
static int S_verb_phrase_of(const dyad_cd_ctx *c, int vi, int k)
{
    if (c->it[k].type != I_WORD || c->it[vi].type != I_WORD)
        return -1;
    int vp = dyad_cd_node(c, c->t->tok_node[c->it[vi].tok])->parent;
    int n = c->t->tok_node[c->it[k].tok];
    while (n >= 0 && dyad_cd_node(c, n)->parent != vp)
        n = dyad_cd_node(c, n)->parent;
    return vp >= 0 ? n : -1;
}

/* Does item k open a prepositional phrase of the verb at item vi (S_verb_phrase_of)? */
static int S_verb_pp_head(const dyad_cd_ctx *c, int vi, int k)
{
    int ph = S_verb_phrase_of(c, vi, k);
    return ph >= 0 && dyad_cd_label_is(c, ph, "PP") &&
           dyad_cd_node(c, ph)->tok == c->it[k].tok;
}

/* Does multi-word entry v fit around the verb item? Sets the first/last items used; a
 * particle may come after the object ("pulled most of its troops out of Lebanon",
 * "handed the prisoners over"). */
static int S_multi_fits(const dyad_cd_ctx *c, const dyad_verb *v, int vi, int end, int *first,
                        int *last)
{
    static const char *const particle[] = {"OUT", "BACK", "OVER", "DOWN",
                                           "OFF", "UP",   "AWAY", NULL};
    *first = *last = vi;
    int k = vi;
    for (int i = 0; i < v->npost; i++) {
        for (k++; k < end && c->it[k].type >= I_NES; k++)
            ; /* the parser may have put the particle into a noun phrase */
        /* where the mover came from may stand before the preposition of the verb: "flew
         * from Paris to Kyiv", "travelled from Tokyo to Canberra", "crossed from Syria
         * into Turkey" (its phrase is no party: S_visit_origin) */
        if (i == 0 && !S_post_word(c, v, k, end, i) && k + 1 < end &&
            c->it[k].type == I_WORD && !strcmp(c->up[c->it[k].tok], "FROM") &&
            (c->it[k + 1].type == I_NES || c->it[k + 1].type == I_NECS))
            for (k = dyad_cd_ent_end(c, k + 1) + 1; k < end && c->it[k].type >= I_NES; k++)
                ;
        /* so may an adverb of how or when before a preposition, no negation: "flew
         * directly to Moscow", "went straight into a meeting with", "called again for
         * talks" */
        if (i == 0 && !S_post_word(c, v, k, end, i) && S_post_word(c, v, k + 1, end, i) &&
            c->it[k].type == I_WORD && !S_not_word(c->up[c->it[k].tok]) &&
            dyad_cd_label_is(c, c->t->tok_node[c->it[k].tok], "RB") &&
            (dyad_cd_label_is(c, c->t->tok_node[c->it[k + 1].tok], "IN") ||
             dyad_cd_label_is(c, c->t->tok_node[c->it[k + 1].tok], "TO")))
            k++;
        /* and a time, alone or after "on", "in" or "at": "landed on Monday in Kabul",
         * "travelled last week to Paris", "flew at dawn to Kyiv" */
        if (i == 0 && !S_post_word(c, v, k, end, i) && k < end && c->it[k].type == I_WORD) {
            static const char *const at[] = {"ON", "IN", "AT", NULL};
            int j = k, t0 = c->it[k].tok + dyad_among(c->up[c->it[k].tok], at);
            while (j < end && j < k + 5 && c->it[j].type != I_COMMA &&
                   !S_post_word(c, v, j, end, i))
                j++;
            if (S_post_word(c, v, j, end, i) && t0 < c->it[j].tok &&
                dyad_cd_time_span(c, t0, c->it[j].tok))
                k = j;
        }
        /* a particle after the object: "pulled most of its troops out" */
        int split = v->npost == 1 && dyad_among(dyad_dict_word(c->d, v->post, 0), particle);
        if (split && !S_post_word(c, v, k, end, i) && vi + 1 < end &&
            (c->it[vi + 1].type == I_NES || c->it[vi + 1].type == I_NECS)) {
            /* past the object's phrases and their words, no comma, verb or another
             * phrase of the verb's: the first of the particle within a few words, in a
             * phrase of the verb's own */
            for (k = vi + 1; k < end && k < vi + 16 && !S_post_word(c, v, k, end, i); k++)
                if (c->it[k].type == I_COMMA || S_verb_pp_head(c, vi, k) ||
                    (c->it[k].type == I_WORD &&
                     !strncmp(dyad_cd_node(c, c->t->tok_node[c->it[k].tok])->label, "VB", 2)))
                    break;
            int ph = k < end ? S_verb_phrase_of(c, vi, k) : -1;
            if (ph < 0 || dyad_cd_label_is(c, ph, "NP"))
                return 0;
        }
        if (!S_post_word(c, v, k, end, i))
            return 0;
        *last = k;
    }
    k = vi;
    for (int i = 0; i < v->npre; i++) {
        for (k--; k >= 0 && c->it[k].type >= I_NES; k--)
            ;
        if (k < 0 || c->it[k].type != I_WORD ||
            strcmp(c->up[c->it[k].tok], dyad_dict_word(c->d, v->pre, i)))
            return 0;
        *first = k;
    }
    return 1;
}

/* The first entry of the verb word whose first entry is head (dyad_dict_verb) that fits
 * around the verb item vi (S_multi_fits), of single words only when single_only; NULL
 * none. */
static const dyad_verb *S_fitting_entry(const dyad_cd_ctx *c, int head, int vi, int end,
                                        int single_only, int *first, int *last)
{
    for (int k = head; k >= 0; k = c->d->verb.v[k].next) {
        const dyad_verb *v = &c->d->verb.v[k];
        if ((!single_only || (!v->npre && !v->npost)) && S_multi_fits(c, v, vi, end, first, last))
            return v;
    }
    return NULL;
}

/* The item opening the clause of purpose of a journey, an infinitive of verb phrase
 * vp's own ("flew to Beijing to meet Xi", "will leave for Washington next week to
 * complete negotiations with the IMF"), from item `from` on: what the traveller goes
 * to do is an act of its own, which the journey's match would skip; -1 for none. */
static int S_purpose_item(const dyad_cd_ctx *c, int vp, int from)
{
    for (int ch = dyad_cd_node(c, vp)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next) {
        int inf = dyad_cd_node(c, ch)->first, to = inf >= 0 ? dyad_cd_node(c, inf)->first : -1;
        if (dyad_cd_label_is(c, ch, "S") && inf >= 0 && dyad_cd_label_is(c, inf, "VP") &&
            to >= 0 && dyad_cd_label_is(c, to, "TO"))
            return dyad_cd_item_of_tok(c, from, (int)c->nit, dyad_cd_node(c, to)->tok);
    }
    return -1;
}

/* Is the verb of phrase vp done by its clause's subject: a finite verb, or an
 * infinitive right after the verb or the predicate adjective that governs it ("the two
 * leaders are expected to discuss", "agreed to hold talks", "are due to meet") or after
 * its own subject in a headline ("China and Russia to hold talks"), not one after its
 * object or a phrase ("requested a meeting to discuss", "requested by X, Y and Z to
 * discuss"), whose doer is unclear? */
static int S_own_doer(const dyad_cd_ctx *c, int vp)
{
    int to = dyad_cd_node(c, vp)->parent, s = to >= 0 ? dyad_cd_node(c, to)->parent : -1;
    if (to < 0 || !dyad_cd_label_is(c, to, "VP") || dyad_cd_node(c, to)->first < 0 ||
        !dyad_cd_label_is(c, dyad_cd_node(c, to)->first, "TO"))
        return 1;
    if (s < 0 || !dyad_cd_label_is(c, s, "S") || dyad_cd_node(c, s)->parent < 0)
        return 0;
    int subj = -1;
    for (int ch = dyad_cd_node(c, s)->first; ch >= 0 && ch != to; ch = dyad_cd_node(c, ch)->next)
        subj = ch;
    if (subj >= 0 && dyad_cd_label_is(c, subj, "NP"))
        return 1;
    int prev = -1;
    for (int ch = dyad_cd_node(c, dyad_cd_node(c, s)->parent)->first; ch >= 0 && ch != s;
         ch = dyad_cd_node(c, ch)->next)
        if (!dyad_cd_label_is(c, ch, "ADVP") && !dyad_cd_label_is(c, ch, "RB"))
            prev = ch;
    return prev >= 0 && dyad_cd_isleaf(c, prev) &&
           (!strncmp(dyad_cd_node(c, prev)->label, "VB", 2) ||
            dyad_cd_label_is(c, prev, "JJ"));
}

/* Several actors: a compound, or a phrase coreference gave several ("both sides"). */
static int S_plural(const dyad_cd_ctx *c, int item)
{
    const dyad_cd_item *x = &c->it[item];
    const dyad_cd_ent *e = &c->ent[x->ent];
    return x->type == I_NECS ? e->nmem > 1 : strchr(e->code, '/') != NULL;
}

/* One actor named by a plural noun ("Sudan's warring parties", "rival Afghan
 * factions"): doers that can do a thing to one another within it. */
static int S_one_plural(const dyad_cd_ctx *c, int item)
{
    int end;
    return c->it[item].type == I_NES && dyad_cd_coded(c, item) &&
           S_plural_head(c, &c->ent[c->it[item].ent], &end);
}

/* Are the doers at item (-1 none) firms ("---BUS", "JPNBUS"), with no state's office
 * among them ("Merrill Lynch and Co Inc": an unknown name and a firm)? */
static int S_firms(const dyad_cd_ctx *c, int item)
{
    char codes[16][64];
    const dyad_cd_ent *ents[16];
    int n = item >= 0 ? S_codes(c, item, codes, ents, 16) : 0, firm = 0;
    for (int i = 0; i < n; i++) {
        if (!strcmp(codes[i], "---"))
            continue;
        if (strlen(codes[i]) <= 3 || !S_agents_in(codes[i], S_firm_role, 0))
            return 0;
        firm = 1;
    }
    return firm;
}

/* Is the entity at item tgt one of the doers of compound src, or a member's country,
 * so that the several doers' act found no one else ("Iran and the Soviet Union agreed to
 * hold talks on an exchange of Iranian crude oil": the talks' topic names one of the
 * doers)? Not others of their country ("Nakasone and his party reached an accord with
 * opposition parties": JPNOPP is a party of the accord), unless country asks for any
 * party of a doer's country: an official a government dismisses is its own, whatever
 * office or force ("fired his defence minister", ISRMIL). */
static int S_doers_own(const dyad_cd_ctx *c, int tgt, int src, int country)
{
    char codes[16][64], tc[16][64];
    const dyad_cd_ent *ents[16], *te[16];
    if (tgt < 0 || c->it[tgt].type != I_NES || !dyad_cd_coded(c, tgt))
        return 0;
    /* a pronoun that refers to the doers holds each of their codes ("their": EGY/JOR):
     * every one must be a doer's */
    int n = S_codes(c, src, codes, ents, 16), nt = S_codes(c, tgt, tc, te, 16);
    for (int j = 0; j < nt; j++) {
        size_t len = country ? 3 : strlen(tc[j]);
        int i = 0;
        while (i < n && (strlen(tc[j]) < 3 || strncmp(codes[i], tc[j], len)))
            i++;
        if (i == n)
            return 0;
    }
    return nt > 0;
}

/* Events that several actors do with one another when no one else is named by verb
 * word w: intents to cooperate when agreed or cooperating ("the two leaders agreed to
 * restart talks"; a promise or an offer each makes to someone else: "Australia,
 * Canada and the United States offered to resettle the Uyghurs"), consultations,
 * talks, agreements, cooperation, truces, cutting ties or talks, clashes. */
static int S_reciprocal(const dyad_cd_ctx *c, const char *code, const char *w)
{
    static const char *const pre[] = {"040", "041", "044", "046", "050",
                                      "057", "087", "160", "161", "164"};
    /* force is mutual only by the verb's own form: "clashed", "fought", "battled",
     * "skirmished", "engaged in fighting" (with one another), not "attacked", "struck"
     * or "shelled", which the doers did to someone else, named or not ("Rong Yiren,
     * chairman of CITIC, attacked the plan": no fight of China with its company). The
     * verbs of the attack block share its patterns, so the block cannot tell. */
    static const char *const mutual19[] = {"CLASH", "FIGHT", "FOUGHT", "BATTL",
                                           "SKIRMISH", "ENGAG", NULL};
    if (!strncmp(code, "19", 2))
        for (size_t i = 0; mutual19[i]; i++)
            if (!strncmp(w, mutual19[i], strlen(mutual19[i])))
                return 1;
    /* intents and material cooperation are mutual only by the verb: "agreed",
     * "cooperated (on the investigation)", "traded", "shared", "trained" (together),
     * not "invested" or "extradited" (to someone) */
    static const char *const mutual03[] = {"AGREE", NULL};
    static const char *const mutual06[] = {"COOPERATE", "TRADE", "SHARE", "TRAIN", NULL};
    /* what is exchanged, swapped or traded goes both ways, whatever it is ("Russia and
     * Ukraine exchanged 90 prisoners of war each", "swapped prisoners", "exchanged
     * threats", "traded blame for the failure of the talks") */
    static const char *const mutual_any[] = {"EXCHANGE", "SWAP", "TRADE", NULL};
    for (size_t i = 0; i < sizeof pre / sizeof *pre; i++)
        if (!strncmp(code, pre[i], strlen(pre[i])))
            return 1;
    const char *const *mutual = !strncmp(code, "03", 2)   ? mutual03
                                : !strncmp(code, "06", 2) ? mutual06
                                                          : mutual_any;
    for (int v = mutual ? dyad_dict_verb(c->d, w, strlen(w)) : -1; v >= 0;
         v = c->d->verb.v[v].next)
        for (size_t i = 0; mutual[i]; i++)
            for (int m = dyad_dict_verb(c->d, mutual[i], strlen(mutual[i])); m >= 0;
                 m = c->d->verb.v[m].next)
                if (c->d->verb.v[m].block == c->d->verb.v[v].block)
                    return 1;
    return 0;
}

/* Is the phrase at item, no one known, no party a show of force could be aimed at: a
 * time (S_time_ent: "next month") or the exercises or drills themselves ("held military
 * exercises", read as an actor for its "military")? */
static int S_drill_or_time(const dyad_cd_ctx *c, int item)
{
    static const char *const drills[] = {"EXERCISES", "EXERCISE", "DRILLS", "DRILL",
                                         "MANEUVERS", "MANOEUVRES", NULL};
    if (c->it[item].type != I_NES || dyad_cd_coded(c, item))
        return 0;
    int np = dyad_cd_node(c, c->t->tok_node[c->ent[c->it[item].ent].tok0])->parent;
    int head = np >= 0 && dyad_cd_label_is(c, np, "NP") && dyad_cd_node(c, np)->tok_end >= 0
                   ? S_np_head(c, np)
                   : -1;
    return S_time_ent(c, item) || (head >= 0 && dyad_among(c->up[head], drills));
}

/* Is entity e the doer of a participle that follows a noun ("an agreement brokered by
 * the United States", "talks mediated by Qatar"): a third party to what the noun names,
 * not the other side of those who made it? */
static int S_participle_agent(const dyad_cd_ctx *c, const dyad_cd_ent *e)
{
    int np = dyad_cd_node(c, c->t->tok_node[e->tok0])->parent;
    while (np >= 0 && dyad_cd_label_is(c, np, "NP") && dyad_cd_node(c, np)->tok == e->tok0 &&
           dyad_cd_node(c, np)->parent >= 0 &&
           dyad_cd_label_is(c, dyad_cd_node(c, np)->parent, "NP"))
        np = dyad_cd_node(c, np)->parent; /* "the United States" below a phrase of its own */
    int pp = np >= 0 ? dyad_cd_node(c, np)->parent : -1;
    int vp = pp >= 0 ? dyad_cd_node(c, pp)->parent : -1;
    int noun = vp >= 0 ? dyad_cd_node(c, vp)->parent : -1;
    return vp >= 0 && dyad_cd_label_is(c, pp, "PP") && dyad_cd_label_is(c, vp, "VP") &&
           dyad_cd_by_participle(c, vp, 1) &&
           dyad_cd_node(c, dyad_cd_node(c, vp)->first)->next == pp && noun >= 0 &&
           dyad_cd_label_is(c, noun, "NP");
}

/* Do tokens k and k + 1 say "each other" ("each other's") or "one another"? */
static int S_each_other_at(const dyad_cd_ctx *c, int k)
{
    return k >= 0 && k + 1 < (int)c->t->ntok &&
           ((!strcmp(c->up[k], "EACH") && !strncmp(c->up[k + 1], "OTHER", 5)) ||
            (!strcmp(c->up[k], "ONE") && !strcmp(c->up[k + 1], "ANOTHER")));
}

/* The noun phrase of prepositional phrase pp, -1 none. */
static int S_pp_np(const dyad_cd_ctx *c, int pp)
{
    int p = dyad_cd_node(c, pp)->first;
    return p >= 0 ? dyad_cd_node(c, p)->next : -1;
}

/* Does phrase np open with "each other" or "one another", or with "the other" when
 * `each` (a verb that "each" opens, or doers that "both" or "each" opens)? */
static int S_each_other_np(const dyad_cd_ctx *c, int np, int each)
{
    if (np < 0 ||
        (!dyad_cd_label_is(c, np, "NP") && (!each || !dyad_cd_label_is(c, np, "ADJP"))))
        return 0; /* the parser may draw "the other" as an adjective's phrase */
    int head = S_head_phrase(c, np);
    int k = dyad_cd_node(c, np)->tok, end = dyad_cd_node(c, head)->tok_end;
    return k >= 0 && k + 1 < dyad_cd_node(c, np)->tok_end &&
           (S_each_other_at(c, k) ||
            (each && !strcmp(c->up[k], "THE") && !strcmp(c->up[k + 1], "OTHER") &&
             (k + 2 == end || (k + 3 == end && !strcmp(c->up[k + 2], "SIDE")))));
}

/* Does verb phrase vp say that its doers did it to "each other" or "one another": is that
 * its object, the object of a preposition of its own or of its object's ("India and
 * Canada expelled each other's top diplomats", "accused one another", "clashed with each
 * other", "imposed tariffs on each other's goods"), or "the other" after a verb that
 * "each" opens ("Chile and Peru each put the blame on the other") or after doers at
 * item src that "both" or "each" opens ("both sides blamed the other")? Then any event
 * of the verb is mutual; not so one of a clause below it ("pledging to help each other
 * if either was attacked": the help is each other's, not the pledge). */
static int S_each_other(const dyad_cd_ctx *c, int vp, int src)
{
    static const char *const both[] = {"BOTH", "EACH", NULL};
    int v = dyad_cd_node(c, vp)->tok, k0 = src >= 0 ? c->ent[c->it[src].ent].tok0 : -1;
    int each = (v > 0 && !strcmp(c->up[v - 1], "EACH")) ||
               (k0 >= 0 && (dyad_among(c->up[k0], both) ||
                            (k0 > 0 && dyad_among(c->up[k0 - 1], both))));
    for (int ch = dyad_cd_node(c, vp)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next) {
        if (dyad_cd_label_is(c, ch, "PP")) {
            if (S_each_other_np(c, S_pp_np(c, ch), each))
                return 1;
            continue;
        }
        if (S_each_other_np(c, ch, each))
            return 1;
        for (int q = dyad_cd_label_is(c, ch, "NP") ? dyad_cd_node(c, ch)->first : -1; q >= 0;
             q = dyad_cd_node(c, q)->next)
            if (dyad_cd_label_is(c, q, "PP") && S_each_other_np(c, S_pp_np(c, q), each))
                return 1;
    }
    return 0;
}

/* The adjective or participle a form of "be" at token k is coded by, over adverbs and
 * "not" ("was not deeply concerned about"): the event's own word, where negation and
 * modality are read, the last of several joined by "and" or commas ("was surprised and
 * deeply disappointed by": the words between are no other verb's); -1 when none
 * follows. */
static int S_be_adjective(const dyad_cd_ctx *c, int k)
{
    if (!dyad_cd_passive_aux(c, k))
        return -1;
    /* not past the clause of "be": the parser may hang what follows a comma outside it
     * ("said the decree was unconstitutional, null and void") */
    int top = dyad_cd_top_vp(c, dyad_cd_node(c, c->t->tok_node[k])->parent);
    int end = dyad_cd_node(c, top)->tok_end;
    int last = -1, open = 1; /* open: an adjective may come next */
    for (k++; k < end; k++) {
        const char *tag = dyad_cd_node(c, c->t->tok_node[k])->label;
        if (open && (!strcmp(tag, "JJ") || !strcmp(tag, "VBN")))
            last = k, open = 0;
        else if (last >= 0 && !open && (dyad_is(c->up[k], "AND") || !strcmp(tag, ",")))
            open = 1;
        else if (!open || strncmp(tag, "RB", 2))
            break;
    }
    return last;
}

/* Does the verb at token k, whose matching pattern is of block blk, judge its subject by
 * what follows it, as "be" does: a form of "be", or another verb by a pattern of the
 * block of "be", which lists it ("committed a big mistake"; not by a pattern of its own
 * block: "committed $2 billion in aid")? */
static int S_judging_verb(const dyad_cd_ctx *c, int k, int blk)
{
    if (dyad_cd_passive_aux(c, k))
        return 1;
    const dyad_verb *v = c->d->verb.v;
    for (int be = dyad_dict_verb(c->d, "IS", 2); blk >= 0 && be >= 0; be = v[be].next)
        if (v[be].block == blk && !v[be].npre && !v[be].npost)
            return 1;
    return 0;
}

/* Is the word at item k (a judgement a pattern of "be" matched) what verb phrase vp says
 * its subject is: a word of the phrase after "be" itself, also after "one of" ("the EU
 * is one of the most hostile taxing authorities"), "an act of" ("has undertaken an act
 * of armed aggression"), "full of" ("the statement was full of lies") or "based on"
 * ("his reports are based on prejudices"), not of a phrase inside it ("is in a
 * dangerous position", "are the victims of illegal attacks")? The parser may draw a
 * judgement joined to the first as a phrase of its own beside vp ("(VP (VP was (ADJP
 * inadequate)) and (ADJP unfair))"): "be" says that one of the subject too. */
static int S_predicate_word(const dyad_cd_ctx *c, int k, int vp)
{
    if (k < 0 || c->it[k].type != I_WORD)
        return 0;
    int joined = dyad_cd_node(c, vp)->parent;
    if (joined < 0 || !dyad_cd_label_is(c, joined, "VP") || dyad_cd_node(c, joined)->first != vp)
        joined = vp;
    for (int p = dyad_cd_node(c, c->t->tok_node[c->it[k].tok])->parent;
         p >= 0 && p != vp && p != joined; p = dyad_cd_node(c, p)->parent) {
        int w = dyad_cd_node(c, p)->first;
        int before = w >= 0 ? dyad_cd_node(c, w)->tok - 1 : -1;
        const char *prep = w >= 0 && dyad_cd_isleaf(c, w) ? c->up[dyad_cd_node(c, w)->tok] : "";
        if (dyad_cd_label_is(c, p, "PP") && before >= 0 &&
            ((!strcmp(prep, "OF") &&
              (!strcmp(dyad_cd_node(c, c->t->tok_node[before])->label, "CD") ||
               !strcmp(c->up[before], "ACT") || !strcmp(c->up[before], "ACTS") ||
               !strcmp(c->up[before], "FULL"))) ||
             (!strcmp(prep, "ON") && !strcmp(c->up[before], "BASED"))))
            continue;
        if (dyad_cd_label_is(c, p, "VP") && !strcmp(c->up[dyad_cd_node(c, p)->tok], "BASED"))
            continue; /* "(VP based (PP on ...))" */
        if (!dyad_cd_label_is(c, p, "NP") && !dyad_cd_label_is(c, p, "ADJP"))
            return 0;
    }
    return 1;
}

/* The word a noun phrase is about: its last word, or the head of the phrase it opens
 * with when more follows ("the actions of Milorad Dodik", "Dodik, the leader of ...");
 * a possessor's phrase opens none ("Japan's attitude": attitude), nor does a phrase of
 * no words (tok_end -1, in a tree given from outside: "(NP (NP (X)) (NNP Gondor))").
 * np itself must have words: callers check, as of one with none this is -2, no token. */
static int S_np_head(const dyad_cd_ctx *c, int np)
{
    for (;;) {
        int f = dyad_cd_node(c, np)->first, end = dyad_cd_node(c, np)->tok_end;
        if (f < 0 || !dyad_cd_label_is(c, f, "NP") || dyad_cd_node(c, f)->tok_end < 0 ||
            dyad_cd_node(c, f)->tok_end == end ||
            dyad_cd_label_is(c, c->t->tok_node[dyad_cd_node(c, f)->tok_end - 1], "POS"))
            return end - 1;
        np = f;
    }
}

/* Does a judgement "be" gives the subject of verb phrase vp ("is unacceptable", "was a
 * reliable partner"), or a duty it tells it of (S_duty), judge or ask a party through
 * the entity at item k: the subject is the party itself, named or found by coreference
 * ("Japan", "the Japanese government", "he", a title and a name no dictionary knows:
 * "World Bank President Barber Conable"), or its act, words or policy (dyad_coref_act_noun: "the Japanese move", "Ford's
 * comments", "the actions of Dodik", "the decision"), whose party k names before the
 * head or after "of", "by", "from" or "before" ("a bill before Congress")? A thing of a
 * party ("the Japanese trade surplus", "the Soviet economy") or of a place ("the
 * situation in Iran") is no one's act. Of a list, one of its members must be such a
 * party ("Japan and South Korea should open their markets"); a thing that members
 * name together asks no one ("the Kenyan and Ghanaian accords should be a model
 * for Africa"). */
static int S_judged_member(const dyad_cd_ctx *c, int k, const dyad_cd_ent *e, int vp);

static int S_judged_party(const dyad_cd_ctx *c, int k, int vp)
{
    const dyad_cd_ent *x = &c->ent[c->it[k].ent];
    if (c->it[k].type != I_NECS)
        return S_judged_member(c, k, x, vp);
    for (int i = 0; i < x->nmem; i++)
        if (S_judged_member(c, k, &c->ent[x->first_mem + i], vp))
            return 1;
    return 0;
}

/* S_judged_party for entity e, item k's own or a member of its list. */
static int S_judged_member(const dyad_cd_ctx *c, int k, const dyad_cd_ent *e, int vp)
{
    static const char *const owner_prep[] = {"OF", "BY", "FROM", "BEFORE", NULL};
    /* "it" before a clause the judgement opens is no one ("it seems reasonable to
     * expect ...", "it is unfair that ...") */
    if (e->tok1 == e->tok0 + 1 && !strcmp(c->up[e->tok0], "IT"))
        for (int t = dyad_cd_node(c, vp)->tok; t < dyad_cd_node(c, vp)->tok_end; t++)
            for (int p = dyad_cd_node(c, c->t->tok_node[t])->parent; p >= 0 && p != vp;
                 p = dyad_cd_node(c, p)->parent)
                if (dyad_cd_label_is(c, p, "S") || dyad_cd_label_is(c, p, "SBAR"))
                    return 0;
    int top = dyad_cd_top_vp(c, vp), np = -1;
    int s = dyad_cd_node(c, top)->parent;
    for (int ch = s >= 0 ? dyad_cd_node(c, s)->first : -1; ch >= 0 && ch != top;
         ch = dyad_cd_node(c, ch)->next)
        if (dyad_cd_label_is(c, ch, "NP"))
            np = ch;
    if (np < 0 || e->tok0 < dyad_cd_node(c, np)->tok || e->tok1 > dyad_cd_node(c, np)->tok_end)
        return e->cr_try || dyad_cd_names_actor(c, k); /* no subject phrase of its own */
    /* the party's words in the entity: from its first actor or agent phrase to its end
     * when it ends in one ("the Japanese government"), else that phrase ("the Japanese
     * move"); all of it when coreference found it ("he", "the country") */
    int p0 = e->cr_try ? e->tok0 : -1, p1 = e->tok1, len;
    for (int j = e->tok0; j < e->tok1 && p0 < 0; j++)
        if (dyad_cd_longest(&c->d->actors, c->up + j, e->tok1 - j, &len) >= 0 ||
            dyad_cd_longest(&c->d->agents, c->up + j, e->tok1 - j, &len) >= 0)
            p0 = j, p1 = dyad_cd_names_actor(c, k) ? e->tok1 : j + len;
    /* of a list, a common noun that ends it is the head all its members share ("the
     * Kenyan and Ghanaian accords", which the parser may read as "the Kenyan" and
     * "Ghanaian accords"), else the head of its last conjunct ("Japan and South Korea");
     * a shared head that is people ("forces", "governments") is the members' own; an NP
     * of no words (in a tree given from outside) is no conjunct */
    int list = c->it[k].type == I_NECS, last = np, end = dyad_cd_node(c, np)->tok_end - 1;
    for (int ch = list ? dyad_cd_node(c, np)->first : -1; ch >= 0; ch = dyad_cd_node(c, ch)->next)
        if (dyad_cd_label_is(c, ch, "NP") && dyad_cd_node(c, ch)->tok >= 0)
            last = ch;
    const char *tag = dyad_cd_node(c, c->t->tok_node[end])->label;
    int head = list && (!strcmp(tag, "NN") || !strcmp(tag, "NNS")) ? end : S_np_head(c, last);
    if (list && head >= e->tok1 && dyad_cd_longest(&c->d->agents, c->up + head, 1, &len) >= 0)
        return 1; /* the members' own people: "the Soviet and Cuban forces" */
    if (p0 < 0)
        return 0;
    if (head >= p0 && head < p1)
        return 1;
    /* a name after the party's words is the person its title names */
    int name = head >= p1;
    for (int j = p1; j <= head && name; j++)
        name = dyad_cd_label_is(c, c->t->tok_node[j], "NNP");
    if (name)
        return 1;
    if (!dyad_coref_act_noun(c->up[head]))
        return 0;
    if (p1 <= head)
        return 1; /* its party before the head: "the Japanese move", "Ford's comments" */
    /* or after it, in a phrase of one of owner_prep on the head's noun */
    int pp = dyad_cd_node(c, c->t->tok_node[head + 1])->parent;
    return dyad_among(c->up[head + 1], owner_prep) && dyad_cd_label_is(c, pp, "PP") &&
           dyad_cd_node(c, pp)->tok_end >= p1;
}

/* Does the phrase of the judgement at item k (a word S_predicate_word found in verb
 * phrase vp) go on with an infinitive of what its subject is judged for doing ("was
 * wrong to blame the West Germans", "was right to reject the offer")? */
static int S_judged_for(const dyad_cd_ctx *c, int k, int vp)
{
    int lead = c->it[k].tok, q = c->t->tok_node[lead];
    do {
        q = dyad_cd_node(c, q)->parent;
        for (int ch = dyad_cd_node(c, q)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next) {
            int f = dyad_cd_node(c, ch)->first;
            if (dyad_cd_node(c, ch)->tok > lead && dyad_cd_label_is(c, ch, "S") && f >= 0 &&
                dyad_cd_label_is(c, f, "VP") && dyad_cd_node(c, f)->first >= 0 &&
                dyad_cd_label_is(c, dyad_cd_node(c, f)->first, "TO"))
                return 1;
        }
    } while (q != vp && dyad_cd_node(c, q)->parent >= 0);
    return 0;
}

/* In an article, whom criticism of the entity at item k, a thing no actor owns in its
 * own phrase, is aimed at: the first actor named after it in its noun phrase by "of",
 * "by" or "from", past things of no actor ("was deeply concerned about the recent
 * actions of Milorad Dodik, the leader of ...", "disappointed at the threats of trade
 * retaliation from the EC"), whose own phrase the parser cut from it; k when there is
 * none ("concerned about the spread of cholera in Yemen"). */
static int S_owner_after(const dyad_cd_ctx *c, int k)
{
    static const char *const owner_prep[] = {"OF", "BY", "FROM", NULL};
    if (!c->cr || k < 0 || c->it[k].type != I_NES || dyad_cd_coded(c, k))
        return k;
    int top = c->t->tok_node[c->ent[c->it[k].ent].tok0];
    while (dyad_cd_node(c, top)->parent >= 0 &&
           (dyad_cd_label_is(c, dyad_cd_node(c, top)->parent, "NP") ||
            dyad_cd_label_is(c, dyad_cd_node(c, top)->parent, "PP")))
        top = dyad_cd_node(c, top)->parent;
    for (int j = dyad_cd_ent_end(c, k) + 1; j + 1 < (int)c->nit; j = dyad_cd_ent_end(c, j) + 1) {
        if (c->del[j] || c->it[j].type != I_WORD ||
            !dyad_among(c->up[c->it[j].tok], owner_prep))
            return k;
        j++;
        if (c->it[j].type != I_NES || c->ent[c->it[j].ent].tok1 > dyad_cd_node(c, top)->tok_end)
            return k;
        if (dyad_cd_coded(c, j))
            return j;
    }
    return k;
}

/* Does the worry its verb's words voice ("expressed concern over", "voiced alarm at",
 * "is worried about") fall on an act whose doer, the target at item k, an actor names
 * before the act's noun ("China's military drills", "Israeli air strikes") or right
 * after it by "of", "by" or "from" ("the missile launch by North Korea"; not "Fairchild"
 * of "a takeover by Japan's Fujitsu of Fairchild")? Worry aimed at a party's act is
 * criticism of that party (111); worry about a thing or a place that is no one's act
 * ("the humanitarian situation in Sudan", "China's economy") stays worry (012), and a
 * fear is of what has not been done. */
static int S_worried_act(const dyad_cd_ctx *c, int k)
{
    static const char *const worry[] = {"CONCERN", "CONCERNS", "ALARM", "WORRY", "WORRIED",
                                        "WORRIES", "WORRYING", NULL};
    static const char *const owner_prep[] = {"OF", "BY", "FROM", NULL};
    int w = c->verb_tok0, len, dated;
    char doer[64];
    if (k < 0 || c->it[k].type != I_NES || !dyad_cd_coded(c, k))
        return 0;
    while (w <= c->verb_tok1 && !dyad_among(c->up[w], worry))
        w++;
    if (w > c->verb_tok1 || w + 2 >= (int)c->t->ntok ||
        !dyad_cd_label_is(c, c->t->tok_node[w + 1], "IN") ||
        !dyad_cd_label_is(c, dyad_cd_node(c, c->t->tok_node[w + 1])->parent, "PP"))
        return 0;
    int np = dyad_cd_node(c, c->t->tok_node[w + 1])->next; /* the act's phrase */
    if (np < 0 || !dyad_cd_label_is(c, np, "NP") || dyad_cd_node(c, np)->tok_end < 0)
        return 0;
    int head = S_np_head(c, np), end = dyad_cd_node(c, np)->tok_end;
    if (!dyad_coref_act_noun(c->up[head]))
        return 0;
    int after = head + 1 < end && dyad_among(c->up[head + 1], owner_prep) ? head + 2 : end;
    for (int j = w + 2 < head ? w + 2 : after; j < end; j = j + 1 == head ? after : j + 1)
        if (dyad_cd_longest(&c->d->actors, c->up + j, end - j, &len) >= 0) {
            dyad_cd_code_words(c, c->up + j, NULL, len, doer, sizeof doer, &dated);
            return !strncmp(doer, c->ent[c->it[k].ent].code, 3);
        }
    return 0;
}

/* Is the entity at item k the subject of a clause of "that" which says nothing done:
 * its verb under a modal or negated? A feeling of disapproval about what its subject
 * did is criticism of it ("was deeply concerned that the EC has moved to take a harsher
 * line"), not one about what it might do or did not ("concerned that Japan might raise
 * tariffs", "concerned that Japan was not involved in the talks"). */
static int S_undone_clause(const dyad_cd_ctx *c, int k)
{
    if (k < 0 || (c->it[k].type != I_NES && c->it[k].type != I_NECS))
        return 0;
    int np = c->t->tok_node[c->ent[c->it[k].ent].tok0];
    while (dyad_cd_node(c, np)->parent >= 0 &&
           dyad_cd_label_is(c, dyad_cd_node(c, np)->parent, "NP"))
        np = dyad_cd_node(c, np)->parent;
    int s = dyad_cd_node(c, np)->parent, sb = s >= 0 ? dyad_cd_node(c, s)->parent : -1;
    int that = sb >= 0 ? dyad_cd_node(c, sb)->first : -1;
    if (sb < 0 || !dyad_cd_label_is(c, s, "S") || !dyad_cd_label_is(c, sb, "SBAR") || that == s ||
        !dyad_cd_isleaf(c, that) || strcmp(c->up[dyad_cd_node(c, that)->tok], "THAT"))
        return 0;
    for (int vp = dyad_cd_node(c, np)->next; vp >= 0; vp = dyad_cd_node(c, vp)->next)
        if (dyad_cd_label_is(c, vp, "VP"))
            return dyad_cd_label_is(c, dyad_cd_node(c, vp)->first, "MD") ||
                   S_negated(c, vp, dyad_cd_node(c, vp)->tok_end);
    return 0;
}

/* Is node a gerund of means without a subject: an SBAR "in" or "by" and a clause that
 * opens with its verb's -ing form ("in destroying an Iranian oil platform")? */
int dyad_cd_means_clause(const dyad_cd_ctx *c, int node)
{
    int m = dyad_cd_node(c, node)->first, s = m >= 0 ? dyad_cd_node(c, m)->next : -1;
    int vp = s >= 0 && dyad_cd_label_is(c, s, "S") ? dyad_cd_node(c, s)->first : -1;
    return dyad_cd_label_is(c, node, "SBAR") && dyad_cd_isleaf(c, m) &&
           (dyad_is(c->up[dyad_cd_node(c, m)->tok], "IN") ||
            dyad_is(c->up[dyad_cd_node(c, m)->tok], "BY")) &&
           vp >= 0 && dyad_cd_label_is(c, vp, "VP") && dyad_cd_node(c, vp)->first >= 0 &&
           dyad_cd_label_is(c, dyad_cd_node(c, vp)->first, "VBG");
}

static const char *const S_cond_words[] = {"IF", "UNLESS", NULL};

/* Is node an if-clause: an SBAR whose first word is "if" or "unless" (a condition
 * too: "will impose sanctions unless Ankara drops the purchase")? */
int dyad_cd_if_clause(const dyad_cd_ctx *c, int node)
{
    int m = dyad_cd_node(c, node)->first;
    return dyad_cd_label_is(c, node, "SBAR") && m >= 0 && dyad_cd_isleaf(c, m) &&
           dyad_among(c->up[dyad_cd_node(c, m)->tok], S_cond_words);
}

/* The entity of the subject of if-clause sbar ("if the United States attacks"), or of
 * the agent of a passive one ("if the tariffs are not dropped by Canada"); -1 none.
 * Where the parser joined the condition and what follows it in one clause ("said if
 * (S (S Congress passed the bill) , (S the EC would retaliate))"), the first is the
 * condition. */
static int S_if_subject(const dyad_cd_ctx *c, int sbar)
{
    for (int s = dyad_cd_node(c, dyad_cd_node(c, sbar)->first)->next; s >= 0;
         s = dyad_cd_node(c, s)->next) {
        int subj = -1, by, np;
        if (dyad_cd_label_is(c, s, "S") && dyad_cd_node(c, s)->first >= 0 &&
            dyad_cd_label_is(c, dyad_cd_node(c, s)->first, "S"))
            s = dyad_cd_node(c, s)->first;
        for (int ch = dyad_cd_label_is(c, s, "S") ? dyad_cd_node(c, s)->first : -1; ch >= 0;
             ch = dyad_cd_node(c, ch)->next) {
            if (dyad_cd_label_is(c, ch, "NP") && subj < 0)
                subj = dyad_cd_phrase_entity(c, ch, (int)c->nit);
            if (!dyad_cd_label_is(c, ch, "VP") || S_passive(c, ch, &by, &np) < 0 || !by)
                continue;
            for (size_t k = (size_t)ch + 1; k < c->t->nn &&
                 c->t->n[k].depth > dyad_cd_node(c, ch)->depth;
                 k++)
                if (dyad_cd_label_is(c, (int)k, "PP") && !strcmp(c->up[c->t->n[k].tok], "BY"))
                    return dyad_cd_phrase_entity(c, (int)k, (int)c->nit);
        }
        if (dyad_cd_label_is(c, s, "S"))
            return subj;
    }
    return -1;
}

/* The if-clause of reported clause cl that the parser hung on the verb of saying, before
 * cl or right after it, rather than in it: "said if Washington imposed the levies, Canada
 * would respond" read as (VP said (SBAR if ...) , (SBAR (S Canada would ...))), also with
 * "that" ("told Bentsen that if the bill passed, the EC will retaliate") or as one
 * if-clause holding both ((SBAR if (S (S the bill passed) , (S the EC would ...)))), and
 * "said that sanctions would be imposed if Ankara switched the system on" read as (VP said
 * (SBAR that ...) (SBAR if ...)). A saying is told as done, so the condition is of what
 * it reports, as much as one inside the clause. Only punctuation may stand between the
 * two. -1 none. */
static int S_cond_outside(const dyad_cd_ctx *c, int cl)
{
    for (int n = cl, p; (p = dyad_cd_node(c, n)->parent) >= 0; n = p) {
        int first = dyad_cd_node(c, p)->first;
        if (dyad_cd_label_is(c, p, "S") && first != n && dyad_cd_label_is(c, first, "S") &&
            dyad_cd_node(c, p)->parent >= 0 && dyad_cd_if_clause(c, dyad_cd_node(c, p)->parent))
            return dyad_cd_node(c, p)->parent;
        int prev = -1, next = -1, seen = 0; /* n's neighbours that are no punctuation */
        for (int ch = first; ch >= 0 && next < 0; ch = dyad_cd_node(c, ch)->next) {
            int word = ch != n && (!dyad_cd_isleaf(c, ch) ||
                                   isalnum((unsigned char)c->up[dyad_cd_node(c, ch)->tok][0]));
            seen |= ch == n;
            if (word && !seen)
                prev = ch;
            else if (word)
                next = ch;
        }
        int m = prev >= 0 ? dyad_cd_node(c, prev)->first : -1;
        int m2 = m >= 0 && dyad_cd_isleaf(c, m) && dyad_is(c->up[dyad_cd_node(c, m)->tok], "THAT")
                     ? dyad_cd_node(c, m)->next
                     : -1;
        if (prev >= 0 && (dyad_cd_if_clause(c, prev) ||
                          (m2 >= 0 && dyad_cd_isleaf(c, m2) &&
                           dyad_among(c->up[dyad_cd_node(c, m2)->tok], S_cond_words))))
            return prev;
        if (dyad_cd_label_is(c, p, "VP"))
            return next >= 0 && dyad_cd_if_clause(c, next) ? next : -1;
        if (!dyad_cd_label_is(c, p, "S") && !dyad_cd_label_is(c, p, "SBAR"))
            return -1;
    }
    return -1;
}

/* Is the verb at item vi, of verb block blk, whose phrase ends before item end, a vow
 * (PROMISE's block) followed by "to" and a verb of force whose object is party item
 * tgt ("vowed to attack the United States", "pledged to strike government targets")?
 * A vow, a pledge or a promise of force to someone is a threat of it (138), not the
 * intent to cooperate its block codes; a block pattern could not say so, since the
 * block's "intends to" and "plans to" would read it too (the act planned, no threat),
 * and an agreement (AGREE, also 030) to "take control" of a firm is none. The
 * infinitive is read as the coder reads a verb, its first entry that fits, so
 * "promised to strike a deal with Iran" (STRIKE_A_DEAL) stays a promise. */
static int S_vowed_force(const dyad_cd_ctx *c, int blk, int vi, int end, int tgt)
{
    int v = c->it[vi].tok + 2, first, last, vow = 0;
    for (int k = dyad_dict_verb(c->d, "PROMISE", 7); k >= 0; k = c->d->verb.v[k].next)
        vow |= c->d->verb.v[k].block == blk && !c->d->verb.v[k].npre && !c->d->verb.v[k].npost;
    int inf = v < (int)c->t->ntok ? dyad_cd_item_of_tok(c, vi, end, v) : -1;
    if (!vow || tgt < 0 || c->it[tgt].type < I_NES || inf < 0 ||
        c->ent[c->it[tgt].ent].tok0 != v + 1 || !dyad_is(c->up[v - 1], "TO") ||
        strncmp(dyad_cd_node(c, c->t->tok_node[v])->label, "VB", 2))
        return 0;
    int head = dyad_dict_verb(c->d, c->up[v], strlen(c->up[v]));
    const dyad_verb *e = S_fitting_entry(c, head, inf, end, 0, &first, &last);
    return e && S_force_root(dyad_dict_str(c->d, e->code));
}

/* The entity of a phrase of "against" after the verb of verb phrase vp, the party a
 * promised response names ("will retaliate against U.S. exports if Congress passes the
 * bill"); -1 none. */
static int S_against(const dyad_cd_ctx *c, int vp)
{
    for (int ch = dyad_cd_node(c, vp)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next)
        if (dyad_cd_label_is(c, ch, "PP") && dyad_is(c->up[dyad_cd_node(c, ch)->tok], "AGAINST"))
            return dyad_cd_phrase_entity(c, ch, (int)c->nit);
    return -1;
}

/* Does a word of list `words` stand in verb phrase vp outside its clauses ("respond
 * positively", not "respond if Washington makes an offer")? */
static int S_vp_says(const dyad_cd_ctx *c, int vp, const char *const *words)
{
    for (int ch = dyad_cd_node(c, vp)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next) {
        if (dyad_cd_label_is(c, ch, "SBAR"))
            continue;
        for (size_t k = (size_t)ch;
             k == (size_t)ch || (k < c->t->nn && c->t->n[k].depth > dyad_cd_node(c, ch)->depth);
                 k++)
            if (dyad_cd_isleaf(c, (int)k) && dyad_among(c->up[c->t->n[k].tok], words))
                return 1;
    }
    return 0;
}

/* A response promised on a condition ("If the United States imposes sanctions on us,
 * we will retaliate", "Iran will respond decisively if Israel attacks", "Moscow will
 * answer back with force if Iran attacks", "would respond to any aggression by the
 * United States"): verb phrase vp of "retaliate",
 * "respond" or "answer back" (of any verb when `any`: "I will increase
 * the tariffs"), under "will", "would" or "shall", in a clause with an if-clause of its
 * own or a phrase of "any" hostile act after the verb; not an answer in kind to an
 * offer ("would respond positively if", "will respond to the proposal if"). Returns 1
 * and sets *cond to the item of the if-clause's subject, or of the phrase's actor (-1
 * when it names none). Returns 2, *cond -1, for "retaliate" or "avenge" so promised
 * with no condition ("Tehran said it would retaliate for the American strike", "'We
 * will retaliate,' the minister said", "Iran would avenge the attack with a crushing
 * blow"): a retaliation is hostile whatever it answers; a
 * response only when its words say so, by what it answers or how ("Beijing said it
 * would respond to the American tariffs", "will respond firmly"), since it may answer
 * a request or a market ("would respond to the plea", "sales would respond to a lower
 * dollar"). */
static int S_promised_response(const dyad_cd_ctx *c, int vp, int any, int *cond)
{
    static const char *const back[] = {"BACK", NULL};
    static const char *const kind[] = {"POSITIVELY", "FAVORABLY",  "FAVOURABLY",
                                       "CONSTRUCTIVELY", "FLEXIBLY", "OFFER",
                                       "OFFERS", "PROPOSAL", "PROPOSALS", "INVITATION",
                                       "REQUEST", "LETTER", "QUESTIONS", "APPEAL", NULL};
    static const char *const modal[] = {"WILL", "WOULD", "SHALL", "'LL", NULL};
    /* a response the words of its phrase make hostile: how, or the hostile act it
     * answers */
    static const char *const hostile[] = {
        "FIRMLY",    "RESOLUTELY", "DECISIVELY", "FORCEFULLY", "HARSHLY",     "SEVERELY",
        "MILITARILY", "FORCE",     "COUNTERMEASURES", "TARIFFS", "SANCTIONS", "ATTACK",
        "ATTACKS",   "AGGRESSION", "STRIKE",     "STRIKES",    "PROVOCATION", "PROVOCATIONS",
        NULL};
    const char *w = c->up[dyad_cd_node(c, dyad_cd_node(c, vp)->first)->tok];
    int is = any || (dyad_response_word(w, strlen(w)) &&
                     (strcmp(w, "ANSWER") || S_vp_says(c, vp, back)) && !S_vp_says(c, vp, kind)),
        md = 0;
    int top = vp;
    for (int up = dyad_cd_node(c, top)->parent; is && up >= 0; up = dyad_cd_node(c, top)->parent) {
        /* also through the infinitive of a verb of readiness: "will not hesitate to shut
         * the power off", "would have to retaliate", "would be forced to respond" */
        int to = dyad_cd_node(c, top)->first;
        if (dyad_cd_label_is(c, up, "S") && dyad_cd_node(c, up)->first == top && to >= 0 &&
            dyad_cd_label_is(c, to, "TO") && dyad_cd_node(c, up)->parent >= 0 &&
            dyad_cd_label_is(c, dyad_cd_node(c, up)->parent, "VP"))
            up = dyad_cd_node(c, up)->parent;
        else if (!dyad_cd_label_is(c, up, "VP"))
            break;
        top = up;
        int v = dyad_cd_node(c, top)->first;
        md |= v >= 0 && dyad_cd_isleaf(c, v) && dyad_among(c->up[dyad_cd_node(c, v)->tok], modal);
    }
    int cl = md ? dyad_cd_node(c, top)->parent : -1;
    if (cl < 0 || dyad_cd_node(c, cl)->label[0] != 'S')
        return 0;
    /* a hostile act of anyone's, "any", after the verb: "Iran would respond decisively
     * to any aggressive measure by the United States" (if the United States acts) */
    for (int ch = dyad_cd_node(c, vp)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next) {
        const dyad_tnode *x = dyad_cd_node(c, ch);
        int k = x->tok;
        if (!dyad_cd_label_is(c, ch, "PP") && !dyad_cd_label_is(c, ch, "NP"))
            continue;
        if (dyad_cd_label_is(c, ch, "PP") && k + 1 < x->tok_end)
            k++;
        for (int j = k + 1; k >= 0 && dyad_is(c->up[k], "ANY") && j <= k + 3 && j < x->tok_end;
             j++)
            if (dyad_hostile_word(c->up[j], strlen(c->up[j]))) {
                *cond = dyad_cd_phrase_entity(c, ch, (int)c->nit);
                return 1;
            }
    }
    /* the if-clause: before the subject ("If X ..., we will") or after the verb */
    for (int n = vp;; n = dyad_cd_node(c, n)->parent) {
        for (int ch = dyad_cd_node(c, n)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next)
            if (dyad_cd_if_clause(c, ch)) {
                *cond = S_if_subject(c, ch);
                return 1;
            }
        int outside = n == cl ? S_cond_outside(c, cl) : -1;
        if (outside >= 0 && (*cond = S_if_subject(c, outside)) >= 0)
            return 1;
        if (n == cl)
            return !any && (!strcmp(w, "RETALIATE") || !strcmp(w, "AVENGE") ||
                            (!strcmp(w, "RESPOND") && S_vp_says(c, vp, hostile)))
                       ? 2
                       : 0;
    }
}

/* The first if-clause below node, whatever it names (a condition may name no party:
 * "if the tax is approved"); -1 none. */
static int S_if_node(const dyad_cd_ctx *c, int node)
{
    for (size_t k = (size_t)node + 1; k < c->t->nn; k++) {
        int p = (int)k;
        while (p >= 0 && p != node)
            p = dyad_cd_node(c, p)->parent;
        if (p == node && dyad_cd_if_clause(c, (int)k))
            return (int)k;
    }
    return -1;
}

/* The subject of the first if-clause below node ("warned that Turkey could close the
 * base if Washington imposed sanctions"), as in S_if_subject; -1 none. */
static int S_if_below(const dyad_cd_ctx *c, int node)
{
    int k = S_if_node(c, node);
    return k >= 0 ? S_if_subject(c, k) : -1;
}

/* The nouns of what one party says of another, a claim it may reject or deny. */
static const char *const S_claim_nouns[] = {
    "ACCUSATION", "ACCUSATIONS", "ALLEGATION", "ALLEGATIONS", "ASSERTION", "ASSERTIONS",
    "CHARGE",     "CHARGES",     "CLAIM",      "CLAIMS",      "CONTENTION", "REPORT",
    "REPORTS",    "RUMORS",      "RUMOURS",    "SPECULATION", "SUGGESTION", "SUGGESTIONS",
    NULL};

int dyad_cd_claim_noun(const char *w)
{
    return dyad_among(w, S_claim_nouns);
}

/* Does phrase node end in a claim's noun? A phrase of no words, which a supplied tree
 * may hold ("(NP)"), has no last word to read. */
static int S_ends_in_claim(const dyad_cd_ctx *c, int node)
{
    const dyad_tnode *x = dyad_cd_node(c, node);
    return x->tok_end > x->tok && dyad_among(c->up[x->tok_end - 1], S_claim_nouns);
}

/* In an article, the first item, among [from, to), of a clause of what a claim says in
 * verb phrase vp: "that" and a clause after a noun of claiming ("rejected claims that
 * it supplied drones to Russia", "rejected a U.K. suggestion that his country seek IMF
 * help", also in the phrase of a verdict: "dismissed as baseless reports that"), not an
 * object's relative clause ("the charges that South Africa brought"). What the claim
 * says is neither what is rejected nor whom; -1 none. */
static int S_claim_clause(const dyad_cd_ctx *c, int vp, int from, int to)
{
    const dyad_tree *t = c->t;
    for (size_t k = (size_t)vp + 1; k < t->nn && t->n[k].depth > t->n[vp].depth; k++) {
        int lead = t->n[k].first, pron;
        if (!dyad_cd_label_is(c, (int)k, "SBAR") || lead < 0 || t->n[k].tok < 0 ||
            !dyad_is(c->up[t->n[k].tok], "THAT"))
            continue;
        int prev = -1, pp = -1; /* the noun's phrase before the clause, past a phrase of
                                   its claimant ("claims by opposition MPs that") */
        for (int ch = dyad_cd_node(c, t->n[k].parent)->first; ch >= 0 && ch != (int)k;
             ch = dyad_cd_node(c, ch)->next)
            pp = prev, prev = ch;
        if (prev >= 0 && dyad_cd_label_is(c, prev, "PP") && !S_ends_in_claim(c, prev))
            prev = pp;
        if (prev < 0 ||
            (!dyad_cd_label_is(c, prev, "NP") && !dyad_cd_label_is(c, prev, "PP") &&
             strncmp(dyad_cd_node(c, prev)->label, "NN", 2)) ||
            !S_ends_in_claim(c, prev) ||
            dyad_cd_object_relative(
                c, dyad_cd_label_is(c, lead, "S") ? lead : dyad_cd_node(c, lead)->next,
                &pron) >= 0)
            continue;
        for (int it = from; it < to; it++) {
            const dyad_cd_item *x = &c->it[it];
            int tok = x->type == I_WORD || x->type == I_COMMA ? x->tok
                      : x->type == I_NES || x->type == I_NECS ? c->ent[x->ent].tok0
                                                              : -1;
            if (tok >= t->n[k].tok)
                return it;
        }
        return -1;
    }
    return -1;
}

/* Roots of verbs that say what their subject thinks or says of their object (a
 * statement, appeal, talk, praise, criticism or rejection), and of those that only
 * judge it (praise, criticism, rejection): S_stance_verb. */
static const char *const S_stance_roots[] = {"01", "02", "04", "05", "11", "12", NULL};
static const char *const S_judging_roots[] = {"05", "11", "12", NULL};

/* Is the word at token tok a verb of the dictionary whose own code is of one of roots
 * (or, for S_stance_roots, a paired code): one that says what its subject thinks or
 * says of its object rather than makes or does it? */
static int S_stance_verb(const dyad_cd_ctx *c, int tok, const char *const *roots)
{
    const char *w = c->up[tok];
    for (int k = dyad_dict_verb(c->d, w, strlen(w)); k >= 0; k = c->d->verb.v[k].next) {
        const char *code = dyad_dict_str(c->d, c->d->verb.v[k].code);
        char root[3] = {code[0], code[0] ? code[1] : 0, 0};
        if (!c->d->verb.v[k].npre && !c->d->verb.v[k].npost &&
            ((roots == S_stance_roots && strchr(code, ':')) || dyad_among(root, roots)))
            return 1;
    }
    return 0;
}

/* Code prefixes of participles whose doer is no side of the verb on their noun
 * (S_participle_doer_in): mediation; force or coercion done to the noun itself, not
 * occupation (192) nor measures (172), whose doer holds or rules what the noun names
 * ("shelled positions occupied by Israel" shells Israel). */
static const char *const S_mediation[] = {"045", NULL};
static const char *const S_coercion[] = {"171", "173", "174", "175", "18",  "190",
                                         "191", "193", "194", "195", "196", "20",  NULL};

/* Is the item at it, inside verb phrase vp's object, the doer a participle with "by"
 * names whose verb codes an act with one of the code prefixes codes (NULL-terminated):
 * of mediation ("signed an accord brokered by Egypt", "a truce mediated by Qatar") or
 * of force done to the object's noun ("inspected freighters attacked by Iranian
 * gunboats"), whom it names is no side of vp's act? */
static int S_participle_doer_in(const dyad_cd_ctx *c, int vp, int it,
                                const char *const *codes)
{
    if (it < 0 || c->it[it].type != I_NES)
        return 0;
    for (int n = c->t->tok_node[c->ent[c->it[it].ent].tok0]; n >= 0 && n != vp;
         n = dyad_cd_node(c, n)->parent) {
        if (!dyad_cd_label_is(c, n, "VP") || !dyad_cd_by_participle(c, n, 1))
            continue;
        const char *w = c->up[dyad_cd_node(c, dyad_cd_node(c, n)->first)->tok];
        for (int k = dyad_dict_verb(c->d, w, strlen(w)); k >= 0; k = c->d->verb.v[k].next)
            for (int i = 0; codes[i] && !c->d->verb.v[k].npre && !c->d->verb.v[k].npost; i++)
                if (!strncmp(dyad_dict_str(c->d, c->d->verb.v[k].code), codes[i],
                             strlen(codes[i])))
                    return 1;
    }
    return 0;
}

/* In an article, the author of what a criticism, rejection or praise in verb phrase vp
 * is of: the subject of an object's relative clause on its object ("rejected the
 * charges that South Africa brought against it", "condemned the sanctions Washington
 * imposed", "welcomed the offer Tokyo made"), not of a participle with "by" the parser
 * drew as such a clause ("reports that (Rohirric troops attacked by Arnor)": the troops
 * are no author); -1 none. */
static int S_object_author(const dyad_cd_ctx *c, int vp)
{
    for (int np = dyad_cd_node(c, vp)->first; np >= 0; np = dyad_cd_node(c, np)->next) {
        if (!dyad_cd_label_is(c, np, "NP"))
            continue;
        for (int ch = dyad_cd_node(c, np)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next) {
            int lead = dyad_cd_label_is(c, ch, "SBAR") ? dyad_cd_node(c, ch)->first : -1, pron, emb;
            int rel = lead < 0 ? -1
                      : dyad_cd_object_relative(c, dyad_cd_label_is(c, lead, "S") ? lead
                                                                       : dyad_cd_node(c,
                                                                                      lead)->next,
                                                &pron);
            for (int k = rel >= 0 ? dyad_cd_node(c, rel)->first : -1; k >= 0;
                 k = dyad_cd_node(c, k)->next)
                if (dyad_cd_label_is(c, k, "PP") && dyad_is(c->up[dyad_cd_node(c, k)->tok], "BY"))
                    rel = -1;
            int v = rel >= 0 ? dyad_cd_node(c, rel)->first : -1;
            if (v >= 0 && ((!strncmp(dyad_cd_node(c, v)->label, "VB", 2) &&
                            (S_stance_verb(c, dyad_cd_node(c, v)->tok, S_judging_roots) ||
                             dyad_cd_naming_verb(c->up[dyad_cd_node(c, v)->tok]))) ||
                           S_in_act_judgement(c, dyad_cd_node(c, v)->tok)))
                return -1; /* "praised the accord, which Iran rejected", "rejected the
                            * proposal, which Israel called illegal": Iran and Israel
                            * only judged it; so, of the act, in "rejected the proposal,
                            * a move Israel described as a provocation" */
            if (rel >= 0)
                return S_subject(c, rel, (int)c->nit, &emb);
        }
    }
    return -1;
}

/* Nouns that, set off after a verb's own phrases, name the verb's act itself, not its
 * object: "rejected the proposal, a move Israel condemned". */
static const char *const S_act_nouns[] = {"MOVE", "DECISION", "STEP", "ACTION", "MEASURE",
                                          "GESTURE", NULL};

/* Is the noun phrase of tokens [t0, t1) one of an act's noun (S_act_nouns) set off by a
 * comma, after its article or adjectives? */
static int S_set_off_act(const dyad_cd_ctx *c, int t0, int t1)
{
    while (t0 > 0 && (dyad_cd_label_is(c, c->t->tok_node[t0 - 1], "DT") ||
                      !strncmp(dyad_cd_node(c, c->t->tok_node[t0 - 1])->label, "JJ", 2)))
        t0--;
    return t0 > 0 && t1 > t0 && !strcmp(c->up[t0 - 1], ",") &&
           dyad_among(c->up[t1 - 1], S_act_nouns);
}

/* Is token tok in a relative clause on such a noun ("rejected the proposal, a move
 * Israel described as a provocation")? Who is named there judges the act, and is no
 * party of it. */
static int S_in_act_judgement(const dyad_cd_ctx *c, int tok)
{
    for (int p = c->t->tok_node[tok]; p >= 0; p = dyad_cd_node(c, p)->parent) {
        int np = dyad_cd_node(c, p)->parent, head = np >= 0 ? dyad_cd_node(c, np)->first : -1;
        if (!dyad_cd_label_is(c, p, "SBAR") || !dyad_cd_label_is(c, np, "NP"))
            continue;
        return head != p && dyad_cd_label_is(c, head, "NP") &&
               S_set_off_act(c, dyad_cd_node(c, head)->tok, dyad_cd_node(c, head)->tok_end);
    }
    return 0;
}

/* In an article, the doer of the verb whose object the antecedent of the object's
 * relative clause vp is: what a clause of criticism or rejection is about was that one's
 * offer, plan or act ("Israel offered a truce, which Hamas rejected", "the Council
 * adopted a resolution, which Israel rejected"), also when that verb coded no event
 * towards the critic; not one that only judged it ("Reagan praised the accord, which Iran
 * rejected"), unless the antecedent is a noun of an act (S_act_nouns) set off after the
 * verb's object, which names the judging itself ("Hamas rejected the proposal, a move
 * Israel condemned"); nor one in a reported clause, whose claim is the reporter's
 * ("Russia said its ships fired warning shots, a claim London denied"); -1 none. */
static int S_antecedent_doer(const dyad_cd_ctx *c, int vp, int vitem)
{
    int ant = dyad_cd_relative_antecedent(c, vp, vitem), emb = 0;
    if (ant < 0)
        return -1;
    int act = S_set_off_act(c, c->ent[c->it[ant].ent].tok0, c->ent[c->it[ant].ent].tok1);
    for (int np = c->t->tok_node[c->ent[c->it[ant].ent].tok0]; np >= 0;
         np = dyad_cd_node(c, np)->parent) {
        const char *l = dyad_cd_node(c, np)->label;
        int up = dyad_cd_node(c, np)->parent, v = up >= 0 ? dyad_cd_node(c, up)->first : -1;
        if (strcmp(l, "NP") && strcmp(l, "DT") && strncmp(l, "NN", 2) && strncmp(l, "JJ", 2))
            return -1; /* the phrase is in a PP or a clause, no object */
        if (up < 0 || !dyad_cd_label_is(c, up, "VP"))
            continue;
        for (int ch = v; ch >= 0 && ch != np; ch = dyad_cd_node(c, ch)->next)
            if (dyad_cd_label_is(c, ch, "PP") || dyad_cd_label_is(c, ch, ":"))
                return -1; /* a phrase set off after the verb's other phrases: "spoke
                            * out against the decision -- an offer Moscow spurned" */
        while (act && dyad_cd_label_is(c, v, "VP")) /* the act's noun set after the verb's
                                                      * own phrase: "(VP (VP accepted
                                                      * X) , a step ...)" */
            v = dyad_cd_node(c, v)->first;
        int doer = !strncmp(dyad_cd_node(c, v)->label, "VB", 2) &&
                           (act || !S_stance_verb(c, dyad_cd_node(c, v)->tok, S_stance_roots))
                       ? S_subject(c, up, ant, &emb)
                       : -1;
        return emb ? -1 : doer;
    }
    return -1;
}

/* The token of the noun of a claim (S_claim_nouns) that the object's relative clause of
 * verb phrase vp is on ("a charge the ministry rejected", "allegations which Moscow
 * denied"), the head of the phrase before the clause; -1 when vp is no such clause's verb
 * or the phrase names no claim. */
static int S_claim_noun(const dyad_cd_ctx *c, int vp)
{
    int pron, s = dyad_cd_vp_clause(c, vp);
    if (s < 0 || dyad_cd_object_relative(c, s, &pron) != vp)
        return -1;
    int sb = dyad_cd_node(c, s)->parent, np = sb >= 0 ? dyad_cd_node(c, sb)->parent : -1, ant = -1;
    if (sb < 0 || !dyad_cd_label_is(c, sb, "SBAR") || np < 0 || !dyad_cd_label_is(c, np, "NP"))
        return -1;
    for (int ch = dyad_cd_node(c, np)->first; ch >= 0 && ch != sb; ch = dyad_cd_node(c, ch)->next)
        if (!dyad_cd_label_is(c, ch, ","))
            ant = ch;
    return ant >= 0 && S_ends_in_claim(c, ant) ? dyad_cd_node(c, ant)->tok_end - 1 : -1;
}

/* Is verb leaf v's object, right after it, a claim's own phrase ("reiterated the claim
 * that ...", "repeated their allegations that ...")? Whoever voices a claim so is its
 * maker, whatever the verb: not every verb of voicing is one of saying. */
static int S_voices_claim(const dyad_cd_ctx *c, int v)
{
    int obj = S_head_phrase(c, dyad_cd_node(c, v)->next);
    return obj >= 0 && dyad_cd_label_is(c, obj, "NP") && S_ends_in_claim(c, obj);
}

/* In an article, the maker of the claim an object's relative clause of verb phrase vp
 * is on (S_claim_noun), whom its rejection or denial answers: the subject of the nearest
 * verb above the noun that says or judges or voices the claim (S_voices_claim), not one
 * of a deed the claim tells ("Iran said its tanker was hit by an Israeli mine, a charge
 * Israel denied": Iran's, not the mine's; "Israel blamed the group for the strike, a
 * claim the group rejected"; "Pakistan repeated its claim that the attack was planned
 * in Afghanistan, a charge Kabul rejected"), past a gerund with no subject of its own
 * ("accused Moscow of meddling in the vote, allegations which Moscow denied"); -1
 * none. */
static int S_claim_maker(const dyad_cd_ctx *c, int vp)
{
    int noun = S_claim_noun(c, vp), emb, who = -1;
    for (int p = noun >= 0 ? c->t->tok_node[noun] : -1; p >= 0 && who < 0;
         p = dyad_cd_node(c, p)->parent) {
        int v = dyad_cd_node(c, p)->first;
        while (v >= 0 && dyad_cd_label_is(c, v, "VP")) /* the phrase set after a verb's
                                                          own: "(VP (VP accused X) , a
                                                          charge ...)" */
            v = dyad_cd_node(c, v)->first;
        int tok = v >= 0 ? dyad_cd_node(c, v)->tok : -1;
        if (dyad_cd_label_is(c, p, "VP") && v >= 0 && dyad_cd_isleaf(c, v) &&
            !strncmp(dyad_cd_node(c, v)->label, "VB", 2) &&
            (S_stance_verb(c, tok, S_stance_roots) ||
             dyad_say_word(c->up[tok], strlen(c->up[tok])) || S_voices_claim(c, v)))
            who = S_subject(c, p, (int)c->nit, &emb);
    }
    return who;
}

/* Does verb phrase vp name a claim (S_claim_nouns) as what it is about: the head of its
 * object ("rejected charges that its boats were spying", "denied the allegations of
 * bribery"), or the noun its object's relative clause is on (S_claim_noun)? */
static int S_claim_object(const dyad_cd_ctx *c, int vp)
{
    int np = dyad_cd_node(c, vp)->first;
    while (np >= 0 && !dyad_cd_label_is(c, np, "NP"))
        np = dyad_cd_node(c, np)->next;
    np = S_head_phrase(c, np);
    return (np >= 0 && S_ends_in_claim(c, np)) || S_claim_noun(c, vp) >= 0;
}

/* In an article, the doer of an active verb that codes no event but whose act a noun
 * names ("the lower house voted to extend the president's term": "the extension" is
 * the lower house's) is remembered (dyad_cd_remember): its clause's subject, else the actor
 * before it. A participle of a noun ("a decree extending the curfew") has no doer of
 * its own. 0 ok, -1 ENOMEM. */
static int S_remember_act(dyad_cd_ctx *c, const dyad_cd_verbc *vc, int vitem)
{
    const char *w = c->up[c->it[vitem].tok];
    int top = dyad_cd_top_vp(c, vc->vp);
    int s = dyad_cd_node(c, top)->parent;
    if (!dyad_coref_act_verb(w) || s < 0 || dyad_cd_node(c, s)->label[0] != 'S')
        return 0;
    int nup, nlow, embedded;
    S_sequences(c, vitem, vitem, vitem, vc->end_own, &nup, &nlow);
    int src = S_subject(c, vc->vp, vitem, &embedded);
    if (src < 0)
        src = S_find_source(c, c->seq_up, nup);
    return src >= 0 && dyad_cd_coded(c, src) ? dyad_cd_remember(c, src, NULL, w) : 0;
}

/* Has node n a noun phrase among its own children: a verb phrase's object, a clause's
 * subject (not "to weaponize the Council")? */
static int S_np_child(const dyad_cd_ctx *c, int n)
{
    for (int ch = dyad_cd_node(c, n)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next)
        if (dyad_cd_label_is(c, ch, "NP"))
            return 1;
    return 0;
}

/* Is verb phrase vp an -ing participle right after a noun phrase that names a thing:
 * no actor, agent or arms among its words, no time and no writing ("a report criticising
 * China", "blew up a pylon supplying the capital", the participle in the noun's phrase
 * or beside it in the verb's)? The participle tells what the thing does, and no one the
 * sentence names does it; arms and forces act for whoever uses them ("launched missiles
 * targeting Kyiv", "sent warships escorting the tankers"), words, a resolution or a
 * campaign for whoever voiced or waged it ("passed a resolution calling for action",
 * "in a speech praising the government"), time spent for its spender
 * ("spent much time discussing trade"), and a named or owned thing may be its owner's
 * ("North's suit challenging the law"). */
static int S_thing_participle(const dyad_cd_ctx *c, int vp)
{
    static const char *const sets[] = {"&MILITARY", "&WARMACHINE", "&ARMED", "&WEAPON",
                                       "&WRITING", NULL};
    static const char *const own[] = {
        "TIME",       "DAYS",        "HOURS",     "WEEKS",    "MONTHS",      "YEARS",
        "RESOLUTION", "RESOLUTIONS", "PETITION",  "PETITIONS", "MOTION",     "DECREE",
        "ORDER",      "COMMUNIQUE",  "DECLARATION", "SPEECH", "SPEECHES",    "ADDRESS",
        "REMARKS",    "INTERVIEW",   "ARTICLE",   "EDITORIAL", "COMMENTARY", "BROADCAST",
        "CALL",       "CAMPAIGN",    "VISIT",     "TRIP",     "TOUR",        NULL};
    if (!dyad_cd_label_is(c, dyad_cd_node(c, vp)->first, "VBG"))
        return 0;
    int n = vp, p = dyad_cd_node(c, vp)->parent;
    if (p >= 0 && dyad_cd_label_is(c, p, "S") && dyad_cd_node(c, p)->first == vp)
        n = p, p = dyad_cd_node(c, p)->parent; /* (S (VP challenging ...)) */
    if (p < 0 || !(dyad_cd_label_is(c, p, "NP") || dyad_cd_label_is(c, p, "VP")))
        return 0;
    int np = -1;
    for (int ch = dyad_cd_node(c, p)->first; ch >= 0 && ch != n; ch = dyad_cd_node(c, ch)->next)
        np = ch;
    if (np < 0 || !dyad_cd_label_is(c, np, "NP") || dyad_cd_time_np(c, np))
        return 0;
    int t0 = dyad_cd_node(c, np)->tok, t1 = dyad_cd_node(c, np)->tok_end, len;
    if (t1 != dyad_cd_node(c, vp)->tok ||
        strncmp(dyad_cd_node(c, c->t->tok_node[t1 - 1])->label, "NN", 2) ||
        dyad_among(c->up[t1 - 1], own))
        return 0;
    for (int k = t0; k < t1; k++) {
        const char *tag = dyad_cd_node(c, c->t->tok_node[k])->label;
        if (dyad_cd_longest(&c->d->actors, c->up + k, t1 - k, &len) >= 0 ||
            dyad_cd_longest(&c->d->agents, c->up + k, t1 - k, &len) >= 0 ||
            !strncmp(tag, "PRP", 3) || !strncmp(tag, "NNP", 3) || !strcmp(tag, "POS") ||
            !strcmp(tag, "CD"))
            return 0; /* a name or an owner may be the doer ("North's suit challenging") */
    }
    for (int i = 0; sets[i]; i++)
        if (dyad_cd_synset_at(c, sets[i], t0, t1))
            return 0;
    return 1;
}

/* Is verb phrase vp a thing's act (S_thing_participle), or a verb of one's clause
 * ("a law empowering the prosecutor to investigate arms sales")? */
static int S_thing_act(const dyad_cd_ctx *c, int vp)
{
    for (int n = vp; n >= 0; n = dyad_cd_node(c, n)->parent) {
        if (dyad_cd_label_is(c, n, "VP") && S_thing_participle(c, n))
            return 1;
        if (!dyad_cd_label_is(c, n, "VP") && !(dyad_cd_label_is(c, n, "S") && !S_np_child(c, n)))
            return 0;
    }
    return 0;
}

/* Does node n open with an infinitive ("to lift the curbs", "not to retaliate")? */
static int S_infinitive(const dyad_cd_ctx *c, int n)
{
    int t = dyad_cd_node(c, n)->tok;
    if (t >= 0 && (size_t)t + 1 < c->t->ntok && !strcmp(c->up[t], "NOT"))
        t++;
    return t >= 0 && !strcmp(c->up[t], "TO");
}

/* Words that open a question asked ("asked whether", "asked if"). */
static const char *const S_question_words[] = {"WHETHER", "IF", NULL};

/* In an article: does the verb at vitem, a form of "ask", ask in its own verb phrase a
 * question of no one it names, a clause of "whether", "if" or a wh-word or a phrase
 * of "about" ("the Fed chairman was asked by reporters if the dollar had peaked",
 * "reporters asked when the president would hold his next news conference", "asked
 * about the reports, he said ...")? A question is no appeal. Not when it asks someone
 * named ("asked Manila whether it could help" may request), nor when it asks for
 * something or asks someone to act ("asked for more time if", "asked to leave"). */
static int S_asked_question(const dyad_cd_ctx *c, int vitem)
{
    int vp = dyad_cd_node(c, c->t->tok_node[c->it[vitem].tok])->parent; /* "asked"'s own */
    if (!c->cr || strncmp(c->up[c->it[vitem].tok], "ASK", 3) || vp < 0 ||
        !dyad_cd_label_is(c, vp, "VP") || S_np_child(c, vp))
        return 0;
    int question = 0;
    for (int ch = dyad_cd_node(c, vp)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next) {
        int m = dyad_cd_node(c, ch)->first;
        const char *w = m >= 0 && dyad_cd_isleaf(c, m) ? c->up[dyad_cd_node(c, m)->tok] : "";
        if ((dyad_cd_label_is(c, ch, "PP") && dyad_is(w, "FOR")) ||
            (dyad_cd_label_is(c, ch, "S") && S_infinitive(c, ch)))
            return 0;
        question |= (dyad_cd_label_is(c, ch, "PP") && dyad_is(w, "ABOUT")) ||
                    (dyad_cd_label_is(c, ch, "SBAR") && m >= 0 &&
                     (dyad_among(w, S_question_words) ||
                      !strncmp(dyad_cd_node(c, m)->label, "WH", 2)));
    }
    return question;
}

/* Is there a figure among the first n words from token t on (before `end`)? An
 * amount said right after a verb or its preposition tells a measure, not an act. */
static int S_figure_near(const dyad_cd_ctx *c, int t, int end, int n)
{
    for (int stop = t + n; t < end && t < stop; t++)
        if (dyad_cd_label_is(c, c->t->tok_node[t], "CD"))
            return 1;
    return 0;
}

/* Does verb phrase vp of "decline" tell a fall ("exports declined 4.1 pct", "output
 * declined to 2,978 units", "income declined from last year") rather than a refusal?
 * Wire copy uses the verb for figures far more than for refusals. A refusal names what
 * is refused right after the verb (past adverbs and a time): an act ("declined to hear
 * the appeal", also "to comment" parsed as a noun) or a thing ("declined an offer",
 * "declined comment"); "by" names who refused ("was declined by Tokyo"). An amount
 * there (a figure in its first words, also after "to" or "by"), another preposition
 * or nothing tells a fall. */
static int S_fall(const dyad_cd_ctx *c, int vp)
{
    static const char *const forms[] = {"DECLINE", "DECLINES", "DECLINED", "DECLINING", NULL};
    int v = dyad_cd_node(c, vp)->first;
    if (v < 0 || !dyad_cd_isleaf(c, v) || !dyad_among(c->up[dyad_cd_node(c, v)->tok], forms))
        return 0;
    for (int ch = dyad_cd_node(c, v)->next; ch >= 0; ch = dyad_cd_node(c, ch)->next) {
        const dyad_tnode *n = dyad_cd_node(c, ch);
        if (n->tok < 0 || dyad_cd_label_is(c, ch, "ADVP") || dyad_cd_label_is(c, ch, "RB") ||
            dyad_cd_label_is(c, ch, ",") ||
            (dyad_cd_label_is(c, ch, "NP") && dyad_cd_time_np(c, ch)))
            continue;
        int t = n->tok + dyad_is(c->up[n->tok], "NOT"), act = dyad_is(c->up[t], "TO");
        if (act && t + 1 < n->tok_end &&
            !strncmp(dyad_cd_node(c, c->t->tok_node[t + 1])->label, "VB", 2))
            return 0;
        if (act || dyad_is(c->up[t], "BY"))
            t++;
        else if (!dyad_cd_label_is(c, ch, "NP"))
            return 1;
        return S_figure_near(c, t, n->tok_end, 3);
    }
    return 1;
}

/* Does the verb at token v ask or decline that its doer go unnamed ("asked not to be
 * named", "declined to be identified", "asked that he not be quoted", "requested
 * anonymity", "spoke on condition of anonymity")? The doer's wish to stay anonymous
 * is how wire copy sources a story, never an appeal or a refusal. A participle with
 * a role after it ("refused to be named as chairman", "declined to be identified with
 * the plan", "named head of the bank") names someone to a post or a side. */
static int S_anonymity(const dyad_cd_ctx *c, int v)
{
    static const char *const unnamed[] = {"NAMED", "IDENTIFIED", "QUOTED", "USED",
                                          "DISCLOSED", "PUBLISHED", "ANONYMOUS", NULL};
    static const char *const stay[] = {"BE", "REMAIN", "STAY", NULL};
    static const char *const role[] = {"AS", "TO", "WITH", "FOR", "IN", NULL};
    int n = (int)c->t->ntok, k = v + 1;
    while (k < n && dyad_cd_label_is(c, c->t->tok_node[k], "RB") && !dyad_is(c->up[k], "NOT"))
        k++; /* "asked specifically not to be named" */
    if (k + 1 < n && (dyad_is(c->up[k], "FOR") || dyad_is(c->up[k], "ON")))
        k++;
    if (k + 2 < n && dyad_is(c->up[k], "CONDITION") && dyad_is(c->up[k + 1], "OF"))
        k += 2;
    else if (k + 3 < n && dyad_is(c->up[k], "THE") && dyad_is(c->up[k + 1], "CONDITION") &&
             dyad_is(c->up[k + 2], "OF"))
        k += 3;
    if (k < n && dyad_is(c->up[k], "ANONYMITY"))
        return 1;
    if (k + 1 < n && dyad_is(c->up[k], "NOT") && dyad_is(c->up[k + 1], "TO"))
        k += 2; /* "(not) to be named" */
    else if (k < n && dyad_is(c->up[k], "TO"))
        k++;
    else if (k < n && dyad_is(c->up[k], "THAT")) { /* "that he not be named" */
        int stop = k + 5;
        while (++k < n && k < stop && !dyad_is(c->up[k], "NOT"))
            ;
        if (k >= n || k >= stop)
            return 0;
        k++;
    } else
        return 0;
    if (k + 1 >= n || !dyad_among(c->up[k], stay) || !dyad_among(c->up[k + 1], unnamed))
        return 0;
    k += 2;
    if (k + 1 < n && dyad_is(c->up[k], "BY"))
        return dyad_is(c->up[k + 1], "NAME");
    return k >= n || (!dyad_among(c->up[k], role) &&
                      strncmp(dyad_cd_node(c, c->t->tok_node[k])->label, "NN", 2) &&
                      strncmp(dyad_cd_node(c, c->t->tok_node[k])->label, "JJ", 2));
}

/* Does verb phrase vp of "trade" tell a price or a move on a market ("Outboard Marine
 * was trading at 33-5/8", "the dollar traded around 142 yen", "it traded at this
 * level", "grades were trading above their official prices", "traded higher")? A
 * market prices what is dealt in, whoever its subject names; no one trades with
 * anyone. A partner ("traded with Cuba") or goods ("trade arms to Iran") tell trade. */
static int S_priced(const dyad_cd_ctx *c, int vp)
{
    static const char *const forms[] = {"TRADE", "TRADES", "TRADED", "TRADING", NULL};
    static const char *const preps[] = {"AT", "AROUND", "NEAR", "ABOVE", "BELOW",
                                        "BETWEEN", "UNDER", "OVER", NULL};
    static const char *const moves[] = {"HIGHER", "LOWER", "UP", "DOWN", "FIRMER",
                                        "WEAKER", "STEADY", "FLAT", "UNCHANGED", NULL};
    static const char *const measures[] = {"LEVEL", "LEVELS", "PRICE", "PRICES", "RATE",
                                           "PAR", "PREMIUM", "DISCOUNT", "LOW", "HIGH",
                                           "LOWS", "HIGHS", NULL};
    int v = dyad_cd_node(c, vp)->first;
    if (v < 0 || !dyad_cd_isleaf(c, v) || !dyad_among(c->up[dyad_cd_node(c, v)->tok], forms))
        return 0;
    for (int ch = dyad_cd_node(c, v)->next; ch >= 0; ch = dyad_cd_node(c, ch)->next) {
        const dyad_tnode *n = dyad_cd_node(c, ch);
        int t = n->tok; /* past a manner's adverb: "trading quietly around 2.95 marks" */
        if (t < 0)
            continue;
        if (t + 1 < n->tok_end && dyad_cd_label_is(c, c->t->tok_node[t], "RB") &&
            !dyad_among(c->up[t], moves) && !dyad_among(c->up[t], preps))
            t++;
        if (dyad_among(c->up[t], moves))
            return 1;
        if (!dyad_among(c->up[t], preps))
            continue;
        if (S_figure_near(c, t + 1, n->tok_end, 4))
            return 1;
        while (++t < n->tok_end)
            if (dyad_among(c->up[t], measures))
                return 1;
    }
    return 0;
}

/* Does node n, after an object, say what that object is asked or warned to do or not
 * to do: an infinitive (S_infinitive), also one the parser set in an SBAR ("urged all
 * countries (SBAR to (S respect ...))"), or "against" and a gerund ("warned European
 * governments against sending missiles to Kyiv")? */
static int S_asked_act(const dyad_cd_ctx *c, int n)
{
    if (!dyad_cd_label_is(c, n, "VP") && !dyad_cd_label_is(c, n, "S") &&
        !dyad_cd_label_is(c, n, "SBAR") && !dyad_cd_label_is(c, n, "PP"))
        return 0;
    if (S_infinitive(c, n))
        return 1;
    int m = dyad_cd_node(c, n)->first, s = m >= 0 ? dyad_cd_node(c, m)->next : -1;
    int vp = s >= 0 && dyad_cd_label_is(c, s, "S") ? dyad_cd_node(c, s)->first : s;
    return m >= 0 && dyad_cd_isleaf(c, m) &&
           !strcmp(c->up[dyad_cd_node(c, m)->tok], "AGAINST") &&
           vp >= 0 && dyad_cd_label_is(c, vp, "VP") && dyad_cd_node(c, vp)->first >= 0 &&
           dyad_cd_label_is(c, dyad_cd_node(c, vp)->first, "VBG");
}

/* Is the "call on" at token vtok a visit: a head of state, minister or envoy (&HOST_)
 * called on with nothing asked of them ("the envoy called on President Sarney", "will
 * call on the king at his palace")? Appeals say what they ask, with a to-infinitive,
 * "for" or "that" ("called on President Reagan to veto the bill"), and name states or
 * groups more than persons ("called on Japan"), so either keeps the appeal. */
static int S_courtesy_call(const dyad_cd_ctx *c, int vtok)
{
    int n = (int)c->t->ntok, party_end = -1;
    if (vtok + 2 >= n || !S_call_on(c, vtok))
        return 0;
    for (int k = vtok + 2; k < n && strcmp(c->up[k], ";"); k++) {
        const char *tag = dyad_cd_node(c, c->t->tok_node[k])->label;
        if (dyad_is(c->up[k], "FOR") || dyad_is(c->up[k], "THAT") ||
            (!strcmp(tag, "TO") && k + 1 < n &&
             !strcmp(dyad_cd_node(c, c->t->tok_node[k + 1])->label, "VB")))
            return 0;
        if (party_end < 0 &&
            (!strcmp(c->up[k], ",") || !strcmp(tag, "IN") || !strcmp(tag, "TO")))
            party_end = k; /* the one called on ends before a list's next or a setting */
    }
    return dyad_cd_synset_at(c, "&HOST", vtok + 2, party_end < 0 ? n : party_end);
}

/* The phrase of whom verb phrase vp asks an act, or warns against one, the object
 * before it (S_asked_act): "urged Congress to approve aid for Ukraine", "called on
 * donors to fund relief for Sudan" ask Congress and the donors, not Ukraine or Sudan,
 * whom the act is for; "warned regional states not to help Israel" warns the states,
 * not Israel; -1 when vp has no such object. The parser may hang the infinitive on
 * the object's own phrase ("asked (the General Agreement on Tariffs and Trade to
 * investigate ...)"): *inf is then the infinitive's first token, whose words are no
 * part of the object, else -1. */
static int S_appealed(const dyad_cd_ctx *c, int vp, int *inf)
{
    *inf = -1;
    for (int ch = dyad_cd_node(c, vp)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next) {
        const dyad_tnode *x = dyad_cd_node(c, ch);
        int np = -1, rest = x->next;
        if (dyad_cd_label_is(c, ch, "NP")) {
            np = ch; /* "urged X [to act]" */
        } else if (dyad_cd_label_is(c, ch, "S") && x->first >= 0 &&
                   dyad_cd_label_is(c, x->first, "NP")) {
            np = x->first; /* "urged [X to act]" */
            rest = dyad_cd_node(c, np)->next;
        } else if (dyad_cd_label_is(c, ch, "PP") && x->first >= 0 && x->tok >= 0 &&
                   (!strcmp(c->up[x->tok], "ON") || !strcmp(c->up[x->tok], "UPON"))) {
            np = dyad_cd_node(c, x->first)->next; /* "called on X [to act]" */
            if (np >= 0 && !dyad_cd_label_is(c, np, "NP"))
                np = -1;
        }
        if (np < 0)
            continue;
        if (rest >= 0 && dyad_cd_label_is(c, rest, "S") && dyad_cd_node(c, rest)->first >= 0 &&
            dyad_cd_label_is(c, dyad_cd_node(c, rest)->first, "VP"))
            rest = dyad_cd_node(c, rest)->first;
        if (rest >= 0)
            return S_asked_act(c, rest) ? np : -1;
        for (int y = np; y >= 0 && dyad_cd_label_is(c, y, "NP"); y = dyad_cd_node(c, y)->last) {
            int z = dyad_cd_node(c, y)->last, f = z >= 0 ? dyad_cd_node(c, z)->first : -1;
            if (z != y && f >= 0 && dyad_cd_label_is(c, z, "S") && dyad_cd_label_is(c, f, "VP") &&
                S_infinitive(c, f)) {
                *inf = dyad_cd_node(c, z)->tok;
                return np;
            }
        }
        return -1;
    }
    return -1;
}

/* The verb clause whose object verb phrase vp shares: vp is a bare verb coordinated
 * with the next verb phrase, whose object serves both ("U.S. warships attacked and
 * destroyed an Iranian platform", "condemned and rejected the statement"); -1 none. */
static int S_shared_object(const dyad_cd_ctx *c, int vp)
{
    const dyad_tnode *x = dyad_cd_node(c, vp);
    int cc = x->next, up = x->parent;
    if (x->first < 0 || dyad_cd_node(c, x->first)->next >= 0 || !dyad_cd_isleaf(c, x->first) ||
        up < 0 || !dyad_cd_label_is(c, up, "VP") || cc < 0 || !dyad_cd_label_is(c, cc, "CC"))
        return -1;
    int next = dyad_cd_node(c, cc)->next;
    if (next < 0 || !dyad_cd_label_is(c, next, "VP") || !S_np_child(c, next))
        return -1;
    for (size_t j = 0; j < c->nvc; j++)
        if (c->vc[j].vp == next)
            return (int)j;
    return -1;
}

/* In an article, the thing an object's relative clause of verb phrase vp is about is
 * its verb's object ("the sanctions that London imposed on Minsk", "the duties Ottawa
 * levied on Chinese steel"): the items of that phrase, when it names no actor
 * (an actor is the clause's other party: "Mexico, which he hit with a levy") or only
 * the doer of an act it names by coreference ("the tariffs" after tariffs), or the noun
 * of a claim no entity holds ("a charge Israel denied", S_claim_noun): its words,
 * not the phrase, which is no party, are put before the nlow items after the verb in
 * c->seq_low, so that the verb's patterns read them as its object. Returns the new
 * count. */
static int S_relative_object(dyad_cd_ctx *c, int vp, int vitem, int nlow)
{
    int ant = dyad_cd_relative_antecedent(c, vp, vitem);
    int claim = ant < 0 ? S_claim_noun(c, vp) : -1;
    if (claim >= 0) /* a claim's noun: "a charge Israel denied" reads "denied the charge" */
        ant = dyad_cd_item_of_tok(c, 0, vitem, claim);
    if (ant < 0 || (claim < 0 && (c->it[ant].type != I_NES ||
                                  (dyad_cd_coded(c, ant) && !dyad_cd_event_ref(c, ant)))))
        return nlow;
    int end = ant, depth = 0;
    for (; end < vitem; end++) {
        depth += c->it[end].type == I_NES || c->it[end].type == I_NECS;
        depth -= c->it[end].type == I_NEE || c->it[end].type == I_NECE;
        if (!depth)
            break;
    }
    int n = 0;
    for (int k = ant; k <= end && k < vitem; k++)
        n += !c->del[k] && c->it[k].type == I_WORD;
    memmove(c->seq_low + n, c->seq_low, (size_t)nlow * sizeof *c->seq_low);
    n = 0;
    for (int k = ant; k <= end && k < vitem; k++)
        if (!c->del[k] && c->it[k].type == I_WORD)
            c->seq_low[n++] = k;
    return nlow + n;
}

/* The threat of verb phrase vp when its verb has the subject undergo what it names
 * (dyad_undergo_word) and that is a penalty (dyad_penalty_code after "face", "bear" or
 * "suffer", a price after "pay"), promised its subject under a modal ("Russia would
 * face severe sanctions if it invaded", "Iran will face consequences", "Tehran will bear
 * the consequences", "Israel would pay a heavy price if it attacked") or as the other
 * choice after "or" ("must halt its enrichment or face sanctions"); md: vp is under a
 * modal. A price is a penalty only bare or weighed as one ("a price", "a heavy price"),
 * not one of goods ("a higher price for wheat", "the price of oil"). NULL when it is
 * none, or when "from" names who would impose it ("face retaliation from Washington"),
 * whose threat the teller only tells of. */
static const char *S_faced_penalty(const dyad_cd_ctx *c, int vp, int md)
{
    static const char *const weight[] = {"A",      "THE",     "HEAVY",   "HEAVIER",
                                         "STEEP",  "STEEPER", "PAINFUL", "TERRIBLE",
                                         "BITTER", "DEAR",    "HEFTY",   "SEVERE", NULL};
    int v = dyad_cd_node(c, vp)->first;
    const char *vw = v >= 0 && dyad_cd_isleaf(c, v) ? c->up[dyad_cd_node(c, v)->tok] : "";
    int undergo = dyad_undergo_word(vw, strlen(vw));
    if (!undergo)
        return NULL;
    int prev = S_prev_sibling(c, vp);
    if (!md && !(prev >= 0 && dyad_cd_isleaf(c, prev) &&
                 dyad_is(c->up[dyad_cd_node(c, prev)->tok], "OR")))
        return NULL;
    int obj = dyad_cd_node(c, v)->next;
    if (obj < 0 || !dyad_cd_label_is(c, obj, "NP"))
        return NULL;
    for (int k = dyad_cd_node(c, obj)->tok; k < dyad_cd_node(c, vp)->tok_end; k++)
        if (dyad_is(c->up[k], "FROM") || (undergo == 2 && dyad_is(c->up[k], "OF")))
            return NULL;
    int head = dyad_cd_node(c, obj)->first; /* "(NP (NP severe sanctions) (PP ...))" */
    head = head >= 0 && dyad_cd_label_is(c, head, "NP") ? head : obj;
    const char *w = c->up[dyad_cd_node(c, head)->tok_end - 1];
    if (undergo == 1)
        return dyad_penalty_code(w, strlen(w));
    for (int k = dyad_cd_node(c, head)->tok; k < dyad_cd_node(c, head)->tok_end - 1; k++)
        if (!dyad_among(c->up[k], weight))
            return NULL;
    return dyad_is(w, "PRICE") ? "130" : NULL;
}

/* The party an ultimatum is given to: verb phrase vp of a verb of telling, ordering,
 * urging, warning or giving time whose infinitive offers the choice to do something "or
 * face" (or "bear", "suffer") what follows ("the minister told Japan to settle the dispute or
 * face a sharp worsening of trade ties", "ECOWAS had given the junta until Sunday
 * to step aside or face possible military action"): the choice is the threat (139), so
 * what is to be faced needs no word of penalty. The verb's object, else the
 * infinitive's subject; -1 none. */
static int S_ultimatum_party(const dyad_cd_ctx *c, int vp)
{
    static const char *const ask[] = {"TELL",   "TELLS",   "TOLD",     "TELLING", "ORDER",
                                      "ORDERS", "ORDERED", "ORDERING", "URGE",    "URGES",
                                      "URGED",  "URGING",  "WARN",     "WARNS",   "WARNED",
                                      "WARNING", "GIVE",   "GIVES",    "GAVE",    "GIVEN",
                                      "GIVING", NULL};
    const dyad_tree *t = c->t;
    int v = dyad_cd_node(c, vp)->first;
    if (v < 0 || !dyad_cd_isleaf(c, v) || !dyad_among(c->up[dyad_cd_node(c, v)->tok], ask))
        return -1;
    for (size_t k = (size_t)vp + 1; k < t->nn && t->n[k].depth > t->n[vp].depth; k++) {
        /* (VP (TO to) (VP (VP ...) (CC or) (VP (VB face) ...))) */
        int fv = t->n[k].first, p = t->n[k].parent, q = p >= 0 ? t->n[p].parent : -1;
        if (!dyad_cd_label_is(c, (int)k, "VP") || fv < 0 || !dyad_cd_isleaf(c, fv) ||
            dyad_undergo_word(c->up[t->n[fv].tok], strlen(c->up[t->n[fv].tok])) != 1 ||
            !dyad_cd_label_is(c, p, "VP") || q < 0 || !dyad_cd_label_is(c, q, "VP") ||
            t->n[q].first < 0 || !dyad_cd_label_is(c, t->n[q].first, "TO"))
            continue;
        int prev = S_prev_sibling(c, (int)k);
        if (prev < 0 || !dyad_cd_isleaf(c, prev) || !dyad_is(c->up[t->n[prev].tok], "OR"))
            continue;
        /* the infinitive is the verb's own, past a clause of its subject or of "until" */
        int cl = t->n[q].parent, up = cl;
        while (up >= 0 && (dyad_cd_label_is(c, up, "S") || dyad_cd_label_is(c, up, "SBAR")))
            up = t->n[up].parent;
        if (up != vp)
            return -1;
        int party = -1;
        for (int ch = t->n[v].next; ch >= 0 && party < 0; ch = t->n[ch].next)
            if (dyad_cd_label_is(c, ch, "NP"))
                party = dyad_cd_phrase_entity(c, ch, (int)c->nit);
        for (int ch = dyad_cd_label_is(c, cl, "S") ? t->n[cl].first : -1; ch >= 0 && party < 0;
             ch = t->n[ch].next)
            if (dyad_cd_label_is(c, ch, "NP"))
                party = dyad_cd_phrase_entity(c, ch, (int)c->nit);
        return party;
    }
    return -1;
}

/* The subject of the clause whose verb phrases run from vp up to *top, its first noun
 * phrase before them, with whether one of their verbs is "will", "would", "shall" or
 * "'ll" (*md) or "could", "may", "might" or "can" (*wk); -1 when the phrases are in no
 * clause or it has no such subject. */
static int S_clause_subject(const dyad_cd_ctx *c, int vp, int *top, int *md, int *wk)
{
    static const char *const modal[] = {"WILL", "WOULD", "SHALL", "'LL", NULL};
    static const char *const weak[] = {"COULD", "MAY", "MIGHT", "CAN", NULL};
    int t = vp, subj = -1;
    *md = *wk = 0;
    while (dyad_cd_node(c, t)->parent >= 0 &&
           dyad_cd_label_is(c, dyad_cd_node(c, t)->parent, "VP")) {
        t = dyad_cd_node(c, t)->parent;
        int v = dyad_cd_node(c, t)->first;
        const char *w = v >= 0 && dyad_cd_isleaf(c, v) ? c->up[dyad_cd_node(c, v)->tok] : "";
        *md |= dyad_among(w, modal);
        *wk |= dyad_among(w, weak);
    }
    *top = t;
    int cl = dyad_cd_node(c, t)->parent;
    if (cl < 0 || dyad_cd_node(c, cl)->label[0] != 'S')
        return -1;
    for (int ch = dyad_cd_node(c, cl)->first; ch >= 0 && ch != t && subj < 0;
         ch = dyad_cd_node(c, ch)->next)
        if (dyad_cd_label_is(c, ch, "NP"))
            subj = ch;
    return subj;
}

/* The party told or warned that "it" or "they" will face a penalty, when the clause
 * of subject subj whose verb phrases end at top is what a verb of telling, after that
 * party, says ("Russia told Poland it would face sanctions": Poland faces them, not the
 * teller the pronoun would otherwise take); -1 when it is not such a clause. */
static int S_told_party(const dyad_cd_ctx *c, int subj, int top)
{
    static const char *const pron[] = {"IT", "THEY", NULL};
    static const char *const tell[] = {"TOLD", "TELLS", "TELL", "TELLING", "REMINDED",
                                       "REMINDS", "INFORMED", "INFORMS", NULL};
    const dyad_tnode *x = dyad_cd_node(c, subj);
    int up = dyad_cd_node(c, top)->parent;
    up = up >= 0 ? dyad_cd_node(c, up)->parent : -1;
    if (up >= 0 && dyad_cd_label_is(c, up, "SBAR"))
        up = dyad_cd_node(c, up)->parent;
    int v = up >= 0 && dyad_cd_label_is(c, up, "VP") ? dyad_cd_node(c, up)->first : -1;
    if (x->tok_end - x->tok != 1 || !dyad_among(c->up[x->tok], pron) || v < 0 ||
        !dyad_cd_isleaf(c, v) || !dyad_among(c->up[dyad_cd_node(c, v)->tok], tell))
        return -1;
    int np = dyad_cd_node(c, v)->next;
    return np >= 0 && dyad_cd_label_is(c, np, "NP") ? dyad_cd_phrase_entity(c, np, (int)c->nit)
                                                     : -1;
}

/* The threat its reporter makes by the clause of verb phrase vp (S_check_verbs), or
 * NULL: under "will", "would" or "shall", the consequence the clause promises of "any"
 * hostile act its subject names ("Any Iranian attack on Soviet ships will bring a
 * forceful response", "any U.S. aggression will be the beginning of a wide clash"), a
 * threat of force (138) to the act's actor (the first coded one of the subject:
 * "Iranian"); under any modal, sanctions that no one named imposes on a condition
 * ("sanctions could follow if Ankara activated the system", also on a condition the
 * parser hung on the verb of saying: S_cond_outside), a threat of sanctions (1312) to
 * the condition's subject; or a penalty the subject is to face (S_faced_penalty), a
 * threat to the subject. Sets *of to that actor's item. */
static const char *S_clause_threat(const dyad_cd_ctx *c, int vp, int *of)
{
    static const char *const answer[] = {
        "RESPONSE", "RESPONSES", "RETALIATION", "REPLY", "REACTION", "CLASH",
        "CONFRONTATION", "WAR", "CONSEQUENCES", "PUNISHMENT", "COUNTERMEASURES", NULL};
    int top, md, wk, subj = S_clause_subject(c, vp, &top, &md, &wk), says = 0;
    const char *faced = S_faced_penalty(c, vp, md || wk);
    *of = -1;
    if (!(md || wk || faced) || subj < 0)
        return NULL;
    if (faced) {
        *of = S_told_party(c, subj, top); /* not "told reporters it would face" */
        *of = *of >= 0 && dyad_cd_coded(c, *of) ? *of
                                                 : dyad_cd_phrase_entity(c, subj, (int)c->nit);
        return *of >= 0 && dyad_cd_coded(c, *of) ? faced : NULL;
    }
    const dyad_tnode *x = dyad_cd_node(c, subj);
    int named = dyad_cd_phrase_entity(c, subj, (int)c->nit);
    const char *head = x->tok_end > x->tok ? c->up[x->tok_end - 1] : ""; /* "(NP)": none */
    if (x->tok_end - x->tok <= 2 && dyad_sanction_word(head, strlen(head)) &&
        (named < 0 || !dyad_cd_coded(c, named))) {
        int sbar = S_if_node(c, top);
        sbar = sbar >= 0 ? sbar : S_cond_outside(c, dyad_cd_node(c, top)->parent);
        *of = sbar >= 0 ? S_if_subject(c, sbar) : -1;
        return *of >= 0 && dyad_cd_coded(c, *of) ? "1312" : NULL;
    }
    int hostile = 0;
    for (int j = x->tok + 1; md && dyad_is(c->up[x->tok], "ANY") && j <= x->tok + 3 &&
                             j < x->tok_end;
         j++)
        hostile |= dyad_hostile_word(c->up[j], strlen(c->up[j]));
    for (int k = dyad_cd_node(c, vp)->tok; hostile && k >= 0 && k < dyad_cd_node(c, vp)->tok_end;
         k++)
        says |= dyad_among(c->up[k], answer);
    *of = says ? dyad_cd_phrase_entity(c, subj, (int)c->nit) : -1;
    return *of >= 0 && dyad_cd_coded(c, *of) ? "138" : NULL;
}

/* "The talks start on Friday", "the meeting was held in private": a definite
 * noun phrase inner of talks or a meeting (code, of root 04), which names no party of
 * its own and whose phrase after it, of preposition pw ("" none), places or topics it
 * ("the talks in Geneva", "the meeting on trade"; not "the meeting of OPEC
 * ministers"), is the act between the one pair the article's events of root 04 have
 * been between (dyad_coref_pair): a story names its parties once ("Japan and the
 * United States will hold trade talks") and then the act alone. Both ways when those
 * events went both ways. Returns 1 when events were made, 0 none, -1 ENOMEM. */
static int S_pair_before(dyad_cd_ctx *c, int inner, const char *pw, const char *code)
{
    static const char *const about[] = {"", "IN", "AT", "ON", "OVER", "ABOUT", NULL};
    const dyad_tnode *in = dyad_cd_node(c, inner);
    char own[64], a[64], b[64];
    int dated, mutual;
    if (!c->cr || !dyad_is(c->up[in->tok], "THE") || !dyad_among(pw, about) ||
        strncmp(code, "04", 2))
        return 0;
    dyad_cd_code_words(c, c->up + in->tok, NULL, in->tok_end - in->tok, own, sizeof own,
                       &dated);
    if (strcmp(own, "---") || !dyad_coref_pair(c->cr, 4, a, b, sizeof a, &mutual))
        return 0;
    return S_add_event(c, a, b, code, NULL, NULL) ||
                   (mutual && S_add_event(c, b, a, code, NULL, NULL))
               ? -1
               : 1;
}

/* The phrase of "by" naming the doer of the act noun phrase inner whose first phrase
 * after it is the PP of *prep and *np, wherever the parser hung it: on the party's
 * phrase ("an attack on two Iranian rigs by U.S. forces", "a visit to Moscow by Iran's
 * oil minister"), or after the noun's ("(NP (NP a visit) (PP to Moscow) (PP by ...))",
 * "(NP (NP Airstrikes) (PP by Israel)) (IN on) (NP Gaza)"); or first, the party's
 * phrase then on it or after it ("a visit by Xi Jinping to Moscow", "the attack by
 * Houthi rebels on a British tanker"), when *prep and *np are moved to the party's. Only
 * a PP hung right on those phrases: a "by" inside a reduced clause is its verb's agent
 * ("attacks on ships operated by Greek firms"), not the act's. Sets [*b0, *b1) to its
 * words (*b0 = *b1 for none) and *cut to the end of the party's words before it. */
static void S_by_phrase(const dyad_cd_ctx *c, int inner, int *prep, int *np, int *b0, int *b1,
                        int *cut)
{
    *b0 = *b1 = 0;
    *cut = *np >= 0 ? dyad_cd_node(c, *np)->tok_end : 0;
    int head = *np >= 0 ? dyad_cd_node(c, *np)->first : -1;
    if (*prep < 0 || head < 0 || !dyad_cd_isleaf(c, *prep) || !dyad_cd_label_is(c, *np, "NP"))
        return;
    int by = dyad_is(c->up[dyad_cd_node(c, *prep)->tok], "BY");
    /* the PPs "IN NP" after np's own phrase ("(NP (NP ...) (PP ...))"), then after the
     * noun's; the other kind than *prep's: the party's after "by", the doer's after the
     * party */
    for (int round = 0; round < 2; round++) {
        int q = round ? dyad_cd_node(c, inner)->next
                : dyad_cd_isleaf(c, head) ? -1
                                          : dyad_cd_node(c, head)->next;
        for (; q >= 0; q = dyad_cd_node(c, q)->next) {
            int p0 = dyad_cd_node(c, q)->first, n0 = p0 >= 0 ? dyad_cd_node(c, p0)->next : -1;
            if (!dyad_cd_label_is(c, q, "PP") || p0 < 0 || !dyad_cd_isleaf(c, p0) || n0 < 0 ||
                !dyad_cd_label_is(c, n0, "NP") ||
                by == dyad_is(c->up[dyad_cd_node(c, p0)->tok], "BY"))
                continue;
            const dyad_tnode *b = dyad_cd_node(c, by ? *np : n0);
            *b0 = b->tok;
            *b1 = by && !round ? dyad_cd_node(c, q)->tok : b->tok_end;
            if (by)
                *prep = p0, *np = n0, *cut = dyad_cd_node(c, n0)->tok_end;
            else if (!round)
                *cut = dyad_cd_node(c, q)->tok;
            return;
        }
    }
}

/* The code of the act of force noun phrase np names by its head: 195 from the air ("an
 * airstrike", "a missile attack", "drone strikes"), 192 an invasion (as "invade"), else
 * 190 ("attacks", "an offensive"), also a noun of fighting whose sides "between" names
 * right after it ("fighting between the army and the RSF", "clashes between police
 * and protesters": a "takeover battle between shareholders" is none, "clashes with
 * police" names one side only); NULL for a noun of no force. */
static const char *S_force_code(const dyad_cd_ctx *c, int np)
{
    static const char *const aerial[] = {"AIR", "DRONE", "MISSILE", "ROCKET", NULL};
    static const char *const fight[] = {"FIGHTING", "CLASH", "CLASHES", "HOSTILITIES",
                                        "SKIRMISHES", NULL};
    const dyad_tnode *x = dyad_cd_node(c, np);
    int hd = x->tok_end - 1;
    if (hd < x->tok)
        return NULL;
    if (dyad_among(c->up[hd], fight) && x->tok_end < (int)c->t->ntok &&
        dyad_is(c->up[x->tok_end], "BETWEEN"))
        return "190";
    if (dyad_among(c->up[hd], dyad_air_nouns) ||
        (dyad_among(c->up[hd], dyad_force_nouns) && hd > x->tok &&
         dyad_among(c->up[hd - 1], aerial)))
        return "195";
    if (dyad_after(c->up[hd], "INVASION"))
        return "192";
    return dyad_among(c->up[hd], dyad_force_nouns) ? "190" : NULL;
}

/* Does the noun of force head take its target after "of" (pw): "the Russian
 * bombardment of Kharkiv", "the shelling of Iranian positions", "Iraq's invasion of
 * Kuwait"? Not an attack or a raid, whose "of" is its time or kind ("the attack of
 * May 17", "a raid of commandos"). */
static int S_force_of(const char *head, const char *pw)
{
    static const char *const of[] = {"BOMBARDMENT", "SHELLING", "BOMBING", "BOMBINGS",
                                     "INVASION", "INVASIONS", NULL};
    return dyad_is(pw, "OF") && dyad_among(head, of);
}

/* Words that make an attack one of words: its adjectives ("a sharp attack on", "its
 * harshest attack yet on") and the things it is made on ("an attack on U.S. trade
 * policy", "attacks on the budget plan"). */
static const char *const S_verbal[] = {
    "SHARP",    "SHARPEST",   "HARSH",     "HARSHEST",  "BITTER",    "SCATHING",
    "VERBAL",   "STINGING",   "BLISTERING", "STRONGEST", "VEILED",    "RHETORICAL",
    "PERSONAL", "OUTSPOKEN",  "POLICY",    "POLICIES",  "PLAN",      "PLANS",
    "BUDGET",   "DECISION",   "DECISIONS", "PROPOSAL",  "PROPOSALS", "RECORD",
    "STANCE",   "STATEMENT",  "STATEMENTS", "REMARKS",  "VIEWS",     "LEADERSHIP",
    "PRACTICES", NULL};

/* Words before a noun of an act that say it is still to come ("the planned visit"):
 * a caller that codes it as planned (dyad_cd_ctx.planned) takes them (S_visit_nouns). */
static const char *const S_ahead_words[] = {"PLANNED", "SCHEDULED", "UPCOMING", "EXPECTED",
                                            "NEXT", NULL};

/* The act noun phrase inner (its noun the last word, the PP of prep and np after it, or
 * -1 and -1 for none) tells, of code, as of the clause verb at token vt of phrase vp: its
 * doer is the party its own words name before the noun (an adjective or a possessor:
 * "Russian strikes", "Blinken's visit"), else the party a phrase of "by" names
 * (S_by_phrase), else the party at item `doer` (-1 none); the
 * other party is np's, after "on"/"against" (force; "of" for some: S_force_of), "to" (a
 * visit, aid) or "with";
 * after "between", the parties with one another, as are two states a hyphenated word names
 * when no phrase names a party ("U.S.-Japanese talks": talks and meetings only, where
 * each side does the same to the other). A noun of an act not done, or done long before ("the planned
 * visit", "the 2018 summit", "last year's talks"), or a broker's ("U.S.-brokered
 * talks with the Taliban") tells nothing. Returns 1 when events were made, 0 none, -1
 * ENOMEM. */
static int S_noun_act(dyad_cd_ctx *c, int vp, int vt, const char *code, int inner, int prep,
                      int np, int doer)
{
    static const char *const undone[] = {
        "PLANNED", "PROPOSED", "POSSIBLE", "POTENTIAL", "EXPECTED", "UPCOMING", "FUTURE",
        "NEXT", "PREVIOUS", "LAST", "PAST", "EARLIER", "RECENT", "FORMER", "FAILED", "ABORTED",
        "CANCELLED", "CANCELED", "POSTPONED", "DELAYED", "ALLEGED", "RUMORED", "RUMOURED",
        "IMMINENT", "SCHEDULED", "ANY", "NO", "EVERY", "SUCH", NULL};
    const dyad_tnode *in = dyad_cd_node(c, inner);
    int hd = in->tok_end - 1, hostile = code[0] == '1';
    for (int k = in->tok; k < hd; k++) {
        size_t n = strlen(c->up[k]);
        if ((dyad_among(c->up[k], undone) &&
             !(c->planned && dyad_among(c->up[k], S_ahead_words))) ||
            (dyad_cd_label_is(c, c->t->tok_node[k], "CD") && n == 4))
            return 0; /* "the planned visit", "the 2018 summit" */
        if (!hostile && strchr(c->up[k], '-') && n > 2 && !strcmp(c->up[k] + n - 2, "ED"))
            return 0; /* "U.S.-brokered talks with the Taliban": a broker's, not a side's */
        if (hostile && dyad_among(c->up[k], S_verbal))
            return 0; /* "in its sharpest attack yet on Washington": words */
    }
    int b0, b1, cut;
    S_by_phrase(c, inner, &prep, &np, &b0, &b1, &cut);
    if (hostile && np >= 0 && cut > dyad_cd_node(c, np)->tok &&
        dyad_among(c->up[cut - 1], S_verbal))
        return 0; /* "its attack on U.S. trade policy": words too */
    const char *pw = prep >= 0 ? c->up[dyad_cd_node(c, prep)->tok] : "";
    /* a visit and aid go "to" their party */
    const char *with = hostile ? "ON" : code[2] == '2' || code[1] == '7' ? "TO" : "WITH";
    if (code[2] == '2' && dyad_is(c->up[hd], "TOUR") && dyad_is(pw, "OF"))
        with = "OF"; /* a tour is of the places it goes to ("a tour of Canada") */
    /* ... or across the state a word before the noun names ("a cross-Canada tour") */
    char across[4] = "";
    for (int k = in->tok; code[2] == '2' && !dyad_is(pw, with) && k < hd && !*across; k++)
        dyad_cd_across_state(c, c->up[k], across);
    int v0 = c->verb_tok0, v1 = c->verb_tok1, neg = c->negated, r = 0;
    c->verb_tok0 = c->verb_tok1 = vt;
    c->negated = S_negated(c, vp, vt);
    if (dyad_is(pw, "BETWEEN")) {
        /* "talks between A and B", "clashes between A and B": the compound, with one
         * another */
        int both = dyad_cd_phrase_entity(c, np, (int)c->nit);
        if (both >= 0 && c->it[both].type == I_NECS)
            r = S_make_events(c, both, both, code, 0) < 0 ? -1 : 1;
    } else if (dyad_is(pw, with) || *across ||
               (hostile && (dyad_is(pw, "AGAINST") || S_force_of(c->up[hd], pw)))) {
        char own[64], other[64];
        int dated, s0 = in->tok, s1 = hd; /* the words that named the doer */
        for (int k = s0; k < hd; k++)
            if (dyad_cd_label_is(c, c->t->tok_node[k], "POS"))
                s1 = k + 1; /* "Nakasone's" of "Nakasone's scheduled visit" */
        dyad_cd_code_words(c, c->up + in->tok, NULL, hd + 1 - in->tok, own, sizeof own, &dated);
        if (!strncmp(own, "---", 3) && b1 > b0) {
            dyad_cd_code_words(c, c->up + b0, NULL, b1 - b0, own, sizeof own, &dated);
            s0 = b0, s1 = b1;
        }
        if (*across)
            snprintf(other, sizeof other, "%s", across);
        else
            dyad_cd_code_words(c, c->up + dyad_cd_node(c, np)->tok, NULL,
                               cut - dyad_cd_node(c, np)->tok, other, sizeof other, &dated);
        /* the doer item's codes: each member of a compound ("Macron and Scholz"), or
         * of a phrase that stands for two ("both leaders" after Modi and Ramgoolam),
         * save the other party itself */
        char by[8][64];
        const dyad_cd_ent *ents[8];
        int nby = strncmp(own, "---", 3) ? 1
                  : doer >= 0 && dyad_cd_coded(c, doer) ? S_codes(c, doer, by, ents, 8)
                                                         : 0;
        if (strncmp(own, "---", 3))
            snprintf(by[0], sizeof by[0], "%s", own);
        const char *colon = strchr(code, ':');
        char first[8];
        snprintf(first, sizeof first, "%.*s", colon ? (int)(colon - code) : 7, code);
        size_t n0 = c->out->n;
        for (int i = 0; i < nby && r >= 0; i++)
            if (strncmp(by[i], "---", 3) && strncmp(other, "---", 3) &&
                !dyad_coref_same_actor(by[i], other))
                r = S_add_event(c, by[i], other, first, NULL, NULL) ||
                            (colon && S_add_event(c, other, by[i], colon + 1, NULL, NULL))
                        ? -1
                        : 1;
        /* the events have no entities of their own: give them the words that named
         * their parties, for the reader and for the date and modality rules, which
         * read around what names a party */
        int bare = *across || np < 0; /* the other party named by the noun's own words */
        int o0 = bare ? hd : dyad_cd_node(c, np)->tok, o1 = bare ? hd + 1 : cut;
        for (size_t i = n0; i < c->out->n; i++) {
            dyad_coded_event *e = &c->out->ev[i];
            int back = colon && !strcmp(e->code, colon + 1) && !strcmp(e->source, other);
            int d0 = s0, d1 = s1;
            for (int k = 0; !strncmp(own, "---", 3) && k < nby; k++)
                if (!strcmp(by[k], back ? e->target : e->source))
                    d0 = ents[k]->tok0, d1 = ents[k]->tok1;
            if (!e->src_ntok && !e->tgt_ntok) {
                e->src_tok = back ? o0 : d0, e->src_ntok = back ? o1 - o0 : d1 - d0;
                e->tgt_tok = back ? d0 : o0, e->tgt_ntok = back ? d1 - d0 : o1 - o0;
            }
        }
        for (size_t i = n0; hostile && i < c->out->n && c->nnoun_ev < 8; i++)
            c->noun_ev[c->nnoun_ev++] = i;
    } else if (!hostile && code[2] != '2') {
        /* "U.S.-Japanese talks", "the Soviet-American summit": the two states one
         * hyphenated word before the noun names, with one another */
        char a[4], b[4];
        for (int k = in->tok; k < hd && !r; k++)
            if (dyad_cd_state_pair(c, c->up[k], a, b))
                r = S_add_event(c, a, b, code, NULL, NULL) || S_add_event(c, b, a, code, NULL, NULL)
                        ? -1
                        : 1;
        if (!r)
            r = S_pair_before(c, inner, pw, code);
    }
    c->verb_tok0 = v0, c->verb_tok1 = v1, c->negated = neg;
    return r;
}

/* Nouns of talks (046), a meeting (040) and a visit (042:043), S_noun_event's, are
 * dyad_talks_nouns, dyad_meet_nouns and dyad_visit_nouns (dict.h). Settings of time, the
 * only ones taken inside a noun's phrase. */
static const char *const S_time_settings[] = {"AFTER", "FOLLOWING", "DURING", NULL};
/* Settings before an act, by their governing word (S_setting_word): "before talks
 * with", "ahead of a meeting with", "in preparation for", "prior to": the act is still
 * to come when the clause is told. */
static const char *const S_before_settings[] = {"BEFORE", "AHEAD", "PREPARATION", "PRIOR",
                                                NULL};
/* Verbs of going somewhere, whose phrase of "for" names the talks or meeting the
 * traveller goes for: "arrived in Moscow for talks with", "left for Ottawa for talks
 * with", "will visit Ottawa next month for talks with"; the act is still to come, as
 * after S_before_settings. Not the "for" of another verb ("called for talks with",
 * "asked for a meeting with"), which is no act held. */
static const char *const S_travel_verbs[] = {
    "ARRIVE", "ARRIVES", "ARRIVED", "ARRIVING", "LEAVE", "LEAVES", "LEFT", "LEAVING",
    "FLY", "FLIES", "FLEW", "FLYING", "HEAD", "HEADS", "HEADED", "HEADING", "TRAVEL",
    "TRAVELS", "TRAVELLED", "TRAVELED", "TRAVELLING", "TRAVELING", "GO", "GOES", "WENT",
    "GOING", "COME", "COMES", "CAME", "COMING", "VISIT", "VISITS", "VISITED", "VISITING",
    "RETURN", "RETURNS", "RETURNED", "RETURNING", NULL};
/* A coming back from an act is told by these: its noun with "from" ("on her return from
 * a visit to Tokyo") and the verbs of a clause whose "from" phrase names the act
 * ("returned from talks with"): the act is done, by the one who comes back. */
static const char *const S_return_words[] = {"RETURN", "RETURNS", "RETURNED", "RETURNING",
                                             NULL};
static const char *const S_from[] = {"FROM", NULL};
/* Settings an attack is told in as done ("killed in Israeli strikes on Gaza", "during
 * the Iraqi raids on Kharg", "after U.S. attacks on the rigs"); not one the clause
 * comes before, nor "on" (a topic: "briefed them on Russian attacks on Kyiv"). */
static const char *const S_fight_settings[] = {"IN", "DURING", "AFTER", "FOLLOWING", NULL};

/* The word that governs setting phrase pp whose preposition is at token pt: "ahead"
 * of "(ADVP ahead) (PP of ...)", "(PP (IN ahead) (IN of) ...)"; "preparation" of "in
 * preparation for"; "prior" of "prior to"; else the preposition. Sets *gt to its token. */
static const char *S_setting_word(const dyad_cd_ctx *c, int pt, int *gt)
{
    const char *pw = c->up[pt];
    *gt = pt;
    if (pt > 0 && ((dyad_is(pw, "OF") && dyad_is(c->up[pt - 1], "AHEAD")) ||
                   (dyad_is(pw, "FOR") && dyad_is(c->up[pt - 1], "PREPARATION")) ||
                   (dyad_is(pw, "TO") && dyad_is(c->up[pt - 1], "PRIOR"))))
        *gt = pt - 1;
    return c->up[*gt];
}

/* The phrase of a preposition and a noun phrase, "(PP (IN ...) (NP ...))", that names
 * a party of an act noun, from item q, the one after the noun's phrase, on: past what
 * wire copy puts between the noun and its parties, a word of place or time ("talks here
 * between", an ADVP) and a time ("a ministerial meeting later this month between A and
 * B", "talks last week between"), also where the parser hung the phrase on the time
 * ("(NP (NP last week) (PP between ...))"). Returns the PP, -1 for none. */
static int S_party_pp(const dyad_cd_ctx *c, int q)
{
    while (q >= 0) {
        int p0 = dyad_cd_node(c, q)->first, n0 = p0 >= 0 ? dyad_cd_node(c, p0)->next : -1;
        if (dyad_cd_label_is(c, q, "PP") && p0 >= 0 && dyad_cd_isleaf(c, p0) && n0 >= 0 &&
            dyad_cd_label_is(c, n0, "NP"))
            return q;
        if (dyad_cd_label_is(c, q, "NP") && p0 >= 0 && dyad_cd_label_is(c, p0, "NP") &&
            dyad_cd_time_np(c, p0))
            q = p0; /* the PP after the time, inside its phrase */
        else if (!dyad_cd_label_is(c, q, "ADVP") &&
                 !(dyad_cd_label_is(c, q, "NP") && dyad_cd_time_np(c, q)))
            return -1;
        q = dyad_cd_node(c, q)->next;
    }
    return -1;
}

/* The act noun phrase of a setting phrase's object np (S_setting_act): np's first NP,
 * a noun of talks, a meeting, a visit or force with a phrase of a preposition after it,
 * or np itself when it is a noun with no phrase after it ("during U.S.-Japanese talks"); or,
 * when that NP is a span or a series, the one of its "of" phrase ("after two days of
 * talks with", "during the first round of talks with", "after a series of meetings
 * with"); or the one of a setting of time of its own ("at a news conference after
 * talks with Xi") or of a return's "from" ("on her return from a visit to Tokyo"),
 * whose preposition stands for the setting's. Sets *pp to the phrase after the noun
 * and *prep to the setting's preposition (kept through "of"), *pp to -1 for none.
 * Returns the NP, -1 for none. */
static int S_setting_np(const dyad_cd_ctx *c, int np, int *prep, int *pp)
{
    static const char *const span[] = {"DAY", "DAYS", "HOURS", "WEEK", "WEEKS", "ROUND",
                                       "ROUNDS", "SERIES", NULL};
    for (int depth = 0; depth < 3; depth++) {
        int inner = dyad_cd_node(c, np)->first;
        int in2 = inner >= 0 ? S_party_pp(c, dyad_cd_node(c, inner)->next) : -1;
        int p0 = in2 >= 0 ? dyad_cd_node(c, in2)->first : -1;
        int n0 = p0 >= 0 ? dyad_cd_node(c, p0)->next : -1;
        const dyad_tnode *x = dyad_cd_node(c, np);
        if (inner >= 0 && dyad_cd_isleaf(c, inner) && x->tok_end > x->tok &&
            dyad_act_noun(c->up[x->tok_end - 1])) {
            *pp = -1;
            return np; /* "during U.S.-Japanese talks" */
        }
        if (inner < 0 || !dyad_cd_label_is(c, inner, "NP") ||
            dyad_cd_node(c, inner)->tok_end <= dyad_cd_node(c, inner)->tok ||
            dyad_cd_node(c, inner)->first < 0 || in2 < 0 || !dyad_cd_label_is(c, in2, "PP") ||
            p0 < 0 || !dyad_cd_isleaf(c, p0) || n0 < 0 || !dyad_cd_label_is(c, n0, "NP"))
            return -1; /* (a phrase of no words, "(NP (X))", has no head) */
        const char *head = c->up[dyad_cd_node(c, inner)->tok_end - 1];
        const char *pw = c->up[dyad_cd_node(c, p0)->tok];
        if (dyad_among(head, dyad_talks_nouns) || dyad_among(head, dyad_meet_nouns) ||
            dyad_among(head, dyad_visit_nouns) || S_force_noun(head)) {
            *pp = in2;
            return inner;
        }
        if (dyad_is(pw, "OF") ? !dyad_among(head, span)
                              : !dyad_among(pw, S_time_settings) &&
                                    !(dyad_is(pw, "FROM") && dyad_among(head, S_return_words)))
            return -1;
        if (!dyad_is(pw, "OF"))
            *prep = p0;
        np = n0;
    }
    return -1;
}

/* The act of a phrase pp setting the clause of verb phrase vp (its verb at token vt),
 * when its preposition is of among (S_noun_event), or of a participle's phrase whose verb
 * is of among and whose object is the act ("ending a visit to", "winding up talks
 * with"): done by the clause's subject unless the noun names its doer. Returns 1 when
 * events were made, 0 none, -1 ENOMEM. */
static int S_setting_act(dyad_cd_ctx *c, int vp, int vt, int pp, const char *const *among)
{
    static const char *const ago[] = {"DAY", "DAYS", "WEEK", "WEEKS", "MONTH", "MONTHS",
                                      "YEAR", "YEARS", "HOURS", "SHORTLY", "SOON", "LONG", NULL};
    /* "(ADVP (RB ahead) (PP (IN of) (NP talks ...)))": the phrase of "of" */
    int a0 = dyad_cd_node(c, pp)->first;
    if (dyad_cd_label_is(c, pp, "ADVP") && a0 >= 0 && dyad_cd_isleaf(c, a0) &&
        dyad_is(c->up[dyad_cd_node(c, a0)->tok], "AHEAD") && dyad_cd_node(c, a0)->next >= 0)
        pp = dyad_cd_node(c, a0)->next;
    int prep = dyad_cd_node(c, pp)->first, np = prep >= 0 ? dyad_cd_node(c, prep)->next : -1;
    /* "(PP (IN ahead) (IN of) (NP ...))" */
    if (prep >= 0 && np >= 0 && dyad_cd_isleaf(c, prep) &&
        dyad_is(c->up[dyad_cd_node(c, prep)->tok], "AHEAD") &&
        dyad_cd_isleaf(c, np) && dyad_is(c->up[dyad_cd_node(c, np)->tok], "OF"))
        prep = np, np = dyad_cd_node(c, np)->next;
    /* "(VP (VBG winding) (RP up) (NP a visit ...))" */
    int part = dyad_cd_label_is(c, pp, "VP");
    if (part && np >= 0 && (dyad_cd_label_is(c, np, "RP") || dyad_cd_label_is(c, np, "PRT")))
        np = dyad_cd_node(c, np)->next;
    int gt;
    if (!(part || dyad_cd_label_is(c, pp, "PP")) || prep < 0 || !dyad_cd_isleaf(c, prep) || np < 0 ||
        !dyad_cd_label_is(c, np, "NP") ||
        !dyad_among(S_setting_word(c, dyad_cd_node(c, prep)->tok, &gt), among))
        return 0;
    int in2 = -1, inner = S_setting_np(c, np, &prep, &in2);
    int after = dyad_cd_node(c, part ? np : pp)->next;
    if (inner == np && after >= 0 && dyad_cd_label_is(c, after, "PP"))
        in2 = after; /* "(VP (VBG ending) (NP a visit) (PP to Canberra))", "(VP returned
                      * (PP from (NP a trip)) (PP to Tokyo))" */
    int pt = dyad_cd_node(c, prep)->tok;
    const char *pw = S_setting_word(c, pt, &gt);
    if (inner < 0 || (dyad_is(pw, "AFTER") && pt > 0 && dyad_among(c->up[pt - 1], ago)))
        return 0; /* "days after a heated meeting between Trump and Zelenskiy": an earlier
                   * act the clause is timed by */
    const char *head = c->up[dyad_cd_node(c, inner)->tok_end - 1], *code = NULL;
    if (dyad_is(pw, "FOR") &&
        (!dyad_among(c->up[vt], S_travel_verbs) || dyad_among(head, dyad_visit_nouns)))
        return 0; /* "called for talks with"; "left for a tour of" is the going itself */
    int t0 = dyad_cd_node(c, inner)->tok;
    int some = dyad_is(c->up[t0], "A") || dyad_is(c->up[t0], "AN") ||
               dyad_cd_label_is(c, c->t->tok_node[t0], "PRP$");
    if (dyad_among(head, dyad_visit_nouns) && !dyad_is(pw, "IN") && (some || !dyad_is(pw, "ON")))
        code = "042:043"; /* "on a visit to", "on his visit to", not "in a visit", nor a
                           * topic ("to brief Shultz on Thatcher's visit") */
    else if (dyad_among(head, dyad_talks_nouns) && !dyad_is(pw, "ON"))
        code = "046"; /* "a statement on its talks with" is about them */
    else if (dyad_among(head, dyad_meet_nouns) && !dyad_is(pw, "ON"))
        code = "040";
    else if (dyad_among(pw, S_fight_settings) && !dyad_say_word(c->up[vt], strlen(c->up[vt])))
        code = S_force_code(c, inner); /* "said in its attack on Washington": words */
    if (!code)
        return 0;
    int emb, subj = S_subject(c, vp, (int)c->nit, &emb);
    /* an attack is its subject's only by "its" or "their" ("lost 300 men in its attack
     * on Basra"): people who died in strikes did not strike */
    if (code[0] == '1' && !dyad_cd_label_is(c, c->t->tok_node[t0], "PRP$"))
        subj = -1;
    int np2 = in2 >= 0 ? dyad_cd_node(c, in2)->first : -1;
    c->planned = dyad_among(pw, S_before_settings) || dyad_is(pw, "FOR");
    int r = S_noun_act(c, vp, vt, code, inner, np2, np2 >= 0 ? dyad_cd_node(c, np2)->next : -1,
                       subj);
    c->planned = 0;
    return r;
}

/* In an article: an act of force told by the noun a relative clause of harm is said of
 * ("the Iranian drone attack on the Saudi refinery, which killed two workers" -> 195 on
 * the refinery's country), also where the parser hung the clause on the phrase of the
 * party ("a Russian strike on (a market in Kharkiv that killed 12 people)"): up to the
 * nearest noun of force, through phrases of nouns and prepositions. Such a clause inside
 * a noun phrase is no verb phrase of the sentence's own (S_noun_event). Returns -1
 * ENOMEM. */
static int S_relative_harm(dyad_cd_ctx *c)
{
    const dyad_tree *t = c->t;
    for (size_t k = 0; k < t->nn; k++) {
        int wh = t->n[k].first, s = wh >= 0 ? dyad_cd_node(c, wh)->next : -1;
        int vp = s >= 0 ? dyad_cd_node(c, s)->first : -1;
        int v = vp >= 0 ? dyad_cd_node(c, vp)->first : -1;
        if (strcmp(t->n[k].label, "SBAR") || wh < 0 || !dyad_cd_label_is(c, wh, "WHNP") ||
            s < 0 || !dyad_cd_label_is(c, s, "S") || vp < 0 || !dyad_cd_label_is(c, vp, "VP") ||
            v < 0 || !dyad_cd_isleaf(c, v) ||
            !dyad_among(c->up[dyad_cd_node(c, v)->tok], S_harm_verbs) ||
            dyad_cd_node(c, wh)->tok_end - dyad_cd_node(c, wh)->tok != 1 ||
            (!dyad_is(c->up[dyad_cd_node(c, wh)->tok], "THAT") &&
             !dyad_is(c->up[dyad_cd_node(c, wh)->tok], "WHICH")))
            continue;
        int np = t->n[k].parent, inner = -1;
        const char *code = NULL;
        for (int up = 0; np >= 0 && !code && up < 4; up++, np = dyad_cd_node(c, np)->parent) {
            if (dyad_cd_label_is(c, np, "PP"))
                continue;
            if (!dyad_cd_label_is(c, np, "NP"))
                break;
            inner = dyad_cd_node(c, np)->first;
            if (inner >= 0 && dyad_cd_label_is(c, inner, "NP"))
                code = S_force_code(c, inner);
        }
        int pp = code ? dyad_cd_node(c, inner)->next : -1;
        int prep = pp >= 0 && dyad_cd_label_is(c, pp, "PP") ? dyad_cd_node(c, pp)->first : -1;
        int obj = prep >= 0 && dyad_cd_isleaf(c, prep) ? dyad_cd_node(c, prep)->next : -1;
        if (obj >= 0 && dyad_cd_label_is(c, obj, "NP") &&
            S_noun_act(c, vp, dyad_cd_node(c, v)->tok, code, inner, prep, obj, -1) < 0)
            return -1;
    }
    return 0;
}

/* Is phrase part a participle's, (VP (VBG ...) ...) or (VP (VBN ...) ...)? */
static int S_participle(const dyad_cd_ctx *c, int part)
{
    int pv = dyad_cd_node(c, part)->first;
    return dyad_cd_label_is(c, part, "VP") && pv >= 0 && dyad_cd_isleaf(c, pv) &&
           (dyad_cd_label_is(c, pv, "VBG") || dyad_cd_label_is(c, pv, "VBN"));
}

/* Finite verbs of attending: their object is an act their subject takes part in. */
static const char *const S_attend_words[] = {"ATTEND", "ATTENDS", "ATTENDED", NULL};

/* Talks or a meeting "between" parties that the clause's verb, a third party's opening,
 * hosting or chairing of them, takes as its object, also a round or series of them
 * (S_setting_np): "Iraq hosted five rounds of talks between Iran and Saudi Arabia",
 * "Erdogan opened talks between Russian and Ukrainian negotiators": the parties' own,
 * with one another, besides the verb's event. vp is the verb's phrase, vt its token,
 * obj its object. Returns as S_noun_act, 0 when obj names no such act. */
static int S_convened_act(dyad_cd_ctx *c, int vp, int vt, int obj)
{
    static const char *const convene[] = {"HOST",     "HOSTS",     "HOSTED",    "OPEN",
                                          "OPENS",    "OPENED",    "CONVENE",   "CONVENES",
                                          "CONVENED", "CHAIR",     "CHAIRS",    "CHAIRED",
                                          "ORGANIZED", "ORGANISED", NULL};
    int prep = -1, pp = -1;
    int inner = obj >= 0 && dyad_cd_label_is(c, obj, "NP") && dyad_among(c->up[vt], convene)
                    ? S_setting_np(c, obj, &prep, &pp)
                    : -1;
    prep = pp >= 0 ? dyad_cd_node(c, pp)->first : -1;
    int np = prep >= 0 ? dyad_cd_node(c, prep)->next : -1;
    if (inner < 0 || prep < 0 || !dyad_is(c->up[dyad_cd_node(c, prep)->tok], "BETWEEN"))
        return 0;
    const char *head = c->up[dyad_cd_node(c, inner)->tok_end - 1];
    const char *code = dyad_among(head, dyad_talks_nouns)  ? "046"
                       : dyad_among(head, dyad_meet_nouns) ? "040"
                                                           : NULL;
    return code ? S_noun_act(c, vp, vt, code, inner, prep, np, -1) : 0;
}

/* The acts a participle's phrase part sets the clause of verb phrase vp (its verb at
 * token vt) in, the participle opening the clause or set off by commas after its
 * subject: its settings of among ("Speaking after talks with Kato, Lyng said"), and the
 * act itself when the participle takes part in it ("Mendez, ending a two-day visit to
 * Lisbon, said", "attending a meeting with"), not one it does something else to
 * ("cancelling a visit to"). Returns as S_setting_act. */
static int S_participle_acts(dyad_cd_ctx *c, int vp, int vt, int part, const char *const *among)
{
    static const char *const taking_part[] = {
        "BEGINNING", "STARTING", "OPENING", "RESUMING", "CONTINUING", "ENDING", "CONCLUDING",
        "COMPLETING", "WINDING", "WRAPPING", "MAKING", "PAYING", "HOLDING", "ATTENDING", NULL};
    int r = S_setting_act(c, vp, vt, part, taking_part);
    for (int q = dyad_cd_node(c, dyad_cd_node(c, part)->first)->next; q >= 0 && r >= 0;
         q = dyad_cd_node(c, q)->next) {
        int x = S_setting_act(c, vp, vt, q, among);
        r = x < 0 ? -1 : r || x;
    }
    return r;
}

/* Verbs that say an act took place (or will: the clause's modal is the event's): "talks
 * began", "the meeting lasted three hours" (S_noun_event), also after "expected to"
 * (S_slated). */
static const char *const S_happen[] = {
    "BEGAN", "BEGIN", "BEGINS", "BEGUN", "START", "STARTS", "STARTED", "OPEN", "OPENS",
    "OPENED", "RESUME", "RESUMES", "RESUMED", "END", "ENDS", "ENDED", "CONCLUDE",
    "CONCLUDES", "CONCLUDED", "CAME", "COME", "COMES", "CONTINUE", "CONTINUES",
    "CONTINUED", "LAST", "LASTS", "LASTED", NULL};

/* Do the events of o from n0 on join two parties (their countries) that an event before
 * n0 joins already, either way? */
static int S_pair_told(const dyad_coding *o, size_t n0)
{
    for (size_t i = n0; i < o->n; i++)
        for (size_t j = 0; j < n0; j++)
            if ((!strncmp(o->ev[i].source, o->ev[j].source, 3) &&
                 !strncmp(o->ev[i].target, o->ev[j].target, 3)) ||
                (!strncmp(o->ev[i].source, o->ev[j].target, 3) &&
                 !strncmp(o->ev[i].target, o->ev[j].source, 3)))
                return 1;
    return 0;
}

/* Does the verb at token tok undo the act of a phrase that ends before token end:
 * "cancelled", "postponed", "scrapped" or "delayed" it, or "called off", "put off" or
 * "cut short" with the particle after the verb or after the phrase ("called his trip
 * off")? Without it those verbs leave the act as it was ("called his trip a success",
 * "put the cost of the trip at $2 million"). */
static int S_undoes(const dyad_cd_ctx *c, int tok, int end)
{
    static const char *const undo[] = {"CANCEL", "POSTPON", "SCRAP", "DELAY", NULL};
    static const char *const phrasal[] = {"CALL", "PUT", "CUT", NULL};
    static const char *const particle[] = {"OFF", "SHORT", NULL};
    int n = (int)c->t->ntok;
    for (int u = 0; undo[u]; u++)
        if (dyad_after(c->up[tok], undo[u]))
            return 1;
    if (!(tok + 1 < n && dyad_among(c->up[tok + 1], particle)) &&
        !(end < n && dyad_among(c->up[end], particle)))
        return 0;
    for (int u = 0; phrasal[u]; u++)
        if (dyad_after(c->up[tok], phrasal[u]))
            return 1;
    return 0;
}

/* In an article: a visit, trip or tour a noun phrase anywhere in the sentence names
 * with its traveller (a possessor, "Nakasone's visit to Washington", or a phrase of
 * "by", "a visit to Japan by Lyng"; not a pronoun, "her trip") and where it goes ("to",
 * a tour also "of" or across a state, then the clause subject's): 042 and 043 back, as
 * of the verb of the clause it is in ("hopes his visit to Washington will help" is
 * planned with "will help"), planned when its words say it is to come ("his scheduled
 * visit"), negated when cancelled or put off (S_undoes). Not a topic ("briefed him on
 * Thatcher's visit"). The rules for a visit a clause's subject, object or setting names
 * came first: an event they gave stays theirs. Returns -1 ENOMEM. */
static int S_visit_nouns(dyad_cd_ctx *c)
{
    static const char *const topic[] = {"ON", "ABOUT", "OVER", "REGARDING", "CONCERNING",
                                        NULL};
    const dyad_tree *t = c->t;
    for (size_t k = 0; k < t->nn; k++) {
        int inner = t->n[k].first;
        int pp = inner >= 0 ? S_party_pp(c, dyad_cd_node(c, inner)->next) : -1;
        int prep = pp >= 0 ? dyad_cd_node(c, pp)->first : -1;
        int np = prep >= 0 ? dyad_cd_node(c, prep)->next : -1;
        /* or a tour across a state with no phrase after it ("as part of a cross-Canada
         * tour"), the clause subject's */
        char across[4] = "";
        const dyad_tnode *x0 = &t->n[k];
        if (!strcmp(x0->label, "NP") && inner >= 0 && dyad_cd_isleaf(c, inner) &&
            x0->tok_end > x0->tok && dyad_among(c->up[x0->tok_end - 1], dyad_visit_nouns))
            for (int w = x0->tok; w < x0->tok_end - 1 && !*across; w++)
                dyad_cd_across_state(c, c->up[w], across);
        if (*across)
            inner = (int)k, prep = np = -1;
        else if (strcmp(t->n[k].label, "NP") || inner < 0 ||
                 !dyad_cd_label_is(c, inner, "NP") || pp < 0 || !dyad_cd_label_is(c, pp, "PP") ||
                 prep < 0 || !dyad_cd_isleaf(c, prep) || np < 0 ||
                 !dyad_cd_label_is(c, np, "NP") ||
                 dyad_cd_node(c, inner)->tok_end <= dyad_cd_node(c, inner)->tok ||
                 !dyad_among(c->up[dyad_cd_node(c, inner)->tok_end - 1], dyad_visit_nouns))
            continue;
        /* the clause's own verb, and the word that governs the phrase: a verb whose
         * object it is acts on the visit ("denounced Pelosi's visit to Taiwan", "marks
         * his second visit") unless it tells it took place ("opened a visit") or did
         * not ("cancelled his trip") */
        int x = (int)k, gov = -1, object = 0;
        while (x >= 0 && !dyad_cd_label_is(c, x, "S")) {
            int up = dyad_cd_node(c, x)->parent;
            int f = up >= 0 ? dyad_cd_node(c, up)->first : -1;
            if (gov < 0 && f >= 0 && f != x && dyad_cd_isleaf(c, f) &&
                (dyad_cd_label_is(c, up, "PP") || dyad_cd_label_is(c, up, "VP"))) {
                gov = dyad_cd_node(c, f)->tok;
                object = dyad_cd_label_is(c, up, "VP") && !dyad_among(c->up[gov], S_happen);
            }
            x = up;
        }
        int vp = x >= 0 ? dyad_cd_node(c, x)->first : -1;
        while (vp >= 0 && !dyad_cd_label_is(c, vp, "VP"))
            vp = dyad_cd_node(c, vp)->next;
        for (int in = vp; in >= 0;) {
            vp = in;
            for (in = dyad_cd_node(c, vp)->first; in >= 0 && !dyad_cd_label_is(c, in, "VP");)
                in = dyad_cd_node(c, in)->next;
        }
        int v = vp >= 0 ? dyad_cd_node(c, vp)->first : -1;
        if (v < 0 || !dyad_cd_isleaf(c, v))
            continue;
        int vt = dyad_cd_node(c, v)->tok;
        int undone = (gov >= 0 && S_undoes(c, gov, x0->tok_end)) || S_undoes(c, vt, vt + 1);
        if ((object && !undone) || (gov >= 0 && dyad_among(c->up[gov], topic)) ||
            (vt + 1 < (int)c->t->ntok && dyad_is(c->up[vt + 1], "UNDER")))
            continue; /* "was under consideration" */
        int t0 = dyad_cd_node(c, inner)->tok, emb;
        size_t n0 = c->out->n;
        c->planned = 0;
        for (int w = t0; w < dyad_cd_node(c, inner)->tok_end - 1; w++)
            c->planned |= dyad_among(c->up[w], S_ahead_words);
        /* who cancels a visit named with no traveller cancels his own ("cancelled his
         * trip to Australia") */
        int doer = object || *across ? S_subject(c, vp, (int)c->nit, &emb) : -1;
        int r = S_noun_act(c, vp, vt, "042:043", inner, prep, np, doer);
        c->planned = 0;
        if (r < 0)
            return -1;
        /* one cancelled or put off did not take place ("cancelled his trip to
         * Australia"; the verb codes the cancelling); else one that only sets the
         * dealings of its parties the sentence told is no act of its own */
        for (size_t i = n0; undone && i < c->out->n; i++)
            c->out->ev[i].negated = 1;
        if (!undone && S_pair_told(c->out, n0))
            c->out->n = n0;
    }
    return 0;
}

/* Does the verb at token vt, after a form of "be", give its subject a time ("Talks
 * between A and B are scheduled for Monday", "A summit of the two leaders is set for
 * next week", "The visit is due on Friday"), or the act's happening ahead ("The talks
 * are expected to last two days", "is due to begin", "are scheduled to take place")?
 * Wire copy announces meetings and visits so: the act is planned as "will begin" plans
 * it. Not a time given to something else ("is expected to fail", "was set up"), nor one
 * set in the past that a "but" goes on from ("were scheduled for Monday but were put
 * off"), which was not kept. */
static int S_slated(const dyad_cd_ctx *c, int vt)
{
    static const char *const past[] = {"WAS", "WERE", "BEEN", NULL};
    static const char *const slated[] = {"SCHEDULED", "SET", "DUE", "PLANNED", "SLATED",
                                         "EXPECTED", "FIXED", NULL};
    static const char *const when[] = {"FOR", "ON", "NEXT", "THIS", "LATER", "TOMORROW",
                                       "TODAY", "TONIGHT", NULL};
    int n = (int)c->t->ntok, k = vt;
    if (dyad_among(c->up[vt], S_be_forms) && vt + 1 < n && dyad_among(c->up[vt + 1], slated))
        k = vt + 1; /* "(VP (VBP are) (ADJP (JJ due) (PP for ...)))" */
    const char *w2 = k + 2 < n ? c->up[k + 2] : "", *w3 = k + 3 < n ? c->up[k + 3] : "";
    int ahead = k + 1 < n && dyad_is(c->up[k + 1], "TO") &&
                (dyad_among(w2, S_happen) || (dyad_is(w2, "TAKE") && dyad_is(w3, "PLACE")));
    if (k < 1 || k + 1 >= n || !dyad_among(c->up[k], slated) ||
        !dyad_among(c->up[k - 1], S_be_forms) || !(ahead || dyad_among(c->up[k + 1], when)))
        return 0;
    for (int j = k + 1; j < n && dyad_among(c->up[k - 1], past); j++)
        if (dyad_is(c->up[j], "BUT"))
            return 0;
    return 1;
}

/* Is clause cl told by a verb of saying ("officials said (the tariffs would take effect
 * Friday)", also after "that")? There "would" is the teller's "will", a plan reported,
 * not a supposition. */
static int S_reported(const dyad_cd_ctx *c, int cl)
{
    int up = cl >= 0 ? dyad_cd_node(c, cl)->parent : -1;
    if (up >= 0 && dyad_cd_label_is(c, up, "SBAR"))
        up = dyad_cd_node(c, up)->parent;
    int v = up >= 0 && dyad_cd_label_is(c, up, "VP") ? dyad_cd_node(c, up)->first : -1;
    if (v < 0 || !dyad_cd_isleaf(c, v))
        return 0;
    const char *w = c->up[dyad_cd_node(c, v)->tok];
    return dyad_say_word(w, strlen(w));
}

/* Does the verb at token vt, with the words after it, say that something comes into
 * force: "took effect", "go into effect", "came into force", "entered into force",
 * "kicked in"? Coming, ending or lasting (S_happen) is not the imposing of a measure:
 * "the sanctions ended" eases them. */
static int S_in_force(const dyad_cd_ctx *c, int vt)
{
    static const char *const take[] = {"TAKE", "TAKES", "TOOK", "TAKEN", "TAKING", NULL};
    static const char *const enter[] = {"GO",    "GOES",   "WENT",    "GONE",     "GOING",
                                        "COME",  "COMES",  "CAME",    "COMING",   "ENTER",
                                        "ENTERS", "ENTERED", "ENTERING", NULL};
    static const char *const kick[] = {"KICK", "KICKS", "KICKED", "KICKING", NULL};
    static const char *const force[] = {"EFFECT", "FORCE", NULL};
    int n = (int)c->t->ntok;
    const char *w = c->up[vt], *w1 = vt + 1 < n ? c->up[vt + 1] : "";
    const char *w2 = vt + 2 < n ? c->up[vt + 2] : "";
    return (dyad_among(w, take) && dyad_is(w1, "EFFECT")) ||
           (dyad_among(w, enter) && dyad_is(w1, "INTO") && dyad_among(w2, force)) ||
           (dyad_among(w, kick) && dyad_is(w1, "IN"));
}

/* Does the clause verb at token vt of verb phrase vp tell the act its subject's noun
 * names as done: "The U.S. strike on Iran's offshore rigs endangers our sovereignty",
 * "Zambia's talks with the IMF have run into difficulties", "Funaro's visit to Europe
 * brought the debt back into view"? A noun with a verb of its own is an act told, where
 * a bare mention is not (the gold's rule). Not a passive, where the act is what another
 * does something to or says something of ("Iran's strike on Pakistan was condemned by
 * Islamabad", "the raid was called off", "talks are expected to"), a "be" that only
 * weighs it ("a strike on Iran was likely") or puts it under thought ("a visit to Moscow
 * by Shultz was under consideration"; "under way" is under way), nor a clause that
 * denies. */
static int S_act_as_subject(const dyad_cd_ctx *c, int vp, int vt)
{
    static const char *const hedge[] = {"LIKELY", "UNLIKELY", "POSSIBLE", "IMPOSSIBLE",
                                        "PROBABLE", "IMMINENT", "NECESSARY", "NEEDED",
                                        "UNNECESSARY", "DOUBTFUL", "UNCERTAIN", NULL};
    int by, np, n = (int)c->t->ntok, k = vt + 1;
    while (k < n && dyad_cd_label_is(c, c->t->tok_node[k], "RB"))
        k++;
    /* "was (X (VBN cut) (RP off))": a passive the parser drew outside a verb phrase */
    int passive = S_passive(c, vp, &by, &np) >= 0 ||
                  (dyad_cd_passive_aux(c, vt) && k < n &&
                   dyad_cd_label_is(c, c->t->tok_node[k], "VBN"));
    int weighed = k < n && (dyad_among(c->up[k], hedge) ||
                            (dyad_is(c->up[k], "UNDER") && k + 1 < n &&
                             !dyad_is(c->up[k + 1], "WAY")));
    return !passive && !weighed && !S_negated(c, vp, vt);
}

/* In an article: the acts the clause of verb phrase vp tells by a noun (S_noun_act).
 * Its subject's, when the clause's verb says the act took place: "Talks between
 * Armenia and Azerbaijan began in Almaty" (046 between the two), "A meeting between
 * Putin and Kim took place" (040), "Israeli strikes on Gaza killed at least 30 people"
 * (190; 195 from the air), "Blinken's visit to China comes amid tensions" (042:043),
 * or is set for a time ahead (S_slated: planned), and a measure put in force
 * (S_in_force): "U.S. tariffs on Chinese cars took effect" (163 on the goods' country);
 * or by any other verb of its own when its phrase names both parties, its doer before
 * the noun and the other after "on", "against", "to", "with" or "between"
 * (S_act_as_subject): "America's strike on an Iranian rig has drawn Washington into
 * war" (190), "Zambia's talks with the World Bank have run into difficulties",
 * "West German aid to Bolivia totalled 50 mln marks" (070: aid, told by no verb of
 * happening of its own).
 * And, at the clause's own verb, that of a phrase setting the clause in a meeting,
 * talks or a visit, done by the clause's subject unless the noun names its doer: "After
 * a meeting with Xi, Biden told reporters ..." (040), "Scholz said during a visit to
 * Beijing that ..." (042:043), "Kenya is in talks with the IMF" (046), also one of a
 * span or series or in a setting of its own (S_setting_np), or of time hung on the
 * verb's object by the parser ("raised the issue during talks with"), or one the
 * clause is set before ("arrived in Riyadh ahead of a meeting with the crown prince",
 * "before talks with", "in preparation for", "prior to": S_before_settings), which is
 * planned where the clause is asserted (dyad_coded_event.planned); not a topic ("a
 * statement on its talks with"); and an attack the clause is set in or after
 * (S_fight_settings: "died in Israeli strikes on Lebanon", 190); and the act one comes
 * back from ("returned from a trip to Tokyo", "said on her return from a visit to
 * Tokyo": S_return_words), done. The clause's negation,
 * "will" and time are the act's; under another modal ("A U.S. strike on Iran would hit
 * oil markets") nothing is told. Returns 1 when events were made, 0 none, -1 ENOMEM. */
static int S_noun_event(dyad_cd_ctx *c, int vp)
{
    static const char *const *const talks = dyad_talks_nouns, *const *const meet = dyad_meet_nouns;
    static const char *const *const visit = dyad_visit_nouns;
    static const char *const take[] = {"TAKE", "TAKES", "TOOK", "TAKEN", NULL};
    static const char *const be[] = {"IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", NULL};
    /* "will" plans the act; the other modals only suppose it ("A U.S. strike on Iran
     * would hit oil markets") */
    static const char *const weak[] = {"WOULD", "COULD", "MIGHT", "MAY", "CAN", "SHOULD",
                                       "MUST", "'D", NULL};
    /* the settings of a clause in an act, by the nouns they take */
    static const char *const amid[] = {"AFTER", "FOLLOWING", "DURING", "IN",    "AT",
                                       "ON",    "BEFORE",    "AHEAD",  "PREPARATION",
                                       "PRIOR", "FOR",       NULL};
    int top = vp, cond = 0, would = 0;
    while (dyad_cd_node(c, top)->parent >= 0 &&
           dyad_cd_label_is(c, dyad_cd_node(c, top)->parent, "VP")) {
        top = dyad_cd_node(c, top)->parent;
        int m = dyad_cd_node(c, top)->first;
        if (m >= 0 && dyad_cd_isleaf(c, m) && dyad_among(c->up[dyad_cd_node(c, m)->tok], weak))
            *(dyad_is(c->up[dyad_cd_node(c, m)->tok], "WOULD") ? &would : &cond) = 1;
    }
    int cl = dyad_cd_node(c, top)->parent, v = dyad_cd_node(c, vp)->first;
    if (cond || (would && !S_reported(c, cl)) || cl < 0 || !dyad_cd_label_is(c, cl, "S") ||
        v < 0 || !dyad_cd_isleaf(c, v))
        return 0;
    int vt = dyad_cd_node(c, v)->tok, r = 0;
    /* the own verb (no verb phrase below it) of a finite clause with a subject (not
     * "expected to discuss ways to break a stalemate in talks between A and B"): the
     * phrases setting the clause, in it or in the verb phrases down to it */
    int low = 0, to = dyad_cd_node(c, top)->first;
    for (int ch = dyad_cd_node(c, cl)->first; ch >= 0 && ch != top; ch = dyad_cd_node(c, ch)->next)
        low |= dyad_cd_label_is(c, ch, "NP") && !dyad_cd_label_is(c, to, "TO");
    for (int ch = dyad_cd_node(c, vp)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next)
        low &= !dyad_cd_label_is(c, ch, "VP");
    /* the clause's own verb of attending takes part in the act its object names, as a
     * participle of one does, when the object names its other party ("attended talks
     * with the IMF": 046, "a meeting with Egyptian mediators": 040); "attended the meeting"
     * is often a meeting of the subject's own side, which coreference would give the
     * story's last one */
    int obj = dyad_cd_node(c, v)->next, with = 0;
    for (int k = obj >= 0 ? dyad_cd_node(c, obj)->tok : 0;
         low && obj >= 0 && k < dyad_cd_node(c, obj)->tok_end; k++)
        with |= dyad_is(c->up[k], "WITH") || dyad_is(c->up[k], "BETWEEN");
    if (with && dyad_among(c->up[vt], S_attend_words))
        r = S_setting_act(c, vp, vt, vp, S_attend_words);
    else
        r = S_convened_act(c, vp, vt, obj);
    for (int p = vp; low && r >= 0; p = dyad_cd_node(c, p)->parent) {
        for (int pp = dyad_cd_node(c, p)->first; pp >= 0 && r >= 0; pp = dyad_cd_node(c, pp)->next) {
            /* a participle opening the clause sets it too ("Speaking after talks with
             * Kato, Lyng said": (S (VP (VBG Speaking) (PP after ...)) (NP Lyng) ...)) */
            int part = p == cl && pp != top ? pp : -1;
            if (part >= 0 && dyad_cd_label_is(c, part, "S") && dyad_cd_node(c, part)->first >= 0 &&
                dyad_cd_node(c, dyad_cd_node(c, part)->first)->next < 0)
                part = dyad_cd_node(c, part)->first;
            if (part >= 0 && S_participle(c, part)) {
                int x = S_participle_acts(c, vp, vt, part, amid);
                r = x < 0 ? -1 : r || x;
                continue;
            }
            /* a setting set off by commas in the subject's phrase is its doer's own
             * ("Weizsaecker, on a four-day visit to Argentina, said ...": (NP (NP ...)
             * (, ,) (PP on ...)), "Tamura, attending a meeting with Yeutter, said"), and
             * so is one of time without commas ("Clark during a visit to Tokyo urged") */
            if (p == cl && pp != top && dyad_cd_label_is(c, pp, "NP")) {
                for (int q = dyad_cd_node(c, pp)->first, comma = 0; q >= 0 && r >= 0;
                     q = dyad_cd_node(c, q)->next) {
                    int x = comma && S_participle(c, q) ? S_participle_acts(c, vp, vt, q, amid)
                            : comma                    ? S_setting_act(c, vp, vt, q, amid)
                            : dyad_cd_label_is(c, q, "PP")
                                ? S_setting_act(c, vp, vt, q, S_time_settings)
                                : 0;
                    r = x < 0 ? -1 : r || x;
                    comma = dyad_cd_label_is(c, q, ",");
                }
                continue;
            }
            if (!dyad_cd_label_is(c, pp, "NP") || p != vp) {
                int x = S_setting_act(c, vp, vt, pp, amid);
                if (!x && p == vp && dyad_among(c->up[vt], S_return_words))
                    x = S_setting_act(c, vp, vt, pp, S_from); /* "returned from talks with" */
                r = x < 0 ? -1 : r || x;
                continue;
            }
            /* a setting the parser hung on the verb's object ("raised the fentanyl issue
             * during talks with Wang Yi", "told a news conference after talks with
             * Xi"), unless the object is another's act or thing ("criticized Xi's
             * remarks during talks with Putin") */
            int own = 1;
            for (int k = dyad_cd_node(c, pp)->tok; k < dyad_cd_node(c, pp)->tok_end; k++)
                own &= !dyad_cd_label_is(c, c->t->tok_node[k], "POS");
            for (int q = dyad_cd_node(c, pp)->first; own && q >= 0 && r >= 0;
                 q = dyad_cd_node(c, q)->next) {
                int x = S_setting_act(c, vp, vt, q, S_time_settings);
                r = x < 0 ? -1 : r || x;
            }
        }
        if (p == cl)
            break;
    }
    if (r < 0)
        return -1;
    /* the subject (NP (NP ... noun) (PP prep (NP party))), or a noun with no phrase after
     * it ("U.S.-Japanese talks began"), or its parts left loose in
     * the clause by the parser: "(NP Russian missile strikes) (IN on) (NP Kyiv) (VP";
     * a quotation's opening mark is no part of it */
    int inner = -1, pp = -1, kids[4], nk = 0;
    for (int ch = dyad_cd_node(c, cl)->first; ch >= 0 && ch != top; ch = dyad_cd_node(c, ch)->next)
        if (!dyad_cd_label_is(c, ch, "``"))
            kids[nk < 4 ? nk : 3] = ch, nk++;
    if (nk == 1 && dyad_cd_label_is(c, kids[0], "NP")) {
        inner = dyad_cd_node(c, kids[0])->first;
        pp = inner >= 0 ? dyad_cd_node(c, inner)->next : -1;
        if (inner >= 0 && dyad_cd_isleaf(c, inner))
            inner = kids[0], pp = -1; /* "(NP (JJ U.S.-Japanese) (NNS talks))" */
    } else if (nk == 3 && dyad_cd_label_is(c, kids[0], "NP") && dyad_cd_label_is(c, kids[1], "IN") &&
               dyad_cd_label_is(c, kids[2], "NP")) {
        inner = kids[0];
        pp = cl; /* its IN and NP are read below */
        /* "(NP (NP Airstrikes) (PP by Israel)) (IN on) (NP Gaza)": the noun's own
         * phrase, with its doer's after it (S_by_phrase) */
        int own = dyad_cd_node(c, inner)->first, by = own >= 0 ? dyad_cd_node(c, own)->next : -1;
        int b = by >= 0 ? dyad_cd_node(c, by)->first : -1;
        if (own >= 0 && dyad_cd_label_is(c, own, "NP") && by >= 0 &&
            dyad_cd_label_is(c, by, "PP") && dyad_cd_node(c, by)->next < 0 && b >= 0 &&
            dyad_cd_isleaf(c, b) && dyad_is(c->up[dyad_cd_node(c, b)->tok], "BY"))
            inner = own;
    }
    if (inner < 0 || !dyad_cd_label_is(c, inner, "NP") ||
        dyad_cd_node(c, inner)->tok_end <= dyad_cd_node(c, inner)->tok)
        return r;
    const dyad_tnode *in = dyad_cd_node(c, inner);
    int hd = in->tok_end - 1;
    const char *vw = c->up[vt], *head = c->up[hd];
    /* ... or was held ("Talks between A and B were held in Doha") */
    int slated = S_slated(c, vt);
    int took = dyad_among(vw, S_happen) ||
               (dyad_among(vw, take) && vt + 1 < (int)c->t->ntok && dyad_is(c->up[vt + 1], "PLACE")) ||
               (dyad_is(vw, "HELD") && vt > 0 && dyad_among(c->up[vt - 1], be)) || slated;
    const char *code = NULL, *force_code = S_force_code(c, inner);
    if (force_code && (took || dyad_among(vw, S_harm_verbs)))
        code = force_code;
    else if (dyad_among(head, dyad_measure_nouns) && S_in_force(c, vt))
        code = "163";
    else if (took && dyad_among(head, talks))
        code = "046";
    else if (took && dyad_among(head, meet))
        code = "040";
    else if (took && dyad_among(head, visit))
        code = "042:043";
    /* any other verb of its own, the clause's lowest (not "was" of "was called off"),
     * when the noun's phrase names both parties (S_act_as_subject); aid's verbs of
     * happening too ("Soviet aid to Nicaragua resumed") */
    int own_verb = !code && low && S_act_as_subject(c, vp, vt);
    if (own_verb)
        code = force_code                         ? force_code
               : dyad_among(head, talks)          ? "046"
               : dyad_among(head, meet)           ? "040"
               : dyad_among(head, visit)          ? "042:043"
               : dyad_among(head, dyad_aid_nouns) ? "070"
                                                  : NULL;
    if (!code)
        return r;
    int prep = -1, np = -1;
    if (pp == cl) {
        prep = kids[1], np = kids[2];
    } else if ((pp = S_party_pp(c, pp)) >= 0) {
        prep = dyad_cd_node(c, pp)->first, np = dyad_cd_node(c, prep)->next;
    }
    /* talks or a meeting whose phrase names no party, the parties "between" the verb's
     * phrase names: "Talks are underway between Zaire and the IMF", "Talks have occurred
     * between A and B" */
    int two_sided = !strncmp(code, "04", 2) && code[2] != '2';
    for (int q = dyad_cd_node(c, vp)->first; np < 0 && two_sided && q >= 0;
         q = dyad_cd_node(c, q)->next) {
        int p0 = dyad_cd_node(c, q)->first, n0 = p0 >= 0 ? dyad_cd_node(c, p0)->next : -1;
        if (dyad_cd_label_is(c, q, "PP") && p0 >= 0 && dyad_cd_isleaf(c, p0) && n0 >= 0 &&
            dyad_cd_label_is(c, n0, "NP") && dyad_is(c->up[dyad_cd_node(c, p0)->tok], "BETWEEN"))
            prep = p0, np = n0;
    }
    /* "by" may come first: "the attack by Houthi rebels on a tanker" (S_by_phrase) */
    static const char *const party_preps[] = {"ON", "AGAINST", "TO", "WITH", "BETWEEN", "BY",
                                              NULL};
    if (own_verb && (prep < 0 || (!dyad_among(c->up[dyad_cd_node(c, prep)->tok], party_preps) &&
                                  !S_force_of(head, c->up[dyad_cd_node(c, prep)->tok]))))
        return r; /* "U.S.-Japanese talks in Tokyo were useful": no party after the noun */
    c->planned = slated;
    int told = S_noun_act(c, vp, vt, code, inner, prep, np, -1);
    c->planned = 0;
    return told < 0 ? -1 : told || r;
}

/* Does a pattern of force whose $ is what "under", "in", "during" or "of" takes ("came
 * under $", "suffered casualties in $", "was the target of $") miss its doer? Such a
 * phrase is the act the subject underwent, whose doer its words name ("came under
 * renewed Yemeni attack", "suffered heavy losses in Russia's offensive", "in an
 * offensive by Russian troops", "the target of Yemeni drone strikes"), only when it is
 * an act of force: "came under U.S. pressure" is no attack by Washington, nor "losses
 * in Kharkiv" one by Ukraine, nor "the target of U.S. criticism" force. */
static int S_undergone_doer(const dyad_cd_ctx *c, const dyad_pattern *pt, S_loc s)
{
    static const char *const undergo[] = {"UNDER", "IN", "DURING", "OF", NULL};
    const dyad_ptok *tk = dyad_dict_toks(c->d, pt->low);
    const char *code = dyad_dict_str(c->d, pt->code);
    if (s.item < 0 || pt->nlow < 2 || tk[pt->nlow - 1].type != DYAD_PT_SRC ||
        tk[pt->nlow - 2].type != DYAD_PT_WORD ||
        !dyad_among(dyad_dict_str(c->d, tk[pt->nlow - 2].word), undergo) || !S_force_root(code))
        return 0;
    if (c->it[s.item].type != I_NES)
        return 1;
    const dyad_cd_ent *e = &c->ent[c->it[s.item].ent];
    for (int k = e->tok0; k < e->tok1; k++)
        if (S_attack_noun(c->up[k]))
            return 0;
    return !S_attack_owner(c, e); /* "Iran's offensive": the possessor alone */
}

/* Does pattern pt, of a verb that also says (one of the SAY block's: "claimed", "added"),
 * name only words of the object of its verb phrase vp, the last read at word item k, a
 * word of a clause with a subject and a finite verb that vp takes as its object
 * ("claimed (S the attack was planned abroad)", "claim (SBAR that (S they protect
 * villagers from attacks))", "added (S Japan might contest the tariffs at the world trade
 * body)")? Such a pattern ("CLAIM: * &ATTACK", "ADD: * &SANCTION (ON)")
 * reads the thing the verb acts on; what the verb says is a thing it speaks about, not
 * one it claims (SAY's comment: its patterns would read the reported clause). Verbs that
 * do not say read their clause ("demanded that China stop arms sales", "warned that it
 * would act to stop a nuclear weapon"). A pattern of no event ([---]) still holds
 * there. */
static int S_said_word(const dyad_cd_ctx *c, const dyad_pattern *pt, int vp, int k)
{
    const dyad_ptok *tk = dyad_dict_toks(c->d, pt->low);
    for (int i = 0; i < pt->nlow; i++)
        if (tk[i].type > DYAD_PT_SYN)
            return 0;
    if (pt->nlow < 1 || k < 0 || c->it[k].type != I_WORD ||
        !strcmp(dyad_dict_str(c->d, pt->code), "---"))
        return 0;
    int s = c->t->tok_node[c->it[k].tok], up = dyad_cd_node(c, s)->parent;
    while (up >= 0 && up != vp &&
           !(dyad_cd_label_is(c, up, "SBAR") && dyad_cd_node(c, up)->parent == vp))
        s = up, up = dyad_cd_node(c, up)->parent;
    if (up < 0 || !dyad_cd_label_is(c, s, "S"))
        return 0;
    for (int n = dyad_cd_node(c, s)->first; n >= 0; n = dyad_cd_node(c, n)->next) {
        int v = dyad_cd_node(c, n)->next, f = v >= 0 ? dyad_cd_node(c, v)->first : -1;
        /* the finite verb of verb phrases the parser coordinated: "(VP (VP were aimed
         * at ...) , rather than (VP to deal with ...))" */
        while (f >= 0 && dyad_cd_label_is(c, f, "VP"))
            f = dyad_cd_node(c, f)->first;
        if (dyad_cd_label_is(c, n, "NP") && v >= 0 && dyad_cd_label_is(c, v, "VP") && f >= 0 &&
            dyad_among(dyad_cd_node(c, f)->label, S_finite_tags))
            return 1;
    }
    return 0;
}

/* The verb dictionary's entries of one word, tried in turn for a verb: a word defined
 * in several blocks uses the patterns of all of them (single), a multi-word verb its
 * own entry alone. */
static const dyad_verb *S_next_entry(const dyad_cd_ctx *c, const dyad_verb *e, int single)
{
    return single && e->next >= 0 ? &c->d->verb.v[e->next] : NULL;
}

/* Is entry e tried for a single word (not another entry's multi-word verb)? Notes the
 * first code of its own among the entries tried in *own, the verb's code when no
 * pattern holds. */
static int S_entry_tried(const dyad_cd_ctx *c, const dyad_verb *e, int single, const char **own)
{
    if (single && (e->npre || e->npost))
        return 0;
    if (!*own && strcmp(dyad_dict_str(c->d, e->code), "---"))
        *own = dyad_dict_str(c->d, e->code);
    return 1;
}

/* Is the verb of entry ve (and the entries after it, single) at token tok one of
 * denial whose patterns found nothing it denies: "denied that its jets had entered the
 * airspace", "denied ever making such a promise", "denied it", "denied any role in the
 * attack"? Such a denial names no charge, but answers one made of its doer just as
 * "denied the charge" does (S_towards_earlier); with no charge to answer it is no event,
 * as before, so a firm's or a minister's about prices or rumours codes nothing. Not a
 * standing one ("has long denied", "has for years denied any military aim in its
 * programme"): the story's background, no answer to what was just said. */
static int S_bare_denial(const dyad_cd_ctx *c, const dyad_verb *ve, int single, int tok)
{
    static const char *const spans[] = {"YEARS", "DECADES", "MONTHS", NULL};
    if ((tok > 0 && dyad_is(c->up[tok - 1], "LONG")) ||
        (tok + 2 < (int)c->t->ntok && dyad_is(c->up[tok + 1], "FOR") &&
         dyad_among(c->up[tok + 2], spans)))
        return 0;
    for (const dyad_verb *e = ve; e; e = S_next_entry(c, e, single))
        if (dyad_dict_denial(c->d, e))
            return 1;
    return 0;
}

/* Does pattern pt hold on the verb's sequences (c->seq_up[0..nup), c->seq_low[0..nlow))?
 * Sets the $ and + it names. The one test of a pattern, for the verbs of the tree
 * (S_check_verbs) and for those it never read (S_flat_verbs). */
static int S_pattern_fits(dyad_cd_ctx *c, const dyad_pattern *pt, int nup, int nlow, S_loc *src,
                          S_loc *tgt)
{
    S_loc up_last = {-1, -1, -1};
    src->item = tgt->item = tgt->last = tgt->lead = -1;
    if (!strcmp(dyad_dict_str(c->d, pt->code), "+++"))
        return 0; /* TABARI's complex events, which PETRARCH does not code */
    if (!S_may_match(c, dyad_dict_toks(c->d, pt->up), pt->nup) ||
        !S_may_match(c, dyad_dict_toks(c->d, pt->low), pt->nlow) ||
        !S_match(c, dyad_dict_toks(c->d, pt->up), pt->nup, c->seq_up, nup, 1, src, &up_last) ||
        !S_match(c, dyad_dict_toks(c->d, pt->low), pt->nlow, c->seq_low, nlow, 0, src, tgt))
        return 0;
    if (up_last.item >= 0 && tgt->item < 0)
        tgt->item = up_last.item; /* a + before the verb */
    return !S_pattern_origin(c, pt, tgt->item) && !S_undergone_doer(c, pt, *src);
}

/* An accusation pattern's + after a preposition ("blamed the attack on +"): when the
 * parser made one phrase of the act and whom the preposition names ("blamed (the attack
 * on Russia)", "blamed (the bombing in Quetta on India)"), the party accused is whom the
 * words after that preposition name, not the act's doer nor its place, so the phrase
 * is coded by those words and no rule reads it again as an act: 1. When the + names no
 * one known, the pattern does not hold and the verb's own search finds whom it accuses
 * ("blamed an inflexible American position for the collapse of the talks"): -1.
 * Else 0. */
static int S_plus_inside(dyad_cd_ctx *c, const dyad_pattern *pt, S_loc t)
{
    const dyad_ptok *tk = dyad_dict_toks(c->d, pt->low);
    if (strncmp(dyad_dict_str(c->d, pt->code), "112", 3) || t.item < 0 || t.last < 0 ||
        c->it[t.item].type != I_NES || pt->nlow < 2 ||
        tk[pt->nlow - 1].type != DYAD_PT_TGT || tk[pt->nlow - 2].type != DYAD_PT_WORD ||
        c->it[t.last].type != I_WORD)
        return 0;
    dyad_cd_ent *x = &c->ent[c->it[t.item].ent];
    int p = c->it[t.last].tok;
    if (p <= x->tok0 || p + 1 >= x->tok1)
        return dyad_cd_coded(c, t.item) ? 0 : -1;
    return S_code_after(c, x, p);
}

/* The token of the denial of the feeling at token feel, which "be" of verb phrase vp
 * says its subject has: a "not", "n't" or "never" among the words of the clause's verb
 * phrases before it ("is also not totally happy", "has not been pleased"); -1 when it
 * is not denied. */
static int S_denial(const dyad_cd_ctx *c, int vp, int feel)
{
    int top = dyad_cd_top_vp(c, vp);
    for (int k = dyad_cd_node(c, top)->tok; k >= 0 && k < feel; k++)
        if (dyad_cd_label_is(c, c->t->tok_node[k], "RB") && S_not_word(c->up[k]))
            return k;
    return -1;
}

/* The end of the items "be" of verb phrase vp (ending its own at end_own, its phrase at
 * end_item) judges its subject by: also the feelings and judgements coordinated with
 * its adjective that the parser drew as phrases of their own, "(VP (VP was (ADJP
 * surprised)) and (VP disappointed (PP by the EC move)))", which tell of the move as
 * "was surprised and disappointed by" does under one "be" (S_be_adjective reads the
 * last of them); not a phrase with a verb of its own ("was angry and recalled its
 * envoy", "is concerned and will act"). */
static int S_be_conjuncts_end(const dyad_cd_ctx *c, int vp, int end_own, int end_item)
{
    int p = dyad_cd_node(c, vp)->parent;
    if (end_own < end_item || !dyad_cd_passive_aux(c, dyad_cd_node(c, vp)->tok) || p < 0 ||
        !dyad_cd_label_is(c, p, "VP") || dyad_cd_node(c, p)->first != vp)
        return end_own;
    int n = 0;
    for (int ch = dyad_cd_node(c, vp)->next; ch >= 0; ch = dyad_cd_node(c, ch)->next) {
        int f = dyad_cd_node(c, ch)->first;
        if (dyad_cd_label_is(c, ch, "CC") || dyad_cd_label_is(c, ch, ",") ||
            dyad_cd_label_is(c, ch, "ADVP"))
            continue;
        if (!dyad_cd_label_is(c, ch, "ADJP") &&
            !(dyad_cd_label_is(c, ch, "VP") && f >= 0 && dyad_cd_isleaf(c, f) &&
              dyad_cd_label_is(c, f, "VBN")))
            return end_own;
        n++;
    }
    int end = end_own, tok_end = dyad_cd_node(c, p)->tok_end;
    while (n && end < (int)c->nit && S_item_tok(c, end) < tok_end)
        end++;
    return end;
}

/* The threat a hostile act (code, roots 15 to 20) makes when the passive clause of verb
 * phrase vp promises it, under "will", "would" or "shall": to "any" party its subject
 * names ("Canada said any French trawlers found in the zone would be seized" is
 * Canada's threat to France, dyad_threat_code: 137 for seizing, 138 for force), or on
 * a condition, to the party the condition names, else to the subject's ("Iran said
 * American ships would be targeted if Washington struck its soil": Iran's threat to the
 * United States; "Ottawa said Spanish trawlers would be seized if they fished there":
 * to Spain). Not one the clause denies ("would not be attacked if they withdrew"), a
 * promise of safety. Sets *of to the party's item; NULL when it is no such clause. */
static const char *S_promised_passive(const dyad_cd_ctx *c, int vp, const char *code, int *of)
{
    *of = -1;
    if (strncmp(code, "15", 2) < 0 || strncmp(code, "20", 2) > 0)
        return NULL;
    int top, md, wk, subj = S_clause_subject(c, vp, &top, &md, &wk);
    if (!md || subj < 0)
        return NULL;
    int any = dyad_is(c->up[dyad_cd_node(c, subj)->tok], "ANY"),
        sbar = any ? -1 : S_if_node(c, dyad_cd_node(c, top)->parent);
    if (!any && sbar < 0)
        sbar = S_cond_outside(c, dyad_cd_node(c, top)->parent);
    if (!any && (sbar < 0 || S_negated(c, vp, dyad_cd_node(c, vp)->tok)))
        return NULL;
    /* the party its head names, not one of a clause on it ("any troops sent to
     * Ukraine") */
    int head = dyad_cd_node(c, subj)->first;
    head = head >= 0 && dyad_cd_label_is(c, head, "NP") ? head : subj;
    int named = dyad_cd_phrase_entity(c, subj, (int)c->nit),
        cond = sbar >= 0 ? S_if_subject(c, sbar) : -1;
    named = named >= 0 && dyad_cd_coded(c, named) &&
                    c->ent[c->it[named].ent].tok1 <= dyad_cd_node(c, head)->tok_end
                ? named
                : -1;
    if (cond < 0 || !dyad_cd_coded(c, cond)) {
        *of = named;
        return named >= 0 ? dyad_threat_code(code) : NULL;
    }
    /* one party's things hit on another's act are that one's answer, which the teller
     * only foresees: "U.S. farm goods would be targeted if Tokyo hit back" */
    if (named >= 0 && !dyad_coref_same_actor(c->ent[c->it[named].ent].code,
                                             c->ent[c->it[cond].ent].code))
        return NULL;
    *of = cond;
    return dyad_threat_code(code);
}

/* In an article, a hostile act (roots 11 to 20) done over, for or because of a wrong
 * the writer calls alleged ("imposed tariffs over Japan's alleged breach of the pact",
 * "retaliated for the alleged Iranian missile attack") is done on its doer's charge: the
 * writer holds back from the wrong, not from who charges it, so the doer at item src
 * accuses the party the wrong's own phrase names (112), as "the United States charged
 * that Japan broke the pact" does. Read at "alleged": the charge has been made even
 * when the act is only planned or not done. Not a wrong named inside a clause ("to
 * discuss Japan's alleged violations") or under a preposition other than of cause,
 * nor what the act is done to, which is no wrong ("raided alleged guerrilla bases"
 * says whose the bases are said to be), nor one of the doer's own side. 1 when made,
 * 0 none, -1 ENOMEM. */
static int S_alleged_wrong(dyad_cd_ctx *c, int vp, int src, const char *code)
{
    static const char *const why[] = {"FOR", "OVER", "BECAUSE", "AGAINST", "AT", NULL};
    if (strncmp(code, "11", 2) < 0 || strncmp(code, "20", 2) > 0 || !strncmp(code, "112", 3) ||
        src < 0 || !dyad_cd_coded(c, src))
        return 0;
    int top = dyad_cd_top_vp(c, vp);
    char sc[64][64];
    const dyad_cd_ent *se[64];
    int ns = S_codes(c, src, sc, se, 64);
    for (int t = dyad_cd_node(c, top)->tok; t < dyad_cd_node(c, top)->tok_end; t++) {
        int np = dyad_is(c->up[t], "ALLEGED") ? dyad_cd_node(c, c->t->tok_node[t])->parent : -1;
        if (np >= 0 && dyad_cd_label_is(c, np, "ADJP"))
            np = dyad_cd_node(c, np)->parent;
        if (np < 0 || !dyad_cd_label_is(c, np, "NP"))
            continue;
        /* the wrong's phrase hangs on the act's verb phrase (or one above it, "will
         * (slap tariffs) (in retaliation for ...)") through nouns and prepositions only */
        int p = np, prep = -1;
        while (p >= 0 && (dyad_cd_label_is(c, p, "NP") || dyad_cd_label_is(c, p, "PP"))) {
            if (prep < 0 && dyad_cd_label_is(c, p, "PP"))
                prep = dyad_cd_node(c, p)->tok;
            p = dyad_cd_node(c, p)->parent;
        }
        int on = 0;
        for (int q = vp; !on && q >= 0 && dyad_cd_label_is(c, q, "VP");
             q = dyad_cd_node(c, q)->parent)
            on = q == p;
        if (!on || prep < 0 || !dyad_among(c->up[prep], why))
            continue;
        /* the party its own words name ("Japan's", "Iranian"), not one named below them
         * ("violations of the pact with Britain") */
        int n0 = dyad_cd_node(c, np)->tok, toks[64], nw = 0, dated, r = 0;
        char named[64];
        while (nw < 64 && n0 + nw < dyad_cd_node(c, np)->tok_end)
            toks[nw] = n0 + nw, nw++;
        dyad_cd_code_words(c, c->up + n0, toks, nw, named, sizeof named, &dated);
        if (!named[0] || !strncmp(named, "---", 3))
            continue;
        for (int i = 0; i < ns; i++)
            if (dyad_coref_same_actor(sc[i], named) && !dyad_coref_two_sides(sc[i], named))
                return 0;
        int v0 = c->verb_tok0, v1 = c->verb_tok1, neg = c->negated;
        c->verb_tok0 = c->verb_tok1 = t;
        c->negated = 0;
        for (int i = 0; i < ns && r >= 0; i++)
            if (strncmp(sc[i], "---", 3))
                r = S_add_event(c, sc[i], named, "112", se[i], NULL);
        c->verb_tok0 = v0, c->verb_tok1 = v1, c->negated = neg;
        return r < 0 ? -1 : 1;
    }
    return 0;
}

/* Is verb phrase vp top, or one of verb phrases joined under it ("must stop the
 * shelling and withdraw")? */
static int S_vp_within(const dyad_cd_ctx *c, int vp, int top)
{
    while (vp >= 0 && vp != top && dyad_cd_label_is(c, vp, "VP"))
        vp = dyad_cd_node(c, vp)->parent;
    return vp == top;
}

/* The appeals or demands a duty told of (events from..to) ask what its act is (code):
 * CAMEO codes an appeal to yield, to give aid or to meet by what it asks for
 * (dyad_asked_code: "Shultz said Moscow must withdraw its troops" is a demand to
 * de-escalate, 1056, not a bare 100), which a bare "must" or "should" does not say.
 * A duty to refrain from the act ("should not withdraw") asks no such thing. */
static void S_asked_as(dyad_cd_ctx *c, size_t from, size_t to, const char *code, int refrain)
{
    for (size_t i = from; i < to && !refrain; i++) {
        dyad_coded_event *e = &c->out->ev[i];
        const char *asked = (!strcmp(e->code, "020") || !strcmp(e->code, "100"))
                                ? dyad_asked_code(code, e->code[0] == '1')
                                : NULL;
        if (asked)
            snprintf(e->code, sizeof e->code, "%s", asked);
    }
}

/* Is event i of the sentence one an attack's noun told (c->noun_ev)? */
static int S_by_noun(const dyad_cd_ctx *c, size_t i)
{
    for (size_t k = 0; k < c->nnoun_ev; k++)
        if (c->noun_ev[k] == i)
            return 1;
    return 0;
}

/* Drops each event an attack's noun told where another of the sentence has its source's
 * and target's countries and its root: "Iran shelled Basra in its offensive on Iraq"
 * is one attack (IRN->IRQ 194), not two. */
static void S_noun_gives_way(dyad_cd_ctx *c)
{
    dyad_coding *o = c->out;
    for (size_t i = o->n; i-- > 0;) {
        int twice = 0;
        for (size_t j = 0; j < o->n && S_by_noun(c, i) && !twice; j++)
            twice = j != i && !S_by_noun(c, j) && !strncmp(o->ev[i].source, o->ev[j].source, 3) &&
                    !strncmp(o->ev[i].target, o->ev[j].target, 3) &&
                    !strncmp(o->ev[i].code, o->ev[j].code, 2);
        if (!twice)
            continue;
        memmove(o->ev + i, o->ev + i + 1, (o->n - i - 1) * sizeof *o->ev);
        o->n--;
        /* its own mark goes, else it would fall on the event moved into its place (a
         * verb's, which would then witness no other); the events after it move down */
        size_t kept = 0;
        for (size_t k = 0; k < c->nnoun_ev; k++)
            if (c->noun_ev[k] != i)
                c->noun_ev[kept++] = c->noun_ev[k] - (c->noun_ev[k] > i);
        c->nnoun_ev = kept;
    }
}

/* Is verb phrase vp a gerund with an object of its own on the noun of a statement ("Egypt
 * released a statement criticizing France", "a report accusing Iran")? It tells what the
 * statement does, its issuer's act, coded on its own also after a verb whose pattern
 * read the statement. */
static int S_statement_gerund(const dyad_cd_ctx *c, int vp)
{
    static const char *const said[] = {"STATEMENT", "STATEMENTS", "COMMUNIQUE", "REPORT",
                                       "REPORTS", "VIDEO", NULL};
    int np = dyad_cd_node(c, vp)->parent;
    int noun = np >= 0 && dyad_cd_label_is(c, np, "NP") ? dyad_cd_node(c, np)->first : -1;
    return noun >= 0 && dyad_cd_label_is(c, noun, "NP") && dyad_cd_node(c, noun)->next == vp &&
           dyad_cd_label_is(c, dyad_cd_node(c, vp)->first, "VBG") && S_np_child(c, vp) &&
           dyad_among(c->up[dyad_cd_node(c, noun)->tok_end - 1], said);
}

static int S_check_verbs(dyad_cd_ctx *c)
{
    int resume = 0, asked_vp = -1; /* the act of the duty last told (asked0..asked1) */
    size_t asked0 = 0, asked1 = 0;
    if (c->cr && S_relative_harm(c) < 0)
        return -1;
    for (size_t i = 0; i < c->nvc; i++) {
        dyad_cd_verbc *vc = &c->vc[i];
        dyad_cd_own_clause_only(c, c->bydel[vc->verb_item]);
        /* "X said Y must ...": X's demand of Y, whatever Y is to do, coded by what that
         * is when the verb phrase of it is read (S_asked_as) */
        int duty_of, act_vp;
        const char *duty =
            c->cr && !c->del[vc->verb_item] ? S_duty(c, vc->vp, &duty_of, &act_vp) : NULL;
        /* a party told it must bear the consequences or will have to pay a heavy price
         * is threatened, not asked: the penalty it is to face is the speaker's threat,
         * as it is when it "will" face it (S_clause_threat); a "need to" with no verb
         * after it has no act to read */
        const char *faced = duty && act_vp >= 0 ? S_faced_penalty(c, act_vp, 1) : NULL;
        duty = faced ? faced : duty;
        size_t told = c->out->n;
        if (duty && S_reported_as(c, vc->vp, vc->verb_item, duty_of, duty, 1) < 0)
            return -1;
        if (c->out->n > told)
            asked_vp = act_vp, asked0 = told, asked1 = c->out->n;
        /* "Any Iranian attack will bring a forceful response, a Soviet official said",
         * "The official added that sanctions could follow if Ankara activated the
         * system": the reporter's threat */
        int threat_of;
        const char *threat =
            c->cr && !c->del[vc->verb_item] ? S_clause_threat(c, vc->vp, &threat_of) : NULL;
        if (threat && S_reported_as(c, vc->vp, vc->verb_item, threat_of, threat, 1) < 0)
            return -1;
        /* "Talks between Armenia and Azerbaijan ended", "Israeli strikes on Gaza killed":
         * the act the subject's noun tells, as of the clause's verb */
        if (c->cr && !c->del[vc->verb_item] && S_noun_event(c, vc->vp) < 0)
            return -1;
        /* an object's relative clause in a verb's phrase is coded on its own, and so are
         * a person's ("had talks with Kenyan President Moi, who appealed for more U.S.
         * investment": Moi appeals; not a thing's, which mostly tells what it does as a
         * rule: "the oilseeds regime, which supports prices") and a participle with its
         * doer on the object's noun, whose doer may also be the verb's other party:
         * "destroyed Iranian missile platforms blamed by Washington for the attack" is
         * Washington's accusation too; "rejected the plan proposed by Egypt" rejects
         * Egypt's plan */
        int on_noun = c->cr && dyad_cd_node(c, vc->vp)->parent >= 0 &&
                      dyad_cd_label_is(c, dyad_cd_node(c, vc->vp)->parent, "NP") &&
                      (dyad_cd_by_participle(c, vc->vp, 1) || S_statement_gerund(c, vc->vp));
        if ((vc->verb_item < resume &&
             (!c->cr || (dyad_cd_relative_pron(c, vc->vp) < 0 &&
                         dyad_cd_subject_relative(c, dyad_cd_vp_clause(c, vc->vp), (int)c->nit,
                                                  1) < 0)) &&
             !on_noun) ||
            c->del[vc->verb_item])
            continue;
        int vitem = vc->verb_item, by, patient;
        int pv = S_passive(c, vc->vp, &by, &patient);
        if (!by && !c->cr)
            pv = -1; /* PETRARCH reads a passive without "by" as active */
        /* in an article, a participle on an object's noun without "by" or an object
         * of its own is no act of the noun: "The attack left 13 U.S. service members
         * killed", "goods shipped to Hong Kong" (a subject's, or one with an object,
         * may be a predicate the parser misread: "before Russia invaded Ukraine") */
        int up = dyad_cd_node(c, vc->vp)->parent, upp = up >= 0 ? dyad_cd_node(c, up)->parent : -1;
        if (c->cr && pv < 0 && !by && up >= 0 && dyad_cd_label_is(c, up, "NP") && upp >= 0 &&
            (dyad_cd_label_is(c, upp, "VP") || dyad_cd_label_is(c, upp, "PP")) &&
            dyad_cd_label_is(c, dyad_cd_node(c, vc->vp)->first, "VBN") && !S_np_child(c, vc->vp))
            continue;
        /* nor is an -ing participle right after a thing's noun anyone's act: "tried to
         * blow up a pylon supplying the capital" supplies no one */
        if (c->cr && S_thing_act(c, vc->vp))
            continue;
        /* the end of the verb's own phrase: a passive's is its participle's, whose
         * phrase ends before an adverbial clause with a doer of its own ("Five people
         * were killed when a Russian missile hit a building in Dnipro": the missile's
         * strike is coded on its own, as after an active verb), when nothing follows
         * the participle's phrase in that of "be" */
        int end_own = vc->end_own;
        if (pv >= 0) {
            int k = dyad_cd_item_of_tok(c, vitem, vc->end_item, pv);
            if (k >= 0)
                vitem = k;
            else
                pv = -1;
            for (size_t j = i + 1; k >= 0 && j < c->nvc && c->vc[j].verb_item <= k; j++)
                if (c->vc[j].verb_item == k && c->vc[j].end_item == vc->end_item &&
                    c->vc[j].end_own < end_own)
                    end_own = c->vc[j].end_own;
        }
        if (c->it[vitem].type != I_WORD)
            continue;
        const char *w = c->up[c->it[vitem].tok];
        int head = dyad_dict_verb(c->d, w, strlen(w));
        int adj = 0;
        /* (a stance's participle before "to" is one too: "Bonn is opposed to the plan"
         * is no passive of "oppose") */
        static const char *const stance[] = {"OPPOSED", NULL};
        int stance_to = dyad_among(w, stance) && dyad_is(c->up[c->it[vitem].tok + 1], "TO");
        if ((head < 0 || stance_to) && pv >= 0 && c->it[vc->verb_item].type == I_WORD) {
            /* a participle that is no verb of the dictionary after "be" is an
             * adjective ("was deeply disappointed by X"): the patterns of the one-word
             * "be" read it (not "+WAS_PREPARED", whose participle is part of the verb) */
            vitem = vc->verb_item, pv = -1, adj = 1;
            w = c->up[c->it[vitem].tok];
            head = dyad_dict_verb(c->d, w, strlen(w));
        }
        if (pv < 0)
            end_own = S_be_conjuncts_end(c, vc->vp, end_own, vc->end_item);
        int first = vitem, last = vitem;
        const dyad_verb *ve = S_fitting_entry(c, head, vitem, vc->end_item, adj, &first, &last);
        if (!ve) { /* no verb of the dictionary, but maybe one of an act */
            if (c->cr && pv < 0 && S_remember_act(c, vc, vitem))
                return -1;
            continue;
        }
        if (S_fall(c, vc->vp) || S_priced(c, vc->vp) || S_anonymity(c, c->it[vitem].tok))
            continue;
        int vtok = ve->npre || ve->npost ? -1 : S_be_adjective(c, c->it[vitem].tok);
        if (vtok < 0)
            vtok = c->it[vitem].tok;
        /* a negation the verb's own form holds is its meaning, not the clause's: "will
         * not accept French mediation" (NOT_+ACCEPT) rejects it; negation is looked
         * for before the form's first word */
        int neg_from = ve->npre && c->it[first].type == I_WORD ? c->it[first].tok : vtok;
        int nup, nlow;
        S_sequences(c, vitem, first, last, end_own, &nup, &nlow);
        /* of adjectives "be" joins ("was angry and disappointed at"), the patterns read
         * the last, the event's word (S_be_adjective): a pattern's word found in an
         * earlier one would look for its preposition right after that one. A judgement
         * looks for none, and says what the subject is whichever comes last ("is
         * antiquated and weak") */
        int joined = 0;
        for (int t = c->it[vitem].tok + 1; vtok > t && t < (int)c->t->ntok; t++)
            joined |= dyad_is(c->up[t], "AND") || !strcmp(c->up[t], ",");
        if (joined) {
            int n = 0;
            for (int q = 0; q < nlow; q++) {
                const dyad_cd_item *x = &c->it[c->seq_low[q]];
                if (x->type != I_WORD || x->tok >= vtok ||
                    dyad_cd_synset_at(c, "&SCORN", x->tok, x->tok + 1) ||
                    dyad_cd_synset_at(c, "&PRAISE", x->tok, x->tok + 1))
                    c->seq_low[n++] = c->seq_low[q];
            }
            nlow = n;
        }
        if (c->cr && pv < 0 && nup == 0)
            nup = S_comma_doer(c, vc->vp, first);
        int claim = c->cr ? S_claim_clause(c, vc->vp, last + 1, end_own) : -1;
        int shared = c->cr && pv < 0 && !nlow ? S_shared_object(c, vc->vp) : -1;
        for (int k = shared >= 0 ? c->vc[shared].verb_item + 1 : 0;
             shared >= 0 && k < c->vc[shared].end_own; k++)
            if (!c->del[k])
                c->seq_low[nlow++] = k;
        if (c->cr && pv < 0)
            nlow = S_relative_object(c, vc->vp, vitem, nlow);
        S_loc src = {-1, -1, -1}, tgt = {-1, -1, -1};
        const char *code = NULL, *own = NULL;
        int plus_object = 0; /* the matching pattern's + is the verb's object ("* +") */
        int plus_in = 0;     /* ... coded by the words after its preposition (S_plus_inside) */
        int pblock = -1;     /* the block of the matching pattern */
        int up_noun = 0;     /* its words before the verb name the act's noun */
        int single = !ve->npre && !ve->npost, says = 0;
        for (const dyad_verb *e = ve; single && e; e = S_next_entry(c, e, single))
            says |= !e->npre && !e->npost &&
                    !strcmp(dyad_dict_str(c->d, c->d->block.v[e->block].name), "SAY");
        int ndone, agent0, agent1, done_to = pv >= 0 && by ? dyad_cd_subject(c, vc->vp) : -1;
        if (done_to >= vitem || (done_to >= 0 && !dyad_cd_coded(c, done_to)))
            done_to = -1;
    match:
        /* the items of a passive's subject before its verb, stored past the lower
         * sequence, when it is a party (a pattern's word names whom the act was done
         * to, as "shot protesters"; of a thing, "the pact was approved by Congress and
         * Parliament", the patterns would read the agents as its parties) */
        ndone = 0;
        for (int k = done_to; k >= 0 && k < vitem; k++) {
            c->seq_low[nlow + ndone++] = k;
            if ((c->it[k].type == I_NEE || c->it[k].type == I_NECE) &&
                c->it[k].ent == c->it[done_to].ent)
                break;
        }
        agent0 = agent1 = nlow; /* a passive's agent, the same for every pattern */
        if (pv >= 0 && by)
            agent1 = S_agent_span(c, nlow, &agent0);
        for (const dyad_verb *e = ve; e && !code; e = S_next_entry(c, e, single)) {
            if (!S_entry_tried(c, e, single, &own))
                continue;
            const dyad_vblock *bl = &c->d->block.v[e->block];
            for (uint32_t p = bl->first; p < bl->end; p++) {
                const dyad_pattern *pt = &c->d->pat.v[p];
                /* a passive's agent moved past the end, out of the pattern's reach,
                 * and its subject put first, as the object the pattern's words name */
                int a = agent0, b = agent1, fits;
                if (b > a && !S_reads_agent(c, pt)) {
                    S_rotate_low(c, a, b, nlow);
                    S_rotate_low(c, 0, nlow, nlow + ndone);
                    fits = S_pattern_fits(c, pt, nup, ndone + nlow - (b - a), &src, &tgt);
                    S_rotate_low(c, 0, ndone, nlow + ndone);
                    S_rotate_low(c, a, a + nlow - b, nlow);
                } else {
                    fits = S_pattern_fits(c, pt, nup, nlow, &src, &tgt);
                }
                if (fits) {
                    if ((says && S_said_word(c, pt, vc->vp, tgt.lead)) ||
                        (c->cr && tgt.item >= 0 && c->it[tgt.item].type >= I_NES &&
                         S_possessed_tie(c, &c->ent[c->it[tgt.item].ent],
                                         dyad_dict_str(c->d, pt->code))) ||
                        (c->cr && (plus_in = S_plus_inside(c, pt, tgt)) < 0))
                        continue;
                    code = dyad_dict_str(c->d, pt->code);
                    plus_object = pt->nlow > 0 &&
                                  dyad_dict_toks(c->d, pt->low)[0].type == DYAD_PT_TGT;
                    pblock = e->block;
                    up_noun = pt->nup > 0;
                    break;
                }
            }
        }
        const char *found = code ? code : own;
        if (claim >= 0 && found && (!strncmp(found, "12", 2) || !strcmp(found, "016"))) {
            /* a claim rejected or denied: what it says names neither what is rejected
             * nor whom, so the verb's phrase ends before it */
            S_sequences(c, vitem, first, last, claim, &nup, &nlow);
            claim = -1;
            code = own = NULL;
            plus_in = 0;
            goto match;
        }
        if (code && vtok != c->it[vitem].tok && tgt.last >= 0 &&
            c->it[tgt.last].type == I_WORD)
            for (int k = vtok + 1; k < c->it[tgt.last].tok && code; k++) {
                const char *tag = dyad_cd_node(c, c->t->tok_node[k])->label;
                if (!strncmp(tag, "VB", 2) || !strcmp(tag, "TO"))
                    code = NULL; /* the pattern's words are another verb's: "is likely
                                  * to be troubled by X" is read from "be" */
            }
        /* in an article, an intent to cooperate (03) that a [---] pattern naming no
         * party says is none is the act agreed, coded by the clause it governs: "EC
         * ministers agreed to impose tariffs on Japanese goods" is no cooperation with
         * Japan but tariffs planned (PETRARCH codes nothing), as an agreement to a
         * ceasefire is the ceasefire */
        if (c->cr && code && !strcmp(code, "---") && src.item < 0 && tgt.item < 0 && own &&
            !strncmp(own, "03", 2)) {
            if (pv < 0 && single && S_remember_act(c, vc, vitem))
                return -1;
            continue;
        }
        int not_tgt = -1;
        if (c->cr && code && !strcmp(code, "---") && tgt.item >= 0) {
            /* in an article, a [---] pattern that names + says who is not the other
             * party ("met in Geneva"): several actors still do the verb's own event
             * with one another (below) */
            not_tgt = tgt.item;
            src.item = tgt.item = tgt.last = tgt.lead = -1;
            code = own;
        }
        /* a question asked is no appeal (the patterns read what one asks for), and what
         * it asks is not told as done */
        if (!code && S_asked_question(c, vitem)) {
            resume = end_own;
            continue;
        }
        int pat_roles = code && (src.item >= 0 || tgt.item >= 0);
        int plus_only = pat_roles && src.item < 0 && tgt.item >= 0;
        if (!code) {
            src.item = tgt.item = tgt.last = tgt.lead = -1;
            code = own;
        }
        /* "call on" is an appeal (APPEAL's +CALL_ON) save as a courtesy call */
        if (pv < 0 && code && !strcmp(code, "020") && S_courtesy_call(c, c->it[vitem].tok))
            code = "042:043";
        /* the verb's words: a multi-word verb, and the pattern words after it */
        c->verb_tok0 = c->it[first].type == I_WORD ? c->it[first].tok : c->it[vitem].tok;
        if (vtok != c->it[vitem].tok)
            c->verb_tok0 = vtok;
        c->verb_tok1 = c->it[last].type == I_WORD ? c->it[last].tok : c->it[vitem].tok;
        if (tgt.last >= 0 && c->it[tgt.last].type == I_WORD &&
            c->it[tgt.last].tok > c->verb_tok1 && c->it[tgt.last].tok - c->verb_tok0 < 12)
            c->verb_tok1 = c->it[tgt.last].tok;
        if (c->cr && pv < 0) {
            int r = S_unrest(c, vc->vp, vtok);
            if (r < 0)
                return -1;
            if (r > 0)
                continue;
        }
        /* a retaliation promised with no condition is the threat made now (below),
         * also where a pattern read force in what it answers ("would retaliate for the
         * American strike") */
        int cond = -1, promised = c->cr && pv < 0 && (!code || !strncmp(code, "19", 2))
                                      ? S_promised_response(c, vc->vp, 0, &cond)
                                      : 0;
        int unconditional = promised == 2;
        if (unconditional || code)
            promised = 0;
        if (unconditional)
            code = "138";
        if (promised)
            code = "190"; /* an unnamed response in arms: the threat of it is made now */
        /* sanctions considered (014) on a condition another sets are promised as surely
         * as sanctions imposed on it: "Washington would consider new sanctions if Maduro
         * did not publish the results" threatens him (threat_to below), and the
         * sanctions themselves are still to come */
        static const char *const sanctions[] = {"SANCTION",  "SANCTIONS",   "PENALTIES",
                                                "EMBARGO",   "EMBARGOES",   "TARIFFS",
                                                "BOYCOTT",   "RETALIATORY", "PUNITIVE",
                                                "COUNTERMEASURES", NULL};
        if (c->cr && pv < 0 && code && !strcmp(code, "014") &&
            S_vp_says(c, vc->vp, sanctions) && S_promised_response(c, vc->vp, 1, &cond) &&
            cond >= 0)
            code = "163";
        /* a denial that names no charge answers one made of its doer, or is nothing */
        int bare_denial =
            !code && c->cr && pv < 0 && S_bare_denial(c, ve, single, c->it[vitem].tok);
        if (bare_denial)
            code = "016";
        /* a verb whose infinitive offers its party the choice to act "or face" a
         * penalty gives that party an ultimatum, whatever its patterns read in the
         * choice ("gave Niger's junta one week to reinstate Bazoum or face possible
         * military action" is no force deployed) */
        int ult = c->cr && pv < 0 ? S_ultimatum_party(c, vc->vp) : -1;
        if (ult >= 0 && dyad_cd_coded(c, ult)) {
            code = "139";
            tgt.item = ult;
            pat_roles = 1;
        }
        /* a verb of no event said to be done in a call with someone is the call: "Xi
         * said in a phone call with Putin that ...", "In a call with Modi, Kishida
         * discussed the war" */
        int call_with = -1, by_call = !code && c->cr && pv < 0 &&
                                      dyad_cd_call_pp(c, vc->vp, &call_with) && call_with >= 0;
        if (by_call) {
            code = "041:041";
            tgt.item = call_with;
            pat_roles = 1;
        }
        if (!code) {
            if (c->cr && pv < 0 && single && S_remember_act(c, vc, vitem))
                return -1;
            continue;
        }
        if (asked_vp >= 0 && pv < 0 && S_vp_within(c, vc->vp, asked_vp)) {
            S_asked_as(c, asked0, asked1, code, S_negated(c, vc->vp, neg_from));
            asked_vp = -1;
        }
        int agent = pv >= 0 ? S_agent(c, c->seq_low, nlow) : -1;
        if (pv >= 0 && (agent < 0 || !dyad_cd_coded(c, agent))) {
            int owner = S_when_attack(c, vc->vp, code);
            agent = owner >= 0 ? owner : agent;
        }
        if (c->cr && pv >= 0 && src.item < 0 && agent < 0 && up_noun && tgt.item >= 0 &&
            S_voiced_code(code))
            agent = S_passive_reporter(c, vc->vp, vitem, tgt.item);
        if (c->cr && pv >= 0 && src.item < 0 && agent < 0) {
            /* in an article: done by someone unnamed; promised to "any" whom it would
             * be done to, the teller's threat to them */
            int victim;
            const char *promise = S_promised_passive(c, vc->vp, code, &victim);
            /* an arrest told so by a state's own arm ("The Interior Ministry said 224
             * people had been detained", "police said") is the state's doing, as no one
             * else arrests; one a rights group or the opposition reports stays unknown,
             * and one to come ("would be arrested") is a warning, no arrest */
            int modal = 0; /* in the verb's chain of auxiliaries: "would be arrested" */
            for (int k = c->it[vitem].tok - 1;
                 k >= 0 && !modal &&
                 (dyad_cd_label_is(c, c->t->tok_node[k], "MD") ||
                  !strncmp(dyad_cd_node(c, c->t->tok_node[k])->label, "VB", 2) ||
                  dyad_cd_label_is(c, c->t->tok_node[k], "RB"));
                 k--)
                modal = dyad_cd_label_is(c, c->t->tok_node[k], "MD");
            int rep = !promise && !modal && !strncmp(code, "173", 3)
                          ? S_reporter(c, vc->vp, vitem, NULL)
                          : -1;
            if (rep >= 0 && c->it[rep].type == I_NES &&
                S_state_force(c->ent[c->it[rep].ent].code)) {
                agent = rep;
            } else {
                if (promise && S_reported_as(c, vc->vp, vc->verb_item, victim, promise, 1) < 0)
                    return -1;
                resume = end_own;
                continue;
            }
        }
        if (c->cr && pv >= 0 && pat_roles && src.item < 0 && tgt.item == agent) {
            /* the pattern's + is the "by" phrase itself: "Modi was welcomed by Putin" is
             * the agent's act on the subject, as a passive without pattern roles */
            tgt.item = -1;
            pat_roles = 0;
        }
        if (c->cr && pv >= 0 && pat_roles && src.item < 0)
            src.item = agent; /* "troops were sent to Russia by X": a + but no $ */
        int resume0 = resume;
        resume = end_own;
        if (src.item < 0 && patient != -1 && pv >= 0) /* swapped below */
            src.item = patient >= 0 ? dyad_cd_phrase_entity(c, patient, first)
                                    : S_nearest(c, c->seq_up, nup, S_hung_clause(c, vc->vp));
        if (c->cr && src.item < 0 && pv >= 0 && S_no_one_done_to(c, vc->vp))
            continue;
        int embedded = 0, subj = c->cr ? S_subject(c, vc->vp, first, &embedded) : -1;
        /* a known traveller's clause of purpose is coded on its own, as its act: "flew
         * to Beijing to meet Xi" meets him too (of one unknown, the nearest party before
         * it would be taken for the doer: "an IMF team will visit Colombo to start
         * negotiations") */
        int purpose = c->cr && pv < 0 && !strncmp(code, "042", 3) && subj >= 0 &&
                              dyad_cd_coded(c, subj)
                          ? S_purpose_item(c, vc->vp, vitem)
                          : -1;
        if (purpose >= 0 && purpose < resume)
            resume = purpose, c->journey_vp = vc->vp;
        if (src.item < 0 && embedded)
            src.item = subj;
        int conj = src.item < 0 && subj >= 0 ? S_conj_clause(c, vc->vp) : 0;
        if (conj == 2 || (conj && (c->it[subj].type == I_NECS || dyad_cd_coded(c, subj))))
            src.item = subj;
        int doer;
        if (src.item < 0 && c->cr && dyad_cd_adjunct_doer(c, vc->vp, &doer)) {
            if (doer < 0)
                continue;
            src.item = doer;
        }
        if (src.item < 0)
            src.item = S_find_source(c, c->seq_up, nup);
        if (src.item < 0)
            src.item = subj; /* "X, Ukraine's foreign minister, met Y" */
        if (src.item < 0)
            continue;
        if (bare_denial) {
            /* towards the charge's maker alone: whoever the denied clause names is no
             * party of it, and that clause is read on its own */
            c->negated = S_negated(c, vc->vp, neg_from);
            resume = resume0;
            if (S_answer_charge(c, src.item, code) < 0)
                return -1;
            continue;
        }
        if (unconditional) {
            /* by the doer's own word, read at its verb of saying as a threat is ("Tehran
             * said it would retaliate for the American strike" is IRN->USA 138
             * asserted); what someone else or a negation says of it threatens nothing
             * ("a Pentagon official predicted Iran would retaliate", "said it would not
             * retaliate") */
            int say = -1;
            if (S_negated(c, vc->vp, neg_from) ||
                S_other_reporter(c, vc->vp, vitem, src.item, 1, &say) >= 0)
                continue;
            if (say >= 0)
                c->verb_tok0 = c->verb_tok1 = say;
        }
        if (promised) {
            /* towards the party it names ("will retaliate against the United States if
             * Congress passes the bill"), else whoever did something to the doer earlier
             * in the sentence, else the if-clause's subject ("if they take negative steps
             * toward us") */
            c->negated = S_negated(c, vc->vp, neg_from);
            int at = S_against(c, vc->vp), named = at >= 0 && at != src.item &&
                                                     dyad_cd_coded(c, at);
            if (named)
                cond = at;
            int r = named ? 0 : S_towards_earlier(c, src.item, code, S_acted_on);
            if (r < 0)
                return -1;
            /* the condition's doer is the one threatened, as for a hostile act
             * promised (below) */
            c->threat_to = !r && cond >= 0 && cond != src.item && dyad_cd_coded(c, cond)
                               ? cond
                               : -1;
            r = c->threat_to >= 0 ? S_make_events(c, src.item, cond, code, 0) : 0;
            c->threat_to = -1;
            if (r)
                return -1;
            continue;
        }
        /* a judgement "be" gives its subject with no one named ("the EU is hostile",
         * "the decision was a provocation", "Japan is a reliable partner", "the charges
         * are baseless") or wrongdoing it says the subject took part in ("was involved in
         * corrupt acts") is no act of the subject: said by someone else, it is that one's
         * criticism, praise, rejection or accusation of it, when the subject is a party or
         * its act (S_judged_party); told
         * by the writer, or when the parser left the clause no subject of its own,
         * nothing. A verb of "be" with its adjective ("+IS_UNWILLING": "was unwilling to
         * give Moscow a role") names the subject's own act, no judgement of it */
        int wrong = !strncmp(code, "128", 3),
            judged = !strncmp(code, "11", 2) || !strncmp(code, "051", 3) ||
                     (!strncmp(code, "12", 2) && !wrong);
        /* ... and so is wrongdoing the words after "be" give someone else ("it is a
         * plot by China"): whoever says it charges that one */
        int of = !pat_roles ? src.item : plus_only && wrong ? tgt.item : -1;
        if (c->cr && pv < 0 && of >= 0 && (judged || wrong) && single &&
            S_judging_verb(c, c->it[vitem].tok, pblock)) {
            if (judged && (!S_predicate_word(c, tgt.lead, vc->vp) ||
                           !S_judged_party(c, of, vc->vp)))
                continue;
            /* what the party is judged for doing is its act all the same: "Baker was wrong
             * to blame the West Germans" blames them */
            if (judged && S_judged_for(c, tgt.lead, vc->vp))
                resume = resume0;
            /* "not" after "be" negates what it says ("was not behind the attack"), and so
             * does "no" opening the judgement's phrase ("is no friend of Japan"); not a
             * "not" the judgement opens with, its own word ("were not enough": only one
             * before it negates) */
            int said = tgt.last >= 0 && c->it[tgt.last].type == I_WORD ? c->it[tgt.last].tok
                                                                        : vtok;
            int upto = said > vtok ? said : vtok;
            if (judged && tgt.lead >= 0 && c->it[tgt.lead].type == I_WORD &&
                !strcmp(c->up[c->it[tgt.lead].tok], "NOT"))
                upto = c->it[tgt.lead].tok;
            int jp = judged && tgt.lead >= 0 && c->it[tgt.lead].type == I_WORD
                         ? dyad_cd_node(c, c->t->tok_node[c->it[tgt.lead].tok])->parent
                         : -1;
            c->negated = S_negated(c, vc->vp, upto) ||
                         (jp >= 0 && !strcmp(c->up[dyad_cd_node(c, jp)->tok], "NO"));
            if ((judged ? S_reported_as(c, vc->vp, vitem, of, code, 0)
                        : S_said_charge(c, vc->vp, vitem, upto, of, "112")) < 0)
                return -1;
            continue;
        }
        /* a content denied ("is not happy with the bill", "has never been satisfied
         * with the cuts") is disapproval of what it is about, its denial the feeling's
         * word, no negation of the event; granted, it is none */
        if (c->cr && vtok != c->it[vitem].tok &&
            dyad_cd_synset_at(c, "&CONTENT", vtok, vtok + 1)) {
            if ((vtok = S_denial(c, vc->vp, vtok)) < 0)
                continue;
            c->verb_tok0 = neg_from = vtok; /* the modality is read before the denial */
        }
        /* a feeling ("was deeply concerned") is a statement of its own doer, not what
         * someone else says of it, nor about what its clause of "that" says was not or
         * may be done */
        if (c->cr && vtok != c->it[vitem].tok &&
            S_other_reporter(c, vc->vp, vitem, src.item, 1, NULL) >= 0)
            continue;
        if (vtok != c->it[vitem].tok && S_undone_clause(c, tgt.item))
            continue;
        /* "... in a phone call (with X)": the call too, with X or else the target */
        int call = !by_call && c->cr && pv < 0 && dyad_cd_call_pp(c, vc->vp, &call_with);
        if (call && call_with >= 0) {
            call = 0;
            if (call_with != src.item && dyad_cd_coded(c, call_with)) {
                c->negated = S_negated(c, vc->vp, neg_from);
                if (S_make_events(c, src.item, call_with, "041:041", 0))
                    return -1;
            }
        }
        if (tgt.item < 0 && pv >= 0 && !pat_roles)
            tgt.item = agent; /* swapped below: the doer */
        int tgt_pat = tgt.item >= 0, placed = 0; /* placed: a place was no party */
        if (c->cr && pv < 0)
            dyad_cd_act_doer(c, -1, src.item, code, 1);
        if (c->cr && pv < 0 && dyad_cd_remember(c, src.item, code, single ? w : NULL))
            return -1;
        int own_stance = tgt.item >= 0 ? S_stance_party(c, tgt.item) : 0;
        if (own_stance < 0)
            tgt.item = -1; /* a pattern's + in the phrase of a stance's owner: look on */
        if (c->cr && tgt.item >= 0 && c->it[tgt.item].type == I_NES &&
            S_deep_topic(c, &c->ent[c->it[tgt.item].ent], vc->vp))
            tgt.item = -1; /* a pattern's + inside a clause on its object: look on */
        if (S_own_country(c, tgt.item, src.item, code) ||
            (tgt.item >= 0 && c->it[tgt.item].type == I_NES &&
             S_act_receiver(c, &c->ent[c->it[tgt.item].ent], code)))
            tgt.item = -1; /* a pattern's + that is the doer's own country or the receiver
                            * of an act whose doer is named: look on */
        /* an appeal asks its object, not whom the act asked of it is for or against
         * ("urged Congress to approve aid for Ukraine" asks Congress), and a warning
         * warns its object ("warned regional states not to help Israel") */
        int inf = -1, asked = c->cr && pv < 0 && tgt.item < 0 &&
                                      (!strncmp(code, "02", 2) || !strncmp(code, "13", 2))
                                  ? S_appealed(c, vc->vp, &inf)
                                  : -1;
        int upto = inf >= 0 ? dyad_cd_item_of_tok(c, 0, (int)c->nit, inf) : -1;
        if (asked >= 0)
            asked = dyad_cd_phrase_entity(c, asked, upto >= 0 ? upto : (int)c->nit);
        int nfind = nlow, in_asked = 0;
        for (int k = 0; asked >= 0 && k < nlow; k++)
            if (c->seq_low[k] == asked)
                nfind = k + 1;
        int find = tgt.item < 0 && not_tgt < 0 && own_stance != -2; /* -2: at no one */
        /* an answer to a request is aimed at its asker, not whom the act it asks for
         * names, unless that act is talks with the one answering ("rejected calls for
         * talks with the IMF": 125 refuses the IMF); a phrase the parser ran on from the
         * asker into the act is the asker's already (S_code_before in entity.c) */
        int act = find && pv < 0 && strncmp(code, "125", 3) ? vc->answered : -1;
        int nask = nfind;
        while (act >= 0 && nask > 0 && S_item_tok(c, c->seq_low[nask - 1]) >= act)
            nask--;
        if (find)
            tgt.item =
                S_find_target(c, c->seq_up, nup, c->seq_low, nask, src.item, vc->vp, vitem,
                              code);
        for (int k = 0; nfind < nlow && k < nfind; k++)
            in_asked |= c->seq_low[k] == tgt.item;
        if (nfind < nlow && !in_asked)
            tgt.item = asked; /* not one before the verb: "Biden urged Americans to" */
        if (not_tgt < 0 && (tgt.item < 0 || !dyad_cd_coded(c, tgt.item))) {
            int from = 0; /* from the pattern's + on, when it named one */
            while (tgt.item >= 0 && from < nlow && c->seq_low[from] != tgt.item)
                from++;
            int mk = S_maker_target(c, c->seq_low, nlow, from < nlow ? from : 0, code);
            if (mk >= 0)
                tgt.item = mk;
        }
        /* disapproval voiced in a call is not of the one on the line, nor of the party
         * the call makes the story's other side ("condemned the attack in a call with
         * Modi": the attack's doer or no one) */
        int on_line = call_with >= 0 && !strncmp(code, "11", 2) &&
                      (tgt.item < 0 || tgt.item == call_with || !dyad_cd_coded(c, tgt.item));
        if (on_line && tgt.item == call_with)
            tgt.item = -1;
        /* criticism of a thing no actor owns in its phrase is aimed at its owner or
         * doer named after it ("the recent actions of Milorad Dodik, the leader of ...") */
        if (!strncmp(code, "11", 2))
            tgt.item = S_owner_after(c, tgt.item);
        if (c->cr && pv < 0 && !strcmp(code, "063"))
            S_handed_to(c, tgt.item);
        /* a vow of force at a party, no pattern read, threatens it */
        if (c->cr && pv < 0 && pblock < 0 && !strcmp(code, "030") &&
            S_vowed_force(c, ve->block, vitem, vc->end_item, tgt.item))
            code = "138";
        /* "Mexico, which he also hit with a new levy": the relative pronoun's phrase */
        /* ... before whom the words of its charge name ("the World Health Organization,
         * which he accused of being controlled by China") */
        int v0 = dyad_cd_node(c, vc->vp)->first;
        int charge = v0 >= 0 && dyad_cd_node(c, v0)->next >= 0 &&
                     dyad_cd_charge_of(c, dyad_cd_node(c, v0)->next, v0);
        int ant = c->cr && pv < 0 && (tgt.item < 0 || !dyad_cd_coded(c, tgt.item) || charge)
                      ? dyad_cd_relative_antecedent(c, vc->vp, vitem) : -1;
        if (ant >= 0 && ant != src.item && dyad_cd_coded(c, ant))
            tgt.item = ant;
        /* what is criticised, rejected or praised is its author's: "rejected the
         * charges that South Africa brought against it", "welcomed the offer Washington
         * made" */
        int author = c->cr && pv < 0 && (tgt.item < 0 || !dyad_cd_coded(c, tgt.item)) &&
                             (!strncmp(code, "11", 2) || !strncmp(code, "12", 2) ||
                              !strcmp(code, "051"))
                         ? S_object_author(c, vc->vp)
                         : -1;
        if (author >= 0 && author != src.item && dyad_cd_coded(c, author))
            tgt.item = author;
        /* a phrase naming an act is settled against the doer before the rules below ask
         * whether the other party is known: "Iranians protested against the executions"
         * Iran carried out are no one else's act, so they protest at home */
        if (c->cr && tgt.item >= 0 && plus_in <= 0 && dyad_cd_event_ref(c, tgt.item))
            dyad_cd_recheck(c, src.item, tgt.item, code);
        /* a deal's mediator is no side of signing, accepting or talking over it ("Greece
         * and Turkey signed an accord brokered by Germany": each with the other, as
         * without the broker); a welcome or a rejection of it may still be the
         * mediator's */
        if (c->cr && pv < 0 && tgt.item >= 0 &&
            (!strncmp(code, "03", 2) || !strncmp(code, "04", 2) || !strncmp(code, "057", 3) ||
             !strncmp(code, "08", 2)) &&
            S_participle_doer_in(c, vc->vp, tgt.item, S_mediation))
            tgt.item = -1;
        /* nor is the doer of force or coercion done to the object's noun a party of
         * what is done to that noun ("Oman inspected freighters attacked by Iranian
         * gunboats" inspected no gunboat), only of what answers that act: a criticism,
         * a rejection, a demand, a threat or a protest (roots 10 to 14), or praise */
        if (c->cr && pv < 0 && tgt.item >= 0 && !(code[0] == '1' && code[1] <= '4') &&
            strcmp(code, "051") && S_participle_doer_in(c, vc->vp, tgt.item, S_coercion))
            tgt.item = -1;
        /* praise of a meeting says how it went for both its sides, no one's act
         * ("described the meeting as very positive", "called the talks constructive") */
        static const char *const meeting[] = {"MEETING", "TALKS", "SUMMIT", "VISIT", "TRIP",
                                              "DISCUSSIONS", "CONSULTATIONS",
                                              "NEGOTIATIONS", NULL};
        if (c->cr && !strcmp(code, "051") && tgt.item >= 0 && c->it[tgt.item].type == I_NES &&
            dyad_among(c->up[c->ent[c->it[tgt.item].ent].tok1 - 1], meeting))
            continue;
        /* a show of force several doers make together at no one ("Manila and
         * Washington will hold military exercises next month": S_drill_or_time), or
         * at one of themselves ("drills outside Philippine territorial waters"), is
         * military cooperation of each with the other, as joint exercises are: a show
         * of force needs a party it is aimed at that is not a partner. Not one at a
         * place ("police and troops patrolled the centre") */
        if (c->cr && pv < 0 &&
            (tgt.item < 0 || S_drill_or_time(c, tgt.item) ||
             S_doers_own(c, tgt.item, src.item, 0)) &&
            !strncmp(code, "15", 2) && S_plural(c, src.item)) {
            code = "062";
            tgt.item = src.item;
        }
        /* "A and B held talks (in C)": each did it with the other; in an article also
         * when a pattern's + is no one known, a place ("met for hours in Geneva") or the
         * doer of a participle after the act's noun ("concluded an accord brokered by
         * the United States": the broker is a third party), or
         * "each other" whatever its words after it name ("accused each other of
         * shelling the Zaporizhzhia plant" is no accusation of Ukraine alone) */
        int mutual = S_each_other(c, vc->vp, src.item);
        /* ... and one actor named by a plural did it among its own, on its own country
         * ("Sudan's warring parties accused each other": SDNPTY -> SDN) */
        if (c->cr && pv < 0 && mutual && !S_plural(c, src.item) && S_one_plural(c, src.item) &&
            (tgt.item < 0 || !dyad_cd_coded(c, tgt.item) ||
             (c->it[tgt.item].type == I_NES &&
              S_each_other_at(c, c->ent[c->it[tgt.item].ent].tok0)))) {
            c->negated = S_negated(c, vc->vp, neg_from);
            if (S_state_home(c, src.item, code))
                return -1;
            continue;
        }
        if ((!tgt_pat || c->cr) && pv < 0 && S_plural(c, src.item) &&
            (mutual || S_reciprocal(c, code, w)) &&
            (!c->cr || S_own_doer(c, vc->vp)) &&
            (tgt.item < 0 || !dyad_cd_coded(c, tgt.item) ||
             dyad_cd_at_place(c, &c->ent[c->it[tgt.item].ent], 0) ||
             (c->it[tgt.item].type == I_NES &&
              (S_each_other_at(c, c->ent[c->it[tgt.item].ent].tok0) ||
               (c->cr && S_participle_agent(c, &c->ent[c->it[tgt.item].ent])))) ||
             S_doers_own(c, tgt.item, src.item, 0)))
            tgt.item = src.item;
        /* ... and so are talks held or an accord signed in a passive whose agents are
         * several and whose subject is a thing no one is: "The accord was signed by
         * Serbia and Kosovo" (the agents swapped below as the doers; not other acts
         * done together to a thing, "guidelines released jointly by A and B") */
        else if (c->cr && pv >= 0 && !pat_roles && agent >= 0 && tgt.item == agent &&
                 (!strncmp(code, "04", 2) || !strncmp(code, "05", 2)) &&
                 S_plural(c, agent) && S_reciprocal(c, code, w) &&
                 (src.item < 0 || !dyad_cd_coded(c, src.item)))
            src.item = agent;
        /* what was said or agreed in a place was not said to it ("pledged in Paris
         * to boost demand", "criticised the panels in London"), nor is a criticism
         * or a worry a pattern names of a place ("was deeply concerned about the
         * situation in Sudan", "voiced concern over the humanitarian situation in
         * Darfur"), nor the place a pattern's object + found after a preposition it
         * does not name ("will meet in Bahrain"); an object of no one whose phrase
         * runs on into a setting is still the object (S_object_in_setting) */
        if (c->cr && pv < 0 &&
            (!tgt_pat || plus_object || !strncmp(code, "11", 2) || !strcmp(code, "012")) &&
            tgt.item >= 0 &&
            tgt.item != src.item && S_said_somewhere(code) &&
            dyad_cd_at_place(c, &c->ent[c->it[tgt.item].ent], 1) &&
            !S_object_in_setting(c, tgt.item))
            tgt.item = -1, placed = 1;
        if (c->cr && pv < 0 && !strcmp(code, "012") &&
            (dyad_cd_inner_act_ref(c, src.item, tgt.item) || S_worried_act(c, tgt.item)))
            code = "111";
        /* a firm that fires its own staff ("Merrill Lynch fired the head of its mergers
         * department") sanctions no one on behalf of a state, and one that cuts its
         * loans, curbs its exports, recalls a product or breaks off merger talks ("two banks
         * cut their credit lines to the Chilean utility", "the carmaker halted shipments
         * to Iran") does business, not a state's cut in relations */
        if (c->cr && pv < 0 && (!strncmp(code, "172", 3) || !strncmp(code, "16", 2)) &&
            S_firms(c, src.item))
            continue;
        /* a thing sent back or handed over is no one deported or extradited */
        if (c->cr && pv < 0 && (!strcmp(code, "174") || !strcmp(code, "063")) &&
            S_handed_thing(c, vc->vp))
            continue;
        if (c->cr && pv < 0 && !strncmp(code, "172", 3) &&
            (tgt.item < 0 || !dyad_cd_coded(c, tgt.item) ||
             S_doers_own(c, tgt.item, src.item, 1))) {
            /* a curfew, martial law or a ban imposed on no one named is the state's on
             * its own country ("South Korean President Yoon Suk Yeol declared martial
             * law"), and so is the dismissal of an official of the doer's own country
             * ("Netanyahu fired his defence minister": ISRGOV -> ISR, as "fired the
             * defence minister" is, not ISRGOV -> ISRMIL nor, once the minister is
             * named, ISRGOV -> ISRGOV) */
            c->negated = S_negated(c, vc->vp, neg_from);
            if (S_state_home(c, src.item, code))
                return -1;
            continue;
        }
        /* one "demonstrates" a clause it shows, no protest ("the vote demonstrated that
         * the coalition was fragile", "wants to demonstrate she is in control") */
        if (c->cr && !strncmp(code, "14", 2) && !strncmp(c->up[vtok], "DEMONSTRAT", 10) &&
            S_clause_object(c, vc->vp))
            continue;
        if (c->cr && !strncmp(c->up[vtok], "CHARG", 5) && S_price_charged(c, vc->vp))
            continue;
        /* a crowd gathered outside a building meets no one there: it demonstrates
         * against the building's owner when its words say it protests ("gathered
         * outside the French embassy to protest the sanctions"), else it did nothing
         * this codes ("mourners gathered outside the British embassy") */
        if (c->cr && pv < 0 && !strncmp(code, "04", 2) && S_outside(c, tgt.item)) {
            if (!S_vp_holds(c, vc->vp, S_protest_verbs, NULL))
                continue;
            code = "141";
        }
        /* a protest whose pattern named no party is aimed at the one its participle
         * chants against or denounces, not at its place (S_protest_aim) */
        /* ... or that its subject's participle does (S_subject_aim) */
        int sub_aim = -1;
        int doers = c->cr && pv < 0 && !tgt_pat && !strncmp(code, "14", 2) && !strchr(code, ':')
                        ? S_subject_aim(c, src.item, vtok, &sub_aim)
                        : -1;
        if (doers >= 0 && doers != sub_aim)
            src.item = doers, tgt.item = sub_aim;
        int aim = c->cr && pv < 0 && !tgt_pat && !strncmp(code, "14", 2) && !strchr(code, ':')
                      ? S_protest_aim(c, vc->vp)
                      : -1;
        if (aim >= 0 && aim != src.item)
            tgt.item = aim;
        if (c->cr && pv < 0 && !strncmp(code, "14", 2) &&
            S_vp_holds(c, vc->vp, S_tribute_verbs, "TO"))
            continue;
        /* doers no one knows, named by a plural, who protest in a state's place
         * ("Thousands of people marched in Tbilisi") are its people, against its
         * government: the place is where, no party */
        char held[8];
        int held_end;
        if (c->cr && pv < 0 && !strncmp(code, "14", 2) && !strchr(code, ':') &&
            src.item >= 0 && c->it[src.item].type == I_NES && !dyad_cd_coded(c, src.item) &&
            S_plural_head(c, &c->ent[c->it[src.item].ent], &held_end) && tgt.item >= 0 &&
            c->it[tgt.item].type == I_NES) {
            /* ... and so are those who protest at a party's building in a state's place
             * ("supporters of the coup rallied outside the French embassy in Niamey") */
            const dyad_cd_ent *te = &c->ent[c->it[tgt.item].ent];
            int home = !tgt_pat && S_protest_place(c, tgt.item, held);
            if (home || (dyad_cd_coded(c, tgt.item) && (S_place_country(c, te, held, 4) ||
                                                         S_protest_place_in(c, vc->vp, held)))) {
                char party[64];
                snprintf(party, sizeof party, "%s", home ? held : te->code);
                if (home)
                    snprintf(party + 3, sizeof party - 3, "GOV");
                c->negated = S_negated(c, vc->vp, neg_from);
                if (S_add_event(c, held, party, code, &c->ent[c->it[src.item].ent],
                                home ? NULL : te))
                    return -1;
                continue;
            }
        }
        if (c->cr && pv < 0 && !strncmp(code, "14", 2) && !strchr(code, ':') &&
            (tgt.item < 0 || !dyad_cd_coded(c, tgt.item) ||
             S_own_people(c, tgt.item, src.item)) &&
            S_people(c, src.item)) {
            c->negated = S_negated(c, vc->vp, neg_from);
            if (S_protest_home(c, src.item, code))
                return -1;
            continue;
        }
        /* the doer a passive names of a wrong or of force (S_attributed), whom its
         * reporter charges: a wrong here (S_said_charge; the clause is coded as it is
         * when that makes no charge), force once its event is made */
        int attributed = pv < 0 ? -1 : S_attributed(c, vc->vp, agent, code, pat_roles);
        int wrongdoer = pv < 0 ? src.item : attributed;
        if (c->cr && wrongdoer >= 0 && (!strncmp(code, "128", 3) || !strncmp(code, "196", 3))) {
            c->negated = S_negated(c, vc->vp, neg_from);
            int r = S_said_charge(c, vc->vp, vitem, vtok, wrongdoer, "112");
            if (r < 0)
                return -1;
            if (r > 0)
                continue;
        }
        /* a state's threat against its own country, or against any attack on it, is
         * one aimed elsewhere ("Turkey warned that Turkey could close the base if
         * Washington imposed sanctions", "warned that it would respond to any attack
         * on its citizens or interests") */
        int own_land = tgt.item >= 0 && c->it[src.item].type == I_NES &&
                       ((c->it[tgt.item].type == I_NES &&
                         strlen(c->ent[c->it[tgt.item].ent].code) == 3 &&
                         !strncmp(c->ent[c->it[src.item].ent].code,
                                  c->ent[c->it[tgt.item].ent].code, 3)) ||
                        S_any_attack_on_own(c, tgt.item, src.item));
        if (c->cr && pv < 0 && !strncmp(code, "13", 2) && !strchr(code, ':') &&
            (tgt.item < 0 || !dyad_cd_coded(c, tgt.item) || own_land)) {
            c->negated = S_negated(c, vc->vp, neg_from);
            int r = S_threat_back(c, src.item, code);
            if (r < 0)
                return -1;
            if (r > 0)
                continue;
            /* else at the subject of a condition it sets */
            int ifs = S_if_below(c, vc->vp);
            if (ifs >= 0 && ifs != src.item && dyad_cd_coded(c, ifs)) {
                if (S_make_events(c, src.item, ifs, code, 0))
                    return -1;
                continue;
            }
            if (own_land)
                continue;
        }
        /* a hostile act promised on a condition, naming no one, is aimed at the
         * condition's doer: "If the tariffs are not dropped by Canada, I will increase
         * the tariffs on cars" */
        if (c->cr && pv < 0 && strncmp(code, "16", 2) >= 0 && !strchr(code, ':') &&
            (tgt.item < 0 || !dyad_cd_coded(c, tgt.item)) &&
            S_promised_response(c, vc->vp, 1, &cond) && cond >= 0 && cond != src.item &&
            dyad_cd_coded(c, cond))
            tgt.item = cond;
        /* a claim rejected or denied in a relative clause on its noun answers whoever
         * made it: "Iran said Israel was behind the blast, a charge Israel denied" */
        int maker = c->cr && pv < 0 && (tgt.item < 0 || !dyad_cd_coded(c, tgt.item)) &&
                            S_answer_code(code)
                        ? S_claim_maker(c, vc->vp)
                        : -1;
        if (maker >= 0 && maker != src.item && dyad_cd_coded(c, maker))
            tgt.item = maker;
        if (c->cr && pv < 0 &&
            (!strncmp(code, "11", 2) || !strncmp(code, "12", 2) || !strcmp(code, "051")) &&
            !strchr(code, ':') && (tgt.item < 0 || !dyad_cd_coded(c, tgt.item))) {
            /* a criticism, rejection or praise that names no one is of whoever did
             * something to its doer earlier in the sentence: "Pakistan accused India of
             * backing the militants, a charge New Delhi rejected", "The United States
             * imposed sanctions on Chinese firms, a move Beijing condemned", "China
             * donated vaccines to the Philippines, which Manila described as a gesture
             * of friendship" */
            c->negated = S_negated(c, vc->vp, neg_from);
            int r = S_towards_earlier(c, src.item, code, S_acted_on);
            if (r < 0)
                return -1;
            if (r > 0)
                continue;
            maker = S_antecedent_doer(c, vc->vp, vitem);
            if (maker >= 0 && maker != src.item && dyad_cd_coded(c, maker))
                tgt.item = maker;
        }
        if (c->cr && pv < 0 && (tgt.item < 0 || !dyad_cd_coded(c, tgt.item)) &&
            (!strcmp(code, "016") ||
             (!strncmp(code, "12", 2) && !strchr(code, ':') && S_claim_object(c, vc->vp)))) {
            /* a claim rejected or denied whose maker the sentence leaves out answers
             * whoever charged its doer lately: "Iran accused Kuwait of spying for Iraq.
             * Kuwait rejected charges that its boats were spy ships"; so does any denial
             * of responsibility, whatever it names ("Israel blamed Hezbollah for the
             * attack. Hezbollah denied involvement") */
            c->negated = S_negated(c, vc->vp, neg_from);
            int r = S_answer_charge(c, src.item, code);
            if (r < 0)
                return -1;
            if (r > 0)
                continue;
        }
        int mdoer = pv >= 0 && !pat_roles ? tgt.item : src.item;
        int mparty = pv >= 0 && !pat_roles ? src.item : tgt.item;
        if (c->cr && (!strncmp(code, "045", 3) || !strcmp(code, "043:042")) && mdoer >= 0 &&
            dyad_cd_coded(c, mdoer) &&
            (mparty < 0 || !dyad_cd_coded(c, mparty))) {
            c->negated = S_negated(c, vc->vp, neg_from);
            int r = S_mediated(c, mdoer, vc->vp, mparty, code);
            if (r < 0)
                return -1;
            if (r > 0)
                continue;
        }
        if (c->cr && pv < 0 && !strchr(code, ':') &&
            (tgt.item < 0 || !dyad_cd_coded(c, tgt.item))) {
            /* "He told Zelenskiy that India was ready to play a role": to the addressee */
            int to = S_addressee(c, vc->vp);
            if (to >= 0 && to != src.item)
                tgt.item = to;
        }
        /* an act whose other party the sentence leaves out ("Ankara threatened to
         * take countermeasures") is with the one party the article's latest events
         * make its doer's other side: only for a doer the verb's clause names as its
         * subject (not an act, "the strikes"), and not when a rule above found the party
         * named to be only a place ("concerned about the plague in Rohan"); or, for
         * an act aimed at a thing no one is named with, the party of a story of two;
         * an envoy of the doers' own that they recall is recalled from such a party,
         * not from themselves ("recalled its ambassador"); a threat told as a clause
         * ("warned that any attempt would be an act of war", `out` 4) only with the
         * article's leading pair */
        int out = 0, own_envoy = !strncmp(code, "16", 2) && tgt.item >= 0 &&
                                 S_own_envoy(c, src.item, tgt.item);
        if (c->cr && pv < 0 && src.item == subj && !dyad_cd_event_ref(c, src.item) &&
            !placed && !on_line && (tgt.item < 0 || !dyad_cd_coded(c, tgt.item) || own_envoy) &&
            (out = own_envoy ? 1 : S_left_out(c, code, vc->vp, tgt.item)) &&
            (!S_clause_object(c, vc->vp) || (!strncmp(code, "13", 2) && (out = 4)))) {
            c->negated = S_negated(c, vc->vp, neg_from);
            int r = S_towards_context(c, src.item, code, out, own_envoy,
                                      S_reporter(c, vc->vp, vitem, NULL));
            if (r < 0)
                return -1;
            if (r > 0)
                continue;
        }
        if (tgt.item < 0)
            continue;
        /* troops who arrive somewhere are deployed, not visiting: "additional European
         * peacekeepers arrived in Bosnia", "French troops flew to Chad" (military
         * people of no government: "Chinese military officials visited" still visit) */
        const char *scode = c->ent[c->it[src.item].ent].code;
        if (c->cr && pv < 0 && !strncmp(code, "042", 3) && S_people(c, src.item) &&
            strlen(scode) >= 3 && !strcmp(scode + strlen(scode) - 3, "MIL") &&
            !strstr(scode, "GOV"))
            continue;
        /* a state's, a government's or a body of states' protest of another party or its
         * act ("France protested over Canada's decision", "Japan protested the American
         * tariffs") is an official complaint (114), as a protest lodged with it is;
         * people's protests stay dissent (14), also those of a people named by its
         * plural ("Iranians protested against the American strike") */
        if (pv < 0 && (!strcmp(code, "140") || !strcmp(code, "141")) &&
            !strncmp(w, "PROTEST", 7) && S_official_voice(scode) && !S_people(c, src.item) &&
            dyad_cd_coded(c, tgt.item))
            code = "114";
        /* a pattern that names $ or + already says who did what to whom */
        int swap = pv >= 0 && !pat_roles;
        /* an act is no guest: "The Taliban welcomed the deportations" Germany carried
         * out hosts no one (a pattern of the verb says when welcoming is praise), nor is
         * the subject of a passive ("the move was welcomed by China") */
        int guest = swap ? src.item : tgt.item;
        if (c->cr && strchr(code, ':') && dyad_cd_event_ref(c, guest))
            continue;
        /* nor is another thing welcomed or greeted, which the patterns do not list
         * ("Industry welcomed Lawson's budget", "the plan was warmly welcomed by Tokyo"):
         * approval of whose it is, never of an attack's victim ("Britain welcomed the
         * attack on the Iranian platform" approves of no one named) */
        if (c->cr && !strcmp(code, "043:042") &&
            (!strncmp(w, "WELCOM", 6) || !strncmp(w, "GREET", 5)) && guest >= 0 &&
            c->it[guest].type == I_NES && S_thing(c, &c->ent[c->it[guest].ent])) {
            code = "051";
            if (S_act_receiver(c, &c->ent[c->it[guest].ent], code))
                continue;
        }
        /* an occasion in a place is not who a passive was done to: "met at a summit
         * in Paris hosted by Macron and Merkel" is no hosting of Paris */
        if (c->cr && swap && dyad_cd_at_place(c, &c->ent[c->it[src.item].ent], 1) &&
            !S_struck_there(c, &c->ent[c->it[src.item].ent], code))
            continue;
        /* an amount does nothing: "a drop in EC stocks would help Australian sales" */
        if (S_measured(c, swap ? tgt.item : src.item))
            continue;
        /* nor does a law: "U.S. law requires American firms to register" */
        if (S_rule_doer(c, swap ? tgt.item : src.item))
            continue;
        /* people of no country killed or hurt in an attack are of the party it was on:
         * "At least 20 people were killed in Israeli strikes on Gaza" -> ISR->PSE */
        if (c->cr && swap && tgt.item == agent && !dyad_cd_coded(c, src.item)) {
            c->negated = S_negated(c, vc->vp, neg_from);
            int r = S_attacked_party(c, agent, code);
            if (r < 0)
                return -1;
            if (r == 1)
                continue;
            if (r > 1)
                src.item = r - 2;
        }
        if (c->cr && plus_in <= 0) {
            dyad_cd_recheck(c, src.item, tgt.item, code);
            dyad_cd_act_doer(c, src.item, tgt.item, code, 0);
        }
        c->negated = S_negated(c, vc->vp, neg_from);
        /* a hostile act promised on a condition another actor sets threatens that one:
         * "Trump said that if Europe follows through on its tariff, he will impose the
         * tariff on French wine" is a threat to the EU */
        int by_cond = -1;
        c->threat_to = c->cr && pv < 0 && strncmp(code, "15", 2) >= 0 &&
                               strncmp(code, "21", 2) < 0 && !strchr(code, ':') &&
                               S_promised_response(c, vc->vp, 1, &by_cond) && by_cond >= 0 &&
                               by_cond != src.item &&
                               dyad_cd_coded(c, by_cond) && c->it[by_cond].type == I_NES &&
                               !dyad_coref_same_actor(c->ent[c->it[by_cond].ent].code,
                                                      c->ent[c->it[src.item].ent].code)
                           ? by_cond
                           : -1;
        /* a time is no party ("open talks tomorrow", "took the tanker over on Friday"):
         * the act is done to its object no one knows, or read, as told, with none */
        if (c->cr && c->it[tgt.item].type == I_NES && S_time_ent(c, tgt.item)) {
            tgt.item = S_unknown_object(c, vitem, tgt.item);
            if (tgt.item < 0) {
                c->threat_to = -1;
                c->told = 1;
                continue;
            }
        }
        if (c->cr && pv < 0 && S_visiting_noun(c, vtok, tgt.item, code)) {
            int visitor = tgt.item; /* the phrase "visiting" qualifies */
            tgt.item = src.item;
            src.item = visitor;
        }
        int made = S_make_events(c, src.item, tgt.item, code, swap);
        c->threat_to = -1;
        if (made || (c->cr && S_alleged_wrong(c, vc->vp, swap ? tgt.item : src.item, code) < 0))
            return -1;
        /* an act of force said to be by someone is also charged to that one by whoever
         * says it (S_attributed), and so is mass violence a state tells of another party
         * ("Armenia says Azerbaijan is carrying out ethnic cleansing"), which is a
         * charge when a party makes it, a finding when the U.N. reports it */
        if (swap && attributed >= 0 && S_said_charge(c, vc->vp, vitem, vtok, agent, "112") < 0)
            return -1;
        int rep = c->cr && !swap && pv < 0 && !strncmp(code, "20", 2)
                      ? S_other_reporter(c, vc->vp, vitem, src.item, 0, NULL)
                      : -1;
        if (rep >= 0 && c->it[rep].type == I_NES && dyad_cd_coded(c, rep) &&
            dyad_coref_state(c->ent[c->it[rep].ent].code) &&
            S_said_charge(c, vc->vp, vitem, vtok, src.item, "112") < 0)
            return -1;
        if (call && !swap && tgt.item != src.item && dyad_cd_coded(c, tgt.item) &&
            S_make_events(c, src.item, tgt.item, "041:041", 0))
            return -1;
    }
    dyad_cd_own_clause_only(c, 0);
    S_noun_gives_way(c);
    return 0;
}

/* ---------------------------------------------------------------- flat fallback */

/* Does item k close the flat clause of a verb the tree never read (S_flat_verbs): a
 * comma or a stop, a relative or subordinating word, a finite verb of another clause? */
static int S_flat_stop(const dyad_cd_ctx *c, int k)
{
    static const char *const stop[] = {"THAT", "WHICH", "WHO", "WHOM", "WHOSE", ";", ":",
                                       "--", "AFTER", "ALTHOUGH", "AS", "BECAUSE",
                                       "BEFORE", "IF", "SINCE", "THOUGH", "UNLESS",
                                       "UNTIL", "WHEN", "WHILE", "WHEREAS", NULL};
    if (c->it[k].type == I_COMMA || S_quoted_sentence_end(c, k))
        return 1;
    return c->it[k].type == I_WORD &&
           (dyad_among(c->up[c->it[k].tok], stop) ||
            dyad_among(dyad_cd_node(c, c->t->tok_node[c->it[k].tok])->label, S_finite_tags));
}

/* The subject of a verb the tree never read, whose words (or the phrases it opens)
 * start at item vi: a coded actor, not a mere place, whose phrase ends right before it
 * or before words that only qualify the verb (adverbs, a modal, "has", "did", "not",
 * "tomorrow"), which is how a clause tells its doer however the tagger read the verb
 * ("Washington will supply rockets to Kyiv" with "supply" an adverb); none after a form
 * of "be", whose participle or adjective is a state or a passive ("Qatar was firmly
 * committed to its quota" is no pledge). *neg tells whether a "not" or "never" stands
 * between. -1 for none. */
static int S_flat_subject(const dyad_cd_ctx *c, int vi, int *neg)
{
    static const char *const qualify[] = {"NOT", "N'T", "NEVER", "HAS", "HAVE", "HAD",
                                          "DO",  "DOES", "DID",  NULL};
    static const char *const day[] = {"TODAY", "TOMORROW", "YESTERDAY", "TONIGHT", NULL};
    *neg = 0;
    for (int k = vi - 1; k >= 0 && !c->del[k]; k--) {
        const dyad_cd_item *x = &c->it[k];
        if (x->type == I_NEE || x->type == I_NECE) {
            int s = k;
            while (s >= 0 && !((c->it[s].type == I_NES || c->it[s].type == I_NECS) &&
                               c->it[s].ent == x->ent))
                s--;
            const dyad_cd_ent *e = &c->ent[x->ent];
            if (s >= 0 && e->tok1 == e->tok0 + 1 && dyad_among(c->up[e->tok0], day)) {
                k = s; /* "officials tomorrow open talks with ..." */
                continue;
            }
            return s >= 0 && dyad_cd_coded(c, s) && !S_mere_place(c, s) ? s : -1;
        }
        const char *tag = x->type == I_WORD ? dyad_cd_node(c, c->t->tok_node[x->tok])->label : "";
        if (x->type != I_WORD || dyad_cd_passive_aux(c, x->tok) ||
            (strncmp(tag, "RB", 2) && strcmp(tag, "MD") && !dyad_among(c->up[x->tok], qualify)))
            return -1;
        *neg |= S_not_word(c->up[x->tok]);
    }
    return -1;
}

/* A sentence whose verbs in the tree gave no event may still say "<actor> <verb> ...
 * <actor>" in plain words where the tagger or parser slipped and left the verb out of
 * every verb phrase ("Israeli warplanes pound Hezbollah positions", "pound" a
 * preposition; "Iraqi troops overran an Iranian outpost", "overran" an adverb opening
 * the object's noun phrase): as TABARI did without a parse, the verb dictionary's
 * patterns are read on the flat words of such a verb's clause, which ends at a comma,
 * a relative or subordinating word or a finite verb (S_flat_stop). Only a word in lower
 * case, a verb form of the dictionary and no form of "be", "have" or "do" (whose main
 * verb the tree read) nor a particle, outside any noun phrase but those it opens (the
 * innermost of them a coded actor, its object: not "U.N. sanctions experts said"),
 * with its subject right before it (S_flat_subject) and no infinitive after it ("plan
 * to discuss": the infinitive's is the act); the other party is the pattern's +, else the
 * first coded actor after the verb in its clause, not one named as a place. The
 * resolver reads the modality at the verb ("will", "could"). A wider reading (any verb
 * form of the dictionary, the nearest actor before it) coded mostly what the tree had
 * rightly left out: places, judgements by "be", a verb's particle. */
static int S_flat_verbs(dyad_cd_ctx *c)
{
    static const char *const aux[] = {"IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING",
                                      "HAS", "HAVE", "HAD", "DO", "DOES", "DID", NULL};
    for (int vi = 0, depth = 0; vi < (int)c->nit; vi++) {
        int ty = c->it[vi].type;
        depth += (ty == I_NES || ty == I_NECS) - (ty == I_NEE || ty == I_NECE);
        int open = vi; /* the phrases the verb opens start at items open..vi-1 */
        while (open > 0 && (c->it[open - 1].type == I_NES || c->it[open - 1].type == I_NECS))
            open--;
        if (ty != I_WORD || depth > vi - open || c->del[vi])
            continue;
        const dyad_tnode *x = dyad_cd_node(c, c->t->tok_node[c->it[vi].tok]);
        const char *w = c->up[c->it[vi].tok];
        int head = dyad_dict_verb(c->d, w, strlen(w)), neg;
        if (head < 0 || !islower((unsigned char)*x->word) || dyad_among(w, aux) ||
            !strcmp(x->label, "RP"))
            continue;
        size_t v = 0;
        while (v < c->nvc && c->vc[v].verb_item != vi)
            v++;
        if (v < c->nvc)
            continue; /* a verb the tree read */
        int subj = S_flat_subject(c, open, &neg);
        if (subj < 0 || (open < vi && !dyad_cd_coded(c, vi - 1)) || (vi + 2 < (int)c->nit && c->it[vi + 1].type == I_WORD &&
                         dyad_is(c->up[c->it[vi + 1].tok], "TO") &&
                         c->it[vi + 2].type == I_WORD &&
                         dyad_cd_label_is(c, c->t->tok_node[c->it[vi + 2].tok], "VB")))
            continue;
        int end = vi + 1;
        while (end < (int)c->nit && !S_flat_stop(c, end))
            end++;
        int first = vi, last = vi;
        const dyad_verb *ve = S_fitting_entry(c, head, vi, end, 0, &first, &last);
        if (!ve)
            continue;
        int nup = 0, nlow = 0;
        for (int k = (first < open ? first : open) - 1; k >= 0 && !S_flat_stop(c, k); k--)
            if (!c->del[k])
                c->seq_up[nup++] = k;
        for (int k = open; k < vi; k++)
            c->seq_low[nlow++] = k;
        for (int k = last + 1; k < end; k++)
            if (!c->del[k])
                c->seq_low[nlow++] = k;
        memset(c->subcl, 0, c->nit);
        S_loc src = {-1, -1, -1}, tgt = {-1, -1, -1};
        const char *code = NULL, *own = NULL;
        int single = !ve->npre && !ve->npost;
        for (const dyad_verb *e = ve; e && !code; e = S_next_entry(c, e, single)) {
            if (!S_entry_tried(c, e, single, &own))
                continue;
            const dyad_vblock *bl = &c->d->block.v[e->block];
            for (uint32_t p = bl->first; p < bl->end && !code; p++)
                if (S_pattern_fits(c, &c->d->pat.v[p], nup, nlow, &src, &tgt))
                    code = dyad_dict_str(c->d, c->d->pat.v[p].code);
        }
        if (!code)
            code = own, tgt.item = -1;
        else if (src.item >= 0 && src.item != subj)
            continue; /* the pattern's doer is someone else */
        for (int k = 0; tgt.item < 0 && k < nlow; k++)
            if (c->it[c->seq_low[k]].type == I_NECS ||
                (c->it[c->seq_low[k]].type == I_NES && dyad_cd_coded(c, c->seq_low[k])))
                tgt.item = c->seq_low[k];
        if (!code || !strcmp(code, "---") || tgt.item < 0 || tgt.item == subj ||
            !dyad_cd_coded(c, tgt.item) ||
            (c->it[tgt.item].type == I_NES &&
             dyad_cd_at_place(c, &c->ent[c->it[tgt.item].ent], 0)))
            continue;
        c->negated = neg;
        c->verb_tok0 = c->it[first].tok;
        c->verb_tok1 = c->it[last].tok;
        if (S_make_events(c, subj, tgt.item, code, 0))
            return -1;
    }
    return 0;
}

/* ---------------------------------------------------------------- charges said */

/* Is there an event between the parties of codes a and b, either way, in the
 * sentence's coding so far, one whose verb is not at a token in [skip0, skip1)? */
static int S_pair_coded(const dyad_cd_ctx *c, const char *a, const char *b, int skip0,
                        int skip1)
{
    for (size_t i = 0; i < c->out->n; i++) {
        const dyad_coded_event *x = &c->out->ev[i];
        if (x->verb_tok >= skip0 && x->verb_tok < skip1)
            continue;
        if ((dyad_coref_same_actor(x->source, a) && dyad_coref_same_actor(x->target, b)) ||
            (dyad_coref_same_actor(x->source, b) && dyad_coref_same_actor(x->target, a)))
            return 1;
    }
    return 0;
}

/* Is node n (a clause, or the SBAR holding one) a free relative by which the report's own
 * voice names a thing ("employed what he termed unfair trade practices", "what it
 * calls provocations"): after "what", a pronoun calling its object so? Its words are
 * then the clause's that holds it. */
static int S_naming_relative(const dyad_cd_ctx *c, int n)
{
    int s = n;
    for (int ch = dyad_cd_node(c, n)->first; dyad_cd_label_is(c, n, "SBAR") && ch >= 0;
         ch = dyad_cd_node(c, ch)->next)
        s = dyad_cd_label_is(c, ch, "S") ? ch : s;
    int subj = dyad_cd_node(c, s)->first, vp = subj >= 0 ? dyad_cd_node(c, subj)->next : -1;
    int t = dyad_cd_node(c, s)->tok;
    return dyad_cd_label_is(c, s, "S") && t > 0 && dyad_is(c->up[t - 1], "WHAT") &&
           dyad_cd_label_is(c, subj, "NP") &&
           dyad_cd_label_is(c, c->t->tok_node[t], "PRP") && vp >= 0 &&
           dyad_cd_label_is(c, vp, "VP") && dyad_cd_naming_verb(c->up[dyad_cd_node(c, vp)->tok]);
}

/* Does the judging word at token k judge a party of its own noun phrase, outside the
 * subject np ("are concerned about Chinese aggression" judges China, not them)? */
static int S_judges_other(const dyad_cd_ctx *c, int k, int np)
{
    int p = dyad_cd_node(c, c->t->tok_node[k])->parent;
    if (p < 0 || !dyad_cd_label_is(c, p, "NP") ||
        (dyad_cd_node(c, p)->tok >= dyad_cd_node(c, np)->tok &&
         dyad_cd_node(c, p)->tok_end <= dyad_cd_node(c, np)->tok_end))
        return 0;
    for (int i = 0; i < (int)c->nit; i++)
        if (c->it[i].type == I_NES && dyad_cd_coded(c, i) &&
            c->ent[c->it[i].ent].tok0 >= dyad_cd_node(c, p)->tok &&
            c->ent[c->it[i].ent].tok1 <= dyad_cd_node(c, p)->tok_end)
            return 1;
    return 0;
}

/* Is the saying at token say negated, under a modal or an if-clause ("did not say",
 * "may say", "if Tehran says")? */
static int S_saying_hedged(const dyad_cd_ctx *c, int say)
{
    int q = dyad_cd_node(c, c->t->tok_node[say])->parent;
    if (q < 0 || !dyad_cd_label_is(c, q, "VP") || S_negated(c, q, say))
        return 1;
    for (int p = q; p >= 0; p = dyad_cd_node(c, p)->parent) {
        if (dyad_cd_if_clause(c, p))
            return 1;
        for (int ch = dyad_cd_label_is(c, p, "VP") ? dyad_cd_node(c, p)->first : -1; ch >= 0;
             ch = dyad_cd_node(c, ch)->next)
            if (dyad_cd_label_is(c, ch, "MD") && dyad_cd_node(c, ch)->tok < say)
                return 1;
    }
    return 0;
}

/* The predicate of the clause that holds verb phrase vp: its verb phrases up, and the
 * infinitives without a subject of their own they take ("was trying to smear China":
 * the verb phrase of "was"). */
static int S_predicate(const dyad_cd_ctx *c, int vp)
{
    int pred = vp;
    for (int q = dyad_cd_node(c, vp)->parent; q >= 0; q = dyad_cd_node(c, q)->parent) {
        int v = dyad_cd_node(c, q)->first, up = dyad_cd_node(c, q)->parent;
        if (dyad_cd_label_is(c, q, "VP"))
            pred = q;
        else if (!dyad_cd_label_is(c, q, "S") || S_np_child(c, q) || up < 0 ||
                 !dyad_cd_label_is(c, up, "VP") || !dyad_cd_label_is(c, v, "VP") ||
                 !dyad_cd_label_is(c, dyad_cd_node(c, v)->first, "TO"))
            break;
    }
    return pred;
}

/* The modal the predicate pred opens with: 0 none; 1 one of what may be rather than
 * what was ("said the government could violate the agreement", "could carry out ethnic
 * cleansing"); 2 one of the perfect, which voices a suspicion of a deed done ("may have
 * been involved in the killing", "could have been carried out by Russia"), the form an
 * accusation takes, and so charges (the gold's p493). */
static int S_modal(const dyad_cd_ctx *c, int pred)
{
    int md = dyad_cd_node(c, pred)->first;
    if (!dyad_cd_label_is(c, md, "MD"))
        return 0;
    size_t k = (size_t)dyad_cd_node(c, md)->tok + 1;
    while (k < c->t->ntok && dyad_cd_label_is(c, c->t->tok_node[k], "RB"))
        k++; /* "may well have" */
    return k >= c->t->ntok || !dyad_is(c->up[k], "HAVE") ? 1 : 2;
}

/* The one rule for a charge a reported clause makes: what the clause (verb phrase vp,
 * verb at item vitem, the wrong or judgement at token tok) says of the party at item of
 * is its reporter's charge (code: 112 a wrong, 111 a judgement), read at the verb of
 * saying (S_reported_as), whether a verb of the dictionary coded the wrong ("said
 * Washington was trying to smear China", in S_check_verbs) or a word of the
 * dictionary's sets did (S_said_charges), a force or mass violence it names the doer of
 * (S_attributed, S_check_verbs) or a part in a wrong it gives the party. Not when the
 * sentence asks, the clause is negated before tok or tells what may be (S_modal), the
 * saying is hedged (S_saying_hedged), or the
 * reporter stands inside the clause, a misreading ("told VOA that India and Japan are
 * concerned about Chinese aggression" is no Indian report). 1 made, 0 not, -1 ENOMEM. */
static int S_said_charge(dyad_cd_ctx *c, int vp, int vitem, int tok, int of, const char *code)
{
    const dyad_tree *t = c->t;
    int pred = S_predicate(c, vp), cl = dyad_cd_node(c, pred)->parent, say = -1;
    if (t->ntok == 0 || dyad_is(c->up[t->ntok - 1], "?") ||
        S_modal(c, pred) == 1 || S_negated(c, vp, tok) ||
        S_negated(c, pred, tok))
        return 0;
    int rep = S_reporter(c, pred, vitem, &say);
    if (say >= 0 && S_saying_hedged(c, say))
        return 0;
    if (rep >= 0 && c->it[rep].type == I_NES && cl >= 0 &&
        c->ent[c->it[rep].ent].tok1 > dyad_cd_node(c, cl)->tok &&
        c->ent[c->it[rep].ent].tok0 < dyad_cd_node(c, cl)->tok_end)
        return 0;
    int neg = c->negated;
    c->negated = 0;
    int r = S_reported_as(c, pred, vitem, of, code, 0);
    c->negated = neg;
    return r;
}

/* In an article, a clause someone reports (S_reporter: "Minsk said Polish troops were
 * beating migrants", "'Washington seeks to weaponize the Council,' the mission said"),
 * or a sentence of a quotation whose speaker another sentence of it names,
 * whose subject names a party of another side than the reporter's, and whose own words
 * (not a clause's within it, but for a thing the report's voice names: "what it
 * called unfair trade practices", S_naming_relative) charge that party with a wrong
 * (a phrase of the verb dictionary's set DYAD_SYN_WRONG, in its verb phrase: 112) or
 * judge it (DYAD_SYN_JUDGING: 111, after the subject: "the terror group" only names
 * whom the clause is about), is the reporter's charge or criticism of it
 * (S_said_charge), where the coding has no event between the two already: a hostile
 * act the clause reports is coded as the act (the tuning gold codes no charge beside
 * it). A dictionary without the sets (the Phoenix one) charges nothing so. 0, or -1
 * ENOMEM. */
static int S_said_charges(dyad_cd_ctx *c)
{
    const dyad_tree *t = c->t;
    int wrongs = dyad_cd_synset(c, DYAD_SYN_WRONG), judging = dyad_cd_synset(c, DYAD_SYN_JUDGING);
    if (wrongs < 0 && judging < 0)
        return 0;
    for (size_t n = 0; n < t->nn; n++) {
        int cl = (int)n, subj = -1, pred = -1;
        if (!dyad_cd_label_is(c, cl, "S"))
            continue;
        /* the clause's own subject and predicate: "(S (NP ...) (ADVP ...) (VP ...))" */
        for (int ch = dyad_cd_node(c, cl)->first; ch >= 0 && pred < 0;
             ch = dyad_cd_node(c, ch)->next)
            if (dyad_cd_label_is(c, ch, "NP") && subj < 0)
                subj = ch;
            else if (dyad_cd_label_is(c, ch, "VP") && subj >= 0)
                pred = ch;
            else if (!dyad_cd_label_is(c, ch, "ADVP") && !dyad_cd_label_is(c, ch, "``"))
                break;
        if (pred < 0)
            continue;
        /* its words, with those of its infinitives ("is trying to steal the vote") and
         * of a thing its report's voice names (S_naming_relative), not those of a
         * clause within it that has a subject of its own */
        const char *code = NULL;
        int at = -1, end = dyad_cd_node(c, cl)->tok_end;
        for (int k = dyad_cd_node(c, cl)->tok; k < end; k++) {
            /* the word sets first: most tokens start no member, and the tests after
             * them cost more */
            int wrong = k >= dyad_cd_node(c, pred)->tok && dyad_cd_synset_len(c, wrongs, k, end);
            if (!wrong && (code || k < dyad_cd_node(c, pred)->tok ||
                           !dyad_cd_synset_len(c, judging, k, end)))
                continue;
            int p = dyad_cd_node(c, c->t->tok_node[k])->parent;
            while (p >= 0 && p != cl &&
                   ((!dyad_cd_label_is(c, p, "SBAR") &&
                     !(dyad_cd_label_is(c, p, "S") && S_np_child(c, p))) ||
                    S_naming_relative(c, p)))
                p = dyad_cd_node(c, p)->parent;
            /* a negation before the word, after "be" too ("was not the result of unfair
             * practices"), denies it */
            if (p != cl || S_negated(c, pred, k))
                continue;
            if (wrong)
                code = "112", at = k;
            else if (!S_judges_other(c, k, subj))
                code = "111", at = k;
        }
        int vi = code ? dyad_cd_item_of_tok(c, 0, (int)c->nit, dyad_cd_node(c, pred)->tok) : -1;
        int say = -1, rep = vi >= 0 ? S_reporter(c, pred, vi, &say) : -1;
        /* a sentence of a quotation whose speaker another sentence of it names (the
         * charge is read as S_reported_before reads the speaker's words) */
        int quoted = vi >= 0 && rep < 0 && say < 0 && c->spk_before[0] && c->inq &&
                     c->inq[c->it[vi].tok];
        if (!quoted && (rep < 0 || say < 0 || !dyad_cd_coded(c, rep) || c->it[rep].type != I_NES))
            continue;
        char rc[64][64], yc[64][64];
        const dyad_cd_ent *re[64], *ye[64];
        int nr = quoted ? 1 : S_codes(c, rep, rc, re, 64);
        if (quoted)
            dyad_copy_str(rc[0], sizeof rc[0], c->spk_before);
        /* the clause's own act under a modal of the perfect is only suspected (coded
         * hypothetical), the charge is what is said: it stands, as a verb's wrong does
         * ("Kyiv said Russian agents may have harassed its diplomats") */
        int skip0 = S_modal(c, pred) == 2 ? dyad_cd_node(c, pred)->tok : 0;
        int skip1 = skip0 ? dyad_cd_node(c, pred)->tok_end : 0;
        for (int k = 0; k < (int)c->nit; k++) {
            const dyad_cd_ent *e = &c->ent[c->it[k].ent];
            if (c->it[k].type != I_NES || !dyad_cd_coded(c, k) ||
                e->tok0 < dyad_cd_node(c, subj)->tok || e->tok1 > dyad_cd_node(c, subj)->tok_end)
                continue;
            int ny = S_codes(c, k, yc, ye, 64), apart = ny > 0;
            for (int i = 0; i < nr; i++)
                for (int j = 0; j < ny; j++)
                    if (!strncmp(rc[i], "---", 3) || !strncmp(yc[j], "---", 3) ||
                        S_pair_coded(c, rc[i], yc[j], skip0, skip1))
                        apart = 0;
            if (apart && S_said_charge(c, pred, vi, at, k, code) < 0)
                return -1;
        }
    }
    return 0;
}

/* ---------------------------------------------------------------- API */

void dyad_code_opts_default(dyad_code_opts *o)
{
    memset(o, 0, sizeof *o);
    o->require_dyad = 1;
    o->comma_min = 2; /* PETRARCH's defaults: inner and final clauses of 2..8 words */
    o->comma_max = 8;
    o->comma_emin = 2;
    o->comma_emax = 8;
}

void dyad_coding_free(dyad_coding *c)
{
    if (!c)
        return;
    free(c->ev);
    memset(c, 0, sizeof *c);
}

static void S_ctx_free(dyad_cd_ctx *c)
{
    free(c->up ? c->up - 1 : NULL);
    free(c->upbuf);
    free(c->lowverb);
    free(c->it);
    free(c->ent);
    free(c->vc);
    free(c->nec);
    free(c->del);
    free(c->bydel);
    free(c->subcl);
    free(c->seq_up);
    free(c->seq_low);
    free(c->wset);
    free(c->synok);
    free(c->inq);
}

/* Code in place of one side of an event, redated (dyad_coded_redate); 1 when changed. */
static int S_redate_one(const dyad_dict *d, int actor, int32_t was, int32_t now, char *code,
                        size_t cap)
{
    if (!actor)
        return 0;
    const char *old = dyad_actor_code_for(d, actor - 1, was);
    const char *neu = dyad_actor_code_for(d, actor - 1, now);
    size_t n = strlen(old);
    /* codes that do not change, or no longer the entry's own; an entry that names no
     * one on that date keeps its code (events need known actors) */
    if (!strcmp(old, neu) || strncmp(code, old, n) || !strncmp(neu, "---", 3))
        return 0;
    char roles[64], out[64];
    dyad_cd_join2(roles, sizeof roles, code + n, "");
    dyad_cd_new_roles(neu, roles);
    if (dyad_cd_join2(out, sizeof out, neu, roles) >= cap)
        return 0;
    memcpy(code, out, strlen(out) + 1);
    return 1;
}

int dyad_coded_redate(const dyad_dict *d, const dyad_coded_event *x, const char *as_of,
                      const char *date, char *source, char *target, size_t cap)
{
    if (!d || !x || !as_of || !date || (!x->src_actor && !x->tgt_actor))
        return 0;
    char day[11];
    size_t n = strlen(date);
    if (n == 4)
        snprintf(day, sizeof day, "%s-07-01", date);
    else if (n == 7)
        snprintf(day, sizeof day, "%s-15", date);
    else
        snprintf(day, sizeof day, "%.10s", date);
    int32_t was = dyad_date_ordinal(as_of, strlen(as_of));
    int32_t now = dyad_date_ordinal(day, strlen(day));
    /* a date to come keeps the actors of the story: who will be in office then is
     * not known to it */
    if (was < 0 || now < 0 || now >= was)
        return 0;
    int a = S_redate_one(d, x->src_actor, was, now, source, cap);
    return S_redate_one(d, x->tgt_actor, was, now, target, cap) | a;
}

/* Is token i of t "March" or "May" written as a month: capitalised within the sentence,
 * or first before a day ("on March 26", "in May")? Patterns read the word of a protest
 * march ("began a march on the capital", "ended the march") and the modal in lower case;
 * the month is no act, and "starting March 1" or "the year ending March 31" was read as
 * a protest begun or ended. */
static int S_month_word(const dyad_tree *t, size_t i)
{
    const char *w = t->n[t->tok_node[i]].word;
    if (strcmp(w, "March") && strcmp(w, "May"))
        return 0;
    return i > 0 || (i + 1 < t->ntok && !strcmp(t->n[t->tok_node[i + 1]].label, "CD"));
}

dyad_status dyad_code_tree(const dyad_dict *d, const dyad_tree *t, const char *date,
                           const char *text, const dyad_code_opts *opts, dyad_coding *out)
{
    return dyad_code_tree_coref(d, t, date, text, opts, NULL, out);
}

void dyad_code_dateline(const dyad_dict *d, const char *place, const char *date,
                        dyad_coref *cr)
{
    char buf[48], *w[8];
    snprintf(buf, sizeof buf, "%s", place);
    dyad_upcase(buf);
    int n = dyad_split_words(buf, 0, w, 8), len = 0;
    int a = n > 0 ? dyad_cd_longest(&d->actors, w, n, &len) : -1;
    int32_t day = date && *date ? dyad_date_ordinal(date, strlen(date)) : -1;
    dyad_coref_home(cr, a >= 0 && len == n ? dyad_actor_code_for(d, a, day) : "");
}

dyad_status dyad_code_tree_coref(const dyad_dict *d, const dyad_tree *t, const char *date,
                                 const char *text, const dyad_code_opts *opts,
                                 dyad_coref *cr, dyad_coding *out)
{
    if (!d || !t || !out)
        return DYAD_EINVAL;
    if (cr)
        dyad_coref_sentence(cr);
    out->n = 0;
    out->discard = 0;
    out->nissues = 0;
    dyad_code_opts defo;
    if (!opts) {
        dyad_code_opts_default(&defo);
        opts = &defo;
    }
    dyad_cd_ctx c;
    memset(&c, 0, sizeof c);
    c.journey_vp = -1;
    c.d = d;
    c.t = t;
    c.o = opts;
    c.out = out;
    c.cr = cr;
    c.date = date && *date ? dyad_date_ordinal(date, strlen(date)) : -1;
    /* upper-case tokens, one buffer; a slot on each side holds "", so that the first
     * word of a phrase with no words (tok -1, only in a tree given from outside, "(PP
     * (X))") reads as no word wherever a rule asks for it, and so does the word after
     * the last */
    static char no_word[] = "";
    size_t total = 0;
    for (size_t i = 0; i < t->ntok; i++)
        total += strlen(t->n[t->tok_node[i]].word) + 1;
    char **up = malloc((t->ntok + 2) * sizeof *up);
    c.up = up ? up + 1 : NULL;
    if (up)
        up[0] = up[t->ntok + 1] = no_word;
    c.upbuf = malloc(total + 1);
    c.nec = calloc(t->nn + 1, 1);
    c.lowverb = calloc(t->ntok + 1, 1);
    if (!c.up || !c.upbuf || !c.nec || !c.lowverb)
        goto nomem;
    char *p = c.upbuf;
    for (size_t i = 0; i < t->ntok; i++) {
        const char *w = t->n[t->tok_node[i]].word, *tag = t->n[t->tok_node[i]].label;
        c.lowverb[i] = (unsigned char)(((tag[0] == 'V' || !strcmp(tag, "MD") ||
                                         !strcmp(tag, "PRP")) &&
                                        islower((unsigned char)*w)) * DYAD_CD_LOWVERB |
                                       dyad_lower_short(w, strlen(w)) * DYAD_CD_LOWER |
                                       S_month_word(t, i) * DYAD_CD_MONTH);
        c.up[i] = p;
        while (*w)
            *p++ = (char)toupper((unsigned char)*w++);
        *p++ = 0;
    }
    dyad_buf words = {0}; /* the tree's words stand in for a missing text */
    if (!text) {
        for (size_t i = 0; i < t->ntok; i++)
            if (dyad_buf_puts(&words, i ? " " : "") || dyad_buf_puts(&words, c.up[i]))
                c.oom = 1;
        text = words.data ? words.data : "";
    }
    if (cr)
        c.qopen = dyad_coref_quote(cr, (const char *const *)c.up, NULL, (int)t->ntok);
    out->discard = dyad_dict_discard(d, text);
    if (c.oom || out->discard == 2) {
        dyad_buf_free(&words);
        S_ctx_free(&c);
        return c.oom ? DYAD_ENOMEM : DYAD_OK;
    }
    int root = 0;
    while (t->nn > 0 && (dyad_cd_label_is(&c, root, "ROOT") || !t->n[root].label[0]) &&
           t->n[root].first >= 0 && t->n[root].first == t->n[root].last &&
           !t->n[root].word)
        root = t->n[root].first;
    c.root = root;
    c.quote_sp = c.quote_say = -1;
    c.threat_to = -1;
    dyad_cd_mark_compounds(&c);
    if (t->nn > 0 && dyad_cd_linearize(&c, root, 0))
        goto nomem;
    if (cr) {
        dyad_cd_refer_ahead(&c);
        dyad_cd_quote_speaker(&c);
        dyad_cd_reported_pronouns(&c);
        dyad_cd_whose_owned(&c);
    }
    c.del = calloc(c.nit + 1, 1);
    c.bydel = calloc(c.nit + 1, 1);
    c.subcl = calloc(c.nit + 1, 1);
    if (!c.del || !c.bydel || !c.subcl)
        goto nomem;
    dyad_cd_commas(&c);
    c.seq_up = malloc((c.nit + 1) * sizeof(int));
    c.seq_low = malloc((c.nit + 1) * sizeof(int));
    if (!c.seq_up || !c.seq_low)
        goto nomem;
    if (S_check_verbs(&c) || c.oom)
        goto nomem;
    if (cr && !c.told && (S_flat_verbs(&c) || c.oom))
        goto nomem;
    if (cr && (S_visit_nouns(&c) || c.oom))
        goto nomem;
    if (cr && (S_said_charges(&c) || c.oom))
        goto nomem;
    /* as PETRARCH, issues are reported for sentences that gave events */
    if (out->n)
        out->nissues = dyad_dict_issues(d, text, out->issues, DYAD_MAX_ISSUES);
    dyad_buf_free(&words);
    S_ctx_free(&c);
    return DYAD_OK;
nomem:
    dyad_buf_free(&words);
    S_ctx_free(&c);
    return DYAD_ENOMEM;
}

/*
 * coder.c — the event coder: parse tree + date + dictionaries -> (source, target, code).
 *
 * Algorithm (after PETRARCH-1's read_TreeBank/check_commas/check_verbs, re-done on a
 * tree; PETRARCH-2 is followed for agents consuming their words and for negation):
 *  1. Noun phrases become entities (NE): an NP without inner NPs; an NP with a
 *     possessive (words minus "'s"); an NP of the form NP + PP, the PP its own child
 *     (head words, preposition and object, unless the object has a PP or a relative
 *     clause of its own; the words after the object are read as they are; a PP
 *     further down is its inner phrase's, which is gone into); an NP with one CC of
 *     its own and at least three N* nodes (or actor adjectives joined by it before a
 *     noun) is a compound (NEC) whose members (cut
 *     at the CC and commas; a run of nouns is one member) each become an entity
 *     (leading adjectives shared, a noun shared by coordinated modifiers; two
 *     compounds in one phrase give every combination; a list of names the parser
 *     nested around a compound or in one is opened into it: "The United States,
 *     Britain and France"). An entity's code is its first
 *     actor (date-resolved) plus the agents found in it ("~GOV" suffix, "NGO~"
 *     prefix; "former" makes them ELI), or "---" when nothing is known.
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
 *  - an entity without an actor of its own takes the code coreference finds for it,
 *    again once the sentence's entities are all known (people who act where they are
 *    take a place named after them: "protesters in Yerevan"; at a state's embassy,
 *    where it is, not its state: S_mission), when the target is
 *    sought (a phrase ambiguous in its sentence may not be once the doer is excluded:
 *    "Scholz spoke with Netanyahu and urged him") and for each event with the other
 *    participant to avoid; every entity and event is recorded for the sentences after
 *    it;
 *  - an actor still without a country ("---GOV") is unknown, as "---" is;
 *  - a duty reported of another actor ("X said Y must ...", "should", "needs to") is
 *    the reporter's appeal or demand, whatever the duty's verb (S_duty);
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
 *    noun ("a meeting requested by X"); the doer is the "by" phrase or the attack it
 *    was done in ("killed in a U.S. air strike"), and a passive without one is no act
 *    of its subject, even when a pattern names the other party; nor is an occasion
 *    in a place its subject ("a summit in Paris hosted by X");
 *  - several actors with no one else named do a reciprocal event with one another
 *    ("A and B held talks in C": A->B and B->A); a place ("in C", "a summit in C")
 *    is no one, nor is whom a [---] pattern names as +, as "met (IN +)" does, nor a
 *    pattern's + that is a place or no one known ("met for hours in Geneva"); a
 *    paired code done to no one known is done among them only when it is the same
 *    act both ways (a call), not a visit or hosting ("A and B received criticism");
 *  - what is said or agreed in a place is not said to it ("pledged in Paris").
 * Everything is per-call state in one context; the dictionary is only read.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dict/dict.h"
#include "dyad_resolve.h"
#include "parse/tree.h"
#include "resolve/coref.h"

enum { I_WORD = 0, I_COMMA, I_NES, I_NEE, I_NECS, I_NECE };

typedef struct S_item {
    int type;
    int tok;  /* words */
    int ent;  /* entity markers: entity index */
} S_item;

typedef struct S_ent {
    int compound;           /* 1: an NEC whose members follow it */
    int nmem, first_mem;    /* NEC: members are entities first_mem .. +nmem */
    char code[64];
    int nwords;
    int tok0, tok1;         /* token span [tok0, tok1) */
    char phrase[256];       /* upper-case words, for new_actor_length */
    int dated;              /* its actor has date-limited codes */
    int actor;              /* 1 + the actor entry its code starts with, 0 none */
    int cr_id;              /* its mention in the coreference state, -1 none */
    int cr_try;             /* no actor of its own: may refer back (coref.h) */
    char own[32];           /* then its own code ("---", "---GOV") */
    int mission;            /* in an article: a state's mission (S_mission) */
    char where[32];         /* then the code of where it is, "" none known */
} S_ent;

typedef struct S_verbc {
    int vp;                 /* VP node */
    int verb_item;          /* item of the verb word */
    int end_item;           /* one past the VP's items */
    int end_own;            /* in an article: one past the items of the verb's own
                               phrase, before a participle clause it holds ("...,
                               accusing him of"), which is coded on its own; else
                               end_item */
} S_verbc;

enum { S_LOWVERB = 1, S_LOWER = 2 }; /* bits of S_ctx.lowverb */

typedef struct S_ctx {
    const dyad_dict *d;
    const dyad_tree *t;
    const dyad_code_opts *o;
    int32_t date;
    char **up;              /* upper-case tokens */
    char *upbuf;
    unsigned char *lowverb; /* token -> S_LOWVERB a verb, modal or pronoun written in
                               lower case, which names no actor ("may", "us"); S_LOWER
                               a word of one or two letters in lower case
                               (dyad_lower_short) */
    S_item *it;
    size_t nit, capit;
    S_ent *ent;
    size_t nent, capent;
    S_verbc *vc;
    size_t nvc, capvc;
    unsigned char *nec;     /* node -> 1 compound, 2 examined and not one, 3 a compound opened into the list around it, 0 other */
    unsigned char *del;     /* item removed with a comma-delimited clause */
    int *wset;              /* the sentence's words: token + 1 by hash, 0 empty */
    size_t wcap;            /* its slots, a power of two; 0 until first needed */
    unsigned char *synok;   /* synset -> 1 a phrase of it may be in the sentence, 2 not */
    int *seq_up, *seq_low;
    int oom;
    int negated;            /* the verb being coded is negated */
    int threat_to;          /* item of the condition's doer a hostile act is promised on,
                               at whom its threat is aimed (S_add_event), or -1 */
    int verb_tok0, verb_tok1; /* its words, for the verb span */
    dyad_coding *out;
    dyad_coref *cr;         /* the article's coreference state, or NULL */
    int root;               /* the sentence's top clause */
    unsigned char *inq;     /* in an article: token -> 1 inside a quotation */
    int quote_sp;           /* the quotations' speaker entity (S_quote_speaker), -1 */
    int quote_say;          /* and the token of its verb of saying, -1 */
    int qopen;              /* in an article: the sentence starts inside a quotation */
    char spk_before[64];    /* the speaker its quotation has from the sentence before */
} S_ctx;

#define GROW(c, arr, n, cap)                                                            \
    (dyad_vec_grow((void **)&(arr), &(cap), (n), sizeof *(arr)) ? ((c)->oom = 1, -1) : 0)

static const dyad_tnode *S_node(const S_ctx *c, int i) { return &c->t->n[i]; }
static int S_isleaf(const S_ctx *c, int i) { return S_node(c, i)->word != NULL; }
static int S_label_is(const S_ctx *c, int i, const char *l)
{
    return dyad_is(S_node(c, i)->label, l);
}

/* ---------------------------------------------------------------- items */

static int S_push(S_ctx *c, int type, int tok, int ent)
{
    if (GROW(c, c->it, c->nit, c->capit))
        return -1;
    c->it[c->nit].type = type;
    c->it[c->nit].tok = tok;
    c->it[c->nit].ent = ent;
    c->nit++;
    return 0;
}

/* ---------------------------------------------------------------- compounds */

static int S_longest(const dyad_trie *tr, char **w, int n, int *len);

/* Does a word below node begin an actor phrase ("Russian" does, "awful" not)? */
static int S_has_actor(const S_ctx *c, int node)
{
    int len;
    for (int k = S_node(c, node)->tok; k >= 0 && k < S_node(c, node)->tok_end; k++)
        if (S_longest(&c->d->actors, c->up + k, S_node(c, node)->tok_end - k, &len) >= 0)
            return 1;
    return 0;
}

/* A name: a noun phrase of words only, closed by a proper noun ("the United States"). */
static int S_name_np(const S_ctx *c, int node)
{
    const dyad_tnode *x = S_node(c, node);
    if (x->word || strcmp(x->label, "NP") || x->last < 0)
        return 0;
    for (int ch = x->first; ch >= 0; ch = S_node(c, ch)->next)
        if (!S_node(c, ch)->word || !strcmp(S_node(c, ch)->label, "POS"))
            return 0;
    return !strncmp(S_node(c, x->last)->label, "NNP", 3);
}

/* A list of names the parser nested in a compound or around one: an NP whose children
 * are names, commas and conjunctions, or one such list ("(NP (NP The United States)
 * (, ,) (NP United Nations))", "(NP (NP The United States) (, ,) (NP Britain and
 * France))"), with a comma or conjunction between them; "X, the foreign minister" is
 * no list. A list of words only ("Britain and France") is one when it has a CC. */
static int S_list_np(const S_ctx *c, int node)
{
    const dyad_tnode *x = S_node(c, node);
    if (x->word || strcmp(x->label, "NP"))
        return 0;
    int names = 0, seps = 0, words = 0, cc = 0;
    for (int ch = x->first; ch >= 0; ch = S_node(c, ch)->next) {
        const dyad_tnode *y = S_node(c, ch);
        if (y->word && (!strcmp(y->label, ",") || !strcmp(y->label, "CC"))) {
            seps++;
            cc += !strcmp(y->label, "CC");
        } else if (y->word && (!strncmp(y->label, "NNP", 3) || !strcmp(y->label, "DT"))) {
            words++;
        } else if (S_name_np(c, ch) || (ch == x->last && S_list_np(c, ch))) {
            names++;
        } else {
            return 0;
        }
    }
    if (names == 0)
        return words > 0 && cc > 0;
    return !words && seps > 0 && names >= 2;
}

static void S_mark_compounds(S_ctx *c)
{
    const dyad_tree *t = c->t;
    for (size_t i = 0; i < t->nn; i++) {
        const dyad_tnode *x = &t->n[i];
        if (!x->word || strcmp(x->label, "CC") || x->parent < 0)
            continue;
        int p = x->parent;
        if (S_label_is(c, p, "ADJP") && t->n[p].parent >= 0) {
            /* "(NP (ADJP Russian and Ukrainian) delegations)" */
            int np = t->n[p].parent, z = t->n[np].last;
            if (S_label_is(c, np, "NP") && !c->nec[np] && z >= 0 && t->n[z].word &&
                !strncmp(t->n[z].label, "NN", 2) && x->next >= 0 &&
                S_has_actor(c, t->n[p].first) && S_has_actor(c, x->next))
                c->nec[np] = 1;
            continue;
        }
        if (!S_label_is(c, p, "NP") || c->nec[p])
            continue; /* each phrase is examined once, however many CCs it has */
        /* subtree of p: nodes p .. q-1 where q is the first node after p's subtree */
        int ncc = 0, nn = 0, bad = 0;
        for (size_t k = (size_t)p; k < t->nn; k++) {
            const dyad_tnode *y = &t->n[k];
            if (k > (size_t)p && y->depth <= t->n[p].depth)
                break;
            if (y->label[0] == 'S' || !strcmp(y->label, "VP"))
                bad = 1;
            if (y->word && !strcmp(y->label, "CC") && y->parent == p)
                ncc++;
            if (y->label[0] == 'N')
                nn++;
        }
        /* "Chinese and Russian warships": coordinated modifiers of one noun */
        int prev = -1, mods = 0;
        for (int ch = t->n[p].first; ch >= 0 && ch != (int)i; ch = t->n[ch].next)
            prev = ch;
        if (prev >= 0 && x->next >= 0 && t->n[p].last >= 0) {
            const dyad_tnode *a = &t->n[prev], *b = &t->n[x->next], *z = &t->n[t->n[p].last];
            mods = a->word && b->word && z->word && !strncmp(a->label, "JJ", 2) &&
                   !strncmp(b->label, "JJ", 2) && !strncmp(z->label, "NN", 2) &&
                   S_has_actor(c, prev) && S_has_actor(c, x->next);
        }
        c->nec[p] = (!bad && ncc == 1 && (nn >= 3 || mods)) ? 1 : 2;
    }
    /* "The United States, Britain and France" read as (NP (NP The United States) (, ,)
     * (NP Britain and France)): the list around the compound is the compound */
    for (size_t i = 0; i < t->nn; i++) {
        int q = t->n[i].parent;
        if (c->nec[i] != 1 || q < 0 || c->nec[q] == 1 || !S_label_is(c, q, "NP") ||
            (int)i != t->n[q].last || !S_list_np(c, q))
            continue;
        c->nec[q] = 1;
        c->nec[i] = 3; /* opened into the list's members */
    }
}

/* ---------------------------------------------------------------- entity coding */

/* Depth-first walk for the phrase of trie tr that starts at w[start] and has the most
 * words; adjacent edges take the next word, gap edges any later one. */
static void S_walk(const dyad_trie *tr, int node, char **w, int n, int pos, int depth,
                   int *best, int *bestdepth, int *bestend, int *budget)
{
    if (depth >= tr->maxlen || --*budget < 0)
        return; /* the budget bounds pathological repetitions of gap phrases */
    for (int p = pos; p < n; p++) {
        int adj = p == pos;
        for (int g = adj ? 0 : 1; g < 2; g++) {
            if (node == 0 && g)
                continue; /* the first word has no edge before it */
            int ch = g ? dyad_trie_child_gap(tr, node, w[p], strlen(w[p]))
                       : dyad_trie_child(tr, node, w[p], strlen(w[p]));
            if (ch < 0)
                continue;
            if (tr->val[ch] >= 0 && (depth + 1 > *bestdepth ||
                                     (depth + 1 == *bestdepth && p + 1 < *bestend))) {
                *best = tr->val[ch];
                *bestdepth = depth + 1;
                *bestend = p + 1;
            }
            S_walk(tr, ch, w, n, p + 1, depth + 1, best, bestdepth, bestend, budget);
        }
        if (node == 0 || !tr->gapkids[node])
            break; /* only gap edges reach past the next word */
    }
}

/* Payload of the best phrase starting at w[0]; *len = words spanned. -1 when none. */
static int S_longest(const dyad_trie *tr, char **w, int n, int *len)
{
    int best = -1, depth = 0, end = 0, budget = 4096;
    S_walk(tr, 0, w, n, 0, 0, &best, &depth, &end, &budget);
    *len = best >= 0 ? end : 0;
    return best;
}

/* dst = a followed by b, cut to fit (codes longer than a buffer are not meaningful), as
 * snprintf "%s%s" does, without its cost (it is asked of every word of every phrase);
 * returns the length uncut. */
static size_t S_join2(char *dst, size_t cap, const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b), whole = na + nb;
    if (na > cap - 1)
        na = cap - 1;
    if (nb > cap - 1 - na)
        nb = cap - 1 - na;
    memcpy(dst, a, na);
    memcpy(dst + na, b, nb);
    dst[na + nb] = 0;
    return whole;
}

/* Does the actor have codes limited to dates, as the entries of people have? A place
 * whose state changed has them too ("Moscow": the Soviet government until 25 Dec 1991,
 * then Russia's), but it is no person: all its codes are states or their governments,
 * of more than one state, where a person's codes name one state or a role besides
 * government (ELI, OPP, MIL, an organisation). */
static int S_dated(const dyad_dict *d, int actor)
{
    const dyad_actor *a = &d->actor.v[actor];
    const char *first = dyad_dict_str(d, d->codes.v[a->first].code);
    int dated = 0, role = 0, states = 0;
    for (uint32_t i = 0; i < a->n; i++) {
        const dyad_actor_code *ac = &d->codes.v[a->first + i];
        const char *code = dyad_dict_str(d, ac->code);
        size_t n = strlen(code);
        dated |= ac->kind != DYAD_DATE_NONE;
        role |= n != 3 && (n != 6 || strcmp(code + 3, "GOV"));
        states |= strncmp(code, first, 3) != 0;
    }
    return dated && (role || !states);
}

/* Is word w a currency: "Swiss francs", "Hong Kong dollars", "U.S. dlrs" are money,
 * not an actor? */
static int S_currency(const char *w)
{
    static const char *const cur[] = {"DOLLAR", "DOLLARS", "DLR",    "DLRS",   "FRANC",
                                      "FRANCS", "MARK",    "MARKS",  "YEN",    "YUAN",
                                      "EURO",   "EUROS",   "POUND",  "POUNDS", "RUPEE",
                                      "RUPEES", "RUBLE",   "RUBLES", "ROUBLE", "ROUBLES",
                                      "PESO",   "PESOS",   "LIRA",   "WON",    "RIYAL",
                                      "RIYALS", "DINAR",   "DINARS", "SHEKEL", "SHEKELS",
                                      "RAND",   "CROWNS",  "KRONA",  "KRONER", "CURRENCY",
                                      NULL};
    return dyad_among(w, cur);
}

/* Is token k written as a name: a proper noun (NNP) with a capital and lower case after
 * it ("Smith", not "SMITH" of a headline in capitals)? */
static int S_name_word(const S_ctx *c, int k)
{
    const dyad_tnode *x = S_node(c, c->t->tok_node[k]);
    const char *p = x->word;
    if (!dyad_is(x->label, "NNP") || !isupper((unsigned char)p[0]) || strchr(p, '-'))
        return 0;
    while (*++p)
        if (islower((unsigned char)*p))
            return 1;
    return 0;
}

/* Is token k a middle initial ("M.")? */
static int S_initial(const S_ctx *c, int k)
{
    const char *p = S_node(c, c->t->tok_node[k])->word;
    return isupper((unsigned char)p[0]) && p[1] == '.' && !p[2];
}

/* Is the actor of words [k, k + len) of a phrase (tokens toks) a state's name inside a
 * person's: followed by a surname that ends the name ("Chad Smith", "Jordan Peterson")
 * or by a person's name the dictionary knows ("Georgia Meloni"), or next to a middle
 * initial ("David M. Holland", "Jordan B. Peterson")? Not after an article or another
 * name ("the Jordan Valley", "a New Jersey Democrat"), nor before a word that names
 * another actor, an agent, a day, a party's member or a place or body a state's or
 * region's name often opens ("Taiwan Strait", "Lamu County", "China Daily", "Canada
 * Post", "Iran Air", "Texas Republican"). */
static int S_person_name(const S_ctx *c, char **w, const int *toks, int n, int k, int len)
{
    static const char *const heads[] = {
        "STRAIT", "STRAITS", "CANAL", "CITY", "VALLEY", "RIVER", "SEA", "GULF", "BAY",
        "BASIN", "ISLAND", "ISLANDS", "PENINSULA", "FOREST", "CAMP", "CROSSING",
        "COUNTY", "PROVINCE", "REGION", "DISTRICT", "OBLAST", "GOVERNORATE", "STATE",
        "DAILY", "TIMES", "POST", "TODAY", "AIR", "AIRWAYS", "AIRLINES", "DEMOCRAT",
        "DEMOCRATS",
        "REPUBLICAN", "REPUBLICANS", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY",
        "FRIDAY", "SATURDAY", "SUNDAY", NULL};
    static const char *const dets[] = {"THE", "A", "AN", NULL};
    int j = k + len, tmp;
    if (!toks || !S_name_word(c, toks[k]))
        return 0;
    if (k >= 2 && toks[k - 1] == toks[k] - 1 && S_initial(c, toks[k - 1]) &&
        S_name_word(c, toks[k - 2]))
        return 1;
    if (j >= n || toks[j] != toks[j - 1] + 1)
        return 0;
    if (S_initial(c, toks[j]))
        return j + 1 < n && S_name_word(c, toks[j + 1]);
    if (k > 0 && (S_name_word(c, toks[k - 1]) || dyad_among(w[k - 1], dets)))
        return 0;
    if (!S_name_word(c, toks[j]))
        return 0;
    int a = S_longest(&c->d->actors, w + j, n - j, &tmp);
    if (a >= 0) /* a person's surname the dictionary knows: "Georgia Meloni" */
        return S_dated(c->d, a);
    return (j + 1 == n || dyad_is(w[j + 1], "'S")) &&
           S_longest(&c->d->agents, w + j, n - j, &tmp) < 0 && !dyad_among(w[j], heads);
}

/* An agent adds only the roles code lacks: "U.S. Treasury Secretary" is the Treasury's
 * USAGOV and the secretary's GOVBUS, USAGOVBUS, not USAGOVGOVBUS. Keeps in roles (its
 * three-letter codes, cut in place) those that code has not; returns their length. */
static size_t S_new_roles(const char *code, char *roles)
{
    size_t al = strlen(roles), cl = strlen(code), keep = 0;
    for (size_t ka = 0; ka < al; ka += 3) {
        size_t n3 = al - ka < 3 ? al - ka : 3;
        int have = 0;
        for (size_t kc = 0; kc + n3 <= cl && !have; kc += 3)
            have = !memcmp(code + kc, roles + ka, n3);
        if (!have) {
            memmove(roles + keep, roles + ka, n3);
            keep += n3;
        }
    }
    roles[keep] = 0;
    return keep;
}

/* PETRARCH check_NEphrase: first actor, then all agents combined onto its code; returns
 * 1 + the actor entry the code starts with, 0 none (an owner's: dyad_owner_ending).
 * *dated tells whether the actor's codes are date-limited. toks, when given, are the
 * words' tokens: no actor begins at a verb written in lower case, which a phrase holds
 * when a clause is part of it ("allegations that the Soviet Union is dumping mercury":
 * "is" is no Islamic State, whose "IS" the tagger reads as a noun in mixed case), and
 * in an article none is a currency's ("Swiss francs"), nor a two-letter abbreviation
 * written in lower case, whatever its tag ("is", "us": dyad_lower_short). */
static int S_code_words(const S_ctx *c, char **w, const int *toks, int n, char *out,
                        size_t cap, int *dated)
{
    const dyad_dict *d = c->d;
    char code[64] = "";
    int len;
    *dated = 0;
    int pick = -1, past = -1, at = 0, past_at = 0;
    for (int k = 0; k < n && pick < 0; k++) {
        if (toks && (c->lowverb[toks[k]] & S_LOWVERB))
            continue;
        /* a state after "former" dates whom the phrase names after it, in the same
         * name or its "of" phrase: "the former Soviet republic of Georgia" is Georgia,
         * "former Soviet leader Mikhail Gorbachev" is Gorbachev; not someone further on
         * ("a former Ukrainian soldier accused of plotting an attack in Moscow"), nor
         * anyone in "the former Soviet Union" */
        if (past >= 0 && !dyad_is(w[k], "OF")) {
            const char *tag = S_node(c, c->t->tok_node[toks[k]])->label;
            if (tag[0] == 'V' || dyad_is(tag, "IN") || dyad_is(tag, "TO") ||
                dyad_is(tag, ",") || dyad_is(tag, "WDT"))
                break;
        }
        int a = S_longest(&d->actors, w + k, n - k, &len);
        if (a >= 0 && c->cr && k + len < n && S_currency(w[k + len]))
            continue; /* in an article, "150 mln Swiss francs" is no Swiss actor */
        if (a >= 0 && c->cr && toks && len == 1 && (c->lowverb[toks[k]] & S_LOWER))
            continue;
        if (a >= 0 && !S_dated(d, a) && S_person_name(c, w, toks, n, k, len)) {
            k += len - 1; /* "Chad Smith" is a person, not Chad */
            continue;
        }
        if (a >= 0 && toks && past < 0 && k > 0 && k + len < n &&
            dyad_is(w[k - 1], "FORMER")) {
            past = a;
            past_at = k;
            k += len - 1;
            continue;
        }
        pick = a;
        at = k;
    }
    if (pick < 0) {
        pick = past;
        at = past_at;
    }
    int actor = pick + 1;
    if (pick >= 0) {
        S_join2(code, sizeof code, dyad_actor_code_for(d, pick, c->date), "");
        *dated = S_dated(d, pick);
    }
    /* in an article, a ship or plane flagged, owned or operated by a state, or linked to
     * it, is that state's, and so is whom it appointed: "a British-flagged oil tanker",
     * "an Israel-linked cargo ship", "United Nations-appointed special rapporteur
     * Richard Bennett" (dyad_owner_ending; src/pipeline/prefilter.c keeps sentences
     * with such words) */
    char pre[32][64];
    char *cut[32];
    int ncut = 0;
    for (int k = 0; c->cr && !code[0] && k < n && k < 32; k++) {
        const char *h = dyad_owner_ending(w[k]);
        if (h && (size_t)(h - w[k]) < sizeof pre[0]) {
            snprintf(pre[k], sizeof pre[k], "%.*s", (int)(h - w[k]), w[k]);
            cut[k] = pre[k];
            ncut++;
        } else {
            cut[k] = w[k];
        }
    }
    for (int k = 0; ncut && k < n && k < 32; k++) {
        int a = S_longest(&d->actors, cut + k, (n < 32 ? n : 32) - k, &len);
        if (a >= 0) {
            S_join2(code, sizeof code, dyad_actor_code_for(d, a, c->date), "");
            actor = a + 1;
            break;
        }
    }
    int have_actor = code[0] != 0;
    /* TABARI's FORMER conversion: "former security officials" are elites, whatever
     * their agents say */
    int former = 0;
    for (int k = 0; k < n; k++)
        former |= dyad_is(w[k], "FORMER");
    int nag = 0;
    for (int k = 0; k < n; k += len ? len : 1) {
        int g = S_longest(&d->agents, w + k, n - k, &len);
        if (g < 0)
            continue;
        /* a title before a person's name adds nothing: the person's code is the office
         * held on the date ("Commerce Secretary Gina Raimondo" is USAGOV, not
         * USAGOVGOVBUS; "Prime Minister Boris Johnson" out of office is GBRELI), but
         * "former" still makes an elite of one the dates keep in office */
        if (*dated && !former && k < at)
            continue;
        if (!nag && !have_actor)
            memcpy(code, "---", 4);
        nag++;
        const char *ag = former ? "~ELI" : dyad_dict_str(d, d->agent.v[g]);
        char agc[32];
        size_t al = strlen(ag);
        int suffix = ag[0] == '~';
        snprintf(agc, sizeof agc, "%.*s", (int)(al - 1), suffix ? ag + 1 : ag);
        if (!S_new_roles(code, agc))
            break; /* with none to add, the code is complete */
        char tmp[sizeof code];
        S_join2(tmp, sizeof tmp, suffix ? code : agc, suffix ? agc : code);
        memcpy(code, tmp, sizeof code);
    }
    if (!code[0])
        memcpy(code, "---", 4);
    S_join2(out, cap, code, "");
    return actor;
}

/* ---------------------------------------------------------------- coreference */

#define CR_MAXW 64

/* Is token k a preposition of place or occasion ("in Riyadh", "at a summit")? */
static int S_place_prep(const S_ctx *c, int k)
{
    static const char *const place[] = {"IN", "AT", "ON", "NEAR", "DURING", "INSIDE",
                                        "OUTSIDE", "OFF", NULL};
    if (k < 0 || strcmp(S_node(c, c->t->tok_node[k])->label, "IN"))
        return 0;
    return dyad_among(c->up[k], place);
}

/* Is place preposition k, of a phrase ending before token end, one that says where and
 * nothing else: not "on", often a topic ("declined to comment on Ukraine's claims",
 * "conferred its highest honour on Modi"), unless it is on land ("blamed the attacks on
 * militants present on Afghan soil", "on its territory"), nor "at", often whom words
 * are aimed at ("pointed the finger at the U.S. budget deficit")? */
static int S_venue_prep(const S_ctx *c, int k, int end)
{
    static const char *const land[] = {"SOIL", "TERRITORY", "TERRITORIES", NULL};
    if (!strcmp(c->up[k], "ON"))
        return end > k + 1 && dyad_among(c->up[end - 1], land);
    return strcmp(c->up[k], "AT");
}

/* Is entity e where or at what occasion something happened: the object of a
 * preposition of place ("in Riyadh", "on the sidelines of the G20 summit"), or a
 * phrase whose actor is only its place ("their first summit in Helsinki")? With
 * `plain`, "on" and "at" are no places (S_venue_prep), and a preposition before e
 * counts only when it is no word of the verb being coded and e is a phrase of its
 * own, not one going on ("pledged $4.5 billion in aid to Ukraine"). */
static int S_at_place(const S_ctx *c, const S_ent *e, int plain)
{
    int t = e->tok0;
    if (S_place_prep(c, t - 1)) {
        if (!plain)
            return 1;
        int own = t - 1 > c->verb_tok1 && S_venue_prep(c, t - 1, e->tok1);
        for (int k = t; own && k < e->tok1; k++)
            own = !S_label_is(c, c->t->tok_node[k], "IN") &&
                  !S_label_is(c, c->t->tok_node[k], "TO");
        if (own)
            return 1;
    }
    if (t >= 2 && !strcmp(c->up[t - 1], "OF") &&
        (!strcmp(c->up[t - 2], "SIDELINES") || !strcmp(c->up[t - 2], "MARGINS")))
        return 1;
    for (int k = t + 1; k < e->tok1; k++)
        if (S_place_prep(c, k) && (!plain || S_venue_prep(c, k, e->tok1))) {
            char code[64];
            int dated;
            S_code_words(c, c->up + t, NULL, k - t, code, sizeof code, &dated);
            /* its rulers or forces are no place: "the junta in Niger" */
            static const char *const state[] = {"---GOV", "---MIL", "---REB", "---JUD",
                                                "---LEG", "---SPY", "---COP"};
            for (size_t i = 0; i < sizeof state / sizeof *state; i++)
                if (!strncmp(code, state[i], 6))
                    return 0;
            return !strncmp(code, "---", 3);
        }
    return 0;
}

/* In an article: do words w (tokens toks[0..n)) name a mission of a state, an embassy,
 * consulate or legation, perhaps with where it is ("the Chinese embassy in London")?
 * As a place it is there, not its state's (coref.h's `where`): the index of the words
 * after its "in" (n: none), with their code in where ("GBR"), "" when they name no one
 * known; 0 when w is no mission. As an actor it stays its state's ("protesters stormed
 * the Russian embassy"). */
static int S_mission(const S_ctx *c, char **w, const int *toks, int n, char *where,
                     size_t cap)
{
    static const char *const mission[] = {"EMBASSY",  "EMBASSIES", "CONSULATE", "CONSULATES",
                                          "LEGATION", "LEGATIONS", "MISSION",   "MISSIONS",
                                          NULL};
    int dated;
    for (int i = 0; i < n; i++) {
        if (dyad_among(w[i], mission) && (i + 1 == n || dyad_is(w[i + 1], "IN"))) {
            where[0] = 0;
            if (i + 2 < n)
                S_code_words(c, w + i + 2, toks + i + 2, n - i - 2, where, cap, &dated);
            if (!strncmp(where, "---", 3))
                where[0] = 0;
            return i + 2 < n ? i + 2 : n;
        }
        if (S_label_is(c, c->t->tok_node[toks[i]], "IN"))
            return 0; /* the phrase is what comes before it: "protesters outside the
                         embassy" (S_placed) */
    }
    return 0;
}

/* Is the verb of verb phrase vp, past its auxiliaries ("has said", "would tell"), one
 * of saying? */
static int S_saying_vp(const S_ctx *c, int vp)
{
    while (vp >= 0 && S_label_is(c, vp, "VP")) {
        int v = S_node(c, vp)->first;
        while (v >= 0 && (S_label_is(c, v, "ADVP") || S_label_is(c, v, "RB")))
            v = S_node(c, v)->next; /* "also said" */
        if (v < 0 || !S_isleaf(c, v))
            return 0;
        const char *w = c->up[S_node(c, v)->tok];
        if (dyad_coref_say_word(w, strlen(w)))
            return 1;
        vp = S_node(c, v)->next;
    }
    return 0;
}

/* Does entity x name whoever says something (coref.h's `says`): the subject of a
 * clause whose verb is one of saying ("Mikhail Krutikhin, an analyst at RusEnergy,
 * said"), or the name right after such a verb after a comma or a quotation ("...,
 * said Krutikhin"; not "told Krutikhin")? 2 when it tells what comes before it, set
 * off by a comma or a quotation before its verb ("..., he said", "'...,' he told
 * reporters"). */
static int S_says(const S_ctx *c, const S_ent *x)
{
    int k = x->tok0;
    if (k < 0)
        return 0;
    if (k >= 1 && (!strcmp(c->up[k - 1], ",") || !strcmp(c->up[k - 1], "''")) &&
        x->tok1 < (int)c->t->ntok &&
        !strncmp(S_node(c, c->t->tok_node[x->tok1])->label, "VB", 2) &&
        dyad_coref_say_word(c->up[x->tok1], strlen(c->up[x->tok1])))
        return 2;
    if (k >= 2 && !strncmp(S_node(c, c->t->tok_node[k - 1])->label, "VB", 2) &&
        dyad_coref_say_word(c->up[k - 1], strlen(c->up[k - 1])) &&
        strcmp(c->up[k - 1], "TOLD") && strcmp(c->up[k - 1], "TELLS") &&
        (!strcmp(c->up[k - 2], ",") || !strcmp(c->up[k - 2], "''")))
        return 1;
    int np = -1; /* the widest noun phrase it opens */
    for (int p = S_node(c, c->t->tok_node[k])->parent; p >= 0 && S_node(c, p)->tok == k;
         p = S_node(c, p)->parent)
        if (S_label_is(c, p, "NP"))
            np = p;
    if (np < 0 || S_node(c, np)->parent < 0 || !S_label_is(c, S_node(c, np)->parent, "S"))
        return 0;
    int vp = S_node(c, np)->next;
    while (vp >= 0 && !S_label_is(c, vp, "VP") &&
           (S_label_is(c, vp, "ADVP") || S_label_is(c, vp, ",")))
        vp = S_node(c, vp)->next;
    return vp >= 0 && S_saying_vp(c, vp);
}

/* Entity x, of tokens toks[0..n), as coref.h reads a phrase; w and tag hold CR_MAXW. */
static void S_cr_np(const S_ctx *c, const S_ent *x, const int *toks, int n, const char **w,
                    const char **tag, dyad_cr_np *np)
{
    if (n > CR_MAXW)
        n = CR_MAXW;
    for (int i = 0; i < n; i++) {
        w[i] = c->up[toks[i]];
        tag[i] = S_node(c, c->t->tok_node[toks[i]])->label;
    }
    np->w = w;
    np->tag = tag;
    np->n = n;
    np->tok = x->tok0;
    np->code = x->code;
    np->dated = x->dated;
    np->place = S_at_place(c, x, 0);
    np->where = x->mission ? x->where : NULL;
    np->says = S_says(c, x);
    np->role = x->tok0 > 0 && !strcmp(c->up[x->tok0 - 1], "AS");
    np->quoted = c->qopen;
    for (int k = 0; k < x->tok0; k++)
        if (!strcmp(c->up[k], "``") || !strcmp(c->up[k], "''"))
            np->quoted = !strcmp(c->up[k], "``");
}

/* The same for the words entity x spans (a phrase that refers back is one run). */
static void S_span_np(const S_ctx *c, const S_ent *x, int *toks, const char **w,
                      const char **tag, dyad_cr_np *np)
{
    int n = 0;
    for (int k = x->tok0; k < x->tok1 && n < CR_MAXW; k++)
        toks[n++] = k;
    S_cr_np(c, x, toks, n, w, tag, np);
}

/* A new entity: a phrase without an actor may take an earlier one's code; either way
 * it becomes a mention later phrases may refer to. */
static int S_refer(S_ctx *c, S_ent *x, const int *toks, int n)
{
    const char *w[CR_MAXW], *tag[CR_MAXW];
    dyad_cr_np np;
    S_cr_np(c, x, toks, n, w, tag, &np);
    char code[64];
    int ante = -1;
    x->cr_try = !strncmp(x->code, "---", 3) && strlen(x->code) < sizeof x->own;
    if (x->cr_try) {
        memcpy(x->own, x->code, strlen(x->code) + 1);
        if (dyad_coref_resolve(c->cr, &np, NULL, code, sizeof code, &ante))
            memcpy(x->code, code, sizeof code);
    }
    if (dyad_coref_add(c->cr, &np, x->code, ante, &x->cr_id) != DYAD_OK)
        c->oom = 1;
    return c->oom ? -1 : 0;
}

/* Once a sentence's phrases are all known, those that found no antecedent are asked
 * again: people who act where they are take a place named after them ("protesters in
 * Yerevan stormed ..."). */
static void S_refer_ahead(S_ctx *c)
{
    for (size_t e = 0; e < c->nent; e++) {
        S_ent *x = &c->ent[e];
        if (x->compound || !x->cr_try || strcmp(x->code, x->own))
            continue;
        int toks[CR_MAXW], ante = -1;
        const char *w[CR_MAXW], *tag[CR_MAXW];
        char code[64];
        dyad_cr_np np;
        S_span_np(c, x, toks, w, tag, &np);
        if (dyad_coref_resolve(c->cr, &np, NULL, code, sizeof code, &ante)) {
            memcpy(x->code, code, sizeof code);
            dyad_coref_update(c->cr, x->cr_id, &np, x->code, ante);
        }
    }
}

/* Entity x, given the code of the phrase of coreference id ante by an article rule, is
 * settled: remembered so for the sentences after it, and referring no further. */
static void S_referred(S_ctx *c, S_ent *x, int ante)
{
    x->cr_try = 0;
    int toks[CR_MAXW];
    const char *w[CR_MAXW], *tag[CR_MAXW];
    dyad_cr_np np;
    S_span_np(c, x, toks, w, tag, &np);
    dyad_coref_update(c->cr, x->cr_id, &np, x->code, ante);
}

/* Entity x, a possessive pronoun's phrase with its own agent ("our forces": ---MIL), as
 * owned by the actor of code who: a state's agent on the owner's country (UKRMIL), an
 * organisation's whole code with the agent. */
static void S_own_by(S_ent *x, const char *who)
{
    int org = !strncmp(who, "IGO", 3) || !strncmp(who, "NGO", 3) ||
              !strncmp(who, "IMG", 3) || !strncmp(who, "MNC", 3);
    char own[sizeof x->own];
    memcpy(own, x->own, sizeof own);
    snprintf(x->code, sizeof x->code, "%.*s%s", org ? 32 : 3, who, own + 3);
}

/* In an article, first persons inside a quotation are its speaker, the subject of the
 * one verb of saying outside it ("'We strongly reject the allegations,' the Indian
 * spokesperson told reporters", "'I urge the Taliban to ...,' he said"): I, me and we
 * take the speaker's code, "our forces" its country's forces, and you (your) whom it is
 * told to, when named. A quotation that began
 * in a sentence before is open from this one's start to its closing mark, and a
 * sentence that goes on with the quotation of the sentence before without naming a
 * speaker has that one's ("'We will not give up,' Zelenskiy said. 'Our forces will
 * push Russia back.'": dyad_coref_quote), also when it follows a sentence of saying
 * without marks ("Akar said Ankara was ready to talk. 'We have much in common with
 * Egypt.'"), unless a later sentence names another speaker (dyad_coref_ahead). */
static void S_quote_speaker(S_ctx *c)
{
    int ntok = (int)c->t->ntok;
    unsigned char *inq = calloc((size_t)ntok + 1, 1);
    if (!inq) {
        c->oom = 1;
        return;
    }
    free(c->inq);
    c->inq = inq;
    int open = c->qopen;
    for (int k = 0; k < ntok; k++) {
        if (!strcmp(c->up[k], "``") || !strcmp(c->up[k], "''"))
            open = !strcmp(c->up[k], "``");
        else
            inq[k] = (unsigned char)open;
    }
    int verb = -1, nverb = 0;
    for (int k = 0; k < ntok; k++) {
        if (inq[k] || strncmp(S_node(c, c->t->tok_node[k])->label, "VB", 2))
            continue;
        if (dyad_coref_say_word(c->up[k], strlen(c->up[k]))) {
            verb = k;
            nverb++;
        }
    }
    /* the speaker: the known actor right before the verb ("X (also) said"), or right
     * after a saying verb that follows the quotation ("..., said X") */
    char sp[64];
    int sp_id = -1, found = 0;
    for (size_t e = 0; verb >= 0 && nverb == 1 && e < c->nent && !found; e++) {
        const S_ent *y = &c->ent[e];
        if (y->compound || y->tok0 < 0 || inq[y->tok0] || !strncmp(y->code, "---", 3))
            continue;
        int before = y->tok1 == verb ||
                     (y->tok1 == verb - 1 &&
                      !strncmp(S_node(c, c->t->tok_node[verb - 1])->label, "RB", 2));
        int after = y->tok0 == verb + 1 && verb > 0 && strcmp(c->up[verb], "TOLD") &&
                    strcmp(c->up[verb], "TELLS") &&
                    (!strcmp(c->up[verb - 1], ",") || !strcmp(c->up[verb - 1], "''"));
        if (before || after) {
            found = 1;
            memcpy(sp, y->code, sizeof sp);
            sp_id = y->cr_id;
            c->quote_sp = (int)e;
            c->quote_say = verb;
            dyad_coref_speaker(c->cr, sp, sp_id);
        }
    }
    if (!found && (found = dyad_coref_last_speaker(c->cr, sp, sizeof sp, &sp_id)))
        memcpy(c->spk_before, sp, sizeof sp);
    /* you: whom the speaker tells it, when named ("'You must leave,' Faramir told
     * Arnor"; not "told reporters") */
    const S_ent *to = NULL;
    for (size_t e = 0; c->quote_sp >= 0 && e < c->nent && !to; e++)
        if (!c->ent[e].compound && c->ent[e].tok0 == verb + 1 &&
            strncmp(c->ent[e].code, "---", 3) &&
            (!strcmp(c->up[verb], "TOLD") || !strcmp(c->up[verb], "TELLS")))
            to = &c->ent[e];
    for (size_t e = 0; (found || to) && e < c->nent; e++) {
        S_ent *x = &c->ent[e];
        if (x->compound || !x->cr_try || strcmp(x->code, x->own) || x->tok0 < 0 ||
            !inq[x->tok0])
            continue;
        const char *w = c->up[x->tok0];
        const char *tag = S_node(c, c->t->tok_node[x->tok0])->label;
        int you = !strcmp(w, "YOU") || !strcmp(w, "YOUR");
        int pers = !strcmp(tag, "PRP") && x->tok1 == x->tok0 + 1 &&
                   (dyad_coref_first_person(w) == 1 || !strcmp(w, "YOU"));
        int poss = !strcmp(tag, "PRP$") &&
                   (dyad_coref_first_person(w) == 2 || !strcmp(w, "YOUR")) &&
                   strlen(x->own) > 3;
        if ((!pers && !poss) || (you ? !to : !found))
            continue;
        const char *who = you ? to->code : sp;
        if (pers) {
            snprintf(x->code, sizeof x->code, "%s", who);
        } else {
            S_own_by(x, who);
        }
        S_referred(c, x, you ? to->cr_id : sp_id);
    }
}

/* In an article, "it" or "they" opening a clause reported by a verb of saying is
 * its reporter when that names an actor ("Ukraine said it is ready to accept a U.S.
 * proposal", "the Taliban reported that they had barred him"), however many other
 * actors the sentence names; so is the possessor of "its forces" or "their troops"
 * opening it, with the phrase's own agent ("The United States said its forces destroyed
 * the platform": USAMIL), "its" even when coreference found a state of the sentence
 * before ("their" keeps what it found: people named before may own them). A clause may
 * be one of several coordinated ones the verb reports. */
static void S_reported_pronouns(S_ctx *c)
{
    for (size_t e = 0; e < c->nent; e++) {
        S_ent *x = &c->ent[e];
        if (x->compound || !x->cr_try || x->tok0 < 0 || strncmp(x->own, "---", 3))
            continue;
        const char *w = c->up[x->tok0];
        int leaf = c->t->tok_node[x->tok0];
        int poss = S_label_is(c, leaf, "PRP$") && (!strcmp(w, "ITS") || !strcmp(w, "THEIR")) &&
                   x->own[3];
        if ((!poss && (!S_label_is(c, leaf, "PRP") || (strcmp(w, "IT") && strcmp(w, "THEY")) ||
                       x->tok1 != x->tok0 + 1 || x->own[3])) ||
            (strcmp(w, "ITS") && strcmp(x->code, x->own)))
            continue;
        int np = S_node(c, leaf)->parent, s = np >= 0 ? S_node(c, np)->parent : -1;
        if (np < 0 || !S_label_is(c, np, "NP") || s < 0 || !S_label_is(c, s, "S") ||
            S_node(c, s)->first != np)
            continue;
        int up = S_node(c, s)->parent;
        while (up >= 0 && S_label_is(c, up, "S")) /* one of coordinated clauses */
            up = S_node(c, up)->parent;
        if (up >= 0 && S_label_is(c, up, "SBAR"))
            up = S_node(c, up)->parent;
        if (up < 0 || !S_label_is(c, up, "VP"))
            continue;
        int v = S_node(c, up)->first;
        if (v < 0 || !S_isleaf(c, v))
            continue;
        const char *vw = c->up[S_node(c, v)->tok];
        if (!dyad_coref_say_word(vw, strlen(vw)))
            continue;
        int top = up;
        while (S_node(c, top)->parent >= 0 && S_label_is(c, S_node(c, top)->parent, "VP"))
            top = S_node(c, top)->parent;
        int cl = S_node(c, top)->parent, subj = -1;
        if (cl < 0 || S_node(c, cl)->label[0] != 'S')
            continue;
        for (int ch = S_node(c, cl)->first; ch >= 0 && ch != top; ch = S_node(c, ch)->next)
            if (S_label_is(c, ch, "NP"))
                subj = ch;
        if (subj < 0)
            continue;
        const S_ent *y = NULL;
        for (size_t k = 0; k < c->nent && !y; k++) {
            const S_ent *z = &c->ent[k];
            if (!z->compound && z->tok0 >= S_node(c, subj)->tok &&
                z->tok1 <= S_node(c, subj)->tok_end && strncmp(z->code, "---", 3) &&
                z->code[0] != '"' && !(z->dated && strcmp(w, "THEY") && strcmp(w, "THEIR")))
                y = z;
        }
        if (!y)
            continue;
        if (poss)
            S_own_by(x, y->code);
        else
            snprintf(x->code, sizeof x->code, "%s", y->code);
        S_referred(c, x, y->cr_id);
    }
}

/* The known codes of entity e (of a compound: its members), '/'-separated. */
static void S_ent_codes(const S_ctx *c, int e, char *out, size_t cap)
{
    const S_ent *x = &c->ent[e];
    int first = x->compound ? x->first_mem : e;
    int cnt = x->compound ? x->nmem : 1;
    size_t n = 0;
    out[0] = 0;
    for (int i = 0; i < cnt; i++) {
        const char *m = c->ent[first + i].code;
        if (!strncmp(m, "---", 3) || m[0] == '"')
            continue;
        int k = snprintf(out + n, cap - n, "%s%s", n ? "/" : "", m);
        if (k < 0 || (size_t)k >= cap - n) {
            out[n] = 0;
            return;
        }
        n += (size_t)k;
    }
}

/* A compound is also one plural mention ("they", "both countries"). */
static int S_refer_group(S_ctx *c, int e)
{
    char codes[256];
    S_ent_codes(c, e, codes, sizeof codes);
    if (dyad_coref_add_group(c->cr, c->ent[e].tok0, codes) != DYAD_OK)
        c->oom = 1;
    return c->oom ? -1 : 0;
}

/* The doer of an active verb is remembered even when no target is found ("Russia
 * pulled out of the deal": "the decision" may be Russia's), with the verb's word (NULL:
 * none) for a noun of its act ("the extension"); code is NULL for a verb of no event.
 * 0 ok, -1 ENOMEM. */
static int S_remember(S_ctx *c, int src, const char *code, const char *verb)
{
    char codes[256];
    S_ent_codes(c, c->it[src].ent, codes, sizeof codes);
    if (codes[0] && dyad_coref_event(c->cr, codes, code, verb) != DYAD_OK)
        c->oom = 1;
    return c->oom ? -1 : 0;
}

/* The phrase that refers back at item a is resolved again avoiding the other party at
 * item b ("Xi greeted him": not Xi); given up, it is unknown. */
/* Is entity e a phrase that refers to an event by its kind? */
static int S_event_ent(const S_ctx *c, int e)
{
    if (!c->ent[e].cr_try)
        return 0;
    int toks[CR_MAXW];
    const char *w[CR_MAXW], *tag[CR_MAXW];
    dyad_cr_np np;
    S_span_np(c, &c->ent[e], toks, w, tag, &np);
    np.code = c->ent[e].own; /* as read before it referred */
    return dyad_coref_event_noun(&np);
}

/* Is the entity at item a such a phrase, or a compound whose only known members are
 * ("criticised the decision, together with aid groups and foreign donors")? */
static int S_event_ref(const S_ctx *c, int a)
{
    if (a < 0 || (c->it[a].type != I_NES && c->it[a].type != I_NECS))
        return 0;
    const S_ent *x = &c->ent[c->it[a].ent];
    if (c->it[a].type == I_NES)
        return S_event_ent(c, c->it[a].ent);
    int acts = 0;
    for (int i = x->first_mem; i < x->first_mem + x->nmem; i++) {
        if (S_event_ent(c, i))
            acts++;
        else if (strncmp(c->ent[i].code, "---", 3))
            return 0;
    }
    return acts > 0;
}

static void S_recheck_one(S_ctx *c, int a, int b, int poss)
{
    if (a == b || c->it[a].type != I_NES || !c->ent[c->it[a].ent].cr_try)
        return;
    S_ent *x = &c->ent[c->it[a].ent];
    const S_ent *y = &c->ent[c->it[b].ent];
    if (poss && (S_label_is(c, c->t->tok_node[x->tok0], "PRP$") ||
                 (y->cr_try && S_label_is(c, c->t->tok_node[y->tok0], "PRP$"))))
        return; /* "A and B upgraded their ties": possessives may be the doer's */
    char avoid[256], code[64];
    S_ent_codes(c, c->it[b].ent, avoid, sizeof avoid);
    if (!avoid[0])
        return;
    int toks[CR_MAXW], ante = -1;
    const char *w[CR_MAXW], *tag[CR_MAXW];
    dyad_cr_np np;
    memcpy(x->code, x->own, sizeof x->own);
    S_span_np(c, x, toks, w, tag, &np);
    if (!dyad_coref_resolve(c->cr, &np, avoid, code, sizeof code, &ante))
        memcpy(code, x->own, sizeof x->own);
    memcpy(x->code, code, sizeof code);
    dyad_coref_update(c->cr, x->cr_id, &np, x->code, ante);
}

/* In an article, an act of force, repression or sanctions named with whom it was done
 * to and by no one ("the attack on Kyiv", "the sanctions against Iran") is its doer,
 * as its noun alone would refer back ("the attack"), never its patient. As the target
 * at item `item` of a criticism or a rejection (roots 11, 12: "Poland condemned the
 * attack on Kyiv") it is aimed at that doer; with none found, at no one, except for
 * arrests and the like, which a state mostly does to its own ("condemned the arrest of
 * Istanbul's mayor"). With `doer`, as the doer at item `item` of any act ("a trial over
 * the 2004 bombing of a French military base that killed an American"), it is that doer
 * or no one. The other party at item `other` (-1: none) is avoided. */
static void S_act_doer(S_ctx *c, int other, int item, const char *code, int doer)
{
    if ((!doer && strncmp(code, "11", 2) && strncmp(code, "12", 2)) || item < 0 ||
        c->it[item].type != I_NES)
        return;
    S_ent *x = &c->ent[c->it[item].ent];
    int toks[CR_MAXW], home, dated, ante;
    const char *w[CR_MAXW], *tag[CR_MAXW];
    dyad_cr_np np;
    S_span_np(c, x, toks, w, tag, &np);
    int n = dyad_coref_act_patient(&np, &home);
    char act[64], avoid[256] = "", found[64];
    if (!n)
        return;
    S_code_words(c, c->up + x->tok0, NULL, n, act, sizeof act, &dated);
    if (strncmp(act, "---", 3))
        return; /* "Russia's attack on Kyiv": its doer is named */
    np.n = n;
    np.code = act;
    if (other >= 0 && c->it[other].type == I_NES)
        S_ent_codes(c, c->it[other].ent, avoid, sizeof avoid);
    if (doer && strncmp(x->code, "---", 3)) /* nor the patient, as the act's own event */
        snprintf(avoid + strlen(avoid), sizeof avoid - strlen(avoid), "%s%s",
                 avoid[0] ? "/" : "", x->code);
    if (dyad_coref_resolve(c->cr, &np, avoid[0] ? avoid : NULL, found, sizeof found, &ante))
        memcpy(x->code, found, sizeof found);
    else if (doer || !home)
        snprintf(x->code, sizeof x->code, "---");
}

/* Before an event of code between the entities at items a and b, a phrase that refers
 * back is resolved again, now avoiding the other participant ("Xi greeted him": not
 * Xi; "Russia launched drones at the country": not Russia), a possessive too when
 * the event demands, disapproves or rejects: what one rejects or condemns is someone
 * else's ("Tehran rejected its offer for new talks"). */
static void S_recheck(S_ctx *c, int a, int b, const char *code)
{
    int poss = strncmp(code, "10", 2) && strncmp(code, "11", 2) && strncmp(code, "12", 2);
    /* a phrase naming an event by its kind ("he delayed the tariffs") is resolved by
     * the other party, never the other party by it: the doer may be its own doer */
    if (!S_event_ref(c, b))
        S_recheck_one(c, a, b, poss);
    if (!S_event_ref(c, a))
        S_recheck_one(c, b, a, poss);
}

/* In an article a place gives no country to unnamed rebels of the phrase before it
 * ("the insurgents in Qatar's capital" are no Qatari rebels), except to separatists,
 * who act where they are (dyad_coref_local): entity x of tokens toks[0..n), words w,
 * is coded as its words before the place. (Troops, officials or a "paramilitary
 * force in Kalat" are mostly the place's own.) Nor does a state's mission give its
 * country to such people at it: "protesters outside the U.S. embassy in Baghdad" are
 * coded as its words without the mission's, "protesters in Baghdad". */
static void S_placed(const S_ctx *c, S_ent *x, const int *toks, int n, char **w)
{
    for (int i = 1; i < n; i++)
        if (S_place_prep(c, toks[i])) {
            char code[64], where[32];
            int dated;
            S_code_words(c, w, toks, i, code, sizeof code, &dated);
            const char *cw[CR_MAXW], *tag[CR_MAXW];
            dyad_cr_np np;
            S_cr_np(c, x, toks, i, cw, tag, &np);
            np.code = code;
            int local = dyad_coref_local(&np), host = 0;
            if (local && n <= CR_MAXW)
                host = S_mission(c, w + i + 1, toks + i + 1, n - i - 1, where, sizeof where);
            if (host) {
                char *hw[CR_MAXW];
                int ht[CR_MAXW], m = i;
                for (int k = i + 1 + host; k < n; k++, m++) {
                    hw[m] = w[k];
                    ht[m] = toks[k];
                }
                memcpy(hw, w, (size_t)i * sizeof *hw);
                memcpy(ht, toks, (size_t)i * sizeof *ht);
                S_code_words(c, hw, ht, m, code, sizeof code, &dated);
            }
            if (host || (!strcmp(code, "---REB") && !local)) {
                memcpy(x->code, code, sizeof code);
                x->dated = x->actor = 0;
            }
            return;
        }
}

/* Make one entity from tokens toks[0..n). */
/* An entity of tokens toks[0..n). In an article, a name in tokens [h0, h1) after a
 * possessive is who the phrase is ("Turkey's rival Greece", "China's ally Pakistan"),
 * and the possessor's actor only counts when none is named there. */
static int S_entity(S_ctx *c, const int *toks, int n, int h0, int h1)
{
    if (GROW(c, c->ent, c->nent, c->capent))
        return -1;
    int e = (int)c->nent++;
    S_ent *x = &c->ent[e];
    memset(x, 0, sizeof *x);
    char *w[128];
    int nw = 0;
    size_t pl = 0;
    x->tok0 = -1;
    for (int i = 0; i < n; i++) {
        int tk = toks[i];
        if (nw < 128)
            w[nw++] = c->up[tk];
        if (x->tok0 < 0 || tk < x->tok0)
            x->tok0 = tk;
        if (tk + 1 > x->tok1)
            x->tok1 = tk + 1;
        size_t k = S_join2(x->phrase + pl, sizeof x->phrase - pl, pl ? " " : "", c->up[tk]);
        if (pl + k < sizeof x->phrase)
            pl += k;
    }
    x->nwords = n;
    /* the name must end the phrase: "Sweden's NATO membership" is Sweden's */
    int head = -1, end = 0, len;
    for (int i = 0; c->cr && i < nw; i++)
        if (toks[i] >= h0 && toks[i] < h1)
            end = i + 1;
    for (int i = 0; c->cr && i < end && head < 0; i++)
        if (toks[i] >= h0 && S_longest(&c->d->actors, w + i, end - i, &len) >= 0 &&
            i + len == end)
            head = i;
    if (head >= 0)
        x->actor = S_code_words(c, w + head, toks + head, end - head, x->code,
                                sizeof x->code, &x->dated);
    else
        x->actor = S_code_words(c, w, toks, nw, x->code, sizeof x->code, &x->dated);
    if (c->cr) {
        S_placed(c, x, toks, nw, w);
        x->mission = S_mission(c, w, toks, nw, x->where, sizeof x->where) > 0;
    }
    x->cr_id = -1;
    if (c->cr && S_refer(c, x, toks, n))
        return -1;
    if (S_push(c, I_NES, -1, e))
        return -1;
    for (int i = 0; i < n; i++)
        if (S_push(c, I_WORD, toks[i], -1))
            return -1;
    return S_push(c, I_NEE, -1, e);
}

/* Token lists */
typedef struct S_toks {
    int *v;
    size_t n, cap;
} S_toks;

static int S_tadd(S_ctx *c, S_toks *l, int tok)
{
    if (GROW(c, l->v, l->n, l->cap))
        return -1;
    l->v[l->n++] = tok;
    return 0;
}

/* Words below node (document order), skipping node `skip`'s subtree. */
static int S_words_below(S_ctx *c, int node, int skip, S_toks *l)
{
    const dyad_tnode *x = S_node(c, node);
    for (int k = x->tok; k >= 0 && k < x->tok_end; k++) {
        if (skip >= 0) {
            const dyad_tnode *s = S_node(c, skip);
            if (k >= s->tok && k < s->tok_end)
                continue;
        }
        if (S_tadd(c, l, k))
            return -1;
    }
    return 0;
}

/* Does node have a CC child? */
static int S_has_cc(const S_ctx *c, int node)
{
    for (int ch = S_node(c, node)->first; ch >= 0; ch = S_node(c, ch)->next)
        if (S_node(c, ch)->word && !strcmp(S_node(c, ch)->label, "CC"))
            return 1;
    return 0;
}

/* Children of node into kids[], in place of a list of names inside it its own: of one
 * with commas only ("(NP (NP The United States) (, ,) (NP United Nations)) and ...")
 * or of the compound a list around it took over; a conjunction nested in a member
 * stays in it ("Gondor and (Ithilen or Gollum)", as PETRARCH reads it). */
static void S_list_kids(const S_ctx *c, int node, int *kids, int *nk, int max)
{
    for (int ch = S_node(c, node)->first; ch >= 0 && *nk < max; ch = S_node(c, ch)->next) {
        if (c->nec[ch] == 3 || (S_list_np(c, ch) && !S_has_cc(c, ch)))
            S_list_kids(c, ch, kids, nk, max);
        else
            kids[(*nk)++] = ch;
    }
}

/* Members of a compound node: (tokens of each member) into mem[], count returned.
 * Its children are cut at each CC or comma; a run of nouns is one member ("United
 * States"). Leading adjectives are shared when adjs ("Arnorian soldiers and police");
 * coordinated modifiers share the noun ("Chinese and Russian warships"). */
static int S_members(S_ctx *c, int nec, int adjs, S_toks *mem, int max)
{
    int nm = 0, noun[32] = {0}, lead_adj = 0;
    memset(mem, 0, (size_t)max * sizeof *mem);
    /* children, with a nested list of names opened into its own ("(NP (NP The United
     * States) (, ,) (NP United Nations)) and international rights groups") */
    int kids[96], nk = 0;
    S_list_kids(c, nec, kids, &nk, 96);
    for (int ki = 0; ki < nk && nm < max; ki++) {
        int ch = kids[ki];
        const dyad_tnode *y = S_node(c, ch);
        if (y->word && (!strcmp(y->label, "CC") || !strcmp(y->label, ","))) {
            if (mem[nm].n)
                nm++;
            continue;
        }
        if (!y->word && !strcmp(y->label, "ADJP")) {
            /* its conjuncts are modifiers of the noun that follows */
            for (int a = y->first; a >= 0; a = S_node(c, a)->next) {
                const dyad_tnode *z = S_node(c, a);
                if (z->word && (!strcmp(z->label, "CC") || !strcmp(z->label, ","))) {
                    if (mem[nm].n && nm + 1 < max)
                        nm++;
                } else if (S_words_below(c, a, -1, &mem[nm])) {
                    goto fail;
                }
            }
            continue;
        }
        int is_np = !strcmp(y->label, "NP");
        int is_noun = y->word && !strncmp(y->label, "NN", 2);
        int is_adj = y->word && !strncmp(y->label, "JJ", 2);
        if (!is_np && !is_noun && !is_adj)
            continue;
        if (is_np ? S_words_below(c, ch, -1, &mem[nm]) : S_tadd(c, &mem[nm], y->tok))
            goto fail;
        if (is_adj && nm == 0 && !noun[0])
            lead_adj = (int)mem[0].n;
        noun[nm] |= !is_adj;
    }
    if (nm < max && mem[nm].n)
        nm++;
    if (nm < 2)
        return nm;
    int modifiers = noun[nm - 1];
    for (int i = 0; i + 1 < nm; i++)
        modifiers &= !noun[i];
    if (modifiers) {
        /* the nouns closing the last member close every other one */
        const S_toks *last = &mem[nm - 1];
        size_t k = 0;
        while (k < last->n && !strncmp(S_node(c, c->t->tok_node[last->v[k]])->label, "JJ", 2))
            k++;
        for (int i = 0; i + 1 < nm; i++)
            for (size_t q = k; q < last->n; q++)
                if (S_tadd(c, &mem[i], last->v[q]))
                    goto fail;
    } else if (adjs && lead_adj) {
        for (int i = 1; i < nm; i++) {
            S_toks m = {0};
            for (int q = 0; q < lead_adj; q++)
                if (S_tadd(c, &m, mem[0].v[q]))
                    goto fail;
            for (size_t q = 0; q < mem[i].n; q++)
                if (S_tadd(c, &m, mem[i].v[q]))
                    goto fail;
            free(mem[i].v);
            mem[i] = m;
        }
    }
    return nm;
fail:
    for (int i = 0; i < max; i++)
        free(mem[i].v);
    return -1;
}

/* Emit an entity for the words of `body` (a token list) in which the tokens of each
 * compound node necs[0..nnec) are replaced by one of its members: one entity per
 * combination of members, grouped as a compound (NEC) when there is any. */
static int S_emit_entity(S_ctx *c, const S_toks *body, const int *necs, int nnec, int adjs)
{
    if (nnec == 0)
        return body->n ? S_entity(c, body->v, (int)body->n, 0, 0) : 0;
    S_toks mem[2][32];
    int nm[2] = {1, 1};
    int rc = 0;
    for (int k = 0; k < nnec; k++) {
        nm[k] = S_members(c, necs[k], adjs, mem[k], 32);
        if (nm[k] < 0) {
            for (int j = 0; j < k; j++)
                for (int i = 0; i < nm[j]; i++)
                    free(mem[j][i].v);
            return -1;
        }
    }
    int e = -1;
    if (GROW(c, c->ent, c->nent, c->capent))
        rc = -1;
    if (!rc) {
        e = (int)c->nent++;
        memset(&c->ent[e], 0, sizeof c->ent[e]);
        c->ent[e].compound = 1;
        c->ent[e].first_mem = (int)c->nent;
        c->ent[e].tok0 = S_node(c, necs[0])->tok;
        c->ent[e].tok1 = S_node(c, necs[nnec - 1])->tok_end;
        rc = S_push(c, I_NECS, -1, e);
    }
    for (int i = 0; i < nm[0] && !rc; i++)
        for (int j = 0; j < (nnec > 1 ? nm[1] : 1) && !rc; j++) {
            S_toks all = {0};
            const S_toks *pick[2] = {&mem[0][i], nnec > 1 ? &mem[1][j] : NULL};
            int done[2] = {0, 0};
            for (size_t t = 0; t < body->n && !rc; t++) {
                int tk = body->v[t], in = -1;
                for (int k = 0; k < nnec; k++) {
                    const dyad_tnode *x = S_node(c, necs[k]);
                    if (tk >= x->tok && tk < x->tok_end)
                        in = k;
                }
                if (in < 0) {
                    rc = S_tadd(c, &all, tk);
                } else if (!done[in]) {
                    done[in] = 1;
                    for (size_t q = 0; q < pick[in]->n && !rc; q++)
                        rc = S_tadd(c, &all, pick[in]->v[q]);
                }
            }
            if (!rc && all.n) {
                rc = S_entity(c, all.v, (int)all.n, 0, 0);
                c->ent[e].nmem++;
            }
            free(all.v);
        }
    if (!rc)
        rc = S_push(c, I_NECE, -1, e);
    if (!rc && c->cr)
        rc = S_refer_group(c, e);
    for (int k = 0; k < nnec; k++)
        for (int i = 0; i < nm[k]; i++)
            free(mem[k][i].v);
    return rc;
}

/* ---------------------------------------------------------------- NP decisions */

/* Find, in node's subtree outside SBARs (an SBAR itself is found), the first node whose
 * label is `l` or that is a marked compound (l == NULL). -1 none. */
static int S_find(const S_ctx *c, int node, const char *l, int self)
{
    const dyad_tree *t = c->t;
    int base = t->n[node].depth;
    int skip_depth = -1;
    for (size_t k = (size_t)node + (self ? 0 : 1); k < t->nn; k++) {
        const dyad_tnode *y = &t->n[k];
        if (k > (size_t)node && y->depth <= base)
            break;
        if (skip_depth >= 0) {
            if (y->depth > skip_depth)
                continue;
            skip_depth = -1;
        }
        if (l ? dyad_is(y->label, l) : c->nec[k] == 1)
            return (int)k;
        if (dyad_is(y->label, "SBAR"))
            skip_depth = y->depth;
    }
    return -1;
}

/* Up to two marked compounds in node's subtree (outside SBARs, not nested). */
static int S_necs(const S_ctx *c, int node, int *out)
{
    int n = 0;
    const dyad_tree *t = c->t;
    int base = t->n[node].depth, skip = -1;
    for (size_t k = (size_t)node; k < t->nn && n < 2; k++) {
        const dyad_tnode *y = &t->n[k];
        if (k > (size_t)node && y->depth <= base)
            break;
        if (skip >= 0 && y->depth > skip)
            continue;
        skip = -1;
        if (!strcmp(y->label, "SBAR")) {
            skip = y->depth;
            continue;
        }
        if (c->nec[k] == 1) {
            out[n++] = (int)k;
            skip = y->depth;
        }
    }
    return n;
}

static int S_linearize(S_ctx *c, int node, int flat);

/* In an article: the list set after a possessor's phrase, which is who the phrase
 * is, as a name ending it is ("China's ally Pakistan"): "(NP (NP the United States'
 * biggest trading partners) (, --) (NP Mexico, Canada, China and the EU))"; -1 when
 * np is no such phrase. */
static int S_poss_list(const S_ctx *c, int np)
{
    int poss = S_node(c, np)->first, sep = poss >= 0 ? S_node(c, poss)->next : -1;
    int list = sep >= 0 ? S_node(c, sep)->next : -1;
    if (!c->cr || list < 0 || !S_label_is(c, np, "NP") || !S_label_is(c, poss, "NP") ||
        !S_label_is(c, sep, ",") || c->nec[list] != 1 || S_node(c, list)->next >= 0)
        return -1;
    for (int ch = S_node(c, poss)->first; ch >= 0; ch = S_node(c, ch)->next)
        if (S_label_is(c, ch, "NP") && S_node(c, ch)->last >= 0 &&
            S_label_is(c, S_node(c, ch)->last, "POS"))
            return list;
    return -1;
}

/* NP with a PP of its own: "(NP (NP head) (PP (IN prep) (NP object)))"; the entity is
 * the head, preposition and object, and the words after the object, in the PP and in
 * the phrase, are read as they are ("a deal in Istanbul to resume grain exports",
 * "supporters of Navalny, who died in prison"): *next is the child of the phrase to go
 * on with (-1 none). 1 done, 0 not this shape, -1 ENOMEM. */
static int S_np_prep(S_ctx *c, int pp, int *next)
{
    int e = S_node(c, pp)->parent;
    if (e < 0 || !S_label_is(c, e, "NP"))
        return 0;
    int first = S_node(c, e)->first;
    if (first < 0 || (!S_label_is(c, first, "NP") && c->nec[first] != 1))
        return 0;
    /* preposition: the first IN leaf after the head phrase, inside e */
    int prep = -1;
    const dyad_tnode *fx = S_node(c, first);
    if (fx->tok_end < 0)
        return 0; /* an empty head phrase */
    for (int k = fx->tok_end; k < S_node(c, e)->tok_end; k++)
        if (!strcmp(S_node(c, c->t->tok_node[k])->label, "IN")) {
            prep = k;
            break;
        }
    if (prep < 0)
        return 0;
    /* object: first NP or compound starting after the preposition, inside e */
    int obj = -1;
    for (size_t k = (size_t)e + 1; k < c->t->nn; k++) {
        const dyad_tnode *y = &c->t->n[k];
        if (y->depth <= S_node(c, e)->depth)
            break;
        if ((!strcmp(y->label, "NP") || c->nec[k] == 1) && y->tok > prep) {
            obj = (int)k;
            break;
        }
    }
    /* an object with a PP or a relative clause of its own (led by a wh-word) is no
     * name: go inside ("facilities of countries whose weapons were used against
     * Russia"); a clause of what is said is ("reports that it is arming Hamas") */
    int rel = obj >= 0 ? S_find(c, obj, "SBAR", 0) : -1;
    if (obj < 0 || S_find(c, obj, "PP", 0) >= 0 ||
        (rel >= 0 && S_node(c, rel)->tok >= 0 &&
         S_node(c, c->t->tok_node[S_node(c, rel)->tok])->label[0] == 'W'))
        return 0;
    int list = S_poss_list(c, obj);
    if (list >= 0)
        obj = list; /* "a tariff fight with the United States' partners -- A, B" */
    S_toks body = {0};
    int rc = S_words_below(c, first, -1, &body);
    /* and the phrases between it and the preposition: a name set apart from its office
     * ("Hamas leader (NP Yahya Sinwar) in Gaza", "the cargo ship (NP Rubymar) in") */
    for (int ch = S_node(c, first)->next;
         !rc && ch >= 0 && S_node(c, ch)->tok_end <= prep && S_node(c, ch)->tok_end >= 0;
         ch = S_node(c, ch)->next)
        rc = S_words_below(c, ch, -1, &body);
    if (!rc)
        rc = S_tadd(c, &body, prep);
    if (!rc)
        rc = S_words_below(c, obj, -1, &body);
    int necs[2];
    int nnec = S_necs(c, first, necs);
    if (nnec < 2)
        nnec += S_necs(c, obj, necs + nnec) > 0;
    if (!rc)
        rc = S_emit_entity(c, &body, necs, nnec > 2 ? 2 : nnec, 0);
    free(body.v);
    int n = obj;
    for (; !rc && S_node(c, n)->parent != e; n = S_node(c, n)->parent)
        for (int s = S_node(c, n)->next; !rc && s >= 0; s = S_node(c, s)->next)
            rc = S_linearize(c, s, 1);
    *next = S_node(c, n)->next;
    return rc ? -1 : 1;
}

/* In an article: "X, Ukraine's foreign minister," names X by the phrase after it. np
 * is NP , NP [,] and ents[k] the first entity made for its child k; an entity X
 * without an actor takes that of the second NP, and is remembered with both phrases'
 * words (its office and name). What follows a comma after them may only say more of
 * the office ("Matthew Palmer, U.S. deputy assistant secretary of state, with
 * responsibility for the Western Balkans, said"): no list. 0 ok, -1 ENOMEM. */
static int S_apposition(S_ctx *c, int np, const size_t *ents)
{
    int a = S_node(c, np)->first, comma = a >= 0 ? S_node(c, a)->next : -1;
    int b = comma >= 0 ? S_node(c, comma)->next : -1;
    int rest = b >= 0 ? S_node(c, b)->next : -1;
    if (b < 0 || !S_label_is(c, a, "NP") || !S_label_is(c, comma, ",") ||
        !S_label_is(c, b, "NP") || (rest >= 0 && !S_label_is(c, rest, ",")))
        return 0;
    for (int k = rest >= 0 ? S_node(c, rest)->next : -1; k >= 0; k = S_node(c, k)->next)
        if (!S_label_is(c, k, "PP") && !S_label_is(c, k, ","))
            return 0;
    if (ents[1] != ents[0] + 1 || ents[2] >= c->nent)
        return 0; /* X must be one entity, the description have one */
    S_ent *x = &c->ent[ents[0]];
    const S_ent *d = &c->ent[ents[2]];
    if (x->compound || d->compound || !x->cr_try || !strncmp(d->code, "---", 3))
        return 0;
    int toks[CR_MAXW], n = 0;
    for (int t = d->tok0; t < d->tok1 && n < CR_MAXW; t++)
        toks[n++] = t;
    for (int t = x->tok0; t < x->tok1 && n < CR_MAXW; t++)
        toks[n++] = t;
    memcpy(x->code, d->code, sizeof x->code);
    x->cr_try = 0;
    const char *w[CR_MAXW], *tag[CR_MAXW];
    dyad_cr_np cnp;
    S_cr_np(c, x, toks, n, w, tag, &cnp);
    dyad_coref_update(c->cr, x->cr_id, &cnp, x->code, -1);
    return 0;
}

/* In an article: an office the parser set apart from the name after it ("(NP (NP
 * United Nations-appointed special rapporteur) (NP Richard Bennett))") names it as one
 * phrase would: the name, of proper nouns only, takes the office's code unless the
 * dictionary knows it, and is remembered with both phrases' words, as a person whom a
 * later "Bennett" names. */
static void S_titled_name(S_ctx *c, int np, const size_t *ents)
{
    int a = S_node(c, np)->first, b = a >= 0 ? S_node(c, a)->next : -1;
    if (b < 0 || S_node(c, b)->next >= 0 || !S_label_is(c, a, "NP") || !S_name_np(c, b) ||
        S_node(c, a)->last < 0 || !S_label_is(c, S_node(c, a)->last, "NN") ||
        S_node(c, b)->tok_end - S_node(c, b)->tok < 2)
        return;
    if (ents[1] != ents[0] + 1 || ents[1] >= c->nent)
        return; /* the office one entity, the name one */
    const S_ent *d = &c->ent[ents[0]];
    S_ent *x = &c->ent[ents[1]];
    if (x->compound || d->compound || !strncmp(d->code, "---", 3) ||
        x->tok0 != S_node(c, b)->tok || (!x->cr_try && x->dated))
        return;
    int toks[CR_MAXW], n = 0;
    for (int t = d->tok0; t < d->tok1 && n < CR_MAXW; t++)
        toks[n++] = t;
    for (int t = x->tok0; t < x->tok1 && n < CR_MAXW; t++)
        toks[n++] = t;
    if (x->cr_try) /* a name the dictionary knows keeps its own code */
        memcpy(x->code, d->code, sizeof x->code);
    x->cr_try = 0;
    const char *w[CR_MAXW], *tag[CR_MAXW];
    dyad_cr_np cnp;
    S_cr_np(c, x, toks, n, w, tag, &cnp);
    dyad_coref_update(c->cr, x->cr_id, &cnp, x->code, -1);
}

static int S_passive_aux(const S_ctx *c, int k);
static int S_if_clause(const S_ctx *c, int node);
static int S_means_clause(const S_ctx *c, int node);

/* Is noun phrase np a time, no object: "last week", "this month", "Tuesday", "two days
 * earlier"? (The parser's temporal nominals are drawn as plain NPs.) */
static int S_time_np(const S_ctx *c, int np)
{
    static const char *const days[] = {"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY",
                                       "SATURDAY", "SUNDAY", "TODAY", "YESTERDAY", "TONIGHT",
                                       NULL};
    static const char *const mods[] = {"LAST", "NEXT", "THIS", "EARLIER", "LATER", NULL};
    static const char *const units[] = {"DAY", "DAYS", "WEEK", "WEEKS", "WEEKEND", "MONTH",
                                        "MONTHS", "YEAR", "YEARS", "MORNING", "NIGHT", NULL};
    static const char *const after[] = {"AGO", "EARLIER", "LATER", NULL};
    int a = S_node(c, np)->tok, b = S_node(c, np)->tok_end;
    if (b - a == 1)
        return dyad_among(c->up[a], days);
    return b - a == 2 && ((dyad_among(c->up[a], mods) && dyad_among(c->up[a + 1], units)) ||
                          (dyad_among(c->up[a], units) && dyad_among(c->up[a + 1], after)));
}

/* Is node, right after verb leaf v, an SBAR of what someone is charged with, a
 * preposition and a clause without a subject ("which he accused (of being controlled by
 * China)", "whom they blamed (for stoking the unrest)")? It says why, not whom: the
 * relative's object is still its pronoun ("requested as a condition (for releasing
 * loans)" says what for). */
static int S_charge_of(const S_ctx *c, int node, int v)
{
    static const char *const prep[] = {"OF", "FOR", NULL};
    int in = S_node(c, node)->first, s = in >= 0 ? S_node(c, in)->next : -1;
    return S_node(c, v)->next == node && S_label_is(c, node, "SBAR") && in >= 0 &&
           S_isleaf(c, in) && S_label_is(c, in, "IN") &&
           dyad_among(c->up[S_node(c, in)->tok], prep) && s >= 0 && S_label_is(c, s, "S") &&
           S_node(c, s)->first >= 0 && S_label_is(c, S_node(c, s)->first, "VP");
}

/* The verb phrase of an object's relative clause s, whose pronoun (or gap) is the
 * object of its verb ("Mexico, which he also hit with a new levy", "the Uyghurs whom
 * Thailand deported", "a move Beijing condemned as illegal", "the sanctions that
 * Washington imposed"): an S drawn "(SBAR (WHNP which) (S he hit ...))", or as the
 * parser also draws it "(S (NP which) (NP he) (VP hit ...))", or in a noun phrase with
 * "that" or no pronoun at all, with a subject of its own and no object after its verb
 * (past auxiliaries), which is not "be" ("the view that they are ready"); *pron is the
 * pronoun's token, or the clause's first without one. -1 if not. */
static int S_object_relative(const S_ctx *c, int s, int *pron)
{
    if (s < 0 || !S_label_is(c, s, "S"))
        return -1;
    int par = S_node(c, s)->parent, wh = S_node(c, s)->first, w = -1;
    int lead = par >= 0 && S_label_is(c, par, "SBAR") ? S_node(c, par)->first : -1;
    int in_np = lead >= 0 && S_node(c, par)->parent >= 0 &&
                S_label_is(c, S_node(c, par)->parent, "NP");
    if (lead >= 0 && S_node(c, lead)->next == s &&
        (S_label_is(c, lead, "WHNP") || (in_np && S_isleaf(c, lead))))
        wh = lead; /* "(WHNP which)", or a bare "(WDT that)" in a noun phrase */
    else if (lead == s && in_np)
        wh = -1; /* no pronoun: "(NP (NP a move) (SBAR (S Beijing condemned ...)))" */
    else if (wh < 0 || !S_label_is(c, wh, "NP"))
        return -1;
    if (wh >= 0) {
        w = S_isleaf(c, wh) ? wh : S_node(c, wh)->first;
        if (w < 0 || !S_isleaf(c, w) || (!S_isleaf(c, wh) && S_node(c, wh)->last != w) ||
            (strcmp(c->up[S_node(c, w)->tok], "WHICH") &&
             strcmp(c->up[S_node(c, w)->tok], "WHOM") &&
             (!in_np || strcmp(c->up[S_node(c, w)->tok], "THAT"))))
            return -1;
    }
    *pron = w >= 0 ? S_node(c, w)->tok : S_node(c, s)->tok;
    int subj = 0, vp = -1;
    for (int ch = S_node(c, s)->first; ch >= 0 && vp < 0; ch = S_node(c, ch)->next) {
        if (ch != wh && S_label_is(c, ch, "NP"))
            subj = 1;
        else if (S_label_is(c, ch, "VP"))
            vp = ch;
    }
    while (subj && vp >= 0) {
        int v = S_node(c, vp)->first, next = -1;
        if (v < 0 || !S_isleaf(c, v) || strncmp(S_node(c, v)->label, "VB", 2))
            return -1;
        for (int ch = S_node(c, v)->next; ch >= 0; ch = S_node(c, ch)->next) {
            if ((S_label_is(c, ch, "NP") && !S_time_np(c, ch)) || S_label_is(c, ch, "S") ||
                (S_label_is(c, ch, "SBAR") && !S_charge_of(c, ch, v)))
                return -1; /* an object of its own: "which the group claimed" */
            if (S_label_is(c, ch, "VP") && next < 0)
                next = ch;
        }
        if (next < 0)
            return S_passive_aux(c, S_node(c, v)->tok) ? -1 : vp;
        vp = next;
    }
    return -1;
}

/* The token of the pronoun of the object's relative clause whose verb phrase is vp, -1
 * when vp is no such clause's verb. */
static int S_relative_pron(const S_ctx *c, int vp)
{
    int s = S_node(c, vp)->parent, pron;
    while (s >= 0 && S_label_is(c, s, "VP"))
        s = S_node(c, s)->parent;
    return S_object_relative(c, s, &pron) == vp ? pron : -1;
}

/* The entity, among items [0, before), that the object's relative clause of vp is about:
 * the phrase right before its pronoun (and its comma): "Mexico" in "Mexico, which he
 * also hit with a new levy"; -1 none. */
static int S_relative_antecedent(const S_ctx *c, int vp, int before)
{
    int pron = S_relative_pron(c, vp);
    if (pron < 0)
        return -1;
    int end = pron > 0 && !strcmp(c->up[pron - 1], ",") ? pron - 1 : pron;
    for (int k = 0; k < before; k++) {
        const S_item *x = &c->it[k];
        if (!c->del[k] && (x->type == I_NES || x->type == I_NECS) &&
            c->ent[x->ent].tok1 == end)
            return k;
    }
    return -1;
}

static int S_phrase_entity(const S_ctx *c, int node, int before);
static int S_coded(const S_ctx *c, int item);

/* In an article: the antecedent of a subject's relative clause s, the clause of a
 * noun phrase whose pronoun is its subject ("President Reagan, who will meet Nakasone
 * this week, said ...": Reagan meets him), drawn "(NP (NP Reagan) (, ,) (SBAR (WHNP
 * who) (S (VP ...))))", or as the parser also draws it "(S (NP Reagan) (, ,) (NP who)
 * (VP ...))" with s the S: the entity that is the whole phrase before the pronoun and
 * its comma, among items [0, before), if it names an actor of its own; not a phrase with
 * a PP ("attacks on Iraq, which killed ..." are no Iraq's doing) nor an act named by
 * its kind. -1 when s is no such clause or the phrase before it no such entity (the
 * clause is then words of the phrase, as PETRARCH reads it: "Bennett, who is leading
 * a tour of EC capitals, will visit Bonn" is drawn with the visit inside the clause). */
static int S_subject_relative(const S_ctx *c, int s, int before)
{
    if (!c->cr || s < 0 || !S_label_is(c, s, "S"))
        return -1;
    int par = S_node(c, s)->parent, wh = -1, ant = -1;
    if (par >= 0 && S_label_is(c, par, "SBAR") && S_node(c, par)->parent >= 0 &&
        S_label_is(c, S_node(c, par)->parent, "NP") && S_node(c, s)->first >= 0 &&
        S_label_is(c, S_node(c, s)->first, "VP") && S_node(c, par)->first >= 0 &&
        S_node(c, S_node(c, par)->first)->next == s) {
        wh = S_node(c, par)->first;
        /* the phrase before it, past a comma */
        for (int ch = S_node(c, S_node(c, par)->parent)->first; ch >= 0 && ch != par;
             ch = S_node(c, ch)->next)
            if (!S_label_is(c, ch, ","))
                ant = ch;
    } else {
        /* the flat drawing: NP, comma, pronoun and the clause's VP, in this order */
        int np = -1, comma = -1;
        for (int ch = S_node(c, s)->first; ch >= 0 && wh < 0; ch = S_node(c, ch)->next) {
            if (S_label_is(c, ch, "VP"))
                return -1;
            if (comma >= 0 && S_label_is(c, ch, "NP") && S_node(c, comma)->next == ch &&
                S_node(c, ch)->next >= 0 && S_label_is(c, S_node(c, ch)->next, "VP"))
                wh = ch, ant = np;
            comma = S_label_is(c, ch, ",") && np >= 0 && S_node(c, np)->next == ch ? ch : -1;
            np = S_label_is(c, ch, "NP") ? ch : np;
        }
    }
    if (wh < 0 || ant < 0 || !S_label_is(c, ant, "NP"))
        return -1;
    for (int ch = S_node(c, ant)->first; ch >= 0; ch = S_node(c, ch)->next)
        if (S_label_is(c, ch, "PP"))
            return -1; /* "raids on Gondor, which ...": the raids, no one's name */
    int w = S_isleaf(c, wh) ? wh : S_node(c, wh)->first;
    static const char *const pron[] = {"WHO", "WHICH", NULL};
    if (w < 0 || !S_isleaf(c, w) || (!S_isleaf(c, wh) && S_node(c, wh)->last != w) ||
        !dyad_among(c->up[S_node(c, w)->tok], pron))
        return -1;
    int e = S_phrase_entity(c, ant, before);
    if (e < 0 || c->ent[c->it[e].ent].tok0 != S_node(c, ant)->tok ||
        c->ent[c->it[e].ent].tok1 != S_node(c, ant)->tok_end || !S_coded(c, e) ||
        S_event_ref(c, e))
        return -1;
    return e;
}

/* Linearise the children of noun phrase np from child `from` on (not an entity: go
 * inside); SBARs within a noun phrase only contribute words, but in an article an
 * object's relative clause is coded (S_relative_target), and so is a subject's
 * (S_subject_relative). 0 ok, -1 ENOMEM. */
static int S_np_kids(S_ctx *c, int np, int from)
{
    size_t ents[3] = {0, 0, 0};
    int k = 0;
    for (int ch = from; ch >= 0; ch = S_node(c, ch)->next, k++) {
        if (k < 3)
            ents[k] = c->nent;
        int pron, lead = S_label_is(c, ch, "SBAR") ? S_node(c, ch)->first : -1;
        /* an if-clause the parser hung on a noun is no words of it either, nor a gerund
         * of means ("invoked the right of self-defense in destroying an Iranian oil
         * platform": the doer of the verb destroyed it) */
        int rel = c->cr && lead >= 0 &&
                  (S_object_relative(c, S_label_is(c, lead, "S") ? lead : S_node(c, lead)->next,
                                     &pron) >= 0 ||
                   S_subject_relative(c, S_node(c, lead)->next, (int)c->nit) >= 0 ||
                   S_if_clause(c, ch) || S_means_clause(c, ch));
        for (size_t v = c->nvc; rel && v-- > 0;)
            if (c->vc[v].end_own < 0) { /* the clause is no words of the verb around it */
                c->vc[v].end_own = (int)c->nit;
                break;
            }
        if (S_linearize(c, ch, !rel))
            return -1;
    }
    if (from != S_node(c, np)->first)
        return 0; /* the rest of an NP + PP */
    if (c->cr && S_apposition(c, np, ents))
        return -1;
    if (c->cr)
        S_titled_name(c, np, ents);
    return 0;
}

/* In an article: the verb phrase of a free relative of naming, "what Iran called
 * militant bases in Pakistan", "what he said was a nasty tariff", "what officials
 * described as a joint operation", whose words after the verb name what the relative
 * stands for; -1 when np is no such relative. */
static int S_what_named(const S_ctx *c, int np)
{
    static const char *const naming[] = {"CALL",      "CALLS",     "CALLED", "DESCRIBE",
                                         "DESCRIBES", "DESCRIBED", "TERMED", "DUBBED",
                                         "LABELED",   "LABELLED",  "SAY",    "SAYS",
                                         "SAID",      NULL};
    int w = S_node(c, np)->first, sb = w >= 0 ? S_node(c, w)->next : -1;
    if (!c->cr || sb < 0 || S_node(c, sb)->next >= 0 || !S_label_is(c, sb, "SBAR") ||
        !S_label_is(c, w, "NP") || S_node(c, w)->tok_end - S_node(c, w)->tok != 1 ||
        strcmp(c->up[S_node(c, w)->tok], "WHAT"))
        return -1;
    const dyad_tree *t = c->t;
    for (size_t k = (size_t)sb + 1; k < t->nn && t->n[k].depth > t->n[sb].depth; k++)
        if (S_label_is(c, (int)k, "VP") && S_isleaf(c, t->n[k].first) &&
            dyad_among(c->up[t->n[k].tok], naming))
            return (int)k;
    return -1;
}

static int S_np(S_ctx *c, int np)
{
    int named = S_what_named(c, np);
    if (named >= 0) { /* the relative's own words up to its verb are words only */
        for (int k = S_node(c, np)->tok; k <= S_node(c, named)->tok; k++)
            if (S_push(c, I_WORD, k, -1))
                return -1;
        for (int ch = S_node(c, S_node(c, named)->first)->next; ch >= 0;
             ch = S_node(c, ch)->next)
            if (S_linearize(c, ch, 0))
                return -1;
        return 0;
    }
    if (c->nec[np] == 1) {
        S_toks body = {0};
        int rc = S_words_below(c, np, -1, &body);
        if (!rc)
            rc = S_emit_entity(c, &body, &np, 1, 1);
        free(body.v);
        return rc;
    }
    int pos = S_find(c, np, "POS", 0);
    int list = S_poss_list(c, np);
    if (list >= 0) { /* the possessor's phrase is words only */
        for (int k = S_node(c, np)->tok; k < S_node(c, list)->tok; k++)
            if (S_push(c, k == S_node(c, list)->tok - 1 ? I_COMMA : I_WORD, k, -1))
                return -1;
        return S_linearize(c, list, 0);
    }
    int app = pos >= 0 ? S_node(c, S_node(c, pos)->parent)->parent : -1;
    if (app >= 0 && S_node(c, app)->parent >= 0 && S_poss_list(c, S_node(c, app)->parent) >= 0)
        pos = -1; /* nor is a phrase around such a list one entity with the possessor */
    if (pos >= 0) {
        S_toks body = {0};
        int necs[2];
        int nnec = S_necs(c, np, necs);
        int rc = S_words_below(c, np, pos, &body);
        /* the words after the possessor in its own phrase, when they are words only */
        int own = S_node(c, pos)->parent, ph = own >= 0 ? S_node(c, own)->parent : -1;
        int h0 = own >= 0 ? S_node(c, own)->tok_end : 0, h1 = ph >= 0 ? S_node(c, ph)->tok_end : 0;
        for (int ch = own >= 0 ? S_node(c, own)->next : -1; ch >= 0; ch = S_node(c, ch)->next)
            if (!S_isleaf(c, ch))
                h1 = 0;
        if (!rc && nnec == 0 && body.n)
            rc = S_entity(c, body.v, (int)body.n, h0, h1);
        else if (!rc)
            rc = S_emit_entity(c, &body, necs, nnec, 0);
        free(body.v);
        return rc;
    }
    /* a PP deeper in the phrase is its inner phrase's own: go inside */
    int pp = S_find(c, np, "PP", 0), from = S_node(c, np)->first;
    if (pp >= 0) {
        int r = S_node(c, pp)->parent == np ? S_np_prep(c, pp, &from) : 0;
        if (r != 0)
            return r < 0 ? -1 : S_np_kids(c, np, from);
    } else if (S_find(c, np, "NP", 0) < 0 && S_find(c, np, NULL, 0) < 0) {
        S_toks body = {0};
        int rc = S_words_below(c, np, -1, &body);
        if (!rc)
            rc = S_emit_entity(c, &body, NULL, 0, 0);
        free(body.v);
        return rc;
    }
    return S_np_kids(c, np, from);
}

/* Does the entity at item end in an actor or agent phrase of its own: is its head an
 * actor ("President Donald Trump", "American bombers"), not a thing of one ("a
 * Ukrainian drone attack"), and not found by coreference? Of a compound: each member. */
static int S_names_actor(const S_ctx *c, int item)
{
    const S_ent *x = &c->ent[c->it[item].ent];
    int first = x->compound ? x->first_mem : c->it[item].ent;
    int cnt = x->compound ? x->nmem : 1;
    for (int i = 0; i < cnt; i++) {
        const S_ent *m = &c->ent[first + i];
        int named = 0, len;
        for (int k = m->tok0; k < m->tok1 && !named && !m->cr_try; k++)
            named = (S_longest(&c->d->actors, c->up + k, m->tok1 - k, &len) >= 0 ||
                     S_longest(&c->d->agents, c->up + k, m->tok1 - k, &len) >= 0) &&
                    k + len == m->tok1;
        if (!named)
            return 0;
    }
    return cnt > 0;
}

/* Is leaf v a verb of telling someone something ("told", "informed", "briefed")? What
 * it tells is a clause of its own, as what is said is: "Wang Yi told his Iranian
 * counterpart in a phone call that Beijing supported Tehran". */
static int S_telling(const S_ctx *c, int v)
{
    static const char *const tell[] = {"TELL", "TELLS", "TELLING", "TOLD", "INFORM",
                                       "INFORMS", "INFORMING", "INFORMED", "BRIEF",
                                       "BRIEFS", "BRIEFING", "BRIEFED", NULL};
    if (v < 0 || !S_isleaf(c, v))
        return 0;
    return dyad_among(c->up[S_node(c, v)->tok], tell);
}

static int S_coded(const S_ctx *c, int item);

/* In an article: does verb phrase vp say, outside its clauses, that its verb was done
 * in a call ("congratulated Trump on his victory in a phone call", "extended his
 * condolences to Iran in a telephone call with acting President Mohammad Mokhber",
 * "agreed in a call with Trump to stop attacks")? A phone, telephone or video call, or
 * a call with someone named. *with is the entity of the one it was with, -1 none. */
static int S_call_pp(const S_ctx *c, int vp, int *with)
{
    const dyad_tree *t = c->t;
    *with = -1;
    for (size_t k = (size_t)vp + 1; k < t->nn && t->n[k].depth > t->n[vp].depth; k++) {
        if (!S_label_is(c, (int)k, "PP"))
            continue;
        int clause = 0;
        for (int p = t->n[k].parent; p >= 0 && p != vp; p = t->n[p].parent)
            clause |= S_label_is(c, p, "S") || S_label_is(c, p, "SBAR");
        int prep = t->n[k].first, np = prep >= 0 ? t->n[prep].next : -1;
        if (clause || prep < 0 || !S_isleaf(c, prep) || strcmp(c->up[t->n[prep].tok], "IN") ||
            np < 0 || !S_label_is(c, np, "NP"))
            continue;
        int inner = np;
        while (t->n[inner].first >= 0 && S_label_is(c, t->n[inner].first, "NP"))
            inner = t->n[inner].first;
        int call = 0, phone = 0;
        for (int tk = t->n[inner].tok; tk >= 0 && tk < t->n[inner].tok_end; tk++) {
            const char *w = c->up[tk];
            call |= !strcmp(w, "CALL") || !strcmp(w, "CONVERSATION");
            phone |= !strcmp(w, "PHONE") || !strcmp(w, "TELEPHONE") || !strcmp(w, "VIDEO");
        }
        if (!call)
            continue;
        for (int ch = t->n[np].first; ch >= 0; ch = t->n[ch].next) {
            int w = S_label_is(c, ch, "PP") ? t->n[ch].first : -1;
            if (w < 0 || !S_isleaf(c, w) || strcmp(c->up[t->n[w].tok], "WITH") ||
                t->n[w].next < 0)
                continue;
            /* the entity of the one it was with; the coder may read "a call with
             * Trump" as one phrase whose actor is Trump's */
            const dyad_tnode *x = &t->n[t->n[w].next];
            for (int it = 0; it < (int)c->nit && *with < 0; it++) {
                const S_item *y = &c->it[it];
                if (c->del[it] || (y->type != I_NES && y->type != I_NECS))
                    continue;
                const S_ent *e = &c->ent[y->ent];
                if (e->tok1 > x->tok && e->tok0 < x->tok_end && S_coded(c, it))
                    *with = it;
            }
        }
        if (phone || *with >= 0)
            return 1;
    }
    return 0;
}

/* Is node, just linearised from item `from` on, an adverbial clause whose subject
 * names an actor of its own (S_names_actor) and whose verb is in the dictionary ("a
 * day after Moscow and Kyiv signed a deal", "after President Donald Trump
 * threatened")? In a verb phrase it is an event of its own, as a participle clause
 * is. */
static int S_own_clause(const S_ctx *c, int node, int from, int tell)
{
    static const char *const sub[] = {"AFTER", "AS", "BECAUSE", "BEFORE", "SINCE", "WHEN",
                                      "WHERE", "WHILE", NULL};
    const dyad_tnode *x = S_node(c, node);
    int mark = x->first, s = mark >= 0 ? S_node(c, mark)->next : -1, subj = -1;
    if (tell && mark >= 0 && S_label_is(c, node, "SBAR") && S_label_is(c, mark, "S"))
        s = mark, mark = -1; /* "told X (that) Y did Z": what is told */
    if (!S_label_is(c, node, "SBAR") || s < 0 || !S_label_is(c, s, "S"))
        return 0;
    if (mark >= 0 && S_label_is(c, mark, "WHADVP"))
        mark = S_node(c, mark)->first;
    int known = tell && (mark < 0 || (S_isleaf(c, mark) &&
                                      !strcmp(c->up[S_node(c, mark)->tok], "THAT")));
    known |= mark >= 0 && S_isleaf(c, mark) && dyad_among(c->up[S_node(c, mark)->tok], sub);
    for (int ch = S_node(c, s)->first; known && ch >= 0; ch = S_node(c, ch)->next) {
        if (S_label_is(c, ch, "NP") && subj < 0) {
            int e = from;
            while (e < (int)c->nit && c->it[e].type != I_NES && c->it[e].type != I_NECS)
                e++;
            if (e == (int)c->nit || c->ent[c->it[e].ent].tok0 >= S_node(c, ch)->tok_end ||
                !S_names_actor(c, e))
                return 0; /* "as lawmakers met": whose is unclear */
            subj = ch;
        }
        /* its verb, past auxiliaries: "had signed", "would agree" */
        for (int vp = ch; subj >= 0 && vp >= 0 && S_label_is(c, vp, "VP");) {
            int v = S_node(c, vp)->first;
            if (v < 0 || !S_isleaf(c, v) || strncmp(S_node(c, v)->label, "VB", 2))
                break;
            const char *w = c->up[S_node(c, v)->tok];
            if (dyad_dict_verb(c->d, w, strlen(w)) >= 0)
                return 1;
            for (vp = S_node(c, v)->next; vp >= 0 && !S_label_is(c, vp, "VP");)
                vp = S_node(c, vp)->next;
        }
    }
    return 0;
}

/* Does node hold a participle with its doer, outside clauses ("in a deal brokered by
 * China")? A PP of a verb phrase that holds one is an event of its own, with or without
 * a comma before it ("exchanged prisoners on Tuesday in a deal mediated by the United
 * Arab Emirates": the Emirates mediated, they were not exchanged with). With self, is
 * node itself that participle's verb phrase. */
static int S_by_participle(const S_ctx *c, int node, int self)
{
    const dyad_tree *t = c->t;
    size_t end = self ? (size_t)node + 1 : t->nn;
    for (size_t k = (size_t)node + !self;
         k < end && (self || t->n[k].depth > t->n[node].depth); k++) {
        const dyad_tnode *y = &t->n[k];
        if (!strcmp(y->label, "VP") && y->first >= 0 && S_isleaf(c, y->first) &&
            S_label_is(c, y->first, "VBN")) {
            int pp = S_node(c, y->first)->next;
            if (pp >= 0 && S_label_is(c, pp, "PP") && S_node(c, pp)->tok >= 0 &&
                !strcmp(c->up[S_node(c, pp)->tok], "BY"))
                return 1;
        }
    }
    return 0;
}

/* Is node a judgement of "as" and a clause without a subject ("dismissed the findings
 * (as controlled and directed by the West)")? With a participle and its doer in it,
 * whom it names did what the judgement says, not what the verb did: the verb's phrase
 * ends before it. */
static int S_as_clause(const S_ctx *c, int node)
{
    int as = S_node(c, node)->first, s = as >= 0 ? S_node(c, as)->next : -1;
    return S_label_is(c, node, "SBAR") && as >= 0 && S_isleaf(c, as) &&
           dyad_is(c->up[S_node(c, as)->tok], "AS") && s >= 0 && S_label_is(c, s, "S") &&
           S_node(c, s)->first >= 0 && S_label_is(c, S_node(c, s)->first, "VP");
}

/* Is verb phrase node an auxiliary "have" before its verb's phrase ("has said",
 * "had resumed talks")? It is no verb: the dictionary's HAVE patterns ("had a meeting
 * with") would read the whole phrase below it. */
static int S_have_aux(const S_ctx *c, int node)
{
    static const char *const have[] = {"HAVE", "HAS", "HAD", "HAVING", "'VE", "'D", NULL};
    const dyad_tnode *x = S_node(c, node);
    int is = dyad_among(c->up[S_node(c, x->first)->tok], have);
    for (int ch = S_node(c, x->first)->next; is && ch >= 0; ch = S_node(c, ch)->next)
        if (S_label_is(c, ch, "VP"))
            return 1;
    return 0;
}

static int S_linearize(S_ctx *c, int node, int flat)
{
    const dyad_tnode *x = S_node(c, node);
    if (x->word)
        return S_push(c, !strcmp(x->label, ",") ? I_COMMA : I_WORD, x->tok, -1);
    if (flat && !strcmp(x->label, "SBAR")) {
        for (int k = x->tok; k >= 0 && k < x->tok_end; k++)
            if (S_push(c, I_WORD, k, -1))
                return -1;
        return 0;
    }
    if (!strcmp(x->label, "NP") || c->nec[node] == 1)
        return S_np(c, node);
    int vci = -1;
    if (!strcmp(x->label, "VP") && x->first >= 0 && S_isleaf(c, x->first) &&
        !strncmp(S_node(c, x->first)->label, "VB", 2) && !S_have_aux(c, node)) {
        if (GROW(c, c->vc, c->nvc, c->capvc))
            return -1;
        vci = (int)c->nvc++;
        c->vc[vci].vp = node;
        c->vc[vci].verb_item = (int)c->nit; /* the first child's word comes next */
        c->vc[vci].end_own = -1;
    }
    int comma = -1; /* item of a comma child just before */
    for (int ch = x->first; ch >= 0; ch = S_node(c, ch)->next) {
        const dyad_tnode *y = S_node(c, ch);
        int vp = !strcmp(y->label, "VP");
        int start = comma >= 0 ? comma : (int)c->nit;
        if (c->cr && vci >= 0 && c->vc[vci].end_own < 0 &&
            ((comma >= 0 && (vp || !strcmp(y->label, "S"))) ||
             ((!strcmp(y->label, "PP") || S_as_clause(c, ch)) && S_by_participle(c, ch, 0)) ||
             (vp && y->first >= 0 && S_label_is(c, y->first, "VBG"))))
            c->vc[vci].end_own = start;
        comma = y->word && !strcmp(y->label, ",") ? (int)c->nit : -1;
        if (S_linearize(c, ch, flat))
            return -1;
        if (c->cr && vci >= 0 && c->vc[vci].end_own < 0 &&
            S_own_clause(c, ch, start, S_telling(c, x->first)))
            c->vc[vci].end_own = start;
    }
    if (vci >= 0) {
        c->vc[vci].end_item = (int)c->nit;
        if (c->vc[vci].end_own < 0)
            c->vc[vci].end_own = (int)c->nit;
    }
    return 0;
}

/* ---------------------------------------------------------------- patterns */

typedef struct S_loc {
    int item;  /* item index of the entity start marker, -1 none */
    int last;  /* item of the last pattern word matched (on the target's S_loc), -1 */
} S_loc;

static const char *S_itword(const S_ctx *c, int item)
{
    const S_item *x = &c->it[item];
    return x->type == I_WORD || x->type == I_COMMA ? c->up[x->tok] : NULL;
}

/* Entity start marker of the entity an entering marker belongs to. */
static int S_start_of(const S_ctx *c, const int *seq, int nseq, int ks, int upper)
{
    int e = c->it[seq[ks]].ent;
    if (!upper)
        return seq[ks];
    for (int k = ks; k < nseq; k++) {
        const S_item *x = &c->it[seq[k]];
        if ((x->type == I_NES || x->type == I_NECS) && x->ent == e)
            return seq[k];
    }
    return seq[ks];
}

/* A pattern matches only when each of its words is a word of the sentence and, for
 * each &SET in it, all words of one of the set's phrases are; with a big verb
 * dictionary most patterns fail so, and checking that against a set of the sentence's
 * words is much cheaper than running the matcher over the sentence for them. */
static int S_has_word(const S_ctx *c, const char *w)
{
    size_t h = (size_t)dyad_hash(w, strlen(w)) & (c->wcap - 1);
    for (; c->wset[h]; h = (h + 1) & (c->wcap - 1))
        if (!strcmp(c->up[c->wset[h] - 1], w))
            return 1;
    return 0;
}

/* May pattern tokens tk[0..ntk) match? The word set is made when first needed. */
static int S_may_match(S_ctx *c, const dyad_ptok *tk, int ntk)
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
            size_t h = (size_t)dyad_hash(c->up[k], strlen(c->up[k])) & (cap - 1);
            while (c->wset[h] && strcmp(c->up[c->wset[h] - 1], c->up[k]))
                h = (h + 1) & (cap - 1);
            c->wset[h] = (int)k + 1;
        }
    }
    for (int i = 0; i < ntk; i++) {
        if (tk[i].type == DYAD_PT_WORD && !S_has_word(c, dyad_dict_str(c->d, tk[i].word)))
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
                any = S_has_word(c, dyad_dict_word(c->d, p->w, j));
        }
        c->synok[tk[i].syn] = any ? 1 : 2;
        if (!any)
            return 0;
    }
    return 1;
}

static int S_syn_match(const S_ctx *c, const dyad_synset *sy, const int *seq, int nseq,
                       int ks, int upper)
{
    for (size_t i = 0; i < sy->n; i++) {
        const dyad_phrase *p = &c->d->phrase.v[sy->first + i];
        int ok = 1;
        for (int j = 0; j < p->n && ok; j++) {
            int k = ks + j;
            const char *w = k < nseq ? S_itword(c, seq[k]) : NULL;
            const char *pw = dyad_dict_word(c->d, p->w, upper ? p->n - 1 - j : j);
            ok = w && !strcmp(w, pw);
        }
        if (ok)
            return p->n;
    }
    return 0;
}

static int S_match(const S_ctx *c, const dyad_ptok *tk, int ntk, const int *seq, int nseq,
                   int upper, S_loc *src, S_loc *tgt)
{
    if (ntk == 0)
        return 1;
    if (nseq == 0)
        return 0;
    int kp = 0, ks = 0, inside = -1; /* inside: entity start item, -1 none */
    while (kp < ntk) {
        const S_item *x = &c->it[seq[ks]];
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
            int fits = inside >= 0 && (t->type != DYAD_PT_COMP || c->it[inside].type == I_NECS);
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
                    const S_item *y = &c->it[seq[ks]];
                    if (y->type >= I_NES && y->ent == e)
                        break;
                    ks++;
                }
                if (++kp >= ntk)
                    return 1;
                continue;
            }
            if (!t->gap)
                return 0;
            if (++ks >= nseq)
                return 0;
            continue;
        }
        int len = 0;
        if (t->type == DYAD_PT_SYN)
            len = S_syn_match(c, &c->d->syn.v[t->syn], seq, nseq, ks, upper);
        else {
            const char *w = S_itword(c, seq[ks]);
            len = w && !strcmp(w, dyad_dict_str(c->d, t->word));
        }
        if (len) {
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
static int S_coded(const S_ctx *c, int item)
{
    const S_item *x = &c->it[item];
    const S_ent *e = &c->ent[x->ent];
    int first = x->type == I_NECS ? e->first_mem : x->ent;
    int cnt = x->type == I_NECS ? e->nmem : 1;
    for (int i = 0; i < cnt; i++)
        if (strncmp(c->ent[first + i].code, "---", 3))
            return 1;
    return 0;
}

/* Codes of the entity at item: members of a compound, or the entity alone; a code
 * "A/B" written in the actor dictionary stands for both A and B. */
static int S_codes(const S_ctx *c, int item, char (*codes)[64], const S_ent **ents, int max)
{
    const S_item *x = &c->it[item];
    const S_ent *e = &c->ent[x->ent];
    int n = 0;
    int first = x->type == I_NECS ? e->first_mem : x->ent;
    int cnt = x->type == I_NECS ? e->nmem : 1;
    for (int i = 0; i < cnt && n < max; i++) {
        const S_ent *m = &c->ent[first + i];
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

static void S_code_or_phrase(const S_ctx *c, const S_ent *e, const char *code, char *out,
                             size_t cap)
{
    if (!strcmp(code, "---") && c->o->new_actor_length > 0 && e->nwords > 0 &&
        e->nwords <= c->o->new_actor_length)
        snprintf(out, cap, "\"%.60s\"", e->phrase);
    else
        snprintf(out, cap, "%s", code);
}

/* Is node a negation: RB "not", "n't" or "never", alone or as an ADVP's word? */
static int S_neg_word(const S_ctx *c, int node)
{
    const dyad_tnode *x = S_node(c, node);
    if (!x->word && !strcmp(x->label, "ADVP")) {
        for (int ch = x->first; ch >= 0; ch = S_node(c, ch)->next)
            if (S_neg_word(c, ch))
                return 1;
        return 0;
    }
    return x->word && !strcmp(x->label, "RB") &&
           (!strcmp(c->up[x->tok], "NOT") || !strcmp(c->up[x->tok], "N'T") ||
            !strcmp(c->up[x->tok], "NEVER"));
}

/* Is the verb of phrase vp negated: a negation before the verb as a child of its verb
 * phrase, of an enclosing one in the same clause, or of the clause itself ("China
 * (ADVP never) (VP attacked ...)")? */
static int S_negated(const S_ctx *c, int vp, int verb_tok)
{
    int p = vp, top = vp;
    for (; p >= 0 && S_label_is(c, p, "VP"); top = p, p = S_node(c, p)->parent)
        for (int ch = S_node(c, p)->first; ch >= 0; ch = S_node(c, ch)->next)
            if (S_node(c, ch)->tok < verb_tok && S_neg_word(c, ch))
                return 1;
    if (p < 0 || S_node(c, p)->label[0] != 'S' || S_label_is(c, p, "SBAR"))
        return 0;
    for (int ch = S_node(c, p)->first; ch >= 0 && ch != top; ch = S_node(c, ch)->next)
        if (S_neg_word(c, ch))
            return 1;
    return 0;
}

/* Is code a state's own: the state or its government, armed forces, police or
 * intelligence ("RUS", "RUSMIL", "ISRGOVMIL"), not its rebels, opposition or people? */
static int S_state_force(const char *code)
{
    if (!dyad_coref_state(code) || strlen(code) % 3)
        return 0;
    for (const char *r = code + 3; *r; r += 3)
        if (strncmp(r, "GOV", 3) && strncmp(r, "MIL", 3) && strncmp(r, "COP", 3) &&
            strncmp(r, "SPY", 3))
            return 0;
    return 1;
}

/* Is code a company of a state ("JPNBUS": "Honda Motor Co Ltd of Japan", "the company"),
 * not a minister of finance ("BELGOVBUS") or a lender of states ("IGOBUSIMF")? */
static int S_company(const char *code)
{
    return strlen(code) == 6 && !strcmp(code + 3, "BUS") && dyad_coref_state(code);
}

/* Is the head of entity e, its last word before any preposition, a name ("Japan",
 * "the United States"), not a noun of people or things ("an Australian writer", "dozens
 * of Palestinians")? */
static int S_name_head(const S_ctx *c, const S_ent *e)
{
    if (!e || e->tok0 < 0)
        return 0;
    int head = e->tok0;
    for (int k = e->tok0; k < e->tok1; k++) {
        const char *tag = S_node(c, c->t->tok_node[k])->label;
        if (dyad_is(tag, "IN") || dyad_is(tag, "TO"))
            break;
        head = k;
    }
    return dyad_after(S_node(c, c->t->tok_node[head])->label, "NNP") != NULL;
}

static int S_add_event(S_ctx *c, const char *src, const char *tgt, const char *code,
                       const S_ent *se, const S_ent *te)
{
    if (!strcmp(src, tgt))
        return 0;
    /* in an article, what a company agrees, signs, supplies or talks over with anyone,
     * or anyone with it, is commerce, not cooperation of states (roots 03 to 07: "a
     * Chinese company has won a contract to supply pumping stations for Cyprus", "the
     * company held talks with the National Union of Mineworkers"), and so is what it
     * eases or gives up (08: "Canadian banks eased in nervous trading"); the
     * humanitarian aid it gives (073) is still aid, and a businessman extradited (063)
     * or freed (08 by a state) is still a matter of states */
    if (c->cr && code[0] == '0' && code[1] >= '3' && code[1] <= '8' && strcmp(code, "073") &&
        strcmp(code, "063") && (S_company(src) || (code[1] != '8' && S_company(tgt))))
        return 0;
    /* in an article, a state's own office, people or firm can say, offer, give or
     * agree nothing to the bare state itself (roots 01 to 07): such a target is a
     * thing of the state's, "Italy's willingness", "German industry", "U.S. national
     * security", "a facility in upstate New York"; its people and offices carry agents
     * ("urged the president", "pleading with civilians") */
    if (c->cr && code[0] == '0' && code[1] >= '1' && code[1] <= '7' && strlen(tgt) == 3 &&
        strlen(src) > 3 && !strncmp(src, tgt, 3) && dyad_coref_state(tgt))
        return 0;
    /* in an article, a state named is charged with no crime in a court: "charged Japan
     * with violating GATT rules" accuses it (112); its people ("an Australian writer")
     * are charged (173), as people are arrested */
    if (c->cr && !strcmp(code, "173") && dyad_after(c->up[c->verb_tok0], "CHARG") &&
        strlen(tgt) == 3 && dyad_coref_state(tgt) && S_name_head(c, te))
        code = "112";
    /* in an article, unconventional violence ("attacked several villages", "killed
     * civilians": 180) is what irregulars do; a state's own forces doing it use force
     * as states do (19, as "armed forces killing people") */
    if (c->cr && !strcmp(code, "180") && S_state_force(src))
        code = "190";
    /* the doer is remembered even when the target is unknown: "the killings" */
    if (c->cr && dyad_coref_event(c->cr, src, code, NULL) != DYAD_OK) {
        c->oom = 1;
        return -1;
    }
    /* in an article, an actor coreference could not name is unknown too ("---GOV") */
    size_t unk = c->cr ? 3 : 4;
    if (c->o->require_dyad && (!strncmp(src, "---", unk) || !strncmp(tgt, "---", unk)))
        return 0;
    dyad_coding *o = c->out;
    for (size_t i = 0; i < o->n; i++)
        if (!strcmp(o->ev[i].source, src) && !strcmp(o->ev[i].target, tgt) &&
            !strcmp(o->ev[i].code, code))
            return 0;
    if (dyad_vec_grow((void **)&o->ev, &o->cap, o->n, sizeof *o->ev)) {
        c->oom = 1;
        return -1;
    }
    dyad_coded_event *e = &o->ev[o->n++];
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
    if (c->threat_to >= 0) {
        const S_ent *ce = &c->ent[c->it[c->threat_to].ent];
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
static int S_quoted_sentence_end(const S_ctx *c, int k)
{
    if (c->it[k].type != I_WORD || strcmp(c->up[c->it[k].tok], "''") || k == 0 ||
        c->it[k - 1].type != I_WORD)
        return 0;
    const char *p = c->up[c->it[k - 1].tok];
    return !strcmp(p, "?") || !strcmp(p, "!") || !strcmp(p, ".");
}

/* Sequences: upper = items before the verb back to a comma, nearest first; lower =
 * items after the verb to the end of its verb phrase. When a multi-word verb ends
 * inside an entity ("expressed condolences [to Morocco]"), the lower sequence opens
 * with the start markers of the entities still open there, so that the rest of the
 * phrase is read as theirs ("(TO +)"). */
static int S_sequences(S_ctx *c, int verb_item, int first_item, int last_item, int end_item,
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
    for (int k = last_item + 1; k < end_item; k++)
        if (!c->del[k])
            c->seq_low[(*nlow)++] = k;
    return 0;
}

/* In an article, a participle set off by a comma ("An Islamic State suicide bomber
 * struck crowds outside Kabul airport, killing 13 U.S. service members") has no words
 * before it, so the patterns that name the doer ("{SUICIDE BOMBER} *": a suicide
 * bombing) could not read its doer: the words of its clause's subject stand there, in
 * c->seq_up, nearest first. Returns their number, 0 for none. */
static int S_subject(const S_ctx *c, int vp, int before, int *embedded);

static int S_participle_doer(S_ctx *c, int vp, int first)
{
    int v = S_node(c, vp)->first, emb, n = 0;
    if (v < 0 || !S_label_is(c, v, "VBG") || first < 1 || c->it[first - 1].type != I_COMMA)
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

/* The nearest entity before the verb, the nearest coded one if any; -1 none. */
static int S_nearest(const S_ctx *c, const int *up, int nup)
{
    int any = -1;
    for (int k = 0; k < nup; k++) {
        int t = c->it[up[k]].type;
        if (t == I_NECS || (t == I_NES && S_coded(c, up[k])))
            return up[k];
        if (t == I_NES && any < 0)
            any = up[k];
    }
    return any;
}

/* The entity of phrase node among items [0, before) still in the sentence: the first
 * coded one, else an uncoded one; -1 when none. Not one of a clause within the
 * phrase, a relative clause coded as a clause of its own: "The government, which
 * believed the vessels were the Chinese military's, demanded ..." is the government's
 * demand. While the sentence is linearised no item is deleted yet (c->del NULL). */
static int S_phrase_entity(const S_ctx *c, int node, int before)
{
    const dyad_tnode *sn = S_node(c, node);
    int any = -1;
    for (int k = 0; k < before; k++) {
        const S_item *x = &c->it[k];
        if ((c->del && c->del[k]) || (x->type != I_NES && x->type != I_NECS))
            continue;
        const S_ent *e = &c->ent[x->ent];
        if (e->tok0 < sn->tok || e->tok1 > sn->tok_end)
            continue;
        int p = c->t->tok_node[e->tok0];
        while (p >= 0 && p != node && !S_label_is(c, p, "SBAR"))
            p = S_node(c, p)->parent;
        if (p != node)
            continue; /* in a clause of the phrase */
        if (x->type == I_NECS || S_coded(c, k))
            return k;
        if (any < 0)
            any = k;
    }
    return any;
}

/* In an article: the subject of the clause of verb phrase vp, as the entity of its
 * subject phrase before item `before` (S_phrase_entity); -1 when the clause has no
 * subject of its own, or when it is an office without a country in an embedded clause
 * ("officials said that Prime Minister X would ...": X is theirs, as PETRARCH reads
 * it). *embedded tells whether the clause is embedded ("X said [Y attacked Z]"). */
static int S_subject(const S_ctx *c, int vp, int before, int *embedded)
{
    int top = vp;
    *embedded = 0;
    while (S_node(c, top)->parent >= 0 && S_label_is(c, S_node(c, top)->parent, "VP"))
        top = S_node(c, top)->parent;
    int s = S_node(c, top)->parent;
    if (s < 0 || S_node(c, s)->label[0] != 'S' || S_label_is(c, s, "SBAR"))
        return -1;
    for (int p = S_node(c, s)->parent; p >= 0 && !*embedded; p = S_node(c, p)->parent)
        *embedded = S_label_is(c, p, "SBAR") || S_label_is(c, p, "VP");
    int subj = -1;
    for (int ch = S_node(c, s)->first; ch >= 0 && ch != top; ch = S_node(c, ch)->next)
        if (S_label_is(c, ch, "NP"))
            subj = ch;
    /* an infinitive complement without a subject of its own is done by its verb's
     * subject ("said Washington seeks to weaponize the Council"), when the verb has no
     * object it could be done by ("urged Israel to stop") */
    int up = S_node(c, s)->parent, to = S_node(c, top)->first, obj = 0;
    for (int ch = up >= 0 ? S_node(c, up)->first : -1; ch >= 0 && ch != s;
         ch = S_node(c, ch)->next)
        obj |= S_label_is(c, ch, "NP");
    if (subj < 0 && c->cr && !obj && S_label_is(c, s, "S") && up >= 0 &&
        S_label_is(c, up, "VP") && to >= 0 && S_label_is(c, to, "TO"))
        return S_subject(c, up, before, embedded);
    /* a subject's relative clause is done by the phrase it is of */
    int ant = S_subject_relative(c, s, before);
    if (ant >= 0) {
        *embedded = 1;
        return ant;
    }
    int any = subj >= 0 ? S_phrase_entity(c, subj, before) : -1;
    if (*embedded && any >= 0 && c->it[any].type == I_NES && !S_coded(c, any)) {
        int toks[CR_MAXW];
        const char *w[CR_MAXW], *tag[CR_MAXW];
        dyad_cr_np np;
        S_span_np(c, &c->ent[c->it[any].ent], toks, w, tag, &np);
        if (dyad_coref_office(&np))
            return -1;
    }
    return any;
}

/* In an article: the doer of a subjectless adverbial clause, the subject of the clause
 * it modifies ("Funaro met Baker before travelling to Europe", "After meeting Putin, Xi
 * said ..."): 1 with *ent its entity (-1: the subject is no entity) when vp heads such a
 * clause, else 0. Without it the nearest coded phrase before the verb, often the main
 * verb's object ("explaining Brazil's actions to Baker before travelling to Europe"),
 * was taken for the traveller. */
static int S_adjunct_doer(const S_ctx *c, int vp, int *ent)
{
    int top = vp;
    while (S_node(c, top)->parent >= 0 && S_label_is(c, S_node(c, top)->parent, "VP"))
        top = S_node(c, top)->parent;
    int s = S_node(c, top)->parent;
    if (s < 0 || !S_label_is(c, s, "S"))
        return 0;
    for (int ch = S_node(c, s)->first; ch >= 0 && ch != top; ch = S_node(c, ch)->next)
        if (S_label_is(c, ch, "NP"))
            return 0;
    int sub = S_node(c, s)->parent;
    if (sub < 0 || (!S_label_is(c, sub, "SBAR") && !S_label_is(c, sub, "PP")))
        return 0;
    int head = S_node(c, sub)->first;
    if (head < 0 || head == s || !S_label_is(c, head, "IN"))
        return 0;
    int up = S_node(c, sub)->parent, subj = -1;
    if (up >= 0 && S_label_is(c, up, "VP")) {
        while (S_node(c, up)->parent >= 0 && S_label_is(c, S_node(c, up)->parent, "VP"))
            up = S_node(c, up)->parent;
        int cl = S_node(c, up)->parent;
        if (cl < 0 || !S_label_is(c, cl, "S"))
            return 0;
        for (int ch = S_node(c, cl)->first; ch >= 0 && ch != up; ch = S_node(c, ch)->next)
            if (S_label_is(c, ch, "NP"))
                subj = ch;
    } else if (up >= 0 && S_label_is(c, up, "S")) {
        /* fronted: the first subject after it */
        for (int ch = S_node(c, sub)->next; ch >= 0 && subj < 0; ch = S_node(c, ch)->next)
            if (S_label_is(c, ch, "NP"))
                subj = ch;
            else if (S_label_is(c, ch, "VP"))
                break;
    }
    if (subj < 0)
        return 0;
    *ent = S_phrase_entity(c, subj, (int)c->nit);
    if (S_event_ref(c, *ent))
        *ent = -1; /* an act does nothing: "the move would not deter it from supporting" */
    return 1;
}

/* Is the clause of verb phrase vp a clause coordinated after another one ("(S (S Iran
 * attacked Israel) (CC and) (S the United States condemned Tehran))")? Its subject is
 * its verb's doer, not the first actor of the sentence, also with no comma between
 * the clauses to end the words before the verb. */
static int S_conj_clause(const S_ctx *c, int vp)
{
    int top = vp;
    while (S_node(c, top)->parent >= 0 && S_label_is(c, S_node(c, top)->parent, "VP"))
        top = S_node(c, top)->parent;
    int s = S_node(c, top)->parent;
    if (s < 0 || !S_label_is(c, s, "S") || S_node(c, s)->parent < 0 ||
        !S_label_is(c, S_node(c, s)->parent, "S"))
        return 0;
    int before = 0, cc = 0;
    for (int ch = S_node(c, S_node(c, s)->parent)->first; ch >= 0 && ch != s;
         ch = S_node(c, ch)->next) {
        before |= S_label_is(c, ch, "S");
        cc = before && S_node(c, ch)->word && S_label_is(c, ch, "CC");
    }
    return before && cc;
}

/* In an article: is item `item` only where something else happened, a place inside a
 * phrase before the verb that is no setting of the whole clause ("a trial opened in
 * Paris over the bombing that killed ...", "has been in Japan exchanging views with
 * the OECD")? Such a place does nothing; a fronted setting of the clause ("In
 * Beijing, the ministry condemned ...") still stands for its state, and people of a
 * place ("mine owners in Malaysia") are its people. */
static int S_mere_place(const S_ctx *c, int item)
{
    if (!c->cr || c->it[item].type != I_NES)
        return 0;
    const S_ent *e = &c->ent[c->it[item].ent];
    if (!S_place_prep(c, e->tok0 - 1))
        return 0; /* "mine owners in Malaysia" are still Malaysia's */
    int pp = S_node(c, c->t->tok_node[e->tok0 - 1])->parent;
    int up = pp >= 0 ? S_node(c, pp)->parent : -1;
    return !(pp >= 0 && S_label_is(c, pp, "PP") && up >= 0 && S_label_is(c, up, "S"));
}

/* The doer by position: the last actor before the verb, coded ones first, none that
 * is only a place (S_mere_place) nor an act named by its kind, which is a doer only as
 * its clause's subject ("The seizure came two weeks after British marines helped
 * detain an Iranian tanker": the marines detain). */
static int S_find_source(const S_ctx *c, const int *up, int nup)
{
    for (int k = nup - 1; k >= 0; k--) {
        const S_item *x = &c->it[up[k]];
        if ((x->type == I_NECS || (x->type == I_NES && S_coded(c, up[k]))) &&
            !S_mere_place(c, up[k]) && !S_event_ref(c, up[k]))
            return up[k];
    }
    for (int k = nup - 1; k >= 0; k--)
        if (c->it[up[k]].type == I_NES && !S_mere_place(c, up[k]) && !S_event_ref(c, up[k]))
            return up[k];
    return -1;
}

static int S_same_prefix(const S_ctx *c, int item, const char *src)
{
    if (!src)
        return 0;
    const S_item *x = &c->it[item];
    if (x->type != I_NES)
        return 0;
    return !strncmp(c->ent[x->ent].code, src, strlen(src));
}

/* Is an event of this code said or agreed somewhere rather than done to a place, so
 * that in an article the place it happened in is no other party: "pledged in Paris to
 * boost demand", "started negotiations with its creditor banks in New York", "rejected
 * the allegations during a press conference", "IRNA, received in London, said" (roots
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

/* In an article, the first token of the embedded clause verb phrase vp heads ("Iraq
 * said [its forces killed ...]"), whose reporter is no party of its events; -1 when
 * the clause is not embedded. */
static int S_embedded_start(const S_ctx *c, int vp)
{
    int top = vp, embedded = 0;
    while (S_node(c, top)->parent >= 0 && S_label_is(c, S_node(c, top)->parent, "VP"))
        top = S_node(c, top)->parent;
    int s = S_node(c, top)->parent;
    if (!c->cr || s < 0 || S_node(c, s)->label[0] != 'S' || S_label_is(c, s, "SBAR"))
        return -1;
    for (int p = S_node(c, s)->parent; p >= 0 && !embedded; p = S_node(c, p)->parent)
        embedded = S_label_is(c, p, "SBAR") || S_label_is(c, p, "VP");
    return embedded ? S_node(c, s)->tok : -1;
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
static int S_own_country(const S_ctx *c, int item, int src, const char *code)
{
    if (!c->cr || !S_sanction_code(code) || item < 0 || src < 0 ||
        c->it[item].type != I_NES || c->it[src].type != I_NES)
        return 0;
    const char *t = c->ent[c->it[item].ent].code;
    return strlen(t) == 3 && !strncmp(t, c->ent[c->it[src].ent].code, 3);
}

/* Is entity e the teller of the whole sentence, named after a comma with a verb of
 * saying that closes the sentence ("..., an Arab newspaper reported on Tuesday.",
 * "..., EC sources said.", "..., the association's chairman Frits van Horick said.")?
 * The parser often draws it into the clause before, whose events it is no party of. */
static int S_closing_teller(const S_ctx *c, const S_ent *e)
{
    int ntok = (int)c->t->ntok, k = e->tok0 - 1;
    if (k >= 0 && S_label_is(c, c->t->tok_node[k], "DT"))
        k--;
    if (k < 0 || strcmp(c->up[k], ","))
        return 0;
    for (k = e->tok1; k < ntok && k < e->tok1 + 4 && S_label_is(c, c->t->tok_node[k], "NNP");)
        k++; /* the name after a title */
    if (k >= ntok || strncmp(S_node(c, c->t->tok_node[k])->label, "VB", 2) ||
        !(dyad_coref_say_word(c->up[k], strlen(c->up[k])) || !strcmp(c->up[k], "REPORTED")))
        return 0;
    for (k++; k < ntok; k++)
        if (!strcmp(c->up[k], ",") || !strncmp(S_node(c, c->t->tok_node[k])->label, "VB", 2))
            return 0;
    return 1;
}

/* Is entity e a point of reference for where something was, a place named after a
 * distance and a direction ("attacked the platform about 120 miles east of Bahrain",
 * "some 80 km (50 miles) west of Kharg island"), which lies away from it? */
static int S_reference_place(const S_ctx *c, const S_ent *e)
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

/* The code of the reporter of the clause of verb phrase vp (S_reporter) when it is a
 * state's own (S_state_force) and the doer at item src, another phrase, that state's
 * forces, police or intelligence: such a state telling of what its forces did is no
 * party of it under another of its names ("Iraq said its warplanes attacked two large
 * naval targets -- Baghdad's usual term for oil tankers -- in the Gulf"); NULL
 * otherwise. */
static int S_reporter(const S_ctx *c, int vp, int vitem, int *say_tok);

static const char *S_reporting_state(const S_ctx *c, int vp, int vitem, int src,
                                     const char *sc)
{
    int rep = c->cr && sc ? S_reporter(c, vp, vitem, NULL) : -1;
    if (rep < 0 || rep == src || c->it[rep].type != I_NES || !S_coded(c, rep))
        return NULL;
    const char *rc = c->ent[c->it[rep].ent].code;
    if (!S_state_force(rc) || !S_state_force(sc) || !dyad_coref_same_actor(rc, sc))
        return NULL;
    for (const char *r = sc + 3; *r; r += 3)
        if (!strncmp(r, "MIL", 3) || !strncmp(r, "COP", 3) || !strncmp(r, "SPY", 3))
            return rc;
    return NULL;
}

/* Does item name only that reporting state rc (members it knows nothing of aside): by
 * its name, its capital, its government or forces, not people of its country its
 * adjective names ("Japanese chip-makers")? */
static int S_reporter_again(const S_ctx *c, int item, const char *rc)
{
    char codes[64][64];
    const S_ent *ents[64];
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

static int S_find_target(S_ctx *c, const int *up, int nup, const int *low, int nlow,
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
        if (c->it[low[k]].type == I_NES && !S_coded(c, low[k]))
            S_recheck_one(c, low[k], src, 1);
    /* coded and not the source; then a phrase that refers back to the source's actor
     * (resolved again for the event: "Xi greeted him"); then uncoded */
    int own = -1; /* the doer's own country or the verb's own noun, when no one else is
                     found after the verb */
    for (int pass = 0; pass < 3; pass++)
        for (int k = 0; k < nlow; k++) {
            int t = c->it[low[k]].type;
            if (t != I_NES && t != I_NECS)
                continue;
            const S_ent *e = &c->ent[c->it[low[k]].ent];
            if ((c->cr && (S_closing_teller(c, e) || S_reference_place(c, e))) ||
                S_reporter_again(c, low[k], rc))
                continue;
            int coded = S_coded(c, low[k]);
            if (pass == 0 && own < 0 && S_own_country(c, low[k], src, code))
                own = low[k];
            else if (pass == 0 && coded && !S_same_prefix(c, low[k], sc))
                return low[k];
            if (pass == 1 && coded && t == I_NES && c->ent[c->it[low[k]].ent].cr_try)
                return low[k];
            /* not the verb's own noun ("launched an offensive against ...") */
            if (pass == 2 && t == I_NES && !coded && c->cr && own < 0 &&
                e->tok0 >= c->verb_tok0 && e->tok1 <= c->verb_tok1 + 1)
                own = low[k];
            else if (pass == 2 && t == I_NES && !coded)
                return low[k];
        }
    if (own >= 0)
        return own;
    const S_ent *se = src >= 0 ? &c->ent[c->it[src].ent] : NULL;
    for (int pass = 0; pass < 2; pass++)
        for (int k = 0; k < nup; k++) {
            int t = c->it[up[k]].type;
            const S_ent *e = &c->ent[c->it[up[k]].ent];
            if ((t != I_NES && t != I_NECS) ||
                (se && e->tok0 >= se->tok0 && e->tok1 <= se->tok1) || e->tok0 < from)
                continue; /* the source, or one of its members; the reporter */
            if (pass == 0 && S_coded(c, up[k]) && !S_same_prefix(c, up[k], sc))
                return up[k];
            if (pass == 1 && t == I_NES && !S_coded(c, up[k]) && up[k] != src)
                return up[k];
        }
    return -1;
}

/* Compound members nothing is known of are left out when other members are known. */
static int S_drop_unknown(char (*codes)[64], const S_ent **ents, int n)
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
static int S_possessed(const S_ctx *c, const S_ent *e)
{
    return c->cr && e->cr_try && S_label_is(c, c->t->tok_node[e->tok0], "PRP$");
}

/* Is entity e a thing of the actor a possessive pronoun refers to ("his appeal", not
 * "his army"), which stands for that actor on either side? */
static int S_own_thing(const S_ctx *c, const S_ent *e)
{
    return S_possessed(c, e) && !strcmp(e->own, "---");
}

static int S_item_of_tok(const S_ctx *c, int from, int to, int tok);
static int S_make_events(S_ctx *c, int src, int tgt, const char *code, int passive);

/* In an article, who reports the verb phrase vp (verb word at item vitem): the subject
 * of a verb of saying or alleging whose clause holds it ("The United States said Iran
 * is defying the Security Council") or follows it after a comma ("..., Moscow
 * said."), or the speaker of the quotation it is in
 * ("'the American side has violated the signed agreement,' Akhundzada alleged"),
 * also through a complement ("said Washington seeks to weaponize the Council").
 * The reporter's item, or -1; *say (when not NULL) the token of the verb of saying,
 * whose modality is the report's. */
static int S_reporter(const S_ctx *c, int vp, int vitem, int *say_tok)
{
    for (int p = S_node(c, vp)->parent; p >= 0; p = S_node(c, p)->parent) {
        int q = S_node(c, p)->parent;
        if (!(S_label_is(c, p, "SBAR") || S_label_is(c, p, "S")) || q < 0 ||
            !S_label_is(c, q, "VP"))
            continue;
        int v = S_node(c, q)->first;
        if (v < 0 || !S_isleaf(c, v) || strncmp(S_node(c, v)->label, "VB", 2))
            return -1;
        const char *vw = c->up[S_node(c, v)->tok];
        int say_verb = dyad_coref_say_word(vw, strlen(vw));
        int s = S_label_is(c, p, "S") ? p : -1, subject = 0;
        for (int ch = S_node(c, p)->first; s < 0 && ch >= 0; ch = S_node(c, ch)->next)
            if (S_label_is(c, ch, "S"))
                s = ch; /* "(SBAR (IN to) (S (VP ...)))" */
        for (int ch = s >= 0 ? S_node(c, s)->first : -1; ch >= 0; ch = S_node(c, ch)->next)
            subject |= S_label_is(c, ch, "NP");
        /* a complement without a subject of its own is its verb's doing, reported as
         * that verb is ("Niger said France had been working to destabilise it") */
        if (!say_verb && s >= 0 && !subject)
            continue;
        if (!say_verb)
            break; /* under another verb: reported only as part of a quotation, by its
                    * speaker ("'They know that they need to return the S-400,' an
                    * official said") */
        int vi = S_item_of_tok(c, 0, (int)c->nit, S_node(c, v)->tok), emb;
        if (say_tok)
            *say_tok = S_node(c, v)->tok;
        return vi >= 0 ? S_subject(c, q, vi, &emb) : -1;
    }
    /* a teller after the clause and a comma, without quotation marks: "(S (S Any
     * Iranian attack will bring a response) , (NP a Soviet official) (VP said) .)" */
    int cl = S_node(c, vp)->parent;
    while (cl >= 0 && S_label_is(c, cl, "VP"))
        cl = S_node(c, cl)->parent;
    int up = cl >= 0 && S_label_is(c, cl, "S") ? S_node(c, cl)->parent : -1;
    int comma = cl >= 0 ? S_node(c, cl)->next : -1;
    int np = comma >= 0 && S_label_is(c, comma, ",") ? S_node(c, comma)->next : -1;
    int say = np >= 0 && S_label_is(c, np, "NP") ? S_node(c, np)->next : -1;
    int sv = say >= 0 && S_label_is(c, say, "VP") ? S_node(c, say)->first : -1;
    if (up >= 0 && S_label_is(c, up, "S") && sv >= 0 && S_isleaf(c, sv) &&
        !strncmp(S_node(c, sv)->label, "VB", 2) &&
        dyad_coref_say_word(c->up[S_node(c, sv)->tok], strlen(c->up[S_node(c, sv)->tok]))) {
        int rep = S_phrase_entity(c, np, (int)c->nit);
        if (rep >= 0 && say_tok)
            *say_tok = S_node(c, sv)->tok;
        if (rep >= 0)
            return rep;
    }
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
static int S_addressee(const S_ctx *c, int vp)
{
    for (int p = S_node(c, vp)->parent; p >= 0; p = S_node(c, p)->parent) {
        int q = S_node(c, p)->parent;
        if (!S_label_is(c, p, "SBAR") || q < 0 || !S_label_is(c, q, "VP"))
            continue;
        int v = S_node(c, q)->first;
        if (v < 0 || !S_telling(c, v))
            return -1;
        for (int ch = S_node(c, v)->next; ch >= 0 && ch != p; ch = S_node(c, ch)->next)
            if (S_label_is(c, ch, "NP"))
                for (int k = 0; k < (int)c->nit; k++)
                    if (c->it[k].type == I_NES &&
                        c->ent[c->it[k].ent].tok0 >= S_node(c, ch)->tok &&
                        c->ent[c->it[k].ent].tok1 <= S_node(c, ch)->tok_end && S_coded(c, k))
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
static int S_other_reporter(const S_ctx *c, int vp, int vitem, int src, int each,
                            int *say_tok)
{
    int rep = S_reporter(c, vp, vitem, say_tok);
    if (rep < 0 || rep == src || !S_coded(c, rep) || !S_coded(c, src))
        return rep == src ? -1 : rep;
    char rc[64][64], sc[64][64];
    const S_ent *re[64], *se[64];
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

/* In an article, what a clause reported by someone of another country says of its
 * doer at item src is that one's act towards it (code): a violation its accusation
 * (112: "The United States said Iran is flagrantly defying the U.N. Security Council"
 * is USA->IRN 112), a judgement of the clause's subject its criticism (111: "Trump
 * said the EU is one of the most hostile taxing authorities" is USA->EU), a duty its
 * appeal or demand (S_duty: "Rubio said Russia and Ukraine need to make concessions"
 * is USA->RUS and USA->UKR 020). The event is read at the verb of saying when there
 * is one, as the report's own: a charge is made however the clause hedges what it
 * charges ("said Washington was trying to smear China"), though a negated clause
 * charges no one; with duty, the duty has not been done, the appeal has been made
 * ("should not" asks to refrain), and a verb of saying is needed. 1 when made, 0 not
 * such a report, -1 ENOMEM. */
static int S_reported_before(S_ctx *c, int vitem, int src, const char *code, int duty);

static int S_reported_as(S_ctx *c, int vp, int vitem, int src, const char *code, int duty)
{
    int say = -1, rep = S_other_reporter(c, vp, vitem, src, 0, &say);
    if (rep < 0 && say < 0)
        return S_reported_before(c, vitem, src, code, duty);
    if (rep < 0 || !S_coded(c, rep) || !S_coded(c, src) || (duty && say < 0))
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

/* The same for the words of a quotation whose speaker is named in a sentence before
 * (S_quote_speaker): the speaker's act towards each actor of the doer at item src
 * that is not the speaker's own side ("'We will not give up,' Zelenskiy said. 'Russia
 * must leave our land.'": UKR->RUS 100; "we must protect our borders" asks no one). */
static int S_reported_before(S_ctx *c, int vitem, int src, const char *code, int duty)
{
    int tok = c->it[vitem].tok;
    if (!c->spk_before[0] || !c->inq || tok < 0 || !c->inq[tok] || !S_coded(c, src))
        return 0;
    char sc[64][64];
    const S_ent *se[64];
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

/* Is verb phrase vp a duty its clause's subject is told of: its verb (or one of verbs
 * joined by "and") under "should" or "must", or "need(s) to", "has/have to", "ought
 * to" (also "will have to"), or bare after "insist that", none of them negated ("does not need to" is no duty;
 * "should not" is one, to refrain)? Returns the code of the telling, a demand (100)
 * for "must", else an appeal (020), and sets *subj to the subject's item; NULL when
 * not a duty, when the subject does not come before it ("Should NATO send troops?"
 * asks) or when a purpose does (a condition of it, no one's appeal: "the law says
 * that to qualify for the program, China must be a member"), and for knowing ("U.S.
 * lawmakers must understand they will get nowhere" warns) or a passive. */
static int S_be_adjective(const S_ctx *c, int k);

static const char *S_duty(const S_ctx *c, int vp, int *subj)
{
    static const char *const know[] = {"KNOW", "UNDERSTAND", "REALIZE", "REALISE",
                                       "REMEMBER", NULL};
    const dyad_tnode *x = S_node(c, vp);
    int p = x->parent;
    while (p >= 0 && S_label_is(c, p, "VP") && S_label_is(c, S_node(c, p)->first, "VP"))
        p = S_node(c, p)->parent; /* "must stop killing civilians and return to talks" */
    int md = p >= 0 && S_label_is(c, p, "VP") && S_label_is(c, S_node(c, p)->first, "MD");
    int at = S_node(c, md ? S_node(c, p)->first : x->first)->tok;
    int refrain = md && (!strcmp(c->up[at], "MUST") || !strcmp(c->up[at], "SHOULD"));
    const char *code = !refrain ? NULL : !strcmp(c->up[at], "MUST") ? "100" : "020";
    int act = x->tok; /* the verb of what the subject is to do */
    /* "need to", right after the verb: "will need more financing to recover" needs money */
    int ch = S_node(c, x->first)->next;
    int to = ch >= 0 && S_label_is(c, ch, "S") ? S_node(c, ch)->first : -1;
    if (!code && (!md || !strcmp(c->up[at], "WILL")) && dyad_duty_word(c->up[x->tok]) &&
        to >= 0 && S_label_is(c, to, "VP") && S_label_is(c, S_node(c, to)->first, "TO") &&
        dyad_is(c->up[S_node(c, to)->tok], "TO")) { /* the word, which the filter seeks */
        code = "020";
        at = x->tok;
        act = S_node(c, to)->tok + 1;
    }
    /* "insisted that Armenia drop its claims": a bare verb after "insist that" is a duty
     * (not "insisted that Ukraine attacked first") */
    int sb = p >= 0 && S_label_is(c, p, "S") ? S_node(c, p)->parent : -1;
    int q = sb >= 0 && S_label_is(c, sb, "SBAR") ? S_node(c, sb)->parent : -1;
    if (!code && !md && S_label_is(c, x->first, "VB") && q >= 0 && S_label_is(c, q, "VP") &&
        S_isleaf(c, S_node(c, q)->first) &&
        !strncmp(c->up[S_node(c, S_node(c, q)->first)->tok], "INSIST", 6))
        code = "100";
    /* what someone "must understand" or "should know" it is warned of, not asked to do;
     * what "must be followed" is no doer's ("Democracy in Latin America must not be
     * endangered") */
    if (act < (int)c->t->ntok && dyad_among(c->up[act], know))
        code = NULL;
    /* nor does a clause of "that" under a negated verb ask anything ("We can never
     * accept that Greece should confine us", "does not believe that Iran must") */
    int cl = vp;
    while (cl >= 0 && !S_label_is(c, cl, "S"))
        cl = S_node(c, cl)->parent;
    int sbar = cl >= 0 ? S_node(c, cl)->parent : -1;
    int above = sbar >= 0 && S_label_is(c, sbar, "SBAR") ? S_node(c, sbar)->parent : -1;
    if (code && above >= 0 && S_label_is(c, above, "VP") &&
        S_negated(c, above, S_node(c, S_node(c, above)->first)->tok))
        code = NULL;
    int pv = act < (int)c->t->ntok ? S_be_adjective(c, act) : -1;
    if (pv >= 0 && S_label_is(c, c->t->tok_node[pv], "VBN"))
        code = NULL;
    int emb;
    *subj = code ? S_subject(c, vp, (int)c->nit, &emb) : -1;
    if (*subj < 0 || c->ent[c->it[*subj].ent].tok1 > at)
        return NULL;
    for (int k = c->ent[c->it[*subj].ent].tok1; k < at && !refrain; k++)
        if (!strcmp(c->up[k], "NOT") || !strcmp(c->up[k], "N'T") ||
            !strcmp(c->up[k], "NEVER"))
            return NULL;
    for (int k = c->ent[c->it[*subj].ent].tok0 - 1; k > 0; k--) {
        const char *tag = S_node(c, c->t->tok_node[k])->label;
        int inf = S_label_is(c, c->t->tok_node[k - 1], "TO");
        if (!strcmp(tag, "VB") && inf)
            return NULL; /* "to qualify for the program, ..." */
        if (!strcmp(tag, "``") || !strcmp(c->up[k], "THAT") ||
            (!strncmp(tag, "VB", 2) && !inf))
            break;
    }
    return code;
}

/* Whom an event made earlier in the sentence (one of the first nev) makes the other
 * party of doer's event, or NULL. */
typedef const char *(*S_party_fn)(const S_ctx *c, size_t nev, const dyad_coded_event *e,
                                  const char *doer);

/* For each known actor of item src, an event of `code` towards the party that `party`
 * finds in each event made earlier in the sentence; with party NULL, towards whoever
 * used force against it in the sentence before (dyad_coref_forced_by), for the first
 * actor with any. 1 when some were made, 0 none, -1 ENOMEM. */
static int S_towards_earlier(S_ctx *c, int src, const char *code, S_party_fn party)
{
    char sc[64][64];
    const S_ent *se[64];
    int ns = S_codes(c, src, sc, se, 64), made = 0;
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
            } else if ((k = dyad_coref_forced_by(c->cr, sc[i], k, other, sizeof other)) < 0) {
                break;
            }
            if (S_add_event(c, sc[i], other, code, se[i], NULL))
                return -1;
            made = 1;
        }
    }
    return made;
}

/* The doer of an event against doer's own actor. */
static const char *S_acted_on(const S_ctx *c, size_t nev, const dyad_coded_event *e,
                              const char *doer)
{
    (void)c;
    (void)nev;
    if (e->negated || !dyad_coref_same_actor(e->target, doer) ||
        dyad_coref_same_actor(e->source, doer) || !strncmp(e->source, "---", 3))
        return NULL;
    return e->source;
}

/* In an article, a threat or warning that names no one is aimed at whoever did
 * something to its doer's country earlier in the sentence: "The European Union imposed
 * tariffs on electric cars made in China, prompting Beijing to warn of retaliation",
 * "The United States raised tariffs on Chinese goods, and Beijing vowed to take
 * countermeasures". 1 when such events were made, 0 none, -1 ENOMEM. */
static int S_threat_back(S_ctx *c, int src, const char *code)
{
    int made = S_towards_earlier(c, src, code, S_acted_on);
    /* none in this sentence: whoever used force against it in the sentence before
     * ("The United States and Britain struck Houthi targets in Yemen on Friday. The
     * Houthis vowed to retaliate") */
    return made ? made : S_towards_earlier(c, src, code, NULL);
}

/* A party of a reciprocal event (one whose mirror is among the first nev) that is not
 * the doer. */
static const char *S_mutual_party(const S_ctx *c, size_t nev, const dyad_coded_event *e,
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
 * mediator's event towards each. 1 when such events were made, 0 none, -1 ENOMEM. */
static int S_mediated(S_ctx *c, int src, const char *code)
{
    return S_towards_earlier(c, src, code, S_mutual_party);
}

/* The events of the doers at item that are of a state, each on its own country. 0 ok,
 * -1 ENOMEM. */
static int S_state_home(S_ctx *c, int src, const char *code)
{
    char sc[64][64];
    const S_ent *se[64];
    int ns = S_codes(c, src, sc, se, 64);
    for (int i = 0; i < ns; i++) {
        if (!dyad_coref_state(sc[i]) || strlen(sc[i]) <= 3)
            continue;
        char home[8];
        snprintf(home, sizeof home, "%.3s", sc[i]);
        if (S_add_event(c, sc[i], home, code, se[i], NULL))
            return -1;
    }
    return 0;
}

/* Are the doers at item people named by a plural noun of an actor or agent ("Iranians",
 * "protesters", "West German farmers"), not a state or an organisation? */
static int S_people(const S_ctx *c, int item)
{
    if (c->it[item].type != I_NES)
        return 0;
    const S_ent *x = &c->ent[c->it[item].ent];
    if (x->tok1 <= x->tok0 || (!S_label_is(c, c->t->tok_node[x->tok1 - 1], "NNS") &&
                               !S_label_is(c, c->t->tok_node[x->tok1 - 1], "NNPS")))
        return 0;
    if (S_names_actor(c, item))
        return 1;
    /* people whose country is where they act ("Rioters set fire to the town hall in
     * Bordeaux ... in France"): an agent's plural, its actor found by coreference */
    int len;
    for (int k = x->tok0; k < x->tok1; k++)
        if (S_longest(&c->d->agents, c->up + k, x->tok1 - k, &len) >= 0 && k + len == x->tok1)
            return x->cr_try && x->code[0] && strncmp(x->code, "---", 3);
    return 0;
}

/* In an article, people who protest against no one named protest against their own
 * state's authorities ("Iranians protested in dozens of cities", "protesters in
 * Yerevan stormed government buildings"): the events of the doers at item src that
 * are of a state, each against its government. 0 ok, -1 ENOMEM. */
static int S_protest_home(S_ctx *c, int src, const char *code)
{
    char sc[64][64];
    const S_ent *se[64];
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
static int S_place_country(const S_ctx *c, const S_ent *e, char *out, size_t cap)
{
    int toks[CR_MAXW], n = 0, dated;
    char code[64];
    for (int t = e->tok0 + 1; t < e->tok1; t++) {
        if (!S_place_prep(c, t) || (strcmp(c->up[t], "IN") && strcmp(c->up[t], "INSIDE")))
            continue;
        for (int k = t + 1; k < e->tok1 && n < CR_MAXW; k++)
            toks[n++] = k;
        S_code_words(c, c->up + t + 1, toks, n, code, sizeof code, &dated);
        if (!dyad_coref_state(code))
            return 0;
        snprintf(out, cap, "%.3s", code);
        return 1;
    }
    return 0;
}

static int S_make_events(S_ctx *c, int src, int tgt, const char *code, int passive)
{
    static const int MAXC = 64;
    char sc[64][64], tc[64][64];
    const S_ent *se[64], *te[64];
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
        const S_ent **Ae = se, **Be = te;
        int na = ns, nb = nt;
        if (sym_fill_t)
            B = sc, Be = se, nb = ns;
        if (sym_fill_s)
            A = tc, Ae = te, na = nt;
        if (round == 1) {
            char (*T)[64] = A;
            const S_ent **Te = Ae;
            int tn = na;
            A = B, Ae = Be, na = nb;
            B = T, Be = Te, nb = tn;
        }
        for (int i = 0; i < na; i++)
            for (int j = 0; j < nb; j++) {
                const char *a = A[i], *b = B[j];
                if (!strcmp(a, b) || (c->cr && among && dyad_coref_same_actor(a, b) &&
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
static int S_passive_aux(const S_ctx *c, int k)
{
    static const char *const aux[] = {"WAS", "IS", "BEEN", "AM", "ARE", "BE", "BEING",
                                      "GET", "GETS", "GOT", "GOTTEN", "STAND", "STANDS",
                                      "STOOD", "WERE"};
    size_t n = c->cr ? sizeof aux / sizeof *aux : 3;
    if (k < 0 || strncmp(S_node(c, c->t->tok_node[k])->label, "VB", 2))
        return 0;
    for (size_t i = 0; i < n; i++)
        if (dyad_is(c->up[k], aux[i]))
            return 1;
    return 0;
}

/* Is token k a word of verb phrase vp itself (in an article: not of a clause or noun
 * phrase inside it, "said [troops had been sent]")? */
static int S_vp_word(const S_ctx *c, int k, int vp)
{
    int p = S_node(c, c->t->tok_node[k])->parent;
    while (c->cr && p >= 0 && p != vp && S_label_is(c, p, "VP"))
        p = S_node(c, p)->parent;
    return !c->cr || p == vp;
}

/* Passive voice in verb phrase vp: a VBN after a form of "be" in it; in an article
 * also a VBN heading it below such a form ("has been killed") or, with "by", below a
 * noun phrase it modifies (*np; "a deal brokered by China"; also drawn as the verb of a
 * clause with that noun its subject) or alone in a clause after it (*np -2: the nearest
 * entity before it). Returns the VBN's token or -1; *by
 * tells whether "by" follows it. */
static int S_passive(const S_ctx *c, int vp, int *by, int *np)
{
    const dyad_tnode *x = S_node(c, vp);
    int vbn = -1;
    *by = 0;
    *np = -1;
    int relative = 0;
    if (c->cr && x->first >= 0 && S_isleaf(c, x->first) && S_label_is(c, x->first, "VBN")) {
        int p = x->parent;
        /* below its noun, or alone in a clause after it: "a meeting (requested by X)" */
        relative = p >= 0 && (S_label_is(c, p, "NP") ||
                              (S_label_is(c, p, "S") && S_node(c, p)->first == vp));
        /* or drawn as a clause with the noun its subject, "by" right after the participle
         * (no object, at most an adverb between): "charges that (S fishing vessels
         * (seized recently by Iran)) were spy boats" */
        int subj = p >= 0 && S_label_is(c, p, "S") ? S_node(c, p)->first : -1;
        if (!relative && subj >= 0 && S_label_is(c, subj, "NP") &&
            S_node(c, subj)->next == vp) {
            int ch = S_node(c, x->first)->next;
            if (ch >= 0 && S_label_is(c, ch, "ADVP"))
                ch = S_node(c, ch)->next;
            if (ch >= 0 && S_label_is(c, ch, "PP") && dyad_is(c->up[S_node(c, ch)->tok], "BY"))
                relative = 3; /* the noun is the clause's subject */
        }
        if (!relative && p >= 0 && S_label_is(c, p, "VP")) {
            /* hung by the parser on the verb phrase of the noun it follows: "spoke
             * ahead of a meeting (requested by X)" */
            int prev = -1;
            for (int ch = S_node(c, p)->first; ch >= 0 && ch != vp; ch = S_node(c, ch)->next)
                prev = ch;
            if (prev >= 0 && (S_label_is(c, prev, "NP") || S_label_is(c, prev, "PP")))
                relative = 2;
        }
        if (relative)
            vbn = x->tok, *np = relative == 3                              ? subj
                                : relative == 1 && S_label_is(c, p, "NP") ? p
                                                                          : -2;
        for (; vbn < 0 && p >= 0 && S_label_is(c, p, "VP"); p = S_node(c, p)->parent)
            if (S_passive_aux(c, S_node(c, p)->tok))
                vbn = x->tok;
    }
    /* a verb right after a form of "be" or "stand" is its participle, whatever tag and
     * clause the parser gave it: "two officers stand (accused of the shelling)" */
    if (c->cr && vbn < 0 && x->first >= 0 && S_isleaf(c, x->first) &&
        (S_label_is(c, x->first, "VBN") || S_label_is(c, x->first, "VBD")) &&
        S_passive_aux(c, x->tok - 1))
        vbn = x->tok;
    for (int k = x->tok + 1; k < x->tok_end && vbn < 0; k++)
        if (dyad_is(S_node(c, c->t->tok_node[k])->label, "VBN") && S_vp_word(c, k, vp))
            for (int a = k - 1; a >= x->tok && vbn < 0; a--)
                if (S_passive_aux(c, a) && S_vp_word(c, a, vp))
                    vbn = k;
    if (vbn < 0)
        return -1;
    for (int k = vbn + 1; k < x->tok_end && !*by; k++)
        *by = dyad_is(c->up[k], "BY");
    return relative && !*by ? -1 : vbn; /* "troops stationed in Syria" is no act */
}

/* The doer of a passive: the entity right after "by", or in an article the attack it
 * was done in ("killed in a U.S. air strike"); -1 when none. */
static int S_agent(const S_ctx *c, const int *low, int nlow)
{
    static const char *const attacks[] = {"AIRSTRIKE", "AIRSTRIKES", "ATTACK", "ATTACKS",
                                          "BOMBING", "BOMBINGS", "RAID", "RAIDS", "SHELLING",
                                          "STRIKE", "STRIKES", NULL};
    for (int k = 0; k + 1 < nlow; k++) {
        const S_item *x = &c->it[low[k]];
        int t = c->it[low[k + 1]].type;
        if (x->type != I_WORD || (t != I_NES && t != I_NECS))
            continue;
        if (!strcmp(c->up[x->tok], "BY"))
            return low[k + 1];
        const S_ent *e = &c->ent[c->it[low[k + 1]].ent];
        if (!c->cr || strcmp(c->up[x->tok], "IN"))
            continue;
        for (int w = e->tok0; w < e->tok1; w++)
            if (dyad_among(c->up[w], attacks))
                return low[k + 1];
    }
    return -1;
}

static int S_item_of_tok(const S_ctx *c, int from, int to, int tok)
{
    for (int k = from; k < to; k++)
        if (c->it[k].type == I_WORD && c->it[k].tok == tok)
            return k;
    return -1;
}

/* End item of the entity starting at k. */
static int S_ent_end(const S_ctx *c, int k)
{
    int e = c->it[k].ent;
    for (size_t j = (size_t)k + 1; j < c->nit; j++)
        if ((c->it[j].type == I_NEE || c->it[j].type == I_NECE) && c->it[j].ent == e)
            return (int)j;
    return (int)c->nit - 1;
}

/* Is item k (before end) the word after the verb of multi-word entry v at i? */
static int S_post_word(const S_ctx *c, const dyad_verb *v, int k, int end, int i)
{
    return k < end && c->it[k].type == I_WORD &&
           !strcmp(c->up[c->it[k].tok], dyad_dict_word(c->d, v->post, i));
}

/* Does multi-word entry v fit around the verb item? Sets the first/last items used; a
 * particle may come after the object ("pulled most of its troops out of Lebanon",
 * "handed the prisoners over"). */
static int S_multi_fits(const S_ctx *c, const dyad_verb *v, int vi, int end, int *first,
                        int *last)
{
    static const char *const particle[] = {"OUT", "BACK", "OVER", "DOWN",
                                           "OFF", "UP",   "AWAY", NULL};
    *first = *last = vi;
    int k = vi;
    for (int i = 0; i < v->npost; i++) {
        for (k++; k < end && c->it[k].type >= I_NES; k++)
            ; /* the parser may have put the particle into a noun phrase */
        /* a particle after the object: "pulled most of its troops out" */
        int split = v->npost == 1 && dyad_among(dyad_dict_word(c->d, v->post, 0), particle);
        if (split && !S_post_word(c, v, k, end, i) && vi + 1 < end &&
            (c->it[vi + 1].type == I_NES || c->it[vi + 1].type == I_NECS))
            /* past the object's phrases and their words, no comma or verb: the first
             * of the particle within a few words */
            for (k = vi + 1; k < end && k < vi + 16 && !S_post_word(c, v, k, end, i); k++)
                if (c->it[k].type == I_COMMA ||
                    (c->it[k].type == I_WORD &&
                     !strncmp(S_node(c, c->t->tok_node[c->it[k].tok])->label, "VB", 2)))
                    break;
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

/* ---------------------------------------------------------------- comma clauses */

/* PETRARCH's check_commas: clauses set off by commas whose length in words is within
 * the configured bounds are removed before coding (initial, internal, terminal), then
 * a comma left with no words before it (or after it) is dropped too. Removing a clause
 * removes its words and the entities wholly inside it. */

static int S_alpha_words(const S_ctx *c, int lo, int hi)
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
 * participle clause of a verb phrase (S_verbc.end_own)? */
static int S_holds_main_verb(const S_ctx *c, int lo, int hi)
{
    for (size_t i = 0; i < c->nvc; i++) {
        int vp = c->vc[i].vp, p = S_node(c, vp)->parent, v = c->vc[i].verb_item;
        if (v < lo || v >= hi)
            continue;
        while (p >= 0 && S_label_is(c, p, "VP") && !S_label_is(c, S_node(c, vp)->first, "VBG"))
            p = S_node(c, p)->parent;
        /* the clause a verb of the predicate reports ("Trump said that if Europe
         * follows through, he will impose the tariff") is the predicate's too */
        while (p >= 0 && S_label_is(c, p, "S") && p != c->root &&
               S_node(c, p)->parent != c->root) {
            int q = S_node(c, p)->parent, m = S_node(c, q)->first;
            if (S_label_is(c, q, "SBAR") &&
                (m == p || (S_isleaf(c, m) && !strcmp(c->up[S_node(c, m)->tok], "THAT"))))
                q = S_node(c, q)->parent; /* not "during", "after": no report */
            if (q < 0 || !S_label_is(c, q, "VP"))
                break;
            while (q >= 0 && S_label_is(c, q, "VP"))
                q = S_node(c, q)->parent;
            p = q;
        }
        if (p < 0)
            continue;
        if (p == c->root || (S_label_is(c, p, "S") && S_node(c, p)->parent == c->root))
            return 1;
        /* an adverbial clause of the sentence with a doer of its own (S_own_clause):
         * ", while Israel placed the blame on Islamic Jihad" */
        int sb = S_label_is(c, p, "S") ? S_node(c, p)->parent : -1;
        int from = sb >= 0 ? S_item_of_tok(c, 0, (int)c->nit, S_node(c, sb)->tok) : -1;
        if (from >= 0 && S_label_is(c, sb, "SBAR") && S_node(c, sb)->parent == c->root &&
            S_own_clause(c, sb, from, 0))
            return 1;
        for (size_t j = 0; j < c->nvc; j++)
            if (v >= c->vc[j].end_own && v < c->vc[j].end_item)
                return 1;
    }
    return 0;
}

/* Does items [lo, hi) hold the first entity of the top clause's subject, the noun
 * phrase before its verb phrase ("On Monday, [Saudi Crown Prince Mohammed bin Salman],
 * known as MBS, met ...")? */
static int S_holds_subject(const S_ctx *c, int lo, int hi)
{
    int subj = -1;
    for (int ch = S_node(c, c->root)->first; ch >= 0 && !S_label_is(c, ch, "VP");
         ch = S_node(c, ch)->next)
        if (S_label_is(c, ch, "NP"))
            subj = ch;
    if (subj < 0)
        return 0;
    const dyad_tnode *sn = S_node(c, subj);
    for (int k = 0; k < (int)c->nit; k++) {
        const S_item *x = &c->it[k];
        if (x->type != I_NES && x->type != I_NECS)
            continue;
        const S_ent *e = &c->ent[x->ent];
        if (e->tok0 >= sn->tok && e->tok1 <= sn->tok_end)
            return k >= lo && k < hi;
    }
    return 0;
}

/* Do items [lo, hi) begin with "including", naming members of the phrase before them
 * ("levied tariffs on exports from 35 countries, including the EU bloc")? */
static int S_including(const S_ctx *c, int lo, int hi)
{
    for (int k = lo; k < hi; k++)
        if (c->it[k].type == I_WORD)
            return !strcmp(c->up[c->it[k].tok], "INCLUDING");
    return 0;
}

/* Do items [lo, hi) begin with a charge that a clause after it answers ("accused India
 * of backing militants, [a charge New Delhi rejected]")? */
static int S_charge_clause(const S_ctx *c, int lo, int hi)
{
    static const char *const charge[] = {"ACCUSATION", "ACCUSATIONS", "ALLEGATION",
                                         "ALLEGATIONS", "CHARGE",     "CHARGES",
                                         "CLAIM",       "CLAIMS",     NULL};
    for (int k = lo; k < hi; k++) {
        if (c->it[k].type != I_WORD)
            continue;
        const char *w = c->up[c->it[k].tok];
        if (!strcmp(w, "A") || !strcmp(w, "AN") || !strcmp(w, "THE"))
            continue;
        return dyad_among(w, charge);
    }
    return 0;
}

/* Do items [lo, hi) hold the verb of an object's or a subject's relative clause
 * (S_object_relative, S_subject_relative)? */
static int S_holds_relative(const S_ctx *c, int lo, int hi)
{
    for (size_t i = 0; i < c->nvc; i++) {
        int s = S_node(c, c->vc[i].vp)->parent;
        while (s >= 0 && S_label_is(c, s, "VP"))
            s = S_node(c, s)->parent;
        if (c->vc[i].verb_item >= lo && c->vc[i].verb_item < hi &&
            (S_relative_pron(c, c->vc[i].vp) >= 0 ||
             S_subject_relative(c, s, (int)c->nit) >= 0))
            return 1;
    }
    return 0;
}

static void S_delete(S_ctx *c, int lo, int hi)
{
    /* in an article: ", the foreign minister, met X" keeps "met X", "On Monday, X,
     * known as Y, met Z" keeps X, ", including Japan" keeps the parties it names, and
     * ", a charge Tehran rejected" the rejection, ", which he hit with a levy" the
     * levy */
    if (c->cr && (S_holds_main_verb(c, lo, hi) || S_holds_subject(c, lo, hi) ||
                  S_including(c, lo, hi) || S_charge_clause(c, lo, hi) ||
                  S_holds_relative(c, lo, hi)))
        return;
    int k = 0;
    while (k < hi) {
        const S_item *x = &c->it[k];
        if (x->type == I_NES || x->type == I_NECS) {
            int e = S_ent_end(c, k);
            if (k >= lo && e < hi)
                for (int j = k; j <= e; j++)
                    c->del[j] = 1;
            k = e + 1; /* an entity reaching outside the clause stays whole */
            continue;
        }
        if (k >= lo && (x->type == I_WORD || x->type == I_COMMA))
            c->del[k] = 1;
        k++;
    }
}

static int S_next_comma(const S_ctx *c, int from, int to)
{
    for (int k = from; k < to; k++)
        if (!c->del[k] && c->it[k].type == I_COMMA)
            return k;
    return -1;
}

static int S_prev_comma(const S_ctx *c, int from)
{
    for (int k = from; k >= 0; k--)
        if (!c->del[k] && c->it[k].type == I_COMMA)
            return k;
    return -1;
}

static void S_commas(S_ctx *c)
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

/* Is the verb of phrase vp done by its clause's subject: a finite verb, or an
 * infinitive right after the verb that governs it ("the two leaders are expected to
 * discuss", "agreed to hold talks"), not one after its object or a phrase ("requested
 * a meeting to discuss", "requested by X, Y and Z to discuss"), whose doer is unclear? */
static int S_own_doer(const S_ctx *c, int vp)
{
    int to = S_node(c, vp)->parent, s = to >= 0 ? S_node(c, to)->parent : -1;
    if (to < 0 || !S_label_is(c, to, "VP") || S_node(c, to)->first < 0 ||
        !S_label_is(c, S_node(c, to)->first, "TO"))
        return 1;
    if (s < 0 || !S_label_is(c, s, "S") || S_node(c, s)->parent < 0)
        return 0;
    int prev = -1;
    for (int ch = S_node(c, S_node(c, s)->parent)->first; ch >= 0 && ch != s;
         ch = S_node(c, ch)->next)
        if (!S_label_is(c, ch, "ADVP") && !S_label_is(c, ch, "RB"))
            prev = ch;
    return prev >= 0 && S_isleaf(c, prev) && !strncmp(S_node(c, prev)->label, "VB", 2);
}

/* Several actors: a compound, or a phrase coreference gave several ("both sides"). */
static int S_plural(const S_ctx *c, int item)
{
    const S_item *x = &c->it[item];
    const S_ent *e = &c->ent[x->ent];
    return x->type == I_NECS ? e->nmem > 1 : strchr(e->code, '/') != NULL;
}

/* Events that several actors do with one another when no one else is named by verb
 * word w: intents to cooperate when agreed or cooperating ("the two leaders agreed to
 * restart talks"; a promise or an offer each makes to someone else: "Australia,
 * Canada and the United States offered to resettle the Uyghurs"), consultations,
 * talks, agreements, cooperation, truces, cutting ties or talks, clashes. */
static int S_reciprocal(const S_ctx *c, const char *code, const char *w)
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

/* Does verb phrase vp say that its doers did it to "each other" or "one another": is that
 * its object, or the object of a preposition of its own ("India and Canada expelled
 * each other's top diplomats", "accused one another", "clashed with each other"), or
 * "the other" after a verb that "each" opens ("The U.S. and Brazil each laid the blame
 * on the other")? Then any event of the verb is mutual; not so one of a clause below it
 * ("pledging to help each other if either was attacked": the help is each other's, not
 * the pledge). */
static int S_each_other(const S_ctx *c, int vp)
{
    int v = S_node(c, vp)->tok, each = v > 0 && !strcmp(c->up[v - 1], "EACH");
    for (int ch = S_node(c, vp)->first; ch >= 0; ch = S_node(c, ch)->next) {
        int np = ch;
        if (S_label_is(c, ch, "PP")) {
            int p = S_node(c, ch)->first;
            np = p >= 0 ? S_node(c, p)->next : -1;
        }
        if (np < 0 || (!S_label_is(c, np, "NP") && (!each || !S_label_is(c, np, "ADJP"))))
            continue; /* the parser may draw "the other" as an adjective's phrase */
        int head = np; /* "(NP (NP the other) (PP of ...))" */
        while (S_node(c, head)->first >= 0 && S_label_is(c, S_node(c, head)->first, "NP"))
            head = S_node(c, head)->first;
        int k = S_node(c, np)->tok, end = S_node(c, head)->tok_end;
        if (k >= 0 && k + 1 < S_node(c, np)->tok_end &&
            ((!strcmp(c->up[k], "EACH") && !strncmp(c->up[k + 1], "OTHER", 5)) ||
             (!strcmp(c->up[k], "ONE") && !strcmp(c->up[k + 1], "ANOTHER")) ||
             (each && !strcmp(c->up[k], "THE") && !strcmp(c->up[k + 1], "OTHER") &&
              (k + 2 == end || (k + 3 == end && !strcmp(c->up[k + 2], "SIDE"))))))
            return 1;
    }
    return 0;
}

/* The adjective or participle a form of "be" at token k is coded by, over adverbs and
 * "not" ("was not deeply concerned about"): the event's own word, where negation and
 * modality are read; -1 when none follows. */
static int S_be_adjective(const S_ctx *c, int k)
{
    if (!S_passive_aux(c, k))
        return -1;
    for (k++; k < (int)c->t->ntok; k++) {
        const char *tag = S_node(c, c->t->tok_node[k])->label;
        if (!strcmp(tag, "JJ") || !strcmp(tag, "VBN"))
            return k;
        if (strncmp(tag, "RB", 2))
            return -1;
    }
    return -1;
}

/* Does the verb at token k, whose matching pattern is of block blk, judge its subject by
 * what follows it, as "be" does: a form of "be", or another verb by a pattern of the
 * block of "be", which lists it ("committed a big mistake"; not by a pattern of its own
 * block: "committed $2 billion in aid")? */
static int S_judging_verb(const S_ctx *c, int k, int blk)
{
    if (S_passive_aux(c, k))
        return 1;
    const dyad_verb *v = c->d->verb.v;
    for (int be = dyad_dict_verb(c->d, "IS", 2); blk >= 0 && be >= 0; be = v[be].next)
        if (v[be].block == blk && !v[be].npre && !v[be].npost)
            return 1;
    return 0;
}

/* Is the word at item k (a judgement a pattern of "be" matched) what verb phrase vp says
 * its subject is: a word of the phrase after "be" itself, also after "one of" ("the EU
 * is one of the most hostile taxing authorities") or "an act of" ("has undertaken an act
 * of armed aggression"), not of a phrase inside it ("is in a dangerous position", "are
 * the victims of illegal attacks")? */
static int S_predicate_word(const S_ctx *c, int k, int vp)
{
    if (k < 0 || c->it[k].type != I_WORD)
        return 0;
    for (int p = S_node(c, c->t->tok_node[c->it[k].tok])->parent; p >= 0 && p != vp;
         p = S_node(c, p)->parent) {
        int w = S_node(c, p)->first;
        int before = w >= 0 ? S_node(c, w)->tok - 1 : -1;
        if (S_label_is(c, p, "PP") && before >= 0 && S_isleaf(c, w) &&
            !strcmp(c->up[S_node(c, w)->tok], "OF") &&
            (!strcmp(S_node(c, c->t->tok_node[before])->label, "CD") ||
             !strcmp(c->up[before], "ACT") || !strcmp(c->up[before], "ACTS")))
            continue;
        if (!S_label_is(c, p, "NP") && !S_label_is(c, p, "ADJP"))
            return 0;
    }
    return 1;
}

/* In an article, whom criticism of the entity at item k, a thing no actor owns in its
 * own phrase, is aimed at: the first actor named after it in its noun phrase by "of",
 * "by" or "from", past things of no actor ("was deeply concerned about the recent
 * actions of Milorad Dodik, the leader of ...", "disappointed at the threats of trade
 * retaliation from the EC"), whose own phrase the parser cut from it; k when there is
 * none ("concerned about the spread of cholera in Yemen"). */
static int S_owner_after(const S_ctx *c, int k)
{
    static const char *const owner_prep[] = {"OF", "BY", "FROM", NULL};
    if (!c->cr || k < 0 || c->it[k].type != I_NES || S_coded(c, k))
        return k;
    int top = c->t->tok_node[c->ent[c->it[k].ent].tok0];
    while (S_node(c, top)->parent >= 0 && (S_label_is(c, S_node(c, top)->parent, "NP") ||
                                           S_label_is(c, S_node(c, top)->parent, "PP")))
        top = S_node(c, top)->parent;
    for (int j = S_ent_end(c, k) + 1; j + 1 < (int)c->nit; j = S_ent_end(c, j) + 1) {
        if (c->del[j] || c->it[j].type != I_WORD ||
            !dyad_among(c->up[c->it[j].tok], owner_prep))
            return k;
        j++;
        if (c->it[j].type != I_NES || c->ent[c->it[j].ent].tok1 > S_node(c, top)->tok_end)
            return k;
        if (S_coded(c, j))
            return j;
    }
    return k;
}

/* Is the entity at item k the subject of a clause of "that" which says nothing done:
 * its verb under a modal or negated? A feeling of disapproval about what its subject
 * did is criticism of it ("was deeply concerned that the EC has moved to take a harsher
 * line"), not one about what it might do or did not ("concerned that Japan might raise
 * tariffs", "concerned that Japan was not involved in the talks"). */
static int S_undone_clause(const S_ctx *c, int k)
{
    if (k < 0 || (c->it[k].type != I_NES && c->it[k].type != I_NECS))
        return 0;
    int np = c->t->tok_node[c->ent[c->it[k].ent].tok0];
    while (S_node(c, np)->parent >= 0 && S_label_is(c, S_node(c, np)->parent, "NP"))
        np = S_node(c, np)->parent;
    int s = S_node(c, np)->parent, sb = s >= 0 ? S_node(c, s)->parent : -1;
    int that = sb >= 0 ? S_node(c, sb)->first : -1;
    if (sb < 0 || !S_label_is(c, s, "S") || !S_label_is(c, sb, "SBAR") || that == s ||
        !S_isleaf(c, that) || strcmp(c->up[S_node(c, that)->tok], "THAT"))
        return 0;
    for (int vp = S_node(c, np)->next; vp >= 0; vp = S_node(c, vp)->next)
        if (S_label_is(c, vp, "VP"))
            return S_label_is(c, S_node(c, vp)->first, "MD") ||
                   S_negated(c, vp, S_node(c, vp)->tok_end);
    return 0;
}

/* Is node a gerund of means without a subject: an SBAR "in" or "by" and a clause that
 * opens with its verb's -ing form ("in destroying an Iranian oil platform")? */
static int S_means_clause(const S_ctx *c, int node)
{
    int m = S_node(c, node)->first, s = m >= 0 ? S_node(c, m)->next : -1;
    int vp = s >= 0 && S_label_is(c, s, "S") ? S_node(c, s)->first : -1;
    return S_label_is(c, node, "SBAR") && S_isleaf(c, m) &&
           (dyad_is(c->up[S_node(c, m)->tok], "IN") ||
            dyad_is(c->up[S_node(c, m)->tok], "BY")) &&
           vp >= 0 && S_label_is(c, vp, "VP") && S_node(c, vp)->first >= 0 &&
           S_label_is(c, S_node(c, vp)->first, "VBG");
}

/* Is node an if-clause: an SBAR whose first word is "if" or "unless" (a condition
 * too: "will impose sanctions unless Ankara drops the purchase")? */
static int S_if_clause(const S_ctx *c, int node)
{
    int m = S_node(c, node)->first;
    return S_label_is(c, node, "SBAR") && m >= 0 && S_isleaf(c, m) &&
           (!strcmp(c->up[S_node(c, m)->tok], "IF") ||
            !strcmp(c->up[S_node(c, m)->tok], "UNLESS"));
}

/* The entity of the subject of if-clause sbar ("if the United States attacks"), or of
 * the agent of a passive one ("if the tariffs are not dropped by Canada"); -1 none. */
static int S_if_subject(const S_ctx *c, int sbar)
{
    for (int s = S_node(c, S_node(c, sbar)->first)->next; s >= 0; s = S_node(c, s)->next) {
        int subj = -1, by, np;
        for (int ch = S_label_is(c, s, "S") ? S_node(c, s)->first : -1; ch >= 0;
             ch = S_node(c, ch)->next) {
            if (S_label_is(c, ch, "NP") && subj < 0)
                subj = S_phrase_entity(c, ch, (int)c->nit);
            if (!S_label_is(c, ch, "VP") || S_passive(c, ch, &by, &np) < 0 || !by)
                continue;
            for (size_t k = (size_t)ch + 1; k < c->t->nn && c->t->n[k].depth > S_node(c, ch)->depth;
                 k++)
                if (S_label_is(c, (int)k, "PP") && !strcmp(c->up[c->t->n[k].tok], "BY"))
                    return S_phrase_entity(c, (int)k, (int)c->nit);
        }
        if (S_label_is(c, s, "S"))
            return subj;
    }
    return -1;
}

/* Does a word of list `words` stand in verb phrase vp outside its clauses ("respond
 * positively", not "respond if Washington makes an offer")? */
static int S_vp_says(const S_ctx *c, int vp, const char *const *words)
{
    for (int ch = S_node(c, vp)->first; ch >= 0; ch = S_node(c, ch)->next) {
        if (S_label_is(c, ch, "SBAR"))
            continue;
        for (size_t k = (size_t)ch;
             k == (size_t)ch || (k < c->t->nn && c->t->n[k].depth > S_node(c, ch)->depth); k++)
            if (S_isleaf(c, (int)k) && dyad_among(c->up[c->t->n[k].tok], words))
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
 * when it names none). */
static int S_promised_response(const S_ctx *c, int vp, int any, int *cond)
{
    static const char *const back[] = {"BACK", NULL};
    static const char *const kind[] = {"POSITIVELY", "FAVORABLY",  "FAVOURABLY",
                                       "CONSTRUCTIVELY", "FLEXIBLY", "OFFER",
                                       "OFFERS", "PROPOSAL", "PROPOSALS", "INVITATION",
                                       "REQUEST", "LETTER", "QUESTIONS", "APPEAL", NULL};
    static const char *const modal[] = {"WILL", "WOULD", "SHALL", "'LL", NULL};
    const char *w = c->up[S_node(c, S_node(c, vp)->first)->tok];
    int is = any || (dyad_response_word(w, strlen(w)) &&
                     (strcmp(w, "ANSWER") || S_vp_says(c, vp, back)) && !S_vp_says(c, vp, kind)),
        md = 0;
    int top = vp;
    while (is && S_node(c, top)->parent >= 0 && S_label_is(c, S_node(c, top)->parent, "VP")) {
        top = S_node(c, top)->parent;
        int v = S_node(c, top)->first;
        md |= v >= 0 && S_isleaf(c, v) && dyad_among(c->up[S_node(c, v)->tok], modal);
    }
    int cl = md ? S_node(c, top)->parent : -1;
    if (cl < 0 || S_node(c, cl)->label[0] != 'S')
        return 0;
    /* a hostile act of anyone's, "any", after the verb: "Iran would respond decisively
     * to any aggressive measure by the United States" (if the United States acts) */
    for (int ch = S_node(c, vp)->first; ch >= 0; ch = S_node(c, ch)->next) {
        const dyad_tnode *x = S_node(c, ch);
        int k = x->tok;
        if (!S_label_is(c, ch, "PP") && !S_label_is(c, ch, "NP"))
            continue;
        if (S_label_is(c, ch, "PP") && k + 1 < x->tok_end)
            k++;
        for (int j = k + 1; k >= 0 && dyad_is(c->up[k], "ANY") && j <= k + 3 && j < x->tok_end;
             j++)
            if (dyad_hostile_word(c->up[j], strlen(c->up[j]))) {
                *cond = S_phrase_entity(c, ch, (int)c->nit);
                return 1;
            }
    }
    /* the if-clause: before the subject ("If X ..., we will") or after the verb */
    for (int n = vp;; n = S_node(c, n)->parent) {
        for (int ch = S_node(c, n)->first; ch >= 0; ch = S_node(c, ch)->next)
            if (S_if_clause(c, ch)) {
                *cond = S_if_subject(c, ch);
                return 1;
            }
        if (n == cl)
            return 0;
    }
}

/* The subject of the first if-clause below node ("warned that Turkey could close the
 * base if Washington imposed sanctions"), as in S_if_subject; -1 none. */
static int S_if_below(const S_ctx *c, int node)
{
    for (size_t k = (size_t)node + 1; k < c->t->nn; k++) {
        int p = (int)k;
        while (p >= 0 && p != node)
            p = S_node(c, p)->parent;
        if (p == node && S_if_clause(c, (int)k))
            return S_if_subject(c, (int)k);
    }
    return -1;
}

/* In an article, the first item, among [from, to), of a clause of what a claim says in
 * verb phrase vp: "that" and a clause after a noun of claiming ("rejected claims that
 * it supplied drones to Russia", "rejected a U.K. suggestion that his country seek IMF
 * help"), not an object's relative clause ("the charges that South Africa brought").
 * What the claim says is neither what is rejected nor whom; -1 none. */
static int S_claim_clause(const S_ctx *c, int vp, int from, int to)
{
    static const char *const claim[] = {
        "ACCUSATION", "ACCUSATIONS", "ALLEGATION", "ALLEGATIONS", "ASSERTION", "ASSERTIONS",
        "CHARGE",     "CHARGES",     "CLAIM",      "CLAIMS",      "CONTENTION", "REPORT",
        "REPORTS",    "RUMORS",      "RUMOURS",    "SPECULATION", "SUGGESTION", "SUGGESTIONS",
        NULL};
    const dyad_tree *t = c->t;
    for (size_t k = (size_t)vp + 1; k < t->nn && t->n[k].depth > t->n[vp].depth; k++) {
        int lead = t->n[k].first, pron;
        if (!S_label_is(c, (int)k, "SBAR") || lead < 0 || t->n[k].tok < 0 ||
            !dyad_is(c->up[t->n[k].tok], "THAT"))
            continue;
        int prev = -1, pp = -1; /* the noun's phrase before the clause, past a phrase of
                                   its claimant ("claims by opposition MPs that") */
        for (int ch = S_node(c, t->n[k].parent)->first; ch >= 0 && ch != (int)k;
             ch = S_node(c, ch)->next)
            pp = prev, prev = ch;
        if (prev >= 0 && S_label_is(c, prev, "PP"))
            prev = pp;
        if (prev < 0 ||
            (!S_label_is(c, prev, "NP") && strncmp(S_node(c, prev)->label, "NN", 2)) ||
            !dyad_among(c->up[t->n[prev].tok_end - 1], claim) ||
            S_object_relative(c, S_label_is(c, lead, "S") ? lead : S_node(c, lead)->next,
                              &pron) >= 0)
            continue;
        for (int it = from; it < to; it++) {
            const S_item *x = &c->it[it];
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

/* In an article, the author of what a criticism or rejection in verb phrase vp is of:
 * the subject of an object's relative clause on its object ("rejected the charges that
 * South Africa brought against it", "condemned the sanctions Washington imposed"), not
 * of a participle with "by" the parser drew as such a clause ("reports that (Rohirric
 * troops attacked by Arnor)": the troops are no author); -1 none. */
static int S_object_author(const S_ctx *c, int vp)
{
    for (int np = S_node(c, vp)->first; np >= 0; np = S_node(c, np)->next) {
        if (!S_label_is(c, np, "NP"))
            continue;
        for (int ch = S_node(c, np)->first; ch >= 0; ch = S_node(c, ch)->next) {
            int lead = S_label_is(c, ch, "SBAR") ? S_node(c, ch)->first : -1, pron, emb;
            int rel = lead < 0 ? -1
                      : S_object_relative(c, S_label_is(c, lead, "S") ? lead
                                                                       : S_node(c, lead)->next,
                                          &pron);
            for (int k = rel >= 0 ? S_node(c, rel)->first : -1; k >= 0; k = S_node(c, k)->next)
                if (S_label_is(c, k, "PP") && dyad_is(c->up[S_node(c, k)->tok], "BY"))
                    rel = -1;
            if (rel >= 0)
                return S_subject(c, rel, (int)c->nit, &emb);
        }
    }
    return -1;
}

/* In an article, the doer of an active verb that codes no event but whose act a noun
 * names ("the lower house voted to extend the president's term": "the extension" is
 * the lower house's) is remembered (S_remember): its clause's subject, else the actor
 * before it. A participle of a noun ("a decree extending the curfew") has no doer of
 * its own. 0 ok, -1 ENOMEM. */
static int S_remember_act(S_ctx *c, const S_verbc *vc, int vitem)
{
    const char *w = c->up[c->it[vitem].tok];
    int top = vc->vp;
    while (S_node(c, top)->parent >= 0 && S_label_is(c, S_node(c, top)->parent, "VP"))
        top = S_node(c, top)->parent;
    int s = S_node(c, top)->parent;
    if (!dyad_coref_act_verb(w) || s < 0 || S_node(c, s)->label[0] != 'S')
        return 0;
    int nup, nlow, embedded;
    S_sequences(c, vitem, vitem, vitem, vc->end_own, &nup, &nlow);
    int src = S_subject(c, vc->vp, vitem, &embedded);
    if (src < 0)
        src = S_find_source(c, c->seq_up, nup);
    return src >= 0 && S_coded(c, src) ? S_remember(c, src, NULL, w) : 0;
}

/* Does verb phrase vp hold a noun phrase of its own, an object? */
static int S_vp_object(const S_ctx *c, int vp)
{
    for (int ch = S_node(c, vp)->first; ch >= 0; ch = S_node(c, ch)->next)
        if (S_label_is(c, ch, "NP"))
            return 1;
    return 0;
}

/* The verb clause whose object verb phrase vp shares: vp is a bare verb coordinated
 * with the next verb phrase, whose object serves both ("U.S. warships attacked and
 * destroyed an Iranian platform", "condemned and rejected the statement"); -1 none. */
static int S_shared_object(const S_ctx *c, int vp)
{
    const dyad_tnode *x = S_node(c, vp);
    int cc = x->next, up = x->parent;
    if (x->first < 0 || S_node(c, x->first)->next >= 0 || !S_isleaf(c, x->first) ||
        up < 0 || !S_label_is(c, up, "VP") || cc < 0 || !S_label_is(c, cc, "CC"))
        return -1;
    int next = S_node(c, cc)->next;
    if (next < 0 || !S_label_is(c, next, "VP") || !S_vp_object(c, next))
        return -1;
    for (size_t j = 0; j < c->nvc; j++)
        if (c->vc[j].vp == next)
            return (int)j;
    return -1;
}

/* The threat its reporter makes by the clause of verb phrase vp (S_check_verbs), or
 * NULL: under "will", "would" or "shall", the consequence the clause promises of "any"
 * hostile act its subject names ("Any Iranian attack on Soviet ships will bring a
 * forceful response", "any U.S. aggression will be the beginning of a wide clash"), a
 * threat of force (138) to the act's actor (the first coded one of the subject:
 * "Iranian"); or, under any modal, sanctions that no one named imposes on a condition
 * ("sanctions could follow if Ankara activated the system"), a threat of sanctions
 * (1312) to the condition's subject. Sets *of to that actor's item. */
static int S_if_below(const S_ctx *c, int node);

static const char *S_clause_threat(const S_ctx *c, int vp, int *of)
{
    static const char *const modal[] = {"WILL", "WOULD", "SHALL", "'LL", NULL};
    static const char *const weak[] = {"COULD", "MAY", "MIGHT", "CAN", NULL};
    static const char *const answer[] = {
        "RESPONSE", "RESPONSES", "RETALIATION", "REPLY", "REACTION", "CLASH",
        "CONFRONTATION", "WAR", "CONSEQUENCES", "PUNISHMENT", "COUNTERMEASURES", NULL};
    int top = vp, md = 0, wk = 0;
    while (S_node(c, top)->parent >= 0 && S_label_is(c, S_node(c, top)->parent, "VP")) {
        top = S_node(c, top)->parent;
        int v = S_node(c, top)->first;
        const char *w = v >= 0 && S_isleaf(c, v) ? c->up[S_node(c, v)->tok] : "";
        md |= dyad_among(w, modal);
        wk |= dyad_among(w, weak);
    }
    int cl = S_node(c, top)->parent, subj = -1, says = 0;
    *of = -1;
    if (!(md || wk) || cl < 0 || S_node(c, cl)->label[0] != 'S')
        return NULL;
    for (int ch = S_node(c, cl)->first; ch >= 0 && ch != top && subj < 0;
         ch = S_node(c, ch)->next)
        if (S_label_is(c, ch, "NP"))
            subj = ch;
    if (subj < 0)
        return NULL;
    const dyad_tnode *x = S_node(c, subj);
    int named = S_phrase_entity(c, subj, (int)c->nit);
    const char *head = c->up[x->tok_end - 1];
    if (x->tok_end - x->tok <= 2 && dyad_sanction_word(head, strlen(head)) &&
        (named < 0 || !S_coded(c, named))) {
        *of = S_if_below(c, top);
        return *of >= 0 && S_coded(c, *of) ? "1312" : NULL;
    }
    int hostile = 0;
    for (int j = x->tok + 1; md && dyad_is(c->up[x->tok], "ANY") && j <= x->tok + 3 &&
                             j < x->tok_end;
         j++)
        hostile |= dyad_hostile_word(c->up[j], strlen(c->up[j]));
    for (int k = S_node(c, vp)->tok; hostile && k >= 0 && k < S_node(c, vp)->tok_end; k++)
        says |= dyad_among(c->up[k], answer);
    *of = says ? S_phrase_entity(c, subj, (int)c->nit) : -1;
    return *of >= 0 && S_coded(c, *of) ? "138" : NULL;
}

static int S_check_verbs(S_ctx *c)
{
    int resume = 0;
    for (size_t i = 0; i < c->nvc; i++) {
        S_verbc *vc = &c->vc[i];
        /* "X said Y must ...": X's demand of Y, whatever Y is to do */
        int duty_of;
        const char *duty =
            c->cr && !c->del[vc->verb_item] ? S_duty(c, vc->vp, &duty_of) : NULL;
        if (duty && S_reported_as(c, vc->vp, vc->verb_item, duty_of, duty, 1) < 0)
            return -1;
        /* "Any Iranian attack will bring a forceful response, a Soviet official said",
         * "The official added that sanctions could follow if Ankara activated the
         * system": the reporter's threat */
        int threat_of;
        const char *threat =
            c->cr && !c->del[vc->verb_item] ? S_clause_threat(c, vc->vp, &threat_of) : NULL;
        if (threat && S_reported_as(c, vc->vp, vc->verb_item, threat_of, threat, 1) < 0)
            return -1;
        /* an object's relative clause in a verb's phrase is coded on its own, and so is
         * a participle with its doer on the object's noun, whose doer may also be the
         * verb's other party: "destroyed Iranian missile platforms blamed by Washington
         * for the attack" is Washington's accusation too; "rejected the plan proposed
         * by Egypt" rejects Egypt's plan */
        int on_noun = c->cr && S_node(c, vc->vp)->parent >= 0 &&
                      S_label_is(c, S_node(c, vc->vp)->parent, "NP") &&
                      S_by_participle(c, vc->vp, 1);
        if ((vc->verb_item < resume && (!c->cr || S_relative_pron(c, vc->vp) < 0) &&
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
        int up = S_node(c, vc->vp)->parent, upp = up >= 0 ? S_node(c, up)->parent : -1;
        if (c->cr && pv < 0 && !by && up >= 0 && S_label_is(c, up, "NP") && upp >= 0 &&
            (S_label_is(c, upp, "VP") || S_label_is(c, upp, "PP")) &&
            S_label_is(c, S_node(c, vc->vp)->first, "VBN") && !S_vp_object(c, vc->vp))
            continue;
        if (pv >= 0) {
            int k = S_item_of_tok(c, vitem, vc->end_item, pv);
            if (k >= 0)
                vitem = k;
            else
                pv = -1;
        }
        if (c->it[vitem].type != I_WORD)
            continue;
        const char *w = c->up[c->it[vitem].tok];
        int head = dyad_dict_verb(c->d, w, strlen(w));
        int adj = 0;
        if (head < 0 && pv >= 0 && c->it[vc->verb_item].type == I_WORD) {
            /* a participle that is no verb of the dictionary after "be" is an
             * adjective ("was deeply disappointed by X"): the patterns of the one-word
             * "be" read it (not "+WAS_PREPARED", whose participle is part of the verb) */
            vitem = vc->verb_item, pv = -1, adj = 1;
            w = c->up[c->it[vitem].tok];
            head = dyad_dict_verb(c->d, w, strlen(w));
        }
        const dyad_verb *ve = NULL;
        int first = vitem, last = vitem;
        for (int k = head; k >= 0; k = c->d->verb.v[k].next)
            if ((!adj || (!c->d->verb.v[k].npre && !c->d->verb.v[k].npost)) &&
                S_multi_fits(c, &c->d->verb.v[k], vitem, vc->end_item, &first, &last)) {
                ve = &c->d->verb.v[k];
                break;
            }
        if (!ve) { /* no verb of the dictionary, but maybe one of an act */
            if (c->cr && pv < 0 && S_remember_act(c, vc, vitem))
                return -1;
            continue;
        }
        int vtok = ve->npre || ve->npost ? -1 : S_be_adjective(c, c->it[vitem].tok);
        if (vtok < 0)
            vtok = c->it[vitem].tok;
        int nup, nlow;
        S_sequences(c, vitem, first, last, vc->end_own, &nup, &nlow);
        if (c->cr && pv < 0 && nup == 0)
            nup = S_participle_doer(c, vc->vp, first);
        int claim = c->cr ? S_claim_clause(c, vc->vp, last + 1, vc->end_own) : -1;
        int shared = c->cr && pv < 0 && !nlow ? S_shared_object(c, vc->vp) : -1;
        for (int k = shared >= 0 ? c->vc[shared].verb_item + 1 : 0;
             shared >= 0 && k < c->vc[shared].end_own; k++)
            if (!c->del[k])
                c->seq_low[nlow++] = k;
        S_loc src = {-1, -1}, tgt = {-1, -1};
        const char *code = NULL, *own = NULL;
        int plus_object = 0; /* the matching pattern's + is the verb's object ("* +") */
        int pblock = -1;     /* the block of the matching pattern */
        /* a word defined in several blocks uses the patterns of all of them */
        int single = !ve->npre && !ve->npost;
    match:
        for (const dyad_verb *e = ve; e && !code;
             e = single && e->next >= 0 ? &c->d->verb.v[e->next] : NULL) {
            if (single && (e->npre || e->npost))
                continue;
            if (!own && strcmp(dyad_dict_str(c->d, e->code), "---"))
                own = dyad_dict_str(c->d, e->code);
            const dyad_vblock *bl = &c->d->block.v[e->block];
            for (uint32_t p = bl->first; p < bl->end; p++) {
                const dyad_pattern *pt = &c->d->pat.v[p];
                src.item = tgt.item = tgt.last = -1;
                S_loc up_last = {-1, -1};
                if (!strcmp(dyad_dict_str(c->d, pt->code), "+++"))
                    continue; /* TABARI's complex events, which PETRARCH does not code */
                if (S_may_match(c, dyad_dict_toks(c->d, pt->up), pt->nup) &&
                    S_may_match(c, dyad_dict_toks(c->d, pt->low), pt->nlow) &&
                    S_match(c, dyad_dict_toks(c->d, pt->up), pt->nup, c->seq_up, nup, 1, &src,
                            &up_last) &&
                    S_match(c, dyad_dict_toks(c->d, pt->low), pt->nlow, c->seq_low, nlow, 0,
                            &src, &tgt)) {
                    if (up_last.item >= 0 && tgt.item < 0)
                        tgt.item = up_last.item; /* a + before the verb */
                    code = dyad_dict_str(c->d, pt->code);
                    plus_object = pt->nlow > 0 &&
                                  dyad_dict_toks(c->d, pt->low)[0].type == DYAD_PT_TGT;
                    pblock = e->block;
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
            goto match;
        }
        if (code && vtok != c->it[vitem].tok && tgt.last >= 0 &&
            c->it[tgt.last].type == I_WORD)
            for (int k = vtok + 1; k < c->it[tgt.last].tok && code; k++) {
                const char *tag = S_node(c, c->t->tok_node[k])->label;
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
            src.item = tgt.item = tgt.last = -1;
            code = own;
        }
        int pat_roles = code && (src.item >= 0 || tgt.item >= 0);
        int plus_only = pat_roles && src.item < 0 && tgt.item >= 0;
        if (!code) {
            src.item = tgt.item = tgt.last = -1;
            code = own;
        }
        /* the verb's words: a multi-word verb, and the pattern words after it */
        c->verb_tok0 = c->it[first].type == I_WORD ? c->it[first].tok : c->it[vitem].tok;
        if (vtok != c->it[vitem].tok)
            c->verb_tok0 = vtok;
        c->verb_tok1 = c->it[last].type == I_WORD ? c->it[last].tok : c->it[vitem].tok;
        if (tgt.last >= 0 && c->it[tgt.last].type == I_WORD &&
            c->it[tgt.last].tok > c->verb_tok1 && c->it[tgt.last].tok - c->verb_tok0 < 12)
            c->verb_tok1 = c->it[tgt.last].tok;
        int cond = -1, promised = c->cr && !code && pv < 0 &&
                                  S_promised_response(c, vc->vp, 0, &cond);
        if (promised)
            code = "190"; /* an unnamed response in arms: the threat of it is made now */
        if (!code) {
            if (c->cr && pv < 0 && single && S_remember_act(c, vc, vitem))
                return -1;
            continue;
        }
        int agent = pv >= 0 ? S_agent(c, c->seq_low, nlow) : -1;
        if (c->cr && pv >= 0 && src.item < 0 && agent < 0) {
            resume = vc->end_own;
            continue; /* in an article: done by someone unnamed */
        }
        if (c->cr && pv >= 0 && pat_roles && src.item < 0 && tgt.item == agent) {
            /* the pattern's + is the "by" phrase itself: "Modi was welcomed by Putin" is
             * the agent's act on the subject, as a passive without pattern roles */
            tgt.item = -1;
            pat_roles = 0;
        }
        if (c->cr && pv >= 0 && pat_roles && src.item < 0)
            src.item = agent; /* "troops were sent to Russia by X": a + but no $ */
        resume = vc->end_own;
        if (src.item < 0 && patient != -1 && pv >= 0) /* swapped below */
            src.item = patient >= 0 ? S_phrase_entity(c, patient, first)
                                    : S_nearest(c, c->seq_up, nup);
        int embedded = 0, subj = c->cr ? S_subject(c, vc->vp, first, &embedded) : -1;
        if (src.item < 0 && embedded)
            src.item = subj;
        if (src.item < 0 && subj >= 0 &&
            (c->it[subj].type == I_NECS || S_coded(c, subj)) && S_conj_clause(c, vc->vp))
            src.item = subj;
        int doer;
        if (src.item < 0 && c->cr && S_adjunct_doer(c, vc->vp, &doer)) {
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
        if (promised) {
            /* towards whoever did something to the doer earlier in the sentence, else
             * the if-clause's subject ("if they take negative steps toward us") */
            c->negated = S_negated(c, vc->vp, vtok);
            int r = S_towards_earlier(c, src.item, code, S_acted_on);
            if (r < 0)
                return -1;
            if (!r && cond >= 0 && cond != src.item && S_coded(c, cond) &&
                S_make_events(c, src.item, cond, code, 0))
                return -1;
            continue;
        }
        /* a judgement "be" gives its subject with no one named ("the EU is hostile",
         * "the decision was a provocation") or wrongdoing it says the subject took part
         * in ("was involved in corrupt acts") is no act of the subject: said by someone
         * else, it is that one's criticism or accusation of it; told by the writer, or
         * when the parser left the clause no subject of its own, nothing */
        int judged = !strncmp(code, "11", 2), wrong = !strncmp(code, "128", 3);
        /* ... and so is wrongdoing the words after "be" give someone else ("it is a
         * plot by China"): whoever says it charges that one */
        int of = !pat_roles ? src.item : plus_only && wrong ? tgt.item : -1;
        if (c->cr && pv < 0 && of >= 0 && (judged || wrong) &&
            S_judging_verb(c, c->it[vitem].tok, pblock)) {
            if (judged && !S_predicate_word(c, tgt.last, vc->vp))
                continue;
            /* "not" after "be" negates what it says ("was not behind the attack") */
            int said = tgt.last >= 0 && c->it[tgt.last].type == I_WORD ? c->it[tgt.last].tok
                                                                        : vtok;
            c->negated = S_negated(c, vc->vp, said > vtok ? said : vtok);
            if (S_reported_as(c, vc->vp, vitem, of, judged ? code : "112", 0) < 0)
                return -1;
            continue;
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
        int call_with = -1, call = c->cr && pv < 0 && S_call_pp(c, vc->vp, &call_with);
        if (call && call_with >= 0) {
            call = 0;
            if (call_with != src.item && S_coded(c, call_with)) {
                c->negated = S_negated(c, vc->vp, vtok);
                if (S_make_events(c, src.item, call_with, "041:041", 0))
                    return -1;
            }
        }
        if (tgt.item < 0 && pv >= 0 && !pat_roles)
            tgt.item = agent; /* swapped below: the doer */
        int tgt_pat = tgt.item >= 0;
        if (c->cr && pv < 0)
            S_act_doer(c, -1, src.item, code, 1);
        if (c->cr && pv < 0 && S_remember(c, src.item, code, single ? w : NULL))
            return -1;
        if (S_own_country(c, tgt.item, src.item, code))
            tgt.item = -1; /* a pattern's + that is the doer's own country: look on */
        if (tgt.item < 0 && not_tgt < 0)
            tgt.item =
                S_find_target(c, c->seq_up, nup, c->seq_low, nlow, src.item, vc->vp, vitem,
                              code);
        /* criticism of a thing no actor owns in its phrase is aimed at its owner or
         * doer named after it ("the recent actions of Milorad Dodik, the leader of ...") */
        if (!strncmp(code, "11", 2))
            tgt.item = S_owner_after(c, tgt.item);
        /* "Mexico, which he also hit with a new levy": the relative pronoun's phrase */
        /* ... before whom the words of its charge name ("the World Health Organization,
         * which he accused of being controlled by China") */
        int v0 = S_node(c, vc->vp)->first;
        int charge = v0 >= 0 && S_node(c, v0)->next >= 0 &&
                     S_charge_of(c, S_node(c, v0)->next, v0);
        int ant = c->cr && pv < 0 && (tgt.item < 0 || !S_coded(c, tgt.item) || charge)
                      ? S_relative_antecedent(c, vc->vp, vitem) : -1;
        if (ant >= 0 && ant != src.item && S_coded(c, ant))
            tgt.item = ant;
        /* what is criticised or rejected is its author's: "rejected the charges that
         * South Africa brought against it" */
        int author = c->cr && pv < 0 && (tgt.item < 0 || !S_coded(c, tgt.item)) &&
                             (!strncmp(code, "11", 2) || !strncmp(code, "12", 2))
                         ? S_object_author(c, vc->vp)
                         : -1;
        if (author >= 0 && author != src.item && S_coded(c, author))
            tgt.item = author;
        /* a phrase naming an act is settled against the doer before the rules below ask
         * whether the other party is known: "Iranians protested against the executions"
         * Iran carried out are no one else's act, so they protest at home */
        if (c->cr && tgt.item >= 0 && S_event_ref(c, tgt.item))
            S_recheck(c, src.item, tgt.item, code);
        /* "A and B held talks (in C)": each did it with the other; in an article also
         * when a pattern's + is no one known or a place ("met for hours in Geneva") */
        if ((!tgt_pat || c->cr) && pv < 0 && S_plural(c, src.item) &&
            (S_reciprocal(c, code, w) || S_each_other(c, vc->vp)) &&
            (!c->cr || S_own_doer(c, vc->vp)) &&
            (tgt.item < 0 || !S_coded(c, tgt.item) ||
             S_at_place(c, &c->ent[c->it[tgt.item].ent], 0)))
            tgt.item = src.item;
        /* what was said or agreed in a place was not said to it ("pledged in Paris
         * to boost demand", "criticised the panels in London"), nor is a criticism
         * a pattern names of a place ("was deeply concerned about the situation in
         * Sudan"), nor the place a pattern's object + found after a preposition it
         * does not name ("will meet in Bahrain") */
        if (c->cr && pv < 0 && (!tgt_pat || plus_object || !strncmp(code, "11", 2)) &&
            tgt.item >= 0 &&
            tgt.item != src.item &&
            S_said_somewhere(code) && S_at_place(c, &c->ent[c->it[tgt.item].ent], 1))
            tgt.item = -1;
        if (c->cr && pv < 0 && !strncmp(code, "172", 3) &&
            (tgt.item < 0 || !S_coded(c, tgt.item))) {
            /* a curfew, martial law or a ban imposed on no one named is the state's on
             * its own country ("South Korean President Yoon Suk Yeol declared martial
             * law") */
            c->negated = S_negated(c, vc->vp, vtok);
            if (S_state_home(c, src.item, code))
                return -1;
            continue;
        }
        if (c->cr && pv < 0 && !strncmp(code, "14", 2) && !strchr(code, ':') &&
            (tgt.item < 0 || !S_coded(c, tgt.item)) && S_people(c, src.item)) {
            c->negated = S_negated(c, vc->vp, vtok);
            if (S_protest_home(c, src.item, code))
                return -1;
            continue;
        }
        if (c->cr && pv < 0 && (!strncmp(code, "128", 3) || !strncmp(code, "196", 3))) {
            c->negated = S_negated(c, vc->vp, vtok);
            int r = S_reported_as(c, vc->vp, vitem, src.item, "112", 0);
            if (r < 0)
                return -1;
            if (r > 0)
                continue;
        }
        /* a state's threat against its own country is one aimed elsewhere ("Turkey
         * warned that Turkey could close the base if Washington imposed sanctions") */
        int own_land = tgt.item >= 0 && c->it[tgt.item].type == I_NES &&
                       c->it[src.item].type == I_NES &&
                       strlen(c->ent[c->it[tgt.item].ent].code) == 3 &&
                       !strncmp(c->ent[c->it[src.item].ent].code,
                                c->ent[c->it[tgt.item].ent].code, 3);
        if (c->cr && pv < 0 && !strncmp(code, "13", 2) && !strchr(code, ':') &&
            (tgt.item < 0 || !S_coded(c, tgt.item) || own_land)) {
            c->negated = S_negated(c, vc->vp, vtok);
            int r = S_threat_back(c, src.item, code);
            if (r < 0)
                return -1;
            if (r > 0)
                continue;
            /* else at the subject of a condition it sets */
            int ifs = S_if_below(c, vc->vp);
            if (ifs >= 0 && ifs != src.item && S_coded(c, ifs)) {
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
            (tgt.item < 0 || !S_coded(c, tgt.item)) &&
            S_promised_response(c, vc->vp, 1, &cond) && cond >= 0 && cond != src.item &&
            S_coded(c, cond))
            tgt.item = cond;
        if (c->cr && pv < 0 && (!strncmp(code, "11", 2) || !strncmp(code, "12", 2)) &&
            !strchr(code, ':') && (tgt.item < 0 || !S_coded(c, tgt.item))) {
            /* a criticism or rejection that names no one is of whoever did something
             * to its doer earlier in the sentence: "Pakistan accused India of backing
             * the militants, a charge New Delhi rejected", "The United States imposed
             * sanctions on Chinese firms, a move Beijing condemned" */
            c->negated = S_negated(c, vc->vp, vtok);
            int r = S_towards_earlier(c, src.item, code, S_acted_on);
            if (r < 0)
                return -1;
            if (r > 0)
                continue;
        }
        int mdoer = pv >= 0 && !pat_roles ? tgt.item : src.item;
        int mparty = pv >= 0 && !pat_roles ? src.item : tgt.item;
        if (c->cr && !strncmp(code, "045", 3) && mdoer >= 0 && S_coded(c, mdoer) &&
            (mparty < 0 || !S_coded(c, mparty))) {
            c->negated = S_negated(c, vc->vp, vtok);
            int r = S_mediated(c, mdoer, code);
            if (r < 0)
                return -1;
            if (r > 0)
                continue;
        }
        if (c->cr && pv < 0 && !strchr(code, ':') && (tgt.item < 0 || !S_coded(c, tgt.item))) {
            /* "He told Zelenskiy that India was ready to play a role": to the addressee */
            int to = S_addressee(c, vc->vp);
            if (to >= 0 && to != src.item)
                tgt.item = to;
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
        /* an act is no guest: "The Taliban welcomed the deportations" Germany carried
         * out hosts no one (a pattern of the verb says when welcoming is praise) */
        if (c->cr && strchr(code, ':') && S_event_ref(c, tgt.item))
            continue;
        /* a pattern that names $ or + already says who did what to whom */
        int swap = pv >= 0 && !pat_roles;
        /* an occasion in a place is not who a passive was done to: "met at a summit
         * in Paris hosted by Macron and Merkel" is no hosting of Paris */
        if (c->cr && swap && S_at_place(c, &c->ent[c->it[src.item].ent], 1))
            continue;
        if (c->cr) {
            S_recheck(c, src.item, tgt.item, code);
            S_act_doer(c, src.item, tgt.item, code, 0);
        }
        c->negated = S_negated(c, vc->vp, vtok);
        /* a hostile act promised on a condition another actor sets threatens that one:
         * "Trump said that if Europe follows through on its tariff, he will impose the
         * tariff on French wine" is a threat to the EU */
        int by_cond = -1;
        c->threat_to = c->cr && pv < 0 && strncmp(code, "15", 2) >= 0 &&
                               strncmp(code, "21", 2) < 0 && !strchr(code, ':') &&
                               S_promised_response(c, vc->vp, 1, &by_cond) && by_cond >= 0 &&
                               by_cond != src.item && by_cond != tgt.item &&
                               S_coded(c, by_cond) && c->it[by_cond].type == I_NES &&
                               !dyad_coref_same_actor(c->ent[c->it[by_cond].ent].code,
                                                      c->ent[c->it[src.item].ent].code)
                           ? by_cond
                           : -1;
        int made = S_make_events(c, src.item, tgt.item, code, swap);
        c->threat_to = -1;
        if (made)
            return -1;
        if (call && !swap && tgt.item != src.item && S_coded(c, tgt.item) &&
            S_make_events(c, src.item, tgt.item, "041:041", 0))
            return -1;
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

static void S_ctx_free(S_ctx *c)
{
    free(c->up);
    free(c->upbuf);
    free(c->lowverb);
    free(c->it);
    free(c->ent);
    free(c->vc);
    free(c->nec);
    free(c->del);
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
    S_join2(roles, sizeof roles, code + n, "");
    S_new_roles(neu, roles);
    if (S_join2(out, sizeof out, neu, roles) >= cap)
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

dyad_status dyad_code_tree(const dyad_dict *d, const dyad_tree *t, const char *date,
                           const char *text, const dyad_code_opts *opts, dyad_coding *out)
{
    return dyad_code_tree_coref(d, t, date, text, opts, NULL, out);
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
    S_ctx c;
    memset(&c, 0, sizeof c);
    c.d = d;
    c.t = t;
    c.o = opts;
    c.out = out;
    c.cr = cr;
    c.date = date && *date ? dyad_date_ordinal(date, strlen(date)) : -1;
    /* upper-case tokens, one buffer */
    size_t total = 0;
    for (size_t i = 0; i < t->ntok; i++)
        total += strlen(t->n[t->tok_node[i]].word) + 1;
    c.up = malloc((t->ntok + 1) * sizeof *c.up);
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
                                        islower((unsigned char)*w)) * S_LOWVERB |
                                       dyad_lower_short(w, strlen(w)) * S_LOWER);
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
    if (c.oom || out->discard) {
        dyad_buf_free(&words);
        S_ctx_free(&c);
        return c.oom ? DYAD_ENOMEM : DYAD_OK;
    }
    int root = 0;
    while (t->nn > 0 && (S_label_is(&c, root, "ROOT") || !t->n[root].label[0]) &&
           t->n[root].first >= 0 && t->n[root].first == t->n[root].last &&
           !t->n[root].word)
        root = t->n[root].first;
    c.root = root;
    c.quote_sp = c.quote_say = -1;
    c.threat_to = -1;
    S_mark_compounds(&c);
    if (t->nn > 0 && S_linearize(&c, root, 0))
        goto nomem;
    if (cr) {
        S_refer_ahead(&c);
        S_quote_speaker(&c);
        S_reported_pronouns(&c);
    }
    c.del = calloc(c.nit + 1, 1);
    if (!c.del)
        goto nomem;
    S_commas(&c);
    c.seq_up = malloc((c.nit + 1) * sizeof(int));
    c.seq_low = malloc((c.nit + 1) * sizeof(int));
    if (!c.seq_up || !c.seq_low)
        goto nomem;
    if (S_check_verbs(&c) || c.oom)
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

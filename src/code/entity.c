/*
 * entity.c — noun phrases to entities for the event coder (coder.c): compounds, an
 * entity's code, and the NP decisions that linearise a sentence into words and entity
 * markers (the two recurse into each other).
 *
 * Algorithm, step 1 of the coder's:
 *  1. Noun phrases become entities (NE): an NP without inner NPs; an NP with a
 *     possessive (words minus "'s"); an NP of the form NP + PP, the PP its own child
 *     (head words, preposition and object, unless the object has a PP or a relative
 *     clause of its own; the words after the object are read as they are; a PP
 *     further down is its inner phrase's, which is gone into; a PP of what is left
 *     out, "except Hungary", is words only); an NP with one CC of
 *     its own and at least three N* nodes (or actor adjectives joined by it before a
 *     noun) is a compound (NEC) whose members (cut
 *     at the CC and commas; a run of nouns is one member) each become an entity
 *     (leading adjectives shared, a noun shared by coordinated modifiers; two
 *     compounds in one phrase give every combination; a list of names the parser
 *     nested around a compound or in one is opened into it: "The United States,
 *     Britain and France"; an actor's phrase with partners set beside it, "X, along
 *     with Y and Z,", is a compound of them all; so is a sentence's opening subject
 *     of names joined by commas only, "Russia, Belarus expel ..."). An entity's
 *     code is its first actor (date-resolved) plus the agents found in it ("~GOV"
 *     suffix, "NGO~" prefix; "former" makes them ELI), or "---" when nothing is known.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "code/coder_int.h"

/* ---------------------------------------------------------------- compounds */

/* Does a word below node begin an actor phrase ("Russian" does, "awful" not)? */
static int S_has_actor(const dyad_cd_ctx *c, int node)
{
    int len;
    for (int k = dyad_cd_node(c, node)->tok; k >= 0 && k < dyad_cd_node(c, node)->tok_end; k++)
        if (dyad_cd_longest(&c->d->actors, c->up + k, dyad_cd_node(c, node)->tok_end - k,
                            &len) >= 0)
            return 1;
    return 0;
}

/* A name: a noun phrase of words only, closed by a proper noun ("the United States"). */
static int S_name_np(const dyad_cd_ctx *c, int node)
{
    const dyad_tnode *x = dyad_cd_node(c, node);
    if (x->word || strcmp(x->label, "NP") || x->last < 0)
        return 0;
    for (int ch = x->first; ch >= 0; ch = dyad_cd_node(c, ch)->next)
        if (!dyad_cd_node(c, ch)->word || !strcmp(dyad_cd_node(c, ch)->label, "POS"))
            return 0;
    return !strncmp(dyad_cd_node(c, x->last)->label, "NNP", 3);
}

/* A list of names the parser nested in a compound or around one: an NP whose children
 * are names, commas and conjunctions, or one such list ("(NP (NP The United States)
 * (, ,) (NP United Nations))", "(NP (NP The United States) (, ,) (NP Britain and
 * France))"), with a comma or conjunction between them; "X, the foreign minister" is
 * no list. A list of words only ("Britain and France") is one when it has a CC. */
int dyad_cd_list_np(const dyad_cd_ctx *c, int node)
{
    const dyad_tnode *x = dyad_cd_node(c, node);
    if (x->word || strcmp(x->label, "NP"))
        return 0;
    int names = 0, seps = 0, words = 0, cc = 0;
    for (int ch = x->first; ch >= 0; ch = dyad_cd_node(c, ch)->next) {
        const dyad_tnode *y = dyad_cd_node(c, ch);
        if (y->word && (!strcmp(y->label, ",") || !strcmp(y->label, "CC"))) {
            seps++;
            cc += !strcmp(y->label, "CC");
        } else if (y->word && (!strncmp(y->label, "NNP", 3) || !strcmp(y->label, "DT"))) {
            words++;
        } else if (S_name_np(c, ch) || (ch == x->last && dyad_cd_list_np(c, ch))) {
            names++;
        } else {
            return 0;
        }
    }
    if (names == 0)
        return words > 0 && cc > 0;
    return !words && seps > 0 && names >= 2;
}

/* Does node's phrase end in an actor or agent phrase: is it a party ("the United
 * States", "Syrian government forces"), not a thing of one ("Republic of Ireland
 * paper")? */
static int S_ends_in_party(const dyad_cd_ctx *c, int node)
{
    const dyad_tnode *x = dyad_cd_node(c, node);
    int len;
    for (int k = x->tok; k >= 0 && k < x->tok_end; k++)
        if ((dyad_cd_longest(&c->d->actors, c->up + k, x->tok_end - k, &len) >= 0 ||
             dyad_cd_longest(&c->d->agents, c->up + k, x->tok_end - k, &len) >= 0) &&
            k + len == x->tok_end)
            return 1;
    return 0;
}

/* Is node a relative clause ("(SBAR (WHNP which) ...)")? */
static int S_relative(const dyad_cd_ctx *c, int node)
{
    int wh = node >= 0 ? dyad_cd_node(c, node)->first : -1;
    return wh >= 0 && dyad_cd_label_is(c, node, "SBAR") &&
           !strncmp(dyad_cd_node(c, wh)->label, "WH", 2);
}

/* The partners set beside an actor's phrase: "(NP (NP Canada) (, ,) (PP along with (NP
 * Japan and Australia)))", "The EU, (ADVP together (PP with the United States))",
 * "Russia alongside Iran". Whoever is named so does what the phrase's actor does, as a
 * list's members do ("Canada, along with Japan and Australia, called a meeting of the
 * Security Council" is a call by all three; "sanctioned Iran, along with Syria"
 * sanctions both), so the phrase is a compound of them all. The partner phrase, its
 * names in *names and a relative clause on them in *rel (-1 none: "along with Japan
 * and Australia, which back the plan,", set after the phrase or inside it), or -1 when
 * np is no such phrase or either side is no party ("stocks fell, along with the
 * dollar"; "U.S. bank notes, along with Irish paper"). */
static int S_partner_pp(const dyad_cd_ctx *c, int np, int *names, int *rel)
{
    static const char *const with[] = {"ALONG", "TOGETHER", NULL};
    *names = *rel = -1;
    int head = dyad_cd_node(c, np)->first, pp = head >= 0 ? dyad_cd_node(c, head)->next : -1;
    if (pp >= 0 && dyad_cd_label_is(c, pp, ","))
        pp = dyad_cd_node(c, pp)->next;
    if (pp < 0 || !dyad_cd_label_is(c, np, "NP") || !dyad_cd_label_is(c, head, "NP") ||
        !(dyad_cd_label_is(c, pp, "PP") || dyad_cd_label_is(c, pp, "ADVP")))
        return -1;
    /* after it nothing, the comma closing it, or a comma, a relative clause and its
     * closing comma */
    int after = dyad_cd_node(c, pp)->next, more = after >= 0 ? dyad_cd_node(c, after)->next : -1;
    int end = more >= 0 ? dyad_cd_node(c, more)->next : -1;
    if (S_relative(c, more) && (end < 0 || (dyad_cd_label_is(c, end, ",") &&
                                            dyad_cd_node(c, end)->next < 0)))
        *rel = more;
    if ((more >= 0 && *rel < 0) || (after >= 0 && !dyad_cd_label_is(c, after, ",")))
        return -1;
    int obj = dyad_cd_node(c, pp)->last, t = dyad_cd_node(c, pp)->tok;
    if (obj >= 0 && dyad_cd_label_is(c, pp, "ADVP")) /* "together (PP with ...)" */
        obj = dyad_cd_label_is(c, obj, "PP") ? dyad_cd_node(c, obj)->last : -1;
    if (obj < 0 || !dyad_cd_label_is(c, obj, "NP"))
        return -1;
    int words = !strcmp(c->up[t], "ALONGSIDE") ? 1
                : dyad_among(c->up[t], with) && !strcmp(c->up[t + 1], "WITH") ? 2
                                                                                 : 0;
    if (!words || dyad_cd_node(c, obj)->tok != t + words)
        return -1;
    *names = obj;
    if (*rel < 0 && S_relative(c, dyad_cd_node(c, obj)->last) &&
        dyad_cd_label_is(c, dyad_cd_node(c, obj)->first, "NP")) {
        *rel = dyad_cd_node(c, obj)->last;
        *names = dyad_cd_node(c, obj)->first;
    }
    return S_ends_in_party(c, head) && S_ends_in_party(c, *names) && S_has_actor(c, head) &&
                   S_has_actor(c, *names)
               ? pp
               : -1;
}

/* A sentence's subject of names joined by commas only, as headlines write them ("Russia,
 * Belarus expel ...", "(NP (NP Seoul) (, ,) (NP Tokyo)) vow ..."): each name a whole
 * actor, none with an article, so "Bosnia and Herzegovina" stays one name and "Sergei
 * Lavrov, Russia's foreign minister" an apposition. */
static int S_comma_subject(const dyad_cd_ctx *c, int node)
{
    const dyad_tnode *x = dyad_cd_node(c, node);
    const dyad_tnode *s = x->parent >= 0 ? dyad_cd_node(c, x->parent) : NULL;
    if (x->word || strcmp(x->label, "NP") || !s || strcmp(s->label, "S") || s->first != node ||
        s->parent < 0 || !dyad_cd_label_is(c, s->parent, "ROOT"))
        return 0; /* the subject opening a sentence: not "In Hong Kong, Baldrige will ..." */
    int vp = x->next;
    while (vp >= 0 && !dyad_cd_label_is(c, vp, "VP"))
        vp = dyad_cd_node(c, vp)->next;
    if (vp < 0)
        return 0;
    int names = 0, from = -1, len;
    for (int ch = x->first;; ch = dyad_cd_node(c, ch)->next) {
        const dyad_tnode *y = ch >= 0 ? dyad_cd_node(c, ch) : NULL;
        if (!y || (y->word && !strcmp(y->label, ","))) {
            int to = y ? y->tok : x->tok_end; /* the name runs from..to */
            if (from < 0 || dyad_cd_longest(&c->d->actors, c->up + from, to - from, &len) < 0 ||
                from + len != to)
                return 0;
            names++;
            from = -1;
            if (!y)
                return names >= 2;
            continue;
        }
        if (y->word ? strncmp(y->label, "NNP", 3) : !S_name_np(c, ch) ||
                                                     dyad_cd_label_is(c, y->first, "DT"))
            return 0;
        if (from < 0)
            from = y->tok;
    }
}

void dyad_cd_mark_compounds(dyad_cd_ctx *c)
{
    const dyad_tree *t = c->t;
    for (size_t i = 0; i < t->nn; i++) {
        const dyad_tnode *x = &t->n[i];
        if (!x->word || strcmp(x->label, "CC") || x->parent < 0)
            continue;
        int p = x->parent;
        if (dyad_cd_label_is(c, p, "ADJP") && t->n[p].parent >= 0) {
            /* "(NP (ADJP Russian and Ukrainian) delegations)" */
            int np = t->n[p].parent, z = t->n[np].last;
            if (dyad_cd_label_is(c, np, "NP") && !c->nec[np] && z >= 0 && t->n[z].word &&
                !strncmp(t->n[z].label, "NN", 2) && x->next >= 0 &&
                S_has_actor(c, t->n[p].first) && S_has_actor(c, x->next))
                c->nec[np] = 1;
            continue;
        }
        if (!dyad_cd_label_is(c, p, "NP") || c->nec[p])
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
    for (size_t i = 0; i < t->nn; i++)
        if (!c->nec[i] && S_comma_subject(c, (int)i))
            c->nec[i] = 1;
    /* "The United States, Britain and France" read as (NP (NP The United States) (, ,)
     * (NP Britain and France)): the list around the compound is the compound */
    for (size_t i = 0; i < t->nn; i++) {
        int q = t->n[i].parent;
        if (c->nec[i] != 1 || q < 0 || c->nec[q] == 1 || !dyad_cd_label_is(c, q, "NP") ||
            (int)i != t->n[q].last || !dyad_cd_list_np(c, q))
            continue;
        c->nec[q] = 1;
        c->nec[i] = 3; /* opened into the list's members */
    }
    /* an actor's phrase with its partners: a list of them all, the phrases around the
     * partners' names and a list of names among them opened into its members */
    for (size_t i = 0; i < t->nn; i++) {
        int names, rel, pp = c->nec[i] ? -1 : S_partner_pp(c, (int)i, &names, &rel);
        if (pp < 0)
            continue;
        c->nec[i] = 1;
        for (int n = t->n[names].parent; n >= pp; n = t->n[n].parent) /* up to pp */
            c->nec[n] = 3;
        if (dyad_cd_list_np(c, names))
            c->nec[names] = 3;
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
int dyad_cd_longest(const dyad_trie *tr, char **w, int n, int *len)
{
    int best = -1, depth = 0, end = 0, budget = 4096;
    S_walk(tr, 0, w, n, 0, 0, &best, &depth, &end, &budget);
    *len = best >= 0 ? end : 0;
    return best;
}

/* dst = a followed by b, cut to fit (codes longer than a buffer are not meaningful), as
 * snprintf "%s%s" does, without its cost (it is asked of every word of every phrase);
 * returns the length uncut. */
size_t dyad_cd_join2(char *dst, size_t cap, const char *a, const char *b)
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

/* Do the words at w[at] name a member of the organisation named before them, "NATO
 * member Turkey", "fellow OPEC member Venezuela", "EU member state Hungary"? The
 * organisation is then only the class of the one named, who is the actor. */
static int S_member_named(const dyad_dict *d, char **w, int n, int at)
{
    static const char *const kind[] = {"STATE", "COUNTRY", "NATION", NULL};
    int len;
    if (at >= n || !dyad_is(w[at], "MEMBER"))
        return 0;
    at += 1 + (at + 1 < n && dyad_among(w[at + 1], kind));
    return at < n && dyad_cd_longest(&d->actors, w + at, n - at, &len) >= 0;
}

/* Is the actor a seat of government named before a noun of a pact or a gathering (the
 * phrase is then a name, and the city where the pact was made or the ministers met is
 * no party to it): "pressure eased after the Paris pact", "the 1976 Berne agreement",
 * "the Paris meeting of finance ministers"? A state's own name stays its party ("the
 * U.S.-Japan accord", "the Soviet agreement"), and so does a city before talks or a
 * summit, whose host is as often a party ("the Moscow summit"), or before a communique
 * or a declaration, which its government may have issued ("the Baghdad communique
 * said Iraqi planes had raided ..."). */
static int S_named_after(const dyad_dict *d, int actor, int32_t date, const char *next)
{
    static const char *const named[] = {"PACT",       "PACTS",      "ACCORD",  "ACCORDS",
                                        "AGREEMENT",  "AGREEMENTS", "MEETING", "MEETINGS",
                                        "CONFERENCE", NULL};
    if (!dyad_among(next, named))
        return 0; /* the common case, on the path of every actor phrase: no lookup */
    const char *code = dyad_actor_code_for(d, actor, date);
    return strlen(code) == 6 && !strcmp(code + 3, "GOV") && !S_dated(d, actor);
}

/* Is the actor phrase at w[k] (len words) the bare word "Georgia" meaning the U.S.
 * state? Wire copy names the state as often as the country, and the dictionary has one
 * entry: the state is the one whose name opens a firm's or an office's ("Georgia Power",
 * "the Georgia Public Service Commission", "Georgia-Pacific") or whose sentence tells
 * of U.S. politics or places ("the governor of Georgia", "a Georgia Republican",
 * "Atlanta, Georgia", "Alabama and Georgia"), unless the sentence also names the
 * country's own (Tbilisi, a Georgian, the Soviet republic). */
static int S_us_georgia(const dyad_cd_ctx *c, char **w, int n, int k, int len)
{
    static const char *const firm[] = {"POWER", "PACIFIC", "GULF", "PUBLIC", "STATE", NULL};
    static const char *const us[] = {
        "atlanta",  "savannah",  "governor", "gov.",      "republican", "democrat",
        "sen.",     "rep.",      "alabama",  "florida",   "tennessee",  "carolina",
        "carolinas", "virginia", "mississippi", "texas",  "arizona",    "fulton",
        NULL};
    static const char *const home[] = {"tbilisi", "georgian", "georgians", "soviet",
                                       "abkhazia", "ossetia", "caucasus", NULL};
    if (len != 1 || strncmp(w[k], "GEORGIA", 7) || (w[k][7] && strcmp(w[k] + 7, "-PACIFIC")))
        return 0;
    if (w[k][7] || (k + 1 < n && dyad_among(w[k + 1], firm)))
        return 1;
    int state = 0;
    for (size_t i = 0; i < c->t->ntok; i++) {
        const char *t = c->t->n[c->t->tok_node[i]].word;
        if (dyad_among_lc(t, SIZE_MAX, home))
            return 0;
        state |= dyad_among_lc(t, SIZE_MAX, us);
    }
    return state;
}

/* Is token k written as a name: a proper noun (NNP) with a capital and lower case after
 * it ("Smith", not "SMITH" of a headline in capitals)? */
static int S_name_word(const dyad_cd_ctx *c, int k)
{
    const dyad_tnode *x = dyad_cd_node(c, c->t->tok_node[k]);
    const char *p = x->word;
    if (!dyad_is(x->label, "NNP") || !isupper((unsigned char)p[0]) || strchr(p, '-'))
        return 0;
    while (*++p)
        if (islower((unsigned char)*p))
            return 1;
    return 0;
}

/* Are the n tokens from toks all written in lower case ("the bush", not "Bush") in a
 * sentence that writes names with capitals (a word after its first begins with one; a
 * story written all in lower case says nothing by case)? */
static int S_lower_words(const dyad_cd_ctx *c, const int *toks, int n)
{
    for (int k = 0; k < n; k++)
        for (const char *p = dyad_cd_node(c, c->t->tok_node[toks[k]])->word; *p; p++)
            if (isupper((unsigned char)*p))
                return 0;
    for (size_t k = 1; k < c->t->ntok; k++)
        if (isupper((unsigned char)dyad_cd_node(c, c->t->tok_node[k])->word[0]))
            return 1;
    return 0;
}

/* Are the words after a state's name, w[at] on (n words in all), money or a market
 * traded, so the name is no actor? "Swiss francs", "Hong Kong dollars", "U.S. dlrs" are
 * money; "U.S. energy futures", "U.K. long gilt futures" are what a market trades (a
 * futures word written in lower case closing the name's noun within three words: "the
 * U.S. Commodity Futures Trading Commission" is a body of the state). toks as for
 * dyad_cd_code_words. */
static int S_money(const dyad_cd_ctx *c, char **w, const int *toks, int n, int at)
{
    static const char *const cur[] = {"DOLLAR", "DOLLARS", "DLR",    "DLRS",   "FRANC",
                                      "FRANCS", "MARK",    "MARKS",  "YEN",    "YUAN",
                                      "EURO",   "EUROS",   "POUND",  "POUNDS", "RUPEE",
                                      "RUPEES", "RUBLE",   "RUBLES", "ROUBLE", "ROUBLES",
                                      "PESO",   "PESOS",   "LIRA",   "WON",    "RIYAL",
                                      "RIYALS", "DINAR",   "DINARS", "SHEKEL", "SHEKELS",
                                      "RAND",   "CROWNS",  "KRONA",  "KRONER", "CURRENCY",
                                      NULL};
    static const char *const traded[] = {"FUTURES", "GILTS", NULL};
    static const char *const after[] = {"AND", "OR", ",", "IN", "ON", "AT", "TO", "FOR",
                                        "WITH", "FROM", NULL};
    if (at < n && dyad_among(w[at], cur))
        return 1;
    for (int j = at; toks && j < n && j < at + 3; j++)
        if (dyad_among(w[j], traded))
            return S_lower_words(c, toks + j, 1) && (j + 1 == n || dyad_among(w[j + 1], after));
    return 0;
}

/* Is token k a middle initial ("M.")? */
static int S_initial(const dyad_cd_ctx *c, int k)
{
    const char *p = dyad_cd_node(c, c->t->tok_node[k])->word;
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
static int S_person_name(const dyad_cd_ctx *c, char **w, const int *toks, int n, int k, int len)
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
    int a = dyad_cd_longest(&c->d->actors, w + j, n - j, &tmp);
    if (a >= 0) /* a person's surname the dictionary knows: "Georgia Meloni" */
        return S_dated(c->d, a);
    return (j + 1 == n || dyad_is(w[j + 1], "'S")) &&
           dyad_cd_longest(&c->d->agents, w + j, n - j, &tmp) < 0 && !dyad_among(w[j], heads);
}

/* An agent adds only the roles code lacks: "U.S. Treasury Secretary" is the Treasury's
 * USAGOV and the secretary's GOVBUS, USAGOVBUS, not USAGOVGOVBUS. Keeps in roles (its
 * three-letter codes, cut in place) those that code has not; returns their length. */
size_t dyad_cd_new_roles(const char *code, char *roles)
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

/* Does word k end a person's name ("Qin Gang", "Julie Bishop")? An agent word there is
 * a surname, not a role: Qin Gang is no gang. A title that opens a listed phrase
 * ("President Donald Trump") is still the role it names, and a plural that ends a
 * group's ("Taliban fighters", "Rapid Support Forces") the members it names. */
static int S_in_name(const dyad_dict *d, char **w, int n, int k)
{
    int len;
    size_t l = strlen(w[k]);
    if (l && w[k][l - 1] == 'S')
        return 0;
    for (int j = k > 3 ? k - 3 : 0; j < k; j++) {
        int a = dyad_cd_longest(&d->actors, w + j, n - j, &len);
        if (a >= 0 && j + len == k + 1 && S_dated(d, a))
            return 1;
    }
    return 0;
}

/* Do the agent's words k..k+len-1, ending in a singular, lie inside the actor phrase
 * (span words from at), after its first word, when that phrase names a place, a code
 * of three letters with no role? Such a word is part of the place's name: the West
 * Bank is no bank. A body's name keeps the roles its words give ("U.S. Trade
 * Representative" is GOVBUS, a bank business), and so do a title opening a phrase
 * ("President Donald Trump") and a plural naming members ("Western governments"). */
static int S_in_place(const char *code, char **w, int k, int len, int at, int span)
{
    size_t l = strlen(w[k + len - 1]);
    return strlen(code) == 3 && k > at && k + len <= at + span &&
           !(l && w[k + len - 1][l - 1] == 'S');
}

/* Does the agent's words k..k+len-1 modify the noun after them, which a preposition
 * naming an act's party follows, before the actor at word `at`? Then the agent says
 * what the act is, not who the party is: "military action against Syria" is Syria's,
 * not its military's, and so is "official visit to the United States", also with a
 * word joined to it that is no agent ("severed military and trade links with Iran"). An
 * agent heading its own phrase ("troops against the regime", "bankers, worried about
 * calls for curbs on Switzerland's secrecy"), joined by "of" ("the army of Iran") or to
 * another agent ("troops and police officers against") is still the party's. */
static int S_act_modifier(const dyad_dict *d, char **w, int k, int len, int at)
{
    static const char *const party[] = {"AGAINST", "ON",   "AT",   "TO", "TOWARD",
                                        "TOWARDS", "INTO", "WITH", NULL};
    static const char *const join[] = {"AND", "OR", NULL};
    int j = k + len, glen;
    if (j + 3 < at && dyad_among(w[j], join) &&
        dyad_cd_longest(&d->agents, w + j + 1, at - j - 1, &glen) < 0)
        j += 2;
    return j + 1 < at && isalpha((unsigned char)w[j][0]) && !dyad_among(w[j], party) &&
           dyad_among(w[j + 1], party);
}

/* The word after which the words name the patient of an act of force, repression or
 * sanctions (dyad_coref_act_patient) whose noun follows the actor phrase ending before
 * word end; n none. Agents there are the patient's, not the actor's: "Russia's attacks
 * on Ukrainian civilians", "the U.S. sanctions on Chinese firms", "China's detention of
 * Canadian citizens" name the doer (RUS, USA, CHN), at whom a reaction to the act is
 * aimed, not its civilians, firms or citizens. */
static int S_patient_from(char **w, int n, int end)
{
    dyad_cr_np np;
    memset(&np, 0, sizeof np);
    np.w = (const char *const *)(w + end);
    np.n = n - end;
    int home, i = end < n ? dyad_coref_act_patient(&np, &home) : 0;
    return i ? end + i : n;
}

/* Is the state or its government named by actor a (words k..k+len-1: "U.S.", "U.S.
 * Treasury") followed by a title and then someone the dictionary puts in that state's
 * government on the date ("U.S. Treasury Secretary Janet Yellen", "West German
 * Finance Minister Gerhard Stoltenberg")? The person is who the phrase names, with the
 * code of the office held: USAGOV, as "Treasury Secretary Janet Yellen" alone is, not
 * the state's code with the title's roles (USAGOVBUS). One the dates put out of
 * government (an elite, a legislator) or in another state's service leaves the state
 * and the title to say who acts: the copy's title is newer than the dictionary. */
static int S_titled_person(const dyad_cd_ctx *c, char **w, int n, int a, int k, int len)
{
    const dyad_dict *d = c->d;
    const char *state = dyad_actor_code_for(d, a, c->date);
    int j = k + 1, glen, plen;
    size_t sl = strlen(state);
    if (sl != 3 && (sl != 6 || strcmp(state + 3, "GOV")))
        return 0;
    while (j < k + len && dyad_cd_longest(&d->agents, w + j, n - j, &glen) < 0)
        j++; /* the title may begin inside the body's name: "U.S. Treasury Secretary" */
    int title = j;
    while (j < n && dyad_cd_longest(&d->agents, w + j, n - j, &glen) >= 0)
        j += glen;
    int p = j > title && j >= k + len && j < n ? dyad_cd_longest(&d->actors, w + j, n - j, &plen)
                                                : -1;
    if (p < 0)
        return 0;
    const char *code = dyad_actor_code_for(d, p, c->date);
    return !strncmp(code, state, 3) && !strncmp(code + 3, "GOV", 3);
}

void dyad_cd_armed_base(const dyad_cd_ctx *c, char **w, int n, char *code, size_t cap)
{
    size_t l = strlen(code);
    int len;
    if (l == 3 || l % 3 || strncmp(code, "---", 3) || n < 1)
        return;
    for (size_t k = 3; k < l; k += 3)
        if (!dyad_coref_armed_agent(code + k))
            return;
    int a = dyad_cd_longest(&c->d->actors, w, n, &len);
    const char *own = a >= 0 ? dyad_actor_code_for(c->d, a, c->date) : "---";
    if (own[0] == '-' || dyad_actor_transnational(own) || dyad_actor_key_len(own) != 3)
        return;
    char tmp[64];
    snprintf(tmp, sizeof tmp, "%.3s%s", own, code + 3);
    dyad_cd_join2(code, cap, tmp, "");
}

/* "Pakistan-based militants": the tokenizer keeps "-based" in its word, so the place
 * is that word's part before it (dyad_cd_armed_base). */
static void S_based_armed(const dyad_cd_ctx *c, char **w, int n, char *code, size_t cap)
{
    for (int k = 0; k < n; k++) {
        const char *h = strrchr(w[k], '-');
        char pre[64];
        if (!h || h == w[k] || strcmp(h, "-BASED") || (size_t)(h - w[k]) >= sizeof pre)
            continue;
        snprintf(pre, sizeof pre, "%.*s", (int)(h - w[k]), w[k]);
        char *one[] = {pre};
        dyad_cd_armed_base(c, one, 1, code, cap);
        return;
    }
}

/* Seas, named "the Gulf of Oman", "the Sea of Japan", "the Bay of Bengal", "the Strait
 * of Hormuz" */
static const char *const S_waters[] = {"GULF", "SEA", "BAY", "STRAIT", "STRAITS", NULL};

/* Is the word "official" or "officials"? */
static int S_official(const char *w)
{
    return dyad_is(w, "OFFICIAL") || dyad_is(w, "OFFICIALS");
}

/* Words of a person's descent: "of Indian origin", "of Chinese descent" */
static const char *const S_origins[] = {"ORIGIN", "DESCENT", "EXTRACTION", "ANCESTRY", NULL};

/* PETRARCH check_NEphrase: first actor, then all agents combined onto its code; returns
 * 1 + the actor entry the code starts with, 0 none (an owner's: dyad_owner_ending).
 * *dated tells whether the actor's codes are date-limited. toks, when given, are the
 * words' tokens: no actor begins at a verb written in lower case, which a phrase holds
 * when a clause is part of it ("allegations that the Soviet Union is dumping mercury":
 * "is" is no Islamic State, whose "IS" the tagger reads as a noun in mixed case), and
 * in an article none is a currency's ("Swiss francs") or a market's ("U.S. crude
 * futures"), nor a two-letter abbreviation written in lower case, whatever its tag
 * ("is", "us": dyad_lower_short). */
int dyad_cd_code_words(const dyad_cd_ctx *c, char **w, const int *toks, int n, char *out,
                       size_t cap, int *dated)
{
    const dyad_dict *d = c->d;
    char code[64] = "";
    int len;
    *dated = 0;
    int pick = -1, past = -1, at = 0, past_at = 0, span = 0, past_span = 0;
    /* an attribution the parser left inside the phrase ("killed more than 14,000
     * people since April, according to U.N. figures") names who tells of the act, no
     * one in the phrase */
    for (int k = 0; k + 1 < n; k++)
        if (dyad_is(w[k], "ACCORDING") && dyad_is(w[k + 1], "TO"))
            n = k;
    for (int k = 0; k < n && pick < 0; k++) {
        if (toks && (c->lowverb[toks[k]] & DYAD_CD_LOWVERB))
            continue;
        /* a state after "former" dates whom the phrase names after it, in the same
         * name or its "of" phrase: "the former Soviet republic of Georgia" is Georgia,
         * "former Soviet leader Mikhail Gorbachev" is Gorbachev; not someone further on
         * ("a former Ukrainian soldier accused of plotting an attack in Moscow"), nor
         * anyone in "the former Soviet Union" */
        if (past >= 0 && !dyad_is(w[k], "OF")) {
            const char *tag = dyad_cd_node(c, c->t->tok_node[toks[k]])->label;
            if (tag[0] == 'V' || dyad_is(tag, "IN") || dyad_is(tag, "TO") ||
                dyad_is(tag, ",") || dyad_is(tag, "WDT"))
                break;
        }
        int a = dyad_cd_longest(&d->actors, w + k, n - k, &len);
        if (a >= 0 && c->cr && S_money(c, w, toks, n, k + len))
            continue; /* in an article, "150 mln Swiss francs" is no Swiss actor */
        if (a >= 0 && S_member_named(d, w, n, k + len)) {
            k += len - 1;
            continue;
        }
        if (a >= 0 && c->cr && k + len < n && S_named_after(d, a, c->date, w[k + len])) {
            k += len - 1;
            continue;
        }
        if (a >= 0 && c->cr && toks && len == 1 && (c->lowverb[toks[k]] & DYAD_CD_LOWER))
            continue;
        if (a >= 0 && c->cr && S_us_georgia(c, w, n, k, len))
            continue;
        /* in an article, a person's name is written with capitals: "rebels disappeared
         * back into the bush" names no Bush */
        if (a >= 0 && c->cr && toks && S_dated(d, a) && S_lower_words(c, toks + k, len)) {
            k += len - 1;
            continue;
        }
        /* in an article, a state a sea is named after is no party at it: "seized a
         * tanker in the Gulf of Oman", "attacked a ship in the Gulf of Aden" */
        if (a >= 0 && c->cr && k >= 2 && dyad_is(w[k - 1], "OF") &&
            dyad_among(w[k - 2], S_waters)) {
            k += len - 1;
            continue;
        }
        /* a state one's forebears came from is no party: "tea workers of Indian origin"
         * are those of the state they live in */
        if (a >= 0 && k >= 1 && k + len < n && dyad_is(w[k - 1], "OF") &&
            dyad_among(w[k + len], S_origins)) {
            k += len - 1;
            continue;
        }
        if (a >= 0 && S_titled_person(c, w, n, a, k, len)) {
            k += len - 1;
            continue;
        }
        if (a >= 0 && !S_dated(d, a) && S_person_name(c, w, toks, n, k, len)) {
            k += len - 1; /* "Chad Smith" is a person, not Chad */
            continue;
        }
        if (a >= 0 && toks && past < 0 && k > 0 && k + len < n &&
            dyad_is(w[k - 1], "FORMER")) {
            past = a;
            past_at = k;
            past_span = len;
            k += len - 1;
            continue;
        }
        pick = a;
        at = k;
        span = a >= 0 ? len : 0;
    }
    if (pick < 0) {
        pick = past;
        at = past_at;
        span = past_span;
    }
    int actor = pick + 1;
    if (pick >= 0) {
        dyad_cd_join2(code, sizeof code, dyad_actor_code_for(d, pick, c->date), "");
        *dated = S_dated(d, pick);
    }
    /* in an article, a ship or plane flagged, owned or operated by a state, or linked to
     * it, is that state's, and so are whom it appointed, what it leads and what it
     * drafted: "a British-flagged oil tanker", "an Israel-linked cargo ship", "a
     * U.N.-appointed special rapporteur", "a Saudi-led coalition",
     * "a U.S.-drafted resolution" (dyad_owner_ending; src/pipeline/prefilter.c keeps
     * sentences with such words) */
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
        int a = dyad_cd_longest(&d->actors, cut + k, (n < 32 ? n : 32) - k, &len);
        if (a >= 0) {
            dyad_cd_join2(code, sizeof code, dyad_actor_code_for(d, a, c->date), "");
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
    int nag = 0, patient = pick >= 0 ? S_patient_from(w, n, at + span) : n;
    /* the agents the phrase holds, then their roles: an official of a firm or a union
     * the phrase names beside its actor, in the same part of a list ("company
     * officials", "officials of the bank", "union officials"; not "Mexican officials and
     * bankers"), is that body's, no state's government; a word of the actor's own name
     * names no such body ("World Bank officials") */
    int ags[32], agk[32], agoff[32], agpart[32], nags = 0, part = 0, bodies[32] = {0},
        firm = 0;
    for (int k = 0, j = 0; k < n && nags < 32; k += len ? len : 1) {
        for (; j < k; j++)
            part += dyad_is(w[j], "AND") || dyad_is(w[j], "OR") || dyad_is(w[j], ",");
        int g = dyad_cd_longest(&d->agents, w + k, n - k, &len);
        int off = g >= 0 && S_official(w[k + len - 1]);
        /* an official's agent begun inside the actor's name is no body's: "Soviet Union
         * officials" are the state's */
        if (off && pick >= 0 && k > at && k < at + span && k + len > at + span) {
            len = at + span - k;
            continue;
        }
        if (g < 0 || (!former && S_in_name(d, w, n, k)) || S_in_place(code, w, k, len, at, span) ||
            (pick >= 0 && S_act_modifier(d, w, k, len, at)) || k > patient)
            continue;
        const char *ag = dyad_dict_str(d, d->agent.v[g]);
        if ((pick < 0 || k < at || k >= at + span) && part < 32 &&
            (!strcmp(ag, "~BUS") || !strcmp(ag, "~LAB")))
            bodies[part] = 1;
        firm |= (k < at || k >= at + span) && !strcmp(ag, "~BUS");
        agoff[nags] = off && !strcmp(ag, "~GOV");
        agpart[nags] = part;
        ags[nags] = g;
        agk[nags++] = k;
    }
    /* a firm's phrase that names a seat of government, one word written as a name,
     * names the firm's place, not the government: "a company in Tokyo", "a Tokyo
     * trading house" are JPNBUS (a state firm says so with an agent of its own: "a
     * government company in Tokyo"; an agency's initials, "FSLIC", are no place, nor
     * is a body of two words, "the Federal Reserve" beside a bank) */
    int place = 0;
    for (int k = at; firm && toks && k < at + span; k++)
        if (!dyad_is(dyad_cd_node(c, c->t->tok_node[toks[k]])->label, "DT"))
            place += S_name_word(c, toks[k]) ? 1 : 2;
    if (place == 1 && pick >= 0 && !*dated && strlen(code) == 6 && !strcmp(code + 3, "GOV"))
        code[3] = 0;
    for (int i = 0; i < nags; i++) {
        int g = ags[i], k = agk[i];
        if (agoff[i] && agpart[i] < 32 && bodies[agpart[i]])
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
        if (!dyad_cd_new_roles(code, agc))
            break; /* with none to add, the code is complete */
        char tmp[sizeof code];
        dyad_cd_join2(tmp, sizeof tmp, suffix ? code : agc, suffix ? agc : code);
        memcpy(code, tmp, sizeof code);
    }
    if (!code[0])
        memcpy(code, "---", 4);
    else if (c->cr && !have_actor)
        S_based_armed(c, w, n, code, sizeof code);
    dyad_cd_join2(out, cap, code, "");
    return actor;
}

/* ---------------------------------------------------------------- NP decisions */

/* Find, in node's subtree outside SBARs (an SBAR itself is found), the first node whose
 * label is `l` or that is a marked compound (l == NULL). -1 none. */
static int S_find(const dyad_cd_ctx *c, int node, const char *l, int self)
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
static int S_necs(const dyad_cd_ctx *c, int node, int *out)
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

/* The number of members of list node: its parts between commas and conjunctions, a
 * list nested in it opened into its own ("(NP (NP Saudi Arabia) (, ,) (NP (NP the UAE)
 * (, ,) (NP Bahrain) (CC and) (NP Egypt)))" four). */
static int S_list_count(const dyad_cd_ctx *c, int node)
{
    int n = 0, open = 0;
    for (int ch = dyad_cd_node(c, node)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next) {
        const dyad_tnode *y = dyad_cd_node(c, ch);
        if (y->word && (!strcmp(y->label, ",") || !strcmp(y->label, "CC"))) {
            n += open;
            open = 0;
        } else if (!y->word && c->nec[ch] == 3) {
            n += S_list_count(c, ch);
        } else {
            open = 1;
        }
    }
    return n + open;
}

/* Does noun phrase np count as many parties as list names: "two Gulf states", "the
 * four countries", "both neighbours" before a list of that many? */
static int S_counts_list(const dyad_cd_ctx *c, int np, int list)
{
    int n = 0;
    for (int k = dyad_cd_node(c, np)->tok; k < dyad_cd_node(c, np)->tok_end; k++) {
        int v = dyad_coref_count(c->up[k]);
        if (v)
            n = n ? -1 : v; /* two counts: no count of the list */
    }
    return n > 0 && n == S_list_count(c, list);
}

/* In an article: the list set after a possessor's phrase, which is who the phrase
 * is, as a name ending it is ("China's ally Pakistan"): "(NP (NP the United States'
 * biggest trading partners) (, --) (NP Mexico, Canada, China and the EU))"; so is
 * one set after a plural noun that names no actor ("Three countries, Britain, France
 * and Germany, criticised", "many nations -- Canada, Sweden and Nigeria --") or that
 * counts them, whose region is only their class ("two Gulf states, Qatar and Oman,",
 * "the four Arab states: Egypt, Jordan, Iraq and Syria"); -1 when np is no such
 * phrase. */
static int S_poss_list(const dyad_cd_ctx *c, int np)
{
    int poss = dyad_cd_node(c, np)->first, sep = poss >= 0 ? dyad_cd_node(c, poss)->next : -1;
    int list = sep >= 0 ? dyad_cd_node(c, sep)->next : -1;
    if (!c->cr || list < 0 || !dyad_cd_label_is(c, np, "NP") || !dyad_cd_label_is(c, poss, "NP") ||
        (!dyad_cd_label_is(c, sep, ",") && !dyad_cd_label_is(c, sep, ":")) ||
        c->nec[list] != 1 || dyad_cd_node(c, list)->next >= 0)
        return -1;
    int z = dyad_cd_node(c, poss)->last;
    if (z >= 0 && dyad_cd_label_is(c, z, "NNS") &&
        (!S_has_actor(c, poss) || S_counts_list(c, poss, list)))
        return list;
    for (int ch = dyad_cd_node(c, poss)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next)
        if (dyad_cd_label_is(c, ch, "NP") && dyad_cd_node(c, ch)->last >= 0 &&
            dyad_cd_label_is(c, dyad_cd_node(c, ch)->last, "POS"))
            return list;
    return -1;
}

/* In an article: the parties named as examples of a plural noun, "(NP (NP Western
 * countries) (PP (ADJP such as) (NP Britain and France)))", "(NP (NP European
 * countries) (, ,) (PP (VBG including) (NP Britain and France)))", who the phrase is
 * (the noun's own region or nationality is only the class they belong to), when they
 * name an actor; -1 when np is no such phrase. */
static int S_example_list(const dyad_cd_ctx *c, int np)
{
    int head = dyad_cd_node(c, np)->first, pp = dyad_cd_node(c, np)->last;
    /* a count's adverb before the noun: "at least four countries, including ..." */
    if (head >= 0 && dyad_cd_label_is(c, head, "ADVP") && dyad_cd_node(c, head)->next >= 0)
        head = dyad_cd_node(c, head)->next;
    if (!c->cr || head < 0 || !dyad_cd_label_is(c, np, "NP") || !dyad_cd_label_is(c, head, "NP") ||
        !dyad_cd_label_is(c, pp, "PP") || dyad_cd_node(c, head)->last < 0 ||
        !dyad_cd_label_is(c, dyad_cd_node(c, head)->last, "NNS"))
        return -1;
    int sep = dyad_cd_node(c, head)->next;
    if (sep != pp && (!dyad_cd_label_is(c, sep, ",") || dyad_cd_node(c, sep)->next != pp))
        return -1;
    int obj = dyad_cd_node(c, pp)->last, t = dyad_cd_node(c, pp)->tok;
    if (obj < 0 || !dyad_cd_label_is(c, obj, "NP") || !S_has_actor(c, obj) ||
        !(!strcmp(c->up[t], "INCLUDING") || !strcmp(c->up[t], "LIKE") ||
          (!strcmp(c->up[t], "SUCH") && t + 1 < dyad_cd_node(c, obj)->tok &&
           !strcmp(c->up[t + 1], "AS"))))
        return -1;
    return obj;
}

/* A phrase of what is left out ("all members except Hungary", "excluding Japan"): who
 * is excepted takes no part in what the sentence tells, so its words are words only, no
 * party of the phrase around it, nor of the verb. */
static const char *const S_except[] = {"EXCEPT", "EXCLUDING", NULL};

/* A place beside a building of a party ("refugees outside the Turkish consulate"): the
 * people there are not of the building's owner, who is a party of its own (a
 * protest's); a building of no one named is the phrase's own ("Canadian flags outside
 * the embassy"). */
static const char *const S_beside[] = {"OUTSIDE", NULL};

/* Is node a prepositional phrase led by one of words? */
static int S_pp_led(const dyad_cd_ctx *c, int node, const char *const *words)
{
    int first = dyad_cd_node(c, node)->first;
    return dyad_cd_label_is(c, node, "PP") && first >= 0 && dyad_cd_isleaf(c, first) &&
           dyad_among(c->up[dyad_cd_node(c, first)->tok], words);
}

/* In an article: the name that opens object obj of a prepositional phrase fronted before
 * a clause without a subject, when the parser hung the clause's subject on it after a
 * comma: "(S (PP During (NP (NP a visit) (PP to (NP (NP (NP Nairobi) (, ,) (NP Turkish
 * Foreign Minister Hakan)) (NP Fidan))))) (VP signed ...))". The place is the object,
 * the words after the comma the subject, not the place's people or office. -1 when obj
 * is no such phrase (nor a list, which is one compound). */
static int S_swallowed_subject(const dyad_cd_ctx *c, int obj)
{
    int up = obj, pp = -1;
    while (up >= 0 && !dyad_cd_label_is(c, up, "S")) {
        if (dyad_cd_label_is(c, up, "PP"))
            pp = up;
        up = dyad_cd_node(c, up)->parent;
    }
    if (!c->cr || up < 0 || pp < 0 || dyad_cd_node(c, up)->first != pp)
        return -1;
    for (int ch = dyad_cd_node(c, up)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next)
        if (dyad_cd_label_is(c, ch, "NP"))
            return -1; /* the clause has its subject */
    int name = obj;
    while (name >= 0 && dyad_cd_label_is(c, name, "NP") && c->nec[name] != 1 &&
           dyad_cd_label_is(c, dyad_cd_node(c, name)->first, "NP"))
        name = dyad_cd_node(c, name)->first;
    int comma = name != obj ? dyad_cd_node(c, name)->next : -1;
    int rest = comma >= 0 ? dyad_cd_node(c, comma)->next : -1;
    if (comma < 0 || !dyad_cd_label_is(c, comma, ",") || rest < 0 ||
        !dyad_cd_label_is(c, rest, "NP") || dyad_cd_node(c, rest)->next >= 0 ||
        !S_name_np(c, name) || !S_has_actor(c, rest))
        return -1;
    return name;
}

/* NP with a PP of its own: "(NP (NP head) (PP (IN prep) (NP object)))"; the entity is
 * the head, preposition and object, and the words after the object, in the PP and in
 * the phrase, are read as they are ("a deal in Istanbul to resume grain exports",
 * "supporters of Navalny, who died in prison"): *next is the child of the phrase to go
 * on with (-1 none). 1 done, 0 not this shape, -1 ENOMEM. */
static int S_np_prep(dyad_cd_ctx *c, int pp, int *next)
{
    int e = dyad_cd_node(c, pp)->parent;
    if (e < 0 || !dyad_cd_label_is(c, e, "NP"))
        return 0;
    int first = dyad_cd_node(c, e)->first;
    if (first < 0 || (!dyad_cd_label_is(c, first, "NP") && c->nec[first] != 1))
        return 0;
    /* preposition: the first IN leaf after the head phrase, inside e */
    int prep = -1;
    const dyad_tnode *fx = dyad_cd_node(c, first);
    if (fx->tok_end < 0)
        return 0; /* an empty head phrase */
    for (int k = fx->tok_end; k < dyad_cd_node(c, e)->tok_end; k++)
        if (!strcmp(dyad_cd_node(c, c->t->tok_node[k])->label, "IN")) {
            prep = k;
            break;
        }
    if (prep < 0)
        return 0;
    /* object: first NP or compound starting after the preposition, inside e */
    int obj = -1;
    for (size_t k = (size_t)e + 1; k < c->t->nn; k++) {
        const dyad_tnode *y = &c->t->n[k];
        if (y->depth <= dyad_cd_node(c, e)->depth)
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
    /* but a name of "of" the parser hung a PP of the clause on is the name alone
     * ("greeted the emir of (NP (NP Qatar) (PP with a hug))"): that PP is read after the
     * entity; a place after "in" may be the name's own ("the parliament of Gondor in
     * Eriador") */
    int name = obj >= 0 && rel < 0 && dyad_is(c->up[prep], "OF") ? dyad_cd_node(c, obj)->first
                                                                  : -1;
    for (int k = name >= 0 ? dyad_cd_node(c, name)->tok : -1,
             end = k >= 0 ? dyad_cd_node(c, name)->tok_end : -1;
         k >= 0 && k < end && name >= 0; k++)
        if (strncmp(dyad_cd_node(c, c->t->tok_node[k])->label, "NNP", 3))
            name = -1;
    int after = name >= 0 ? dyad_cd_node(c, name)->next : -1;
    if (name >= 0 && dyad_cd_label_is(c, name, "NP") && after >= 0 &&
        dyad_cd_label_is(c, after, "PP") && dyad_cd_node(c, after)->next < 0 &&
        dyad_cd_label_is(c, dyad_cd_node(c, after)->first, "IN") &&
        !dyad_is(c->up[dyad_cd_node(c, after)->tok], "OF") &&
        !dyad_is(c->up[dyad_cd_node(c, after)->tok], "IN"))
        obj = name; /* (not "U.S. (PP (VBN Based) ...)", a firm's home) */
    if (obj < 0 || S_find(c, obj, "PP", 0) >= 0 ||
        (rel >= 0 && dyad_cd_node(c, rel)->tok >= 0 &&
         dyad_cd_node(c, c->t->tok_node[dyad_cd_node(c, rel)->tok])->label[0] == 'W'))
        return 0;
    int list = S_poss_list(c, obj), swallowed = S_swallowed_subject(c, obj);
    if (list >= 0)
        obj = list; /* "a tariff fight with the United States' partners -- A, B" */
    else if (swallowed >= 0)
        obj = swallowed;
    dyad_cd_toks body = {0};
    int rc = dyad_cd_words_below(c, first, -1, &body);
    /* and the phrases between it and the preposition: a name set apart from its office
     * ("Hamas leader (NP Yahya Sinwar) in Gaza", "the cargo ship (NP Rubymar) in") */
    for (int ch = dyad_cd_node(c, first)->next;
         !rc && ch >= 0 && dyad_cd_node(c, ch)->tok_end <= prep &&
             dyad_cd_node(c, ch)->tok_end >= 0;
         ch = dyad_cd_node(c, ch)->next)
        rc = dyad_cd_words_below(c, ch, -1, &body);
    if (!rc)
        rc = dyad_cd_tadd(c, &body, prep);
    if (!rc)
        rc = dyad_cd_words_below(c, obj, -1, &body);
    int necs[2];
    int nnec = S_necs(c, first, necs);
    if (nnec < 2)
        nnec += S_necs(c, obj, necs + nnec) > 0;
    if (!rc)
        rc = dyad_cd_emit_entity(c, &body, necs, nnec > 2 ? 2 : nnec, 0);
    free(body.v);
    int n = obj;
    for (; !rc && dyad_cd_node(c, n)->parent != e; n = dyad_cd_node(c, n)->parent)
        for (int s = dyad_cd_node(c, n)->next; !rc && s >= 0; s = dyad_cd_node(c, s)->next)
            rc = dyad_cd_linearize(c, s, 1);
    *next = dyad_cd_node(c, n)->next;
    return rc ? -1 : 1;
}

/* Entity x named by the phrase beside it (its office) from token from to the end of
 * entity d, whose code x takes when take: it is remembered with both phrases' words,
 * the office's first, so that its title makes it a person; with d NULL, by a
 * description that places it nowhere, with its own words only, a name set beside a
 * description (dyad_cr_np.named). */
static void S_named_by(dyad_cd_ctx *c, dyad_cd_ent *x, int from, const dyad_cd_ent *d,
                       int take)
{
    int toks[CR_MAXW], n = 0;
    for (int t = from; d && t < d->tok1 && n < CR_MAXW; t++)
        toks[n++] = t;
    for (int t = x->tok0; t < x->tok1 && n < CR_MAXW; t++)
        toks[n++] = t;
    if (take && d)
        memcpy(x->code, d->code, sizeof x->code);
    x->cr_try = 0;
    const char *w[CR_MAXW], *tag[CR_MAXW];
    dyad_cr_np cnp;
    dyad_cd_cr_np(c, x, toks, n, w, tag, &cnp);
    cnp.named = 1;
    dyad_coref_update(c->cr, x->cr_id, &cnp, x->code, -1);
}

/* The entity, among [d, end), whose actor a person described by the phrase of entity
 * d holds: d's own ("Ukraine's foreign minister"), or when an office d has none, the
 * body it serves: "head of the treaty department at the Soviet Foreign Ministry", "a
 * spokesman for the Interior Ministry", "an analyst with Acme Corp" are of the
 * ministry or firm the preposition after the office names (not "envoy to Iran", "a
 * critic of Tehran": the other party or no office). A region names a field, no one's
 * body ("head of European research at a Swiss bank"). -1 none. */
static int S_office_body(const dyad_cd_ctx *c, size_t d, size_t end)
{
    static const char *const serves[] = {"OF", "AT", "FOR", "WITH", NULL};
    const dyad_cd_ent *x = &c->ent[d];
    size_t b = d;
    if (!strncmp(x->code, "---", 3)) {
        int toks[CR_MAXW];
        const char *w[CR_MAXW], *tag[CR_MAXW];
        dyad_cr_np cnp;
        dyad_cd_span_np(c, x, toks, w, tag, &cnp);
        if (++b >= end || x->compound || !dyad_coref_office(&cnp) ||
            !dyad_among(c->up[x->tok1], serves) || c->ent[b].tok0 != x->tok1 + 1)
            return -1;
    }
    const dyad_cd_ent *y = &c->ent[b];
    if (y->compound || !strncmp(y->code, "---", 3) || dyad_coref_region(y->code))
        return -1;
    return (int)b;
}

/* Does entity d, of no actor, describe one person: an office ("a senior official"), or
 * one of a kind of people the agents know, after "a" or "an" ("a farmer", "an
 * engineer")? */
static int S_someone(const dyad_cd_ctx *c, const dyad_cd_ent *d)
{
    int toks[CR_MAXW];
    const char *w[CR_MAXW], *tag[CR_MAXW];
    dyad_cr_np cnp;
    if (strncmp(d->code, "---", 3) || d->compound)
        return 0;
    dyad_cd_span_np(c, d, toks, w, tag, &cnp);
    return dyad_coref_office(&cnp) ||
           (d->code[3] && (dyad_is(c->up[d->tok0], "A") || dyad_is(c->up[d->tok0], "AN")) &&
            dyad_cd_label_is(c, c->t->tok_node[d->tok1 - 1], "NN"));
}

/* In an article: "X, Ukraine's foreign minister," names X by the phrase after it, and
 * so does "The Secretary of State, Mike Pompeo,": the phrase after the comma describes
 * entity x. An entity X without an actor takes that of the second NP, or of the body
 * an office with none serves (S_office_body), and is remembered with both phrases'
 * words (its office and name); b0 is the first entity made for the second NP. What
 * follows a comma after them may only say more of the office ("Anna Berg, Sweden's
 * trade envoy, in charge of talks with Asia, said"): no list. 0 ok, -1 ENOMEM. */
static int S_apposition(dyad_cd_ctx *c, int comma, size_t x, size_t b0)
{
    int b = comma >= 0 ? dyad_cd_node(c, comma)->next : -1;
    int rest = b >= 0 ? dyad_cd_node(c, b)->next : -1;
    if (b < 0 || !dyad_cd_label_is(c, comma, ",") || !dyad_cd_label_is(c, b, "NP") ||
        (rest >= 0 && !dyad_cd_label_is(c, rest, ",")))
        return 0;
    for (int k = rest >= 0 ? dyad_cd_node(c, rest)->next : -1; k >= 0; k = dyad_cd_node(c, k)->next)
        if (!dyad_cd_label_is(c, k, "PP") && !dyad_cd_label_is(c, k, ","))
            return 0;
    /* "Thousands of demonstrators, many waving EU flags,": what some of them do, a
     * clause with its verb left out, no description of who they are */
    static const char *const some[] = {"MANY", "SOME", "MOST", "SEVERAL", "OTHERS", "ALL",
                                       "FEW", NULL};
    int q = dyad_cd_node(c, b)->tok;
    if (q + 1 < dyad_cd_node(c, b)->tok_end && dyad_among(c->up[q], some) &&
        (dyad_cd_label_is(c, c->t->tok_node[q + 1], "VBG") ||
         dyad_cd_label_is(c, c->t->tok_node[q + 1], "VBN")))
        return 0;
    if (b0 >= c->nent)
        return 0; /* the description must have an entity */
    dyad_cd_ent *xe = &c->ent[x];
    int body = S_office_body(c, b0, c->nent);
    if (xe->compound || !xe->cr_try)
        return 0;
    if (body >= 0)
        S_named_by(c, xe, c->ent[b0].tok0, &c->ent[body], 1);
    else if (!strncmp(xe->code, "---", 3) && S_someone(c, &c->ent[b0]))
        S_named_by(c, xe, xe->tok0, NULL, 0);
    return 0;
}

/* In an article: an office the parser set apart from the name after it ("(NP (NP
 * United Nations-appointed special rapporteur) (NP Richard Bennett))") names it as one
 * phrase would: the name, of proper nouns only, takes the office's code unless the
 * dictionary knows it, and is remembered with both phrases' words, as a person whom a
 * later "Bennett" names. */
static void S_titled_name(dyad_cd_ctx *c, int np, const size_t *ents)
{
    int a = dyad_cd_node(c, np)->first, b = a >= 0 ? dyad_cd_node(c, a)->next : -1;
    /* the name with its relative clause: "(NP (NP Richard von Weizsaecker) (, ,) (SBAR
     * who began a visit))" */
    int in = b >= 0 && !S_name_np(c, b) ? dyad_cd_node(c, b)->first : -1;
    int comma = in >= 0 ? dyad_cd_node(c, in)->next : -1;
    int rel = comma >= 0 ? dyad_cd_node(c, comma)->next : -1;
    if (rel >= 0 && S_name_np(c, in) && dyad_cd_label_is(c, comma, ",") &&
        dyad_cd_label_is(c, rel, "SBAR") && dyad_cd_node(c, rel)->next < 0)
        b = in;
    int last = a >= 0 ? dyad_cd_node(c, a)->last : -1;
    int proper = dyad_cd_label_is(c, last, "NNP");
    if (b < 0 || (b != in && dyad_cd_node(c, b)->next >= 0) || !dyad_cd_label_is(c, a, "NP") ||
        !S_name_np(c, b) || (!dyad_cd_label_is(c, last, "NN") && !proper) ||
        dyad_cd_node(c, b)->tok_end - dyad_cd_node(c, b)->tok < 2)
        return;
    if (ents[1] != ents[0] + 1 || ents[1] >= c->nent)
        return; /* the office one entity, the name one */
    const dyad_cd_ent *d = &c->ent[ents[0]];
    dyad_cd_ent *x = &c->ent[ents[1]];
    if (x->compound || d->compound || !strncmp(d->code, "---", 3) ||
        x->tok0 != dyad_cd_node(c, b)->tok || (!x->cr_try && x->dated))
        return;
    /* wire style writes an office before a name with capitals ("Kuwaiti Foreign
     * Undersecretary"), which the tagger reads as a name: a title must close it then,
     * as no name of a place or a body does ("(NP Kuwait) (NP Nasser Dorrell)") */
    if (proper) {
        int toks[CR_MAXW];
        const char *w[CR_MAXW], *tag[CR_MAXW];
        dyad_cr_np dnp;
        dyad_cd_span_np(c, d, toks, w, tag, &dnp);
        if (!dyad_coref_titled(&dnp))
            return;
    }
    S_named_by(c, x, d->tok0, d, x->cr_try); /* a name the dictionary knows keeps its code */
}

/* Are tokens [a, b) a time, no party nor object: "Sunday", "Monday night", "last week",
 * "this month", "two days earlier", "the week", "March 3", "dawn", "24 hours"? Every
 * word is one of a day, a part of one, a month, a unit of time, a number or a word that
 * places them ("last", "early", "the"), and one names a time, not a number alone. "March"
 * and "May" count only as months (S_month_word in coder.c), not as verb or name, and
 * alone only after a preposition ("in May"): "Trump met May" met the prime minister. */
int dyad_cd_time_span(const dyad_cd_ctx *c, int a, int b)
{
    static const char *const times[] = {
        "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY",
        "TODAY", "TOMORROW", "YESTERDAY", "TONIGHT", "OVERNIGHT", "MORNING", "AFTERNOON",
        "EVENING", "NIGHT", "DAWN", "DUSK", "DAYBREAK", "MIDNIGHT", "NOON", "WEEKEND", "DAY",
        "DAYS", "WEEK", "WEEKS", "MONTH", "MONTHS", "YEAR", "YEARS", "HOUR", "HOURS",
        "JANUARY", "FEBRUARY", "APRIL", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
        "NOVEMBER", "DECEMBER", NULL};
    static const char *const mods[] = {"THE", "LAST", "NEXT", "THIS", "EARLY", "LATE",
                                       "EARLIER", "LATER", "AGO", NULL};
    int named = 0;
    for (int k = a; k < b; k++) {
        int when = dyad_among(c->up[k], times) || (c->lowverb[k] & DYAD_CD_MONTH);
        if (!when && !dyad_among(c->up[k], mods) &&
            !dyad_cd_label_is(c, c->t->tok_node[k], "CD"))
            return 0;
        named |= when;
    }
    if (named && b - a == 1 && (c->lowverb[a] & DYAD_CD_MONTH))
        return a > 0 && (dyad_cd_label_is(c, c->t->tok_node[a - 1], "IN") ||
                         dyad_cd_label_is(c, c->t->tok_node[a - 1], "TO"));
    return named;
}

/* Is noun phrase np a time, no object (dyad_cd_time_span)? The parser's temporal
 * nominals are drawn as plain NPs. */
int dyad_cd_time_np(const dyad_cd_ctx *c, int np)
{
    return dyad_cd_time_span(c, dyad_cd_node(c, np)->tok, dyad_cd_node(c, np)->tok_end);
}

/* Is node, right after verb leaf v, an SBAR of what someone is charged with, a
 * preposition and a clause without a subject ("which he accused (of being controlled by
 * China)", "whom they blamed (for stoking the unrest)")? It says why, not whom: the
 * relative's object is still its pronoun ("requested as a condition (for releasing
 * loans)" says what for). */
int dyad_cd_charge_of(const dyad_cd_ctx *c, int node, int v)
{
    static const char *const prep[] = {"OF", "FOR", NULL};
    int in = dyad_cd_node(c, node)->first, s = in >= 0 ? dyad_cd_node(c, in)->next : -1;
    return dyad_cd_node(c, v)->next == node && dyad_cd_label_is(c, node, "SBAR") && in >= 0 &&
           dyad_cd_isleaf(c, in) && dyad_cd_label_is(c, in, "IN") &&
           dyad_among(c->up[dyad_cd_node(c, in)->tok], prep) && s >= 0 &&
               dyad_cd_label_is(c, s, "S") &&
           dyad_cd_node(c, s)->first >= 0 && dyad_cd_label_is(c, dyad_cd_node(c, s)->first, "VP");
}

/* Is node an adverbial clause of a subordinating conjunction (dyad_cd_subordinator),
 * "(SBAR (IN before) (S ...))" or "(SBAR (WHADVP when) (S ...))"? It is no object. */
static int S_adverbial_clause(const dyad_cd_ctx *c, int node)
{
    int mark = dyad_cd_label_is(c, node, "SBAR") ? dyad_cd_node(c, node)->first : -1;
    if (mark >= 0 && dyad_cd_label_is(c, mark, "WHADVP"))
        mark = dyad_cd_node(c, mark)->first;
    return mark >= 0 && dyad_cd_isleaf(c, mark) &&
           dyad_cd_subordinator(c->up[dyad_cd_node(c, mark)->tok]);
}

/* Is w a form of a verb that names or judges its object so ("called it a provocation",
 * "termed the raid an outrage", "described the vote as illegal")? Its one noun phrase
 * after it can be the name, not the object, and its subject judges the object and made
 * none of it. */
int dyad_cd_naming_verb(const char *w)
{
    static const char *const naming[] = {
        "CALL",         "CALLS",        "CALLED",        "TERM",        "TERMS",
        "TERMED",       "DUB",          "DUBS",          "DUBBED",      "BRAND",
        "BRANDS",       "BRANDED",      "LABEL",         "LABELS",      "LABELED",
        "LABELLED",     "DEEM",         "DEEMS",         "DEEMED",      "DESCRIBE",
        "DESCRIBES",    "DESCRIBED",    "CHARACTERIZE",  "CHARACTERIZES", "CHARACTERIZED",
        "CHARACTERISE", "CHARACTERISES", "CHARACTERISED", NULL};
    return dyad_among(w, naming);
}

/* Is clause s a gerund with no subject and no object of its own ("(S (VP (VBG carrying)
 * (RP out)))"), whose object is the gap of the relative clause it ends ("the attack,
 * which Tehran denied carrying out")? */
static int S_gap_gerund(const dyad_cd_ctx *c, int s)
{
    int vp = dyad_cd_node(c, s)->first, v = vp >= 0 ? dyad_cd_node(c, vp)->first : -1;
    if (vp < 0 || dyad_cd_node(c, vp)->next >= 0 || !dyad_cd_label_is(c, vp, "VP") || v < 0 ||
        !dyad_cd_isleaf(c, v) || !dyad_cd_label_is(c, v, "VBG"))
        return 0;
    for (int ch = dyad_cd_node(c, v)->next; ch >= 0; ch = dyad_cd_node(c, ch)->next)
        if (dyad_cd_label_is(c, ch, "NP") || dyad_cd_label_is(c, ch, "S") ||
            dyad_cd_label_is(c, ch, "SBAR") || dyad_cd_label_is(c, ch, "VP"))
            return 0;
    return 1;
}

/* The verb phrase of an object's relative clause s, whose pronoun (or gap) is the
 * object of its verb ("Mexico, which he also hit with a new levy", "the Uyghurs whom
 * Thailand deported", "a move Beijing condemned as illegal", "the sanctions that
 * Washington imposed"): an S drawn "(SBAR (WHNP which) (S he hit ...))", or as the
 * parser also draws it "(S (NP which) (NP he) (VP hit ...))", or in a noun phrase with
 * "that" or no pronoun at all, with a subject of its own and no object after its verb
 * (past auxiliaries), which is not "be" ("the view that they are ready"), but for the
 * one name a verb of naming gives ("a move Israel called a provocation"); *pron is the
 * pronoun's token, or the clause's first without one. -1 if not. */
int dyad_cd_object_relative(const dyad_cd_ctx *c, int s, int *pron)
{
    if (s < 0 || !dyad_cd_label_is(c, s, "S"))
        return -1;
    int par = dyad_cd_node(c, s)->parent, wh = dyad_cd_node(c, s)->first, w = -1;
    int lead = par >= 0 && dyad_cd_label_is(c, par, "SBAR") ? dyad_cd_node(c, par)->first : -1;
    int in_np = lead >= 0 && dyad_cd_node(c, par)->parent >= 0 &&
                dyad_cd_label_is(c, dyad_cd_node(c, par)->parent, "NP");
    if (lead >= 0 && dyad_cd_node(c, lead)->next == s &&
        (dyad_cd_label_is(c, lead, "WHNP") || (in_np && dyad_cd_isleaf(c, lead))))
        wh = lead; /* "(WHNP which)", or a bare "(WDT that)" in a noun phrase */
    else if (lead == s && in_np)
        wh = -1; /* no pronoun: "(NP (NP a move) (SBAR (S Beijing condemned ...)))" */
    else if (wh < 0 || !dyad_cd_label_is(c, wh, "NP"))
        return -1;
    if (wh >= 0) {
        w = dyad_cd_isleaf(c, wh) ? wh : dyad_cd_node(c, wh)->first;
        if (w < 0 || !dyad_cd_isleaf(c, w) ||
            (!dyad_cd_isleaf(c, wh) && dyad_cd_node(c, wh)->last != w) ||
            (strcmp(c->up[dyad_cd_node(c, w)->tok], "WHICH") &&
             strcmp(c->up[dyad_cd_node(c, w)->tok], "WHOM") &&
             (!in_np || strcmp(c->up[dyad_cd_node(c, w)->tok], "THAT"))))
            return -1;
    }
    *pron = w >= 0 ? dyad_cd_node(c, w)->tok : dyad_cd_node(c, s)->tok;
    int subj = 0, vp = -1;
    for (int ch = dyad_cd_node(c, s)->first; ch >= 0 && vp < 0; ch = dyad_cd_node(c, ch)->next) {
        if (ch != wh && dyad_cd_label_is(c, ch, "NP"))
            subj = 1;
        else if (dyad_cd_label_is(c, ch, "VP"))
            vp = ch;
    }
    while (subj && vp >= 0) {
        int v = dyad_cd_node(c, vp)->first, next = -1;
        if (v < 0 || !dyad_cd_isleaf(c, v) || strncmp(dyad_cd_node(c, v)->label, "VB", 2))
            return -1;
        int name = dyad_cd_naming_verb(c->up[dyad_cd_node(c, v)->tok]);
        for (int ch = dyad_cd_node(c, v)->next; ch >= 0; ch = dyad_cd_node(c, ch)->next) {
            if (name && dyad_cd_label_is(c, ch, "NP") && !dyad_cd_time_np(c, ch)) {
                name = 0;
                continue;
            }
            if ((dyad_cd_label_is(c, ch, "NP") && !dyad_cd_time_np(c, ch)) ||
                (dyad_cd_label_is(c, ch, "S") && !S_gap_gerund(c, ch)) ||
                (dyad_cd_label_is(c, ch, "SBAR") && !dyad_cd_charge_of(c, ch, v) &&
                 !S_adverbial_clause(c, ch)))
                return -1; /* an object of its own: "which the group claimed" (not a
                            * clause of when or why: "which he hit before delaying it",
                            * nor a gerund whose object is the gap: "which Tehran denied
                            * carrying out" reads as "which Tehran denied") */
            if (dyad_cd_label_is(c, ch, "VP") && next < 0)
                next = ch;
        }
        if (next < 0)
            return dyad_cd_passive_aux(c, dyad_cd_node(c, v)->tok) ? -1 : vp;
        vp = next;
    }
    return -1;
}

/* The clause verb phrase vp is the predicate of: its nearest ancestor that is no verb
 * phrase ("will (VP meet (VP ...))" climbs to the S), -1 at the root. */
int dyad_cd_vp_clause(const dyad_cd_ctx *c, int vp)
{
    int s = dyad_cd_node(c, vp)->parent;
    while (s >= 0 && dyad_cd_label_is(c, s, "VP"))
        s = dyad_cd_node(c, s)->parent;
    return s;
}

/* The token of the pronoun of the object's relative clause whose verb phrase is vp, -1
 * when vp is no such clause's verb. */
int dyad_cd_relative_pron(const dyad_cd_ctx *c, int vp)
{
    int pron;
    return dyad_cd_object_relative(c, dyad_cd_vp_clause(c, vp), &pron) == vp ? pron : -1;
}

/* The entity, among items [0, before), that the object's relative clause of vp is about:
 * the phrase right before its pronoun (and its comma): "Mexico" in "Mexico, which he
 * also hit with a new levy"; -1 none. */
int dyad_cd_relative_antecedent(const dyad_cd_ctx *c, int vp, int before)
{
    int pron = dyad_cd_relative_pron(c, vp);
    if (pron < 0)
        return -1;
    int end = pron > 0 && !strcmp(c->up[pron - 1], ",") ? pron - 1 : pron;
    for (int k = 0; k < before; k++) {
        const dyad_cd_item *x = &c->it[k];
        if (!c->del[k] && (x->type == I_NES || x->type == I_NECS) &&
            c->ent[x->ent].tok1 == end)
            return k;
    }
    return -1;
}

/* Words a clause of "which" says a whole act brought about ("Iraq attacked the
 * platforms, which has eased fears of a wider war"): their "which" is the act, not
 * the phrase before it. */
static const char *const S_mood_nouns[] = {
    "FEAR", "FEARS", "HOPE", "HOPES", "CONCERN", "CONCERNS", "WORRY", "WORRIES",
    "SPECULATION", "OPTIMISM", "PESSIMISM", "EXPECTATIONS", "CONFIDENCE", "TENSION",
    "TENSIONS", "UNCERTAINTY", "SENTIMENT", NULL};

/* Does the "which" ending at token w stand for the act of the clause before it, not
 * for the phrase before it, whose last token is `last`: a verb of one (singular) after
 * a plural noun ("committed itself to Japanese buyers, which has quelled fears"), or a
 * mood it brought about among the clause's first words, as a noun (S_mood_nouns; not
 * "a consortium which hopes to challenge Japan")? */
static int S_which_act(const dyad_cd_ctx *c, int w, int last)
{
    int n = (int)c->t->ntok, v = w;
    while (v < n && strncmp(dyad_cd_node(c, c->t->tok_node[v])->label, "VB", 2) &&
           strcmp(dyad_cd_node(c, c->t->tok_node[v])->label, "MD") && v < w + 3)
        v++;
    if (v < n && dyad_cd_label_is(c, c->t->tok_node[last], "NNS") &&
        (dyad_cd_label_is(c, c->t->tok_node[v], "VBZ") || dyad_is(c->up[v], "WAS")))
        return 1;
    for (int k = w; k < n && k < w + 6 && strcmp(c->up[k], ","); k++)
        if (dyad_among(c->up[k], S_mood_nouns) &&
            !strncmp(dyad_cd_node(c, c->t->tok_node[k])->label, "NN", 2))
            return 1;
    return 0;
}

/* Is clause s drawn as a subject's relative clause of a noun phrase (see
 * dyad_cd_subject_relative for its drawings)? 1 with *ant the phrase before the
 * pronoun and its comma, which holds no PP ("raids on Gondor, which ...": the raids,
 * no one's name); with person set, or an adverb before the verb, only of "who"; a
 * "which" of a whole act (S_which_act) is none. */
static int S_subject_relative_at(const dyad_cd_ctx *c, int s, int person, int *ant)
{
    if (s < 0 || !dyad_cd_label_is(c, s, "S"))
        return 0;
    int par = dyad_cd_node(c, s)->parent, wh = -1, vp = dyad_cd_node(c, s)->first;
    *ant = -1;
    /* an adverb before the verb only in a person's clause ("who afterwards appealed"):
     * a thing's or a firm's mostly tells what it does as a rule ("which currently flies
     * to Australia", "which together supply half of the region's grain") */
    if (vp >= 0 && dyad_cd_label_is(c, vp, "ADVP")) {
        vp = dyad_cd_node(c, vp)->next;
        person = 1;
    }
    int sbar = par >= 0 && dyad_cd_label_is(c, par, "SBAR");
    int np = sbar ? dyad_cd_node(c, par)->parent : par, in = sbar ? par : s;
    int pron = sbar ? dyad_cd_node(c, par)->first : vp;
    if (np >= 0 && dyad_cd_label_is(c, np, "NP") && pron >= 0 &&
        (sbar ? dyad_cd_node(c, pron)->next == s && vp >= 0 && dyad_cd_label_is(c, vp, "VP")
              : dyad_cd_label_is(c, pron, "NP") && dyad_cd_node(c, pron)->next >= 0 &&
                    dyad_cd_label_is(c, dyad_cd_node(c, pron)->next, "VP"))) {
        /* the phrase before it, past a comma; a pronoun without an SBAR comes right
         * after the comma: "(NP (NP Reagan) (, ,) (S (NP who) (VP ...)))" */
        int comma = 0;
        wh = pron;
        for (int ch = dyad_cd_node(c, np)->first; ch >= 0 && ch != in;
             ch = dyad_cd_node(c, ch)->next)
            if (!(comma = dyad_cd_label_is(c, ch, ",")))
                *ant = ch;
        if (!sbar && !comma)
            return 0;
    } else {
        /* the flat drawing: NP, comma, pronoun and the clause's VP, in this order */
        int comma = -1;
        np = -1;
        for (int ch = dyad_cd_node(c, s)->first; ch >= 0 && wh < 0;
             ch = dyad_cd_node(c, ch)->next) {
            if (dyad_cd_label_is(c, ch, "VP"))
                return 0;
            if (comma >= 0 && dyad_cd_label_is(c, ch, "NP") && dyad_cd_node(c, comma)->next == ch &&
                dyad_cd_node(c, ch)->next >= 0 &&
                    dyad_cd_label_is(c, dyad_cd_node(c, ch)->next, "VP"))
                wh = ch, *ant = np;
            comma = dyad_cd_label_is(c, ch, ",") && np >= 0 &&
                dyad_cd_node(c, np)->next == ch ? ch : -1;
            np = dyad_cd_label_is(c, ch, "NP") ? ch : np;
        }
    }
    if (wh < 0 || *ant < 0 || !dyad_cd_label_is(c, *ant, "NP"))
        return 0;
    for (int ch = dyad_cd_node(c, *ant)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next)
        if (dyad_cd_label_is(c, ch, "PP"))
            return 0;
    int w = dyad_cd_isleaf(c, wh) ? wh : dyad_cd_node(c, wh)->first;
    static const char *const who[] = {"WHO", "WHICH", NULL};
    if (w < 0 || !dyad_cd_isleaf(c, w) ||
        (!dyad_cd_isleaf(c, wh) && dyad_cd_node(c, wh)->last != w) ||
        !dyad_among(c->up[dyad_cd_node(c, w)->tok], who) ||
        (person && strcmp(c->up[dyad_cd_node(c, w)->tok], "WHO")))
        return 0;
    return strcmp(c->up[dyad_cd_node(c, w)->tok], "WHICH") ||
           !S_which_act(c, dyad_cd_node(c, w)->tok + 1, dyad_cd_node(c, *ant)->tok_end - 1);
}

/* In an article: the antecedent of a subject's relative clause s, the clause of a
 * noun phrase whose pronoun is its subject ("President Reagan, who will meet Nakasone
 * this week, said ...": Reagan meets him), drawn "(NP (NP Reagan) (, ,) (SBAR (WHNP
 * who) (S (VP ...))))", "(NP (NP Reagan) (, ,) (S (NP who) (VP ...)))", or as the
 * parser also draws it "(S (NP Reagan) (, ,) (NP who) (VP ...))" with s the S
 * (S_subject_relative_at): the entity that is the whole phrase before the pronoun and
 * its comma, among items [0, before), if it names an actor of its own, not an act
 * named by its kind. -1 when s is no such clause or the phrase before it no such
 * entity (the clause is then words of the phrase, as PETRARCH reads it: "Bennett, who
 * is leading a tour of EC capitals, will visit Bonn" is drawn with the visit inside
 * the clause). With person set, only a clause of "who" counts. */
int dyad_cd_subject_relative(const dyad_cd_ctx *c, int s, int before, int person)
{
    int ant;
    if (!c->cr || !S_subject_relative_at(c, s, person, &ant))
        return -1;
    int e = dyad_cd_phrase_entity(c, ant, before);
    if (e < 0 || c->ent[c->it[e].ent].tok0 != dyad_cd_node(c, ant)->tok ||
        c->ent[c->it[e].ent].tok1 != dyad_cd_node(c, ant)->tok_end || !dyad_cd_coded(c, e) ||
        dyad_cd_event_ref(c, e))
        return -1;
    return e;
}

/* The entity that owns a relative "whose" at token w: the phrase that ends right before
 * it or its comma ("Erdogan, whose army attacked Syria"), when that names one known
 * actor; -1 none (a list of owners, "Canada and Mexico, whose ...", is no one's). */
int dyad_cd_whose_owner(const dyad_cd_ctx *c, int w)
{
    int end = w > 0 && !strcmp(c->up[w - 1], ",") ? w - 1 : w, own = -1;
    for (size_t k = 0; k < c->nent; k++) {
        const dyad_cd_ent *y = &c->ent[k];
        if (y->tok1 != end)
            continue;
        if (y->compound)
            return -1;
        if (own < 0 || y->tok0 < c->ent[own].tok0)
            own = (int)k; /* the whole phrase, not a name inside it */
    }
    if (own < 0 || !strncmp(c->ent[own].code, "---", 3) || c->ent[own].code[0] == '"')
        return -1;
    return own;
}

/* In an article: the item of whom the subject noun phrase np, a bare "who" after a
 * comma, stands for where the parser hung the clause away from the phrase before the
 * comma ("(S (S ... by a Mexican, Antonio Ortiz Mena) (, ,) (S (NP who) (VP ...)))"):
 * that phrase when it names one known actor (dyad_cd_whose_owner), among items [0,
 * before); -1 none. Not "which", which may stand for the whole clause before it
 * ("..., which has eased fears"). */
int dyad_cd_who_antecedent(const dyad_cd_ctx *c, int np, int before)
{
    int w = dyad_cd_node(c, np)->first;
    if (!c->cr || !dyad_cd_label_is(c, np, "NP") || w < 0 || !dyad_cd_isleaf(c, w) ||
        dyad_cd_node(c, w)->next >= 0 || !dyad_is(c->up[dyad_cd_node(c, w)->tok], "WHO") ||
        dyad_cd_node(c, w)->tok < 1 || strcmp(c->up[dyad_cd_node(c, w)->tok - 1], ","))
        return -1;
    int own = dyad_cd_whose_owner(c, dyad_cd_node(c, w)->tok);
    for (int k = 0; own >= 0 && k < before; k++)
        if (!(c->del && c->del[k]) && c->it[k].type == I_NES && c->it[k].ent == own)
            return k;
    return -1;
}

/* In an article: is clause s one whose subject is "whose N" with an owner
 * (dyad_cd_whose_owner: "Iran, whose navy seized a tanker in 2019, warned ...")? It
 * tells the owner's own act, no words of the owner's phrase. Only a phrase of words
 * alone, which names no actor of its own the owner's should be taken over: "Argentina,
 * whose embassy in Caracas sheltered ..." stays words of Argentina's phrase (its code
 * VENGOV, the embassy's place). */
int dyad_cd_whose_clause(const dyad_cd_ctx *c, int s)
{
    int np = c->cr && s >= 0 && dyad_cd_label_is(c, s, "S") ? dyad_cd_node(c, s)->first : -1;
    if (np < 0 || !dyad_cd_label_is(c, np, "NP") ||
        strcmp(c->up[dyad_cd_node(c, np)->tok], "WHOSE"))
        return 0;
    for (int ch = dyad_cd_node(c, np)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next)
        if (!dyad_cd_isleaf(c, ch))
            return 0;
    return dyad_cd_whose_owner(c, dyad_cd_node(c, np)->tok) >= 0;
}

/* Is node, a child of noun phrase np, a present participle with an object of its own
 * that says what a text the verb of np's phrase enacts does ("Trump signed an order
 * imposing tariffs on Canada", "the council adopted a resolution condemning the raid",
 * "passed a law banning the party")? Such a clause is the enactor's act, done by the
 * verb's subject; under other verbs ("vetoed a resolution condemning X") it stays
 * words of the phrase. */
static int S_enacted_clause(const dyad_cd_ctx *c, int np, int node)
{
    static const char *const enact[] = {
        "SIGN",     "SIGNS",     "SIGNED",  "SIGNING", "ISSUE",   "ISSUES",   "ISSUED",
        "ISSUING",  "ADOPT",     "ADOPTS",  "ADOPTED", "ADOPTING", "PASS",    "PASSES",
        "PASSED",   "PASSING",   "APPROVE", "APPROVES", "APPROVED", "APPROVING", "ENACT",
        "ENACTS",   "ENACTED",   "ENACTING", NULL};
    static const char *const text[] = {
        "ORDER",     "ORDERS",     "DECREE",       "DECREES",       "LAW",         "LAWS",
        "BILL",      "BILLS",      "RESOLUTION",   "RESOLUTIONS",   "DIRECTIVE",   "DIRECTIVES",
        "PROCLAMATION", "PROCLAMATIONS", "LEGISLATION", "MEASURE", "MEASURES", NULL};
    const dyad_tnode *x = dyad_cd_node(c, node);
    int up = dyad_cd_node(c, np)->parent, prev = -1;
    if (!c->cr || strcmp(x->label, "VP") || x->first < 0 ||
        !dyad_cd_label_is(c, x->first, "VBG") || up < 0 || !dyad_cd_label_is(c, up, "VP"))
        return 0;
    int v = dyad_cd_node(c, up)->first;
    if (v < 0 || !dyad_cd_isleaf(c, v) || !dyad_among(c->up[dyad_cd_node(c, v)->tok], enact))
        return 0;
    for (int ch = dyad_cd_node(c, np)->first; ch >= 0 && ch != node;
         ch = dyad_cd_node(c, ch)->next)
        prev = ch;
    int last = prev >= 0 && dyad_cd_label_is(c, prev, "NP") ? dyad_cd_node(c, prev)->last : -1;
    if (last < 0 || !dyad_cd_isleaf(c, last) ||
        !dyad_among(c->up[dyad_cd_node(c, last)->tok], text))
        return 0;
    for (int ch = dyad_cd_node(c, x->first)->next; ch >= 0; ch = dyad_cd_node(c, ch)->next)
        if (dyad_cd_label_is(c, ch, "NP"))
            return 1;
    return 0;
}

/* Is node, a child of noun phrase np, the clause of "no doubt" or "little doubt" before
 * it ("there is no doubt Ottawa would hit back at American steel", "has little doubt
 * that Tehran will respond")? What is not doubted is told as its own clause
 * is, not as a report, rumour or fear a noun heads ("reports that Iran intended to
 * threaten shipping"), which stay words of the phrase. */
static int S_undoubted_clause(const dyad_cd_ctx *c, int np, int node)
{
    static const char *const few[] = {"NO", "LITTLE", NULL};
    int prev = -1;
    if (!c->cr || !dyad_cd_label_is(c, node, "SBAR"))
        return 0;
    for (int ch = dyad_cd_node(c, np)->first; ch >= 0 && ch != node; ch = dyad_cd_node(c, ch)->next)
        prev = ch;
    if (prev < 0 || !dyad_cd_label_is(c, prev, "NP"))
        return 0;
    int k = dyad_cd_node(c, prev)->tok, end = dyad_cd_node(c, prev)->tok_end;
    return end - k == 2 && dyad_among(c->up[k], few) && dyad_is(c->up[k + 1], "DOUBT");
}

/* Is child ch of a noun phrase, in an article, an object's relative clause
 * (dyad_cd_object_relative), drawn in an SBAR or bare as the parser also draws it
 * ("Mexico, (S (NP which) (NP he) (VP hit ...))")? Its verb is an act of its own, no
 * words of the phrase's entity. */
static int S_relative_kid(const dyad_cd_ctx *c, int ch)
{
    int pron, s = dyad_cd_label_is(c, ch, "SBAR") ? dyad_cd_node(c, ch)->first : ch;
    if (s >= 0 && !dyad_cd_label_is(c, s, "S"))
        s = dyad_cd_node(c, s)->next;
    return c->cr && dyad_cd_object_relative(c, s, &pron) >= 0;
}

/* Is child ch of a noun phrase a subject's relative clause by its drawing
 * (S_subject_relative_at), "(SBAR (WHNP who) (S (VP ...)))" or "(S (NP who) (VP ...))"? */
static int S_subject_kid(const dyad_cd_ctx *c, int ch)
{
    int ant, lead = dyad_cd_node(c, ch)->first;
    int s = dyad_cd_label_is(c, ch, "SBAR") && lead >= 0 ? dyad_cd_node(c, lead)->next : ch;
    return c->cr && S_subject_relative_at(c, s, 0, &ant);
}

/* Linearise the children of noun phrase np from child `from` on (not an entity: go
 * inside); SBARs within a noun phrase only contribute words, but in an article an
 * object's relative clause is coded (S_relative_target), and so is a subject's
 * (dyad_cd_subject_relative) or one of "whose N" (dyad_cd_whose_clause), a participle saying what an enacted text does
 * (S_enacted_clause), what "no doubt" says (S_undoubted_clause) and the clause of a
 * demand made (dyad_cd_demand_clause: what Japan is to do in "repeated the demand that
 * Japan lift its quotas"). 0 ok, -1 ENOMEM. */
static int S_np_kids(dyad_cd_ctx *c, int np, int from)
{
    size_t ents[3] = {0, 0, 0};
    int k = 0;
    for (int ch = from; ch >= 0; ch = dyad_cd_node(c, ch)->next, k++) {
        if (k < 3)
            ents[k] = c->nent;
        int pron, lead = dyad_cd_label_is(c, ch, "SBAR") ? dyad_cd_node(c, ch)->first : -1;
        /* an if-clause the parser hung on a noun is no words of it either, nor a gerund
         * of means ("claimed a right to self-defense in destroying a rival's oil
         * platform": the doer of the verb destroyed it) */
        int rel = c->cr && lead >= 0 &&
                  (S_relative_kid(c, ch) ||
                   dyad_cd_subject_relative(c, dyad_cd_node(c, lead)->next, (int)c->nit, 0) >= 0 ||
                   dyad_cd_whose_clause(c, lead) ||
                   dyad_cd_if_clause(c, ch) || dyad_cd_means_clause(c, ch) ||
                   dyad_cd_demand_clause(c, ch, &pron));
        /* nor is a clause of a subordinating conjunction ("the first meeting since
         * Russia invaded Ukraine"): its verb is an act of its own */
        rel |= S_enacted_clause(c, np, ch) || S_undoubted_clause(c, np, ch) ||
               (c->cr && S_adverbial_clause(c, ch));
        for (size_t v = c->nvc; rel && v-- > 0;)
            if (c->vc[v].end_own < 0) { /* the clause is no words of the verb around it */
                c->vc[v].end_own = (int)c->nit;
                break;
            }
        if (dyad_cd_linearize(c, ch, !rel))
            return -1;
    }
    /* the rest of an NP + PP: a name in commas names the phrase's entity, its first
     * ("The Secretary of State, Mike Pompeo,"; "the General Agreement on Tariffs and
     * Trade, GATT,"), not a description ("a loan for the Elm Tower, an office block in
     * Ankara,": the block's place, no lender or borrower) */
    int a = dyad_cd_node(c, np)->first, b = from >= 0 ? dyad_cd_node(c, from)->next : -1;
    if (from != a)
        return c->cr && b >= 0 && S_name_np(c, b) && ents[0] > 0 &&
                       c->ent[ents[0] - 1].tok0 == dyad_cd_node(c, np)->tok
                   ? S_apposition(c, from, ents[0] - 1, ents[1])
                   : 0;
    if (c->cr && dyad_cd_label_is(c, a, "NP") && ents[1] == ents[0] + 1 &&
        S_apposition(c, dyad_cd_node(c, a)->next, ents[0], ents[2]))
        return -1; /* X must be one entity */
    if (c->cr)
        S_titled_name(c, np, ents);
    return 0;
}

/* In an article: the verb phrase of a free relative of naming, "what Iran called
 * militant bases in Pakistan", "what he said was a nasty tariff", "what officials
 * described as a joint operation", whose words after the verb name what the relative
 * stands for; -1 when np is no such relative. */
static int S_what_named(const dyad_cd_ctx *c, int np)
{
    static const char *const naming[] = {"CALL",      "CALLS",     "CALLED", "DESCRIBE",
                                         "DESCRIBES", "DESCRIBED", "TERMED", "DUBBED",
                                         "LABELED",   "LABELLED",  "SAY",    "SAYS",
                                         "SAID",      NULL};
    int w = dyad_cd_node(c, np)->first, sb = w >= 0 ? dyad_cd_node(c, w)->next : -1;
    if (!c->cr || sb < 0 || dyad_cd_node(c, sb)->next >= 0 || !dyad_cd_label_is(c, sb, "SBAR") ||
        !dyad_cd_label_is(c, w, "NP") ||
            dyad_cd_node(c, w)->tok_end - dyad_cd_node(c, w)->tok != 1 ||
        strcmp(c->up[dyad_cd_node(c, w)->tok], "WHAT"))
        return -1;
    const dyad_tree *t = c->t;
    for (size_t k = (size_t)sb + 1; k < t->nn && t->n[k].depth > t->n[sb].depth; k++)
        if (dyad_cd_label_is(c, (int)k, "VP") && dyad_cd_isleaf(c, t->n[k].first) &&
            dyad_among(c->up[t->n[k].tok], naming))
            return (int)k;
    return -1;
}

/* Where the judgement starts that a verb of naming gives its object when the parser drew
 * both as one noun phrase after the verb: a second phrase of a/an or of a possessor
 * ("called (NP (NP Washington's move) (NP a dangerous provocation))", "called (NP the
 * United States (NP India 's) most trusted partner)"), or a last word the tagger took
 * for the object's noun ("called (NP the American position hypocritical)"). Only when a
 * judgement of &SCORN or &PRAISE is there: what the speaker calls the party is no part
 * of its name, and read as one the judgement was lost. -1 when there is none. */
static int S_named_as_at(const dyad_cd_ctx *c, int np)
{
    static const char *const naming[] = {
        "CALL",     "CALLS",    "CALLED",   "CALLING",  "BRAND",   "BRANDS",   "BRANDED",
        "BRANDING", "LABEL",    "LABELS",   "LABELED",  "LABELLED", "LABELING", "LABELLING",
        "TERM",     "TERMS",    "TERMED",   "TERMING",  "DUB",     "DUBS",     "DUBBED",
        "DUBBING",  NULL};
    int vp = dyad_cd_node(c, np)->parent, v = vp >= 0 ? dyad_cd_node(c, vp)->first : -1;
    if (!c->cr || v < 0 || !dyad_cd_label_is(c, vp, "VP") || !dyad_cd_isleaf(c, v) ||
        dyad_cd_node(c, v)->next != np || !dyad_among(c->up[dyad_cd_node(c, v)->tok], naming))
        return -1;
    int end = dyad_cd_node(c, np)->tok_end, prev = -1;
    for (int ch = dyad_cd_node(c, np)->first; ch >= 0; prev = ch, ch = dyad_cd_node(c, ch)->next) {
        int at = dyad_cd_node(c, ch)->tok;
        if (prev < 0 || dyad_cd_label_is(c, ch, "POS"))
            continue;
        if (dyad_cd_label_is(c, ch, "PP") || dyad_cd_label_is(c, ch, "SBAR") ||
            dyad_cd_label_is(c, ch, "CC") || dyad_cd_label_is(c, ch, ","))
            return -1;
        int lead = dyad_cd_label_is(c, ch, "NP") &&
                   (dyad_is(c->up[at], "A") || dyad_is(c->up[at], "AN") ||
                    S_find(c, ch, "POS", 0) >= 0);
        int last = dyad_cd_isleaf(c, ch) && at + 1 == end;
        if ((lead || last) && (dyad_cd_synset_at(c, "&SCORN", at, end) ||
                               dyad_cd_synset_at(c, "&PRAISE", at, end)))
            return at;
    }
    return -1;
}

/* Is ch, after phrase `first`, the clause of what a claim says ("(NP (NP France's
 * charge) (SBAR that (S Wagner fighters are there)))")? Its parties are no words of the
 * claim's maker. */
static int S_claim_clause_kid(const dyad_cd_ctx *c, int first, int ch)
{
    int mark = dyad_cd_label_is(c, ch, "SBAR") ? dyad_cd_node(c, ch)->first : -1;
    const dyad_tnode *f = dyad_cd_node(c, first);
    return mark >= 0 && dyad_cd_isleaf(c, mark) &&
           dyad_is(c->up[dyad_cd_node(c, mark)->tok], "THAT") && f->tok_end > f->tok &&
           dyad_cd_claim_noun(c->up[f->tok_end - 1]);
}

/* The adjective phrase with a complement after the words of noun phrase np that it
 * opens with, when the last of them is a noun ("(NP (NNS protesters) (ADJP (JJ angry)
 * (PP at ...)))"); -1 none. */
static int S_postmodifier_adjp(const dyad_cd_ctx *c, int np)
{
    int last = -1, ch = dyad_cd_node(c, np)->first;
    for (; ch >= 0 && dyad_cd_isleaf(c, ch); ch = dyad_cd_node(c, ch)->next)
        last = ch;
    if (last < 0 || ch < 0 || !dyad_cd_label_is(c, ch, "ADJP") ||
        strncmp(dyad_cd_node(c, last)->label, "NN", 2))
        return -1;
    int adj = dyad_cd_node(c, ch)->first;
    int pp = adj >= 0 ? dyad_cd_node(c, adj)->next : -1;
    return adj >= 0 && dyad_cd_label_is(c, adj, "JJ") && pp >= 0 && dyad_cd_label_is(c, pp, "PP")
               ? ch
               : -1;
}

/* One entity of the tokens [t0, t1) of a phrase whose words after them are read apart. */
static int S_span_entity(dyad_cd_ctx *c, int t0, int t1)
{
    dyad_cd_toks v = {0};
    int rc = 0;
    for (int k = t0; k < t1 && !rc; k++)
        rc = dyad_cd_tadd(c, &v, k);
    if (!rc)
        rc = dyad_cd_entity(c, v.v, (int)v.n, 0, 0);
    free(v.v);
    return rc;
}

/* In an article, the age the parser hung on a name as its last phrase, "(NP (NNP
 * Hasina) (NP (, ,) (NP (CD 76))))": the token it starts at, else -1. The name's words
 * before it are then no phrase of their own, and read with the age they name nobody. */
static int S_age_at(const dyad_cd_ctx *c, int np)
{
    int last = -1, name = 0;
    for (int ch = dyad_cd_node(c, np)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next) {
        if (last >= 0)
            return -1;
        if (dyad_cd_isleaf(c, ch))
            name = !strncmp(dyad_cd_node(c, ch)->label, "NNP", 3);
        else if (dyad_cd_label_is(c, ch, "NP"))
            last = ch;
        else
            return -1;
    }
    if (!c->cr || last < 0 || !name)
        return -1;
    int cd = 0;
    for (int k = dyad_cd_node(c, last)->tok; k < dyad_cd_node(c, last)->tok_end; k++) {
        const dyad_tnode *x = dyad_cd_node(c, c->t->tok_node[k]);
        if (!strcmp(x->label, "CD"))
            cd = 1;
        else if (strcmp(x->word, ","))
            return -1;
    }
    return cd ? dyad_cd_node(c, last)->tok : -1;
}

static int S_np(dyad_cd_ctx *c, int np)
{
    int as = S_named_as_at(c, np);
    if (as < 0)
        as = S_age_at(c, np);
    if (as >= 0) { /* the object (or name), then the judgement's (or age's) words */
        int rc = S_span_entity(c, dyad_cd_node(c, np)->tok, as);
        for (int k = as; k < dyad_cd_node(c, np)->tok_end && !rc; k++)
            rc = dyad_cd_push(c, I_WORD, k, -1);
        return rc;
    }
    int named = S_what_named(c, np);
    if (named >= 0) { /* the relative's own words up to its verb are words only */
        for (int k = dyad_cd_node(c, np)->tok; k <= dyad_cd_node(c, named)->tok; k++)
            if (dyad_cd_push(c, I_WORD, k, -1))
                return -1;
        for (int ch = dyad_cd_node(c, dyad_cd_node(c, named)->first)->next; ch >= 0;
             ch = dyad_cd_node(c, ch)->next)
            if (dyad_cd_linearize(c, ch, 0))
                return -1;
        return 0;
    }
    if (c->nec[np] == 1) {
        /* a relative clause on a compound's partners is a clause of its own after it
         * (none when the compound is of another kind) */
        int names, rel;
        if (S_partner_pp(c, np, &names, &rel) < 0)
            rel = -1;
        dyad_cd_toks body = {0};
        int rc = dyad_cd_words_below(c, np, rel, &body);
        if (!rc)
            rc = dyad_cd_emit_entity(c, &body, &np, 1, 1);
        free(body.v);
        return rc || rel < 0 ? rc : dyad_cd_linearize(c, rel, 0);
    }
    int pos = S_find(c, np, "POS", 0);
    int list = S_poss_list(c, np);
    if (list < 0)
        list = S_example_list(c, np);
    if (list >= 0) { /* the possessor's phrase, or the class, is words only */
        for (int k = dyad_cd_node(c, np)->tok; k < dyad_cd_node(c, list)->tok; k++)
            if (dyad_cd_push(c, I_WORD, k, -1))
                return -1;
        return dyad_cd_linearize(c, list, 0);
    }
    int app = pos >= 0 ? dyad_cd_node(c, dyad_cd_node(c, pos)->parent)->parent : -1;
    if (app >= 0 && dyad_cd_node(c, app)->parent >= 0 &&
        S_poss_list(c, dyad_cd_node(c, app)->parent) >= 0)
        pos = -1; /* nor is a phrase around such a list one entity with the possessor */
    /* a participle with its doer set on a possessor's phrase is a clause of its own, no
     * words of the phrase's entity: "Sweden's bid, supported by Turkey and Hungary, was
     * approved" (not a possessor inside the participle: "an offensive launched by
     * forces in Somalia's Puntland region"), and so is an object's or a subject's
     * relative clause set on it: "Trump's trade war with Mexico, which he hit with a
     * levy", "Egypt's foreign minister, who met Shamir on Friday"; so is what a claim
     * says: "France's charge that Wagner fighters are there" is France's, not fighters' */
    int first = dyad_cd_node(c, np)->first;
    for (int ch = first; pos >= 0 && ch >= 0 && dyad_cd_label_is(c, first, "NP") &&
                         dyad_cd_node(c, pos)->tok < dyad_cd_node(c, first)->tok_end;
         ch = dyad_cd_node(c, ch)->next)
        if ((dyad_cd_label_is(c, ch, "VP") && dyad_cd_by_participle(c, ch, 1)) ||
            (ch != first && (S_relative_kid(c, ch) || S_subject_kid(c, ch) ||
                             S_claim_clause_kid(c, first, ch))))
            return S_np_kids(c, np, first);
    if (pos >= 0) {
        dyad_cd_toks body = {0};
        int necs[2];
        int nnec = S_necs(c, np, necs);
        int rc = dyad_cd_words_below(c, np, pos, &body);
        /* the words after the possessor in its own phrase, when they are words only */
        int own = dyad_cd_node(c, pos)->parent, ph = own >= 0 ? dyad_cd_node(c, own)->parent : -1;
        int h0 = own >= 0 ? dyad_cd_node(c, own)->tok_end : 0,
            h1 = ph >= 0 ? dyad_cd_node(c, ph)->tok_end : 0;
        for (int ch = own >= 0 ? dyad_cd_node(c, own)->next : -1; ch >= 0;
             ch = dyad_cd_node(c, ch)->next)
            if (!dyad_cd_isleaf(c, ch))
                h1 = 0;
        if (!rc && nnec == 0 && body.n)
            rc = dyad_cd_entity(c, body.v, (int)body.n, h0, h1);
        else if (!rc)
            rc = dyad_cd_emit_entity(c, &body, necs, nnec, 0);
        free(body.v);
        return rc;
    }
    /* in an article, a noun's words set before an adjective phrase are the phrase's
     * entity, and the adjective phrase is words with entities of their own: the
     * protesters attack in "Protesters angry at the fall of Goma attacked ...", not Goma */
    int adjp = c->cr ? S_postmodifier_adjp(c, np) : -1;
    if (adjp >= 0) {
        int rc = S_span_entity(c, dyad_cd_node(c, np)->tok, dyad_cd_node(c, adjp)->tok);
        for (int ch = adjp; ch >= 0 && !rc; ch = dyad_cd_node(c, ch)->next)
            rc = dyad_cd_linearize(c, ch, 1);
        return rc;
    }
    /* a PP deeper in the phrase is its inner phrase's own: go inside */
    int pp = S_find(c, np, "PP", 0), from = dyad_cd_node(c, np)->first;
    if (pp >= 0) {
        int r = dyad_cd_node(c, pp)->parent == np && !S_pp_led(c, pp, S_except) &&
                        !(S_pp_led(c, pp, S_beside) && S_has_actor(c, pp))
                    ? S_np_prep(c, pp, &from)
                    : 0;
        if (r != 0)
            return r < 0 ? -1 : S_np_kids(c, np, from);
    } else if (S_find(c, np, "NP", 0) < 0 && S_find(c, np, NULL, 0) < 0) {
        dyad_cd_toks body = {0};
        int rc = dyad_cd_words_below(c, np, -1, &body);
        if (!rc)
            rc = dyad_cd_emit_entity(c, &body, NULL, 0, 0);
        free(body.v);
        return rc;
    }
    return S_np_kids(c, np, from);
}

/* Does the entity at item end in an actor or agent phrase of its own: is its head an
 * actor ("President Donald Trump", "American bombers"), not a thing of one ("a
 * Ukrainian drone attack"), and not found by coreference? Of a compound: each member. */
int dyad_cd_names_actor(const dyad_cd_ctx *c, int item)
{
    const dyad_cd_ent *x = &c->ent[c->it[item].ent];
    int first = x->compound ? x->first_mem : c->it[item].ent;
    int cnt = x->compound ? x->nmem : 1;
    for (int i = 0; i < cnt; i++) {
        const dyad_cd_ent *m = &c->ent[first + i];
        int named = 0, len;
        for (int k = m->tok0; k < m->tok1 && !named && !m->cr_try; k++)
            named = (dyad_cd_longest(&c->d->actors, c->up + k, m->tok1 - k, &len) >= 0 ||
                     dyad_cd_longest(&c->d->agents, c->up + k, m->tok1 - k, &len) >= 0) &&
                    k + len == m->tok1;
        if (!named)
            return 0;
    }
    return cnt > 0;
}

/* Is leaf v a verb of telling someone something ("told", "informed", "briefed")? What
 * it tells is a clause of its own, as what is said is: "Wang Yi told his Iranian
 * counterpart in a phone call that Beijing supported Tehran". */
int dyad_cd_telling(const dyad_cd_ctx *c, int v)
{
    static const char *const tell[] = {"TELL", "TELLS", "TELLING", "TOLD", "INFORM",
                                       "INFORMS", "INFORMING", "INFORMED", "BRIEF",
                                       "BRIEFS", "BRIEFING", "BRIEFED", NULL};
    if (v < 0 || !dyad_cd_isleaf(c, v))
        return 0;
    return dyad_among(c->up[dyad_cd_node(c, v)->tok], tell);
}

/* Is PP node k "in" or "during a (phone) call (with X)", outside any clause below top? *with is
 * the entity item of X, -1 none; a call counts when it is by phone or with someone. */
static int S_call_at(const dyad_cd_ctx *c, int k, int top, int *with)
{
    const dyad_tree *t = c->t;
    int clause = 0;
    for (int p = t->n[k].parent; p >= 0 && p != top; p = t->n[p].parent)
        clause |= dyad_cd_label_is(c, p, "S") || dyad_cd_label_is(c, p, "SBAR");
    int prep = t->n[k].first, np = prep >= 0 ? t->n[prep].next : -1;
    if (clause || prep < 0 || !dyad_cd_isleaf(c, prep) ||
        (strcmp(c->up[t->n[prep].tok], "IN") && strcmp(c->up[t->n[prep].tok], "DURING")) ||
        np < 0 || !dyad_cd_label_is(c, np, "NP"))
        return 0;
    int inner = np;
    while (t->n[inner].first >= 0 && dyad_cd_label_is(c, t->n[inner].first, "NP"))
        inner = t->n[inner].first;
    int call = 0, phone = 0;
    for (int tk = t->n[inner].tok; tk >= 0 && tk < t->n[inner].tok_end; tk++) {
        const char *w = c->up[tk];
        call |= !strcmp(w, "CALL") || !strcmp(w, "CONVERSATION");
        phone |= !strcmp(w, "PHONE") || !strcmp(w, "TELEPHONE") || !strcmp(w, "VIDEO");
    }
    if (!call)
        return 0;
    for (int ch = t->n[np].first; ch >= 0; ch = t->n[ch].next) {
        int w = dyad_cd_label_is(c, ch, "PP") ? t->n[ch].first : -1;
        if (w < 0 || !dyad_cd_isleaf(c, w) || strcmp(c->up[t->n[w].tok], "WITH") ||
            t->n[w].next < 0)
            continue;
        /* the entity of the one it was with; the coder may read "a call with
         * Trump" as one phrase whose actor is Trump's */
        const dyad_tnode *x = &t->n[t->n[w].next];
        for (int it = 0; it < (int)c->nit && *with < 0; it++) {
            const dyad_cd_item *y = &c->it[it];
            if (c->del[it] || (y->type != I_NES && y->type != I_NECS))
                continue;
            const dyad_cd_ent *e = &c->ent[y->ent];
            if (e->tok1 > x->tok && e->tok0 < x->tok_end && dyad_cd_coded(c, it))
                *with = it;
        }
    }
    return phone || *with >= 0;
}

/* In an article: does verb phrase vp say, outside its clauses, that its verb was done
 * in a call ("congratulated Trump on his victory in a phone call", "extended his
 * condolences to Iran in a telephone call with acting President Mohammad Mokhber",
 * "agreed in a call with Trump to stop attacks"), or does its clause open with the call
 * ("In a phone call with Putin, Xi praised ...")? A phone, telephone or video call, or
 * a call with someone named. *with is the entity of the one it was with, -1 none. */
int dyad_cd_call_pp(const dyad_cd_ctx *c, int vp, int *with)
{
    const dyad_tree *t = c->t;
    *with = -1;
    for (size_t k = (size_t)vp + 1; k < t->nn && t->n[k].depth > t->n[vp].depth; k++)
        if (dyad_cd_label_is(c, (int)k, "PP") && S_call_at(c, (int)k, vp, with))
            return 1;
    int top = dyad_cd_top_vp(c, vp), s = t->n[top].parent;
    if (s < 0 || !dyad_cd_label_is(c, s, "S"))
        return 0;
    for (int ch = t->n[s].first; ch >= 0 && ch != top; ch = t->n[ch].next)
        if (dyad_cd_label_is(c, ch, "PP") && S_call_at(c, ch, s, with))
            return 1;
    return 0;
}

/* Is the entity at item a weapon its maker's country fired, named by it ("a Russian
 * missile", "Iranian rockets")? Whose it is is then as clear as an actor's: "Five
 * people were killed when a Russian missile hit a building". */
static int S_fired_by(const dyad_cd_ctx *c, int item)
{
    static const char *const fired[] = {"MISSILE", "MISSILES", "ROCKET", "ROCKETS", "SHELL",
                                        "SHELLS",  "BOMB",     "BOMBS",  "MORTAR",  "MORTARS",
                                        NULL};
    const dyad_cd_ent *x = &c->ent[c->it[item].ent];
    return !x->compound && !x->cr_try && x->tok1 > x->tok0 && dyad_cd_coded(c, item) &&
           dyad_among(c->up[x->tok1 - 1], fired);
}

/* Is the entity at item, the subject of clause node, a subject pronoun ("it", "they",
 * "he", "she") that coreference found the actor of the subject of the clause node hangs
 * on for, that actor's country the same ("Egypt recalled its envoy after it condemned
 * the raid")? Not where that subject names no one ("a helicopter was shot down as it
 * attacked"), whose "it" coreference may give to an actor named elsewhere. */
static int S_found_pronoun(const dyad_cd_ctx *c, int node, int item)
{
    static const char *const pron[] = {"IT", "THEY", "HE", "SHE", NULL};
    const dyad_cd_ent *x = &c->ent[c->it[item].ent];
    if (x->compound || !x->cr_try || x->tok1 != x->tok0 + 1 ||
        !dyad_cd_label_is(c, c->t->tok_node[x->tok0], "PRP") ||
        !dyad_among(c->up[x->tok0], pron) || !strncmp(x->code, "---", 3))
        return 0;
    int s = dyad_cd_node(c, node)->parent; /* the nearest clause above with a subject */
    while (s >= 0 && !(dyad_cd_label_is(c, s, "S") &&
                       dyad_cd_label_is(c, dyad_cd_node(c, s)->first, "NP")))
        s = dyad_cd_node(c, s)->parent;
    if (s < 0)
        return 0;
    const dyad_tnode *np = dyad_cd_node(c, dyad_cd_node(c, s)->first);
    for (size_t k = 0; k < c->nent; k++) {
        const dyad_cd_ent *m = &c->ent[k];
        if (m != x && m->tok0 >= np->tok && m->tok1 <= np->tok_end &&
            strncmp(m->code, "---", 3) && !strncmp(m->code, x->code, 3))
            return 1;
    }
    return 0;
}

/* Is node, just linearised from item `from` on, an adverbial clause whose subject
 * names an actor of its own (dyad_cd_names_actor), or is a pronoun coreference found
 * one for ("after it condemned the raid"), and whose verb is in the dictionary ("a
 * day after Moscow and Kyiv signed a deal", "after President Donald Trump
 * threatened")? In a verb phrase it is an event of its own, as a participle clause
 * is. */
int dyad_cd_own_clause(const dyad_cd_ctx *c, int node, int from, int tell)
{
    static const char *const sub[] = {"AFTER", "AS",    "BECAUSE", "BEFORE", "SINCE",
                                      "WHEN",  "WHERE", "WHILE",   "WITH",   NULL};
    static const char *const order[] = {"AFTER", "BEFORE", NULL};
    const dyad_tnode *x = dyad_cd_node(c, node);
    int mark = x->first, s = mark >= 0 ? dyad_cd_node(c, mark)->next : -1, subj = -1;
    if (tell && mark >= 0 && dyad_cd_label_is(c, node, "SBAR") && dyad_cd_label_is(c, mark, "S"))
        s = mark, mark = -1; /* "told X (that) Y did Z": what is told */
    /* a measure of time before the mark, (SBAR (NP hours) (IN after) (S ...)): "hours
     * after Hamas set free three hostages" */
    int m = dyad_cd_clause_mark(c, node);
    if (m >= 0 && m != mark && dyad_among(c->up[dyad_cd_node(c, m)->tok], order))
        mark = m, s = dyad_cd_node(c, m)->next;
    if (!dyad_cd_label_is(c, node, "SBAR") || s < 0 || !dyad_cd_label_is(c, s, "S"))
        return 0;
    if (mark >= 0 && dyad_cd_label_is(c, mark, "WHADVP"))
        mark = dyad_cd_node(c, mark)->first;
    int known = tell && (mark < 0 || (dyad_cd_isleaf(c, mark) &&
                                      !strcmp(c->up[dyad_cd_node(c, mark)->tok], "THAT")));
    known |= mark >= 0 && dyad_cd_isleaf(c, mark) &&
        dyad_among(c->up[dyad_cd_node(c, mark)->tok], sub);
    for (int ch = dyad_cd_node(c, s)->first; known && ch >= 0; ch = dyad_cd_node(c, ch)->next) {
        if (dyad_cd_label_is(c, ch, "NP") && subj < 0) {
            int e = from;
            while (e < (int)c->nit && c->it[e].type != I_NES && c->it[e].type != I_NECS)
                e++;
            if (e == (int)c->nit || c->ent[c->it[e].ent].tok0 >= dyad_cd_node(c, ch)->tok_end ||
                (!dyad_cd_names_actor(c, e) && !S_fired_by(c, e) && !S_found_pronoun(c, node, e)))
                return 0; /* "as lawmakers met": whose is unclear */
            subj = ch;
        }
        /* its verb, past auxiliaries: "had signed", "would agree" */
        for (int vp = ch; subj >= 0 && vp >= 0 && dyad_cd_label_is(c, vp, "VP");) {
            int v = dyad_cd_node(c, vp)->first;
            if (v < 0 || !dyad_cd_isleaf(c, v) || strncmp(dyad_cd_node(c, v)->label, "VB", 2))
                break;
            const char *w = c->up[dyad_cd_node(c, v)->tok];
            if (dyad_dict_verb(c->d, w, strlen(w)) >= 0)
                return 1;
            for (vp = dyad_cd_node(c, v)->next; vp >= 0 && !dyad_cd_label_is(c, vp, "VP");)
                vp = dyad_cd_node(c, vp)->next;
        }
    }
    return 0;
}

/* The conjunction or preposition leaf that opens clause or phrase node, an SBAR or a
 * PP, past the measure the parser may set before it ("(SBAR (NP two days) (IN after)
 * (S ...))", "(SBAR (ADVP shortly) (IN before) ...)"); -1 when it opens with no such
 * leaf. */
int dyad_cd_clause_mark(const dyad_cd_ctx *c, int node)
{
    int sbar = dyad_cd_label_is(c, node, "SBAR"), mark = dyad_cd_node(c, node)->first;
    if (!sbar && !dyad_cd_label_is(c, node, "PP"))
        return -1;
    if (sbar && (dyad_cd_label_is(c, mark, "NP") || dyad_cd_label_is(c, mark, "ADVP")))
        mark = dyad_cd_node(c, mark)->next;
    return dyad_cd_label_is(c, mark, "IN") && dyad_cd_isleaf(c, mark) ? mark : -1;
}

/* Is node a gerund's clause of an earlier or a later time without a subject, whose verb
 * is in the dictionary ("after visiting Rohan", "two days before meeting the king")? Its
 * act is one of its own, as a participle clause's is, done by the subject of the verb it
 * hangs on (dyad_cd_adjunct_doer), not words of that verb's phrase: "arrived in
 * Gondor after visiting Rohan" visits Rohan too. Not one of the same time ("rejected the
 * charge while responding to Rohan's letter"), which mostly tells the verb's own act
 * again, with its other party. */
static int S_gerund_clause(const dyad_cd_ctx *c, int node)
{
    static const char *const time[] = {"AFTER", "BEFORE", "SINCE", "UPON", NULL};
    int mark = dyad_cd_clause_mark(c, node), s = mark >= 0 ? dyad_cd_node(c, mark)->next : -1;
    int vp = dyad_cd_label_is(c, s, "S") ? dyad_cd_node(c, s)->first : -1;
    int v = dyad_cd_label_is(c, vp, "VP") ? dyad_cd_node(c, vp)->first : -1;
    if (!dyad_cd_label_is(c, v, "VBG") || !dyad_among(c->up[dyad_cd_node(c, mark)->tok], time))
        return 0;
    for (int ch = dyad_cd_node(c, v)->next; ch >= 0; ch = dyad_cd_node(c, ch)->next)
        if (dyad_cd_label_is(c, ch, "VP"))
            return 0; /* an auxiliary: "after being excluded", "after having agreed" */
    const char *w = c->up[dyad_cd_node(c, v)->tok];
    return dyad_dict_verb(c->d, w, strlen(w)) >= 0;
}

/* Does node hold a participle with its doer, outside clauses ("in a deal brokered by
 * China")? A PP of a verb phrase that holds one is an event of its own, with or without
 * a comma before it ("exchanged prisoners on Tuesday in a deal mediated by the United
 * Arab Emirates": the Emirates mediated, they were not exchanged with). With self, is
 * node itself that participle's verb phrase. */
int dyad_cd_by_participle(const dyad_cd_ctx *c, int node, int self)
{
    const dyad_tree *t = c->t;
    size_t end = self ? (size_t)node + 1 : t->nn;
    for (size_t k = (size_t)node + !self;
         k < end && (self || t->n[k].depth > t->n[node].depth); k++) {
        const dyad_tnode *y = &t->n[k];
        if (!strcmp(y->label, "VP") && y->first >= 0 && dyad_cd_isleaf(c, y->first) &&
            dyad_cd_label_is(c, y->first, "VBN")) {
            int pp = dyad_cd_node(c, y->first)->next;
            if (pp >= 0 && dyad_cd_label_is(c, pp, "PP") && dyad_cd_node(c, pp)->tok >= 0 &&
                !strcmp(c->up[dyad_cd_node(c, pp)->tok], "BY"))
                return 1;
        }
    }
    return 0;
}

/* Is node a judgement of "as" and a clause without a subject ("dismissed the findings
 * (as controlled and directed by the West)")? With a participle and its doer in it,
 * whom it names did what the judgement says, not what the verb did: the verb's phrase
 * ends before it. */
static int S_as_clause(const dyad_cd_ctx *c, int node)
{
    int as = dyad_cd_node(c, node)->first, s = as >= 0 ? dyad_cd_node(c, as)->next : -1;
    return dyad_cd_label_is(c, node, "SBAR") && as >= 0 && dyad_cd_isleaf(c, as) &&
           dyad_is(c->up[dyad_cd_node(c, as)->tok], "AS") && s >= 0 &&
               dyad_cd_label_is(c, s, "S") &&
           dyad_cd_node(c, s)->first >= 0 && dyad_cd_label_is(c, dyad_cd_node(c, s)->first, "VP");
}

/* Is verb phrase node an auxiliary "have" before its verb's phrase ("has said",
 * "had resumed talks")? It is no verb: the dictionary's HAVE patterns ("had a meeting
 * with") would read the whole phrase below it. */
static int S_have_aux(const dyad_cd_ctx *c, int node)
{
    static const char *const have[] = {"HAVE", "HAS", "HAD", "HAVING", "'VE", "'D", NULL};
    const dyad_tnode *x = dyad_cd_node(c, node);
    int is = dyad_among(c->up[dyad_cd_node(c, x->first)->tok], have);
    for (int ch = dyad_cd_node(c, x->first)->next; is && ch >= 0; ch = dyad_cd_node(c, ch)->next)
        if (dyad_cd_label_is(c, ch, "VP"))
            return 1;
    return 0;
}

/* Verbs by which a doer answers what another asked or offered, whose party is the asker. */
static const char *const S_answer_verbs[] = {"REJECT", "REJECTED", "REJECTS", "REJECTING",
    "REFUSE", "REFUSED", "REFUSES", "REFUSING", "DECLINE", "DECLINED", "DECLINES",
    "DECLINING", "DISMISS", "DISMISSED", "DISMISSES", "DISMISSING", "SPURN", "SPURNED",
    "SPURNS", "REBUFF", "REBUFFED", "REBUFFS", "TURN", "TURNED", "TURNS", "TURNING", "DENY",
    "DENIED", "DENIES", "DENYING", "ACCEPT", "ACCEPTED", "ACCEPTS", "ACCEPTING", "APPROVE",
    "APPROVED", "APPROVES", "APPROVING", "WELCOME", "WELCOMED", "WELCOMES", "WELCOMING",
    "CONSIDER", "CONSIDERED", "CONSIDERS", "CONSIDERING", "GRANT", "GRANTED", "GRANTS",
    "HEED", "HEEDED", "IGNORE", "IGNORED", "IGNORES", NULL};

/* Is w a verb by which a doer answers what another asked or offered (S_answer_verbs)? */
int dyad_cd_answer_verb(const char *w)
{
    return dyad_among(w, S_answer_verbs);
}

/* In an article, the token where the act asked for begins in the object of verb phrase
 * vp when its verb answers a request, call, demand, proposal, plea or offer ("rejected a
 * request by farmers to halt imports from Thailand", "turned down calls for sanctions
 * against Iran", "welcomed a Chinese offer to mediate between Russia and Ukraine"): the
 * answer's party is the asker, named before the noun or after its "by" or "from", never
 * one the act names, and an asker no one knows leaves the answer aimed at no one known.
 * -1 when the object is no such noun with its act after it. */
static int S_answered_act(const dyad_cd_ctx *c, int vp)
{
    static const char *const opens[] = {"FOR", "THAT", NULL};
    int v = dyad_cd_node(c, vp)->first, ntok = (int)c->t->ntok;
    if (!c->cr || v < 0 || !dyad_cd_isleaf(c, v) ||
        !dyad_among(c->up[dyad_cd_node(c, v)->tok], S_answer_verbs))
        return -1;
    int np = dyad_cd_node(c, v)->next;
    if (np >= 0 && (dyad_cd_label_is(c, np, "PRT") || dyad_cd_label_is(c, np, "RP")))
        np = dyad_cd_node(c, np)->next; /* the particle of "turned down" */
    if (np < 0 || !dyad_cd_label_is(c, np, "NP"))
        return -1;
    /* the noun, after its asker's name or possessive ("the farmers' request"), before any
     * preposition or infinitive */
    int h = dyad_cd_node(c, np)->tok, end = dyad_cd_node(c, np)->tok_end;
    for (; h >= 0 && h < end; h++) {
        const char *tag = dyad_cd_node(c, c->t->tok_node[h])->label;
        if (!strcmp(tag, "IN") || !strcmp(tag, "TO"))
            return -1;
        if (!strncmp(tag, "NN", 2) && (dyad_asking_noun(c->up[h]) ||
                                       dyad_is(c->up[h], "OFFER") || dyad_is(c->up[h], "OFFERS")))
            break;
    }
    if (h < 0 || h >= end)
        return -1;
    int t = h + 1, by = t < ntok && (dyad_is(c->up[t], "BY") || dyad_is(c->up[t], "FROM"));
    for (; t < ntok && strcmp(c->up[t], ","); t++)
        if (dyad_among(c->up[t], opens) ||
            (dyad_is(c->up[t], "TO") && t + 1 < ntok &&
             dyad_cd_label_is(c, c->t->tok_node[t + 1], "VB")))
            return t;
        else if (!by)
            break; /* the act comes right after the noun, or after its asker */
    return -1;
}

/* Entities from e0 on, the phrases of an answer's object, when the parser ran one on
 * from a request's asker into the act it asks for, which begins at token t ("rejected
 * the farmers' request to halt imports from Thailand"): such a phrase is the asker's,
 * or no one's, and is coded by its words before t when the act's words name someone,
 * for every verb of the sentence. One whose act names no one keeps its code, which may
 * be whom its pronoun refers to ("his calls for a weaker yen"), and so does one whose
 * act is talks or a meeting (the verb dictionary's words of 125): talks refused are
 * refused to whom they would be with ("rejected the bankers' calls for talks with the
 * IMF"). */
static void S_code_before(dyad_cd_ctx *c, size_t e0, int t)
{
    int ntok = (int)c->t->ntok;
    for (size_t i = e0; i < c->nent; i++) {
        dyad_cd_ent *e = &c->ent[i];
        char act[64];
        int dated;
        if (e->compound || e->tok0 >= t || e->tok1 <= t ||
            dyad_cd_synset_at(c, "&TALKS", t, e->tok1) ||
            dyad_cd_synset_at(c, "&MEETING", t, e->tok1) ||
            (dyad_is(c->up[t], "TO") && t + 1 < ntok &&
             (dyad_is(c->up[t + 1], "MEET") || dyad_is(c->up[t + 1], "NEGOTIATE"))))
            continue;
        dyad_cd_code_words(c, c->up + t, NULL, e->tok1 - t, act, sizeof act, &dated);
        if (strncmp(act, "---", 3))
            dyad_cd_code_words(c, c->up + e->tok0, NULL, t - e->tok0, e->code, sizeof e->code,
                               &dated);
    }
}

int dyad_cd_linearize(dyad_cd_ctx *c, int node, int flat)
{
    const dyad_tnode *x = dyad_cd_node(c, node);
    if (x->word)
        return dyad_cd_push(c, !strcmp(x->label, ",") ? I_COMMA : I_WORD, x->tok, -1);
    if ((flat && !strcmp(x->label, "SBAR")) || S_pp_led(c, node, S_except)) {
        for (int k = x->tok; k >= 0 && k < x->tok_end; k++)
            if (dyad_cd_push(c, I_WORD, k, -1))
                return -1;
        return 0;
    }
    if (!strcmp(x->label, "NP") || c->nec[node] == 1)
        return S_np(c, node);
    int vci = -1;
    if (!strcmp(x->label, "VP") && x->first >= 0 && dyad_cd_isleaf(c, x->first) &&
        !strncmp(dyad_cd_node(c, x->first)->label, "VB", 2) && !S_have_aux(c, node)) {
        if (GROW(c, c->vc, c->nvc, c->capvc))
            return -1;
        vci = (int)c->nvc++;
        c->vc[vci].vp = node;
        c->vc[vci].verb_item = (int)c->nit; /* the first child's word comes next */
        c->vc[vci].end_own = -1;
    }
    int comma = -1; /* item of a comma child just before */
    /* where the act a request asks for begins in an answer's object, whose phrases are
     * coded anew once cut (S_code_before) */
    int act = !strcmp(x->label, "VP") ? S_answered_act(c, node) : -1;
    size_t e0 = c->nent;
    if (vci >= 0)
        c->vc[vci].answered = act;
    for (int ch = x->first; ch >= 0; ch = dyad_cd_node(c, ch)->next) {
        const dyad_tnode *y = dyad_cd_node(c, ch);
        int vp = !strcmp(y->label, "VP");
        int start = comma >= 0 ? comma : (int)c->nit;
        if (c->cr && vci >= 0 && c->vc[vci].end_own < 0 &&
            ((comma >= 0 && (vp || !strcmp(y->label, "S"))) ||
             ((!strcmp(y->label, "PP") || S_as_clause(c, ch)) && dyad_cd_by_participle(c, ch, 0)) ||
             (vp && y->first >= 0 && dyad_cd_label_is(c, y->first, "VBG")) ||
             S_gerund_clause(c, ch)))
            c->vc[vci].end_own = start;
        comma = y->word && !strcmp(y->label, ",") ? (int)c->nit : -1;
        if (dyad_cd_linearize(c, ch, flat))
            return -1;
        if (c->cr && vci >= 0 && c->vc[vci].end_own < 0 &&
            dyad_cd_own_clause(c, ch, start, dyad_cd_telling(c, x->first)))
            c->vc[vci].end_own = start;
    }
    if (act >= 0)
        S_code_before(c, e0, act);
    if (vci >= 0) {
        c->vc[vci].end_item = (int)c->nit;
        if (c->vc[vci].end_own < 0)
            c->vc[vci].end_own = (int)c->nit;
    }
    return 0;
}

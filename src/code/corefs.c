/*
 * corefs.c — the event coder's glue to coreference (resolve/coref.h) in an article
 * (dyad_code_tree_coref):
 *  - an entity without an actor of its own takes the code coreference finds for it,
 *    again once the sentence's entities are all known (people who act where they are
 *    take a place named after them: "protesters in Yerevan"; at a state's embassy,
 *    where it is, not its state: S_mission), when the target is
 *    sought (a phrase ambiguous in its sentence may not be once the doer is excluded:
 *    "Scholz spoke with Netanyahu and urged him") and for each event with the other
 *    participant to avoid; every entity and event is recorded for the sentences after
 *    it.
 * The rest of what the coder reads beyond the sentence is told in coder.c.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "code/coder_int.h"

/* ---------------------------------------------------------------- coreference */

/* Is token k a preposition of place or occasion ("in Riyadh", "at a summit")? */
int dyad_cd_place_prep(const dyad_cd_ctx *c, int k)
{
    static const char *const place[] = {"IN", "AT", "ON", "NEAR", "DURING", "INSIDE",
                                        "OUTSIDE", "OFF", NULL};
    if (k < 0 || strcmp(dyad_cd_node(c, c->t->tok_node[k])->label, "IN"))
        return 0;
    return dyad_among(c->up[k], place);
}

/* Does the phrase of tokens [k, end) open with an occasion, its noun before any
 * preposition: "a press conference", "a news briefing", "a rally of opposition
 * supporters", "a summit of the Arab League"? Words are said at it, to no one its
 * words name ("the press" is no party), unless it is with someone ("at a summit with
 * Putin"). 2 when it is the whole phrase, 1 when a preposition follows, 0 none. */
int dyad_cd_occasion(const dyad_cd_ctx *c, int k, int end)
{
    static const char *const occasion[] = {
        "CONFERENCE", "CONFERENCES", "BRIEFING", "BRIEFINGS", "RALLY", "RALLIES", "SUMMIT",
        "SUMMITS", "SESSION", "SESSIONS", "CEREMONY", "CEREMONIES", "GATHERING", "GATHERINGS",
        "FORUM", "CONVENTION", "FUNERAL", "BANQUET", "DINNER", "LUNCHEON", NULL};
    int noun = 0;
    for (; k < end && !dyad_cd_label_is(c, c->t->tok_node[k], "IN"); k++)
        noun |= dyad_among(c->up[k], occasion);
    if (!noun)
        return 0;
    return k >= end ? 2 : !dyad_is(c->up[k], "WITH") && !dyad_is(c->up[k], "BETWEEN");
}

/* Is place preposition k, of a phrase ending before token end, one that says where and
 * nothing else: not "on", often a topic ("declined to comment on Ukraine's claims",
 * "conferred its highest honour on Modi"), unless it is on land ("blamed the attacks on
 * militants present on Afghan soil", "on its territory"), nor "at", often whom words
 * are aimed at ("pointed the finger at the U.S. budget deficit"), unless it opens an
 * occasion (dyad_cd_occasion)? */
static int S_venue_prep(const dyad_cd_ctx *c, int k, int end)
{
    static const char *const land[] = {"SOIL", "TERRITORY", "TERRITORIES", NULL};
    if (!strcmp(c->up[k], "ON"))
        return end > k + 1 && dyad_among(c->up[end - 1], land);
    return strcmp(c->up[k], "AT") || dyad_cd_occasion(c, k + 1, end);
}

/* Is entity e where or at what occasion something happened: the object of a
 * preposition of place ("in Riyadh", "on the sidelines of the G20 summit"), or a
 * phrase whose actor is only its place ("their first summit in Helsinki")? With
 * `plain`, "on" and "at" are no places (S_venue_prep), and a preposition before e
 * counts only when it is no word of the verb being coded and e is a phrase of its
 * own, not one going on ("pledged $4.5 billion in aid to Ukraine"). */
int dyad_cd_at_place(const dyad_cd_ctx *c, const dyad_cd_ent *e, int plain)
{
    int t = e->tok0;
    if (dyad_cd_place_prep(c, t - 1)) {
        if (!plain)
            return 1;
        int own = t - 1 > c->verb_tok1 && S_venue_prep(c, t - 1, e->tok1);
        for (int k = t; own && k < e->tok1; k++)
            own = !dyad_cd_label_is(c, c->t->tok_node[k], "IN") &&
                  !dyad_cd_label_is(c, c->t->tok_node[k], "TO");
        if (own)
            return 1;
    }
    if (t >= 2 && !strcmp(c->up[t - 1], "OF") &&
        (!strcmp(c->up[t - 2], "SIDELINES") || !strcmp(c->up[t - 2], "MARGINS")))
        return 1;
    for (int k = t + 1; k < e->tok1; k++)
        if (dyad_cd_place_prep(c, k) && (!plain || S_venue_prep(c, k, e->tok1))) {
            char code[64];
            int dated;
            dyad_cd_code_words(c, c->up + t, NULL, k - t, code, sizeof code, &dated);
            /* its rulers or forces are no place: "the junta in Niger" */
            static const char *const state[] = {"---GOV", "---MIL", "---REB", "---JUD",
                                                "---LEG", "---SPY", "---COP", NULL};
            return !dyad_among_n(code, 6, state) && !strncmp(code, "---", 3);
        }
    return 0;
}

/* In an article: do words w (tokens toks[0..n)) name a mission of a state, an embassy,
 * consulate or legation, perhaps with where it is ("the Chinese embassy in London"), or
 * its ambassador, who is posted abroad ("U.S. Ambassador Julie Chung urged parliament":
 * the host's; "Myanmar's ambassador in London", "the ambassador to Kenya")?
 * As a place it is there, not its state's (coref.h's `where`): the index of the words
 * after its "in" (n: none), with their code in where ("GBR"), "" when they name no one
 * known; 0 when w is no mission. As an actor it stays its state's ("protesters stormed
 * the Russian embassy"). */
static int S_mission(const dyad_cd_ctx *c, char **w, const int *toks, int n, char *where,
                     size_t cap)
{
    static const char *const mission[] = {"EMBASSY",  "EMBASSIES", "CONSULATE", "CONSULATES",
                                          "LEGATION", "LEGATIONS", "MISSION",   "MISSIONS",
                                          NULL};
    static const char *const envoy[] = {"AMBASSADOR", "AMBASSADORS", NULL};
    int dated;
    for (int i = 0; i < n; i++) {
        int posted = dyad_among(w[i], envoy);
        if (posted || (dyad_among(w[i], mission) && (i + 1 == n || dyad_is(w[i + 1], "IN")))) {
            int at = i + 2 < n &&
                     (dyad_is(w[i + 1], "IN") || (posted && dyad_is(w[i + 1], "TO")));
            where[0] = 0;
            if (at)
                dyad_cd_code_words(c, w + i + 2, toks + i + 2, n - i - 2, where, cap, &dated);
            if (!strncmp(where, "---", 3))
                where[0] = 0;
            return at ? i + 2 : n;
        }
        if (dyad_cd_label_is(c, c->t->tok_node[toks[i]], "IN"))
            return 0; /* the phrase is what comes before it: "protesters outside the
                         embassy" (S_placed) */
    }
    return 0;
}

/* Is the verb of verb phrase vp, past its auxiliaries ("has said", "would tell"), one
 * of saying? */
static int S_saying_vp(const dyad_cd_ctx *c, int vp)
{
    while (vp >= 0 && dyad_cd_label_is(c, vp, "VP")) {
        int v = dyad_cd_node(c, vp)->first;
        while (v >= 0 && (dyad_cd_label_is(c, v, "ADVP") || dyad_cd_label_is(c, v, "RB")))
            v = dyad_cd_node(c, v)->next; /* "also said" */
        if (v < 0 || !dyad_cd_isleaf(c, v))
            return 0;
        const char *w = c->up[dyad_cd_node(c, v)->tok];
        if (dyad_say_word(w, strlen(w)))
            return 1;
        vp = dyad_cd_node(c, v)->next;
    }
    return 0;
}

/* Does entity x name whoever says something (coref.h's `says`): the subject of a
 * clause whose verb is one of saying ("Mikhail Krutikhin, an analyst at RusEnergy,
 * said"), or the name right after such a verb after a comma or a quotation ("...,
 * said Krutikhin"; not "told Krutikhin")? 2 when it tells what comes before it, set
 * off by a comma or a quotation before its verb ("..., he said", "'...,' he told
 * reporters"). */
static int S_says(const dyad_cd_ctx *c, const dyad_cd_ent *x)
{
    int k = x->tok0;
    if (k < 0)
        return 0;
    if (k >= 1 && (!strcmp(c->up[k - 1], ",") || !strcmp(c->up[k - 1], "''")) &&
        x->tok1 < (int)c->t->ntok &&
        !strncmp(dyad_cd_node(c, c->t->tok_node[x->tok1])->label, "VB", 2) &&
        dyad_say_word(c->up[x->tok1], strlen(c->up[x->tok1])))
        return 2;
    if (k >= 2 && !strncmp(dyad_cd_node(c, c->t->tok_node[k - 1])->label, "VB", 2) &&
        dyad_say_word(c->up[k - 1], strlen(c->up[k - 1])) &&
        strcmp(c->up[k - 1], "TOLD") && strcmp(c->up[k - 1], "TELLS") &&
        (!strcmp(c->up[k - 2], ",") || !strcmp(c->up[k - 2], "''")))
        return 1;
    int np = -1; /* the widest noun phrase it opens */
    for (int p = dyad_cd_node(c, c->t->tok_node[k])->parent; p >= 0 && dyad_cd_node(c, p)->tok == k;
         p = dyad_cd_node(c, p)->parent)
        if (dyad_cd_label_is(c, p, "NP"))
            np = p;
    if (np < 0 || dyad_cd_node(c, np)->parent < 0 ||
        !dyad_cd_label_is(c, dyad_cd_node(c, np)->parent, "S"))
        return 0;
    int vp = dyad_cd_node(c, np)->next;
    while (vp >= 0 && !dyad_cd_label_is(c, vp, "VP") &&
           (dyad_cd_label_is(c, vp, "ADVP") || dyad_cd_label_is(c, vp, ",")))
        vp = dyad_cd_node(c, vp)->next;
    return vp >= 0 && S_saying_vp(c, vp);
}

/* Is entity x's actor named by its words before their first preposition (after the
 * first word, as coref.c reads a thing's name), so that the thing it names is that
 * actor's whatever the preposition's words name ("the planned EC levy on vegetable
 * oils" is the EC's; "the aid bill for Ukraine" is no one's)? */
static int S_owner_first(const dyad_cd_ctx *c, const dyad_cd_ent *x, const int *toks, int n)
{
    char *w[CR_MAXW], code[64];
    int end = n > 0, dated;
    while (end < n && end < CR_MAXW && !dyad_cd_label_is(c, c->t->tok_node[toks[end]], "IN") &&
           !dyad_cd_label_is(c, c->t->tok_node[toks[end]], "TO"))
        end++;
    if (end >= n || end >= CR_MAXW || !strncmp(x->code, "---", 3))
        return 0;
    for (int i = 0; i < end; i++)
        w[i] = c->up[toks[i]];
    return dyad_cd_code_words(c, w, toks, end, code, sizeof code, &dated) &&
           !strncmp(code, x->code, 3);
}

/* Verbs whose object an "of" phrase of the charge follows ("accused Iran of lying",
 * "convicted the bank of fraud"), which the parser often hangs on the object. */
static const char *const S_charging[] = {
    "ACCUSE",    "ACCUSES",    "ACCUSED",   "ACCUSING",   "SUSPECT",   "SUSPECTS",
    "SUSPECTED", "SUSPECTING", "CONVICT",   "CONVICTS",   "CONVICTED", "CONVICTING",
    "ACQUIT",    "ACQUITS",    "ACQUITTED", "ACQUITTING", "ABSOLVE",   "ABSOLVES",
    "ABSOLVED",  "ABSOLVING",  NULL};

/* Words after which a phrase may open a clause of its own, joined to the one before
 * rather than held by its verb (dyad_cr_np.joined) */
static const char *const S_joiners[] = {",", ";", ":", "--", "AND", "BUT", "OR", NULL};

/* Wire style writes a state's offices with capitals ("the Finance Ministry", "the
 * Supreme Court"), which the tagger reads as a name, and coreference takes a name for
 * its own one ("the Reagan administration" says whose): a phrase of no actor whose
 * words past its determiners are all agents' words, a state's office first, is read as
 * the same words in lower case are ("the finance ministry": the state's in sight), its
 * proper nouns' tags given as common nouns'. Capitals on a firm's or a party's word
 * ("the Bank of Israel", "the Party") begin a name more often than not. */
static void S_office_tags(const dyad_cd_ctx *c, const dyad_cd_ent *x, const int *toks, int n,
                          const char **tag)
{
    static const char *const state[] = {"GOV", "MIL", "COP", "SPY", "JUD", "LEG", NULL};
    char *w[CR_MAXW];
    int k = 0, len, proper = 0;
    if (strncmp(x->code, "---", 3) || !dyad_among_n(x->code + 3, 3, state))
        return;
    while (k < n && !strcmp(tag[k], "DT"))
        k++;
    for (int i = k; i < n; i++) {
        w[i] = c->up[toks[i]];
        proper |= !strncmp(tag[i], "NNP", 3);
    }
    while (k < n && dyad_cd_longest(&c->d->agents, w + k, n - k, &len) >= 0)
        k += len;
    for (int i = 0; proper && k == n && i < n; i++)
        if (!strncmp(tag[i], "NNP", 3))
            tag[i] = tag[i][3] == 'S' ? "NNS" : "NN";
}

/* The tagger reads a surname as a common noun where its ending looks plural or its
 * place in the sentence leaves it unsure ("Figueras criticised ..." after "Agriculture
 * Minister Ernesto Figueras"): a word written with a capital that is a word of the
 * name of a person the article named before is given a name's tag, as coreference
 * takes a name to refer back by. */
static void S_name_tags(const dyad_cd_ctx *c, const int *toks, int n, const char **w,
                        const char **tag)
{
    for (int i = 0; i < n; i++)
        if ((!strcmp(tag[i], "NN") || !strcmp(tag[i], "NNS")) &&
            isupper((unsigned char)dyad_cd_node(c, c->t->tok_node[toks[i]])->word[0]) &&
            dyad_coref_name_word(c->cr, w[i]))
            tag[i] = "NNP";
}

/* Entity x, of tokens toks[0..n), as coref.h reads a phrase; w and tag hold CR_MAXW. */
void dyad_cd_cr_np(const dyad_cd_ctx *c, const dyad_cd_ent *x, const int *toks, int n,
                   const char **w, const char **tag, dyad_cr_np *np)
{
    if (n > CR_MAXW)
        n = CR_MAXW;
    for (int i = 0; i < n; i++) {
        w[i] = c->up[toks[i]];
        tag[i] = dyad_cd_node(c, c->t->tok_node[toks[i]])->label;
    }
    S_name_tags(c, toks, n, w, tag);
    S_office_tags(c, x, toks, n, tag);
    np->w = w;
    np->tag = tag;
    np->n = n;
    np->tok = x->tok0;
    np->code = x->code;
    np->dated = x->dated;
    np->place = dyad_cd_at_place(c, x, 0);
    np->where = x->mission ? x->where : NULL;
    np->says = S_says(c, x);
    np->role = x->tok0 > 0 && !strcmp(c->up[x->tok0 - 1], "AS");
    np->quoted = c->qopen;
    np->named = 0;
    np->on_state = 0;
    np->charged = x->tok0 > 0 && dyad_among(c->up[x->tok0 - 1], S_charging);
    np->joined = x->tok0 > 0 && dyad_among(c->up[x->tok0 - 1], S_joiners);
    np->owner_first = S_owner_first(c, x, toks, n);
    for (int k = 0; k < x->tok0; k++)
        if (!strcmp(c->up[k], "``") || !strcmp(c->up[k], "''"))
            np->quoted = !strcmp(c->up[k], "``");
}

/* The same for the words entity x spans (a phrase that refers back is one run). */
void dyad_cd_span_np(const dyad_cd_ctx *c, const dyad_cd_ent *x, int *toks, const char **w,
                     const char **tag, dyad_cr_np *np)
{
    int n = 0;
    for (int k = x->tok0; k < x->tok1 && n < CR_MAXW; k++)
        toks[n++] = k;
    dyad_cd_cr_np(c, x, toks, n, w, tag, np);
}

/* The verb dictionary's synonym set name ("&SCORN"), -1 when the dictionary has none
 * (the Phoenix set has none of those the coder reads by name). */
int dyad_cd_synset(const dyad_cd_ctx *c, const char *name)
{
    return dyad_wmap_get(&c->d->synmap, c->d->str.v, 0, name, strlen(name));
}

/* The length of a phrase of synonym set syn (-1: none) at token k that ends by token
 * end; 0 none. */
int dyad_cd_synset_len(const dyad_cd_ctx *c, int syn, int k, int end)
{
    const dyad_dict *d = c->d;
    for (int32_t i = dyad_dict_syn_first(d, syn, c->up[k], strlen(c->up[k])); i >= 0;
         i = d->phrase.v[i].next) {
        const dyad_phrase *p = &d->phrase.v[i];
        int j = 0;
        while (j < p->n && k + j < end && !strcmp(c->up[k + j], dyad_dict_word(d, p->w, j)))
            j++;
        if (j == p->n)
            return j;
    }
    return 0;
}

/* Does a phrase of the verb dictionary's synonym set name ("&SCORN": the judgements
 * "be" and "call" code as criticism of whom they are said of; "&CONTENT": feelings the
 * coder reads as disapproval when denied) start at one of tokens [t0, t1)? */
int dyad_cd_synset_at(const dyad_cd_ctx *c, const char *name, int t0, int t1)
{
    int syn = dyad_cd_synset(c, name);
    for (int k = t0; syn >= 0 && k < t1; k++)
        if (dyad_cd_synset_len(c, syn, k, t1))
            return 1;
    return 0;
}

/* Is entity x an "it" that stands for the clause after the judgement said of it: the
 * subject of "be" (through auxiliaries and modals: "it would be a mistake to ...") or
 * the object of a verb of calling or judging ("called it a mistake to ignore Asia"),
 * its predicate a judgement (of &SCORN) that goes on, in its phrase or right after it,
 * with a to-infinitive or a clause of "that" or "for" ("it is unacceptable that
 * ...")? The judgement is of what that clause tells, so the "it" refers to no one:
 * taken for a state in sight, it made criticism of that state ("He said it was a
 * mistake to ignore Asia" after a visit to Beijing: IDN->CHN 111). */
static int S_anticipatory_it(const dyad_cd_ctx *c, const dyad_cd_ent *x)
{
    static const char *const be[] = {"IS",      "WAS",     "ARE",     "WERE",    "BE",
                                     "BEEN",    "BEING",   "'S",      "SEEM",    "SEEMS",
                                     "SEEMED",  "REMAIN",  "REMAINS", "REMAINED", NULL};
    static const char *const judge[] = {"CALL",     "CALLS",       "CALLED", "CALLING",
                                        "CONSIDER", "CONSIDERS",   "CONSIDERED",
                                        "CONSIDERING", "FIND",     "FINDS",  "FOUND",
                                        "DEEM",     "DEEMS",       "DEEMED", NULL};
    static const char *const lead[] = {"TO", "THAT", "FOR", NULL};
    if (x->tok0 < 0 || x->tok1 != x->tok0 + 1 || strcmp(c->up[x->tok0], "IT"))
        return 0;
    int np = dyad_cd_node(c, c->t->tok_node[x->tok0])->parent;
    if (np < 0 || !dyad_cd_label_is(c, np, "NP") ||
        dyad_cd_node(c, np)->first != dyad_cd_node(c, np)->last)
        return 0;
    int up = dyad_cd_node(c, np)->parent, pred = -1;
    if (up >= 0 && dyad_cd_label_is(c, up, "VP")) {
        int v = dyad_cd_node(c, up)->first;
        if (v >= 0 && dyad_cd_isleaf(c, v) && dyad_among(c->up[dyad_cd_node(c, v)->tok], judge))
            pred = dyad_cd_node(c, np)->next;
    } else if (up >= 0 && dyad_cd_label_is(c, up, "S")) {
        int vp = dyad_cd_node(c, np)->next;
        while (vp >= 0 && dyad_cd_label_is(c, vp, "ADVP"))
            vp = dyad_cd_node(c, vp)->next;
        while (vp >= 0 && dyad_cd_label_is(c, vp, "VP")) {
            int v = dyad_cd_node(c, vp)->first, in = -1;
            if (v < 0 || !dyad_cd_isleaf(c, v))
                break;
            if (dyad_among(c->up[dyad_cd_node(c, v)->tok], be)) {
                pred = dyad_cd_node(c, v)->next;
                while (pred >= 0 && (dyad_cd_label_is(c, pred, "RB") ||
                                     dyad_cd_label_is(c, pred, "ADVP")))
                    pred = dyad_cd_node(c, pred)->next;
                break;
            }
            for (int ch = dyad_cd_node(c, v)->next; ch >= 0 && in < 0;
                 ch = dyad_cd_node(c, ch)->next)
                if (dyad_cd_label_is(c, ch, "VP"))
                    in = ch; /* an auxiliary's or a modal's verb phrase */
            vp = in;
        }
    }
    if (pred < 0 || !(dyad_cd_label_is(c, pred, "ADJP") || dyad_cd_label_is(c, pred, "NP")))
        return 0;
    /* the clause: the predicate's last phrase, else the phrase after it */
    int cl = dyad_cd_node(c, pred)->last;
    if (cl < 0 || dyad_cd_isleaf(c, cl) || dyad_cd_node(c, cl)->tok < 0 ||
        !dyad_among(c->up[dyad_cd_node(c, cl)->tok], lead))
        cl = dyad_cd_node(c, pred)->next;
    if (cl < 0 || dyad_cd_node(c, cl)->tok < 0 ||
        !(dyad_cd_label_is(c, cl, "S") || dyad_cd_label_is(c, cl, "SBAR")) ||
        !dyad_among(c->up[dyad_cd_node(c, cl)->tok], lead))
        return 0;
    return dyad_cd_synset_at(c, "&SCORN", dyad_cd_node(c, pred)->tok, dyad_cd_node(c, cl)->tok);
}

/* The state one half of a hyphenated word names (n bytes of w: "CANADIAN", "U.S."),
 * its key in key[4]; 0 when none. */
static int S_half_state(const dyad_cd_ctx *c, const char *w, size_t n, char key[4])
{
    char buf[64], *p = buf;
    int len;
    if (n == 0 || n >= sizeof buf)
        return 0;
    memcpy(buf, w, n);
    buf[n] = 0;
    int a = dyad_cd_longest(&c->d->actors, &p, 1, &len);
    const char *code = a >= 0 ? dyad_actor_code_for(c->d, a, c->date) : NULL;
    if (!code || !dyad_coref_state(code))
        return 0;
    memcpy(key, code, 3);
    key[3] = 0;
    return 1;
}

/* Does word w name two states, one a half of its single hyphen ("U.S.-JAPANESE",
 * "IRAN-IRAQ")? Their keys in a[4] and b[4]: such a word is a plural mention for
 * coreference and the sides of talks for the coder. */
int dyad_cd_state_pair(const dyad_cd_ctx *c, const char *w, char a[4], char b[4])
{
    const char *h = strchr(w, '-');
    return h && !strchr(h + 1, '-') && S_half_state(c, w, (size_t)(h - w), a) &&
           S_half_state(c, h + 1, strlen(h + 1), b) && strcmp(a, b);
}

/* Does word w name the state a journey goes across, "CROSS-CANADA" ("a cross-Canada
 * tour")? Its key in key[4]. */
int dyad_cd_across_state(const dyad_cd_ctx *c, const char *w, char key[4])
{
    return !strncmp(w, "CROSS-", 6) && S_half_state(c, w + 6, strlen(w + 6), key);
}

/* A pair of states named by one hyphenated word of entity x ("the Mexican-U.S. accord",
 * "U.S.-Japanese talks", "the Iran-Iraq war") is also a plural mention, whom "the two
 * sides" or "both countries" after it mean rather than states named sentences before.
 * 0 ok, -1 ENOMEM. */
static int S_refer_hyphen_pair(dyad_cd_ctx *c, const dyad_cd_ent *x)
{
    for (int t = x->tok0; t < x->tok1; t++) {
        char a[4], b[4], codes[8];
        if (!dyad_cd_state_pair(c, c->up[t], a, b))
            continue;
        snprintf(codes, sizeof codes, "%s/%s", a, b);
        if (dyad_coref_add_group(c->cr, t, codes, 1) != DYAD_OK)
            return -1;
    }
    return 0;
}

/* A new entity: a phrase without an actor may take an earlier one's code; either way
 * it becomes a mention later phrases may refer to. */
static int S_refer(dyad_cd_ctx *c, dyad_cd_ent *x, const int *toks, int n)
{
    const char *w[CR_MAXW], *tag[CR_MAXW];
    dyad_cr_np np;
    dyad_cd_cr_np(c, x, toks, n, w, tag, &np);
    char code[64];
    int ante = -1;
    x->cr_try = !strncmp(x->code, "---", 3) && strlen(x->code) < sizeof x->own &&
                !S_anticipatory_it(c, x);
    if (x->cr_try) {
        memcpy(x->own, x->code, strlen(x->code) + 1);
        if (dyad_coref_resolve(c->cr, &np, NULL, code, sizeof code, &ante))
            memcpy(x->code, code, sizeof code);
    } else if (dyad_coref_region(x->code) && n < CR_MAXW) {
        /* "the two Nordic countries", "both Gulf states": the pair named before, with
         * the "both" the parser may leave outside the phrase */
        int both[CR_MAXW], k = 0;
        if (x->tok0 > 0 && toks[0] == x->tok0 && !strcmp(c->up[x->tok0 - 1], "BOTH"))
            both[k++] = x->tok0 - 1;
        memcpy(both + k, toks, (size_t)n * sizeof *toks);
        dyad_cd_cr_np(c, x, both, n + k, w, tag, &np);
        if (dyad_coref_resolve(c->cr, &np, NULL, code, sizeof code, &ante))
            memcpy(x->code, code, sizeof code);
        dyad_cd_cr_np(c, x, toks, n, w, tag, &np);
    }
    x->cr_ante = ante;
    if (dyad_coref_add(c->cr, &np, x->code, ante, &x->cr_id) != DYAD_OK ||
        S_refer_hyphen_pair(c, x))
        c->oom = 1;
    return c->oom ? -1 : 0;
}

/* Once a sentence's phrases are all known, those that found no antecedent are asked
 * again: people who act where they are take a place named after them ("protesters in
 * Yerevan stormed ..."), or the story's home state when their sentence names no other
 * (not before: "police in Phnom Penh" in a Thai story are Cambodian). */
void dyad_cd_refer_ahead(dyad_cd_ctx *c)
{
    dyad_coref_added(c->cr);
    for (size_t e = 0; e < c->nent; e++) {
        dyad_cd_ent *x = &c->ent[e];
        if (x->compound || !x->cr_try || strcmp(x->code, x->own))
            continue;
        int toks[CR_MAXW], ante = -1;
        const char *w[CR_MAXW], *tag[CR_MAXW];
        char code[64];
        dyad_cr_np np;
        dyad_cd_span_np(c, x, toks, w, tag, &np);
        if (dyad_coref_resolve(c->cr, &np, NULL, code, sizeof code, &ante)) {
            memcpy(x->code, code, sizeof code);
            dyad_coref_update(c->cr, x->cr_id, &np, x->code, ante);
        }
    }
}

/* Entity x, given the code of the phrase of coreference id ante by an article rule, is
 * settled: remembered so for the sentences after it, and referring no further. */
static void S_referred(dyad_cd_ctx *c, dyad_cd_ent *x, int ante)
{
    x->cr_try = 0;
    int toks[CR_MAXW];
    const char *w[CR_MAXW], *tag[CR_MAXW];
    dyad_cr_np np;
    dyad_cd_span_np(c, x, toks, w, tag, &np);
    dyad_coref_update(c->cr, x->cr_id, &np, x->code, ante);
}

/* Entity x, a possessive pronoun's phrase with its own agent ("our forces": ---MIL), as
 * owned by the actor of code who: a state's agent on the owner's country (UKRMIL), an
 * organisation's whole code with the agent. */
static void S_own_by(dyad_cd_ent *x, const char *who)
{
    int org = !strncmp(who, "IGO", 3) || !strncmp(who, "NGO", 3) ||
              !strncmp(who, "IMG", 3) || !strncmp(who, "MNC", 3);
    char own[sizeof x->own];
    memcpy(own, x->own, sizeof own);
    snprintf(x->code, sizeof x->code, "%.*s%s", org ? 32 : 3, who, own + 3);
}

/* One record of a speaker, however it was found (by the verb, or as its clause's
 * subject): the quotations after it that name no other are its too, and "you" is
 * whom the verb tells (sp: 64 bytes; returns 1, found). */
static int S_speaker(dyad_cd_ctx *c, int e, int verb, char *sp, int *sp_id)
{
    memcpy(sp, c->ent[e].code, sizeof c->ent[e].code);
    *sp_id = c->ent[e].cr_id;
    c->quote_sp = e;
    c->quote_say = verb;
    dyad_coref_speaker(c->cr, sp, *sp_id);
    return 1;
}

/* The speaker a later sentence names for the quotation this one opens, when no one
 * known before ("'Moscow is the aggressor. We will defend our land,' Zelenskiy said"):
 * the actor coded by its words before the verb of saying, else by those after it
 * ("..., said the Ukrainian foreign ministry"), up to a comma or a preposition ("a
 * dealer in Frankfurt said" names no German, "as a step against the U.S. deficit" no
 * American); a phrase of no known state ("the Foreign Ministry said" of an unnamed
 * country) is none. Recorded as the quotation's speaker, without a mention (sp: 64
 * bytes; 1, found). */
static int S_named_later(dyad_cd_ctx *c, char *sp, int *sp_id)
{
    static const char *const stop[] = {",", ".", "IN", "AT", "FOR", "FROM", "WITH", "ON",
                                       "AS", "BY", NULL};
    const char *w[16];
    char *phrase[16], code[64];
    int n = dyad_coref_named_later(c->cr, w, 16), say = -1, from = 0, to, dated;
    for (int k = 0; k < n && say < 0; k++)
        if (dyad_say_word(w[k], strlen(w[k])))
            say = k;
    if (say < 0)
        return 0;
    while (from < say && !isalnum((unsigned char)w[from][0]))
        from++;
    if (from == say)
        from = say + 1;
    for (to = from; to < n && to != say && !dyad_among(w[to], stop); to++)
        phrase[to - from] = (char *)w[to];
    if (to == from)
        return 0;
    dyad_cd_code_words(c, phrase, NULL, to - from, code, sizeof code, &dated);
    if (!code[0] || !strncmp(code, "---", 3))
        return 0;
    memcpy(sp, code, sizeof code);
    *sp_id = -1;
    dyad_coref_speaker(c->cr, sp, -1);
    return 1;
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
void dyad_cd_quote_speaker(dyad_cd_ctx *c)
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
        if (inq[k] || strncmp(dyad_cd_node(c, c->t->tok_node[k])->label, "VB", 2))
            continue;
        if (dyad_say_word(c->up[k], strlen(c->up[k]))) {
            verb = k;
            nverb++;
        }
    }
    /* the speaker: the known actor right before the verb ("X (also) said"), or right
     * after a saying verb that follows the quotation ("..., said X") */
    char sp[64];
    int sp_id = -1, found = 0;
    for (size_t e = 0; verb >= 0 && nverb == 1 && e < c->nent && !found; e++) {
        const dyad_cd_ent *y = &c->ent[e];
        if (y->compound || y->tok0 < 0 || inq[y->tok0] || !strncmp(y->code, "---", 3))
            continue;
        int before = y->tok1 == verb ||
                     (y->tok1 == verb - 1 &&
                      !strncmp(dyad_cd_node(c, c->t->tok_node[verb - 1])->label, "RB", 2));
        int after = y->tok0 == verb + 1 && verb > 0 && strcmp(c->up[verb], "TOLD") &&
                    strcmp(c->up[verb], "TELLS") &&
                    (!strcmp(c->up[verb - 1], ",") || !strcmp(c->up[verb - 1], "''"));
        if (before || after)
            found = S_speaker(c, (int)e, verb, sp, &sp_id);
    }
    /* else the subject of the verb's clause: the phrase of a known actor may hold more
     * than the name before the verb ("Baker, speaking in Washington, said", "Kim, head
     * of the opposition party, said"), or the verb follow another of the subject's
     * ("the bank's president met Brazilian officials and told reporters") */
    int subj = !found && verb >= 0 && nverb == 1
                   ? dyad_cd_subject(c, dyad_cd_node(c, c->t->tok_node[verb])->parent)
                   : -1;
    if (subj >= 0 && c->it[subj].type == I_NES) {
        const dyad_cd_ent *y = &c->ent[c->it[subj].ent];
        if (!y->compound && y->tok0 >= 0 && y->tok0 < verb && !inq[y->tok0] &&
            strncmp(y->code, "---", 3))
            found = S_speaker(c, c->it[subj].ent, verb, sp, &sp_id);
    }
    if (!found && (found = dyad_coref_last_speaker(c->cr, sp, sizeof sp, &sp_id) ||
                           S_named_later(c, sp, &sp_id)))
        memcpy(c->spk_before, sp, sizeof sp);
    /* you: whom the speaker tells it, when named ("'You must leave,' Faramir told
     * Arnor"; not "told reporters") */
    const dyad_cd_ent *to = NULL;
    for (size_t e = 0; c->quote_sp >= 0 && e < c->nent && !to; e++)
        if (!c->ent[e].compound && c->ent[e].tok0 == verb + 1 &&
            strncmp(c->ent[e].code, "---", 3) &&
            (!strcmp(c->up[verb], "TOLD") || !strcmp(c->up[verb], "TELLS")))
            to = &c->ent[e];
    for (size_t e = 0; (found || to) && e < c->nent; e++) {
        dyad_cd_ent *x = &c->ent[e];
        if (x->compound || !x->cr_try || strcmp(x->code, x->own) || x->tok0 < 0 ||
            !inq[x->tok0])
            continue;
        const char *w = c->up[x->tok0];
        const char *tag = dyad_cd_node(c, c->t->tok_node[x->tok0])->label;
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

/* The relative clause set after the head of subject phrase subj ("Hamas, (which rules
 * Gaza), said"), also where the parser made a clause of subject and relative pronoun
 * ("(S (NP Hamas) (, ,) (NP which) (VP attacked Israel)) (, ,) (VP said ...)"): its first
 * token, -1 when it has none. */
static int S_subject_relative(const dyad_cd_ctx *c, int subj)
{
    int head = dyad_cd_node(c, subj)->first;
    if (head < 0 || !dyad_cd_label_is(c, head, "NP"))
        return -1;
    for (int ch = dyad_cd_node(c, head)->next; ch >= 0; ch = dyad_cd_node(c, ch)->next) {
        int wh = dyad_cd_node(c, ch)->first;
        if (wh >= 0 && (dyad_cd_label_is(c, ch, "SBAR") || dyad_cd_label_is(c, subj, "S")) &&
            dyad_cd_node(c, wh)->label[0] == 'W')
            return dyad_cd_node(c, ch)->tok;
        if (!dyad_cd_label_is(c, ch, ","))
            return -1;
    }
    return -1;
}

/* Does entity z name different actors at country level (a compound's members, or those
 * coreference gave it: "GBR/FRA" of "they"), code (NULL: any) among them? A name of two
 * words joined ("the Securities and Exchange Commission") names one. */
static int S_several(const dyad_cd_ctx *c, const dyad_cd_ent *z, const char *code)
{
    int first = z->compound ? z->first_mem : (int)(z - c->ent);
    int cnt = z->compound ? z->nmem : 1, two = 0, has = !code;
    const char *one = NULL;
    for (int i = 0; i < cnt; i++)
        for (const char *a = c->ent[first + i].code; a; a = strchr(a, '/') ? strchr(a, '/') + 1 : NULL) {
            has |= code && dyad_coref_same_actor(a, code);
            if (!strncmp(a, "---", 3) || a[0] == '"')
                continue;
            two |= one && !dyad_coref_same_actor(a, one);
            one = one ? one : a;
        }
    return two && has;
}

/* In an article, "it" or "they" opening a clause reported by a verb of saying is
 * its reporter when that names an actor ("Ukraine said it is ready to accept a U.S.
 * proposal", "the Taliban reported that they had barred him"), however many other
 * actors the sentence names; so is the possessor of "its forces" or "their troops"
 * opening it, with the phrase's own agent ("Gondor said its forces razed the
 * fort": GONMIL), "its" and "it" even when coreference found a state of a
 * sentence before ("their" and "they" keep what they found: people named before may own
 * them, or be them). A clause may be one of several coordinated ones the verb reports.
 * A reporter with a relative clause of its own ("Hamas, which rules Gaza, said it would",
 * "Biden, who will host Kishida, said he would") is the pronoun's, "he" and "she" too,
 * rather than someone that clause names, or no one for the two people it sees: the
 * reporter is the phrase's head, before that clause. A participle of saying set off
 * after the main clause has its subject ("Iran reported gains near Basra, saying its
 * forces had taken a line": IRNMIL, not Iraq's), as has a time after the subject
 * ("Iran today said"). Reporters named as several ("they",
 * "Britain and France") are no "it" or "its". */
void dyad_cd_reported_pronouns(dyad_cd_ctx *c)
{
    for (size_t e = 0; e < c->nent; e++) {
        dyad_cd_ent *x = &c->ent[e];
        if (x->compound || !x->cr_try || x->tok0 < 0 || strncmp(x->own, "---", 3))
            continue;
        const char *w = c->up[x->tok0];
        int leaf = c->t->tok_node[x->tok0];
        int poss = dyad_cd_label_is(c, leaf, "PRP$") &&
            (!strcmp(w, "ITS") || !strcmp(w, "THEIR")) &&
                   x->own[3];
        int person = !strcmp(w, "HE") || !strcmp(w, "SHE");
        /* coreference cannot give "it" a state named by a plural in its own sentence,
         * and found one named before ("Argentina wants a loan ... The United States
         * said it would support the loan"): the reporter is "it" all the same */
        int before = !strcmp(w, "IT") && x->cr_ante >= 0 && dyad_coref_earlier(c->cr, x->cr_ante);
        /* found in its own sentence: who, for a reporter's relative clause (below) */
        int found = strcmp(w, "ITS") && strcmp(x->code, x->own) && !before;
        if (!poss &&
            (!dyad_cd_label_is(c, leaf, "PRP") ||
             (strcmp(w, "IT") && strcmp(w, "THEY") && !person) || x->tok1 != x->tok0 + 1 ||
             x->own[3]))
            continue;
        int np = dyad_cd_node(c, leaf)->parent, s = np >= 0 ? dyad_cd_node(c, np)->parent : -1;
        /* the parser may hang "its forces" on the verb of saying as its object ("saying
         * its forces had captured a line"): the possessive is the reporter's all the same */
        int object = poss && s >= 0 && dyad_cd_label_is(c, s, "VP") &&
                     dyad_cd_node(c, dyad_cd_node(c, s)->first)->next == np;
        if (np < 0 || !dyad_cd_label_is(c, np, "NP") || s < 0 ||
            (!object && (!dyad_cd_label_is(c, s, "S") || dyad_cd_node(c, s)->first != np)))
            continue;
        int up = object ? s : dyad_cd_node(c, s)->parent;
        while (up >= 0 && dyad_cd_label_is(c, up, "S")) /* one of coordinated clauses */
            up = dyad_cd_node(c, up)->parent;
        if (up >= 0 && dyad_cd_label_is(c, up, "SBAR"))
            up = dyad_cd_node(c, up)->parent;
        if (up < 0 || !dyad_cd_label_is(c, up, "VP"))
            continue;
        int v = dyad_cd_node(c, up)->first;
        if (v < 0 || !dyad_cd_isleaf(c, v))
            continue;
        const char *vw = c->up[dyad_cd_node(c, v)->tok];
        if (!dyad_say_word(vw, strlen(vw)))
            continue;
        int top = dyad_cd_top_vp(c, up);
        int cl = dyad_cd_node(c, top)->parent, subj = -1;
        if (cl < 0 || dyad_cd_node(c, cl)->label[0] != 'S')
            continue;
        for (int ch = dyad_cd_node(c, cl)->first; ch >= 0 && ch != top;
             ch = dyad_cd_node(c, ch)->next)
            if ((dyad_cd_label_is(c, ch, "NP") && /* not "today" after the subject */
                 !dyad_cd_time_span(c, dyad_cd_node(c, ch)->tok, dyad_cd_node(c, ch)->tok_end)) ||
                (dyad_cd_label_is(c, ch, "S") && S_subject_relative(c, ch) >= 0))
                subj = ch;
        if (subj < 0)
            continue;
        int rel = S_subject_relative(c, subj), end = dyad_cd_node(c, subj)->tok_end;
        if (rel >= 0) {
            /* what coreference found must be in the relative clause */
            for (size_t k = 0; found && k < c->nent; k++)
                if (x->cr_ante >= 0 && c->ent[k].cr_id == x->cr_ante && c->ent[k].tok0 >= rel &&
                    c->ent[k].tok1 <= end)
                    found = 0;
            end = rel;
        } else if (person)
            continue;
        if (found)
            continue;
        /* reporters named as several ("They say it violates the law", "Britain and France
         * said it was a mistake") are no "it" or "its", which is what they speak of: not
         * one of them either, as coreference may have found in the sentence before */
        const dyad_cd_ent *y = NULL, *several = NULL;
        int from = dyad_cd_node(c, subj)->tok;
        for (size_t k = 0; k < c->nent && !several && (!strcmp(w, "IT") || !strcmp(w, "ITS"));
             k++)
            if (c->ent[k].tok0 == from &&
                (!strcmp(c->up[from], "THEY") ||
                 (c->ent[k].compound && S_several(c, &c->ent[k], NULL))))
                several = &c->ent[k];
        if (several && S_several(c, several, x->code)) {
            memcpy(x->code, x->own, sizeof x->own);
            S_referred(c, x, -1);
        }
        for (size_t k = 0; k < c->nent && !y && !several; k++) {
            const dyad_cd_ent *z = &c->ent[k];
            /* a person, named or "he" ("He said it was formed to take advantage of
             * us": the EU named before), is no "it" or "its" */
            int one = z->dated || !strcmp(c->up[z->tok0], "HE") || !strcmp(c->up[z->tok0], "SHE");
            if (!z->compound && z->tok0 >= from && z->tok1 <= end &&
                strncmp(z->code, "---", 3) && z->code[0] != '"' &&
                !(one && strcmp(w, "THEY") && strcmp(w, "THEIR") && !person))
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

/* In an article, "whose N" of a relative clause is its owner's N, as "its N" is: the
 * owner's actor with N's own agent ("Putin met Erdogan, whose army attacked Syria":
 * TURMIL), where coreference, finding no actor in "whose", left it unknown (---MIL) or
 * took one from elsewhere. */
void dyad_cd_whose_owned(dyad_cd_ctx *c)
{
    for (size_t e = 0; e < c->nent; e++) {
        dyad_cd_ent *x = &c->ent[e];
        if (x->compound || x->tok0 < 0 || strcmp(c->up[x->tok0], "WHOSE") ||
            strncmp(x->own, "---", 3))
            continue;
        int y = dyad_cd_whose_owner(c, x->tok0);
        if (y < 0)
            continue;
        S_own_by(x, c->ent[y].code);
        S_referred(c, x, c->ent[y].cr_id);
    }
}

/* The known codes of entity e (of a compound: its members), '/'-separated. */
static void S_ent_codes(const dyad_cd_ctx *c, int e, char *out, size_t cap)
{
    const dyad_cd_ent *x = &c->ent[e];
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
static int S_refer_group(dyad_cd_ctx *c, int e)
{
    char codes[256];
    S_ent_codes(c, e, codes, sizeof codes);
    if (dyad_coref_add_group(c->cr, c->ent[e].tok0, codes, 0) != DYAD_OK)
        c->oom = 1;
    return c->oom ? -1 : 0;
}

/* The doer of an active verb is remembered even when no target is found ("Russia
 * pulled out of the deal": "the decision" may be Russia's), with the verb's word (NULL:
 * none) for a noun of its act ("the extension"); code is NULL for a verb of no event.
 * 0 ok, -1 ENOMEM. */
int dyad_cd_remember(dyad_cd_ctx *c, int src, const char *code, const char *verb)
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
static int S_event_ent(const dyad_cd_ctx *c, int e)
{
    if (!c->ent[e].cr_try)
        return 0;
    int toks[CR_MAXW];
    const char *w[CR_MAXW], *tag[CR_MAXW];
    dyad_cr_np np;
    dyad_cd_span_np(c, &c->ent[e], toks, w, tag, &np);
    np.code = c->ent[e].own; /* as read before it referred */
    return dyad_coref_event_noun(&np);
}

/* Is the entity at item a such a phrase, or a compound whose only known members are
 * ("criticised the decision, together with aid groups and foreign donors")? */
int dyad_cd_event_ref(const dyad_cd_ctx *c, int a)
{
    if (a < 0 || (c->it[a].type != I_NES && c->it[a].type != I_NECS))
        return 0;
    const dyad_cd_ent *x = &c->ent[c->it[a].ent];
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

/* Does item a name a state by its name alone ("the Philippines", "Manila", "the U.K.";
 * not "Peruvians", "U.S. plants", "Thai International", which the dictionaries code
 * by their country too, though they are its people or firms)? Its words past "the"
 * are proper nouns and its last word alone gives its code, an actor's key; a plural
 * one names a state only after "the" ("the Philippines"; "Filipinos" are people). Not
 * a possessor: "Sweden's ruling party" the parser may leave as "Sweden" is a party
 * of the state, which may act on its own government. */
static int S_state_named(const dyad_cd_ctx *c, int a)
{
    if (a < 0 || c->it[a].type != I_NES)
        return 0;
    const dyad_cd_ent *x = &c->ent[c->it[a].ent];
    int k = x->tok0 + (x->tok1 - x->tok0 > 1 && !strcmp(c->up[x->tok0], "THE")), dated;
    char code[64];
    if (x->compound || x->code[0] == '-' || strlen(x->code) != dyad_actor_key_len(x->code) ||
        (x->tok1 < (int)c->t->ntok && dyad_cd_label_is(c, c->t->tok_node[x->tok1], "POS")))
        return 0;
    for (int i = k; i < x->tok1; i++)
        if (!dyad_cd_label_is(c, c->t->tok_node[i], "NNP") &&
            !dyad_cd_label_is(c, c->t->tok_node[i], "NNPS"))
            return 0;
    int last = x->tok1 - 1;
    if (k == x->tok0 && dyad_cd_label_is(c, c->t->tok_node[last], "NNPS"))
        return 0;
    dyad_cd_code_words(c, c->up + last, &last, 1, code, sizeof code, &dated);
    return !strcmp(code, x->code);
}

void dyad_cd_recheck_one(dyad_cd_ctx *c, int a, int b, int poss)
{
    if (a == b || c->it[a].type != I_NES || !c->ent[c->it[a].ent].cr_try)
        return;
    dyad_cd_ent *x = &c->ent[c->it[a].ent];
    const dyad_cd_ent *y = &c->ent[c->it[b].ent];
    if (poss && (dyad_cd_label_is(c, c->t->tok_node[x->tok0], "PRP$") ||
                 (y->cr_try && dyad_cd_label_is(c, c->t->tok_node[y->tok0], "PRP$"))))
        return; /* "A and B upgraded their ties": possessives may be the doer's */
    char avoid[256], code[64];
    S_ent_codes(c, c->it[b].ent, avoid, sizeof avoid);
    if (!avoid[0])
        return;
    int toks[CR_MAXW], ante = -1;
    const char *w[CR_MAXW], *tag[CR_MAXW];
    dyad_cr_np np;
    memcpy(x->code, x->own, sizeof x->own);
    dyad_cd_span_np(c, x, toks, w, tag, &np);
    np.on_state = S_state_named(c, b);
    if (!dyad_coref_resolve(c->cr, &np, avoid, code, sizeof code, &ante))
        memcpy(code, x->own, sizeof x->own);
    memcpy(x->code, code, sizeof code);
    dyad_coref_update(c->cr, x->cr_id, &np, x->code, ante);
}

/* In an article, the entity at item b of a worry voiced, a feeling's noun and the act
 * it is about, whether a multi-word verb ends inside it ("expressed concern [over the
 * decision]") or it is the verb's object ("expressed [deep concern over the move]"), is
 * aimed at whom that act, named by its kind alone after the preposition, refers back
 * to, as the act's noun alone would (dyad_cd_recheck): "Israel closed its border.
 * Egypt expressed concern over the decision" -> EGY->ISR; so is a policy or law named
 * again ("voiced concern about the law"). The party at item a, one state or several
 * ("Japan and India voiced concern"), is avoided. Returns 1 when b was settled so. */
int dyad_cd_inner_act_ref(dyad_cd_ctx *c, int a, int b)
{
    if (b < 0 || c->it[b].type != I_NES)
        return 0;
    dyad_cd_ent *x = &c->ent[c->it[b].ent];
    /* the preposition after the feeling's noun, the verb's own or its object's */
    int p = x->tok0 > c->verb_tok1 ? x->tok0 : c->verb_tok1;
    while (p < x->tok1 && !dyad_cd_label_is(c, c->t->tok_node[p], "IN"))
        p++;
    if (x->compound || p + 1 >= x->tok1 || p == x->tok0 || strncmp(x->code, "---", 3) ||
        strncmp(dyad_cd_node(c, c->t->tok_node[p - 1])->label, "NN", 2))
        return 0;
    int toks[CR_MAXW], n = 0, ante = -1;
    for (int k = p + 1; k < x->tok1 && n < CR_MAXW; k++)
        toks[n++] = k;
    const char *w[CR_MAXW], *tag[CR_MAXW];
    char avoid[256] = "", code[64];
    dyad_cr_np np;
    dyad_cd_cr_np(c, x, toks, n, w, tag, &np);
    np.tok = p + 1;
    if (!dyad_coref_event_noun(&np) && !dyad_coref_act_noun(np.w[np.n - 1]))
        return 0;
    if (a >= 0 && (c->it[a].type == I_NES || c->it[a].type == I_NECS))
        S_ent_codes(c, c->it[a].ent, avoid, sizeof avoid);
    if (!avoid[0] || !dyad_coref_resolve(c->cr, &np, avoid, code, sizeof code, &ante))
        return 0;
    memcpy(x->code, code, sizeof code);
    x->cr_try = 0; /* settled: no later recheck reads the whole phrase again */
    return 1;
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
void dyad_cd_act_doer(dyad_cd_ctx *c, int other, int item, const char *code, int doer)
{
    if ((!doer && strncmp(code, "11", 2) && strncmp(code, "12", 2)) || item < 0 ||
        c->it[item].type != I_NES)
        return;
    dyad_cd_ent *x = &c->ent[c->it[item].ent];
    int toks[CR_MAXW], home, dated, ante;
    const char *w[CR_MAXW], *tag[CR_MAXW];
    dyad_cr_np np;
    dyad_cd_span_np(c, x, toks, w, tag, &np);
    int n = dyad_coref_act_patient(&np, &home);
    char act[64], avoid[256] = "", found[64];
    if (!n)
        return;
    dyad_cd_code_words(c, c->up + x->tok0, NULL, n, act, sizeof act, &dated);
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
void dyad_cd_recheck(dyad_cd_ctx *c, int a, int b, const char *code)
{
    int poss = strncmp(code, "10", 2) && strncmp(code, "11", 2) && strncmp(code, "12", 2);
    /* a phrase naming an event by its kind ("he delayed the tariffs") is resolved by
     * the other party, never the other party by it: the doer may be its own doer */
    if (!dyad_cd_event_ref(c, b))
        dyad_cd_recheck_one(c, a, b, poss);
    if (!dyad_cd_event_ref(c, a))
        dyad_cd_recheck_one(c, b, a, poss);
}

/* In an article a place gives no country to unnamed rebels of the phrase before it
 * ("the insurgents in Qatar's capital" are no Qatari rebels), except to separatists,
 * who act where they are (dyad_coref_local): entity x of tokens toks[0..n), words w,
 * is coded as its words before the place. (Troops, officials or a "paramilitary
 * force in Kalat" are mostly the place's own.) Nor does a state's mission give its
 * country to such people at it: "protesters outside the U.S. embassy in Baghdad" are
 * coded as its words without the mission's, "protesters in Baghdad". */
static void S_placed(const dyad_cd_ctx *c, dyad_cd_ent *x, const int *toks, int n, char **w)
{
    for (int i = 1; i < n; i++)
        if (dyad_cd_place_prep(c, toks[i])) {
            char code[64], where[32];
            int dated;
            dyad_cd_code_words(c, w, toks, i, code, sizeof code, &dated);
            const char *cw[CR_MAXW], *tag[CR_MAXW];
            dyad_cr_np np;
            dyad_cd_cr_np(c, x, toks, i, cw, tag, &np);
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
                dyad_cd_code_words(c, hw, ht, m, code, sizeof code, &dated);
            }
            if (host || (!strcmp(code, "---REB") && !local)) {
                memcpy(x->code, code, sizeof code);
                x->dated = x->actor = 0;
            }
            return;
        }
}

/* An armed group the words right after it say where it is based ("militants based in
 * Afghanistan", "rebels, based in Honduras", "rebels with bases in Honduras"): that
 * country's (dyad_cd_armed_base). */
static void S_based_in(const dyad_cd_ctx *c, dyad_cd_ent *x)
{
    int j = x->tok1, ntok = (int)c->t->ntok;
    if (j < ntok && !strcmp(c->up[j], ","))
        j++;
    if (j + 2 < ntok && !strcmp(c->up[j], "BASED") && !strcmp(c->up[j + 1], "IN"))
        j += 2;
    else if (j + 3 < ntok && !strcmp(c->up[j], "WITH") && !strcmp(c->up[j + 1], "BASES") &&
             !strcmp(c->up[j + 2], "IN"))
        j += 3;
    else
        return;
    if (j < ntok && !strcmp(c->up[j], "THE"))
        j++;
    dyad_cd_armed_base(c, c->up + j, ntok - j, x->code, sizeof x->code);
}

/* Does word w start with one of the stems of list (a word's forms: "EXPORT" is
 * "exports", "exported", "exporting")? */
static int S_starts_among(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (dyad_after(w, *list))
            return 1;
    return 0;
}

/* "Europe" alone is the EC as an actor ("Europe retaliated with tariffs", "the U.S. and
 * Europe agreed"), but after a preposition of where or whither it is the continent,
 * where things go or are ("exports to Europe", "travelling to Europe", "a plant in
 * Europe", "banks from Europe"), and in a firm's name it is the firm's market ("Daiwa
 * Europe Ltd", "Yamaichi International (Europe) Ltd"): no one's act. Entity x, of
 * tokens toks[0..n), is then coded as the region (EUR, as "European"), which names no
 * one country. "To" is also whom one speaks to ("appealed to Europe", "a message to
 * Europe"), so it takes the place only after a word of travel or trade among the four
 * before it ("shipped the grain to Europe", "a trip to Europe"). */
static void S_europe_place(const dyad_cd_ctx *c, dyad_cd_ent *x, const int *toks, int n)
{
    static const char *const whither[] = {"IN", "INTO", "TO", "FROM", "ACROSS", "THROUGHOUT",
                                          "WITHIN", "INSIDE", "OUTSIDE", "AROUND", "THROUGH",
                                          NULL};
    static const char *const firm[] = {"LTD", "LIMITED", "INC", "PLC", "SA", "AG", "NV",
                                       "BV", "GMBH", ")", NULL};
    static const char *const going[] = {"TRAVEL", "TRIP", "TOUR", "VISIT", "JOURNEY", "FL",
                                        "EXPORT", "IMPORT", "SHIP", "SALE", "SELL", "SOLD",
                                        "DIVERT", "SHIFT", "MOV", "RETURN", "HEAD", "WENT",
                                        "GOING", "GOES", "GONE", NULL};
    int ntok = (int)c->t->ntok;
    if (strncmp(x->code, "IGOEUREEC", 9))
        return;
    for (int i = 0; i < n; i++) {
        int k = toks[i], p = k - 1;
        if (strcmp(c->up[k], "EUROPE"))
            continue;
        int place = p >= 0 && dyad_among(c->up[p], whither) &&
                    (dyad_cd_label_is(c, c->t->tok_node[p], "IN") ||
                     dyad_cd_label_is(c, c->t->tok_node[p], "TO"));
        for (int j = p - 1; place && dyad_is(c->up[p], "TO"); j--) {
            if (j < 0 || j < p - 4)
                place = 0;
            else if (S_starts_among(c->up[j], going))
                break;
        }
        if (!place && !(k + 1 < ntok && dyad_among(c->up[k + 1], firm)))
            continue;
        memmove(x->code + 3, x->code + 9, strlen(x->code + 9) + 1);
        memcpy(x->code, "EUR", 3);
        x->dated = x->actor = 0;
        return;
    }
}

/* An entity of tokens toks[0..n). In an article, a name in tokens [h0, h1) after a
 * possessive is who the phrase is ("Turkey's rival Greece", "China's ally Pakistan"),
 * and the possessor's actor only counts when none is named there. A region named there
 * is no one: it says where the possessor's part works ("Islamic State's West Africa
 * branch" is Islamic State's, not West Africa); nor is a phrase the dictionary marks as
 * no actor ([---]), which names no one of its own ("Turkey's National Security
 * Council" is Turkey's government, no U.N. body), nor an organisation's envoy after
 * a state's possessive ("Russia's U.N. envoy" is Russia's). */
int dyad_cd_entity(dyad_cd_ctx *c, const int *toks, int n, int h0, int h1)
{
    if (GROW(c, c->ent, c->nent, c->capent))
        return -1;
    int e = (int)c->nent++;
    dyad_cd_ent *x = &c->ent[e];
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
        size_t k = dyad_cd_join2(x->phrase + pl, sizeof x->phrase - pl, pl ? " " : "", c->up[tk]);
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
        if (toks[i] >= h0 && dyad_cd_longest(&c->d->actors, w + i, end - i, &len) >= 0 &&
            i + len == end)
            head = i;
    if (head >= 0)
        x->actor = dyad_cd_code_words(c, w + head, toks + head, end - head, x->code,
                                      sizeof x->code, &x->dated);
    /* an organisation's envoy after a state's possessive is the state's envoy to it:
     * "Russia's U.N. envoy" is Russia's, as "Russia's U.N. ambassador" is */
    static const char *const envoys[] = {"ENVOY", "ENVOYS", "AMBASSADOR", "AMBASSADORS",
                                         "REPRESENTATIVE", "DELEGATION", "MISSION", NULL};
    char own[sizeof x->code];
    int own_dated, own_actor = head > 0 && dyad_actor_transnational(x->code) &&
                                       dyad_among(w[end - 1], envoys)
                                   ? dyad_cd_code_words(c, w, toks, head, own, sizeof own,
                                                        &own_dated)
                                   : 0;
    if (own_actor && dyad_coref_state(own))
        head = -1;
    if (head < 0 || dyad_coref_region(x->code) || !strncmp(x->code, "---", 3))
        x->actor = dyad_cd_code_words(c, w, toks, nw, x->code, sizeof x->code, &x->dated);
    S_europe_place(c, x, toks, n);
    if (c->cr) {
        S_based_in(c, x);
        S_placed(c, x, toks, nw, w);
        x->mission = S_mission(c, w, toks, nw, x->where, sizeof x->where) > 0;
    }
    x->cr_id = -1;
    if (c->cr && S_refer(c, x, toks, n))
        return -1;
    if (dyad_cd_push(c, I_NES, -1, e))
        return -1;
    for (int i = 0; i < n; i++)
        if (dyad_cd_push(c, I_WORD, toks[i], -1))
            return -1;
    return dyad_cd_push(c, I_NEE, -1, e);
}

int dyad_cd_tadd(dyad_cd_ctx *c, dyad_cd_toks *l, int tok)
{
    if (GROW(c, l->v, l->n, l->cap))
        return -1;
    l->v[l->n++] = tok;
    return 0;
}

/* Words below node (document order), skipping node `skip`'s subtree. */
int dyad_cd_words_below(dyad_cd_ctx *c, int node, int skip, dyad_cd_toks *l)
{
    const dyad_tnode *x = dyad_cd_node(c, node);
    for (int k = x->tok; k >= 0 && k < x->tok_end; k++) {
        if (skip >= 0) {
            const dyad_tnode *s = dyad_cd_node(c, skip);
            if (k >= s->tok && k < s->tok_end)
                continue;
        }
        if (dyad_cd_tadd(c, l, k))
            return -1;
    }
    return 0;
}

/* Does node have a CC child? */
static int S_has_cc(const dyad_cd_ctx *c, int node)
{
    for (int ch = dyad_cd_node(c, node)->first; ch >= 0; ch = dyad_cd_node(c, ch)->next)
        if (dyad_cd_node(c, ch)->word && !strcmp(dyad_cd_node(c, ch)->label, "CC"))
            return 1;
    return 0;
}

/* Children of node into kids[], in place of a list of names inside it its own: of one
 * with commas only ("(NP (NP The United States) (, ,) (NP United Nations)) and ...")
 * or of the compound a list around it took over; a conjunction nested in a member
 * stays in it ("Gondor and (Ithilen or Gollum)", as PETRARCH reads it). */
static void S_list_kids(const dyad_cd_ctx *c, int node, int *kids, int *nk, int max)
{
    for (int ch = dyad_cd_node(c, node)->first; ch >= 0 && *nk < max;
         ch = dyad_cd_node(c, ch)->next) {
        if (c->nec[ch] == 3 || (dyad_cd_list_np(c, ch) && !S_has_cc(c, ch)))
            S_list_kids(c, ch, kids, nk, max);
        else
            kids[(*nk)++] = ch;
    }
}

/* Is token k a proper noun written in capitals ("U.S.", "EU", "UK"): a state's name
 * used as a modifier as readily as its adjective is, where a person's is not? */
static int S_abbreviation(const dyad_cd_ctx *c, int k)
{
    const dyad_tnode *x = dyad_cd_node(c, c->t->tok_node[k]);
    if (strncmp(x->label, "NNP", 3) || !isupper((unsigned char)x->word[0]))
        return 0;
    for (const char *p = x->word; *p; p++)
        if (islower((unsigned char)*p))
            return 0;
    return 1;
}

/* The object of the phrase ch, a conjunct of compound nec, that repeats the preposition
 * nec is the object of: "with (NP (NP Gondor) and (PP with (NP Rohan)))" names Rohan as
 * a member; -1 when ch is no such phrase. */
static int S_repeated_prep(const dyad_cd_ctx *c, int nec, int ch)
{
    int pp = dyad_cd_node(c, nec)->parent, obj = dyad_cd_node(c, ch)->last;
    int p0 = pp >= 0 ? dyad_cd_node(c, pp)->first : -1, p1 = dyad_cd_node(c, ch)->first;
    if (pp < 0 || !dyad_cd_label_is(c, pp, "PP") || !dyad_cd_label_is(c, ch, "PP") || p0 < 0 ||
        !dyad_cd_isleaf(c, p0) || !dyad_cd_isleaf(c, p1) || dyad_cd_node(c, p1)->next != obj ||
        !dyad_cd_label_is(c, obj, "NP") ||
        strcmp(c->up[dyad_cd_node(c, p0)->tok], c->up[dyad_cd_node(c, p1)->tok]))
        return -1;
    return obj;
}

/* Members of a compound node: (tokens of each member) into mem[], count returned.
 * Its children are cut at each CC or comma; a run of nouns is one member ("United
 * States"). Leading adjectives are shared when adjs ("Arnorian soldiers and police");
 * coordinated modifiers share the noun ("Chinese and Russian warships"). */
static int S_members(dyad_cd_ctx *c, int nec, int adjs, dyad_cd_toks *mem, int max)
{
    int nm = 0, noun[32] = {0}, lead_adj = 0;
    memset(mem, 0, (size_t)max * sizeof *mem);
    /* children, with a nested list of names opened into its own ("(NP (NP The United
     * States) (, ,) (NP United Nations)) and international rights groups") */
    int kids[96], nk = 0;
    S_list_kids(c, nec, kids, &nk, 96);
    for (int ki = 0; ki < nk && nm < max; ki++) {
        int ch = kids[ki], obj = S_repeated_prep(c, nec, ch);
        if (obj >= 0)
            ch = obj;
        const dyad_tnode *y = dyad_cd_node(c, ch);
        if (y->word && (!strcmp(y->label, "CC") || !strcmp(y->label, ","))) {
            if (mem[nm].n)
                nm++;
            continue;
        }
        if (!y->word && !strcmp(y->label, "ADJP")) {
            /* its conjuncts are modifiers of the noun that follows */
            for (int a = y->first; a >= 0; a = dyad_cd_node(c, a)->next) {
                const dyad_tnode *z = dyad_cd_node(c, a);
                if (z->word && (!strcmp(z->label, "CC") || !strcmp(z->label, ","))) {
                    if (mem[nm].n && nm + 1 < max)
                        nm++;
                } else if (dyad_cd_words_below(c, a, -1, &mem[nm])) {
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
        int lead = is_np ? y->first : -1;
        if (lead >= 0 && c->nec[ch] == 1 && !mem[nm].n &&
            (dyad_cd_label_is(c, lead, "ADJP") ||
             !strncmp(dyad_cd_node(c, lead)->label, "JJ", 2) ||
             (dyad_cd_node(c, lead)->word && S_abbreviation(c, dyad_cd_node(c, lead)->tok)))) {
            /* a member that is a compound of coordinated modifiers is its members:
             * "(American and British jets) and warships" are American jets, British
             * jets and warships, as "(U.S. and British jets) and warships" are, a state's
             * name in capitals modifying as its adjective does; a conjunction of names
             * nested in a member stays in it */
            int got = S_members(c, ch, adjs, mem + nm, max - nm);
            if (got < 0)
                goto fail;
            for (int i = 0; i < got; i++)
                noun[nm + i] = 1;
            nm += got;
            continue;
        }
        if (is_np ? dyad_cd_words_below(c, ch, -1, &mem[nm]) : dyad_cd_tadd(c, &mem[nm], y->tok))
            goto fail;
        if (is_adj && nm == 0 && !noun[0])
            lead_adj = (int)mem[0].n;
        noun[nm] |= !is_adj;
    }
    if (nm < max && mem[nm].n)
        nm++;
    if (nm < 2)
        return nm;
    /* the nouns closing the last member close every other one when the others are
     * modifiers: adjectives, or states' names in capitals coordinated with adjectives
     * ("U.S., Japanese and Canadian ministers"; "Funaro and central bank" is no "Funaro
     * bank") */
    const dyad_cd_toks *last = &mem[nm - 1];
    size_t k = 0;
    while (k < last->n && !strncmp(dyad_cd_node(c, c->t->tok_node[last->v[k]])->label, "JJ", 2))
        k++;
    int common = k > 0 && k < last->n; /* adjectives, then common nouns only */
    for (size_t q = k; q < last->n; q++)
        common &= !strncmp(dyad_cd_node(c, c->t->tok_node[last->v[q]])->label, "NN", 2) &&
                  strncmp(dyad_cd_node(c, c->t->tok_node[last->v[q]])->label, "NNP", 3);
    int modifiers = noun[nm - 1];
    for (int i = 0; i + 1 < nm; i++)
        modifiers &= !noun[i] || (common && mem[i].n == 1 && S_abbreviation(c, mem[i].v[0]));
    if (modifiers) {
        for (int i = 0; i + 1 < nm; i++)
            for (size_t q = k; q < last->n; q++)
                if (dyad_cd_tadd(c, &mem[i], last->v[q]))
                    goto fail;
    } else if (adjs && lead_adj) {
        for (int i = 1; i < nm; i++) {
            dyad_cd_toks m = {0};
            for (int q = 0; q < lead_adj; q++)
                if (dyad_cd_tadd(c, &m, mem[0].v[q]))
                    goto fail;
            for (size_t q = 0; q < mem[i].n; q++)
                if (dyad_cd_tadd(c, &m, mem[i].v[q]))
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
int dyad_cd_emit_entity(dyad_cd_ctx *c, const dyad_cd_toks *body, const int *necs, int nnec,
                        int adjs)
{
    if (nnec == 0)
        return body->n ? dyad_cd_entity(c, body->v, (int)body->n, 0, 0) : 0;
    dyad_cd_toks mem[2][32];
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
        c->ent[e].tok0 = dyad_cd_node(c, necs[0])->tok;
        c->ent[e].tok1 = dyad_cd_node(c, necs[nnec - 1])->tok_end;
        rc = dyad_cd_push(c, I_NECS, -1, e);
    }
    for (int i = 0; i < nm[0] && !rc; i++)
        for (int j = 0; j < (nnec > 1 ? nm[1] : 1) && !rc; j++) {
            dyad_cd_toks all = {0};
            const dyad_cd_toks *pick[2] = {&mem[0][i], nnec > 1 ? &mem[1][j] : NULL};
            int done[2] = {0, 0};
            for (size_t t = 0; t < body->n && !rc; t++) {
                int tk = body->v[t], in = -1;
                for (int k = 0; k < nnec; k++) {
                    const dyad_tnode *x = dyad_cd_node(c, necs[k]);
                    if (tk >= x->tok && tk < x->tok_end)
                        in = k;
                }
                if (in < 0) {
                    rc = dyad_cd_tadd(c, &all, tk);
                } else if (!done[in]) {
                    done[in] = 1;
                    for (size_t q = 0; q < pick[in]->n && !rc; q++)
                        rc = dyad_cd_tadd(c, &all, pick[in]->v[q]);
                }
            }
            if (!rc && all.n) {
                rc = dyad_cd_entity(c, all.v, (int)all.n, 0, 0);
                c->ent[e].nmem++;
            }
            free(all.v);
        }
    if (!rc)
        rc = dyad_cd_push(c, I_NECE, -1, e);
    if (!rc && c->cr)
        rc = S_refer_group(c, e);
    for (int k = 0; k < nnec; k++)
        for (int i = 0; i < nm[k]; i++)
            free(mem[k][i].v);
    return rc;
}

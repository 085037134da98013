/*
 * parser.c — tagging and parsing one sentence with a loaded model: a two-pass greedy
 * left-to-right tagger (averaged perceptron over joint UPOS+XPOS tags, Collins 2002;
 * the second pass also sees the first pass's tags to the right) and a greedy arc-eager
 * parser whose arcs are labelled as they are made, so that labels feed later features
 * (Zhang & Nivre 2011). Also the evaluation loop over a CoNLL-U file.
 * A dyad_parser holds only scratch memory; the model is shared read-only.
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include "parse_int.h"
#include "util/util.h"

struct dyad_parser {
    const dyad_model *m;
    int cap;                 /* words the scratch arrays hold */
    dyad_ptok *tok;
    dyad_pstate st;
    void *stmem;
    int32_t *scores;
    unsigned char *tagban;   /* per tag, the S_BAN_ classes it belongs to */
    unsigned char *wcache;   /* S_WCACHE entries of wsize bytes (S_wentry) */
    size_t wsize;
    const char **upos, **xpos, **deprel;
    int *head;
    /* the sentence the tagger and parser see when quotation marks are set aside
     * (S_fragment_marks): its words and their lengths; the marks and the words' places
     * in the sentence, cap ints each */
    const char **kword;
    size_t *klen;
    int *kplace;
    /* the action scores of each word (parser numbering + 1) in each role in the parse
     * (S_act_scores): DYAD_NACT for each of (cap + 2) * DYAD_NROLE, and whether known */
    int32_t *rolesc;
    unsigned char *rolehave;
    /* the words as the tagger sees them when some are lower-cased (S_archive_words),
     * and their lower-case copies, DYAD_ARCHIVE_LEN bytes a word */
    const char **aword;
    char *alow;
};

enum { DYAD_ARCHIVE_LEN = 32 };

/* Tags a token's noprep and noverb rule out (S_tag): IN; verbs and MD; CD. */
enum { S_BAN_IN = 1, S_BAN_VERB = 2, S_BAN_CD = 4 };

/* The word cache (S_word_scores): S_WCACHE entries, each a word of less than S_WLEN
 * bytes followed by DYAD_PAD8(ntags) scores, a word's place set by its hash. */
enum { S_WCACHE = 4096, S_WLEN = 28 };
typedef struct S_wentry {
    int32_t len; /* the word's length + 1; 0: an empty entry */
    char w[S_WLEN];
} S_wentry;

dyad_parser *dyad_parser_new(const dyad_model *m)
{
    if (!m)
        return NULL;
    dyad_parser *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->m = m;
    uint32_t ncls = (uint32_t)(m->ntags > m->nlabels ? m->ntags : m->nlabels);
    p->scores = malloc(DYAD_PAD8(ncls) * sizeof(int32_t)); /* >= DYAD_NACT */
    p->tagban = malloc((size_t)m->ntags);
    p->wsize = sizeof(S_wentry) + DYAD_PAD8((uint32_t)m->ntags) * sizeof(int32_t);
    p->wcache = calloc(S_WCACHE, p->wsize);
    if (!p->scores || !p->tagban || !p->wcache) {
        dyad_parser_free(p);
        return NULL;
    }
    for (int k = 0; k < m->ntags; k++) {
        const char *x = m->xpos[k];
        p->tagban[k] = (unsigned char)((!strcmp(x, "IN") ? S_BAN_IN : 0) |
                                       (x[0] == 'V' || !strcmp(x, "MD") ? S_BAN_VERB : 0) |
                                       (!strcmp(x, "CD") ? S_BAN_CD : 0));
    }
    return p;
}

void dyad_parser_free(dyad_parser *p)
{
    if (!p)
        return;
    free(p->tok);
    free(p->stmem);
    free(p->scores);
    free(p->tagban);
    free(p->wcache);
    free(p->upos);
    free(p->head);
    free(p->kword);
    free(p->klen);
    free(p->kplace);
    free(p->aword);
    free(p->alow);
    free(p->rolesc);
    free(p->rolehave);
    free(p);
}

static int S_reserve(dyad_parser *p, int n)
{
    if (n <= p->cap)
        return 0;
    int cap = n < 64 ? 64 : n;
    free(p->tok);
    free(p->stmem);
    free(p->upos);
    free(p->head);
    free(p->kword);
    free(p->klen);
    free(p->kplace);
    free(p->aword);
    free(p->alow);
    free(p->rolesc);
    free(p->rolehave);
    p->tok = malloc((size_t)cap * sizeof *p->tok);
    p->upos = malloc((size_t)cap * 3 * sizeof *p->upos);
    p->head = malloc((size_t)cap * sizeof *p->head);
    p->kword = malloc((size_t)cap * sizeof *p->kword);
    p->klen = malloc((size_t)cap * sizeof *p->klen);
    p->kplace = malloc((size_t)cap * 2 * sizeof *p->kplace);
    p->aword = malloc((size_t)cap * sizeof *p->aword);
    p->alow = malloc((size_t)cap * DYAD_ARCHIVE_LEN);
    p->rolesc = malloc((size_t)(cap + 2) * DYAD_NROLE * DYAD_NACT * sizeof *p->rolesc);
    p->rolehave = malloc((size_t)(cap + 2) * DYAD_NROLE);
    p->stmem = NULL;
    if (!p->tok || !p->upos || !p->head || !p->kword || !p->klen || !p->kplace ||
        !p->aword || !p->alow || !p->rolesc || !p->rolehave ||
        dyad_pstate_alloc(&p->st, cap, &p->stmem)) {
        p->cap = 0;
        return -1;
    }
    p->xpos = p->upos + cap;
    p->deprel = p->xpos + cap;
    p->cap = cap;
    return 0;
}

static int S_argmax(const int32_t *s, int n, int skip)
{
    int best = -1;
    for (int i = 0; i < n; i++)
        if (i != skip && (best < 0 || s[i] > s[best]))
            best = i;
    return best;
}

/* The best of n scores (the first of equals, as S_argmax) and in *alt the runner-up,
 * the best of the others (1 when n is 1: the scores are padded), in one pass. */
static int S_best2(const int32_t *s, int n, int *alt)
{
    int best = n > 1 && s[1] > s[0], second = !best;
    int32_t top = s[best], next = n > 1 ? s[second] : 0;
    for (int i = 2; i < n; i++) {
        if (s[i] <= next)
            continue; /* most scores: below the two best */
        if (s[i] > top) {
            second = best, next = top;
            best = i, top = s[i];
        } else {
            second = i, next = s[i];
        }
    }
    *alt = second;
    return best;
}

/* Prepositions and subordinating conjunctions (Penn IN) are a closed class, and none of
 * them ends in -ed: such a word is never tagged IN, whatever the scores say. Rare past
 * tenses came out as IN ("M23 rebels stormed the city", "Turkish warplanes bombed
 * positions"), which left their sentences without a verb. (UD English EWT tags no
 * word ending in -ed as IN.) */
static int S_ends_ed(const char *w, size_t len)
{
    return len >= 2 && (w[len - 2] == 'e' || w[len - 2] == 'E') &&
           (w[len - 1] == 'd' || w[len - 1] == 'D');
}

/* Nor is a longer word opening with "over": "Iranian troops overran the headquarters"
 * read "overran" as IN, and the sentence had no verb ("over" itself is one). */
static int S_may_be_prep(const char *w, size_t len)
{
    return !(len >= 4 && S_ends_ed(w, len)) && !(len > 4 && !strncasecmp(w, "over", 4));
}

/* Is xpos one of the set ("DT JJ")? (A model's tag name may be empty: never one of
 * them, and no endless search for it.) */
static int S_xpos_in(const char *xpos, const char *set) { return dyad_word_listed(set, xpos); }

/* Is the word a comma, not another mark the tags call one ("big / main meal")? A comma
 * beside a closing mark ends a speaker's words that an attribution follows ("a bill
 * \"is dangerous for us,\" the chairman said"): the parser needs that mark to see where
 * the attribution begins. */
static int S_is_comma(const char *w, size_t len) { return w && len == 1 && w[0] == ','; }

/* The model's tag of this XPOS and UPOS, -1 when it has none. */
static int S_tag_of(const dyad_model *m, const char *xpos, const char *upos)
{
    for (int k = 0; k < m->ntags; k++)
        if (!strcmp(m->xpos[k], xpos) && !strcmp(m->upos[k], upos))
            return k;
    return -1;
}

/* May the participle at i be a past tense too? Not a compound adjective ("Iran-backed",
 * "U.N.-appointed"); a form in -ed, or one the scores thought next most likely VBD, may;
 * else an irregular one may unless it is a participle only: those end in -n ("taken",
 * "shown", "drawn", "done") or are of the few that change their vowel ("begun" is in
 * -n, "sunk" and "come" are not). "struck", "hit", "shut", "led", "held", "sent" may. */
static int S_may_be_past(const dyad_parser *p, const char *const *words, const size_t *lens,
                         int i)
{
    static const char *const only[] = {"sung", "swum", "rung", "sunk", "drunk", "shrunk",
                                       "stunk", "come", "become", "overcome", "run", "outrun",
                                       NULL};
    const char *w = words[i] ? words[i] : "";
    size_t len = lens[i];
    if (len < 3 || memchr(w, '-', len))
        return 0;
    if (S_ends_ed(w, len))
        return 1;
    if (!strcmp(p->m->xpos[p->tok[i].alt], "VBD"))
        return 1;
    return w[len - 1] != 'n' && w[len - 1] != 'N' && !dyad_among_lc(w, len, only);
}

/* Where the noun phrase that ends before word np has a participle's phrase, a relative
 * clause or a name in apposition set off by commas after it ("Israel, responding to
 * rocket fire, struck targets in Gaza", "Paper stocks, rising sharply over the week,
 * closed mixed", "Russia, which invaded Ukraine, accused NATO of ...", "Gondor's
 * foreign minister, Denethor Ecthelion, praised ...") or a name with its age ("Putin,
 * 71, accused ..."), the word after the closing comma, where the verb of the noun
 * phrase stands; else 0. The scores, seeing no subject right before that verb, took it
 * for an adjective or participle of its object ("struck targets", "accused NATO"). Not
 * when a later comma is followed by a verb (past its adverbs): the commas are then
 * those of a list in the subject ("Groups, including X, organized labor and Y, have
 * voiced ..."). */
static int S_set_off_end(const dyad_parser *p, int n, int np)
{
    const char *const *x = p->m->xpos;
    static const char *const stop = ", . : `` '' -LRB- -RRB-";
    if (np + 2 >= n || strcmp(x[p->tok[np].tag], ","))
        return 0;
    /* a person's age: "Putin, 71, accused ..." */
    if (np > 0 && S_xpos_in(x[p->tok[np - 1].tag], "NNP NNPS") &&
        !strcmp(x[p->tok[np + 1].tag], "CD") && !strcmp(x[p->tok[np + 2].tag], ","))
        return np + 3 < n ? np + 3 : 0;
    if (!S_xpos_in(x[p->tok[np + 1].tag], "VBG WDT WP WP$ NNP NNPS"))
        return 0;
    int j = np + 2, name = S_xpos_in(x[p->tok[np + 1].tag], "NNP NNPS");
    while (j < n && !S_xpos_in(x[p->tok[j].tag], stop)) {
        if (name && !S_xpos_in(x[p->tok[j].tag], "NNP NNPS"))
            return 0; /* a name in apposition is names only */
        j++;
    }
    if (j >= n || strcmp(x[p->tok[j].tag], ","))
        return 0;
    for (int k = j + 1; k + 1 < n; k++) {
        if (strcmp(x[p->tok[k].tag], ","))
            continue;
        int v = k + 1;
        while (v < n && S_xpos_in(x[p->tok[v].tag], "RB"))
            v++;
        if (v < n && S_xpos_in(x[p->tok[v].tag], "VB VBD VBZ VBP MD"))
            return 0;
    }
    return j + 1;
}

/* Is word i the relative pronoun that opens a clause set off by a comma ("Niger, whose
 * junta seized power in July, ...", "Iran, which attacked a tanker, ...") at word from?
 * Its clause is a sentence of its own for S_active_past_at, the pronoun (with the noun
 * after "whose") its subject: the scores, taking the noun phrase before the comma for
 * the subject of a later verb, read the clause's past tense as a participle ("attacked",
 * "seized"). */
static int S_relative_at(const dyad_parser *p, int i, int from)
{
    return i == from && i > 0 && !strcmp(p->m->xpos[p->tok[i - 1].tag], ",") &&
           S_xpos_in(p->m->xpos[p->tok[i].tag], "WDT WP WP$");
}

/* How many words the day of the week spans at word i, "on Tuesday" (2) or "on Tuesday
 * night" (3); else 0. News puts it between the subject and its verb ("Gondor on Tuesday
 * proposed talks"), where an adverb goes, and the scores, seeing a name before the
 * verb that is no subject, read the verb as a participle or an adjective of its object
 * ("proposed talks"), as they do after an adverb. */
static int S_weekday_at(const dyad_parser *p, const char *const *words, const size_t *lens,
                        int n, int i)
{
    static const char *const on[] = {"on", NULL};
    static const char *const part[] = {"night", "morning", "afternoon", "evening", NULL};
    if (i + 2 >= n || !words[i] || !words[i + 1] || !dyad_among_n(words[i], lens[i], on) ||
        strcmp(p->m->xpos[p->tok[i].tag], "IN") || !dyad_weekday_word(words[i + 1], lens[i + 1]))
        return 0;
    return words[i + 2] && dyad_among_n(words[i + 2], lens[i + 2], part) ? 3 : 2;
}

/* The sentence's first verb, a past participle (VBN) right after the noun phrase that
 * opens the sentence and before the start of another ("Russian forces seized Europe's
 * largest nuclear plant", "Rwanda rejected accusations by Congo", "The Sudanese military
 * removed and jailed the president"), is its past tense (VBD): a reduced relative there
 * ("an island called Jeju") is rare, and the scores took news sentences' main verbs for
 * one whenever a later verb could be the root. Only a form that may be a past tense is
 * changed, and not when a finite verb follows in the same stretch of the sentence. In UD
 * English EWT train the gold tags of such words are VBD 548 times and VBN 6 times, and
 * with adverbs between VBD 76 times and VBN never. The same holds of the first verb of
 * a reported clause, after "said", "says" or the complementiser "that" ("IRNA said the
 * Iranian troops seized ..."), which the parser otherwise hung on the full stop, and of
 * a relative clause set off by a comma (S_relative_at). The clause starts at word
 * `from`. */
static void S_active_past_at(dyad_parser *p, const char *const *words, const size_t *lens,
                             int n, int from)
{
    const char *const *x = p->m->xpos;
    int i = from, np;
    /* the noun phrase may be coordinated ("India and the United States elevated ties"):
     * a conjunction between two of its words is part of it; a crowd counted takes its
     * people after "of" ("Thousands of Iranians chanted slogans outside the embassy",
     * "Hundreds of Egyptians gathered outside"), whose verb the scores also read as an
     * adjective or a participle, with or without an object after it */
    static const char *const nominal = "DT JJ JJR JJS NN NNS NNP NNPS POS PRP$ CD PRP";
    static const char *const crowd[] = {"dozens", "hundreds", "thousands", "tens", "millions",
                                        "scores", NULL};
    static const char *const of[] = {"of", NULL};
    int counted = from + 2 < n && words[from] && words[from + 1] &&
                  dyad_among_lc(words[from], lens[from], crowd) &&
                  dyad_among_lc(words[from + 1], lens[from + 1], of);
    while (i < n &&
           !(counted && i > from + 2 && !strcmp(x[p->tok[i].tag], "JJ") && words[i] &&
             S_ends_ed(words[i], lens[i]) && S_xpos_in(x[p->tok[i - 1].tag], "NNS NNPS")) &&
           (S_xpos_in(x[p->tok[i].tag], nominal) || S_relative_at(p, i, from) ||
                     (counted && i == from + 1) ||
                     (i > from && i + 1 < n && !strcmp(x[p->tok[i].tag], "CC") &&
                      S_xpos_in(x[p->tok[i - 1].tag], nominal) &&
                      S_xpos_in(x[p->tok[i + 1].tag], nominal))))
        i++;
    /* a past tense spelt as a noun ("shot", "shut", "cut") that a particle and an object
     * follow is the phrase's verb, not its head ("its air force shot down five jets",
     * "the Senate cut off the debate"): the scores read the verb into the subject. Only
     * a past tense: a present one ("the U.S. Kick off talks") a later rule finds. */
    static const char *const particles[] = {"down", "off", "up", "out", "back", NULL};
    static const char *const pasts[] = {"shot", "shut", "cut", "set", "put", "hit", "cast",
                                        "spread", "sent", "held", "led", "sold", "fought",
                                        "struck", "broke", "threw", "took", "gave", NULL};
    if (i - 2 >= from && i + 1 < n && !strcmp(x[p->tok[i - 1].tag], "NN") &&
        S_xpos_in(x[p->tok[i - 2].tag], "NN NNS NNP NNPS") && words[i] && words[i - 1] &&
        islower((unsigned char)words[i - 1][0]) && dyad_among_lc(words[i], lens[i], particles) &&
        (S_ends_ed(words[i - 1], lens[i - 1]) || dyad_among_lc(words[i - 1], lens[i - 1], pasts)) &&
        S_xpos_in(x[p->tok[i + 1].tag], "DT CD JJ NNS NNP NNPS PRP$ PRP")) {
        int vbd = S_tag_of(p->m, "VBD", "VERB"), rp = S_tag_of(p->m, "RP", "ADP");
        if (vbd >= 0 && rp >= 0)
            p->tok[i - 1].tag = vbd, p->tok[i].tag = rp;
        return;
    }
    /* a past tense no noun or participle shares ("sank", "shook") inside that run,
     * after its noun or pronoun, is the clause's verb: the scores read it as a noun of
     * the subject ("The ship sank after ...", "Gondor's king shook hands with ...").
     * So is a lower-case adjective in -ed that the scores thought next most likely a
     * verb, right after a name and before the start of a noun phrase ("Israel relaxed
     * sanctions on Gondor", "Washington armed the rebels"): a name takes no such
     * adjective after it. */
    static const char *const only_past[] = {
        "sank", "shook", "began", "flew", "drove", "wrote", "spoke", "stole", "swore",
        "froze", "unfroze", "chose", "drew", "grew", "knew", "threw", "blew", "withdrew",
        "overran", "ran", "swam", "rang", "forbade", "fell", NULL};
    for (int j = from + 1; j < i; j++)
        if (words[j] &&
            ((dyad_among_lc(words[j], lens[j], only_past) &&
              S_xpos_in(x[p->tok[j].tag], "NN NNS JJ") &&
              S_xpos_in(x[p->tok[j - 1].tag], "NN NNS NNP NNPS PRP")) ||
             (!strcmp(x[p->tok[j].tag], "JJ") && S_ends_ed(words[j], lens[j]) &&
              islower((unsigned char)words[j][0]) && S_xpos_in(x[p->tok[j].alt], "VBD VBN") &&
              S_xpos_in(x[p->tok[j - 1].tag], "NNP NNPS") && j + 1 < n &&
              S_xpos_in(x[p->tok[j + 1].tag], "DT NNS NNP NNPS PRP$ CD")))) {
            int vbd = S_tag_of(p->m, "VBD", "VERB");
            if (vbd >= 0)
                p->tok[j].tag = vbd;
            return;
        }
    /* adverbs may come between ("Russia's envoy again dismissed accusations", "Trump
     * later confirmed"), not "not", nor "more" or "less" of a participle of degree
     * ("borrowings less extended credits"), and so may the day (S_weekday_at) */
    static const char *const notadv[] = {"not", "more", "less", NULL};
    np = i;
    int off = S_set_off_end(p, n, np);
    if (off)
        i = off;
    for (int w; (w = S_weekday_at(p, words, lens, n, i)) ||
                (i < n && S_xpos_in(x[p->tok[i].tag], "RB RBR") &&
                 !(words[i] && dyad_among_lc(words[i], lens[i], notadv)));)
        i += w ? w : 1;
    if (np == from || i + 1 >= n)
        return;
    /* after an adverb the scores also took a past tense in -ed for an adjective ("The
     * government later expelled 20 diplomats"), when they had a participle next */
    int adj = (np < i || counted) && !strcmp(x[p->tok[i].tag], "JJ") && words[i] &&
              (S_ends_ed(words[i], lens[i]) || off) && S_xpos_in(x[p->tok[i].alt], "VBN VBD");
    if (strcmp(x[p->tok[i].tag], "VBN") && !adj)
        return;
    const char *prev = x[p->tok[np - 1].tag], *next = x[p->tok[i + 1].tag];
    /* after a noun, any start of a noun phrase; after an adjective (the tagger's
     * "military"), only one that the participle could not modify ("the attached letter") */
    int object = S_xpos_in(next, "DT PRP$ CD PRP CC");
    if (prev[0] == 'N' || S_xpos_in(prev, "PRP WDT WP"))
        object |= S_xpos_in(next, "NN NNS NNP NNPS JJ");
    else if (strcmp(prev, "JJ") || strcmp(x[p->tok[from].tag], "DT"))
        object = 0;
    /* past a set-off phrase no reduced relative hangs on the noun phrase, whose verb
     * may take a preposition first ("Ukraine, accusing Russia of ..., called on the
     * United Nations to intervene") */
    object |= ((off && !strcmp(x[p->tok[i].tag], "VBN")) || counted) &&
              S_xpos_in(next, "IN RP TO");
    if (!object)
        return;
    if (!S_may_be_past(p, words, lens, i))
        return;
    /* a finite verb before any punctuation, preposition or conjunction is the noun
     * phrase's own ("The dairy regime agreed last night is too complicated") */
    for (int j = i + 1; j < n; j++) {
        const char *t = x[p->tok[j].tag];
        if (p->tok[j].sep || S_xpos_in(t, counted ? ". ``" : "IN CC WDT WP TO . ``"))
            break; /* a crowd's: up to the clause's end ("... gathered outside were held") */
        if (S_xpos_in(t, "VBD VBZ VBP MD") && strcmp(x[p->tok[j - 1].tag], "PRP"))
            return; /* not after a pronoun of its own ("accusations it is getting") */
    }
    int k = S_tag_of(p->m, "VBD", adj ? "VERB" : p->m->upos[p->tok[i].tag]);
    if (k < 0)
        return;
    p->tok[i].tag = k;
    /* and a participle coordinated with it ("removed and jailed") */
    if (i + 2 < n && !strcmp(next, "CC") && !strcmp(x[p->tok[i + 2].tag], "VBN") &&
        S_may_be_past(p, words, lens, i + 2))
        p->tok[i + 2].tag = k;
}

/* A clause also starts after "and" or "but" set off by a comma ("..., and the
 * government later expelled 23 diplomats", the scores' JJ) and after the comma that
 * closes a phrase opening the sentence ("Last week, Gondor's army crossed the river"),
 * before any verb: with a verb earlier in the sentence to be the root, the scores read
 * such a clause's past tense as a participle or an adjective. Not after a name that
 * opens the sentence, whose comma sets off its apposition ("Imperial Oil, a 70 pct owned
 * unit of Exxon, ..."). So does a clause after the comma that closes a subordinate
 * clause opening the sentence, whatever verbs it has ("After the talks collapsed,
 * Gondor proposed talks with Rohan": "proposed" read as an adjective of "talks"). The
 * subordinate clause itself ("after police shot ...") is left as it is: in the tuning
 * sets the coder coded nothing more for it. */
static void S_active_past(dyad_parser *p, const char *const *words, const size_t *lens,
                          int n)
{
    static const char *const starts[] = {"said", "says", "that", NULL};
    static const char *const joins[] = {"and", "but", NULL};
    static const char *const subordinators[] = {
        "after", "although", "as", "because", "before", "if", "once", "since", "though",
        "unless", "until", "when", "whenever", "whereas", "while", NULL};
    const char *const *x = p->m->xpos;
    int opening = n > 0 && !S_xpos_in(x[p->tok[0].tag], "NNP NNPS");
    int sub = n > 0 && words[0] && S_xpos_in(x[p->tok[0].tag], "IN WRB") &&
              dyad_among_lc(words[0], lens[0], subordinators);
    S_active_past_at(p, words, lens, n, 0);
    for (int j = 0; j + 1 < n; j++) {
        int comma = S_is_comma(words[j], lens[j]);
        if ((words[j] && dyad_among_n(words[j], lens[j], starts) &&
             S_xpos_in(x[p->tok[j].tag], "VBD VBZ IN")) ||
            (j > 0 && S_is_comma(words[j - 1], lens[j - 1]) && words[j] &&
             !strcmp(x[p->tok[j].tag], "CC") && dyad_among_n(words[j], lens[j], joins)) ||
            (opening && j > 0 && comma))
            S_active_past_at(p, words, lens, n, j + 1);
        else if (S_relative_at(p, j, j))
            S_active_past_at(p, words, lens, n, j);
        if (comma || (!sub && S_xpos_in(x[p->tok[j].tag], "VB VBD VBG VBN VBP VBZ MD")))
            opening = 0;
    }
}

/* Does the sentence (or the quote that opens it) open with a name that ends right before
 * word i: every word before it capitalised and tagged as a name, or one that unlabelled
 * text (almost) always capitalises or does not know ("Germany" and "Modi" read as
 * adjectives), or an initialism ("Russian FM", "FM" read as a noun)? 2 when they are
 * names joined by commas or "and", a headline's plural subject ("Seoul, Tokyo vow ...",
 * "Gondor and Rohan sign ..."); else 1 or 0. */
static int S_name_subject(const dyad_parser *p, const char *const *words, const size_t *lens,
                          int i)
{
    static const char *const and[] = {"and", NULL};
    int open = i > 0 && !strcmp(p->m->xpos[p->tok[0].tag], "``"), list = 0; /* a quote opens it */
    for (int j = open; j < i; j++) {
        int join = j > open && j + 1 < i && words[j] &&
                   (S_is_comma(words[j], lens[j]) || dyad_among_n(words[j], lens[j], and));
        list |= join;
        if (!join && (!words[j] || !isupper((unsigned char)words[j][0]) ||
                      !(S_xpos_in(p->m->xpos[p->tok[j].tag], "NNP NNPS") ||
                        p->tok[j].caps == 4 || p->tok[j].caps == 0 ||
                        (lens[j] > 1 && (p->tok[j].flags & 2) && !(p->tok[j].flags & 4)))))
            return 0;
    }
    return i > open ? 1 + list : 0;
}

/* Where the clause a sentence reports ends: the first comma when what follows it is only
 * a reporting tail ("..., the ministry said .", "..., '' he added on Monday .", ", said
 * the agency ."), a noun phrase and a verb of saying with no other verb after it; else
 * n, the whole sentence. */
static int S_reported_end(const dyad_parser *p, const char *const *words, const size_t *lens,
                          int n)
{
    static const char *const report[] = {"said", "says", "added", "adds", "told", "stated",
                                         NULL};
    const char *const *x = p->m->xpos;
    int e = 0;
    while (e < n && strcmp(x[p->tok[e].tag], ","))
        e++;
    int k = e + 1;
    while (k < n && S_xpos_in(x[p->tok[k].tag], "'' `` DT JJ NN NNS NNP NNPS PRP POS CC"))
        k++;
    if (e < 2 || k >= n || !words[k] || !dyad_among_lc(words[k], lens[k], report))
        return n;
    for (int j = k + 1; j < n; j++)
        if (S_xpos_in(x[p->tok[j].tag], "VB VBD VBZ VBP MD") || p->tok[j].sep)
            return n;
    return e;
}

/* A sentence in which no word was tagged as a finite verb, a base form or a modal lost
 * its verb to the tags: "A U.S. fighter jet shot down a Chinese balloon" (shot: NN),
 * "The two leaders clash in Geneva", "Gross domestic product grew by nine pct", and the
 * parser, left without a head for the clause, made it one noun phrase that codes
 * nothing. Its verb is the first word in lower case that the first pass was not sure
 * of, a noun whose runner-up tag is a verb's, right after a noun or pronoun (its
 * subject) or after the subject and an adverb in -ly ("The French government strongly
 * protests against ...", "Oil normally accounts for ..."), and before what may follow
 * a verb: not a noun or number it could be the modifier of ("Best meat pies in
 * Canada", "Net loss 23.3 mln" stay noun phrases). After a subject that is a name alone
 * a present tense in -s, the runner-up to a plural noun, is the verb even where the
 * first pass was sure of the noun, as in a headline-style lead ("Putin lands in
 * Pyongyang", "Pakistan tenders on Saturday for ...", "Germany pledges more aid"),
 * unless "of" follows ("Swiss francs of five year notes") or a later word may be the
 * verb (its runner-up a verb's: "Israeli warplanes pound Hezbollah positions", with
 * "pound" read as a preposition, has its verb there). A participle right after a
 * noun, or after a noun and an adverb, may be the verb the tags missed ("Flight delays
 * at the airports soared", "Soviet exports also increased"): then nothing is changed.
 * A clause that a reporting tail follows ("Kenya heads for a runoff vote next month,
 * officials said") is looked at as such a sentence (S_reported_end): the verb of
 * saying after it is not the verb the clause lacks. In UD English EWT this changes 4
 * words of dev (3 rightly) and 2 of test (both rightly), none of train. So is a
 * relative clause set off by commas, words from to n, its pronoun (and the noun after
 * "whose") the subject: "Germany, whose economy shrank last year, ..." (shrank: NN),
 * "The Philippines, whose troops guard the shoal, ..." (guard: NN). An infinitive ("to
 * halt") is no verb of the clause: "The Turkish government calls on Moscow to halt ..."
 * (calls: NNS) has lost its verb as much as a sentence without one, and so is the
 * subjunctive of a clause after "that" ("Gondor demands that Rohan withdraw ..."). A
 * word of time ("officials tomorrow open talks") is never the verb. */
static void S_verbless_in(dyad_parser *p, const char *const *words, const size_t *lens,
                          int from, int n)
{
    const char *const *x = p->m->xpos;
    static const char *const subject = "NN NNS NNP NNPS PRP WDT WP";
    static const char *const that_w[] = {"that", NULL};
    for (int i = from, that = 0; i < n; i++) {
        int s = i > from + 1 && S_xpos_in(x[p->tok[i - 1].tag], "RB") ? i - 2 : i - 1;
        int inf = i > from && !strcmp(x[p->tok[i].tag], "VB") &&
                  (!strcmp(x[p->tok[i - 1].tag], "TO") || that);
        that |= words[i] && dyad_among_lc(words[i], lens[i], that_w);
        if ((!inf && S_xpos_in(x[p->tok[i].tag], "VB VBD VBZ VBP MD")) ||
            (s >= from && S_xpos_in(x[p->tok[i].tag], "VBN VBG") &&
             S_xpos_in(x[p->tok[s].tag], subject)))
            return;
    }
    static const char *const of[] = {"of", NULL};
    static const char *const when[] = {"today", "tomorrow", "yesterday", "tonight", NULL};
    for (int i = from + 1; i + 1 < n; i++) {
        const char *alt = x[p->tok[i].alt], *want = alt;
        int s = i - 1;
        if (s > from && !strcmp(x[p->tok[s].tag], "RB") && lens[s] > 3 && words[s] &&
            !strncasecmp(words[s] + lens[s] - 2, "ly", 2))
            s--;
        int name = !from ? S_name_subject(p, words, lens, s + 1) : 0;
        /* a headline's name before its present tense: a lone name before a word in -s
         * ("Gondor tours Rohan", "Gondor thanks Rohan for ...", whose runner-ups were a
         * plural name and a comma), names joined before one without it ("Gondor, Rohan
         * sign ..."); its object may be a bare noun or a number ("Gondor pledges aid",
         * "Rohan releases ten prisoners"), whose own runner-up verb is no rival */
        int ends_s = words[i] && lens[i] > 3 && words[i][lens[i] - 1] == 's' &&
                     words[i][lens[i] - 2] != 's';
        int headline = name && s == i - 1 && ends_s == (name == 1) &&
                       !(words[i + 1] && dyad_among_lc(words[i + 1], lens[i + 1], of));
        if (!words[i] || !lens[i] || !islower((unsigned char)words[i][0]) ||
            !S_xpos_in(x[p->tok[i].tag], "NN NNS") || dyad_among_lc(words[i], lens[i], when) ||
            !(S_xpos_in(x[p->tok[s].tag], subject) || name) ||
            !(S_xpos_in(x[p->tok[i + 1].tag], "DT IN RP TO RB PRP$ NNP JJ JJR PRP CC WDT") ||
              (headline && S_xpos_in(x[p->tok[i + 1].tag], "NN NNS CD"))))
            continue;
        int other = 0, noun = headline && S_xpos_in(x[p->tok[i + 1].tag], "NN NNS CD");
        /* a later word the verb may be ("Israeli warplanes pound ..."), past the object */
        for (int j = i + 1 + noun; j < n && !other; j++)
            other = !p->tok[j].sure && S_xpos_in(x[p->tok[j].alt], "VB VBD VBP VBZ VBN");
        headline &= !other;
        /* or a set-off relative clause with no verb, whose verb the noun's runner-up must be */
        if (p->tok[i].sure && (other || !(from || headline)))
            continue;
        if (headline)
            want = name == 1 ? "VBZ" : "VBP";
        else if (!strcmp(alt, "VB"))
            want = "VBP"; /* a subject before it: a present tense ("the two leaders clash") */
        else if (!strcmp(alt, "VBN"))
            want = S_may_be_past(p, words, lens, i) ? "VBD" : NULL;
        else if (!S_xpos_in(alt, "VBD VBZ VBP"))
            want = NULL;
        int k = want ? S_tag_of(p->m, want, "VERB") : -1;
        if (k >= 0) {
            p->tok[i].tag = k;
            return;
        }
    }
}

/* The sentence, up to a reporting tail, and each relative clause set off in it: a
 * clause's verb lost to the tags leaves the parser no head for it either. */
static void S_verbless(dyad_parser *p, const char *const *words, const size_t *lens, int n)
{
    S_verbless_in(p, words, lens, 0, S_reported_end(p, words, lens, n));
    for (int j = 1; j < n; j++) {
        int end = S_relative_at(p, j, j) ? S_set_off_end(p, n, j - 1) : 0;
        if (end)
            S_verbless_in(p, words, lens, j, end - 1);
    }
}

/* The base form (VB) right after names joined by commas or "and" that open the sentence
 * is their present tense (VBP), a headline's plural subject and its verb ("Egypt, Jordan
 * reject ...", "Gondor and Rohan sign ..."): nothing before it could govern a base form,
 * and the parser, reading no finite verb, hung each name on the verb as a subject of its
 * own, or took them for one phrase that the verb modified. */
static void S_plural_present(dyad_parser *p, const char *const *words, const size_t *lens,
                             int n)
{
    int i = 0;
    while (i < n && !S_xpos_in(p->m->xpos[p->tok[i].tag], "VB VBD VBZ VBP MD TO"))
        i++;
    int vbp = S_tag_of(p->m, "VBP", "VERB");
    if (i < n && vbp >= 0 && !strcmp(p->m->xpos[p->tok[i].tag], "VB") &&
        S_name_subject(p, words, lens, i) == 2)
        p->tok[i].tag = vbp;
}

/* A sentence (or the quote that opens it) whose subject is a name alone, right before
 * "to" and a base form or before a finite verb, has that name tagged as one (NNP) where
 * the scores took a word of it for an adjective or an adverb: the infinitive lead of a
 * planned event ("Blinken to visit China next week", "Lavrov to meet Wang Yi", "Sisi to
 * host Netanyahu") parsed as an adjective phrase with the clause under it, which has
 * no subject and codes nothing, and "Albanese visits China" had an adverb for its
 * subject. Such a word is capitalised and one unlabelled text does not know (a name new
 * to it, or a firm's: "Northgate Exploration Ltd said ..."); an adjective of nationality
 * or place is known ("Japanese to cut tariffs" keeps its JJ), and so is a subject with
 * one among its words ("Canadian Finance Minister Michael Wilson"). Every other word of
 * the subject must be capitalised and tagged as a name. */
static void S_name_adjectives(dyad_parser *p, const char *const *words, int n)
{
    const char *const *x = p->m->xpos;
    int open = n > 0 && !strcmp(x[p->tok[0].tag], "``"), i = open, odd = 0;
    for (; i < n && words[i] && isupper((unsigned char)words[i][0]); i++) {
        if (S_xpos_in(x[p->tok[i].tag], "JJ RB") && p->tok[i].caps == 0)
            odd = 1;
        else if (!S_xpos_in(x[p->tok[i].tag], "NNP NNPS"))
            break;
    }
    int nnp = S_tag_of(p->m, "NNP", "PROPN");
    if (!odd || i >= n || nnp < 0 ||
        !(S_xpos_in(x[p->tok[i].tag], "VBD VBZ VBP MD") ||
          (!strcmp(x[p->tok[i].tag], "TO") && i + 1 < n && !strcmp(x[p->tok[i + 1].tag], "VB"))))
        return;
    for (int j = open; j < i; j++)
        if (!S_xpos_in(x[p->tok[j].tag], "NNP NNPS"))
            p->tok[j].tag = nnp;
}

/* The verb a modal governs, after it or after adverbs between ("will supply 94 buses",
 * "the conference will air problems", "could not separate equipment"), is its base form
 * (VB); the scores took some such verbs for an adjective, a noun or an adverb in -ly,
 * and left the modal without its verb. The word after the modal and its adverbs that the
 * first pass was not sure of, whose runner-up tag is VB, is that verb; an adverb is one
 * only if no verb or adverb follows it ("will supply 94", not "will substantially
 * reduce"), and "would rather" takes a clause ("would rather it came"). Prepositions,
 * conjunctions, determiners and numbers never are ("could in fact", "ca n't but"), nor
 * a word in capitals, a name or a question's subject ("Should Seoul revalue"). In the
 * Reuters stories 1,501-8,000 and the 31 VOA tuning stories this retags 25 words, 23 of
 * them rightly; in UD English EWT 2 of dev (1 rightly), none of test. */
static void S_after_modal(dyad_parser *p, const char *const *words, const size_t *lens,
                          int n)
{
    const char *const *x = p->m->xpos;
    for (int i = 0; i + 2 < n; i++) {
        if (strcmp(x[p->tok[i].tag], "MD") || !words[i] || !islower((unsigned char)words[i][0]))
            continue; /* "American Can sold ..." */
        int j = i + 1;
        for (; j + 1 < n && S_xpos_in(x[p->tok[j].tag], "RB RBR"); j++)
            if (!p->tok[j].sure && !strcmp(x[p->tok[j].alt], "VB") &&
                !S_xpos_in(x[p->tok[j + 1].tag], "VB VBD VBG VBN VBP VBZ MD RB RBR") &&
                !(lens[j] == 6 && words[j] && !strncasecmp(words[j], "rather", 6)))
                break;
        const dyad_ptok *t = &p->tok[j];
        if (!words[j] || !islower((unsigned char)words[j][0]) || t->sure ||
            S_xpos_in(x[t->tag], "VB IN CC DT CD") || strcmp(x[t->alt], "VB"))
            continue;
        p->tok[j].tag = t->alt;
    }
}

/* A word the scores took for a verb in -s (VBZ) or an adjective whose runner-up is a
 * noun is that noun where the noun phrase it ends needs a head:
 * - a verb in -s, less than the first pass's margin sure, right after a noun or an
 *   adjective and right before a modal is the head of the modal's subject ("Egypt and
 *   the Gulf states will hold a summit", "EC member states would be permitted"): a
 *   present tense takes no modal after it, while one sure of itself governs the clause
 *   it reports ("which Apple says will operate");
 * - so is one after a possessor ("its", "their", "the North 's") and the nouns and
 *   adjectives after it, right before a verb or before a comma and a finite verb, the
 *   sentence's, that a phrase set off ends with ("citing the North 's missile
 *   launches , suspended the pact" made "launches" the verb and the pact suspended by
 *   no one). Before a preposition or a full stop it may be the verb ("the route 's
 *   end passes through", "the bank 's chief says that");
 * - an adjective right after a possessor, or after it and other adjectives, at the end
 *   of the phrase (before a preposition, "to", a full stop, or a comma that no other
 *   adjective follows) is its noun ("launched its offensive against Gondor" made "its
 *   offensive" an adjective phrase, its object lost), and so is one after an article
 *   and another adjective ("detained a Japanese national ." made the person detained
 *   an adjective, and no one was; "national" after a demonym is a noun even where the
 *   scores are sure of the adjective and see no noun in second place). Not "own" ("on its own ."), and not after a noun,
 *   where an adjective is said of it ("keep your room clean"). */
static void S_noun_heads(dyad_parser *p, const char *const *words, const size_t *lens, int n)
{
    static const char *const own[] = {"own", NULL};
    static const char *const article[] = {"a", "an", "the", NULL};
    static const char *const national[] = {"national", NULL};
    static const char *const nominal = "NN NNS NNP NNPS JJ";
    const char *const *x = p->m->xpos;
    int nns = S_tag_of(p->m, "NNS", "NOUN");
    for (int i = 1; nns >= 0 && i + 1 < n; i++) {
        const dyad_ptok *t = &p->tok[i];
        const char *tag = x[t->tag], *next = x[p->tok[i + 1].tag];
        int verb = !t->sure && !strcmp(tag, "VBZ") && S_xpos_in(x[t->alt], "NN NNS NNP NNPS");
        /* "national" after a demonym or a name ("a U.S. national"), which the scores
         * take for an adjective, sure of it */
        int citizen = words[i] && dyad_among_lc(words[i], lens[i], national) &&
                      words[i - 1] && isupper((unsigned char)words[i - 1][0]);
        if (!verb && !(!strcmp(tag, "JJ") && (S_xpos_in(x[t->alt], "NN NNS") || citizen) &&
                       words[i] && !dyad_among_lc(words[i], lens[i], own)))
            continue;
        int k = i - 1;
        while (k > 0 && S_xpos_in(x[p->tok[k].tag], verb ? nominal : citizen ? "JJ NNP" : "JJ"))
            k--;
        const char *after = i + 2 < n && S_is_comma(words[i + 1], lens[i + 1])
                                ? x[p->tok[i + 2].tag] : NULL;
        int end = verb ? S_xpos_in(next, "VB VBD VBZ VBP VBN MD") ||
                             (after && S_xpos_in(after, "VBD VBZ VBP VBN MD"))
                       : S_xpos_in(next, ". IN TO") ||
                             (after && !S_xpos_in(after, "JJ JJR JJS RB CC"));
        int opener = S_xpos_in(x[p->tok[k].tag], "PRP$ POS") ||
                     (!verb && k < i - 1 && words[k] && dyad_among_lc(words[k], lens[k], article));
        if ((end && opener) ||
            (verb && !strcmp(next, "MD") && S_xpos_in(x[p->tok[i - 1].tag], nominal)))
            p->tok[i].tag = verb ? nns : citizen ? S_tag_of(p->m, "NN", "NOUN") : t->alt;
    }
}

/* A verb's base form right after an article and one or more adjectives is the phrase's
 * noun (its runner-up tag when that is a noun's): no infinitive or imperative stands
 * there ("called the Israeli move a dangerous escalation" made "move" a verb with
 * "Israeli" its subject, and the move no one's). */
static void S_article_noun(dyad_parser *p, const char *const *words, const size_t *lens, int n)
{
    static const char *const article[] = {"a", "an", "the", NULL};
    const char *const *x = p->m->xpos;
    int nn = S_tag_of(p->m, "NN", "NOUN");
    for (int i = 2; nn >= 0 && i < n; i++) {
        int k = i - 1;
        while (k > 0 && !strcmp(x[p->tok[k].tag], "JJ"))
            k--;
        if (!strcmp(x[p->tok[i].tag], "VB") && k < i - 1 && words[k] &&
            dyad_among_lc(words[k], lens[k], article))
            p->tok[i].tag = S_xpos_in(x[p->tok[i].alt], "NN NNS") ? p->tok[i].alt : nn;
    }
}

/* The length of the Arabic article that opens w (len bytes) joined to a name by a hyphen
 * ("al-Sudani", "el-Sisi", "ash-Shaibani"), with the hyphen; 0 if none. The scores know
 * few such words and tagged them as nouns, adverbs or adjectives; tagged as names, their
 * odd shape still led the parser astray ("removed and jailed President Omar al-Bashir"
 * made "Omar" a subject). Either way the name came out cut in two ("Mohammed Shia" with
 * "al-Sudani" an adverb) and the actor dictionaries saw neither half whole. The tagger
 * and the parser are shown the name after the article instead ("Sudani"), which they
 * read as the name it is; the output keeps the word. A sentence or a name may open with
 * the article capitalised ("Al-Shabab, a militant group, attacked", "El-Sisi"): the
 * scores, which knew the whole word less still, read "Al-Shabab" before a comma as an
 * interjection (UH), and the group named no one; "Al" and "El" so written are read as
 * the article too (not "At-" or "As-", which open other words). */
static size_t S_article_name(const char *w, size_t len)
{
    static const char *const articles[] = {"al", "el", "ad", "ash", "as", "an", "ar",
                                           "at", "az", "ul", "ud", NULL};
    static const char *const opening[] = {"Al", "El", NULL};
    const char *dash = len > 3 ? memchr(w, '-', len < 5 ? len : 5) : NULL;
    if (!dash || dash + 1 >= w + len || !isupper((unsigned char)dash[1]) ||
        !(dyad_among_n(w, (size_t)(dash - w), articles) ||
          dyad_among_n(w, (size_t)(dash - w), opening)))
        return 0;
    return (size_t)(dash + 1 - w);
}

/* Is the word at i a lower-case particle of a personal or place name ("von der Leyen",
 * "Perez de Cuellar", "Zaid bin Sultan", "Lula da Silva")? The scores, which know few
 * such words, tagged them as nouns and cut the name in two ("Ursula von" and "der
 * Leyen"). A particle follows a name (or a particle: "von der") and comes before a name
 * or another particle. */
static int S_name_particle(const dyad_parser *p, const char *const *words, const size_t *lens,
                           int n, int i)
{
    static const char *const particles[] = {"von", "van", "der", "den", "de", "del", "della",
                                            "di", "da", "du", "dos", "das", "bin", "ibn",
                                            "bint", NULL};
    const char *const *x = p->m->xpos;
    const char *w = words[i], *prev = i > 0 ? words[i - 1] : NULL;
    if (!prev || !w || !dyad_among_n(w, lens[i], particles) ||
        !S_xpos_in(x[p->tok[i - 1].tag], "NNP NNPS") ||
        !(isupper((unsigned char)prev[0]) || dyad_among_n(prev, lens[i - 1], particles)))
        return 0;
    for (int j = i + 1; j < n && words[j] && lens[j]; j++) {
        if (isupper((unsigned char)words[j][0]))
            return 1;
        if (!dyad_among_n(words[j], lens[j], particles))
            return 0;
    }
    return 0;
}

/* "He" written so inside a sentence right after a name, a title or a possessive is a
 * Chinese name, never the pronoun: "Vice Premier He Lifeng met Yellen", "China's He
 * Lifeng", "Vice Premier Liu He met Lighthizer". The scores read it as the pronoun
 * (PRP), which cut the name in two ("Lifeng" became a verb, "He" a phrase of its own)
 * and left the title its state's alone; tagged as a name, the phrase is the person the
 * dictionary knows. The pronoun follows no such word inside a sentence: a headline's
 * "Reagan Says He Will Veto" has a verb before it, and an abbreviation before it ends a
 * sentence the splitter did not cut ("Acme Corp. He added"). */
static void S_chinese_he(dyad_parser *p, const char *const *words, const size_t *lens, int n)
{
    const char *const *x = p->m->xpos;
    int nnp = S_tag_of(p->m, "NNP", "PROPN");
    for (int i = 1; nnp >= 0 && i < n; i++) {
        const char *prev = words[i - 1];
        if (lens[i] == 2 && words[i] && !memcmp(words[i], "He", 2) && prev && lens[i - 1] &&
            prev[lens[i - 1] - 1] != '.' &&
            ((isupper((unsigned char)prev[0]) && S_xpos_in(x[p->tok[i - 1].tag], "NN NNP NNPS")) ||
             !strcmp(x[p->tok[i - 1].tag], "POS")))
            p->tok[i].tag = nnp;
    }
}

/* "Vice" capitalised before a capitalised word opens a title ("Chinese Vice Premier He
 * Lifeng", "Vice Foreign Minister Ma Zhaoxu"), a name's word as the title's are. The
 * scores read it as a common noun (NN), and after a nationality the parser then closed
 * a phrase on it ("Chinese Vice") whose state the sentence coded alone, without the
 * title and the person after it. */
static void S_vice_title(dyad_parser *p, const char *const *words, const size_t *lens, int n)
{
    int nnp = S_tag_of(p->m, "NNP", "PROPN");
    for (int i = 0; nnp >= 0 && i + 1 < n; i++)
        if (lens[i] == 4 && words[i] && !memcmp(words[i], "Vice", 4) && words[i + 1] &&
            isupper((unsigned char)words[i + 1][0]))
            p->tok[i].tag = nnp;
}

/* A crowd counted by its nationality alone ("Thousands of Japanese rallied in Tokyo",
 * "hundreds of Chinese protested") has its demonym, a capitalised adjective after the
 * crowd's "of" with no noun after it, as the plural noun it stands for (NNPS): tagged
 * JJ, the parser made it an adjective phrase of its own and the crowd named no one.
 * Not before a noun, a number, another adjective or a conjunction ("thousands of
 * Japanese tourists", "hundreds of French and British troops"). */
static void S_crowd_demonym(dyad_parser *p, const char *const *words, const size_t *lens,
                            int n)
{
    static const char *const crowd[] = {"dozens", "hundreds", "thousands", "millions", "tens",
                                        "scores", NULL};
    static const char *const of[] = {"of", NULL};
    const char *const *x = p->m->xpos;
    int nnps = S_tag_of(p->m, "NNPS", "PROPN");
    for (int i = 2; nnps >= 0 && i + 1 < n; i++)
        if (words[i] && isupper((unsigned char)words[i][0]) && !strcmp(x[p->tok[i].tag], "JJ") &&
            words[i - 1] && dyad_among_lc(words[i - 1], lens[i - 1], of) && words[i - 2] &&
            dyad_among_lc(words[i - 2], lens[i - 2], crowd) &&
            !S_xpos_in(x[p->tok[i + 1].tag], "NN NNS NNP NNPS JJ JJR JJS CD CC HYPH VBG POS"))
            p->tok[i].tag = nnps;
}

/* A plural noun opening the sentence right before its finite verb ("Demonstrators
 * blocked the road", "Protesters say ...") or before a place named after a preposition
 * and then that verb ("Demonstrators in Tehran protested outside the embassy") is its
 * subject: the scores, seeing the capital where no name follows, took some such words
 * for adverbs (RB), and the clause then had no subject (or its place for one). Only a
 * word in -s whose runner-up is the plural noun, or before a place the verb in -s the
 * scores also weighed there. */
static void S_opening_plural(dyad_parser *p, const char *const *words, const size_t *lens,
                             int n)
{
    const char *const *x = p->m->xpos;
    int i = n > 0 && !strcmp(x[p->tok[0].tag], "``"), v = i + 1;
    if (v + 1 < n && !strcmp(x[p->tok[v].tag], "IN")) {
        while (v + 1 < n && S_xpos_in(x[p->tok[v + 1].tag], "NNP NNPS"))
            v++;
        v = v > i + 1 ? v + 1 : i + 1;
    }
    int nns = S_tag_of(p->m, "NNS", "NOUN");
    if (nns >= 0 && v < n && words[i] && lens[i] > 3 && words[i][lens[i] - 1] == 's' &&
        !strcmp(x[p->tok[i].tag], "RB") &&
        S_xpos_in(x[p->tok[i].alt], v > i + 1 ? "NNS VBZ" : "NNS") &&
        S_xpos_in(x[p->tok[v].tag], "VBD VBZ VBP MD"))
        p->tok[i].tag = nns;
}

/* A word in -ed that the scores took for an adjective right after "has", "have" or "had"
 * (and adverbs) is the participle of the perfect where "to", a preposition, a name or a
 * determiner follows it ("Egypt has repeatedly committed to work with ...", "has pledged
 * to"): the parser otherwise left the clause with "has" for its only verb. Not before a
 * noun, where "had" may be the verb and the word its object's adjective ("had mixed
 * results", "has limited means"). Likewise a word in -ing after a form of "be" is the
 * participle of the progressive where a noun phrase follows it ("Iraq was massing troops
 * on the border", "were shelling the town"): read as an adjective of the object, it left
 * "was" the clause's only verb and the object its predicate. Not after "there" ("there
 * was growing concern"), nor before a singular noun ("is rising demand"), nor where a
 * word of judgement on how a thing strikes one meets a plural with no determiner after
 * a subject that is no noun ("these are promising trends", "what we have seen are
 * encouraging signs"): that says what the things are, where a doer the noun before
 * the verb names acts ("Iraq was massing troops", "officials were promising reforms").
 * Only where the runner-up tag is the participle. */
static void S_aux_participle(dyad_parser *p, const char *const *words, const size_t *lens,
                             int n, int progressive)
{
    static const char *const have[] = {"has", "have", "had", NULL};
    static const char *const be[] = {"is", "are", "was", "were", "be", "been", NULL};
    static const char *const judged[] = {"promising",  "encouraging", "disappointing",
                                         "alarming",   "worrying",    "troubling",
                                         "surprising", "interesting", NULL};
    const char *const *x = p->m->xpos;
    const char *want = progressive ? "VBG" : "VBN";
    for (int i = 0; i + 2 < n; i++) {
        if (!words[i] || !dyad_among_lc(words[i], lens[i], progressive ? be : have) ||
            (progressive && i > 0 && !strcmp(x[p->tok[i - 1].tag], "EX")))
            continue;
        int j = i + 1;
        while (j + 1 < n && S_xpos_in(x[p->tok[j].tag], "RB"))
            j++;
        size_t len = lens[j];
        int suffix = words[j] && (progressive
                                      ? len > 5 && !strncasecmp(words[j] + len - 3, "ing", 3)
                                      : S_ends_ed(words[j], len));
        if (suffix && !strcmp(x[p->tok[j].tag], "JJ") && !strcmp(x[p->tok[j].alt], want) &&
            S_xpos_in(x[p->tok[j + 1].tag], progressive ? "DT PRP$ CD NNS NNP NNPS PRP"
                                                         : "TO IN DT NNP PRP PRP$") &&
            !(progressive && (i == 0 || !S_xpos_in(x[p->tok[i - 1].tag], "NN NNS NNP NNPS")) &&
              !strcmp(x[p->tok[j + 1].tag], "NNS") && dyad_among_lc(words[j], len, judged)))
            p->tok[j].tag = p->tok[j].alt;
    }
}

/* Tag the name particles (S_name_particle) as the name they are part of: NNP. */
static void S_name_particles(dyad_parser *p, const char *const *words, const size_t *lens,
                             int n)
{
    int nnp = S_tag_of(p->m, "NNP", "PROPN");
    for (int i = 1; nnp >= 0 && i < n; i++)
        if (S_name_particle(p, words, lens, n, i))
            p->tok[i].tag = nnp;
}

/* The first pass's scores of the features of word i (len bytes at w, as given to
 * dyad_ptok_init) that its letters alone give (dyad_word_feats): kept for the words
 * seen last, as most words of news recur; NULL for a word too long to keep. */
static const int32_t *S_word_scores(dyad_parser *p, const char *w, size_t len, int i)
{
    if (len >= S_WLEN)
        return NULL;
    const dyad_ptok *t = &p->tok[i];
    size_t slot = (size_t)((t->form * 0x9e3779b97f4a7c15ULL) >> 32) % S_WCACHE;
    S_wentry *e = (S_wentry *)(void *)(p->wcache + slot * p->wsize);
    int32_t *sc = (int32_t *)(void *)(e + 1);
    if (e->len != (int32_t)len + 1 || memcmp(e->w, w, len) != 0) {
        uint64_t f[DYAD_MAX_FEATS];
        int nf = dyad_word_feats(t, 0, f);
        nf += dyad_word_feats(t, 1, f + nf);
        dyad_ap_score(&p->m->tab[DYAD_TAB_TAG], f, nf, NULL, sc);
        memcpy(e->w, w, len);
        e->len = (int32_t)len + 1;
    }
    return sc;
}

static void S_tag(dyad_parser *p, const char *const *words, const size_t *lens, int n)
{
    uint64_t f[DYAD_MAX_FEATS];
    for (int pass = 0; pass < 2; pass++) {
        const dyad_aptab *t = &p->m->tab[pass ? DYAD_TAB_TAG2 : DYAD_TAB_TAG];
        for (int i = 0; i < n; i++) {
            dyad_ptok *w = &p->tok[i];
            if (pass && w->sure)
                continue; /* w->tag is still the first pass's */
            const int32_t *known =
                pass ? NULL : S_word_scores(p, words[i] ? words[i] : "", lens[i], i);
            int nf = dyad_tag_feats(p->tok, n, i, pass, !known, f);
            dyad_ap_score(t, f, nf, known, p->scores);
            unsigned ban = (w->noprep ? S_BAN_IN : 0u) | (w->noverb ? S_BAN_VERB : 0u) |
                           (w->noverb > 1 ? S_BAN_CD : 0u);
            for (int k = 0; ban && k < p->m->ntags; k++)
                if (p->tagban[k] & ban)
                    p->scores[k] = INT32_MIN / 2;
            w->tag = S_best2(p->scores, p->m->ntags, &w->alt);
            if (!pass)
                w->sure = p->scores[w->tag] - p->scores[w->alt] >= p->m->tag2_skip;
        }
        if (pass == 0)
            for (int i = 0; i < n; i++)
                p->tok[i].tag1 = p->tok[i].tag;
    }
}

static int S_label(void *user, const dyad_pstate *s, int h, int d)
{
    dyad_parser *p = user;
    if (h == 0)
        return p->m->root_label;
    uint64_t f[DYAD_MAX_FEATS];
    int nf = dyad_label_feats(s, p->tok, h, d, f);
    dyad_ap_score(&p->m->tab[DYAD_TAB_LAB], f, nf, NULL, p->scores);
    return S_argmax(p->scores, p->m->nlabels, p->m->root_label);
}

/* The action scores of p's parser state: the features of the words in their roles
 * (dyad_role_feats) scored once per word and role in a parse, the others every step. */
static void S_act_scores(dyad_parser *p, int32_t *sc)
{
    const dyad_aptab *t = &p->m->tab[DYAD_TAB_ACT];
    uint64_t f[DYAD_MAX_FEATS];
    int who[DYAD_NROLE];
    dyad_ap_score(t, f, dyad_act_feats(&p->st, p->tok, who, f), NULL, sc);
    for (int r = 0; r < DYAD_NROLE; r++) {
        size_t k = (size_t)(who[r] + 1) * DYAD_NROLE + (size_t)r; /* who[r] >= -1 */
        int32_t *w = p->rolesc + k * DYAD_NACT;
        if (!p->rolehave[k]) {
            dyad_ap_score(t, f, dyad_role_feats(p->tok, r, who[r], f), NULL, w);
            p->rolehave[k] = 1;
        }
        for (int a = 0; a < DYAD_NACT; a++)
            sc[a] += w[a];
    }
}

/* Parse the n tagged words; root, when not 0, is the word (1-based) that must head the
 * sentence: no arc may make it another word's dependent. */
static void S_parse(dyad_parser *p, int n, int root)
{
    dyad_pstate *s = &p->st;
    int32_t sc[DYAD_NACT];
    dyad_pstate_init(s, n);
    s->keep = root;
    memset(p->rolehave, 0, (size_t)(n + 2) * DYAD_NROLE);
    while (!dyad_pstate_done(s)) {
        int valid[DYAD_NACT], nvalid = 0, best = -1;
        int s0 = s->sp > 0 ? s->stack[s->sp - 1] : -1;
        for (int a = 0; a < DYAD_NACT; a++)
            nvalid += valid[a] = dyad_pstate_valid(s, a) &&
                                 !(root && a == DYAD_LEFT && s0 == root && s->b <= n) &&
                                 !(root && a == DYAD_RIGHT && s->b == root);
        /* a forced move (empty stack, or the root in the buffer) needs no scoring */
        if (nvalid > 1)
            S_act_scores(p, sc);
        for (int a = 0; a < DYAD_NACT; a++)
            if (valid[a] && (best < 0 || (nvalid > 1 && sc[a] > sc[best])))
                best = a;
        int label = -1;
        if (best == DYAD_LEFT)
            label = S_label(p, s, dyad_pstate_buf(s, 0), s->stack[s->sp - 1]);
        else if (best == DYAD_RIGHT)
            label = S_label(p, s, s->stack[s->sp - 1], s->b);
        dyad_pstate_apply(s, best, label);
    }
    dyad_pstate_finish(s, p->m->root_label, S_label, p);
}

/* "Shultz and Shevardnadze are due to meet in Geneva", "was due to meet Prime Minister
 * Papandreou": the parser learned "due to" as one preposition ("cancelled due to bad
 * weather"), and read it so before a verb too, hanging the verb and its object on a
 * noun after them or on "due" as a fixed word, so that the meeting lost its doers or its
 * other party. Before "to" and a base form, "due" says when something is to happen,
 * as "likely" says how sure it is, and takes the infinitive as its complement as
 * "likely" does ("is likely to meet"): the parser is shown that word in its place. The
 * tags and the word in the output stay "due". */
static void S_due_to(dyad_parser *p, const char *const *words, const size_t *lens, int n)
{
    static const char *const due[] = {"due", NULL};
    const char *const *x = p->m->xpos;
    for (int i = 0; i + 2 < n; i++) {
        if (!words[i] || !dyad_among_lc(words[i], lens[i], due) ||
            strcmp(x[p->tok[i].tag], "JJ") || strcmp(x[p->tok[i + 1].tag], "TO") ||
            strcmp(x[p->tok[i + 2].tag], "VB"))
            continue;
        dyad_ptok t;
        uint32_t v = 0;
        dyad_ptok_init(&t, "likely", 6);
        dyad_ap_get(&p->m->tab[DYAD_TAB_WORD], dyad_word_key(&t), &v);
        dyad_ptok_word(&t, v);
        dyad_ptok *d = &p->tok[i];
        d->form = t.form;
        d->low = t.low;
        d->shape = t.shape;
        memcpy(d->pre, t.pre, sizeof d->pre);
        memcpy(d->suf, t.suf, sizeof d->suf);
        memcpy(d->clus, t.clus, sizeof d->clus);
        d->caps = t.caps;
    }
}

/* Should w (len bytes), capitalised right after the initialism prev ("U.S.", "U.K.",
 * "U.N."), be tagged as written in lower case? That form goes into low (len bytes)
 * only past the first test, which turns most words away before any copy. Archives
 * capitalise the word after an initialism whatever it is ("the U.S. Is pressing",
 * "Rohan and the U.S. Kick off talks"); capitalised, it reads as a name and the
 * clause loses its verb. A closed-class word always is; another when no name goes on
 * after it ("U.S. Trade Representative", "U.S. Court of Appeals" stay) and the model's
 * data says it is a common noun or a verb far more often than a name: unlabelled text
 * capitalises it inside a sentence under half the time, and the tagger's weights for
 * its lower-case form favour a common noun or a verb well over a proper noun ("kick",
 * "put", "officials"; not "defense" or "navy"). A word those weights say nothing of
 * ("dlrs", "diplomat") stays as written: lowering every word unlabelled text seldom
 * capitalises changed Reuters parses for the worse. */
static int S_archive_cap(dyad_parser *p, const char *prev, size_t plen, const char *w,
                         size_t len, const char *next, size_t nlen, char *low)
{
    static const char *const closed[] = {
        "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would",
        "could", "should", "must", "may", "can", "did", "does", "do", "not", "also", "to",
        "and", "or", "of", "for", "with", "by", "from", "as", "but", "that", "which", "who",
        "said", "says", "told", "in", "on", "at", NULL};
    if (plen < 4 || prev[plen - 1] != '.' || !memchr(prev, '.', plen - 1) || len < 2 ||
        w[0] < 'A' || w[0] > 'Z' || w[1] < 'a' || w[1] > 'z')
        return 0;
    for (size_t k = 0; k < len; k++)
        low[k] = (char)tolower((unsigned char)w[k]);
    if (dyad_among_lc(w, len, closed))
        return 1;
    if (next && nlen &&
        (isupper((unsigned char)next[0]) || (nlen == 2 && !strncmp(next, "of", 2))))
        return 0;
    const dyad_model *m = p->m;
    dyad_ptok t;
    uint32_t v = 0;
    dyad_ptok_init(&t, low, len);
    if (!dyad_ap_get(&m->tab[DYAD_TAB_WORD], dyad_word_key(&t), &v))
        return 0;
    dyad_ptok_word(&t, v);
    if (t.caps < 1 || t.caps > 2)
        return 0;
    int32_t proper = 0, noun = 0, verb = 0;
    uint64_t f = dyad_feat(1, t.low, 0, 0);
    dyad_ap_score(&m->tab[DYAD_TAB_TAG], &f, 1, NULL, p->scores);
    for (int k = 0; k < m->ntags; k++) {
        const char *x = m->xpos[k];
        int32_t *best = !strncmp(x, "NNP", 3) ? &proper
                        : !strncmp(x, "NN", 2) ? &noun
                        : x[0] == 'V' || !strcmp(x, "MD") ? &verb
                                                          : NULL;
        if (best && p->scores[k] > *best)
            *best = p->scores[k];
    }
    return (verb > noun ? verb : noun) >= proper + 400;
}

/* The n words as the tagger and parser see them: words itself, or p->aword with the
 * words S_archive_cap finds pointing at lower-case copies (the caller's text, which the
 * user sees, keeps its case). */
static const char *const *S_archive_words(dyad_parser *p, const char *const *words,
                                          const size_t *lens, int n)
{
    const char *const *seen = words;
    for (int i = 1; i < n; i++) {
        char *low = p->alow + (size_t)i * DYAD_ARCHIVE_LEN;
        if (!words[i - 1] || !words[i] || lens[i] >= DYAD_ARCHIVE_LEN)
            continue;
        if (!S_archive_cap(p, words[i - 1], lens[i - 1], words[i], lens[i],
                           i + 1 < n ? words[i + 1] : NULL, i + 1 < n ? lens[i + 1] : 0, low))
            continue;
        if (seen == words) {
            memcpy(p->aword, words, (size_t)n * sizeof *words);
            seen = p->aword;
        }
        p->aword[i] = low;
    }
    return seen;
}

/* The word (1-based) that should have headed the parse just made, else 0: the verb of a
 * headline's plural subject, names joined by commas or "and" right before it ("Russia,
 * Belarus expel the envoys", "Seoul, Tokyo vow to ..."), which the parser hung on one
 * of the names at the root (the names read as one phrase, the verb as its modifier), a
 * tree that coded nothing. (The coder still reads such names as one, a comma with no
 * "and" as an apposition: "Russia, Belarus expel ..." codes Russia alone.) A sentence
 * whose root a noun took from its first verb in general is not reparsed: ptb.c repairs
 * most such trees, and a parse forced through the verb lost more coordinations than it
 * mended ("Negotiations between Gondor and Rohan continued"). */
static int S_lost_root(const dyad_parser *p, const char *const *words, const size_t *lens,
                       int n)
{
    int v = 1;
    while (v < n && !S_xpos_in(p->m->xpos[p->tok[v].tag], "VBD VBZ VBP"))
        v++;
    if (v >= n || S_name_subject(p, words, lens, v) != 2)
        return 0;
    for (int i = 0; i < v; i++)
        if (p->st.head[i + 1] == 0)
            return v + 1;
    return 0;
}

/* Parse the n words p has tagged into p's arrays. */
static void S_parse_tagged(dyad_parser *p, const char *const *words, const size_t *lens, int n)
{
    S_due_to(p, words, lens, n);
    S_parse(p, n, 0);
    int root = S_lost_root(p, words, lens, n);
    if (root)
        S_parse(p, n, root);
    for (int i = 0; i < n; i++) {
        p->head[i] = p->st.head[i + 1];
        p->deprel[i] = dyad_model_label(p->m, p->st.label[i + 1]);
    }
}

/* Tag and parse the n words into p's arrays (dyad_parse_sentence, the words checked). */
static void S_tag_parse(dyad_parser *p, const char *const *words, const size_t *lens, int n,
                        int parse)
{
    const dyad_model *m = p->m;
    for (int i = 0; i < n; i++) {
        const char *w = words[i] ? words[i] : "";
        size_t len = lens[i], art = S_article_name(w, len);
        dyad_ptok_init(&p->tok[i], w + art, len - art);
        p->tok[i].noprep = !S_may_be_prep(words[i] ? words[i] : "", lens[i]);
        uint32_t v;
        if (dyad_ap_get(&m->tab[DYAD_TAB_WORD], dyad_word_key(&p->tok[i]), &v))
            dyad_ptok_word(&p->tok[i], v);
    }
    dyad_ptok_sentence(p->tok, n);
    /* "He told reporters Japan had rejected the proposal": a plural noun in lower case
     * right after a verb of telling is whom it is told, never a verb; the scores read
     * "reporters" there as VBZ in 19 of 86 "told reporters" of Reuters stories 1-3,000,
     * which made the told clause's subject its object and the teller its doer */
    static const char *const tell[] = {"told", "tell", "tells", "telling", NULL};
    for (int i = 1; i < n; i++)
        if (words[i - 1] && dyad_among_lc(words[i - 1], lens[i - 1], tell) && words[i] &&
            lens[i] > 3 && islower((unsigned char)words[i][0]) &&
            words[i][lens[i] - 1] == 's' && words[i][lens[i] - 2] != 's' && !p->tok[i].noverb)
            p->tok[i].noverb = 1;
    S_tag(p, words, lens, n);
    S_name_particles(p, words, lens, n);
    S_chinese_he(p, words, lens, n);
    S_vice_title(p, words, lens, n);
    S_after_modal(p, words, lens, n);
    S_aux_participle(p, words, lens, n, 0);
    S_aux_participle(p, words, lens, n, 1);
    S_noun_heads(p, words, lens, n);
    S_article_noun(p, words, lens, n);
    S_active_past(p, words, lens, n);
    S_plural_present(p, words, lens, n);
    S_verbless(p, words, lens, n);
    S_name_adjectives(p, words, n);
    S_crowd_demonym(p, words, lens, n);
    S_opening_plural(p, words, lens, n);
    for (int i = 0; i < n; i++) {
        p->upos[i] = m->upos[p->tok[i].tag];
        p->xpos[i] = m->xpos[p->tok[i].tag];
    }
    if (parse)
        S_parse_tagged(p, words, lens, n);
}

/* A quotation mark's side: 1 opens ("``", U+201C), 2 closes ("''", U+201D), 3 either
 * (a straight '"', as UD text writes both), 0 no mark. */
static int S_mark_side(const char *w, size_t len)
{
    if (!w)
        return 0;
    if ((len == 2 && !memcmp(w, "``", 2)) || (len == 3 && !memcmp(w, "\xe2\x80\x9c", 3)))
        return 1;
    if ((len == 2 && !memcmp(w, "''", 2)) || (len == 3 && !memcmp(w, "\xe2\x80\x9d", 3)))
        return 2;
    return len == 1 && w[0] == '"' ? 3 : 0;
}

/* Mark in mark[] the quotation marks of the fragments quoted inside a clause that open
 * its predicate (1 the opening one, 2 the closing one): "said Beijing \"is arming\"
 * Russia", "told the paper Tehran \"will pay a heavy price\"", "the unit
 * \"successfully captured\" the commander". The parser learnt quotation marks as the
 * edges of a speaker's words, and read such an opening mark as one: the quoted verb
 * lost its subject, left as the saying verb's object, and the reported clause coded
 * nothing or the wrong doer. The tagger and parser are shown the sentence without the
 * fragment's marks, as it would be read aloud. A quotation opening the sentence, or
 * after punctuation (", :", "--", a bracket) or a verb of saying ("said", "told"), is a
 * speaker's words set apart; one that opens on a noun phrase or a name ("called the raid
 * \"an act of aggression\"", "had \"frank\" talks", "the \"contra\" rebels") marks
 * a phrase's edges, which helps the parser: both keep their marks. The fragment closes
 * at the next mark, which it keeps beside a comma; one still open at the sentence's end
 * loses its opening mark only. The words are tagged (p's tags, *tagged set) when a
 * quotation may be such a fragment. Returns how many marks were set aside. */
static int S_fragment_marks(dyad_parser *p, const char *const *words, const size_t *lens,
                            int n, int *mark, int *tagged)
{
    int marks = 0, open = 0;
    for (int i = 0; i < n; i++)
        mark[i] = 0;
    for (int i = 0; i < n; i++) {
        int side = S_mark_side(words[i], lens[i]);
        if (side == 3)
            side = open ? 2 : 1;
        if (!side)
            continue;
        open = side == 1;
        const char *prev = i > 0 ? words[i - 1] : NULL;
        if (!open || !prev || !lens[i - 1] || !isalnum((unsigned char)prev[0]) ||
            dyad_say_word(prev, lens[i - 1]) || i + 1 >= n || !words[i + 1] ||
            !islower((unsigned char)words[i + 1][0]))
            continue;
        mark[i] = 1, marks++;
        int j = i + 1;
        while (j < n && !S_mark_side(words[j], lens[j]))
            j++;
        if (j < n && S_mark_side(words[j], lens[j]) != 1) {
            if (!S_is_comma(words[j - 1], lens[j - 1]) &&
                !(j + 1 < n && S_is_comma(words[j + 1], lens[j + 1])))
                mark[j] = 2, marks++;
            i = j, open = 0;
        }
    }
    if (!marks)
        return 0;
    /* a predicate opens on a finite verb, a modal, a base form or a participle, or an
     * adverb before one; not on a gerund, which after a noun is its modifier ("the
     * report \"following the raid\""), nor after a determiner ("the \"need to
     * restore\"": a noun the tagger took for a verb) */
    S_tag_parse(p, words, lens, n, 0);
    *tagged = 1;
    for (int i = 0, keep = 0; i < n; i++) {
        if (mark[i] == 1) {
            int w = i + 1;
            if (!strcmp(p->xpos[w], "RB") && w + 1 < n && !mark[w + 1])
                w++;
            keep = S_xpos_in(p->xpos[w], "VB VBD VBZ VBP VBN MD") &&
                   !S_xpos_in(p->xpos[i - 1], "DT PDT PRP$ POS WP$");
        }
        if (mark[i] && !keep)
            mark[i] = 0, marks--;
    }
    return marks;
}

/* Does an arc between words a and b (0-based) cross one of heads (1-based, 0 the root,
 * -1 none yet)? */
static int S_crosses(const int *head, int n, int a, int b)
{
    int lo = a < b ? a : b, hi = a < b ? b : a;
    for (int x = 0; x < n; x++) {
        if (head[x] <= 0)
            continue;
        int h = head[x] - 1, l = x < h ? x : h, r = x < h ? h : x;
        if ((l < lo && lo < r && r < hi) || (lo < l && l < hi && hi < r))
            return 1;
    }
    return 0;
}

/* Head (1-based) for the mark at i of the quotation of words [a, b): where UD hangs a
 * mark, on the quoted phrase's head, as far up from the word next to the mark as the
 * quotation goes without crossing an arc (the tree must stay projective); on the word
 * before the mark when nothing is quoted. */
static int S_mark_head(const int *head, int n, int i, int a, int b)
{
    if (a >= b)
        return i;
    int h = i < a ? a : b - 1;
    for (;;) {
        int up = head[h] - 1;
        if (up < a || up >= b || S_crosses(head, n, i, up))
            return h + 1;
        h = up;
    }
}

/* The sentence's n words get the results of its nk kept ones (at place[]), and the
 * marks set aside (mark[]) the tags of quotation marks and, parsed, their heads: the
 * coder and coreference read what is quoted from the marks, which stay in the tree. */
static void S_marks_back(dyad_parser *p, const char *const *words, const size_t *lens,
                         const int *mark, const int *place, int n, int nk, int parse)
{
    /* from the last word, which never moves left: nothing is overwritten unread */
    for (int k = nk - 1; k >= 0; k--) {
        int i = place[k];
        p->upos[i] = p->upos[k];
        p->xpos[i] = p->xpos[k];
        if (parse) {
            p->head[i] = p->head[k] ? place[p->head[k] - 1] + 1 : 0;
            p->deprel[i] = p->deprel[k];
        }
    }
    for (int i = 0; i < n; i++)
        if (mark[i]) {
            p->upos[i] = "PUNCT";
            p->xpos[i] = mark[i] == 1 ? "``" : "''";
            if (parse)
                p->head[i] = -1, p->deprel[i] = "punct";
        }
    if (!parse)
        return;
    for (int i = 0, a = 0; i < n; i++) {
        if (!mark[i])
            continue;
        int b = i;
        if (mark[i] == 1)
            for (a = i + 1, b = a; b < n && !S_mark_side(words[b], lens[b]);)
                b++;
        p->head[i] = S_mark_head(p->head, n, i, a, b);
    }
}

dyad_status dyad_parse_sentence(dyad_parser *p, const char *const *words,
                                const size_t *lens, int n, int parse,
                                dyad_parse_result *out)
{
    if (!p || !words || !lens || !out || n < 1)
        return DYAD_EINVAL;
    if (n > DYAD_PARSE_MAX_TOKENS)
        return DYAD_ELIMIT;
    if (S_reserve(p, n))
        return DYAD_ENOMEM;
    for (int i = 0; i < n; i++)
        if (!words[i] && lens[i])
            return DYAD_EINVAL;
    words = S_archive_words(p, words, lens, n);
    int *mark = p->kplace, *place = p->kplace + p->cap;
    int tagged = 0, marks = S_fragment_marks(p, words, lens, n, mark, &tagged);
    if (marks) {
        int nk = 0;
        for (int i = 0; i < n; i++)
            if (!mark[i]) {
                p->kword[nk] = words[i], p->klen[nk] = lens[i];
                place[nk++] = i;
            }
        S_tag_parse(p, p->kword, p->klen, nk, parse);
        S_marks_back(p, words, lens, mark, place, n, nk, parse);
    } else if (!tagged) {
        S_tag_parse(p, words, lens, n, parse);
    } else if (parse) {
        S_parse_tagged(p, words, lens, n); /* no fragment: the tags stand */
    }
    out->n = n;
    out->upos = p->upos;
    out->xpos = p->xpos;
    out->head = parse ? p->head : NULL;
    out->deprel = parse ? p->deprel : NULL;
    return DYAD_OK;
}

/* Length of the universal part of a relation ("obl" of "obl:tmod"). */
static size_t S_univ(const char *l)
{
    const char *c = strchr(l, ':');
    return c ? (size_t)(c - l) : strlen(l);
}

dyad_status dyad_parse_eval(dyad_parser *p, const dyad_conllu *gold,
                            dyad_parse_scores *out)
{
    memset(out, 0, sizeof *out);
    size_t *lens = NULL;
    int lcap = 0;
    clock_t t0 = clock();
    for (size_t k = 0; k < gold->nsent; k++) {
        const dyad_conllu_sent *g = &gold->sent[k];
        if (g->n > lcap) {
            free(lens);
            lcap = g->n * 2;
            if (!(lens = malloc((size_t)lcap * sizeof *lens)))
                return DYAD_ENOMEM;
        }
        for (int i = 0; i < g->n; i++)
            lens[i] = strlen(g->form[i]);
        dyad_parse_result r;
        dyad_status st = dyad_parse_sentence(p, g->form, lens, g->n, 1, &r);
        if (st == DYAD_ELIMIT)
            continue;
        if (st) {
            free(lens);
            return st;
        }
        out->sents++;
        for (int i = 0; i < g->n; i++) {
            out->tokens++;
            out->upos += !strcmp(r.upos[i], g->upos[i]);
            out->xpos += !strcmp(r.xpos[i], g->xpos[i]);
            if (r.head[i] != g->head[i])
                continue;
            out->uas++;
            out->las += !strcmp(r.deprel[i], g->deprel[i]);
            size_t a = S_univ(r.deprel[i]), b = S_univ(g->deprel[i]);
            out->las_univ += a == b && !memcmp(r.deprel[i], g->deprel[i], a);
        }
    }
    out->seconds = (double)(clock() - t0) / CLOCKS_PER_SEC;
    free(lens);
    return DYAD_OK;
}

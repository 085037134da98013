/*
 * modality.c — is an event asserted, planned, hypothetical, asked or denied?
 *
 * Algorithm (over Penn Treebank tags, no parser needed; see resolve.h):
 *  1. Verb group. Walk left from the event verb over what belongs to it: auxiliaries
 *     (be/have/do), modals, negation (not, n't, never, no longer), adverbs, and
 *     infinitive governors "X to V" where X is a verb, adjective or noun in the lemma
 *     table ("plans to", "is scheduled to", "refused to", "has no plans to", "urged
 *     Russia to"). Governors keep the walk going, so "did not agree to meet" is negated.
 *  2. Clause. Walk on over the subject to the clause boundary: start of sentence,
 *     punctuation, a complementiser (that / if / unless / whether), a relative pronoun,
 *     a subordinator or preposition, or another verb ("said Russia attacked"). A
 *     governing verb or adjective found there counts only through the clause table:
 *     "denied (that)" negates, "asked whether/if" makes a question, "feared / unclear
 *     whether / rumoured" make it hypothetical, reporting verbs pass the clause through.
 *     Modals or negation elsewhere in the sentence ("Officials who could not be named
 *     said Russia attacked") are never seen.
 *  3. Right context: "no" as the object's determiner ("offered no concessions"), a
 *     trailing if/unless clause (for modal, future or present verbs), a post-posed
 *     attribution (", officials said"), and whether the segment ends in "?".
 *  With a dependency parse (heads): negation and modals attached to the event verb count
 *  even when a parenthetical cuts them off ("did not, as promised, withdraw"); the
 *  verb's head stands in as governor when the walk stopped at punctuation or found no
 *  governor for "that" ("denied -- in a statement -- that ..."; never for adverbial,
 *  relative or coordinated clauses); a trailing if-clause must hang from the event verb.
 *  Heads are UD-style (auxiliaries, negation and "that"/"if" marks depend on the content
 *  verb).
 *
 * Policy (decisions where news usage is ambiguous; the fixtures show each):
 *  - question: the verb's segment ends in "?" (not a later "but will NATO respond?"
 *    clause), or "asked/wondered whether|if".
 *  - hypothetical: may, might, could, can, should, must, ought; would, unless it reports
 *    speech without a condition ("said it would visit" and "would visit, officials
 *    said" are planned; "said allies would invite Kyiv when/once/if ..." is not);
 *    if/unless/whether clauses (also "should" before its subject: "should the talks
 *    fail") and the main clause of a conditional (not an attribution closing it: in "If
 *    Japan wants ties, Tokyo must act, the minister said" the saying is asserted);
 *    possibly, perhaps, probably; wishes and attempts (wants, hopes, seeks, is looking
 *    to, tries, offers, threatens, urges X to, is likely to, is believed/rumoured/
 *    suspected to; difficult, hard, easy or impossible to; close to -ing: "are close to
 *    reaching a deal"; a purpose: is designed / meant to); the doer's own wish or offer
 *    of a cooperative act states an intent (dyad_stated_intent), and so does the
 *    speaker's own duty ("'We must deepen our ties with India,' X said");
 *    "considering, mulling, proposed" + -ing; a gerund that is the subject of a clause
 *    under a modal ("said attacking Iran would be a mistake"); clauses under "fear(ed),
 *    unclear, speculation, believe, doubt", and a forecast's "optimistic, pessimistic,
 *    confident, hopeful" ("pessimistic that the funding will be approved") (not a doubt
 *    ruled out: "there is little doubt that", "did not doubt that" pass the clause on
 *    as reported), also under a noun of rumour or fear past an adjunct or as the
 *    subject of the verb before "that" ("there were rumours in the markets on Tuesday
 *    that", "speculation grew that") or a report its writer doubts ("unconfirmed
 *    reports that"), or under a negated "confirm" or "verify" ("did not confirm that",
 *    "declined to confirm reports that", "neither confirmed nor denied that", "declined
 *    to confirm or deny"), under "not clear that" and "no / little evidence (sign,
 *    indication) that"; the condition of an act yet to come ("will halt the strikes as
 *    soon as Hezbollah stops", "once", "until", "would only lift it after X withdrew"),
 *    also of the adjective after "would be" ("would be ready to ease the measures once
 *    Tokyo opened its market"); an invitation ("the invitation to Xi to visit").
 *    A threat is itself an asserted event (CAMEO 13x, verb "threatened"); only the
 *    threatened act ("threatened to attack": verb attack) is hypothetical.
 *  - negated: not/n't/never/no longer on the verb or its auxiliaries, "refused /
 *    declined / failed / is unable to", "has yet to", "too early / weak to", "no plans
 *    to", "denied (that | -ing)", a report its speaker calls false ("said reports that
 *    it had seized the ship were baseless", "claims that ... are not true"), "rejected
 *    calls to", "defeated a move to" (a move to is the act itself: "moved to tighten"
 *    is asserted), "refrained from / without / instead of / stopped short of -ing",
 *    "no" as object determiner, "no" or "none" opening the subject ("none of the ships
 *    were attacked"), "ended / concluded (the talks) without" an agreement. "could
 *    not / cannot / will not" are negated; "may not, might not, should not, must not"
 *    stay hypothetical. Double negation cancels.
 *  - planned: will, shall, 'll, "is to", "is going to", "is about to", "plans / intends
 *    / aims / agreed / promised / pledged / vowed / decided / voted / ordered to",
 *    "is scheduled / set / due / expected / poised to", "is due / expected in" a place,
 *    a headline's or lead's "X to V" with no finite verb ("Kishida to visit Canberra
 *    next week"), a present tense in a clause of time (when, after, before, once, as
 *    soon as) on a planned act ("will raise the chip curbs when he visits Washington");
 *    such a time set in the past with a "but" after the verb was not kept: negated
 *    ("were due to sign a deal in Hanoi, but the summit ended early"); a present tense
 *    whose own time is after the article's ("leaves for Washington next week"), decided
 *    with the date (date.c).
 *  - "began / managed / continued / was forced / was compelled to V" give V their own
 *    modality: "may be forced to cut imports" is hypothetical, "was forced to" asserted.
 *  - asserted: everything else, including "reportedly", "allegedly", "said to",
 *    "claimed/alleged that", "there were reports that": attribution is not modality.
 *  - a gerund of means takes its governor's modality when it has none of its own: "may
 *    tease the U.S. by defying it", "will respond by imposing tariffs"; so does an
 *    infinitive of purpose ("could intervene in the market to support the peso") and a
 *    gerund right after its verb ("will begin meeting", "will keep shelling").
 *  A noun governs an infinitive also across a prepositional phrase ("calls in Congress to
 *  impose sanctions": hypothetical).
 *  Precedence: question > hypothetical > negated > planned > asserted.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "resolve/resolve.h"
#include "util/util.h"

/* ---------------------------------------------------------------- word tables */

/* Function words, matched exactly. */
enum {
    F_NEG = 1u << 0,     /* not, n't, never */
    F_FUT = 1u << 1,     /* will, shall */
    F_WOULD = 1u << 2,
    F_WEAK = 1u << 3,    /* may, might, could, can, should, must, ought */
    F_SOFTNEG = 1u << 4, /* weak modals whose negation stays hypothetical */
    F_BE = 1u << 5,
    F_HAVE = 1u << 6,
    F_DO = 1u << 7,
    F_PASTAUX = 1u << 8, /* did, had, was, were: past tense */
    F_SPEC = 1u << 9,    /* possibly, perhaps ... */
    F_COND = 1u << 10,   /* if, unless */
    F_WHETHER = 1u << 11,
    F_SUB = 1u << 12     /* subordinators */
};

/* Lemmas, matched after stripping inflections: how each governs an event verb. */
enum {
    T_PLAN = 1u << 0, /* X to V: planned */
    T_HYP = 1u << 1,  /* X to V: hypothetical */
    T_NEG = 1u << 2,  /* X to V: negated */
    T_PASS = 1u << 3, /* X to V: as X itself ("began to", "managed to") */
    G_NEG = 1u << 4,  /* X V-ing / X from V-ing: negated */
    G_HYP = 1u << 5,  /* X V-ing / X of V-ing: hypothetical */
    C_NEG = 1u << 6,  /* X (that) clause: negated */
    C_Q = 1u << 7,    /* X whether/if clause: question */
    C_HYP = 1u << 8,  /* X (that) clause: hypothetical */
    C_REP = 1u << 9,  /* reporting verb: clause passes through, "would" reports plans */
    E_END = 1u << 10, /* X without NP: negated ("ended without an agreement") */
    W_WISH = 1u << 11, /* with T_HYP: the doer's own wish or offer, an intent stated now */
    T_SCHED = 1u << 12, /* with T_PLAN: a time set for it ("was due / scheduled to") */
    C_CONF = 1u << 13   /* X (that) clause: as told, but hypothetical when X is negated */
};
#define T_ANY (T_PLAN | T_HYP | T_NEG | T_PASS)

typedef struct S_entry {
    const char *w;
    uint32_t f;
} S_entry;

/* Both tables are sorted by strcmp (checked by dyad_rs_tables_ok in the tests). */
static const S_entry S_func[] = {
    {"'d", F_WOULD},
    {"'ll", F_FUT},
    {"'m", F_BE},
    {"'re", F_BE},
    {"'s", F_BE},
    {"'ve", F_HAVE},
    {"after", F_SUB},
    {"although", F_SUB},
    {"am", F_BE},
    {"are", F_BE},
    {"as", F_SUB},
    {"be", F_BE},
    {"because", F_SUB},
    {"been", F_BE},
    {"before", F_SUB},
    {"being", F_BE},
    {"ca", F_WEAK},
    {"can", F_WEAK},
    {"cannot", F_WEAK|F_NEG},
    {"conceivably", F_SPEC},
    {"could", F_WEAK},
    {"did", F_DO|F_PASTAUX},
    {"do", F_DO},
    {"does", F_DO},
    {"had", F_HAVE|F_PASTAUX},
    {"has", F_HAVE},
    {"have", F_HAVE},
    {"having", F_HAVE},
    {"if", F_COND},
    {"is", F_BE},
    {"may", F_WEAK|F_SOFTNEG},
    {"maybe", F_SPEC},
    {"might", F_WEAK|F_SOFTNEG},
    {"must", F_WEAK|F_SOFTNEG},
    {"n't", F_NEG},
    {"never", F_NEG},
    {"not", F_NEG},
    {"once", F_SUB},
    {"ought", F_WEAK|F_SOFTNEG},
    {"perhaps", F_SPEC},
    {"possibly", F_SPEC},
    {"potentially", F_SPEC},
    {"probably", F_SPEC},
    {"shall", F_FUT},
    {"should", F_WEAK|F_SOFTNEG},
    {"since", F_SUB},
    {"supposedly", F_SPEC},
    {"though", F_SUB},
    {"unless", F_COND},
    {"until", F_SUB},
    {"was", F_BE|F_PASTAUX},
    {"were", F_BE|F_PASTAUX},
    {"when", F_SUB},
    {"whereas", F_SUB},
    {"whether", F_WHETHER},
    {"while", F_SUB},
    {"will", F_FUT},
    {"wo", F_FUT},
    {"would", F_WOULD},
};

static const S_entry S_lex[] = {
    {"able", T_PASS},
    {"about", T_PLAN},
    {"accuse", T_PASS},
    {"acknowledge", C_REP},
    {"add", C_REP},
    {"adjourn", E_END},
    {"admit", C_REP},
    {"advise", T_HYP},
    {"advocate", G_HYP},
    {"afraid", C_HYP},
    {"agree", T_PLAN|C_REP},
    {"aim", T_PLAN},
    {"allege", C_REP},
    {"announce", C_REP},
    {"appeal", T_HYP},
    {"appear", T_HYP},
    {"argue", C_REP},
    {"arrange", T_PLAN},
    {"ask", T_HYP|C_Q},
    {"assert", C_REP},
    {"attempt", T_HYP},
    {"avoid", G_NEG},
    {"ban", G_NEG},
    {"bar", G_NEG},
    {"begin", T_PASS},
    {"believe", T_HYP|C_HYP},
    {"bid", T_HYP},
    {"block", G_NEG},
    {"call", T_HYP},
    {"capable", G_HYP},
    {"claim", C_REP},
    {"clear", C_CONF},
    {"close", E_END|T_HYP},
    {"compel", T_PASS},
    {"conclude", E_END},
    {"confident", C_HYP},
    {"confirm", C_CONF|C_REP}, /* reports: "confirmed that they would ask" plans */
    {"consider", G_HYP},
    {"contemplate", G_HYP},
    {"continue", T_PASS},
    {"crucial", T_HYP},
    {"decide", T_PLAN},
    {"decision", T_PLAN},
    {"declare", C_REP},
    {"decline", T_NEG},
    {"defeat", G_NEG},
    {"demand", T_HYP|C_HYP},
    {"denial", C_NEG},
    {"deny", G_NEG|C_NEG},
    {"design", T_HYP},
    {"deter", G_NEG},
    {"difficult", T_HYP},
    {"dismiss", C_NEG},
    {"doubt", C_HYP},
    {"due", T_PLAN|T_SCHED},
    {"eager", T_HYP|W_WISH},
    {"easy", T_HYP},
    {"effort", T_HYP},
    {"emphasise", C_REP},
    {"emphasize", C_REP},
    {"encourage", T_HYP},
    {"end", E_END},
    {"essential", T_HYP},
    {"expect", T_PLAN|T_SCHED},
    {"explain", C_REP},
    {"explore", G_HYP},
    {"fail", T_NEG},
    {"fear", C_HYP},
    {"feasible", T_HYP},
    {"finish", E_END},
    {"force", T_PASS},
    {"forecast", C_HYP},
    {"go", T_PLAN},
    {"going", T_PLAN},
    {"happen", T_PASS},
    {"hard", T_HYP},
    {"help", T_PASS},
    {"hesitate", T_NEG},
    {"hope", T_HYP|C_HYP|W_WISH},
    {"hopeful", C_HYP},
    {"idea", G_HYP},
    {"imperative", T_HYP},
    {"important", T_HYP},
    {"impossible", T_HYP},
    {"indicate", C_REP},
    {"insist", C_REP},
    {"intend", T_PLAN},
    {"intention", T_PLAN},
    {"invitation", T_HYP},
    {"invite", T_HYP},
    {"keen", T_HYP|W_WISH},
    {"known", T_PASS},
    {"learn", C_REP},
    {"likely", T_HYP|C_HYP},
    {"look", T_HYP|W_WISH},
    {"manage", T_PASS},
    {"meant", T_HYP},
    {"move", T_PASS},
    {"mull", G_HYP},
    {"necessary", T_HYP},
    {"need", T_HYP},
    {"note", C_REP},
    {"offer", T_HYP|W_WISH},
    {"optimistic", C_HYP},
    {"order", T_PLAN},
    {"pessimistic", C_HYP},
    {"plan", T_PLAN},
    {"pledge", T_PLAN|C_REP},
    {"plot", T_HYP},
    {"poised", T_PLAN|T_SCHED},
    {"possibility", G_HYP|C_HYP},
    {"possible", C_HYP},
    {"predict", C_HYP},
    {"prepare", T_PLAN},
    /* "is prepared to talk": readiness, a wish as "ready" is, where "preparing to" plans */
    {"prepared", T_HYP|W_WISH},
    {"press", T_HYP},
    {"prevent", G_NEG},
    {"probable", C_HYP},
    {"prohibit", G_NEG},
    {"promise", T_PLAN|C_REP},
    {"proposal", T_HYP},
    {"propose", T_HYP|G_HYP},
    {"prospect", G_HYP},
    {"push", T_HYP},
    {"query", C_Q},
    {"question", C_Q},
    {"ready", T_HYP|W_WISH},
    {"reaffirm", C_REP},
    {"refrain", G_NEG},
    {"refuse", T_NEG|G_NEG},
    {"refute", C_NEG},
    {"reiterate", C_REP},
    {"reject", C_NEG|G_NEG},
    {"reluctant", T_HYP},
    {"repeat", C_REP},
    {"report", C_REP},
    {"request", T_HYP},
    {"resist", G_NEG},
    {"reveal", C_REP},
    {"rule", G_NEG},
    {"rumor", T_HYP|C_HYP},
    {"rumour", T_HYP|C_HYP},
    {"said", C_REP},
    {"say", C_REP},
    {"schedule", T_PLAN|T_SCHED},
    {"scheduled", T_PLAN|T_SCHED},
    {"see", C_REP},
    {"seek", T_HYP|W_WISH},
    {"seem", T_HYP},
    {"set", T_PLAN|T_SCHED},
    {"slate", T_PLAN|T_SCHED},
    {"sought", T_HYP},
    {"speculate", C_HYP},
    {"speculation", C_HYP},
    {"start", T_PASS},
    {"state", C_REP},
    {"stop", G_NEG},
    {"stress", C_REP},
    {"struggle", T_HYP},
    {"suggest", C_HYP|G_HYP},
    {"suppose", T_HYP|C_HYP},
    {"suspect", T_HYP|G_HYP|C_HYP},
    {"talk", G_HYP},
    {"tell", T_HYP|C_REP},
    {"tend", T_PASS},
    {"think", T_HYP|G_HYP|C_HYP},
    {"thought", T_HYP|C_HYP},
    {"threat", T_HYP|G_HYP},
    {"threaten", T_HYP|G_HYP|C_HYP},
    {"told", T_HYP|C_REP},
    {"try", T_HYP},
    {"tweet", C_REP},
    {"unable", T_NEG},
    {"uncertain", C_HYP},
    {"unclear", C_HYP},
    {"unknown", C_HYP},
    {"unlikely", T_HYP|C_HYP},
    {"unwilling", T_NEG},
    {"urge", T_HYP},
    {"urgent", T_HYP},
    {"use", T_PASS},
    {"verify", C_CONF|C_REP},
    {"vital", T_HYP},
    {"vote", T_PLAN},
    {"vow", T_PLAN|C_REP},
    {"want", T_HYP|W_WISH},
    {"warn", T_HYP|C_HYP},
    {"weigh", G_HYP},
    {"willing", T_HYP|W_WISH},
    {"wish", T_HYP|C_HYP|W_WISH},
    {"wonder", C_Q},
    {"worry", C_HYP},
    {"wrap", E_END},
    {"write", C_REP},
    {"wrote", C_REP},
    {"yet", T_NEG},
};

#define S_N(a) (sizeof(a) / sizeof((a)[0]))

static uint32_t S_find(const S_entry *t, size_t n, const char *w)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(w, t[mid].w);
        if (c == 0)
            return t[mid].f;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return 0;
}

int dyad_rs_tables_ok(void)
{
    for (size_t i = 1; i < S_N(S_func); i++)
        if (strcmp(S_func[i - 1].w, S_func[i].w) >= 0)
            return 0;
    for (size_t i = 1; i < S_N(S_lex); i++)
        if (strcmp(S_lex[i - 1].w, S_lex[i].w) >= 0)
            return 0;
    return 1;
}

/* ---------------------------------------------------------------- token access */

int dyad_rs_word(const dyad_tagged *s, int i, char *buf)
{
    if (i < 0 || i >= s->ntok)
        return 0;
    dyad_span sp = s->tok[i];
    if (sp.len == 0 || sp.off > s->text_len || sp.len > s->text_len - sp.off)
        return 0;
    const unsigned char *p = (const unsigned char *)s->text + sp.off;
    int n = 0;
    for (uint32_t k = 0; k < sp.len; k++) {
        unsigned c = p[k];
        if (c == 0xE2 && k + 2 < sp.len && p[k + 1] == 0x80 &&
            (p[k + 2] == 0x99 || p[k + 2] == 0x98)) { /* curly apostrophes */
            c = '\'';
            k += 2;
        }
        if (n >= DYAD_RS_WORD_MAX)
            return 0;
        buf[n++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    buf[n] = 0;
    return n;
}

const char *dyad_rs_tag(const dyad_tagged *s, int i)
{
    if (i < 0 || i >= s->ntok || !s->tag || !s->tag[i])
        return "";
    return s->tag[i];
}

int dyad_rs_tag_is(const dyad_tagged *s, int i, const char *prefix)
{
    const char *t = dyad_rs_tag(s, i);
    return strncmp(t, prefix, strlen(prefix)) == 0;
}

int dyad_rs_is(const dyad_tagged *s, int i, const char *w)
{
    /* compared in place: most calls fail on the length */
    if (i < 0 || i >= s->ntok)
        return 0;
    dyad_span sp = s->tok[i];
    size_t n = strlen(w);
    if (sp.len != n || sp.off > s->text_len || sp.len > s->text_len - sp.off) {
        if (sp.len == n + 2 && strchr(w, '\'')) { /* a curly apostrophe: n’t */
            char b[DYAD_RS_WORD_MAX + 1];
            return dyad_rs_word(s, i, b) > 0 && strcmp(b, w) == 0;
        }
        return 0;
    }
    const char *p = s->text + sp.off;
    for (size_t k = 0; k < n; k++) {
        char c = p[k];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c != w[k])
            return 0;
    }
    return n > 0;
}

static uint32_t S_fw(const dyad_tagged *s, int i)
{
    char b[DYAD_RS_WORD_MAX + 1];
    return dyad_rs_word(s, i, b) ? S_find(S_func, S_N(S_func), b) : 0;
}

/* Lemma flags of token i: the word itself, then with -s, -es, -ies, -ed, -d, -ied,
 * -ing (plus e) or a doubled consonant stripped ("planned", "planning"). */
static uint32_t S_lx(const dyad_tagged *s, int i)
{
    char b[DYAD_RS_WORD_MAX + 3];
    int n = dyad_rs_word(s, i, b);
    if (!n)
        return 0;
    uint32_t f = S_find(S_lex, S_N(S_lex), b);
    if (f)
        return f;
    static const struct { const char *suf, *add; } rules[] = {
        {"ies", "y"}, {"ied", "y"}, {"es", ""}, {"s", ""}, {"ed", ""}, {"ed", "e"},
        {"ing", ""}, {"ing", "e"},
    };
    for (size_t r = 0; r < S_N(rules); r++) {
        int ls = (int)strlen(rules[r].suf);
        if (n <= ls + 1 || strcmp(b + n - ls, rules[r].suf) != 0)
            continue;
        char c[DYAD_RS_WORD_MAX + 3];
        memcpy(c, b, (size_t)(n - ls));
        strcpy(c + n - ls, rules[r].add);
        if ((f = S_find(S_lex, S_N(S_lex), c)) != 0)
            return f;
        int m = n - ls; /* planned -> plan, planning -> plan */
        if (!*rules[r].add && m >= 3 && c[m - 1] == c[m - 2]) {
            c[m - 1] = 0;
            if ((f = S_find(S_lex, S_N(S_lex), c)) != 0)
                return f;
        }
    }
    return 0;
}

int dyad_rs_tag_eq(const dyad_tagged *s, int i, const char *t)
{
    return strcmp(dyad_rs_tag(s, i), t) == 0;
}

static int S_is_verb(const dyad_tagged *s, int i)
{
    return dyad_rs_tag_is(s, i, "VB") || dyad_rs_tag_eq(s, i, "MD");
}

static int S_is_adv(const dyad_tagged *s, int i)
{
    return dyad_rs_tag_is(s, i, "RB");
}

/* Clause-breaking punctuation, by tag or by text (tags differ between tag sets). */
static int S_is_punct(const dyad_tagged *s, int i)
{
    static const char *const p[] = {",", ":", ";", ".", "``", "''", "-LRB-", "-RRB-",
                                    "(", ")", "--", "\"", "?", "!", "HYPH", "NFP", NULL};
    if (i < 0 || i >= s->ntok)
        return 0;
    const char *t = dyad_rs_tag(s, i);
    int word_tag = t[0] >= 'A' && t[0] <= 'Z' && strcmp(t, "HYPH") && strcmp(t, "NFP");
    if (!word_tag && dyad_among(t, p))
        return 1;
    if (s->tok[i].len != 1 || s->tok[i].off >= s->text_len)
        return 0;
    return strchr(",;:.?!\"()", s->text[s->tok[i].off]) != NULL;
}

static int S_is_end(const dyad_tagged *s, int i)
{
    if (i < 0 || i >= s->ntok || s->tok[i].len != 1 || s->tok[i].off >= s->text_len)
        return 0;
    char c = s->text[s->tok[i].off];
    return c && strchr(".?!;", c) != NULL;
}

/* Words that may stand in a noun phrase between a verb and what follows it. */
static int S_is_np(const dyad_tagged *s, int i)
{
    static const char *const p[] = {"NN", "PRP", "DT", "JJ", "CD", "POS", "PDT"};
    for (size_t k = 0; k < S_N(p); k++)
        if (dyad_rs_tag_is(s, i, p[k]))
            return 1;
    return dyad_rs_is(s, i, "of");
}

/* An auxiliary: a form of be/have/do or a modal, tagged as a verb (not "'s" POS). */
static int S_is_aux(const dyad_tagged *s, int i)
{
    uint32_t f = S_fw(s, i);
    if (dyad_rs_tag_eq(s, i, "MD"))
        return 1;
    return (f & (F_BE | F_HAVE | F_DO)) && dyad_rs_tag_is(s, i, "VB");
}

int dyad_rs_is_main_verb(const dyad_tagged *s, int i)
{
    if (!dyad_rs_tag_is(s, i, "VB"))
        return 0;
    if (!S_is_aux(s, i) && !dyad_rs_is(s, i, "going"))
        return 1;
    /* an auxiliary when a verb or "to" follows within its group */
    for (int j = i + 1; j < s->ntok && j <= i + 4; j++) {
        if (dyad_rs_tag_is(s, j, "VB") || dyad_rs_tag_eq(s, j, "TO") || dyad_rs_tag_eq(s, j, "MD"))
            return 0;
        if (!(S_is_adv(s, j) || (S_fw(s, j) & F_NEG)))
            break;
    }
    return 1;
}

int dyad_rs_that_kind(const dyad_tagged *s, int i)
{
    static const char *const comp_next[] = {"DT", "PRP", "NNP", "CD", "EX", "NNS", "PDT"};
    if (!dyad_rs_is(s, i, "that"))
        return 0;
    if (S_is_verb(s, i + 1) || S_is_adv(s, i + 1))
        return 2; /* "the militants that attacked" */
    for (size_t k = 0; k < S_N(comp_next); k++)
        if (dyad_rs_tag_is(s, i + 1, comp_next[k]))
            return 1; /* "said that the police", "that Canada would" */
    if (dyad_rs_tag_eq(s, i, "IN"))
        return 1;
    return dyad_rs_tag_eq(s, i, "WDT") ? 2 : 0;
}

/* ---------------------------------------------------------------- analysis */

typedef struct S_st {
    int neg, fut, would, weak, softneg, plan, hyp, q, cond, spec, rep, inv;
    int wish;     /* hypothetical only as the doer's wish ("seeks to", "offered to") */
    int sched;    /* planned for a time set ("is due to", "was scheduled to") */
    int repgov;   /* a reporting verb governing the clause, or -1 */
    int govfound; /* the clause walk found its governor */
    int open;     /* ... or stopped at punctuation or a governor-less "that": a parse may
                     know better */
    int top;      /* leftmost verb or modal of the group: its tag gives the tense */
} S_st;

static void S_modal(S_st *st, const dyad_tagged *s, int i)
{
    uint32_t f = S_fw(s, i);
    if (f & F_NEG)
        st->neg++;
    if (f & F_FUT)
        st->fut = 1;
    if (f & F_WOULD)
        st->would = 1;
    if (f & F_WEAK) {
        st->weak = 1;
        if (f & F_SOFTNEG)
            st->softneg = 1;
    }
    st->top = i;
}

static void S_apply_to(S_st *st, uint32_t f)
{
    if (f & T_PLAN)
        st->plan = 1;
    else if ((f & T_HYP) && (f & W_WISH))
        st->wish = 1;
    else if (f & T_HYP)
        st->hyp = 1;
    else if (f & T_NEG)
        st->neg++;
}

/* The "to" of an infinitive before conjunction cc that joins a second one to it
 * ("unable to meet Reagan or to provide aid", "agreed to cut tariffs and to open its
 * market"), within its clause: no finite verb or clause-ending mark between; -1 if
 * none. */
static int S_joined_infinitive(const dyad_tagged *s, int cc)
{
    for (int k = cc - 1; k > 0 && k >= cc - 15; k--) {
        if ((S_is_punct(s, k) && !dyad_rs_is(s, k, ",")) || dyad_rs_tag_eq(s, k, "VBD") ||
            dyad_rs_tag_eq(s, k, "VBZ") || dyad_rs_tag_eq(s, k, "VBP") ||
            dyad_rs_tag_eq(s, k, "MD"))
            return -1;
        if ((dyad_rs_tag_eq(s, k, "TO") || dyad_rs_is(s, k, "to")) &&
            dyad_rs_tag_eq(s, k + 1, "VB"))
            return k;
    }
    return -1;
}

/* The "either" that alternative cc ("or") closes, within its clause (no punctuation
 * between), or -1: an alternative may be long ("either Japan can spend more on defence
 * by itself or give money to the U.S."), and the modal before the first is the second's
 * too. */
static int S_either(const dyad_tagged *s, int cc)
{
    if (!dyad_rs_is(s, cc, "or"))
        return -1;
    for (int k = cc - 1; k >= 0 && k >= cc - 30 && !S_is_punct(s, k); k--)
        if (dyad_rs_is(s, k, "either"))
            return k;
    return -1;
}

/* Skip adverbs leftward from i (counting negation); returns the first other token.
 * Adverbs that govern an infinitive ("about to", "yet to") are not skipped. */
static int S_skip_adv_left(S_st *st, const dyad_tagged *s, int i)
{
    while (i >= 0 && (S_is_adv(s, i) || (S_fw(s, i) & F_NEG)) && !(S_lx(s, i) & T_ANY)) {
        if (S_fw(s, i) & F_NEG)
            st->neg++;
        i--;
    }
    return i;
}

/* Step 1: the verb group. Returns its first token; *gov / *gov_to report a verb that
 * governs an infinitive without belonging to the group ("met to discuss"). */
static int S_group(S_st *st, const dyad_tagged *s, int v, int *gov, int *gov_to)
{
    int lo = v, i = v - 1;
    st->top = v;
    while (i >= 0) {
        uint32_t f = S_fw(s, i);
        if (dyad_rs_is(s, i, "longer") && dyad_rs_is(s, i - 1, "no")) {
            st->neg++;
            lo = i - 1;
            i -= 2;
            continue;
        }
        if (f & F_NEG) {
            if (f & F_WEAK)
                S_modal(st, s, i);
            else
                st->neg++;
            lo = i--;
            continue;
        }
        if (dyad_rs_tag_eq(s, i, "MD") || (f & (F_FUT | F_WOULD | F_WEAK))) {
            if (!dyad_rs_tag_eq(s, i, "MD") && !dyad_rs_tag_is(s, i, "VB") && s->tag && s->tag[i])
                break; /* "can" as a noun, "will" as a noun */
            S_modal(st, s, i);
            lo = i--;
            continue;
        }
        if (S_is_aux(s, i)) {
            st->top = i;
            lo = i--;
            continue;
        }
        if (S_is_adv(s, i)) {
            if (f & F_SPEC)
                st->spec = 1;
            lo = i--;
            continue;
        }
        if (dyad_rs_tag_eq(s, i, "TO") || dyad_rs_is(s, i, "to")) {
            if (dyad_rs_is(s, i - 2, "too") &&
                (dyad_rs_tag_is(s, i - 1, "JJ") || S_is_adv(s, i - 1))) {
                st->neg++; /* "it was too early to lift sanctions": not lifted */
                lo = i - 2;
                i -= 3;
                continue;
            }
            int g = S_skip_adv_left(st, s, i - 1);
            if (g < 0)
                return i;
            /* a second infinitive shares the first one's governor: "was unable to meet
             * Reagan or to provide aid" provides none */
            int first = dyad_rs_tag_is(s, g, "CC") ? S_joined_infinitive(s, g) : -1;
            if (first >= 0) {
                lo = i = first;
                continue;
            }
            uint32_t gf = S_fw(s, g), lf = S_lx(s, g);
            if (dyad_rs_is(s, g, "yet")) { /* "has yet to" */
                st->neg++;
                lo = g;
                i = g - 1;
                continue;
            }
            if ((gf & F_BE) && dyad_rs_tag_is(s, g, "VB")) { /* "is to meet" */
                int adj = 1; /* not "was first to share" */
                for (int k = g + 1; k < i; k++)
                    if (!(S_fw(s, k) & F_NEG))
                        adj = 0;
                st->plan |= adj;
                st->top = g;
                lo = g;
                i = g - 1;
                continue;
            }
            if ((gf & F_WEAK) && dyad_rs_is(s, g, "ought")) { /* "ought to", a modal
                                                                the tagger may call a verb */
                S_modal(st, s, g);
                lo = g;
                i = g - 1;
                continue;
            }
            if ((gf & F_HAVE) && dyad_rs_tag_is(s, g, "VB")) { /* "has to" */
                st->hyp = 1;
                st->top = g;
                lo = g;
                i = g - 1;
                continue;
            }
            if (lf & T_ANY) {
                lo = g;
                if (dyad_rs_tag_is(s, g, "NN")) {
                    /* a noun governs: "has no plans to", "rejected calls to" */
                    int k = g - 1;
                    while (k >= 0 && (dyad_rs_tag_is(s, k, "DT") || dyad_rs_tag_is(s, k, "JJ") ||
                                      dyad_rs_tag_is(s, k, "PRP$"))) {
                        if (dyad_rs_is(s, k, "no"))
                            st->neg++;
                        k--;
                    }
                    if (k >= 0 && S_is_verb(s, k) && (S_lx(s, k) & (C_NEG | G_NEG)) &&
                        !S_is_aux(s, k)) {
                        st->neg++; /* the call was rejected: the act is negated */
                        st->top = k;
                        return k;
                    }
                    S_apply_to(st, lf);
                    if (k >= 0 && S_is_aux(s, k)) {
                        lo = k;
                        i = k;
                        continue;
                    }
                    return lo;
                }
                S_apply_to(st, lf);
                st->sched |= (lf & T_SCHED) != 0; /* its own time, not "expected X to" */
                if (S_is_verb(s, g))
                    st->top = g;
                i = g - 1;
                continue;
            }
            if (S_is_verb(s, g)) { /* purpose: "met to discuss" */
                *gov = g;
                *gov_to = 1;
                return i;
            }
            if (S_is_np(s, g)) { /* object control: "urged Russia to withdraw", also of
                                  * parties joined by "and" ("time for Israel and Hamas
                                  * to agree") */
                int k = g, steps = 0;
                while (k >= 0 && steps < 8 && (S_is_np(s, k) || dyad_rs_is(s, k, "and")) &&
                       !S_is_verb(s, k)) {
                    k--;
                    steps++;
                }
                if ((dyad_rs_is(s, k, "on") || dyad_rs_is(s, k, "upon")) && S_is_verb(s, k - 1))
                    k--; /* "called on Moscow to" */
                /* "calls in Congress to impose", "an invitation to Xi to visit", "it is
                 * necessary for Russia to withdraw", "time for Russia to withdraw" (not
                 * a time without "for": "voted three times to cut" plans the cut) */
                int is_for = dyad_rs_is(s, k, "for");
                uint32_t nf = is_for && dyad_rs_is(s, k - 1, "time") ? T_HYP : S_lx(s, k - 1);
                if ((dyad_rs_tag_is(s, k, "IN") || dyad_rs_tag_eq(s, k, "TO")) &&
                    (dyad_rs_tag_is(s, k - 1, "NN") ||
                     (is_for && dyad_rs_tag_is(s, k - 1, "JJ"))) &&
                    (nf & T_ANY)) {
                    S_apply_to(st, nf);
                    return k - 1;
                }
                if (k >= 0 && S_is_verb(s, k)) {
                    uint32_t kf = S_lx(s, k);
                    if (kf & T_ANY) {
                        S_apply_to(st, kf);
                        st->top = k;
                        lo = k;
                        i = k - 1;
                        continue;
                    }
                    *gov = k;
                    *gov_to = 1;
                }
            }
            return i;
        }
        /* a shared auxiliary over coordinated verbs: "will meet Putin and sign a deal",
         * "is selling and/or sending weapons" */
        if ((dyad_rs_is(s, i, "and") || dyad_rs_is(s, i, "or") ||
             dyad_rs_is(s, i, "and/or")) && lo == v &&
            (dyad_rs_tag_eq(s, v, "VB") || dyad_rs_tag_eq(s, v, "VBN") || dyad_rs_tag_eq(s, v, "VBG"))) {
            int k = i - 1, either = S_either(s, i), lim = either >= 0 ? either : i - 8;
            while (k >= 0 && k >= lim && !S_is_punct(s, k) && !dyad_rs_tag_eq(s, k, "TO") &&
                   !(S_is_verb(s, k) && strcmp(dyad_rs_tag(s, k), dyad_rs_tag(s, v)) == 0))
                k--;
            if (k >= 0 && k >= lim && S_is_verb(s, k) &&
                strcmp(dyad_rs_tag(s, k), dyad_rs_tag(s, v)) == 0) {
                lo = k;
                i = k - 1 == either ? k - 2 : k - 1; /* "can either spend ... or give" */
                continue;
            }
        }
        break;
    }
    return lo;
}

/* Is the word at d one of words ruled out by a determiner or negation before it: "there
 * is (little | no | no longer any) doubt that", "without a doubt", "beyond doubt", "did
 * not doubt that", "never doubted", "there was no evidence that"? Determiners,
 * adjectives, adverbs and auxiliaries may stand between. */
static int S_ruled_out(const dyad_tagged *s, int d, const char *const *words)
{
    static const char *const none[] = {"no", "little", "without", "beyond", NULL};
    char b[DYAD_RS_WORD_MAX + 1];
    if (!dyad_rs_word(s, d, b) || !dyad_among(b, words))
        return 0;
    for (int k = d - 1; k >= 0 && k > d - 6; k--) {
        if ((S_fw(s, k) & F_NEG) || (dyad_rs_word(s, k, b) && dyad_among(b, none)))
            return 1;
        if (!(dyad_rs_tag_is(s, k, "DT") || dyad_rs_tag_is(s, k, "JJ") || S_is_adv(s, k) ||
              S_is_aux(s, k)))
            return 0;
    }
    return 0;
}

/* Is the word at d a doubt that is ruled out? The speaker then tells the clause as
 * sure, not as in question: a report, not a hypothesis. */
static int S_doubt_ruled_out(const dyad_tagged *s, int d)
{
    static const char *const doubt[] = {"doubt", "doubts", "doubted", NULL};
    return S_ruled_out(s, d, doubt);
}

/* The clause class token k lends a clause of "that" it does not govern itself: a noun
 * of rumour, fear or doubt before a time or place adjunct or as the subject of the
 * governing verb ("there were rumours in the markets on Tuesday that", "rumours
 * circulated in Kabul that", "speculation grew that"), or a word that doubts the report
 * it qualifies ("there were unconfirmed reports that"); 0 for any other word. A
 * report is a fact as it tells it; only rumour, doubt or denial makes it less. */
static uint32_t S_mood_word(const dyad_tagged *s, int k)
{
    static const char *const doubt[] = {"unconfirmed", "unverified",  "unsubstantiated",
                                        "uncorroborated", "unfounded", "baseless",
                                        "groundless",  NULL};
    /* what no evidence or sign shows is not known to have happened */
    static const char *const proof[] = {"evidence", "proof", "sign", "signs", "indication",
                                        "indications", NULL};
    char b[DYAD_RS_WORD_MAX + 1];
    if ((dyad_rs_word(s, k, b) && dyad_among(b, doubt)) || S_ruled_out(s, k, proof))
        return C_HYP;
    return dyad_rs_tag_is(s, k, "NN") ? S_lx(s, k) & (C_NEG | C_HYP | C_Q) : 0;
}

/* The clause class of verb or adjective g with lemma flags f, as its own negation or a
 * companion verb changes it: what is not confirmed is not known to have happened ("did
 * not confirm that", "declined to confirm reports that", "could not independently
 * verify", "it was not clear that"),
 * and a denial that is no denial leaves it so ("neither confirmed nor denied that",
 * "declined to confirm or deny"): hypothetical. */
static uint32_t S_confirmed(const dyad_tagged *s, int g, uint32_t f)
{
    if (S_doubt_ruled_out(s, g))
        return C_REP;
    if (f & C_CONF) {
        S_st t;
        memset(&t, 0, sizeof t);
        int gov = -1, gov_to = 0;
        S_group(&t, s, g, &gov, &gov_to);
        if (t.neg % 2 || dyad_rs_is(s, g - 1, "neither"))
            return C_HYP | G_HYP;
    }
    if ((f & (C_NEG | G_NEG)) && (dyad_rs_is(s, g - 1, "nor") ||
                                  (dyad_rs_is(s, g - 1, "or") && (S_lx(s, g - 2) & C_CONF))))
        return C_HYP | G_HYP;
    return f;
}

/* Does what follows the clause of "that" at token c, after a noun of claiming, call the
 * claim false: "reports that it had attacked the tanker were baseless", "claims that
 * ... are not true"? The speaker denies what the clause tells. */
static int S_called_false(const dyad_tagged *s, int c)
{
    static const char *const falsity[] = {
        "false", "baseless", "untrue", "groundless", "unfounded", "fabricated", "incorrect",
        "inaccurate", "lies", "nonsense", "fiction", "fake", "fabrication", "fabrications",
        NULL};
    for (int k = c + 1; k + 1 < s->ntok && !S_is_end(s, k); k++) {
        if (!(S_fw(s, k) & F_BE) || !dyad_rs_tag_is(s, k, "VB") || dyad_rs_tag_eq(s, k, "VBN") ||
            dyad_rs_tag_eq(s, k, "VBG"))
            continue;
        int j = k + 1, neg = 0;
        for (; j < s->ntok && (S_is_adv(s, j) || (S_fw(s, j) & F_NEG)); j++)
            neg |= (S_fw(s, j) & F_NEG) != 0;
        char b[DYAD_RS_WORD_MAX + 1];
        if (!dyad_rs_word(s, j, b))
            continue;
        if (neg ? (!strcmp(b, "true") || !strcmp(b, "correct") || !strcmp(b, "accurate"))
                : dyad_among(b, falsity) ||
                      (!strcmp(b, "without") && (dyad_rs_is(s, j + 1, "foundation") ||
                                                 dyad_rs_is(s, j + 1, "basis"))))
            return 1;
    }
    return 0;
}

/* The word governing a clause introduced at token c (that, if, whether): a verb,
 * adjective or noun, found past adverbs, past a neutral noun or a time/place adjunct
 * ("denied reports that", "said on Tuesday that", "told him in a call that") and past a
 * coordinated clause ("said that ... and that"). A verb that neither reports nor
 * governs a class of its own takes that of a noun of rumour or doubt on the way or as
 * its subject (S_mood_word). Applies its clause class and returns its lemma flags; a
 * reporting verb is remembered in st->repgov for dating. */
static uint32_t S_clause_gov(S_st *st, const dyad_tagged *s, int c, int depth)
{
    int g = c - 1;
    while (g >= 0 && (S_is_adv(s, g) || dyad_rs_tag_eq(s, g, ",")))
        g--;
    if (g < 0)
        return 0;
    if (dyad_rs_tag_is(s, g, "CC")) {
        int k = g - 1, rep = -1;
        while (k >= 0 && k > g - 30 && !S_is_end(s, k) &&
               dyad_rs_that_kind(s, k) != 1) {
            if (rep < 0 && S_is_verb(s, k) && (S_lx(s, k) & C_REP))
                rep = k;
            k--;
        }
        if (depth < 3 && k >= 0 && dyad_rs_that_kind(s, k) == 1)
            return S_clause_gov(st, s, k, depth + 1);
        /* the first clause without "that": the verb of saying before it governs both
         * ("said Iran appeared to be standing down and that Washington would impose
         * sanctions") */
        if (depth < 3 && rep >= 0)
            return S_clause_gov(st, s, rep + 1, depth + 1);
        return 0;
    }
    uint32_t f = S_lx(s, g);
    /* a plural noun the tagger read as a verb right after a verb of denying or saying
     * ("Israel dismissed reports that"): two finite verbs need a subject between them */
    int noun = dyad_rs_tag_is(s, g, "NN") ||
               (dyad_rs_tag_eq(s, g, "VBZ") && S_is_verb(s, g - 1) && !S_is_aux(s, g - 1) &&
                (S_lx(s, g - 1) & (C_NEG | C_REP)));
    static const char *const claims[] = {
        "report", "reports", "claim", "claims", "allegation", "allegations", "accusation",
        "accusations", "charge", "charges", "rumor", "rumors", "rumour", "rumours",
        "suggestion", "suggestions", "assertion", "assertions", "speculation", NULL};
    char w[DYAD_RS_WORD_MAX + 1];
    int denied = noun && dyad_rs_word(s, g, w) && dyad_among(w, claims) && S_called_false(s, c);
    uint32_t mood = 0;
    if ((noun && !(f & (C_NEG | C_HYP | C_Q))) ||
        (!noun && !S_is_verb(s, g) && !dyad_rs_tag_is(s, g, "JJ"))) {
        mood = S_mood_word(s, g);
        int k = g - 1;
        while (k >= 0 && k > g - 12 && !S_is_verb(s, k) &&
               (!S_is_punct(s, k) || dyad_rs_is(s, k, ",")) && /* "in the capital, Banja Luka," */
               !dyad_rs_tag_is(s, k, "W") && !(S_fw(s, k) & (F_COND | F_WHETHER)) &&
               !dyad_rs_is(s, k, "that")) {
            if (!mood)
                mood = S_mood_word(s, k);
            k--;
        }
        if (k >= 0 && S_is_verb(s, k)) {
            f = S_lx(s, k);
            g = k;
        }
    }
    if (!mood && S_is_verb(s, g)) { /* its subject: "speculation has grown that" */
        int k = g;
        while (k > 0 && (S_is_aux(s, k - 1) || S_is_adv(s, k - 1)))
            k--;
        mood = S_mood_word(s, k - 1);
    }
    if (S_is_verb(s, g) || dyad_rs_tag_is(s, g, "JJ"))
        f = S_confirmed(s, g, f);
    if (mood && !(f & (C_NEG | C_HYP | C_Q | C_REP))) /* not "said, amid rumours, that" */
        f = mood;
    if (denied) /* "said reports that it had attacked the tanker were baseless" */
        f = (f & C_REP) | C_NEG;
    if (S_doubt_ruled_out(s, c - 1)) /* "there is little doubt that" */
        f = C_REP;
    if (f || S_is_verb(s, g) || dyad_rs_tag_is(s, g, "JJ"))
        st->govfound = 1;
    if (f & C_NEG)
        st->neg++;
    else if (f & C_HYP)
        st->hyp = 1;
    if (f & C_REP) {
        st->rep = 1;
        if (S_is_verb(s, g))
            st->repgov = g;
    }
    return f;
}

/* The first token of the sentence segment containing i (after the last ; or start). */
static int S_segment_start(const dyad_tagged *s, int i)
{
    while (i > 0 && !S_is_end(s, i - 1))
        i--;
    return i;
}

/* Does the subordinator at k open the condition of an act yet to come, so that what its
 * clause tells has not happened: "as soon as", "once", "until" or "till", or "after",
 * "when" or "before" with "only" (just before it or in the verb group before it), after
 * a verb group with a future or a modal ("will halt the strikes as soon as Hezbollah
 * stops", "would put money into the fund as soon as Zambia reached an agreement",
 * "would only lift its siege after Arafat withdrew his men")? Not a plain "when" or
 * "after", which tell of an act as real as the other ("will meet when Putin visits",
 * "said it would respond after Iran launched missiles"). */
static int S_future_condition(const dyad_tagged *s, int k)
{
    int i = k - 1, only = dyad_rs_is(s, i, "only"), modal = 0;
    if (dyad_rs_is(s, k, "as") && dyad_rs_is(s, k - 1, "soon") && dyad_rs_is(s, k - 2, "as"))
        i = k - 3, only = 1;
    else if ((dyad_rs_is(s, k, "once") && !dyad_rs_is(s, k + 1, "again") &&
              !dyad_rs_is(s, k + 1, "more")) ||
             dyad_rs_is(s, k, "until") || dyad_rs_is(s, k, "till"))
        only = 1;
    else if (!dyad_rs_is(s, k, "after") && !dyad_rs_is(s, k, "when") &&
             !dyad_rs_is(s, k, "before"))
        return 0;
    /* the verb group before it; a participle alone is no clause's verb ("would put
     * eight mln stg into the auction", "stg" read as a gerund): the next one */
    for (int steps = 0, finite = 0; i >= 0 && steps < 30 && !finite; steps++) {
        if (!S_is_verb(s, i)) {
            if (S_is_punct(s, i) || dyad_rs_tag_is(s, i, "W") ||
                (S_fw(s, i) & (F_SUB | F_COND)) || dyad_rs_that_kind(s, i))
                return 0; /* another clause first */
            i--;
            continue;
        }
        for (; i >= 0 && (S_is_verb(s, i) || S_is_adv(s, i) || (S_fw(s, i) & F_NEG)); i--) {
            modal |= (S_fw(s, i) & (F_FUT | F_WOULD | F_WEAK)) != 0;
            only |= dyad_rs_is(s, i, "only");
            finite |= S_is_verb(s, i) && !dyad_rs_tag_eq(s, i, "VBG") &&
                       !dyad_rs_tag_eq(s, i, "VBN");
        }
    }
    return modal && only;
}

/* With a parse: 1 when token j hangs (directly or through its clause's verb) from a
 * token of the verb group [lo, v]. Without one: 1. */
static int S_hangs_from(const dyad_tagged *s, int j, int lo, int v)
{
    if (!s->head)
        return 1;
    for (int k = 0, h = s->head[j]; k < 3 && h >= 0 && h < s->ntok; k++, h = s->head[h])
        if (h >= lo && h <= v)
            return 1;
    return 0;
}

/* With a parse: does the conjunction at k join the parts of the clause's own subject
 * ("said Kenya and Somalia would sign a pact"), its next part after it and hanging from
 * a part before it that hangs from the verb group [lo, v]? Then it is no boundary of the
 * clause, and the walk goes on to what governs it; a conjunction that joins two clauses
 * hangs from the second's verb. */
static int S_subject_and(const dyad_tagged *s, int k, int lo, int v)
{
    if (!s->head)
        return 0;
    int next = s->head[k];
    if (next <= k || next >= lo)
        return 0;
    int first = s->head[next];
    return first >= 0 && first < k && S_is_np(s, first) && S_hangs_from(s, first, lo, v);
}

/* Step 2: from the group's first token, over the subject to the clause boundary. */
static void S_clause(S_st *st, const dyad_tagged *s, int v, int lo, int *gov)
{
    int k = lo - 1, ing = dyad_rs_tag_eq(s, v, "VBG") || dyad_rs_tag_eq(s, lo, "VBG");
    int adj = dyad_rs_tag_is(s, lo - 1, "RP") ? lo - 2 : lo - 1; /* "ruled out attacking" */
    for (int steps = 0; k >= 0 && steps < 40; k--, steps++) {
        uint32_t f = S_fw(s, k);
        /* a subject that says no one did it, "no" or "none" opening it: "none of the
         * ships were attacked by Iran", "said no Greek vessel has been seized"; not a
         * "no" in a phrase of the subject's own ("countries with no nuclear weapons") */
        if (((dyad_rs_is(s, k, "no") && dyad_rs_tag_eq(s, k, "DT")) ||
             dyad_rs_is(s, k, "none")) &&
            (k == 0 || S_is_punct(s, k - 1) || S_is_verb(s, k - 1) ||
             dyad_rs_that_kind(s, k - 1) || dyad_rs_tag_is(s, k - 1, "CC") ||
             dyad_rs_tag_is(s, k - 1, "W")))
            st->neg++;
        if (S_is_punct(s, k)) {
            st->open = 1;
            break;
        }
        if (S_future_condition(s, k)) {
            st->hyp = 1;
            return;
        }
        if (f & F_COND) {
            if (S_lx(s, k - 1) & C_Q) /* "asked if" */
                st->q = 1;
            else
                st->cond = 1;
            return;
        }
        if (f & F_WHETHER) {
            if (!(S_clause_gov(st, s, k, 0) & C_Q))
                st->hyp = 1;
            else
                st->q = 1;
            return;
        }
        if (dyad_rs_that_kind(s, k) == 1) {
            S_clause_gov(st, s, k, 0);
            st->open = !st->govfound;
            return;
        }
        if (dyad_rs_that_kind(s, k) == 2)
            return; /* relative clause */
        if (dyad_rs_tag_is(s, k, "WDT") || dyad_rs_tag_is(s, k, "WP"))
            return; /* relative clause */
        /* with a parse, an -ing word before a noun of the clause's own subject is that
         * noun's modifier, no verb that governs the clause ("said grain exporting firms
         * would ask Taiwan", "neighbouring states"): its head is the noun after it, which
         * hangs from the group (a past participle may be a finite verb the parser hung
         * on its object: "predicted major legislation will be sent") */
        if (s->head && dyad_rs_tag_eq(s, k, "VBG") && s->head[k] > k && s->head[k] < lo &&
            dyad_rs_tag_is(s, s->head[k], "NN") && S_hangs_from(s, s->head[k], lo, v))
            continue;
        if (S_is_verb(s, k)) {
            /* an inverted auxiliary: "Did Russia attack", "Should Russia attack" */
            if (S_is_aux(s, k) && (k == 0 || S_is_punct(s, k - 1) || dyad_rs_tag_is(s, k - 1, "W") ||
                                   dyad_rs_tag_is(s, k - 1, "CC"))) {
                S_modal(st, s, k);
                if (dyad_rs_is(s, k, "had") || dyad_rs_is(s, k, "were"))
                    st->inv = 1; /* "Had Russia attacked, ..." unless a question */
                return;
            }
            uint32_t lf = S_confirmed(s, k, S_lx(s, k));
            *gov = k;
            st->govfound = 1;
            if (ing && k == adj) { /* "denied attacking", "considered attacking" */
                if (lf & G_NEG)
                    st->neg++;
                else if (lf & G_HYP)
                    st->hyp = 1;
            } else if (lf & C_NEG) {
                st->neg++;
            } else if (lf & C_Q) {
                st->q = 1;
            } else if (lf & C_HYP) {
                st->hyp = 1;
            }
            if (lf & C_REP) {
                st->rep = 1;
                st->repgov = k;
            }
            return;
        }
        if (dyad_rs_tag_is(s, k, "IN") && !dyad_rs_is(s, k, "of")) {
            if (!(ing && k == lo - 1) && !(f & F_SUB))
                continue; /* a preposition inside the subject: "children in Sudan are" */
            if (ing && k == lo - 1) {
                /* prepositions before a gerund: "without", "refrained from" ... */
                int p = S_skip_adv_left(st, s, k - 1);
                if (dyad_rs_is(s, k, "without") ||
                    (dyad_rs_is(s, k, "than") && dyad_rs_is(s, p, "rather")))
                    st->neg++;
                else if (S_lx(s, p) & G_NEG)
                    st->neg++;
                else if (S_lx(s, p) & G_HYP)
                    st->hyp = 1;
            }
            return;
        }
        if (ing && k == lo - 1 && dyad_rs_is(s, k, "of")) { /* "instead of", "possibility of" */
            int p = k - 1;
            char b[DYAD_RS_WORD_MAX + 1];
            static const char *const stop[] = {"stop", "stops", "stopped", "stopping", NULL};
            if (dyad_rs_is(s, p, "instead") ||
                (dyad_rs_is(s, p, "short") && dyad_rs_word(s, p - 1, b) && dyad_among(b, stop)))
                st->neg++; /* "stopped short of condemning Russia" */
            else if (S_lx(s, p) & G_HYP)
                st->hyp = 1;
            return;
        }
        if (dyad_rs_tag_is(s, k, "CC") && S_subject_and(s, k, lo, v))
            continue;
        if (dyad_rs_tag_is(s, k, "CC") || dyad_rs_tag_is(s, k, "W"))
            return;
    }
}

/* With a parse: the adjective or participle a form of "be" at v is the copula of, when
 * the parse makes it the head of v and it follows within two words ("be prepared",
 * "be fully ready"); else v. */
static int S_predicate_of(const dyad_tagged *s, int v)
{
    if (!s->head || !(S_fw(s, v) & F_BE))
        return v;
    int h = s->head[v];
    return h > v && h <= v + 2 && (dyad_rs_tag_is(s, h, "JJ") || dyad_rs_tag_eq(s, h, "VBN"))
               ? h
               : v;
}

/* "if anything", "if so", "if not", "if any" followed by a comma: no condition. */
static int S_if_idiom(const dyad_tagged *s, int i)
{
    static const char *const w[] = {"anything", "so", "not", "any", "anyone"};
    for (size_t k = 0; k < S_N(w); k++)
        if (dyad_rs_is(s, i + 1, w[k]) && S_is_punct(s, i + 2))
            return 1;
    return 0;
}

/* Does the word at i open a condition: "if" or "unless" (not "if so", "if any" ...), or
 * "should" before its own subject, the inverted "if ... should" of news ("would appeal
 * to the WTO should U.S. sanctions materialise", "Should the talks fail, Israel will
 * strike"), which a noun phrase and then a base verb follow? "should" before a verb or
 * an adverb is a modal of its clause ("Israel should withdraw"). */
static int S_cond_at(const dyad_tagged *s, int i)
{
    if (S_fw(s, i) & F_COND)
        return !S_if_idiom(s, i);
    if (!dyad_rs_is(s, i, "should") || !dyad_rs_tag_eq(s, i, "MD") || !S_is_np(s, i + 1) ||
        dyad_rs_is(s, i + 1, "of"))
        return 0;
    for (int k = i + 2; k < s->ntok && k < i + 10; k++) {
        if (dyad_rs_tag_eq(s, k, "VB") || dyad_rs_tag_eq(s, k, "VBP"))
            return 1;
        if (!S_is_np(s, k))
            return 0;
    }
    return 0;
}

/* With a dependency parse: negation and modals that hang from the event verb but were
 * cut off from it by a parenthetical ("did not, as promised, withdraw"), and the
 * governing verb when the linear walk found none ("denied, in a statement on Tuesday,
 * that its forces attacked"). */
static void S_heads(S_st *st, const dyad_tagged *s, int v, int lo)
{
    for (int j = 0; j < lo; j++) {
        if (s->head[j] != v)
            continue;
        uint32_t f = S_fw(s, j);
        if (dyad_rs_tag_eq(s, j, "MD") || (f & (F_FUT | F_WOULD | F_WEAK)))
            S_modal(st, s, j);
        else if (f & F_NEG)
            st->neg++;
    }
    int h = s->head[v];
    if (!st->open || h < 0 || h >= lo || !(S_is_verb(s, h) || dyad_rs_tag_is(s, h, "JJ")))
        return;
    for (int j = h + 1; j < v; j++)
        if (s->head[j] == v && (dyad_rs_tag_eq(s, j, "TO") || dyad_rs_is(s, j, "to")))
            return; /* an infinitive: the verb group walk decides */
    uint32_t f = S_confirmed(s, h, S_lx(s, h));
    /* a participle set off by a comma is its doer's own act, not what the verb before
     * denies or doubts ("rejected that account, calling the force a belligerent", "was
     * pessimistic about the dialogue, blaming Pristina") */
    if (dyad_rs_tag_eq(s, v, "VBG") && dyad_rs_is(s, lo - 1, ","))
        f &= ~(uint32_t)(C_NEG | C_HYP);
    if (f & C_NEG)
        st->neg++;
    else if (f & C_Q)
        st->q = 1;
    else if (f & C_HYP)
        st->hyp = 1;
    if (f & C_REP) {
        st->rep = 1;
        st->repgov = h;
    }
}

int dyad_hostile_word(const char *w, size_t len)
{
    static const char *const hostile[] = {
        "attack",     "attacks",     "aggression",  "aggressions", "aggressive",
        "hostile",    "escalation",  "incursion",   "incursions",  "invasion",
        "provocation", "provocations", "strike",    "strikes",     "violation",
        "violations", NULL};
    return w && dyad_among_lc(w, len, hostile);
}

int dyad_sanction_word(const char *w, size_t len)
{
    static const char *const sanctions[] = {"sanctions", "tariffs", "penalties", "embargo",
                                            NULL};
    return w && dyad_among_lc(w, len, sanctions);
}

const char *dyad_penalty_code(const char *w, size_t len)
{
    static const char *const answer[] = {"retaliation", "reprisals", "reprisal", NULL};
    static const char *const penalty[] = {"consequences", "consequence", "punishment", NULL};
    if (dyad_sanction_word(w, len))
        return "1312";
    if (w && dyad_among_lc(w, len, answer))
        return "138";
    return w && dyad_among_lc(w, len, penalty) ? "130" : NULL;
}

int dyad_undergo_word(const char *w, size_t len)
{
    static const char *const undergo[] = {"face", "faces", "bear", "bears", "suffer", "suffers",
                                          NULL};
    static const char *const pay[] = {"pay", "pays", NULL};
    return !w ? 0 : dyad_among_lc(w, len, undergo) ? 1 : dyad_among_lc(w, len, pay) ? 2 : 0;
}

int dyad_response_word(const char *w, size_t len)
{
    static const char *const respond[] = {"retaliate", "avenge", "respond", "answer", NULL};
    return w && dyad_among_lc(w, len, respond);
}

/* Is token j "any" opening a phrase of a hostile act, up to three words on ("any
 * aggressive measure", "any attack"), or "any" or "all" one of whatever it takes ("will
 * take any diplomatic measures necessary", "all necessary measures")? */
static int S_any_hostile(const dyad_tagged *s, int j)
{
    int all = dyad_rs_is(s, j, "all");
    if (!all && !dyad_rs_is(s, j, "any"))
        return 0;
    for (int k = j + 1; k < s->ntok && k <= j + 3 && !S_is_punct(s, k); k++) {
        char b[DYAD_RS_WORD_MAX + 1];
        int n = dyad_rs_word(s, k, b);
        if (n && ((!all && dyad_hostile_word(b, (size_t)n)) || !strcmp(b, "necessary")))
            return 1;
    }
    return 0;
}

/* Does a deal's noun open at token k, after a determiner or adjectives ("an
 * agreement", "any final accord")? */
static int S_deal_after(const dyad_tagged *s, int k)
{
    static const char *const deal[] = {"agreement", "accord", "deal", "settlement", "pact",
                                       "treaty", "ceasefire", "truce", "breakthrough", NULL};
    while (k < s->ntok && (dyad_rs_tag_is(s, k, "DT") || dyad_rs_tag_is(s, k, "JJ")))
        k++;
    char b[DYAD_RS_WORD_MAX + 1];
    int n = dyad_rs_word(s, k, b);
    return n && dyad_among_lc(b, (size_t)n, deal);
}

/* Step 3: what follows the verb. */
static void S_right(S_st *st, const dyad_tagged *s, int v, int lo, int *tcond, int *rep_post,
                    int *qmark, int *but)
{
    int j = v + 1;
    while (j < s->ntok && (dyad_rs_tag_is(s, j, "RP") || (S_is_adv(s, j) && !(S_fw(s, j) & F_NEG))))
        j++;
    if (S_lx(s, v) & E_END) {
        /* "the talks ended without an agreement"; with an object between, only a deal
         * is what went missing ("closed the talks without an accord", but "closed the
         * border without warning" closed it) */
        int k = j;
        while (k < s->ntok && k < j + 6 && S_is_np(s, k) && !dyad_rs_is(s, k, "without"))
            k++;
        if (dyad_rs_is(s, j, "without") ||
            (k > j && dyad_rs_is(s, k, "without") && S_deal_after(s, k + 1)))
            st->neg++;
    }
    if (dyad_rs_is(s, j, "no")) {
        static const char *const not_neg[] = {"fewer", "less", "more", "longer", "later",
                                              "sooner", "doubt", "matter"};
        int neg = 1;
        for (size_t k = 0; k < S_N(not_neg); k++)
            if (dyad_rs_is(s, j + 1, not_neg[k]))
                neg = 0;
        st->neg += neg;
    }
    int newclause = 0;
    for (j = v + 1; j < s->ntok && !S_is_end(s, j); j++) {
        if ((S_is_punct(s, j) || dyad_rs_tag_is(s, j, "CC")) && j + 1 < s->ntok) {
            int n = j + 1;
            while (n < s->ntok && n < j + 4 && (dyad_rs_tag_is(s, n, "CC") || S_is_punct(s, n)))
                n++;
            if (S_is_aux(s, n) || dyad_rs_tag_is(s, n, "W"))
                newclause = 1; /* ", but will NATO respond?" */
            /* a noun joined to a noun is no clause ("answer back with force and
             * violence if Iran attacks") */
            if (dyad_rs_tag_is(s, j, "CC") || dyad_rs_is(s, j, ";"))
                if (S_is_verb(s, n) || dyad_rs_tag_is(s, n, "PRP") ||
                    (dyad_rs_tag_is(s, n, "NN") &&
                     !(s->head && s->head[n] >= 0 && s->head[n] < n &&
                       dyad_rs_tag_is(s, s->head[n], "NN"))))
                    newclause = 1;
        }
        if (!newclause &&
            (dyad_rs_is(s, j, "if") || dyad_rs_is(s, j, "unless") || S_cond_at(s, j)) &&
            !dyad_rs_is(s, j - 1, "as") &&
            !(S_lx(s, j - 1) & C_Q) && S_hangs_from(s, j, lo, v))
            *tcond = 1;
        /* "would respond decisively to any aggression by X": if X acts; "will take all
         * necessary measures": whatever it takes */
        if (!newclause && S_any_hostile(s, j) && S_hangs_from(s, j, lo, v))
            *tcond = 1;
        /* "would invite Kyiv when conditions were met"; after "would be" the adjective
         * the parse heads the group with is the group's too ("would be prepared to lift
         * the sanctions when Japan opened its markets") */
        if (!newclause && st->would && (dyad_rs_is(s, j, "when") || dyad_rs_is(s, j, "once")) &&
            S_hangs_from(s, j, lo, S_predicate_of(s, v)))
            *tcond = 1;
        if (dyad_rs_tag_is(s, j, "CC") && dyad_rs_is(s, j, "but"))
            *but = 1;
        if (S_is_punct(s, j) && dyad_rs_is(s, j, ",")) {
            /* ", officials said." / ", said Lavrov." closing the segment */
            for (int k = j + 1; k < s->ntok && k <= j + 6 && !S_is_punct(s, k); k++) {
                if (dyad_rs_tag_is(s, k, "VB") && (S_lx(s, k) & C_REP)) {
                    int e = k + 1;
                    while (e < s->ntok && e <= k + 5 && S_is_np(s, e))
                        e++;
                    if (e >= s->ntok || S_is_end(s, e) || dyad_rs_is(s, e, "''") ||
                        dyad_rs_is(s, e, "\""))
                        *rep_post = 1;
                    break;
                }
            }
        }
    }
    if (j < s->ntok && dyad_rs_is(s, j, "?") && !newclause)
        *qmark = 1;
}

/* Is the gerund v the subject of a clause under a modal, which names a kind of act, not
 * one done: "Russia said attacking Iran would be a big mistake", "Sending troops to
 * Taiwan could trigger a war, Beijing said"? It opens the clause (at the start, after
 * punctuation, "that", "and" or a verb of saying without an object) and its phrase, of
 * nouns and prepositions, is followed by the modal; not an object ("Iran admitted
 * attacking the ship"), nor a subject of what is so ("lending to the Philippines is
 * designed to support its payments"), nor a participle on the one told ("told visiting
 * Secretary of State Shultz China's troubles were over"), nor a gerund of saying, which
 * takes the clause after it ("met Lai, saying Taiwan must accept the principle"). */
static int S_gerund_subject(const dyad_tagged *s, int v)
{
    if (!dyad_rs_tag_eq(s, v, "VBG") || (S_lx(s, v) & C_REP))
        return 0;
    int k = v - 1;
    while (k >= 0 && S_is_adv(s, k))
        k--;
    if (k >= 0 && !S_is_punct(s, k) && dyad_rs_that_kind(s, k) != 1 &&
        !dyad_rs_tag_is(s, k, "CC") &&
        !(S_is_verb(s, k) && (S_lx(s, k) & C_REP) && !(S_lx(s, k) & T_HYP)))
        return 0;
    for (int j = v + 1; j < s->ntok && j <= v + 12; j++) {
        if (dyad_rs_tag_eq(s, j, "MD"))
            return 1;
        if (dyad_rs_tag_is(s, j, "W") || dyad_rs_is(s, j, "that") ||
            !(S_is_np(s, j) || dyad_rs_tag_is(s, j, "IN") || dyad_rs_tag_eq(s, j, "TO") ||
              dyad_rs_tag_is(s, j, "RP")))
            return 0;
    }
    return 0;
}

/* The verb a gerund v is the means of: "may tease the U.S. by defying it", "should
 * respond by committing to ...", "by attempting to buy arms and defying"; -1 when none.
 * "by" and the gerund after it are found back from v over base forms and nouns (no
 * finite verb, punctuation or clause word), then the verb before "by". */
static int S_means_of(const dyad_tagged *s, int v)
{
    if (!dyad_rs_tag_eq(s, v, "VBG"))
        return -1;
    int by = -1;
    for (int k = v - 1, steps = 0; k >= 0 && steps < 15; k--, steps++) {
        if (dyad_rs_is(s, k, "by") && dyad_rs_tag_eq(s, k + 1, "VBG")) {
            by = k;
            break;
        }
        if (S_is_punct(s, k) || dyad_rs_tag_eq(s, k, "MD") || dyad_rs_tag_eq(s, k, "VBD") ||
            dyad_rs_tag_eq(s, k, "VBZ") || dyad_rs_tag_eq(s, k, "VBP") ||
            dyad_rs_tag_is(s, k, "W") || dyad_rs_that_kind(s, k))
            return -1;
    }
    for (int k = by - 1, steps = 0; by > 0 && k >= 0 && steps < 15; k--, steps++) {
        if (S_is_punct(s, k) || dyad_rs_tag_is(s, k, "W") || dyad_rs_that_kind(s, k))
            return -1;
        if (dyad_rs_is_main_verb(s, k))
            return dyad_rs_tag_eq(s, k, "VBG") ? -1 : k;
    }
    return -1;
}

/* With a parse: the verb whose object is a text that gerund v, right after it, tells the
 * words of ("could issue a statement condemning the coup", "may adopt a resolution
 * calling for talks"): the text says them only as the verb makes it; -1 when none. The
 * gerund may hang from the text or, as the parser often has it, from the verb. */
static int S_text_of(const dyad_tagged *s, int v)
{
    static const char *const text[] = {"statement", "resolution", "declaration", "letter",
                                       "communique", "motion", NULL};
    char b[DYAD_RS_WORD_MAX + 1];
    int n = v - 1;
    if (!s->head || !dyad_rs_tag_eq(s, v, "VBG") || !dyad_rs_word(s, n, b) ||
        !dyad_among(b, text))
        return -1;
    int g = s->head[n];
    return g >= 0 && g < n && (s->head[v] == n || s->head[v] == g) &&
                   dyad_rs_is_main_verb(s, g)
               ? g
               : -1;
}

/* Is v a verb of saying set off as an attribution, in the present or past with no modal
 * of its own: after a comma or a closing quote, its subject (nouns only) between (", the
 * minister said", ", said the minister")? A condition opening the sentence is then part
 * of what was said, not of the saying: "If Japan wants better ties, Tokyo must lift the
 * tariffs, the minister said" asserts the minister's demand; only the lifting is
 * conditional. A verb of saying inside the condition's own sentence ("until it agrees
 * to stop") stays under it. */
static int S_attribution(const S_st *st, const dyad_tagged *s, int v)
{
    if (!(S_lx(s, v) & C_REP) || st->fut || st->would || st->weak ||
        !(dyad_rs_tag_eq(s, st->top, "VBD") || dyad_rs_tag_eq(s, st->top, "VBZ") ||
          dyad_rs_tag_eq(s, st->top, "VBP")))
        return 0;
    int k = st->top - 1;
    while (k >= 0 && k > st->top - 9 && S_is_np(s, k))
        k--;
    return k > 0 && (dyad_rs_is(s, k, ",") || dyad_rs_is(s, k, "''") || dyad_rs_is(s, k, "\""));
}

/* The verb an infinitive of purpose whose group starts at lo serves, gov as the walks
 * found it ("met to discuss", "would step into the market to prop up the peso"), or
 * the verb a gerund right after it completes ("will begin meeting", "will keep shelling
 * the city", "will include meeting Modi"): either is done as that verb is; -1 when it
 * is neither (a governor of the lemma table, "plans to", "avoided meeting", has already
 * given its class, though "begin" and "continue" pass a gerund on as they pass an
 * infinitive; an auxiliary is the gerund's own). */
static int S_purpose_of(const dyad_tagged *s, int lo, int gov)
{
    int ger = dyad_rs_tag_eq(s, lo, "VBG") && gov == lo - 1 && !S_is_aux(s, gov);
    uint32_t own = ger ? (T_ANY & ~T_PASS) | G_NEG | G_HYP : T_ANY; /* "began meeting" */
    return (dyad_rs_is(s, lo, "to") || ger) && gov >= 0 && gov < lo && S_is_verb(s, gov) &&
                   !(S_lx(s, gov) & (own | C_REP | C_HYP | C_NEG | C_Q))
               ? gov
               : -1;
}

/* With a parse: is the infinitive whose "to" is at lo the predicate of a headline or
 * a news lead without a finite verb ("Japan to cut tariffs on U.S. chips", "Nakasone to
 * visit Washington later this month, officials say")? Such copy announces what is to
 * come as "is to" does. The parse makes the verb "to" marks the sentence's root with a
 * subject of its own before "to" (not a "for" clause: "a deadline for Tokyo to open its
 * markets"), or the infinitive of the noun that is the root ("(NP Kishida (S to visit
 * Canberra))"); either may instead hang from a verb of saying after it, and no other
 * finite verb may stand in the sentence ("The move to impose tariffs angered Japan"). */
static int S_headline_plan(const dyad_tagged *s, int lo)
{
    if (!s->head || !dyad_rs_is(s, lo, "to") || !dyad_rs_tag_eq(s, lo, "TO"))
        return 0;
    int w = s->head[lo];
    if (w <= lo || w >= s->ntok || !dyad_rs_tag_eq(s, w, "VB"))
        return 0;
    int h = s->head[w], top = w, subj = 0;
    if (h >= 0 && h < lo && (dyad_rs_tag_is(s, h, "NN") || dyad_rs_tag_is(s, h, "PRP")))
        top = h, subj = 1;
    else if (h >= 0 && h < lo)
        return 0;
    int say = s->head[top];
    if (say >= 0 && !(say > w && say < s->ntok && S_is_verb(s, say) && (S_lx(s, say) & C_REP)))
        return 0;
    for (int j = 0; j < s->ntok; j++) {
        if (j != say && (dyad_rs_tag_eq(s, j, "MD") || dyad_rs_tag_eq(s, j, "VBD") ||
                         dyad_rs_tag_eq(s, j, "VBZ") || dyad_rs_tag_eq(s, j, "VBP")))
            return 0;
        if (j >= lo || s->head[j] != w || top != w)
            continue;
        if (dyad_rs_is(s, j, "for"))
            return 0;
        if (dyad_rs_tag_is(s, j, "NN") || dyad_rs_tag_is(s, j, "PRP"))
            subj = 1;
    }
    return subj;
}

/* With a parse: the verb whose time a clause of time at present-tense verb or gerund v
 * sets ("will raise the chip curbs when he visits Washington", "before Kishida flies to
 * Canberra", "once it receives approval", "will speak in Rome after meeting Macron"): v's
 * head, or the verb above a noun it was hung on ("will raise (the issue (when he
 * visits))"), when a "when", "after", "before", "once" or "as soon as" before v opens
 * v's clause; -1 otherwise. Such a clause's present or gerund tells a time still to come
 * only if that verb's act is planned. */
static int S_time_clause_of(const dyad_tagged *s, int v, int top)
{
    static const char *const when[] = {"when", "after", "before", "once", NULL};
    char b[DYAD_RS_WORD_MAX + 1];
    if (!s->head || !(dyad_rs_tag_eq(s, top, "VBZ") || dyad_rs_tag_eq(s, top, "VBP") ||
                      dyad_rs_tag_eq(s, top, "VBG")))
        return -1;
    int open = 0;
    for (int j = 0; j < v && !open; j++)
        open = s->head[j] == v && dyad_rs_word(s, j, b) &&
               (dyad_among(b, when) || (!strcmp(b, "as") && dyad_rs_is(s, j + 1, "soon")));
    int h = open ? s->head[v] : -1;
    if (h >= 0 && h < s->ntok && (dyad_rs_tag_is(s, h, "NN") || dyad_rs_tag_is(s, h, "PRP")))
        h = s->head[h];
    return h >= 0 && h < s->ntok && h != v && S_is_verb(s, h) ? h : -1;
}

/* The modality the state st of a verb gives it, with cond: whether a condition counts
 * (the walks' other findings as dyad_rs_analyse has them); *weak: a weak modal, or
 * "would" that reports no plan, is on it. One reading for an act and for a threat,
 * which a condition it answers leaves as made. */
static dyad_modality S_mood(const S_st *st, int cond, int perfect, int rep_post, int qmark,
                            int unkept, int *weak)
{
    int would_plan = st->would && !cond && !perfect && (st->rep || rep_post);
    *weak = (st->weak && (!st->neg || st->softneg)) || (st->would && !would_plan);
    if (st->q || qmark)
        return DYAD_MOD_QUESTION;
    if (cond || st->hyp || st->wish || *weak || st->spec)
        return DYAD_MOD_HYPOTHETICAL;
    if (st->neg % 2 || unkept)
        return DYAD_MOD_NEGATED;
    if (st->plan || st->fut || would_plan)
        return DYAD_MOD_PLANNED;
    return DYAD_MOD_ASSERTED;
}

/* depth counts the means and purposes read on the way (S_means_of, S_purpose_of): a tree
 * whose heads loop may make two verbs each other's means. */
static void S_analyse(const dyad_tagged *s, const dyad_event_toks *ev, dyad_rs_info *out,
                      int depth)
{
    S_st st;
    memset(&st, 0, sizeof st);
    st.repgov = -1;
    int v = ev->verb, gov = -1, gov_to = 0;
    int lo = S_group(&st, s, v, &gov, &gov_to);
    if (lo < 0)
        lo = 0;
    /* "is due in Washington tomorrow", "is expected in Beijing": a time set for the trip
     * the verb of being names, as "is due to arrive" sets one; a negation after the
     * verb of being is its own ("was not in contact with Hamas", "is not due in Ankara") */
    if (S_fw(s, v) & F_BE) {
        int a = v + 1;
        for (; S_is_adv(s, a) || (S_fw(s, a) & F_NEG); a++)
            st.neg += (S_fw(s, a) & F_NEG) != 0;
        if ((S_lx(s, a) & T_SCHED) && !dyad_rs_is(s, a + 1, "to") &&
            (dyad_rs_tag_is(s, a, "JJ") || dyad_rs_tag_eq(s, a, "VBN")))
            st.plan = st.sched = 1;
    }
    S_clause(&st, s, v, lo, &gov);
    if (s->head)
        S_heads(&st, s, v, lo);
    int tcond = 0, rep_post = 0, qmark = 0, but = 0;
    S_right(&st, s, v, lo, &tcond, &rep_post, &qmark, &but);

    /* a conditional sentence: "If Russia attacks, NATO will respond" */
    int seg = S_segment_start(s, lo);
    while (seg < v && (dyad_rs_tag_is(s, seg, "CC") || S_is_adv(s, seg) || S_is_punct(s, seg)))
        seg++;
    /* ... or opens the reported clause the verb is in: "said that if Europe follows
     * through, he will impose the tariff" */
    for (int k = seg; k + 1 < v && !S_cond_at(s, seg); k++)
        if (dyad_rs_that_kind(s, k) == 1 && S_cond_at(s, k + 1) && S_hangs_from(s, k + 1, lo, v))
            seg = k + 1;
    int cond = st.cond || (seg < v && S_cond_at(s, seg) && !S_attribution(&st, s, v));
    if (S_gerund_subject(s, v))
        st.hyp = 1;
    if (gov < 0 && S_headline_plan(s, lo))
        st.plan = 1;
    int past = dyad_rs_tag_eq(s, st.top, "VBD") || dyad_rs_tag_eq(s, st.top, "VBN") ||
               (S_fw(s, st.top) & F_PASTAUX);
    int perfect = 0; /* "has attacked", "could have attacked" */
    for (int k = lo; k < v && dyad_rs_tag_eq(s, v, "VBN"); k++)
        if (S_fw(s, k) & F_HAVE)
            perfect = 1;
    int modal = st.fut || st.would || st.weak || st.plan;
    if (tcond && modal)
        cond = 1;
    if (st.inv && !qmark)
        cond = 1;

    /* the condition's consequence: its if-clause follows the verb, or opens the sentence
     * and a comma closes it before the verb */
    int if_before = 0;
    if (seg < v && S_cond_at(s, seg))
        for (int k = seg + 1; k < v && !if_before; k++)
            if_before = dyad_rs_is(s, k, ",");
    /* a promise: what the doer will do, or agreed, decided or vowed to do ("EC ministers
     * agreed to impose tariffs unless Tokyo opened its markets") */
    int promise = (st.fut || st.would || st.plan) && !st.weak && !st.cond && !(st.neg % 2) &&
                  ((tcond && modal) || if_before);
    /* a time set in the past that a "but" goes on from was not kept: "Kim and Trump
     * were due to sign an agreement in Hanoi, but the summit ended early", "the accord
     * was scheduled to be signed in May but was postponed" ("Shultz was due to meet
     * Shevardnadze today, officials said" still reports a plan) */
    int unkept = st.sched && past && but && !st.fut && !st.would;
    /* "said it would be willing to meet Israel": a reported "would" on a readiness to
     * act reports it held now, an intent made as "is willing to" is; it plans nothing.
     * Unreported or on a condition ("would be willing to sell if"), it stays a maybe. */
    int w = v + 1;
    while (S_is_adv(s, w))
        w++;
    if (st.would && (st.rep || rep_post) && !cond && !perfect && (S_fw(s, v) & F_BE) &&
        dyad_rs_tag_is(s, w, "JJ") && (S_lx(s, w) & W_WISH) && dyad_rs_is(s, w + 1, "to"))
        st.would = 0;
    int weak, made_weak;
    dyad_modality m = S_mood(&st, cond, perfect, rep_post, qmark, unkept, &weak);
    /* a threat is made now: the condition its clause is the consequence of is what it
     * threatens ("If Tokyo fails to act, Britain is ready to retaliate"); only one it
     * stands in itself ("if Iran threatens shipping") makes it hypothetical */
    out->made = S_mood(&st, st.cond, perfect, rep_post, qmark, unkept, &made_weak);

    dyad_rs_tense t;
    if (st.fut)
        t = DYAD_RS_FUTURE;
    else if ((st.plan || st.would) && !perfect)
        t = past ? DYAD_RS_PRESENT : DYAD_RS_FUTURE;
    else if (past || perfect)
        t = DYAD_RS_PAST;
    else
        t = DYAD_RS_PRESENT;

    out->mod = m;
    out->tense = t;
    out->gov = gov;
    out->gov_to = gov_to;
    out->rep_gov = st.repgov;
    out->promise = promise;
    out->wish = m == DYAD_MOD_HYPOTHETICAL && st.wish && !cond && !st.hyp && !weak &&
                !st.spec && !st.fut && !st.would && !(st.neg % 2);

    /* a means is as real as its end: "may provoke Washington again by defying it"; a
     * purpose no more than the act it is for: "doubted the Fed would step in to prop
     * up the dollar"; a text's words no more than its issuing, though a text planned
     * may say them already ("voted to approve a resolution asking him to resign") */
    int means = m == DYAD_MOD_ASSERTED ? S_means_of(s, v) : -1;
    if (means < 0 && m == DYAD_MOD_ASSERTED)
        means = S_purpose_of(s, lo, gov);
    int text = means < 0 && m == DYAD_MOD_ASSERTED ? S_text_of(s, v) : -1;
    int timer = means < 0 && text < 0 && m == DYAD_MOD_ASSERTED
                    ? S_time_clause_of(s, v, st.top)
                    : -1;
    int upper = means >= 0 ? means : text >= 0 ? text : timer;
    if (upper >= 0 && depth < 8) {
        dyad_event_toks gev = *ev;
        dyad_rs_info g;
        gev.verb = upper;
        S_analyse(s, &gev, &g, depth + 1);
        /* a time clause takes a plan alone, a text anything but one */
        if (g.mod != DYAD_MOD_ASSERTED &&
            (means >= 0 || (g.mod == DYAD_MOD_PLANNED) == (timer >= 0))) {
            out->mod = g.mod;
            out->made = g.made;
            out->tense = g.tense;
        }
    }
}

void dyad_rs_analyse(const dyad_tagged *s, const dyad_event_toks *ev, dyad_rs_info *out)
{
    S_analyse(s, ev, out, 0);
}

/* What a hypothetical act states now, by the act's code (a root, then its codes that
 * differ; the longer prefix is listed later): the threat of a hostile act promised on a
 * condition, the intent of a cooperative act wished or offered (CAMEO's 03 mirrors 04-08
 * code by code). */
typedef struct S_stated {
    const char *act, *now;
} S_stated;
static const S_stated S_threats[] = {
    {"15", "138"},  {"16", "1312"}, {"161", "1313"}, {"162", "1311"}, {"164", "134"},
    {"165", "135"}, {"166", "136"}, {"17", "137"},   {"172", "132"},  {"18", "138"},
    {"19", "138"},  {"20", "138"},
};
static const S_stated S_intents[] = {
    {"04", "036"},   {"045", "039"},  {"05", "032"},   {"06", "031"},   {"061", "0311"},
    {"062", "0312"}, {"063", "0313"}, {"064", "0314"}, {"07", "033"},   {"071", "0331"},
    {"072", "0332"}, {"073", "0333"}, {"074", "0334"}, {"08", "035"},   {"081", "0351"},
    {"082", "0352"}, {"083", "034"},  {"084", "0353"}, {"085", "0354"}, {"086", "0355"},
    {"087", "0356"},
};

/* What an act asked of a party is asked as, an appeal (02) or a demand (10): CAMEO
 * codes the asking by what is asked, code by code (025x to yield mirrors 08x, 023x aid
 * 07x, 021x cooperation 06x, 026 a meeting 04; accession to reform, 083x, is asked as
 * reform, 024x). An appeal and a demand ask alike, so one list gives each act the tail
 * of both codes: 02 and 10 before it. */
#define S_ASKED(X) X("04", "6") X("045", "8") X("05", "2") X("06", "1") X("061", "11") \
    X("062", "12") X("063", "13") X("064", "14") X("07", "3") X("071", "31") \
    X("072", "32") X("073", "33") X("074", "34") X("08", "5") X("081", "51") \
    X("082", "52") X("083", "4") X("0831", "41") X("0832", "42") X("0833", "43") \
    X("0834", "44") X("084", "53") X("085", "54") X("086", "55") X("087", "56")
#define S_APPEAL(act, tail) {act, "02" tail},
#define S_DEMAND(act, tail) {act, "10" tail},
static const S_stated S_appeals[] = {S_ASKED(S_APPEAL)};
static const S_stated S_demands[] = {S_ASKED(S_DEMAND)};

static const char *S_stated_code(const S_stated *t, size_t n, const char *code)
{
    const char *now = NULL;
    for (size_t k = 0; k < n; k++)
        if (!strncmp(code, t[k].act, strlen(t[k].act)))
            now = t[k].now;
    return now;
}

const char *dyad_threat_code(const char *code)
{
    return code ? S_stated_code(S_threats, S_N(S_threats), code) : NULL;
}

const char *dyad_asked_code(const char *code, int demand)
{
    if (!code)
        return NULL;
    return demand ? S_stated_code(S_demands, S_N(S_demands), code)
                  : S_stated_code(S_appeals, S_N(S_appeals), code);
}

/* Is the wish the event's doer's own: its source the subject of the verb of wishing
 * that governs the event verb ("Turkey is looking to reset ties", not the visited
 * party of "hopes to visit Canada" nor "wants Taiwan's currency to rise")? Without a
 * dependency parse, a source before the verb. */
static int S_wished_by_source(const dyad_tagged *s, const dyad_event_toks *ev)
{
    if (ev->src_ntok <= 0 || ev->src_tok < 0 || ev->src_tok >= ev->verb)
        return 0;
    if (!s->head)
        return 1;
    int g = s->head[ev->verb];
    if (g < 0 || g >= s->ntok || !(S_lx(s, g) & W_WISH))
        return 0;
    for (int k = ev->src_tok; k < ev->src_tok + ev->src_ntok && k < g; k++)
        if (s->head[k] == g)
            return 1;
    return 0;
}

/* Is the act the speaker's own duty: its source "we" or "I", the subject of "must" or
 * "should" on the act's verb or of "need(s)", "have", "has" or "ought" that governs it,
 * with no negation ("'We must deepen our partnership with India,' Kishida said": Japan's
 * intent; a duty of another is an appeal, src/code/coder.c)? With a dependency parse
 * only. The words are not dyad_duty_word's, by which the coder and the word filter read
 * a duty laid on another in reported speech: a duty the speaker states of itself is one
 * of now, which past "needed" is not ("said Kyiv needed to accept" lays one, "we needed
 * to act" tells of one gone), and the parse hangs a modal on the act's verb but makes
 * "need(s)", "have", "has" or "ought" govern it, two roles one list cannot tell apart. */
static int S_own_duty(const dyad_tagged *s, const dyad_event_toks *ev)
{
    static const char *const need[] = {"need", "needs", "have", "has", "ought"};
    int v = ev->verb, p = ev->src_tok;
    if (!s->head || ev->src_ntok != 1 || p < 0 || p >= v ||
        !(dyad_rs_is(s, p, "we") || dyad_rs_is(s, p, "i")))
        return 0;
    int g = s->head[v], gov = v;
    for (size_t i = 0; g > p && g < v && i < S_N(need); i++)
        if (dyad_rs_is(s, g, need[i]))
            gov = g;
    if (s->head[p] != gov)
        return 0;
    int duty = gov != v;
    for (int k = p + 1; k < v; k++) {
        if (s->head[k] != v && s->head[k] != gov)
            continue;
        if (dyad_rs_is(s, k, "not") || dyad_rs_is(s, k, "n't") || dyad_rs_is(s, k, "never"))
            return 0;
        duty |= dyad_rs_is(s, k, "must") || dyad_rs_is(s, k, "should");
    }
    return duty;
}

int dyad_stated_intent(const dyad_tagged *s, const dyad_event_toks *ev, const char *code,
                       char out[8])
{
    if (!s || !ev || !code || !s->tok || ev->verb < 0 || ev->verb >= s->ntok ||
        (!s->text && s->text_len))
        return 0;
    const char *threat = S_stated_code(S_threats, S_N(S_threats), code);
    const char *intent = S_stated_code(S_intents, S_N(S_intents), code);
    if (!threat && !intent)
        return 0;
    int own = !threat && S_own_duty(s, ev);
    if (!threat && !own && !S_wished_by_source(s, ev))
        return 0;
    dyad_rs_info info;
    dyad_rs_analyse(s, ev, &info);
    if (info.mod != DYAD_MOD_HYPOTHETICAL || !(threat ? info.promise : info.wish || own))
        return 0;
    snprintf(out, 8, "%s", threat ? threat : intent);
    return 1;
}

/* The modality of ev's verb, as an act or (threat) as a threat: one check of the input
 * and one analysis for both entry points below. */
static dyad_modality S_modality(const dyad_tagged *s, const dyad_event_toks *ev, int threat)
{
    if (!s || !ev || !s->tok || ev->verb < 0 || ev->verb >= s->ntok || (!s->text && s->text_len))
        return DYAD_MOD_ASSERTED;
    dyad_rs_info info;
    dyad_rs_analyse(s, ev, &info);
    return threat ? info.made : info.mod;
}

dyad_modality dyad_modality_of(const dyad_tagged *s, const dyad_event_toks *ev)
{
    return S_modality(s, ev, 0);
}

dyad_modality dyad_threat_modality(const dyad_tagged *s, const dyad_event_toks *ev)
{
    return S_modality(s, ev, 1);
}

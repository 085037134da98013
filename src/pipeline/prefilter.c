/*
 * prefilter.c — which sentences of an article are worth tagging and parsing. Tagging
 * and parsing are most of the cost of coding news, and many news sentences cannot give
 * an event nor anything a later event needs. That shows in their words, so those
 * sentences are passed by.
 *
 * The filter must leave the events exactly as they are without it (tested by coding
 * real news both ways: tests/unit/test_prefilter.c, tests/fuzz/fuzz_prefilter.c;
 * dyad_engine_opts.parse_all turns it off). It relies on these properties of the coder
 * (src/code/) and of coreference (src/resolve/coref.c); a change there that
 * breaks one of them must change the classes here too:
 *
 *  1. Every event comes from a verb phrase whose verb word is in the verb dictionary
 *     (dyad_dict_verb), with a code other than "---": the verb entry's own or that of a
 *     matching pattern of its block (of the blocks of all one-word entries of the word,
 *     for a one-word verb). A pattern matches only when each of its words is a word of
 *     the sentence and, for each &SET in it, all words of one of the set's phrases are;
 *     a multi-word verb only when its other words are in the sentence; or from a
 *     verb of denial (dyad_dict_denial) with no pattern that holds. Or from a duty
 *     in reported speech: "must" or "should", a word of dyad_duty_word before "to" (or
 *     one of its times and needs with "for" and "to": "time for Russia to"), or
 *     a form of "insist", reported by a verb of saying of its sentence
 *     (dyad_say_word) or in a quotation, which needs a quotation mark in the
 *     sentence or one before; or from the clause of "that" of a noun of asking
 *     (dyad_asking_noun: "renewed its proposal that Tokyo open its market"). Or from
 *     a response promised on a condition (dyad_response_word with "if", "unless", or
 *     "any" and a dyad_hostile_word) or
 *     under "will", "would", "shall" or "'ll" (the threat of a retaliation), or
 *     the threat a reporter (as for a duty) makes of what "any" hostile act will bring,
 *     of sanctions (dyad_sanction_word) on a condition, or of a penalty
 *     (dyad_penalty_code) after a verb of undergoing it (dyad_undergo_word 1: "face",
 *     "bear", "suffer"), or of a price after "pay" or "pays". Or from a charge a
 *     reporter (as for a duty) makes with the words of a phrase of the verb
 *     dictionary's sets DYAD_SYN_WRONG and DYAD_SYN_JUDGING. Or from a noun of an act
 *     (dyad_act_noun: talks, a meeting, a visit, an attack, tariffs) that sets the clause of
 *     any verb or is its subject.
 *  2. Source and target codes must differ, so at least one end of an event is a coded
 *     phrase, or the event is one of "the talks" or "the meeting", whose parties
 *     coreference gives from the article's events before it (dyad_coref_pair), its noun
 *     one of dyad_coref_keywords. A phrase gets a code from the actor and agent phrases
 *     found among its words, which are words of the sentence in sentence order (others
 *     may be left out between them), so the words of such a phrase occur in order in the sentence (an
 *     actor phrase of one word not at a word of two letters in lower case), or two
 *     actor phrases of one word make up a hyphenated word of it, a pair of states
 *     that "the two nations" may mean (src/code/corefs.c); or,
 *     unless new_actor_length codes unknown phrases by their own words, from
 *     coreference, which needs one of the words of dyad_coref_keywords, or a name: a
 *     word tagged NNP/NNPS in the phrase of a person coded before; or, inside
 *     quotation marks, of this sentence or of one before, from the quotation's speaker,
 *     whose first persons are those of dyad_coref_first_person.
 *  3. Coreference remembers coded phrases and events, and counts sentences (the
 *     pipeline counts those it does not code, too, and gives it their quotation
 *     marks, dyad_coref_quote, as the coder does). A phrase without a code is never
 *     taken, and matters only beside coded phrases of its own sentence, except a
 *     person or a name saying something whom a pronoun ("he", "his", "it":
 *     dyad_coref_unknown_word 2) of that sentence or the two after it may mean, which
 *     keeps the pronoun unknown; it is one by a word of its sentence that
 *     dyad_coref_unknown_word gives 1 (a verb of saying, an honorific, an office). A
 *     pronoun takes an actor of the latest sentence with any, so that one, in a
 *     sentence not parsed otherwise, changes what it takes only when the pronoun is
 *     in the sentence after it and a coded actor in the sentence before it.
 *  4. The coder reads the Treebank words of the parse upper-cased with toupper(); a
 *     token's Treebank word is the word the parser was given, except for the bytes the
 *     Treebank writer rewrites (dyad_dep_to_ptb: brackets, blanks), so a sentence with
 *     such a token is parsed whatever its words.
 *
 * So a sentence that could hold a coded phrase (a phrase of 2, a keyword, a name of an
 * earlier parsed sentence), or a person as in 3 between a parsed sentence and one with
 * such a pronoun, is parsed when it or a later sentence of the article has a verb as in
 * 1, and every other sentence is passed by: it gives no event, and leaves coreference
 * as it was for the sentences after it.
 */
#include <ctype.h>
#include <stdlib.h>
#include "dict/dict.h"
#include "dyad_resolve.h"
#include "pipeline/prefilter.h"
#include "resolve/coref.h"
#include "util/util.h"

/* Trie nodes a sentence's words can reach at once; past that, assume a phrase. */
#define S_MAX_ACTIVE 64

/* What the filter asks of a word. The bits of a group are found together, the first
 * time the group is asked of the word in an article (S_ask): the questions cost far
 * more than a look-up, and the words of news repeat. */
enum {
    S_W_DUTY = 1 << 0,      /* "must", "should", a form of "insist" */
    S_W_DUTY_TO = 1 << 1,   /* dyad_duty_word 1: a duty before "to" */
    S_W_ASKING = 1 << 2,    /* dyad_asking_noun */
    S_W_RESPONSE = 1 << 3,  /* dyad_response_word */
    S_W_HOSTILE = 1 << 4,   /* dyad_hostile_word */
    S_W_SANCTION = 1 << 5,  /* dyad_sanction_word */
    S_W_PENALTY = 1 << 6,   /* dyad_penalty_code */
    S_W_UNDERGO = 1 << 7,   /* dyad_undergo_word 1 */
    S_W_PAY = 1 << 8,       /* dyad_undergo_word 2 */
    S_W_SAY = 1 << 9,       /* dyad_say_word */
    S_W_KEYWORD = 1 << 10,  /* one of dyad_coref_keywords */
    S_W_FIRST = 1 << 11,    /* dyad_coref_first_person */
    S_W_OWNED = 1 << 12,    /* dyad_owner_ending */
    S_W_PERSON = 1 << 13,   /* dyad_coref_unknown_word 1 */
    S_W_PRONOUN = 1 << 14,  /* dyad_coref_unknown_word 2 */
    S_W_ACT = 1 << 15,      /* dyad_act_noun */
    S_W_PAIR = 1 << 16,     /* two actors of one word each, hyphenated (S_pair_word) */
    S_W_DUTY_FOR = 1 << 17, /* dyad_duty_word 2: a duty of the party after "for" */
    /* groups with no bits of their own: S_word.verb and .root[] are known */
    S_W_VERB = 1 << 18, S_W_ACTOR = 1 << 19, S_W_AGENT = 1 << 20,
};
#define S_G_DUTY (S_W_DUTY | S_W_DUTY_TO | S_W_DUTY_FOR | S_W_ASKING)
#define S_G_MODAL (S_W_RESPONSE | S_W_HOSTILE | S_W_SANCTION | S_W_PENALTY)
#define S_G_UNDERGO (S_W_UNDERGO | S_W_PAY)
#define S_G_CODER (S_W_KEYWORD | S_W_FIRST | S_W_OWNED | S_W_PAIR)
#define S_G_PERSON (S_W_PERSON | S_W_PRONOUN)

/* A distinct word of the article, upper-cased. */
typedef struct S_word {
    uint32_t off, len;   /* in up */
    unsigned known, bits;/* the groups asked so far, and the bits they found */
    int32_t verb;        /* dyad_dict_verb; -1 none */
    int32_t root[2];     /* its child of the root of the actor and agent tries; -1 none */
    size_t stamp;        /* of the latest sentence looked at that has it (S_has) */
} S_word;

struct dyad_prefilter {
    const dyad_dict *d;  /* of the article looked at */
    char *up;            /* the article's words upper-cased, each once, NUL-terminated */
    size_t upn, upcap;
    dyad_strmap *words;  /* upper-cased word -> 1 + its index in word */
    S_word *word;
    size_t nwords, wcap;
    uint32_t *tokword;   /* per token of the article: its word's index in word */
    size_t twcap;
    unsigned char *lower;/* per token: two letters in lower case (dyad_lower_short) */
    size_t lcap;
    unsigned char *ptb;  /* per sentence: a token's Treebank word differs from its word */
    size_t pcap;
    const uint32_t *sw;  /* the words of the sentence looked at (S_load), as tokword */
    const unsigned char *slower;
    size_t nword;
    size_t stamp;        /* of the sentence looked at */
    uint64_t sig;        /* dyad_word_sig of its words: most words that patterns ask
                            about are none of them */
    dyad_strmap *keywords; /* dyad_coref_keywords */
    dyad_strmap *names;  /* NNP words of the article's parsed sentences */
    int any_name;        /* a name could not be kept exactly: every word may be one */
    unsigned char *coded;/* per sentence, S_CODED: may hold a coded phrase without
                            names; S_PERSON: a person as in 3, with a pronoun it may
                            claim in the sentence after it */
    size_t kept;         /* 1 + the last sentence dyad_prefilter_keep kept, 0 none */
    size_t scap;
    size_t last;         /* one past the last sentence with a verb as in 1 */
    size_t *synseen;     /* per synset of d: the stamp of the latest sentence a member
                            of it was sought in, times 2, + 1 when one is there */
    size_t syncap;
};

static int S_put(dyad_strmap *m, const char *w, size_t n, uintptr_t val)
{
    void **slot = dyad_strmap_slot(m, w, n, NULL);
    if (!slot)
        return -1;
    *slot = (void *)val;
    return 0;
}

static int S_in(const dyad_strmap *m, const char *w)
{
    return dyad_strmap_get(m, w, strlen(w)) != NULL;
}

static void S_add_keyword(void *user, const char *w)
{
    dyad_strmap **m = user;
    if (*m && S_put(*m, w, strlen(w), 1)) {
        dyad_strmap_free(*m);
        *m = NULL;
    }
}

dyad_prefilter *dyad_prefilter_new(void)
{
    dyad_prefilter *f = calloc(1, sizeof *f);
    if (!f)
        return NULL;
    f->keywords = dyad_strmap_new();
    dyad_coref_keywords(S_add_keyword, &f->keywords);
    f->words = dyad_strmap_new();
    f->names = dyad_strmap_new();
    if (!f->keywords || !f->words || !f->names) {
        dyad_prefilter_free(f);
        return NULL;
    }
    return f;
}

void dyad_prefilter_free(dyad_prefilter *f)
{
    if (!f)
        return;
    free(f->up);
    free(f->word);
    free(f->tokword);
    free(f->lower);
    free(f->ptb);
    dyad_strmap_free(f->words);
    dyad_strmap_free(f->keywords);
    dyad_strmap_free(f->names);
    free(f->coded);
    free(f->synseen);
    free(f);
}

/* The word of the sentence's word i */
static S_word *S_at(const dyad_prefilter *f, size_t i) { return &f->word[f->sw[i]]; }
static const char *S_text(const dyad_prefilter *f, size_t i) { return f->up + S_at(f, i)->off; }

/* Does the Treebank writer rewrite byte c inside a word (property 4)? */
static inline int S_rewritten(unsigned char c)
{
    return c == '(' || c == ')' || c == '[' || c == ']' || c == '{' || c == '}' || c == ' ' ||
           c == '\t' || c == '\n' || c == '\r';
}

/* The words of the article's tokens, upper-cased, each distinct one in f->word; which
 * sentences have a token whose Treebank word differs. -1 ENOMEM. */
static int S_words(dyad_prefilter *f, const char *text, const dyad_split_result *sp)
{
    f->upn = f->nwords = 0;
    dyad_strmap_clear(f->words);
    if (dyad_vec_reserve((void **)&f->tokword, &f->twcap, sp->ntok ? sp->ntok : 1,
                         sizeof *f->tokword) ||
        dyad_vec_reserve((void **)&f->lower, &f->lcap, sp->ntok ? sp->ntok : 1, 1) ||
        dyad_vec_reserve((void **)&f->ptb, &f->pcap, sp->nsent ? sp->nsent : 1, 1))
        return -1;
    for (size_t s = 0; s < sp->nsent; s++) {
        const dyad_sentence *se = &sp->sent[s];
        f->ptb[s] = 0;
        for (size_t t = se->tok; t < se->tok + se->ntok; t++) {
            size_t len;
            const char *w = dyad_token_word(text, &sp->tok[t], &len);
            f->lower[t] = (unsigned char)dyad_lower_short(w, len);
            /* the word goes at the end of up, and stays there when it is new */
            if (len >= UINT32_MAX - f->upn ||
                dyad_vec_reserve((void **)&f->up, &f->upcap, f->upn + len + 1, 1))
                return -1;
            char *p = f->up + f->upn;
            for (size_t k = 0; k < len; k++) {
                f->ptb[s] |= (unsigned char)S_rewritten((unsigned char)w[k]);
                p[k] = (char)toupper((unsigned char)w[k]);
            }
            p[len] = 0;
            int created;
            void **slot = dyad_strmap_slot(f->words, p, len, &created);
            if (!slot ||
                (created && dyad_vec_grow((void **)&f->word, &f->wcap, f->nwords,
                                          sizeof *f->word)))
                return -1;
            if (created) {
                f->word[f->nwords] = (S_word){(uint32_t)f->upn, (uint32_t)len, 0, 0,
                                                -1, {-1, -1}, 0};
                *slot = (void *)(uintptr_t)++f->nwords;
                f->upn += len + 1;
            }
            f->tokword[t] = (uint32_t)((uintptr_t)*slot - 1);
        }
    }
    return 0;
}

/* Look at sentence se: 1 when a token's Treebank word differs from its word (its
 * words are not looked at then). */
static int S_load(dyad_prefilter *f, const dyad_split_result *sp, size_t s)
{
    const dyad_sentence *se = &sp->sent[s];
    if (f->ptb[s])
        return 1;
    f->sw = f->tokword + se->tok;
    f->slower = f->lower + se->tok;
    f->nword = se->ntok;
    f->stamp++;
    f->sig = 0;
    for (size_t i = 0; i < f->nword; i++) {
        S_word *t = S_at(f, i);
        t->stamp = f->stamp;
        f->sig |= dyad_word_sig(f->up + t->off, t->len);
    }
    return 0;
}

/* Is upper-cased word w of n bytes two actor phrases of one word joined by one hyphen
 * ("U.S.-CANADIAN", "IRAN-IRAQ")? The coder reads such a word as a pair of states that
 * "the two nations" after it may mean (S_refer_hyphen_pair in src/code/corefs.c). */
static int S_pair_word(const dyad_prefilter *f, const char *w, size_t n)
{
    const char *h = memchr(w, '-', n);
    if (!h || memchr(h + 1, '-', n - (size_t)(h + 1 - w)))
        return 0;
    const dyad_trie *t = &f->d->actors;
    int32_t a = dyad_trie_child(t, 0, w, (size_t)(h - w)),
            b = dyad_trie_child(t, 0, h + 1, n - (size_t)(h + 1 - w));
    return a >= 0 && b >= 0 && t->val[a] >= 0 && t->val[b] >= 0;
}

/* Finds the bits of group g of word t (S_ask). */
static void S_learn(dyad_prefilter *f, S_word *t, unsigned g)
{
    const char *w = f->up + t->off;
    size_t n = t->len;
    unsigned b = 0;
    int p;
    switch (g) {
    case S_G_DUTY: {
        int duty = dyad_duty_word(w);
        b = (dyad_is(w, "MUST") || dyad_is(w, "SHOULD") || dyad_after(w, "INSIST") ? S_W_DUTY
                                                                                    : 0) |
            (duty == 1 ? S_W_DUTY_TO : 0) | (duty == 2 ? S_W_DUTY_FOR : 0) |
            (dyad_asking_noun(w) ? S_W_ASKING : 0);
        break;
    }
    case S_G_MODAL:
        b = (dyad_response_word(w, n) ? S_W_RESPONSE : 0) |
            (dyad_hostile_word(w, n) ? S_W_HOSTILE : 0) |
            (dyad_sanction_word(w, n) ? S_W_SANCTION : 0) |
            (dyad_penalty_code(w, n) ? S_W_PENALTY : 0);
        break;
    case S_G_UNDERGO:
        p = dyad_undergo_word(w, n);
        b = p == 1 ? S_W_UNDERGO : p == 2 ? S_W_PAY : 0;
        break;
    case S_W_SAY:
        b = dyad_say_word(w, n) ? S_W_SAY : 0;
        break;
    case S_W_ACT:
        b = dyad_act_noun(w) ? S_W_ACT : 0;
        break;
    case S_G_CODER:
        b = (S_in(f->keywords, w) ? S_W_KEYWORD : 0) |
            (dyad_coref_first_person(w) ? S_W_FIRST : 0) |
            (dyad_owner_ending(w) ? S_W_OWNED : 0) | (S_pair_word(f, w, n) ? S_W_PAIR : 0);
        break;
    case S_G_PERSON:
        p = dyad_coref_unknown_word(w);
        b = p == 2 ? S_W_PRONOUN : p ? S_W_PERSON : 0;
        break;
    case S_W_VERB:
        t->verb = dyad_dict_verb(f->d, w, n);
        break;
    case S_W_ACTOR:
    case S_W_AGENT:
        t->root[g == S_W_AGENT] =
            dyad_trie_child(g == S_W_AGENT ? &f->d->agents : &f->d->actors, 0, w, n);
        break;
    }
    t->known |= g;
    t->bits |= b;
}

/* The bits of the sentence's word i, with those of group g found: asked of every word
 * of a sentence, mostly found already. */
static inline unsigned S_ask(dyad_prefilter *f, size_t i, unsigned g)
{
    S_word *t = S_at(f, i);
    if (!(t->known & g))
        S_learn(f, t, g);
    return t->bits;
}

/* The child of the root of the actor (g S_W_ACTOR) or agent (S_W_AGENT) trie along
 * the sentence's word i; -1 none. */
static int32_t S_root_child(dyad_prefilter *f, size_t i, unsigned g)
{
    S_ask(f, i, g);
    return S_at(f, i)->root[g == S_W_AGENT];
}

/* Is w one of the words of the sentence looked at? */
static int S_has(const dyad_prefilter *f, const char *w)
{
    size_t n = strlen(w);
    if (!(f->sig & dyad_word_sig(w, n)))
        return 0;
    uintptr_t k = (uintptr_t)dyad_strmap_get(f->words, w, n);
    return k && f->word[k - 1].stamp == f->stamp;
}

static int S_real_code(const dyad_dict *d, dyad_str code)
{
    const char *c = dyad_dict_str(d, code);
    return c[0] && strcmp(c, "---");
}

/* Are all n words of d->words from first in the sentence? */
static int S_words_in(const dyad_prefilter *f, const dyad_dict *d, uint32_t first, int n)
{
    for (int i = 0; i < n; i++)
        if (!S_has(f, dyad_dict_word(d, first, i)))
            return 0;
    return 1;
}

/* Has the sentence all words of a member of synset syn? Found once a sentence for each
 * set: many patterns name the same one. */
static int S_syn_in(dyad_prefilter *f, const dyad_dict *d, int syn)
{
    size_t *seen = &f->synseen[syn];
    if (*seen >> 1 != f->stamp) {
        const dyad_synset *sy = &d->syn.v[syn];
        int any = 0;
        for (uint32_t k = 0; k < sy->n && !any; k++) {
            const dyad_phrase *ph = &d->phrase.v[sy->first + k];
            any = S_words_in(f, d, ph->w, ph->n);
        }
        *seen = f->stamp << 1 | (size_t)any;
    }
    return (int)(*seen & 1);
}

/* Could the n pattern tokens from first match the sentence (property 1)? */
static int S_pattern_in(dyad_prefilter *f, const dyad_dict *d, uint32_t first, int n)
{
    const dyad_ptok *t = dyad_dict_toks(d, first);
    for (int i = 0; i < n; i++) {
        if (t[i].type == DYAD_PT_WORD && !S_has(f, dyad_dict_str(d, t[i].word)))
            return 0;
        if (t[i].type == DYAD_PT_SYN && !S_syn_in(f, d, t[i].syn))
            return 0;
    }
    return 1;
}

/* Could the verb entries from k (a word's chain) give a code in this sentence? */
static int S_verb_can_code(dyad_prefilter *f, const dyad_dict *d, int32_t k)
{
    for (; k >= 0; k = d->verb.v[k].next) {
        const dyad_verb *v = &d->verb.v[k];
        if (!S_words_in(f, d, v->pre, v->npre) || !S_words_in(f, d, v->post, v->npost))
            continue;
        if (S_real_code(d, v->code) || dyad_dict_denial(d, v))
            return 1;
        const dyad_vblock *b = &d->block.v[v->block];
        for (uint32_t p = b->first; p < b->end; p++) {
            const dyad_pattern *pt = &d->pat.v[p];
            if (S_real_code(d, pt->code) && S_pattern_in(f, d, pt->up, pt->nup) &&
                S_pattern_in(f, d, pt->low, pt->nlow))
                return 1;
        }
    }
    return 0;
}

/* Has sentence se a quotation mark (the Treebank's `` or '', as the parser gets them)? */
static int S_marked(const char *text, const dyad_split_result *sp, const dyad_sentence *se)
{
    for (size_t i = 0; i < se->ntok; i++) {
        size_t len;
        const char *w = dyad_token_word(text, &sp->tok[se->tok + i], &len);
        if (len == 2 && (w[0] == '`' || w[0] == '\'') && w[1] == w[0])
            return 1;
    }
    return 0;
}

/* Has the sentence all words of a phrase of one of the verb dictionary's word sets of
 * reported charges (DYAD_SYN_WRONG, DYAD_SYN_JUDGING; property 1)? */
static int S_charge_word(dyad_prefilter *f, const dyad_dict *d)
{
    static const char *const sets[] = {DYAD_SYN_WRONG, DYAD_SYN_JUDGING};
    for (int i = 0; i < 2; i++) {
        int syn = dyad_wmap_get(&d->synmap, d->str.v, 0, sets[i], strlen(sets[i]));
        if (syn >= 0 && S_syn_in(f, d, syn))
            return 1;
    }
    return 0;
}

/* Has the sentence a verb of saying that may report a duty (property 1)? */
static int S_says(dyad_prefilter *f)
{
    for (size_t i = 0; i < f->nword; i++)
        if (S_ask(f, i, S_W_SAY) & S_W_SAY)
            return 1;
    return 0;
}

/* Could the sentence give an event (property 1)? quoted: it or a sentence before has a
 * quotation mark. */
static int S_has_verb(dyad_prefilter *f, const dyad_dict *d, int quoted)
{
    for (size_t i = 0; i < f->nword; i++) {
        unsigned b = S_ask(f, i, S_G_DUTY);
        int duty = b & S_W_DUTY || ((b & (S_W_DUTY_TO | S_W_DUTY_FOR)) && S_has(f, "TO") &&
                                    (b & S_W_DUTY_TO || S_has(f, "FOR")));
        if (duty && (quoted || S_says(f)))
            return 1; /* reported, the duty is an appeal whatever the verb */
        if (b & S_W_ASKING && S_has(f, "THAT"))
            return 1; /* a noun of asking, whose clause asks whatever its verb */
        if (S_ask(f, i, S_W_ACT) & S_W_ACT)
            return 1; /* the act of a noun, whatever the verb */
        S_ask(f, i, S_W_VERB);
        int32_t k = S_at(f, i)->verb;
        if (k >= 0 && S_verb_can_code(f, d, k))
            return 1;
    }
    /* a wrong or a judgement a reported clause charges its subject with, whatever the
     * verb ("said the government is trying to steal the election") */
    if ((quoted || S_says(f)) && S_charge_word(f, d))
        return 1;
    /* a response promised on a condition, "if", "unless" or "any" hostile act ("Iran
     * would respond to any aggression"), or a retaliation promised with none ("said
     * it would retaliate"), or the reporter's threat of what any hostile act will
     * bring, or of a penalty someone is to undergo (a price to pay) */
    int cond = S_has(f, "IF") || S_has(f, "UNLESS"), any = S_has(f, "ANY"),
        modal = S_has(f, "WILL") || S_has(f, "WOULD") || S_has(f, "SHALL") || S_has(f, "'LL");
    /* the verb of undergoing first: with no condition, "any" or modal only it can let
     * the sentence through, and the modal group's questions cost far more */
    unsigned b = 0;
    for (size_t i = 0; i < f->nword; i++)
        b |= S_ask(f, i, S_G_UNDERGO);
    if (!(cond || any || modal || (b & S_G_UNDERGO)))
        return 0;
    for (size_t i = 0; i < f->nword; i++)
        b |= S_ask(f, i, S_G_MODAL);
    int respond = !!(b & S_W_RESPONSE), hostile = !!(b & S_W_HOSTILE),
        sanction = !!(b & S_W_SANCTION), penalty = !!(b & S_W_PENALTY),
        undergo = (b & S_W_UNDERGO && penalty) || (b & S_W_PAY && S_has(f, "PRICE"));
    return ((cond || (any && hostile) || modal) && respond) ||
           (((any && hostile) || (cond && sanction) || undergo) && (quoted || S_says(f)));
}

/* Do the words of some phrase of trie t occur in order among the sentence's words
 * (property 2)? Every node reached so far stays a starting point, along either kind
 * of edge, since words between may have been left out of the phrase. With names, a
 * phrase of one word does not count at a word of two letters in lower case (the coder
 * reads no actor there: "is" is no Islamic State), though longer phrases may start
 * there. g: S_W_ACTOR for d->actors, S_W_AGENT for d->agents, whose root's children
 * the words keep. */
static int S_phrase_in(dyad_prefilter *f, const dyad_trie *t, unsigned g, int names)
{
    int32_t act[S_MAX_ACTIVE] = {0}; /* the root */
    int na = 1;
    for (size_t i = 0; i < f->nword; i++) {
        const S_word *wt = S_at(f, i);
        const char *w = f->up + wt->off;
        int before = na; /* nodes reached by this word extend only from the next one */
        for (int a = 0; a < before; a++)
            for (int gap = 0; gap < (act[a] && t->gapkids[act[a]] ? 2 : 1); gap++) {
                int ch = !act[a] ? S_root_child(f, i, g)
                         : gap   ? dyad_trie_child_gap(t, act[a], w, wt->len)
                                 : dyad_trie_child(t, act[a], w, wt->len);
                if (ch < 0)
                    continue;
                if (t->val[ch] >= 0 && !(names && !act[a] && f->slower[i]))
                    return 1;
                int seen = 0;
                for (int b = 0; b < na && !seen; b++)
                    seen = act[b] == ch;
                if (seen)
                    continue;
                if (na == S_MAX_ACTIVE)
                    return 1;
                act[na++] = ch;
            }
    }
    return 0;
}

/* What could give a phrase of the sentence a code (property 2), other than a name:
 * S_ACTOR an actor phrase or a word that names an actor's ship or plane, or someone
 * an actor appointed ("British-flagged", "Israel-linked", "Nations-appointed"), which
 * the coder codes by the words before its ending in an article (dyad_owner_ending;
 * any such word counts, whatever comes before it), or a pair of actors in one
 * hyphenated word (S_pair_word); S_OTHER an agent phrase, a
 * coreference keyword or, when quoted (a quotation mark in this sentence or one
 * before), a first person. */
enum { S_ACTOR = 1, S_OTHER = 2 };
static int S_coders(dyad_prefilter *f, const dyad_dict *d, int quoted)
{
    if (S_phrase_in(f, &d->actors, S_W_ACTOR, 1))
        return S_ACTOR;
    unsigned b = 0;
    for (size_t i = 0; i < f->nword; i++)
        b |= S_ask(f, i, S_G_CODER);
    if (b & (S_W_OWNED | S_W_PAIR))
        return S_ACTOR;
    if (b & S_W_KEYWORD || (quoted && b & S_W_FIRST))
        return S_OTHER;
    return S_phrase_in(f, &d->agents, S_W_AGENT, 0) ? S_OTHER : 0;
}

/* Bits of f->coded; S_PRONOUN a pronoun as in property 3 (while the article is looked
 * at). */
enum { S_CODED = 1, S_PERSON = 2, S_PRONOUN = 4 };

/* Words of property 3: S_PERSON a word that may make a phrase a person or a name
 * saying something, S_PRONOUN a pronoun such a one may claim. */
static int S_persons(dyad_prefilter *f)
{
    unsigned b = 0;
    for (size_t i = 0; i < f->nword; i++)
        b |= S_ask(f, i, S_G_PERSON);
    return (b & S_W_PRONOUN ? S_PRONOUN : 0) | (b & S_W_PERSON ? S_PERSON : 0);
}

int dyad_prefilter_article(dyad_prefilter *f, const dyad_dict *d, const dyad_code_opts *o,
                           const char *text, const dyad_split_result *sp)
{
    size_t n = sp->nsent;
    f->any_name = 0;
    f->d = d;
    dyad_strmap_clear(f->names);
    size_t had = f->syncap;
    if (S_words(f, text, sp) ||
        dyad_vec_reserve((void **)&f->coded, &f->scap, n ? n : 1, 1) ||
        dyad_vec_reserve((void **)&f->synseen, &f->syncap, d->syn.n, sizeof *f->synseen))
        return -1;
    if (f->syncap > had)
        memset(f->synseen + had, 0, (f->syncap - had) * sizeof *f->synseen);
    /* the first sentence with a quotation mark */
    size_t marked = 0;
    while (marked < n && !S_marked(text, sp, &sp->sent[marked]))
        marked++;
    /* the last sentence with a verb: nothing after it can be needed */
    f->last = 0;
    for (size_t s = n; s-- > 0 && !f->last;)
        if (S_load(f, sp, s) || S_has_verb(f, d, s >= marked))
            f->last = s + 1;
    /* Agents alone code an end only without require_dyad; otherwise, as everything
     * coreference gives, they count from the first actor of the article on. */
    int actor_seen = 0;
    for (size_t s = 0; s < f->last; s++) {
        int rc = S_load(f, sp, s);
        int c = rc ? S_ACTOR : S_coders(f, d, s >= marked);
        actor_seen |= c == S_ACTOR;
        f->coded[s] = (unsigned char)((o->new_actor_length > 0 ||
                                       (c && (actor_seen || !o->require_dyad))) |
                                      (rc ? S_PRONOUN : S_persons(f)));
    }
    /* a person whom a pronoun of the sentence after it may mean (property 3) */
    for (size_t s = 0; s < f->last; s++) {
        int next = s + 1 < f->last && f->coded[s + 1] & S_PRONOUN;
        f->coded[s] &= (unsigned char)(S_CODED | (next ? S_PERSON : 0));
    }
    f->kept = 0;
    return 0;
}

static int S_keep(dyad_prefilter *f, const dyad_split_result *sp, size_t s)
{
    if (s >= f->last)
        return 0;
    if (f->coded[s] & S_CODED || f->any_name ||
        (f->coded[s] & S_PERSON && s > 0 && f->kept == s))
        return 1;
    /* names are of persons coded before, so only after an actor (coded[] says) */
    if (!dyad_strmap_count(f->names))
        return 0;
    if (S_load(f, sp, s))
        return 1;
    for (size_t i = 0; i < f->nword; i++)
        if (S_in(f->names, S_text(f, i)))
            return 1;
    return 0;
}

int dyad_prefilter_keep(dyad_prefilter *f, const char *text, const dyad_split_result *sp,
                        size_t s)
{
    int rc = S_keep(f, sp, s);
    if (rc > 0)
        f->kept = s + 1;
    return rc;
}
int dyad_prefilter_names(dyad_prefilter *f, const char *const *words, const size_t *lens,
                         const char *const *xpos, int n)
{
    char up[256];
    for (int i = 0; i < n; i++) {
        if (!xpos[i] || strncmp(xpos[i], "NNP", 3))
            continue;
        if (lens[i] >= sizeof up) {
            f->any_name = 1;
            continue;
        }
        for (size_t k = 0; k < lens[i]; k++) {
            if (S_rewritten((unsigned char)words[i][k]))
                f->any_name = 1; /* its Treebank word is another */
            up[k] = (char)toupper((unsigned char)words[i][k]);
        }
        if (S_put(f->names, up, lens[i], 1))
            return -1;
    }
    return 0;
}

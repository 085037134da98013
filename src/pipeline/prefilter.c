/*
 * prefilter.c — which sentences of an article are worth tagging and parsing. Tagging
 * and parsing are most of the cost of coding news, and most news sentences cannot give
 * an event: no verb of the dictionary that could yield a code, or no actor or agent for
 * it to code. That shows in the words alone, so those sentences are passed by.
 *
 * The filter must leave the events exactly as they are without it (tested by coding
 * real news both ways: tests/unit/test_prefilter.c; dyad_engine_opts.parse_all turns
 * it off). It relies on these properties of the coder (src/code/coder.c); a change
 * there that breaks one of them must change the classes here too:
 *
 *  1. Every event comes from a verb phrase whose verb word is in the verb dictionary
 *     (dyad_dict_verb), with a code other than "---": the verb entry's own or that of a
 *     matching pattern of its block (of the blocks of all one-word entries of the word,
 *     for a one-word verb). A pattern matches only when each of its words is a word of
 *     the sentence and, for each &SET in it, all words of one of the set's phrases are;
 *     a multi-word verb only when its other words are in the sentence.
 *  2. Source and target codes must differ, so at least one end is a coded entity, and an
 *     entity's code comes only from actor and agent phrases found among its words, which
 *     are words of the sentence in sentence order (other words may have been left out
 *     between them). So the words of some actor or agent phrase occur in order in the
 *     sentence, unless new_actor_length codes unknown entities by their own words.
 *  3. The coder reads the Treebank words of the parse upper-cased with toupper(); a
 *     token's Treebank word is the word the parser was given, except for the bytes the
 *     Treebank writer rewrites (dyad_dep_to_ptb: brackets, blanks), so a sentence with
 *     such a token is parsed whatever its words.
 *  4. Coding one sentence reads nothing of the others, except through coreference,
 *     whose antecedents are coded entities: a sentence with an actor or agent phrase is
 *     parsed whenever a later sentence of the article may give an event, so that a
 *     mention there can find it. Mentions that coreference resolves without such a
 *     phrase (pronouns, "both sides") must count as a phrase in S_classify, or a
 *     sentence that holds only them and a verb would be passed by.
 *
 * So a sentence is parsed when it has a verb as in 1 and a phrase as in 2, or a phrase
 * and a later sentence has both.
 */
#include <ctype.h>
#include <stdlib.h>
#include "dict/dict.h"
#include "pipeline/prefilter.h"

enum { S_VERB = 1, S_PHRASE = 2 };

/* Trie nodes a sentence's words can reach at once; past that, assume a phrase. */
#define S_MAX_ACTIVE 64

struct dyad_prefilter {
    char *up;            /* the sentence's words upper-cased, each NUL-terminated */
    size_t upcap;
    uint32_t *word;      /* offset of each word in up */
    size_t nword, wcap;
    uint32_t *set;       /* hash set of the words: index + 1, 0 empty; built on demand */
    size_t setcap;
    int have_set;
    unsigned char *cls;  /* per sentence: its class, then (from cls + scap) the verdict */
    size_t scap;
};

dyad_prefilter *dyad_prefilter_new(void) { return calloc(1, sizeof(dyad_prefilter)); }

void dyad_prefilter_free(dyad_prefilter *f)
{
    if (!f)
        return;
    free(f->up);
    free(f->word);
    free(f->set);
    free(f->cls);
    free(f);
}

static int S_reserve(void *pp, size_t *cap, size_t n, size_t sz)
{
    if (n <= *cap)
        return 0;
    size_t c = *cap ? *cap : 64;
    while (c < n)
        c *= 2;
    void *q = realloc(*(void **)pp, c * sz);
    if (!q)
        return -1;
    *(void **)pp = q;
    *cap = c;
    return 0;
}

static uint32_t S_hash(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static const char *S_word(const dyad_prefilter *f, size_t i) { return f->up + f->word[i]; }

/* Upper-case the n tokens' words into f. 1: a token's Treebank word differs from its
 * word (property 3); -1 ENOMEM. */
static int S_load(dyad_prefilter *f, const char *text, const dyad_token *tok, size_t n)
{
    size_t bytes = 0;
    for (size_t i = 0; i < n; i++) {
        size_t len;
        dyad_token_word(text, &tok[i], &len);
        bytes += len + 1;
    }
    if (S_reserve(&f->up, &f->upcap, bytes, 1) || S_reserve(&f->word, &f->wcap, n, sizeof *f->word))
        return -1;
    char *p = f->up;
    for (size_t i = 0; i < n; i++) {
        size_t len;
        const char *w = dyad_token_word(text, &tok[i], &len);
        f->word[i] = (uint32_t)(p - f->up);
        for (size_t k = 0; k < len; k++) {
            unsigned char ch = (unsigned char)w[k];
            if (ch == '(' || ch == ')' || ch == '[' || ch == ']' || ch == '{' || ch == '}' ||
                ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r')
                return 1;
            *p++ = (char)toupper(ch);
        }
        *p++ = 0;
    }
    f->nword = n;
    f->have_set = 0;
    return 0;
}

/* Is w one of the sentence's words? The set is built on the first question. */
static int S_has(dyad_prefilter *f, const char *w)
{
    size_t mask = f->setcap - 1;
    if (!f->have_set) {
        size_t need = 16;
        while (need < 2 * f->nword)
            need *= 2;
        if (need > f->setcap) {
            uint32_t *p = realloc(f->set, need * sizeof *p);
            if (!p)
                return 1; /* cannot tell: say yes */
            f->set = p;
            f->setcap = need;
        }
        mask = f->setcap - 1;
        memset(f->set, 0, f->setcap * sizeof *f->set);
        for (size_t i = 0; i < f->nword; i++) {
            size_t k = S_hash(S_word(f, i)) & mask;
            while (f->set[k])
                k = (k + 1) & mask;
            f->set[k] = (uint32_t)i + 1;
        }
        f->have_set = 1;
    }
    for (size_t k = S_hash(w) & mask; f->set[k]; k = (k + 1) & mask)
        if (!strcmp(S_word(f, f->set[k] - 1), w))
            return 1;
    return 0;
}

static int S_real_code(const dyad_dict *d, dyad_str code)
{
    const char *c = dyad_dict_str(d, code);
    return c[0] && strcmp(c, "---");
}

/* Are all n words of d->words from first in the sentence? */
static int S_words_in(dyad_prefilter *f, const dyad_dict *d, uint32_t first, int n)
{
    for (int i = 0; i < n; i++)
        if (!S_has(f, dyad_dict_word(d, first, i)))
            return 0;
    return 1;
}

/* Could the n pattern tokens from first match the sentence (property 1)? */
static int S_pattern_in(dyad_prefilter *f, const dyad_dict *d, uint32_t first, int n)
{
    const dyad_ptok *t = dyad_dict_toks(d, first);
    for (int i = 0; i < n; i++) {
        if (t[i].type == DYAD_PT_WORD && !S_has(f, dyad_dict_str(d, t[i].word)))
            return 0;
        if (t[i].type == DYAD_PT_SYN) {
            const dyad_synset *sy = &d->syn.v[t[i].syn];
            int any = 0;
            for (uint32_t k = 0; k < sy->n && !any; k++) {
                const dyad_phrase *ph = &d->phrase.v[sy->first + k];
                any = S_words_in(f, d, ph->w, ph->n);
            }
            if (!any)
                return 0;
        }
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
        if (S_real_code(d, v->code))
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

/* Do the words of some phrase of trie t occur in order among the sentence's words
 * (property 2)? Every node reached so far stays a starting point, along either kind
 * of edge, since words between may have been left out of the entity. */
static int S_phrase_in(const dyad_prefilter *f, const dyad_trie *t)
{
    int32_t act[S_MAX_ACTIVE] = {0}; /* the root */
    int na = 1;
    for (size_t i = 0; i < f->nword; i++) {
        const char *w = S_word(f, i);
        size_t len = strlen(w);
        int before = na; /* nodes reached by this word extend only from the next one */
        for (int a = 0; a < before; a++)
            for (int gap = 0; gap < (act[a] ? 2 : 1); gap++) {
                int ch = gap ? dyad_trie_child_gap(t, act[a], w, len)
                             : dyad_trie_child(t, act[a], w, len);
                if (ch < 0)
                    continue;
                if (t->val[ch] >= 0)
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

/* S_VERB | S_PHRASE as the sentence's words show them; -1 ENOMEM. S_VERB is only
 * looked for when there is a phrase, as nothing needs it otherwise. */
static int S_classify(dyad_prefilter *f, const dyad_dict *d, const dyad_code_opts *o,
                      const char *text, const dyad_token *tok, size_t n)
{
    int rc = S_load(f, text, tok, n);
    if (rc)
        return rc < 0 ? -1 : S_VERB | S_PHRASE;
    if (o->new_actor_length <= 0 && !S_phrase_in(f, &d->actors) && !S_phrase_in(f, &d->agents))
        return 0;
    for (size_t i = 0; i < f->nword; i++) {
        const char *w = S_word(f, i);
        int32_t k = dyad_dict_verb(d, w, strlen(w));
        if (k >= 0 && S_verb_can_code(f, d, k))
            return S_VERB | S_PHRASE;
    }
    return S_PHRASE;
}

const unsigned char *dyad_prefilter_article(dyad_prefilter *f, const dyad_dict *d,
                                            const dyad_code_opts *o, const char *text,
                                            const dyad_split_result *sp)
{
    size_t n = sp->nsent;
    if (S_reserve(&f->cls, &f->scap, n ? n : 1, 2))
        return NULL;
    unsigned char *keep = f->cls + f->scap;
    size_t last = 0; /* one past the last sentence that may give an event */
    for (size_t s = 0; s < n; s++) {
        const dyad_sentence *se = &sp->sent[s];
        int c = S_classify(f, d, o, text, sp->tok + se->tok, se->ntok);
        if (c < 0)
            return NULL;
        f->cls[s] = (unsigned char)c;
        if (c == (S_VERB | S_PHRASE))
            last = s + 1;
    }
    for (size_t s = 0; s < n; s++)
        keep[s] = f->cls[s] == (S_VERB | S_PHRASE) || ((f->cls[s] & S_PHRASE) && s < last);
    return keep;
}

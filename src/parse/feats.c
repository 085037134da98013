/*
 * feats.c — feature templates of the tagger, the parser's action classifier and its
 * arc labeller, as 64-bit hashes (the weight tables are keyed by them).
 *
 * Tagger: the rich local context of Ratnaparkhi (1996) / Collins (2002) as used by
 * averaged-perceptron taggers: word, lowercase, prefixes 1-3 and suffixes 1-4, shape,
 * flags, words at +-2, suffixes and shapes of neighbours, the two previous tags; and
 * what unlabelled text says of the word and its neighbours: Brown clusters, as in
 * Owoputi et al. (2013), and how often the word is capitalised.
 * Parser: the rich non-local templates of Zhang & Nivre (2011), "Transition-based
 * dependency parsing with rich non-local features": words/tags of s0, s1, b0-b2, the
 * heads and outer children of s0 and b0, distance, valency and label sets; clusters in
 * place of words and tags (Koo et al. 2008, "Simple semi-supervised dependency
 * parsing"); clause punctuation between s0 and b0. The arc labeller also reads the
 * tagger's runner-up tag, so that it can label past a likely tagging error.
 */
#include <string.h>
#include "parse_int.h"

#define FNV_OFF 0xcbf29ce484222325ULL
#define FNV_PRIME 0x100000001b3ULL
#define NONE 0x7fffffffULL /* and NONE + k: values that no word or tag has */

static inline unsigned char S_low(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return (unsigned char)(c + 32);
    if (c >= '0' && c <= '9')
        return '0'; /* numbers generalise by shape */
    return c;
}

static uint64_t S_hash_low(const unsigned char *w, size_t from, size_t to)
{
    uint64_t h = FNV_OFF;
    for (size_t i = from; i < to; i++)
        h = (h ^ S_low(w[i])) * FNV_PRIME;
    return h;
}

/* The treebank spelling of a Penn Treebank token (the splitter's norm, dyad_split.h):
 * UD keeps quotes and brackets as written, so `` and -LRB- would be unknown words to
 * the model while " and ( are frequent ones. */
static const char *S_treebank_form(const char *w, size_t len)
{
    static const char *const map[][2] = {
        {"``", "\""}, {"''", "\""}, {"-LRB-", "("}, {"-RRB-", ")"}, {"-LSB-", "["},
        {"-RSB-", "]"}, {"-LCB-", "{"}, {"-RCB-", "}"},
    };
    if (len == 2 || len == 5)
        for (size_t k = 0; k < sizeof map / sizeof map[0]; k++)
            if (strlen(map[k][0]) == len && !memcmp(w, map[k][0], len))
                return map[k][1];
    return NULL;
}

void dyad_ptok_init(dyad_ptok *t, const char *word, size_t len)
{
    const char *tb = S_treebank_form(word, len);
    if (tb) {
        word = tb;
        len = 1;
    }
    const unsigned char *w = (const unsigned char *)word;
    uint64_t hf = FNV_OFF, hs = FNV_OFF;
    int upper = 0, lower = 0, digit = 0, hyphen = 0, other = 0, nonascii = 0;
    char last = 0;
    int run = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = w[i];
        hf = (hf ^ c) * FNV_PRIME;
        char k;
        if (c >= 'A' && c <= 'Z')
            k = 'X', upper++;
        else if (c >= 'a' && c <= 'z')
            k = 'x', lower++;
        else if (c >= '0' && c <= '9')
            k = 'd', digit++;
        else if (c >= 0x80)
            k = 'u', nonascii++;
        else {
            k = (char)c, other++;
            if (c == '-')
                hyphen++;
        }
        /* runs are cut at 3 so that "Xxxxxxx" and "Xxxx" share a shape */
        run = k == last ? run + 1 : 1;
        last = k;
        if (run <= 3)
            hs = (hs ^ (unsigned char)k) * FNV_PRIME;
    }
    t->form = hf;
    t->shape = hs;
    /* the prefixes' hashes are the lower-case hash's first steps */
    uint64_t hl = FNV_OFF;
    for (size_t i = 0; i < len; i++) {
        hl = (hl ^ S_low(w[i])) * FNV_PRIME;
        if (i < 3)
            t->pre[i] = hl;
    }
    t->low = hl;
    for (size_t k = len; k < 3; k++)
        t->pre[k] = hl;
    for (size_t k = 1; k <= 4; k++)
        t->suf[k - 1] = S_hash_low(w, k < len ? len - k : 0, len);
    uint32_t fl = 0;
    if (len && w[0] >= 'A' && w[0] <= 'Z')
        fl |= 1;
    if (upper && !lower)
        fl |= 2;
    if (digit)
        fl |= 4;
    if (hyphen)
        fl |= 8;
    if (digit && !upper && !lower)
        fl |= 16;
    if (other)
        fl |= 32;
    if (nonascii)
        fl |= 64;
    fl |= (uint32_t)(len == 1 ? 0 : len <= 3 ? 1 : len <= 6 ? 2 : 3) << 8;
    t->alpha = len && ((w[0] >= 'a' && w[0] <= 'z') || (w[0] >= 'A' && w[0] <= 'Z'));
    t->sep = (len == 1 && (w[0] == ',' || w[0] == ';' || w[0] == ':')) ||
             (len == 2 && w[0] == '-' && w[1] == '-');
    t->flags = fl;
    t->tag = t->tag1 = -1;
    t->sure = 0;
    t->noprep = 0;
    t->noverb = 0;
    t->roman = len > 0;
    for (size_t i = 0; t->roman && i < len; i++)
        t->roman &= strchr("IVXLCDM", w[i]) != NULL && w[i] != 0;
    dyad_ptok_word(t, 0);
}

/* A word of two or more letters, all of them capitals, and no digits ("M23" is a name
 * the tagger reads as a number). */
static int S_capitals(const dyad_ptok *t)
{
    return t->alpha && (t->flags & 2) && !(t->flags & 4) && (t->flags >> 8) > 0;
}

void dyad_ptok_sentence(dyad_ptok *t, int n)
{
    int k = 0, words = 0, caps = 0, allcaps = 0;
    for (int i = 0; i < n; i++) {
        t[i].nsep = k;
        k += t[i].sep;
        words += t[i].alpha;
        caps += t[i].alpha && (t[i].flags & 1);
        allcaps += S_capitals(&t[i]);
    }
    /* headings capitalise every word, where case says little of proper nouns */
    int title = words < 3 ? 0 : caps * 10 >= words * 6 ? 2 : caps * 10 >= words * 3;
    /* In a sentence written in lower case, a word of two or more capitals is an
     * abbreviation (IS, US, UN), however it is spelt in lower case: "airstrikes against
     * IS in Syria" and "five IS members" read "IS" as a verb, which left the group
     * out of the noun phrase. A sentence mostly in capitals (a shouted heading) says
     * nothing by its case. A capitalised word that unlabelled text capitalises (almost)
     * always is a name, never a verb either, also where a sentence opens: "Beijing
     * blamed Washington for the tensions" read "Beijing" as VBG, with "blamed" a
     * participle under it and no subject (4 of 16 such sentences opened by "Beijing"). */
    int mixed = words >= 4 && allcaps * 10 < words * 3;
    for (int i = 0; i < n; i++) {
        t[i].title = title;
        t[i].noverb = mixed && S_capitals(&t[i]) ? 1 + !t[i].roman
                                                 : (t[i].flags & 1) && t[i].caps == 4;
    }
}

/* Prefix lengths of a cluster's bit string (Koo et al. 2008 use 4 and 6 with the whole
 * string); 0 = the whole string. */
static const int S_clus_bits[DYAD_NCLP] = {0, 4, 6, 10};

void dyad_ptok_word(dyad_ptok *t, uint32_t v)
{
    uint32_t code = v & DYAD_WORD_CODE;
    t->caps = v >> DYAD_WORD_CAPS_SHIFT;
    int len = code ? 31 - __builtin_clz(code) : 0;
    for (int k = 0; k < DYAD_NCLP; k++) {
        int b = S_clus_bits[k];
        /* the leading 1 of a code keeps prefixes of different lengths apart */
        t->clus[k] = !code ? NONE + 3 : !b || len <= b ? code : code >> (len - b);
    }
}

#define TAG(j) ((j) >= 0 ? (uint64_t)t[j].tag : NONE)
#define LOW(j) ((j) >= 0 && (j) < n ? t[j].low : ((j) < 0 ? NONE : NONE + 1))
#define CL(j, k) ((j) >= 0 && (j) < n ? t[j].clus[k] : ((j) < 0 ? NONE : NONE + 1))
#define F(k, a, b, c) f[nf++] = dyad_feat((k), (a), (b), (c))

int dyad_word_feats(const dyad_ptok *w, int part, uint64_t *f)
{
    int nf = 0;
    if (part) {
        for (int k = 0; k < DYAD_NCLP; k++)
            F(50 + k, w->clus[k], 0, 0);
        return nf;
    }
    F(0, 0, 0, 0);
    F(1, w->low, 0, 0);
    F(2, w->form, 0, 0);
    for (int k = 0; k < 3; k++)
        F(3 + k, w->pre[k], 0, 0);
    for (int k = 0; k < 4; k++)
        F(6 + k, w->suf[k], 0, 0);
    F(10, w->shape, 0, 0);
    return nf;
}

int dyad_tag_feats(const dyad_ptok *t, int n, int i, int pass2, int word, uint64_t *f)
{
    int nf = 0;
    const dyad_ptok *w = &t[i];
    uint64_t p1 = TAG(i - 1), p2 = i >= 2 ? TAG(i - 2) : NONE;
    uint64_t prev_suf = i > 0 ? t[i - 1].suf[2] : NONE;
    uint64_t next_suf = i + 1 < n ? t[i + 1].suf[2] : NONE + 1;
    uint64_t next_shape = i + 1 < n ? t[i + 1].shape : NONE + 1;
    uint64_t prev_shape = i > 0 ? t[i - 1].shape : NONE;
    uint64_t next_flags = i + 1 < n ? t[i + 1].flags : NONE + 1;
    if (word)
        nf += dyad_word_feats(w, 0, f + nf); /* 0-10 */
    F(11, w->flags, i == 0, 0);
    F(12, LOW(i - 1), 0, 0);
    F(13, LOW(i - 2), 0, 0);
    F(14, LOW(i + 1), 0, 0);
    F(15, LOW(i + 2), 0, 0);
    F(16, prev_suf, 0, 0);
    F(17, next_suf, 0, 0);
    F(18, p1, 0, 0);
    F(19, p2, 0, 0);
    F(20, p1, p2, 0);
    F(21, p1, w->low, 0);
    F(22, LOW(i - 1), w->low, 0);
    F(23, w->low, LOW(i + 1), 0);
    F(24, p1, w->suf[2], 0);
    F(25, next_shape, 0, 0);
    F(26, prev_shape, w->shape, 0);
    F(27, p1, LOW(i + 1), 0);
    F(28, LOW(i - 1), LOW(i + 1), 0);
    F(29, w->shape, next_flags, 0);
    F(30, p1, w->shape, 0);
    F(31, w->low, LOW(i + 1), LOW(i + 2));
    F(32, LOW(i - 2), LOW(i - 1), w->low);
    F(33, w->suf[1], next_suf, 0);
    /* Brown clusters: the word's at several granularities (50-53), its neighbours' */
    if (word)
        nf += dyad_word_feats(w, 1, f + nf);
    F(54, CL(i + 1, 0), 0, 0);
    F(55, CL(i - 1, 0), 0, 0);
    F(56, CL(i + 1, 1), 0, 0);
    F(57, CL(i - 1, 1), 0, 0);
    F(58, p1, w->clus[0], 0);
    F(59, w->caps, w->flags & 1, i == 0);
    if (!pass2)
        return nf;
    uint64_t n1 = i + 1 < n ? (uint64_t)t[i + 1].tag1 : NONE + 1;
    uint64_t n2 = i + 2 < n ? (uint64_t)t[i + 2].tag1 : NONE + 1;
    uint64_t own = (uint64_t)w->tag1;
    F(40, n1, 0, 0);
    F(41, n2, 0, 0);
    F(42, n1, n2, 0);
    F(43, n1, w->low, 0);
    F(44, p1, n1, 0);
    F(45, own, 0, 0);
    F(46, own, w->low, 0);
    F(47, p1, own, n1);
    F(48, n1, w->suf[2], 0);
    F(49, own, w->shape, 0);
    return nf;
}

/* ---- parser ----------------------------------------------------------------------- */

/* Word and tag of position i in parser numbering (0 = root, -1 = none). */
static inline uint64_t S_w(const dyad_ptok *t, int i)
{
    return i > 0 ? t[i - 1].low : (uint64_t)(i == 0 ? NONE + 2 : NONE);
}

static inline uint64_t S_p(const dyad_ptok *t, int i)
{
    return i > 0 ? (uint64_t)t[i - 1].tag : (uint64_t)(i == 0 ? NONE + 2 : NONE);
}

static inline uint64_t S_alt(const dyad_ptok *t, int i)
{
    return i > 0 ? (uint64_t)t[i - 1].alt : (uint64_t)(i == 0 ? NONE + 2 : NONE);
}

/* Brown cluster prefix k of position i in parser numbering. */
static inline uint64_t S_c(const dyad_ptok *t, int i, int k)
{
    return i > 0 ? t[i - 1].clus[k] : (uint64_t)(i == 0 ? NONE + 2 : NONE);
}

static inline uint64_t S_l(const dyad_pstate *s, int i)
{
    return i > 0 && s->label[i] >= 0 ? (uint64_t)s->label[i] : NONE;
}

static inline int S_at(const int *a, int i)
{
    return i >= 0 ? a[i] : -1;
}

/* Clause punctuation strictly between words a < b (parser numbering), capped at 2. */
static inline uint64_t S_seps(const dyad_ptok *t, int a, int b)
{
    if (a <= 0 || b <= 0)
        return NONE;
    int k = t[b - 1].nsep - t[a - 1].nsep - t[a - 1].sep;
    return (uint64_t)(k < 2 ? k : 2);
}

/* The words of state s in each role, w[DYAD_NROLE]. */
static void S_act_roles(const dyad_pstate *s, int *w)
{
    int s0 = s->sp > 0 ? s->stack[s->sp - 1] : -1, b0 = dyad_pstate_buf(s, 0);
    int s0h = S_at(s->head, s0);
    w[DYAD_ROLE_S0] = s0;
    w[DYAD_ROLE_B0] = b0;
    w[DYAD_ROLE_B1] = dyad_pstate_buf(s, 1);
    w[DYAD_ROLE_B2] = dyad_pstate_buf(s, 2);
    w[DYAD_ROLE_S0H] = s0h;
    w[DYAD_ROLE_S0L] = S_at(s->lc1, s0);
    w[DYAD_ROLE_S0R] = S_at(s->rc1, s0);
    w[DYAD_ROLE_B0L] = S_at(s->lc1, b0);
    w[DYAD_ROLE_S0H2] = s0h >= 0 ? S_at(s->head, s0h) : -1;
    w[DYAD_ROLE_S0L2] = S_at(s->lc2, s0);
    w[DYAD_ROLE_S0R2] = S_at(s->rc2, s0);
    w[DYAD_ROLE_B0L2] = S_at(s->lc2, b0);
}

/* A role's templates are consecutive numbers: from `first`, word and tag together (s0,
 * b0-b2), the word, then the tag (b0-b2, and the words near s0 and b0). */
static const struct {
    uint8_t first, pair, tag;
} S_role[DYAD_NROLE] = {
    [DYAD_ROLE_S0] = {101, 1, 0},   [DYAD_ROLE_B0] = {104, 1, 1},
    [DYAD_ROLE_B1] = {107, 1, 1},   [DYAD_ROLE_B2] = {110, 1, 1},
    [DYAD_ROLE_S0H] = {139, 0, 1},  [DYAD_ROLE_S0L] = {142, 0, 1},
    [DYAD_ROLE_S0R] = {145, 0, 1},  [DYAD_ROLE_B0L] = {148, 0, 1},
    [DYAD_ROLE_S0H2] = {151, 0, 1}, [DYAD_ROLE_S0L2] = {154, 0, 1},
    [DYAD_ROLE_S0R2] = {157, 0, 1}, [DYAD_ROLE_B0L2] = {160, 0, 1},
};

int dyad_role_feats(const dyad_ptok *t, int role, int i, uint64_t *f)
{
    int nf = 0;
    uint64_t k = S_role[role].first, w = S_w(t, i), p = S_p(t, i);
    if (S_role[role].pair)
        F(k++, w, p, 0);
    F(k++, w, 0, 0);
    if (S_role[role].tag)
        F(k, p, 0, 0);
    return nf;
}

/* The features of role r, where the templates list them, when they are not left out. */
#define ROLE(r) (nf += roles ? dyad_role_feats(t, (r), who[(r)], f + nf) : 0)

int dyad_act_feats(const dyad_pstate *s, const dyad_ptok *t, int *out, uint64_t *f)
{
    int nf = 0, roles = !out, mine[DYAD_NROLE], *who = out ? out : mine;
    S_act_roles(s, who);
    int s0 = who[DYAD_ROLE_S0], b0 = who[DYAD_ROLE_B0], b1 = who[DYAD_ROLE_B1];
    int b2 = who[DYAD_ROLE_B2], s0h = who[DYAD_ROLE_S0H], s0h2 = who[DYAD_ROLE_S0H2];
    int s0l = who[DYAD_ROLE_S0L], s0r = who[DYAD_ROLE_S0R], s0l2 = who[DYAD_ROLE_S0L2];
    int s0r2 = who[DYAD_ROLE_S0R2], b0l = who[DYAD_ROLE_B0L], b0l2 = who[DYAD_ROLE_B0L2];
    int s1 = s->sp > 1 ? s->stack[s->sp - 2] : -1;
    uint64_t s0w = S_w(t, s0), s0p = S_p(t, s0), b0w = S_w(t, b0), b0p = S_p(t, b0);
    uint64_t b1p = S_p(t, b1), b2p = S_p(t, b2);
    uint64_t s1p = S_p(t, s1), s1w = S_w(t, s1);
    uint64_t d = 0;
    if (s0 >= 0 && b0 >= 0) {
        int dist = s->b - s0;
        d = (uint64_t)(dist < 5 ? dist : dist < 10 ? 5 : 6);
    }
    uint64_t vl0 = s0 >= 0 ? (uint64_t)s->nl[s0] : NONE, vr0 = s0 >= 0 ? (uint64_t)s->nr[s0] : NONE;
    uint64_t vlb = b0 >= 0 ? (uint64_t)s->nl[b0] : NONE;
    uint64_t sl0 = s0 >= 0 ? s->lset[s0] : NONE, sr0 = s0 >= 0 ? s->rset[s0] : NONE;
    uint64_t slb = b0 >= 0 ? s->lset[b0] : NONE;
    uint64_t s0has = s0 > 0 && s->head[s0] >= 0;
    uint64_t nstack = (uint64_t)(s->sp < 3 ? s->sp : 3);

    F(100, nstack, b0 == 0, s0has);
    /* single words */
    ROLE(DYAD_ROLE_S0); /* 101-102 */
    F(103, s0p, s0has, 0);
    ROLE(DYAD_ROLE_B0); /* 104-106 */
    ROLE(DYAD_ROLE_B1); /* 107-109 */
    ROLE(DYAD_ROLE_B2); /* 110-112 */
    /* pairs */
    F(113, s0w ^ (s0p << 40), b0w ^ (b0p << 40), 0);
    F(114, s0w ^ (s0p << 40), b0w, 0);
    F(115, s0w, b0w ^ (b0p << 40), 0);
    F(116, s0w ^ (s0p << 40), b0p, 0);
    F(117, s0p, b0w ^ (b0p << 40), 0);
    F(118, s0w, b0w, 0);
    F(119, s0p, b0p, s0has);
    F(120, b0p, b1p, 0);
    /* three words */
    F(121, b0p, b1p, b2p);
    F(122, s0p, b0p, b1p);
    F(123, S_p(t, s0h), s0p, b0p);
    F(124, s0p, S_p(t, s0l), b0p);
    F(125, s0p, S_p(t, s0r), b0p);
    F(126, s0p, b0p, S_p(t, b0l));
    /* distance */
    F(127, s0w, d, 0);
    F(128, s0p, d, 0);
    F(129, b0w, d, 0);
    F(130, b0p, d, 0);
    F(131, s0w, b0w, d);
    F(132, s0p, b0p, d);
    /* valency */
    F(133, s0w, vr0, 0);
    F(134, s0p, vr0, 0);
    F(135, s0w, vl0, 0);
    F(136, s0p, vl0, 0);
    F(137, b0w, vlb, 0);
    F(138, b0p, vlb, 0);
    /* unigrams of heads and children */
    ROLE(DYAD_ROLE_S0H); /* 139-140 */
    F(141, S_l(s, s0), 0, 0);
    ROLE(DYAD_ROLE_S0L); /* 142-143 */
    F(144, S_l(s, s0l), 0, 0);
    ROLE(DYAD_ROLE_S0R); /* 145-146 */
    F(147, S_l(s, s0r), 0, 0);
    ROLE(DYAD_ROLE_B0L); /* 148-149 */
    F(150, S_l(s, b0l), 0, 0);
    /* third order */
    ROLE(DYAD_ROLE_S0H2); /* 151-152 */
    F(153, S_l(s, s0h), 0, 0);
    ROLE(DYAD_ROLE_S0L2); /* 154-155 */
    F(156, S_l(s, s0l2), 0, 0);
    ROLE(DYAD_ROLE_S0R2); /* 157-158 */
    F(159, S_l(s, s0r2), 0, 0);
    ROLE(DYAD_ROLE_B0L2); /* 160-161 */
    F(162, S_l(s, b0l2), 0, 0);
    F(163, s0p, S_p(t, s0l), S_p(t, s0l2));
    F(164, s0p, S_p(t, s0r), S_p(t, s0r2));
    F(165, s0p, S_p(t, s0h), S_p(t, s0h2));
    F(166, b0p, S_p(t, b0l), S_p(t, b0l2));
    /* label sets */
    F(167, s0w, sr0, 0);
    F(168, s0p, sr0, 0);
    F(169, s0w, sl0, 0);
    F(170, s0p, sl0, 0);
    F(171, b0w, slb, 0);
    F(172, b0p, slb, 0);
    /* the second stack word: decides between reducing s0 and attaching higher */
    F(173, s1p, s0p, b0p);
    F(174, s1w, s0p, b0p);
    F(175, s1p, s0w, b0p);
    F(176, s1p, s0p, b0w);
    F(177, s1p, 0, 0);
    F(178, s1w, s1p, 0);
    F(179, s0p, b0p, S_l(s, s0));
    F(180, s0w, s0has, b0p);
    /* Brown clusters in place of words and tags (Koo et al. 2008) */
    uint64_t s0c = S_c(t, s0, 0), b0c = S_c(t, b0, 0);
    uint64_t s0c6 = S_c(t, s0, 2), b0c6 = S_c(t, b0, 2);
    F(181, s0c, 0, 0);
    F(182, b0c, 0, 0);
    F(183, S_c(t, b1, 0), 0, 0);
    F(184, s0c6, b0c6, 0);
    F(185, S_c(t, s0, 1), S_c(t, b0, 1), d);
    F(186, s0p, b0c, 0);
    F(187, s0c, b0p, 0);
    F(188, s0c6, b0c6, S_c(t, b1, 2));
    F(189, S_c(t, s0h, 2), s0c6, b0c6);
    F(190, S_c(t, b0l, 2), b0c6, s0c6);
    /* clause punctuation between s0 and b0: coordination, apposition, parataxis */
    uint64_t sep = S_seps(t, s0, b0);
    F(191, s0p, b0p, sep);
    F(192, s0w, sep, 0);
    F(193, b0w, sep, 0);
    /* the labels of the outer children against the pair */
    F(194, S_l(s, s0l), s0p, b0p);
    F(195, S_l(s, s0r), s0p, b0p);
    F(196, S_l(s, b0l), b0p, s0p);
    return nf;
}

int dyad_label_feats(const dyad_pstate *s, const dyad_ptok *t, int h, int d, uint64_t *f)
{
    int nf = 0;
    uint64_t dir = h < d; /* 1: dependent to the right of its head */
    int dist = h > d ? h - d : d - h;
    uint64_t db = (uint64_t)(dist < 5 ? dist : dist < 10 ? 5 : 6);
    uint64_t hw = S_w(t, h), hp = S_p(t, h), dw = S_w(t, d), dp = S_p(t, d);
    int dl = s->lc1[d], dr = s->rc1[d], hh = s->head[h < 0 ? 0 : h];
    uint64_t hset = h >= 0 ? s->lset[h] | s->rset[h] : NONE;
    uint64_t dprev = S_p(t, d - 1), dnext = d + 1 <= s->n ? S_p(t, d + 1) : NONE;
    F(200, dp, 0, 0);
    F(201, dw, 0, 0);
    F(202, dw, dp, 0);
    F(203, hp, 0, 0);
    F(204, hw, hp, 0);
    F(205, hp, dp, dir);
    F(206, hw, dp, dir);
    F(207, hp, dw, dir);
    F(208, hw, dw, dir);
    F(209, hp, dp, db ^ (dir << 8));
    F(210, d > 0 ? t[d - 1].suf[2] : NONE, dir, 0);
    F(211, S_w(t, dl), S_l(s, dl), dp);
    F(212, S_p(t, dl), S_l(s, dl), dp);
    F(213, S_l(s, dr), dp, 0);
    F(214, s->lset[d], dp, 0);
    F(215, s->rset[d], dp, 0);
    F(216, hset, dp, dir);
    F(217, S_l(s, h), hp, dp);
    F(218, S_p(t, hh), hp, dp);
    F(219, dprev, dp, hp);
    F(220, dp, dnext, hp);
    F(221, hp, dp, (uint64_t)(h >= 0 ? s->nl[h] : 0) ^ ((uint64_t)dir << 8));
    F(222, S_w(t, dl), hp, dir);
    F(223, h > 0 ? t[h - 1].suf[2] : NONE, dp, dir);
    F(224, hw, S_w(t, dl), dp);
    F(225, S_c(t, d, 2), S_c(t, h, 2), dir);
    F(226, S_c(t, d, 0), dp, 0);
    F(227, S_c(t, h, 0), dp, dir);
    F(228, S_w(t, d - 1), dp, dir);
    F(229, h < d ? S_seps(t, h, d) : S_seps(t, d, h), dp, hp);
    /* the tagger's runner-up: amod or compound hangs on ADJ against NOUN */
    F(230, dp, S_alt(t, d), hp);
    F(231, dw, S_alt(t, d), 0);
    return nf;
}

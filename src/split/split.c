/*
 * split.c — rule-based sentence splitter and Penn Treebank tokeniser over UTF-8 text.
 *
 * Sentences. A blank line ends a unit; a line starting with a list bullet starts one
 * (the bullet is not part of the sentence). Inside a unit a sentence ends at . ? ! (or
 * a run of them, "..." included) plus any closing quotes and brackets, when whitespace
 * and then a sentence start follow (not a lower-case letter). A period does not end a
 * sentence after a title ("Mr.", "Gen.", "Sen."), after an initial ("John F. Kennedy";
 * but a one-letter word before a pronoun or article ends one: "posted on X. He added"),
 * before a number after "No." or a month ("Aug. 6"); after abbreviations that can also
 * close a sentence ("Inc.", "Jr.", "a.m.") it ends one only when the next word is a
 * common sentence opener ("The", "He", "But", ...), or, after upper-case initialisms
 * ("U.S.", "D.C."), a capitalised word that is no name part ("U.S. Senate") followed by
 * a verb of reporting ("... into the U.S. Sheinbaum sent troops"), never after "a" or
 * "an" nor before "And" and a capitalised word ("a U.S. Official said", "Japan, the U.S.
 * And West Germany agreed": archives capitalise the word after it). Decimals, URLs and
 * "U.S." never offer a candidate because no space follows their periods. A page's
 * subheading flattened into the text without punctuation ends before a capitalised
 * word that never goes on a sentence ("Recent attacks Since January, ...").
 * ICU is not used: its rules break after "Sen." and "U.N." and need the same lists.
 *
 * Tokens follow the Penn Treebank: punctuation split off, "n't" and 's 'm 'd 'll 're 've
 * split ("don't" -> "do n't", "can't" -> "ca n't"), "cannot" -> "can not", quotes
 * normalised to `` and '' and brackets to -LRB- etc. in the norm field, abbreviations
 * keep their period, and a sentence ending in one gets an extra zero-length ".".
 * Everything is spans over the input; nothing is copied.
 */
#include <stdlib.h>
#include <string.h>
#include "dyad_text.h"
#include "util/util.h"

struct dyad_splitter {
    dyad_sentence *sent;
    size_t nsent, capsent;
    dyad_token *tok;
    size_t ntok, captok;
    int quotes;   /* double quotes seen in the current unit: parity gives direction */
    int squote;   /* a single quote opened in the current unit is not yet closed */
    int err;
};

dyad_splitter *dyad_splitter_new(void) { return calloc(1, sizeof(dyad_splitter)); }

void dyad_splitter_free(dyad_splitter *s)
{
    if (!s)
        return;
    free(s->sent);
    free(s->tok);
    free(s);
}

/* ---- abbreviations ---- */

/* A_UNIT: units of wire copy's figures, written without a period inside a sentence
 * ("3.2 mln dlrs", "rose 5 pct"); a period after one ends the sentence unless a
 * lower-case word goes on ("fell to 2.8 mln. Brazil said ...") and is not kept in the
 * token. */
enum { A_NONE = 0, A_TITLE, A_NUMBER, A_MONTH, A_AMBIG, A_STATE, A_UNIT };

#define E(w, k) {w, sizeof(w) - 1, k}
static const struct {
    const char *w;
    unsigned char len, kind;
} S_abbr[] = {
    /* titles: never end a sentence */
    E("mr", A_TITLE), E("mrs", A_TITLE), E("ms", A_TITLE), E("messrs", A_TITLE),
    E("mmes", A_TITLE), E("prof", A_TITLE), E("gen", A_TITLE), E("gens", A_TITLE),
    E("lt", A_TITLE), E("col", A_TITLE), E("maj", A_TITLE), E("capt", A_TITLE),
    E("cpt", A_TITLE), E("sgt", A_TITLE), E("cpl", A_TITLE), E("pvt", A_TITLE),
    E("adm", A_TITLE), E("cmdr", A_TITLE), E("cmdt", A_TITLE), E("brig", A_TITLE),
    E("sen", A_TITLE), E("sens", A_TITLE), E("rep", A_TITLE), E("reps", A_TITLE),
    E("gov", A_TITLE), E("govs", A_TITLE), E("rev", A_TITLE), E("hon", A_TITLE),
    E("pres", A_TITLE), E("amb", A_TITLE), E("supt", A_TITLE), E("insp", A_TITLE),
    E("det", A_TITLE), E("fr", A_TITLE), E("mt", A_TITLE), E("ft", A_TITLE),
    E("vs", A_TITLE), E("v", A_TITLE), E("cf", A_TITLE), E("viz", A_TITLE),
    E("approx", A_TITLE), E("ca", A_TITLE), E("e.g", A_TITLE), E("i.e", A_TITLE),
    E("esp", A_TITLE), E("dept", A_TITLE), E("gov't", A_TITLE), E("sec", A_TITLE),
    E("atty", A_TITLE), E("gens", A_TITLE), E("rt", A_TITLE), E("sr", A_AMBIG),
    /* before a number */
    E("no", A_NUMBER), E("nos", A_NUMBER), E("art", A_NUMBER), E("vol", A_NUMBER),
    E("pp", A_NUMBER), E("fig", A_NUMBER), E("ch", A_NUMBER), E("para", A_NUMBER),
    E("tel", A_NUMBER), E("ed", A_NUMBER), E("op", A_NUMBER), E("est", A_NUMBER),
    /* months: before a day */
    E("jan", A_MONTH), E("feb", A_MONTH), E("mar", A_MONTH), E("apr", A_MONTH),
    E("jun", A_MONTH), E("jul", A_MONTH), E("aug", A_MONTH), E("sep", A_MONTH),
    E("sept", A_MONTH), E("oct", A_MONTH), E("nov", A_MONTH), E("dec", A_MONTH),
    /* may end a sentence */
    E("inc", A_AMBIG), E("corp", A_AMBIG), E("co", A_AMBIG), E("ltd", A_AMBIG),
    E("jr", A_AMBIG), E("bros", A_AMBIG), E("etc", A_AMBIG), E("st", A_AMBIG),
    E("dr", A_AMBIG), E("ave", A_AMBIG), E("blvd", A_AMBIG), E("rd", A_AMBIG),
    E("univ", A_AMBIG), E("assn", A_AMBIG), E("plc", A_AMBIG), E("cos", A_AMBIG),
    E("al", A_AMBIG), E("pty", A_AMBIG), E("mfg", A_AMBIG), E("intl", A_AMBIG),
    E("natl", A_AMBIG), E("depts", A_AMBIG), E("hwy", A_AMBIG), E("mln", A_UNIT),
    E("bln", A_UNIT), E("pct", A_UNIT), E("yr", A_AMBIG), E("yrs", A_AMBIG),
    E("incl", A_AMBIG), E("excl", A_AMBIG), E("min", A_AMBIG), E("max", A_AMBIG),
    E("avg", A_AMBIG), E("govt", A_AMBIG), E("lbs", A_AMBIG), E("oz", A_AMBIG),
    E("hrs", A_AMBIG), E("mins", A_AMBIG), E("sq", A_AMBIG), E("ext", A_AMBIG),
    E("misc", A_AMBIG), E("ref", A_AMBIG), E("tbsp", A_AMBIG),
    E("tsp", A_AMBIG), E("pt", A_AMBIG), E("vols", A_AMBIG), E("cent", A_AMBIG),
    /* US states as wire copy writes them ("Dallas, Tex."): only when capitalised */
    E("ala", A_STATE), E("ariz", A_STATE), E("ark", A_STATE), E("calif", A_STATE),
    E("colo", A_STATE), E("conn", A_STATE), E("del", A_STATE), E("fla", A_STATE),
    E("ga", A_STATE), E("ill", A_STATE), E("ind", A_STATE), E("kan", A_STATE),
    E("ky", A_STATE), E("la", A_STATE), E("md", A_STATE), E("mass", A_STATE),
    E("mich", A_STATE), E("minn", A_STATE), E("miss", A_STATE), E("mo", A_STATE),
    E("mont", A_STATE), E("neb", A_STATE), E("nev", A_STATE), E("okla", A_STATE),
    E("ore", A_STATE), E("pa", A_STATE), E("tenn", A_STATE), E("tex", A_STATE),
    E("va", A_STATE), E("vt", A_STATE), E("wash", A_STATE), E("wis", A_STATE),
    E("wyo", A_STATE),
};
#undef E

/* Words that open sentences: after an ambiguous abbreviation they mean a new one. */
static const char *const S_openers[] = {
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "But", "And", "In",
    "On", "At", "This", "That", "These", "Those", "There", "His", "Her", "Their", "Its",
    "Our", "My", "Meanwhile", "However", "Also", "After", "Before", "When", "While",
    "If", "As", "For", "Some", "Many", "Most", "Other", "Others", "Officials", "Mr",
    "Mrs", "Ms", "Dr", "Yet", "So", "Still", "Now", "Then", "Earlier", "Later", "Last",
    "Both", "Neither", "No", "Not", "One", "Two", "Under", "According", "Since", "Although",
    "Despite", "Such", "What", "Why", "How", "Who", "Where", "Analysts", "Shares",
    "Sources", "Police", "Reuters", "Its", "Each", "All", "Another", "Until", "Because",
    NULL};

/* Words that never follow a name's initial: after "platform X." they open a sentence. */
static const char *const S_pronouns[] = {
    "He", "She", "It", "They", "We", "I", "The", "This", "That", "These", "Those", "There",
    "His", "Her", "Their", "Its", "But", "However", "Meanwhile", NULL};

/* Capitalised words that follow an upper-case initialism inside a sentence ("U.S.
 * Senate", "U.N. Security Council"); after "U.S." any other capitalised word starts a
 * new sentence ("... into the U.S. Sheinbaum sent troops"). */
static const char *const S_followers[] = {
    "Administration", "Agency", "Agriculture", "Air", "Ambassador", "Army", "Assembly",
    "Attorney", "Border", "Bureau", "Capitol", "Census", "Central", "Chamber", "Coast",
    "Commerce", "Commission", "Congress", "Consulate", "Council", "Court", "Customs",
    "Defence", "Defense", "Department", "Development", "District", "Dollar", "Embassy",
    "Energy", "Envoy", "Federal", "Food", "Forces", "Foreign", "Forest", "General",
    "Geological", "Government", "High", "Home", "House", "Human", "Immigration",
    "Institute", "Intelligence", "Justice", "Labor", "Marine", "Marines", "Military",
    "Mission", "National", "Naval", "Navy", "Office", "Open", "Parliament", "Peacekeeping",
    "Postal", "President", "Prime", "Refugee", "Representative", "Secretary", "Security",
    "Senate", "Senator", "Special", "State", "Steel", "Supreme", "Trade", "Treasury", "Vice",
    "World", NULL};

/* Words that archives capitalise after "U.S.", "U.K." or "U.N.", though nouns of people
 * open sentences elsewhere ("U.S. Officials said"; but "in Washington, D.C. Officials
 * met"); an auxiliary after them is the sentence's verb ("the U.S. Has asked Japan"). */
static const char *const S_noun_followers[] = {
    "Analysts", "Officials", "Official", "Sources", "Legislators", "Lawmakers", "Senators",
    "Diplomat", "Diplomats", "Banker", "Bankers", "Negotiators", "Spokesman", "Spokeswoman",
    "Has", "Had", "Have", "Is", "Was", "Were", "Are", "Will", "Would", "Should", "Could",
    "Can", "Must", "Did", "Does", NULL};

/* Past-tense verbs that, after a capitalised word, show that word is a subject. */
static const char *const S_verbs[] = {
    "said", "sent", "told", "added", "announced", "asked", "called", "denied", "warned",
    "urged", "signed", "met", "agreed", "rejected", "accused", "ordered", "vowed",
    "wrote", "insisted", "argued", "noted", "declined", "responded", "replied", "claimed",
    "confirmed", "launched", "promised", "threatened", "visited", "arrived", "left",
    NULL};

static int S_lc(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
static int S_upper(int c) { return c >= 'A' && c <= 'Z'; }
static int S_lower(int c) { return c >= 'a' && c <= 'z'; }
static int S_alpha(int c) { return S_upper(c) || S_lower(c); }
static int S_digit(int c) { return c >= '0' && c <= '9'; }
static int S_space(int c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

/* Kind of the word w[0..n) (without its final period), case-insensitively. */
static int S_abbr_kind(const char *w, size_t n)
{
    if (n == 0 || n > 7)
        return A_NONE;
    char lw[8];
    for (size_t i = 0; i < n; i++)
        lw[i] = (char)S_lc((unsigned char)w[i]);
    for (size_t k = 0; k < sizeof S_abbr / sizeof *S_abbr; k++)
        if (S_abbr[k].len == n && !memcmp(S_abbr[k].w, lw, n))
            return S_abbr[k].kind;
    return A_NONE;
}

/* Does the word w[0..n) followed by a period read as an abbreviation: listed, one
 * letter (an initial), or letters with inner periods ("U.S", "a.m", "Ph.D"), also
 * after a hyphen ("Kenya-U.S", "pro-U.S")? */
static int S_abbrev_like(const char *w, size_t n)
{
    if (n == 0)
        return 0;
    for (size_t i = n - 1; i > 0; i--)
        if (w[i - 1] == '-')
            return memchr(w + i, '.', n - i) && S_abbrev_like(w + i, n - i);
    if (n == 1)
        return S_alpha((unsigned char)w[0]);
    int kind = S_abbr_kind(w, n);
    if (kind == A_UNIT)
        return 0; /* the period is the sentence's: "mln" "." */
    if (kind && (kind != A_STATE || S_upper((unsigned char)w[0])))
        return 1;
    int dots = 0;
    size_t seg = 0;
    for (size_t i = 0; i < n; i++) {
        int c = (unsigned char)w[i];
        if (c == '.') {
            if (seg == 0)
                return 0;
            dots++;
            seg = 0;
        } else if (S_alpha(c)) {
            if (++seg > 3)
                return 0;
        } else {
            return 0;
        }
    }
    return dots > 0;
}

/* Is the word that s[0..n) starts with (its letters: "Mr" of "Mr.", "Secretary" of
 * "Secretary-General") one of the words of list? */
static int S_word_in(const char *s, size_t n, const char *const *list)
{
    size_t m = 0;
    while (m < n && S_alpha((unsigned char)s[m]))
        m++;
    return dyad_among_n(s, m, list);
}

/* ---- closers and openers (ASCII and the common UTF-8 quotes) ---- */

/* Length of a closing quote/bracket at s (0 if none). */
static size_t S_closer(const char *s, size_t n)
{
    unsigned c = (unsigned char)s[0];
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}')
        return 1;
    if (n >= 3 && c == 0xE2 && (unsigned char)s[1] == 0x80 &&
        ((unsigned char)s[2] == 0x9D || (unsigned char)s[2] == 0x99))
        return 3; /* ” ’ */
    if (n >= 2 && c == 0xC2 && (unsigned char)s[1] == 0xBB)
        return 2; /* » */
    return 0;
}

/* Can a sentence start with the character at s? */
static int S_starter(const char *s, size_t n)
{
    unsigned c = (unsigned char)s[0];
    if (S_lower((int)c))
        return 0;
    if (c == ',' || c == ';' || c == ':' || c == '.' || c == ')' || c == ']' || c == '%' ||
        c == '?' || c == '!' || c == '-')
        return 0;
    (void)n;
    return 1;
}

/* Bullet at s: its length including the space after it, else 0. */
static size_t S_bullet(const char *s, size_t n)
{
    if (n >= 2 && (s[0] == '-' || s[0] == '*' || s[0] == '+') && s[1] == ' ')
        return 2;
    if (n >= 4 && (!memcmp(s, "\xe2\x80\xa2", 3) || !memcmp(s, "\xe2\x97\xa6", 3) ||
                   !memcmp(s, "\xe2\x96\xaa", 3) || !memcmp(s, "\xe2\x80\x93", 3)) &&
        s[3] == ' ')
        return 4;
    if (n >= 3 && !memcmp(s, "\xc2\xb7", 2) && s[2] == ' ')
        return 3;
    size_t d = 0;
    while (d < n && d < 3 && S_digit((unsigned char)s[d]))
        d++;
    if (d >= 1 && d <= 2 && d + 1 < n && (s[d] == '.' || s[d] == ')') && s[d + 1] == ' ')
        return d + 2;
    if (n >= 3 && S_lower((unsigned char)s[0]) && s[1] == ')' && s[2] == ' ')
        return 3;
    return 0;
}

/* ---- tokens ---- */

static void S_tok(dyad_splitter *sp, size_t off, size_t len, const char *norm)
{
    if (dyad_vec_grow((void **)&sp->tok, &sp->captok, sp->ntok, sizeof *sp->tok)) {
        sp->err = 1;
        return;
    }
    dyad_token *t = &sp->tok[sp->ntok++];
    t->off = (uint32_t)off;
    t->len = (uint32_t)len;
    t->norm = norm;
}

/* Split a word (no leading/trailing punctuation left) into PTB pieces: "n't" and the
 * clitics 's 'm 'd 'll 're 've come off its end (with ' or ’ as apostrophe), and
 * "cannot" is "can not". */
static void S_word(dyad_splitter *sp, const char *text, size_t a, size_t b)
{
    static const char *const sfx[] = {"s", "m", "d", "ll", "re", "ve", "t"};
    static const unsigned char sfx_len[] = {1, 1, 1, 2, 2, 2, 1};
    static const char *const curly_norm[] = {"'s", "'m", "'d", "'ll", "'re", "'ve", "n't"};
    const char *w = text + a;
    size_t n = b - a;
    /* only words with an apostrophe near the end, or "cannot", have pieces */
    int apos = 0;
    for (size_t i = n > 6 ? n - 6 : 0; i < n; i++)
        apos |= w[i] == '\'' || (unsigned char)w[i] == 0x99;
    for (size_t ap = 1; apos && ap <= 3; ap += 2) {
        for (size_t k = 0; k < sizeof sfx / sizeof *sfx; k++) {
            size_t sl = sfx_len[k];
            if (n < ap + sl + 1)
                continue;
            const char *p = w + n - sl - ap; /* the apostrophe */
            if (ap == 1 ? *p != '\'' : memcmp(p, "\xe2\x80\x99", 3))
                continue;
            size_t i = 0;
            while (i < sl && S_lc((unsigned char)p[ap + i]) == sfx[k][i])
                i++;
            if (i < sl)
                continue;
            if (sfx[k][0] == 't') {
                if (p - w < 2 || S_lc((unsigned char)p[-1]) != 'n')
                    continue;
                p--; /* n't */
            } else if (!S_alpha((unsigned char)p[-1]) && !S_digit((unsigned char)p[-1])) {
                continue;
            }
            S_tok(sp, a, (size_t)(p - w), NULL);
            S_tok(sp, (size_t)(p - text), (size_t)(w + n - p), ap == 3 ? curly_norm[k] : NULL);
            return;
        }
    }
    if (n == 6 && S_lc((unsigned char)w[0]) == 'c' && S_lc((unsigned char)w[1]) == 'a' &&
        S_lc((unsigned char)w[2]) == 'n' && S_lc((unsigned char)w[3]) == 'n' &&
        S_lc((unsigned char)w[4]) == 'o' && S_lc((unsigned char)w[5]) == 't') {
        S_tok(sp, a, 3, NULL);
        S_tok(sp, a + 3, 3, NULL);
        return;
    }
    S_tok(sp, a, n, NULL);
}

/* Norm of a run of k dashes or dots: "--" and "..." as such, longer runs normalised. */
static const char *S_run_norm(int c, size_t k)
{
    if (c == '-')
        return k == 2 ? NULL : "--";
    return k == 3 ? NULL : "...";
}

/* Is text[a..b) "--" or "..." (dashes and ellipses split words apart)? */
static size_t S_inner_punct(const char *s, size_t i, size_t b)
{
    if (i + 1 < b && s[i] == '-' && s[i + 1] == '-') {
        size_t j = i;
        while (j < b && s[j] == '-')
            j++;
        return j - i;
    }
    if (i + 2 < b && s[i] == '.' && s[i + 1] == '.' && s[i + 2] == '.') {
        size_t j = i;
        while (j < b && s[j] == '.')
            j++;
        return j - i;
    }
    return 0;
}

/* Token norm of one punctuation character (NULL: itself). */
static const char *S_punct_norm(int c, int opening)
{
    switch (c) {
    case '(': return "-LRB-";
    case ')': return "-RRB-";
    case '[': return "-LSB-";
    case ']': return "-RSB-";
    case '{': return "-LCB-";
    case '}': return "-RCB-";
    case '"': return opening ? "``" : "''";
    case '\'': return opening ? "`" : NULL;
    default: return NULL;
    }
}

/* Tokens of one piece of a chunk without inner double quotes, text[a..b); `last`: it
 * ends the sentence. */
static void S_piece(dyad_splitter *sp, const char *text, size_t a, size_t b, int last)
{
    int quoted = 0; /* the chunk opened a single quote: a final ' closes it */
    /* leading punctuation */
    while (a < b && !sp->err) {
        unsigned c = (unsigned char)text[a];
        size_t k = S_inner_punct(text, a, b);
        if (k) {
            S_tok(sp, a, k, S_run_norm(text[a], k));
            a += k;
        } else if (c == '"') {
            sp->quotes++;
            S_tok(sp, a, 1, (a + 1 < b) || (sp->quotes & 1) ? "``" : "''");
            a++;
        } else if (c == '\'' && a + 1 < b && !S_digit((unsigned char)text[a + 1]) &&
                   !(a + 2 < b && S_lc((unsigned char)text[a + 1]) == 'e' &&
                     S_lc((unsigned char)text[a + 2]) == 'm')) {
            S_tok(sp, a, 1, "`");
            a++;
            quoted = sp->squote = 1;
        } else if (c == '(' || c == '[' || c == '{' || c == '$' || c == '#') {
            S_tok(sp, a, 1, S_punct_norm((int)c, 1));
            a++;
        } else if (c == 0xE2 && a + 2 < b && (unsigned char)text[a + 1] == 0x80 &&
                   ((unsigned char)text[a + 2] == 0x9C || (unsigned char)text[a + 2] == 0x98)) {
            S_tok(sp, a, 3, (unsigned char)text[a + 2] == 0x9C ? "``" : "`");
            sp->squote |= (unsigned char)text[a + 2] == 0x98;
            a += 3;
        } else {
            break;
        }
    }
    /* trailing punctuation, peeled from the end onto a small stack */
    struct {
        size_t off, len;
        const char *norm;
    } tail[32];
    int nt = 0, final_dot = 0;
    while (b > a && nt < 32) {
        unsigned c = (unsigned char)text[b - 1];
        if (c == '.') {
            size_t d = b;
            while (d > a && text[d - 1] == '.')
                d--;
            if (b - d >= 2) {
                tail[nt].off = d, tail[nt].len = b - d, tail[nt].norm = S_run_norm('.', b - d);
                nt++, b = d;
                continue;
            }
            /* one period: the abbreviation keeps it */
            if (S_abbrev_like(text + a, b - 1 - a)) {
                final_dot = last && nt == 0;
                break;
            }
            tail[nt].off = b - 1, tail[nt].len = 1, tail[nt].norm = NULL;
            nt++, b--;
        } else if (c == ',' || c == ';' || c == ':' || c == '?' || c == '!' || c == '%' ||
                   c == ')' || c == ']' || c == '}') {
            tail[nt].off = b - 1, tail[nt].len = 1, tail[nt].norm = S_punct_norm((int)c, 0);
            nt++, b--;
        } else if (c == '"') {
            sp->quotes++;
            tail[nt].off = b - 1, tail[nt].len = 1, tail[nt].norm = "''";
            nt++, b--;
        } else if (c == '\'' && b - 1 > a &&
                   (quoted || sp->squote || S_lc((unsigned char)text[b - 2]) == 's' ||
                    !S_alpha((unsigned char)text[b - 2]))) {
            /* a quote opened in an earlier word closes here too: "a 'dear friend'" */
            tail[nt].off = b - 1, tail[nt].len = 1, tail[nt].norm = NULL;
            nt++, b--, sp->squote = 0;
        } else if (b - a >= 3 && (unsigned char)text[b - 3] == 0xE2 &&
                   (unsigned char)text[b - 2] == 0x80 &&
                   ((unsigned char)text[b - 1] == 0x9D || (unsigned char)text[b - 1] == 0x99) &&
                   (text[b - 1] == (char)0x9D || b - 3 == a || sp->squote ||
                    S_lc((unsigned char)text[b - 4]) == 's' || !S_alpha((unsigned char)text[b - 4]))) {
            sp->squote &= text[b - 1] == (char)0x9D;
            tail[nt].off = b - 3, tail[nt].len = 3,
            tail[nt].norm = (unsigned char)text[b - 1] == 0x9D ? "''" : "'";
            nt++, b -= 3;
        } else if (b - a >= 2 && text[b - 1] == '-' && text[b - 2] == '-') {
            size_t d = b;
            while (d > a && text[d - 1] == '-')
                d--;
            tail[nt].off = d, tail[nt].len = b - d, tail[nt].norm = S_run_norm('-', b - d);
            nt++, b = d;
        } else {
            break;
        }
    }
    /* the core, cut at inner "--" and "..." */
    size_t start = a;
    for (size_t i = a; i < b && !sp->err;) {
        size_t k = text[i] == '-' || text[i] == '.' ? S_inner_punct(text, i, b) : 0;
        if (!k || i == a) {
            i++;
            continue;
        }
        if (start < i)
            S_word(sp, text, start, i);
        S_tok(sp, i, k, S_run_norm(text[i], k));
        i += k;
        start = i;
    }
    if (start < b)
        S_word(sp, text, start, b);
    if (final_dot)
        S_tok(sp, b, 0, ".");
    while (nt > 0)
        nt--, S_tok(sp, tail[nt].off, tail[nt].len, tail[nt].norm);
}

/* Tokens of one whitespace-free chunk text[a..b): double quotes inside it (said:"We)
 * are tokens of their own, opening when a letter or digit follows and no word or
 * sentence punctuation comes before. */
static void S_chunk(dyad_splitter *sp, const char *text, size_t a, size_t b, int last)
{
    for (size_t p = a + 1; p + 1 < b && !sp->err; p++) {
        if (text[p] != '"')
            continue;
        unsigned prev = (unsigned char)text[p - 1], next = (unsigned char)text[p + 1];
        int opening = S_alpha((int)next) || S_digit((int)next);
        opening &= !S_alpha((int)prev) && !S_digit((int)prev) && prev != '.' && prev != ',' &&
                   prev != '?' && prev != '!';
        S_piece(sp, text, a, p, 0);
        sp->quotes++;
        S_tok(sp, p, 1, opening ? "``" : "''");
        a = p + 1;
    }
    S_piece(sp, text, a, b, last);
}

/* ---- sentences ---- */

#define S_DIGITS ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, \
                 ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1
#define S_LETTERS(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, \
                  y, z) [a] = 1, [b] = 1, [c] = 1, [d] = 1, [e] = 1, [f] = 1, [g] = 1, \
                  [h] = 1, [i] = 1, [j] = 1, [k] = 1, [l] = 1, [m] = 1, [n] = 1, [o] = 1, \
                  [p] = 1, [q] = 1, [r] = 1, [s] = 1, [t] = 1, [u] = 1, [v] = 1, [w] = 1, \
                  [x] = 1, [y] = 1, [z] = 1
static const unsigned char S_alnum[256] = {
    S_DIGITS,
    S_LETTERS('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o',
              'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z'),
    S_LETTERS('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O',
              'P', 'Q', 'R', 'S', 'T', 'U', 'V', 'W', 'X', 'Y', 'Z')};
#undef S_DIGITS
#undef S_LETTERS

static void S_sentence(dyad_splitter *sp, const char *text, size_t a, size_t b)
{
    while (a < b && S_space((unsigned char)text[a]))
        a++;
    while (b > a && S_space((unsigned char)text[b - 1]))
        b--;
    if (a == b)
        return;
    if (dyad_vec_grow((void **)&sp->sent, &sp->capsent, sp->nsent, sizeof *sp->sent)) {
        sp->err = 1;
        return;
    }
    dyad_sentence *s = &sp->sent[sp->nsent++];
    s->off = (uint32_t)a;
    s->len = (uint32_t)(b - a);
    s->tok = (uint32_t)sp->ntok;
    size_t i = a;
    while (i < b && !sp->err) {
        while (i < b && S_space((unsigned char)text[i]))
            i++;
        size_t j = i;
        int plain = 1; /* letters and digits only: the token is the chunk */
        while (j < b && !S_space((unsigned char)text[j]))
            plain &= S_alnum[(unsigned char)text[j++]];
        if (plain && j > i && !(j - i == 6 && (text[i] | 32) == 'c'))
            S_tok(sp, i, j - i, NULL); /* "cannot" is the one plain word PTB splits */
        else if (j > i)
            S_chunk(sp, text, i, j, j == b);
        i = j;
    }
    s->ntok = (uint32_t)(sp->ntok - s->tok);
}

/* Is the period at text[i] (in a unit ending at end; next word at text[k]) the end of
 * a sentence? */
static int S_period_ends(const char *text, size_t u0, size_t i, size_t k, size_t end)
{
    size_t w = i;
    while (w > u0 && !S_space((unsigned char)text[w - 1]))
        w--;
    /* the word without opening quotes/brackets and closing brackets */
    while (w < i && (text[w] == '"' || text[w] == '(' || text[w] == '[' || text[w] == '\''))
        w++;
    size_t e = i;
    while (e > w && (text[e - 1] == ')' || text[e - 1] == ']' || text[e - 1] == '"'))
        e--;
    if (e < i)
        return 1; /* "(for good). Then": the period follows a bracket */
    size_t n = e - w;
    if (n == 0)
        return 1;
    const char *word = text + w;
    int next_digit = S_digit((unsigned char)text[k]);
    int kind = S_abbr_kind(word, n);
    if (kind == A_STATE)
        kind = S_upper((unsigned char)word[0]) ? A_AMBIG : A_NONE; /* "Tex." but "ill." */
    if (kind == A_TITLE)
        return 0;
    if (kind == A_UNIT)
        return !S_lower((unsigned char)text[k]);
    if ((kind == A_NUMBER || kind == A_MONTH) && next_digit)
        return 0;
    if (n == 1 && S_alpha((unsigned char)word[0]))
        return S_word_in(text + k, end - k, S_pronouns); /* an initial, or "platform X. He" */
    int inner = memchr(word, '.', n) != NULL;
    int initialism = inner && S_abbrev_like(word, n) && S_upper((unsigned char)word[0]) &&
                     S_upper((unsigned char)word[n - 1]);
    if (initialism) {
        /* inside a phrase: after "a" or "an" ("a U.S. Official said"), or before "And"
         * and a capitalised word, as archives capitalise the word after an initialism
         * ("U.S. And Soviet negotiators have completed a draft") */
        size_t p = w;
        while (p > u0 && S_space((unsigned char)text[p - 1]))
            p--;
        size_t q = p;
        while (q > u0 && S_alpha((unsigned char)text[q - 1]))
            q--;
        if (q < p && (q == u0 || S_space((unsigned char)text[q - 1])) && p - q <= 2 &&
            (text[q] | 32) == 'a' && (p - q == 1 || (text[q + 1] | 32) == 'n'))
            return 0;
        if (end - k > 4 && !memcmp(text + k, "And ", 4) && S_upper((unsigned char)text[k + 4]))
            return 0;
    }
    if (initialism && (S_word_in(text + k, end - k, S_followers) ||
                       (n == 3 && (!memcmp(word, "U.S", 3) || !memcmp(word, "U.K", 3) ||
                                   !memcmp(word, "U.N", 3)) &&
                        S_word_in(text + k, end - k, S_noun_followers))))
        return 0;
    if (initialism && !S_word_in(text + k, end - k, S_openers)) {
        /* "... into the U.S. Sheinbaum sent troops": a name and a verb of reporting */
        size_t v = k;
        while (v < end && S_alpha((unsigned char)text[v]))
            v++;
        if (v >= end || text[v] != ' ')
            return 0;
        v++;
        return S_word_in(text + v, end - v, S_verbs);
    }
    if (kind == A_AMBIG || kind == A_MONTH || (inner && S_abbrev_like(word, n)))
        return S_word_in(text + k, end - k, S_openers);
    return 1;
}

static const unsigned char S_term[256] = {['.'] = 1, ['?'] = 1, ['!'] = 1};

/* Capitalised words that never go on a sentence after a lower-case word, and words a
 * subheading does not end in ("at The Hague", "told The Times", "said In"). */
static const char *const S_heading_next[] = {
    "The", "In", "On", "At", "She", "They", "We", "It", "But", "While", "Since",
    "According", "After", "Although", "During", "Despite", "When", "This", "Last", "Earlier",
    "Meanwhile", "However", "Until", "Because", "Before", "Following", "For", "As", "If",
    "Both", "His", "Her", "Their", "Its", NULL};
static const char *const S_heading_stop[] = {
    "the", "a", "an", "of", "in", "on", "at", "to", "for", "with", "by", "from", "and",
    "or", "but", "as", "than", "that", "into", "said", "says", "told", "tells", NULL};

static const unsigned char S_no_heading[256] = {['.'] = 1, [','] = 1, [';'] = 1, [':'] = 1,
                                                ['?'] = 1, ['!'] = 1, ['"'] = 1, ['('] = 1,
                                                [')'] = 1};

/* A page's subheading flattened into running text ("Recent attacks Since January, the
 * group ..."; "'We are very concerned' In a statement ..."): up to eight words from the
 * sentence start at k, the first capitalised, none with sentence punctuation, the last
 * a lower-case word or a closing quote, and one of S_heading_next after it. Returns the
 * heading's end, or 0. Headings in Title Case end in a capital and are not taken. */
static size_t S_heading(const char *text, size_t k, size_t end)
{
    size_t w = k;
    if (end - w > 3 && !memcmp(text + w, "\xe2\x80", 2) &&
        ((unsigned char)text[w + 2] == 0x98 || (unsigned char)text[w + 2] == 0x9C))
        w += 3; /* ‘ “ */
    else if (text[w] == '\'')
        w++;
    if (w >= end || !(S_upper((unsigned char)text[w]) || S_digit((unsigned char)text[w])))
        return 0;
    for (int n = 0; n < 8; n++) {
        size_t b = w;
        for (; b < end && !S_space((unsigned char)text[b]); b++)
            if (S_no_heading[(unsigned char)text[b]])
                return 0;
        size_t e = b; /* the word without its closing quotes */
        for (;;) {
            if (e - w >= 3 && !memcmp(text + e - 3, "\xe2\x80", 2) && S_closer(text + e - 3, 3))
                e -= 3;
            else if (e > w && text[e - 1] == '\'')
                e--;
            else
                break;
        }
        size_t v = b;
        while (v < end && text[v] == ' ')
            v++;
        if (v >= end || v == b)
            return 0;
        if ((e < b || (n > 0 && S_lower((unsigned char)text[w]))) &&
            S_upper((unsigned char)text[v]) && S_word_in(text + v, end - v, S_heading_next) &&
            !S_word_in(text + w, e - w, S_heading_stop) &&
            (end - v < 4 || memcmp(text + v, "The ", 4) ||
             (v + 4 < end && S_lower((unsigned char)text[v + 4]))))
            return b;
        w = v;
    }
    return 0;
}

/* Informal text starts sentences in lower case ("are you kidding? why would you"). A
 * break before a lower-case word is taken only after ? or ! with no closing quote
 * ("'Why?' he asked" goes on) outside a quotation, or after a period that ends a plain lower-case word of
 * two or more letters that is no abbreviation, before a word of two or more letters. */
static int S_lower_start(const char *text, size_t u0, size_t i, size_t j, size_t e, size_t k,
                         size_t end)
{
    if (!S_lower((unsigned char)text[k]) || k + 1 >= end || !S_lower((unsigned char)text[k + 1]))
        return 0;
    if (e != j + 1)
        return 0; /* a closing quote or bracket: "Why?" he asked */
    if (text[i] != '.') {
        /* inside an open quotation the question goes on: "Is he? he asked himself" */
        int q = 0;
        for (size_t p = u0; p < i; p++)
            q += text[p] == '"' || ((unsigned char)text[p] == 0xE2 && p + 2 < i &&
                                    (unsigned char)text[p + 1] == 0x80 &&
                                    ((unsigned char)text[p + 2] & 0xFE) == 0x9C);
        return !(q & 1);
    }
    if (j != i)
        return 0; /* "..." before lower case goes on */
    size_t w = i;
    while (w > u0 && S_lower((unsigned char)text[w - 1]))
        w--;
    if (i - w < 2 || (w > u0 && !S_space((unsigned char)text[w - 1])))
        return 0;
    return !S_abbr_kind(text + w, i - w);
}

/* Where the next sentence starts at or after k: past a subheading, emitted as a
 * sentence of its own. */
static size_t S_unit_heading(dyad_splitter *sp, const char *text, size_t k, size_t end)
{
    while (k < end && S_space((unsigned char)text[k]))
        k++;
    size_t h = k < end ? S_heading(text, k, end) : 0;
    if (!h)
        return k;
    S_sentence(sp, text, k, h);
    return h;
}

/* Split one unit text[u0..u1) into sentences. */
static void S_unit(dyad_splitter *sp, const char *text, size_t u0, size_t u1)
{
    while (u0 < u1 && S_space((unsigned char)text[u0]))
        u0++;
    u0 += S_bullet(text + u0, u1 - u0);
    sp->quotes = sp->squote = 0;
    size_t start = S_unit_heading(sp, text, u0, u1);
    for (size_t i = u0; i < u1 && !sp->err; i++) {
        int c = (unsigned char)text[i];
        if (!S_term[c])
            continue;
        size_t j = i;
        while (j + 1 < u1 && (text[j + 1] == '.' || text[j + 1] == '?' || text[j + 1] == '!'))
            j++;
        size_t e = j + 1, k;
        while (e < u1 && (k = S_closer(text + e, u1 - e)) > 0)
            e += k;
        if (e < u1 && !S_space((unsigned char)text[e])) {
            i = j;
            continue;
        }
        k = e;
        while (k < u1 && S_space((unsigned char)text[k]))
            k++;
        int ends;
        if (k >= u1)
            ends = 1;
        else if (!S_starter(text + k, u1 - k))
            ends = S_lower_start(text, start, i, j, e, k, u1);
        else if (c == '.' && j == i)
            ends = S_period_ends(text, start, i, k, u1);
        else
            ends = 1;
        if (ends) {
            S_sentence(sp, text, start, e);
            start = S_unit_heading(sp, text, e, u1);
        }
        i = j;
    }
    if (start < u1)
        S_sentence(sp, text, start, u1);
}

dyad_status dyad_split(dyad_splitter *sp, const char *text, size_t len,
                       dyad_split_result *out)
{
    if (!sp || (!text && len) || !out)
        return DYAD_EINVAL;
    if (len >= UINT32_MAX)
        return DYAD_ELIMIT;
    sp->nsent = sp->ntok = 0;
    sp->err = 0;
    size_t u0 = 0, pos = 0;
    while (pos < len && !sp->err) {
        const char *nl = memchr(text + pos, '\n', len - pos);
        if (!nl)
            break;
        size_t next = (size_t)(nl - text) + 1;
        /* a blank line, or a bullet on the next line, ends the unit */
        size_t q = next;
        while (q < len && (text[q] == ' ' || text[q] == '\t' || text[q] == '\r'))
            q++;
        if (q >= len || text[q] == '\n' || S_bullet(text + q, len - q)) {
            S_unit(sp, text, u0, (size_t)(nl - text));
            u0 = q;
        }
        pos = q > next ? q : next;
    }
    if (u0 < len && !sp->err)
        S_unit(sp, text, u0, len);
    if (sp->err)
        return DYAD_ENOMEM;
    out->sent = sp->sent;
    out->nsent = sp->nsent;
    out->tok = sp->tok;
    out->ntok = sp->ntok;
    return DYAD_OK;
}

const char *dyad_token_str(const dyad_token *t, const char *text, char *buf, size_t bufsize)
{
    if (t->norm)
        return t->norm;
    if (!bufsize)
        return "";
    size_t n = t->len < bufsize - 1 ? t->len : bufsize - 1;
    memcpy(buf, text + t->off, n);
    buf[n] = '\0';
    return buf;
}

/*
 * clean.c — article text as scraped -> text fit for sentence splitting.
 *
 * One pass over the text, one paragraph ("unit") at a time:
 *   1. Units. Lines are grouped into units separated by blank lines. Hard-wrapped text
 *      (wire copy: many line ends inside sentences, next line in lower case) joins its
 *      lines and starts a unit at an indented line; other text (scrapers: one
 *      paragraph per line) makes every line a unit. A bullet line always starts one.
 *   2. Normalisation, written straight into the output: whitespace runs become one
 *      space, curly quotes/dashes/ellipsis/odd spaces become ASCII, zero-width and
 *      control characters go, compatibility forms of ASCII (ligatures, full-width)
 *      are decomposed with utf8proc, invalid UTF-8 is read as Latin-1/cp1252, and a
 *      missing space after . , ; ? ! is put back where the next word clearly starts a
 *      new clause ("today.While", "meeting,according"), never inside initialisms,
 *      numbers, URLs or e-mail addresses. Units with combining marks get NFC.
 *   3. Judgement of the finished unit: boilerplate (boiler.c), the headline repeated,
 *      the headline line that opens a text without a title, a repeat of an earlier
 *      unit (judged once its dateline is stripped; 64-bit hash set with byte
 *      comparison: linear), a date-only line ("March 3, 2025 7:42 AM UTC Updated 2
 *      hours ago", "Ottawa, Feb. 2, 2025": its date kept), a dateline at the start of
 *      the first body paragraph (stripped; its date kept when the article has none), a
 *      place's dateline opening a later paragraph, an item of a round-up (stripped). A
 *      dropped unit is rolled back by truncating the output.
 * The offset map is a sorted list of anchors (clean offset, original offset) written
 * whenever the distance between the two changes, so copied runs cost nothing and a
 * lookup is a binary search.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include "clean/clean.h"
#include "dyad_text.h"
#include "util/util.h"

typedef struct S_anchor {
    uint32_t clean, orig;
} S_anchor;

typedef struct S_seen {
    uint64_t h;
    uint32_t off, len, gen;
} S_seen;

struct dyad_cleaner {
    dyad_clean_opts opts;
    dyad_buf out, title;
    S_anchor *anc;
    size_t nanc, capanc;
    S_seen *seen;
    size_t capseen, nseen;
    uint32_t gen;
    size_t ustart;   /* where the current unit starts in the output buffer */
    int nfc;         /* the current unit has combining marks */
    int err;         /* ENOMEM while writing */
    size_t orig_len; /* length of the article text last cleaned */
};

dyad_cleaner *dyad_cleaner_new(const dyad_clean_opts *opts)
{
    dyad_cleaner *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    if (opts)
        c->opts = *opts;
    return c;
}

void dyad_cleaner_free(dyad_cleaner *c)
{
    if (!c)
        return;
    dyad_buf_free(&c->out);
    dyad_buf_free(&c->title);
    free(c->anc);
    free(c->seen);
    free(c);
}

/* ---- output with anchors ---- */

static void S_anchor_push(dyad_cleaner *c, size_t clean, size_t orig)
{
    if (dyad_vec_grow((void **)&c->anc, &c->capanc, c->nanc, sizeof *c->anc)) {
        c->err = 1;
        return;
    }
    c->anc[c->nanc].clean = (uint32_t)clean;
    c->anc[c->nanc].orig = (uint32_t)orig;
    c->nanc++;
}

/* Write n bytes that stand for the original text at `orig`. When dst is not the output
 * (the title), no anchors are kept. */
static void S_put(dyad_cleaner *c, dyad_buf *dst, const char *s, size_t n, size_t orig)
{
    if (dst == &c->out) {
        size_t at = dst->len;
        if (!c->nanc ||
            c->anc[c->nanc - 1].orig + (at - c->anc[c->nanc - 1].clean) != orig)
            S_anchor_push(c, at, orig);
    }
    if (dyad_buf_put(dst, s, n))
        c->err = 1;
}

size_t dyad_clean_orig_offset(const dyad_cleaner *c, size_t off)
{
    if (!c || !c->nanc)
        return off;
    size_t lo = 0, hi = c->nanc; /* last anchor with clean <= off */
    while (hi - lo > 1) {
        size_t mid = (lo + hi) / 2;
        if (c->anc[mid].clean <= off)
            lo = mid;
        else
            hi = mid;
    }
    const S_anchor *a = &c->anc[lo];
    size_t o = off >= a->clean ? a->orig + (off - a->clean) : a->orig;
    /* a replacement longer than what it replaced ("..." for one byte) must not run
       past the next anchor or the input's end: the map never goes backwards */
    if (lo + 1 < c->nanc && o > c->anc[lo + 1].orig)
        o = c->anc[lo + 1].orig;
    return o < c->orig_len ? o : c->orig_len;
}

/* ---- normalisation ---- */

static int S_is_alpha(int c) { return (c | 32) >= 'a' && (c | 32) <= 'z'; }
static int S_is_upper(int c) { return c >= 'A' && c <= 'Z'; }

/* Is the token that ends at the output's last byte part of a URL or e-mail address? */
static int S_in_url(const char *o, size_t start, size_t end)
{
    size_t i = end, lim = end > start + 256 ? end - 256 : start;
    while (i > lim && o[i - 1] != ' ')
        i--;
    for (size_t k = i; k < end; k++) {
        if (o[k] == '@' || o[k] == '/')
            return 1;
        if (k + 3 <= end && !memcmp(o + k, "://", 3))
            return 1;
    }
    return end - i >= 4 && (!memcmp(o + i, "www.", 4) || !memcmp(o + i, "WWW.", 4));
}

/* The output ends with punctuation p and the next character is the ASCII letter
 * `next`, with no space between: is a space missing? */
static int S_missing_space(const dyad_cleaner *c, int next)
{
    const char *o = c->out.data;
    size_t end = c->out.len, start = c->ustart;
    if (end - start < 2)
        return 0;
    int p = o[end - 1], q = (unsigned char)o[end - 2];
    switch (p) {
    case ',':
    case ';':
        if (!S_is_alpha(q) && q != ')' && q != '"')
            return 0;
        break;
    case '?':
    case '!':
        if (!S_is_upper(next))
            return 0;
        break;
    case '.': {
        if (!S_is_upper(next))
            return 0;
        /* the word before the period: "U.S" (initialism), "J" (initial), "Turkish-U"
           or an upper-case word ("NATO.Org") keep going */
        size_t i = end - 1;
        while (i > start && o[i - 1] != ' ' && o[i - 1] != '.' && o[i - 1] != '-' &&
               o[i - 1] != '/')
            i--;
        if (i > start && o[i - 1] == '.')
            return 0;
        if (end - 1 - i < 2 && S_is_alpha(q))
            return 0;
        if (!(q >= 'a' && q <= 'z') && !(q >= '0' && q <= '9') && q != ')' && q != '"')
            return 0;
        break;
    }
    default:
        return 0;
    }
    return !S_in_url(o, start, end);
}

/* A stock symbol in angle brackets, as wire copy puts one after a company's name
 * ("Chrysler Corp <C>", "Volkswagen AG <VOWG.F>"): its length at s, or 0. It names no
 * word of the sentence, and the tagger read "<C>" or "<F>" as a bracket that the parser
 * hung the clause's subject on; a bracketed name ("<Capital Savings Bank>") stays. */
static size_t S_ticker(const unsigned char *s, size_t n)
{
    size_t k = 1;
    int upper = 0;
    while (k < n && k <= 12 &&
           (S_is_upper(s[k]) || (s[k] >= '0' && s[k] <= '9') || s[k] == '.' || s[k] == '-'))
        upper |= S_is_upper(s[k++]);
    return upper && k < n && s[k] == '>' ? k + 1 : 0;
}

/* Punctuation after which a letter may need a space put in front of it. */
static const unsigned char S_glue[256] = {['.'] = 1, [','] = 1, [';'] = 1, ['?'] = 1,
                                          ['!'] = 1};

/* Decode one UTF-8 sequence at s (n bytes left): code point and length; invalid bytes
 * are read as cp1252/Latin-1, one byte long. */
static uint32_t S_decode(const unsigned char *s, size_t n, size_t *len)
{
    static const uint16_t cp1252[32] = {
        0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
        0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013,
        0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};
    uint32_t c = s[0];
    size_t k;
    uint32_t min;
    if ((c & 0xE0) == 0xC0)
        k = 2, min = 0x80, c &= 0x1F;
    else if ((c & 0xF0) == 0xE0)
        k = 3, min = 0x800, c &= 0x0F;
    else if ((c & 0xF8) == 0xF0)
        k = 4, min = 0x10000, c &= 0x07;
    else
        goto latin;
    if (k > n)
        goto latin;
    for (size_t i = 1; i < k; i++) {
        if ((s[i] & 0xC0) != 0x80)
            goto latin;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        goto latin;
    *len = k;
    return c;
latin:
    *len = 1;
    if (s[0] >= 0x80 && s[0] < 0xA0)
        return cp1252[s[0] - 0x80] ? cp1252[s[0] - 0x80] : 0xFFFD;
    return s[0];
}

enum { S_KEEP = 0, S_SPACE, S_DROP, S_REPL };

/* What to do with a non-ASCII code point; for S_REPL, *rep is the ASCII stand-in. */
static int S_classify(uint32_t cp, const char **rep)
{
    switch (cp) {
    case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F:
    case 0x3000:
        return S_SPACE;
    case 0xAD: case 0x180E: case 0x200B: case 0x200C: case 0x200D: case 0x200E:
    case 0x200F: case 0x2060: case 0xFEFF: case 0x2061: case 0x2062: case 0x2063:
        return S_DROP;
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: case 0x02BC:
    case 0xFF07:
        *rep = "'";
        return S_REPL;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0xAB:
    case 0xBB: case 0xFF02:
        *rep = "\"";
        return S_REPL;
    case 0x2010: case 0x2011: case 0x2012: case 0x2212: case 0xFE63: case 0xFF0D:
        *rep = "-";
        return S_REPL;
    case 0x2013:
        *rep = "\x01"; /* en dash: "-" between words, "--" between spaces */
        return S_REPL;
    case 0x2014: case 0x2015: case 0x2E3A:
        *rep = "--";
        return S_REPL;
    case 0x2026:
        *rep = "...";
        return S_REPL;
    case 0x2039:
        *rep = "'";
        return S_REPL;
    case 0x203A:
        *rep = "'";
        return S_REPL;
    default:
        break;
    }
    if ((cp >= 0x2000 && cp <= 0x200A))
        return S_SPACE;
    if (cp < 0xA0 || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) ||
        (cp >= 0xFFF9 && cp <= 0xFFFB))
        return S_DROP; /* C1 controls, bidi controls, interlinear annotations */
    return S_KEEP;
}

/* Compatibility form whose NFKC is plain ASCII (ﬁ -> fi, Ａ -> A)? Writes it to buf. */
static size_t S_compat_ascii(uint32_t cp, char *buf, size_t cap)
{
    if (!((cp >= 0xFB00 && cp <= 0xFB06) || (cp >= 0xFF01 && cp <= 0xFF5E) ||
          (cp >= 0x2460 && cp <= 0x24FF) || cp == 0x2122))
        return 0;
    utf8proc_int32_t dec[8];
    utf8proc_ssize_t k = utf8proc_decompose_char((utf8proc_int32_t)cp, dec, 8,
                                                 UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT,
                                                 NULL);
    if (k <= 0 || (size_t)k > 8 || (size_t)k > cap)
        return 0;
    for (utf8proc_ssize_t i = 0; i < k; i++) {
        if (dec[i] <= 0x20 || dec[i] >= 0x7F)
            return 0;
        buf[i] = (char)dec[i];
    }
    return (size_t)k;
}

/*
 * Append the normalised form of s[0..n) (original offset `base`) to dst, after a
 * space when dst's unit is not empty and `space` is set. Returns the pending-space
 * state so that a unit spanning several lines can be fed line by line.
 */
static int S_norm(dyad_cleaner *c, dyad_buf *dst, const char *str, size_t n, size_t base,
                  int space)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t ustart = dst == &c->out ? c->ustart : 0;
    size_t space_orig = base;
    size_t i = 0;
    while (i < n && !c->err) {
        unsigned ch = s[i];
        if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v') {
            if (!space)
                space_orig = base + i;
            space = 1;
            i++;
            continue;
        }
        if (ch < 0x20 || ch == 0x7F) {
            i++;
            continue;
        }
        size_t tk;
        if (ch == '<' && (tk = S_ticker(s + i, n - i)) > 0) {
            /* dropped with the space before it when punctuation follows */
            i += tk;
            if (i < n && (unsigned)(s[i] - 0x21) < 0x5Eu && !S_is_alpha(s[i]) &&
                !(s[i] >= '0' && s[i] <= '9'))
                space = 0;
            continue;
        }
        if (ch < 0x80) {
            /* a run of plain ASCII, single spaces between words included (but not a
               stock symbol); it ends after punctuation glued to a letter
               ("today.While"), where the next run decides whether a space is
               missing */
            size_t j = i;
            for (;;) {
                while (j < n && (unsigned)(s[j] - 0x21) < 0x5Eu && !S_glue[s[j]])
                    j++; /* the hot loop: printable ASCII */
                if (j >= n)
                    break;
                unsigned b = s[j];
                if (S_glue[b]) {
                    j++;
                    if (j < n && S_is_alpha(s[j]) && dst == &c->out)
                        break;
                } else if (b == ' ' && j > i && j + 1 < n && (unsigned)(s[j + 1] - 0x21) < 0x5Eu &&
                           s[j + 1] != '<') {
                    j++;
                } else {
                    break;
                }
            }
            if (space && dst->len > ustart) {
                S_put(c, dst, " ", 1, space_orig);
            } else if (dst == &c->out && S_is_alpha((int)ch) && dst->len > ustart &&
                       S_missing_space(c, (int)ch)) {
                S_put(c, dst, " ", 1, base + i);
            }
            space = 0;
            S_put(c, dst, str + i, j - i, base + i);
            i = j;
            continue;
        }
        size_t len;
        uint32_t cp = S_decode(s + i, n - i, &len);
        const char *rep = NULL;
        char buf[8];
        int what = S_classify(cp, &rep);
        if (what == S_SPACE) {
            if (!space)
                space_orig = base + i;
            space = 1;
            i += len;
            continue;
        }
        if (what == S_DROP) {
            i += len;
            continue;
        }
        if (what == S_REPL && rep[0] == '\x01') {
            int spaced = space && i + len < n && (s[i + len] == ' ' || s[i + len] == '\t');
            rep = spaced ? "--" : "-";
        }
        if (space && dst->len > ustart)
            S_put(c, dst, " ", 1, space_orig);
        space = 0;
        size_t cn;
        if (what == S_REPL) {
            S_put(c, dst, rep, strlen(rep), base + i);
        } else if ((cn = S_compat_ascii(cp, buf, sizeof buf)) > 0) {
            S_put(c, dst, buf, cn, base + i);
        } else if (len == 1) {
            /* a byte that was not UTF-8, read as Latin-1/cp1252: write it as UTF-8 */
            char u[3];
            if (cp < 0x800) {
                u[0] = (char)(0xC0 | (cp >> 6));
                u[1] = (char)(0x80 | (cp & 0x3F));
                S_put(c, dst, u, 2, base + i);
            } else {
                u[0] = (char)(0xE0 | (cp >> 12));
                u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
                u[2] = (char)(0x80 | (cp & 0x3F));
                S_put(c, dst, u, 3, base + i);
            }
        } else {
            if (cp >= 0x300 && cp <= 0x36F)
                c->nfc = 1;
            S_put(c, dst, str + i, len, base + i);
        }
        i += len;
    }
    return space;
}

/* ---- units ---- */

static int S_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\f' && s[i] != '\v')
            return 0;
    return 1;
}

/* Does the line start with a list bullet ("- ", "* ", "• ", "1. ", "2) ")? */
static int S_bullet(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    if (i + 1 < n && (s[i] == '-' || s[i] == '*' || s[i] == '+') && s[i + 1] == ' ')
        return 1;
    if (i + 3 < n && (!memcmp(s + i, "\xe2\x80\xa2", 3) || !memcmp(s + i, "\xe2\x97\xa6", 3) ||
                      !memcmp(s + i, "\xe2\x96\xaa", 3)) && s[i + 3] == ' ')
        return 1;
    if (i + 2 < n && !memcmp(s + i, "\xc2\xb7", 2) && s[i + 2] == ' ')
        return 1;
    size_t d = i;
    while (d < n && d - i < 3 && s[d] >= '0' && s[d] <= '9')
        d++;
    return d > i && d - i <= 2 && d + 1 < n && (s[d] == '.' || s[d] == ')') && s[d + 1] == ' ';
}

static int S_indented(const char *s, size_t n)
{
    return n >= 1 && (s[0] == '\t' || (n >= 2 && s[0] == ' ' && s[1] == ' '));
}

/* Is the text hard-wrapped: do many lines end inside a sentence, the next line going
 * on in lower case? */
static int S_wrapped(const char *s, size_t n)
{
    size_t soft = 0, total = 0;
    const char *p = s, *end = s + n;
    while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
        const char *q = p + 1;
        if (q >= end)
            break;
        if (*q != '\n' && *q != '\r' && *q != ' ' && *q != '\t') {
            const char *b = p;
            while (b > s && (b[-1] == '\r' || b[-1] == ' '))
                b--;
            total++;
            if (b > s && (S_is_alpha((unsigned char)b[-1]) || b[-1] == ',' ||
                          (b[-1] >= '0' && b[-1] <= '9')) &&
                *q >= 'a' && *q <= 'z')
                soft++;
        }
        p = q;
    }
    return soft > 0 && soft * 4 >= total;
}

/* In text that is not hard-wrapped, does `line` go on with the sentence of the unit
 * before it (a <br> inside a sentence): it starts in lower case and the unit does not
 * end with sentence punctuation? */
static int S_continues(const char *unit, size_t un, const char *line, size_t ln)
{
    size_t i = 0;
    while (i < ln && (line[i] == ' ' || line[i] == '\t'))
        i++;
    if (i == ln || !(line[i] >= 'a' && line[i] <= 'z'))
        return 0;
    while (un && (unit[un - 1] == ' ' || unit[un - 1] == '\n' || unit[un - 1] == '\r' ||
                  unit[un - 1] == '\t'))
        un--;
    return un && unit[un - 1] != '.' && unit[un - 1] != '?' && unit[un - 1] != '!' &&
           unit[un - 1] != ':';
}

/* ---- judging a unit ---- */

static int S_ieq_prefix(const char *a, size_t an, const char *b, size_t bn)
{
    if (an > bn)
        return 0;
    for (size_t i = 0; i < an; i++) {
        int x = (unsigned char)a[i], y = (unsigned char)b[i];
        if (x != y && !(S_is_alpha(x) && (x | 32) == (y | 32)))
            return 0;
    }
    return 1;
}

/* The unit repeats the headline (maybe without the " | Site" that titles carry). */
static int S_is_title(const char *t, size_t tn, const char *p, size_t pn)
{
    while (pn && (p[pn - 1] == '.' || p[pn - 1] == ' '))
        pn--;
    while (tn && (t[tn - 1] == '.' || t[tn - 1] == ' '))
        tn--;
    if (!pn || !S_ieq_prefix(p, pn, t, tn))
        return 0;
    return pn == tn || (tn - pn >= 3 && t[pn] == ' ' &&
                        (t[pn + 1] == '|' || t[pn + 1] == '-'));
}

/* A 64-bit hash taking 8 bytes a step: the byte-wise FNV of util was a tenth of the
 * cleaning time. Multiply-xorshift mixing; collisions are settled by memcmp anyway. */
static uint64_t S_hash(const char *p, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ n;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdULL;
        h ^= h >> 32;
    }
    uint64_t w = 0;
    memcpy(&w, p + i, n - i);
    h = (h ^ w) * 0xc4ceb9fe1a85ec53ULL;
    return h ^ (h >> 29);
}

/* Seen before in this article? Records it otherwise. */
static int S_repeat(dyad_cleaner *c, size_t off, size_t len)
{
    if (c->nseen * 2 >= c->capseen) {
        size_t cap = c->capseen ? c->capseen * 2 : 64;
        S_seen *t = calloc(cap, sizeof *t);
        if (!t) {
            c->err = 1;
            return 0;
        }
        for (size_t i = 0; i < c->capseen; i++) {
            if (c->seen[i].gen != c->gen)
                continue;
            size_t k = c->seen[i].h & (cap - 1);
            while (t[k].gen == c->gen)
                k = (k + 1) & (cap - 1);
            t[k] = c->seen[i];
        }
        free(c->seen);
        c->seen = t;
        c->capseen = cap;
    }
    uint64_t h = S_hash(c->out.data + off, len);
    size_t k = h & (c->capseen - 1);
    for (; c->seen[k].gen == c->gen; k = (k + 1) & (c->capseen - 1)) {
        const S_seen *e = &c->seen[k];
        if (e->h == h && e->len == len && !memcmp(c->out.data + e->off, c->out.data + off, len))
            return 1;
    }
    c->seen[k].h = h;
    c->seen[k].off = (uint32_t)off;
    c->seen[k].len = (uint32_t)len;
    c->seen[k].gen = c->gen;
    c->nseen++;
    return 0;
}

/* Skip a "Published:" / "Updated" style lead-in before a date. */
static size_t S_date_lead(const char *s, size_t n)
{
    static const char *const leads[] = {"published on ", "published: ", "published ",
                                        "updated on ", "updated: ", "updated ",
                                        "posted on ", "posted: ", "posted ", "date: ", NULL};
    for (size_t i = 0; leads[i]; i++) {
        size_t k = strlen(leads[i]);
        if (S_ieq_prefix(leads[i], k, s, n))
            return k;
    }
    return 0;
}

/* Only a time of day, a zone and separators: "– 22:46", "10:30 AM EDT", "| 5:02 p.m."? */
static int S_time_rest(const char *s, size_t n)
{
    if (n > 40)
        return 0;
    for (size_t i = 0; i < n; i++) {
        int ch = (unsigned char)s[i];
        if (!(ch == ' ' || ch == ':' || ch == '-' || ch == ',' || ch == '|' || ch == '.' ||
              ch == '(' || ch == ')' || ch == '+' || (ch >= '0' && ch <= '9') ||
              S_is_upper(ch) || ch == 'a' || ch == 'p' || ch == 'm'))
            return 0;
    }
    return 1;
}

/* "2 hours ago", "an hour ago", "minutes ago": a page's relative time stamp. */
static int S_ago(const char *s, size_t n)
{
    static const char *const units[] = {"second", "minute", "min", "hour", "hr", "day",
                                        "week", NULL};
    size_t i = 0;
    while (i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == ' '))
        i++;
    if (S_ieq_prefix("an ", 3, s + i, n - i))
        i += 3;
    else if (S_ieq_prefix("a ", 2, s + i, n - i))
        i += 2;
    for (size_t u = 0; units[u]; u++) {
        size_t k = strlen(units[u]);
        if (!S_ieq_prefix(units[u], k, s + i, n - i))
            continue;
        k += i;
        if (k < n && (s[k] == 's' || s[k] == 'S'))
            k++;
        return S_ieq_prefix(" ago", 4, s + k, n - k) && k + 4 == n;
    }
    return 0;
}

/* The rest of a time line: a time of day and zone, then maybe "Updated" and another
 * time or "2 hours ago" ("7:42 AM UTC Updated 2 hours ago"). */
static int S_time_line_rest(const char *s, size_t n)
{
    for (size_t i = 0; i + 7 <= n; i++) {
        if ((i == 0 || s[i - 1] == ' ') && S_ieq_prefix("updated", 7, s + i, n - i)) {
            size_t k = i + 7;
            while (k < n && (s[k] == ' ' || s[k] == ':'))
                k++;
            return S_time_rest(s, i) && (S_time_rest(s + k, n - k) || S_ago(s + k, n - k));
        }
    }
    return S_time_rest(s, n);
}

/* "Ottawa, Feb. 2, 2025": a place (one to three capitalised words) and a date, alone on
 * a line above the story; the length of the place part with its ", " (0: none). */
static size_t S_place_date(const char *p, size_t n)
{
    size_t i = 0;
    for (int words = 0; words < 3 && i < n && S_is_upper((unsigned char)p[i]); words++) {
        while (i < n && (S_is_alpha((unsigned char)p[i]) || p[i] == '.' || p[i] == '-'))
            i++;
        if (i + 1 < n && p[i] == ',' && p[i + 1] == ' ')
            return i + 2;
        if (i < n && p[i] == ' ')
            i++;
    }
    return 0;
}

/* A headline line at the top of a text without a title: capitalised, a few words, no
 * sentence punctuation at its end ("Russian drones hit Odesa port as Kyiv and
 * Washington prepare talks"; a question headline "Will Canada hit back? What ..."). */
static int S_headline(const char *p, size_t n)
{
    size_t words = 1;
    if (n < 12 || n > 160 || !S_is_upper((unsigned char)p[0]))
        return 0;
    for (size_t i = 0; i < n; i++)
        words += p[i] == ' ';
    int last = (unsigned char)p[n - 1];
    return words >= 3 && words <= 24 && !strchr(".!?:;,\"')]", last);
}

/* Year that dates without one ("Aug. 6") are given. */
static int S_year(const dyad_cleaner *c, const char *date)
{
    if (c->opts.year)
        return c->opts.year;
    if (date && strlen(date) >= 4 && date[0] >= '1' && date[0] <= '2')
        return atoi(date) > 999 ? atoi(date) : 0;
    return 0;
}

/* A date with or without a year; `date` is set only when the year is known. */
static size_t S_date_any(const char *p, size_t n, int year, char date[11])
{
    size_t k = dyad_date_parse(p, n, year, date);
    if (k || year)
        return k;
    k = dyad_date_parse(p, n, 2000, date); /* a leap year: "Feb. 29" is a date */
    date[0] = '\0';
    return k;
}

/* A lower-case word inside a country's name and the capital after it ("Republic of
 * Congo", "Trinidad and Tobago", "Republic of the Congo"): the length of the word with
 * its space (0: none), so that a region part of a dateline reads on to the name's end. */
static size_t S_name_link(const char *p, size_t n)
{
    static const char *const links[] = {"of the ", "of ", "and ", NULL};
    for (int k = 0; links[k]; k++) {
        size_t len = strlen(links[k]);
        if (n > len && !strncmp(p, links[k], len) && S_is_upper((unsigned char)p[len]))
            return len;
    }
    return 0;
}

/*
 * A dateline at the start of p: "WASHINGTON, Aug. 6 (AP) -- ", "LONDON (Reuters) - ",
 * "KYIV, Ukraine, May 20, 2024 /PRNewswire/ -- ", "May 20, 2024 -- ", "ISLAMABAD/PENTAGON --
 * " (VOA: two places). Returns the
 * length to strip (0: none), the date it gave, if any, and its place as written, the
 * last region part when it has one ("Congo" of "KINSHASA, Congo --"), which names the
 * story's home state. `strict` demands a date or an agency, not a place alone.
 */
static size_t S_dateline(const char *p, size_t n, int year, int strict, char date[11],
                         char place[48])
{
    size_t i = 0;
    int caps = 0, have_date = 0, have_agency = 0;
    date[0] = '\0';
    place[0] = '\0';
    /* place: upper-case words ("NEW YORK", "WASHINGTON D.C.", "ISLAMABAD/PENTAGON") */
    while (i < n && (S_is_upper((unsigned char)p[i]) || p[i] == ' ' || p[i] == '.' ||
                     p[i] == '-' || p[i] == '\'' || (unsigned char)p[i] >= 0x80 ||
                     (p[i] == '/' && i > 0 && S_is_upper((unsigned char)p[i - 1])))) {
        if (S_is_upper((unsigned char)p[i]))
            caps++;
        if (p[i] == '-' && i + 1 < n && (p[i + 1] == ' ' || p[i + 1] == '-'))
            break;
        i++;
    }
    while (i > 0 && p[i - 1] == ' ')
        i--;
    if (caps < 2 || (i < n && S_is_alpha((unsigned char)p[i]))) {
        i = 0; /* no place: maybe the line starts with the date */
        size_t k = S_date_any(p, n, year, date);
        if (!k)
            return 0;
        have_date = 1;
        i = k;
    } else {
        snprintf(place, 48, "%.*s", (int)i, p);
    }
    /* ", Region" parts and ", date": the last region names the place's state */
    for (int parts = 0; parts < 3 && i + 2 < n && p[i] == ',' && p[i + 1] == ' '; parts++) {
        size_t k = !have_date ? S_date_any(p + i + 2, n - i - 2, year, date) : 0;
        if (k) {
            have_date = 1;
            i += 2 + k;
            continue;
        }
        size_t j = i + 2;
        if (!S_is_upper((unsigned char)p[j]))
            break;
        for (size_t w; j < n; j += w)
            if (S_is_alpha((unsigned char)p[j]) || p[j] == '.' ||
                (p[j] == ' ' && j + 1 < n && S_is_upper((unsigned char)p[j + 1])))
                w = 1;
            else if (p[j] == ' ' && (w = S_name_link(p + j + 1, n - j - 1)) > 0)
                w++;
            else
                break;
        if (j - i > 30)
            break;
        if (place[0])
            snprintf(place, 48, "%.*s", (int)(j - i - 2), p + i + 2);
        i = j;
    }
    /* agency: " (AP)", " (Reuters)", " /PRNewswire/" */
    size_t j = i;
    while (j < n && p[j] == ' ')
        j++;
    if (j < n && (p[j] == '(' || p[j] == '/')) {
        char close = p[j] == '(' ? ')' : '/';
        size_t k = j + 1;
        while (k < n && k - j < 32 && p[k] != close && p[k] != ' ')
            k++;
        if (k < n && p[k] == close && k > j + 1) {
            have_agency = 1;
            i = k + 1;
        }
    }
    /* separator */
    j = i;
    while (j < n && p[j] == ' ')
        j++;
    size_t sep = 0;
    if (j + 1 < n && p[j] == '-' && p[j + 1] == '-')
        sep = 2;
    else if (j < n && (p[j] == '-' || p[j] == ':'))
        sep = 1;
    if (!sep || (strict && !have_date && !have_agency))
        return 0;
    if (!have_date && !have_agency && caps < 2)
        return 0;
    j += sep;
    if (j < n && p[j] != ' ')
        return 0;
    while (j < n && p[j] == ' ')
        j++;
    return j < n ? j : 0;
}

/*
 * A dateline opening a later paragraph: wire round-ups and joined items start each item
 * with its own ("ROME - Italy's ...", "HONG KONG - Gold was ..."), and the place would
 * be read as the sentence's doer. A place alone is enough here, but it must be a word
 * of three capitals or more ("U.S. - Japan talks ..." is no dateline), no label of the
 * desk's ("NOTE - Company said ...": what follows is a footnote, no item) and a
 * sentence must follow. Its date is the item's, not the article's: not returned.
 */
static size_t S_item_dateline(const char *p, size_t n, int year)
{
    static const char *const labels[] = {"NOTE", "NOTES", "EDITOR'S NOTE", "ENQUIRIES",
                                         "CORRECTION", "UPDATE", NULL};
    char d[11], place[48];
    size_t cut = S_dateline(p, n, year, 0, d, place), caps = 0;
    for (size_t i = 0; i < cut; i++)
        caps += S_is_upper((unsigned char)p[i]);
    for (int k = 0; cut && labels[k]; k++) {
        size_t m = strlen(labels[k]);
        if (!strncmp(p, labels[k], m) && !S_is_alpha((unsigned char)p[m]))
            return 0;
    }
    return cut && caps >= 3 && (S_is_upper((unsigned char)p[cut]) || p[cut] == '"') ? cut : 0;
}

/* Remove the first k bytes of the current unit, keeping the anchors right. */
static void S_strip_front(dyad_cleaner *c, size_t k, size_t anc0)
{
    size_t at = c->ustart;
    size_t orig = dyad_clean_orig_offset(c, at + k);
    memmove(c->out.data + at, c->out.data + at + k, c->out.len - at - k);
    c->out.len -= k;
    c->out.data[c->out.len] = '\0';
    size_t w = anc0;
    for (size_t r = anc0; r < c->nanc; r++) {
        if (c->anc[r].clean <= at + k)
            continue;
        c->anc[w] = c->anc[r];
        c->anc[w].clean -= (uint32_t)k;
        w++;
    }
    c->nanc = w;
    /* the unit now starts at `orig`: put that anchor first */
    S_anchor_push(c, 0, 0);
    if (c->err)
        return;
    memmove(c->anc + anc0 + 1, c->anc + anc0, (c->nanc - 1 - anc0) * sizeof *c->anc);
    c->anc[anc0].clean = (uint32_t)at;
    c->anc[anc0].orig = (uint32_t)orig;
}

/* Compose the current unit to NFC (rare: only units with combining marks). */
static void S_nfc(dyad_cleaner *c, size_t anc0)
{
    utf8proc_uint8_t *res = NULL;
    size_t at = c->ustart;
    utf8proc_ssize_t k = utf8proc_map((const utf8proc_uint8_t *)c->out.data + at,
                                      (utf8proc_ssize_t)(c->out.len - at), &res,
                                      UTF8PROC_STABLE | UTF8PROC_COMPOSE);
    if (k < 0 || !res) {
        free(res);
        if (k == UTF8PROC_ERROR_NOMEM)
            c->err = 1;
        return;
    }
    size_t orig = dyad_clean_orig_offset(c, at);
    c->out.len = at;
    c->nanc = anc0;
    S_put(c, &c->out, (const char *)res, (size_t)k, orig);
    free(res);
}

typedef struct S_state {
    dyad_cleaned *res;
    int kept;          /* units kept so far */
    int dateline_done; /* a dateline was stripped */
    const char *end;   /* end of the article text: is there more after a unit? */
} S_state;

/* Does any non-blank text follow p (up to end)? */
static int S_more(const char *p, const char *end)
{
    for (; p < end; p++)
        if (*p != ' ' && *p != '\n' && *p != '\r' && *p != '\t')
            return 1;
    return 0;
}

/* Normalise and judge one unit: the original text s[0..n) at offset `base`. */
static void S_unit(dyad_cleaner *c, S_state *st, const char *s, size_t n, size_t base)
{
    size_t len0 = c->out.len, nanc0 = c->nanc, anc0 = c->nanc;
    if (c->out.len) {
        /* the separator stands for the line end before the unit */
        S_put(c, &c->out, "\n\n", 2, base ? base - 1 : 0);
        anc0 = c->nanc;
    }
    c->ustart = c->out.len;
    c->nfc = 0;
    S_norm(c, &c->out, s, n, base, 0);
    while (c->out.len > c->ustart && c->out.data[c->out.len - 1] == ' ')
        c->out.len--;
    c->out.data[c->out.len] = '\0';
    const char *p = c->out.data + c->ustart;
    size_t pn = c->out.len - c->ustart;
    int drop = pn == 0;
    if (!drop && c->nfc)
        S_nfc(c, anc0), p = c->out.data + c->ustart, pn = c->out.len - c->ustart;
    if (!drop && !c->opts.keep_boilerplate) {
        char d[11];
        int year = S_year(c, st->res->date);
        /* a line that is only a date (and maybe a time, or a place before it), above the
         * body */
        size_t lead = st->kept < 3 && pn <= 64 ? S_date_lead(p, pn) : 0;
        if (st->kept < 3 && pn <= 64 && !lead)
            lead = S_place_date(p, pn);
        size_t k = st->kept < 3 && pn <= 64 ? dyad_date_parse(p + lead, pn - lead, year, d) : 0;
        if (k && S_time_line_rest(p + lead + k, pn - lead - k)) {
            if (!st->res->date[0]) {
                memcpy(st->res->date, d, 11);
                st->res->date_from_text = 1;
            }
            drop = 1;
        } else if (lead && S_time_rest(p + lead, pn - lead)) {
            drop = 1; /* "Updated 10:30 AM EDT" */
        }
        if (!drop && st->kept == 0 && c->title.len &&
            S_is_title(c->title.data, c->title.len, p, pn))
            drop = 1;
        if (!drop && st->kept == 0 && !c->title.len && !st->res->ndropped &&
            S_headline(p, pn) && S_more(s + n, st->end))
            drop = 1; /* the untitled text's own headline: not story text */
        if (!drop)
            drop = dyad_clean_is_boilerplate(p, pn);
        size_t cut = 0;
        char place[48] = "";
        if (!drop && !st->dateline_done && st->kept < 2)
            cut = S_dateline(p, pn, year, st->kept > 0, d, place);
        int first = cut > 0;
        if (!drop && !cut && st->kept > 0)
            cut = S_item_dateline(p, pn, year);
        if (cut)
            S_strip_front(c, cut, anc0), pn -= cut;
        /* a repeat is judged on the unit as kept, its dateline gone: the record of one
         * judged before the strip would point at text that has moved, and the same item
         * given twice ("ROME - ...") would be kept twice */
        if (!drop && (pn >= 24 || (p[pn - 1] != '.' && p[pn - 1] != '"')))
            drop = S_repeat(c, c->ustart, pn);
        if (!drop && first) {
            st->dateline_done = 1;
            memcpy(st->res->place, place, sizeof place);
            if (d[0] && !st->res->date[0]) {
                memcpy(st->res->date, d, 11);
                st->res->date_from_text = 1;
            }
        }
    }
    if (drop) {
        if (pn)
            st->res->ndropped++;
        c->out.len = len0;
        if (c->out.data)
            c->out.data[len0] = '\0';
        c->nanc = nanc0;
        return;
    }
    st->kept++;
}

dyad_status dyad_clean(dyad_cleaner *c, const dyad_article *a, dyad_cleaned *out)
{
    if (!c || !a || !out)
        return DYAD_EINVAL;
    const char *s = a->text ? a->text : "";
    size_t n = a->text ? a->text_len : 0;
    if (n >= UINT32_MAX - 16)
        return DYAD_ELIMIT;
    memset(out, 0, sizeof *out);
    if (a->date && strlen(a->date) == 10)
        memcpy(out->date, a->date, 11);
    dyad_buf_clear(&c->out);
    dyad_buf_clear(&c->title);
    c->nanc = 0;
    c->err = 0;
    c->nseen = 0;
    c->orig_len = n;
    if (++c->gen == 0) {
        /* generation counter wrapped: clear the stamps for real */
        if (c->seen)
            memset(c->seen, 0, c->capseen * sizeof *c->seen);
        c->gen = 1;
    }
    if (a->title && *a->title)
        S_norm(c, &c->title, a->title, strlen(a->title), 0, 0);
    if (dyad_buf_reserve(&c->out, n + n / 8 + 16))
        return DYAD_ENOMEM;
    S_state st = {out, 0, 0, s + n};
    int wrapped = S_wrapped(s, n);
    size_t ustart = 0; /* start of the current unit in s, or SIZE_MAX when none */
    int in_unit = 0;
    size_t pos = 0;
    while (pos <= n && !c->err) {
        const char *nl = memchr(s + pos, '\n', n - pos);
        size_t end = nl ? (size_t)(nl - s) : n;
        const char *line = s + pos;
        size_t ln = end - pos;
        if (S_blank(line, ln)) {
            if (in_unit)
                S_unit(c, &st, s + ustart, pos - ustart, ustart);
            in_unit = 0;
        } else {
            int starts = S_bullet(line, ln) || S_indented(line, ln) ||
                         (!wrapped && !S_continues(s + ustart, pos - ustart, line, ln));
            if (in_unit && starts) {
                S_unit(c, &st, s + ustart, pos - ustart, ustart);
                in_unit = 0;
            }
            if (!in_unit) {
                ustart = pos;
                in_unit = 1;
            }
        }
        if (!nl)
            break;
        pos = end + 1;
    }
    if (in_unit && !c->err)
        S_unit(c, &st, s + ustart, n - ustart, ustart);
    if (c->err || dyad_buf_reserve(&c->out, 0))
        return DYAD_ENOMEM;
    c->out.data[c->out.len] = '\0';
    out->text = c->out.data;
    out->len = c->out.len;
    return DYAD_OK;
}

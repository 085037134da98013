/*
 * boiler.c — is a stand-alone paragraph site furniture rather than article prose?
 * Scrapers keep menus, share bars, cookie and ad-blocker notices, comment forms,
 * related-link headings, tag lists, bylines and photo credits as paragraphs of their
 * own. They are recognised by phrase lists (whole paragraph, prefix, or contained in a
 * short paragraph) and by shape (a run of share-button words, a menu of items between
 * separators, hashtags, a "By First Last" byline). Only short paragraphs are judged:
 * a long paragraph is prose even when it mentions cookies.
 */
#include <stdint.h>
#include <string.h>
#include "clean/clean.h"

#define S_SHORT 300       /* longer paragraphs are never boilerplate */
#define S_SHORT_SHAPE 200 /* only shorter ones are judged by contained phrases and shape */

typedef struct S_phrase {
    const char *s; /* lower case */
    size_t n;
} S_phrase;
#define P(lit) {lit, sizeof(lit) - 1}

/* Whole paragraph (trailing punctuation and case ignored). */
static const S_phrase S_exact[] = {
    P("share"), P("shares"), P("tweet"), P("email"), P("e-mail"), P("print"),
    P("advertisement"), P("ad"), P("sponsored"), P("skip to content"),
    P("skip to main content"), P("skip navigation"), P("read more"), P("read next"),
    P("related"), P("related articles"), P("related posts"), P("related stories"),
    P("related news"), P("related content"), P("related coverage"), P("related topics"),
    P("you may also like"), P("you might also like"), P("recommended"),
    P("recommended stories"), P("more stories"), P("more news"), P("top stories"),
    P("most read"), P("most popular"), P("trending"), P("trending now"), P("comments"),
    P("comment"), P("leave a reply"), P("leave a comment"), P("post comment"),
    P("cancel reply"), P("sign up"), P("subscribe"), P("log in"), P("login"), P("menu"),
    P("search"), P("home"), P("loading"), P("share this"), P("like this"),
    P("share this article"), P("share this story"), P("reuters"), P("(reuters)"),
    P("ap"), P("afp"), P("associated press"), P("the associated press"), P("bloomberg"),
    P("close"), P("next"), P("previous"), P("back to top"), P("see more"),
    P("show more"), P("load more"), P("view comments"), P("newsletter"),
    P("advertise with us"), P("continue reading"),
    P("story continues below advertisement"), P("scroll to continue with content"),
    P("more"), P("video"), P("watch"), P("listen"), P("listen to this article"),
    P("copy link"), P("link copied"), P("follow us"),
    {NULL, 0}};

/* Paragraph start. */
static const S_phrase S_prefix[] = {
    P("skip to "), P("adblock detected"), P("ad blocker detected"),
    P("ad-blocker detected"), P("we noticed you're using an ad"),
    P("we noticed you are using an ad"), P("please disable your ad"),
    P("please whitelist"), P("please consider supporting us by disabling"),
    P("this site uses akismet"), P("your email address will not be published"),
    P("required fields are marked"), P("save my name, email"), P("notify me of "),
    P("you must be logged in to post"), P("leave a reply"), P("leave a comment"),
    P("you may also like"), P("you might also like"), P("related articles"),
    P("related posts"), P("related stories"), P("related:"), P("read more:"),
    P("read more about"), P("read also"), P("also read"), P("see also:"),
    P("recommended for you"), P("more from "), P("share on "), P("share this "),
    P("share via "), P("share to "), P("click to share"), P("click to email"),
    P("click to print"), P("follow us on"), P("we use cookies"),
    P("this website uses cookies"), P("this site uses cookies"),
    P("by continuing to use this"), P("by using this site"), P("accept all cookies"),
    P("cookie policy"), P("cookie settings"), P("cookies help us"),
    P("subscribe to our newsletter"), P("sign up for our newsletter"),
    P("sign up to our newsletter"), P("get the latest news"), P("tags:"), P("tag:"),
    P("tagged:"), P("tagged with"), P("filed under"), P("categories:"), P("category:"),
    P("posted in "), P("topics:"), P("photo:"), P("photo credit"), P("photos:"),
    P("photograph:"), P("image:"), P("image credit"), P("image source"), P("picture:"),
    P("credit:"), P("(photo"), P("file photo"), P("reporting by "), P("writing by "),
    P("editing by "), P("additional reporting by"), P("compiled by "), P("updated:"),
    P("published:"), P("last updated"), P("posted on "), P("posted by "),
    P("copyright "), P("(c) "), P("\xc2\xa9"), P("all rights reserved"),
    P("sponsored content"), P("story continues below"), P("continue reading"),
    P("click here"), P("download the app"), P("join our "), P("follow us"),
    P("this article was originally published"), P("this story has been shared"),
    P("comments ("), P("advertisement"),
    {NULL, 0}};

/* Anywhere in a short paragraph. */
/* Contained in a short paragraph, at a word start (or at a '/'); grouped by first
 * byte so that a word start costs one switch. */
static const S_phrase S_has_a[] = {P("akismet"), P("ad blocker"), P("adblocker"),
                                   P("adblock"), P("all rights reserved"), P("ap photo"),
                                   P("afp photo"), P("afp via getty"), {NULL, 0}};
static const S_phrase S_has_c[] = {P("comment data is processed"), {NULL, 0}};
static const S_phrase S_has_e[] = {P("epa-efe"), {NULL, 0}};
static const S_phrase S_has_g[] = {P("getty images"), {NULL, 0}};
static const S_phrase S_has_m[] = {P("min read"), P("minute read"), {NULL, 0}};
static const S_phrase S_has_p[] = {P("photo by "), {NULL, 0}};
static const S_phrase S_has_r[] = {P("reuters/"), {NULL, 0}};
static const S_phrase S_has_s[] = {P("shutterstock"), {NULL, 0}};
static const S_phrase S_has_u[] = {P("uses cookies"), P("use cookies"), {NULL, 0}};
static const S_phrase S_has_slash[] = {P("/reuters"), {NULL, 0}};

static const S_phrase *S_contains(int c)
{
    switch (c) {
    case 'a': return S_has_a;
    case 'c': return S_has_c;
    case 'e': return S_has_e;
    case 'g': return S_has_g;
    case 'm': return S_has_m;
    case 'p': return S_has_p;
    case 'r': return S_has_r;
    case 's': return S_has_s;
    case 'u': return S_has_u;
    case '/': return S_has_slash;
    default: return NULL;
    }
}

/* Words of share bars ("Share Facebook Twitter WhatsApp Email"); the first group must
 * occur for the paragraph to count as one. */
static const S_phrase S_share_core[] = {
    P("share"), P("facebook"), P("twitter"), P("whatsapp"), P("linkedin"),
    P("pinterest"), P("reddit"), P("telegram"), P("tweet"), P("email"), P("e-mail"),
    P("print"), P("messenger"), P("flipboard"),
    {NULL, 0}};
static const S_phrase S_share_more[] = {
    P("on"), P("this"), P("article"), P("story"), P("via"), P("sms"), P("mail"),
    P("copy"), P("link"), P("url"), P("copied"), P("pocket"), P("tumblr"), P("x"),
    P("the"), P("to"), P("or"), P("and"), P("shares"), P("threads"), P("bluesky"),
    P("comments"), P("comment"), P("save"),
    {NULL, 0}};

static int S_lower(int c) { return c | (((unsigned)c - 'A' < 26u) << 5); }

/* Case-insensitive prefix test over ASCII (UTF-8 bytes compare as themselves). */
static int S_starts(const char *s, size_t n, const char *p)
{
    size_t i = 0;
    for (; i < n && p[i]; i++)
        if (S_lower((unsigned char)s[i]) != (unsigned char)p[i])
            return 0;
    return p[i] == '\0';
}

static int S_has(const char *s, size_t n, const char *p)
{
    size_t k = strlen(p);
    for (size_t i = 0; i + k <= n; i++)
        if (S_lower((unsigned char)s[i]) == (unsigned char)p[0] && S_starts(s + i, n - i, p))
            return 1;
    return 0;
}

static int S_in(const char *w, size_t n, const S_phrase *list)
{
    for (const S_phrase *p = list; p->s; p++)
        if (p->n == n && S_lower((unsigned char)w[0]) == p->s[0] && S_starts(w, n, p->s))
            return 1;
    return 0;
}

/* First two letters of the phrases of S_contains: bit b of S_pairs[a]. Keep in step
 * with the S_has_ lists above (test_clean checks each kind). */
#define B(ch) (1u << ((ch) - 'a'))
static const uint32_t S_pairs[26] = {
    ['a' - 'a'] = B('k') | B('d') | B('l') | B('p') | B('f'),
    ['c' - 'a'] = B('o'), ['e' - 'a'] = B('p'), ['g' - 'a'] = B('e'), ['m' - 'a'] = B('i'),
    ['p' - 'a'] = B('h'), ['r' - 'a'] = B('e'), ['s' - 'a'] = B('h'), ['u' - 'a'] = B('s')};
#undef B

/* Does a phrase of S_contains start at s[i]? */
static int S_has_at(const char *s, size_t n, size_t i)
{
    const S_phrase *p;
    if (i + 1 >= n || !(p = S_contains(S_lower((unsigned char)s[i]))))
        return 0;
    for (; p->s; p++)
        if (p->s[1] == S_lower((unsigned char)s[i + 1]) && p->n <= n - i &&
            S_starts(s + i, p->n, p->s))
            return 1;
    return 0;
}

/* Every word is a share-bar word and one of them names a service. */
static int S_share_bar(const char *s, size_t n)
{
    int core = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && (s[i] == ' ' || s[i] == '|' || s[i] == ',' || s[i] == '/' ||
                         s[i] == ':' || s[i] == '-'))
            i++;
        size_t j = i;
        while (j < n && s[j] != ' ' && s[j] != '|' && s[j] != ',' && s[j] != '/' &&
               s[j] != ':')
            j++;
        if (j == i)
            break;
        if (S_in(s + i, j - i, S_share_core))
            core = 1;
        else if (!S_in(s + i, j - i, S_share_more))
            return 0;
        i = j;
    }
    return core;
}

/* "Home | World | Politics | Business": several short items between separators. */
static int S_menu(const char *s, size_t n)
{
    int seps = 0;
    if (!memchr(s, '|', n) && !memchr(s, '>', n) && !memchr(s, '/', n) &&
        !memchr(s, 0xC2, n) && !memchr(s, 0xE2, n))
        return 0;
    for (size_t i = 0; i + 2 < n; i++) {
        if ((s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i + 1] == ' ')
            return 0; /* has sentences */
        if (s[i] != ' ')
            continue;
        const char *p = s + i + 1;
        if ((p[0] == '|' || p[0] == '>' || p[0] == '/') && p[1] == ' ')
            seps++;
        else if (i + 3 < n && p[2] == ' ' &&
                 ((unsigned char)p[0] == 0xC2 && ((unsigned char)p[1] == 0xB7 ||
                                                  (unsigned char)p[1] == 0xBB)))
            seps++; /* · » */
        else if (i + 4 < n && p[3] == ' ' && !memcmp(p, "\xe2\x80\xa2", 3))
            seps++; /* • */
    }
    return seps >= 3 && n / (size_t)(seps + 1) < 30;
}

static int S_hashtags(const char *s, size_t n)
{
    int tags = 0;
    for (size_t i = 0; i < n; i++) {
        if (i == 0 || s[i - 1] == ' ') {
            if (s[i] != '#')
                return 0;
            tags++;
        }
    }
    return tags > 0;
}

/* "By Jane Doe", "By JANE DOE and John Roe, Associated Press": no sentence. */
static int S_byline(const char *s, size_t n)
{
    if (n > 120 || !S_starts(s, n, "by ") || n < 4 || !(s[3] >= 'A' && s[3] <= 'Z'))
        return 0;
    int words = 0;
    for (size_t i = 3; i < n; i++) {
        if (i == 3 || s[i - 1] == ' ') {
            words++;
            int c = (unsigned char)s[i];
            /* lower-case words other than joining ones mean prose: "By then, it ..." */
            if (c >= 'a' && c <= 'z' && !S_starts(s + i, n - i, "and ") &&
                !S_starts(s + i, n - i, "in ") && !S_starts(s + i, n - i, "for ") &&
                !S_starts(s + i, n - i, "de ") && !S_starts(s + i, n - i, "van "))
                return 0;
        }
    }
    char last = s[n - 1];
    /* a final period is allowed only after an initial or Jr./Sr. */
    if (last == '.' && !(n >= 3 && s[n - 3] == ' ') && !S_has(s + n - 4, 4, " jr.") &&
        !S_has(s + n - 4, 4, " sr."))
        return 0;
    return words <= 10 && last != '?' && last != '!' && last != ':';
}

int dyad_clean_is_boilerplate(const char *s, size_t n)
{
    if (n > S_SHORT || n == 0)
        return 0;
    char low[S_SHORT];
    size_t head = n < 64 ? n : 64; /* phrases of the lists are shorter */
    for (size_t i = 0; i < head; i++)
        low[i] = (char)S_lower((unsigned char)s[i]);
    size_t m = n; /* the paragraph without trailing punctuation */
    while (m && (s[m - 1] == '.' || s[m - 1] == ':' || s[m - 1] == '!' || s[m - 1] == ' ' ||
                 s[m - 1] == '>' || s[m - 1] == '|' || s[m - 1] == '-'))
        m--;
    if (m <= head)
        for (const S_phrase *p = S_exact; p->s; p++)
            if (p->n == m && !memcmp(low, p->s, m))
                return 1;
    for (const S_phrase *p = S_prefix; p->s; p++)
        if (p->n <= head && p->s[0] == low[0] && p->s[1] == low[1] && !memcmp(low, p->s, p->n))
            return 1;
    if (n > S_SHORT_SHAPE)
        return 0;
    /* contained phrases start at a word (after a space or '('), or at a '/'; a table
       of their first two letters keeps the look-ups off most words */
    for (size_t i = 0; i + 1 < n; i++) {
        if (i > 0 && s[i - 1] != ' ' && s[i - 1] != '(')
            continue;
        unsigned a = (unsigned)S_lower((unsigned char)s[i]) - 'a';
        unsigned b = (unsigned)S_lower((unsigned char)s[i + 1]) - 'a';
        if (a < 26 && b < 26 && ((S_pairs[a] >> b) & 1) && S_has_at(s, n, i))
            return 1;
    }
    for (const char *q = memchr(s, '/', n); q; q = memchr(q + 1, '/', n - (size_t)(q + 1 - s)))
        if (S_has_at(s, n, (size_t)(q - s)))
            return 1;
    return S_share_bar(s, n) || S_menu(s, n) || S_hashtags(s, n) || S_byline(s, n);
}

/*
 * boiler.c — is a stand-alone paragraph site furniture rather than article prose?
 * Scrapers keep menus, share bars, cookie and ad-blocker notices, comment forms,
 * related-link headings, tag lists, bylines and photo credits as paragraphs of their
 * own. They are recognised by phrase lists (whole paragraph, prefix, or contained in a
 * short paragraph) and by shape (a run of share-button words, a menu of items between
 * separators, hashtags, a "By First Last" byline). Only short paragraphs are judged:
 * a long paragraph is prose even when it mentions cookies.
 */
#include <string.h>
#include "clean/clean.h"

#define S_SHORT 300 /* longer paragraphs are never boilerplate */

/* Whole paragraph (trailing punctuation and case ignored). */
static const char *const S_exact[] = {
    "share", "shares", "tweet", "email", "e-mail", "print", "advertisement", "ad",
    "sponsored", "skip to content", "skip to main content", "skip navigation",
    "read more", "read next", "related", "related articles", "related posts",
    "related stories", "related news", "related content", "related coverage",
    "related topics", "you may also like", "you might also like", "recommended",
    "recommended stories", "more stories", "more news", "top stories", "most read",
    "most popular", "trending", "trending now", "comments", "comment", "leave a reply",
    "leave a comment", "post comment", "cancel reply", "sign up", "subscribe", "log in",
    "login", "menu", "search", "home", "loading", "share this", "like this",
    "share this article", "share this story", "reuters", "(reuters)", "ap", "afp",
    "associated press", "the associated press", "bloomberg", "close", "next", "previous",
    "back to top", "see more", "show more", "load more", "view comments", "newsletter",
    "advertise with us", "continue reading", "story continues below advertisement",
    "scroll to continue with content", "more", "video", "watch", "listen",
    "listen to this article", "copy link", "link copied", "follow us", NULL};

/* Paragraph start. */
static const char *const S_prefix[] = {
    "skip to ", "adblock detected", "ad blocker detected", "ad-blocker detected",
    "we noticed you're using an ad", "we noticed you are using an ad",
    "please disable your ad", "please whitelist", "please consider supporting us by disabling",
    "this site uses akismet", "your email address will not be published",
    "required fields are marked", "save my name, email", "notify me of ",
    "you must be logged in to post", "leave a reply", "leave a comment",
    "you may also like", "you might also like", "related articles", "related posts",
    "related stories", "related:", "read more:", "read more about", "read also",
    "also read", "see also:", "recommended for you", "more from ", "share on ",
    "share this ", "share via ", "share to ", "click to share", "click to email",
    "click to print", "follow us on", "we use cookies", "this website uses cookies",
    "this site uses cookies", "by continuing to use this", "by using this site",
    "accept all cookies", "cookie policy", "cookie settings", "cookies help us",
    "subscribe to our newsletter", "sign up for our newsletter", "sign up to our newsletter",
    "get the latest news", "tags:", "tag:", "tagged:", "tagged with", "filed under",
    "categories:", "category:", "posted in ", "topics:", "photo:", "photo credit",
    "photos:", "photograph:", "image:", "image credit", "image source", "picture:",
    "credit:", "(photo", "file photo", "reporting by ", "writing by ", "editing by ",
    "additional reporting by", "compiled by ", "updated:", "published:", "last updated",
    "posted on ", "posted by ", "copyright ", "(c) ", "\xc2\xa9", "all rights reserved",
    "sponsored content", "story continues below", "continue reading", "click here",
    "download the app", "join our ", "follow us", "this article was originally published",
    "this story has been shared", "comments (", "advertisement", NULL};

/* Anywhere in a short paragraph. */
static const char *const S_contains[] = {
    "akismet", "ad blocker", "adblocker", "adblock", "uses cookies", "use cookies",
    "all rights reserved", "comment data is processed", "getty images", "ap photo",
    "afp photo", "afp via getty", "photo by ", "/reuters", "reuters/", "epa-efe",
    "shutterstock", "min read", "minute read", NULL};

/* Words of share bars ("Share Facebook Twitter WhatsApp Email"); the first group must
 * occur for the paragraph to count as one. */
static const char *const S_share_core[] = {
    "share", "facebook", "twitter", "whatsapp", "linkedin", "pinterest", "reddit",
    "telegram", "tweet", "email", "e-mail", "print", "messenger", "flipboard", NULL};
static const char *const S_share_more[] = {
    "on", "this", "article", "story", "via", "sms", "mail", "copy", "link", "url",
    "copied", "pocket", "tumblr", "x", "the", "to", "or", "and", "shares", "threads",
    "bluesky", "comments", "comment", "save", NULL};

static int S_lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Case-insensitive prefix test over ASCII (UTF-8 bytes compare as themselves). */
static int S_starts(const char *s, size_t n, const char *p)
{
    size_t k = strlen(p);
    if (k > n)
        return 0;
    for (size_t i = 0; i < k; i++)
        if (S_lower((unsigned char)s[i]) != (unsigned char)p[i])
            return 0;
    return 1;
}

static int S_has(const char *s, size_t n, const char *p)
{
    size_t k = strlen(p);
    for (size_t i = 0; i + k <= n; i++)
        if (S_lower((unsigned char)s[i]) == (unsigned char)p[0] && S_starts(s + i, n - i, p))
            return 1;
    return 0;
}

static int S_in(const char *w, size_t n, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (strlen(list[i]) == n && S_starts(w, n, list[i]))
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
    for (size_t i = 0; i + 2 < n; i++) {
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
    for (size_t i = 0; i + 1 < n; i++)
        if ((s[i] == '.' || s[i] == '?' || s[i] == '!') && s[i + 1] == ' ')
            return 0; /* has sentences */
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
    if (n > S_SHORT)
        return 0;
    size_t m = n; /* the paragraph without trailing punctuation */
    while (m && (s[m - 1] == '.' || s[m - 1] == ':' || s[m - 1] == '!' || s[m - 1] == ' ' ||
                 s[m - 1] == '>' || s[m - 1] == '|' || s[m - 1] == '-'))
        m--;
    if (S_in(s, m, S_exact))
        return 1;
    for (size_t i = 0; S_prefix[i]; i++)
        if (S_starts(s, n, S_prefix[i]))
            return 1;
    for (size_t i = 0; S_contains[i]; i++)
        if (S_has(s, n, S_contains[i]))
            return 1;
    return S_share_bar(s, n) || S_menu(s, n) || S_hashtags(s, n) || S_byline(s, n);
}

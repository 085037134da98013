/*
 * html.c — main text of a news page. libxml2's HTML parser (recover mode, no network,
 * no error output) builds the tree; we pick the article container (itemprop=articleBody,
 * else <article>, else <main>, else <body>) and walk it without recursion, dropping
 * elements that never hold article prose (scripts, navigation, forms, asides, ...) and
 * elements whose class, id or ARIA role name a known kind of page furniture (cookie
 * banners, share bars, related links, comment sections). Of several <article>s the one
 * with the most text wins (the others are teasers). Block elements end paragraphs.
 * What slips through (a stray "Share on Facebook" line) is the cleaner's job.
 */
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <string.h>
#include <strings.h>
#include "read/read.h"

static const char *const S_drop_tags[] = {
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside",
    "form", "iframe", "svg", "button", "select", "textarea", "input", "label", "object",
    "embed", "canvas", "audio", "video", "figure", "figcaption", "picture", "img",
    "menu", "dialog", "head", "title", "meta", "link", NULL};

static const char *const S_block_tags[] = {
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
    "pre", "table", "tr", "section", "article", "main", "dl", "dt", "dd", "hr",
    "address", "center", "details", "summary", "body", "caption", NULL};

/* Words of class/id values that mark page furniture ("share-bar" -> share, bar). */
static const char *const S_noise_words[] = {
    "cookie", "cookies", "consent", "gdpr", "share", "sharing", "sharebar", "social",
    "related", "recommended", "recirculation", "comments", "comment", "newsletter",
    "subscribe", "subscription", "sidebar", "breadcrumb", "breadcrumbs", "menu", "nav",
    "navbar", "navigation", "advert", "advertisement", "ads", "ad", "promo", "popup",
    "modal", "banner", "tags", "byline", "caption", "credit", "paywall", "skip",
    "hidden", "widget", "outbrain", "taboola", "adblock", "masthead", NULL};

static const char *const S_noise_roles[] = {"navigation", "banner", "contentinfo",
                                            "complementary", "search", "dialog",
                                            "alertdialog", NULL};

static int S_tag(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->name &&
           !strcasecmp((const char *)n->name, name);
}

/* Attribute value or NULL; the result must be released with xmlFree. */
static char *S_attr(const xmlNode *n, const char *name)
{
    return (char *)xmlGetProp(n, (const xmlChar *)name);
}

/* The node after n in document order below root, into n's children only when descend
 * (and n is an element); NULL after the last. */
static xmlNode *S_next(xmlNode *root, xmlNode *n, int descend)
{
    if (descend && n->children && n->type == XML_ELEMENT_NODE)
        return n->children;
    while (n && n != root && !n->next)
        n = n->parent;
    return !n || n == root ? NULL : n->next;
}

/* Does a class/id value contain a noise word (split at spaces, '-' and '_')? */
static int S_noisy_value(const char *v)
{
    char w[32];
    size_t k = 0;
    for (const char *p = v;; p++) {
        int c = (unsigned char)*p;
        int sep = !c || c == ' ' || c == '-' || c == '_' || c == '\t' || c == '\n';
        if (!sep) {
            if (k + 1 < sizeof w)
                w[k++] = (char)c;
            continue;
        }
        w[k] = '\0';
        if (k && dyad_among_lc(w, k, S_noise_words))
            return 1;
        k = 0;
        if (!c)
            return 0;
    }
}

static int S_dropped(const xmlNode *n)
{
    const char *name = (const char *)n->name;
    if (!name || dyad_among_lc(name, strlen(name), S_drop_tags))
        return 1;
    if (xmlHasProp(n, (const xmlChar *)"hidden"))
        return 1;
    static const char *const attrs[] = {"aria-hidden", "role", "style", "class", "id"};
    int drop = 0;
    for (size_t i = 0; i < 5 && !drop; i++) {
        char *v = S_attr(n, attrs[i]);
        if (!v)
            continue;
        switch (i) {
        case 0: drop = !strcasecmp(v, "true"); break;
        case 1: drop = dyad_among_lc(v, strlen(v), S_noise_roles); break;
        case 2: drop = strstr(v, "display:none") || strstr(v, "display: none"); break;
        default:
            /* containers we chose are never dropped for their class (WordPress puts
               "tag-x category-y" classes on <article>) */
            drop = !S_tag(n, "article") && !S_tag(n, "main") && S_noisy_value(v);
        }
        xmlFree(v);
    }
    return drop;
}

/* ---- text output: collapsed spaces, "\n" for <br>, "\n\n" between blocks ---- */

typedef struct S_out {
    dyad_buf *b;
    size_t start; /* where this page's text begins in b */
    int err;
} S_out;

static void S_break(S_out *o, int nl)
{
    size_t n = o->b->len - o->start;
    if (n == 0)
        return;
    const char *s = o->b->data + o->start;
    /* trailing spaces go: a line never ends in one */
    while (n && s[n - 1] == ' ')
        n--, o->b->len--;
    int have = 0;
    while (have < nl && have < (int)n && s[n - 1 - have] == '\n')
        have++;
    for (; have < nl; have++)
        o->err |= dyad_buf_putc(o->b, '\n');
}

static void S_text(S_out *o, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
            size_t n = o->b->len - o->start;
            char last = n ? o->b->data[o->b->len - 1] : '\n';
            if (last != ' ' && last != '\n')
                o->err |= dyad_buf_putc(o->b, ' ');
        } else {
            o->err |= dyad_buf_putc(o->b, (char)c);
        }
    }
}

static void S_walk(S_out *o, xmlNode *root)
{
    xmlNode *n = root->children;
    while (n) {
        int descend = 0;
        if (n->type == XML_ELEMENT_NODE) {
            if (!S_dropped(n)) {
                const char *name = (const char *)n->name;
                if (!strcasecmp(name, "br")) /* <br><br> ends a paragraph */
                    S_break(o, o->b->len > o->start && o->b->data[o->b->len - 1] == '\n' ? 2 : 1);
                else if (dyad_among_lc(name, strlen(name), S_block_tags))
                    S_break(o, 2);
                else if (!strcasecmp(name, "td") || !strcasecmp(name, "th"))
                    S_text(o, " ");
                descend = n->children != NULL;
            }
        } else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) &&
                   n->content) {
            S_text(o, (const char *)n->content);
        }
        if (descend) {
            n = n->children;
            continue;
        }
        while (n != root && !n->next) {
            n = n->parent;
            const char *name = n != root ? (const char *)n->name : NULL;
            if (name && dyad_among_lc(name, strlen(name), S_block_tags))
                S_break(o, 2);
        }
        if (n == root)
            break;
        n = n->next;
    }
    while (o->b->len > o->start &&
           (o->b->data[o->b->len - 1] == '\n' || o->b->data[o->b->len - 1] == ' '))
        o->b->len--;
    if (o->b->data)
        o->b->data[o->b->len] = '\0';
}

/* ---- metadata ---- */

/* First element, in document order, for which pred() holds. */
static xmlNode *S_find(xmlNode *root, int (*pred)(const xmlNode *))
{
    for (xmlNode *n = root; n; n = S_next(root, n, 1))
        if (n->type == XML_ELEMENT_NODE && pred(n))
            return n;
    return NULL;
}

/* Bytes of text below n, not counting what S_walk would drop. */
static size_t S_text_len(xmlNode *root)
{
    size_t len = 0;
    for (xmlNode *n = root->children; n; n = S_next(root, n, n->children && !S_dropped(n)))
        if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content)
            len += strlen((const char *)n->content);
    return len;
}

/* Of the elements for which pred() holds, the one with the most text: pages put
 * teasers of other stories in <article> elements of their own. Nested candidates are
 * not searched inside one another. */
static xmlNode *S_largest(xmlNode *root, int (*pred)(const xmlNode *))
{
    xmlNode *best = NULL;
    size_t best_len = 0;
    int hit = 0;
    for (xmlNode *n = root; n; n = S_next(root, n, !hit)) {
        hit = n->type == XML_ELEMENT_NODE && pred(n);
        if (hit) {
            size_t len = S_text_len(n);
            if (!best || len > best_len)
                best = n, best_len = len;
        }
    }
    return best;
}

static int S_attr_is(const xmlNode *n, const char *name, const char *value)
{
    char *v = S_attr(n, name);
    int eq = v && !strcasecmp(v, value);
    xmlFree(v);
    return eq;
}

static int S_is_body_prop(const xmlNode *n) { return S_attr_is(n, "itemprop", "articleBody"); }
static int S_is_article(const xmlNode *n) { return S_tag(n, "article"); }
static int S_is_main(const xmlNode *n)
{
    return S_tag(n, "main") || S_attr_is(n, "role", "main");
}
static int S_is_body(const xmlNode *n) { return S_tag(n, "body"); }
static int S_is_title(const xmlNode *n) { return S_tag(n, "title"); }
static int S_is_time(const xmlNode *n)
{
    return S_tag(n, "time") && xmlHasProp(n, (const xmlChar *)"datetime");
}

/* Store s (trimmed, spaces collapsed) in meta; offset+1, 0 when empty or ENOMEM. */
static size_t S_keep(dyad_buf *meta, const char *s, int *err)
{
    if (!s)
        return 0;
    size_t off = meta->len;
    int space = 0;
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = meta->len > off;
            continue;
        }
        if (space)
            *err |= dyad_buf_putc(meta, ' ');
        space = 0;
        *err |= dyad_buf_putc(meta, (char)c);
    }
    if (meta->len == off)
        return 0;
    *err |= dyad_buf_putc(meta, '\0');
    return *err ? 0 : off + 1;
}

/* <meta property|name|itemprop=key content=...> and <link rel=canonical href=...>. */
static void S_meta(xmlNode *root, dyad_buf *meta, dyad_html_meta *m, int *err)
{
    static const char *const date_keys[] = {
        "article:published_time", "og:published_time", "datepublished", "date",
        "pubdate", "publishdate", "publish-date", "publication_date", "dc.date",
        "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date", NULL};
    size_t og_title = 0;
    for (xmlNode *n = root; n; n = S_next(root, n, 1)) {
        if (S_tag(n, "meta") || S_tag(n, "link")) {
            char *key = S_attr(n, "property");
            if (!key)
                key = S_attr(n, "name");
            if (!key)
                key = S_attr(n, "itemprop");
            if (!key)
                key = S_attr(n, "rel");
            char *val = S_attr(n, S_tag(n, "link") ? "href" : "content");
            if (key && val) {
                if (!strcasecmp(key, "og:title") && !og_title)
                    og_title = S_keep(meta, val, err);
                else if (!m->date && dyad_among_lc(key, strlen(key), date_keys))
                    m->date = S_keep(meta, val, err);
                else if (!m->url && (!strcasecmp(key, "og:url") || !strcasecmp(key, "canonical")))
                    m->url = S_keep(meta, val, err);
                else if (!m->site && !strcasecmp(key, "og:site_name"))
                    m->site = S_keep(meta, val, err);
            }
            xmlFree(key);
            xmlFree(val);
        }
    }
    m->title = og_title;
    if (!m->title) {
        xmlNode *t = S_find(root, S_is_title);
        if (t) {
            xmlChar *s = xmlNodeGetContent(t);
            m->title = S_keep(meta, (const char *)s, err);
            xmlFree(s);
        }
    }
    if (!m->date) {
        xmlNode *t = S_find(root, S_is_time);
        if (t) {
            char *v = S_attr(t, "datetime");
            m->date = S_keep(meta, v, err);
            xmlFree(v);
        }
    }
}

/* Declared charset in the first bytes? Without one the page is read as UTF-8. */
static int S_has_charset(const char *s, size_t n)
{
    if (n > 4096)
        n = 4096;
    for (size_t i = 0; i + 7 <= n; i++)
        if (!strncasecmp(s + i, "charset", 7) ||
            (i + 8 <= n && !strncasecmp(s + i, "encoding", 8)))
            return 1;
    return 0;
}

dyad_status dyad_html_extract(const char *html, size_t n, dyad_buf *text, dyad_buf *meta,
                              dyad_html_meta *out)
{
    memset(out, 0, sizeof *out);
    if (n > (size_t)0x7fffffff)
        return DYAD_ELIMIT;
    htmlDocPtr doc = htmlReadMemory(html, (int)n, NULL, S_has_charset(html, n) ? NULL : "UTF-8",
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                        HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                                        HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT);
    if (!doc)
        return DYAD_ESYNTAX;
    xmlNode *root = xmlDocGetRootElement(doc);
    if (!root) {
        xmlFreeDoc(doc);
        return DYAD_ESYNTAX;
    }
    int err = 0;
    S_meta(root, meta, out, &err);
    xmlNode *main = S_largest(root, S_is_body_prop);
    if (!main)
        main = S_largest(root, S_is_article);
    if (!main)
        main = S_find(root, S_is_main);
    if (!main)
        main = S_find(root, S_is_body);
    if (!main)
        main = root;
    S_out o = {text, text->len, 0};
    S_walk(&o, main);
    xmlFreeDoc(doc);
    return err || o.err ? DYAD_ENOMEM : DYAD_OK;
}

/*
 * export.c — event mention and merged-event writers for every output format
 * (dyad_export.h), and the writer of pre-coded articles (dyad_store.h), whose events
 * are the JSON-lines records. One record is formatted into a buffer and written with a
 * single fwrite, so a stream shared by threads under a lock never interleaves parts of
 * records.
 *
 * Column lists and what each column holds: docs/schema.md, "Export formats". The
 * Phoenix layout follows the Phoenix data set (Open Event Data Alliance, 2014–2018);
 * its actor split (entity / role / attributes) follows that pipeline's rule: entity is
 * a leading country or transnational code, role a leading primary agent, attributes the
 * rest in 3-letter groups. GDELT tables follow the GDELT 2.0 event and mention codebooks.
 */
#include <string.h>
#include "dyad_store.h"
#include "util/util.h"

int dyad_format_from_name(const char *name)
{
    static const struct {
        const char *name;
        dyad_format fmt;
    } names[] = {
        {"jsonl", DYAD_FMT_JSONL},          {"json", DYAD_FMT_JSONL},
        {"csv", DYAD_FMT_CSV},              {"table", DYAD_FMT_TABLE},
        {"phoenix", DYAD_FMT_PHOENIX},      {"gdelt-events", DYAD_FMT_GDELT_EVENTS},
        {"gdelt-mentions", DYAD_FMT_GDELT_MENTIONS},
    };
    for (size_t i = 0; i < sizeof names / sizeof *names; i++)
        if (!strcmp(name, names[i].name))
            return (int)names[i].fmt;
    return -1;
}

static const char S_csv_header[] =
    "event_id,mention_id,doc,sent,date,source,target,code,root,quad,goldstein,modality,"
    "date_basis,article_date,num_mentions,num_sources,num_articles,source_text,"
    "target_text,verb_text,text,url,outlet,dup_of,context\r\n";
static const char S_table_header[] =
    "ID        DATE        SOURCE       TARGET       CODE  Q   GOLD  MENT  ARTS  DOC:SENT"
    "          SENTENCE\n";
static const char S_gdelt_events_header[] =
    "GlobalEventID\tDay\tMonthYear\tYear\tFractionDate\tActor1Code\tActor1CountryCode\t"
    "Actor1KnownGroupCode\tActor1Type1Code\tActor2Code\tActor2CountryCode\t"
    "Actor2KnownGroupCode\tActor2Type1Code\tIsRootEvent\tEventCode\tEventBaseCode\t"
    "EventRootCode\tQuadClass\tGoldsteinScale\tNumMentions\tNumSources\tNumArticles\t"
    "SOURCEURL\n";
static const char S_gdelt_mentions_header[] =
    "GlobalEventID\tEventTimeDate\tMentionTimeDate\tMentionType\tMentionSourceName\t"
    "MentionIdentifier\tSentenceID\tActor1CharOffset\tActor2CharOffset\tActionCharOffset\t"
    "InRawText\tConfidence\tMentionDocLen\n";

dyad_status dyad_event_write_header(FILE *f, dyad_format fmt)
{
    const char *h = NULL;
    switch (fmt) {
    case DYAD_FMT_JSONL:
    case DYAD_FMT_PHOENIX: break;
    case DYAD_FMT_CSV: h = S_csv_header; break;
    case DYAD_FMT_TABLE: h = S_table_header; break;
    case DYAD_FMT_GDELT_EVENTS: h = S_gdelt_events_header; break;
    case DYAD_FMT_GDELT_MENTIONS: h = S_gdelt_mentions_header; break;
    }
    return !h || fputs(h, f) >= 0 ? DYAD_OK : DYAD_EIO;
}

static const char *S_str(const char *s)
{
    return s ? s : "";
}

/* The words of a span, or "" when it is empty or lies outside the text. */
static void S_span_text(const dyad_event *ev, dyad_span sp, const char **p, size_t *n)
{
    size_t tl = ev->text ? strlen(ev->text) : 0;
    if (sp.len == 0 || (size_t)sp.off + sp.len > tl) {
        *p = "";
        *n = 0;
        return;
    }
    *p = ev->text + sp.off;
    *n = sp.len;
}

/* ---- JSON lines ---- */

static int S_json_key_str(dyad_buf *b, const char *key, const char *s, size_t n)
{
    return dyad_buf_printf(b, ",\"%s\":", key) || dyad_buf_json_str(b, s, n);
}

static int S_json_key_span(dyad_buf *b, const char *key, const dyad_event *ev, dyad_span sp)
{
    const char *p;
    size_t n;
    S_span_text(ev, sp, &p, &n);
    return S_json_key_str(b, key, p, n);
}

/* Keys beyond schema/events.md, present only when the record carries them. */
static int S_json_extra(dyad_buf *b, const dyad_record *r)
{
    if (r->event_id && dyad_buf_printf(b, ",\"event_id\":%lld", r->event_id))
        return -1;
    if (r->mention_id && dyad_buf_printf(b, ",\"mention_id\":%lld", r->mention_id))
        return -1;
    if (r->num_mentions &&
        dyad_buf_printf(b, ",\"num_mentions\":%d,\"num_sources\":%d,\"num_articles\":%d",
                        r->num_mentions, r->num_sources, r->num_articles))
        return -1;
    const struct {
        const char *key, *val;
    } opt[] = {{"url", r->url}, {"outlet", r->outlet}, {"dup_of", r->dup_of}};
    for (size_t i = 0; i < sizeof opt / sizeof *opt; i++)
        if (opt[i].val && *opt[i].val &&
            S_json_key_str(b, opt[i].key, opt[i].val, strlen(opt[i].val)))
            return -1;
    return 0;
}

/* The byte offset in the sentence of a span's words, as the pre-coded format keeps it
 * (the words alone may occur more than once); nothing for an empty span. */
static int S_json_key_off(dyad_buf *b, const char *key, const dyad_event *ev, dyad_span sp)
{
    const char *p;
    size_t n;
    S_span_text(ev, sp, &p, &n);
    return n ? dyad_buf_printf(b, ",\"%s\":%u", key, (unsigned)sp.off) : 0;
}

/* One record as a JSON object (no line end); offs: with the span offsets. */
static int S_format_json(dyad_buf *b, const dyad_record *r, int offs)
{
    const dyad_event *ev = &r->ev;
    const char *doc = S_str(ev->doc);
    const char *text = S_str(ev->text);
    char root[3] = {ev->code[0], ev->code[0] ? ev->code[1] : '\0', '\0'};
    return dyad_buf_puts(b, "{\"doc\":") || dyad_buf_json_str(b, doc, strlen(doc)) ||
           dyad_buf_printf(b, ",\"sent\":%d", ev->sent) ||
           S_json_key_str(b, "text", text, strlen(text)) ||
           S_json_key_str(b, "source", ev->source, strlen(ev->source)) ||
           S_json_key_str(b, "target", ev->target, strlen(ev->target)) ||
           S_json_key_str(b, "code", ev->code, strlen(ev->code)) ||
           S_json_key_str(b, "root", root, strlen(root)) ||
           dyad_buf_printf(b, ",\"quad\":%d,\"goldstein\":%.1f", ev->quad, ev->goldstein) ||
           S_json_key_str(b, "date", ev->date, strlen(ev->date)) ||
           S_json_key_str(b, "date_basis", dyad_date_basis_name(ev->date_basis),
                          strlen(dyad_date_basis_name(ev->date_basis))) ||
           S_json_key_str(b, "article_date", ev->article_date, strlen(ev->article_date)) ||
           S_json_key_str(b, "modality", dyad_modality_name(ev->modality),
                          strlen(dyad_modality_name(ev->modality))) ||
           S_json_key_span(b, "source_text", ev, ev->source_span) ||
           S_json_key_span(b, "target_text", ev, ev->target_span) ||
           S_json_key_span(b, "verb_text", ev, ev->verb_span) ||
           (ev->context && S_json_key_str(b, "context", dyad_context_name(ev->context),
                                          strlen(dyad_context_name(ev->context)))) ||
           S_json_extra(b, r) ||
           (offs && (S_json_key_off(b, "source_off", ev, ev->source_span) ||
                     S_json_key_off(b, "target_off", ev, ev->target_span) ||
                     S_json_key_off(b, "verb_off", ev, ev->verb_span))) ||
           dyad_buf_putc(b, '}');
}

/* ---- CSV (RFC 4180) ---- */

static int S_csv_field(dyad_buf *b, const char *s, size_t n, int first)
{
    if (!first && dyad_buf_putc(b, ','))
        return -1;
    if (!memchr(s, ',', n) && !memchr(s, '"', n) && !memchr(s, '\n', n) && !memchr(s, '\r', n))
        return dyad_buf_put(b, s, n);
    if (dyad_buf_putc(b, '"'))
        return -1;
    for (size_t i = 0; i < n; i++)
        if ((s[i] == '"' && dyad_buf_putc(b, '"')) || dyad_buf_putc(b, s[i]))
            return -1;
    return dyad_buf_putc(b, '"');
}

static int S_csv_str(dyad_buf *b, const char *s)
{
    return S_csv_field(b, S_str(s), strlen(S_str(s)), 0);
}

static int S_csv_span(dyad_buf *b, const dyad_event *ev, dyad_span sp)
{
    const char *p;
    size_t n;
    S_span_text(ev, sp, &p, &n);
    return S_csv_field(b, p, n, 0);
}

/* An id or count column: empty when zero (not known). */
static int S_opt_num(dyad_buf *b, char sep, long long v)
{
    return v ? dyad_buf_printf(b, "%c%lld", sep, v) : dyad_buf_putc(b, sep);
}

static int S_format_csv(dyad_buf *b, const dyad_record *r)
{
    const dyad_event *ev = &r->ev;
    char root[3] = {ev->code[0], ev->code[0] ? ev->code[1] : '\0', '\0'};
    return (r->event_id ? dyad_buf_printf(b, "%lld", r->event_id) : 0) ||
           S_opt_num(b, ',', r->mention_id) || S_csv_str(b, ev->doc) ||
           dyad_buf_printf(b, ",%d", ev->sent) || S_csv_str(b, ev->date) ||
           S_csv_str(b, ev->source) || S_csv_str(b, ev->target) || S_csv_str(b, ev->code) ||
           S_csv_str(b, root) || dyad_buf_printf(b, ",%d,%.1f", ev->quad, ev->goldstein) ||
           S_csv_str(b, dyad_modality_name(ev->modality)) ||
           S_csv_str(b, dyad_date_basis_name(ev->date_basis)) ||
           S_csv_str(b, ev->article_date) || S_opt_num(b, ',', r->num_mentions) ||
           S_opt_num(b, ',', r->num_sources) || S_opt_num(b, ',', r->num_articles) ||
           S_csv_span(b, ev, ev->source_span) || S_csv_span(b, ev, ev->target_span) ||
           S_csv_span(b, ev, ev->verb_span) || S_csv_str(b, ev->text) ||
           S_csv_str(b, r->url) || S_csv_str(b, r->outlet) || S_csv_str(b, r->dup_of) ||
           S_csv_str(b, dyad_context_name(ev->context)) || dyad_buf_puts(b, "\r\n");
}

/* ---- tab-separated fields: tabs and line breaks inside a value become spaces ---- */

static int S_tsv_field(dyad_buf *b, const char *s, size_t n, int first)
{
    if (!first && dyad_buf_putc(b, '\t'))
        return -1;
    for (size_t i = 0; i < n; i++)
        if (dyad_buf_putc(b, s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i]))
            return -1;
    return 0;
}

static int S_tsv(dyad_buf *b, const char *s)
{
    return S_tsv_field(b, S_str(s), strlen(S_str(s)), 0);
}

/* The digits of a date: "2015-06-08" -> "20150608", "2015-06" -> "201506". */
static void S_date_digits(const char *date, char out[9])
{
    size_t k = 0;
    for (size_t i = 0; date[i] && k < 8; i++)
        if (date[i] >= '0' && date[i] <= '9')
            out[k++] = date[i];
    out[k] = '\0';
}

/* Actor code parts after the Phoenix pipeline's rule (see file comment). */
typedef struct S_actor {
    char entity[4], role[4], attrs[48];
    int transnational;
} S_actor;

static void S_actor_split(const char *code, S_actor *a)
{
    static const char *const trans[] = {"IGO", "NGO", "IMG", "MNC", NULL};
    static const char *const agents[] = {"GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD",
                                         "SPY", "MED", "EDU", "BUS", "CRM", "CVL", NULL};
    size_t n = strlen(code), pos = 0;
    memset(a, 0, sizeof *a);
    if (n >= 3 && !dyad_among_n(code, 3, agents)) {
        int upper = 1;
        for (int i = 0; i < 3; i++)
            upper &= code[i] >= 'A' && code[i] <= 'Z';
        if (upper) {
            memcpy(a->entity, code, 3);
            a->transnational = dyad_among_n(code, 3, trans);
            pos = 3;
        }
    }
    if (n >= pos + 3 && dyad_among_n(code + pos, 3, agents)) {
        memcpy(a->role, code + pos, 3);
        pos += 3;
    }
    size_t k = 0;
    for (; pos + 3 <= n && k + 4 < sizeof a->attrs; pos += 3) {
        if (k)
            a->attrs[k++] = ';';
        memcpy(a->attrs + k, code + pos, 3);
        k += 3;
    }
    a->attrs[k] = '\0';
}

static int S_phoenix_actor(dyad_buf *b, const char *code)
{
    S_actor a;
    S_actor_split(code, &a);
    return S_tsv(b, code) || S_tsv(b, a.entity) || S_tsv(b, a.role) || S_tsv(b, a.attrs);
}

static int S_format_phoenix(dyad_buf *b, const dyad_record *r)
{
    const dyad_event *ev = &r->ev;
    char digits[9], y[5] = "", m[3] = "", d[3] = "";
    S_date_digits(ev->date, digits);
    size_t nd = strlen(digits);
    if (nd >= 4)
        memcpy(y, digits, 4), y[4] = '\0';
    if (nd >= 6)
        memcpy(m, digits + 4, 2), m[2] = '\0';
    if (nd >= 8)
        memcpy(d, digits + 6, 2), d[2] = '\0';
    char root[3] = {ev->code[0], ev->code[0] ? ev->code[1] : '\0', '\0'};
    long long id = r->event_id ? r->event_id : r->mention_id;
    return (id ? dyad_buf_printf(b, "%lld", id) : 0) || S_tsv(b, digits) || S_tsv(b, y) ||
           S_tsv(b, m) || S_tsv(b, d) || S_phoenix_actor(b, ev->source) ||
           S_phoenix_actor(b, ev->target) || S_tsv(b, ev->code) || S_tsv(b, root) ||
           dyad_buf_printf(b, "\t%d\t%.1f", ev->quad, ev->goldstein) ||
           dyad_buf_puts(b, "\t\t\t\t\t\t") || /* Issues, Lat, Lon, LocationName,
                                                   StateName, CountryCode: not coded */
           dyad_buf_putc(b, '\t') || S_tsv_field(b, S_str(ev->doc), strlen(S_str(ev->doc)), 1) ||
           dyad_buf_printf(b, "_%d", ev->sent) || S_tsv(b, r->url) || S_tsv(b, r->outlet) ||
           dyad_buf_putc(b, '\n');
}

/* ---- GDELT 2.0 ---- */

static int S_gdelt_actor(dyad_buf *b, const char *code)
{
    S_actor a;
    S_actor_split(code, &a);
    char group[4] = "";
    if (a.transnational && strlen(a.attrs) >= 3)
        memcpy(group, a.attrs, 3), group[3] = '\0';
    return S_tsv(b, code) || S_tsv(b, a.transnational ? "" : a.entity) || S_tsv(b, group) ||
           S_tsv(b, a.role);
}

static int S_leap(int y)
{
    return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

/* GDELT's FractionDate: the year plus the fraction of it completed by that day. */
static double S_fraction_date(const char *digits)
{
    static const int before[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    int y = 0, m = 0, d = 0;
    if (strlen(digits) != 8 || sscanf(digits, "%4d%2d%2d", &y, &m, &d) != 3 || m < 1 ||
        m > 12)
        return y;
    int doy = before[m - 1] + d + (m > 2 && S_leap(y));
    return y + (double)doy / (S_leap(y) ? 366 : 365);
}

static int S_format_gdelt_event(dyad_buf *b, const dyad_record *r)
{
    const dyad_event *ev = &r->ev;
    char digits[9], base[4] = {0}, root[3] = {ev->code[0], ev->code[0] ? ev->code[1] : 0, 0};
    S_date_digits(ev->date, digits);
    memcpy(base, ev->code, strnlen(ev->code, 3));
    long long id = r->event_id ? r->event_id : r->mention_id;
    const char *src = r->url && *r->url ? r->url : S_str(ev->doc);
    return (id ? dyad_buf_printf(b, "%lld", id) : 0) || S_tsv(b, digits) ||
           S_tsv_field(b, digits, strlen(digits) >= 6 ? 6 : 0, 0) ||
           S_tsv_field(b, digits, strlen(digits) >= 4 ? 4 : 0, 0) ||
           dyad_buf_printf(b, "\t%.4f", S_fraction_date(digits)) ||
           S_gdelt_actor(b, ev->source) || S_gdelt_actor(b, ev->target) ||
           dyad_buf_printf(b, "\t%d", ev->sent == 0) || S_tsv(b, ev->code) || S_tsv(b, base) ||
           S_tsv(b, root) || dyad_buf_printf(b, "\t%d\t%.1f", ev->quad, ev->goldstein) ||
           dyad_buf_printf(b, "\t%d\t%d\t%d", r->num_mentions > 0 ? r->num_mentions : 1,
                           r->num_sources > 0 ? r->num_sources : 1,
                           r->num_articles > 0 ? r->num_articles : 1) ||
           S_tsv(b, src) || dyad_buf_putc(b, '\n');
}

/* Character offset of a span in the article (-1: none), as GDELT's *CharOffset. */
static long long S_doc_offset(const dyad_event *ev, dyad_span sp)
{
    return sp.len ? (long long)ev->sent_off + sp.off : -1;
}

static int S_format_gdelt_mention(dyad_buf *b, const dyad_record *r)
{
    const dyad_event *ev = &r->ev;
    char ed[9], md[9];
    S_date_digits(ev->date, ed);
    S_date_digits(ev->article_date[0] ? ev->article_date : ev->date, md);
    const char *ident = r->url && *r->url ? r->url : S_str(ev->doc);
    return (r->event_id ? dyad_buf_printf(b, "%lld", r->event_id) : 0) ||
           dyad_buf_printf(b, "\t%s%s", ed, *ed ? "000000" : "") ||
           dyad_buf_printf(b, "\t%s%s", md, *md ? "000000" : "") ||
           dyad_buf_puts(b, "\t1") || S_tsv(b, r->outlet) || S_tsv(b, ident) ||
           dyad_buf_printf(b, "\t%d\t%lld\t%lld\t%lld\t1\t100\t%lld\n", ev->sent + 1,
                           S_doc_offset(ev, ev->source_span), S_doc_offset(ev, ev->target_span),
                           S_doc_offset(ev, ev->verb_span), r->doc_len);
}

/* ---- terminal table ---- */

/* Append at most max bytes of s, cut at a UTF-8 character boundary, line breaks as
 * spaces, then pad with spaces to width (when width > 0). */
static int S_cell(dyad_buf *b, const char *s, size_t max, size_t width)
{
    size_t n = strlen(s), chars = 0;
    if (n > max) {
        n = max;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80)
            n--;
    }
    for (size_t i = 0; i < n; i++) {
        char c = s[i] == '\n' || s[i] == '\r' || s[i] == '\t' ? ' ' : s[i];
        if (dyad_buf_putc(b, c))
            return -1;
        chars += ((unsigned char)c & 0xC0) != 0x80;
    }
    for (; chars < width; chars++)
        if (dyad_buf_putc(b, ' '))
            return -1;
    return 0;
}

static int S_format_table(dyad_buf *b, const dyad_record *r)
{
    const dyad_event *ev = &r->ev;
    char id[24] = "", ment[16] = "", arts[16] = "", gold[16], ds[64];
    long long idv = r->mention_id ? r->mention_id : r->event_id;
    if (idv)
        snprintf(id, sizeof id, "%lld", idv);
    if (r->num_mentions) {
        snprintf(ment, sizeof ment, "%d", r->num_mentions);
        snprintf(arts, sizeof arts, "%d", r->num_articles);
    }
    snprintf(gold, sizeof gold, "%.1f", ev->goldstein);
    snprintf(ds, sizeof ds, "%.40s:%d", S_str(ev->doc), ev->sent);
    return S_cell(b, id, 9, 10) || S_cell(b, ev->date, 10, 12) ||
           S_cell(b, ev->source, 12, 13) || S_cell(b, ev->target, 12, 13) ||
           S_cell(b, ev->code, 4, 6) || dyad_buf_printf(b, "%d ", ev->quad) ||
           dyad_buf_printf(b, "%6s  ", gold) || S_cell(b, ment, 5, 6) ||
           S_cell(b, arts, 5, 6) || S_cell(b, ds, 17, 18) || S_cell(b, S_str(ev->text), 160, 0) ||
           dyad_buf_putc(b, '\n');
}

/* Write what a formatter put in b (rc: its result) with one fwrite, and free b. */
static dyad_status S_flush(FILE *f, dyad_buf *b, int rc)
{
    dyad_status st = rc ? DYAD_ENOMEM : DYAD_OK;
    if (st == DYAD_OK && fwrite(b->data, 1, b->len, f) != b->len)
        st = DYAD_EIO;
    dyad_buf_free(b);
    return st;
}

dyad_status dyad_record_write(FILE *f, dyad_format fmt, const dyad_record *r)
{
    dyad_buf b = {0};
    int rc = -1;
    switch (fmt) {
    case DYAD_FMT_JSONL: rc = S_format_json(&b, r, 0) || dyad_buf_putc(&b, '\n'); break;
    case DYAD_FMT_CSV: rc = S_format_csv(&b, r); break;
    case DYAD_FMT_TABLE: rc = S_format_table(&b, r); break;
    case DYAD_FMT_PHOENIX: rc = S_format_phoenix(&b, r); break;
    case DYAD_FMT_GDELT_EVENTS: rc = S_format_gdelt_event(&b, r); break;
    case DYAD_FMT_GDELT_MENTIONS: rc = S_format_gdelt_mention(&b, r); break;
    }
    return S_flush(f, &b, rc);
}

dyad_status dyad_event_write(FILE *f, dyad_format fmt, const dyad_event *ev)
{
    dyad_record r;
    memset(&r, 0, sizeof r);
    r.ev = *ev;
    return dyad_record_write(f, fmt, &r);
}

/* ---- pre-coded articles (format: dyad_store.h) ---- */

/* ,"key":"value" ("" for NULL) */
static int S_json_meta(dyad_buf *b, const char *key, const char *v)
{
    return S_json_key_str(b, key, S_str(v), strlen(S_str(v)));
}

static int S_format_article(dyad_buf *b, const dyad_article *a, const dyad_coded_article *c)
{
    if (dyad_buf_puts(b, "{\"id\":") ||
        dyad_buf_json_str(b, S_str(a->id), strlen(S_str(a->id))) ||
        S_json_meta(b, "date", a->date) || S_json_meta(b, "title", a->title) ||
        S_json_meta(b, "url", a->url) || S_json_meta(b, "source", a->source) ||
        S_json_key_str(b, "text", c->clean_text ? c->clean_text : "", c->clean_len) ||
        dyad_buf_puts(b, ",\"sents\":["))
        return -1;
    for (size_t i = 0; i < c->nsent; i++)
        if (dyad_buf_printf(b, "%s[%u,%u]", i ? "," : "", (unsigned)c->sents[i].off,
                            (unsigned)c->sents[i].len))
            return -1;
    if (dyad_buf_puts(b, "],\"events\":["))
        return -1;
    dyad_record r;
    memset(&r, 0, sizeof r);
    for (size_t i = 0; i < c->nevents; i++) {
        r.ev = c->events[i];
        if ((i && dyad_buf_putc(b, ',')) || S_format_json(b, &r, 1))
            return -1;
    }
    return dyad_buf_puts(b, "]}\n");
}

dyad_status dyad_precoded_write(FILE *f, const dyad_article *a, const dyad_coded_article *c)
{
    dyad_buf b = {0};
    return S_flush(f, &b, S_format_article(&b, a, c));
}

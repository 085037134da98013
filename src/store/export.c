/*
 * export.c — event mention writers for every output format (dyad_export.h).
 * One record is formatted into a buffer and written with a single fwrite, so a
 * stream shared by threads under a lock never interleaves parts of records.
 */
#include <string.h>
#include "dyad_export.h"
#include "util/util.h"

int dyad_format_from_name(const char *name)
{
    if (!strcmp(name, "jsonl") || !strcmp(name, "json"))
        return DYAD_FMT_JSONL;
    return -1;
}

dyad_status dyad_event_write_header(FILE *f, dyad_format fmt)
{
    (void)f;
    (void)fmt;
    return DYAD_OK;
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

static int S_format_json(dyad_buf *b, const dyad_event *ev)
{
    const char *doc = ev->doc ? ev->doc : "";
    const char *text = ev->text ? ev->text : "";
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
           S_json_key_span(b, "verb_text", ev, ev->verb_span) || dyad_buf_puts(b, "}\n");
}

dyad_status dyad_event_write(FILE *f, dyad_format fmt, const dyad_event *ev)
{
    dyad_buf b = {0};
    int rc = -1;
    switch (fmt) {
    case DYAD_FMT_JSONL: rc = S_format_json(&b, ev); break;
    }
    dyad_status st = rc ? DYAD_ENOMEM : DYAD_OK;
    if (st == DYAD_OK && fwrite(b.data, 1, b.len, f) != b.len)
        st = DYAD_EIO;
    dyad_buf_free(&b);
    return st;
}

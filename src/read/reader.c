/*
 * reader.c — streaming article reader: bytes from a file, stdin or memory, through
 * zlib when they start with the gzip magic (members are inflated one after another,
 * so concatenated .gz files read whole), into one of three record formats:
 * JSON lines (parsed one line at a time with cJSON, never the whole file), plain text
 * (the input is one article) and HTML (html.c). Errors in one record are warnings
 * and the next record is read; only I/O and memory failures stop the reader.
 */
#include <cJSON.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#include "clean/clean.h"
#include "dyad_text.h"
#include "read/read.h"

#define S_CHUNK 65536

struct dyad_reader {
    char *name;            /* for diagnostics */
    char *base;            /* file name without folders and extensions: text/HTML id */
    dyad_diag *diag;
    FILE *f;               /* NULL when reading memory */
    const unsigned char *mem;
    size_t memlen, mempos;
    int gz;                /* -1 not yet sniffed, 0 plain, 1 gzip */
    z_stream zs;
    int zinit, zmember_done;
    unsigned char in[S_CHUNK];
    size_t inlen, inpos;   /* raw bytes waiting for inflate */
    int raw_eof;
    char *buf;             /* decompressed bytes, [pos, len) not yet consumed */
    size_t pos, len, cap;
    int eof;               /* no more decompressed bytes will come */
    int truncated;         /* the gzip data ended early or was corrupt */
    dyad_input_format fmt;
    int sniffed, done;
    long line;             /* line number of the next JSON line */
    dyad_status st;
    cJSON *json;           /* the current JSON record (its strings are handed out) */
    dyad_buf rec;          /* the current record's own strings */
    dyad_buf text, meta;   /* text/HTML article body and page metadata */
    char date[11];         /* the current article's normalised date */
};

int dyad_input_format_parse(const char *name, dyad_input_format *out)
{
    static const char *const names[] = {"auto", "text", "jsonl", "html"};
    for (int i = 0; i < 4; i++)
        if (name && !strcmp(name, names[i])) {
            *out = (dyad_input_format)i;
            return 0;
        }
    return -1;
}

static dyad_reader *S_new(const char *name, dyad_input_format fmt, dyad_diag *diag)
{
    dyad_reader *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->name = strdup(name ? name : "(memory)");
    if (!r->name) {
        free(r);
        return NULL;
    }
    const char *slash = strrchr(r->name, '/');
    r->base = strdup(strcmp(r->name, "-") ? (slash ? slash + 1 : r->name) : "stdin");
    if (!r->base) {
        free(r->name);
        free(r);
        return NULL;
    }
    /* "story.txt.gz" -> "story": drop ".gz", then one more extension */
    char *dot = strrchr(r->base, '.');
    if (dot && dot != r->base && !strcmp(dot, ".gz"))
        *dot = '\0';
    dot = strrchr(r->base, '.');
    if (dot && dot != r->base)
        *dot = '\0';
    r->diag = diag;
    r->fmt = fmt;
    r->gz = -1;
    r->line = 1;
    return r;
}

dyad_reader *dyad_reader_new(const char *path, dyad_input_format fmt, dyad_diag *diag)
{
    FILE *f = strcmp(path, "-") ? fopen(path, "rb") : stdin;
    if (!f) {
        dyad_diagf(diag, DYAD_ERROR, path, 0, "cannot open: %s", strerror(errno));
        return NULL;
    }
    dyad_reader *r = S_new(path, fmt, diag);
    if (!r) {
        if (f != stdin)
            fclose(f);
        dyad_diagf(diag, DYAD_ERROR, path, 0, "out of memory");
        return NULL;
    }
    r->f = f;
    return r;
}

dyad_reader *dyad_reader_new_mem(const char *name, const void *data, size_t len,
                                 dyad_input_format fmt, dyad_diag *diag)
{
    dyad_reader *r = S_new(name, fmt, diag);
    if (!r) {
        dyad_diagf(diag, DYAD_ERROR, name, 0, "out of memory");
        return NULL;
    }
    r->mem = data;
    r->memlen = data ? len : 0;
    return r;
}

void dyad_reader_free(dyad_reader *r)
{
    if (!r)
        return;
    if (r->f && r->f != stdin)
        fclose(r->f);
    if (r->zinit)
        inflateEnd(&r->zs);
    cJSON_Delete(r->json);
    dyad_buf_free(&r->rec);
    dyad_buf_free(&r->text);
    dyad_buf_free(&r->meta);
    free(r->buf);
    free(r->name);
    free(r->base);
    free(r);
}

dyad_status dyad_reader_status(const dyad_reader *r) { return r ? r->st : DYAD_EINVAL; }
dyad_input_format dyad_reader_format(const dyad_reader *r) { return r ? r->fmt : DYAD_INPUT_AUTO; }

static int S_fail(dyad_reader *r, dyad_status st, const char *what)
{
    if (r->st == DYAD_OK) {
        r->st = st;
        dyad_diagf(r->diag, DYAD_ERROR, r->name, 0, "%s", what);
    }
    r->eof = 1;
    return -1;
}

/* Refill r->in with raw bytes; 0 at end of input, -1 on a read error. */
static int S_raw(dyad_reader *r)
{
    if (r->raw_eof)
        return 0;
    size_t n;
    if (r->f) {
        n = fread(r->in, 1, sizeof r->in, r->f);
        if (n == 0 && ferror(r->f))
            return S_fail(r, DYAD_EIO, strerror(errno ? errno : EIO));
    } else {
        n = r->memlen - r->mempos;
        if (n > sizeof r->in)
            n = sizeof r->in;
        if (n)
            memcpy(r->in, r->mem + r->mempos, n);
        r->mempos += n;
    }
    r->inlen = n;
    r->inpos = 0;
    if (n == 0)
        r->raw_eof = 1;
    return n > 0;
}

/* Make room for S_CHUNK more bytes in r->buf, sliding consumed bytes out. */
static int S_room(dyad_reader *r)
{
    if (r->pos > 0 && r->pos >= r->len / 2) {
        memmove(r->buf, r->buf + r->pos, r->len - r->pos);
        r->len -= r->pos;
        r->pos = 0;
    }
    if (r->cap - r->len >= S_CHUNK + 1)
        return 0;
    size_t cap = r->cap ? r->cap * 2 : 4 * S_CHUNK;
    while (cap - r->len < S_CHUNK + 1)
        cap *= 2;
    char *p = realloc(r->buf, cap);
    if (!p)
        return S_fail(r, DYAD_ENOMEM, "out of memory");
    r->buf = p;
    r->cap = cap;
    return 0;
}

/* Inflate into the buffer; handles member boundaries, corruption and truncation. */
static int S_inflate(dyad_reader *r)
{
    size_t before = r->len;
    while (r->len == before && !r->eof) {
        if (r->inpos == r->inlen) {
            int k = S_raw(r);
            if (k < 0)
                return -1;
            if (k == 0) {
                if (!r->zmember_done) {
                    r->truncated = 1;
                    dyad_diagf(r->diag, DYAD_WARN, r->name, 0,
                               "truncated gzip data: the incomplete end is skipped");
                }
                r->eof = 1;
                break;
            }
        }
        if (r->zmember_done) {
            /* another member follows, or trailing bytes that are not gzip */
            if (r->in[r->inpos] != 0x1f) {
                if (r->in[r->inpos] != 0)
                    dyad_diagf(r->diag, DYAD_WARN, r->name, 0,
                               "bytes after the gzip data ignored");
                r->eof = 1;
                break;
            }
            inflateReset(&r->zs);
            r->zmember_done = 0;
        }
        r->zs.next_in = r->in + r->inpos;
        r->zs.avail_in = (uInt)(r->inlen - r->inpos);
        r->zs.next_out = (Bytef *)r->buf + r->len;
        r->zs.avail_out = (uInt)(r->cap - r->len - 1);
        int zr = inflate(&r->zs, Z_NO_FLUSH);
        r->inpos = r->inlen - r->zs.avail_in;
        r->len = r->cap - 1 - r->zs.avail_out;
        if (zr == Z_STREAM_END) {
            r->zmember_done = 1;
        } else if (zr == Z_MEM_ERROR) {
            return S_fail(r, DYAD_ENOMEM, "out of memory");
        } else if (zr != Z_OK && zr != Z_BUF_ERROR) {
            r->truncated = 1;
            dyad_diagf(r->diag, DYAD_WARN, r->name, 0, "corrupt gzip data (%s): the rest is skipped",
                       r->zs.msg ? r->zs.msg : "inflate error");
            r->eof = 1;
        }
    }
    return r->len > before;
}

/* Append more input to r->buf. 1 when bytes came, 0 at the end, -1 on failure. */
static int S_fill(dyad_reader *r)
{
    if (r->eof)
        return 0;
    if (S_room(r))
        return -1;
    if (r->gz < 0) {
        int k = S_raw(r);
        if (k < 0)
            return -1;
        r->gz = r->inlen >= 2 && r->in[0] == 0x1f && r->in[1] == 0x8b;
        if (r->gz) {
            if (inflateInit2(&r->zs, 15 + 16) != Z_OK)
                return S_fail(r, DYAD_ENOMEM, "out of memory");
            r->zinit = 1;
        }
    }
    if (r->gz)
        return S_inflate(r);
    if (r->inpos == r->inlen) {
        int k = S_raw(r);
        if (k <= 0) {
            r->eof = 1;
            return k;
        }
    }
    size_t n = r->inlen - r->inpos;
    memcpy(r->buf + r->len, r->in + r->inpos, n);
    r->len += n;
    r->inpos = r->inlen;
    return 1;
}

static void S_sniff(dyad_reader *r)
{
    r->sniffed = 1;
    while (r->len - r->pos < 512 && S_fill(r) > 0)
        ;
    if (r->fmt != DYAD_INPUT_AUTO)
        return;
    const unsigned char *s = (const unsigned char *)r->buf + r->pos;
    size_t n = r->len - r->pos, i = 0;
    if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF)
        i = 3;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r'))
        i++;
    r->fmt = i < n && s[i] == '{' ? DYAD_INPUT_JSONL
           : i < n && s[i] == '<' ? DYAD_INPUT_HTML
                                  : DYAD_INPUT_TEXT;
}

/* ---- record helpers ---- */

/* Put a string into r->rec; returns its offset + 1 (0 on ENOMEM). */
static size_t S_keep(dyad_reader *r, const char *s, size_t n)
{
    size_t off = r->rec.len;
    if (dyad_buf_put(&r->rec, s, n) || dyad_buf_putc(&r->rec, '\0'))
        return 0;
    return off + 1;
}

/* Host part of an URL without "www.", for articles that name no source. */
static void S_host(const char *url, const char **h, size_t *n)
{
    const char *p = strstr(url, "://");
    *n = 0;
    if (!p)
        return;
    p += 3;
    if (!strncmp(p, "www.", 4))
        p += 4;
    size_t k = strcspn(p, "/:?#");
    *h = p;
    *n = k;
}

/* Fill date, url-derived source and the rest of *a from pieces kept in r->rec. */
static int S_finish(dyad_reader *r, dyad_article *a, const char *date, size_t id_off,
                    char datebuf[11])
{
    if (date && *date)
        dyad_date_parse(date, strlen(date), 0, datebuf);
    a->date = datebuf;
    if (!a->title)
        a->title = "";
    if (!a->url)
        a->url = "";
    size_t src_off = 0;
    if (!a->source || !*a->source) {
        const char *h = NULL;
        size_t hn;
        S_host(a->url, &h, &hn);
        a->source = "";
        if (hn && !(src_off = S_keep(r, h, hn)))
            return S_fail(r, DYAD_ENOMEM, "out of memory");
    }
    /* r->rec no longer grows: its offsets can become pointers */
    if (id_off)
        a->id = r->rec.data + id_off - 1;
    if (src_off)
        a->source = r->rec.data + src_off - 1;
    return 1;
}

static const char *S_jstr(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : NULL;
}

/* Parse one JSON line; 1 article, 0 skipped (reported). */
static int S_json_record(dyad_reader *r, const char *s, size_t n, long line,
                         dyad_article *a, char datebuf[11])
{
    cJSON_Delete(r->json);
    /* the parse end, not cJSON_GetErrorPtr(): that one is a global shared by threads */
    const char *e = NULL;
    r->json = cJSON_ParseWithLengthOpts(s, n, &e, 0);
    if (!r->json) {
        long col = e && e >= s && e <= s + n ? (long)(e - s) + 1 : 0;
        dyad_diagf(r->diag, DYAD_WARN, r->name, line,
                   "broken JSON (near byte %ld): record skipped", col);
        return 0;
    }
    if (!cJSON_IsObject(r->json)) {
        dyad_diagf(r->diag, DYAD_WARN, r->name, line, "not a JSON object: record skipped");
        return 0;
    }
    const char *text = S_jstr(r->json, "text");
    if (!text) {
        dyad_diagf(r->diag, DYAD_WARN, r->name, line,
                   "no \"text\" string: record skipped");
        return 0;
    }
    memset(a, 0, sizeof *a);
    a->text = text;
    a->text_len = strlen(text);
    a->title = S_jstr(r->json, "title");
    a->url = S_jstr(r->json, "url");
    a->source = S_jstr(r->json, "source");
    a->file = r->name;
    a->line = line;
    const char *date = S_jstr(r->json, "date");
    if (!date)
        date = S_jstr(r->json, "published");
    dyad_buf_clear(&r->rec);
    size_t id_off = 0;
    const cJSON *id = cJSON_GetObjectItemCaseSensitive(r->json, "id");
    char idbuf[64];
    if (cJSON_IsString(id) && *id->valuestring) {
        a->id = id->valuestring;
    } else {
        if (cJSON_IsNumber(id) && id->valuedouble == (double)(long long)id->valuedouble)
            snprintf(idbuf, sizeof idbuf, "%lld", (long long)id->valuedouble);
        else
            snprintf(idbuf, sizeof idbuf, "%.40s-%ld", r->base, line);
        if (!(id_off = S_keep(r, idbuf, strlen(idbuf))))
            return S_fail(r, DYAD_ENOMEM, "out of memory");
    }
    return S_finish(r, a, date, id_off, datebuf);
}

/* Next JSON line that gives an article. */
static int S_next_jsonl(dyad_reader *r, dyad_article *a, char datebuf[11])
{
    size_t scan = r->pos; /* bytes before scan hold no newline */
    int skipping = 0;     /* inside an over-long line */
    for (;;) {
        char *nl = memchr(r->buf + scan, '\n', r->len - scan);
        if (!nl && r->len - r->pos > DYAD_READ_MAX_LINE && !skipping) {
            dyad_diagf(r->diag, DYAD_WARN, r->name, r->line,
                       "line longer than %u bytes: record skipped", DYAD_READ_MAX_LINE);
            skipping = 1;
        }
        if (!nl && skipping) {
            r->pos = scan = r->len; /* drop what we have of it */
        }
        if (!nl && !r->eof) {
            size_t keep = r->len - r->pos; /* all of it was scanned */
            int k = S_fill(r);
            if (k < 0)
                return -1;
            scan = r->pos + keep;
            if (k > 0 || !r->eof)
                continue;
        }
        size_t end = nl ? (size_t)(nl - r->buf) : r->len;
        if (!nl && end == r->pos)
            return 0;
        long line = r->line++;
        const char *s = r->buf + r->pos;
        size_t n = end - r->pos;
        r->pos = nl ? end + 1 : end;
        scan = r->pos;
        if (skipping) {
            skipping = 0;
            continue;
        }
        if (n > DYAD_READ_MAX_LINE) {
            dyad_diagf(r->diag, DYAD_WARN, r->name, line,
                       "line longer than %u bytes: record skipped", DYAD_READ_MAX_LINE);
            continue;
        }
        if (!nl && r->truncated) {
            dyad_diagf(r->diag, DYAD_WARN, r->name, line,
                       "record cut short by the truncated input: skipped");
            continue;
        }
        while (n && (s[n - 1] == '\r' || s[n - 1] == ' ' || s[n - 1] == '\t'))
            n--;
        size_t i = 0;
        while (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
        if (i == n)
            continue;
        int k = S_json_record(r, s + i, n - i, line, a, datebuf);
        if (k != 0)
            return k;
    }
}

/* Text and HTML: the whole input is one article. */
static int S_next_doc(dyad_reader *r, dyad_article *a, char datebuf[11])
{
    if (r->done)
        return 0;
    r->done = 1;
    while (!r->eof && r->len - r->pos <= DYAD_READ_MAX_DOC) {
        if (S_fill(r) < 0)
            return -1;
    }
    if (r->len - r->pos > DYAD_READ_MAX_DOC) {
        dyad_diagf(r->diag, DYAD_WARN, r->name, 0,
                   "larger than %u bytes: article skipped", DYAD_READ_MAX_DOC);
        return 0;
    }
    if (r->truncated) {
        dyad_diagf(r->diag, DYAD_WARN, r->name, 0, "incomplete article skipped");
        return 0;
    }
    const char *s = r->buf + r->pos;
    size_t n = r->len - r->pos;
    if (memchr(s, '\0', n)) {
        dyad_diagf(r->diag, DYAD_WARN, r->name, 0, "binary data, not text: skipped");
        return 0;
    }
    if (n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
        s += 3, n -= 3;
    memset(a, 0, sizeof *a);
    a->file = r->name;
    a->id = r->base;
    dyad_buf_clear(&r->rec);
    dyad_buf_clear(&r->text);
    const char *date = NULL;
    if (r->fmt == DYAD_INPUT_HTML) {
        dyad_html_meta m;
        dyad_buf_clear(&r->meta);
        dyad_status st = dyad_html_extract(s, n, &r->text, &r->meta, &m);
        if (st == DYAD_ENOMEM)
            return S_fail(r, st, "out of memory");
        if (st != DYAD_OK) {
            dyad_diagf(r->diag, DYAD_WARN, r->name, 0, "unreadable HTML: skipped");
            return 0;
        }
        a->title = m.title ? r->meta.data + m.title - 1 : NULL;
        date = m.date ? r->meta.data + m.date - 1 : NULL;
        a->url = m.url ? r->meta.data + m.url - 1 : NULL;
        a->source = m.site ? r->meta.data + m.site - 1 : NULL;
    } else if (dyad_buf_put(&r->text, s, n)) {
        return S_fail(r, DYAD_ENOMEM, "out of memory");
    }
    if (dyad_buf_reserve(&r->text, 0))
        return S_fail(r, DYAD_ENOMEM, "out of memory");
    r->text.data[r->text.len] = '\0';
    a->text = r->text.data;
    a->text_len = r->text.len;
    r->pos = r->len;
    return S_finish(r, a, date, 0, datebuf);
}

int dyad_reader_next(dyad_reader *r, dyad_article *out)
{
    if (!r || !out || r->st != DYAD_OK)
        return -1;
    if (!r->sniffed)
        S_sniff(r);
    if (r->st != DYAD_OK)
        return -1;
    r->date[0] = '\0';
    return r->fmt == DYAD_INPUT_JSONL ? S_next_jsonl(r, out, r->date)
                                    : S_next_doc(r, out, r->date);
}

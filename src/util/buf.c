/*
 * buf.c — growable NUL-terminated byte buffer and growable arrays, JSON string escaping,
 * whole-file reads.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "util.h"

int dyad_vec_reserve(void **v, size_t *cap, size_t n, size_t elem)
{
    if (n <= *cap)
        return 0;
    size_t nc = *cap ? *cap : 16;
    while (nc < n)
        nc *= 2;
    if (elem && nc > SIZE_MAX / elem)
        return -1;
    void *p = realloc(*v, nc * elem);
    if (!p)
        return -1;
    *v = p;
    *cap = nc;
    return 0;
}

int dyad_buf_reserve(dyad_buf *b, size_t extra)
{
    if (b->len + extra + 1 <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra + 1) {
        if (cap > SIZE_MAX / 2)
            return -1;
        cap *= 2;
    }
    char *p = realloc(b->data, cap);
    if (!p)
        return -1;
    b->data = p;
    b->cap = cap;
    return 0;
}

int dyad_buf_put(dyad_buf *b, const void *p, size_t n)
{
    if (dyad_buf_reserve(b, n))
        return -1;
    if (n)
        memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int dyad_buf_puts(dyad_buf *b, const char *s) { return dyad_buf_put(b, s, strlen(s)); }

int dyad_buf_printf(dyad_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || dyad_buf_reserve(b, (size_t)n))
        return -1;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

void dyad_buf_clear(dyad_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

void dyad_buf_free(dyad_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0 if invalid. */
static size_t S_utf8_len(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    size_t len;
    unsigned min;
    if (c < 0x80)
        return 1;
    else if ((c & 0xE0) == 0xC0)
        len = 2, min = 0x80, c &= 0x1F;
    else if ((c & 0xF0) == 0xE0)
        len = 3, min = 0x800, c &= 0x0F;
    else if ((c & 0xF8) == 0xF0)
        len = 4, min = 0x10000, c &= 0x07;
    else
        return 0;
    if (len > n)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xC0) != 0x80)
            return 0;
        c = (c << 6) | (s[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
        return 0;
    return len;
}

int dyad_buf_json_str(dyad_buf *b, const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    if (dyad_buf_putc(b, '"'))
        return -1;
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        int rc = 0;
        if (c == '"' || c == '\\') {
            char esc[2] = {'\\', (char)c};
            rc = dyad_buf_put(b, esc, 2);
            i++;
        } else if (c < 0x20) {
            switch (c) {
            case '\n': rc = dyad_buf_puts(b, "\\n"); break;
            case '\t': rc = dyad_buf_puts(b, "\\t"); break;
            case '\r': rc = dyad_buf_puts(b, "\\r"); break;
            default: rc = dyad_buf_printf(b, "\\u%04x", c); break;
            }
            i++;
        } else {
            size_t l = S_utf8_len(s + i, n - i);
            if (l == 0) {
                rc = dyad_buf_puts(b, "\xEF\xBF\xBD");
                i++;
            } else {
                rc = dyad_buf_put(b, s + i, l);
                i += l;
            }
        }
        if (rc)
            return -1;
    }
    return dyad_buf_putc(b, '"');
}

dyad_status dyad_read_file(const char *path, char **out, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f)
        return errno == ENOENT ? DYAD_ENOTFOUND : DYAD_EIO;
    dyad_buf b = {0};
    char tmp[65536];
    size_t n;
    dyad_status st = DYAD_OK;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0) {
        if (dyad_buf_put(&b, tmp, n)) {
            st = DYAD_ENOMEM;
            break;
        }
    }
    if (st == DYAD_OK && ferror(f))
        st = DYAD_EIO;
    if (f != stdin)
        fclose(f);
    if (st == DYAD_OK && !b.data && dyad_buf_reserve(&b, 0))
        st = DYAD_ENOMEM;
    if (st != DYAD_OK) {
        dyad_buf_free(&b);
        return st;
    }
    b.data[b.len] = '\0';
    *out = b.data;
    if (len)
        *len = b.len;
    return DYAD_OK;
}

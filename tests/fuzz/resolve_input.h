/*
 * resolve_input.h — turns fuzzer bytes into a tagged sentence for the resolve targets.
 * Byte 0 picks the event verb, byte 1 the article date and whether a (possibly cyclic)
 * dependency parse is given; the rest is the sentence, tokens split at spaces, each
 * "word/TAG" (no slash: tag "NN"). The text is the fuzzer's buffer itself, so it is not
 * NUL-terminated, as a caller's sentence inside an article would not be.
 */
#ifndef DYAD_FUZZ_RESOLVE_INPUT_H
#define DYAD_FUZZ_RESOLVE_INPUT_H

#include <stdint.h>
#include <string.h>
#include "dyad_resolve.h"

#define FZ_MAXTOK 512

typedef struct fz_input {
    dyad_span tok[FZ_MAXTOK];
    char tagbuf[FZ_MAXTOK][8];
    const char *tags[FZ_MAXTOK];
    int head[FZ_MAXTOK];
    dyad_tagged s;
    dyad_event_toks ev;
    const char *article_date;
} fz_input;

/* 0 when the input is too short to make a sentence. */
static int fz_decode(const uint8_t *data, size_t size, fz_input *in)
{
    static const char *const dates[] = {"2024-03-13", "", "2024-01-02", "1000-01-01",
                                        "9998-12-31", "20240229", "2023-02-29", NULL};
    if (size < 3)
        return 0;
    const char *text = (const char *)data + 2;
    size_t n = size - 2;
    int nt = 0;
    for (size_t i = 0; i < n && nt < FZ_MAXTOK;) {
        while (i < n && text[i] == ' ')
            i++;
        size_t a = i;
        while (i < n && text[i] != ' ')
            i++;
        if (i == a)
            break;
        size_t slash = i;
        for (size_t k = a; k < i; k++)
            if (text[k] == '/')
                slash = k;
        size_t wl = (slash < i ? slash : i) - a, tl = slash < i ? i - slash - 1 : 0;
        if (tl >= sizeof in->tagbuf[0])
            tl = sizeof in->tagbuf[0] - 1;
        memcpy(in->tagbuf[nt], slash < i ? text + slash + 1 : "NN", slash < i ? tl : 2);
        in->tagbuf[nt][slash < i ? tl : 2] = 0;
        in->tags[nt] = in->tagbuf[nt];
        in->tok[nt].off = (uint32_t)a;
        in->tok[nt].len = (uint32_t)wl;
        nt++;
    }
    if (!nt)
        return 0;
    for (int i = 0; i < nt; i++) /* arbitrary heads, cycles included */
        in->head[i] = (int)((in->tok[i].off * 31u + in->tok[i].len + data[1]) % (unsigned)(nt + 1)) - 1;
    memset(&in->s, 0, sizeof in->s);
    memset(&in->ev, 0, sizeof in->ev);
    in->s.text = text;
    in->s.text_len = n;
    in->s.tok = in->tok;
    in->s.tag = in->tags;
    in->s.head = (data[1] & 0x80) ? in->head : NULL;
    in->s.ntok = nt;
    in->ev.verb = data[0] % nt;
    if (data[1] & 0x40) { /* a target span, possibly past the end */
        in->ev.tgt_tok = data[0] % (nt + 2);
        in->ev.tgt_ntok = (data[1] & 7) + 1;
    }
    in->article_date = dates[(data[1] >> 3) & 7];
    return 1;
}

#endif

/*
 * dyad_text.h — the first three stages of dyad: read raw articles, clean scraper noise
 * out of them, and split the cleaned text into sentences and Penn Treebank tokens.
 *
 *   dyad_reader   streams dyad_article records out of a file or memory: plain text (one
 *                 article per file), JSON lines, HTML pages, and gzip-compressed forms of
 *                 each (detected by magic bytes). Bad records are reported and skipped.
 *   dyad_cleaner  article -> cleaned text: boilerplate lines dropped, repeated headline
 *                 and repeated paragraphs dropped, Unicode punctuation and spaces
 *                 normalised, missing spaces after sentence punctuation repaired, the
 *                 dateline stripped (and its date recovered when the article has none).
 *                 Keeps a map from cleaned offsets back to offsets in the article text.
 *   dyad_splitter text -> sentences and tokens, as byte spans over that text.
 *
 * Ownership: every object is the caller's and freed by its _free function (NULL is a
 * no-op). Results handed out by _next / dyad_clean / dyad_split point into the object
 * that produced them and stay valid until the next call on that object or its _free.
 * Objects are not shared between threads; make one of each per thread (they hold only
 * reusable buffers, so they are cheap). Nothing here prints. HTML is parsed by libxml2,
 * whose own rule applies: a program reading HTML from several threads calls
 * xmlInitParser() once before starting them.
 */
#ifndef DYAD_TEXT_H
#define DYAD_TEXT_H

#include <stddef.h>
#include <stdint.h>
#include "dyad.h"

#ifdef __cplusplus
extern "C" {
#endif

/* ================================================================ reading */

typedef enum dyad_input_format {
    DYAD_INPUT_AUTO = 0, /* sniff the (decompressed) content: '{' first -> JSON lines,
                            '<' first -> HTML, anything else -> plain text */
    DYAD_INPUT_TEXT,     /* the whole input is one article; id = file name sans extension */
    DYAD_INPUT_JSONL,    /* one JSON object per line: "text" required; "id", "date" (or
                            "published"), "title", "url", "source" optional */
    DYAD_INPUT_HTML      /* one HTML page: main text, title, date, url, site name */
} dyad_input_format;

/* Parse "auto", "text", "jsonl", "html" into *out: 0, or -1 for any other name. */
int dyad_input_format_parse(const char *name, dyad_input_format *out);

/* Limits. A JSON line longer than DYAD_READ_MAX_LINE bytes, or a text/HTML article
 * larger than DYAD_READ_MAX_DOC bytes (after decompression), is reported and skipped. */
#define DYAD_READ_MAX_LINE (16u << 20)
#define DYAD_READ_MAX_DOC (64u << 20)

typedef struct dyad_reader dyad_reader;

/*
 * Open `path` ("-" is stdin) for reading articles in format `fmt` (DYAD_INPUT_AUTO to
 * sniff). gzip input (possibly multi-member) is recognised by its magic bytes whatever
 * the name. Returns NULL when the file cannot be opened or memory runs out; the reason
 * goes to `diag` as an error naming the file. `diag` may be NULL and must outlive the
 * reader. Input is streamed: a JSON-lines file is never held whole in memory.
 */
dyad_reader *dyad_reader_new(const char *path, dyad_input_format fmt, dyad_diag *diag);

/* The same over `len` bytes of memory (not copied: they must outlive the reader).
 * `name` names the input in diagnostics and gives text/HTML articles their id. */
dyad_reader *dyad_reader_new_mem(const char *name, const void *data, size_t len,
                                 dyad_input_format fmt, dyad_diag *diag);

/*
 * Read the next article into *out. Returns 1 when one was read, 0 at the end of the
 * input, -1 on a failure that ends the input (I/O error, out of memory; reported to
 * diag as an error, and dyad_reader_status tells which). Records that cannot be read
 * (broken JSON, missing "text", truncated gzip, binary data, over-long lines) are
 * reported as warnings "file:line: ..." and skipped.
 * The strings of *out belong to the reader and are valid until the next call of
 * dyad_reader_next or dyad_reader_free. out->text is NUL-terminated UTF-8 as found in
 * the input (not yet validated or cleaned); out->date is "YYYY-MM-DD" or "".
 */
int dyad_reader_next(dyad_reader *r, dyad_article *out);

/* DYAD_OK, or the status of the failure that made dyad_reader_next return -1. */
dyad_status dyad_reader_status(const dyad_reader *r);

/* The format in use (after sniffing, which happens at the first dyad_reader_next). */
dyad_input_format dyad_reader_format(const dyad_reader *r);

void dyad_reader_free(dyad_reader *r);

/* ================================================================ cleaning */

typedef struct dyad_clean_opts {
    int year;          /* year assumed for datelines that give none ("Aug. 6"); 0: the
                          article date's year if any, else such dates are not recovered */
    int keep_boilerplate; /* 1: skip the boilerplate/duplicate filters (normalise only) */
} dyad_clean_opts;

/* The result of cleaning one article; everything points into the cleaner. */
typedef struct dyad_cleaned {
    const char *text;  /* cleaned UTF-8, NUL-terminated. Paragraphs (and stand-alone
                          units: headings, list items) are separated by "\n\n"; inside a
                          paragraph there are no newlines, tabs or double spaces */
    size_t len;
    char date[11];     /* the article's date, else one recovered from a dateline, or "" */
    int date_from_text;/* 1 when date was recovered from the text */
    size_t ndropped;   /* paragraphs dropped as boilerplate or repeats */
    char place[48];    /* the dateline's place as written, its last region part when it
                          has one ("Congo" of "KINSHASA, Congo --"), or "" */
} dyad_cleaned;

typedef struct dyad_cleaner dyad_cleaner;

/* A cleaner with its reusable buffers; `opts` may be NULL (all zero). NULL on ENOMEM. */
dyad_cleaner *dyad_cleaner_new(const dyad_clean_opts *opts);
void dyad_cleaner_free(dyad_cleaner *c);

/* Clean a->text (a->title is used to recognise a repeated headline; a->date is kept
 * when set). Bytes that are not UTF-8 are read as Windows-1252 (Latin-1 for 0xA0..0xFF);
 * the few it leaves undefined become U+FFFD. The cleaner keeps no pointer into *a.
 * Returns DYAD_OK or DYAD_ENOMEM (or DYAD_ELIMIT for texts of 4 GiB or more). */
dyad_status dyad_clean(dyad_cleaner *c, const dyad_article *a, dyad_cleaned *out);

/*
 * Map a byte offset of the last cleaned text back to a byte offset of the article text
 * it came from. Exact for text copied unchanged; a character produced by normalisation
 * (a curly quote made straight, a space put in) maps to the start of the characters it
 * replaced or follows. In a paragraph that needed Unicode composition (NFC, rare:
 * combining marks) offsets are counted from the paragraph's start and are approximate.
 * The map never decreases and never passes the end of the article text.
 */
size_t dyad_clean_orig_offset(const dyad_cleaner *c, size_t off);

/* ================================================================ splitting */

/* A token: a byte span of the split text plus, when Penn Treebank spelling differs from
 * the text, its normalised form (static strings: "``", "''", "-LRB-", "--", ...).
 * A zero-length token (len 0, norm ".") is the sentence-final period that PTB adds
 * after an abbreviation ending a sentence ("in the U.S." -> "U.S." "."). */
typedef struct dyad_token {
    uint32_t off, len;
    const char *norm; /* NULL: the token is its text */
} dyad_token;

typedef struct dyad_sentence {
    uint32_t off, len;   /* span of the sentence in the text (trimmed) */
    uint32_t tok, ntok;  /* its tokens: tok .. tok+ntok-1 of the token array */
} dyad_sentence;

/* The result of splitting; arrays belong to the splitter. */
typedef struct dyad_split_result {
    const dyad_sentence *sent;
    size_t nsent;
    const dyad_token *tok;
    size_t ntok;
} dyad_split_result;

typedef struct dyad_splitter dyad_splitter;

dyad_splitter *dyad_splitter_new(void);   /* NULL on ENOMEM */
void dyad_splitter_free(dyad_splitter *s);

/*
 * Split `len` bytes of UTF-8 text (cleaned text, or raw text: single newlines are read
 * as spaces unless they start a list item) into sentences and tokens. Boundaries are
 * rule-based: ., ? and ! followed by space and a sentence start, with abbreviations,
 * initials, decimals and numbers ("No. 5", "Aug. 6") kept inside; closing quotes and
 * brackets stay with their sentence; a blank line always ends a unit; a list bullet
 * starts one and is not part of the sentence. Returns DYAD_OK, DYAD_ENOMEM, or
 * DYAD_ELIMIT for text of 4 GiB or more.
 */
dyad_status dyad_split(dyad_splitter *s, const char *text, size_t len,
                       dyad_split_result *out);

/* The PTB form of a token: its norm, or its text copied into buf (NUL-terminated,
 * truncated to bufsize-1). Returns buf or the static norm. */
const char *dyad_token_str(const dyad_token *t, const char *text, char *buf,
                           size_t bufsize);

#ifdef __cplusplus
}
#endif
#endif /* DYAD_TEXT_H */

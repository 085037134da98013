/*
 * test_read.c — the article readers: JSON lines with broken and incomplete records,
 * HTML main-text extraction, plain text, gzip (multi-member, truncated), binary junk,
 * over-long lines, format sniffing and its override, stdin through the CLI.
 */
#include <stdint.h>
#include <sys/wait.h>
#include "harness.h"
#include "dyad_text.h"

#define FIX "tests/fixtures/text/"

/* Diagnostics collected as "line:message" lines. */
static char S_diags[8192];

static void S_collect(void *user, dyad_severity sev, const char *file, long line,
                      const char *msg)
{
    (void)user;
    (void)file;
    size_t n = strlen(S_diags);
    snprintf(S_diags + n, sizeof S_diags - n, "%s %ld:%s\n", sev == DYAD_ERROR ? "E" : "W",
             line, msg);
}

/* Read all articles of path; copies of id/text joined as "id=text|" into out. */
static int S_read_all(const char *path, dyad_input_format fmt, dyad_diag *d, char *out, size_t cap)
{
    out[0] = '\0';
    dyad_reader *r = dyad_reader_new(path, fmt, d);
    if (!r)
        return -1;
    dyad_article a;
    int n = 0, k;
    while ((k = dyad_reader_next(r, &a)) > 0) {
        size_t m = strlen(out);
        snprintf(out + m, cap - m, "%s=%s|", a.id, a.text);
        n++;
    }
    dyad_reader_free(r);
    return k < 0 ? -1 : n;
}

/* A reader of path, whose format must be sniffed as fmt, and its first article in a;
 * NULL when it cannot be opened. */
static dyad_reader *S_first(const char *path, dyad_input_format fmt, dyad_diag *d,
                            dyad_article *a)
{
    dyad_reader *r = dyad_reader_new(path, DYAD_INPUT_AUTO, d);
    OK(r != NULL);
    if (!r)
        return NULL;
    INT_EQ(dyad_reader_next(r, a), 1);
    INT_EQ(dyad_reader_format(r), fmt);
    return r;
}

/* The metadata of an article, field by field. */
static void S_meta(const dyad_article *a, const char *id, const char *date, const char *title,
                   const char *url, const char *source)
{
    STR_EQ(a->id, id);
    STR_EQ(a->date, date);
    STR_EQ(a->title, title);
    STR_EQ(a->url, url);
    STR_EQ(a->source, source);
}

static void test_jsonl(void)
{
    S_diags[0] = '\0';
    dyad_diag d = {S_collect, NULL, 0, 0};
    dyad_article a;
    dyad_reader *r = S_first(FIX "articles.jsonl", DYAD_INPUT_JSONL, &d, &a);
    if (!r)
        return;
    S_meta(&a, "a1", "2024-05-20", "Talks open in Geneva", "https://www.example.org/a1",
           "Example Wire");
    STR_EQ(a.text, "Talks open in Geneva\n\nDelegates met on Monday. They will meet again today.");
    INT_EQ(a.text_len, strlen(a.text));
    INT_EQ(a.line, 1);
    /* line 2 is broken JSON: skipped; line 3 has only "text" */
    INT_EQ(dyad_reader_next(r, &a), 1);
    S_meta(&a, "articles-3", "", "", "", "");
    INT_EQ(a.line, 3);
    /* line 5 lacks text, line 6 is no object; line 7: numeric id, "published" date */
    INT_EQ(dyad_reader_next(r, &a), 1);
    STR_EQ(a.id, "17");
    STR_EQ(a.date, "2025-03-14");
    INT_EQ(a.line, 7);
    STR_EQ(a.text, "Sudani said it was \xe2\x80\x9csignificant.\xe2\x80\x9d");
    INT_EQ(dyad_reader_next(r, &a), 0);
    INT_EQ(dyad_reader_next(r, &a), 0);
    INT_EQ(dyad_reader_status(r), DYAD_OK);
    dyad_reader_free(r);
    INT_EQ(d.nwarn, 3);
    INT_EQ(d.nerror, 0);
    OK(strstr(S_diags, "W 2:broken JSON") != NULL);
    OK(strstr(S_diags, "W 5:no \"text\" string") != NULL);
    OK(strstr(S_diags, "W 6:not a JSON object") != NULL);
}

static void test_html(void)
{
    dyad_diag d = {0};
    dyad_article a;
    dyad_reader *r = S_first(FIX "page.html", DYAD_INPUT_HTML, &d, &a);
    if (!r)
        return;
    S_meta(&a, "page", "2024-05-20", "Ministers agree on grain corridor",
           "https://ledger.example.com/world/grain-corridor", "The Daily Ledger");
    /* navigation, cookie banner, byline, share bar, figure, aside, tags, comments and
       footer are gone; <br> is a line break, blocks are paragraphs */
    STR_EQ(a.text,
           "Ministers agree on grain corridor\n\n"
           "ISTANBUL, May 20 (Reuters) \xe2\x80\x93 Foreign ministers from Turkey\xc2\xa0"
           "and Ukraine agreed on Monday to reopen a grain corridor, officials said.\n\n"
           "\xe2\x80\x9cWe will not stop here.\xe2\x80\x9d He said the deal covered 3,000 "
           "tonnes a day\nand would start at 10:30 on Tuesday.\n\n"
           "What comes next\n\nTalks resume next week in Geneva.");
    INT_EQ(dyad_reader_next(r, &a), 0);
    dyad_reader_free(r);
    INT_EQ(d.nwarn, 0);

    /* a page without <article>/<main>: the body; no og:title: <title>; <time> date */
    const char *page = "<html><head><title>Plain page</title></head><body>"
                       "<nav>Home | News</nav><div>First <b>bold</b> words.</div>"
                       "<p>Second<br/>line.</p><p>Third<br><br>Fourth</p>"
                       "<time datetime=\"2023-01-02\">Jan 2</time>"
                       "<script>var x = 1;</script></body></html>";
    r = dyad_reader_new_mem("mem.html", page, strlen(page), DYAD_INPUT_AUTO, &d);
    INT_EQ(dyad_reader_next(r, &a), 1);
    STR_EQ(a.title, "Plain page");
    STR_EQ(a.date, "2023-01-02");
    STR_EQ(a.text, "First bold words.\n\nSecond\nline.\n\nThird\n\nFourth\n\nJan 2");
    STR_EQ(a.id, "mem");
    dyad_reader_free(r);

    /* several <article>s: the story is the longest, not the teaser before it */
    page = "<html><body><article><p>Teaser: grain prices fall.</p></article>"
           "<article><p>The full story of the talks, which went on for hours.</p>"
           "<p>Both sides spoke.</p></article></body></html>";
    r = dyad_reader_new_mem("two.html", page, strlen(page), DYAD_INPUT_AUTO, &d);
    INT_EQ(dyad_reader_next(r, &a), 1);
    STR_EQ(a.text, "The full story of the talks, which went on for hours.\n\nBoth sides spoke.");
    dyad_reader_free(r);
}

static void test_text_and_gzip(void)
{
    char out[4096];
    S_diags[0] = '\0';
    dyad_diag d = {S_collect, NULL, 0, 0};
    /* two gzip members concatenated read as one text; id drops .txt.gz */
    INT_EQ(S_read_all(FIX "story.txt.gz", DYAD_INPUT_AUTO, &d, out, sizeof out), 1);
    STR_EQ(out, "story=First member. \nSecond member.\n|");
    INT_EQ(S_read_all(FIX "lines.jsonl.gz", DYAD_INPUT_AUTO, &d, out, sizeof out), 2);
    STR_EQ(out, "g1=Compressed JSON line one.|g2=Compressed JSON line two.|");
    INT_EQ(d.nwarn, 0);
    /* a truncated gzip file: reported, the incomplete article skipped */
    INT_EQ(S_read_all(FIX "truncated.txt.gz", DYAD_INPUT_AUTO, &d, out, sizeof out), 0);
    OK(d.nwarn >= 1);
    OK(strstr(S_diags, "truncated gzip") != NULL);
    /* binary junk */
    long w = d.nwarn;
    INT_EQ(S_read_all(FIX "junk.txt", DYAD_INPUT_AUTO, &d, out, sizeof out), 0);
    INT_EQ(d.nwarn, w + 1);
    OK(strstr(S_diags, "binary data") != NULL);
    /* a file that does not exist: NULL and an error */
    OK(dyad_reader_new(FIX "no-such-file.txt", DYAD_INPUT_AUTO, &d) == NULL);
    INT_EQ(d.nerror, 1);
    /* plain text file */
    INT_EQ(S_read_all(FIX "wrapped.txt", DYAD_INPUT_AUTO, &d, out, sizeof out), 1);
    OK(strncmp(out, "wrapped=Showers continued", 25) == 0);
}

static void test_sniff_override(void)
{
    const char *s = "  {\"text\": \"x\"}\n";
    dyad_diag d = {0};
    dyad_article a;
    dyad_reader *r = dyad_reader_new_mem("braces.txt", s, strlen(s), DYAD_INPUT_AUTO, &d);
    INT_EQ(dyad_reader_next(r, &a), 1);
    STR_EQ(a.text, "x");
    dyad_reader_free(r);
    r = dyad_reader_new_mem("braces.txt", s, strlen(s), DYAD_INPUT_TEXT, &d);
    INT_EQ(dyad_reader_next(r, &a), 1);
    STR_EQ(a.text, s);
    STR_EQ(a.id, "braces");
    dyad_reader_free(r);
    dyad_input_format f;
    INT_EQ(dyad_input_format_parse("html", &f), 0);
    INT_EQ(f, DYAD_INPUT_HTML);
    INT_EQ(dyad_input_format_parse("xml", &f), -1);
    /* empty input: no article, no complaint */
    r = dyad_reader_new_mem("empty", "", 0, DYAD_INPUT_JSONL, &d);
    INT_EQ(dyad_reader_next(r, &a), 0);
    dyad_reader_free(r);
    INT_EQ(d.nwarn, 0);
    dyad_reader_free(NULL);
}

static void test_long_line(void)
{
    /* a line over the limit is skipped, the next one read, with its line number */
    size_t big = DYAD_READ_MAX_LINE + 100;
    const char *tail = "\n{\"text\": \"after\"}\n";
    char *s = malloc(big + strlen(tail) + 1);
    if (!s)
        return;
    memset(s, 'x', big);
    s[0] = '{';
    strcpy(s + big, tail);
    S_diags[0] = '\0';
    dyad_diag d = {S_collect, NULL, 0, 0};
    dyad_reader *r = dyad_reader_new_mem("big.jsonl", s, strlen(s), DYAD_INPUT_AUTO, &d);
    dyad_article a;
    INT_EQ(dyad_reader_next(r, &a), 1);
    STR_EQ(a.text, "after");
    INT_EQ(a.line, 2);
    INT_EQ(dyad_reader_next(r, &a), 0);
    dyad_reader_free(r);
    INT_EQ(d.nwarn, 1);
    OK(strstr(S_diags, "W 1:line longer than") != NULL);
    free(s);
}

static void test_stdin_cli(void)
{
    const char *bin = getenv("DYAD_BIN");
    if (!bin) {
        SKIP("DYAD_BIN not set");
        return;
    }
    char cmd[512], buf[4096];
    snprintf(cmd, sizeof cmd, "%s sentences - < " FIX "story.txt.gz 2>&1", bin);
    FILE *p = popen(cmd, "r");
    if (!p) {
        SKIP("popen failed");
        return;
    }
    size_t n = fread(buf, 1, sizeof buf - 1, p);
    buf[n] = '\0';
    INT_EQ(pclose(p), 0);
    STR_EQ(buf, "# stdin\t\t\n"
                "stdin\t0\t0\tFirst member.\tFirst member .\n"
                "stdin\t1\t15\tSecond member.\tSecond member .\n");
}

/* Run the CLI; returns its exit status and the first line of stdout in line. */
static int S_cli(const char *args, char *line, size_t cap)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "%s %s 2>/dev/null", getenv("DYAD_BIN"), args);
    FILE *p = popen(cmd, "r");
    if (!p)
        return -1;
    line[0] = '\0';
    if (!fgets(line, (int)cap, p))
        line[0] = '\0';
    char rest[4096];
    while (fread(rest, 1, sizeof rest, p) > 0)
        ;
    int st = pclose(p);
    return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

static void test_cli_options(void)
{
    if (!getenv("DYAD_BIN")) {
        SKIP("DYAD_BIN not set");
        return;
    }
    char line[1024];
    INT_EQ(S_cli("sentences", line, sizeof line), 2);
    INT_EQ(S_cli("sentences --bogus x", line, sizeof line), 2);
    INT_EQ(S_cli("sentences --format xml x", line, sizeof line), 2);
    INT_EQ(S_cli("sentences --help", line, sizeof line), 0);
    OK(strncmp(line, "usage: dyad sentences", 21) == 0);
    /* records skipped as bad input: the others are printed, the exit status says so */
    INT_EQ(S_cli("sentences " FIX "articles.jsonl", line, sizeof line), 1);
    STR_EQ(line, "# a1\t2024-05-20\tTalks open in Geneva\n");
    INT_EQ(S_cli("sentences " FIX "no-such-file.txt", line, sizeof line), 1);
    /* offsets, raw mode, format override, year for datelines */
    INT_EQ(S_cli("sentences --offsets --year 2024 " FIX "dateline.txt | sed -n 2p", line,
                 sizeof line),
           0);
    OK(strstr(line, "\tThe@0:3 president@4:9 ") != NULL);
    INT_EQ(S_cli("sentences --year 2024 " FIX "dateline.txt", line, sizeof line), 0);
    STR_EQ(line, "# dateline\t2024-08-06\t\n");
    INT_EQ(S_cli("sentences --raw " FIX "dateline.txt | sed -n 2p | cut -f4", line,
                 sizeof line),
           0);
    STR_EQ(line, "WASHINGTON, Aug. 6 (AP) -- The president said on Tuesday that talks with "
                 "Gen. Smith would go on.\n");
    INT_EQ(S_cli("sentences --format text " FIX "articles.jsonl | sed -n 1p", line,
                 sizeof line),
           0);
    STR_EQ(line, "# articles\t\t\n");
}

int main(void)
{
    test_jsonl();
    test_html();
    test_text_and_gzip();
    test_sniff_override();
    test_long_line();
    test_stdin_cli();
    test_cli_options();
    return T_done();
}

/*
 * test_clean.c — the cleaner: each kind of scraper noise dropped, repeated headline and
 * paragraphs dropped, Unicode normalised, missing spaces repaired (and not broken where
 * they must not be), dates recovered from datelines, the offset map back to the input.
 */
#include "harness.h"
#include "clean/clean.h"
#include "dyad_text.h"
#include "util/util.h"

#define FIX "tests/fixtures/text/"

/* Clean `text` (title may be NULL) with options; returns the cleaned text (static). */
static const char *S_clean(dyad_cleaner *c, const char *title, const char *date,
                           const char *text, dyad_cleaned *res)
{
    dyad_article a = {0};
    a.id = "t";
    a.title = title ? title : "";
    a.date = date ? date : "";
    a.text = text;
    a.text_len = strlen(text);
    dyad_cleaned tmp;
    if (!res)
        res = &tmp;
    if (dyad_clean(c, &a, res) != DYAD_OK)
        return "(error)";
    return res->text;
}

static void test_noisy_file(void)
{
    char *text = NULL;
    size_t n;
    INT_EQ(dyad_read_file(FIX "noisy.txt", &text, &n), DYAD_OK);
    if (!text)
        return;
    dyad_cleaner *c = dyad_cleaner_new(NULL);
    dyad_cleaned r;
    const char *out = S_clean(c, NULL, NULL, text, &r);
    STR_EQ(out,
           "The U.S. envoy met rebel leaders in the capital today. While no deal was reached, "
           "both sides spoke of progress.\n\n"
           "The meeting, according to officials, lasted 1.5 hours and involved 3,000 "
           "delegates (e.g. observers) from 12 countries. It began at 10:30.\n\n"
           "Details are at https://example.com/talks.html and press@example.com.\n\n"
           "\"We will keep talking,\" said Mr. Smith -- the envoy's deputy.");
    /* the date line "Monday, 20 May 2024 – 22:46" gave the date */
    STR_EQ(r.date, "2024-05-20");
    INT_EQ(r.date_from_text, 1);
    /* skip link, adblock x2, byline, date line, share x2, repeat, you may also like,
       related, tags, photo credit, leave a reply, email notice, akismet, cookies */
    INT_EQ(r.ndropped, 16);
    /* offsets map back: "While" and "according" sit where they were; the closing
       quote is the curly one; text after a normalised character lines up again */
    const char *w = strstr(out, "While");
    OK(w && !strncmp(text + dyad_clean_orig_offset(c, (size_t)(w - out)), "While", 5));
    w = strstr(out, "according");
    OK(w && !strncmp(text + dyad_clean_orig_offset(c, (size_t)(w - out)), "according", 9));
    w = strstr(out, "\" said");
    OK(w && !strncmp(text + dyad_clean_orig_offset(c, (size_t)(w - out)), "\xe2\x80\x9d", 3));
    w = strstr(out, "deputy");
    OK(w && !strncmp(text + dyad_clean_orig_offset(c, (size_t)(w - out)), "deputy", 6));
    w = strstr(out, "Details");
    OK(w && !strncmp(text + dyad_clean_orig_offset(c, (size_t)(w - out)), "Details", 7));
    /* every letter of the output maps to the same letter of the input */
    int bad = 0;
    for (size_t i = 0; i < r.len; i++) {
        unsigned char ch = (unsigned char)out[i];
        if (((ch | 32) >= 'a' && (ch | 32) <= 'z') && text[dyad_clean_orig_offset(c, i)] != out[i])
            bad++;
    }
    INT_EQ(bad, 0);
    dyad_cleaner_free(c);
    free(text);
}

static void test_html_page(void)
{
    dyad_reader *rd = dyad_reader_new(FIX "page.html", DYAD_INPUT_AUTO, NULL);
    dyad_article a;
    INT_EQ(dyad_reader_next(rd, &a), 1);
    dyad_cleaner *c = dyad_cleaner_new(NULL);
    dyad_cleaned r;
    INT_EQ(dyad_clean(c, &a, &r), DYAD_OK);
    /* headline repeated as h1 dropped; dateline "ISTANBUL, May 20 (Reuters) –" gone */
    STR_EQ(r.text,
           "Foreign ministers from Turkey and Ukraine agreed on Monday to reopen a grain "
           "corridor, officials said.\n\n"
           "\"We will not stop here.\" He said the deal covered 3,000 tonnes a day and would "
           "start at 10:30 on Tuesday.\n\n"
           "What comes next\n\nTalks resume next week in Geneva.");
    STR_EQ(r.date, "2024-05-20");
    INT_EQ(r.date_from_text, 0);
    size_t o = dyad_clean_orig_offset(c, 0);
    OK(!strncmp(a.text + o, "Foreign", 7));
    dyad_cleaner_free(c);
    dyad_reader_free(rd);
}

static void test_boilerplate_kinds(void)
{
    dyad_cleaner *c = dyad_cleaner_new(NULL);
    static const char *const noise[] = {
        "Skip to main content", "ADBLOCK DETECTED", "Advertisement",
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
        "Leave a Reply", "Cancel reply", "You might also like:", "Related Posts",
        "Read more: Grain prices fall", "Tags: Ukraine, Turkey, grain",
        "Filed under: World", "Categories: Politics", "Share on WhatsApp",
        "Share Facebook Twitter Email", "Facebook | Twitter | LinkedIn",
        "Home | World | Politics | Business | Tech", "Home > World > Europe > Turkey",
        "#Ukraine #grain", "By Jane Doe", "By JANE DOE and JOHN ROE, Associated Press",
        "Photo: John Roe/Reuters", "(AP Photo/Evan Vucci)", "Getty Images",
        "We use cookies to give you the best experience. Accept all",
        "This website uses cookies.", "Our site uses cookies to work. OK",
        "Subscribe to our newsletter", "3 min read", "Reporting by Jane Doe; Editing by Bob Roe",
        "\xc2\xa9 2024 The Daily Ledger. All rights reserved.", "Copyright 2024 Example News",
        "Posted in World News", "Updated: 10:30 AM", "Updated 10:30 AM EDT", "Email",
        "Print", NULL};
    for (size_t i = 0; noise[i]; i++) {
        char text[512];
        snprintf(text, sizeof text, "Officials met on Monday.\n%s\nThey agreed.", noise[i]);
        const char *out = S_clean(c, NULL, NULL, text, NULL);
        T_REPORT(!strcmp(out, "Officials met on Monday.\n\nThey agreed."),
                 "noise \"%s\" kept: \"%s\"", noise[i], out);
    }
    /* prose that merely mentions such words stays */
    static const char *const prose[] = {
        "By Monday, the rebels had retreated.", "Share prices fell 3 percent on Tuesday.",
        "Related talks will resume in Geneva.", "Email records showed the minister knew.",
        "The home office said cookies were not served at the summit.",
        "Photos of the ship were shared by the navy.", NULL};
    for (size_t i = 0; prose[i]; i++) {
        char text[512], want[512];
        snprintf(text, sizeof text, "Officials met on Monday.\n%s", prose[i]);
        snprintf(want, sizeof want, "Officials met on Monday.\n\n%s", prose[i]);
        STR_EQ(S_clean(c, NULL, NULL, text, NULL), want);
    }
    OK(!dyad_clean_is_boilerplate("", 0));
    dyad_cleaner_free(c);
}

static void test_repeats(void)
{
    dyad_cleaner *c = dyad_cleaner_new(NULL);
    dyad_cleaned r;
    /* headline repeated (also with the site suffix of <title>), repeated paragraph */
    STR_EQ(S_clean(c, "Talks open in Geneva | Example News", NULL,
                   "TALKS OPEN IN GENEVA\n\nDelegates arrived on Monday for the talks.\n\n"
                   "They met for an hour.\n\nDelegates arrived on Monday for the talks.\n\n"
                   "Talks open in Geneva",
                   &r),
           "Delegates arrived on Monday for the talks.\n\nThey met for an hour.\n\n"
           "Talks open in Geneva");
    INT_EQ(r.ndropped, 2);
    /* a paragraph given twice with its dateline is a repeat once the dateline is gone
     * (the first body paragraph's, and a round-up item's) */
    STR_EQ(S_clean(c, NULL, NULL,
                   "PARIS (Reuters) - France and Chad signed a defence accord today.\n\n"
                   "BONN - West German officials said the talks would resume in May.\n\n"
                   "PARIS (Reuters) - France and Chad signed a defence accord today.\n\n"
                   "BONN - West German officials said the talks would resume in May.",
                   &r),
           "France and Chad signed a defence accord today.\n\n"
           "West German officials said the talks would resume in May.");
    INT_EQ(r.ndropped, 2);
    /* the same cleaner, a new article: nothing is remembered from the last one */
    STR_EQ(S_clean(c, NULL, NULL, "Delegates arrived on Monday for the talks.", NULL),
           "Delegates arrived on Monday for the talks.");
    /* keep_boilerplate: only normalisation */
    dyad_clean_opts o = {0, 1};
    dyad_cleaner *k = dyad_cleaner_new(&o);
    STR_EQ(S_clean(k, "Same", NULL, "Same\nShare on Facebook\nSame", NULL),
           "Same\n\nShare on Facebook\n\nSame");
    dyad_cleaner_free(k);
    /* many paragraphs (the hash set grows) */
    dyad_buf b = {0};
    for (int i = 0; i < 300; i++)
        dyad_buf_printf(&b, "Paragraph number %d is here.\n\n", i % 150);
    const char *out = S_clean(c, NULL, NULL, b.data, &r);
    INT_EQ(r.ndropped, 150);
    OK(strstr(out, "Paragraph number 149 is here.") != NULL);
    dyad_buf_free(&b);
    dyad_cleaner_free(c);
}

static void test_normalise(void)
{
    dyad_cleaner *c = dyad_cleaner_new(NULL);
    /* curly quotes, dashes, ellipsis, NBSP, thin space, zero-width, soft hyphen, BOM */
    STR_EQ(S_clean(c, NULL, NULL,
                   "\xe2\x80\x9cYes,\xe2\x80\x9d she said \xe2\x80\x94 it\xe2\x80\x99s "
                   "1990\xe2\x80\x93" "95 \xe2\x80\x93 and\xc2\xa0more\xe2\x80\xa6 "
                   "co\xe2\x80\x8bop\xc2\xad" "eration\xe2\x80\x89now\xef\xbb\xbf.",
                   NULL),
           "\"Yes,\" she said -- it's 1990-95 -- and more... cooperation now.");
    /* ligature and full-width letters (NFKC to ASCII), combining accent (NFC) */
    STR_EQ(S_clean(c, NULL, NULL, "\xef\xac\x81nal \xef\xbc\xa1\xef\xbc\xa2 Jose\xcc\x81.",
                   NULL),
           "final AB Jos\xc3\xa9.");
    /* invalid UTF-8: Latin-1 and cp1252 bytes */
    STR_EQ(S_clean(c, NULL, NULL, "Caf\xe9 \x93quoted\x94 \x80" "5", NULL),
           "Caf\xc3\xa9 \"quoted\" \xe2\x82\xac" "5");
    /* whitespace: tabs, CR LF, runs of spaces; control characters dropped */
    STR_EQ(S_clean(c, NULL, NULL, "  One\t\ttwo \r\nthree\x01 four.  \r\n\r\n\r\nFive.  ", NULL),
           "One two three four.\n\nFive.");
    /* stock symbols in angle brackets go, with the space before them when punctuation
     * follows; a bracketed name and a lower-case tag stay; the words after a symbol
     * map back to where they were */
    const char *t = "Arnor Mills Co <ARN> and Bree Inc <BRE.L> sold <Gondor Trading>, "
                    "says Rohan Corp <R>. Then <b>.";
    const char *o = S_clean(c, NULL, NULL, t, NULL);
    STR_EQ(o, "Arnor Mills Co and Bree Inc sold <Gondor Trading>, says Rohan Corp. Then <b>.");
    const char *w = strstr(o, "and Bree");
    OK(w && !strncmp(t + dyad_clean_orig_offset(c, (size_t)(w - o)), "and Bree", 8));
    w = strstr(o, ". Then");
    OK(w && !strncmp(t + dyad_clean_orig_offset(c, (size_t)(w - o)), ". Then", 6));
    /* empty and all-space input */
    STR_EQ(S_clean(c, NULL, NULL, "", NULL), "");
    STR_EQ(S_clean(c, NULL, NULL, " \n \n\t", NULL), "");
    dyad_cleaner_free(c);
}

static void test_space_repair(void)
{
    dyad_cleaner *c = dyad_cleaner_new(NULL);
    static const char *const cases[][2] = {
        {"It ended today.While no deal came, talks go on.",
         "It ended today. While no deal came, talks go on."},
        {"The meeting,according to officials, ended.",
         "The meeting, according to officials, ended."},
        {"Why?Nobody knows!Really.", "Why? Nobody knows! Really."},
        {"Rain fell;crops grew.", "Rain fell; crops grew."},
        {"Sales rose in 2023.The firm said so.", "Sales rose in 2023. The firm said so."},
        /* must not change */
        {"The U.S. and U.N. met.", "The U.S. and U.N. met."},
        {"The U.S.Army said so.", "The U.S.Army said so."},
        {"Some 3,000 people, or 1.5 percent, came at 10:30.",
         "Some 3,000 people, or 1.5 percent, came at 10:30."},
        {"Use e.g.Python or i.e.C here.", "Use e.g.Python or i.e.C here."},
        {"See www.Example.Com/A.Html or http://x.org/a,b.C or me@Mail.Com today.",
         "See www.Example.Com/A.Html or http://x.org/a,b.C or me@Mail.Com today."},
        {"J.R.R. Tolkien wrote it.", "J.R.R. Tolkien wrote it."},
        {"The Turkish-U.S. relationship and NATO.Org stay.",
         "The Turkish-U.S. relationship and NATO.Org stay."},
        {"version 2.0.1 and example.com are fine.", "version 2.0.1 and example.com are fine."},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
        STR_EQ(S_clean(c, NULL, NULL, cases[i][0], NULL), cases[i][1]);
    dyad_cleaner_free(c);
}

static void test_dates(void)
{
    dyad_cleaned r;
    dyad_cleaner *c = dyad_cleaner_new(NULL);
    /* "WASHINGTON, Aug. 6 (AP) --": stripped; no year known, so no date */
    STR_EQ(S_clean(c, NULL, NULL, "WASHINGTON, Aug. 6 (AP) -- The president said so.", &r),
           "The president said so.");
    STR_EQ(r.date, "");
    /* the year of the article date is not needed when the article has a date ... */
    STR_EQ(S_clean(c, NULL, "2023-01-01", "WASHINGTON, Aug. 6 (AP) -- The president said so.", &r),
           "The president said so.");
    STR_EQ(r.date, "2023-01-01");
    INT_EQ(r.date_from_text, 0);
    dyad_cleaner_free(c);
    /* ... and with a known year the dateline gives the date */
    dyad_clean_opts o = {2024, 0};
    c = dyad_cleaner_new(&o);
    STR_EQ(S_clean(c, NULL, NULL, "WASHINGTON, Aug. 6 (AP) \xe2\x80\x94 The president said so.", &r),
           "The president said so.");
    STR_EQ(r.date, "2024-08-06");
    INT_EQ(r.date_from_text, 1);
    STR_EQ(S_clean(c, NULL, NULL, "LONDON (Reuters) - Oil rose.", &r), "Oil rose.");
    STR_EQ(r.place, "LONDON");
    STR_EQ(S_clean(c, NULL, NULL, "ISLAMABAD/PENTAGON -- A plane crashed.", &r), "A plane crashed.");
    STR_EQ(r.date, "");
    STR_EQ(S_clean(c, NULL, NULL, "KYIV, Ukraine, May 20, 2023 /PRNewswire/ -- A firm said.", &r),
           "A firm said.");
    STR_EQ(r.date, "2023-05-20");
    STR_EQ(r.place, "Ukraine"); /* the region, not the date after it */
    /* a country's name with a lower-case word in it is a region part of its own */
    STR_EQ(S_clean(c, NULL, NULL, "MINAS TIRITH, Republic of Gondor (AP) -- Orcs fled.", &r),
           "Orcs fled.");
    STR_EQ(r.place, "Republic of Gondor");
    /* no dateline, or one that is a date alone: no place */
    STR_EQ(S_clean(c, NULL, NULL, "Orcs fled from the city.", &r), "Orcs fled from the city.");
    STR_EQ(r.place, "");
    STR_EQ(S_clean(c, NULL, NULL, "EDORAS, Rohan and Gondor \xe2\x80\x94 Riders met.", &r),
           "Riders met.");
    STR_EQ(S_clean(c, NULL, NULL, "BREE, Republic of the Shire, May 3 -- Hobbits met.", &r),
           "Hobbits met.");
    STR_EQ(r.date, "2024-05-03");
    /* a lower-case word that joins no capitalised one ends the dateline's place */
    STR_EQ(S_clean(c, NULL, NULL, "EDORAS, Rohan and others -- Riders met.", &r),
           "EDORAS, Rohan and others -- Riders met.");
    STR_EQ(S_clean(c, NULL, NULL, "May 20, 2024 -- Talks began.", &r), "Talks began.");
    STR_EQ(r.date, "2024-05-20");
    STR_EQ(r.place, "");
    STR_EQ(S_clean(c, NULL, NULL, "Published: May 21, 2024 10:30 AM EDT\nTalks began.", &r),
           "Talks began.");
    STR_EQ(r.date, "2024-05-21");
    /* a time line with a relative "Updated ...", and a place-and-date line */
    STR_EQ(S_clean(c, NULL, NULL,
                   "March 3, 2025 7:42 AM UTC Updated 2 hours ago\n\nKYIV, March 3 (Reuters) - "
                   "Drones hit Odesa.", &r),
           "Drones hit Odesa.");
    STR_EQ(r.date, "2025-03-03");
    STR_EQ(S_clean(c, NULL, NULL, "Jan. 5, 2025 Updated an hour ago\nTalks began.", &r),
           "Talks began.");
    STR_EQ(r.date, "2025-01-05");
    STR_EQ(S_clean(c, NULL, NULL, "Ottawa, Feb. 2, 2025\n\nTrump imposed tariffs.", &r),
           "Trump imposed tariffs.");
    STR_EQ(r.date, "2025-02-02");
    STR_EQ(S_clean(c, NULL, NULL, "New York City, Feb. 2, 2025\n\nTalks began.", &r),
           "Talks began.");
    STR_EQ(r.date, "2025-02-02");
    /* not date lines: more than a time after "Updated", a sentence after a place */
    STR_EQ(S_clean(c, "Trade", NULL, "March 3, 2025 Updated the guidance on trade\nTalks began.", &r),
           "March 3, 2025 Updated the guidance on trade\n\nTalks began.");
    STR_EQ(S_clean(c, NULL, NULL, "Ottawa, Feb. 2, 2025, was cold.", &r),
           "Ottawa, Feb. 2, 2025, was cold.");
    STR_EQ(r.date, "");
    /* a round-up: each later item opens with a place of its own, stripped (its date is
     * not the article's); a capital that is the subject stays after it */
    STR_EQ(S_clean(c, NULL, NULL,
                   "LONDON (Reuters) - Oil rose.\n\nHONG KONG - Gold was steady at noon.\n\n"
                   "WASHINGTON - Washington warned Moscow.\n\nKYIV, Ukraine, May 3 (AP) - "
                   "Drones hit Odesa.", &r),
           "Oil rose.\n\nGold was steady at noon.\n\nWashington warned Moscow.\n\n"
           "Drones hit Odesa.");
    STR_EQ(r.date, "");
    /* ... but not two capitals, a desk's label, nor a place before no sentence */
    STR_EQ(S_clean(c, NULL, NULL, "Talks began.\n\nU.S. - Japan talks went on.\n\n"
                                  "NOTE: Company gave no figures.\n\nZINC - 49.50/56.00 stg.", &r),
           "Talks began.\n\nU.S. - Japan talks went on.\n\nNOTE: Company gave no figures.\n\n"
           "ZINC - 49.50/56.00 stg.");
    /* not datelines */
    STR_EQ(S_clean(c, NULL, NULL, "NATO leaders met - briefly.", &r), "NATO leaders met - briefly.");
    STR_EQ(S_clean(c, NULL, NULL, "The talks: a summary.", &r), "The talks: a summary.");
    STR_EQ(r.date, "");
    dyad_cleaner_free(c);

    char d[11];
    INT_EQ(dyad_date_parse("2024-05-20T22:46:00Z", 20, 0, d), 10);
    STR_EQ(d, "2024-05-20");
    INT_EQ(dyad_date_parse("20240520", 8, 0, d), 8);
    STR_EQ(d, "2024-05-20");
    INT_EQ(dyad_date_parse("Monday, 20 May 2024 - 22:46", 27, 0, d), 19);
    STR_EQ(d, "2024-05-20");
    INT_EQ(dyad_date_parse("Sept. 3rd, 2021", 15, 0, d), 15);
    STR_EQ(d, "2021-09-03");
    INT_EQ(dyad_date_parse("Aug. 6", 6, 0, d), 0);
    STR_EQ(d, "");
    INT_EQ(dyad_date_parse("Aug. 6", 6, 1999, d), 6);
    STR_EQ(d, "1999-08-06");
    INT_EQ(dyad_date_parse("2024-02-30", 10, 0, d), 0);
    INT_EQ(dyad_date_parse("Mayor Smith", 11, 2020, d), 0);
    INT_EQ(dyad_date_parse("2024-", 5, 0, d), 0);
}

/* A headline line opening a text without a title is not story text. A line with
 * sentence punctuation, the only paragraph, or a text with a title of its own keeps its
 * first line. */
static void test_headline(void)
{
    dyad_cleaned r;
    dyad_cleaner *c = dyad_cleaner_new(NULL);
    STR_EQ(S_clean(c, NULL, NULL,
                   "Russian drones hit Odesa port as Kyiv prepares talks\n\nRussia attacked "
                   "Odesa.", &r),
           "Russia attacked Odesa.");
    INT_EQ(r.ndropped, 1);
    STR_EQ(S_clean(c, NULL, NULL, "Will Canada hit back? What tariffs mean for Ottawa\n\n"
                                  "Trump imposed tariffs.", &r),
           "Trump imposed tariffs.");
    STR_EQ(S_clean(c, NULL, NULL, "Russia attacked Odesa overnight.\n\nFour were hurt.", &r),
           "Russia attacked Odesa overnight.\n\nFour were hurt.");
    STR_EQ(S_clean(c, NULL, NULL, "Russian drones hit Odesa port overnight", &r),
           "Russian drones hit Odesa port overnight");
    STR_EQ(S_clean(c, "Drones hit Odesa", NULL,
                   "Russian drones hit the port of Odesa\n\nFour were hurt.", &r),
           "Russian drones hit the port of Odesa\n\nFour were hurt.");
    dyad_cleaner_free(c);
}

static void test_wrapped(void)
{
    char *text = NULL;
    size_t n;
    INT_EQ(dyad_read_file(FIX "wrapped.txt", &text, &n), DYAD_OK);
    if (!text)
        return;
    dyad_cleaner *c = dyad_cleaner_new(NULL);
    STR_EQ(S_clean(c, NULL, NULL, text, NULL),
           "Showers continued throughout the week in the Bahia cocoa zone, alleviating the "
           "drought since early January, Comissaria Smith said.\n\n"
           "The dry period means the temporao will be late this year.");
    /* list items stay separate units even in wrapped text */
    STR_EQ(S_clean(c, NULL, NULL,
                   "The plan has three\nparts, officials said:\n- more grain\n- fewer "
                   "checks\n- new ports",
                   NULL),
           "The plan has three parts, officials said:\n\n- more grain\n\n- fewer checks\n\n"
           "- new ports");
    dyad_cleaner_free(c);
    free(text);
}

int main(void)
{
    test_noisy_file();
    test_html_page();
    test_boilerplate_kinds();
    test_repeats();
    test_normalise();
    test_space_repair();
    test_dates();
    test_headline();
    test_wrapped();
    dyad_cleaner_free(NULL);
    return T_done();
}

/* test_export.c — event records in every output format, checked by parsing them back:
 * JSON lines, CSV (RFC 4180 quoting), Phoenix TSV, GDELT event and mention tables. */
#include <cJSON.h>
#include "harness.h"
#include "dyad_export.h"

static char *S_record(dyad_format fmt, const dyad_record *r, int header)
{
    char *out = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&out, &n);
    if (header)
        OK(dyad_event_write_header(f, fmt) == DYAD_OK);
    OK(dyad_record_write(f, fmt, r) == DYAD_OK);
    fclose(f);
    return out;
}

/* Split one line at sep (no quoting) into at most 64 fields; returns the count. */
static int S_split(char *line, char sep, char **field)
{
    int n = 0;
    char *p = line;
    field[n++] = p;
    for (; *p && *p != '\n' && n < 64; p++)
        if (*p == sep) {
            *p = '\0';
            field[n++] = p + 1;
        }
    *p = '\0';
    return n;
}

/* Parse one RFC 4180 record starting at *pp into fields (unquoted, in buf). */
static int S_csv_record(const char **pp, char *buf, char **field)
{
    const char *p = *pp;
    int n = 0;
    char *o = buf;
    for (;;) {
        field[n++] = o;
        if (*p == '"') {
            for (p++; *p && !(p[0] == '"' && p[1] != '"'); p++) {
                if (p[0] == '"')
                    p++;
                *o++ = *p;
            }
            p++;
        } else {
            while (*p && *p != ',' && *p != '\r')
                *o++ = *p++;
        }
        *o++ = '\0';
        if (*p == ',') {
            p++;
            continue;
        }
        break;
    }
    if (p[0] == '\r' && p[1] == '\n')
        p += 2;
    *pp = p;
    return n;
}

/* A header line and one record, each split at tabs into fields ("" past the last). */
static void S_header_row(char *line, char **h, char **f, int n)
{
    for (int i = 0; i < 64; i++)
        h[i] = f[i] = "";
    char *nl = strchr(line, '\n');
    OK(nl != NULL);
    if (!nl)
        return;
    INT_EQ(S_split(line, '\t', h), n);
    INT_EQ(S_split(nl + 1, '\t', f), n);
}

/* Expected fields of a record: column and text. */
typedef struct S_col {
    int col;
    const char *text;
} S_col;

static void S_cols(const char *what, char *const *f, const S_col *want, size_t n)
{
    for (size_t i = 0; i < n; i++)
        T_REPORT(!strcmp(f[want[i].col], want[i].text), "%s column %d: \"%s\", want \"%s\"",
                 what, want[i].col, f[want[i].col], want[i].text);
}
#define S_COLS(what, f, ...)                                                    \
    do {                                                                        \
        const S_col want_[] = {__VA_ARGS__};                                    \
        S_cols(what, f, want_, sizeof want_ / sizeof *want_);                   \
    } while (0)

/* Expected string members of a JSON object. */
typedef struct S_key {
    const char *key, *text;
} S_key;

static void S_keys(const cJSON *j, const S_key *want, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        const char *got = cJSON_GetStringValue(cJSON_GetObjectItem(j, want[i].key));
        T_REPORT(got && !strcmp(got, want[i].text), "\"%s\": \"%s\", want \"%s\"",
                 want[i].key, got ? got : "(none)", want[i].text);
    }
}
#define S_KEYS(j, ...)                                                          \
    do {                                                                        \
        const S_key want_[] = {__VA_ARGS__};                                    \
        S_keys(j, want_, sizeof want_ / sizeof *want_);                         \
    } while (0)

static char *S_write(const dyad_event *ev)
{
    char *out = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&out, &n);
    OK(dyad_event_write(f, DYAD_FMT_JSONL, ev) == DYAD_OK);
    fclose(f);
    return out;
}

int main(void)
{
    dyad_event ev = {0};
    ev.doc = "a17";
    ev.sent = 3;
    ev.text = "Canada imposed sanctions on \"five\" Russian arms makers.";
    strcpy(ev.source, "CAN");
    strcpy(ev.target, "RUSBUS");
    strcpy(ev.code, "163");
    ev.quad = 4;
    ev.goldstein = -8.0;
    strcpy(ev.date, "2015-06-08");
    strcpy(ev.article_date, "2015-06-09");
    ev.date_basis = DYAD_DATE_RELATIVE;
    ev.modality = DYAD_MOD_PLANNED;
    ev.source_span = (dyad_span){0, 6};
    ev.verb_span = (dyad_span){7, 7};
    ev.target_span = (dyad_span){200, 5}; /* out of range: must come out empty */

    char *line = S_write(&ev);
    OK(line[strlen(line) - 1] == '\n' && strchr(line, '\n') == line + strlen(line) - 1);
    cJSON *j = cJSON_Parse(line);
    OK(j != NULL);
    S_KEYS(j, {"doc", "a17"}, {"text", ev.text}, {"root", "16"}, {"date_basis", "relative"},
           {"modality", "planned"}, {"source_text", "Canada"}, {"verb_text", "imposed"},
           {"target_text", ""});
    INT_EQ(cJSON_GetObjectItem(j, "sent")->valueint, 3);
    INT_EQ(cJSON_GetObjectItem(j, "quad")->valueint, 4);
    OK(cJSON_GetObjectItem(j, "goldstein")->valuedouble == -8.0);
    OK(cJSON_GetObjectItem(j, "context") == NULL); /* only for a party from context */
    cJSON_Delete(j);
    free(line);
    /* a target the sentence left out and the article's context gave, and a source */
    for (int side = 1; side <= 2; side++) {
        dyad_event cx = ev;
        cx.context = side;
        line = S_write(&cx);
        j = cJSON_Parse(line);
        OK(j != NULL);
        S_KEYS(j, {"context", side == 1 ? "target" : "source"});
        cJSON_Delete(j);
        free(line);
    }
    INT_EQ(dyad_format_from_name("jsonl"), DYAD_FMT_JSONL);
    INT_EQ(dyad_format_from_name("csv"), DYAD_FMT_CSV);
    INT_EQ(dyad_format_from_name("table"), DYAD_FMT_TABLE);
    INT_EQ(dyad_format_from_name("phoenix"), DYAD_FMT_PHOENIX);
    INT_EQ(dyad_format_from_name("gdelt-events"), DYAD_FMT_GDELT_EVENTS);
    INT_EQ(dyad_format_from_name("gdelt-mentions"), DYAD_FMT_GDELT_MENTIONS);
    INT_EQ(dyad_format_from_name("xml"), -1);

    /* a merged-event record: extra JSON keys appear only when set */
    dyad_record r;
    memset(&r, 0, sizeof r);
    r.ev = ev;
    r.ev.text = "Washington, in \"talks\"\twith\nthe UN, imposed sanctions.";
    strcpy(r.ev.source, "USAGOV");
    strcpy(r.ev.target, "IGOUNOKID");
    r.ev.source_span = (dyad_span){0, 10};
    r.ev.target_span = (dyad_span){0, 0};
    r.ev.verb_span = (dyad_span){36, 7};
    r.ev.sent_off = 100;
    r.event_id = 42;
    r.num_mentions = 7;
    r.num_sources = 4;
    r.num_articles = 2;
    r.url = "https://example.org/a17";
    r.outlet = "wire";
    r.doc_len = 900;
    line = S_record(DYAD_FMT_JSONL, &r, 0);
    j = cJSON_Parse(line);
    OK(j != NULL);
    INT_EQ(cJSON_GetObjectItem(j, "event_id")->valueint, 42);
    INT_EQ(cJSON_GetObjectItem(j, "num_articles")->valueint, 2);
    S_KEYS(j, {"outlet", "wire"});
    OK(cJSON_GetObjectItem(j, "dup_of") == NULL);
    OK(cJSON_GetObjectItem(j, "mention_id") == NULL);
    cJSON_Delete(j);
    free(line);

    /* CSV: header and record have the same columns; quotes, commas, line breaks survive */
    char buf[2048], hbuf[2048], *f[64], *h[64];
    line = S_record(DYAD_FMT_CSV, &r, 1);
    const char *p = line;
    int nh = S_csv_record(&p, hbuf, h), nf = S_csv_record(&p, buf, f);
    INT_EQ(nh, 25);
    INT_EQ(nf, nh);
    OK(*p == '\0');
    S_COLS("CSV header", h, {0, "event_id"}, {20, "text"}, {24, "context"});
    /* no mention id (1); the text's embedded quote, comma, tab and newline intact (20);
     * both parties named in the sentence (24) */
    S_COLS("CSV", f, {0, "42"}, {1, ""}, {5, "USAGOV"}, {14, "7"}, {20, r.ev.text},
           {17, "Washington"}, {18, ""}, {24, ""});
    free(line);
    r.ev.context = 1;
    line = S_record(DYAD_FMT_CSV, &r, 0);
    p = line;
    OK(S_csv_record(&p, buf, f) == 25 && !strcmp(f[24], "target"));
    r.ev.context = 0;
    free(line);

    /* Phoenix: 26 columns in the data set's order, actor codes split */
    line = S_record(DYAD_FMT_PHOENIX, &r, 1);
    OK(strchr(line, '\n') == line + strlen(line) - 1); /* no header, one line */
    INT_EQ(S_split(line, '\t', f), 26);
    S_COLS("Phoenix", f, {0, "42"}, {1, "20150608"}, {2, "2015"}, {3, "06"}, {4, "08"},
           {5, "USAGOV"}, {6, "USA"}, {7, "GOV"}, {8, ""}, {9, "IGOUNOKID"}, {10, "IGO"},
           {11, ""}, {12, "UNO;KID"}, {13, "163"}, {14, "16"}, {15, "4"}, {16, "-8.0"},
           {23, "a17_3"}, {24, "https://example.org/a17"}, {25, "wire"});
    free(line);

    /* GDELT events: header names, same column count, country/group/type split */
    line = S_record(DYAD_FMT_GDELT_EVENTS, &r, 1);
    S_header_row(line, h, f, 23);
    S_COLS("GDELT events header", h, {0, "GlobalEventID"}, {21, "NumArticles"});
    /* 4: day 159 of 365; 10, 11: an IGO has no country but a known group; 13: not in
     * the lead sentence */
    S_COLS("GDELT events", f, {1, "20150608"}, {2, "201506"}, {3, "2015"}, {4, "2015.4356"},
           {6, "USA"}, {8, "GOV"}, {10, ""}, {11, "UNO"}, {13, "0"}, {15, "163"}, {16, "16"},
           {19, "7"}, {20, "4"}, {21, "2"}, {22, "https://example.org/a17"});
    free(line);

    /* GDELT mentions: offsets are in the article (sentence offset + span), -1 if none */
    r.mention_id = 9;
    line = S_record(DYAD_FMT_GDELT_MENTIONS, &r, 1);
    S_header_row(line, h, f, 13);
    S_COLS("GDELT mentions header", h, {6, "SentenceID"});
    /* 6: the sentence, 1-based */
    S_COLS("GDELT mentions", f, {0, "42"}, {1, "20150608000000"}, {2, "20150609000000"},
           {4, "wire"}, {6, "4"}, {7, "100"}, {8, "-1"}, {9, "136"}, {12, "900"});
    free(line);

    /* table: header and a single line even though the sentence has a line break */
    line = S_record(DYAD_FMT_TABLE, &r, 1);
    char *nl = strchr(line, '\n');
    OK(nl && strchr(nl + 1, '\n') == line + strlen(line) - 1);
    OK(strstr(line, "USAGOV") && strstr(line, "a17:3"));
    free(line);
    return T_done();
}

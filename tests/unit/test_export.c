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
    STR_EQ(cJSON_GetObjectItem(j, "doc")->valuestring, "a17");
    INT_EQ(cJSON_GetObjectItem(j, "sent")->valueint, 3);
    STR_EQ(cJSON_GetObjectItem(j, "text")->valuestring, ev.text);
    STR_EQ(cJSON_GetObjectItem(j, "root")->valuestring, "16");
    INT_EQ(cJSON_GetObjectItem(j, "quad")->valueint, 4);
    OK(cJSON_GetObjectItem(j, "goldstein")->valuedouble == -8.0);
    STR_EQ(cJSON_GetObjectItem(j, "date_basis")->valuestring, "relative");
    STR_EQ(cJSON_GetObjectItem(j, "modality")->valuestring, "planned");
    STR_EQ(cJSON_GetObjectItem(j, "source_text")->valuestring, "Canada");
    STR_EQ(cJSON_GetObjectItem(j, "verb_text")->valuestring, "imposed");
    STR_EQ(cJSON_GetObjectItem(j, "target_text")->valuestring, "");
    cJSON_Delete(j);
    free(line);
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
    STR_EQ(cJSON_GetObjectItem(j, "outlet")->valuestring, "wire");
    OK(cJSON_GetObjectItem(j, "dup_of") == NULL);
    OK(cJSON_GetObjectItem(j, "mention_id") == NULL);
    cJSON_Delete(j);
    free(line);

    /* CSV: header and record have the same columns; quotes, commas, line breaks survive */
    char buf[2048], hbuf[2048], *f[64], *h[64];
    line = S_record(DYAD_FMT_CSV, &r, 1);
    const char *p = line;
    int nh = S_csv_record(&p, hbuf, h), nf = S_csv_record(&p, buf, f);
    INT_EQ(nh, 24);
    INT_EQ(nf, nh);
    OK(*p == '\0');
    STR_EQ(h[0], "event_id");
    STR_EQ(f[0], "42");
    STR_EQ(f[1], "");           /* no mention id */
    STR_EQ(f[5], "USAGOV");
    STR_EQ(f[14], "7");
    STR_EQ(h[20], "text");
    STR_EQ(f[20], r.ev.text);   /* embedded quote, comma, tab and newline intact */
    STR_EQ(f[17], "Washington");
    STR_EQ(f[18], "");
    free(line);

    /* Phoenix: 26 columns in the data set's order, actor codes split */
    line = S_record(DYAD_FMT_PHOENIX, &r, 1);
    OK(strchr(line, '\n') == line + strlen(line) - 1); /* no header, one line */
    INT_EQ(S_split(line, '\t', f), 26);
    STR_EQ(f[0], "42");
    STR_EQ(f[1], "20150608");
    STR_EQ(f[2], "2015");
    STR_EQ(f[3], "06");
    STR_EQ(f[4], "08");
    STR_EQ(f[5], "USAGOV");
    STR_EQ(f[6], "USA");
    STR_EQ(f[7], "GOV");
    STR_EQ(f[8], "");
    STR_EQ(f[9], "IGOUNOKID");
    STR_EQ(f[10], "IGO");
    STR_EQ(f[11], "");
    STR_EQ(f[12], "UNO;KID");
    STR_EQ(f[13], "163");
    STR_EQ(f[14], "16");
    STR_EQ(f[15], "4");
    STR_EQ(f[16], "-8.0");
    STR_EQ(f[23], "a17_3");
    STR_EQ(f[24], "https://example.org/a17");
    STR_EQ(f[25], "wire");
    free(line);

    /* GDELT events: header names, same column count, country/group/type split */
    line = S_record(DYAD_FMT_GDELT_EVENTS, &r, 1);
    char *nl = strchr(line, '\n');
    OK(nl != NULL);
    INT_EQ(S_split(line, '\t', h), 23);
    INT_EQ(S_split(nl + 1, '\t', f), 23);
    STR_EQ(h[0], "GlobalEventID");
    STR_EQ(h[21], "NumArticles");
    STR_EQ(f[1], "20150608");
    STR_EQ(f[2], "201506");
    STR_EQ(f[3], "2015");
    STR_EQ(f[4], "2015.4356");   /* day 159 of 365 */
    STR_EQ(f[6], "USA");
    STR_EQ(f[8], "GOV");
    STR_EQ(f[10], "");           /* IGO: no country ... */
    STR_EQ(f[11], "UNO");        /* ... but a known group */
    STR_EQ(f[13], "0");          /* not in the lead sentence */
    STR_EQ(f[15], "163");
    STR_EQ(f[16], "16");
    STR_EQ(f[19], "7");
    STR_EQ(f[20], "4");
    STR_EQ(f[21], "2");
    STR_EQ(f[22], "https://example.org/a17");
    free(line);

    /* GDELT mentions: offsets are in the article (sentence offset + span), -1 if none */
    r.mention_id = 9;
    line = S_record(DYAD_FMT_GDELT_MENTIONS, &r, 1);
    nl = strchr(line, '\n');
    INT_EQ(S_split(line, '\t', h), 13);
    INT_EQ(S_split(nl + 1, '\t', f), 13);
    STR_EQ(h[6], "SentenceID");
    STR_EQ(f[0], "42");
    STR_EQ(f[1], "20150608000000");
    STR_EQ(f[2], "20150609000000");
    STR_EQ(f[4], "wire");
    STR_EQ(f[6], "4");            /* 1-based */
    STR_EQ(f[7], "100");
    STR_EQ(f[8], "-1");
    STR_EQ(f[9], "136");
    STR_EQ(f[12], "900");
    free(line);

    /* table: header and a single line even though the sentence has a line break */
    line = S_record(DYAD_FMT_TABLE, &r, 1);
    nl = strchr(line, '\n');
    OK(nl && strchr(nl + 1, '\n') == line + strlen(line) - 1);
    OK(strstr(line, "USAGOV") && strstr(line, "a17:3"));
    free(line);
    return T_done();
}

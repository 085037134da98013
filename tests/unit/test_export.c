/* test_export.c — event records as JSON lines, checked by parsing them back. */
#include <cJSON.h>
#include "harness.h"
#include "dyad_export.h"

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
    INT_EQ(dyad_format_from_name("xml"), -1);
    return T_done();
}

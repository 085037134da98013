/* test_precoded.c — the pre-coded article format (dyad_store.h): what
 * dyad_precoded_write writes, dyad_precoded_parse reads back to the same article,
 * cleaned text, sentence spans and mention spans, even where a search would place them
 * elsewhere (repeated sentences and words); records without spans are still placed by
 * searching; hostile sentence spans and offsets are refused with a diagnostic. */
#include "harness.h"
#include "dyad_store.h"

/* Sentence 2 repeats sentence 0; in each, "Russia" occurs twice. */
static const char S_text[] = "Russia said Russia would talk. Quiet day. Russia said Russia would talk.";
static const dyad_span S_sents[] = {{0, 30}, {31, 10}, {42, 30}};

static void S_event(dyad_event *e, int sent, uint32_t src_off, const char *code)
{
    memset(e, 0, sizeof *e);
    e->doc = "a1";
    e->sent = sent;
    e->text = sent == 1 ? "Quiet day." : "Russia said Russia would talk.";
    e->sent_off = S_sents[sent].off;
    snprintf(e->source, sizeof e->source, "RUS");
    snprintf(e->target, sizeof e->target, "UKR");
    snprintf(e->code, sizeof e->code, "%s", code);
    e->quad = 1;
    e->goldstein = 1.9;
    snprintf(e->date, sizeof e->date, "2024-03");
    snprintf(e->article_date, sizeof e->article_date, "2024-03-04");
    e->date_basis = DYAD_DATE_EXPLICIT;
    e->modality = DYAD_MOD_PLANNED;
    e->source_span = (dyad_span){src_off, 6};
    e->verb_span = (dyad_span){7, 4};
}

static char *S_write(const dyad_article *a, const dyad_coded_article *c)
{
    char *out = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&out, &n);
    INT_EQ(dyad_precoded_write(f, a, c), DYAD_OK);
    fclose(f);
    return out;
}

/* Remove every key of line, with its value made of the characters in value. */
static void S_drop(char *line, const char *key, const char *value)
{
    for (char *s; (s = strstr(line, key));) {
        const char *e = s + strlen(key) + strspn(s + strlen(key), value);
        memmove(s, e, strlen(e) + 1);
    }
}

static int S_span_eq(dyad_span x, dyad_span y)
{
    return x.off == y.off && x.len == y.len;
}

static void test_round_trip(void)
{
    dyad_article a = {"a1", "2024-03-04", "Talks \"soon\"", S_text, sizeof S_text - 1,
                      "https://x.example/1", "x.example", NULL, 0};
    dyad_event ev[2];
    S_event(&ev[0], 0, 0, "036");
    S_event(&ev[1], 2, 12, "0311"); /* the second "Russia" of the repeated sentence */
    dyad_coded_article c = {S_text, sizeof S_text - 1, S_sents, 3, ev, 2};
    char *line = S_write(&a, &c);
    OK(line && strchr(line, '\n') == line + strlen(line) - 1); /* one line */

    /* each event is its JSON-lines record, keys beyond it added at the end */
    for (int i = 0; i < 2; i++) {
        char *rec = NULL;
        size_t n = 0;
        FILE *f = open_memstream(&rec, &n);
        dyad_event_write(f, DYAD_FMT_JSONL, &ev[i]);
        fclose(f);
        rec[n - 2] = '\0'; /* without "}\n" */
        OK(strstr(line, rec) != NULL);
        free(rec);
    }

    dyad_precoded *p = dyad_precoded_new();
    dyad_article b;
    dyad_diag diag = {0};
    INT_EQ(dyad_precoded_parse(p, line, strlen(line), "t", 1, &b, &diag), DYAD_OK);
    INT_EQ(diag.nwarn + diag.nerror, 0);
    STR_EQ(b.id, "a1");
    STR_EQ(b.date, "2024-03-04");
    STR_EQ(b.title, "Talks \"soon\"");
    STR_EQ(b.url, "https://x.example/1");
    STR_EQ(b.source, "x.example");
    dyad_coded_article d;
    INT_EQ(dyad_precoded_code(p, &b, &d), DYAD_OK);
    OK(d.clean_len == sizeof S_text - 1 && !memcmp(d.clean_text, S_text, d.clean_len));
    INT_EQ(d.nsent, 3);
    for (size_t i = 0; i < 3 && d.nsent == 3; i++)
        OK(S_span_eq(d.sents[i], S_sents[i]));
    INT_EQ(d.nevents, 2);
    for (size_t i = 0; i < 2 && d.nevents == 2; i++) {
        const dyad_event *x = &d.events[i], *y = &ev[i];
        INT_EQ(x->sent, y->sent);
        INT_EQ(x->sent_off, y->sent_off);
        STR_EQ(x->text, y->text);
        STR_EQ(x->code, y->code);
        STR_EQ(x->date, y->date);
        STR_EQ(x->article_date, y->article_date);
        OK(x->goldstein == y->goldstein && x->quad == y->quad);
        OK(x->modality == y->modality && x->date_basis == y->date_basis);
        OK(S_span_eq(x->source_span, y->source_span));
        OK(S_span_eq(x->target_span, y->target_span));
        OK(S_span_eq(x->verb_span, y->verb_span));
    }
    /* writing what was read gives the same line */
    char *again = S_write(&b, &d);
    STR_EQ(again, line);
    free(again);

    /* the same records without "sents" and offsets are placed by searching: the
     * repeated sentence after the first, the words at their first occurrence, and
     * only sentences with events are known */
    char *bare = strdup(line);
    S_drop(bare, "\"sents\":", "[],0123456789"); /* and the comma after it */
    S_drop(bare, ",\"source_off\":", "0123456789");
    S_drop(bare, ",\"verb_off\":", "0123456789");
    OK(!strstr(bare, "sents") && !strstr(bare, "_off"));
    INT_EQ(dyad_precoded_parse(p, bare, strlen(bare), "t", 2, &b, &diag), DYAD_OK);
    INT_EQ(dyad_precoded_code(p, &b, &d), DYAD_OK);
    INT_EQ(d.nsent, 3);
    if (d.nsent == 3 && d.nevents == 2) {
        OK(S_span_eq(d.sents[0], S_sents[0]) && S_span_eq(d.sents[2], S_sents[2]));
        INT_EQ(d.sents[1].len, 0);
        INT_EQ(d.events[1].sent_off, 42);
        INT_EQ(d.events[1].source_span.off, 0); /* not 12: why the offsets are written */
    }
    free(bare);
    dyad_precoded_free(p);
    free(line);
}

/* Lines that must be refused, each with a diagnostic; a good line after each. */
static void test_hostile(void)
{
    static const char *const bad[] = {
        "{\"id\":\"h\",\"text\":\"A met B.\",\"sents\":5}",
        "{\"id\":\"h\",\"text\":\"A met B.\",\"sents\":[[0]]}",
        "{\"id\":\"h\",\"text\":\"A met B.\",\"sents\":[[0,8,1]]}",
        "{\"id\":\"h\",\"text\":\"A met B.\",\"sents\":[[0,9]]}",
        "{\"id\":\"h\",\"text\":\"A met B.\",\"sents\":[[4,5]]}",
        "{\"id\":\"h\",\"text\":\"A met B.\",\"sents\":[[-1,3]]}",
        "{\"id\":\"h\",\"text\":\"A met B.\",\"sents\":[[0.5,3]]}",
        "{\"id\":\"h\",\"text\":\"A met B.\",\"sents\":[[1e300,1]]}",
        "{\"id\":\"h\",\"text\":\"A met B.\",\"sents\":[[\"0\",\"8\"]]}",
        "{\"id\":\"h\",\"text\":\"A met B.\",\"sents\":[{}]}",
        /* events against given sentences */
        "{\"id\":\"h\",\"text\":\"A met B.\",\"sents\":[[0,8]],\"events\":[{\"sent\":1,"
        "\"text\":\"A met B.\",\"code\":\"040\",\"quad\":1}]}",
        "{\"id\":\"h\",\"text\":\"A met B.\",\"sents\":[[0,8]],\"events\":[{\"sent\":0,"
        "\"text\":\"A met\",\"code\":\"040\",\"quad\":1}]}",
        "{\"id\":\"h\",\"text\":\"A met B.\",\"sents\":[[0,0]],\"events\":[{\"sent\":0,"
        "\"text\":\"A met B.\",\"code\":\"040\",\"quad\":1}]}",
        "{\"id\":\"h\",\"text\":\"A met B.\",\"sents\":[],\"events\":[{\"sent\":0,"
        "\"text\":\"A met B.\",\"code\":\"040\",\"quad\":1}]}",
        /* span offsets */
        "{\"id\":\"h\",\"text\":\"A met B.\",\"events\":[{\"sent\":0,\"text\":\"A met B.\","
        "\"code\":\"040\",\"quad\":1,\"verb_text\":\"met\",\"verb_off\":1}]}",
        "{\"id\":\"h\",\"text\":\"A met B.\",\"events\":[{\"sent\":0,\"text\":\"A met B.\","
        "\"code\":\"040\",\"quad\":1,\"verb_text\":\"met\",\"verb_off\":-2}]}",
        "{\"id\":\"h\",\"text\":\"A met B.\",\"events\":[{\"sent\":0,\"text\":\"A met B.\","
        "\"code\":\"040\",\"quad\":1,\"verb_text\":\"met\",\"verb_off\":7}]}",
        "{\"id\":\"h\",\"text\":\"A met B.\",\"events\":[{\"sent\":0,\"text\":\"A met B.\","
        "\"code\":\"040\",\"quad\":1,\"verb_text\":\"met\",\"verb_off\":4294967298}]}",
        "{\"id\":\"h\",\"text\":\"A met B.\",\"events\":[{\"sent\":0,\"text\":\"A met B.\","
        "\"code\":\"040\",\"quad\":1,\"verb_text\":\"met\",\"verb_off\":\"2\"}]}",
        "{\"id\":\"h\",\"text\":\"A met B.\",\"events\":[{\"sent\":0,\"text\":\"A met B.\","
        "\"code\":\"040\",\"quad\":1,\"source_off\":0}]}",
    };
    static const char good[] =
        "{\"id\":\"g\",\"text\":\"A met B.\",\"sents\":[[0,8]],\"events\":[{\"sent\":0,"
        "\"text\":\"A met B.\",\"code\":\"040\",\"quad\":1,\"verb_text\":\"met\","
        "\"verb_off\":2}]}";
    dyad_precoded *p = dyad_precoded_new();
    dyad_article a;
    dyad_coded_article c;
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        dyad_diag diag = {0};
        dyad_status st = dyad_precoded_parse(p, bad[i], strlen(bad[i]), "t", (long)i, &a, &diag);
        T_REPORT(st == DYAD_ESYNTAX && diag.nwarn == 1, "line %zu: status %d, %ld warnings",
                 i, (int)st, diag.nwarn);
        INT_EQ(dyad_precoded_code(p, &a, &c), DYAD_EINVAL);
        INT_EQ(dyad_precoded_parse(p, good, strlen(good), "t", 99, &a, &diag), DYAD_OK);
        INT_EQ(dyad_precoded_code(p, &a, &c), DYAD_OK);
        OK(c.nevents == 1 && c.events[0].verb_span.off == 2 && c.events[0].verb_span.len == 3);
    }
    dyad_precoded_free(p);
}

int main(void)
{
    test_round_trip();
    test_hostile();
    return T_done();
}

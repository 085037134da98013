/* test_date.c — event dates, driven by tests/fixtures/resolve/dates.txt (one case a line:
 * article date, expected date, expected basis, then the tagged sentence with the verb in
 * brackets; "-" stands for an unknown/empty date), plus the historical-date helper,
 * source/target spans and API edge cases. */
#include "harness.h"
#include "resolve_fixture.h"
#include "resolve/resolve.h"

#define FIXTURE "tests/fixtures/resolve/dates.txt"

static const char *S_dash(const char *f)
{
    return strcmp(f, "-") == 0 ? "" : f;
}

static int S_check(const rf_case *c, const char *path)
{
    char out[11];
    dyad_date_basis basis;
    dyad_status st = dyad_event_date(&c->s, &c->ev, S_dash(c->field[0]), out, &basis);
    const char *bn = dyad_date_basis_name(basis);
    int ok = st == DYAD_OK && strcmp(out, S_dash(c->field[1])) == 0 &&
             strcmp(bn, c->field[2]) == 0;
    T_REPORT(ok, "%s:%ld: got %s %s, want %s %s: %s", path, c->line, out[0] ? out : "-", bn,
             c->field[1], c->field[2], c->text);
    return ok;
}

static void S_historical(void)
{
    OK(dyad_date_is_historical("2018", "2019-03-01", 30));
    OK(!dyad_date_is_historical("2018", "2019-01-15", 30));
    OK(dyad_date_is_historical("2018-12", "2019-02-01", 30));
    OK(!dyad_date_is_historical("2018-12", "2019-01-20", 30));
    OK(dyad_date_is_historical("2024-01-01", "2024-02-01", 30));  /* 31 days */
    OK(!dyad_date_is_historical("2024-01-02", "2024-02-01", 30)); /* 30 days */
    OK(dyad_date_is_historical("2024-03-01", "2024-03-02", 0));
    OK(!dyad_date_is_historical("2025-01-01", "2024-02-01", 30)); /* future */
    OK(!dyad_date_is_historical("", "2024-02-01", 30));
    OK(!dyad_date_is_historical("2018", "", 30));
    OK(!dyad_date_is_historical(NULL, "2024-02-01", 30));
    OK(!dyad_date_is_historical("2018-02-30", "2024-02-01", 30)); /* malformed */
    OK(!dyad_date_is_historical("2018", "2024-02", 30));          /* article needs a day */
    OK(dyad_date_is_historical("2016-02-29", "20240201", 30));
}

static void S_api(void)
{
    static rf_case c;
    char err[64], out[11];
    dyad_date_basis basis;
    INT_EQ(rf_parse("x Trump/NNP [praised/VBD] the/DT 2018/CD summit/NN at/IN the/DT 2018/CD "
                    "Helsinki/NNP meeting/NN ./.", 1, &c, err, sizeof err), 1);
    INT_EQ(dyad_event_date(&c.s, &c.ev, "2024-03-13", out, &basis), DYAD_OK);
    STR_EQ(out, "2018");
    INT_EQ(basis, DYAD_DATE_EXPLICIT);
    /* the same words inside the target span describe the target, not the event */
    c.ev.tgt_tok = 5;
    c.ev.tgt_ntok = 5;
    INT_EQ(dyad_event_date(&c.s, &c.ev, "2024-03-13", out, &basis), DYAD_OK);
    STR_EQ(out, "2024-03-13");
    INT_EQ(basis, DYAD_DATE_ARTICLE);
    c.ev.tgt_ntok = 0;
    /* a day phrase that ends the actor words is the event's time the parser hung on the
     * noun; a year there still describes the actor */
    INT_EQ(rf_parse("x Azerbaijani/JJ forces/NNS [shelled/VBD] towns/NNS inside/IN Armenia/NNP "
                    "on/IN Tuesday/NNP ./.", 1, &c, err, sizeof err), 1);
    c.ev.tgt_tok = 3;
    c.ev.tgt_ntok = 5;
    INT_EQ(dyad_event_date(&c.s, &c.ev, "2022-09-14", out, &basis), DYAD_OK);
    STR_EQ(out, "2022-09-13");
    INT_EQ(rf_parse("x The/DT Council/NNP on/IN Monday/NNP [demanded/VBD] a/DT ceasefire/NN ./.",
                    1, &c, err, sizeof err), 1);
    c.ev.src_tok = 0;
    c.ev.src_ntok = 4;
    INT_EQ(dyad_event_date(&c.s, &c.ev, "2024-03-26", out, &basis), DYAD_OK);
    STR_EQ(out, "2024-03-25");
    INT_EQ(rf_parse("x Iran/NNP [attacked/VBD] the/DT bases/NNS of/IN 2018/CD ./.", 1, &c, err,
                    sizeof err), 1);
    c.ev.tgt_tok = 2;
    c.ev.tgt_ntok = 4;
    INT_EQ(dyad_event_date(&c.s, &c.ev, "2024-03-26", out, &basis), DYAD_OK);
    STR_EQ(out, "2024-03-26");
    /* a bare weekday after a noun, a time that opens the subject before a comma: where the
     * parser hung the event's time */
    INT_EQ(rf_parse("x Britain/NNP [called/VBD] a/DT meeting/NN Wednesday/NNP of/IN the/DT "
                    "Security/NNP Council/NNP ./.", 1, &c, err, sizeof err), 1);
    c.ev.src_ntok = 0;
    c.ev.tgt_tok = 4;
    c.ev.tgt_ntok = 5;
    INT_EQ(dyad_event_date(&c.s, &c.ev, "2025-03-13", out, &basis), DYAD_OK);
    STR_EQ(out, "2025-03-12");
    INT_EQ(rf_parse("x Last/JJ week/NN ,/, Cameroon/NNP [met/VBD] Chad/NNP ./.", 1, &c, err,
                    sizeof err), 1);
    c.ev.src_tok = 0;
    c.ev.src_ntok = 4;
    c.ev.tgt_tok = 5;
    c.ev.tgt_ntok = 1;
    INT_EQ(dyad_event_date(&c.s, &c.ev, "2024-07-05", out, &basis), DYAD_OK);
    STR_EQ(out, "2024-06");
    c.ev.src_ntok = c.ev.tgt_ntok = 0;

    /* invalid arguments */
    INT_EQ(dyad_event_date(NULL, &c.ev, "2024-03-13", out, &basis), DYAD_EINVAL);
    STR_EQ(out, "");
    INT_EQ(dyad_event_date(&c.s, NULL, "2024-03-13", out, &basis), DYAD_EINVAL);
    INT_EQ(dyad_event_date(&c.s, &c.ev, "2024-03-13", NULL, &basis), DYAD_EINVAL);
    INT_EQ(dyad_event_date(&c.s, &c.ev, "2024-03-13", out, NULL), DYAD_EINVAL);
    dyad_event_toks bad = {.verb = 99};
    INT_EQ(dyad_event_date(&c.s, &bad, "2024-03-13", out, &basis), DYAD_EINVAL);

    /* malformed article dates are unknown dates */
    static const char *const badart[] = {"2024-13-01", "2024-02-30", "yesterday", "2024-3-1",
                                         "2024-03-13x", "0999-01-01"};
    INT_EQ(rf_parse("x Police/NNS [arrested/VBD] him/PRP on/IN Monday/NNP ./.", 1, &c, err,
                    sizeof err), 1);
    for (size_t i = 0; i < sizeof badart / sizeof *badart; i++) {
        INT_EQ(dyad_event_date(&c.s, &c.ev, badart[i], out, &basis), DYAD_OK);
        STR_EQ(out, "");
    }
    INT_EQ(dyad_event_date(&c.s, &c.ev, "20240313", out, &basis), DYAD_OK);
    STR_EQ(out, "2024-03-11");

    /* the pipeline helper fills modality, date, basis and article date */
    dyad_event ev;
    memset(&ev, 0, sizeof ev);
    INT_EQ(rf_parse("x Russia/NNP will/MD [meet/VB] Ukraine/NNP on/IN Friday/NNP ./.", 1, &c,
                    err, sizeof err), 1);
    INT_EQ(dyad_resolve_event(&c.s, &c.ev, "20240313", &ev), DYAD_OK);
    INT_EQ(ev.modality, DYAD_MOD_PLANNED);
    STR_EQ(ev.date, "2024-03-15");
    INT_EQ(ev.date_basis, DYAD_DATE_RELATIVE);
    STR_EQ(ev.article_date, "2024-03-13");
    INT_EQ(dyad_resolve_event(&c.s, &c.ev, NULL, NULL), DYAD_EINVAL);

    /* a present tense whose own time is after the article's is planned; not a deadline
     * or a term, a day of habit, a time under way or a past tense */
    static const struct {
        const char *tagged;
        dyad_modality mod;
    } present[] = {
        {"x Modi/NNP [visits/VBZ] Moscow/NNP next/JJ week/NN ./.", DYAD_MOD_PLANNED},
        {"x Modi/NNP [leaves/VBZ] for/IN Moscow/NNP on/IN Friday/NNP ./.", DYAD_MOD_PLANNED},
        {"x Talks/NNS [open/VBP] tomorrow/NN ./.", DYAD_MOD_PLANNED},
        {"x Modi/NNP is/VBZ [visiting/VBG] Moscow/NNP next/JJ month/NN ./.", DYAD_MOD_PLANNED},
        {"x Modi/NNP is/VBZ [visiting/VBG] Moscow/NNP this/DT week/NN ./.", DYAD_MOD_ASSERTED},
        {"x Modi/NNP [visits/VBZ] Moscow/NNP later/RB this/DT month/NN ./.", DYAD_MOD_PLANNED},
        {"x Modi/NNP [visits/VBZ] Moscow/NNP earlier/RBR this/DT month/NN ./.",
         DYAD_MOD_ASSERTED},
        {"x Modi/NNP [visits/VBZ] Moscow/NNP later/RB in/IN the/DT week/NN ./.",
         DYAD_MOD_PLANNED},
        {"x Modi/NNP [visited/VBD] Moscow/NNP on/IN Friday/NNP ./.", DYAD_MOD_ASSERTED},
        {"x The/DT law/NN [demands/VBZ] cuts/NNS by/IN 2027/CD ./.", DYAD_MOD_ASSERTED},
        {"x The/DT House/NNP [votes/VBZ] on/IN the/DT bill/NN by/IN late/JJ Friday/NNP ./.",
         DYAD_MOD_ASSERTED},
        {"x The/DT bank/NN rarely/RB [lends/VBZ] on/IN a/DT Saturday/NNP ./.",
         DYAD_MOD_ASSERTED},
    };
    for (size_t i = 0; i < sizeof present / sizeof *present; i++) {
        INT_EQ(rf_parse(present[i].tagged, 1, &c, err, sizeof err), 1);
        INT_EQ(dyad_resolve_event(&c.s, &c.ev, "2024-03-13", &ev), DYAD_OK);
        INT_EQ(ev.modality, present[i].mod);
    }

    /* an event without a verb: the sentence's mood and the article date */
    dyad_event_toks nov = {.verb = -1};
    INT_EQ(dyad_resolve_event(&c.s, &nov, "2024-03-13", &ev), DYAD_OK);
    INT_EQ(ev.modality, DYAD_MOD_ASSERTED);
    STR_EQ(ev.date, "2024-03-13");
    INT_EQ(ev.date_basis, DYAD_DATE_ARTICLE);
    INT_EQ(rf_parse("x Will/MD Russia/NNP [attack/VB] ?/. ''/''", 1, &c, err, sizeof err), 1);
    INT_EQ(dyad_resolve_event(&c.s, &nov, NULL, &ev), DYAD_OK);
    INT_EQ(ev.modality, DYAD_MOD_QUESTION);
    STR_EQ(ev.date, "");
}

int main(void)
{
    OK(dyad_rs_date_table_ok());
    OK(rf_run(FIXTURE, 3, "date", S_check) >= 150);
    S_historical();
    S_api();
    return T_done();
}

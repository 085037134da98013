/* test_modality.c — modality of event verbs, driven by tests/fixtures/resolve/modality.txt
 * (one case a line: expected modality, then the tagged sentence with the verb in
 * brackets), plus API edge cases. */
#include "harness.h"
#include "resolve_fixture.h"
#include "resolve/resolve.h"

#define FIXTURE "tests/fixtures/resolve/modality.txt"

static int S_check(const rf_case *c, const char *path)
{
    const char *got = dyad_modality_name(dyad_modality_of(&c->s, &c->ev));
    int ok = strcmp(got, c->field[0]) == 0;
    T_REPORT(ok, "%s:%ld: got %s, want %s: %s", path, c->line, got, c->field[0], c->text);
    return ok;
}

/* The threat of a conditional promise: code of the event at the bracketed verb, the
 * threat expected ("" for none). */
static void S_threat(const char *line, const char *code, const char *want)
{
    static rf_case c;
    char err[64], out[8] = "";
    if (rf_parse(line, 0, &c, err, sizeof err) != 1) {
        T_REPORT(0, "bad case: %s", line);
        return;
    }
    int got = dyad_conditional_threat(&c.s, &c.ev, code, out);
    T_REPORT(got == (want[0] != 0) && !strcmp(got ? out : "", want), "%s [%s]: got %d '%s', want '%s'",
             line, code, got, got ? out : "", want);
}

static void test_threats(void)
{
    S_threat("Israel/NNP will/MD [strike/VB] Iran/NNP if/IN Tehran/NNP attacks/VBZ ./.", "190",
             "138");
    S_threat("If/IN Iran/NNP attacks/VBZ ,/, Israel/NNP will/MD [strike/VB] Iran/NNP ./.", "190",
             "138");
    S_threat("The/DT EU/NNP would/MD [impose/VB] sanctions/NNS if/IN Moscow/NNP refused/VBD ./.",
             "163", "1312");
    /* the condition itself, a weak modal, no condition, a friendly act: no threat */
    S_threat("If/IN Iran/NNP [attacks/VBZ] ,/, Israel/NNP will/MD strike/VB Iran/NNP ./.", "190", "");
    S_threat("Russia/NNP could/MD [attack/VB] Ukraine/NNP if/IN talks/NNS fail/VBP ./.", "190", "");
    S_threat("Israel/NNP will/MD [strike/VB] Iran/NNP ./.", "190", "");
    S_threat("Israel/NNP will/MD [meet/VB] Iran/NNP if/IN Tehran/NNP agrees/VBZ ./.", "040", "");
    S_threat("Israel/NNP will/MD not/RB [strike/VB] Iran/NNP if/IN Tehran/NNP agrees/VBZ ./.", "190",
             "");
    char out[8];
    INT_EQ(dyad_conditional_threat(NULL, NULL, "190", out), 0);
}

int main(void)
{
    OK(dyad_rs_tables_ok());
    OK(rf_run(FIXTURE, 1, "modality", S_check) >= 150);
    test_threats();

    /* invalid input is asserted, never a crash */
    dyad_event_toks ev = {0};
    INT_EQ(dyad_modality_of(NULL, &ev), DYAD_MOD_ASSERTED);
    static rf_case c;
    char err[64];
    INT_EQ(rf_parse("x Russia/NNP will/MD [meet/VB] ./.", 1, &c, err, sizeof err), 1);
    INT_EQ(dyad_modality_of(&c.s, NULL), DYAD_MOD_ASSERTED);
    ev.verb = 7;
    INT_EQ(dyad_modality_of(&c.s, &ev), DYAD_MOD_ASSERTED);
    ev.verb = -1;
    INT_EQ(dyad_modality_of(&c.s, &ev), DYAD_MOD_ASSERTED);
    INT_EQ(dyad_modality_of(&c.s, &c.ev), DYAD_MOD_PLANNED);

    /* missing tags read as unknown; spans past the text are empty words */
    c.s.tag = NULL;
    INT_EQ(dyad_modality_of(&c.s, &c.ev), DYAD_MOD_PLANNED); /* "will" by its word */
    c.s.tag = c.tags;
    c.tok[1].off = 1000;
    INT_EQ(dyad_modality_of(&c.s, &c.ev), DYAD_MOD_ASSERTED);
    return T_done();
}

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

int main(void)
{
    OK(dyad_rs_tables_ok());
    OK(rf_run(FIXTURE, 1, "modality", S_check) >= 150);

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

/* test_modality.c — modality of event verbs, driven by tests/fixtures/resolve/modality.txt
 * (one case a line: expected modality, then the tagged sentence with the verb in
 * brackets), plus API edge cases. */
#include "harness.h"
#include "resolve_fixture.h"
#include "resolve/resolve.h"

#define FIXTURE "tests/fixtures/resolve/modality.txt"

static int S_run_fixture(void)
{
    FILE *f = fopen(FIXTURE, "r");
    if (!f) {
        T_REPORT(0, "cannot open %s", FIXTURE);
        return 0;
    }
    static rf_case c;
    char line[8192], err[128];
    long ln = 0;
    int ncase = 0, npass = 0;
    while (fgets(line, sizeof line, f)) {
        ln++;
        int r = rf_parse(line, 1, &c, err, sizeof err);
        if (r == 0)
            continue;
        if (r < 0) {
            T_REPORT(0, "%s:%ld: %s", FIXTURE, ln, err);
            continue;
        }
        ncase++;
        const char *got = dyad_modality_name(dyad_modality_of(&c.s, &c.ev));
        int ok = strcmp(got, c.field[0]) == 0;
        npass += ok;
        T_REPORT(ok, "%s:%ld: got %s, want %s: %s", FIXTURE, ln, got, c.field[0], c.text);
    }
    fclose(f);
    fprintf(stderr, "modality fixture: %d of %d cases pass\n", npass, ncase);
    return ncase;
}

int main(void)
{
    OK(dyad_rs_tables_ok());
    OK(S_run_fixture() >= 150);

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

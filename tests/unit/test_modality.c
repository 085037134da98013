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

/* What a hypothetical act states now: code of the event at the bracketed verb, whose
 * source is the one word at src, the threat or intent expected ("" for none). */
static void S_stated(const char *line, int src, const char *code, const char *want)
{
    static rf_case c;
    char err[64], out[8] = "";
    if (rf_parse(line, 0, &c, err, sizeof err) != 1) {
        T_REPORT(0, "bad case: %s", line);
        return;
    }
    c.ev.src_tok = src;
    c.ev.src_ntok = 1;
    int got = dyad_stated_intent(&c.s, &c.ev, code, out);
    T_REPORT(got == (want[0] != 0) && !strcmp(got ? out : "", want), "%s [%s]: got %d '%s', want '%s'",
             line, code, got, got ? out : "", want);
}

static void test_stated(void)
{
    S_stated("Israel/NNP will/MD [strike/VB] Iran/NNP if/IN Tehran/NNP attacks/VBZ ./.", 0, "190",
             "138");
    S_stated("If/IN Iran/NNP attacks/VBZ ,/, Israel/NNP will/MD [strike/VB] Iran/NNP ./.", 0, "190",
             "138");
    S_stated("The/DT EU/NNP would/MD [impose/VB] sanctions/NNS if/IN Moscow/NNP refused/VBD ./.", 0,
             "163", "1312");
    S_stated("Elros/NNP said/VBD that/IN if/IN Rohan/NNP refuses/VBZ ,/, he/PRP will/MD "
             "[impose/VB] tariffs/NNS ./.", 6, "163", "1312");
    /* the condition itself, a weak modal, no condition, a friendly act: no threat */
    S_stated("If/IN Iran/NNP [attacks/VBZ] ,/, Israel/NNP will/MD strike/VB Iran/NNP ./.", 0, "190",
             "");
    S_stated("Russia/NNP could/MD [attack/VB] Ukraine/NNP if/IN talks/NNS fail/VBP ./.", 0, "190",
             "");
    S_stated("Israel/NNP will/MD [strike/VB] Iran/NNP ./.", 0, "190", "");
    S_stated("Israel/NNP will/MD [meet/VB] Iran/NNP if/IN Tehran/NNP agrees/VBZ ./.", 0, "040", "");
    S_stated("Israel/NNP will/MD not/RB [strike/VB] Iran/NNP if/IN Tehran/NNP agrees/VBZ ./.", 0,
             "190", "");
    /* a wish or offer of a cooperative act is an intent; not one hedged, conditioned,
     * negated or asked about, and not a hostile act wished for */
    S_stated("Turkey/NNP is/VBZ seeking/VBG to/TO [improve/VB] ties/NNS with/IN Egypt/NNP ./.", 0,
             "050", "032");
    S_stated("Qatar/NNP offered/VBD to/TO [mediate/VB] between/IN Kyiv/NNP and/CC Moscow/NNP ./.",
             0, "045", "039");
    S_stated("Japan/NNP wants/VBZ to/TO [send/VB] aid/NN to/TO Manila/NNP ./.", 0, "070", "033");
    S_stated("Turkey/NNP may/MD seek/VB to/TO [improve/VB] ties/NNS with/IN Egypt/NNP ./.", 0,
             "050", "");
    S_stated("Turkey/NNP does/VBZ not/RB want/VB to/TO [meet/VB] Egypt/NNP ./.", 0, "040", "");
    S_stated("Turkey/NNP would/MD want/VB to/TO [meet/VB] Egypt/NNP if/IN asked/VBN ./.", 0, "040",
             "");
    S_stated("Russia/NNP wants/VBZ to/TO [attack/VB] Ukraine/NNP ./.", 0, "190", "");
    S_stated("Turkey/NNP could/MD [meet/VB] Egypt/NNP ./.", 0, "040", "");
    /* the wish must be the doer's: not the visited party's of the reverse event */
    S_stated("Japan/NNP@2 hopes/VBZ@0 to/TO@4 [visit/VB@2] Canada/NNP@4 ./.@2", 0, "042", "036");
    S_stated("Japan/NNP@2 hopes/VBZ@0 to/TO@4 [visit/VB@2] Canada/NNP@4 ./.@2", 4, "043", "");
    S_stated("Japan/NNP@2 wants/VBZ@0 Canada/NNP@2 to/TO@5 [visit/VB@2] ./.@2", 2, "042", "");
    /* the speaker's own duty ("we must", "we need to") of a cooperative act is its
     * intent; not negated, nor another's duty (an appeal), nor a hostile act */
    S_stated("We/PRP@3 must/MD@3 [deepen/VB@0] ties/NNS@3 with/IN@6 India/NNP@3 ./.@3", 0,
             "050", "032");
    S_stated("We/PRP@2 need/VBP@0 to/TO@4 [hold/VB@2] talks/NNS@4 with/IN@7 Russia/NNP@4 ./.@2",
             0, "040", "036");
    S_stated("We/PRP@2 ought/MD@0 to/TO@4 [deepen/VB@2] ties/NNS@4 with/IN@7 India/NNP@4 ./.@2",
             0, "050", "032");
    S_stated("We/PRP@4 must/MD@4 not/RB@4 [meet/VB@0] Iran/NNP@4 ./.@4", 0, "040", "");
    S_stated("Japan/NNP@3 must/MD@3 [deepen/VB@0] ties/NNS@3 ./.@3", 0, "050", "");
    S_stated("We/PRP@3 must/MD@3 [attack/VB@0] Iran/NNP@3 ./.@3", 0, "190", "");
    char out[8];
    INT_EQ(dyad_stated_intent(NULL, NULL, "190", out), 0);
}

int main(void)
{
    OK(dyad_rs_tables_ok());
    OK(rf_run(FIXTURE, 1, "modality", S_check) >= 150);
    test_stated();

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

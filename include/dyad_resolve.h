/*
 * dyad_resolve.h — the resolve stage: for each coded event, is it asserted, planned,
 * hypothetical, asked or denied (modality), and when did it happen (event date)?
 *
 * GDELT-style coders date every mention on the article's day and code hypotheticals,
 * history and denials as fresh events. These functions look at the words around the
 * event verb to avoid that. They work on tokens with Penn Treebank POS tags, so they do
 * not depend on any one tagger or parser; a dependency parse is used when given.
 *
 * Both functions are pure: no allocation, no global state, thread-safe, O(tokens) with
 * small constants (word tables with binary search, no regular expressions).
 *
 * Policies (what the words mean) are listed in full in src/resolve/modality.c and
 * src/resolve/date.c; the test fixtures tests/fixtures/resolve/{modality,dates}.txt show
 * them case by case.
 */
#ifndef DYAD_RESOLVE_H
#define DYAD_RESOLVE_H

#include <stddef.h>
#include "dyad.h"

#ifdef __cplusplus
extern "C" {
#endif

/* One tagged sentence, borrowed from the caller for the duration of a call. */
typedef struct dyad_tagged {
    const char *text;        /* sentence text, UTF-8 (need not be NUL-terminated) */
    size_t text_len;         /* bytes of text; spans beyond it are treated as empty */
    const dyad_span *tok;    /* ntok token spans over text */
    const char *const *tag;  /* ntok Penn Treebank tags ("MD", "VBD", ...); NULL entries
                                are read as unknown */
    const int *head;         /* NULL, or ntok heads of a dependency parse: 0-based index
                                of each token's head, -1 for the root */
    int ntok;
} dyad_tagged;

/* Where an event sits in the sentence: token indices (0-based). Set unknown ranges to
 * ntok 0 (a zero-initialised struct plus .verb is valid). */
typedef struct dyad_event_toks {
    int verb;                /* the event's main verb (for "imposed sanctions on": imposed) */
    int src_tok, src_ntok;   /* source words, if known */
    int tgt_tok, tgt_ntok;   /* target words, if known */
} dyad_event_toks;

/*
 * Modality of the event whose verb is ev->verb. Only the verb's own clause and the verbs
 * that govern it count: a modal or negation in another clause ("Officials who could not
 * be named said Russia attacked") does not. Returns DYAD_MOD_ASSERTED for invalid input
 * (NULL, verb out of range).
 */
dyad_modality dyad_modality_of(const dyad_tagged *s, const dyad_event_toks *ev);

/*
 * Modality of the threat or warning (CAMEO 13x) whose verb is ev->verb: as
 * dyad_modality_of, save that a condition the verb's clause is the consequence of leaves
 * it as made ("If Tokyo fails to act, Britain is ready to retaliate" is a threat made
 * now: the condition is what it threatens). A verb inside the condition itself ("if Iran
 * threatens shipping, ...") stays hypothetical, as do modals ("could threaten").
 */
dyad_modality dyad_threat_modality(const dyad_tagged *s, const dyad_event_toks *ev);

/*
 * What a hypothetical act states now. When the event of verb ev->verb, of CAMEO code
 * `code`, is hypothetical and
 *  - hostile (roots 15-20) and the consequence of a condition stated with will/would
 *    ("will impose tariffs on Canada if ...", "If Iran attacks, Israel will strike
 *    Iran"): the threat CAMEO codes it as (1312 sanctions, 1313 cutting ties, 134
 *    halting talks, 132 administrative sanctions, 137 repression, 138 force ...);
 *  - cooperative (roots 04-08) and only the doer's wish or offer ("is seeking to
 *    improve ties with Egypt", "offered to mediate", "is ready to resume talks"): the
 *    intent CAMEO codes it as (036 meet or negotiate, 032 diplomatic cooperation, 031x
 *    material cooperation, 033x aid, 035x yield, 039 mediate ...);
 * writes that code to out and returns 1; else 0. The act itself stays hypothetical;
 * the threat or intent is stated now.
 */
int dyad_stated_intent(const dyad_tagged *s, const dyad_event_toks *ev, const char *code,
                       char out[8]);

/*
 * The threat CAMEO codes the hostile act of code (roots 15-20) as, when it is promised
 * (as dyad_stated_intent: 1312 sanctions, 137 repression, 138 force, ...); NULL for any
 * other code.
 */
const char *dyad_threat_code(const char *code);

/*
 * What CAMEO codes an appeal (demand 0) or a demand (demand 1) for the cooperative act
 * of code (roots 04-08) as: "must withdraw its troops" (087) is asked as 1056, "should
 * release the sailors" (084) as 0253, "needs to resume talks" (04) as 026; NULL for any
 * other code (the plain 020 or 100 stands).
 */
const char *dyad_asked_code(const char *code, int demand);

/*
 * 1 when word w[0..len) (any case) names a hostile act or marks one ("attack",
 * "aggression", "escalation", "aggressive", ...): after "any", such a phrase is a
 * condition ("Iran would respond decisively to any aggressive measure by the United
 * States": a response promised if the United States acts), else 0.
 */
int dyad_hostile_word(const char *w, size_t len);

/*
 * 1 when word w[0..len) (any case) is the bare verb of a response that, promised on a
 * condition, is a response in arms ("retaliate", "avenge", "respond", "answer" (back):
 * "Iran will respond if Israel attacks"), else 0.
 */
int dyad_response_word(const char *w, size_t len);

/*
 * 1 when word w[0..len) (any case) names sanctions that a clause may promise without
 * saying who imposes them ("sanctions could follow if Ankara activated the system"),
 * else 0.
 */
int dyad_sanction_word(const char *w, size_t len);

/*
 * The code of the threat that word w[0..len) (any case) makes as what a party is to
 * face ("Russia would face severe sanctions", "will face retaliation", "or face the
 * consequences"): "1312" for sanctions (dyad_sanction_word), "138" for retaliation,
 * "130" for consequences or punishment; NULL for any other word.
 */
const char *dyad_penalty_code(const char *w, size_t len);

/*
 * Is word w[0..len) (any case) a verb whose subject undergoes what its object names, so
 * that a penalty as its object is a threat to the subject? 1 for "face", "bear" or
 * "suffer" (with a penalty of dyad_penalty_code: "Iran would bear the consequences",
 * "will suffer the consequences"), 2 for "pay" (with a price: "Israel would pay a heavy
 * price"), 0 for any other word.
 */
int dyad_undergo_word(const char *w, size_t len);

/*
 * Date of the event whose verb is ev->verb. article_date is "YYYY-MM-DD" (or
 * "YYYYMMDD"), or NULL/"" when unknown. Writes to out (11 bytes) the event date as
 * "YYYY-MM-DD", "YYYY-MM" or "YYYY", and to *basis how it was found:
 *   DYAD_DATE_EXPLICIT  a date or year written in the verb's clause ("in 2018",
 *                       "Aug. 12, 2019", "on August 12" with the year inferred);
 *   DYAD_DATE_RELATIVE  a relative expression anchored to the article date
 *                       ("on Wednesday", "last week", "two days ago");
 *   DYAD_DATE_ARTICLE   none found: the article date (normalised to YYYY-MM-DD), or ""
 *                       when the article date is unknown (relative expressions cannot be
 *                       anchored then either).
 * Returns DYAD_OK, or DYAD_EINVAL (out/basis/s/ev NULL or verb out of range; out is then
 * "" and *basis DYAD_DATE_ARTICLE when they are not NULL).
 */
dyad_status dyad_event_date(const dyad_tagged *s, const dyad_event_toks *ev,
                            const char *article_date, char out[11],
                            dyad_date_basis *basis);

/*
 * 1 when the event date (YYYY-MM-DD, YYYY-MM or YYYY) ends more than `days` days before
 * the article date, i.e. it refers to history rather than news (a year or month counts
 * by its last day, so "2018" is historical for a 2019-03-01 article with days = 30 but
 * not for 2019-01-15). 0 otherwise, also when either date is missing or malformed.
 * Callers decide what to do with historical events (they are still emitted).
 */
int dyad_date_is_historical(const char *date, const char *article_date, int days);

/*
 * Convenience for the pipeline: set out->modality, out->date, out->date_basis and
 * out->article_date (copied from article_date, "" when unknown/malformed) for one event;
 * the modality of a threat (out->code 13x) is dyad_threat_modality's.
 * Returns what dyad_event_date returns. An event whose verb is unknown (ev->verb < 0,
 * e.g. its words could not be aligned with the tokens) gets DYAD_OK, modality question
 * when the sentence ends in "?" and asserted otherwise, and the article date.
 */
dyad_status dyad_resolve_event(const dyad_tagged *s, const dyad_event_toks *ev,
                               const char *article_date, dyad_event *out);

#ifdef __cplusplus
}
#endif
#endif

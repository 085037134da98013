/*
 * words.c — word lists that more than one module reads: the verbs of saying and the
 * days of the week. The parser asks the verbs of the word before a quotation mark (a
 * quotation opened after one is no predicate's fragment), the word filter, the coder and
 * coreference of the words around a quotation or a reported clause; the tagger and the
 * tree repairs ask the days of a time between subject and verb. So the lists live below
 * all of them rather than in any one.
 */
#include "util.h"

/* Verbs of saying or alleging, their subject the speaker of a quotation and the
 * reporter of the clause they take; in lower case for dyad_among_lc, by first letter:
 * coreference asks of every word outside a quotation, and most are no entry's. */
#define S_LIST(...) ((const char *const[]){__VA_ARGS__, NULL})
static const char *const *const S_say[26] = {
    ['a' - 'a'] = S_LIST("added", "adds", "adding", "alleged", "alleges", "alleging",
                         "argued", "argues", "arguing", "asserted", "announced",
                         "acknowledged"),
    ['c' - 'a'] = S_LIST("claimed", "claims", "claiming", "charged", "contended", "contends",
                         "confirmed"),
    ['d' - 'a'] = S_LIST("declared", "declaring"),
    ['e' - 'a'] = S_LIST("explained", "explaining", "emphasized", "emphasised", "emphasizes",
                         "emphasises"),
    ['i' - 'a'] = S_LIST("insisted", "insisting"),
    ['n' - 'a'] = S_LIST("noted", "notes", "noting"),
    ['p' - 'a'] = S_LIST("posted"),
    ['r' - 'a'] = S_LIST("replied", "reported", "reiterated", "reiterates", "reiterating",
                         "reaffirmed", "reaffirms", "reaffirming"),
    ['s' - 'a'] = S_LIST("said", "says", "say", "saying", "stated", "stating", "stressed",
                         "stresses", "stressing"),
    ['t' - 'a'] = S_LIST("told", "tells", "telling", "tweeted"),
    ['u' - 'a'] = S_LIST("underlined"),
    ['w' - 'a'] = S_LIST("wrote", "writes", "writing", "warned"),
};
#undef S_LIST

int dyad_say_word(const char *w, size_t len)
{
    /* a letter of either case to its index, anything else past the table */
    unsigned c = len ? (unsigned)((unsigned char)w[0] | 0x20) - 'a' : 26;
    return c < 26 && S_say[c] && dyad_among_lc(w, len, S_say[c]);
}

int dyad_weekday_word(const char *w, size_t len)
{
    static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday",
                                       "friday", "saturday", "sunday", NULL};
    return dyad_among_lc(w, len, days);
}

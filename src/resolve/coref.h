/*
 * coref.h — coreference within one article (resolve stage, internal to libdyad).
 *
 * A noun phrase that names no actor of its own takes the code of an actor the article
 * named before it, in the same sentence or an earlier one:
 *
 *   he, him, his, she, her     the person (a title, a dated dictionary entry or an
 *                              honorific says who is a person; Mr/Ms/King/Queen... give
 *                              a gender, which then must agree)
 *   it, its / they, them, their  a state or organisation / a plural actor or a compound
 *   his government, its army   the antecedent's country with the phrase's own agent
 *   Blinken (after "Antony     a word of the name of a person named before
 *   Blinken"), Mr. Blinken
 *   the president, the foreign the most recent person named with that title; "the
 *   minister, the leader       Russian leader" is checked against persons of Russia
 *   Trade Minister Mira Basri  a person of the one country in sight, named there other
 *   (no country said)          than as a place, when it is the first the article named
 *                              so; none in sight, of the article's one state
 *   the country, the nation,   the one country of the sentence and the one before, with
 *   the government, the army,  the phrase's agent ("the army" -> RUSMIL); rebels first
 *   the rebels, authorities    a group named as rebels lately ("the Taliban");
 *   ("the" or not)             "authorities deported 40 others to China"; "the island"
 *                              and "the kingdom" only an island state, a monarchy
 *   police, protesters,        (unnamed, "the" or not: people who act where they are)
 *   security forces,           the one country of their sentence, a place named after
 *   separatists                them included ("protesters in Yerevan"; at an
 *                              embassy, where it is), else of the sentence before too;
 *                              else, for people of a country's public life (police,
 *                              forces, opposition, press, unions, lawmakers), the one
 *                              state of the article's first sentence naming any, when
 *                              their own names no other but their act's other party
 *                              and no other state was named in more than half as
 *                              many sentences
 *   both sides, the two        a compound of two (three) countries in the window, else
 *   leaders, both countries    the two (three) most recent distinct countries or, for
 *                              leaders, persons; two countries that are not the
 *                              article's main pair (the two states named in most
 *                              sentences, the second in more than any third), or
 *                              fewer than two in the window, give way to it
 *   the two Nordic countries,  a compound of two countries in the window, not the
 *   both Gulf states           region its adjective codes (none in sight: the region)
 *   the bank, the platform,    the latest body or thing named before with its words
 *   the oil rigs               ("the World Bank"; "an Iranian oil platform"); a thing
 *                              named with no country last makes it no one's
 *   the appeal, the decision,  the source of the most recent event of a fitting kind
 *   the accusation, the move   (target of "Moscow dismissed the appeal"), or the doer
 *   the extension, the delay   of its verb's latest act ("voted to extend his term")
 *   the plans, the bill, the   as an event's other party: the owner a phrase ending in
 *   law (an act's noun)        its words named lately ("Japan's trade proposals"), or
 *                              who put it forward or made it ("presented a proposal")
 *
 * The coder asks for each phrase in sentence order and may ask again for an event with
 * the code of the other participant to avoid ("Xi greeted him": him is not Xi;
 * "Russia launched drones at the country": not Russia; a possessive may be the doer's
 * own, "their ties", and is not asked again). Candidates are ranked by
 * recency; a pronoun whose most recent sentence with candidates holds several actors
 * takes that sentence's first person who says something, else its first one (its
 * subject), only when the sentence is an earlier one, and gives up within its own
 * sentence unless "he" or "she" follows the nearest person there, who says something
 * ("After talks with Biden, Erdogan said he would back the bid"); "they" takes a compound there whose members are all its other candidates
 * ("Indian and Chinese commanders met. They agreed": both). A person no dictionary
 * knows ("Krutikhin, an analyst, said", "a spokesman") is a candidate of "he" and "she" too, which then stay unknown rather
 * than take a known person further back. A subject pronoun whose nearest candidate is
 * its own sentence's speaker, avoided, stays unknown too ("China's ministry said it
 * opposed the listing of Chinese firms": no one named before). Every other kind gives
 * up when more than one actor fits. Giving up leaves the coder's own code ("---", "---GOV").
 *
 * Events coded this way keep the words of the sentence as their source/target text
 * and spans ("he", "the two leaders"); only the codes come from the antecedent. The
 * codes are the antecedent's as the coder chose them for the article's date.
 *
 * One state per article: dyad_coref_reset at the start of each, then for each sentence
 * in order dyad_code_tree_coref: dyad_code.h's coding plus this state and the other
 * rules for articles listed in src/code/coder.c (docs/coding.md for users). The state
 * is owned by one thread (the pipeline's worker).
 */
#ifndef DYAD_RESOLVE_COREF_H
#define DYAD_RESOLVE_COREF_H

#include "dyad_code.h"

typedef struct dyad_coref dyad_coref;

/* A new empty state; NULL on ENOMEM. */
dyad_coref *dyad_coref_new(void);
void dyad_coref_free(dyad_coref *cr);
/* Forget everything: the next sentence is the first of a new article. */
void dyad_coref_reset(dyad_coref *cr);
/* The next sentence begins (the coder calls this once per sentence). */
void dyad_coref_sentence(dyad_coref *cr);
/* The sentence's phrases are all added: a phrase asked for again may now take what
 * needs the whole sentence known (people who act where they are, the story's home
 * state when their sentence names no other). */
void dyad_coref_added(dyad_coref *cr);
/* The article's dateline places it in the state of code (its first three letters; not
 * a state: none), the story's home state whatever its first sentence names. */
void dyad_coref_home(dyad_coref *cr, const char *code);

/* A noun phrase as the coder sees it. */
typedef struct dyad_cr_np {
    const char *const *w;   /* its words, upper case, in order */
    const char *const *tag; /* their Penn Treebank tags (NULL entries: unknown) */
    int n;
    int tok;                /* token of its first word in the sentence */
    const char *code;       /* the coder's code: actor plus agents; "---" (nothing
                               known) or "---" + agents when it has no actor */
    int dated;              /* its actor has date-limited codes (people have) */
    int place;              /* it says where something happens ("in Nairobi") */
    const char *where;      /* NULL, else what it puts people who act where they are
                               in, which is not its own code: a state's mission is
                               where it is, "the Chinese embassy in London" "GBR",
                               or no place, "" ("the Chinese embassy") */
    int says;               /* it is whoever says something: the subject of a verb of
                               saying ("Krutikhin, an analyst, said"), or named right
                               after one ("..., said Krutikhin"); a name the
                               dictionaries do not know is then a person's. 2: it
                               tells what its sentence said before it ("..., he
                               said", "'...,' he said"), of which it is no one */
    int role;               /* it follows "as": a role, not someone ("served as
                               president", "portrayed as a befuddled chief") */
    int quoted;             /* it is inside a quotation */
    int named;              /* a name with the office or description set beside it
                               ("Amina Farah, a member of the regional assembly"): a
                               person's, unless a firm's */
    int owner_first;        /* its actor is named before its first preposition ("the
                               proposed EC tax on oils"): the owner of the thing it
                               names, not whom the preposition's words name */
    int on_state;           /* the other party of its event, the party avoided
                               (dyad_coref_resolve), is a state named by its name
                               ("the Philippines", "Manila") */
    int charged;            /* it follows a verb of charging ("accused the agency of
                               bias"), whose "of" phrase the parser may hang on it */
    int joined;             /* it follows a comma, semicolon or "and", "but", "or":
                               it may open a clause of a new doer of its own */
} dyad_cr_np;

/* Does np refer back to an actor? 1 with its code in out (cap bytes; "A/B" for more
 * than one actor) and the antecedent's id in *ante; 0 when np is not a referring
 * phrase, nothing fits or it is ambiguous, or when the actor it means is one the
 * dictionaries do not know ("Krutikhin said ... He added", "a spokesman said ... He
 * added", "CNN said it"): *ante is then that one's id, and np stays unknown rather
 * than taking a known actor named before. Codes of `avoid` (may be NULL; "A/B"
 * allowed) are not taken, compared at country level. People who act where they are
 * also take a place of their sentence added after them, so the coder asks again for
 * such a phrase once its sentence's phrases are all added; a phrase's `where` is the
 * country it gives them. A phrase with an actor of its own refers back only when it
 * is a region's and counts its states ("both Gulf states"). */
int dyad_coref_resolve(const dyad_coref *cr, const dyad_cr_np *np, const char *avoid,
                       char *out, size_t cap, int *ante);

/* 1 when codes a and b name the same actor at country level (organisations by their
 * sector: IGOUNO); unknown codes ("---...") name no one. */
int dyad_coref_same_actor(const char *a, const char *b);

/* 1 when codes a and b, of one country, are two sides of it: an armed group (rebels,
 * insurgents, separatists) or the opposition, and the state's own (the country, its
 * government, forces, police or intelligence): "the Taliban said the Kabul
 * administration tried to sabotage the process" is one side's charge against the other. */
int dyad_coref_two_sides(const char *a, const char *b);
/* 1 when the three letters at agent are an agent of non-state armed force: rebels,
 * insurgents, separatists, militias and gunmen (REB, INS, SEP, UAF). */
int dyad_coref_armed_agent(const char *agent);
/* 1 when code is of a state (its key is 3 letters and no region's: "RUSOPP"), not of an
 * organisation, a region or no one. */
int dyad_coref_state(const char *code);
/* 1 when code is of a region ("Western governments" WSTGOV, "Latin American countries"
 * LAM, "Gulf Arab states" PGS): a group of states, no one country. */
int dyad_coref_region(const char *code);
/* The number of parties an upper-case word counts ("TWO" 2, "BOTH" 2, "FOUR" 4), 0 none. */
int dyad_coref_count(const char *word);

/* 1 when np names a person by an office but not whose ("Prime Minister Binali
 * Yildirim", "a senior official"). */
int dyad_coref_office(const dyad_cr_np *np);
/* 1 when np ends in the title of an office ("Kuwaiti Foreign Undersecretary"). */
int dyad_coref_titled(const dyad_cr_np *np);

/* 1 when np refers to an event by its kind ("the tariffs", "the attack"): its actor is
 * that event's doer, or whom the doer's own measure was aimed at. */
int dyad_coref_event_noun(const dyad_cr_np *np);

/* 1 when w (upper case) is a noun of a party's act, words or policy: an event noun ("the
 * move", "the comments", "the tariffs"), the noun of an act's verb ("the extension") or
 * one of its conduct ("practices", "policy", "presence"). */
int dyad_coref_act_noun(const char *w);

/* When np names an act of force, repression or sanctions (an event noun of roots 16 to
 * 20) with whom it was done to, after "on", "against" or "of" ("the attack on Kyiv",
 * "the arrest of two journalists", "sanctions against Iran"), the number of its words
 * before that preposition, else 0; *home is 1 for an act of repression alone (arrests,
 * a crackdown), mostly done by a state to its own people. What the words after it
 * name is the act's patient, not its doer. */
int dyad_coref_act_patient(const dyad_cr_np *np, int *home);

/* 1 when np, with agents but no actor of its own, names people who act where they are
 * (unnamed police, protesters, civilians, security forces, separatists), so that a
 * place gives them its country ("separatists in Balochistan"); unnamed insurgents may
 * be anyone's. */
int dyad_coref_local(const dyad_cr_np *np);

/* Calls fn with each word (upper case) one of which a phrase needs to refer back other
 * than by a name: pronouns, numbers ("both", "two"), the heads of "the sides" and "the
 * leaders", the nouns of "the country" and of events, the last word of each office
 * that refers ("the foreign minister"). A name
 * refers back only to a person named before with that word tagged NNP/NNPS. The
 * pipeline's word filter (src/pipeline/prefilter.c) reads these. */
void dyad_coref_keywords(void (*fn)(void *user, const char *word), void *user);

/* 1 when an upper-cased word is a word of the name of a person the article named
 * before ("FIGUERAS" after "Agriculture Minister Ernesto Figueras"). */
int dyad_coref_name_word(const dyad_coref *cr, const char *w);

/* 2 when an upper-cased word is a pronoun that an actor no dictionary knows may claim
 * (dyad_coref_resolve): of a person ("HE", "HIS", "HERSELF") or "IT" alone ("CNN said
 * it"); 1 when it may make a phrase such an actor: a verb of saying in any case
 * (dyad_say_word: its subject), an honorific, the last word of an office
 * ("SPOKESMAN", "OFFICIAL"); else 0. The pipeline's word filter reads them. */
int dyad_coref_unknown_word(const char *w);

/* Record np, coded `code` (its own, or resolved from antecedent `ante`; -1 none), as
 * a mention; *id gets its id. A mention without an actor code ("---...") is kept in
 * its place but never taken until dyad_coref_update gives it one. DYAD_ENOMEM is the
 * only failure. */
dyad_status dyad_coref_add(dyad_coref *cr, const dyad_cr_np *np, const char *code, int ante,
                           int *id);
/* Mention id (of phrase np) was resolved again for an event: now `code` from ante. */
void dyad_coref_update(dyad_coref *cr, int id, const dyad_cr_np *np, const char *code,
                       int ante);
/* A compound ("Japan and the Philippines") at token tok whose members were added: one
 * plural mention coded "A/B". With inword, a pair named by one hyphenated word ("the
 * Canadian-U.S. pact"), whom "the two sides" may mean but no pronoun. */
dyad_status dyad_coref_add_group(dyad_coref *cr, int tok, const char *code, int inword);
/* An event the coder gave (for "the appeal", "the move", ...), or a verb of an act
 * done by source (for "the extension", "the delay": code may be NULL); verb (NULL:
 * none) is its word, upper case. */
dyad_status dyad_coref_event(dyad_coref *cr, const char *source, const char *code,
                             const char *verb);
/* 1 when verb (upper case) is a form of a verb whose act a noun names ("extended":
 * "the extension"), so that its doer is worth remembering. */
int dyad_coref_act_verb(const char *verb);
/* An event the coder output with both actors known, not negated: what the next
 * sentence may answer ("The United States and Britain struck Houthi targets in Yemen.
 * The Houthis vowed to retaliate"). */
dyad_status dyad_coref_done(dyad_coref *cr, const char *source, const char *target,
                            const char *code);
/* Is CAMEO code from lo to hi, each compared as long as it is ("112" to "11": an
 * accusation, a complaint, ..., not a criticism 111)? */
int dyad_coref_code_in(const char *code, const char *lo, const char *hi);
/* Who, in the back sentences just before this one, did an act of codes lo to hi
 * (dyad_coref_code_in) to target (an event whose target is target's actor,
 * by another actor): used force against it ("15" to "20"), or charged it ("11" to
 * "11"; an accusation or worse, "112" to "11"): the source of the first such event from
 * index from on is copied to out; the index to go on from is returned, -1 when there
 * is none. */
int dyad_coref_acted_by(const dyad_coref *cr, const char *target, const char *lo,
                        const char *hi, int back, int from, char *out, size_t cap);

/* The one party the article's latest events make source's other side: in the latest
 * sentence, this one or the two before it, with an event between source's actor and
 * another actor, each such event's other party, when they are all one (compared at
 * country level). 1 with its code at country level (an organisation's at its sector,
 * "IGOUNO") in out (cap bytes), else 0. For an act of source that names no one: "Ankara
 * accused Athens of breaking the accord. Turkey threatened countermeasures". */
int dyad_coref_counterpart(const dyad_coref *cr, const char *source, char *out, size_t cap);
/* The party a story of two parties is about besides source: the other party of every
 * event between source's actor and another in the article's first two sentences (its
 * lead), when they are all one, and which the article's mentions so far name in at
 * least two sentences and in twice as many as any other party but source's (regions
 * are none). 1 with its code at country level (an organisation's at its sector) in out
 * (cap bytes), else 0. For an act of source aimed at a thing no one is named with, well
 * after the lead named the two ("Japan and the U.S. opened talks on chips ... U.S.
 * officials pressed for wider access to the market"). */
int dyad_coref_story_party(const dyad_coref *cr, const char *source, char *out, size_t cap);
/* The article's leading pair with source: the one party of every event between
 * source's actor and another in the sentences before this one, when there are at least
 * two (either way; compared at country level, a group "A/B" none). 1 with its code at
 * country level (an organisation's at its sector) in out (cap bytes), else 0. For an
 * act of source that names no one, well after the pair's latest event ("Gondor shelled
 * Rohan ... Rohan accused Gondor ... Gondor vowed revenge"). */
int dyad_coref_lead_party(const dyad_coref *cr, const char *source, char *out, size_t cap);
/* The story's home state (its dateline's: dyad_coref_home) as source's other side, when
 * source is of no such state and the article's mentions so far name it as
 * dyad_coref_story_party asks of its party. 1 with its code in out (cap bytes), else 0.
 * For aid or rescuers sent, promised or cut with no one named ("NIAMEY - ... Washington
 * paused some aid programs"): the state where the story is. */
int dyad_coref_home_party(const dyad_coref *cr, const char *source, char *out, size_t cap);
/* The one pair of actors the article's events of CAMEO root `root` so far are all
 * between (compared at country level; "A/B" compounds, an actor with itself and a
 * region make none): with the latest such event's source in a and target in b (cap
 * bytes each) and *mutual 1 when one of them went the other way, that event's sentence
 * number + 1 (never 0), else 0. For a definite
 * noun of that act that names no party ("Japan and the U.S. will hold talks ... The
 * talks start on Friday"). */
int dyad_coref_pair(const dyad_coref *cr, int root, char *a, char *b, size_t cap, int *mutual);

/* Quotations across sentences. Called once per sentence after dyad_coref_sentence (by
 * the coder, and by the pipeline for a sentence it does not code) with its words
 * w[0..n) (Treebank marks `` and ''; len NULL: NUL-terminated, else their lengths):
 * 1 when the sentence starts inside a quotation (its first mark closes one, or it has
 * none and the sentence before ended inside one). A sentence that goes on with the
 * quotation of the sentence before (starts inside it or opens with a mark) and names
 * no one saying it (no verb of saying outside its marks) has that one's speaker. */
int dyad_coref_quote(dyad_coref *cr, const char *const *w, const size_t *len, int n);
/* Before dyad_coref_quote, when the next sentence opens a quotation that a later
 * sentence closes and names the speaker of ("'...,' said Kallas"): the words w[0..n)
 * of that sentence outside the quotation (len as for dyad_coref_quote); n -1 when no
 * sentence closes it. Unless they say "he" or "she" or name the speaker of the
 * sentence before, the quotation is not that one's, but the person they name when
 * one was named before ("'...,' Rubio told reporters"). */
void dyad_coref_ahead(dyad_coref *cr, const char *const *w, const size_t *len, int n);
/* When the current sentence opens such a quotation, names no one saying it, and the
 * later sentence's words name no one known before ("'...,' Zelenskiy said" in a story
 * that has not named him): those words, upper-cased, in w[0..cap) (at most 16), for the
 * coder to code by its dictionaries; their number, 0 otherwise. */
int dyad_coref_named_later(const dyad_coref *cr, const char **w, int cap);
/* 1 when an upper-cased word is a first person that a quotation's speaker is (I, WE,
 * ME, US), 2 a first-person possessive that gives the speaker's country (OUR, MY), else
 * 0. The coder gives them the speaker inside quotation marks, also one named in
 * another sentence of the quotation (src/pipeline/prefilter.c counts them after a
 * mark). */
int dyad_coref_first_person(const char *w);
/* 1 when mention id was named in a sentence before the current one. */
int dyad_coref_earlier(const dyad_coref *cr, int id);
/* The speaker of the current sentence's quotation, its code and mention id. */
void dyad_coref_speaker(dyad_coref *cr, const char *code, int id);
/* The speaker the current sentence has from the quotation it goes on with: 1 with its
 * code (cap bytes) and mention id, 0 none. */
int dyad_coref_last_speaker(const dyad_coref *cr, char *code, size_t cap, int *id);

/* dyad_code_tree (dyad_code.h) with coreference: cr (NULL: none) is consulted for
 * phrases without an actor of their own and fed this sentence's mentions and events.
 * Implemented by the coder (src/code/coder.c). */
/* The article's dateline place ("Congo", "KINSHASA": dyad_cleaned's place) names the
 * story's home state (dyad_coref_home) when the actor dictionary has it whole and codes
 * it, as of date, as a state; else cr has none. Implemented by the coder. */
void dyad_code_dateline(const dyad_dict *d, const char *place, const char *date,
                        dyad_coref *cr);
dyad_status dyad_code_tree_coref(const dyad_dict *d, const dyad_tree *t, const char *date,
                                 const char *text, const dyad_code_opts *opts,
                                 dyad_coref *cr, dyad_coding *out);

#endif

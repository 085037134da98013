/*
 * coref.c — coreference within an article (coref.h): the actors named so far, kept in
 * the order the coder met them, and the rules that let a pronoun, a title, a surname,
 * "the country", "both sides" or "the appeal" stand for one (or two) of them.
 *
 * Everything is decided from the words of the phrase and what earlier phrases were
 * coded as; there is no model. Candidates are ranked by recency only, and each kind of
 * phrase looks back over a window of sentences that fits how far news writers let it
 * reach: surnames and titles the whole article, pronouns two sentences, "the country"
 * one. Wrong antecedents cost precision, so whenever two different countries fit
 * equally the phrase stays unresolved.
 */
#include <stdio.h>
#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "resolve/coref.h"
#include "util/util.h"

enum { K_THING = 0, K_PERSON, K_GROUP };   /* what a mention is referred to as */
enum { G_ANY = 0, G_MALE, G_FEMALE };

/* Offices, as bits: a person named with a title keeps it for "the president". */
enum {
    T_PRESIDENT = 1u << 0, T_PM = 1u << 1, T_CHANCELLOR = 1u << 2, T_MONARCH = 1u << 3,
    T_SUPREME = 1u << 4, T_LEADER = 1u << 5, T_FM = 1u << 6, T_DM = 1u << 7,
    T_MINISTER = 1u << 8, T_ENVOY = 1u << 9, T_SPOKES = 1u << 10, T_COMMANDER = 1u << 11,
    T_SECGEN = 1u << 12, T_SPEAKER = 1u << 13, T_POPE = 1u << 14,
    T_OTHER = 1u << 15 /* an office that makes a person but is no reference alone */
};
/* "the leader" is whoever heads a state or government; "the minister" any minister. */
#define T_HEAD (T_PRESIDENT | T_PM | T_CHANCELLOR | T_MONARCH | T_SUPREME | T_LEADER)
#define T_ANYMIN (T_PM | T_FM | T_DM | T_MINISTER)

typedef struct S_title {
    const char *w[3];
    unsigned bits;
    int gender;
} S_title;

/* Longer phrases first where one starts another ("PRIME MINISTER" before none). */
static const S_title S_titles[] = {
    {{"PRESIDENT"}, T_PRESIDENT, G_ANY},
    {{"PRESIDENT-ELECT"}, T_PRESIDENT, G_ANY},
    {{"PRIME", "MINISTER"}, T_PM, G_ANY},
    {{"PREMIER"}, T_PM, G_ANY},
    {{"CHANCELLOR"}, T_CHANCELLOR, G_ANY},
    {{"KING"}, T_MONARCH, G_MALE},
    {{"QUEEN"}, T_MONARCH, G_FEMALE},
    {{"EMIR"}, T_MONARCH, G_MALE},
    {{"SULTAN"}, T_MONARCH, G_MALE},
    {{"CROWN", "PRINCE"}, T_MONARCH, G_MALE},
    {{"PRINCE"}, T_MONARCH, G_MALE},
    {{"MONARCH"}, T_MONARCH, G_ANY},
    {{"SUPREME", "LEADER"}, T_SUPREME, G_ANY},
    {{"AYATOLLAH"}, T_SUPREME, G_MALE},
    {{"LEADER"}, T_LEADER, G_ANY},
    {{"FOREIGN", "MINISTER"}, T_FM, G_ANY},
    {{"FOREIGN", "SECRETARY"}, T_FM, G_ANY},
    {{"SECRETARY", "OF", "STATE"}, T_FM, G_ANY},
    {{"TOP", "DIPLOMAT"}, T_FM, G_ANY},
    {{"DEFENSE", "MINISTER"}, T_DM, G_ANY},
    {{"DEFENCE", "MINISTER"}, T_DM, G_ANY},
    {{"DEFENSE", "SECRETARY"}, T_DM, G_ANY},
    {{"DEFENCE", "SECRETARY"}, T_DM, G_ANY},
    {{"SECRETARY-GENERAL"}, T_SECGEN, G_ANY},
    {{"SECRETARY", "GENERAL"}, T_SECGEN, G_ANY},
    {{"PRESS", "SECRETARY"}, T_SPOKES, G_ANY},
    {{"MINISTER"}, T_MINISTER, G_ANY},
    {{"ENVOY"}, T_ENVOY, G_ANY},
    {{"AMBASSADOR"}, T_ENVOY, G_ANY},
    {{"NEGOTIATOR"}, T_ENVOY, G_ANY},
    {{"SPOKESMAN"}, T_SPOKES, G_MALE},
    {{"SPOKESWOMAN"}, T_SPOKES, G_FEMALE},
    {{"SPOKESPERSON"}, T_SPOKES, G_ANY},
    {{"COMMANDER"}, T_COMMANDER, G_ANY},
    {{"GENERAL"}, T_COMMANDER, G_ANY},
    {{"SPEAKER"}, T_SPEAKER, G_ANY},
    {{"POPE"}, T_POPE, G_MALE},
    {{"CHAIRMAN"}, T_OTHER, G_MALE},
    {{"CHAIRWOMAN"}, T_OTHER, G_FEMALE},
    {{"CHIEF"}, T_OTHER, G_ANY},
    {{"HEAD"}, T_OTHER, G_ANY},       /* "head of the treaty department at the ministry" */
    {{"PROSECUTOR"}, T_OTHER, G_ANY},
    {{"JUDGE"}, T_OTHER, G_ANY},
    {{"MAYOR"}, T_OTHER, G_ANY},
    {{"GOVERNOR"}, T_OTHER, G_ANY},
    {{"SENATOR"}, T_OTHER, G_ANY},
    {{"LAWMAKER"}, T_OTHER, G_ANY},
    {{"OFFICIAL"}, T_OTHER, G_ANY},
    {{"DIPLOMAT"}, T_OTHER, G_ANY},
    {{"ADVISER"}, T_OTHER, G_ANY},
    {{"ADVISOR"}, T_OTHER, G_ANY},
    {{"AIDE"}, T_OTHER, G_ANY},
    {{"DIRECTOR"}, T_OTHER, G_ANY},
    {{"COMMISSIONER"}, T_OTHER, G_ANY},
    {{"SECRETARY"}, T_OTHER, G_ANY},
    {{"UNDERSECRETARY"}, T_OTHER, G_ANY},  /* "Undersecretary of State Allen Wallis" */
    {{"UNDER-SECRETARY"}, T_OTHER, G_ANY},
    {{"REPRESENTATIVE"}, T_OTHER, G_ANY},  /* "U.S. Trade Representative Clayton Yeutter" */
    {{"RAPPORTEUR"}, T_OTHER, G_ANY},
    {{"COUNTERPART"}, T_OTHER, G_ANY}, /* "his South Korean counterpart Cho Tae-yul" */
};

typedef struct S_word {
    const char *w;
    int v;
} S_word;

static const S_word S_honorifics[] = {
    {"MR", G_MALE},   {"MR.", G_MALE},   {"SIR", G_MALE},      {"LORD", G_MALE},
    {"MRS", G_FEMALE}, {"MRS.", G_FEMALE}, {"MS", G_FEMALE},     {"MS.", G_FEMALE},
    {"MISS", G_FEMALE}, {"DAME", G_FEMALE}, {"MADAME", G_FEMALE}, {"DR", G_ANY},
    {"DR.", G_ANY},
};

/* Pronouns: kind, gender; POSS marks the possessive forms ("his government"). */
#define POSS 8
static const S_word S_pronouns[] = {
    {"HE", K_PERSON | G_MALE << 4},   {"HIM", K_PERSON | G_MALE << 4},
    {"HIMSELF", K_PERSON | G_MALE << 4}, {"HIS", K_PERSON | G_MALE << 4 | POSS},
    {"SHE", K_PERSON | G_FEMALE << 4}, {"HER", K_PERSON | G_FEMALE << 4 | POSS},
    {"HERS", K_PERSON | G_FEMALE << 4}, {"HERSELF", K_PERSON | G_FEMALE << 4},
    {"IT", K_THING},                  {"ITSELF", K_THING},
    {"ITS", K_THING | POSS},          {"THEY", K_GROUP},
    {"THEM", K_GROUP},                {"THEMSELVES", K_GROUP},
    {"THEIR", K_GROUP | POSS},
};

/* Heads of "both X" / "the two X": countries (keys), people (codes) or either;
 * P_COUNTED, only with a number ("the world's two largest economies", "the two
 * superpowers"; "the emerging economies" are no pair named before); P_APART, parties
 * at odds, never a compound that acted together ("Washington and Riyadh blamed Iran.
 * ... talks between the two rivals" are Iran's and Saudi Arabia's). */
enum { P_STATE = 1, P_PERSON, P_ANY, P_COUNTED = 8, P_APART = 16 };
static const S_word S_plural_heads[] = {
    {"SIDES", P_ANY},          {"PARTIES", P_ANY},        {"COUNTRIES", P_STATE},
    {"NATIONS", P_STATE},      {"STATES", P_STATE},       {"GOVERNMENTS", P_STATE},
    {"NEIGHBOURS", P_STATE},   {"NEIGHBORS", P_STATE},    {"ALLIES", P_STATE},
    {"RIVALS", P_STATE | P_APART}, {"FOES", P_STATE | P_APART}, {"ENEMIES", P_STATE | P_APART},
    {"ADVERSARIES", P_STATE | P_APART}, {"CAPITALS", P_STATE},  {"DELEGATIONS", P_STATE},
    {"ARMIES", P_STATE},       {"MILITARIES", P_STATE},   {"LEADERS", P_PERSON},
    {"PRESIDENTS", P_PERSON},  {"MINISTERS", P_PERSON},   {"PREMIERS", P_PERSON},
    {"MEN", P_PERSON},         {"COUNTERPARTS", P_PERSON}, {"DIPLOMATS", P_PERSON},
    {"ECONOMIES", P_STATE | P_COUNTED}, {"SUPERPOWERS", P_STATE | P_COUNTED},
};
/* Words that count the parties: "both sides", "the two", "the pair" ("Erdogan met
 * al-Sharaa. The pair discussed security"; "a pair of warships" counts no parties), up to
 * the lists of states that expel or sanction together ("expelled diplomats from
 * Argentina, Chile, ... and Uruguay, accusing the seven governments of"). */
enum { S_MAX_COUNT = 10 };
static const S_word S_numbers[] = {
    {"BOTH", 2},  {"TWO", 2},   {"THREE", 3}, {"FOUR", 4}, {"FIVE", 5},           {"SIX", 6},
    {"SEVEN", 7}, {"EIGHT", 8}, {"NINE", 9},  {"TEN", S_MAX_COUNT}, {"PAIR", 2}};

/* "the bank", "the administration", "the Community" (the EC in 1987 wire copy, which
 * names it so far more than by its initials alone): the nouns of bodies (institutions,
 * offices) a definite description names by a word of a name given before (S_body),
 * "the business community" no body's. Not "union"
 * ("the Soviet Union" is no trade union's) nor "group", which a name seldom means; not
 * yet "council": "the Council" is the Security Council named before, but the coder
 * then takes the act a speaker asks of it ("the Council must be united in condemning
 * this behaviour") as one against the speaker (S_towards_context). */
static const char *const S_body_nouns[] = {
    "BANK",     "FUND",           "AGENCY",     "ORGANISATION", "ORGANIZATION", "COMMISSION",
    "ALLIANCE", "ADMINISTRATION", "DEPARTMENT", "MINISTRY",     "COMMITTEE",    "COMMUNITY",
    "BLOC",     NULL};
/* "the Bank report", "the Fund statement", "the Commission figures": what a body writes
 * or says, named by "the", the body's noun and this, is the body's and speaks for it
 * (S_body). */
static const char *const S_body_papers[] = {"REPORT", "STATEMENT", "STUDY", "FIGURES",
                                            "BUDGET", NULL};
/* "the group": nouns that, with "the" alone, name an armed group again (S_armed_again). */
static const char *const S_group_nouns[] = {"GROUP", "MOVEMENT", "FACTION", "OUTFIT", NULL};
/* "the bloc": news names a union of states so once it has named it (the EU, the EC,
 * ASEAN, the African Union ...), by no word of its name; these are the codes of such
 * unions, and no lender's, court's or agency's, nor the United Nations'. */
static const char *const S_bloc_codes[] = {
    "IGOEUREEC", "IGOAFRAFU", "IGOSEAASN", "IGOWAFWAS", "IGOSAFSAD", "IGOEAFEAC", "IGOMEAARL",
    "IGOMEAGCC", "IGOMOSOIC", "IGOCASSCO", "IGOOAS",    "IGOSAMBUS", "IGOCRB",    "IGOBRC",
    "IGOGOS",    "IGOCASBUS", NULL};
/* "the Commissioners": members of a body named by a plural, who act as the body ("The
 * Commissioners will visit Bonn" after "the EC Commission"), with its noun. */
static const struct {
    const char *members, *noun;
} S_body_members[] = {{"COMMISSIONERS", "COMMISSION"}};
/* The offices of a place, no body's: "its mayor" after a city named is the city's. */
static const char *const S_place_offices[] = {"MAYOR", "GOVERNOR", NULL};
/* "the platform", "the tankers": the nouns of a state's installations and vessels, which a
 * war report names by their country once ("an Iranian oil platform") and then by the
 * noun alone, as the target of the force used on them (S_body). Each with its kind:
 * nouns of one kind name the same things, as singular and plural do ("two Iranian
 * rigs ... the rig"), and a report varies them ("two Iranian oil platforms ... the
 * rigs", "a Kuwaiti supertanker ... the tanker ... the vessel"). */
static const S_word S_thing_nouns[] = {
    {"PLATFORM", 1}, {"PLATFORMS", 1},   {"RIG", 1},         {"RIGS", 1},
    {"TANKER", 2},   {"TANKERS", 2},     {"SUPERTANKER", 2}, {"SUPERTANKERS", 2},
    {"VESSEL", 2},   {"VESSELS", 2},     {"JETTY", 3},       {"JETTIES", 3},
    {"TERMINAL", 4},
};
/* A state's estates a phrase names with no country ("the administration",
 * "Congress", "the Senate"; the parser tags the legislatures' names as proper nouns,
 * which made them no one's), each with the agents, sought in this order, whose naming
 * before makes a state theirs (S_body): the legislature's own people as the writer
 * named them ("U.S. Senate leader Robert Dole said Congress should act"), not as an
 * earlier "Congress" was taken to be (the speaker's state, when a Canadian premier
 * urged Americans to press Congress); else the government, whose men a Washington
 * story names before it names Congress ("Treasury Secretary James Baker urged
 * Congress"). A chamber or its members named alone ("the House", "senators",
 * "congressmen") are the legislature's whose own people were named ("Senate Majority
 * Leader John Thune", "the Philippine Senate"), not a government's: a story may name a
 * foreign leader before the senators who criticise him ("Nakasone said ... Senators
 * criticized Tokyo" is no Japanese senators'), and the tagger reads "the House" as the
 * common noun of "police searched the house", which a story of governments alone
 * more likely means. Lawmakers and legislators, words of any country's wire copy for
 * its own members, are also the state's whose government was named, when they do not
 * deal with that state ("Yoon declared martial law ... Lawmakers voted to lift the
 * decree"; not "Ortega said ... Legislators criticized Managua"), but never a state
 * named only as a place or a party, as people who act where they are would be
 * (lawmakers who criticise Moscow for a strike on Kyiv are no Ukrainians). */
static const char *const S_gov_named[] = {"GOV", NULL};
static const char *const S_leg_named[] = {"LEG", "GOV", NULL};
static const char *const S_chamber_named[] = {"LEG", NULL};
static const struct {
    const char *noun;
    const char *const *by;
    int apart; /* a government's state only when they do not deal with it */
} S_own_estates[] = {
    {"ADMINISTRATION", S_gov_named, 0}, {"CONGRESS", S_leg_named, 0},
    {"SENATE", S_leg_named, 0},         {"HOUSE", S_chamber_named, 0},
    {"SENATORS", S_chamber_named, 0},   {"CONGRESSMEN", S_chamber_named, 0},
    {"LAWMAKERS", S_leg_named, 1},      {"LEGISLATORS", S_leg_named, 1},
};
/* The states besides the United States whose legislature English wire copy names
 * "Congress" (1), and India, whose "Congress" is a party (0): a bare "Congress" is the
 * U.S. Congress in a story about any other state ("Nakasone said ... Congress is
 * ready to act"), Washington's whichever leader talks of it. */
static const S_word S_congress_states[] = {
    {"USA", 1}, {"PHL", 1}, {"BRA", 1}, {"ARG", 1}, {"PER", 1}, {"MEX", 1}, {"COL", 1},
    {"CHL", 1}, {"ECU", 1}, {"VEN", 1}, {"BOL", 1}, {"PRY", 1}, {"GTM", 1}, {"HND", 1},
    {"DOM", 1}, {"ESP", 1}, {"CHN", 1}, {"FSM", 1}, {"IND", 0},
};
/* States with no chamber that English wire copy calls "the Senate" (one chamber, or an
 * upper house of another name: the Bundesrat, the House of Lords, the House of
 * Councillors): there a bare "Senate" is the U.S. Senate, as "Congress" is ("Seoul
 * objected to the Senate bill": South Korea has its National Assembly alone). A state
 * not listed keeps the Senate it may have. */
static const char *const S_senateless[] = {
    "KOR", "PRK", "JPN", "CHN", "TWN", "VNM", "IDN", "SGP", "IND", "BGD", "LKA", "NZL",
    "GBR", "DEU", "DDR", "SWE", "NOR", "DNK", "FIN", "ISL", "PRT", "GRC", "HUN", "SVK",
    "BGR", "SRB", "HRV", "LTU", "LVA", "EST", "UKR", "BLR", "RUS", "SUN", "GEO", "ARM",
    "AZE", "ISR", "IRN", "IRQ", "SYR", "LBN", "SAU", "ARE", "KWT", "QAT", "OMN", "TUR",
    "LBY", "DZA", "MAR", "CUB", "NIC", "CRI", "SLV", "HND", "GTM", "PAN", "ECU", NULL};
/* A body named by its initials, and the noun a description names it by. */
static const struct {
    const char *initials, *noun;
} S_body_initials[] = {
    {"IMF", "FUND"}, {"NATO", "ALLIANCE"}, {"ADB", "BANK"},          {"IADB", "BANK"},
    {"IDB", "BANK"}, {"OPEC", "ORGANIZATION"}, {"OPEC", "ORGANISATION"},
    {"EC", "COMMUNITY"}, {"IAEA", "AGENCY"}, {"IEA", "AGENCY"},
};

/* "the country": the singular nouns that stand for a state. */
static const char *const S_state_nouns[] = {"COUNTRY", "NATION", "ISLAND", "KINGDOM",
                                             "REPUBLIC", "EMIRATE", NULL};
/* "the island", "the island nation": states on islands of their own or shared, or
 * archipelagos, the only ones news calls so; a mainland state in sight is no
 * antecedent ("Pelosi met Taiwan's president. China held drills around the island"). */
static const char *const S_island_states[] = {
    "ATG", "BHR", "BHS", "BRB", "BRN", "COM", "CPV", "CUB", "CYP", "DMA", "DOM", "FJI",
    "FSM", "GBR", "GRD", "HTI", "IDN", "IRL", "ISL", "JAM", "JPN", "KIR", "KNA", "LCA",
    "LKA", "MDG", "MDV", "MHL", "MLT", "MUS", "NRU", "NZL", "PHL", "PLW", "PNG", "PRI",
    "SGP", "SLB", "STP", "SYC", "TLS", "TON", "TTO", "TUV", "TWN", "VCT", "VUT", "WSM",
    NULL};
/* "the kingdom": states a king or queen reigns over, or did in the years of the
 * collection's copy (Nepal), the only ones news calls so ("Iran accused Saudi Arabia.
 * Tehran said the kingdom armed the rebels": not Iran). */
static const char *const S_kingdoms[] = {
    "BEL", "BHR", "BTN", "DNK", "ESP", "GBR", "JOR", "KHM", "LSO", "MAR", "NLD", "NOR",
    "NPL", "SAU", "SWE", "SWZ", "THA", "TON", NULL};

/* Event nouns: "the appeal" is the doing of the source of the latest appeal event.
 * Roots as a bit set (bit r for CAMEO root r); ~0 any. */
#define R(r) (1u << (r))
static const S_word S_event_nouns[] = {
    {"APPEAL", R(2) | R(10)},       {"REQUEST", R(2) | R(10)},   {"PLEA", R(2)},
    {"OVERTURE", R(2) | R(3)},      {"OVERTURES", R(2) | R(3)}, /* a request or an offer */
    /* a demand is what was urged or asked too ("The EU urged Serbia to recognise
     * Kosovo. Belgrade rejected the demand"); not "the call", which others "support" as
     * often as it is rejected, and may be one made by telephone */
    {"DEMAND", R(2) | R(10)},       {"DEMANDS", R(2) | R(10)},   {"DECISION", ~0},
    {"MOVE", ~0},                   {"STEP", ~0},                {"ACTION", ~0},
    {"MEASURES", ~0},               {"ANNOUNCEMENT", ~0},        {"REMARKS", ~0},
    {"COMMENTS", ~0},               {"STATEMENT", ~0},           {"ACCUSATION", R(11)},
    {"ACCUSATIONS", R(11)},         {"ALLEGATION", R(11)},       {"ALLEGATIONS", R(11)},
    {"CLAIMS", R(11)},              {"CHARGE", R(11)},           {"CHARGES", R(11)},
    {"CRITICISM", R(11)},           {"CONDEMNATION", R(11)},     {"ATTACK", R(18) | R(19) | R(20)},
    {"ATTACKS", R(18) | R(19) | R(20)}, {"STRIKE", R(18) | R(19) | R(20)},
    {"STRIKES", R(18) | R(19) | R(20)}, {"AIRSTRIKE", R(19)},     {"AIRSTRIKES", R(19)},
    {"BOMBING", R(18) | R(19)},     {"SHELLING", R(19)},         {"KILLING", R(17) | R(18) | R(19) | R(20)},
    {"KILLINGS", R(17) | R(18) | R(19) | R(20)}, {"INVASION", R(19)}, {"INCURSION", R(19)},
    {"OFFENSIVE", R(19)},           {"ASSAULT", R(18) | R(19)},  {"RAID", R(19)},
    {"SHOOTING", R(18) | R(19)},    {"BOMBARDMENT", R(19)},
    {"MASSACRE", R(18) | R(19) | R(20)},
    {"ASSASSINATION", R(18) | R(19)}, {"KIDNAPPING", R(18)},     {"ABDUCTION", R(18)},
    {"HIJACKING", R(17) | R(18)},   {"VIOLENCE", R(17) | R(18) | R(19) | R(20)},
    {"CRACKDOWN", R(17)},           {"ARREST", R(17)},           {"ARRESTS", R(17)},
    {"DETENTION", R(17)},           {"DETENTIONS", R(17)},       {"EXPULSION", R(17)},
    {"EXPULSIONS", R(17)},          {"SANCTIONS", R(16)},        {"TARIFFS", R(16)},
    {"DUTIES", R(16)},              {"LEVY", R(16)},             {"LEVIES", R(16)},
    {"PACKAGE", R(7) | R(16)},
    {"RESTRICTIONS", R(16)},        {"EMBARGO", R(16)},          {"BAN", R(16)},
    {"THREAT", R(13)},              {"THREATS", R(13)},          {"WARNING", R(13)},
    {"WARNINGS", R(13)},            {"ULTIMATUM", R(13)},        {"VISIT", R(4)},
    {"TRIP", R(4)},                 {"MEETING", R(4)},           {"MEETINGS", R(4)},
    {"TALKS", R(4)},                {"NEGOTIATIONS", R(4)},      {"CONSULTATIONS", R(4)},
    {"SUMMIT", R(4)},               {"PROPOSAL", R(3)},          {"OFFER", R(3)},
    {"DRILLS", R(15)},              {"EXERCISES", R(15)},
    {"WARRANT", R(11) | R(17)},     {"VERDICT", R(11)},          {"SENTENCE", R(11)},
    {"RESOLUTION", R(2) | R(10) | R(11) | R(16)},
};
#undef R

/* Acts named by the noun of their verb: "the extension" is the doing of whoever
 * extended something lately ("the lower house voted to extend the president's term.
 * The opposition condemned the extension"), also when the verb codes no event of its
 * own. Each row: the noun's forms, then the forms of the verbs whose act it names (a
 * verb may do for several nouns). A noun that is also an event noun above names the
 * latest event of its roots or of its verbs. */
typedef struct S_act {
    const char *noun, *verb;
} S_act;
static const S_act S_acts[] = {
    {"EXTENSION", "EXTEND EXTENDS EXTENDED EXTENDING"},
    {"DELAY", "DELAY DELAYS DELAYED DELAYING POSTPONE POSTPONES POSTPONED POSTPONING MISS "
              "MISSES MISSED"}, /* "Biden missed the deadline" */
    {"POSTPONEMENT", "POSTPONE POSTPONES POSTPONED POSTPONING DELAY DELAYS DELAYED DELAYING"},
    {"DECISION", "DECIDE DECIDES DECIDED DECIDING"},
    /* a bill is approved as it is passed, adopted or signed into law ("Parliament
     * passed the bill. Brussels criticised its approval") */
    {"APPROVAL", "APPROVE APPROVES APPROVED APPROVING PASS PASSES PASSED PASSING ADOPT ADOPTS "
                 "ADOPTED ADOPTING SIGN SIGNS SIGNED SIGNING"},
    {"RULING", "RULE RULES RULED"},
    {"BAN", "BAN BANS BANNED BANNING"},
    {"IMPOSITION", "IMPOSE IMPOSES IMPOSED IMPOSING"},
    {"STRIKE STRIKES", "STRIKE STRIKES STRUCK STRIKING"},
    {"ANNEXATION", "ANNEX ANNEXES ANNEXED ANNEXING"},
    {"SUSPENSION", "SUSPEND SUSPENDS SUSPENDED SUSPENDING"},
    {"EXPULSION EXPULSIONS", "EXPEL EXPELS EXPELLED EXPELLING"},
    {"CANCELLATION", "CANCEL CANCELS CANCELED CANCELLED CANCELING CANCELLING"},
    {"CLOSURE", "CLOSE CLOSES CLOSED CLOSING"},
    {"DISSOLUTION", "DISSOLVE DISSOLVES DISSOLVED DISSOLVING"},
    {"VETO", "VETO VETOES VETOED VETOING"},
    /* "Hungarian lawmakers ratified Sweden's bid." paragraphs on: "NATO welcomed the
     * vote" */
    {"VOTE", "VOTE VOTES VOTED VOTING RATIFY RATIFIES RATIFIED RATIFYING"},
    /* a missile is launched, fired or test-fired ("North Korea fired a ballistic
     * missile into the sea. Japan condemned the launch") */
    {"LAUNCH LAUNCHES", "LAUNCH LAUNCHES LAUNCHED LAUNCHING FIRE FIRES FIRED FIRING "
                        "TEST-FIRE TEST-FIRES TEST-FIRED TEST-FIRING"},
    {"TEST TESTS", "TEST TESTS TESTED TESTING TEST-FIRE TEST-FIRES TEST-FIRED TEST-FIRING"},
    {"EXECUTION EXECUTIONS", "EXECUTE EXECUTES EXECUTED EXECUTING"},
    {"ARREST ARRESTS", "ARREST ARRESTS ARRESTED ARRESTING"},
    {"DETENTION DETENTIONS", "DETAIN DETAINS DETAINED DETAINING"},
    {"SEIZURE", "SEIZE SEIZES SEIZED SEIZING"},
    {"DEPORTATION DEPORTATIONS", "DEPORT DEPORTS DEPORTED DEPORTING"},
    {"REVOCATION", "REVOKE REVOKES REVOKED REVOKING"},
    {"INVASION", "INVADE INVADES INVADED INVADING"},
    /* troops sent ("Moscow sent troops to Mali. Paris condemned the deployment") */
    {"DEPLOYMENT DEPLOYMENTS", "DEPLOY DEPLOYS DEPLOYED DEPLOYING SEND SENDS SENT SENDING"},
    /* power seized ("Sudan's army dissolved the cabinet and ousted the premier." paragraphs
     * on: "Washington condemned the coup") */
    {"COUP TAKEOVER", "OUST OUSTS OUSTED OUSTING TOPPLE TOPPLES TOPPLED TOPPLING OVERTHROW "
                      "OVERTHROWS OVERTHREW OVERTHROWN OVERTHROWING DEPOSE DEPOSES DEPOSED "
                      "DEPOSING SEIZE SEIZES SEIZED SEIZING DISSOLVE DISSOLVES DISSOLVED "
                      "DISSOLVING"},
    /* what someone said of another ("Kyiv said Belarus was massing troops. Minsk
     * dismissed the claims"), or of what happened ("Pretoria said its troops were there
     * to protect civilians. Kigali rejected that account") */
    {"CLAIM CLAIMS ALLEGATION ALLEGATIONS ACCOUNT",
     "CLAIM CLAIMS CLAIMED ALLEGE ALLEGES ALLEGED SAY SAYS SAID"},
    {"ACCUSATION ACCUSATIONS CHARGE CHARGES",
     "ACCUSE ACCUSES ACCUSED ALLEGE ALLEGES ALLEGED SAY SAYS SAID CHARGE CHARGES CHARGED"},
    /* what was proposed, whatever its noun ("Egypt proposed that both sides hold fire for
     * a week. Israel rejected the proposal") */
    {"PROPOSAL PROPOSALS", "PROPOSE PROPOSES PROPOSED PROPOSING"},
};

/* Things a party puts forward, sends or makes, and the verbs of doing so: as an event's
 * other party (S_owned_again) "the plan", "the law" or "the list" is the party's that did
 * so lately ("Hamas presented a new truce proposal. Israel rejected the proposal"; "The
 * parliament passed the security law. London condemned the law"; a law imposed on
 * another is its imposer's too; "Four states sent Doha
 * a list of demands. Qatar rejected the list"). Not a row of S_acts: as a doer ("the
 * bill provides", "the plan broke the deadlock") such a phrase is no one's. */
static const S_act S_made = {
    "PROPOSAL PROPOSALS PLAN PLANS BILL LAW LEGISLATION BUDGET LIST",
    "PROPOSE PROPOSES PROPOSED PROPOSING PRESENT PRESENTS PRESENTED PRESENTING UNVEIL UNVEILS "
    "UNVEILED UNVEILING SUBMIT SUBMITS SUBMITTED SUBMITTING TABLE TABLES TABLED TABLING DRAFT "
    "DRAFTS DRAFTED DRAFTING ANNOUNCE ANNOUNCES ANNOUNCED ANNOUNCING INTRODUCE INTRODUCES "
    "INTRODUCED INTRODUCING PASS PASSES PASSED PASSING APPROVE APPROVES APPROVED APPROVING "
    "ADOPT ADOPTS ADOPTED ADOPTING SIGN SIGNS SIGNED SIGNING ENACT ENACTS ENACTED ENACTING "
    "SEND SENDS SENT SENDING ISSUE ISSUES ISSUED ISSUING IMPOSE IMPOSES IMPOSED IMPOSING"};

/* Nouns of what a party does, says or decides that refer back to no event of their own:
 * its conduct, words, views and policies ("Japan's trade practices", "the minister's
 * words", "Tokyo's thinking", "the American naval presence"), the votes it holds ("the
 * Russian referendum"), and what it gives or does to meet another's wishes,
 * often judged too little ("Tokyo's concessions were not enough", "Japan's export
 * restraint is inadequate"), which a judgement of them judges their party by
 * (dyad_coref_act_noun). */
static const char *const S_conduct_nouns[] = {
    "ACT",         "ACTS",        "ACTIONS",     "DECISIONS",   "MOVES",       "STEPS",
    "POLICY",      "POLICIES",    "PRACTICE",    "PRACTICES",   "BEHAVIOR",    "BEHAVIOUR",
    "CONDUCT",     "STANCE",      "POSITION",    "ATTITUDE",    "APPROACH",    "RESPONSE",
    "REACTION",    "TREATMENT",   "HANDLING",    "TACTICS",     "STRATEGY",    "PLAN",
    "PLANS",       "PROPOSALS",   "OFFERS",      "REMARK",      "WORDS",       "RHETORIC",
    "STATEMENTS",  "REPORT",      "REPORTS",     "FINDINGS",    "INTERVENTION", "INVOLVEMENT",
    "INTERFERENCE", "PRESENCE",    "OCCUPATION",  "BLOCKADE",    "LAW",         "LAWS",
    "LEGISLATION", "BILL",        "TAX",         "TAXES",       "QUOTA",       "QUOTAS",
    "SUBSIDIES",   "BARRIERS",    "REGULATIONS", "TARIFF",      "WAR",         "CAMPAIGN",
    "OPERATION",   "OPERATIONS",  "PROGRAM",     "PROGRAMME",   "BUILDUP",     "BUILD-UP",
    "EXPANSION",   "RULE",        "CURB",        "CURBS",       "CONTROLS",    "ACTIVITY",
    "ACTIVITIES",  "AGGRESSION",  "MEASURE",     "MEASURES",    "CONCESSION",  "CONCESSIONS",
    "RESTRAINT",   "EFFORTS",     "COMMENTS",    "REMARKS",     "THINKING",    "VIEW",
    "VIEWS",       "IDEAS",       "ARGUMENT",    "ARGUMENTS",   "LOGIC",       "NARRATIVE",
    "MENTALITY",   "MINDSET",     "IDEOLOGY",    "AMBITIONS",   "ATTEMPT",     "ATTEMPTS",
    "REFERENDUM",  "ELECTION",    "ELECTIONS",   "BUDGET",      NULL};

/* CAMEO region codes and the dictionary's own (ARB, CAM, WEU): not countries, so never
 * "the country". Central Africa is CFR: CAF is the Central African Republic. */
static const char *const S_regions[] = {
    "AFR", "ARB", "ASA", "BLK", "CAM", "CAS", "CAU", "CEU", "CFR", "CRB", "EAF", "EEU",
    "EIN", "EUR", "LAM", "MDT", "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN",
    "SEA", "WAF", "WEU", "WST", NULL};

#define NAMEW 4
#define ORGW 6
typedef struct S_ment {
    char code[64];          /* "A/B" for a group */
    char name[NAMEW][24];   /* a person's name words */
    int nname;
    unsigned titles;
    int kind, gender;
    int silent;             /* no actor (yet), or an event noun: never an antecedent */
    int place;              /* where something happens (dyad_cr_np.place), or a
                               mission that says where it is, whatever its role
                               ("protesters stormed the Russian embassy in Tbilisi") */
    char where[64];         /* its code to people who act where they are: its own, or
                               dyad_cr_np.where ("" none) */
    int referred;           /* its code is an antecedent's */
    int inword;             /* a pair named in one word ("the Mexican-U.S. accord"): whom
                               "the two sides" may mean, never a pronoun's antecedent */
    int counted;            /* people no one names introduced by a number ("Two men
                               were arrested"): how many, whom "the two men" mean */
    int state_plural;       /* a state named by a plural proper noun: also "it" */
    int says;               /* dyad_cr_np.says: it says something */
    int sayer;              /* a name no dictionary knows that says something ("Texaco
                               Inc said", "Krutikhin said"): whom "it" may mean too */
    char words[ORGW][24];   /* its words after its determiners to its head ("WORLD",
                               "BANK"; "BANK" of "the Bank of Japan"), by which "the
                               bank" names it later (S_body) */
    int nwords;
    char tail[3][24];       /* its last words to its head, before a preposition, by
                               which "the" and they name an act, words or policy of its
                               owner again (S_owned_again) */
    int ntail;
    int tail_pp;            /* a preposition follows them, whose words may be what gave
                               its code ("the aid bill for Ukraine"): no owner's */
    int again;              /* "the" and at most three words: a thing named again
                               (S_owned_again) */
    int another;            /* "another" or "other" before its head: a thing new to the
                               story ("a rider to another Senate bill") */
    char initials[8];       /* the initials of its name of proper nouns ("KIA" of "the
                               Kachin Independence Army"), by which an acronym names it
                               later (S_acronym); "" none */
    int sent, tok;
} S_ment;

typedef struct S_evt {
    char source[64];
    unsigned root;          /* bit of the CAMEO root; 0: a verb of no event */
    char verb[24];          /* its verb's word if a row of S_acts has it, else "" */
    int sent;
} S_evt;

typedef struct S_done {
    char source[64], target[64];
    char code[8]; /* its CAMEO code, for acts of one kind within a root (an accusation) */
    int root, sent;
} S_done;

struct dyad_coref {
    S_ment *m;
    size_t nm, capm;
    S_evt *e;
    size_t ne, cape;
    S_done *d;              /* events output (dyad_coref_done) */
    size_t nd, capd;
    int sent;               /* the current sentence, 0-based; -1 before the first */
    int q_open;             /* the sentence before ended inside a quotation */
    int q_later;            /* this one opens a quotation named later (dyad_coref_ahead):
                               1 by someone else, 2 + a mention by that person */
    int q_he;               /* ... by "he" (G_MALE) or "she" (G_FEMALE), 0 otherwise */
    char later[16][24];     /* the words that name the speaker of a quotation this one */
    int nlater;             /* opens, when a later sentence names one not known before */
    char spk[64];           /* the speaker of the quotation of sentence spk_sent */
    int spk_id, spk_sent;   /* its mention (-1 none) and sentence (-1 none) */
    int added;              /* the sentence's phrases are all added (dyad_coref_added) */
    char home[4];           /* the state of the article's dateline (dyad_coref_home), "" */
};

dyad_coref *dyad_coref_new(void)
{
    dyad_coref *cr = calloc(1, sizeof *cr);
    if (cr)
        dyad_coref_reset(cr);
    return cr;
}

void dyad_coref_free(dyad_coref *cr)
{
    if (!cr)
        return;
    free(cr->m);
    free(cr->e);
    free(cr->d);
    free(cr);
}

void dyad_coref_reset(dyad_coref *cr)
{
    cr->nm = cr->ne = cr->nd = 0;
    cr->sent = cr->spk_sent = cr->spk_id = -1;
    cr->q_open = cr->q_later = cr->q_he = cr->nlater = 0;
    cr->spk[0] = cr->home[0] = 0;
}

void dyad_coref_sentence(dyad_coref *cr)
{
    cr->sent++;
    cr->added = 0;
}

void dyad_coref_added(dyad_coref *cr) { cr->added = 1; }

/* ---------------------------------------------------------------- words */

static int S_lookup(const S_word *t, size_t n, const char *w, int *v)
{
    for (size_t i = 0; i < n; i++)
        if (t[i].w[0] == w[0] && !strcmp(t[i].w, w)) {
            *v = t[i].v;
            return 1;
        }
    return 0;
}
#define LOOKUP(table, w, v) S_lookup(table, sizeof table / sizeof *table, w, v)

/* Indexes of the word tables, built once: S_title_at is asked of every word of a
 * phrase each time the phrase is read, S_act_row of most heads and verbs, and a word
 * need only be tried against the few entries that start as it does (most start none).
 * The titles by the first letter and length of their first word, each bucket's in
 * table order (S_title_first, below); for each row of S_acts, the first letters of its
 * nouns and of its verb forms as bits of FIRST(), and those of the honorifics, which
 * S_read asks of every word. */

#define NTITLES (sizeof S_titles / sizeof *S_titles)
#define NACTS (sizeof S_acts / sizeof *S_acts)
#define FIRST(w) (1u << ((unsigned char)(w)[0] & 31))
enum { T_END = 0xff };
_Static_assert(NTITLES < T_END, "title indexes fit a byte");
static unsigned S_act_nouns[NACTS], S_act_verbs[NACTS], S_honorific_firsts;

/* The words dyad_coref_unknown_word answers for apart from the verbs of saying
 * (dyad_say_word), which the word filter asks of every word of an article, indexed by
 * first letter and length: most words are no entry's, and a word is compared only with
 * the entries of its length that start as it does. unknown: the answer for the word in
 * upper case (a pronoun's first: the index is filled in that order). */
typedef struct S_known {
    const char *w;
    size_t len;
    unsigned char unknown;
} S_known;
#define NKNOWN                                                                             \
    (sizeof S_pronouns / sizeof *S_pronouns + sizeof S_honorifics / sizeof *S_honorifics + \
     NTITLES)
_Static_assert(NKNOWN < T_END, "indexes of known words fit a byte");
enum { KNOWN_LENS = 16 }; /* words of 15 bytes or more share the last length */
#define KNOWN_LEN(n) ((n) < KNOWN_LENS ? (n) : KNOWN_LENS - 1)
static S_known S_known_v[NKNOWN];
static unsigned char S_known_first[26][KNOWN_LENS], S_known_next[NKNOWN], S_nknown;
/* the titles by the first letter and length of their first word, in table order */
static unsigned char S_title_first[26][KNOWN_LENS], S_title_next[NTITLES];
static pthread_once_t S_index_once = PTHREAD_ONCE_INIT;

/* The last word of title k: a title needs all its words, so a phrase ends with it. */
static const char *S_title_lastword(size_t k)
{
    const S_title *t = &S_titles[k];
    return t->w[t->w[2] ? 2 : t->w[1] ? 1 : 0];
}

/* FIRST() of every word of a blank-separated list, or'ed */
static unsigned S_firsts(const char *list)
{
    unsigned bits = 0;
    for (const char *p = list; *p; p++)
        if (p == list || p[-1] == ' ')
            bits |= FIRST(p);
    return bits;
}

/* w (upper case, a letter first) into the index of S_known_v; a word there already
 * keeps its unknown. */
static void S_know(const char *w, int unknown)
{
    size_t len = strlen(w);
    unsigned char *first = &S_known_first[w[0] - 'A'][KNOWN_LEN(len)];
    unsigned char k;
    for (k = *first; k != T_END && strcmp(S_known_v[k].w, w); k = S_known_next[k])
        ;
    if (k == T_END) {
        k = S_nknown++;
        S_known_v[k] = (S_known){w, len, (unsigned char)unknown};
        S_known_next[k] = *first;
        *first = k;
    }
}

static void S_index(void)
{
    memset(S_title_first, T_END, sizeof S_title_first);
    memset(S_known_first, T_END, sizeof S_known_first);
    for (size_t k = NTITLES; k-- > 0;) {
        unsigned char *first =
            &S_title_first[S_titles[k].w[0][0] - 'A'][KNOWN_LEN(strlen(S_titles[k].w[0]))];
        S_title_next[k] = *first;
        *first = (unsigned char)k;
    }
    /* a pronoun that an actor no dictionary knows may claim: of a person, or "it" */
    for (size_t i = 0; i < sizeof S_pronouns / sizeof *S_pronouns; i++) {
        int v = S_pronouns[i].v;
        S_know(S_pronouns[i].w, (v & 7) == K_PERSON || ((v & 7) == K_THING && !(v & POSS))
                                    ? 2 : 0);
    }
    for (size_t i = 0; i < sizeof S_honorifics / sizeof *S_honorifics; i++)
        S_know(S_honorifics[i].w, 1);
    for (size_t k = 0; k < NTITLES; k++)
        S_know(S_title_lastword(k), 1);
    for (size_t i = 0; i < NACTS; i++) {
        S_act_nouns[i] = S_firsts(S_acts[i].noun);
        S_act_verbs[i] = S_firsts(S_acts[i].verb);
    }
    for (size_t i = 0; i < sizeof S_honorifics / sizeof *S_honorifics; i++)
        S_honorific_firsts |= FIRST(S_honorifics[i].w);
}

/* The row of S_acts whose nouns (noun = 1) or verb forms hold w; -1 none. */
static int S_act_row(const char *w, int noun)
{
    unsigned first = FIRST(w);
    pthread_once(&S_index_once, S_index);
    for (size_t i = 0; i < NACTS; i++)
        if ((noun ? S_act_nouns[i] : S_act_verbs[i]) & first &&
            dyad_word_listed(noun ? S_acts[i].noun : S_acts[i].verb, w))
            return (int)i;
    return -1;
}

static int S_is_det(const char *w)
{
    static const char *const det[] = {"THE", "THIS", "THAT", "THESE", "THOSE", NULL};
    return dyad_among(w, det);
}

static int S_tag_is(const dyad_cr_np *np, int i, const char *prefix)
{
    return np->tag && np->tag[i] && !strncmp(np->tag[i], prefix, strlen(prefix));
}

/* Title at word i: its length in words (0 none), bits and gender (S_read has built
 * the index). */
static int S_title_at(const dyad_cr_np *np, int i, unsigned *bits, int *gender)
{
    unsigned c = (unsigned char)np->w[i][0] - 'A';
    if (c >= 26)
        return 0;
    size_t len = strlen(np->w[i]);
    for (unsigned k = S_title_first[c][KNOWN_LEN(len)]; k != T_END; k = S_title_next[k]) {
        const S_title *t = &S_titles[k];
        int n = 0;
        while (n < 3 && t->w[n] && i + n < np->n && !strcmp(np->w[i + n], t->w[n]))
            n++;
        if (n && (n == 3 || !t->w[n])) {
            *bits = t->bits;
            *gender = t->gender;
            return n;
        }
    }
    return 0;
}

/* What the words of a phrase say about it. */
typedef struct S_np {
    int det;            /* starts with a determiner */
    int first;          /* first word after determiners */
    unsigned titles;    /* the last (head) title */
    int title_end;      /* word after it, 0 none */
    int gender;
    int honorific;
    int pron, pron_v;   /* a pronoun leads the phrase, with its S_pronouns value */
    int plural_head;    /* last word tagged NNS/NNPS, not a name after a title */
    int names;          /* proper nouns after the title (and honorifics) */
    int name_end;       /* the word after the proper nouns right after the title */
} S_np;

static void S_read(const dyad_cr_np *np, S_np *r)
{
    pthread_once(&S_index_once, S_index);
    memset(r, 0, sizeof *r);
    while (r->first < np->n && S_is_det(np->w[r->first]))
        r->first++;
    r->det = r->first > 0;
    /* a part of "them" ("fired water cannon at one of them", "some of them") is of
     * whom "them" is */
    static const char *const part[] = {"ONE", "SOME", "MANY", "MOST", "ALL", "EACH",
                                       "SEVERAL", "BOTH", "EITHER", NULL};
    if (r->first + 3 == np->n && !strcmp(np->w[r->first + 1], "OF") &&
        !strcmp(np->w[r->first + 2], "THEM") &&
        (dyad_among(np->w[r->first], part) || S_tag_is(np, r->first, "CD")))
        r->first += 2;
    if (r->first < np->n && LOOKUP(S_pronouns, np->w[r->first], &r->pron_v))
        r->pron = 1;
    for (int i = r->first; i < np->n;) {
        unsigned b;
        int g, v;
        int len = S_title_at(np, i, &b, &g);
        if (len) {
            r->titles = b;
            r->title_end = i + len;
            if (g)
                r->gender = g;
            r->names = 0;
            i += len;
            continue;
        }
        if (FIRST(np->w[i]) & S_honorific_firsts && LOOKUP(S_honorifics, np->w[i], &v)) {
            r->honorific = 1;
            if (v)
                r->gender = v;
        } else if (S_tag_is(np, i, "NNP")) {
            r->names++;
        } else {
            r->names = 0;
        }
        i++;
    }
    r->name_end = r->title_end;
    while (r->name_end > 0 && r->name_end < np->n && S_tag_is(np, r->name_end, "NNP"))
        r->name_end++;
    /* a name after a title or an honorific is a person's, whatever its ending tells
     * the tagger ("Foreign Undersecretary Suleiman Qaddoras", "Mr Figueras"), and so
     * is a phrase of what a person named after a title owns ("Oil Minister Ali
     * Noor's remarks") */
    r->plural_head = np->n > 0 && !(r->names && (r->title_end || r->honorific)) &&
                     r->name_end == r->title_end &&
                     (S_tag_is(np, np->n - 1, "NNS") || S_tag_is(np, np->n - 1, "NNPS"));
}

/* ---------------------------------------------------------------- codes */

static int S_same_key(const char *a, const char *b)
{
    size_t na = dyad_actor_key_len(a), nb = dyad_actor_key_len(b);
    return na == nb && !strncmp(a, b, na);
}

/* Is a country the code's key (not an organisation, region or unknown)? */
static int S_is_state(const char *code)
{
    if (dyad_actor_key_len(code) != 3 || code[0] == '-' || code[0] == '"')
        return 0;
    char k[4] = {code[0], code[1], code[2], 0};
    return !dyad_among(k, S_regions) && !dyad_actor_transnational(k);
}

void dyad_coref_home(dyad_coref *cr, const char *code)
{
    snprintf(cr->home, sizeof cr->home, "%s", S_is_state(code) ? code : "");
}


/* The agents of the state: with them a code is the country itself. */
static const char *const S_state_agents[] = {"GOV", "MIL", "COP", "SPY", NULL};

/* The part of code (to its first '/') that an office of its owner keeps ("his
 * government", "its spokesman"): a state's key, the country (USAGOV -> USA); an
 * organisation's whole name less the agents of its people ("NATO leaders",
 * IGOWSTNATGOV -> IGOWSTNAT), as its key alone (IGOWST) names no one body. */
static size_t S_owner_len(const char *code)
{
    size_t n = strcspn(code, "/"), k = dyad_actor_key_len(code);
    if (!dyad_actor_transnational(code))
        return k;
    while (n >= k + 3 && dyad_among_n(code + n - 3, 3, S_state_agents))
        n -= 3;
    return n;
}

/* Append code (or its owner's part followed by suffix, when key_only) to out,
 * '/'-separated. */
static void S_append(char *out, size_t cap, const char *code, int key_only, const char *suffix)
{
    size_t n = strlen(out);
    for (const char *a = code; a && n + 1 < cap; a = strchr(a, '/') ? strchr(a, '/') + 1 : NULL) {
        int len = key_only ? (int)S_owner_len(a) : (int)strcspn(a, "/");
        int k = snprintf(out + n, cap - n, "%s%.*s%s", n ? "/" : "", len, a,
                         key_only ? suffix : "");
        if (k < 0 || (size_t)k >= cap - n) {
            out[n] = 0;
            return;
        }
        n += (size_t)k;
    }
}

/* ---------------------------------------------------------------- candidates */

enum { Q_NONE = 0, Q_PRON, Q_NAME, Q_TITLE, Q_STATE, Q_PLURAL, Q_EVENT };

typedef struct S_query {
    int kind;
    int want;           /* Q_PRON: K_*; Q_PLURAL: P_* */
    int bare;           /* Q_PRON: the pronoun alone ("it", not "its offer"); Q_EVENT:
                           "the" and the noun, alone or before a preposition ("the
                           strikes", "the seizure of the crossing"; not "the single
                           biggest attack, in 2009") */
    int gender;
    unsigned titles;    /* Q_TITLE */
    const char *name;   /* Q_NAME */
    const char *country;/* Q_TITLE: the phrase's own actor code, or NULL */
    int count;          /* Q_PLURAL */
    int exact;          /* Q_PLURAL: count is a guess, right only when that many are in sight */
    int apart;          /* Q_PLURAL: parties at odds (P_APART), no compound */
    unsigned roots;     /* Q_EVENT */
    int act;            /* Q_EVENT: the row of S_acts of its noun, -1 none */
    int launched;       /* Q_EVENT: an attack by what is launched ("the missile
                           attack"): only an act of act's verbs fits */
    int window;         /* sentences to look back */
    int key_only;       /* the result is the antecedent's key plus suffix */
    int poss_office;    /* Q_PRON: a possessive before a title, an agent of its own or
                           members ("its secretary general", "its spokesman", "its
                           member states"), no place's ("its mayor") */
    const char *suffix; /* the phrase's own agents */
    int object;         /* Q_PRON: "them", which only an act's object is */
    int role;           /* Q_STATE: an armed group named (S_armed) first; 2: no person */
    int ahead;          /* Q_STATE: places after the phrase in its sentence count
                           (2: any phrase after it that names its own actor) */
    int held;           /* Q_STATE: hostages, no state's people by who speaks of them */
    int office;         /* Q_STATE: a named holder of a state's office */
    int no_place;       /* Q_STATE: only states named other than as a place */
    int ruler;          /* Q_STATE: a government acting or acted on, whose own
                           country is no other party (S_avoided) */
    int bare_arms;      /* Q_STATE: men under arms with no article (S_bare_arms) */
    const char *const *only; /* Q_STATE: the states its noun may name ("the island":
                                S_island_states, "the kingdom": S_kingdoms), NULL any */
    int noun;           /* Q_STATE: a noun of states (S_state_nouns) names it or its
                           owner ("the country", "the nation's army") */
} S_query;

/* Does the code (to its first '/', n bytes) have one of the agents of list? */
static int S_has_agent(const char *code, size_t n, const char *const *list)
{
    for (size_t k = dyad_actor_key_len(code); k + 3 <= n; k += 3)
        if (dyad_among_n(code + k, 3, list))
            return 1;
    return 0;
}

/* The agents of non-state armed force: rebels, insurgents, separatists, militias and
 * gunmen, whom news names by one another's nouns. */
static const char *const S_armed_agents[] = {"REB", "INS", "SEP", "UAF", NULL};

/* Is the code a non-state armed group's: one of S_armed_agents, or a militarized group
 * of no one country (IMG: Islamic State, al-Qaeda)? */
static int S_armed(const char *code)
{
    return !strncmp(code, "IMG", 3) || S_has_agent(code, strlen(code), S_armed_agents);
}

/* Are codes a and b (na, nb bytes) of one country the sides of its armed conflict: an
 * armed group (rebels, insurgents, separatists) and the state (the country itself, its
 * government, forces, police or intelligence)? */
static int S_sides(const char *a, size_t na, const char *b, size_t nb)
{
    static const char *const arm[] = {"REB", "INS", "SEP", NULL};
    int ra = S_has_agent(a, na, arm), rb = S_has_agent(b, nb, arm);
    int sa = na == dyad_actor_key_len(a) || S_has_agent(a, na, S_state_agents);
    int sb = nb == dyad_actor_key_len(b) || S_has_agent(b, nb, S_state_agents);
    return (ra && !rb && sb) || (rb && !ra && sa);
}

/* Are codes a and b (na, nb bytes), of one country, its two sides: those of its armed
 * conflict (S_sides), or the state and its opposition (dyad_coref_two_sides)? */
static int S_two_sides(const char *a, size_t na, const char *b, size_t nb)
{
    static const char *const opp[] = {"OPP", NULL};
    int oa = S_has_agent(a, na, opp), ob = S_has_agent(b, nb, opp);
    int sa = !oa && (na == dyad_actor_key_len(a) || S_has_agent(a, na, S_state_agents));
    int sb = !ob && (nb == dyad_actor_key_len(b) || S_has_agent(b, nb, S_state_agents));
    return S_sides(a, na, b, nb) || (oa && sb) || (ob && sa);
}

/* Are codes a and b (na, nb bytes) of one country different parties within it: the
 * state (the country itself, or with an agent of the state: "RUS", "PAKGOVLEG" ruling
 * coalition lawmakers) and each set of other agents (the opposition, the legislature,
 * the courts: "SOMOPPLEG", "SOMLEG", "BIHJUD")? */
static int S_estates(const char *a, size_t na, const char *b, size_t nb)
{
    size_t ka = dyad_actor_key_len(a), kb = dyad_actor_key_len(b);
    int sa = na == ka || S_has_agent(a, na, S_state_agents);
    int sb = nb == kb || S_has_agent(b, nb, S_state_agents);
    return sa != sb || (!sa && (na - ka != nb - kb || strncmp(a + ka, b + kb, na - ka)));
}

/* The agents of men under arms: a state's forces, police or intelligence, or an armed
 * group fighting it. */
static const char *const S_arms[] = {"MIL", "COP", "SPY", "REB", "INS", "SEP", NULL};

/* Are codes a and b (na, nb bytes) of one country men under arms (the state's forces,
 * police or intelligence, or an armed group fighting it) and people of no estate they
 * do something to (civilians, media, students, workers, refugees, health workers):
 * "the separatist outfit said it had taken more than 100 passengers hostage", "NISA
 * said it closed 12 media outlets"? A state or government helping its own people
 * ("it will provide benefits to low-income families") is no other party to them. */
static int S_victims(const char *a, size_t na, const char *b, size_t nb)
{
    static const char *const people[] = {"CVL", "MED", "EDU", "LAB", "REF", "HLH", NULL};
    size_t kb = dyad_actor_key_len(b);
    if (nb == kb || !S_has_agent(a, na, S_arms))
        return 0;
    for (size_t k = kb; k + 3 <= nb; k += 3)
        if (!dyad_among_n(b + k, 3, people))
            return 0;
    return 1;
}

/* Does a member of code (A/B) share its key with a member of avoid? When the query
 * (NULL: none) gives the result as key + suffix, that is compared whole: "the
 * government" may act on "the rebels" of its own country; except for hostages, who
 * are not of a state (or its government, forces) that alone is the other party of
 * their event: a state calls for the release of hostages held abroad ("'We call for
 * the release of the hostages,' the ministry said" names no one's), while their
 * captors hold them where they act; nor is a government that acts or is acted on
 * (q->ruler) of the country named by its name as the other party, which the writer
 * would not name so were it the government's own: in "Officials in Manila met. The
 * government criticised the Philippines" it is another state's, as "the junta"
 * France accuses is no French one (a group the dictionaries know only by its country,
 * though, may act on its own government: "Japanese industry agreed with the
 * government"); a person's pronoun, title or
 * name avoids only the other party's own code: "a Bosnian court banned him" may be a
 * Bosnian, "a member of the upper house urged the president" the country's own. A
 * state's side and the armed group fighting it are no one party ("The Somali army said
 * it had bombed al-Shabab positions": "it" is the army), nor, for an act named by its
 * noun, different parties within a country (S_estates: "opposition members condemned
 * the extension" the lower house voted for), nor, for "them", the state and its
 * opposition ("the government arrested opposition figures, accusing them of treason";
 * "they", a subject, keep their avoidance: "they" that march after a government acted
 * are not thereby its opposition). */
static int S_avoided(const char *code, const char *avoid, const S_query *q)
{
    if (!avoid)
        return 0;
    const char *suffix = q && q->key_only ? q->suffix : NULL;
    size_t sl = suffix ? strlen(suffix) : 0;
    for (const char *a = code; a; a = strchr(a, '/') ? strchr(a, '/') + 1 : NULL)
        for (const char *b = avoid; b; b = strchr(b, '/') ? strchr(b, '/') + 1 : NULL) {
            size_t ka = dyad_actor_key_len(a), na = strcspn(a, "/"), nb = strcspn(b, "/");
            if (q && ((q->kind == Q_PRON && q->want == K_PERSON) || q->kind == Q_TITLE ||
                      q->kind == Q_NAME)
                    ? na == nb && !strncmp(a, b, na)
                : !sl ? S_same_key(a, b) && !S_sides(a, na, b, nb) &&
                            !(q && q->kind == Q_EVENT && S_estates(a, na, b, nb)) &&
                            !(q && q->kind == Q_PRON &&
                              (S_victims(a, na, b, nb) ||
                               (q->object && S_two_sides(a, na, b, nb))))
                      : !strncmp(a, b, ka) &&
                            ((nb == ka + sl && !strncmp(b + ka, suffix, sl)) ||
                             (q->ruler && nb == ka) ||
                             (q->held && !strchr(avoid, '/') &&
                              (nb == ka || S_has_agent(b, nb, S_state_agents)))))
                return 1;
        }
    return 0;
}

/* The code of mention m to query q: to people who act where they are (q->ahead), where
 * it is ("protesters outside the Chinese embassy in London" are no Chinese). */
static const char *S_code(const S_query *q, const S_ment *m)
{
    return q->ahead ? m->where : m->code;
}

static int S_fits(const S_query *q, const S_ment *m)
{
    /* a person the dictionaries do not know ("a spokesman", "Krutikhin" saying
     * something) is whom "he" may mean, and a name saying something ("CNN said") whom
     * "it" may, though no code: found, it keeps the pronoun unknown (S_result) rather
     * than letting it reach a known actor further back */
    if (m->silent && !(q->kind == Q_PRON && (q->want == K_PERSON || (m->sayer && q->bare))))
        return 0;
    if (q->gender && m->gender && q->gender != m->gender)
        return 0;
    switch (q->kind) {
    case Q_PRON:
        if (m->inword)
            return 0;
        /* "its" before an office or members ("its secretary general", "its
         * spokesman", "its members") is also an organisation's whose people a group
         * names ("NATO leaders met in Vilnius", "OPEC ministers gathered in Vienna"):
         * the office is the body's they stand for, not the city's where they met, nor
         * a state's */
        return m->kind == q->want || (m->sayer && q->want == K_THING && q->bare) ||
               (q->poss_office && q->want == K_THING && m->kind == K_GROUP &&
                !strchr(m->code, '/') && dyad_actor_transnational(m->code));
    case Q_NAME:
        if (m->kind != K_PERSON)
            return 0;
        for (int i = 0; i < m->nname; i++)
            if (!strcmp(m->name[i], q->name))
                return 1;
        return 0;
    case Q_TITLE:
        if (m->kind != K_PERSON)
            return 0;
        if (q->country && !S_same_key(q->country, m->code))
            return 0;
        if (q->titles & T_LEADER)
            return (m->titles & T_HEAD) != 0;
        if (q->titles & T_MINISTER)
            return (m->titles & T_ANYMIN) != 0;
        return (m->titles & q->titles) != 0;
    case Q_STATE:
        if (strchr(m->code, '/'))
            return 0; /* a compound's */
        if (q->role)
            return (q->role == 1 || m->kind != K_PERSON) && S_armed(m->code);
        if (q->no_place && m->place)
            return 0;
        if (q->only) {
            char k[4];
            snprintf(k, sizeof k, "%.3s", S_code(q, m));
            if (!dyad_among(k, q->only))
                return 0;
        }
        return S_is_state(S_code(q, m));
    case Q_PLURAL:
        if (m->kind == K_GROUP)
            return 0; /* its members were mentions of their own */
        if (q->want == P_PERSON)
            return m->kind == K_PERSON;
        return q->want == P_ANY || S_is_state(m->code);
    }
    return 0;
}

/* Are the agents of a code's suffix those of people who act where they are
 * (S_domestic), each of them one, or the government beside one: "opposition
 * lawmakers" (OPPLEG), "ruling coalition lawmakers" (GOVLEG)? */
static int S_local_agents(const char *suffix)
{
    static const char *const agents[] = {"COP", "CVL", "EDU", "JUD", "LAB", "LEG", "MED",
                                         "OPP", "REF", NULL};
    size_t n = strlen(suffix), own = 0, gov = 0;
    for (size_t k = 0; n && n % 3 == 0 && k < n; k += 3) {
        char a[4] = {suffix[k], suffix[k + 1], suffix[k + 2], 0};
        if (dyad_among(a, agents))
            own++;
        else if (!strcmp(a, "GOV"))
            gov++;
    }
    return own && (own + gov) * 3 == n;
}

/* The next candidate for q before mention *i (most recent first), within the query's
 * window and before the phrase itself; NULL when none is left. */
static const S_ment *S_next_cand(const dyad_coref *cr, const S_query *q,
                                 const dyad_cr_np *np, const char *avoid, size_t *i)
{
    while (*i > 0) {
        const S_ment *m = &cr->m[--*i];
        if (cr->sent - m->sent > q->window)
            break; /* mentions are in sentence order */
        if (q->kind == Q_PRON && (q->want == K_PERSON || q->want == K_GROUP) &&
            np->says == 2 && m->sent == cr->sent)
            continue; /* "..., he said", "..., they wrote": what it tells names others */
        /* people who act where they are and meet the police there are the police's:
         * "protesters clashed with police in Tehran" are Iran's */
        int ahead = q->ahead && m->tok > np->tok &&
                    (m->place || (q->ahead > 1 && !m->referred) ||
                     (m->sent == cr->sent && strlen(m->code) > 3 &&
                      S_local_agents(m->code + 3) && strstr(m->code + 3, "COP")));
        /* a state named by a plural ("the United States") is "it" of a later sentence */
        int it = q->kind == Q_PRON && q->want == K_THING && m->state_plural &&
                 m->sent < cr->sent;
        /* in its own sentence people (or things) no one names claim "they" as an
         * unknown person does "he": in "the traders said that if refiners ran down their
         * stocks, they would have to buy more" they are the refiners, no states named
         * sentences before */
        int unnamed = q->kind == Q_PRON && q->want == K_GROUP && m->silent &&
                      m->kind == K_GROUP && m->sent == cr->sent;
        if ((m->sent < cr->sent || m->tok < np->tok || ahead) &&
            (S_fits(q, m) || it || unnamed) &&
            !S_avoided(S_code(q, m), avoid, q))
            return m;
    }
    *i = 0;
    return NULL;
}

/* The antecedent m's code for q in out; 0 when it has none (a person the dictionaries
 * do not know), *ante being m all the same. */
static int S_result(const dyad_coref *cr, const S_query *q, const S_ment *m, char *out,
                    size_t cap, int *ante)
{
    out[0] = 0;
    S_append(out, cap, S_code(q, m), q->key_only, q->suffix);
    *ante = (int)(m - cr->m);
    return out[0] != 0 && !m->silent;
}

/* Is each member of code one of group's, at country level ("UKRGOV" of
 * "RUSGOV/UKRGOV")? */
static int S_covers(const char *group, const char *code)
{
    for (const char *a = code; a; a = strchr(a, '/') ? strchr(a, '/') + 1 : NULL) {
        const char *b = group;
        while (b && !S_same_key(a, b))
            b = strchr(b, '/') ? strchr(b, '/') + 1 : NULL;
        if (!b)
            return 0;
    }
    return 1;
}

/* "They" after a sentence naming parties together ("Russian and Ukrainian negotiators
 * met in Istanbul. They agreed ...", "Iran and Iraq said they would talk") are all of
 * them: the latest compound of the sentence of the most recent candidate, best, when
 * the other candidates of that sentence are its members, each side of the compound
 * being a plural candidate of its own that would make the pronoun take only the first.
 * NULL when a party is named there beside it ("Swedish officials held talks with Indian
 * and Chinese envoys. They ...": one before the compound, or more candidates than it
 * has members), and for "their", which in the compound's own sentence is often each
 * member's own ("the G7 countries repeated their willingness"). */
static const S_ment *S_together(const dyad_coref *cr, const S_query *q, const dyad_cr_np *np,
                                const char *avoid, const S_ment *best)
{
    const S_ment *group = NULL, *m;
    size_t i = cr->nm;
    while (!group && (m = S_next_cand(cr, q, np, avoid, &i)) && m->sent == best->sent)
        if (strchr(m->code, '/'))
            group = m;
    int members = 1, others = 0;
    for (const char *p = group ? strchr(group->code, '/') : NULL; p; p = strchr(p + 1, '/'))
        members++;
    for (i = cr->nm; group && (m = S_next_cand(cr, q, np, avoid, &i)) && m->sent == best->sent;)
        if (m != group && (m->silent || m->tok < group->tok || ++others > members ||
                           !S_covers(group->code, m->code)))
            return NULL;
    return group;
}

/* The index of sentence s's first mention: that of a later sentence, or cr->nm, when
 * s has none. */
static size_t S_sent_first(const dyad_coref *cr, int s)
{
    size_t i = 0;
    while (i < cr->nm && cr->m[i].sent < s)
        i++;
    return i;
}

/* Does a thing no one is named as, a measure, policy or accord, open sentence s (its
 * subject: "The 14th package, which ambassadors of the member states approved, bars
 * European ports from handling Russian LNG")? "It" of a later sentence then carries
 * that subject on and is no actor's ("It also adds 116 firms to the blacklist": not
 * Russia, named inside the sentence), as the thing itself is no doer's (S_made). */
static int S_thing_opens(const dyad_coref *cr, int s)
{
    static const char *const instruments[] = {"PACKAGE", "DEAL", "AGREEMENT", "ACCORD",
                                              "TREATY", "PACT", NULL};
    size_t i = S_sent_first(cr, s);
    if (i == cr->nm || cr->m[i].sent != s)
        return 0;
    const S_ment *f = &cr->m[i];
    if (!f->silent || f->tok != 0 || f->kind != K_THING || f->sayer || !f->again || !f->ntail)
        return 0;
    /* a name right after it is what the parser cut it from ("The ruling GATT Council
     * adopted a report": the Council's) */
    if (i + 1 < cr->nm && cr->m[i + 1].sent == s && cr->m[i + 1].tok == f->tok + 1 + f->nwords)
        return 0;
    const char *head = f->tail[f->ntail - 1];
    return dyad_coref_act_noun(head) || dyad_word_listed(S_made.noun, head) ||
           dyad_among(head, instruments);
}

/* One antecedent: the most recent candidate when every candidate of its sentence (or,
 * for all_window, of the whole window) has the same key; for pronouns in a later
 * sentence, else that sentence's first person who says something ("Chang rejected
 * the request, a spokesman said. He quoted Chang"; not for a pronoun in a quotation,
 * whose speaker would say "I"), or its first mention when it is a candidate (its
 * subject, also one no one knows: "Krutikhin said Putin wanted more. He added" is not
 * Putin; for "it", its first not named as a place); for "they", a compound of them all
 * (S_together). A bare "it" after a sentence a thing opens is that thing, no one
 * (S_thing_opens). */
static int S_one(const dyad_coref *cr, const S_query *q, const dyad_cr_np *np,
                 const char *avoid, int all_window, char *out, size_t cap, int *ante)
{
    const S_ment *best = NULL, *earliest = NULL, *speaker = NULL, *subject = NULL, *m;
    int mixed = 0;
    for (size_t i = cr->nm; (m = S_next_cand(cr, q, np, avoid, &i));) {
        if (!best)
            best = m;
        else if (!all_window && m->sent != best->sent)
            break;
        else if (m->silent && m->sent == cr->sent)
            continue; /* in its own sentence a person no one knows claims it only
                         when nearest: "Baker said that Gates asked that his name" */
        else if (!S_same_key(S_code(q, m), S_code(q, best)))
            mixed = 1;
        earliest = m;
        if (!m->place)
            subject = m;
        if (m->says && q->want == K_PERSON && !np->quoted)
            speaker = m;
    }
    if (!best || (q->kind == Q_PRON && q->want == K_THING && q->bare &&
                  best->sent < cr->sent && S_thing_opens(cr, cr->sent - 1)))
        return 0;
    if (!mixed)
        return S_result(cr, q, best, out, cap, ante);
    const S_ment *all = q->kind == Q_PRON && q->want == K_GROUP && q->bare
                            ? S_together(cr, q, np, avoid, best)
                            : NULL;
    if (all)
        return S_result(cr, q, all, out, cap, ante);
    /* in its own sentence, "he" or "she" after a person who says something, with no
     * other person between, is that speaker telling of himself: "Trump doubled the
     * tariffs after Ontario's leader said he would add a levy", "After talks with
     * Biden, Erdogan said he would approve the bid" */
    if (q->kind == Q_PRON && best->sent == cr->sent && best->says &&
        q->want == K_PERSON && np->n == 1 && !np->quoted &&
        (!strcmp(np->w[0], "HE") || !strcmp(np->w[0], "SHE")))
        return S_result(cr, q, best, out, cap, ante);
    /* "the country" after two states in its own sentence, in a clause the first one's
     * verb holds, is the one that is not the sentence's subject, which would have said
     * "its": "Gondor warned Rohan that the country's army must withdraw" is Rohan's
     * army. Not when it opens a clause joined to that one ("Gondor attacked Rohan, and
     * the country's army ..." may be either's), nor when the nearer state says it */
    if (q->noun && best->sent == cr->sent && !np->joined && !best->says &&
        np->tok > earliest->tok &&
        !S_same_key(S_code(q, earliest), S_code(q, best)) &&
        (size_t)(earliest - cr->m) == S_sent_first(cr, cr->sent)) {
        for (size_t i = cr->nm; (m = S_next_cand(cr, q, np, avoid, &i)) && m != earliest;)
            if (!S_same_key(S_code(q, m), S_code(q, best)))
                return 0;
        return S_result(cr, q, best, out, cap, ante);
    }
    if (q->kind != Q_PRON || best->sent == cr->sent)
        return 0;
    if (speaker)
        return S_result(cr, q, speaker, out, cap, ante);
    /* "it" and "its" pass over what a sentence names as a place, where something was
     * done or said ("At a meeting in Geneva, Japan ...", "In its annual review, the
     * IMF said ..."), for its first other candidate, keeping a place when nothing else
     * fits */
    int past_places = q->want == K_THING && subject;
    if (past_places)
        earliest = subject;
    size_t e = (size_t)(earliest - cr->m);
    while (past_places && e > 0 && cr->m[e - 1].sent == best->sent && cr->m[e - 1].place)
        e--;
    if (e > 0 && cr->m[e - 1].sent == best->sent)
        return 0; /* something else opens that sentence */
    return S_result(cr, q, earliest, out, cap, ante);
}

/* Is pronoun np a subject whose nearest candidate in its own sentence, whatever is
 * avoided, says something and is avoided? "China's ministry said it opposed the listing
 * of Chinese firms": "it" is the ministry whatever the other party of its act, and no
 * actor named sentences before. */
static int S_sayer_avoided(const dyad_coref *cr, const S_query *q, const dyad_cr_np *np,
                           const char *avoid)
{
    static const char *const subjects[] = {"HE", "SHE", "IT", "THEY", NULL};
    size_t i = cr->nm;
    const S_ment *m = avoid && np->n == 1 && dyad_among(np->w[0], subjects)
                          ? S_next_cand(cr, q, np, NULL, &i)
                          : NULL;
    return m && m->sent == cr->sent && m->says == 1 && S_avoided(S_code(q, m), avoid, q);
}

/* Are codes a and b (each to its first '/') one party for a count of parties: of one
 * key, and not the two sides of that country's armed conflict ("Ethiopia's government
 * and the rebels ... both parties" are two)? */
static int S_one_party(const char *a, const char *b)
{
    return S_same_key(a, b) && !S_sides(a, strcspn(a, "/"), b, strcspn(b, "/"));
}

/* Is group code g ("A/B") exactly q->count different actors q wants, none avoided? */
static int S_group_fits(const S_query *q, const char *g, const char *avoid)
{
    int n = 0;
    for (const char *a = g; a; a = strchr(a, '/') ? strchr(a, '/') + 1 : NULL) {
        int seen = 0;
        for (const char *b = g; b != a && !seen; b = strchr(b, '/') + 1)
            seen = S_one_party(a, b);
        if (q->want == P_STATE && !S_is_state(a))
            return 0;
        n += !seen;
    }
    return n == q->count && !S_avoided(g, avoid, q);
}

/* A compound of q->count actors in the window ("Witkoff and Araqchi held talks, with
 * Oman's minister shuttling ... Both sides said"); NULL none. A pair named in one word
 * counts in the phrase's own sentence ("the Mexican-U.S. accord, which the two
 * sides signed"; not for "the states" with no number, often a name of its own: "the
 * Non-Aligned states", nor for persons); in an earlier one only when no compound is in
 * sight and the phrase's own sentence names no one before it: there it is often what
 * the parties spoke of ("... called for an end to the Iran-Iraq war. He was the
 * first Omani minister to visit Poland since the two countries ..."). */
static const S_ment *S_group_in_sight(const dyad_coref *cr, const S_query *q,
                                      const dyad_cr_np *np, const char *avoid)
{
    const S_ment *m, *word = NULL;
    for (size_t i = cr->nm; i-- > 0;) {
        m = &cr->m[i];
        if (cr->sent - m->sent > q->window)
            break;
        if (m->kind != K_GROUP || m->silent || (m->sent == cr->sent && m->tok >= np->tok) ||
            !S_group_fits(q, m->code, avoid) ||
            (m->inword && (q->exact || q->want == P_PERSON)))
            continue;
        if (!m->inword || m->sent == cr->sent)
            return m;
        word = word ? word : m;
    }
    size_t i = cr->nm;
    const S_ment *own = word ? S_next_cand(cr, q, np, avoid, &i) : NULL;
    return own && own->sent == cr->sent ? NULL : word;
}

/* Is one of mentions v[0..n) m's party (S_one_party)? */
static int S_key_among(const S_ment *const *v, int n, const S_ment *m)
{
    for (int k = 0; k < n; k++)
        if (S_one_party(v[k]->code, m->code))
            return 1;
    return 0;
}

/* The article's main pair of states before np: the two named in most sentences, when
 * the second is named in at least two and in more than any third state ("Armenia" and
 * "Azerbaijan" of a story that names Russia as mediator now and then), neither avoided.
 * 1 with the latest mention of each in pair[0..2), else 0. */
static int S_main_pair(const dyad_coref *cr, const S_query *q, const dyad_cr_np *np,
                       const char *avoid, const S_ment *pair[2])
{
    enum { MAXS = 32 };
    const S_ment *last[MAXS];
    int nsent[MAXS], ns = 0, top[3] = {-1, -1, -1};
    for (size_t i = 0; i < cr->nm; i++) {
        const S_ment *m = &cr->m[i];
        if (m->sent == cr->sent && m->tok >= np->tok)
            break;
        if (m->silent || strchr(m->code, '/') || !S_is_state(m->code))
            continue;
        int k = 0;
        while (k < ns && !S_same_key(last[k]->code, m->code))
            k++;
        if (k == ns) {
            if (ns == MAXS)
                return 0;
            nsent[ns++] = 0;
        } else if (last[k]->sent == m->sent) {
            last[k] = m;
            continue;
        }
        nsent[k]++;
        last[k] = m;
    }
    for (int k = 0; k < ns; k++)
        for (int j = 0; j < 3; j++)
            if (top[j] < 0 || nsent[k] > nsent[top[j]]) {
                memmove(top + j + 1, top + j, (size_t)(2 - j) * sizeof *top);
                top[j] = k;
                break;
            }
    if (top[1] < 0 || nsent[top[1]] < 2 || (top[2] >= 0 && nsent[top[2]] >= nsent[top[1]]))
        return 0;
    pair[0] = last[top[0]];
    pair[1] = last[top[1]];
    return !S_avoided(pair[0]->code, avoid, q) && !S_avoided(pair[1]->code, avoid, q);
}

/* The article's persons before np, when they are of just two states, neither avoided
 * ("Chilean Trade Minister Ana Reyes said ... Peru's minister, Luis Soto, said ... The
 * two ministers signed"): 1 with the latest of each in pair[0..2), the later first. */
static int S_article_persons(const dyad_coref *cr, const S_query *q, const dyad_cr_np *np,
                             const char *avoid, const S_ment *pair[2])
{
    int n = 0;
    for (size_t i = cr->nm; i-- > 0;) {
        const S_ment *m = &cr->m[i];
        if ((m->sent == cr->sent && m->tok >= np->tok) || m->silent || !S_fits(q, m))
            continue;
        if (!S_is_state(m->code) || S_avoided(m->code, avoid, q))
            return 0;
        if (!S_key_among(pair, n, m)) {
            if (n == 2)
                return 0;
            pair[n++] = m;
        }
    }
    return n == 2;
}

/* q->count distinct actors: a compound of that many in sight (S_group_in_sight), else
 * the most recent ones; for persons ("the two leaders", "both ministers"), the most
 * recent persons, else a compound in sight ("Armenian and Azerbaijani leaders met";
 * not for "the ministers" with no number: "Lagarde and Sunak declined to comment.
 * ... the finance ministers of the G7 would meet"). */
static int S_several(const dyad_coref *cr, const S_query *q, const dyad_cr_np *np,
                     const char *avoid, char *out, size_t cap, int *ante)
{
    const S_ment *pick[S_MAX_COUNT] = {NULL}, *m;
    int key_only = q->key_only;
    const S_ment *group =
        q->want != P_PERSON && !q->apart ? S_group_in_sight(cr, q, np, avoid) : NULL;
    int n = 0;
    /* the actors of the latest sentence with any, most recent first; when that is an
     * earlier sentence naming more than q->count, its first ones, as a pronoun takes its
     * subject ("Putin and Zelenskiy met at a summit hosted by Macron and Merkel. The
     * two leaders ..."); "the countries" of a sentence naming fewer than two before it
     * takes the sentence before too ("Modi visited Mauritius. Modi said the countries
     * had elevated ties"), still only when they name just two; else the most recent,
     * across sentences. A state named only as a place ("the talks were held in
     * Vientiane, Laos") is no party to them unless too few others are in sight
     * ("Blinken arrived in Beijing. The two sides ..."). */
    for (int places = 0; !group && places < 2 && n < q->count; places++) {
        const S_ment *sent[16];
        int ns = 0, first = 0;
        n = 0;
        for (size_t i = cr->nm; ns < 16 && (m = S_next_cand(cr, q, np, avoid, &i));) {
            if (m->place && !places)
                continue;
            if (ns && m->sent != sent[0]->sent &&
                !(q->exact && ns < q->count && sent[0]->sent == cr->sent))
                break;
            if (!S_key_among(sent, ns, m))
                sent[ns++] = m;
        }
        if (q->exact && ns != q->count)
            continue;
        if (ns > q->count && sent[0]->sent < cr->sent)
            first = ns - q->count;
        for (int k = first; k < ns && n < q->count; k++)
            pick[n++] = sent[k];
        for (size_t i = cr->nm; n < q->count && (m = S_next_cand(cr, q, np, avoid, &i));)
            if (!S_key_among(pick, n, m) && (places || !m->place))
                pick[n++] = m;
    }
    if (!group && n < q->count && q->want == P_PERSON && !q->exact)
        group = S_group_in_sight(cr, q, np, avoid);
    /* two states found nearest that are not the article's main pair give way to it: the
     * story's parties are the two it keeps naming, not a donor or mediator named last
     * ("France sent aid to Armenia. In 2020, the two countries fought a war"); so do
     * fewer than two in the window ("Months ago the two countries signed a pact",
     * paragraphs after the pair was named); not for "the countries" with no number,
     * nor two sides of one country. Two office holders no one names ("the two leaders",
     * "both foreign ministers": the phrase's agents) are the pair's, when fewer than two
     * persons are in sight, the one of them of it or named in the phrase's own
     * sentence ("Armenia and Azerbaijan ... Both leaders condemned the shelling",
     * "... Putin met the two leaders" -> ARMGOV, AZEGOV); before that, the two persons
     * of the article, named paragraphs before (S_article_persons) */
    const S_ment *main_pair[2];
    int holders = q->want == P_PERSON && *q->suffix && n < 2;
    if (!group && holders && q->count == 2 && !q->exact &&
        S_article_persons(cr, q, np, avoid, main_pair)) {
        n = 2;
        pick[0] = main_pair[0];
        pick[1] = main_pair[1];
    } else if (!group && q->count == 2 && (q->want != P_PERSON || holders) && !q->exact &&
        (n < 2 || !S_same_key(pick[0]->code, pick[1]->code)) &&
        S_main_pair(cr, q, np, avoid, main_pair) &&
        (!holders || n < 1 || S_key_among(main_pair, 2, pick[0]) || pick[0]->sent == cr->sent) &&
        (n < 2 || !(S_key_among(main_pair, 2, pick[0]) && S_key_among(main_pair, 2, pick[1])))) {
        key_only = 1;
        n = 2;
        int later = main_pair[1] > main_pair[0];
        pick[0] = main_pair[later];
        pick[1] = main_pair[!later];
    }
    /* as many people no one names, introduced by their number after what was found,
     * claim the phrase and leave it unknown ("Trump hosted Zelenskiy ... Two men were
     * arrested in Paris. The two men had attacked a police officer") */
    const S_ment *found = group ? group : n >= q->count ? pick[0] : NULL;
    for (size_t i = cr->nm; found && i-- > (size_t)(found - cr->m) + 1;)
        if (cr->m[i].counted == q->count && (cr->m[i].sent < cr->sent || cr->m[i].tok < np->tok))
            return 0;
    /* two sides of one country keep their whole codes, which its key alone would
     * make one */
    int sides = 0;
    const char *g = group ? group->code : NULL;
    for (const char *a = g; a; a = strchr(a, '/') ? strchr(a, '/') + 1 : NULL)
        for (const char *b = g; b != a; b = strchr(b, '/') + 1)
            sides |= S_same_key(a, b);
    for (int k = 0; !group && k < n; k++)
        for (int j = 0; j < k; j++)
            sides |= S_same_key(pick[j]->code, pick[k]->code);
    if (group) {
        out[0] = 0;
        S_append(out, cap, group->code, q->key_only && !sides, q->suffix);
        *ante = (int)(group - cr->m);
        return out[0] != 0;
    }
    if (n < q->count)
        return 0;
    out[0] = 0;
    for (int k = n; k-- > 0;) /* in the order they were named */
        S_append(out, cap, pick[k]->code, key_only && !sides, q->suffix);
    *ante = (int)(pick[0] - cr->m);
    return out[0] != 0;
}

/* Is code (each of "A/B") a party whose verb's act is a policy: a body of states, a
 * state or its government, forces, legislature or courts, not its schools or markets
 * ("Schools closed in Vienna")? */
static int S_policy_doer(const char *code)
{
    static const char *const organs[] = {"GOV", "MIL", "LEG", "JUD", NULL};
    for (const char *a = code; a; a = strchr(a, '/') ? strchr(a, '/') + 1 : NULL) {
        size_t n = strcspn(a, "/");
        if (!dyad_actor_transnational(a) &&
            !(S_is_state(a) && (n == 3 || (n == 6 && dyad_among_n(a + 3, 3, organs)))))
            return 0;
    }
    return 1;
}

/* How event e fits query q: 2 as an act of its act's verb, 1 as an event of its roots,
 * or, for a noun of any act ("the move", "the step"), as a party's act of policy that
 * coded no event ("Russia decided to raise gas prices. Poland condemned the step"), not
 * one of words alone, which the claims and charges rows hold ("said"); 0 not. With
 * force set, only an event of one of force's roots fits at all; for an attack named by
 * what was launched (q->launched), only an act of its act's verbs. */
static int S_evt_fits(const S_query *q, const S_evt *e, unsigned force)
{
    if (force && !(e->root & force))
        return 0;
    if (q->act >= 0 && e->verb[0] && dyad_word_listed(S_acts[q->act].verb, e->verb))
        return 2;
    if (q->launched)
        return 0;
    if (q->roots == ~0u && !e->root && e->verb[0]) {
        int row = S_act_row(e->verb, 0);
        return S_policy_doer(e->source) &&
               (row < 0 || !dyad_word_listed(S_acts[row].verb, "SAID"));
    }
    return (e->root & q->roots) != 0;
}

/* The doers of sentence s's events that fit query q (S_evt_fits) into out: one
 * source's, or one act's done by several together, which the coder remembers as the
 * group of a compound subject ("American and British jets struck ...": the strikes are
 * both states', not a choice between them). 1 when out has them, 0 when no event fits,
 * -1 when the doers are parties apart ("Israel shelled Gaza and Hamas fired rockets") or
 * the latest act of the verb is avoid's own ("Russia extended the ban. Moscow defended
 * the extension": the phrase is Russia's, so no one else's). */
static int S_sent_doers(const dyad_coref *cr, const S_query *q, const char *avoid, int s,
                        unsigned force, char *out, size_t cap)
{
    const S_evt *best = NULL, *group = NULL;
    int apart = 0;
    for (size_t i = cr->ne; i-- > 0;) {
        const S_evt *e = &cr->e[i];
        int fit = e->sent == s ? S_evt_fits(q, e, force) : 0;
        if (!fit)
            continue;
        if (S_avoided(e->source, avoid, q)) {
            if (fit == 2 && !best)
                return -1;
            continue;
        }
        apart |= best && !S_same_key(best->source, e->source);
        if (!best)
            best = e;
        if (strchr(e->source, '/') && (!group || S_covers(e->source, group->source)))
            group = e;
    }
    if (!best)
        return 0;
    for (size_t i = 0; apart && i < cr->ne; i++) {
        const S_evt *e = &cr->e[i];
        if (e->sent == s && S_evt_fits(q, e, force) && !S_avoided(e->source, avoid, q) &&
            (!group || !S_covers(group->source, e->source)))
            return -1;
    }
    out[0] = 0;
    S_append(out, cap, (apart ? group : best)->source, 0, "");
    return out[0] ? 1 : -1;
}

/* Did event e's doers charge (root 11) the party avoid, the one who answers the charge,
 * by name? */
static int S_charged(const dyad_coref *cr, const S_evt *e, const char *avoid)
{
    for (size_t i = 0; i < cr->nd; i++) {
        const S_done *d = &cr->d[i];
        if (d->sent == e->sent && d->root == 11 && S_covers(e->source, d->source) &&
            S_avoided(d->target, avoid, NULL))
            return 1;
    }
    return 0;
}

/* For a noun of charges alone (root 11: "the allegations", "the charges", "the
 * criticism"), the doers of the latest sentence in the window with a charge that named
 * its answerer (avoid) as its target (S_sent_doers), ahead of later charges aimed at no
 * one named: "Paris called Moscow's law an affront. Berlin said the law was a breach.
 * Moscow rejected the criticism" answers Paris. 1 with them in out, 0 none, -1 when
 * another party charged the answerer so in an earlier sentence: then the charges are
 * either's, and no one's ("Iran accused Kuwait of spying. Iraq accused it of smuggling.
 * Kuwait rejected the allegations"). */
static int S_charger_of(const dyad_coref *cr, const S_query *q, const char *avoid, char *out,
                        size_t cap)
{
    int s = -1, r = 0;
    for (size_t i = cr->ne; avoid && q->roots == 1u << 11 && i-- > 0;) {
        const S_evt *e = &cr->e[i];
        if (e->sent > cr->sent || cr->sent - e->sent > q->window || !S_evt_fits(q, e, 0) ||
            S_avoided(e->source, avoid, q) || !S_charged(cr, e, avoid))
            continue;
        if (s < 0 && (r = S_sent_doers(cr, q, avoid, e->sent, 0, out, cap)) <= 0)
            return r;
        if (s < 0)
            s = e->sent;
        else if (e->sent < s && !S_covers(out, e->source))
            return -1;
    }
    return r;
}

/* The doers of the latest charge that named the answerer (S_charger_of), else of the
 * latest event of the query's roots or of its act's verb in the window (S_sent_doers);
 * else whom the other party's own measure was aimed at; else, beyond the window, the
 * doers of the act of force (for a noun of any act, of any event; for the noun of a
 * verb, of its act) the story leads with (its first two sentences), which the reactions
 * told paragraphs later answer ("... jets struck more than 60 targets in Yemen." eight
 * sentences on: "Iran condemned the strikes", "Oman voiced regret over the strikes"):
 * "the" and the noun (S_query.bare), as a reader takes them for the story's own (not
 * "the single biggest attack, in 2009"). */
static int S_event(const dyad_coref *cr, const S_query *q, const char *avoid, char *out,
                   size_t cap)
{
    int r = S_charger_of(cr, q, avoid, out, cap);
    for (int s = cr->sent; !r && s >= 0 && cr->sent - s <= q->window; s--)
        r = S_sent_doers(cr, q, avoid, s, 0, out, cap);
    if (r)
        return r > 0;
    out[0] = 0;
    /* the doer's own measure ("Trump imposed tariffs on Canada and Mexico ... then
     * delayed the tariffs", "lifted the sanctions"): whom it was aimed at, in the
     * latest sentence with one */
    int sent = -1;
    for (size_t i = cr->nd; avoid && i-- > 0;) {
        const S_done *d = &cr->d[i];
        if (cr->sent - d->sent > q->window || (sent >= 0 && d->sent != sent))
            break;
        if (!(q->roots & (1u << d->root)) || !S_same_key(d->source, avoid) ||
            !strncmp(d->target, "---", 3) || S_avoided(d->target, avoid, NULL) ||
            (out[0] && strstr(out, d->target)))
            continue;
        sent = d->sent;
        S_append(out, cap, d->target, 0, "");
    }
    if (out[0])
        return 1;
    /* "The EU imposed sanctions on Russia." paragraphs on: "Moscow called the measures
     * illegitimate", "Kyiv welcomed the decision"; a noun of its verb alone ("the
     * extension") is any act of that verb */
    const unsigned force =
        q->roots == ~0u || !q->roots ? 0 : ((1u << 21) - 1) & ~((1u << 15) - 1);
    for (int s = 0; !r && s < 2 && q->bare && cr->sent - s > q->window; s++)
        r = S_sent_doers(cr, q, avoid, s, force, out, cap);
    return r > 0;
}

/* Does mention m end in the words w[0..n) of a phrase, its head w[n - 1] last and each
 * word before it among m's last words ("farm plans" of "the Commission's new farm
 * plans"; not "farm bill" of "the committee's trade bill")? */
static int S_tail_has(const S_ment *m, const char *const *w, int n)
{
    if (n < 1 || !m->ntail || strcmp(m->tail[m->ntail - 1], w[n - 1]))
        return 0;
    for (int i = 0; i < n - 1; i++) {
        int k = 0;
        while (k < m->ntail - 1 && strcmp(m->tail[k], w[i]))
            k++;
        if (k == m->ntail - 1)
            return 0;
    }
    return 1;
}

/* Has mention m a word of its name (S_ment.words) that phrase np has not: one that may
 * name its owner ("JAPAN" of "Japan's proposals" for "the proposals")? */
static int S_words_beyond(const S_ment *m, const dyad_cr_np *np)
{
    for (int k = 0; k < m->nwords; k++) {
        int i = 0;
        while (i < np->n && strcmp(np->w[i], m->words[k]))
            i++;
        if (i == np->n)
            return 1;
    }
    return 0;
}

/* "The plans", "the proposals" as named again, when an event's other party is known
 * (avoid): a phrase of "the" and at most three words ending in the noun of an act, words
 * or policy of a party (dyad_coref_act_noun), with no actor of its own, is the party's
 * that a phrase ending in those words named as its owner earlier in the story ("Japan's
 * new trade proposals ... Washington rejected the proposals", "the Commission's farm
 * plans ... complained about the plans", "the proposed EC tax on oils"), the latest
 * such phrase: a wire story names a thing with its owner once, then as "the tax" again
 * and again, sentences apart, and such a phrase in between ("if the tax is imposed") is
 * the same thing, not a new one of no one's; a group or a region is no one owner. Named
 * so with no owner, a thing a party puts forward or makes (S_made) is the doer's of the
 * latest such act in the latest sentence that named it with no owner ("The cabinet
 * approved a plan to build the dam. Egypt condemned the plan"; not "The cabinet approved
 * the budget. Egypt condemned the plan"). -1 when the owner is the
 * one avoided, the doer's own ("Japan's trade proposals ... Tokyo revised the proposals"
 * is with no one), 0 none. Only the rules that read the phrase as a body's come first:
 * an owner named beats the latest event of its kind ("the proposal"), which may be
 * anyone's. */
static int S_owned_again(const dyad_coref *cr, const dyad_cr_np *np, const S_np *r,
                         const char *avoid, char *out, size_t cap, int *ante)
{
    const char *head = np->w[np->n - 1];
    if (!avoid || strcmp(np->code, "---") || r->first != 1 || strcmp(np->w[0], "THE") ||
        np->n > 4 || !(dyad_coref_act_noun(head) || dyad_word_listed(S_made.noun, head)))
        return 0;
    int sent = -1; /* the sentence that named it with no owner */
    for (size_t i = cr->nm; i-- > 0;) {
        const S_ment *m = &cr->m[i];
        if ((m->sent == cr->sent && m->tok >= np->tok) || m->another ||
            !S_tail_has(m, np->w + 1, np->n - 1) ||
            (strncmp(m->code, "---", 3) && !S_words_beyond(m, np)))
            continue; /* "another Senate bill" is not the bill named again; a phrase of
                       * no other words that has a code took it from another ("the
                       * delay" its doer's), and is read again by the rules it was */
        if (!strncmp(m->code, "---", 3) || m->code[0] == '"' || m->tail_pp) {
            if (sent < 0)
                sent = m->sent;
            if (m->again && !S_words_beyond(m, np))
                continue; /* "the tax" named so before, no one's there ("if the tax
                           * is imposed"): the owner named before it is still its */
            break;
        }
        if (strchr(m->code, '/') || dyad_coref_region(m->code))
            return 0;
        if (S_avoided(m->code, avoid, NULL))
            return -1;
        out[0] = 0;
        S_append(out, cap, m->code, 0, "");
        *ante = (int)i;
        return out[0] != 0;
    }
    /* else the doer of the latest act in that sentence that put one forward or made it
     * (S_made) */
    for (size_t i = cr->ne; sent >= 0 && dyad_word_listed(S_made.noun, head) &&
                            i-- > 0 && cr->e[i].sent >= sent;) {
        const S_evt *e = &cr->e[i];
        if (e->sent != sent || !e->verb[0] || !dyad_word_listed(S_made.verb, e->verb))
            continue;
        if (S_avoided(e->source, avoid, NULL))
            return -1;
        out[0] = 0;
        S_append(out, cap, e->source, 0, "");
        return out[0] != 0;
    }
    return 0;
}

/* ---------------------------------------------------------------- the phrase */

/* People who act where they are: unnamed police, protesters, civilians ("police fired
 * on protesters" in Nairobi are Kenya's), by their agent, and security forces and
 * separatists, whose agents (military, rebels) are those of troops and militants.
 * Unnamed gunmen, militants, troops (weapons are coded so too) and leaders are not
 * among them (bare troops and rebels: S_bare_arms). */
static int S_domestic(const dyad_cr_np *np, const char *suffix)
{
    if (S_local_agents(suffix))
        return 1;
    for (int i = 0; i < np->n; i++)
        if ((!strcmp(suffix, "REB") && !strncmp(np->w[i], "SEPARATIST", 10)) ||
            (!strcmp(suffix, "MIL") && !strcmp(np->w[i], "SECURITY") && i + 1 < np->n &&
             !strncmp(np->w[i + 1], "FORCE", 5)))
            return 1;
    return 0;
}

/* Does np's last noun say its people are of no country in sight: "foreign banks",
 * "international courts", "western creditor governments", "overseas investors"? The
 * words before that noun back to its determiner or preposition are read, for the
 * adjective (not a name's word: "Western Gas Co"); a state's own office, dealings
 * or money abroad ("the foreign ministry statement", "a subcommittee on foreign
 * operations", "the foreign policy committees", "foreign exchange") are its own. */
static int S_foreign(const dyad_cr_np *np)
{
    static const char *const away[] = {"FOREIGN", "INTERNATIONAL", "OVERSEAS", "WESTERN",
                                       NULL};
    static const char *const own[] = {
        "MINISTER", "MINISTERS", "MINISTRY", "MINISTRIES", "OFFICE", "SERVICE", "AFFAIRS",
        "POLICY", "RELATIONS", "OPERATIONS", "TRADE", "EXCHANGE", "RESERVES", "CURRENCY",
        "DEBT", "AID", "INVESTMENT", "EDITION", NULL};
    for (int i = np->n - 2; i >= 0; i--) {
        if (!S_tag_is(np, i, "N") && !S_tag_is(np, i, "J") && !S_tag_is(np, i, "CC"))
            return 0;
        if (S_tag_is(np, i, "JJ") && dyad_among(np->w[i], away))
            return !dyad_among(np->w[i + 1], own);
    }
    return 0;
}

/* Is np a body led by people it names by an adjective the dictionaries do not know
 * ("the Kurdish-led administration in the region")? Such a body is no state's own
 * office in sight, as a foreign one is not (an armed group so named is still the one
 * named before it: S_armed_again). */
static int S_led(const dyad_cr_np *np)
{
    for (int i = 0; i < np->n - 1 && !S_tag_is(np, i, "IN"); i++) {
        size_t n = strlen(np->w[i]);
        if (n > 4 && !strcmp(np->w[i] + n - 4, "-LED"))
            return 1;
    }
    return 0;
}

/* Does np name men under arms by a bare plural of people, counted or not, said whose
 * side they fight on at most ("Troops killed five civilians", "Rebels attacked a
 * convoy", "about 70 soldiers", "Officers fired tear gas at the crowds", "suspected
 * communist rebels"; not weapons, "Drones struck the city", nor "enemy troops", nor
 * gunmen, who are no one's: S_classify, nor militants, who often come from across a
 * border, "Militants fired rockets at Israel")? Troops, soldiers and officers are the story's home state's when it has one
 * and no other state's forces are in sight (dyad_coref_resolve); rebels, who fight
 * their own state, act where they are, as separatists do (2). */
static int S_bare_arms(const dyad_cr_np *np, const S_np *r)
{
    static const char *const men[] = {"TROOPS", "SOLDIERS", "OFFICERS", "REBELS", "INSURGENTS",
                                      "GUERRILLAS", NULL};
    static const char *const before[] = {"ABOUT", "SOME", "SEVERAL", "AT", "LEAST", "MORE",
        "THAN", "NEARLY", "ALMOST", "OVER", "DOZENS", "HUNDREDS", "THOUSANDS", "OF",
        "GOVERNMENT", "SUSPECTED", "ARMED", "COMMUNIST", "LEFTIST", "RIGHTIST", "MAOIST",
        "MARXIST", NULL};
    if (r->det || r->titles || r->names || r->first != 0 ||
        (strcmp(np->code, "---MIL") && strcmp(np->code, "---REB")) ||
        !dyad_among(np->w[np->n - 1], men))
        return 0;
    for (int i = 0; i < np->n - 1; i++)
        if (!S_tag_is(np, i, "CD") && !dyad_among(np->w[i], before))
            return 0;
    return strcmp(np->code, "---REB") ? 1 : 2;
}

/* Does np name an unnamed member of the opposition the text has not spoken of ("an
 * opposition leader", "opposition lawmakers")? A title there says which member, not
 * whose: such a one is of the opposition at home, as "the opposition" is. */
static int S_opp_member(const dyad_cr_np *np, const S_np *r)
{
    static const char *const some[] = {"A", "AN", NULL};
    return r->titles && !r->names && !strncmp(np->code, "---OPP", 6) &&
           (!r->det || (r->first == 1 && dyad_among(np->w[0], some)));
}

/* Does np, with agents but no actor of its own, name people who act where they are? */
static int S_local(const dyad_cr_np *np, const S_np *r)
{
    return !strncmp(np->code, "---", 3) && S_domestic(np, np->code + 3) &&
           (!r->titles || S_opp_member(np, r)) && !r->names;
}

/* Does a noun of states own the phrase's title ("the country's president", "the
 * nation's leader")? Then the phrase is that state's office, found as "the country"
 * there would be, not a person of the title named before. */
static int S_state_owns_title(const dyad_cr_np *np, const S_np *r)
{
    for (int i = r->first; i + 1 < r->title_end; i++)
        if (dyad_among(np->w[i], S_state_nouns) && S_tag_is(np, i + 1, "POS"))
            return 1;
    return 0;
}

/* What kind of referring phrase np is; Q_NONE when it names its own actor or is none. */
static int S_classify(const dyad_cr_np *np, const S_np *r, S_query *q)
{
    memset(q, 0, sizeof *q);
    q->act = -1;
    int own = strncmp(np->code, "---", 3) != 0;
    q->suffix = own ? "" : np->code + 3;
    if (np->n == 0 || r->first >= np->n)
        return Q_NONE;
    const char *head = np->w[np->n - 1];
    int v;
    /* "its two allies", "their two neighbours": states counted by their tie to the
     * possessor are others than it, counted as "the two allies" are */
    static const char *const ties[] = {"ALLIES", "NEIGHBOURS", "NEIGHBORS", "RIVALS", NULL};
    int tied = r->pron && (r->pron_v & POSS) && np->n == r->first + 3 &&
               LOOKUP(S_numbers, np->w[r->first + 1], &v) && dyad_among(head, ties);
    if (r->pron && !own && !tied) {
        q->kind = Q_PRON;
        q->want = r->pron_v & 7;
        q->bare = np->n == r->first + 1;
        q->gender = r->pron_v >> 4;
        q->object = !strcmp(np->w[r->first], "THEM");
        q->window = 2;
        /* "his government": the antecedent's country with the phrase's agents */
        q->key_only = (r->pron_v & POSS) && np->n > r->first + 1 && *q->suffix;
        q->poss_office = (r->pron_v & POSS) && np->n > r->first + 1 &&
                         (*q->suffix || r->titles || !strcmp(np->w[r->first + 1], "MEMBERS") ||
                          !strcmp(np->w[r->first + 1], "MEMBER")) &&
                         !dyad_among(head, S_place_offices);
        return q->kind;
    }
    /* "both Gulf states", "the two Nordic countries": a count of a region's states is
     * the pair named before, not the region its adjective codes */
    int region = own && dyad_coref_region(np->code);
    for (int i = r->first; i < np->n; i++)
        if (LOOKUP(S_numbers, np->w[i], &v) && (!own || region)) {
            int p = P_ANY;
            /* more than four count parties only before a noun of parties ("the seven
             * governments"); "the Group of Seven", "the six pct maximum" count none */
            if (v > 4 && !(i + 1 < np->n && LOOKUP(S_plural_heads, head, &p)))
                break;
            /* "two soldiers": a count, not a reference; people who act where they are
             * counted so ("two journalists", "three activists") are of where they are,
             * as "40 journalists" is */
            if (i + 1 < np->n && !LOOKUP(S_plural_heads, head, &p)) {
                if (S_local(np, r) || S_bare_arms(np, r))
                    break;
                return Q_NONE;
            }
            if (i == 0 && p != P_ANY && strcmp(np->w[i], "BOTH"))
                return Q_NONE; /* "Two men were arrested": people introduced, as
                                  "two sides" with no article are not */
            q->kind = Q_PLURAL;
            q->want = p & ~(P_COUNTED | P_APART);
            q->apart = (p & P_APART) != 0;
            q->count = v;
            q->suffix = np->code + 3;
            q->window = 2;
            q->key_only = q->want != P_PERSON;
            return q->kind;
        }
    /* "the leaders", "the prime ministers", "the countries", "those countries" with no
     * number: the two of the latest sentence naming any, when it names just two */
    static const char *const plural_det[] = {"THE", "THESE", "THOSE", NULL};
    if (!own && r->first == 1 && dyad_among(np->w[0], plural_det) && np->n <= 3 &&
        LOOKUP(S_plural_heads, head, &v) && !(v & P_COUNTED)) {
        q->kind = Q_PLURAL;
        q->want = v & ~P_APART;
        q->apart = (v & P_APART) != 0;
        q->count = 2;
        q->exact = 1;
        q->window = 1;
        q->key_only = q->want != P_PERSON;
        return q->kind;
    }
    int state_title = !own && S_state_owns_title(np, r);
    if (r->titles && r->title_end == np->n && r->titles != T_OTHER && !S_opp_member(np, r) &&
        !state_title) {
        /* "the president", "the Russian leader": a title with no name after it */
        if (own && !r->det)
            return Q_NONE;
        q->kind = Q_TITLE;
        q->titles = r->titles;
        q->gender = r->gender;
        q->country = own ? np->code : NULL;
        q->window = 1 << 20;
        return q->kind;
    }
    if (own)
        return Q_NONE;
    /* a surname, also as the possessor that opens the phrase ("Ford's comments") */
    int end = np->n, k = r->first;
    while (k < np->n && S_tag_is(np, k, "NNP"))
        k++;
    if (k > r->first && k < np->n - 1 && S_tag_is(np, k, "POS"))
        end = k;
    if (!strcmp(np->code, "---") && !r->det &&
        (end < np->n || (r->names == np->n - r->first - r->honorific && r->names > 0))) {
        q->kind = Q_NAME;
        q->name = np->w[end - 1];
        q->gender = r->gender;
        q->window = 1 << 20;
        return q->kind;
    }
    /* a named holder of a state's office whose phrase says no country ("Trade Minister
     * Mira Basri", "King Tomas", "President Ana Reyes"; not a firm's or a union's
     * president, "Acme President John Smith"): a person of the state in sight, found as
     * "the government" is (dyad_coref_resolve says when) */
    const unsigned state_office = T_PM | T_CHANCELLOR | T_MONARCH | T_SUPREME | T_FM |
                                  T_DM | T_MINISTER;
    if ((!strncmp(q->suffix, "GOV", 3) || (!strcmp(q->suffix, "MIL") && (r->titles & T_DM))) &&
        !r->det && r->names > 0 &&
        r->title_end + r->names == np->n &&
        ((r->titles & state_office) ||
         (r->titles == T_PRESIDENT && r->title_end == r->first + 1))) {
        q->kind = Q_STATE;
        q->window = 1;
        q->key_only = 1;
        q->office = 1;
        return q->kind;
    }
    int domestic = S_local(np, r);
    /* "authorities deported 40 others to China": unnamed authorities, "the" or not,
     * are those of the one country in sight */
    int authorities = !strcmp(head, "AUTHORITIES") && *q->suffix && !r->titles && !r->names;
    int bare_arms = domestic ? 0 : S_bare_arms(np, r);
    if (bare_arms == 2)
        domestic = 1, bare_arms = 0;
    if (!r->det && !domestic && !authorities && !bare_arms)
        return Q_NONE;
    /* a phrase ending in a name is that one, also when marks follow ("the purchase of
     * Getty Petroleum Corp <GTY>"), not "the Reagan administration" */
    int last = np->n;
    while (last > r->first && !isalnum((unsigned char)np->w[last - 1][0]))
        last--;
    int named = r->names || (last > r->first && S_tag_is(np, last - 1, "NNP"));
    /* unnamed criminals and armed men ("the kidnappers", "the gunmen") are no one's
     * by whom their sentence names: a state that speaks of them is seldom where they
     * are, and whose they are the text does not say; people said to be foreign
     * ("foreign banks", "international courts") are of none in sight (S_foreign) */
    static const char *const outlaws[] = {"CRM", "UAF", NULL};
    if (dyad_among(q->suffix, outlaws) || (*q->suffix && (S_foreign(np) || S_led(np))))
        return Q_NONE;
    if (dyad_among(head, S_state_nouns) ||
        (*q->suffix && (!r->titles || domestic || state_title) && !named)) {
        /* "the country", "the government", "the army" */
        q->kind = Q_STATE;
        q->window = 1;
        q->key_only = 1;
        q->ahead = domestic || bare_arms;
        q->bare_arms = bare_arms;
        q->ruler = np->on_state && !strcmp(q->suffix, "GOV");
        for (int i = r->first; i < np->n; i++) {
            q->held |= !strncmp(np->w[i], "HOSTAGE", 7);
            q->noun |= dyad_among(np->w[i], S_state_nouns);
            if (!strcmp(np->w[i], "ISLAND"))
                q->only = S_island_states;
            else if (!strcmp(np->w[i], "KINGDOM"))
                q->only = S_kingdoms;
        }
        return q->kind;
    }
    /* a judgement of an event the parser hung on its phrase ("rejected the move as
     * absurd"), what a comma sets apart ("criticised the decision, together with
     * aid groups"), where or when the verb's act was done ("rejected the allegations
     * during a news conference", "at a briefing"), or an act's object ("the closure of
     * the crossing"; not "the threat of war", "the resolution of the dispute"), names
     * no one else */
    static const char *const set_apart[] = {"AS", ",", "DURING", "AT", NULL};
    for (int i = r->first + 1; i < np->n; i++)
        if (dyad_among(np->w[i], set_apart) ||
            (!strcmp(np->w[i], "OF") && S_act_row(np->w[i - 1], 1) >= 0)) {
            head = np->w[i - 1];
            break;
        }
    q->act = S_act_row(head, 1);
    int event = !*q->suffix && LOOKUP(S_event_nouns, head, &v);
    if (!*q->suffix && (event || q->act >= 0)) {
        q->kind = Q_EVENT;
        q->roots = event ? (unsigned)v : 0;
        /* a charge is answered further on than other acts: the accused's denial comes
         * after the charge's details ("Blinken said Berisha took bribes. [two sentences
         * of them] Berisha rejected the allegations"); S_charger_of keeps a charge
         * that two parties made no one's */
        q->window = q->roots == 1u << 11 ? 4 : 2;
        q->bare = np->n >= 2 && !strcmp(np->w[0], "THE") &&
                  (np->n == 2 || S_tag_is(np, 2, "IN"));
        /* an attack named by what was launched ("the missile attack", "the rocket
         * strikes") is a launch or firing, not another's air strike told since; the
         * story's own, "the" and the two nouns, as a bare noun is */
        static const char *const launched[] = {"MISSILE", "ROCKET", "DRONE", NULL};
        if (np->n == 3 && !strcmp(np->w[0], "THE") && dyad_among(np->w[1], launched) &&
            (q->roots & ((1u << 18) | (1u << 19)))) {
            q->act = S_act_row("LAUNCH", 1);
            q->launched = 1;
            q->bare = 1;
        }
        return q->kind;
    }
    return Q_NONE;
}

/* Does mention m have word w, or initials a body is named "the w" by ("IMF": "FUND"),
 * or, for a thing's noun, a noun of its kind ("rigs": "the rig", "the platform"), or
 * is w "BLOC" and m a union of states (S_bloc_codes)? */
static int S_has_word(const S_ment *m, const char *w)
{
    int kind, mkind;
    int thing = LOOKUP(S_thing_nouns, w, &kind);
    if (!strcmp(w, "BLOC"))
        for (const char *const *c = S_bloc_codes; *c; c++)
            if (!strncmp(m->code, *c, strlen(*c)))
                return 1;
    for (int i = 0; i < m->nwords; i++) {
        if (!strcmp(m->words[i], w))
            return 1;
        if (thing && LOOKUP(S_thing_nouns, m->words[i], &mkind) && mkind == kind)
            return 1;
        for (size_t k = 0; k < sizeof S_body_initials / sizeof *S_body_initials; k++)
            if (!strcmp(m->words[i], S_body_initials[k].initials) &&
                !strcmp(w, S_body_initials[k].noun))
                return 1;
    }
    return 0;
}

/* Where the words of thing phrase np that must name a thing named before begin, past
 * the words that pick one or more of those things: "the", a part of them ("one of the
 * rigs", "both of the tankers") or a place in their row ("the second platform", "a
 * second platform", "another tanker", "the other rig"; war reports count the targets
 * of one raid so); -1 when it starts otherwise, as a thing new to the story does ("a
 * rig drilling for a private firm"). */
static int S_thing_from(const dyad_cr_np *np)
{
    static const char *const part[] = {"ONE", "EACH", "BOTH", "TWO", "THREE", NULL};
    static const char *const nth[] = {"FIRST", "SECOND", "THIRD", "OTHER", "ANOTHER", NULL};
    int i = np->n > 3 && dyad_among(np->w[0], part) && !strcmp(np->w[1], "OF") ? 2 : 0;
    if (i < np->n && !strcmp(np->w[i], "THE"))
        i++;
    else if (i + 1 < np->n && (!strcmp(np->w[i], "A") || !strcmp(np->w[i], "AN")) &&
             dyad_among(np->w[i + 1], nth) && strcmp(np->w[i + 1], "FIRST"))
        i++;
    else if (i >= np->n || strcmp(np->w[i], "ANOTHER"))
        return -1;
    while (i < np->n && dyad_among(np->w[i], nth))
        i++;
    return i;
}

/* Does np name people by their role alone, as a story names them again once it has
 * said whose they are: a plural ("ministers", "the officials", "the negotiators"), or
 * "the" and the singular of a role no title holds, "senior" or "top" the only word
 * between ("the official", "the senior diplomat"; a title's holder, "the envoy", is
 * Q_TITLE's, which takes the latest one)? "Official" before another noun is an
 * adjective ("the official news agency"), no role. */
static int S_role_head(const dyad_cr_np *np, const S_np *r)
{
    static const char *const roles[] = {"MINISTERS", "OFFICIALS", "NEGOTIATORS",
                                        "DIPLOMATS", "DELEGATES", "LAWMAKERS",
                                        "LEGISLATORS", "ENVOYS", NULL};
    static const char *const one[] = {"OFFICIAL", "DIPLOMAT", "DELEGATE", "LAWMAKER",
                                      "LEGISLATOR", NULL};
    static const char *const rank[] = {"SENIOR", "TOP", NULL};
    const char *head = np->w[np->n - 1];
    if (r->first > 1 || (r->first && strcmp(np->w[0], "THE")))
        return 0;
    if (np->n - r->first == 1 && dyad_among(head, roles))
        return 1;
    return r->first && np->n - r->first <= 2 && dyad_among(head, one) &&
           (np->n - r->first == 1 || dyad_among(np->w[r->first], rank));
}

/* People named by their role alone (S_role_head: "ministers", "the officials", "the
 * official"), with no actor of their own: the body of the latest mention whose head
 * is that role and which had one ("EC foreign ministers ... Ministers agreed to keep
 * talking with Japan": the EC's; "a State Department official said ... The official
 * warned": Washington's), as a writer drops the owner once the story
 * has given it; 1 with its code in out, -1 when that is the event's other party, else
 * 0. None when the article named two bodies' people so ("U.S. officials ... Japanese
 * officials"): the role alone then says no one. */
static int S_role_again(const dyad_coref *cr, const dyad_cr_np *np, const S_np *r,
                        const char *avoid, char *out, size_t cap, int *ante)
{
    static const char *const joins[] = {"AND", "OR", ",", NULL};
    if (strncmp(np->code, "---", 3) || !np->n || !S_role_head(np, r))
        return 0;
    const S_ment *found = NULL;
    for (size_t i = cr->nm; i-- > 0;) {
        const S_ment *m = &cr->m[i];
        if ((m->sent == cr->sent && m->tok >= np->tok) || m->silent || m->referred ||
            !m->ntail || strcmp(m->tail[m->ntail - 1], np->w[np->n - 1]) ||
            !strncmp(m->code, "---", 3))
            continue;
        if (strchr(m->code, '/') || dyad_coref_region(m->code) ||
            (found && !dyad_coref_same_actor(found->code, m->code)))
            return 0;
        /* "senior U.S. and European Community trade officials", "Japanese, U.S. and
         * European officials" are several bodies' people, whom the coder may have given
         * one code */
        for (int k = 0; k < m->ntail; k++)
            if (dyad_among(m->tail[k], joins))
                return 0;
        if (S_has_word(m, "AND") || S_has_word(m, "OR"))
            return 0;
        if (!found)
            found = m;
    }
    if (!found)
        return 0;
    *ante = (int)(found - cr->m);
    if (S_avoided(found->code, avoid, NULL))
        return -1;
    out[0] = 0;
    S_append(out, cap, found->code, 0, "");
    return out[0] != 0;
}

/* Is noun a chamber ("CONGRESS", "SENATE") that the state of code has none of by that
 * name, so that wire copy names Washington's (1: "Seoul objected to the Senate bill"),
 * or a party there (-1: India's Congress)? 0 the state's own, or no chamber. A word of
 * Congress's own ("congressmen", "congressional leaders") is read as the chamber:
 * "Japan's surplus fell, but congressmen were not satisfied" names Americans. */
static int S_foreign_chamber(const char *noun, const char *code)
{
    char key[4];
    int own = 1;
    snprintf(key, sizeof key, "%.3s", code);
    if (!strncmp(noun, "CONGRESS", 8))
        return !LOOKUP(S_congress_states, key, &own) ? 1 : own ? 0 : -1;
    return !strcmp(noun, "SENATE") && dyad_among(key, S_senateless);
}

/* Is mention m, named after an armed group, a group that "the group" may name rather
 * than that one: a firm ("Hanson Trust said its profits rose. The group"; by a word
 * of a firm's name, as the dictionaries know few firms), business, or an
 * organisation of states or of no state? */
static int S_other_group(const S_ment *m)
{
    static const char *const firms[] = {"BUS", NULL};
    static const char *const firm_words[] = {
        "GROUP", "CORP", "CORPORATION", "INC", "CO", "COMPANY", "PLC", "LTD", "LIMITED", "AG",
        "NV", "TRUST", "HOLDINGS", "INDUSTRIES", "BANK", NULL};
    for (int i = 0; i < m->nwords; i++)
        if (dyad_among(m->words[i], firm_words))
            return 1;
    return (dyad_actor_transnational(m->code) && strncmp(m->code, "IMG", 3)) ||
           S_has_agent(m->code, strlen(m->code), firms);
}

/* An armed group named again with no country of its own: by an armed agent's noun
 * ("the rebels", "the insurgent group", "the militia", "the gunmen") or by "the" and a
 * bare noun of a group ("The group also attacked a U.S. destroyer" after "Houthi
 * rebels fired a missile", "the movement" after Hezbollah): the latest armed group
 * (S_armed) named in the two sentences before, as the writer drops the name once it
 * has given it, by its code (by its country's, for rebels and insurgents, who are
 * those of the country); else 0, and rebels are those of the one country in sight
 * (S_classify). Only the nouns of rebels and insurgents may reach a group's person ("a
 * rebel leader ... the rebels"), and a bare noun names nothing else: a "group" of 1987
 * economic copy is a company, no armed group's. Gunmen, militias and bare nouns are no
 * one's when armed men no one named are in sight, or another group (S_other_group) was
 * named after the armed one: they may be those; one group with a name of its own ("the
 * Zarkani militia", not "the Islamist militants") is a group the dictionaries do not
 * know. Separatists, who act where they are, and people said to be foreign ("foreign
 * fighters") are S_classify's to read. */
static int S_armed_again(const dyad_coref *cr, const dyad_cr_np *np, const S_np *r,
                         const char *avoid, char *out, size_t cap, int *ante)
{
    static const char *const persons[] = {"REB", "INS", NULL};
    if (strncmp(np->code, "---", 3))
        return 0;
    const char *suffix = np->code + 3;
    int agent = strlen(suffix) == 3 && dyad_coref_armed_agent(suffix);
    if (!r->det || r->titles || r->names || S_local(np, r) || S_foreign(np) ||
        !(agent || (!*suffix && np->n == 2 && !strcmp(np->w[0], "THE") &&
                    dyad_among(np->w[1], S_group_nouns))))
        return 0;
    for (int i = r->first; i < np->n - 1 && !r->plural_head; i++)
        if (S_tag_is(np, i, "NNP"))
            return 0;
    int rebels = agent && dyad_among(suffix, persons);
    S_query q = {.kind = Q_STATE, .window = 2, .role = rebels ? 1 : 2, .key_only = rebels,
                 .suffix = suffix};
    int found = 0;
    for (size_t i = cr->nm; q.role == 2 && i-- > 0 && cr->sent - cr->m[i].sent <= q.window;) {
        const S_ment *m = &cr->m[i];
        if (m->sent == cr->sent && m->tok >= np->tok)
            continue;
        if (S_fits(&q, m))
            found = 1;
        else if ((!strncmp(m->code, "---", 3) && S_armed(m->code)) ||
                 (!found && S_other_group(m)))
            return 0; /* "Gunmen attacked Hezbollah positions. The gunmen": armed men no
                         one named, whom it names again */
    }
    return S_one(cr, &q, np, avoid, 0, out, cap, ante);
}

/* Armed forces or their craft named again by their noun with no country of their own
 * ("Iraq said its warplanes hit Iranian oil sites. A communique said warplanes hit the
 * Kharg terminal"; "Russian troops entered the town. The troops shelled Ukrainian
 * positions"): a plural or "the" phrase coded as forces of no actor (---MIL), with no
 * name, title or count, is the state's whose forces a phrase with the same noun named in
 * its sentence before it or in the three sentences before (a wire story may put two of
 * background between, as that one does), when those name one state only: -1 when that
 * is the one avoided (the other party of its act is no force of its own) or they name
 * two, which a reader cannot tell apart; 0 none, for the rules that read "the army" as
 * the one state in sight. */
static int S_force_again(const dyad_coref *cr, const dyad_cr_np *np, const S_np *r,
                         const char *avoid, char *out, size_t cap, int *ante)
{
    int the = r->first == 1 && !strcmp(np->w[0], "THE");
    if (strcmp(np->code, "---MIL") || (r->det && !the) || r->titles || r->names ||
        r->first >= np->n || (!r->plural_head && !the) || S_foreign(np))
        return 0; /* "its forces", "our troops", "some jets" are others' to read */
    for (int i = r->first; i < np->n; i++)
        if (S_tag_is(np, i, "NNP") || S_tag_is(np, i, "CD") || S_tag_is(np, i, "PRP") ||
            !strcmp(np->w[i], "OTHER"))
            return 0;
    const char *head = np->w[np->n - 1];
    int found = -1;
    for (size_t i = cr->nm; i-- > 0 && cr->sent - cr->m[i].sent <= 3;) {
        const S_ment *m = &cr->m[i];
        if ((m->sent == cr->sent && m->tok >= np->tok) || m->another || !m->ntail ||
            strcmp(m->tail[m->ntail - 1], head) || !S_is_state(m->code) ||
            strcmp(m->code + 3, "MIL"))
            continue;
        if (found >= 0 && !S_same_key(cr->m[found].code, m->code))
            return -1;
        if (found < 0)
            found = (int)i;
    }
    if (found < 0)
        return 0;
    if (S_avoided(cr->m[found].code, avoid, NULL))
        return -1;
    out[0] = 0;
    S_append(out, cap, cr->m[found].code, 0, "");
    *ante = found;
    return out[0] != 0;
}

/* Where "the" and a body's noun end when the charge of the verb before them follows
 * ("accused the agency of bias", "accused the ministry of lying"): the parser hangs it
 * on the object, whose words must then all name the body; a charge names no one, and
 * a proper noun after "of" is a name's ("the Bank of Thorvald"), a phrase after
 * another verb a body's kind ("blamed the commission of inquiry"). Else np->n. */
static int S_charge_at(const dyad_cr_np *np, const S_np *r)
{
    int of = r->first + 1;
    if (!np->charged || r->first != 1 || strcmp(np->w[0], "THE") || np->n <= of + 1 ||
        strcmp(np->w[of], "OF") || !dyad_among(np->w[r->first], S_body_nouns))
        return np->n;
    for (int k = of + 1; k < np->n; k++)
        if (S_tag_is(np, k, "NNP"))
            return np->n;
    return of;
}

/* Where the body's words end in a phrase that names what the body wrote, said or did
 * after them: its paper after its noun ("the Bank report": S_body_papers), or its
 * possessive before such a paper or an act, words or policy (dyad_coref_act_noun: "the
 * Commission's farm plans", "the Fund's demands"), which the phrase is about as
 * "Washington's plans" is about Washington. Else n. */
static int S_body_owner_at(const dyad_cr_np *np, const S_np *r, int n)
{
    const char *last = np->w[np->n - 1];
    if (n != np->n || r->first != 1 || strcmp(np->w[0], "THE") ||
        (!dyad_among(last, S_body_papers) && !dyad_coref_act_noun(last)))
        return n;
    if (n == 3 && dyad_among(last, S_body_papers) && dyad_among(np->w[1], S_body_nouns))
        return 2;
    for (int k = 2; k < n - 1; k++)
        if (S_tag_is(np, k, "POS"))
            return dyad_among(np->w[k - 1], S_body_nouns) ? k : n;
    return n;
}

/* A body named by "the" and its noun ("the bank", "the Fund", "the development bank",
 * "the administration"; with S_body_papers' noun after it, "the Bank report", or as a
 * possessive before what it did, "the Commission's plans": S_body_owner_at), with no
 * actor of its own: the latest party named before in
 * the article with its words, or its initials ("the World Bank", "the ADB"; "the
 * Reagan administration"; "the IMF"), not by a phrase that referred to another; a
 * thing ("the oil platform", "one of the rigs", "a second platform": S_thing_from) is
 * the latest named with its words or nouns of their kind, and no one's when
 * that one had no country ("an Iranian rig ... a rig owned by a Dutch firm": the rig
 * is not Iran's); -1
 * when that is the event's other party, whom it is not, or when an estate ("the
 * administration", "Congress") has no state to be (below); else 0, and the phrase is read as the rules below
 * read it. The nearest country is no body's: "the bank" of a
 * story about the Asian Development Bank halting loans to Hanoi is the lender, not
 * Vietnam. */
static int S_body(const dyad_coref *cr, const dyad_cr_np *np, const S_np *r,
                  const char *avoid, char *out, size_t cap, int *ante)
{
    if (strncmp(np->code, "---", 3))
        return 0; /* it names its own actor */
    int n = S_body_owner_at(np, r, S_charge_at(np, r));
    int kind, thing = LOOKUP(S_thing_nouns, np->w[n - 1], &kind);
    int from = thing ? S_thing_from(np) : r->first;
    const char *head = np->w[n - 1]; /* the body's noun, for its members' */
    for (size_t k = 0; k < sizeof S_body_members / sizeof *S_body_members; k++)
        if (!strcmp(head, S_body_members[k].members))
            head = S_body_members[k].noun;
    int body = from >= 0 && n - from <= 3 && !r->titles &&
               (thing || (r->first == 1 && !strcmp(np->w[0], "THE") &&
                          dyad_among(head, S_body_nouns)));
    for (size_t i = cr->nm; body && i-- > 0;) {
        const S_ment *m = &cr->m[i];
        if ((m->sent == cr->sent && m->tok >= np->tok) || (m->silent && !thing) ||
            m->referred || strchr(m->code, '/') || m->kind == K_PERSON)
            continue;
        int all = 1;
        for (int k = from; k < n && all; k++)
            all = S_has_word(m, k == n - 1 ? head : np->w[k]);
        if (!all)
            continue;
        if (m->silent)
            return 0;
        /* the other party (a state's other estates are not: the administration may
         * act on Congress) */
        S_query q = {.kind = Q_STATE, .key_only = 1,
                     .suffix = m->code + dyad_actor_key_len(m->code)};
        if (S_avoided(m->code, avoid, S_is_state(m->code) ? &q : NULL))
            return -1;
        out[0] = 0;
        S_append(out, cap, m->code, 0, "");
        *ante = (int)i;
        return out[0] != 0;
    }
    /* an estate of a state no name gave ("the administration", "Congress"): that of
     * the latest state whose estates' people or offices were named (S_own_estates;
     * "the Treasury chief said the administration"), not a state named as a
     * place or a party to its dealings ("the administration opposed the loans to
     * Thailand"); none, no one. A legislature's people count only as the writer named
     * them, a government's also as a phrase referred to them ("he" for the President).
     * A state so found is Congress's only when it has a congress of its own
     * (S_congress_states): else wire copy names the U.S. Congress, whoever talks of it;
     * none found, still no one ("Congress Financial ... Congress granted a loan") */
    const char *const *by = NULL, *agent = NULL;
    int apart = 0;
    for (size_t k = 0; !by && k < sizeof S_own_estates / sizeof *S_own_estates; k++)
        if (n - r->first == 1 && !strcmp(np->w[r->first], S_own_estates[k].noun) &&
            (r->first == 0 || (r->first == 1 && !strcmp(np->w[0], "THE")))) {
            by = S_own_estates[k].by;
            agent = S_own_estates[k].by[0];
            apart = S_own_estates[k].apart;
        }
    if (!by)
        return 0;
    S_query q = {.kind = Q_STATE, .key_only = 1, .suffix = agent};
    for (size_t i = 0; apart && i < cr->nm; i++) {
        /* lawmakers named before with their owner ("European Union lawmakers",
         * "Japanese and U.S. lawmakers") are S_role_again's to read; bare ones given a
         * state here before (referred) named none, and S_role_again skips them */
        const S_ment *m = &cr->m[i];
        if ((m->sent != cr->sent || m->tok < np->tok) && m->ntail && !m->referred &&
            !strcmp(m->tail[m->ntail - 1], np->w[n - 1]) && strncmp(m->code, "---", 3))
            return 0;
    }
    const char *state = NULL;
    for (; *by && !state; by++)
        for (size_t i = cr->nm; !state && i-- > 0;) {
            const S_ment *m = &cr->m[i];
            const char *const one[] = {*by, NULL};
            if ((m->sent == cr->sent && m->tok >= np->tok) || m->silent || m->place ||
                (m->referred && strcmp(*by, "GOV")) || strchr(m->code, '/') ||
                !S_is_state(m->code) || !S_has_agent(m->code, strlen(m->code), one) ||
                S_avoided(m->code, avoid, apart && !strcmp(*by, "GOV") ? NULL : &q))
                continue;
            state = m->code;
            *ante = (int)i;
        }
    if (!state)
        return -1;
    int foreign = S_foreign_chamber(np->w[n - 1], state);
    if (foreign > 0) {
        state = "USA";
        *ante = -1;
    }
    if (foreign < 0 || (foreign > 0 && S_avoided(state, avoid, &q)))
        return -1;
    out[0] = 0;
    S_append(out, cap, state, 1, agent);
    return out[0] != 0;
}

/* Does np name an office of a government and no country ("the foreign ministry", "the
 * government", "a government spokesman", "a ministry statement", "state media", "the
 * presidency", "the military government", "a defence ministry spokesman", "the
 * military")? Its words after the determiners are read: a noun of such an office,
 * or a spokesman, statement or media of one ("a" is no determiner to S_read, so "a
 * foreign ministry statement" comes here unclassified); not a plural ("the ministers",
 * "officials" may be a body of states' members), a name ("the Reagan administration"
 * says whose) or an office abroad ("a foreign government", S_foreign). Its agents are
 * a state's own (government, armed forces, state media: the agents list gives "defence
 * ministry" and "state media" more than GOV), and are kept. */
static int S_gov_office(const dyad_cr_np *np, const S_np *r)
{
    static const char *const offices[] = {"GOVERNMENT", "MINISTRY", "PRESIDENCY", "MILITARY",
                                           NULL};
    static const char *const voices[] = {"SPOKESMAN", "SPOKESWOMAN", "SPOKESPERSON",
                                         "STATEMENT", "MEDIA", NULL};
    static const char *const agents[] = {"GOV", "MIL", "MED", NULL};
    size_t n = strlen(np->code);
    if (n < 6 || n % 3 || strncmp(np->code, "---", 3) || r->names || np->n - r->first > 4 ||
        S_foreign(np) || S_led(np))
        return 0;
    for (size_t k = 3; k < n; k += 3)
        if (!dyad_among_n(np->code + k, 3, agents))
            return 0;
    /* "the country's military" names its country: the state rules alone find it */
    for (int i = r->first; i < np->n - 1; i++)
        if (dyad_among(np->w[i], S_state_nouns))
            return 0;
    const char *head = np->w[np->n - 1];
    if (dyad_among(head, offices))
        return strcmp(np->w[0], "A") != 0; /* "a government" is any one */
    if (!dyad_among(head, voices))
        return 0;
    for (int i = r->first; i < np->n - 1; i++)
        if (dyad_among(np->w[i], offices) || !strcmp(np->w[i], "STATE"))
            return 1;
    return 0;
}

/* The nouns of a state's offices (S_home_office) */
static const char *const S_office_nouns[] = {
    "GOVERNMENT", "MINISTRY", "MINISTER", "PRESIDENCY", "PREMIER", "CABINET", "ADMINISTRATION",
    "CHANCELLOR", "JUNTA", "COUP", "ARMY", "MILITARY", "AUTHORITIES", NULL};

/* Does np name an office of a state and no country, which in a story about one state
 * is that state's ("the interior minister", "the government", "the cabinet", "a
 * ministry survey", "the junta" or "the coup leaders" of a story about a coup, "the
 * army", "the military", "the army chief", "the authorities")? A
 * noun of such an office, or "coup" in a phrase the agents make a government's ("the
 * coup leaders"), among its words before a preposition or comma, its agents a government's first (a
 * ministry's sector may follow: "the agriculture minister" is GOVAGR); not a name nor an office abroad (S_foreign). Not
 * officials, presidents or spokesmen, who in business copy are as often a firm's, nor
 * ministers or "governments", who meet from many states ("EC farm ministers"); nor
 * courts, as often abroad in a story about a firm. */
static int S_home_office(const dyad_cr_np *np, const S_np *r)
{
    if ((strncmp(np->code, "---GOV", 6) && strcmp(np->code, "---MIL")) || r->names ||
        S_foreign(np) || S_led(np))
        return 0; /* a defence minister's agents are the armed forces' alone */
    for (int i = r->first; i < np->n && !S_tag_is(np, i, "IN") && strcmp(np->w[i], ","); i++)
        if (S_tag_is(np, i, "N") && dyad_among(np->w[i], S_office_nouns))
            return 1;
    return 0;
}

/* The office of a state named with no country (S_home_office), its noun the phrase's
 * head, that is the other party of an event whose one party, avoid, is its country's
 * own estate at home (lawmakers, courts, the opposition, unions): that country's
 * office, whatever other states the story names ("Iraq's parliament called on the
 * government to expel foreign troops", "a Spanish union opposed the government's
 * policies"). Not for a phrase the office's noun only qualifies ("federal government
 * programs"), nor when avoid is a state's government, a group or people of any
 * country (the press, civilians). */
static int S_estate_office(const dyad_cr_np *np, const S_np *r, const char *avoid, char *out,
                           size_t cap)
{
    static const char *const estates[] = {"LEG", "OPP", "JUD", "LAB", NULL};
    if (!avoid || strchr(avoid, '/') || !S_is_state(avoid))
        return 0;
    size_t k = dyad_actor_key_len(avoid), n = strlen(avoid), own = 0;
    if ((n - k) % 3)
        return 0;
    for (; k < n; k += 3) {
        if (dyad_among_n(avoid + k, 3, estates))
            own++;
        else if (strncmp(avoid + k, "GOV", 3))
            return 0;
    }
    int end = r->first;
    while (end < np->n && !S_tag_is(np, end, "IN") && !S_tag_is(np, end, "POS") &&
           strcmp(np->w[end], ","))
        end++;
    if (!own || end == r->first || !dyad_among(np->w[end - 1], S_office_nouns))
        return 0;
    out[0] = 0;
    S_append(out, cap, avoid, 1, np->code + 3);
    return out[0] != 0;
}

/* The code of the state that acts at index i of the article's mentions (mention,
 * before the phrase np: one that says something) or, past them, of its events (their
 * source), NULL when that is no state or its government ("a U.S. banker told
 * Reuters", "Libyan soldiers landed" speak for none); *sent its sentence. */
static const char *S_acting(const dyad_coref *cr, const dyad_cr_np *np, size_t i, int *sent)
{
    const char *code;
    if (i < cr->nm) {
        const S_ment *m = &cr->m[i];
        if ((m->sent == cr->sent && m->tok >= np->tok) || m->silent || m->place || !m->says)
            return NULL;
        code = m->code;
        *sent = m->sent;
    } else {
        code = cr->e[i - cr->nm].source;
        *sent = cr->e[i - cr->nm].sent;
    }
    size_t n = strlen(code);
    if (strchr(code, '/') || !S_is_state(code) ||
        (n != dyad_actor_key_len(code) && !S_has_agent(code, n, S_gov_named)))
        return NULL;
    return code;
}

/* The state an office named with no country speaks for (S_gov_office), when the nearer
 * rules found none: the story's own, the latest state that said something or did what
 * an event gave (not a capital merely named: "The foreign ministry said Manila had
 * provoked it"), so that "China warned Manila ... A government spokesman accused the
 * Philippines" is Beijing's; not the event's other party. None when another state so
 * acts in the two sentences before that one's, as a story of two governments trading
 * words has them, whose offices the writer then names by their country, nor when the
 * story's first such state was another: it may be about that one ("Manila said it
 * would hold talks with Tokyo. Beijing warned the Philippines ... The foreign
 * ministry"). The office keeps its own agents ("a defence ministry spokesman" is the
 * state's MILGOV, "the military" its MIL). */
static int S_focus_state(const dyad_coref *cr, const dyad_cr_np *np, const char *avoid,
                         char *out, size_t cap)
{
    const char *best = NULL, *first = NULL, *code;
    int last = -1, sent, at = cr->sent + 1;
    for (size_t i = 0; i < cr->nm + cr->ne; i++) {
        if (!(code = S_acting(cr, np, i, &sent)))
            continue;
        if (sent >= last) {
            best = code;
            last = sent;
        }
        if (sent < at) {
            first = code;
            at = sent;
        }
    }
    if (!best || !S_same_key(first, best))
        return 0;
    for (size_t i = 0; i < cr->nm + cr->ne; i++)
        if ((code = S_acting(cr, np, i, &sent)) && sent >= last - 2 &&
            !S_same_key(code, best))
            return 0;
    if (S_avoided(best, avoid, NULL))
        return 0;
    out[0] = 0;
    S_append(out, cap, best, 1, np->code + 3);
    return out[0] != 0;
}

/* The agents of the people of public life S_home places */
static const char *const S_public[] = {"COP", "MIL", "REB", "OPP", "MED", "LAB", "LEG", NULL};

/* A state the article's mentions name (S_states_named): a code of it, in how many
 * sentences, and the last of them. */
typedef struct S_named {
    const char *code;
    int nsent, last;
} S_named;

/* The states (codes by S_code, one per S_same_key) that the article's mentions fitting
 * q name in the sentences before the current one, each with the number of those
 * sentences, into *out (the caller frees it; NULL none): S_home weighs each state's
 * sentences against the home state's, and one pass over the mentions counts them all
 * where asking each mention's state would read a long article's mentions once per
 * mention. Their number, -1 when memory ran out. */
static long S_states_named(const dyad_coref *cr, const S_query *q, S_named **out)
{
    S_named *v = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = 0; i < cr->nm && cr->m[i].sent < cr->sent; i++) {
        const S_ment *m = &cr->m[i];
        if (!S_fits(q, m))
            continue;
        size_t k = 0;
        while (k < n && !S_same_key(v[k].code, S_code(q, m)))
            k++;
        if (k == n) {
            if (dyad_vec_grow((void **)&v, &cap, n, sizeof *v)) {
                free(v);
                *out = NULL;
                return -1;
            }
            v[n++] = (S_named){S_code(q, m), 0, -1};
        }
        if (v[k].last != m->sent)
            v[k].nsent++;
        v[k].last = m->sent;
    }
    *out = v;
    return (long)n;
}

/* The story's home state for people of a country's public life who act where they are
 * (police, security forces, separatists, the opposition and protesters, the press,
 * unions and workers, lawmakers), when their sentence and the one before name several
 * states or none ("Authorities deported 40 men to China. Police arrested three
 * activists outside the Chinese embassy" in a Thai story; a party named after them,
 * "protesters demanded that Sudan's former ruling party be banned", in a Sudanese one):
 * the state of the article's dateline (dyad_coref_home), else the one state of the
 * first sentence of the article that names any, as a reader of a story about one
 * country reads them. Not when that sentence names two ("Blinken
 * arrived in Beijing"), when another state is named in more than half as many of the
 * article's sentences before theirs (a story of two states whose first sentence the
 * parser read with one), nor when their own sentence names another state than the other
 * party of their act ("Police detained 40 Afghan migrants" are the home state's;
 * states named only in the sentence before, "Afghanistan and Iran criticised the
 * order", are no place of theirs). Nor for people found anywhere (courts, schools,
 * civilians, refugees): a court, a university or a family in a story about a firm is
 * often abroad. The rules of such people and of offices ask it only once their
 * sentence's phrases are all added (dyad_coref_added), so that a place after them
 * ("police in Phnom Penh") or another state of their sentence is known. Offices of a
 * state (S_home_office: "the interior minister", "the government") are the home
 * state's by the same rule. q is the phrase's query
 * (q->ahead); public the agents the phrase may have, NULL any (an office's sector). */
static int S_home(const dyad_coref *cr, S_query *q, const dyad_cr_np *np, const char *avoid,
                  const char *const *public, char *out, size_t cap, int *ante)
{
    size_t n = strlen(q->suffix);
    for (size_t k = 0; public && k < n; k += 3)
        if (!dyad_among_n(q->suffix + k, 3, public))
            return 0;
    const S_ment *home = NULL, *m;
    for (size_t i = 0; !cr->home[0] && i < cr->nm && cr->m[i].sent < cr->sent; i++) {
        m = &cr->m[i];
        if (home && m->sent != home->sent)
            break;
        if (!S_fits(q, m))
            continue;
        if (!home)
            home = m;
        else if (!S_same_key(S_code(q, m), S_code(q, home)))
            return 0;
    }
    /* the dateline's state: it says where the story is, weighed as two sentences that
     * name it ("BANGKOK - Authorities deported 40 Uyghurs to China. Police arrested
     * ...": Thai police) */
    const char *code = cr->home[0] ? cr->home : home ? S_code(q, home) : NULL;
    if (!code || S_avoided(code, avoid, q))
        return 0;
    S_named *named;
    long nnamed = S_states_named(cr, q, &named);
    int times = home ? 0 : 2, rival = 0;
    for (long k = 0; k < nnamed; k++) {
        if (S_same_key(named[k].code, code))
            times += named[k].nsent;
        else if (named[k].nsent > rival)
            rival = named[k].nsent;
    }
    free(named);
    if (nnamed < 0 || 2 * rival > times)
        return 0;
    /* an office is kept from the home state by the states its sentence names before
     * it and the places after it; a party named after it is what it speaks of ("The
     * junta denied France's charge, saying only Russian instructors were there"),
     * while people who act where they are may be that party's own */
    q->window = 0;
    q->ahead = public ? 2 : 1;
    for (size_t i = cr->nm; (m = S_next_cand(cr, q, np, NULL, &i));)
        if (!S_same_key(S_code(q, m), code) && !S_avoided(S_code(q, m), avoid, NULL))
            return 0;
    if (home)
        return S_result(cr, q, home, out, cap, ante);
    out[0] = 0;
    S_append(out, cap, code, q->key_only, q->suffix);
    *ante = -1;
    return out[0] != 0;
}

/* Has the article named, up to the current sentence, forces of a state other than
 * code's (its military, police, intelligence, or rebels): bare troops in a story of
 * two states' forces may be either side's. */
static int S_other_forces(const dyad_coref *cr, const char *code)
{
    for (size_t i = 0; i < cr->nm; i++) {
        const char *c = cr->m[i].code;
        if (S_is_state(c) && !S_same_key(c, code) && S_has_agent(c, strcspn(c, "/"), S_arms))
            return 1;
    }
    return 0;
}

/* Does sentence sent name the country of code as a place, where something happens
 * ("Thousands rallied in Moscow")? */
static int S_named_place(const dyad_coref *cr, const S_query *q, const char *code, int sent)
{
    for (size_t i = 0; i < cr->nm; i++)
        if (cr->m[i].sent == sent && cr->m[i].place && S_same_key(S_code(q, &cr->m[i]), code))
            return 1;
    return 0;
}

/* The one country sentence sent names as a place ("Thousands rallied in Haifa against
 * the Gaza offensive": Israel, not the Palestinians of Gaza) that fits q and is not
 * avoided, in out; 0 none, or places of two. */
static int S_one_place(const dyad_coref *cr, const S_query *q, const char *avoid, int sent,
                       char *out, size_t cap, int *ante)
{
    const S_ment *found = NULL;
    for (size_t i = 0; i < cr->nm; i++) {
        const S_ment *m = &cr->m[i];
        if (m->sent != sent || !m->place || !S_fits(q, m) || S_avoided(S_code(q, m), avoid, q))
            continue;
        if (found && !S_same_key(S_code(q, m), S_code(q, found)))
            return 0;
        found = found ? found : m;
    }
    return found && S_result(cr, q, found, out, cap, ante);
}

/* People of public life, or an office of a state (S_home_office), whom the sentence
 * before gave a state (out) that it named only as a party, no place: the story's home
 * state (S_home, q the phrase's query there, public as there) when there is one, as a
 * reader of a story about one country reads them ("The Kremlin said it would not
 * intervene. Opposition leaders said they would march again" in a Georgian story;
 * "Senegal said it was watching closely. The junta expelled the French ambassador" in a
 * Guinean one); else out as it is, also before their sentence's phrases are all added:
 * their first answer is kept. */
static void S_home_over(const dyad_coref *cr, const S_query *q, const dyad_cr_np *np,
                        const char *avoid, const char *const *public, char *out, size_t cap,
                        int *ante)
{
    S_query h = *q;
    char home[64];
    int a;
    if (S_home(cr, &h, np, avoid, public, home, sizeof home, &a) && strlen(home) < cap) {
        memcpy(out, home, strlen(home) + 1);
        *ante = a;
    }
}

/* The query by which S_home places an office of a state (S_home_office): the state's
 * key with the office's own agents, as a government acting, whose own country is no
 * other party ("The government criticised the Philippines" in a story about Manila is
 * another state's). */
static void S_office_query(const dyad_cr_np *np, S_query *q)
{
    memset(q, 0, sizeof *q);
    q->kind = Q_STATE;
    q->suffix = np->code + 3;
    q->key_only = 1;
    q->ahead = 1;
    q->ruler = 1;
}

/* An acronym with no actor of its own ("the KIA", "BLA") after the name it stands for
 * was given: the latest party named before in the article whose name has its letters
 * as initials (S_initials), unless that is the event's other party's own code; 1 with
 * its code in out, else 0. */
static int S_acronym(const dyad_coref *cr, const dyad_cr_np *np, const S_np *r,
                     const char *avoid, char *out, size_t cap, int *ante)
{
    const char *w = np->n == r->first + 1 ? np->w[r->first] : "";
    size_t len = strlen(w);
    if (strncmp(np->code, "---", 3) || len < 2 || len >= sizeof cr->m[0].initials ||
        !S_tag_is(np, r->first, "NNP"))
        return 0;
    for (size_t k = 0; k < len; k++)
        if (!isupper((unsigned char)w[k]))
            return 0;
    /* a name: it avoids the other party's own code only, so a party may act on its own
     * country's government ("The BNP accused Hasina") */
    const S_query name = {.kind = Q_NAME};
    for (size_t i = cr->nm; i-- > 0;) {
        const S_ment *m = &cr->m[i];
        if ((m->sent == cr->sent && m->tok >= np->tok) || m->silent ||
            strcmp(m->initials, w))
            continue;
        if (S_avoided(m->code, avoid, &name))
            return 0;
        out[0] = 0;
        S_append(out, cap, m->code, 0, "");
        *ante = (int)i;
        return out[0] != 0;
    }
    return 0;
}

/* The halves of a divided state, which wire copy names again by the compass word alone
 * once it has named either ("North Korea fired a missile ... The South condemned it";
 * "the North fired a missile over Japan"); elsewhere "the North" and "the South" are
 * regions or the rich and the poor of the world ("farmers in the South"). */
static const struct {
    const char *word, *half, *other;
} S_halves[] = {{"NORTH", "PRK", "KOR"}, {"SOUTH", "KOR", "PRK"}};

/* "the North" or "the South" written as a name ("the north" of a country is a region),
 * alone or owning the rest of the phrase ("the South's military", "the North's
 * airspace": the possessive is not among its words; not "the South China Sea"), in an
 * article that named either half of a divided state before (S_halves): that half with
 * the phrase's agents, unless it is the event's other party; 1 with its code in out,
 * else 0. */
static int S_half(const dyad_coref *cr, const dyad_cr_np *np, const char *avoid, char *out,
                  size_t cap, int *ante)
{
    int owner = np->n > 2 && !S_tag_is(np, 2, "NNP");
    if (np->n < 2 || strcmp(np->w[0], "THE") || !S_tag_is(np, 1, "NNP") ||
        strncmp(np->code, "---", 3) || ((np->n > 2 || np->code[3]) && !owner))
        return 0;
    for (size_t h = 0; h < sizeof S_halves / sizeof *S_halves; h++) {
        if (strcmp(np->w[1], S_halves[h].word))
            continue;
        for (size_t i = 0; i < cr->nm; i++) {
            const S_ment *m = &cr->m[i];
            if ((m->sent == cr->sent && m->tok >= np->tok) ||
                (!S_same_key(m->code, S_halves[h].half) &&
                 !S_same_key(m->code, S_halves[h].other)))
                continue;
            if (S_avoided(S_halves[h].half, avoid, NULL))
                return 0;
            *ante = -1;
            return snprintf(out, cap, "%s%s", S_halves[h].half, np->code + 3) < (int)cap;
        }
    }
    return 0;
}

int dyad_coref_state(const char *code) { return S_is_state(code); }

int dyad_coref_region(const char *code)
{
    char k[4] = {0};
    if (dyad_actor_key_len(code) != 3)
        return 0;
    memcpy(k, code, 3);
    return dyad_among(k, S_regions);
}

int dyad_coref_count(const char *word)
{
    int v;
    return LOOKUP(S_numbers, word, &v) ? v : 0;
}

int dyad_coref_same_actor(const char *a, const char *b)
{
    return strncmp(a, "---", 3) && strncmp(b, "---", 3) && S_same_key(a, b);
}

int dyad_coref_armed_agent(const char *agent)
{
    return dyad_among_n(agent, 3, S_armed_agents);
}

int dyad_coref_two_sides(const char *a, const char *b)
{
    return dyad_coref_same_actor(a, b) && !strchr(a, '/') && !strchr(b, '/') &&
           S_two_sides(a, strlen(a), b, strlen(b));
}

int dyad_coref_event_noun(const dyad_cr_np *np)
{
    S_np r;
    S_query q;
    S_read(np, &r);
    return S_classify(np, &r, &q) == Q_EVENT;
}

int dyad_coref_act_patient(const dyad_cr_np *np, int *home)
{
    /* roots 16 to 20: sanctions, repression, assaults, force; "the appeal of Kyiv" or
     * "the decision of the court" name their doer after "of" */
    const unsigned force = 0x1fu << 16, repression = 1u << 17;
    int v;
    for (int i = 1; i < np->n; i++)
        if ((!strcmp(np->w[i], "ON") || !strcmp(np->w[i], "AGAINST") ||
             !strcmp(np->w[i], "OF")) &&
            LOOKUP(S_event_nouns, np->w[i - 1], &v)) {
            if (!((unsigned)v & force) || ((unsigned)v & ~force))
                return 0;
            *home = (unsigned)v == repression;
            return i;
        }
    return 0;
}

int dyad_coref_office(const dyad_cr_np *np)
{
    S_np r;
    S_read(np, &r);
    return r.titles && !strncmp(np->code, "---", 3);
}

int dyad_coref_titled(const dyad_cr_np *np)
{
    S_np r;
    S_read(np, &r);
    return r.titles && r.title_end == np->n;
}

int dyad_coref_local(const dyad_cr_np *np)
{
    S_np r;
    S_read(np, &r);
    return S_local(np, &r);
}

void dyad_coref_keywords(void (*fn)(void *user, const char *word), void *user)
{
    /* the plural heads for "the sides", "the leaders" without a number (S_classify) */
    const S_word *const tabs[] = {S_pronouns, S_numbers, S_event_nouns, S_plural_heads};
    const size_t ntabs[] = {sizeof S_pronouns / sizeof *S_pronouns,
                            sizeof S_numbers / sizeof *S_numbers,
                            sizeof S_event_nouns / sizeof *S_event_nouns,
                            sizeof S_plural_heads / sizeof *S_plural_heads};
    for (size_t t = 0; t < sizeof tabs / sizeof *tabs; t++)
        for (size_t i = 0; i < ntabs[t]; i++)
            fn(user, tabs[t][i].w);
    for (const char *const *w = S_state_nouns; *w; w++)
        fn(user, *w);
    for (const char *const *w = S_body_nouns; *w; w++)
        fn(user, *w);
    for (size_t i = 0; i < sizeof S_thing_nouns / sizeof *S_thing_nouns; i++)
        fn(user, S_thing_nouns[i].w);
    fn(user, "AUTHORITIES"); /* "authorities" without "the" (S_classify) */
    for (size_t i = 0; i < sizeof S_halves / sizeof *S_halves; i++)
        fn(user, S_halves[i].word);
    for (const char *const *w = S_group_nouns; *w; w++)
        fn(user, *w);
    for (size_t i = 0; i < sizeof S_acts / sizeof *S_acts; i++)
        for (const char *p = S_acts[i].noun; *p;) {
            char w[32];
            size_t n = strcspn(p, " ");
            snprintf(w, sizeof w, "%.*s", (int)n, p);
            fn(user, w);
            p += n + (p[n] == ' ');
        }
    /* Q_TITLE takes every office but T_OTHER, and needs all of its words */
    for (size_t i = 0; i < NTITLES; i++)
        if (S_titles[i].bits != T_OTHER)
            fn(user, S_titles[i].w[S_titles[i].w[2] ? 2 : S_titles[i].w[1] ? 1 : 0]);
}

int dyad_coref_name_word(const dyad_coref *cr, const char *w)
{
    for (size_t i = 0; cr && i < cr->nm; i++)
        for (int k = 0; cr->m[i].kind == K_PERSON && k < cr->m[i].nname; k++)
            if (!strcmp(cr->m[i].name[k], w))
                return 1;
    return 0;
}

int dyad_coref_unknown_word(const char *w)
{
    size_t len = strlen(w);
    if (w[0] >= 'A' && w[0] <= 'Z') {
        pthread_once(&S_index_once, S_index);
        for (unsigned k = S_known_first[w[0] - 'A'][KNOWN_LEN(len)]; k != T_END;
             k = S_known_next[k])
            if (S_known_v[k].len == len && !memcmp(S_known_v[k].w, w, len))
                return S_known_v[k].unknown;
    }
    return dyad_say_word(w, len); /* only verbs of saying in any case */
}

/* Does possessive np name a party other than its owner ("its northern neighbor", "their
 * rival", "its allies"), which is not the owner's own part as "its army" is? 1 one, 2
 * several, 0 neither. */
static int S_owners_other(const dyad_cr_np *np, const S_np *r)
{
    static const char *const one[] = {"NEIGHBOR", "NEIGHBOUR", "RIVAL", "ENEMY", "FOE",
                                      "ADVERSARY", "ALLY", NULL};
    static const char *const several[] = {"NEIGHBORS", "NEIGHBOURS", "RIVALS", "ENEMIES",
                                          "FOES", "ADVERSARIES", "ALLIES", NULL};
    if (!(r->pron_v & POSS))
        return 0;
    int i = r->first + 1;
    while (i < np->n - 1 && (S_tag_is(np, i, "J") || S_tag_is(np, i, "N")))
        i++;
    return i >= np->n ? 0 : dyad_among(np->w[i], one) ? 1 : dyad_among(np->w[i], several) ? 2 : 0;
}

int dyad_coref_resolve(const dyad_coref *cr, const dyad_cr_np *np, const char *avoid,
                       char *out, size_t cap, int *ante)
{
    *ante = -1;
    if (!cr || cap < 2 || cr->sent < 0)
        return 0;
    S_np r;
    S_query q;
    S_read(np, &r);
    char tmp[64];
    /* a region's phrase refers back only as a count of its states (S_classify), to a
     * compound of them in sight: its states named together, as the region's are
     * ("Sweden and Finland ... the two Nordic countries"), not the latest ones of the
     * story, whom its adjective may not fit */
    if (strncmp(np->code, "---", 3)) {
        if (!dyad_coref_region(np->code) || S_classify(np, &r, &q) != Q_PLURAL ||
            q.want == P_PERSON || !S_group_in_sight(cr, &q, np, avoid) ||
            !S_several(cr, &q, np, avoid, tmp, sizeof tmp, ante) || strlen(tmp) >= cap)
            return 0;
        memcpy(out, tmp, strlen(tmp) + 1);
        return 1;
    }
    int ok = S_acronym(cr, np, &r, avoid, tmp, sizeof tmp, ante);
    if (!ok)
        ok = S_half(cr, np, avoid, tmp, sizeof tmp, ante);
    if (!ok)
        ok = S_body(cr, np, &r, avoid, tmp, sizeof tmp, ante);
    if (!ok)
        ok = S_owned_again(cr, np, &r, avoid, tmp, sizeof tmp, ante);
    if (!ok)
        ok = S_role_again(cr, np, &r, avoid, tmp, sizeof tmp, ante);
    if (!ok)
        ok = S_armed_again(cr, np, &r, avoid, tmp, sizeof tmp, ante);
    if (!ok)
        ok = S_force_again(cr, np, &r, avoid, tmp, sizeof tmp, ante);
    if (ok) {
        if (ok < 0 || strlen(tmp) >= cap)
            return 0;
        memcpy(out, tmp, strlen(tmp) + 1);
        return 1;
    }
    int kind = S_classify(np, &r, &q);
    switch (kind) {
    case Q_NONE:
        break;
    case Q_PRON:
        if (S_sayer_avoided(cr, &q, np, avoid))
            break;
        ok = S_one(cr, &q, np, avoid, 0, tmp, sizeof tmp, ante);
        if (q.want != K_PERSON && S_owners_other(np, &r)) {
            /* the owner, found whoever the event's other party is, is not the phrase:
             * one state in sight other than it ("Gondor cut power exports to its
             * northern neighbor": Rohan, named before), and no one for several ("its
             * neighbors"); with no owner found, the party the event does not avoid
             * ("Gondor cut ties with Rohan, accusing its neighbor") */
            char away[160];
            int a;
            if (S_one(cr, &q, np, NULL, 0, away, 64, &a)) {
                snprintf(away + strlen(away), sizeof away - strlen(away), "%s%s",
                         avoid ? "/" : "", avoid ? avoid : "");
                S_query s = {.kind = Q_STATE, .act = -1, .window = 1, .key_only = 1, .suffix = ""};
                *ante = -1;
                ok = S_owners_other(np, &r) == 1 &&
                     S_one(cr, &s, np, away, 1, tmp, sizeof tmp, ante);
            }
        }
        break;
    case Q_STATE:
        if (q.bare_arms) {
            ok = cr->added && S_home(cr, &q, np, avoid, S_public, tmp, sizeof tmp, ante) &&
                 !S_other_forces(cr, tmp);
            break;
        }
        if (q.ahead) {
            /* people who act where they are: a place named right after them, by a
             * preposition the parser hung on the verb ("Russian troops shelled
             * civilians in Kharkiv"), is where, whatever else their sentence names */
            for (size_t i = cr->nm; i > 0 && cr->m[i - 1].sent == cr->sent; i--) {
                const S_ment *m = &cr->m[i - 1];
                if (m->place && m->tok == np->tok + np->n + 1 && S_fits(&q, m) &&
                    !S_avoided(S_code(&q, m), avoid, &q)) {
                    ok = S_result(cr, &q, m, tmp, sizeof tmp, ante);
                    break;
                }
            }
            if (ok)
                break;
            /* else the one country of their sentence, and the sentence before only when
             * their own names none; or none but the other party of their act when "the"
             * names them again ("Iranian protesters gathered in Tehran. The protesters
             * denounced the United States"; not "Protesters outside the Arnorian embassy
             * criticized Rohan", who are new and where that embassy is); else the
             * story's home state (S_home) */
            q.window = 0;
            ok = S_one(cr, &q, np, avoid, 1, tmp, sizeof tmp, ante);
            q.ahead = 2;
            size_t i = cr->nm;
            const S_ment *own = S_next_cand(cr, &q, np, NULL, &i);
            while (own && r.det && S_avoided(S_code(&q, own), avoid, NULL))
                own = S_next_cand(cr, &q, np, NULL, &i);
            if (!ok && !own) {
                q.window = 1;
                q.ahead = 1;
                ok = S_one(cr, &q, np, avoid, 1, tmp, sizeof tmp, ante);
                if (ok && !S_named_place(cr, &q, tmp, cr->sent - 1))
                    S_home_over(cr, &q, np, avoid, S_public, tmp, sizeof tmp, ante);
                /* police: of states named there several, the one where what it tells
                 * happened, whose streets they keep (not prisoners, who are exchanged
                 * at talks held elsewhere) */
                if (!ok && !strcmp(q.suffix, "COP"))
                    ok = S_one_place(cr, &q, avoid, cr->sent - 1, tmp, sizeof tmp, ante);
            }
            if (!ok && cr->added)
                ok = S_home(cr, &q, np, avoid, S_public, tmp, sizeof tmp, ante);
            break;
        }
        ok = S_one(cr, &q, np, avoid, 1, tmp, sizeof tmp, ante);
        if (ok && *ante >= 0 && cr->m[*ante].sent == cr->sent - 1 && S_home_office(np, &r) &&
            !S_named_place(cr, &q, tmp, cr->sent - 1)) {
            S_query h;
            S_office_query(np, &h);
            S_home_over(cr, &h, np, avoid, NULL, tmp, sizeof tmp, ante);
        }
        if (q.office) {
            /* a minister the writer does not say is foreign is of the story's own state:
             * the one state in sight, when it is named there other than as a place and
             * is the first state the article named so ("Oslo opened the talks. They
             * will resume in Madrid next week. Trade Minister Mira Basri said": no
             * Spaniard; "Kenya will seek a loan. Uganda raised its levies. Finance
             * Minister Ali Noor criticized the move": no Ugandan); with no state in
             * sight, the one state the article named, as a reader of a story about one
             * state reads it; none when it named two */
            char act[64];
            int a;
            size_t i = 0;
            q.no_place = 1;
            if (ok)
                ok = S_one(cr, &q, np, avoid, 1, act, sizeof act, &a) && !strcmp(act, tmp);
            while (ok && i < cr->nm && !S_fits(&q, &cr->m[i]))
                i++;
            ok = ok && i < cr->nm && S_same_key(cr->m[i].code, tmp);
            q.no_place = 0;
            i = cr->nm;
            if (!ok && !S_next_cand(cr, &q, np, NULL, &i)) {
                q.window = 1 << 20;
                ok = S_one(cr, &q, np, avoid, 1, tmp, sizeof tmp, ante);
            }
        }
        break;
    case Q_NAME:
    case Q_TITLE:
        ok = S_one(cr, &q, np, avoid, 1, tmp, sizeof tmp, ante);
        break;
    case Q_PLURAL:
        ok = S_several(cr, &q, np, avoid, tmp, sizeof tmp, ante);
        break;
    case Q_EVENT:
        ok = S_event(cr, &q, avoid, tmp, sizeof tmp);
        break;
    }
    /* a chamber the state found has none of by its name is Washington's ("Seoul
     * objected to the Senate bill"), as a bare one is (S_body) */
    for (int k = r.first; ok > 0 && kind == Q_STATE && S_is_state(tmp) && k < np->n; k++)
        if (S_foreign_chamber(np->w[k], tmp) > 0 && !S_avoided("USA", avoid, &q)) {
            memcpy(tmp, "USA", 3);
            *ante = -1;
        }
    if (!ok && kind != Q_PRON && kind != Q_PLURAL && S_gov_office(np, &r))
        ok = S_focus_state(cr, np, avoid, tmp, sizeof tmp);
    if (!ok && kind != Q_PRON && S_home_office(np, &r)) {
        /* an office no nearer rule placed: that of the country whose own estate acts
         * with it, else the story's home state */
        ok = S_estate_office(np, &r, avoid, tmp, sizeof tmp);
        if (!ok) {
            S_office_query(np, &q);
            ok = cr->added && S_home(cr, &q, np, avoid, NULL, tmp, sizeof tmp, ante);
        }
    }
    if (!ok || strlen(tmp) >= cap)
        return 0;
    memcpy(out, tmp, strlen(tmp) + 1);
    return 1;
}

/* ---------------------------------------------------------------- quotations */

int dyad_coref_first_person(const char *w)
{
    static const char *const pers[] = {"I", "WE", "ME", "US", NULL};
    static const char *const poss[] = {"OUR", "MY", NULL};
    return dyad_among(w, pers) ? 1 : dyad_among(w, poss) ? 2 : 0;
}

static int S_mark(const char *w, size_t len, char c)
{
    return len == 2 && w[0] == c && w[1] == c;
}

int dyad_coref_quote(dyad_coref *cr, const char *const *w, const size_t *len, int n)
{
    if (!cr || cr->sent < 0)
        return 0;
    int start = -1, open, says = 0;
    for (int k = 0; k < n && start < 0; k++) { /* a closing mark first: it began before */
        size_t l = len ? len[k] : strlen(w[k]);
        if (S_mark(w[k], l, '`') || S_mark(w[k], l, '\''))
            start = S_mark(w[k], l, '\'');
    }
    if (start < 0)
        start = cr->q_open; /* no mark: inside the quotation or outside, as before */
    open = start;
    for (int k = 0; k < n; k++) {
        size_t l = len ? len[k] : strlen(w[k]);
        if (S_mark(w[k], l, '`') || S_mark(w[k], l, '\''))
            open = S_mark(w[k], l, '`');
        else if (!open && dyad_say_word(w[k], l))
            says = 1;
    }
    cr->q_open = open;
    /* goes on with the quotation before without naming a speaker: it keeps its one;
     * not a new quotation whose speaker a later sentence names, which is that one's
     * when it is a person named before */
    int opens = n > 0 && S_mark(w[0], len ? len[0] : strlen(w[0]), '`');
    if (!says && opens && cr->q_later > 1) {
        const S_ment *m = &cr->m[cr->q_later - 2];
        dyad_coref_speaker(cr, m->code, cr->q_later - 2);
    } else if (!says && (start || (opens && !cr->q_later)) && cr->spk_sent >= 0 &&
               cr->spk_sent == cr->sent - 1) {
        cr->spk_sent = cr->sent;
    } else if (!says && opens && !cr->q_later && cr->q_he) {
        /* "he" or "she" said it, after sentences of no speaker ("Zelenskiy spoke in
         * Kyiv. '...,' he said."): the person of that gender named last before; one of
         * no known actor named last is the teller, and no one known is */
        for (size_t j = cr->nm; j-- > 0;) {
            const S_ment *m = &cr->m[j];
            if (m->sent >= cr->sent || m->kind != K_PERSON ||
                (m->gender && m->gender != cr->q_he))
                continue;
            if (!m->silent && strncmp(m->code, "---", 3))
                dyad_coref_speaker(cr, m->code, (int)j);
            break;
        }
    }
    if (says || !opens || cr->q_later != 1)
        cr->nlater = 0;
    cr->q_later = 0;
    return start;
}

void dyad_coref_ahead(dyad_coref *cr, const char *const *w, const size_t *len, int n)
{
    if (!cr)
        return;
    /* "he said" there, or a name of the speaker before, names no one new */
    const S_ment *m = cr->spk_sent >= 0 && cr->spk_id >= 0 && (size_t)cr->spk_id < cr->nm
                          ? &cr->m[cr->spk_id]
                          : NULL;
    int same = 0, named = -1;
    cr->nlater = cr->q_he = 0;
    for (int k = 0; k < n && !same; k++) {
        char *up = cr->later[cr->nlater < 16 ? cr->nlater : 15];
        size_t l = len ? len[k] : strlen(w[k]);
        if (l >= sizeof cr->later[0])
            continue;
        for (size_t i = 0; i < l; i++)
            up[i] = (char)toupper((unsigned char)w[k][i]);
        up[l] = 0;
        cr->nlater += cr->nlater < 16;
        cr->q_he = !strcmp(up, "HE") ? G_MALE : !strcmp(up, "SHE") ? G_FEMALE : 0;
        same = cr->q_he != 0;
        if (!isupper((unsigned char)w[k][0]))
            continue; /* names are capitalised */
        for (int i = 0; m && i < m->nname && !same; i++)
            same = !strcmp(up, m->name[i]);
        /* else a person named before by that name ("'...,' Rubio told reporters") */
        for (size_t j = cr->nm; j-- > 0 && named < 0 && !same;)
            for (int i = 0; cr->m[j].kind == K_PERSON && !cr->m[j].silent &&
                            i < cr->m[j].nname && named < 0;
                 i++)
                if (!strcmp(up, cr->m[j].name[i]))
                    named = (int)j;
    }
    cr->q_later = same ? 0 : named >= 0 ? named + 2 : n != 0;
    if (cr->q_later != 1)
        cr->nlater = 0;
}

int dyad_coref_named_later(const dyad_coref *cr, const char **w, int cap)
{
    int n = cr ? cr->nlater : 0;
    for (int k = 0; k < n && k < cap; k++)
        w[k] = cr->later[k];
    return n < cap ? n : cap;
}

int dyad_coref_earlier(const dyad_coref *cr, int id)
{
    return cr && id >= 0 && (size_t)id < cr->nm && cr->m[id].sent < cr->sent;
}

void dyad_coref_speaker(dyad_coref *cr, const char *code, int id)
{
    if (!cr || cr->sent < 0 || strlen(code) >= sizeof cr->spk)
        return;
    memcpy(cr->spk, code, strlen(code) + 1);
    cr->spk_id = id;
    cr->spk_sent = cr->sent;
}

int dyad_coref_last_speaker(const dyad_coref *cr, char *code, size_t cap, int *id)
{
    if (!cr || cr->sent < 0 || cr->spk_sent != cr->sent || strlen(cr->spk) >= cap)
        return 0;
    memcpy(code, cr->spk, strlen(cr->spk) + 1);
    *id = cr->spk_id;
    return 1;
}

/* ---------------------------------------------------------------- mentions */

static S_ment *S_new(dyad_coref *cr, int tok)
{
    if (dyad_vec_grow((void **)&cr->m, &cr->capm, cr->nm, sizeof *cr->m))
        return NULL;
    S_ment *m = &cr->m[cr->nm++];
    memset(m, 0, sizeof *m);
    m->sent = cr->sent;
    m->tok = tok;
    return m;
}

/* Does a name end in the word of a firm ("Texaco Inc", "Nippon Steel Corp"), which
 * says things, but is no person? */
static int S_firm(const dyad_cr_np *np)
{
    static const char *const firm[] = {"CORP", "CORP.", "INC", "INC.", "CO",    "CO.",
                                       "COS",  "LTD",   "LTD.", "PLC", "AG",    "SA",
                                       "NV",   "LLC",   "GROUP", "BANK", "BANCORP", NULL};
    return np->n > 0 && dyad_among(np->w[np->n - 1], firm);
}

/* Is np, of kind `kind` (S_classify) and naming no one the dictionaries know, a person
 * whom "he" may mean (S_fits)? A pronoun of a person alone (not "his nickname"); a
 * name that says something ("Mikhail Krutikhin, an analyst, said"; not a firm's), is
 * set beside a description of one ("Halbarad Dunadan, a farmer,": np->named) or has
 * an honorific; an office that heads the phrase before a preposition or a comma,
 * after an article or with a name ("a spokesman for the federation", "the fugitive
 * leader of ISIS", "Chairman John Reed"), not without, which is mostly a role ("when
 * appointed Treasury Secretary", "elected president"), nor among other words ("the
 * president's term expired"); nothing after "as" (a role: np->role). */
static int S_unknown_person(const dyad_cr_np *np, const S_np *r, int kind, const S_query *q)
{
    if (kind == Q_PRON)
        return q->want == K_PERSON && np->n == r->first + 1;
    if (np->role)
        return 0;
    if (kind == Q_NAME)
        return r->honorific || ((np->says || np->named) && !S_firm(np));
    dyad_cr_np head = *np;
    head.n = r->first;
    while (head.n < np->n && strcmp(np->w[head.n], ",") && !S_tag_is(np, head.n, "IN"))
        head.n++;
    S_np h;
    S_read(&head, &h);
    if (!h.titles)
        return 0; /* nor has it a first word to read below */
    static const char *const art[] = {"A", "AN", "ANOTHER", "ONE", NULL};
    int det = h.det || dyad_among(np->w[0], art);
    return (det && h.title_end == head.n) || (h.names && h.names == head.n - h.title_end);
}

/* The person named before mention m by a name ending in w with m's actor: a name the
 * dictionary knows with no dates ("Khamenei" after "Iranian President Ali Khamenei")
 * is that person, whom a later "he" may mean, not a thing; NULL none. */
static const S_ment *S_named_before(const dyad_coref *cr, const S_ment *m, const char *w)
{
    for (size_t i = (size_t)(m - cr->m); i-- > 0;) {
        const S_ment *p = &cr->m[i];
        for (int k = 0; p->kind == K_PERSON && !p->silent && S_same_key(p->code, m->code) &&
                        k < p->nname;
             k++)
            if (!strcmp(p->name[k], w))
                return p;
    }
    return NULL;
}

/* The initials of a name of proper nouns and the small words between them ("PFLP" of
 * "the Popular Front for the Liberation of Palestine", "KIA" of "the Kachin
 * Independence Army (KIA)": what a bracket or comma opens is no more of it) in out,
 * "" when another word is in the name or it has fewer than two. */
static void S_initials(const dyad_cr_np *np, const S_np *r, char *out, size_t cap)
{
    static const char *const small[] = {"OF", "FOR", "THE", "AND", "'S", NULL};
    size_t n = 0;
    for (int i = r->first; i < np->n; i++) {
        if (dyad_among(np->w[i], small))
            continue;
        if (!isalnum((unsigned char)np->w[i][0]))
            break;
        if (!S_tag_is(np, i, "NNP") || n + 1 >= cap) {
            n = 0;
            break;
        }
        out[n++] = np->w[i][0];
    }
    out[n < 2 ? 0 : n] = 0;
}

/* Code, kind, office, gender and name of a mention from its words, or from its
 * antecedent when it only refers to it ("he", "the president", "Blinken"). */
static void S_describe(const dyad_coref *cr, const dyad_cr_np *np, const char *code,
                       int ante, S_ment *m)
{
    S_np r;
    S_query q;
    S_read(np, &r);
    int kind = S_classify(np, &r, &q);
    /* "I" or "me" in a quotation found its speaker, and "he" or "she" alone someone
     * named before: it is that one, a person when that is one, never a thing a later
     * "it" or "its" could take; and a later "he" finds the person in it however far back
     * the name is, as a story names its subject once and then calls him "he" ("Finance
     * Minister Ali Noor spoke on Monday. He said ... He said ... He criticized Uganda").
     * The coder gives such a phrase the code it found, which S_classify reads as a name
     * of its own: its words say it is a pronoun. */
    static const char *const me[] = {"I", "ME", NULL};
    int self = ante >= 0 && np->n == 1 &&
               (dyad_among(np->w[0], me) || (r.pron && (r.pron_v & 7) == K_PERSON));
    int sent = m->sent, tok = m->tok;
    memset(m, 0, sizeof *m);
    m->sent = sent;
    m->tok = tok;
    dyad_copy_str(m->code, sizeof m->code, code);
    m->silent = !strncmp(code, "---", 3) || code[0] == '"' || kind == Q_EVENT;
    int end = np->n > 0; /* after its head: the first preposition after its first word */
    while (end < np->n && !S_tag_is(np, end, "IN") && !S_tag_is(np, end, "TO"))
        end++;
    m->tail_pp = end < np->n && !np->owner_first;
    m->again = np->n > 0 && np->n <= 4 && !strcmp(np->w[0], "THE");
    for (int i = end > 3 ? end - 3 : 0; i < end; i++)
        dyad_copy_str(m->tail[m->ntail++], sizeof m->tail[0], np->w[i]);
    for (int i = np->n > 4 ? np->n - 4 : 0; i < np->n; i++)
        m->another |= !strcmp(np->w[i], "ANOTHER") || !strcmp(np->w[i], "OTHER");
    m->place = np->place || (np->where && np->where[0]);
    dyad_copy_str(m->where, sizeof m->where, np->where ? np->where : code);
    m->referred = ante >= 0;
    m->says = np->says;
    m->sayer = m->silent && kind == Q_NAME && np->says && !np->role;
    int v;
    if (m->silent && np->n >= 2 && strcmp(np->w[0], "BOTH") && LOOKUP(S_numbers, np->w[0], &v))
        m->counted = v;
    const S_ment *a = NULL;
    if (ante >= 0 && ante < (int)cr->nm &&
        (self || kind == Q_NAME || kind == Q_TITLE || (kind == Q_PRON && !q.key_only)))
        a = &cr->m[ante];
    else if (!m->silent && kind == Q_NONE && !r.det && r.names > 0 &&
             r.names == np->n - r.first)
        a = S_named_before(cr, m, np->w[np->n - 1]);
    if (a) {
        memcpy(m->name, a->name, sizeof m->name);
        m->nname = a->nname;
        m->titles = a->titles | r.titles;
        m->kind = a->kind;
        m->gender = r.gender ? r.gender : a->gender;
        return;
    }
    m->titles = r.titles;
    m->gender = r.gender;
    /* the words of its name, to what follows it ("of England", "'s move"); of a phrase
     * too long to keep that names a body of no one state, those from the name after its
     * last preposition ("a new lending deal agreed last year with the IMF": "IMF", by which
     * "the Fund" names it again; the six first had lost it) */
    int w0 = r.first, w1 = r.first;
    while (w1 < np->n && isalnum((unsigned char)np->w[w1][0]) && strcmp(np->w[w1], "OF"))
        w1++;
    int longer = w1 - w0 > ORGW && dyad_actor_transnational(code);
    for (int i = w0; longer && i + 1 < w1; i++)
        if (S_tag_is(np, i, "IN"))
            w0 = i + 1;
    while (w0 + 1 < w1 && w0 > r.first && S_is_det(np->w[w0]))
        w0++;
    if (w0 > r.first && !S_tag_is(np, w0, "NN"))
        w0 = r.first; /* no noun follows it ("by four U.S. destroyers") */
    for (int i = w0; i < w1 && m->nwords < ORGW; i++)
        if (strlen(np->w[i]) < sizeof m->words[0])
            dyad_copy_str(m->words[m->nwords++], sizeof m->words[0], np->w[i]);
    S_initials(np, &r, m->initials, sizeof m->initials);
    /* "the United States", "the Philippines", "the United Arab Emirates": a state whose
     * name ends in a plural proper noun after another or after "the" is "it" too, of a
     * later sentence (S_next_cand; in its own the reporter's "it" and "its" are found by
     * the coder's rules, and an "its" of another in sight is asked again once the event
     * is known: "The United States said ..., as Tehran rejected its offer") */
    m->state_plural = kind != Q_PRON && r.plural_head && np->n >= 2 &&
                      S_tag_is(np, np->n - 1, "NNPS") &&
                      (S_tag_is(np, np->n - 2, "NNP") || S_is_det(np->w[np->n - 2])) &&
                      strlen(code) == 3 && S_is_state(code);
    /* unnamed "sources" tell what others do: the "they" of what they say is someone
     * else ("the sources said they would meet in April"), so they claim no "they" as
     * other people no one names do (S_next_cand) */
    int sources = 0;
    for (int i = 0; m->silent && i < np->n; i++)
        sources |= !strcmp(np->w[i], "SOURCES");
    if (!sources && (kind == Q_PLURAL || (kind == Q_PRON && q.want == K_GROUP && !q.key_only) ||
                     r.plural_head || strchr(m->code, '/')))
        m->kind = K_GROUP;
    else if (m->silent ? S_unknown_person(np, &r, kind, &q)
                       : r.titles || r.honorific || (np->dated && !r.det) ||
                             (np->named && !S_firm(np)) ||
                             (kind == Q_PRON && q.want == K_PERSON && !q.key_only))
        m->kind = K_PERSON;
    if (m->kind != K_PERSON)
        return;
    /* name: the proper nouns that close the phrase (after its title), the last of them
     * where the name of the body the office serves runs into the person's ("a spokesman
     * for the Soviet Foreign Ministry Boris Petrov", as an apposition is remembered);
     * those right after its title when other words follow them, which are not the
     * person's ("Foreign Minister Ali Noor of Gondor", "Treasury Secretary James
     * Baker's remarks"); with none there, those that open it before a comma, the office
     * set apart after them in one phrase ("Pavel Orlov, Russia's deputy foreign
     * minister") */
    int from = np->n - r.names, to = np->n;
    if (from < r.title_end)
        from = r.title_end;
    if (r.name_end > r.title_end && r.name_end < np->n) {
        from = r.title_end;
        to = r.name_end;
    }
    int open = r.first;
    while (open < np->n && S_tag_is(np, open, "NNP"))
        open++;
    if (from == to && open > r.first && open < np->n && !strcmp(np->w[open], ",")) {
        from = r.first;
        to = open;
    }
    if (from < to - NAMEW)
        from = to - NAMEW;
    for (int i = from; i < to && m->nname < NAMEW; i++)
        if (S_tag_is(np, i, "NNP") && strlen(np->w[i]) < sizeof m->name[0])
            dyad_copy_str(m->name[m->nname++], sizeof m->name[0], np->w[i]);
}

dyad_status dyad_coref_add(dyad_coref *cr, const dyad_cr_np *np, const char *code, int ante,
                           int *id)
{
    *id = -1;
    if (!cr || cr->sent < 0)
        return DYAD_OK;
    S_ment *m = S_new(cr, np->tok);
    if (!m)
        return DYAD_ENOMEM;
    S_describe(cr, np, code, ante, m);
    *id = (int)(m - cr->m);
    return DYAD_OK;
}

void dyad_coref_update(dyad_coref *cr, int id, const dyad_cr_np *np, const char *code,
                       int ante)
{
    if (cr && id >= 0 && (size_t)id < cr->nm)
        S_describe(cr, np, code, ante, &cr->m[id]);
}

dyad_status dyad_coref_add_group(dyad_coref *cr, int tok, const char *code, int inword)
{
    if (!cr || cr->sent < 0 || !strchr(code, '/'))
        return DYAD_OK;
    S_ment *m = S_new(cr, tok);
    if (!m)
        return DYAD_ENOMEM;
    dyad_copy_str(m->code, sizeof m->code, code);
    m->kind = K_GROUP;
    m->inword = inword;
    return DYAD_OK;
}

int dyad_coref_act_verb(const char *verb)
{
    return S_act_row(verb, 0) >= 0 || dyad_word_listed(S_made.verb, verb);
}

int dyad_coref_act_noun(const char *w)
{
    int v;
    return LOOKUP(S_event_nouns, w, &v) || S_act_row(w, 1) >= 0 || dyad_among(w, S_conduct_nouns);
}

dyad_status dyad_coref_event(dyad_coref *cr, const char *source, const char *code,
                             const char *verb)
{
    if (!cr || cr->sent < 0 || !strncmp(source, "---", 3) || source[0] == '"')
        return DYAD_OK;
    int root = code && code[0] >= '0' && code[0] <= '2' && code[1] >= '0' && code[1] <= '9'
                   ? (code[0] - '0') * 10 + (code[1] - '0')
                   : 0;
    int act = verb && dyad_coref_act_verb(verb) && strlen(verb) < sizeof cr->e->verb;
    if ((root < 1 || root > 20) && !act)
        return DYAD_OK;
    if (dyad_vec_grow((void **)&cr->e, &cr->cape, cr->ne, sizeof *cr->e))
        return DYAD_ENOMEM;
    S_evt *e = &cr->e[cr->ne++];
    dyad_copy_str(e->source, sizeof e->source, source);
    e->root = root >= 1 && root <= 20 ? 1u << root : 0;
    dyad_copy_str(e->verb, sizeof e->verb, act ? verb : "");
    e->sent = cr->sent;
    return DYAD_OK;
}

dyad_status dyad_coref_done(dyad_coref *cr, const char *source, const char *target,
                            const char *code)
{
    if (!cr || cr->sent < 0 || code[0] < '0' || code[0] > '2' || code[1] < '0' ||
        code[1] > '9')
        return DYAD_OK;
    if (dyad_vec_grow((void **)&cr->d, &cr->capd, cr->nd, sizeof *cr->d))
        return DYAD_ENOMEM;
    S_done *d = &cr->d[cr->nd++];
    dyad_copy_str(d->source, sizeof d->source, source);
    dyad_copy_str(d->target, sizeof d->target, target);
    dyad_copy_str(d->code, sizeof d->code, code);
    d->root = (code[0] - '0') * 10 + (code[1] - '0');
    d->sent = cr->sent;
    return DYAD_OK;
}

/* The other party of an event as context gives it: at its country level ("USAGOV" is
 * USA: its office is not known here), an organisation as it was named ("IGOBUSIMF");
 * 1 with it in out (cap bytes), 0 when it does not fit. */
static int S_party_out(const char *other, char *out, size_t cap)
{
    size_t n = dyad_actor_transnational(other) ? strlen(other) : dyad_actor_key_len(other);
    if (n + 1 > cap)
        return 0;
    memcpy(out, other, n);
    out[n] = 0;
    return 1;
}

/* The other party of event d when source's actor is one of its two and not both (an
 * event within its own country has none), kept in *other: 1 when it is the first or the
 * same as *other, 0 when d is no event of source's with another, -1 when it is a group
 * ("USA/CHN") or another than *other, which makes none plain. dyad_coref_counterpart
 * and dyad_coref_story_party read their sentences' events so, the one near the current
 * sentence and the other in the lead. */
static int S_other_party(const S_done *d, const char *source, const char **other)
{
    int s = dyad_coref_same_actor(d->source, source),
        t = dyad_coref_same_actor(d->target, source);
    if (s == t)
        return 0;
    const char *o = s ? d->target : d->source;
    if (strchr(o, '/') || (*other && !dyad_coref_same_actor(o, *other)))
        return -1;
    *other = o;
    return 1;
}

int dyad_coref_counterpart(const dyad_coref *cr, const char *source, char *out, size_t cap)
{
    /* the latest sentence, this one or the two before it, with an event between
     * source's actor and another; that sentence's events of source's actor must all
     * have the same other party, else the context makes none plain */
    const char *other = NULL;
    int sent = -1;
    for (size_t i = cr ? cr->nd : 0; i > 0; i--) {
        const S_done *d = &cr->d[i - 1];
        if (cr->sent - d->sent > 2 || (sent >= 0 && d->sent != sent))
            break;
        int party = S_other_party(d, source, &other);
        if (party < 0)
            return 0;
        if (party)
            sent = d->sent;
    }
    return other && S_party_out(other, out, cap);
}

/* Do the article's mentions so far name other, source's other side, in at least two
 * sentences and in twice as many as any party but source's (regions are none)? */
static int S_named_most(const dyad_coref *cr, const char *source, const char *other)
{
    enum { MAXP = 32 };
    const char *key[MAXP];
    int nsent[MAXP], last[MAXP], np = 0, mine = 0, best = 0;
    for (size_t i = 0; i < cr->nm; i++) {
        const S_ment *m = &cr->m[i];
        if (m->silent || strchr(m->code, '/') || !strncmp(m->code, "---", 3) ||
            dyad_coref_region(m->code) || dyad_coref_same_actor(m->code, source))
            continue;
        int k = 0;
        while (k < np && !dyad_coref_same_actor(key[k], m->code))
            k++;
        if (k == np) {
            if (np == MAXP)
                return 0;
            key[np] = m->code;
            nsent[np] = 0;
            last[np++] = -1;
        }
        if (last[k] != m->sent)
            nsent[k]++;
        last[k] = m->sent;
    }
    for (int k = 0; k < np; k++) {
        if (dyad_coref_same_actor(key[k], other))
            mine = nsent[k];
        else if (nsent[k] > best)
            best = nsent[k];
    }
    return mine >= 2 && mine >= 2 * best;
}

int dyad_coref_story_party(const dyad_coref *cr, const char *source, char *out, size_t cap)
{
    /* the lead: a story of two parties names them together at its top, and keeps
     * naming the one more than any third party */
    const char *other = NULL;
    for (size_t i = 0; cr && i < cr->nd && cr->d[i].sent <= 1; i++)
        if (S_other_party(&cr->d[i], source, &other) < 0)
            return 0;
    return other && S_named_most(cr, source, other) && S_party_out(other, out, cap);
}

int dyad_coref_lead_party(const dyad_coref *cr, const char *source, char *out, size_t cap)
{
    /* every event of source's actor with another in the sentences before this one, at
     * least two, with one party */
    const char *other = NULL;
    int n = 0;
    for (size_t i = 0; cr && i < cr->nd && cr->d[i].sent < cr->sent; i++) {
        int party = S_other_party(&cr->d[i], source, &other);
        if (party < 0)
            return 0;
        n += party;
    }
    return n >= 2 && S_party_out(other, out, cap);
}

int dyad_coref_home_party(const dyad_coref *cr, const char *source, char *out, size_t cap)
{
    return cr && cr->home[0] && !dyad_coref_same_actor(cr->home, source) &&
           S_named_most(cr, source, cr->home) && S_party_out(cr->home, out, cap);
}

int dyad_coref_pair(const dyad_coref *cr, int root, char *a, char *b, size_t cap, int *mutual)
{
    /* the whole article, not a window: a story names its parties once at the top and
     * tells of "the talks" paragraphs later, and a second pair anywhere before leaves
     * the phrase open to both */
    const S_done *last = NULL;
    *mutual = 0;
    for (size_t i = cr ? cr->nd : 0; i > 0; i--) {
        const S_done *d = &cr->d[i - 1];
        if (d->root != root)
            continue;
        if (strchr(d->source, '/') || strchr(d->target, '/') ||
            S_same_key(d->source, d->target) || dyad_coref_region(d->source) ||
            dyad_coref_region(d->target))
            return 0; /* a region is a topic ("talks on Latin America"), no side */
        if (!last)
            last = d;
        else if (S_same_key(d->source, last->target) && S_same_key(d->target, last->source))
            *mutual = 1;
        else if (!S_same_key(d->source, last->source) || !S_same_key(d->target, last->target))
            return 0;
    }
    if (!last || strlen(last->source) >= cap || strlen(last->target) >= cap)
        return 0;
    strcpy(a, last->source);
    strcpy(b, last->target);
    return (int)last->sent + 1;
}

int dyad_coref_code_in(const char *code, const char *lo, const char *hi)
{
    return strncmp(code, lo, strlen(lo)) >= 0 && strncmp(code, hi, strlen(hi)) <= 0;
}

int dyad_coref_acted_by(const dyad_coref *cr, const char *target, const char *lo,
                        const char *hi, int back, int from, char *out, size_t cap)
{
    for (size_t i = from < 0 ? 0 : (size_t)from; cr && i < cr->nd; i++) {
        const S_done *d = &cr->d[i];
        if (d->sent >= cr->sent || d->sent < cr->sent - back ||
            !dyad_coref_code_in(d->code, lo, hi) ||
            !dyad_coref_same_actor(d->target, target) ||
            dyad_coref_same_actor(d->source, target))
            continue;
        dyad_copy_str(out, cap, d->source);
        return (int)i + 1;
    }
    return -1;
}

/* test_default_dict.c — the default dictionaries in data/dict/: every file loads with the
 * dictionary reader without a single warning, codes are well formed (event codes are
 * in the CAMEO table), and spot checks code small parse trees the way news means them. */
#include <ctype.h>
#include "harness.h"
#include "dyad_cameo.h"
#include "dyad_code.h"
#include "util/util.h"

#define DIR "data/dict/"

static const struct {
    const char *path;
    dyad_dict_kind kind;
} FILES[] = {
    {DIR "countries.actors.txt", DYAD_DICT_ACTORS},
    {DIR "international.actors.txt", DYAD_DICT_ACTORS},
    {DIR "nonstate.actors.txt", DYAD_DICT_ACTORS},
    {DIR "leaders.actors.txt", DYAD_DICT_ACTORS},
    {DIR "agents.txt", DYAD_DICT_AGENTS},
    {DIR "verbs.txt", DYAD_DICT_VERBS},
    {DIR "discards.txt", DYAD_DICT_DISCARDS},
    {DIR "issues.txt", DYAD_DICT_ISSUES},
};
#define NFILES (sizeof FILES / sizeof FILES[0])

static void on_diag(void *user, dyad_severity sev, const char *file, long line,
                    const char *msg)
{
    (void)user;
    fprintf(stderr, "%s:%ld: %s: %s\n", file ? file : "?", line,
            sev == DYAD_ERROR ? "error" : "warning", msg);
}

/* Every default file, loaded into one dictionary set as the CLI does. */
static dyad_dict *load_all(void)
{
    dyad_dict *d = dyad_dict_new();
    OK(d != NULL);
    if (!d)
        return NULL;
    for (size_t i = 0; i < NFILES; i++) {
        dyad_diag dg = {on_diag, NULL, 0, 0};
        dyad_status st = dyad_dict_load(d, FILES[i].kind, FILES[i].path, &dg);
        T_REPORT(st == DYAD_OK && dg.nwarn == 0 && dg.nerror == 0,
                 "%s: status %s, %ld warnings, %ld errors", FILES[i].path,
                 dyad_status_str(st), dg.nwarn, dg.nerror);
    }
    return d;
}

static void test_sizes(const dyad_dict *d)
{
    dyad_dict_stats s;
    dyad_dict_get_stats(d, &s);
    T_REPORT(s.actors >= 900, "actors: %zu", s.actors);
    T_REPORT(s.actor_phrases >= 2500, "actor phrases: %zu", s.actor_phrases);
    T_REPORT(s.agents >= 300, "agents: %zu", s.agents);
    T_REPORT(s.verbs >= 1500, "verb forms: %zu", s.verbs);
    T_REPORT(s.verb_patterns >= 500, "verb patterns: %zu", s.verb_patterns);
    T_REPORT(s.synsets >= 20, "synsets: %zu", s.synsets);
    T_REPORT(s.discards >= 50, "discards: %zu", s.discards);
    T_REPORT(s.issues >= 50, "issues: %zu", s.issues);
}

/* 1 when code is "---" or exactly a code of the CAMEO table (not found by fallback). */
static int S_cameo_code_ok(const dyad_cameo *t, const char *code)
{
    double g;
    const char *name = NULL, *ename = NULL;
    if (strcmp(code, "---") == 0)
        return 1;
    if (strlen(code) < 3 || dyad_cameo_lookup(t, code, &g, NULL, &name) != DYAD_OK)
        return 0;
    for (size_t i = 0; i < dyad_cameo_count(t); i++)
        if (strcmp(dyad_cameo_entry(t, i, NULL, NULL, &ename), code) == 0)
            break;
    return ename == name;
}

/* Every bracketed code in the verb file is "---" or a code of the CAMEO table (exact,
 * not by fallback), and every pattern line has its '*'. Checked on the text, so a code
 * the reader would accept but the table does not know is caught here. */
static void test_verb_codes(void)
{
    char *text = NULL;
    size_t len = 0;
    if (dyad_read_file(DIR "verbs.txt", &text, &len) != DYAD_OK) {
        OK(!"verbs.txt readable");
        return;
    }
    const dyad_cameo *t = dyad_cameo_builtin();
    long line = 0, bad = 0, codes = 0;
    int marker = 0;
    for (char *p = text; *p;) {
        char *e = strchr(p, '\n');
        if (e)
            *e = 0;
        line++;
        char *hash = strchr(p, '#');
        if (strncmp(p, "####### VERB PATTERNS #######", 29) == 0)
            marker = 1;
        if (hash)
            *hash = 0;
        if (strncmp(p, "<!", 2) == 0) { /* PETRARCH-2 stops reading patterns there */
            fprintf(stderr, "verbs.txt:%ld: line starts with '<!'\n", line);
            bad++;
        }
        if (p[0] == '-' && p[1] != '-' && !strchr(p, '*')) {
            fprintf(stderr, "verbs.txt:%ld: pattern without '*'\n", line);
            bad++;
        }
        for (char *b = strchr(p, '['); b; b = strchr(b + 1, '[')) {
            char code[16];
            size_t n = 0;
            while (b[1 + n] && b[1 + n] != ']' && n < sizeof code - 1) {
                code[n] = b[1 + n];
                n++;
            }
            code[n] = 0;
            codes++;
            /* "A:B" codes source->target A and target->source B ("[042:043]") */
            char *colon = strchr(code, ':');
            if (colon)
                *colon = 0;
            if (!S_cameo_code_ok(t, code) || (colon && !S_cameo_code_ok(t, colon + 1))) {
                if (colon)
                    *colon = ':';
                fprintf(stderr, "verbs.txt:%ld: code [%s] is not in the CAMEO table\n", line,
                        code);
                bad++;
            }
        }
        if (!e)
            break;
        p = e + 1;
    }
    OK(marker);
    T_REPORT(codes > 500, "codes in verbs.txt: %ld", codes);
    INT_EQ(bad, 0);
    free(text);
}

/* Actor codes: upper-case letters only, or "---" for a phrase that is no actor (a treaty
 * named after a city); the date restrictions come after the entry they restrict (the
 * reader checks their syntax). */
static void test_actor_codes(void)
{
    for (size_t i = 0; i < NFILES; i++) {
        if (FILES[i].kind != DYAD_DICT_ACTORS)
            continue;
        char *text = NULL;
        size_t len = 0;
        if (dyad_read_file(FILES[i].path, &text, &len) != DYAD_OK) {
            T_REPORT(0, "%s readable", FILES[i].path);
            continue;
        }
        long line = 0, bad = 0;
        for (char *p = text; *p;) {
            char *e = strchr(p, '\n');
            if (e)
                *e = 0;
            line++;
            char *hash = strchr(p, '#');
            if (hash)
                *hash = 0;
            for (char *b = strchr(p, '['); b; b = strchr(b + 1, '[')) {
                size_t n = 0;
                while (isupper((unsigned char)b[1 + n]))
                    n++;
                if (strncmp(b, "[---]", 5) == 0)
                    continue;
                if (n < 3 || (b[1 + n] != ']' && b[1 + n] != ' ')) {
                    fprintf(stderr, "%s:%ld: malformed actor code\n", FILES[i].path, line);
                    bad++;
                }
            }
            if (!e)
                break;
            p = e + 1;
        }
        T_REPORT(bad == 0, "%s: %ld malformed codes", FILES[i].path, bad);
        free(text);
    }
}

/* ---------------------------------------------------------------- spot checks */

/* Code a bracketed tree on `date` and compare its events with want ("SRC TGT CODE",
 * several joined by "; ", or "(none)"). */
static void check_tree(const dyad_dict *d, const char *tree, const char *date,
                       const char *want)
{
    char got[256] = "(none)";
    dyad_tree *t = NULL;
    dyad_diag dg = {on_diag, NULL, 0, 0};
    if (dyad_tree_parse(tree, strlen(tree), "spot", 0, &dg, &t) != DYAD_OK) {
        T_REPORT(0, "tree parses: %s", tree);
        return;
    }
    dyad_coding c = {0};
    if (dyad_code_tree(d, t, date, NULL, NULL, &c) == DYAD_OK && c.n > 0) {
        size_t n = 0;
        for (size_t i = 0; i < c.n && n < sizeof got; i++)
            n += (size_t)snprintf(got + n, sizeof got - n, "%s%s %s %s", i ? "; " : "",
                                  c.ev[i].source, c.ev[i].target, c.ev[i].code);
    }
    T_REPORT(strcmp(got, want) == 0, "%s on %s: got \"%s\", want \"%s\"", tree, date, got,
             want);
    dyad_coding_free(&c);
    dyad_tree_free(t);
}

/* The same for "(ROOT (S (NP <subj>) (VP (VBD <verb>) (NP <obj>)) (. .)))". */
static void check(const dyad_dict *d, const char *subj, const char *verb, const char *obj,
                  const char *date, const char *want)
{
    char tree[1024];
    snprintf(tree, sizeof tree, "(ROOT (S (NP %s) (VP (VBD %s) (NP %s)) (. .)))", subj, verb,
             obj);
    check_tree(d, tree, date, want);
}

static void test_spot(const dyad_dict *d)
{
    const char *ukr = "(NNP Ukraine)";
    /* metonyms and capitals stand for governments */
    check(d, "(DT The) (NNP Kremlin)", "criticized", ukr, "2024-05-01", "RUSGOV UKR 111");
    /* 1980s trade copy: the GATT is an actor, a trade round named after a country is not */
    check(d, "(DT The) (NNP GATT) (NNP Council)", "criticized", ukr, "1987-06-01",
          "IGOBUSGAT UKR 111");
    check(d, "(DT The) (NNP Uruguay) (NNP Round)", "criticized", ukr, "1987-06-01", "(none)");
    /* the era's agencies and officials named alone; "Fed funds" is a rate, no actor */
    check(d, "(DT The) (NNP Fed)", "criticized", ukr, "1987-06-01", "USAGOV UKR 111");
    check(d, "(NNP Fed) (NNS funds)", "criticized", ukr, "1987-06-01", "(none)");
    check(d, "(DT The) (NNP USDA)", "criticized", ukr, "1987-06-01", "USAGOV UKR 111");
    /* a thrift's name ending in FSB is no Russian service (its other words say whom it
     * serves); the service alone is */
    check(d, "(NNP Citizens) (NNP Savings) (NNP Bank) (NNP FSB)", "criticized", ukr,
          "1987-06-01", "---CVLBUS UKR 111");
    check(d, "(DT The) (NNP FSB)", "criticized", ukr, "2024-06-01", "RUSSPY UKR 111");
    check(d, "(NNP MITI)", "criticized", ukr, "1987-06-01", "JPNGOV UKR 111");
    check(d, "(NNP Richard) (NNP Lyng)", "criticized", ukr, "1987-06-01", "USAGOV UKR 111");
    check(d, "(NNP Richard) (NNP Lyng)", "criticized", ukr, "1995-06-01", "USAELI UKR 111");
    check(d, "(NNP Francisco) (NNP Gros)", "criticized", ukr, "1987-03-01",
          "BRAGOVBUS UKR 111");
    check(d, "(DT The) (NNP IADB)", "criticized", ukr, "1987-06-01", "IGOLAMDEVIDB UKR 111");
    check(d, "(NNP Robert) (NNP Byrd)", "criticized", ukr, "1987-06-01", "USALEG UKR 111");
    check(d, "(NNP Aqazadeh)", "criticized", ukr, "1987-06-01", "IRNGOV UKR 111");
    check(d, "(NNP Andreas) (NNP Papandreou)", "criticized", ukr, "1987-06-01",
          "GRCGOV UKR 111");
    check(d, "(NNP Paz) (NNP Estenssoro)", "criticized", ukr, "1987-06-01", "BOLGOV UKR 111");
    check(d, "(NNP Cavaco) (NNP Silva)", "criticized", ukr, "1990-06-01", "PRTGOV UKR 111");
    check(d, "(NNP Cavaco) (NNP Silva)", "criticized", ukr, "2000-06-01", "PRTELI UKR 111");
    check(d, "(NNP Vahit) (NNP Halefoglu)", "criticized", ukr, "1987-06-01", "TURGOV UKR 111");
    check(d, "(NNP Halefoglu)", "criticized", ukr, "1990-06-01", "TURELI UKR 111");
    check(d, "(NNP Nabi)", "criticized", ukr, "1987-06-01", "DZAGOV UKR 111");
    check(d, "(DT The) (NNP IDA)", "criticized", ukr, "1987-06-01", "IGOUNODEVIDA UKR 111");
    check(d, "(NNP Hernandez) (NNP Grisanti)", "criticized", ukr, "1987-06-01",
          "VENGOV UKR 111");
    check(d, "(NNP Cavaco) (NNP Silva)", "criticized", ukr, "1987-06-01", "PRTGOV UKR 111");
    check(d, "(NNP Cavaco) (NNP Silva)", "criticized", ukr, "2000-06-01", "PRTELI UKR 111");
    check(d, "(DT The) (NNP IBC)", "criticized", ukr, "1987-06-01", "BRAGOV UKR 111");
    check(d, "(DT The) (NNP ICO)", "criticized", ukr, "1987-06-01", "IGOBUSICO UKR 111");
    check(d, "(DT The) (NNP ICO)", "criticized", ukr, "2018-06-01", "(none)");
    /* office-holders of the late 1980s, by their office on the day */
    check(d, "(NNP Francisco) (NNP Fernandez) (NNP Ordonez)", "criticized", ukr, "1987-10-20",
          "ESPGOV UKR 111");
    check(d, "(NNP Kiechle)", "criticized", ukr, "1987-03-01", "DEUGOV UKR 111");
    check(d, "(NNP Gennady) (NNP Gerasimov)", "criticized", ukr, "1987-10-01", "SUNGOV UKR 111");
    check(d, "(NNP Mir-Hossein) (NNP Mousavi)", "criticized", ukr, "1987-06-01",
          "IRNGOV UKR 111");
    check(d, "(NNP Mir-Hossein) (NNP Mousavi)", "criticized", ukr, "2010-06-01",
          "IRNOPP UKR 111");
    check(d, "(NNP Kurt) (NNP Waldheim)", "criticized", ukr, "1980-06-01", "IGOUNO UKR 111");
    check(d, "(NNP Kurt) (NNP Waldheim)", "criticized", ukr, "1987-06-01", "AUTGOV UKR 111");
    check(d, "(NNP Erich) (NNP Honecker)", "criticized", ukr, "1987-06-01", "DDRGOV UKR 111");
    check(d, "(NNP Harri) (NNP Holkeri)", "criticized", ukr, "1987-03-01", "FINELI UKR 111");
    check(d, "(NNP Harri) (NNP Holkeri)", "criticized", ukr, "1987-06-01", "FINGOV UKR 111");
    /* insurgents of the 1980s, and those who laid down arms */
    check(d, "(NNP Contra) (NNS rebels)", "attacked", "(NNP Nicaragua)", "1987-06-01",
          "NICREB NIC 190");
    /* the Sandinistas are Nicaragua's government while they hold power, a party between */
    check(d, "(DT The) (NNPS Sandinistas)", "attacked", "(DT the) (NNS contras)", "1987-06-01",
          "NICGOV NICREB 190");
    check(d, "(DT The) (NNPS Sandinistas)", "criticized", "(NNP Nicaragua)", "1995-06-01",
          "NICPTY NIC 111");
    check(d, "(NNP UNITA)", "criticized", "(NNP Angola)", "1987-06-01", "AGOREB AGO 111");
    check(d, "(NNP UNITA)", "criticized", "(NNP Angola)", "2010-06-01", "AGOPTY AGO 111");
    /* parties news names alone, with their state */
    check(d, "(NNP Fidesz)", "criticized", ukr, "2024-06-01", "HUNPTY UKR 111");
    check(d, "(DT The) (NNP Awami) (NNP League)", "criticized", ukr, "2024-06-01",
          "BGDPTY UKR 111");
    check(d, "(NNP Georgian) (NNP Dream)", "criticized", ukr, "2024-06-01", "GEOPTY UKR 111");
    check(d, "(DT The) (NNP Kuomintang)", "criticized", "(NNP China)", "1987-06-01",
          "TWNPTY CHN 111");
    /* Pakistan's names for the TTP and the Baloch separatists */
    check(d, "(NNP Khawarij)", "attacked", "(NNP Pakistan)", "2024-06-01", "PAKREB PAK 190");
    /* Saudi cities and oil towns news names alone */
    check(d, "(NNP Iran)", "attacked", "(NNP Yanbu)", "1987-06-01", "IRN SAU 190");
    check(d, "(NNP Iran)", "attacked", "(NNP Ras) (NNP Tanura)", "1987-06-01", "IRN SAU 190");
    check(d, ukr, "criticized", "(NNP Al-Ula)", "2024-06-01", "UKR SAU 111");
    /* armed groups of the wars of the 2020s */
    check(d, "(NNP Jaish) (NNP al-Adl)", "attacked", "(NNP Iran)", "2024-06-01", "IRNREB IRN 190");
    check(d, "(DT The) (NNP Russian) (NNP Volunteer) (NNP Corps)", "attacked", "(NNP Russia)",
          "2024-06-01", "RUSREB RUS 190");
    check(d, "(DT The) (NNP White) (NNP House)", "criticized", ukr, "2024-05-01",
          "USAGOV UKR 111");
    check(d, "(NNP Downing) (NNP Street)", "criticized", ukr, "2024-05-01", "GBRGOV UKR 111");
    check(d, "(DT The) (NNP Pentagon)", "criticized", ukr, "2024-05-01", "USAMIL UKR 111");
    check(d, "(NNP Beijing)", "criticized", "(NNP Kyiv)", "2024-05-01", "CHNGOV UKRGOV 111");
    check(d, "(NNP Tehran)", "criticized", "(NNP Washington)", "2024-05-01",
          "IRNGOV USAGOV 111");
    /* adjectives and plural demonyms with agents */
    check(d, "(JJ Ukrainian) (NNS soldiers)", "attacked", "(JJ Russian) (NNS positions)",
          "2024-05-01", "UKRMIL RUS 190");
    check(d, "(NNS Israelis)", "criticized", "(NNP Hamas)", "2024-05-01", "ISR PSEREB 111");
    /* a state's name in capitals coordinated with adjectives shares their noun */
    check(d, "(NNP U.S.) (, ,) (JJ Japanese) (CC and) (JJ Canadian) (NNS ministers)",
          "criticized", "(NNP Iran)", "2024-05-01",
          "USAGOV IRN 111; JPNGOV IRN 111; CANGOV IRN 111");
    /* organisations */
    check(d, "(DT The) (NNP UN) (NNP Security) (NNP Council)", "condemned", "(NNP Russia)",
          "2024-05-01", "IGOUNO RUS 111");
    check(d, "(NNP NATO)", "criticized", "(NNP Moscow)", "2024-05-01", "IGOWSTNAT RUSGOV 111");
    check(d, "(DT The) (NNP European) (NNP Union)", "sanctioned", "(NNP Iran)", "2024-05-01",
          "IGOEUREEC IRN 163");
    /* Islamic State's abbreviation, as the tagger reads it in a sentence in lower case;
     * the verb "is" of a clause inside a phrase is no actor */
    check(d, "(JJ Iraqi) (NNS forces)", "attacked", "(NNP IS)", "2024-05-01",
          "IRQMIL IMGMUSISI 190");
    check(d, "(NNP France)", "criticized",
          "(NP (DT an) (NN enquiry)) (PP (IN into) (NP (NP (NNS reports)) (SBAR (IN that) (S "
          "(NP (PRP it)) (VP (VBZ is) (VP (VBG arming) (NP (NNP Hamas))))))))",
          "2024-05-01", "FRA PSEREB 111");
    /* a verb's particle after its object: "pulled its troops out of Lebanon" */
    check_tree(d,
               "(ROOT (S (NP (NNP Israel)) (VP (VBD pulled) (NP (NP (JJS most)) (PP (IN of) (NP "
               "(PRP$ its) (NNS troops)))) (PP (IN out) (IN of) (NP (NNP Lebanon)))) (. .)))",
               "2024-05-01", "ISR LBN 087");
    /* a war announced against someone; an offensive announced against someone with a
     * war named later is no threat of war ("the Gulf war front") */
    check_tree(d,
               "(ROOT (S (NP (NNP Russia)) (VP (VBD announced) (NP (NN war)) (PP (IN against) "
               "(NP (NNP Georgia)))) (. .)))",
               "2008-08-08", "RUS GEO 138");
    check_tree(d,
               "(ROOT (S (NP (NNP Iran)) (VP (VBD announced) (SBAR (S (NP (PRP it)) (VP (VBD had) "
               "(VP (VBN launched) (NP (NP (DT an) (NN offensive)) (PP (IN against) (NP (NNP "
               "Iraq)))) (PP (IN near) (NP (DT the) (NN war) (NN front)))))))) (. .)))",
               "1987-03-04", "IRN IRQ 190");
    /* a ship that sinks is no attack; sinking one is */
    check_tree(d,
               "(ROOT (S (NP (DT A) (JJ Russian) (NN warship)) (VP (VBD sank) (PP (IN off) (NP "
               "(DT the) (JJ Ukrainian) (NN coast)))) (. .)))",
               "2023-01-01", "(none)");
    check(d, "(NNP Ukraine)", "sank", "(DT a) (JJ Russian) (NN warship)", "2023-01-01",
          "UKR RUSMIL 190");
    /* blasting is criticism unless arms do it or suffer it; a rocket blasting off flies */
    check(d, "(JJ Israeli) (NNS warplanes)", "blasted",
          "(NP (NNP Hezbollah) (NNS targets)) (PP (IN in) (NP (JJ southern) (NNP Lebanon)))",
          "2024-05-01", "ISRMIL LBNREB 190");
    check(d, "(NNP Beijing)", "blasted", "(NNP Washington)", "2024-05-01", "CHNGOV USAGOV 111");
    check_tree(d,
               "(ROOT (S (NP (DT A) (JJ Russian) (NN rocket)) (VP (VBD blasted) (PRT (RP off)) "
               "(PP (IN from) (NP (NNP Kazakhstan)))) (. .)))",
               "2024-05-01", "(none)");
    /* what two parties trade besides goods each does to the other */
    check_tree(d,
               "(ROOT (S (NP (NNP India) (CC and) (NNP Pakistan)) (VP (VBD traded) (NP (NN fire)) "
               "(PP (IN across) (NP (DT the) (NN border)))) (. .)))",
               "2024-05-01", "IND PAK 190; PAK IND 190");
    /* hitting back is a retort unless arms do it */
    check_tree(d,
               "(ROOT (S (NP (NNP Beijing)) (VP (VBD hit) (PRT (RP back)) (PP (IN at) (NP (NNP "
               "Washington))) (PP (IN over) (NP (DT the) (NN tariff) (NN rise)))) (. .)))",
               "2024-05-01", "CHNGOV USAGOV 111");
    check_tree(d,
               "(ROOT (S (NP (JJ Israeli) (NNS jets)) (VP (VBD hit) (PRT (RP back)) (PP (IN at) "
               "(NP (NP (NNP Hezbollah) (NNS positions)) (PP (IN in) (NP (NNP Lebanon)))))) "
               "(. .)))",
               "2024-05-01", "ISRMIL LBNREB 190");
    /* fighting beside a party is no fighting against it */
    check(d, "(JJ North) (JJ Korean) (NNS troops)", "fought",
          "(PP (IN alongside) (NP (JJ Russian) (NNS forces)))", "2024-12-01", "(none)");
    /* driving armed men out is fighting; unseating a party at the polls is not */
    check(d, "(JJ Ukrainian) (NNS troops)", "dislodged",
          "(NP (JJ Russian) (NNS forces)) (PP (IN from) (NP (DT the) (NN village)))",
          "2024-05-01", "UKRMIL RUSMIL 190");
    check(d, "(JJ Iraqi) (NNS forces)", "routed", "(DT the) (NNPS Iranians)", "1987-04-11",
          "IRQMIL IRN 190");
    check(d, "(NNP Israel)", "routed", "(NNS calls) (PP (IN through) (NP (NNP Cyprus)))",
          "2024-05-01", "(none)");
    /* whom armed men drive back is fought, also with "back" after the object; a vote
     * pushed back is no fight */
    check_tree(d,
               "(ROOT (S (NP (JJ Ukrainian) (NNS troops)) (VP (VBD beat) (NP (NNP Russia)) (ADVP "
               "(RB back)) (PP (IN from) (NP (NNP Kharkiv)))) (. .)))",
               "2024-05-01", "UKRMIL RUS 190");
    check_tree(d,
               "(ROOT (S (NP (JJ Ukrainian) (NNS forces)) (VP (VBD pushed) (NP (JJ Russian) (NNS "
               "troops)) (ADVP (RB back)) (PP (IN across) (NP (DT the) (NN river)))) (. .)))",
               "2024-05-01", "UKRMIL RUSMIL 190");
    check_tree(d,
               "(ROOT (S (NP (NNP France)) (VP (VBD pushed) (PRT (RP back)) (NP (NP (DT the) (NN "
               "vote)) (PP (IN on) (NP (NNP Mercosur))))) (. .)))",
               "2024-05-01", "(none)");
    /* what is carried out says whether it is force */
    check_tree(d,
               "(ROOT (S (NP (NNP Germany) (CC and) (NNP Japan)) (VP (VBP have) (VP (VBN "
               "carried) (RP out) (NP (PRP$ their) (NNS obligations)))) (. .)))",
               "1987-03-26", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Iran)) (VP (VBD carried) (RP out) (NP (NP (DT an) (NN "
               "attack)) (PP (IN on) (NP (NNP Iraq))))) (. .)))",
               "1987-03-26", "IRN IRQ 190");
    /* a week that ended is no act, and "March 19" no protest march */
    check_tree(d,
               "(ROOT (S (NP (JJ French) (NNS reserves)) (VP (VBD fell) (PP (IN in) (NP (DT "
               "the) (NN week))) (SBAR (S (VP (VBD ended) (NP (NNP March)) (NP (CD 19)) (PP "
               "(IN after) (NP (NP (NNS repayments)) (PP (IN to) (NP (DT the) (JJ European) "
               "(NN Community))))))))) (. .)))",
               "1987-03-26", "(none)");
    /* measures welcomed are approved, not hosted */
    check(d, "(DT The) (JJ Belgian) (NN finance) (NN minister)", "welcomed",
          "(NP (NNP Brazil) (POS 's)) (JJ new) (NNS measures)", "1987-04-01",
          "BELGOVBUS BRA 051");
    /* an official sent is sent as an envoy is, not given as aid */
    check_tree(d,
               "(ROOT (S (NP (NNP Japan)) (VP (MD will) (VP (VB send) (NP (NP (DT a) (JJ "
               "senior) (NN official)) (PP (IN to) (NP (NNP Washington)))))) (. .)))",
               "1987-04-01", "JPN USAGOV 040");
    /* a request taken back is no pull-back of forces; a complaint dropped is a concession */
    check(d, "(NNP Greece)", "withdrew",
          "(NP (PRP$ its) (NN request)) (PP (IN to) (NP (NNP Washington)))", "1987-03-28",
          "(none)");
    check(d, "(NNP Ukraine)", "withdrew",
          "(NP (PRP$ its) (NN complaint)) (PP (IN against) (NP (NNP Russia)))", "2024-04-01",
          "UKR RUS 080");
    /* a problem fought is no attack on the place or the partner named after it */
    check(d, "(NNP Iran)", "battled", "(NP (NNS floods)) (PP (IN in) (NP (NNP Afghanistan)))",
          "2024-04-01", "(none)");
    check(d, "(NNP Mexico)", "combated",
          "(NP (NN drug) (NN trafficking)) (PP (IN with) (NP (DT the) (NNP United) (NNPS "
          "States)))",
          "2024-04-01", "(none)");
    /* protesters met with force are repressed, not consulted */
    check_tree(d,
               "(ROOT (S (NP (JJ Kenyan) (NNS police)) (VP (VBD met) (NP (JJ Kenyan) (NNS "
               "protesters)) (PP (IN with) (NP (NN force)))) (. .)))",
               "2024-04-01", "KENCOP KENOPP 175");
    /* tariffs announced are the act announced, not the pact a later phrase names */
    check_tree(d,
               "(ROOT (S (NP (NNP Washington)) (VP (VBD announced) (NP (NP (NNS tariffs)) (PP (IN "
               "on) (NP (JJ Japanese) (NNS goods)))) (PP (IN for) (NP (NP (NP (NNP Japan) (POS "
               "'s)) (NN failure)) (S (VP (TO to) (VP (VB honor) (NP (DT the) (NN pact)))))))) (. "
               ".)))",
               "1987-04-01", "USAGOV JPN 163");
    /* a minister arrives whatever his portfolio names; cargo arrives on no visit */
    check_tree(d,
               "(ROOT (S (NP (DT The) (JJ Indian) (NN oil) (NN minister)) (VP (VBD arrived) "
               "(PP (IN in) (NP (NNP Tehran)))) (. .)))",
               "2024-04-01", "INDGOVBUS IRNGOV 042; IRNGOV INDGOVBUS 043");
    check_tree(d,
               "(ROOT (S (NP (DT The) (JJ Iranian) (NN oil) (NN cargo)) (VP (VBD arrived) "
               "(PP (IN in) (NP (NNP India)))) (. .)))",
               "2024-04-01", "(none)");
    /* opposition a plan meets is no meeting; an opposition leader met is */
    check(d, "(DT The) (NNP U.S.) (NN plan)", "met",
          "(NP (JJ strong) (NN opposition)) (PP (IN from) (NP (NNP Russia)))", "2024-04-01",
          "(none)");
    check(d, "(NNP Putin)", "met", "(DT the) (JJ Chinese) (NN opposition) (NN leader)",
          "2024-04-01", "RUSGOV CHNOPP 040");
    /* trade promised is economic cooperation; trade halted or a trade balance is not */
    check_tree(d,
               "(ROOT (S (NP (NNP China)) (VP (VBD pledged) (S (VP (TO to) (VP (VB expand) (NP "
               "(NP (NN trade)) (PP (IN with) (NP (NNP Brazil)))))))) (. .)))",
               "1987-04-01", "CHN BRA 0311");
    check_tree(d,
               "(ROOT (S (NP (NNP Sweden)) (VP (VBD promised) (S (VP (TO to) (VP (VB halt) (NP "
               "(NP (DT all) (NN trade)) (PP (IN with) (NP (NNP South) (NNP Africa)))))))) (. .)))",
               "1987-04-01", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Taiwan)) (VP (VBZ plans) (NP (NNS cuts)) (S (VP (TO to) (VP "
               "(VB narrow) (NP (NP (PRP$ its) (NN trade) (NN surplus)) (PP (IN with) (NP (NNP "
               "U.S.)))))))) (. .)))",
               "1987-04-01", "(none)");
    /* a vow to react, or readiness to answer a hostile act in kind, is a threat */
    check_tree(d,
               "(ROOT (S (NP (NNP Iran)) (VP (VBD vowed) (S (VP (TO to) (VP (VB react) (ADVP (RB "
               "strongly)) (PP (IN to) (NP (DT the) (JJ American) (NN raid))))))) (. .)))",
               "2020-01-01", "IRN USA 138");
    check_tree(d,
               "(ROOT (S (NP (DT The) (NNP United) (NNPS States)) (VP (VBD was) (ADJP (JJ ready) "
               "(S (VP (TO to) (VP (VB deal) (PP (IN with) (NP (DT any) (JJ Iranian) (NN "
               "response)))))))) (. .)))",
               "2020-01-01", "USA IRN 138");
    check_tree(d,
               "(ROOT (S (NP (NNP India)) (VP (VBZ is) (ADJP (JJ prepared) (S (VP (TO to) (VP (VB "
               "meet) (NP (NP (DT any) (NN provocation)) (PP (IN by) (NP (NNP Pakistan)))) (PP (IN "
               "with) (NP (NNS countermeasures)))))))) (. .)))",
               "2020-01-01", "IND PAK 130");
    /* "agreed that <clause>" shares an opinion, no intent towards an actor of the clause;
     * agreeing with someone that ... still concurs with them */
    check_tree(d,
               "(ROOT (S (NP (NNP Britain)) (VP (VBD agreed) (SBAR (IN that) (S (NP (NNP "
               "Russia)) (VP (VBD was) (NP (NP (DT the) (JJ main) (NN threat)) (PP (IN to) (NP "
               "(NNP Europe)))))))) (. .)))",
               "2020-01-01", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Canada)) (VP (VBD agreed) (PP (IN with) (NP (NNP Mexico))) (SBAR "
               "(IN that) (S (NP (DT the) (NNS tariffs)) (VP (VBD were) (ADJP (JJ unfair)))))) (. "
               ".)))",
               "2020-01-01", "CAN MEX 019");
    /* "concluded that <clause>" is a judgement, no deal signed with an actor of the
     * clause; a deal concluded is still signed */
    check_tree(d,
               "(ROOT (S (NP (NNP France)) (VP (VBD concluded) (SBAR (IN that) (S (NP (NNP "
               "Germany)) (VP (VBD had) (VP (VBN broken) (NP (DT the) (NN accord))))))) (. .)))",
               "2020-01-01", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP France)) (VP (VBD concluded) (NP (NP (DT a) (NN trade) (NN "
               "accord)) (PP (IN with) (NP (NNP Germany))))) (. .)))",
               "2020-01-01", "FRA DEU 057");
    /* refusing to rule out an attack threatens it; other options kept open threaten
     * nothing */
    check_tree(d,
               "(ROOT (S (NP (NNP Israel)) (VP (VBD refused) (S (VP (TO to) (VP (VB rule) (RP "
               "out) (NP (NP (DT an) (NN attack)) (PP (IN on) (NP (NNP Iran)))))))) (. .)))",
               "2020-01-01", "ISR IRN 138");
    check_tree(d,
               "(ROOT (S (NP (NNP Israel)) (VP (VBD refused) (S (VP (TO to) (VP (VB rule) (RP "
               "out) (NP (JJ new) (NNS talks)) (PP (IN with) (NP (NNP Iran))))))) (. .)))",
               "2020-01-01", "(none)");
    /* the transit of goods banned is an embargo on where they go */
    check_tree(d,
               "(ROOT (S (NP (NNP Lithuania)) (VP (VBD banned) (NP (NP (DT the) (NN transit)) "
               "(PP (IN of) (NP (NP (NNS goods)) (PP (IN to) (NP (NNP Russia))))))) (. .)))",
               "2022-06-20", "LTU RUS 163");
    /* a ban imposed on food, media or entry codes as banning them does */
    check_tree(d,
               "(ROOT (S (NP (NNP China)) (VP (VBD imposed) (NP (NP (DT a) (NN ban)) (PP (IN on) "
               "(NP (JJ Japanese) (NN seafood))))) (. .)))",
               "2023-08-24", "CHN JPN 163");
    check_tree(d,
               "(ROOT (S (NP (NNP Russia)) (VP (VBD imposed) (NP (NP (DT a) (NN ban)) (PP (IN on) "
               "(NP (JJ American) (NN media) (NNS outlets))))) (. .)))",
               "2022-03-01", "RUS USAMED 1721");
    check_tree(d,
               "(ROOT (S (NP (NNP Israel)) (VP (VBD imposed) (NP (NP (DT a) (NN ban)) (PP (IN on) "
               "(NP (NP (DT the) (NN entry)) (PP (IN of) (NP (JJ Palestinian) (NNS workers))))))) "
               "(. .)))",
               "2023-10-10", "ISR PSELAB 163");
    /* food banned is an embargo on the country that grows or catches it, named by its
     * words or after "from"; food banned from no party is none */
    check_tree(d,
               "(ROOT (S (NP (NNP Turkey)) (VP (VBD banned) (NP (JJ Greek) (NN fish)) (PP (IN on) "
               "(NP (NNP Monday)))) (. .)))",
               "2020-01-01", "TUR GRC 163");
    check_tree(d,
               "(ROOT (S (NP (NNP Egypt)) (VP (VBD barred) (NP (NN wheat)) (PP (IN from) (NP (CD "
               "three) (JJ Russian) (NNS ports)))) (. .)))",
               "2020-01-01", "EGY RUS 163");
    check_tree(d,
               "(ROOT (S (NP (NNP Egypt)) (VP (VBD barred) (NP (NN wheat)) (PP (IN from) (NP (DT "
               "the) (NN market)))) (. .)))",
               "2020-01-01", "(none)");
    /* leaders who hug have met; ties sought with a party are cooperation intended;
     * visa services suspended are a travel ban; warplanes, no other plane, that circle a
     * party show it force */
    check_tree(d,
               "(ROOT (S (NP (DT The) (JJ Indian) (JJ prime) (NN minister)) (VP (VBD hugged) (NP "
               "(DT the) (JJ Russian) (NN president)) (PP (IN on) (NP (NNP Monday)))) (. .)))",
               "2020-01-01", "INDGOV RUSGOV 040");
    check_tree(d,
               "(ROOT (S (NP (NNP Brazil)) (VP (VBZ has) (VP (VBN sought) (NP (NP (JJR closer) (NNS "
               "ties)) (PP (IN with) (NP (NNP Nigeria)))))) (. .)))",
               "2020-01-01", "BRA NGA 030");
    check_tree(d,
               "(ROOT (S (NP (NNP Ghana)) (VP (VBD suspended) (NP (NN visa) (NNS services)) (PP (IN "
               "for) (NP (NNPS Nigerians)))) (. .)))",
               "2020-01-01", "GHA NGA 163");
    check_tree(d,
               "(ROOT (S (NP (JJ Russian) (NNS warplanes)) (VP (VBD circled) (NP (NNP Norway)) (PP "
               "(IN on) (NP (NNP Tuesday)))) (. .)))",
               "2020-01-01", "RUSMIL NOR 150");
    check_tree(d,
               "(ROOT (S (NP (NP (DT A) (NN plane)) (VP (VBG carrying) (NP (DT the) (JJ Polish) (NN "
               "president)))) (VP (VBD circled) (NP (NNP Berlin))) (. .)))",
               "2020-01-01", "(none)");
    /* weapons banned from a place are arms control, no embargo on the place */
    check_tree(d,
               "(ROOT (S (NP (NNP Moscow)) (VP (VBD backed) (NP (NP (DT a) (NN treaty)) (S (VP "
               "(TO to) (VP (VB ban) (NP (NP (JJ nuclear) (NNS weapons)) (PP (IN from) (NP (NNP "
               "Poland))))))))) (. .)))",
               "2020-01-01", "(none)");
    /* a trade practice ended is no trade cut with the country it is in */
    check_tree(d,
               "(ROOT (S (NP (NNP Tokyo)) (VP (VBD ended) (NP (NP (DT every) (JJ unfair) (NN "
               "trade) (NN practice)) (PP (IN in) (NP (NNP Korea))))) (. .)))",
               "2020-01-01", "(none)");
    /* an agreement with someone to do something is an intent to do it together */
    check_tree(d,
               "(ROOT (S (NP (NNP France)) (VP (VBD agreed) (PP (IN with) (NP (NNP Gabon))) (S (VP "
               "(TO to) (VP (VB reschedule) (NP (PRP$ its) (NN debt)))))) (. .)))",
               "2020-01-01", "FRA GAB 030");
    check_tree(d,
               "(ROOT (S (NP (NNP Nigeria)) (VP (VBD agreed) (S (VP (TO to) (VP (VB set) (RP up) "
               "(NP (DT a) (JJ joint) (NN company)) (PP (IN with) (NP (NNP Liberia))))))) (. .)))",
               "2020-01-01", "NGA LBR 030");
    /* destroying an enemy's forces, or destroying with one's forces, is force (190);
     * destroying homes stays the coercion of destroying property (1712) */
    check_tree(d,
               "(ROOT (S (NP (NNP Ethiopia)) (VP (VBN retaliated) (SBAR (IN by) (S (VP (VBG "
               "destroying) (NP (DT the) (NNP Eritrean) (NN air) (NN force)))))) (. .)))",
               "2020-01-01", "ETH ERIMIL 190");
    check_tree(d,
               "(ROOT (S (NP (JJ Georgian) (NNS troops)) (VP (VBD destroyed) (NP (DT a) (JJ "
               "Russian) (NN checkpoint))) (. .)))",
               "2020-01-01", "GEOMIL RUS 190");
    check_tree(d,
               "(ROOT (S (NP (JJ Armenian) (NNS soldiers)) (VP (VBD demolished) (NP (NNP "
               "Azerbaijani) (NNS houses))) (. .)))",
               "2020-01-01", "ARMMIL AZE 1712");
    /* armed action taken or undertaken, aggression committed and hostilities relaunched
     * are force; undertaking reforms is nothing, vowing to confront aggression no force */
    check_tree(d,
               "(ROOT (S (NP (NNP Azerbaijan)) (VP (VBD took) (NP (NP (JJ armed) (NN action)) "
               "(PP (IN against) (NP (NNP Armenia))))) (. .)))",
               "2020-01-01", "AZE ARM 190");
    check_tree(d,
               "(ROOT (S (NP (NNP Russia)) (VP (VBZ has) (VP (VBN undertaken) (NP (NP (JJ armed) "
               "(NN action)) (PP (IN against) (NP (NNP Georgia)))))) (. .)))",
               "2020-01-01", "RUS GEO 190");
    check_tree(d,
               "(ROOT (S (NP (NNP Russia)) (VP (VBD committed) (NP (NN aggression)) (PP (IN "
               "against) (NP (NNP Georgia)))) (. .)))",
               "2020-01-01", "RUS GEO 190");
    check_tree(d,
               "(ROOT (S (NP (NNP Azerbaijan)) (VP (VBD relaunched) (NP (NNS hostilities)) (PP "
               "(IN against) (NP (NNP Armenia)))) (. .)))",
               "2020-01-01", "AZE ARM 190");
    check_tree(d,
               "(ROOT (S (NP (NNP Ethiopia)) (VP (VBD undertook) (NP (JJ economic) (NNS "
               "reforms))) (. .)))",
               "2020-01-01", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Iran)) (VP (VBD vowed) (S (VP (TO to) (VP (VB confront) (NP (NP "
               "(DT any) (NN aggression)) (PP (IN against) (NP (NNP Iraq)))))))) (. .)))",
               "2020-01-01", "IRN IRQ 030");
    /* warships by their kind are the state's forces */
    check_tree(d,
               "(ROOT (S (NP (JJ American) (NNS frigates)) (VP (VBD shelled) (NP (CD two) (JJ "
               "Iranian) (NNS platforms))) (. .)))",
               "1987-10-19", "USAMIL IRN 194");
    /* a bill fought in a legislature is no attack; protesters who storm a parliament as
     * a bill passes still do */
    check_tree(d,
               "(ROOT (S (NP (DT The) (NN administration)) (VP (VBD fought) (NP (NP (JJ "
               "protectionist) (NN legislation)) (PP (IN in) (NP (DT the) (NNP U.S.) (NNP "
               "Congress))))) (. .)))",
               "1987-04-01", "(none)");
    /* the Islamic State's provinces are the Islamic State; Abu Sayyaf fights in the
     * Philippines */
    check_tree(d,
               "(ROOT (S (NP (NNP IS-Somalia)) (VP (VBD attacked) (NP (NNP Puntland) (NNS "
               "forces))) (. .)))",
               "2025-02-10", "IMGMUSISI SOMMIL 190");
    check_tree(d,
               "(ROOT (S (NP (NNP Abu) (NNP Sayyaf) (NNS militants)) (VP (VBD kidnapped) (NP (CD "
               "two) (JJ Malaysian) (NNS fishermen))) (. .)))",
               "2025-02-10", "PHLREB MYSAGR 181");
    /* ships boarded are seized, one or more */
    check_tree(d,
               "(ROOT (S (NP (JJ Iranian) (NNS commandos)) (VP (VBD boarded) (NP (CD two) (JJ "
               "British) (NNS tankers))) (. .)))",
               "2019-07-20", "IRNMIL GBR 1711");
    /* ships held are seized */
    check_tree(d,
               "(ROOT (S (NP (NNP Iran)) (VP (VBZ is) (ADVP (RB still)) (VP (VBG holding) (NP (DT "
               "the) (JJ British) (NN tanker)))) (. .)))",
               "2019-08-01", "IRN GBR 1711");
    /* taking over from someone succeeds them; taking a place over from someone seizes it */
    check_tree(d,
               "(ROOT (S (NP (NNP Keir) (NNP Starmer)) (VP (VBD took) (ADVP (RB over)) (PP (IN "
               "from) (NP (NNP Rishi) (NNP Sunak))) (PP (IN as) (NP (JJ prime) (NN minister)))) "
               "(. .)))",
               "2024-07-10", "(none)");
    check_tree(d,
               "(ROOT (S (NP (CD M23) (NNS rebels)) (VP (VBD took) (RP over) (NP (NNP Goma)) (PP "
               "(IN from) (NP (JJ Congolese) (NNS troops)))) (. .)))",
               "2025-01-28", "CODREB COD 171");
    /* declining to confirm is withholding, not rejecting */
    check_tree(d,
               "(ROOT (S (NP (NNP Japan)) (VP (VBD declined) (S (VP (TO to) (VP (VB confirm) (NP "
               "(NNS statements)) (PP (IN by) (NP (DT a) (NNP U.S.) (NN congressman))))))) (. .)))",
               "1987-04-01", "(none)");
    /* an agreement to impose tariffs agrees nothing with their target; whom "charged ...
     * with" charges is the object, not an actor in the charge */
    check_tree(d,
               "(ROOT (S (NP (NNP EC) (NNS ministers)) (VP (VBD agreed) (S (VP (TO to) (VP (VB "
               "impose) (NP (NNS tariffs)) (PP (IN on) (NP (JJ Japanese) (NNS goods))))))) (. .)))",
               "1987-06-01", "(none)");
    check_tree(d,
               "(ROOT (S (NP (DT The) (NNP United) (NNPS States)) (VP (VBD charged) (NP (NNP "
               "Japan)) (PP (IN with) (S (VP (VBG violating) (NP (NNP GATT) (NNS rules)))))) (. .)))",
               "1987-06-01", "USA JPN 173");
    /* warnings delivered are warnings, oil lifted is loaded, contacts welcomed approved */
    check(d, "(DT The) (JJ European) (NN Community)", "delivered",
          "(NP (NNS warnings)) (PP (IN to) (NP (NNP Japan)))", "1987-04-01",
          "IGOEUREEC JPN 130");
    check(d, "(NNP Japan)", "lifted", "(JJ Iranian) (JJ crude) (NN oil)", "1987-04-01",
          "(none)");
    check(d, "(NNP North) (NNP Korea)", "welcomed",
          "(NP (JJ new) (NNS contacts)) (PP (IN with) (NP (NNP Japan)))", "1987-04-01",
          "PRK JPN 051");
    /* talking to reporters, or meeting them, is no meeting with the press */
    check_tree(d,
               "(ROOT (S (NP (DT The) (JJ Colombian) (NN minister)) (VP (VBD talked) (PP (IN to) "
               "(NP (JJ Colombian) (NNS reporters)))) (. .)))",
               "2024-04-01", "(none)");
    check(d, "(NNP Blinken)", "met", "(JJ Chinese) (NNS journalists)", "2024-04-01", "(none)");
    /* talks reopened are resumed, not suspended */
    check(d, "(NNP Iran)", "reopened",
          "(NP (NNS talks)) (PP (IN with) (NP (DT the) (NNP European) (NNP Union)))",
          "2024-04-01", "IRN IGOEUREEC 046");
    /* one's own interests guarded are no protection given to the other side */
    check(d, "(NNP China)", "protected",
          "(NP (PRP$ its) (NNS interests)) (PP (IN against) (NP (DT the) (NNP United) (NNPS "
          "States)))",
          "2024-04-01", "(none)");
    /* a request granted is no aid */
    check(d, "(DT A) (JJ Belgian) (NN court)", "granted",
          "(NP (DT a) (NN request)) (PP (IN by) (NP (NNP France)))", "1987-04-01", "(none)");
    /* groups whose status changed: dated codes */
    check(d, "(DT The) (NNP Taliban)", "criticized", "(NNP Pakistan)", "2019-06-01",
          "AFGREB PAK 111");
    check(d, "(DT The) (NNP Taliban)", "criticized", "(NNP Pakistan)", "2023-06-01",
          "AFGGOV PAK 111");
    /* the day of the change and sentences without a date */
    check(d, "(DT The) (NNP Taliban)", "criticized", "(NNP Pakistan)", "2021-08-14",
          "AFGREB PAK 111");
    check(d, "(DT The) (NNP Taliban)", "criticized", "(NNP Pakistan)", "2021-08-15",
          "AFGGOV PAK 111");
    check(d, "(DT The) (NNP Taliban)", "criticized", "(NNP Pakistan)", "", "AFGGOV PAK 111");
    check(d, "(NNP Hemedti)", "attacked", "(NNP Chad)", "2019-08-20", "SDNMIL TCD 190");
    check(d, "(NNP Hemedti)", "attacked", "(NNP Chad)", "2019-08-21", "SDNGOV TCD 190");
    check(d, "(DT The) (NNP RSF)", "attacked", "(NNP Khartoum)", "2022-01-01",
          "SDNMIL SDNGOV 190");
    check(d, "(DT The) (NNP RSF)", "attacked", "(NNP Khartoum)", "2024-01-01",
          "SDNREB SDNGOV 190");
    /* leaders: government code in office, elite code outside it */
    check(d, "(NNP Vladimir) (NNP Putin)", "criticized", ukr, "2024-05-01", "RUSGOV UKR 111");
    check(d, "(NNP Joe) (NNP Biden)", "criticized", "(NNP Russia)", "2022-03-01",
          "USAGOV RUS 111");
    check(d, "(NNP Joe) (NNP Biden)", "criticized", "(NNP Russia)", "2025-03-01",
          "USAELI RUS 111");
    check(d, "(NNP Donald) (NNP Trump)", "criticized", "(NNP China)", "2018-03-01",
          "USAGOV CHN 111");
    check(d, "(NNP Donald) (NNP Trump)", "criticized", "(NNP China)", "2023-03-01",
          "USAELI CHN 111");
    check(d, "(NNP Trump)", "criticized", "(NNP China)", "2025-03-01", "USAGOV CHN 111");
    check(d, "(NNP Keir) (NNP Starmer)", "praised", ukr, "2024-08-01", "GBRGOV UKR 051");
    check(d, "(NNP Volodymyr) (NNP Zelensky)", "praised", "(NNP Britain)", "2023-08-01",
          "UKRGOV GBR 051");
    /* verbs of each quad */
    check(d, "(NNP Russia)", "met", ukr, "2024-05-01", "RUS UKR 040");
    check(d, "(NNP Qatar)", "mediated", "(NNP Israel)", "2024-05-01", "QAT ISR 045");
    check(d, "(NNP Japan)", "invaded", "(NNP China)", "1937-08-01", "JPN CHN 192");
    check(d, "(NNP India)", "expelled", "(JJ Pakistani) (NNS diplomats)", "2024-05-01",
          "IND PAKGOV 174");
    /* people turned over to another state are deported; control handed over is not */
    check_tree(d, "(ROOT (S (NP (NNP Thailand)) (VP (VBD turned) (NP (CD 40) (NNS men)) (PRT (RP "
                  "over)) (PP (TO to) (NP (NNP China)))) (. .)))",
               "2025-02-28", "THA CHN 174");
    check_tree(d, "(ROOT (S (NP (DT The) (NN army)) (VP (VBD turned) (PRT (RP over)) (NP (NN "
                  "control)) (PP (TO to) (NP (NNP Mali)))) (. .)))",
               "2025-02-28", "(none)");
    check(d, "(NNP President) (NNP Vladimir) (NNP Putin)", "threatened", ukr, "2022-02-01",
          "RUSGOV UKR 130");
    check(d, "(NNP Zelensky)", "criticized", "(NNP Russia)", "2018-06-01", "UKRELI RUS 111");
    check(d, "(NNP Ahmed) (NNP al-Sharaa)", "met", "(NNP Erdogan)", "2025-02-04",
          "SYRGOV TURGOV 040");
    check(d, "(NNP Ahmed) (NNP al-Sharaa)", "met", "(NNP Erdogan)", "2023-02-04",
          "SYRREB TURGOV 040");
    /* patterns: the object selects the code */
    check_tree(d,
               "(ROOT (S (NP (NNP Canada)) (VP (VBD imposed) (NP (NNS sanctions)) "
               "(PP (IN on) (NP (NNP Russia)))) (. .)))",
               "2024-05-01", "CAN RUS 163");
    check_tree(d,
               "(ROOT (S (NP (NNP Hamas)) (VP (VBD released) (NP (CD three) (NNS hostages)) "
               "(PP (IN to) (NP (DT the) (NNP Red) (NNP Cross)))) (. .)))",
               "2025-01-19", "PSEREB NGOHLHIRC 0841");
    /* a feeling of disapproval after "be", as an adjective or as a participle that is no
     * verb of the file, is criticism of whom it is about; its "by" is no passive agent,
     * and "be" codes nothing else */
    check_tree(d,
               "(ROOT (S (NP (NNP Denmark)) (VP (VBD was) (ADJP (RB deeply) (JJ concerned)) "
               "(PP (IN about) (NP (NNP Russia)))) (. .)))",
               "2024-05-01", "DNK RUS 111");
    check_tree(d,
               "(ROOT (S (NP (NNP Denmark)) (VP (VBD was) (VP (VBN disappointed) "
               "(PP (IN by) (NP (NNP Russia))))) (. .)))",
               "2024-05-01", "DNK RUS 111");
    check_tree(d,
               "(ROOT (S (NP (NNP Denmark)) (VP (VBD was) (VP (VBN elected) "
               "(PP (IN by) (NP (NNP Russia))))) (. .)))",
               "2024-05-01", "(none)");
    /* paired verbs code both directions: visits, hosting, telephone calls */
    check_tree(d,
               "(ROOT (S (NP (NNP Modi)) (VP (VBD arrived) (PP (IN in) (NP (NNP Moscow)))) "
               "(. .)))",
               "2024-07-08", "INDGOV RUSGOV 042; RUSGOV INDGOV 043");
    /* a visit paid with words between "a" and "visit", or a courtesy call paid on a
     * host, is a visit */
    check_tree(d,
               "(ROOT (S (NP (NNP Modi)) (VP (VBD paid) (NP (NP (DT a) (JJ two-day) (NN "
               "visit)) (PP (IN to) (NP (NNP Moscow))))) (. .)))",
               "2024-07-08", "INDGOV RUSGOV 042; RUSGOV INDGOV 043");
    check_tree(d,
               "(ROOT (S (NP (NNP Modi)) (VP (VBD paid) (NP (NP (DT a) (JJ brief) (NN courtesy) "
               "(NN call)) (PP (IN on) (NP (NNP Putin))))) (. .)))",
               "2024-07-08", "INDGOV RUSGOV 042; RUSGOV INDGOV 043");
    /* where a visitor came from is no host: "from" is the origin, "in" the host, in
     * either order */
    check_tree(d,
               "(ROOT (S (NP (NNP Modi)) (VP (VBD arrived) (PP (IN from) (NP (NNP Tehran))) "
               "(PP (IN on) (NP (NNP Monday)))) (. .)))",
               "2024-07-08", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Modi)) (VP (VBD arrived) (PP (IN in) (NP (NNP Moscow))) "
               "(PP (IN from) (NP (NNP Tehran)))) (. .)))",
               "2024-07-08", "INDGOV RUSGOV 042; RUSGOV INDGOV 043");
    check_tree(d,
               "(ROOT (S (NP (NNP Modi)) (VP (VBD arrived) (PP (IN from) (NP (NNP Tehran))) "
               "(PP (IN in) (NP (NNP Moscow)))) (. .)))",
               "2024-07-08", "INDGOV RUSGOV 042; RUSGOV INDGOV 043");
    /* ... and may stand between the verb and its preposition */
    check_tree(d,
               "(ROOT (S (NP (NNP Modi)) (VP (VBD flew) (PP (IN from) (NP (NNP Tehran))) "
               "(PP (IN to) (NP (NNP Moscow)))) (. .)))",
               "2024-07-08", "INDGOV RUSGOV 042; RUSGOV INDGOV 043");
    /* ... and so may a time ("landed on Monday in Moscow"), which is no topic of the
     * visit */
    check_tree(d,
               "(ROOT (S (NP (DT The) (JJ Indian) (NN minister)) (VP (VBD landed) (PP (IN on) "
               "(NP (NNP Monday))) (PP (IN in) (NP (NNP Moscow)))) (. .)))",
               "2024-07-08", "INDGOV RUSGOV 042; RUSGOV INDGOV 043");
    check_tree(d,
               "(ROOT (S (NP (NNP Modi)) (VP (VBD flew) (NP (JJ last) (NN week)) (PP (IN to) "
               "(NP (NNP Moscow)))) (. .)))",
               "2024-07-08", "INDGOV RUSGOV 042; RUSGOV INDGOV 043");
    check_tree(d,
               "(ROOT (S (NP (DT The) (JJ Indian) (NN minister)) (VP (VBD landed) (PP (IN at) "
               "(NP (DT an) (NN airport) (PP (IN near) (NP (NNP Moscow)))))) (. .)))",
               "2024-07-08", "INDGOV RUSGOV 042; RUSGOV INDGOV 043");
    /* one who came back from a visit made it; coming back alone visits no one */
    check_tree(d,
               "(ROOT (S (NP (NNP Modi)) (VP (VBD came) (ADVP (RB back)) (PP (IN from) (NP "
               "(NP (DT a) (NN visit)) (PP (IN to) (NP (NNP Moscow)))))) (. .)))",
               "2024-07-08", "INDGOV RUSGOV 042; RUSGOV INDGOV 043");
    check_tree(d,
               "(ROOT (S (NP (NNP Modi)) (VP (VBD came) (ADVP (RB back)) (PP (IN to) (NP "
               "(NNP Moscow)))) (. .)))",
               "2024-07-08", "(none)");
    /* ... and so did one back from a visit its words place ("a Russian visit"), no
     * origin as "from Tehran" is */
    check_tree(d,
               "(ROOT (S (NP (NNP Modi)) (VP (VBD returned) (PP (IN from) (NP (DT a) (JJ "
               "Russian) (NN visit)))) (. .)))",
               "2024-07-08", "INDGOV RUS 042; RUS INDGOV 043");
    /* one who attends a meeting another organises is its guest; attending alone
     * names no one */
    check_tree(d,
               "(ROOT (S (NP (NNP Modi)) (VP (VBD attended) (NP (NP (DT a) (NN meeting)) (VP "
               "(VBN organised) (PP (IN by) (NP (NNP Russia)))))) (. .)))",
               "2024-07-08", "INDGOV RUS 042; RUS INDGOV 043");
    check_tree(d,
               "(ROOT (S (NP (NNP Modi)) (VP (VBD attended) (NP (DT the) (NN meeting))) (. .)))",
               "2024-07-08", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Erdogan)) (VP (VBD received) (NP (DT the) (JJ Iraqi) "
               "(NN prime) (NN minister))) (. .)))",
               "2024-05-01", "TURGOV IRQGOV 043; IRQGOV TURGOV 042");
    /* receiving weapons hosts no one; it says who gave them */
    check_tree(d,
               "(ROOT (S (NP (NNP Ukraine)) (VP (VBD received) (NP (NNS weapons)) (PP (IN from) "
               "(NP (NNP Germany)))) (. .)))",
               "2024-05-01", "DEU UKR 072");
    check_tree(d,
               "(ROOT (S (NP (NNP Biden)) (VP (VBD phoned) (NP (NNP Xi))) (. .)))",
               "2024-05-01", "USAGOV CHNGOV 041; CHNGOV USAGOV 041");
    /* naming is no phone call (calling X one of the worst is scorn, no 041); a speech
     * verb has no patterns of its own, so the reported clause's verb codes ("could
     * sign": the coder's modality makes it hypothetical) */
    check_tree(d,
               "(ROOT (S (NP (NNP Trump)) (VP (VBD called) (NP (NNP Canada)) (NP (NP (CD one)) "
               "(PP (IN of) (NP (DT the) (JJS worst) (NNS nations))))) (. .)))",
               "2025-03-11", "USAGOV CAN 111");
    /* "to" after "called" opens an infinitive far more often than it names whom one
     * phones: "called Washington's decision to send a warship ..." is no phone call */
    check_tree(d,
               "(ROOT (S (NP (NNP Beijing)) (VP (VBD called) (NP (NP (NP (NNP Washington) "
               "(POS 's)) (NN decision)) (S (VP (TO to) (VP (VB send) (NP (DT a) (NN warship)) "
               "(PP (IN near) (NP (NNP Taiwan)))))))) (. .)))",
               "2017-09-04", "(none)");
    /* judgements of the evaluative set (&SCORN_) that news writes after "called" and
     * "described ... as": unjustified, discriminatory, an affront */
    check_tree(d,
               "(ROOT (S (NP (NNP Norway)) (VP (VBD called) (NP (NP (NNP Iceland) (POS 's)) "
               "(NN quota)) (ADJP (JJ unjustified))) (. .)))",
               "2024-05-01", "NOR ISL 111");
    check_tree(d,
               "(ROOT (S (NP (NNP Brazil)) (VP (VBD described) (NP (NP (DT the) (NN levy)) "
               "(PP (IN by) (NP (NNP Argentina)))) (PP (IN as) (ADJP (JJ discriminatory)))) "
               "(. .)))",
               "2024-05-01", "BRA ARG 111");
    check_tree(d,
               "(ROOT (S (NP (NNP Chile)) (VP (VBD called) (NP (NP (NNP Peru) (POS 's)) "
               "(NN claim)) (NP (DT an) (NN affront))) (. .)))",
               "2024-05-01", "CHL PER 111");
    check_tree(d,
               "(ROOT (S (NP (NNP Marcos)) (VP (VBD said) (SBAR (S (NP (NNP Manila)) "
               "(VP (MD could) (VP (VB sign) (NP (DT an) (NN agreement)) (PP (IN with) "
               "(NP (NNP France)))))))) (. .)))",
               "2024-07-08", "PHLGOV FRA 057");
    /* the city where leaders meet is not the other party; "discuss X" takes a topic */
    check_tree(d,
               "(ROOT (S (NP (NNP Biden)) (VP (VBD met) (NP (NNP Xi)) (PP (IN in) "
               "(NP (NNP Geneva)))) (. .)))",
               "2021-06-16", "USAGOV CHNGOV 040");
    check_tree(d,
               "(ROOT (S (NP (NNP Russia)) (VP (VBD held) (NP (NNS talks)) (PP (IN in) "
               "(NP (NNP Istanbul)))) (. .)))",
               "2022-03-29", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Britain)) (VP (VBD discussed) (NP (NP (NNP Iran) (POS 's)) "
               "(NN program))) (. .)))",
               "2024-05-01", "(none)");
    /* cities are their state; "Europe" as an actor is the EU */
    check(d, "(NNP Russia)", "shelled", "(NNP Kostiantynivka)", "2025-01-10", "RUS UKR 194");
    check(d, "(NNP Russia)", "shelled", "(NNP Vovchansk)", "2024-06-10", "RUS UKR 194");
    check(d, "(NNP FARDC)", "attacked", "(NNP M23)", "2025-01-10", "CODMIL CODREB 190");
    check(d, "(NNP Russia)", "criticized", "(NNP USAID)", "2024-05-01", "RUS USAGOV 111");
    check(d, "(NNP China)", "criticized", "(NNP Voice) (IN of) (NNP America)", "2024-05-01",
          "CHN USAMED 111");
    check(d, "(NNP Executive) (NNP Vice) (NNP Foreign) (NNP Minister) (NNP Ma) (NNP Zhaoxu)",
          "met", "(NNP Blinken)", "2024-01-10", "CHNGOV USAGOV 040");
    check(d, "(NNP Europe)", "criticized", "(NNP China)", "2024-05-01", "IGOEUREEC CHN 111");
    /* the Union's forerunner; bare "EC" only before the Union, later often an election
     * commission */
    check(d, "(DT The) (NNP European) (NNP Community)", "criticized", "(NNP Japan)",
          "1987-04-01", "IGOEUREEC JPN 111");
    check(d, "(DT The) (NNP EEC)", "criticized", "(NNP Japan)", "1987-04-01",
          "IGOEUREEC JPN 111");
    check(d, "(DT The) (NNP EC)", "criticized", "(NNP Japan)", "1987-04-01",
          "IGOEUREEC JPN 111");
    check(d, "(DT The) (NNP EC)", "criticized", "(NNP Japan)", "2019-04-01", "(none)");
    /* a treaty named after a city is no actor; a paper named after one is media */
    check(d, "(NNP Russia)", "criticized",
          "(DT the) (NNP Paris) (NN climate) (NN agreement)", "2024-05-01", "(none)");
    check(d, "(DT The) (NNP New) (NNP York) (NNP Times)", "criticized", "(NNP Russia)",
          "2024-05-01", "USAMED RUS 111");
    check(d, "(NNP William) (NNP Ruto)", "met", "(NNP Yoweri) (NNP Museveni)", "2024-05-01",
          "KENGOV UGAGOV 040");
    /* agreeing to a ceasefire is the ceasefire; the infinitive before "with" */
    check_tree(d,
               "(ROOT (S (NP (NNP Israel)) (VP (VBD agreed) (PP (IN to) (NP (DT a) (NN ceasefire))) "
               "(PP (IN with) (NP (NNP Hamas)))) (. .)))",
               "2024-05-01", "ISR PSEREB 0871");
    check_tree(d,
               "(ROOT (S (NP (NNP Russia)) (VP (VBD agreed) (S (VP (TO to) (VP (VB withdraw) "
               "(NP (NNS troops)) (PP (IN from) (NP (NP (DT the) (NN border)) (PP (IN with) "
               "(NP (NNP Ukraine))))))))) (. .)))",
               "2024-05-01", "RUS UKR 0356");
    /* withdrawing from a deal reduces relations with the other party; keeping tariffs */
    check_tree(d,
               "(ROOT (S (NP (NNP Trump)) (VP (VBD withdrew) (PP (IN from) (NP (NP (DT the) "
               "(JJ nuclear) (NN deal)) (PP (IN with) (NP (NNP Iran)))))) (. .)))",
               "2018-05-08", "USAGOV IRN 160");
    check_tree(d,
               "(ROOT (S (NP (NNP Japan)) (VP (VBD tightened) (NP (NNS restrictions)) (PP (IN on) "
               "(NP (NNS exports))) (PP (IN to) (NP (NNP South) (NNP Korea)))) (. .)))",
               "2019-07-04", "JPN KOR 163");
    /* quitting an organisation is cutting relations with it; firing on crowds is
     * repression */
    check_tree(d,
               "(ROOT (S (NP (NNP Trump)) (VP (VBD withdrew) (NP (DT the) (NNP United) (NNPS States)) "
               "(PP (IN from) (NP (DT the) (NNP World) (NNP Health) (NNP Organization)))) (. .)))",
               "2025-01-20", "USA IGOUNOHLHWHO 161");
    check_tree(d,
               "(ROOT (S (NP (JJ Kenyan) (NN police)) (VP (VBD opened) (NP (NN fire)) (PP (IN on) "
               "(NP (DT the) (JJ Kenyan) (NNS crowds)))) (. .)))",
               "2024-06-25", "KENCOP KENOPP 175");
    /* "ready to X" states an intent */
    check_tree(d,
               "(ROOT (S (NP (NNP Ukraine)) (VP (VBD was) (ADJP (JJ ready) (S (VP (TO to) (VP (VB accept) "
               "(NP (DT a) (NN proposal)) (PP (IN from) (NP (DT the) (NNP United) (NNPS States)))))))) "
               "(. .)))",
               "2025-03-11", "UKR USA 035");
    /* only deals, truces and talks are concluded or sealed as agreements; a sealed
     * border is a blockade */
    check_tree(d,
               "(ROOT (S (NP (NNP Blinken)) (VP (VBD concluded) (NP (NP (PRP$ his) (NN tour)) "
               "(PP (IN of) (NP (JJ Asian) (NNS capitals))))) (. .)))",
               "2024-05-01", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Egypt)) (VP (VBD sealed) (NP (NP (PRP$ its) (NN border)) "
               "(PP (IN with) (NP (NNP Gaza))))) (. .)))",
               "2024-05-01", "EGY PSE 191");
    check_tree(d,
               "(ROOT (S (NP (NNP Armenia)) (VP (VBD concluded) (NP (DT a) (NN peace) (NN deal)) "
               "(PP (IN with) (NP (NNP Azerbaijan)))) (. .)))",
               "2025-08-08", "ARM AZE 057");
    /* details withheld reject no one */
    check_tree(d,
               "(ROOT (S (NP (NNP Tokyo)) (VP (VBD declined) (S (VP (TO to) (VP (VB name) "
               "(NP (DT the) (JJ Chinese) (NNS officials)))))) (. .)))",
               "2024-05-01", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Jakarta)) (VP (VBD declined) (S (VP (TO to) (VP (VB predict) "
               "(SBAR (IN whether) (S (NP (DT the) (NNP OPEC)) (VP (MD would) (VP (VB hold) "
               "(NP (NNS talks)) (PP (IN with) (NP (NNP Norway))))))))))) (. .)))",
               "2024-05-01", "(none)");
    /* improving or deepening is cooperation only when ties or a partner are improved */
    check_tree(d,
               "(ROOT (S (NP (NNP Japan)) (VP (VBD strengthened) (NP (NNS ties)) (PP (IN with) "
               "(NP (NNP India)))) (. .)))",
               "2024-05-01", "JPN IND 050");
    check(d, "(NNP Ottawa)", "expanded", "(NNP U.S.) (NNS exports)", "2024-05-01", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Beijing)) (VP (VBD deepened) (NP (DT the) (NN rift)) (PP (IN with) "
               "(NP (NNP Manila)))) (. .)))",
               "2024-05-01", "(none)");
    /* demands met and interests welcomed are no meetings and no guests; a charge made
     * in a that-clause is an accusation */
    check(d, "(NNP Seoul)", "met", "(NNP Washington) (POS 's) (NNS demands)", "2024-05-01",
          "(none)");
    check(d, "(NNP Tokyo)", "welcomed", "(NNP India) (POS 's) (NN interest)", "2024-05-01",
          "JPNGOV IND 051");
    check_tree(d,
               "(ROOT (S (NP (NNP Beijing)) (VP (VBD charged) (SBAR (IN that) (S (NP (NNP Manila)) "
               "(VP (VBD had) (VP (VBN violated) (NP (DT the) (NN agreement))))))) (. .)))",
               "2024-05-01", "CHNGOV PHLGOV 112");
    /* blocking a convoy is a blockade, not a veto */
    check_tree(d,
               "(ROOT (S (NP (JJ Chinese) (NNS ships)) (VP (VBD blocked) (NP (DT a) (JJ Philippine) "
               "(NN resupply) (NN mission))) (. .)))",
               "2024-06-17", "CHN PHL 191");
    /* names and places added for real news: short names in office, regions, armed groups */
    check(d, "(NNP Duterte)", "criticized", "(NNP China)", "2019-04-01", "PHLGOV CHN 111");
    check(d, "(NNP Fu) (NNP Cong)", "blamed", "(DT the) (NNP United) (NNPS States)", "2025-03-12",
          "CHNGOV USA 112");
    check(d, "(NNP Doug) (NNP Ford)", "criticized", "(NNP Washington)", "2025-03-11",
          "CANGOV USAGOV 111");
    check(d, "(DT The) (NNP C.A.R.)", "accused", "(NNP Cameroon)", "2024-07-05", "CAF CMR 112");
    check(d, "(CD 3R) (NNS rebels)", "attacked", "(NNS villages) (IN in) (NNP Kalat)", "2024-07-05",
          "CAFREB PAK 180");
    check(d, "(DT The) (NNP Treasury)", "sanctioned", "(NNP Iran)", "2025-03-12", "USAGOV IRN 163");
    /* judgements: "called / described X Y", credit, blame placed, a verbal attack */
    check_tree(d,
               "(ROOT (S (NP (NNP Seoul)) (VP (VBD called) (NP (NP (NNP Tokyo) (POS 's)) (NN move)) "
               "(ADJP (JJ unjust))) (. .)))",
               "2019-07-04", "KORGOV JPNGOV 111");
    check_tree(d,
               "(ROOT (S (NP (NNP Tehran)) (VP (VBD described) (NP (DT the) (NNP U.S.) (NNS sanctions)) "
               "(PP (IN as) (ADJP (JJ illegal)))) (. .)))",
               "2019-07-04", "IRNGOV USA 111");
    check(d, "(NNP Rubio)", "credited", "(NNP Britain)", "2025-03-10", "USAGOV GBR 051");
    check_tree(d,
               "(ROOT (S (NP (NNP Mogadishu)) (VP (VBD placed) (NP (NN blame)) (PP (IN on) "
               "(NP (NNP Puntland)))) (. .)))",
               "2021-04-14", "SOMGOV SOM 112");
    check_tree(d,
               "(ROOT (S (NP (NNP Trump)) (VP (VBD attacked) (NP (DT The) (NNP New) (NNP York) "
               "(NNP Times)) (PP (IN for) (S (VP (VBG refusing) (S (VP (TO to) (VP (VB support) "
               "(NP (PRP him))))))))) (. .)))",
               "2025-03-13", "USAGOV USAMED 111");
    /* calling a Security Council meeting asks for it; no telephone call */
    check_tree(d,
               "(ROOT (S (NP (NNP Britain)) (VP (VBD called) (NP (NP (DT a) (NN meeting)) (PP (IN of) "
               "(NP (DT the) (NNP U.N.) (NNP Security) (NNP Council)))) (S (VP (TO to) (VP (VB discuss) "
               "(NP (NNP Iran)))))) (. .)))",
               "2025-03-12", "GBR IGOUNO 020");
    check_tree(d,
               "(ROOT (S (NP (NNP Erdogan)) (VP (VBD spoke) (PP (IN by) (NP (NN video) (NN link))) "
               "(PP (IN with) (NP (NNP Macron)))) (. .)))",
               "2021-03-09", "TURGOV FRAGOV 041; FRAGOV TURGOV 041");
    /* trade wars waged or escalated, attacks ramped up, sales blocked, entry barred */
    check_tree(d,
               "(ROOT (S (NP (NNP Trump)) (VP (VBD waged) (NP (NP (DT a) (NN trade) (NN war)) (PP (IN with) "
               "(NP (NNP China))))) (. .)))",
               "2019-05-10", "USAGOV CHN 163");
    check_tree(d,
               "(ROOT (S (NP (DT The) (NNP BLA)) (VP (VBD ramped) (PRT (RP up)) (NP (NP (NNS attacks)) "
               "(PP (IN on) (NP (JJ Pakistani) (NNS soldiers))))) (. .)))",
               "2025-03-12", "PAKREB PAKMIL 190");
    /* aircraft intercepted are a show of force (150), aircraft downed are shot (190) */
    check(d, "(JJ Polish) (NNS jets)", "intercepted",
          "(DT a) (JJ Russian) (NN reconnaissance) (NN plane)", "2024-06-01", "POLMIL RUS 150");
    check(d, "(NNP Ukraine)", "downed", "(DT a) (JJ Russian) (NN plane)", "2024-06-01",
          "UKR RUS 190");
    check(d, "(NNP Ukraine)", "intercepted", "(CD 30) (JJ Russian) (NNS drones)", "2024-06-01",
          "UKR RUSMIL 190");
    /* force ordered at a party is that force (the DEMAND block's ORDER), not a demand on
     * whom it strikes */
    check_tree(d,
               "(ROOT (S (NP (NNP Trump)) (VP (VBD ordered) (NP (NP (NNS strikes)) (PP (IN on) "
               "(NP (JJ Iranian) (JJ nuclear) (NNS sites))))) (. .)))",
               "2025-07-01", "USAGOV IRN 190");
    check_tree(d,
               "(ROOT (S (NP (NNP Reagan)) (VP (VBD ordered) (NP (NP (DT the) (NN bombing)) (PP (IN of) "
               "(NP (NNP Libya))))) (. .)))",
               "1986-04-14", "USAGOV LBY 195");
    /* attacks continued, kept up or pressed on with go on (RESUME) */
    check_tree(d,
               "(ROOT (S (NP (NNP Israel)) (VP (VBD continued) (NP (NP (PRP$ its) (NN offensive)) "
               "(PP (IN in) (NP (NNP Gaza))))) (. .)))",
               "2024-06-01", "ISR PSE 190");
    check_tree(d,
               "(ROOT (S (NP (NNP Russia)) (VP (VBD kept) (PRT (RP up)) (NP (NP (PRP$ its) (NNS attacks)) "
               "(PP (IN on) (NP (JJ Ukrainian) (NNS cities))))) (. .)))",
               "2024-06-01", "RUS UKR 190");
    check_tree(d,
               "(ROOT (S (NP (JJ Russian) (NNS forces)) (VP (VBD pressed) (PRT (RP on)) (PP (IN with) "
               "(NP (NP (PRP$ their) (NN assault)) (PP (IN on) (NP (NNP Pokrovsk)))))) (. .)))",
               "2024-06-01", "RUSMIL UKR 190");
    check_tree(d,
               "(ROOT (S (NP (NNP Russia)) (VP (VBD continued) (NP (NNS talks)) (PP (IN with) "
               "(NP (NNP Ukraine)))) (. .)))",
               "2024-06-01", "RUS UKR 046");
    check_tree(d,
               "(ROOT (S (NP (NNP Trump)) (VP (VBD blocked) (NP (NP (DT the) (NN sale)) (PP (IN to) "
               "(NP (NNP Turkey))))) (. .)))",
               "2019-07-17", "USAGOV TUR 163");
    check_tree(d,
               "(ROOT (S (NP (DT The) (NNP United) (NNPS States)) (VP (VBD barred) (NP (JJ Albanian) "
               "(NNS officials)) (PP (IN from) (S (VP (VBG entering) (NP (DT the) (NN country)))))) (. .)))",
               "2021-05-20", "USA ALBGOV 163");
    /* "came under attack from Y": Y attacked; help to an actor; figures reached, risks foreseen */
    check_tree(d,
               "(ROOT (S (NP (JJ Syrian) (NNS forces)) (VP (VBD came) (PP (IN under) (NP (NN attack))) "
               "(PP (IN from) (NP (NNP Hezbollah)))) (. .)))",
               "2025-03-12", "LBNREB SYRMIL 190");
    check_tree(d,
               "(ROOT (S (NP (DT The) (JJ Israeli) (NN government)) (VP (VBD came) (PP (IN under) "
               "(NP (NN fire))) (PP (IN from) (NP (NNP Washington)))) (. .)))",
               "2024-05-01", "USAGOV ISRGOV 111");
    /* ... or "by Y" */
    check_tree(d,
               "(ROOT (S (NP (JJ Kuwaiti) (NNS tankers)) (VP (VBD came) (PP (IN under) (NP (JJ repeated) "
               "(NN attack))) (PP (IN by) (NP (NNP Iran)))) (. .)))",
               "1987-06-01", "IRN KWT 190");
    check_tree(d,
               "(ROOT (S (NP (JJ Ukrainian) (NNS positions)) (VP (VBD came) (PP (IN under) (NP (JJ heavy) "
               "(NN shelling))) (PP (IN by) (NP (JJ Russian) (NNS forces)))) (. .)))",
               "2024-05-01", "RUSMIL UKR 194");
    check_tree(d,
               "(ROOT (S (NP (NNP India)) (VP (VBD helped) (S (NP (NNP Mauritius)) (VP (VB build) "
               "(NP (DT an) (NN airstrip))))) (. .)))",
               "2024-03-12", "IND MUS 070");
    check_tree(d,
               "(ROOT (S (NP (NP (NN Trade)) (PP (IN between) (NP (NNP China) (CC and) (NNP Mauritius)))) "
               "(VP (VBD hit) (NP (QP ($ $) (CD 1.1) (CD billion)))) (. .)))",
               "2025-03-12", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Europe)) (VP (VBD retaliated) (PP (IN with) (NP (NP (NNS tariffs)) (PP (IN on) "
               "(NP (QP ($ $) (CD 28) (CD billion)) (PP (IN of) (NP (NNP U.S.) (NNS exports)))))))) (. .)))",
               "2025-03-13", "IGOEUREEC USA 163");
    check_tree(d,
               "(ROOT (S (NP (JJ American) (NNS officials)) (VP (VBD warned) (PP (IN of) (NP (NP (DT a) "
               "(JJ possible) (NN resurgence)) (PP (IN of) (NP (NNS attacks))) (PP (IN in) (NP (NNP Iraq)))))) "
               "(. .)))",
               "2024-07-01", "(none)");
    check(d, "(NNP Seoul)", "assessed", "(NNP Pyongyang) (POS 's) (NN arsenal)", "2024-06-28",
          "(none)");
    /* pressing someone urges it; relations established are established */
    check(d, "(NNP Washington)", "pressed", "(NNP Beijing)", "2020-09-15", "USAGOV CHNGOV 020");
    /* "ahead of" or charges named in an appeal leave it an appeal; charges pressed accuse,
     * pressing ahead goes on */
    check_tree(d,
               "(ROOT (S (NP (NNP France)) (VP (VBD called) (PP (IN on) (NP (NNP Turkey))) (S (VP (TO to) "
               "(VP (VB stop) (NP (DT the) (NN operation)) (ADVP (RB ahead)) (PP (IN of) (NP (DT a) "
               "(NN session))))))) (. .)))",
               "2019-10-10", "FRA TUR 020");
    check_tree(d,
               "(ROOT (S (NP (NNP Washington)) (VP (VBD urged) (NP (NNP Moscow)) (S (VP (TO to) (VP (VB drop) "
               "(NP (DT the) (NNS charges)))))) (. .)))",
               "2023-04-01", "USAGOV RUSGOV 020");
    check_tree(d,
               "(ROOT (S (NP (NNP Iran)) (VP (VBD pressed) (NP (NNS charges)) (PP (IN against) (NP (JJ British) "
               "(NNS nationals)))) (. .)))",
               "2023-04-01", "IRN GBR 112");
    check_tree(d,
               "(ROOT (S (NP (NNP Russia)) (VP (VBD pressed) (ADVP (RB ahead)) (PP (IN with) (NP (PRP$ its) "
               "(NN offensive)))) (. .)))",
               "2024-06-01", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Israel) (CC and) (NNP Bahrain)) (VP (VBD established) (NP (JJ "
               "diplomatic) (NNS relations))) (. .)))",
               "2020-09-15", "ISR BHR 050; BHR ISR 050");
    /* a protest lodged, a case filed, rockets fired into a place, troops amassed */
    check_tree(d,
               "(ROOT (S (NP (NNP India)) (VP (VBD lodged) (NP (DT a) (JJ strong) (NN protest)) "
               "(PP (IN with) (NP (NNP China)))) (. .)))",
               "2020-06-17", "IND CHN 114");
    check_tree(d,
               "(ROOT (S (NP (NNP South) (NNP Africa)) (VP (VBD filed) (NP (NP (DT a) (NN case)) "
               "(PP (IN against) (NP (NNP Israel))))) (. .)))",
               "2023-12-29", "ZAF ISR 115");
    check(d, "(NNP Russia)", "amassed", "(NNS troops)", "2022-01-10", "RUS ---MIL 154");
    /* condolences expressed, conveyed or extended, whatever comes between */
    check_tree(d,
               "(ROOT (S (NP (NNP Modi)) (VP (VBD expressed) (NP (PRP$ his) (NNS condolences)) "
               "(PP (IN to) (NP (NNP Russia)))) (. .)))",
               "2024-03-23", "INDGOV RUS 018");
    /* silence on a report is nothing to whoever published it; on a party's demands it is */
    check_tree(d,
               "(ROOT (S (NP (NNP Washington)) (VP (VBD declined) (S (VP (TO to) (VP (VB comment) "
               "(PP (IN on) (NP (NP (NNP Xinhua) (POS 's)) (NN report))))))) (. .)))",
               "2024-05-01", "(none)");
    check_tree(d,
               "(ROOT (S (NP (DT The) (NNP Kremlin)) (VP (VBD declined) (S (VP (TO to) (VP (VB comment) "
               "(PP (IN on) (NP (NP (NNP Ukraine) (POS 's)) (NNS demands))))))) (. .)))",
               "2024-05-01", "RUSGOV UKR 011");
    /* wanting another to act is appealing to it; wanting to act oneself is no appeal, nor
     * is a later "to" ("wanted to cut their stakes to 15 pct") */
    check_tree(d,
               "(ROOT (S (NP (NNP Britain)) (VP (VBZ wants) (S (NP (NNP Japan)) (VP (TO to) "
               "(VP (VB open) (NP (PRP$ its) (NNS markets)))))) (. .)))",
               "2024-05-01", "GBR JPN 020");
    check_tree(d,
               "(ROOT (S (NP (NNP Germany) (CC and) (NNP Belgium)) (VP (VBD wanted) (S (VP (TO to) "
               "(VP (VB cut) (NP (PRP$ their) (NNS stakes)) (PP (IN to) (NP (CD 15) (NN pct))))))) "
               "(. .)))",
               "2024-05-01", "(none)");
    /* a bid backed, in a passive, is the backer's endorsement of whose it is; armed men
     * backed by a state are a standing relation, no event */
    check_tree(d,
               "(ROOT (S (NP (NP (NNP Ukraine) (POS 's)) (NN bid)) (VP (VBD was) (VP (VBN backed) "
               "(PP (IN by) (NP (NNP France))))) (. .)))",
               "2024-05-01", "FRA UKR 051");
    check_tree(d,
               "(ROOT (S (NP (NNP M23) (NNS rebels)) (VP (VBD were) (VP (VBN backed) (PP (IN by) "
               "(NP (NNP Rwanda))))) (. .)))",
               "2024-05-01", "(none)");
    /* support reiterated is support expressed again; "reiterated that ..." stays a verb
     * of saying, its clause coded by its own verb */
    check_tree(d,
               "(ROOT (S (NP (NNP Scholz)) (VP (VBD reiterated) (NP (NP (PRP$ his) (NN support)) "
               "(PP (IN for) (NP (NNP Kyiv))))) (. .)))",
               "2024-05-01", "DEUGOV UKRGOV 051");
    check_tree(d,
               "(ROOT (S (NP (NNP Scholz)) (VP (VBD reiterated) (SBAR (IN that) (S (NP (NNP "
               "Berlin)) (VP (VBD opposed) (NP (DT the) (NN plan)))))) (. .)))",
               "2024-05-01", "(none)");
    /* so is encouraging another to act; encouraging a thing, or being encouraged by
     * news, is no appeal */
    check_tree(d,
               "(ROOT (S (NP (NNP Washington)) (VP (VBD encouraged) (S (NP (NNP Manila)) (VP (TO "
               "to) (VP (VB resist) (NP (JJ Chinese) (NN pressure)))))) (. .)))",
               "2024-05-01", "USAGOV PHLGOV 020");
    check_tree(d,
               "(ROOT (S (NP (NNP China)) (VP (VBZ encourages) (NP (NN investment)) (PP (IN in) "
               "(NP (NNP Kenya)))) (. .)))",
               "2024-05-01", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Kyiv)) (VP (VBD was) (VP (VBN encouraged) (PP (IN by) (NP (NP "
               "(NNP Berlin) (POS 's)) (NNS steps))))) (. .)))",
               "2024-05-01", "(none)");
    /* fighters eliminated are killed; tariffs eliminated are eased */
    check(d, "(JJ Iraqi) (NNS forces)", "eliminated", "(DT the) (NNP Islamic) (NNP State) (NN leader)",
          "2023-03-01", "IRQMIL IMGMUSISIGOV 190");
    check_tree(d,
               "(ROOT (S (NP (NNP Washington)) (VP (VBD eliminated) (NP (NP (NNS tariffs)) (PP (IN on) "
               "(NP (JJ Japanese) (NNS cars))))) (. .)))",
               "2023-03-01", "USAGOV JPN 085");
    /* ... and surpluses or subsidies concern no one, whoever is named after them */
    check_tree(d,
               "(ROOT (S (NP (NNP Japan)) (VP (VBD eliminated) (NP (PRP$ its) (NN trade) (NNS surpluses)) "
               "(PP (IN in) (NP (NP (NN return)) (PP (IN for) (NP (DT a) (NNP U.S.) (NN pledge)))))) (. .)))",
               "1987-03-01", "(none)");
    /* an enemy engaged is fought; engaging with someone or in talks is no fight */
    check(d, "(JJ Ukrainian) (NNS forces)", "engaged", "(JJ Russian) (NNS troops)", "2024-05-01",
          "UKRMIL RUSMIL 190");
    check_tree(d,
               "(ROOT (S (NP (NNP Washington)) (VP (VBD engaged) (PP (IN with) (NP (NNP Beijing)))) "
               "(. .)))",
               "2024-05-01", "USAGOV CHNGOV 040");
    check_tree(d,
               "(ROOT (S (NP (NNP Iran)) (VP (VBD engaged) (PP (IN in) (NP (NN espionage))) "
               "(PP (IN against) (NP (NNP Israel)))) (. .)))",
               "2024-05-01", "(none)");
    /* staff or experts engaged are hired, not fought */
    check_tree(d,
               "(ROOT (S (NP (DT The) (JJ Kenyan) (NN ministry)) (VP (VBD engaged) (S (NP (JJ foreign) "
               "(NNS consultants)) (VP (TO to) (VP (VB review) (NP (DT the) (JJ Chinese) (NN contract)))))) "
               "(. .)))",
               "2024-05-01", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Dhaka)) (VP (VBD engaged) (S (NP (NN navy) (NNS personnel)) (VP (TO to) "
               "(VP (VB load) (NP (NN rice)) (PP (IN onto) (NP (JJ Indian) (NNS ships))))))) (. .)))",
               "1987-06-15", "(none)");
    /* working together is cooperation itself, not an intent to cooperate; on an
     * investigation, judicial cooperation, which both do with one another */
    check_tree(d,
               "(ROOT (S (NP (NNP Turkey)) (VP (VBZ is) (VP (VBG cooperating) (PP (IN with) "
               "(NP (NNP Russia))) (PP (IN in) (NP (NNP Syria))))) (. .)))",
               "2019-11-25", "TUR RUS 050");
    check_tree(d,
               "(ROOT (S (NP (JJ Dutch) (CC and) (JJ Ukrainian) (NNS investigators)) (VP (VBP are) "
               "(VP (VBG cooperating) (PP (IN on) (NP (DT the) (NN investigation))))) (. .)))",
               "2024-10-15", "NLD UKR 063; UKR NLD 063");
    /* joint exercises conducted are military cooperation; a visit begun is a visit */
    check_tree(d,
               "(ROOT (S (NP (NNP India) (CC and) (NNP Russia)) (VP (VBD conducted) (NP (JJ joint) "
               "(JJ naval) (NNS exercises))) (. .)))",
               "2024-03-23", "IND RUS 062; RUS IND 062");
    /* access to bases given or granted is military cooperation, also when the parser
     * joins the receiver and "access" into one phrase; forces given alone are sent */
    check_tree(d,
               "(ROOT (S (NP (NNP Manila)) (VP (VBZ has) (VP (VBN given) (NP (NP (NNP U.S.) "
               "(NNS forces) (NN access)) (NP (PP (IN to) (QP (CD four))) (JJR more) "
               "(JJ military) (NNS bases))))) (. .)))",
               "2024-05-01", "PHLGOV USAMIL 062");
    check_tree(d,
               "(ROOT (S (NP (NNP Djibouti)) (VP (VBD granted) (NP (NP (NNP China) (NN access)) "
               "(PP (IN to) (NP (DT a) (JJ naval) (NN base))))) (. .)))",
               "2024-05-01", "DJI CHN 062");
    check_tree(d,
               "(ROOT (S (NP (NNP Russia)) (VP (VBD began) (NP (NP (DT a) (NN visit)) (PP (IN to) "
               "(NP (NNP Mongolia))))) (. .)))",
               "2024-09-03", "RUS MNG 042; MNG RUS 043");
    /* fighting that breaks out between two is theirs, with one another */
    check_tree(d,
               "(ROOT (S (NP (NNS Clashes)) (VP (VBD broke) (PRT (RP out)) (PP (IN between) "
               "(NP (JJ Armenian) (CC and) (JJ Azerbaijani) (NNS forces)))) (. .)))",
               "2023-04-15", "ARMMIL AZEMIL 190; AZEMIL ARMMIL 190");
    /* a suicide bomber's attack is a suicide bombing */
    check(d, "(DT An) (NNP Islamic) (NNP State) (NN suicide) (NN bomber)", "attacked",
          "(NNP Kabul)", "2021-08-26", "IMGMUSISIUAF AFGGOV 1831");
    /* what warplanes or gunships destroy is attacked in arms; homes troops demolish
     * are property destroyed */
    check(d, "(JJ Iraqi) (NNS planes)", "destroyed", "(NN oil) (NNS installations) (IN in) (NNP Iran)",
          "1987-06-01", "IRQ IRN 195");
    check(d, "(NNP U.S.) (NNS helicopters)", "destroyed", "(CD three) (JJ Iranian) (NNS gunboats)",
          "1987-06-01", "USA IRNMIL 190");
    check(d, "(JJ Israeli) (NNS troops)", "demolished", "(NNS homes) (IN in) (NNP Gaza)",
          "2024-05-01", "ISRMIL PSE 1712");
    /* a well drilled is no drill; troops drilling near a party are */
    check(d, "(JJ American) (NNS firms)", "drilled", "(NNS wells) (IN in) (NNP Mexico)", "1987-05-01",
          "(none)");
    check(d, "(JJ Chinese) (NNS troops)", "drilled", "(IN near) (NNP Taiwan)", "2024-05-01",
          "CHNMIL TWN 150");
    /* what a pact provides for is stipulated, given to no one */
    check_tree(d,
               "(ROOT (S (NP (DT The) (NNP Tokyo) (NN accord)) (VP (VBD provided) (PP (IN for) (NP (NP (DT the) "
               "(NN enlargement)) (PP (IN of) (NP (DT the) (NN group))) (PP (TO to) (NP (NNP Italy)))))) "
               "(. .)))",
               "1987-05-01", "(none)");
    /* what is reinforced or massed says whether it is force */
    check(d, "(JJ Soviet) (NNS tankers)", "reinforced", "(NNP Kuwait) (POS 's) (NN fleet)",
          "1987-06-01", "(none)");
    check(d, "(NNP Israel)", "reinforced", "(PRP$ its) (NNS forces) (IN near) (NNP Lebanon)",
          "2024-05-01", "ISR LBNMIL 154");
    /* joining a party in seeking aid gives it none */
    check_tree(d,
               "(ROOT (S (NP (DT The) (NNPS Philippines)) (VP (VBD joined) (NP (NNP Brazil)) (PP (IN in) "
               "(S (VP (VBG seeking) (NP (NN interest) (NN relief)))))) (. .)))",
               "1987-03-01", "(none)");
    /* a pact honoured is kept; the dead honoured are mourned */
    check(d, "(NNP Japan)", "honored", "(DT the) (NN pact) (IN with) (NNP Chile)", "1987-05-01",
          "(none)");
    check(d, "(NNP France)", "honoured", "(DT the) (NNS victims) (IN in) (NNP Turkey)",
          "2024-05-01", "FRA TUR 017");
    /* a market's fall hits no one with arms, nor is a rival's sale fought so */
    check_tree(d,
               "(ROOT (S (NP (NP (DT A) (NN collapse)) (PP (IN in) (NP (JJ American) (NN stock) "
               "(NNS prices)))) (VP (VBD hit) (NP (JJ Japanese) (NNS investors))) (. .)))",
               "1987-10-30", "(none)");
    check(d, "(NNP Washington)", "fought", "(DT the) (JJ Japanese) (NN sale) (IN of) (NNP Fairchild)",
          "1987-03-16", "(none)");
    check(d, "(JJ Iraqi) (NNS warplanes)", "hit", "(CD two) (JJ Iranian) (NNS tankers)",
          "1987-05-01", "IRQMIL IRN 190");
    /* attacking a decision, a newspaper or critics is done with words */
    check(d, "(NNP Russia)", "attacked", "(NNP Germany) (POS 's) (NN decision)", "2024-05-20",
          "RUS DEU 111");
    /* a truce between two that takes effect is theirs, with one another */
    check_tree(d,
               "(ROOT (S (NP (NP (DT A) (NN ceasefire)) (PP (IN between) (NP (NNP Israel) (CC and) "
               "(NNP Hezbollah)))) (VP (VBD took) (NP (NN effect))) (. .)))",
               "2024-11-27", "ISR LBNREB 0871; LBNREB ISR 0871");
    /* what is sent decides before where it goes */
    check_tree(d,
               "(ROOT (S (NP (NNP Russia)) (VP (VBD sent) (NP (NNS condolences)) (PP (IN to) "
               "(NP (NNP Iran)))) (. .)))",
               "2024-05-20", "RUS IRN 018");
    check_tree(d,
               "(ROOT (S (NP (NNP China)) (VP (VBD sent) (NP (DT an) (NN envoy)) (PP (IN to) "
               "(NP (NNP Iran)))) (. .)))",
               "2024-05-20", "CHN IRN 040");
    check_tree(d,
               "(ROOT (S (NP (NNP China)) (VP (VBD sent) (NP (NNS parcels)) (PP (IN to) "
               "(NP (NNP Iran)))) (. .)))",
               "2024-05-20", "CHN IRN 070");
    /* a response to an announcement answers words, even words of an attack */
    check_tree(d,
               "(ROOT (S (NP (NNP Ukraine)) (VP (VBD was) (VP (VBG responding) (PP (TO to) "
               "(NP (NP (NP (NNP Russia) (POS 's)) (NN announcement)) (SBAR (IN that) (S (NP "
               "(PRP it)) (VP (VBD had) (VP (VBN opened) (NP (DT an) (NN offensive)))))))))) "
               "(. .)))",
               "2024-05-20", "(none)");
    /* a taste of one's own medicine given is retaliation, not medical aid */
    check_tree(d,
               "(ROOT (S (NP (NNP Canada)) (VP (VBD gave) (NP (NNP Mexico)) (NP (NP (DT a) "
               "(NN taste)) (PP (IN of) (NP (PRP$ its) (JJ own) (NN medicine))))) (. .)))",
               "2024-05-20", "(none)");
    /* ... and trade or paperwork is no aid */
    check_tree(d,
               "(ROOT (S (NP (NNP China)) (VP (VBD shipped) (NP (NNS goods)) (PP (IN to) "
               "(NP (NNP Iran)))) (. .)))",
               "2024-05-20", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Japan)) (VP (VBD sent) (NP (DT a) (NN questionnaire)) (PP (IN to) "
               "(NP (NNP Iran)))) (. .)))",
               "2024-05-20", "(none)");
    /* ... nor are tonnes or barrels shipped or supplied, unless as aid; a mission sent
     * goes as a delegation does */
    check_tree(d,
               "(ROOT (S (NP (NNP Peru)) (VP (VBD shipped) (NP (CD 96,000) (NNS tonnes)) (PP (TO to) "
               "(NP (NNP Japan)))) (. .)))",
               "2024-05-20", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Britain)) (VP (VBD shipped) (NP (NP (CD 500) (NNS tonnes)) (PP (IN of) "
               "(NP (NN food) (NN aid)))) (PP (TO to) (NP (NNP Sudan)))) (. .)))",
               "2024-05-20", "GBR SDN 073");
    check_tree(d,
               "(ROOT (S (NP (NNP Taiwan)) (VP (VBD sent) (NP (DT a) (NN trade) (NN mission)) (PP (TO to) "
               "(NP (NNP Chile)))) (. .)))",
               "2024-05-20", "TWN CHL 040");
    /* ... nor is a say, a leave or a chance given or granted */
    check_tree(d,
               "(ROOT (S (NP (NNP Canada)) (VP (VBD gave) (NP (JJ top) (NN priority)) (PP (TO to) "
               "(NP (NP (PRP$ its) (NNS talks)) (PP (IN with) (NP (NNP Chile)))))) (. .)))",
               "2024-05-20", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Japan)) (VP (VBD granted) (NP (NNP Peru)) (NP (NP (DT an) "
               "(NN option)) (S (VP (TO to) (VP (VB buy) (NP (DT the) (NNS ships))))))) (. .)))",
               "2024-05-20", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Spain)) (VP (VBD provided) (NP (NP (JJ new) (NN impetus)) (PP (IN for) "
               "(NP (NP (DT the) (NNS talks)) (PP (IN with) (NP (NNP Morocco))))))) (. .)))",
               "2024-05-20", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Spain)) (VP (VBD provided) (NP (NNS funds)) (PP (TO to) "
               "(NP (NNP Morocco)))) (. .)))",
               "2024-05-20", "ESP MAR 071");
    /* telling someone in a phone call is a call with them */
    check_tree(d,
               "(ROOT (S (NP (NNP Wang) (NNP Yi)) (VP (VBD told) (NP (PRP$ his) (JJ Iranian) "
               "(NN counterpart)) (PP (IN in) (NP (DT a) (NN phone) (NN call)))) (. .)))",
               "2022-01-01", "CHNGOV IRN 041; IRN CHNGOV 041");
    /* demonstrating a quality is no protest; demonstrating against someone is */
    check(d, "(NNP France)", "demonstrated", "(PRP$ its) (NN resolve)", "2024-06-28", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNS Protesters)) (VP (VBD demonstrated) (PP (IN against) "
               "(NP (DT the) (NNP Kremlin)))) (. .)))",
               "2024-06-28", "---OPP RUSGOV 141");
    /* nor is demonstrating a confidence or a faith */
    check(d, "(NNP France)", "demonstrated", "(PRP$ its) (NN confidence)", "2024-06-28", "(none)");
    /* armed men entering or crossing into a place; ties ended; sanctions adopted; deals
     * reached; calls had; troops leaving */
    check(d, "(NNP Taliban) (NNS fighters)", "entered", "(NNP Kabul)", "2021-08-14",
          "AFGREB AFGGOV 192");
    check_tree(d,
               "(ROOT (S (NP (JJ Ukrainian) (NNS forces)) (VP (VBD crossed) (PP (IN into) "
               "(NP (NNP Russia)))) (. .)))",
               "2024-08-06", "UKRMIL RUS 192");
    check_tree(d,
               "(ROOT (S (NP (NNP Washington)) (VP (VBD terminated) (NP (NP (PRP$ its) (NN relationship)) "
               "(PP (IN with) (NP (DT the) (NNP World) (NNP Health) (NNP Organization))))) (. .)))",
               "2020-05-29", "USAGOV IGOUNOHLHWHO 161");
    check_tree(d,
               "(ROOT (S (NP (DT The) (NNP European) (NNP Union)) (VP (VBD adopted) (NP (NP (NNS sanctions)) "
               "(PP (IN against) (NP (NNP Russia))))) (. .)))",
               "2023-06-23", "IGOEUREEC RUS 163");
    check_tree(d,
               "(ROOT (S (NP (DT The) (NNP IMF)) (VP (VBD reached) (NP (NP (DT an) (NN agreement)) "
               "(PP (IN with) (NP (NNP Pakistan))))) (. .)))",
               "2024-07-12", "IGOBUSIMF PAK 057");
    check_tree(d,
               "(ROOT (S (NP (NNP Zelensky)) (VP (VBD had) (NP (NP (DT a) (NN phone) (NN call)) "
               "(PP (IN with) (NP (NNP Trump))))) (. .)))",
               "2025-03-01", "UKRGOV USAGOV 041; USAGOV UKRGOV 041");
    check_tree(d,
               "(ROOT (S (NP (NNP Russia)) (VP (VBZ has) (VP (VBN called) (PP (IN for) (NP (NP (NNS talks)) "
               "(PP (IN with) (NP (NNP Ukraine))))))) (. .)))",
               "2024-05-01", "RUS UKR 026");
    /* a call held or had "with" someone is a telephone call; talks and a meeting gone
     * into are held (a press conference gone into meets no one); an attack staged is
     * made */
    check_tree(d,
               "(ROOT (S (NP (NNP Blinken)) (VP (VBD held) (NP (NP (DT a) (NN call)) (PP (IN with) "
               "(NP (NNP Erdogan))))) (. .)))",
               "2024-06-01", "USAGOV TURGOV 041; TURGOV USAGOV 041");
    check_tree(d,
               "(ROOT (S (NP (NNP Modi)) (VP (VBD had) (NP (NP (DT a) (NN call)) (PP (IN with) "
               "(NP (NNP Putin))))) (. .)))",
               "2024-06-01", "INDGOV RUSGOV 041; RUSGOV INDGOV 041");
    check_tree(d,
               "(ROOT (S (NP (NNP Lavrov)) (VP (VBD went) (PP (IN into) (NP (NP (NNS talks)) (PP (IN "
               "with) (NP (NNP Wang) (NNP Yi)))))) (. .)))",
               "2024-06-01", "RUSGOV CHNGOV 046");
    check_tree(d,
               "(ROOT (S (NP (NNP Shultz)) (VP (VBD went) (PP (IN into) (NP (NP (DT a) (NN meeting)) "
               "(PP (IN with) (NP (NNP Shevardnadze)))))) (. .)))",
               "1987-04-13", "USAGOV SUNGOV 040");
    check_tree(d,
               "(ROOT (S (NP (DT The) (NN president)) (VP (VBD went) (PP (IN into) (NP (DT a) (NN "
               "press) (NN conference)))) (PP (IN with) (NP (NNP Japan))) (. .)))",
               "1987-04-13", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Russia)) (VP (VBD staged) (NP (NP (DT a) (JJ massive) (NN attack)) "
               "(PP (IN on) (NP (NNP Ukraine))))) (. .)))",
               "2024-06-01", "RUS UKR 190");
    /* threats issued or launched are made */
    check_tree(d,
               "(ROOT (S (NP (NNP Iran)) (VP (VBD launched) (NP (NP (DT a) (NN stream)) (PP (IN of) "
               "(NP (NP (NNS threats)) (PP (IN against) (NP (NNP Israel))))))) (. .)))",
               "2024-06-01", "IRN ISR 130");
    check_tree(d,
               "(ROOT (S (NP (NNP Iran)) (VP (VBD issued) (NP (NP (JJ new) (NNS threats)) (PP (IN "
               "against) (NP (NNP Israel))))) (. .)))",
               "2024-06-01", "IRN ISR 130");
    check(d, "(NNP U.S.) (NNS troops)", "left", "(NNP Afghanistan)", "2021-08-30", "USAMIL AFG 0874");
    /* counter-insurgency verbs; rebuffs; curbs */
    check_tree(d,
               "(ROOT (S (NP (NNP Kenya)) (VP (VBD flushed) (PRT (RP out)) (NP (NNP al-Shabab) (NNS fighters))) "
               "(. .)))",
               "2015-09-01", "KEN SOMREB 190");
    check_tree(d,
               "(ROOT (S (NP (NNP Moscow)) (VP (VBD brushed) (PRT (RP aside)) (NP (NP (NNP Washington) "
               "(POS 's)) (NN offer))) (. .)))",
               "2024-05-01", "RUSGOV USAGOV 127");
    check_tree(d,
               "(ROOT (S (NP (NNP Japan)) (VP (VBD curbed) (NP (NP (NNS exports)) (PP (IN to) "
               "(NP (NNP South) (NNP Korea))))) (. .)))",
               "2019-07-04", "JPN KOR 163");
    /* a pipeline from X halted; banks excluded from SWIFT */
    check_tree(d,
               "(ROOT (S (NP (NNP Scholz)) (VP (VBD halted) (NP (NP (DT the) (NN pipeline)) (PP (IN from) "
               "(NP (NNP Russia))))) (. .)))",
               "2022-02-22", "DEUGOV RUS 160");
    check_tree(d,
               "(ROOT (S (NP (NNP Britain)) (VP (VBD excluded) (NP (JJ Russian) (NNS banks)) (PP (IN from) "
               "(NP (NNP SWIFT)))) (. .)))",
               "2022-02-26", "GBR RUSBUS 163");
    /* a trade balance cut is no trade cut (CUT's {TRADE SURPLUS} ...), trade cut is */
    check_tree(d,
               "(ROOT (S (NP (NNP South) (NNP Korea)) (VP (VBD cut) (NP (NP (PRP$ its) (NN trade) "
               "(NN surplus)) (PP (IN with) (NP (DT the) (NNP United) (NNPS States))))) (. .)))",
               "2024-05-01", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Congress)) (VP (VBD reduced) (NP (DT the) (NNP U.S.) (NN trade) "
               "(NN deficit)) (PP (IN with) (NP (NNP Japan)))) (. .)))",
               "2024-05-01", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP China)) (VP (VBD cut) (NP (NN trade)) (PP (IN with) (NP (NNP "
               "Lithuania)))) (. .)))",
               "2024-05-01", "CHN LTU 163");
    /* an estimate or a forecast of exports cut is no trade cut; exports cut are */
    check_tree(d,
               "(ROOT (S (NP (NNP Japan)) (VP (VBD lowered) (NP (NP (PRP$ its) (NN estimate)) (PP "
               "(IN of) (NP (JJ Chinese) (NN rice) (NNS exports))))) (. .)))",
               "2024-05-01", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Japan)) (VP (VBD cut) (NP (NP (PRP$ its) (NN forecast)) (PP (IN "
               "of) (NP (JJ Chinese) (NN rice) (NNS exports))))) (. .)))",
               "2024-05-01", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Japan)) (VP (VBD cut) (NP (NP (NN rice) (NNS exports)) (PP (IN "
               "to) (NP (NNP China))))) (. .)))",
               "2024-05-01", "JPN CHN 163");
    /* a list of controlled exports cut eases controls: no trade cut */
    check_tree(d,
               "(ROOT (S (NP (NNP Japan)) (VP (VBD cut) (NP (NP (DT the) (NN list)) (PP (IN of) "
               "(NP (JJ controlled) (NNS exports)))) (PP (IN to) (NP (NNP China)))) (. .)))",
               "2024-05-01", "(none)");
    /* trade reprisals or a trade bill promised are no trade promised; trade is */
    check_tree(d,
               "(ROOT (S (NP (NNP Congress)) (VP (VBD pledged) (NP (NP (JJ further) (NN trade) (NNS "
               "reprisals)) (PP (IN against) (NP (NNP Japan))))) (. .)))",
               "2024-05-01", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Canada)) (VP (VBD proposed) (NP (NP (DT a) (NN trade) (NN bill)) "
               "(PP (IN with) (NP (NNP Mexico))))) (. .)))",
               "2024-05-01", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Japan)) (VP (VBD pledged) (NP (NP (JJR more) (NN trade)) (PP (IN "
               "with) (NP (NNP China))))) (. .)))",
               "2024-05-01", "JPN CHN 0311");
    /* inquiries or a reception received are no guests hosted; a visitor is */
    check_tree(d,
               "(ROOT (S (NP (NNP Japan)) (VP (VBD received) (NP (NP (NNS inquiries)) (PP (IN from) "
               "(NP (NNP Canada))))) (. .)))",
               "2024-05-01", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP France)) (VP (VBD received) (NP (NP (DT a) (JJ cool) (NN reception)) "
               "(PP (IN from) (NP (NNP Germany))))) (. .)))",
               "2024-05-01", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP France)) (VP (VBD received) (NP (DT the) (JJ German) (NN foreign) "
               "(NN minister))) (. .)))",
               "2024-05-01", "FRA DEUGOV 043; DEUGOV FRA 042");
    /* an approval or a permission received is a leave given, no guest hosted */
    check_tree(d,
               "(ROOT (S (NP (NNP Britain)) (VP (VBD received) (NP (NP (NN approval)) (PP (IN from) "
               "(NP (NP (NNP Japan) (POS 's)) (NNP Finance) (NNP Ministry))))) (. .)))",
               "2024-05-01", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Italy)) (VP (VBD received) (NP (NP (NN permission)) (PP (IN from) "
               "(NP (NNP Austria))))) (. .)))",
               "2024-05-01", "(none)");
    /* words responded to are no criticism by themselves; attacked, they are */
    check_tree(d,
               "(ROOT (S (NP (DT The) (NNP United) (NNPS States)) (VP (VBD responded) (PP (TO to) (NP "
               "(NP (JJ Iranian) (NN rhetoric))) (PP (IN with) (NP (NNS assurances))))) (. .)))",
               "2024-05-01", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP France)) (VP (VBD responded) (PP (TO to) (NP (NP (NNP Germany) (POS "
               "'s)) (NNS remarks)))) (. .)))",
               "2024-05-01", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP China)) (VP (VBD attacked) (NP (NP (NNP Japan) (POS 's)) (NNS "
               "remarks))) (. .)))",
               "2024-05-01", "CHN JPN 111");
    /* aid extended is aid given, whatever it is meant to support */
    check_tree(d,
               "(ROOT (S (NP (NNP China)) (VP (VBD extended) (NP (DT a) (NN loan)) (PP (TO to) (NP "
               "(NNP Pakistan))) (S (VP (TO to) (VP (VB support) (NP (PRP$ its) (NNS reserves)))))) "
               "(. .)))",
               "2024-05-01", "CHN PAK 071");
    check_tree(d,
               "(ROOT (S (NP (NNP Japan)) (VP (VBD extended) (NP (NNP Sri) (NNP Lanka)) (NP (DT a) "
               "(NN loan))) (. .)))",
               "2024-05-01", "JPN LKA 071");
    /* troops or soldiers given are given to someone named: a military word deep in the
     * phrase names no such gift ("housing for the families of Malian soldiers") */
    check_tree(d,
               "(ROOT (S (NP (NNP Canada)) (VP (VBD funded) (NP (NN housing)) (PP (IN for) "
               "(NP (NP (NNS families)) (PP (IN of) (NP (JJ Malian) (NNS soldiers)))))) (. .)))",
               "2024-05-01", "CAN MLICVLMIL 070");
    check_tree(d,
               "(ROOT (S (NP (NNP Britain)) (VP (VBD provided) (NP (NNS troops)) (PP (IN to) "
               "(NP (NNP Estonia)))) (. .)))",
               "2024-05-01", "GBR EST 154");
    /* sanctions relief is no aid */
    check_tree(d,
               "(ROOT (S (NP (NNP Washington)) (VP (VBD provided) (NP (NNP Tehran)) (PP (IN with) "
               "(NP (NNS sanctions) (NN relief)))) (. .)))",
               "2015-07-14", "USAGOV IRNGOV 085");
    /* a demand to drop tariffs; a chemical attack; a capital captured while its president
     * fled; protesters gathering */
    check_tree(d,
               "(ROOT (S (NP (NNP Trump)) (VP (VBD demanded) (SBAR (IN that) (S (NP (NNP Ottawa)) "
               "(VP (VB drop) (NP (PRP$ its) (NNS tariffs)))))) (. .)))",
               "2025-03-11", "USAGOV CANGOV 1054");
    /* a siege or blockade asked to end is no siege laid (191), in a clause or as "an
     * end to" */
    check_tree(d,
               "(ROOT (S (NP (NNP Qatar)) (VP (VBD demanded) (SBAR (IN that) (S (NP (NNP Israel)) "
               "(VP (VB lift) (NP (NP (PRP$ its) (NN siege)) (PP (IN of) (NP (NNP Gaza)))))))) (. .)))",
               "2024-03-11", "QAT ISR 105");
    check_tree(d,
               "(ROOT (S (NP (NNP Turkey)) (VP (VBD demanded) (NP (NP (DT an) (NN end)) (PP (IN to) "
               "(NP (NP (NNP Russia) (POS 's)) (NN blockade))))) (. .)))",
               "2022-06-01", "TUR RUS 105");
    /* a verdict after "dismissed" names what is rejected, even when a minister's claim
     * follows it; another's concerns dismissed are rejected towards whoever holds them */
    check_tree(d,
               "(ROOT (S (NP (NNP Ankara)) (VP (VBD dismissed) (ADJP (RB as) (JJ absurd)) (NP (NP "
               "(NNP Prime) (NNP Minister) (NNP Kyriakos) (NNP Mitsotakis) (POS 's)) (NN claim))) (. .)))",
               "2024-03-11", "TURGOV GRCGOV 120");
    check_tree(d,
               "(ROOT (S (NP (NNP Moscow)) (VP (VBD dismissed) (NP (NP (NNP Washington) (POS 's)) "
               "(NNS concerns))) (. .)))",
               "2024-03-11", "RUSGOV USAGOV 120");
    /* a bid held up by a state is blocked by it; traffic held up is no one's act */
    check_tree(d,
               "(ROOT (S (NP (NP (NNP Finland) (POS 's)) (NN bid)) (VP (VBD was) (VP (VBN held) "
               "(RP up) (PP (IN by) (NP (NNP Hungary))))) (. .)))",
               "2023-03-11", "HUN FIN 129");
    check_tree(d,
               "(ROOT (S (NP (JJ Heavy) (NN snow)) (VP (VBD held) (PRT (RP up)) (NP (NN traffic))) "
               "(. .)))",
               "2023-03-11", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NP (DT A) (JJ chemical) (NN attack)) (PP (IN by) (NP (JJ Syrian) (NNS forces)))) "
               "(VP (VBD killed) (NP (JJ Syrian) (NNS civilians))) (. .)))",
               "2018-04-08", "SYRMIL SYRCVL 2041");
    check_tree(d,
               "(ROOT (S (NP (JJ Syrian) (NNS rebels)) (VP (VBD captured) (NP (NNP Damascus)) (CC and) "
               "(NP (NNP President) (NNP Assad)) (VP (VBD fled))) (. .)))",
               "2024-12-08", "SYRREB SYRGOV 192");
    check_tree(d,
               "(ROOT (S (NP (NNS Protesters)) (VP (VBD gathered) (PP (IN outside) (NP (NNP Istanbul) "
               "(NN city) (NN hall)))) (. .)))",
               "2025-03-20", "---OPP TUR 141");
    /* accusations traded or exchanged go both ways, and are no trade; so does what
     * "each" of several did to "the other" */
    check_tree(d,
               "(ROOT (S (NP (NNP Armenia) (CC and) (NNP Azerbaijan)) (VP (VBD traded) (NP (NNS "
               "accusations)) (PP (IN over) (NP (DT the) (NN border)))) (. .)))",
               "2023-09-20", "ARM AZE 112; AZE ARM 112");
    check_tree(d,
               "(ROOT (S (NP (NNP Israel) (CC and) (NNP Hamas)) (VP (VBD traded) (NP (NN blame)) "
               "(PP (IN for) (NP (NP (DT the) (NN failure)) (PP (IN of) (NP (DT the) (NNS talks)))))) "
               "(. .)))",
               "2024-06-01", "ISR PSEREB 112; PSEREB ISR 112");
    check_tree(d,
               "(ROOT (S (NP (NNP Serbia) (CC and) (NNP Kosovo)) (VP (VBD exchanged) (NP (NNS "
               "allegations)) (PP (IN over) (NP (DT the) (NN attack)))) (. .)))",
               "2023-09-25", "SRB KSV 112; KSV SRB 112");
    check_tree(d,
               "(ROOT (S (NP (NP (NNP India) (CC and) (NNP Pakistan)) (NP (DT each))) (VP (VBD blamed) "
               "(NP (DT the) (JJ other)) (PP (IN for) (NP (DT the) (NN escalation)))) (. .)))",
               "2025-05-08", "IND PAK 1123; PAK IND 1123");
    check_tree(d,
               "(ROOT (S (NP (NNP Peru) (CC and) (NNP Chile)) (NP (DT each)) (VP (VBD laid) (NP (DT "
               "the) (NN blame)) (PP (IN on) (ADJP (DT the) (JJ other)))) (. .)))",
               "1987-03-02", "PER CHL 112; CHL PER 112");
    /* what someone else proposed, warned or wrote, dismissed, is rejected */
    check(d, "(NNP Iran)", "dismissed", "(NP (NNP Washington) (POS 's)) (NNS warnings)",
          "2024-05-01", "IRN USAGOV 120");
    check(d, "(NNP Israel)", "dismissed", "(DT the) (JJ Egyptian) (NN plan)", "2024-05-01",
          "ISR EGY 120");
    /* fighting told by its outcome: losses inflicted, an assault beaten back, an
     * ultimatum given as a time to act */
    check_tree(d,
               "(ROOT (S (NP (JJ Ukrainian) (NNS troops)) (VP (VBD inflicted) (NP (NP (JJ heavy) "
               "(NNS losses)) (PP (IN on) (NP (JJ Russian) (NNS forces))))) (. .)))",
               "2024-05-01", "UKRMIL RUSMIL 190");
    check_tree(d,
               "(ROOT (S (NP (JJ Iraqi) (NNS forces)) (VP (VBD beat) (ADVP (RB back) (NP (DT the) "
               "(JJ Iranian) (NNS thrusts)))) (. .)))",
               "2024-05-01", "IRQMIL IRN 190");
    check_tree(d,
               "(ROOT (S (NP (NNP Trump)) (VP (VBD gave) (NP (NNP Putin)) (NP (CD 50) (NNS days))) "
               "(. .)))",
               "2025-07-14", "USAGOV RUSGOV 139");
    /* talks had with someone are a meeting, as a meeting had is */
    check_tree(d,
               "(ROOT (S (NP (NNP Erdogan)) (VP (VBD had) (NP (NP (NNS discussions)) (PP (IN with) "
               "(NP (NNP Putin))))) (. .)))",
               "2024-05-01", "TURGOV RUSGOV 040");
    /* a visit set out on is a visit; penalties imposed are sanctions */
    check_tree(d,
               "(ROOT (S (NP (NNP Modi)) (VP (VBZ leaves) (PP (IN on) (NP (NP (DT a) (NN visit)) "
               "(PP (IN to) (NP (NNP Washington)))))) (. .)))",
               "2024-05-01", "INDGOV USAGOV 042; USAGOV INDGOV 043");
    check_tree(d,
               "(ROOT (S (NP (NNP Macron)) (VP (VBD embarked) (PP (IN on) (NP (NP (DT a) (NN state) "
               "(NN visit)) (PP (IN to) (NP (NNP India)))))) (. .)))",
               "2024-05-01", "FRAGOV IND 042; IND FRAGOV 043");
    check_tree(d,
               "(ROOT (S (NP (NNP Japan)) (VP (VBD imposed) (NP (NP (NNS penalties)) (PP (IN on) "
               "(NP (NNP China))))) (. .)))",
               "2024-05-01", "JPN CHN 163");
    /* talks agreed to are an intent to negotiate, not the deal or truce they are about */
    check_tree(d,
               "(ROOT (S (NP (DT The) (NNP EU)) (VP (VBD agreed) (PP (TO to) (NP (NP (JJ open) "
               "(NNS negotiations)) (PP (IN on) (NP (NP (DT a) (NN trade) (NN pact)) (PP (IN with) "
               "(NP (NNP India)))))))) (. .)))",
               "2024-05-01", "IGOEUREEC IND 036");
    check_tree(d,
               "(ROOT (S (NP (NNP Israel)) (VP (VBD agreed) (PP (IN to) (NP (NP (NNS talks)) (PP (IN "
               "with) (NP (NNP Hamas))))) (PP (IN on) (NP (DT a) (NN ceasefire)))) (. .)))",
               "2024-05-01", "ISR PSEREB 036");
    check_tree(d,
               "(ROOT (S (NP (NNP Israel)) (VP (VBD agreed) (PP (IN to) (NP (DT a) (NN ceasefire)) "
               "(PP (IN with) (NP (NNP Hamas))))) (. .)))",
               "2024-05-01", "ISR PSEREB 0871");
    /* sport is discarded */
    check_tree(d,
               "(ROOT (S (NP (NNP Spain)) (VP (VBD beat) (NP (NNP Italy)) (PP (IN in) "
               "(NP (DT the) (NNP Champions) (NNP League)))) (. .)))",
               "2024-05-01", "(none)");
    /* disappointment expressed over a party's act is criticism of that party, as
     * dissatisfaction is */
    check_tree(d,
               "(ROOT (S (NP (NNP India)) (VP (VBD expressed) (NP (NN disappointment)) "
               "(PP (IN over) (NP (NP (NNP Pakistan) (POS 's)) (NN decision)))) (. .)))",
               "2024-05-01", "IND PAK 111");
    /* concern conveyed to a party or raised with it, words of degree or not, criticises
     * it; concerns raised about a thing are worry */
    check_tree(d,
               "(ROOT (S (NP (NNP Australia)) (VP (VBD conveyed) (NP (PRP$ its) (NN concern)) (PP (IN to) "
               "(NP (JJ Indian) (NNS officials)))) (. .)))",
               "2023-09-20", "AUS INDGOV 111");
    check_tree(d,
               "(ROOT (S (NP (NNP India)) (VP (VBD raised) (NP (JJ strong) (NNS concerns)) (PP (IN with) "
               "(NP (NNP Canada)))) (. .)))",
               "2023-09-20", "IND CAN 111");
    check_tree(d,
               "(ROOT (S (NP (NNP India)) (VP (VBD raised) (NP (NP (JJ serious) (NNS concerns)) (PP (IN "
               "about) (NP (NNP Canada))))) (. .)))",
               "2023-09-20", "IND CAN 012");
    /* criticism a party's act drew from another is that one's criticism of the party */
    check_tree(d,
               "(ROOT (S (NP (NP (NNP Turkey) (POS 's)) (NN decision)) (VP (VBD drew) (NP (NP "
               "(JJ sharp) (NN criticism)) (PP (IN from) (NP (NNP Greece))))) (. .)))",
               "2024-05-01", "GRC TUR 111");
    /* a party's act judged misguided (antiquated, troubling ...) by another */
    check_tree(d,
               "(ROOT (S (NP (NNP Germany)) (VP (VBD said) (SBAR (S (NP (NP (NNP Italy) (POS 's)) "
               "(NN budget) (NN plan)) (VP (VBD was) (ADJP (JJ misguided)))))) (. .)))",
               "2024-05-01", "DEU ITA 111");
    /* ... so is condemnation it was met with */
    check_tree(d,
               "(ROOT (S (NP (NP (NNP Israel) (POS 's)) (NN decision)) (VP (VBD was) (VP (VBN "
               "met) (PP (IN with) (NP (NP (NN condemnation)) (PP (IN from) (NP (NNP "
               "Jordan))))))) (. .)))",
               "2024-05-01", "JOR ISR 111");
    /* a party's act called a slap in the face */
    check_tree(d,
               "(ROOT (S (NP (NNP Canada)) (VP (VBD called) (NP (NP (NNP Washington) (POS 's)) "
               "(NN decision)) (NP (NP (DT a) (NN slap)) (PP (IN in) (NP (DT the) (NN face))))) "
               "(. .)))",
               "2024-05-01", "CAN USAGOV 111");
    /* ... a stab in the back, an act of terrorism, treasonous */
    check_tree(d,
               "(ROOT (S (NP (NNP Lithuania)) (VP (VBD called) (NP (NP (NP (NNP Belarus) (POS 's)) (NN "
               "move)) (NP (NP (DT an) (NN act)) (PP (IN of) (NP (NN state) (NN terrorism)))))) (. .)))",
               "2021-05-24", "LTU BLR 111");
    check_tree(d,
               "(ROOT (S (NP (NNP Abbas)) (VP (VBD called) (NP (NP (NNP Bahrain) (POS 's)) (NN deal)) "
               "(NP (NP (DT a) (NN stab)) (PP (IN in) (NP (DT the) (NN back))))) (. .)))",
               "2020-09-15", "PSEGOV BHR 111");
}

/* The measures modern news reports most, in sentences of our own: tariffs, levies and
 * duties imposed, raised, cut, paused or exempted; sanctions lifted; expulsions. */
static void test_measures(const dyad_dict *d)
{
    /* tariffs cut or lowered, and trade barriers reduced, are eased */
    check_tree(d,
               "(ROOT (S (NP (NNP China)) (VP (VBD cut) (NP (NP (NNS tariffs)) (PP (IN on) "
               "(NP (JJ American) (NNS cars))))) (. .)))",
               "2025-05-01", "CHN USA 085");
    check_tree(d,
               "(ROOT (S (NP (NNP Japan)) (VP (MD will) (VP (VB reduce) (NP (NP (NN trade) "
               "(NNS barriers)) (PP (IN against) (NP (JJ American) (NNS goods)))))) (. .)))",
               "1987-05-01", "JPN USA 085");
    check_tree(d,
               "(ROOT (S (NP (NNP Japan)) (VP (VBD cut) (NP (NP (PRP$ its) (NNS restrictions)) "
               "(PP (IN on) (NP (JJ American) (NN beef) (NNS imports))))) (. .)))",
               "1987-05-01", "JPN USA 085");
    /* sanctions announced lifted are eased; tariffs announced against a country after a
     * day still hit it; tariff cuts on no one's goods are no measure */
    check_tree(d,
               "(ROOT (S (NP (NNP Washington)) (VP (VBD announced) (NP (NP (DT the) (NN "
               "lifting)) (PP (IN of) (NP (NP (NNS sanctions)) (PP (IN on) (NP (NNP "
               "Syria))))))) (. .)))",
               "2025-05-01", "USAGOV SYR 085");
    check_tree(d,
               "(ROOT (S (NP (NNP India)) (VP (VBD announced) (NP (NP (JJ retaliatory) (NNS "
               "tariffs)) (PP (IN against) (NP (DT the) (NNP United) (NNPS States)))) (PP (IN "
               "on) (NP (NNP Sunday)))) (. .)))",
               "2019-06-16", "IND USA 163");
    check_tree(d,
               "(ROOT (S (NP (NNP Taiwan)) (VP (VBD announced) (NP (NN tariff) (NNS cuts)) "
               "(PP (IN on) (NP (NP (CD 800) (JJ imported) (NNS products)) (ADVP (RB ahead)) "
               "(PP (IN of) (NP (NP (NNS talks)) (PP (IN with) (NP (NNP Washington)))))))) (. "
               ".)))",
               "1987-04-11", "(none)");
    /* an expulsion declared, announced or ordered, or a time given to leave */
    check_tree(d,
               "(ROOT (S (NP (NNP Russia)) (VP (VBD declared) (NP (CD two) (JJ Dutch) (NNS "
               "diplomats)) (S (VP (VBP persona) (NP (AFX non) (NN grata))))) (. .)))",
               "2023-05-01", "RUS NLDGOV 174");
    check_tree(d,
               "(ROOT (S (NP (NNP Algeria)) (VP (VBD announced) (NP (NP (DT the) (NN "
               "expulsion)) (PP (IN of) (NP (JJ twelve) (JJ French) (NNS diplomats))))) (. "
               ".)))",
               "2023-05-01", "DZA FRAGOV 174");
    check_tree(d,
               "(ROOT (S (NP (NNP Algeria)) (VP (VBD ordered) (NP (NP (DT the) (NN "
               "expulsion)) (PP (IN of) (NP (JJ twelve) (JJ French) (NNS diplomats))))) (. "
               ".)))",
               "2023-05-01", "DZA FRAGOV 174");
    check_tree(d,
               "(ROOT (S (NP (NNP Mali)) (VP (VBD gave) (NP (DT the) (JJ French) (NN "
               "ambassador)) (NP (CD 72) (NNS hours)) (S (VP (TO to) (VP (VB leave) (NP (DT "
               "the) (NN country)))))) (. .)))",
               "2023-05-01", "MLI FRAGOV 174");
    /* military advisers sent away from the doer's capital are expelled, not fought */
    check_tree(d,
               "(ROOT (S (NP (NNP India)) (VP (VBD expelled) (NP (JJ Pakistani) (JJ military) "
               "(NNS advisers)) (PP (IN from) (NP (NNP New) (NNP Delhi)))) (. .)))",
               "2025-04-24", "IND PAKMIL 174");
    /* a passive's agent that is a measure: a country hit by tariffs or sanctions has
     * them imposed on it, no attack */
    check_tree(d,
               "(ROOT (S (NP (NNP Canada)) (VP (VBD was) (VP (VBN hit) (PP (IN by) (NP (JJ "
               "American) (NNS tariffs))))) (. .)))",
               "2025-04-01", "USA CAN 163");
    /* tariffs placed, firms added to a sanctions list, tariffs quadrupled */
    check_tree(d,
               "(ROOT (S (NP (NNP Japan)) (VP (VBD placed) (NP (NP (NNS tariffs)) (PP (IN on) "
               "(NP (JJ Russian) (NN vodka))))) (. .)))",
               "2024-03-01", "JPN RUS 163");
    check_tree(d,
               "(ROOT (S (NP (NNP Britain)) (VP (VBD added) (NP (NP (CD three) (JJ Iranian) "
               "(NNS banks)) (PP (IN to) (NP (PRP$ its) (NNS sanctions) (NN list))))) (. .)))",
               "2024-03-01", "GBR IRNBUS 163");
    check_tree(d,
               "(ROOT (S (NP (DT The) (NNP United) (NNPS States)) (VP (VBD quadrupled) (NP "
               "(NP (NNS tariffs)) (PP (IN on) (NP (JJ Chinese) (JJ electric) (NNS cars))))) "
               "(. .)))",
               "2024-05-14", "USA CHN 163");
    /* a pause of tariffs extended, an exemption from them granted: eased */
    check_tree(d,
               "(ROOT (S (NP (NNP Washington)) (VP (VBD extended) (NP (DT the) (NN pause)) "
               "(PP (IN on) (NP (NP (NNS tariffs)) (PP (IN against) (NP (NNP Mexico)))))) (. "
               ".)))",
               "2025-04-10", "USAGOV MEX 085");
    check_tree(d,
               "(ROOT (S (NP (NNP Washington)) (VP (VBD granted) (NP (NNP Canada)) (NP (NP "
               "(DT an) (NN exemption)) (PP (IN from) (NP (DT the) (NN steel) (NNS "
               "tariffs))))) (. .)))",
               "2018-05-01", "USAGOV CAN 085");
    /* imports or gas deliveries suspended are an embargo; a state's own exports suspended
     * are none */
    check_tree(d,
               "(ROOT (S (NP (NNP China)) (VP (VBD suspended) (NP (NP (NNS imports)) (PP (IN "
               "of) (NP (JJ Japanese) (NN seafood))))) (. .)))",
               "2023-08-24", "CHN JPN 163");
    check_tree(d,
               "(ROOT (S (NP (NNP Kenya)) (VP (VBD suspended) (NP (PRP$ its) (NN meat) (NNS "
               "exports)) (PP (IN to) (NP (DT the) (NNP EU))) (PP (IN after) (NP (DT a) (NN "
               "disease) (NN outbreak)))) (. .)))",
               "2024-04-09", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Russia)) (VP (VBD suspended) (NP (NP (NN gas) (NNS "
               "deliveries)) (PP (IN to) (NP (NNP Poland))))) (. .)))",
               "2022-04-27", "RUS POL 163");
    /* visas revoked are a travel ban; an exemption from tariffs ended restores them; a
     * broadcaster barred from operating is an administrative sanction */
    check_tree(d,
               "(ROOT (S (NP (NNP Washington)) (VP (VBD revoked) (NP (NP (DT the) (NNS visas)) "
               "(PP (IN of) (NP (CD thirty) (JJ Ugandan) (NNS officials))))) (. .)))",
               "2025-06-01", "USAGOV UGAGOV 163");
    check_tree(d,
               "(ROOT (S (NP (NNP Trump)) (VP (VBD ended) (NP (NP (DT the) (NN tariff) (NN "
               "exemption)) (PP (IN for) (NP (JJ Australian) (NN aluminium))))) (. .)))",
               "2025-03-01", "USAGOV AUS 163");
    check_tree(d,
               "(ROOT (S (NP (NNP Russia)) (VP (VBD barred) (NP (DT the) (JJ Dutch) (NN "
               "broadcaster)) (SBAR (IN from) (S (VP (VBG operating) (PP (IN in) (NP (DT the) "
               "(NN country))))))) (. .)))",
               "2024-06-01", "RUS NLDMED 172");
    /* migrants sent off are deported; firms added to an export control list, sanctions
     * prolonged, intelligence sharing paused, women barred from universities */
    check_tree(d,
               "(ROOT (S (NP (NNP Washington)) (VP (VBD sent) (NP (CD 238) (JJ Venezuelan) "
               "(NNS migrants)) (PP (IN to) (NP (NP (DT a) (NN prison)) (PP (IN in) (NP (NNP "
               "El) (NNP Salvador)))))) (. .)))",
               "2025-03-16", "USAGOV VENCVL 174");
    check_tree(d,
               "(ROOT (S (NP (NNP China)) (VP (VBD added) (NP (NP (CD 15) (NNP U.S.) (NNS "
               "firms)) (PP (IN to) (NP (PRP$ its) (JJ export) (NN control) (NN list))))) (. "
               ".)))",
               "2025-01-02", "CHN USABUS 163");
    check_tree(d,
               "(ROOT (S (NP (DT The) (NNP EU)) (VP (VBD prolonged) (NP (PRP$ its) (NNS "
               "sanctions)) (PP (IN against) (NP (NNP Russia)))) (. .)))",
               "2025-01-27", "IGOEUREEC RUS 163");
    check_tree(d,
               "(ROOT (S (NP (NNP Washington)) (VP (VBD paused) (NP (NP (NN intelligence) (NN "
               "sharing)) (PP (IN with) (NP (NNP Kyiv))))) (. .)))",
               "2025-03-05", "USAGOV UKRGOV 1622");
    check_tree(d,
               "(ROOT (S (NP (DT The) (NNP Taliban)) (VP (VBD barred) (NP (NP (JJ Afghan) "
               "(NNS women)) (PP (IN from) (NP (NNS universities))))) (. .)))",
               "2022-12-20", "AFGGOV AFGEDU 172");
    /* counter-tariffs announced, new duties unveiled */
    check_tree(d,
               "(ROOT (S (NP (NNP Canada)) (VP (VBD announced) (NP (NP (NNS counter-tariffs)) "
               "(PP (IN on) (NP (JJ American) (NNS goods))))) (. .)))",
               "2025-03-04", "CAN USA 163");
    check_tree(d,
               "(ROOT (S (NP (NNP China)) (VP (VBD unveiled) (NP (NP (JJ new) (NNS duties)) "
               "(PP (IN on) (NP (JJ American) (NN coal))))) (. .)))",
               "2025-02-04", "CHN USA 163");
    /* a levy added on goods sold to a party is on that party; tariffs named in a clause
     * "added" says are no levy added */
    check_tree(d,
               "(ROOT (S (NP (NNP Ontario)) (VP (VBZ is) (VP (VBG adding) (NP (NP (DT a) (CD "
               "25) (NN %) (NN surcharge)) (PP (IN on) (NP (NN electricity))) (VP (VBN sold) "
               "(PP (IN to) (NP (JJ American) (NNS homes))))))) (. .)))",
               "2025-03-11", "CAN USA 163");
    check_tree(d,
               "(ROOT (S (NP (NNP Trump)) (VP (VBD added) (SBAR (S (NP (NNP Japan)) (VP (MD "
               "might) (VP (VB contest) (NP (NP (DT the) (NNS tariffs)) (PP (IN on) (NP (NN "
               "steel))))))))) (. .)))",
               "1987-04-20", "(none)");
    /* tariffs two doers put on each other's goods are each on the other's */
    check_tree(d,
               "(ROOT (S (NP (NNP Washington) (CC and) (NNP Beijing)) (VP (VBD imposed) (NP "
               "(NP (NNS tariffs)) (PP (IN on) (NP (NP (DT each) (JJ other) (POS 's)) (NNS "
               "goods))))) (. .)))",
               "2019-05-01", "USAGOV CHNGOV 163; CHNGOV USAGOV 163");
    /* sanctions widened, broadened or toughened are imposed */
    check_tree(d,
               "(ROOT (S (NP (DT The) (NNP EU)) (VP (VBD widened) (NP (NP (PRP$ its) (NNS "
               "sanctions)) (PP (IN on) (NP (NNP Belarus))))) (. .)))",
               "2021-11-11", "IGOEUREEC BLR 163");
    check_tree(d,
               "(ROOT (S (NP (DT The) (NNP EU)) (VP (VBD toughened) (NP (NP (NNS sanctions)) "
               "(PP (IN against) (NP (NNP Russia))))) (. .)))",
               "2022-03-01", "IGOEUREEC RUS 163");
    /* tariffs lifted to a rate are raised; lifted with none, eased */
    check_tree(d,
               "(ROOT (S (NP (NNP China)) (VP (VBD lifted) (NP (NP (PRP$ its) (NNS tariffs)) "
               "(PP (IN on) (NP (JJ American) (NNS goods)))) (PP (TO to) (NP (CD 125) (NN "
               "%)))) (. .)))",
               "2025-04-11", "CHN USA 163");
    check_tree(d,
               "(ROOT (S (NP (NNP Japan)) (VP (VBD lifted) (NP (NP (PRP$ its) (NNS tariffs)) "
               "(PP (IN on) (NP (JJ American) (NN beef)))) (PP (TO to) (NP (CD 50) (NN "
               "percent)))) (. .)))",
               "2025-04-11", "JPN USA 163");
    check_tree(d,
               "(ROOT (S (NP (NNP China)) (VP (VBD lifted) (NP (NP (PRP$ its) (NNS tariffs)) "
               "(PP (IN on) (NP (JJ American) (NNS goods))))) (. .)))",
               "2025-04-11", "CHN USA 085");
}

/* Common verbs of the news the verb dictionary lacked, in sentences of our own: backing a
 * bid or a party, discontent expressed, landing in a capital, executions and an ambassador sent
 * back. */
static void test_common_verbs(const dyad_dict *d)
{
    /* a bid or plan backed is endorsed; backing away from a deal is not */
    check_tree(d,
               "(ROOT (S (NP (NNP Germany)) (VP (VBD backed) (NP (NP (NP (NNP France) (POS "
               "'s)) (NN plan)) (PP (IN for) (NP (DT a) (NN ceasefire))))) (. .)))",
               "2024-06-01", "DEU FRA 051");
    check_tree(d,
               "(ROOT (S (NP (NNP Italy)) (VP (VBD backed) (NP (NP (NP (NNP Spain) (POS 's)) "
               "(NN bid)) (S (VP (TO to) (VP (VB host) (NP (DT the) (NN summit))))))) (. .)))",
               "2024-06-01", "ITA ESP 051");
    check_tree(d,
               "(ROOT (S (NP (NNP Russia)) (VP (VBD backed) (ADVP (RB away) (PP (IN from) (NP "
               "(NP (DT the) (NN deal)) (PP (IN with) (NP (NNP Ukraine))))))) (. .)))",
               "2024-06-01", "(none)");
    /* support thrown behind a party endorses it */
    check_tree(d,
               "(ROOT (S (NP (NNP Turkey)) (VP (VBD threw) (NP (NP (PRP$ its) (NN support)) "
               "(PP (IN behind) (NP (NNP Azerbaijan))))) (. .)))",
               "2024-06-01", "TUR AZE 051");
    /* discontent, frustration or anger expressed is criticism */
    check_tree(d,
               "(ROOT (S (NP (NNP Japan)) (VP (VBD expressed) (NP (NP (NN frustration)) (PP "
               "(IN with) (NP (NNP China))))) (. .)))",
               "2024-06-01", "JPN CHN 111");
    check_tree(d,
               "(ROOT (S (NP (NNP Vietnam)) (VP (VBD expressed) (NP (JJ strong) (NN "
               "discontent)) (PP (IN with) (NP (NNP China)))) (. .)))",
               "2024-06-01", "VNM CHN 111");
    check_tree(d,
               "(ROOT (S (NP (NNP Egypt)) (VP (VBD expressed) (NP (NN anger)) (PP (IN at) (NP "
               "(NNP Ethiopia)))) (. .)))",
               "2024-06-01", "EGY ETH 111");
    /* a person landing or touching down in a place visits it */
    check_tree(d,
               "(ROOT (S (NP (NNP Putin)) (VP (VBD landed) (PP (IN in) (NP (NNP Pyongyang)))) "
               "(. .)))",
               "2024-06-19", "RUSGOV PRKGOV 042; PRKGOV RUSGOV 043");
    check_tree(d,
               "(ROOT (S (NP (NNP Modi)) (VP (VBD touched) (RP down) (PP (IN in) (NP (NNP "
               "Washington)))) (. .)))",
               "2023-06-20", "INDGOV USAGOV 042; USAGOV INDGOV 043");
    /* an aircraft that lands visits no one */
    check_tree(d,
               "(ROOT (S (NP (DT A) (NNP U.S.) (JJ military) (NN plane)) (VP (VBD landed) (PP "
               "(IN in) (NP (NNP Caracas)))) (. .)))",
               "2025-02-20", "(none)");
    /* a person executed is killed; an ambassador returned restores relations */
    check_tree(d,
               "(ROOT (S (NP (NNP Iran)) (VP (VBD executed) (NP (DT a) (JJ British) (JJ "
               "national))) (. .)))",
               "2024-06-01", "IRN GBR 1823");
    check_tree(d,
               "(ROOT (S (NP (NNP Kenya)) (VP (VBD returned) (NP (NP (PRP$ its) (NN "
               "ambassador)) (PP (IN to) (NP (NNP Somalia))))) (. .)))",
               "2024-06-01", "KEN SOMGOV 050");
}

/* Verbs of one sense in the dictionary used in another on real wire text, in sentences
 * of our own: words attacked, the end of a measure welcomed, a writing sent, a hunger
 * strike joined. */
static void test_verb_senses(const dyad_dict *d)
{
    /* proposals, plans and forecasts attacked are criticised, not struck */
    check_tree(d,
               "(ROOT (S (NP (NNP France)) (VP (VBD attacked) (NP (NP (DT the) (NNS "
               "proposals)) (PP (IN of) (NP (DT the) (NNP European) (NNP Commission))))) (. "
               ".)))",
               "2024-06-01", "FRA IGOEUREEC 111");
    /* a rise attacked is a market's move: no party */
    check_tree(d,
               "(ROOT (S (NP (NNP Germany)) (VP (VBD attacked) (NP (NP (DT the) (NN rise)) (PP "
               "(IN in) (NP (JJ American) (NN interest) (NNS rates))))) (. .)))",
               "2024-06-01", "(none)");
    /* the lifting of a ban welcomed approves of whoever imposed it: no guest */
    check_tree(d,
               "(ROOT (S (NP (NNP Chile)) (VP (VBD welcomed) (NP (NP (DT the) (NN lifting)) "
               "(PP (IN of) (NP (NP (DT a) (NN boycott)) (VP (VBN imposed) (PP (IN by) (NP "
               "(NNP Argentina)))))))) (. .)))",
               "2024-06-01", "CHL ARG 051");
    /* a report or requests sent to a legislature give no aid and deploy no one, whatever
     * they are about */
    check_tree(d,
               "(ROOT (S (NP (NNP Biden)) (VP (VBD sent) (NP (NP (DT a) (JJ secret) (NN "
               "report)) (PP (IN to) (NP (NP (NNP Congress)) (PP (IN on) (NP (NP (PRP$ his) "
               "(NN plan)) (S (VP (TO to) (VP (VB shield) (NP (NP (JJ Taiwanese) (NNS ships)) "
               "(PP (IN with) (NP (JJ American) (NNS warships))))))))))))) (. .)))",
               "2024-06-01", "(none)");
    check_tree(d,
               "(ROOT (S (NP (NNP Biden)) (VP (VBD sent) (PP (IN to) (NP (NP (NNP Congress) "
               "(NNS requests)) (PP (IN for) (NP (NP (NNS extensions)) (PP (IN of) (NP (NP (NN "
               "trade) (NNS benefits)) (PP (IN for) (NP (NNP Vietnam)))))))))) (. .)))",
               "2024-06-01", "(none)");
    /* a hunger strike joined is a protest, not an attack */
    check_tree(d,
               "(ROOT (S (NP (JJ Bolivian) (NNS miners)) (VP (VBD joined) (NP (NP (DT a) (NN "
               "hunger) (NN strike)) (PP (IN against) (NP (DT the) (NNP Bolivian) (NN "
               "government))))) (. .)))",
               "2024-06-01", "BOLLAB BOLGOV 142");
}

/* A negation a verb's own form holds ("will not accept": NOT_+ACCEPT, a refusal) is the
 * event's word and leaves it asserted; any other stays a negation ("did not reject"). */
static void test_own_negation(const dyad_dict *d)
{
    static const struct {
        const char *tree, *want;
        int negated;
    } cases[] = {
        {"(ROOT (S (NP (NNP Baku)) (VP (MD will) (RB not) (VP (VB accept) (NP (JJ French) "
         "(NN mediation)))) (. .)))",
         "AZEGOV FRA 126", 0},
        {"(ROOT (S (NP (NNP Tokyo)) (VP (VBD did) (RB not) (VP (VB accept) (NP (NP (NNP "
         "Washington) (POS 's)) (NNS figures)))) (. .)))",
         "JPNGOV USAGOV 120", 0},
        {"(ROOT (S (NP (NNP Tokyo)) (VP (VBD did) (RB not) (VP (VB reject) (NP (NP (NNP "
         "Washington) (POS 's)) (NNS figures)))) (. .)))",
         "JPNGOV USAGOV 120", 1},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        dyad_tree *t = NULL;
        dyad_diag dg = {on_diag, NULL, 0, 0};
        dyad_coding c = {0};
        char got[256] = "(none)";
        if (dyad_tree_parse(cases[i].tree, strlen(cases[i].tree), "neg", 0, &dg, &t) != DYAD_OK) {
            T_REPORT(0, "tree parses: %s", cases[i].tree);
            continue;
        }
        if (dyad_code_tree(d, t, "2024-06-01", NULL, NULL, &c) == DYAD_OK && c.n == 1)
            snprintf(got, sizeof got, "%s %s %s", c.ev[0].source, c.ev[0].target, c.ev[0].code);
        T_REPORT(!strcmp(got, cases[i].want) && c.n == 1 && c.ev[0].negated == cases[i].negated,
                 "%s: got \"%s\"%s, want \"%s\"%s", cases[i].tree, got,
                 c.n == 1 && c.ev[0].negated ? " negated" : "", cases[i].want,
                 cases[i].negated ? " negated" : "");
        dyad_coding_free(&c);
        dyad_tree_free(t);
    }
}

/* People whose office changed: the same sentence coded on two dates gives each the code
 * of the role held then (and a full name wins over another person's surname in it). */
static void test_offices(const dyad_dict *d)
{
    const char *isr = "(NNP Israel)";
    /* leaders of the 1980s and 1990s; a bare surname shared with a later leader carries
     * the earlier one's dates ("Stoltenberg", "Marcos", "Assad", "Bush") */
    check(d, "(NNP Gorbachev)", "criticized", "(NNP Japan)", "1987-03-02", "SUNGOV JPN 111");
    /* a word of a person's name is no agent: Qin Gang is no gang, Julie Bishop no
     * cleric; "former" still makes an elite */
    check(d, "(NNP Qin) (NNP Gang)", "criticized", "(NNP Japan)", "2023-03-02", "CHNGOV JPN 111");
    check(d, "(NNP Julie) (NNP Bishop)", "criticized", "(NNP Japan)", "2016-03-02",
          "AUSGOV JPN 111");
    check(d, "(JJ Former) (JJ Chinese) (NN president) (NNP Xi) (NNP Jinping)", "criticized",
          "(NNP Japan)", "2016-03-02", "CHNGOVELI JPN 111");
    check(d, "(NNP Gorbachev)", "criticized", "(NNP Japan)", "1995-03-02", "RUSELI JPN 111");
    /* states of the past: the Soviet Union is SUN on any date (news of today speaks of
     * it only in the past), the Kremlin and Moscow its government up to its end; a
     * state after "former" dates whom the phrase names after it */
    check(d, "(JJ Soviet) (NNS troops)", "invaded", "(NNP Afghanistan)", "2024-05-01",
          "SUNMIL AFG 192");
    check(d, "(DT The) (NNP Kremlin)", "criticized", "(NNP Japan)", "1987-03-02",
          "SUNGOV JPN 111");
    check(d, "(NNP Moscow)", "criticized", "(NNP Japan)", "1992-03-02", "RUSGOV JPN 111");
    check(d, "(NNP Yugoslavia)", "criticized", "(NNP Albania)", "1987-03-02", "YUG ALB 111");
    /* their adjectives in -ian and -ean, as 1980s copy wrote them */
    check(d, "(JJ Yugoslavian) (NNS officials)", "criticized", "(NNP Albania)", "1987-03-02",
          "YUGGOV ALB 111");
    check(d, "(JJ Zairean) (NNS officials)", "criticized", "(NNP Belgium)", "1987-03-02",
          "CODGOV BEL 111");
    check(d, "(DT The) (NNP West) (JJ German) (NN government)", "criticized", "(NNP Japan)",
          "1987-03-02", "DEUGOV JPN 111");
    /* places whose names hold another country's */
    check(d, "(NNP New) (NNP England) (NNS officials)", "criticized", "(NNP Canada)",
          "2024-03-02", "USAGOV CAN 111");
    check(d, "(NNP New) (NNP South) (NNP Wales)", "criticized", "(NNP China)", "2024-03-02",
          "AUS CHN 111");
    check(d, "(JJ East) (JJ German) (NNS officials)", "criticized", "(NNP Japan)",
          "1987-03-02", "DDRGOV JPN 111");
    check_tree(d,
               "(ROOT (S (NP (NNP Russia)) (VP (VBD criticized) (NP (NP (DT the) (JJ former) "
               "(JJ Soviet) (NN republic)) (PP (IN of) (NP (NNP Georgia))))) (. .)))",
               "2024-05-01", "RUS GEO 111");
    check(d, "(JJ Former) (JJ Soviet) (NN leader) (NNP Mikhail) (NNP Gorbachev)", "criticized",
          "(NNP Japan)", "2000-03-02", "RUSELI JPN 111");
    check(d, "(DT The) (JJ former) (NNP Soviet) (NNP Union)", "criticized", "(NNP Japan)",
          "2000-03-02", "SUN JPN 111");
    /* a state's name in a person's name is no state */
    check(d, "(NNP Chad) (NNP Smith)", "criticized", "(NNP Russia)", "2024-05-01", "(none)");
    check(d, "(NNP David) (NNP M.) (NNP Holland)", "criticized", "(NNP Japan)", "2024-05-01",
          "(none)");
    check(d, "(NNP Georgia) (NNP Meloni)", "criticized", "(NNP France)", "2024-05-01",
          "ITAGOV FRA 111");
    check(d, "(NNP Jordan)", "criticized", "(NNP Israel)", "2024-05-01", "JOR ISR 111");
    check(d, "(DT The) (NNP Jordan) (NNP Valley)", "criticized", "(NNP Israel)", "2024-05-01",
          "JOR ISR 111");
    check(d, "(NNP Canada) (NNP Post)", "criticized", "(NNP Japan)", "2024-05-01",
          "CAN JPN 111");
    /* the people and firms of a trade are business: in an article, what they agree or
     * the visits they pay are commerce (S_company) */
    check(d, "(DT A) (NNP U.S.) (NN rice) (NN trader)", "visited", "(NNP Tokyo)", "2024-05-01",
          "USABUS JPNGOV 042; JPNGOV USABUS 043");
    check(d, "(JJ Japanese) (NNS steelmakers)", "criticized", "(NNP Australia)", "2024-05-01",
          "JPNBUS AUS 111");
    check(d, "(NNP New) (NNP York) (NNS bankers)", "criticized", "(NNP Argentina)", "2024-05-01",
          "USABUS ARG 111");
    check(d, "(JJ Canadian) (NN wheat) (NNS growers)", "criticized", "(NNP France)", "2024-05-01",
          "CANBUS FRA 111");
    /* a company's legal form is business, the continental ones too ("AB", "SA", "N.V.",
     * "GmbH", "SpA", "SE", "Bhd") */
    check(d, "(JJ Swedish) (NNP Volvo) (NNP AB)", "criticized", "(NNP Iraq)", "2024-05-01",
          "SWEBUS IRQ 111");
    check(d, "(JJ Brazilian) (NNP Petroleo) (NNP Brasileiro) (NNP SA)", "criticized",
          "(NNP Venezuela)", "2024-05-01", "BRABUS VEN 111");
    check(d, "(JJ Dutch) (NNP Philips) (NNP N.V.)", "criticized", "(NNP China)", "2024-05-01",
          "NLDBUS CHN 111");
    check(d, "(JJ German) (NNP Robert) (NNP Bosch) (NNP GmbH)", "criticized", "(NNP China)",
          "2024-05-01", "DEUBUS CHN 111");
    /* so are the firms of finance and trade named by what they are */
    check(d, "(JJ Japanese) (NN trading) (NNS houses)", "criticized", "(NNP Australia)",
          "2024-05-01", "JPNBUS AUS 111");
    /* a seat of government in a firm's phrase is the firm's place: a trading house in
     * Tokyo is Japanese business, not Japan's government; a state firm's own agent
     * keeps the government (which it lost before: JPNGOV), and the capital alone is
     * still its government */
    check(d, "(NP (DT A) (NN trading) (NN house)) (PP (IN in) (NP (NNP Tokyo)))",
          "criticized", "(NNP Germany)", "2024-05-01", "JPNBUS DEU 111");
    check(d, "(DT A) (NNP Moscow) (NN bank)", "criticized", "(NNP Poland)", "2024-05-01",
          "RUSBUS POL 111");
    check(d, "(NP (DT A) (NN government) (NN company)) (PP (IN in) (NP (NNP Tokyo)))",
          "criticized", "(NNP Germany)", "2024-05-01", "JPNGOVBUS DEU 111");
    check(d, "(NNP Tokyo)", "criticized", "(DT a) (NNP Seoul) (NN firm)", "2024-05-01",
          "JPNGOV KORBUS 111");
    /* an agency named by its initials is no place: its firm is the state's */
    check(d, "(DT A) (NNP MITI) (NN company)", "criticized", "(NNP Germany)", "2024-05-01",
          "JPNGOVBUS DEU 111");
    check(d, "(DT The) (NNP Shanghai) (NNP Stock) (NNP Exchange)", "criticized",
          "(NNP Singapore)", "2024-05-01", "CHNBUS SGP 111");
    check(d, "(DT A) (JJ German) (NN subsidiary)", "criticized", "(NNP Poland)", "2024-05-01",
          "DEUBUS POL 111");
    check(d, "(DT A) (JJ French) (NN insurer)", "criticized", "(NNP Algeria)", "2024-05-01",
          "FRABUS DZA 111");
    check(d, "(JJ Greek) (NNS shipowners)", "criticized", "(NNP Turkey)", "2024-05-01",
          "GRCBUS TUR 111");
    check(d, "(JJ Japanese) (NN computer) (NNS makers)", "criticized", "(NNP Germany)",
          "2024-05-01", "JPNBUS DEU 111");
    check(d, "(DT A) (JJ European) (NN planemaker)", "visited", "(NNP Beijing)", "2024-05-01",
          "EURBUS CHNGOV 042; CHNGOV EURBUS 043");
    /* ... but central bankers are their state's */
    check(d, "(JJ Japanese) (JJ central) (NNS bankers)", "criticized", "(NNP Germany)",
          "2024-05-01", "JPNGOVBUS DEU 111");
    /* an agent adds only the roles the code lacks: the Treasury's USAGOV and the
     * secretary's GOVBUS */
    check(d, "(NNP U.S.) (NNP Treasury) (NNP Secretary)", "criticized", "(NNP Japan)",
          "1987-03-02", "USAGOVBUS JPN 111");
    /* offices named by their own titles (Reuters 1987: "U.S. Trade Representative
     * Clayton Yeutter", "Undersecretary of State Allen Wallis", "Agriculture Secretary
     * Richard Lyng") */
    check(d, "(NNP U.S.) (NNP Trade) (NNP Representative)", "criticized", "(NNP Japan)",
          "1987-03-02", "USAGOVBUS JPN 111");
    check(d, "(NNP U.S.) (NNP Undersecretary)", "criticized", "(NNP Japan)", "1987-03-02",
          "USAGOV JPN 111");
    check(d, "(NNP U.S.) (NNP Under) (NNP Secretary)", "criticized", "(NNP Japan)",
          "1987-03-02", "USAGOV JPN 111");
    check(d, "(NNP U.S.) (NNP Agriculture) (NNP Secretary)", "criticized", "(NNP Japan)",
          "1987-03-02", "USAGOVAGR JPN 111");
    check(d, "(NNP U.S.) (NNP Energy) (NNP Secretary)", "criticized", "(NNP Japan)",
          "1987-03-02", "USAGOVBUS JPN 111");
    /* a title before a person's name adds nothing to the office the dates give */
    check(d, "(NNP Commerce) (NNP Secretary) (NNP Gina) (NNP Raimondo)", "criticized",
          "(NNP China)", "2023-05-01", "USAGOV CHN 111");
    check(d, "(NNP Prime) (NNP Minister) (NNP Boris) (NNP Johnson)", "criticized",
          "(NNP Russia)", "2024-05-01", "GBRELI RUS 111");
    check(d, "(NNP Stoltenberg)", "criticized", "(NNP Japan)", "1987-03-02", "DEUGOV JPN 111");
    check(d, "(NNP Stoltenberg)", "criticized", "(NNP Russia)", "2016-03-02",
          "IGOWSTNAT RUS 111");
    check(d, "(NNP Marcos)", "criticized", "(NNP Japan)", "1985-03-02", "PHLGOV JPN 111");
    check(d, "(NNP Marcos)", "criticized", "(NNP Japan)", "1987-03-02", "PHLELI JPN 111");
    check(d, "(NNP Assad)", "criticized", isr, "1987-03-02", "SYRGOV ISR 111");
    check(d, "(NNP Bush)", "criticized", "(NNP Japan)", "1987-03-02", "USAGOV JPN 111");
    check(d, "(NNP Volcker)", "criticized", "(NNP Japan)", "1987-03-02", "USAGOV JPN 111");
    check(d, "(NNP Rafsanjani)", "criticized", isr, "1987-03-02", "IRNLEG ISR 111");
    check(d, "(NNP Rafsanjani)", "criticized", isr, "1992-03-02", "IRNGOV ISR 111");
    check(d, "(NNP Nelson) (NNP Mandela)", "criticized", "(NNP Britain)", "1987-03-02",
          "ZAFOPP GBR 111");
    check(d, "(NNP Nelson) (NNP Mandela)", "criticized", "(NNP Britain)", "1996-03-02",
          "ZAFGOV GBR 111");
    check(d, "(NNP Milosevic)", "criticized", "(NNP Croatia)", "1995-03-02", "SRBGOV HRV 111");
    check(d, "(NNP Karadzic)", "criticized", "(NNP Croatia)", "1995-03-02", "BIHREB HRV 111");
    check(d, "(NNP Nawaz) (NNP Sharif)", "criticized", "(NNP India)", "1998-03-02",
          "PAKGOV IND 111");
    check(d, "(NNP Avigdor) (NNP Lieberman)", "criticized", "(NNP Hamas)", "2017-06-01",
          "ISRGOV PSEREB 111");
    check(d, "(NNP Avigdor) (NNP Lieberman)", "criticized", "(NNP Hamas)", "2020-06-01",
          "ISROPP PSEREB 111");
    check(d, "(NNP Riyad) (NNP al-Maliki)", "criticized", isr, "2019-06-01", "PSEGOV ISR 111");
    check(d, "(NNP Riyad) (NNP al-Maliki)", "criticized", isr, "2025-06-01", "PSEELI ISR 111");
    check(d, "(NNP Mohammed) (NNP al-Bashir)", "criticized", isr, "2024-06-01",
          "SYRREB ISR 111");
    check(d, "(NNP Mohammed) (NNP al-Bashir)", "criticized", isr, "2025-01-10",
          "SYRGOV ISR 111");
    check(d, "(NNP Denis) (NNP Pushilin)", "criticized", "(NNP Kyiv)", "2021-06-01",
          "UKRREB UKRGOV 111");
    check(d, "(NNP Denis) (NNP Pushilin)", "criticized", "(NNP Kyiv)", "2023-06-01",
          "RUSGOV UKRGOV 111");
    check(d, "(NNP Abdallah) (NNP Bou) (NNP Habib)", "criticized", isr, "2023-06-01",
          "LBNGOV ISR 111");
    check(d, "(NNP Abdallah) (NNP Bou) (NNP Habib)", "criticized", isr, "2025-06-01",
          "LBNELI ISR 111");
    check(d, "(NNP Amir) (NNP Hatami)", "criticized", isr, "2019-06-01", "IRNGOV ISR 111");
    check(d, "(NNP Amir) (NNP Hatami)", "criticized", isr, "2025-07-01", "IRNMIL ISR 111");
    check(d, "(NNP Minoru) (NNP Kihara)", "criticized", "(NNP China)", "2024-03-01",
          "JPNGOV CHN 111");
    check(d, "(NNP Minoru) (NNP Kihara)", "criticized", "(NNP China)", "2025-03-01",
          "JPNLEG CHN 111");
    check(d, "(NNP Minoru) (NNP Kihara)", "criticized", "(NNP China)", "2025-11-01",
          "JPNGOV CHN 111");
    check(d, "(NNP Bilawal) (NNP Bhutto) (NNP Zardari)", "criticized", "(NNP India)",
          "2023-01-10", "PAKGOV IND 111");
    check(d, "(NNP Bilawal) (NNP Bhutto) (NNP Zardari)", "criticized", "(NNP India)",
          "2024-01-10", "PAKPTY IND 111");
    check(d, "(NNP Mohammad) (NNP Yaqoob)", "criticized", "(NNP Pakistan)", "2020-01-10",
          "AFGREB PAK 111");
    check(d, "(NNP Mohammad) (NNP Yaqoob)", "criticized", "(NNP Pakistan)", "2023-01-10",
          "AFGGOV PAK 111");
    check(d, "(NNP Rigathi) (NNP Gachagua)", "criticized", "(NNP Uganda)", "2023-06-01",
          "KENGOV UGA 111");
    check(d, "(NNP Rigathi) (NNP Gachagua)", "criticized", "(NNP Uganda)", "2025-06-01",
          "KENOPP UGA 111");
    check(d, "(NNP Michael) (NNP Randrianirina)", "criticized", "(NNP France)", "2025-10-01",
          "MDGMIL FRA 111");
    check(d, "(NNP Michael) (NNP Randrianirina)", "criticized", "(NNP France)", "2025-11-01",
          "MDGGOV FRA 111");
    check(d, "(NNP Therese) (NNP Kayikwamba) (NNP Wagner)", "criticized", "(NNP Rwanda)",
          "2025-02-01", "CODGOV RWA 111");
    check(d, "(NNP Francesca) (NNP Albanese)", "criticized", isr, "2024-06-01",
          "IGOUNO ISR 111");
    check(d, "(NNP Jen) (NNP Psaki)", "criticized", "(NNP Russia)", "2021-06-01",
          "USAGOV RUS 111");
    check(d, "(NNP Jen) (NNP Psaki)", "criticized", "(NNP Russia)", "2023-06-01",
          "USAMED RUS 111");
    check(d, "(NNP Christopher) (NNP Cavoli)", "criticized", "(NNP Russia)", "2023-06-01",
          "IGOWSTNAT RUS 111");
    check(d, "(NNP Christopher) (NNP Cavoli)", "criticized", "(NNP Russia)", "2025-09-01",
          "USAMIL RUS 111");
    check(d, "(NNP Gabriel) (NNP Boric)", "criticized", "(NNP Peru)", "2021-06-01",
          "CHLELI PER 111");
    check(d, "(NNP Gabriel) (NNP Boric)", "criticized", "(NNP Peru)", "2023-06-01",
          "CHLGOV PER 111");
    check(d, "(NNP Gabriel) (NNP Boric)", "criticized", "(NNP Peru)", "2026-06-01",
          "CHLELI PER 111");
    check(d, "(NNP Jose) (NNP Antonio) (NNP Kast)", "criticized", "(NNP Peru)", "2026-06-01",
          "CHLGOV PER 111");
    check(d, "(NNP Idriss) (NNP Deby)", "criticized", "(NNP Sudan)", "2019-06-01",
          "TCDGOV SDN 111");
    check(d, "(NNP Mahamat) (NNP Idriss) (NNP Deby)", "criticized", "(NNP Sudan)", "2019-06-01",
          "TCDMIL SDN 111");
    check(d, "(NNP Ibrahim) (NNP al-Jaafari)", "criticized", "(NNP Turkey)", "2016-06-01",
          "IRQGOV TUR 111");
    /* the people of 2025 news that were missing: the second Trump administration's,
     * Congress's leaders and committee chairs, governors, heads of bodies abroad */
    check(d, "(NNP Senate) (NNP Majority) (NNP Leader) (NNP John) (NNP Thune)", "criticized",
          "(NNP China)", "2025-06-01", "USALEG CHN 111");
    check(d, "(NNP Jeanne) (NNP Shaheen)", "criticized", "(NNP Russia)", "2025-06-01",
          "USALEG RUS 111");
    check(d, "(NNP Doug) (NNP Burgum)", "criticized", "(NNP Japan)", "2025-06-01",
          "USAGOV JPN 111");
    check(d, "(NNP Robert) (NNP F.) (NNP Kennedy)", "criticized", "(NNP Japan)", "2025-06-01",
          "USAGOV JPN 111");
    check(d, "(NNP Greg) (NNP Abbott)", "criticized", "(NNP Mexico)", "2025-06-01",
          "USAGOV MEX 111");
    check(d, "(NNP Cai) (NNP Qi)", "criticized", "(NNP Japan)", "2025-06-01", "CHNGOV JPN 111");
    check(d, "(NNP Fatih) (NNP Birol)", "criticized", "(NNP Russia)", "2025-06-01",
          "IGOBUSIEA RUS 111");
    check(d, "(NNP Volker) (NNP Tuerk)", "criticized", "(NNP Israel)", "2025-06-01",
          "IGOUNOHRI ISR 111");
    check(d, "(NNP Luis) (NNP Almagro)", "criticized", "(NNP Venezuela)", "2024-06-01",
          "IGOOAS VEN 111");
    check(d, "(NNP Luis) (NNP Caputo)", "criticized", "(NNP Brazil)", "2025-06-01",
          "ARGGOV BRA 111");
    /* a role word in a place's name is no role: the West Bank is no bank */
    check(d, "(NNP West) (NNP Bank) (NNS officials)", "criticized", "(NNP Israel)",
          "2025-06-01", "PSEGOV ISR 111");
    check(d, "(NNP Israel)", "criticized", "(DT the) (NNP West) (NNP Bank)", "2025-06-01",
          "ISR PSE 111");
    /* the parties' members of Congress are its, wherever the story is */
    check(d, "(NNP Senate) (NNPS Republicans)", "criticized", "(NNP China)", "2025-06-01",
          "USALEG CHN 111");
    check(d, "(JJ Democratic) (NNS lawmakers)", "criticized", "(NNP Israel)", "2025-06-01",
          "USALEG ISR 111");
    check(d, "(NNP Kansas) (NNP Republican) (NNP Congressman) (NNP Dan) (NNP Ross)", "criticized",
          "(NNP Japan)", "1987-06-01", "USALEG JPN 111");
}

int main(void)
{
    dyad_dict *d = load_all();
    if (d) {
        test_sizes(d);
        test_spot(d);
        test_measures(d);
        test_common_verbs(d);
        test_verb_senses(d);
        test_offices(d);
        test_own_negation(d);
    }
    test_verb_codes();
    test_actor_codes();
    dyad_dict_free(d);
    return T_done();
}

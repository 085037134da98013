/* test_pipeline.c — raw article to events through the engine and workers: the default
 * dictionaries and model, modality filtering, dates, actor codes as of the article
 * date or a date of the sentence's own, supplied Treebank trees, engine errors, and the
 * ordered multi-threaded stream, whose output must be byte-identical for every thread
 * count. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "harness.h"
#include "dyad_export.h"
#include "dyad_pipeline.h"
#include "dyad_text.h"

static dyad_engine *S_engine(unsigned modalities, const char *date)
{
    dyad_engine_opts o = {0};
    o.modalities = modalities;
    o.date = date;
    dyad_engine *e = NULL;
    dyad_diag d = {0};
    INT_EQ(dyad_engine_load(&o, &e, &d), DYAD_OK);
    INT_EQ(d.nerror, 0);
    INT_EQ(d.nwarn, 0); /* the default dictionaries are clean, CAMEO codes included */
    return e;
}

static void S_keep_msg(void *user, dyad_severity sev, const char *file, long line,
                       const char *msg)
{
    (void)sev;
    char *b = user;
    size_t n = strlen(b);
    snprintf(b + n, 1024 - n, "%s:%ld: %s\n", file ? file : "-", line, msg);
}

/* A code the CAMEO table does not know is named where it is written: its events would
 * silently go missing. */
static void test_unknown_codes(void)
{
    char path[] = "/tmp/dyad-test-verbs-XXXXXX", msgs[1024] = "";
    int fd = mkstemp(path);
    OK(fd >= 0);
    if (fd < 0)
        return;
    FILE *f = fdopen(fd, "w");
    fputs("--- MEET [040] ---\nMEET\nGREET [99]\n- * TEA [043:992]\n- * LUNCH [:043]\n", f);
    fclose(f);
    dyad_engine_opts o = {0};
    o.verbs = path;
    o.no_model = 1;
    dyad_engine *e = NULL;
    dyad_diag d = {S_keep_msg, msgs, 0, 0};
    INT_EQ(dyad_engine_load(&o, &e, &d), DYAD_OK);
    INT_EQ(d.nwarn, 2);
    OK(strstr(msgs, ":4: pattern code '043:992' is not a CAMEO code") != NULL);
    OK(strstr(msgs, "verb code '99' is not a CAMEO code") != NULL);
    OK(strstr(msgs, "':043'") == NULL); /* only the other way: a valid code */
    dyad_engine_free(e);
    remove(path);
}

/* An engine of the dictionaries o names and no parser, and its worker, which can code
 * supplied trees only; NULL (reported) when it cannot be made. */
static dyad_worker *S_tree_worker(dyad_engine_opts *o, dyad_engine **e)
{
    o->no_model = 1;
    *e = NULL;
    dyad_diag d = {0};
    INT_EQ(dyad_engine_load(o, e, &d), DYAD_OK);
    dyad_worker *w = *e ? dyad_worker_new(*e) : NULL;
    OK(w != NULL);
    return w;
}

/* Code one article; its events as "SRC TGT CODE modality date basis; ..." in *out. */
static void S_code(dyad_engine *e, const char *date, const char *text, char *out, size_t cap)
{
    dyad_worker *w = dyad_worker_new(e);
    dyad_article a = {"t", date, "", text, strlen(text), "", "", "test", 0};
    dyad_coded_article c;
    out[0] = 0;
    OK(w != NULL);
    if (!w)
        return;
    INT_EQ(dyad_worker_code(w, &a, &c, NULL), DYAD_OK);
    size_t n = 0;
    for (size_t i = 0; i < c.nevents; i++) {
        const dyad_event *ev = &c.events[i];
        n += (size_t)snprintf(out + n, n < cap ? cap - n : 0, "%s%s %s %s %s %s %s",
                              i ? "; " : "", ev->source, ev->target, ev->code,
                              dyad_modality_name(ev->modality), ev->date,
                              dyad_date_basis_name(ev->date_basis));
        /* every event points into its sentence and the sentence into the article */
        OK(ev->sent >= 0 && (size_t)ev->sent < c.nsent);
        OK(ev->verb_span.off + ev->verb_span.len <= strlen(ev->text));
        OK(!strncmp(c.clean_text + c.sents[ev->sent].off, ev->text, c.sents[ev->sent].len));
    }
    dyad_worker_free(w);
}

/* The words of reported charges come from the verb dictionary's sets (DYAD_SYN_WRONG):
 * a verb file without them (as the Phoenix one) charges nothing by words, while a
 * verb it codes 128 is still charged; with the set, its words charge, also in a
 * sentence with no verb of the dictionary (the prefilter lets it through). */
static void test_charge_sets(void)
{
    static const char verbs[] = "--- WRONGDO [128] ---\nSMEAR\n";
    const char *smear = "Beijing said Washington was trying to smear China.",
               *steal = "Ukraine said the Russian government is trying to steal the election.";
    for (int with = 0; with < 2; with++) {
        char path[] = "/tmp/dyad-test-verbs-XXXXXX", got[512];
        int fd = mkstemp(path);
        OK(fd >= 0);
        if (fd < 0)
            return;
        FILE *f = fdopen(fd, "w");
        fputs(with ? "&WRONG_\n+STEAL_\n\n" : "", f);
        fputs(verbs, f);
        fclose(f);
        dyad_engine_opts o = {0};
        o.verbs = path;
        dyad_engine *e = NULL;
        dyad_diag d = {0};
        INT_EQ(dyad_engine_load(&o, &e, &d), DYAD_OK);
        INT_EQ(d.nerror + d.nwarn, 0);
        if (e) {
            S_code(e, "2024-03-01", smear, got, sizeof got);
            OK(strstr(got, "CHNGOV USAGOV 112 asserted") != NULL);
            S_code(e, "2024-03-01", steal, got, sizeof got);
            OK((strstr(got, "UKR RUSGOV 112 asserted") != NULL) == with);
        }
        dyad_engine_free(e);
        remove(path);
    }
}

/* A sentence dated as an article, and the events it must give: their first line starts
 * with want (S_code_cases' first), or one of them holds it. */
typedef struct {
    const char *date, *text, *want;
} S_case;

/* Codes each of the n cases with engine e (none when e is NULL) and checks its events:
 * that they begin with the case's want when first, else that they hold it. */
static void S_code_cases(dyad_engine *e, const S_case *set, size_t n, int first)
{
    char got[1024];
    for (size_t i = 0; e && i < n; i++) {
        S_code(e, set[i].date, set[i].text, got, sizeof got);
        const char *at = strstr(got, set[i].want);
        T_REPORT(first ? at == got : at != NULL, "\"%s\" gave \"%s\", want %s\"%s\"",
                 set[i].text, got, first ? "first " : "", set[i].want);
    }
}

/* A sentence dated as an article and either an event it must give (want) or, want
 * NULL, a piece no event of it may hold (none, such as " 070 "). */
typedef struct {
    const char *date, *text, *want, *none;
} S_check;

/* Codes each of the n checks with engine e (none when e is NULL) and checks its events. */
static void S_code_checks(dyad_engine *e, const S_check *set, size_t n)
{
    char got[1024];
    for (size_t i = 0; e && i < n; i++) {
        S_code(e, set[i].date, set[i].text, got, sizeof got);
        T_REPORT(set[i].want ? strstr(got, set[i].want) != NULL
                             : strstr(got, set[i].none) == NULL,
                 "\"%s\" gave \"%s\"", set[i].text, got);
    }
}

/* S_code_checks with an engine of its own, of the modalities given (0: the default). */
static void S_checks(unsigned modalities, const S_check *set, size_t n)
{
    dyad_engine *e = S_engine(modalities, NULL);
    S_code_checks(e, set, n);
    dyad_engine_free(e);
}

/* ---- the stream: articles from memory, events serialised as JSON lines ---- */

typedef struct S_src {
    dyad_reader *r;
} S_src;

static int S_next(void *user, dyad_article *a)
{
    return dyad_reader_next(((S_src *)user)->r, a) == 1;
}

typedef struct S_sinkst {
    FILE *f;
    long articles;
} S_sinkst;

static int S_sink(void *user, const dyad_article *a, const dyad_coded_article *c,
                  dyad_status st)
{
    S_sinkst *s = user;
    s->articles++;
    fprintf(s->f, "# %s %d %zu\n", a->id, (int)st, c ? c->nsent : 0);
    for (size_t i = 0; c && i < c->nevents; i++)
        dyad_event_write(s->f, DYAD_FMT_JSONL, &c->events[i]);
    return 0;
}

static char *S_stream(dyad_engine *e, const char *path, int threads, long *narticles)
{
    char *buf = NULL;
    size_t len = 0;
    S_sinkst s = {open_memstream(&buf, &len), 0};
    S_src src = {dyad_reader_new(path, DYAD_INPUT_AUTO, NULL)};
    OK(src.r != NULL);
    if (src.r)
        INT_EQ(dyad_code_stream(e, S_next, &src, threads, S_sink, &s, NULL), DYAD_OK);
    dyad_reader_free(src.r);
    fclose(s.f);
    *narticles = s.articles;
    return buf;
}

/* An engine that keeps events whose source or target is unknown, for the acts the
 * tests below read where a sentence seldom names both sides; NULL on failure. */
static dyad_engine *S_unknown_engine(void)
{
    dyad_engine_opts o = {0};
    dyad_code_opts_default(&o.code);
    o.code.require_dyad = 0;
    dyad_engine *e = NULL;
    dyad_diag d = {0};
    INT_EQ(dyad_engine_load(&o, &e, &d), DYAD_OK);
    return e;
}

/* The checks of set on such an engine, loaded for them alone. */
static void S_unknown_checks(const S_check *set, size_t n)
{
    dyad_engine *e = S_unknown_engine();
    S_code_checks(e, set, n);
    dyad_engine_free(e);
}

/* "Decline" with an amount, another preposition or nothing after it is a fall, no
 * refusal. */
static void test_fall(void)
{
    static const char *const falls[] = {
        "Japanese car exports declined 12 pct to 3,400 units in May.",
        "Canadian wheat sales to China declined to 2,150 tonnes last month.",
        "Indian tea exports to Iran declined by about 5 pct.",
        "Japan's trade surplus will decline this year.",
    };
    dyad_engine *e = S_unknown_engine();
    char got[1024];
    for (size_t i = 0; e && i < sizeof falls / sizeof *falls; i++) {
        S_code(e, "1987-06-01", falls[i], got, sizeof got);
        OK(strstr(got, " 12") == NULL);
    }
    S_code(e, "1987-06-01", "Kuwait declined to buy Japanese cars.", got, sizeof got);
    OK(strstr(got, "KWT JPN 120 asserted") == got);
    dyad_engine_free(e);
}

/* A worker codes each article as if it were its first: the speaker of the last
 * article's quotation is no one's in the next ("we" of a quotation that opens it, whose
 * speaker no sentence names, stays unknown), whatever came before on the same worker. */
static void test_article_forgets(void)
{
    static const char *const before = "Rohan's king said the talks had failed.";
    static const char *const text = "\"We condemn Japan for this.\" Officials in Seoul are "
                                    "angry.";
    dyad_engine *e = S_unknown_engine();
    dyad_worker *w = e ? dyad_worker_new(e) : NULL;
    char alone[256] = "", after[256] = "";
    for (int k = 0; w && k < 3; k++) {
        const char *t = k == 1 ? before : text;
        dyad_article a = {"t", "2024-03-05", "", t, strlen(t), "", "", "test", 0};
        dyad_coded_article c;
        INT_EQ(dyad_worker_code(w, &a, &c, NULL), DYAD_OK);
        char *out = k == 0 ? alone : after;
        for (size_t i = 0; k != 1 && i < c.nevents; i++)
            snprintf(out + strlen(out), 256 - strlen(out), "%s %s %s; ", c.events[i].source,
                     c.events[i].target, c.events[i].code);
    }
    STR_EQ(alone, "--- JPN 111; ");
    STR_EQ(after, alone);
    dyad_worker_free(w);
    dyad_engine_free(e);
}

/* A '+' discard drops the story, events before the phrase included; a discard without
 * '+' drops only its own sentence. */
static void test_story_discard(void)
{
    static const char *const news = "Russia attacked Ukraine on Monday. ";
    static const char *const tails[] = {"The Premier League season opened.",
                                        "The baseball season opened.", ""};
    dyad_engine *e = S_engine(0, NULL);
    char got[3][512], text[256];
    for (int k = 0; e && k < 3; k++) {
        snprintf(text, sizeof text, "%s%s", news, tails[k]);
        S_code(e, "2024-03-05", text, got[k], sizeof got[k]);
    }
    OK(strstr(got[2], "RUS UKR 190 asserted") == got[2]);
    STR_EQ(got[1], got[2]);
    STR_EQ(got[0], "");
    dyad_engine_free(e);
}

/* A doer's wish to go unnamed ("asked not to be identified", "declined to be named",
 * "requested anonymity") is how a story is sourced, no appeal or refusal; named to a
 * post ("refused to be named as envoy") the refusal stands. */
static void test_anonymity(void)
{
    static const S_check set[] = {
        {"1987-06-01",
         "Egypt's envoy asked not to be identified because he was not allowed to speak to "
         "Israel.",
         NULL, " 020 "},
        {"1987-06-01",
         "A Kenyan official declined to be named because he was not allowed to speak to "
         "Ethiopia.",
         NULL, " 120 "},
        {"1987-06-01", "The Egyptian official requested anonymity.", NULL, " 020 "},
        {"1987-06-01",
         "Kenyan officials, who asked that they not be identified, told reporters the talks would "
         "resume.",
         NULL, "KENGOV"},
        {"1987-06-01", "Egypt's minister refused to be named as envoy to Israel.",
         "EGYGOV ISRGOV 120", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* In a passive, a pattern's words after the verb name whom the act was done to: its
 * subject, never the doer after "by" (police shooting protesters is a crackdown,
 * protesters shooting a policeman is not). */
static void test_passive_agent(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Kenyan protesters were shot by police.", "KENCOP KENOPP 175 asserted",
         NULL},
        {"2024-05-01", "Kenyan protesters were not shot by police.", NULL, " 175 asserted"},
        {"2024-05-01", "A Kenyan policeman was shot by protesters.", "KENOPP KENCOP 193 asserted",
         " 175 "},
        {"2024-05-01", "Kenyan police shot protesters.", "KENCOP KENOPP 175 asserted", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A state's police, courts, government or rebels who arrest, detain or abduct people no
 * dictionary names (an unknown name, a number, "people", "dozens") act on their own
 * state's civilians; not on foreigners, not in a sentence that names another state or a
 * story of another, and not when the doers are troops, who hold people abroad as often
 * as at home. */
static void test_home_victims(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Zambian police arrested Mwila Chanda on Tuesday.",
         "ZMBCOP ZMBCVL 173 asserted", NULL},
        {"2024-05-01", "Nicaraguan police detained more than 200 people after the march.",
         "NICCOP NICCVL 173 asserted", NULL},
        {"2024-05-01", "Boko Haram abducted 40 women from a village market.",
         "NGAREB NGACVL 181 asserted", NULL},
        {"2024-05-01", "Ugandan police did not arrest the 30 people.", NULL, "UGACVL 173 asserted"},
        /* guards */
        {"2024-05-01", "Turkish police detained 40 foreigners on Monday.", NULL, "TURCVL"},
        {"2024-05-01", "Greek police arrested five men, Albanian officials said.", NULL, "GRCCVL"},
        {"2024-05-01", "Ethiopian troops detained 30 people on Monday.", NULL, "ETHCVL"},
        {"2024-05-01", "Zambian police seized three trucks on Tuesday.", NULL, "ZMBCVL"},
        {"2024-05-01",
         "Israel and Hamas traded fire across the Gaza border on Monday. Israeli jets struck "
         "Gaza after Hamas fired rockets at Israel. Hamas abducted two people.",
         NULL, "PSECVL"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* An arrest told in the passive with no "by" is the state's when one of its own arms
 * reports it, done to its own people as an active arrest would be; a rights group that
 * reports it names no doer. */
static void test_reported_arrest(void)
{
    static const S_check set[] = {
        {"2024-05-01",
         "Georgian police fired tear gas at protesters. The Interior Ministry said 224 people "
         "had been detained since Thursday.",
         "GEOGOV GEOCVL 173 asserted", NULL},
        {"2024-05-01", "South Korean police said 200 students were detained.",
         "KORCOP KOREDU 173 asserted", NULL},
        {"2024-05-01", "More than 200 people were detained by Nicaraguan police after the march.",
         "NICCOP NICCVL 173 asserted", NULL},
        /* guards */
        {"2024-05-01", "Amnesty International said 224 people had been detained in Georgia.",
         NULL, " 173 "},
        {"2024-05-01", "Five Britons were detained by Iranian police.", NULL, "IRNCVL"},
        {"1987-06-01", "Canada said French fishermen caught in the area would be arrested.", NULL,
         " 173 "},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A noun of fighting names its sides after "between" ("clashes between A and B"), who
 * fight one another (190 each way), as the subject of a verb of harm or of its
 * happening; a battle of shareholders is none. */
static void test_fight_between(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Clashes between Indian and Chinese troops killed 20 soldiers.",
         "INDMIL CHNMIL 190 asserted", NULL},
        {"2024-05-01", "Clashes between Indian and Chinese troops killed 20 soldiers.",
         "CHNMIL INDMIL 190 asserted", NULL},
        {"2024-05-01", "The clashes between Armenia and Azerbaijan killed 50 soldiers.",
         "ARM AZE 190 asserted", NULL},
        /* guards */
        {"2024-05-01", "A takeover battle between Japanese and American firms began on Monday.",
         NULL, " 190 "},
        {"2024-05-01", "Clashes between Indian and Chinese troops could kill thousands.", NULL,
         " 190 "},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* One actor named by a plural that does a thing to "each other", "one another", or
 * to "the other" after "both", does it among its own, on its own country; several
 * actors still do it to one another, and "the other" with no "both" or "each" is no
 * one's. */
static void test_within_each_other(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Sudan's warring parties accused each other of violating the truce.",
         "SDNPTY SDN 112 asserted", NULL},
        {"2024-05-01", "Rival Afghan factions clashed with each other in Kabul.",
         "AFGGOV AFG 190 asserted", NULL},
        {"2024-05-01", "Both Libyan camps blamed the other for the postponed vote.",
         "LBYGOV LBY 112 asserted", NULL},
        {"2024-05-01", "Somali clan militias fought one another near Beledweyne.",
         "SOMUAF SOM 190 asserted", NULL},
        /* guards */
        {"2024-05-01", "Armenia and Azerbaijan accused each other of violating the ceasefire.",
         "AZE ARM 112 asserted", NULL},
        {"2024-05-01", "Libyan camps blamed the other for the postponed vote.", NULL, " LBY "},
        {"2024-05-01", "Afghan officials accused Pakistan of shelling the border.",
         "AFGGOV PAK 112 asserted", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* An organisation's envoy after a state's possessive is the state's envoy to it; the
 * organisation's own envoy, and a name after a possessive, stay who they are. */
static void test_state_envoy(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Russia's U.N. envoy accused Britain of lying.", "RUSGOV GBR 112 asserted",
         NULL},
        {"2024-05-01", "Iran's UN envoy criticized Israel.", "IRNGOV ISR 111 asserted", NULL},
        /* guards */
        {"2024-05-01", "The U.N. envoy for Syria criticized Israel.", "IGOUNOGOV ISR 111 asserted",
         NULL},
        {"2024-05-01", "Turkey's rival Greece criticized Cyprus.", "GRC CYP 111 asserted", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A finite verb of attending takes part in the talks or meeting its object names with
 * another party, as "attending" does; a meeting or a funeral with no party named is
 * no one's. */
static void test_attended_talks(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Iran attended talks with Russia in Geneva.", "IRN RUS 046 asserted",
         NULL},
        {"2024-05-01", "Lavrov will attend talks with Blinken in Geneva next week.",
         "RUSGOV USAGOV 046 planned", NULL},
        {"2024-05-01", "Hamas attended a meeting with Egyptian mediators in Cairo.",
         "PSEREB EGY 040 asserted", NULL},
        /* guards */
        {"2024-05-01", "Blinken attended the funeral in Tokyo.", NULL, " 04"},
        {"2024-05-01", "Two deputies also attended the 30-minute meeting.", NULL, " 04"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* "He" or "she" after a person who says something, in the speaker's own sentence with
 * another person named before, is that speaker; not when the nearest person says
 * nothing ("told Zelenskiy he would", either may be meant). */
static void test_speaker_he(void)
{
    static const S_check set[] = {
        {"2025-03-11",
         "Trump raised the tariffs after Ontario Premier Doug Ford said he is adding a levy "
         "on electricity sold to American customers.",
         "CANGOV USA 163 asserted", NULL},
        {"2024-05-01", "After talks with Biden, Erdogan said he would back Sweden's bid.",
         "TURGOV SWE 051 planned", NULL},
        /* guard */
        {"2024-05-01", "Macron told Zelenskiy he would send more weapons to Ukraine.", NULL,
         "GOV UKR 072"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* Words set off by commas between a subject and its verb ("Thousands of demonstrators,
 * many waving EU flags, blocked") leave the verb's patterns the subject's words, and
 * what some of them do names no one they are. */
static void test_subject_set_off(void)
{
    static const S_check set[] = {
        {"2024-05-01",
         "Georgian riot police fired water cannon at protesters. Thousands of demonstrators, "
         "many waving EU flags, blocked Rustaveli Avenue in central Tbilisi.",
         "GEOOPP GEOGOV 144 asserted", NULL},
        {"2024-05-01", "Thousands of demonstrators, many waving EU flags, blocked the avenue.",
         NULL, "IGOEUREEC"},
        {"2024-05-01", "Protesters, who had gathered since dawn, blocked the main road into Seoul.",
         " 144 asserted", NULL},
        /* a warship leaving a port is no withdrawal of forces */
        {"1987-06-01",
         "The U.S. destroyer Cole, hit last month in a missile strike, left Bahrain on "
         "Sunday.",
         NULL, " 0874 "},
        {"1987-06-01", "Soviet troops, weakened by years of war, left Afghanistan.",
         "SUNMIL AFG 0874 asserted", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A part of "them" ("one of them", "two of them", "some of them") is of whom "them" is. */
static void test_part_of_them(void)
{
    static const S_check set[] = {
        {"2024-05-01",
         "Chinese coast guard vessels chased Vietnamese fishing boats and fired water cannon "
         "at two of them.",
         "CHNMIL VNM 175 asserted", NULL},
        {"2024-05-01", "Vietnamese fishermen said Chinese coast guard vessels rammed one of them.",
         "CHNMIL VNMAGR 190 asserted", NULL},
        {"2024-05-01",
         "Kenyan police arrested dozens of Ugandan traders and deported some of them.",
         "KENCOP UGABUS 174 asserted", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* "Them" after a state's act on its opposition may be that opposition, the state's
 * other side at home; not the state's own forces, who are of its side. */
static void test_opposition_them(void)
{
    static const S_check set[] = {
        {"2024-05-01",
         "Nicaragua's government jailed opposition leaders on Friday, accusing them of treason.",
         "NICGOV NICOPP 112", NULL},
        {"2024-05-01", "The Zimbabwean government banned opposition rallies and warned them.",
         "ZWEGOV ZWEOPP 130", NULL},
        {"2024-05-01", "Cuban police arrested opposition members and beat them.",
         "CUBCOP CUBOPP 182", NULL},
        /* guard */
        {"2024-05-01", "Russia's government praised Russian troops and thanked them.", NULL,
         "RUSGOV RUSMIL"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* An unnamed member of the opposition ("an opposition leader", "an opposition
 * lawmaker") is of the opposition at home, as "the opposition" is. */
static void test_opposition_member(void)
{
    static const S_check set[] = {
        {"2024-05-01",
         "Zimbabwean police fired tear gas at crowds in Harare on Saturday. An opposition "
         "leader condemned the police.",
         "ZWEOPP ZWECOP 111", NULL},
        {"2024-05-01",
         "Zimbabwean police fired tear gas at crowds in Harare on Saturday. An opposition "
         "lawmaker accused the police of brutality.",
         "ZWEOPPLEG ZWECOP 112", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* Exercises several doers hold or begin at no one (their words naming no party known,
 * or one of the doers) are military cooperation each way; aimed at a party that is no partner they stay a
 * show of force. */
static void test_exercises_together(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Manila and Washington will hold their largest annual military exercises.",
         "PHLGOV USAGOV 062 planned", " 152 "},
        {"2024-05-01", "China and Russia held military exercises near Japan.",
         "CHN JPN 152 asserted", " 062 "},
        /* exercises whose words name no party known ("military exercises") */
        {"2024-05-01",
         "Manila and Washington will hold their largest annual military exercises next month.",
         "PHLGOV USAGOV 062 planned", " 152 "},
        {"2022-02-10", "Russia and Belarus began large-scale military exercises on Thursday.",
         "BLR RUS 062 asserted", " 152 "},
        /* held in the waters of one of the doers, they are aimed at no one */
        {"2024-05-01",
         "Manila and Washington will hold their largest annual military exercises next month, "
         "with more than 16,000 troops taking part, including for the first time drills "
         "outside Philippine territorial waters.",
         "USAGOV PHLGOV 062 planned", " 15"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A participle set off by a comma after a rejection or a denial is the doer's own
 * charge, asserted, not a thing it rejects or denies. */
static void test_answer_participle(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Estonia rejected the report, accusing Latvia of spreading lies.",
         "EST LVA 112 asserted", NULL},
        {"2024-05-01", "Chile denied the charge, calling Peru an aggressor.",
         "CHL PER 111 asserted", NULL},
        /* a gerund the denial takes as its object is still denied */
        {"2024-05-01", "Chile denied attacking Peru.", NULL, "CHL PER"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A duty told in a participle of saying is the doer's demand or appeal, made: the
 * modal is the duty's own, not a hedge on the saying. */
static void test_saying_duty(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Poland closed the border, saying Belarus must stop sending migrants.",
         "POL BLR 100 asserted", NULL},
        {"2024-05-01",
         "China refused to talk to Taipei, saying Taiwan should accept the principle.",
         "CHN TWN 020 asserted", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* Goods shipped back repay or return a sale: no one is expelled, as people sent back
 * are. */
static void test_shipped_back(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Kenya will ship 5,000 tonnes back to Uganda.", NULL, " 174 "},
        {"2024-05-01", "Peru sent the Chilean diplomats back to Santiago.",
         "PER CHLGOV 174 asserted", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A refusal joined by "and" to a finite verb of its own is no refusal of that verb's
 * parties. */
static void test_refusal_conjunct(void)
{
    static const S_check set[] = {
        {"2024-05-01",
         "Serbia has refused to recognize Kosovo and is backed in that stance by Russia.",
         "SRB KSV 120 asserted", NULL},
        {"2024-05-01",
         "Serbia has refused to recognize Kosovo and is backed in that stance by Russia.",
         NULL, "SRB RUS"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A verb coordinated after another shares its subject: the earlier verb's object, or
 * a party named inside it, is no doer of the later one, even where the subject names
 * no one known; a time the parser set beside the subject is no subject. */
static void test_shared_subject(void)
{
    static const S_check set[] = {
        {"2024-05-01",
         "Egypt's foreign minister, Karim Adel, called the truce a gift to Hamas and "
         "accused Israel of stalling the talks.",
         "EGYGOV ISR 112 asserted", NULL},
        {"2024-05-01",
         "Egypt's foreign minister, Karim Adel, called the truce a gift to Hamas and "
         "accused Israel of stalling the talks.",
         NULL, "PSEREB ISR 112"},
        {"2024-05-01",
         "Sudanese troops crossed into Chad on Sunday, burning villages and arresting "
         "Chadian police officers.",
         "SDNMIL TCDCOP 173 asserted", NULL},
        {"2024-05-01",
         "Kovac apologized to President Volodymyr Zelenskiy in a video on Sunday night and "
         "fired his security chief, who had served under the former president.",
         NULL, "UKRGOV UKR 172"},
        {"2024-05-01",
         "Iraq on Sunday denied as false reports that it intended to mine the waterway and "
         "warned Kuwait that any attack would bring a harsh reply.",
         "IRQ KWT 138", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A gerund's clause of time is as planned as the verb it hangs on ("will speak ...
 * after meeting X"), as real as one told in the past; "visiting" after its conjunction
 * is the visit's verb, its doer the visitor (the subject of the verb it hangs on), no
 * word of a visitor's noun. */
static void test_gerund_time(void)
{
    static const S_check set[] = {
        {"2024-05-01",
         "The Chinese premier will speak to reporters in Rome after meeting the French "
         "president.",
         "CHNGOV FRAGOV 040 planned", NULL},
        {"2024-05-01",
         "The Chinese premier spoke to reporters in Rome after meeting the French president.",
         "CHNGOV FRAGOV 040 asserted", NULL},
        {"2024-05-01", "The Chinese premier told reporters after visiting Paris that ties were "
                       "strong.",
         "CHNGOV FRAGOV 042 asserted", NULL},
        {"2024-05-01", "The Chinese premier told reporters after visiting Paris that ties were "
                       "strong.",
         NULL, "FRAGOV CHNGOV 042"},
        /* a measure of time the parser sets inside the clause, before its mark, is no
         * doer: the flight's subject visited */
        {"2024-05-01",
         "The Chinese premier flew home on Friday, two days after visiting Paris.",
         "CHNGOV FRAGOV 042 asserted", NULL},
        {"2024-05-01",
         "The Chinese premier will fly to Rome on Friday, a day before visiting Paris.",
         "CHNGOV FRAGOV 042 planned", NULL},
        /* a gerund's clause of a noun, set off by no comma, is the verb's subject's act */
        {"2024-05-01", "Turkey claimed a right to self-defense in destroying a Syrian radar post.",
         "TUR SYR 1712 asserted", NULL},
        /* a state's own people arriving in it are no guests of its */
        {"2024-05-01",
         "Most passengers changed to other airlines after arriving at U.S. airports.", NULL,
         "USA USACVL 043"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* One who goes back or home to a place of its own state visits no one there; going
 * back to another state's is a visit again. */
static void test_home_journey(void)
{
    static const S_check set[] = {
        {"2024-05-01", "The French president flew back to Paris on Sunday.", NULL,
         "FRAGOV FRAGOV 04"},
        {"2024-05-01", "The Chinese premier arrived home in Beijing.", NULL, "CHNGOV CHNGOV 04"},
        {"2024-05-01", "The German envoy flew back to Kyiv for more talks.",
         "DEUGOV UKRGOV 042 asserted", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A party a reporter says must be held to account is the reporter's demand of it; a
 * passive duty of no such kind asks nothing of its subject. */
static void test_held_to_account(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Albania said Serbia must be held to account for the raid.",
         "ALB SRB 100 asserted", NULL},
        {"2024-05-01", "\"Serbia must be held responsible,\" Albania's prime minister said.",
         "ALBGOV SRB 100 asserted", NULL},
        {"2024-05-01", "The EU said Russia should be held accountable.", "IGOEUREEC RUS 020",
         NULL},
        {"2024-05-01", "Albania said Serbia must be watched closely.", NULL, "ALB SRB"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* Demands sent are made of whom they go to, as a list or bare; a letter sent alone
 * is no event. */
static void test_demands_sent(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Chile sent Peru a list of nine demands.", "CHL PER 100 asserted", NULL},
        {"2024-05-01", "Chile sent its demands to Peru.", "CHL PER 100 asserted", NULL},
        {"2024-05-01", "Chile sent Peru a letter.", NULL, "CHL PER"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* What a possessed claim says is no word of its maker: the denial answers the maker. */
static void test_claim_clause(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Mali denied France's charge that Russian fighters are in the country.",
         "MLI FRA 016 asserted", NULL},
        {"2024-05-01", "Mali denied France's charge that Russian fighters are in the country.",
         NULL, "FRAREB"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* Mass violence a state says another party does is that state's charge; the U.N.
 * reporting it makes a finding, no charge. */
static void test_atrocity_charged(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Armenia says Azerbaijan is carrying out ethnic cleansing in the valley.",
         "ARM AZE 112 asserted", NULL},
        {"2024-05-01", "The United Nations said Azerbaijan was committing genocide.", NULL,
         "IGOUNO AZE"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A setting of time or occasion after the object ("during a news conference", "during
 * the weekend"), whether the parser hangs it on the object or on the verb, is neither
 * the party nor a place that takes the act away: the rejection stands, of no one named. */
static void test_setting(void)
{
    static const char *const set[] = {
        "Albania rejected the allegations during a news conference.",
        "Albania rejected the allegations during a meeting.",
        "Albania rejected the allegations during the weekend.",
        "Albania rejected the allegations in a news conference.",
    };
    dyad_engine *e = S_unknown_engine();
    char got[1024];
    for (size_t i = 0; e && i < sizeof set / sizeof *set; i++) {
        S_code(e, "2024-05-01", set[i], got, sizeof got);
        OK(strstr(got, "ALB --- 120 asserted") == got);
    }
    /* nor is an occasion a party, whatever its words name: "the press" of a press
     * conference is no media of the doer's country */
    S_code(e, "2024-05-01", "Albania rejected the allegations at a press conference.", got,
           sizeof got);
    OK(strstr(got, "ALB --- 120 asserted") == got);
    S_code(e, "2024-05-01", "Albania condemned the attack at a news briefing.", got, sizeof got);
    OK(strstr(got, "ALB --- 111 asserted") == got);
    S_code(e, "2024-05-01", "Germany will hold a press conference on Friday.", got, sizeof got);
    OK(strstr(got, "MED") == NULL);
    /* a news conference held is no meeting, with the place named after it either */
    S_code(e, "2024-05-01",
           "The Japanese trade minister is set to hold a news conference on Friday after "
           "flying back from Washington.",
           got, sizeof got);
    OK(strstr(got, " 040 ") == NULL);
    dyad_engine_free(e);
}

/* An act told by a light verb and its noun is the noun's act with whom the noun's
 * preposition names, whichever verb hands it over; a noun with no party of its own
 * ("to" opening an infinitive, an amendment "to" a bill) puts nothing to anyone. */
static void test_light_verbs(void)
{
    static const struct {
        const char *text, *want;
    } acts[] = {
        {"Japan delivered a protest to Russia over the Kuril Islands.", "JPN RUS 114 asserted"},
        {"Canberra sent a note of protest to Jakarta on Tuesday.", "AUSGOV IDNGOV 114 asserted"},
        {"Syria registered a protest with the United Nations.", "SYR IGOUNO 114 asserted"},
        {"Seoul made a formal complaint to Tokyo over the textbooks.",
         "KORGOV JPNGOV 114 asserted"},
        {"The minister delivered a sharp rebuke to Israel.", "---GOV ISR 111 asserted"},
        {"Tehran issued a rebuke to Paris over the cartoons.", "IRNGOV FRAGOV 111 asserted"},
        {"Russia levelled fresh accusations against Britain over the poisoning.",
         "RUS GBR 112 asserted"},
        {"Kenya made a formal request to Britain for the extradition of the suspect.",
         "KEN GBR 020 asserted"},
        {"France extended an invitation to the Indian prime minister.",
         "FRA INDGOV 020 asserted"},
        {"Moscow tabled new proposals to Washington at the arms talks in Geneva.",
         "RUSGOV USAGOV 020 asserted"},
        {"Egypt put forward a proposal to Israel on a ceasefire.", "EGY ISR 020 asserted"},
        {"Beijing handed a protest note to the Japanese ambassador.",
         "CHNGOV JPNGOV 114 asserted"},
        {"Modi extended his congratulations to Trump on his election victory.",
         "INDGOV USAELI 051 asserted"},
        {"Putin sent a message of support to Kim Jong Un.", "RUSGOV PRKGOV 051 asserted"},
        {"Spain offered its condolences to Morocco after the earthquake.",
         "ESP MAR 018 asserted"},
        {"Beijing gave its backing to Moscow on Tuesday.", "CHNGOV RUSGOV 051 asserted"},
        {"Germany lent its backing to the Polish candidate.", "DEU POLPTY 051 asserted"},
        {"Biden placed a phone call to Netanyahu on Sunday.", "USAGOV ISRGOV 041 asserted"},
        {"Russia pinned the blame for the blast on Ukraine.", "RUS UKR 112 asserted"},
        {"Paris took issue with Washington over the tariffs.", "FRAGOV USAGOV 110 asserted"},
        {"The EC envoy took exception to the American proposals on reciprocity.",
         "---GOV USA 110 asserted"},
        {"The senator took a swipe at China on Tuesday.", "---LEG CHN 111 asserted"},
        {"Trump took a dig at Canada over its dairy tariffs.", "USAELI CAN 111 asserted"},
        {"The Philippines filed a diplomatic protest against China over the collision.",
         "PHL CHN 114 asserted"},
        {"Tokyo filed a formal protest with Seoul over the islands.",
         "JPNGOV KORGOV 114 asserted"},
        {"Canada filed a formal complaint with the World Trade Organization against the "
         "United States.",
         "CAN USA 115 asserted"},
        {"India put pressure on Pakistan to act against the militants.",
         "IND PAK 100 asserted"},
        {"The White House is putting heavy pressure on Seoul to buy American beef.",
         "USAGOV KORGOV 100 asserted"},
        {"Turkey extended an olive branch to Armenia on Friday.", "TUR ARM 030 asserted"},
        /* opposition or rejection voiced: at the owner of what it is to, never at an
         * opposition the noun would name */
        {"Beijing expressed firm opposition to Washington's arms sales to Taipei.",
         "CHNGOV USAGOV 120 asserted"},
        {"Syria voiced its opposition to the Egyptian plan for a peace conference.",
         "SYR EGY 120 asserted"},
        {"Cairo voiced its rejection of the Israeli plan for Gaza.", "EGYGOV ISR 120 asserted"},
        {"Moscow expressed its opposition to NATO's expansion to the east.",
         "RUSGOV IGOWSTNAT 120 asserted"},
        {"Japan reiterated its opposition to the U.S. tariffs on Japanese chips.",
         "JPN USA 120 asserted"},
        /* a ban imposed on goods, sales, flights, transit or broadcasts: as banning them */
        {"Britain imposed a ban on arms sales to Syria.", "GBR SYR 163 asserted"},
        {"Riyadh imposed a ban on flights to Qatar.", "SAUGOV QAT 163 asserted"},
        {"The European Union introduced a ban on Russian oil.", "IGOEUREEC RUS 163 asserted"},
        {"Vilnius imposed a ban on the transit of Russian steel to Kaliningrad.",
         "LTUGOV RUS 163 asserted"},
        {"The Taliban imposed a ban on the BBC's broadcasts.", "GBRMED 1721 asserted"},
        /* the passive: the doer is the "by" phrase, or else the clause's reporter */
        {"Fresh protests were levelled against Britain by Russia.", "RUS GBR 114 asserted"},
        {"The Japanese foreign ministry said a strong protest had been lodged with the "
         "Chinese embassy in Tokyo.",
         "JPNGOV CHNGOV 114 asserted"},
        {"The White House said an invitation has been extended to the Indian prime minister.",
         "USAGOV INDGOV 020 asserted"},
        {"A State Department spokesman told reporters the new proposals were put to the "
         "Soviet Union at the talks.",
         "USAGOV SUN 020 asserted"},
        {"Kenya said a formal request had been made to Britain for the suspect's extradition.",
         "KEN GBR 020 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    char got[1024];
    for (size_t i = 0; e && i < sizeof acts / sizeof *acts; i++) {
        S_code(e, "2024-05-10", acts[i].text, got, sizeof got);
        OK(strstr(got, acts[i].want) != NULL);
    }
    S_code(e, "1987-03-06", "Ottawa is wary of a proposal to cut tariffs on Japanese cars.",
           got, sizeof got);
    OK(strstr(got, " 020 ") == NULL);
    S_code(e, "1987-03-06",
           "The senator tabled the proposal as a rider to a bill on Japanese beef imports.",
           got, sizeof got);
    OK(strstr(got, " 020 ") == NULL);
    /* a light verb's noun as the subject of an active verb is no act put to anyone;
     * a measure told in the passive is not its reporter's */
    S_code(e, "2024-05-10", "The protest raised tensions with China, officials said.", got,
           sizeof got);
    OK(strstr(got, " 114 ") == NULL);
    S_code(e, "2024-05-10", "Moscow said new sanctions were imposed on Kyiv last week.", got,
           sizeof got);
    OK(strstr(got, " 163 ") == NULL);
    /* pressure on a market asks no one to act */
    S_code(e, "1987-03-06", "Tokyo's rate cut put further pressure on the dollar in Europe.",
           got, sizeof got);
    OK(strstr(got, " 100 ") == NULL);
    /* a particle after another phrase of the verb's, or inside its object's, is theirs:
     * neither takes anything over; one right after the object is the verb's */
    /* opposition that names no party after it is aimed at no one: not the party or the
     * members of the phrase that voices it */
    S_code(e, "2024-05-10", "The airline said Delta had been the lone bidder voicing opposition "
           "to the merger.", got, sizeof got);
    OK(strstr(got, " 120 ") == NULL);
    S_code(e, "2024-05-10", "Business lobbies, among them the U.S. Chamber of Commerce and the "
           "Farm Bureau, voiced loud opposition to the plan.", got, sizeof got);
    OK(strstr(got, " 120 ") == NULL);
    /* a ban on a domestic practice names no party */
    S_code(e, "2024-05-10", "The city imposed a ban on sales of alcohol during the summit.", got,
           sizeof got);
    OK(strstr(got, " 163 ") == NULL);
    S_code(e, "2024-05-10", "Trump took aim at Canada over its dairy tariffs.", got, sizeof got);
    OK(strstr(got, "USAELI CAN 111 asserted") != NULL && strstr(got, " 171 ") == NULL);
    S_code(e, "2024-05-10", "Moscow took Kyiv to task over the drone attacks.", got, sizeof got);
    OK(strstr(got, " 171 ") == NULL);
    S_code(e, "2024-05-10", "Israel pulled most of its troops out of Lebanon.", got, sizeof got);
    OK(strstr(got, "ISR LBN 087 asserted") != NULL);
    S_code(e, "2024-05-10", "Iran took the tanker over on Friday.", got, sizeof got);
    OK(strstr(got, "IRN --- 171 asserted") != NULL);
    dyad_engine_free(e);
}

/* A name with particles or an article ("von der Leyen", "al-Sudani", "Al-Shabab") is one
 * name, and the dictionaries find its bearer: the parser had cut it in two, and the half
 * left as the subject named no one. */
static void test_name_particles(void)
{
    dyad_engine *e = S_unknown_engine();
    char got[1024];
    S_code(e, "2024-05-01", "Ursula von der Leyen criticized China.", got, sizeof got);
    OK(strstr(got, "IGOEUREEC CHN 111 asserted") == got);
    S_code(e, "2024-05-01", "Mohammed Shia al-Sudani met Iranian officials in Tehran.", got,
           sizeof got);
    OK(strstr(got, "IRQGOV IRNGOV 040 asserted") == got);
    S_code(e, "2024-05-01", "Hussein al-Sheikh met Egyptian officials in Cairo.", got,
           sizeof got);
    OK(strstr(got, "PSEGOV EGYGOV 040 asserted") == got);
    /* the article capitalised where the name opens the sentence, before an apposition */
    S_code(e, "2024-05-01", "Al-Shabab, a banned militant group, attacked a Kenyan army base.",
           got, sizeof got);
    OK(strstr(got, "SOMREB KENMIL 190 asserted") == got);
    dyad_engine_free(e);
}

/* A Chinese official's title and name ("Vice Premier He Lifeng", "Vice Premier Liu He")
 * is one phrase naming the person: the tagger had read "He" as the pronoun and "Vice"
 * as a common noun, and the phrase that came out was the state alone. The pronoun that
 * follows a headline's verb stays one. */
static void test_chinese_titles(void)
{
    static const S_case set[] = {
        {"2024-05-01", "Chinese Vice Premier He Lifeng met Dutch officials in The Hague.",
         "CHNGOV NLDGOV 040 asserted"},
        {"2024-05-01", "Vice Premier He Lifeng criticized Canada on Monday.",
         "CHNGOV CAN 111 asserted"},
        {"2020-05-01", "Chinese Vice Premier Liu He met Thai officials in Bangkok.",
         "CHNGOV THAGOV 040 asserted"},
        {"2024-05-01", "China's He Lifeng held talks with Kenyan officials.",
         "CHNGOV KENGOV 046 asserted"},
        {"2015-05-01", "Obama Says He Will Visit Cuba.", "USAGOV CUB 042 planned"},
    };
    dyad_engine *e = S_unknown_engine();
    S_code_cases(e, set, sizeof set / sizeof *set, 1);
    dyad_engine_free(e);
}

/* A state, a title and a person the dictionary puts in that state's government on the
 * date is the person, coded by the office held, as the title and name alone are; one
 * the dates put out of government keeps the state and the title's roles. */
static void test_titled_person(void)
{
    static const S_case set[] = {
        {"2024-05-01", "U.S. Treasury Secretary Janet Yellen criticized China.",
         "USAGOV CHN 111 asserted"},
        {"1987-10-20", "West German Finance Minister Gerhard Stoltenberg criticized Japan.",
         "DEUGOV JPN 111 asserted"},
        {"2024-03-01", "Japanese Finance Minister Katsunobu Kato met Yellen in Washington.",
         "JPNGOVBUS USAGOV 040 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    S_code_cases(e, set, sizeof set / sizeof *set, 1);
    dyad_engine_free(e);
}

/* A participle the parser hung in a clause of its own on the verb phrase after a noun
 * says what was done to that noun, not to the nearest party before it: the program
 * promised by Aquino is no promise to the ambassador who speaks of it. */
static void test_hung_participle(void)
{
    static const S_check set[] = {
        {"1987-03-01",
         "U.S. Ambassador John Miller said much hope was riding on the farm program "
         "promised by President Corazon Aquino.",
         NULL, "USAGOV 030"},
        {"1987-03-01", "Iraq said much hope was riding on the talks with Iran mediated by "
                       "Algeria.",
         "DZA IRN 045", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A surname names again the person a title and full name introduced, also where the
 * tagger reads it as a plural common noun ("Figueras", "Qaddoras") when introduced or
 * named again, where words follow the name ("of Kuwait", "'s remarks") and where the
 * parser sets the office apart from the name; a word in lower case is no name. */
static void test_surname_again(void)
{
    static const S_check set[] = {
        {"1987-10-20",
         "Argentine Agriculture Minister Ernesto Figueras criticised Japan. Figueras "
         "criticised the United States.",
         "ARGGOVAGR USA 111 asserted", NULL},
        {"1987-10-20",
         "Argentine Agriculture Minister Ernesto Figueras met U.S. officials. Figueras "
         "criticised the United States.",
         "ARGGOVAGR USA 111 asserted", NULL},
        {"1987-10-20",
         "Kuwait's Foreign Undersecretary Suleiman Qaddoras criticised Japan. Qaddoras "
         "criticised Britain.",
         "KWTGOV GBR 111 asserted", NULL},
        {"1987-10-20",
         "Kuwaiti Foreign Undersecretary Suleiman Qaddoras met Japanese officials. Mr "
         "Qaddoras accused Iran of lying.",
         "KWTGOV IRN 112 asserted", NULL},
        {"1987-10-20",
         "Deputy U.S. Trade Representative Michael Tolleras criticised Japan. Tolleras "
         "criticised the European Community.",
         "USAGOVBUS IGOEUREEC 111 asserted", NULL},
        {"1987-10-20",
         "Foreign Undersecretary Nasser Dorrell of Kuwait criticised Japan. Dorrell "
         "criticised the United States.",
         "KWTGOV USA 111 asserted", NULL},
        {"1987-10-20",
         "Kuwaiti Foreign Undersecretary Nasser Dorrell met Japanese officials. Dorrell "
         "criticised Britain.",
         "KWTGOV GBR 111 asserted", NULL},
        {"1987-10-20",
         "Japan rejected Kuwaiti Oil Minister Nasser Dorrell's remarks on prices. Dorrell "
         "criticised Japan again.",
         "KWTGOVBUS JPN 111 asserted", NULL},
        {"1987-10-20",
         "Argentine Trade Minister Ernesto Steel met Japanese officials. Japan criticised "
         "steel.",
         NULL, "JPN ARG"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* "the Senate" or "the Senate bill" after a government whose state has no Senate is
 * Washington's, as "Congress" is; a state with a Senate of its own keeps it. */
static void test_foreign_senate(void)
{
    static const S_case set[] = {
        {"2024-05-01", "Seoul objected to the Senate bill.", "KORGOV USALEG 110 asserted"},
        {"2024-05-01", "Hanoi criticized the Senate.", "VNMGOV USALEG 111 asserted"},
        {"1987-05-01", "Seoul objected to the Senate's bill on textile quotas.",
         "KORGOV USALEG 110 asserted"},
        {"2024-05-01", "Manila criticized the Senate.", "PHLGOV PHLLEG 111 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    S_code_cases(e, set, sizeof set / sizeof *set, 1);
    dyad_engine_free(e);
}

/* A plan, a proposal, a budget, a law or a list named again by "the" and its noun, as the
 * other party of a known doer, is its owner's: the party named with it ("Japan's new trade
 * proposals", the Kenyan bill and not "another" one), before a preposition too ("the
 * proposed EU levy on Chinese cars"), however many sentences before and whatever bare
 * "the tax" came between, or the one that put it forward, sent or made it; never the doer
 * itself, nor the maker of something else ("approved the budget" for "the plan"), nor
 * whom a preposition after it names ("a new tax on Japanese cars", "an aid bill for
 * Ukraine"). */
static void test_owned_again(void)
{
    static const struct {
        const char *text, *want;
    } set[] = {
        {"Hamas presented a new truce proposal on Monday. Israel rejected the proposal.",
         "ISR PSEREB 12"},
        {"The Chinese parliament approved the new security law. Britain condemned the law.",
         "GBR CHNLEG 111"},
        {"Japan's new trade proposals were published on Monday. The United States rejected "
         "the proposals on Tuesday.",
         "USA JPN 12"},
        {"The Kenyan cabinet approved a plan to raise fuel taxes. Uganda criticized the plan.",
         "UGA KENGOV 111"},
        {"Egypt proposed that both sides halt fire for a week. Israel rejected the proposal.",
         "ISR EGY 12"},
        {"The Kenyan bill may be attached to another Senate bill. Uganda criticized the bill.",
         "UGA KEN 111"},
        {"The proposed EU levy on Chinese electric vehicles drew sharp protests. Beijing "
         "condemned the levy.",
         "CHNGOV IGOEUREEC 111"},
        {"Farmers fear the proposed Japanese tax on imported rice. Officials said Washington "
         "would retaliate if the tax was imposed. Canada opposes the tax.",
         "CAN JPN 120"},
        {"Japan's beef quotas limit imports to 177,000 tonnes a year. Ranchers want to sell "
         "more. Prices rose sharply last month. The quotas expire next March. Washington "
         "criticized the quotas on Monday.",
         "USAGOV JPN 111"},
        /* a budget too: its owner's, or the doer's of the act that made it */
        {"Kenya's parliament passed the government's budget last week. Uganda rejected the "
         "budget.",
         "UGA KENGOV 120"},
        {"The Kenyan cabinet approved a new budget on Monday. Uganda criticized the budget.",
         "UGA KENGOV 111"},
        /* a list of demands sent or issued is its senders', each of them */
        {"Egypt and Jordan sent Syria a list of ten demands in May. Syria rejected the list "
         "as an insult.",
         "SYR JOR 12"},
        {"Egypt and Jordan sent Syria a list of ten demands in May. Syria rejected the list "
         "as an insult.",
         "SYR EGY 12"},
    };
    static const char *const none[] = {
        "Japan's new trade proposals were published on Monday. Tokyo defended the proposals "
        "on Tuesday.",
        "The Kenyan cabinet approved the budget on Monday. Uganda criticized the plan.",
        "A Senate bill may be attached to another Kenyan bill. Uganda criticized the bill.",
        "A new tax on Japanese cars was announced on Monday. Canada criticized the tax.",
        "The Senate passed an aid bill for Kenya. Uganda criticized the bill.",
    };
    dyad_engine *e = S_engine(0, NULL);
    char got[1024];
    for (size_t i = 0; e && i < sizeof set / sizeof *set; i++) {
        S_code(e, "2024-05-01", set[i].text, got, sizeof got);
        OK(strstr(got, set[i].want) != NULL);
    }
    for (size_t i = 0; e && i < sizeof none / sizeof *none; i++) {
        S_code(e, "2024-05-01", none[i], got, sizeof got);
        OK(strstr(got, " JPN ") == NULL && strstr(got, "UGA KEN") == NULL);
    }
    dyad_engine_free(e);
}

/* A chamber or its members named alone ("the House", "senators", "congressmen",
 * "lawmakers") are the legislature's whose people the story named, and no one's when
 * it named only a government or a place: not the Japanese premier's when senators
 * criticise Tokyo. Lawmakers and legislators may be a named government's, when they do
 * not deal with its state. */
static void test_chamber_members(void)
{
    static const S_case set[] = {
        {"1987-03-02",
         "House Speaker Jim Wright said on Monday the budget must be cut. The House voted to "
         "halt funds for the Contra rebels in Nicaragua.",
         "USALEG NICREB 1621"},
        {"2024-05-01",
         "The Philippine Senate voted to review the defence pact with Washington. Senators "
         "accused China of harassing Filipino fishermen.",
         "PHLLEG CHN 112"},
        {"2025-06-01",
         "Senate Majority Leader John Thune said on Tuesday Chinese warships had sailed near "
         "Taiwan. Senators condemned Beijing for the drills.",
         "USALEG CHNGOV 111"},
        {"2024-05-01",
         "House Speaker Mike Johnson met Israeli Prime Minister Benjamin Netanyahu on Monday. "
         "Congressmen urged Iran to free the hostages.",
         "USALEG IRN 02"},
        /* lawmakers and legislators alike */
        {"2024-05-01",
         "Senate Majority Leader Chuck Schumer said on Tuesday aid would pass. Lawmakers urged "
         "Israel to allow more aid into Gaza.",
         "USALEG ISR 0231"},
        {"2024-05-01",
         "Taiwan's legislature passed the defence budget on Friday. Lawmakers accused China "
         "of intimidation.",
         "TWNLEG CHN 112"},
        {"2024-05-01",
         "Kenyan lawmakers voted on Monday to condemn Uganda. Lawmakers accused Kampala of "
         "closing the border.",
         "KENLEG UGAGOV 112"},
        {"2024-05-01",
         "Ukrainian President Volodymyr Zelensky said on Tuesday the front was holding. "
         "Lawmakers urged Germany to send more tanks.",
         "UKRLEG DEU 0232"},
        {"1987-05-01",
         "Philippine President Corazon Aquino said on Monday the bases treaty would be "
         "reviewed. Legislators accused Washington of meddling.",
         "PHLLEG USAGOV 112"},
        /* lawmakers named before with their owner are those again */
        {"2024-05-01",
         "European Union lawmakers voted on Tuesday to back the pact. Lawmakers also urged "
         "China to free the activists.",
         "IGOEUREECLEG CHN 020"},
        /* bare lawmakers again: the state the first ones were given, not their target's */
        {"2024-12-04",
         "South Korean President Yoon Suk Yeol declared martial law on Tuesday night. "
         "Lawmakers voted to lift the decree hours later. Lawmakers also criticized Japan "
         "for its silence on the crisis.",
         "KORLEG JPN 111"},
    };
    dyad_engine *e = S_engine(0, NULL);
    char got[1024];
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    if (e) {
        S_code(e, "1987-05-01",
               "Japanese Prime Minister Yasuhiro Nakasone said on Monday Japan would open its "
               "markets. Senators criticized Tokyo for its trade barriers.",
               got, sizeof got);
        OK(strstr(got, "JPNLEG") == NULL);
        /* nor the country of the place their target struck, nor the foreign capital
         * they criticise after its leader spoke */
        S_code(e, "2024-05-01", "Lawmakers criticized Russia for the missile strike on Kyiv.",
               got, sizeof got);
        OK(strstr(got, "UKRLEG") == NULL);
        S_code(e, "1987-05-01",
               "Nicaraguan President Daniel Ortega said on Monday the rebels would be defeated. "
               "Legislators criticized Managua for the crackdown on the press.",
               got, sizeof got);
        OK(strstr(got, "NICLEG") == NULL);
    }
    dyad_engine_free(e);
}

/* "Congress" alone in a story of a state with no congress of its own is the U.S.
 * Congress, not the legislature of the foreign leader named before it; a state that
 * has one keeps it, and India's "Congress", a party, is no legislature. Its members
 * ("some congressmen") are read as it is. */
static void test_congress_abroad(void)
{
    static const S_case set[] = {
        {"1987-04-10",
         "Japanese Prime Minister Yasuhiro Nakasone said on Monday Japan would open its "
         "markets. Congress criticized Tokyo for its trade barriers.",
         "USALEG JPNGOV 111"},
        {"2024-05-01",
         "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on "
         "Monday. Congress criticized Uganda for closing the border.",
         "USALEG UGA 111"},
        {"2024-05-01",
         "Philippine President Ferdinand Marcos said on Monday the pact would stand. Congress "
         "accused China of harassing Filipino fishermen.",
         "PHLLEG CHN 112"},
        {"1987-06-01",
         "Argentine President Raul Alfonsin said on Monday the army was loyal. Congress "
         "criticized the rebel officers.",
         "ARGLEG "},
        {"1987-04-10",
         "Japan's trade surplus fell in March, but some congressmen criticized Tokyo for its "
         "trade barriers.",
         "USALEG JPNGOV 111"},
        {"2024-05-01",
         "South Korea's exports to the United States rose in May, but some congressmen "
         "criticized Seoul for its rice quotas.",
         "USALEG KORGOV 111"},
        {"2024-05-01",
         "The Philippine trade deficit widened in March, and some congressmen accused China "
         "of dumping steel.",
         "PHLLEG CHN 112"},
    };
    dyad_engine *e = S_engine(0, NULL);
    char got[1024];
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    if (e) {
        S_code(e, "2024-05-01",
               "Indian Prime Minister Narendra Modi said on Monday the economy was strong. "
               "Congress accused Modi of misleading voters.",
               got, sizeof got);
        OK(strstr(got, "INDLEG") == NULL);
    }
    dyad_engine_free(e);
}

/* A state's office written with capitals and no country ("the Finance Ministry", "the
 * Supreme Court") is the state's in sight, as the same words in lower case are; a
 * firm's word with capitals ("the Bank of Israel") is left to its name. */
static void test_office_capitals(void)
{
    static const S_case set[] = {
        {"1987-04-10",
         "Japanese life insurers urged the Finance Ministry to ease curbs on foreign bonds.",
         "JPNBUS JPNGOVBUS 020"},
        {"2024-05-01", "Kenyan tea exporters urged the Finance Ministry to lower export duties.",
         "KENBUS KENGOVBUS 020"},
        {"2024-05-01",
         "South Korea's trade deficit widened in May. The Supreme Court rejected an appeal by "
         "Japan.",
         "KORJUD JPN 120"},
        {"1987-04-10",
         "Brazil's debt talks resumed on Monday. The Foreign Ministry criticized Argentina for "
         "its new tariffs.",
         "BRAGOV ARG 111"},
        {"2024-05-01",
         "Israel's inflation rose in May. The IMF praised the Bank of Israel's rate increase.",
         "IGOBUSIMF ISR 051"},
    };
    dyad_engine *e = S_engine(0, NULL);
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    dyad_engine_free(e);
}

/* A story names its subject once and then calls him "he", sentence after sentence: each
 * "he" that found him is him for the next, however far the name is behind; and no "it"
 * takes such a "he" for a thing ("he supported an autumn vote only because it would
 * settle the matter" is no support for Britain). */
static void test_he_again(void)
{
    static const S_case set[] = {
        {"2024-05-01",
         "Kenyan Finance Minister Ali Noor spoke to reporters on Monday. He said growth would "
         "slow. He said exports would rise. He criticized Uganda for its tariffs.",
         "KENGOVBUS UGA 111"},
        {"1987-03-10",
         "Brazilian Finance Minister Paulo Reis arrived in Paris on Tuesday. He said talks with "
         "creditors would resume. He said Brazil needed more time. He accused Washington of "
         "blocking new loans.",
         "BRAGOVBUS USAGOV 112"},
        {"1987-03-18",
         "Chancellor of the Exchequer Nigel Lawson spoke on Tuesday. Although Lawson denounced "
         "the talk of a snap poll, he added that a vote this year was likely. He said he "
         "supported an autumn vote only because it would settle the matter.",
         "GBRGOV --- 051"},
    };
    dyad_engine *e = S_unknown_engine();
    char got[1024];
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    if (e) {
        S_code(e, set[2].date, set[2].text, got, sizeof got);
        OK(strstr(got, "--- GBRGOV") == NULL);
    }
    dyad_engine_free(e);
}

/* "Europe" after a preposition of where or whither, or in a firm's name, is the
 * continent (the region EUR, which names no one country), not the EC; as the doer,
 * and after "to" said to a party, it stays the EC. */
static void test_europe_place(void)
{
    static const S_check set[] = {
        {"1987-04-02", "Japan exported more weapons to Europe last year.", "JPN EUR 062", NULL},
        {"1987-04-02", "Japan exported more weapons to Europe last year.", NULL, "IGOEUREEC"},
        {"2024-09-12", "Kenya's trade minister is travelling to Europe next week.", NULL,
         "IGOEUREEC"},
        {"1987-05-11", "Nomura Europe Ltd defended the pricing of the bond issue.", NULL,
         "IGOEUREEC"},
        {"1987-03-02", "Brazil's finance minister arrived in Europe on Monday.", NULL,
         "IGOEUREEC"},
        {"2024-04-02", "Europe warned Moscow on Monday.", "IGOEUREEC RUSGOV 130", NULL},
        {"2025-02-03", "Beijing appealed to Europe to drop the tariffs.",
         "CHNGOV IGOEUREEC 020", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* What a list of states' things "should" do is no appeal to the states ("the Kenyan
 * and Ghanaian accords should be a model for Africa"); a list of states, or of their people,
 * is still told to act. */
static void test_list_duty(void)
{
    static const S_check set[] = {
        {"1987-09-10",
         "Clayton Yeutter said the Canadian and Israeli accords should become a model "
         "for the GATT round.",
         NULL, " 020 "},
        {"2024-07-15",
         "U.S. Trade Representative Katherine Tai said the Kenyan and Ghanaian accords should "
         "serve as a model for Africa.",
         NULL, " 020 "},
        {"1987-09-10",
         "Treasury Secretary James Baker said Japan and South Korea should open their markets "
         "to U.S. rice.",
         "USAGOV KOR 020", NULL},
        {"1987-09-10",
         "Shultz told reporters the Soviet and Cuban forces should withdraw from "
         "Angola.",
         "USAGOV CUB 0256", NULL},
        {"2024-07-15",
         "Secretary of State Antony Blinken said the Israeli and Lebanese governments should "
         "respect the truce.",
         "USAGOV LBNGOV 020", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* The act of a reported clause whose subject is a list, or a phrase with a participle,
 * apposition or relative clause set off by commas, is that subject's, not the sayer's;
 * the sayer's own act reported of itself stays its own. */
static void test_report_set_off(void)
{
    static const S_check set[] = {
        {"1987-03-19",
         "Agriculture Secretary Richard Lyng said Britain, Denmark, the Netherlands and West "
         "Germany oppose the EC tax.",
         "DEU IGOEUREEC 120", NULL},
        {"1987-03-19",
         "Agriculture Secretary Richard Lyng said Britain, Denmark, the Netherlands and West "
         "Germany oppose the EC tax.",
         NULL, "USAGOVAGR IGOEUREEC"},
        {"1987-03-11",
         "A Baghdad military communique said an Iranian infantry brigade, supported by tanks, "
         "launched the attack on Basra.",
         "IRN IRQ 190", NULL},
        {"1987-03-11",
         "The Iraqi news agency said Iranian troops, backed by artillery, attacked Iraqi "
         "positions.",
         "IRNMIL IRQ 190", NULL},
        {"2024-05-11", "The Israeli army said Hezbollah, the Iran-backed militia, fired rockets "
                       "at Haifa.",
         "LBNREB ISR 194", NULL},
        {"2023-10-11",
         "The Israeli military said Hamas, which rules Gaza, fired more than 200 rockets at "
         "Israel overnight.",
         "PSEREB ISR 190", NULL},
        {"2023-10-11",
         "The Israeli military said Hamas, which rules Gaza, fired more than 200 rockets at "
         "Israel overnight.",
         NULL, "ISRMIL ISR"},
        {"1987-03-11", "Secretary of State James Baker said he would meet Shevardnadze.",
         "USAGOV SUNGOV 040", NULL},
        {"1987-03-11", "Iran said it shelled Basra.", "IRN IRQ 194", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A clause coordinated after a comma inside the clause a verb of saying reports keeps
 * its own act: the comma clause holding it is the predicate's, not one to remove. */
static void test_report_coordinated(void)
{
    static const S_check set[] = {
        {"2019-05-02", "Lima said Chile was responsible, and Peru expelled three Chilean diplomats.",
         "PER CHLGOV 174 asserted", NULL},
        {"2019-05-02", "Lima said Chile was responsible, and Peru might expel three Chilean "
                       "diplomats.",
         NULL, " 174 asserted"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A clause after a comma telling what a party did some time before or after the
 * predicate ("hours after Rohan freed ...") is an event of its own, kept by the
 * comma-clause pass as one without the measure of time is; a hypothetical stays so. */
static void test_time_after_clause(void)
{
    static const S_check set[] = {
        {"2019-05-02", "Peru freed 40 Chilean prisoners on Sunday, hours after Chile freed "
                       "two Peruvian hostages.",
         "CHL PERCVL 0841 asserted", NULL},
        {"2019-05-02", "Peru recalled its envoy in March, three months after Chile expelled "
                       "two Peruvian diplomats.",
         "CHL PERGOV 174 asserted", NULL},
        {"2019-05-02", "Peru recalled its envoy in March, three months after Chile said it "
                       "might expel two Peruvian diplomats.",
         NULL, " 174 asserted"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A past tense the tagger read as an adjective or a noun is coded as the verb it is:
 * after "and" set off by a comma ("later expelled", JJ), spelt as a noun before a
 * particle and an object ("shot down", "shut down", NN), and one no noun shares
 * ("sank", NN); a perfect's participle the parser made the complement of "had" is the
 * verb of "had"'s subject. */
static void test_mistagged_past(void)
{
    static const S_check set[] = {
        {"2019-05-02", "Lima said the raid was a crime, and the Peruvian government later "
                       "expelled 12 Chilean diplomats.",
         "PERGOV CHLGOV 174 asserted", NULL},
        {"2019-05-02", "Officials said the Kenyan navy shot down two Somali drones over the sea.",
         "KENMIL SOMMIL 190 asserted", NULL},
        {"2019-05-02", "Kenya's intelligence agency shut down 12 Somali websites.",
         "KENSPY SOM 1721 asserted", NULL},
        /* "sank" was NN, so the clause after it had no verb to hang on */
        {"2019-05-02", "A Chilean warship sank after a Peruvian missile struck it.",
         "PER CHLMIL 195 asserted", NULL},
        /* "had" was the verb and "reneged" its complement: the act was France's */
        {"2019-05-02", "France said Germany had reneged on the accord with Italy.",
         "FRA DEU 112 asserted", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A subject set off from its verb by a modifier between commas (a participle, a
 * relative clause, "together with", an apposition) is the verb's doer; the "together
 * with" partner acts too, the backer does not. */
static void test_set_off_subject(void)
{
    static const S_check set[] = {
        {"2024-02-20",
         "Germany, together with France, urged Russia to withdraw its troops from the "
         "border.",
         "DEU RUS 020", NULL},
        {"2024-02-20",
         "Germany, together with France, urged Russia to withdraw its troops from the "
         "border.",
         "FRA RUS 020", NULL},
        {"2024-02-20", "Germany, backed by France, urged Russia to withdraw its troops.",
         "DEU RUS 020", NULL},
        {"2024-02-20", "Germany, backed by France, urged Russia to withdraw its troops.",
         NULL, "FRA RUS"},
        {"2023-11-02", "France, angered by the remarks, recalled its ambassador to Turkey.",
         "FRA TURGOV 161", NULL},
        {"1987-04-14",
         "Prime Minister Nakasone, speaking to reporters in Tokyo, criticized the U.S. trade "
         "sanctions.",
         "JPNGOV USA 111", NULL},
        {"2024-03-01", "Hungary, citing security concerns, rejected the EU plan.",
         "HUN IGOEUREEC 127", NULL},
        {"2023-03-01", "Turkey, citing security concerns, blocked Sweden's bid to join NATO.",
         "TUR SWE 129", NULL},
        {"1987-03-01", "Subroto, attending an energy conference, blamed Saudi Arabia for the "
         "price fall.",
         "IDNGOV SAU 112", NULL},
        {"2024-03-01",
         "The United States, citing human rights abuses, imposed sanctions on Myanmar's "
         "military leaders.",
         "USA MMRMIL 163", NULL},
        {"2024-03-01",
         "Zelensky, speaking via video link, thanked Germany for the air defence systems.",
         "UKRGOV DEU 051", NULL},
        /* the verb's object read as its subject: a place in the modifier ("in Tokyo") */
        {"2024-03-01",
         "Blinken, speaking at a news conference in Tokyo, urged China to halt its military "
         "drills near Taiwan.",
         "USAGOV CHN 020", NULL},
        {"2024-03-01",
         "Pakistan, accusing India of backing militants, expelled two Indian diplomats.",
         "PAK INDGOV 174", NULL},
        {"2024-03-01",
         "Pakistan, accusing India of backing militants, expelled two Indian diplomats.",
         "PAK IND 112", NULL},
        /* the verb after the modifier read as an adjective of its object ("struck
         * targets") */
        {"2024-03-01", "Israel, responding to rocket fire, struck targets in Gaza.",
         "ISR PSE 195", NULL},
        {"2024-03-01", "Israel, citing the attacks, hit targets in Lebanon.", "ISR LBN 190",
         NULL},
        {"2024-03-01",
         "Ukraine, accusing Russia of shelling the nuclear plant, called on the United Nations "
         "to intervene.",
         "UKR IGOUNO 020", NULL},
        /* the participle read as a preposition or adjective of the noun it takes */
        {"2024-03-01", "Kenya, citing security threats, closed its border with Somalia.",
         "KEN SOM 191", NULL},
        {"2024-03-01", "Algeria, accusing France of meddling, recalled its ambassador from "
         "Paris.",
         "DZA FRA 112", NULL},
        {"2024-03-01", "Egypt, citing Israeli violations, suspended security talks with Israel.",
         "EGY ISR 164", NULL},
        /* the participle's own act, done by the subject too */
        {"2023-10-03",
         "Canada, criticizing India over the killing, expelled a senior Indian diplomat.",
         "CAN IND 111", NULL},
        {"2024-04-26", "Blinken, meeting Wang Yi in Beijing, pressed China to stop supplying "
         "Russia.",
         "USAGOV CHNGOV 040", NULL},
        {"1987-05-12",
         "The Soviet Union, criticizing the American arms build-up, urged Washington to "
         "resume talks.",
         "SUN USA 111", NULL},
        /* guards: a list, and a place before the sayer */
        {"2024-02-20", "Germany, France and Italy urged Russia to withdraw its troops.",
         "ITA RUS 020", NULL},
        {"2024-02-20", "In Berlin, officials said Germany would send more tanks to Ukraine.",
         "DEU UKR 072", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A relative clause of "whose", "who" or "which" set off by commas after the subject,
 * which the parser reads as the sentence's own clause, takes nothing from the verb
 * after it: the name before the clause is that verb's doer, also in a clause a verb of
 * saying tells. */
static void test_relative_root(void)
{
    static const S_check set[] = {
        {"2024-03-05",
         "Brazil, whose president met Maduro last year, urged Venezuela to publish the "
         "tallies.",
         "BRA VEN 020", NULL},
        {"2024-03-05", "Iran, whose navy seized a tanker in April, warned Britain against "
         "further seizures.",
         "IRN GBR 130", NULL},
        {"2024-03-05", "Poland, whose farmers have blocked the border for weeks, asked "
         "Ukraine to limit grain imports.",
         "POL UKR 020", NULL},
        {"2024-03-05", "China, whose coast guard rammed a Philippine boat last week, accused "
         "Manila of provocation.",
         "CHN PHLGOV 112", NULL},
        {"2024-03-05", "Greece, whose ships were turned back by the Turkish navy, protested "
         "to Ankara.",
         "GRC TURGOV 114", NULL},
        {"1987-06-01", "Nicaragua, whose army clashed with the rebels on Sunday, accused "
         "Honduras of sheltering them.",
         "NIC HND 112", NULL},
        {"1987-06-01", "Nakasone, whose party lost seats in the election, promised "
         "Washington to open the rice market.",
         "JPNGOV USAGOV 030", NULL},
        {"1987-06-01", "Officials said Kuwait, whose tankers came under attack last month, "
         "asked the United States for naval protection.",
         "KWT USA 0234", NULL},
        /* the verbs of the clause and after it read as participles or adjectives by the
         * tagger: the clause's act was coded as the sentence's ("UKR --- 127") */
        {"2024-03-05", "Russia, which invaded Ukraine in 2022, accused NATO of provoking the "
         "war.",
         "RUS IGOWSTNAT 112", NULL},
        {"2024-03-05", "The Kremlin, whose troops attacked Ukraine, rejected the proposal.",
         "RUSGOV --- 127", NULL},
        {"2024-03-05", "The Kremlin, whose troops attacked Ukraine, rejected the proposal.",
         NULL, "UKR --- 127"},
        {"2024-03-05", "Israel, which blames Hamas for the attack, struck targets in Gaza.",
         "ISR PSE 195", NULL},
        {"2024-03-05", "The United Nations, which brokered the grain deal, called on Moscow "
         "to return to it.",
         "IGOUNO RUSGOV 020", NULL},
        {"1987-06-01", "Libya, whose leader threatened Washington, expelled Tunisian workers.",
         "LBY TUNLAB 174", NULL},
        /* the clause's verb read as a noun ("shrank"), the doer of the verb after it lost */
        {"2024-03-05", "Germany, whose economy shrank last year, pledged more aid to Kyiv.",
         "DEU UKRGOV 0331", NULL},
        /* the sentence's verb read as a second relative clause of the subject, or as a
         * clause of the relative clause's last noun: the sentence was a noun phrase */
        {"2024-05-01", "Japan, which has long sought a bigger regional role, engaged in talks "
         "with Kenya on Tuesday.",
         "JPN KEN 04", NULL},
        {"2024-05-01", "The Egyptian government, which has long sought a bigger regional role, "
         "flew to India on Tuesday.",
         "EGYGOV IND 042", NULL},
        {"2024-05-01", "Brasilia, which has long sought a bigger regional role, met with Indian "
         "Prime Minister Narendra Modi on Tuesday.",
         "BRAGOV INDGOV 040", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A subject's relative clause of "who" or "which" set off by commas codes its act with
 * the phrase before the pronoun as doer: also after a possessor ("Kenya's president,
 * who arrived in Addis Ababa"), where the phrase and clause were one entity and the
 * clause's verb no verb; with the clause drawn without an SBAR ("(NP (NP Reagan) (, ,)
 * (S (NP who) ...))"); and with a "who" the parser hung away from the phrase. A
 * "which" of the whole act before it (a verb of one after a plural, or "fears" it
 * raised) is none of the phrase's. */
static void test_subject_relative(void)
{
    static const S_check set[] = {
        {"1987-04-01", "Kenya's president, who arrived in Addis Ababa on Monday, praised "
         "Ethiopia.",
         "KENGOV ETHGOV 042", NULL},
        {"1987-04-01", "President Reagan, who will meet Nakasone this week, said the dollar "
         "was stable.",
         "USAGOV JPNGOV 040", NULL},
        {"1987-04-01", "Egypt's envoy, who asked to remain anonymous, said Cairo would meet "
         "Israel.",
         NULL, " 020 "},
        {"1987-04-01", "Iraq bombed Iranian tankers, which threatens Kuwait.", NULL, " KWT "},
        {"1987-04-01", "Ethiopia supplies arms to Kenyan rebels, which has criticised Sudan.",
         NULL, " SDN "},
        {"1987-04-01", "The Kenyan rebels, who criticised Ethiopia, said they would fight.",
         "KENREB ETH 111", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* "whose N" of a relative clause is its owner's N, with N's role, set off after the
 * object or after the subject, the clause's own date kept; a list of owners is no one's. */
static void test_whose_owner(void)
{
    static const S_check set[] = {
        {"2024-03-05", "Putin met Erdogan, whose army attacked Syria.", "TURMIL SYR 190", NULL},
        {"1987-06-01", "Reagan criticized Nicaragua, whose army attacked Honduran border posts.",
         "NICMIL HND 190", NULL},
        {"2024-03-05",
         "Brazil, whose president met Maduro last year, urged Venezuela to publish the "
         "tallies.",
         "BRAGOV VENGOV 040 asserted 2023", NULL},
        {"2024-03-05",
         "Iran, whose navy seized a British tanker in 2019, warned the United States against "
         "new sanctions.",
         "IRNMIL GBR 1711 asserted 2019", NULL},
        {"2024-03-05", "Hungary, whose prime minister met Putin in Moscow, blocked the aid package.",
         "HUNGOV RUSGOV 040", NULL},
        {"1987-06-01",
         "Iran, whose gunboats attacked a Kuwaiti tanker in the Gulf, warned the United States.",
         "IRNMIL KWT 190", NULL},
        {"2024-03-05", "Putin met Erdogan and Aliyev, whose armies attacked Armenia.",
         "---MIL ARM 190", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* Taking over a rotating presidency or a chairmanship is a turn in office, no seizure;
 * a town taken over still is. */
static void test_presidency_taken(void)
{
    static const S_check set[] = {
        {"2024-03-05", "Hungary took over the rotating presidency of the European Union on "
         "Monday.", NULL, " 171 "},
        {"2024-03-05", "Poland took over the chairmanship of the OSCE from Sweden.", NULL,
         " 171 "},
        {"2024-03-05", "Russian troops took over the town from Ukrainian forces.",
         "RUSMIL UKRMIL 192", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A body's members named by a plural act as the body: "the Commissioners" after the
 * Commission. */
static void test_body_members(void)
{
    dyad_engine *e = S_engine(0, NULL);
    char got[1024];
    if (e) {
        S_code(e, "1987-03-02",
               "Chancellor Helmut Kohl invited the European Community Commission to Bonn "
               "for talks, diplomats said. The Commissioners will meet West German ministers "
               "next month.",
               got, sizeof got);
        OK(strstr(got, "IGOEUREEC DEUGOV 040 planned") != NULL);
    }
    dyad_engine_free(e);
}

/* "The Community" is the EC named before, by its name or its initials, and "the bloc"
 * a union of states named before; "the business community" is no body's, nor "the bloc"
 * a United Nations body's. */
static void test_body_community(void)
{
    static const S_case set[] = {
        {"2024-03-02",
         "EU foreign ministers met in Brussels on Monday. The bloc agreed to send more air "
         "defence systems to Kyiv.",
         "IGOEUREEC UKR"},
        {"2024-03-02",
         "ASEAN leaders gathered in Jakarta on Tuesday. The bloc urged Myanmar's generals to "
         "end the violence.",
         "IGOSEAASNGOV MMR 020"},
        {"1987-03-02",
         "EC farm ministers rejected the American demand on Monday. The Community would "
         "retaliate against any new U.S. duties on its pasta, an official said.",
         "IGOEUREECGOV USA 138"},
        {"1987-03-02",
         "The European Community warned Tokyo over its chip exports. The community also "
         "criticized Seoul for its rice quotas.",
         "IGOEUREEC KORGOV 111"},
    };
    dyad_engine *e = S_engine(0, NULL);
    char got[1024];
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    if (e) {
        S_code(e, "1987-03-02",
               "The European Community warned Tokyo over its chip exports. The business "
               "community criticized Seoul for its rice quotas.",
               got, sizeof got);
        OK(strstr(got, "IGOEUREEC KOR") == NULL);
        S_code(e, "2024-03-02",
               "The United Nations said aid trucks entered Gaza on Sunday. The bloc criticized "
               "Israel for the delays.",
               got, sizeof got);
        OK(strstr(got, "IGOUNO ISR") == NULL);
    }
    dyad_engine_free(e);
}

/* An armed group named again with no country, by an armed agent's noun or by "the"
 * and a bare noun of a group, is the latest armed group named lately; a company's
 * "group" is no one's, and gunmen named again after unnamed gunmen stay unnamed. */
static void test_armed_again(void)
{
    static const S_case set[] = {
        {"2024-03-02",
         "Houthi rebels fired a missile at a tanker on Monday. The group also attacked a U.S. "
         "destroyer in the Red Sea.",
         "YEMREB USAMIL 190"},
        {"2024-03-02",
         "Hezbollah fired rockets at northern Israel on Sunday. The movement also attacked an "
         "Israeli army post.",
         "LBNREB ISRMIL 190"},
        {"2024-03-02",
         "Houthi rebels seized a cargo ship off Yemen on Sunday. The militia also fired drones "
         "at a British warship.",
         "YEMREB GBRMIL 190"},
        {"2024-03-02",
         "Al-Shabaab fighters stormed a hotel in Mogadishu. The faction also attacked Kenyan "
         "troops near the border.",
         "SOMREB KENMIL 190"},
        {"1987-03-02",
         "Contra rebels attacked a Nicaraguan army post on Monday. The group also shelled a "
         "Honduran border village.",
         "NICREB HND"},
    };
    dyad_engine *e = S_engine(0, NULL);
    char got[1024];
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    if (e) {
        S_code(e, "1987-03-02",
               "Contra rebels attacked a Nicaraguan army post on Monday. Hanson Trust said its "
               "pretax profits rose. The group also criticized Britain for its takeover rules.",
               got, sizeof got);
        OK(strstr(got, "REB GBR") == NULL);
        S_code(e, "2024-03-02",
               "Gunmen attacked Hezbollah positions on Monday. The gunmen also fired at Israeli "
               "troops.",
               got, sizeof got);
        OK(strstr(got, "LBNREB ISRMIL") == NULL);
        S_code(e, "2024-03-02",
               "Houthi rebels fired a missile at a tanker on Monday. The Zarkani militia "
               "attacked Sudanese troops on Tuesday.",
               got, sizeof got);
        OK(strstr(got, "YEMREB SDNMIL") == NULL);
    }
    dyad_engine_free(e);
}

/* An armed group of no actor's words named by where it is based ("Pakistan-based
 * militants", "militants based in Afghanistan", "rebels with bases in Honduras") is
 * that country's; a firm so named is no state's, and backing is no basing. */
static void test_based_armed(void)
{
    static const S_case set[] = {
        {"2024-03-02", "Pakistan-based militants attacked Indian troops in Kashmir.",
         "PAKREB INDMIL 190"},
        {"2024-03-02", "Lebanon-based gunmen fired rockets at Israel on Sunday.", "LBNUAF ISR 194"},
        {"1987-03-02", "Honduras-based rebels attacked a Nicaraguan army post on Monday.",
         "HNDREB NICMIL 190"},
        {"2024-03-02",
         "Militants based in Afghanistan attacked a Pakistani border post on Monday.",
         "AFGREB PAK 190"},
        {"1987-03-02", "Rebels with bases in Honduras attacked a Nicaraguan army post.",
         "HNDREB NICMIL 190"},
    };
    dyad_engine *e = S_engine(0, NULL);
    char got[1024];
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    if (e) {
        S_code(e, "2024-03-02",
               "A London-based bank criticized the Bank of England's rate decision.", got,
               sizeof got);
        OK(strncmp(got, "GBR", 3) != 0);
        S_code(e, "2024-03-02", "A bank based in London criticized the Bank of England.", got,
               sizeof got);
        OK(strncmp(got, "GBR", 3) != 0);
        S_code(e, "2024-03-02", "Iran-backed militants attacked U.S. troops in Iraq on Sunday.",
               got, sizeof got);
        OK(strstr(got, "IRNREB") == NULL);
        S_code(e, "2024-03-02", "A Geneva-based UN agency criticized Israel on Monday.", got,
               sizeof got);
        OK(strstr(got, "IGOUNO ISR") != NULL);
    }
    dyad_engine_free(e);
}

/* People named by their role alone, a plural or "the" and one of them ("the official",
 * "the senior diplomat"), are the body whose people of that role the story named, and
 * no one's when it named two bodies' so, or one phrase named several ("senior U.S. and
 * European Community trade officials"); "official" before a noun is no role. */
static void test_role_again(void)
{
    static const S_case set[] = {
        {"1987-03-02",
         "EC foreign ministers met in Brussels on Monday. Ministers urged Japan to open its "
         "markets.",
         "IGOEUREECGOV JPN 020"},
        {"2024-03-02",
         "Japanese trade negotiators arrived in Washington on Tuesday. The negotiators urged "
         "the United States to lift its tariffs on steel.",
         "JPNGOV USA 020"},
        {"2024-03-02",
         "Ukrainian officials said on Monday that Russian missiles hit Kyiv. Officials accused "
         "Moscow of targeting civilians.",
         "UKRGOV RUSGOV 112"},
        {"2024-05-01",
         "A senior Egyptian official said on Sunday that Cairo would host the talks. The "
         "official urged Israel to halt the offensive.",
         "EGYGOV ISR 020"},
        {"1987-03-02",
         "A senior Japanese trade official said Tokyo would not open its rice market. The "
         "official accused Washington of unfair pressure.",
         "JPNGOV USAGOV 112"},
        {"2024-05-01",
         "A senior British diplomat said on Friday that the talks with Spain had stalled. The "
         "senior diplomat criticized Madrid.",
         "GBRGOV ESPGOV 111"},
    };
    static const char *const none[] = {
        "Ukrainian officials said on Monday that Russian missiles hit Kyiv. Russian officials "
        "denied the charge. Officials accused Moscow of targeting civilians.",
        "He said the London talks of senior U.S. and European Community trade officials "
        "should go well. Officials have charged that the French government subsidised the "
        "carrier.",
        "A U.S. official said the talks had stalled. A Japanese official said Tokyo wanted "
        "more time. The official criticized Canada.",
        "A Brazilian official said the talks would resume in May. The official news agency "
        "criticized Chile.",
    };
    dyad_engine *e = S_engine(0, NULL);
    char got[1024];
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    for (size_t i = 0; e && i < sizeof none / sizeof *none; i++) {
        S_code(e, "1987-03-02", none[i], got, sizeof got);
        OK(strstr(got, "UKRGOV RUSGOV") == NULL && strstr(got, "IGOEUREECGOV FRAGOV") == NULL &&
           strstr(got, "USAGOV CAN") == NULL && strstr(got, "JPNGOV CAN") == NULL &&
           strstr(got, "BRAGOV CHL") == NULL);
    }
    dyad_engine_free(e);
}

/* A body accused "of" something is "the" and its noun alone, the charge being no part
 * of its name, though the parser hangs it there; after a verb of no charge the "of"
 * phrase may name a body's kind ("the commission of inquiry"), which no earlier body
 * is. */
static void test_charged_body(void)
{
    static const S_case set[] = {
        {"2024-05-01",
         "Iranian officials met inspectors of the International Atomic Energy Agency in "
         "Tehran. The officials accused the agency of bias.",
         "IRNGOV IGOUNOIAE 112"},
        {"1987-05-01",
         "Brazil held talks with the International Monetary Fund in Washington. Brazilian "
         "officials later accused the fund of arrogance.",
         "BRAGOV IGOBUSIMF 112"},
    };
    dyad_engine *e = S_engine(0, NULL);
    char got[1024];
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    if (e)
        S_code(e, "2024-05-01",
               "Greece held talks with the European Commission on Monday. Athens blamed the "
               "commission of inquiry for the delay.",
               got, sizeof got);
    OK(!e || strstr(got, "GRCGOV IGOEUREEC 112") == NULL);
    dyad_engine_free(e);
}

/* "The agency" is an agency named before by its initials alone, the IAEA or the IEA. */
static void test_agency_initials(void)
{
    static const S_case set[] = {
        {"2024-05-01",
         "Iranian officials met IAEA inspectors in Tehran. The officials accused the agency "
         "of bias.",
         "IRNGOV IGOUNOIAE 112"},
        {"1987-05-01",
         "Norway sent a delegation to the IEA meeting in Paris on Monday. Oslo later "
         "criticized the agency.",
         "NORGOV IGOBUSIEA 111"},
    };
    dyad_engine *e = S_engine(0, NULL);
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    dyad_engine_free(e);
}

/* "The bank report" is the bank's: a body's report or statement, named by "the" and the
 * body's noun, speaks for the body named before ("the Fund" alone did; with the paper's
 * noun after it the phrase took the story's state with a firm's agent). */
static void test_body_report(void)
{
    static const S_case set[] = {
        {"1987-03-01",
         "Peru turned down World Bank advice on its mining sector on Monday. The Bank report "
         "was sharply critical of Peru's tax policy.",
         "IGOUNODEVWBKBUS PER 111"},
        {"1987-03-01",
         "Ghana held talks with the International Monetary Fund in Accra. The fund statement "
         "praised Ghana.",
         "IGOBUSIMF GHA 051"},
    };
    dyad_engine *e = S_engine(0, NULL);
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    dyad_engine_free(e);
}

/* "The Fund", "the Bank" name the body named before also when a long phrase named it
 * ("a new lending deal agreed last year with the IMF": its words, cut at six, had lost the
 * name); "a fund" and "the Bank of England" name no such body. */
static void test_body_long_phrase(void)
{
    static const S_case set[] = {
        {"1987-03-01",
         "Brazil has been asked by its lenders to sign a lengthy structural reform "
         "plan with the IMF. The Brazilian government refused to approach the Fund.",
         "BRAGOV IGOBUSIMF 120"},
        {"1987-03-01",
         "Peru has been asked by its lenders to sign a lengthy structural reform plan "
         "with the World Bank. The Peruvian government refused to approach the Bank.",
         "PERGOV IGOUNODEVWBKBUS 120"},
        {"1987-03-01",
         "Peru has been asked by its lenders to sign a lengthy structural reform plan "
         "with the World Bank. The Peruvian government criticized the Bank of England.",
         "PERGOV GBRGOVBUS 111"},
    };
    dyad_engine *e = S_engine(0, NULL);
    char got[1024] = "";
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    if (e)
        S_code(e, "1987-03-01",
               "Brazil has been asked by its lenders to sign a lengthy structural reform "
               "plan with the IMF. The Brazilian government refused to approach a fund.",
               got, sizeof got);
    OK(!e || strstr(got, "IGOBUSIMF 120") == NULL);
    dyad_engine_free(e);
}

/* "The Commission's plans" are the body's named before: its possessive before what it
 * did, said or wrote names it as "Washington's plans" names Washington ("the Bank's"
 * alone took the story's state with a firm's agent, and the others no one); with no such
 * body named before, no one. */
static void test_body_possessor(void)
{
    static const S_case set[] = {
        {"1987-03-01",
         "The European Commission met farm ministers in Brussels on Tuesday. Bonn opposes "
         "the Commission's plans.",
         "DEUGOV IGOEUREEC 120"},
        {"1987-03-01",
         "The World Bank cut its lending to Kenya last year. Nairobi criticised the Bank's "
         "report.",
         "KENGOV IGOUNODEVWBKBUS 111"},
        {"1987-03-01",
         "The IMF met Kenyan officials on Monday. Kenya criticised the Fund's report.",
         "KEN IGOBUSIMF 111"},
    };
    dyad_engine *e = S_engine(0, NULL);
    char got[1024] = "";
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    if (e)
        S_code(e, "1987-03-01", "Bonn opposes the Commission's plans.", got, sizeof got);
    OK(!e || strstr(got, " 120 ") == NULL);
    dyad_engine_free(e);
}

/* The head of a possessor's phrase the tagger took for a verb or an adjective is its
 * noun, and the act around it keeps its parties: "launches" read as a verb left
 * "suspended" without its subject, "its offensive" read as an adjective phrase left
 * "stepped up" without its object and what it was against. */
static void test_possessor_heads(void)
{
    static const S_case set[] = {
        {"2024-03-01",
         "South Korea, citing North Korea's missile launches, suspended talks with Pyongyang.",
         "KOR PRKGOV 164"},
        {"2024-03-01", "Israel stepped up its offensive against Hamas in Gaza.",
         "ISR PSEREB 190"},
    };
    dyad_engine *e = S_engine(0, NULL);
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    dyad_engine_free(e);
}

/* "Georgia" in a sentence of U.S. politics or places, or opening a firm's or an office's
 * name, is the U.S. state, not the country; with Tbilisi or a Georgian in the sentence,
 * or nothing American, it stays the country. */
static void test_us_georgia(void)
{
    dyad_engine *e = S_unknown_engine();
    char got[1024];
    S_code(e, "2024-05-01", "Governor Brian Kemp of Georgia criticized the Justice Department.",
           got, sizeof got);
    OK(strstr(got, "GEO") == NULL);
    S_code(e, "1987-03-20", "A Georgia Republican, Rep. Tom Smith, criticized Japan over trade.",
           got, sizeof got);
    OK(strstr(got, "GEO") == NULL);
    S_code(e, "1987-03-20", "The trade commission pressed the governor of Georgia to block the measure.",
           got, sizeof got);
    OK(strstr(got, "GEO") == NULL);
    S_code(e, "2024-05-01", "The European Union criticized Georgia over the law.", got,
           sizeof got);
    OK(strstr(got, "IGOEUREEC GEO 111 asserted") == got);
    S_code(e, "2024-05-01",
           "Russia accused Georgia of provoking clashes as Georgian troops moved toward the "
           "governor's office in Tbilisi.",
           got, sizeof got);
    OK(strstr(got, "RUS GEO 112 asserted") == got);
    dyad_engine_free(e);
}

/* an attack a group claims, takes the credit or the responsibility for, or claims as
 * its object, is its own, towards the party its noun names ("on", "of"); responsibility
 * for anything else, or denied, or a claim that the attack was so, is no attack */
static void test_claimed_attack(void)
{
    static const S_case set[] = {
        {"2024-05-01",
         "The Houthis claimed responsibility for a missile attack on a U.S. destroyer.",
         "YEMREB USAMIL 195 asserted"},
        {"2024-05-01", "Al-Shabab claimed responsibility for the assault on a Kenyan army base.",
         "SOMREB KENMIL 190 asserted"},
        {"2024-05-01", "Hezbollah took credit for the drone strike on an Israeli base.",
         "LBNREB ISR 195 asserted"},
        {"2024-05-01", "Hamas claimed responsibility for the shelling of Israeli towns.",
         "PSEREB ISR 194 asserted"},
        {"2024-05-01",
         "The Taliban took responsibility for the killing of three Pakistani soldiers.",
         "AFGGOV PAKMIL 190 asserted"},
        {"2024-05-01", "Islamic State claimed credit for the abduction of two Nigerian soldiers.",
         "IMGMUSISI NGAMIL 181 asserted"},
        {"1987-06-01",
         "The Kurdish rebels claimed responsibility for a raid on a Turkish army post.",
         "---REB TURMIL 190 asserted"},
        {"2024-05-01", "Hamas denied responsibility for the attack on Israeli soldiers.",
         "PSEREB ISRMIL 016 asserted"},
        {"2024-05-01", "The Houthis claimed the attack on a British cargo ship.",
         "YEMREB GBR 190 asserted"},
        {"2024-05-01", "Hezbollah claimed the bombing of an Israeli army post.",
         "LBNREB ISRMIL 183 asserted"},
        {"2024-05-01", "The Houthis claimed a drone strike on a U.S. warship overnight.",
         "YEMREB USAMIL 195 asserted"},
        {"1987-06-01", "Kurdish rebels claimed the raid on a Turkish army post near Hakkari.",
         "---REB TURMIL 190 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    char got[1024];
    S_code_cases(e, set, sizeof set / sizeof *set, 1);
    S_code(e, "2024-05-01", "Hamas denied responsibility for the attack on Israeli soldiers.",
           got, sizeof got);
    OK(strstr(got, " 19") == NULL);
    S_code(e, "1987-06-01",
           "The cabinet must take responsibility for what its new law does.", got,
           sizeof got);
    OK(!strcmp(got, ""));
    S_code(e, "2024-05-01", "The minister claimed the attack was planned abroad.", got,
           sizeof got);
    OK(!strcmp(got, ""));
    S_code(e, "2024-05-01",
           "The rebels claim that they shield herders from attacks by government troops.", got,
           sizeof got);
    OK(strstr(got, " 190 ") == NULL);
    dyad_engine_free(e);
}

/* a counter-attack is an attack; a weapon fired "toward" a party is fired at it */
static void test_fired_counterattack(void)
{
    static const S_case set[] = {
        {"2024-05-01", "Ukraine launched a counterattack against Russian forces near Robotyne.",
         "UKR RUSMIL 190 asserted"},
        {"1987-06-01", "Iraq launched a counter-attack on Iranian forces east of Basra.",
         "IRQ IRNMIL 190 asserted"},
        {"1987-06-01", "Iraqi forces continued their counter-attacks against Iranian units.",
         "IRQMIL IRN 190 asserted"},
        {"2024-05-01", "Hezbollah fired an anti-tank missile toward an Israeli army post.",
         "LBNREB ISRMIL 190 asserted"},
        {"1987-06-01", "Iran fired a missile towards Kuwait on Friday.", "IRN KWT 190 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    S_code_cases(e, set, sizeof set / sizeof *set, 1);
    dyad_engine_free(e);
}

/* a time after a pattern's preposition is no party: "fired ... on Sunday" is no attack
 * on anyone, the dismissal pattern after it holds, and a party after the time is taken */
static void test_time_no_party(void)
{
    static const S_case set[] = {
        {"2024-05-01", "Netanyahu fired Defense Minister Yoav Gallant on Sunday.",
         "ISRGOV ISR 172 asserted"},
        {"2024-05-01", "Iranian gunboats fired on Sunday on a Kuwaiti tanker in the Gulf.",
         "IRNMIL KWT 190 asserted"},
        {"1987-06-01", "U.S. Trade Representative Clayton Yeutter met on Monday with Japanese "
                       "officials.",
         "USAGOV JPNGOV 040 asserted"},
        {"2024-05-01", "Japanese Prime Minister Shigeru Ishiba will meet on Friday with South "
                       "Korean President Yoon Suk Yeol.",
         "JPNGOV KORGOV 040 planned"},
        /* guards: the party after "on" is still the target; a thing fired is none */
        {"2024-05-01", "Russian troops fired on Ukrainian positions on Sunday.",
         "RUSMIL UKR 190 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    S_code_cases(e, set, sizeof set / sizeof *set, 1);
    char got[1024];
    /* missiles fired into the sea are a missile test, a show of force (15) */
    S_code(e, "2024-05-01", "North Korea fired missiles into the sea on Tuesday.", got, sizeof got);
    OK(strstr(got, "PRK --- 150 asserted") == got);
    S_code(e, "2024-05-01", "Nigerian President Bola Tinubu fired the police chief on Friday.", got,
           sizeof got);
    OK(strstr(got, " 19") == NULL);
    /* "May" alone and after no preposition is a name, not the month: the White House
     * where they met is no party of the meeting */
    S_code(e, "2018-07-13", "Trump met May at the White House on Friday.", got, sizeof got);
    OK(strstr(got, "USAGOV --- 040 asserted") == got);
    S_code(e, "2018-07-13", "The two ministers met Iranian officials in May.", got, sizeof got);
    OK(strstr(got, "---GOV IRNGOV 040 asserted") == got);
    /* a time after the object is no one the act was done to: the act is done to the
     * object no one knows ("tomorrow", "next month", "Friday" were the targets) */
    static const char *const timed[][2] = {
        {"Japan begins trade talks tomorrow.", "trade talks"},
        {"Chile will sign the accord next month.", "the accord"},
        {"Iran took the tanker over on Friday.", "the tanker"},
    };
    dyad_worker *w = e ? dyad_worker_new(e) : NULL;
    for (size_t i = 0; w && i < sizeof timed / sizeof *timed; i++) {
        dyad_article a = {"t", "1987-04-01", "", timed[i][0], strlen(timed[i][0]), "", "",
                          "test", 0};
        dyad_coded_article c;
        INT_EQ(dyad_worker_code(w, &a, &c, NULL), DYAD_OK);
        T_REPORT(c.nevents == 1 && !strcmp(c.events[0].target, "---") &&
                     c.events[0].target_span.len == strlen(timed[i][1]) &&
                     !strncmp(c.events[0].text + c.events[0].target_span.off, timed[i][1],
                              strlen(timed[i][1])),
                 "\"%s\" gave %zu events, the first at \"%.*s\"", timed[i][0], c.nevents,
                 c.nevents ? (int)c.events[0].target_span.len : 0,
                 c.nevents ? c.events[0].text + c.events[0].target_span.off : "");
    }
    dyad_worker_free(w);
    dyad_engine_free(e);
}

/* a government dismissing its own minister, general or officials is a sanction on its
 * own country (172), whatever office the minister holds and however the words name
 * him; a firm firing its staff is no event */
static void test_dismissal(void)
{
    static const S_case set[] = {
        {"2024-05-01", "Netanyahu fired his defense minister.", "ISRGOV ISR 172 asserted"},
        {"2024-05-01", "Chinese President Xi Jinping sacked his foreign minister in July.",
         "CHNGOV CHN 172 asserted"},
        {"2024-05-01", "Russian President Vladimir Putin sacked the army chief on Monday.",
         "RUSGOV RUS 172 asserted"},
        {"2024-05-01", "Turkish President Recep Tayyip Erdogan dismissed the head of the "
                       "central bank on Friday.",
         "TURGOV TUR 172 asserted"},
        {"2024-05-01", "Nigerian President Bola Tinubu fired the police chief on Friday.",
         "NGAGOV NGA 172 asserted"},
        {"1987-06-01", "Pakistani President Zia ul-Haq fired several generals and two ministers.",
         "PAKGOV PAK 172 asserted"},
        /* guard: a rejection still comes before whom it came from */
        {"2024-05-01", "The government dismissed criticism from the army chief.",
         "---GOV ---MIL 120 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    S_code_cases(e, set, sizeof set / sizeof *set, 1);
    char got[1024];
    S_code(e, "1987-06-01",
           "Merrill Lynch and Co Inc has fired the chief of its London bond desk.",
           got, sizeof got);
    OK(strstr(got, " 172 ") == NULL);
    dyad_engine_free(e);
}

/* a region named after a possessor says where the possessor's part works: the phrase is
 * the possessor's; a state named there is still who the phrase is */
static void test_possessor_region(void)
{
    dyad_engine *e = S_unknown_engine();
    char got[1024];
    S_code(e, "2024-05-01", "Islamic State's West Africa branch attacked a Nigerian army base.",
           got, sizeof got);
    OK(strstr(got, "IMGMUSISI NGAMIL 190 asserted") == got);
    S_code(e, "2024-05-01", "Turkey's rival Greece protested to Ankara.", got, sizeof got);
    OK(strstr(got, "GRC TURGOV 114 asserted") == got);
    /* so is a phrase the dictionary marks as no actor: a state's national security
     * council is its government, no U.N. body; the U.N.'s own council stays the U.N. */
    S_code(e, "2024-05-01", "Turkey's National Security Council warned Greece on Tuesday.",
           got, sizeof got);
    OK(strstr(got, "TURGOV GRC 130 asserted") == got);
    S_code(e, "2024-05-01",
           "Iran's Supreme National Security Council rejected the French proposal.", got,
           sizeof got);
    OK(strstr(got, "IRNGOV FRA 12") == got);
    S_code(e, "1987-06-01",
           "The Pentagon asked the National Security Council to halt the sales.", got,
           sizeof got);
    OK(strstr(got, "IGOUNO") == NULL);
    S_code(e, "2024-05-01", "The U.N. Security Council condemned the Houthi attacks.", got,
           sizeof got);
    OK(strstr(got, "IGOUNO YEMREB 111 asserted") == got);
    dyad_engine_free(e);
}

/* an attribution the parser left inside the object's phrase names who tells of the
 * act, no party of it; a party the phrase names before it still is one */
static void test_attribution_in_phrase(void)
{
    static const S_check set[] = {
        {"2024-06-14",
         "Fighting between the army, led by General Ahmed Nur, and the militia of General "
         "Omar Said has killed more than 9,000 people since May 2023, according to U.N. "
         "figures, though aid groups say the toll is higher.",
         NULL, "IGOUNO"},
        {"2024-06-14",
         "Israeli strikes killed 12 U.N. staff members in Gaza, according to the agency.",
         "ISR IGOUNO 190 asserted", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* a party named in the judgement a verb passes on its object ("as a violation of
 * Yemen's sovereignty") is whom the judged act concerns, not the one judged; a doer
 * the judgement names after "by", or a party that is the object, still is */
static void test_judged_as(void)
{
    static const S_check set[] = {
        {"2024-01-12",
         "Iran's foreign ministry condemned the strikes as a violation of Yemen's sovereignty.",
         NULL, " YEM "},
        {"1987-01-20", "Iraq hailed the rout as the failure of Iran's offensive.", NULL,
         "IRQ IRN 051"},
        {"2024-01-12",
         "Beijing condemned the visit as interference by Washington in China's internal "
         "affairs.",
         "CHNGOV USAGOV 111 asserted", NULL},
        {"2024-01-12", "Turkey condemned Israel as a terror state.", "TUR ISR 111 asserted",
         NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* a judgement "be" gives an act named without its party ("the law", "the decision") is
 * its reporter's criticism all the same, of no one named yet, as "called the law an
 * affront" is, and the criticism a later rejection answers; a thing that is no act
 * ("the weather") judges no one */
static void test_unowned_judged(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Lisbon said the law was a serious breach of the treaty.",
         "PRTGOV --- 111 asserted", NULL},
        {"2024-05-01", "Lisbon said the decision was irresponsible.", "PRTGOV --- 111 asserted",
         NULL},
        {"2024-05-01", "Lisbon said the weather was terrible.", NULL, " 111 "},
        {"2024-05-01",
         "Beijing passed a security law for the city. London said the law was a serious "
         "breach of the treaty. Beijing rejected the criticism.",
         "CHNGOV GBRGOV 120 asserted", NULL},
        /* a criticism aimed at no one named before it is no rival to the latest */
        {"2024-05-01",
         "Moscow passed a media law for the region. Paris called the new law an affront to "
         "free nations. Berlin said the law was a grave breach of the accord. Moscow "
         "rejected the criticism.",
         "RUSGOV DEUGOV 120 asserted", NULL},
        /* ... and one that named the answerer goes before it */
        {"2024-05-01",
         "Moscow passed a media law for the region. Paris called the law an affront to free "
         "nations. Berlin said the law was a grave breach of the accord. Moscow rejected "
         "the criticism.",
         "RUSGOV FRAGOV 120 asserted", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* a sentence of a quotation whose speaker another sentence of it names charges as a
 * clause the speaker is reported to say does; a judging word in the subject's own
 * phrase ("the terror group") names whom the clause is about, it judges no one */
static void test_quoted_charge(void)
{
    static const S_check set[] = {
        {"2024-05-01",
         "\"We have won,\" the Bolivian opposition leader told supporters in La Paz on "
         "Sunday. \"The government is trying to steal the vote.\"",
         "BOLOPP BOLGOV 112 asserted", NULL},
        {"2024-05-01",
         "\"We have won,\" the Bolivian opposition leader told supporters in La Paz on "
         "Sunday. \"The government is not trying to steal the vote.\"",
         NULL, " 112 asserted"},
        {"2024-05-01",
         "\"We will protect the roads,\" the Kenyan police chief said. \"The terror group "
         "mainly targets our convoys.\"",
         NULL, " 111 "},
        {"2024-05-01", "The Kenyan police chief said the terror group mainly targets police "
                       "convoys.",
         NULL, " 111 "},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* "it" and "its" of a later sentence pass over a place its first words name (where
 * something was done or said) for its subject, and take the place when no one else is
 * there that "it" may mean (people are not: "Its mayor" after officials arrived in a
 * city is the city's) */
static void test_it_past_place(void)
{
    static const S_case set[] = {
        {"2024-05-01",
         "In its yearly report on the global economy, the IMF said growth in Germany would "
         "slow. It criticized China for its trade surplus.",
         "IGOBUSIMF CHN 111 asserted"},
        {"2024-05-01",
         "At a news conference in Kyiv, the European Commission unveiled a new aid package. "
         "It also criticized Russia for the strikes.",
         "IGOEUREEC RUS 111 asserted"},
        {"1987-06-01",
         "In a blow to the Brazilian plan, Argentina suspended payments on its debt. It "
         "accused Brazil of bad faith.",
         "ARG BRA 112 asserted"},
        {"2024-05-01",
         "Talks were held in Cairo on Monday. Its foreign minister criticized Israel.",
         "EGYGOV ISR 111 asserted"},
        {"1987-06-01",
         "Heavy fighting was reported in Lebanon on Sunday. Its president appealed to Syria "
         "for help.",
         "LBNGOV SYR 0231 asserted"},
        {"2024-05-01",
         "Russian officials arrived in Minsk on Monday. Its mayor criticized Poland.",
         "BLRGOV POL 111 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    dyad_engine_free(e);
}

/* force waged, or a war stepped up or intensified, is force against its party; a
 * campaign of no force is none */
static void test_waged_force(void)
{
    static const S_case set[] = {
        {"2024-05-01", "Israel waged a campaign of airstrikes against Hezbollah.",
         "ISR LBNREB 195 asserted"},
        {"1987-06-01", "Iran waged a campaign of attacks on Kuwaiti shipping.",
         "IRN KWT 190 asserted"},
        {"1987-06-01", "Iraq stepped up its war against Iranian shipping.",
         "IRQ IRN 190 asserted"},
        {"2024-05-01", "Russia intensified its war on Ukraine.", "RUS UKR 190 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    char got[1024];
    S_code_cases(e, set, sizeof set / sizeof *set, 1);
    S_code(e, "1987-06-01", "The government waged a tough campaign against inflation.", got,
           sizeof got);
    OK(!strcmp(got, ""));
    dyad_engine_free(e);
}

/* an assault fended off is fought, against its doer; a takeover raid fended off is no
 * force */
static void test_fended_attack(void)
{
    dyad_engine *e = S_unknown_engine();
    char got[1024];
    S_code(e, "2024-05-01", "Ukrainian forces fended off a Russian assault near Kupiansk.", got,
           sizeof got);
    OK(strstr(got, "UKRMIL RUS 190 asserted") == got);
    S_code(e, "2024-05-01", "Malian soldiers fended off a jihadist attack on their base.", got,
           sizeof got);
    OK(strstr(got, "MLIMIL ---REB 190 asserted") == got);
    S_code(e, "1987-06-01", "The company moved to fend off a raid by a British conglomerate.",
           got, sizeof got);
    OK(!strcmp(got, ""));
    dyad_engine_free(e);
}

/* oil or gas naming a site struck names a target, not a find */
static void test_struck_energy_site(void)
{
    static const S_case set[] = {
        {"1987-06-01", "Iraqi jets struck Iranian oil installations in the Gulf.",
         "IRQMIL IRN 195 asserted"},
        {"1987-06-01", "Iraqi jets struck an Iranian oil tanker.", "IRQMIL IRN 195 asserted"},
        {"2024-05-01", "Ukrainian drones struck a Russian oil refinery overnight.",
         "UKRMIL RUS 195 asserted"},
        {"2024-05-01", "Russian missiles struck Ukraine's gas infrastructure.",
         "RUS UKR 195 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    char got[1024];
    S_code_cases(e, set, sizeof set / sizeof *set, 1);
    S_code(e, "1987-06-01", "The company struck oil in the North Sea.", got, sizeof got);
    OK(!strcmp(got, ""));
    S_code(e, "1987-06-01", "The company struck oil near its drilling platform.", got,
           sizeof got);
    OK(!strcmp(got, ""));
    dyad_engine_free(e);
}

/* a role word modifying the act's noun ("military action", "intelligence sharing")
 * says what the act is, not who its party after "against", "to" or "with" is; a role
 * joined to the party by "of" is still the party's */
static void test_act_modifier(void)
{
    static const S_case set[] = {
        {"2024-05-01", "Turkey took military action against Syria.", "TUR SYR 190 asserted"},
        {"2024-05-01", "Russia launched a military operation against Ukraine.",
         "RUS UKR 190 asserted"},
        {"2024-05-01", "Germany pledged military aid to Kyiv.", "DEU UKRGOV 0332 asserted"},
        {"2024-05-01", "Washington resumed intelligence sharing with Kyiv.",
         "USAGOV UKRGOV 064 asserted"},
        {"1987-06-01", "Iraqi guns shelled the army of Iran.", "IRQ IRNMIL 194 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    S_code_cases(e, set, sizeof set / sizeof *set, 1);
    dyad_engine_free(e);
}

/* a vow of force against a party is a threat of it (138), not an intent to cooperate;
 * a deal struck, or force only intended, stays what it was */
static void test_vowed_force(void)
{
    dyad_engine *e = S_unknown_engine();
    char got[1024];
    S_code(e, "2024-05-01", "North Korea vowed to attack the United States.", got, sizeof got);
    OK(strstr(got, "PRK USA 138 asserted") == got);
    S_code(e, "2024-05-01",
           "The Houthi rebels pledged to strike American warships in the Red Sea.", got,
           sizeof got);
    OK(strstr(got, "YEMREB USAMIL 138 asserted") == got);
    S_code(e, "1987-06-01", "Iraq pledged to strike Iranian oil installations in the Gulf.", got,
           sizeof got);
    OK(strstr(got, "IRQ IRN 138 asserted") == got);
    S_code(e, "2024-05-01", "Iran promised to strike a deal with France.", got, sizeof got);
    OK(strstr(got, "IRN FRA 030 asserted") == got);
    S_code(e, "2024-05-01", "The army intends to attack the rebels.", got, sizeof got);
    OK(strstr(got, "190 planned") != NULL && strstr(got, "138") == NULL);
    dyad_engine_free(e);
}

/* A pattern's "(TO VERB)" reads the verb's own infinitive, not one inside it: a vote or
 * an intention to ask someone for sanctions or retaliation is an appeal to that one, no
 * sanction or threat of the voter's; the verb's own infinitive, or one joined to it,
 * is still read. */
static void test_inner_infinitive(void)
{
    static const char *const asked[] = {
        "The U.S. Senate voted 90 to 8 to urge President Biden to impose new sanctions on "
        "Venezuela.",
        "The Senate voted to ask Reagan to impose tariffs on Japanese goods.",
        "Poland's farmers intend to ask the government to retaliate against Ukraine.",
    };
    dyad_engine *e = S_unknown_engine();
    char got[1024];
    for (size_t i = 0; e && i < sizeof asked / sizeof *asked; i++) {
        S_code(e, "2024-03-05", asked[i], got, sizeof got);
        OK(strstr(got, " 163 ") == NULL && strstr(got, " 138 ") == NULL);
        OK(strstr(got, " 020 ") != NULL);
    }
    S_code(e, "2024-03-05", "The U.S. Senate voted 90 to 8 to impose new sanctions on Venezuela.",
           got, sizeof got);
    OK(strstr(got, "USALEG VEN 163 asserted") == got);
    S_code(e, "2024-03-05", "Canada said it intended to retaliate against China.", got,
           sizeof got);
    OK(strstr(got, "CAN CHN 138 asserted") == got);
    S_code(e, "2024-03-05", "France agreed to cut tariffs and to sell weapons to India.", got,
           sizeof got);
    OK(strstr(got, "FRA IND 0312 asserted") == got);
    dyad_engine_free(e);
}

/* A dispute, strain or war about trade ended, eased or cut stops no trade (verbs.txt's
 * &TRADEROW): the "trade" that the halt and cut blocks read as an embargo (163) only
 * names what the dispute is about; trade itself halted or cut still is one. */
static void test_trade_row(void)
{
    static const char *const rows[] = {
        "China and Australia ended their long trade dispute on Friday.",
        "Tokyo is seeking to reduce trade friction with Washington.",
        "Canada and Mexico halted their growing trade problems last year.",
        "Japan eased its trade tensions with South Korea.",
    };
    dyad_engine *e = S_unknown_engine();
    char got[1024];
    for (size_t i = 0; e && i < sizeof rows / sizeof *rows; i++) {
        S_code(e, "2024-03-05", rows[i], got, sizeof got);
        OK(strstr(got, " 163 ") == NULL);
    }
    S_code(e, "2024-03-05", "China halted trade with Lithuania.", got, sizeof got);
    OK(strstr(got, "CHN LTU 163 asserted") == got);
    S_code(e, "1987-04-05", "Japan will cut trade with North Korea.", got, sizeof got);
    OK(strstr(got, "JPN PRK 163 planned") == got);
    dyad_engine_free(e);
}

/* A firm that curbs its exports, cuts its credit lines, breaks off merger talks or
 * recalls its goods does business: no cut in relations (16x); a state's cut stays. */
static void test_firm_cut(void)
{
    static const char *const firms[] = {
        "Toyota Motor Corp will curb its car exports to the European Union next year.",
        "Two Japanese banks cut their credit lines to the Chilean utility last week.",
        "Siemens AG broke off merger talks with a French rival on Tuesday.",
        "General Motors Corp recalled 12,000 trucks sold in Canada.",
        "Nissan Motor Co will cut its car exports to Canada this year.",
        "Mitsubishi Corp halted its shipments to Iran.",
    };
    dyad_engine *e = S_unknown_engine();
    char got[1024];
    for (size_t i = 0; e && i < sizeof firms / sizeof *firms; i++) {
        S_code(e, i < 4 ? "2024-03-05" : "1987-03-05", firms[i], got, sizeof got);
        OK(strstr(got, " 16") == NULL);
    }
    S_code(e, "2024-03-05", "The European Union suspended its aid to Niger.", got, sizeof got);
    OK(strstr(got, "IGOEUREEC NER 1621 asserted") == got);
    S_code(e, "1987-03-05", "Britain withdrew its ambassador from Tehran.", got, sizeof got);
    OK(strstr(got, "GBR IRNGOV 161 asserted") == got);
    dyad_engine_free(e);
}

/* Bids and offers turned down at a tender, or a letter of credit refused, are a deal
 * not done: no rejection of the bidder or the bank (12x). A bid to join, an offer of
 * talks and a resolution rejected still are. */
static void test_tender_reject(void)
{
    static const char *const deals[] = {
        "Egypt's state grain buyer rejected all offers at its wheat tender on Tuesday.",
        "Algeria rejected all bids in its tender for durum wheat.",
        "Egypt rejected all bids from the United States.",
        "The EC Commission rejected all the bids for barley at Wednesday's tender.",
        "Pakistan rejected a tender for 20,000 tonnes of Malaysian palm oil.",
        "Iraq refused to accept the letter of credit that a Brazilian bank had opened.",
    };
    static const S_case keep[] = {
        {"2024-03-05", "Iran rejected the UN resolution.", "IRN IGOUNO 120 asserted"},
        {"1987-03-05", "Japan refused to open its rice market.", "JPN --- 120 asserted"},
        {"2024-03-05", "The United Nations rejected Taiwan's bid for membership.",
         "IGOUNO TWN 120 asserted"},
        {"2024-03-05", "Russia rejected Ukraine's offer of talks.", "RUS UKR 125 asserted"},
        {"2024-03-05", "China ordered the U.S. consulate in Chengdu closed.",
         "CHN USAGOV 161 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    char got[1024];
    for (size_t i = 0; e && i < sizeof deals / sizeof *deals; i++) {
        S_code(e, i < 3 ? "2024-03-05" : "1987-03-05", deals[i], got, sizeof got);
        OK(strstr(got, " 12") == NULL);
    }
    S_code_cases(e, keep, sizeof keep / sizeof *keep, 1);
    dyad_engine_free(e);
}

/* An answer to a request, call, proposal, plea or offer is aimed at whoever made it,
 * named before the noun or after its "by" or "from", never at a party the act asked for
 * names; an asker no one knows leaves the target unknown. Talks refused are refused to
 * whom they would be with. A phrase the parser ran on from the asker into the act is the
 * asker's also when a pattern's + found it (welcoming, whose + is its object). */
static void test_answered_request(void)
{
    static const S_case set[] = {
        {"2023-07-01", "Japan rejected a request by farmers to halt imports of rice from Thailand.",
         "JPN ---AGR 120 asserted"},
        {"2024-03-05", "Japan rejected the farmers' request to halt imports of rice from Thailand.",
         "JPN ---AGR 120 asserted"},
        {"2024-03-05",
         "The EU turned down a request from carmakers to delay tariffs on electric vehicles "
         "from China.",
         "IGOEUREEC ---BUS 120 asserted"},
        {"2023-07-01", "The minister rejected calls by opposition parties to cut ties with Israel.",
         "---GOV ---OPP 120 asserted"},
        {"1987-03-05", "Tokyo rejected an appeal from rice growers to ban shipments from the "
                       "United States.",
         "JPNGOV ---BUS 120 asserted"},
        {"1987-03-05", "The ministry rejected a proposal by textile makers to limit imports from "
                       "South Korea.",
         "---GOV ---BUS 127 asserted"},
        {"1987-03-05", "Washington rejected Tokyo's request to delay sanctions against Japanese "
                       "chipmakers.",
         "USAGOV JPNGOV 120 asserted"},
        /* guards: the asker named, talks, and a call made, not answered */
        {"2023-07-01", "Japan rejected a U.S. request to open its rice market to American firms.",
         "JPN USA 120 asserted"},
        {"2023-07-01", "Russia rejected Iran's request for talks.", "RUS IRN 125 asserted"},
        {"2023-07-01", "Turkey welcomed a Chinese offer to mediate between Russia and Ukraine.",
         "TUR CHN 051 asserted"},
        {"2024-03-05", "Germany rejected a request by Poland to send tanks to Ukraine.",
         "DEU POL 1222 asserted"},
        {"1987-03-05", "Brazil rejected calls for negotiations with the IMF.",
         "BRA IGOBUSIMF 125 asserted"},
        {"1987-03-05", "Japan rejected the American demand that Tokyo scrap its quotas.",
         "JPN USA 120 asserted"},
        {"2024-03-05", "Britain renewed its call for sanctions against Iran.",
         "GBR IRN 163 asserted"},
        {"2024-03-01", "Kenya welcomed the aid groups' appeal to send food to Somalia.",
         "KEN ---NGO 051 asserted"},
        {"2024-03-01", "Brazil rejected the bankers' calls for talks with the IMF.",
         "BRA IGOBUSIMF 125 asserted"},
        {"2024-03-01", "Ukraine rejected the lawmakers' suggestion to meet with Russian officials.",
         "UKR RUSGOV 125 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    S_code_cases(e, set, sizeof set / sizeof *set, 1);
    dyad_engine_free(e);
}

/* A party in an adjunct of concession, circumstance or time after the verb is none of
 * the verb's: not that of a concession ("despite warnings from ..."), nor the actor of
 * any other once the verb's object told what the act is done to; no pattern reads the
 * adjunct unless it names its preposition ("(DESPITE &CEASEFIRE)"). */
static void test_adjunct_party(void)
{
    static const S_case set[] = {
        {"2025-03-01",
         "Thai authorities deported 40 Uyghurs to China last month despite warnings from "
         "United Nations experts.",
         "THAGOV CHN 174 asserted"},
        {"2024-05-01",
         "Hungary deported dozens of migrants to Serbia despite criticism from the European "
         "Union.",
         "HUN SRB 174 asserted"},
        {"2024-05-01",
         "The Houthis fired missiles at ships in the Red Sea despite warnings from Washington.",
         "YEMREB --- 195 asserted"},
        {"1987-05-01", "Israeli warplanes bombed guerrilla bases despite protests from Syria.",
         "ISRMIL ---REB 195 asserted"},
        {"1987-05-01", "Iran attacked two tankers in the Gulf despite warnings from Washington.",
         "IRN --- 190 asserted"},
        {"1987-05-01", "The Contras attacked a power station despite a plea from Honduras.",
         "NICREB --- 190 asserted"},
        /* guards: a party before the adjunct, another party of its act, an actor after a
         * verb with nothing of its own, requests answered, a pattern naming "despite",
         * and a deal that is the act itself */
        {"2024-05-01", "Blinken met Wang Yi in Beijing despite objections from Republican "
                       "lawmakers.",
         "USAGOV CHNGOV 040 asserted"},
        {"2024-05-01", "China recalled its ambassador amid tensions with Lithuania.",
         "CHN LTU 161 asserted"},
        {"1987-05-01", "Iran vowed to retaliate after Monday's U.S. attack on its oil platforms.",
         "IRN USA 138 asserted"},
        {"2024-05-01", "Israel refused to halt its offensive despite calls from the United "
                       "Nations.",
         "ISR IGOUNO 120 asserted"},
        {"2024-05-01", "Russian forces attacked Kherson despite the ceasefire.",
         "RUSMIL UKR 196 asserted"},
        {"1987-05-01",
         "Japan agreed to cut tariffs on beef as part of a deal with the United States.",
         "JPN USA 057 asserted"},
    };
    /* an attack's target before talks it follows */
    static const S_case held[] = {
        {"2024-05-01", "Russian forces attacked Ukrainian positions after talks with Turkey.",
         "RUSMIL UKR 190 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    S_code_cases(e, set, sizeof set / sizeof *set, 1);
    S_code_cases(e, held, sizeof held / sizeof *held, 0);
    dyad_engine_free(e);
}

/* Someone extradited or handed over to justice (063) is handed to the state that
 * receives them, also when the parser ran their phrase on into where they go; with no
 * such state named, their own country stays the party. */
static void test_handed_to(void)
{
    static const S_case set[] = {
        {"2024-05-01", "Germany extradited a Russian suspect to the United States.",
         "DEU USA 063 asserted"},
        {"2024-05-01", "Poland extradited two Russians to the United States on Friday.",
         "POL USA 063 asserted"},
        {"1987-05-01", "Spain extradited two Basque separatists to France.",
         "ESP FRA 063 asserted"},
        {"1987-05-01", "France handed over three Basque militants to Spanish police.",
         "FRA ESPCOP 063 asserted"},
        {"2022-10-12", "Thailand extradited a Chinese businessman to China.",
         "THA CHN 063 asserted"},
        /* guards: no state after "to", and hostages freed */
        {"2024-05-01", "Italy extradited a Serbian suspect to face charges of fraud.",
         "ITA SRBCRM 063 asserted"},
        {"2024-05-01", "Hamas handed over three Israeli hostages to the Red Cross.",
         "PSEREB ISRCVL 084 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    S_code_cases(e, set, sizeof set / sizeof *set, 1);
    dyad_engine_free(e);
}

/* A thing sent back, turned or handed over is no one deported or extradited; people so
 * sent or handed over are. */
static void test_handed_thing(void)
{
    static const char *const things[][3] = {
        {"1987-05-01", "Customs officials sent back 50,000 pairs of shoes to Taiwan.", " 174 "},
        {"2024-05-01", "The Senate sent the bill back to the House.", " 174 "},
        {"2024-05-01", "The Taliban handed over the keys of the embassy to Chinese officials.",
         " 063 "},
        {"2024-05-01", "The junta handed power over to a civilian government.", " 063 "},
    };
    static const S_case people[] = {
        {"2024-05-01", "Mexico sent 200 migrants back to Guatemala.", "MEX GTM 174 asserted"},
        {"2025-03-01", "Thailand turned 40 Uyghur men over to China.", "THA CHN 174 asserted"},
        {"2024-05-01", "Turkey sent hundreds of Syrians back to Syria last week.",
         "TUR SYR 174 asserted"},
        {"2024-05-01", "Thailand handed over a Chinese businessman to China.",
         "THA CHN 063 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    char got[1024];
    for (size_t i = 0; e && i < sizeof things / sizeof *things; i++) {
        S_code(e, things[i][0], things[i][1], got, sizeof got);
        T_REPORT(strstr(got, things[i][2]) == NULL, "\"%s\" gave \"%s\"", things[i][1], got);
    }
    S_code_cases(e, people, sizeof people / sizeof *people, 1);
    dyad_engine_free(e);
}

/* The press a party speaks to or meets is its statement's audience, no party consulted
 * (04): with reporters named or not, the talk gives no 040; a minister met is. */
static void test_press_audience(void)
{
    static const char *const talks[][2] = {
        {"2024-05-01", "Speaking with reporters in Ankara, Turkish Foreign Minister Hakan "
                       "Fidan said the talks would resume next week."},
        {"1987-05-01", "Discussing the trade figures with reporters, Japanese Prime Minister "
                       "Yasuhiro Nakasone said the yen was too strong."},
        {"2024-05-01", "The Indonesian president will meet the press after the summit."},
    };
    static const S_case met[] = {
        {"2024-05-01", "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi "
                       "in Beijing on Friday.", "USAGOV CHNGOV 040 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    char got[1024];
    for (size_t i = 0; e && i < sizeof talks / sizeof *talks; i++) {
        S_code(e, talks[i][0], talks[i][1], got, sizeof got);
        T_REPORT(strstr(got, " 04") == NULL, "\"%s\" gave \"%s\"", talks[i][1], got);
    }
    S_code_cases(e, met, sizeof met / sizeof *met, 1);
    dyad_engine_free(e);
}

/* An object's relative clause is an act of its own, its subject the doer and its
 * antecedent the object, also on a possessor's phrase and with a clause of when after
 * its verb; a participle with its doer keeps its reading. */
static void test_relative_object_shapes(void)
{
    static const S_case set[] = {
        {"1987-06-01",
         "Reagan's trade row with Japan, which Washington hit with tariffs on microchips in "
         "April, worsened.",
         "USAGOV JPN 163 asserted"},
        {"2025-03-10", "Canada, which Trump hit with a new levy before delaying it, vowed to "
                       "retaliate.",
         "USAGOV CAN 163 asserted"},
        {"2024-05-01", "The pact signed by Egypt and Israel last year has held.",
         "ISR EGY 057 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    dyad_engine_free(e);
}

/* Worry voiced over an act its doer is named with (before the act's noun, or after it by
 * "by") is criticism of that doer (111); over a thing no one did, or a place's situation,
 * it stays worry, with no place for its target. */
static void test_worried_act(void)
{
    static const S_case set[] = {
        {"2024-05-01", "Japan voiced concern over China's military drills near Taiwan.",
         "JPN CHNMIL 111 asserted"},
        {"2024-05-01",
         "Seoul expressed deep concern about North Korea's missile launch on Tuesday.",
         "KORGOV PRK 111 asserted"},
        {"2024-05-01", "Japan expressed concern over the missile launch by North Korea.",
         "JPN PRK 111 asserted"},
        {"2024-05-01", "Mexico raised concerns about the American tariffs on steel.",
         "MEX USA 111 asserted"},
        {"1987-03-20",
         "West Germany voiced concern over the U.S. decision to curb textile imports.",
         "DEU USA 111 asserted"},
        {"1987-03-20", "Japan expressed concern about China's economy.", "JPN CHN 012 asserted"},
        {"2024-05-01", "Britain expressed concern over the humanitarian situation in Darfur.",
         "GBR --- 012 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    S_code_cases(e, set, sizeof set / sizeof *set, 1);
    dyad_engine_free(e);
}

/* A verb the tagger or parser left out of every verb phrase ("overran" read as an
 * adverb opening the object's phrase, "pound" as a preposition), in a sentence the tree
 * gave no event, is read on the flat words of its clause (S_flat_verbs in coder.c),
 * its subject the actor right before it. */
static void test_flat_verbs(void)
{
    static const S_case set[] = {
        {"1987-03-20", "Iraqi troops overran an Iranian outpost near Basra.",
         "IRQMIL IRN 190 asserted"},
        {"2024-05-01", "Azerbaijani forces overran Armenian positions in Karabakh.",
         "AZEMIL ARM 190 asserted"},
        {"2024-05-01", "Russian troops overran a Ukrainian garrison near Bakhmut on Tuesday.",
         "RUSMIL UKR 190 asserted"},
        {"2024-05-01", "Israeli warplanes pound Hezbollah positions in southern Lebanon.",
         "ISRMIL LBNREB 190 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    S_code_cases(e, set, sizeof set / sizeof *set, 1);
    dyad_engine_free(e);
}

/* A claim denied or rejected in a relative clause on its noun is answered to whoever
 * made it: the subject of the verb above the noun that says or charges ("said",
 * "accused"), not of the deed the claim tells; "denied" reads the noun as its object
 * (016). */
static void test_claim_answered(void)
{
    static const S_case set[] = {
        {"2024-05-01", "Iran said Israel was behind the blast, a claim Israel denied.",
         "ISR IRN 016 asserted"},
        {"2024-05-01",
         "Britain said Russian agents carried out the poisoning, an accusation the Kremlin "
         "has repeatedly denied.",
         "RUSGOV GBR 016 asserted"},
        {"2024-05-01",
         "Washington accused Moscow of meddling in the vote, allegations which Moscow denied.",
         "RUSGOV USAGOV 016 asserted"},
        {"2024-05-01", "Iran accused Israel of sabotage, a charge which Israel denied.",
         "ISR IRN 016 asserted"},
        {"1987-03-20",
         "Pakistan said Afghan jets had bombed a border village, a charge Kabul rejected on "
         "Tuesday.",
         "AFGGOV PAK 120 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    char got[1024];
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    /* a deed the writer tells is no one's claim: its doer is not answered */
    S_code(e, "2024-05-01", "Israeli jets struck a depot in Lebanon, a claim Beirut denied.",
           got, sizeof got);
    OK(strstr(got, "ISRMIL LBN 19") == got && strstr(got, " ISR 016") == NULL &&
       strstr(got, " ISRMIL 016") == NULL);
    dyad_engine_free(e);
}

/* A claim voiced by a verb that is not one of saying ("repeated its claim that ...",
 * "renewed its charge that ...") is its subject's: the answer to it is aimed there. */
static void test_claim_voiced(void)
{
    static const S_case set[] = {
        {"2024-05-01",
         "Pakistan repeated its claim that the raid was planned in Afghanistan, a charge Kabul "
         "rejected.",
         "AFGGOV PAK 120 asserted"},
        {"1987-06-01",
         "Japan renewed its charge that the United States had broken the accord, a charge "
         "Washington denied.",
         "USAGOV JPN 016 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    dyad_engine_free(e);
}

/* Figures, findings, a statement or a decision disputed, denied or refuted are rejected
 * (12), towards whoever counted, found, said or decided them: a possessor, an adjective,
 * a "by" or "of" phrase, or the subject of a clause on them; with no one named, no one. */
static void test_figures_disputed(void)
{
    static const S_case set[] = {
        {"1987-06-01", "The Soviet minister disputed the figures Japan presented.",
         "SUNGOV JPN 120 asserted"},
        {"1987-06-01", "Tokyo disputed Washington's figures.", "JPNGOV USAGOV 120 asserted"},
        {"1987-06-01", "Moscow refuted the findings of the U.N. panel.",
         "SUNGOV IGOUNO 120 asserted"},
        {"2024-06-01", "Seoul disputed Tokyo's statement.", "KORGOV JPNGOV 120 asserted"},
        /* dismissed, a decision or figures are rejected too; backed, charges or a
         * report are endorsed (051) */
        {"2024-06-01", "Seoul dismissed the Japanese decision.", "KORGOV JPN 120 asserted"},
        {"2024-06-01", "Britain backed Washington's charges.", "GBR USAGOV 051 asserted"},
        {"2024-06-01", "London backed the findings of the U.N. panel.",
         "GBRGOV IGOUNO 051 asserted"},
    };
    static const char *const none[] = {
        "Tokyo disputed the trade figures.",
        /* a policy deep in what was dismissed is no party's act dismissed */
        "Brazil dismissed rumours of a change in debt policy and bankers expect no shift on "
        "the IMF question.",
    };
    dyad_engine *e = S_engine(0, NULL);
    char got[1024] = "";
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    for (size_t i = 0; e && i < sizeof none / sizeof *none; i++) {
        S_code(e, "1987-06-01", none[i], got, sizeof got);
        T_REPORT(strstr(got, " 120 ") == NULL, "\"%s\" gave \"%s\"", none[i], got);
    }
    dyad_engine_free(e);
}

/* What is praised or welcomed is its author's as what is rejected is: the subject of a
 * relative clause on it, with "that" or without ("welcomed the offer Washington made"),
 * unless that verb only judged it (praise, criticism, rejection). */
static void test_praise_author(void)
{
    static const S_case set[] = {
        {"2024-06-01", "Tokyo welcomed the offer Washington made on Monday.",
         "JPNGOV USAGOV 051 asserted"},
        {"2024-06-01", "Tokyo praised the plan Washington unveiled on Monday.",
         "JPNGOV USAGOV 051 asserted"},
        {"2024-06-01", "Tokyo welcomed the decision that Washington announced on Monday.",
         "JPNGOV USAGOV 051 asserted"},
    };
    dyad_engine *e = S_engine(0, NULL);
    char got[1024] = "";
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    /* one who only judged the thing in the clause is no author of it */
    if (e)
        S_code(e, "2024-06-01", "Tokyo condemned the plan, which Seoul rejected.", got,
               sizeof got);
    OK(!e || strstr(got, "JPNGOV KORGOV") == NULL);
    dyad_engine_free(e);
}

/* A claim rejected or denied whose maker its sentence leaves out ("rejected charges that
 * ...", "the allegations" said with a setting after them), and any denial of
 * responsibility ("denied involvement"), answers whoever charged the doer in the two
 * sentences before, when one party alone did; not later, and no other act is a
 * charge. */
static void test_charge_answered_later(void)
{
    static const S_case set[] = {
        {"2024-05-01",
         "Iran accused Kuwait of spying for Iraq. Kuwait rejected charges that its fishing "
         "boats were spy ships.",
         "KWT IRN 120 asserted"},
        {"2024-05-01",
         "The United States accused Albania's former leader of corruption. Albania rejected "
         "the allegations at a news conference.",
         "ALB USA 120 asserted"},
        /* "the charges" are whoever said or charged them, as "the allegations" are */
        {"2024-05-01", "Kenya said Uganda had sheltered rebels. Uganda rejected the charges.",
         "UGA KEN 120 asserted"},
        /* ... also with where or when it was rejected hung on the noun */
        {"2024-05-01",
         "Kenya said Uganda had sheltered rebels. Uganda rejected the allegations during a "
         "news conference on Friday.",
         "UGA KEN 120 asserted"},
        /* a charge is answered further on than other acts, after its details */
        {"2024-05-01",
         "Kenya said Uganda had sheltered rebels. Kampala gave no reply at first. Kenyan "
         "lawmakers debated the matter on Monday. Uganda rejected the allegations.",
         "UGA KEN 120 asserted"},
        {"2024-05-01",
         "Iran accused Kuwait of spying for Iraq. Tehran gave no evidence. Kuwait denied "
         "allegations that it spied.",
         "KWT IRN 016 asserted"},
        {"1987-03-20",
         "Pakistan accused Afghanistan of bombing a border town. Kabul denied charges that its "
         "jets had crossed the border.",
         "AFGGOV PAK 016 asserted"},
        /* three sentences on, the charge is no longer in sight */
        {"2024-05-01",
         "Iran accused Kuwait of spying for Iraq. Tehran gave no evidence. Kuwait's oil output "
         "rose. Kuwait denied allegations that it spied.",
         "KWT --- 016 asserted"},
        /* a proposal rejected answers no charge */
        {"2024-05-01", "Iran accused Kuwait of spying for Iraq. Kuwait rejected the proposal.",
         "KWT --- 127 asserted"},
        /* a denial of responsibility answers the charge whatever it names */
        {"2024-05-01",
         "Israel blamed Hezbollah for the rocket attack. Hezbollah denied any involvement.",
         "LBNREB ISR 016 asserted"},
        {"2024-05-01",
         "Ukraine accused Russia of shelling the power plant. Moscow denied responsibility "
         "for the attack.",
         "RUSGOV UKR 016 asserted"},
        {"2024-05-01",
         "India blamed Pakistan for the attack. Pakistan denied any role in the attack.",
         "PAK IND 016 asserted"},
        /* a party that only said something is no accuser beside the one who was */
        {"2024-05-01",
         "Iran accused Kuwait of spying. Iraq said it would send envoys to Cairo. Kuwait "
         "rejected the allegations.",
         "KWT IRN 120 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    char got[1024] = "";
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    /* charged by two parties in turn, the answer is to either: to no one named */
    if (e)
        S_code(e, "2024-05-01",
               "Iran accused Kuwait of spying. Iraq accused Kuwait of smuggling. Kuwait "
               "rejected the allegations.",
               got, sizeof got);
    OK(!e || (strstr(got, "KWT IRQ 120") == NULL && strstr(got, "KWT IRN 120") == NULL));
    dyad_engine_free(e);
}

/* A denial that no pattern reads, one of a clause, a gerund, "it" or a noun of no
 * charge ("denied that its jets had crossed", "denied ever making", "denied any
 * role"), answers whoever charged its doer lately as "denied the charge" does (a 2024
 * and a 1987 story), an accusation or worse, not a concern; with no charge in sight it
 * is no event, nor is whoever the denied clause names its other party, and the act
 * denied is still read, negated. */
static void test_bare_denial_answered(void)
{
    static const S_check set[] = {
        {"2024-03-25",
         "China accused the Philippines of breaking a promise to tow away the old warship. "
         "Manila denied ever making such a promise.",
         "PHLGOV CHN 016 asserted", NULL},
        {"2023-07-12",
         "North Korea accused the U.S. military of flying spy planes over its waters. The "
         "Pentagon denied that any American aircraft had entered the North's airspace.",
         "USAMIL PRK 016 asserted", NULL},
        {"2025-05-08",
         "India blamed Pakistan for the attack on the tourists. Islamabad denied any role in "
         "the killings.",
         "PAKGOV IND 016 asserted", NULL},
        {"1987-03-20",
         "Iraq accused Iran of shelling border villages. Tehran denied it.",
         "IRNGOV IRQ 016 asserted", NULL},
        {"1987-06-02",
         "Washington accused Tokyo of dumping computer chips. Japan denied selling the chips "
         "below cost.",
         "JPN USAGOV 016 asserted", NULL},
        /* the content denied is not the party: Iraq answers no one here */
        {"1987-03-20",
         "Kuwait accused Iran of arming rebels. Tehran denied that its guards had entered "
         "Iraq.",
         "IRNGOV KWT 016 asserted", NULL},
        {"1987-03-20",
         "Kuwait accused Iran of arming rebels. Tehran denied that its guards had entered "
         "Iraq.",
         NULL, "IRQ 016"},
        /* a standing denial is background, no answer */
        {"2025-03-13",
         "Washington said Tehran was defying the Security Council. Iran has long denied "
         "that its nuclear programme is military.",
         NULL, " 016 "},
        {"2025-03-13",
         "Washington said Tehran was defying the Security Council. Iran has denied for years "
         "any plan to build a bomb.",
         NULL, " 016 "},
        /* no charge, no event */
        {"1987-03-20", "Iran's oil output rose. Tehran denied that it had cut prices.", NULL,
         " 016 "},
        /* a concern or a criticism is no charge to deny: the denial answers the accusation
         * before it, or no one */
        {"2023-09-19",
         "Australia conveyed its concern to India. Indian officials said Modi had denied any "
         "role.",
         NULL, "AUS 016"},
        {"2023-09-19",
         "Canada accused India of a role in the killing. Australia conveyed its concern to "
         "India. Modi denied any role.",
         "INDGOV CAN 016 asserted", NULL},
        /* a rejection answers a criticism all the same */
        {"2023-09-19",
         "The EU criticised Belarus over the crackdown. Minsk rejected the criticism.",
         "BLRGOV IGOEUREEC 120 asserted", NULL},
        /* a charge made earlier in the same sentence is answered, by each who made it */
        {"2019-09-20",
         "Washington and Riyadh blamed Iran for the attack, which Tehran denied.",
         "IRNGOV USAGOV 016 asserted", NULL},
        {"2019-09-20",
         "Washington and Riyadh blamed Iran for the attack, which Tehran denied.",
         "IRNGOV SAUGOV 016 asserted", NULL},
        /* ... also where the relative clause denies doing the act its noun names, the
         * gerund's object the clause's gap */
        {"2019-09-20",
         "Washington and Riyadh blamed Iran for that attack, which Tehran denied carrying out.",
         "IRNGOV SAUGOV 016 asserted", NULL},
        {"2024-01-10",
         "Israel blamed Hezbollah for the bombing, which Hezbollah denied launching.",
         "LBNREB ISR 016 asserted", NULL},
        {"2017-04-05",
         "Washington and London blamed the Syrian government; Damascus denied using chemical "
         "weapons.",
         "SYRGOV GBRGOV 016 asserted", NULL},
        {"2024-01-10",
         "Israel blamed Hezbollah for the rocket attack, but Hezbollah denied any involvement.",
         "LBNREB ISR 016 asserted", NULL},
    };
    /* the act denied is read all the same, negated */
    static const S_check negated[] = {
        {"1987-03-20",
         "Iraq accused Iran of shelling border villages. Tehran denied shelling Kuwaiti ships.",
         "IRNGOV KWT 194 negated", NULL},
    };
    dyad_engine *e = S_unknown_engine(), *all = S_engine(~0u, NULL);
    S_code_checks(e, set, sizeof set / sizeof *set);
    S_code_checks(all, negated, sizeof negated / sizeof *negated);
    dyad_engine_free(e);
    dyad_engine_free(all);
}

/* "The demand" rejected names what was urged or asked as well as what was demanded (a
 * 2024 and a 1987 story): the rejection is of whoever urged or asked its doer. */
static void test_demand_urged(void)
{
    static const S_check set[] = {
        {"2024-05-01",
         "The European Union urged Serbia to recognise Kosovo. Belgrade rejected the demand "
         "on Monday.",
         "SRBGOV IGOEUREEC 120 asserted", NULL},
        {"2024-05-01",
         "Britain urged Iran to release the seized tanker. Tehran rejected the demands.",
         "IRNGOV GBR 120 asserted", NULL},
        {"1987-06-02",
         "Washington asked Bonn to cut interest rates. West Germany rejected the demand.",
         "DEU USAGOV 120 asserted", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* Sanctions named again ("those sanctions", or a share of them) are on the party the
 * story's latest events set against their doer. */
static void test_sanctions_again(void)
{
    static const S_check set[] = {
        {"2024-08-01",
         "In October 2023, Washington relaxed its oil sanctions on Venezuela. Washington "
         "reimposed those sanctions in April.",
         "USAGOV VEN 163", NULL},
        {"2024-08-01",
         "In October 2023, Washington relaxed its oil sanctions on Venezuela. Washington "
         "reimposed many of those sanctions in April.",
         "USAGOV VEN 163", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* An envoy recalled by a pronoun of its doers' own ("recalled its ambassador", "their
 * ambassadors") is recalled from the party the story's latest events set against them,
 * or from the one state besides them the sentence names, also when several states do it
 * together; with neither the doers' own are each other's, and a place it is recalled
 * from is named. */
static void test_envoy_recalled(void)
{
    static const S_check set[] = {
        {"2024-03-04",
         "Hungary accused Romania of meddling in its election. Budapest recalled its "
         "ambassador for consultations.",
         "HUNGOV ROU 161", NULL},
        {"2024-03-04",
         "Peru and Ecuador recalled their ambassadors, accusing Bolivia of arming rebels.",
         "ECU BOL 161", NULL},
        {"2024-03-04",
         "Peru and Ecuador recalled their ambassadors, accusing Bolivia of arming rebels.",
         NULL, "PER ECU"},
        /* guards: no other party (each other's), two states named, a place named */
        {"2024-03-04", "Peru and Ecuador recalled their ambassadors.", "ECU PERGOV 161", NULL},
        {"2024-03-04",
         "Peru recalled its ambassador, accusing Bolivia and Chile of arming rebels.",
         NULL, "PER BOL 161"},
        {"2024-03-04",
         "Hungary accused Romania of meddling in its election. Budapest recalled its "
         "ambassador from Vienna.",
         NULL, "HUNGOV ROU 161"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* Aid, help, relief or rescuers sent, promised or cut with no one named go to the party
 * the story's latest events set against the doer ("offered condolences to Peru ... would
 * send rescuers"), else to the state of the story's dateline, which its sentences keep
 * naming, else to the one other state their sentence names; never to the doer's own
 * state, nor when a third state is named or the aid goes "to" people no dictionary
 * knows. */
static void test_aid_from_context(void)
{
    static const S_check set[] = {
        {"2024-03-04",
         "Chile offered condolences to Peru on Monday and said it was ready to send rescuers.",
         "CHL PER 0333", NULL},
        {"2024-03-04",
         "QUITO, Ecuador (Reuters) - Soldiers seized the presidential palace in Ecuador on "
         "Monday. The army said Ecuador's president had fled. The United States paused some "
         "aid programs.",
         "USA ECU 162", NULL},
        {"2024-03-04",
         "LIMA, Peru (Reuters) - Floods killed dozens of people in Peru on Sunday. Peru's "
         "government declared an emergency. Chile dispatched help.",
         "CHL PER 07", NULL},
        {"2024-03-04",
         "Chile, which has long disputed its sea border with Peru, was among the first to "
         "send relief.",
         "CHL PER 07", NULL},
        /* guards: no dateline and no events before, the dateline the doer's own, a third
         * state named, people aided who may be of anywhere */
        {"2024-03-04", "Chile said it was ready to send rescuers.", NULL, "CHL PER"},
        {"2024-03-04",
         "SANTIAGO, Chile (Reuters) - Floods killed dozens of people in Chile on Sunday. "
         "Chile's government declared an emergency. Chile dispatched help.",
         NULL, "CHL CHL 07"},
        {"2024-03-04",
         "LIMA, Peru (Reuters) - Floods killed dozens of people in Peru on Sunday. Peru's "
         "government declared an emergency. Chile dispatched help, as Bolivia did.",
         NULL, "CHL PER 07"},
        {"2024-03-04",
         "LIMA, Peru (Reuters) - Floods killed dozens of people in Peru on Sunday. Peru's "
         "government declared an emergency. Chile sent relief to the refugees.",
         NULL, "CHL PER 07"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* An act of force named again by "the" and its noun is its doers': both states of a
 * compound subject that did it together, the doer of a missile test-fired, and, paragraphs
 * after the window, the act the story leads with (a 2024 and a 1987 story); not a noun
 * the writer sets apart from it ("the biggest raid, in 1984"). A noun of any act ("the
 * decision") so far on is the lead's act of whatever root, when one party did it, and
 * the noun of a verb ("the vote") the lead's act of that verb. */
static void test_act_named_again(void)
{
    static const S_check set[] = {
        {"2024-01-12",
         "American and British warplanes struck rebel radar sites in Yemen on Friday. Tehran "
         "condemned the strikes.",
         "IRNGOV USAMIL 111", NULL},
        {"2024-01-12",
         "American and British warplanes struck rebel radar sites in Yemen on Friday. Tehran "
         "condemned the strikes.",
         "IRNGOV GBRMIL 111", NULL},
        {"2023-07-12",
         "North Korea test-fired a short-range ballistic missile into the sea on Tuesday. "
         "Japan condemned the test.",
         "JPN PRK 111", NULL},
        {"2024-04-14",
         "Israeli jets struck an arms depot near Damascus on Sunday, the Syrian army said. The "
         "depot had stored rockets for months. Residents said the blasts shook the capital. "
         "Bread prices rose in the city. Iran condemned the strikes.",
         "IRN ISRMIL 111", NULL},
        {"1987-05-18",
         "Iraqi warplanes raided an offshore Iranian oil rig near Lavan island on Monday, Tehran "
         "radio reported. Oil prices rose in London. Traders said supplies were ample. OPEC "
         "ministers will meet in June. Iran denounced the raid.",
         "IRN IRQMIL 111", NULL},
        {"1987-05-18",
         "Iraqi warplanes raided an offshore Iranian oil rig near Lavan island on Monday, Tehran "
         "radio reported. Oil prices rose in London. Traders said supplies were ample. OPEC "
         "ministers will meet in June. Iran denounced the biggest raid, in 1984.",
         NULL, "IRN IRQMIL 111"},
        {"2024-03-01",
         "The European Union imposed new sanctions on Belarus on Thursday. The package targets "
         "potash exports and two state banks. Officials in Brussels said it would take effect "
         "next week. Potash prices rose in Chicago. Kyiv welcomed the decision.",
         "UKRGOV IGOEUREEC 051", NULL},
        /* a lead of two parties' acts makes neither the decision's */
        {"2024-03-01",
         "The European Union imposed new sanctions on Belarus on Thursday, and Russia expelled "
         "two Polish diplomats. The package targets potash exports and two state banks. "
         "Officials in Brussels said it would take effect next week. Potash prices rose in "
         "Chicago. Kyiv welcomed the decision.",
         NULL, "UKRGOV IGOEUREEC 051"},
        /* the noun of a verb ("the vote") so far on is the lead's act of that verb */
        {"2023-03-31",
         "Turkish lawmakers ratified Finland's bid to join NATO on Thursday. The motion passed "
         "with 276 votes in favour. Finnish officials had waited for months. Markets in "
         "Helsinki rose. NATO welcomed the vote.",
         "IGOWSTNAT TURLEG 051", NULL},
        {"2023-03-31",
         "Turkish lawmakers discussed Finland's bid to join NATO on Thursday. The motion "
         "passed with 276 votes in favour. Finnish officials had waited for months. Markets "
         "in Helsinki rose. NATO welcomed the vote.",
         NULL, "IGOWSTNAT TURLEG 051"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* An act named by its kind is its doer's when the verb that did it names no event its
 * noun is of: power seized, a government ousted or dissolved ("the coup", "the
 * takeover"), also paragraphs on as the story's lead; people detained ("the
 * detentions"); a law imposed; troops sent ("the deployment"). Worry voiced about it,
 * by one state or several together, is criticism of that doer, as it is of a law
 * named again. Not a coup no one seized power in, nor a law no one made. */
static void test_act_by_kind(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Guinea's army seized power on Sunday. Senegal condemned the coup.",
         "SEN GINMIL 111", NULL},
        {"2024-05-01",
         "Niger's military dissolved the cabinet on Wednesday. Banks stayed shut. Fuel ran "
         "short. Markets were quiet. Nigeria condemned the coup.",
         "NGA NERMIL 111", NULL},
        {"2024-05-01",
         "Niger's generals ousted the president on Wednesday, detaining opposition leaders. "
         "Banks stayed shut. Fuel ran short. Nigeria condemned the detentions.",
         "NGA NER 111", NULL},
        {"2024-05-01",
         "Niger's generals ousted the president on Wednesday, detaining opposition leaders. "
         "Banks stayed shut. Fuel ran short. Ghana, Benin and Togo voiced concern about the "
         "detentions.",
         "BEN NER 111", NULL},
        {"2024-05-01", "Moscow imposed a new media law on Abkhazia. Georgia condemned the law.",
         "GEO RUSGOV 111", NULL},
        {"2024-05-01",
         "Russia's parliament passed a media law for Crimea. Ukraine voiced concern about the "
         "law.",
         "UKR RUSLEG 111", NULL},
        {"2024-05-01",
         "Moscow sent troops to the Central African Republic. France condemned the deployment.",
         "FRA RUSGOV 111", NULL},
        /* guards */
        {"2024-05-01", "Guinea's army held a parade on Sunday. Senegal condemned the coup.", NULL,
         "SEN GIN"},
        {"2024-05-01", "Canada voiced concern about the law.", "CAN --- 012", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A noun of any act ("the step", "the move", "the decision") names a state's act that
 * coded no event ("decided to raise gas prices"), within the window of sentences: not
 * the judge's own, not a court's named after "of", nor one of two doers, nor one more
 * than the window back past the lead, nor what schools did or others said. */
static void test_policy_named_again(void)
{
    static const S_check set[] = {
        {"2024-03-05",
         "Russia decided to raise gas prices for Poland on Monday. Warsaw condemned the step.",
         "POLGOV RUS 111", NULL},
        {"2024-03-05",
         "Russia decided to raise gas prices for Poland on Monday. Schools closed in Vienna. "
         "Warsaw condemned the move.",
         "POLGOV RUS 111", NULL},
        /* what others only said since is no act of theirs the move may be */
        {"2024-03-05",
         "Russia decided to raise gas prices for Poland on Monday. German officials said "
         "demand was high. Warsaw condemned the move.",
         "POLGOV RUS 111", NULL},
        {"2024-03-05",
         "Russia decided to raise gas prices for Poland on Monday. Moscow condemned the step.",
         NULL, "RUSGOV RUS 111"},
        {"2024-03-05",
         "Belarus decided to expel two Polish diplomats on Monday. Minsk condemned the "
         "decision.",
         NULL, "BLRGOV BLR"},
        {"2024-03-05",
         "Russia decided to raise gas prices for Poland on Monday. Warsaw condemned the "
         "decision of the Supreme Court.",
         NULL, "POLGOV RUS 111"},
        {"2024-03-05",
         "Russia decided to raise gas prices on Monday, and Belarus decided to close its "
         "border crossings. Poland condemned the step.",
         NULL, "POL RUS 111"},
        {"2024-03-05",
         "Russia decided to raise gas prices on Monday, and Belarus decided to close its "
         "border crossings. Poland condemned the step.",
         NULL, "POL BLR 111"},
        {"2024-03-05",
         "Heavy snow fell across Europe on Monday. Airports in Germany were shut. Russia "
         "decided to raise gas prices for Poland. Trains ran late in Austria. Schools closed "
         "in Vienna. Markets fell in Frankfurt. Warsaw condemned the move.",
         NULL, "POLGOV RUS 111"},
        {"2024-03-05",
         "Heavy snow fell across Europe on Monday. Airports in Germany were shut. Russia "
         "decided to raise gas prices for Poland. Trains ran late in Austria. Schools closed "
         "in Vienna. Markets fell in Frankfurt. Warsaw condemned the move.",
         NULL, "POLGOV AUT"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* "That account" is what someone said lately, as "the claims" are: its speaker's, not
 * the judge's own, and not when "of" names whose it is. */
static void test_account_named_again(void)
{
    static const S_check set[] = {
        {"2024-03-05",
         "Rwanda's president said on Monday that his troops had never entered Congo. "
         "Kinshasa rejected that account.",
         "CODGOV RWAGOV 120", NULL},
        {"2024-03-05",
         "Rwanda's president said on Monday that his troops had never entered Congo. "
         "Kinshasa rejected the account, and Uganda said it had no troops there. Burundi "
         "rejected that account.",
         "BDI UGA 120", NULL},
        {"2024-03-05",
         "Rwanda's president said on Monday that his troops had never entered Congo. "
         "Kinshasa rejected the account of the United Nations.",
         NULL, "CODGOV RWAGOV 120"},
        {"2024-03-05",
         "Rwanda's president said on Monday that his troops had never entered Congo. Kigali "
         "stood by that account.",
         NULL, "RWAGOV RWA"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* "The approval" of a bill is the doing of whoever passed, adopted or signed it lately,
 * not of one who only debated it, nor the judge's own. */
static void test_approval_named_again(void)
{
    static const S_check set[] = {
        {"2024-05-14",
         "Georgia's parliament passed the foreign agents law on Tuesday. The European Union "
         "condemned the approval.",
         "IGOEUREEC GEOLEG 111", NULL},
        {"2024-05-14",
         "Somalia's president signed a bill extending his term by two years. Washington "
         "criticized the approval of the bill.",
         "USAGOV SOMGOV 111", NULL},
        {"2024-05-14",
         "Georgia's parliament debated the foreign agents law on Tuesday. The European Union "
         "condemned the approval.",
         NULL, "IGOEUREEC GEO"},
        {"2024-05-14",
         "Georgia's parliament passed the foreign agents law on Tuesday. Georgian lawmakers "
         "defended the approval.",
         NULL, "GEOLEG GEO"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A coalition or patrol a state leads ("Saudi-led", "U.S.-led") acts as that state, and a
 * text it drafted ("U.S.-drafted") is its own, as "a resolution drafted by the United
 * States" is; a group it backs is a party of its own ("Iran-backed militias"). */
static void test_led_and_drafted(void)
{
    static const S_check set[] = {
        {"2024-06-14",
         "Moscow and Beijing blocked a U.S.-drafted resolution at the council on Friday.",
         "CHNGOV USA 129", NULL},
        {"2024-06-14", "Houthi rebels fired missiles at the Saudi-led coalition on Monday.",
         "YEMREB SAU 195", NULL},
        {"1987-09-22",
         "The Soviet Union rejected a U.S.-drafted treaty text at the Geneva arms talks on "
         "Tuesday.",
         "SUN USA 12", NULL},
        {"1987-09-22", "Iranian gunboats fired on a U.S.-led naval patrol near Farsi island.",
         "IRNMIL USA 190", NULL},
        {"2024-06-14", "Israeli jets struck Iran-backed militias near Damascus on Sunday.", NULL,
         "ISRMIL IRN"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* "The junta" is the story's own state's government when the sentences before it name
 * several states (a coup story's neighbours shutting borders, envoys sent), as "the
 * government" is (S_home_office), in a 2021-style and a 1987-style story. */
static void test_junta_home(void)
{
    static const S_check set[] = {
        {"2021-09-06",
         "Guinea's military rulers suspended the constitution on Sunday. Senegal and Ivory "
         "Coast shut their borders with the country. The junta expelled the French ambassador "
         "on Monday.",
         "GINGOV FRAGOV 174", NULL},
        {"1987-03-10",
         "Chile's military rulers met union leaders on Monday. Argentina and Peru sent envoys "
         "to Santiago. The junta rejected calls for early elections from the opposition.",
         "CHLGOV --- 123", NULL},
        /* "the coup leaders" are the junta */
        {"2023-09-04",
         "Gabon's military rulers dissolved parliament on Monday. The African Union "
         "suspended the country on Tuesday. The coup leaders criticized the bloc on "
         "Wednesday.",
         "GABGOV IGOAFRAFU 111", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* "The junta" a state named by its name acts on is not that state's own government,
 * though a mission of that state was named just before ("the French embassy"): it is
 * the story's; a state's possessed party ("Norway's ruling party", which the parser
 * may leave as "Norway") may act on its own government. */
static void test_junta_acted_on(void)
{
    static const S_check set[] = {
        {"2023-08-07",
         "Chad's military rulers closed the border on Sunday. Crowds rallied outside the "
         "French embassy in Ndjamena. France accused the junta of failing to protect its "
         "staff.",
         "FRA TCDGOV 112", "FRA FRAGOV"},
        {"1987-03-10",
         "Norway's ruling Labour Party gave complete power to the government to impose trade "
         "sanctions on Pretoria, the prime minister said.",
         "NOR NORGOV 070", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A party named again by its initials after its full name ("the BNP") is that party,
 * also when it acts on its own country's army or government: an acronym is a name,
 * which avoids only the other party's own code. */
static void test_acronym_own_state(void)
{
    static const S_check set[] = {
        {"2024-08-06",
         "The Bangladesh Nationalist Party boycotted the vote on Sunday. The BNP criticized "
         "the army on Monday.",
         "BGDPTY BGDMIL 111", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* Weapons fired into the sea near a state are a show of force towards it (150), no
 * attack on it; fired into a state they are one. */
static void test_fired_into_sea(void)
{
    static const S_check set[] = {
        {"2024-05-10", "China fired four missiles into waters near Taiwan on Friday.",
         "CHN TWN 150", "CHN TWN 195"},
        {"2024-05-10", "North Korea fired a missile into the sea off Japan on Friday.",
         "PRK JPN 150", "PRK JPN 19"},
        {"2024-05-10", "Russia fired missiles into Ukraine on Friday.", "RUS UKR 195", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* "The North" and "the South" after either Korea was named are the two Koreas, as wire
 * copy names them again; in a story of no divided state they are regions. */
static void test_divided_halves(void)
{
    static const S_check set[] = {
        {"2024-03-05",
         "South Korea and the United States began their annual spring military drills on "
         "Monday. The North condemned the drills as a rehearsal for an invasion.",
         "PRK KOR 111", NULL},
        {"2023-11-21",
         "North Korea fired a ballistic missile into the sea off its east coast on Tuesday. "
         "The South condemned the launch and called for new sanctions.",
         "KOR PRK 111", NULL},
        {"1987-03-10",
         "North Korea proposed high-level military talks with Seoul on Monday. The South "
         "rejected the proposal as propaganda.",
         "KOR PRK 127", NULL},
        {"2024-01-10",
         "North Korea shelled waters near the border island on Friday. Residents were told "
         "to evacuate, and the South's military held firing drills in response.",
         "KORMIL --- 150", NULL},
        {"1987-03-10",
         "Farm groups said cotton plantings would rise this year. The South criticized the "
         "Agriculture Department over its loan rates.",
         NULL, "KOR"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* In a story about one country, people of its public life and its offices named with no
 * country after a sentence that named another state only as a party are the story's
 * state; after one that named it as the place where people act, that state's. */
static void test_home_over_party(void)
{
    static const S_check set[] = {
        {"2024-12-02",
         "Georgian police fired tear gas at protesters outside parliament in Tbilisi on "
         "Sunday. The protests in Georgia entered a fourth night. Georgia's president backed "
         "the protesters. The Kremlin said it was watching events closely. Opposition "
         "leaders demanded a new election.",
         "GEOOPP --- 104", NULL},
        {"2021-09-06",
         "Guinea's military rulers suspended the constitution on Sunday and dissolved the "
         "government. The coup drew condemnation across Guinea and abroad. Guinea's soldiers "
         "patrolled the streets of Conakry. Senegal said it was following events closely. "
         "The junta expelled the French ambassador on Monday.",
         "GINGOV FRAGOV 174", NULL},
        {"1987-03-10",
         "Indonesia will cut import duties on 200 items to lift its exports, the trade "
         "ministry said. Indonesian officials said exports of plywood rose in 1986. Jakarta "
         "expects oil revenue to fall this year. U.S. bankers said they were watching the "
         "rupiah closely. The government criticized the banks for their high lending rates.",
         "IDNGOV ---BUS 111", NULL},
        {"2024-12-02",
         "Georgian police fired tear gas at protesters outside parliament in Tbilisi on "
         "Sunday. The protests in Georgia entered a fourth night. Georgia's president backed "
         "the protesters. Thousands rallied in Moscow on Monday in support. Police detained "
         "20 people there.",
         "RUSCOP RUSCVL 173", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* In a story of two parties, an appeal, demand, criticism or threat at a thing that
 * names no one, told after the latest events between them are out of sight, is with
 * the party the story's lead names with its doer; not in a story of three, nor at
 * people. */
static void test_story_party(void)
{
    static const S_check set[] = {
        {"2024-05-02",
         "China and the Philippines traded accusations on Tuesday after a collision near a "
         "disputed reef. Beijing accused Manila of provoking the incident. The Chinese coast "
         "guard said its vessels had acted lawfully. Manila summoned a Chinese diplomat later "
         "in the day. Philippine officials said the navy would keep sending supply boats to "
         "the reef. The foreign ministry in Manila demanded an end to the dangerous "
         "manoeuvres.",
         "PHLGOV CHN 100 asserted", NULL},
        {"2023-09-12",
         "Serbia and Kosovo held talks in Brussels on Thursday under European Union "
         "mediation. Pristina accused Belgrade of stirring unrest in the north. Kosovo police "
         "said they had arrested two men near the border. Serbian officials said the talks "
         "had achieved little. Belgrade criticised the new licence plate rules.",
         "SRBGOV KSV 111 asserted", NULL},
        {"1987-04-10",
         "Japan and the United States opened talks in Tokyo on Monday on their dispute over "
         "semiconductors. U.S. officials accused Japan of selling chips below cost in third "
         "markets. Japanese officials said they would study the charges. American negotiators "
         "also sought wider access for U.S. supercomputers, the officials said. Tokyo "
         "criticised the tariffs as unfair.",
         "JPNGOV USA 111 asserted", NULL},
        /* a story of three: its lead makes no one party plain */
        {"2024-05-02",
         "France criticised Germany and Italy on Tuesday over the budget rules. German "
         "officials said they would reply. Italian officials said they would wait. Paris "
         "demanded an end to the delays.",
         "FRAGOV --- 100 asserted", NULL},
        /* people are no thing the other party owns */
        {"2024-05-02",
         "Egypt and Israel held talks in Cairo on Monday. Egyptian officials said the talks "
         "were useful. Egyptian officials said more meetings would follow. Cairo urged the "
         "farmers to leave the border area.",
         NULL, "EGYGOV ISR 020"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* An act told by a subject's noun with both parties named, whatever the clause's verb
 * (a verb of its own), is coded, aid given too, talks also with their parties named
 * "between" after the verb; a passive or hedged one (also a passive the parser drew
 * outside a verb phrase: "was (X cut off)"; one under discussion or review, though one
 * under way happens), a denied one, or a noun with one party only, is not. */
static void test_act_as_subject(void)
{
    static const S_check set[] = {
        {"1987-10-20",
         "American strikes on two Iranian oil rigs did the damage, the Pentagon said.",
         "USA IRN 190 asserted", NULL},
        {"2024-05-01",
         "Russia's attack on the Ukrainian port of Odesa has jeopardised grain exports.",
         "RUS UKR 190 asserted", NULL},
        {"1987-03-20",
         "Japan's talks with the International Monetary Fund have run into difficulties.",
         "JPN IGOBUSIMF 046 asserted", NULL},
        {"2024-05-01", "Talks between Armenia and Azerbaijan have made progress, a mediator said.",
         "ARM AZE 046 asserted", NULL},
        {"2024-05-01",
         "Chinese President Xi Jinping's visit to Moscow will cement ties, officials said.",
         "CHNGOV RUSGOV 042 planned", NULL},
        {"1987-10-20",
         "\"The U.S. strike on Iran's offshore rigs endangers our sovereignty,\" he said.",
         "USA IRN 190 asserted", NULL},
        {"2024-05-01",
         "The Israeli raid on the Lebanese border town was called off.",
         NULL, " 190 "},
        {"2024-05-01", "A U.S. strike on Iran was likely, analysts said.", NULL, " 190 "},
        {"2024-05-01",
         "Iraqi air raids on Iranian cities have not stopped the war.",
         NULL, " 195 "},
        {"2024-05-01", "The attack on the Iranian platform jeopardised shipping.", NULL, " 190 "},
        {"1987-03-20", "Soviet aid to Nicaragua resumed in March.", "SUN NIC 070 asserted", NULL},
        {"2024-05-01", "Japan's assistance to the Philippines will grow next year.",
         "JPN PHL 070 planned", NULL},
        {"2024-05-01", "U.S. aid to Egypt was cut off in July.", NULL, " 070 "},
        {"2024-05-01", "Blinken's visit to Beijing is under discussion, officials said.", NULL,
         " 042 "},
        {"1987-03-20", "Brazil's talks with the IMF were under review.", NULL, " 046 "},
        {"2024-05-01", "Talks between Armenia and Azerbaijan are under way in Washington.",
         "ARM AZE 046 asserted", NULL},
        /* the parties named after the verb */
        {"2024-05-01", "Talks have occurred between Armenia and Azerbaijan, a mediator said.",
         "AZE ARM 046 asserted", NULL},
        {"2024-05-01", "Talks are underway between Egypt and Sudan on the dam.",
         "EGY SDN 046 asserted", NULL},
        {"2024-05-01", "Talks were suspended between Greece and Turkey in March.", NULL,
         " 046 "},
        {"2024-05-01", "Talks are unlikely between Greece and Turkey this year.", NULL, " 046 "},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* Shuttling between two sides is mediating between them; a ferry shuttling between two
 * islands does nothing. */
static void test_shuttling(void)
{
    static const S_check set[] = {
        {"2024-05-01",
         "Iranian and American envoys held indirect talks in Muscat, with Oman's foreign "
         "minister shuttling between the two delegations.",
         "OMNGOV USAGOV 045 asserted", NULL},
        {"2024-05-01", "A ferry from Greece shuttles between the two islands.", NULL, " 045 "},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* Chairing talks is mediating between their sides; chairing a body is no act towards it. */
static void test_chairing(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Qatar's prime minister chaired talks between Israel and Hamas in Doha.",
         "QATGOV ISR 045 asserted", NULL},
        {"2024-05-01",
         "Kenyan President William Ruto, who chairs the East African Community, said the bloc "
         "would meet on Wednesday.",
         NULL, " 045 "},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* Exercises held around a party are a show of force towards it; a sea named after a
 * state is no party to exercises held in it. */
static void test_exercises_place(void)
{
    static const S_check set[] = {
        {"2024-05-23", "China held exercises around Taiwan for a second day.",
         "CHN TWN 150 asserted", " 062 "},
        {"2024-05-23",
         "The Philippines and the United States held joint military exercises in the South "
         "China Sea.",
         "PHL USA 062 asserted", "CHN"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* An office "of" a name keeps its name when the parser hung the clause's PP on the name
 * ("greeted the emir of (NP (NP Qatar) (PP with a hug))"). */
static void test_office_of_name_pp(void)
{
    static const S_check set[] = {
        {"2024-05-01",
         "Egypt's president greeted the emir of Qatar with a hug on the runway.",
         "EGYGOV QATGOV 043 asserted", NULL},
        {"2024-05-01",
         "Egypt's president greeted the emir of Qatar with a hug on the runway.",
         "QATGOV EGYGOV 042 asserted", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* Hosting that names no guest known is the host's with each side of a meeting earlier
 * in the sentence, or of the one pair the article's talks or accords were between
 * (when what was hosted is such an act): host 043, guest 042. */
static void test_hosted_pairs(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Putin and Zelenskiy met at a summit hosted by Macron.",
         "FRAGOV UKRGOV 043 asserted", NULL},
        {"2024-05-01", "Putin and Zelenskiy met at a summit hosted by Macron.",
         "RUSGOV FRAGOV 042 asserted", NULL},
        {"2024-05-01",
         "Venezuela and Guyana pledged to settle their quarrel. The talks were hosted by "
         "France.",
         "GUY FRA 042 asserted", NULL},
        {"2024-05-01",
         "Venezuela and Guyana pledged to settle their quarrel. A gala was hosted by France.",
         NULL, "GUY FRA 042"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* The doer a participle of mediation names in an object ("an accord brokered by
 * Germany") is no side of signing or accepting it: two subjects sign with each other
 * and the mediator mediates towards both; a rejection of a plan proposed by another is
 * still of its proposer. */
static void test_mediator_in_object(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Greece and Turkey signed an accord brokered by Germany.",
         "GRC TUR 057 asserted", NULL},
        {"2024-05-01", "Greece and Turkey signed an accord brokered by Germany.",
         "DEU TUR 045 asserted", NULL},
        {"2024-05-01", "Greece and Turkey signed an accord brokered by Germany.", NULL,
         "TUR DEU 057"},
        {"2024-05-01", "Japan signed a treaty mediated by the United States.", NULL,
         "JPN USA 057"},
        {"2024-05-01", "Iran rejected a plan proposed by France.", "IRN FRA 12", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* "The two presidents", "both foreign ministers", "the two leaders" no one in sight
 * names are the article's two persons when they are of two states, else the
 * governments of its main pair, as "the two countries" are its states, as subject or
 * object, each towards the other in a mutual act; not when the article makes no pair
 * plain, nor for "the two men", who need hold no office. */
static void test_leaders_main_pair(void)
{
#define PAIR "Armenia and Azerbaijan held talks on Sunday. Armenia accused Azerbaijan of " \
             "shelling. Azerbaijan denied it. "
    static const S_check set[] = {
        {"2024-05-01", PAIR "The two presidents agreed to a ceasefire.",
         "ARMGOV AZEGOV 0871 asserted", NULL},
        {"2024-05-01", PAIR "The two presidents agreed to a ceasefire.",
         "AZEGOV ARMGOV 0871 asserted", NULL},
        {"2024-05-01", PAIR "Both foreign ministers signed an accord.",
         "AZEGOV ARMGOV 057 asserted", NULL},
        {"2024-05-01", PAIR "On Monday Putin met the two leaders.", "RUSGOV AZEGOV 040 asserted",
         NULL},
        {"2024-05-01", PAIR "The two men agreed to a ceasefire.", NULL, "GOV"},
        {"2024-05-01",
         "Armenia held talks with Russia. Azerbaijan criticized Turkey. The two leaders "
         "agreed to a ceasefire.",
         NULL, "ARMGOV"},
        /* persons named paragraphs before are the two, when of just two states */
        {"2024-05-01",
         "Chilean Trade Minister Ana Reyes said exports rose. Prices fell in May. Copper "
         "output was steady. Peru's trade minister, Luis Soto, said the rail link would open "
         "soon. The two ministers signed an accord on Monday.",
         "PERGOVBUS CHLGOVBUS 057 asserted", NULL},
        {"2024-05-01",
         "Chilean Trade Minister Ana Reyes said exports rose. Prices fell in May. Copper "
         "output was steady. Chilean Finance Minister Luis Soto said the budget was sound. "
         "The two ministers signed an accord on Monday.",
         NULL, "CHLGOV"},
    };
#undef PAIR
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* "The two rivals" (foes, enemies) are parties at odds: not a compound that just
 * acted together ("Washington and Riyadh blamed Iran"), but the article's main pair,
 * where "the two countries" still takes the compound in sight. */
static void test_rivals_main_pair(void)
{
#define PAIR "Iran and Saudi Arabia agreed on Friday to resume diplomatic ties. Riyadh cut " \
             "ties with Tehran in 2016. Washington and Riyadh blamed Iran for that attack, " \
             "which Tehran denied. Iraq hosted five rounds of talks between the two "
    static const S_check set[] = {
        {"2023-03-10", PAIR "rivals in 2021 and 2022.", "IRQ IRN 043 asserted", NULL},
        {"2023-03-10", PAIR "rivals in 2021 and 2022.", NULL, "IRQ USA 043"},
        {"2023-03-10", PAIR "countries in 2021 and 2022.", "IRQ USA 043 asserted", NULL},
    };
#undef PAIR
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* Mediation of an act between two (a deal, a truce) that names no party in its sentence
 * is towards each of the one pair the article's talks, accords, truces or fighting were
 * between; not of a meeting, nor when that pair holds the mediator, nor when a sentence
 * before names no pair. */
static void test_mediated_from_story(void)
{
    static const S_check set[] = {
        {"2024-05-01",
         "Armenia and Azerbaijan fought a short war last autumn. The war ended with a truce "
         "brokered by Moscow.",
         "RUSGOV ARM 045 asserted", NULL},
        {"2024-05-01",
         "Armenia and Azerbaijan fought a short war last autumn. The war ended with a truce "
         "brokered by Moscow.",
         "RUSGOV AZE 045 asserted", NULL},
        /* also when the parser wraps the participle in a clause with a relative after it */
        {"2024-05-01",
         "Armenia and Azerbaijan fought a short war last autumn. The war ended with a truce "
         "brokered by Moscow, under which 2,000 Russian peacekeepers were deployed.",
         "RUSGOV AZE 045 asserted", NULL},
        {"2024-05-01",
         "A ceasefire between Israel and Hamas took effect on Monday. Under the deal mediated "
         "by Egypt, prisoners will be freed.",
         "EGY ISR 045 asserted", NULL},
        {"2024-05-01",
         "Greece reopened its border to Turkey on Sunday. Germany mediated the accord after "
         "months of quiet diplomacy.",
         "DEU TUR 045 asserted", NULL},
        {"2024-05-01",
         "Greece reopened its border to Turkey on Sunday. The German chancellor chaired a "
         "meeting of his cabinet.",
         NULL, " TUR 045"},
        {"2024-05-01",
         "Japan and China signed a trade pact on Monday. The deal was brokered by Egypt.",
         "EGY CHN 045 asserted", NULL},
        {"2024-05-01",
         "Japan and China signed a trade pact on Monday. The deal was not brokered by Egypt.",
         NULL, "EGY CHN 045 asserted"},
        {"2024-05-01",
         "Japan and China signed a trade pact on Monday. Egypt hopes to broker the next deal.",
         "EGY CHN 039 asserted", NULL},
        {"2024-05-01", "Japan criticised China on Monday. The deal was brokered by Egypt.",
         NULL, "EGY CHN"},
        /* the mediator's own role names the act: a go-between, or mediating with no object */
        {"2024-05-01",
         "Peru and Chile agreed to restore ties last week. Norway also acted as a go-between.",
         "NOR CHL 045 asserted", NULL},
        {"2024-05-01",
         "Peru and Chile agreed to restore ties last week. Norway served as an intermediary.",
         "NOR PER 045 asserted", NULL},
        {"2024-05-01", "Peru and Chile agreed to restore ties last week. Norway mediated.",
         "NOR PER 045 asserted", NULL},
        {"2024-05-01", "Japan criticised China on Monday. Norway acted as a go-between.", NULL,
         "NOR CHN"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* Talks or a meeting "between" two parties that a third party hosts, opens or chairs,
 * also a round of them, are the parties' own with one another, besides the host's
 * events; talks a third party mediates give the mediator's events alone. */
static void test_convened_talks(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Norway hosted talks between Peru and Chile.", "PER CHL 046 asserted", NULL},
        {"2024-05-01", "Norway hosted talks between Peru and Chile.", "CHL PER 046 asserted", NULL},
        {"2024-05-01", "Norway hosted talks between Peru and Chile.", "NOR PER 043 asserted", NULL},
        {"2024-05-01", "Ghana opened two rounds of talks between Mali and Niger on Monday.",
         "NER MLI 046 asserted", NULL},
        {"2024-05-01", "Ghana will host a meeting between Mali and Niger next week.",
         "MLI NER 040 planned", NULL},
        {"2024-05-01", "Norway mediated talks between Peru and Chile.", NULL, "PER CHL"},
        {"2024-05-01", "Norway hosted talks with Peru.", NULL, "PER NOR 046"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A time or a word of place between an act noun and the phrase naming its parties ("talks
 * last week between", "talks here between", "a ministerial meeting later this month
 * between") leaves them its parties, also where the parser hung the phrase on the time;
 * the clause's modality is still the act's: hedged or without plans, nothing. */
static void test_party_past_time(void)
{
    static const S_check set[] = {
        {"1987-03-20", "Talks last week between Greece and Turkey failed to settle the dispute.",
         "GRC TUR 046 asserted", NULL},
        {"1987-03-20",
         "The accord was signed after three days of talks here between the foreign ministers of "
         "Chile and Peru.",
         "CHLGOV PERGOV 046 asserted", NULL},
        {"1987-03-20",
         "The offer will be presented at a ministerial meeting later this month between the trade "
         "ministers of Japan and Canada.",
         "CANGOVBUS JPNGOVBUS 040 planned", NULL},
        {"1987-03-20", "Talks next week between Greece and Turkey are unlikely, diplomats said.",
         NULL, " 046 "},
        {"1987-03-20", "There are no plans for a meeting next month between Greece and Turkey.",
         NULL, " 040 "},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* Talks or a meeting a traveller goes for ("arrived in Ankara for talks with", "will fly
 * to Stockholm for a meeting with") are the traveller's, still to come; the "for" of a
 * verb of no going ("called for talks with", "asked for a meeting with") holds none. */
static void test_travel_for(void)
{
    static const S_check set[] = {
        {"1987-03-20",
         "The Greek foreign minister arrived in Ankara on Monday for talks with Turkish "
         "officials.",
         "GRCGOV TURGOV 046 planned", NULL},
        {"1987-03-20",
         "Norway's prime minister will fly to Stockholm next week for a meeting with the "
         "Swedish premier.",
         "NORGOV SWEGOV 040 planned", NULL},
        {"1987-03-20", "Greece called for talks with Turkey on the islands.", NULL, " 046 "},
        {"1987-03-20", "The Greek foreign minister asked for a meeting with Turkish officials.",
         NULL, " 040 "},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* An act noun whose doer a phrase of "by" names, however the parser hung it (on the
 * party's phrase, after it or the noun's, or first with the party's after it), is that
 * doer's, for a subject's noun as for a setting's; a "by" of a reduced clause is not the
 * act's, and one of time is no party. */
static void test_by_doer(void)
{
    static const S_check set[] = {
        {"1987-10-20",
         "Monday's attack on two Iranian offshore rigs by American forces raised tension in "
         "the Gulf.",
         "USAMIL IRN 190 asserted", NULL},
        {"1987-04-01",
         "A visit to Washington by Japanese premier Yasuhiro Nakasone is planned for this "
         "month.",
         "JPNGOV USAGOV 042 planned", NULL},
        {"2023-03-01", "A visit by Chinese President Xi Jinping to Moscow is expected next month.",
         "CHNGOV RUSGOV 042 planned", NULL},
        {"2024-01-20",
         "The attack by Houthi rebels on a British tanker in the Red Sea drew condemnation from "
         "London.",
         "YEMREB GBR 190 asserted", NULL},
        {"1987-10-20",
         "The talks took place during a two-day visit to Tehran by the Iraqi foreign minister.",
         "IRQGOV IRNGOV 042 asserted", NULL},
        {"2024-07-10", "The deal was reached during a visit to Moscow by India's prime minister.",
         "RUSGOV INDGOV 043 asserted", NULL},
        {"2024-05-01", "A strike on Gaza by Israeli warplanes killed 12 people, officials said.",
         "ISRMIL PSE 190 asserted", NULL},
        {"2024-05-01", "Airstrikes by Israel on Gaza killed 20 people on Tuesday.",
         "ISR PSE 195 asserted", NULL},
        {"2024-04-14", "A missile attack by Iran on Israel drew condemnation from Britain.",
         "IRN ISR 195 asserted", NULL},
        /* guards */
        {"2024-05-01", "Attacks on ships operated by Greek firms have raised insurance costs.",
         NULL, " 190 "},
        {"2024-05-01",
         "A visit to Beijing by Secretary of State Antony Blinken has been postponed.", NULL,
         " 042 "},
        {"2024-05-01", "U.S. aid to Ukraine by the end of the year will total 60 billion dollars.",
         "USA UKR 070 planned", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* An attack named by a noun in a phrase setting the clause ("died in", "during", "after")
 * is told as done, by the party its own words name, or by the subject through "its" or
 * "their", on the party after "on" or "against". The guards: people who died in strikes
 * did not strike, a clause under "could" tells nothing, "on" is a topic, the clause's
 * verb that codes the same dyad and root tells the one attack, and an attack of words is
 * none. */
static void test_attack_setting(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Four fishermen died in Israeli strikes on southern Lebanon.",
         "ISR LBN 190 asserted", NULL},
        {"1987-04-08", "Iran lost 300 men in its assault on Iraqi lines near Basra.",
         "IRN IRQ 190 asserted", NULL},
        {"1987-10-20", "Oil prices rose after the U.S. attacks on Iranian oil rigs.",
         "USA IRN 190 asserted", NULL},
        {"1987-10-20", "Two tankers were damaged during Iraqi raids on Kharg island.",
         "IRQ IRN 190 asserted", NULL},
        /* guards */
        {"2024-05-01", "Four fishermen died in strikes on southern Lebanon.", NULL, " 190 "},
        {"2024-05-01", "Oil prices could rise in a U.S. attack on Iran.", NULL, " 190 "},
        {"2024-05-01", "The minister briefed Egypt on Israeli strikes on Gaza.", NULL, " 190 "},
        /* the verb's act of the same dyad and root is the one told */
        {"1987-05-01", "Iran shelled Basra in its offensive on Iraq.", "IRN IRQ 194 asserted",
         NULL},
        {"1987-05-01", "Iran shelled Basra in its offensive on Iraq.", NULL, "IRN IRQ 190"},
        /* two attackers: the noun's event dropped for one leaves the noun's mark on the
         * other's alone */
        {"1987-05-01", "Iran and Syria shelled Basra in their joint offensive on Iraq.", NULL,
         "IRN IRQ 190"},
        /* an attack of words: told by a verb of saying, sharp, or on a policy */
        {"1987-05-01", "Japan, in its attack on the United States, said tariffs were unfair.",
         NULL, " 190 "},
        {"1987-05-01", "Japan, in its attack on U.S. trade policy, accused Washington of cheating.",
         NULL, " 190 "},
        {"1987-05-01",
         "Moscow, in its sharpest attack on the United States this year, accused Washington of "
         "seeking war.",
         NULL, " 190 "},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A bombardment, shelling, bombing or invasion takes its target after "of" (S_force_of),
 * an invasion coded as "invade" is (192). The guard: one the noun dates by its year is
 * history, which tells nothing. */
static void test_force_of(void)
{
    static const S_check set[] = {
        {"2024-05-01", "The Russian bombardment of Kharkiv continued on Monday.",
         "RUS UKR 190 asserted", NULL},
        {"2024-05-01", "Three soldiers died in the Iranian shelling of Iraqi positions.",
         "IRN IRQ 190 asserted", NULL},
        {"2024-05-01", "The Israeli invasion of Lebanon drew condemnation from Egypt.",
         "ISR LBN 192 asserted", NULL},
        /* guards */
        {"2024-05-01", "The 1982 Israeli invasion of Lebanon killed thousands.", NULL, " 192 "},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* The agents after an act of force, repression or sanctions and its preposition are
 * its patient's, not its doer's: a reaction to the act is aimed at the doer alone
 * (S_patient_from in entity.c). The guards: an agent before the act noun is still the
 * doer's, an act with no doer named has none, a decision is no such act. */
static void test_patient_agents(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Ukraine condemned Russia's missile attacks on Ukrainian civilians.",
         "UKR RUS 111 asserted", NULL},
        {"2024-05-01", "Beijing denounced the new U.S. sanctions on Chinese technology firms.",
         "CHNGOV USA 111 asserted", NULL},
        {"1987-06-01", "Canada protested Peking's detention of two Canadian businessmen.",
         "CAN CHNGOV 114 asserted", NULL},
        {"2024-05-01", "The United States condemned Iran's arrest of an American reporter.",
         "USA IRN 111 asserted", NULL},
        /* guards */
        {"2024-05-01", "Rights groups condemned the Nigerian army's killing of protesters in Lagos.",
         "---HRI NGAMIL 111 asserted", NULL},
        {"2024-05-01", "Turkey condemned the attack on its embassy.", "TUR --- 111 asserted",
         NULL},
        {"2024-05-01", "Japan welcomed the U.S. decision to lift tariffs on Japanese steel.",
         "JPN USA 051 asserted", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* Leaders who shake hands have met; a quake or a vote that shakes a place is no act. */
static void test_shook_hands(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Macron shook hands with Xi in Paris on Monday.", "FRAGOV CHNGOV 040",
         NULL},
        {"2024-05-01", "The Chilean president shook the hand of the Peruvian prime minister.",
         "CHLGOV PERGOV 040 asserted", NULL},
        {"2024-05-01", "Macron and Xi shook hands at the airport on Monday.",
         "FRAGOV CHNGOV 040 asserted", NULL},
        /* guard */
        {"2024-05-01", "A strong earthquake shook southern Turkey on Monday.", NULL, " 040 "},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A gerund clause set off by commas between the subject and its verb is the subject's
 * act, not words to drop with the comma clause. */
static void test_comma_gerund(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Erdogan, after meeting Putin in Sochi, said Turkey would buy more gas.",
         "TURGOV RUSGOV 040 asserted", NULL},
        {"2024-05-01",
         "The Indian prime minister, before visiting Beijing, praised China for its help.",
         "INDGOV CHNGOV 042 asserted", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A preposition the parser hung on the verb between two subjects makes the second the
 * first's object (S_repair_subject_pp in ptb.c): the criticism a raid drew is aimed at
 * the raider, not at the place raided. */
static void test_subject_pp(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Israel's strikes on Gaza drew condemnation from Turkey.",
         "TUR ISR 111 asserted", NULL},
        {"2024-05-01", "Israel's strikes on Gaza drew condemnation from Turkey.", NULL,
         "TUR PSE 111"},
        {"1987-04-20", "The American raid on Tripoli drew protests from Moscow.",
         "SUNGOV USA 111 asserted", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* Anger or outrage an act sparked or drew from a party is that party's criticism of the
 * act's doer, as protests or criticism from it are (DRAW_CRITICISM in verbs.txt); with no
 * party it came from, none. */
static void test_outrage_drawn(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Russia's bombardment of Kharkiv sparked outrage from Kyiv.",
         "UKRGOV RUS 111 asserted", NULL},
        {"2024-05-01", "The Chinese drills near Taiwan drew anger from Taipei.",
         "TWNGOV CHN 111 asserted", NULL},
        /* guards */
        {"2024-05-01", "The price rise sparked outrage.", NULL, " 111 "},
        {"2024-05-01", "The new tariffs caused anger among farmers.", NULL, " 111 "},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A headline-style lead, its verb a present tense in -s after a name alone, codes as the
 * sentence it is ("Putin lands in ...", "Germany pledges ..."): the tags read the verb
 * as a plural noun (or the name as an adjective) and the sentence coded nothing; so
 * does a verb after its subject and an adverb in -ly, and such a clause that a
 * reporting tail follows ("..., state media said"). */
static void test_headline_verbs(void)
{
    static const struct {
        const char *text, *want;
    } set[] = {
        {"Putin lands in Pyongyang for a two-day visit.", "RUSGOV PRKGOV 042 asserted"},
        {"Germany pledges more air defence aid to Ukraine.", "DEU UKR 0332 asserted"},
        {"Modi hosts Japanese prime minister.", "INDGOV JPNGOV 043 asserted"},
        {"The Spanish government strongly protests against the Canadian fishing ban.",
         "ESPGOV CAN 114 asserted"},
        {"Putin lands in Pyongyang for a two-day visit, state media said.",
         "RUSGOV PRKGOV 042 asserted"},
        {"\"Germany pledges more air defence aid to Ukraine,\" the chancellor told reporters.",
         "DEU UKR 0332 asserted"},
        /* a name the tags read as an adjective or adverb, the subject alone */
        {"Blinken to visit China next week.", "USAGOV CHN 042 planned"},
        {"Lavrov to meet Wang Yi in Beijing on Friday.", "RUSGOV CHNGOV 040 planned"},
        {"Albanese visits China.", "AUSGOV CHN 042 asserted"},
    };
    dyad_engine *e = S_engine(0, NULL);
    char got[1024];
    for (size_t i = 0; e && i < sizeof set / sizeof *set; i++) {
        S_code(e, "2024-05-01", set[i].text, got, sizeof got);
        OK(strstr(got, set[i].want) == got);
    }
    dyad_engine_free(e);
}

/* "It" opening a clause reported by parties named together ("Britain and France said
 * it", "They say it") is not their reporter, nor one of them found in the sentence
 * before; a name of two words joined by "and" is one reporter. */
static void test_it_of_several(void)
{
    dyad_engine *e = S_unknown_engine();
    char got[1024];
    S_code(e, "2024-05-01",
           "Britain and France criticised Iran on Monday. They say it violates the nuclear "
           "deal.",
           got, sizeof got);
    OK(strstr(got, "GBR IRN 111 asserted") != NULL && strstr(got, " 128 ") == NULL);
    S_code(e, "2024-05-01",
           "Iran fired missiles at Israel on Monday. Britain and France said it had violated "
           "the truce.",
           got, sizeof got);
    OK(strstr(got, "IRN ISR 195 asserted") == got && strstr(got, "GBR") == NULL);
    S_code(e, "1987-03-20",
           "America's Securities and Exchange Commission on Monday said it charged a Japanese "
           "broker with fraud.",
           got, sizeof got);
    OK(strstr(got, "USA JPN 173 asserted") == got);
    dyad_engine_free(e);
}

/* "They" after a sentence whose parties are named together ("Indian and Chinese
 * commanders") is all of them, not the first; with another party named before the pair
 * ("Swedish officials held talks with Indian and Chinese envoys") it stays the
 * subject's. */
static void test_they_together(void)
{
    static const struct {
        const char *date, *text, *want[2];
    } set[] = {
        {"2024-05-01",
         "Indian and Chinese commanders held talks at the border on Tuesday. They agreed to "
         "pull back troops from the valley.",
         {"INDMIL CHNMIL 030 asserted", "CHNMIL INDMIL 030 asserted"}},
        {"1987-03-20",
         "U.S. and Japanese trade officials met in Tokyo on Monday. They agreed to resume "
         "talks on semiconductors next month.",
         {"USAGOV JPNGOV 036 asserted", "JPNGOV USAGOV 036 asserted"}},
        {"2024-05-01", "Serbian and Kosovar negotiators met in Brussels. They accused Russia of "
                       "meddling.",
         {"SRB RUS 112 asserted", "KSVGOV RUS 112 asserted"}},
        {"2024-05-01", "Armenian and Azerbaijani diplomats said they would sign a peace treaty.",
         {"ARMGOV AZEGOV 057 planned", "AZEGOV ARMGOV 057 planned"}},
    };
    dyad_engine *e = S_unknown_engine();
    char got[1024];
    for (size_t i = 0; e && i < sizeof set / sizeof *set; i++) {
        S_code(e, set[i].date, set[i].text, got, sizeof got);
        OK(strstr(got, set[i].want[0]) != NULL && strstr(got, set[i].want[1]) != NULL);
    }
    S_code(e, "2024-05-01",
           "Swedish officials held talks with Indian and Chinese envoys. They accused Iran of "
           "meddling.",
           got, sizeof got);
    OK(strstr(got, "SWEGOV IRN 112 asserted") != NULL && strstr(got, "INDGOV IRN") == NULL &&
       strstr(got, "CHNGOV IRN") == NULL);
    dyad_engine_free(e);
}

/* Partners set beside an actor's phrase ("X, along with Y and Z,", "together with",
 * "alongside") do what it does, as a list's members do, also before a relative clause
 * on them; partners that are things, not parties, are no one. */
static void test_partners_along_with(void)
{
    static const S_check set[] = {
        {"2025-03-12",
         "Canada, along with Japan and Australia, asked the U.N. Security Council to meet on "
         "Iran.",
         "AUS IGOUNO 020 asserted", NULL},
        {"2025-03-12",
         "Canada, along with Japan and Australia, which back the accord, asked the U.N. "
         "Security Council to meet on Iran.",
         "JPN IGOUNO 020 asserted", NULL},
        {"2024-05-01",
         "Britain, along with France and Germany, which back the accord, condemned Russia on "
         "Friday.",
         "DEU RUS 111 asserted", NULL},
        {"2024-05-01", "The EU, together with Canada, imposed new sanctions on Russian banks.",
         "CAN RUSBUS 163 asserted", NULL},
        {"2024-05-01", "Houthi fighters, alongside Hezbollah, fired rockets at Israel on Sunday.",
         "LBNREB ISR 194 asserted", NULL},
        {"1987-03-20",
         "Japan, along with West Germany, urged the United States to cut its budget deficit.",
         "DEU USA 020 asserted", NULL},
        {"1987-03-20",
         "Canadian bank notes, along with Irish paper, were hit by heavy selling in London.",
         NULL, "IRL"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A deal sought, eyed or pursued with a party is cooperation intended with it (030),
 * as a deal promised is; a buyer sought is no one's deal. */
static void test_deal_sought(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Ankara is eyeing a maritime accord with Cairo.",
         "TURGOV EGYGOV 030 asserted", NULL},
        {"2024-05-01", "Britain is seeking a new trade deal with India.", "GBR IND 030 asserted",
         NULL},
        {"2024-05-01", "Seoul is pursuing a defense pact with Canberra.",
         "KORGOV AUSGOV 030 asserted", NULL},
        {"1987-03-20", "Japan sought an accord with the United States on semiconductor prices.",
         "JPN USA 030 asserted", NULL},
        {"1987-03-20", "The firm is seeking a buyer for its stake in the venture.", NULL,
         " 030 "},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* What a state puts on hold it pauses: tariffs so held are eased, not imposed, and
 * talks, aid or arms held back are suspended towards whom the phrase names; a single
 * shipment halted stops help as shipments do. Guards: a firm's plans or a central bank's
 * rate rises put on hold are no act towards anyone. */
static void test_put_on_hold(void)
{
    static const S_check set[] = {
        {"2025-03-06", "Washington put its tariffs on Canadian lumber on hold for 30 days.",
         "USAGOV CAN 085 asserted", NULL},
        {"2025-03-06", "Washington put its tariffs on Canadian lumber on hold for 30 days.", NULL,
         " 163 "},
        {"2024-12-02", "The European Union put its accession talks with Ankara on hold.",
         "IGOEUREEC TURGOV 164 asserted", NULL},
        {"2021-08-20", "Washington put humanitarian aid to Afghanistan on hold after the takeover.",
         "USAGOV AFG 1623 asserted", NULL},
        {"2025-03-04", "Washington put military aid to Ukraine on hold.",
         "USAGOV UKR 1622 asserted", NULL},
        {"2024-05-09", "The State Department paused a shipment of heavy bombs to Israel.",
         "USAGOV ISR 162 asserted", NULL},
        {"1987-04-02", "Tokyo put its trade talks with Washington on hold.",
         "JPNGOV USAGOV 164 asserted", NULL},
        {"1987-04-02", "The company put the expansion of its plant on hold.", NULL, " 16"},
        {"1987-04-02", "The Fed put its rate increases on hold.", NULL, " 08"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A delegation sent to a place, and a warship's port call there, are visits the place
 * hosts (042 and 043, as VISIT's); a delegation sent to talks with someone, with no
 * place, stays a consultation. */
static void test_visit_by_delegation(void)
{
    static const S_check set[] = {
        {"2024-05-06", "Israel will send a delegation to Cairo on Monday for the truce talks.",
         "ISR EGYGOV 042 planned", NULL},
        {"2024-05-06", "Israel will send a delegation to Cairo on Monday for the truce talks.",
         "EGYGOV ISR 043 planned", NULL},
        {"1987-03-10", "Tokyo sent a trade delegation to Washington on Tuesday.",
         "JPNGOV USAGOV 042 asserted", NULL},
        {"1987-03-10", "Tokyo sent a trade delegation to Washington on Tuesday.",
         "USAGOV JPNGOV 043 asserted", NULL},
        {"2023-07-10", "A U.S. nuclear-armed submarine will make a port call in South Korea "
                       "next week.",
         "USAMIL KOR 042 planned", NULL},
        {"2023-07-10", "A U.S. nuclear-armed submarine will make a port call in South Korea "
                       "next week.",
         "KOR USAMIL 043 planned", NULL},
        {"2024-02-02", "A Chinese destroyer made a port call at Colombo on Friday.",
         "CHNMIL LKAGOV 042 asserted", NULL},
        {"2024-02-02", "Moscow sent a delegation for talks with Kyiv.",
         "RUSGOV UKRGOV 040 asserted", NULL},
        {"2024-02-02", "Moscow sent a delegation for talks with Kyiv.", NULL, " 042 "},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* Two states joined by "and" before a verb in the present are its doers, each with the
 * other, whatever the parser made of the verb; a present whose time is to come is
 * planned, also when tagged as a base form. */
static void test_joined_doers(void)
{
    static const S_check set[] = {
        {"1987-03-02", "Japan and the U.S. begin trade talks tomorrow.",
         "JPN USA 046 planned 1987-03-03", NULL},
        {"1987-03-02", "Japan and the U.S. begin trade talks tomorrow.",
         "USA JPN 046 planned 1987-03-03", NULL},
        {"1987-03-02", "Britain and the U.S. sign a fishing treaty today.",
         "GBR USA 057 asserted", NULL},
        {"1987-03-02", "South Korea and the U.S. resume trade talks tomorrow.",
         "KOR USA 046 planned", NULL},
        {"1987-03-02", "South Korea and the U.S. hold trade talks tomorrow.",
         "USA KOR 046 planned", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A visit a noun phrase names anywhere, with its traveller and where it goes, is a
 * visit both ways, as of its clause and planned when its words say so; not one a verb
 * acts on, one put off or under consideration, nor one that only sets its parties'
 * dealings. */
/* A clause of "after" the parser tore apart, its conjunction and subject ending the verb
 * phrase before and its verb joined to that phrase with no conjunction, is its own
 * subject's: the committee threatened, not the Argentines. */
static void test_torn_clause(void)
{
    static const S_check set[] = {
        {"1987-04-01",
         "The Argentines agreed to ship the wheat after the Brazilian committee threatened "
         "to cancel the order.",
         "BRA --- 130 asserted", NULL},
        {"1987-04-01",
         "The Argentines agreed to ship the wheat after the Brazilian committee threatened "
         "to cancel the order.",
         NULL, "ARG --- 130"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A deal hammered out is made; a verb of fighting reads no deal after it, however far
 * ("during a march for a fairer deal" is the fight's setting). */
static void test_hammer_out(void)
{
    static const S_check set[] = {
        {"1987-04-01", "Japan hammered out an accord with the United States.",
         "JPN USA 057 asserted", NULL},
        {"1987-04-01",
         "Greek farmers battled police during a march for a fairer deal from the EC.",
         "GRCAGR GRCCOP 190 asserted", NULL},
        {"1987-04-01",
         "Greek farmers battled police during a march for a fairer deal from the EC.",
         NULL, " 057 "},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* An official of a firm, an exchange or a union the phrase names is that body's, no
 * state's government; a state's officials, its central bank's and its ministry's stay
 * its government, and so do those of a state named "Union". */
static void test_body_officials(void)
{
    static const S_check set[] = {
        {"1987-04-01", "Company officials accused Rohan of delaying the sale.", "---BUS ", NULL},
        {"1987-04-01", "Officials of the bank accused Rohan of delaying the sale.", "---BUS ",
         NULL},
        {"1987-04-01", "Exchange officials accused Rohan of delaying the sale.", "---BUS ", NULL},
        {"1987-04-01", "British union officials accused Japan of delaying the sale.", "GBRLAB JPN",
         NULL},
        {"1987-04-01", "Japanese bank officials accused France of delaying the sale.",
         "JPNBUS FRA", NULL},
        {"1987-04-01", "Japanese trade officials accused France of delaying the sale.",
         "JPNGOV FRA", NULL},
        {"1987-04-01", "Central bank officials accused Japan of delaying the sale.", "---GOVBUS ",
         NULL},
        {"1987-04-01", "Officials of the Finance Ministry accused Japan of delaying the sale.",
         "---GOVBUS ", NULL},
        {"1987-04-01", "Soviet Union officials accused Japan of delaying the sale.", "SUNGOV JPN",
         NULL},
        /* the bankers are a part of the list of their own */
        {"1987-04-01", "Mexican officials and bankers accused Japan of delaying the sale.",
         "MEXGOV JPN", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* "Questioned whether" or "how" doubts what the clause tells: no one is questioned. */
static void test_question_whether(void)
{
    static const S_check set[] = {
        {"1987-04-01", "The senator questioned whether Japan would open its markets.", NULL,
         " 090 "},
        {"1987-04-01", "Analysts questioned how much Gondor could gain from the Japanese deal.",
         NULL, " 090 "},
        {"1987-04-01", "Police questioned the French diplomat about the theft.", " FRAGOV 090 ",
         NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* The state of one's forebears is no party: "workers of Indian origin" are no India's. */
static void test_origin_state(void)
{
    static const S_check set[] = {
        {"1987-04-01", "Tea workers of Indian origin accused Sri Lanka of neglect.", NULL, "IND"},
        {"1987-04-01", "Traders of Chinese descent accused Malaysia of neglect.", NULL, "CHN"},
        {"1987-04-01", "Officials of India accused Sri Lanka of neglect.", "INDGOV LKA 112",
         NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* What a law requires is no act of the state that made it; the state itself still
 * demands, and a law criticised is its state's. */
static void test_rule_doer(void)
{
    static const S_check set[] = {
        {"1987-04-01", "U.S. law requires Japanese firms to register.", NULL, " 100 "},
        {"1987-04-01", "GATT regulations prohibit Gondor from subsidising exports.", NULL, "GAT"},
        {"1987-04-01", "The United States requires Japanese firms to register.", "USA JPNBUS 100",
         NULL},
        {"1987-04-01", "Japan criticised the U.S. trade law.", "JPN USA 111", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

static void test_visit_phrases(void)
{
    static const S_check set[] = {
        {"1987-04-01", "The survey is the first one since Thatcher's trip to Moscow.",
         "GBRGOV SUNGOV 042 asserted", NULL},
        {"1987-04-01", "The survey is the first one since Thatcher's trip to Moscow.",
         "SUNGOV GBRGOV 043 asserted", NULL},
        {"1987-04-01", "The talks opened a week-long visit to Japan by Chancellor Kohl.",
         "DEUGOV JPN 042 asserted", NULL},
        {"1987-04-01", "Exporters hope for gains from Nakasone's scheduled visit to Washington "
                       "next week.",
         "JPNGOV USAGOV 042 planned", NULL},
        {"1987-04-01", "Beijing denounced Pelosi's visit to Taiwan.", NULL, " 042 "},
        {"1987-04-01", "The planned visit by Blinken to China was postponed.", NULL, " 042 "},
        {"1987-04-01", "A visit to Moscow by Shultz was under consideration.", NULL, " 042 "},
        {"1987-04-01", "China and France signed deals during Xi Jinping's visit to Paris.", NULL,
         " 042 "},
        /* "visiting" before a name says who visits; "is visiting" takes an object */
        {"1987-04-01", "Chinese Premier Li Peng told visiting Japanese Foreign Minister "
                       "Kuranari that ties were sound.",
         "JPNGOV CHNGOV 042 asserted", NULL},
        {"1987-04-01", "Chinese Premier Li Peng told visiting Japanese Foreign Minister "
                       "Kuranari that ties were sound.",
         NULL, "CHNGOV JPNGOV 042"},
        {"1987-04-01", "A Soviet trade delegation is visiting India.", "SUNGOV IND 042 asserted",
         NULL},
    };
    /* a visit cancelled or put off did not take place; whoever cancels one that names
     * no traveller cancels his own */
    static const S_check undone[] = {
        {"1987-04-01", "Treasury Secretary James Baker cancelled his trip to Australia.",
         "USAGOV AUS 042 negated", NULL},
        {"1987-04-01", "The planned visit by Blinken to China was postponed.",
         "CHN USAELI 043 negated", NULL},
        {"1987-04-01", "Tokyo called off Nakasone's visit to Washington.",
         "JPNGOV USAGOV 042 negated", NULL},
        /* "called" and "put" undo a visit only with "off" (a visit "called" something
         * is one the verb acts on, which tells nothing) */
        {"1987-04-01", "Analysts called Nakasone's visit to Washington a turning point.",
         NULL, "negated"},
        {"1987-04-01",
         "Officials put the cost of Thatcher's trip to Moscow at two million pounds.",
         "GBRGOV SUNGOV 042 asserted", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
    dyad_engine *e = S_engine(~0u, NULL);
    S_code_checks(e, undone, sizeof undone / sizeof *undone);
    dyad_engine_free(e);
}

/* A role of the doer's own state as the verb's object is its party, and a state named
 * further on, in what the object is asked or questioned about, is not; the doer's own
 * troops moved from a place leave that place the party. */
static void test_home_object(void)
{
    static const S_check set[] = {
        {"1987-03-01", "U.S. House Speaker Tom Brown said he would question President Reagan "
                       "about his plan to escort Kuwaiti tankers.",
         "USA USAGOV 090 planned", NULL},
        {"1987-03-01", "U.S. House Speaker Tom Brown said he would question President Reagan "
                       "about his plan to escort Kuwaiti tankers.",
         NULL, " KWT "},
        {"1987-03-01", "Russia pulled its soldiers back from the towns around Kyiv.",
         "RUS UKRGOV 0874 asserted", NULL},
        {"1987-03-01", "The U.S. Senate urged President Reagan to retaliate against Japan.",
         "USALEG USAGOV 020 asserted", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* What talks are on is their topic however long its phrase runs before a name in it:
 * the two sides talk with each other, not with the body the topic names. */
static void test_long_talk_topic(void)
{
    static const S_check set[] = {
        {"1987-03-01", "Aso said the U.S. And Canada will hold long discussions on every farm "
                       "product as well as a fresh round of GATT farm talks at their session "
                       "next week.",
         "USA CAN 046 planned", NULL},
        {"1987-03-01", "Aso said the U.S. And Canada will hold long discussions on every farm "
                       "product as well as a fresh round of GATT farm talks at their session "
                       "next week.",
         NULL, "IGOBUSGAT"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* An act a noun told has no entities of its own: its events point at the words that
 * named the parties, the possessor without what follows it ("Nakasone's" of
 * "Nakasone's scheduled visit"), the other way round for the host's. */
static void test_noun_act_spans(void)
{
    dyad_engine *e = S_unknown_engine();
    dyad_worker *w = e ? dyad_worker_new(e) : NULL;
    OK(w != NULL);
    if (!w) {
        dyad_engine_free(e);
        return;
    }
    const char *text = "Exporters hope for gains from Nakasone's scheduled visit to Washington.";
    dyad_article a = {"t", "1987-04-01", "", text, strlen(text), "", "", "test", 0};
    dyad_coded_article c;
    INT_EQ(dyad_worker_code(w, &a, &c, NULL), DYAD_OK);
    int seen = 0;
    for (size_t i = 0; i < c.nevents; i++) {
        const dyad_event *ev = &c.events[i];
        int visit = !strcmp(ev->code, "042");
        if (!visit && strcmp(ev->code, "043"))
            continue;
        seen++;
        const dyad_span *by = visit ? &ev->source_span : &ev->target_span;
        const dyad_span *to = visit ? &ev->target_span : &ev->source_span;
        T_REPORT(by->len == 10 && !strncmp(ev->text + by->off, "Nakasone's", 10),
                 "%s: traveller span %zu+%zu", ev->code, (size_t)by->off, (size_t)by->len);
        T_REPORT(to->len == 10 && !strncmp(ev->text + to->off, "Washington", 10),
                 "%s: place span %zu+%zu", ev->code, (size_t)to->off, (size_t)to->len);
    }
    INT_EQ(seen, 2);
    dyad_worker_free(w);
    dyad_engine_free(e);
}

/* One who goes along with visitors is their host, the visitors visit that one's
 * country; one of their own country hosts no one. */
static void test_accompanied(void)
{
    static const S_check set[] = {
        {"1987-05-01", "A Soviet delegation is on a tour of Canada. The delegation was "
                       "accompanied by a Canadian deputy minister.",
         "CANGOV SUNGOV 043 asserted", NULL},
        {"1987-05-01", "A Canadian deputy minister accompanied the Soviet delegation.",
         "SUNGOV CANGOV 042 asserted", NULL},
        {"1987-05-01", "Kohl, accompanied by Genscher, visited Moscow.", NULL, "DEUGOV DEUGOV"},
        {"1987-05-01", "The U.S. move may be accompanied by British and French rate cuts.",
         NULL, " 04"},
    };
    S_checks(~0u, set, sizeof set / sizeof *set);
}

/* A tour across a state ("a cross-Canada tour") is a visit to it, both ways; one of
 * the state's own people goes nowhere abroad. */
static void test_tour_across(void)
{
    static const S_check set[] = {
        {"1987-06-18", "The Soviet farm delegation is on a cross-Canada tour.",
         "SUNGOV CAN 042 asserted", NULL},
        {"1987-06-18", "The Soviet farm delegation is on a cross-Canada tour.",
         "CAN SUNGOV 043 asserted", NULL},
        {"1987-06-18", "Mubarak, on a cross-Canada tour, praised Ottawa.",
         "EGYGOV CAN 042 asserted", NULL},
        {"1987-06-18", "The Canadian minister is on a cross-Canada tour.", NULL, " 042 "},
        /* a tour with no phrase after it that sets the clause is its subject's */
        {"1987-06-18", "The Soviet minister took a farm delegation to the grain exchange as part "
                       "of a cross-Canada tour.",
         "SUNGOV CAN 042 asserted", NULL},
        {"1987-06-18", "The Canadian minister began a cross-Canada tour.", NULL, " 042 "},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A campaign waged by armed forces, and a military or air campaign whoever wages or
 * launches it, is force against whom it is waged; a campaign of anyone else against a
 * thing ("against inflation") is none. */
static void test_campaign_waged(void)
{
    static const S_check set[] = {
        {"2024-01-15", "Israeli troops waged a campaign against Hamas in Khan Younis.",
         "ISRMIL PSEREB 190 asserted", NULL},
        {"2019-03-26", "Saudi Arabia waged an air campaign against the Houthis.",
         "SAU YEMREB 195 asserted", NULL},
        {"2017-09-12", "Myanmar's army launched a military campaign against Rohingya militants.",
         "MMRMIL MMRREB 190 asserted", NULL},
        {"2022-10-20", "Russia launched an air campaign against Ukraine's power grid.",
         "RUS UKR 195 asserted", NULL},
        {"1987-05-04", "Iraqi troops waged a campaign against Iranian forces near Basra.",
         "IRQMIL IRNMIL 190 asserted", NULL},
        {"1987-05-04", "The minister waged a campaign against inflation.", NULL, " 19"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A list named by what is on it ("its list of unreliable entities", "of sanctioned
 * entities") is a sanctions list like the "entity list": whom a state adds or puts on it
 * it sanctions. Guard: a list of approved entities is no sanction. */
static void test_entities_listed(void)
{
    static const S_check set[] = {
        {"2025-04-11", "Beijing placed 11 U.S. defense firms on its list of unreliable entities.",
         "CHNGOV USABUS 163 asserted", NULL},
        {"2024-06-24", "The EU added 19 Chinese firms to its list of sanctioned entities.",
         "IGOEUREEC CHNBUS 163 asserted", NULL},
        {"2022-03-15", "Canada put 14 Russian officials on its list of sanctioned entities.",
         "CAN RUSGOV 163 asserted", NULL},
        {"1987-05-04", "The firm added two banks to its list of approved entities.", NULL, " 163 "},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A list whose later members repeat the preposition ("with Chile and with Bolivia")
 * names each member as the first is named. */
static void test_repeated_preposition(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Peru is negotiating its debt with Chile and with Bolivia.",
         "PER BOL 046 asserted", NULL},
        {"2024-05-01", "Peru is negotiating its debt with Chile and with Bolivia.",
         "PER CHL 046 asserted", NULL},
        {"2024-05-01", "Norway sent aid to Sudan and to Chad.", "NOR TCD 07", NULL},
        /* another preposition is no member of the list */
        {"2024-05-01", "Peru met with Chile and in Bolivia.", NULL, "PER BOL"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* Aid withheld is aid suspended, as halted aid is, towards whom the phrase names; talks
 * frozen or cut off with a party are talks suspended with it, not a cut in trade when
 * they are trade talks. Guard: taxes withheld from wages are no act. */
static void test_withheld_frozen(void)
{
    static const S_check set[] = {
        {"2019-09-24", "The United States withheld 300 million dollars in aid to Egypt.",
         "USA EGY 1621 asserted", NULL},
        {"2024-05-01", "China froze talks with the Philippines.", "CHN PHL 164 asserted", NULL},
        {"2024-05-01", "Russia cut off talks with Kyiv.", "RUS UKRGOV 164 asserted", NULL},
        {"1987-04-02", "Japan froze its trade talks with Washington.", "JPN USAGOV 164 asserted",
         NULL},
        {"1987-04-02", "Japan froze its trade talks with Washington.", NULL, " 163 "},
        {"1987-04-02", "The employer withheld taxes from wages.", NULL, " 16"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A quotation that opens the predicate of a reported clause ("said Beijing \"is
 * arming\" Russia") codes as the clause would unquoted: the subject before the mark is
 * the quoted verb's, not the saying verb's object; a first person quoted is still its
 * speaker, and a speaker's words set apart code as before. */
static void test_quoted_predicate(void)
{
    static const S_check set[] = {
        {"2024-05-01", "The State Department said Beijing \"is arming\" Russia.",
         "CHNGOV RUS 072 asserted", NULL},
        {"2024-05-01", "The State Department said Beijing \"is arming\" Russia.", NULL,
         "USAGOV RUS 072"},
        {"2024-05-01", "Zelensky said Russia \"attacked us again\" with drones overnight.",
         "RUS UKRGOV 195", NULL},
        {"1987-06-01", "Kuwait said Iran \"fired missiles\" at Kuwait.", "IRN KWT 195 asserted",
         NULL},
        {"1987-06-01", "Managua said Honduras \"is sheltering\" the contra rebels.",
         "HND NICREB 070 asserted", NULL},
        {"1987-06-01", "Baghdad said Tehran \"had shelled\" Basra overnight.",
         "IRNGOV IRQ 194 asserted", NULL},
        /* guards: a speaker's words set apart, a quoted noun phrase */
        {"2024-05-01",
         "\"We will respond to this aggression,\" the Iranian foreign minister said of the "
         "Israeli strike.",
         "IRNGOV ISR 138 asserted", NULL},
        {"1987-06-01", "Nicaragua called the Honduran raid \"an act of aggression\" on Sunday.",
         "NIC HND 111 asserted", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* People who act where they are, named again with no country ("the protesters", "the
 * students"), are of the country in sight in the sentence before when their own names
 * only the other party of their act. */
static void test_locals_again(void)
{
    dyad_engine *e = S_unknown_engine();
    char got[1024];
    S_code(e, "2024-05-01",
           "Iranian protesters gathered in Tehran on Friday. The protesters denounced the "
           "United States.",
           got, sizeof got);
    OK(strstr(got, "IRNOPP USA 111 asserted") != NULL);
    S_code(e, "1987-06-10",
           "Thousands of South Korean students marched in Seoul on Tuesday. The students "
           "accused the United States of backing the government.",
           got, sizeof got);
    OK(strstr(got, "KOREDU USA 112 asserted") != NULL);
    dyad_engine_free(e);
}

/* One "demonstrates" a clause it shows, no protest (coder.c); a crowd that demonstrates
 * in a place or against someone still protests. */
static void test_demonstrated_clause(void)
{
    static const S_check set[] = {
        {"2024-05-10", "Putin demonstrated he was in charge of Russia.", NULL, " 14"},
        {"2024-05-10", "Merkel demonstrated she was in control of Germany.", NULL, " 14"},
        /* guards */
        {"2024-05-10", "Thousands demonstrated in Kyiv on Sunday.", "UKR UKRGOV 140", NULL},
        {"2024-05-10", "Jordanian students demonstrated against Israel.", "ISR 141", NULL},
    };
    S_checks(0, set, sizeof set / sizeof *set);
}

/* A price one charges is no criminal charge (S_price_charged in coder.c): a price as
 * the object, or the noun a clause of "charge" qualifies. */
static void test_price_charged(void)
{
    static const S_check set[] = {
        {"2024-05-10", "German banks charged French borrowers a higher premium.", NULL, " 173"},
        {"2024-05-10", "German banks charged a higher premium to French borrowers.", NULL,
         " 173"},
        /* guard: a charge of people stays */
        {"2024-05-10", "German police charged two French fans.", "DEUCOP FRA 173", NULL},
    };
    S_checks(0, set, sizeof set / sizeof *set);
}

/* An -ing participle right after a thing's noun is the thing's act, done by no one the
 * sentence names (S_thing_participle in coder.c); arms act for whoever fires them, and a
 * resolution for whoever passed it. */
static void test_thing_participle(void)
{
    static const S_check set[] = {
        {"2024-05-10", "Contra rebels tried to blow up a power line supplying a Honduran town.",
         NULL, " 070"},
        {"2024-05-10", "A U.S. judge heard a suit challenging arms sales to Iran.", NULL, " 110"},
        /* guards: arms, a resolution */
        {"2024-05-10", "Russia launched missiles targeting Ukraine.", "RUS UKR 195", NULL},
        {"2024-05-10",
         "The U.S. Senate adopted a resolution urging steps against Japan.",
         "USALEG JPN 020", NULL},
    };
    S_checks(0, set, sizeof set / sizeof *set);
}

/* A passive in a reported clause whose subject names no one, a gerund or nothing the
 * parser kept, is done to no one, not to the clause's reporter (S_no_one_done_to in
 * coder.c); a pronoun or a relative's noun stays. */
static void test_done_to_no_one(void)
{
    static const S_check set[] = {
        {"1987-03-10", "Boschwitz said cutting the tax was opposed by the Japanese government.",
         NULL, "JPNGOV USA"},
        /* guards */
        {"2024-05-10", "Iran said it was attacked by Iraq.", "IRQ IRN 190", NULL},
        {"2024-05-10",
         "Japan criticised the Chinese plan, which was opposed by the United States.",
         "USA CHN 120", NULL},
    };
    S_checks(0, set, sizeof set / sizeof *set);
}

/* A trade balance named with another joined to it ("U.S. trade and budget deficits") is
 * a figure, as "the U.S. trade deficit" is, no party (S_topic_only in coder.c). */
static void test_joined_balances(void)
{
    static const S_check set[] = {
        {"2024-05-10",
         "The Bundesbank warned against easy remedies for the chronic U.S. trade and budget "
         "deficits.",
         NULL, " USA 130"},
        /* guard: the owner is still blamed */
        {"2024-05-10", "China criticised the United States for its trade and budget deficits.",
         "CHN USA 111", NULL},
    };
    S_checks(0, set, sizeof set / sizeof *set);
}

/* A noun of strife after "in" or "during" that names no one is the setting of the
 * verb's act, not a party it was done to, whoever coreference makes its doer
 * (S_setting_act_ref in coder.c); the doer it gives an agentless passive stays. */
static void test_setting_no_target(void)
{
    static const S_check set[] = {
        {"2021-05-25",
         "Minsk expelled Latvia's ambassador, and Latvia ordered Belarusian diplomats to "
         "leave. Lukashenko has faced months of protests. Security forces detained more than "
         "30,000 people in the crackdown that followed.",
         NULL, "MIL LVA 173"},
        {"2021-05-25",
         "Minsk expelled Latvia's ambassador, and Latvia ordered Belarusian diplomats to "
         "leave. Lukashenko has faced months of protests. Security forces detained more than "
         "30,000 people during the crackdown.",
         NULL, "MIL LVA 173"},
        /* guards: an agentless passive's doer; talks, which have another side */
        {"2024-05-10",
         "Russia struck Kyiv with missiles on Monday. Two Ukrainian soldiers were killed in "
         "the attack.",
         "RUS UKRMIL 190", NULL},
        {"2023-12-14",
         "Nicolas Maduro and Irfaan Ali met on Thursday. Ali said he had refused to "
         "negotiate the boundary during the talks.",
         "GUYGOV VENGOV 125", NULL},
    };
    S_checks(0, set, sizeof set / sizeof *set);
}

/* A state named as whichever one may ("any country that ...") is named: the act takes
 * no other party from the story's latest events (S_left_out in coder.c); an act that
 * names no party still does. */
static void test_any_country_no_target(void)
{
    static const S_check set[] = {
        {"2020-07-01",
         "China's foreign ministry warned London to stop meddling. Beijing has said it will "
         "retaliate against any country that punishes its officials over Hong Kong.",
         NULL, " GBR 138"},
        {"2020-07-01",
         "China warned London. Beijing will impose sanctions on any country that sells arms "
         "to Taiwan.",
         NULL, " GBR 163"},
        /* guard */
        {"2024-05-10", "Ankara accused Athens of breaking the accord. It threatened countermeasures.",
         "TURGOV GRC 1312", NULL},
    };
    S_checks(0, set, sizeof set / sizeof *set);
}

/* Force at a base that houses another state's troops is force at those troops as well
 * as at the base's state (S_hosted_troops in coder.c). */
static void test_hosted_troops(void)
{
    static const S_check set[] = {
        {"2020-01-08",
         "Iran fired more than a dozen ballistic missiles at two Iraqi bases housing U.S. "
         "troops early on Wednesday.",
         "IRN USAMIL 19", NULL},
        {"2020-01-08", "Iran attacked bases where American troops are based.", "IRN USAMIL 190",
         NULL},
        /* guard: the base's state stays */
        {"2020-01-08",
         "Iran fired more than a dozen ballistic missiles at two Iraqi bases housing U.S. "
         "troops early on Wednesday.",
         "IRN IRQ 19", NULL},
    };
    S_checks(0, set, sizeof set / sizeof *set);
}

/* A protest whose verb names no party is aimed at whom its participle chants against or
 * denounces, not at the city it was held in (S_protest_aim in coder.c); a participle
 * that names no one against leaves it at home. */
static void test_protest_aim(void)
{
    static const S_check set[] = {
        {"2024-05-10",
         "Thousands of Yemenis rallied in Sanaa on Friday, chanting slogans against the "
         "United States and Israel.",
         "YEM ISR 140 asserted", NULL},
        {"2024-05-10",
         "Thousands of Yemenis rallied in Sanaa on Friday, chanting slogans against the "
         "United States and Israel.",
         NULL, "YEMGOV"},
        {"2024-05-10", "Iranians marched in Tehran, chanting slogans against the United States.",
         "IRN USA 140 asserted", NULL},
        {"2024-05-10", "Thousands of Pakistanis marched in Karachi, denouncing Israel's offensive.",
         "PAK ISR 140 asserted", NULL},
        {"2024-05-10",
         "Hundreds of Filipinos demonstrated in Manila, accusing China of bullying fishermen.",
         "PHL CHN 140 asserted", NULL},
        {"1987-05-10", "Hundreds of Chileans rallied in Santiago, shouting slogans against the "
                       "United States.",
         "CHL USA 140 asserted", NULL},
        {"1987-05-10", "Thousands of Nicaraguans marched in Managua, condemning American aid.",
         "NIC USA 140 asserted", NULL},
        /* ... also when the participle is in the subject, which the parser may hang
         * "against Israel" on as if Israel were the doer (S_subject_aim) */
        {"2024-05-10",
         "Thousands of Jordanians chanting slogans against Israel marched through Irbid "
         "on Friday.",
         "JOR ISR 140 asserted", NULL},
        {"2024-05-10", "Protesters chanting slogans against Israel marched in Amman on Friday.",
         "JOROPP ISR 140 asserted", NULL},
        /* guard: a participle under its own people stays as it was */
        {"2024-05-10", "French farmers protesting against the European Union marched in Lyon.",
         "FRAAGR IGOEUREEC 14", NULL},
        /* guard: flags waved are no one protested against */
        {"2024-05-10", "Thousands of Yemenis rallied in Sanaa, waving Palestinian flags.",
         "YEM YEMGOV 140 asserted", NULL},
        /* people of their own they rally for are no one they protest against: the
         * protest is at home (S_own_people); rivals they march against stay the aim */
        {"2024-05-10",
         "Tens of thousands of Israelis rallied in Haifa on Saturday demanding a deal to "
         "bring the hostages home.",
         "ISR ISRGOV 140 asserted", NULL},
        {"2024-05-10", "Thousands of Serbs protested in Nis demanding justice for the students.",
         "SRB SRBGOV 140 asserted", NULL},
        {"2024-05-10", "Thousands of Serbs protested in Nis on Sunday against the opposition.",
         "SRB SRBOPP 141 asserted", NULL},
    };
    S_checks(0, set, sizeof set / sizeof *set);
}

/* Unrest that breaks out, erupts or spreads in a state is its people's protest against
 * its government, or against whom the words after "against" name (S_unrest in
 * coder.c); riots are violent protest (145); in a place of no state, the story's home
 * state protests. "No protests broke out" is none, and
 * fighting that breaks out is no protest. */
static void test_unrest(void)
{
    static const S_check set[] = {
        {"2024-05-10", "Protests broke out in Maracaibo on Monday against the government.",
         "VEN VENGOV 141 asserted 2024-05-06", NULL},
        {"2024-05-10", "Protests erupted across Kenya on Tuesday over the new finance bill.",
         "KEN KENGOV 141 asserted", NULL},
        {"2024-05-10", "Protests broke out in Karachi against the United States.",
         "PAK USA 141 asserted", NULL},
        {"2024-05-10", "Riots erupted in Dakar after the opposition leader was jailed.",
         "SEN SENGOV 145 asserted", NULL},
        /* a place of no state: the story's home state, none when the lead names two */
        {"2024-05-10",
         "Indonesia raised fuel prices on Sunday. Protests broke out in several cities "
         "against the government on Monday.",
         "IDN IDNGOV 141 asserted 2024-05-06", NULL},
        {"2024-05-10",
         "Israel and Egypt agreed to a truce on Tuesday. Protests broke out in several "
         "cities against the government on Wednesday.",
         NULL, " 14"},
        {"2024-05-10", "No protests broke out in Minsk after the vote.", NULL, " 14"},
        {"2024-05-10", "Fighting broke out in Khartoum on Saturday.", NULL, " 14"},
        /* a state named past another preposition is no place of it, nor is a rally
         * of a market */
        {"2024-05-10", "Riots erupted in the capital after the arrest of a Kenyan activist.",
         NULL, "KEN KENGOV 145"},
        {"2024-05-10", "Protests broke out in several cities on Sunday over a French plan.",
         NULL, "FRA FRAGOV"},
        {"2024-05-10", "Rallies spread to Tokyo as investors bought shares.", NULL, " 14"},
    };
    S_checks(0, set, sizeof set / sizeof *set);
}

/* A crowd gathered outside a building met no one there: it demonstrates against the
 * building's owner when its words say it protests (S_outside, S_protest_verbs in
 * coder.c), else the sentence codes no meeting; a meeting outside stays one. */
static void test_gathered_outside(void)
{
    static const S_check set[] = {
        {"2023-08-07",
         "Crowds gathered outside the French embassy in Niamey on Sunday to protest the "
         "new sanctions.",
         "NEROPP FRAGOV 141 asserted", NULL},
        {"2023-08-07",
         "Crowds gathered outside the French embassy in Niamey, chanting anti-French slogans.",
         "NEROPP FRAGOV 141 asserted", NULL},
        {"2023-08-07", "Crowds gathered outside the French embassy in Niamey on Sunday.", NULL,
         " 040 "},
        {"2023-08-07", "Mourners gathered outside the British embassy in Moscow to lay flowers.",
         NULL, " 040 "},
        {"2023-08-07", "Blinken met Lavrov outside the conference hall in Geneva.",
         "USAGOV RUSGOV 040 asserted", NULL},
    };
    S_checks(0, set, sizeof set / sizeof *set);
}

/* "It" after a sentence a measure or accord opens ("The 14th package ... bars ports")
 * carries that thing on and is no actor's, not a state named inside that sentence or
 * before it; after a sentence a state or a name the parser cut such a noun from ("The
 * ruling GATT Council") opens, "it" still means that one. */
static void test_it_after_thing(void)
{
#define PKG "European Union governments agreed on Thursday to impose a new package of " \
            "sanctions on Russia. The 14th package, which ambassadors of the 27 member "  \
            "states approved after weeks of haggling, bars European ports from handling " \
            "reshipments of Russian LNG. "
    static const S_check set[] = {
        {"2024-06-20", PKG "It also adds 116 companies to the bloc's blacklist, among them "
                           "several Chinese firms.", NULL, "RUS CHNBUS"},
        {"2024-06-20", "Last week Russia closed its border with Finland. It also expelled "
                       "Finnish diplomats.", "RUS FINGOV 174", NULL},
        {"1987-06-18",
         "The ruling GATT Council on Tuesday endorsed a panel's finding that a U.S. levy "
         "on imported crude broke trade rules. It urged Washington to change the law.",
         "IGOBUSGAT USAGOV 020 asserted", NULL},
    };
#undef PKG
    S_checks(0, set, sizeof set / sizeof *set);
}

/* An attack named by what was launched ("the missile attack") is the doer's whose
 * launch or firing of missiles the story told, not the latest air strike of another;
 * an attack by its noun alone is still the latest one. */
static void test_missile_attack(void)
{
#define IRN "Iran launched at least 15 ballistic missiles at two Iraqi air bases on "  \
            "Wednesday. The Pentagon said no U.S. personnel had been killed. Oil prices " \
            "jumped in Asian trading. Gold touched its highest level in years. Last "    \
            "month Washington blamed an Iraqi militia for a rocket attack on a base near " \
            "Kirkuk. U.S. aircraft then struck the group's bases in Iraq and Syria. "
    static const S_check set[] = {
        {"2020-01-08", IRN "NATO condemned the missile attack.", "IGOWSTNAT IRN 111", NULL},
        {"2020-01-08", IRN "NATO condemned the missile attack.", NULL, "IGOWSTNAT USA"},
        {"2020-01-08", IRN "NATO condemned the air strikes.", "IGOWSTNAT USA 111", NULL},
    };
#undef IRN
    S_checks(0, set, sizeof set / sizeof *set);
}

/* A body led by people named by an adjective the dictionaries do not know ("the
 * Kurdish-led administration in the region") is no state's office in sight, nor the
 * story's home state's. */
static void test_led_body(void)
{
    static const S_check set[] = {
        {"2019-10-10",
         "AKCAKALE, Turkey — Turkey launched an offensive in northeastern Syria on "
         "Wednesday. Turkish banks led the losses on concern that the United States could "
         "punish the country with sanctions. The Kurdish-led administration in the region "
         "called on the United States to set up a no-fly zone.",
         NULL, "TURGOV USA"},
    };
    S_checks(0, set, sizeof set / sizeof *set);
}

/* "The country's military" names its country as "the country": with two states in
 * sight it stays unknown rather than becoming the acting state's, as an office named
 * with no country does ("China warned Manila. The military accused ..."). */
static void test_country_office(void)
{
    static const S_check set[] = {
        {"2021-10-25",
         "The United States suspended aid to Sudan on Monday after the country's military "
         "detained Prime Minister Abdalla Hamdok.",
         NULL, "USAMIL"},
        {"2021-10-25",
         "China warned Manila on Monday. The military accused the Philippines of provocation.",
         "CHNMIL PHL 1123", NULL},
    };
    S_checks(0, set, sizeof set / sizeof *set);
}

/* A state's ambassador is posted abroad: people who act where they are, named beside
 * him, are of the host state, not of his own (S_mission in corefs.c), and the words
 * after "in" or "to" say where he is; as an actor he stays his state's. */
static void test_ambassador_posted(void)
{
    static const S_check set[] = {
        {"2022-07-11",
         "Protests spread across Sri Lanka. U.S. Ambassador Julie Chung urged parliament to "
         "work quickly.",
         "USAGOV LKALEG 020 asserted", NULL},
        {"2022-07-11",
         "Protests spread across Sri Lanka. U.S. Ambassador Julie Chung urged parliament to "
         "work quickly.",
         NULL, "USALEG"},
        {"2022-07-11", "The French ambassador in Niamey met opposition leaders on Monday.",
         "FRAGOV NEROPP 040 asserted", NULL},
        {"2021-02-02", "Britain summoned Myanmar's ambassador in London.",
         "GBR MMRGOV 114 asserted", NULL},
    };
    S_checks(0, set, sizeof set / sizeof *set);
}

/* People counted as a crowd ("Thousands of Turks", "several thousand South Koreans")
 * protest in dissent (14) even when the tagger reads their plural as a name, while a
 * state's protest stays an official complaint (114). */
static void test_counted_crowd(void)
{
    static const S_check set[] = {
        {"2024-05-10",
         "Thousands of Turks protested outside the Swedish consulate in Istanbul after a "
         "Koran was burned in Stockholm.",
         "TUR SWEGOV 141 asserted", NULL},
        {"2024-05-10",
         "Several thousand South Koreans protested in Seoul against the deployment of a "
         "U.S. missile system.",
         "KOR USA 141 asserted", NULL},
        {"1987-05-10", "Hundreds of Serbs protested in Belgrade against NATO air strikes.",
         "SRB IGOWSTNAT 141 asserted", NULL},
        /* a crowd named by its nationality's adjective alone, and a plural demonym */
        {"2024-05-10", "Thousands of Japanese rallied in Naha on Sunday against the new base.",
         "JPN JPNGOV 141 asserted", NULL},
        {"2024-05-10", "Hundreds of Chinese protested in Shenzhen on Saturday.",
         "CHN CHNGOV 140 asserted", NULL},
        {"2024-05-10", "Thousands of Thais marched in Bangkok to demand a new vote.",
         "THA THAGOV 140 asserted", NULL},
        /* guard: the adjective of a noun stays one ("Japanese tourists" are no people of
         * a state's dissent here: no protest is coded of a visit) */
        {"2024-05-10", "Thousands of Japanese tourists visited Seoul on Sunday.", NULL,
         "JPN JPNGOV"},
        /* people named with the place they are in, their head before it */
        {"2024-02-16", "Teachers across Kenya walked out on Monday over unpaid salaries.",
         "KENEDU KENGOV 143 asserted", NULL},
        {"2024-02-16", "Nurses across Ghana went on strike on Friday.", "GHAHLH GHAGOV 143",
         NULL},
        /* ... not in another state's place, where they are not at home */
        {"2024-02-16", "Syrian refugees in Turkey staged a protest against evictions.", NULL,
         "SYRGOV"},
        /* doers no one knows, named by a plural, who protest in a state's place are its
         * people; a market's rally in a city is no one's protest */
        {"2024-02-16", "Thousands of people marched in Tbilisi on Sunday.",
         "GEO GEOGOV 140 asserted", NULL},
        {"2024-02-16", "Letter carriers walked out in Toronto on Monday.", "CAN CANGOV 143",
         NULL},
        {"1987-06-16", "Dealers said the market firmed in a cautious rally in London.", NULL,
         " 14"},
        /* ... nor is a march held to honour, mourn or celebrate */
        {"2024-05-10",
         "Hundreds of people marched in Kyiv to honour the soldiers killed in the war.", NULL,
         " 14"},
        {"2024-05-10", "Thousands marched in Moscow on Thursday to mark Victory Day.", NULL,
         " 14"},
        {"2024-05-10", "Thousands of people marched in Tbilisi to protest the bill.",
         "GEO GEOGOV 14", NULL},
        /* ... and those at a party's building in a state's place are of that state */
        {"2023-08-07",
         "Hundreds of supporters of the junta rallied outside the French embassy in Niamey "
         "on Sunday.",
         "NER FRAGOV 141 asserted", NULL},
        {"2023-08-07",
         "Thousands gathered outside the Russian embassy in Kyiv, denouncing the invasion.",
         "UKR RUSGOV 141 asserted", NULL},
        /* ... and those in a state's place who protest against a party named: the
         * place's people against it, a party of theirs or of another state */
        {"2024-05-10", "Thousands rallied in Belgrade on Saturday against the government.",
         "SRB SRBGOV 141 asserted", NULL},
        {"2024-05-10", "Hundreds of people protested outside the parliament in Nairobi.",
         "KEN KENLEG 141 asserted", NULL},
        {"2024-05-10",
         "Thousands of people rallied in Vilnius on Saturday against the Russian government.",
         "LTU RUSGOV 141 asserted", NULL},
        /* so do one of a state's opposition and the opposition itself */
        {"2021-04-05", "Alexei Navalny began a hunger strike in his prison colony on Monday.",
         "RUSOPP RUSGOV 142 asserted", NULL},
        {"2021-04-05", "The Belarusian opposition staged a protest on Monday.",
         "BLROPP BLRGOV 141 asserted", NULL},
        /* "they" a state's people stand for protest at home too */
        {"2024-12-02",
         "Armenian police detained dozens of protesters outside parliament. Opposition "
         "leaders said they would hold another march on Thursday evening.",
         "ARMOPP ARMGOV 141 planned 2024-12-05", NULL},
        /* guards: a state protesting alone complains */
        {"2024-05-10", "Sweden protested against the Turkish decision.", "SWE TUR 114 asserted",
         NULL},
        {"2024-05-10", "Turkey protested to Sweden over the burning of a Koran.",
         "TUR SWE 114 asserted", NULL},
    };
    S_checks(0, set, sizeof set / sizeof *set);
}

/* People of a country's public life named with no country (police, security forces,
 * protesters, the opposition, journalists, unions) take the story's home state, the one
 * state of its first sentence, when their sentence and the one before name several or
 * none: not when that first sentence names two, when another state is named in more
 * than half as many sentences (whichever state, however many the story names: the last
 * of a summit's twenty guests), when a place after them says where they are, when their
 * sentence names another state than their act's other party, nor for courts. Counted
 * ones ("two journalists") are theirs as uncounted ones are. */
static void test_home_state(void)
{
    static const char thai[] = "Thailand faced criticism on Friday over the fate of Uyghur "
                               "men held in its detention centres. Authorities deported 40 "
                               "Uyghurs to China last month. ";
    static const char summit[] =
        "Thailand hosted a regional summit on Monday. Thailand's prime minister opened the "
        "meeting at a seaside resort. Leaders of Vietnam, Laos, Cambodia, Myanmar, Malaysia, "
        "Singapore, Indonesia, Brunei, Japan, China, South Korea, India, Australia, New "
        "Zealand, Canada, France, Germany, Italy, Spain, Mexico and Britain attended. ";
    static const struct {
        const char *date, *lead, *last, *want, *none;
    } set[] = {
        {"2025-03-10", thai,
         "Police arrested a dozen activists who protested outside the Chinese embassy.",
         "THACOP THAOPP 173", NULL},
        {"2025-03-10", thai, "Security forces later detained two journalists covering the rally.",
         "THAMIL THAMED 173", NULL},
        {"1987-03-20",
         "Bolivian tin miners began a strike on Monday over pay. Their union said the walkout "
         "would spread. ",
         "Police arrested three miners in Oruro.", "BOLCOP BOLLAB 173", NULL},
        {"2023-10-02",
         "Pakistan's caretaker government ordered undocumented migrants to leave by November. "
         "Pakistan's interior minister said the order would stand. Afghanistan and Iran "
         "criticised it. ",
         "Police detained hundreds of Afghan refugees.", "PAKCOP AFGREF 173", NULL},
        {"2019-11-29",
         "Sudanese authorities approved a law on Thursday to dissolve the former ruling party. "
         "In April the army ousted the president and put him in jail. ",
         "Protesters have since demanded that Sudan's former ruling party be banned.",
         "SDNOPP SDNELI 100", NULL},
        {"1987-06-12",
         "South Korea's ruling party named a new chairman on Friday. President Chun said the "
         "choice would unite South Korea. Japan and the United States welcomed it. ",
         "The opposition accused the government of rigging the vote.", "KOROPP", NULL},
        {"1987-03-20",
         "Bolivian tin miners began a strike on Monday over pay. The government said it had "
         "asked the United States and Argentina for emergency credits. ",
         "The miners rejected the government's offer of talks.", "BOLLAB BOLGOV 125", NULL},
        {"2025-03-10", summit,
         "The talks ran late into the night. Police arrested a dozen protesters outside the "
         "venue.",
         "THACOP THAOPP 173", NULL},
        /* guards */
        {"2025-03-10", summit,
         "Britain pledged new aid to the region. The talks ran late into the night. Police "
         "arrested a dozen protesters outside the venue.",
         NULL, "THACOP"},
        /* (the capital's GOV as in "Police in Moscow", RUSGOVCOP, now that the parse
         * keeps "in Phnom Penh" with "Police": S_repair_subject_pp) */
        {"2025-03-10", thai, "Police in Phnom Penh arrested a dozen activists.",
         "KHMGOVCOP KHMOPP 173", NULL},
        {"2025-03-10", thai, "Police arrested a dozen activists, Cambodian officials said.", NULL,
         "THACOP"},
        /* people who meet the police where they act are the police's, the place given
         * in the police's phrase; the police take no country from those they act on */
        {"2025-03-10", thai, "Protesters clashed with police in Phnom Penh on Monday.",
         "KHMOPP KHMGOVCOP 145", NULL},
        {"2024-05-10", "", "Protesters clashed with police in Tehran on Monday.",
         "IRNOPP IRNGOVCOP 145", NULL},
        {"2024-05-10", "", "Police arrested two Polish citizens on Monday.", NULL, "POLCOP"},
        {"2024-06-03",
         "Antony Blinken, the U.S. secretary of state, reached Beijing on Monday for talks "
         "with Chinese leaders. He met Foreign Minister Wang Yi. ",
         "Police detained three protesters outside the hotel.", "---COP ---OPP 173", NULL},
        {"2024-06-03",
         "A Chinese delegation arrived on Monday for trade talks. The White House said the "
         "talks would be hard. Washington wants Beijing to curb its exports. ",
         "Police arrested a dozen protesters.", "---COP ---OPP 173", NULL},
        {"1987-04-08",
         "Canada's Dome Petroleum said on Tuesday it had agreed to a takeover offer. Texaco "
         "Inc and Pennzoil Co said they would fight the deal. ",
         "A court ordered the company to delay the vote.", NULL, "CANJUD"},
    };
    dyad_engine *e = S_unknown_engine();
    char text[1024], got[1024];
    for (size_t i = 0; e && i < sizeof set / sizeof *set; i++) {
        snprintf(text, sizeof text, "%s%s", set[i].lead, set[i].last);
        S_code(e, set[i].date, text, got, sizeof got);
        T_REPORT(set[i].want ? strstr(got, set[i].want) != NULL
                             : strstr(got, set[i].none) == NULL,
                 "\"%s\" gave \"%s\"", set[i].last, got);
    }
    dyad_engine_free(e);
}

/* Bare men under arms ("Troops", "Guerrillas", "about 30 soldiers") are the story's home
 * state's when it has one and no other state's forces are in sight, rebels also of the
 * place they act in; weapons, enemies, militants and a story with no home state leave
 * them unknown. */
static void test_bare_arms_home(void)
{
    static const S_check set[] = {
        {"2024-05-06", "BAMAKO, May 6 (Reuters) - Troops killed five villagers near the border.",
         "MLIMIL MLICVL 190", NULL},
        {"2024-05-06", "MANILA, May 6 (Reuters) - Guerrillas ambushed about 30 soldiers on a "
                       "jungle road.", "PHLREB PHLMIL 190", NULL},
        /* officers, as troops are ("Officers fired tear gas at the crowds") */
        {"2024-05-06", "NAIROBI, May 6 (Reuters) - Officers fired tear gas at students "
                       "marching on parliament.", "KENMIL", NULL},
        /* rebels, who fight their own state, are of the place they act in */
        {"2024-05-06", "Maoist rebels killed 12 soldiers in eastern Nepal on Monday.", "NPLREB",
         NULL},
        {"2024-05-06", "Armed rebels blew up a bridge in southern Colombia.", "COLREB", NULL},
        /* guards: another state's troops in sight, weapons, an enemy, no home state */
        {"2024-05-06", "KYIV, May 6 (Reuters) - Russian troops shelled the town overnight. "
                       "Soldiers fired on a convoy of refugees.", NULL, "UKRMIL"},
        {"2024-05-06", "KYIV, May 6 (Reuters) - Drones struck a power plant overnight.", NULL,
         "UKRMIL"},
        {"2024-05-06", "BAMAKO, May 6 (Reuters) - Enemy troops attacked a convoy of villagers.",
         NULL, "MLIMIL"},
        {"2024-05-06", "JERUSALEM, May 6 (Reuters) - Militants fired rockets at Israel.", NULL,
         "ISRREB"},
        {"2024-05-06", "Troops killed five villagers near the border on Monday.",
         "---MIL ---CVL 190", NULL},
        {"2024-05-06", "KYIV, May 6 (Reuters) - Russian troops shelled the town overnight. "
                       "Officers fired on a convoy of refugees.", NULL, "UKRMIL"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A dateline's place names the story's home state (dyad_coref_home): its region part
 * ("Congo", "Trinidad and Tobago") or the capital alone ("DHAKA"), before what the
 * first sentence names; a place the dictionaries do not know or that is no state gives
 * none, and a story without one keeps the first sentence's state. Plain text and a JSON
 * article alike. */
static void test_dateline_home(void)
{
    static const char uyghurs[] = "Authorities deported 40 Uyghurs to China last month. "
                                  "Police arrested a dozen activists outside the embassy.";
    static const struct {
        const char *date, *text, *want, *none;
    } set[] = {
        {"2025-03-10", "KINSHASA, Congo (AP) -- Police arrested 40 protesters outside the "
                       "parliament.", "CODCOP", NULL},
        {"2025-03-10", "PORT OF SPAIN, Trinidad and Tobago -- Police detained two journalists "
                       "on Monday.", "TTOCOP TTOMED 173", NULL},
        {"2025-03-10", "DHAKA, March 10 (Reuters) - The opposition accused the government of "
                       "rigging the vote.", "BGDOPP", NULL},
        {"2025-03-10", "BANGKOK, March 10 (Reuters) - Authorities deported 40 Uyghurs to China "
                       "last month. Police arrested a dozen activists outside the embassy.",
         "THACOP", NULL},
        /* guards: no dateline, a place of no state, a place unknown */
        {"2025-03-10", uyghurs, NULL, "THACOP"},
        {"2025-03-10", "UNITED NATIONS (Reuters) - Police arrested 40 protesters outside the "
                       "building.", "---COP", NULL},
        {"2025-03-10", "MINAS TIRITH, March 10 (Reuters) - Police arrested 40 protesters "
                       "outside the hall.", "---COP", NULL},
    };
    dyad_engine *e = S_unknown_engine();
    char got[1024];
    for (size_t i = 0; e && i < sizeof set / sizeof *set; i++) {
        S_code(e, set[i].date, set[i].text, got, sizeof got);
        T_REPORT(set[i].want ? strstr(got, set[i].want) != NULL
                             : strstr(got, set[i].none) == NULL,
                 "\"%s\" gave \"%s\"", set[i].text, got);
    }
    char path[] = "/tmp/dyad_dateline_XXXXXX";
    int fd = mkstemp(path);
    FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;
    OK(f != NULL);
    if (e && f) {
        fputs("{\"id\": \"a\", \"date\": \"2025-03-10\", \"text\": \"DHAKA, Bangladesh -- "
              "Police arrested two Indian smugglers near the border.\"}\n", f);
        fclose(f);
        long n = 0;
        char *out = S_stream(e, path, 1, &n);
        INT_EQ(n, 1);
        T_REPORT(out && strstr(out, "\"source\":\"BGDCOP\""), "JSON dateline gave %s", out);
        free(out);
    } else if (f) {
        fclose(f);
    }
    if (fd >= 0)
        unlink(path);
    dyad_engine_free(e);
}

/* An office of a state named with no country ("the interior minister", "the agriculture
 * minister", "the cabinet") is the story's home state by S_home's rule, when nothing
 * nearer places it: not in a story whose first sentence names two states, not acting on
 * its own country named bare, and not a firm's president. */
static void test_home_office(void)
{
    static const S_check set[] = {
        {"2024-02-13",
         "Pakistan's largest opposition party on Tuesday accused the army of stealing last "
         "week's vote. Its leaders said thousands of supporters would march on Friday. The "
         "interior minister warned the marchers against blocking the highway.",
         "PAKGOV --- 130", NULL},
        {"1987-03-20",
         "Argentine grain farmers blocked roads on Monday to protest against export taxes. "
         "Farm leaders said the blockades would go on all week. The agriculture minister "
         "urged the farmers to end the protest.",
         "ARGGOVAGR ARGAGR 020", NULL},
        /* a defence minister's agents are the armed forces' */
        {"2024-02-13",
         "Pakistan's largest opposition party on Tuesday accused the army of stealing last "
         "week's vote. Its leaders said thousands of supporters would march on Friday. The "
         "defence minister warned the marchers against blocking the highway.",
         "PAKMIL --- 130", NULL},
        {"2024-02-13",
         "Pakistan's largest opposition party on Tuesday accused the army of stealing last "
         "week's vote. Defence Minister Omar Qadir denounced India on Wednesday.",
         "PAKMIL IND 111", NULL},
        /* guards */
        {"2024-02-13",
         "Pakistan's largest opposition party on Tuesday accused the army of stealing last "
         "week's vote. Its leaders said thousands of supporters would march on Friday. The "
         "government accused Pakistan of lying.",
         "---GOV PAK 112", NULL},
        {"2024-03-02",
         "China and the Philippines traded accusations on Monday over a collision near a "
         "disputed shoal. Fishermen said their boats had been rammed. The cabinet warned the "
         "fishermen against sailing there.",
         NULL, "PHLGOV"},
        {"1987-04-08",
         "Acme Electronics Corp of Canada said on Tuesday its profit fell 20 pct on weak chip "
         "sales. The company said it would cut 500 jobs. The president criticised the union.",
         NULL, "CANGOV"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A state's armed forces or authorities named with no country ("the army", "the
 * military", "the army chief", "the authorities") are the story's home state by the
 * rule of its offices (S_home_office), when the sentences before name several states:
 * not in a story of two states at odds, whose first sentence names both. A state named
 * after such an office in its sentence is what it speaks of; one named before it as a
 * place still keeps it from the home state. */
static void test_home_forces(void)
{
    static const S_check set[] = {
        {"2021-02-02",
         "Myanmar's generals seized power on Monday. China and India urged Myanmar to free "
         "the detainees. The army accused Thailand of sheltering rebels.",
         "MMRMIL THA 112", NULL},
        {"2022-07-11",
         "Sri Lanka's president fled the capital on Saturday. India and China sent aid to "
         "Sri Lanka. The U.N. called on the authorities to free the detained students.",
         "IGOUNO LKAGOV 02", NULL},
        {"2024-02-13",
         "Pakistan's opposition marched on Monday. India and Iran urged Pakistan to keep "
         "calm. The army chief accused Afghanistan of arming militants.",
         "PAKMIL AFG 112", NULL},
        /* a state named after the office is what it speaks of, no place of its own */
        {"2022-01-10",
         "Mali's military rulers dissolved parliament on Monday. Senegal and Niger closed "
         "their borders with Mali. The junta denied France's charge, saying only Russian "
         "advisers were in the country.",
         "MLIGOV FRA 016", NULL},
        {"2022-01-10",
         "Mali's military rulers dissolved parliament on Monday. Senegal and Niger closed "
         "their borders with Mali. The army accused Algeria of arming rebels, saying Russian "
         "instructors had arrived.",
         "MLIMIL DZA", NULL},
        /* guards: a story of two states at odds; a place before the office */
        {"2022-09-14",
         "Armenia and Azerbaijan traded fire along their border on Tuesday. Russia and France "
         "urged restraint. The army accused Iran of meddling.",
         NULL, "ARMMIL"},
        {"2022-01-10",
         "Mali's military rulers dissolved parliament on Monday. Senegal and Niger closed "
         "their borders with Mali. At a meeting in Dakar, the government accused France of "
         "meddling.",
         NULL, "MLIGOV"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A state's people named by their plural demonym are asked to act by their own
 * government (02), though no other act of the state's on its bare code is one; a thing
 * of the state's ("German industry") stays none. */
static void test_people_asked(void)
{
    static const S_check set[] = {
        {"2022-01-14",
         "Colonel Assimi Goita called on Malians to rally in Bamako against the sanctions.",
         "MLIGOV MLI 02", NULL},
        {"2022-03-02", "The Kremlin urged Russians to stay calm.", "RUSGOV RUS 02", NULL},
        {"2022-03-02", "The Kremlin praised Russians for their calm.", NULL, "RUSGOV RUS"},
        {"2022-03-02", "Berlin urged German industry to invest more.", NULL, "DEUGOV DEU"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* "Its two allies", "its two neighbours": states counted by their tie to the possessor
 * are the two named before, not the possessor; "their two leaders" stays the pair's. */
static void test_tied_states(void)
{
    static const S_check set[] = {
        {"2019-07-10",
         "Seoul and Tokyo traded charges over export curbs. Washington urged its two allies "
         "to resolve the row through talks.",
         "USAGOV KOR 02", NULL},
        {"2020-06-17",
         "Chinese and Indian troops clashed in the Himalayas. Nepal urged its two neighbours "
         "to show restraint.",
         "NPL IND 02", NULL},
        {"2021-03-02",
         "Armenia and Azerbaijan fought a war last year. Their two leaders met in Brussels.",
         "ARMGOV AZEGOV 04", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* An office of a state named with no country that is the other party of an event with
 * that country's own lawmakers, opposition, courts or unions is that country's, also in
 * a story of other states (S_estate_office); not with its press, which may speak of
 * any government. */
static void test_estate_office(void)
{
    static const S_check set[] = {
        {"2020-01-06",
         "Iran and the United States traded threats on Monday. Britain urged calm. Iraq's "
         "parliament called on the government to expel foreign troops.",
         "IRQLEG IRQGOV 02", NULL},
        {"2020-01-06",
         "France and Germany agreed on a budget deal on Monday. Italy objected. Spanish "
         "opposition lawmakers accused the army of spying on them.",
         "ESPOPPLEG ESPMIL 112", NULL},
        /* guard */
        {"2020-01-06",
         "France and Germany agreed on a budget deal on Monday. Italy objected. A Spanish "
         "newspaper criticised the government.",
         NULL, "ESPGOV"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A compound subject whose second part has a determiner, before a modal or a verb,
 * gives the pair both ways when the parser read the first part as the sentence's noun
 * phrase, the pair in a "between" phrase, or the first part as the object of "said"
 * (S_repair_name_clause in ptb.c). */
static void test_compound_subject_clause(void)
{
    static const S_case set[] = {
        {"1987-03-18", "Israel and the Palestinians will resume talks next month.",
         "PSE ISR 046 planned"},
        {"1987-03-18", "Nicaragua and the Contras will resume ceasefire talks on Monday.",
         "NIC NICREB 046 planned"},
        {"2022-10-19",
         "Ethiopia and the Tigrayan rebels will resume peace talks in Pretoria on Friday.",
         "ETH ETHREB 046 planned"},
        {"1987-03-18",
         "Negotiations between France and the Netherlands resumed in Paris on Monday.",
         "NLD FRA 046 asserted"},
        {"2024-04-10",
         "The talks between Greece and the Netherlands will resume in Athens on Monday.",
         "NLD GRC 046 planned"},
        {"1987-03-18",
         "The minister said Japan and the United States will open trade talks on Friday.",
         "USA JPN 046 planned"},
    };
    dyad_engine *e = S_unknown_engine();
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    dyad_engine_free(e);
}

/* A compound subject of a reported "would" is no clause boundary: "said A and B would"
 * reports a plan as "said the two countries would" does, and an "if" after it still
 * makes it hypothetical (out of the default output). */
static void test_reported_compound_would(void)
{
    static const S_case set[] = {
        {"1987-03-18", "Officials said Kenya and Somalia would sign a trade pact next week.",
         "KEN SOM 057 planned"},
        {"1987-03-18", "The ministry said Britain and France would send food aid to Sudan.",
         "FRA SDN 073 planned"},
        {"1987-03-18",
         "A spokesman said Egypt, Jordan and Israel would hold talks in Cairo on Monday.",
         "JOR ISR 046 planned"},
        {"2024-04-10",
         "A government spokesperson said Kenya and Ethiopia would sign a security agreement "
         "on Tuesday.",
         "ETH KEN 057 planned"},
        {"2023-09-12",
         "Diplomats said Hungary and the European Commission would resume talks on frozen "
         "funds.",
         "HUN IGOEUREEC 046 planned"},
    };
    char got[1024];
    dyad_engine *e = S_unknown_engine();
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    if (e) { /* hypothetical: out of the default output */
        S_code(e, "2023-09-12",
               "The minister said Britain and France would send food aid to Sudan if the "
               "fighting stopped.",
               got, sizeof got);
        STR_EQ(got, "");
    }
    dyad_engine_free(e);
}

/* Talks of a state and the rebels fighting it (or its opposition), named as one subject,
 * are each side's with the other: the rebels' talks with the bare state are no act of
 * the state's own towards itself. */
static void test_state_rebel_talks(void)
{
    static const S_case set[] = {
        {"1987-03-18", "Nicaragua and the Contras will resume ceasefire talks on Monday.",
         "NICREB NIC 046 planned"},
        {"2024-04-10", "Colombia and the ELN will resume peace talks in Havana next week.",
         "COLREB COL 046 planned"},
        {"2022-10-19",
         "Ethiopia and the Tigrayan rebels will resume peace talks in Pretoria on Friday.",
         "ETHREB ETH 046 planned"},
        {"2021-08-10", "Venezuela and the opposition will resume talks in Mexico City on Friday.",
         "VENOPP VEN 046 planned"},
    };
    dyad_engine *e = S_unknown_engine();
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    dyad_engine_free(e);
}

/* "the Gulf states" before a modal is a subject, not a clause of its own whose verb is
 * "states": its meeting with a party named with it, or its aid, is coded, and a
 * reported one is not its reporter's. */
static void test_states_before_modal(void)
{
    static const S_case set[] = {
        {"2024-04-10", "Egypt and the Gulf states will hold a summit in Cairo.",
         "EGY PGS 040 planned"},
        {"1987-03-18", "The Gulf states will send more aid to Sudan.", "PGS SDN 071 planned"},
        {"1987-03-18", "Kuwait said the Gulf states would hold a summit with Iraq in December.",
         "PGS IRQ 040 planned"},
    };
    dyad_engine *e = S_unknown_engine();
    S_code_cases(e, set, sizeof set / sizeof *set, 1);
    dyad_engine_free(e);
}

/* A deal or a truce signed, reached, agreed, concluded, struck or negotiated "between"
 * two parties, as a participle on its noun or in the passive, is theirs, one with the
 * other: the clause names no doer before the verb, so nothing was coded, or the deal's
 * act went to no one ("---"), or "struck" was read as a blow. */
static void test_pact_between(void)
{
    static const S_case set[] = {
        {"2024-03-06", "A trade pact signed on Monday between Vietnam and Australia cuts "
                       "tariffs on beef.",
         "VNM AUS 057 asserted"},
        {"2024-03-06", "The truce was reached between Armenia and Azerbaijan after days of talks.",
         "ARM AZE 0871 asserted"},
        {"2024-03-06", "A ceasefire agreed between Israel and Hamas took effect on Sunday.",
         "ISR PSEREB 0871 asserted"},
        {"2024-03-06", "A prisoner swap agreed between Moscow and Kyiv took place on Friday.",
         "RUSGOV UKRGOV 057 asserted"},
        {"2024-03-06", "The grain deal struck between Russia and Ukraine expired in July.",
         "RUS UKR 057 asserted"},
        {"2024-03-06", "A truce was struck between Armenia and Azerbaijan on Friday.",
         "ARM AZE 0871 asserted"},
        {"2024-03-06", "The arms treaty negotiated between Washington and Moscow limits "
                       "medium-range missiles.",
         "USAGOV RUSGOV 046 asserted"},
        {"1987-03-18", "Credits for Italian exports depend on a deal reached last month "
                       "between Italy and Algeria.",
         "ITA DZA 057 asserted"},
        {"1987-03-18", "A defence pact was concluded between France and Greece on Tuesday.",
         "FRA GRC 057 asserted"},
        {"1987-03-18", "A new fishing accord was signed between Tokyo and Moscow yesterday.",
         "JPNGOV SUNGOV 057 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    char got[1024];
    /* the deal is no blow, and the truce no mere intent of no one's */
    S_code(e, "2024-03-06", "The grain deal struck between Russia and Ukraine expired in July.",
           got, sizeof got);
    OK(e == NULL || strstr(got, " 195 ") == NULL);
    /* rockets that strike between two places strike them, whatever truce came before */
    S_code(e, "2024-03-06",
           "The ceasefire collapsed as rockets struck between Israel and Lebanon on Sunday.", got,
           sizeof got);
    OK(e == NULL || strstr(got, " 0871 ") == NULL);
    S_code(e, "2024-03-06", "A ceasefire agreed between Israel and Hamas took effect on Sunday.",
           got, sizeof got);
    OK(e == NULL || strstr(got, "--- ") == NULL);
    dyad_engine_free(e);
}

/* Two offices of one government, each named in its own words, are two parties: what
 * one asks of the other is a domestic event. One party named twice, one dictionary
 * entry's two names, or a budget's transfer between offices is none. */
static void test_two_offices(void)
{
    static const S_case set[] = {
        {"1987-03-18", "Treasury Secretary James Baker asked the White House to delay the tariff.",
         "USAGOV USAGOV 020 asserted"},
        {"2024-03-05",
         "U.S. Commerce Secretary Gina Raimondo urged the White House to tighten chip export "
         "rules.",
         "USAGOV USAGOV 020 asserted"},
        {"2024-03-05", "President Joe Biden met Vice President Kamala Harris on Tuesday.",
         "USAGOV USAGOV 040 asserted"},
    };
    static const char *const none[] = {
        "The White House urged Washington to act on Tuesday.",
        "The plan was in a study the Interior Department sent to the White House last week.",
    };
    char got[1024];
    dyad_engine *e = S_engine(0, NULL);
    S_code_cases(e, set, sizeof set / sizeof *set, 1);
    for (size_t i = 0; e && i < sizeof none / sizeof *none; i++) {
        S_code(e, "2024-03-05", none[i], got, sizeof got);
        STR_EQ(got, "");
    }
    dyad_engine_free(e);
}

/* An office an earlier organisation owns keeps the organisation's whole code, a state's
 * its country: "its spokesman" after NATO is NATO's (IGOWSTNATGOV), not an unknown
 * body of the West's (IGOWSTGOV, the key alone). */
static void test_owner_code(void)
{
    static const S_case set[] = {
        {"2024-07-11", "NATO met in Vilnius on Tuesday. Its spokesman criticised Russia.",
         "IGOWSTNATGOV RUS 111 asserted"},
        {"2024-07-11", "Russia held talks in Geneva on Monday. Its foreign minister criticised "
                       "Ukraine.",
         "RUSGOV UKR 111 asserted"},
    };
    dyad_engine *e = S_engine(0, NULL);
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    dyad_engine_free(e);
}

/* "Its" before an office or members, after a group of an organisation's people who met
 * in a city, is the organisation's; before a place's office it is the city's still. */
static void test_its_body_office(void)
{
    static const S_case set[] = {
        {"2024-07-11",
         "NATO leaders met in Vilnius on Tuesday. Its secretary general criticised Russia.",
         "IGOWSTNATGOV RUS 111 asserted"},
        {"1987-03-18",
         "OPEC ministers gathered in Vienna on Monday. Its secretary general urged Saudi "
         "Arabia to cut output.",
         "IGOBUSOPCGOV SAU 020 asserted"},
        {"2024-07-11", "EU leaders met in Madrid on Tuesday. Its member states criticised Russia.",
         "IGOEUREECGOV RUS 111 asserted"},
        {"2024-07-11", "NATO leaders met in Vilnius on Tuesday. Its mayor criticised Russia.",
         "LTUGOV RUS 111 asserted"},
    };
    dyad_engine *e = S_engine(0, NULL);
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    dyad_engine_free(e);
}

/* An amount or its change as the subject ("a fall in U.S. interest rates has helped
 * Mexico") does nothing, and the actor it measures is no doer; an amount of acts ("a
 * surge in Russian attacks") is those acts, and an amount after the verb leaves its
 * subject alone. */
static void test_amount_doer(void)
{
    static const S_check set[] = {
        {"2024-02-01", "A fall in U.S. interest rates has helped Mexico, the finance minister said.",
         NULL, " 070 "},
        {"2023-05-10",
         "The sharp rise in the count of Chinese students at Melbourne has helped the "
         "Australian economy, officials said.",
         NULL, " 070 "},
        {"1987-03-12", "A decline in Brazilian coffee output has helped Colombia, traders said.",
         NULL, " 070 "},
        {"1987-03-12",
         "Officials said profits from sales of Soviet gold to Swiss banks had been used to aid "
         "Cuba.",
         NULL, " 070 "},
        {"2024-02-01", "A surge in Russian attacks killed 20 people in Kharkiv.",
         "RUS UKR 190 asserted", NULL},
        {"1987-03-12", "Japan helped Thailand after the drop in rice prices.",
         "JPN THA 070 asserted", NULL},
        {"2024-02-01", "The leaders of France and Germany pledged more aid to Ukraine.",
         "FRAGOV UKR 0331 asserted", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* Coordinated modifiers inside a member of a compound share their noun there too:
 * "French and British jets and drones" are French jets, British jets and drones. */
static void test_nested_modifiers(void)
{
    static const S_check set[] = {
        {"2024-01-12", "French and British jets and drones struck rebel depots in Libya on Sunday.",
         "GBRMIL LBY 195 asserted", NULL},
        {"2024-01-12", "French and British jets and drones struck rebel depots in Libya on Sunday.",
         "FRAMIL LBY 195 asserted", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* "The countries" with one party named before it in its own sentence are that one and
 * the other of the sentence before, when the two sentences name just two; naming three,
 * they are no pair the coder may pick. */
static void test_countries_named_before(void)
{
    dyad_engine *e = S_unknown_engine();
    char got[1024] = "";
    if (e)
        S_code(e, "2024-01-12",
               "President Joe Biden visited Mexico on Monday. Biden said the countries would "
               "upgrade their ties.",
               got, sizeof got);
    OK(!e || (strstr(got, "USA MEX 050 planned") != NULL &&
              strstr(got, "MEX USA 050 planned") != NULL));
    if (e)
        S_code(e, "2024-01-12",
               "President Joe Biden visited Mexico and Canada on Monday. Biden said the "
               "countries would upgrade their ties.",
               got, sizeof got);
    OK(!e || strstr(got, "USA MEX 050") == NULL);
    dyad_engine_free(e);
}

/* A question asked of no one named ("was asked by reporters whether ...", "when asked
 * about ...") is no appeal; asking someone named, asking for something and asking
 * someone to act still are. */
static void test_asked_question(void)
{
    static const S_check set[] = {
        {"2024-02-01",
         "Blinken was asked by reporters whether Washington would send more troops to Poland.",
         NULL, " 020 "},
        {"1987-03-12", "Reagan was asked by a reporter if he would meet Gorbachev again this year.",
         NULL, " 020 "},
        {"1987-03-12", "\"We will see,\" Shultz said when asked about the Soviet proposal.", NULL,
         " 020 "},
        {"2024-02-01", "Japan asked the United States whether it could delay the tariffs.",
         "JPN USA 020 asserted", NULL},
        {"1987-03-12", "Kuwait asked about protection for its tankers from the United States.",
         "KWT USA 0234 asserted", NULL},
        {"2024-02-01", "Egypt was asked by Israel to open the Rafah crossing.",
         "ISR EGY 020 asserted", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* "X said S and warned Y": the act joined after a reported clause is the sayer's when
 * that clause's subject is a thing or its verb a copula; not when the reported subject
 * is a party that can act itself. */
static void test_report_then_act(void)
{
    static const S_case set[] = {
        {"2024-05-01", "Iran said the reports were baseless and warned the United States "
                       "against any attack.",
         "IRN USA 13"},
        {"2024-05-01", "The Chinese foreign minister said the talks had been useful and "
                       "invited his Indian counterpart to Beijing.",
         "CHNGOV IND 020 asserted"},
        {"2024-05-01", "Manila said the incident had been deliberate and accused Beijing of "
                       "bullying its fishermen.",
         "PHLGOV CHNGOV 112 asserted"},
        {"1987-03-18", "Iraq said the attack had been repelled and warned Iran of a heavy "
                       "price.",
         "IRQ IRN 130 asserted"},
        {"1987-03-18", "Japan said the Soviet proposal was unacceptable and urged Moscow to "
                       "return the islands.",
         "JPN SUNGOV 0"},
        {"1987-03-18", "Japan said the Soviet proposal was unacceptable and called on "
                       "Moscow to return the islands.",
         "JPN SUNGOV 020 asserted"},
        /* the reported subject who can act keeps the act */
        {"2024-05-01", "Officials said Russia had massed troops and warned Ukraine.",
         "RUS UKR 130 asserted"},
        {"2024-05-01", "Officials said Russia had massed troops and invited Belarus to join "
                       "the drills.",
         "RUS BLR 0"},
    };
    dyad_engine *e = S_unknown_engine();
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    char got[1024];
    /* a report that warns is no party: nothing is coded */
    S_code(e, "2024-05-01", "The report said the troops had withdrawn and warned of shortages.",
           got, sizeof got);
    OK(e == NULL || strstr(got, " 130 ") == NULL);
    dyad_engine_free(e);
}

/* An attack a party is warned against is the other side's: the warning is a threat of
 * no named act (130), not a threat to attack (1384); an attack threatened stays one. */
static void test_warned_against_attack(void)
{
    static const S_case set[] = {
        {"2024-05-01", "Tehran warned Israel against an attack on its nuclear sites.",
         "IRNGOV ISR 130 asserted"},
        {"1987-06-01", "The Soviet Union warned Iran against attacks on its ships in the Gulf.",
         "SUN IRN 130 asserted"},
        {"2024-05-01", "Hezbollah threatened attacks against Israel.", "LBNREB ISR 1384 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    dyad_engine_free(e);
}

/* A list of names that the parser cut at a later member's determiner ("..., the
 * Houthis and Hezbollah") keeps every member as a party. */
static void test_list_cut_at_article(void)
{
    static const S_case set[] = {
        {"2024-07-30",
         "Managua ordered envoys from Brazil, Chile, Costa Rica, Panama, the Dominican "
         "Republic and Uruguay to leave.",
         "NICGOV DOMGOV 174 asserted"},
        {"2024-07-30",
         "Managua ordered envoys from Brazil, Chile, Costa Rica, Panama, the Dominican "
         "Republic and Uruguay to leave.",
         "NICGOV URYGOV 174 asserted"},
        {"2024-05-01",
         "The United States warned Iran, Syria, Iraq, the Houthis and Hezbollah against "
         "attacking its forces.",
         "USA LBNREB 130 asserted"},
        {"1987-06-01",
         "Moscow banned imports from Canada, Australia, Norway, the United States and Britain.",
         "SUNGOV GBR 163 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    dyad_engine_free(e);
}

/* "their X" of several doers is their own, as a single doer's "its X" is: a party named
 * after it is the target, and a hostile deed on it is no act of one doer on another;
 * acts done both ways, and words or cooperation on what they share, stay between them. */
static void test_doers_own_thing(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Egypt and Jordan closed their borders with Syria.",
         "JOR SYR 191 asserted", NULL},
        {"2024-05-01", "Egypt and Jordan closed their borders with Syria.", NULL, "EGY JOR"},
        {"2024-05-01", "Jordan and Egypt sealed their borders.", NULL, " 191 "},
        {"2024-05-01",
         "Egypt and Jordan cut ties with Qatar. The two countries also recalled their envoys "
         "from Doha.",
         "JOR QATGOV 161 asserted", NULL},
        {"2024-05-01",
         "Egypt and Jordan cut ties with Qatar. The two countries also recalled their envoys "
         "from Doha.",
         NULL, "EGY JORGOV"},
        {"2024-05-01", "Egypt and Turkey withdrew their ambassadors.",
         "TUR EGYGOV 161 asserted", NULL},
        {"2024-05-01", "China and Russia pledged to deepen their partnership.",
         "RUS CHN 030 asserted", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* Several doers' accord, talks or truce with a participle's doer after its noun ("an
 * accord brokered by X") is between the doers; X is a third party, not their partner. */
static void test_broker_no_partner(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Gondor and Rohan signed an accord brokered by France.", NULL,
         "FRA 057"},
        {"2024-05-01", "Peru and Chile concluded a truce mediated by Brazil on Friday.",
         "CHL PER 0", NULL},
        {"2024-05-01", "Peru and Chile concluded a truce mediated by Brazil on Friday.", NULL,
         "PER BRA"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* "Both sides", "the two sides" after a state's forces and the rebels who fight them are
 * those two, not one country counted once. */
static void test_two_sides_of_one_state(void)
{
    static const S_check set[] = {
        {"2024-05-01",
         "Sudan's government and the rebels signed a truce on Monday. France praised both "
         "sides.",
         "FRA SDNREB 051 asserted", NULL},
        {"2024-05-01",
         "The Chadian army and the rebels clashed near the border. Libya urged the two "
         "sides to stop the fighting.",
         "LBY TCDMIL 020 asserted", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* "accused A and B of ...": the charge is against both, when the parser hung its
 * clause on the last name. */
static void test_list_charged(void)
{
    static const S_case set[] = {
        {"2024-05-01", "Moscow accused Washington and London of arming Kyiv.",
         "RUSGOV GBRGOV 112 asserted"},
        {"2024-05-01", "Venezuela accused Colombia and the United States of plotting a coup.",
         "VEN USA 112 asserted"},
        {"1987-06-01", "Iran accused Saudi Arabia and Bahrain of meddling in its affairs.",
         "IRN BHR 112 asserted"},
    };
    dyad_engine *e = S_unknown_engine();
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    dyad_engine_free(e);
}

/* "the five governments" after a list of five states names them all, as "the two
 * countries" names a pair; a bare "Seven" ("the Group of Seven") counts no parties. */
static void test_counted_beyond_four(void)
{
    static const S_case set[] = {
        {"2024-03-01",
         "Russia expelled diplomats from Britain, France, Germany, Italy and Poland, accusing "
         "the five governments of meddling in its election.",
         "RUS ITAGOV 112 asserted"},
        {"2024-07-30",
         "Managua ordered envoys from Brazil, Chile, Costa Rica, Panama, the Dominican "
         "Republic and Uruguay to leave, accusing the six governments of meddling in its "
         "affairs.",
         "NICGOV URYGOV 112 asserted"},
        {"1987-04-07",
         "Nakasone and Reagan will reaffirm the Venice and Tokyo Group of Seven (G-7) accords "
         "on trade when they meet this week.",
         "JPNGOV USAGOV 040 planned"},
    };
    dyad_engine *e = S_unknown_engine();
    S_code_cases(e, set, sizeof set / sizeof *set, 0);
    dyad_engine_free(e);
}

/* "trade" on a market prices what is dealt in: no one trades with anyone, whether the
 * subject is the thing dealt in (the set &TRADED_) or a firm whose price is told (a
 * figure, a price's word or a move after the verb); a partner or an agreement to trade
 * keeps its event. */
static void test_market_trade(void)
{
    static const S_check set[] = {
        {"1987-03-02",
         "Indonesian grades were trading above their official prices on demand from Japan.",
         NULL, " 061 "},
        {"1987-03-02", "Iceland's new bonds traded outside their fees on Friday.", NULL, " 061 "},
        {"1987-03-02", "A Dutch shipping firm was trading at 21-3/8, down 1/4.", NULL, " 061 "},
        {"2024-04-08", "The yen traded lower against the dollar in New York.", NULL, " 061 "},
        {"2024-04-08", "Brent crude traded near 85 dollars a barrel in London on Monday.", NULL,
         " 061 "},
        {"1987-03-02", "Japan and the United States trade more than 80 billion dlrs a year.",
         "JPN USA 061 asserted", NULL},
        {"1987-03-02", "Cuba traded with the Soviet Union at a loss last year.",
         "CUB SUN 061 asserted", NULL},
        {"2024-04-08", "India agreed to trade oil with Russia in rupees.", "IND RUS 030", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A sea named after a state is no party at it; the state itself still is. */
static void test_sea_named(void)
{
    static const S_check set[] = {
        {"2024-05-10", "Iran seized an oil tanker in the Gulf of Oman on Thursday.", NULL,
         "IRN OMN"},
        {"2024-05-10", "Houthi rebels attacked a cargo ship in the Gulf of Aden.", NULL,
         "YEMGOV 19"},
        {"2024-05-10", "Israeli warships shelled the coast of Lebanon on Friday.",
         "ISRMIL LBN 19", NULL},
        {"2024-05-10", "Iran seized a tanker bound for Oman on Thursday.", "IRN OMN", NULL},
    };
    S_checks(0, set, sizeof set / sizeof *set);
}

/* A curfew, martial law or a state of emergency that a state named bare, or a place it
 * owns, imposes on no one named is its government's on its own country, in every
 * modality. */
static void test_state_home_bare(void)
{
    static const S_check set[] = {
        {"2024-05-10", "Poland declared a state of emergency along its eastern border on "
                       "Thursday.", "POLGOV POL 1724 asserted", NULL},
        {"2024-05-10", "Peru imposed a nightly curfew in Lima on Monday.",
         "PERGOV PER 1723 asserted", NULL},
        {"2024-05-10", "Peru will impose a curfew on Friday.", "PERGOV PER 1723 planned",
         NULL},
        {"2024-05-10", "Poland did not declare a state of emergency.",
         "POLGOV POL 1724 negated", NULL},
        {"2024-05-10", "Peru's biggest city imposed a curfew on Monday.",
         "PERGOV PER 1723 asserted", NULL},
    };
    S_checks(~0u, set, sizeof set / sizeof *set);
}

/* Crowds who break into or ransack a building riot (145) where they are, against the
 * building's owner; soldiers who do so attack (19), and thieves are no party. */
static void test_crowd_break_in(void)
{
    static const S_check set[] = {
        {"2024-05-10", "Hundreds of protesters broke into the parliament building in Colombo "
                       "on Saturday.", "LKA LKAGOVLEG 145", NULL},
        {"2024-05-10", "Rioters ransacked the parliament building in Colombo on Saturday.",
         "LKA LKAGOVLEG 145", NULL},
        {"2024-05-10", "Soldiers broke into the parliament building in Colombo on Saturday.",
         NULL, " 145 "},
        {"2024-05-10", "Thieves ransacked the offices of the ruling party in Dhaka.", NULL,
         " 145 "},
    };
    S_checks(0, set, sizeof set / sizeof *set);
}

/* People named before an adjective phrase with a complement are the doers, not whom
 * they feel for or against ("Protesters angry at the government"), also when no one
 * knows them. */
static void test_felt_object(void)
{
    static const S_check set[] = {
        {"2024-05-10", "Protesters angry at the government attacked the French embassy in "
                       "Kinshasa.", "CODOPP FRAGOV 145", NULL},
        {"2024-05-10", "Protesters angry at the government attacked the French embassy.", NULL,
         "---GOV FRAGOV"},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A round-up's later item opens with its own dateline: the place is no doer of the
 * item's first sentence; a capital that is the subject after it still is. */
static void test_item_dateline(void)
{
    static const char *const roundup =
        "LONDON (Reuters) - Oil prices rose on Monday.\n\n"
        "    ROME - Israel's foreign minister discussed the Middle East with Soviet officials.\n\n"
        "    ATHENS - Greece and Bulgaria have reached agreement on a new rail link.\n\n"
        "    WASHINGTON - Washington warned Moscow against new tests.";
    static const char *const modern =
        "Talks resumed on Monday.\n\nNEW DELHI - Farmers staged a large rally to press their "
        "demands on Sunday.";
    static const S_check set[] = {
        {"1987-04-07", roundup, "ISRGOV SUNGOV 040", NULL},
        {"1987-04-07", roundup, NULL, "ITAGOV"},
        {"1987-04-07", roundup, NULL, "GRCGOV"},
        {"1987-04-07", roundup, "USAGOV SUNGOV 130", NULL},
        {"2024-10-03", modern, NULL, "INDGOV"},
        {"2024-10-03", modern, " 141 ", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* An opening phrase the parser read as the sentence's root ("Ahead of the summit, X held
 * talks") keeps the clause after it, and a title split from its name after an opening
 * phrase still names the subject; a predicate with its own subject is no opening
 * phrase. A name split in two after a preposition is one name. */
static void test_opening_clause(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Ahead of the summit, Turkish Foreign Minister Hakan Fidan held talks "
         "with the Vietnamese president.",
         "TURGOV VNMGOV 04", NULL},
        {"2024-05-01", "In a phone call with Modi, Japanese Prime Minister Fumio Kishida "
         "praised India.",
         "JPNGOV IND 051", NULL},
        {"2024-05-01", "Japan is not entirely happy with the American trade bill either, "
         "particularly its proposal on market access, officials said.",
         "JPN USA 111", NULL},
        {"2024-05-01", "Egypt is unhappy with the Israeli plan, particularly its proposal to "
         "build a wall, officials said.",
         "EGY ISR 111", NULL},
        /* a two-word country after a preposition, read as "to South" and an object
         * "Korea" */
        {"2024-05-01", "Kishida traveled to South Korea on Monday.", "JPNGOV KOR 042", NULL},
        {"2024-05-01", "Japan apologised to South Africa for the killing of two fishermen.",
         "JPN ZAF 055", NULL},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A call the sentence opens with, or that a verb of no event was said in, is the call
 * with the one it was with, both ways. */
static void test_call_opening(void)
{
    static const S_check set[] = {
        {"2024-05-01", "In a phone call with Modi, Japanese Prime Minister Fumio Kishida "
         "praised India.",
         "INDGOV JPNGOV 041", NULL},
        {"2024-05-01", "Xi said in a phone call with Putin that China backed Russia.",
         "RUSGOV CHNGOV 041", NULL},
        {"2024-05-01", "During a phone call with Putin, Xi said the two countries were friends.",
         "CHNGOV RUSGOV 041", NULL},
        {"2024-05-01", "Xi did not say in a phone call with Putin that China backed Russia.",
         NULL, " 041 "},
    };
    S_unknown_checks(set, sizeof set / sizeof *set);
}

/* A name set beside a description of one person that places it nowhere ("Halbarad
 * Dunadan, a farmer,", "..., a senior official,") is a person coreference remembers,
 * though nothing is known of it: a later "he" or "he said" means that one, unknown,
 * rather than a known man named before it; one the description places is that
 * country's, and a known man named after it still speaks. */
static void test_described_person(void)
{
    static const char *const zel =
        "Ukrainian President Volodymyr Zelensky spoke in Kyiv on Monday. ";
    static const char *const quote =
        " \"Russia must leave our land. Its troops must go home,\" he said.";
    static const struct {
        const char *mid, *end, *want, *none;
    } set[] = {
        {"Halbarad Dunadan, a farmer, lost a son in the war.", quote, NULL, "UKRGOV RUS"},
        {"Halbarad Dunadan, a senior official, lost a son in the war.", quote, NULL,
         "UKRGOV RUS"},
        {"Halbarad Dunadan, a farmer, lost a son in the war.", " He criticized Russia.", NULL,
         "UKRGOV RUS"},
        {"Halbarad Dunadan, a Ukrainian farmer, lost a son in the war.", quote, "UKRAGR RUS 100",
         NULL},
        {"Halbarad Dunadan lost a son in the war.", quote, "UKRGOV RUS 100", NULL},
    };
    dyad_engine *e = S_engine(0, NULL);
    char text[512], got[1024];
    for (size_t i = 0; e && i < sizeof set / sizeof *set; i++) {
        snprintf(text, sizeof text, "%s%s%s", zel, set[i].mid, set[i].end);
        S_code(e, "2024-03-05", text, got, sizeof got);
        T_REPORT(set[i].want ? strstr(got, set[i].want) != NULL
                             : strstr(got, set[i].none) == NULL,
                 "\"%s\" gave \"%s\"", text, got);
    }
    /* named before the known man, the described one does not speak */
    snprintf(text, sizeof text, "Halbarad Dunadan, a farmer, lost a son in the war. %s%s", zel,
             quote + 1);
    if (e)
        S_code(e, "2024-03-05", text, got, sizeof got);
    OK(!e || strstr(got, "UKRGOV RUS 100") != NULL);
    dyad_engine_free(e);
}

/* Sides that failed to agree on a truce made none and did nothing else (the gold
 * conventions: "failed to reach a deal" is an absent negated 057): the truce is coded
 * negated, both ways, also for "the two sides" of the sentence before, and no
 * rejection or agreement is asserted. */
static void test_failed_agreement(void)
{
    static const S_check set[] = {
        {"2024-05-01", "Israel and Hamas failed to agree on a truce.",
         "ISR PSEREB 0871 negated", NULL},
        {"2024-05-01", "Israel and Hamas failed to agree on a truce.",
         "PSEREB ISR 0871 negated", NULL},
        {"2024-05-01", "Israel and Hamas failed to agree on a truce.", NULL, " asserted"},
        {"2024-05-01",
         "Russia and Ukraine met in Istanbul on Monday. The two sides failed to agree on a "
         "truce.",
         "UKR RUS 0871 negated", NULL},
        {"2024-05-01",
         "Russia and Ukraine met in Istanbul on Monday. The two sides failed to agree on a "
         "truce.",
         NULL, "0871 asserted"},
    };
    dyad_engine *all = S_engine(~0u, NULL);
    S_code_checks(all, set, sizeof set / sizeof *set);
    dyad_engine_free(all);
}

int main(void)
{
    char got[2048];
    test_unknown_codes();
    test_charge_sets();
    test_fall();
    test_article_forgets();
    test_story_discard();
    test_anonymity();
    test_passive_agent();
    test_reported_arrest();
    test_fight_between();
    test_within_each_other();
    test_speaker_he();
    test_attended_talks();
    test_state_envoy();
    test_subject_set_off();
    test_exercises_together();
    test_setting();
    test_answer_participle();
    test_saying_duty();
    test_shipped_back();
    test_refusal_conjunct();
    test_shared_subject();
    test_gerund_time();
    test_home_journey();
    test_held_to_account();
    test_demands_sent();
    test_claim_clause();
    test_atrocity_charged();
    test_light_verbs();
    test_name_particles();
    test_chinese_titles();
    test_titled_person();
    test_surname_again();
    test_hung_participle();
    test_foreign_senate();
    test_owned_again();
    test_chamber_members();
    test_congress_abroad();
    test_office_capitals();
    test_he_again();
    test_europe_place();
    test_list_duty();
    test_report_set_off();
    test_report_coordinated();
    test_time_after_clause();
    test_mistagged_past();
    test_set_off_subject();
    test_relative_root();
    test_whose_owner();
    test_subject_relative();
    test_mediated_from_story();
    test_convened_talks();
    test_leaders_main_pair();
    test_rivals_main_pair();
    test_mediator_in_object();
    test_hosted_pairs();
    test_office_of_name_pp();
    test_shuttling();
    test_chairing();
    test_exercises_place();
    test_presidency_taken();
    test_body_members();
    test_body_community();
    test_armed_again();
    test_based_armed();
    test_role_again();
    test_charged_body();
    test_agency_initials();
    test_body_report();
    test_body_long_phrase();
    test_body_possessor();
    test_possessor_heads();
    test_us_georgia();
    test_claimed_attack();
    test_fired_counterattack();
    test_time_no_party();
    test_dismissal();
    test_possessor_region();
    test_attribution_in_phrase();
    test_judged_as();
    test_unowned_judged();
    test_quoted_charge();
    test_it_past_place();
    test_waged_force();
    test_fended_attack();
    test_struck_energy_site();
    test_act_modifier();
    test_vowed_force();
    test_inner_infinitive();
    test_trade_row();
    test_firm_cut();
    test_tender_reject();
    test_answered_request();
    test_adjunct_party();
    test_handed_to();
    test_handed_thing();
    test_press_audience();
    test_relative_object_shapes();
    test_worried_act();
    test_flat_verbs();
    test_claim_answered();
    test_claim_voiced();
    test_figures_disputed();
    test_praise_author();
    test_charge_answered_later();
    test_bare_denial_answered();
    test_demand_urged();
    test_act_named_again();
    test_policy_named_again();
    test_account_named_again();
    test_approval_named_again();
    test_aid_from_context();
    test_sanctions_again();
    test_envoy_recalled();
    test_led_and_drafted();
    test_junta_home();
    test_junta_acted_on();
    test_acronym_own_state();
    test_fired_into_sea();
    test_divided_halves();
    test_home_over_party();
    test_story_party();
    test_act_as_subject();
    test_by_doer();
    test_party_past_time();
    test_travel_for();
    test_attack_setting();
    test_torn_clause();
    test_hammer_out();
    test_body_officials();
    test_question_whether();
    test_origin_state();
    test_rule_doer();
    test_force_of();
    test_patient_agents();
    test_shook_hands();
    test_comma_gerund();
    test_subject_pp();
    test_outrage_drawn();
    test_headline_verbs();
    test_it_of_several();
    test_they_together();
    test_partners_along_with();
    test_deal_sought();
    test_put_on_hold();
    test_visit_by_delegation();
    test_tour_across();
    test_accompanied();
    test_visit_phrases();
    test_home_object();
    test_long_talk_topic();
    test_noun_act_spans();
    test_joined_doers();
    test_campaign_waged();
    test_entities_listed();
    test_repeated_preposition();
    test_withheld_frozen();
    test_quoted_predicate();
    test_locals_again();
    test_protest_aim();
    test_demonstrated_clause();
    test_price_charged();
    test_thing_participle();
    test_done_to_no_one();
    test_joined_balances();
    test_setting_no_target();
    test_any_country_no_target();
    test_hosted_troops();
    test_counted_crowd();
    test_gathered_outside();
    test_ambassador_posted();
    test_it_after_thing();
    test_missile_attack();
    test_led_body();
    test_country_office();
    test_unrest();
    test_home_state();
    test_home_victims();
    test_part_of_them();
    test_opposition_them();
    test_opposition_member();
    test_dateline_home();
    test_bare_arms_home();
    test_home_office();
    test_home_forces();
    test_people_asked();
    test_tied_states();
    test_estate_office();
    test_act_by_kind();
    test_compound_subject_clause();
    test_reported_compound_would();
    test_state_rebel_talks();
    test_states_before_modal();
    test_pact_between();
    test_two_offices();
    test_owner_code();
    test_its_body_office();
    test_amount_doer();
    test_countries_named_before();
    test_nested_modifiers();
    test_asked_question();
    test_report_then_act();
    test_warned_against_attack();
    test_list_cut_at_article();
    test_doers_own_thing();
    test_broker_no_partner();
    test_two_sides_of_one_state();
    test_list_charged();
    test_counted_beyond_four();
    test_market_trade();
    test_item_dateline();
    test_state_home_bare();
    test_crowd_break_in();
    test_felt_object();
    test_sea_named();
    test_opening_clause();
    test_call_opening();
    test_failed_agreement();
    test_described_person();
    dyad_engine *e = S_engine(0, NULL);
    if (!e)
        return T_done();

    /* an asserted attack, dated by "on Monday" against a Tuesday article */
    S_code(e, "2024-03-05", "Russian forces shelled the Ukrainian city of Kharkiv on Monday.", got,
           sizeof got);
    OK(strstr(got, "RUS") == got);
    OK(strstr(got, " UKR") != NULL);
    OK(strstr(got, " 19") != NULL);
    OK(strstr(got, "asserted 2024-03-04 relative") != NULL);
    /* arms that blast attack ("blasted by American warships") */
    S_code(e, "2024-05-01", "Two Iranian oil platforms were blasted by American warships.",
           got, sizeof got);
    OK(strstr(got, "USAMIL IRN 190") == got);
    /* a thing named by its country once and then by its noun is still that country's;
     * a later one named with no country is no one's */
    S_code(e, "2024-05-01",
           "Iran said a Kuwaiti oil rig was damaged on Sunday. Iraqi jets bombed the rig "
           "again on Monday.",
           got, sizeof got);
    OK(strstr(got, "IRQMIL KWT 195") != NULL);
    S_code(e, "2024-05-01",
           "Iran said a Kuwaiti oil rig was damaged on Sunday. Iran said a rig drilling for "
           "a private firm sank. Iraqi jets bombed the rig again on Monday.",
           got, sizeof got);
    OK(strstr(got, "KWT") == NULL);
    /* ... also by another noun of its kind, as one of them or by its place in their row */
    S_code(e, "2024-05-01",
           "Iraqi jets raided two Kuwaiti oil platforms on Sunday. One of the rigs was "
           "shelled again by Iraqi gunboats on Monday.",
           got, sizeof got);
    OK(strstr(got, "IRQMIL KWT 194") != NULL);
    S_code(e, "2024-05-01",
           "Iraqi jets raided a Kuwaiti oil platform on Sunday. Saudi Arabia condemned the "
           "raid. Iraqi commandos stormed a second platform on Monday.",
           got, sizeof got);
    OK(strstr(got, "IRQMIL SAU") == NULL);
    const char *raid = strstr(got, "IRQMIL KWT 190");
    OK(raid && strstr(raid + 1, "IRQMIL KWT 190"));
    /* people killed in an offensive or an assault were attacked by its doer */
    S_code(e, "2024-05-01", "Dozens of Azerbaijani soldiers were killed in the Armenian offensive.",
           got, sizeof got);
    OK(strstr(got, "ARM AZEMIL 190") == got);
    /* what was hit when an attack took place was hit by the attack's doer */
    S_code(e, "2024-05-01",
           "The latest Houthi attack came on Friday, when a Greek tanker was hit by a drone.",
           got, sizeof got);
    OK(strstr(got, "YEMREB GRC 190") == got);
    /* a participle with its doer after "by" that the parser joined to the sentence's
     * verb phrase without a comma is done to the subject, not by it */
    S_code(e, "2024-05-01",
           "Two Greek supertankers attacked in the Red Sea by Houthi gunboats on Friday have "
           "anchored off Djibouti for repairs.",
           got, sizeof got);
    OK(strstr(got, "YEMREBMIL GRC 190") == got);
    /* what is damaged in an attack is attacked, by the attack's doer */
    S_code(e, "2024-03-05",
           "The American warship, damaged last week in an Iranian air attack, left Djibouti.",
           got, sizeof got);
    OK(strstr(got, "IRN USAMIL 195") == got);
    /* fire from men under arms is fire; from others, criticism */
    S_code(e, "2024-03-05", "Israeli troops came under fire from Hezbollah fighters.", got,
           sizeof got);
    OK(strstr(got, "LBNREB ISRMIL 190") == got);
    S_code(e, "2024-03-05", "Kyiv came under fire from Moscow over the grain deal.", got,
           sizeof got);
    OK(strstr(got, "RUSGOV UKRGOV 111") == got);
    /* force undergone, its doer named in the act's own phrase: under, in, the target of;
     * a phrase of no force names no attacker */
    S_code(e, "2024-03-05", "The Saudi port came under renewed Yemeni attack.", got,
           sizeof got);
    OK(strstr(got, "YEM SAU 190") == got);
    S_code(e, "2024-03-05", "Ukrainian troops suffered heavy losses in Russia's offensive.",
           got, sizeof got);
    OK(strstr(got, "RUS UKRMIL 190") == got);
    S_code(e, "2024-03-05", "Saudi ports have become the target of Yemeni drone attacks.",
           got, sizeof got);
    OK(!strncmp(got, "YEM", 3) && strstr(got, " SAU 19") != NULL);
    S_code(e, "2024-03-05", "Kyiv came under U.S. pressure to hold talks.", got, sizeof got);
    OK(strstr(got, " 19") == NULL);
    S_code(e, "2024-03-05", "Russian troops suffered heavy losses in Ukraine.", got, sizeof got);
    OK(!strcmp(got, ""));
    /* a capital that names a pact or a meeting is where it was made or held, no party to
     * it; named by itself, it is its government */
    S_code(e, "2024-07-15", "Italy refused to join the Paris pact on Monday.", got, sizeof got);
    OK(!strcmp(got, ""));
    S_code(e, "2024-07-15", "Canada signed the Ottawa agreement with Britain.", got, sizeof got);
    OK(strstr(got, "CAN GBR 057") == got);
    S_code(e, "2024-07-15", "Japan agreed to attend the London conference.", got, sizeof got);
    OK(!strcmp(got, ""));
    S_code(e, "2024-07-15", "Italy criticised Paris over the pact.", got, sizeof got);
    OK(strstr(got, "ITA FRAGOV 111") == got);
    /* a state before the futures a market trades is no party; a body named by the
     * word stays the state's */
    S_code(e, "2024-07-15",
           "Fresh faith in OPEC helped U.S. crude futures rally above last week's highs.", got,
           sizeof got);
    OK(!strcmp(got, ""));
    S_code(e, "2024-07-15", "Canada criticised the U.S. Commodity Futures Trading Commission.",
           got, sizeof got);
    OK(strstr(got, "CAN USA 111") == got);
    /* an organisation before "member" and a state names the state's class: the state is
     * the party; its members unnamed, the organisation stays */
    S_code(e, "2024-07-15", "NATO member Turkey accused Greece of violating its airspace.", got,
           sizeof got);
    OK(strstr(got, "TUR GRC 112") == got);
    S_code(e, "2024-07-15", "Fellow OPEC member Nigeria criticised Norway.", got, sizeof got);
    OK(strstr(got, "NGA NOR 111") == got);
    S_code(e, "2024-07-15", "OPEC members criticised Norway.", got, sizeof got);
    OK(strstr(got, "IGOBUSOPC NOR 111") == got);
    /* a state that beats another wins a match */
    S_code(e, "2024-07-15", "Spain beat England 2-1 in the final on Sunday.", got, sizeof got);
    STR_EQ(got, "");
    /* ... also when the time follows a gerund the verb takes as its object */
    S_code(e, "2023-09-21",
           "Poland stopped supplying weapons to Ukraine on Wednesday amid a row over grain.",
           got, sizeof got);
    OK(strstr(got, "POL UKR 16") == got && strstr(got, "2023-09-20 relative") != NULL);

    /* hypothetical and negated events stay out of the default output ... */
    const char *hyp = "Russia could attack Ukraine next week. China refused to meet Japan.";
    S_code(e, "2024-03-05", hyp, got, sizeof got);
    OK(strstr(got, "RUS") == NULL);
    /* ... and are there, with their modality, when asked for */
    dyad_engine *all = S_engine(~0u, NULL);
    S_code(all, "2024-03-05", hyp, got, sizeof got);
    OK(strstr(got, "RUS UKR 1") != NULL && strstr(got, "hypothetical") != NULL);
    OK(strstr(got, "CHN JPN 125") != NULL); /* a refusal is an event of its own */
    /* "did not meet": the meeting is coded, negated, and left out by default */
    const char *neg = "China did not meet Japan on Monday.";
    S_code(all, "2024-03-05", neg, got, sizeof got);
    OK(strstr(got, "CHN JPN 04") == got && strstr(got, "negated") != NULL);
    S_code(e, "2024-03-05", neg, got, sizeof got);
    OK(strstr(got, "CHN JPN") == NULL);
    /* a subject of no one negates its clause though no word beside the verb does: a
     * charge that no member breaks the quota is none, not even a negated one (a
     * negated clause charges no one, S_said_charge), "nobody" criticised no one */
    const char *no_one = "Kuwait said on Monday that no OPEC member was exceeding its quota.";
    S_code(all, "2024-03-05", no_one, got, sizeof got);
    OK(strstr(got, "112") == NULL);
    S_code(e, "2024-03-05", no_one, got, sizeof got);
    OK(strstr(got, "112") == NULL);
    S_code(all, "2024-03-05", "Nobody in Iraq criticised Iran.", got, sizeof got);
    OK(strstr(got, "IRQ IRN 111 negated") == got);
    /* "due to" before a verb is no preposition: the two parties plan the signing with
     * each other; a time set in the past that a "but" goes on from was not kept */
    S_code(e, "2019-06-01", "Japan and South Korea were due to sign a fishing accord on Friday.",
           got, sizeof got);
    OK(strstr(got, "JPN KOR 057 planned") != NULL && strstr(got, "KOR JPN 057 planned") != NULL);
    S_code(all, "2019-06-01",
           "Japan and South Korea were due to sign a fishing accord on Friday, but the "
           "ceremony was called off.",
           got, sizeof got);
    OK(strstr(got, "JPN KOR 057 negated") != NULL && strstr(got, "planned") == NULL);
    /* a headline or lead with no finite verb announces its infinitive ("X to visit Y"):
     * planned, the several subjects with one another, also under "officials say"; an
     * infinitive of a clause with its own finite verb is no such announcement */
    S_code(e, "2023-03-05", "Japanese Prime Minister Fumio Kishida to visit Canberra next week.",
           got, sizeof got);
    OK(strstr(got, "JPNGOV AUSGOV 042 planned") != NULL &&
       strstr(got, "AUSGOV JPNGOV 043 planned") != NULL);
    S_code(e, "2023-03-05", "China and Australia to hold trade talks in Beijing on Monday.", got,
           sizeof got);
    OK(strstr(got, "CHN AUS 046 planned") != NULL && strstr(got, "AUS CHN 046 planned") != NULL);
    S_code(e, "2023-03-05",
           "Kishida to visit Canberra next week for talks with Albanese, officials say.", got,
           sizeof got);
    OK(strstr(got, "JPNGOV AUSGOV 042 planned") != NULL);
    S_code(e, "2023-03-05", "Japan sent its envoy to meet Albanese.", got, sizeof got);
    OK(strstr(got, "JPN AUSGOV 040 asserted") != NULL);
    /* a gerund right after its verb is done as that verb is: "will begin meeting",
     * "will keep shelling" plan the meeting and the shelling; "began meeting" told it */
    S_code(e, "2024-03-05", "Kishida will begin meeting Indian leaders on Monday.", got,
           sizeof got);
    OK(strstr(got, "JPNGOV INDGOV 040 planned 2024-03-11") != NULL);
    S_code(e, "2024-03-05", "Russia will keep shelling Ukrainian cities.", got, sizeof got);
    OK(strstr(got, "RUS UKR 194 planned") != NULL);
    S_code(e, "2024-03-05", "Kishida began meeting Indian leaders on Monday.", got, sizeof got);
    OK(strstr(got, "JPNGOV INDGOV 040 asserted 2024-03-04") != NULL);
    /* a present tense in a clause of time on a planned act is still to come: "will
     * raise ... when he visits" plans the visit too; under a past act it was made */
    S_code(e, "2023-03-05",
           "Japanese Foreign Minister Yoshimasa Hayashi will raise the chip curbs with Congress "
           "when he visits Washington.",
           got, sizeof got);
    OK(strstr(got, "JPNGOV USAGOV 042 planned") != NULL &&
       strstr(got, "USAGOV JPNGOV 043 planned") != NULL);
    S_code(e, "2023-03-05",
           "When Japanese Foreign Minister Yoshimasa Hayashi visits Washington, he will raise the "
           "chip curbs.",
           got, sizeof got);
    OK(strstr(got, "JPNGOV USAGOV 042 planned") != NULL);
    S_code(e, "2023-03-05",
           "Japanese Foreign Minister Yoshimasa Hayashi raised the chip curbs with Congress when "
           "he visited Washington.",
           got, sizeof got);
    OK(strstr(got, "JPNGOV USAGOV 042 asserted") != NULL);
    /* talks, a meeting or a visit that "is scheduled / set / planned for" a time are
     * planned, with no verb of their own; not one set in the past that was put off */
    S_code(e, "2023-03-05", "Talks between China and Australia are scheduled for Monday.", got,
           sizeof got);
    OK(strstr(got, "CHN AUS 046 planned") != NULL && strstr(got, "AUS CHN 046 planned") != NULL);
    S_code(e, "2023-03-05", "A meeting between Kishida and Albanese is set for next week in Tokyo.",
           got, sizeof got);
    OK(strstr(got, "JPNGOV AUSGOV 040 planned") != NULL);
    S_code(e, "2023-03-05", "Blinken's trip to Beijing is slated for Sunday.", got, sizeof got);
    OK(strstr(got, "USAGOV CHNGOV 042 planned") != NULL &&
       strstr(got, "CHNGOV USAGOV 043 planned") != NULL);
    S_code(all, "2023-03-05",
           "Talks between China and Australia were scheduled for Monday but were put off.", got,
           sizeof got);
    STR_EQ(got, "");
    /* a meeting the clause is set before ("ahead of", "before", "in preparation for")
     * is still to come: planned, while the clause's own act is told; one set after
     * talks is as asserted as its clause */
    S_code(e, "2024-03-05",
           "Blinken landed in Riyadh on Tuesday ahead of talks with Saudi Crown Prince "
           "Mohammed bin Salman.",
           got, sizeof got);
    OK(strstr(got, "USAGOV SAUGOV 046 planned") != NULL &&
       strstr(got, "USAGOV SAUGOV 046 asserted") == NULL);
    S_code(e, "2024-03-05",
           "Before a meeting with Indian Prime Minister Narendra Modi, Albanese said trade "
           "would top the agenda.",
           got, sizeof got);
    OK(strstr(got, "AUSGOV INDGOV 040 planned") != NULL);
    S_code(e, "2024-03-05",
           "Japanese officials arrived in Washington in preparation for talks with U.S. trade "
           "negotiators.",
           got, sizeof got);
    OK(strstr(got, "JPNGOV USAGOV 046 planned") != NULL);
    S_code(e, "2024-03-05",
           "After talks with Chinese President Xi Jinping, Macron said Europe must keep its "
           "own course.",
           got, sizeof got);
    OK(strstr(got, "FRAGOV CHNGOV 046 asserted") != NULL);
    /* a word naming two states before a noun of talks or a meeting ("Indian-Pakistani
     * talks") names its sides, with one another, as the subject of a verb of its taking
     * place and in a setting; talks long past are no act */
    S_code(e, "2024-03-05", "Indian-Pakistani water talks resumed in Lahore on Monday.", got,
           sizeof got);
    OK(strstr(got, "IND PAK 046 asserted") != NULL && strstr(got, "PAK IND 046 asserted") != NULL);
    S_code(e, "2024-03-05",
           "During Chinese-Australian talks, the Australian side raised the wine tariffs.", got,
           sizeof got);
    OK(strstr(got, "CHN AUS 046 asserted") != NULL && strstr(got, "AUS CHN 046 asserted") != NULL);
    S_code(e, "2024-03-05", "The previous Indian-Pakistani talks ended in Lahore.", got, sizeof got);
    OK(strstr(got, " 046 ") == NULL);
    /* "the talks", "the meeting" naming no party, as the subject of a verb of their taking
     * place (also "expected to", "due to") or as a setting, are the act between the one
     * pair the article's meetings and talks were between, both ways when those were;
     * not when two pairs were, nor a meeting "of" a body */
    S_code(e, "2024-03-05",
           "Japan and Australia held trade talks in Tokyo on Monday. The talks are expected to "
           "resume in Canberra next month.",
           got, sizeof got);
    OK(strstr(got, "JPN AUS 046 planned") != NULL && strstr(got, "AUS JPN 046 planned") != NULL);
    S_code(e, "1987-03-05",
           "West Germany and France opened farm talks in Bonn on Tuesday. The talks are due to "
           "end on Thursday.",
           got, sizeof got);
    OK(strstr(got, "DEU FRA 046 planned") != NULL && strstr(got, "FRA DEU 046 planned") != NULL);
    S_code(e, "2024-03-05",
           "Chinese Foreign Minister Wang Yi met Australian Foreign Minister Penny Wong in Beijing "
           "on Tuesday. The talks lasted three hours, officials said.",
           got, sizeof got);
    OK(strstr(got, "CHNGOV AUSGOV 046 asserted") != NULL &&
       strstr(got, "AUSGOV CHNGOV 046") == NULL);
    S_code(e, "2024-03-05",
           "Canada and Mexico will hold trade talks in Ottawa on Friday. During the talks, "
           "Canadian officials raised the steel tariffs.",
           got, sizeof got);
    OK(strstr(got, "CAN MEX 046 asserted") != NULL && strstr(got, "MEX CAN 046 asserted") != NULL);
    S_code(e, "2024-03-05",
           "Japan and Australia held talks on Monday. India and Indonesia held talks on Tuesday. "
           "The talks are expected to resume next month.",
           got, sizeof got);
    OK(strstr(got, " 046 planned") == NULL);
    S_code(e, "2024-03-05",
           "Canada and Mexico will hold trade talks in Ottawa on Friday. The meeting of OPEC "
           "ministers began in Vienna on Monday.",
           got, sizeof got);
    OK(strstr(got, " 040 ") == NULL && strstr(got, " 046 asserted") == NULL);
    /* a setting set off by commas after the subject is the subject's own act */
    S_code(e, "2024-03-05",
           "Chinese Premier Li Qiang, on a three-day official visit to Australia, said the two "
           "economies needed each other.",
           got, sizeof got);
    OK(strstr(got, "CHNGOV AUS 042 asserted") != NULL &&
       strstr(got, "AUS CHNGOV 043 asserted") != NULL);
    /* a tour is a visit of the places it is "of" */
    S_code(e, "2024-03-05", "Chinese Premier Li Qiang is on a five-day tour of Australia.", got,
           sizeof got);
    OK(strstr(got, "CHNGOV AUS 042 asserted") != NULL &&
       strstr(got, "AUS CHNGOV 043 asserted") != NULL);
    /* so does a participle set off by commas after the subject that takes part in the
     * act ("ending a visit to", "attending a meeting with"), and a setting of time in
     * the subject's phrase without commas; not a participle that calls the act off */
    S_code(e, "2023-03-05",
           "Indonesian President Joko Widodo, ending a three-day visit to Canberra, said "
           "the two economies needed each other.",
           got, sizeof got);
    OK(strstr(got, "IDNGOV AUSGOV 042 asserted") != NULL &&
       strstr(got, "AUSGOV IDNGOV 043 asserted") != NULL);
    S_code(e, "2023-03-05",
           "Indonesian Trade Minister Zulkifli Hasan, attending a meeting with Australian Trade "
           "Minister Don Farrell, said the two economies needed each other.",
           got, sizeof got);
    OK(strstr(got, "IDNGOVBUS AUSGOVBUS 040 asserted") != NULL);
    S_code(e, "2023-03-05",
           "Indonesian President Joko Widodo during a visit to Canberra urged Australia to buy "
           "more nickel.",
           got, sizeof got);
    OK(strstr(got, "IDNGOV AUSGOV 042 asserted") != NULL);
    /* a time between that subject and its verb is no subject of the clause */
    S_code(e, "2023-03-05",
           "The Chilean farm minister during a visit to Lima this week praised the harvest.",
           got, sizeof got);
    OK(strstr(got, "CHLGOV PERGOV 042 asserted") != NULL &&
       strstr(got, "PERGOV CHLGOV 043 asserted") != NULL);
    /* one who comes back from an act did it, as did one in a setting of an act whose
     * party the parser hung beside it ("(PP during (NP a trip)) (PP to Peru)"), on the
     * act's own date; not a recent one, told as done before the story */
    S_code(e, "2023-03-05",
           "The Chilean farm minister said on her return from a visit to Lima that the "
           "harvest was good.",
           got, sizeof got);
    OK(strstr(got, "CHLGOV PERGOV 042 asserted 2023-03-05") != NULL);
    S_code(e, "2023-03-05", "The Chilean farm minister returned from a trip to Lima last week.",
           got, sizeof got);
    OK(strstr(got, "CHLGOV PERGOV 042 asserted 2023-02") != NULL);
    S_code(e, "2023-03-05",
           "The Chilean farm minister returned from talks with Peru's president on Monday.", got,
           sizeof got);
    OK(strstr(got, "CHLGOV PERGOV 046 asserted 2023-02-27") != NULL);
    /* ... also told by a participle or a gerund of its own */
    S_code(e, "2023-03-05",
           "The Chilean farm minister praised the harvest after returning from a visit to Lima.",
           got, sizeof got);
    OK(strstr(got, "CHLGOV PERGOV 042 asserted") != NULL &&
       strstr(got, "PERGOV CHLGOV 043 asserted") != NULL);
    S_code(e, "2023-03-05",
           "Returning from a trip to Lima, the Chilean farm minister praised the harvest.", got,
           sizeof got);
    OK(strstr(got, "CHLGOV PERGOV 042 asserted") != NULL);
    S_code(e, "2023-03-05",
           "The Chilean farm minister floated a 90 mln dlr credit line during a trip to "
           "Washington last May.",
           got, sizeof got);
    OK(strstr(got, "CHLGOV USAGOV 042 asserted 2022-05") != NULL);
    S_code(e, "2023-03-05",
           "The Chilean farm minister said during his recent trip to Peru that the harvest was "
           "good.",
           got, sizeof got);
    OK(strstr(got, " 042 ") == NULL);
    S_code(e, "2023-03-05",
           "Indonesian President Joko Widodo, calling off a visit to Canberra, said he was ill.",
           got, sizeof got);
    OK(strstr(got, " 042 ") == NULL);
    /* going or coming somewhere for talks or on a visit is a visit; goods go nowhere */
    S_code(e, "2023-03-05",
           "Japanese Prime Minister Fumio Kishida will go to Canberra next week for talks on "
           "trade.",
           got, sizeof got);
    OK(strstr(got, "JPNGOV AUSGOV 042 planned") != NULL &&
       strstr(got, "AUSGOV JPNGOV 043 planned") != NULL);
    S_code(e, "2023-03-05", "Australian Foreign Minister Penny Wong came to Beijing on an "
           "official visit.", got, sizeof got);
    OK(strstr(got, "AUSGOV CHNGOV 042 asserted") != NULL);
    S_code(e, "2023-03-05", "Most of the wheat went to Egypt.", got, sizeof got);
    STR_EQ(got, "");
    /* a traveller who leaves for a place visits it; refugees who flee there do not */
    S_code(e, "2023-03-05", "A Taiwanese trade delegation left for Washington on Monday.", got,
           sizeof got);
    OK(strstr(got, "TWNGOV USAGOV 042 asserted") != NULL);
    S_code(e, "2023-03-05", "Thousands of Afghan refugees left for Pakistan.", got, sizeof got);
    OK(strstr(got, " 042 ") == NULL);
    /* what a known traveller goes to do is an act of its own, the traveller's */
    S_code(e, "2024-03-05",
           "Chinese Foreign Minister Wang Yi flew to Moscow on Monday to meet Russian Foreign "
           "Minister Sergei Lavrov.",
           got, sizeof got);
    OK(strstr(got, "CHNGOV RUSGOV 042 asserted") != NULL &&
       strstr(got, "CHNGOV RUSGOV 040 asserted") != NULL);
    /* an office with its "of" phrase before the holder's name is that person, coded as
     * of the story's date; an office named alone stays no one's */
    S_code(e, "2019-05-01",
           "Secretary of State Mike Pompeo met Chinese Foreign Minister Wang Yi in Beijing.", got,
           sizeof got);
    OK(strstr(got, "USAGOV CHNGOV 040 asserted") == got);
    S_code(e, "2022-05-01",
           "Secretary of State Mike Pompeo met Chinese Foreign Minister Wang Yi in Beijing.", got,
           sizeof got);
    OK(strstr(got, "USAELI CHNGOV 040 asserted") == got);
    S_code(e, "2019-05-01", "Minister of Foreign Affairs Sergei Lavrov visited Pakistan on Tuesday.",
           got, sizeof got);
    OK(strstr(got, "RUSGOV PAK 042 asserted") != NULL);
    S_code(e, "2019-05-01", "The Secretary of State met Chinese leaders in Beijing.", got,
           sizeof got);
    OK(strstr(got, "CHNGOV") == NULL);
    /* ... and so is the name in commas after an office, with or without its "of" phrase */
    S_code(e, "2019-05-01", "The Secretary of State, Mike Pompeo, visited Pakistan.", got,
           sizeof got);
    OK(strstr(got, "USAGOV PAK 042 asserted") != NULL);
    S_code(e, "2019-05-01", "Pakistan hosted the foreign minister, Sergei Lavrov, on Monday.", got,
           sizeof got);
    OK(strstr(got, "PAK RUSGOV 043 asserted") != NULL);
    S_code(e, "2019-05-01", "The Russian foreign minister, Sergei Lavrov, visited Pakistan.", got,
           sizeof got);
    OK(strstr(got, "RUSGOV PAK 042 asserted") != NULL);
    /* several doers whose act names one of them in its topic did it with one another,
     * not to that one; others of their country are a party */
    S_code(e, "2023-03-05",
           "Iran and Russia agreed to hold talks on an exchange of Iranian crude for Russian "
           "fuel.",
           got, sizeof got);
    OK(strstr(got, "IRN RUS 036 asserted") != NULL && strstr(got, "RUS IRN 036 asserted") != NULL);
    S_code(e, "2023-03-05",
           "Ruto and his party reached an accord with opposition parties over the budget.", got,
           sizeof got);
    OK(strstr(got, " KENOPP 057 asserted") != NULL);
    /* a clause of "who" after a person's name and a comma is the person's act, also
     * where the parser hung it on the sentence's verb */
    S_code(e, "2019-06-01",
           "The comments echoed the remarks of Turkish Foreign Minister Mevlut Cavusoglu, "
           "who met Greek officials on Monday.",
           got, sizeof got);
    OK(strstr(got, "TURGOV GRCGOV 040 asserted") != NULL);

    /* an apposition's office with no actor of its own is of the body it serves, whose
     * person a surname names again; a region after the office names a field, no body */
    S_code(e, "1987-06-01",
           "Pavel Orlov, head of the treaty department at the Soviet Foreign Ministry, told "
           "a newspaper Moscow would respond. Orlov accused the United States of fuelling "
           "the conflict.",
           got, sizeof got);
    OK(strstr(got, "SUNGOV USA 112 asserted") != NULL);
    S_code(e, "2024-03-05",
           "Bernd Tarn, head of European research, criticized Japan. Tarn criticized China.",
           got, sizeof got);
    OK(strstr(got, "EUR") == NULL);
    /* a name set apart before its office in one phrase is the person a surname names */
    S_code(e, "2024-03-05",
           "Pavel Orlov, Russia's deputy foreign minister, criticized Japan. Orlov accused "
           "the United States of fuelling the conflict.",
           got, sizeof got);
    OK(strstr(got, "RUSGOV USA 112 asserted") != NULL);
    /* a surname the dictionary knows with no dates, of a person named before, is that
     * person, whom "he" means two sentences on */
    S_code(e, "1987-10-19",
           "Iranian President Ali Khamenei spoke on the radio on Monday. Prices rose sharply "
           "in the bazaar. Markets were closed on Friday. Khamenei said the war would go on. "
           "Shops stayed shut in the capital. He rejected a U.N. Security Council call for a "
           "truce.",
           got, sizeof got);
    OK(strstr(got, "IRNGOV IGOUNO 12") != NULL);
    /* an acronym the dictionary lacks names the party whose name it spells, named in
     * brackets or after "or" */
    S_code(e, "2024-03-01",
           "The Kachin Independence Army (KIA) attacked a military post on Monday. The KIA "
           "also accused the junta of bombing villages.",
           got, sizeof got);
    OK(strstr(got, "MMRREBMIL MMRGOV 112") != NULL);
    S_code(e, "2024-03-01",
           "The Kachin Independence Army, or KIA, attacked a military post on Monday. The "
           "KIA also accused the junta of bombing villages.",
           got, sizeof got);
    OK(strstr(got, "MMRREBMIL MMRGOV 112") != NULL);

    /* a rejection that names no one rejects the charge of whoever accused its doer, and
     * the comma clause of the charge is kept */
    S_code(e, "2023-11-22",
           "Pakistan accused India of planning attacks on its soil, a charge New Delhi "
           "dismissed as baseless.",
           got, sizeof got);
    OK(strstr(got, "INDGOV PAK 120 asserted") != NULL);
    /* ... also where the parser runs the clause into the charge's phrase or the clause
     * before it (no "that", a one-word name or an adverb before the verb) */
    S_code(e, "2023-11-22",
           "Pakistan accused India of backing rebels in Kashmir, a charge New Delhi "
           "quickly rejected. Israel accused Egypt of smuggling arms, a charge Cairo "
           "rejected.",
           got, sizeof got);
    OK(strstr(got, "INDGOV PAK 120 asserted") != NULL &&
       strstr(got, "EGYGOV ISR 120 asserted") != NULL);
    /* ... and with the denial in the present, as a story tells a stand still held */
    S_code(e, "2024-03-05",
           "Moscow accused Kyiv of shelling the power plant, a charge Ukraine denies. "
           "Armenia accused Azerbaijan of blocking food supplies, an accusation Baku denies.",
           got, sizeof got);
    OK(strstr(got, "UKR RUSGOV 016 asserted") != NULL &&
       strstr(got, "AZEGOV ARM 016 asserted") != NULL);

    /* a relative clause with a doer of its own is coded, its criticism aimed at whoever
     * did something to the critic earlier in the sentence */
    S_code(e, "2024-11-27",
           "The United States imposed sanctions on 12 Chinese firms, a move Beijing "
           "condemned as illegal.",
           got, sizeof got);
    OK(strstr(got, "CHNGOV USA 111 asserted") != NULL);
    /* ... and a rejection of what an earlier verb's doer offered or adopted is aimed at
     * that doer, though the offer named no one (not at one who only praised it) */
    S_code(e, "2024-05-01",
           "The U.N. Security Council adopted a resolution, which Israel rejected. Reagan "
           "praised the accord, which Iran rejected.",
           got, sizeof got);
    OK(strstr(got, "ISR IGOUNO 120 asserted") != NULL && strstr(got, "IRN USA") == NULL);
    /* the host of the doer's own visit did nothing to it: a refusal in a clause joined
     * to the visit rejects no host */
    S_code(e, "2024-05-01",
           "Blinken visited Egypt on Tuesday and the State Department refused to release "
           "details of his itinerary.",
           got, sizeof got);
    OK(strstr(got, "USAGOV EGY 042") != NULL && strstr(got, " EGY 12") == NULL);
    /* a verb an archive capitalised after "U.S." is still the clause's verb ("Kick"
     * read as a name left no event) */
    S_code(e, "1987-06-01", "France and the U.S. Kick off new trade talks in Paris today.", got,
           sizeof got);
    OK(strstr(got, "FRA USA 046 asserted") != NULL && strstr(got, "USA FRA 046 asserted") != NULL);
    S_code(e, "1987-06-01", "Officials said the U.S. Put heavy pressure on Japan to open its "
           "rice market.", got, sizeof got);
    OK(strstr(got, "USA JPN 100 asserted") != NULL);
    /* sanctions a promise or offer lifts are eased (0354), no threat of them (1312) */
    S_code(e, "2025-05-14", "Washington pledged to lift sanctions on Syria.", got, sizeof got);
    OK(strstr(got, "USAGOV SYR 0354 asserted") != NULL && strstr(got, " 1312 ") == NULL);
    S_code(e, "2025-05-14", "Ottawa offered to scrap its tariffs on American steel.", got,
           sizeof got);
    OK(strstr(got, "CANGOV USA 0354 asserted") != NULL && strstr(got, " 1312 ") == NULL);
    S_code(e, "2025-05-14", "Moscow promised to impose sanctions on Moldova.", got, sizeof got);
    OK(strstr(got, "RUSGOV MDA 1312 asserted") != NULL);
    /* curbs on exports or imports are sanctions: hit with them, eased, no attack */
    S_code(e, "2025-05-14", "Beijing hit Washington with export curbs on rare earths.", got,
           sizeof got);
    OK(strstr(got, "CHNGOV USAGOV 163 asserted") != NULL && strstr(got, " 190 ") == NULL);
    S_code(e, "2025-05-14", "Tokyo will relax import curbs on U.S. beef.", got, sizeof got);
    OK(strstr(got, "JPNGOV USA 085 planned") != NULL);
    /* goods banned are an embargo on their country, a party barred from trade on it */
    S_code(e, "2025-05-14", "India banned Chinese goods.", got, sizeof got);
    OK(strstr(got, "IND CHN 163 asserted") != NULL);
    S_code(e, "2025-05-14",
           "Beijing barred U.S. defense contractors from doing business with Taiwan.", got,
           sizeof got);
    OK(strstr(got, "CHNGOV USABUS 163 asserted") != NULL);
    /* sanctions imposed in the passive, or in a participle after their noun, are the
     * agent's on the party after "on" */
    S_code(e, "2025-05-14", "Sanctions were imposed on Venezuela by the European Union.", got,
           sizeof got);
    OK(strstr(got, "IGOEUREEC VEN 163 asserted") != NULL);
    S_code(e, "2025-05-14", "Tariffs levied by Canada on American whiskey remain in place.", got,
           sizeof got);
    OK(strstr(got, "CAN USA 163 asserted") != NULL);
    S_code(e, "2025-05-14", "Chinese tariffs raised costs on American farmers.", got,
           sizeof got);
    OK(strstr(got, " 163 ") == NULL);
    /* hit in the passive with a measure its words give an owner to: that owner's */
    S_code(e, "2025-05-14", "Mexico was hit with new U.S. tariffs on Friday.", got, sizeof got);
    OK(strstr(got, "USA MEX 163 asserted") != NULL);
    S_code(e, "2025-05-14", "Brazil was hit with new tariffs on Friday.", got, sizeof got);
    OK(strstr(got, " 163 ") == NULL);
    S_code(e, "2025-05-14", "Iran was threatened with U.S. sanctions.", got, sizeof got);
    OK(strstr(got, "USA IRN 1312 asserted") != NULL);
    S_code(e, "2025-05-14", "Canada was disappointed with the new U.S. tariffs.", got,
           sizeof got);
    OK(strstr(got, "CAN USA 111 asserted") != NULL && strstr(got, "USA CAN") == NULL);
    /* curbs on a state's visas are a travel ban on it (163), no repression (172) */
    S_code(e, "2025-05-14", "Washington imposed visa restrictions on Nigerian officials.",
           got, sizeof got);
    OK(strstr(got, "USAGOV NGAGOV 163 asserted") != NULL && strstr(got, " 172 ") == NULL);
    /* countering with sanctions imposes them; countering with words does nothing */
    S_code(e, "2025-05-14", "Ottawa countered with tariffs on U.S. goods.", got, sizeof got);
    OK(strstr(got, "CANGOV USA 163 asserted") != NULL);
    S_code(e, "2025-05-14", "The ministry countered that the figures were old.", got,
           sizeof got);
    OK(got[0] == 0);
    /* a tariff charged to a party is imposed on it, no accusation */
    S_code(e, "2025-05-14", "Washington will charge Seoul a 25% tariff.", got, sizeof got);
    OK(strstr(got, "USAGOV KORGOV 163 planned") != NULL && strstr(got, " 112 ") == NULL);
    /* striking or firing back with sanctions retaliates with them; at a party, a retort */
    S_code(e, "2025-05-14", "Canada fired back with retaliatory tariffs on U.S. goods.", got,
           sizeof got);
    OK(strstr(got, "CAN USA 163 asserted") != NULL && strstr(got, " 190 ") == NULL);
    S_code(e, "2025-05-14", "Beijing struck back with tariffs on American coal.", got,
           sizeof got);
    OK(strstr(got, "CHNGOV USA 163 asserted") != NULL && strstr(got, " 195 ") == NULL);
    S_code(e, "2025-05-14", "Beijing fired back at Washington over the chip curbs.", got,
           sizeof got);
    OK(strstr(got, "CHNGOV USAGOV 111 asserted") != NULL && strstr(got, " 190 ") == NULL);
    /* a measure put in force is imposed by whom its noun names, on the goods' country */
    S_code(e, "2025-05-14", "Britain's new sanctions on Russian banks took effect on Monday.",
           got, sizeof got);
    OK(strstr(got, "GBR RUSBUS 163 asserted") != NULL);
    S_code(e, "2025-05-14", "China's counter-tariffs on American pork will come into force on Friday.",
           got, sizeof got);
    OK(strstr(got, "CHN USA 163 planned") != NULL);
    /* "would" in a clause a teller reports is the teller's "will"; alone it supposes */
    S_code(e, "2025-05-14",
           "Officials said Mexico's tariffs on Chinese cars would take effect on Wednesday.",
           got, sizeof got);
    OK(strstr(got, "MEX CHN 163 planned") != NULL);
    S_code(e, "2025-05-14", "Mexico's tariffs on Chinese cars would take effect in a crisis.",
           got, sizeof got);
    OK(strstr(got, " 163 ") == NULL);
    S_code(e, "2025-05-14", "The EU's sanctions on Belarusian potash ended on Friday.", got,
           sizeof got);
    OK(strstr(got, " 163 ") == NULL);
    /* what its doer stops short of is not done, and nothing is halted */
    S_code(e, "2025-05-14", "Seoul stopped short of accusing Pyongyang of the attack.", got,
           sizeof got);
    OK(strstr(got, " 087 ") == NULL && strstr(got, " 112 ") == NULL);

    /* a response promised on a condition is a threat made now, towards the condition's
     * subject; the response itself stays hypothetical */
    S_code(e, "2019-12-15", "Erdogan said Turkey would retaliate if Washington imposed sanctions.",
           got, sizeof got);
    OK(strstr(got, "TUR USAGOV 138 asserted") != NULL);
    OK(strstr(got, "TUR USAGOV 190 asserted") == NULL);
    S_code(e, "2019-12-15", "Turkey retaliated against the United States.", got, sizeof got);
    OK(strstr(got, " 138 ") == NULL && strstr(got, " 190 ") == NULL);

    /* a warning of what its doer would do on a condition is aimed at the condition's
     * subject, not at the doer's own country */
    S_code(e, "2019-12-15",
           "Turkish Foreign Minister Mevlut Cavusoglu warned that Turkey could close the "
           "Incirlik air base if Washington imposed sanctions.",
           got, sizeof got);
    OK(strstr(got, "TURGOV USAGOV 13") != NULL && strstr(got, "TURGOV TUR ") == NULL);

    /* the threat of a hostile act promised on another actor's condition is aimed at
     * that actor, once for acts on several */
    S_code(e, "2025-03-13",
           "Trump said that if Europe follows through on its tariff, he will impose a 200% "
           "tariff on French wine.",
           got, sizeof got);
    OK(strstr(got, "USAGOV IGOEUREEC 1312 asserted") != NULL &&
       strstr(got, "USAGOV FRA 1312") == NULL);
    S_code(e, "2025-03-13",
           "Trump will impose tariffs on Canada and Mexico if China does not act.", got,
           sizeof got);
    OK(strstr(got, "USAGOV CHN 1312 asserted") != NULL &&
       strstr(strstr(got, "USAGOV CHN 1312") + 1, "USAGOV CHN 1312") == NULL);

    /* sanctions considered or weighed on another's condition are a threat to that one
     * too, and the threat is what a rejection of "the threat" answers; a proposal so
     * considered, and sanctions merely considered, threaten no one */
    S_code(e, "2024-07-30",
           "White House spokesman John Kirby said that Washington would consider new "
           "sanctions if Maduro did not publish the detailed results. Maduro dismissed the "
           "threat.",
           got, sizeof got);
    OK(strstr(got, "USAGOV VENGOV 1312 asserted") != NULL &&
       strstr(got, "VENGOV USAGOV 120 asserted") != NULL);
    S_code(e, "2024-07-30",
           "The EU would weigh sanctions against Russia if Moscow did not withdraw its troops.",
           got, sizeof got);
    OK(strstr(got, "IGOEUREEC RUSGOV 1312 asserted") != NULL);
    S_code(e, "2024-07-30",
           "Washington would consider the proposal if Maduro freed the prisoners.", got,
           sizeof got);
    OK(strstr(got, " 13") == NULL);
    S_code(e, "2024-07-30", "The EU is considering new sanctions on Russia.", got, sizeof got);
    OK(strstr(got, " 13") == NULL);
    S_code(e, "2025-03-13",
           "Trump said he would impose tariffs on Mexico if it did not stop migrants. Mexico "
           "rejected the threat.",
           got, sizeof got);
    OK(strstr(got, "MEX USAGOV 120 asserted") != NULL);

    /* "unless" sets a condition as "if" does, an act agreed or decided on a condition is
     * promised too, and an agreement to a hostile act is the act planned */
    S_code(e, "2019-12-15", "Iran will retaliate unless Washington withdraws its warships.",
           got, sizeof got);
    OK(strstr(got, "IRN USAGOV 138 asserted") != NULL && strstr(got, " 190 ") == NULL);
    /* the party it is promised against is its target, whoever the condition's subject
     * is ("Congress" names no state) */
    S_code(e, "2025-03-01",
           "The European Union will retaliate against American exports if Congress passes "
           "the bill.",
           got, sizeof got);
    OK(strstr(got, "IGOEUREEC USA 138 asserted") != NULL);
    /* measures named as retaliation are sanctions, so promised on a condition they are a
     * threat */
    S_code(e, "2025-03-01",
           "Beijing will take retaliatory measures if Washington raises tariffs on Chinese "
           "goods.",
           got, sizeof got);
    OK(strstr(got, "CHNGOV USAGOV 1312 asserted") != NULL);
    /* avenging promised is a retaliation promised: the threat made now, at whoever did
     * what it avenges */
    S_code(e, "2025-03-01",
           "A U.S. drone strike killed an Iranian general in Baghdad. Iran said it would "
           "avenge the killing.",
           got, sizeof got);
    OK(strstr(got, "IRN USAMIL 138 asserted") != NULL);
    /* reiterating or reaffirming is saying again: a retaliation so promised is the
     * threat made now, a duty so told a demand */
    S_code(e, "2025-03-01",
           "Iran reiterated it would retaliate for the American raid on its oil rig.", got,
           sizeof got);
    OK(strstr(got, "IRN USA 138 asserted") != NULL);
    S_code(e, "2025-03-01", "Berlin reaffirmed that Moscow must withdraw its troops from Ukraine.",
           got, sizeof got);
    OK(strstr(got, "DEUGOV RUSGOV 1056 asserted") != NULL);
    /* stressing, emphasising or noting is saying too */
    S_code(e, "2025-03-01",
           "Foreign Minister Sergei Lavrov stressed that Kyiv must pull its troops out of "
           "the Kursk region.",
           got, sizeof got);
    OK(strstr(got, "RUSGOV UKRGOV 1056 asserted") != NULL);
    S_code(e, "2025-03-01", "The Chinese foreign ministry noted that Washington should halt "
           "its arms sales to Taipei.", got, sizeof got);
    OK(strstr(got, "CHNGOV USAGOV 02") != NULL);
    /* the consequence a teller promises of any hostile act is the teller's threat to
     * the act's doer, also where the parser hung the teller inside the verb phrase */
    S_code(e, "1987-06-01",
           "Any Chinese attack on Philippine ships will bring a strong response, a Philippine "
           "defence official said in an interview on Monday.",
           got, sizeof got);
    OK(strstr(got, "PHLGOV CHN 138 asserted") != NULL);
    /* what "no doubt" or "little doubt" says is told as its own clause: a retaliation
     * so promised is the teller's threat */
    S_code(e, "2025-05-01",
           "Beijing said there is little doubt that China will retaliate against the United "
           "States.",
           got, sizeof got);
    OK(strstr(got, "CHN USA 138 asserted") != NULL);
    /* a penalty its teller says a party will face is the teller's threat to that
     * party; one whose imposer "from" names is only told of */
    S_code(e, "2022-01-05", "Biden said Russia would face severe sanctions if it invaded Ukraine.",
           got, sizeof got);
    OK(strstr(got, "USAGOV RUS 1312 asserted") != NULL);
    S_code(e, "2022-01-05", "Blinken said Iran would face consequences.", got, sizeof got);
    OK(strstr(got, "USAGOV IRN 130 asserted") != NULL);
    S_code(e, "2022-01-05", "Blinken said Iran would face retaliation from Israel.", got,
           sizeof got);
    OK(strstr(got, " 13") == NULL);
    /* so is a penalty it is to bear or suffer, or a price it is to pay, also where it
     * halts or pays; a price of goods threatens no one */
    S_code(e, "2022-01-05",
           "Beijing said Washington would bear all the consequences if it sent more warships.",
           got, sizeof got);
    OK(strstr(got, "CHNGOV USAGOV 130 asserted") != NULL);
    S_code(e, "2022-01-05", "Moscow said Kyiv would suffer the consequences of the raid.", got,
           sizeof got);
    OK(strstr(got, "RUSGOV UKRGOV 130 asserted") != NULL);
    S_code(e, "2022-01-05", "Tehran said Israel would pay a heavy price if it struck again.",
           got, sizeof got);
    OK(strstr(got, "IRNGOV ISR 130 asserted") != NULL);
    S_code(e, "2022-01-05", "Seoul said Pyongyang must stop the launches or pay the price.",
           got, sizeof got);
    OK(strstr(got, "KORGOV PRKGOV 130 asserted") != NULL);
    S_code(e, "2022-01-05", "Exporters said Japan would pay a higher price for American rice.",
           got, sizeof got);
    OK(strstr(got, " 130 ") == NULL);
    S_code(e, "2022-01-05", "Traders said China would pay a price of 150 dlrs a tonne.", got,
           sizeof got);
    OK(strstr(got, " 130 ") == NULL);
    /* and so is one a party "must" or "will have to" bear or pay: a threat, not an
     * appeal or a demand; a duty to pay for something is still asked of it */
    S_code(e, "2024-01-12",
           "\"Washington and London will have to bear all the consequences of these "
           "strikes,\" a Houthi spokesman said.",
           got, sizeof got);
    OK(strstr(got, "YEMREBGOV USAGOV 130 asserted") != NULL &&
       strstr(got, "YEMREBGOV GBRGOV 130 asserted") != NULL && strstr(got, " 020 ") == NULL);
    S_code(e, "2024-04-02", "Tehran said Israel must bear the consequences of the strike.", got,
           sizeof got);
    OK(strstr(got, "IRNGOV ISR 130 asserted") != NULL && strstr(got, " 100 ") == NULL);
    S_code(e, "1987-04-20",
           "Moscow said Washington will have to pay a heavy price for the sanctions.", got,
           sizeof got);
    OK(strstr(got, "SUNGOV USAGOV 130 asserted") != NULL && strstr(got, " 020 ") == NULL);
    S_code(e, "1987-04-20", "Bonn said Tokyo must pay a fair price for European steel.", got,
           sizeof got);
    OK(strstr(got, " 130 ") == NULL);
    /* a retaliation that names no one answers the doer of an attack on its doer's side
     * that a noun of the sentence names */
    S_code(e, "2024-04-05",
           "Iran said several sailors were hurt in the U.S. raid on an Iranian oil rig and "
           "vowed retaliation.",
           got, sizeof got);
    OK(strstr(got, "IRN USA 138 asserted") != NULL);
    S_code(e, "2024-04-05", "Following the Israeli strike on its consulate, Iran threatened retaliation.",
           got, sizeof got);
    OK(strstr(got, "IRN ISR 138 asserted") != NULL);
    /* hitting back vowed or threatened is retaliation promised, not an intent to
     * cooperate nor a strike of workers */
    S_code(e, "2024-04-05", "China vowed to hit back at the United States.", got, sizeof got);
    OK(strstr(got, "CHN USA 138 asserted") != NULL && strstr(got, " 030 ") == NULL);
    S_code(e, "2024-04-05", "North Korea threatened to strike back at South Korea.", got,
           sizeof got);
    OK(strstr(got, "PRK KOR 138 asserted") != NULL && strstr(got, " 133 ") == NULL);
    /* an event given twice is read at its least embedded verb: the warning stated, not
     * the threat inside the denial before it */
    S_code(e, "1987-10-20",
           "The United States shelled an Iranian oil platform. Tehran denied it had planned "
           "to threaten tankers and warned the United States.",
           got, sizeof got);
    OK(strstr(got, "IRNGOV USA 130 asserted") != NULL);
    /* more of its own force promised is a threat to whom that force hit */
    S_code(e, "1987-03-23",
           "Iraqi jets raided Iranian oil sites and Baghdad vowed to keep up the raids.", got,
           sizeof got);
    OK(strstr(got, " IRN 138 asserted") != NULL && strstr(got, " 030 ") == NULL);
    /* a warning against any attack on the doer's own people is aimed at the party it
     * accused in the sentence, not at those people */
    S_code(e, "2023-08-07",
           "France accused Niger's junta of failing to protect its diplomats and warned that "
           "it would respond immediately to any attack on its citizens or interests.",
           got, sizeof got);
    OK(strstr(got, "FRA NERGOV 13") != NULL && strstr(got, "FRA FRACVL") == NULL);
    /* a party told or given time to act "or face" something is given an ultimatum;
     * pressure to act or face a market's turn is none */
    S_code(e, "1987-04-08",
           "Michael Howard told Japan to settle the phone dispute with Britain or face a "
           "sharp worsening of trade ties.",
           got, sizeof got);
    OK(strstr(got, "GBRGOV JPN 139 asserted") != NULL);
    S_code(e, "2023-08-07",
           "ECOWAS had given Niger's junta until Sunday to step aside or face possible "
           "military action.",
           got, sizeof got);
    OK(strstr(got, "IGOWAFWAS NERGOV 139 asserted") != NULL);
    S_code(e, "2023-07-31",
           "ECOWAS gave Niger's junta one week to reinstate Bazoum or face possible military "
           "action.",
           got, sizeof got);
    OK(strstr(got, "IGOWAFWAS NERGOV 139 asserted") != NULL && strstr(got, " 154 ") == NULL);
    /* an act described as a warning to a party is the describer's warning to it */
    S_code(e, "2023-07-12", "Pyongyang described the drills as a warning to Seoul.", got,
           sizeof got);
    OK(strstr(got, "PRKGOV KORGOV 130 asserted") != NULL);
    /* a right to respond claimed after an attack threatens its doer, as one reserved */
    S_code(e, "2024-04-05",
           "Following the Israeli strike on its consulate, Iran said it had every right to "
           "respond.",
           got, sizeof got);
    OK(strstr(got, "IRN ISR 138 asserted") != NULL);
    S_code(e, "1987-04-08",
           "The G-7 communique puts Japan under more pressure to boost its economy or face "
           "a stronger yen.",
           got, sizeof got);
    OK(strstr(got, " 13") == NULL);
    /* a hostile act a teller says "any" party would suffer is the teller's threat to
     * the party the subject's head names */
    S_code(e, "2024-04-05", "Canada said any French trawlers found in the zone would be seized.",
           got, sizeof got);
    OK(strstr(got, "CAN FRA 137 asserted") != NULL);
    S_code(e, "2024-04-05", "Russia said any Western troops sent to Ukraine would be attacked.",
           got, sizeof got);
    OK(strstr(got, "RUS UKR 138") == NULL);
    /* so is one promised on a condition, to the party the condition names, else to
     * the subject's; not one denied, nor one party's things hit on another's act (that
     * one's answer, which the teller foresees) */
    S_code(e, "2024-04-05",
           "Tehran said American warships would be targeted if Washington struck its soil.",
           got, sizeof got);
    OK(strstr(got, "IRNGOV USAGOV 138 asserted") != NULL);
    S_code(e, "2024-04-05",
           "Ottawa said Spanish trawlers would be seized if they fished in its waters.", got,
           sizeof got);
    OK(strstr(got, "CANGOV ESP 137 asserted") != NULL);
    S_code(e, "2024-04-05",
           "Tehran said American warships would not be targeted if Washington withdrew.", got,
           sizeof got);
    OK(strstr(got, " 13") == NULL);
    S_code(e, "2024-04-05",
           "Yeutter said American farm goods would be targeted if Japan chose to retaliate.",
           got, sizeof got);
    OK(strstr(got, " 13") == NULL);
    /* readiness to punish or to strike is a threat of it, not an intent to cooperate;
     * readiness to lift sanctions eases them */
    S_code(e, "2024-04-05", "Ottawa is ready to impose tariffs on American steel.", got,
           sizeof got);
    OK(strstr(got, "CANGOV USA 1312 asserted") != NULL && strstr(got, " 030 ") == NULL);
    S_code(e, "2024-04-05", "Israel is ready to attack Iran if diplomacy fails.", got,
           sizeof got);
    OK(strstr(got, "ISR IRN 1384 asserted") != NULL);
    S_code(e, "2024-04-05", "Washington is prepared to lift the sanctions on Caracas.", got,
           sizeof got);
    OK(strstr(got, " 0354 ") != NULL && strstr(got, " 030 ") == NULL);
    /* a threat is made now whatever condition opens its sentence (the condition is
     * what it threatens); one inside the condition stays hypothetical */
    S_code(e, "2024-04-05",
           "If Tokyo fails to act, Britain is ready to retaliate against Japanese banks.", got,
           sizeof got);
    OK(strstr(got, "GBR JPNBUS 138 asserted") != NULL);
    S_code(e, "2024-04-05",
           "If the sanctions stay, Moscow threatened to cut gas supplies to Europe.", got,
           sizeof got);
    OK(strstr(got, "RUSGOV IGOEUREEC 130 asserted") != NULL);
    S_code(e, "2024-04-05", "If Iran threatens Kuwait, Washington will respond.", got,
           sizeof got);
    OK(strstr(got, "USAGOV IRN 138 asserted") != NULL && strstr(got, "IRN KWT 130") == NULL);
    /* a complaint is of whom its clause tells of, not of the clause's object or
     * infinitive */
    S_code(e, "2025-03-01", "Italy complained that Germany was refusing to boost demand.", got,
           sizeof got);
    OK(strstr(got, "ITA DEU 114 asserted") != NULL);
    /* scare quotes leave the words they quote where a pattern reads them */
    S_code(e, "2025-03-01", "Washington said it was \"deeply disappointed\" by Canada's decision.",
           got, sizeof got);
    OK(strstr(got, "USAGOV CAN 111 asserted") != NULL);
    /* a feeling of disapproval coordinated with another is read as one, however the
     * parser draws the pair (under one "be", or "be" and its adjective a phrase apart
     * from the feeling and its party); a pleasure so paired is none, and a conjunct
     * with a verb of its own is that verb's */
    S_code(e, "2025-03-01",
           "Ottawa said it was surprised and disappointed by Washington's decision.", got,
           sizeof got);
    OK(strstr(got, "CANGOV USAGOV 111 asserted") != NULL);
    S_code(e, "2025-03-01", "Tokyo said it was angry and disappointed at the American decision.",
           got, sizeof got);
    OK(strstr(got, "JPNGOV USA 111 asserted") != NULL);
    S_code(e, "2025-03-01", "Seoul was shocked and angered by the Japanese move.", got,
           sizeof got);
    OK(strstr(got, "KORGOV JPN 111 asserted") != NULL);
    S_code(e, "2025-03-01", "Seoul said it was surprised and pleased by the Japanese offer.",
           got, sizeof got);
    OK(strstr(got, " 111 ") == NULL);
    S_code(e, "2025-03-01", "Seoul was angry and recalled its envoy from Tokyo.", got,
           sizeof got);
    OK(strstr(got, "KORGOV JPNGOV 161 asserted") != NULL && strstr(got, " 111 ") == NULL);
    /* being critical of a party's act is criticism of the party; what is critical to
     * something, with an "of" further on, is vital to it */
    S_code(e, "2025-03-01", "Tokyo was highly critical of Washington's new tariffs.", got,
           sizeof got);
    OK(strstr(got, "JPNGOV USAGOV 111 asserted") != NULL);
    S_code(e, "2025-03-01",
           "Tokyo said the tariff cut was critical to the success of its talks with Washington.",
           got, sizeof got);
    OK(strstr(got, " 111 ") == NULL);
    /* protests or objections a party's act provoked or caused are their senders'
     * disapproval of that party, as criticism it drew is */
    S_code(e, "2025-03-01", "Tokyo's rice quota has provoked strong protests from Washington.",
           got, sizeof got);
    OK(strstr(got, "USAGOV JPNGOV 111 asserted") != NULL);
    S_code(e, "2025-03-01", "Seoul's move caused objections from Tokyo.", got, sizeof got);
    OK(strstr(got, "JPNGOV KORGOV 111 asserted") != NULL);
    /* criticism voiced, objections repeated: disapproval of whom they are about */
    S_code(e, "2025-03-01", "Peking voiced objections to the U.S. arms sales to Taiwan.", got,
           sizeof got);
    OK(strstr(got, "CHNGOV USA 111 asserted") != NULL);
    S_code(e, "2025-03-01", "Tokyo repeated its criticism of Washington's trade policy.", got,
           sizeof got);
    OK(strstr(got, "JPNGOV USAGOV 111 asserted") != NULL);
    /* a party's plan or stance found unrealistic, inflexible or contrary to the rules
     * is judged as one found unfair is; a forecast no party owns is no one's act */
    S_code(e, "2025-03-01", "Tokyo said Washington's position was unrealistic.", got, sizeof got);
    OK(strstr(got, "JPNGOV USAGOV 111 asserted") != NULL);
    S_code(e, "2025-03-01", "Brussels said Washington's farm plan was contrary to the GATT rules.",
           got, sizeof got);
    OK(strstr(got, "IGOEUREEC USAGOV 111 asserted") != NULL);
    S_code(e, "2025-03-01", "Analysts said the forecast was unrealistic.", got, sizeof got);
    OK(strstr(got, " 111 ") == NULL);
    /* shock, disturbance or frustration at a party's act is disapproval of it */
    S_code(e, "2025-03-01", "Seoul said it was shocked by Tokyo's decision.", got, sizeof got);
    OK(strstr(got, "KORGOV JPNGOV 111 asserted") != NULL);
    S_code(e, "2025-03-01", "Tokyo was frustrated by Washington's refusal to negotiate.", got,
           sizeof got);
    OK(strstr(got, "JPNGOV USAGOV 111 asserted") != NULL);
    /* a state's protest of another's act is an official complaint; a people's stays a
     * demonstration */
    S_code(e, "2025-03-01", "Japan protested the American tariffs.", got, sizeof got);
    OK(strstr(got, "JPN USA 114 asserted") != NULL);
    S_code(e, "2025-03-01", "Iranians protested against the American strike.", got, sizeof got);
    OK(strstr(got, " 114 ") == NULL && strstr(got, " 141 ") != NULL);
    /* the month March is no protest march begun; a march in lower case still is */
    S_code(e, "2025-03-01", "Tokyo began shipments to Seoul in March.", got, sizeof got);
    OK(strstr(got, " 141 ") == NULL);
    S_code(e, "2025-03-01", "Japan started rice sales to Thailand on March 2.", got, sizeof got);
    OK(strstr(got, " 141 ") == NULL);
    S_code(e, "2025-03-01", "Polish students began a march on Warsaw.", got, sizeof got);
    OK(strstr(got, "POLEDU POLGOV 141 asserted") != NULL);
    /* a fronted date set off by a comma is the verb's, not part of the court's name */
    S_code(e, "2025-03-01", "In February, the International Court of Justice ordered Peru to "
           "pull back its troops.", got, sizeof got);
    OK(strstr(got, "IGOUNOJUDICJ PER 1") != NULL);
    /* what a market's move or nature hits is struck by no one; a party's shells still
     * strike */
    S_code(e, "2025-03-01", "Japanese exports hit the heart of the American car industry.", got,
           sizeof got);
    OK(strstr(got, " 190 ") == NULL);
    S_code(e, "2025-03-01", "Canada was hit hard by the slump in American grain prices.", got,
           sizeof got);
    OK(strstr(got, " 190 ") == NULL);
    /* ... but a fall that the doers are angry at is no market move, nor its doer */
    S_code(e, "2025-03-01", "Protesters angry at the fall of Herat attacked the Pakistani "
           "embassy in Kabul.", got, sizeof got);
    OK(strstr(got, "AFGOPP PAKGOV 145 asserted") != NULL);
    S_code(e, "2025-03-01", "The fall in Japanese rice prices hit American farmers.", got,
           sizeof got);
    OK(strstr(got, " 190 ") == NULL);
    S_code(e, "2025-03-01", "Peru was hit by a Chilean earthquake.", got, sizeof got);
    OK(strstr(got, " 190 ") == NULL);
    S_code(e, "2025-03-01", "Chile, hit by Peruvian shells, closed its border.", got, sizeof got);
    OK(strstr(got, "PER CHL 190 asserted") != NULL);
    /* an offer or an objection withdrawn is no pull-back of forces; troops withdrawn, or
     * a state pulling out of a place, still are */
    S_code(e, "2025-03-01", "Washington has withdrawn its offers of wheat to Egypt.", got,
           sizeof got);
    OK(strstr(got, " 087 ") == NULL);
    S_code(e, "2025-03-01", "Japan withdrew its objections to American rice.", got, sizeof got);
    OK(strstr(got, " 087 ") == NULL);
    S_code(e, "2025-03-01", "Israel withdrew its troops from Gaza.", got, sizeof got);
    OK(strstr(got, "ISR PSE 0874 asserted") != NULL);
    S_code(e, "2025-03-01", "Syria pulled out of Lebanon.", got, sizeof got);
    OK(strstr(got, "SYR LBN 087 asserted") != NULL);
    /* a condition opening a reported demand is the demanded act's, not the demand's */
    S_code(e, "2025-03-01",
           "If Japan wants better relations, Tokyo should stop its raids on Korean boats, the "
           "Korean foreign minister said.",
           got, sizeof got);
    OK(strstr(got, "KORGOV JPNGOV 0256 asserted") != NULL);
    /* doubting that a party will act is no disapproval of it */
    S_code(e, "2025-03-01", "Seoul doubted that Tokyo would lift the tariffs.", got, sizeof got);
    OK(strstr(got, " 110 ") == NULL);
    /* calling on a head of state with nothing asked of him is a visit he hosts; asking
     * him to act, or calling on a state, stays an appeal */
    S_code(e, "1987-06-01", "The Saudi envoy called on President Reagan at the White House.",
           got, sizeof got);
    OK(strstr(got, "SAUGOV USAGOV 042 asserted") != NULL);
    OK(strstr(got, "USAGOV SAUGOV 043 asserted") != NULL);
    OK(strstr(got, " 020 ") == NULL);
    S_code(e, "1987-06-01", "The Saudi envoy called on President Reagan to veto the trade bill.",
           got, sizeof got);
    OK(strstr(got, "SAUGOV USAGOV 020 asserted") != NULL);
    OK(strstr(got, " 042 ") == NULL);
    S_code(e, "1987-06-01", "Bonn called on Washington on Monday.", got, sizeof got);
    OK(strstr(got, "DEUGOV USAGOV 020 asserted") != NULL);
    /* workers who strike a plant walk out of it, a bargain struck is signed, oil struck
     * is found; jets and missiles still strike */
    S_code(e, "2025-03-01",
           "The Canadian Paperworkers Union said its members have struck a Japanese mill "
           "in Quebec after talks on a new contract broke down.",
           got, sizeof got);
    OK(strstr(got, "CAN JPN 143 asserted") != NULL);
    S_code(e, "2025-03-01", "Brazilian seamen struck accords with Japan.", got, sizeof got);
    OK(strstr(got, "BRA JPN 057 asserted") != NULL);
    S_code(e, "2025-03-01", "Egypt's state oil firm said it struck oil near the Libyan border.",
           got, sizeof got);
    OK(strstr(got, " 195 ") == NULL);
    S_code(e, "2025-03-01", "Israeli jets struck targets in Gaza.", got, sizeof got);
    OK(strstr(got, "ISRMIL PSE 195 asserted") != NULL);
    S_code(e, "2025-03-01", "An Iraqi missile struck a Kuwaiti tanker.", got, sizeof got);
    OK(strstr(got, "IRQ KWT 195 asserted") != NULL);
    /* figures or a survey put out are no release of persons or property, as object or
     * as a passive's subject; sailors freed still are */
    S_code(e, "2025-03-01",
           "Japanese trade figures released by the Finance Ministry on Monday showed a "
           "surplus with China.",
           got, sizeof got);
    OK(strstr(got, " 084 ") == NULL);
    S_code(e, "2025-03-01",
           "A survey released by the Bank of Japan on Monday showed Korean demand falling.", got,
           sizeof got);
    OK(strstr(got, " 084 ") == NULL);
    S_code(e, "2025-03-01", "Iran released two British sailors.", got, sizeof got);
    OK(strstr(got, "IRN GBR 084 asserted") != NULL);
    /* faulting a party is criticising it */
    S_code(e, "2025-03-01", "Tokyo faulted Washington for the delay in the rice talks.", got,
           sizeof got);
    OK(strstr(got, "JPNGOV USAGOV 111 asserted") != NULL);
    /* too little is a judgement, its "not" no negation; "not" before another
     * judgement still negates it, and a lack no party owns judges no one */
    S_code(e, "2025-03-01",
           "The European Commission said Japan's latest concessions were not enough.", got,
           sizeof got);
    OK(strstr(got, "IGOEUREEC JPN 111 asserted") != NULL);
    S_code(e, "2025-03-01", "Seoul said Tokyo's offer was inadequate.", got, sizeof got);
    OK(strstr(got, "KORGOV JPNGOV 111 asserted") != NULL);
    S_code(all, "2025-03-01", "Seoul said Tokyo's offer was not unfair.", got, sizeof got);
    OK(strstr(got, "KORGOV JPNGOV 111 negated") != NULL);
    S_code(e, "2025-03-01", "Seoul said there was not enough Japanese rice.", got, sizeof got);
    OK(got[0] == 0);
    /* a teller the parser hung on the verb phrase of the clause it tells, after a
     * comma, reports it as one after the clause does: a judgement, a duty */
    S_code(e, "2025-03-01", "Japan's offer is unfair, the EU said.", got, sizeof got);
    OK(strstr(got, "IGOEUREEC JPN 111 asserted") != NULL);
    S_code(e, "2025-03-01", "Japan must open its markets, the U.S. said.", got, sizeof got);
    OK(strstr(got, "USA JPN 100 asserted") != NULL);
    /* a content denied is disapproval, its denial no negation of the event; granted,
     * it codes nothing; an unhappiness is a feeling of disapproval as a dismay is */
    S_code(e, "2025-03-01", "Tokyo said it was not happy with Washington's new tariffs.", got,
           sizeof got);
    OK(strstr(got, "JPNGOV USAGOV 111 asserted") != NULL);
    S_code(e, "2025-03-01", "Tokyo has never been satisfied with Seoul's offer.", got,
           sizeof got);
    OK(strstr(got, "JPNGOV KORGOV 111 asserted") != NULL);
    S_code(all, "2025-03-01", "Tokyo said it was pleased with Washington's decision.", got,
           sizeof got);
    OK(strstr(got, " 111 ") == NULL);
    S_code(e, "2025-03-01", "Seoul is unhappy with the Japanese decision.", got, sizeof got);
    OK(strstr(got, "KORGOV JPN 111 asserted") != NULL);
    /* an act a possessor no dictionary knows did is its doer's: criticism of it is no
     * criticism of its receiver; a possessor known is the target */
    S_code(all, "2025-03-01", "Britain criticised the firm's sale of arms to Iran.", got,
           sizeof got);
    OK(strstr(got, "GBR IRN") == NULL);
    S_code(e, "2025-03-01", "China protested Washington's arms sales to Taiwan.", got,
           sizeof got);
    OK(strstr(got, "CHN USAGOV 114 asserted") != NULL);
    /* dismay or indignation expressed at someone's act is disapproval of it, as
     * displeasure is */
    S_code(e, "2025-03-01", "Tokyo expressed dismay at the American tariffs.", got, sizeof got);
    OK(strstr(got, "JPNGOV USA 111 asserted") != NULL);
    S_code(e, "2025-03-01", "Seoul voiced indignation over Tokyo's decision.", got, sizeof got);
    OK(strstr(got, "KORGOV JPNGOV 111 asserted") != NULL);
    /* a warning warns its object, not whom the act it warns against is aimed at, also
     * after "against" and a gerund; an appeal so read asks its object in an infinitive
     * the parser set apart too (objects of no known country: no event) */
    S_code(e, "2025-03-01", "Iran warned regional states not to help Israel.", got, sizeof got);
    OK(strstr(got, "IRN ISR") == NULL);
    S_code(e, "2025-03-01", "China warned foreign firms against selling arms to Taiwan.", got,
           sizeof got);
    OK(strstr(got, "CHN TWN") == NULL);
    S_code(e, "2025-03-01", "Beijing urged all countries to respect its position on Taiwan.",
           got, sizeof got);
    OK(strstr(got, "CHNGOV TWN") == NULL);
    /* a retaliation promised with no condition is its doer's threat made now, also
     * where a pattern read force in what it answers; someone else's forecast of it, or
     * one negated, threatens nothing; a retaliation whose act is named is that act */
    S_code(e, "2020-01-05", "Tehran said it would retaliate for the American strike on its general.",
           got, sizeof got);
    OK(strstr(got, "IRNGOV USA 138 asserted") != NULL && strstr(got, " 190 ") == NULL);
    S_code(e, "2020-01-05",
           "\"We will retaliate against Israel,\" the Iranian foreign minister told reporters.",
           got, sizeof got);
    OK(strstr(got, "IRNGOV ISR 138 asserted") != NULL);
    /* a response so promised is a threat only when its words make it hostile */
    S_code(e, "2024-01-05", "Beijing said it would respond to the American tariffs.", got,
           sizeof got);
    OK(strstr(got, "CHNGOV USA 138 asserted") != NULL);
    S_code(e, "2024-01-05", "Moscow said it would respond to the request from Kyiv.", got,
           sizeof got);
    OK(strstr(got, " 13") == NULL);
    S_code(e, "2020-01-05",
           "A Pentagon official predicted that Iran would retaliate against American bases.",
           got, sizeof got);
    OK(strstr(got, " 138 ") == NULL);
    S_code(e, "2020-01-05", "Beijing said it would not retaliate against the United States.",
           got, sizeof got);
    OK(strstr(got, " 138 ") == NULL);
    S_code(e, "2018-06-01",
           "The European Union said it would retaliate by imposing tariffs on American steel.",
           got, sizeof got);
    OK(strstr(got, "IGOEUREEC USA 163 planned") != NULL && strstr(got, " 138 ") == NULL);
    /* what is blamed on someone accuses whom "on" names, also inside one phrase the
     * parser made of the act and the party, and in a passive with its agent; "blamed X
     * for" still accuses X, whatever "on" comes after */
    S_code(e, "2024-01-05", "Ukraine blamed the attack on Russia.", got, sizeof got);
    OK(strstr(got, "UKR RUS 112 asserted") != NULL);
    S_code(e, "2024-01-05", "Pakistan blamed the bombing in Quetta on India.", got, sizeof got);
    OK(strstr(got, "PAK IND 112 asserted") != NULL);
    S_code(e, "2024-01-05", "The attack was blamed on Iran by the United States.", got,
           sizeof got);
    OK(strstr(got, "USA IRN 112 asserted") != NULL);
    S_code(e, "1987-03-05",
           "Colombia blamed an inflexible American position for the collapse of the talks on "
           "coffee quotas.",
           got, sizeof got);
    OK(strstr(got, "COL USA 112 asserted") != NULL);
    /* going over a quota, rigging a vote and cheating on a deal are wrongs, which
     * another party saying them charges; other limits exceeded are none */
    S_code(e, "1987-03-20", "Ottawa says the French have exceeded their cod quota.", got,
           sizeof got);
    OK(strstr(got, "CANGOV FRA 112 asserted") != NULL);
    S_code(e, "1987-03-20", "Baghdad said Tehran was cheating on the OPEC accord.", got,
           sizeof got);
    OK(strstr(got, "IRQGOV IRNGOV 112 asserted") != NULL);
    S_code(e, "1987-03-20", "Egypt's opposition said the ruling party rigged the vote.", got,
           sizeof got);
    OK(strstr(got, "EGYOPP EGYGOV 112 asserted") != NULL);
    /* so are embezzling, and plotting, orchestrating and masterminding an attack or a
     * killing; a trade policy plotted is none */
    S_code(e, "2024-01-05", "Washington said Venezuela's president embezzled state funds.", got,
           sizeof got);
    OK(strstr(got, "USAGOV VENGOV 112 asserted") != NULL);
    S_code(e, "2024-01-05", "Seoul said Pyongyang orchestrated the hacking of its banks.", got,
           sizeof got);
    OK(strstr(got, "KORGOV PRKGOV 112 asserted") != NULL);
    S_code(e, "2024-01-05", "Moscow said Kyiv plotted to kill Russian officials.", got, sizeof got);
    OK(strstr(got, "RUSGOV UKRGOV 112 asserted") != NULL);
    S_code(e, "1987-03-20", "Tokyo said Washington plotted its trade policy carefully.", got,
           sizeof got);
    OK(strstr(got, " 112 ") == NULL && strstr(got, " 128 ") == NULL);
    /* told in the passive, by whom a wrong or an attack was done is charged to that one
     * by whoever says it, besides the attack itself; not by the writer, nor when the
     * subject is the party attacked */
    S_code(e, "2024-01-05", "India said the attack in Kashmir was masterminded by Pakistani militants.",
           got, sizeof got);
    OK(strstr(got, "IND PAKREB 112 asserted") != NULL);
    S_code(e, "1987-10-20",
           "Washington said the attack on the tanker was carried out by Iranian gunboats.", got,
           sizeof got);
    OK(strstr(got, "USAGOV IRNMIL 112 asserted") != NULL);
    /* a negated clause charges no one, under any modality (S_said_charge), as a
     * reported wrong does; nor does one of what may come */
    S_code(all, "2024-01-05", "Kyiv said the attack on the port was not carried out by Russia.",
           got, sizeof got);
    OK(strstr(got, "UKRGOV RUS 112") == NULL);
    S_code(all, "2024-01-05", "Kyiv said the next attack could be carried out by Russia.", got,
           sizeof got);
    OK(strstr(got, "UKRGOV RUS 112") == NULL);
    S_code(e, "1987-10-20",
           "Washington said the attack on the tanker was almost certainly by an Iranian missile.",
           got, sizeof got);
    OK(strstr(got, "USAGOV IRN 112 asserted") != NULL);
    S_code(e, "1987-10-20", "The visit to Beijing was by the Japanese premier, Tokyo said.", got,
           sizeof got);
    OK(strstr(got, " 112 ") == NULL);
    S_code(e, "1987-10-20", "The attack on the convoy was carried out by Iran.", got, sizeof got);
    OK(strstr(got, " 112 ") == NULL);
    S_code(e, "2024-01-05", "Ukraine said Kharkiv was shelled by Russian forces.", got, sizeof got);
    OK(strstr(got, "RUSMIL UKR 194") != NULL && strstr(got, " 112 ") == NULL);
    S_code(e, "1987-03-20", "Tokyo said Japanese demand would exceed supply.", got, sizeof got);
    OK(strstr(got, " 112 ") == NULL && strstr(got, " 128 ") == NULL);
    /* a party held responsible is accused, whatever held thing its act names; the
     * people talks are held with are not */
    S_code(e, "1987-10-20", "The United States held Iran responsible for the raid on the tanker.",
           got, sizeof got);
    OK(strstr(got, "USA IRN 112 asserted") != NULL && strstr(got, " 1711 ") == NULL);
    S_code(e, "1987-10-20", "Britain held talks with the Iranian ministers responsible for trade.",
           got, sizeof got);
    OK(strstr(got, " 112 ") == NULL);
    S_code(e, "2024-01-05", "Israel holds Hamas accountable for the rocket fire.", got, sizeof got);
    OK(strstr(got, "ISR PSEREB 112 asserted") != NULL);
    /* harm put down to a party or attributed to it accuses that party; a change in prices
     * or trade so explained accuses no one */
    S_code(e, "1987-10-20", "Washington put the raid on the tanker down to an Iranian gunboat.",
           got, sizeof got);
    OK(strstr(got, "USAGOV IRNMIL 112 asserted") != NULL);
    S_code(e, "2024-01-05", "Seoul attributed the attack on its banks to North Korea.", got,
           sizeof got);
    OK(strstr(got, "KORGOV PRK 112 asserted") != NULL);
    S_code(e, "2024-01-05", "Seoul attributed the rise in the won to the United States.", got,
           sizeof got);
    OK(strstr(got, " 112 ") == NULL);
    S_code(e, "2024-01-05", "Tokyo put the slide in exports down to weak Chinese demand.", got,
           sizeof got);
    OK(strstr(got, " 112 ") == NULL);
    /* a party said by another to be to blame is accused by that one; a thing to blame
     * accuses no one */
    S_code(e, "1987-04-20", "Moscow said Washington was to blame for the collapse of the talks.",
           got, sizeof got);
    OK(strstr(got, "SUNGOV USAGOV 112 asserted") != NULL);
    S_code(e, "1987-04-20", "Bonn said the strong yen was to blame for the drop in exports.", got,
           sizeof got);
    OK(strstr(got, " 112 ") == NULL);
    /* ... and so is one said to be responsible, with nothing named or for a bombing, or
     * guilty; one responsible for anything else has a duty, and one said not to be
     * responsible is cleared */
    S_code(e, "2024-01-05", "Paris said Berlin was responsible.", got, sizeof got);
    OK(strstr(got, "FRAGOV DEUGOV 112 asserted") != NULL);
    S_code(e, "2024-01-05", "Paris said Berlin was responsible for the bombing of the embassy.",
           got, sizeof got);
    OK(strstr(got, "FRAGOV DEUGOV 112 asserted") != NULL);
    S_code(e, "2024-01-05", "Paris said Berlin was responsible for border security.", got,
           sizeof got);
    OK(strstr(got, " 112 ") == NULL);
    S_code(e, "2024-01-05", "Paris said Berlin was not responsible.", got, sizeof got);
    OK(strstr(got, "112 asserted") == NULL);
    S_code(e, "2024-01-05", "Paris said Berlin was guilty of war crimes.", got, sizeof got);
    OK(strstr(got, "FRAGOV DEUGOV 112 asserted") != NULL);
    /* going back on an accord breaks it */
    S_code(e, "2024-01-05", "Washington said Tokyo reneged on the chip pact.", got, sizeof got);
    OK(strstr(got, "USAGOV JPNGOV 112 asserted") != NULL);
    /* a charge the speaker hedges as likely or as its belief is made all the same; not
     * when the hedge is negated, and a neutral act so hedged charges no one */
    S_code(e, "2024-01-05", "London said it was highly likely that Moscow was responsible.", got,
           sizeof got);
    OK(strstr(got, "GBRGOV RUSGOV 112 asserted") != NULL);
    S_code(e, "2024-01-05", "Paris said it believed Berlin had broken the accord.", got,
           sizeof got);
    OK(strstr(got, "FRAGOV DEUGOV 112 asserted") != NULL);
    S_code(e, "2024-01-05", "Paris said it was not clear that Berlin had broken the accord.", got,
           sizeof got);
    OK(strstr(got, " 112 ") == NULL);
    S_code(e, "2024-01-05", "Paris said it was likely that Berlin had sent a delegation to Rome.",
           got, sizeof got);
    OK(strstr(got, " 112 ") == NULL);
    /* a charge told in a clause of "that" is an accusation, whatever "with" the clause
     * holds: no court's charge; a price charged is neither, whatever "that" follows */
    S_code(e, "1987-04-20",
           "Ottawa charged that the French subsidise their fishing fleet in competition with "
           "Canada.",
           got, sizeof got);
    OK(strstr(got, "CANGOV FRA 112 asserted") != NULL && strstr(got, " 173 ") == NULL);
    S_code(e, "2025-03-10",
           "Ontario said it was charging more for power it sells to three states that border "
           "Canada.",
           got, sizeof got);
    OK(strstr(got, " 112 ") == NULL);
    /* a sanction or a strike over, for or because of a wrong the writer calls alleged
     * is made on its doer's charge, which is made even when the act is only planned or
     * not done; not a wrong named below the phrase's own words, nor one only discussed */
    S_code(e, "1987-04-20",
           "Washington will raise duties on Japanese radios in retaliation for Japan's alleged "
           "breach of the trade accord.",
           got, sizeof got);
    OK(strstr(got, "USAGOV JPN 112 asserted") != NULL);
    S_code(e, "1987-10-20",
           "American destroyers shelled a rig because of the alleged Iranian raid on a ship.", got,
           sizeof got);
    OK(strstr(got, "USAMIL IRN 112 asserted") != NULL);
    S_code(e, "1987-04-20",
           "Ottawa slapped duties on Japanese radios over the alleged breach of its accord with "
           "France.",
           got, sizeof got);
    OK(strstr(got, " 112 ") == NULL);
    S_code(e, "1987-04-20",
           "U.S. senators met Baldrige to discuss Japan's alleged breach of the accord.", got,
           sizeof got);
    OK(strstr(got, " 112 ") == NULL);
    /* nor what the act is done to, which is no wrong: bases called alleged are said to
     * be someone's, not charged with anything */
    S_code(e, "1987-04-20", "Israeli jets bombed alleged Hezbollah camps in Lebanon.", got,
           sizeof got);
    OK(strstr(got, "ISRMIL LBNREB 195") != NULL && strstr(got, " 112 ") == NULL);
    /* failing to keep an agreement or a pledge, told by another party, is its
     * accusation; failing to meet a requirement is none */
    S_code(e, "2024-01-05", "Moscow said Kyiv failed to honour its commitments under the peace deal.",
           got, sizeof got);
    OK(strstr(got, "RUSGOV UKRGOV 112 asserted") != NULL);
    S_code(e, "2024-01-05", "Israel said Hamas had failed to comply with the ceasefire deal.", got,
           sizeof got);
    OK(strstr(got, "ISR PSEREB 112 asserted") != NULL);
    S_code(e, "2024-01-05", "Japan said the firm failed to meet the listing requirements.", got,
           sizeof got);
    OK(strstr(got, " 112 ") == NULL && strstr(got, " 128 ") == NULL);
    /* a fronted participle clause is done by the subject after its comma */
    S_code(e, "2024-01-05", "Blaming Russia for the attack, Ukraine called for new sanctions.",
           got, sizeof got);
    OK(strstr(got, "UKR RUS 112") != NULL);
    /* ... and after such a clause the subject's description in commas is no clause to
     * remove with the subject's name */
    S_code(e, "2024-01-05",
           "Speaking in Warsaw, Polish Foreign Minister Jan Nowak, a former journalist, "
           "criticized Belarus.",
           got, sizeof got);
    OK(strstr(got, "POLGOV BLR 111 asserted") == got);
    S_code(e, "1987-03-05",
           "Speaking in Tokyo, Japanese Trade Minister Hajime Tamura, a veteran lawmaker, "
           "criticised the United States.",
           got, sizeof got);
    OK(strstr(got, "JPNGOV USA 111 asserted") == got);
    /* an absolute clause of "with" whose subject is an actor is an event of its own */
    S_code(e, "2024-01-05",
           "Fighting continued near the plant, with Ukraine accusing Russia of shelling the site.",
           got, sizeof got);
    OK(strstr(got, "UKR RUS 112 asserted") != NULL);
    /* pouring cold water on another's plan rejects it */
    S_code(e, "2024-01-05", "A Canadian minister poured cold water on the French plan.", got,
           sizeof got);
    OK(strstr(got, "CANGOV FRA 12") != NULL);
    /* a state's own ambassador sent back to his post restores relations; another
     * state's sent back is expelled */
    S_code(e, "2024-01-05", "Chile sent its ambassador back to Caracas after the talks.", got,
           sizeof got);
    OK(strstr(got, "CHL VENGOV 050 asserted") != NULL && strstr(got, " 174 ") == NULL);
    S_code(e, "2024-01-05", "Chile sent the Venezuelan ambassador back to Caracas.", got,
           sizeof got);
    OK(strstr(got, "CHL VENGOV 174 asserted") != NULL);
    /* regret at or over another party's act disapproves of it; regret expressed to a
     * party, or for an act, is still an apology */
    S_code(e, "2024-01-05", "Pakistan expressed regret at India's remarks.", got, sizeof got);
    OK(strstr(got, "PAK IND 111 asserted") != NULL && strstr(got, " 055 ") == NULL);
    S_code(e, "2024-01-05", "Tokyo expressed regret to Seoul for the remarks of a Japanese "
           "minister.", got, sizeof got);
    OK(strstr(got, "JPNGOV KORGOV 055 asserted") != NULL);
    /* ... and with a word of degree between; concern so said over a party's act is
     * criticism of it, as regret is (test_worried_act) */
    S_code(e, "2024-01-05", "Beijing expressed strong regret at Canada's decision.", got,
           sizeof got);
    OK(strstr(got, "CHNGOV CAN 111 asserted") != NULL);
    S_code(e, "2024-01-05", "Russia voiced grave concern over Finland's plans.", got, sizeof got);
    OK(strstr(got, "RUS FIN 111 asserted") != NULL);
    S_code(e, "2024-01-05", "Germany expressed regret over the resignation of the French "
           "premier.", got, sizeof got);
    OK(strstr(got, " 111 ") == NULL && strstr(got, " 055 ") == NULL);
    /* a title before the name of whom something is said is the name's */
    S_code(e, "2024-01-05", "Lula called President Macron a good friend.", got, sizeof got);
    OK(strstr(got, "BRAGOV FRAGOV 051 asserted") != NULL);
    /* goods sold abroad are commerce, no event; arms sent are material help, except
     * when told in the simple present, a habit; a planned or past sale still is */
    S_code(e, "2024-01-05", "Norway will export more gas to Germany.", got, sizeof got);
    OK(strstr(got, " 06") == NULL);
    S_code(e, "2024-01-05", "Norway exports most of its arms to Germany.", got, sizeof got);
    OK(strstr(got, " 06") == NULL);
    S_code(e, "2024-01-05", "Norway will export more arms to Germany.", got, sizeof got);
    OK(strstr(got, "NOR DEU 062") != NULL);
    /* opposing another's plan rejects it */
    S_code(e, "2024-01-05", "Germany opposed the French plan.", got, sizeof got);
    OK(strstr(got, "DEU FRA 120 asserted") != NULL);
    /* vowing to avenge an attack is a threat, whoever its victims were */
    S_code(e, "2024-08-01", "Hezbollah vowed to avenge the Israeli strike on its commander.",
           got, sizeof got);
    OK(strstr(got, " ISR 138 asserted") != NULL);
    S_code(e, "1987-05-01",
           "The European Community agreed to impose tariffs on Japanese cameras unless "
           "Tokyo opened its market.",
           got, sizeof got);
    OK(strstr(got, "IGOEUREEC JPN 1312 asserted") != NULL && strstr(got, " 163 ") == NULL);
    S_code(e, "1987-05-01",
           "The European Community agreed to impose tariffs on Japanese cameras.", got,
           sizeof got);
    OK(strstr(got, "IGOEUREEC JPN 163 planned") != NULL && strstr(got, " 03") == NULL);
    /* nor an agreement to expel, ban or suspend, nor one to an arms ban (a noun) */
    S_code(e, "2024-03-01", "The EU agreed to expel Russian diplomats.", got, sizeof got);
    OK(strstr(got, "IGOEUREEC RUSGOV 174 planned") != NULL && strstr(got, " 03") == NULL);
    S_code(e, "2024-03-01", "The EU agreed to ban Russian oil.", got, sizeof got);
    OK(strstr(got, "IGOEUREEC RUS 163 planned") != NULL && strstr(got, " 03") == NULL);
    S_code(e, "2024-03-01", "The EU agreed to suspend aid to Niger.", got, sizeof got);
    OK(strstr(got, "IGOEUREEC NER 1621 planned") != NULL && strstr(got, " 03") == NULL);
    S_code(e, "2024-03-01", "Germany and France agreed to a ban on chemical weapons.", got,
           sizeof got);
    OK(strstr(got, "DEU FRA 030 asserted") != NULL);
    /* answering back with force on a condition is a response in arms; responding
     * kindly is none */
    S_code(e, "1987-05-01",
           "Moscow will answer back with force and violence if Iran attacks its ships.",
           got, sizeof got);
    OK(strstr(got, "SUNGOV IRN 138 asserted") != NULL);
    S_code(e, "2019-12-15", "Iran would respond positively if Washington lifted sanctions.",
           got, sizeof got);
    OK(strstr(got, " 138 ") == NULL);
    /* "any" hostile act of someone's is a condition: after the response, or as the
     * subject of what it will bring, the reporter's threat (also one who tells it after
     * the clause and a comma) */
    S_code(e, "1987-05-01",
           "Iran would respond decisively to any aggressive measure by the United States.",
           got, sizeof got);
    OK(strstr(got, "IRN USA 138 asserted") != NULL && strstr(got, " 190 ") == NULL);
    S_code(e, "1987-05-01",
           "Any Iranian attack on Soviet ships will bring a forceful response, Moscow said.",
           got, sizeof got);
    OK(strstr(got, "SUNGOV IRN 138 asserted") != NULL);
    /* what the duty asks is coded by its act: a withdrawal demanded is a demand to
     * de-escalate (1056), a release asked for an appeal for it (0253), talks an appeal
     * to negotiate (026); asked to refrain from it, a plain appeal */
    S_code(e, "2024-03-01", "Russia must withdraw its troops from Moldova, Germany said.", got,
           sizeof got);
    OK(strstr(got, "DEU RUS 1056 asserted") != NULL);
    S_code(e, "2024-03-01", "Sweden said Iran needs to release the sailors of the seized tanker.",
           got, sizeof got);
    OK(strstr(got, "SWE IRN 0253 asserted") != NULL);
    S_code(e, "2024-03-01", "Armenia should resume negotiations with Azerbaijan, France said.",
           got, sizeof got);
    OK(strstr(got, "FRA ARM 026 asserted") != NULL);
    /* ... also when an adverb of the reported clause follows its subject, which the parser
     * read as the object of "said" */
    S_code(e, "2024-03-01", "France said Armenia now should resume negotiations with Azerbaijan.",
           got, sizeof got);
    OK(strstr(got, "FRA ARM 026 asserted") != NULL && strstr(got, "FRA AZE") == NULL);
    S_code(e, "2024-03-01", "Germany said Russia should not withdraw from the arms treaty.", got,
           sizeof got);
    OK(strstr(got, "DEU RUS 020 asserted") != NULL);
    /* a need told in reported speech's past ("needed to") is a duty as "needs to" is;
     * a thing that "was needed" asks no one, and a need of one's own is no appeal */
    S_code(e, "1987-03-01", "U.S. officials said Brazil needed to enact a credible economic plan.",
           got, sizeof got);
    OK(strstr(got, "USAGOV BRA 020 asserted") != NULL);
    S_code(e, "2025-03-01", "The Kremlin said Kyiv needed to accept the new realities.", got,
           sizeof got);
    OK(strstr(got, "RUSGOV UKRGOV 020 asserted") != NULL);
    S_code(e, "1987-03-01", "Washington said more growth in Japan was needed to help U.S. exports.",
           got, sizeof got);
    OK(strstr(got, " 02") == NULL);
    S_code(e, "1987-03-01", "Tokyo said it needed to cut its exports.", got, sizeof got);
    OK(strstr(got, " 02") == NULL);
    /* a time or a need "for" a party to act, reported, is the reporter's appeal to it,
     * coded by what it asks (the word filter passes the sentence for the words, whatever
     * the verb); the act is the party's, asked and not done, and no one else's; not so
     * when negated, nor what is only hard for the party to do */
    S_code(e, "2025-03-01", "The French president said it is time for Russia to end the war.",
           got, sizeof got);
    OK(strstr(got, "FRAGOV RUS 020 asserted") != NULL);
    S_code(e, "2025-03-01",
           "Germany said it was necessary for Russia to withdraw its troops from Ukraine.", got,
           sizeof got);
    OK(strstr(got, "DEU RUS 0256 asserted") != NULL && strstr(got, " UKR 0874") == NULL);
    S_code(e, "1987-03-01",
           "\"Now is the time for Tokyo to open its markets,\" the U.S. trade representative "
           "said.",
           got, sizeof got);
    OK(strstr(got, " JPNGOV 020 asserted") != NULL);
    S_code(e, "2025-03-01", "Egypt said it was not time for Israel to stop the war.", got,
           sizeof got);
    OK(strstr(got, " 02") == NULL);
    S_code(e, "2025-03-01", "Britain said it would be difficult for Argentina to join the talks.",
           got, sizeof got);
    OK(strstr(got, " 02") == NULL && strstr(got, " 046 planned") == NULL);
    /* what a conditional clause says the party wants is no purpose that makes the duty
     * a mere condition, as "to qualify for the program, China must" does */
    S_code(e, "1987-03-01",
           "The U.S. said that if Japan wants to sell more cars, Japan must open its markets.",
           got, sizeof got);
    OK(strstr(got, "USA JPN 100 asserted") != NULL);
    /* a demand or call repeated or made is its doer's, of the subject of the noun's
     * clause of "that"; a demand rejected is not the rejecter's */
    S_code(e, "1987-03-01", "Washington renewed its demand that Tokyo open its rice market.",
           got, sizeof got);
    OK(strstr(got, "USAGOV JPNGOV 100 asserted") != NULL);
    S_code(e, "1987-03-01", "Iran rejected the U.N. demand that Iraq withdraw its troops.",
           got, sizeof got);
    OK(strstr(got, " 100 ") == NULL);
    /* ... and so is a proposal or a plea repeated or made (the word filter passes the
     * sentence for the noun, whatever the clause's verb) */
    S_code(e, "1987-03-01", "Canberra revived its proposal that Tokyo buy more beef.", got,
           sizeof got);
    OK(strstr(got, "AUSGOV JPNGOV 020 asserted") != NULL);
    S_code(e, "1987-03-01", "Washington renewed its plea that Seoul open its rice market.", got,
           sizeof got);
    OK(strstr(got, "USAGOV KORGOV 020 asserted") != NULL);
    S_code(e, "1987-03-01", "Tokyo turned down the Australian proposal that Japan buy beef.",
           got, sizeof got);
    OK(strstr(got, " 020 ") == NULL);
    /* whatever it takes is a condition: the sanctions it includes are threatened */
    S_code(e, "2025-03-13",
           "Britain will take any diplomatic measures necessary to stop Iran from building a "
           "bomb, including reimposing U.N. sanctions.",
           got, sizeof got);
    OK(strstr(got, "GBR IRN 1312 asserted") != NULL && strstr(got, " 163 ") == NULL);
    /* sanctions no one named imposes on a condition: the reporter's threat to the
     * condition's subject */
    S_code(e, "2019-10-01",
           "A U.S. official said sanctions could follow if Ankara went ahead and activated "
           "the system.",
           got, sizeof got);
    OK(strstr(got, "USAGOV TURGOV 1312 asserted") != NULL);
    S_code(e, "2019-10-01", "A U.S. official said sanctions could follow.", got, sizeof got);
    OK(strstr(got, " 1312 ") == NULL);
    /* a condition the parser hangs on the verb of saying, before the clause it
     * conditions or right after it, is still that clause's: the act promised stays
     * hypothetical and its threat is made now, towards the condition's subject */
    static const S_case hung[] = {
        {"2025-03-11",
         "Ottawa said if Washington imposed the levies, Canada would respond with tariffs "
         "of its own.",
         "CAN USAGOV 1312 asserted"},
        {"2025-03-11",
         "Brussels said if Washington raised the duties again, the European Union would "
         "retaliate.",
         "IGOEUREEC USAGOV 138 asserted"},
        {"2025-03-11", "The Kremlin said if Finland joined NATO, Russia would respond militarily.",
         " FIN 138 asserted"},
        {"2019-10-01",
         "Washington said that sanctions would be imposed if Ankara switched the system on.",
         "USAGOV TURGOV 1312 asserted"},
    };
    S_code_cases(e, hung, sizeof hung / sizeof *hung, 0);
    S_code(e, "2025-03-11",
           "Ottawa said if Washington imposed the levies, Canada would respond with tariffs of "
           "its own.",
           got, sizeof got);
    OK(strstr(got, " 163 ") == NULL); /* hypothetical, not planned */
    /* so is a response promised through the infinitive of a verb of readiness */
    static const S_case ready[] = {
        {"2025-03-11",
         "Tehran said Iran would have to retaliate if Israel struck its nuclear sites.",
         "IRN ISR 138 asserted"},
        {"2025-03-11",
         "Ottawa said Canada would be forced to respond with tariffs if Washington imposed "
         "the levies.",
         "CAN USAGOV 1312 asserted"},
    };
    S_code_cases(e, ready, sizeof ready / sizeof *ready, 0);
    /* electricity shut off is cut off: promised on a condition, a threat */
    S_code(e, "2025-03-11",
           "Ontario Premier Doug Ford said he would shut off electricity to the United States "
           "if Washington raised its tariffs.",
           got, sizeof got);
    OK(strstr(got, "CANGOV USAGOV 137 asserted") != NULL);
    S_code(e, "2025-03-11", "The storm shut off electricity to thousands of homes.", got,
           sizeof got);
    OK(got[0] == 0);
    /* what is promised on such a condition threatens no one when it is no hostile act */
    S_code(e, "2025-03-11", "Officials said if Iran halted its enrichment, talks could resume.",
           got, sizeof got);
    OK(strstr(got, " 13") == NULL);
    S_code(e, "2025-03-11",
           "Moscow said that if Washington lifted the curbs, it would buy more American wheat.",
           got, sizeof got);
    OK(strstr(got, " 13") == NULL);
    S_code(e, "2025-03-11",
           "Mexico said it would be ready to buy more American corn if Washington lifted the "
           "tariffs.",
           got, sizeof got);
    OK(strstr(got, " 13") == NULL);

    /* a plot or an aggression "by" someone, said by another, is the sayer's accusation
     * of that one, not of what the sentence's subject names */
    S_code(e, "2024-05-01", "Tehran said the explosion was a plot by Israel.", got,
           sizeof got);
    OK(strstr(got, "IRNGOV ISR 112 asserted") != NULL);
    S_code(e, "2022-10-08", "Moscow said the attack on the bridge was an act of aggression "
           "by Ukraine.", got, sizeof got);
    OK(strstr(got, "RUSGOV UKR 112 asserted") != NULL);
    /* so is taking part in a killing or an attack, and the charge rejected after a
     * comma is rejected towards its maker */
    S_code(e, "2023-09-19",
           "Canada's prime minister said Indian agents may have been involved in the killing "
           "of a Sikh activist, an accusation India rejected as absurd.",
           got, sizeof got);
    OK(strstr(got, "CANGOV IND 112 asserted") != NULL &&
       strstr(got, "IND CANGOV 120 asserted") != NULL);

    /* an act judged to amount to a war crime, said by another, is the sayer's accusation
     * of the act's doer */
    S_code(e, "2024-03-13",
           "The United Nations said the Sudanese army's campaign in Darfur amounted to war "
           "crimes.",
           got, sizeof got);
    OK(strstr(got, "IGOUNO SDNMIL 112 asserted") != NULL);

    /* a state eases no sanctions on itself: the sanctions' own country is no target */
    S_code(e, "2025-03-11", "Washington lifted the U.S. sanctions on Iran.", got, sizeof got);
    OK(strstr(got, " USA 085") == NULL);
    S_code(e, "2025-03-11",
           "Trump delayed for a month a 25% tariff on all products exported to the United "
           "States.",
           got, sizeof got);
    OK(strstr(got, " USA 085") == NULL);
    S_code(e, "2025-03-11", "Washington lifted the sanctions on Iran.", got, sizeof got);
    OK(strstr(got, "USAGOV IRN 085 asserted") != NULL);

    /* recognition withdrawn is a rejection, not a negated recognition */
    S_code(e, "2021-04-14",
           "Opposition leaders in Somalia said they will no longer recognize Farmajo as "
           "president.",
           got, sizeof got);
    OK(strstr(got, "SOMOPP SOMGOV 120 planned") != NULL);
    /* violence against villages is unconventional from rebels (180), force from a
     * state's own troops (190) */
    S_code(e, "2024-07-05", "Rebels from Chad attacked several villages in Sudan.", got,
           sizeof got);
    OK(strstr(got, " 180 asserted") != NULL);
    S_code(e, "2024-07-05", "Sudanese troops attacked several villages in Chad.", got,
           sizeof got);
    OK(strstr(got, "SDNMIL TCD 190 asserted") != NULL && strstr(got, " 180 ") == NULL);

    /* "its forces" opening a clause the United States reports are its own, not those of
     * the state of the sentence before */
    S_code(e, "1987-10-19",
           "Britain backed the raid. The United States said its forces destroyed an "
           "Iranian oil platform.",
           got, sizeof got);
    OK(strstr(got, "USAMIL IRN ") != NULL && strstr(got, "GBRMIL") == NULL);
    /* so are those of a participle of saying after the main clause, whose subject is the
     * main clause's, however the parser hangs "its forces" and whoever else it names;
     * "today" after the subject is no reporter */
    S_code(e, "1987-01-10",
           "Syria reported gains near Amman, saying its forces had attacked Jordanian "
           "positions.",
           got, sizeof got);
    OK(strstr(got, "SYRMIL JOR 190 asserted") == got);
    S_code(e, "1987-01-10",
           "Egypt today reported gains near Tripoli, adding its troops had shelled Libyan "
           "positions.",
           got, sizeof got);
    OK(strstr(got, "EGYMIL LBY 194 asserted") == got);
    /* reporters named as several own no "its" */
    S_code(e, "1987-01-10",
           "Syria and Egypt reported gains, saying its forces had attacked Jordanian "
           "positions.",
           got, sizeof got);
    OK(strstr(got, "MIL JOR") == NULL);

    /* forces named again by their noun alone are the state's whose forces that noun
     * named just before, not the one state in sight */
    S_code(e, "1987-01-10",
           "Syria said its warplanes had bombed Jordanian border posts. A military statement "
           "said warplanes also hit an airbase in Jordan.",
           got, sizeof got);
    OK(strstr(got, "; SYRMIL JOR 190 asserted") != NULL);
    S_code(e, "1987-01-10",
           "Libyan troops crossed into Chad on Monday. France called for calm. The troops "
           "attacked a Chadian garrison.",
           got, sizeof got);
    OK(strstr(got, "LBYMIL TCD 190 asserted") != NULL && strstr(got, "FRAMIL") == NULL);
    /* not when two states' forces were so named, when the one named is the other party,
     * nor for a count of them, who may be anyone's */
    S_code(e, "1987-01-10",
           "Syrian warplanes bombed Jordanian border posts. Jordanian warplanes struck Syrian "
           "bases. A statement said warplanes also hit an airbase in Jordan.",
           got, sizeof got);
    OK(strstr(got, "SYRMIL JOR 195 asserted") == got && strstr(got, " 190 ") == NULL);
    S_code(e, "1987-01-10",
           "Syrian warplanes bombed Jordanian border posts on Monday. Warplanes later hit a "
           "Syrian airbase.",
           got, sizeof got);
    OK(strstr(got, "SYRMIL JOR 195 asserted") == got && strstr(got, " 190 ") == NULL);
    S_code(e, "1987-01-10",
           "Syrian warplanes bombed Jordanian border posts on Monday. Two warplanes later hit "
           "an airbase in Jordan.",
           got, sizeof got);
    OK(strstr(got, "SYRMIL JOR 195 asserted") == got && strstr(got, " 190 ") == NULL);

    /* what one rejects is someone else's: "its" is not the rejecter */
    S_code(e, "2025-03-12",
           "The United States said it would keep up the pressure on Iran, as Tehran "
           "rejected its offer for new talks.",
           got, sizeof got);
    OK(strstr(got, "IRNGOV USA 125 asserted") != NULL);

    /* denying another's charge denies responsibility (016), whatever its number: towards
     * its maker, and the act it charges is not coded as done */
    S_code(e, "2024-05-01", "Kenya denied Somalia's accusations that it had shelled Dhobley.",
           got, sizeof got);
    OK(strstr(got, "KEN SOM 016 asserted") != NULL && strstr(got, "KEN --- 19") == NULL);
    S_code(e, "2024-05-01", "Kenya denied the Somali charge that its troops had shelled Dhobley.",
           got, sizeof got);
    OK(strstr(got, "KEN SOM 016 asserted") != NULL && strstr(got, " 12") == NULL);
    /* a claim or advance dismissed as of no weight is rejected, and so are arguments
     * officials made, no dismissal of the officials */
    S_code(e, "2024-05-01",
           "Kenya dismissed as insignificant the Somali army's advance near Dhobley.", got,
           sizeof got);
    OK(strstr(got, "KEN SOMMIL 120 asserted") != NULL);
    S_code(e, "2024-05-01", "Kenya dismissed the arguments of Somali officials.", got,
           sizeof got);
    OK(strstr(got, "KEN SOMGOV 120 asserted") != NULL && strstr(got, " 172 ") == NULL);
    /* being opposed to a party's demand or plan rejects it: no passive of "oppose" */
    S_code(e, "2024-05-01", "Japan is strongly opposed to U.S. demands for rice imports.", got,
           sizeof got);
    OK(strstr(got, "JPN USA 120 asserted") != NULL);
    /* "(TO +)" names whom something is directed to, not the object of an act "to"
     * opens: opposing another's efforts to act rejects them */
    S_code(e, "1987-06-01", "The United States opposes EC efforts to impose new tariffs.", got,
           sizeof got);
    OK(strstr(got, "USA IGOEUREEC 120 asserted") == got);
    S_code(e, "1987-06-01", "Japan objected to the American plan.", got, sizeof got);
    OK(strstr(got, "JPN USA 110 asserted") == got);
    /* a charge rejected at a meeting is the charge's rejection (120), not one of the
     * meeting (125) */
    S_code(e, "1987-06-01",
           "Kuwait rejected the Iranian claims at a press conference in Kuwait City.", got,
           sizeof got);
    OK(strstr(got, "KWT IRN 120 asserted") == got);
    /* "decline" refuses what it names right after it, or is refused "by" its doer,
     * the passive's subject read as the active's object (its falls: test_fall) */
    S_code(e, "1987-06-01", "Kuwait declined an American offer of naval escorts.", got,
           sizeof got);
    OK(strstr(got, "KWT USA 127 asserted") == got);
    S_code(e, "1987-06-01", "The Soviet offer was declined by Tokyo.", got, sizeof got);
    OK(strstr(got, "JPNGOV SUN 127 asserted") == got);
    S_code(e, "1987-06-01", "Kuwait declined to comment on Iran's proposal.", got, sizeof got);
    OK(strstr(got, "KWT IRN 011 asserted") == got);

    /* an act backed is endorsed, aimed at its doer; an attack backed is never its
     * victim's */
    S_code(e, "1987-10-20", "Britain backed the American raid on the Iranian oil platform.",
           got, sizeof got);
    OK(strstr(got, "GBR USA 051 asserted") == got && strstr(got, " IRN ") == NULL);
    S_code(e, "1987-10-20", "Japan backed Washington's decision to cut interest rates.", got,
           sizeof got);
    OK(strstr(got, "JPN USAGOV 051 asserted") == got);
    S_code(e, "1987-10-20", "Italy backed the attack on the Iranian oil platform.", got,
           sizeof got);
    OK(strstr(got, " IRN ") == NULL);
    S_code(e, "1987-10-20", "Britain welcomed the attack on the Iranian oil platform.", got,
           sizeof got);
    OK(strstr(got, " IRN ") == NULL);
    S_code(e, "1987-10-20", "Israel welcomed the U.S. strike on Iran.", got, sizeof got);
    OK(strstr(got, "ISR USA 051 asserted") == got);
    /* a party backed in a war is a side taken, not an act backed, whatever attacks the
     * parser lets the verb's phrase reach */
    S_code(e, "1987-10-20",
           "Syria has backed Iran in the war against Iraq and its ports have often been the "
           "target of Iraqi raids.",
           got, sizeof got);
    OK(strstr(got, " 051 ") == NULL);

    /* a body's meeting boycotted is a sanction against the body; talks boycotted are
     * talks refused */
    S_code(e, "1987-04-27", "Taiwan will boycott this year's meeting of the ADB in Manila.",
           got, sizeof got);
    OK(strstr(got, "TWN IGOASADEVADB") == got && strstr(got, " 163 planned") != NULL);
    S_code(e, "1987-04-27", "China boycotted the talks with Japan.", got, sizeof got);
    OK(strstr(got, "CHN JPN 125 asserted") == got);

    /* the text of a deal completed or drafted together is negotiated, both ways; a
     * resolution drafted is nothing */
    S_code(e, "1987-06-02",
           "Greek and Turkish negotiators have completed a draft of the border accord.", got,
           sizeof got);
    OK(strstr(got, "GRCGOV TURGOV 046 asserted") != NULL &&
       strstr(got, "TURGOV GRCGOV 046 asserted") != NULL);
    S_code(e, "1987-06-02", "Japan and South Korea drafted a joint text on fishing rights.",
           got, sizeof got);
    OK(strstr(got, "JPN KOR 046 asserted") != NULL &&
       strstr(got, "KOR JPN 046 asserted") != NULL);
    S_code(e, "1987-06-02", "Britain drafted a resolution on Iran.", got, sizeof got);
    OK(got[0] == 0);

    /* a truce between others sought, pursued or negotiated is mediation, towards both */
    S_code(e, "1987-10-20",
           "The U.N. secretary general pursued efforts to obtain a truce between Iran and "
           "Iraq.",
           got, sizeof got);
    OK(strstr(got, "IGOUNO IRN 045 asserted") != NULL &&
       strstr(got, "IGOUNO IRQ 045 asserted") != NULL);
    S_code(e, "1987-10-20", "Algeria sought a ceasefire between Iran and Iraq.", got,
           sizeof got);
    OK(strstr(got, "DZA IRN 045 asserted") != NULL && strstr(got, "DZA IRQ 045 asserted") != NULL);
    S_code(e, "2024-05-01", "Qatar helped negotiate a truce between Israel and Hamas.", got,
           sizeof got);
    OK(strstr(got, "QAT ISR 045") != NULL && strstr(got, " 046 ") == NULL);

    /* warships offered to escort a state's tankers are protection offered; its tankers
     * reflagged are protected */
    S_code(e, "1987-05-20", "The United States offered its navy to escort the Kuwaiti convoy.",
           got, sizeof got);
    OK(strstr(got, "USA KWT 0334 asserted") == got);
    S_code(e, "1987-05-20", "Washington will reflag eleven Kuwaiti tankers.", got, sizeof got);
    OK(strstr(got, "USAGOV KWT 074 planned") == got);

    /* an act said to be justified, or self-defence, is endorsed; "not legitimate" is
     * no endorsement */
    S_code(e, "1987-10-20", "Britain said the U.S. strike was justified.", got, sizeof got);
    OK(strstr(got, "GBR USA 051 asserted") == got);
    S_code(e, "1987-10-20", "Spain said the American raid was an act of self-defence.", got,
           sizeof got);
    OK(strstr(got, "ESP USA 051 asserted") == got);
    S_code(e, "1987-10-20", "China said Taiwan's claims were not legitimate.", got,
           sizeof got);
    OK(strstr(got, " 051 asserted") == NULL);

    /* an adverbial clause of the sentence with a doer of its own stays after a comma */
    S_code(e, "2023-10-18",
           "Hamas blamed Israel for the blast at the hospital, while Israel placed the "
           "blame on Islamic Jihad.",
           got, sizeof got);
    OK(strstr(got, "ISR PSEREB 112 asserted") != NULL);

    /* wrongdoing that has no act of its own, said by someone of another country, is
     * that one's accusation; done, it is defying norms */
    S_code(e, "2024-03-01", "Moscow said Kyiv had sabotaged the peace talks.", got,
           sizeof got);
    OK(strstr(got, "RUSGOV UKRGOV 112 asserted") != NULL && strstr(got, " 128 ") == NULL);
    S_code(e, "2024-03-01", "Beijing said Washington was smearing China.", got, sizeof got);
    OK(strstr(got, "CHNGOV USAGOV 112 asserted") != NULL);
    S_code(e, "2024-03-01", "The Kremlin said Washington was meddling in Georgia's election.",
           got, sizeof got);
    OK(strstr(got, "RUSGOV USAGOV 112 asserted") != NULL);
    /* also in a complement of the clause's verb */
    S_code(e, "2024-03-01", "Niger said France had been working to destabilise Niger.", got,
           sizeof got);
    OK(strstr(got, "NER FRA 112 asserted") != NULL && strstr(got, " 128 ") == NULL);
    S_code(e, "2024-03-01", "Ukraine sabotaged the talks.", got, sizeof got);
    OK(strstr(got, " 112 ") == NULL);
    /* an attempt charged is an accusation made as the verb of saying says it, by the
     * doer of the verb the infinitive completes; a negated clause charges no one */
    S_code(e, "2024-03-01", "Moscow said Kyiv was trying to sabotage the peace talks.", got,
           sizeof got);
    OK(strstr(got, "RUSGOV UKRGOV 112 asserted") != NULL);
    S_code(e, "2024-03-01", "Tehran said Washington openly seeks to weaponize the Council.",
           got, sizeof got);
    OK(strstr(got, "IRNGOV USAGOV 112 asserted") != NULL);
    S_code(e, "2024-03-01", "Moscow said Kyiv did not sabotage the peace talks.", got,
           sizeof got);
    OK(strstr(got, " 112 asserted") == NULL);
    /* two sides of one country: one's charge against the other; not the state's own */
    S_code(e, "2020-06-01",
           "The Taliban said the Kabul government had tried to sabotage the peace talks.", got,
           sizeof got);
    OK(strstr(got, "AFGREB AFGGOV 112 asserted") != NULL);
    S_code(e, "2023-06-01",
           "The Kenyan government said the opposition was spreading propaganda.", got,
           sizeof got);
    OK(strstr(got, "KENGOV KENOPP 112 asserted") != NULL);
    S_code(e, "2020-06-01", "Kabul said the Afghan army had sabotaged the peace talks.", got,
           sizeof got);
    OK(strstr(got, " 112 ") == NULL);
    /* taking part in wrongdoing, said of another, is an accusation; told alone, nothing */
    S_code(e, "2022-04-05", "Washington said Moscow was involved in crimes in Bucha.", got,
           sizeof got);
    OK(strstr(got, "USAGOV RUSGOV 112 asserted") != NULL);
    S_code(e, "2022-04-05", "Moscow was involved in crimes in Bucha.", got, sizeof got);
    OK(got[0] == 0);
    S_code(e, "2024-04-02", "Tehran said Israel was behind the attack on its consulate.", got,
           sizeof got);
    OK(strstr(got, "IRNGOV ISR 112 asserted") != NULL);
    S_code(e, "2024-04-02", "Tehran said Israel was not behind the attack.", got, sizeof got);
    OK(strstr(got, " 112 asserted") == NULL);

    /* a judgement "be" gives its subject, said by someone else, is that one's criticism
     * of it (also after "one of"); told by the writer, or of a phrase inside the
     * predicate, it is no one's */
    S_code(e, "2025-03-13",
           "Ottawa argued that Washington is one of the most reckless trading partners.", got,
           sizeof got);
    OK(strstr(got, "CANGOV USAGOV 111 asserted") != NULL);
    S_code(e, "2025-03-13", "Tokyo said Beijing's decision was a dangerous provocation.", got,
           sizeof got);
    OK(strstr(got, "JPNGOV CHNGOV 111 asserted") != NULL);
    /* ... also when judgements are joined, whether the parser draws the second as a
     * phrase beside the first "be" or hangs the words after a comma outside the clause */
    S_code(e, "2025-03-13", "France said the British offer was insufficient and disappointing.",
           got, sizeof got);
    OK(strstr(got, "FRA GBR 111 asserted") != NULL);
    S_code(e, "2025-03-13",
           "Argentina said the British decision was unconstitutional, null and void.", got,
           sizeof got);
    OK(strstr(got, "ARG GBR 111 asserted") != NULL);
    S_code(e, "2025-03-13", "France said the British offer was unfair and weak.", got,
           sizeof got);
    OK(strstr(got, "FRA GBR 111 asserted") != NULL);
    S_code(e, "2025-03-13", "Beijing's decision was a dangerous provocation.", got, sizeof got);
    OK(strstr(got, " 111 ") == NULL);
    S_code(e, "2025-03-13", "The IMF said Egypt's economy was in a dangerous position.", got,
           sizeof got);
    OK(strstr(got, " 111 ") == NULL);
    S_code(e, "2021-09-01", "The UN said the Taliban's takeover was a tragedy for women.",
           got, sizeof got);
    OK(strstr(got, "IGOUNO AFGGOV 111 asserted") != NULL);
    S_code(e, "2024-04-02", "Tehran said Israel's strike was a violation of its sovereignty.",
           got, sizeof got);
    OK(strstr(got, "IRNGOV ISR 111 asserted") != NULL);
    /* praise said so (&PRAISE_) is that one's praise (051); "no" before the judgement
     * negates it; verbs that say what their subject is judge it as "be" does ("remain",
     * "pose a threat"); "called", "described as" take the praise words too, not of a
     * meeting, which went well for both its sides */
    S_code(e, "2024-05-01", "Berlin said Rome was a reliable partner.", got, sizeof got);
    OK(strstr(got, "DEUGOV ITAGOV 051 asserted") != NULL);
    S_code(e, "2024-05-01", "Berlin said Rome was no friend of Paris.", got, sizeof got);
    OK(strstr(got, " 051 asserted") == NULL);
    S_code(e, "2024-05-01", "Macron said Russia's military buildup poses a threat to Europe.",
           got, sizeof got);
    OK(strstr(got, "FRAGOV RUSMIL 111 asserted") != NULL);
    S_code(e, "2024-05-01", "Ankara said Athens poses no threat to Turkey.", got, sizeof got);
    OK(strstr(got, " 111 asserted") == NULL);
    S_code(e, "2024-05-01", "Seoul said Tokyo's tariffs remain unacceptable.", got, sizeof got);
    OK(strstr(got, "KORGOV JPNGOV 111 asserted") != NULL);
    S_code(e, "2024-05-01", "Ottawa called the Japanese offer constructive.", got, sizeof got);
    OK(strstr(got, "CANGOV JPN 051 asserted") != NULL);
    S_code(e, "2024-05-01",
           "Berlin met Paris. The German government described the meeting as very positive.",
           got, sizeof got);
    OK(strstr(got, " 051 ") == NULL);
    /* the labels today's copy gives a party, its leader or its policy, and the praise it
     * gives them; a label that only names a kind of act or stage judges no one */
    S_code(e, "2024-05-01", "Tokyo called the Chinese ban unscientific.", got, sizeof got);
    OK(strstr(got, "JPNGOV CHN 111 asserted") != NULL);
    S_code(e, "2024-05-01", "The Kremlin called the British minister a warmonger.", got,
           sizeof got);
    OK(strstr(got, "RUSGOV GBRGOV 111 asserted") != NULL);
    S_code(e, "2024-05-01", "Moscow said the Polish decision was Russophobic.", got,
           sizeof got);
    OK(strstr(got, "RUSGOV POL 111 asserted") != NULL);
    S_code(e, "2024-05-01", "Seoul described the North Korean launch as an escalation.", got,
           sizeof got);
    OK(strstr(got, "KORGOV PRK 111 asserted") != NULL);
    S_code(e, "2024-05-01", "The EU said the Chinese tariffs were unnecessary.", got,
           sizeof got);
    OK(strstr(got, "IGOEUREEC CHN 111 asserted") != NULL);
    S_code(e, "2024-05-01", "The Philippine president described China as a good neighbor.",
           got, sizeof got);
    OK(strstr(got, "PHLGOV CHN 051 asserted") != NULL);
    S_code(e, "2024-05-01", "Qatar called the American envoy an honest broker.", got,
           sizeof got);
    OK(strstr(got, "QAT USAGOV 051 asserted") != NULL);
    S_code(e, "2024-05-01", "Tokyo called the Korean decision historic.", got, sizeof got);
    OK(strstr(got, "JPNGOV KOR 051 asserted") != NULL);
    /* ... the names "called" gives a leader, said "as" and by "be" too */
    S_code(e, "2024-05-01", "Ottawa described the Iranian leader as a dictator.", got,
           sizeof got);
    OK(strstr(got, "CANGOV IRNGOV 111 asserted") != NULL);
    S_code(e, "2024-05-01", "Lisbon said the Belarusian president was a killer.", got,
           sizeof got);
    OK(strstr(got, "PRTGOV BLRGOV 111 asserted") != NULL);
    /* ... and the wrongdoers of trade and war copy, not a thing no party owns */
    S_code(e, "2024-05-01", "Washington said China was the biggest abuser of the trading system.",
           got, sizeof got);
    OK(strstr(got, "USAGOV CHN 111 asserted") != NULL);
    S_code(e, "2024-05-01", "Kyiv said Russia was the aggressor.", got, sizeof got);
    OK(strstr(got, "UKRGOV RUS 111 asserted") != NULL);
    S_code(e, "2024-05-01", "The minister said bad weather was the main culprit.", got,
           sizeof got);
    OK(strstr(got, " 111 ") == NULL);
    /* ... also when the parser draws the object and the judgement "called" gives it as
     * one noun phrase */
    S_code(e, "2024-05-01", "Moscow called the Finnish decision a 'grave mistake'.", got,
           sizeof got);
    OK(strstr(got, "RUSGOV FIN 111 asserted") != NULL);
    S_code(e, "2024-05-01", "Beijing called Washington's move a dangerous provocation.", got,
           sizeof got);
    OK(strstr(got, "CHNGOV USAGOV 111 asserted") != NULL);
    S_code(e, "2024-05-01", "Lavrov called the American position hypocritical.", got,
           sizeof got);
    OK(strstr(got, "RUSGOV USA 111 asserted") != NULL);
    S_code(e, "2024-05-01", "Modi called the United States India's most trusted partner.", got,
           sizeof got);
    OK(strstr(got, "INDGOV USA 051 asserted") != NULL);
    S_code(e, "2024-05-01", "France called the American decision unilateral.", got,
           sizeof got);
    OK(strstr(got, " 111 ") == NULL && strstr(got, " 051 ") == NULL);
    S_code(e, "2024-05-01", "The minister described the talks with Russia as routine.", got,
           sizeof got);
    OK(strstr(got, " 111 ") == NULL && strstr(got, " 051 ") == NULL);
    /* the harsher verbs of criticism; a wrecked embassy is no criticism */
    S_code(e, "2024-05-01", "Beijing excoriated the American decision on Monday.", got,
           sizeof got);
    OK(strstr(got, "CHNGOV USA 111 asserted") != NULL);
    S_code(e, "2024-05-01", "Moscow scoffed at the British plan.", got, sizeof got);
    OK(strstr(got, "RUSGOV GBR 111 asserted") != NULL);
    S_code(e, "2024-05-01", "Protesters trashed the American embassy in Tehran.", got,
           sizeof got);
    OK(strstr(got, " 111 ") == NULL);
    /* a judgement is of a party or its act, whose party is named before its noun or
     * after "of": not of a thing of a party, nor of a place's, nor of "it" before the
     * clause the judgement opens */
    S_code(e, "2024-05-01", "Seoul said the actions of Tokyo were dangerous.", got,
           sizeof got);
    OK(strstr(got, "KORGOV JPNGOV 111 asserted") != NULL);
    S_code(e, "2024-05-01", "Seoul said the Japanese trade surplus was dangerous.", got,
           sizeof got);
    OK(strstr(got, " 111 ") == NULL);
    S_code(e, "2024-05-01", "Seoul said the situation in Iran was dangerous.", got,
           sizeof got);
    OK(strstr(got, " 111 ") == NULL);
    S_code(e, "2024-05-01",
           "Japan raised tariffs. \"It is dangerous to ignore the tariffs,\" Seoul said.", got,
           sizeof got);
    OK(strstr(got, " 111 ") == NULL);
    /* the names and verdicts "called" gives: a rejection of a party's claims (120), an
     * accusation (112) */
    S_code(e, "2024-05-01", "Islamabad said New Delhi's allegations were baseless.", got,
           sizeof got);
    OK(strstr(got, "PAKGOV INDGOV 120 asserted") != NULL);
    S_code(e, "2024-05-01", "Kyiv said Russia was a terrorist state.", got, sizeof got);
    OK(strstr(got, "UKRGOV RUS 112 asserted") != NULL);
    /* ... also said "as", and a "terror state" or "terror group" is a terrorist one */
    S_code(e, "2024-05-01", "Erdogan described Israel as a terrorist state.", got, sizeof got);
    OK(strstr(got, "TURGOV ISR 112 asserted") != NULL);
    S_code(e, "2024-05-01", "Israel called Hamas a terror group.", got, sizeof got);
    OK(strstr(got, "ISR PSEREB 112 asserted") != NULL);
    /* ... also "null and void", which the tagger reads as nouns of the object's phrase */
    S_code(e, "2024-05-01", "Armenia called Azerbaijan's decision null and void.", got,
           sizeof got);
    OK(strstr(got, "ARM AZE 120 asserted") != NULL);
    /* praise that names no one is of whoever did something to its doer earlier in the
     * sentence, as criticism is */
    S_code(e, "2021-03-01",
           "The United States lifted sanctions on Japan, a move Tokyo praised.", got,
           sizeof got);
    OK(strstr(got, "JPNGOV USA 051 asserted") != NULL);
    /* ... and so are its views, arguments and thinking, and a vote it holds */
    S_code(e, "2024-05-01", "China said the Japanese views were outdated.", got, sizeof got);
    OK(strstr(got, "CHN JPN 111 asserted") != NULL);
    S_code(e, "2024-05-01", "Berlin said the Russian referendum was illegal.", got,
           sizeof got);
    OK(strstr(got, "DEUGOV RUS 111 asserted") != NULL);
    /* a party's curbs, controls, activities or aggression are its acts */
    S_code(e, "2024-05-01", "Canberra said Beijing's trade curbs were unjustified.", got,
           sizeof got);
    OK(strstr(got, "AUSGOV CHNGOV 111 asserted") != NULL);
    S_code(e, "2024-05-01", "Washington said Iran's nuclear activities were a threat.", got,
           sizeof got);
    OK(strstr(got, "USAGOV IRN 111 asserted") != NULL);
    /* a judgement the subject is full of or based on */
    S_code(e, "2024-05-01", "Tehran said the British statement was full of lies.", got,
           sizeof got);
    OK(strstr(got, "IRNGOV GBR 111 asserted") != NULL);
    S_code(e, "2024-05-01", "Kabul said the U.N. envoy's reports were based on prejudices.",
           got, sizeof got);
    OK(strstr(got, "AFGGOV IGOUNOGOV 111 asserted") != NULL);
    S_code(e, "2024-05-01", "Kabul said the U.N. envoy's reports were based on facts.", got,
           sizeof got);
    OK(strstr(got, " 111 ") == NULL);
    /* what the party is judged for doing is its act all the same */
    S_code(e, "1987-10-19", "Bonn said Washington was wrong to blame the West Germans.", got,
           sizeof got);
    OK(strstr(got, "DEUGOV USAGOV 111 asserted") != NULL &&
       strstr(got, "USAGOV DEU 112 asserted") != NULL);

    /* what a company supplies or signs is commerce, not cooperation of its state; a
     * central bank is the state's, and a businessman extradited is a matter of states */
    S_code(e, "1987-03-30",
           "A Chinese company won a contract to supply pumping stations to Cyprus.", got,
           sizeof got);
    OK(strstr(got, " 070 ") == NULL);
    S_code(e, "1987-03-30", "British Aerospace Plc signed a deal with Iran.", got, sizeof got);
    OK(strstr(got, " 057 ") == NULL);
    S_code(e, "1987-03-30",
           "The Bank of England and the Federal Reserve agreed on new proposals for capital "
           "standards.",
           got, sizeof got);
    OK(strstr(got, "GBRGOVBUS USAGOVBUS 030 asserted") != NULL);
    S_code(e, "2022-10-12", "Thailand extradited a Chinese businessman to face fraud charges.",
           got, sizeof got);
    OK(strstr(got, "THA CHNBUS 063 asserted") != NULL);
    /* what a company eases or gives up is commerce too; a businessman a state frees is
     * not */
    S_code(e, "2024-04-01", "The Japanese company eased its restrictions on South Korea.", got,
           sizeof got);
    OK(strstr(got, " 081 ") == NULL);
    /* ... and so is the accord it reaches with a state */
    S_code(e, "2024-04-01",
           "A Chinese oil company agreed with the Egyptian government on the supply of crude.",
           got, sizeof got);
    OK(strstr(got, " 019 ") == NULL);
    S_code(e, "2024-04-01", "Russia freed a detained American businessman.", got, sizeof got);
    OK(strstr(got, "RUS USABUS 084 asserted") != NULL);
    /* a state charged with breaking rules is accused; a person charged is charged */
    S_code(e, "1987-04-01", "The United States charged Japan with violating GATT rules.", got,
           sizeof got);
    OK(strstr(got, "USA JPN 112 asserted") != NULL);
    S_code(e, "2024-04-01", "Russia charged an American journalist with spying.", got,
           sizeof got);
    OK(strstr(got, "RUS USAMED 173 asserted") != NULL);
    /* so are an organisation of states and a state's planes; a feeling that strikes
     * someone is no attack */
    S_code(e, "2024-04-01",
           "Washington charged the European Commission with unfair trade practices.", got,
           sizeof got);
    OK(strstr(got, "USAGOV IGOEUREEC 112 asserted") != NULL && strstr(got, " 173 ") == NULL);
    S_code(e, "2024-04-01", "Athens charged Turkish aircraft with ten airspace violations.",
           got, sizeof got);
    OK(strstr(got, "GRCGOV TUR 112 asserted") != NULL && strstr(got, " 173 ") == NULL);
    S_code(e, "2024-04-01",
           "The Kenyan president said he was struck by the awareness of the problems facing "
           "Uganda.",
           got, sizeof got);
    OK(strstr(got, " 195 ") == NULL && strstr(got, " 190 ") == NULL);
    /* a state's order to its own forces or ministries is no demand; to another party it
     * is one */
    S_code(e, "2024-04-01",
           "Biden ordered the U.S. Navy to send two more carriers to the Red Sea.", got,
           sizeof got);
    OK(strstr(got, " 100 ") == NULL);
    S_code(e, "2024-04-01",
           "Israel ordered the Palestinian Authority to hand over the suspects.", got,
           sizeof got);
    OK(strstr(got, "ISR PSEGOV 100 asserted") != NULL);
    /* a state's export credit bank is the state's; a commercial bank named after a
     * country is a company, not its central bank */
    S_code(e, "1987-03-30",
           "Japan's Export-Import Bank agreed to provide 900 mln dlrs in credits to Indonesia.",
           got, sizeof got);
    OK(strstr(got, "JPNGOVBUS IDN 030 asserted") != NULL);
    S_code(e, "1987-03-30", "Royal Bank of Canada signed a deal with Mexico.", got, sizeof got);
    OK(strstr(got, " 057 ") == NULL);

    /* a phrase ending in a company's name is that company, marks after it or not: it
     * takes no other company's country ("the purchase of Getty Petroleum Corp <GTY>" is
     * not the Japanese traders of the sentence before) */
    S_code(e, "1987-04-13",
           "Japanese oil traders may stop dealing with Texaco Inc, which filed for "
           "bankruptcy. Texaco, the third biggest U.S. oil company, said it fights a legal "
           "battle with Pennzoil Co <PZL> over the purchase of Getty Petroleum Corp <GTY>.",
           got, sizeof got);
    OK(strstr(got, "JPNBUS") == NULL);

    /* a quoted question or exclamation is its speaker's words: who asks after it is no
     * doer of what it names */
    S_code(e, "2023-03-01", "\"Why did Russia attack Ukraine?\" the German chancellor asked.",
           got, sizeof got);
    OK(strstr(got, " 020 ") == NULL);
    S_code(e, "2023-03-01", "\"Russia attacked Ukraine!\" the German chancellor said.", got,
           sizeof got);
    OK(strstr(got, "RUS UKR 190 asserted") != NULL);

    /* history keeps its own date */
    S_code(e, "2024-03-05", "Russia invaded Ukraine in February 2022.", got, sizeof got);
    OK(strstr(got, "2022-02 explicit") != NULL);
    /* ... and so do its actors: a leader in office then is his state's government, in
     * a story of any date; a year counts as its middle, a month as its 15th; a place
     * whose state changed is that year's state ("Moscow" in 1987); a date only a
     * relative phrase gives keeps the actors of the article's date */
    const char *visit = "Obama visited Hiroshima in 2016.";
    S_code(e, "2016-05-28", visit, got, sizeof got);
    OK(strncmp(got, "USAGOV JPN 042 asserted 2016 explicit", 37) == 0);
    S_code(e, "2024-05-28", visit, got, sizeof got);
    OK(strncmp(got, "USAGOV JPN 042 asserted 2016 explicit", 37) == 0);
    S_code(e, "2024-05-28", "Obama visited Hiroshima.", got, sizeof got);
    OK(strncmp(got, "USAELI JPN 042", 14) == 0);
    S_code(e, "2017-05-28", "Obama visited Hiroshima last year.", got, sizeof got);
    OK(strncmp(got, "USAELI JPN 042 asserted 2016 relative", 37) == 0);
    S_code(e, "2024-03-05", "Gorbachev met Reagan in Reykjavik in 1986.", got, sizeof got);
    OK(strncmp(got, "SUNGOV USAGOV 040", 17) == 0);
    /* "former" as of the story, and a title the dates now put in office: USAELI +
     * GOV was USAELIGOV, now USAGOV */
    S_code(e, "2024-03-05",
           "Former Soviet leader Mikhail Gorbachev met President Ronald Reagan in 1987.", got,
           sizeof got);
    OK(strncmp(got, "SUNGOV USAGOV 040", 17) == 0);
    S_code(e, "2024-03-05", "Thatcher met Reagan in November 1990.", got, sizeof got);
    OK(strncmp(got, "GBRGOV USAELI 040", 17) == 0);
    S_code(e, "2024-03-05", "In 1987, Moscow criticized Washington.", got, sizeof got);
    OK(strncmp(got, "SUNGOV USAGOV 111", 17) == 0);
    /* a date to come: who holds an office then is not known to the story */
    S_code(e, "2016-06-01", "Obama will visit Hiroshima in 2017.", got, sizeof got);
    OK(strncmp(got, "USAGOV JPN 042 planned 2017 explicit", 36) == 0);

    /* the engine date overrides the article's: officials get the codes of that date */
    const char *meet = "Antony Blinken met Wang Yi in Beijing on Monday.";
    S_code(e, "2023-05-01", meet, got, sizeof got);
    OK(strncmp(got, "USAGOV CHNGOV 04", 16) == 0);
    dyad_engine *later = S_engine(0, "2026-05-01");
    S_code(later, "2023-05-01", meet, got, sizeof got);
    OK(strncmp(got, "USAELI CHNGOV 04", 16) == 0);
    OK(strstr(got, "2026-04-27 relative") != NULL);
    dyad_engine_free(later);
    dyad_engine_free(all);

    /* a supplied tree takes the same coding and resolve steps */
    {
        dyad_engine_opts o = {0};
        o.verbs = "tests/fixtures/dict/verbs.txt";
        const char *actors[] = {"tests/fixtures/dict/actors.txt"};
        o.actors = actors;
        o.nactors = 1;
        o.agents = "tests/fixtures/dict/agents.txt";
        dyad_engine *t;
        dyad_worker *w = S_tree_worker(&o, &t);
        dyad_diag d = {0};
        if (w) {
            const char *tree = "(ROOT (S (NP (NNP Arnor)) (VP (VBD met) (NP (NNP Gondor))) (. .)))";
            dyad_coded_article c;
            INT_EQ(dyad_worker_code_tree(w, "r1", "19950101", tree, strlen(tree), "x", 1, &c, &d),
                   DYAD_OK);
            INT_EQ(c.nsent, 1);
            OK(c.nevents >= 1);
            if (c.nevents) {
                STR_EQ(c.events[0].text, "Arnor met Gondor .");
                STR_EQ(c.events[0].article_date, "1995-01-01");
                INT_EQ(c.events[0].verb_span.off, 6);
                INT_EQ(c.events[0].verb_span.len, 3);
            }
            /* a broken tree is reported at its file and line, and nothing is coded */
            dyad_diag d2 = {0};
            INT_EQ(dyad_worker_code_tree(w, "r2", "", "(ROOT (S", 8, "x", 7, &c, &d2),
                   DYAD_ESYNTAX);
            INT_EQ(d2.nerror, 1);
            /* without a model, raw text cannot be coded */
            dyad_article a = {"a", "", "", "Arnor met Gondor.", 17, "", "", "", 0};
            INT_EQ(dyad_worker_code(w, &a, &c, NULL), DYAD_EINVAL);
        }
        dyad_worker_free(w);
        dyad_engine_free(t);
    }

    /* a verb file alone replaces the default folder's verbs, not its actors */
    {
        dyad_engine_opts o = {0};
        o.verbs = "tests/fixtures/dict/verbs.txt";
        dyad_engine *t;
        dyad_worker *w = S_tree_worker(&o, &t);
        dyad_diag d = {0};
        if (w) {
            const char *tree = "(ROOT (S (NP (NNP France)) (VP (VBD met) (NP (NNP Germany))) (. .)))";
            dyad_coded_article c;
            INT_EQ(dyad_worker_code_tree(w, "v1", "20240101", tree, strlen(tree), "x", 1, &c, &d),
                   DYAD_OK);
            INT_EQ(c.nevents, 2); /* MEET [031:031]: both ways */
            if (c.nevents) {
                STR_EQ(c.events[0].source, "FRA");
                STR_EQ(c.events[0].target, "DEU");
            }
        }
        dyad_worker_free(w);
        dyad_engine_free(t);
    }

    /* a supplied tree may hold a phrase of no words, which ends in no claim's noun: a
     * rejection's first object (S_claim_object), the phrase before a "that" clause
     * (S_claim_clause), the predicate before "for" of a reported "it is ... for X to"
     * (S_time_for), the subject of a clause under "would" (S_clause_threat); each read
     * the word before the tree; nor has one a first word: a clause's verb phrase before
     * its verb's (S_for_doer read the node before the tree) */
    {
        dyad_engine_opts o = {0};
        dyad_engine *t;
        dyad_worker *w = S_tree_worker(&o, &t);
        dyad_diag d = {0};
        const char *trees[] = {
            "(ROOT (S (NP (NNP Kuwait)) (VP (VBD rejected) (NP) (NP (DT the) (NNS charges))) "
            "(. .)))",
            "(ROOT (S (NP (NNP Kuwait)) (VP (VBD rejected) (NP (NP) (SBAR (IN that) (S (NP (PRP "
            "it)) (VP (VBD spied)))))) (. .)))",
            "(ROOT (S (VP) (VP (VBD attacked) (NP (NNP Israel))) (. .)))",
            "(ROOT (S (NP (NNP Turkey)) (VP (VBD said) (SBAR (S (NP (PRP it)) (VP (VBZ is) (NP) "
            "(PP (IN for) (NP (NNP Israel))) (S (VP (TO to) (VP (VB withdraw)))))))) (. .)))",
            "(ROOT (S (NP (NNP Turkey)) (VP (VBD said) (SBAR (S (NP) (VP (MD would) (VP (VB "
            "attack) (NP (NNP Israel))))))) (. .)))"};
        for (int i = 0; w && i < (int)(sizeof trees / sizeof *trees); i++) {
            dyad_coded_article c;
            INT_EQ(dyad_worker_code_tree(w, "e1", "20240101", trees[i], strlen(trees[i]), "x", 1,
                                         &c, &d),
                   DYAD_OK);
            INT_EQ(c.nsent, 1);
        }
        dyad_worker_free(w);
        dyad_engine_free(t);
    }

    /* a dictionary folder that does not exist */
    {
        dyad_engine_opts o = {0};
        o.dict_dir = "tests/fixtures/no-such-folder";
        dyad_engine *x = NULL;
        dyad_diag d = {0};
        INT_EQ(dyad_engine_load(&o, &x, &d), DYAD_ENOTFOUND);
        OK(x == NULL);
        INT_EQ(d.nerror, 1);
        o.dict_dir = NULL;
        o.date = "2024-3-5";
        INT_EQ(dyad_engine_load(&o, &x, &d), DYAD_EINVAL);
    }

    /* the stream gives the same bytes, in input order, for 1, 2 and 3 threads */
    {
        long n1 = 0, n2 = 0, n3 = 0;
        char *one = S_stream(e, "tests/eval/news.jsonl", 1, &n1);
        char *two = S_stream(e, "tests/eval/news.jsonl", 2, &n2);
        char *three = S_stream(e, "tests/eval/news.jsonl", 3, &n3);
        OK(n1 > 100);
        INT_EQ(n2, n1);
        INT_EQ(n3, n1);
        OK(one && two && three && strlen(one) > 10000);
        OK(one && two && !strcmp(one, two));
        OK(one && three && !strcmp(one, three));
        free(one);
        free(two);
        free(three);
    }

    /* a quotation after a sentence of saying is its speaker's, "he said" at its end
     * too, but not when a later sentence names another speaker */
    static const char *said = "Ukrainian President Volodymyr Zelensky said the talks had failed. "
                              "\"Russia must leave our land. Its troops must go home,\" he said.";
    S_code(e, "2024-03-05", said, got, sizeof got);
    OK(strstr(got, "UKRGOV RUS 100") != NULL);
    static const char *other = "Ukrainian President Volodymyr Zelensky said the talks had failed. "
                               "\"Russia must leave Ukraine. Its troops must go home,\" said "
                               "the Polish foreign minister.";
    S_code(e, "2024-03-05", other, got, sizeof got);
    OK(strstr(got, "UKRGOV RUS 100") == NULL);
    OK(strstr(got, "POLGOV RUSMIL 100") != NULL);
    /* a quotation that a later sentence gives to a person named before is that person's
     * from its first sentence */
    static const char *named = "Ukrainian President Volodymyr Zelensky met Polish leaders in "
                               "Warsaw. Russian forces shelled Kharkiv on Monday. \"Russia "
                               "must leave our land. We will never give up,\" Zelensky told "
                               "reporters.";
    S_code(e, "2024-03-05", named, got, sizeof got);
    OK(strstr(got, "UKRGOV RUS 100") != NULL);
    /* "he said" closing a quotation of several sentences, after sentences where no one
     * speaks: the man named last; "she said" the woman, not a man named after her; a
     * man of no known actor named last tells it, and no one known does */
    S_code(e, "2024-03-05",
           "Ukrainian President Volodymyr Zelensky spoke in Kyiv on Monday. \"Russia must "
           "leave our land. We will never give up,\" he said.",
           got, sizeof got);
    OK(strstr(got, "UKRGOV RUS 100") != NULL);
    S_code(e, "2024-03-05",
           "Mrs. Thatcher spoke in London on Monday. Mr. Zelensky spoke in Kyiv. \"Russia "
           "must leave Ukraine. Its troops must go home,\" she said.",
           got, sizeof got);
    OK(strstr(got, "GBRELI RUS 100") != NULL);
    OK(strstr(got, "UKRGOV RUS") == NULL);
    S_code(e, "2024-03-05",
           "Ukrainian President Volodymyr Zelensky spoke in Kyiv on Monday. Mr. Halbarad "
           "Dunadan criticized Russia. \"Russia must leave our land. Its troops must go "
           "home,\" he said.",
           got, sizeof got);
    OK(strstr(got, "UKRGOV RUS") == NULL);
    /* a party named inside a clause on the verb's object, or on a further verb below
     * it, is that clause's, not the target; the verb's own objects and clauses stay */
    S_code(e, "2024-03-05",
           "Italy and Greece supported the Commission's opinion that Paris ought to cut its taxes.",
           got, sizeof got);
    OK(strstr(got, "ITA FRAGOV 051") == NULL && strstr(got, "GRC FRAGOV 051") == NULL);
    S_code(e, "2024-03-05",
           "The Lebanese president has agreed to give up his veto, to ensure that the premier "
           "is chosen by parliament.",
           got, sizeof got);
    OK(strstr(got, "LBNGOV LBNLEG") == NULL);
    S_code(e, "2024-03-05", "The United States urged Japan to open its rice market.", got,
           sizeof got);
    OK(strstr(got, "USA JPN 020") != NULL);
    S_code(e, "2024-03-05", "Germany demanded that Iran release the hostages.", got, sizeof got);
    OK(strstr(got, "DEU IRN 1053") != NULL);
    S_code(e, "2024-03-05", "Washington threatened to impose duties unless Japan opens its market.",
           got, sizeof got);
    OK(strstr(got, "USAGOV JPN 1312") != NULL);
    S_code(e, "2024-03-05", "China pledged to continue to support Pakistan.", got, sizeof got);
    OK(strstr(got, "CHN PAK 032") != NULL);
    S_code(e, "2024-03-05", "Canada condemned the decision, which Japan announced on Monday.",
           got, sizeof got);
    OK(strstr(got, "CAN JPN 111") != NULL);
    /* an office of government named with no country ("a government spokesman", "a
     * foreign ministry statement") speaks for the story's state, the one that acted,
     * not the other party; a firm's spokesman for none, and when another state acts
     * in the sentences before, or the story began with another, it stays unknown */
    static const char shoal[] =
        "China warned the Philippines on Friday over a collision near a disputed shoal. "
        "The coast guard said the ship was damaged. ";
    char text[512];
    snprintf(text, sizeof text, "%s%s", shoal,
             "A government spokesman accused the Philippines of trespassing. A foreign "
             "ministry statement condemned the Philippine navy.");
    S_code(e, "2024-03-02", text, got, sizeof got);
    OK(strstr(got, "CHNGOV PHL 112") != NULL);
    OK(strstr(got, "CHNGOV PHLMIL 111") != NULL);
    snprintf(text, sizeof text, "%s%s", shoal,
             "A company spokesman accused the Philippines of dumping.");
    S_code(e, "2024-03-02", text, got, sizeof got);
    OK(strstr(got, " 112") == NULL);
    S_code(e, "2024-03-02",
           "China warned the Philippines on Friday over a collision near a disputed shoal. "
           "Vietnam criticised Manila on Saturday. The ship was damaged. The foreign "
           "ministry accused the Philippines of trespassing.",
           got, sizeof got);
    OK(strstr(got, " 112") == NULL);
    S_code(e, "2024-03-02",
           "Manila said on Friday it would hold talks with Tokyo. Beijing warned the "
           "Philippines on Saturday. The ship was damaged. The foreign ministry accused the "
           "Philippines of trespassing.",
           got, sizeof got);
    OK(strstr(got, " 112") == NULL);
    /* "the government" acting on a state named by its name is not that state's own,
     * though that state is the one in sight; acting on its people named by their
     * country ("Filipinos") it may be */
    S_code(e, "2024-03-02",
           "Officials in Manila met on Friday to discuss the shoal. The government "
           "criticised the Philippines on Saturday.",
           got, sizeof got);
    OK(strstr(got, "PHLGOV PHL 111") == NULL);
    S_code(e, "2024-03-02",
           "Officials in Manila met on Friday to discuss the shoal. The government "
           "urged Filipinos to stay calm on Saturday.",
           got, sizeof got);
    OK(strstr(got, "---GOV PHL") == NULL);
    /* so do its armed forces, its defence ministry and its state media named with no
     * country, with their own agents */
    snprintf(text, sizeof text, "%s%s", shoal,
             "A defence ministry spokesman accused the Philippines of provocation.");
    S_code(e, "2024-03-02", text, got, sizeof got);
    OK(strstr(got, "CHNMILGOV PHL 112") != NULL);
    S_code(e, "2024-03-02",
           "Israel said it struck weapons depots in Lebanon on Friday. The military accused "
           "Hezbollah of hiding rockets in homes.",
           got, sizeof got);
    OK(strstr(got, "ISRMIL LBNREB 112") != NULL);
    S_code(e, "2024-03-02",
           "Mali's junta expelled the French ambassador on Monday. The military government "
           "accused Paris of interference.",
           got, sizeof got);
    OK(strstr(got, "MLIMILGOV FRAGOV 112") != NULL);

    dyad_engine_free(e);
    return T_done();
}

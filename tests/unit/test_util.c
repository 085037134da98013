/* test_util.c — buffer, JSON escaping, arena, string map and word lists. */
#include "harness.h"
#include "util/util.h"

static void test_buf(void)
{
    dyad_buf b = {0};
    OK(dyad_buf_puts(&b, "abc") == 0);
    OK(dyad_buf_printf(&b, "-%d-", 42) == 0);
    STR_EQ(b.data, "abc-42-");
    dyad_buf_clear(&b);
    OK(dyad_buf_json_str(&b, "a\"b\\\n\x01\xff", 7) == 0);
    STR_EQ(b.data, "\"a\\\"b\\\\\\n\\u0001\xEF\xBF\xBD\"");
    dyad_buf_free(&b);
    OK(b.data == NULL);
}

static void test_map(void)
{
    dyad_strmap *m = dyad_strmap_new();
    char key[32];
    for (int i = 0; i < 5000; i++) {
        int n = snprintf(key, sizeof key, "k%d", i);
        void **slot = dyad_strmap_slot(m, key, (size_t)n, NULL);
        *slot = (void *)(intptr_t)(i + 1);
    }
    INT_EQ(dyad_strmap_count(m), 5000);
    int bad = 0;
    for (int i = 0; i < 5000; i++) {
        int n = snprintf(key, sizeof key, "k%d", i);
        bad += (intptr_t)dyad_strmap_get(m, key, (size_t)n) != i + 1;
    }
    INT_EQ(bad, 0);
    OK(dyad_strmap_get(m, "nope", 4) == NULL);
    int created = -1;
    dyad_strmap_slot(m, "k7", 2, &created);
    INT_EQ(created, 0);
    size_t it = 0, seen = 0;
    while (dyad_strmap_next(m, &it, NULL, NULL, NULL))
        seen++;
    INT_EQ(seen, 5000);
    /* cleared, it is empty and takes keys again */
    dyad_strmap_clear(m);
    INT_EQ(dyad_strmap_count(m), 0);
    OK(dyad_strmap_get(m, "k7", 2) == NULL);
    *dyad_strmap_slot(m, "k7", 2, &created) = (void *)(intptr_t)9;
    INT_EQ(created, 1);
    OK((intptr_t)dyad_strmap_get(m, "k7", 2) == 9);
    INT_EQ(dyad_strmap_count(m), 1);
    dyad_strmap_free(m);
}

static void test_arena(void)
{
    dyad_arena *a = dyad_arena_new();
    char *s = dyad_arena_strndup(a, "hello world", 5);
    STR_EQ(s, "hello");
    void *big = dyad_arena_alloc(a, 1 << 20);
    OK(big != NULL && ((uintptr_t)big & 15) == 0);
    OK(dyad_arena_bytes(a) >= (1 << 20));
    /* reset keeps one block (the newest, the big one) and hands it out again */
    dyad_arena_reset(a);
    OK(dyad_arena_bytes(a) >= (1 << 20) && dyad_arena_bytes(a) < (1 << 20) + 65536);
    OK(dyad_arena_alloc(a, 1 << 20) == big);
    dyad_arena_free(a);
}

static void test_among(void)
{
    static const char *const words[] = {"said", "says", "told", NULL};
    static const char *const codes[] = {"IGO", "NGO", NULL};
    /* exact, to the NUL: neither a prefix nor a longer word is one */
    OK(dyad_among("said", words));
    OK(!dyad_among("sai", words));
    OK(!dyad_among("saids", words));
    OK(!dyad_among("Said", words));
    OK(!dyad_among("", words));
    /* a word inside running text, by its length */
    const char *text = "told them";
    OK(dyad_among_n(text, 4, words));
    OK(!dyad_among_n(text, 3, words));
    OK(!dyad_among_n(text, 5, words));
    OK(!dyad_among_n(text, 0, words));
    OK(!dyad_among_n("TOLD", 4, words));
    /* the first letters of a code; a shorter code is read only to its NUL */
    OK(dyad_among_n("NGOMED", 3, codes));
    OK(!dyad_among_n("NG", 3, codes));
    OK(!dyad_among_n("MNC", 3, codes));
    /* any ASCII case against a lower-case list, bounded too */
    OK(dyad_among_lc("SAYS", 4, words));
    OK(dyad_among_lc("Told you", 4, words));
    OK(dyad_among_lc("said", 4, words));
    OK(!dyad_among_lc("SAID", 3, words));
    OK(!dyad_among_lc("SAIDS", 5, words));
    OK(!dyad_among_lc("S\xc3\xa4id", 5, words));
}

/* The verbs of saying, in any case, by the length given, whatever follows it; no
 * other word of the coder's (a pronoun, an office) is one. */
static void test_say_word(void)
{
    static const struct {
        const char *w;
        int say;
    } t[] = {
        {"SAID", 1},  {"said", 1},    {"Announced", 1}, {"ACKNOWLEDGED", 1}, {"Tweeted", 1},
        {"HE", 0},    {"MR", 0},      {"SPOKESMAN", 0}, {"SAIDS", 0},        {"SAI", 0},
        {"", 0},      {"S\xc3\xa4id", 0}, {"AVERYLONGWORDTHATNOTABLEHASINITATALL", 0},
    };
    for (size_t i = 0; i < sizeof t / sizeof *t; i++)
        INT_EQ(dyad_say_word(t[i].w, strlen(t[i].w)), t[i].say);
    INT_EQ(dyad_say_word("SAIDX", 4), 1);
    INT_EQ(dyad_say_word("SAID", 3), 0);
    INT_EQ(dyad_say_word("told them", 4), 1);
}

/* actor keys: the country, or a transnational root with its sector */
static void test_actor_key(void)
{
    INT_EQ(dyad_actor_key_len("USAGOV"), 3);
    INT_EQ(dyad_actor_key_len("USA"), 3);
    INT_EQ(dyad_actor_key_len("IGOUNO"), 6);
    INT_EQ(dyad_actor_key_len("IGOUNOKID"), 6);
    INT_EQ(dyad_actor_key_len("IGOUN"), 5);
    INT_EQ(dyad_actor_key_len("NGO"), 3);
    INT_EQ(dyad_actor_key_len(""), 0);
    INT_EQ(dyad_actor_key_len("USAGOV/CHNGOV"), 3);
    INT_EQ(dyad_actor_key_len("US/CHN"), 2);
    OK(dyad_actor_transnational("MNCUSA"));
    OK(!dyad_actor_transnational("USAMNC"));
    OK(!dyad_actor_transnational("IG"));
}

static int ndiag;
static void on_diag(void *u, dyad_severity sev, const char *file, long line, const char *msg)
{
    (void)u;
    ndiag++;
    OK(sev == DYAD_WARN && strcmp(file, "f.txt") == 0 && line == 3 && strcmp(msg, "bad 7") == 0);
}

int main(void)
{
    test_buf();
    test_map();
    test_arena();
    test_actor_key();
    test_among();
    test_say_word();
    dyad_diag d = {on_diag, NULL, 0, 0};
    dyad_diagf(&d, DYAD_WARN, "f.txt", 3, "bad %d", 7);
    INT_EQ(ndiag, 1);
    INT_EQ(d.nwarn, 1);
    STR_EQ(dyad_status_str(DYAD_ESYNTAX), "syntax error");
    return T_done();
}

/* test_ingest_kill.c — crash safety of `dyad ingest`: runs it as a child process,
 * SIGKILLs it at seeded random moments, reruns it to completion, and requires the
 * canonical dump of every table (dyad_store_dump) to equal that of an uninterrupted
 * run. Two inputs: a generated pre-coded collection (20 rounds; exact and syndicated
 * copies, many mentions that merge into events and events that take new codes, so
 * every kind of write is exercised), and raw articles coded by the pipeline on two
 * threads (8 rounds). Also: ingesting twice changes nothing, and the query commands
 * read the result. */
#include <signal.h>
#include <sqlite3.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include "harness.h"
#include "cli_store.h"
#include "util/util.h"

#define NART 1200
#define ROUNDS 20
#define RAW_ROUNDS 8

static uint64_t S_rng = 0x2545F4914F6CDD1DULL;

static uint32_t S_rand(void)
{
    return dyad_xorshift(&S_rng);
}

static const char *const S_actors[] = {"USA", "USAGOV", "RUS", "RUSMIL", "CHN", "CHNGOV",
                                       "IRN", "ISR", "ISRMIL", "PSE", "IGOUNO", "IGOAFU",
                                       "UKR", "UKRMIL"};
static const char *const S_codes[] = {"010", "036", "040", "042", "043", "057", "111",
                                      "112", "130", "163", "173", "190", "193", "195"};
static const char *const S_outlets[] = {"wirea", "dailyb", "portalc", "sited", "globale"};

/* A pseudo-word from syllables: a vocabulary of a few thousand words. */
static void S_word(char *out)
{
    static const char *const syl[] = {"ka", "lo", "mi", "ren", "tas", "vo", "ne", "dri",
                                      "pol", "us", "gan", "zi", "ber", "to", "sha", "el"};
    int n = 1 + (int)(S_rand() % 3);
    out[0] = '\0';
    for (int i = 0; i < n; i++)
        strcat(out, syl[S_rand() % 16]);
}

typedef struct S_story {
    char sent[6][400];
    int nsent;
    char date[11];
    int nev;
    struct {
        int sent;
        const char *src, *tgt, *code;
        char date[11];
        int negated;
    } ev[3];
} S_story;

static void S_new_story(S_story *s)
{
    memset(s, 0, sizeof *s);
    int day = (int)(S_rand() % 60);
    snprintf(s->date, sizeof s->date, "2024-%02d-%02d", day < 31 ? 1 : 2,
             day < 31 ? day + 1 : day - 30);
    s->nsent = 3 + (int)(S_rand() % 4);
    for (int i = 0; i < s->nsent; i++) {
        int nw = 10 + (int)(S_rand() % 10);
        char *p = s->sent[i];
        for (int w = 0; w < nw; w++) {
            char word[16];
            S_word(word);
            if (w == 0)
                word[0] = (char)(word[0] - 'a' + 'A');
            strcat(p, w ? " " : "");
            strcat(p, word);
        }
        strcat(p, ".");
    }
    s->nev = 1 + (int)(S_rand() % 3);
    for (int k = 0; k < s->nev; k++) {
        s->ev[k].sent = (int)(S_rand() % (unsigned)s->nsent);
        s->ev[k].src = S_actors[S_rand() % 14];
        s->ev[k].tgt = S_actors[S_rand() % 14];
        s->ev[k].code = S_codes[S_rand() % 14];
        int shift = (int)(S_rand() % 3) - 1; /* the event a day either side of the article */
        int d = day + shift < 0 ? 0 : day + shift > 59 ? 59 : day + shift;
        snprintf(s->ev[k].date, sizeof s->ev[k].date, "2024-%02d-%02d", d < 31 ? 1 : 2,
                 d < 31 ? d + 1 : d - 30);
        s->ev[k].negated = S_rand() % 10 == 0;
    }
}

static void S_write_article(FILE *f, const char *id, const S_story *s, const char *outlet)
{
    fprintf(f, "{\"id\":\"%s\",\"date\":\"%s\",\"source\":\"%s\",\"url\":\"https://%s.example/%s\",\"text\":\"",
            id, s->date, outlet, outlet, id);
    for (int i = 0; i < s->nsent; i++)
        fprintf(f, "%s%s", i ? " " : "", s->sent[i]);
    fprintf(f, "\",\"events\":[");
    for (int k = 0; k < s->nev; k++) {
        const char *t = s->sent[s->ev[k].sent];
        char first[32];
        sscanf(t, "%31s", first);
        int code = atoi(s->ev[k].code), root = code / 10;
        int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 16 ? 3 : 4;
        fprintf(f,
                "%s{\"sent\":%d,\"text\":\"%s\",\"source\":\"%s\",\"target\":\"%s\","
                "\"code\":\"%s\",\"quad\":%d,\"goldstein\":%.1f,\"date\":\"%s\","
                "\"modality\":\"%s\",\"source_text\":\"%s\"}",
                k ? "," : "", s->ev[k].sent, t, s->ev[k].src, s->ev[k].tgt, s->ev[k].code,
                quad, (double)(5 - root) / 2, s->ev[k].date,
                s->ev[k].negated ? "negated" : "asserted", first);
    }
    fprintf(f, "]}\n");
}

/* NART articles: mostly new stories, some exact copies, some with a wire prefix. */
static int S_generate(const char *path)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return -1;
    static S_story stories[NART];
    int nst = 0;
    for (int i = 0; i < NART; i++) {
        char id[32];
        snprintf(id, sizeof id, "k%d", i);
        uint32_t r = S_rand() % 100;
        const char *outlet = S_outlets[S_rand() % 5];
        if (nst > 0 && r < 12) {
            S_write_article(f, id, &stories[S_rand() % (unsigned)nst], outlet);
        } else if (nst > 0 && r < 22) {
            S_story copy = stories[S_rand() % (unsigned)nst];
            char prefixed[400];
            snprintf(prefixed, sizeof prefixed, "CAPITAL (Wire) - %.370s", copy.sent[0]);
            strcpy(copy.sent[0], prefixed);
            S_write_article(f, id, &copy, outlet);
        } else {
            S_new_story(&stories[nst]);
            S_write_article(f, id, &stories[nst++], outlet);
        }
    }
    return fclose(f) ? -1 : 0;
}

static int S_precoded = 1; /* which input the runs ingest */

static pid_t S_spawn(const char *bin, const char *db, const char *input)
{
    pid_t pid = fork();
    if (pid == 0) {
        FILE *devnull = freopen("/dev/null", "w", stderr);
        (void)devnull;
        if (S_precoded)
            execl(bin, bin, "ingest", "--precoded", "--db", db, "--batch", "16", "--quiet",
                  input, (char *)NULL);
        else
            execl(bin, bin, "ingest", "-j", "2", "--db", db, "--batch", "16", "--quiet", input,
                  (char *)NULL);
        _exit(127);
    }
    return pid;
}

static int S_run(const char *bin, const char *db, const char *input)
{
    int status = 0;
    pid_t pid = S_spawn(bin, db, input);
    if (pid < 0 || waitpid(pid, &status, 0) != pid)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static double S_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int S_integrity_ok(const char *db)
{
    sqlite3 *h;
    sqlite3_stmt *st;
    int ok = 0;
    if (sqlite3_open_v2(db, &h, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK &&
        sqlite3_prepare_v2(h, "PRAGMA integrity_check", -1, &st, NULL) == SQLITE_OK) {
        ok = sqlite3_step(st) == SQLITE_ROW &&
             !strcmp((const char *)sqlite3_column_text(st, 0), "ok");
        sqlite3_finalize(st);
    }
    sqlite3_close(h);
    return ok;
}

/* Lines of a command's standard output, or -1 when it fails. */
static long S_cmd_lines(const char *cmd)
{
    FILE *p = popen(cmd, "r");
    if (!p)
        return -1;
    long n = 0;
    int c;
    while ((c = fgetc(p)) != EOF)
        n += c == '\n';
    return pclose(p) == 0 ? n : -1;
}

/* Kill runs at random moments, rerun to completion, compare with the clean dump. */
static void S_kill_rounds(const char *bin, const char *db, const char *input, const char *want,
                          double t_clean, int rounds)
{
    int interrupted = 0, same = 0, consistent = 0;
    /* the clean run may have been timed on a busier machine: a run that finished
     * before its kill halves the delays after it, so that kills stay mid-run */
    double scale = 1.0;
    for (int round = 0; round < rounds; round++) {
        cs_remove_db(db);
        int killed_here = 0;
        for (int k = 0; k < 2; k++) {
            double delay = t_clean * scale * (S_rand() % 1000) / 1000.0;
            pid_t pid = S_spawn(bin, db, input);
            struct timespec ts = {(time_t)delay, (long)((delay - (time_t)delay) * 1e9)};
            nanosleep(&ts, NULL);
            int status;
            if (waitpid(pid, &status, WNOHANG) == 0) {
                kill(pid, SIGKILL);
                killed_here++;
            } else {
                scale /= 2;
            }
            waitpid(pid, &status, 0);
            consistent += access(db, F_OK) != 0 || S_integrity_ok(db); /* none yet: fine */
        }
        interrupted += killed_here > 0;
        INT_EQ(S_run(bin, db, input), 0);
        char *got = cs_dump(db, NULL);
        same += got && !strcmp(got, want);
        free(got);
    }
    printf("kill test (%s): %d of %d rounds interrupted mid-run, %d of %d reruns equal to a "
           "clean run, %d of %d killed states consistent (clean run %.2fs)\n",
           S_precoded ? "pre-coded" : "raw, -j 2", interrupted, rounds, same, rounds,
           consistent, 2 * rounds, t_clean);
    INT_EQ(same, rounds);
    INT_EQ(consistent, 2 * rounds);
    OK(interrupted >= rounds / 2);
}

int main(void)
{
    const char *bin = getenv("DYAD_BIN");
    if (!bin || access(bin, X_OK) != 0) {
        SKIP("DYAD_BIN (the dyad command) not available");
        return T_done();
    }
    char dir[] = "/tmp/dyad-test-kill-XXXXXX", input[96], clean[96], db[96], cmd[512];
    if (!mkdtemp(dir)) {
        SKIP("cannot create a temporary folder");
        return T_done();
    }
    snprintf(input, sizeof input, "%s/articles.jsonl", dir);
    snprintf(clean, sizeof clean, "%s/clean.db", dir);
    snprintf(db, sizeof db, "%s/killed.db", dir);
    OK(S_generate(input) == 0);

    double t0 = S_now();
    INT_EQ(S_run(bin, clean, input), 0);
    double t_clean = S_now() - t0;
    char *want = cs_dump(clean, NULL);
    OK(want != NULL && strlen(want) > 100000);
    if (!want)
        return T_done();

    /* ingest twice: nothing changes, and the second run stores nothing */
    INT_EQ(S_run(bin, clean, input), 0);
    char *again = cs_dump(clean, NULL);
    OK(again && !strcmp(want, again));
    free(again);
    snprintf(cmd, sizeof cmd, "%s ingest --precoded --db %s %s 2>&1 >/dev/null | grep -c ' 0 added, '",
             bin, clean, input);
    INT_EQ(S_cmd_lines(cmd), 1);

    /* the query commands read what was stored */
    dyad_store *s;
    dyad_store_counts c = {0};
    if (dyad_store_open(clean, &s, NULL) == DYAD_OK) {
        INT_EQ(dyad_store_counts_get(s, &c), DYAD_OK);
        dyad_store_free(s);
    }
    OK(c.aliases > 50 && c.near_dups > 50 && c.events > 500 && c.events < c.mentions);
    snprintf(cmd, sizeof cmd, "%s events --db %s --format csv", bin, clean);
    INT_EQ(S_cmd_lines(cmd), c.events + 1);
    snprintf(cmd, sizeof cmd, "%s events --db %s --mentions --format gdelt-mentions", bin, clean);
    INT_EQ(S_cmd_lines(cmd), c.mentions + 1);
    snprintf(cmd, sizeof cmd, "%s dyads --db %s --by week --format csv", bin, clean);
    OK(S_cmd_lines(cmd) > 10);
    snprintf(cmd, sizeof cmd, "%s events --db %s/missing.db 2>/dev/null", bin, dir);
    INT_EQ(S_cmd_lines(cmd), -1);

    S_kill_rounds(bin, db, input, want, t_clean, ROUNDS);
    free(want);

    /* raw articles through the pipeline: the eval set and the store collection's text */
    S_precoded = 0;
    snprintf(cmd, sizeof cmd, "cat tests/eval/news.jsonl tests/fixtures/store/collection.jsonl > %s",
             input);
    INT_EQ(system(cmd), 0);
    cs_remove_db(clean);
    t0 = S_now();
    INT_EQ(S_run(bin, clean, input), 0);
    t_clean = S_now() - t0;
    want = cs_dump(clean, NULL);
    OK(want != NULL && strlen(want) > 100000);
    if (want && dyad_store_open(clean, &s, NULL) == DYAD_OK) {
        INT_EQ(dyad_store_counts_get(s, &c), DYAD_OK);
        dyad_store_free(s);
        OK(c.articles > 150 && c.mentions > 100 && (c.aliases > 0 || c.near_dups > 0));
    }
    if (want)
        S_kill_rounds(bin, db, input, want, t_clean, RAW_ROUNDS);
    free(want);

    cs_remove_db(db);
    cs_remove_db(clean);
    unlink(input);
    rmdir(dir);
    return T_done();
}

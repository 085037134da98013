/*
 * harness.h — a tiny test harness: a few assertion macros that count, report failures
 * with file:line, and a summary line "N passed, M failed" that tests/run.sh adds up.
 * Tests that need ../shared call SKIP() when it is absent: a skip is never a pass.
 */
#ifndef DYAD_HARNESS_H
#define DYAD_HARNESS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int T_pass, T_fail, T_skip;

#define T_REPORT(ok, ...)                                                  \
    do {                                                                   \
        if (ok) {                                                          \
            T_pass++;                                                      \
        } else {                                                           \
            T_fail++;                                                      \
            fprintf(stderr, "FAIL %s:%d: ", __FILE__, __LINE__);           \
            fprintf(stderr, __VA_ARGS__);                                  \
            fputc('\n', stderr);                                           \
        }                                                                  \
    } while (0)

#define OK(cond) T_REPORT((cond), "%s", #cond)
#define INT_EQ(got, want)                                                  \
    do {                                                                   \
        long long g_ = (long long)(got), w_ = (long long)(want);           \
        T_REPORT(g_ == w_, "%s == %lld, want %lld", #got, g_, w_);         \
    } while (0)
#define STR_EQ(got, want)                                                  \
    do {                                                                   \
        const char *g_ = (got), *w_ = (want);                              \
        T_REPORT(g_ && w_ && strcmp(g_, w_) == 0, "%s == \"%s\", want \"%s\"", \
                 #got, g_ ? g_ : "(null)", w_ ? w_ : "(null)");            \
    } while (0)
#define SKIP(why)                                                          \
    do {                                                                   \
        T_skip++;                                                          \
        fprintf(stderr, "SKIP %s:%d: %s\n", __FILE__, __LINE__, why);      \
    } while (0)

/* Path of the shared data folder (env DYAD_SHARED, default ../shared) or NULL. */
static inline const char *T_shared(void)
{
    const char *s = getenv("DYAD_SHARED");
    struct stat st;
    if (!s)
        s = "../shared";
    return stat(s, &st) == 0 && S_ISDIR(st.st_mode) ? s : NULL;
}

static inline int T_done(void)
{
    printf("%d passed, %d failed, %d skipped\n", T_pass, T_fail, T_skip);
    return T_fail ? 1 : 0;
}

#endif

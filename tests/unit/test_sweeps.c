/* test_sweeps.c — the coding sweeps: tables (tests/fixtures/sweeps, one .tsv file per
 * family of events) of short sentences, each with the events the default engine must or
 * must not give. A sweep crosses a family of phrasings with the contexts news wraps
 * around them (subjects, tenses, reporting clauses), so a new case is a line of data.
 *
 * Line format (tab-separated; '#' opens a comment line):
 *     DATE  SENTENCE  EXPECT[; EXPECT...]
 * EXPECT is "SOURCE TARGET CODE [MODALITY]", each field a prefix of the event's own
 * ("EGY ISR 11" is any root-11 event from an EGY.. actor to an ISR.. actor); with a
 * leading '!' no event of the sentence may match it. */
#include <dirent.h>
#include <errno.h>
#include "harness.h"
#include "dyad_pipeline.h"

#define SWEEPS "tests/fixtures/sweeps"

/* Whether the event matches the expectation's prefixes (at most four fields). */
static int S_matches(const dyad_event *ev, char *const *field, int nfield)
{
    const char *have[4] = {ev->source, ev->target, ev->code,
                           dyad_modality_name(ev->modality)};
    for (int i = 0; i < nfield; i++)
        if (strncmp(have[i], field[i], strlen(field[i])))
            return 0;
    return 1;
}

/* Checks one expectation against the coded article; 0 when it is malformed. */
static int S_expect(const dyad_coded_article *c, char *exp, int *ok)
{
    int neg = *exp == '!';
    char *field[5], *save = NULL;
    int n = 0;
    for (char *t = strtok_r(exp + neg, " ", &save); t; t = strtok_r(NULL, " ", &save))
        if (n < 5)
            field[n++] = t;
    if (n < 3 || n > 4)
        return 0;
    int found = 0;
    for (size_t i = 0; i < c->nevents && !found; i++)
        found = S_matches(&c->events[i], field, n);
    *ok = neg ? !found : found;
    return 1;
}

/* Codes every line of one sweep file with worker w and reports each expectation. */
static void S_sweep(dyad_worker *w, const char *path)
{
    FILE *f = fopen(path, "r");
    T_REPORT(f != NULL, "%s: %s", path, strerror(errno));
    if (!f)
        return;
    char line[4096];
    for (long ln = 1; fgets(line, sizeof line, f); ln++) {
        line[strcspn(line, "\r\n")] = 0;
        if (!*line || *line == '#')
            continue;
        char *date = line, *text = strchr(line, '\t'), *want = text ? strchr(text + 1, '\t') : NULL;
        T_REPORT(want != NULL, "%s:%ld: want DATE<TAB>SENTENCE<TAB>EXPECT", path, ln);
        if (!want)
            continue;
        *text++ = 0;
        *want++ = 0;
        dyad_article a = {"sweep", date, "", text, strlen(text), "", "", "test", 0};
        dyad_coded_article c;
        if (dyad_worker_code(w, &a, &c, NULL) != DYAD_OK) {
            T_REPORT(0, "%s:%ld: coding failed", path, ln);
            continue;
        }
        char got[1024] = "";
        size_t n = 0;
        for (size_t i = 0; i < c.nevents; i++) {
            const dyad_event *ev = &c.events[i];
            n += (size_t)snprintf(got + n, n < sizeof got ? sizeof got - n : 0, "%s%s %s %s %s",
                                  i ? "; " : "", ev->source, ev->target, ev->code,
                                  dyad_modality_name(ev->modality));
        }
        char *save = NULL;
        for (char *exp = strtok_r(want, ";", &save); exp; exp = strtok_r(NULL, ";", &save)) {
            while (*exp == ' ')
                exp++;
            char copy[256];
            snprintf(copy, sizeof copy, "%s", exp);
            int ok = 0;
            int wellformed = S_expect(&c, exp, &ok);
            T_REPORT(wellformed && ok, "%s:%ld: \"%s\" gave \"%s\", want %s\"%s\"", path, ln,
                     text, got, wellformed ? "" : "(malformed) ", copy);
        }
    }
    fclose(f);
}

static int S_is_sweep(const struct dirent *de)
{
    size_t len = strlen(de->d_name);
    return len > 4 && !strcmp(de->d_name + len - 4, ".tsv");
}

int main(void)
{
    dyad_engine_opts o = {0};
    dyad_code_opts_default(&o.code);
    dyad_engine *e = NULL;
    dyad_diag d = {0};
    INT_EQ(dyad_engine_load(&o, &e, &d), DYAD_OK);
    dyad_worker *w = e ? dyad_worker_new(e) : NULL;
    struct dirent **ent = NULL;
    int n = w ? scandir(SWEEPS, &ent, S_is_sweep, alphasort) : -1;
    T_REPORT(n > 0, "%s: no sweep tables", SWEEPS);
    for (int i = 0; i < n; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/%s", SWEEPS, ent[i]->d_name);
        S_sweep(w, path);
        free(ent[i]);
    }
    free(ent);
    dyad_worker_free(w);
    dyad_engine_free(e);
    return T_done();
}

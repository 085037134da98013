/*
 * cmd_compile.c — `dyad compile [--dict DIR]`: read a dictionary set as text, write its
 * compiled form to the cache (as every command does when the form is missing or stale)
 * and print where it went, its size, and how long each form takes to load.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "cli.h"
#include "dyad_code.h"
#include "dyad_pipeline.h"
#include "util/util.h"

static double S_ms(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec * 1e3 + (double)t.tv_nsec / 1e6;
}

/* Load the set in a new dictionary with the given cache mode; *ms its time. */
static dyad_dict *S_load(const dyad_validate_opts *files, int cache, dyad_diag *diag,
                         double *ms)
{
    dyad_validate_opts o = *files;
    o.cache = cache;
    dyad_dict *d = dyad_dict_new();
    double t0 = S_ms();
    if (!d || dyad_dict_load_set(d, &o, NULL, diag) != DYAD_OK) {
        dyad_dict_free(d);
        return NULL;
    }
    *ms = S_ms() - t0;
    return d;
}

static void S_usage(FILE *f)
{
    fprintf(f, "usage: dyad compile [--dict DIR]\n"
               "Compile a dictionary set (default: the bundled one in DATA/dict) into the\n"
               "cache ($DYAD_CACHE, else $XDG_CACHE_HOME/dyad, else ~/.cache/dyad). Other\n"
               "commands do this by themselves when a file of the set changes; this one\n"
               "shows where the compiled form is and what it saves.\n");
}

int cmd_compile(int argc, char **argv)
{
    const char *dir = NULL;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            S_usage(stdout);
            return 0;
        } else if (!strcmp(argv[i], "--dict") && i + 1 < argc) {
            dir = argv[++i];
        } else {
            S_usage(stderr);
            return 2;
        }
    }
    dyad_diag diag = {cli_print_diag, NULL, 0, 0};
    dyad_buf dflt = {0};
    if (!dir) {
        if (dyad_buf_printf(&dflt, "%s/dict", dyad_data_dir()))
            return 1;
        dir = dflt.data;
    }
    dyad_validate_opts files = {0};
    char *mem = NULL;
    dyad_dict *text = NULL, *built = NULL, *comp = NULL;
    double t_text = 0, t_built = 0, t_comp = 0;
    int rc = 1;
    if (dyad_dict_dir_files(dir, &files, &mem, &diag) != DYAD_OK)
        goto out;
    if (!(text = S_load(&files, DYAD_CACHE_OFF, &diag, &t_text)))
        goto out;
    diag.fn = NULL; /* the text's warnings have been shown */
    if (!(built = S_load(&files, DYAD_CACHE_REBUILD, &diag, &t_built)))
        goto out;
    const char *path = dyad_dict_compiled_path(built);
    if (!path) {
        fprintf(stderr, "dyad: compile: the compiled form could not be written (%s)\n",
                getenv("DYAD_NO_CACHE") ? "DYAD_NO_CACHE is set"
                                        : "no writable cache folder");
        goto out;
    }
    comp = S_load(&files, DYAD_CACHE_AUTO, &diag, &t_comp);
    dyad_dict_stats st, sc;
    dyad_dict_get_stats(text, &st);
    dyad_dict_get_stats(comp, &sc);
    if (!comp || !sc.compiled) {
        fprintf(stderr, "dyad: compile: %s was written but not used\n", path);
        goto out;
    }
    printf("wrote %s (%zu bytes)\n", path, sc.bytes);
    printf("  %zu verbs, %zu patterns, %zu actors (%zu phrases), %zu agents, %zu discards, "
           "%zu issue phrases\n",
           st.verbs, st.verb_patterns, st.actors, st.actor_phrases, st.agents, st.discards,
           st.issues);
    printf("  load from text:     %8.2f ms, %zu bytes of structures\n", t_text, st.bytes);
    printf("  text and writing:   %8.2f ms\n", t_built);
    printf("  load from compiled: %8.2f ms, %zu bytes mapped\n", t_comp, sc.bytes);
    rc = 0;
out:
    dyad_dict_free(text);
    dyad_dict_free(built);
    dyad_dict_free(comp);
    free(mem);
    dyad_buf_free(&dflt);
    return rc;
}

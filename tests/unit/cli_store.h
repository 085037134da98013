/*
 * cli_store.h — helpers of the tests that run the dyad command and compare the stores
 * it writes (test_jobs, test_slurm, test_ingest_kill, test_store): a shell command made
 * as printf would, a whole file, a store's canonical dump, removing a database with its
 * write-ahead log.
 */
#ifndef DYAD_CLI_STORE_H
#define DYAD_CLI_STORE_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include "dyad_store.h"
#include "util/util.h"

/* Run a shell command made as printf would; its exit status, -1 when it did not exit. */
static inline int cs_sh(const char *fmt, ...) DYAD_PRINTF(1, 2);
static inline int cs_sh(const char *fmt, ...)
{
    char cmd[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(cmd, sizeof cmd, fmt, ap);
    va_end(ap);
    int st = system(cmd);
    return st == -1 || !WIFEXITED(st) ? -1 : WEXITSTATUS(st);
}

/* The contents of a file (caller frees), NULL when it cannot be read. */
static inline char *cs_slurp(const char *path)
{
    char *text = NULL;
    size_t len;
    return dyad_read_file(path, &text, &len) == DYAD_OK ? text : NULL;
}

/* The canonical dump of the store db (caller frees), with its counts when counts is
 * not NULL; NULL when there is no such store or it cannot be dumped. */
static inline char *cs_dump(const char *db, dyad_store_counts *counts)
{
    dyad_store *s;
    char *out = NULL;
    size_t n = 0;
    if (access(db, F_OK) != 0 || dyad_store_open(db, &s, NULL) != DYAD_OK)
        return NULL;
    FILE *f = open_memstream(&out, &n);
    dyad_status st = dyad_store_dump(s, f, NULL);
    fclose(f);
    if (counts)
        dyad_store_counts_get(s, counts);
    dyad_store_free(s);
    if (st != DYAD_OK) {
        free(out);
        return NULL;
    }
    return out;
}

/* Remove the database db and its -wal and -shm files. */
static inline void cs_remove_db(const char *db)
{
    char p[512];
    unlink(db);
    snprintf(p, sizeof p, "%s-wal", db);
    unlink(p);
    snprintf(p, sizeof p, "%s-shm", db);
    unlink(p);
}

#endif

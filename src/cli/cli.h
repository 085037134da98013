/*
 * cli.h — shared pieces of the dyad subcommands: the command table's entry points and
 * a diagnostic printer that writes "file:line: message" to stderr.
 */
#ifndef DYAD_CLI_H
#define DYAD_CLI_H

#include "dyad.h"

#define DYAD_CMD(name, fn, help) int fn(int argc, char **argv);
#include "commands.inc"
#undef DYAD_CMD

/* A dyad_diag_fn that prints "dyad: file:line: warning|error: msg" to stderr. */
void cli_print_diag(void *user, dyad_severity sev, const char *file, long line,
                    const char *msg);

#endif

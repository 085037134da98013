/* diag.c — how the CLI shows library diagnostics: "file:line: severity: message". */
#include <stdio.h>
#include "cli.h"

void cli_print_diag(void *user, dyad_severity sev, const char *file, long line,
                    const char *msg)
{
    (void)user;
    const char *what = sev == DYAD_ERROR ? "error" : "warning";
    if (file && line > 0)
        fprintf(stderr, "dyad: %s:%ld: %s: %s\n", file, line, what, msg);
    else if (file)
        fprintf(stderr, "dyad: %s: %s: %s\n", file, what, msg);
    else
        fprintf(stderr, "dyad: %s: %s\n", what, msg);
}

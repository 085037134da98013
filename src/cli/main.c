/*
 * main.c — the dyad command: dispatches to one subcommand per file (cmd_*.c).
 * Thin by design: argument parsing and printing only; the work is in libdyad.
 */
#include <stdio.h>
#include <string.h>
#include "cli.h"

static const struct {
    const char *name;
    int (*fn)(int argc, char **argv);
    const char *help;
} S_cmds[] = {
#define DYAD_CMD(name, fn, help) {name, fn, help},
#include "commands.inc"
#undef DYAD_CMD
    {NULL, NULL, NULL}, /* sentinel: the table may be empty while commands are added */
};

static void S_usage(FILE *f)
{
    fprintf(f, "usage: dyad COMMAND [OPTIONS] [ARGS]\n\ncommands:\n");
    for (size_t i = 0; S_cmds[i].name; i++)
        fprintf(f, "  %-12s %s\n", S_cmds[i].name, S_cmds[i].help);
    fprintf(f, "\n'dyad COMMAND --help' describes a command's options.\n");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        S_usage(stderr);
        return 2;
    }
    if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
        S_usage(stdout);
        return 0;
    }
    if (!strcmp(argv[1], "--version")) {
        printf("dyad %s\n", DYAD_VERSION);
        return 0;
    }
    for (size_t i = 0; S_cmds[i].name; i++)
        if (!strcmp(argv[1], S_cmds[i].name))
            return S_cmds[i].fn(argc - 1, argv + 1);
    fprintf(stderr, "dyad: unknown command '%s'\n", argv[1]);
    S_usage(stderr);
    return 2;
}

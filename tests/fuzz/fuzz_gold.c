/*
 * fuzz_gold.c — libFuzzer target for the readers of `dyad score`: the input is read as
 * a gold file, then as system events scored against it, then figures and error lists
 * are printed (to /dev/null). The system events of corpus passages are first numbered by
 * the gold's sentences with the input itself as every passage's text (S_renumber: the
 * cleaned sentences of `dyad code` looked for in a passage of any bytes), as no corpus is
 * read here. The command file is included whole because its readers are static: it is
 * CLI tooling, not library code. It comes first: it asks for memmem (_GNU_SOURCE) before
 * any system header is read.
 */
#include "cli/cmd_score.c"
#include "cli/diag.c"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    if (!freopen("/dev/null", "w", stdout))
        return 1;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    S_ctx c = {0};
    c.gold_file = "fuzz";
    c.arena = dyad_arena_new();
    c.ids = dyad_strmap_new();
    if (c.arena && c.ids) {
        const char *s = (const char *)data;
        S_lines("fuzz", s, size, S_gold_line, &c);
        S_lines("fuzz", s, size, S_sys_line, &c);
        for (size_t k = 0; k < c.ndocs; k++)
            if (c.docs[k].story && S_renumber(&c.docs[k], s, size) < 0)
                break;
        S_result r;
        S_score(&c, size % 2, &r);
        S_print_json(&c, &r);
        S_print_errors(&c);
    }
    S_ctx_free(&c);
    return 0;
}

/*
 * cmd_sentences.c — `dyad sentences FILE...`: read articles (text, JSON lines, HTML,
 * gzip, "-" for stdin), clean them and print one line per sentence:
 *
 *   doc <TAB> sentence index <TAB> byte offset in the cleaned text <TAB> sentence
 *   <TAB> its Penn Treebank tokens separated by spaces [<TAB> its parse, with --parse]
 *
 * preceded per article by "# doc<TAB>date<TAB>title". The work is in libdyad
 * (dyad_text.h); this file parses options and prints.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cli.h"
#include "dyad_pipeline.h"
#include "dyad_text.h"

static void S_usage(FILE *f)
{
    fprintf(f,
            "usage: dyad sentences [OPTIONS] FILE...\n"
            "Print the cleaned sentences of each article with their tokens:\n"
            "  doc TAB index TAB offset TAB sentence TAB tokens\n\n"
            "  --format F   auto (default: sniffed), text, jsonl or html\n"
            "  --year Y     year for datelines without one (\"Aug. 6\")\n"
            "  --raw        split the text as read, without cleaning\n"
            "  --offsets    print tokens as TOKEN@OFFSET:LENGTH\n"
            "  --parse      add the sentence's parse by the built-in parser, as the\n"
            "               Penn Treebank tree the coder reads\n"
            "  --model FILE parser model for --parse (default DATA/model/en_ewt.dpm)\n"
            "  --help       this text\n"
            "FILE may be gzip-compressed; \"-\" reads stdin.\n");
}

/* Print s[0..n) with tabs and newlines as spaces, so every record stays one line. */
static void S_field(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        putchar(s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i]);
}

int cmd_sentences(int argc, char **argv)
{
    dyad_input_format fmt = DYAD_INPUT_AUTO;
    dyad_clean_opts copts = {0};
    int raw = 0, offsets = 0, parse = 0, nfiles = 0;
    const char *model = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            S_usage(stdout);
            return 0;
        } else if (!strcmp(a, "--format") && i + 1 < argc) {
            if (dyad_input_format_parse(argv[++i], &fmt)) {
                fprintf(stderr, "dyad sentences: unknown format '%s'\n", argv[i]);
                return 2;
            }
        } else if (!strcmp(a, "--year") && i + 1 < argc) {
            copts.year = atoi(argv[++i]);
        } else if (!strcmp(a, "--raw")) {
            raw = 1;
        } else if (!strcmp(a, "--offsets")) {
            offsets = 1;
        } else if (!strcmp(a, "--parse")) {
            parse = 1;
        } else if (!strcmp(a, "--model") && i + 1 < argc) {
            model = argv[++i];
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "dyad sentences: unknown option '%s'\n", a);
            S_usage(stderr);
            return 2;
        } else {
            nfiles++;
        }
    }
    if (!nfiles) {
        S_usage(stderr);
        return 2;
    }
    dyad_diag diag = {cli_print_diag, NULL, 0, 0};
    dyad_cleaner *cl = dyad_cleaner_new(&copts);
    dyad_splitter *sp = dyad_splitter_new();
    dyad_engine *e = NULL;
    dyad_worker *w = NULL;
    int rc = 0;
    if (parse) {
        /* The engine brings the parser; its dictionaries are not used here. */
        dyad_engine_opts eo = {.model = model};
        if (dyad_engine_load(&eo, &e, &diag) != DYAD_OK || !(w = dyad_worker_new(e))) {
            rc = 1;
            goto done;
        }
    }
    if (!cl || !sp) {
        fprintf(stderr, "dyad sentences: out of memory\n");
        rc = 1;
        goto done;
    }
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--format") || !strcmp(a, "--year") || !strcmp(a, "--model")) {
            i++;
            continue;
        }
        if (a[0] == '-' && a[1])
            continue;
        dyad_reader *r = dyad_reader_new(a, fmt, &diag);
        if (!r) {
            rc = 1;
            continue;
        }
        dyad_article art;
        int k;
        while ((k = dyad_reader_next(r, &art)) > 0) {
            dyad_cleaned c = {art.text, art.text_len, "", 0, 0, ""};
            if (!raw && dyad_clean(cl, &art, &c) != DYAD_OK) {
                fprintf(stderr, "dyad sentences: %s: cannot clean article %s\n", a, art.id);
                rc = 1;
                continue;
            }
            if (raw)
                snprintf(c.date, sizeof c.date, "%s", art.date);
            dyad_split_result sr;
            if (dyad_split(sp, c.text, c.len, &sr) != DYAD_OK) {
                fprintf(stderr, "dyad sentences: %s: cannot split article %s\n", a, art.id);
                rc = 1;
                continue;
            }
            printf("# %s\t%s\t", art.id, c.date);
            S_field(art.title, strlen(art.title));
            putchar('\n');
            for (size_t s = 0; s < sr.nsent; s++) {
                const dyad_sentence *se = &sr.sent[s];
                printf("%s\t%zu\t%u\t", art.id, s, se->off);
                S_field(c.text + se->off, se->len);
                putchar('\t');
                for (uint32_t t = se->tok; t < se->tok + se->ntok; t++) {
                    char buf[256];
                    if (t > se->tok)
                        putchar(' ');
                    fputs(dyad_token_str(&sr.tok[t], c.text, buf, sizeof buf), stdout);
                    if (offsets)
                        printf("@%u:%u", sr.tok[t].off, sr.tok[t].len);
                }
                const char *ptb = NULL;
                if (w && dyad_worker_parse_text(w, c.text + se->off, se->len, &ptb) == DYAD_OK)
                    printf("\t%s", ptb);
                else if (w)
                    fputs("\t(not parsed)", stdout);
                putchar('\n');
            }
        }
        if (k < 0)
            rc = 1;
        dyad_reader_free(r);
    }
    if (diag.nwarn || diag.nerror)
        rc = 1;
done:
    dyad_worker_free(w);
    dyad_engine_free(e);
    dyad_cleaner_free(cl);
    dyad_splitter_free(sp);
    return rc;
}

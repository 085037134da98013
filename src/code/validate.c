/*
 * validate.c — PETRARCH validation runs: read the validation XML, load the dictionaries
 * its <Environment> names (relative to the XML file) unless the caller names others,
 * apply <Config> changes in file order, code every <Sentence> and compare the multiset
 * of (source, target, code) with the <EventCoding> records. As in PETRARCH, a record
 * with noevents (or an error="..." marker such as a discard) expects no events.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "dyad_code.h"
#include "dict/dict.h"
#include "parse/petrxml.h"
#include "parse/tree.h"
#include "util/util.h"

static char *S_path(const char *xml, const char *name)
{
    if (!name)
        return NULL;
    if (name[0] == '/')
        return strdup(name);
    const char *slash = strrchr(xml, '/');
    size_t dn = slash ? (size_t)(slash - xml + 1) : 0;
    char *p = malloc(dn + strlen(name) + 1);
    if (!p)
        return NULL;
    memcpy(p, xml, dn);
    strcpy(p + dn, name);
    return p;
}

static dyad_status S_load(dyad_dict *d, dyad_dict_kind k, const char *xml, const char *given,
                          const char *env, dyad_diag *diag)
{
    if (given)
        return dyad_dict_load(d, k, given, diag);
    if (!env || !*env)
        return DYAD_OK;
    char *p = S_path(xml, env);
    if (!p)
        return DYAD_ENOMEM;
    dyad_status st = dyad_dict_load(d, k, p, diag);
    free(p);
    return st;
}

static dyad_status S_load_each(dyad_dict *d, const dyad_validate_opts *opts,
                               const char *xml_path, const dyad_petrxml *x, dyad_diag *diag)
{
    dyad_status st;
    const char *none = NULL;
    if ((st = S_load(d, DYAD_DICT_VERBS, xml_path, opts->verbs, x ? x->verbs : none, diag)) ||
        (st = S_load(d, DYAD_DICT_AGENTS, xml_path, opts->agents, x ? x->agents : none, diag)) ||
        (st = S_load(d, DYAD_DICT_DISCARDS, xml_path, opts->discards, x ? x->discards : none,
                     diag)) ||
        (st = S_load(d, DYAD_DICT_ISSUES, xml_path, opts->issues, x ? x->issues : none, diag)))
        return st;
    if (opts->nactors) {
        for (size_t i = 0; i < opts->nactors; i++)
            if ((st = dyad_dict_load(d, DYAD_DICT_ACTORS, opts->actors[i], diag)))
                return st;
    } else if (x) {
        for (size_t i = 0; i < x->nactors; i++)
            if ((st = S_load(d, DYAD_DICT_ACTORS, xml_path, NULL, x->actors[i], diag)))
                return st;
    }
    return DYAD_OK;
}

/* The files are gathered first and loaded as one set, so that the set's compiled form
 * can stand in for them (dict/compiled.c). */
static dyad_status S_load_all(dyad_dict *d, const dyad_validate_opts *opts,
                              const char *xml_path, const dyad_petrxml *x, dyad_diag *diag)
{
    dyad_dict_gather(d);
    return dyad_dict_gather_end(d, S_load_each(d, opts, xml_path, x, diag), opts->cache, diag);
}

dyad_status dyad_dict_load_set(dyad_dict *d, const dyad_validate_opts *opts,
                               const char *xml_path, dyad_diag *diag)
{
    dyad_validate_opts none = {0};
    dyad_petrxml *x = NULL;
    if (!d)
        return DYAD_EINVAL;
    if (xml_path) {
        dyad_status st = dyad_petrxml_read(xml_path, diag, &x);
        if (st != DYAD_OK)
            return st;
    }
    dyad_status st = S_load_all(d, opts ? opts : &none, xml_path ? xml_path : "", x, diag);
    dyad_petrxml_free(x);
    return st;
}

static void S_config(dyad_code_opts *o, const dyad_petr_record *r, const char *file,
                     dyad_diag *diag)
{
    const char *opt = r->option, *val = r->value;
    int *slot = NULL;
    if (!strcmp(opt, "require_dyad")) {
        char low[16];
        size_t n = 0;
        for (; val[n] && n + 1 < sizeof low; n++)
            low[n] = (char)tolower((unsigned char)val[n]);
        low[n] = 0;
        o->require_dyad = strstr(low, "false") == NULL;
        return;
    }
    if (!strcmp(opt, "stop_on_error"))
        return;
    if (!strcmp(opt, "new_actor_length"))
        slot = &o->new_actor_length;
    else if (!strcmp(opt, "comma_min"))
        slot = &o->comma_min;
    else if (!strcmp(opt, "comma_max"))
        slot = &o->comma_max;
    else if (!strcmp(opt, "comma_bmin"))
        slot = &o->comma_bmin;
    else if (!strcmp(opt, "comma_bmax"))
        slot = &o->comma_bmax;
    else if (!strcmp(opt, "comma_emin"))
        slot = &o->comma_emin;
    else if (!strcmp(opt, "comma_emax"))
        slot = &o->comma_emax;
    if (!slot) {
        dyad_diagf(diag, DYAD_WARN, file, r->line, "<Config>: unknown option '%s'; ignored", opt);
        return;
    }
    char *end;
    long v = strtol(val, &end, 10);
    if (end == val || v < 0 || v > 1000) {
        dyad_diagf(diag, DYAD_WARN, file, r->line, "<Config>: %s needs a number; ignored", opt);
        return;
    }
    *slot = (int)v;
}

static int S_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted "SRC TGT CODE" strings joined by "; " into out; returns the line list too. */
static int S_join(char **lines, size_t n, dyad_buf *out)
{
    qsort(lines, n, sizeof *lines, S_cmp);
    dyad_buf_clear(out);
    if (dyad_buf_puts(out, ""))
        return -1;
    for (size_t i = 0; i < n; i++)
        if ((i && dyad_buf_puts(out, "; ")) || dyad_buf_puts(out, lines[i]))
            return -1;
    return 0;
}

dyad_status dyad_validate_file(const char *xml_path, const dyad_validate_opts *opts,
                               dyad_validate_fn fn, void *user, dyad_diag *diag,
                               long *npass, long *nfail)
{
    *npass = *nfail = 0;
    dyad_validate_opts none = {0};
    if (!opts)
        opts = &none;
    dyad_petrxml *x = NULL;
    dyad_status st = dyad_petrxml_read(xml_path, diag, &x);
    if (st != DYAD_OK)
        return st;
    dyad_dict *d = dyad_dict_new();
    dyad_buf exp = {0}, got = {0};
    char **el = NULL, **gl = NULL;
    dyad_coding cod = {0};
    if (!d) {
        st = DYAD_ENOMEM;
        goto done;
    }
    if ((st = S_load_all(d, opts, xml_path, x, diag)))
        goto done;
    dyad_code_opts o;
    dyad_code_opts_default(&o);
    for (size_t i = 0; i < x->nrec; i++) {
        const dyad_petr_record *r = &x->rec[i];
        if (r->is_config) {
            S_config(&o, r, xml_path, diag);
            continue;
        }
        size_t ne = (r->noevents || r->error) ? 0 : r->nev;
        cod.n = 0;
        const char *parse = r->parse;
        if (opts->reparse)
            parse = r->text ? opts->reparse(opts->reparse_user, r->text) : NULL;
        if (parse) {
            dyad_tree *t = NULL;
            if (dyad_tree_parse(parse, strlen(parse), xml_path, r->parse_line, diag, &t) ==
                DYAD_OK) {
                st = dyad_code_tree(d, t, r->date, r->text, &o, &cod);
                dyad_tree_free(t);
                if (st)
                    goto done;
            }
        }
        free(el);
        free(gl);
        el = calloc(ne + 1, sizeof *el);
        gl = calloc(cod.n + 1, sizeof *gl);
        if (!el || !gl) {
            st = DYAD_ENOMEM;
            goto done;
        }
        dyad_buf lines = {0};
        int oom = 0;
        /* offsets into one buffer would move on growth: format each line separately */
        for (size_t k = 0; k < ne && !oom; k++) {
            dyad_buf_clear(&lines);
            oom = dyad_buf_printf(&lines, "%s %s %s", r->ev[k].source, r->ev[k].target,
                                  r->ev[k].code) ||
                  !(el[k] = strdup(lines.data));
        }
        for (size_t k = 0; k < cod.n && !oom; k++) {
            dyad_buf_clear(&lines);
            oom = dyad_buf_printf(&lines, "%s %s %s", cod.ev[k].source, cod.ev[k].target,
                                  cod.ev[k].code) ||
                  !(gl[k] = strdup(lines.data));
        }
        dyad_buf_free(&lines);
        if (oom || S_join(el, ne, &exp) || S_join(gl, cod.n, &got))
            oom = 1;
        int ok = !oom && !strcmp(exp.data, got.data);
        for (size_t k = 0; k < ne; k++)
            free(el[k]);
        for (size_t k = 0; k < cod.n; k++)
            free(gl[k]);
        if (oom) {
            st = DYAD_ENOMEM;
            goto done;
        }
        if (ok)
            (*npass)++;
        else
            (*nfail)++;
        if (fn)
            fn(user, r->id, ok, exp.data, got.data);
    }
done:
    free(el);
    free(gl);
    dyad_coding_free(&cod);
    dyad_buf_free(&exp);
    dyad_buf_free(&got);
    dyad_dict_free(d);
    dyad_petrxml_free(x);
    return st;
}

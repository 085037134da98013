/*
 * petrxml.c — PETRARCH validation XML via libxml2 (DOM; NONET, no entity expansion,
 * errors reported with their line). Unknown elements are ignored, as PETRARCH does.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include "parse/petrxml.h"
#include "util/util.h"

static char *S_norm(const char *s)
{
    size_t n = s ? strlen(s) : 0;
    char *o = malloc(n + 1);
    if (!o)
        return NULL;
    size_t k = 0;
    int sp = 0;
    for (size_t i = 0; i < n; i++) {
        if (isspace((unsigned char)s[i])) {
            sp = k > 0;
        } else {
            if (sp)
                o[k++] = ' ';
            sp = 0;
            o[k++] = s[i];
        }
    }
    o[k] = 0;
    return o;
}

static char *S_attr(xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    char *r = strdup(v ? (const char *)v : "");
    xmlFree(v);
    return r;
}

static int S_is(xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

static char *S_text(xmlNode *n, int norm)
{
    xmlChar *c = xmlNodeGetContent(n);
    char *r = norm ? S_norm((const char *)c) : strdup(c ? (const char *)c : "");
    xmlFree(c);
    return r;
}

void dyad_petrxml_free(dyad_petrxml *x)
{
    if (!x)
        return;
    free(x->verbs);
    free(x->agents);
    free(x->discards);
    free(x->issues);
    for (size_t i = 0; i < x->nactors; i++)
        free(x->actors[i]);
    free(x->actors);
    for (size_t i = 0; i < x->nrec; i++) {
        dyad_petr_record *r = &x->rec[i];
        free(r->option);
        free(r->value);
        free(r->id);
        free(r->date);
        free(r->category);
        free(r->error);
        for (size_t k = 0; k < r->nev; k++) {
            free(r->ev[k].source);
            free(r->ev[k].target);
            free(r->ev[k].code);
        }
        free(r->ev);
        free(r->text);
        free(r->parse);
    }
    free(x->rec);
    free(x);
}

static dyad_petr_record *S_newrec(dyad_petrxml *x, size_t *cap)
{
    if (dyad_vec_grow((void **)&x->rec, cap, x->nrec, sizeof *x->rec))
        return NULL;
    dyad_petr_record *r = &x->rec[x->nrec++];
    memset(r, 0, sizeof *r);
    return r;
}

static int S_env(dyad_petrxml *x, xmlNode *env)
{
    for (xmlNode *c = env->children; c; c = c->next) {
        char **slot = NULL;
        if (S_is(c, "Verbfile"))
            slot = &x->verbs;
        else if (S_is(c, "Agentfile"))
            slot = &x->agents;
        else if (S_is(c, "Discardfile"))
            slot = &x->discards;
        else if (S_is(c, "Issuefile"))
            slot = &x->issues;
        else if (S_is(c, "Actorfile")) {
            char **p = realloc(x->actors, (x->nactors + 1) * sizeof *p);
            if (!p)
                return -1;
            x->actors = p;
            if (!(x->actors[x->nactors] = S_text(c, 1)))
                return -1;
            x->nactors++;
            continue;
        }
        if (slot) {
            free(*slot);
            if (!(*slot = S_text(c, 1)))
                return -1;
        }
    }
    return 0;
}

static int S_sentence(dyad_petrxml *x, size_t *cap, xmlNode *s)
{
    dyad_petr_record *r = S_newrec(x, cap);
    if (!r)
        return -1;
    r->line = xmlGetLineNo(s);
    if (!(r->id = S_attr(s, "id")) || !(r->date = S_attr(s, "date")) ||
        !(r->category = S_attr(s, "category")))
        return -1;
    for (xmlNode *c = s->children; c; c = c->next) {
        if (S_is(c, "EventCoding")) {
            xmlChar *ne = xmlGetProp(c, (const xmlChar *)"noevents");
            xmlChar *er = xmlGetProp(c, (const xmlChar *)"error");
            if (ne)
                r->noevents = 1;
            if (er && !r->error && !(r->error = strdup((const char *)er))) {
                xmlFree(ne);
                xmlFree(er);
                return -1;
            }
            int plain = !ne && !er;
            xmlFree(ne);
            xmlFree(er);
            if (!plain)
                continue;
            dyad_petr_event *p = realloc(r->ev, (r->nev + 1) * sizeof *p);
            if (!p)
                return -1;
            r->ev = p;
            dyad_petr_event *e = &r->ev[r->nev++];
            e->source = S_attr(c, "sourcecode");
            e->target = S_attr(c, "targetcode");
            e->code = S_attr(c, "eventcode");
            if (!e->source || !e->target || !e->code)
                return -1;
        } else if (S_is(c, "Text")) {
            free(r->text);
            if (!(r->text = S_text(c, 1)))
                return -1;
        } else if (S_is(c, "Parse")) {
            free(r->parse);
            if (!(r->parse = S_text(c, 0)))
                return -1;
            r->parse_line = xmlGetLineNo(c);
        }
    }
    if (!r->text && !(r->text = strdup("")))
        return -1;
    return 0;
}

static int S_config(dyad_petrxml *x, size_t *cap, xmlNode *c)
{
    dyad_petr_record *r = S_newrec(x, cap);
    if (!r)
        return -1;
    r->is_config = 1;
    r->line = xmlGetLineNo(c);
    r->option = S_attr(c, "option");
    r->value = S_attr(c, "value");
    return r->option && r->value ? 0 : -1;
}

static int S_walk(dyad_petrxml *x, size_t *cap, xmlNode *n, int depth)
{
    for (xmlNode *c = n; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        int rc = 0;
        if (S_is(c, "Environment"))
            rc = S_env(x, c);
        else if (S_is(c, "Sentence"))
            rc = S_sentence(x, cap, c);
        else if (S_is(c, "Config"))
            rc = S_config(x, cap, c);
        else if (depth < 8)
            rc = S_walk(x, cap, c->children, depth + 1);
        if (rc)
            return rc;
    }
    return 0;
}

dyad_status dyad_petrxml_parse(const char *name, const char *buf, size_t len, dyad_diag *diag,
                               dyad_petrxml **out)
{
    *out = NULL;
    if (len > (size_t)0x7fffffff)
        return DYAD_ELIMIT;
    xmlParserCtxtPtr ctx = xmlNewParserCtxt();
    if (!ctx)
        return DYAD_ENOMEM;
    xmlDocPtr doc = xmlCtxtReadMemory(ctx, buf, (int)len, name, NULL,
                                      XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    if (!doc) {
        xmlErrorPtr e = xmlCtxtGetLastError(ctx);
        char msg[256] = "not well-formed XML";
        long line = 0;
        if (e && e->message) {
            snprintf(msg, sizeof msg, "%s", e->message);
            size_t m = strlen(msg);
            while (m && (msg[m - 1] == '\n' || msg[m - 1] == ' '))
                msg[--m] = 0;
            line = e->line;
        }
        dyad_diagf(diag, DYAD_ERROR, name, line, "XML: %s", msg);
        xmlFreeParserCtxt(ctx);
        return DYAD_ESYNTAX;
    }
    dyad_petrxml *x = calloc(1, sizeof *x);
    size_t cap = 0;
    dyad_status st = DYAD_OK;
    if (!x || S_walk(x, &cap, xmlDocGetRootElement(doc), 0)) {
        st = DYAD_ENOMEM;
        dyad_petrxml_free(x);
        x = NULL;
    }
    xmlFreeDoc(doc);
    xmlFreeParserCtxt(ctx);
    *out = x;
    return st;
}

dyad_status dyad_petrxml_read(const char *path, dyad_diag *diag, dyad_petrxml **out)
{
    char *buf = NULL;
    size_t len = 0;
    *out = NULL;
    dyad_status st = dyad_read_file(path, &buf, &len);
    if (st != DYAD_OK) {
        dyad_diagf(diag, DYAD_ERROR, path, 0, "cannot read: %s", dyad_status_str(st));
        return st;
    }
    st = dyad_petrxml_parse(path, buf, len, diag, out);
    free(buf);
    return st;
}

/*
 * pipeline.c — raw article to event mentions, stage by stage (dyad_pipeline.h).
 *
 * Each sentence takes one path: the splitter's Penn Treebank tokens are tagged and
 * parsed by the dependency model, the parse becomes a PETRARCH-style bracketed tree, and
 * the coder reads that tree. The coder's token indices are the splitter's (the tree keeps
 * every token in order), so event spans come straight from token offsets and the
 * resolve stage sees the same tokens, tags and heads the coder did.
 */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include "dyad_cameo.h"
#include "dyad_parse.h"
#include "dyad_pipeline.h"
#include "dyad_resolve.h"
#include "dyad_text.h"
#include "dict/dict.h"
#include "resolve/coref.h"
#include "pipeline/prefilter.h"
#include "util/util.h"

#ifndef DYAD_DATADIR
#define DYAD_DATADIR "data"
#endif

struct dyad_engine {
    dyad_dict *dict;
    dyad_model *model;
    dyad_cameo *cameo_owned;
    const dyad_cameo *cameo;
    unsigned modalities;
    dyad_code_opts code;
    int parse_all;
    char date[11];  /* opts->date, or "" */
    char today[11]; /* actor codes of undated articles are those in force today */
};

struct dyad_worker {
    const dyad_engine *e;
    dyad_cleaner *cleaner;
    dyad_splitter *splitter;
    dyad_prefilter *filter;
    dyad_parser *parser;
    dyad_coref *coref;   /* coreference state, reset per article */
    dyad_worker_counts counts;
    /* per sentence */
    const char **words;
    size_t *lens;
    dyad_span *spans;
    int *heads;
    size_t wcap;
    char *ptb;
    size_t ptbcap;
    dyad_coding coding;
    dyad_event *cev;
    size_t cevcap;
    /* per article */
    dyad_buf sent;       /* the current sentence, NUL-terminated */
    dyad_buf texts;      /* sentence texts, NUL-separated */
    dyad_span *sents;
    size_t sentcap;
    dyad_event *ev;
    size_t nev, evcap;
    size_t *ev_text;     /* offset of each event's sentence text in texts */
    size_t evtcap;
};

const char *dyad_data_dir(void)
{
    const char *d = getenv("DYAD_DATA");
    return d && *d ? d : DYAD_DATADIR;
}

/* ---------------------------------------------------------------- dictionary folders */

static int S_has_suffix(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcasecmp(s + n - m, suf) == 0;
}

static int S_name_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

dyad_status dyad_dict_dir_files(const char *dir, dyad_validate_opts *o, char **mem,
                                dyad_diag *diag)
{
    *mem = NULL;
    DIR *dp = opendir(dir);
    if (!dp) {
        dyad_diagf(diag, DYAD_ERROR, dir, 0, "cannot open dictionary folder");
        return DYAD_ENOTFOUND;
    }
    /* Names first, sorted, so the load order (and so the result) never depends on the
     * file system's directory order. */
    char **names = NULL;
    size_t n = 0, cap = 0;
    dyad_status st = DYAD_OK;
    for (struct dirent *de; (de = readdir(dp));) {
        if (de->d_name[0] == '.' || !S_has_suffix(de->d_name, ".txt"))
            continue;
        if (dyad_vec_grow((void **)&names, &cap, n, sizeof *names)) {
            st = DYAD_ENOMEM;
            break;
        }
        if (!(names[n] = strdup(de->d_name))) {
            st = DYAD_ENOMEM;
            break;
        }
        n++;
    }
    closedir(dp);
    if (st == DYAD_OK && n)
        qsort(names, n, sizeof *names, S_name_cmp);

    int phoenix = 0;
    for (size_t i = 0; i < n; i++)
        phoenix |= strncasecmp(names[i], "CAMEO", 5) == 0;

    /* One block holds every path and the actors array; sized by the upper bound. */
    size_t dl = strlen(dir), bytes = (n + 1) * sizeof(char *);
    for (size_t i = 0; i < n; i++)
        bytes += dl + 1 + strlen(names[i]) + 1;
    char *block = st == DYAD_OK ? malloc(bytes) : NULL;
    if (st == DYAD_OK && !block)
        st = DYAD_ENOMEM;
    if (st == DYAD_OK) {
        const char **actors = (const char **)block;
        char *p = block + (n + 1) * sizeof(char *);
        size_t na = 0;
        int own_actors = o->nactors == 0;
        for (size_t i = 0; i < n; i++) {
            const char *nm = names[i];
            const char **slot = NULL;
            int is_actor = 0;
            if (phoenix) {
                if (strncasecmp(nm, "CAMEO", 5) == 0)
                    slot = &o->verbs;
                else if (strncmp(nm, "Phoenix.", 8) == 0 && strstr(nm, "actors"))
                    is_actor = 1;
                else if (!strcmp(nm, "Phoenix.agents.txt"))
                    slot = &o->agents;
                else if (!strcmp(nm, "Phoenix.discards.txt"))
                    slot = &o->discards;
                else if (!strcmp(nm, "Phoenix.IssueCoding.txt"))
                    slot = &o->issues;
            } else {
                if (!strcmp(nm, "verbs.txt"))
                    slot = &o->verbs;
                else if (S_has_suffix(nm, ".actors.txt"))
                    is_actor = 1;
                else if (!strcmp(nm, "agents.txt"))
                    slot = &o->agents;
                else if (!strcmp(nm, "discards.txt"))
                    slot = &o->discards;
                else if (!strcmp(nm, "issues.txt"))
                    slot = &o->issues;
            }
            if ((slot && *slot) || (is_actor && !own_actors) || (!slot && !is_actor))
                continue;
            int len = sprintf(p, "%s/%s", dir, nm);
            if (is_actor)
                actors[na++] = p;
            else
                *slot = p;
            p += len + 1;
        }
        if (own_actors) {
            o->actors = actors;
            o->nactors = na;
        }
        if (!o->verbs) {
            dyad_diagf(diag, DYAD_ERROR, dir, 0, "no verb dictionary (verbs.txt or CAMEO*.txt)");
            st = DYAD_ENOTFOUND;
        }
    }
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    if (st != DYAD_OK) {
        free(block);
        return st;
    }
    *mem = block;
    return DYAD_OK;
}

/* ---------------------------------------------------------------- engine */

dyad_status dyad_engine_load(const dyad_engine_opts *opts, dyad_engine **out, dyad_diag *diag)
{
    dyad_engine_opts none = {0};
    if (!opts)
        opts = &none;
    *out = NULL;
    dyad_engine *e = calloc(1, sizeof *e);
    char *dirmem = NULL, *path = NULL;
    dyad_status st = DYAD_ENOMEM;
    if (!e || !(e->dict = dyad_dict_new()))
        goto fail;

    dyad_validate_opts files = {.verbs = opts->verbs, .agents = opts->agents,
                                .discards = opts->discards, .issues = opts->issues,
                                .actors = opts->actors, .nactors = opts->nactors,
                                .cache = opts->dict_cache};
    dyad_buf dflt = {0};
    const char *dir = opts->dict_dir;
    /* Files given take the place of their kind in the default folder; only a
     * validation file's <Environment> stands for a whole set. */
    if (!dir && !opts->env) {
        if (dyad_buf_printf(&dflt, "%s/dict", dyad_data_dir()))
            goto fail;
        dir = dflt.data;
    }
    st = dir ? dyad_dict_dir_files(dir, &files, &dirmem, diag) : DYAD_OK;
    dyad_buf_free(&dflt);
    if (st != DYAD_OK || (st = dyad_dict_load_set(e->dict, &files, opts->env, diag)) != DYAD_OK)
        goto fail;

    dyad_buf mp = {0};
    const char *model = opts->model;
    if (!model) {
        if (dyad_buf_printf(&mp, "%s/model/en_ewt.dpm", dyad_data_dir())) {
            st = DYAD_ENOMEM;
            goto fail;
        }
        model = path = mp.data;
    }
    if (!opts->no_model && (st = dyad_model_load(model, &e->model, diag)) != DYAD_OK)
        goto fail;

    if (opts->cameo) {
        if ((st = dyad_cameo_load(opts->cameo, &e->cameo_owned, diag)) != DYAD_OK)
            goto fail;
        e->cameo = e->cameo_owned;
    } else {
        e->cameo = dyad_cameo_builtin();
    }
    if (dyad_dict_check_codes(e->dict, e->cameo, files.verbs ? files.verbs : "verbs", diag)) {
        st = DYAD_ENOMEM;
        goto fail;
    }
    e->modalities = opts->modalities ? opts->modalities
                                     : (1u << DYAD_MOD_ASSERTED) | (1u << DYAD_MOD_PLANNED);
    static const dyad_code_opts zero;
    if (memcmp(&opts->code, &zero, sizeof zero))
        e->code = opts->code;
    else
        dyad_code_opts_default(&e->code);
    if (opts->date && snprintf(e->date, sizeof e->date, "%s", opts->date) != 10) {
        dyad_diagf(diag, DYAD_ERROR, NULL, 0, "date '%s' is not YYYY-MM-DD", opts->date);
        st = DYAD_EINVAL;
        goto fail;
    }
    e->parse_all = opts->parse_all;
    time_t now = time(NULL);
    struct tm tm;
    gmtime_r(&now, &tm);
    strftime(e->today, sizeof e->today, "%Y-%m-%d", &tm);
    free(dirmem);
    free(path);
    *out = e;
    return DYAD_OK;
fail:
    free(dirmem);
    free(path);
    dyad_engine_free(e);
    return st;
}

void dyad_engine_free(dyad_engine *e)
{
    if (!e)
        return;
    dyad_dict_free(e->dict);
    dyad_model_free(e->model);
    dyad_cameo_free(e->cameo_owned);
    free(e);
}

const dyad_dict *dyad_engine_dict(const dyad_engine *e) { return e->dict; }

/* ---------------------------------------------------------------- worker */

dyad_worker *dyad_worker_new(const dyad_engine *e)
{
    dyad_worker *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->e = e;
    w->cleaner = dyad_cleaner_new(NULL);
    w->splitter = dyad_splitter_new();
    w->filter = dyad_prefilter_new();
    w->parser = e->model ? dyad_parser_new(e->model) : NULL;
    w->coref = dyad_coref_new();
    if (!w->cleaner || !w->splitter || !w->coref || !w->filter || (e->model && !w->parser)) {
        dyad_worker_free(w);
        return NULL;
    }
    return w;
}

void dyad_worker_free(dyad_worker *w)
{
    if (!w)
        return;
    dyad_cleaner_free(w->cleaner);
    dyad_splitter_free(w->splitter);
    dyad_prefilter_free(w->filter);
    dyad_parser_free(w->parser);
    dyad_coref_free(w->coref);
    free(w->words);
    free(w->lens);
    free(w->spans);
    free(w->heads);
    free(w->ptb);
    dyad_coding_free(&w->coding);
    free(w->cev);
    dyad_buf_free(&w->sent);
    dyad_buf_free(&w->texts);
    free(w->sents);
    free(w->ev);
    free(w->ev_text);
    free(w);
}

static int S_words_reserve(dyad_worker *w, size_t n)
{
    if (n <= w->wcap)
        return 0;
    size_t c = w->wcap ? w->wcap : 64;
    while (c < n)
        c *= 2;
    /* The four arrays grow together; each realloc keeps its old block on failure. */
    void *p;
    if (!(p = realloc(w->words, c * sizeof *w->words)))
        return -1;
    w->words = p;
    if (!(p = realloc(w->lens, c * sizeof *w->lens)))
        return -1;
    w->lens = p;
    if (!(p = realloc(w->spans, c * sizeof *w->spans)))
        return -1;
    w->spans = p;
    if (!(p = realloc(w->heads, c * sizeof *w->heads)))
        return -1;
    w->heads = p;
    w->wcap = c;
    return 0;
}

/* Tag, parse and bracket the n words in w->words/lens; *res gets the parse. */
static dyad_status S_parse_words(dyad_worker *w, int n, dyad_parse_result *res,
                                 const char **ptb)
{
    if (!w->parser)
        return DYAD_EINVAL; /* an engine loaded without a model */
    dyad_status st = dyad_parse_sentence(w->parser, w->words, w->lens, n, 1, res);
    if (st != DYAD_OK)
        return st;
    for (;;) {
        size_t need = 0;
        st = dyad_dep_to_ptb_heads(w->words, w->lens, res, w->ptb, w->ptbcap, &need,
                                   w->heads);
        if (st != DYAD_ELIMIT || need + 1 <= w->ptbcap)
            break;
        char *q = realloc(w->ptb, need + 1);
        if (!q)
            return DYAD_ENOMEM;
        w->ptb = q;
        w->ptbcap = need + 1;
    }
    *ptb = w->ptb;
    return st;
}

/* Load the words of tokens [t0, t0+n) of text into w->words/lens/spans (spans relative
 * to base). */
static dyad_status S_load_words(dyad_worker *w, const char *text, const dyad_token *tok,
                                size_t n, uint32_t base)
{
    if (S_words_reserve(w, n))
        return DYAD_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        w->words[i] = dyad_token_word(text, &tok[i], &w->lens[i]);
        w->spans[i] = (dyad_span){tok[i].off - base, tok[i].len};
    }
    return DYAD_OK;
}

dyad_status dyad_worker_parse_text(dyad_worker *w, const char *text, size_t len,
                                   const char **ptb)
{
    dyad_split_result sp;
    dyad_status st = dyad_split(w->splitter, text, len, &sp);
    if (st != DYAD_OK)
        return st;
    if (sp.ntok == 0 || sp.ntok > DYAD_PARSE_MAX_TOKENS)
        return sp.ntok ? DYAD_ELIMIT : DYAD_EINVAL;
    /* All tokens as one sentence: the caller hands us one sentence. */
    if ((st = S_load_words(w, text, sp.tok, sp.ntok, 0)) != DYAD_OK)
        return st;
    dyad_parse_result res;
    return S_parse_words(w, (int)sp.ntok, &res, ptb);
}

/* Span covering tokens [t, t+n) of the sentence, or empty. */
static dyad_span S_tok_span(const dyad_worker *w, int t, int n, int ntok)
{
    if (n <= 0 || t < 0 || t + n > ntok)
        return (dyad_span){0, 0};
    uint32_t a = w->spans[t].off, b = w->spans[t + n - 1].off + w->spans[t + n - 1].len;
    return (dyad_span){a, b > a ? b - a : 0};
}

/* The sentence being coded: its text, token spans over it and Penn Treebank tags, and
 * the dependency heads when a parse gave them (NULL for a supplied tree). */
typedef struct S_sent {
    const char *text;
    size_t len;
    int ntok, index;
    uint32_t off;        /* in the cleaned article */
    size_t text_off;     /* of its copy in w->texts */
    const char *const *tags;
    const int *heads;
} S_sent;

/* Keep event ev of the sentence at text_off when its modality is wanted; -1 on ENOMEM. */
static int S_emit(dyad_worker *w, const dyad_event *ev, size_t text_off)
{
    if (!(w->e->modalities & (1u << ev->modality)))
        return 0;
    if (dyad_vec_reserve((void **)&w->ev, &w->evcap, w->nev + 1, sizeof *w->ev) ||
        dyad_vec_reserve((void **)&w->ev_text, &w->evtcap, w->nev + 1, sizeof *w->ev_text))
        return -1;
    w->ev_text[w->nev] = text_off;
    w->ev[w->nev++] = *ev;
    return 0;
}

/* Code the tree of sentence s and resolve each event; append those of the engine's
 * modalities to w->ev. Token i of the tree is token i of s (its span). */
static dyad_status S_code_tree(dyad_worker *w, const dyad_tree *tree, const S_sent *s,
                               const char *doc, const char *date)
{
    const char *as_of = *date ? date : w->e->today;
    dyad_status st = dyad_code_tree_coref(w->e->dict, tree, as_of, s->text, &w->e->code,
                                          w->coref, &w->coding);
    if (st != DYAD_OK || w->coding.n == 0)
        return st;
    if (dyad_vec_reserve((void **)&w->cev, &w->cevcap, w->coding.n, sizeof *w->cev))
        return DYAD_ENOMEM;
    dyad_coding_events(&w->coding, tree, doc, s->text, date, w->cev);
    size_t first = w->nev; /* this sentence's first event */
    int ntok = s->ntok;
    int aligned = dyad_tree_ntokens(tree) == (size_t)ntok;
    dyad_tagged tg = {s->text, s->len, w->spans, s->tags, s->heads, ntok};
    for (size_t i = 0; i < w->coding.n; i++) {
        const dyad_coded_event *ce = &w->coding.ev[i];
        dyad_event *ev = &w->cev[i];
        if (dyad_cameo_lookup(w->e->cameo, ev->code, &ev->goldstein, &ev->quad, NULL) !=
            DYAD_OK)
            continue; /* not a CAMEO code (e.g. a dictionary's "---"): no event */
        ev->sent = s->index;
        ev->sent_off = s->off;
        if (aligned) {
            ev->source_span = S_tok_span(w, ce->src_tok, ce->src_ntok, ntok);
            ev->target_span = S_tok_span(w, ce->tgt_tok, ce->tgt_ntok, ntok);
            ev->verb_span = S_tok_span(w, ce->verb_tok, ce->verb_ntok, ntok);
        }
        dyad_event_toks et = {aligned ? ce->verb_tok : -1, ce->src_tok, ce->src_ntok,
                              ce->tgt_tok, ce->tgt_ntok};
        if (aligned && ce->verb_tok >= 0 && ce->verb_tok < ntok)
            dyad_resolve_event(&tg, &et, date, ev);
        else
            dyad_resolve_event(&tg, &(dyad_event_toks){0}, date, ev);
        /* "Gorbachev met Reagan in 1986": a date of its own sentence dates its actors */
        if (ev->date_basis == DYAD_DATE_EXPLICIT)
            dyad_coded_redate(w->e->dict, ce, as_of, ev->date, ev->source, ev->target,
                              sizeof ev->source);
        /* "arrived ahead of a meeting with the crown prince": the arrival is told, the
         * meeting is still to come */
        if (ce->planned && ev->modality == DYAD_MOD_ASSERTED)
            ev->modality = DYAD_MOD_PLANNED;
        /* The coder saw the act promised on another's condition, which resolve may miss
         * where the parser hung the if-clause on the verb of saying ("said if Washington
         * imposed the levies, Canada would respond with tariffs"): it has not happened,
         * and the threat of it is made now (below). */
        const char *promised = !ce->negated && ce->threat_target[0] &&
                                       ev->modality <= DYAD_MOD_PLANNED
                                   ? dyad_threat_code(ev->code)
                                   : NULL;
        if (promised)
            ev->modality = DYAD_MOD_HYPOTHETICAL;
        /* The coder saw the verb negated: whatever resolve read around it (it may not
         * have found the verb at all), the event is never emitted as happening. */
        if (ce->negated && ev->modality <= DYAD_MOD_PLANNED)
            ev->modality = DYAD_MOD_NEGATED;
        /* "will impose tariffs on Canada if ...", "is seeking to improve ties": the act
         * is hypothetical, the threat or intent of it is stated now */
        char tcode[8];
        if (promised)
            snprintf(tcode, sizeof tcode, "%s", promised);
        if (aligned && ev->modality == DYAD_MOD_HYPOTHETICAL && !ce->negated &&
            (promised || dyad_stated_intent(&tg, &et, ev->code, tcode))) {
            dyad_event stated = *ev;
            memcpy(stated.code, tcode, sizeof stated.code);
            stated.modality = DYAD_MOD_ASSERTED;
            if (ce->threat_target[0]) { /* the condition's doer is the one threatened */
                size_t n = strnlen(ce->threat_target, sizeof stated.target - 1);
                memcpy(stated.target, ce->threat_target, n);
                stated.target[n] = 0;
                stated.target_span = S_tok_span(w, ce->thr_tok, ce->thr_ntok, ntok);
            }
            int again = 0; /* one threat to the condition's doer for acts on several */
            for (size_t k = first; k < w->nev && !again; k++)
                again = !strcmp(w->ev[k].source, stated.source) &&
                        !strcmp(w->ev[k].target, stated.target) &&
                        !strcmp(w->ev[k].code, stated.code);
            if (!again &&
                dyad_cameo_lookup(w->e->cameo, stated.code, &stated.goldstein, &stated.quad,
                                  NULL) == DYAD_OK &&
                S_emit(w, &stated, s->text_off))
                return DYAD_ENOMEM;
        }
        if (S_emit(w, ev, s->text_off))
            return DYAD_ENOMEM;
    }
    return DYAD_OK;
}

/* When sentence s opens a quotation (its first token a mark) that it leaves open and a
 * later sentence closes with a verb of saying outside its marks ("'Ceasefire cannot
 * come with conditions. ... We need to be firm,' said Kallas"), tells coreference the
 * words outside the quotation there, which name its speaker, or that no sentence
 * closes it (dyad_coref_ahead). */
static void S_named_later(dyad_worker *w, const char *text, const dyad_split_result *sp,
                          size_t s)
{
    enum { MAXW = 16 };
    const char *word[MAXW];
    size_t len[MAXW];
    int open = 0, n = 0, ends = 0;
    for (size_t i = s; i < sp->nsent && i < s + 8; i++) {
        const dyad_sentence *se = &sp->sent[i];
        int says = 0, closed = 0;
        n = 0;
        for (uint32_t k = 0; k < se->ntok; k++) {
            size_t l;
            const char *t = dyad_token_word(text, &sp->tok[se->tok + k], &l);
            int opening = l == 2 && !memcmp(t, "``", 2);
            if (i == s && k == 0 && !opening)
                break;
            if (opening || (l == 2 && !memcmp(t, "''", 2))) {
                closed |= open && !opening;
                open = opening;
            } else if (!open) {
                says |= dyad_say_word(t, l);
                if (n < MAXW)
                    word[n] = t, len[n++] = l;
            }
        }
        if (i > s && (closed || !open)) {
            n = closed && says ? n : 0; /* the sentence that closes it */
            ends = 1;
            break;
        }
        n = 0;
        if (!open) {
            ends = 1;
            break; /* s itself closes it, or opens none */
        }
    }
    /* a quotation no sentence closes is not read as anyone's */
    dyad_coref_ahead(w->coref, word, len, ends ? n : -1);
}

/* A sentence of n words (in w->words) that is not coded counts for coreference as it
 * would coded: one more sentence, and what its quotation marks say (dyad_coref_quote). */
static void S_uncoded(dyad_worker *w, int n)
{
    dyad_coref_sentence(w->coref);
    dyad_coref_quote(w->coref, w->words, w->lens, n);
}

/* Parse sentence s (tokens already in w->words) and code it. */
static dyad_status S_code_sentence(dyad_worker *w, S_sent *s, const char *doc,
                                   const char *date, dyad_diag *diag, const char *file,
                                   long line)
{
    dyad_parse_result res;
    const char *ptb;
    dyad_status st = S_parse_words(w, s->ntok, &res, &ptb);
    if (st == DYAD_ENOMEM)
        return st;
    if (st != DYAD_OK) {
        dyad_diagf(diag, DYAD_WARN, file, line, "%s: sentence %d not parsed: %s", doc,
                   s->index, dyad_status_str(st));
        S_uncoded(w, s->ntok); /* coreference counts it all the same */
        return DYAD_OK;
    }
    dyad_tree *tree = NULL;
    if ((st = dyad_tree_parse(ptb, strlen(ptb), NULL, 0, NULL, &tree)) != DYAD_OK) {
        if (st == DYAD_ENOMEM)
            return st;
        dyad_diagf(diag, DYAD_WARN, file, line, "%s: sentence %d: no tree: %s", doc,
                   s->index, dyad_status_str(st));
        S_uncoded(w, s->ntok);
        return DYAD_OK;
    }
    if (!w->e->parse_all &&
        dyad_prefilter_names(w->filter, w->words, w->lens, res.xpos, s->ntok)) {
        dyad_tree_free(tree);
        return DYAD_ENOMEM;
    }
    for (int i = 0; i < s->ntok; i++)
        w->heads[i]--; /* as the tree was drawn, 0-based */
    s->tags = res.xpos;
    s->heads = w->heads;
    st = S_code_tree(w, tree, s, doc, date);
    dyad_tree_free(tree);
    return st;
}

/* Point each event at its sentence's copy in w->texts (final once the article is
 * done, as the buffer may move while it grows) and fill *out. */
static void S_finish(dyad_worker *w, const char *clean, size_t clean_len, size_t nsent,
                     dyad_coded_article *out)
{
    for (size_t i = 0; i < w->nev; i++)
        w->ev[i].text = w->texts.data + w->ev_text[i];
    out->clean_text = clean;
    out->clean_len = clean_len;
    out->sents = w->sents;
    out->nsent = nsent;
    out->events = w->ev;
    out->nevents = w->nev;
}

dyad_status dyad_worker_code_tree(dyad_worker *w, const char *doc, const char *date,
                                  const char *ptb, size_t len, const char *file, long line,
                                  dyad_coded_article *out, dyad_diag *diag)
{
    memset(out, 0, sizeof *out);
    w->nev = 0;
    dyad_buf_clear(&w->texts);
    dyad_coref_reset(w->coref);
    if (w->e->date[0])
        date = w->e->date;
    char d[11] = "";
    dyad_tree *tree = NULL;
    dyad_status st = dyad_tree_parse(ptb, len, file, line, diag, &tree);
    if (st != DYAD_OK)
        return st;
    /* The sentence text is the tree's words joined by blanks; tokens index into it. */
    size_t n = dyad_tree_ntokens(tree);
    if (S_words_reserve(w, n ? n : 1) ||
        dyad_vec_reserve((void **)&w->sents, &w->sentcap, 1, sizeof *w->sents)) {
        st = DYAD_ENOMEM;
        goto done;
    }
    for (size_t i = 0; i < n; i++) {
        const char *tok = dyad_tree_token(tree, i);
        w->spans[i] = (dyad_span){(uint32_t)w->texts.len + (i > 0), (uint32_t)strlen(tok)};
        w->words[i] = dyad_tree_tag(tree, i); /* tags, for resolve */
        if ((i && dyad_buf_putc(&w->texts, ' ')) || dyad_buf_puts(&w->texts, tok)) {
            st = DYAD_ENOMEM;
            goto done;
        }
    }
    if (dyad_buf_putc(&w->texts, 0)) {
        st = DYAD_ENOMEM;
        goto done;
    }
    /* dyad_resolve_event wants YYYY-MM-DD; PETRARCH records give YYYYMMDD. */
    if (date && strlen(date) == 8 && strspn(date, "0123456789") == 8)
        snprintf(d, sizeof d, "%.4s-%.2s-%.2s", date, date + 4, date + 6);
    else if (date)
        snprintf(d, sizeof d, "%s", date);
    size_t tlen = w->texts.len - 1;
    w->sents[0] = (dyad_span){0, (uint32_t)tlen};
    S_sent s = {w->texts.data, tlen, (int)n, 0, 0, 0, w->words, NULL};
    if ((st = S_code_tree(w, tree, &s, doc ? doc : "", d)) == DYAD_OK)
        S_finish(w, w->texts.data, tlen, 1, out);
done:
    dyad_tree_free(tree);
    return st;
}

dyad_status dyad_worker_code(dyad_worker *w, const dyad_article *a, dyad_coded_article *out,
                             dyad_diag *diag)
{
    memset(out, 0, sizeof *out);
    if (!w->parser)
        return DYAD_EINVAL; /* an engine loaded without a model */
    w->nev = 0;
    dyad_buf_clear(&w->texts);
    dyad_coref_reset(w->coref);
    dyad_article dated;
    if (w->e->date[0]) {
        dated = *a;
        dated.date = w->e->date;
        a = &dated;
    }
    dyad_cleaned cl;
    dyad_status st = dyad_clean(w->cleaner, a, &cl);
    if (st != DYAD_OK)
        return st;
    dyad_code_dateline(w->e->dict, cl.place, *cl.date ? cl.date : w->e->today, w->coref);
    dyad_split_result sp;
    if ((st = dyad_split(w->splitter, cl.text, cl.len, &sp)) != DYAD_OK)
        return st;
    if (dyad_vec_reserve((void **)&w->sents, &w->sentcap, sp.nsent, sizeof *w->sents))
        return DYAD_ENOMEM;
    /* Sentences whose words show they cannot change the events are not parsed
     * (prefilter.c says why that leaves the events as they are). */
    int filter = !w->e->parse_all;
    if (filter && dyad_prefilter_article(w->filter, w->e->dict, &w->e->code, cl.text, &sp))
        return DYAD_ENOMEM;
    w->counts.articles++;
    const char *doc = a->id ? a->id : "";
    int story_discarded = 0;
    for (size_t s = 0; s < sp.nsent; s++) {
        const dyad_sentence *se = &sp.sent[s];
        w->sents[s] = (dyad_span){se->off, se->len};
        size_t toff = w->texts.len;
        if (dyad_buf_put(&w->texts, cl.text + se->off, se->len) || dyad_buf_putc(&w->texts, 0))
            return DYAD_ENOMEM;
        if (se->ntok == 0)
            continue;
        w->counts.sentences++;
        /* A '+' discard names the story, not its sentence (as TABARI and PETRARCH read
         * it): a match report that names a minister codes nothing, before or after. */
        if (!story_discarded && dyad_dict_discard(w->e->dict, w->texts.data + toff) == 2) {
            story_discarded = 1;
            w->nev = 0;
        }
        if (story_discarded)
            continue;
        S_named_later(w, cl.text, &sp, s);
        int keep = se->ntok <= DYAD_PARSE_MAX_TOKENS;
        if (!keep)
            dyad_diagf(diag, DYAD_WARN, a->file, a->line, "%s: sentence %zu has %u tokens; "
                       "longer than %d, not coded", doc, s, se->ntok, DYAD_PARSE_MAX_TOKENS);
        else if (filter && (keep = dyad_prefilter_keep(w->filter, cl.text, &sp, s)) < 0)
            return DYAD_ENOMEM;
        if ((st = S_load_words(w, cl.text, sp.tok + se->tok, se->ntok, se->off)) != DYAD_OK)
            return st;
        if (!keep) {
            S_uncoded(w, (int)se->ntok); /* sentences after it are counted as they are */
            continue;
        }
        /* w->texts may move while it grows, so the coder reads a NUL-terminated copy. */
        dyad_buf_clear(&w->sent);
        if (dyad_buf_put(&w->sent, cl.text + se->off, se->len))
            return DYAD_ENOMEM;
        S_sent ss = {w->sent.data, se->len, (int)se->ntok, (int)s, se->off, toff, NULL, NULL};
        w->counts.parsed++;
        if ((st = S_code_sentence(w, &ss, doc, cl.date, diag, a->file, a->line)) != DYAD_OK)
            return st;
    }
    S_finish(w, cl.text, cl.len, sp.nsent, out);
    return DYAD_OK;
}

void dyad_worker_get_counts(const dyad_worker *w, dyad_worker_counts *out) { *out = w->counts; }

dyad_status dyad_worker_code_fn(void *user, const dyad_article *a, dyad_coded_article *out)
{
    return dyad_worker_code(user, a, out, NULL);
}

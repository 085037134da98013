/*
 * parallel.c — coding a stream of articles on several threads with output in input
 * order (dyad_code_stream in dyad_pipeline.h).
 *
 * Work goes in rounds: the calling thread reads a batch of articles, each thread codes
 * an interleaved share of it with its own worker and copies the results out of the
 * worker's buffers, then the calling thread hands every result to the sink in the order
 * read. Diagnostics raised on worker threads are kept with their article and replayed
 * in order too, so the output and the messages of -j N are those of -j 1, byte for byte.
 * Coding an article is a pure function of the article and the engine, which is what
 * makes this true.
 */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "dyad_pipeline.h"
#include "util/util.h"

#define S_PER_THREAD 32 /* articles per thread and round */

typedef struct msg {
    dyad_severity sev;
    const char *file;
    long line;
    const char *text;
} msg;

typedef struct slot {
    dyad_article a;
    dyad_coded_article c;
    dyad_status st;
    msg *msgs;
    size_t nmsg, msgcap;
    int oom; /* a message or copy could not be kept */
} slot;

typedef struct job {
    dyad_worker *w;
    slot *slots;
    size_t n, first, step;
    dyad_arena *mem; /* this thread's copies for the round */
} job;

static char *S_dup(dyad_arena *m, const char *s)
{
    return s ? dyad_arena_strndup(m, s, strlen(s)) : NULL;
}

static int S_copy_article(dyad_arena *m, const dyad_article *in, dyad_article *out)
{
    *out = *in;
    out->id = S_dup(m, in->id);
    out->date = S_dup(m, in->date);
    out->title = S_dup(m, in->title);
    out->text = dyad_arena_strndup(m, in->text ? in->text : "", in->text_len);
    out->url = S_dup(m, in->url);
    out->source = S_dup(m, in->source);
    out->file = S_dup(m, in->file);
    return (in->id && !out->id) || (in->date && !out->date) || (in->title && !out->title) ||
                   !out->text || (in->url && !out->url) || (in->source && !out->source) ||
                   (in->file && !out->file)
               ? -1
               : 0;
}

/* Copy a worker's result out of its buffers; event texts are re-pointed at one copy of
 * each sentence and doc at the copied article id. */
static int S_copy_coded(dyad_arena *m, const dyad_article *a, const dyad_coded_article *in,
                        dyad_coded_article *out)
{
    memset(out, 0, sizeof *out);
    char *text = dyad_arena_strndup(m, in->clean_text ? in->clean_text : "", in->clean_len);
    dyad_span *sents = dyad_arena_alloc(m, (in->nsent ? in->nsent : 1) * sizeof *sents);
    dyad_event *ev = dyad_arena_alloc(m, (in->nevents ? in->nevents : 1) * sizeof *ev);
    if (!text || !sents || !ev)
        return -1;
    if (in->nsent)
        memcpy(sents, in->sents, in->nsent * sizeof *sents);
    const char *last_in = NULL, *last_out = NULL;
    for (size_t i = 0; i < in->nevents; i++) {
        ev[i] = in->events[i];
        ev[i].doc = a->id;
        if (ev[i].text != last_in) {
            last_in = ev[i].text;
            if (!(last_out = S_dup(m, last_in)))
                return -1;
        }
        ev[i].text = last_out;
    }
    *out = (dyad_coded_article){text, in->clean_len, sents, in->nsent, ev, in->nevents};
    return 0;
}

/* The diagnostics callback of a worker thread: keep the message with its article. */
typedef struct tdiag {
    slot *cur;
    dyad_arena *mem;
} tdiag;

static void S_keep_msg(void *user, dyad_severity sev, const char *file, long line,
                       const char *text)
{
    tdiag *t = user;
    slot *s = t->cur;
    if (dyad_vec_grow((void **)&s->msgs, &s->msgcap, s->nmsg, sizeof *s->msgs)) {
        s->oom = 1;
        return;
    }
    msg *mm = &s->msgs[s->nmsg];
    mm->sev = sev;
    mm->line = line;
    mm->file = S_dup(t->mem, file);
    mm->text = S_dup(t->mem, text);
    if ((file && !mm->file) || !mm->text) {
        s->oom = 1;
        return;
    }
    s->nmsg++;
}

static void *S_run(void *arg)
{
    job *j = arg;
    tdiag td = {NULL, j->mem};
    dyad_diag d = {S_keep_msg, &td, 0, 0};
    for (size_t i = j->first; i < j->n; i += j->step) {
        slot *s = &j->slots[i];
        td.cur = s;
        dyad_coded_article c;
        s->st = dyad_worker_code(j->w, &s->a, &c, &d);
        if (s->st == DYAD_OK && S_copy_coded(j->mem, &s->a, &c, &s->c))
            s->st = DYAD_ENOMEM;
    }
    return NULL;
}

dyad_status dyad_code_stream(const dyad_engine *e, dyad_next_fn next, void *next_user,
                             int nthreads, dyad_sink_fn sink, void *sink_user,
                             dyad_diag *diag)
{
    if (nthreads < 1)
        nthreads = 1;
    dyad_status st = DYAD_OK;
    dyad_worker **w = calloc((size_t)nthreads, sizeof *w);
    job *jobs = calloc((size_t)nthreads, sizeof *jobs);
    pthread_t *tid = calloc((size_t)nthreads, sizeof *tid);
    size_t cap = (size_t)nthreads * S_PER_THREAD;
    slot *slots = calloc(cap, sizeof *slots);
    dyad_arena *in_mem = NULL;
    if (!w || !jobs || !tid || !slots) {
        st = DYAD_ENOMEM;
        goto done;
    }
    for (int t = 0; t < nthreads; t++)
        if (!(w[t] = dyad_worker_new(e))) {
            st = DYAD_ENOMEM;
            goto done;
        }

    for (int eof = 0; !eof && st == DYAD_OK;) {
        /* Read a round. With one thread there is nothing to overlap: code as we read. */
        dyad_arena_free(in_mem);
        if (!(in_mem = dyad_arena_new())) {
            st = DYAD_ENOMEM;
            break;
        }
        size_t n = 0;
        while (n < cap) {
            dyad_article a;
            if (!next(next_user, &a)) {
                eof = 1;
                break;
            }
            slot *s = &slots[n];
            s->nmsg = 0;
            s->oom = 0;
            if (nthreads == 1) {
                dyad_coded_article c;
                dyad_status cs = dyad_worker_code(w[0], &a, &c, diag);
                if (cs == DYAD_ENOMEM) {
                    st = cs;
                    break;
                }
                if (sink(sink_user, &a, cs == DYAD_OK ? &c : NULL, cs)) {
                    eof = 1;
                    break;
                }
                continue;
            }
            if (S_copy_article(in_mem, &a, &s->a)) {
                st = DYAD_ENOMEM;
                break;
            }
            n++;
        }
        if (n == 0 || st != DYAD_OK)
            continue;
        int started = 0;
        for (int t = 0; t < nthreads; t++) {
            dyad_arena_free(jobs[t].mem);
            jobs[t] = (job){w[t], slots, n, (size_t)t, (size_t)nthreads, dyad_arena_new()};
            if (!jobs[t].mem || pthread_create(&tid[t], NULL, S_run, &jobs[t])) {
                st = DYAD_ENOMEM;
                break;
            }
            started++;
        }
        for (int t = 0; t < started; t++)
            pthread_join(tid[t], NULL);
        for (size_t i = 0; i < n && st == DYAD_OK; i++) {
            slot *s = &slots[i];
            for (size_t k = 0; k < s->nmsg; k++)
                dyad_diagf(diag, s->msgs[k].sev, s->msgs[k].file, s->msgs[k].line, "%s",
                           s->msgs[k].text);
            if (s->oom || s->st == DYAD_ENOMEM) {
                st = DYAD_ENOMEM;
                break;
            }
            if (sink(sink_user, &s->a, s->st == DYAD_OK ? &s->c : NULL, s->st)) {
                eof = 1;
                break;
            }
        }
    }
done:
    dyad_arena_free(in_mem);
    for (int t = 0; jobs && t < nthreads; t++)
        dyad_arena_free(jobs[t].mem);
    for (int t = 0; w && t < nthreads; t++)
        dyad_worker_free(w[t]);
    for (size_t i = 0; slots && i < cap; i++)
        free(slots[i].msgs);
    free(slots);
    free(tid);
    free(jobs);
    free(w);
    return st;
}

/*
 * compiled.c — the compiled form of a dictionary set and the cache that keeps it
 * current, so that start-up maps a file instead of parsing the text dictionaries.
 *
 * Design. A loaded set is already a few dozen flat arrays of fixed-size records that
 * refer to each other by index and to strings by offset into one pool (dict.h). The
 * compiled form is those arrays written one after another behind a header, and loading
 * it is mmap (read-only) plus pointing the arrays into the mapping: no parsing, no
 * allocation, no relocation, pages shared by every process using the same set. We
 * chose this over a pointer-based image relocated at load because the relocation
 * would write (so copy) every page holding a pointer, and because the same arrays
 * serve text loading: coding from a compiled set reads exactly the bytes that text
 * loading built.
 *
 * Trust. Nothing in the file is believed before it is checked: magic, byte order,
 * format version, dyad version, size, a checksum over every byte, the place of each
 * array, then every index and string offset in every record, each pattern and phrase
 * word's hash key, and that no chain of verb entries or of synset members loops; a file
 * that fails is refused with a warning naming the reason and the text files are read
 * instead. Checking is linear in the file and costs about as much as touching its pages
 * once.
 *
 * Cache. The text files stay the source of truth. The file for a set is named by a
 * hash of the dyad version, the format, the program's path and each file's kind and
 * real path, under $DYAD_CACHE, else $XDG_CACHE_HOME/dyad, else ~/.cache/dyad. Its
 * header keeps, for each file, size, mtime and ctime (nanoseconds), inode and device,
 * and the same of the running program (a rebuilt dyad may read text differently
 * although the format did not change); any difference means the text is read and the
 * file rewritten (temporary file, then rename, so a reader only ever maps a whole
 * file). Warnings given while reading the text are kept in the file and given again
 * when it is used. A cache that cannot be written costs nothing but the speed.
 * DYAD_NO_CACHE=1 (or dyad_validate_opts.cache) turns it off.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "dict/dict.h"

#define S_MAGIC "DYADDICT"
#define S_FORMAT 3u
#define S_ENDIAN 0x01020304u
#define S_NMETA 3 /* inputs, warnings, their strings */
#define S_NSEC (DYAD_DICT_NSEC + S_NMETA)
#define S_NMAP 7  /* hash tables (S_tables) */

typedef struct S_sec {
    uint64_t off, n; /* byte offset (8-aligned) and element count */
    uint64_t elem;
} S_sec;

typedef struct S_stamp {
    uint64_t size, ino, dev;
    int64_t mtime, ctime; /* nanoseconds */
} S_stamp;

typedef struct S_input {
    uint32_t kind;
    uint32_t path; /* offset in the meta strings */
    S_stamp st;
} S_input;

typedef struct S_warn {
    int32_t sev, line;
    uint32_t file, msg; /* offsets in the meta strings; file S_FILE | i: input i */
} S_warn;
/* A warning about one of the set's files names it as the caller does this time. */
#define S_FILE 0x80000000u

typedef struct S_hdr {
    char magic[8];
    uint32_t endian, format;
    char version[16];
    uint64_t size;
    S_stamp prog;
    uint64_t actor_phrases;
    uint64_t used[S_NMAP]; /* verbmap, synmap, synhead, the four tries' edges */
    int32_t maxlen[4]; /* the four tries */
    S_sec sec[S_NSEC];
    uint64_t sum;      /* of every other byte of the file; last */
} S_hdr;

/* The hash tables and tries of d in the order of used[] and maxlen[]. */
static void S_tables(dyad_dict *d, dyad_wmap **w, dyad_trie **t)
{
    dyad_trie *tr[4] = {&d->actors, &d->agents, &d->discards, &d->issues};
    w[0] = &d->verbmap;
    w[1] = &d->synmap;
    w[2] = &d->synhead;
    for (int i = 0; i < 4; i++) {
        t[i] = tr[i];
        w[3 + i] = &tr[i]->edge;
    }
}

/* Four independent lanes of multiply-xorshift over 8-byte words: a changed word always
 * changes its lane (each step is a bijection), and it runs at memory speed. */
#define S_LANE(a, x, k) ((a) = ((a) ^ (x)) * (k), (a) ^= (a) >> 29)
static uint64_t S_sum(const unsigned char *p, size_t n, uint64_t h)
{
    const uint64_t k0 = 0xFF51AFD7ED558CCDULL, k1 = 0xC4CEB9FE1A85EC53ULL,
                   k2 = 0x9E3779B97F4A7C15ULL, k3 = 0xD6E8FEB86659FD93ULL;
    uint64_t a0 = h ^ k0, a1 = h ^ k1, a2 = h + n, a3 = h - n, x[4];
    size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        memcpy(x, p + i, 32);
        S_LANE(a0, x[0], k0);
        S_LANE(a1, x[1], k1);
        S_LANE(a2, x[2], k2);
        S_LANE(a3, x[3], k3);
    }
    for (; i < n; i++)
        a0 = (a0 ^ p[i]) * 0x100000001B3ULL;
    S_LANE(a0, a1, k1);
    S_LANE(a0, a2, k2);
    S_LANE(a0, a3, k3);
    return a0;
}
#undef S_LANE

static uint64_t S_image_sum(const unsigned char *p, size_t size)
{
    uint64_t h = S_sum(p, offsetof(S_hdr, sum), 0);
    return S_sum(p + sizeof(S_hdr), size - sizeof(S_hdr), h);
}

void dyad_dict_image_seal(void *image, size_t size)
{
    if (size < sizeof(S_hdr))
        return;
    uint64_t sum = S_image_sum(image, size);
    memcpy((char *)image + offsetof(S_hdr, sum), &sum, sizeof sum);
}

/* ---------------------------------------------------------------- the set's files */

typedef struct S_file {
    dyad_dict_kind kind;
    char *path;    /* as given: read and named in diagnostics */
    char *real;    /* realpath: part of the cache file's name */
    S_stamp st;
} S_file;

struct dyad_gather {
    S_file *f;
    size_t n, cap;
};

static void S_stamp_of(const struct stat *s, S_stamp *o)
{
    memset(o, 0, sizeof *o);
    o->size = (uint64_t)s->st_size;
    o->ino = (uint64_t)s->st_ino;
    o->dev = (uint64_t)s->st_dev;
    o->mtime = (int64_t)s->st_mtim.tv_sec * 1000000000 + s->st_mtim.tv_nsec;
    o->ctime = (int64_t)s->st_ctim.tv_sec * 1000000000 + s->st_ctim.tv_nsec;
}

static void S_gather_free(struct dyad_gather *g)
{
    if (!g)
        return;
    for (size_t i = 0; i < g->n; i++) {
        free(g->f[i].path);
        free(g->f[i].real);
    }
    free(g->f);
    free(g);
}

void dyad_dict_gather(dyad_dict *d)
{
    /* only a set loaded whole into an empty dictionary has a compiled form */
    if (!d->gather && !d->map && d->str.n <= 1)
        d->gather = calloc(1, sizeof *d->gather);
}

/* Warnings of a text load, kept for the compiled file and passed on to the caller. */
typedef struct S_rec {
    dyad_diag *to;
    const struct dyad_gather *g;
    DYAD_VEC(S_warn) w;
    dyad_buf str;
    int oom;
} S_rec;

static uint32_t S_rec_str(S_rec *r, const char *s)
{
    uint32_t off = (uint32_t)r->str.len;
    if (dyad_buf_put(&r->str, s ? s : "", s ? strlen(s) + 1 : 1))
        r->oom = 1;
    return off;
}

static void S_record(void *user, dyad_severity sev, const char *file, long line,
                     const char *msg)
{
    S_rec *r = user;
    dyad_diagf(r->to, sev, file, line, "%s", msg);
    S_warn w = {(int32_t)sev, (int32_t)line, 0, S_rec_str(r, msg)};
    size_t i = 0;
    while (file && i < r->g->n && strcmp(file, r->g->f[i].path))
        i++;
    w.file = file && i < r->g->n ? S_FILE | (uint32_t)i : S_rec_str(r, file);
    if (DYAD_VEC_PUSH(r->w, w))
        r->oom = 1;
}

/* Read the gathered files as text, in order. */
static dyad_status S_text(dyad_dict *d, const struct dyad_gather *g, dyad_diag *diag)
{
    for (size_t i = 0; i < g->n; i++) {
        dyad_status st = dyad_dict_load(d, g->f[i].kind, g->f[i].path, diag);
        if (st != DYAD_OK)
            return st;
    }
    return DYAD_OK;
}

dyad_status dyad_dict_gather_add(dyad_dict *d, dyad_dict_kind kind, const char *path,
                                 dyad_diag *diag)
{
    struct dyad_gather *g = d->gather;
    struct stat sb;
    S_file f = {kind, NULL, NULL, {0}};
    /* the stamp is taken before the text is read: a file changed after it is stale */
    if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode) &&
        (f.real = realpath(path, NULL)) && (f.path = strdup(path)) &&
        !dyad_vec_grow((void **)&g->f, &g->cap, g->n, sizeof *g->f)) {
        S_stamp_of(&sb, &f.st);
        g->f[g->n++] = f;
        return DYAD_OK;
    }
    free(f.real);
    free(f.path);
    /* not a plain file (or out of memory): this set is read as text, in order */
    d->gather = NULL;
    dyad_status st = S_text(d, g, diag);
    S_gather_free(g);
    return st ? st : dyad_dict_load(d, kind, path, diag);
}

/* ---------------------------------------------------------------- writing */

static size_t S_align(size_t n) { return (n + 7) & ~(size_t)7; }

/* The compiled image of d (with the files it came from and the warnings they gave);
 * NULL on ENOMEM. */
static unsigned char *S_image(dyad_dict *d, const struct dyad_gather *g, const S_rec *rec,
                              const S_stamp *prog, size_t *size)
{
    dyad_dict_sec ds[DYAD_DICT_NSEC];
    dyad_dict_sections(d, ds);
    S_input *in = calloc(g->n ? g->n : 1, sizeof *in);
    dyad_buf names = {0};
    int oom = !in || dyad_buf_put(&names, rec->str.data ? rec->str.data : "", rec->str.len);
    for (size_t i = 0; i < g->n && !oom; i++) {
        in[i].kind = (uint32_t)g->f[i].kind;
        in[i].path = (uint32_t)names.len;
        in[i].st = g->f[i].st;
        oom = dyad_buf_put(&names, g->f[i].real, strlen(g->f[i].real) + 1);
    }
    const void *src[S_NSEC];
    S_hdr h;
    memset(&h, 0, sizeof h);
    size_t off = sizeof h;
    for (int i = 0; i < S_NSEC; i++) {
        size_t n, elem;
        if (i < DYAD_DICT_NSEC)
            src[i] = *ds[i].v, n = *ds[i].n, elem = ds[i].elem;
        else if (i == DYAD_DICT_NSEC)
            src[i] = in, n = g->n, elem = sizeof *in;
        else if (i == DYAD_DICT_NSEC + 1)
            src[i] = rec->w.v, n = rec->w.n, elem = sizeof *rec->w.v;
        else
            src[i] = names.data, n = names.len, elem = 1;
        h.sec[i].off = off;
        h.sec[i].n = n;
        h.sec[i].elem = elem;
        off = S_align(off + n * elem);
    }
    unsigned char *p = oom ? NULL : calloc(1, off);
    if (p) {
        memcpy(h.magic, S_MAGIC, 8);
        h.endian = S_ENDIAN;
        h.format = S_FORMAT;
        snprintf(h.version, sizeof h.version, "%s", DYAD_VERSION);
        h.size = off;
        h.prog = *prog;
        h.actor_phrases = d->actor_phrases;
        dyad_wmap *w[S_NMAP];
        dyad_trie *t[4];
        S_tables(d, w, t);
        for (int i = 0; i < S_NMAP; i++)
            h.used[i] = w[i]->used;
        for (int i = 0; i < 4; i++)
            h.maxlen[i] = t[i]->maxlen;
        for (int i = 0; i < S_NSEC; i++)
            if (h.sec[i].n)
                memcpy(p + h.sec[i].off, src[i], h.sec[i].n * h.sec[i].elem);
        memcpy(p, &h, sizeof h);
        dyad_dict_image_seal(p, off);
        *size = off;
    }
    free(in);
    dyad_buf_free(&names);
    return p;
}

/* Create dir and its missing parents (0700, as a cache should be). */
static int S_mkdirs(const char *dir)
{
    char *p = strdup(dir);
    if (!p)
        return -1;
    for (char *s = p + 1;; s++) {
        if (*s == '/' || !*s) {
            char c = *s;
            *s = 0;
            if (mkdir(p, 0700) != 0 && errno != EEXIST) {
                free(p);
                return -1;
            }
            if (!(*s = c))
                break;
        }
    }
    free(p);
    return 0;
}

/* Write the image as path: a temporary file beside it, renamed over it when complete. */
static int S_write(const char *path, const unsigned char *p, size_t size)
{
    const char *slash = strrchr(path, '/');
    dyad_buf tmp = {0};
    if (!slash || dyad_buf_printf(&tmp, "%.*s", (int)(slash - path), path) ||
        S_mkdirs(tmp.data) || dyad_buf_printf(&tmp, "%s.tmp.XXXXXX", slash)) {
        dyad_buf_free(&tmp);
        return -1;
    }
    int fd = mkstemp(tmp.data);
    int rc = fd < 0 ? -1 : 0;
    for (size_t done = 0; !rc && done < size;) {
        ssize_t k = write(fd, p + done, size - done);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            rc = -1;
        else
            done += (size_t)k;
    }
    if (fd >= 0 && close(fd) != 0)
        rc = -1;
    if (!rc && rename(tmp.data, path) != 0)
        rc = -1;
    if (rc && fd >= 0)
        unlink(tmp.data);
    dyad_buf_free(&tmp);
    return rc;
}

/* ---------------------------------------------------------------- checking */

typedef struct S_chk {
    dyad_dict *v;     /* the image's arrays, not yet d's */
    char why[160];
} S_chk;

#define S_FAIL(c, ...) (snprintf((c)->why, sizeof (c)->why, __VA_ARGS__), -1)

/* [first, first + n) inside an array of `have` elements. */
static int S_in(uint64_t first, int64_t n, size_t have)
{
    return n >= 0 && first <= have && (uint64_t)n <= have - first;
}

/* Tables are the largest part of a set: the loop is kept free of branches. Each key
 * is below kmax and each stored value (value + 1) from vmin to nval: tries' keys are
 * parent << 1 | gap and their values nodes but not the root, word maps' keys 0,
 * synhead's keys synsets and its values members. */
static int S_map_ok(S_chk *c, const dyad_wmap *h, size_t kmax, uint32_t vmin, size_t nval)
{
    size_t ns = h->slot.n, empty = 0;
    if (ns & (ns - 1) || nval > UINT32_MAX || kmax > UINT32_MAX)
        return S_FAIL(c, "hash table of %zu slots", ns);
    uint32_t nstr = (uint32_t)(c->v->str.n < UINT32_MAX ? c->v->str.n : UINT32_MAX);
    uint32_t vmax = (uint32_t)nval;
    unsigned bad = 0;
    for (size_t i = 0; i < ns; i++) {
        const dyad_slot *s = &h->slot.v[i];
        unsigned full = s->val != 0;
        empty += !full;
        bad |= full & ((s->word >= nstr) | (s->key >= kmax) | (s->val < vmin) | (s->val > vmax));
    }
    if (bad)
        return S_FAIL(c, "bad hash table entry");
    if (ns && !empty)
        return S_FAIL(c, "full hash table");
    if (ns - empty != h->used)
        return S_FAIL(c, "hash table count");
    return 0;
}

static int S_trie_ok(S_chk *c, const dyad_trie *t, size_t npay)
{
    if (t->n < 1 || t->maxlen < 0 || (size_t)t->maxlen > t->n)
        return S_FAIL(c, "bad trie");
    for (size_t i = 0; i < t->n; i++)
        if (t->val[i] < -1 || (t->val[i] >= 0 && (size_t)t->val[i] >= npay))
            return S_FAIL(c, "trie payload out of range");
    return S_map_ok(c, &t->edge, t->n * 2, 2, t->n);
}

/* No chain of verb entries reached from the verb map loops. */
static int S_chains_ok(S_chk *c)
{
    const dyad_dict *v = c->v;
    uint32_t *seen = calloc(v->verb.n ? v->verb.n : 1, sizeof *seen);
    if (!seen)
        return S_FAIL(c, "out of memory");
    int rc = 0;
    for (size_t i = 0; i < v->verbmap.slot.n && !rc; i++) {
        uint32_t mark = (uint32_t)i + 1;
        for (uint32_t k = v->verbmap.slot.v[i].val; k; k = (uint32_t)v->verb.v[k - 1].next + 1) {
            if (seen[k - 1] == mark)
                rc = S_FAIL(c, "verb entries form a loop");
            if (seen[k - 1])
                break; /* already known to end */
            seen[k - 1] = mark;
        }
    }
    free(seen);
    return rc;
}

/* Is key the key of pool string s (a valid offset in a terminated pool)? A wrong one
 * would not crash the coder but make its prefilter drop patterns without a word. */
static int S_key_ok(const dyad_dict *v, dyad_str s, uint32_t key)
{
    const char *w = v->str.v + s;
    return key == dyad_word_key(w, strlen(w));
}

static int S_records_ok(S_chk *c)
{
    const dyad_dict *v = c->v;
    size_t ns = v->str.n;
#define S_STR(x) ((x) < ns)
    if (!ns || v->str.v[0] || v->str.v[ns - 1])
        return S_FAIL(c, "string pool not terminated");
    for (size_t i = 0; i < v->codes.n; i++)
        if (!S_STR(v->codes.v[i].code) || (uint32_t)v->codes.v[i].kind > DYAD_DATE_RANGE)
            return S_FAIL(c, "bad actor code %zu", i);
    for (size_t i = 0; i < v->actor.n; i++)
        if (!S_in(v->actor.v[i].first, v->actor.v[i].n, v->codes.n))
            return S_FAIL(c, "bad actor %zu", i);
    for (size_t i = 0; i < v->agent.n; i++)
        if (!S_STR(v->agent.v[i]))
            return S_FAIL(c, "bad agent %zu", i);
    for (size_t i = 0; i < v->words.n; i++)
        if (!S_STR(v->words.v[i].s) || !S_key_ok(v, v->words.v[i].s, v->words.v[i].key))
            return S_FAIL(c, "bad word %zu", i);
    for (size_t i = 0; i < v->verb.n; i++) {
        const dyad_verb *e = &v->verb.v[i];
        if (!S_STR(e->code) || (uint32_t)e->block >= v->block.n ||
            !S_in(e->pre, e->npre, v->words.n) || !S_in(e->post, e->npost, v->words.n) ||
            e->next < -1 || (e->next >= 0 && (size_t)e->next >= v->verb.n))
            return S_FAIL(c, "bad verb %zu", i);
    }
    for (size_t i = 0; i < v->block.n; i++) {
        const dyad_vblock *b = &v->block.v[i];
        if (!S_STR(b->name) || !S_STR(b->code) || b->first > b->end || b->end > v->pat.n)
            return S_FAIL(c, "bad verb block %zu", i);
    }
    for (size_t i = 0; i < v->pat.n; i++) {
        const dyad_pattern *p = &v->pat.v[i];
        if (!S_STR(p->code) || !S_in(p->up, p->nup, v->ptok.n) ||
            !S_in(p->low, p->nlow, v->ptok.n))
            return S_FAIL(c, "bad pattern %zu", i);
    }
    for (size_t i = 0; i < v->ptok.n; i++) {
        const dyad_ptok *t = &v->ptok.v[i];
        if ((uint32_t)t->type > DYAD_PT_COMP || !S_STR(t->word) ||
            (t->type == DYAD_PT_SYN && (uint32_t)t->syn >= v->syn.n))
            return S_FAIL(c, "bad pattern token %zu", i);
        if (t->type == DYAD_PT_WORD ? !S_key_ok(v, t->word, t->key) : t->key != 0)
            return S_FAIL(c, "bad key of pattern token %zu", i);
    }
    /* a chain of members only goes forward, so it ends */
    for (size_t i = 0; i < v->phrase.n; i++)
        if (!S_in(v->phrase.v[i].w, v->phrase.v[i].n, v->words.n) || v->phrase.v[i].next < -1 ||
            (v->phrase.v[i].next >= 0 && ((size_t)v->phrase.v[i].next <= i ||
                                          (size_t)v->phrase.v[i].next >= v->phrase.n)))
            return S_FAIL(c, "bad synset phrase %zu", i);
    for (size_t i = 0; i < v->syn.n; i++)
        if (!S_STR(v->syn.v[i].name) || !S_in(v->syn.v[i].first, v->syn.v[i].n, v->phrase.n))
            return S_FAIL(c, "bad synset %zu", i);
    for (size_t i = 0; i < v->issue_code.n; i++)
        if ((uint32_t)v->issue_code.v[i] >= v->issue_codes.n)
            return S_FAIL(c, "bad issue %zu", i);
    for (size_t i = 0; i < v->issue_codes.n; i++)
        if (!S_STR(v->issue_codes.v[i]))
            return S_FAIL(c, "bad issue code %zu", i);
#undef S_STR
    if (S_map_ok(c, &v->verbmap, 1, 1, v->verb.n) || S_map_ok(c, &v->synmap, 1, 1, v->syn.n) ||
        S_map_ok(c, &v->synhead, v->syn.n, 1, v->phrase.n) ||
        S_trie_ok(c, &v->actors, v->actor.n) || S_trie_ok(c, &v->agents, v->agent.n) ||
        S_trie_ok(c, &v->discards, v->disc.n) || S_trie_ok(c, &v->issues, v->issue_code.n))
        return -1;
    return S_chains_ok(c);
}

/* Check image p[0..size) and point the arrays of the view c->v into it. */
static int S_check(S_chk *c, const unsigned char *p, size_t size, S_hdr *h)
{
    if (size < 8 || memcmp(p, S_MAGIC, 8))
        return S_FAIL(c, "not a compiled dyad dictionary");
    if (size < sizeof *h)
        return S_FAIL(c, "header cut short at %zu bytes (truncated?)", size);
    memcpy(h, p, sizeof *h);
    if (h->endian != S_ENDIAN)
        return S_FAIL(c, "written with another byte order");
    if (h->format != S_FORMAT)
        return S_FAIL(c, "format %u, this build reads %u", h->format, S_FORMAT);
    if (strncmp(h->version, DYAD_VERSION, sizeof h->version))
        return S_FAIL(c, "written by dyad %.16s, this is %s", h->version, DYAD_VERSION);
    if (h->size != size)
        return S_FAIL(c, "%zu bytes, header says %llu (truncated?)", size,
                      (unsigned long long)h->size);
    if (S_image_sum(p, size) != h->sum)
        return S_FAIL(c, "checksum mismatch (corrupt)");
    dyad_dict_sec ds[DYAD_DICT_NSEC];
    dyad_dict_sections(c->v, ds);
    for (int i = 0; i < S_NSEC; i++) {
        const S_sec *s = &h->sec[i];
        size_t elem = i < DYAD_DICT_NSEC ? ds[i].elem
                      : i == DYAD_DICT_NSEC ? sizeof(S_input)
                      : i == DYAD_DICT_NSEC + 1 ? sizeof(S_warn) : 1;
        if (s->elem != elem || s->off % 8 || s->off < sizeof *h || s->off > size ||
            s->n > (size - s->off) / elem)
            return S_FAIL(c, "array %d outside the file", i);
        if (i < DYAD_DICT_NSEC) {
            *ds[i].v = s->n ? (void *)(p + s->off) : NULL;
            *ds[i].n = (size_t)s->n;
        }
    }
    /* a trie's val and gapkids share one count (the four tries' arrays come last) */
    for (int i = DYAD_DICT_NSEC - 11; i < DYAD_DICT_NSEC; i += 3)
        if (h->sec[i].n != h->sec[i + 1].n)
            return S_FAIL(c, "trie arrays differ in length");
    dyad_wmap *w[S_NMAP];
    dyad_trie *t[4];
    S_tables(c->v, w, t);
    for (int i = 0; i < S_NMAP; i++)
        w[i]->used = (size_t)h->used[i];
    for (int i = 0; i < 4; i++)
        t[i]->maxlen = h->maxlen[i];
    c->v->actor_phrases = (size_t)h->actor_phrases;
    const S_sec *ms = &h->sec[DYAD_DICT_NSEC + 2];
    if (ms->n && p[ms->off + ms->n - 1])
        return S_FAIL(c, "names not terminated");
    const S_input *in = (const S_input *)(p + h->sec[DYAD_DICT_NSEC].off);
    for (size_t i = 0; i < h->sec[DYAD_DICT_NSEC].n; i++)
        if (in[i].path >= ms->n)
            return S_FAIL(c, "bad file name");
    const S_warn *wr = (const S_warn *)(p + h->sec[DYAD_DICT_NSEC + 1].off);
    for (size_t i = 0; i < h->sec[DYAD_DICT_NSEC + 1].n; i++)
        if ((wr[i].file & S_FILE ? (wr[i].file & ~S_FILE) >= h->sec[DYAD_DICT_NSEC].n
                                 : wr[i].file >= ms->n) ||
            wr[i].msg >= ms->n)
            return S_FAIL(c, "bad warning");
    return S_records_ok(c);
}

/* Make d use the checked image mem[0..size) (d's own arrays are released). */
static void S_attach(dyad_dict *d, dyad_dict *view, void *mem, size_t size, int heap)
{
    dyad_dict_release(d);
    dyad_dict_sec to[DYAD_DICT_NSEC], from[DYAD_DICT_NSEC];
    dyad_dict_sections(d, to);
    dyad_dict_sections(view, from);
    for (int i = 0; i < DYAD_DICT_NSEC; i++) {
        *to[i].v = *from[i].v;
        *to[i].n = *from[i].n;
    }
    dyad_wmap *wd[S_NMAP], *wv[S_NMAP];
    dyad_trie *td[4], *tv[4];
    S_tables(d, wd, td);
    S_tables(view, wv, tv);
    for (int i = 0; i < S_NMAP; i++)
        wd[i]->used = wv[i]->used;
    for (int i = 0; i < 4; i++)
        td[i]->maxlen = tv[i]->maxlen;
    d->actor_phrases = view->actor_phrases;
    d->map = mem;
    d->mapsize = size;
    d->map_heap = heap;
}

dyad_status dyad_dict_from_image(dyad_dict *d, const void *image, size_t size,
                                 const char *name, dyad_diag *diag)
{
    if (d->map || d->str.n > 1)
        return DYAD_EINVAL;
    /* malloc's alignment suits every array; the caller's bytes may not be aligned */
    void *mem = malloc(size ? size : 1);
    S_chk c = {calloc(1, sizeof *c.v), ""};
    if (!mem || !c.v) {
        free(mem);
        free(c.v);
        return DYAD_ENOMEM;
    }
    memcpy(mem, image, size);
    S_hdr h;
    if (S_check(&c, mem, size, &h)) {
        dyad_diagf(diag, DYAD_ERROR, name, 0, "compiled dictionaries refused: %s", c.why);
        free(mem);
        free(c.v);
        return DYAD_ESYNTAX;
    }
    S_attach(d, c.v, mem, size, 1);
    free(c.v);
    return DYAD_OK;
}

/* ---------------------------------------------------------------- the cache */

static const char *S_env(const char *name)
{
    const char *v = getenv(name);
    return v && *v ? v : NULL;
}

/* The program's own file (path and stamp); empty when /proc is not there. */
static void S_prog(char *path, size_t cap, S_stamp *st)
{
    struct stat sb;
    ssize_t k = readlink("/proc/self/exe", path, cap - 1);
    path[k > 0 ? k : 0] = 0;
    memset(st, 0, sizeof *st);
    if (stat("/proc/self/exe", &sb) == 0)
        S_stamp_of(&sb, st);
}

/* The cache file for the gathered set into out; -1 when there is no cache folder. */
static int S_cache_path(const struct dyad_gather *g, const char *prog, dyad_buf *out)
{
    const char *dir = S_env("DYAD_CACHE"), *xdg = S_env("XDG_CACHE_HOME"),
               *home = S_env("HOME");
    int rc = dir    ? dyad_buf_puts(out, dir)
             : xdg  ? dyad_buf_printf(out, "%s/dyad", xdg)
             : home ? dyad_buf_printf(out, "%s/.cache/dyad", home)
                    : -1;
    if (rc)
        return -1;
    char head[64];
    snprintf(head, sizeof head, "%s/%u", DYAD_VERSION, S_FORMAT);
    uint64_t h = S_sum((const unsigned char *)head, strlen(head), 0);
    h = S_sum((const unsigned char *)prog, strlen(prog) + 1, h);
    for (size_t i = 0; i < g->n; i++) {
        uint32_t k = (uint32_t)g->f[i].kind;
        h = S_sum((const unsigned char *)&k, sizeof k, h);
        h = S_sum((const unsigned char *)g->f[i].real, strlen(g->f[i].real) + 1, h);
    }
    return dyad_buf_printf(out, "/dict-%016llx.dyc", (unsigned long long)h);
}

/* The header's record of files and program matches the gathered set as it is now. */
static int S_fresh(const unsigned char *p, const S_hdr *h, const struct dyad_gather *g,
                   const S_stamp *prog)
{
    const S_input *in = (const S_input *)(p + h->sec[DYAD_DICT_NSEC].off);
    const char *names = (const char *)p + h->sec[DYAD_DICT_NSEC + 2].off;
    if (h->sec[DYAD_DICT_NSEC].n != g->n || memcmp(&h->prog, prog, sizeof *prog))
        return 0;
    for (size_t i = 0; i < g->n; i++)
        if (in[i].kind != (uint32_t)g->f[i].kind || memcmp(&in[i].st, &g->f[i].st,
                                                            sizeof in[i].st) ||
            strcmp(names + in[i].path, g->f[i].real))
            return 0;
    return 1;
}

/* Map the cache file and use it if it is sound and fresh: 1 used, 0 not (a refused file
 * has been reported), -1 ENOMEM. */
static int S_map(dyad_dict *d, const char *path, const struct dyad_gather *g,
                 const S_stamp *prog, dyad_diag *diag)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return 0;
    struct stat sb;
    void *mem = MAP_FAILED;
    size_t size = 0;
    if (fstat(fd, &sb) == 0 && S_ISREG(sb.st_mode) && sb.st_size > 0) {
        size = (size_t)sb.st_size;
        mem = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
    }
    close(fd);
    if (mem == MAP_FAILED)
        return 0;
    S_chk c = {calloc(1, sizeof *c.v), ""};
    if (!c.v) {
        munmap(mem, size);
        return -1;
    }
    S_hdr h;
    int rc = 0;
    if (S_check(&c, mem, size, &h)) {
        /* a file of an older format or dyad is simply replaced; anything else is news */
        if (strncmp(c.why, "format", 6) && strncmp(c.why, "written by", 10))
            dyad_diagf(diag, DYAD_WARN, path, 0,
                       "compiled dictionaries refused: %s; reading the text files", c.why);
    } else if (S_fresh(mem, &h, g, prog)) {
        S_attach(d, c.v, mem, size, 0);
        const S_warn *w = (const S_warn *)((char *)mem + h.sec[DYAD_DICT_NSEC + 1].off);
        const char *s = (const char *)mem + h.sec[DYAD_DICT_NSEC + 2].off;
        for (size_t i = 0; i < h.sec[DYAD_DICT_NSEC + 1].n; i++) {
            uint32_t f = w[i].file;
            const char *file = f & S_FILE ? g->f[f & ~S_FILE].path : s[f] ? s + f : NULL;
            dyad_diagf(diag, (dyad_severity)w[i].sev, file, w[i].line, "%s", s + w[i].msg);
        }
        rc = 1;
    }
    if (rc != 1)
        munmap(mem, size);
    free(c.v);
    return rc;
}

dyad_status dyad_dict_gather_end(dyad_dict *d, dyad_status st, int cache, dyad_diag *diag)
{
    struct dyad_gather *g = d->gather;
    d->gather = NULL;
    if (!g)
        return st; /* not gathering (the set was read as text) */
    const char *off = S_env("DYAD_NO_CACHE");
    if ((off && strcmp(off, "0")) || !g->n)
        cache = DYAD_CACHE_OFF;
    char prog[4096];
    S_stamp pst;
    dyad_buf path = {0};
    S_rec rec = {diag, g, {0}, {0}, 0};
    dyad_diag recd = {S_record, &rec, 0, 0};
    if (st == DYAD_OK && cache != DYAD_CACHE_OFF) {
        S_prog(prog, sizeof prog, &pst);
        if (S_cache_path(g, prog, &path)) {
            cache = DYAD_CACHE_OFF;
        } else if (cache == DYAD_CACHE_AUTO) {
            int rc = S_map(d, path.data, g, &pst, diag);
            if (rc)
                st = rc < 0 ? DYAD_ENOMEM : DYAD_OK;
            if (rc > 0 && !(d->compiled_path = strdup(path.data)))
                st = DYAD_ENOMEM;
            if (rc)
                goto done;
        }
    }
    if (st == DYAD_OK)
        st = S_text(d, g, cache == DYAD_CACHE_OFF ? diag : &recd);
    if (st == DYAD_OK && cache != DYAD_CACHE_OFF && !rec.oom) {
        size_t size;
        unsigned char *img = S_image(d, g, &rec, &pst, &size);
        if (img && !S_write(path.data, img, size)) {
            free(d->compiled_path);
            d->compiled_path = strdup(path.data);
        }
        free(img);
    }
done:
    free(rec.w.v);
    dyad_buf_free(&rec.str);
    dyad_buf_free(&path);
    S_gather_free(g);
    return st;
}
